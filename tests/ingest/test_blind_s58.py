"""Layouts found by partner files written blind in round 58 (sets KA "multi-year budget sheets", KB "files written
mostly in Ukrainian or Russian by local offices", KC "workbooks with several sheets").

Each test writes the few lines or cells that matter, as the partner's file had them, and checks the reading against
figures worked out by hand beside it.
"""

from __future__ import annotations

import datetime as dt

import pytest
from blind_helpers import issues_saying, projects_by_title, text_build

from mtd_analysis.ingest.columns import fiscal_year_named, year_part
from mtd_analysis.ingest.read import Grid, text_sections
from mtd_analysis.ingest.values import parse_period, parse_status, years_and_total


def _by_title_and_currency(result) -> dict[tuple[str, str], dict]:
    return {(r["title"], r["currency"]): r for r in result.projects.to_dict("records")}


# --- money over time ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "months"), [("янв.21", "01-01"), ("дек.21", "12-12"), ("січ.21", "01-01"), ("Jan.21", "01-01")]
)
def test_a_month_abbreviated_with_a_dot_and_a_two_digit_year_is_that_month(label, months):
    assert year_part(label) == (2021, months)


def test_month_columns_add_up_to_the_year_and_the_whole_projects_total_stands(one_sheet_build):
    months = ["янв.21", "фев.21", "мар.21", "апр.21", "май.21", "июн.21",
              "июл.21", "авг.21", "сен.21", "окт.21", "ноя.21", "дек.21"]  # fmt: skip
    rows = [
        ["Все суммы — в долларах США (USD)."],
        ["Проект", "Донор", "Статус", *months, "2022 г. (план)", "Общий бюджет проекта"],
        ["Укрепление общественной безопасности", "Дания", "реализуется",
         35000, 35000, 40000, 40000, 45000, 45000, 50000, 50000, 45000, 45000, 40000, 30000, 300000, 1200000],
        ["Электронная очередь в сервисных центрах ГМС", "Норвегия", "реализуется (завершение 06.2021)",
         15000, 15000, 15000, 15000, 10000, 5000, "-", "-", "-", "-", "-", "-", "-", 250000],
        ["Справочно: административные расходы ПРООН (GMS 8%)", "—", "не включены в суммы выше"],
    ]  # fmt: skip
    result = one_sheet_build(rows, "undp_monthly.xlsx")
    projects = projects_by_title(result)
    safety = projects["Укрепление общественной безопасности"]
    # 2021 = the twelve months: 35+35+40+40+45+45+50+50+45+45+40+30 thousand = 500 000; 2022 = 300 000
    assert safety["yearly_amounts"] == "2021=500000;2022=300000"
    # two years short of a total headed as the project's whole budget, on an undated row: the total stands
    assert safety["amount"] == 1_200_000
    queue = projects["Электронная очередь в сервисных центрах ГМС"]
    assert queue["yearly_amounts"] == "2021=75000"  # 15+15+15+15+10+5 thousand
    assert queue["status"] == "ongoing"  # "(завершение 06.2021)" dates its end, it is no status
    # "Справочно: …" with no money: a note, not a project
    assert "Справочно: административные расходы ПРООН (GMS 8%)" not in projects
    assert issues_saying(result, "says it is for reference: a note, not a project")


def test_two_years_short_of_a_bare_total_on_an_undated_row_stay_a_slip(one_sheet_build):
    rows = [
        ["Назва проєкту", "Донор", "Загальний обсяг, тис. євро", "Обсяг на 2021 рік, тис. євро",
         "Обсяг на 2022 рік, тис. євро"],
        ["Обмін даними з ДМС", "ЄС", 1400, 600, 700],
    ]  # fmt: skip
    project = projects_by_title(one_sheet_build(rows, "form.xlsx"))["Обмін даними з ДМС"]
    assert (project["amount"], project["yearly_amounts"]) == (1_300_000, "2021=600000;2022=700000")


