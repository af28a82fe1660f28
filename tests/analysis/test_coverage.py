"""Tests of mtd_analysis.analysis.coverage: needs, coverage per priority, subgroup summary."""

from __future__ import annotations

import io

import numpy as np
import pandas as pd
import pytest

from mtd_analysis.analysis.allocations import allocate
from mtd_analysis.analysis.coverage import (
    NeedsError,
    coverage,
    coverage_columns,
    coverage_for_year,
    load_needs,
    subgroup_summary,
)
from mtd_analysis.schema import MAPPING_COLUMNS

RATES = pd.DataFrame(
    {
        "year": [2021, 2021, 2022, 2022],
        "currency": ["EUR", "USD", "EUR", "USD"],
        "uah_per_unit": [32.0, 25.6, 30.0, 30.0],
    }
)

PRIORITIES = pd.DataFrame(
    {
        "priority_code": ["C1", "C2", "B1", "B2"],
        "subgroup": ["CUSTODY", "CUSTODY", "BORDER_SECURITY", "BORDER_SECURITY"],
        "name_en": ["Custody records", "Cells", "Patrols", "Radars"],
        "name_uk": ["Облік", "Камери", "Патрулі", "Радари"],
    }
)


def allocation_frame(rows):
    """(project_id, priority_code, subgroup, year, amount_eur) rows."""
    frame = pd.DataFrame(rows, columns=["project_id", "priority_code", "subgroup", "year", "amount_eur"])
    return frame.assign(
        share=1.0, method="declared", confidence=1.0, evidence="", year=frame["year"].astype("Int64")
    )


def partners_frame(pairs):
    return pd.DataFrame(pairs, columns=["project_id", "partner"])


def row(table, year, code):
    return table[(table["year"] == year) & (table["priority_code"] == code)].iloc[0]


@pytest.fixture
def statuses_case():
    """2021: C1 four partners (crowded), C2 two (covered), B1 one (thin), B2 none (orphan)."""
    allocations = allocation_frame(
        [
            ["p1", "C1", "CUSTODY", 2021, 400.0],
            ["p2", "C1", "CUSTODY", 2021, 300.0],
            ["p3", "C1", "CUSTODY", 2021, 200.0],
            ["p4", "C1", "CUSTODY", 2021, 100.0],
            ["p1", "C2", "CUSTODY", 2021, 300.0],
            ["p5", "C2", "CUSTODY", 2021, 100.0],
            ["p6", "B1", "BORDER_SECURITY", 2021, 50.0],
            ["p7", "B1", "BORDER_SECURITY", 2021, 50.0],
            ["p8", "UNMAPPED", "unmapped", 2021, 10.0],
            ["p9", "C1", "CUSTODY", pd.NA, np.nan],
        ]
    )
    projects = partners_frame(
        [
            ["p1", "EU"],
            ["p2", "USA"],
            ["p3", "UK"],
            ["p4", "Canada"],
            ["p5", "USA"],
            ["p6", "Denmark"],
            ["p7", "Denmark"],
            ["p8", "EU"],
            ["p9", "Sweden"],
        ]
    )
    return allocations, projects


def test_statuses_and_concentration(statuses_case):
    allocations, projects = statuses_case
    table = coverage(allocations, projects, PRIORITIES)
    assert table.columns.tolist() == coverage_columns("EUR")
    assert table["priority_code"].tolist() == ["C1", "C2", "B1", "B2", "OTHER", "UNMAPPED"]
    assert table["status"].tolist() == ["crowded", "covered", "thin", "orphan", "orphan", "thin"]
    c1 = row(table, 2021, "C1")
    # shares .4 .3 .2 .1 -> hhi .16 + .09 + .04 + .01 = .30
    assert (c1["n_projects"], c1["n_partners"], c1["funding_eur"]) == (4, 4, 1000.0)
    assert c1["hhi"] == pytest.approx(0.30)
    assert c1["effective_partners"] == pytest.approx(1 / 0.30)
    assert (c1["top_partner"], c1["top_partner_share"]) == ("EU", pytest.approx(0.4))
    c2 = row(table, 2021, "C2")
    # shares .75 .25 -> hhi .5625 + .0625 = .625
    assert c2["hhi"] == pytest.approx(0.625)
    assert c2["effective_partners"] == pytest.approx(1.6)
    b1 = row(table, 2021, "B1")
    # two projects of one partner: thin, hhi 1
    assert (b1["n_projects"], b1["n_partners"], b1["hhi"], b1["top_partner"]) == (2, 1, 1.0, "Denmark")
    b2 = row(table, 2021, "B2")
    assert (b2["n_projects"], b2["funding_eur"], b2["priority_name"]) == (0, 0.0, "Radars")
    assert pd.isna(b2["hhi"]) and pd.isna(b2["top_partner"])
    # without needs the needs columns are empty
    assert table[["needs_eur", "coverage_ratio", "gap_eur"]].isna().all().all()


