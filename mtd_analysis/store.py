"""Write outputs atomically, whole folders at once, and read build folders back, checked.

Every output file goes through :func:`write_bytes` (a temporary file in the
same folder, then a rename), created with the permissions the user's umask
allows. A command writes its whole folder (a build, a report, the feedback
workbooks) inside :func:`staged_folder`: into a fresh staging folder beside the
target, which then replaces the target in one step, so that a reader sees the
complete previous output or the complete new one, never a mix, and no stale file
survives. A second run into the same folder waits on a lock file beside it.

The manifest of a build lists every table with its SHA-256 (``tables``).
:func:`verify_build` and :func:`read_table` refuse a folder whose tables do not
match it, naming what differs.

The downstream steps (report, feedback, diff, notebooks) open a build folder with
:func:`load_build`: every table checked against its hash and its schema, identifiers such as ``"001"`` kept
as text (empty cells are the only missing values), the manifest, and the reference tables the build used
(``reference/``, written by :func:`write_reference`, their hashes in the manifest).

CSV outputs never hold a cell a spreadsheet would run as a formula: text that
begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is written
with a leading single quote (OWASP's advice against CSV injection), and
:func:`read_table` gives the original text back. Numbers are never touched.

Examples
--------
>>> import tempfile, pandas as pd
>>> folder = tempfile.mkdtemp()
>>> write_bytes(f"{folder}/a.bin", b"abc").read_bytes()
b'abc'
>>> write_csv(pd.DataFrame({"x": [1]}), f"{folder}/t.csv").read_text()
'x\\n1\\n'
>>> write_csv(pd.DataFrame({"t": ["=1+1", "-5"], "n": [-5.0, 2.0]}), f"{folder}/f.csv").read_text()
"t,n\\n'=1+1,-5.0\\n'-5,2.0\\n"
>>> read_table(folder, "f.csv")["t"].tolist()
['=1+1', '-5']
>>> write_json({"b": 1, "a": "є"}, f"{folder}/m.json").read_text(encoding="utf-8")
'{\\n  "a": "є",\\n  "b": 1\\n}\\n'
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import hashlib
import io
import json
import os
import re
import shutil
import sys
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from mtd_analysis import schema
from mtd_analysis.schema import ISSUE_COLUMNS, OVERLAP_COLUMNS, PROJECT_COLUMNS

#: Columns of the build's tables that are text even when they look like numbers ("001", "2021").
TEXT_COLUMNS = frozenset(
    {c for c in PROJECT_COLUMNS if c not in ("amount", "source_row")}
    | {c for c in ISSUE_COLUMNS if c != "row"}
    | {
        c
        for c in OVERLAP_COLUMNS
        if c.startswith(("project_", "partner_")) or c in ("beneficiary", "reasons")
    }
    | {
        "priority_code",
        "subgroup",
        "method",
        "evidence",
        "decision",
        "priority_name",
        "top_partner",
        "partner",
    }
)

#: Seconds a run waits for another run writing the same folder before it stops.
LOCK_WAIT_SECONDS = 600
#: Files that show which command wrote an output folder.
OUTPUT_SIGNS = {
    "build": ("manifest.json",),
    "report": ("summary.xlsx",),
    "feedback": ("feedback_*.xlsx",),
    "diff": ("diff.csv",),
}


class BuildFolderError(ValueError):
    """A build folder that cannot be used: not whole, changed since it was written, or not a build."""


class OutputFolderError(ValueError):
    """An output folder that cannot be written: busy, or holding files that are not this tool's."""


