"""Tests of mtd_analysis.analysis.overlaps: candidates, score, bound, clusters, decisions, duplication."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
import pandas as pd
import pytest
from rapidfuzz import fuzz

from mtd_analysis import config
from mtd_analysis.analysis.activities import activity_match, text_features
from mtd_analysis.analysis.overlaps import (
    combined_similarity,
    duplication,
    find_overlaps,
    load_decisions,
    month_span_label,
    normalise_text,
    undecided,
    whole_months,
)
from mtd_analysis.schema import ALLOCATION_BASE_COLUMNS, ISSUE_COLUMNS, OVERLAP_COLUMNS

POLICE = "police"


def allocations_frame(rows: list[tuple]) -> pd.DataFrame:
    """Allocations from (project_id, priority_code, subgroup, share, year, amount_eur) tuples."""
    records = [
        {
            "project_id": pid,
            "priority_code": code,
            "subgroup": subgroup,
            "share": share,
            "method": "declared",
            "confidence": 1.0,
            "evidence": "hand",
            "year": year,
            "amount_eur": amount,
        }
        for pid, code, subgroup, share, year, amount in rows
    ]
    return pd.DataFrame(records, columns=[*ALLOCATION_BASE_COLUMNS, "amount_eur"])


def one_priority(ids: list[str], code: str = "COMMUNITY_POLICING", subgroup: str = POLICE) -> pd.DataFrame:
    return allocations_frame([(pid, code, subgroup, 1.0, 2021, 1000.0) for pid in ids])


@pytest.fixture
def three_partners(make_projects):
    """Three partners doing community policing for NPU over overlapping periods."""
    projects = make_projects(
        [
            {
                "project_id": "EU-1",
                "partner": "EU",
                "implementer": "UNDP",
                "title": "Community policing in Kharkiv oblast",
                "beneficiaries": "NPU",
                "start_date": "2021-01-01",
                "end_date": "2021-12-31",
            },
            {
                "project_id": "SE-4",
                "partner": "Sweden",
                "implementer": "UNDP",
                "title": "Support to community policing, Kharkiv",
                "beneficiaries": "NPU;MIA",
                "start_date": "2021-03-01",
                "end_date": "2022-02-28",
            },
            {
                "project_id": "US-9",
                "partner": "USA",
                "implementer": "ICITAP",
                "title": "Community police officers training",
                "beneficiaries": "MIA;NPU",
                "start_date": "2020-06-01",
                "end_date": "2021-06-30",
            },
        ]
    )
    return projects, one_priority(["EU-1", "SE-4", "US-9"])


def test_three_partners_make_one_cluster_of_three_pairs(three_partners):
    projects, allocations = three_partners
    found = find_overlaps(projects, allocations)
    assert found.columns.tolist() == OVERLAP_COLUMNS
    assert sorted(zip(found["project_a"], found["project_b"], strict=True)) == [
        ("EU-1", "SE-4"),
        ("EU-1", "US-9"),
        ("SE-4", "US-9"),
    ]
    assert found["cluster"].tolist() == [1, 1, 1]
    assert found["decision"].isna().all()
    assert (found["project_a"] < found["project_b"]).all()
    assert found["score"].is_monotonic_decreasing
    row = found.set_index(["project_a", "project_b"]).loc[("SE-4", "US-9")]
    # SE-4 and US-9 share MIA and NPU; Mar 2021 .. Jun 2021 is 4 whole months.
    assert row["beneficiary"] == "MIA;NPU"
    assert (row["overlap_start"], row["overlap_end"], row["overlap_months"]) == (
        "2021-03-01",
        "2021-06-30",
        4,
    )
    assert "overlap Mar–Jun 2021 (4 months)" in row["reasons"]
    assert "both MIA, NPU" in row["reasons"]
    assert row["partner_a"] == "Sweden" and row["partner_b"] == "USA"
    assert row["subgroup"] == POLICE
    eu_se = found.set_index(["project_a", "project_b"]).loc[("EU-1", "SE-4")]
    assert eu_se["reasons"].endswith("same implementer UNDP")


def test_same_partner_different_beneficiary_and_short_overlap_are_not_candidates(make_projects):
    projects = make_projects(
        [
            {"project_id": "A1", "partner": "EU", "beneficiaries": "NPU"},
            {"project_id": "A2", "partner": "eu ", "beneficiaries": "NPU"},  # same partner, other spelling
            {"project_id": "B1", "partner": "UK", "beneficiaries": "SBGS"},  # other agency
            {
                "project_id": "C1",
                "partner": "Japan",
                "beneficiaries": "NPU",
                "start_date": "2021-12-12",  # 20 days with A1 and A2
                "end_date": "2022-06-30",
            },
        ]
    ).assign(
        start_date=lambda d: d["start_date"].fillna("2021-01-01"),
        end_date=lambda d: d["end_date"].fillna("2021-12-31"),
    )
    allocations = one_priority(["A1", "A2", "B1", "C1"])
    assert find_overlaps(projects, allocations).empty
    # The 20 days do count when any common day is enough.
    loose = find_overlaps(projects, allocations, min_months=0)
    assert sorted(zip(loose["project_a"], loose["project_b"], strict=True)) == [("A1", "C1"), ("A2", "C1")]
    assert loose["overlap_months"].tolist() == [0, 0]


def test_projects_without_dates_and_special_priorities_are_skipped_without_agency_compared(make_projects):
    base = {"start_date": "2021-01-01", "end_date": "2021-12-31", "beneficiaries": "NPU"}
    projects = make_projects(
        [
            {**base, "project_id": "A", "partner": "EU"},
            {**base, "project_id": "B", "partner": "UK", "start_date": pd.NA},
            {**base, "project_id": "C", "partner": "US", "beneficiaries": pd.NA},
            {**base, "project_id": "D", "partner": "JP", "end_date": "2020-01-01"},  # ends before it starts
            {**base, "project_id": "E", "partner": "CA"},
        ]
    )
    allocations = pd.concat(
        [one_priority(["A", "B", "C", "D"]), one_priority(["A", "E"], code="OTHER", subgroup="other")]
    )
    # B has no start, D ends before it starts, OTHER is no priority to overlap on; C states no agency
    # and names none in its (empty) texts: it is compared with A across agencies, and marked so.
    found = find_overlaps(projects, allocations)
    assert found[["project_a", "project_b", "agency_basis", "beneficiary"]].values.tolist() == [
        ["A", "C", "not stated", "NPU"]
    ]
    assert "agency not stated: compared within the priority" in found["evidence"].iloc[0]


def test_english_ukrainian_pair_surfaces_with_low_similarity(make_projects):
    projects = make_projects(
        [
            {
                "project_id": "EU-7",
                "partner": "EU",
                "title": "Strengthening border crossing points",
                "beneficiaries": "SBGS",
                "start_date": "2021-01-01",
                "end_date": "2021-12-31",
            },
            {
                "project_id": "PL-2",
                "partner": "Poland",
                "title": "Облаштування пунктів пропуску через державний кордон",
                "beneficiaries": "SBGS",
                "start_date": "2021-04-01",
                "end_date": "2022-03-31",
            },
        ]
    )
    allocations = one_priority(["EU-7", "PL-2"], code="BORDER_CROSSING", subgroup="border")
    found = find_overlaps(projects, allocations)
    assert len(found) == 1
    assert found["similarity"].iloc[0] < 0.3
    assert found["overlap_months"].iloc[0] == 9  # Apr..Dec 2021
    assert (
        found["reasons"].iloc[0].startswith("same priority BORDER_CROSSING; both SBGS; overlap Apr–Dec 2021")
    )


def test_score_components_by_hand(make_projects):
    # Titles already normalised (lowercase stems of 3-5 letters), so rapidfuzz can be asked directly.
    title_a, title_b = "commu polic khark", "khark polic suppo"
    projects = make_projects(
        [
            {
                "project_id": "P1",
                "partner": "EU",
                "implementer": "OSCE",
                "title": title_a,
                "beneficiaries": "NPU",
                "start_date": "2021-01-01",  # 365 days
                "end_date": "2021-12-31",
            },
            {
                "project_id": "P2",
                "partner": "UK",
                "implementer": "osce",
                "title": title_b,
                "beneficiaries": "NPU",
                "start_date": "2021-07-01",  # 2021-07-01 .. 2022-06-30: 365 days
                "end_date": "2022-06-30",
            },
        ]
    )
    found = find_overlaps(projects, one_priority(["P1", "P2"]))
    overlap_share = 184 / 365  # Jul 1 .. Dec 31 2021 is 184 days; both last 365 days
    similarity = fuzz.token_set_ratio(title_a, title_b) / 100
    # the thesaurus knows none of these stems: the spelling similarity stands in, weighted 0.8
    activity = round(0.8 * similarity, 3)
    expected = 0.5 * overlap_share + 0.4 * activity + 0.1 * 1
    row = found.iloc[0]
    assert row["similarity"] == pytest.approx(round(similarity, 3), abs=1e-9)
    assert row["activity_similarity"] == pytest.approx(activity, abs=1e-9)
    assert row["score"] == pytest.approx(round(expected, 3), abs=1e-9)
    assert row["overlap_months"] == 6
    assert f"titles {round(similarity * 100)}% similar" in row["reasons"]
    assert "same implementer OSCE" in row["reasons"]


def test_descriptions_average_with_titles(make_projects):
    base = {"beneficiaries": "NPU", "start_date": "2021-01-01", "end_date": "2021-12-31", "title": "abc"}
    projects = make_projects(
        [
            {**base, "project_id": "P1", "partner": "EU", "description": "domes viole shelt"},
            {**base, "project_id": "P2", "partner": "UK", "description": "custo recor"},
        ]
    )
    found = find_overlaps(projects, one_priority(["P1", "P2"]))
    described = fuzz.token_set_ratio("domes viole shelt", "custo recor") / 100
    assert found["similarity"].iloc[0] == pytest.approx(round((1.0 + described) / 2, 3), abs=1e-9)
    # overlap share 1; no concept known: activity = 0.8 x the titles' spelling similarity (1); no implementer
    assert found["activity_similarity"].iloc[0] == pytest.approx(0.8, abs=1e-9)
    assert found["score"].iloc[0] == pytest.approx(round(0.5 + 0.4 * 0.8, 3), abs=1e-9)
    assert "descriptions" in found["reasons"].iloc[0]


def test_two_shared_priorities_give_one_row_for_the_larger_share(make_projects):
    base = {"beneficiaries": "NPU", "start_date": "2021-01-01", "end_date": "2021-12-31"}
    projects = make_projects(
        [{**base, "project_id": "P1", "partner": "EU"}, {**base, "project_id": "P2", "partner": "UK"}]
    )
    allocations = allocations_frame(
        [
            ("P1", "CUSTODY", POLICE, 0.7, 2021, 70.0),
            ("P1", "DRUGS", POLICE, 0.3, 2021, 30.0),
            ("P2", "CUSTODY", POLICE, 0.2, 2021, 20.0),
            ("P2", "DRUGS", POLICE, 0.8, 2021, 80.0),
        ]
    )
    # Combined: CUSTODY 0.9, DRUGS 1.1.
    found = find_overlaps(projects, allocations)
    assert found["priority_code"].tolist() == ["DRUGS"]
    assert "same priority DRUGS; also share CUSTODY;" in found["reasons"].iloc[0]


def test_at_most_k_new_pairs_per_project(make_projects):
    # Six partners, all overlapping: 15 structural pairs. Score falls with later start.
    records = [
        {
            "project_id": f"P{i}",
            "partner": f"partner {i}",
            "beneficiaries": "NPU",
            "start_date": f"2021-0{i + 1}-01",
            "end_date": "2021-12-31",
        }
        for i in range(6)
    ]
    projects = make_projects(records)
    allocations = one_priority([f"P{i}" for i in range(6)])
    assert len(find_overlaps(projects, allocations, max_per_project=10)) == 15
    found = find_overlaps(projects, allocations, max_per_project=2)
    counts = pd.concat([found["project_a"], found["project_b"]]).value_counts()
    assert counts.max() <= 2
    # Greedy by score: the best pair is always kept.
    full = find_overlaps(projects, allocations, max_per_project=10)
    best = full.sort_values("score", ascending=False).iloc[0]
    assert ((found["project_a"] == best["project_a"]) & (found["project_b"] == best["project_b"])).any()


def test_clusters_are_numbered_by_best_score(make_projects):
    base = {"beneficiaries": "NPU", "end_date": "2021-12-31"}
    projects = make_projects(
        [
            {**base, "project_id": "A1", "partner": "EU", "start_date": "2021-01-01", "title": "x"},
            {**base, "project_id": "A2", "partner": "UK", "start_date": "2021-06-01", "title": "y"},
            {**base, "project_id": "B1", "partner": "EU", "start_date": "2021-01-01", "title": "same words"},
            {**base, "project_id": "B2", "partner": "UK", "start_date": "2021-01-01", "title": "same words"},
        ]
    )
    allocations = pd.concat(
        [one_priority(["A1", "A2"]), one_priority(["B1", "B2"], code="DRUGS")], ignore_index=True
    )
    found = find_overlaps(projects, allocations)
    # B1-B2: full overlap and identical titles, score 0.9 > A1-A2.
    assert found[["project_a", "cluster"]].values.tolist() == [["B1", 1], ["A1", 2]]


def test_decisions_apply_in_either_order(three_partners):
    projects, allocations = three_partners
    decisions = pd.DataFrame(
        {
            "project_a": ["SE-4", "US-9"],
            "project_b": ["EU-1", "SE-4"],
            "decision": ["duplicate", "not_related"],
        }
    )
    found = find_overlaps(projects, allocations, decisions=decisions).set_index(["project_a", "project_b"])
    assert found.loc[("EU-1", "SE-4"), "decision"] == "duplicate"
    assert found.loc[("SE-4", "US-9"), "decision"] == "not_related"
    assert pd.isna(found.loc[("EU-1", "US-9"), "decision"])
    # The dismissed pair stays visible, outside the clusters. The pair decided duplicate is a likely
    # duplicate (cluster 1, listed first); the undecided pair shares only the community-policing theme:
    # coordinate, its own cluster.
    assert found.loc[("SE-4", "US-9"), "cluster"] == 0
    assert found.loc[("EU-1", "SE-4"), ["tier", "cluster"]].tolist() == ["likely duplicate", 1]
    assert found.loc[("EU-1", "US-9"), ["tier", "cluster"]].tolist() == ["coordinate", 2]
    new = undecided(found.reset_index())
    assert list(zip(new["project_a"], new["project_b"], strict=True)) == [("EU-1", "US-9")]


def test_load_decisions_validates_and_orders_pairs(tmp_path):
    path = tmp_path / "decisions.csv"
    path.write_text(
        "project_a,project_b,decision,note,date\n"
        "SE-4,EU-1,Duplicate,same trainers,2021-05-01\n"
        "A,B,perhaps,,\n"
        ",B,duplicate,,\n"
        "US-9,SE-4,complementary,,\n"
        "SE-4,US-9,not related,changed our mind,2021-06-01\n",
        encoding="utf-8",
    )
    decisions, issues = load_decisions(path)
    assert decisions[["project_a", "project_b", "decision"]].values.tolist() == [
        ["EU-1", "SE-4", "duplicate"],
        ["SE-4", "US-9", "not_related"],
    ]
    assert decisions["note"].tolist() == ["same trainers", "changed our mind"]
    assert issues.columns.tolist() == ISSUE_COLUMNS
    assert issues[["file", "row", "severity"]].values.tolist() == [
        ["decisions.csv", 3, "error"],
        ["decisions.csv", 4, "error"],
        ["decisions.csv", 5, "warning"],
    ]
    assert "'perhaps'" in issues["message"].iloc[0]


def test_load_decisions_missing_file_or_columns(tmp_path):
    decisions, issues = load_decisions(tmp_path / "decisions.csv")
    assert decisions.empty and issues.empty
    path = tmp_path / "decisions.csv"
    path.write_text("project_a,verdict\nA,duplicate\n", encoding="utf-8")
    decisions, issues = load_decisions(path)
    assert decisions.empty
    assert issues["severity"].tolist() == ["error"]
    assert "project_b" in issues["message"].iloc[0]


def test_decisions_from_file_flow_into_find_overlaps(three_partners, tmp_path):
    projects, allocations = three_partners
    path = tmp_path / "decisions.csv"
    path.write_text("project_a,project_b,decision,note,date\nUS-9,EU-1,duplicate,,\n", encoding="utf-8")
    decisions, _ = load_decisions(path)
    found = find_overlaps(projects, allocations, decisions=decisions)
    assert found.loc[found["project_b"].eq("US-9") & found["project_a"].eq("EU-1"), "decision"].tolist() == [
        "duplicate"
    ]
    assert len(undecided(found)) == 2


def test_deterministic_under_shuffle_and_inputs_not_mutated(three_partners):
    projects, allocations = three_partners
    before_projects, before_allocations = projects.copy(), allocations.copy()
    first = find_overlaps(projects, allocations)
    pd.testing.assert_frame_equal(projects, before_projects)
    pd.testing.assert_frame_equal(allocations, before_allocations)
    shuffled = find_overlaps(
        projects.sample(frac=1, random_state=3).reset_index(drop=True),
        allocations.sample(frac=1, random_state=5).reset_index(drop=True),
    )
    pd.testing.assert_frame_equal(first, shuffled)


def test_same_result_from_projects_csv_read_back(three_partners, tmp_path):
    projects, allocations = three_partners
    projects.to_csv(tmp_path / "projects.csv", index=False)
    allocations.to_csv(tmp_path / "allocations.csv", index=False)
    again = find_overlaps(pd.read_csv(tmp_path / "projects.csv"), pd.read_csv(tmp_path / "allocations.csv"))
    pd.testing.assert_frame_equal(find_overlaps(projects, allocations), again)


def test_duplication_by_hand():
    overlaps = pd.DataFrame(
        {
            "project_a": ["A", "A", "C"],
            "project_b": ["B", "D", "E"],
            "priority_code": ["CUSTODY", "CUSTODY", "DRUGS"],
            "subgroup": [POLICE] * 3,
            "cluster": [1, 1, 0],
            "decision": [pd.NA, "duplicate", "not_related"],
        }
    )
    allocations = allocations_frame(
        [
            ("A", "CUSTODY", POLICE, 1.0, 2021, 100.0),
            ("B", "CUSTODY", POLICE, 1.0, 2021, 50.0),
            ("B", "CUSTODY", POLICE, 1.0, 2022, 999.0),  # other year
            ("D", "CUSTODY", POLICE, 1.0, 2021, 30.0),
            ("F", "CUSTODY", POLICE, 1.0, 2021, 20.0),
            ("C", "DRUGS", POLICE, 1.0, 2021, 40.0),
            ("E", "DRUGS", POLICE, 1.0, 2021, 60.0),
            ("G", "BORDER_SECURITY", "border", 1.0, 2021, 10.0),
            ("H", "OTHER", "other", 1.0, 2021, 5.0),
        ]
    )
    table = duplication(overlaps, allocations, 2021)
    assert table.columns.tolist() == [
        "year",
        "subgroup",
        "priority_code",
        "n_pairs",
        "n_clusters",
        "funding_overlapping_eur",
        "funding_eur",
        "overlap_share",
        "n_coordinate_pairs",
        "funding_coordinate_eur",
        "coordinate_share",
        "n_internal_pairs",
    ]
    got = table[
        ["subgroup", "priority_code", "n_pairs", "n_clusters", "funding_overlapping_eur", "funding_eur"]
    ]
    assert got.values.tolist() == [
        ["border", "BORDER_SECURITY", 0, 0, 0.0, 10.0],
        ["border", "ALL", 0, 0, 0.0, 10.0],
        [POLICE, "CUSTODY", 2, 1, 180.0, 200.0],
        [POLICE, "DRUGS", 0, 0, 0.0, 100.0],  # the only pair is dismissed
        [POLICE, "ALL", 2, 1, 180.0, 300.0],
    ]
    assert table["overlap_share"].tolist() == pytest.approx([0.0, 0.0, 0.9, 0.0, 0.6])
    assert (table["year"] == 2021).all()
    # an overlaps table without tiers (written before them): every live pair counts as a likely duplicate
    assert table["n_coordinate_pairs"].tolist() == [0] * 5


def test_duplication_counts_likely_duplicates_and_coordination_apart():
    overlaps = pd.DataFrame(
        {
            "project_a": ["A", "A", "F", "C", "C"],
            "project_b": ["B", "D", "G", "E", "H"],
            "priority_code": ["CUSTODY", "CUSTODY", "CUSTODY", "DRUGS", "DRUGS"],
            "subgroup": [POLICE] * 5,
            "tier": ["likely duplicate", "coordinate", "coordinate", "internal", "coordinate"],
            "cluster": [1, 3, 2, 4, 0],
            "decision": [pd.NA, pd.NA, "duplicate", pd.NA, "not_related"],
        }
    )
    allocations = allocations_frame(
        [
            ("A", "CUSTODY", POLICE, 1.0, 2021, 100.0),
            ("B", "CUSTODY", POLICE, 1.0, 2021, 50.0),
            ("D", "CUSTODY", POLICE, 1.0, 2021, 30.0),
            ("F", "CUSTODY", POLICE, 1.0, 2021, 20.0),
            ("G", "CUSTODY", POLICE, 1.0, 2021, 5.0),
            ("C", "DRUGS", POLICE, 1.0, 2021, 40.0),
            ("E", "DRUGS", POLICE, 1.0, 2021, 60.0),
            ("H", "DRUGS", POLICE, 1.0, 2021, 25.0),
        ]
    )
    table = duplication(overlaps, allocations, 2021).set_index("priority_code")
    # CUSTODY: likely A-B and F-G (decided duplicate, whatever its tier): 100 + 50 + 20 + 5 of 205;
    # coordinate A-D: 100 + 30. DRUGS: the internal pair is no duplication, the coordinate pair is dismissed.
    columns = ["n_pairs", "n_clusters", "funding_overlapping_eur", "n_coordinate_pairs", "funding_coordinate_eur",
               "n_internal_pairs", "funding_eur"]  # fmt: skip
    assert table.loc["CUSTODY", columns].tolist() == [2, 2, 175.0, 1, 130.0, 0, 205.0]
    assert table.loc["DRUGS", columns].tolist() == [0, 0, 0.0, 0, 0.0, 1, 125.0]
    assert table.loc["ALL", columns].tolist() == [2, 2, 175.0, 1, 130.0, 1, 330.0]
    assert table.loc["CUSTODY", "overlap_share"] == pytest.approx(175 / 205, abs=1e-4)
    assert table.loc["ALL", "coordinate_share"] == pytest.approx(130 / 330, abs=1e-4)


def test_duplication_needs_the_currency_column():
    with pytest.raises(KeyError, match="amount_usd"):
        duplication(pd.DataFrame(columns=OVERLAP_COLUMNS), allocations_frame([]), 2021, currency="USD")


def test_labels_and_months_by_hand():
    assert month_span_label("2021-03-01", "2021-12-31") == "Mar–Dec 2021"
    assert month_span_label("2021-03-01", "2021-12-31", lang="uk") == "бер–гру 2021"
    assert month_span_label("2020-12-01", "2021-01-31") == "Dec 2020–Jan 2021"
    with pytest.raises(ValueError):
        month_span_label("2021-01-01", "2021-02-01", lang="xx")
    start = np.array(["2021-02-01", "2021-01-31", "2021-01-15", "2020-01-01"], dtype="datetime64[D]")
    end = np.array(["2021-02-28", "2021-02-27", "2021-02-14", "2021-12-31"], dtype="datetime64[D]")
    assert whole_months(start, end).tolist() == [1, 0, 1, 24]
    assert normalise_text("Громадської поліції") == normalise_text("громадська поліція") == "грома поліц"
    assert normalise_text("Policing; the  POLICE") == "polic the polic"


def test_many_projects_run_and_respect_the_bound():
    n = 20_000
    rng = np.random.default_rng(7)
    start = pd.Timestamp("2006-01-01") + pd.to_timedelta(rng.integers(0, 6000, n), unit="D")
    end = start + pd.to_timedelta(rng.integers(30, 400, n), unit="D")
    words = np.array(["police", "border", "training", "reform", "community", "custody", "drugs", "migration"])
    projects = pd.DataFrame(
        {
            "project_id": [f"P{i:05d}" for i in range(n)],
            "partner": [f"partner {k}" for k in rng.integers(0, 30, n)],
            "implementer": [f"implementer {k}" for k in rng.integers(0, 10, n)],
            "title": [" ".join(rng.choice(words, 3)) for _ in range(n)],
            "description": pd.NA,
            "beneficiaries": rng.choice(["NPU", "SBGS", "NPU;MIA", "NGU", "SMS", "SESU"], n),
            "start_date": start.strftime("%Y-%m-%d"),
            "end_date": end.strftime("%Y-%m-%d"),
        }
    )
    codes = rng.choice(["CUSTODY", "DRUGS", "TRAFFICKING", "BORDER_SECURITY", "COVID19", "OTHER"], n)
    allocations = pd.DataFrame(
        {"project_id": projects["project_id"], "priority_code": codes, "subgroup": "x", "share": 1.0}
    )
    found = find_overlaps(projects, allocations, max_per_project=3)
    assert len(found) > 0
    for _, tier in found.groupby("tier"):  # the bound holds within each tier
        counts = pd.concat([tier["project_a"], tier["project_b"]]).value_counts()
        assert counts.max() <= 3
    between = found["tier"] != "internal"
    assert (found.loc[between, "partner_a"] != found.loc[between, "partner_b"]).all()
    assert (found.loc[~between, "partner_a"] == found.loc[~between, "partner_b"]).all()
    assert found["overlap_months"].min() >= 1
    assert found["cluster"].min() >= 1


def test_decided_pairs_use_no_places(three_partners):
    projects, allocations = three_partners
    assert len(find_overlaps(projects, allocations, max_per_project=1)) == 1
    decisions = pd.DataFrame(
        {
            "project_a": ["EU-1", "EU-1"],
            "project_b": ["SE-4", "US-9"],
            "decision": ["complementary", "duplicate"],
        }
    )
    found = find_overlaps(projects, allocations, decisions=decisions, max_per_project=1)
    # Both decided pairs stay; SE-4 and US-9 each still have their one place for the new pair.
    assert len(found) == 3
    assert undecided(found)[["project_a", "project_b"]].values.tolist() == [["SE-4", "US-9"]]


def _months_by_counting(start: date, end: date) -> int:
    """Whole calendar months in [start, end], counted by stepping one month at a time."""
    months, year, month = 0, start.year, start.month
    while True:
        month, year = (1, year + 1) if month == 12 else (month + 1, year)
        # the same day one month later (clipped to the month's end) is the first day not covered
        last_day = (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)).day
        boundary = date(year, month, min(start.day, last_day))
        if start.day > last_day:
            boundary = date(year, month, last_day) + timedelta(days=1)
        if boundary - timedelta(days=1) > end:
            return months
        months += 1


def test_whole_months_agree_with_counting_month_by_month():
    days = [date(2019, 12, 15) + timedelta(days=k) for k in range(0, 500, 7)]
    pairs = [(s, e) for s in days for e in days if e >= s]
    expected = [_months_by_counting(s, e) for s, e in pairs]
    starts = np.array([s.isoformat() for s, _ in pairs], dtype="datetime64[D]")
    ends = np.array([e.isoformat() for _, e in pairs], dtype="datetime64[D]")
    assert whole_months(starts, ends).tolist() == expected


def test_a_chain_of_overlaps_is_one_cluster(make_projects):
    # project i runs 12 months from month 6 i: it overlaps i - 1 and i + 1 by 6 months only
    records = []
    for i in range(12):
        first = pd.Timestamp("2015-01-01") + pd.DateOffset(months=6 * i)
        records.append(
            {
                "project_id": f"P{i:02d}",
                "partner": "EU" if i % 2 else "UNDP",
                "title": f"Step {i}",
                "beneficiaries": "NPU",
                "start_date": first.strftime("%Y-%m-%d"),
                "end_date": (first + pd.DateOffset(months=12) - pd.Timedelta(days=1)).strftime("%Y-%m-%d"),
            }
        )
    ids = [r["project_id"] for r in records]
    found = find_overlaps(make_projects(records), one_priority(ids))
    assert sorted(zip(found["project_a"], found["project_b"], strict=True)) == list(
        zip(ids[:-1], ids[1:], strict=True)
    )
    assert (found["overlap_months"] == 6).all()
    assert found["cluster"].eq(1).all()


def _reference_overlaps(projects: pd.DataFrame, allocations: pd.DataFrame, max_per_project: int) -> dict:
    """Every pair of projects compared directly (no blocks, no window), tiered, scored and bounded as documented.

    The activity similarity of a pair comes from the public functions of ``activities`` (tested on
    their own) and :func:`combined_similarity`; everything else is written out here.
    """
    rows = projects.to_dict("records")
    position = {r["project_id"]: k for k, r in enumerate(rows)}
    full = text_features([f"{r['title']} . " for r in rows])
    titles = text_features([r["title"] for r in rows])
    priorities = allocations.groupby("project_id")["priority_code"].apply(set).to_dict()
    candidates = []
    for i, p in enumerate(rows):
        for q in rows[i + 1 :]:
            p_, q_ = (p, q) if p["project_id"] < q["project_id"] else (q, p)
            shared = priorities[p_["project_id"]] & priorities[q_["project_id"]]
            agencies = set(p_["beneficiaries"].split(";")) & set(q_["beneficiaries"].split(";"))
            if not shared or not agencies:
                continue
            first = max(p_["start_date"], q_["start_date"])
            last = min(p_["end_date"], q_["end_date"])
            if first > last:
                continue
            start, end = date.fromisoformat(first), date.fromisoformat(last)
            months = _months_by_counting(start, end)
            if months < 1:
                continue
            length = min(
                (date.fromisoformat(r["end_date"]) - date.fromisoformat(r["start_date"])).days + 1
                for r in (p_, q_)
            )
            share = ((end - start).days + 1) / length
            spelling = fuzz.token_set_ratio(normalise_text(p_["title"]), normalise_text(q_["title"])) / 100
            ij = np.array([position[p_["project_id"]]]), np.array([position[q_["project_id"]]])
            activity = combined_similarity(
                activity_match(full, *ij), activity_match(titles, *ij), np.array([spelling])
            )[0]
            alike = activity >= config.OVERLAP_LIKELY_THRESHOLD
            if p_["partner"] == q_["partner"] and not alike:
                continue
            tier = (
                "internal"
                if p_["partner"] == q_["partner"]
                else "likely duplicate"
                if alike
                else "coordinate"
            )
            same = p_["implementer"].casefold() == q_["implementer"].casefold()
            score = round(0.5 * share + 0.4 * activity + 0.1 * same, 3)
            candidates.append((-score, p_["project_id"], q_["project_id"], months, tier))
    used: dict[tuple[str, str], int] = {}
    kept = {}
    for negative, a, b, months, tier in sorted(candidates):
        if used.get((tier, a), 0) < max_per_project and used.get((tier, b), 0) < max_per_project:
            used[(tier, a)] = used.get((tier, a), 0) + 1
            used[(tier, b)] = used.get((tier, b), 0) + 1
            kept[(a, b)] = (-negative, months, tier)
    return kept


def test_agrees_with_comparing_every_pair_directly():
    # 240 projects over two priorities and three agencies: no block is crowded beyond the window,
    # so the blocked, chunked search must keep exactly the pairs of the direct comparison.
    n = 240
    rng = np.random.default_rng(11)
    start = pd.Timestamp("2018-01-01") + pd.to_timedelta(rng.integers(0, 1500, n), unit="D")
    end = start + pd.to_timedelta(rng.integers(20, 500, n), unit="D")
    words = np.array(["police", "border", "training", "custody", "reform", "kharkiv", "lviv", "mobile"])
    projects = pd.DataFrame(
        {
            "project_id": [f"P{i:03d}" for i in range(n)],
            "partner": rng.choice(["EU", "UNDP", "USA", "Sweden"], n),
            "implementer": rng.choice(["UNOPS", "unops", "IOM", "ICITAP"], n),
            "title": [" ".join(rng.choice(words, 3)) for _ in range(n)],
            "description": pd.NA,
            "beneficiaries": rng.choice(["NPU", "SBGS", "NPU;SBGS", "SMS"], n),
            "start_date": start.strftime("%Y-%m-%d"),
            "end_date": end.strftime("%Y-%m-%d"),
        }
    )
    allocations = pd.DataFrame(
        {
            "project_id": projects["project_id"],
            "priority_code": rng.choice(["CUSTODY", "BORDER_SECURITY"], n),
            "subgroup": "x",
            "share": 1.0,
        }
    )
    expected = _reference_overlaps(projects, allocations, max_per_project=3)
    found = find_overlaps(projects, allocations, max_per_project=3)
    got = {
        (r.project_a, r.project_b): (r.score, r.overlap_months, r.tier) for r in found.itertuples(index=False)
    }
    assert len(expected) > 50
    assert {tier for *_, tier in expected.values()} == {"likely duplicate", "coordinate", "internal"}
    assert got.keys() == expected.keys()
    for pair, (score, months, tier) in expected.items():
        assert got[pair][0] == pytest.approx(score, abs=1e-9)
        assert got[pair][1:] == (months, tier)


def test_bound_walked_in_chunks_equals_the_plain_greedy_walk():
    from mtd_analysis.analysis.overlaps import _bounded

    rng = np.random.default_rng(3)
    n, m, k = 3000, 100_000, 4  # more pairs than one chunk of the walk
    a = rng.integers(0, n, m)
    b = (a + rng.integers(1, n, m)) % n
    decided = rng.random(m) < 0.01
    used = [0] * n
    expected = decided.copy()
    for i in range(m):
        if not decided[i] and used[a[i]] < k and used[b[i]] < k:
            expected[i] = True
            used[a[i]] += 1
            used[b[i]] += 1
    assert _bounded(a, b, decided, k, n).tolist() == expected.tolist()


def test_outputs_follow_the_declared_schemas(three_partners):
    from mtd_analysis.schema import table_schema

    projects, allocations = three_partners
    found = find_overlaps(projects, allocations)
    table_schema("overlaps").validate(found)
    table_schema("duplication").validate(
        duplication(found, allocations.assign(amount_eur=1.0, year=2021), 2021)
    )
    with pytest.raises(Exception, match="tier"):
        table_schema("overlaps").validate(found.assign(tier="maybe"))
