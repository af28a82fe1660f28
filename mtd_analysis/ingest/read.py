"""Open partner submissions safely and return their cells, sheet by sheet.

This is the first step of the flow: it knows file formats, encodings and
hostile input, and nothing about projects. Each format becomes a list of
:class:`Grid` objects (a sheet's cells as lists of Python values, row by row,
with row 1 of the sheet at index 0, so that ``index + 1`` is the row number
Excel shows).

Spreadsheets are read with python-calamine (xlsx, xlsm, xls, ods); text exports
(csv, txt, tsv) with the standard ``csv`` module after the encoding and
delimiter are found. A file that is broken or hostile raises
:class:`SubmissionError` with a sentence that says what is wrong; where the
size, the compression ratio, the sheet extent or XML entity declarations are out
of bounds it is refused before parsing.

Examples
--------
>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "eu.csv").write_text("Title;Amount\\nRadios;1 000,50\\n", encoding="cp1251")
>>> grids = read_submission(folder / "eu.csv")
>>> grids[0].rows
[['Title', 'Amount'], ['Radios', '1 000,50']]
>>> grids[0].meta["delimiter"], grids[0].meta["encoding"]
(';', 'utf-8')
"""

from __future__ import annotations

import csv
import io
import os
import re
import zipfile
import zlib
from dataclasses import dataclass, field, replace
from itertools import pairwise
from pathlib import Path

from mtd_analysis import config

#: File extensions read as submissions.
SPREADSHEET_EXTENSIONS = {".xlsx", ".xlsm", ".xls", ".ods", ".xlsb"}
TEXT_EXTENSIONS = {".csv", ".txt", ".tsv"}
XML_EXTENSIONS = {".xml"}
SUBMISSION_EXTENSIONS = SPREADSHEET_EXTENSIONS | TEXT_EXTENSIONS | XML_EXTENSIONS

_SYSTEM_NAMES = {".ds_store", "thumbs.db", "desktop.ini", "sample", "readme.md", "readme.txt", "readme"}


class SubmissionError(Exception):
    """A file that cannot be read as a submission, with the reason in words."""

    def __init__(self, message: str, kind: str = "file"):
        super().__init__(message)
        self.message = message
        self.kind = kind


@dataclass
class Grid:
    """One sheet's cells.

    ``rows[i][j]`` is the value of row ``i + 1``, column ``j + 1`` as the sheet
    shows it (None for an empty cell). ``merged`` lists merged ranges as
    ``((row0, col0), (row1, col1))``, 0-based and inclusive.
    """

    sheet: str
    rows: list[list]
    merged: list = field(default_factory=list)
    visible: bool = True
    date1904: bool = False
    meta: dict = field(default_factory=dict)


def is_ignored(path: Path) -> str | None:
    """Why a file beside the submissions is not one, or None when it may be.

    Examples
    --------
    >>> is_ignored(Path("~$budget.xlsx")), is_ignored(Path(".~lock.eu.ods#")), is_ignored(Path("eu.xlsx"))
    ('Excel lock file', 'LibreOffice lock file', None)
    """
    name = path.name
    low = name.lower()
    if name.startswith("~$"):
        return "Excel lock file"
    if name.startswith(".~lock."):
        return "LibreOffice lock file"
    if name.startswith("."):
        return "hidden file"
    if low in _SYSTEM_NAMES:
        return "system or documentation file"
    if low in config.SIDE_FILES:
        return "side file (read by the analysis, not a submission)"
    return None


def discover(raw_dir: Path) -> tuple[list[Path], list[tuple[Path, str]]]:
    """All files under a submissions folder, in a stable order.

    Symbolic links are read only when they point to a file inside the folder:
    a link leaving it, a link to a folder, a broken link or a loop is listed
    as ignored (its reason begins with "symbolic link"). Anything that is not a
    regular file (a pipe, a device) is ignored too.

    Returns
    -------
    (candidates, ignored)
        Files to read, and (file, reason) for lock, system and side files and links not followed.
    """
    raw_dir = Path(raw_dir)
    root = raw_dir.resolve()
    candidates: list[Path] = []
    ignored: list[tuple[Path, str]] = []
    for folder, subfolders, files in os.walk(raw_dir, followlinks=False):
        folder = Path(folder)
        subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
        for name in list(subfolders):
            if (folder / name).is_symlink():
                subfolders.remove(name)
                ignored.append((folder / name, _link_reason(folder / name, root, folder_link=True)))
        for name in files:
            path = folder / name
            if path.is_symlink():
                reason = _link_reason(path, root)
                if reason:
                    ignored.append((path, reason))
                    continue
            elif not path.is_file():
                ignored.append((path, "not a regular file (a pipe, socket or device)"))
                continue
            reason = is_ignored(path)
            if reason:
                ignored.append((path, reason))
            else:
                candidates.append(path)
    return sorted(candidates), sorted(ignored)


def _link_reason(path: Path, root: Path, folder_link: bool = False) -> str | None:
    """Why a symbolic link is not followed, or None for a link to a file inside the folder."""
    try:
        target = path.resolve(strict=True)
    except (RuntimeError, OSError):  # a loop (RuntimeError before Python 3.13) or a broken link
        return "symbolic link that loops or leads nowhere"
    if not target.is_relative_to(root):
        return "symbolic link to a place outside the submissions folder (not followed)"
    if folder_link or not target.is_file():
        return "symbolic link to a folder (not followed; its files are read where they are)"
    return None


# ---------------------------------------------------------------------------
# sniffing

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = b"PK\x03\x04"


def sniff(head: bytes, suffix: str) -> str:
    """The real format of a file from its first bytes: xlsx, ods, ole, xml, html, text or binary.

    Examples
    --------
    >>> sniff(b"PK\\x03\\x04...", ".xlsx"), sniff(b"<html><table>", ".xls"), sniff(b"a;b\\n1;2", ".csv")
    ('zip', 'html', 'text')
    """
    if head.startswith(_ZIP_MAGIC) or head.startswith(b"PK\x05\x06"):
        return "zip"
    if head.startswith(_OLE_MAGIC):
        return "ole"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if stripped.startswith(b"\xff\xfe") or stripped.startswith(b"\xfe\xff"):
        return "text"
    if re.match(rb"<!doctype html|<html|<table|<head|<body|<meta", stripped):
        return "html"
    if stripped.startswith(b"<?xml") or stripped.startswith(b"<iati-activities"):
        return "html" if b"<html" in stripped[:1000] else "xml"
    if b"\x00" in head[:2000] and not _looks_utf16(head):
        return "binary"
    return "text"


def _looks_utf16(head: bytes) -> bool:
    sample = head[:2000]
    if len(sample) < 4:
        return False
    zeros_odd = sample[1::2].count(0)
    zeros_even = sample[0::2].count(0)
    return max(zeros_odd, zeros_even) > len(sample) // 4


# ---------------------------------------------------------------------------
# zip containers: xlsx / xlsm / ods


def _check_zip(path: Path) -> zipfile.ZipFile:
    try:
        zf = zipfile.ZipFile(path)
        infos = zf.infolist()
    except zipfile.BadZipFile:
        raise SubmissionError(
            "the workbook is damaged or incomplete (truncated or not a real Excel file); "
            "please open it in Excel and save it again"
        ) from None
    total = sum(i.file_size for i in infos)
    if total > config.MAX_UNCOMPRESSED_BYTES:
        raise SubmissionError(
            f"refused before reading: the workbook would unpack to {total / 2**20:,.0f} MB "
            f"(limit {config.MAX_UNCOMPRESSED_BYTES / 2**20:,.0f} MB) — a decompression bomb or a damaged file",
            kind="hostile",
        )
    for info in infos:
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > 10 * 2**20 and ratio > config.MAX_COMPRESSION_RATIO:
            raise SubmissionError(
                f"refused before reading: part '{info.filename}' inflates {ratio:,.0f} times "
                f"to {info.file_size / 2**20:,.0f} MB — a decompression bomb",
                kind="hostile",
            )
    return zf


_ROW_REF = re.compile(rb'<row [^>]*?r="([0-9]{1,7})"')


