"""Fuzzing: damaged and odd variants of the sample submissions never stop, poison or escape a build.

Hypothesis mutates the invented sample files (byte flips, truncation, damage to one part of a workbook's
ZIP container, huge and odd cell values) and checks what the build promises for any input:

* reading never raises: a broken file becomes that file's error, named;
* the row accounting holds: ``rows_read == rows_loaded + rows_rejected + rows_skipped`` for the file and
  for each of its sheets, and the records handed on are the rows loaded;
* the submissions folder is left exactly as it was;
* a whole build over a damaged folder writes every table, whole, and no cell of any CSV begins like a
  formula.

Each variant is read in a worker process, as the build reads it, so that a native crash of the
spreadsheet engine costs that case, not the test run. ``make test`` runs a few hundred fixed cases
(``derandomize``: the same cases on every run, no example database); ``make fuzz`` sets
``MTD_FUZZ=1`` for thousands of random ones.
"""

from __future__ import annotations

import io
import multiprocessing as mp
import os
import shutil
import sys
import zipfile
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mtd_analysis import config
from mtd_analysis.build import _warm_up, _worker_start, build, read_file_safely
from mtd_analysis.store import read_table, verify_build

FUZZING = os.environ.get("MTD_FUZZ") == "1"
SAMPLE = config.SAMPLE_DIR / "2021-03"
# partner submissions only (not the lock file): damaged side files (needs.csv, decisions.csv) are issue 6's
SUBMISSIONS = sorted(
    p.name
    for p in SAMPLE.iterdir()
    if p.suffix in {".xlsx", ".ods", ".xls", ".csv", ".txt"}
    and p.name not in config.SIDE_FILES
    and not p.name.startswith("~$")
)
COUNT_KEYS = ("rows_read", "rows_loaded", "rows_rejected", "rows_skipped")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

READS = settings(
    max_examples=3000 if FUZZING else 300,
    derandomize=not FUZZING,
    database=None,
    deadline=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.function_scoped_fixture,
        HealthCheck.data_too_large,
    ],
)
BUILDS = settings(READS, max_examples=30 if FUZZING else 3)

pytestmark = pytest.mark.skipif(not SAMPLE.is_dir(), reason="the sample submissions are not in this checkout")


# ----------------------------------------------------------------------------------------------- mutations
ODD_VALUES = st.one_of(
    st.sampled_from(
        [
            "=cmd|' /C calc'!A0",
            "+380 44 123",
            "-1e308",
            "@SUM(A1)",
            "1e308",
            "1e999",
            "inf",
            "NaN",
            "-0",
            "2021-2050",
            "31.02.2021",
            "9" * 400,
            "Ra\x00dios",
            "\u202eevil",
            "\ufeff",
            "€1,5m",
            "1 000 000 000 000 000",
        ]
    ),
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.text(max_size=300),
)


@st.composite
def byte_flips(draw, content: bytes) -> bytes:
    data = bytearray(content)
    for _ in range(draw(st.integers(1, 16))):
        data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    return bytes(data)


@st.composite
def truncation(draw, content: bytes) -> bytes:
    return content[: draw(st.integers(0, len(content) - 1))]


@st.composite
def zip_part_damage(draw, content: bytes) -> bytes:
    """One part of a workbook's container flipped, truncated, emptied, dropped or swapped for noise."""
    with zipfile.ZipFile(io.BytesIO(content)) as source:
        parts = [(part, source.read(part)) for part in source.infolist()]
    victim = draw(st.sampled_from([part.filename for part, _ in parts]))
    how = draw(st.sampled_from(["flip", "truncate", "empty", "drop", "noise"]))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for part, data in parts:
            if part.filename == victim:
                if how == "drop":
                    continue
                if how == "flip" and data:
                    data = draw(byte_flips(data))
                elif how == "truncate" and data:
                    data = data[: draw(st.integers(0, len(data) - 1))]
                elif how == "empty":
                    data = b""
                elif how == "noise":
                    data = draw(st.binary(min_size=1, max_size=2000))
            target.writestr(part, data)
    return buffer.getvalue()


@st.composite
def odd_cells(draw, name: str, content: bytes) -> bytes:
    """A few cells of the sheet replaced by huge, non-finite, formula-like or control-character values."""
    if name.endswith((".csv", ".txt")):
        text = content.decode("utf-8", "replace")
        lines = text.splitlines()
        for _ in range(draw(st.integers(1, 4))):
            row = draw(st.integers(0, len(lines) - 1))
            delimiter = ";" if ";" in lines[row] else ("\t" if "\t" in lines[row] else ",")
            cells = lines[row].split(delimiter)
            cells[draw(st.integers(0, len(cells) - 1))] = str(draw(ODD_VALUES)).replace("\n", " ")
            lines[row] = delimiter.join(cells)
        return "\n".join(lines).encode("utf-8", "surrogatepass")
    workbook = openpyxl.load_workbook(io.BytesIO(content))
    sheet = workbook[draw(st.sampled_from(workbook.sheetnames))]
    for _ in range(draw(st.integers(1, 4))):
        row = draw(st.integers(1, max(sheet.max_row, 1) + 2))
        column = draw(st.integers(1, max(sheet.max_column, 1) + 1))
        try:
            sheet.cell(row, column).value = draw(ODD_VALUES)
        except Exception:  # noqa: BLE001 - a value openpyxl refuses to write (an XML-illegal character)
            continue
    buffer = io.BytesIO()
    try:
        workbook.save(buffer)
    except Exception:  # noqa: BLE001 - openpyxl cannot write every value it accepts: keep the file as it was
        return content
    return buffer.getvalue()


