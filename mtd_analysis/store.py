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
import tempfile
from pathlib import Path

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
    return write_bytes(path, frame.to_csv(index=False, lineterminator="\n").encode("utf-8"))


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
