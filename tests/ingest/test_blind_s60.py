"""Layouts found by partner files written blind in round 60 (sets PA "money whose currency or unit is said only by
formatting or far from the figure", PB "money given by periods finer or coarser than a calendar year", PD "exports from
partners' own systems").

Each test writes the few lines or cells that matter, as the partner's file had them, and checks the reading against
figures worked out by hand beside it.
"""

from __future__ import annotations

import pytest
from blind_helpers import issues_saying, projects_by_title, text_build

from mtd_analysis.ingest.iati_table import _coded
from mtd_analysis.ingest.values import parse_status

# --- cards with a schedule of months or of payments -------------------------------------------------------------------


def test_numbered_cards_each_with_a_monthly_schedule(tmp_path):
    text = (
        "График ежемесячного финансирования;;\n"
        ";;\n"
        "Проект 1:;Мобильные группы пограничного контроля;\n"
        "Донор:;Польша;\n"
        "Статус:;реализуется (завершение — июнь 2022 г.);\n"
        "Общий бюджет проекта:;1 100 000,00 PLN;\n"
        "Месяц;Сумма, PLN;Примечание\n"
        "декабрь 2020;120 000,00;оплачено\n"
        "январь 2021;80 000,00;\n"
        "февраль 2021;95 000,00;\n"
        "ноябрь 2021;75 000,00;\n"
        "январь 2022;50 000,00;\n"
        ";;\n"
        "Проект 2:;Разминирование ГСЧС;\n"
        "Донор:;ОБСЕ;\n"
        "Статус:;утвержден, начало реализации — март 2021 г.;\n"
        "Общий бюджет проекта:;425 000,00 EUR;\n"
        "Месяц;Сумма, EUR;Примечание\n"
        "03.2021;45 000,00;\n"
        "04.2021;60 000,00;\n"
    )
    projects = projects_by_title(text_build(tmp_path, "schedule.csv", text))
    border = projects["Мобильные группы пограничного контроля"]
    # each month its own column: 80 000 + 95 000 + 75 000 = 250 000 in 2021 (not January's alone)
    assert border["yearly_amounts"].split(";")[1] == "2021=250000"
    assert (border["amount"], border["currency"], border["status"]) == (1_100_000, "PLN", "ongoing")
    demining = projects["Разминирование ГСЧС"]
    assert "2021=105000" in demining["yearly_amounts"]  # 45 000 + 60 000
    assert demining["status"] == "approved"  # approved; the start's date is no status


def test_cards_of_a_text_with_a_schedule_of_tranches(tmp_path):
    text = (
        "DISBURSEMENT PLANS OF BILATERAL PARTNERS\n"
        "\n"
        "1. Border Surveillance Equipment for the State Border Guard Service\n"
        "   Donor:        Republic of Lithuania (Ministry of Foreign Affairs, Development Cooperation)\n"
        "   Status:       Ongoing\n"
        "   Total grant:  EUR 750,000\n"
        "   Disbursement plan:\n"
        "     Tranche 1 – 01.12.2020 – EUR 150,000 (disbursed)\n"
        "     Tranche 2 – 15.03.2021 – EUR 200,000\n"
        "     Tranche 3 – 30.09.2021 – EUR 250,000 (rescheduled from 30.06.2021)\n"
        "     Tranche 4 – 31.03.2022 – EUR 150,000\n"
        "\n"
        "2. Provision of Rescue Equipment to SESU\n"
        "   Donor:        Government of Japan\n"
        "   Status:       Approved – agreement signed 20.12.2020, implementation not yet started\n"
        "   Total grant:  JPY 300,000,000\n"
        "   Disbursement plan:\n"
        "     Tranche 1 – 2021-06-30 – JPY 180,000,000\n"
        "     Tranche 2 – 2022-03-31 – JPY 120,000,000\n"
    )
    projects = projects_by_title(text_build(tmp_path, "plans.txt", text))
    lithuania = projects["Border Surveillance Equipment for the State Border Guard Service"]
    # its thousands' commas split no cells: the donor whole, the total 750 000; 2021 = 200 000 + 250 000
    assert (lithuania["partner"], lithuania["amount"], lithuania["currency"]) == ("Lithuania", 750_000, "EUR")
    assert lithuania["yearly_amounts"] == "2020=150000;2021=450000;2022=150000"
    japan = projects["Provision of Rescue Equipment to SESU"]
    assert (japan["currency"], japan["yearly_amounts"]) == ("JPY", "2021=180000000;2022=120000000")
    assert japan["status"] == "approved"  # signed, not yet started: committed


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        ("утвержден, начало реализации — март 2021 г.", "approved"),
        ("затверджено, початок реалізації — березень 2021 р.", "approved"),
        ("Approved – agreement signed 20.12.2020, implementation not yet started", "approved"),
        # under way whatever else it says
        ("Ongoing (phase 2 not yet started)", "ongoing"),
        ("Live (extended)", "ongoing"),
    ],
)
def test_statuses_with_a_start_said_after_them(status, expected):
    assert parse_status(status) == expected


