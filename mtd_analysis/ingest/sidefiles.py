"""The analyst's side files, read like submissions: overrides, needs, decisions, priority lists, rates.

A side file is read by the same reader as a partner's file (:func:`mtd_analysis.ingest.read.read_submission`:
any encoding, ``,`` ``;`` or tab delimiters, a BOM, or an .xlsx / .ods / .xls workbook), so that one saved
by Excel on a Ukrainian Windows laptop (cp1251, ``;``, decimal commas) reads as well as a UTF-8 one. Its
first non-empty row is the header (names compared without case or surrounding spaces). Every problem is an
issue naming the file, row and column; nothing raises for bad content.

Examples
--------
>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "needs.csv"
>>> _ = path.write_bytes("Priority_Code;Year;Amount;Currency\\nDRUGS;2021;1 500 000,50;EUR\\n".encode("cp1251"))
>>> table, issues = read_side_table(path, ["priority_code", "year", "amount", "currency"], kind="needs")
>>> table.to_dict("records"), issues
([{'priority_code': 'DRUGS', 'year': '2021', 'amount': '1 500 000,50', 'currency': 'EUR', 'source_row': 2}], [])
>>> side_number("1 500 000,50"), side_number("1e308"), side_number("x")
(1500000.5, 1e+308, nan)
"""

from __future__ import annotations

import math
import re
from pathlib import Path

import pandas as pd

from mtd_analysis.ingest.read import SubmissionError, read_submission
from mtd_analysis.ingest.values import _number_from_text, clean_text
from mtd_analysis.reference.rates import RATE_COLUMNS, RatesError, rates_table
from mtd_analysis.schema import issue

_PLAIN = re.compile(r"^\d[\d\s\u00a0\u202f\u2009.,'’]*$")
_FLOAT_LITERAL = re.compile(r"^[+-]?(?:\d+(?:\.\d*)?(?:[eE][+-]?\d+)|inf(?:inity)?|nan)$", re.IGNORECASE)


def side_number(text) -> float:
    """A number written in a side file (decimal commas, spaces between thousands); NaN when it is none.

    A negative number keeps its sign and an exponent or ``inf`` is read as written, so that the schema, not
    this reader, says what is wrong with it.

    Examples
    --------
    >>> side_number("32,1341"), side_number("-5"), side_number("inf"), side_number("")
    (32.1341, -5.0, inf, nan)
    """
    text = clean_text(text)
    if text is None:
        return math.nan
    sign = -1.0 if text.startswith("-") else 1.0
    body = text.lstrip("+-").strip()
    if _FLOAT_LITERAL.match(body):
        return sign * float(body)
    if not _PLAIN.match(body):
        return math.nan
    try:
        return sign * _number_from_text(body, False)  # the partner files' reading of separators, unrounded
    except ValueError:
        return math.nan


def _header_at(rows: list[list]) -> int | None:
    return next((i for i, row in enumerate(rows) if any(clean_text(v) for v in row)), None)


def _grid_table(grid, name: str, kind: str) -> tuple[pd.DataFrame, list[dict]]:
    """A grid as text columns named by its header row, with ``source_row``; ragged rows are issues."""
    rows, issues = grid.rows, []
    lines = grid.meta.get("line_of_row") or list(range(1, len(rows) + 1))
    top = _header_at(rows)
    if top is None:
        return pd.DataFrame(), [issue(name, f"{name}: the file holds no rows", kind=kind)]
    header = [(clean_text(v) or "").lstrip("\ufeff").strip().lower() for v in rows[top]]
    width = max((i + 1 for i, h in enumerate(header) if h), default=0)
    header = header[:width]
    records = []
    for i in range(top + 1, len(rows)):
        cells = [clean_text(v) or "" for v in rows[i]]
        if not any(cells):
            continue
        if any(cells[width:]):
            issues.append(
                issue(
                    name,
                    f"{name} row {lines[i]}: {len(cells)} cells but the header names {width}; "
                    "the cells past the header are left out",
                    row=lines[i],
                    severity="warning",
                    kind=kind,
                )
            )
        cells = (cells + [""] * width)[:width]
        records.append({**{h: c for h, c in zip(header, cells, strict=True) if h}, "source_row": lines[i]})
    columns = [h for h in header if h] + ["source_row"]
    return pd.DataFrame(records, columns=list(dict.fromkeys(columns))), issues


