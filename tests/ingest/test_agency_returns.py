"""Returns written by the beneficiary agencies, and sheets holding two tables (found by blind sets Q and R): donors
named with their channel ("Європейський Союз через ПРООН") or after a funding phrase ("UN Women, with funding from
the Government of Denmark"), an "Implementation status" column of sentences, dates exported with a time of day,
and a second table under the first with its columns in another order."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from openpyxl import Workbook

from mtd_analysis.build import build
from mtd_analysis.ingest.columns import match_field
from mtd_analysis.ingest.partners import canonical_partner, partner_within
from mtd_analysis.ingest.values import ValueProblem, parse_date, parse_status, status_heading

D = dt.datetime


def _workbook(tmp_path, rows: list, name="return.xlsx", sheet="Sheet"):
    raw = tmp_path / "raw"
    raw.mkdir()
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    for row in rows:
        ws.append(row)
    wb.save(raw / name)
    return build(raw, tmp_path / "out", year=2021)


def _funding(result, title: str) -> tuple[float, float]:
    pid = result.projects.set_index("title").loc[title, "project_id"]
    rows = result.allocations[result.allocations["project_id"].eq(pid) & result.allocations["year"].eq(2021)]
    return round(rows["amount_eur"].sum(), 2), round(rows["pipeline_eur"].sum(), 2)


@pytest.mark.parametrize(
    ("cell", "donor"),
    [
        ("Європейський Союз через ПРООН", "EU"),
        ("Европейский Союз через МОМ", "EU"),
        (
            "Уряд Японії через УНП ООН",
            "Japan",
        ),  # the payer named first, though the channel is spelt as written
        ("EU via UNDP", "EU"),
        ("UN Women, with funding from the Government of Denmark", "Denmark"),
        ("МОМ за рахунок Уряду Японії", "Japan"),
        ("UNDP through its core resources", "UNDP"),  # no partner after "through": the one before pays
        # the money's words after the channel word name the payer (a review found these credited to the channel)
        ("UNDP through a grant from Sweden", "Sweden"),
        ("ПРООН через фінансування ЄС", "EU"),
        ("OSCE through extra-budgetary contributions of the USA", "USA"),
        ("UNICEF via UNOPS with funding from Japan", "Japan"),
        ("UNDP through the EU4Justice programme funded by EU", "EU"),
        ("ТОВ Альфа через ПРООН", None),  # the first named is no partner: not credited to the channel
        ("Training through cooperation", None),  # no partner anywhere
    ],
)
def test_the_payer_of_a_channel_or_a_funding_phrase(cell, donor):
    assert partner_within(cell) == donor


@pytest.mark.parametrize(
    ("cell", "partner"),
    [
        # the embassy named first is the USA, its bureau beside it or not (the convention most testers follow)
        ("Посольство США (INL)", "USA"),
        ("U.S. Embassy (INL)", "USA"),
        ("U.S. Embassy", "USA"),
        ("INL", "INL"),
        ("Bureau of International Narcotics and Law Enforcement Affairs", "INL"),
        ("Фонд ООН в области народонаселения (ЮНФПА)", "UNFPA"),
    ],
)
def test_the_embassys_bureau_and_unfpa_in_russian(cell, partner):
    assert canonical_partner(cell) == partner


@pytest.mark.parametrize(
    ("word", "status"),
    [
        ("Выполняется", "ongoing"),
        ("Выполнено", "completed"),
        ("Ожидается подписание соглашения", "planned"),
        ("Очікується підписання угоди", "planned"),
        ("Agreement expected to be signed in October 2021", "planned"),
        ("Очікується", "planned"),
        # signed: what is awaited is the delivery, not the agreement
        ("Угоду підписано, поставка очікується у жовтні 2021 р.", "approved"),
        ("Очікується (Q3 2021)", "planned"),
        ("Поставка очікується у 2022", "planned"),
        ("Очікується завершення", "ongoing"),  # its completion is awaited: under way
        ("Виконується, очікується завершення у грудні", "ongoing"),
        ("expected to end in 2022", "ongoing"),
        ("Не выполнено", "не выполнено"),  # not done: no status this tool knows (warned), never completed
        ("Не выполняется", "не выполняется"),
        ("Выполнено на 50%", "выполнено на 50%"),
    ],
)
def test_status_sentences_of_agencies(word, status):
    assert parse_status(word) == status


@pytest.mark.parametrize("label", ["Implementation status", "Хід виконання", "Ход выполнения"])
def test_an_implementation_status_column_is_the_status(label):
    assert match_field(label).field == "status"


def test_dates_exported_with_a_time_of_day():
    assert parse_date("01.03.2021 0:00:00") == dt.date(2021, 3, 1)
    assert parse_date("28.02.2023 0:00:00", end=True) == dt.date(2023, 2, 28)
    assert parse_date("01.03.2021 14:35") == dt.date(2021, 3, 1)
    with pytest.raises(ValueProblem):
        parse_date("10:30")  # a time alone is no date


def test_lettered_status_headings():
    assert (
        status_heading("B. Pipeline (identified actions, financing decision expected in 2021)") == "planned"
    )
    assert status_heading("A. Ongoing projects") == "ongoing"
    assert status_heading("б) Заплановані проєкти") == "planned"


def test_an_agencys_return_credits_the_payer_and_reads_the_status_sentences(tmp_path):
    result = _workbook(
        tmp_path,
        [
            ["National Police of Ukraine – donor assistance received, as of 1 October 2021"],
            ["No.", "Project", "Donor / Partner", "Value", "Start", "End", "Implementation status"],
            [1, "Body-worn cameras", "Government of Japan through UNDP", "EUR 100,000", D(2021, 1, 1),
             D(2021, 12, 31), "Cameras delivered in June 2021; training ongoing"],
            [2, "Domestic violence case management", "UN Women, with funding from the Government of Denmark",
             "EUR 50,000", D(2021, 1, 1), D(2021, 12, 31), "Ongoing"],
            [3, "Hotline for victims of trafficking", "OSCE", "EUR 80,000", D(2021, 1, 1), D(2021, 12, 31),
             "Agreement expected to be signed in October 2021"],
        ],
        "npu_return.xlsx",
    )  # fmt: skip
    projects = result.projects.set_index("title")
    assert projects.loc["Body-worn cameras", "partner"] == "Japan"
    assert projects.loc["Domestic violence case management", "partner"] == "Denmark"
    assert projects["implementer"].isna().all()  # "Implementation status" is no implementer column
    assert projects.loc["Domestic violence case management", "status"] == "ongoing"
    assert _funding(result, "Hotline for victims of trafficking") == (0, 80_000)


def test_two_tables_one_under_the_other_are_read_each_with_its_own_header(tmp_path):
    result = _workbook(
        tmp_path,
        [
            ["Delegation of the European Union to Ukraine"],
            ["A. Ongoing projects"],
            ["No.", "Project title", "Beneficiary", "Implementer", "Start", "End", "EU contribution, EUR", "Status"],
            [1, "Border surveillance upgrade", "SBGS", "IOM", D(2021, 1, 1), D(2021, 12, 31), 400_000, "Ongoing"],
            [2, "Police response to domestic violence", "NPU", "UNDP", D(2021, 1, 1), D(2021, 12, 31), 100_000,
             "Ongoing"],
            [],
            ["B. Pipeline"],
            ["No.", "Project title", "Beneficiary", "EU contribution, EUR", "Start", "End",
             "Expected financing decision"],
            [3, "Custody records system", "NPU", 300_000, D(2021, 7, 1), D(2021, 12, 31), "Q3 2021"],
        ],
        "eud.xlsx",
    )  # fmt: skip
    projects = result.projects.set_index("title")
    assert len(projects) == 3
    # the second table's amount is its own EU contribution column (D), not column G of the first table's header
    assert projects.loc["Custody records system", "amount"] == 300_000
    assert pd.isna(projects.loc["Custody records system", "implementer"])  # its amount is no implementer
    assert _funding(result, "Custody records system") == (0, 300_000)  # "B. Pipeline" above its header
    assert _funding(result, "Border surveillance upgrade") == (400_000, 0)
    said = result.issues[result.issues["message"].str.contains("two tables one under the other", regex=False)]
    assert len(said) == 1
    entry = result.manifest["files"][0]
    # each row under the first header counted once: 2 + 1 projects and the heading between the tables (a header,
    # the second like the first, is not a row read)
    assert (entry["rows_read"], entry["rows_loaded"], entry["rows_skipped"]) == (4, 3, 1)


def test_a_header_repeated_as_it_is_stays_a_repeat(tmp_path):
    head = ["Project title", "Beneficiary", "Start", "End", "Amount, EUR"]
    result = _workbook(
        tmp_path,
        [
            head,
            ["Radios", "NPU", D(2021, 1, 1), D(2021, 12, 31), 10_000],
            head,
            ["Vehicles", "NPU", D(2021, 1, 1), D(2021, 12, 31), 20_000],
        ],
    )
    assert sorted(result.projects["title"]) == ["Radios", "Vehicles"]
    assert result.issues["message"].str.contains("repeats the table header", regex=False).sum() == 1
    assert not result.issues["message"].str.contains("one under the other", regex=False).any()


@pytest.mark.parametrize("text", ["до кінця 2022 року", "until the end of 2022", "до конца 2022 года"])
def test_a_period_giving_only_its_end_says_so(text):
    from mtd_analysis.ingest.values import parse_period

    with pytest.raises(ValueProblem, match=r"gives only its end \(the end of 2022\), no start"):
        parse_period(text)


def test_a_known_partner_with_its_payer_in_brackets_is_the_payers(tmp_path):
    result = _workbook(
        tmp_path,
        [
            ["Project", "Donor", "Amount, EUR", "Start", "End"],
            ["Shelters for survivors", "UNDP (funded by Japan)", 10_000, D(2021, 1, 1), D(2021, 12, 31)],
            ["Patrol cars", "UNDP", 20_000, D(2021, 1, 1), D(2021, 12, 31)],
        ],
    )
    assert result.projects.set_index("title")["partner"].to_dict() == {
        "Shelters for survivors": "Japan",
        "Patrol cars": "UNDP",
    }


@pytest.mark.parametrize(
    "second",
    [
        ["Project title", "Status", "Beneficiary", "Start", "End", "Amount, EUR"],  # other order
        [None, "Project title", "Beneficiary", "Start", "End", "Amount, EUR", "Status"],  # shifted one column
    ],
)
def test_a_second_table_in_another_order_or_shifted_is_read_with_its_header(tmp_path, second):
    first = ["Project title", "Beneficiary", "Start", "End", "Amount, EUR", "Status"]
    values = {
        "Project title": "Custody records system",
        "Beneficiary": "NPU",
        "Start": D(2021, 7, 1),
        "End": D(2021, 12, 31),
        "Amount, EUR": 300_000,
        "Status": "Planned",
    }
    result = _workbook(
        tmp_path,
        [
            first,
            ["Border surveillance upgrade", "SBGS", D(2021, 1, 1), D(2021, 12, 31), 400_000, "Ongoing"],
            [],
            second,
            [values.get(label) for label in second],
        ],
    )
    projects = result.projects.set_index("title")
    assert projects.loc["Custody records system", "amount"] == 300_000
    assert _funding(result, "Custody records system") == (0, 300_000)
    assert _funding(result, "Border surveillance upgrade") == (400_000, 0)


def test_dates_on_a_12_hour_clock_are_read_month_first_when_nothing_proves_the_order(tmp_path):
    result = _workbook(
        tmp_path,
        [
            ["Project", "Donor", "Amount, EUR", "Start date", "End date"],
            ["Radios for patrol police", "EU", 12_000, "6/1/2021 12:00:00 AM", "5/1/2022 12:00:00 AM"],
        ],
    )
    project = result.projects.iloc[0]
    assert (project["start_date"], project["end_date"]) == ("2021-06-01", "2022-05-01")
    assert result.issues["message"].str.contains("12-hour clock", regex=False).any()  # said, to be checked


def test_a_row_of_header_words_among_projects_starts_no_second_table(tmp_path):
    """A second table begins under a blank row or its heading; a row among projects whose cells happen to be
    header words is one odd row, not a header for the rows under it."""
    result = _workbook(
        tmp_path,
        [
            ["Project", "Donor", "Implementer", "Beneficiary", "Amount, USD", "Status"],
            ["Border guard training", "Japan", "IOM", "SBGS", 1_000, "Ongoing"],
            ["Status", "Implementer", "Donor", "Beneficiary", None, "Project"],
            ["Police equipment", "Japan", "UNDP", "NPU", 2_000, "Completed"],
            ["Migration centre", "EU", "IOM", "SMS", 3_000, "Ongoing"],
        ],
    )
    projects = result.projects.set_index("title")
    assert projects.loc["Police equipment", "amount"] == 2_000
    assert projects.loc["Migration centre", "partner"] == "EU"
    assert not result.issues["message"].str.contains("one under the other", regex=False).any()
