"""The state of one sheet while it is read, and the kinds of rows every reading rule knows.

:class:`SheetState` holds where a sheet's issues go and how its cells are named (``C7``, or the name a
rearranged grid gives a cell); :class:`RowCells` reads one row's cells for a record, remembering the cell
each field came from. The patterns of totals and note rows are here because the table reader
(:mod:`~mtd_analysis.ingest.projects`), the layout rules (:mod:`~mtd_analysis.ingest.layouts`) and the
money of a row (:mod:`~mtd_analysis.ingest.amounts`) all ask them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from mtd_analysis.ingest.cells import Failed
from mtd_analysis.ingest.columns import (
    Header,
    column_letter,
)
from mtd_analysis.ingest.read import Grid
from mtd_analysis.ingest.values import ValueProblem, clean_text

#: The words of a totals row, for the patterns below; "Totl" mistyped, "Vsogo", "Itogo" transliterated ("Razom" is
#: also the name of an organisation and of programmes).
TOTAL_WORD = (
    r"(?:grand |sub[- ]?|overall )?(?:totals?|totl)|усього|всього|загалом|итого|всего|підсумок|разом|sum|σ|∑"
    r"|vsogo|vsoho|usogo|usoho|itogo|vsego"
)


#: A totals word alone ("Total:", "Усього"), or with the currency of its sums and a remark ("Итого, евро (без учёта
#: п. 4)", "Total, EUR"): a totals row even beside numbers in an agency or code column.
BARE_TOTAL = re.compile(
    rf"(?:{TOTAL_WORD})\s*[:.]?"
    # the sums' currency or unit after a comma, never what the total is made of ("Всего, в т.ч.:", "Total, of which")
    r"(?:\s*,\s*(?!(?:в|у|з|із|из|of|incl|including|with)\b)(?:[^\W\d_]{1,8}\.?\s*){1,3})?"
    # or its currency's code or word right after it ("Subtotal USD", "Итого EUR", "Total in EUR", "Разом грн")
    r"(?:\s+(?:in\s+|в\s+|у\s+)?(?:(?-i:[A-Z]{3})|грн|гривень|гривен|євро|евро|euros?|dollars|доларів|долларов)\b)?"
    r"(?:\s*\([^()]*\))?\s*[:.]?",
    re.IGNORECASE,
)


#: A total of a group ("Всього по проєктах", "Итого за 2021 год"): a totals row when only numbers stand beside it.
TOTAL_OF = re.compile(
    rf"(?:{TOTAL_WORD})\s+(?:по|за|for|by|на|per)(?:\s+[^\s:]+){{1,3}}\s*[:.]?", re.IGNORECASE
)


#: The marks of a timeline's worked months or quarters ("x", "■", "✓"), and of its empty ones ("□", "░").
TIMELINE_MARKS = "xXхХ✓✔■●•+*vV√█▇▓"
EMPTY_MARKS = "□░▒○◦"
#: A note or source line under (or inside) a table.
#: A printed page's mark, as an export from a PDF keeps it ("Page 2 of 4", "Сторінка 1 з 3", "стр. 2/5").
PAGE_MARK = re.compile(r"(?i)(?:page|p\.|сторінка|стор\.|страница|стр\.)\s*\d+\s*(?:of|/|з|із|из)\s*\d+")
NOTE_ROW = re.compile(
    r"^(\*|[¹²³⁴⁵⁶⁷⁸⁹⁰†‡]|note|notes|примітк|примечан|джерело|source|sources|prepared by|підготував|n\.?b\.?"
    # a legend: a timeline's mark and its meaning ("x = month of implementation", "■ — период реализации проекта")
    r"|legend\b|умовні позначення|условные обозначения"
    # a pointer to another sheet ("New contributions under preparation: see sheet 'Cards'")
    r"|.{1,80}?\b(?:see|див\.?|дивіться|см\.?)\s+(?:the\s+)?(?:sheet|tab|worksheet|аркуш\w*|лист\w*|вкладк\w*)\b"
    rf"|[{TIMELINE_MARKS}{EMPTY_MARKS}]{{1,2}}(?:\s*=|\s+[—–:-])\s*[^\W\d_])",
    re.IGNORECASE,
)


@lru_cache(maxsize=1024)
def col_letters(index: int) -> str:
    return column_letter(index)


#: The row accounting of a sheet or file: every row read ends loaded, rejected or skipped.
COUNT_KEYS = ("rows_read", "rows_loaded", "rows_rejected", "rows_skipped")


@dataclass
class SheetResult:
    """What one sheet gave: project records, issues, and its row accounting."""

    sheet: str
    status: str  # loaded, skipped, failed
    records: list[dict] = field(default_factory=list)
    issues: list[dict] = field(default_factory=list)
    counts: dict = field(default_factory=lambda: dict.fromkeys(COUNT_KEYS, 0))
    header_row: int | None = None
    lang: str | None = None
    reason: str = ""


def blank_row(row: list) -> bool:
    """True for a row of empty cells (None or spaces)."""
    for v in row:  # a loop, not all() over a generator: most rows end at their first cell
        if v is not None and not (isinstance(v, str) and not v.strip()):
            return False
    return True


def only_filled(row: list) -> tuple[int, object] | None:
    """The (column, value) of a row's only filled cell; None when none or several are filled.

    The scan stops at the second filled cell: a project's row is known for no heading or note after two of its
    cells.

    Examples
    --------
    >>> only_filled([None, " ", "B. Pipeline", None])
    (2, 'B. Pipeline')
    >>> only_filled(["Title", 2021, None]) is None
    True
    """
    found = None
    for col, value in enumerate(row):
        if value is None or value == "" or clean_text(value) is None:
            continue
        if found is not None:
            return None
        found = (col, value)
    return found


class SheetState:
    """State while reading one sheet: where issues go and how cells are named."""

    def __init__(self, grid: Grid, source_file: str):
        self.grid = grid
        self.file = source_file
        self.issues: list[dict] = []
        self.line_of_row = grid.meta.get("line_of_row")
        #: cells whose Excel note corrects their figure, the note's figure read (see projects._corrected_by_comments)
        self.corrected_cells: set[tuple[int, int]] = set()
        # set by _read_table once the header is known
        self.header: Header | None = None
        self.fields: dict[str, int] = {}
        self.yearly: dict[int, int] = {}
        self.sheet_partner: str | None = None
        self.block_currency: str | None = None
        #: the priority a heading row names for the rows below it ("Пріоритет: Протидія домашньому насильству"),
        #: with the heading's cell, until the group's totals row
        self.group_priority: tuple[str, str] | None = None
        #: the status a heading names for the rows below it ("Planned projects"), with the heading's cell
        self.group_status: tuple[str, str] | None = None
        #: amount columns in another currency beside the first ("Budget EUR" | "Budget USD"): col -> (currency,
        #: unit); rows filling both (one a conversion of the other), said once per table
        self.other_currency: dict[int, tuple[str, float]] = {}
        self.both_currencies: list[int] = []
        #: a year's column of another currency's group ("Всього, грн | у т.ч. 2021, грн" beside the same in euro):
        #: column -> (year, currency, unit)
        self.currency_years: dict[int, tuple[int, str, float]] = {}
        #: rows funded in two currencies, one group of columns each: row index -> the second currency's line
        self.second_currency: dict[int, dict] = {}
        #: rows whose partner cell is a yes or a no, as (index, row number, text): said once per table
        self.yes_no_partners: list[tuple[int, int, str]] = []
        #: rows whose partner cell names an MIA agency (the national partner): (index, row number)
        self.agency_partners: list[tuple[int, int]] = []
        #: whether the partner column names MIA agencies only (None: not worked out yet)
        self.partner_agencies: bool | None = None
        #: money columns of a partner's fiscal years: column -> (first day, last day) (see projects._fiscal_columns)
        self.fiscal: dict[int, tuple] = {}
        #: money columns of a project's own years, counted from its start ("Year 1 | Year 2"): column -> year number
        self.project_years: dict[int, int] = {}
        self.fiscal_guessed = False  # a split year read as April–March has been said
        #: a column saying whether a row gives a project's plan or its actual figures ("план" / "факт"), and the
        #: title of the last row read (an actual row repeats its plan row's title, or leaves it empty)
        self.figures_col: int | None = None
        self.last_title: str | None = None
        #: the last project read and its row index (a title wrapping onto the next row is joined to it)
        self.last_record: tuple[int, dict] | None = None
        # a funder's or a currency's line under a project (row index -> that project's record)
        self.line_of: dict[int, dict] = {}
        #: the partner of the last row naming one (and its cell's row index and column), taken by the rows below
        #: that name none
        self.partner_above: tuple[str, int, int | None] | None = None
        #: the partner a heading row names for the rows below it ("Funding partner: Government of Japan"), and its cell
        self.group_partner: tuple[str, str] | None = None
        # whether the partner heading above was a country's bare name ("ЛИТВА"): a list of donors by country, where
        # a neighbour's name ("ПОЛЬЩА") heads a donor's rows too, not a section of the border
        self.bare_country_heading = False
        #: the agency a heading row names for the rows below it, in a table with no beneficiary column: (code, cell)
        self.group_agency: tuple[str, str] | None = None
        self.agency_headings = False  # some heading row named the agency of the rows below it
        #: whether every row colouring a timeline's parts colours the same ones (see amounts._coloured_parts)
        self.bar_spans: bool | None = None
        # the rows read since the last totals row are no project's (a breakdown of the total follows it)
        self.under_total = False
        # the cells a merged range's value was copied into, below its first row (see projects._merged_below)
        self.merged_below: set[tuple[int, int]] | None = None
        #: status codes the workbook's legend explains ("P" -> "planned"), and the rows read by them
        self.status_codes: dict[str, str] = {}
        #: funders' codes a key on the sheet explains ("AA = German Federal Foreign Office"): code -> partner
        self.partner_codes: dict[str, str] = {}
        self.label_codes: dict[
            str, str
        ] = {}  # codes the sheet's note explains as no partner ("ВБ — внебюджетный …")
        self.code_lists: dict[str, dict[str, list[str]]] = {}  # the workbook's code lists (code -> meaning)
        #: a column giving each row's kind of transaction (col), None when there is none; False: not looked for
        self.transaction_col: int | None | bool = False
        #: its cells' kinds ("commitment", "other") when every one is read, else None
        self.transaction_kinds: dict[str, str | None] | None = None
        #: whether the table's first project is followed by rows of its other years with no title (None: not known)
        self.year_lines: bool | None = None
        self.year_line_rows: set[int] = set()  # the rows read as such
        self.coded_statuses: list[int] = []
        #: rows whose priority is a code the workbook's list of codes explains
        self.coded_priorities: list[int] = []
        #: rows whose period cell names a part of the row's year ("FULL YEAR", "H1")
        self.year_parts: list[int] = []
        self.partner_filled: list[int] = []
        # rows heading a project's items ("Проект «…»" over its equipment): (row index, column, the project's title)
        self.project_headings: list[tuple[int, int, str]] = []
        #: a pivot table's group totals rows (row index -> the column naming the group) and the cells filled
        #: down with their group's name (see layouts.pivot_groups)
        self.group_totals: dict[int, int] = {}
        self.pivot_blanks: set[int] = set()  # its lines naming only "(blank)", with no figure
        self.pivot_filled: list[str] = []
        #: a column of money per agency ("НПУ | ДПСУ" under "Сума, JPY"): col -> agency code
        self.agency_parts: dict[int, str] = {}
        self.donor_parts: dict[int, str] = {}  # a column of each donor's money (see projects._donor_columns)
        self.donor_year: int | None = (
            None  # the year whose money the donors' columns are (projects._donors_under_a_year)
        )
        self.donor_share_cols: dict[
            int, str
        ] = {}  # a column of each donor's share (projects._donor_share_columns)
        #: money year by year in one cell (see projects._breakdown_column)
        self.breakdown_col: int | None = None
        #: the partners of the rows with a title (see projects._funder_line_of)
        self.titled_partners: set[str] | None = None
        #: money columns under a group split by priority ("Вартість за пріоритетами"): column -> the priority's label
        self.priority_parts: dict[int, str] = {}
        #: the one year the priorities' money group names ("Фінансування у 2021 р. за пріоритетами"), or None
        self.priority_year: int | None = None
        self.money_spans: dict = {}
        self.probe: tuple[int, tuple[str, ...]] | None = None
        self.orders: dict[int, str] = {}  # day/month order of each date column (see columns.date_orders)
        self.number_col: int | None = None
        self.breaks: list[int] = []  # rows (headings, totals, notes) that end a programme's components
        #: an extension a remark gives a row's end ("No-cost extension until 30.06.2022"): row -> (end, column)
        self.extended_ends: dict[int, tuple] = {}
        #: a change of the amount a remark gives ("Reduced from 500 000 to 350 000"): row -> (old, new, column)
        self.changed_amounts: dict[int, tuple] = {}
        #: a remark's steps changing the row's money ("increased to …; further increased by …"): (steps, currency, col)
        self.money_steps: dict[int, tuple] = {}
        # row -> {year column: (the figure a remark corrects it to, its currency, the remark's column)}
        self.fixed_year_cells: dict[int, dict[int, tuple]] = {}
        #: a year's part of the amount a remark gives ("в т.ч. 2021 г. – 300,0"): row -> (year, column, the words after
        #: the year, the remark as shown)
        self.year_parts_said: dict[int, tuple] = {}
        self.year_shares_said: dict[
            int, tuple
        ] = {}  # row -> (year, per cent, the remark's column, its words)
        # a note marked on a row's amount saying the figure is one year's alone ("* 2021 allocation only"): row ->
        # (year, the total the note gives or None, the note's cell)
        self.year_only: dict[int, tuple] = {}
        #: a column of the MIA system's part of one year's money ("of which MIA bodies, CY2021"): (column, year)
        self.sector_part: tuple | None = None
        #: the MIA sector's part of a multi-sector project a remark gives ("of which MIA: 30%"): row -> (%, column)
        self.sector_shares: dict[int, tuple] = {}
        self.revised_end_col: int | None = None  # a "Revised end date" column beside the end date
        self.original_amount_col: int | None = None  # the original amount beside the current one
        #: a status a remark's event gives a row, newer than its status cell: row -> (status, column, the cell's word)
        self.remarked_statuses: dict[int, tuple] = {}
        #: row index -> a remark pointing to where the row's project is given ("see above", "див. вище")
        self.remarks_pointing: dict[int, str] = {}
        # row -> (amount, currency, remark column): see layouts.value_in_remarks
        self.remarked_values: dict[int, tuple] = {}
        #: the donors' shares a remark gives a co-funded row: index -> (shares, column)
        self.remarked_shares: dict[int, tuple] = {}
        #: the funders' shares each note of the mark on a row's partner cell gives: [(shares, note's row index, column)]
        self.noted_partner_shares: dict[int, list[tuple]] = {}
        #: the currency a note marked on a row's money cell names ("² Сумма в долларах США"): (currency, note's cell)
        self.noted_currency: dict[int, tuple[str, str]] = {}
        #: a year's revised column -> (its original column, that column's FieldMatch), read where the revision is blank
        self.year_originals: dict[int, tuple] = {}
        self.top_ups: dict[
            int, int | None
        ] = {}  # "Top-up 2021" columns: col -> year ("Supplementary grant": None)
        self.page_breaks: set[int] = set()  # rows skipped as a printed page's mark or a repeated header
        self.emptied_rows: list[
            int
        ] = []  # rows of an e-mail's header or of a message it quotes, not read (said)
        #: hidden rows repeating a shown row's project, not loaded: hidden row -> the shown row (projects._hidden_repeats)
        self.hidden_repeats: dict[int, int] = {}
        #: rows marked as an earlier version ("OLD", "не актуально") beside a row of the same title: row ->
        #: (column, text, the other row) (projects._outdated_rows)
        self.outdated_rows: dict[int, tuple] = {}
        #: rows not loaded as earlier versions of a project (projects._superseded)
        self.superseded: set[int] = set()
        #: rows giving a part of the project above by year ("в т.ч. 2021 г."): row -> (its text, the project's row,
        #: "year", "span" (several years' money, spread over them) or None) (see projects._measure_rows)
        self.measure_rows: dict[int, tuple[str, int, str | None]] = {}
        self.measure_col: int | None = None  # the column saying what each row's figure is
        self.earlier_status_col: int | None = (
            None  # "Status (March 2021)" beside a later one: read where it is empty
        )
        self.country_col: int | None = (
            None  # "Країна" / "Countries covered": rows for other countries are skipped
        )
        self.share_col: int | None = None  # "Share for Ukraine, %": the part of the amount that is Ukraine's
        self.note_share: tuple | None = (
            None  # Ukraine's share of every row, from a note: (percent, row, column)
        )
        #: for a sheet read through a rearranged grid (cards, transposed tables): (row, col) -> the cell's name
        self.cell_names: dict[tuple[int, int], str] | None = None
        # set by _column_roles and _read_columns: the table's cells read column by column (see .cells)
        self.first = 0  # the first row of the rows read column by column (a few thousand at a time)
        self.cleaned: list[tuple] = []  # the cleaned text of every cell of those rows, one tuple per row
        self.parsed: dict = {}  # field (or yearly column) -> the parsed value of its cell in each of those rows
        self.identity_cols: list[int] = []  # the columns that make a row a project: code, dates, agency
        self.numeric_cols: set[int] = set()  # recognised columns of amounts and dates
        self.text_cols: list[tuple[str, int]] = []  # the text fields' columns, in the order records name them
        self.raw_cols: list[tuple[str, int]] = []  # then the other fields' columns, in that order
        self.year_col: int | None = None  # the year a row's amount is for (a row per project and year)
        # a row's year and that year's money beside the project's total ("Year | Annual amount | Total budget"): the
        # year's column and the year's money's (see projects._annual_money)
        self.annual_cols: tuple[int, int] | None = None
        # rows breaking a project's amount down by agency, adding up to it (see projects._agency_line_of)
        self.breakdown_rows: set[int] = set()
        self.line_col: int | None = None  # the budget line a row's amount is for (a row per project and line)
        self.unit_col: int | None = (
            None  # the unit each row's figures are in ("тыс." | "ед."), a column of its own
        )
        self.total_rows: list[int] = []  # the indices of the table's totals rows, as read
        self.marked_rows: list[
            tuple
        ] = []  # (row, "struck through" / "hidden", status, status cell's, note row)
        self.format_currencies: list[tuple[int, str]] = []  # (row, currency) of amounts whose format names it
        self.payment_cols: tuple[int, int] | None = None  # a row per payment: its date's and amount's columns
        self.partner_other_col: int | None = None  # the partner's name where its column says "other" (a form)
        self.parent_col: int | None = None  # the code of the row a row is a component of
        self.continued: int | None = None  # the last row read as the rest of a title above it
        #: the table's titles run on below their rows throughout (a PDF converted; see projects._continues_title)
        self.wrapped_titles = False
        #: the start of the next row's title, on a row of its own above it: (row, text, column)
        self.title_head: tuple[int, str, int] | None = None
        self.cofunder_cols: tuple[int | None, int | None] = (None, None)  # a co-funder and its share (%)
        self.dash_said = False  # the file's legend on dashes, said once (amounts._year_amounts)
        self.own_share_col: int | None = None  # the partner's own share beside a co-funder ("UK share")
        self.item_type_cols: list[int] = []  # what kind of item a row of a list is ("Folder" is none)
        self.submitted_col: int | None = None  # when a form's response was sent (a response per row)
        self.title_year: int | None = None  # the one year the title rows name ("Plan for 2021")
        self.shares_col: int | None = None  # the budget's split over years in percentages ("2021: 40%; …")
        self.sector_col: int | None = None  # "MIA system: Yes/No": whether a row is the sector's at all
        self.sectors_named = False  # the sector column names each row's sector ("MIA system", "Justice")
        self.deleted_col: int | None = None  # "is_deleted": 1: a record the system it comes from deleted
        self.share_rows: dict[
            int, str
        ] = {}  # lines of a co-funders' table under the projects, and what is said
        self.formula_cols: list[tuple[str, int]] = []  # text fields with a cell starting like a formula
        self.hashtags = False  # a cell of the table starts with "#" (a row of HXL hashtags is possible)
        self.letters: list[str] = []  # each column's letter
        self.width = 0  # the columns every row's cleaned cells cover: the table's and every field's

    def row_number(self, index: int) -> int:
        if self.line_of_row and index < len(self.line_of_row):
            return self.line_of_row[index]
        return index + 1

    def cell(self, index: int, col: int | None) -> str:
        if col is None:
            return ""
        if self.cell_names is not None and (index, col) in self.cell_names:
            return self.cell_names[(index, col)]
        return f"{col_letters(col)}{self.row_number(index)}"

    def cell_in_row(self, index: int, n: int, col: int) -> str:
        """:meth:`cell` for a column, given the row's number ``n`` (``row_number(index)``)."""
        if self.cell_names is not None and (index, col) in self.cell_names:
            return self.cell_names[(index, col)]
        return f"{col_letters(col)}{n}"

    def issue(self, severity: str, kind: str, message: str, index: int | None = None, col: int | None = None):
        self.issues.append(
            {
                "file": self.file,
                "sheet": self.grid.sheet,
                "row": self.row_number(index) if index is not None else None,
                "column": self.cell(index, col)
                if (index is not None and col is not None)
                else (column_letter(col) if col is not None else ""),
                "severity": severity,
                "kind": kind,
                "message": message,
            }
        )