# --- quarters and fiscal years ------------------------------------------------------------------------------------------


def test_a_window_of_quarters_cutting_its_first_and_last_years_leaves_the_total_standing(tmp_path):
    text = (
        "Project title,Status,Q3 2020,Q4 2020,Q1 2021,Q2 2021,Q3 2021,Q4 2021,Q1 2022,Q2 2022,"
        "Total EU contribution EUR (full implementation period)\n"
        "EU4IBM Phase II,Ongoing,250,300,400,350,450,500,300,200,5000\n"
    )
    project = projects_by_title(text_build(tmp_path, "eu.csv", text))["EU4IBM Phase II"]
    # the quarters add up to 2 750; the total 5 000 covers months outside them, so it stands
    assert project["amount"] == 5000
    assert "2021=1700" in project["yearly_amounts"]  # 400 + 350 + 450 + 500


def test_fiscal_year_columns_of_a_partner_whose_fiscal_year_is_the_calendar_year(tmp_path):
    text = (
        "Germany - support overview\n"
        "Project,Partner,Duration,Status,Total volume,FY 2021\n"
        "Police Training Support,NPU,2019 – 2022,ongoing,6500,2100\n"
        "All figures in EUR thousand unless stated otherwise. FY = calendar year.\n"
    )
    result = text_build(tmp_path, "germany_overview.txt", text)
    project = projects_by_title(result)["Police Training Support"]
    # "Total volume" the amount, the note's unit and currency: 6 500 thousand euro; FY 2021 is 2021: 2 100 thousand
    assert (project["amount"], project["currency"]) == (6_500_000, "EUR")
    assert "2021=2100000" in project["yearly_amounts"]
    assert issues_saying(result, "fiscal year is the calendar year")


def test_an_unmarked_note_gives_no_unit_to_all_from_its_second_sentence(tmp_path):
    text = (
        "Donor,Project,Period,Total budget SEK\n"
        "Sweden,Gender-responsive policing,2020–2023,35000000\n"
        "Amounts in the currency of each donor's agreement. Budget 2021 shown in thousands.\n"
    )
    project = projects_by_title(text_build(tmp_path, "nb8.txt", text))["Gender-responsive policing"]
    assert project["amount"] == 35_000_000  # not 35 000 million


# --- exports from partners' systems -------------------------------------------------------------------------------------


def test_iati_activity_status_by_its_code_and_name():
    assert _coded("activity-status/@code", "2 - Implementation") == "2"
    assert _coded("activity-status/@code", "Closed") == "4"
    assert _coded("activity-status/@code", "Pipeline/identification") == "1"


def test_iati_transactions_disbursed_in_part_give_their_years(tmp_path):
    header = (
        "iati-identifier,reporting-org,title,activity-status,recipient-country-code,transaction-type,"
        "transaction-date,transaction-value,transaction-value-currency\n"
    )
    rows = [
        # 10 000 000 + 2 500 000 committed; 4 500 000 + 4 000 000 + 2 900 000 disbursed (11 400 000 in all)
        ("US-1", "Patrol Police", "2 - Implementation", "2 - Outgoing Commitment", "2019-02-14", "10000000"),
        ("US-1", "Patrol Police", "2 - Implementation", "2 - Outgoing Commitment", "2020-09-30", "2500000"),
        ("US-1", "Patrol Police", "2 - Implementation", "3 - Disbursement", "2019-05-20", "4500000"),
        ("US-1", "Patrol Police", "2 - Implementation", "3 - Disbursement", "2020-04-03", "4000000"),
        ("US-1", "Patrol Police", "2 - Implementation", "3 - Disbursement", "2021-01-28", "3050000"),
        ("US-1", "Patrol Police", "2 - Implementation", "3 - Disbursement", "2021-09-29", "-150000"),
        # all disbursed: the disbursements' years, as before
        ("US-2", "Detectives", "4 - Closed", "2 - Outgoing Commitment", "2018-07-01", "1000000"),
        ("US-2", "Detectives", "4 - Closed", "3 - Disbursement", "2019-06-14", "800000"),
        ("US-2", "Detectives", "4 - Closed", "3 - Disbursement", "2021-02-25", "200000"),
    ]
    text = header + "".join(
        f"{i},U.S. Department of State,{t},{s},UA,{k},{d},{v},USD\n" for i, t, s, k, d, v in rows
    )
    result = text_build(tmp_path, "iati_transactions.csv", text)
    projects = projects_by_title(result)
    police = projects["Patrol Police"]
    # 2021: 3 050 000 − 150 000 = 2 900 000; the 1 100 000 not disbursed is in no year (no end given), and said
    assert police["amount"] == 12_500_000
    assert police["yearly_amounts"] == "2019=4500000;2020=4000000;2021=2900000"
    assert police["status"] == "ongoing"
    assert issues_saying(result, "the rest, 1,100,000.00, is placed in no year")
    detectives = projects["Detectives"]
    assert (detectives["yearly_amounts"], detectives["status"]) == ("2019=800000;2021=200000", "completed")
