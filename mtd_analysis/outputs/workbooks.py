"""Excel workbooks a person can open safely: one sheet per table, text kept as text.

:func:`write_workbook` writes DataFrames with a frozen, filtered header row,
sensible column widths and number formats for money, percentages and dates.
Every text value is stored as a string cell, so a partner's title that begins
with ``=``, ``+``, ``-`` or ``@`` never becomes a formula. The file is written
atomically (a temporary file in the same folder, then :func:`os.replace`) and
is byte-identical for the same tables: document dates and zip timestamps are
fixed.

Examples
--------
>>> import tempfile, pandas as pd
>>> from openpyxl import load_workbook
>>> folder = tempfile.mkdtemp()
>>> path = write_workbook({"projects": pd.DataFrame({"title": ["=1+1"], "amount": [1500.0]})},
...                       f"{folder}/summary.xlsx", money_columns=["amount"])
>>> cell = load_workbook(path)["projects"]["A2"]
>>> cell.value, cell.data_type
('=1+1', 's')
"""

from __future__ import annotations

import datetime as dt
import io
import numbers
import os
import re
import zipfile
from collections.abc import Iterable, Mapping
from pathlib import Path

import numpy as np
import pandas as pd
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.writer.excel import ExcelWriter

from mtd_analysis.store import write_bytes

#: Document properties and zip entries carry this date, so the same tables give the same bytes.
FIXED_TIMESTAMP = dt.datetime(2000, 1, 1, 0, 0, 0)
MONEY_FORMAT = "#,##0"
PERCENT_FORMAT = "0.0%"
FLOAT_FORMAT = "0.00"
DATE_FORMAT = "yyyy-mm-dd"
MAX_SHEET_NAME = 31
MAX_CELL_TEXT = 32_767
MIN_WIDTH, MAX_WIDTH = 8, 60
WIDTH_SAMPLE_ROWS = 500
FORMULA_PREFIXES = ("=", "+", "-", "@")
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", start_color="DDDDDD", end_color="DDDDDD")
_HEADER_ALIGNMENT = Alignment(vertical="top", wrap_text=True)


class WorkbookError(ValueError):
    """The sheets cannot be written as asked (e.g. an invalid or repeated sheet name)."""


def _check_sheet_names(names: Iterable[str]) -> None:
    seen: set[str] = set()
    for name in names:
        if not isinstance(name, str) or not name.strip():
            raise WorkbookError(f"sheet name {name!r} is empty; give every sheet a name")
        if len(name) > MAX_SHEET_NAME:
            raise WorkbookError(f"sheet name {name!r} is longer than Excel's {MAX_SHEET_NAME} characters")
        if _BAD_SHEET_CHARS.search(name) or name.startswith("'") or name.endswith("'"):
            raise WorkbookError(
                f"sheet name {name!r} contains a character Excel refuses ([ ] : * ? / \\ or ')"
            )
        if name.lower() in seen:
            raise WorkbookError(f"sheet name {name!r} is used twice (Excel ignores case)")
        seen.add(name.lower())


def _text(value: str) -> str:
    return ILLEGAL_CHARACTERS_RE.sub("", value)[:MAX_CELL_TEXT]


