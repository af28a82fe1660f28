"""Tests of mtd_analysis.analysis.allocations.allocate."""

from __future__ import annotations

import io

import pandas as pd
import pytest

from mtd_analysis.analysis.allocations import allocate, allocation_columns
from mtd_analysis.schema import ALLOCATION_BASE_COLUMNS, ISSUE_COLUMNS, MAPPING_COLUMNS

RATES = pd.DataFrame(
    {
        "year": [2020, 2020, 2021, 2021, 2022, 2022],
        "currency": ["EUR", "USD", "EUR", "USD", "EUR", "USD"],
        "uah_per_unit": [30.0, 24.0, 32.0, 28.0, 30.0, 30.0],
    }
)


def mapping_frame(rows):
    """(project_id, priority_code, subgroup, share) rows -> mapping table."""
    frame = pd.DataFrame(rows, columns=["project_id", "priority_code", "subgroup", "share"])
    return frame.assign(method="declared", confidence=1.0, evidence="by hand")[MAPPING_COLUMNS]


@pytest.fixture
def projects(make_projects):
    return make_projects(
        [
            # 2021 whole year, USD: 2800 USD * 28 / 32 = 2450 EUR
            {
                "project_id": "A",
                "partner": "EU",
                "title": "Cells",
                "amount": 2800.0,
                "currency": "USD",
                "start_date": "2021-01-01",
                "end_date": "2021-12-31",
            },
            # declared: 2020 = 300 EUR, 2022 = 600 EUR
            {
                "project_id": "B",
                "partner": "USA",
                "title": "Dogs",
                "amount": 900.0,
                "currency": "EUR",
                "yearly_amounts": "2020=300;2022=600",
            },
            # no period: no yearly rows
            {"project_id": "C", "partner": "UK", "title": "Boats", "amount": 50.0, "currency": "EUR"},
            # not in the mapping
            {
                "project_id": "D",
                "partner": "UK",
                "title": "Vans",
                "amount": 100.0,
                "currency": "EUR",
                "start_date": "2022-01-01",
                "end_date": "2022-12-31",
            },
        ]
    )


@pytest.fixture
def mapping():
    return mapping_frame(
        [
            ["A", "C1", "CUSTODY", 0.6],
            ["A", "B1", "BORDER_SECURITY", 0.4],
            ["B", "C1", "CUSTODY", 1.0],
            ["C", "OTHER", "other", 1.0],
            ["GHOST", "C1", "CUSTODY", 1.0],
        ]
    )


def test_one_row_per_project_priority_year(projects, mapping):
    allocations, _ = allocate(projects, mapping, RATES)
    assert allocations.columns.tolist() == [*ALLOCATION_BASE_COLUMNS, "amount_eur", "pipeline_eur"]
    assert allocations.columns.tolist() == allocation_columns("EUR")
    got = (
        allocations[["project_id", "priority_code", "year", "amount_eur"]].astype(object).to_numpy().tolist()
    )
    expected = [
        ["A", "C1", 2021, 2450.0 * 0.6],
        ["A", "B1", 2021, 2450.0 * 0.4],
        ["B", "C1", 2020, 300.0],
        ["B", "C1", 2022, 600.0],
        ["C", "OTHER", pd.NA, float("nan")],
        ["D", "UNMAPPED", 2022, 100.0],
    ]
    assert len(got) == len(expected)
    for row, want in zip(got, expected, strict=True):
        assert row[:2] == want[:2]
        assert (pd.isna(row[2]) and pd.isna(want[2])) or row[2] == want[2]
        assert (pd.isna(row[3]) and pd.isna(want[3])) or row[3] == pytest.approx(want[3])


def test_unmapped_project_is_kept_whole(projects, mapping):
    allocations, _ = allocate(projects, mapping, RATES)
    row = allocations[allocations["project_id"] == "D"]
    assert row[["priority_code", "subgroup", "share", "method"]].to_numpy().tolist() == [
        ["UNMAPPED", "unmapped", 1.0, "none"]
    ]


def test_money_reconciles_with_projects_yearly_totals(projects, mapping):
    allocations, _ = allocate(projects, mapping, RATES)
    # 2450 (A) + 300 + 600 (B) + 100 (D); C has no year
    assert allocations["amount_eur"].sum() == pytest.approx(3450.0, abs=0.005)
    per_year = allocations.groupby("year")["amount_eur"].sum().round(2).to_dict()
    assert per_year == {2020: 300.0, 2021: 2450.0, 2022: 700.0}


def test_issues_carry_the_project_location(projects, mapping):
    _, issues = allocate(projects, mapping, RATES)
    assert issues.columns.tolist() == ISSUE_COLUMNS
    # only C has a problem (no period)
    assert issues[["file", "sheet", "row", "severity", "kind"]].to_numpy().tolist() == [
        ["hand.xlsx", "Projects", 4, "warning", "date"]
    ]
    assert issues["message"].item().startswith("project C 'Boats' (row 4)")


def test_missing_rate_is_an_error_with_empty_amount(make_projects):
    projects = make_projects(
        [
            {
                "project_id": "P",
                "partner": "EU",
                "amount": 10.0,
                "currency": "SEK",
                "source_row": 9,
                "start_date": "2021-01-01",
                "end_date": "2021-12-31",
            }
        ]
    )
    allocations, issues = allocate(projects, mapping_frame([["P", "C1", "CUSTODY", 1.0]]), RATES)
    assert allocations["year"].tolist() == [2021]
    assert allocations["amount_eur"].isna().all()
    # SEK is in no rates table: an error on the partner's currency cell (kind "currency"), never 1:1
    assert issues[["row", "severity", "kind"]].to_numpy().tolist() == [[9, "error", "currency"]]