# ---------------------------------------------------------------------------
# files


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_bytes(path: str | os.PathLike, content: bytes | Iterable[bytes]) -> Path:
    """Write ``content`` to ``path`` atomically (the folder is created when missing), mode 0666 less the umask.

    ``content`` may come in parts (any iterable of bytes), written one after the other, so that a large
    file is never held whole in memory.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            for part in [content] if isinstance(content, (bytes, bytearray)) else content:
                stream.write(part)
            if hasattr(os, "fchmod"):
                os.fchmod(stream.fileno(), 0o666 & ~_umask())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


_FORMULA = re.compile(r"'*[=+\-@\t\r]")
_NEUTRALISED = re.compile(r"'+[=+\-@\t\r]")
_CR = re.compile(r"\r\n?")
_FORMULA_START = re.compile(r"['=+\-@\t\r]")  # what a cell a spreadsheet might run as a formula starts with
_CELL_START = re.compile("\x00" + _FORMULA_START.pattern)  # such a cell in a column joined with NULs


def neutralise_formulas(frame: pd.DataFrame) -> pd.DataFrame:
    """Text cells a spreadsheet would run as a formula, with a leading single quote (OWASP).

    Text beginning with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return
    (after any single quotes, so that the change can be undone) gains one
    leading ``'``. Carriage returns become line feeds (a CSV writer quotes a
    field holding a line feed, not one holding a lone carriage return, which
    would split the row). Numbers are never touched. The input is not mutated.

    Examples
    --------
    >>> neutralise_formulas(pd.DataFrame({"t": ["=SUM(A1)", "ok", "'=x"], "n": [-1, 2, 3]})).values.tolist()
    [["'=SUM(A1)", -1], ['ok', 2], ["''=x", 3]]
    """
    result = frame
    for position in range(frame.shape[1]):
        values = frame.iloc[:, position]
        breaks = _text_matching(values, _CR)
        if breaks is not None and breaks.any():  # a CSV writer quotes a field holding "\n", not a lone "\r"
            result = frame.copy() if result is frame else result
            values = values.where(~breaks, values.str.replace(_CR, "\n", regex=True))
            result.iloc[:, position] = values
        hits = _text_matching(values, _FORMULA, start=True)
        if hits is not None and hits.any():
            result = frame.copy() if result is frame else result
            result.iloc[:, position] = values.where(~hits, "'" + values.astype(str))
    return result


def _text_matching(values: pd.Series, pattern: re.Pattern, start: bool = False) -> pd.Series | None:
    """Which cells are text matching ``pattern`` (at their start when ``start``); None when none is.

    One scan of the column's text joined together first, so that a column with nothing to change (nearly
    all of them) costs no per-cell work.
    """
    if isinstance(values.dtype, pd.StringDtype):
        texts = values.to_numpy(dtype=object, na_value="").tolist()
    elif values.dtype == object:  # str() of a number or None may match too: then each cell is checked below
        texts = list(map(str, values.to_numpy().tolist()))
    else:
        return None
    joined = "\x00" + "\x00".join(texts)
    # only the cells where a needle stands can match: find them by position (one scan), then test those alone
    found = [m.start() for m in (_CELL_START if start else _CR).finditer(joined)]
    if not found:
        return None
    ends = np.cumsum(np.fromiter(map(len, texts), dtype=np.int64, count=len(texts)) + 1)  # of "\x00" + text
    candidates = np.unique(np.searchsorted(ends, found, side="right")).tolist()
    search = pattern.match if start else pattern.search
    originals = values.to_numpy(dtype=object)
    hits = np.zeros(len(values), dtype=bool)
    for i in candidates:
        if i < len(hits):
            v = originals[i]
            hits[i] = isinstance(v, str) and search(v) is not None
    return pd.Series(hits, index=values.index)


def restore_formulas(frame: pd.DataFrame) -> pd.DataFrame:
    """Undo :func:`neutralise_formulas`: the text as it was before it was written.

    Examples
    --------
    >>> restore_formulas(pd.DataFrame({"t": ["'=SUM(A1)", "ok", "''=x"]}))["t"].tolist()
    ['=SUM(A1)', 'ok', "'=x"]
    """
    result = frame
    for position in range(frame.shape[1]):
        values = frame.iloc[:, position]
        hits = _text_matching(values, _NEUTRALISED, start=True)
        if hits is not None and hits.any():
            result = frame.copy() if result is frame else result
            result.iloc[:, position] = values.where(~hits, values.str[1:])
    return result


def csv_bytes(frame: pd.DataFrame) -> bytes:
    """A DataFrame serialised as UTF-8 CSV (:func:`csv_text`), formulas not neutralised."""
    return csv_text(frame).encode("utf-8")


def write_csv(frame: pd.DataFrame, path: str | os.PathLike) -> Path:
    """A DataFrame as UTF-8 CSV, formulas neutralised (:func:`neutralise_formulas`), written atomically.

    Large tables are written :data:`CSV_CHUNK_ROWS` rows at a time (the same bytes as in one piece).
    """
    return write_bytes(path, csv_parts(frame))


#: Rows formatted at once when a table is written: bounds the memory a large table's text takes.
CSV_CHUNK_ROWS = 25_000


def csv_parts(frame: pd.DataFrame, rows: int = CSV_CHUNK_ROWS) -> Iterator[bytes]:
    """A table's CSV (formulas neutralised) in parts of ``rows`` rows, the header in the first.

    Examples
    --------
    >>> frame = pd.DataFrame({"a": ["x", "=1", 'q"', None, "y"], "b": [1.5, 2.0, None, 4.0, 5.0]})
    >>> b"".join(csv_parts(frame, rows=2)) == csv_bytes(neutralise_formulas(frame))
    True
    """
    for start in range(0, max(len(frame), 1), rows):
        part = frame.iloc[start : start + rows]
        yield csv_text(part, header=start == 0, neutralise=True).encode("utf-8")


_QUOTED = re.compile(r'[,"\n]')  # what Python's csv writer quotes (QUOTE_MINIMAL, "\n" line ends)
#: A cell to quote in a column's cells joined by NUL: one match a cell, from its first such character to its end
#: (a text with many commas is found once, not once per comma).
_QUOTED_CELL = re.compile(r'[,"\n][^\0]*')


def _csv_cells(column: pd.Series, neutralise: bool = False) -> list[str] | None:
    """A column's CSV cells as ``to_csv`` writes them, or None for a type it is not written fast for.

    ``neutralise``: the cells of :func:`neutralise_formulas`'s column, found in the same scan that finds the
    cells to quote.
    """
    dtype = column.dtype
    missing = None
    texts = None  # the column's values, whose text cells may be neutralised (None: no cell is text)
    if dtype == np.float64:  # Python's repr is numpy's shortest round-trip form, which pandas writes
        numbers = column.to_numpy()
        cells = list(map(repr, numbers.tolist()))
        missing = np.isnan(numbers)
    elif isinstance(dtype, np.dtype) and dtype.kind in "iub":  # never missing
        cells = list(map(str, column.to_numpy().tolist()))
    elif isinstance(dtype, pd.StringDtype):  # missing cells are "" already
        cells = column.to_numpy(dtype=object, na_value="").tolist()
        texts = cells  # every cell that is not empty is text
    elif isinstance(dtype, pd.Int64Dtype) or dtype.kind == "O":
        values = column.to_numpy(dtype=object).tolist()
        cells = [v if type(v) is str else str(v) for v in values]
        missing = column.isna().to_numpy()
        texts = values if dtype.kind == "O" else None
    else:
        return None
    for i in np.flatnonzero(missing).tolist() if missing is not None else ():
        cells[i] = ""
    texts = texts if neutralise else None
    # one scan of the whole column, then only the cells holding a comma, a quote or a line break are quoted (and,
    # when neutralising, those starting like a formula or holding a carriage return are looked at)
    joined = "\0".join(cells)
    found = [m.start() for m in _QUOTED_CELL.finditer(joined)]
    if texts is not None:  # cells starting like a formula (or with a quote), cells holding a carriage return
        found += [m.end() - 1 for m in _CELL_START.finditer(joined)]
        found += [m.start() for m in _CR.finditer(joined)] if "\r" in joined else []
        found += [0] if cells and _FORMULA_START.match(cells[0]) else []
    if found:
        ends = np.cumsum(np.fromiter(map(len, cells), dtype=np.int64, count=len(cells)) + 1)
        for i in np.unique(np.searchsorted(ends, found, side="right")).tolist():
            cell = cells[i]
            if texts is not None and isinstance(texts[i], str):  # as neutralise_formulas changes it
                if "\r" in cell:
                    cell = _CR.sub("\n", cell)
                if _FORMULA.match(cell):
                    cell = "'" + cell
            cells[i] = '"' + cell.replace('"', '""') + '"' if _QUOTED.search(cell) else cell
    return cells


def csv_text(frame: pd.DataFrame, header: bool = True, neutralise: bool = False) -> str:
    """The CSV text ``frame.to_csv(index=False, lineterminator="\\n")`` gives, character for character.

    Columns are formatted whole (numbers through numpy, text as is) and quoted only where a cell holds a
    comma, a quote or a line break; frames of other column types, or of one column, go to ``to_csv``.
    ``neutralise``: the text of ``neutralise_formulas(frame)``, its cells changed in the same scan (the frame
    is not copied).

    Examples
    --------
    >>> frame = pd.DataFrame({"a": ["x", 'say "hi", twice', None], "b": [1.5, float("nan"), 1e-05]})
    >>> csv_text(frame) == frame.to_csv(index=False, lineterminator="\\n")
    True
    >>> print(csv_text(frame), end="")
    a,b
    x,1.5
    "say ""hi"", twice",
    ,1e-05
    """
    columns = (
        [_csv_cells(frame.iloc[:, j], neutralise) for j in range(frame.shape[1])]
        if frame.shape[1] > 1
        else [None]
    )
    if any(c is None for c in columns) or not frame.columns.is_unique or frame.columns.nlevels > 1:
        frame = neutralise_formulas(frame) if neutralise else frame
        return frame.to_csv(index=False, lineterminator="\n", header=header)
    names = _csv_cells(pd.Series([str(c) for c in frame.columns], dtype=object))
    lines = [",".join(names)] if header else []
    lines += map(",".join, zip(*columns, strict=True))
    return "\n".join(lines) + "\n" if lines else ""


def write_json(obj: dict, path: str | os.PathLike) -> Path:
    """JSON with sorted keys, indented, UTF-8 (Cyrillic as is), written atomically."""
    text = json.dumps(obj, ensure_ascii=False, indent=2, sort_keys=True, default=str) + "\n"
    return write_bytes(path, text.encode("utf-8"))


def file_sha256(path: str | os.PathLike) -> str:
    """The SHA-256 of a file, in hex."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