def test_crowded_threshold_is_a_parameter(statuses_case):
    allocations, projects = statuses_case
    table = coverage(allocations, projects, PRIORITIES, crowded=2)
    assert row(table, 2021, "C2")["status"] == "crowded"


def test_every_priority_every_year(make_projects):
    allocations = allocation_frame([["a", "C1", "CUSTODY", 2021, 5.0], ["a", "C1", "CUSTODY", 2023, 5.0]])
    table = coverage(allocations, partners_frame([["a", "EU"]]), PRIORITIES)
    assert table["year"].tolist() == [2021] * 6 + [2023] * 6
    assert (
        table.groupby("year")["priority_code"].apply(list).tolist()
        == [["C1", "C2", "B1", "B2", "OTHER", "UNMAPPED"]] * 2
    )


def test_needs_coverage_ratio_and_gap(statuses_case):
    allocations, projects = statuses_case
    needs = pd.DataFrame(
        {"priority_code": ["C1", "C2", "B2"], "year": [2021, 2021, 2021], "needs_eur": [500.0, 800.0, 60.0]}
    )
    table = coverage(allocations, projects, PRIORITIES, needs=needs)
    c1, c2, b1, b2 = (row(table, 2021, code) for code in ["C1", "C2", "B1", "B2"])
    # C1 funded 1000 for 500 needed: ratio 2, no gap
    assert (c1["coverage_ratio"], c1["gap_eur"]) == (2.0, 0.0)
    # C2 funded 400 for 800: half, gap 400
    assert (c2["coverage_ratio"], c2["gap_eur"]) == (0.5, 400.0)
    # B2 nothing for 60: ratio 0, gap 60
    assert (b2["coverage_ratio"], b2["gap_eur"], b2["status"]) == (0.0, 60.0, "orphan")
    # B1 has no needs row
    assert pd.isna(b1["needs_eur"]) and pd.isna(b1["coverage_ratio"]) and pd.isna(b1["gap_eur"])


def test_needs_year_without_funding_still_appears(statuses_case):
    allocations, projects = statuses_case
    needs = pd.DataFrame({"priority_code": ["B2"], "year": [2024], "needs_eur": [70.0]})
    table = coverage(allocations, projects, PRIORITIES, needs=needs)
    assert sorted(set(table["year"])) == [2021, 2024]
    b2 = row(table, 2024, "B2")
    assert (b2["funding_eur"], b2["gap_eur"], b2["status"]) == (0.0, 70.0, "orphan")


def test_reconciliation_from_projects_to_coverage(make_projects):
    projects = make_projects(
        [
            # 2021 whole: 1280 USD * 25.6 / 32 = 1024 EUR
            {
                "project_id": "A",
                "partner": "EU",
                "amount": 1280.0,
                "currency": "USD",
                "start_date": "2021-01-01",
                "end_date": "2021-12-31",
            },
            # 2021-07-01..2022-06-30: 184 and 181 days of 365 -> 504.11 and the remainder 495.89 EUR
            {
                "project_id": "B",
                "partner": "USA",
                "amount": 1000.0,
                "currency": "EUR",
                "start_date": "2021-07-01",
                "end_date": "2022-06-30",
            },
            {
                "project_id": "C",
                "partner": "UK",
                "amount": 77.0,
                "currency": "EUR",
                "yearly_amounts": "2022=77",
            },
        ]
    )
    mapping = pd.DataFrame(
        {
            "project_id": ["A", "A", "B", "C"],
            "priority_code": ["C1", "XX9", "B1", "OTHER"],
            "subgroup": ["CUSTODY", "CUSTODY", "BORDER_SECURITY", "other"],
            "share": [0.5, 0.5, 1.0, 1.0],
            "method": ["declared"] * 4,
            "confidence": [1.0] * 4,
            "evidence": [""] * 4,
        }
    )[MAPPING_COLUMNS]
    allocations, _ = allocate(projects, mapping, RATES)
    table = coverage(allocations, projects, PRIORITIES)
    funding = table.groupby("year")["funding_eur"].sum()
    assert funding[2021] == pytest.approx(1024.0 + 504.11, abs=0.005)
    assert funding[2022] == pytest.approx(495.89 + 77.0, abs=0.005)
    assert (funding - allocations.groupby("year")["amount_eur"].sum()).abs().max() < 0.005
    # a code outside the list keeps its money in its own row
    assert row(table, 2021, "XX9")["funding_eur"] == pytest.approx(512.0)


def test_coverage_same_from_csv_and_inputs_untouched(statuses_case):
    allocations, projects = statuses_case
    before = allocations.copy(), projects.copy(), PRIORITIES.copy()
    table = coverage(allocations, projects, PRIORITIES)
    for frame, copy in zip((allocations, projects, PRIORITIES), before, strict=True):
        pd.testing.assert_frame_equal(frame, copy)
    buffer = io.StringIO()
    allocations.to_csv(buffer, index=False)
    buffer.seek(0)
    pd.testing.assert_frame_equal(table, coverage(pd.read_csv(buffer), projects, PRIORITIES))