def test_shares_not_adding_to_one_are_rescaled_with_a_warning(make_projects):
    projects = make_projects(
        [
            {
                "project_id": "P",
                "partner": "EU",
                "amount": 100.0,
                "currency": "EUR",
                "yearly_amounts": "2021=100",
            }
        ]
    )
    mapping = mapping_frame([["P", "C1", "CUSTODY", 0.3], ["P", "C2", "CUSTODY", 0.3]])
    allocations, issues = allocate(projects, mapping, RATES)
    assert allocations["amount_eur"].tolist() == pytest.approx([50.0, 50.0])
    assert issues[["severity", "kind"]].to_numpy().tolist() == [["warning", "share"]]


def test_other_currency_and_shipped_rates(make_projects):
    projects = make_projects(
        [
            {
                "project_id": "P",
                "partner": "EU",
                "amount": 800.0,
                "currency": "EUR",
                "yearly_amounts": "2021=800",
            }
        ]
    )
    allocations, issues = allocate(projects, mapping_frame([["P", "C1", "CUSTODY", 1.0]]), currency="USD")
    assert allocations.columns[-2] == "amount_usd"
    # NBU 2021 annual means: 32.3009 UAH per EUR, 27.2835 UAH per USD
    assert allocations["amount_usd"].item() == pytest.approx(800 * 32.3009 / 27.2835)
    assert issues.empty


def test_inputs_untouched_and_csv_round_trip(projects, mapping):
    projects_before, mapping_before = projects.copy(), mapping.copy()
    allocations, issues = allocate(projects, mapping, RATES)
    pd.testing.assert_frame_equal(projects, projects_before)
    pd.testing.assert_frame_equal(mapping, mapping_before)
    buffer = io.StringIO()
    projects.to_csv(buffer, index=False)
    buffer.seek(0)
    from_csv, issues_csv = allocate(pd.read_csv(buffer), mapping, RATES)
    pd.testing.assert_frame_equal(allocations, from_csv)
    pd.testing.assert_frame_equal(issues, issues_csv)


def test_mapping_order_is_kept_when_projects_are_interleaved(make_projects):
    projects = make_projects(
        [
            {"project_id": "P", "amount": 100.0, "currency": "EUR", "yearly_amounts": "2021=100"},
            {"project_id": "Q", "amount": 10.0, "currency": "EUR", "yearly_amounts": "2021=10"},
        ]
    )
    # Q's and P's rows interleaved, and P's own rows not in code order
    mapping = mapping_frame(
        [
            ["Q", "B1", "BORDER_SECURITY", 1.0],
            ["P", "C2", "CUSTODY", 0.5],
            ["P", "C1", "CUSTODY", 0.25],
            ["GHOST", "C1", "CUSTODY", 1.0],
            ["P", "B1", "BORDER_SECURITY", 0.25],
        ]
    )
    allocations, issues = allocate(projects, mapping, RATES)
    assert allocations[["project_id", "priority_code", "amount_eur"]].to_numpy().tolist() == [
        ["P", "C2", 50.0],
        ["P", "C1", 25.0],
        ["P", "B1", 25.0],
        ["Q", "B1", 10.0],
    ]
    assert issues.empty


def test_empty_shares_and_many_priorities(make_projects):
    projects = make_projects(
        [
            {"project_id": "NINE", "amount": 90.0, "currency": "EUR", "yearly_amounts": "2021=90"},
            {"project_id": "HALF", "amount": 10.0, "currency": "EUR", "yearly_amounts": "2021=10"},
            {"project_id": "ZERO", "amount": 10.0, "currency": "EUR", "yearly_amounts": "2021=10"},
            {"project_id": "BLANK", "amount": 10.0, "currency": "EUR", "yearly_amounts": "2021=10"},
        ]
    )
    rows = [["NINE", f"C{i}", "CUSTODY", 0.1] for i in range(9)]  # 0.9 in all: each becomes 1/9
    rows += [["HALF", "C1", "CUSTODY", 0.5], ["HALF", "C2", "CUSTODY", float("nan")]]  # 0.5: 1 and 0
    rows += [["ZERO", "C1", "CUSTODY", 0.0], ["BLANK", "C1", "CUSTODY", float("nan")]]
    allocations, issues = allocate(projects, mapping_frame(rows), RATES)
    nine = allocations[allocations["project_id"] == "NINE"]
    assert nine["share"].tolist() == pytest.approx([1 / 9] * 9)
    assert nine["amount_eur"].tolist() == pytest.approx([10.0] * 9)
    half = allocations[allocations["project_id"] == "HALF"]
    assert half["share"].tolist() == [1.0, 0.0]
    rest = allocations[allocations["project_id"].isin(["ZERO", "BLANK"])]
    assert rest[["priority_code", "amount_eur"]].to_numpy().tolist() == [
        ["UNMAPPED", 10.0],
        ["UNMAPPED", 10.0],
    ]
    # one warning per project, in the order of the projects
    assert issues["row"].tolist() == [2, 3, 4, 5]
    assert issues["message"].str.contains("add up to 0.9, not 1").tolist() == [True, False, False, False]
    assert issues["message"].str.contains("add up to 0.5, not 1").tolist() == [False, True, False, False]
    assert issues["message"].str.contains("empty or zero").tolist() == [False, False, True, True]