# ---------------------------------------------------------------------------
# reading build folders


def read_manifest(out_dir: str | os.PathLike) -> dict:
    """The parsed ``manifest.json`` of a build folder (FileNotFoundError when absent)."""
    path = Path(out_dir) / "manifest.json"
    if not path.is_file():
        raise FileNotFoundError(
            f"manifest.json is missing from the build folder {Path(out_dir).name!r}: run the build first"
        )
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BuildFolderError(
            f"the manifest.json of the build folder {Path(out_dir).name!r} is damaged ({exc}); rebuild it"
        ) from None
    if not isinstance(manifest, dict):
        raise BuildFolderError(
            f"the manifest.json of the build folder {Path(out_dir).name!r} is not a manifest"
        )
    return manifest


def _expected_hash(manifest: dict, name: str) -> str | None:
    tables = manifest.get("tables")
    entry = tables.get(name) if isinstance(tables, dict) else None
    return entry.get("sha256") if isinstance(entry, dict) else None


def verify_build(out_dir: str | os.PathLike) -> dict:
    """Check that every table a build's manifest lists is there, unchanged; return the manifest.

    A manifest without a ``tables`` list (written by hand, or by an older
    version) is accepted as it is.

    Raises
    ------
    FileNotFoundError
        When the folder has no ``manifest.json``.
    BuildFolderError
        When a listed table is missing or differs from its hash, naming each.

    Examples
    --------
    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = write_csv(pd.DataFrame({"x": [1]}), folder / "t.csv")
    >>> _ = write_json({"tables": {"t.csv": {"sha256": file_sha256(folder / "t.csv")}}}, folder / "manifest.json")
    >>> sorted(verify_build(folder))
    ['tables']
    >>> _ = (folder / "t.csv").write_text("x\\n2\\n")
    >>> verify_build(folder)
    Traceback (most recent call last):
    ...
    mtd_analysis.store.BuildFolderError: the build folder ... is not whole: t.csv differs from its manifest; ...
    """
    folder = Path(out_dir)
    manifest = read_manifest(folder)
    problems = []
    tables = manifest.get("tables")
    for name in sorted(tables) if isinstance(tables, dict) else []:
        expected = _expected_hash(manifest, name)
        path = folder / name
        if Path(name).name != name:
            problems.append(f"{name} is not a table name")
        elif not path.is_file():
            problems.append(f"{name} is missing")
        elif expected and file_sha256(path) != expected:
            problems.append(f"{name} differs from its manifest")
    if problems:
        raise BuildFolderError(
            f"the build folder {folder.name!r} is not whole: {', '.join(problems)}; "
            "it was changed or only partly written — run the build again"
        )
    return manifest


