"""Spreadsheets written as markup: a web page's tables saved with an ``.xls`` name, and Excel's XML Spreadsheet 2003.

Web systems export "Excel" files that are HTML pages (``<table>`` rows and cells, merged by ``colspan`` and
``rowspan``), and older systems export Excel's XML Spreadsheet 2003 (``<Workbook>`` of ``<Worksheet>`` rows,
cells placed by ``ss:Index`` and merged by ``ss:MergeAcross`` / ``ss:MergeDown``). Excel opens both as
workbooks; here each becomes :class:`~mtd_analysis.ingest.read.Grid` objects with the rows and merged ranges
Excel would show, so that the rest of the reader treats them like any sheet.

The HTML is parsed by the standard library's :mod:`html.parser`, the XML by :mod:`defusedxml` (no entity
expansion). ``pandas.read_html`` was not used: it needs lxml or BeautifulSoup (not dependencies of this package),
joins a cell's lines (a title's ``<br>``) into one, and gives no merged ranges.

Examples
--------
>>> page = "<table><tr><td colspan=2>Report</td></tr><tr><td>Title</td><td>EUR</td></tr></table>"
>>> grid = html_grids(page)[0]
>>> grid.rows, grid.merged
([['Report', None], ['Title', 'EUR']], [((0, 0), (0, 1))])
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from mtd_analysis.ingest.read import Grid, SubmissionError

#: Tags after which a cell's text goes on on a new line.
_LINE_TAGS = frozenset({"br", "p", "div", "li", "tr"})
_SPACES = re.compile(r"[ \t\r\f\v\xa0]+")


class _Tables(HTMLParser):
    """The tables of a page: for each, its rows of cells (text, columns spanned, rows spanned)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[list[list[tuple[str, int, int]]]] = []
        self._open: list[list[list[tuple[str, int, int]]]] = []  # the tables being read, innermost last
        self._cell: list[str] | None = None
        self._span = (1, 1)
        self._hidden = 0  # depth inside <style>, <script>, <head>

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script", "title"):
            self._hidden += 1
        elif tag == "table":
            self._open.append([])
        elif tag == "tr" and self._open:
            self._close_cell()
            self._open[-1].append([])
        elif tag in ("td", "th") and self._open:
            self._close_cell()
            if not self._open[-1]:
                self._open[-1].append([])
            named = dict(attrs)
            self._cell, self._span = [], (_span(named.get("colspan")), _span(named.get("rowspan")))
        elif tag in _LINE_TAGS and self._cell is not None:
            self._cell.append("\n")

    def handle_endtag(self, tag):
        if tag in ("style", "script", "title"):
            self._hidden = max(0, self._hidden - 1)
        elif tag in ("td", "th"):
            self._close_cell()
        elif tag == "table" and self._open:
            self._close_cell()
            self.tables.append(self._open.pop())

    def handle_data(self, data):
        if self._cell is not None and not self._hidden:
            self._cell.append(data)

    def _close_cell(self) -> None:
        if self._cell is None or not self._open:
            self._cell = None
            return
        lines = [_SPACES.sub(" ", line).strip() for line in "".join(self._cell).split("\n")]
        text = "\n".join(line for line in lines if line)
        self._open[-1][-1].append((text, *self._span))
        self._cell = None


def _span(value) -> int:
    try:
        return max(1, min(int(str(value).strip()), 1000))
    except (TypeError, ValueError):
        return 1


def html_grids(text: str, sheet: str = "") -> list[Grid]:
    """The tables of a web page as one grid: each table's rows as Excel shows them on opening the page, the tables
    one under the other with an empty row between them; a cell spanning columns or rows is a merged range, its
    text in its first cell. A line break (``<br>``) stays a line break in the cell's text.

    Raises
    ------
    SubmissionError
        When the page holds no table with a filled cell (a web page, not a table saved as a spreadsheet).

    Examples
    --------
    >>> page = '''<table><tr><td rowspan=2>Title</td><td>Budget</td></tr><tr><td>2021</td></tr>
    ... <tr><td>Border<br>(EU4IBM)</td><td>1,000.00</td></tr></table>'''
    >>> grid = html_grids(page)[0]
    >>> grid.rows, grid.merged
    ([['Title', 'Budget'], [None, '2021'], ['Border\\n(EU4IBM)', '1,000.00']], [((0, 0), (1, 0))])
    """
    parser = _Tables()
    parser.feed(text)
    parser.close()
    while parser._open:  # a table left open at the end of the page
        parser.tables.append(parser._open.pop())
    rows: list[list] = []
    merged: list = []
    tables = [t for t in parser.tables if any(text for row in t for text, _, _ in row)]
    if not tables:
        raise SubmissionError(
            "the file is a web page (HTML) with no table of data; please open it in Excel and save it as .xlsx"
        )
    for table in tables:
        if rows:
            rows.append([])
        top = len(rows)
        taken: set[tuple[int, int]] = set()
        for r, cells in enumerate(table):
            while len(rows) <= top + r:
                rows.append([])
            c = 0
            for text, across, down in cells:
                while (top + r, c) in taken:
                    c += 1
                for dr in range(down):
                    for dc in range(across):
                        taken.add((top + r + dr, c + dc))
                row = rows[top + r]
                row.extend([None] * (c + across - len(row)))
                row[c] = text or None
                if across > 1 or down > 1:
                    merged.append(((top + r, c), (top + r + down - 1, c + across - 1)))
                c += across
        height = max((r for r, _ in taken), default=top - 1) + 1
        while len(rows) < height:
            rows.append([])
    width = max((len(row) for row in rows), default=0)
    rows = [row + [None] * (width - len(row)) for row in rows]
    said = (
        f"a web page (HTML) saved as a spreadsheet: its {len(tables)} tables read one under the other, as Excel "
        "shows them"
        if len(tables) > 1
        else "a web page (HTML) saved as a spreadsheet: its table read as a sheet, as Excel shows it"
    )
    return [Grid(sheet, rows, merged, meta={"format": "html", "said": said})]


