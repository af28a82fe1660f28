"""Tests of mtd_analysis.analysis.diff: project changes between two builds and funding moved."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from mtd_analysis.analysis.diff import CHANGE_COLUMNS, diff_builds, funding_change, main_priority
from mtd_analysis.outputs.changes import diff_dirs


@pytest.fixture
def old_projects(make_projects):
    return make_projects(
        [
            {"project_id": "EU-1", "partner": "EU", "title": "Border crossing points", "amount": 1000.0,
             "currency": "EUR", "start_date": "2020-01-01", "end_date": "2022-12-31", "beneficiaries": "SBGS",
             "status": "ongoing"},
            {"project_id": "EU-2", "partner": "EU", "title": "Custody records", "amount": 500.0,
             "currency": "EUR", "status": "ongoing"},
            {"project_id": "UNDP-7", "partner": "UNDP", "title": "Community policing in the east",
             "amount": 300.0, "currency": "USD", "beneficiaries": "NPU"},
            {"project_id": "GIZ-OLD", "partner": "GIZ", "title": "Support to the State Migration Service",
             "amount": 200.0, "currency": "EUR"},
            {"project_id": "USA-3", "partner": "USA", "title": "Forensic laboratories", "amount": 50.0,
             "currency": "USD", "end_date": "2021-06-30", "status": "ongoing"},
        ]
    )  # fmt: skip


@pytest.fixture
def new_projects(make_projects):
    return make_projects(
        [
            # same id, amount and beneficiaries changed (beneficiaries order differs only partly)
            {"project_id": "EU-1", "partner": "EU", "title": "Border crossing points", "amount": 1500.0,
             "currency": "EUR", "start_date": "2020-01-01", "end_date": "2022-12-31",
             "beneficiaries": "SBGS;NPU", "status": "ongoing"},
            # EU-2 gone; a new EU project
            {"project_id": "EU-9", "partner": "EU", "title": "Drug enforcement laboratories", "amount": 80.0,
             "currency": "EUR"},
            # same id, identical, beneficiaries written with a different case and spacing
            {"project_id": "UNDP-7", "partner": "UNDP", "title": "Community policing in the east",
             "amount": 300.0, "currency": "usd", "beneficiaries": " npu "},
            # GIZ renumbered its project: matched by title within the partner
            {"project_id": "GIZ-2021-04", "partner": "GIZ", "title": "Support to the State Migration Service.",
             "amount": 200.0, "currency": "EUR"},
            # became completed
            {"project_id": "USA-3", "partner": "USA", "title": "Forensic laboratories", "amount": 50.0,
             "currency": "USD", "end_date": "2021-06-30", "status": "completed"},
            # same title as an old project of another partner: must not match it
            {"project_id": "UK-1", "partner": "UK", "title": "Custody records", "amount": 10.0,
             "currency": "GBP"},
        ]
    )  # fmt: skip


def by_new_id(changes: pd.DataFrame) -> dict:
    return {
        row["project_id_new"]: row for row in changes.to_dict("records") if not pd.isna(row["project_id_new"])
    }


def test_changes_by_id_and_title(old_projects, new_projects):
    changes, funding = diff_builds(old_projects, new_projects)
    assert changes.columns.tolist() == CHANGE_COLUMNS
    assert funding.empty
    # 5 old + 6 new, 4 pairs matched -> 4 + 1 gone + 2 new = 7 rows
    assert len(changes) == 7
    assert changes["change"].value_counts().to_dict() == {
        "new": 2,
        "changed": 1,
        "unchanged": 2,
        "gone": 1,
        "ended": 1,
    }

    rows = by_new_id(changes)
    eu1 = rows["EU-1"]
    assert (eu1["change"], eu1["match"], eu1["similarity"]) == ("changed", "id", 100.0)
    assert eu1["fields_changed"] == "amount;beneficiaries"
    assert (eu1["amount_old"], eu1["amount_new"]) == (1000.0, 1500.0)
    assert (eu1["beneficiaries_old"], eu1["beneficiaries_new"]) == ("SBGS", "NPU;SBGS")

    assert rows["UNDP-7"]["change"] == "unchanged"
    assert rows["UNDP-7"]["fields_changed"] == ""

    giz = rows["GIZ-2021-04"]
    assert (giz["change"], giz["match"], giz["project_id_old"]) == ("unchanged", "title", "GIZ-OLD")
    assert 85 <= giz["similarity"] < 100

    assert rows["USA-3"]["change"] == "ended"
    assert rows["USA-3"]["fields_changed"] == "status"

    assert rows["EU-9"]["change"] == "new" and pd.isna(rows["EU-9"]["project_id_old"])
    assert rows["UK-1"]["change"] == "new"
    gone = changes[changes["change"].eq("gone")]
    assert gone["project_id_old"].tolist() == ["EU-2"]
    assert pd.isna(gone["project_id_new"].iloc[0])

    # output order: new, gone, ended, changed, unchanged
    assert changes["change"].drop_duplicates().tolist() == ["new", "gone", "ended", "changed", "unchanged"]


def test_inputs_not_mutated_and_deterministic(old_projects, new_projects):
    old_copy, new_copy = old_projects.copy(), new_projects.copy()
    first, _ = diff_builds(old_projects, new_projects)
    second, _ = diff_builds(old_projects.iloc[::-1], new_projects.iloc[::-1])
    pd.testing.assert_frame_equal(old_projects, old_copy)
    pd.testing.assert_frame_equal(new_projects, new_copy)
    assert first.to_csv(index=False) == second.to_csv(index=False)


def test_ended_by_end_date_before_snapshot_year(make_projects):
    old = make_projects([{"project_id": "P", "partner": "EU", "title": "T", "end_date": "2020-12-31"}])
    assert diff_builds(old, old, year=2021)[0]["change"].tolist() == ["ended"]
    assert diff_builds(old, old, year=2020)[0]["change"].tolist() == ["unchanged"]
    assert diff_builds(old, old)[0]["change"].tolist() == ["unchanged"]


def test_title_match_needs_similarity(make_projects):
    old = make_projects([{"project_id": "A", "partner": "EU", "title": "Border crossing points"}])
    new = make_projects([{"project_id": "B", "partner": "EU", "title": "Domestic violence shelters"}])
    assert diff_builds(old, new)[0]["change"].tolist() == ["new", "gone"]


def allocations(rows: list[tuple]) -> pd.DataFrame:
    return pd.DataFrame(
        rows, columns=["project_id", "priority_code", "subgroup", "share", "year", "amount_eur"]
    )


def test_priority_change_and_funding_change(make_projects):
    projects = make_projects([{"project_id": "P", "partner": "EU", "title": "T"},
                              {"project_id": "Q", "partner": "EU", "title": "U"}])  # fmt: skip
    old_alloc = allocations(
        [("P", "B1", "BORDER_SECURITY", 1.0, 2021, 300.0),
         ("Q", "C1", "CUSTODY", 1.0, 2021, 100.0),
         ("Q", "C1", "CUSTODY", 1.0, 2022, 999.0)]
    )  # fmt: skip
    new_alloc = allocations(
        [("P", "B1", "BORDER_SECURITY", 0.25, 2021, 75.0),
         ("P", "D1", "DRUGS", 0.75, 2021, 225.0),
         ("Q", "C1", "CUSTODY", 1.0, 2021, 100.0)]
    )  # fmt: skip
    changes, funding = diff_builds(projects, projects, old_alloc, new_alloc, year=2021)
    rows = by_new_id(changes)
    assert rows["P"]["change"] == "changed"
    assert (rows["P"]["priority_old"], rows["P"]["priority_new"], rows["P"]["fields_changed"]) == (
        "B1",
        "D1",
        "priority",
    )
    assert rows["Q"]["change"] == "unchanged"

    expected = pd.DataFrame(
        {
            "priority_code": ["B1", "C1", "D1"],
            "subgroup": ["BORDER_SECURITY", "CUSTODY", "DRUGS"],
            "n_projects_old": [1, 1, 0],
            "n_projects_new": [1, 1, 1],
            "funding_old_eur": [300.0, 100.0, 0.0],
            "funding_new_eur": [75.0, 100.0, 225.0],
            "change_eur": [-225.0, 0.0, 225.0],
        }
    )
    pd.testing.assert_frame_equal(funding, expected, check_dtype=False)
    # all years: the 2022 row counts too
    all_years = funding_change(old_alloc, new_alloc)
    assert all_years.set_index("priority_code").loc["C1", "change_eur"] == -999.0


def test_main_priority_tie_takes_smallest_code():
    alloc = allocations([("P", "B", "X", 0.5, 2021, 1.0), ("P", "A", "X", 0.5, 2021, 1.0)])
    assert main_priority(alloc).to_dict() == {"P": "A"}


def write_build(folder, projects: pd.DataFrame, alloc: pd.DataFrame | None, year: int | None = None) -> None:
    folder.mkdir()
    projects.to_csv(folder / "projects.csv", index=False)
    if alloc is not None:
        alloc.to_csv(folder / "allocations.csv", index=False)
    if year is not None:
        (folder / "manifest.json").write_text(json.dumps({"year": year, "files": []}))


def test_diff_dirs_round_trip_through_csv(tmp_path, old_projects, new_projects):
    # numeric-looking ids must stay text when read back
    old = old_projects.assign(project_id=["001", "002", "003", "004", "005"])
    new = new_projects.assign(project_id=["001", "009", "003", "004", "005", "006"])
    old_alloc = allocations([("001", "B1", "BORDER_SECURITY", 1.0, 2021, 1000.0)])
    new_alloc = allocations([("001", "B1", "BORDER_SECURITY", 1.0, 2021, 1500.0)])
    write_build(tmp_path / "march", old, old_alloc)
    write_build(tmp_path / "sept", new, new_alloc, year=2021)

    in_memory, _ = diff_builds(old, new, old_alloc, new_alloc, year=2021)
    changes = diff_dirs(tmp_path / "march", tmp_path / "sept", to=tmp_path / "out")
    assert changes.to_csv(index=False) == in_memory.to_csv(index=False)
    assert "001" in changes["project_id_new"].tolist()

    written = pd.read_csv(tmp_path / "out" / "diff.csv", dtype={"project_id_old": str, "project_id_new": str})
    assert len(written) == len(changes)
    funding = pd.read_csv(tmp_path / "out" / "diff_funding.csv")
    assert funding["change_eur"].tolist() == [500.0]
    png = (tmp_path / "out" / "diff.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"

    # same input -> byte-identical outputs
    diff_dirs(tmp_path / "march", tmp_path / "sept", to=tmp_path / "again")
    for name in ("diff.csv", "diff_funding.csv", "diff.png"):
        assert (tmp_path / "out" / name).read_bytes() == (tmp_path / "again" / name).read_bytes()
    assert not list((tmp_path / "out").glob(".*tmp"))


def test_diff_dirs_without_projects_raises(tmp_path):
    (tmp_path / "a").mkdir()
    with pytest.raises(FileNotFoundError, match="projects.csv"):
        diff_dirs(tmp_path / "a", tmp_path / "a")


def test_empty_snapshots(make_projects):
    empty = make_projects([])
    changes, funding = diff_builds(empty, empty)
    assert changes.empty and changes.columns.tolist() == CHANGE_COLUMNS
    assert funding.empty