def read_table(out_dir: str | os.PathLike, name: str, verify: bool = True) -> pd.DataFrame:
    """One table of a build folder, its text columns as text and only empty cells missing.

    The table is checked against the manifest's hash when the manifest lists it
    (unless ``verify`` is false: :func:`load_build` checks the schema first, to
    name the row and column of a damage), and text neutralised against formulas
    is given back as it was.

    Raises
    ------
    FileNotFoundError
        When the build folder has no such table.
    BuildFolderError
        When the table differs from the hash the manifest gives it.
    """
    folder = Path(out_dir)
    path = folder / name
    if not path.is_file():
        raise FileNotFoundError(
            f"{name} is missing from the build folder {folder.name!r}: run the build first"
        )
    content = path.read_bytes()
    if verify and (folder / "manifest.json").is_file():
        expected = _expected_hash(read_manifest(folder), name)
        if expected and hashlib.sha256(content).hexdigest() != expected:
            raise BuildFolderError(
                f"the build folder {folder.name!r} is not whole: {name} differs from its manifest; "
                "it was changed or only partly written — run the build again"
            )
    columns = pd.read_csv(io.BytesIO(content), nrows=0).columns
    text = {c: "str" for c in columns if c in TEXT_COLUMNS}
    frame = pd.read_csv(io.BytesIO(content), dtype=text, keep_default_na=False, na_values=[""])
    return restore_formulas(frame)


