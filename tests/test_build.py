"""The build's accounting, determinism and hands-off treatment of raw files (issue 2, items 3 and 6).

A small submissions folder is written by hand in ``tmp_path``; every count below is known from how it was
written (see :func:`write_submissions`). The reference partner sheets (``../shared/reference``) are used
when present.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import struct
import subprocess
import sys
import zipfile
from functools import lru_cache
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

import mtd_analysis
from mtd_analysis.build import build, load_submissions, write_csv_atomic
from mtd_analysis.processes import Forked
from mtd_analysis.store import read_table

COUNT_KEYS = ("rows_read", "rows_loaded", "rows_rejected", "rows_skipped")
CORE_OUTPUTS = {"projects.csv", "issues.csv", "manifest.json"}

# ------------------------------------------------------------------------------------------ the folder


def eu_workbook() -> bytes:
    """eu.xlsx: a title block, a totals row and a note; a second project sheet; a lookup sheet.

    Sheet "Projects" (header on row 3): rows 4-6 projects, row 7 has an amount but no title or code
    (rejected), row 8 "Total" and row 9 a note (skipped): read 6 = 3 loaded + 1 rejected + 2 skipped.
    Sheet "Projects 2022" (header on row 1): row 2 a new project, row 3 the same project as Projects row 4
    (same partner, code, title, dates and amount: skipped as sent twice): read 2 = 1 loaded + 1 skipped.
    Sheet "Agencies": a lookup list, not a project table: nothing read.
    """
    header = ["Project code", "Title", "Beneficiary", "Start date", "End date", "Budget, EUR"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Projects"
    ws.append(["EU-funded technical assistance to the MIA system, status as of 15 March 2021"])
    ws.append([])
    ws.append(header)
    ws.append(["EU-01", "Mobile border patrols", "SBGS", "2021-01-01", "2021-12-31", 300000])
    ws.append(["EU-02", "Custody records", "NPU", "2021-03-01", "2022-02-28", 150000])
    ws.append(["EU-03", "=Shelters for survivors", "NPU; SMS", "2021-01-01", "2021-12-31", 50000])
    ws.append([None, None, "NPU", "2021-01-01", "2021-12-31", 5000])
    ws.append(["Total", None, None, None, None, 505000])
    ws.append(["Source: EU Delegation to Ukraine"])
    ws["B6"].data_type = "s"  # text that starts with "=", as typed after an apostrophe (not a formula)
    second = wb.create_sheet("Projects 2022")
    second.append(header)
    second.append(["EU-04", "Community policing pilots", "NPU", "2022-01-01", "2022-12-31", 80000])
    second.append(["EU-01", "Mobile border patrols", "SBGS", "2021-01-01", "2021-12-31", 300000])
    lookup = wb.create_sheet("Agencies")
    lookup.append(["Abbreviation", "Full name"])
    lookup.append(["NPU", "National Police of Ukraine"])
    lookup.append(["SBGS", "State Border Guard Service of Ukraine"])
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


UNDP_CSV = (
    "Назва проєкту;Донор;Бенефіціар;Період;Бюджет, грн\n"
    "Протидія торгівлі людьми;ПРООН;НПУ;2021;1 250 000,00\n"
    "Обладнання для ДМС;ПРООН;ДМС;2021-2022;300 000\n"
    "Усього;;;;1 550 000\n"
)

# Known by construction (see eu_workbook and UNDP_CSV).
EXPECTED_FILES = {
    "broken.xlsx": ("failed", 0, 0, 0, 0),
    "eu.xlsx": ("loaded", 11, 4, 1, 6),  # the Agencies sheet's 3 rows are read and skipped
    "notes.txt": ("not read", 1, 0, 0, 1),  # content, but no table of projects
    "undp.csv": ("loaded", 3, 2, 0, 1),
}
EXPECTED_SHEETS = {
    ("eu.xlsx", "Projects"): ("loaded", 6, 3, 1, 2),
    ("eu.xlsx", "Projects 2022"): ("loaded", 2, 1, 0, 1),
    ("eu.xlsx", "Agencies"): ("skipped", 3, 0, 0, 3),
    ("undp.csv", ""): ("loaded", 3, 2, 0, 1),
}
EXPECTED_LOADED = {
    ("eu.xlsx", "Projects", 4),
    ("eu.xlsx", "Projects", 5),
    ("eu.xlsx", "Projects", 6),
    ("eu.xlsx", "Projects 2022", 2),
    ("undp.csv", "", 2),
    ("undp.csv", "", 3),
}


def write_submissions(folder: Path) -> Path:
    """The hand-made submissions folder: two good files, a broken one, a text note and an Excel lock file."""
    folder.mkdir(parents=True, exist_ok=True)
    eu = eu_workbook()
    (folder / "eu.xlsx").write_bytes(eu)
    (folder / "undp.csv").write_bytes(UNDP_CSV.encode("cp1251"))
    (folder / "broken.xlsx").write_bytes(eu[: len(eu) // 3])
    (folder / "notes.txt").write_text("These files were sent before the meeting.\n", encoding="utf-8")
    (folder / "~$eu.xlsx").write_bytes(b"\x08Analyst" + bytes(150))
    return folder


def file_states(folder: Path) -> dict[str, tuple[str, int]]:
    """sha256 and modification time (ns) of every file under a folder."""
    return {
        p.relative_to(folder).as_posix(): (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def folder_bytes(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def loaded_keys(projects: pd.DataFrame) -> list[tuple[str, str, int]]:
    """(source_file, source_sheet, source_row) of every project; an NA sheet (text file) is ""."""
    sheets = projects["source_sheet"].astype(object).where(projects["source_sheet"].notna(), "")
    return sorted(zip(projects["source_file"], sheets, projects["source_row"].astype(int), strict=True))


def assert_accounted(manifest: dict, projects: pd.DataFrame) -> None:
    """The invariant: per file and sheet read = loaded + rejected + skipped, and loaded rows are the projects."""
    keys = loaded_keys(projects)
    assert len(keys) == len(set(keys)), "a source row appears twice in the projects table"
    for entry in manifest["files"]:
        assert entry["rows_read"] == entry["rows_loaded"] + entry["rows_rejected"] + entry["rows_skipped"]
        mine = [k for k in keys if k[0] == entry["file"]]
        assert len(mine) == entry["rows_loaded"], entry["file"]
        for sheet in entry["sheets"]:
            counts = [sheet.get(k, 0) for k in COUNT_KEYS]
            assert counts[0] == sum(counts[1:]), (entry["file"], sheet)
            on_sheet = [k for k in mine if k[1] == (sheet["sheet"] or "")]
            assert len(on_sheet) == counts[1], (entry["file"], sheet)
        assert sum(s.get("rows_read", 0) for s in entry["sheets"]) == entry["rows_read"]
    totals = manifest["totals"]
    for key in COUNT_KEYS:
        assert totals[key] == sum(e[key] for e in manifest["files"])
    assert totals["rows_loaded"] == totals["projects"] == len(projects)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """One build of the hand-made folder: (raw folder, out folder, result, raw file states before)."""
    raw = write_submissions(tmp_path_factory.mktemp("submissions") / "march")
    before = file_states(raw)
    out = tmp_path_factory.mktemp("out") / "first"
    result = build(raw, out, workers=2)
    return raw, out, result, before


# ------------------------------------------------------------------------------------------ accounting


def test_every_file_and_sheet_is_accounted_for(built):
    raw, out, result, _ = built
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    entries = {e["file"]: e for e in manifest["files"]}
    assert sorted(entries) == sorted(EXPECTED_FILES)
    for name, (status, *counts) in EXPECTED_FILES.items():
        assert entries[name]["status"] == status, name
        assert [entries[name][k] for k in COUNT_KEYS] == counts, name
    for (name, sheet_name), (status, *counts) in EXPECTED_SHEETS.items():
        (sheet,) = [s for s in entries[name]["sheets"] if (s["sheet"] or "") == sheet_name]
        assert sheet["status"] == status, (name, sheet_name)
        assert [sheet.get(k, 0) for k in COUNT_KEYS] == counts, (name, sheet_name)
    projects = pd.read_csv(out / "projects.csv")
    assert_accounted(manifest, projects)


def test_loaded_rows_are_exactly_the_rows_of_projects_csv(built):
    _, out, result, _ = built
    projects = pd.read_csv(out / "projects.csv")
    assert loaded_keys(projects) == sorted(EXPECTED_LOADED)
    assert loaded_keys(result.projects) == sorted(EXPECTED_LOADED)
    assert projects["project_id"].is_unique


def test_rejected_and_duplicate_rows_are_explained(built):
    _, out, _, _ = built
    issues = pd.read_csv(out / "issues.csv", dtype={"sheet": str, "column": str}, keep_default_na=False)
    on_projects = issues[(issues["file"] == "eu.xlsx") & (issues["sheet"] == "Projects")]
    rejected = on_projects[(on_projects["row"].astype(str) == "7") & (on_projects["severity"] == "error")]
    assert len(rejected) == 1
    assert "7" in rejected["message"].iloc[0]
    twice = issues[
        (issues["file"] == "eu.xlsx")
        & (issues["sheet"] == "Projects 2022")
        & (issues["row"].astype(str) == "3")
    ]
    assert twice["message"].str.contains("Projects").any(), twice["message"].tolist()
    broken = issues[(issues["file"] == "broken.xlsx") & (issues["severity"] == "error")]
    assert len(broken) >= 1 and broken["message"].str.contains("broken.xlsx").all()


def test_formula_like_title_is_neutralised_in_projects_csv_and_read_back_as_written(built):
    _, out, _, _ = built
    raw = pd.read_csv(out / "projects.csv", dtype=str)
    (title,) = raw.loc[(raw["source_file"] == "eu.xlsx") & (raw["source_row"] == "6"), "title"]
    assert title == "'=Shelters for survivors"  # a spreadsheet shows it as text, never runs it
    projects = read_table(out, "projects.csv")
    (title,) = projects.loc[(projects["source_file"] == "eu.xlsx") & (projects["source_row"] == 6), "title"]
    assert title == "=Shelters for survivors"


def test_lock_file_is_listed_as_ignored_not_read(built):
    _, out, result, _ = built
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert [i["file"] for i in manifest["ignored"]] == ["~$eu.xlsx"]
    assert "~$eu.xlsx" not in {e["file"] for e in manifest["files"]}
    assert not (result.issues["file"] == "~$eu.xlsx").any()


# ------------------------------------------------------------------------------------------ manifest


def test_manifest_fields(built):
    raw, out, result, _ = built
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["version"] == mtd_analysis.__version__
    assert manifest["sample"] is False
    assert manifest["options"]["year"] == 2021
    assert manifest["options"]["strict"] is False
    for entry in manifest["files"]:
        assert entry["sha256"] == hashlib.sha256((raw / entry["file"]).read_bytes()).hexdigest()
        assert entry["status"] in {"loaded", "skipped", "failed", "not read"}
        for key in COUNT_KEYS:
            assert isinstance(entry[key], int) and entry[key] >= 0
    totals = manifest["totals"]
    assert (totals["files"], totals["files_loaded"], totals["files_failed"], totals["files_skipped"]) == (
        4,
        2,
        1,
        0,
    )
    assert totals["files_not_read"] == 1
    assert [totals[k] for k in COUNT_KEYS] == [15, 6, 1, 8]
    assert totals["projects"] == 6
    assert json.loads(json.dumps(result.manifest, default=str)) == manifest


# ------------------------------------------------------------------------------------------ outputs


def test_outputs_are_byte_identical_across_builds(built, tmp_path):
    raw, out, _, _ = built
    first = folder_bytes(out)
    assert CORE_OUTPUTS <= set(first)
    again = tmp_path / "again"
    build(raw, again, workers=1)
    assert folder_bytes(again) == first
    build(raw, out, workers=2)  # over the first build's files
    assert folder_bytes(out) == first


def test_outputs_do_not_depend_on_the_hash_seed(tmp_path):
    # two processes with different string hash seeds iterate sets of text in different orders: nothing written
    # may depend on that order (a tie between two sheets' languages once did)
    raw = Path(__file__).resolve().parents[1] / "data" / "raw" / "sample"
    written = []
    for seed in ("1", "2"):
        out = tmp_path / f"seed{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run(
            [sys.executable, "-m", "mtd_analysis", "build", str(raw), "--out", str(out), "--quiet"],
            check=True,
            env=env,
            capture_output=True,
        )
        written.append(folder_bytes(out))
    assert CORE_OUTPUTS <= set(written[0])
    assert written[0] == written[1]


def test_no_temporary_files_are_left(built):
    _, out, result, _ = built
    names = sorted(p.name for p in out.iterdir())
    assert not [n for n in names if n.startswith(".") or n.endswith((".tmp", ".part"))], names
    on_disk = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert sorted(p.relative_to(out).as_posix() for p in result.written) == on_disk
    assert "reference/priorities.csv" in on_disk  # the build carries the list it used
    assert not list(out.parent.glob(f".{out.name}.staging-*"))


def test_a_failed_write_leaves_the_old_file_whole(tmp_path, monkeypatch):
    path = tmp_path / "projects.csv"
    old = pd.DataFrame({"title": ["Custody records"], "amount": [150000.0]})
    write_csv_atomic(old, path)
    before = path.read_bytes()

    import mtd_analysis.store as outputs

    real_fdopen = outputs.os.fdopen

    class HalfThenFail:
        """The temporary file gets half a row, then the disk is full."""

        def __init__(self, handle, mode):
            self.stream = real_fdopen(handle, mode)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.stream.close()

        def write(self, content):
            self.stream.write(content[:20])
            raise OSError("disk full")

    monkeypatch.setattr(outputs.os, "fdopen", HalfThenFail)
    with pytest.raises(OSError):
        write_csv_atomic(pd.DataFrame({"title": ["new"], "amount": [1.0]}), path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["projects.csv"]


def test_raw_files_are_untouched(built):
    raw, out, _, before = built
    assert file_states(raw) == before
    assert out.resolve() not in {p.resolve() for p in raw.rglob("*")}


# ------------------------------------------------------------------------------------------ strict


def test_strict_counts_error_issues(built, tmp_path):
    raw, _, _, _ = built
    result = build(raw, tmp_path / "strict", strict=True, workers=1)
    issues = pd.read_csv(tmp_path / "strict" / "issues.csv")
    assert result.n_errors == int((issues["severity"] == "error").sum())
    assert result.n_errors >= 2  # the broken workbook and the row without a title
    assert result.manifest["options"]["strict"] is True
    assert CORE_OUTPUTS <= {p.name for p in (tmp_path / "strict").iterdir()}  # written all the same


def test_clean_folder_has_no_errors(tmp_path):
    raw = tmp_path / "clean"
    raw.mkdir()
    (raw / "undp.csv").write_bytes(UNDP_CSV.encode("cp1251"))
    result = build(raw, tmp_path / "out", strict=True, workers=1)
    assert result.n_errors == 0
    assert len(result.projects) == 2


def test_folder_without_a_single_issue_builds(tmp_path):
    # one project with every field in order: nothing to report, so issues.csv is its header alone
    raw = tmp_path / "spotless"
    raw.mkdir()
    (raw / "undp.csv").write_text(
        "Title,Partner,Beneficiary,Period,Budget EUR\nCustody cameras,UNDP,NPU,2021-2022,2500\n",
        encoding="utf-8",
    )
    result = build(raw, tmp_path / "out", workers=1)
    assert result.n_errors == 0
    assert loaded_keys(result.projects) == [("undp.csv", "", 2)]
    issues = pd.read_csv(tmp_path / "out" / "issues.csv")
    assert int((issues["severity"] == "error").sum()) == 0


def test_missing_folder_raises_file_not_found(tmp_path):
    with pytest.raises(FileNotFoundError):
        load_submissions(tmp_path / "nowhere")


# ------------------------------------------------------------------------------------------ reference sheets


@lru_cache(maxsize=1)
def _reference_load(folder: str):
    return load_submissions(Path(folder), workers=2)


def test_reference_partner_sheets_are_accounted_for(reference_dir):
    folder = reference_dir / "partner-sheets"
    if not folder.is_dir():
        pytest.skip("partner-sheets is not present")
    projects, issues, manifest = _reference_load(str(folder))
    names = sorted(p.name for p in folder.iterdir() if p.is_file())
    assert sorted(e["file"] for e in manifest["files"]) == names
    assert_accounted(manifest, projects)
    for entry in manifest["files"]:
        assert entry["status"] != "failed", (entry["file"], issues[issues["file"] == entry["file"]])


def test_reference_who_does_what_where_sheets_load_no_projects(reference_dir):
    """The 3W/4W/HXL sheets list organisations and places, with no amount or beneficiary: not project lists."""
    folder = reference_dir / "partner-sheets"
    if not folder.is_dir():
        pytest.skip("partner-sheets is not present")
    projects, issues, manifest = _reference_load(str(folder))
    assert len(projects) == 0
    for entry in manifest["files"]:
        assert entry["status"] == "not read", entry["file"]  # content, but no table of projects
        assert entry["rows_loaded"] == 0
        assert entry["rows_read"] == entry["rows_skipped"] > 0
        mine = issues[issues["file"] == entry["file"]]
        explained = mine["message"].str.contains(r"no (?:project )?table|not a (?:project )?table|not loaded")
        assert explained.any(), (entry["file"], mine["message"].tolist())
        for sheet in entry["sheets"]:  # every skipped sheet has its reason
            on_sheet = mine[mine["sheet"] == sheet["sheet"]]
            assert len(on_sheet) >= 1, (entry["file"], sheet["sheet"])


# ------------------------------------------------------------------------------------------ memory

_FAR_CELL = b'<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>'


def with_part(xlsx: bytes, name: str, content: bytes) -> bytes:
    """The same workbook with one part's content replaced."""
    source = zipfile.ZipFile(io.BytesIO(xlsx))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info, content if info.filename == name else source.read(info))
    return buffer.getvalue()


