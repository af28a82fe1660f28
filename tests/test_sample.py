"""The bundled sample (``data/raw/sample``): its generator's truth, and an end-to-end build against it.

The truth comes from ``scripts/make_sample.py`` (:func:`make_sample.expected`), which states by
construction what each partner file holds. The first tests check the committed files against the generator
and read them back with python-calamine; the build tests (skipped until :mod:`mtd_analysis.build` exists)
build each snapshot into a temporary folder and compare the result with the truth.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import pandas as pd
import pytest

from mtd_analysis import config

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT / "scripts"))
import make_sample  # noqa: E402

MARCH, JUNE = make_sample.SNAPSHOTS


def snapshot_dir(snapshot: str) -> Path:
    return config.SAMPLE_DIR / snapshot


def folder_hashes(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()
    }


@pytest.fixture(scope="module")
def truth() -> dict[str, dict]:
    return {s: make_sample.expected(s) for s in make_sample.SNAPSHOTS}


@pytest.fixture(scope="module")
def generated() -> dict[str, dict[str, bytes]]:
    return {s: make_sample.snapshot_files(s) for s in make_sample.SNAPSHOTS}


# ---------------------------------------------------------------------------------------- the generator
@pytest.mark.parametrize("snapshot", make_sample.SNAPSHOTS)
def test_committed_sample_is_what_the_generator_writes(snapshot, generated):
    folder = snapshot_dir(snapshot)
    on_disk = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
    made = generated[snapshot]
    missing = sorted(set(made) - set(on_disk) - {make_sample.LOCK_FILE})  # the lock file is git-ignored (~$*)
    assert not missing, f"run scripts/make_sample.py: {missing} missing"
    assert sorted(set(on_disk) - set(made)) == [], "files in the sample that the generator does not make"
    stale = sorted(name for name in on_disk if on_disk[name] != made[name])
    assert stale == [], f"run scripts/make_sample.py: {stale} differ from the generator's output"


def test_generator_writes_the_same_bytes_twice(generated):
    again = make_sample.snapshot_files(JUNE)
    assert again == generated[JUNE]


def test_unchanged_partner_sent_the_very_same_file(generated, truth):
    name = truth[JUNE]["changes"]["unchanged_file"]
    assert generated[JUNE][name] == generated[MARCH][name]


@pytest.mark.parametrize("snapshot", make_sample.SNAPSHOTS)
def test_truth_accounts_for_every_row(snapshot, truth):
    for name, counts in truth[snapshot]["files"].items():
        parts = counts["rows_loaded"] + counts["rows_rejected"] + counts["rows_skipped"]
        assert counts["rows_read"] == parts, name
    loaded = sum(c["rows_loaded"] for c in truth[snapshot]["files"].values())
    assert loaded == len(truth[snapshot]["projects"])


def test_march_truth_by_hand(truth):
    t = truth[MARCH]
    assert (
        len(t["projects"]) == 56
    )  # 9 EU + 9 USA + 8 Germany + 6 UK + 6 Canada + 7 Denmark + 6 Japan + 5 Sweden
    # EU: 9 projects, then a Total row and three note lines (the blank row between them is not read).
    assert t["files"]["eu_2021-03-15.xlsx"] == {
        "partner": "EU", "status": "loaded", "rows_read": 13, "rows_loaded": 9, "rows_rejected": 0,
        "rows_skipped": 4,
    }  # fmt: skip
    # UK: 2 section headings + 7 rows, of which one has no title.
    uk = t["files"]["uk_2021-03.xls"]
    assert (uk["rows_read"], uk["rows_loaded"], uk["rows_rejected"], uk["rows_skipped"]) == (9, 6, 1, 2)
    assert t["files"]["osce_2021-03.xlsx"]["status"] == "failed"
    # GBP: 950 000 + 420 000 + 300 000 + 2 100 000 + 500 000 (the negative and the untitled rows excluded)
    assert t["totals"]["GBP"] == 4_270_000
    titles = [p["title"] for p in t["projects"]]
    assert len(titles) == len(set(titles)), "titles identify projects in these tests"


def test_june_changes_follow_from_the_two_truths(truth):
    march = {p["title"]: p for p in truth[MARCH]["projects"]}
    june = {p["title"]: p for p in truth[JUNE]["projects"]}
    changes = truth[JUNE]["changes"]
    assert sorted(set(june) - set(march)) == changes["new"] and len(changes["new"]) == 3
    assert sorted(set(march) - set(june)) == sorted(changes["gone"] + [
        p["title"] for p in truth[MARCH]["projects"] if p["partner"] == "OSCE"
    ])  # fmt: skip
    assert len(changes["gone"]) == 2 and len(changes["ended"]) == 2
    assert all(
        june[t]["status"] == "completed" and march[t]["status"] != "completed" for t in changes["ended"]
    )
    amounts = {t for t in june.keys() & march.keys() if june[t]["amount"] != march[t]["amount"]}
    assert amounts == set(changes["amount_changed"]) and len(amounts) == 3
    dates = {t for t in june.keys() & march.keys() if june[t]["end_date"] != march[t]["end_date"]}
    assert dates == set(changes["dates_changed"]) and len(dates) == 2
    declared = {
        t for t in june.keys() & march.keys() if june[t]["declared_priority"] != march[t]["declared_priority"]
    }
    assert declared == set(changes["priority_changed"]) and len(declared) == 1


def test_coverage_by_design(truth):
    """2021: CUSTODY has no partner, DRUGS one, COMMUNITY_POLICING at least CROWDED_PARTNERS."""
    partners: dict[str, set[str]] = {}
    for p in truth[MARCH]["projects"]:
        start, end = p["start_date"] or "2021-01-01", p["end_date"] or "2021-12-31"
        if start <= "2021-12-31" and end >= "2021-01-01":
            for code in p["priority_shares"]:
                partners.setdefault(code, set()).add(p["partner"])
    assert "CUSTODY" not in partners
    assert partners["DRUGS"] == {"USA"}
    assert len(partners["COMMUNITY_POLICING"]) >= config.CROWDED_PARTNERS


def _calamine_rows(path: Path, sheet: str) -> list[list]:
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_path(str(path))
    return book.get_sheet_by_name(sheet).to_python(skip_empty_area=False)


def _text_lines(path: Path) -> list[str]:
    raw = path.read_bytes()
    text = raw.decode("utf-16") if raw.startswith(b"\xff\xfe") else raw.decode("cp1251")
    return text.split("\r\n")


@pytest.mark.parametrize("snapshot", make_sample.SNAPSHOTS)
def test_files_read_back_with_each_title_on_its_row(snapshot, truth):
    folder = snapshot_dir(snapshot)
    for p in truth[snapshot]["projects"]:
        path = folder / p["source_file"]
        if path.suffix in (".csv", ".txt"):
            line = _text_lines(path)[p["source_row"] - 1]
            assert p["title"] in line, (p["source_file"], p["source_row"])
        else:
            cells = _calamine_rows(path, p["source_sheet"])[p["source_row"] - 1]
            assert p["title"] in cells, (p["source_file"], p["source_sheet"], p["source_row"])


def test_1904_workbook_dates_read_back(truth):
    import datetime as dt

    for p in (p for p in truth[MARCH]["projects"] if p["partner"] == "Canada"):
        cells = _calamine_rows(snapshot_dir(MARCH) / p["source_file"], p["source_sheet"])[p["source_row"] - 1]
        assert (cells[6], cells[7]) == (
            dt.date.fromisoformat(p["start_date"]),
            dt.date.fromisoformat(p["end_date"]),
        )


def test_broken_file_cannot_be_opened():
    from python_calamine import CalamineWorkbook

    with pytest.raises(Exception):  # noqa: B017 (any reader error will do)
        CalamineWorkbook.from_path(str(snapshot_dir(MARCH) / "osce_2021-03.xlsx"))


# ---------------------------------------------------------------------------------------- the build
def _build(snapshot: str, out_dir: Path):
    build_module = pytest.importorskip("mtd_analysis.build")
    raw = snapshot_dir(snapshot)
    before = folder_hashes(raw)
    result = build_module.build(raw, out_dir, year=2021)
    return {"result": result, "raw": raw, "out": out_dir, "before": before, "after": folder_hashes(raw)}


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict:
    return _build(MARCH, tmp_path_factory.mktemp("sample-2021-03"))


@pytest.fixture(scope="module")
def built_june(tmp_path_factory) -> dict:
    return _build(JUNE, tmp_path_factory.mktemp("sample-2021-06"))


def _by_title(projects: pd.DataFrame) -> dict[str, pd.DataFrame]:
    titles = projects["title"].astype("str").str.strip()
    return {t: projects.loc[titles == t] for t in titles.unique()}


def _check_projects(projects: pd.DataFrame, expected_projects: list[dict]) -> None:
    assert len(projects) == len(expected_projects)
    rows = _by_title(projects)
    for p in expected_projects:
        found = rows.get(p["title"])
        assert found is not None and len(found) == 1, (
            f"{p['title']!r}: {0 if found is None else len(found)} rows"
        )
        got = found.iloc[0]
        where = f"{p['source_file']} row {p['source_row']}"
        if p["amount"] is not None:
            assert float(got["amount"]) == pytest.approx(p["amount"], abs=1e-6), where
        if p["currency"] is not None:
            assert got["currency"] == p["currency"], where
        if p["start_date"] is not None:
            assert (got["start_date"], got["end_date"]) == (p["start_date"], p["end_date"]), where
        assert {b.strip() for b in str(got["beneficiaries"]).split(";")} == set(p["beneficiaries"]), where
        assert (got["source_file"], int(got["source_row"])) == (p["source_file"], p["source_row"]), where


def test_build_writes_its_three_outputs(built):
    for name in ("projects.csv", "issues.csv", "manifest.json"):
        assert (built["out"] / name).is_file(), name


def test_build_loads_every_expected_project(built, truth):
    _check_projects(built["result"].projects, truth[MARCH]["projects"])


def test_build_partners_group_like_the_truth(built, truth):
    projects = built["result"].projects
    rows = _by_title(projects)
    names: dict[str, set[str]] = {}
    for p in truth[MARCH]["projects"]:
        names.setdefault(p["partner"], set()).update(rows[p["title"]]["partner"].astype("str"))
    assert all(len(v) == 1 for v in names.values()), names  # one name per partner
    assert len({next(iter(v)) for v in names.values()}) == len(names), names  # and distinct partners


def test_build_totals_per_currency(built, truth):
    projects = built["result"].projects
    amounts = pd.to_numeric(projects["amount"], errors="coerce")
    for currency, total in truth[MARCH]["totals"].items():
        assert amounts[projects["currency"] == currency].sum() == pytest.approx(total, abs=1e-4), currency


def _manifest_files(result) -> dict[str, dict]:
    return {entry["file"]: entry for entry in result.manifest["files"]}


def test_build_manifest_counts_each_file(built, truth):
    entries = _manifest_files(built["result"])
    for name, counts in truth[MARCH]["files"].items():
        assert name in entries, name
        got = {k: entries[name][k] for k in counts if k != "partner"}
        assert got == {k: v for k, v in counts.items() if k != "partner"}, name


def test_build_manifest_accounts_for_every_row(built):
    for name, entry in _manifest_files(built["result"]).items():
        parts = entry["rows_loaded"] + entry["rows_rejected"] + entry["rows_skipped"]
        assert entry["rows_read"] == parts, name


def test_build_manifest_says_sample(built):
    assert built["result"].manifest["sample"] is True


def test_build_names_the_broken_file_as_an_error(built, truth):
    issues = built["result"].issues
    for name in truth[MARCH]["broken_files"]:
        assert ((issues["file"] == name) & (issues["severity"] == "error")).any(), name


def test_build_does_not_take_lock_or_side_files_for_submissions(built, truth):
    entries = _manifest_files(built["result"])
    for name in truth[MARCH]["not_submissions"]:
        if name == make_sample.LOCK_FILE and not (built["raw"] / name).exists():
            continue  # git-ignored (~$*) in this checkout
        assert name not in entries or entries[name]["status"] == "skipped", name


@pytest.mark.parametrize("kind", ["date", "amount", "currency", "title", "duplicate"])
def test_build_names_each_problem_row(built, truth, kind):
    issues = built["result"].issues
    rows = pd.to_numeric(issues["row"], errors="coerce")
    for where in (w for w in truth[MARCH]["issue_rows"] if w["kind"] == kind):
        named = (issues["file"] == where["file"]) & (rows == where["row"])
        assert named.any(), f"no issue on {where['file']} row {where['row']} ({kind})"


def test_build_counts_the_duplicate_once(built, truth):
    titles = built["result"].projects["title"].astype("str").str.strip()
    for where in truth[MARCH]["duplicates"]:
        assert (titles == where["title"]).sum() == 1


def test_build_leaves_the_raw_files_untouched(built):
    assert built["after"] == built["before"]


def test_build_coverage_shows_the_designed_orphan_thin_and_crowded(built, truth):
    coverage = getattr(built["result"], "coverage", None)
    if coverage is None:
        pytest.skip("this build makes no coverage table")
    design = truth[MARCH]["coverage"]
    status = coverage.loc[pd.to_numeric(coverage["year"]) == design["year"]].set_index("priority_code")[
        "status"
    ]
    assert (status[design["orphan"]], status[design["thin"]], status[design["crowded"]]) == (
        "orphan",
        "thin",
        "crowded",
    )


def test_build_maps_each_project_to_its_intended_priority(built, truth):
    """Declared priorities map exactly (with their split); the classifier finds the rest from the title.

    Projects intended as OTHER (outside the 2021 list) are not checked: UNMAPPED is also a fair answer.
    """
    result = built["result"]
    mapping = getattr(result, "mapping", None)
    if mapping is None:
        pytest.skip("this build exposes no mapping")
    ids = dict(
        zip(result.projects["title"].astype("str").str.strip(), result.projects["project_id"], strict=True)
    )
    for p in truth[MARCH]["projects"]:
        rows = mapping.loc[mapping["project_id"] == ids[p["title"]]]
        got = {
            code: round(float(share) * 100)
            for code, share in zip(rows["priority_code"], rows["share"], strict=True)
        }
        if p["declared_priority"]:
            assert got == p["priority_shares"], p["title"]
        elif p["priority"] != "OTHER":
            assert set(got) == {p["priority"]}, p["title"]


def test_june_build_finds_the_changes(built_june, truth):
    t = truth[JUNE]
    _check_projects(built_june["result"].projects, t["projects"])
    rows = _by_title(built_june["result"].projects)
    for title in t["changes"]["ended"]:
        assert str(rows[title]["status"].iloc[0]).casefold() in {"completed", "завершено"}, title
    assert not set(t["changes"]["gone"]) & set(rows)
    assert built_june["after"] == built_june["before"]