# ------------------------------------------------------------------------------------------- build folders
#: The tables a build folder may hold (``<name>.csv``), with their schema in :mod:`mtd_analysis.schema`.
BUILD_TABLES = (*schema.BUILD_TABLES, "diff", "diff_funding")
#: The reference tables a build records in ``reference/`` (what it used, so later steps use the same).
REFERENCE_TABLES = ("priorities", "rates", "column_aliases", "partners")
REFERENCE_DIR = "reference"


@dataclass(frozen=True)
class Build:
    """A build folder, read back and validated: its tables, its manifest and the reference tables it used.

    ``tables`` maps each table's name (``projects``, ``issues``, ``allocations``, ``coverage``, ``subgroups``,
    ``overlaps``, ``duplication``, ``quality``, ``diff``, ``diff_funding``) to a DataFrame, for the tables
    the folder holds; ``reference`` maps ``priorities``, ``rates``, ``column_aliases`` and ``partners`` to the
    tables the build used (absent for a build made before builds recorded them). ``build["coverage"]`` is
    ``build.tables["coverage"]``.
    """

    path: Path
    manifest: dict
    tables: dict[str, pd.DataFrame]
    reference: dict[str, pd.DataFrame]

    def __getitem__(self, name: str) -> pd.DataFrame:
        return self.tables[name]

    def get(self, name: str, default=None):
        """A table by name, or ``default`` when the folder does not hold it."""
        return self.tables.get(name, default)


def content_hash(content: bytes) -> str:
    """The SHA-256 of some bytes, as hex (the manifest's record of a file).

    Examples
    --------
    >>> content_hash(b"abc")[:12]
    'ba7816bf8f01'
    """
    return hashlib.sha256(content).hexdigest()


def write_reference(tables: dict[str, pd.DataFrame], out_dir: str | os.PathLike) -> dict[str, dict]:
    """Write the reference tables a build used into ``OUT/reference/``; return their manifest entries.

    Examples
    --------
    >>> import tempfile
    >>> entries = write_reference({"rates": pd.DataFrame({"year": [2021]})}, tempfile.mkdtemp())
    >>> entries["rates"]["file"], len(entries["rates"]["sha256"])
    ('reference/rates.csv', 64)
    """
    entries = {}
    for name, frame in tables.items():
        if frame is None:
            continue
        content = csv_bytes(neutralise_formulas(frame))
        relative = f"{REFERENCE_DIR}/{name}.csv"
        write_bytes(Path(out_dir) / relative, content)
        entries[name] = {"file": relative, "sha256": content_hash(content), "rows": len(frame)}
    return entries