_SS = "urn:schemas-microsoft-com:office:spreadsheet"
_X = "urn:schemas-microsoft-com:office:excel"


def _ss(name: str) -> str:
    return f"{{{_SS}}}{name}"


def is_xml_spreadsheet(head: bytes) -> bool:
    """Whether a file's head is Excel's XML Spreadsheet 2003 (its namespace, or the ``mso-application`` mark).

    Examples
    --------
    >>> is_xml_spreadsheet(b'<?xml version="1.0"?><?mso-application progid="Excel.Sheet"?><Workbook>')
    True
    >>> is_xml_spreadsheet(b'<?xml version="1.0"?><iati-activities>')
    False
    """
    return b"urn:schemas-microsoft-com:office:spreadsheet" in head or b'progid="Excel.Sheet"' in head


def xml_spreadsheet_grids(raw: bytes) -> list[Grid]:
    """The worksheets of an XML Spreadsheet 2003 file as grids: each cell at the column its ``ss:Index`` gives,
    each row at its ``ss:Index`` row, a cell's ``ss:MergeAcross`` / ``ss:MergeDown`` a merged range, numbers as
    numbers, dates as text (ISO), rich text as its text; hidden rows listed in ``meta["hidden_rows"]``, a
    hidden worksheet not visible.

    Raises
    ------
    SubmissionError
        When the XML cannot be parsed or holds no worksheet.

    Examples
    --------
    >>> raw = b'''<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"
    ...  xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="Projects"><Table>
    ...  <Row><Cell><Data ss:Type="String">Title</Data></Cell><Cell ss:Index="3"><Data ss:Type="String">EUR</Data></Cell></Row>
    ...  <Row ss:Index="3"><Cell ss:MergeDown="1"><Data ss:Type="String">Radios</Data></Cell>
    ...  <Cell ss:Index="3"><Data ss:Type="Number">1500</Data></Cell></Row></Table></Worksheet></Workbook>'''
    >>> grid = xml_spreadsheet_grids(raw)[0]
    >>> grid.sheet, grid.rows, grid.merged
    ('Projects', [['Title', None, 'EUR'], [None, None, None], ['Radios', None, 1500], [None, None, None]], [((2, 0), (3, 0))])
    """
    from defusedxml import ElementTree
    from defusedxml.common import DefusedXmlException

    try:
        root = ElementTree.fromstring(raw)
    except (ElementTree.ParseError, DefusedXmlException, ValueError) as exc:
        raise SubmissionError(f"the file is an Excel XML spreadsheet that cannot be parsed ({exc})") from None
    grids: list[Grid] = []
    for sheet in root.iter(_ss("Worksheet")):
        name = sheet.get(_ss("Name")) or f"Sheet{len(grids) + 1}"
        visible = not any(
            (option.text or "").strip() in ("SheetHidden", "SheetVeryHidden")
            for option in sheet.iter(f"{{{_X}}}Visible")
        )
        cells: dict[tuple[int, int], object] = {}
        merged, hidden = [], []
        height = 0
        for table in sheet.iter(_ss("Table")):
            r = -1
            for row in table.iter(_ss("Row")):
                r = _index(row.get(_ss("Index")), r + 1)
                if row.get(_ss("Hidden")) in ("1", "true"):
                    hidden.append(r)
                c = -1
                for cell in row.iter(_ss("Cell")):
                    c = _index(cell.get(_ss("Index")), c + 1)
                    value = _cell_value(cell)
                    if value is not None:
                        cells[(r, c)] = value
                    across, down = _merge(cell.get(_ss("MergeAcross"))), _merge(cell.get(_ss("MergeDown")))
                    if across or down:
                        merged.append(((r, c), (r + down, c + across)))
                        height = max(height, r + down + 1)
                    c += across
                height = max(height, r + 1)
        width = max((c for _, c in cells), default=-1) + 1
        width = max([width, *(c1 + 1 for _, (_, c1) in merged)])
        rows = [[cells.get((r, c)) for c in range(width)] for r in range(height)]
        grids.append(
            Grid(
                name,
                rows,
                merged,
                visible=visible,
                meta={"format": "xml spreadsheet", "hidden_rows": sorted(hidden)},
            )
        )
    if not grids:
        raise SubmissionError("the file is an Excel XML spreadsheet with no worksheet")
    grids[0].meta["said"] = "an Excel XML Spreadsheet 2003 file: its worksheets read like a workbook's sheets"
    return grids


def _merge(said) -> int:
    """How many more columns or rows a cell's ``ss:MergeAcross`` / ``ss:MergeDown`` covers (0 when not merged)."""
    try:
        return max(0, min(int(said), 1000)) if said else 0
    except ValueError:
        return 0


def _index(said, default: int) -> int:
    """A row's or cell's 0-based place: its ``ss:Index`` (1-based) when given, else the next one."""
    try:
        return max(default, int(said) - 1) if said else default
    except ValueError:
        return default


def _cell_value(cell):
    data = cell.find(_ss("Data"))
    if data is None:
        return None
    text = "".join(data.itertext()).strip()  # rich text (<B>, <Font>) as its text
    if not text:
        return None
    kind = data.get(_ss("Type"))
    if kind == "Number":
        try:
            number = float(text)
        except ValueError:
            return text
        return int(number) if number.is_integer() else number
    if kind == "DateTime":
        return text[:10] if text[10:].strip("T0:.") == "" else text
    if kind == "Boolean":
        return text == "1"
    return text