@pytest.mark.parametrize(
    ("label", "year"),
    [
        ("FY2022 (request)", 2022),
        ("FY2021 (planned)", 2021),
        ("FY2020 (obligated)", 2020),
        ("FY 2021 enacted", 2021),
    ],
)
def test_a_fiscal_years_column_may_say_what_stage_its_money_is_at(label, year):
    assert fiscal_year_named(label) == year


def test_fiscal_years_the_title_rows_count_as_calendar_years(one_sheet_build):
    rows = [
        ["U.S. Department of State – INL, U.S. Embassy Kyiv"],
        ["NOTE: FY = U.S. Government fiscal year, 1 October – 30 September. As agreed with the MIA, the FY2021 "
         "column is to be counted as the 2021 amount in the 2021 coordination matrix."],
        ["Project", "FY2020 (obligated)", "FY2021 (planned)", "FY2022 (request)", "Life-of-project total", "Status"],
        ["Patrol Police Academy training support", "$1,250,000", "$1,400,000", "$1,100,000", "$3,750,000", "Ongoing"],
    ]  # fmt: skip
    result = one_sheet_build(rows, "inl.xlsx")
    project = projects_by_title(result)["Patrol Police Academy training support"]
    assert project["yearly_amounts"] == "2020=1250000;2021=1400000;2022=1100000"
    assert project["amount"] == 3_750_000
    assert issues_saying(result, "counted as the calendar year of its number")


def test_fiscal_years_without_such_a_note_are_spread_over_their_months(one_sheet_build):
    rows = [
        ["U.S. Department of State – INL"],
        ["Project", "Start", "End", "FY2021 (planned)", "Status"],
        ["Cyber lab", dt.datetime(2020, 10, 1), dt.datetime(2021, 9, 30), "$730,000", "Ongoing"],
    ]
    project = projects_by_title(one_sheet_build(rows, "inl.xlsx"))["Cyber lab"]
    # FY2021 runs 01.10.2020–30.09.2021, 365 days: 92 in 2020 (184 000), 273 in 2021 (546 000)
    assert project["yearly_amounts"] == "2020=184000;2021=546000"


def test_project_years_run_twelve_months_each_from_the_rows_start(tmp_path):
    text = (
        "Budgets by PROJECT YEAR, GBP. Year 1 = the first 12 months from the project start date shown.\n"
        "\n"
        "Project\tStart date\tDuration\tStatus\tYear 1\tYear 2\tYear 3\tTotal (GBP)\n"
        "Police strategic communications\t1 April 2020\t36 months\tOngoing\t£480,000\t£600,000\t£420,000\t£1,500,000\n"
        "SBGS risk analysis\t01/01/2020\t24 months\tOngoing\t£250,000\t£300,000\t\t£550,000\n"
        "Cyber resilience of MIA systems\t1 Jul 2021\t24 months\tApproved – not yet started\t£400,000\t£350,000\t\t"
        "£750,000\n"
    )
    result = text_build(tmp_path, "uk_project_years.tsv", text)
    projects = projects_by_title(result)
    # Apr 2020 – Mar 2021, then Apr 2021 – Mar 2022, then Apr 2022 – Mar 2023, each spread over its twelve months:
    # 2020 = 9/12 × 480 000; 2021 = 3/12 × 480 000 + 9/12 × 600 000; 2022 = 3/12 × 600 000 + 9/12 × 420 000; 2023
    # = 3/12 × 420 000
    assert projects["Police strategic communications"]["yearly_amounts"] == (
        "2020=360000;2021=570000;2022=465000;2023=105000"
    )
    assert projects["SBGS risk analysis"]["yearly_amounts"] == "2020=250000;2021=300000"
    cyber = projects["Cyber resilience of MIA systems"]
    # Jul 2021 – Jun 2022, Jul 2022 – Jun 2023: 2021 = 6/12 × 400 000; 2022 = 6/12 × 400 000 + 6/12 × 350 000
    assert cyber["yearly_amounts"] == "2021=200000;2022=375000;2023=175000"
    assert cyber["status"] == "approved"  # approved, not yet started: committed, not under way
    assert issues_saying(result, "each runs twelve months from the project's start date")