def _read_reference(folder: Path, manifest: dict) -> dict[str, pd.DataFrame]:
    out = {}
    for name, entry in (manifest.get("reference") or {}).items():
        path = folder / entry["file"]
        if not path.is_file():
            raise schema.TableError(f"{entry['file']} is missing from the build folder {folder.name!r}")
        if content_hash(path.read_bytes()) != entry.get("sha256"):
            raise schema.TableError(
                f"{entry['file']} in the build folder {folder.name!r} was changed after the build "
                "(its content no longer matches the manifest): build again"
            )
        frame = restore_formulas(pd.read_csv(path, dtype=str, keep_default_na=False))
        if name == "rates":
            frame = frame.astype({"year": "int64", "uah_per_unit": "float64"})
        elif name == "priorities":
            frame = frame.replace("", pd.NA)
        out[name] = frame
    return out


def load_build(out_dir: str | os.PathLike) -> Build:
    """Open a build folder and check every table against its schema.

    Parameters
    ----------
    out_dir : path-like
        A folder written by ``mtd-analysis build`` (``manifest.json`` and the tables).

    Returns
    -------
    Build
        The manifest, each table the folder holds as a DataFrame (identifiers stay text), and the
        reference tables the build used.

    Raises
    ------
    FileNotFoundError
        When the folder has no ``manifest.json``.
    BuildFolderError
        When a table the manifest lists is missing or differs from its hash (:func:`verify_build`).
    mtd_analysis.schema.TableError
        When a table does not fit its schema (naming the file, row and column), or a recorded
        reference table was changed after the build.

    Examples
    --------
    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = write_json({"version": "0", "snapshot": "s", "files": []}, folder / "manifest.json")
    >>> _ = write_csv(pd.DataFrame({"file": ["a.csv"], "sheet": [""], "row": [3], "column": ["C3"],
    ...     "severity": ["error"], "kind": ["amount"], "message": ["row 3: amount"]}), folder / "issues.csv")
    >>> build = load_build(folder)
    >>> sorted(build.tables), build["issues"]["row"].tolist(), build.reference
    (['issues'], [3], {})
    """
    folder = Path(out_dir)
    manifest = read_manifest(folder)
    if not isinstance(manifest, dict) or not isinstance(manifest.get("files", []), list):
        raise schema.TableError(f"manifest.json of {folder.name!r} is not a build's manifest")
    if manifest.get("files"):
        schema.check_table(pd.DataFrame(manifest["files"]), "manifest_files", "manifest.json (files)")
    tables = {}
    for name in BUILD_TABLES:
        if (folder / f"{name}.csv").is_file():
            try:
                table = read_table(folder, f"{name}.csv", verify=False)
            except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError) as exc:
                verify_build(folder)  # a table cut or changed: named as such when the manifest knows it
                raise schema.TableError(
                    f"{name}.csv in the build folder {folder.name!r} cannot be read ({exc})"
                ) from None
            tables[name] = schema.check_table(table, name, f"{name}.csv")
    reference = _read_reference(folder, manifest)
    # a table that fits its schema but is not the one the build wrote (changed, or from another build)
    verify_build(folder)
    return Build(folder, manifest, tables, reference)


# ---------------------------------------------------------------------------
# whole folders


def _is_ours(entry: Path) -> bool:
    """A lock or staging entry of this tool, or a nested output folder of another command."""
    name = entry.name
    if name.startswith(".") and (name.endswith(".lock") or ".staging-" in name):
        return True
    return entry.is_dir() and not entry.is_symlink() and output_kind(entry) is not None


def output_kind(folder: str | os.PathLike) -> str | None:
    """Which command wrote a folder ("build", "report", "feedback", "diff"), by the files it holds; else None.

    Examples
    --------
    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> output_kind(folder), output_kind(write_bytes(folder / "summary.xlsx", b"").parent)
    (None, 'report')
    """
    folder = Path(folder)
    for kind, signs in OUTPUT_SIGNS.items():
        if any(any(folder.glob(sign)) for sign in signs):
            return kind
    return None


def check_replaceable(target: Path, kind: str) -> None:
    """Refuse to replace a folder that holds anything but this command's earlier output."""
    if target.is_symlink():
        raise OutputFolderError(f"{target} is a symbolic link; name the folder for the {kind} itself")
    if target.exists() and not target.is_dir():
        raise OutputFolderError(f"{target} exists and is not a folder; choose a folder for the {kind}")
    if not target.exists():
        return
    found = output_kind(target)
    if found == kind:
        return
    if found is not None:
        raise OutputFolderError(f"{target} holds a {found}, not a {kind}; choose another folder")
    foreign = sorted(e.name for e in target.iterdir() if not _is_ours(e))
    if foreign:
        raise OutputFolderError(
            f"{target} already holds files that are not a {kind} of mtd-analysis (e.g. {foreign[0]!r}); "
            "choose an empty or new folder — it is replaced as a whole"
        )