def grid_place(grid: Grid) -> str:
    return f"sheet '{grid.sheet}'" if grid.sheet else "the file"


def number_ranges(numbers: list[int]) -> str:
    """ "3, 5–7" from [3, 5, 6, 7].

    Examples
    --------
    >>> number_ranges([3, 5, 6, 7])
    '3, 5–7'
    """
    parts: list[tuple[int, int]] = []
    for n in sorted(set(numbers)):
        if parts and parts[-1][1] == n - 1:
            parts[-1] = (parts[-1][0], n)
        else:
            parts.append((n, n))
    return ", ".join(f"{a}" if a == b else f"{a}–{b}" for a, b in parts)


def cell_value(row: list, col: int | None):
    if col is None or col >= len(row):
        return None
    return row[col]


class RowCells:
    """How one row's cells are read for a record, remembering the cell each field came from."""

    def __init__(self, state: SheetState, row: list, cleaned: list, index: int, n: int):
        self.state, self.row, self.cleaned, self.index, self.n = state, row, cleaned, index, n
        #: the amount's cell names the funder (see projects._funder_in_the_amount)
        self.funder_in_amount = False
        #: the donors' parts the amount cell gives (see amounts.donor_parts)
        self.donor_sums: list[tuple[str, float]] = []
        #: the amount cell's words pointing to another row or sheet ("see SBGS sheet"; see values.refers_elsewhere)
        self.amount_elsewhere: str | None = None
        #: negative figures read in the row's amount cells: (year or None for the amount, value, cell, column)
        self.negatives: list[tuple[int | None, float, str, int]] = []
        self.fields, self.at = state.fields, index - state.first  # the row's place in the parsed columns
        self.names: dict[str, str] = {}
        self.dates: tuple = (None, None)
        self.agencies: list[str] = []  # the agencies a row's money columns name (see _agency_parts)
        #: each donor's part of the row's money (see projects._donor_columns)
        self.donors: list[tuple[str, float]] = []
        self.timeline: list | None = None  # the months a timeline row marks (see amounts.timeline_marks)
        self.unmarked: list[int] = []  # its cells of empty boxes ("□"): months without work
        self.coloured = (
            False  # its timeline's parts are coloured cells, no marks (see amounts.timeline_marks)
        )
        #: a year's cell saying the whole amount is that year's ("в повному обсязі"): (year, column)
        self.whole_year: tuple[int, int] | None = None
        #: the column the row's amount was read from (see amounts.row_money)
        self.amount_col: int | None = None
        #: the row's total where its year columns overruled it, the row having no dates (see amounts.row_money)
        self.declared_total: float | None = None
        #: the years of another currency's own columns, the row's money being in that currency (amounts)
        self.group_years: dict[int, float] | None = None
        #: the row's total amount in units, once read (a year's cell may give a share of it)
        self.total: float | None = None
        #: the priority column a row's money stands in, and the column (see amounts._priority_parts)
        self.declared: tuple[str, int] | None = None
        #: a mark ("x") in a priority's money column: (priority, column)
        self.marked_priority: tuple[str, int] | None = None
        #: the months of each year whose parts (quarters, months) made the year's amount (see amounts._add_parts)
        self.year_months: dict[int, list[int]] = {}

    def get(self, name: str):
        """The raw value of a field's cell, and its column."""
        col = self.fields.get(name)
        return (None if col is None or col >= len(self.row) else self.row[col]), col

    def text(self, name: str):
        """The cleaned text of a field's cell, and its column (every row's cleaned cells cover every field)."""
        col = self.fields.get(name)
        return (None if col is None else self.cleaned[col]), col

    def parsed(self, key):
        """The parsed value of a field's cell (``key``: a field, or a yearly column), as its column read it.

        Raises the cell's problem as its parser would have raised it: a new ValueProblem, so that the
        column keeps no traceback (whose frames would hold this sheet's state).
        """
        outcome = self.state.parsed[key][self.at]
        if isinstance(outcome, _PROBLEMS):
            if isinstance(outcome, Failed):
                raise outcome.exception  # a parser's bug: rare, its cycle is left to the garbage collector
            raise ValueProblem(outcome.message, outcome.severity, outcome.kind, outcome.negative)
        return outcome

    def problem(self, exc: ValueProblem, col, what: str) -> None:
        cell = self.state.cell_in_row(self.index, self.n, col)
        self.state.issue(
            exc.severity, exc.kind, f"row {self.n}, {what} ({cell}): {exc.message}", self.index, col
        )
        said = _AMOUNT_OF.fullmatch(what)
        if (
            exc.negative is not None and said is not None
        ):  # kept, should the row be a ledger's reduction of a project
            self.negatives.append((int(said[1]) if said[1] else None, exc.negative, cell, col))


_PROBLEMS = (ValueProblem, Failed)
#: The amount cells whose negative figures a row keeps: its amount, or a year's ("amount for 2021").
_AMOUNT_OF = re.compile(r"amount(?: for (\d{4}))?")
