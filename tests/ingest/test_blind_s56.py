"""Layouts found by partner files written blind in round 56 (set HA, "a real inbox before the meeting").

Each test writes the few lines or cells that matter, as the partner's file had them, and checks the reading against
figures worked out by hand beside it: an e-mail sent as a text file (a two-line header, prose with commas, projects
as "Label: value" lines, the currency said once in a sentence), and a remark giving the money set aside for one year
without "of which" ("в 2021 г. предусмотрено 1 000 000,00 долл. США").
"""

from __future__ import annotations

import pandas as pd
import pytest
from blind_helpers import issues_saying, money_2021, projects_by_title, text_build

LETTER = """From: Royal Norwegian Embassy in Kyiv <emb.kiev@mfa.no>
Subject: RE: SWG Law Enforcement - donor input

Dear colleagues,

Please find below the overview of our projects with the Ministry of Internal Affairs and its agencies, as requested.
All amounts are in Norwegian kroner (NOK).

1)
Project: Protection of the State Border in the Exclusion Zone
Implementing partner: ICMPD
Period: 01.01.2021 - 31.12.2022
Budget: 6 000 000
Status: Approved, start-up phase

2)
Project: Custody records training for temporary detention facilities
Implementing partner: Norwegian Helsinki Committee
Period: 01.07.2020 - 30.06.2022
Budget: 730 000
Status: Ongoing, on schedule

Best regards,
Ingrid Solberg
"""


def test_an_email_sent_as_text_is_read_line_by_line_with_its_currency_said_in_a_sentence(tmp_path):
    result = text_build(tmp_path, "Norway_projects_MIA.txt", LETTER)
    projects = projects_by_title(result)
    border = projects["Protection of the State Border in the Exclusion Zone"]
    custody = projects["Custody records training for temporary detention facilities"]
    # "All amounts are in Norwegian kroner (NOK)." above the cards: the cards' money is in NOK
    assert (border["currency"], border["amount"]) == ("NOK", 6_000_000)
    assert (custody["currency"], custody["amount"]) == ("NOK", 730_000)
    # a comma in a sentence splits no column: the status is the whole line's ("Approved, start-up phase")
    assert (border["status"], custody["status"]) == ("approved", "ongoing")
    # 2021: the border project's 365 of 730 days (3,000,000 NOK), custody's 365 of 730 (365,000 NOK): both
    # committed, in the ratio of their NOK whatever the rate
    (border_eur, border_planned), (custody_eur, _) = (
        money_2021(result, border["title"]),
        money_2021(result, custody["title"]),
    )
    assert border_planned == 0.0 and border_eur > 0
    assert border_eur / custody_eur == pytest.approx(3_000_000 / 365_000, rel=1e-6)
    # the e-mail's two header lines are no card's fields ("From:" is no start date), and said
    assert issues_saying(result, "e-mail's header")
    assert not issues_saying(result, "is not a date") and not issues_saying(result, "has no currency")
    assert issues_saying(result, "each line read as one cell")


def test_a_two_column_csv_is_still_read_as_columns(tmp_path):
    text = (
        "Project title,Budget 2021 EUR\nRadios for patrol police,100000\nBoats for the border guard,200000\n"
    )
    result = text_build(tmp_path, "list.csv", text)
    amounts = {t: p["amount"] for t, p in projects_by_title(result).items()}
    assert amounts == {"Radios for patrol police": 100_000, "Boats for the border guard": 200_000}


def test_a_remark_giving_the_money_set_aside_for_a_year_is_that_years_part(workbook_build):
    head = [
        "№",
        "Наименование проекта",
        "Донор",
        "Период реализации",
        "Сумма",
        "Валюта",
        "Статус",
        "Примечание",
    ]
    rows = [
        ["Реестр проектов МТП (по состоянию на 01.03.2021)"],
        head,
        [1, "Контроль в морских портах Одессы", "Госдепартамент США (INL)", "01.04.2021 – 31.03.2023", 2_300_000,
         "USD", "реализуется", "в 2021 г. предусмотрено 1 000 000,00 долл. США"],
        [2, "Тренинги для пограничников", "Госдепартамент США (INL)", "01.01.2021 – 31.12.2022", 500_000,
         "USD", "реализуется", "в 2021 г. предусмотрено 12 тренингов"],
    ]  # fmt: skip
    result = workbook_build({"Реестр": rows}, "reestr.xlsx")
    projects = projects_by_title(result)
    # 2021: the remark's 1,000,000; the rest, 1,300,000, by days over 2022 (365 days) and 2023 (90, to 31 March)
    assert projects["Контроль в морских портах Одессы"]["yearly_amounts"] == (
        f"2021=1000000;2022={1_300_000 * 365 / 455:.2f};2023={1_300_000 * 90 / 455:.2f}"
    )
    assert issues_saying(result, "gives the 2021 part of the amount: 1,000,000.00")
    # twelve trainings are no money: the amount is spread by days (no yearly amounts read from the remark)
    assert (
        pd.isna(projects["Тренинги для пограничников"]["yearly_amounts"])
        or not projects["Тренинги для пограничников"]["yearly_amounts"]
    )