_RENAME_EXCHANGE = 2


def _exchange(staging: Path, target: Path) -> bool:
    """Swap two folders in one step (Linux renameat2 RENAME_EXCHANGE); False where unavailable."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd = -100
    result = renameat2(at_fdcwd, os.fsencode(staging), at_fdcwd, os.fsencode(target), _RENAME_EXCHANGE)
    return result == 0


def _replace(staging: Path, target: Path) -> None:
    """Put the staging folder in the target's place; afterwards ``staging`` holds the old output (if any)."""
    if not target.exists():
        os.rename(staging, target)
        return
    if _exchange(staging, target):
        return
    old = target.parent / f".{target.name}.staging-old-{os.getpid()}"
    os.rename(target, old)  # elsewhere: two renames, the target absent for an instant between them
    os.rename(staging, target)
    os.rename(old, staging)


def _carry_nested_outputs(target: Path, staging: Path) -> None:
    """Keep folders of other commands nested in the target (feedback inside a report), and their locks."""
    if not target.is_dir():
        return
    for entry in sorted(target.iterdir()):
        if entry.name.startswith(".") and ".staging-" in entry.name:
            continue
        if _is_ours(entry) and not (staging / entry.name).exists():
            os.rename(entry, staging / entry.name)


@contextlib.contextmanager
def output_lock(target: str | os.PathLike) -> Iterator[None]:
    """Hold the lock of an output folder (a hidden ``.<name>.lock`` file beside it) while writing it.

    Raises
    ------
    OutputFolderError
        When another run still holds it after :data:`LOCK_WAIT_SECONDS`.
    """
    from filelock import FileLock, Timeout

    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(target.parent / f".{target.name}.lock", timeout=LOCK_WAIT_SECONDS)
    try:
        lock.acquire()
    except Timeout:
        raise OutputFolderError(
            f"{target} is being written by another mtd-analysis run; try again when it has finished"
        ) from None
    try:
        yield
    finally:
        lock.release()


@contextlib.contextmanager
def staged_folder(target: str | os.PathLike, kind: str) -> Iterator[Path]:
    """Write a whole output folder: yield a fresh staging folder, then let it replace ``target`` in one step.

    The previous folder stays whole until the new one is complete; if the body
    raises (or the process is killed), the target is untouched and the staging
    folder is removed (a killed run's is removed by the next one). Nested output
    folders of other commands (feedback workbooks inside a report folder) are kept.

    Parameters
    ----------
    target : path-like
        The output folder; it must be new, empty, or an earlier output of the same ``kind``.
    kind : str
        ``"build"``, ``"report"``, ``"feedback"`` or ``"diff"`` (see :data:`OUTPUT_SIGNS`).

    Examples
    --------
    >>> import tempfile
    >>> root = Path(tempfile.mkdtemp())
    >>> with staged_folder(root / "out", "report") as folder:
    ...     _ = write_bytes(folder / "summary.xlsx", b"1"), write_bytes(folder / "old.png", b"1")
    >>> with staged_folder(root / "out", "report") as folder:
    ...     _ = write_bytes(folder / "summary.xlsx", b"2")
    >>> sorted(p.name for p in (root / "out").iterdir())
    ['summary.xlsx']
    """
    target = Path(target)
    with output_lock(target):
        check_replaceable(target, kind)
        for leftover in target.parent.glob(f".{glob_escape(target.name)}.staging-*"):
            shutil.rmtree(leftover, ignore_errors=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.staging-", dir=target.parent))
        try:
            os.chmod(staging, 0o777 & ~_umask())
            yield staging
            _carry_nested_outputs(target, staging)
            _replace(staging, target)
        finally:
            shutil.rmtree(staging, ignore_errors=True)


def glob_escape(name: str) -> str:
    """A file name with the glob wildcards ``*``, ``?`` and ``[`` escaped."""
    return re.sub(r"([*?\[])", r"[\1]", name)