def _column_number(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + (ch - 64)
    return n


def main_block_end(numbers, gap: int) -> int:
    """Where the main block of rows (or columns) ends: the last number before the first gap wider than ``gap``.

    Examples
    --------
    >>> main_block_end([1, 2, 3, 40, 1048576], gap=10_000)
    40
    """
    last = 0
    for n in sorted(numbers):
        if last and n - last > gap:
            break
        last = n
    return last


def column_name(number: int) -> str:
    """Excel's letters for a 1-based column number.

    Examples
    --------
    >>> column_name(1), column_name(19), column_name(16384)
    ('A', 'S', 'XFD')
    """
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _xlsx_sheet_bounds(rows: set[int], cols: set[int], sheet: str, info: dict) -> None:
    """Refuse a worksheet too large for memory; leave out far stray cells when that brings it within bounds."""
    max_row, max_col = max(rows, default=0), max(cols, default=0)
    cells = max_row * max(max_col, 1)
    if cells <= config.MAX_SHEET_CELLS and max_row <= config.MAX_SHEET_ROWS:
        return
    row_end = main_block_end(rows, config.FAR_CELL_GAP_ROWS)
    col_end = main_block_end(cols, config.FAR_CELL_GAP_COLUMNS)
    if row_end * max(col_end, 1) > config.MAX_SHEET_CELLS or row_end > config.MAX_SHEET_ROWS:
        raise SubmissionError(
            f"refused before reading: sheet '{sheet}' has cells as far as row {max_row:,} and "
            f"column {max_col:,} ({cells:,} cells); delete the stray cells far below or right of the "
            "table, or copy the table into a new workbook",
            kind="hostile",
        )
    info.setdefault("clip", {})[sheet] = (
        row_end,
        col_end,
        f"sheet '{sheet}' has cells far outside its table (as far as {column_name(max_col)}{max_row}, "
        f"beyond row {row_end:,} or column {column_name(col_end)}); they were not read — delete them",
    )


_CELL_COL = re.compile(rb'<c r="([A-Z]{1,3})')
_CELL_ROW = re.compile(rb'<c r="[A-Z]{1,3}([0-9]{1,7})"')


def _sheet_names_by_part(zf: zipfile.ZipFile) -> dict[str, str]:
    """Worksheet part name -> the sheet's name as the workbook shows it (best effort, for messages)."""
    try:
        workbook = zf.read("xl/workbook.xml").decode("utf-8", "replace")
        rels = zf.read("xl/_rels/workbook.xml.rels").decode("utf-8", "replace")
    except (KeyError, zipfile.BadZipFile, OSError):
        return {}
    targets = {}
    for rel in re.findall(r"<Relationship\b[^>]*>", rels):
        rid = re.search(r'Id="([^"]+)"', rel)
        target = re.search(r'Target="([^"]+)"', rel)
        if rid and target:
            path = target.group(1).lstrip("/")
            targets[rid.group(1)] = path if path.startswith("xl/") else f"xl/{path}"
    names = {}
    for sheet in re.findall(r"<sheet\b[^>]*>", workbook):
        name = re.search(r'name="([^"]*)"', sheet)
        rid = re.search(r'r:id="([^"]+)"', sheet)
        if name and rid and rid.group(1) in targets:
            names[targets[rid.group(1)]] = name.group(1)
    return names


def _check_xml_parts(zf: zipfile.ZipFile, kind: str) -> dict:
    """Refuse XML entity declarations and sheets whose extent would not fit in memory."""
    try:
        return _check_xml_parts_unsafe(zf, kind)
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise SubmissionError(
            f"the workbook is damaged (a part does not unpack: {exc}); please open it in Excel and save it again"
        ) from None


_COMMENT = re.compile(rb'<comment\b[^>]*?\bref="([A-Z]{1,3})([0-9]{1,7})"[^>]*>(.*?)</comment>', re.DOTALL)
_COMMENT_TEXT = re.compile(rb"<t\b[^>]*>(.*?)</t>", re.DOTALL)
_COMMENTS_REL = re.compile(rb'<Relationship\b[^>]*?Type="[^"]*/comments"[^>]*>')
_TARGET = re.compile(rb'Target="([^"]+)"')
#: At most this many comments of a sheet are kept (a sheet annotated cell by cell is no list of corrections).
MAX_COMMENTS = 2000


def sheet_comments(zf: zipfile.ZipFile, part: str) -> dict[tuple[int, int], str]:
    """The comments (notes) on a worksheet's cells: (row, col), 0-based -> the comment's text, its lines joined by
    spaces. Found through the worksheet's relationships; {} when it has none."""
    import html
    import posixpath

    folder, name = posixpath.split(part)
    try:
        rels = zf.read(f"{folder}/_rels/{name}.rels")
    except KeyError:
        return {}
    out: dict[tuple[int, int], str] = {}
    for rel in _COMMENTS_REL.findall(rels):
        target = _TARGET.search(rel)
        if target is None:
            continue
        path = target.group(1).decode("utf-8", "replace")
        path = path.lstrip("/") if path.startswith("/") else posixpath.normpath(posixpath.join(folder, path))
        try:
            text = zf.read(path)
        except KeyError:
            continue
        for col, row, body in _COMMENT.findall(text)[:MAX_COMMENTS]:
            words = " ".join(html.unescape(t.decode("utf-8", "replace")) for t in _COMMENT_TEXT.findall(body))
            words = " ".join(words.split())
            if words:
                out[(int(row) - 1, _column_number(col) - 1)] = words
    return out


def _check_xml_parts_unsafe(zf: zipfile.ZipFile, kind: str) -> dict:
    info: dict = {"date1904": False, "marks": {}}
    sheet_names = _sheet_names_by_part(zf) if kind == "xlsx" else {}
    indents = indent_styles(zf) if kind == "xlsx" else {}
    formats = format_styles(zf) if kind == "xlsx" else {}
    scales = scale_styles(zf) if kind == "xlsx" else {}
    struck = strike_styles(zf) if kind == "xlsx" else set()
    fills = fill_styles(zf) if kind == "xlsx" else {}
    struck_strings = struck_runs(zf) if kind == "xlsx" else {}
    for item in zf.infolist():
        name = item.filename
        if not name.endswith(".xml") and not name.endswith(".rels"):
            continue
        with zf.open(item) as fh:
            head = fh.read(4096)
        if b"<!DOCTYPE" in head.upper() or b"<!ENTITY" in head.upper():
            raise SubmissionError(
                f"refused before reading: part '{name}' declares XML entities (<!DOCTYPE/<!ENTITY>), "
                "which spreadsheets never need — an XML entity-expansion attack or a damaged file",
                kind="hostile",
            )
        if kind == "xlsx" and name == "xl/workbook.xml":
            text = zf.read(item)
            info["date1904"] = bool(re.search(rb'date1904="(1|true)"', text))
        if kind == "xlsx" and name.startswith("xl/worksheets/") and name.endswith(".xml"):
            rows, cols, marks = scan_worksheet(
                zf, item, indents, formats, struck, fills, struck_strings, scales
            )  # one pass: bounds and what Excel hides
            marks["comments"] = sheet_comments(zf, name)
            sheet = sheet_names.get(name, name)
            _xlsx_sheet_bounds(rows, cols, sheet, info)
            info["marks"][sheet] = marks
        if kind == "ods" and name == "content.xml":
            info["ods_merges"] = _ods_tables(zf, item)
    return info


_ODS_TAG = re.compile(rb"<(/?)table:(table|table-row|table-cell|covered-table-cell)(?=[\s/>])([^>]*?)(/?)>")
_ODS_ROWS = re.compile(rb'table:number-rows-repeated="([0-9]+)"')
_ODS_COLS = re.compile(rb'table:number-columns-repeated="([0-9]+)"')
_ODS_NAME = re.compile(rb'table:name="([^"]*)"')


class _OdsExtent:
    """Each table's extent in an ODS content part once repeated rows and columns are expanded (non-empty only)."""

    def __init__(self) -> None:
        self.name, self.row, self.height, self.width, self.cells, self.repeat = "", 0, 0, 0, 0, (0, 0)
        self.row_repeat = self.col = self.row_width = self.row_cells = 0

    def tag(self, closing: bytes, name: bytes, attrs: bytes, empty: bytes) -> None:
        if name == b"table" and not closing:
            found = _ODS_NAME.search(attrs)
            self.name = found.group(1).decode("utf-8", "replace") if found else ""
            self.row = self.height = self.width = self.cells = 0
        elif name == b"table-row" and not closing:
            found = _ODS_ROWS.search(attrs)
            self.row_repeat = int(found.group(1)) if found else 1
            self.col = self.row_width = self.row_cells = 0
            if empty:
                self.row += self.row_repeat
        elif name == b"table-row":
            if self.row_width:
                self.height = self.row + self.row_repeat
                self.width = max(self.width, self.row_width)
                self.cells += self.row_repeat * self.row_cells
                if self.row_repeat > self.repeat[1]:
                    self.repeat = (self.row + 1, self.row_repeat)
            self.row += self.row_repeat
            self.check()
        elif not closing:  # a cell
            found = _ODS_COLS.search(attrs)
            repeat = int(found.group(1)) if found else 1
            self.col += repeat
            if not empty or b"office:value-type" in attrs:
                self.row_width, self.row_cells = self.col, self.row_cells + repeat

    def check(self) -> None:
        dense = self.height * max(self.width, 1)
        too_many = max(dense, self.cells) > config.MAX_SHEET_CELLS or self.height > config.MAX_SHEET_ROWS
        if too_many:
            row, times = self.repeat
            repeated = f"; row {row:,} is repeated {times:,} times" if times > 1 else ""
            raise SubmissionError(
                f"refused before reading: sheet '{self.name}' would hold at least {self.height:,} rows and "
                f"{self.width:,} columns ({max(dense, self.cells):,} cells) once its repeated rows and columns "
                f"are expanded{repeated}; delete the repeated or stray rows, or copy the table into a new "
                "spreadsheet",
                kind="hostile",
            )


def _ods_tables(zf: zipfile.ZipFile, item: zipfile.ZipInfo) -> dict[str, list]:
    """Refuse an ODS whose tables, repeats expanded, would not fit in memory, and give each table's merged cells
    (python-calamine gives none for ODS): one streaming scan of the content part, no XML parsing.

    Examples
    --------
    >>> import io
    >>> xml = ('<table:table table:name="S"><table:table-row><table:table-cell table:number-rows-spanned="2">'
    ...        '<text:p>Title</text:p></table:table-cell><table:table-cell/></table:table-row><table:table-row>'
    ...        '<table:covered-table-cell/><table:table-cell/></table:table-row></table:table>')
    >>> buffer = io.BytesIO()
    >>> with zipfile.ZipFile(buffer, "w") as zf:
    ...     zf.writestr("content.xml", xml)
    >>> with zipfile.ZipFile(buffer) as zf:
    ...     _ods_tables(zf, zf.getinfo("content.xml"))
    {'S': [((0, 0), (1, 0))]}
    """
    extent, merges = _OdsExtent(), _OdsMerges()

    def tag(groups: tuple) -> None:
        extent.tag(*groups)
        merges.tag(*groups)

    with zf.open(item) as fh:
        tail = b""
        while chunk := fh.read(1 << 22):
            block = tail + chunk
            cut = block.rfind(b"<")
            cut = len(block) if cut < 0 else cut
            for match in _ODS_TAG.finditer(block, 0, cut):
                tag(match.groups())
            tail = block[cut:]
        for match in _ODS_TAG.finditer(tail):
            tag(match.groups())
    return merges.merges


_ODS_ROW_SPAN = re.compile(rb'table:number-rows-spanned="([0-9]+)"')
_ODS_COL_SPAN = re.compile(rb'table:number-columns-spanned="([0-9]+)"')


class _OdsMerges:
    """The merged cells of each table of an ODS content part, ``((row0, col0), (row1, col1))`` 0-based inclusive, as
    :class:`Grid` lists them (see :func:`_ods_tables`)."""

    def __init__(self) -> None:
        self.merges: dict[str, list] = {}
        self.name, self.row, self.row_repeat, self.col = "", 0, 1, 0

    def tag(self, closing: bytes, name: bytes, attrs: bytes, empty: bytes) -> None:
        if name == b"table" and not closing:
            found = _ODS_NAME.search(attrs)
            self.name = found.group(1).decode("utf-8", "replace") if found else ""
            self.row = 0
        elif name == b"table-row" and not closing:
            found = _ODS_ROWS.search(attrs)
            self.row_repeat, self.col = (int(found.group(1)) if found else 1), 0
            if empty:
                self.row += self.row_repeat
        elif name == b"table-row":
            self.row += self.row_repeat
        elif not closing:  # a cell, covered or not: it takes its columns, repeats included
            rows, cols = _ODS_ROW_SPAN.search(attrs), _ODS_COL_SPAN.search(attrs)
            if name == b"table-cell" and (rows or cols):
                height, width = int(rows.group(1)) if rows else 1, int(cols.group(1)) if cols else 1
                if height > 1 or width > 1:
                    self.merges.setdefault(self.name, []).append(
                        ((self.row, self.col), (self.row + height - 1, self.col + width - 1))
                    )
            found = _ODS_COLS.search(attrs)
            self.col += int(found.group(1)) if found else 1


_XLS_DIMENSIONS = re.compile(rb"\x00\x02\x0e\x00(.{4})(.{4})(.{2})(.{2})\x00\x00", re.DOTALL)


def _xls_bounds(path: Path) -> None:
    """Refuse an .xls whose sheets declare an extent too large for memory (BIFF8 DIMENSIONS records)."""
    with open(path, "rb") as fh:
        tail = b""
        while chunk := fh.read(1 << 22):
            block = tail + chunk
            for match in _XLS_DIMENSIONS.finditer(block):
                first_row, end_row, first_col, end_col = (int.from_bytes(g, "little") for g in match.groups())
                if not (first_row <= end_row <= 65536 and first_col <= end_col <= 256):
                    continue  # not a DIMENSIONS record: bytes that happen to look like one
                if end_row * max(end_col, 1) > config.MAX_SHEET_CELLS or end_row > config.MAX_SHEET_ROWS:
                    raise SubmissionError(
                        f"refused before reading: a sheet declares cells as far as row {end_row:,} and column "
                        f"{end_col:,} ({end_row * end_col:,} cells); delete the stray cells far below or right "
                        "of the table, or save the workbook as .xlsx",
                        kind="hostile",
                    )
            tail = block[-17:]


_ROW_MARK = re.compile(rb'<row\b[^>]*?\b(?:hidden="(?:1|true)"|outlineLevel="[1-9])[^>]*>')
_ROW_NUMBER = re.compile(rb'\br="([0-9]{1,7})"')
_OUTLINE = re.compile(rb'\boutlineLevel="([0-9])"')
_HIDDEN = re.compile(rb'\bhidden="(?:1|true)"')
_FORMULA_NO_VALUE = re.compile(
    rb'<c r="([A-Z]{1,3})([0-9]{1,7})"[^>]*>\s*(?:<f\b[^>]*/>|<f\b[^>]*>([^<]*)</f>)\s*(?:<v\s*/>|<v>\s*</v>)?\s*</c>'
)
#: At most this many hidden rows, outline levels or formula cells are kept per sheet (a bound on memory).
MAX_ROW_MARKS = 100_000


_CELL_XFS = re.compile(rb"<cellXfs\b[^>]*>(.*?)</cellXfs>", re.DOTALL)
_XF = re.compile(rb"<xf\b[^>]*?(?:/>|>(.*?)</xf>)", re.DOTALL)
_INDENT = re.compile(rb'<alignment\b[^>]*\bindent="([0-9]{1,2})"')
_STYLED_CELL = re.compile(rb'<c r="([A-Z]{1,3})([0-9]{1,7})"[^>]*?\bs="([0-9]{1,5})"')


_XF_TAG = re.compile(rb"<xf\b([^>]*?)(?:/>|>(.*?)</xf>)", re.DOTALL)
_FMT_ID = re.compile(rb'\bnumFmtId="([0-9]+)"')
_NUM_FMT = re.compile(rb'<numFmt\b[^>]*?\bnumFmtId="([0-9]+)"[^>]*?\bformatCode="([^"]*)"')
#: "[$€-407]", "[$SEK]", "[$$-409]": a currency (and the locale naming it) in a number format.
_FMT_BRACKET = re.compile(r"\[\$([^\]-]*)(?:-([0-9A-Fa-f]+))?\]")
_FMT_QUOTED = re.compile(r'"([^"]*)"')
_FMT_SYMBOL = re.compile(r"[€£$¥₴]")


def _styles_part(zf: zipfile.ZipFile) -> bytes | None:
    """A workbook's styles part (its first 8 MB), or None when it has none."""
    try:
        with zf.open("xl/styles.xml") as fh:
            return fh.read(8 << 20)
    except KeyError:
        return None


def format_currency_token(code: str) -> str | None:
    """What a number format shows beside the number, when it names money or a share: the symbol or code of a
    currency (with the locale's number, "€|407"; quoted text, "EUR"; a bare symbol, "£"), or "%" for a percentage;
    None for any other format. Only the format's first section (positive numbers) is read.

    Examples
    --------
    >>> format_currency_token('[$€-407]#,##0'), format_currency_token('#,##0 "EUR"')
    ('€|407', 'EUR')
    >>> format_currency_token('£#,##0,"K"'), format_currency_token('0%'), format_currency_token('#,##0.00')
    ('£', '%', None)
    >>> format_currency_token('_-* #,##0.00 _€_-') is None  # the room of a €, left blank
    True
    """
    # "_€" leaves the width of a € blank and "*-" fills with dashes: neither shows its character
    text = re.sub(r"[_*].", "", _first_section(code))
    bracket = _FMT_BRACKET.search(text)
    if bracket and bracket.group(1).strip():
        symbol = bracket.group(1).strip()
        return f"{symbol}|{bracket.group(2).upper()}" if bracket.group(2) else symbol
    for quoted_text in _FMT_QUOTED.findall(text):
        if quoted_text.strip(" .,'K") and quoted_text.strip().lower() not in (
            "k",
            "m",
            "тис.",
            "тыс.",
            "млн",
        ):
            return quoted_text.strip()
    bare = _FMT_QUOTED.sub("", re.sub(r"\[[^\]]*\]", "", text))
    found = _FMT_SYMBOL.search(bare.replace("\\", ""))
    if found:
        return found.group(0)
    return "%" if "%" in bare else None


def _first_section(code: str) -> str:
    """A number format's first section (the one for positive numbers): up to a ';' outside quotes and brackets."""
    import html

    first, quoted, depth = [], False, 0
    for ch in html.unescape(code):
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch == "[":
            depth += 1
        elif not quoted and ch == "]":
            depth = max(0, depth - 1)
        elif ch == ";" and not quoted and not depth:
            break
        first.append(ch)
    return "".join(first)


def _style_formats(zf: zipfile.ZipFile) -> list[tuple[bytes, int, str | None]]:
    """Each cell style (its index as written in ``s="..."``) with its number format's id and, for a format the
    workbook defines, its code (None for Excel's built-in ones)."""
    styles = _styles_part(zf)
    block = _CELL_XFS.search(styles) if styles is not None else None
    if styles is None or block is None:
        return []
    codes = {int(i): code.decode("utf-8", "replace") for i, code in _NUM_FMT.findall(styles)}
    out = []
    for i, xf in enumerate(_XF_TAG.finditer(block.group(1))):
        found = _FMT_ID.search(xf.group(1) or b"")
        number = int(found.group(1)) if found else 0
        out.append((str(i).encode(), number, codes.get(number)))
    return out


def format_styles(zf: zipfile.ZipFile) -> dict[bytes, str]:
    """Cell style index (as written in ``s="..."``) -> :func:`format_currency_token` of its number format, for the
    styles whose format shows a currency or a percentage. Excel's built-in formats are locale-dependent (its
    currency formats show the reader's own currency) and are not read, except the percentages (9, 10)."""
    out = {}
    for style, number, code in _style_formats(zf):
        token = "%" if number in (9, 10) else format_currency_token(code) if code is not None else None
        if token:
            out[style] = token
    return out


def format_scale(code: str) -> float | None:
    """How many times smaller a number format shows its number: a comma after the last digit placeholder of its
    first section divides by 1,000 ("#,##0," shows 1,250 for 1,250,000), two by a million; None when it shows the
    number as stored.

    Examples
    --------
    >>> format_scale('#,##0,'), format_scale('#,##0.0,,"M"'), format_scale('£#,##0,"K"')
    (1000.0, 1000000.0, 1000.0)
    >>> format_scale('#,##0'), format_scale('#,##0.00;[Red]-#,##0.00'), format_scale('"1,000"0') is None
    (None, None, True)
    """
    shown = re.sub(r'"[^"]*"|\[[^\]]*\]', "", _first_section(code))  # without its quoted text and brackets
    text = re.sub(r"[_*\\].", "", shown)
    found = re.search(r"[0#?](?:[.][0#?]*)?(,+)(?![0#?])", text)
    return 1000.0 ** len(found.group(1)) if found else None


def scale_styles(zf: zipfile.ZipFile) -> dict[bytes, float]:
    """Cell style index (as written in ``s="..."``) -> how many times smaller its number format shows the number
    (:func:`format_scale`), for the styles whose format scales it."""
    return {
        style: scale
        for style, _, code in _style_formats(zf)
        if code is not None and (scale := format_scale(code))
    }


#: A column definition Excel hides: <col min="6" max="6" hidden="1" .../> (1-based, inclusive).
_HIDDEN_COL = re.compile(rb'<col\b(?=[^>]*\bhidden="(?:1|true)")[^>]*?\bmin="([0-9]+)"[^>]*?\bmax="([0-9]+)"')
_FONTS = re.compile(rb"<fonts\b[^>]*>(.*?)</fonts>", re.DOTALL)
_FONT = re.compile(rb"<font\b[^>]*?(?:/>|>(.*?)</font>)", re.DOTALL)
_STRIKE = re.compile(rb'<strike\b(?![^>]*\bval="(?:0|false)")')
_FONT_ID = re.compile(rb'\bfontId="([0-9]+)"')


def strike_styles(zf: zipfile.ZipFile) -> set[bytes]:
    """Cell style indices (as written in ``s="..."``) whose font is struck through."""
    styles = _styles_part(zf)
    if styles is None:
        return set()
    fonts_block, xfs_block = _FONTS.search(styles), _CELL_XFS.search(styles)
    if fonts_block is None or xfs_block is None:
        return set()
    struck = {
        i
        for i, font in enumerate(_FONT.finditer(fonts_block.group(1)))
        if _STRIKE.search(font.group(1) or b"")
    }
    if not struck:
        return set()
    out = set()
    for i, xf in enumerate(_XF_TAG.finditer(xfs_block.group(1))):
        found = _FONT_ID.search(xf.group(1) or b"")
        if found and int(found.group(1)) in struck:
            out.add(str(i).encode())
    return out


_SI = re.compile(rb"<si>(.*?)</si>|<si/>", re.DOTALL)
_RUN = re.compile(rb"<r>(.*?)</r>", re.DOTALL)
_RUN_PROPS = re.compile(rb"<rPr>(.*?)</rPr>", re.DOTALL)
_RUN_TEXT = re.compile(rb"<t\b[^>]*>(.*?)</t>", re.DOTALL)
#: A cell holding a shared string (<c r="E10" s="3" t="s"><v>17</v></c>), or a string of its own (t="inlineStr").
_SHARED_CELL = re.compile(rb'<c r="([A-Z]{1,3})([0-9]{1,7})"[^>]*?\bt="s"[^>]*>\s*<v>([0-9]+)</v>')
_INLINE_CELL = re.compile(
    rb'<c r="([A-Z]{1,3})([0-9]{1,7})"[^>]*?\bt="inlineStr"[^>]*>\s*<is>(.*?)</is>', re.DOTALL
)


def _struck_parts(body: bytes) -> tuple[str, str] | None:
    """Of a string written in runs of text, some struck through and some not ("~~planned~~ ongoing"): (the text not
    struck, the text struck), spaces made single; None when no run, or every run, is struck."""
    import html

    if b"<strike" not in body:
        return None
    kept: list[str] = []
    struck: list[str] = []
    for run in _RUN.findall(body):
        props = _RUN_PROPS.search(run)
        text = html.unescape(b"".join(_RUN_TEXT.findall(run)).decode("utf-8", "replace"))
        (struck if props and _STRIKE.search(props.group(1)) else kept).append(text)
    if not struck or not "".join(kept).strip():
        return None
    return " ".join("".join(kept).split()), " ".join("".join(struck).split())


def struck_runs(zf: zipfile.ZipFile) -> dict[bytes, tuple[str, str]]:
    """The workbook's shared strings written partly struck through (an edit kept visible: "~~planned~~ ongoing",
    "~~700 000~~ 820 000"): index (as written in ``<v>``) -> (the text not struck, the text struck)."""
    try:
        data = zf.read("xl/sharedStrings.xml")
    except KeyError:
        return {}
    if b"<strike" not in data:
        return {}
    out: dict[bytes, tuple[str, str]] = {}
    for i, si in enumerate(_SI.finditer(data)):
        parts = _struck_parts(si.group(1) or b"")
        if parts is not None:
            out[str(i).encode()] = parts
    return out


_FILLS = re.compile(rb"<fills\b[^>]*>(.*?)</fills>", re.DOTALL)
_FILL = re.compile(rb"<fill\b[^>]*?(?:/>|>(.*?)</fill>)", re.DOTALL)
_SOLID = re.compile(rb'<patternFill\b[^>]*\bpatternType="solid"[^>]*>(.*?)</patternFill>', re.DOTALL)
_FG_COLOUR = re.compile(rb"<fgColor\b([^>]*)/?>")
_FILL_ID = re.compile(rb'\bfillId="([0-9]+)"')
#: An empty cell with a style (``<c r="N9" s="5"/>``): a timeline's coloured month, a legend's sample.
_EMPTY_STYLED_CELL = re.compile(rb'<c r="([A-Z]{1,3})([0-9]{1,7})"[^>]*?\bs="([0-9]{1,5})"[^>/]*/>')


def fill_styles(zf: zipfile.ZipFile) -> dict[bytes, str]:
    """Cell style index (as written in ``s="..."``) -> its solid fill's colour ("A9D08E", or "theme 4 tint
    -0.25" for a theme colour), for the styles that fill a cell with a colour."""
    styles = _styles_part(zf)
    if styles is None:
        return {}
    fills_block, xfs_block = _FILLS.search(styles), _CELL_XFS.search(styles)
    if fills_block is None or xfs_block is None:
        return {}
    colours = {}
    for i, fill in enumerate(_FILL.finditer(fills_block.group(1))):
        solid = _SOLID.search(fill.group(1) or b"")
        colour = _FG_COLOUR.search(solid.group(1)) if solid else None
        if colour is None:
            continue
        attrs = dict(re.findall(rb'(\w+)="([^"]*)"', colour.group(1)))
        if b"rgb" in attrs:
            colours[i] = attrs[b"rgb"][-6:].decode("ascii", "replace").upper()
        elif b"theme" in attrs:
            tint = attrs.get(b"tint", b"0").decode("ascii", "replace")
            colours[i] = f"theme {attrs[b'theme'].decode('ascii', 'replace')} tint {tint}"
    if not colours:
        return {}
    out = {}
    for i, xf in enumerate(_XF_TAG.finditer(xfs_block.group(1))):
        found = _FILL_ID.search(xf.group(1) or b"")
        if found and int(found.group(1)) in colours:
            out[str(i).encode()] = colours[int(found.group(1))]
    return out


def indent_styles(zf: zipfile.ZipFile) -> dict[bytes, int]:
    """Cell style index (as written in ``s="..."``) -> Excel's indent level, for the styles that indent."""
    styles = _styles_part(zf)
    if styles is None:
        return {}
    block = _CELL_XFS.search(styles)
    if block is None:
        return {}
    out = {}
    for i, xf in enumerate(_XF.finditer(block.group(1))):
        indent = _INDENT.search(xf.group(1) or b"")
        if indent and int(indent.group(1)):
            out[str(i).encode()] = int(indent.group(1))
    return out


def scan_worksheet(
    zf: zipfile.ZipFile,
    item: zipfile.ZipInfo | str,
    indents: dict[bytes, int] | None = None,
    formats: dict[bytes, str] | None = None,
    struck: set[bytes] | None = None,
    fills: dict[bytes, str] | None = None,
    struck_strings: dict[bytes, tuple[str, str]] | None = None,
    scales: dict[bytes, float] | None = None,
) -> tuple[set[int], set[int], dict]:
    """One streaming pass over a worksheet part (no XML tree): its extent, and what Excel hides or leaves unevaluated.

    Returns the 1-based rows and columns holding a cell (for the memory bounds), and the marks:
    ``hidden_rows`` (0-based indices of hidden rows), ``outline`` (0-based row index -> outline level
    1-7, rows grouped under another), ``formulas`` ((row, col), 0-based -> the formula's text, "" for a
    shared formula) for formula cells saved without a value, and ``indents`` ((row, col) -> Excel's
    indent level) for cells whose style (``indents``, from :func:`indent_styles`) indents them, and ``formats``
    ((row, col) -> the currency or "%" the cell's number format shows, from :func:`format_styles`), and
    ``struck`` (0-based row index -> how many of its cells are struck through, by ``struck``,
    :func:`strike_styles`) and ``hidden_cols`` (0-based indices of the columns Excel hides) and ``empty_fills``
    ((row, col) -> the colour of an empty cell filled with one, by ``fills``, :func:`fill_styles`: a timeline's
    bar drawn in colour, with no figure in it) and ``struck_text`` ((row, col) -> (the text not struck, the text
    struck) of a cell written partly struck through, its string of its own or shared, ``struck_strings``,
    :func:`struck_runs`) and ``scaled`` ((row, col) -> how many times smaller the cell's number format shows its
    number, by ``scales``, :func:`scale_styles`: "#,##0," shows thousands).
    """
    rows: set[int] = set()
    cols: set[bytes] = set()
    hidden: set[int] = set()
    outline: dict[int, int] = {}
    formulas: dict[tuple[int, int], str] = {}
    indented: dict[tuple[int, int], int] = {}
    formatted: dict[tuple[int, int], str] = {}
    struck_rows: dict[int, int] = {}
    hidden_cols: set[int] = set()
    empty_fills: dict[tuple[int, int], str] = {}
    struck_text: dict[tuple[int, int], tuple[str, str]] = {}
    scaled: dict[tuple[int, int], float] = {}
    with zf.open(item) as fh:
        tail = b""
        while chunk := fh.read(1 << 22):
            block = tail + chunk
            cols.update(_CELL_COL.findall(block))
            rows.update(map(int, _CELL_ROW.findall(block)))
            rows.update(map(int, _ROW_REF.findall(block)))
            marked = b'hidden="' in block or b"outlineLevel=" in block  # most sheets have neither
            for first, last in _HIDDEN_COL.findall(block) if marked and b"<col " in block else ():
                hidden_cols.update(range(int(first) - 1, min(int(last), int(first) + 256)))
            for tag in _ROW_MARK.findall(block) if marked else ():
                number = _ROW_NUMBER.search(tag)
                if number is None or len(outline) + len(hidden) > MAX_ROW_MARKS:
                    continue
                index = int(number.group(1)) - 1
                if _HIDDEN.search(tag):
                    hidden.add(index)
                level = _OUTLINE.search(tag)
                if level and int(level.group(1)):
                    outline[index] = int(level.group(1))
            for col, row, text in _FORMULA_NO_VALUE.findall(block) if b"<f" in block else ():
                if len(formulas) < MAX_ROW_MARKS:
                    formulas[(int(row) - 1, _column_number(col) - 1)] = text.decode("utf-8", "replace")
            for col, row, style in (
                _STYLED_CELL.findall(block) if indents or formats or struck or scales else ()
            ):
                if indents and style in indents and len(indented) < MAX_ROW_MARKS:
                    indented[(int(row) - 1, _column_number(col) - 1)] = indents[style]
                if formats and style in formats and len(formatted) < MAX_ROW_MARKS:
                    formatted[(int(row) - 1, _column_number(col) - 1)] = formats[style]
                if scales and style in scales and len(scaled) < MAX_ROW_MARKS:
                    scaled[(int(row) - 1, _column_number(col) - 1)] = scales[style]
                if struck and style in struck and len(struck_rows) < MAX_ROW_MARKS:
                    struck_rows[int(row) - 1] = struck_rows.get(int(row) - 1, 0) + 1
            for col, row, index in _SHARED_CELL.findall(block) if struck_strings else ():
                if index in struck_strings and len(struck_text) < MAX_ROW_MARKS:
                    struck_text[(int(row) - 1, _column_number(col) - 1)] = struck_strings[index]
            for col, row, body in _INLINE_CELL.findall(block) if b"<strike" in block else ():
                if (parts := _struck_parts(body)) is not None and len(struck_text) < MAX_ROW_MARKS:
                    struck_text[(int(row) - 1, _column_number(col) - 1)] = parts
            for col, row, style in _EMPTY_STYLED_CELL.findall(block) if fills else ():
                if style in fills and len(empty_fills) < MAX_ROW_MARKS:
                    empty_fills[(int(row) - 1, _column_number(col) - 1)] = fills[style]
            tail = block[-2048:]
    marks = {
        "hidden_rows": sorted(hidden),
        "outline": outline,
        "formulas": formulas,
        "indents": indented,
        "formats": formatted,
        "struck": struck_rows,
        "hidden_cols": sorted(hidden_cols),
        "empty_fills": empty_fills,
        "struck_text": struck_text,
        "scaled": scaled,
    }
    return rows, {_column_number(c) for c in cols}, marks


#: The title the intake template (:mod:`mtd_analysis.outputs.template`) writes into the workbook's properties.
TEMPLATE_TITLE = b"ITA projects intake template"


def _is_intake_template(zf: zipfile.ZipFile) -> bool:
    """True for a workbook made by ``mtd-analysis template`` (its document title says so)."""
    try:
        with zf.open("docProps/core.xml") as fh:
            return TEMPLATE_TITLE in fh.read(65536)
    except (KeyError, zipfile.BadZipFile, OSError):
        return False


def _solid_fill(cell) -> str | None:
    """A cell's solid fill as "RRGGBB" (openpyxl's ARGB without its alpha), None for none."""
    fill = getattr(cell, "fill", None)
    colour = getattr(getattr(fill, "fgColor", None), "rgb", None)
    if getattr(fill, "fill_type", None) == "solid" and isinstance(colour, str) and len(colour) == 8:
        return colour[2:].upper()
    return None


def sheet_cell_fills(path: Path, sheet: str) -> dict[int, dict[int, str]]:
    """The solid fills of a sheet's cells, row by row: {row number: {0-based column: "RRGGBB"}}, rows without a fill
    left out; {} when they cannot be read (openpyxl, read-only: for a legend of sample fills, see
    :func:`mtd_analysis.ingest.projects.swatch_legend_across` and ``swatch_legend_beside``)."""
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception:  # noqa: BLE001 - the styles are extra: a workbook read once already is not failed for them
        return {}
    try:
        if sheet not in workbook.sheetnames:
            return {}
        out: dict[int, dict[int, str]] = {}
        for number, row in enumerate(workbook[sheet].iter_rows(), start=1):
            for col, cell in enumerate(row):
                if rgb := _solid_fill(cell):
                    out.setdefault(number, {})[col] = rgb
        return out
    except Exception:  # noqa: BLE001
        return {}
    finally:
        workbook.close()


def row_fills(path: Path, sheets: list[str]) -> dict[str, dict[int, tuple[str | None, str | None]]]:
    """The fills of each row of the named sheets of a workbook (.xlsx, .xlsm): {sheet: {row number: (row fill, any
    fill)}} as "RRGGBB": the row's fill is the solid fill of at least half its non-empty cells (a row shaded, not
    one cell), any fill the first solid fill of the row (a legend line's coloured sample, often an empty cell).
    Rows without a fill are left out; a file whose styles cannot be read gives {} (openpyxl, read-only: only for a
    workbook whose statuses are colours, see :func:`mtd_analysis.ingest.projects.colour_legend`).
    """
    import openpyxl

    out: dict[str, dict[int, tuple[str | None, str | None]]] = {}
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception:  # noqa: BLE001 - the styles are extra: a workbook read once already is not failed for them
        return {}
    try:
        for sheet in sheets:
            if sheet not in workbook.sheetnames:
                continue
            fills: dict[int, tuple[str | None, str | None]] = {}
            for number, row in enumerate(workbook[sheet].iter_rows(), start=1):
                seen: dict[str, int] = {}
                first, filled = None, 0
                for cell in row:
                    rgb = _solid_fill(cell)
                    first = first or rgb
                    if getattr(cell, "value", None) is not None:
                        filled += 1
                        if rgb:
                            seen[rgb] = seen.get(rgb, 0) + 1
                shade = max(seen, key=seen.__getitem__) if seen else None
                if shade is not None and seen[shade] * 2 < filled:
                    shade = None
                if shade or first:
                    fills[number] = (shade, first)
            out[sheet] = fills
    except Exception:  # noqa: BLE001 - as above
        return {}
    finally:
        workbook.close()
    return out


def _clipped_grid(
    path: Path, sheet: str, rows: int, cols: int, note: str, visible: bool, date1904: bool
) -> Grid:
    """A sheet with far stray cells, read row by row up to its main block only (openpyxl, read-only)."""
    import openpyxl

    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        cells = workbook[sheet].iter_rows(min_row=1, max_row=rows, max_col=max(cols, 1), values_only=True)
        grid_rows = [_clean_row(list(row)) for row in cells]
    finally:
        workbook.close()
    return Grid(sheet, grid_rows, [], visible, date1904, {"format": "xlsx", "clipped": note})


def _calamine_grids(
    path: Path, date1904: bool, fmt: str, clip: dict | None = None, ods_merges: dict | None = None
) -> list[Grid]:
    import python_calamine as pc

    try:
        wb = pc.CalamineWorkbook.from_path(str(path))
    except pc.PasswordError:
        raise SubmissionError(
            "the workbook is password-protected; please send it without a password"
        ) from None
    except (pc.CalamineError, OSError, ValueError) as exc:
        msg = str(exc)
        if "password" in msg.lower() or "encrypt" in msg.lower():
            raise SubmissionError(
                "the workbook is password-protected; please send it without a password"
            ) from None
        raise SubmissionError(
            f"the workbook cannot be read ({_short(msg)}); please open it in Excel and save it again"
        ) from None
    grids = []
    try:
        for meta in wb.sheets_metadata:
            visible = str(meta.visible).endswith("Visible")
            if not str(meta.typ).endswith("WorkSheet"):
                grids.append(
                    Grid(meta.name, [], visible=visible, meta={"kind": str(meta.typ).split(".")[-1]})
                )
                continue
            if clip and meta.name in clip:
                grids.append(_clipped_grid(path, meta.name, *clip[meta.name], visible, date1904))
                continue
            try:
                sheet = wb.get_sheet_by_name(meta.name)
                rows = sheet.to_python(skip_empty_area=False)
                merged = list(sheet.merged_cell_ranges or [])
                if not merged and ods_merges:  # python-calamine gives no merged cells for ODS: the scan's
                    merged = ods_merges.get(meta.name, [])
            except pc.PasswordError:
                raise SubmissionError(
                    "the workbook is password-protected; please send it without a password"
                ) from None
            except (pc.CalamineError, ValueError) as exc:
                grids.append(Grid(meta.name, [], visible=visible, meta={"error": _short(str(exc))}))
                continue
            grids.append(
                Grid(meta.name, [_clean_row(r) for r in rows], merged, visible, date1904, {"format": fmt})
            )
    finally:
        wb.close()
    return grids


def _short(msg: str) -> str:
    msg = " ".join(msg.split())
    return msg[:160] + ("…" if len(msg) > 160 else "")


def _clean_row(row: list) -> list:
    return [None if (v == "" or v is None) else v for v in row]


def _ole_is_encrypted(path: Path) -> bool:
    """An OLE container holding an encrypted OOXML package (a password-protected .xlsx)."""
    with open(path, "rb") as fh:
        data = fh.read(1 << 20)
    return "EncryptedPackage".encode("utf-16-le") in data or "EncryptionInfo".encode("utf-16-le") in data


# ---------------------------------------------------------------------------
# text exports

_CANDIDATE_DELIMITERS = ("\t", ";", ",", "|")


#: Code pages partners' text exports plausibly use, in order of preference when two read the same.
_CODE_PAGES = (
    "cp1251",
    "cp1252",
    "cp1250",
    "koi8_u",
    "koi8_r",
    "iso8859_2",
    "iso8859_15",
    "cp866",
    "mac_cyrillic",
)


def decode_text(raw: bytes) -> tuple[str, str]:
    """Decode a text export: BOM first, then UTF-16 without BOM, UTF-8, and finally a guessed code page.

    The guess (charset-normalizer, limited to :data:`_CODE_PAGES`) picks the code page whose text reads
    least like mojibake; a German or Polish file stays Latin. Any encoding other than UTF-8 or UTF-16
    is a guess, which the reader of the grid reports.

    Examples
    --------
    >>> decode_text("Назва проєкту;Сума".encode("cp1251"))
    ('Назва проєкту;Сума', 'cp1251')
    >>> decode_text("Grenzübergänge;Maßnahmen;Schulung für Polizei".encode("cp1252"))
    ('Grenzübergänge;Maßnahmen;Schulung für Polizei', 'cp1252')
    >>> decode_text("\\ufeffTitle".encode("utf-8"))
    ('Title', 'utf-8-sig')
    """
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if raw.startswith(b"\xff\xfe") or raw.startswith(b"\xfe\xff"):
        return raw.decode("utf-16", errors="replace"), "utf-16"
    if _looks_utf16(raw):
        le = raw[1::2].count(0) >= raw[0::2].count(0)
        return raw.decode("utf-16-le" if le else "utf-16-be", errors="replace"), "utf-16"
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    results = list(from_bytes(raw, cp_isolation=list(_CODE_PAGES)))

    def rank(match) -> tuple:
        same = [c for c in _CODE_PAGES if c in match.could_be_from_charset] or [match.encoding]
        return round(match.chaos, 3), -round(match.coherence, 3), _CODE_PAGES.index(same[0])

    if results:
        best = min(results, key=rank)
        encoding = next((c for c in _CODE_PAGES if c in best.could_be_from_charset), best.encoding)
    else:
        encoding = "cp1251"
    mixed = _lines_in_two_encodings(raw, encoding)
    if mixed is not None:
        return mixed, f"{encoding}+utf-8"
    return raw.decode(encoding, errors="replace"), encoding


def _lines_in_two_encodings(raw: bytes, encoding: str) -> str | None:
    """A file whose lines are in two encodings (a cp1251 export with lines added later in UTF-8): each line decoded
    in its own, a line that is valid UTF-8 with letters beyond ASCII as UTF-8, the others in ``encoding``; None when
    no line is such UTF-8 (one encoding throughout). A line in a Cyrillic code page is never valid UTF-8 by chance:
    its letters are bytes that UTF-8 allows only in pairs of another kind.

    Examples
    --------
    >>> raw = "Назва;Сума\\n".encode("cp1251") + "Поліція;100\\n".encode("utf-8")
    >>> _lines_in_two_encodings(raw, "cp1251")
    'Назва;Сума\\nПоліція;100\\n'
    >>> _lines_in_two_encodings("Назва;Сума\\n".encode("cp1251"), "cp1251") is None
    True
    """
    out, utf8 = [], 0
    for line in raw.splitlines(keepends=True):
        if max(line, default=0) < 0x80:
            out.append(line.decode("ascii"))
            continue
        try:
            out.append(line.decode("utf-8"))
            utf8 += 1
        except UnicodeDecodeError:
            out.append(line.decode(encoding, errors="replace"))
    return "".join(out) if utf8 else None


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first lines most consistently.

    Examples
    --------
    >>> sniff_delimiter("a;b;c\\n1,5;2;3\\n"), sniff_delimiter("a\\tb\\n1\\t2\\n"), sniff_delimiter("a,b\\n1,2\\n")
    (';', '\\t', ',')
    """
    lines = [ln for ln in text.splitlines()[:50] if ln.strip()][:20]
    if not lines:
        return ","
    best, best_score = ",", -1.0
    for delim in _CANDIDATE_DELIMITERS:
        counts = [_split_count(ln, delim) for ln in lines]
        nonzero = [c for c in counts if c]
        if not nonzero:
            continue
        mode = max(set(nonzero), key=nonzero.count)
        score = nonzero.count(mode) / len(lines) * (1 + min(mode, 20) / 20)
        if score > best_score + 1e-9:
            best, best_score = delim, score
    return best


#: A decimal comma: one or two digits after it ("65 000,0", "1 200,50"), not a thousands comma ("1,250,000").
_DECIMAL_COMMA = re.compile(r"(?<=\d),(?=\d{1,2}(?!\d))")


def _decimal_commas(lines: list[str]) -> bool:
    """Whether most commas of these lines (three in four) stand between two digits ("65 000,0", "22 000,0"): decimal
    commas, not a delimiter.

    >>> _decimal_commas(["Назва   Вартість", "1.  Авто   65 000,0   22 000,0"]), _decimal_commas(["a,b", "1,5,x"])
    (True, False)
    >>> _decimal_commas(["Title  | Total budget", "Radios | GBP 1,250,000"])  # thousands commas
    False
    """
    commas = sum(line.count(",") for line in lines)
    return commas > 0 and sum(len(_DECIMAL_COMMA.findall(line)) for line in lines) >= 0.75 * commas


def _split_count(line: str, delim: str) -> int:
    try:
        return len(next(csv.reader([line], delimiter=delim))) - 1
    except (csv.Error, StopIteration):
        return line.count(delim)


#: A Markdown table's line under its header: "---", ":---", "---:", ":---:" in each cell.
_ALIGNMENT_MARKS = re.compile(r"\s*:?-{3,}:?\s*")
#: A Markdown cell's bold or italic marks around its text ("**Итого**", "__Total__").
_EMPHASIS = re.compile(r"^\s*(\*{1,2}|_{1,2})(\S(?:.*\S)?)\1\s*$", re.DOTALL)
_HTML_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)


def markdown_rows(rows: list[list], line_of_row: list[int]) -> tuple[list[list], list[int]] | None:
    """A Markdown table's rows read as a person sees them: its line of alignment marks left out (each other row
    keeps its line), bold and italic marks taken off a cell's text, ``<br>`` read as a line break; None when the
    rows (split at ``|``) hold no such line.

    Examples
    --------
    >>> rows = [[None, " Project ", " Budget ", None], [None, ":---", "---:", None],
    ...         [None, " Border<br>(with IOM) ", " 100 ", None], [None, " **Total** ", " **100** ", None]]
    >>> kept, lines = markdown_rows(rows, [5, 6, 7, 8])
    >>> [[v.strip() if v else v for v in row] for row in kept], lines
    ([[None, 'Project', 'Budget', None], [None, 'Border\\n(with IOM)', '100', None], [None, 'Total', '100', None]], [5, 7, 8])
    >>> markdown_rows([["a", "b"], ["1", "2"]], [1, 2]) is None
    True
    """
    marks = [
        i
        for i, row in enumerate(rows)
        if sum(1 for v in row if v) >= 2 and all(_ALIGNMENT_MARKS.fullmatch(v) for v in row if v)
    ]
    if not marks:
        return None

    def cell(value):
        if not value:
            return value
        value = _HTML_BREAK.sub("\n", value)
        emphasis = _EMPHASIS.match(value)
        return emphasis.group(2) if emphasis else value

    kept = [i for i in range(len(rows)) if i not in set(marks)]
    return [[cell(v) for v in rows[i]] for i in kept], [line_of_row[i] for i in kept]


_STRUCK = re.compile(r"^\s*~~(?P<text>.*\S)~~\s*$", re.DOTALL)


def _struck_through(rows: list[list]) -> tuple[list[list], dict[int, int]]:
    """A Markdown table's cells struck through ("~~text~~") with their marks taken off, and how many cells of each row
    were struck.

    >>> _struck_through([[" ~~Radios~~ ", " ~~100~~ "], [" Boats ", " 5 "]])
    ([['Radios', '100'], [' Boats ', ' 5 ']], {0: 2})
    """
    out, struck = [], {}
    for i, row in enumerate(rows):
        marked = [_STRUCK.match(value) if isinstance(value, str) else None for value in row]
        filled = sum(1 for value in row if isinstance(value, str) and value.strip())
        if sum(1 for m in marked if m) * 2 < max(filled, 1):
            out.append(row)  # a word struck here and there: the row as written (its marks shown)
            continue
        struck[i] = sum(1 for m in marked if m)
        out.append([m["text"] if m else value for m, value in zip(marked, row, strict=True)])
    return out, struck


def _tab_block(text: str) -> bool:
    r"""Whether a text holds a table pasted among its prose: four lines or more in a row, each cut by tabs into as
    many fields, three at least.

    Examples
    --------
    >>> mail = "Dear colleagues,\nBelow is the table.\n\nProject\tDonor\tBudget\nA\tJapan\t100\nB\tSweden\t200\nC\tEU\t5\n\nRegards"
    >>> _tab_block(mail), _tab_block("Dear colleagues,\nThanks,\tAnna")
    (True, False)
    """
    run, width = 0, None
    for line in text[:20000].splitlines()[:200]:
        n = line.count("\t") + 1 if line.strip() else 0
        if n >= 3 and (width is None or n == width):
            run, width = run + 1, n
            if run >= 4:
                return True
        else:
            run, width = (1, n) if n >= 3 else (0, None)
    return False


def _text_grid(raw: bytes, name: str) -> Grid:
    text, encoding = decode_text(raw)
    text = text.lstrip("\ufeff")
    if (boxed := box_table_rows(text)) is not None:  # a table drawn in box characters ("│ 1. │ … │")
        rows, ruled = boxed
        joined = ruled_records(rows, ruled)
        rows = [[None] * len(row) if rule else row for row, rule in zip(joined or rows, ruled, strict=True)]
        meta = {
            "format": "text",
            "encoding": encoding,
            "delimiter": "│",
            "line_of_row": list(range(1, len(rows) + 1)),
            "said": "a table drawn in box characters: cut where its lines' bars stand"
            + (
                "; the lines of a record (and of the header) joined into one row, at its first line"
                if joined
                else ""
            ),
        }
        if "\ufffd" in text:
            meta["replacement_chars"] = True
        return Grid("", rows, meta=meta)
    delimiter = sniff_delimiter(text)
    head = [line for line in text[:20000].splitlines()[:80] if line.strip()]
    few = (  # few delimiters: few lines split?
        sum(line.count(delimiter) for line in head) < 2 * len(head)
        and sum(1 for line in head if _split_count(line, delimiter) >= 2) * 3 < len(head)
    )
    pasted = few and _tab_block(text)  # an e-mail with a table pasted in: its rows split at tabs
    # a report printed as text whose figures have decimal commas ("65 000,0"): its commas split no columns
    decimal = not few and delimiter == "," and not name.lower().endswith(".csv") and _decimal_commas(head)
    if (few or decimal) and not pasted:
        from mtd_analysis.ingest.fixed_width import fixed_width_rows

        aligned = fixed_width_rows(text)
        if aligned is not None:  # a printed report: columns aligned by spaces
            if len(aligned.rows) > config.MAX_SHEET_ROWS:
                raise SubmissionError(
                    f"refused: the text file holds more than {config.MAX_SHEET_ROWS:,} lines; split it into "
                    "smaller files",
                    kind="hostile",
                )
            meta = {
                "format": "fixed-width text",
                "encoding": encoding,
                "delimiter": None,
                "line_of_row": list(range(1, len(aligned.rows) + 1)),
            }
            meta["said"] = (
                "a report printed as text, its columns aligned by spaces: cut where its header's labels stand"
            )
            if lines := aligned.repeated_heading:
                meta["said"] += (
                    f"; {len(lines)} lines repeating its heading over later pages (lines {lines[0]}–{lines[-1]}) "
                    "skipped"
                )
            return Grid("", [[None if not v else v for v in row] for row in aligned.rows], meta=meta)
        if few and not name.lower().endswith(".csv") and _prose(head, delimiter, few=True):
            if not _bar_table(head):
                return _lines_grid(text, encoding)
            delimiter = (
                "|"  # a letter with a table drawn in bars ("Title | Period | Budget"): its lines split there
            )
    if (
        not few
        and not pasted
        and not name.lower().endswith(".csv")
        and _prose(head, delimiter)
        and not _bar_table(head)
    ):  # a letter whose sentences put commas on most of its lines: prose, not columns
        return _lines_grid(text, encoding)
    if pasted:
        delimiter = "\t"
    rows: list[list] = []
    line_of_row: list[int] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    last_line = cells = 0
    try:
        for record in reader:
            line_of_row.append(last_line + 1)
            last_line = reader.line_num
            rows.append([None if not (v and v.strip()) else v for v in record])
            cells += len(record)
            if len(rows) > config.MAX_SHEET_ROWS or cells > config.MAX_SHEET_CELLS:
                raise SubmissionError(
                    f"refused: the text file holds more than {min(len(rows), config.MAX_SHEET_ROWS):,} lines or "
                    f"{config.MAX_SHEET_CELLS:,} cells (at line {last_line:,}); split it into smaller files",
                    kind="hostile",
                )
    except csv.Error as exc:
        raise SubmissionError(
            f"the text file cannot be split into columns ({exc}) near line {last_line + 1}"
        ) from None
    meta = {"format": "text", "encoding": encoding, "delimiter": delimiter, "line_of_row": line_of_row}
    if delimiter == "|" and (markdown := markdown_rows(rows, line_of_row)) is not None:
        rows, meta["line_of_row"] = markdown
        meta["said"] = (
            "a Markdown table: its line of alignment marks skipped, its bold marks and <br> read as text"
        )
        rows, struck = _struck_through(rows)
        if struck:  # "~~Border Management~~": struck through, as Excel's strikethrough is read
            meta["struck"] = struck
    else:  # a rule of dashes under the header or over the totals ("-----+-----+----"): an empty row
        ruled = [_ruled(row) for row in rows]
        if delimiter == "|" and (joined := ruled_records(rows, ruled)) is not None:
            rows = joined
            meta["said"] = (
                "a table drawn in text with a rule under every record: the lines of a record (and of the header) "
                "joined into one row, at its first line"
            )
        rows = [[None] * len(row) if rule else row for row, rule in zip(rows, ruled, strict=True)]
    if "\ufffd" in text:
        meta["replacement_chars"] = True
    return Grid("", rows, meta=meta)


#: The bars of a table drawn in box characters, and the characters of its rules.
_BOX_BARS = "│┃║"
_BOX_RULE = re.compile(
    r"[\s─━═┌┐└┘├┤┬┴┼╔╗╚╝╠╣╦╩╬╒╕╘╛╞╡╤╧╪╓╖╙╜╟╢╥╨╫│┃║]*[─━═][\s─━═┌┐└┘├┤┬┴┼╔╗╚╝╠╣╦╩╬╒╕╘╛╞╡╤╧╪╓╖╙╜╟╢╥╨╫│┃║]*"
)


def box_table_rows(text: str) -> tuple[list[list], list[bool]] | None:
    r"""A text's table drawn in box characters ("┌──┬──┐", "│ 1. │ … │", "├──┼──┤"), cut into cells where the bars
    stand: each line's cells placed under the columns of the table's most divided lines (a header's cell spanning
    several columns, "Обсяг МТД" over "до 2021 року | 2021 рік | …", goes to the first of them), rule lines marked.
    Lines outside the table are one cell each. None when the text draws no such table (two lines with bars, not rules, and
    two rules at least).

    Examples
    --------
    >>> rows, ruled = box_table_rows("Title\n┌──┬────┐\n│№ │Sum │\n├──┼────┤\n│1 │ 10 │\n└──┴────┘")
    >>> rows[2], rows[4], ruled
    ([None, '№', 'Sum', None], [None, '1', '10', None], [False, True, False, True, False, True])
    >>> rows, _ = box_table_rows("┌──┬──────┐\n│№ │Budget│\n│  ├──┬───┤\n│  │21│ 22│\n├──┼──┼───┤\n│1 │ 5│  6│\n└──┴──┴───┘")
    >>> rows[1], rows[3], rows[5]  # "Budget" over two columns: under the first of them
    ([None, '№', 'Budget', None, None], [None, None, '21', '22', None], [None, '1', '5', '6', None])
    """
    lines = text.splitlines()
    barred = [i for i, line in enumerate(lines) if sum(line.count(b) for b in _BOX_BARS) >= 2]
    rules = [i for i, line in enumerate(lines) if line.strip() and _BOX_RULE.fullmatch(line)]
    cut = [i for i in barred if i not in set(rules)]
    if len(cut) < 2 or len(rules) < 2:
        return None
    positions = [[k for k, ch in enumerate(lines[i]) if ch in _BOX_BARS] for i in cut]
    most = max(len(p) for p in positions)
    columns = sorted({k for p in positions if len(p) == most for k in p})
    rule_set = set(rules)
    rows: list[list] = []
    for i, line in enumerate(lines):
        if i in rule_set:
            rows.append(["+---+"])
            continue
        bars = [k for k, ch in enumerate(line) if ch in _BOX_BARS]
        if len(bars) < 2:
            rows.append([line.strip() or None] if line.strip() else [])
            continue
        row: list = [None] * (len(columns) + 1)
        row[0] = line[: bars[0]].strip() or None
        for a, b in zip(bars, bars[1:], strict=False):
            at = max((j for j, k in enumerate(columns) if k <= a), default=0)
            text_ = line[a + 1 : b].strip()
            if text_ and row[at + 1] is None:
                row[at + 1] = text_
        rows.append(row)
    return rows, [i in rule_set for i in range(len(lines))]


#: A cell holding a figure alone ("320,0", "1 050,0", "250,0*").
_FIGURE_CELL = re.compile(r"[-–—]?\s*\d[\d\s.,\u00a0]*[*¹²³]*")


def _join_cell(above: str | None, below: str | None) -> str | None:
    """A cell wrapped onto the next line, joined: "Софинанси-" + "рование" is one word, other lines a space apart."""
    if not below or not below.strip():
        return above
    if not above or not above.strip():
        return below
    a, b = above.rstrip(), below.strip()
    if re.search(r"[^\W\d_]-$", a) and b[:1].islower():
        return a[:-1] + b
    if a.endswith(("–", "—", "-", "/")):
        return a + b
    return a + " " + b


def ruled_records(rows: list[list], ruled: list[bool]) -> list[list] | None:
    """A text table drawn with a rule under every record, its cells wrapped over several lines ("| 1 | Подготовка
    кинологов ГПСУ для |" over "|   | охраны государственной границы |"): each record's lines joined into its first
    line, column by column, the other lines left empty (so that every row keeps its line); None unless at least two
    records between rules run over several lines. The first block between rules (the header) is joined whole; in a
    record, a line continues the one above only when its first cell is empty and it holds no figure (a second line
    with figures, "в т.ч. планируемые | 1 050,0", is a row of its own).

    Examples
    --------
    >>> rows = [["+---+"], [None, "No", "Title", "Sum"], [None, None, "of project", "EUR"], ["+---+"],
    ...         [None, "1", "Radios for", "100"], [None, None, "the police", None], ["+---+"],
    ...         [None, "2", "Boats", "200"], [None, None, "(sea)", None], ["+---+"],
    ...         [None, None, "Total", "300"], [None, None, "of which 2021", "100"], ["+---+"]]
    >>> ruled = [len(r) == 1 for r in rows]
    >>> joined = ruled_records(rows, ruled)
    >>> joined[1], joined[4], joined[7], joined[10], joined[11]
    ([None, 'No', 'Title of project', 'Sum EUR'], [None, '1', 'Radios for the police', '100'], [None, '2', 'Boats (sea)', '200'], [None, None, 'Total', '300'], [None, None, 'of which 2021', '100'])
    """
    bounds = [i for i, rule in enumerate(ruled) if rule]
    blocks = [(a + 1, b) for a, b in pairwise(bounds) if b - a > 2]  # two lines or more between two rules
    if len(bounds) < 4:
        return None
    wrapped = 0
    out = [list(row) for row in rows]
    first = True  # the header's blocks: those before the first holding a figure, each joined whole
    slot = (
        None  # where the header's next block goes: right under the one above, so that they read as one header
    )
    for a, b in pairwise(bounds):
        lines = [i for i in range(a + 1, b) if any(v is not None and str(v).strip() for v in rows[i])]
        if not lines:
            continue
        if first and any(  # a figure, not a year's label ("2021" under "в т.ч.")
            isinstance(v, str)
            and _FIGURE_CELL.fullmatch(v.strip())
            and not re.fullmatch(r"(?:19|20)\d\d", v.strip())
            for i in lines
            for v in rows[i]
            if v
        ):
            first = False
        head = lines[0]
        if first and slot is not None and slot < head and (ruled[slot] or not any(out[slot])):
            # a header's rule between its group and the group's columns: the columns' labels take its line
            out[slot], out[head] = list(rows[head]), [None] * len(rows[head])
            ruled[slot] = False  # the caller empties the rules left
            head, slot = slot, slot + 1
        elif first:
            slot = head + 1
        for i in lines[1:]:
            row = rows[i]
            # the record's first cell (its number) is empty on the lines that go on with it
            lead = next(c for c, v in enumerate(rows[head]) if v is not None and str(v).strip())
            continues = first or (
                (lead >= len(row) or row[lead] is None or not str(row[lead]).strip())
                and not any(isinstance(v, str) and _FIGURE_CELL.fullmatch(v.strip()) for v in row if v)
            )
            if not continues:
                head = i
                continue
            width = max(len(out[head]), len(row))
            out[head] = [
                _join_cell(out[head][c] if c < len(out[head]) else None, row[c] if c < len(row) else None)
                for c in range(width)
            ]
            out[i] = [None] * len(row)
            wrapped += not first
    return out if wrapped >= 2 and blocks else None


def _prose(head: list[str], delimiter: str, few: bool = False) -> bool:
    """Whether a text file's first lines are prose (a letter, a note), not columns: its delimiter, a comma, splits fewer
    than a third of them, every comma is a sentence's (a space after it) or a number's ("4,5"), and never into the same
    number of cells on three lines in a row (four for two cells): the rows of a table, however short, under a letter.
    Asked of text files, not of CSV files.

    A comma in a sentence ("Status: Approved, start-up phase") or a number ("NOK 4,5 млн") splits no column.

    Examples
    --------
    >>> letter = ["Dear colleagues,", "Please find our projects below.", "1)", "Project: Radios", "Budget: 100 000",
    ...           "Period: 2021", "Status: Approved, signed"]
    >>> _prose(letter, ","), _prose(["Project,Amount", "Radios,100", "Boats,200"], ",")
    (True, False)
    >>> notes = ["Note one", "Note two", "Note three", "Note four", "Note five", "Note six", "Note seven"]
    >>> _prose([*notes, "a,1,x", "b,2,y", "c,3,z"], ","), _prose([*notes, "a,1", "b,2", "c,3", "d,4"], ",")  # tables
    (False, False)
    >>> _prose([*notes, "Dear colleagues,", "as requested, our list,", "with amounts in NOK 4,5 млн"], ",")
    True
    >>> mail = ["Dear colleagues,", "please find the inputs below.", "1) UNITED STATES",
    ...         '- "Patrol Police, Phase III" - NPU. Total $12.5m,', "  FY2021 plan $3.2m.", '- "Sea Guard" - SBGS.',
    ...         "  Ongoing, since 2020; total $4.75m."]
    >>> _prose(mail, ","), _prose(mail, ",", few=True)  # commas on half its lines, no two alike in a row
    (False, True)
    >>> _prose([*notes, "Title | Period | Budget", "Radios | 2021 | 100"], "|")  # a bar: a table's, however short
    False
    >>> wrapped = ["1. За підтримки Уряду Канади продовжується реалізація проєкту «Поліція, орієнтована на",
    ...            "громаду» (2019–2022 рр.), у Харківській, Львівській та Дніпропетровській областях. Обсяг",
    ...            "фінансування на 2021 рік становить 3 250,0 тис. канадських доларів. Стан: реалізується."]
    >>> _prose(wrapped, ",")  # commas on most lines, each a sentence's: a letter wrapped at a width
    True
    >>> cards = ["1. Radios", "Donor: Lithuania (MFA, Development Cooperation)", "Total grant: EUR 750,000",
    ...          "Tranche 1 – 01.12.2020 – EUR 150,000", "Tranche 2 – 15.03.2021 – EUR 200,000"]
    >>> _prose(cards, ",")  # thousands commas on most lines: a number's, no cells
    True
    >>> osce = ["1. Название проекта: Медиация", "Срок реализации: 01.2020 – 12.2021",
    ...         "Бюджет общий: 480 000 евро; в т.ч. 2021 г.: 260 000 евро", "Статус: реализуется"]
    >>> _prose(osce, ";", few=True), _prose(["Title;Budget", "Radios;100"], ";", few=True)
    (True, False)
    """
    if delimiter == ";" and few and not any(re.search(r";(?![ \t])", line) for line in head):
        # "Бюджет общий: 480 000 евро; в т.ч. 2021 г.: 260 000 евро" on a few lines of cards: a sentence's semicolons,
        # each with a space after it, read as a sentence's commas are
        return _prose([line.replace(";", ",") for line in head], ",", few=True)
    if delimiter != ",":
        return False  # a bar, a tab or a semicolon is no prose's punctuation: its lines are a table's, however few
    if any(_TABLE_COMMA.search(line) for line in head):
        return False  # "Radios,100", '"Budget, EUR",': a comma with no space after it, between no digits, splits cells
    # a number's comma ("EUR 750,000", "4,5") splits nothing: counted are the sentences' commas
    counts = [_split_count(_NUMBER_COMMA.sub("", line), delimiter) for line in head]
    # a letter's long lines, wrapped at a width, may hold commas on most of them: prose still, its commas a sentence's
    filled = [line for line in head if line.strip()]
    wrapped = bool(filled) and sum(len(line.strip()) for line in filled) >= _WRAPPED_WIDTH * len(filled)
    # ``few``: the delimiter splits few lines into three cells or more (see _text_grid), so lines with a comma or two,
    # however many, are a letter's unless they run alike (below)
    if not head or (sum(1 for c in counts if c) * 3 >= len(head) and not wrapped and not few):
        return False
    if wrapped:
        return (
            True  # long lines, a sentence's comma or two on each: a letter's paragraphs, not a table's rows
        )
    run = 1
    for before, after in pairwise(counts):
        run = run + 1 if after and after == before else 1
        if run >= (3 if after >= 2 else 4):
            return False
    return True


#: A comma between two digits: a number's ("1,250,000", "4,5").
_NUMBER_COMMA = re.compile(r"(?<=\d),(?=\d)")
#: The mean length of a text's lines from which they read as a letter's, wrapped at a width (a table's lines of cells
#: joined by ", " are shorter).
_WRAPPED_WIDTH = 60
#: A comma as a table writes it: no space after it, not between digits ("4,5" is a number's), or a quoted cell's.
_TABLE_COMMA = re.compile(r'(?<!\d),(?![\s\d]|$)|(?<=\d),(?=[^\s\d])|",|,"')


def _bar_table(head: list[str]) -> bool:
    """Whether lines of a text draw a table with bars: two lines in a row (rules of dashes between them aside) split
    by "|" into the same three cells or more.

    Examples
    --------
    >>> _bar_table(["Dear colleagues,", "Title | Period | Budget", "------+--------+-------", "Radios | 2021 | 100"])
    True
    >>> _bar_table(["Dear colleagues,", "Status: signed | ongoing", "Best regards,"])
    False
    """
    counts = [line.count("|") for line in head if not _RULE_LINE.fullmatch(line)]
    return any(before >= 2 and before == after for before, after in pairwise(counts))


#: A line drawn in dashes, equals signs or pluses (a text table's rule), bars included.
_RULE_LINE = re.compile(r"[\s\-=+_~:|]+")


def _lines_grid(text: str, encoding: str) -> Grid:
    """A text of prose read line by line, each line one cell (not split at its commas)."""
    lines = text.splitlines()
    if len(lines) > config.MAX_SHEET_ROWS:
        raise SubmissionError(
            f"refused: the text file holds more than {config.MAX_SHEET_ROWS:,} lines; split it into smaller files",
            kind="hostile",
        )
    rows = [[line if line.strip() else None] if line else [] for line in lines]
    rows = [[None] * len(row) if _ruled(row) else row for row in rows]
    meta = {
        "format": "text",
        "encoding": encoding,
        "delimiter": None,
        "line_of_row": list(range(1, len(rows) + 1)),
    }
    meta["said"] = (
        "a text of lines, not of columns (few lines split at a delimiter): each line read as one cell"
    )
    if (dashed := _dash_list(lines)) is not None:  # "Проект — Донор — Сумма — Статус", a line a project
        rows = dashed
        meta["said"] = (
            "a list of lines, its fields apart by dashes ('Проект — Донор — Сумма — Статус'): split there"
        )
    if "\ufffd" in text:
        meta["replacement_chars"] = True
    return Grid("", rows, meta=meta)


#: A dash between fields of a line, spaced: "Проект — Донор — 350 000 EUR — реализуется".
_FIELD_DASH = re.compile(r"\s+[—–]\s+")
#: A line saying what the fields of the list are: "Формат строки: Проект — Донор — Сумма — Статус", "Format: …".
_FORMAT_LINE = re.compile(
    r"^\s*(?:формат(?:\s+строки|\s+рядка)?|format(?:\s+of\s+(?:each\s+)?line)?|fields?|поля)\s*:\s*",
    re.IGNORECASE,
)


def _dash_list(lines: list[str]) -> list[list] | None:
    """A text listing projects a line each, its fields apart by spaced dashes, under a line naming the fields
    ("Формат строки: Проект — Донор — Сумма — Статус"): the lines split at the dashes (the format line read as the
    header, its label taken off), other lines one cell; None unless three lines or more split into as many fields as
    the format line names.

    >>> rows = _dash_list(["Формат строки: Проект — Донор — Сумма", "1) Радари — Естонія — 100 EUR",
    ...                    "2) Катери — Литва — 200 EUR", "3) Дрони — Польща — 5 PLN", "Итого: 305"])
    >>> rows[0], rows[1], rows[4]
    (['Проект', 'Донор', 'Сумма'], ['1) Радари', 'Естонія', '100 EUR'], ['Итого: 305'])
    """
    head = next((i for i, line in enumerate(lines[:40]) if _FORMAT_LINE.match(line)), None)
    if head is None:
        return None
    names = _FIELD_DASH.split(_FORMAT_LINE.sub("", lines[head]).strip())
    if len(names) < 3:
        return None
    split = [_FIELD_DASH.split(line.strip()) if line.strip() else [] for line in lines]
    if sum(1 for parts in split[head + 1 :] if len(parts) == len(names)) < 3:
        return None
    rows: list[list] = []
    for i, (line, parts) in enumerate(zip(lines, split, strict=True)):
        if i == head:
            rows.append(names)
        elif len(parts) == len(names):
            rows.append(parts)
        else:
            rows.append([line] if line.strip() else [])
    return rows


#: A cell of a rule drawn in characters: "------", "=====", "---+---".
_RULE_CELL = re.compile(r"\s*[-=_~+:]{3,}\s*")


def _ruled(row: list) -> bool:
    """Whether every filled cell of a text file's row is a rule drawn in dashes or equals signs.

    Examples
    --------
    >>> _ruled(["-------", None, "+-----"]), _ruled(["Total", "-----"]), _ruled([None])
    (True, False, False)
    """
    filled = [v for v in row if v]
    return bool(filled) and all(_RULE_CELL.fullmatch(v) for v in filled)


# ---------------------------------------------------------------------------


def read_submission(path: Path) -> list[Grid]:
    """Read one submission file into grids, refusing broken and hostile files with a reason.

    Parameters
    ----------
    path : Path
        A spreadsheet (.xlsx, .xlsm, .xls, .ods) or a text export (.csv, .txt, .tsv).

    Returns
    -------
    list of Grid
        One per sheet (a text file has one grid with sheet name "").

    Raises
    ------
    SubmissionError
        The file is empty, too large, damaged, password-protected, a web page, or hostile.
    """
    path = Path(path)
    size = path.stat().st_size
    if size == 0:
        raise SubmissionError("the file is empty (0 bytes)")
    if size > config.MAX_FILE_BYTES:
        raise SubmissionError(
            f"refused before reading: the file is {size / 2**20:,.0f} MB (limit {config.MAX_FILE_BYTES / 2**20:,.0f} MB)",
            kind="hostile",
        )
    with open(path, "rb") as fh:
        head = fh.read(4096)
    fmt = sniff(head, path.suffix.lower())
    suffix = path.suffix.lower()
    if fmt == "zip":
        zf = _check_zip(path)
        with zf:
            names = set(zf.namelist())
            if "xl/workbook.xml" in names:
                kind = "xlsx"
            elif "content.xml" in names:
                kind = "ods"
            elif "xl/workbook.bin" in names:
                kind = "xlsb"
            else:
                raise SubmissionError("the file is a ZIP archive but not a spreadsheet (no workbook inside)")
            info = _check_xml_parts(zf, kind)
            template = _is_intake_template(zf)
        grids = _calamine_grids(path, info["date1904"], kind, info.get("clip"), info.get("ods_merges"))
        marks = info["marks"]
        for grid in grids:
            grid.meta["template"] = template
            grid.meta["sheets_in_book"] = len(grids)
            grid.meta.update(marks.get(grid.sheet, {}))
            for (r, c), (kept, _) in (grid.meta.get("struck_text") or {}).items():
                if r < len(grid.rows) and c < len(grid.rows[r]):  # "~~planned~~ ongoing": what stands is read
                    grid.rows[r][c] = kept
        return grids
    if fmt == "ole":
        if _ole_is_encrypted(path):
            raise SubmissionError("the workbook is password-protected; please send it without a password")
        _xls_bounds(path)
        return _calamine_grids(path, False, "xls")
    if fmt == "html":  # a web system's "Excel" export: its tables, as Excel shows them
        from mtd_analysis.ingest.markup import html_grids

        return html_grids(decode_text(path.read_bytes())[0])
    if fmt == "xml":
        from mtd_analysis.ingest.markup import is_xml_spreadsheet, xml_spreadsheet_grids

        if is_xml_spreadsheet(head):
            return xml_spreadsheet_grids(path.read_bytes())
        raise SubmissionError(
            "the file is XML but neither IATI activity data (no <iati-activities> root) nor an Excel XML "
            "spreadsheet",
            kind="file",
        )
    if fmt == "binary":
        raise SubmissionError(
            f"the file is not a spreadsheet or a text export (binary content in a '{suffix}' file)"
        )
    if suffix in (".xlsx", ".xlsm", ".xlsb", ".ods"):
        raise SubmissionError(
            f"the file is named {suffix} but is not a workbook (it is damaged, or another kind of file renamed); "
            "please open it in Excel and save it again"
        )
    if suffix in SPREADSHEET_EXTENSIONS:  # .xls: Excel's "Text (Tab delimited)" exports are often named so
        grid = _text_grid(path.read_bytes(), path.name)
        grid.meta["named_as"] = suffix
        return text_sections(grid)
    return text_sections(_text_grid(path.read_bytes(), path.name))


#: A section's heading in a text export, alone on its row: "[PROJECTS]", "[DISBURSEMENT SCHEDULE]".
_SECTION = re.compile(r"\[\s*([^\[\]\d][^\[\]]{1,59}?)\s*\]")
#: A workbook's sheet exported as text, its name on a banner alone on its row: "=== Sheet 3: NPU ===", "--- Аркуш 2:
#: ДПСУ ---", "Sheet 4: Closed"; "(hidden)" after the name says Excel hid it.
_SHEET_BANNER = re.compile(
    r"(?P<deco>[=\-#*~]{2,})\s*(?:sheet|tab|worksheet|аркуш|лист)\s*(?:№\s*)?(?:\d{1,3})?\s*[:.–—-]?\s*"
    r"(?P<name>[^=#*~]{1,60}?)\s*[=\-#*~]{2,}"
    r"|(?:sheet|worksheet|аркуш|лист)\s*(?:№\s*)?\d{1,3}\s*:\s*(?P<bare>[^:]{1,60}?)",
    re.IGNORECASE,
)
_HIDDEN_MARK = re.compile(
    r"\s*[(\[]\s*(?:hidden|very hidden|прихован\w*|скрыт\w*)\s*[)\]]\s*$", re.IGNORECASE
)


def _section_mark(text: str) -> tuple[str, bool] | None:
    """A section's heading in a text export: its name and whether it says it was hidden; None for another text."""
    text = text.strip()
    if m := _SECTION.fullmatch(text):
        return f"[{m.group(1)}]", True
    if m := _SHEET_BANNER.fullmatch(text):
        name = (m["name"] or m["bare"] or "").strip(" :.–—-")
        hidden = bool(_HIDDEN_MARK.search(name))
        name = _HIDDEN_MARK.sub("", name).strip()
        return (name, not hidden) if name else None
    return None


def text_sections(grid: Grid) -> list[Grid]:
    """A text export in sections ("[PROJECTS]", then "[DISBURSEMENT SCHEDULE]", then "[LEGEND]", each heading
    alone on its row) as one grid per section, named by its heading, like the sheets of a workbook: each holds
    the lines above the first section (the export's title, what its figures are in) and its own lines, every
    line at its place in the file (the others left empty). A file of fewer than two sections is one grid.

    Examples
    --------
    >>> rows = [["Export, all figures in CAD"], ["[PROJECTS]"], ["Code", "Title"], ["P-1", "Police"],
    ...         ["[SCHEDULE]"], ["Code", "Year", "Amount"], ["P-1", 2021, 5]]
    >>> parts = text_sections(Grid("", rows))
    >>> [(g.sheet, g.rows[0], g.rows[3], g.rows[6]) for g in parts]
    [('[PROJECTS]', ['Export, all figures in CAD'], ['P-1', 'Police'], []), ('[SCHEDULE]', ['Export, all figures in CAD'], [], ['P-1', 2021, 5])]

    A workbook's sheets exported one after the other, each under a banner with its name:

    >>> rows = [["=== Sheet 1: NPU ==="], ["Title", "EUR"], ["Radios", 5], ["=== Sheet 2: lists (hidden) ==="], ["A"]]
    >>> [(g.sheet, g.visible) for g in text_sections(Grid("", rows))]
    [('NPU', True), ('lists', False)]
    """
    marks = []
    for i, row in enumerate(grid.rows):
        filled = [v for v in row if v is not None and v != ""]
        if len(filled) == 1 and isinstance(filled[0], str) and (m := _section_mark(filled[0])):
            marks.append((i, *m))
    if len(marks) < 2 or len({name for _, name, _ in marks}) < len(marks):
        return [grid]
    first = marks[0][0]
    parts = []
    for k, (start, name, visible) in enumerate(marks):
        end = marks[k + 1][0] if k + 1 < len(marks) else len(grid.rows)
        rows = [list(r) if i < first or start <= i < end else [] for i, r in enumerate(grid.rows)]
        parts.append(replace(grid, sheet=name, rows=rows, visible=visible, meta=dict(grid.meta)))
    names = ", ".join(f"{name}" for _, name, _ in marks)
    said = f"the file holds {len(marks)} sections ({names}), each read like a sheet of a workbook"
    parts[0].meta["said"] = "; ".join(filter(None, [grid.meta.get("said"), said]))
    return parts
