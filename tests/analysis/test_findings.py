"""Findings as figures (issue 14): each kind from a hand-made build, in the briefing's order."""

from __future__ import annotations

import pandas as pd
import pytest

from mtd_analysis.analysis.findings import FINDING_KINDS, findings


def coverage_rows(rows: list[tuple]) -> pd.DataFrame:
    columns = ["year", "subgroup", "priority_code", "n_projects", "n_partners", "funding_eur", "needs_eur",
               "coverage_ratio", "gap_eur", "top_partner", "top_partner_share", "status"]  # fmt: skip
    return pd.DataFrame(rows, columns=columns)


@pytest.fixture
def coverage() -> pd.DataFrame:
    return coverage_rows(
        [
            (2021, "police", "CUSTODY", 0, 0, 0.0, 2e6, 0.0, 2e6, None, None, "orphan"),
            (2021, "police", "DRUGS", 2, 1, 750.0, 1500.0, 0.5, 750.0, "USA", 1.0, "thin"),
            (2021, "border", "BORDER", 5, 3, 9000.0, 10000.0, 0.9, 1000.0, "EU", 0.8, "covered"),
            (2021, "cross", "CYBER", 4, 2, 1000.0, None, None, None, "UK", 0.6, "covered"),
            (2021, "unmapped", "UNMAPPED", 1, 1, 250.0, None, None, None, "UK", 1.0, "thin"),
            (2020, "police", "DRUGS", 0, 0, 0.0, None, None, None, None, None, "orphan"),
        ]
    )


def test_every_kind_in_order(coverage):
    files = pd.DataFrame({"file": ["eu.xlsx", "broken.xlsx"], "status": ["loaded", "failed"]})
    overlaps = pd.DataFrame(
        {"project_a": ["A", "C"], "project_b": ["B", "D"], "partner_a": ["EU", "EU"], "partner_b": ["UK", "US"],
         "priority_code": ["BORDER"] * 2, "subgroup": ["border"] * 2, "score": [0.9, 0.95],
         "decision": [None, "complementary"]}
    )  # fmt: skip
    projects = pd.DataFrame({"project_id": ["A", "B"], "partner": ["EU", "UK"], "title": ["x", "y"],
                             "end_date": ["2021-07-31", "2022-01-31"]})  # fmt: skip
    quality = pd.DataFrame({"partner": ["UK", "EU"], "errors": [2, 0], "rows_rejected": [1, 0]})
    found = findings(coverage, year=2021, projects=projects, overlaps=overlaps, quality=quality, files=files,
                     since="2021-06-10", until="2021-09-10")  # fmt: skip
    assert found["kind"].tolist() == [
        "not_read", "unmapped", "orphan", "gap", "gap", "thin", "concentration", "duplicate", "ending", "data_problems",
    ]  # fmt: skip
    assert list(dict.fromkeys(found["kind"])) == [k for k in FINDING_KINDS if k in set(found["kind"])]
    by = found.set_index("kind")
    assert by.loc["not_read", "subject"] == "broken.xlsx"
    # unmapped: 250 of 2021's 11000 in total
    assert by.loc["unmapped", "amount"] == 250.0
    assert by.loc["unmapped", "share"] == pytest.approx(250 / 11000)
    assert by.loc["orphan", "priority_code"] == "CUSTODY" and by.loc["orphan", "amount"] == 2e6  # its need
    # gaps of supported priorities only, largest first: BORDER 1000, DRUGS 750 (CUSTODY is said as an orphan)
    assert found.loc[found["kind"] == "gap", "priority_code"].tolist() == ["BORDER", "DRUGS"]
    assert (by.loc["thin", "priority_code"], by.loc["thin", "partner"]) == ("DRUGS", "USA")
    # concentration: several partners and a top share >= 0.75: BORDER (0.8), not CYBER (0.6)
    assert (by.loc["concentration", "priority_code"], by.loc["concentration", "share"]) == ("BORDER", 0.8)
    # the reviewed pair (complementary) is not a finding, though its score is higher
    assert (by.loc["duplicate", "subject"], by.loc["duplicate", "count"]) == ("A / B", 1)
    assert (by.loc["ending", "count"], by.loc["ending", "date"]) == (1, "2021-09-10")
    assert "x (EU, 2021-07-31)" in by.loc["ending", "detail"]
    assert (
        by.loc["data_problems", "partner"],
        by.loc["data_problems", "count"],
        by.loc["data_problems", "rows"],
    ) == ("UK", 2, 1)
    assert set(found["currency"]) == {"EUR"}


def test_tier_column_decides_likely_duplicates_when_present(coverage):
    overlaps = pd.DataFrame(
        {"project_a": ["A", "C"], "project_b": ["B", "D"], "partner_a": ["EU", "EU"], "partner_b": ["UK", "US"],
         "priority_code": ["BORDER"] * 2, "subgroup": ["border"] * 2, "score": [0.95, 0.5],
         "decision": [None, None], "tier": ["coordinate", "likely duplicate"]}
    )  # fmt: skip
    found = findings(coverage, year=2021, overlaps=overlaps)
    assert found.loc[found["kind"] == "duplicate", "subject"].tolist() == ["C / D"]


def test_without_optional_tables_only_coverage_findings(coverage):
    found = findings(coverage, year=2021)
    assert set(found["kind"]) == {"unmapped", "orphan", "gap", "thin", "concentration"}


def test_a_year_without_rows_has_no_findings(coverage):
    assert findings(coverage, year=2019).empty


def test_input_is_not_modified(coverage):
    before = coverage.copy()
    findings(coverage, year=2021)
    pd.testing.assert_frame_equal(coverage, before)
