"""Write outputs atomically: a temporary file in the same folder, then a rename.

A reader never sees a half-written table, and an interrupted write leaves the
previous file in place. Every output of the package (CSV tables, the manifest,
workbooks, charts, PDF packs) goes through :func:`write_bytes`.

The downstream steps (report, feedback, diff, notebooks) open a build folder with
:func:`load_build`: every table checked against its schema, identifiers such as ``"001"`` kept as text
(empty cells are the only missing values), the manifest, and the reference tables the build used
(``reference/``, written by :func:`write_reference`, their hashes in the manifest).

Examples
--------
>>> import tempfile, pandas as pd
>>> folder = tempfile.mkdtemp()
>>> write_bytes(f"{folder}/a.bin", b"abc").read_bytes()
b'abc'
>>> write_csv(pd.DataFrame({"x": [1]}), f"{folder}/t.csv").read_text()
'x\\n1\\n'
>>> write_json({"b": 1, "a": "є"}, f"{folder}/m.json").read_text(encoding="utf-8")
'{\\n  "a": "є",\\n  "b": 1\\n}\\n'
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
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


def write_bytes(path: str | os.PathLike, content: bytes) -> Path:
    """Write ``content`` to ``path`` atomically (the folder is created when missing)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


def write_csv(frame: pd.DataFrame, path: str | os.PathLike) -> Path:
    """A DataFrame as UTF-8 CSV with ``\\n`` line ends and no index, written atomically."""
    return write_bytes(path, csv_text(frame).encode("utf-8"))


_QUOTED = re.compile(r'[,"\n]')  # what Python's csv writer quotes (QUOTE_MINIMAL, "\n" line ends)


def _csv_cells(column: pd.Series) -> list[str] | None:
    """A column's CSV cells as ``to_csv`` writes them, or None for a type it is not written fast for."""
    dtype = column.dtype
    if dtype == np.float64:  # Python's repr is numpy's shortest round-trip form, which pandas writes
        cells = list(map(repr, column.to_numpy().tolist()))
    elif isinstance(dtype, np.dtype) and dtype.kind in "iub":
        cells = list(map(str, column.to_numpy().tolist()))
    elif isinstance(dtype, pd.StringDtype):
        cells = column.to_numpy(dtype=object, na_value="").tolist()
    elif isinstance(dtype, pd.Int64Dtype) or dtype.kind == "O":
        cells = [v if type(v) is str else str(v) for v in column.to_numpy(dtype=object).tolist()]
    else:
        return None
    missing = column.isna().to_numpy()
    for i in np.flatnonzero(missing).tolist():
        cells[i] = ""
    # one scan of the whole column, then only the cells holding a comma, a quote or a line break are quoted
    joined = "\0".join(cells)
    found = [m.start() for m in _QUOTED.finditer(joined)]
    if found:
        ends = np.cumsum(np.fromiter(map(len, cells), dtype=np.int64, count=len(cells)) + 1)
        for i in np.unique(np.searchsorted(ends, found, side="right")).tolist():
            cells[i] = '"' + cells[i].replace('"', '""') + '"'
    return cells


def csv_text(frame: pd.DataFrame) -> str:
    """The CSV text ``frame.to_csv(index=False, lineterminator="\\n")`` gives, character for character.

    Columns are formatted whole (numbers through numpy, text as is) and quoted only where a cell holds a
    comma, a quote or a line break; frames of other column types, or of one column, go to ``to_csv``.

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
    columns = [_csv_cells(frame.iloc[:, j]) for j in range(frame.shape[1])] if frame.shape[1] > 1 else [None]
    if any(c is None for c in columns) or not frame.columns.is_unique or frame.columns.nlevels > 1:
        return frame.to_csv(index=False, lineterminator="\n")
    header = _csv_cells(pd.Series([str(c) for c in frame.columns], dtype=object))
    lines = [",".join(header), *map(",".join, zip(*columns, strict=True))]
    return "\n".join(lines) + "\n"


def write_json(obj: dict, path: str | os.PathLike) -> Path:
    """JSON with sorted keys, indented, UTF-8 (Cyrillic as is), written atomically."""
    text = json.dumps(obj, ensure_ascii=False, indent=2, sort_keys=True, default=str) + "\n"
    return write_bytes(path, text.encode("utf-8"))


def read_table(out_dir: str | os.PathLike, name: str) -> pd.DataFrame:
    """One table of a build folder, its text columns as text and only empty cells missing.

    Raises
    ------
    FileNotFoundError
        When the build folder has no such table.
    """
    path = Path(out_dir) / name
    if not path.is_file():
        raise FileNotFoundError(
            f"{name} is missing from the build folder {Path(out_dir).name!r}: run the build first"
        )
    columns = pd.read_csv(path, nrows=0).columns
    text = {c: "str" for c in columns if c in TEXT_COLUMNS}
    return pd.read_csv(path, dtype=text, keep_default_na=False, na_values=[""])


def read_manifest(out_dir: str | os.PathLike) -> dict:
    """The parsed ``manifest.json`` of a build folder (FileNotFoundError when absent)."""
    path = Path(out_dir) / "manifest.json"
    if not path.is_file():
        raise FileNotFoundError(
            f"manifest.json is missing from the build folder {Path(out_dir).name!r}: run the build first"
        )
    return json.loads(path.read_text(encoding="utf-8"))


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
        content = frame.to_csv(index=False, lineterminator="\n").encode("utf-8")
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
        frame = pd.read_csv(path, dtype=str, keep_default_na=False)
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
            tables[name] = schema.check_table(read_table(folder, f"{name}.csv"), name, f"{name}.csv")
    return Build(folder, manifest, tables, _read_reference(folder, manifest))