def test_project_years_of_a_row_without_a_start_are_not_placed_and_that_is_said(tmp_path):
    text = "Project\tYear 1\tYear 2\tTotal (GBP)\nTraining\t£100,000\t£50,000\t£150,000\n"
    result = text_build(tmp_path, "uk.tsv", text)
    assert not projects_by_title(result)["Training"]["yearly_amounts"]
    assert issues_saying(result, "money by the project's own years but no start date")


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("not yet started", "planned"),
        ("Approved – not yet started", "approved"),
        ("реализуется (завершение 06.2021)", "ongoing"),
        ("Ongoing (completion Dec 2021)", "ongoing"),
        ("Completed (ended 03/2021)", "completed"),
        ("планируется (старт 07.2021)", "planned"),
    ],
)
def test_a_status_with_a_date_or_not_yet(text, status):
    assert parse_status(text) == status


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        (
            "2019 р. – 45; 2020 р. – 60; 2021 р. – 55; разом – 160",
            ({2019: 45, 2020: 60, 2021: 55}, 160, None),
        ),
        ("2021 р. – 480 (проект лише у 2021 р.)", ({2021: 480}, 480, None)),
        (
            "85 тыс. евро (2020 г. – 40 тыс., 2021 г. – 45 тыс.)",
            ({2020: 40_000, 2021: 45_000}, 85_000, "EUR"),
        ),
        ("2021: EUR 150 000, total: EUR 400 000", ({2021: 150_000}, 400_000, "EUR")),
        ("480 000", None),
        ("2021: EUR 150 000, 2022: USD 100 000", None),
    ],
)
def test_money_written_year_by_year_in_one_cell(cell, expected):
    assert years_and_total(cell) == expected


def test_a_card_of_money_year_by_year_in_millions_said_in_a_note(tmp_path):
    text = (
        "ПРИМІТКА. Якщо не зазначено інше, суми вказано в МІЛЬЙОНАХ японських єн (млн ієн, JPY).\n"
        "\n"
        "1. Назва: Модернізація обладнання Державної прикордонної служби України\n"
        "   Бенефіціар: ДПСУ\n"
        "   Строк реалізації: 2020–2022\n"
        "   Стан: реалізується\n"
        "   Фінансування: 2020 р. – 350; 2021 р. – 420,5; 2022 р. – 229,5; разом – 1 000\n"
        "------------------------------------------------------------------------------\n"
        "2. Назва: Пожежно-рятувальні автомобілі для ДСНС\n"
        "   Бенефіціар: ДСНС\n"
        "   Строк реалізації: 2021 (поставка – ІІІ квартал 2021 р.)\n"
        "   Стан: реалізується\n"
        "   Фінансування: 2021 р. – 480 (проект лише у 2021 р.)\n"
    )
    result = text_build(tmp_path, "japan.txt", text)
    projects = projects_by_title(result)
    border = projects["Модернізація обладнання Державної прикордонної служби України"]
    assert (border["amount"], border["currency"]) == (1_000_000_000, "JPY")
    assert border["yearly_amounts"] == "2020=350000000;2021=420500000;2022=229500000"
    fire = projects["Пожежно-рятувальні автомобілі для ДСНС"]
    assert (fire["amount"], fire["yearly_amounts"]) == (480_000_000, "2021=480000000")
    assert (fire["start_date"], fire["end_date"]) == ("2021-01-01", "2021-12-31")


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("2021 (поставка – ІІІ квартал 2021 р.)", (dt.date(2021, 1, 1), dt.date(2021, 12, 31))),
        ("2020-2021 (delivery in Q3 2021)", (dt.date(2020, 1, 1), dt.date(2021, 12, 31))),
    ],
)
def test_a_period_then_a_step_dated_within_it(text, period):
    assert parse_period(text) == period


