"""Layouts found by partner files written blind in round 54 (set GE: one list edited over time): a workbook with a
sheet per quarter, each giving the quarter's money beside the project's whole budget.

Each test writes the few cells that matter, as the partner's file had them, and checks the reading against figures
worked out by hand beside it.
"""

from __future__ import annotations

import pytest
from blind_helpers import issues_saying, money_2021, projects_by_title

from mtd_analysis.ingest.columns import match_field

HEADER = ["Project", "Donor", "Total budget (EUR)", "Disbursed in {q} 2021 (EUR)"]


def _quarter(q: str, rows: list[list]) -> list[list]:
    return [
        ["IOM Ukraine: law-enforcement projects, money used in the quarter"],
        [],
        [*HEADER[:3], HEADER[3].format(q=q)],
        *rows,
        ["", "Total for the quarter", "", sum(r[3] for r in rows)],
    ]


def test_a_sheet_per_quarter_adds_the_quarters_of_a_project_and_keeps_its_budget(workbook_build):
    sheets = {
        "Q1 2021": _quarter("Q1", [["Border crossing points", "EU", 1_000_000, 40_000]]),
        "Q2 2021": _quarter(
            "Q2",
            [
                ["Border crossing points", "EU", 1_000_000, 60_000],
                ["Shelters for victims", "Japan", 300_000, 15_000],
            ],
        ),
        "Q3 2021": _quarter(
            "Q3",
            [
                ["Border crossing points", "EU", 1_000_000, 50_000],
                ["Shelters for victims", "Japan", 300_000, 25_000],
            ],
        ),
    }
    result = workbook_build(sheets, "IOM_by_quarter_2021.xlsx")
    got = projects_by_title(result)
    assert set(got) == {"Border crossing points", "Shelters for victims"}  # one project each, not one a sheet
    assert money_2021(result, "Border crossing points") == (40_000 + 60_000 + 50_000, 0)
    assert money_2021(result, "Shelters for victims") == (15_000 + 25_000, 0)
    # the whole budget stands: the quarters are the money of part of 2021, not the project's total
    assert got["Border crossing points"]["amount"] == 1_000_000
    assert issues_saying(result, "(months 4-6 2021) add up to 60,000.00, less than the total 1,000,000.00")
    added = issues_saying(result, "its amounts are added to that project's years")
    assert {(i["sheet"], i["row"]) for i in added} == {("Q2 2021", 4), ("Q3 2021", 4), ("Q3 2021", 5)}


def test_the_same_quarter_sent_on_two_sheets_is_counted_once(workbook_build):
    """A repeat is no other part of the year: the months overlap, so the second row is the project sent twice."""
    row = ["Border crossing points", "EU", 1_000_000, 40_000]
    result = workbook_build(
        {"Q1 2021": _quarter("Q1", [row]), "Q1 2021 (copy)": _quarter("Q1", [row])}, "IOM.xlsx"
    )
    assert money_2021(result, "Border crossing points") == (40_000, 0)
    assert issues_saying(result, "sent twice, counted once")


@pytest.mark.parametrize(
    ("label", "year", "part"),
    [
        ("Сума за I кв. 2021, дол. США", 2021, "01-03"),
        ("Сумма за II квартал 2021 г., долл. США", 2021, "04-06"),
        ("Disbursed in Q3 2021 (USD)", 2021, "07-09"),
        ("Amount for Q4 2021", 2021, "10-12"),
        ("Сума за 2021 рік", 2021, None),
        ("Сумма за 2021 г.", 2021, None),
    ],
)
def test_a_money_word_before_a_year_or_a_quarter_names_that_years_money(label, year, part):
    found = match_field(label)
    assert (found.field, found.year, found.part) == ("yearly", year, part)


@pytest.mark.parametrize(
    ("label", "field"),
    [
        ("Загальний бюджет проєкту, дол. США", "amount"),
        ("Сума, дол. США", "amount"),
        ("Звіт за 2021", None),  # a report for 2021: no money
    ],
)
def test_labels_naming_no_years_money_are_not_read_as_one(label, field):
    assert match_field(label).field == field
