"""Views analysts ask for (issue 14): hand-made tables, expected values worked out by hand."""

from __future__ import annotations

import pandas as pd
import pytest

from mtd_analysis.analysis import views


@pytest.fixture
def projects() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "project_id": ["EU-1", "EU-2", "UN-1", "US-1"],
            "partner": ["EU", "EU", "UNDP", "USA"],
            "title": ["Border posts", "Custody records", "Patrol cars", "Drug labs"],
            "beneficiaries": ["SBGS", "NPU;MIA", "NPU", None],
            "start_date": ["2020-01-01", "2021-01-01", "2021-03-01", "2021-01-01"],
            "end_date": ["2021-07-31", "2022-12-31", "2021-06-30", None],
            "source_file": ["eu.xlsx", "eu.xlsx", "undp.csv", "usa.xlsx"],
            "source_row": [2, 3, 2, 5],
        }
    )


@pytest.fixture
def allocations() -> pd.DataFrame:
    # EU-1: 100 in 2020 + 200 in 2021 (BORDER); EU-2: 50/50 CUSTODY/DRUGS of 400 in 2021; UN-1 300 DRUGS 2021;
    # US-1: 1000 DRUGS 2022 only.
    rows = [
        ("EU-1", "BORDER", "border", 1.0, "declared", 1.0, "declared: 'border'", 2020, 100.0),
        ("EU-1", "BORDER", "border", 1.0, "declared", 1.0, "declared: 'border'", 2021, 200.0),
        ("EU-2", "CUSTODY", "police", 0.5, "classifier", 0.8, "title: 'custody'", 2021, 200.0),
        ("EU-2", "DRUGS", "police", 0.5, "classifier", 0.8, "title: 'drug'", 2021, 200.0),
        ("UN-1", "DRUGS", "police", 1.0, "declared", 1.0, "declared: 'drugs'", 2021, 300.0),
        ("US-1", "DRUGS", "police", 1.0, "override", 1.0, "overrides.csv row 2", 2022, 1000.0),
    ]
    columns = ["project_id", "priority_code", "subgroup", "share", "method", "confidence", "evidence", "year"]
    return pd.DataFrame(rows, columns=[*columns, "amount_eur"])


def test_funding_by_partner_priority_in_one_year(allocations, projects):
    table = views.funding_by_partner_priority(allocations, projects, year=2021)
    # EU: BORDER 200, CUSTODY 200, DRUGS 200 (total 600); UNDP: DRUGS 300. USA has nothing in 2021.
    assert table.index.tolist() == ["EU", "UNDP"]
    assert table.loc["EU"].to_dict() == {"BORDER": 200.0, "CUSTODY": 200.0, "DRUGS": 200.0}
    assert table.loc["UNDP"].to_dict() == {"BORDER": 0.0, "CUSTODY": 0.0, "DRUGS": 300.0}


def test_funding_by_partner_priority_all_years_and_one_subgroup(allocations, projects):
    table = views.funding_by_partner_priority(allocations, projects, subgroup="police")
    assert table.index.tolist() == ["USA", "EU", "UNDP"]  # 1000, 400, 300
    assert table.columns.tolist() == ["CUSTODY", "DRUGS"]
    assert table.to_numpy().sum() == 1700.0


def test_views_do_not_mutate_their_inputs(allocations, projects):
    before_a, before_p = allocations.copy(), projects.copy()
    views.funding_by_partner_priority(allocations, projects)
    views.funding_by_agency(allocations, projects)
    views.projects_ending_before(projects, "2022-01-01")
    views.mapping_evidence(allocations, "EU-2", projects)
    pd.testing.assert_frame_equal(allocations, before_a)
    pd.testing.assert_frame_equal(projects, before_p)


def test_funding_by_agency_counts_a_shared_project_for_each_agency(allocations, projects):
    table = views.funding_by_agency(allocations, projects, year=2021).set_index("agency")
    # NPU: EU-2 (400, shared with MIA) + UN-1 (300); MIA: EU-2 400 shared; SBGS: EU-1 200.
    assert table.loc["NPU"].to_dict() == {"n_projects": 2, "funding_eur": 700.0, "funding_shared_eur": 400.0}
    assert table.loc["MIA"].to_dict() == {"n_projects": 1, "funding_eur": 400.0, "funding_shared_eur": 400.0}
    assert table.loc["SBGS", "funding_eur"] == 200.0
    assert table.index.tolist() == ["NPU", "MIA", "SBGS"]
    every_year = views.funding_by_agency(allocations, projects).set_index("agency")
    assert every_year.loc["none", "funding_eur"] == 1000.0  # USA names no agency


def test_projects_ending_before_a_date_and_since_another(projects):
    ending = views.projects_ending_before(projects, "2021-08-01")
    assert ending["project_id"].tolist() == ["UN-1", "EU-1"]  # 2021-06-30, 2021-07-31
    assert views.projects_ending_before(projects, "2021-08-01", since="2021-07-01")[
        "project_id"
    ].tolist() == ["EU-1"]
    assert views.projects_without_end_date(projects)["project_id"].tolist() == ["US-1"]


@pytest.mark.parametrize("bad", ["soon", "31.12.2021", "2021-02-30"])
def test_a_date_that_is_not_a_date_is_refused(projects, bad):
    with pytest.raises(views.ViewInputError, match="YYYY-MM-DD"):
        views.projects_ending_before(projects, bad)


def test_projects_of_a_partner_any_case_and_unknown_partner(projects):
    assert views.projects_of(projects, "eu")["project_id"].tolist() == ["EU-1", "EU-2"]
    with pytest.raises(views.ViewInputError, match="partners: EU, UNDP, USA"):
        views.projects_of(projects, "Japan")


def test_mapping_evidence_one_row_per_priority_with_its_cells(allocations, projects):
    why = views.mapping_evidence(allocations, "EU-1", projects)
    assert len(why) == 1
    row = why.iloc[0]
    assert (row["priority_code"], row["method"], row["years"], row["amount_eur"]) == (
        "BORDER",
        "declared",
        "2020-2021",
        300.0,
    )
    assert (row["source_file"], row["source_row"], row["title"]) == ("eu.xlsx", 2, "Border posts")
    split = views.mapping_evidence(allocations, "EU-2")
    assert split["priority_code"].tolist() == ["CUSTODY", "DRUGS"]
    assert split["share"].tolist() == [0.5, 0.5]
    with pytest.raises(views.ViewInputError, match="NOPE"):
        views.mapping_evidence(allocations, "NOPE")


def test_allocations_without_a_money_column_are_refused(projects):
    with pytest.raises(views.ViewInputError, match="amount_<currency>"):
        views.funding_by_agency(pd.DataFrame({"project_id": ["A"], "year": [2021]}), projects)