def _plain(value: object) -> object:
    """A cell value openpyxl stores as it is: None, bool, int, float, datetime or str."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, str):
        return _text(value)
    if isinstance(value, bool | np.bool_):
        return bool(value)
    if isinstance(value, numbers.Integral):
        return int(value)
    if isinstance(value, numbers.Real):
        number = float(value)
        return None if number != number or number in (float("inf"), float("-inf")) else number
    if isinstance(value, pd.Timestamp):
        return value.tz_localize(None).to_pydatetime() if value.tzinfo else value.to_pydatetime()
    if isinstance(value, dt.date):
        return value
    return _text(str(value))


def _as_number(value: object) -> object:
    if isinstance(value, str):
        try:
            return float(value.replace(",", "").replace(" ", ""))
        except ValueError:
            return value
    return value


def _as_date(value: object) -> object:
    if isinstance(value, str) and _ISO_DATE.match(value.strip()):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            return value
    if isinstance(value, dt.datetime):
        return value.date() if value.time() == dt.time() else value
    return value


def _width(values: list[object], number_format: str | None) -> float:
    lengths = []
    for value in values:
        if value is None:
            continue
        if isinstance(value, float) and number_format == MONEY_FORMAT:
            text = f"{value:,.0f}"
        elif isinstance(value, float) and number_format == PERCENT_FORMAT:
            text = f"{100 * value:.1f}%"
        elif isinstance(value, float) and number_format == FLOAT_FORMAT:
            text = f"{value:.2f}"
        elif isinstance(value, dt.date):
            text = "0000-00-00"
        else:
            text = max(str(value).split("\n"), key=len)
        lengths.append(len(text))
    return float(min(MAX_WIDTH, max(MIN_WIDTH, max(lengths, default=0) + 2)))


def _write_sheet(ws, frame: pd.DataFrame, formats: Mapping[str, str]) -> None:
    columns = [str(c) for c in frame.columns]
    for j, name in enumerate(columns, start=1):
        cell = ws.cell(row=1, column=j, value=_text(name))
        cell.data_type = "s"
        cell.font, cell.fill, cell.alignment = _HEADER_FONT, _HEADER_FILL, _HEADER_ALIGNMENT
    for j, name in enumerate(columns, start=1):
        number_format = formats.get(name)
        values = [_plain(v) for v in frame.iloc[:, j - 1].tolist()]
        if number_format in (MONEY_FORMAT, PERCENT_FORMAT, FLOAT_FORMAT):
            values = [_as_number(v) for v in values]
        elif number_format == DATE_FORMAT:
            values = [_as_date(v) for v in values]
        for i, value in enumerate(values, start=2):
            cell = ws.cell(row=i, column=j, value=value)
            if isinstance(value, str):
                cell.data_type = "s"  # never a formula, whatever the text begins with
                if value.startswith(FORMULA_PREFIXES):
                    cell.quotePrefix = True
            elif number_format and value is not None and not isinstance(value, bool):
                cell.number_format = number_format
        ws.column_dimensions[get_column_letter(j)].width = max(
            _width(values[:WIDTH_SAMPLE_ROWS], number_format), min(MAX_WIDTH, len(name) + 3)
        )
    ws.freeze_panes = "A2"
    if columns:
        ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{len(frame) + 1}"


def workbook_bytes(workbook: Workbook) -> bytes:
    """The .xlsx bytes with every zip entry dated :data:`FIXED_TIMESTAMP` (same workbook, same bytes)."""
    raw = io.BytesIO()
    archive = zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
    ExcelWriter(workbook, archive).save()  # closes the archive; no "modified = now" as save_workbook does
    fixed = io.BytesIO()
    stamp = FIXED_TIMESTAMP.timetuple()[:6]
    with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as source, zipfile.ZipFile(fixed, "w") as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=stamp)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = info.external_attr
            target.writestr(entry, source.read(info.filename))
    return fixed.getvalue()


def write_workbook(
    sheets: Mapping[str, pd.DataFrame],
    path: str | os.PathLike,
    money_columns: Iterable[str] = (),
    percent_columns: Iterable[str] = (),
    date_columns: Iterable[str] = (),
    float_columns: Iterable[str] = (),
) -> Path:
    """Write DataFrames to one ``.xlsx`` file, one sheet each, in the order given.

    Each sheet has a bold header row that stays in view (frozen) and carries an
    autofilter, columns wide enough for their contents (8 to 60 characters),
    and number formats: ``#,##0`` for money, ``0.0%`` for shares (0-1),
    ``0.00`` for other measures (scores, indices), and ``yyyy-mm-dd`` for ISO
    date text, which becomes a real date. Text is
    always a string cell (never a formula); missing values are empty cells.
    The frames are not modified.

    Parameters
    ----------
    sheets : mapping of str to DataFrame
        Sheet name (at most 31 characters, none of ``[]:*?/\\``) to table.
    path : path-like
        The ``.xlsx`` file; its folder is created when missing.
    money_columns, percent_columns, date_columns, float_columns : iterable of str
        Column names (in whichever sheet they occur) to format; a column
        named in several takes money, else percent, else float, else date.

    Returns
    -------
    pathlib.Path
        The file written.

    Raises
    ------
    WorkbookError
        When a sheet name is empty, too long, repeated or has a character
        Excel refuses, or when no sheet is given.

    Examples
    --------
    >>> import tempfile, pandas as pd
    >>> from openpyxl import load_workbook
    >>> folder = tempfile.mkdtemp()
    >>> coverage = pd.DataFrame({"priority_code": ["CUSTODY"], "funding_eur": [1_250_000.0],
    ...                          "coverage_ratio": [0.4]})
    >>> path = write_workbook({"coverage": coverage}, f"{folder}/s.xlsx",
    ...                       money_columns=["funding_eur"], percent_columns=["coverage_ratio"])
    >>> sheet = load_workbook(path)["coverage"]
    >>> sheet.freeze_panes, sheet.auto_filter.ref, sheet["B2"].number_format, sheet["C2"].number_format
    ('A2', 'A1:C2', '#,##0', '0.0%')
    """
    if not sheets:
        raise WorkbookError("no sheets to write: give at least one table")
    _check_sheet_names(sheets)
    formats = {c: DATE_FORMAT for c in date_columns}
    formats.update({c: FLOAT_FORMAT for c in float_columns})
    formats.update({c: PERCENT_FORMAT for c in percent_columns})
    formats.update({c: MONEY_FORMAT for c in money_columns})

    workbook = Workbook()
    workbook.remove(workbook.active)
    for name, frame in sheets.items():
        _write_sheet(workbook.create_sheet(title=name), frame, formats)
    workbook.properties.creator = "mtd-analysis"
    workbook.properties.lastModifiedBy = None
    workbook.properties.created = FIXED_TIMESTAMP
    workbook.properties.modified = FIXED_TIMESTAMP
    return write_bytes(path, workbook_bytes(workbook))