def lying_size(xlsx: bytes, name: str, declared: int) -> bytes:
    """A bomb that lies: one part's uncompressed size rewritten in its local header and directory entry."""
    data = bytearray(xlsx)
    info = zipfile.ZipFile(io.BytesIO(xlsx)).getinfo(name)
    struct.pack_into("<I", data, info.header_offset + 22, declared)
    start = data.find(b"PK\x01\x02")
    while start != -1:
        length = struct.unpack_from("<H", data, start + 28)[0]
        if bytes(data[start + 46 : start + 46 + length]) == name.encode():
            struct.pack_into("<I", data, start + 24, declared)
        start = data.find(b"PK\x01\x02", start + 4)
    return bytes(data)


def hostile_folder(folder: Path) -> Path:
    """Hostile and broken files beside one good file."""
    folder.mkdir(parents=True)
    wb = openpyxl.Workbook()
    wb.active.append(["Title", "Beneficiary", "Period", "Budget, EUR"])
    wb.active.append(["Mobile border patrols", "SBGS", "2021", 300000])
    buffer = io.BytesIO()
    wb.save(buffer)
    good = buffer.getvalue()
    sheet = zipfile.ZipFile(io.BytesIO(good)).read("xl/worksheets/sheet1.xml")
    (folder / "good.xlsx").write_bytes(good)
    (folder / "far-cell.xlsx").write_bytes(
        with_part(good, "xl/worksheets/sheet1.xml", sheet.replace(b"</sheetData>", _FAR_CELL))
    )
    (folder / "bomb.xlsx").write_bytes(
        with_part(good, "xl/worksheets/sheet1.xml", sheet + b"<!--" + b" " * (16 * 2**20) + b"-->")
    )
    liar = with_part(good, "xl/worksheets/sheet1.xml", sheet + b"<!--" + b" " * (16 * 2**20) + b"-->")
    (folder / "liar.xlsx").write_bytes(lying_size(liar, "xl/worksheets/sheet1.xml", 5000))
    laughs = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">' + b"".join(
        b'<!ENTITY %s "%s">' % (bytes([c]), (b"&%s;" % bytes([c - 1])) * 10) for c in range(98, 106)
    )
    (folder / "laughs.xlsx").write_bytes(
        with_part(good, "xl/worksheets/sheet1.xml", laughs + b"]>" + sheet[sheet.index(b"<worksheet") :])
    )
    (folder / "zero.xlsx").write_bytes(b"")
    (folder / "truncated.xlsx").write_bytes(good[: len(good) // 2])
    (folder / "page.xls").write_bytes(b"<html><body><p>Session expired: sign in again</p></body></html>")
    return folder


# The child's own peak from /proc (VmHWM): ru_maxrss of an exec'd child keeps the pytest process's peak on Linux.
_BUILD_IN_CHILD = """
import json, resource, sys
from mtd_analysis.build import build
result = build(sys.argv[1], sys.argv[2], workers=2)
own_kb = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM"))
peak_kb = max(own_kb, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
print(json.dumps({"peak_kb": peak_kb, "files": {e["file"]: e["status"] for e in result.manifest["files"]}}))
"""


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="peak memory read from /proc")
def test_peak_memory_stays_under_1_gb_on_hostile_input(tmp_path):
    raw = hostile_folder(tmp_path / "hostile")
    before = file_states(raw)
    child = subprocess.run(
        [sys.executable, "-c", _BUILD_IN_CHILD, str(raw), str(tmp_path / "out")],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
        env={**os.environ, "PYTHONWARNINGS": "ignore"},
    )
    assert child.returncode == 0, child.stderr[-3000:]
    report = json.loads(child.stdout.strip().splitlines()[-1])
    assert report["peak_kb"] < 1024 * 1024, f"peak {report['peak_kb'] / 1024:.0f} MB"
    assert report["files"]["good.xlsx"] == "loaded"
    assert report["files"]["far-cell.xlsx"] == "loaded"  # its table, without the stray cell at XFD1048576
    for name in (
        "bomb.xlsx",
        "liar.xlsx",
        "laughs.xlsx",
        "zero.xlsx",
        "truncated.xlsx",
        "page.xls",
    ):
        assert report["files"][name] == "failed", name
    assert file_states(raw) == before


@pytest.mark.parametrize("content", [None, b"x", b"<html><body><table></table></body></html>"])
def test_a_folder_with_nothing_loadable_still_writes_every_output(tmp_path, content):
    """An empty folder, or one holding only a broken file: the build writes its tables and names the file."""
    raw = tmp_path / "raw"
    raw.mkdir()
    if content is not None:
        (raw / "partner.xlsx").write_bytes(content)
    result = build(raw, tmp_path / "out", year=2021)
    for name in (
        "projects.csv",
        "issues.csv",
        "manifest.json",
        "allocations.csv",
        "coverage.csv",
        "quality.csv",
    ):
        assert (tmp_path / "out" / name).exists(), name
    assert len(result.projects) == 0
    if content is not None:
        errors = result.issues[result.issues["severity"] == "error"]
        assert errors["file"].tolist() == ["partner.xlsx"]
        assert result.manifest["files"][0]["status"] == "failed"


# ------------------------------------------------------------------------- issue 17: whole, bounded, contained
def small_submissions(folder: Path) -> Path:
    """One clean CSV (two projects) and the sample's ODS-free minimum: every count known by construction."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "eu.csv").write_text(
        "Title,Partner,Beneficiary,Start date,End date,Budget,Currency\n"
        "Mobile border patrols,EU,SBGS,2021-01-01,2021-12-31,300000,EUR\n"
        "Custody records,EU,NPU,2021-03-01,2022-02-28,150000,EUR\n",
        encoding="utf-8",
    )
    return folder


@pytest.mark.parametrize(
    "out",
    [lambda raw: raw, lambda raw: raw / "out", lambda raw: raw / "a" / "b"],
    ids=["equal", "inside", "deep-inside"],
)
def test_an_output_folder_inside_the_submissions_is_refused_before_any_work(tmp_path, out):
    raw = small_submissions(tmp_path / "raw")
    before = folder_bytes(raw)
    with pytest.raises(ValueError, match="inside the submissions folder") as refused:
        build(raw, out(raw), workers=1)
    assert "\n" not in str(refused.value)
    assert folder_bytes(raw) == before and sorted(p.name for p in raw.iterdir()) == ["eu.csv"]


def test_an_output_folder_holding_the_submissions_is_refused(tmp_path):
    raw = small_submissions(tmp_path / "out" / "raw")
    with pytest.raises(ValueError, match="contains the submissions folder"):
        build(raw, tmp_path / "out", workers=1)
    assert (raw / "eu.csv").is_file()


@pytest.mark.parametrize(
    ("raw", "out", "words"),
    [
        ("", "out", "submissions folder is an empty path"),
        ("raw", "", "output folder is an empty path"),
        ("raw", "o" * 5000, "too long"),
        ("raw", "x/" + "n" * 300, "too long"),
    ],
)
def test_empty_and_over_long_paths_are_refused_in_one_sentence(tmp_path, monkeypatch, raw, out, words):
    small_submissions(tmp_path / "raw")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ValueError, match=words):
        build(raw, out, workers=1)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["raw"]


def test_a_rebuild_leaves_no_stale_file_and_a_failed_one_leaves_the_old_build_whole(tmp_path, monkeypatch):
    raw = small_submissions(tmp_path / "raw")
    out = tmp_path / "out"
    build(raw, out, workers=1)
    (out / "diff.csv").write_text("stale\n", encoding="utf-8")  # from a diff against an older build
    build(raw, out, workers=1)
    assert not (out / "diff.csv").exists()
    before = folder_bytes(out)

    (raw / "uk.csv").write_text("Title,Budget\nRadios,1000\n", encoding="utf-8")
    import mtd_analysis.build as build_module

    written = []

    def fail_on_the_third_table(frame, path):
        if len(written) == 2:
            raise OSError(28, "No space left on device")
        written.append(path)
        return write_csv_atomic(frame, path)

    monkeypatch.setattr(build_module, "write_csv_atomic", fail_on_the_third_table)
    with pytest.raises(OSError, match="No space left"):
        build(raw, out, workers=1)
    assert folder_bytes(out) == before  # the previous build, whole: not two new tables beside seven old ones
    assert not list(tmp_path.glob(".out.staging-*"))


def test_the_manifest_lists_every_table_with_its_hash_and_readers_refuse_a_changed_one(tmp_path):
    from mtd_analysis.outputs.changes import diff_dirs
    from mtd_analysis.outputs.feedback import write_feedback
    from mtd_analysis.outputs.report import ReportInputError, read_build
    from mtd_analysis.store import BuildFolderError

    raw = small_submissions(tmp_path / "raw")
    out = tmp_path / "out"
    result = build(raw, out, workers=1)
    tables = result.manifest["tables"]
    assert sorted(tables) == sorted(p.name for p in out.iterdir() if p.suffix == ".csv")
    for name, entry in tables.items():
        assert entry["sha256"] == hashlib.sha256((out / name).read_bytes()).hexdigest()
    assert tables["projects.csv"]["rows"] == 2

    with open(out / "projects.csv", "a", encoding="utf-8") as fh:  # a row more than the manifest knows
        fh.write("X,EU,Extra,,,,,,,,,,,,,,,,,,,,\n")
    for read in (
        lambda: read_build(out),
        lambda: write_feedback(out, tmp_path / "feedback"),
        lambda: diff_dirs(out, out, to=tmp_path / "diff"),
    ):
        with pytest.raises(
            (BuildFolderError, ReportInputError), match=r"projects\.csv differs from its manifest"
        ):
            read()
    assert not (tmp_path / "feedback").exists() and not (tmp_path / "diff").exists()


def test_links_leaving_the_submissions_folder_are_not_followed_and_are_named(tmp_path):
    raw = small_submissions(tmp_path / "raw")
    secret = tmp_path / "elsewhere"
    secret.mkdir()
    (secret / "salaries.csv").write_text("Title,Budget\nSecret,1\n", encoding="utf-8")
    (raw / "salaries.csv").symlink_to(secret / "salaries.csv")
    (raw / "elsewhere").symlink_to(secret, target_is_directory=True)
    (raw / "loop.csv").symlink_to(raw / "loop.csv")
    (raw / "again.csv").symlink_to(raw / "eu.csv")  # inside the folder: read like any file
    projects, issues, manifest = load_submissions(raw, workers=1)
    assert sorted(e["file"] for e in manifest["files"]) == ["again.csv", "eu.csv"]
    assert "Secret" not in set(projects["title"])
    notes = issues[issues["kind"] == "file"].set_index("file")
    assert "outside the submissions folder" in notes.loc["salaries.csv", "message"]
    assert "outside the submissions folder" in notes.loc["elsewhere", "message"]
    assert "loops" in notes.loc["loop.csv", "message"]
    assert set(notes.loc[["salaries.csv", "elsewhere", "loop.csv"], "severity"]) == {"info"}


def test_a_period_in_a_start_cell_costs_that_cell_not_the_sheet(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    wb = openpyxl.Workbook()
    wb.active.append(["Title", "Partner", "Budget", "Currency", "Start", "End"])
    wb.active.append(["Radios", "EU", 1000, "EUR", "2021-01-01", "2021-12-31"])
    wb.active.append(["Cars", "EU", 2000, "EUR", "2021-2050", "2021-12-31"])
    wb.active.append(["Boats", "EU", 3000, "EUR", "2021-03-01", "2021-12-31"])
    wb.save(raw / "eu.xlsx")
    projects, issues, manifest = load_submissions(raw, workers=1)
    (entry,) = manifest["files"]
    assert entry["status"] == "loaded" and (entry["rows_read"], entry["rows_loaded"]) == (3, 3)
    cars = projects.set_index("title").loc["Cars"]
    assert pd.isna(cars["start_date"]) and cars["end_date"] == "2021-12-31"
    (error,) = issues[issues["severity"] == "error"].itertuples()
    assert (error.row, error.column) == (3, "E3") and "2050" in error.message


def test_a_truncated_xls_that_panics_the_engine_costs_that_file_only(tmp_path):
    sample = mtd_analysis.config.SAMPLE_DIR / "2021-03" / "uk_2021-03.xls"
    raw = small_submissions(tmp_path / "raw")
    (raw / "uk.xls").write_bytes(sample.read_bytes()[:4096])  # python-calamine raises a PanicException here
    child = subprocess.run(
        [
            sys.executable,
            "-m",
            "mtd_analysis",
            "build",
            str(raw),
            "--out",
            str(tmp_path / "out"),
            "--workers",
            "2",
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert child.returncode == 0, child.stderr[-2000:]
    assert "Traceback" not in child.stderr and "panicked" not in child.stderr, child.stderr[-2000:]
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text(encoding="utf-8"))
    status = {e["file"]: e["status"] for e in manifest["files"]}
    assert status == {"eu.csv": "loaded", "uk.xls": "failed"}
    issues = read_table(tmp_path / "out", "issues.csv")
    assert (
        issues.loc[(issues["file"] == "uk.xls") & (issues["severity"] == "error"), "message"]
        .str.contains("uk.xls")
        .any()
    )


def test_implausible_and_non_finite_amounts_are_errors_kept_out_of_the_totals(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    wb = openpyxl.Workbook()
    wb.active.append(["Title", "Partner", "Beneficiary", "Start date", "End date", "Budget", "Currency"])
    wb.active.append(["Radios", "EU", "NPU", "2021-01-01", "2021-12-31", 300000, "EUR"])
    wb.active.append(["Typo", "EU", "NPU", "2021-01-01", "2021-12-31", 1e15, "EUR"])
    wb.active.append(
        ["Hryvnias", "EU", "NPU", "2021-01-01", "2021-12-31", 3e9, "UAH"]
    )  # ~90 M EUR: plausible
    wb.save(raw / "eu.xlsx")
    result = build(raw, tmp_path / "out", workers=1)
    by_title = result.projects.set_index("title")
    assert pd.isna(by_title.loc["Typo", "amount"])
    assert by_title.loc["Hryvnias", "amount"] == 3e9
    errors = result.issues[(result.issues["kind"] == "amount") & (result.issues["severity"] == "error")]
    assert errors[["row", "column"]].values.tolist() == [[3, "F3"]]
    assert "1,000,000,000 EUR" in errors["message"].iloc[0]
    money = [c for c in result.allocations.columns if c == "amount_eur"]
    assert money and result.allocations[money[0]].sum() < 1e9  # the typo is in no total

    from mtd_analysis.build import implausible_amounts, projects_frame

    rates = pd.DataFrame({"year": [2021], "currency": ["EUR"], "uah_per_unit": [32.0]})
    odd = projects_frame(
        [{"title": "Inf", "amount": float("inf"), "currency": "EUR", "source_file": "a.csv", "source_row": 2}]
    )
    kept, (error,) = implausible_amounts(odd, rates)
    assert pd.isna(kept["amount"].iloc[0]) and "not a finite number" in error["message"]


def test_nul_and_control_characters_never_reach_projects_csv(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    # the NUL comes after the first kilobytes, which are what decides that a file is text, not binary
    rows = [f"Project {n},EU,NPU,2021-01-01,2021-12-31,{1000 + n}" for n in range(60)]
    (raw / "eu.csv").write_bytes(
        b"Title,Partner,Beneficiary,Start date,End date,Budget\n"
        + "\n".join(rows).encode()
        + b"\nRa\x00dios\x07,EU,NPU,2021-01-01,2021-12-31,1000\n"
    )
    result = build(raw, tmp_path / "out", workers=1)
    written = (tmp_path / "out" / "projects.csv").read_bytes()
    assert b"\x00" not in written and b"\x07" not in written
    assert len(result.projects) == 61 and "Radios" in set(result.projects["title"])
    notes = result.issues[result.issues["kind"] == "text"]
    assert notes[["row", "column", "severity"]].values.tolist() == [[62, "A62", "info"]]


_ODS_REPEATED = (
    '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
    '<office:body><office:spreadsheet><table:table table:name="Projects"><table:table-row>'
    + "".join(
        f'<table:table-cell office:value-type="string"><text:p>{h}</text:p></table:table-cell>'
        for h in ("Title", "Budget")
    )
    + '</table:table-row><table:table-row table:number-rows-repeated="1000000">'
    '<table:table-cell office:value-type="string"><text:p>Radios</text:p></table:table-cell>'
    '<table:table-cell office:value-type="float" office:value="1000"><text:p>1000</text:p></table:table-cell>'
    "</table:table-row></table:table></office:spreadsheet></office:body></office:document-content>"
)


def repeated_row_ods() -> bytes:
    """A 1 KB spreadsheet whose second row is repeated a million times (issue 17: 1.26 GB, 45 s)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("content.xml", _ODS_REPEATED)
    return buffer.getvalue()


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="peak memory read from /proc")
def test_several_hostile_spreadsheets_in_parallel_stay_well_under_1_gb(tmp_path):
    raw = small_submissions(tmp_path / "raw")
    for n in range(3):
        (raw / f"repeated-{n}.ods").write_bytes(repeated_row_ods())
    wb = openpyxl.Workbook()
    wb.active.append(["Title", "Budget"])
    wb.active.append(["Radios", 1000])
    wb.active["S1048576"] = "stray"
    for n in range(3):
        wb.save(raw / f"stray-{n}.xlsx")
    child = subprocess.run(
        [sys.executable, "-c", _BUILD_IN_CHILD, str(raw), str(tmp_path / "out")],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
    )
    assert child.returncode == 0, child.stderr[-3000:]
    report = json.loads(child.stdout.strip().splitlines()[-1])
    assert report["peak_kb"] < 400 * 1024, f"peak {report['peak_kb'] / 1024:.0f} MB"
    assert {f: s for f, s in report["files"].items() if f.startswith("repeated")} == dict.fromkeys(
        (f"repeated-{n}.ods" for n in range(3)), "failed"
    )
    assert {f: s for f, s in report["files"].items() if f.startswith("stray")} == dict.fromkeys(
        (f"stray-{n}.xlsx" for n in range(3)), "loaded"
    )