@st.composite
def damaged_submission(draw) -> tuple[str, bytes]:
    name = draw(st.sampled_from(SUBMISSIONS))
    content = (SAMPLE / name).read_bytes()
    kinds = ["flip", "truncate"]
    whole_zip = zipfile.is_zipfile(io.BytesIO(content))  # the sample's osce file is a truncated one
    if whole_zip:
        kinds.append("zip")
    if name.endswith((".csv", ".txt")) or (name.endswith(".xlsx") and whole_zip):
        kinds.append("cells")
    kind = draw(st.sampled_from(kinds))
    if kind == "flip":
        return name, draw(byte_flips(content))
    if kind == "truncate":
        return name, draw(truncation(content))
    if kind == "zip":
        return name, draw(zip_part_damage(content))
    return name, draw(odd_cells(name, content))


# ------------------------------------------------------------------------------------------------ readers
class Reader:
    """One worker process reading files as the build's workers do; replaced when a case crashes it."""

    def __init__(self) -> None:
        _warm_up()
        self.pool = self._new()

    @staticmethod
    def _new() -> ProcessPoolExecutor:
        context = mp.get_context("fork") if sys.platform.startswith("linux") else mp.get_context()
        return ProcessPoolExecutor(
            1, mp_context=context, initializer=_worker_start, initargs=(config.READ_WORKER_MEMORY_MB,)
        )

    def read(self, path: Path, rel: str) -> dict | None:
        """The worker's result, or None when the engine crashed the worker (the build reports such a file)."""
        try:
            return self.pool.submit(read_file_safely, path, rel).result(timeout=120)
        except BrokenProcessPool:
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool = self._new()
            return None


@pytest.fixture(scope="module")
def reader():
    worker = Reader()
    yield worker
    worker.pool.shutdown(wait=True, cancel_futures=True)


def assert_accounted(result: dict, rel: str) -> None:
    entry, records, issues = result["entry"], result["records"], result["issues"]
    assert entry["file"] == rel and entry["status"] in {"loaded", "failed", "skipped", "not read"}
    read, loaded, rejected, skipped = (entry[k] for k in COUNT_KEYS)
    assert min(read, loaded, rejected, skipped) >= 0
    assert read == loaded + rejected + skipped, entry
    assert len(records) == loaded, (len(records), entry)
    for sheet in entry["sheets"]:
        if "rows_read" in sheet:
            assert sheet["rows_read"] == sum(sheet[k] for k in COUNT_KEYS[1:]), sheet
    assert sum(sheet.get(k, 0) for sheet in entry["sheets"] for k in ("rows_loaded",)) == loaded
    if entry["status"] == "failed":
        assert any(i["severity"] == "error" for i in issues), issues
    for issue in issues:
        assert isinstance(issue["message"], str) and issue["message"].strip(), issue
        assert issue["file"] == rel


# -------------------------------------------------------------------------------------------------- tests
@READS
@given(case=damaged_submission())
def test_a_damaged_submission_is_read_accounted_and_left_untouched(reader, tmp_path_factory, case):
    name, content = case
    folder = tmp_path_factory.mktemp("raw")
    path = folder / name
    path.write_bytes(content)
    result = reader.read(path, name)
    if result is not None:
        assert_accounted(result, name)
    assert path.read_bytes() == content and [p.name for p in folder.iterdir()] == [name]


@BUILDS
@given(cases=st.lists(damaged_submission(), min_size=1, max_size=3, unique_by=lambda c: c[0]))
def test_a_build_over_damaged_submissions_writes_whole_tables_without_formulas(tmp_path_factory, cases):
    raw = tmp_path_factory.mktemp("raw")
    for path in SAMPLE.iterdir():
        if path.is_file():
            shutil.copy(path, raw / path.name)
    for name, content in cases:
        (raw / name).write_bytes(content)
    before = {p.name: p.read_bytes() for p in raw.iterdir()}
    out = tmp_path_factory.mktemp("build") / "out"
    result = build(raw, out, workers=2, date="2021-03-15")

    assert {p.name: p.read_bytes() for p in raw.iterdir()} == before
    manifest = verify_build(out)
    totals = manifest["totals"]
    assert totals["rows_read"] == totals["rows_loaded"] + totals["rows_rejected"] + totals["rows_skipped"]
    for entry in manifest["files"]:
        assert entry["rows_read"] == sum(entry[k] for k in COUNT_KEYS[1:]), entry
    assert len(result.projects) == totals["projects"] == totals["rows_loaded"]
    assert len(read_table(out, "projects.csv")) == totals["projects"]
    for table in manifest["tables"]:
        raw_text = pd.read_csv(out / table, dtype=str, keep_default_na=False)
        for column in raw_text.columns:
            numeric = pd.to_numeric(raw_text[column].replace("", None), errors="coerce").notna()
            text = raw_text.loc[~numeric, column]
            assert not text.str.startswith(FORMULA_START).any(), (
                table,
                column,
                text[text.str.startswith(FORMULA_START)],
            )