def test_names_in_ukrainian():
    allocations = allocation_frame([["a", "C1", "CUSTODY", 2021, 5.0]])
    table = coverage(allocations, partners_frame([["a", "EU"]]), PRIORITIES, lang="uk")
    assert table["priority_name"].iloc[0] == "Облік"


def test_no_years_gives_an_empty_table():
    allocations = allocation_frame([["a", "C1", "CUSTODY", pd.NA, np.nan]])
    table = coverage(allocations, partners_frame([["a", "EU"]]), PRIORITIES)
    assert table.empty and table.columns.tolist() == coverage_columns("EUR")


# ------------------------------------------------------------------------------------------------ needs
def test_load_needs_converts_checks_and_adds_up(tmp_path):
    path = tmp_path / "needs.csv"
    path.write_text(
        "priority_code,year,amount,currency\n"
        "C1,2021,1000,USD\n"  # 1000 * 25.6 / 32 = 800
        "C1,2021,200,EUR\n"  # same priority and year: added -> 1000
        "C2,2022,90,USD\n"  # 2022: USD = EUR -> 90
        ",2021,5,EUR\n"
        "C2,soon,5,EUR\n"
        "C2,2021,-5,EUR\n"
        "C2,2019,5,USD\n"
    )
    needs, issues = load_needs(path, RATES)
    assert needs.columns.tolist() == ["priority_code", "year", "needs_eur"]
    assert needs.to_numpy().tolist() == [["C1", 2021, 1000.0], ["C2", 2022, 90.0]]
    assert issues[["file", "row", "column", "severity"]].to_numpy().tolist() == [
        ["needs.csv", 5, "priority_code", "error"],
        ["needs.csv", 6, "year", "error"],
        ["needs.csv", 7, "amount", "error"],
        ["needs.csv", 8, "currency", "error"],
    ]


def test_load_needs_missing_column(tmp_path):
    path = tmp_path / "needs.csv"
    path.write_text("priority_code,year,amount\nC1,2021,5\n")
    with pytest.raises(NeedsError, match="currency"):
        load_needs(path, RATES)


# ---------------------------------------------------------------------------------------------- summary
def test_subgroup_summary(statuses_case):
    allocations, projects = statuses_case
    needs = pd.DataFrame({"priority_code": ["C2", "B2"], "year": [2021, 2021], "needs_eur": [800.0, 60.0]})
    table = coverage(allocations, projects, PRIORITIES, needs=needs)
    summary = subgroup_summary(table, allocations, projects)
    assert summary["subgroup"].tolist() == ["CUSTODY", "BORDER_SECURITY", "other", "unmapped"]
    custody, border = summary.iloc[0], summary.iloc[1]
    # CUSTODY: C1 crowded + C2 covered; partners EU, USA, UK, Canada
    assert (custody["n_priorities"], custody["n_orphan"], custody["n_crowded"], custody["n_partners"]) == (
        2,
        0,
        1,
        4,
    )
    assert (custody["funding_eur"], custody["needs_eur"], custody["gap_eur"]) == (1400.0, 800.0, 400.0)
    # BORDER: B1 thin, B2 orphan; one partner; needs 60 all unmet
    assert (border["n_thin"], border["n_orphan"], border["n_partners"]) == (1, 1, 1)
    assert (border["funding_eur"], border["gap_eur"]) == (100.0, 60.0)
    assert pd.isna(summary.iloc[2]["needs_eur"])
    assert subgroup_summary(table)["n_partners"].isna().all()


def test_coverage_for_year(statuses_case):
    allocations, projects = statuses_case
    table = coverage(allocations, projects, PRIORITIES)
    assert coverage_for_year(table, 2021).index.tolist() == list(range(6))
    assert coverage_for_year(table, 2030).empty


def test_subgroup_coverage_ratio_compares_needs_with_the_funding_of_the_same_priorities():
    # police: A has needs 1,000 and funding 700; B has funding 5,000 and no stated needs.
    # Coverage of needs is 700 / 1,000 = 0.7, not (700 + 5,000) / 1,000.
    table = pd.DataFrame(
        {
            "year": [2021, 2021],
            "subgroup": ["police", "police"],
            "priority_code": ["A", "B"],
            "priority_name": ["a", "b"],
            "n_projects": [1, 1],
            "n_partners": [1, 1],
            "funding_eur": [700.0, 5000.0],
            "needs_eur": [1000.0, np.nan],
            "coverage_ratio": [0.7, np.nan],
            "gap_eur": [300.0, np.nan],
            "top_partner": ["EU", "EU"],
            "top_partner_share": [1.0, 1.0],
            "hhi": [1.0, 1.0],
            "effective_partners": [1.0, 1.0],
            "status": ["thin", "thin"],
        }
    )
    summary = subgroup_summary(table)
    assert summary[["funding_eur", "needs_eur", "gap_eur"]].to_numpy().tolist() == [[5700.0, 1000.0, 300.0]]
    assert summary["coverage_ratio"].tolist() == [0.7]
