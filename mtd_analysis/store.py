"""Write outputs atomically: a temporary file in the same folder, then a rename.

A reader never sees a half-written table, and an interrupted write leaves the
previous file in place. Every output of the package (CSV tables, the manifest,
workbooks, charts, PDF packs) goes through :func:`write_bytes`.

The downstream steps (report, feedback, diff) read a build folder back with
:func:`read_table` and :func:`read_manifest`, so that identifiers such as
``"001"`` stay text and empty cells are the only missing values.

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

import json
import os
import re
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd

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