def test_build_outputs_respect_the_umask(tmp_path):
    raw = small_submissions(tmp_path / "raw")
    previous = os.umask(0o022)
    try:
        build(raw, tmp_path / "out", workers=1)
    finally:
        os.umask(previous)
    assert (tmp_path / "out").stat().st_mode & 0o777 == 0o755
    entries = list((tmp_path / "out").rglob("*"))
    assert {(p.stat().st_mode & 0o777) for p in entries if p.is_file()} == {0o644}
    assert {(p.stat().st_mode & 0o777) for p in entries if p.is_dir()} <= {0o755}


def test_an_unusable_needs_file_costs_the_needs_not_the_build(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    book = openpyxl.Workbook()
    book.active.append(["Project title", "Amount", "Currency", "Start", "End"])
    book.active.append(
        ["Shelters for survivors of domestic violence", 1000, "EUR", "2021-01-01", "2021-12-31"]
    )
    book.save(raw / "eu.xlsx")
    (raw / "needs.csv").write_bytes(b"\xff\xfe\x00\x01 not a table")  # binary bytes named .csv
    result = build(raw, tmp_path / "out")
    assert len(result.projects) == 1  # the submission is read all the same
    needs_issues = result.issues[result.issues["file"].eq("needs.csv")]
    assert needs_issues["severity"].tolist() == ["error"]
    assert "no needs were used" in needs_issues["message"].item()
    assert "needs_eur" not in result.coverage or result.coverage["needs_eur"].isna().all()


# ------------------------------------------------------------------------------------------ worker deaths and hangs


def _reader_that_dies_or_hangs(path, rel, *args):
    """A reading worker's task that kills its worker on ``dies.csv`` and hangs on ``zz_hangs.csv``."""
    import time

    from mtd_analysis import build as build_module

    if rel == "dies.csv":
        os._exit(3)
    if rel == "zz_hangs.csv":
        time.sleep(60)
    return build_module.read_file(path, rel, *args)


def _many_csv_files(raw: Path, n: int) -> list[str]:
    names = []
    for k in range(n):
        name = f"partner{k:02d}.csv"
        (raw / name).write_text(f"Title;Amount, EUR\nProject {k} radios;{1000 + k}\n", encoding="utf-8")
        names.append(name)
    return names


def test_a_worker_that_dies_costs_its_file_only_and_every_other_file_loads(tmp_path, monkeypatch):
    from mtd_analysis import build as build_module

    raw = tmp_path / "raw"
    raw.mkdir()
    names = _many_csv_files(raw, 12)
    (raw / "dies.csv").write_text("Title;Amount, EUR\nBoats;5\n", encoding="utf-8")
    monkeypatch.setattr(build_module, "read_file_safely", _reader_that_dies_or_hangs)
    projects, issues, manifest = load_submissions(raw, workers=2)
    status = {f["file"]: f["status"] for f in manifest["files"]}
    assert status == {**dict.fromkeys(names, "loaded"), "dies.csv": "failed"}
    assert sorted(projects["source_file"]) == names  # one project per other file
    died = issues[issues["file"] == "dies.csv"]["message"].tolist()
    assert len(died) == 1 and died[0].startswith("dies.csv: the spreadsheet engine crashed on this file")


def test_a_file_that_hangs_is_stopped_after_the_timeout_and_the_files_before_it_load(tmp_path, monkeypatch):
    from mtd_analysis import build as build_module

    raw = tmp_path / "raw"
    raw.mkdir()
    names = _many_csv_files(raw, 6)  # read before zz_hangs.csv (files are read in name order)
    (raw / "zz_hangs.csv").write_text("Title;Amount, EUR\nBoats;5\n", encoding="utf-8")
    monkeypatch.setattr(build_module, "read_file_safely", _reader_that_dies_or_hangs)
    monkeypatch.setattr(build_module, "FILE_TIMEOUT_SECONDS", 2)
    projects, issues, manifest = load_submissions(raw, workers=1)
    status = {f["file"]: f["status"] for f in manifest["files"]}
    assert status == {**dict.fromkeys(names, "loaded"), "zz_hangs.csv": "failed"}
    assert sorted(projects["source_file"]) == names
    hung = issues[issues["file"] == "zz_hangs.csv"]["message"].tolist()
    assert hung == [
        "zz_hangs.csv: reading took longer than 2 s and was stopped; please open it in Excel and save it again"
    ]


def test_the_funding_done_in_a_second_process_gives_the_same_tables(tmp_path, monkeypatch):
    """Above a size, the mapping, allocation and coverage are done by a forked worker while the overlaps' texts
    are read here, and the reckoning after the overlaps (duplication, issues, quality) by another while the
    overlaps table is written (not in the largest builds, for memory): the same bytes as all in one process, and the
    same issues in the same order."""
    import mtd_analysis.build as build_module

    sample = Path(__file__).resolve().parents[1] / "data" / "raw" / "sample" / "2021-06"
    monkeypatch.setattr(build_module, "_FUNDING_AHEAD_MIN_PROJECTS", 10**9)  # in this process
    here = build(sample, tmp_path / "here", date="2021-06-10")
    started = []
    monkeypatch.setattr(build_module, "_FUNDING_AHEAD_MIN_PROJECTS", 1)  # in a worker
    monkeypatch.setattr(build_module, "Forked", lambda f, *a: started.append(f.__name__) or Forked(f, *a))
    ahead = build(sample, tmp_path / "ahead", date="2021-06-10")
    assert started == ["_funding", "_write_tables", "_after_overlaps"]
    started.clear()
    monkeypatch.setattr(
        build_module, "_RECKONING_AHEAD_MAX_PROJECTS", 1
    )  # the reckoning after the overlaps here
    large = build(sample, tmp_path / "large", date="2021-06-10")
    assert started == ["_funding", "_write_tables"]
    assert len(here.overlaps) > 0 and len(here.issues) > 0
    for other, folder in ((ahead, "ahead"), (large, "large")):
        pd.testing.assert_frame_equal(other.overlaps, here.overlaps)
        pd.testing.assert_frame_equal(other.issues, here.issues)
        pd.testing.assert_frame_equal(other.allocations, here.allocations)
        for name in here.manifest["tables"]:
            assert (tmp_path / "here" / name).read_bytes() == (tmp_path / folder / name).read_bytes(), name


@pytest.mark.parametrize("first, second", [("en", "uk"), ("uk", "en")])
def test_a_files_language_of_two_sheets_as_common_is_the_first_sheets(tmp_path, first, second):
    # one loaded sheet in English and one in Ukrainian: a tie, settled by sheet order (it had been settled by a
    # set's order, which changes between runs, and so did manifest.json and quality.csv)
    heads = {
        "en": ["Project title", "Donor", "Beneficiary", "Start date", "End date", "Budget, EUR"],
        "uk": ["Назва проєкту", "Донор", "Бенефіціар", "Дата початку", "Дата завершення", "Бюджет, євро"],
    }
    rows = {
        "en": ["Training of border guards", "EU", "SBGS", "01.01.2021", "31.12.2021", 100000],
        "uk": ["Навчання поліцейських", "ЄС", "НПУ", "01.01.2021", "31.12.2021", 200000],
    }
    wb = openpyxl.Workbook()
    wb.active.title = first
    for k, lang in enumerate((first, second)):
        ws = wb.active if k == 0 else wb.create_sheet(lang)
        ws.append(heads[lang])
        ws.append(rows[lang])
    raw = tmp_path / "raw"
    raw.mkdir()
    wb.save(raw / "eu.xlsx")
    from mtd_analysis.build import read_file

    entry = read_file(raw / "eu.xlsx", "eu.xlsx")["entry"]
    assert [s["status"] for s in entry["sheets"]] == ["loaded", "loaded"]
    assert entry["lang"] == first