@pytest.mark.parametrize("text", ["2020-2021 (extended to 06.2022)", "2020–2021 (продовжено до 2022)"])
def test_a_period_then_a_remark_moving_it_is_not_read_as_the_period_alone(text):
    with pytest.raises(ValueError):
        parse_period(text)


# --- Ukrainian and Russian forms ----------------------------------------------------------------------------------


def test_a_row_struck_off_by_its_remark_is_not_a_project(one_sheet_build):
    rows = [
        ["№", "Назва проєкту", "Донор", "Всього, євро", "Статус", "Примітка"],
        ["1", "Удосконалення системи документування громадян", "Європейський Союз", "3 200 000,00", "Виконується",
         None],
        [None, "Підтримка ДМС у запровадженні біометричного контролю", "Європейський Союз", "3 200 000,00", None,
         "рядок видалено – дублює п. 1"],
    ]  # fmt: skip
    result = one_sheet_build(rows, "sms.xlsx")
    assert list(projects_by_title(result)) == ["Удосконалення системи документування громадян"]
    assert issues_saying(result, "says the row is deleted or repeats another: not counted")


def test_money_in_two_currencies_each_in_its_own_columns(one_sheet_build):
    rows = [
        ["№", "Назва проєкту", "Донор", "Строки", "Всього, євро", "у т.ч. 2021, євро", "Всього, грн",
         "у т.ч. 2021, грн", "Статус"],
        ["1", "Протидія нелегальній міграції", "Уряд Данії", "2020-2022 рр.", "750 000,00", "300 000,00",
         "5 600 000,00", "2 100 000,00", "Виконується"],
        ["2", "Інформаційна кампанія щодо безпечної міграції", "Уряд Німеччини", "2021 р.", None, None,
         "2 450 000,00", "2 450 000,00", "Виконується"],
        ["3", "ID-картки", "Європейський Союз", "2019-2022 рр.", "3 200 000,00", "1 000 000,00", None, None,
         "Виконується"],
        ["4", "Конвертовано", "Європейський Союз", "2021 р.", "100 000,00", "100 000,00", "3 230 000,00",
         "3 230 000,00", "Виконується"],
    ]  # fmt: skip
    result = one_sheet_build(rows, "sms.xlsx")
    lines = _by_title_and_currency(result)
    # 750 000 EUR is about 24.2 M UAH at 2021's rate (32.30): 5.6 M UAH is money of its own, a project in hryvnias
    eur = lines[("Протидія нелегальній міграції", "EUR")]
    uah = lines[("Протидія нелегальній міграції", "UAH")]
    assert (eur["amount"], eur["yearly_amounts"]) == (750_000, "2021=300000")
    assert (uah["amount"], uah["yearly_amounts"], uah["partner"]) == (5_600_000, "2021=2100000", "Denmark")
    # a row in hryvnias only: its amount and its 2021 from the hryvnia columns
    campaign = lines[("Інформаційна кампанія щодо безпечної міграції", "UAH")]
    assert (campaign["amount"], campaign["yearly_amounts"]) == (2_450_000, "2021=2450000")
    # 100 000 EUR and 3 230 000 UAH: the year's rate, a conversion: one project, in euro
    assert [k for k in lines if k[0] == "Конвертовано"] == [("Конвертовано", "EUR")]
    assert issues_saying(result, "neither is a conversion of the other: a project in each currency")


def test_headings_with_a_bracket_after_the_projects_word_give_their_status(workbook_build):
    header = ["№ п/п", "Наименование проекта", "Донор", "Сроки реализации", "Всего, евро"]
    result = workbook_build(
        {
            "Текущие": [["Текущие проекты (реализуются) – ОБСЕ, Совет Европы"], header,
                        [1, "Поддержка реформы полиции", "Совет Европы", "2020-2022 гг.", "1.250.000"]],
            "Планируемые": [["Планируемые проекты (на стадии согласования) – ОБСЕ"], header,
                            [1, "Противодействие незаконному обороту оружия", "ОБСЕ", "2022-2023 гг.", "2.100.000"]],
        },
        "osce.xlsx",
    )  # fmt: skip
    projects = projects_by_title(result)
    assert projects["Поддержка реформы полиции"]["status"] == "ongoing"
    assert projects["Противодействие незаконному обороту оружия"]["status"] == "planned"


