"""Money given per part of a year (found by blind set S): quarters, half-years and months across, in one- and
two-row headers, in thousands said only over the grid, beside a column of the whole year, and fiscal years that are
calendar years. Expected figures are worked out by hand in the comments."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook

from mtd_analysis.build import build
from mtd_analysis.ingest.columns import match_field, year_part
from mtd_analysis.ingest.values import parse_status

D = dt.datetime


def _build(tmp_path, rows: list, merged: tuple = ()):
    raw = tmp_path / "raw"
    raw.mkdir()
    wb = Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    for cells in merged:
        ws.merge_cells(cells)
    wb.save(raw / "plan.xlsx")
    return build(raw, tmp_path / "out", year=2021)


def _year_amounts(result) -> dict[str, str]:
    return result.projects.set_index("title")["yearly_amounts"].to_dict()


@pytest.mark.parametrize(
    ("label", "found"),
    [
        ("Q1 2021", (2021, "01-03")),
        ("2021 Q4", (2021, "10-12")),
        ("II кв. 2021, тис. грн", (2021, "04-06")),
        ("III квартал 2021", (2021, "07-09")),
        ("H2 2021 (plan)", (2021, "07-12")),
        ("I півріччя 2021", (2021, "01-06")),
        ("1 полугодие 2021", (2021, "01-06")),
        ("Sep 2021", (2021, "09-09")),
        ("січень 2021", (2021, "01-01")),
        ("Jan", (None, "01-01")),
        ("груд.", (None, "12-12")),
        ("Q3", (None, "07-09")),
        ("2021", None),  # a whole year is a year column, not a part
        ("Start 2021", None),
        ("15.03.2021", None),  # a day is no part of a year's money
        ("Status as of March 2021", None),
        # found by a review of the rules
        ("Quarter 1 2021", (2021, "01-03")),
        ("Q1-Q2 2021", (2021, "01-06")),
        ("Jan–Jun 2021", (2021, "01-06")),
        ("Jan-21", (2021, "01-01")),  # Excel's "mmm-yy" heading
        ("Q1–Q4 2021", None),  # the whole year
        ("Q2 2021 (cumulative), EUR", None),  # a running total is no part of the year: not added up
        ("Q3 2021 YTD", None),
        ("2021.1", None),
    ],
)
def test_the_part_of_a_year_a_label_names(label, found):
    assert year_part(label) == found


@pytest.mark.parametrize(
    ("label", "field", "year"),
    [
        ("FY2021 budget (Jan–Dec 2021), CAD", "yearly", 2021),
        ("FY21 (calendar year)", "yearly", 2021),
        (
            "FY2021 budget, USD",
            None,
            None,
        ),  # a fiscal year whose months are not said: the USA's starts in October
        ("Budget 2021", "yearly", 2021),
    ],
)
def test_fiscal_years_are_years_only_when_they_are_calendar_years(label, field, year):
    m = match_field(label)
    assert (m.field, m.year) == (field, year)


def test_quarters_under_a_group_in_thousands_are_the_years_amounts(tmp_path):
    result = _build(
        tmp_path,
        [
            [
                "Назва проєкту",
                "Бенефіціар",
                "Початок",
                "Кінець",
                "Загальна сума, грн",
                "Розподіл за кварталами, тис. грн",
                None,
                None,
                None,
                None,
            ],
            [
                None,
                None,
                None,
                None,
                None,
                "I кв. 2021",
                "II кв. 2021",
                "III кв. 2021",
                "IV кв. 2021",
                "I кв. 2022",
            ],
            # 2021: 1 500 + 1 500 + 2 000 + 2 000 = 7 000 thousand; 2022: 1 250 thousand
            [
                "Протидія домашньому насильству",
                "НПУ",
                D(2021, 1, 1),
                D(2022, 3, 31),
                8250000,
                1500,
                1500,
                2000,
                2000,
                1250,
            ],
            # 2021: 600.5 + 850 = 1 450.5 thousand, blank quarters are nothing
            [
                "Лабораторія синтетичних наркотиків",
                "НПУ",
                D(2021, 7, 1),
                D(2022, 3, 31),
                2450500,
                None,
                None,
                600.5,
                850,
                1000,
            ],
        ],
        merged=("F1:J1", "A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:E2"),
    )
    assert _year_amounts(result) == {
        "Протидія домашньому насильству": "2021=7000000;2022=1250000",
        "Лабораторія синтетичних наркотиків": "2021=1450500;2022=1000000",
    }
    cells = result.projects.set_index("title").loc["Протидія домашньому насильству", "source_cells"]
    assert "amount_2021=F3+G3+H3+I3" in cells and "amount_2022=J3" in cells


def test_months_under_a_year_and_the_rest_of_the_total_spread_over_other_years(tmp_path):
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    result = _build(
        tmp_path,
        [
            [
                "Activity",
                "Beneficiary",
                "Start",
                "End",
                "Disbursement plan 2021, USD",
                *[None] * 11,
                "Total project, USD",
            ],
            [None, None, None, None, *months, None],
            # 2021: 40 000 + 60 000 + 50 000 = 150 000, the rest of 1 000 000 over the project's other years
            [
                "Trafficking investigations",
                "NPU",
                D(2020, 10, 1),
                D(2022, 9, 30),
                40000,
                None,
                60000,
                None,
                None,
                None,
                None,
                None,
                None,
                None,
                None,
                50000,
                1000000,
            ],
            # no months filled: the whole of 200 000 in 2021, converted at the same rate
            ["Border radios", "SBGS", D(2021, 1, 1), D(2021, 12, 31), *[None] * 12, 200000],
        ],
        merged=("E1:P1", "A1:A2", "B1:B2", "C1:C2", "D1:D2", "Q1:Q2"),
    )
    assert _year_amounts(result)["Trafficking investigations"] == "2021=150000"
    assert result.projects["amount"].tolist() == [1000000, 200000]
    eur = result.allocations[result.allocations["year"].eq(2021)].merge(
        result.projects[["project_id", "title"]]
    )
    eur = eur.groupby("title")["amount_eur"].sum()
    assert round(eur["Trafficking investigations"] / eur["Border radios"], 6) == 0.75  # 150 000 / 200 000


def test_half_years_in_one_header_row(tmp_path):
    result = _build(
        tmp_path,
        [
            [
                "Title",
                "Beneficiary",
                "Start",
                "End",
                "H1 2021, CHF",
                "H2 2021, CHF",
                "H1 2022, CHF",
                "Total, CHF",
            ],
            ["Moldova checkpoints", "SBGS", D(2021, 1, 1), D(2022, 6, 30), 300000, 450000, 250000, 1000000],
        ],
    )
    assert _year_amounts(result) == {"Moldova checkpoints": "2021=750000;2022=250000"}
    assert result.projects["currency"].tolist() == ["CHF"]


def test_quarters_beside_the_whole_year_break_it_down_row_by_row(tmp_path):
    result = _build(
        tmp_path,
        [
            ["Title", "Beneficiary", "Start", "End", "2021, EUR", "Q1 2021", "Q2 2021", "Q3 2021", "Q4 2021"],
            # the whole year given: its figure (the quarters are its breakdown, not added: not 800 000)
            ["Border radios", "SBGS", D(2021, 1, 1), D(2021, 12, 31), 400000, 100000, 100000, 100000, 100000],
            # the whole year left blank on this row: its quarters, 0 + 0 + 500 + 500
            ["Boats", "SBGS", D(2021, 1, 1), D(2021, 12, 31), None, 0, 0, 500, 500],
            # the whole year says 0, the quarters 1 000: the whole year's figure, and a warning
            ["Cameras", "SBGS", D(2021, 1, 1), D(2021, 12, 31), 0, 250, 250, 250, 250],
        ],
    )
    years = _year_amounts(result)
    assert years["Border radios"] == "2021=400000"
    assert years["Boats"] == "2021=1000"
    assert years["Cameras"] == "2021=0"
    said = result.issues[result.issues["message"].str.contains("the parts of 2021 add up to")]
    assert said["row"].astype(int).tolist() == [4]


def test_overlapping_parts_count_each_month_once_row_by_row(tmp_path):
    result = _build(
        tmp_path,
        [
            ["Title", "Beneficiary", "Start", "End", "H1 2021", "Q1 2021", "Q2 2021", "Budget, EUR"],
            # H1 filled: Q1 and Q2 cover its months and are not added (300 000, not 600 000)
            ["Border radios", "SBGS", D(2021, 1, 1), D(2021, 12, 31), 300000, 100000, 200000, 600000],
            # H1 blank on this row: Q1 + Q2 = 300
            ["Boats", "SBGS", D(2021, 1, 1), D(2021, 12, 31), None, 100, 200, 300],
        ],
    )
    years = _year_amounts(result)
    assert years["Border radios"].startswith("2021=300000") and years["Boats"] == "2021=300"
    said = result.issues[result.issues["message"].str.contains("covers months of 2021")]
    assert sorted(said["column"]) == ["F2", "G2"]


def test_a_month_in_a_data_row_is_no_header(tmp_path):
    # a 4W export: "Month" over "August" in the first data row is not a two-row header of months
    result = _build(
        tmp_path,
        [
            ["Month", "Project title", "Donor", "Status", "Start", "End", "Budget, USD"],
            ["August", "Emergency water", "ECHO", "Ongoing", D(2021, 8, 1), D(2021, 12, 31), 5000],
            ["August", "Sanitation", "ECHO", "Ongoing", D(2021, 8, 1), D(2021, 12, 31), 7000],
        ],
    )
    assert sorted(result.projects["title"]) == ["Emergency water", "Sanitation"]


@pytest.mark.parametrize(("text", "status"), [("Operational", "ongoing"), ("In operation", "ongoing")])
def test_operational_is_ongoing(text, status):
    assert parse_status(text) == status


def test_a_group_naming_one_year_gives_it_to_the_quarters_below(tmp_path):
    result = _build(
        tmp_path,
        [
            [
                "Title",
                "Beneficiary",
                "Start",
                "End",
                "Quarterly breakdown 2021, EUR",
                None,
                None,
                None,
                "Total, EUR",
            ],
            [None, None, None, None, "Q1", "Q2", "Q3", "Q4", None],
            [
                "Border radios",
                "SBGS",
                D(2021, 1, 1),
                D(2022, 12, 31),
                100,
                200,
                300,
                400,
                1500,
            ],  # 2021: 1 000
        ],
        merged=("E1:H1", "A1:A2", "B1:B2", "C1:C2", "D1:D2", "I1:I2"),
    )
    assert _year_amounts(result) == {"Border radios": "2021=1000"}


def test_cumulative_quarters_are_not_added_up(tmp_path):
    result = _build(
        tmp_path,
        [
            [
                "Title",
                "Beneficiary",
                "Start",
                "End",
                "Budget, EUR",
                "Q1 2021 (cumulative)",
                "Q2 2021 (cumulative)",
            ],
            ["Border radios", "SBGS", D(2021, 1, 1), D(2021, 12, 31), 1000, 100, 300],
        ],
    )
    # the running totals are not loaded (said), so they cannot be summed into 400
    assert result.projects["yearly_amounts"].isna().all()
    said = result.issues[result.issues["message"].str.contains("cumulative")]
    assert len(said) == 2
