"""Build folders: opened and validated by one function (issue 13 items 2 and 3), always whole, checked
against their manifest, free of formulas and made with the user's umask (issue 17)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from mtd_analysis import schema, store
from mtd_analysis.build import build
from mtd_analysis.store import (
    BuildFolderError,
    OutputFolderError,
    file_sha256,
    load_build,
    neutralise_formulas,
    output_lock,
    read_table,
    restore_formulas,
    staged_folder,
    verify_build,
    write_bytes,
    write_csv,
    write_json,
)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    raw = tmp_path_factory.mktemp("raw")
    (raw / "eu.csv").write_text(
        "Project code,Title,Partner,Beneficiary,Priority,Start date,End date,Budget,Currency\n"
        "EU-1,Custody records,EU,NPU,CUSTODY,2021-01-01,2021-12-31,1000,EUR\n"
        "EU-2,Border patrols,EU,SBGS,BORDER_SECURITY,2021-01-01,2021-12-31,3000,EUR\n"
    )
    out = tmp_path_factory.mktemp("out")
    build(raw, out, workers=1)
    return out


def test_load_build_returns_every_table_the_manifest_and_the_reference(built):
    folder = load_build(built)
    assert set(folder.tables) == {
        "projects", "issues", "allocations", "coverage", "subgroups", "overlaps", "duplication", "quality",
    }  # fmt: skip
    assert folder["projects"]["project_id"].tolist() == ["EU-1", "EU-2"]
    assert folder.manifest["totals"]["projects"] == 2
    assert set(folder.reference) == {"priorities", "rates", "column_aliases", "partners"}
    assert folder.reference["rates"]["uah_per_unit"].dtype == "float64"


def test_a_damaged_table_is_named_by_file_row_and_column(built, tmp_path):
    copy = tmp_path / "copy"
    copy.mkdir()
    for path in built.rglob("*"):
        if path.is_file():
            target = copy / path.relative_to(built)
            target.parent.mkdir(exist_ok=True)
            target.write_bytes(path.read_bytes())
    coverage = pd.read_csv(copy / "coverage.csv", dtype=str, keep_default_na=False)
    coverage.loc[2, "n_projects"] = "many"
    coverage.to_csv(copy / "coverage.csv", index=False)
    with pytest.raises(schema.TableError, match=r"coverage.csv row 4: n_projects 'many'"):
        load_build(copy)


def test_a_reference_table_changed_after_the_build_is_refused(built, tmp_path):
    copy = tmp_path / "copy"
    for path in built.rglob("*"):
        if path.is_file():
            target = copy / path.relative_to(built)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(path.read_bytes())
    with open(copy / "reference" / "rates.csv", "a", encoding="utf-8") as fh:
        fh.write("2021,XYZ,1.0\n")
    with pytest.raises(schema.TableError, match="reference/rates.csv .* was changed after the build"):
        load_build(copy)


@pytest.mark.parametrize("table", schema.TABLES)
def test_every_table_has_a_schema(table):
    assert len(schema.table_schema(table).columns) >= 1


def test_a_table_that_breaks_its_schema_is_not_written(tmp_path):
    allocations = pd.DataFrame(
        {"project_id": ["A"], "priority_code": ["X"], "subgroup": ["police"], "share": [1.5], "year": [2021]}
    )
    with pytest.raises(schema.TableError, match="allocations.csv row 2: share 1.5 is outside the range"):
        schema.check_table(allocations, "allocations", "allocations.csv")


# ---------------------------------------------------------------------------------------------------- issue 17
TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def a_build(folder, projects: pd.DataFrame):
    """A build folder written the way the build writes it: tables, then a manifest listing their hashes."""
    with staged_folder(folder, "build") as staging:
        path = write_csv(projects, staging / "projects.csv")
        write_json({"tables": {"projects.csv": {"sha256": file_sha256(path)}}}, staging / "manifest.json")
    return folder


# ------------------------------------------------------------------------------------------- whole folders
def test_a_second_run_replaces_the_folder_as_a_whole_and_leaves_nothing_stale(tmp_path):
    target = tmp_path / "report"
    with staged_folder(target, "report") as folder:
        write_bytes(folder / "summary.xlsx", b"first")
        write_bytes(folder / "figures" / "en" / "old-chart.png", b"png")
    with staged_folder(target, "report") as folder:
        write_bytes(folder / "summary.xlsx", b"second")
    assert sorted(p.relative_to(target).as_posix() for p in target.rglob("*")) == ["summary.xlsx"]
    assert (target / "summary.xlsx").read_bytes() == b"second"
    assert sorted(p.name for p in tmp_path.iterdir()) == [".report.lock", "report"]


def test_a_run_that_fails_half_way_leaves_the_previous_folder_whole(tmp_path):
    target = tmp_path / "out"
    a_build(target, pd.DataFrame({"title": ["Radios"], "amount": [1.0]}))
    before = {p.name: p.read_bytes() for p in target.iterdir()}
    with pytest.raises(OSError, match="disk full"):
        with staged_folder(target, "build") as folder:
            write_bytes(folder / "projects.csv", b"title\nhalf")
            raise OSError("disk full")
    assert {p.name: p.read_bytes() for p in target.iterdir()} == before
    assert not list(tmp_path.glob(".out.staging-*"))
    verify_build(target)


def test_a_killed_run_leaves_its_staging_folder_which_the_next_run_removes(tmp_path):
    leftover = tmp_path / ".out.staging-abc123"
    leftover.mkdir()
    (leftover / "projects.csv").write_text("half")
    with staged_folder(tmp_path / "out", "build") as folder:
        write_bytes(folder / "manifest.json", b"{}")
    assert not leftover.exists()


def test_a_folder_holding_other_files_is_never_replaced(tmp_path):
    target = tmp_path / "Documents"
    target.mkdir()
    (target / "thesis.docx").write_bytes(b"years of work")
    with pytest.raises(OutputFolderError, match="thesis.docx"):
        with staged_folder(target, "report"):
            pass
    assert (target / "thesis.docx").read_bytes() == b"years of work"


def test_a_build_folder_is_not_replaced_by_a_report(tmp_path):
    build = a_build(tmp_path / "out", pd.DataFrame({"title": ["Radios"]}))
    with pytest.raises(OutputFolderError, match="holds a build, not a report"):
        with staged_folder(build, "report"):
            pass
    verify_build(build)


def test_feedback_inside_a_report_folder_survives_the_next_report(tmp_path):
    with staged_folder(tmp_path / "report" / "feedback", "feedback") as folder:
        write_bytes(folder / "feedback_EU.xlsx", b"eu")
    with staged_folder(tmp_path / "report", "report") as folder:
        write_bytes(folder / "summary.xlsx", b"s")
    assert (tmp_path / "report" / "feedback" / "feedback_EU.xlsx").read_bytes() == b"eu"
    assert (tmp_path / "report" / "summary.xlsx").read_bytes() == b"s"


def test_a_second_run_into_a_busy_folder_stops_with_one_clear_line(tmp_path, monkeypatch):
    monkeypatch.setattr(store, "LOCK_WAIT_SECONDS", 0.2)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from mtd_analysis.store import output_lock\n"
            "with output_lock(sys.argv[1]):\n"
            "    print('held', flush=True)\n"
            "    time.sleep(60)\n",
            str(tmp_path / "out"),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(OutputFolderError) as busy:
            with output_lock(tmp_path / "out"):
                pass
        assert "\n" not in str(busy.value) and "another mtd-analysis run" in str(busy.value)
    finally:
        holder.kill()
        holder.wait()
    with output_lock(tmp_path / "out"):  # released when its holder dies
        pass


def test_outputs_respect_the_umask(tmp_path):
    previous = os.umask(0o027)
    try:
        with staged_folder(tmp_path / "out", "report") as folder:
            write_bytes(folder / "summary.xlsx", b"x")
            write_bytes(folder / "figures" / "a.png", b"x")
    finally:
        os.umask(previous)
    assert (tmp_path / "out" / "summary.xlsx").stat().st_mode & 0o777 == 0o640
    assert (tmp_path / "out").stat().st_mode & 0o777 == 0o750
    previous = os.umask(0o002)
    try:
        path = write_bytes(tmp_path / "shared.csv", b"x")
    finally:
        os.umask(previous)
    assert path.stat().st_mode & 0o777 == 0o664


# ------------------------------------------------------------------------------------ checked when read
def test_a_table_changed_after_the_build_is_refused_by_name(tmp_path):
    build = a_build(tmp_path / "out", pd.DataFrame({"title": ["Radios", "Cars"], "amount": [1.0, 2.0]}))
    (build / "projects.csv").write_text("title,amount\nRadios,1.0\n", encoding="utf-8")  # a row lost
    with pytest.raises(BuildFolderError, match=r"projects\.csv differs from its manifest"):
        verify_build(build)
    with pytest.raises(BuildFolderError, match=r"projects\.csv"):
        read_table(build, "projects.csv")


def test_a_missing_table_is_named(tmp_path):
    build = a_build(tmp_path / "out", pd.DataFrame({"title": ["Radios"]}))
    (build / "projects.csv").unlink()
    with pytest.raises(BuildFolderError, match=r"projects\.csv is missing"):
        verify_build(build)


def test_a_damaged_manifest_is_one_sentence_not_a_traceback(tmp_path):
    build = a_build(tmp_path / "out", pd.DataFrame({"title": ["Radios"]}))
    (build / "manifest.json").write_bytes(b'{"tables": ')
    with pytest.raises(BuildFolderError, match="manifest.json .* is damaged"):
        verify_build(build)


# ---------------------------------------------------------------------------------------------- formulas
def test_csv_cells_that_a_spreadsheet_would_run_get_a_leading_quote(tmp_path):
    frame = pd.DataFrame(
        {
            "title": ['=HYPERLINK("http://x")', "+380 44", "-minus", "@SUM(A1)", "\tTab", "\rCR", "Radios"],
            "amount": [-5.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0],
        }
    )
    path = write_csv(frame, tmp_path / "t.csv")
    written = pd.read_csv(path, dtype={"title": str}, keep_default_na=False)
    assert written["title"].tolist()[:5] == ["'" + t for t in frame["title"][:5]]
    assert written["title"].tolist()[5:] == ["\nCR", "Radios"]  # a lone CR would split the row
    assert written["amount"].tolist() == frame["amount"].tolist()  # -5.0 is a number, written as one
    assert read_table(tmp_path, "t.csv")["title"].tolist() == [*frame["title"][:5], "\nCR", "Radios"]


@given(
    st.lists(
        st.one_of(st.text(max_size=12), st.sampled_from(["'=x", "''-1", "'plain", "=", "'"])), max_size=8
    )
)
def test_neutralising_formulas_can_always_be_undone(texts):
    frame = pd.DataFrame({"text": pd.Series(texts, dtype=object), "number": range(len(texts))})
    safe = neutralise_formulas(frame)
    assert not any(isinstance(v, str) and (v.startswith(TRIGGERS) or "\r" in v) for v in safe["text"])
    unix = [t.replace("\r\n", "\n").replace("\r", "\n") for t in texts]
    assert restore_formulas(safe)["text"].tolist() == unix
    assert safe["number"].tolist() == list(range(len(texts)))
    assert frame["text"].tolist() == texts  # the input is not mutated


# ------------------------------------------------------------------------------------------------ workers
_POOL_IN_CHILD = """
import os, sys, time
from concurrent.futures import ProcessPoolExecutor
import multiprocessing as mp
from mtd_analysis.processes import die_with_parent
pool = ProcessPoolExecutor(1, mp_context=mp.get_context("fork"), initializer=die_with_parent)
print(pool.submit(os.getpid).result(), flush=True)
time.sleep(120)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
def test_a_killed_command_leaves_no_worker_behind(tmp_path):
    parent = subprocess.Popen([sys.executable, "-c", _POOL_IN_CHILD], stdout=subprocess.PIPE, text=True)
    worker = int(parent.stdout.readline())
    os.kill(worker, 0)  # alive
    parent.send_signal(signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            os.kill(worker, 0)
        except ProcessLookupError:
            break
        state = open(f"/proc/{worker}/stat").read().split()[2] if os.path.exists(f"/proc/{worker}") else "X"
        if state == "Z":  # dead, waiting for its reaper
            break
        time.sleep(0.1)
    else:
        os.kill(worker, signal.SIGKILL)
        pytest.fail("the worker outlived its killed parent")


def test_the_manifest_lists_hashes_that_match(tmp_path):
    build = a_build(tmp_path / "out", pd.DataFrame({"title": ["Radios"]}))
    manifest = json.loads((build / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["tables"]["projects.csv"]["sha256"] == file_sha256(build / "projects.csv")