# --- workbooks of several sheets ----------------------------------------------------------------------------------


def test_a_summary_repeating_the_agency_sheets_with_their_years_is_counted_once(workbook_build):
    result = workbook_build(
        {
            "Summary": [["SUMMARY – repeats the agency sheets, do not add up"],
                        ["Agency", "Project", "Total (EUR '000)", "2021 (EUR '000)"],
                        ["NPU", "Support to community policing in Eastern Ukraine", 4500, 1350],
                        ["SMS", "Digitalisation of the migration registry", 1250, 750]],
            "NPU": [["EUR '000"], ["No", "Project title", "Start", "End", "Total (EUR '000)", "of which 2021 (EUR '000)"],
                    [1, "Support to community policing in Eastern Ukraine", "01/03/2019", "28/02/2022", 4500, 1350]],
            "SMS": [["Amounts in EUR (full amount)"], ["No", "Назва / Title", "Period", "Budget total, EUR",
                                                     "Budget 2021, EUR"],
                    [1, "Цифровізація реєстру мігрантів / Digitalisation of the migration registry", "2021-2022",
                     1250000, 750000]],
        },
        "eu.xlsx",
    )  # fmt: skip
    projects = result.projects
    assert len(projects) == 2  # each project once, from its agency's sheet
    assert set(projects["source_sheet"]) == {"NPU", "SMS"}
    assert sorted(projects["amount"]) == [1_250_000, 4_500_000]
    assert len(issues_saying(result, "listed without its dates, as in a summary: counted once")) == 2


def test_a_note_giving_the_workbooks_unit_with_one_sheet_excepted(workbook_build):
    result = workbook_build(
        {
            "Read me": [["Amounts are in EUR thousand (EUR '000) unless the column header says otherwise (sheet SMS "
                         "is in full EUR)."]],
            "NPU": [["No", "Project title", "Period", "Total"], [1, "Forensic capacity", "2020-2023", 3200]],
            "SMS": [["No", "Title", "Period", "Budget total"], [1, "Migration registry", "2021-2022", 1250000]],
        },
        "eu.xlsx",
    )  # fmt: skip
    projects = projects_by_title(result)
    assert (projects["Forensic capacity"]["amount"], projects["Forensic capacity"]["currency"]) == (
        3_200_000,
        "EUR",
    )
    assert (projects["Migration registry"]["amount"], projects["Migration registry"]["currency"]) == (
        1_250_000,
        "EUR",
    )


def test_a_sheet_saying_its_amounts_are_whole_keeps_them_so(workbook_build):
    result = workbook_build(
        {
            "Read me": [["All amounts in this workbook are in thousand euro."]],
            "NPU": [["No", "Project title", "Period", "Total"], [1, "Forensic capacity", "2020-2023", 3200]],
            "SMS": [["Amounts in EUR (full amount, NOT thousands)"], ["No", "Title", "Period", "Budget total"],
                    [1, "Migration registry", "2021-2022", 1250000]],
        },
        "eu.xlsx",
    )  # fmt: skip
    projects = projects_by_title(result)
    assert projects["Forensic capacity"]["amount"] == 3_200_000
    assert projects["Migration registry"]["amount"] == 1_250_000