def read_side_table(
    path: str | Path, columns: list[str], *, kind: str, optional: list[str] | tuple[str, ...] = ()
) -> tuple[pd.DataFrame, list[dict]]:
    """Read a side file into text columns, one row per non-empty line, with the line as ``source_row``.

    Parameters
    ----------
    path : path
        The side file: a text export (.csv, .txt, .tsv) or a workbook (the first sheet with the columns).
    columns : list of str
        Columns the file must have (lower case); a file without them gives one error issue and no rows.
    kind : str
        The ``kind`` of the issues (``needs``, ``override``, ``decision``, ``rate``, ``priority_list``).
    optional : sequence of str
        Columns kept when present and added empty when not.

    Returns
    -------
    (DataFrame, list of dict)
        ``columns``, ``optional``, any other column of the file, and ``source_row`` (the row as the file
        shows it); issues for a file that cannot be read, damaged characters, ragged rows or missing columns.
    """
    path = Path(path)
    name = path.name
    empty = pd.DataFrame({c: pd.Series(dtype="str") for c in [*columns, *optional]}).assign(source_row=0)
    try:
        grids = read_submission(path)
    except (SubmissionError, OSError) as exc:
        reason = exc.message if isinstance(exc, SubmissionError) else f"it cannot be opened ({exc.strerror})"
        return empty.iloc[:0], [issue(name, f"{name}: {reason}; the file was not used", kind=kind)]
    problems: list[dict] = []
    for grid in grids:
        table, found = _grid_table(grid, name, kind)
        if set(columns) <= set(table.columns):
            if grid.meta.get("replacement_chars"):
                found.insert(
                    0,
                    issue(
                        name,
                        f"{name}: some characters could not be decoded (shown as �); "
                        "check the rows that use them",
                        severity="warning",
                        kind=kind,
                    ),
                )
            for column in optional:
                if column not in table:
                    table[column] = ""
            return table.astype({"source_row": "int64"}), found
        problems = found
    have = ", ".join(c for c in table.columns if c != "source_row") or "none"
    missing = [c for c in columns if c not in table.columns]
    message = (
        f"{name}: missing column(s) {', '.join(missing)} (the header has: {have}); the file was not used"
    )
    return empty.iloc[:0], [*problems, issue(name, message, kind=kind)]


def read_rates(path: str | Path) -> pd.DataFrame:
    """An analyst's rates table (``--rates FILE``), read like a submission and checked row by row.

    Returns
    -------
    DataFrame
        :data:`mtd_analysis.reference.rates.TABLE_COLUMNS` (``year``, ``currency``, ``uah_per_unit``, ``days``,
        ``partial``, ``source``).

    Raises
    ------
    mtd_analysis.reference.rates.RatesError
        When the file cannot be read, lacks a column, or a row holds no year, currency code or positive rate
        (``inf`` and ``1e308`` included); the message names the file and row.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "rates.csv"
    >>> _ = path.write_bytes("year;currency;uah_per_unit\\n2021;EUR;32,5\\n".encode("cp1251"))
    >>> read_rates(path)[["year", "currency", "uah_per_unit"]].to_numpy().tolist()
    [[2021, 'EUR', 32.5]]
    """
    path = Path(path)
    raw, problems = read_side_table(path, RATE_COLUMNS, kind="rate", optional=["days", "partial", "source"])
    unusable = [p for p in problems if p["severity"] == "error"]
    if unusable:
        raise RatesError(f"{unusable[0]['message']}; expected {', '.join(RATE_COLUMNS)}")
    # decimal commas and spaces read as the partner files' are; a plain number (inf, 1e308) stays as written
    plain = re.compile(r"^[+-]?[\d.]+(?:[eE][+-]?\d+)?$|^[+-]?inf", re.IGNORECASE)
    raw = raw.assign(
        uah_per_unit=[
            t if plain.match(t) or math.isnan(side_number(t)) else repr(side_number(t))
            for t in raw["uah_per_unit"].str.strip()
        ]
    )
    return rates_table(raw, path.name)