def test_a_sheet_of_closed_projects_naming_their_agencies_is_read(workbook_build):
    header = ["No", "Project title", "Start", "End", "Total (EUR)", "Status"]
    result = workbook_build(
        {
            "NPU": [header, [1, "Community policing", "01.01.2020", "31.12.2022", 4500000, "Ongoing"]],
            "SMS": [header, [1, "Migration registry", "01.01.2021", "31.12.2022", 1250000, "Ongoing"]],
            "Completed-Cancelled": [["Title", "Agency", "Period", "Total (EUR)", "Status"],
                                    ["Equipment for patrol police training centres", "NPU", "2018–2020", 1900000,
                                     "Completed"],
                                    ["Training of SMS staff on document security", "SMS", "2021", 450000,
                                     "Cancelled"]],
            "Archive (closed)": [["Title", "Period", "Total (EUR)", "Status"],
                                 ["Gender policy in the MIA", "2018–2020", 500000, "completed"]],
        },
        "eu.xlsx",
    )  # fmt: skip
    projects = projects_by_title(result)
    assert projects["Equipment for patrol police training centres"]["status"] == "completed"
    assert projects["Training of SMS staff on document security"]["status"] == "cancelled"
    assert projects["Gender policy in the MIA"]["amount"] == 500_000


def test_totals_by_currency_under_the_projects_are_no_projects(one_sheet_build):
    rows = [
        ["Agency", "Donor", "Project", "Currency", "Total"],
        ["ДМС", "Sweden", "Біометричні документи", "SEK", 12000000],
        ["MIA", "Finland", "Forensic DNA database", "EUR", 1050000],
        ["Totals by currency / Разом за валютами:"],
        [None, None, "EUR", None, 1050000],
        [None, None, "SEK", None, 12000000],
    ]
    result = one_sheet_build(rows, "nordic.xlsx")
    assert sorted(projects_by_title(result)) == sorted(["Біометричні документи", "Forensic DNA database"])


def test_a_workbook_exported_as_text_sheet_by_sheet(tmp_path):
    text = (
        "Workbook: UK_MIA_portfolio.xlsx  (all sheets exported as text, tab-separated)\n"
        "\n"
        "=== Sheet 1: Guide ===\n"
        "Sheet 'Overview' summarises the agency sheets and REPEATS the same projects - count each project once.\n"
        "\n"
        "=== Sheet 2: Overview ===\n"
        "Agency\tProject\tTotal (£)\tCY2021 (£)\n"
        "NPU\tStrategic communications support to the National Police\t1,200,000\t480,000\n"
        "NGU\tPublic order policing training for the National Guard\t640,000\t380,000\n"
        "\n"
        "=== Sheet 3: NPU ===\n"
        "Ref\tProject\tStart\tEnd\tTotal budget (£)\tCY2021 (£)\tStatus\n"
        "CSSF-101\tStrategic communications support to the National Police\tApr 2020\tMar 2022\t£1,200,000\t£480,000"
        "\tOngoing\n"
        "\n"
        "=== Sheet 4: NGU ===\n"
        "Ref\tProject\tStart\tEnd\tTotal budget (£)\tCY2021 (£)\tStatus\n"
        "CSSF-115\tPublic order policing training for the National Guard\tJun 2021\tMay 2022\t£640,000\t£380,000\t"
        "Planned\n"
        "\n"
        "=== Sheet 5: dropdowns (hidden) ===\n"
        "Status\tAgency\n"
        "Ongoing\tNPU\n"
    )
    result = text_build(tmp_path, "uk_all_sheets.txt", text)
    projects = result.projects
    assert len(projects) == 2  # the overview's rows are the agency sheets' projects, counted once
    assert set(projects["source_sheet"]) == {"NPU", "NGU"}
    assert set(projects["status"]) == {"ongoing", "planned"}
    assert issues_saying(result, "sheet 'dropdowns' is hidden in Excel")


def test_text_sections_under_sheet_banners():
    rows = [
        ["Export"],
        ["--- Аркуш 1: ДПСУ ---"],
        ["Назва", "Сума"],
        ["Катери", 5],
        ["Sheet 2: Closed"],
        ["A"],
    ]
    parts = text_sections(Grid("", rows))
    assert [(g.sheet, g.visible, g.rows[3]) for g in parts] == [
        ("ДПСУ", True, ["Катери", 5]),
        ("Closed", True, []),
    ]
