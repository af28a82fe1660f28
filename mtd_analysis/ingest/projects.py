"""Turn the cells of a partner's sheet into project records, accounting for every row.

Each non-blank row below the header is *read* and ends as exactly one of:

- **loaded**: it can be a project (it has a title or a project code); problems in
  its cells are issues, but the row is kept;
- **rejected**: it cannot be a project (no title and no code), with an error issue;
- **skipped**: a totals row, a repeated header, a note or section heading, the
  template's example row, or (decided later, across files) the same project
  sent twice.

Examples
--------
>>> from mtd_analysis.ingest.read import Grid
>>> grid = Grid("Projects", [["Donor: EU"], ["Title", "Beneficiary", "Period", "Budget, EUR"],
...                          ["Mobile groups", "НПУ", "2021", "1 000 000"],
...                          ["Total", None, None, "1 000 000"]])
>>> sheet = sheet_projects(grid, "eu.xlsx")
>>> [(r["title"], r["partner"], r["beneficiaries"], r["start_date"], r["end_date"], r["amount"], r["currency"])
...  for r in sheet.records]
[('Mobile groups', 'EU', 'NPU', '2021-01-01', '2021-12-31', 1000000.0, 'EUR')]
>>> sheet.counts
{'rows_read': 2, 'rows_loaded': 1, 'rows_rejected': 0, 'rows_skipped': 1}
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import replace
from datetime import datetime
from itertools import takewhile
from pathlib import PurePosixPath

from mtd_analysis import config
from mtd_analysis.ingest.amounts import (
    AMOUNT_TOTAL_WORDS,
    BLOCK_UNITS,
    COFUNDING_OR_LOCAL_LOWER,
    _in_units,
    agencies_with_money,
    both_currencies_said,
    end_from_duration,
    footnote_units,
    formula_like_text,
    in_minor_units,
    money_in_prose,
    money_sentence,
    negated,
    note_share,
    one_column_per_year,
    original_amount_column,
    other_currency_amounts,
    period_in_prose,
    row_money,
    show_date,
    shown_as_percent,
    timeline_marks,
    units_scale,
    units_with_currency,
)
from mtd_analysis.ingest.cells import (
    amount_column,
    clean_column,
    date_column,
    raw_columns,
    starts_with,
    text_column,
)
from mtd_analysis.ingest.columns import (
    _PAREN,
    _YEARS_SPANNED,
    CUMULATIVE,
    MINOR_LABEL,
    NOTHING_SAID,
    OF_WHICH_FIRST,
    PROJECT_FIELDS,
    TOTAL_ROW,
    UKRAINE,
    UKRAINE_PAYS,
    UNIT_WORD,
    FieldMatch,
    Header,
    _header_labels,
    agency_money_columns,
    column_letter,
    date_orders,
    denies_a_unit,
    donor_levels,
    find_header,
    fiscal_months_said,
    fiscal_quarter_named,
    fiscal_span_named,
    fiscal_year_in_words,
    fiscal_year_named,
    header_by_content,
    header_repeats,
    header_translated,
    is_hxl_tag,
    label_date,
    listed_donor,
    match_field,
    names_donor_money,
    names_money_and_status,
    names_ukraines_part,
    only_agencies,
    open_edge,
    payers_under_money_labels,
    read_as_spelled,
    read_header,
    titles_not_money,
    year_part,
)
from mtd_analysis.ingest.layouts import (
    COFINANCING,
    FACT_WORDS,
    NOT_AGREED,
    NOTE_REFERENCE,
    amount_changed,
    continued_cells,
    ditto_marks,
    extended_end,
    figures_column,
    footnotes_on_cells,
    mark_then_note,
    money_in_period,
    money_lines_under,
    money_rows_under,
    pivot_groups,
    plain_title,
    pointers_in_remarks,
    project_blocks,
    shares_in_remarks,
    shares_table,
    status_above,
    status_event,
    status_from_heading,
    status_in_remarks,
    stops_short,
    value_in_remarks,
)
from mtd_analysis.ingest.partners import (  # noqa: F401 - canonical_partner, partner_in_text re-exported
    OWN_BUDGET,
    canonical_partner,
    country_names,
    country_of_code,
    funder_in_text,
    funder_named,
    funders_named,
    is_a_donor_state,
    is_known_partner,
    is_listed_partner,
    names_a_payer,
    names_officially,
    partner_fiscal_year,
    partner_in_text,
    partner_named_in,
    partner_shares,
    partner_within,
    payer_of_money,
    payers_within,
    shares_in_note,
    split_fiscal_year,
    without_implementers,
    without_neighbours,
)
from mtd_analysis.ingest.periods import days_per_year, split_by_days, yearly_text, yearly_values
from mtd_analysis.ingest.programmes import (
    COMPONENT_MARKER,
    component_marker,
    is_an_agreement,
    resolve_programmes,
    years_of_dated_items,
)
from mtd_analysis.ingest.read import Grid
from mtd_analysis.ingest.sheet import (
    BARE_TOTAL,
    COUNT_KEYS,
    NOTE_ROW,
    PAGE_MARK,
    TOTAL_OF,
    TOTAL_WORD,
    RowCells,
    SheetResult,
    SheetState,
    blank_row,
    cell_value,
    col_letters,
    grid_place,
    number_ranges,
    only_filled,
)
from mtd_analysis.ingest.values import (
    _PLAIN_NUMBER,
    COLOUR_WORDS,
    FOOTNOTE_MARKS,
    STATUSES,
    SUMS_JOINED,
    YEAR_2000S,
    Amount,
    ValueProblem,
    clean_text,
    currency_in_letters,
    currency_in_text,
    currency_parts,
    date_order,
    day_past_month_end,
    end_after,
    figure_in,
    holds_any,
    money_only,
    normalise_key,
    only_an_agency,
    parse_amount,
    parse_beneficiaries,
    parse_currency,
    parse_date,
    parse_duration,
    parse_percentage,
    parse_period,
    parse_status,
    status_heading,
    status_in_heading,
    without_currency_words,
    year_breakdown,
)
from mtd_analysis.ingest.words import fold
from mtd_analysis.reference.activities import neighbour_countries
from mtd_analysis.reference.agencies import (
    agency_patterns,
    national_payers,
    outside_named_bodies,
    outside_patterns,
    outside_sector_codes,
    system_names,
)
from mtd_analysis.schema import source_cell_names

_EXAMPLE = {"example", "приклад", "пример", "зразок", "e.g", "eg", "напр", "наприклад", "например"}
_EXAMPLE_STARTS = tuple(_EXAMPLE)


#: A row's own words saying it is the form's example: a title ending "(example)", a remark "example only".
_EXAMPLE_SAID = re.compile(
    r"\((?:example|приклад|пример|зразок)\)\s*$|^\s*\((?:example|приклад|пример|зразок)\)"  # "(приклад) Назва проєкту"
    r"|^(?:example only|just an example|for example only|лише приклад"
    r"|тільки приклад|только пример|лишь пример)\.?$",
    re.IGNORECASE | re.MULTILINE,  # searched in a row's texts joined by line ends
)


#: A form's placeholder standing for a value to fill in: "<project title>", "<назва проєкту>".
_FORM_BLANK = re.compile(
    r"<\s*(?:project\s+)?(?:title|name|назва(?:\s+проє?кту)?|название(?:\s+проекта)?|project)\s*>",
    re.IGNORECASE,
)
#: The start of a cell naming the example (the cheap test before :func:`_example_word`).
_EXAMPLE_FIRST = re.compile(
    "|".join(sorted(map(re.escape, _EXAMPLE), key=lambda w: (-len(w), w))), re.IGNORECASE
)


def _example_word(text: str) -> bool:
    """Whether a cell says "example" and nothing else, in one language or two ("Приклад / Example", "Пример:").

    Examples
    --------
    >>> _example_word("Приклад / Example"), _example_word("EXAMPLE:"), _example_word("Example project")
    (True, True, False)
    >>> _example_word("e.g."), _example_word("напр."), _example_word("eg project")
    (True, True, False)
    """
    low = text.lower()
    if not low.startswith(_EXAMPLE_STARTS):  # the cheap test first
        return False
    parts = [p.strip(" :.*") for p in re.split(r"[/|]", low)]
    return all(p in _EXAMPLE for p in parts)


def _an_example_row(row: list) -> bool:
    """A row whose first cells name it the template's example ("EXAMPLE | … | Example: equipment …"), wherever
    the columns are read from."""
    for value in row[:5]:
        text = (clean_text(value) or "").lower()
        if _example_word(text) or text[:9].split(":")[0].strip() in _EXAMPLE and ":" in text[:10]:
            return True
    return False


#: A title saying the row is a try of the form, not a project ("test", "тест", "тестова відповідь").
#: The longest an agency's name runs ("Государственная служба Украины по чрезвычайным ситуациям (ГСЧС)", 64
#: characters): a longer title names no agency alone.
_AGENCY_NAME_MAX = 90
#: A row opened by a legend's heading ("Умовні позначення:", "Legend: green = ongoing", "Colour key (rows)"): the
#: sheet's legend under or beside the table, never a project (what it says is read by colour_legend and the like).
#: The words that head a legend ("Умовні позначення", "Legend", "Colour key", "Цветовая маркировка").
_LEGEND_WORDS = (
    r"умовн\w* позначен\w*|условн\w* обозначен\w*|legend|легенд[аи]|colou?r[- ](?:key|cod\w*|legend)"
    r"|кольоров\w* (?:маркуван\w*|позначен\w*)|цветов\w* (?:маркировк\w*|обозначен\w*)"
)
#: A code and its meaning after "=" in a legend's line: "1=ongoing", "D01=European Union", "A = active record".
_CODES_GIVEN = re.compile(r"(?:^|[\s;,])[\w./-]{1,8}\s*=\s*[^\W\d_]")
_LEGEND_ROW = re.compile(rf"(?:{_LEGEND_WORDS})\s*(?:\([^)]*\))?\s*(?::.*)?", re.IGNORECASE | re.DOTALL)
#: What is left of a title naming only a currency once its currency words are gone ("у GBP", "in EUR").
_A_CURRENCY_ALONE = re.compile(r"\s*(?:у|в|in|of which|з них|из них|incl\.?)\s*[:.,]?\s*", re.IGNORECASE)
#: A line its own cells say not to use: an old copy kept for reference ("OLD LINE - superseded by line 1, do not
#: use", "DUPLICATE - please ignore", "не враховувати (дубль)").
#: What marks a line as a copy kept for reference: "OLD LINE", "superseded", "DUPLICATE", "СТАРАЯ ВЕРСИЯ".
_STALE_COPY = re.compile(
    r"\bold\b|superseded|duplicate|outdated|obsolete|entered twice|стар\w*\s+(?:верс|рядок|строк)|застаріл|устарев"
    r"|дубл|замінен\w*|заменен\w*",
    re.IGNORECASE,
)
_STALE_ROW = re.compile(
    r"do\s+not\s+(?:use|count|include)|please\s+ignore|ignore\s+this\s+(?:line|row)|не\s+(?:використовувати|враховувати)"
    r"|не\s+(?:использовать|учитывать)",
    re.IGNORECASE,
)
#: A title's brackets at its end ("… (дубликат – не учитывать)").
_LAST_BRACKETS = re.compile(r"\(([^()]*)\)\s*$")
#: Words telling a line to be ignored, in a title's own brackets.
_IGNORE = re.compile(_STALE_ROW.pattern + r"|\bignore\b|ігнор|игнор", re.IGNORECASE)
_TEST_ROW = re.compile(
    r"(?:(?:test(?:ing)?|тест(?:ування|ирование)?|проба)(?:\s+(?:response|entry|submission|row|item|record|line"
    r"|відповідь|запис|ответ|запись))?|(?:тестова|тестовая|тестовий|тестовый)\s+(?:відповідь|ответ|запис|запись))"
    # "TEST item - please ignore", "Тест (не враховувати)"
    r"(?:\s*[-–—:,(]\s*(?:please\s+)?(?:ignore|delete|do\s+not\s+(?:use|count)|не\s+враховувати|не\s+учитывать)\)?)?",
    re.IGNORECASE,
)
#: A priority's level, not its name ("Priority: high"): no heading of a group of projects.
_PRIORITY_LEVEL = re.compile(
    r"(?:high|medium|low|top|very high|високий|середній|низький|высокий|средний|низкий|\d+)\.?", re.IGNORECASE
)
#: A heading row naming the priority of the rows below it: "Пріоритет: …", "Priority 2. …", "Приоритет № 3 – …".
_PRIORITY_HEADING = re.compile(
    r"(?:пріоритет|приоритет|priority)(?:\s*(?:№|no\.?)?\s*\d{1,2})?\s*[:.\-–—]\s*(\S.{2,})", re.IGNORECASE
)
_FORMULA_START = ("=", "+", "-", "@")
_TEXT_FIELDS = ("title", "description", "partner", "implementer", "declared_priority", "project_id", "status")


def detect_language(texts: list[str]) -> str:
    """en, uk or ru from a few header labels.

    Examples
    --------
    >>> detect_language(["Назва проєкту", "Бюджет"]), detect_language(["Title"]), detect_language(["Название"])
    ('uk', 'en', 'ru')
    """
    joined = " ".join(texts).lower()
    cyrillic = len(re.findall(r"[а-яіїєґё]", joined))
    latin = len(re.findall(r"[a-z]", joined))
    if cyrillic <= latin:
        return "en"
    if re.search(r"[іїєґ]", joined):
        return "uk"
    return "ru"  # Ukrainian text almost always carries і, ї, є or ґ


def _likely_header(rows: list[list]) -> tuple[str, int]:
    """The first row of short text cells that looks like column names, for a message; ("", -1) when none."""
    for index, row in enumerate(rows[: config.HEADER_SCAN_ROWS]):
        texts = [clean_text(v) for v in row if isinstance(v, str) and clean_text(v)]
        if len(texts) >= 4 and all(len(t) <= 60 for t in texts):
            shown = ", ".join(f"'{t}'" for t in texts[:6]) + (" …" if len(texts) > 6 else "")
            return shown, index
    return "", -1


def _fill_merged(
    rows: list[list], merged: list, first_data_row: int, money_cols: set[int]
) -> dict[tuple, tuple]:
    """Fill cells merged down several data rows (a partner named once for three projects) with the top value.

    Ranges merged across columns only (a heading spread over the table's width) are left as
    read: the value stays in its first cell. Money is never copied down: it would be counted
    several times. Returns the money cells merged over several rows: {(row, col): (top row, bottom row)}.
    """
    money_spans = {}
    for (r0, c0), (r1, _c1) in merged:
        if r1 < first_data_row or r1 == r0 or r0 >= len(rows):
            continue
        top = rows[r0][c0] if c0 < len(rows[r0]) else None
        if c0 in money_cols:
            money_spans[(r0, c0)] = (r0, r1)
            continue
        for r in range(max(r0 + 1, first_data_row), min(r1, len(rows) - 1) + 1):
            row = rows[r]
            if len(row) <= c0:
                row.extend([None] * (c0 + 1 - len(row)))
            row[c0] = top
    return money_spans


#: A file name saying the workbook gathers several partners' returns.
_CONSOLIDATED = re.compile(
    r"coordinat|matrix|consolidat|compil|overview|mapping|donors|partners|returns|swg|зведен|сводн|координац|матриц"
    r"|срг|донор|партнер",
    re.IGNORECASE,
)


def _partner_of_sheet(name: str | None) -> str | None:
    """The partner a sheet is named after ("Norway", "Швейцарія" in a coordinator's workbook), or None.

    Examples
    --------
    >>> _partner_of_sheet("Norway"), _partner_of_sheet("Projects 2021"), _partner_of_sheet("НПУ")
    ('Norway', None, None)
    """
    name = clean_text(name)
    return canonical_partner(name) if name and is_known_partner(name, codes=False) else None


#: A year the title rows name ("PSOPs plan for 2021", "Проєкти на 2021 рік"): periods written without one are in it.
_TITLE_YEAR = re.compile(r"(?<![\d./-])(20[0-4]\d)(?![\d./-])")


def _title_block(rows: list[list], header_first_row: int) -> str:
    """The title rows above the header, one line per row (a row of its own, "тис. грн", starts a line)."""
    lines = (" ".join(t for t in (clean_text(v) for v in row) if t) for row in rows[:header_first_row])
    return "\n".join(line for line in lines if line)


#: A year or a span of years in a title ("2021", "2020–2022", "2020-22").
_YEARS_SAID = re.compile(r"(?<![\d.,])(?:19|20)\d\d(?:\s*[–—-]\s*(?:19|20)?\d\d)?(?![\d.,])")


def _currency_of_the_title(block_text: str | None) -> str | None:
    """The one currency the title rows name where no figure stands beside it ("…, Canadian dollars (CAD)"), or
    None (none, several, or a sum quoted: "a EUR 5 million programme").

    Examples
    --------
    >>> _currency_of_the_title("Payment plan by Government of Canada fiscal quarter, Canadian dollars (CAD)")
    'CAD'
    >>> _currency_of_the_title("Part of a EUR 5 million programme") is None
    True
    >>> _currency_of_the_title("Grant assistance to MIA agencies, 2020–2022 (USD)")
    'USD'
    """
    if not block_text:
        return None
    from mtd_analysis.ingest.values import _currency_pattern

    # years are no sums: "…, 2020–2022 (USD)" names the currency beside the years the table covers
    masked = _YEARS_SAID.sub(lambda y: " " * len(y[0]), block_text)
    for m in _currency_pattern().finditer(masked):
        near = masked[max(0, m.start() - 3) : m.end() + 3]
        if re.search(r"\d", near) or m.group(1) == "$":
            return (
                None  # a sum quoted; "$" alone, whose dollar a partner's own may be (Canada's, Australia's)
            )
    return _said_currency(block_text)


def _said_currency(text: str) -> str | None:
    """The one currency a text names and does not deny ("(not converted to UAH)" names none), or None.

    Examples
    --------
    >>> _said_currency("Budgets by UK financial year, GBP"), _said_currency("Amounts in EUR (not converted to UAH)")
    ('GBP', 'EUR')
    """
    from mtd_analysis.ingest.values import _currency_aliases, _currency_pattern

    found = {
        _currency_aliases()[m.group(1).lower()]
        for m in _currency_pattern().finditer(text)
        if not negated(text, m.start())
    }
    return found.pop() if len(found) == 1 else None


def _labelled_value(block_rows: list[list], labels: tuple[str, ...]) -> str | None:
    """A value written after a label in the title block: "Donor: EU" or "Donor | EU"."""
    for row in block_rows:
        cells = [clean_text(v) for v in row]
        for i, text in enumerate(cells):
            if not text:
                continue
            low = normalise_key(text)
            for label in labels:
                if low == label or low.startswith(label + " "):
                    if low != label and labels is _CURRENCY_LABELS:  # "Amounts in EUR unless stated. Dates …"
                        said = " ".join(text.split()[len(label.split()) :])
                        said = re.split(r"[.;:]\s", said, maxsplit=1)[0].strip(" :")
                        if currency_in_text(said):
                            return said
                    rest = re.split(r"[:：]", text, maxsplit=1)
                    if len(rest) == 2 and rest[1].strip() and labels is _PARTNER_LABELS:
                        # "Donor of all projects below: Switzerland. Amounts in CHF.": the name, not the next sentence
                        return _SENTENCE_END.split(rest[1].strip(), maxsplit=1)[0].strip()
                    if len(rest) == 2 and rest[1].strip():
                        return rest[1].strip()
                    following = [c for c in cells[i + 1 :] if c]
                    if following:
                        return following[0]
    return None


#: The end of a sentence: a full stop after a word of two letters or more, before a capital ("Switzerland. Amounts"),
#: not an abbreviation's ("U.S. Embassy", "Govt. of Japan").
_SENTENCE_END = re.compile(r"(?<=[^\W\d_]{2})\.\s+(?=[A-ZА-ЯІЇЄҐ])")

_PARTNER_LABELS = (
    "donor",
    "partner",
    "development partner",
    "funded by",
    "донор",
    "партнер",
    "партнер з розвитку",
    "фінансується",
)
_CURRENCY_LABELS = ("currency", "валюта", "all amounts in", "amounts in", "суми в", "сума в", "усі суми в")


def sheet_projects(
    grid: Grid,
    source_file: str,
    file_partner: str | None = None,
    include_hidden: bool = False,
    status_codes: dict[str, str] | None = None,
    code_lists: dict[str, dict[str, list[str]]] | None = None,
) -> SheetResult:
    """Read one sheet's project table into records.

    A sheet holds a table (one project per row), registration cards or a transposed
    table (field labels down one column, one project per column beside them), or no
    projects at all (instructions, a cover page, a lookup list): its non-empty rows are
    then counted as skipped with the reason, so that ``rows_read`` is every non-empty row.

    Parameters
    ----------
    grid : Grid
        The sheet's cells (see :mod:`mtd_analysis.ingest.read`).
    source_file : str
        The file's path relative to the submissions folder, as shown in outputs.
    file_partner : str, optional
        The partner known for the whole file (from its name), used when neither a
        column nor the title block names one.
    include_hidden : bool, default False
        Read a sheet hidden in Excel like any other (by default it is skipped with an info issue).
    status_codes : dict, optional
        Status codes the workbook's legend explains ("P" -> "planned"; :func:`status_codes`).
    code_lists : dict, optional
        The workbook's code lists (:func:`code_lists`): the funders, statuses and kinds of transaction its codes
        stand for ("D014" -> EU).

    Returns
    -------
    SheetResult
        Records carry the :data:`mtd_analysis.schema.PROJECT_COLUMNS` fields except
        ``project_id`` and ``parent_id`` (assigned across files by the build) plus ``code``
        (the partner's own project code), ``partner_from`` and ``parent`` (the programme
        record of a component).
    """
    result = _sheet_projects(grid, source_file, file_partner, include_hidden, status_codes, code_lists)
    if (
        not result.records
        and not grid.meta.get("keep_quoted")
        and len(blocks := _email_blocks(grid.rows)) > 1
        and _same_sender(grid.rows, blocks[0], blocks[1])
    ):
        # a reply naming no project of its own ("please replace the figure for project X"): the quoted list is read
        again = _sheet_projects(
            replace(grid, meta={**grid.meta, "keep_quoted": True}),
            source_file,
            file_partner,
            include_hidden,
            status_codes,
            code_lists,
        )
        if again.records:
            return again
    return result


def _sheet_projects(
    grid: Grid,
    source_file: str,
    file_partner: str | None,
    include_hidden: bool,
    status_codes: dict[str, str] | None,
    code_lists: dict[str, dict[str, list[str]]] | None,
) -> SheetResult:
    """:func:`sheet_projects`, once (an e-mail's quoted message set aside, or read: ``grid.meta["keep_quoted"]``)."""
    state = SheetState(grid, source_file)
    result = SheetResult(grid.sheet, "skipped")
    nonblank = sum(1 for r in grid.rows if not blank_row(r))
    if _unreadable_sheet(state, result, nonblank, include_hidden):
        result.issues = state.issues
        return result
    # an e-mail pasted in: its header and the message it quotes are set aside (said), the rest read as any sheet
    cleared = _without_null_markers(state, _without_email_headers(state, grid.rows))
    cleared = _corrected_by_comments(
        state, cleared
    )  # "corrected: 450 000, not 540 000" in a cell's Excel note
    if cleared is not grid.rows:
        state.emptied_rows = [
            i
            for i, (was, now) in enumerate(zip(grid.rows, cleared, strict=True))
            if not blank_row(was) and blank_row(now)
        ]
        grid = state.grid = Grid(grid.sheet, cleared, grid.merged, grid.visible, grid.date1904, grid.meta)
    state.status_codes = status_codes or {}
    state.code_lists = code_lists or {}
    state.partner_codes = {
        **funder_codes(state.code_lists),
        **partner_codes(grid),
    }  # the sheet's own key first
    state.label_codes = label_codes(grid)
    long = _entity_attribute_value(grid)
    if long is not None and (below := read_header(grid.rows, grid.merged)) is not None:
        end = next((i for i in range(long[0] + 1, len(grid.rows)) if blank_row(grid.rows[i])), len(grid.rows))
        if below.first_row > end and {"title", "project_id"} & set(below.fields()):
            long = None  # a block of fields ("Field | Value": the report's cover), then a table of projects
    if long is not None:
        read = read_entity_attribute_value(state, *long, file_partner, nonblank)
        if read is not None:
            return read
        state.issue(
            "warning",
            "layout",
            f"{grid_place(grid)} is a table of entity | attribute | value rows (a database's dump: column "
            f"{col_letters(long[1])} names a field on each row): not read, its fields naming no project with an "
            "amount, a date or an agency; export it with a column per field",
        )
        _skip_all(result, nonblank, "entity-attribute-value rows")
        result.issues = state.issues
        return result
    indicators = _indicator_table(grid)
    if indicators is not None:
        state.issue(
            "info", "sheet", f"{grid_place(grid)} {indicators}; its {nonblank} non-empty rows were skipped"
        )
        _skip_all(result, nonblank, "indicators")
        result.issues = state.issues
        return result
    summed = grid.meta.get("summary_of")
    if summed:  # build.read_file: see summaries_of_sheets
        shown = ", ".join(f"'{name}'" for name in summed[:3]) + (" …" if len(summed) > 3 else "")
        state.issue(
            "info",
            "sheet",
            f"{grid_place(grid)} sums up the workbook's other sheets (its rows name {shown}): its {nonblank} "
            "non-empty rows were skipped; the projects are read from those sheets",
        )
        _skip_all(result, nonblank, "summary of other sheets")
        result.issues = state.issues
        return result
    if grid.meta.get("sheets_in_book", 1) > 1 and _SAMPLE_NAMES.search(grid.sheet or ""):
        # the form's sample beside the sheet filled in: not the partner's projects (an only sheet so named is read)
        state.issue(
            "info",
            "sheet",
            f"{grid_place(grid)}'s name says it is the form's sample, not to be filled in: its {nonblank} non-empty "
            "rows were skipped; the workbook's other sheets are read",
        )
        _skip_all(result, nonblank, "sample sheet")
        result.issues = state.issues
        return result
    header = read_header(grid.rows, grid.merged)
    if header is None or _titles_across(grid.rows, header):
        return _sheet_without_table(state, result, nonblank, file_partner)
    if (
        grid.meta.get("indents")
        and _pivot_by_status(grid.rows, header.row)
        and (pivot := read_compact_pivot(state, file_partner, nonblank)) is not None
    ):  # "Row Labels | Ongoing | Pipeline | Grand Total": a pivot table's header, its groups indented below it
        return pivot
    gap = _second_table(grid.rows, header)
    if gap is not None and _a_table_right_of(grid, gap, header):
        return _tables_side_by_side(state, header, gap, file_partner, include_hidden)
    under = _table_under(grid, header)
    if under is not None:
        return _tables_one_under_other(state, header, under, file_partner, include_hidden)
    _file_notes(state)
    result = _read_table(state, header, file_partner, result)
    below = [
        i for i in state.emptied_rows if i > header.row
    ]  # a quoted e-mail's rows: read (said), not loaded
    result.counts["rows_read"] += len(below)
    result.counts["rows_skipped"] += len(below)
    _after_table(state, result)
    return result


#: A column of a project's indicators or results ("Indicator", "KPI", "Показник результату"), and one of their
#: values, targets or achievements beside it.
_INDICATOR_LABEL = re.compile(
    r"(?:results?|outcome|output|performance|key performance)?\s*(?:indicators?|kpis?|metrics?)(?:\s*name)?"
    r"|(?:показник|індикатор|показатель|индикатор)\w*(?:\s+\w+)?",
    re.IGNORECASE,
)
_INDICATOR_VALUE = re.compile(
    r"values?|targets?|baseline|actual|achieved|result|progress|значення|ціль|цільове значення|досягнуто|значение"
    r"|цель|целевое значение|достигнуто",
    re.IGNORECASE,
)


def _indicator_table(grid: Grid) -> str | None:
    """What a sheet of indicators is (a project's title again on each of its rows, a column naming an indicator
    and one of its values: "Police academy | Officers trained | 1200"), or None for any other table. Such a sheet
    reports results of projects listed elsewhere: its values are no budgets.

    Examples
    --------
    >>> from mtd_analysis.ingest.read import Grid
    >>> rows = [["Project title", "Indicator", "Value"], ["Academy", "Officers trained", 1200],
    ...         ["Academy", "Budget spent", 450000], ["Border posts", "Posts equipped", 4]]
    >>> grid = Grid("Results", rows, [], True, False, {})
    >>> _indicator_table(grid)[:60]
    "lists indicators of projects (column B 'Indicator', their va"
    >>> rows[2][0] = "Academy of the NPU"  # each title once: a table of projects
    >>> _indicator_table(grid) is None
    True
    """
    for r, row in enumerate(grid.rows[:10]):
        labels = {c: t.strip(" _:") for c, v in enumerate(row) if isinstance(v, str) and (t := clean_text(v))}
        indicator = next((c for c, t in labels.items() if _INDICATOR_LABEL.fullmatch(t)), None)
        if indicator is None:
            continue
        fields = {c: match_field(t).field for c, t in labels.items() if c != indicator}
        title = next((c for c, f in fields.items() if f in ("title", "project_id")), None)
        value = next(
            (c for c, t in labels.items() if c not in (indicator, title) and _INDICATOR_VALUE.fullmatch(t)),
            None,
        )
        if title is None or value is None:
            continue
        if any(f in ("amount", "yearly") for c, f in fields.items() if c != value):
            return None  # a budget of its own beside the indicators: a table of projects, a row per indicator
        named = {
            match_field(clean_text(x[indicator]).replace("_", " ")).field
            for x in grid.rows[r + 1 : r + 200]
            if indicator < len(x) and isinstance(x[indicator], str) and clean_text(x[indicator])
        }
        if len(named & {"amount", "yearly", "start_date", "end_date", "period"}) >= 2:
            return None  # "budget_total", "budget_2021", "period_start": the projects' own money and dates
        titles = [
            clean_text(x[title])
            for x in grid.rows[r + 1 :]
            if title < len(x) and clean_text(x[title]) and indicator < len(x) and clean_text(x[indicator])
        ]
        if len(titles) < 2 or len(set(titles)) == len(titles):
            return None
        return (
            f"lists indicators of projects (column {col_letters(indicator)} '{labels[indicator]}', their values "
            f"in column {col_letters(value)} '{labels[value]}'), a project's title on several rows: results, not "
            "projects"
        )
    return None


#: The label of a long table's column of field names, and of its column of values (a database's dump
#: "attribute | value", pandas' and R's melt "variable | value", Tableau's "Measure Names | Measure Values").
_ATTRIBUTE_LABEL = re.compile(
    r"attribute|field|property|key|variable|measure names?|metric|атрибут|поле|властивість|свойство|ключ|показник"
    r"|показатель",
    re.IGNORECASE,
)
_VALUE_LABEL = re.compile(r"values?|measure values?|значення|значение", re.IGNORECASE)


def _entity_attribute_value(grid: Grid) -> tuple[int, int, int] | None:
    """The header row, the column of field names and the column of values of a long table (an "entity |
    attribute | value" dump: a row per field of a project, "title", "budget", "status" named in that column
    again and again), or None."""
    for r, row in enumerate(grid.rows[:5]):
        labels = {c: clean_text(v) for c, v in enumerate(row) if isinstance(v, str) and clean_text(v)}
        attribute = next((c for c, t in labels.items() if _ATTRIBUTE_LABEL.fullmatch(t.strip(" _"))), None)
        value = next(
            (c for c, t in labels.items() if c != attribute and _VALUE_LABEL.fullmatch(t.strip(" _"))), None
        )
        if attribute is None or value is None:
            continue
        names = [
            clean_text(r[attribute])
            for r in grid.rows[:200]
            if attribute < len(r) and isinstance(r[attribute], str)
        ]
        fields = {match_field(n.replace("_", " ")).field for n in names if n}
        # a project's fields by name; or its money and dates, the other fields in columns of their own
        # ("project_code | project_name | … | metric | value": "budget_total", "budget_2021", "period_start")
        beside = {match_field(t).field for c, t in labels.items() if c not in (attribute, value)}
        if len(
            fields & {"title", "amount", "status", "period", "start_date", "beneficiaries", "partner"}
        ) >= 3 or (
            {"title", "project_id"} & beside
            and len(fields & {"amount", "yearly", "start_date", "end_date", "period"}) >= 2
        ):
            return r, attribute, value
    return None


#: A dump's column naming each row's kind of entity ("entity_type": project, organisation), the kind that is a
#: project, a field naming an entity, and a column of the time each value was written ("updated_at").
_ENTITY_KIND = re.compile(r"(?:entity|object|record|row)?[\s_]*(?:type|kind)|тип|вид", re.IGNORECASE)
_PROJECT_KIND = re.compile(r"project|activity|programme|program|проєкт|проект|програм|захід", re.IGNORECASE)
_NAME_FIELD = re.compile(r"name|title|назва|название|найменування|наименование", re.IGNORECASE)
_STAMP_LABEL = re.compile(
    r"updated|modified|changed|timestamp|змінено|оновлено|изменено|обновлено", re.IGNORECASE
)


#: What the reader records of a sheet's cells by their place (rows, columns, cells): not true of a table built
#: from the sheet's cells in other places (a transposed table, a long table turned wide).
_CELL_MARKS = (
    "hidden_rows",
    "outline",
    "formulas",
    "indents",
    "formats",
    "struck",
    "hidden_cols",
    "comments",
    "empty_fills",
    "struck_text",
)


def _sheet_wide_meta(grid: Grid) -> dict:
    """A grid's meta without the marks that name its cells by their place (:data:`_CELL_MARKS`)."""
    return {k: v for k, v in grid.meta.items() if k not in _CELL_MARKS}


def _json_fields(value) -> dict | None:
    """The fields of a value written as a JSON object ('{"currency": "GBP", "total": 780000}'), each a plain
    value; an object inside it gives its own fields ('"by_year": {"2021": 275000}' is the field "2021", a key
    that names no field on its own is prefixed with the outer key). None when it is no such object.

    Examples
    --------
    >>> _json_fields('{"currency": "EUR", "total": 545000, "by_year": {"2021": 275000}}')
    {'currency': 'EUR', 'total': 545000, '2021': 275000}
    >>> _json_fields("EUR 545 000") is None
    True
    """
    import json

    if not isinstance(value, str) or not value.strip().startswith("{"):
        return None
    try:
        parsed = json.loads(value)
    except ValueError:
        return None
    if not isinstance(parsed, dict) or not parsed:
        return None
    out: dict = {}
    for key, v in parsed.items():
        inner = v.items() if isinstance(v, dict) else [(None, v)]
        for sub, plain in inner:
            if not (isinstance(plain, (str, int, float)) or plain is None):
                return None
            label = str(key) if sub is None else str(sub) if match_field(str(sub)).field else f"{key} {sub}"
            out[label] = plain
    return out


def _json_label(name: str, key: str, entity: dict) -> str:
    """The field a JSON object's key names: the key alone when it names a field ("currency", "total", "2021") that
    no other of the entity's fields gave, else the attribute and the key ("budget total")."""
    given = entity.setdefault("_from", {})
    if match_field(key.replace("_", " ")).field and given.get(key, name) == name:
        given[key] = name
        return key
    return f"{name} {key}"


def _starts_an_entity(name: str, entity: dict) -> bool:
    """In a long table with no entity column, whether a field named again starts the next entity: the entity's
    first field, or its title or code (another field named twice is the same entity's, said)."""
    return name == entity.get("_first") or match_field(name).field in ("title", "project_id")


def _entity_grid(state: SheetState, first: int, attribute: int, value: int):
    """A long table turned into a table with a column per field: one row per entity (the cells left of the field
    names, e.g. "Project ID"; without them, a field named a second time starts the next one), its fields in the
    order first named.

    A dump of several kinds of entity ("entity_type": project, organisation) gives a row per project only; a
    project's value that is another entity's id ("funder_org | ORG-007") is read as that entity's name, from the
    name's own cell. A field an entity names twice keeps its latest value by the time the rows give beside the
    values ("updated_at"), else its first. Returns the grid, each cell's name where it stands in the sheet, the
    entity label and what was decided ((severity, message)), or None when no field is named."""
    rows = state.grid.rows
    head = rows[first]
    keys = [c for c in range(min(attribute, value)) if c < len(head) and clean_text(head[c])]
    kinds = [c for c in keys if _ENTITY_KIND.fullmatch(clean_text(head[c]) or "")]
    kind = kinds[0] if kinds and len(keys) > 1 else None
    stamp = next(
        (
            c
            for c in range(max(attribute, value) + 1, len(head))
            if _STAMP_LABEL.search(clean_text(head[c]) or "")
        ),
        None,
    )
    entities: list[dict] = []  # field -> (value, cell name, time); "_line": the entity's first row number
    by_key: dict[tuple, dict] = {}
    said: list[tuple[str, str]] = []
    label_cell: dict[str, str] = {}  # where each field is first named (its label's cell)
    current: dict | None = None
    for i in range(first + 1, len(rows)):
        row = rows[i]
        name = clean_text(row[attribute]) if attribute < len(row) else None
        if not name:
            continue
        key = tuple(clean_text(row[c]) if c < len(row) else None for c in keys)
        n = state.row_number(i)
        if any(key):
            current = by_key.get(key)
            if current is None:
                current = {"_line": n, "_key": key}
                by_key[key] = current
                entities.append(current)
        elif current is None or (not keys and name in current and _starts_an_entity(name, current)):
            current = {"_line": n, "_key": (), "_first": name}
            entities.append(current)
        cell = row[value] if value < len(row) else None
        when = clean_text(row[stamp]) if stamp is not None and stamp < len(row) else None
        parts = _json_fields(cell)
        named = {_json_label(name, k, current): v for k, v in parts.items()} if parts else {name: cell}
        who = " ".join(t for t in current["_key"] if t) or f"the fields from row {current['_line']}"
        for label, v in named.items():
            label_cell.setdefault(label, f"{col_letters(attribute)}{n}")
            before = current.get(label)
            if before is None:
                current[label] = (v, f"{col_letters(value)}{n}", when)
            elif when and before[2] and when > before[2]:  # ISO times sort as text
                current[label] = (v, f"{col_letters(value)}{n}", when)
                said.append(
                    (
                        "info",
                        f"row {n}: '{who}' gives field '{label}' again, updated {when}: this value is read, not "
                        f"the earlier one ({before[1]}, {before[2]})",
                    )
                )
            elif match_field(label).field == "beneficiaries" and clean_text(v):  # "Beneficiary" twice: both
                current[label] = (f"{before[0]}; {v}", before[1], before[2])
            else:
                said.append(
                    (
                        "warning",
                        f"row {n}: '{who}' names field '{label}' a second time; its first value ({before[1]}) is "
                        "read, this one is not",
                    )
                )
    entity = " | ".join(clean_text(head[c]) for c in keys) or "block of fields"
    if kind is not None:  # only the projects are rows; the other entities are what their ids name
        at = keys.index(kind)
        projects = [e for e in entities if _PROJECT_KIND.match(e["_key"][at] or "")]
        others = [e for e in entities if e not in projects]
        if projects and others:
            named_by = {}
            for e in others:
                found = next((e[f] for f in e if not f.startswith("_") and _NAME_FIELD.fullmatch(f)), None)
                if found is not None:
                    named_by[e["_key"][-1]] = found
            for e in projects:
                for f in [f for f in e if not f.startswith("_")]:
                    if (ref := clean_text(e[f][0])) in named_by:
                        e[f] = named_by[ref]
            what = sorted({str(e["_key"][at]) for e in others})
            said.append(
                (
                    "info",
                    f"{len(others)} entities of another type ({', '.join(what)}) are not projects: read only as "
                    "the names the projects' fields give by their ids",
                )
            )
            entities = projects
        keys = [c for c in keys if c != kind]
        for e in entities:
            e["_key"] = tuple(t for j, t in enumerate(e["_key"]) if j != at)
        entity = " | ".join(clean_text(head[c]) for c in keys) or entity
    fields: list[str] = []
    for e in entities:
        fields += [f for f in e if not f.startswith("_") and f not in fields]
    if not fields:
        return None
    labels = [clean_text(head[c]) for c in keys]
    if (
        labels
        and not any(match_field(t).field for t in labels)
        and "project_id" not in {match_field(f).field for f in fields}
    ):
        labels[-1] = "Code"  # "entity_id": what tells the entities apart is their code
    labels += fields
    table = [labels]
    names: dict[tuple[int, int], str] = {
        (0, col): f"{col_letters(c)}{state.row_number(first)}" for col, c in enumerate(keys)
    }
    names.update({(0, col): label_cell[f] for col, f in enumerate(fields, start=len(keys))})
    lines = [state.row_number(first)]
    for index, ent in enumerate(entities, start=1):
        row_out = list(ent["_key"]) + [ent[f][0] if f in ent else None for f in fields]
        table.append(row_out)
        lines.append(ent["_line"])
        for col, c in enumerate(keys):
            names[(index, col)] = f"{col_letters(c)}{ent['_line']}"
        for col, f in enumerate(fields, start=len(keys)):
            if f in ent:
                names[(index, col)] = ent[f][1]
    grid = _rebuilt_grid(state, table, lines)
    return grid, names, entity, said


def read_entity_attribute_value(
    state: SheetState, first: int, attribute: int, value: int, file_partner: str | None, nonblank: int
) -> SheetResult | None:
    """Read a long table (a row per field of a project: "SE-UA-0412 | Donor | Sweden (Sida)") as a table with a
    column per field, every value named by its own cell; None when its fields make no project with an amount, a
    date or an agency. Said; a field an entity names twice is warned, its first value read."""
    built = _entity_grid(state, first, attribute, value)
    if built is None:
        return None
    grid, names, entity, said = built
    header = find_header(grid.rows) or header_by_content(grid.rows)
    if header is None:
        return None
    head = state.grid.rows[first]
    beyond = [
        f"{col_letters(c)} ('{clean_text(head[c])}')"
        for c in range(max(attribute, value) + 1, len(head))
        if clean_text(head[c])
    ]
    shape = (
        f"{grid_place(state.grid)} is a table of entity | attribute | value rows (column "
        f"{col_letters(attribute)} names a field on each row, column {col_letters(value)} gives its value): read "
        f"as {len(grid.rows) - 1} project(s), one per {entity}, with a column per field"
        + (f"; column(s) {', '.join(beyond)} beside the values not read" if beyond else "")
    )
    said = [("info", "layout", shape)] + [(severity, "layout", message) for severity, message in said]
    read = _read_rebuilt(state, grid, names, header, file_partner, nonblank, said)
    if read is None:
        return None
    result, long_state = read
    # the table's columns are no columns of the sheet: a message names each by its field ("field 'Start Date'")
    renamed = {
        f"column {col_letters(j)} '{label}'": f"field '{label}'" for j, label in enumerate(grid.rows[0])
    }
    for issue in long_state.issues:
        for old, new in renamed.items():
            issue["message"] = issue["message"].replace(old, new)
    state.issues = state.issues + long_state.issues
    _hidden_rows_and_formulas(state)
    result.issues = state.issues
    return result


def _second_table(rows: list[list], header: Header) -> int | None:
    """The empty column between two tables side by side ("Ongoing" in A–F, "Planned" in H–M), or None.

    There are two tables when the header row names a project's title (or code) a second time to the right
    of an empty column that runs from the header to the sheet's end.
    """
    firsts = header.fields()
    key = "title" if "title" in firsts else "project_id" if "project_id" in firsts else None
    if key is None:
        return None
    # the columns naming the key, whichever of them the header kept (the right one may be the stronger label:
    # "Project / implementer" on the left, "Project title" on the right)
    named = [
        c
        for c, m in sorted(header.columns.items())
        if m.field in (key, "duplicate") and match_field(header.labels.get(c, "")).field == key
    ]
    below = rows[header.first_row :]
    for first, again in zip(named, named[1:], strict=False):
        for gap in range(again - 1, first, -1):
            if all(gap >= len(r) or r[gap] is None or not clean_text(r[gap]) for r in below):
                return gap
    return None


def _a_table_right_of(grid: Grid, gap: int, header: Header) -> bool:
    """True when the columns right of ``gap`` hold a project table of their own (a title beside an amount, a date
    or an agency), not a translation of the titles or a block of contacts."""
    right = _one_side(grid, gap, True, header.first_row)
    found = read_header(right.rows, right.merged)
    return found is not None and min(found.fields().values(), default=-1) > gap


def _one_side(grid: Grid, gap: int, right: bool, first_row: int) -> Grid:
    """One of two tables side by side: the other side's cells emptied, so that every cell keeps its place.
    A row above the header with text on the left side only (the sheet's title) is kept on both sides."""
    rows, own = [], []
    for i, row in enumerate(grid.rows):
        left_only = i < first_row and all(v is None or not clean_text(v) for v in row[gap:])
        if left_only:
            rows.append(list(row))
            continue
        rows.append([None] * min(gap, len(row)) + list(row[gap:]) if right else list(row[:gap]))
        if i < first_row and any(v is not None and clean_text(v) for v in rows[-1]):
            own.append(
                i
            )  # "РЕСПУБЛІКА ПОЛЬЩА" over the right table, "ЛИТОВСЬКА РЕСПУБЛІКА" over the left one
    merged = [m for m in grid.merged if (m[0][1] > gap) == right]
    meta = {**grid.meta, "own_heading": (min(own), first_row)} if own else grid.meta
    return replace(grid, rows=rows, merged=merged, meta=meta)


def _tables_side_by_side(
    state: SheetState, header: Header, gap: int, file_partner, include_hidden: bool
) -> SheetResult:
    """Read two tables side by side each on its own, and say so; a row holding both counts once per table."""
    grid = state.grid
    state.issue(
        "info",
        "layout",
        f"{grid_place(grid)} holds two tables side by side (columns A–{col_letters(gap - 1)} and from "
        f"{col_letters(gap + 1)}): each was read as a table of its own; a row holding both counts once per table",
    )
    sides = [_one_side(grid, gap, side, header.first_row) for side in (False, True)]
    return _tables_read(state, sides, file_partner, include_hidden, gap)


def _money_years(records: list[dict]) -> tuple[set[int], bool]:
    """The years of a table's money columns its records were read from, and whether a total was read."""
    years, total = set(), False
    for rec in records:
        for part in (rec.get("source_cells") or "").split(";"):
            key = part.split("=", 1)[0]
            total = total or key == "amount"
            if key.startswith("amount_") and key[7:].isdigit():
                years.add(int(key[7:]))
    return years, total


def _last_years_list(state: SheetState, parts: list[SheetResult], grids: list[Grid], gap: int) -> None:
    """Of two tables side by side, one giving only an earlier year's money and listing projects of the other again
    ("МТД Німеччини – 2020 рік | … | Обсяг 2020, євро" right of the 2021 list): the earlier list left there, not the
    sheet's projects; its rows are set aside as skipped, and said."""
    read = [_money_years(p.records) for p in parts]
    for k, (part, (years, total)) in enumerate(zip(parts, read, strict=True)):
        other, (other_years, _) = parts[1 - k], read[1 - k]
        if not part.records or not other.records or total or not years or not other_years:
            continue
        if max(years) >= max(other_years):
            continue
        titles = {fold(r["title"]) for r in other.records if isinstance(r.get("title"), str)}
        again = [r for r in part.records if isinstance(r.get("title"), str) and fold(r["title"]) in titles]
        if not again:
            continue  # an earlier year's projects of their own (completed in 2020) are projects still
        rows = {r["source_row"] for r in part.records}
        part.issues[:] = [i for i in part.issues if i["row"] not in rows]
        part.counts["rows_loaded"] -= len(part.records)
        part.counts["rows_skipped"] += len(part.records)
        where = f"columns A–{col_letters(gap - 1)}" if k == 0 else f"the columns from {col_letters(gap + 1)}"
        state.issue(
            "warning",
            "layout",
            f"{grid_place(grids[k])}: {where} give only {', '.join(map(str, sorted(years)))} money beside the "
            f"table of {max(other_years)}, and list {len(again)} of its projects again: an earlier year's list "
            f"left beside the current one; its rows {number_ranges(sorted(rows))} are not read as projects — check",
        )
        part.records = []
        return


def _tables_read(
    state: SheetState, grids: list[Grid], file_partner, include_hidden: bool, gap: int | None = None
) -> SheetResult:
    """One sheet's result from its tables, each read on its own (:func:`sheet_projects` of its grid): the
    sheet's own issues first, then each table's records, issues and counts in order."""
    parts = [
        sheet_projects(g, state.file, file_partner, include_hidden, state.status_codes, state.code_lists)
        for g in grids
    ]
    if gap is not None:  # two tables side by side: one may be last year's list left beside this year's
        _last_years_list(state, parts, grids, gap)
    result = SheetResult(
        state.grid.sheet, "loaded" if any(p.status == "loaded" for p in parts) else parts[0].status
    )
    result.issues = state.issues + [i for p in parts for i in p.issues]
    result.records = [r for p in parts for r in p.records]
    result.counts = {k: sum(p.counts[k] for p in parts) for k in COUNT_KEYS}
    result.header_row, result.lang, result.reason = parts[0].header_row, parts[0].lang, parts[0].reason
    return result


def _table_under(grid: Grid, header: Header) -> int | None:
    """The first row of a second table's header under the first table ("B. Pipeline" under "A. Ongoing", its
    columns in another order or other ones), or None.

    A row naming at least half of the header's labels (like a header repeated at a page break) is another
    table's header when some of its cells name other columns than the header above them says (in another order,
    shifted, or other ones), and it reads as a header of its own.
    """
    lasts = {
        c: label.split(" / ")[-1] for c, label in header.labels.items() if label
    }  # a two-row label's own line
    labels = {c: normalise_key(last) for c, last in lasts.items()}
    firsts = {c: normalise_key(label.split(" / ")[0]) for c, label in header.labels.items() if label}
    wanted = {label for label in labels.values() if label}
    # a first test on the cells as written (lower case): most rows are projects, none of whose cells is a label
    written = {last.strip().lower() for last in lasts.values()}
    written |= {
        label.split(" / ")[0].strip().lower() for label in header.labels.values() if label
    }  # a page's repeat
    least = max(2, len(header.columns) // 2)
    if len(wanted) < 2:
        return None
    rows = grid.rows
    for index in range(header.row + 1, len(rows)):
        row = rows[index]
        if sum(1 for v in row if type(v) is str and v.strip().lower() in written) < least:
            # a header of other words ("Proposed activity | Estimated cost, USD | Tentative period") right under a
            # heading giving its projects' status ("B. Pipeline"), naming a title and two more fields of its own; a
            # summary or a list of changes under the projects ("Summary by programme") is no second table of them
            # a header of other words under an empty line, or under an empty line and a title line ("USAID/Ukraine
            # - Activities (DIS export, 15-Feb-2021)" under an INL export): a second export pasted below the first
            # the cheap tests of the rows around first: matching each cell to a field is the dear one
            if (
                _summary_heading_above(rows, index)  # "OVERVIEW – all donors (projects listed above)"
                and _names_a_table(row)
                and _summary_of_the_above(grid.meta.get("sheet_rows", rows), index)
            ):
                return index
            if not (
                _status_heading_above(rows, index) or (_after_a_gap(rows, index) and _an_export_header(row))
            ) or not _names_a_table(row):
                continue
        else:
            texts = [(c, v) for c, v in enumerate(row) if isinstance(v, str) and 0 < len(v) <= 80]
            keys = [(c, normalise_key(v)) for c, v in texts]
            if sum(1 for _, k in keys if k in wanted) < least:
                continue
            if (
                all(labels.get(c) == k for c, k in keys if k)
                or all(firsts.get(c) == k for c, k in keys if k)
                or all(normalise_key(header.labels.get(c) or "") == k for c, k in keys if k)
            ):  # the header repeated as it is (a page break, its first line too; "Назва програми / проєкту" whole)
                continue  # skipped where it stands
            if not (blank_row(rows[index - 1]) or only_filled(rows[index - 1]) is not None):
                continue  # a table begins under a blank row or its heading, not among rows of projects
        below = [[None] * len(r) for r in rows[:index]] + [list(r) for r in rows[index:]]
        found = read_header(below, [m for m in grid.merged if m[0][0] >= index])
        if found is not None and found.first_row == index:
            return index
    return None


def _after_a_gap(rows: list[list], index: int) -> bool:
    """Whether a row follows an empty row, or an empty row and a title line of one or two texts (a CSV cuts a title
    at its commas) giving no figure and no summary's words ("Summary by programme")."""
    if index < 2:
        return False
    if blank_row(rows[index - 1]):
        return True
    if not blank_row(rows[index - 2]):
        return False
    title = [t for v in rows[index - 1] if (t := clean_text(v))]
    # "2. United Kingdom (British Embassy Kyiv, CSSF) — GBP": a numbered section's title, its number no figure
    text = _SECTION_NUMBER_FIRST.sub("", ",".join(title))
    # "– amounts in NOK '000": a unit, no figure
    return len(title) <= 2 and figure_in(_THOUSANDS_MARK.sub(" ", text)) is None and not _SUMMARY.search(text)


#: A section's number before its title: "2. ", "3) ", "II. ", "Б. ".
_SECTION_NUMBER_FIRST = re.compile(r"^\s*(?:\d{1,2}|[IVX]{1,4}|[A-ZА-ЯЄІЇ])[.)]\s+")


#: Thousands as a unit after a currency ("NOK '000", "EUR ('000)", "USD 000s"), not a figure.
_THOUSANDS_MARK = re.compile(
    r"\(\s*['’]?000s?\s*\)|(?<=[A-Za-z\s])['’]000s?(?!\d)|(?<=[A-Z]{3}\s)000s?(?!\d)"
)


#: A heading over a summary of the projects above, not over more projects ("Summary by programme", "Зведено за
#: донорами", "Итого по направлениям").
_SUMMARY = re.compile(
    r"summary|overview|total|by (?:programme|donor|priority)|зведен|свод|итог|разом|всього", re.I
)


def _an_export_header(row: list) -> bool:
    """Whether a row is a whole header of projects, as a system's export writes one: every cell a label of a field
    this tool knows, four fields at least (a title or a code among them); a summary's few labels ("Programme | Total
    budget | Period") or a row of placeholders ("Programme | Grant | tbd") is not one."""
    cells = [v for v in row if clean_text(v)]
    fields = [match_field(v).field for v in cells]
    return all(f not in (None, "ignore") for f in fields) and len(set(fields)) >= 4


def _summary_heading_above(rows: list[list], index: int) -> bool:
    """Whether the row above a row is a heading of one text over a summary ("OVERVIEW – all donors, in EUR
    equivalent", "Зведено за донорами")."""
    above = only_filled(rows[index - 1]) if index > 0 else None
    return above is not None and isinstance(above[1], str) and bool(_SUMMARY.search(above[1]))


def _summary_of_the_above(rows: list[list], under: int) -> bool:
    """Whether the table headed at row ``under`` lists again projects of the rows above it: most of its rows hold
    a text of twelve letters or more written in one of those rows (a project's title)."""
    above = {
        normalise_key(v) for row in rows[:under] for v in row if isinstance(v, str) and len(v.strip()) >= 12
    }
    listed = [row for row in rows[under + 1 :] if not blank_row(row)]
    again = sum(
        1
        for row in listed
        if any(isinstance(v, str) and len(v.strip()) >= 12 and normalise_key(v) in above for v in row)
    )
    return again >= 2 and 3 * again >= 2 * len(listed)


def _status_heading_above(rows: list[list], index: int) -> bool:
    """Whether the row above a row (an empty line between them at most) is a heading of one cell giving a status ("B.
    Pipeline", "Completed projects")."""
    if index > 1 and blank_row(rows[index - 1]):
        index -= 1  # "B. PIPELINE …", an empty line, the table's header: a text's habit
    above = only_filled(rows[index - 1]) if index > 0 else None
    if above is None or not isinstance(above[1], str):
        return False
    text = clean_text(above[1])
    # "2. Проєкти, що плануються до реалізації (на етапі погодження)" says its status among other words
    return status_heading(text) is not None or parse_status(text) in STATUSES


def _names_a_table(row: list) -> bool:
    """Whether a row's cells are column labels naming a project table: a title (or code) and two more fields,
    every filled cell a short text."""
    cells = [
        (v, text) for v in row if (text := clean_text(v))
    ]  # a text table's cells padded with spaces: trimmed
    if len(cells) < 3 or any(not isinstance(v, str) or len(text) > 80 for v, text in cells):
        return False
    fields = {m.field for _, text in cells if (m := match_field(text)).field}
    return bool({"title", "project_id"} & fields) and len(fields) >= 3


def _tables_one_under_other(
    state: SheetState, header: Header, under: int, file_partner, include_hidden: bool
) -> SheetResult:
    """Read two tables one under the other each with its own header, and say so.

    The first table ends where the second's header begins; the second keeps the sheet's title rows above the first
    table (the partner, the currency they name) and its own heading lines ("B. Pipeline"), the first table's rows
    emptied, so that every cell keeps its place and every row is counted once.
    """
    grid = state.grid
    if _summary_heading_above(grid.rows, under) and _summary_of_the_above(
        grid.meta.get("sheet_rows", grid.rows), under
    ):
        return _summary_under_table(state, header, under, file_partner, include_hidden)
    heading = under  # the second table's own heading lines right above its header ("B. Pipeline") stay
    while heading > header.row + 1 and sum(1 for v in grid.rows[heading - 1] if clean_text(v)) == 1:
        heading -= 1
    end = under  # the first table's rows and the lines after them (its headings said there, as rows read)
    if heading == under and _after_a_gap(grid.rows, under) and not blank_row(grid.rows[under - 1]):
        # an export's title line cut in two at its comma ("USAID/Ukraine - Activities (DIS export", …): the second
        # table's, not a row of the first
        heading = end = under - 1
    top = replace(
        grid, rows=[list(r) for r in grid.rows[:end]], merged=[m for m in grid.merged if m[1][0] < end]
    )
    bottom_rows = [
        [None] * len(r) if header.first_row <= i < heading else list(r) for i, r in enumerate(grid.rows)
    ]
    bottom = replace(
        grid,
        rows=bottom_rows,
        merged=[m for m in grid.merged if m[0][0] >= under or m[1][0] < header.first_row],
        # its heading names its partner before the sheet's title; the sheet's rows, for a summary of all its tables
        meta={
            **grid.meta,
            "own_heading": (heading, under),
            "sheet_rows": grid.meta.get("sheet_rows", grid.rows),
        },
    )
    state.issue(
        "info",
        "layout",
        f"{grid_place(grid)} holds two tables one under the other (headers in rows {state.row_number(header.row)} "
        f"and {state.row_number(under)}, with other columns): each was read with its own header",
        under,
    )
    return _tables_read(state, [top, bottom], file_partner, include_hidden)


def _summary_under_table(
    state: SheetState, header: Header, under: int, file_partner, include_hidden: bool
) -> SheetResult:
    """Read the table above a summary of its projects ("OVERVIEW – all donors, in EUR equivalent (projects listed
    above)"); the summary's rows are read and skipped, and said."""
    grid = state.grid
    heading = under - 1
    top = replace(
        grid,
        rows=[list(r) for r in grid.rows[:heading]],
        merged=[m for m in grid.merged if m[1][0] < heading],
    )
    skipped = sum(1 for row in grid.rows[heading:] if not blank_row(row))
    text = clean_text(only_filled(grid.rows[heading])[1]) or ""
    state.issue(
        "info",
        "layout",
        f"rows {state.row_number(heading)}–{state.row_number(len(grid.rows) - 1)} ('{text[:80]}') list again the "
        f"projects above, as a summary: its {skipped} non-empty rows were skipped; the projects are read from the "
        "table above",
        heading,
    )
    result = _tables_read(state, [top], file_partner, include_hidden)
    result.counts["rows_read"] += skipped
    result.counts["rows_skipped"] += skipped
    return result


def _item_number(value) -> int | None:
    """A row's item number as a partner's table numbers it ("5", "5.", 5.0); None for anything else."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)) and float(value).is_integer():
        return int(value)
    text = clean_text(value) if isinstance(value, str) else None
    return int(text.rstrip(".")) if text and re.fullmatch(r"\d{1,4}\.?", text) else None


def table_pages(grid: Grid, header_row: int) -> tuple[list, str, int, int] | None:
    """What a next sheet needs to go on with a sheet's table (:func:`continued_sheet`): the header's cells, where
    the header is, the table's last item number and the column of the numbers; None when its header numbers no
    items."""
    labels = list(grid.rows[header_row - 1])
    number_col = next((c for c, v in enumerate(labels) if match_field(v).field == "number"), None)
    if number_col is None:
        return None
    numbers = [_item_number(r[number_col]) for r in grid.rows[header_row:] if number_col < len(r)]
    last = max((k for k in numbers if k is not None), default=None)
    return None if last is None else (labels, f"sheet '{grid.sheet}', row {header_row}", last, number_col)


def continued_sheet(
    pages: tuple[list, str, int, int],
    grid: Grid,
    source_file: str,
    file_partner: str | None = None,
    status_codes: dict[str, str] | None = None,
    code_lists: dict[str, dict[str, list[str]]] | None = None,
) -> tuple[SheetResult, tuple[list, str, int, int]] | None:
    """A sheet with no header of its own whose rows go on numbering the projects of a sheet before it (a PDF
    converted to a workbook a page per sheet: "Table 1", "Table 2"): read with that table's header, said once;
    None when its first numbered row does not follow the table's last number.

    ``pages`` is :func:`table_pages` of the table's sheet (or of the page before this one). The rows keep their
    own numbers; the borrowed header stands as row 0, and what its reading said is not said again here. Returns
    the sheet's reading and what the page after it needs to go on.
    """
    labels, origin, last, number_col = pages
    numbers = [_item_number(r[number_col]) for r in grid.rows if number_col < len(r)]
    first = next((k for k in numbers if k is not None), None)
    if first != last + 1:
        return None
    lines = [0, *(grid.meta.get("line_of_row") or range(1, len(grid.rows) + 1))]
    merged = [((r0 + 1, c0), (r1 + 1, c1)) for (r0, c0), (r1, c1) in grid.merged]
    meta = {**grid.meta, "line_of_row": lines}
    joined = Grid(grid.sheet, [labels, *grid.rows], merged, grid.visible, grid.date1904, meta)
    read = sheet_projects(joined, source_file, file_partner, status_codes=status_codes, code_lists=code_lists)
    if read.status != "loaded":
        return None
    read.issues = [
        {
            "file": source_file,
            "sheet": grid.sheet,
            "row": None,
            "column": "",
            "severity": "info",
            "kind": "layout",
            "message": f"sheet '{grid.sheet}' has no header: its rows go on numbering the projects of the table "
            f"headed at {origin} (item {first} after item {last}; a PDF converted a page per sheet), and were "
            "read with that header",
        },
        *(issue for issue in read.issues if issue.get("row") != 0),
    ]
    read.header_row = None  # (a header row is not among the rows read: the borrowed one neither)
    return read, (labels, origin, max([last, *(k for k in numbers if k is not None)]), number_col)


def _skip_all(result: SheetResult, nonblank: int, reason: str) -> None:
    """Every non-empty row of a sheet without a project table is read and skipped, with the sheet's reason."""
    result.counts.update(rows_read=nonblank, rows_skipped=nonblank)
    result.reason = reason


def _unreadable_sheet(state: SheetState, result: SheetResult, nonblank: int, include_hidden: bool) -> bool:
    """True (with the reason) for a sheet that cannot be read, is not a worksheet, is empty or is hidden."""
    grid, where = state.grid, grid_place(state.grid)
    if grid.meta.get("error"):
        state.issue(
            "error", "sheet", f"{where} cannot be read ({grid.meta['error']}); its rows were not loaded"
        )
        result.status, result.reason = "failed", "error"
        return True
    if grid.meta.get("kind") and grid.meta["kind"] != "WorkSheet":
        state.issue("info", "sheet", f"{where} is a {grid.meta['kind']} (not a table of projects); skipped")
        result.reason = "not a worksheet"
        return True
    if nonblank == 0:
        state.issue("info", "sheet", f"{where} is empty; skipped")
        result.reason = "empty"
        return True
    if not grid.visible and not include_hidden:
        state.issue(
            "info",
            "hidden",
            f"{where} is hidden in Excel; its {nonblank} non-empty rows were not read "
            "(build(..., include_hidden=True) or --include-hidden reads hidden sheets)",
        )
        _skip_all(result, nonblank, "hidden")
        return True
    if not grid.visible:
        state.issue(
            "info", "hidden", f"{where} is hidden in Excel; it was read because hidden sheets are included"
        )
    return False


def _coded_column(state: SheetState, rows: list[list], header, col: int | None) -> int | None:
    """The priority column when every value in it is a code the workbook's list of priorities explains (see
    :func:`priority_codes`), else None."""
    coded = state.grid.meta.get("priority_codes")
    if not coded or col is None:
        return None
    values = [clean_text(r[col]) for r in rows[header.row + 1 :] if col < len(r) and clean_text(r[col])]
    return col if values and all(v.upper() in coded for v in values) else None


#: A sheet's title saying its amounts are whole, not in the thousands a workbook's notes give the others: "full
#: amount", "NOT thousands", "in units", "повна сума", "не в тисячах", "полная сумма".
def _noted_units(
    state: SheetState, header, noted: dict, currency: str | None, scale: float, unpriced: bool
) -> tuple[str | None, float]:
    """The currency and unit a workbook's notes sheet gives all its amounts (:func:`workbook_units`), where the
    table's header, title rows and notes give none; said once for the table."""
    money = ("amount", "yearly", "fiscal", "agency_amount", "priority_amount", "payment_amount")
    taken = []
    if currency is None and unpriced and noted["currency"]:
        currency = noted["currency"]
        taken.append(f"in {currency}")
    own = {m.currency for m in header.columns.values() if m.field in money and m.currency}
    if (
        scale == 1.0
        and noted["scale"] != 1.0
        and all(m.scale == 1.0 for m in header.columns.values() if m.field in money)
        and (not own or noted["currency"] is None or noted["currency"] in own)
    ):  # "thousand euro" for a table in USD is no word on it
        scale = noted["scale"]
        taken.append(f"in units of {scale:,.0f}")
    if taken:
        text = noted["text"] if len(noted["text"]) <= 90 else noted["text"][:87] + "…"
        state.issue(
            "info",
            "amount",
            f"the table's amounts are read {' and '.join(taken)}, as sheet '{noted['sheet']}' row {noted['row']} "
            f"says for {'this sheet' if noted.get('for_sheet') else 'the whole workbook'} ('{text}')",
        )
    return currency, scale


def _file_notes(state: SheetState) -> None:
    grid = state.grid
    if grid.meta.get("named_as"):
        state.issue(
            "warning",
            "file",
            f"the file is named {grid.meta['named_as']} but holds plain text; it was read as a delimited text export",
        )
    if grid.meta.get("replacement_chars"):
        state.issue("warning", "encoding", "the file holds characters that could not be decoded (shown as �)")
    if "+utf-8" in str(grid.meta.get("encoding") or ""):
        state.issue(
            "warning",
            "encoding",
            f"the file's lines are in two encodings: most read as {grid.meta['encoding'].split('+')[0]} (a guess), "
            "some as UTF-8 (lines added or pasted later); each line was decoded in its own — check names and amounts",
        )
    elif str(grid.meta.get("encoding") or "utf").lower().startswith(("cp", "koi8", "iso8859", "mac")):
        state.issue(
            "info",
            "encoding",
            f"the file is not UTF-8: its text was decoded as {grid.meta['encoding']}, the code page its bytes "
            "read best in (a guess); check that names and amounts read correctly",
        )


_COVER_NAMES = re.compile(
    r"instruc|інструк|инструк|guid|how to|read ?me|cover|титул|обкладин|about|зміст|contents|legend|легенд"
    r"|lookup|lists?$|списк|довідн|справоч|codes|коди|notes?$|примітк|позначен|обозначен|^dict|словник|словар",
    re.IGNORECASE,
)
#: A form's sample sheet beside the filled one: "Зразок (не заповнювати)", "Example", "Sample – do not fill in".
_SAMPLE_NAMES = re.compile(
    r"не заповнюв|не заполня|do not fill|don't fill|^(?:приклад|зразок|пример|образец|example|sample)(?:\s*[(–—-].*)?$",
    re.IGNORECASE,
)


_PIVOT = re.compile(
    r"^(row labels|column labels|sum of |count of |назви рядків|назви стовпців|сума за полем|названия строк|сумма по полю)",
    re.IGNORECASE,
)


def pivot_marker(grid: Grid) -> str | None:
    """The words that show a sheet is a pivot table ("Row Labels", "Sum of Commitment"), or None.

    Examples
    --------
    >>> pivot_marker(Grid("Pivot", [["Sum of Budget (EUR)", "Column Labels"], ["Row Labels", 2021]], [], True, False, {}))
    'Sum of Budget (EUR)'
    """
    for row in grid.rows[:_CARD_SCAN_ROWS]:
        for value in row:
            text = clean_text(value) if isinstance(value, str) else None
            if text and _PIVOT.match(text):
                return text
    return None


def _is_cover(grid: Grid) -> str | None:
    """Why a sheet without a project table is instructions or a cover page, or None."""
    if _COVER_NAMES.search(grid.sheet or ""):
        return f"its name '{grid.sheet}' says it holds instructions, lists or notes"
    texts = [
        [t for t in (clean_text(v) for v in row if v is not None) if t] for row in grid.rows[:_CARD_SCAN_ROWS]
    ]
    texts = [t for t in texts if t]
    if any(_PIVOT.match(t) for row in texts for t in row):
        return "it is a pivot table, a summary of rows found elsewhere"
    prose = sum(1 for t in texts if len(t) == 1 and len(t[0]) >= 40)
    if texts and prose * 2 >= len(texts):
        return "it holds text, not a table"
    if grid.meta.get("code_list"):  # build.read_file: see code_lists
        return "it lists codes and what they mean, and the workbook's other sheets use its codes"
    return None


def _sheet_without_table(state: SheetState, result: SheetResult, nonblank: int, file_partner) -> SheetResult:
    """Registration cards or a transposed table; otherwise instructions, a cover page or an unknown table."""
    grid, where = state.grid, grid_place(state.grid)
    if grid.meta.get("template"):  # the intake template's own instructions and lists: not the partner's rows
        result.reason = "template sheet"
        result.issues = state.issues
        return result
    pivot = read_compact_pivot(state, file_partner, nonblank)
    if pivot is not None:
        return pivot
    cards = None if _COVER_NAMES.search(grid.sheet or "") else read_cards(state, file_partner, nonblank)
    if cards is not None:
        return cards
    matrix = None if _COVER_NAMES.search(grid.sheet or "") else read_matrix(state, file_partner, nonblank)
    if matrix is not None:
        return matrix
    board = None if _COVER_NAMES.search(grid.sheet or "") else read_cell_cards(state, file_partner, nonblank)
    if board is not None:
        return board
    letter = None if _COVER_NAMES.search(grid.sheet or "") else read_paragraphs(state, file_partner, nonblank)
    if letter is not None:
        return letter
    _file_notes(state)
    cover = _is_cover(grid)
    if cover:
        state.issue(
            "info",
            "sheet",
            f"{where} is instructions, a cover page or a list ({cover}); its {nonblank} non-empty rows were skipped",
        )
        _skip_all(result, nonblank, "instructions")
        result.issues = state.issues
        return result
    looks_like, row_index = _likely_header(grid.rows)
    hint = (
        f"; row {state.row_number(row_index)} looks like column names ({looks_like}) — if this is a project "
        "list, rename its columns or add them to column_aliases.csv beside the submissions"
        if looks_like
        else ""
    )
    state.issue(
        "warning",
        "not read",
        f"{where} holds no project table (no header row with a project title or code column and an amount, "
        f"date, period or beneficiary column in its first {config.HEADER_SCAN_ROWS} rows, and no registration "
        f"card); its {nonblank} non-empty rows were not read{hint}",
    )
    _skip_all(result, nonblank, "no project table")
    result.issues = state.issues
    return result


#: A row naming the project whose items follow: "Проект «Посилення спроможності ДСНС»", "Project: Border radios".
_PROJECT_HEADING = re.compile(
    r"\s*(?:проект|проєкт|project|programme|program|програма|программа)"
    r"\s*(?::\s*|[–—-]\s+|(?=[«\"“„])|\s(?:№\s*)?\d{1,3}[.):]\s*)(?P<title>\S.{3,})",
    re.IGNORECASE,
)


def _items_under_headings(state: SheetState, records: list[dict]) -> tuple[list[dict], int]:
    """A list of equipment grouped under rows naming each project ("Проект «…»", then its items with quantities and
    prices, then "Разом за актом"): one project per heading, titled by it, its amount the items' sum, its years
    their dates'; headings of one title (two acts of one project) one project. Only the items right under a heading,
    in one currency and of one partner; said at the heading. Returns the records and how many rows were folded."""
    headings = sorted(state.project_headings)
    bounds = [h[0] for h in headings] + [10**9]
    groups: dict[str, list] = {}  # a title -> its headings and items
    taken: set[int] = set()
    for k, (index, col, title) in enumerate(headings):
        below = [r for r in records if index < r["_index"] < bounds[k + 1]]
        # the items right under the heading (a signature or a note may follow them)
        items = list(takewhile(lambda r: r.get("_item") is True and r.get("amount") is not None, below))
        if not items or len({r.get("currency") for r in items}) > 1:
            continue
        group = groups.setdefault(normalise_key(title), [])
        group.append((index, col, title, items))
    out_of: dict[int, dict] = {}  # the first item's index -> the project made of its group
    for group in groups.values():
        items = [r for *_, rows in group for r in rows]
        if len({r.get("currency") for r in items}) > 1:
            continue
        index, col, title, _ = group[0]
        project = {
            k: v for k, v in items[0].items() if k not in ("title", "source_cells", "_item", "_item_line")
        }
        project["title"] = title
        project["amount"] = round(sum(r["amount"] for r in items), 2)
        project["yearly_amounts"] = None
        project["start_date"] = project["end_date"] = None
        cells = [f"title={state.cell(index, col)}"] + [
            c for r in items for c in (r.get("source_cells") or "").split(";") if c.startswith("amount=")
        ]
        project["source_cells"] = ";".join(cells)
        project["source_row"], project["_index"] = state.row_number(index), index
        if len({r.get("partner") for r in items}) > 1:
            continue  # items of two partners under one title: not one project
        years = years_of_dated_items(items)
        if years:
            project["yearly_amounts"] = yearly_text(years)
        out_of[items[0]["_index"]] = project
        taken.update(r["_index"] for r in items)
        rows = number_ranges([state.row_number(r["_index"]) for r in items])
        heads = ", ".join(str(state.row_number(i)) for i, *_ in group)
        state.issue(
            "info",
            "programme",
            f"row{'s' if len(group) > 1 else ''} {heads} name{'' if len(group) > 1 else 's'} project '{title[:80]}' "
            f"and rows {rows} its items (quantities, prices, values): one project, its amount their sum "
            f"({project['amount']:,.2f})",
            index,
            col,
        )
    if not out_of:
        return records, 0
    kept = []
    for r in records:
        if r["_index"] in out_of:
            kept.append(out_of[r["_index"]])
        if r["_index"] not in taken:
            kept.append(r)
    return kept, len(taken) - len(out_of)


def _items_need_no_dates(state: SheetState, read: list[dict], kept: list[dict]) -> None:
    """A project's equipment lines, counted in it (:func:`~mtd_analysis.ingest.programmes.resolve_programmes`), need
    no dates or amount of their own, nor does the project its amount once their sum gave it: those warnings go."""
    kept_at = {r["_index"]: r for r in kept}
    items = {r["_index"] for r in read if r.get("_item") and r["_index"] not in kept_at}
    if not items:
        return
    summed = {i for i, r in kept_at.items() if r.get("amount") is not None}
    said = {(state.row_number(i), f"row {state.row_number(i)}: no start or end date") for i in items}
    said |= {(state.row_number(i), f"row {state.row_number(i)}: no amount") for i in items | summed}
    state.issues[:] = [
        i for i in state.issues if not (i["severity"] == "warning" and (i["row"], i["message"]) in said)
    ]


def _agreements_need_nothing(state: SheetState, read: list[dict], kept: list[dict]) -> None:
    """A project's agreements, counted in it (:func:`~mtd_analysis.ingest.programmes.resolve_programmes`), need no
    dates or amount of their own, and their reductions and refunds are no negative amounts in error: those go."""
    kept_at = {r["_index"] for r in kept}
    gone = [r for r in read if r["_index"] not in kept_at and is_an_agreement(r.get("title"))]
    if not gone:
        return
    rows = {state.row_number(r["_index"]) for r in gone}
    cells = {cell for r in gone for _, _, cell in r.get("_negatives") or []}
    state.issues[:] = [
        i
        for i in state.issues
        if not (
            i["row"] in rows
            and (
                (
                    i["severity"] == "warning"
                    and i["message"].endswith((": no start or end date", ": no amount"))
                )
                or (i["severity"] == "error" and i["column"] in cells and "is negative" in i["message"])
            )
        )
    ]


def _taken_from_the_programme(state: SheetState, kept: list[dict]) -> None:
    """A component giving no dates, currency or funder of its own takes its programme's
    (:func:`~mtd_analysis.ingest.programmes.resolve_programmes`): said at its row, and the warnings that it had
    none go."""
    said: set[tuple[int, str, str]] = set()  # (row, how the warning begins, words it holds)
    for rec in kept:
        taken = rec.get("_taken")
        if not taken:
            continue
        n, parent = state.row_number(rec["_index"]), rec.get("parent") or {}
        if "start_date" in taken or "end_date" in taken:
            said.add((n, f"row {n}: no start or end date", ""))
            said.add((n, f"row {n}: the yearly amounts add up to ", "the row gives no dates"))
        if "currency" in taken:
            said.add((n, f"row {n}: amount ", "has no currency"))
        if "total" in taken:  # the years did not overrule the total after all: the programme dates the row
            said.add((n, f"row {n}: the total ", "differs from the sum of the yearly amounts"))
        what = ", ".join(
            f"{key.replace('_', ' ')} ({rec.get(key)})"
            for key in taken
            if key not in ("partner_from", "total")
        )
        if "total" in taken:
            why = (
                "the components' totals add up to the programme's"
                if parent.get("amount") is not None
                else "the programme, with no amount of its own, dates it"
            )
            what += f"; its total {float(rec['amount']):,.2f} stands ({why}), its yearly amounts a part of it"
        parent_row = state.row_number(parent["_index"]) if "_index" in parent else "above"
        state.issue(
            "info", "programme", f"row {n}: a component of row {parent_row}, takes its {what}", rec["_index"]
        )
    if said:
        state.issues[:] = [
            i
            for i in state.issues
            if not (
                i["severity"] == "warning"
                and any(
                    i["row"] == n and i["message"].startswith(text) and part in i["message"]
                    for n, text, part in said
                )
            )
        ]


def _after_table(state: SheetState, result: SheetResult) -> None:
    """Issues about the sheet as a whole: a header with no rows, hidden rows, formulas with no saved value."""
    if result.counts["rows_read"] == 0:
        state.issue(
            "warning",
            "no rows",
            f"{grid_place(state.grid)} has a table header (row {result.header_row}) but no rows under it",
        )
    _hidden_rows_and_formulas(state)
    result.issues = state.issues


def _hidden_rows_and_formulas(state: SheetState) -> None:
    """Info on the rows Excel hides (they are read like the others); a warning per formula with no saved value."""
    grid, where = state.grid, grid_place(state.grid)
    hidden = [
        i
        for i in grid.meta.get("hidden_rows", ())
        if i < len(grid.rows)
        and not blank_row(grid.rows[i])
        and i not in state.hidden_repeats
        and i not in state.superseded
    ]
    if hidden:
        state.issue(
            "info",
            "hidden",
            f"{where}: row{'s' if len(hidden) > 1 else ''} {number_ranges([state.row_number(i) for i in hidden])} "
            f"{'are' if len(hidden) > 1 else 'is'} hidden in Excel; {'they were' if len(hidden) > 1 else 'it was'} "
            "read like the others",
        )
    formulas = grid.meta.get("formulas") or {}
    for (r, c), text in sorted(formulas.items())[:50]:
        shown = f"the formula ={text}" if text else "a shared formula"
        state.issue(
            "warning",
            "formula",
            f"cell {col_letters(c)}{r + 1} holds {shown} with no saved value (the file was written by a program "
            "that does not calculate); its value is unknown — open the file in Excel and save it again",
            r,
            c,
        )
    if len(formulas) > 50:
        state.issue(
            "warning", "formula", f"{where}: {len(formulas) - 50} more formula cells have no saved value"
        )


#: A form's columns of when a response was begun and finished (Microsoft Forms: "Start time", "Completion time").
_FORM_TIMES = {
    "start time": "ignore", "час початку": "ignore", "время начала": "ignore",
    "start": "ignore", "end": "ignore",  # a KoboToolbox form's own: when it was opened and closed
    "completion time": "submitted", "end time": "submitted", "час завершення": "submitted",
    "время завершения": "submitted",
}  # fmt: skip


def _form_times(header: Header, rows: list[list]) -> None:
    """ "Start time" and "Completion time" columns holding times of day (a form's response, begun and sent) are no
    project dates: the first is set aside, the second says when the response was sent. Holding dates alone,
    they are the project's start and end, as their headers read."""
    form_tool = any(
        m.field in ("ignore", "submitted") and (header.labels.get(c) or "").startswith("_")
        for c, m in header.columns.items()
    )
    if form_tool:  # beside KoboToolbox's own columns, "_status", "_id", "_notes" are its own too
        for col, label in header.labels.items():
            if (label or "").strip().lower() in _FORM_OWN and col in header.columns:
                was = header.columns[col]
                header.columns[col] = FieldMatch("ignore")
                if was.field in PROJECT_FIELDS:
                    _promote_repeat(header, was.field)
    for col, label in header.labels.items():
        meant = _FORM_TIMES.get(normalise_key(label or ""))
        if meant is None or (normalise_key(label or "") in ("start", "end") and not form_tool):
            continue  # "Start" / "End" with times of day are a form tool's own only beside its other columns
        values = [
            r[col] for r in rows[header.row + 1 : header.row + 41] if col < len(r) and r[col] is not None
        ]
        if values and all(_time_of_day(v) for v in values[:20]):
            was = header.columns.get(col)
            header.columns[col] = FieldMatch(meant)
            if was is not None and was.field in PROJECT_FIELDS:  # "period/start_date" set aside as its repeat
                _promote_repeat(header, was.field)


#: A form tool's columns named like a project's fields ("_status": the submission's, not the project's).
_FORM_OWN = frozenset({"_status", "_id", "_notes", "_tags", "_index"})


def _promote_repeat(header: Header, field: str) -> None:
    """The first column set aside as a repeat of ``field`` takes it, when the column first read as it is not it."""
    for col in sorted(header.columns):
        if (
            header.columns[col].field == "duplicate"
            and match_field(header.labels.get(col, "")).field == field
        ):
            header.columns[col] = replace(match_field(header.labels[col]), strength=1.0)
            header.findings = [f for f in header.findings if f[1] != col]
            return


def _time_of_day(value) -> bool:
    """Whether a cell holds a moment with its time of day ("15.11.2021 09:02:11", a datetime at 09:02)."""
    if isinstance(value, datetime):
        return (value.hour, value.minute, value.second) != (0, 0, 0)
    if not isinstance(value, str):
        return False
    found = _CLOCK.search(value)
    return found is not None and any(
        int(g) for g in found.groups()[:3] if g
    )  # "2021-03-01 00:00:00" is a date


def _implementers_under_a_funder(state: SheetState, header: Header, rows: list[list]) -> None:
    """A column read as the partner by its content alone (organisations' names under "Agency"), in a table whose
    title rows say who pays for it all ("Funded by the Government of Japan …, implemented through international
    organisations"), none of its names that funder: its names are the implementers; said at its label."""
    col = header.fields().get("partner")
    label = header.labels.get(col) or "" if col is not None else ""
    if col is None or match_field(label).field == "partner":
        return
    funder = funder_in_text(_title_block(rows, header.first_row))
    if funder is None:
        return
    named = {
        canonical_partner(text)
        for row in rows[header.row + 1 :]
        if (text := clean_text(cell_value(row, col)))
    }
    if funder in named:
        return
    header.columns[col] = replace(header.columns[col], field="implementer")
    header.findings = [f for f in header.findings if not (f[1] == col and "read as partner" in f[2])]
    state.issue(
        "info",
        "column",
        f"column {col_letters(col)} '{label}' names organisations, and the title rows say who pays ({funder}): read as "
        "the implementers",
        header.row,
        col,
    )


def _another_donors_part(header: Header, partner: str | None, rows: list[list]) -> None:
    """A money column of one donor's part of the cost ("of which EU contribution, EUR" beside "Total project cost
    (all contributors)") is the project's money only in that donor's own list: in another's (the EU's part in
    Germany's list), or where the list's donor is not known, the total is read again, and the part is said. In a
    table with a partner column, the list is the donor's when every row naming a partner names that donor.

    The header's reading prefers the part (:func:`columns.names_donor_money`); this undoes it when the donor it
    names is not the sheet's.
    """
    fields = header.fields()
    col = fields.get("amount")
    label = (header.labels.get(col) or "") if col is not None else ""
    if not label or not OF_WHICH_FIRST.match(clean_text(label) or ""):
        return
    donor = partner_named_in(label)
    if donor is None:
        return
    named = set()
    if "partner" in fields:
        at = fields["partner"]
        named = {partner_named_in(row[at]) for row in rows[header.row + 1 :] if at < len(row)} - {None}
        partner = next(iter(named)) if len(named) == 1 else partner if not named else None
    if donor == partner:
        return
    total = next(
        (
            c
            for c, m in sorted(header.columns.items())
            if m.field == "duplicate" and match_field(header.labels.get(c) or "").field == "amount"
        ),
        None,
    )
    if total is None:
        return
    header.columns[total] = replace(
        match_field(header.labels[total]), currency=header.columns[total].currency
    )
    header.columns[col] = FieldMatch("duplicate", header.columns[col].currency)
    header.findings[:] = [f for f in header.findings if f[1] != total]
    whose = f"{partner}'s" if partner else ("the rows' partners'" if named else "the list's donor's")
    header.findings.append(
        (
            "warning",
            col,
            f"column '{label}' is {donor}'s part of the cost, not {whose} own money: the whole cost "
            f"('{header.labels[total]}') is read as the amount; {whose} own part is not given — check it",
        )
    )


def _read_table(
    state: SheetState, header: Header, file_partner: str | None, result: SheetResult
) -> SheetResult:
    grid = state.grid
    rows = [list(r) for r in grid.rows]  # the grid stays as read
    ditto_marks(state, rows, header)
    pivot_groups(state, rows, header)
    # "Project | DCAF | 2020-2023" over "Budget 2021 / Total | 650'000 | …": money_rows_under
    absorbed = (
        project_blocks(state, rows, header)
        + continued_cells(state, rows, header)
        + money_rows_under(state, rows, header)
        + money_lines_under(state, rows, header)  # "фінансування, тис. SEK | 18 000 | 5 000" under a project
    )
    _country_or_partner(header, rows)
    _implementers_under_a_funder(state, header, rows)
    _unit_or_currency(header, rows)
    _whole_sums_under_thousands(state, header, rows)  # "Budget, USD thous." over 1 250 000: figures in full
    _years_in_the_totals_unit(
        state, header, rows
    )  # "Total, EUR '000 | 2021 plan": the years in thousands too
    _form_times(header, rows)
    _payment_columns(header)
    _hidden_money_columns(state, header)
    _cards_in_titles(state, rows, header)  # "Title\nДонор: …\nБюджет: …" in each title cell
    money_in_period(state, rows, header)  # "01.03.2021–28.02.2023 EUR 450,000"
    _donors_under_a_year(
        state, header, rows
    )  # "Финансирование на 2021 г., USD" over "ЕС | Германия | … | Всего"
    _sector_names_column(state, header, rows)  # "Sector: MIA system | Justice": not a priority
    fields = header.fields()
    one_column_per_year(state, header)
    yearly = header.yearly()
    money_cols = set(yearly) | ({fields["amount"]} if "amount" in fields else set())
    money_spans = _fill_merged(rows, grid.merged, header.row + 1, money_cols)
    block = rows[: header.first_row]
    block_text = _title_block(rows, header.first_row)
    labelled_partner = _labelled_value(block, _PARTNER_LABELS)
    # "Projects implemented by UNDP — annual breakdown of EU contribution": the EU's money, UNDP's work
    named = (
        canonical_partner(labelled_partner)
        if labelled_partner
        else partner_in_text(without_implementers(block_text))
    )
    heading_text = None
    if own := grid.meta.get(
        "own_heading"
    ):  # "NORWAY (MFA) – NOK '000" over the second table, "… Embassy of Sweden"
        # over the sheet: the table's own heading names its partner
        heading_text = "\n".join(
            " ".join(t for t in (clean_text(v) for v in row) if t) for row in rows[own[0] : own[1]]
        )
        named = partner_in_text(without_implementers(heading_text)) or named
    if not named and not file_partner and "amount" in fields:
        # "EU contribution (EUR)", "Внесок Японії, єн": the money's header names whose money it is
        named = partner_in_text(header.labels.get(fields["amount"], "") or "")
    sheet_named = _partner_of_sheet(grid.sheet)
    # a coordinator's workbook of returns, a sheet per partner ("EUAM_donor_coordination_matrix.xlsx"): the sheet's
    # name before the file's; in a partner's own file (sheets per implementer, per region) the file's
    gathered = sheet_named and _CONSOLIDATED.search(PurePosixPath(state.file).stem)
    sheet_partner = named or (sheet_named if gathered else None) or file_partner or sheet_named
    if sheet_named and sheet_partner != sheet_named:
        # a coordinator's sheet per donor, or a partner's sheet per implementer: the file's own word is kept
        state.issue(
            "warning",
            "partner",
            f"sheet '{grid.sheet}' is named after a partner ({sheet_named}), but "
            f"{'its title rows name' if named else 'the file names'} {sheet_partner}, to whom its projects are "
            "credited; add a Partner column if they are the sheet's partner's",
        )
    _another_donors_part(
        header, sheet_partner, rows
    )  # "of which EU contribution" in Germany's list: not Germany's money
    _fiscal_columns(state, header, rows, sheet_partner)  # "FY2021 obligations": the partner's fiscal year
    _fiscal_span_columns(
        state, header, rows, sheet_partner
    )  # "2020/21 | 2021/22": a fiscal year over two years
    _project_year_columns(state, header, rows)  # "Year 1 | Year 2": twelve months each from its start
    _running_totals_by_month(state, header, block_text)  # "Освоение средств нарастающим итогом" over months
    fields, yearly = header.fields(), header.yearly()  # a quarter of a fiscal year may have moved to its year
    state.orders, date_findings = date_orders(rows, header, sheet_partner)
    coded = _coded_column(state, rows, header, fields.get("declared_priority"))
    for severity, col, message in [*header.findings, *date_findings]:
        if col != coded:  # numbers in a column of priorities: the codes the workbook's list explains
            state.issue(severity, "column", message, header.row, col)
    years_said = set(_TITLE_YEAR.findall(block_text or ""))
    state.title_year = int(years_said.pop()) if len(years_said) == 1 else None  # "Plan for 2021"
    block_currency = None
    labelled_currency = _labelled_value(block, _CURRENCY_LABELS)
    if labelled_currency:
        block_currency = currency_in_text(labelled_currency) or currency_in_text(f"x {labelled_currency}")
    elif block_text:
        # "Budgets by UK financial year (1 April – 31 March), GBP": the rest of the line
        m = re.search(
            r"(?:amounts?|суми|сума|сумм[аиы]|budget|бюджет)[^.;\n]{0,80}", block_text, re.IGNORECASE
        )
        block_currency = _said_currency(m.group(0)) if m else None
    block_scale = units_scale(block_text)
    if block_currency is None and (units := BLOCK_UNITS.search(block_text or "")):
        block_currency = currency_in_text(units.group(0))  # "Перелік проєктів (тис. грн)"
    if block_scale == 1.0 and (said := units_with_currency(block_text)) and block_currency in (None, said[0]):
        block_currency, block_scale = said  # "Проєкти у системі МВС, тис. євро"
    if block_currency is None or block_scale == 1.0:  # "* All amounts in thousands of SEK" below the table
        block_currency, block_scale = footnote_units(state, rows, header.row + 1, block_currency, block_scale)
    money_fields = ("amount", "yearly", "fiscal", "agency_amount", "priority_amount", "payment_amount")
    unpriced = any(m.field in money_fields and not m.currency for m in header.columns.values())
    noted = state.grid.meta.get("workbook_units")
    if noted and noted["scale"] != 1.0 and _says_whole_sums(block_text or ""):
        noted = {**noted, "scale": 1.0}  # "Amounts in EUR (full amount, NOT thousands)": the sheet's own word
    if noted:  # "All amounts in this workbook are in thousand euro"
        block_currency, block_scale = _noted_units(
            state, header, noted, block_currency, block_scale, unpriced
        )
    if heading_text and unpriced and (own_currency := _currency_of_the_title(heading_text)):
        block_currency = (
            own_currency  # "2. United Kingdom (British Embassy Kyiv, CSSF) — GBP" over its own table
        )
    if block_currency is None and unpriced and (named := _currency_of_the_title(block_text)):
        block_currency = named  # "Payment plan by fiscal quarter, Canadian dollars (CAD)"
        state.issue(
            "info",
            "amount",
            f"the title rows name one currency, {named}, and no amount: the table's money without a currency of its "
            "own is read in it",
        )
    # "NPU | SBGS | … | Total" in one header row: each agency's money, beside the total or (with a currency said
    # above the table) in its place
    if "amount" in fields or (block_currency and not yearly):
        total = header.columns.get(fields["amount"]) if "amount" in fields else None
        for col, agency in agency_money_columns(rows, header).items():
            header.columns[col] = FieldMatch(
                "agency_amount",
                total.currency if total is not None else None,  # "Total, USD": the parts' currency too
                None,
                0.5,
                total.scale if total is not None else 1.0,
                agency=agency,
            )
    if (
        block_scale != 1.0
    ):  # "(тис. грн)" / "amounts in thousand EUR" under the title: money columns in thousands
        header.columns = {
            c: (
                replace(m, scale=block_scale)
                if m.field in ("amount", "yearly", "agency_amount", "priority_amount", "fiscal")
                and m.scale == 1.0
                else m
            )
            for c, m in header.columns.items()
        }
    _units_only_shown(state, header, rows)
    labels = [header.labels.get(c, "") for c in sorted(header.columns)]
    result.lang = detect_language(labels + [block_text])
    result.header_row = state.row_number(header.row)
    # the table ends at its last labelled column; cells further right are reported row by row
    width = (
        header.shifted
        + 1
        + max(
            (c for r in rows[header.first_row : header.row + 1] for c, v in enumerate(r) if clean_text(v)),
            default=-1,
        )
    )

    state.other_currency = other_currency_amounts(header)
    state.original_amount_col = original_amount_column(header)
    state.top_ups = {c: m.year for c, m in sorted(header.columns.items()) if m.field == "top_up"}
    amount_label = header.labels.get(fields.get("amount")) or ""
    if _INCLUDES_TOP_UP.search(amount_label) and any(y is None for y in state.top_ups.values()):
        # "Total budget incl. top-up" beside "Top-up": the total holds it already
        state.top_ups = {c: y for c, y in state.top_ups.items() if y is not None}
        state.issue(
            "info",
            "amount",
            f"column '{amount_label}' includes the top-ups, as it says: the top-up column is not added to it",
            header.row,
            fields.get("amount"),
        )
    state.country_col = next((c for c, m in sorted(header.columns.items()) if m.field == "country"), None)
    state.share_col = next((c for c, m in sorted(header.columns.items()) if m.field == "ukraine_share"), None)
    state.sector_part = next(
        ((c, m.year) for c, m in sorted(header.columns.items()) if m.field == "sector_part" and m.year), None
    )
    if state.share_col is not None and names_ukraines_part(header.labels.get(fields.get("amount"))):
        state.issue(
            "info",
            "amount",
            f"column '{header.labels.get(state.share_col, '')}' gives Ukraine's share, and the amount column "
            f"('{header.labels.get(fields.get('amount'), '')}') is Ukraine's part already: the share is not applied "
            "again",
            header.row,
            state.share_col,
        )
        state.share_col = None
    if (
        state.share_col is None
        and "amount" in fields
        and not UKRAINE.search(header.labels.get(fields["amount"], "") or "")
        and (said := note_share(rows, header)) is not None
    ):
        state.note_share = said
        state.issue(
            "info",
            "amount",
            f"the note {state.cell(said[1], said[2])} gives Ukraine's share of each programme ({said[0]:g}%): every "
            "row's amount is that share of the amount written",
            said[1],
            said[2],
        )
    state.priority_parts = {
        c: m.part or "" for c, m in sorted(header.columns.items()) if m.field == "priority_amount"
    }
    if state.priority_parts:
        cols = sorted(state.priority_parts)
        groups = {(header.labels.get(c) or "").split(" / ")[0] for c in cols}
        named = {int(y) for g in groups for y in re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", g)}
        shares = any(re.search(r"%|share|частк|доля|відсот|процент", g, re.IGNORECASE) for g in groups)
        if (
            len(named) == 1 and fields.get("amount") is not None and not shares
        ):  # "Фінансування у 2021 р. за …"
            state.priority_year = named.pop()
        state.issue(
            "info",
            "layout",
            f"columns {col_letters(cols[0])}–{col_letters(cols[-1])} hold the money of each priority: a project's "
            + (
                f"amount is its total in column {col_letters(fields['amount'])}"
                if fields.get("amount") is not None
                else "amount is the sum of its row's"
            )
            + ", its declared priority the column holding the most"
            + (
                f"; the priorities' money is the project's {state.priority_year} amount, as their heading says"
                if state.priority_year is not None
                else ""
            ),
            header.row,
            cols[0],
        )
    state.agency_parts = {
        c: m.agency for c, m in sorted(header.columns.items()) if m.field == "agency_amount"
    }
    if state.agency_parts and (amount_col := fields.get("amount")) is not None:
        group = {(header.labels.get(c) or "").split(" / ")[0] for c in state.agency_parts}
        parts = (header.labels.get(amount_col) or "").split(" / ")
        if parts[0] in group and not TOTAL_ROW.match(
            parts[-1].lower()
        ):  # "Інші" under "Сума, USD", not "Всього"
            state.agency_parts[amount_col] = ""
            header.columns[amount_col] = replace(header.columns[amount_col], field="agency_amount")
            fields.pop("amount", None)
    if state.agency_parts:
        cols = sorted(state.agency_parts)
        total = fields.get("amount")
        amount = (
            "their sum"
            if total is None
            else f"its total in column {col_letters(total)} ('{header.labels.get(total, '')}'), where filled"
        )
        state.issue(
            "info",
            "layout",
            f"columns {col_letters(cols[0])}–{col_letters(cols[-1])} hold each agency's money "
            f"({', '.join(a or 'other' for a in state.agency_parts.values())}): a project's amount is {amount}, "
            "its beneficiaries the agencies with money",
            header.row,
            cols[0],
        )
    state.donor_parts = _donor_columns(state, header, rows, width)
    state.donor_share_cols = _donor_share_columns(state, header, rows, width)
    state.breakdown_col = _breakdown_column(state, header, rows, width)
    if absorbed:  # the description lines' own column, beyond the table
        width = max(width, 1 + max(header.columns))
    _own_share_column(state, header)
    _report_unknown_columns(state, header, rows, width)
    footnotes_on_cells(state, header, rows)
    shares_table(state, header, rows)
    width, yearly = _measure_rows(
        state, header, rows, width, fields, yearly
    )  # "Всего по проекту" | "в т.ч. 2021 г."
    # what every row of this table is read against
    state.header, state.fields, state.yearly = header, fields, yearly
    state.sheet_partner, state.block_currency, state.money_spans = sheet_partner, block_currency, money_spans
    state.probe = _repeat_probe(header)
    state.figures_col = figures_column(rows, header, width)
    status_above(state, rows, header)
    state.number_col = next((c for c, m in sorted(header.columns.items()) if m.field == "number"), None)
    _read_rows(state, rows, header.row + 1, width, result)
    _numbered_status_notes(state, rows, header, result)
    _corrections_noted(state, rows, header, result)
    _comments_said(state, result)
    _struck_text_said(state, result)
    _rows_per_agency(state, result)
    if state.submitted_col is not None:
        _later_responses(state, result)
    both_currencies_said(state)
    _format_currencies_said(state)
    _marked_rows_said(state)
    _yes_no_partners(state)
    _agency_partners(state)
    if state.coded_statuses:
        state.issue(
            "info",
            "status",
            f"rows {number_ranges(state.coded_statuses)}: each status is a code read by the workbook's legend sheet",
            header.row,
            fields.get("status"),
        )
    if state.year_parts:
        state.issue(
            "info",
            "date",
            f"rows {number_ranges(state.year_parts)}: the period cell names a part of the row's year ('FULL YEAR', "
            "'H1'): each row's money is read as that year's",
            header.row,
            fields.get("period"),
        )
    if state.coded_priorities:
        codes = state.grid.meta["priority_codes"]
        state.issue(
            "info",
            "priority",
            f"rows {number_ranges(state.coded_priorities)}: each priority is a code explained on sheet "
            f"'{codes['_sheet']}' (e.g. {next(k for k in codes if k != '_sheet')} = "
            f"'{codes[next(k for k in codes if k != '_sheet')]}')",
            header.row,
            fields.get("declared_priority"),
        )
    if state.partner_filled:
        state.issue(
            "info",
            "partner",
            f"rows {number_ranges(state.partner_filled)} name no partner: each takes the partner of the row above it that "
            "names one (a register grouped by partner)",
            header.row,
            fields.get("partner"),
        )
    if absorbed:  # read with the project named above them: counted as read, and skipped
        result.counts["rows_read"] += len(absorbed)
        result.counts["rows_skipped"] += len(absorbed)
    if state.payment_cols is not None:
        _payment_schedule(state, result)
    result.records, n_heads = _funders_below(state, result.records)  # "Total project" over its funders' rows
    result.counts["rows_loaded"] -= n_heads
    result.counts["rows_skipped"] += n_heads
    if state.project_headings:
        result.records, n_headed = _items_under_headings(state, result.records)
        result.counts["rows_loaded"] -= n_headed
        result.counts["rows_skipped"] += n_headed
    records, n_programmes, programme_issues = resolve_programmes(
        result.records, state.row_number, state.grid.meta.get("outline"), state.breaks
    )
    for issue in programme_issues:
        state.issue(issue["severity"], "programme", issue["message"], issue["row_index"])
    _items_need_no_dates(state, result.records, records)
    _shares_given_below(state, result.records, records)
    _agreements_need_nothing(state, result.records, records)
    _taken_from_the_programme(state, records)
    records, replaced = _updated_further_down(state, records)
    result.records = [_without_reading_notes(r) for r in records]
    minor = next(  # a money column whose label says it is in minor units ("amount_minor", "Amount (cents)")
        (
            label
            for c, m in sorted(header.columns.items())
            if m.field in ("amount", "yearly", "year part")
            and MINOR_LABEL.search(label := str(header.labels.get(c) or ""))
            # "Сума, грн. коп.", "Amount, USD (incl. cents)": the currency and its cents, not figures in cents
            and currency_in_text(label) is None
        ),
        None,
    )
    if minor is not None and any(
        isinstance(r.get("amount"), float) and not r["amount"].is_integer() for r in result.records
    ):
        minor = None  # figures in a minor unit are whole numbers
    in_minor_units(state, block_text, result.records, header.row, minor)
    result.counts["rows_loaded"] -= n_programmes + replaced
    result.counts["rows_skipped"] += n_programmes + replaced
    result.status = "loaded"
    result.issues = state.issues
    return result


#: A partner cell saying its row is the whole project and its funders follow: "Total project", "Всего, в т.ч.:",
#: "Усього, у т.ч.", "All sources".
_ALL_FUNDERS = re.compile(
    r"(?:(?:total|grand total)(?:\s+(?:project|budget|funding))?|all\s+(?:sources|donors|funders)|всього|усього|всего"
    r"|итого|разом)(?:\s*,?\s*(?:у|в)\s*т\.?\s*ч\.?|\s*,?\s*(?:of which|incl\.?|including))?\s*:?",
    re.IGNORECASE,
)
#: What a funder's line takes from the project's row when it gives none of its own.
_FROM_THE_WHOLE = (
    "description",
    "implementer",
    "beneficiaries",
    "declared_priority",
    "status",
    "start_date",
    "end_date",
    "sectors",
    "code",
)


def _funders_below(state: SheetState, records: list[dict]) -> tuple[list[dict], int]:
    """A project's row whose partner cell says it is the whole ("Total project", "Всего, в т.ч.:") over rows of the
    same title, each naming a funder and its part, the parts adding up to the whole's amount: one project per
    funder, with its part and its share of the whole's yearly amounts, the whole's dates and status; the whole's
    row is not counted again (said at it). Returns the records and the number of rows so taken apart."""
    out: list[dict] = []
    taken = 0
    i = 0
    while i < len(records):
        head = records[i]
        partner = head.get("partner")
        if not (isinstance(partner, str) and _ALL_FUNDERS.fullmatch(partner.strip()) and head.get("amount")):
            out.append(head)
            i += 1
            continue
        j = i + 1
        while (
            j < len(records)
            and records[j].get("title") == head.get("title")
            and records[j]["_index"] == records[j - 1]["_index"] + 1
            and is_known_partner(records[j].get("partner"))
            and records[j].get("amount") is not None
            and records[j].get("currency") in (None, head.get("currency"))
        ):
            j += 1
        funders = records[i + 1 : j]
        whole = head["amount"]
        if len(funders) < 2 or abs(sum(f["amount"] for f in funders) - whole) > max(0.5, 0.005 * whole):
            out.append(head)
            i += 1
            continue
        years = yearly_values(head.get("yearly_amounts")) or {}
        head_cells = dict(
            pair.partition("=")[::2] for pair in (head.get("source_cells") or "").split(";") if pair
        )
        for funder in funders:
            line = dict(funder)
            share = funder["amount"] / whole
            for key in _FROM_THE_WHOLE:
                if not line.get(key) and head.get(key):
                    line[key] = head[key]
            line["currency"] = line.get("currency") or head.get("currency")
            own_cells = dict(
                pair.partition("=")[::2] for pair in (line.get("source_cells") or "").split(";") if pair
            )
            if years and not yearly_values(line.get("yearly_amounts")):
                line["yearly_amounts"] = yearly_text({y: round(v * share, 2) for y, v in years.items()})
                own_cells.update({k: v for k, v in head_cells.items() if k.startswith("amount_")})
            for key, cell in head_cells.items():  # the whole's cells for what it gives the line
                if key in _FROM_THE_WHOLE or key == "period":
                    own_cells.setdefault(key, cell)
            line["source_cells"] = ";".join(f"{k}={v}" for k, v in own_cells.items())
            out.append(line)
        state.issue(
            "info",
            "partner",
            f"row {state.row_number(head['_index'])}: '{partner.strip()}' heads its funders' rows "
            f"{number_ranges([state.row_number(f['_index']) for f in funders])}, whose parts add up to its amount "
            f"({whole:,.2f}): a project per funder, each with its part and that share of the project's yearly "
            "amounts; this row is not counted again",
            head["_index"],
            state.fields.get("partner"),
        )
        taken += 1
        i = j
    return out, taken


#: An amount column's label saying it holds the top-ups already: "Total budget incl. top-up", "з урахуванням
#: додаткового фінансування".
_INCLUDES_TOP_UP = re.compile(
    r"(?:incl\.?|including|inclusive of|with|з урахуванням|с учетом|с учётом|включая|включно з)\s+(?:the\s+)?"
    r"(?:top[- ]?ups?|supplementary|additional|amendments?|додатков\w*|дополнительн\w*|довиділ\w*)",
    re.IGNORECASE,
)
#: The keys a record carries while its sheet is read (see _read_rows, _read_row and resolve_programmes).
_READING_NOTES = (
    "_taken",
    "_declared_total",
    "_index",
    "_item",
    "_number",
    "_raw_title",
    "_excel_indent",
    "_marked",
    "_components_follow",
    "_payment",
    "_parent_ref",
)


def _hidden_money_columns(state: SheetState, header: Header) -> None:
    """A column of money Excel hides beside one it shows of the same kind ("Бюджет (ред. 11.2020)" hidden, "Бюджет"
    shown: an old version kept out of sight; a year's money beside that year's) is set aside: the reader reads what
    the sender shows. A hidden column of a year shown nowhere else is read. Said once per column."""
    hidden = set(state.grid.meta.get("hidden_cols", ()))
    if not hidden:
        return

    def kind(col: int) -> tuple | None:  # the money a column holds: the whole amount, or a year's
        m = header.columns[col]
        if m.field == "duplicate":
            m = match_field(header.labels.get(col, ""))
        if m.field in ("amount", "agency_amount", "priority_amount"):
            return ("amount",)
        return ("year", m.year) if m.field in ("yearly", "fiscal") else None

    shown = {kind(c) for c in header.columns if c not in hidden} - {None}
    for col in sorted(c for c in header.columns if c in hidden):
        if kind(col) is None or kind(col) not in shown:
            continue  # the only figure of its kind (a year's money shown nowhere else): read
        lost = header.columns[col].field
        header.columns[col] = FieldMatch("ignore")
        if lost == "amount":  # the hidden one was read first: the shown one it made a repeat is the amount
            shown_amount = next(
                (
                    c
                    for c in sorted(header.columns)
                    if c not in hidden and header.columns[c].field == "duplicate" and kind(c) == ("amount",)
                ),
                None,
            )
            if shown_amount is not None:
                header.columns[shown_amount] = match_field(header.labels.get(shown_amount, ""))
        state.issue(
            "info",
            "amount",
            f"column {col_letters(col)} ('{header.labels.get(col, '')}') is hidden in Excel, beside money the sheet "
            "shows: not read",
            header.row,
            col,
        )


def _units_only_shown(state: SheetState, header: Header, rows: list[list]) -> None:
    """Money columns said to be in thousands ("Бюджет, тис. дол. США") whose cells hold the full amounts, shown in
    thousands by their number format ("#,##0," shows 1,250 for 1,250,000): the stored figures are read as they are,
    said once a column. A column most of whose figures are not so formatted keeps its unit."""
    scaled = state.grid.meta.get("scaled")
    if not scaled:
        return
    for col, m in list(header.columns.items()):
        if (
            m.field not in ("amount", "yearly", "agency_amount", "priority_amount", "fiscal")
            or m.scale == 1.0
        ):
            continue
        figures = [
            r
            for r in range(header.row + 1, len(rows))
            if col < len(rows[r])
            and isinstance(rows[r][col], int | float)
            and not isinstance(rows[r][col], bool)
        ]
        shown = [r for r in figures if scaled.get((r, col)) == m.scale]
        if 0 < len(shown) < len(figures):
            # a column mixing the two: each figure may mean either; said at the cells the other way
            odd = shown if len(shown) * 2 <= len(figures) else [r for r in figures if r not in shown]
            state.issue(
                "warning",
                "amount",
                f"column {col_letters(col)} ('{header.labels.get(col, '')}') is said to be in units of {m.scale:,.0f}; "
                f"its cells {', '.join(f'{col_letters(col)}{state.row_number(r)}' for r in odd[:10])} are formatted "
                + (
                    "to show their figures divided by that (full amounts?)"
                    if odd is shown
                    else "to show them as stored"
                )
                + ", unlike the others: read as the column's other cells are — check them",
                header.row,
                col,
            )
        if not figures or len(shown) * 2 <= len(figures):
            continue
        header.columns[col] = replace(m, scale=1.0)
        state.issue(
            "info",
            "amount",
            f"column {col_letters(col)} ('{header.labels.get(col, '')}') is said to be in units of {m.scale:,.0f}, "
            f"but its cells hold the full amounts, which their number format shows divided by {m.scale:,.0f} "
            f"(e.g. {col_letters(col)}{state.row_number(shown[0])}: {rows[shown[0]][col]:,.0f} shown as "
            f"{rows[shown[0]][col] / m.scale:,.0f}): the amounts are read as stored",
            header.row,
            col,
        )


def _payment_columns(header: Header) -> None:
    """A payment's date and amount read as a schedule of payments only together ("Дата виплати | Сума траншу");
    a payment date beside a project's amount alone is read as it was before they were named: as the start (a
    sheet of payments by code, see build._payments), or not at all beside a start date."""
    fields = {m.field: c for c, m in header.columns.items()}
    if "payment_amount" in fields and "%" in (header.labels.get(fields["payment_amount"]) or ""):
        header.columns[fields.pop("payment_amount")] = FieldMatch(
            None
        )  # "Tranche amount, % of budget": no money
    if (
        "payment_date" in fields
        and "payment_amount" not in fields
        and "amount" in fields
        and not fields.keys() & {"start_date", "end_date", "period"}
    ):  # "Tranche date | Amount", "Planned disbursement | Amount": each row's amount is a payment (a schedule, or,
        # one row per project, the date its start: see _payment_schedule)
        return
    if "payment_date" in fields and "payment_amount" not in fields:
        col = fields["payment_date"]
        header.columns[col] = (
            FieldMatch(None) if "start_date" in fields else replace(header.columns[col], field="start_date")
        )
    elif "payment_amount" in fields and "payment_date" not in fields:
        del header.columns[fields["payment_amount"]]


def _payment(cells: RowCells, date_col: int, amount_col: int) -> tuple | None:
    """A row's payment: (date or None, amount or None, "amount_row<n>=<cell>"), with an issue at a cell that
    cannot be read; None when the row gives neither."""
    state, index, n = cells.state, cells.index, cells.n
    date_value, amount_value = cell_value(cells.row, date_col), cell_value(cells.row, amount_col)
    if clean_text(date_value) is None and clean_text(amount_value) is None:
        return None
    paid_on = amount = None
    try:
        paid_on = parse_date(date_value, date1904=state.grid.date1904, order=state.orders.get(date_col))
    except ValueProblem as exc:
        cells.problem(exc, date_col, "payment date")
    try:
        found = parse_amount(amount_value)
        if found is not None:
            m = state.header.columns[amount_col]
            amount = _in_units(found.value, amount_value, m.scale)
            if found.currency and m.currency and found.currency != m.currency:
                state.issue(
                    "error",
                    "amount",
                    f"row {n}, payment ({state.cell(index, amount_col)}): {found.currency} under a column in "
                    f"{m.currency}; not counted",
                    index,
                    amount_col,
                )
                amount = None
    except ValueProblem as exc:
        cells.problem(exc, amount_col, "payment amount")
    return paid_on, amount, f"amount_row{n}={state.cell_in_row(index, n, amount_col)}"


def _payment_schedule(state: SheetState, result: SheetResult) -> None:
    """Rows of a schedule of payments (a row per tranche: "Дата виплати | Сума траншу", the project's cells merged
    down or repeated) read as one project each: its money in each year is the sum of its payments dated in it, its
    total the project's amount where the table gives one, else the payments' sum. The other rows of a project are
    skipped, said once per project. Payments in another currency than the project's amount are not used (said); a
    table where no project has two payments is no schedule: its payment columns are said and not used."""
    groups: list[list[dict]] = []
    for rec in result.records:
        if groups:
            first = groups[-1][0]
            number = rec.get("_number")
            same = (rec.get("title"), rec.get("code")) == (first.get("title"), first.get("code")) and (
                number in (None, "") or number == first.get("_number")
            )  # "1 | Постачання обладнання" and "2 | Постачання обладнання" are two projects
            if same:
                groups[-1].append(rec)
                continue
        groups.append([rec])
    date_col, amount_col = state.payment_cols
    if not any(sum(1 for r in g if r.get("_payment")) > 1 for g in groups):
        if amount_col == state.fields.get("amount"):  # one dated amount per project: the date is its start
            for rec in result.records:
                paid_on = (rec.get("_payment") or (None,))[0]
                if paid_on is not None and not rec.get("start_date"):
                    rec["start_date"] = paid_on.isoformat()
                    rec["source_cells"] = ";".join(
                        filter(
                            None,
                            [rec.get("source_cells"), f"start_date={state.cell(rec['_index'], date_col)}"],
                        )
                    )
            state.issue(
                "warning",
                "start_date",
                f"column {col_letters(date_col)} ('{state.header.labels.get(date_col)}') gives one date per project, "
                "not a schedule of payments: read as each project's start",
                state.header.row,
                date_col,
            )
            return
        state.issue(
            "warning",
            "amount",
            f"columns {col_letters(date_col)}, {col_letters(amount_col)} give one payment per project, not a schedule "
            "of payments: they are not used (each project's money is its amount over its dates)",
            state.header.row,
            amount_col,
        )
        return
    paid_in = state.header.columns[amount_col].currency
    kept = []
    for group in groups:
        first = group[0]
        kept.append(first)
        payments = [r["_payment"] for r in group if r.get("_payment")]
        rows = number_ranges([r["source_row"] for r in group])
        if len(group) > 1:
            state.issue(
                "info",
                "amount",
                f"rows {rows}: payments of project '{first.get('title')}' (a row per payment): one project, its "
                "money in each year the sum of its payments dated in it",
                first["_index"],
            )
            result.counts["rows_loaded"] -= len(group) - 1
            result.counts["rows_skipped"] += len(group) - 1
        if not payments:
            continue
        total, currency = first.get("amount"), first.get("currency")
        if amount_col == state.fields.get(
            "amount"
        ):  # each row's amount is a payment: the project's is their sum
            total = None
        if total is not None and paid_in and currency and paid_in != currency:
            state.issue(
                "warning",
                "amount",
                f"rows {rows}: the payments of project '{first.get('title')}' are in {paid_in}, its amount in "
                f"{currency}: the payments are not used; the amount is spread over the project's dates",
                first["_index"],
            )
            continue
        years: dict[int, float] = {}
        undated = []
        for paid_on, amount, cell in payments:
            if amount is None:
                continue
            if paid_on is None:
                undated.append(cell.partition("=")[2])
                continue
            years[paid_on.year] = round(years.get(paid_on.year, 0.0) + amount, 2)
        paid = round(sum(a for _, a, _ in payments if a is not None), 2)
        if total is None:
            first["amount"], first["currency"] = paid, currency or paid_in
        elif abs(total - paid) > max(1.0, 0.005 * total):
            state.issue(
                "warning",
                "amount",
                f"rows {rows}: the payments of project '{first.get('title')}' add up to {paid:,.2f}, its amount is "
                f"{total:,.2f}; each year keeps the payments dated in it, the rest of the amount is spread over the "
                "project's dates",
                first["_index"],
            )
        if undated:
            state.issue(
                "warning",
                "amount",
                f"project '{first.get('title')}': payments {', '.join(undated)} have no date; its money is spread over "
                "the project's dates",
                first["_index"],
            )
        elif years:
            first["yearly_amounts"] = yearly_text(years)
        first["source_cells"] = ";".join(
            filter(None, [first.get("source_cells"), *(c for _, _, c in payments)])
        )
    result.records = kept


def _shares_given_below(state: SheetState, before: list[dict], kept: list[dict]) -> None:
    """A co-funded project's row naming its funders without their shares ("Великобритания, Франция | 600 000"),
    not counted because each funder's share is a line under it: the warning that its whole amount went to the first
    funder no longer holds, and is taken back."""
    gone = {state.row_number(r["_index"]) for r in before if "_index" in r} - {
        state.row_number(r["_index"]) for r in kept if "_index" in r
    }
    if gone:
        state.issues[:] = [
            i for i in state.issues if not (i["row"] in gone and "without their shares" in i["message"])
        ]


def _without_reading_notes(rec: dict) -> dict:
    """A record without the keys used while reading its sheet (``_index``, ``_number`` ...)."""
    for key in _READING_NOTES:
        rec.pop(key, None)
    return rec


#: A span of months in a fiscal year's label: "(Oct 2020 - Sep 2021)", "(01.04.2021 – 31.03.2022)".
_LABEL_SPAN = re.compile(
    r"(?:[^\W\d_]+\.?\s+)?(?:\d{1,2}[./]){0,2}(?:19|20)\d{2}\s*[-–—]\s*"
    r"(?:[^\W\d_]+\.?\s+)?(?:\d{1,2}[./]){0,2}(?:19|20)\d{2}"
)


def _fiscal_span_in_label(label, year: int) -> tuple[dt.date, dt.date] | None:
    """The dates a fiscal year's label gives it ("FY2021 (Oct 2020 - Sep 2021)": 1 October 2020 – 30 September
    2021), when they span about a year and the fiscal year's number is one of their years; else None."""
    text = clean_text(label) if isinstance(label, str) else None
    for found in _LABEL_SPAN.finditer(text or ""):
        try:
            span = parse_period(found.group(0))
        except ValueProblem:
            continue
        if (
            span
            and None not in span
            and 360 <= (span[1] - span[0]).days <= 370
            and year in (span[0].year, span[1].year)
        ):
            return span[0], span[1]
    return None


def _fiscal_columns(state: SheetState, header: Header, rows: list[list], partner: str | None) -> None:
    """Money columns named by a fiscal year ("FY2020 obligations | FY2021 obligations"): each covers the days of
    the partner's fiscal year of that name (``partners.csv``, ``fiscal_year``: the USA's runs from October to
    September and is named by its end), its money spread over them by the reader (see amounts.fiscal_amounts);
    said once. Beside columns of calendar years, or where the partner's fiscal year is not known, the columns are
    said and set aside."""
    quarters = [c for c, label in sorted(header.labels.items()) if fiscal_quarter_named(label)]
    if (
        quarters
    ):  # "2021-22 Q1 | … | 2021-22 Q4": quarters of the partner's fiscal year, else of April to March
        span = split_fiscal_year(partner, 2021)
        month = span[0].month if span is not None else 4
        for col in quarters:
            if month != 4 and (found := fiscal_quarter_named(header.labels[col], month)):
                header.columns[col] = replace(header.columns[col], year=found[0], part=found[1])
        how = (
            f"{partner}'s fiscal year (partners.csv: from {dt.date(2021, month, 1):%B})"
            if span is not None
            else "years running April to March (Q1 = April–June; the partner's fiscal year is not known)"
        )
        state.issue(
            "info" if span is not None else "warning",
            "amount",
            f"columns {', '.join(col_letters(c) for c in quarters)} give quarters of fiscal years "
            f"('{header.labels[quarters[0]]}'), read as quarters of {how}",
            header.row,
            quarters[0],
        )
    named = {
        c: year for c, value in enumerate(rows[header.row]) if (year := fiscal_year_named(value)) is not None
    }
    if not named:
        return
    seen: dict[int, int] = {}
    for col, year in list(named.items()):
        if year in seen:  # "FY2020/21 allocation | FY2020/21 outturn": one series of money per fiscal year
            del named[col]
            header.columns[col] = FieldMatch("ignore")
            state.issue(
                "warning",
                "amount",
                f"column {col_letters(col)} ('{clean_text(rows[header.row][col])}') gives fiscal year {year} again, "
                f"after column {col_letters(seen[year])}: set aside (the first column of each fiscal year is counted)",
                header.row,
                col,
            )
        else:
            seen[year] = col
    calendar = header.yearly()
    # no header word names a field in them: whatever their content was guessed to be is withdrawn, not said
    header.findings = [f for f in header.findings if f[1] not in named]
    # "Amount by Japanese fiscal year (JPY million)" over them: the group's currency and unit, where read
    groups = [header.columns[c] for c in named if c in header.columns]
    group_currency = next((m.currency for m in groups if m.currency), None)
    group_scale = next((m.scale for m in groups if m.scale != 1.0), 1.0)
    if group_scale == 1.0:  # "Grant amount (JPY million)" merged over them: its unit in each one's label
        group_scale = next((x for c in named if (x := units_scale(header.labels.get(c) or "")) != 1.0), 1.0)
    for col in named:
        said = match_field(rows[header.row][col])
        scale = said.scale if said.scale != 1.0 else group_scale
        # "Сумма на 2021 бюджетный год, EUR": the label's own currency, where the match gave none
        own = said.currency or currency_in_text(clean_text(rows[header.row][col]) or "")
        header.columns[col] = FieldMatch("fiscal", own or group_currency, None, 0.5, scale)
    letters, first_label = ", ".join(col_letters(c) for c in named), clean_text(rows[header.row][min(named)])
    above = " ".join(t for row in rows[: header.first_row] for t in (clean_text(v) for v in row) if t)
    agreed = _FISCAL_AS_CALENDAR.search(above) if not calendar else None
    where = "the title rows say"
    if (
        agreed is None and not calendar
    ):  # a note under the table: "** Бюджетний рік … збігається з календарним"
        agreed = _FISCAL_IS_CALENDAR.search(
            " ".join(
                t
                for row in rows[header.first_row :]
                for v in row[:2]
                if isinstance(v, str) and (t := v.strip())
            )
        )
        where = "a note says"

    def as_calendar_years(why: str) -> None:
        """Each fiscal year's column read as the calendar year of its number, said with ``why``."""
        for col, year in named.items():
            m = header.columns[col]
            header.columns[col] = FieldMatch("yearly", m.currency, year, 0.5, m.scale)
        state.issue(
            "info",
            "amount",
            f"columns {letters} give fiscal years ('{first_label}' …){why}: read as those calendar years",
            header.row,
            min(named),
        )

    if agreed and not re.search(r"\bnot\b|\bне\b|\bні\b|\bnever\b", agreed.group(), re.IGNORECASE):
        # "As agreed with the MIA, the FY2021 column is to be counted as the 2021 amount": each fiscal year is the
        # calendar year of its number, as the title rows say
        as_calendar_years(
            f", and {where} each is counted as the calendar year of its number ('{agreed.group()[:80]}')"
        )
        return
    spans = {c: partner_fiscal_year(partner, year) for c, year in named.items()}
    if any(span is None for span in spans.values()):
        # "FY2021 (Oct 2020 - Sep 2021) Commitment": a label giving its own months, whoever the partner
        own = {c: _fiscal_span_in_label(rows[header.row][c], year) for c, year in named.items()}
        if all(span is not None for span in own.values()):
            spans = own
    if not calendar and all(
        span is not None and (span[0], span[1]) == (dt.date(year, 1, 1), dt.date(year, 12, 31))
        for year, span in zip(named.values(), spans.values(), strict=True)
    ):  # a partner whose fiscal year is the calendar year (Germany, the EU): "FY 2021" is 2021
        as_calendar_years(f"; {partner}'s fiscal year is the calendar year (partners.csv)")
        return
    if calendar:  # "Budget 2021 | Budget 2022" beside them: the calendar years are the money's
        why = (
            f"beside columns of calendar years ({', '.join(str(y) for y in sorted(set(calendar.values())))}): the "
            "calendar years are counted, the fiscal years' columns are not"
        )
    elif any(span is None for span in spans.values()) and all(
        fiscal_year_in_words(rows[header.row][c]) for c in named
    ):  # "Сума на 2021 бюджетний рік" in a register of several donors: the year of its number, said
        as_calendar_years(
            f"; the fiscal year of {partner or 'each partner'} is not known (partners.csv, fiscal_year), and a "
            "budget year named in words is taken as the calendar year: check with the partner"
        )
        return
    elif any(span is None for span in spans.values()):
        why = (
            f"('{first_label}' …), but the fiscal year of {partner or 'this partner'} is not known (partners.csv, "
            "fiscal_year); their amounts are not counted"
        )
    else:
        state.fiscal.update(spans)
        start, end = spans[min(named)]
        whose = (
            f"{partner}'s " if partner else ""
        )  # a label giving its own months ("FY2021 (Oct 2020 - Sep 2021)")
        state.issue(
            "info",
            "amount",
            f"columns {letters} give {whose}fiscal years ('{first_label}' runs {start:%d.%m.%Y}–"
            f"{end:%d.%m.%Y}): each year's money is spread over its months by days, its part in each calendar year "
            "counted there",
            header.row,
            min(named),
        )
        return
    state.issue(
        "warning", "amount", f"columns {letters} give money by fiscal year {why}", header.row, min(named)
    )


#: A column of a project's own year, counted from its start: "Year 1", "Project year 2 (GBP)", "Y3", "1st year",
#: "Рік 1", "2-й рік проєкту", "Год 3", "Третій рік" is not read (numbers only).
_PROJECT_YEAR = re.compile(
    r"(?:project\s+)?(?:year|yr|y|рік|год)\s*[-#№]?\s*(?P<a>[1-9])(?![\d.,])"
    r"|(?P<b>[1-9])\s*(?:st|nd|rd|th|-?й|-?ий|-?ой|-?й)?\s*(?:project\s+)?(?:year|рік|год)\b(?:\s*(?:of the project|проєкту|проекту|проекта))?",
    re.IGNORECASE,
)


def _running_totals_by_month(state: SheetState, header: Header, block_text: str | None) -> None:
    """Month or quarter columns under title rows saying the figures are running totals ("Освоение средств
    нарастающим итогом", "cumulative"): each is the total to that month, not the month's money; they are set aside
    (not added up into their year), said once."""
    parts = sorted(c for c, m in header.columns.items() if m.field == "yearly" and m.part)
    if not parts or not block_text or not CUMULATIVE.search(block_text):
        return
    for col in parts:
        header.columns[col] = FieldMatch("ignore")
    state.issue(
        "warning",
        "amount",
        f"columns {', '.join(col_letters(c) for c in parts)} give months or quarters ('{header.labels.get(parts[0])}' …) and "
        "the title rows say the figures are running totals: they are not added up into their years; set aside (give "
        "each period's own money to have them counted)",
        header.row,
        parts[0],
    )


def _project_year_columns(state: SheetState, header: Header, rows: list[list]) -> None:
    """Money columns each a year of the project's own, counted from its start date ("Year 1 | Year 2 | Year 3"): two
    or more, numbered from 1 without a gap, the header knowing no other field in them. Each row's money is placed
    from its start date (see amounts.fiscal_amounts), said once for the table."""
    if state.fiscal or not rows or header.yearly():
        return
    found: dict[int, int] = {}
    for c, value in enumerate(rows[header.row]):
        m = header.columns.get(c)
        if m is not None and m.field is not None:
            continue
        text = clean_text(value)
        if not text or len(text) > 40:
            continue
        bare = without_currency_words(UNIT_WORD.sub(" ", _PAREN.sub(" ", text))).strip(" ,;:-–—")
        said = _PROJECT_YEAR.fullmatch(bare)
        if said:
            found[c] = int(said["a"] or said["b"])
    if len(found) < 2 or sorted(found.values()) != list(range(1, len(found) + 1)):
        return
    for col in found:
        said = match_field(rows[header.row][col])
        header.columns[col] = FieldMatch("fiscal", said.currency, None, 0.5, said.scale)
    header.findings = [f for f in header.findings if f[1] not in found]
    state.project_years.update(found)
    letters = ", ".join(col_letters(c) for c in found)
    state.issue(
        "info",
        "amount",
        f"columns {letters} give the money of each project's own years ('{clean_text(rows[header.row][min(found)])}' "
        "…): each runs twelve months from the project's start date, its money spread over its months, its part in "
        "each calendar year counted there",
        header.row,
        min(found),
    )


#: Title rows saying a fiscal year is to be counted as the calendar year of its number ("the FY2021 column is to be
#: counted as the 2021 amount", "fiscal years are reported as calendar years", "FY2021 враховано як 2021 рік").
_FISCAL_AS_CALENDAR = re.compile(
    r"\b(?:FY|fiscal years?)\s*'?(?:20\d\d|\d\d)?\b[^.;]{0,60}?\b(?:counted|treated|taken|reported|read|considered"
    r"|used|entered)\s+as\s+(?:the\s+)?(?:calendar\s+)?(?:year\s+)?(?:20\d\d\b|calendar\b)"
    r"|\b(?:FY|ФР|фінансов\w+ р\w+|финансов\w+ год\w*)\s*(?:20\d\d)?[^.;]{0,60}?(?:враховуєт\w*|враховано|зараховуєт\w*"
    r"|учитываетс\w*|учтен\w*|засчитываетс\w*)\s+(?:як|как)\s+(?:календарн\w+|20\d\d)",
    re.IGNORECASE,
)


#: A note saying the fiscal years are calendar years: "Бюджетний (фінансовий) рік … збігається з календарним",
#: "the fiscal year is the calendar year", "финансовый год совпадает с календарным".
_FISCAL_IS_CALENDAR = re.compile(
    r"(?:бюджетн\w*|фінансов\w*|финансов\w*|fiscal|budget)\W+(?:\w+\W+){0,12}?(?:збігаєт\w*|співпадає|совпада\w*"
    r"|coincides?|is|are|matches|corresponds?)\s+(?:with\s+|з\s+|с\s+)?(?:the\s+)?(?:календарн\w*|calendar)",
    re.IGNORECASE,
)
#: Two years written in full ("2020/2021"): a fiscal year only where the months or the partner's year are known.
_FULL_SPAN = re.compile(r"20\d\d\s*/\s*20\d\d")


def _fiscal_span_columns(state: SheetState, header: Header, rows: list[list], partner: str | None) -> None:
    """Money columns each a fiscal year written over two years ("2020/21 (GBP) | 2021/22 (GBP)", or "2020-21 |
    2021-22" under "Planned disbursements by fiscal year (April 1 - March 31), CAD"): each covers twelve months
    from the month the header or the title rows say, else the partner's fiscal year (``partners.csv``), else April
    (the year the UK, Canada and Japan keep; said as a guess); its money is spread over them by days (see
    amounts.fiscal_amounts). Beside columns of calendar years they are said and set aside."""
    if state.fiscal or not rows:
        return
    own = header.row
    starts = {
        c: y
        for c, value in enumerate(rows[own])
        if (m := header.columns.get(c)) is None or m.field in (None, "fiscal")
        if (y := fiscal_span_named(value)) is not None
    }
    if not starts and own + 1 < len(rows):
        below = rows[own + 1]  # the years on a row of their own under a label merged over them
        found = {c: y for c, value in enumerate(below) if (y := fiscal_span_named(value)) is not None}
        # its other cells empty, or the header's cells merged down over it ("Project number" over two rows)
        others = [c for c, v in enumerate(below) if c not in found and clean_text(v)]
        if len(found) >= 2 and all(c < len(rows[own]) and below[c] == rows[own][c] for c in others):
            starts, own = found, own + 1
    if not starts:
        return
    labels = [
        text
        for c in range(max(0, min(starts) - 1), max(starts) + 1)
        for text in (
            header.labels.get(c),
            *(clean_text(cell_value(rows[r], c)) for r in range(header.first_row, own + 1)),
        )
        if text
    ]
    above = [t for row in rows[: header.first_row] for t in (clean_text(v) for v in row) if t]
    said = next((m for t in [*labels, *above] if (m := fiscal_months_said(t)) is not None), None)
    known = split_fiscal_year(partner, 2021)
    if not said and known is None and all(_FULL_SPAN.search(str(rows[own][c])) for c in starts):
        # "2020/2021 (EUR) | 2022/2023 (EUR)": a partner's two-year budgets as much as fiscal years: not read as either
        for col in starts:
            if (m := header.columns.get(col)) is not None and m.field == "fiscal":
                del header.columns[col]
        return
    month = said or (known[0].month if known is not None else 4)
    group = next((match_field(t) for t in labels if t and match_field(t).currency), None)
    for col in starts:
        own_match = match_field(rows[own][col])
        currency = own_match.currency or (group.currency if group else None)
        scale = own_match.scale if own_match.scale != 1.0 else (group.scale if group else 1.0)
        header.columns[col] = FieldMatch("fiscal", currency, None, 0.5, scale)
    header.findings = [f for f in header.findings if f[1] not in starts]
    spans = {
        c: (dt.date(y, month, 1), dt.date(y + 1, month, 1) - dt.timedelta(days=1)) for c, y in starts.items()
    }
    letters, first = ", ".join(col_letters(c) for c in starts), clean_text(rows[own][min(starts)])
    if calendar := header.yearly():
        state.issue(
            "warning",
            "amount",
            f"columns {letters} give money by fiscal year ('{first}' …) beside columns of calendar years "
            f"({', '.join(str(y) for y in sorted(set(calendar.values())))}): the calendar years are counted, the "
            "fiscal years' columns are not",
            own,
            min(starts),
        )
        return
    state.fiscal.update(spans)
    start, end = spans[min(starts)]
    how = (
        "as the table says"
        if said
        else f"{partner}'s fiscal year (partners.csv)"
        if known is not None
        else "April to March, the fiscal year most partners keep: the table and partners.csv do not say"
    )
    state.issue(
        "info" if said or known is not None else "warning",
        "amount",
        f"columns {letters} give fiscal years written over two years ('{first}' runs {start:%d.%m.%Y}–"
        f"{end:%d.%m.%Y}, {how}): each year's money is spread over its months by days, its part in each calendar "
        "year counted there",
        own,
        min(starts),
    )


#: A column's label about a payment of a schedule ("Стан траншу", "Payment status").
_OF_A_PAYMENT = re.compile(r"транш|платеж|платіж|виплат|выплат|tranche|payment|instal", re.IGNORECASE)


#: Words of a column of people, things or marks, not money ("EU (persons trained)", "Returnees – Poland").
_NOT_MONEY_LABEL = re.compile(
    r"person|people|trained|trainee|participant|returnee|expert|staff|officer|count|number|year|date|standard"
    r"|осіб|особ|навчен|учасник|кількість|количество|число|лиц|\bгод|\bрік|дата|експерт|эксперт",
    re.IGNORECASE,
)


def _donors_under_a_year(state: SheetState, header: Header, rows: list[list]) -> None:
    """A year's money merged over a column per donor ("Финансирование на 2021 г., USD" over "ЕС | Германия | Швеция |
    МОМ (собств. средства) | Всего"): the group's words sit in its first column alone, which was taken for the year's
    amount (its donor's money counted for every donor, and the others' parts split by it). Each donor's column is its
    part of that year's money (in the group's currency, see :func:`_donor_columns`), a total under the group the
    year's amount; two donors at least, and nothing else under the group."""
    if header.row == header.first_row or "partner" in header.fields():
        return  # a donor column beside them: not each donor's money (see _donor_columns)
    for (r0, c0), (r1, c1) in state.grid.merged:
        if not (header.first_row <= r0 <= r1 < header.row) or c1 <= c0:
            continue
        group = header.columns.get(c0)
        if group is None or group.field != "yearly" or group.year is None:
            continue
        donors, totals = {}, []
        for col in range(c0, c1 + 1):
            text = clean_text(cell_value(rows[header.row], col)) or ""
            if TOTAL_ROW.match(text.lower()):
                totals.append(col)
            elif donor := listed_donor(text) or partner_in_text(text):
                donors[col] = donor
            else:
                donors = {}
                break
        if len(donors) < 2 or len(totals) > 1:
            continue
        for col, donor in donors.items():
            header.columns[col] = FieldMatch(
                "donor_amount", group.currency, group.year, 0.5, group.scale, agency=donor
            )
            header.labels[col] = (
                f"{header.labels.get(c0, '').rsplit(' / ', 1)[0]} / {clean_text(rows[header.row][col])}"
            )
        for col in totals:
            header.columns[col] = replace(group, strength=0.5)
        state.donor_year = group.year


def _donor_columns(state: SheetState, header: Header, rows: list[list], width: int) -> dict[int, str]:
    """Columns of money named each by a donor ("EU | Denmark | Japan | UNDP (TRAC) | Total 2021") in a table with no
    partner column and no amount column naming a donor's own money: each holds its donor's part of a row's money, and a row becomes
    a project per donor with money (split by the build); column -> donor. Two such columns at least, in one currency,
    holding sums (not counts, marks or years), none named as co-financing; said once."""
    fields = header.fields()
    amount = fields.get("amount")
    if "partner" in fields or (amount is not None and partner_in_text(header.labels.get(amount) or "")):
        return {}  # "EU contribution | Co-financing – Germany": the donor's own amount, others' money beside it
    found: dict[int, str] = {
        c: m.agency for c, m in header.columns.items() if m.field == "donor_amount" and m.agency
    }  # under a year's group (_donors_under_a_year)
    labels: dict[int, str] = {c: header.labels.get(c) or "" for c in found}
    for col in range(width):
        m = header.columns.get(col)
        label = header.labels.get(col) or " / ".join(
            t
            for t in (
                clean_text(rows[r][col]) if col < len(rows[r]) else None
                for r in range(header.first_row, header.row + 1)
            )
            if t
        )
        if (
            (m is not None and m.field not in (None, "ignore", "duplicate"))
            or not label
            or COFINANCING.search(label)
            or _NOT_MONEY_LABEL.search(label)
        ):
            continue
        donor = listed_donor(label.split(" / ")[-1])
        if donor is None:  # a donor, not a country a regional programme covers
            continue
        values = [r[col] for r in rows[header.row + 1 :] if col < len(r) and r[col] is not None]
        numbers = [v for v in values if isinstance(v, (int, float)) and not isinstance(v, bool)]
        if numbers and all(float(v).is_integer() and 1990 <= v <= 2040 for v in numbers):
            continue  # years
        sums = sorted(a for a in (_money_cell(v) for v in values) if a is not None)
        if (
            values and len(sums) * 2 >= len(values) and sums[len(sums) // 2] >= 1000
        ):  # sums, not counts or marks
            found[col] = donor
            labels[col] = label
    currencies = {match_field(labels[c]).currency for c in found} - {None}
    if len(found) < 2 or len(currencies) > 1:
        return {}  # "Japan, JPY | EU, EUR": parts in different currencies are not shares of one sum
    for col, donor in found.items():
        if (set_before := header.columns.get(col)) is not None and set_before.field == "donor_amount":
            continue  # set with its year's group
        said = match_field(labels[col])
        header.columns[col] = FieldMatch("donor_amount", said.currency, None, 0.5, said.scale, agency=donor)
    cols = sorted(found)
    state.issue(
        "info",
        "layout",
        f"columns {col_letters(cols[0])}–{col_letters(cols[-1])} hold each donor's money "
        f"({', '.join(dict.fromkeys(found.values()))}): a row becomes a project per donor with money, each with its "
        "part",
        header.row,
        cols[0],
    )
    return found


def _breakdown_column(state: SheetState, header: Header, rows: list[list], width: int) -> int | None:
    """A column the reader does not know whose cells give the money year by year ("Commitments by year": "2020:
    300 000; 2021: 450 000"): a row's years where its other cells give none; said once."""
    if state.yearly:
        return None
    for col in range(width):
        m = header.columns.get(col)
        if m is not None and m.field not in (None, "ignore"):
            continue
        values = [r[col] for r in rows[header.row + 1 :] if col < len(r) and isinstance(r[col], str)]
        parsed = [(v, found) for v in values if (found := year_breakdown(v))]
        sums = sorted(a for _, found in parsed for a in found.values())
        if len(parsed) >= 2 and len(parsed) * 2 >= len(values) and sums[len(sums) // 2] >= 1000:
            header.columns[col] = FieldMatch(
                "year_breakdown", match_field(header.labels.get(col) or "").currency
            )
            state.issue(
                "info",
                "layout",
                f"column {col_letters(col)} gives each project's money year by year ('{parsed[0][0][:50]}'): read as its "
                "years' amounts",
                header.row,
                col,
            )
            return col
    return None


def _money_cell(value) -> float | None:
    """The sum a cell holds, or None."""
    try:
        found = parse_amount(value)
    except ValueProblem:
        return None
    return None if found is None else found.value


def _earlier_status(header: Header, label: str) -> str | None:
    """What to say of a column of statuses set aside for the table's later one ("Status (March 2021)" beside
    "Status (September 2021)"); None when the column is no earlier status."""
    status = header.fields().get("status")
    if status is None or (mine := label_date(label)) is None:
        return None
    latest = label_date(header.labels.get(status))
    if latest is None or latest <= mine:
        return None
    return (
        f"column '{label}' holds an earlier status ({mine:%m.%Y}): the status is read from the latest, column "
        f"{column_letter(status)} '{header.labels.get(status)}' ({latest:%m.%Y}), and from this one where that is empty"
    )


def _report_unknown_columns(state: SheetState, header: Header, rows: list[list], width: int) -> None:
    """Columns the reader does not know: reported once each, if they hold anything."""
    for col in range(width):
        label = " / ".join(
            t
            for t in (
                clean_text(rows[r][col]) if col < len(rows[r]) else None
                for r in range(header.first_row, header.row + 1)
            )
            if t
        )
        m = header.columns.get(col)
        if header.shifted and col + header.shifted in header.columns:
            continue  # its label reads the column to its right (the rows pasted one column off: said)
        if (
            m
            and m.field not in (None, "duplicate", "ignore")
            and label
            and (spelled := read_as_spelled(label)) is not None
        ):
            state.issue(
                "info",
                "header",
                f"column '{label}' read as {m.field}: its words taken for '{spelled}' (cut short or mistyped)",
                header.row,
                col,
            )
        if (m is None or m.field in (None, "ignore")) and not (
            _OF_A_PAYMENT.search(label) and any(m.field == "payment_amount" for m in header.columns.values())
        ):  # a payment's state ("Стан траншу: заплановано") is no remark on its project
            status_in_remarks(state, header, rows, col)
            shares_in_remarks(state, header, rows, col)
            value_in_remarks(state, header, rows, col)
            pointers_in_remarks(state, header, rows, col)
        elif m.field == "description":  # "Примечание": "Софинансирование: Швейцария – 60 %, Швеция – 40 %"
            shares_in_remarks(state, header, rows, col)
            pointers_in_remarks(state, header, rows, col)
        if col in state.other_currency:
            continue  # read where the first amount column is empty (see row_money)
        if m and m.field == "ignore" and m.currency and label:  # "Co-funding amount (DKK)": money set aside
            if any(col < len(r) and clean_text(r[col]) for r in rows[header.row + 1 :]):
                state.issue(
                    "warning",
                    "header",
                    f"column '{label}' names money ({m.currency}) in a column this tool sets aside "
                    "(column_aliases.csv: ignore); its amounts are not counted",
                    header.row,
                    col,
                )
            continue
        if m and m.field not in (None, "duplicate"):
            continue
        has_data = any(col < len(r) and clean_text(r[col]) for r in rows[header.row + 1 :])
        if not has_data:
            continue
        if col in state.other_currency or col == state.original_amount_col:
            continue  # read where the first (current) amount column is empty (see row_money)
        if m and m.field == "duplicate" and (earlier := _earlier_status(header, label)):
            state.issue("info", "header", earlier, header.row, col)
            state.earlier_status_col = col  # read where the latest is empty
        elif m and m.field == "duplicate":
            state.issue(
                "warning",
                "header",
                f"column '{label}' repeats a column already read; its values were not loaded",
                header.row,
                col,
            )
        elif label:
            state.issue(
                "info" if m and m.field == "ignore" else "warning",
                "header",
                f"column '{label}' is not a project field this tool knows; its values were not loaded "
                "(rename it, or add its name to column_aliases.csv beside the submissions)",
                header.row,
                col,
            )
        else:
            state.issue(
                "warning",
                "header",
                f"column {column_letter(col)} has values but no header; they were not loaded",
                header.row,
                col,
            )


def _column_roles(state: SheetState, width: int) -> None:
    """What the table's columns are for, once per table: the row reader's lookups (see :class:`SheetState`)."""
    header, fields = state.header, state.fields
    state.width = max([width, *(c + 1 for c in header.columns)])
    state.letters = [col_letters(c) for c in range(state.width)]
    identity = ("project_id", "start_date", "end_date", "period", "beneficiaries")
    state.identity_cols = [c for f in identity if (c := fields.get(f)) is not None]
    numeric = (
        {fields.get(f) for f in ("amount", "start_date", "end_date", "period")}
        | set(state.yearly)
        | set(state.agency_parts)
    )
    state.numeric_cols = {
        c
        for c, m in header.columns.items()
        if c in numeric and m.field not in ("number", "ignore", "duplicate", None)
    }
    state.text_cols = [(f, c) for f in _NAMED_TEXTS if (c := fields.get(f)) is not None]
    state.raw_cols = [(f, c) for f in _NAMED_VALUES if (c := fields.get(f)) is not None]
    years = [c for c, m in sorted(header.columns.items()) if m.field == "amount_year"]
    # "Budget year | Year": the row's year is the plainest label's (a budget year may be its action programme's)
    state.year_col = min(
        years, key=lambda c: len(normalise_key(header.labels.get(c) or "").split()), default=None
    )
    for c in years:
        if c != state.year_col:
            state.issue(
                "warning",
                "column",
                f"column '{header.labels.get(c)}' gives a year per row too; the rows' year is read from "
                f"'{header.labels.get(state.year_col)}', this one is not loaded: check which is the money's year",
                header.row,
                c,
            )
    state.line_col = next((c for c, m in sorted(header.columns.items()) if m.field == "budget_line"), None)
    state.unit_col = next((c for c, m in sorted(header.columns.items()) if m.field == "unit"), None)
    state.partner_other_col = _partner_other_column(header)
    state.cofunder_cols = (
        next((c for c, m in sorted(header.columns.items()) if m.field == "cofunder"), None),
        next((c for c, m in sorted(header.columns.items()) if m.field == "cofunder_share"), None),
    )
    state.parent_col = next((c for c, m in sorted(header.columns.items()) if m.field == "parent_ref"), None)
    state.item_type_cols = [
        c for c, label in sorted(header.labels.items()) if match_field(label).field == "item_type"
    ]
    paid = {
        m.field: c
        for c, m in sorted(header.columns.items(), reverse=True)
        if m.field and m.field.startswith("payment_")
    }
    if len(paid) == 2:
        state.payment_cols = (paid["payment_date"], paid["payment_amount"])
    elif (
        "payment_date" in paid and "amount" in fields
    ):  # each row's amount is its payment (see _payment_columns)
        state.payment_cols = (paid["payment_date"], fields["amount"])
    state.submitted_col = next((c for c, m in sorted(header.columns.items()) if m.field == "submitted"), None)
    state.revised_end_col = next(
        (c for c, m in sorted(header.columns.items()) if m.field == "revised_end"), None
    )
    state.shares_col = next((c for c, m in sorted(header.columns.items()) if m.field == "year_shares"), None)
    state.sector_col = next((c for c, m in sorted(header.columns.items()) if m.field == "in_sector"), None)
    state.deleted_col = next((c for c, m in sorted(header.columns.items()) if m.field == "deleted"), None)
    if state.year_col is not None:
        amount_col = fields.get("amount")
        label = header.labels.get(amount_col, "") if amount_col is not None else ""
        # amounts merged over rows that each give a year (a project's total over its year rows): the years are not
        # the money's; merged over a row saying "весь период" / "whole period" and a blank one, they are (that
        # project's total stands for its whole period, the others' rows for their years)
        merged = any(
            c == amount_col and _year_of(cell_value(state.grid.rows[r], state.year_col)) is not None
            for r, c in state.money_spans
        )
        # a line's total beside its quantity and unit price ("Qty | Unit cost | Total") is no project's total
        lines = any(m.field in ("quantity", "unit_price") for m in header.columns.values())
        annual = _annual_column(header, amount_col) if amount_col is not None else None
        if annual is not None and (AMOUNT_TOTAL_WORDS.search(label) or merged):
            # "Year | Annual amount (EUR) | Total project budget (EUR)": each row the year's money, the total the
            # project's, on its first row
            state.annual_cols = (state.year_col, annual)
            state.issues[:] = [
                i
                for i in state.issues
                if not (
                    i["row"] == state.row_number(header.row)
                    and "repeats a column" in i["message"]
                    and i.get("column", "").rstrip("0123456789") == column_letter(annual)
                )
            ]
            state.issue(
                "info",
                "years",
                f"column '{header.labels.get(state.year_col, '')}' gives a year per row and "
                f"'{header.labels.get(annual, '')}' that year's money; '{label}' is the project's total (rows under a "
                "project giving only a year and its money add that year to it)",
                header.row,
                annual,
            )
            state.year_col = None
        elif amount_col is None or (AMOUNT_TOTAL_WORDS.search(label) and not lines) or merged:
            why = (
                "the amounts are merged over rows"
                if merged
                else f"the amount column ('{label}') holds totals"
            )
            state.issue(
                "info",
                "years",
                f"column '{header.labels.get(state.year_col, '')}' gives a year per row, but {why}: the years "
                "were not used (each amount is spread over its project's dates)",
                header.row,
                state.year_col,
            )
            state.year_col = None


#: A label of a year's money beside a year column: "Annual amount (EUR)", "Сума за рік", "Сумма за год", "Річна сума".
_ANNUAL_LABEL = re.compile(
    r"annual|per year|for the year|yearly|за рік|на рік|річн|за год|на год|годов|в год|за який рік",
    re.IGNORECASE,
)


def _annual_column(header: Header, amount_col: int) -> int | None:
    """The column of a year's money beside the amount (a money label naming the year, read as a repeat of the amount):
    ``Year | Annual amount (EUR) | Total project budget (EUR)``; None when there is none, or several."""
    found = [
        c
        for c, m in header.columns.items()
        if c != amount_col
        and m.field == "duplicate"
        and _ANNUAL_LABEL.search(header.labels.get(c) or "")
        and match_field(header.labels.get(c)).field == "amount"
    ]
    return found[0] if len(found) == 1 else None


def _annual_money(state: SheetState, cells: RowCells, rec: dict, row: list) -> dict[int, float] | None:
    """A row's year and that year's money, where a year column and an annual amount's stand beside the total
    (``state.annual_cols``): ``{year: amount}`` (the column's unit applied), None when the row gives no year or
    no such money, or money in another currency than the project's."""
    year_col, money_col = state.annual_cols
    year = _year_of(cell_value(row, year_col))
    value = cell_value(row, money_col)
    if year is None or value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        read = parse_amount(value) if isinstance(value, str) else Amount(float(value), None)
    except (ValueProblem, TypeError, ValueError):
        return None
    if read is None or (read.currency and rec.get("currency") and read.currency != rec["currency"]):
        return None
    cells.names[f"amount_{year}"] = state.cell_in_row(cells.index, cells.n, money_col)
    return {year: round(read.value * state.header.columns[money_col].scale, 2)}


def _continues_the_project(state: SheetState, index: int, title_text, code_text, seen_total) -> bool:
    """Whether a row may continue the project right above it: it names no project of its own, or its title is the
    project's merged down over it (the project's cells merged over its agencies' or its years' rows)."""
    title_col = state.fields.get("title")
    copied = (
        title_col is not None
        and (index, title_col) in _merged_below(state)
        and state.last_record is not None
        and state.last_record[0] == index - 1
        and not seen_total
    )
    return copied or _untitled_under_a_project(state, index, title_text, code_text, seen_total)


def _own_value(state: SheetState, cells: list, index: int, col: int | None) -> bool:
    """Whether a row's cell in a column holds a value of its own, not one merged down from the row above."""
    return (
        col is not None
        and bool(clean_text(cell_value(cells, col)))
        and (index, col) not in _merged_below(state)
    )


#: The fields a row of a project's year (``state.annual_cols``) leaves empty: it gives a year, its money, perhaps an
#: agency whose part it is, and a remark.
_ANNUAL_ROW_EMPTY = ("partner", "implementer", "start_date", "end_date", "period", "status", "amount")


def _annual_row(
    state: SheetState, row: list, cleaned: list, index: int, n: int, title_text, code_text, seen_total
) -> bool:
    """Whether a row with no title, right under a project's row (or its other years'), gives only a year and that
    year's money (``state.annual_cols``; perhaps the agency whose part it is): that money is added to the project's
    year, the agency to its beneficiaries, and that is said. The project's total stays its own row's."""
    if not _continues_the_project(state, index, title_text, code_text, seen_total):
        return False
    if any(_own_value(state, cleaned, index, state.fields.get(f)) for f in _ANNUAL_ROW_EMPTY):
        return False
    rec = state.last_record[1]
    cells = RowCells(state, row, cleaned, index, n)
    if (annual := _annual_money(state, cells, rec, row)) is None:
        return False
    (year, value), cell = next(iter(annual.items())), next(iter(cells.names.values()))
    years = yearly_values(rec.get("yearly_amounts"))
    years[year] = round(years.get(year, 0.0) + value, 2)
    rec["yearly_amounts"] = yearly_text(years)
    codes, unknown = parse_beneficiaries(cell_value(cleaned, state.fields.get("beneficiaries")))
    if codes and not unknown:  # another agency's part of that year
        agencies = [a for a in (rec.get("beneficiaries") or "").split(";") if a]
        rec["beneficiaries"] = ";".join(dict.fromkeys([*agencies, *codes]))
    rec["source_cells"] = ";".join(p for p in (rec.get("source_cells"), f"amount_row{n}={cell}") if p)
    state.last_record = (index, rec)  # the project's next year follows
    state.issue(
        "info",
        "years",
        f"row {n} gives only a year ({year}) and its money ({value:,.2f}): that year's money of the project above "
        f"('{str(rec.get('title'))[:60]}'), added to it",
        index,
        state.annual_cols[1],
    )
    return True


def _cells_by_column(rows: list[list], first: int, width: int) -> tuple[list[list], list[list]]:
    """The cells of ``rows[first:]`` one list per column (at least ``width`` columns), as read and cleaned."""
    raw = raw_columns(rows[first:], width)
    return raw, [clean_column(values) for values in raw]


def _read_columns(
    state: SheetState, rows: list[list], first: int, stop: int, whole: tuple[list, list] | None = None
) -> None:
    """Read the cells of ``rows[first:stop]`` column by column, for these rows to look up (see :mod:`.cells`).

    The cleaned text of every cell, the dates, amounts, currencies, partners, agencies and statuses
    parsed, and what each column holds (a "#", a formula-like start) are worked out here. ``whole``: the
    columns of ``rows[first:]`` (:func:`_cells_by_column`), when they are these rows' and already read.
    """
    fields, d1904, orders = state.fields, state.grid.date1904, state.orders
    if whole is not None and stop >= len(rows):
        raw, columns = whole
    else:
        raw = raw_columns(rows[first:stop], state.width)
        columns = [clean_column(values) for values in raw]
    state.first, state.cleaned = first, list(zip(*columns, strict=True))
    parsed: dict = {}
    for name, end in (("start_date", False), ("end_date", True)):
        if (col := fields.get(name)) is not None:
            parsed[name] = date_column(raw[col], end=end, date1904=d1904, order=orders.get(col))
    if (col := fields.get("amount")) is not None:
        parsed["amount"] = amount_column(raw[col])
    if (col := fields.get("currency")) is not None:
        # a number ("978") names a currency only where the money's header names none: beside "Сума, грн" a column
        # "Валюта договору" of 978 and 840 says the contract's currency, not the amounts'
        amount_col = fields.get("amount")
        named = amount_col is not None and bool(state.header.columns[amount_col].currency)
        parsed["currency"] = text_column(currency_in_letters if named else parse_currency, raw[col])
    for col in state.yearly:
        parsed[col] = amount_column(raw[col])
    for name, parse in _TEXT_PARSERS.items():
        if (col := fields.get(name)) is not None:
            parsed[name] = text_column(parse, columns[col])
    state.parsed = parsed
    state.formula_cols = [
        (f, c) for f in _TEXT_FIELDS if (c := fields.get(f)) is not None and starts_with(columns[c], "=+-@")
    ]
    state.hashtags = any(starts_with(column, "#") for column in columns)


#: Rows read column by column at a time: a long sheet's columns are not all held at once.
_ROWS_AT_A_TIME = 5000


#: A record's source cells name its text fields first (when the cleaned text is not empty), in this order ...
_NAMED_TEXTS = (
    "project_id", "title", "description", "partner", "implementer", "beneficiaries", "declared_priority", "status"
)  # fmt: skip
#: ... then these (when the cell is not empty), then the yearly amounts read
_NAMED_VALUES = ("start_date", "end_date", "period", "amount", "currency")
#: Text fields parsed from their cleaned text, each distinct text once
_TEXT_PARSERS = {
    "partner": canonical_partner,
    "implementer": canonical_partner,
    "beneficiaries": parse_beneficiaries,
    "status": parse_status,
}


def _hidden_repeats(state: SheetState, rows: list[list], first: int, title_col: int | None) -> dict[int, int]:
    """The rows Excel hides whose title repeats a row it shows in the same table (a draft's line kept out of sight
    below or above the current one): hidden row -> the shown row. A hidden row of its own (a project grouped out of
    sight) is not one of them: it is read like the others."""
    hidden = set(state.grid.meta.get("hidden_rows", ()))
    if not hidden or title_col is None:
        return {}
    shown: dict[str, int] = {}
    for index in range(first, len(rows)):
        if index not in hidden and (text := clean_text(cell_value(rows[index], title_col))):
            shown.setdefault(normalise_key(text), index)
    return {
        index: shown[key]
        for index in sorted(hidden)
        if index >= first
        and index < len(rows)
        and (text := clean_text(cell_value(rows[index], title_col)))
        # its title, or its title before brackets naming a version ("… (draft v1, Sept 2020)")
        and (
            (key := normalise_key(text)) in shown
            or (key := normalise_key(_VERSION_BRACKETS.sub("", text))) in shown
        )
    }


#: A title's last brackets naming a version of the line: "(draft v1, Sept 2020)", "(old version)", "(чернетка)".
_VERSION_BRACKETS = re.compile(
    r"\s*[(\[][^()\[\]]*(?:draft|version|\bv\d|\bold\b|superseded|earlier|чернетк|черновик|верси|версі"
    r"|попередн|предыдущ|стар(?:ий|ая|ый|а)\b)[^()\[\]]*[)\]]\s*$",
    re.IGNORECASE,
)


def _hidden_repeat(state: SheetState, index: int) -> str | None:
    """ "skipped", said, for a hidden row repeating a shown row's project (see :func:`_hidden_repeats`)."""
    if index not in state.hidden_repeats:
        return None
    title = clean_text(cell_value(state.grid.rows[index], state.fields.get("title"))) or ""
    state.issue(
        "warning",
        "hidden",
        f"row {state.row_number(index)} is hidden in Excel and repeats the project of row "
        f"{state.row_number(state.hidden_repeats[index])}, shown ('{title[:60]}'): taken for an earlier version of "
        "it, not loaded — check which figures are current",
        index,
    )
    return "skipped"


def _outdated_rows(
    state: SheetState, rows: list[list], first: int, title_col: int | None
) -> dict[int, tuple]:
    """The rows a cell of which, outside the project's fields, says in full the row is an earlier version ("OLD",
    "не актуально" in a record-state or note column) while another row of the table has the same title: row ->
    (column, the cell's text, the other row). A row so marked with no twin is read (a project no longer relevant
    may be one cancelled), and said."""
    if title_col is None:
        return {}
    width = max((len(row) for row in rows[first:]), default=0)
    loose = sorted(
        c
        for c in range(width)
        if c not in state.header.columns or state.header.columns[c].field in (None, "ignore")
    )
    if not loose:  # every column a project's field: nothing says a row is old
        return {}
    marked: dict[int, tuple[int, str]] = {}
    for index in range(first, len(rows)):
        for col in loose:
            text = clean_text(cell_value(rows[index], col))
            # "OLD", "не актуально"; "SUPERSEDED – revised allocation below": the word, then why
            if text and (_OUTDATED_CELL.fullmatch(text.strip(" .!()[]*")) or _OUTDATED_LEAD.match(text)):
                marked[index] = (col, text)
                break
    if not marked:
        return {}
    titles: dict[str, list[int]] = {}
    for index in range(first, len(rows)):
        if text := clean_text(cell_value(rows[index], title_col)):
            titles.setdefault(normalise_key(text), []).append(index)
    found: dict[int, tuple] = {}
    for index, (col, text) in marked.items():
        title = clean_text(cell_value(rows[index], title_col))
        twins = [i for i in titles.get(normalise_key(title or ""), []) if i != index and i not in marked]
        if twins:
            found[index] = (col, text, twins[0])
        else:
            state.issue(
                "warning",
                "status",
                f"row {state.row_number(index)}: {state.cell(index, col)} says '{text}' (an earlier version?), but no "
                "other row of the table has its title: read as a project — check whether it still counts",
                index,
                col,
            )
    return found


def _superseded(state: SheetState, index: int) -> str | None:
    """ "skipped", said, for a row that is an earlier version of a project: struck through or hidden where the
    sheet's note says such rows are outdated, or marked "OLD" / "не актуально" beside a row of the same title."""
    if index in state.outdated_rows:
        col, text, twin = state.outdated_rows[index]
        state.issue(
            "info",
            "superseded",
            f"row {state.row_number(index)}: {state.cell(index, col)} says '{text}', and row "
            f"{state.row_number(twin)} gives the same project: taken for an earlier version, not loaded",
            index,
            col,
        )
        state.superseded.add(index)
        return "skipped"
    if not state.grid.meta.get("struck") and not state.grid.meta.get("hidden_rows"):
        return None
    marked = _marked_status(state, index)
    if marked is None or marked[0] != "superseded":
        return None
    state.issue(
        "info",
        "superseded",
        f"row {state.row_number(index)} is {marked[1]}, and the note in row {marked[2]} says such rows are earlier "
        "versions kept for the record: not loaded",
        index,
    )
    state.superseded.add(index)
    return "skipped"


#: The total a row's figure is, in a column saying what each row's figure is ("Всего по проекту", "Усього", "Total").
_MEASURE_TOTAL = re.compile(rf"\s*(?:{TOTAL_WORD})(?![^\W\d_])", re.IGNORECASE)


def _measure_year(text: str) -> int | None:
    """The year a row's measure names ("в т.ч. 2021 г." 2021, "в т.ч. 2020 г. и ранее" 2020), or None."""
    m = match_field(text)
    if m.field == "yearly" and m.year and not m.part:
        return m.year
    edge = open_edge(OF_WHICH_FIRST.sub("", text, count=1))
    return edge[0] if edge else None


def _measure_rows(
    state: SheetState, header: Header, rows: list[list], width: int, fields: dict, yearly: dict
) -> tuple[int, dict]:
    """A column saying what each row's figure is, the project's cells merged (or repeated) over its rows: "Всего по
    проекту" on its first row, "в т.ч. 2020 г. и ранее", "в т.ч. 2021 г.", "в т.ч. 2022–2023 гг." on the rows under it
    (an official form's "Показатель"). Each year's figure becomes the project's money of that year, read from its cell;
    the rows under the total are not projects (``state.measure_rows``, skipped and said). Returns the table's width
    and the year columns, with the years' columns added."""
    amount_col = fields.get("amount")
    if amount_col is None:
        return width, yearly
    data = range(header.row + 1, len(rows))
    for col in range(width):
        m = header.columns.get(col)
        if col == amount_col or (m is not None and m.field not in (None, "ignore")):
            continue
        texts = {i: t for i in data if col < len(rows[i]) and isinstance(t := clean_text(rows[i][col]), str)}
        totals = [i for i, t in texts.items() if _MEASURE_TOTAL.match(t)]
        years = {i: y for i, t in texts.items() if i not in totals and (y := _measure_year(t)) is not None}
        spans = [
            i for i, t in texts.items() if i not in totals and i not in years and _YEARS_SPANNED.search(t)
        ]
        if len(totals) < 2 or len(years) < 2 or 5 * (len(totals) + len(years) + len(spans)) < 4 * len(texts):
            continue
        added: dict[int, int] = {}  # year -> its column
        anchor = None
        state.cell_names = state.cell_names if state.cell_names is not None else {}
        for i in data:
            if i in totals:
                anchor = i
            elif anchor is not None and (i in years or i in spans):
                value = rows[i][amount_col] if amount_col < len(rows[i]) else None
                if i in years:
                    parts = {years[i]: value}
                else:  # "в т.ч. 2022–2023 гг.": the years' money together, spread over them by their days
                    parts = _spread_over_span(texts[i], value)
                for year, part in parts.items():
                    target = added.setdefault(year, width + len(added))
                    row = rows[anchor]
                    row.extend([None] * (target + 1 - len(row)))
                    if row[target] is None:
                        row[target] = part
                        state.cell_names[(anchor, target)] = state.cell(i, amount_col)
                state.measure_rows[i] = (
                    texts[i],
                    anchor,
                    "year" if i in years else "span" if parts else None,
                )
            elif i in texts:
                anchor = None
        label = header.labels.get(col) or clean_text(cell_value(rows[header.row], col)) or ""
        for year, target in added.items():
            header.columns[target] = replace(header.columns[amount_col], field="yearly", year=year)
            header.labels[target] = f"{label}: {year}"
            yearly = {**yearly, target: year}
        if added:
            state.measure_col = col
            state.issue(
                "info",
                "layout",
                f"column {col_letters(col)} ('{label}') says what each row's figure is: a project's "
                f"total on its first row, its years' parts on the rows under it; each year's figure is read as the "
                f"project's money of that year ({', '.join(map(str, sorted(added)))})",
                header.row,
                col,
            )
            return width + len(added), yearly
    return width, yearly


def _spread_over_span(text: str, value) -> dict[int, float]:
    """A figure given for a span of years ("в т.ч. 2022–2023 гг." | 1500) spread over its years by their days; empty
    when the cell holds no figure."""
    span = _YEARS_SPANNED.search(text)
    if span is None:
        return {}
    first, last = (int(y) for y in re.findall(r"\d+", span.group()))
    last = last if last >= 100 else first // 100 * 100 + last
    if isinstance(value, str):
        try:
            found = parse_amount(value)
        except ValueProblem:
            return {}
        value = found.value if found is not None else None
    if not isinstance(value, (int, float)) or isinstance(value, bool) or last < first:
        return {}
    return split_by_days(float(value), days_per_year(dt.date(first, 1, 1), dt.date(last, 12, 31)))


def _measure_row(state: SheetState, index: int) -> str | None:
    """ "skipped", said, for a row giving a part of the project above it by year (see :func:`_measure_rows`)."""
    if index not in state.measure_rows:
        return None
    text, anchor, year = state.measure_rows[index]
    state.issue(
        "info",
        "layout",
        f"row {state.row_number(index)} ('{text[:40]}') gives a part of the project of row {state.row_number(anchor)}: "
        + (
            "read as that project's money of the year"
            if year == "year"
            else "several years' money together, spread over them by their days"
            if year == "span"
            else "no figure read"
        ),
        index,
    )
    return "skipped"


def _read_rows(state: SheetState, rows: list[list], first: int, width: int, result: SheetResult) -> None:
    """Read every non-blank row from ``first`` on into ``result``: a record, or a skipped or rejected row.

    The table's cells are read column by column first (:func:`_read_columns`).
    """
    seen_total = False
    counts, title_col, number_col = result.counts, state.fields.get("title"), state.number_col
    item_cols = [c for c, m in sorted(state.header.columns.items()) if m.field in ("quantity", "unit_price")]
    several = _several_projects_in_rows(state, rows, first)
    per_currency = _sums_per_currency(state, rows, first, several)
    _column_roles(state, width)
    # a sheet of one chunk: its cells are read column by column once, for the wrapped titles' test and the rows
    whole = _cells_by_column(rows, first, state.width) if len(rows) - first <= _ROWS_AT_A_TIME else None
    state.wrapped_titles = _titles_wrapped_throughout(rows, first, title_col, whole[1] if whole else None)
    state.hidden_repeats = _hidden_repeats(state, rows, first, title_col)
    state.outdated_rows = _outdated_rows(state, rows, first, title_col)
    for index in range(first, len(rows)):
        if (index - first) % _ROWS_AT_A_TIME == 0:
            _read_columns(state, rows, index, index + _ROWS_AT_A_TIME, whole)
        cleaned = state.cleaned[index - state.first]
        if not any(cleaned):
            continue
        counts["rows_read"] += 1
        row = rows[index]
        if len(cleaned) > width and any(cleaned[width:]):
            _beyond_the_table(state, row, cleaned, index, width)
        try:
            outcome = (
                _hidden_repeat(state, index)
                or _superseded(state, index)
                or _measure_row(state, index)
                or _read_row(state, row, cleaned, index, seen_total)
            )
        except Exception as exc:  # noqa: BLE001 - a row's problem costs that row, never the sheet
            state.issue(
                "error",
                getattr(exc, "kind", "row"),
                f"row {state.row_number(index)} could not be read ({getattr(exc, 'message', None) or exc}); "
                "it was not loaded",
                index,
            )
            outcome = "rejected"
        state.under_total = (outcome == "total" or state.under_total) and type(outcome) is not dict
        if type(outcome) is dict:
            raw_title = cell_value(row, title_col)
            outcome.update(
                _index=index,
                _number=cell_value(row, number_col),
                _raw_title=raw_title if isinstance(raw_title, str) else None,
                _excel_indent=state.grid.meta.get("indents", {}).get((index, title_col), 0),
                # a line of equipment (its quantity or unit price given): an item of a project, if one stands above
                _item=any(clean_text(cell_value(row, c)) for c in item_cols)
                or (isinstance(raw_title, str) and _ITEM_IN_TITLE.search(raw_title) and "title")
                or False,
            )
            if (
                outcome["_item"] is True
            ):  # kept for the build: a line of a project's items, its code on each line
                outcome["_item_line"] = True
            if result.records and _reduces_the_row_above(state, outcome, result.records[-1]):
                counts["rows_skipped"] += 1  # "Adjustment – budget reduction | -200 000" under its project
                continue
            if index in several:
                _more_lines(state, outcome, several[index], index)
            elif index in per_currency:
                _currency_lines(state, outcome, per_currency[index])
            elif (
                index in state.second_currency
            ):  # "Всього, євро | … | Всього, грн" both filled, no conversion
                outcome["_more_lines"] = [{**state.second_currency[index], "title": outcome.get("title")}]
            result.records.append(outcome)
            counts["rows_loaded"] += 1
            seen_total = (
                False  # a project after a totals row: that was a section's subtotal, not the table's end
            )
        elif outcome == "components follow":
            if result.records:
                result.records[-1]["_components_follow"] = True
            counts["rows_skipped"] += 1
        elif outcome == "total":
            state.total_rows.append(index)
            # a printed page's total ("Total page 1", "Разом по сторінці") is no end of the table: the next page goes on
            seen_total = seen_total or not _page_total(row)
            state.group_priority = state.group_status = None  # a group's totals row ends its heading's reach
            state.group_agency = None
            state.partner_above = None
            counts["rows_skipped"] += 1
            state.breaks.append(index)
        elif outcome == "skipped":
            counts["rows_skipped"] += 1
            if index not in state.page_breaks:  # a printed page's header or number: the table goes on past it
                state.breaks.append(index)
        elif outcome == "rejected":
            counts["rows_rejected"] += 1
    _noted_outside(state, rows, first, result)
    _split_into_funder_lines(state, result)
    _reference_lines(state, result)
    _withdrawn_lines(state, result)


#: A note naming numbered projects of the list as another sector's: "Projects 3, 5 and 8 are listed for information
#: only (other sectors)", "проєкти № 3 та № 5 не належать до сфери МВС", "Проекты 4 и 5 не относятся к сектору МВД",
#: "№ 2 і № 4 — проєкти інших секторів", "Projects 3 to 5 belong to the justice sector".
_NOTE_NUMBER = r"(?:№|nos?\.|#)?\s*\d{1,3}(?:\s*(?:–|—|-|\bto\b|\bпо\b|\bдо\b)\s*(?:№|nos?\.|#)?\s*\d{1,3})?"
_NOTED_OUTSIDE = re.compile(
    r"(?:(?<![^\W\d_])(?:projects?|items?|rows?|проє?кт\w*|проект\w*|рядк\w*|строк\w*|позиці\w*|позици\w*)\s*"
    r"|(?=№))"
    rf"(?P<numbers>{_NOTE_NUMBER}(?:\s*(?:,|&|\band\b|\bта\b|\bі\b|\bй\b|\bи\b)\s*{_NOTE_NUMBER})*)(?!\s*[\d%.,]\d)"
    r"(?P<said>[^.;]{0,100}?(?:"
    r"(?:\bnot\b|\bне\b)[^.;]{0,40}?(?:sector|сектор|сфер|галуз|отрасл|\bмвс\b|\bмвд\b|\bmia\b)"
    r"|(?:other|another|different|інш\w*|друг\w*)\s+(?:sectors?|сектор\w*|сфер\w*|галуз\w*|отрасл\w*)"
    r"|outside\s+the\s+(?:mia|sector)|поза\s+(?:сектором|сферою)|вне\s+(?:сектора|сферы)"
    r"|(?:belong\w*|належ\w*|относ\w*|віднос\w*)\s+(?:to|до|к)\s+(?:the\s+)?(?P<which>[^\W\d_][\w'’-]*)\s+"
    r"(?:sector|сектор\w*|сфер\w*|галуз\w*|отрасл\w*)"
    r"))",
    re.IGNORECASE,
)
_NUMBER_IN_NOTE = re.compile(
    r"(\d{1,3})(?:\s*(?:–|—|-|\bto\b|\bпо\b|\bдо\b)\s*(?:№|nos?\.|#)?\s*(\d{1,3}))?", re.IGNORECASE
)
#: Words before "other sectors" that do not set the projects in them: "transferred from", "jointly with", "also benefit".
_NOT_OF_ANOTHER = re.compile(
    r"(?:\bfrom|\bwith|\balso|jointly|benefit\w*|between|(?<![^\W\d_])(?:з|із|зі|от|из|с|со)|спільно|совместно"
    r"|також|также)\s+(?:the\s+)?(?:\w+\s+)?(?:other|another|different|інш|друг)",
    re.IGNORECASE,
)
#: "not outside the sector": in it.
_NOT_OUTSIDE = re.compile(r"\bnot\s+outside|\bне\s+(?:поза|вне)\b", re.IGNORECASE)
#: The sector's own names after "belong to the … sector" ("the MIA sector", "сектору МВС"): in the sector, not out.
_OWN_SECTOR_WORD = re.compile(
    r"mia|мвс|мвд|internal|affairs|enforcement|правоохорон|правоохран|home|security|безпек|безопасн|our|нашого"
    r"|нашего|this|цього|этого|same",
    re.IGNORECASE,
)


def noted_outside(text: str) -> list[int]:
    """The numbers of the projects a note says are another sector's; [] when it says none.

    Examples
    --------
    >>> noted_outside("4) Projects 3, 5 and 8 are listed for information only (other sectors).")
    [3, 5, 8]
    >>> noted_outside("Примітка: проєкти № 3 та № 5 не належать до сфери МВС і наведені довідково.")
    [3, 5]
    >>> noted_outside("Примечание: «Освоено» — накопительным итогом. Проекты 4 и 5 не относятся к сектору МВС.")
    [4, 5]
    >>> noted_outside("Проєкти 3–5 не належать до сфери МВС"), noted_outside("№ 2 і № 4 — проєкти інших секторів")
    ([3, 4, 5], [2, 4])
    >>> noted_outside("Projects No. 2 and No. 5 belong to the justice sector and are shown for reference only")
    [2, 5]
    >>> noted_outside("Project 2: EU allocation for 2019 was EUR 1,000,000."), noted_outside("Projects 6 and 7 are completed")
    ([], [])
    >>> noted_outside("Projects 4 and 5 were transferred from other sectors"), noted_outside("Projects 1-4 belong to the MIA sector")
    ([], [])
    """
    found = _NOTED_OUTSIDE.search(text) if isinstance(text, str) else None
    if found is None or _NOT_OF_ANOTHER.search(found["said"]) or _NOT_OUTSIDE.search(found["said"]):
        return []
    if found["which"] and _OWN_SECTOR_WORD.fullmatch(found["which"]):
        return []
    numbers: list[int] = []
    for first, last in _NUMBER_IN_NOTE.findall(found["numbers"]):
        low, high = int(first), int(last or first)
        numbers += range(low, high + 1) if low < high <= low + 50 else [low]
    return numbers


def _noted_outside(state: SheetState, rows: list[list], first: int, result: SheetResult) -> None:
    """Projects a note of the table names by their numbers as another sector's ("Projects 3, 5 and 8 are listed for
    information only (other sectors)"): not counted, said at each row and at the note. Only in a table numbering
    its rows ("№"); a number no row of the table carries is said at the note."""
    number_col = state.number_col
    if number_col is None or not result.records:
        return
    for index in range(first, len(rows)):
        texts = [
            (c, clean_text(v)) for c, v in enumerate(rows[index]) if isinstance(v, str) and clean_text(v)
        ]
        filled = [v for v in rows[index] if v is not None and v != ""]
        numbers = noted_outside(texts[0][1]) if len(texts) == 1 and len(filled) == 1 else []
        if not numbers:
            continue
        note, where = _snippet(texts[0][1]), state.cell(index, texts[0][0])
        gone = [r for r in result.records if _item_number(r.get("_number")) in numbers]
        _set_aside(
            state,
            result,
            [
                (
                    rec,
                    "info",
                    "sector",
                    f"row {state.row_number(rec['_index'])}: the note in {where} says project "
                    f"{_item_number(rec['_number'])} is another sector's ('{note}'): not counted",
                    number_col,
                )
                for rec in gone
            ],
        )
        numbered = {_item_number(cell_value(row, number_col)) for row in rows[first:]}
        unknown = [k for k in numbers if k not in numbered]
        if unknown:
            state.issue(
                "warning",
                "sector",
                f"the note in {where} names project{'s' if len(unknown) > 1 else ''} "
                f"{', '.join(map(str, unknown))} as another sector's, but no row of the table is numbered so: "
                "check the note",
                index,
            )


#: A title marked as taken off the list: "Anti-corruption training (withdrawn)", "Мобільні лабораторії (ВИЛУЧЕНО)".
_WITHDRAWN_TITLE = re.compile(
    r"[(\[]\s*(?:withdrawn|removed|deleted|excluded|вилучено|вилучений|виключено|видалено|исключ[её]н[аоы]?|удал[её]н[аоы]?"
    r"|изъят[аоы]?)"
    # the mark alone, or with who took it off, from where or when: "(withdrawn by donor in March 2021)", "(исключён из
    # перечня)"; not what was removed or seized ("(removed mines: 2,000)", "(вилучено 1 200 од. зброї)")
    r"(?:\s+(?:by|from|on|in|at|з|із|зі|за|у|в|из|по|с|со|решением|рішенням)\b[^()\[\]:\d]*(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|20\d\d)?[^()\[\]:\d]*)?"
    r"\s*[)\]]",
    re.IGNORECASE,
)


def _withdrawn_lines(state: SheetState, result: SheetResult) -> None:
    """Rows whose title says they were taken off the list ("(withdrawn)", "(ВИЛУЧЕНО)"): not counted, said."""
    gone = [
        r for r in result.records if isinstance(r.get("title"), str) and _WITHDRAWN_TITLE.search(r["title"])
    ]
    _set_aside(
        state,
        result,
        [
            (
                rec,
                "warning",
                "deleted",
                f"row {state.row_number(rec['_index'])} ('{_snippet(rec['title'])}') says "
                f"{_WITHDRAWN_TITLE.search(rec['title']).group(0)}: taken off the list, not counted — check it",
                state.fields.get("title"),
            )
            for rec in gone
        ],
    )


#: A row's title saying it is given for reference ("Справочно: административные расходы ПРООН", "For information:
#: UNDP's overheads", "Довідково: …"): with no money of its own, a remark, not a project.
_FOR_REFERENCE = re.compile(
    r"(?:справочно|довідково|для довідки|для справки|for (?:reference|information)|fyi|memo|n\.\s?b\.)(?:\s*[:.]|\s+[–—-]\s)",
    re.IGNORECASE,
)


def _reference_lines(state: SheetState, result: SheetResult) -> None:
    """Rows read as projects whose title says it is for reference and that give no money: skipped, said at the row."""
    gone = [
        r
        for r in result.records
        if r.get("amount") is None
        and not r.get("yearly_amounts")
        and isinstance(r.get("title"), str)
        and _FOR_REFERENCE.match(r["title"])
    ]
    _set_aside(
        state,
        result,
        [
            (
                rec,
                "info",
                "note",
                f"row {state.row_number(rec['_index'])} ('{_snippet(rec['title'])}') gives no money and says it is "
                "for reference: a note, not a project; skipped",
                None,
            )
            for rec in gone
        ],
    )


def _snippet(text: str) -> str:
    """A text cut to 80 characters for a message."""
    return text if len(text) <= 80 else text[:77] + "…"


def _set_aside(
    state: SheetState, result: SheetResult, said: list[tuple[dict, str, str, str, int | None]]
) -> None:
    """Take rows read as projects out of a sheet's records, each said at its row (``(record, severity, kind,
    message, column)``): what was said of the row before is dropped, and the row is counted as skipped."""
    for rec, severity, kind, message, col in said:
        n = state.row_number(rec["_index"])
        state.issues[:] = [i for i in state.issues if i["row"] != n]
        state.issue(severity, kind, message, rec["_index"], col)
    if said:
        ids = {id(rec) for rec, *_ in said}
        result.records[:] = [r for r in result.records if id(r) not in ids]
        result.counts["rows_loaded"] -= len(ids)
        result.counts["rows_skipped"] += len(ids)


#: A line's title saying it adjusts the project above it down: "Adjustment – budget reduction (Addendum No. 2)",
#: "Reduction: reprogrammed to COVID-19 response", "корректировка: сокращение бюджета 2021 г.", "Зменшення бюджету".
_REDUCTION_LINE = re.compile(
    r"(?:adjustment|reduction|budget (?:cut|decrease)|decrease|корекц\w*|коригуван\w*|корректировк\w*"
    r"|зменшен\w*|уменьшен\w*|скорочен\w*|сокращени\w*)\b",
    re.IGNORECASE,
)


def _reduces_the_row_above(state: SheetState, rec: dict, above: dict) -> bool:
    """Take a line reducing the project right above it ("Adjustment – budget reduction | -200 000 | -200 000", its
    money all negative, its title saying so) off that project's amount and years; said at the line. False, both left
    as they were, for any other row, or when the project's figures would fall below zero."""
    title, negatives = rec.get("title"), rec.get("_negatives") or []
    if (
        not negatives
        or not isinstance(title, str)
        or not _REDUCTION_LINE.match(title.strip())
        or rec.get("amount") is not None
        or rec.get("yearly_amounts")
        or above.get("amount") is None
        or (rec.get("currency") or above.get("currency")) != above.get("currency")
        or above.get("_index") != rec.get("_index", 0) - 1
    ):
        return False
    total = sum(v for y, v, _ in negatives if y is None)
    years = yearly_values(above.get("yearly_amounts"))
    for year, value, _ in negatives:
        if year is not None:
            years[year] = round(years.get(year, 0.0) + value, 2)
    amount = round(above["amount"] + total, 2)
    if amount < 0 or any(v < 0 for v in years.values()):
        return False
    above["amount"] = amount
    if years:
        above["yearly_amounts"] = yearly_text(years)
    cells = [f"amount_{y}={cell}" if y else f"amount={cell}" for y, _, cell in negatives]
    above["source_cells"] = ";".join(filter(None, [above.get("source_cells"), *cells]))
    n, m = state.row_number(rec["_index"]), state.row_number(above["_index"])
    state.issues[:] = [i for i in state.issues if i.get("row") != n]
    state.issue(
        "info",
        "amount",
        f"row {n} ('{title.strip()[:60]}') reduces the project above it (row {m}) by "
        f"{-total if total else -sum(v for y, v, _ in negatives if y is not None):,.2f}: its amount is now {amount:,.2f}"
        + ("; " + ", ".join(f"{y}: {v:,.2f}" for y, v in sorted(years.items())) if years else ""),
        rec["_index"],
    )
    return True


def _split_into_funder_lines(state: SheetState, result: SheetResult) -> None:
    """A project's row naming several funders and no money, each funder's money on a line of its own under it
    (see :func:`_funder_line_of`): the lines are the project, the row is read and skipped; said at the row."""
    if not state.line_of:  # no line of a project's funder or currency read in the table
        return
    split = [r for r in result.records if r.pop("_into_funder_lines", False) and r.get("amount") is None]
    if not split:
        return
    for rec in split:
        n = state.row_number(rec["_index"])
        gone = (f"row {n}: no amount", f"row {n}: no start or end date")
        state.issues[:] = [
            i
            for i in state.issues
            if not (i["row"] == n and (i["message"] in gone or "without their shares" in i["message"]))
        ]
        state.issue(
            "info",
            "partner",
            f"row {n}: project '{str(rec.get('title'))[:60]}' names its funders and no money; the lines under it give "
            "each funder's money: read as the project, this row skipped",
            rec["_index"],
        )
    gone = {id(r) for r in split}
    result.records[:] = [r for r in result.records if id(r) not in gone]
    result.counts["rows_loaded"] -= len(split)
    result.counts["rows_skipped"] += len(split)


def _titles_wrapped_throughout(
    rows: list[list], first: int, title_col: int | None, columns: list[list] | None = None
) -> bool:
    """Whether a table's titles run on below their rows throughout, as a PDF converted to a spreadsheet leaves them
    ("Community Policing Development with the" | … | "Patrol Police"): three rows at least, and three in four of the
    project rows or more, are followed by a row holding only a short text in the title column, no full stop ending
    it. Such a row is then the rest of the title above, whatever its first letter (see :func:`_continues_title`)."""
    if title_col is None:
        return False
    full = wrapped = 0
    previous_full = False
    # each row's filled columns, found once, its cells cleaned column by column (a row holding only a title:
    # filled == [title_col], a text)
    body = rows[first:]
    if columns is None:  # else the cleaned columns of ``rows[first:]`` (:func:`_cells_by_column`)
        columns = [clean_column(values) for values in raw_columns(body, 0)]
    filled_of = (
        [[c for c, v in enumerate(cells) if v] for cells in zip(*columns, strict=True)]
        if columns
        else [[]] * len(body)
    )
    data = [(row, filled) for row, filled in zip(body, filled_of, strict=True) if filled]
    if len(data) >= 2 and _title_alone(*data[0], title_col) and not _title_alone(*data[1], title_col):
        nxt = clean_text(data[1][0][title_col]) if title_col < len(data[1][0]) else None
        if nxt and nxt[:1].isupper():
            return False  # a heading over the first project ("Police" | "Mobile police stations …"): group headings
    for row, filled in zip(body, filled_of, strict=True):
        if not filled:
            previous_full = False
            continue
        if _title_alone(row, filled, title_col):
            if previous_full and _words_of_a_title(clean_text(row[title_col]) or ""):
                wrapped += 1
            previous_full = False
            continue
        previous_full = title_col in filled and len(filled) >= 3
        full += previous_full
    return wrapped >= 3 and 4 * wrapped >= 3 * full


def _starts_the_title_below(state: SheetState, index: int, text: str) -> bool:
    """Whether a row's only text, in a table whose titles wrap (see :func:`_titles_wrapped_throughout`), is the start
    of the next row's title: that row is a project's, its title going on in small letters ("and Gender-Based
    Violence …"), and this text is a title's words."""
    rows, col = state.grid.rows, state.fields.get("title")
    if col is None or index + 1 >= len(rows) or not _words_of_a_title(text):
        return False
    below = rows[index + 1]
    rest = clean_text(below[col]) if col < len(below) and isinstance(below[col], str) else None
    filled = sum(1 for v in below if v is not None and clean_text(v))
    return bool(rest) and filled >= 3 and rest[:1].islower()


def _only_a_title(row: list, title_col: int) -> bool:
    """Whether a row holds a text in the title column and nothing else."""
    filled = [c for c, v in enumerate(row) if v is not None and clean_text(v)]
    return _title_alone(row, filled, title_col)


def _title_alone(row: list, filled: list[int], title_col: int) -> bool:
    """:func:`_only_a_title` of a row whose filled columns are known."""
    return filled == [title_col] and isinstance(row[title_col], str)


#: Words of a line about the figures, a note or a change, not of a title ("amounts above in NOK thousand").
_NOT_TITLE_WORDS = re.compile(
    r"amount|total|above|below|note|amend|sum[ai]?\b|сум|всього|итого|разом|вище|нижче|выше|ниже|примітк|примечан|змін"
    r"|изменен",
    re.IGNORECASE,
)


def _words_of_a_title(text: str) -> bool:
    """Whether a line could be the rest of a wrapped title: eight words at most, no figure of three digits, no colon,
    no full stop ending it, no note's, status's or figures' words ("Patrol Police", "Units of the National Police").
    """
    return (
        0 < len(text.split()) <= 8
        and not re.search(r"\d{3}|:", text)
        and not text.endswith((".", "!", "?", ";"))
        and not _NOT_TITLE_WORDS.search(text)
        and not NOTE_ROW.match(text)
        and parse_status(text) not in STATUSES
    )


def _several_projects_in_rows(state: SheetState, rows: list[list], first: int) -> dict[int, dict[int, list]]:
    """Rows holding several projects typed into one row, a line each: the title cell's lines and, in a money
    column, as many lines, each a sum ("Forensic lab – Kharkiv↵… – Dnipro↵… – Lviv" | "250,000↵310,000↵180,000").
    Each such row's cells keep their first line here (the row is read as the first project) and the lines of every
    cell that has that many are returned (row -> column -> lines), for the other projects
    (:func:`_more_lines`). A money cell with one sum beside titles on several lines leaves the row as it is."""
    title_col = state.fields.get("title")
    money = [c for c in (state.fields.get("amount"), *state.yearly) if c is not None]
    if title_col is None or not money:
        return {}
    found: dict[int, dict[int, list]] = {}
    for index in range(first, len(rows)):
        row = rows[index]
        title = cell_value(row, title_col)
        if not isinstance(title, str) or "\n" not in title:
            continue
        titles = [line.strip() for line in title.splitlines() if line.strip()]
        if len(titles) < 2:
            continue
        lines: dict[int, list] = {}
        for col in money:
            value = cell_value(row, col)
            if value is None or (isinstance(value, str) and not value.strip()):
                continue
            parts = (
                [line.strip() for line in value.splitlines() if line.strip()]
                if isinstance(value, str)
                else []
            )
            if len(parts) != len(titles) or any(_money_cell(part) is None for part in parts):
                lines = {}
                break  # one sum for them all, or lines that are no sums: not projects a line each
            lines[col] = parts
        if not lines:
            continue
        lines[title_col] = titles
        for col, value in enumerate(row):
            if col not in lines and isinstance(value, str):
                parts = [line.strip() for line in value.splitlines() if line.strip()]
                if len(parts) == len(titles):
                    lines[col] = parts  # "Kharkiv↵Dnipro↵Lviv" beside them: each project's own
        for col, parts in lines.items():
            row[col] = parts[0]
        found[index] = lines
        cells = ", ".join(state.cell(index, col) for col in sorted(lines))
        state.issue(
            "info",
            "layout",
            f"row {state.row_number(index)} holds {len(titles)} projects typed into one row, a line each in "
            f"{cells}: each line is read as a project of its own",
            index,
            title_col,
        )
    return found


def _currencies_named(value) -> list[str]:
    """The currencies a currency cell names when it names two or more ("EUR, UAH", "EUR / UAH", "EUR + UAH"); else
    an empty list.

    Examples
    --------
    >>> _currencies_named("EUR, UAH"), _currencies_named("EUR"), _currencies_named("євро / грн")
    (['EUR', 'UAH'], [], ['EUR', 'UAH'])
    """
    text = clean_text(value)
    if not text or not _CURRENCIES_APART.search(text):
        return []
    named = []
    for piece in _CURRENCIES_APART.split(text):
        try:
            code = parse_currency(piece)
        except ValueProblem:
            return []
        if code is None:
            return []
        named.append(code)
    return named if len(set(named)) >= 2 else []


_CURRENCIES_APART = re.compile(r"\s*[,;/+&]\s*|\s+(?:and|і|и|та)\s+")


def _sums_per_currency(state: SheetState, rows: list[list], first: int, skip) -> dict[int, dict]:
    """Rows whose money cells add sums in several currencies ("DKK 2 000 000 + € 150 000" | "DKK 800 000 +
    € 60 000", "NOK 6 000 000 (Norway) + SEK 5 000 000 (Sweden)"): a project per currency, each with its sums.

    Every money cell of such a row that is filled adds sums in the same currencies in the same order; the row
    is then read with the first sum in each cell, and the others are returned (row -> ``cols``: column -> the
    cell's sums; ``whose``: the words in brackets naming each sum's donor, or None) for :func:`_currency_lines`.
    A row with a money cell of one currency beside such a cell is left as it is (its cells' errors said).
    """
    money = [c for c in (state.fields.get("amount"), *state.yearly) if c is not None]
    currency_col = state.fields.get("currency")
    found: dict[int, dict] = {}
    # the cheap test first, column by column: the rows where a money cell joins two sums (most join none)
    joined = {
        index
        for c in money
        for index in range(first, len(rows))
        if c < len(rows[index]) and isinstance(v := rows[index][c], str) and SUMS_JOINED.search(v)
    }
    for index in sorted(joined):
        row = rows[index]
        if index in skip:
            continue
        if any(
            isinstance(v, str) and TOTAL_ROW.match(v.strip().lower()) for v in row
        ):  # "Итого по странице: | 530 000 EUR; 4 800 000 PLN": a total, not a project
            continue
        cols: dict[int, list] = {}
        # "EUR, UAH" in the currency column: the partner pays in both, its hryvnia no co-financing of Ukraine's
        named = _currencies_named(cell_value(row, currency_col)) if currency_col is not None else []
        for col in money:
            value = cell_value(row, col)
            if value is None or not isinstance(value, str) or not value.strip():
                continue
            parts = currency_parts(value, hryvnia="UAH" in named)
            if parts and any(
                a.currency == "UAH" and w and (UKRAINE_PAYS.search(w) or COFINANCING.search(w))
                for a, w in parts
            ):
                parts = currency_parts(
                    value
                )  # "… UAH (співфінансування МВС)": Ukraine's co-funding, as before
            if parts is None:
                if not any(ch.isdigit() for ch in value):
                    continue  # "–", "n/a": no sum
                cols = {}
                break
            cols[col] = parts
        if not cols:
            continue
        currencies = {tuple(a.currency for a, _ in parts) for parts in cols.values()}
        if len(currencies) != 1:
            continue
        whose = next(iter(cols.values()))
        whose = [next((p[k][1] for p in cols.values() if p[k][1]), None) for k in range(len(whose))]
        for col, parts in cols.items():
            row[col] = f"{parts[0][0].currency} {parts[0][0].value:.2f}"
        if named and set(named) == set(next(iter(currencies))):
            row[currency_col] = next(iter(currencies))[0]  # each project in its own currency
        found[index] = {"cols": cols, "whose": whose}
        amount_col = state.fields.get("amount")
        where = amount_col if amount_col in cols else min(cols)
        state.issue(
            "info",
            "amount",
            f"row {state.row_number(index)}: the money cells add sums in {len(whose)} currencies "
            f"({', '.join(next(iter(currencies)))}): one project per currency, each with its sums",
            index,
            where,
        )
    return found


def _currency_lines(state: SheetState, rec: dict, found: dict) -> None:
    """The other currencies' projects of a row adding sums in several currencies (:func:`_sums_per_currency`), kept
    on the first one's record as ``_more_lines`` (its title, amount, years, currency and donor) for the build. Each
    sum is scaled as the first sum of its cell was read (the column's unit)."""
    cols, whose = found["cols"], found["whose"]
    amount_col = state.fields.get("amount")
    years = yearly_values(rec.get("yearly_amounts"))

    def scaled(col: int | None, k: int, read: float | None) -> float | None:
        if col not in cols or read is None or not cols[col][0][0].value:
            return None
        return round(cols[col][k][0].value * read / cols[col][0][0].value, 2)

    donors = [funder_named(w) for w in whose]
    partner_col = state.fields.get("partner")
    named = (
        funders_named(cell_value(state.grid.rows[rec["_index"]], partner_col))
        if partner_col is not None
        else []
    )
    if None in donors and len(named) == len(donors):
        # "Denmark / Sweden" beside "DKK 3 mill. (DK) + SEK 2,5 mill. (SE)": each sum the funder named in its place
        donors = [d or named[k] for k, d in enumerate(donors)]
        n = state.row_number(rec["_index"])
        state.issues[:] = [
            i
            for i in state.issues
            if not (i.get("row") == n and i["kind"] == "partner" and "without their shares" in i["message"])
        ]
        state.issue(
            "info",
            "partner",
            f"row {n}: the partner cell names {len(named)} funders ({', '.join(named)}) and the money cells a sum in "
            f"each of {len(named)} currencies: each sum credited to the funder named in its place",
            rec["_index"],
            partner_col,
        )
    if donors[0]:
        rec["partner"], rec["partner_from"] = donors[0], "column"
    more = []
    for k in range(1, len(whose)):
        part: dict = {
            "title": rec.get("title"),
            "years": {},
            "currency": next(iter(cols.values()))[k][0].currency,
        }
        part["amount"] = scaled(amount_col, k, rec.get("amount"))
        for col, year in state.yearly.items():
            if (value := scaled(col, k, years.get(year))) is not None:
                part["years"][year] = value
        if donors[k] is not None:
            part["partner"] = donors[k]
        more.append(part)
    rec["_more_lines"] = more


def _more_lines(state: SheetState, rec: dict, lines: dict[int, list], index: int) -> None:
    """The projects of a row's further lines (see :func:`_several_projects_in_rows`), kept on the first one's
    record (``_more_lines``: title and, where read, amount and years), to be made projects by the build. Each
    line's sums take the first line's unit and currency: scaled as the first line's sum was read."""
    title_col = state.fields.get("title")
    amount_col = state.fields.get("amount")
    years = yearly_values(rec.get("yearly_amounts"))

    def scaled(col: int | None, line: int, read: float | None) -> float | None:
        if col is None or col not in lines or read is None:
            return None
        first, this = _money_cell(lines[col][0]), _money_cell(lines[col][line])
        return None if not first or this is None else round(this * read / first, 2)

    more = []
    for line in range(1, len(lines[title_col])):
        part: dict = {"title": lines[title_col][line], "years": {}}
        if amount_col in lines:
            part["amount"] = scaled(amount_col, line, rec.get("amount"))
        for col, year in state.yearly.items():
            if col in lines and (value := scaled(col, line, years.get(year))) is not None:
                part["years"][year] = value
        more.append(part)
    rec["_more_lines"] = more


def _later_responses(state: SheetState, result: SheetResult) -> None:
    """Keep the latest of a form's responses about one project, drop the others.

    A form's export ("Timestamp", "Completion time") holds a row per response: a partner who corrects an answer
    sends the project again. Rows alike in title, partner, implementer, year and budget line, whose agencies
    overlap (or are not said), are one project's responses: the one sent last is the project (by its time when
    every one's time is read, else by its row), each earlier one is skipped and said, with the row that replaced
    it. Rows differing in any of these, or for agencies apart, are different projects (a joint programme's
    implementers, a purchase for each agency, a project's years).
    """
    sent = [rec.pop("_submitted", None) for rec in result.records]
    days = [m.group(0) for v in sent if isinstance(v, str) and (m := _LEADING_DAY.match(v.strip()))]
    order = date_order(days)[0] if days else None  # "11/2/2021" beside "10/30/2021": month first
    groups: dict[tuple, list[tuple]] = {}
    for k, rec in enumerate(result.records):
        title = normalise_key(rec.get("title") or "")
        if title:
            key = (
                title,
                rec.get("partner") or "",
                rec.get("implementer") or "",
                rec.get("_amount_year"),
                rec.get("_line"),
            )
            groups.setdefault(key, []).append((_sent_at(sent[k], order), k, rec))
    replaced: dict[int, dict] = {}
    for rows in groups.values():
        if len(rows) < 2:
            continue
        timed = all(when is not None for when, _, _ in rows)
        rows.sort(key=lambda r: (r[0], r[1]) if timed else r[1])
        for i, (_, _, earlier) in enumerate(rows):
            later = next((rec for _, _, rec in rows[i + 1 :] if _same_agencies(earlier, rec)), None)
            if later is not None:
                replaced[id(earlier)] = later
    if not replaced:
        return
    kept = []
    for rec in result.records:
        later = replaced.get(id(rec))
        while later is not None and id(later) in replaced:
            later = replaced[id(later)]
        if later is None:
            kept.append(rec)
            continue
        title = rec.get("title") or ""
        snippet = title if len(title) <= 60 else title[:57] + "…"
        state.issue(
            "warning",
            "duplicate",
            f"row {rec['source_row']} is an earlier response of the form about '{snippet}': row "
            f"{later['source_row']}, sent later, replaces it; only the later response is counted",
            rec["_index"],
            state.fields.get("title"),
        )
        result.counts["rows_loaded"] -= 1
        result.counts["rows_skipped"] += 1
    result.records[:] = kept


def _sent_at(value, order: str | None):
    """When a response was sent, as sortable text (None when its cell cannot be read)."""
    if isinstance(value, datetime):
        return value.isoformat()
    if not isinstance(value, str):
        return None
    day = _LEADING_DAY.match(value.strip())
    try:
        found = parse_date(day.group(0), order=order) if day else None
    except ValueProblem:
        return None
    if found is None:
        return None
    clock = _CLOCK.search(value)
    if clock is None:
        return f"{found.isoformat()}T00:00:00"
    hours = int(clock[1])
    if clock[4]:  # a 12-hour clock
        hours = hours % 12 + (12 if clock[4].lower() == "pm" else 0)
    return f"{found.isoformat()}T{hours:02d}:{clock[2]}:{clock[3] or '00'}"


#: A time of day ("09:02:11", "9:12:40 AM"): hours, minutes, seconds, and the half of a 12-hour clock.
_CLOCK = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?")
#: The day a response's time starts with ("15.11.2021 09:02:11", "2021/11/15 9:12:40 AM GMT+2", "11/2/2021 10:05").
_LEADING_DAY = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")


def _same_agencies(earlier: dict, later: dict) -> bool:
    """Whether two responses are about the same agencies: theirs overlap, or one of them names none."""
    a = set(filter(None, (earlier.get("beneficiaries") or "").split(";")))
    b = set(filter(None, (later.get("beneficiaries") or "").split(";")))
    return not a or not b or bool(a & b)


def _beyond_the_table(state: SheetState, row: list, cleaned: tuple, index: int, width: int) -> None:
    """A warning for the cells of a row right of the table's last column."""
    extra = [c for c in range(width, len(row)) if cleaned[c]]
    cells = ", ".join(state.cell(index, c) for c in extra[:5]) + (" …" if len(extra) > 5 else "")
    state.issue(
        "warning",
        "header",
        f"row {state.row_number(index)} has values beyond the table's last column ({cells}); "
        "they have no header and were not loaded",
        index,
        extra[0],
    )


_YEAR_SHARE = re.compile(r"((?:19|20)\d{2})\s*[:=\-–—]?\s*(\d{1,3}(?:[.,]\d+)?)\s*%")


def _shares_of_years(cells: RowCells, rec: dict) -> None:
    """The amount split over years by a cell of percentages ("2021: 40%; 2022: 60%"), when they add up to 100 %.

    The yearly amounts are the amount times each year's share; the shares' cell is named ``yearly_amounts``.
    Shares that do not add up to 100 % are not used, and said (the amount is then spread over the dates).
    """
    state, col = cells.state, cells.state.shares_col
    text = clean_text(cell_value(cells.row, col))
    if not text:
        return
    given = _YEAR_AMOUNT.findall(text) if "%" not in text else []
    if given and not any(_YEAR_CELL.fullmatch(v.strip()) for _, v in given):  # "2021: 400 000; 2022: 600 000"
        _sums_of_years(cells, rec, text, given)
        return
    shares = {int(y): float(p.replace(",", ".")) for y, p in _YEAR_SHARE.findall(text)}
    if shares and abs(sum(shares.values()) - 100) <= 0.5:
        amount = rec["amount"]
        rec["yearly_amounts"] = yearly_text(
            {y: round(amount * p / 100, 2) for y, p in sorted(shares.items())}
        )
        cells.names["yearly_amounts"] = state.cell_in_row(cells.index, cells.n, col)
    else:
        state.issue(
            "warning",
            "amount",
            f"row {cells.n}: the split over years '{text}' "
            + (
                f"adds up to {sum(shares.values()):g} %, not 100 %"
                if shares
                else "names no year with a percentage"
            )
            + "; not used (the amount is spread over the project's dates)",
            cells.index,
            col,
        )


#: A year and its sum in a cell of the budget by year: "2021: 400 000", "2022 р. – 1,2 млн".
_YEAR_AMOUNT = re.compile(
    r"((?:19|20)\d{2})(?:\s*(?:р|рік|г|год)\.?)?\s*[:=–—-]\s*([^;:\n]*?\d[^;\n]*?)(?=\s*(?:[;\n]|,\s*(?:19|20)\d{2}\b|$))"
)


def _sums_of_years(cells: RowCells, rec: dict, text: str, given: list) -> None:
    """The yearly amounts a budget-by-year cell gives ("2021: 400 000; 2022: 600 000"), when they add up to the
    amount (within rounding); otherwise said and not used (the amount is spread over the project's dates)."""
    state, col = cells.state, cells.state.shares_col
    sums: dict[int, float] = {}
    for year, written in given:
        try:
            parsed = parse_amount(written)
        except ValueProblem:
            parsed = None
        if parsed is None:
            sums = {}
            break
        sums[int(year)] = sums.get(int(year), 0.0) + parsed.value * state.header.columns[col].scale
    amount, total = rec["amount"], round(sum(sums.values()), 2)
    if sums and abs(total - amount) <= max(1.0, 0.005 * amount):
        rec["yearly_amounts"] = yearly_text({y: round(v, 2) for y, v in sorted(sums.items())})
        cells.names["yearly_amounts"] = state.cell_in_row(cells.index, cells.n, col)
        return
    state.issue(
        "warning",
        "amount",
        f"row {cells.n}: the budget by year '{text}' "
        + (f"adds up to {total:,.2f}, not the amount {amount:,.2f}" if sums else "gives no sum for a year")
        + "; not used (the amount is spread over the project's dates)",
        cells.index,
        col,
    )


#: A year in a year column ("2021", "2021 р."), or a top-up of it ("2021 (supplemental)"; "2021 (cancelled)" is no
#: year's money).
_YEAR_CELL = re.compile(
    r"((?:19|20)\d{2})(?:\s*(?:р|рік|г|год)\.?)?"
    r"(?:\s*\((?:supplement\w*|additional|top[- ]?up|додатков\w*|дополнительн\w*|доп\.)\))?",
    re.IGNORECASE,
)
#: A fiscal year in a year column: "2021/22", "2021-22", "FY2021/22", "FY21/22", "FY2021", "FY21".
_FISCAL_CELL = re.compile(
    r"(?:fy\s*'?)?(?P<start>(?:20)?\d{2})\s*[/-]\s*(?P<end>(?:20)?\d{2})|fy\s*'?(?P<named>(?:20)?\d{2})",
    re.IGNORECASE,
)


def _fiscal_span(
    value, partner: str | None, period: bool = False
) -> tuple[tuple[dt.date, dt.date] | None, bool]:
    """The days of the fiscal year a cell names ("2021/22", "FY2021", "FY21/22"), by the partner's fiscal year
    (``partners.csv``), and whether they were guessed: a split year of a partner whose fiscal year is not known
    runs April to March, as most written so do. (None, False) for anything else, or for "FY2021" of a partner
    whose fiscal year is not known.

    Examples
    --------
    >>> _fiscal_span("FY2021/22", "UK"), _fiscal_span("FY2021", "USA")[0][0], _fiscal_span("2021/22", None)[1]
    (((datetime.date(2021, 4, 1), datetime.date(2022, 3, 31)), False), datetime.date(2020, 10, 1), True)
    >>> _fiscal_span("FY2021", None), _fiscal_span("2021-23", "UK")
    ((None, False), (None, False))
    >>> _fiscal_span("FY21-22", "USA", period=True)  # the USA names its years by their end: two of them
    ((datetime.date(2020, 10, 1), datetime.date(2022, 9, 30)), False)
    """
    found = _FISCAL_CELL.fullmatch(value.strip()) if isinstance(value, str) else None
    if found is None:
        return None, False
    if found["named"]:
        return partner_fiscal_year(partner, 2000 + int(found["named"]) % 100), False
    start, end = 2000 + int(found["start"]) % 100, 2000 + int(found["end"]) % 100
    if end != start + 1:
        return None, False  # "2021-23": years, not one fiscal year
    span = split_fiscal_year(partner, start)
    if span is not None and span[0].year != start:
        last = split_fiscal_year(partner, end)
        if period:  # a partner naming its years by their end (the USA) writes "FY21-22" for two of them
            return ((span[0], last[1]) if last else None), False
        return (last if last and last[0].year == start else None), False  # a year column's "2021/22": FY2022
    if span is not None:  # the fiscal year starting in the first year ("2021/22" of the UK)
        return span, False
    return (dt.date(start, 4, 1), dt.date(end, 3, 31)), True


#: A period cell of fiscal years: "FY2021/22", "FY21/22 – FY22/23", "FY2021-FY2023", "FY 2021".
_FISCAL_PERIOD = re.compile(
    r"(?P<first>fy\s*'?\d{2,4}(?:\s*/\s*\d{2,4}|-\d{2}(?!\d))?)"
    r"(?:\s*(?:[-–—]|to|till|until|до|по)\s*(?P<last>(?:fy\s*'?)?\d{2,4}(?:\s*/\s*\d{2,4}|-\d{2}(?!\d))?))?",
    re.IGNORECASE,
)


def _fiscal_period(
    state: SheetState, text: str, partner: str | None, index: int, col: int | None
) -> tuple | None:
    """The days a period cell of fiscal years covers ("FY2021/22" of the UK: 01.04.2021–31.03.2022), from the
    first day of its first fiscal year to the last of its last, said at the cell; None when the cell is not one
    or a fiscal year of it cannot be placed (the partner's fiscal year is not known for "FY2021")."""
    found = _FISCAL_PERIOD.fullmatch(clean_text(text) or "")
    if found is None:
        return None
    last = found["last"] or found["first"]
    if found["last"] and not last.lower().startswith("fy"):
        last = "FY" + last
    (first_span, guessed), (last_span, guessed_last) = (
        _fiscal_span(t, partner, period=True) for t in (found["first"], last)
    )
    if first_span is None or last_span is None or last_span[1] < first_span[0]:
        return None
    how = (
        "read as April to March (the fiscal year of "
        f"{partner or 'the partner'} is not known: partners.csv, fiscal_year)"
        if guessed or guessed_last
        else f"{partner}'s fiscal year{'s' if found['last'] else ''}"
    )
    state.issue(
        "warning" if guessed or guessed_last else "info",
        "date",
        f"row {state.row_number(index)}: the period '{clean_text(text)}' is {how}: "
        f"{first_span[0]:%d.%m.%Y}–{last_span[1]:%d.%m.%Y}",
        index,
        col,
    )
    return first_span[0], last_span[1]


#: Two years written the way a fiscal year is ("2021-22", "2021/22"): the second with two digits, the next year.
_SPLIT_YEAR = re.compile(r"(20\d{2})\s*[-/–]\s*(\d{2})")


def _split_year_said(state: SheetState, text, partner: str | None, index: int, col: int | None) -> None:
    """Warn where a period "2021-22" of a partner with a fiscal year of its own (``partners.csv``) is read as the
    calendar years 2021–2022: it may be the partner's fiscal year 2021/22."""
    found = _SPLIT_YEAR.fullmatch(clean_text(text) or "") if isinstance(text, str) else None
    if found is None or int(found[2]) != (int(found[1]) + 1) % 100:
        return
    span, guessed = _fiscal_span(text, partner)
    if span is None or guessed or (span[0].month, span[0].day) == (1, 1):
        return
    state.issue(
        "warning",
        "date",
        f"row {state.row_number(index)}: the period '{clean_text(text)}' is read as the calendar years "
        f"{found[1]}–20{found[2]}; if it is {partner}'s fiscal year ({span[0]:%d.%m.%Y}–{span[1]:%d.%m.%Y}), "
        f"write 'FY{found[1]}/{found[2]}'",
        index,
        col,
    )


def _fiscal_year_of(state: SheetState, value, partner: str | None, index: int) -> tuple | None:
    """The days of the fiscal year a year column's cell names ("2021/22", "FY2021"), by the partner's fiscal year
    (:func:`_fiscal_span`); a split year of a partner whose fiscal year is not known runs April to March (said
    once). None for anything else, or "FY2021" of a partner whose fiscal year is not known."""
    span, guessed = _fiscal_span(value, partner)
    if not guessed:
        return span
    if not state.fiscal_guessed:
        state.fiscal_guessed = True
        state.issue(
            "warning",
            "years",
            f"the year column gives fiscal years ('{value.strip()}'), but the fiscal year of {partner or 'the partner'} "
            "is not known (partners.csv, fiscal_year): each is read as April to March",
            index,
            state.year_col,
        )
    return span


def _year_of(value) -> int | None:
    """The year a cell names (2021, 2021.0, "2021", "2021 р."), None for anything else.

    Examples
    --------
    >>> _year_of(2021.0), _year_of("2022 р."), _year_of("2021-2022"), _year_of(None)
    (2021, 2022, None, None)
    >>> _year_of("2021 H1"), _year_of("II півріччя 2021 р."), _year_of("Q3 2021"), _year_of("H3 2021")
    (2021, 2021, 2021, None)
    >>> _year_of("2021 (supplemental)"), _year_of("2021 р. (додатково)")  # a top-up of the year: the year's
    (2021, 2021)
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        year = int(value) if float(value).is_integer() else None
    elif isinstance(value, str) and (m := _YEAR_CELL.fullmatch(value.strip())):
        year = int(m[1])
    elif isinstance(value, str) and (part := year_part(re.sub(r"[()]", " ", value))) and part[0]:
        year = part[0]  # "2021 H1", "2021 (I півріччя)": a part of 2021
    else:
        return None
    return year if year is not None and config.VALID_YEARS[0] <= year <= config.VALID_YEARS[1] else None


def _repeat_probe(header: Header) -> tuple[int, tuple[str, ...]] | None:
    """A column and its header texts: a data row repeating the header has one of them there (a cheap first test):
    a two-line label's own line, or its first (a page repeating a header of two lines repeats both)."""
    for col in sorted(header.columns):
        label = header.labels.get(col)
        if label:
            lines = label.split(" / ")
            return col, (lines[-1].lower(), lines[0].lower())
    return None


#: Words a title's rest on the next row may open with: prepositions and conjunctions.
_LINKING_WORDS = frozenset(
    "on in at of for to with and or from by between within across along into under "
    "в у на з із зі для та і й до по при від між через щодо "
    "во со для и или от между через при по к".split()
)


def _merged_below(state: SheetState) -> set[tuple[int, int]]:
    """The cells below the first row of a merged range (whose value the reader copies down)."""
    if state.merged_below is None:
        state.merged_below = {
            (r, c0) for (r0, c0), (r1, _) in state.grid.merged for r in range(r0 + 1, r1 + 1)
        }
    return state.merged_below


#: A line giving the status of the project above it: "Стан: відкликано донором", "Status: ongoing", "Состояние: …".
_STATUS_LINE = re.compile(
    r"\s*(?:стан|статус|стан реалізації|status|state|состояние|статус реализации)\s*[:：]\s*(?P<status>.+)",
    re.IGNORECASE,
)


def _donor_level_row(
    state: SheetState, cleaned: list, texts: list[tuple[int, str]], index: int, n: int
) -> bool:
    """Whether a row of a column of levels ("Донор / проект / захід") names a donor, perhaps with the sum of its
    projects ("США | 1 300 000"): the donor of the rows below it, said; its figures no project's."""
    col = state.fields.get("title")
    if col is None or not donor_levels(state.header.labels.get(col)):
        return False
    title = cell_value(cleaned, col)
    if not title or not is_known_partner(title.strip(" .")):
        return False
    describing = ("start_date", "end_date", "period", "status", "beneficiaries", "implementer")
    if any((c := state.fields.get(f)) is not None and cell_value(cleaned, c) for f in describing):
        return False
    partner = canonical_partner(title.strip(" ."))
    state.group_partner = (partner, state.cell(index, col))
    state.bare_country_heading = False
    state.issue(
        "info",
        "partner",
        f"row {n} names the partner of the rows below it ('{title}'): {partner}"
        + (", with their sum (not counted again)" if len(texts) > 1 else ""),
        index,
        col,
    )
    return True


def _status_line(state: SheetState, texts: list[tuple[int, str]], index: int, n: int) -> bool:
    """Whether a row of one text, right under a project's row, gives that project's status ("Стан: відкликано
    донором"): the project takes it where it has none of its own, said; the row is no project."""
    if len(texts) != 1 or state.last_record is None or state.last_record[0] != index - 1:
        return False
    if (line := _STATUS_LINE.fullmatch(texts[0][1])) is None:
        return False
    said = parse_status(line["status"])
    rec = state.last_record[1]
    if said not in STATUSES or not isinstance(rec, dict):
        return False
    col = texts[0][0]
    own = rec.get("status")
    if own and own != said:
        state.issue(
            "warning",
            "status",
            f"row {n} gives the status of the project above ('{texts[0][1][:80]}'), but its own status cell says "
            f"'{own}', which is what is counted",
            index,
            col,
        )
        return True
    rec["status"] = said
    cells = [p for p in (rec.get("source_cells") or "").split(";") if p and not p.startswith("status=")]
    rec["source_cells"] = ";".join([*cells, f"status={state.cell(index, col)}"])
    state.issue(
        "info",
        "status",
        f"row {n} gives the status of the project above ('{texts[0][1][:80]}'): {said}",
        index,
        col,
    )
    return True


def _read_row(state: SheetState, row: list, cleaned: list, index: int, seen_total: bool):
    """What one non-blank row below the header is: "total", "skipped", "components follow", "rejected" or a
    project record."""
    texts = [(c, t) for c, t in enumerate(cleaned) if t]
    # "Разом проти насильства" (Together against violence) is a project: a row with a code, dates or an agency is one
    has_identity = any((v := cleaned[c]) and not TOTAL_ROW.match(v.lower()) for c in state.identity_cols)
    n = state.row_number(index)
    if texts and all(cell in _merged_below(state) for cell in ((index, c) for c, _ in texts)):
        # every cell it holds is a merged cell's value from the row above ("весь період" and a blank row under it)
        state.issue(
            "info", "merged", f"row {n} only continues the merged cells of the rows above; skipped", index
        )
        return "skipped"
    if state.grid.merged and any(
        c not in state.header.columns and (index, c) in _merged_below(state) for c, _ in texts
    ):
        # a block merged down beside the table (a cover note in A2:F24 left of it): none of the row's cells
        cleaned = [
            None if c not in state.header.columns and (index, c) in _merged_below(state) else v
            for c, v in enumerate(cleaned)
        ]
        texts = [(c, t) for c, t in enumerate(cleaned) if t]
    outcome = _table_furniture(state, row, cleaned, index, n, texts, has_identity, seen_total)
    if outcome:
        return outcome
    if _status_line(state, texts, index, n):  # "Стан: відкликано донором" under a project's row: its status
        return "skipped"
    if _donor_level_row(state, cleaned, texts, index, n):  # "США | 1 300 000" in "Донор / проект / захід"
        return "skipped"
    if (
        len(texts) == 2
        and _ROW_NUMBER.fullmatch(texts[0][1])
        and not has_identity
        and only_agencies(heading := texts[1][1], parse_beneficiaries)
    ):  # "4. | Державна міграційна служба України": a numbered section's heading, with or without projects under it
        state.issue(
            "warning",
            "heading",
            f"row {n} has only the number '{texts[0][1]}' and the text '{heading[:80]}' and no amount, dates or "
            "partner: taken as a section heading, not a project",
            index,
            texts[1][0],
        )
        return "skipped"
    if (
        len(texts) == 2
        and (_ROW_NUMBER.fullmatch(texts[0][1]) or _ROMAN_NUMBER.fullmatch(texts[0][1]))
        and not has_identity
        and texts[1][0] not in state.numeric_cols
        and _partner_heading(state, index, n, *texts[1])
    ):  # "1. | Уряд Королівства Данія" over "1.1. | …" and "1.2. | …": a numbered section of a donor's projects
        return "skipped"
    if _a_signature(texts):  # "Директор Департаменту … | Ю.В. Левченко": the letter's signature block
        state.issue(
            "info",
            "note",
            f"row {n} is a signature (a position and a name: '{texts[-1][1][:40]}'); skipped",
            index,
        )
        return "skipped"
    if state.year_col is not None and _not_a_commitment(state, cleaned, index, n):
        return "skipped"
    code_text = cell_value(cleaned, state.fields.get("project_id"))
    code_marked = component_marker(code_text) == ""  # "incl." in the Ref. column: a component, and no code
    if code_marked:
        code_text = None
    title_text = cell_value(cleaned, state.fields.get("title"))
    marked = component_marker(title_text if title_text else (texts[0][1] if len(texts) == 1 else None))
    # "incl." alone in the № or Ref. column where the row's number or code would be
    number_marked = code_marked or component_marker(cell_value(cleaned, state.number_col)) == ""
    if (
        number_marked and marked is None and state.under_total
    ):  # "incl. | National Police" right under "Total"
        marked = title_text or ""
    if marked is not None and (seen_total or not marked):
        if seen_total:
            state.issue(
                "info",
                "note",
                f"row {n} breaks down the totals row above ('{texts[0][1][:60]}'); skipped",
                index,
            )
            return "skipped"
        if not has_identity and len(texts) <= 2:
            state.issue(
                "info", "programme", f"row {n} introduces the components of the project above; skipped", index
            )
            return "components follow"
    if marked:
        title_text = marked
    elif marked == "" and title_text and component_marker(title_text) == "":
        title_text = None  # "у тому числі: | ЄС | євро | 5 400 | 1 800": a part of the project above, no title of its own
    if (
        state.figures_col is not None
        and FACT_WORDS.fullmatch(cleaned[state.figures_col] or "")
        and (not title_text or plain_title(title_text) == plain_title(state.last_title))
    ):
        state.issue(
            "info",
            "figures",
            f"row {n} gives the actual figures ('{cleaned[state.figures_col]}') of the project planned on the row "
            "above: not counted (a project's plan is its commitment)",
            index,
            state.figures_col,
        )
        return "skipped"
    state.last_title = title_text
    # "| | | | | Laptops | 40 | 1,400.00 | 56,000.00" under a project's row of items: another of its items
    item_of = _item_line_of(state, cleaned, index, title_text, code_text, seen_total)
    if item_of is not None:
        rec = _project(state, row, cleaned, index, n, item_of["title"], item_of.get("code"))
        for key in ("partner", "partner_from", *DESCRIBING_FIELDS, "currency"):
            if not rec.get(key) and item_of.get(key):
                rec[key] = item_of[key]
        state.issues[:] = [
            i
            for i in state.issues
            if not (
                i["row"] == n and i["message"] in (f"row {n}: no start or end date", f"row {n}: no amount")
            )
        ]
        item_of.setdefault("_line", _item_name(state, state.grid.rows[item_of["_index"]]) or "")
        rec["_line"] = _item_name(state, cleaned) or f"row {n}"
        state.issue(
            "info",
            "amount",
            f"row {n} gives no title: another item of the project above ('{str(item_of['title'])[:60]}'), its value "
            "added to the project's",
            index,
        )
        state.last_record = (index, item_of)  # the next item belongs to the same project
        return rec
    # "| | … | 2021 | ADD | 350 000" under a project's row: that project's row for a year
    year_of = _year_line_of(state, cleaned, index, title_text, code_text, seen_total)
    if year_of is not None:
        rec = _project(state, row, cleaned, index, n, year_of["title"], year_of.get("code"))
        for key in ("partner", "partner_from", *DESCRIBING_FIELDS, "currency"):
            if not rec.get(key) and year_of.get(key):
                rec[key] = year_of[key]
        state.issue(
            "info",
            "years",
            f"row {n} gives no title: a row for another year of the project above ('{str(year_of['title'])[:60]}'), "
            "with its cells",
            index,
            state.year_col,
        )
        state.last_record = (index, rec)
        return rec
    if state.annual_cols is not None and _annual_row(
        state, row, cleaned, index, n, title_text, code_text, seen_total
    ):
        return "skipped"  # "| | | 2021 | 600 000 |" under a project: that year's money, added to it
    if (agency_of := _agency_line_of(state, cleaned, index, title_text, code_text, seen_total)) is not None:
        return _agency_line(state, row, cleaned, index, n, agency_of)
    if index in state.breakdown_rows:
        state.issue(
            "info",
            "amount",
            f"row {n} gives no title, an agency and money: one of the rows breaking the project above down by agency "
            "(they add up to its amount), not counted again",
            index,
            state.fields.get("beneficiaries"),
        )
        state.last_record = (index, state.last_record[1])
        return "skipped"
    if (cofunded := _cofunder_titled(state, cleaned, index, title_text, code_text, seen_total)) is not None:
        return _cofunder_line(state, row, cleaned, index, n, *cofunded)
    above = _funder_line_of(state, cleaned, index, title_text, code_text, seen_total)
    currency_line = False
    if above is None and (
        above := _currency_line_of(state, cleaned, index, title_text, code_text, seen_total)
    ):
        currency_line = (
            True  # "| | | | 4 500 000 грн | 3 000 000 грн" under a project in euros: its money in hryvnias
        )
    if above is not None:  # "| | ExB | Canada | 250 000 |" under a project: another funder's line of it
        said = len(state.issues)
        share_line = above.get("_share_line_at") == index
        if share_line or currency_line:  # a part of the project above: its period where the line gives none
            row, cleaned = _with_dates_of(state, row, cleaned, index, above["_index"])
        if share_line:  # "– European Union (90%)": the funder's name, its share being the line's money
            col = state.fields.get("partner")
            cleaned = list(cleaned)
            cleaned[col] = _SHARE_SAID.sub(
                "", component_marker(cleaned[col]) or cleaned[col].lstrip(" -–—•·*")
            )
        rec = _project(state, row, cleaned, index, n, above["title"], None)
        for key in (
            *DESCRIBING_FIELDS,
            "code",
            *(("start_date", "end_date", "status") if currency_line else ()),
        ):
            if not rec.get(key) and above.get(key):
                rec[key] = above[key]
        share = above.pop("_share_line_at", None) == index
        if share:  # a funder's share of the sum on the project's row: a component of it (see programmes)
            rec["_marked"] = True
        in_a_currency = currency_line or (
            not share and component_marker(cell_value(cleaned, state.fields.get("partner"))) is not None
        )
        if in_a_currency:  # the project's own funder, its money in this line's currency
            rec["partner"], rec["partner_from"] = above.get("partner"), above.get("partner_from")
        state.line_of[index] = above
        if rec.get("start_date") or rec.get("end_date"):  # its dates are the project's: none is missing
            state.issues[said:] = [
                i for i in state.issues[said:] if "no start or end date" not in i["message"]
            ]
        state.issue(
            "info",
            "partner",
            (
                f"row {n} gives no title, and money in {rec.get('currency') or 'its currency'}: a line of the project "
                f"above ('{str(above['title'])[:60]}'), its funder ({rec.get('partner')}), dates and status"
                if in_a_currency
                else f"row {n} gives no title, and its own funder ({rec.get('partner')}) and money: another funder's "
                f"line of the project above ('{str(above['title'])[:60]}'), with its dates and status"
            ),
            index,
            state.fields.get("partner"),
        )
        state.last_record = (index, rec)
        return rec
    outcome = _not_a_project(state, row, index, n, texts, seen_total, title_text, code_text, cleaned)
    if outcome:
        return outcome
    if state.country_col is not None and _another_country(state, row, index, n):
        return "skipped"
    rec = _project(state, row, cleaned, index, n, title_text, code_text)
    _money_and_period_in_prose(state, rec, index, n)
    state.last_record = (index, rec)
    # "в т.ч." / "incl." in the title, or alone in the № column where the row's number would be
    # "у т.ч. частка ЄС" in the funder's column, under a co-funded project's row with its sum: a share of it
    funder_marked = state.last_record is not None and (
        component_marker(cell_value(cleaned, state.fields.get("partner"))) is not None
    )
    if marked or number_marked or funder_marked:
        rec["_marked"] = True
    return rec


#: A transaction that commits money (a commitment, its top-up or its reversal), by its words or its code.
_COMMITMENT = re.compile(
    r"commit|obligat|allocat|budget|plan|approved|зобов.язан|обязательств|бюджет|план|затвердж|утвержд"
    r"|^comm?\.?$|^c$|^(?:2|11)(?:\.0)?$",
    re.IGNORECASE,
)
#: Money moving under a commitment: paid, received or spent ("Disbursement", "DISB", IATI's 1, 3, 4 …).
_NOT_COMMITMENT = re.compile(
    r"disburs|expend|payment|paid|incoming funds|receipt|purchase|reimburs|repay|interest|actual|spent|^disb\.?$|^exp\.?$"
    r"|факт|витрачен|израсход"
    r"|виплат|видат|витрат|платіж|надходж|выплат|расход|платеж|поступлен|^(?:[13-9]|1[0234])(?:\.0)?$",
    re.IGNORECASE,
)


def _transaction_kind(text: str, meanings: dict[str, str]) -> str | None:
    """ "commitment", "other" (a disbursement, an expenditure, funds received) or None (not known), for a cell of a
    column of transactions, read through the workbook's code lists ("COMM" -> "Commitment – …")."""
    meaning = meanings.get(text.upper(), text)
    for said in (meaning, text) if meaning != text else (text,):
        if _COMMITMENT.search(said) and not _NOT_COMMITMENT.search(said):
            return "commitment"
        if _NOT_COMMITMENT.search(said):
            return "other"
    return None


def _transaction_column(state: SheetState) -> int | None:
    """The column of a table that says each row's kind of transaction (commitment, disbursement, expenditure).

    When every kind it holds is read (by its words, IATI's codes or the workbook's code lists) and some rows are
    commitments, only those count (:func:`_not_a_commitment`), and a project's commitments for a year are added up
    (a top-up, a reversal); otherwise it is said once, and a project's rows for the same year are not added up
    (a disbursement would count a commitment's money twice)."""
    if state.transaction_col is False:
        col = next(
            (c for c, m in sorted(state.header.columns.items()) if m.field == "transaction_type"), None
        )
        state.transaction_col = col
        if col is None:
            return None
        meanings = {
            code: meaning[0] for table in state.code_lists.values() for code, meaning in table.items()
        }
        cells = {
            t for row in state.grid.rows[state.header.row + 1 :] if (t := clean_text(cell_value(row, col)))
        }
        kinds = {t: _transaction_kind(t, meanings) for t in sorted(cells)}
        unread = [t for t, kind in kinds.items() if kind is None]
        if unread or "commitment" not in kinds.values():
            shown = ", ".join(f"'{t}'" for t in (unread or sorted(kinds))[:4])
            state.issue(
                "warning",
                "years",
                f"column '{state.header.labels.get(col)}' gives each row's kind of transaction, which this tool could not "
                f"read ({shown}): every row is counted, and a project's rows for the same year were not added up (the "
                "first is counted); check its amounts",
                None,
                col,
            )
        else:
            state.transaction_kinds = kinds
    return state.transaction_col  # type: ignore[return-value]


def _not_a_commitment(state: SheetState, cleaned: list, index: int, n: int) -> bool:
    """Whether a row of a table of transactions moves money under a commitment (a disbursement, an expenditure,
    funds received): said and not counted, the commitments being the project's money."""
    col = _transaction_column(state)
    if col is None or state.transaction_kinds is None:
        return False
    text = cell_value(cleaned, col)
    if not text or state.transaction_kinds.get(text) != "other":
        return False
    state.issue(
        "info",
        "amount",
        f"row {n} is a transaction under a commitment ('{text}': paid, received or spent), not a commitment: not "
        "counted (a project's money is what is committed)",
        index,
        col,
    )
    return True


#: The cells that describe a project beside its title and money: what a row continuing it (another funder's line,
#: another year's row) or a sheet describing it by code (build._described_by_code) gives the rows that say none.
DESCRIBING_FIELDS = ("start_date", "end_date", "status", "beneficiaries", "implementer", "description")


def _year_line_of(
    state: SheetState, cleaned: list, index: int, title_text, code_text, seen_total
) -> dict | None:
    """The project a row gives another year of, in a table with a row per project and year where only a
    project's first row holds its cells ("| | | 2021 | ADD | 350 000" under "ACT-1 | Towers | … | 2020 | INI |
    700 000"): a row with no title or code right under a project's row (or under another such row), with a year
    and an amount; else None."""
    if state.year_col is None or not _untitled_under_a_project(
        state, index, title_text, code_text, seen_total
    ):
        return None
    if not _a_year_line(state, cleaned):
        return None
    # another year than the row above's (a total or a running sum under a project repeats its year), unless the row
    # above is such a line too ("2021 INI" then "2021 ADD")
    above_row = state.grid.rows[index - 1] if index >= 1 else []
    if (
        index - 1 not in state.year_line_rows
        and _year_of(cell_value(above_row, state.year_col)) == _year_of(cell_value(cleaned, state.year_col))
        and not _another_line(state, above_row, cleaned)
    ):
        return None
    if not _year_lines_from_the_start(state):
        return None
    above = state.last_record[1]
    if not above.get("title"):
        return None
    state.year_line_rows.add(index)
    return above


def _another_line(state: SheetState, above: list, cleaned: list) -> bool:
    """Whether a row of the same year as the row above names another line of it in a column of its own ("2021 | T1"
    then "2021 | T2", a tranche's or a component's label): a cell beside the year's and the money's that both rows
    fill, each differently."""
    money = {c for c, m in state.header.columns.items() if m.field in ("amount", "yearly", "currency")}
    for col in range(min(len(above), len(cleaned))):
        if col == state.year_col or col in money:
            continue
        mine, theirs = cell_value(cleaned, col), clean_text(cell_value(above, col))
        if mine and theirs and mine != theirs:
            # a line's short label ("T2", "Lot 2", "Training"), not a revision, a breakdown or a total
            return all(
                len(t) <= 30 and len(t.split()) <= 3 and not _NOT_A_LINE.search(t) for t in (mine, theirs)
            )
    return False


#: Words of a row that revises, breaks down or sums up the row above rather than giving another line of it.
_NOT_A_LINE = re.compile(
    r"revis|replac|original|initial|amend|correct|updat|plan\b|actual|whole|total|of which|incl|"
    r"уточн|змін|первин|початков|виправ|исправ|изменен|всього|разом|итого|всего|у т\.?\s?ч|в т\.?\s?ч|зокрема|"
    r"в том числе|у тому числі",
    re.IGNORECASE,
)


#: The fields a line of a project's money in another currency leaves empty: it is only money (and a remark).
_CURRENCY_LINE_EMPTY = (
    "partner",
    "implementer",
    "beneficiaries",
    "start_date",
    "end_date",
    "period",
    "status",
    "number",
)


def _currency_line_of(
    state: SheetState, cleaned: list, index: int, title_text, code_text, seen_total
) -> dict | None:
    """The project a row continues with its money in another currency: a row with no title, code, funder, dates or
    status right under a project's row, each of its figures naming one currency other than the project's
    ("| | | | 4 500 000 грн | 3 000 000 грн | | у т.ч. кошти BMZ у грн" under a project in euros); else None."""
    if not _untitled_under_a_project(state, index, title_text, code_text, seen_total):
        return None
    money = [c for c in (state.fields.get("amount"), *state.yearly) if c is not None]
    above = state.line_of.get(state.last_record[0], state.last_record[1])
    if not money or not above.get("title") or not above.get("currency"):
        return None
    if any(
        (c := state.fields.get(f)) is not None and clean_text(cell_value(cleaned, c))
        for f in _CURRENCY_LINE_EMPTY
    ):
        return None
    currencies = set()
    for col in money:
        value = cell_value(cleaned, col)
        if not clean_text(value):
            continue
        try:
            read = parse_amount(value) if isinstance(value, str) else None
        except ValueProblem:
            return None
        if read is None or read.currency is None:
            return None
        currencies.add(read.currency)
    if len(currencies) != 1 or above["currency"] in currencies:
        return None
    return above


#: The fields a line of a project's part for another agency leaves empty: only its agency and money (and a remark).
_AGENCY_LINE_EMPTY = tuple(f for f in _CURRENCY_LINE_EMPTY if f != "beneficiaries")


def _agency_line_of(
    state: SheetState, cleaned: list, index: int, title_text, code_text, seen_total
) -> dict | None:
    """The project a row continues with its part for another agency: a row with no title, code, funder, dates or
    status right under a project's row, naming MIA agencies the project's row does not, with money of its own
    ("Цифровізація … | ГИЗ | ДМС | 800 000 | 250 000" then "| | ДПСУ | 400 000 | 150 000"); else None."""
    if index in state.breakdown_rows:
        return None  # a row of a breakdown found from its first row
    if not _continues_the_project(state, index, title_text, code_text, seen_total):
        return None
    agencies_col = state.fields.get("beneficiaries")
    money = [c for c in (state.fields.get("amount"), *state.yearly) if c is not None]
    above = state.line_of.get(state.last_record[0], state.last_record[1])
    if agencies_col is None or not money or not above.get("title") or not above.get("beneficiaries"):
        return None
    if not any(_own_value(state, cleaned, index, c) for c in money) or any(
        _own_value(state, cleaned, index, state.fields.get(f)) for f in _AGENCY_LINE_EMPTY
    ):
        return None
    codes, unknown = parse_beneficiaries(cell_value(cleaned, agencies_col))
    if not codes or unknown:
        return None
    block = _agency_block(state, index, money)
    if _breaks_down(
        state, above, block
    ):  # "МВС (всього) | 2 000" over "НПУ | 1 200", "НГУ | 500", "ДСНС | 300"
        state.breakdown_rows.update(block)
        return None
    if set(codes) <= set(above["beneficiaries"].split(";")):
        return None
    return above


def _agency_block(state: SheetState, index: int, money: list[int]) -> list[int]:
    """The rows from ``index`` on that give only an agency and money, under a project's row (its title left empty or
    merged down): its parts, or its breakdown, by agency."""
    title_col, agencies_col = state.fields.get("title"), state.fields.get("beneficiaries")
    empty = [state.fields.get(f) for f in _AGENCY_LINE_EMPTY]
    block = []
    for k in range(index, len(state.grid.rows)):
        row = state.grid.rows[k]
        if (
            _own_value(state, row, k, title_col)
            or any(_own_value(state, row, k, c) for c in empty)
            or not any(_own_value(state, row, k, c) for c in money)
            or not parse_beneficiaries(cell_value(row, agencies_col))[0]
        ):
            break
        block.append(k)
    return block


def _breaks_down(state: SheetState, above: dict, block: list[int]) -> bool:
    """Whether the agencies' rows under a project add up to the project's own amount as written (its breakdown by
    agency, counted once), rather than adding parts to it."""
    amount_col = state.fields.get("amount")
    if amount_col is None or not block:
        return False
    above_row = state.grid.rows[above["_index"]]
    written = _figure(cell_value(above_row, amount_col))
    parts = [_figure(cell_value(state.grid.rows[k], amount_col)) for k in block]
    if written is None or not written or None in parts:
        return False
    if abs(sum(parts) - written) <= max(0.5, abs(written) * 0.005):
        return True
    # the project's row says it names the whole ("МВС (всього)", "НПУ, НГУ (всього)"): its agencies' rows under it
    # are a part of its breakdown, never added to it (a bare "МВС" may be the ministry's own part, beside others')
    umbrella = clean_text(cell_value(above_row, state.fields.get("beneficiaries"))) or ""
    return sum(parts) < written and _WHOLE_SAID.search(umbrella) is not None


#: A beneficiary cell naming the whole of what follows: "МВС (всього)", "НПУ, НГУ (всього)", "MIA (total)".
_WHOLE_SAID = re.compile(r"\((?:всього|усього|всего|total|разом|итого)\)", re.IGNORECASE)


def _agency_line(state: SheetState, row: list, cleaned: list, index: int, n: int, above: dict) -> dict:
    """The project above's part for another agency (:func:`_agency_line_of`): a record of its own with the project's
    title, funder, dates and status, marked as that agency's line of it; the build adds its money to the
    project's (``_line_kind`` "agency", see ``build._merged_line``). Said at the row."""
    row, cleaned = _with_dates_of(state, row, cleaned, index, above["_index"])
    rec = _project(state, row, cleaned, index, n, above["title"], None)
    for key in (*DESCRIBING_FIELDS, "code", "start_date", "end_date", "status", "currency"):
        if not rec.get(key) and above.get(key):
            rec[key] = above[key]
    rec["partner"], rec["partner_from"] = above.get("partner"), above.get("partner_from")
    for line in (above, rec):
        if "_line" not in line:
            line["_line"], line["_line_kind"] = line.get("beneficiaries"), "agency"
    state.line_of[index] = above
    state.issue(
        "info",
        "amount",
        f"row {n} gives no title, and another agency ({rec.get('beneficiaries')}) with money of its own: the part "
        f"for it of the project above ('{str(above['title'])[:60]}'), counted in that project",
        index,
        state.fields.get("beneficiaries"),
    )
    state.last_record = (index, rec)
    return rec


#: A row's title that only names a co-funder of the project above: "(co-funding: Denmark)", "Співфінансування – Швеція".
_COFUNDER_TITLE = re.compile(
    r"\(?\s*(?:co-?fund(?:ing|ed)?|co-?financ\w*|співфінансуванн\w*|софинансировани\w*)\s*(?:by|from|від|от)?"
    r"\s*[:–—-]?\s*(?P<who>[^()]+?)\s*\)?",
    re.IGNORECASE,
)


def _cofunder_titled(
    state: SheetState, cleaned: list, index: int, title_text, code_text, seen_total
) -> tuple[dict, str] | None:
    """The project above and its co-funder, for a row right under a project's row whose title only names a donor
    as co-funding it ("(co-funding: Denmark)"), with money of its own; else None."""
    if (
        not title_text
        or code_text
        or seen_total
        or state.last_record is None
        or state.last_record[0] != index - 1
    ):
        return None
    said = _COFUNDER_TITLE.fullmatch(title_text)
    if said is None or not is_known_partner(said["who"]):
        return None
    above = state.last_record[1]
    money = [state.fields.get("amount"), *state.yearly]
    if (
        not isinstance(above, dict)
        or not above.get("title")
        or not any(c is not None and clean_text(cell_value(cleaned, c)) for c in money)
    ):
        return None
    funder = canonical_partner(said["who"])
    return (above, funder) if funder != above.get("partner") else None


def _cofunder_line(
    state: SheetState, row: list, cleaned: list, index: int, n: int, above: dict, funder: str
) -> dict:
    """A co-funder's line of the project above ("(co-funding: Denmark) | … | 200"): that donor's money for the project,
    with its title, dates and status."""
    rec = _project(state, row, cleaned, index, n, above["title"], None)
    for key in (*DESCRIBING_FIELDS, "code", "start_date", "end_date", "status"):
        if not rec.get(key) and above.get(key):
            rec[key] = above[key]
    rec["partner"], rec["partner_from"] = funder, "column"
    state.issue(
        "info",
        "partner",
        f"row {n}: '{cleaned[state.fields['title']]}' names a co-funder of the project above ('{str(above['title'])[:60]}'): "
        f"read as {funder}'s line of it, with its money, dates and status",
        index,
        state.fields.get("title"),
    )
    state.last_record = (index, rec)
    return rec


def _untitled_under_a_project(state: SheetState, index: int, title_text, code_text, seen_total) -> bool:
    """Whether a row names no project of its own (no title, no code, not below a totals row) and stands right under
    a project's row: the shape of a row continuing that project (an item, a year, another funder's line)."""
    return not (title_text or code_text or seen_total) and (
        state.last_record is not None and state.last_record[0] == index - 1
    )


def _item_line_of(
    state: SheetState, cleaned: list, index: int, title_text, code_text, seen_total
) -> dict | None:
    """The project a row gives another item of, in a table of items (a quantity or a unit price column) where only a
    project's first item row holds its title ("PSSS-01 | Equipment … | NPU | … | Patrol vehicles | 12 | 32,500 |
    390,000" then "| | | | | Tablets | 24 | 1,150 | 27,600"): a row with no title, code or other cell of a project,
    with an item's quantity or unit price and an amount, right under that project's row or another such row; else
    None."""
    if not _untitled_under_a_project(state, index, title_text, code_text, seen_total):
        return None
    items = [c for c, m in state.header.columns.items() if m.field in ("quantity", "unit_price")]
    if not items or not any(clean_text(cell_value(cleaned, c)) for c in items):
        return None
    amount = state.fields.get("amount")
    if amount is None or not clean_text(cell_value(cleaned, amount)):
        return None
    if any(
        (c := state.fields.get(f)) is not None and clean_text(cell_value(cleaned, c))
        for f in _PROJECT_FIELDS_BLANK
    ):
        return None
    above = state.last_record[1]
    first_row = state.grid.rows[above["_index"]] if "_index" in above else []
    if not above.get("title") or not any(clean_text(cell_value(first_row, c)) for c in items):
        return None  # the project's own row gives an item too: a table of items from its first row
    return above


def _item_name(state: SheetState, cells: list) -> str | None:
    """The text naming an item on its row: the first text in a column of no project field."""
    for col, value in enumerate(cells):
        m = state.header.columns.get(col)
        text = clean_text(value)
        if text and (m is None or m.field in (None, "duplicate")) and not _NUMBERISH.fullmatch(text):
            return text
    return None


_NUMBERISH = re.compile(r"[\d\s.,'%-]+")


#: The cells of a project a row for another of its years, under it, leaves blank.
_PROJECT_FIELDS_BLANK = (
    "title", "project_id", "partner", "implementer", "beneficiaries", "start_date", "end_date", "period", "status",
    "description", "declared_priority",
)  # fmt: skip


def _a_year_line(state: SheetState, cells: list) -> bool:
    """A row with a year and an amount and none of a project's own cells (title, code, partner, agencies, dates,
    status)."""
    if not cell_value(cells, state.year_col):
        return False
    if not any(c is not None and cell_value(cells, c) for c in [state.fields.get("amount"), *state.yearly]):
        return False
    return not any(
        (c := state.fields.get(f)) is not None and clean_text(cell_value(cells, c))
        for f in _PROJECT_FIELDS_BLANK
    )


def _year_lines_from_the_start(state: SheetState) -> bool:
    """Whether the table's layout is a project's row then rows of its other years with no title: its first project is
    followed by such a row (a stray line of a year and a sum under the last project is a total, not a year)."""
    if state.year_lines is None:
        rows = state.grid.rows[state.header.row + 1 :]
        title = state.fields.get("title")
        first = next(
            (i for i, r in enumerate(rows) if title is not None and clean_text(cell_value(r, title))), None
        )
        state.year_lines = (
            first is not None and first + 1 < len(rows) and _a_year_line(state, rows[first + 1])
        )
    return state.year_lines


def _funder_line_of(
    state: SheetState, cleaned: list, index: int, title_text, code_text, seen_total
) -> dict | None:
    """The project a row continues with another funder's money, in a list of one line per funding source: a row with
    no title or code right under a project's row, naming a known funder other than that row's, with money of its
    own; else None."""
    if not _untitled_under_a_project(state, index, title_text, code_text, seen_total):
        return None
    col = state.fields.get("partner")
    funder = cell_value(cleaned, col)
    money = [state.fields.get("amount"), *state.yearly]
    if not funder or not any(c is not None and cell_value(cleaned, c) for c in money):
        return None
    above = state.line_of.get(state.last_record[0], state.last_record[1])  # a line's project, past its lines
    above_row = (
        state.grid.rows[above["_index"]] if "_index" in above else state.grid.rows[state.last_record[0]]
    )
    # the project's row leaves its money cells empty (not a figure it could not read)
    no_money = not any(c is not None and clean_text(cell_value(above_row, c)) for c in money)
    if (
        component_marker(funder) is not None and above.get("title") and no_money
    ):  # "у т.ч. кошти в дол. США | дол. США | 900": the money of the project above, a line per currency
        above["_into_funder_lines"] = True
        return above
    # "в т.ч. Великобритания", "– European Union (90%)": the funder after the word or the dash
    said = _SHARE_SAID.sub("", component_marker(funder) or funder.lstrip(" -–—•·*")).strip()
    named = partner_within(said) or (canonical_partner(said) if is_known_partner(said) else None)
    if (
        not no_money
        and above.get("title")
        and ((named or partner_named_in(said)) in _funders_of(cell_value(above_row, col)))
    ):  # "в т.ч. Франция | 200 000" under "Великобритания, Франция | 600 000": a funder's share of the sum above
        above["_share_line_at"] = index
        return above
    if named is None or not above.get("title"):
        return None
    # "Кабінет водія | ЄС, Уряд Швеції | (no money)" over "у тому числі: | ЄС | 5 400" and "| Уряд Швеції | 19 500":
    # each funder the project's row names gives its own line of money
    funders = funders_named(cell_value(above_row, col))
    shared = no_money and len(funders) >= 2 and named in funders
    if named == above.get("partner") and not shared:
        return None
    if shared:
        above["_into_funder_lines"] = True
    if (
        not shared
        and named in _titled_partners(state)
        and _titled_partner_below(state, index) in (None, named)
    ):  # a summary by donor under the projects, or a donor's heading over its own: it has projects of its own
        return None
    if _heads_untitled_partners(state, index):
        return None  # a donor's heading with its sums over projects naming no partner (an accounting report)
    return above


#: The fields of a project's period.
_PERIOD_FIELDS = ("start_date", "end_date", "period")


def _with_dates_of(state: SheetState, row: list, cleaned: list, index: int, above: int) -> tuple[list, list]:
    """A line's row and cleaned cells with the period of the project's row above (``above``, its index) where the
    line (``index``) leaves its own empty (a funder's share, the project's money in another currency: the project's
    dates are the line's); each date is named by the cell it comes from."""
    cols = [c for f in _PERIOD_FIELDS if (c := state.fields.get(f)) is not None]
    if not cols or any(clean_text(cell_value(cleaned, c)) for c in cols):
        return row, cleaned
    above_row = state.grid.rows[above]
    row, cleaned = list(row), list(cleaned)
    names = state.cell_names if state.cell_names is not None else {}
    for c in cols:
        if c < len(above_row) and c < len(row):
            row[c] = above_row[c]
            cleaned[c] = clean_text(above_row[c]) if isinstance(above_row[c], str) else above_row[c]
            names[(index, c)] = state.cell(above, c)
    state.cell_names = names
    return row, cleaned


#: A funder's share written after its name: "(90%)", "– 75 %".
_SHARE_SAID = re.compile(r"[\s(–—-]*\d{1,3}(?:[.,]\d+)?\s*%\s*\)?\s*$")


def _funders_of(cell) -> list[str]:
    """The funders a co-funded project's partner cell names, two or more ("Великобритания, Франция / ОБСЕ",
    "EU / CoE joint programme (co-funded)"); [] when it names fewer."""
    funders = funders_named(cell)
    if not funders and isinstance(cell, str):
        funders = [
            f
            for part in re.split(r"\s*[/,;+&]\s*|\s+(?:and|та|і|и)\s+", cell)
            if part and (f := partner_named_in(part))
        ]
    return list(dict.fromkeys(funders)) if len(set(funders)) >= 2 else []


def _donors_group_heading(state: SheetState, row: list, index: int) -> str | None:
    """The donor a row with no title names in the partner column, over projects naming no partner (an accounting
    report's group: "Правительство Японии (через JICA) | … | 620 000 000"); None for any other row."""
    col = state.fields.get("partner")
    name = clean_text(cell_value(row, col)) if col is not None else None
    if not name or not _heads_untitled_partners(state, index):
        return None
    named = partner_within(name) or (canonical_partner(name) if is_known_partner(name) else None)
    return named


def _heads_untitled_partners(state: SheetState, index: int) -> bool:
    """Whether the next filled row below a row is a project naming no partner of its own (a title and no partner
    cell): the row heads its donor's group, it continues no project above."""
    title, partner = state.fields.get("title"), state.fields.get("partner")
    for row in state.grid.rows[index + 1 : index + 3]:
        if not any(clean_text(v) for v in row):
            continue
        named = clean_text(cell_value(row, title))
        return bool(named) and not TOTAL_ROW.match(named.lower()) and not clean_text(cell_value(row, partner))
    return False


def _titled_partner_below(state: SheetState, index: int) -> str | None:
    """The partner of the next titled row (project) under row ``index`` ("" when it names none); None when no titled
    row follows (a summary under the projects)."""
    title, partner = state.fields.get("title"), state.fields.get("partner")
    for k in range(index + 1, len(state.grid.rows)):
        row = state.grid.rows[k]
        if title is not None and clean_text(cell_value(row, title)):
            name = clean_text(cell_value(row, partner)) if partner is not None else None
            return (partner_within(name) or canonical_partner(name)) if name else ""
    return None


def _titled_partners(state: SheetState) -> set[str]:
    """The partners named on the table's rows that have a title (read once per table)."""
    if state.titled_partners is None:
        title, partner = state.fields.get("title"), state.fields.get("partner")
        found: set[str] = set()
        for row in (
            state.grid.rows[state.header.row + 1 :] if title is not None and partner is not None else ()
        ):
            name = clean_text(row[partner]) if partner < len(row) else None
            if name and title < len(row) and clean_text(row[title]):
                found.add(partner_within(name) or canonical_partner(name))
        state.titled_partners = found
    return state.titled_partners


#: A line summing a table up under its totals row: "Number of programmes", "Кількість проєктів", "Average size".
_SUMMARY_LINE = re.compile(
    r"(?:total )?(?:number|count) of\b|average (?:size|amount|budget)\b|кількість\b|количество\b"
    r"|(?:середній|средний) (?:розмір|размер|бюджет)|число (?:проєкт|проект)",
    re.IGNORECASE,
)
#: A printed page's number, repeated with the report's title at each page break ("Page 2 of 3", "Сторінка 2 з 3").


_YEAR_OR_CODE = re.compile(r"(?:19|20)\d\d[:.,]?|[A-Z]{3}[:.,]?|[:–—-]")
#: Words linking a totals word to its year or currency: "Total 2021 in EUR", "Разом за 2021 рік", "Итого в USD".
_TOTAL_LINKS = frozenset(
    "in for of at у в за по year рік год г. р. р г projects проєктах проектах проєктам проектам проектов".split()
)


#: A total, then what it is of after a colon: "Итого по: Главный сервисный центр МВД", "Разом за: ДПСУ".
_TOTAL_OF_SAID = re.compile(rf"(?:{TOTAL_WORD})\s+(?:по|за|for|of|by)\s*:\s", re.IGNORECASE)


#: A column's number as official forms print it under the header: "3", "(3)", "3)", "3.".
_COLUMN_NUMBER = re.compile(r"\(?\d{1,2}[).]?")


def _total_words(text: str) -> int:
    """The length of a totals row's text in words: its words, or, for a total named and then described after a
    dash or in brackets ("Subtotal – Government of Japan (USD equivalent)", "GRAND TOTAL (USD equivalent, excl.
    cancelled)"), the words outside brackets, dashes not counted; "Total stations (Leica TS16) for forensic police"
    is its words."""
    if (
        " / " in text
        and ":" not in text  # "Разом безпечніше / Total safety: campaign …" is a project's title
        and all(
            TOTAL_ROW.match(h := half.strip().lower()) and len(h.split()) <= 4
            for half in text.split(" / ", 1)
        )
    ):
        # "Усього за розділом I / Subtotal I": a total said in two languages, counted in the first
        return _total_words(text.split(" / ", 1)[0])
    outside = re.sub(r"\([^()]*\)", " ", text).split()
    if BARE_TOTAL.fullmatch(text.strip()):
        return len(outside)  # "Итого, евро (без учёта п. 4)": a total, its sums' currency and a remark
    if len(outside) <= 3 and all(_YEAR_OR_CODE.fullmatch(w) for w in outside[1:]):
        return len(outside)  # "TOTAL 2021 (excl. project moved to IOM)", "Total USD (all donors)"
    if (
        len(outside) <= 5
        and any(_YEAR_OR_CODE.fullmatch(w) for w in outside[1:])
        and all(_YEAR_OR_CODE.fullmatch(w) or w.lower() in _TOTAL_LINKS for w in outside[1:])
    ):
        return len(outside)  # "TOTAL 2021 in EUR (USD converted at …)", "Разом за 2021 рік"
    if re.match(
        r"(?i)(?:sub[- ]?total|grand\s+total|проміжний підсумок|промежуточный итог)\s*[–—:-]\s", text.strip()
    ):
        return 1  # "Subtotal – State Department / INL funded (excl. TBD)": a subtotal, then whose
    if _TOTAL_OF_SAID.match(text.strip()):
        return 1  # "Итого по: Главный сервисный центр МВД", "Total for: Component 2": a total, then of what
    described = bool(re.match(r"(?i)[^\W\d_]+(?:\s+[^\W\d_]+)?\s*(?:[–—:-]\s|\(|$)", text.strip()))
    if described and (re.search(r"\s[–—-]\s|:", text) or TOTAL_ROW.fullmatch(" ".join(outside).lower())):
        return sum(1 for w in outside if w not in "–—-")
    return len(text.split())


#: Fields a project's row names besides its identity (code, dates, agency): a totals row names none of them.
_DESCRIBING_A_PROJECT = ("partner", "implementer", "status", "declared_priority")


def _a_status_alone(text: str) -> bool:
    """Whether a title cell holds a status and nothing else ("Planned (not yet obligated)", "Ongoing projects")."""
    outside = re.sub(r"\([^)]*\)", " ", text).split()
    if not outside or len(outside) > 2:
        return False
    try:  # the words outside brackets: "повернення коштів (проєкт скасовано)" is a refund, not a status
        return parse_status(" ".join(outside)) in STATUSES
    except ValueProblem:
        return False


#: A row saying its figures are given again further down, updated ("дані оновлено – див. розділ ІІ (п. 3)", "see section
#: II", "updated figures below"), or the later row saying it replaces an earlier one ("оновлені дані замінюють подані у
#: розділі І", "replaces the line in section I").
_UPDATED_ELSEWHERE = re.compile(
    r"(?:оновлен\w*|обновлен\w*|updated|актуализ\w*|уточнен\w*)\b.{0,40}?(?:див|см|see)\.?\s*(?:розділ|раздел|section"
    r"|нижче|ниже|below)|updated\s+(?:below|in\s+section)"
    r"|(?:замінюють|заменяют|replace)\s+(?:the\s+)?(?:подані|поданные|figures|data|line)\s+(?:у|в|in|of|submitted)\b",
    re.IGNORECASE,
)


#: Words one of which every text :data:`_UPDATED_ELSEWHERE` finds holds, lower-cased (looked for first: cheaper).
_UPDATED_WORDS = ("оновлен", "обновлен", "updated", "актуализ", "уточнен", "замінюють", "заменяют", "replace")


def _updated_further_down(state: SheetState, records: list[dict]) -> tuple[list[dict], int]:
    """Of two rows of a sheet with one title and partner, one saying the figures are updated in the other ("дані
    оновлено – див. розділ ІІ" on the first, "оновлені дані замінюють подані у розділі І" on the second): the later
    row counts, the earlier is skipped, said. Returns the records kept and how many were skipped."""
    rows = state.grid.rows
    said_anywhere = "\n".join(
        [v for rec in records if "_index" in rec for v in rows[rec["_index"]] if isinstance(v, str)]
    )
    if not holds_any(said_anywhere, _UPDATED_WORDS):  # most sheets say it nowhere
        return records, 0
    by_title: dict[tuple, list[dict]] = {}
    for rec in records:
        if rec.get("title") and "_index" in rec:
            by_title.setdefault((normalise_key(rec["title"]), rec.get("partner")), []).append(rec)
    dropped: set[int] = set()
    for same in by_title.values():
        if len(same) != 2:
            continue
        earlier, later = sorted(same, key=lambda r: r["_index"])
        if any(
            earlier.get(k) and later.get(k) and earlier[k] != later[k] for k in ("start_date", "end_date")
        ):
            continue  # other dates: another phase or project of the same name
        said = next(
            (
                (rec, text)
                for rec in (earlier, later)
                for value in state.grid.rows[rec["_index"]]
                if isinstance(value, str)
                and (text := value.strip()) != rec["title"]
                and _UPDATED_ELSEWHERE.search(text)
            ),
            None,
        )
        if said is None:
            continue
        dropped.add(id(earlier))
        n, m = state.row_number(earlier["_index"]), state.row_number(later["_index"])
        snippet = said[1] if len(said[1]) <= 80 else said[1][:77] + "…"
        state.issue(
            "info",
            "duplicate",
            f"row {n}: the same project as row {m} ('{earlier['title'][:60]}'), row {state.row_number(said[0]['_index'])} "
            f"saying the figures are updated there ('{snippet}'): counted once, from row {m}",
            earlier["_index"],
        )
    if not dropped:
        return records, 0
    return [r for r in records if id(r) not in dropped], len(dropped)


#: An export's comment line: a hash, then a space, another hash or a dash ("# rows: 7", "## notes", "#---"); not a
#: hashtag ("#StopViolence campaign") nor a number sign before a figure ("#12").
_COMMENT_LINE = re.compile(r"#(?:\s+(?!\d)|#|-)")
#: A figure alone in a cell: a row holding one is a project's, not a comment's ("# 1 | Title | 120 000").
_A_FIGURE = re.compile(r"\s*[\d\s.,'’]*\d[\d\s.,'’]*\s*")


def _table_furniture(
    state: SheetState,
    row: list,
    cleaned: list,
    index: int,
    n: int,
    texts: list,
    has_identity: bool,
    seen_total: bool = False,
):
    """ "total" or "skipped" for a totals row, a row of HXL hashtags or a repeated header; else None."""
    header, probe = state.header, state.probe
    if index in state.group_totals:  # "Denmark Total" under a pivot table's group (see pivot_groups)
        c = state.group_totals[index]
        state.issue(
            "info", "total", f"row {n}: '{cleaned[c]}' closes a group of the pivot table; skipped", index, c
        )
        return "skipped"  # the next group's projects follow: not the table's end
    if (
        index in state.share_rows
    ):  # "проект 4 | Европейский союз | 70 %" under the projects (layouts.shares_table)
        state.issue("info", "partner", state.share_rows[index], index)
        return "skipped"
    if index in state.pivot_blanks:
        state.issue(
            "info", "note", f"row {n} is a pivot table's empty line ('(blank)', no figure); skipped", index
        )
        return "skipped"
    if (noted := mark_then_note(row)) is not None:  # "*" | "Спільний фонд сформовано за рахунок внесків: …"
        snippet = noted[1] if len(noted[1]) <= 80 else noted[1][:77] + "…"
        state.issue(
            "info", "note", f"row {n} is a note under the table ('{snippet}'); skipped", index, noted[0]
        )
        return "skipped"
    if (
        texts
        and texts[0][1][:1] == "#"
        and texts[0][0] == 0
        and _COMMENT_LINE.match(texts[0][1])
        and not any(
            isinstance(v, (int, float)) or (isinstance(v, str) and _A_FIGURE.fullmatch(v)) for v in row[1:]
        )
    ):
        # "# amount_minor: integer amounts in MINOR units of ccy (…: EUR 2, USD 2)": an export's comment line, its
        # commas splitting it over cells
        line = ", ".join(t for _, t in texts)
        snippet = line if len(line) <= 80 else line[:77] + "…"
        state.issue("info", "note", f"row {n} is a comment line ('{snippet}'); skipped", index, texts[0][0])
        return "skipped"
    if len(texts) <= 3 and any(PAGE_MARK.fullmatch(t) for _, t in texts):
        state.issue("info", "header", f"row {n} heads a printed page ('{texts[-1][1]}'); skipped", index)
        state.page_breaks.add(index)
        return "skipped"
    if (
        len(texts) >= 3
        and texts[0][1].strip("().") == "1"
        and texts[1][1].strip("().") == "2"
        and all(
            _COLUMN_NUMBER.fullmatch(t) and t.strip("().") == str(k)
            for k, (_, t) in enumerate(texts, start=1)
        )
    ):  # "1 | 2 | 3 | … | 12", "(1) | (2) | …" under the header: the columns' numbers, as official forms print them
        state.issue("info", "header", f"row {n} numbers the table's columns (1, 2, 3 …); skipped", index)
        return "skipped"
    # a totals word alone ("Усього", "Total:") is a totals row even beside an agency or code column; a group's
    # total ("Всього по проєктах") when only numbers stand there (a count of people, a sum mistaken for an agency)
    bare = []
    if has_identity:
        agency = state.fields.get("beneficiaries")  # "Всього по НПУ" beside "НПУ" is the agency's subtotal
        words = None  # whether words stand in the identity columns: looked at only for a group's total
        for c, t in texts[:4]:
            if c == state.year_col:  # "усього" as a coded row's year: its amount is for all years
                continue
            if c == state.measure_col:  # "Всего по проекту": what the row's figure is, the project's total
                continue
            if BARE_TOTAL.fullmatch(t):
                bare.append((c, t))
            elif TOTAL_OF.fullmatch(t):
                if words is None:
                    words = any(
                        (v := cleaned[i])
                        and not _PLAIN_NUMBER.fullmatch(v)
                        and not TOTAL_ROW.match(v.lower())
                        for i in state.identity_cols
                        if i != agency
                    )
                if not words:
                    bare.append((c, t))
    for c, t in bare or (
        [(c, t) for c, t in texts[:4] if c != state.measure_col] if not has_identity else ()
    ):
        if isinstance(row[c], str) and TOTAL_ROW.match(t.lower()) and _total_words(t) <= 5:
            state.issue(
                "info", "total", f"row {n}: '{t}' is a totals row; skipped (totals are recomputed)", index, c
            )
            return "total"
    title_col = state.fields.get("title")
    if (
        not has_identity
        and title_col is not None
        and texts
        and texts[0][0] == title_col
        and TOTAL_ROW.match(
            texts[0][1].lower()
        )  # the cheap test first: most titles begin with no totals word
        and len(state.identity_cols) + sum(f in state.fields for f in _DESCRIBING_A_PROJECT) >= 2
    ):
        # "Total current budget (amended where filled)" with none of the code, dates and agency every project has;
        # "Total Team Europe 2021 (as reported by each partner) | 3 210 000" with no donor, status or period
        t = texts[0][1]
        if (
            TOTAL_ROW.match(t.lower())
            and len(texts) > 1
            # figures alone, or with their currency: no status, no partner ("Итого по ОБСЕ / OSCE total | EUR | 2 130,0")
            and all(_PLAIN_NUMBER.fullmatch(v) or c == state.fields.get("currency") for c, v in texts[1:])
        ):
            state.issue(
                "info",
                "total",
                f"row {n}: '{t}' begins with a totals word and gives only figures and their currency (no code, dates, agency, partner or "
                "status, as projects have): a totals row; skipped (totals are recomputed)",
                index,
                title_col,
            )
            return "total"
    title = cleaned[title_col] if title_col is not None and title_col < len(cleaned) else None
    if (
        seen_total
        and not has_identity
        and title
        and _a_status_alone(title)
        and any(_PLAIN_NUMBER.fullmatch(t) for _, t in texts)
    ):
        # "Planned (not yet obligated) | 500,000" under a ledger's total: the sum of the projects of a status (above
        # the total, "Active | 1,200,000" heads a group of projects: see programmes)
        state.issue(
            "info",
            "total",
            f"row {n}: '{title}' names a status and no project: the total of the projects in that status; skipped "
            "(totals are recomputed)",
            index,
            title_col,
        )
        return "total"
    if (
        title
        and len(title) <= 20
        # "у GBP", "in EUR"; or a currency's code alone on a row of figures ("EUR | 1 375 000" under "Totals by
        # currency"), not a word ("Hryvnias"), nor a project of that name ("CAD" with its agency, dates, status)
        and (
            _A_CURRENCY_ALONE.fullmatch(without_currency_words(title))
            or (
                re.fullmatch(r"[A-Z]{3}", title.strip())
                and sum(1 for _, t in texts if _A_LETTER.search(t)) == 1
            )
        )
        and currency_in_text(title)
    ):
        # "у GBP", "in EUR" under "УСЬОГО по системі МВС:", "EUR" under "Totals by currency": a total in one
        # currency, no project
        state.issue(
            "info",
            "total",
            f"row {n}: '{title}' names only a currency: a total in that currency; skipped (totals are recomputed)",
            index,
            title_col,
        )
        return "total"
    hxl = sum(1 for _, t in texts if t[0] == "#" and is_hxl_tag(t)) if state.hashtags else 0
    if hxl and hxl * 2 >= len(texts):
        state.issue(
            "info", "header", f"row {n} holds HXL hashtags (#org, #sector ...), not a project; skipped", index
        )
        return "skipped"
    if (
        probe is not None
        and probe[0] < len(cleaned)
        and cleaned[probe[0]]
        and cleaned[probe[0]].lower() in probe[1]
        and header_repeats(row, header)
    ):
        state.issue("info", "header", f"row {n} repeats the table header; skipped", index)
        state.page_breaks.add(index)
        state.group_priority = state.group_status = None
        return "skipped"
    if index == header.row + 1 and header_translated(row, header):
        state.issue("info", "header", f"row {n} repeats the table header in another language; skipped", index)
        return "skipped"
    if index <= header.row + 2 and len(texts) >= 3 and all(_DATA_TYPE.fullmatch(t) for _, t in texts):
        # "VARCHAR(500) | DATETIME | DECIMAL(15,2)" under a database's column names: the columns' types
        state.issue(
            "info",
            "header",
            f"row {n} gives the columns' data types ('{texts[0][1]}' …), not a project; skipped",
            index,
        )
        return "skipped"
    return None


#: A database's name for a column's type, as exports print them under the column names.
_DATA_TYPE = re.compile(
    r"(?:N?VARCHAR2?|N?CHAR|N?TEXT|STRING|U?INT(?:EGER|8|16|32|64)?|BIGINT|SMALLINT|TINYINT|DECIMAL|NUMERIC|NUMBER"
    r"|FLOAT\d*|DOUBLE(?: PRECISION)?|REAL|MONEY|DATE|DATETIME2?|TIMESTAMP(?:TZ)?|TIME|BOOL(?:EAN)?|BIT|GUID|UUID"
    r"|UNIQUEIDENTIFIER|CLOB|BLOB|VARIANT)(?:\s*\(\s*(?:\d+|MAX)(?:\s*,\s*\d+)?\s*\))?",
    re.IGNORECASE,
)


def _money_of_a_part(
    state: SheetState, row: list, cleaned: list, index: int, n: int, rec: dict
) -> tuple[dict, list[str]] | None:
    """The money of a row that is a part of the project ``rec`` above it (an agency's, a payment): what
    :func:`~mtd_analysis.ingest.amounts.row_money` reads, and its money cells; None when it gives no amount, or one
    in another currency than the project's. What the row lacks as a project is not said: it is the project's."""
    cells = RowCells(state, row, cleaned, index, n)
    before = len(state.issues)
    money = row_money(cells)
    del state.issues[before:]
    if money.get("amount") is None or (
        money.get("currency") and rec.get("currency") and money["currency"] != rec["currency"]
    ):
        return None
    return money, [v for k, v in cells.names.items() if k.startswith("amount")]


def _agency_part_of_the_above(
    state: SheetState, row: list, cleaned: list, index: int, n: int, title_text: str, agency: str | None
) -> bool:
    """Whether a row naming only a beneficiary agency and its money, right under a project's row that gives no
    money of its own (or under the agency rows adding up to it), is that agency's part of the project ("Modernising
    the Register … | | 06.2020 – 05.2022" over "National Police | 210 000" and "Main Service Centre | 95 000"): its
    money is added to the project's, each cell named (``amount_row<n>``), the agency among its beneficiaries, and
    that is said. A project giving its own amount keeps it: the agencies' rows under it are its breakdown."""
    above = state.last_record
    if above is None or above[0] != index - 1:
        return False
    rec = above[1]
    parts = rec.get("_agency_parts")
    if parts is None and (rec.get("amount") is not None or rec.get("yearly_amounts")):
        return False
    if (read := _money_of_a_part(state, row, cleaned, index, n, rec)) is None:
        return False
    money, money_cells = read
    rec["amount"] = (rec.get("amount") or 0.0) + money["amount"]
    rec["currency"] = rec.get("currency") or money.get("currency")
    years = yearly_values(rec.get("yearly_amounts"))
    for year, value in yearly_values(money.get("yearly_amounts")).items():
        years[year] = years.get(year, 0.0) + value
    rec["yearly_amounts"] = yearly_text(years) if years else rec.get("yearly_amounts")
    if agency:  # another body's part (a regional administration) is money of the project, not an MIA agency's
        agencies = [a for a in (rec.get("beneficiaries") or "").split(";") if a]
        rec["beneficiaries"] = ";".join(dict.fromkeys([*agencies, agency]))
    rec["source_cells"] = ";".join(
        p for p in (rec.get("source_cells"), *(f"amount_row{n}={cell}" for cell in money_cells)) if p
    )
    if parts is None:  # the project's row said it had no amount: it has its agencies'
        project_row = state.row_number(above[0])
        state.issues[:] = [
            i
            for i in state.issues
            if not (i["row"] == project_row and i["message"] == f"row {project_row}: no amount")
        ]
        rec["_agency_parts"] = project_row
    state.last_record = (index, rec)  # the next agency's row follows
    state.issue(
        "info",
        "amount",
        f"row {n}: '{title_text}' names "
        + (f"a beneficiary agency ({agency})" if agency else "a body and no project")
        + f" under project '{rec.get('title')}' (row {rec['_agency_parts']}), which gives no amount of its own: its "
        f"money ({money['amount']:,.2f}) is {'that agency' if agency else 'that body'}'s part of the project, added "
        "to it",
        index,
    )
    return True


#: A row naming a payment of the project above it: "1. Tranche", "Транш 2", "Einmalzahlung / single payment".
_TRANCHE_LABEL = re.compile(
    r"\s*(?:\d{1,2}\s*[.)-]?\s*|[ivx]{1,4}\s*[.)]?\s*)?(?:tranche|транш|instal+ment|payment|disbursement|платіж|платеж"
    r"|виплата|выплата|einmalzahlung|single payment|rate\b)\w*(?:\s*(?:no\.?|№)?\s*\d{1,2})?\s*(?:[/(–-].{0,40})?$",
    re.IGNORECASE,
)


#: The years a part of the project above it names after "of which" (programmes.COMPONENT_MARKER): "2021", "in 2021",
#: "на 2021 рік", "2022-2023", "2022–2023 рр.".
_PART_YEARS = re.compile(
    r"(?:(?:in|for|у|в|на)\s+)?(?P<first>(?:19|20)\d{2})(?:\s*[-–—]\s*(?P<last>(?:19|20)\d{2}))?"
    r"\s*(?:р\.|рр\.|рік|роки|році|г\.|гг\.|год|годы|году|year|years)?\.?",
    re.IGNORECASE,
)


def _part_of_the_above(state: SheetState, row: list, cleaned: list, index: int, n: int, label: str) -> bool:
    """Whether a row giving "of which <years>" and an amount, right under a project's row (or its other years), is
    the project's money in those years ("of which 2021", "з них у 2022–2023 рр.": a span of years split by days), each
    cell named (``amount_<year>_row<n>``), said. Not when the parts would exceed the project's amount, a year repeats
    one given, or the project's own row gives years. A part naming anything else ("of which equipment") is left to
    the programmes' rules."""
    above = state.last_record
    if above is None or above[0] != index - 1:
        return False
    rec = above[1]
    if (
        rec.get("_agency_parts") is not None
        or rec.get("_tranches")
        or COMPONENT_MARKER.match(str(rec.get("title") or ""))
    ):
        return False
    if (read := _money_of_a_part(state, row, cleaned, index, n, rec)) is None:
        return False
    money, money_cells = read
    rest = COMPONENT_MARKER.sub("", label, count=1).strip()
    years_said = _PART_YEARS.fullmatch(rest)
    total = rec.get("amount")
    if years_said is None:
        return (
            False  # "of which equipment", "incl. Component 1: …": the parts of a programme (see programmes)
        )
    first = int(years_said["first"])
    last = int(years_said["last"] or first)
    if last < first or last - first > 10:
        return False
    parts = split_by_days(money["amount"], days_per_year(dt.date(first, 1, 1), dt.date(last, 12, 31)))
    years = yearly_values(rec.get("yearly_amounts"))
    if any(y in years for y in parts) or (
        total is not None and sum(years.values()) + money["amount"] > total * 1.005 + 0.01
    ):
        return False
    if not years:
        rec["_year_parts"] = state.row_number(above[0])
    elif not rec.get("_year_parts"):
        return False  # years given on the project's own row: not parts of it
    years.update(parts)
    rec["yearly_amounts"] = yearly_text(years)
    if total is None:
        rec["amount"] = round(sum(years.values()), 2)
    rec["currency"] = rec.get("currency") or money.get("currency")
    rec["source_cells"] = ";".join(
        p for p in (rec.get("source_cells"), *(f"amount_{first}_row{n}={cell}" for cell in money_cells)) if p
    )
    state.last_record = (index, rec)
    span = str(first) if first == last else f"{first}–{last}"
    state.issue(
        "info",
        "amount",
        f"row {n}: '{label}' gives the {span} part of project '{rec.get('title')}' (row {rec['_year_parts']}): its "
        f"{money['amount']:,.2f} counted in {span}" + (", split by days" if first != last else ""),
        index,
    )
    return True


def _tranche_of_the_above(
    state: SheetState, row: list, cleaned: list, index: int, n: int, label: str
) -> bool:
    """Whether a row naming a payment ("2. Tranche", "Einmalzahlung") with its date and amount, right under a
    project's row (or its tranches above), is a payment of that project: its amount is counted in the year of its
    date (the project's money in each year the sum of its payments dated in it), its cell named
    (``amount_<year>``), and that is said. A date the row gives only as a quarter or a year ("IV/2021 (geplant)")
    is read for its year, said too."""
    above = state.last_record
    if above is None or above[0] != index - 1:
        return False
    rec = above[1]
    if rec.get("_agency_parts") is not None or _TRANCHE_LABEL.match(str(rec.get("title") or "")):
        return False
    date_col = state.fields.get("payment_date", state.fields.get("start_date"))
    date_value = cell_value(row, date_col)
    if date_col is None or clean_text(date_value) is None:
        return False
    try:
        paid_on = parse_date(date_value, date1904=state.grid.date1904, order=state.orders.get(date_col))
        year, how = paid_on.year, f"paid on {paid_on:%d.%m.%Y}"
    except ValueProblem:
        years = set(YEAR_2000S.findall(str(date_value)))
        if len(years) != 1:
            return False
        year, how = int(years.pop()), f"its date '{clean_text(date_value)}' read for its year"
    if (read := _money_of_a_part(state, row, cleaned, index, n, rec)) is None:
        return False
    money, money_cells = read
    if not rec.get("_tranches"):
        if rec.get("yearly_amounts"):
            return False  # a project giving its years already: not a schedule of its payments
        rec["_tranches"] = (state.row_number(above[0]), rec.get("amount"))
    years = yearly_values(rec.get("yearly_amounts"))
    years[year] = years.get(year, 0.0) + money["amount"]
    rec["yearly_amounts"] = yearly_text(years)
    if rec["_tranches"][1] is None:  # no total of its own: its payments' sum
        rec["amount"] = round(sum(years.values()), 2)
    rec["currency"] = rec.get("currency") or money.get("currency")
    rec["source_cells"] = ";".join(
        p for p in (rec.get("source_cells"), *(f"amount_{year}_row{n}={cell}" for cell in money_cells)) if p
    )
    state.last_record = (index, rec)  # the next payment follows
    state.issue(
        "info",
        "amount",
        f"row {n}: '{label.strip()}' is a payment of project '{rec.get('title')}' (row {rec['_tranches'][0]}), "
        f"{how}: its {money['amount']:,.2f} counted in {year}",
        index,
    )
    return True


#: A line giving one year's part of the project above it ("2021: 300 000", "2022 р. – 1,2 млн").
_YEAR_ONLY = re.compile(r"(?:19|20)\d{2}(?:\s*(?:р\.|рр\.|рік|роки|г\.|гг\.|год|годы))?")
_YEAR_LINE = re.compile(r"((?:19|20)\d{2})\s*(?:р\.|рік|г\.|год)?\s*[:=–—-]\s*(\S.*)")


def _year_line(state: SheetState, index: int, n: int, col: int, text: str) -> bool:
    """Whether a row holding only ``text`` gives a year's part of the project on the rows right above it (a
    sub-row per year under a project's row, "2021: 300 000"): the year's amount is the project's, named at its
    cell (``amount_2021=B5``), and that is said."""
    above = state.last_record
    found = _YEAR_LINE.fullmatch(text)
    if above is None or above[0] != index - 1 or found is None:
        return False
    rec = above[1]
    part = found[2].strip()
    if not money_only(part) or _YEAR_ONLY.fullmatch(part):
        return False  # "2021: 15 vehicles", "2021: 40%", "2022-2023": no amount of the year
    try:
        parsed = parse_amount(part)
    except ValueProblem:
        return False
    if parsed is None or (parsed.currency and rec.get("currency") and parsed.currency != rec["currency"]):
        return False
    start, end = rec.get("start_date"), rec.get("end_date")
    if (start and int(found[1]) < int(start[:4])) or (end and int(found[1]) > int(end[:4])):
        return False  # a year outside the project's dates
    amount_col = state.fields.get("amount")
    scale = state.header.columns[amount_col].scale if state.header and amount_col is not None else 1.0
    value = parsed.value * scale if scale != 1.0 and not re.search(r"[^\W\d_]", found[2]) else parsed.value
    year = int(found[1])
    years = yearly_values(rec.get("yearly_amounts"))
    total = rec.get("amount")
    if year in years or (total is not None and sum(years.values()) + value > total * 1.005):
        return False  # the years' parts never exceed the project's amount
    years[year] = value
    rec["yearly_amounts"] = yearly_text(years)
    cell = state.cell(index, col)
    rec["source_cells"] = ";".join(p for p in (rec.get("source_cells"), f"amount_{year}={cell}") if p)
    state.last_record = (index, rec)  # the next year's line follows this one
    state.issue(
        "info",
        "amount",
        f"row {n} gives the {year} part of the project above it ('{text}'): counted as its {year} amount",
        index,
        col,
    )
    return True


#: A line amending the project above: "Amendment No. 1 (12.05.2021): +150 000 EUR, end date extended to 31.12.2022",
#: "Зміни № 1 (12.05.2021): +150 000 USD", "Дополнение № 2: продление до 30.06.2022".
_AMENDMENT = re.compile(
    r"(?:amendment|addendum|modification|зміни|змін[аи]|доповнення|додаткова угода|изменени[ея]|дополнени[ея]"
    r"|дополнительное соглашение)\b",
    re.IGNORECASE,
)
#: The money an amendment adds or takes away: "+150 000 USD", "– 50 000".
_SIGNED_AMOUNT = re.compile(
    r"(?<![\w.])([+−–-])\s?(\d{1,3}(?:[\s\u00a0.,']\d{3})*(?:[.,]\d{1,2})?|\d+)"
    r"(\s*(?:k|тис\.?|тыс\.?|млн\.?|m|mln)(?![^\W\d_]))?(\s*(?:[A-Z]{3}|[$€£₴]|грн\.?|євро|евро|дол\w*)(?![^\W\d_]))?"
    r"(?=\s*(?:[,;:)]|$|\s(?:and|та|і|и)\s))",
    re.IGNORECASE,
)


#: The fields a line under a project may give it, each a label and its value ("Implementer: UNDP", "Period: 01/2020 –
#: 12/2022", "Виконавець: МОМ; Термін: 2021–2022").
_LINE_FIELDS = ("implementer", "beneficiaries", "period", "start_date", "end_date")
_LABELLED = re.compile(r"([^:;]{2,40}?)\s*:\s*([^;]+)")


def _money_and_period_in_prose(state: SheetState, rec: dict, index: int, n: int) -> None:
    """A project's money or period its description says in words when the table has no column of them ("The total
    budget of the project is EUR 1.2 million, of which EUR 400,000 is planned for 2021.", "Implemented from March 2021
    to February 2023"): read from it, its cell named, and said."""
    fields, text = state.fields, rec.get("description")
    col = fields.get("description")
    _sentence_in_the_money_cell(state, rec, index, n)
    if rec.get("amount") is None and index in state.remarked_values and not rec.get("yearly_amounts"):
        amount, currency, remark_col, parts = state.remarked_values[index]
        if rec.get("currency") in (None, currency):
            cell = state.cell(index, remark_col)
            rec["amount"], rec["currency"] = amount, currency
            names = [f"amount={cell}"] + [f"amount_{y}={cell}" for y in parts]
            if parts:
                rec["yearly_amounts"] = yearly_text(parts)
            rec["source_cells"] = ";".join(p for p in (rec.get("source_cells"), *names) if p)
            state.issues = [
                i for i in state.issues if not (i.get("row") == n and i["message"] == f"row {n}: no amount")
            ]
            state.issue(
                "warning",
                "amount",
                f"row {n}: its money cells are empty, and the remark {cell} gives its value ({currency} {amount:,.2f}"
                + "".join(f"; {y}: {v:,.2f}" for y, v in sorted(parts.items()))
                + "): read as its amount — check it",
                index,
                remark_col,
            )
    if not text or col is None:
        return
    said, cell = [], state.cell(index, col)
    money_cols = ("amount", "yearly", "fiscal", "agency_amount", "priority_amount")
    if rec.get("amount") is None and not any(m.field in money_cols for m in state.header.columns.values()):
        found = money_in_prose(text)
        if found is not None and rec.get("currency") in (None, found[1]):
            (rec["amount"], rec["currency"], parts), names = found, [f"amount={cell}", f"currency={cell}"]
            if parts:
                rec["yearly_amounts"] = yearly_text(parts)
                names += [f"amount_{y}={cell}" for y in parts]
            rec["source_cells"] = ";".join(p for p in (rec.get("source_cells"), *names) if p)
            said.append(
                f"its amount ({found[1]} {found[0]:,.2f}"
                + "".join(f"; {y}: {v:,.2f}" for y, v in sorted(parts.items()))
                + ")"
            )
    if (period := _period_in_words(state, rec, text, cell)) is not None:
        said.append(period)
    if not said:
        return
    gone = {f"row {n}: no amount"} if rec.get("amount") is not None else set()
    gone |= {f"row {n}: no start or end date"} if rec.get("start_date") else set()
    state.issues = [i for i in state.issues if not (i.get("row") == n and i["message"] in gone)]
    snippet = text if len(text) <= 90 else text[:87] + "…"
    state.issue(  # a warning: words read as figures, which a sentence about another project's money could give
        "warning",
        "amount",
        f"row {n}: the description gives {' and '.join(said)}, read from its words ('{snippet}') — check them",
        index,
        col,
    )


def _period_in_words(state: SheetState, rec: dict, text: str, cell: str) -> str | None:
    """The period a sentence at ``cell`` gives a project (:func:`period_in_prose`) when neither its row nor the table
    dates it: set on ``rec`` with its cell, and said in words for the row's issue ("its period (01.01.2021–…)")."""
    dated = ("start_date", "end_date", "period")
    if rec.get("start_date") or rec.get("end_date") or any(f in state.fields for f in dated):
        return None
    period = period_in_prose(text)
    if period is None:
        return None
    rec["start_date"], rec["end_date"] = period[0].isoformat(), period[1].isoformat()
    rec["source_cells"] = ";".join(p for p in (rec.get("source_cells"), f"period={cell}") if p)
    return f"its period ({period[0]:%d.%m.%Y}–{period[1]:%d.%m.%Y})"


def _sentence_in_the_money_cell(state: SheetState, rec: dict, index: int, n: int) -> None:
    """A project's period, and its status when the column's label names one, from a sentence in its money cell
    ("Бюджет: 275 000 евро. Сроки: с 1 июня 2021 г. по 31 мая 2022 г. Соглашение с донором подписано …") when the table
    has no column of them: read from it, its cell named, and said."""
    col = state.fields.get("amount")
    value = cell_value(state.grid.rows[index], col) if col is not None else None
    if not money_sentence(value):
        return
    text, cell, said = clean_text(value), state.cell(index, col), []
    if (period := _period_in_words(state, rec, text, cell)) is not None:
        said.append(period)
        gone = f"row {n}: no start or end date"
        state.issues = [i for i in state.issues if not (i.get("row") == n and i["message"] == gone)]
    label = state.header.labels.get(col) or ""
    if not rec.get("status") and "status" not in state.fields and names_money_and_status(label):
        status = _said_status(text)
        if status is not None:
            rec["status"] = status
            rec["source_cells"] = ";".join(p for p in (rec.get("source_cells"), f"status={cell}") if p)
            said.append(f"its status ({status})")
    if said:
        state.issue(
            "warning",
            "amount",
            f"row {n}: the money cell's sentence gives {' and '.join(said)}, read from its words — check them",
            index,
            col,
        )


def _field_line(state: SheetState, index: int, n: int, col: int, text: str) -> bool:
    """Whether a row holding only ``text`` in the title's column gives the project above it (or its lines above)
    fields it lacks, each labelled ("Implementer: UNDP", "Period: 09/2020 – 08/2021, extended to 02/2022"): a
    project's cell written over several rows, as a report's layout kept from a word processor does. Said at the
    line; a line labelling nothing known, or fields the project has, is not taken."""
    above = state.last_record
    if above is None or ":" not in text or not index - 3 <= above[0] < index:
        return False
    if any(only_filled(state.grid.rows[k]) is None for k in range(above[0] + 1, index)):
        return False  # only the project's own lines (its title's rest, a line of fields) between
    rec, given = above[1], []
    for label, value in _LABELLED.findall(text):
        field, value = match_field(label).field, value.strip(" .")
        if field not in _LINE_FIELDS or not value:
            continue
        if field == "implementer" and not rec.get("implementer"):
            rec["implementer"] = canonical_partner(re.sub(r"\s*\([^()]*\)$", "", value))  # "(indicative)"
            given.append(("implementer", rec["implementer"]))
        elif field == "beneficiaries" and not rec.get("beneficiaries"):
            codes, _ = parse_beneficiaries(value)
            if codes:
                rec["beneficiaries"] = ";".join(codes)
                given.append(("beneficiaries", rec["beneficiaries"]))
        elif field in ("period", "start_date", "end_date") and not (
            rec.get("start_date") or rec.get("end_date")
        ):
            try:  # "09/2020 – 08/2021, extended to 02/2022": the period, then its extension
                start, end = parse_period(re.split(r",|;|\s\((?=[^()]*\)$)", value)[0])
            except ValueProblem:
                continue
            if (later := extended_end(value)) is not None and (end is None or later > end):
                end = later  # "09/2020 – 08/2021, extended to 02/2022": the agreed end
            if start is not None or end is not None:
                rec["start_date"] = start.isoformat() if start else None
                rec["end_date"] = end.isoformat() if end else None
                given.append(("period", f"{start:%d.%m.%Y}–{end:%d.%m.%Y}" if start and end else value))
    if not given:
        return False
    cell = state.cell(index, col)
    rec["source_cells"] = ";".join(
        p for p in (rec.get("source_cells"), *(f"{f}={cell}" for f, _ in given)) if p
    )
    if any(f == "period" for f, _ in given) and rec.get("source_row"):  # its dates are known now
        undated = f"row {rec['source_row']}: no start or end date"
        state.issues = [i for i in state.issues if i["message"] != undated]
    state.last_record = (index, rec)  # a further line may follow
    state.issue(
        "info",
        "layout",
        f"row {n} gives the project above it its {' and '.join(f'{f} ({v})' for f, v in given)} "
        f"('{text if len(text) <= 80 else text[:77] + '…'}')",
        index,
        col,
    )
    return True


def _amendment_line(state: SheetState, index: int, n: int, col: int, text: str) -> bool:
    """Whether a row holding only ``text`` amends the project right above it (or its amendment above): the
    money it adds or takes away ("+150 000 USD") goes to that project's amount, an agreed extension ("продовжено до
    31.12.2022") to its end; said at the line. A line naming neither changes nothing and is not taken."""
    above = state.last_record
    if above is None or above[0] != index - 1 or not _AMENDMENT.match(text.lstrip("«\"'")):
        return False
    rec = above[1]
    delta, cell, said = None, state.cell(index, col), []
    signed = _SIGNED_AMOUNT.search(text)
    if signed and not (signed[3] or signed[4]) and re.fullmatch(r"(?:19|20)\d\d", signed[2]):
        signed = None  # "- 2022": a year, not money
    if signed and rec.get("amount") is not None and not NOT_AGREED.search(text):
        try:
            parsed = parse_amount("".join(part or "" for part in signed.groups()[1:]))
        except ValueProblem:
            parsed = None
        if parsed is not None and parsed.currency and parsed.currency != rec.get("currency"):
            state.issue(
                "warning",
                "amount",
                f"row {n} amends the project above it in {parsed.currency}, the project is in "
                f"{rec.get('currency')}: its money is not added ('{text[:80]}')",
                index,
                col,
            )
            return True
        elif (
            parsed is not None and rec["amount"] + (parsed.value if signed[1] == "+" else -parsed.value) >= 0
        ):
            delta = parsed.value if signed[1] == "+" else -parsed.value
    if delta is None and rec.get("amount") is not None and (change := amount_changed(text)) is not None:
        old, new, said_currency = (
            change  # "budget increased from 500 000 to 650 000", "budget reduced to 300 000"
        )
        if (old is None or abs(old - rec["amount"]) <= max(0.5, 0.005 * old)) and said_currency in (
            None,
            rec.get("currency"),
        ):
            delta = new - rec["amount"]
    end = extended_end(text)
    if delta is None and end is None:
        state.issue(
            "warning",
            "amount",
            f"row {n} reads as an amendment of the project above it ('{text if len(text) <= 80 else text[:77] + '…'}') "
            "but gives no agreed change of its money or end date that this tool reads; nothing was changed — check it",
            index,
            col,
        )
        return True
    if delta is not None:
        rec["amount"] = round(rec["amount"] + delta, 2)
        said.append(f"its amount is now {rec['amount']:,.2f}")
    if end is not None and (not rec.get("end_date") or end.isoformat() > rec["end_date"]):
        rec["end_date"] = end.isoformat()
        said.append(f"its end {end:%d.%m.%Y}")
    if not said:
        return False
    rec["source_cells"] = ";".join(p for p in (rec.get("source_cells"), f"amendment_{n}={cell}") if p)
    state.last_record = (index, rec)  # a second amendment may follow
    state.issue(
        "info",
        "amount",
        f"row {n} amends the project above it ('{text if len(text) <= 80 else text[:77] + '…'}'): "
        + " and ".join(said),
        index,
        col,
    )
    return True


#: A cell saying nothing ("н/д", "n/a", "-", "TBC").
_PLACEHOLDER = re.compile(r"n/?a|н/?[дa]|-+|–|—|\?|tbc|tbd", re.IGNORECASE)
#: Conjunctions and prepositions, which link the words after them to the words before.
_LINK_WORDS = (
    "and|or|of|for|to|in|on|with|by|at|from|into|through|та|і|й|або|з|із|зі|для|у|в|на|до|по|від|щодо|через|и|или"
    "|с|со|к|о|об|при|от"
)
#: The last word of a title cut short ("…: victim identification and"): a conjunction, a preposition, an article,
#: or a comma or dash; the title goes on in the row below.
_CUT_SHORT = re.compile(
    rf"(?:[,\-–—:&]|(?<![^\W\d_])(?:{_LINK_WORDS}|the|a|an))\s*$"  # small letters: "Component A" ends no phrase
)


#: A first word that links what follows to the words before it ("in Kharkiv and Sumy Oblasts", "та Луганській").
_LINKING = re.compile(_LINK_WORDS)


#: What a note under a title holds, not the title's rest: a colon ending it, a word of status or extension, a date or
#: a year right after its first word ("у 2022 р. планується продовження", "на стадії погодження з МВС", "по
#: областях:", "до 31.12.2022 продовжено", "з урахуванням співфінансування Швеції").
_NOT_A_TITLES_END = re.compile(
    r":\s*$|(?<![^\W\d_])(?:продовж|продлен|extended|погодж|согласов|approv|підписан|подписан|signed"
    r"|співфінансуванн|софинансировани)|^(?:у|в|до|від|з|с|по|from|until|till|since)\s+\d"
    r"|^(?:з|с)\s+(?:урахуванням|учетом)",
    re.IGNORECASE,
)


#: What a bracketed row under a project says that is no part of its title: a heading of the rows below, a state, a
#: word on the figures or the table ("(Projects funded from …)", "(Розділ 2)", "(to be confirmed)", "(continued)",
#: "(amounts in EUR)", "(уточнюється)").
_NOT_IN_BRACKETS = re.compile(
    r"\(\s*(?:projects?\b|проє?кти\b|проекты\b|programmes?\b|section\b|part\b|розділ|раздел|частина\b|часть\b"
    r"|group\b|група\b|группа\b|amounts?\b|figures\b|all\b|усі\b|все\b|суми\b|суммы\b|in\s+(?:eur|usd|uah|gbp|thous|mill)"
    r"|у\s+тис|в\s+тыс|тис\.|тыс\.|eur\b|usd\b|uah\b|continued|cont\.|продовження|продолжение|to\s+be\b|tb[cd]\b|pending"
    r"|draft|see\b|див\.?\b|см\.?\b|уточню|уточня|n/?a\b|н/д|not\s+yet|ще\s+не|еще\s+не|ещё\s+не|no\s+data|немає|нет\b"
    r"|cancel|скасов|отмен|suspend|призупин|приостан|completed|заверш|planned|план|ongoing|триває|реалізу)",
    re.IGNORECASE,
)


#: Fields whose text a row wrapped by a PDF converter carries on beside the title's ("INL through" | "IOM").
_WRAPPED_TEXT_FIELDS = ("implementer", "description")


def _continues_title_and_more(state: SheetState, row: list, index: int, n: int, texts: list) -> bool:
    """A row of texts only, under a project's row, carrying on its title and the text of its implementer or
    description ("Service (non-lethal)" | "IOM" under "Border security equipment for the State Border Guard" | "INL
    through", as a PDF converted to a spreadsheet wraps its cells): joined to that project's, said."""
    title_col = state.fields.get("title")
    if len(texts) < 2 or title_col is None or state.last_record is None:
        return False
    field_of = {c: f for f, c in state.fields.items()}
    own = dict(texts)
    if title_col not in own or any(
        c in state.numeric_cols or not isinstance(row[c], str) or field_of.get(c) not in _WRAPPED_TEXT_FIELDS
        for c in own
        if c != title_col
    ):
        return False
    rec = state.last_record[1]
    others = [(c, t) for c, t in texts if c != title_col]
    if any(not isinstance(rec.get(field_of[c]), str) for c, _ in others):
        return False  # the row above gives no text there to carry on
    text = own[title_col]
    # right under the project's row, two of its cells carried on: its title's rest, however it begins (a title in
    # title case goes on with a capital: "…for the State Border Guard" | "Service (non-lethal)")
    if (
        state.last_record[0] != index - 1
        or len(text.split()) > 12
        or text.rstrip().endswith((".", "!", "?", ";", ":"))
        or component_marker(text) is not None
        or _PLACEHOLDER.fullmatch(text.strip())
        or _NOT_A_TITLES_END.search(text)
    ):
        return False
    rec["title"] = f"{rec.get('title') or ''} {text}".strip()
    state.last_record = (index, rec)
    state.continued = index
    for c, t in others:
        rec[field_of[c]] = f"{rec[field_of[c]]} {t}"
    snippet = own[title_col] if len(own[title_col]) <= 60 else own[title_col][:57] + "…"
    state.issue(
        "info",
        "layout",
        f"row {n} holds only texts ('{snippet}', {', '.join(repr(t[:30]) for _, t in others)}) under a project's "
        "row whose title and other cells they carry on (cells wrapped onto the next row): read as their rest",
        index,
        title_col,
    )
    return True


def _continues_title(state: SheetState, index: int, col: int, text: str) -> bool:
    """Whether a row holding only ``text`` in the title column carries on the title of the project on the row
    right above ("…: victim identification and" / "reintegration support with the National Police"): that
    title stops on a conjunction, a preposition or a comma (or this text starts with one, in small letters: "in
    Kharkiv and Sumy Oblasts"), and this text is short, and is no marker
    ("в т.ч."), placeholder ("н/д") or name written in small letters first ("mHealth"). It starts with a small
    letter, or with a capital when the title stops on a word ("…Police Officers of" / "Communities in Zhytomyr
    Oblast": a title written in title case; a comma or a dash may end a title before a heading). The title is
    joined when it does."""
    above = state.last_record
    if above is None or col != state.fields.get("title"):
        return False
    # a title cut short at a page's end goes on under the next page's header ("…обладнання для" | "Сторінка 1 з 3" |
    # the title block and the header again | "експертних лабораторій …"): the rows between are the page's furniture
    across = above[0] != index - 1 and _page_furniture_between(state, above[0], index)
    if above[0] != index - 1 and not across:
        return False
    first = text.split()[0]
    small = text[:1].islower()
    # "«Рава-Руська» та «Краківець»": a name in quotes goes on a title stopped on a comma or a linking word
    quoted = text[:1] in '«„“"' and _CUT_SHORT.search(above[1].get("title") or "") is not None
    # "(КПВВ «Станиця Луганська»), для ДПСУ": words in brackets under a title go on with it; not a heading of the rows
    # below ("(Projects funded from the regional envelope)", "(Раздел 2 …)"), a word on the row's state or its
    # figures ("(to be confirmed)", "(continued)", "(amounts in EUR)")
    bracketed = (
        text[:1] == "("
        and text[1:2].isalpha()
        and not _NOT_A_TITLES_END.search(text)
        and not _NOT_IN_BRACKETS.match(text)
    )
    if quoted or bracketed:
        small = True
    if (
        not (small or (first[:1].isupper() and not any(c.isupper() for c in first[1:])))
        or (
            small and not (quoted or bracketed) and any(c.isupper() for c in first)
        )  # "mHealth", "iPads": a name, not the rest of a sentence
        or len(text.split()) > 12
        or text.rstrip().endswith((".", "!", "?", ";"))
        or component_marker(text) is not None
        or _PLACEHOLDER.fullmatch(text.strip())
    ):
        return False
    rec = above[1]
    title = rec.get("title") or ""
    cut = _CUT_SHORT.search(title) if title else None
    if across and (cut is None or not small):
        return False  # across a page only a title stopped mid-phrase, carried on in small letters
    if (
        state.wrapped_titles
        and not across
        and _words_of_a_title(text)
        and not title.rstrip().endswith((".", "!", "?", ";"))
    ):
        pass  # the table's titles run on below their rows throughout (see _titles_wrapped_throughout)
    elif cut is None:
        # "…Local Safety Councils" / "in Kharkiv and Sumy Oblasts": a whole title goes on with a linking word; or a
        # title broken mid-phrase where a converter cut its cell ("…facilities and electronic" / "custody records")
        mid_phrase = (
            len(text.split()) <= 8
            and not title.rstrip().endswith((".", "!", "?", ";", ":", ")"))
            and state.continued != index - 1  # a second line only: a third must follow a cut (a linking word)
            and not _REMARK_WORDS.search(text)
        )
        if not (small and title and (_LINKING.fullmatch(first) or mid_phrase)) or _NOT_A_TITLES_END.search(
            text
        ):
            return False
    elif not small and not cut.group().strip()[-1:].isalpha() and cut.group().strip() != ",":
        return False  # "…у Харківській," | "Сумській та Полтавській областях": a comma goes on; a dash may end it
    rec["title"] = f"{title} {text}"
    state.last_record = (index, rec)  # a third line of the title may follow
    state.continued = index
    return True


def _page_furniture_between(state: SheetState, first: int, last: int) -> bool:
    """Whether the rows strictly between two rows are a page break's furniture: blank rows, the title block's notes
    and at least one printed page's mark or repeated header (``state.page_breaks``), nothing else."""
    between = range(first + 1, last)
    if not any(k in state.page_breaks for k in between):
        return False
    rows = state.grid.rows
    return all(
        k in state.page_breaks or blank_row(rows[k]) or len([v for v in rows[k] if clean_text(v)]) == 1
        for k in between
    )


#: Words of a remark, not of a title's second line ("cancelled for the Odesa detachment", "see annex 2").
_REMARK_WORDS = re.compile(
    r"cancel|скасов|отмен|see\s+annex|see\s+note|див\.|см\.|annex\s+\d|додаток\s+\d|приложение\s+\d",
    re.IGNORECASE,
)
#: A printed page's total row: "Total page 1", "Page total", "Разом по сторінці", "Итого по странице", "carried forward".
_PAGE_TOTAL = re.compile(
    r"(?:total|subtotal|разом|всього|усього|итого|всего)\W+(?:page|p\.|сторінка|стор\.|страница|стр\.)\s*\d+"
    r"|(?:разом|всього|усього|итого|всего)\s+(?:по|на)\s+(?:сторінці|странице)"
    r"|page\s+(?:sub)?total|carried\s+forward|brought\s+forward|перенесено|до\s+перенесення|к\s+переносу",
    re.IGNORECASE,
)


def _page_total(row: list) -> bool:
    """Whether a totals row is a printed page's (the table goes on after it)."""
    return any(isinstance(v, str) and _PAGE_TOTAL.search(v) for v in row)


def _donor_of_the_money_column(state: SheetState, rec: dict, col: int, index: int, n: int) -> None:
    """The partner a row's money column names ("ЕС, евро | США, долл. США | Япония, иен": a register with a column
    per donor), for a row that names none (said)."""
    label = state.header.labels.get(col) or ""
    if not names_donor_money(label):
        return
    donor = partner_named_in(label)
    if donor is None or donor == rec.get("partner"):
        return
    rec["partner"], rec["partner_from"] = donor, "money column"
    state.issue("info", "partner", f"row {n}: the money stands under '{label}': {donor}'s", index, col)


def _donor_before_the_sum(state: SheetState, rec: dict, value, index: int, n: int, col: int) -> None:
    """The partner a row's money cell names before its sum ("Уряд Великої Британії, 1 450 000 фунтів стерлінгів",
    "Норвегія, 2 100 000 норвезьких крон": a memo's "фінансування: …" line), for a row that names none (said)."""
    if not isinstance(value, str) or not (digit := re.search(r"\d", value)):
        return
    before = without_currency_words(value[: digit.start()]).strip(" ,:;–—-")
    if len(before) < 3:
        return
    donor = funder_in_text(before) or partner_in_text(before)
    if donor is None or donor == rec.get("partner"):
        return
    rec["partner"], rec["partner_from"] = donor, "money column"
    state.issue(
        "info",
        "partner",
        f"row {n}: the amount cell names who pays before its sum ('{before}'): {donor}",
        index,
        col,
    )


#: A line of a description naming the donors: "Донори: ЄС – 80 %, Уряд Польщі – 20 %", "Donors: EU 70%, SE 30%".
_DONORS_LINE = re.compile(
    r"(?:^|\n|;\s*)\s*(?:donors?|funders?|донор[иы]?|співфінансування|софинансирование|co-?financ\w*)\s*[:–—-]\s*"
    r"(?P<donors>[^\n;]+?)(?=\s+(?:виконав\w*|исполнит\w*|implement\w*)\s*[:–—-]|[\n;]|$)",
    re.IGNORECASE,
)


def _funder_described(state: SheetState, rec: dict, index: int, n: int) -> None:
    """The partner a row's description says pays ("With financial support of the Government of Japan", "Donor:
    Government of Canada"), in a table with no partner on the row (the file's partner is then the implementer
    that sent it); said at the description. Donors named with their shares ("Донори: ЄС – 80 %, Уряд Польщі –
    20 %") are the row's partners in those shares (split by the build)."""
    line = _DONORS_LINE.search(rec["description"] or "")
    shares = partner_shares(line["donors"]) if line else None
    if shares and len(shares) >= 2:
        rec["partner"] = " / ".join(f"{name} {share:g}%" for name, share in shares)
        rec["partner_from"] = "column"
        state.issue(
            "info",
            "partner",
            f"row {n}: the description names its donors with their shares: {rec['partner']}",
            index,
            state.fields.get("description"),
        )
        return
    funder = funder_in_text(rec["description"])
    if funder is None or funder == rec.get("partner"):
        return
    before = rec.get("partner")
    rec["partner"], rec["partner_from"] = funder, "description"
    col = state.fields.get("description")
    state.issue(
        "info",
        "partner",
        f"row {n}: the description names who pays: {funder}"
        + (f" (not {before}, the file's partner)" if before else ""),
        index,
        col,
    )


#: A heading naming who pays for the rows below it: "Funding partner: Government of Japan – amounts in JPY",
#: "Донор: Уряд Японії", "Funded by the Netherlands".
_PARTNER_HEADING = re.compile(
    r"(?:funding\s+partners?|donors?|funders?|source\s+of\s+funding|донори|доноры|донор|джерело\s+фінансування"
    r"|источник\s+финансирования)\s*[:–—]\s*(?P<name>.+)"
    # "Projects funded by USAID", "For information: other U.S. assistance - projects funded by USAID"
    r"|(?:.{0,80}?\b(?:projects?|activities|проєкти|проекти|проекты)[\s,]+(?:що\s+|які\s+|которые\s+)?)?"
    r"(?:funded\s+by|фінансується|финансируется|фінансуються|финансируются)\s+(?P<by>.+)"
    # "Собственные средства ПРООН (TRAC)", "Власні кошти МОМ", "Own resources of UNDP": the organisation's own money
    r"|(?:собственн\w*\s+средств\w*|власн\w*\s+кошт\w*|own\s+(?:funds|resources)\s+of)\s+(?P<own>.+)"
    # "Спільне фінансування: ЄС — 70 %, …", "Фінансування Уряду Канади", "Co-financing: EU 60 %, Germany 40 %"
    r"|(?:спільне\s+|совместное\s+|co-?)?(?:фінансування|финансирование|funding|financing)\s*(?:[:–—]\s*|\s+)(?P<fin>.+)",
    re.IGNORECASE,
)


#: A row saying in what the amounts below it are written ("Норвегия — далее в тыс. NOK", "from here: USD thousand",
#: "Данія — суми в датських кронах (DKK), повні суми").
_UNITS_WORDS = re.compile(
    r"сумм|сум[аиу]\b|amounts?\b|figures\b|далее|далі|from here|below|нижче|ниже|thousand|тис\.|тыс\.|'000"
    r"|полн\w* сумм|повн\w* сум|full amounts",
    re.IGNORECASE,
)
#: A section of a table by its currency: "Проекты в долларах США (USD)", "Projects in EUR".
_CURRENCY_SECTION = re.compile(r"^(?:projects?|проекты|проєкти|проекти)\s+(?:in|в|у)\s", re.IGNORECASE)
#: Words saying what the amounts are written in ("суми в євро", "amounts are in EUR", "суммы указаны в тыс. долларов").
_AMOUNTS_IN = re.compile(
    r"(?:amounts?|figures|sums?|суми|сума|суммы|сумма)\s+(?:(?:are|is|given|shown|указан\w*|наведен\w*|вказан\w*)\s+)?"
    r"(?:in|в|у)\s",
    re.IGNORECASE,
)
#: Words by which a row speaks of the rows below it ("Нижче — проєкти …: суми в євро", "from here: USD thousand").
_BELOW_SAID = re.compile(
    r"below|нижче|ниже|далее|далі|from here|from row|з рядка|со строки|начиная с", re.IGNORECASE
)
_IN_FULL = re.compile(r"полн\w* сумм|повн\w* сум|full amounts?|amounts in full|full units", re.IGNORECASE)


def _says_whole_sums(text: str) -> bool:
    """Whether a text says its amounts are whole, not in thousands or millions ("Amounts in EUR (full amount, NOT
    thousands)", "повні суми", "не в тис. грн")."""
    return bool(_IN_FULL.search(text)) or denies_a_unit(text)


#: Words by which such a row speaks of other rows or of a part of the money ("amounts above in NOK thousand",
#: "for Norway only", "exclude UAH co-financing"): not the rows below it.
_NOT_BELOW = re.compile(
    r"above|вище|выше|only|лише|тільки|только|exclud|excl\.|\bбез\b|крім|кроме|co-?financ|співфінанс|софинанс",
    re.IGNORECASE,
)
#: The fields of a column of money.
_MONEY_FIELDS = ("amount", "yearly", "agency_amount", "priority_amount", "fiscal")


def _units_heading(state: SheetState, index: int, n: int, c: int, text: str) -> bool:
    """Whether a row of one text says the currency or the unit of the amounts below it ("Норвегия — далее в тыс.
    норвежских крон (тыс. NOK)", "from here: USD thousand"): the table's money columns take them from this row on
    (until another such row), and that is said here."""
    if (
        not (_UNITS_WORDS.search(text) or _CURRENCY_SECTION.match(text))
        or _NOT_BELOW.search(text)
        or not any(
            sum(1 for v in row if v is not None and str(v).strip()) >= 3
            for row in state.grid.rows[index + 1 :]
        )
    ):  # a note under the table's last row says nothing of rows below it
        return False
    currency, scale, full = currency_in_text(text), units_scale(text), _IN_FULL.search(text) is not None
    if scale == 1.0 and (said_units := units_with_currency(text)):  # "from here: USD thousand"
        currency, scale = said_units
    if currency is None and scale == 1.0 and not full:
        return False
    columns = state.header.columns
    state.header.columns = {
        col: (
            replace(
                m,
                currency=currency or m.currency,
                scale=scale if scale != 1.0 else (1.0 if full else m.scale),
            )
            if m.field in _MONEY_FIELDS
            else m
        )
        for col, m in columns.items()
    }
    said = ", ".join(
        part for part in (currency, f"in {'thousands' if scale == 1e3 else 'millions'}" if scale != 1.0 else "",
                          "in full units" if full and scale == 1.0 else "") if part
    )  # fmt: skip
    state.issue(
        "info",
        "amount",
        f"row {n} says how the amounts below it are written ('{text[:80]}'): {said}, from this row on",
        index,
        c,
    )
    return True


#: A line of equipment that writes its quantity and unit price in its name ("– Автомобіль пожежний, 10 од. × 42 000 000
#: JPY", "Radio sets, 150 pcs x 620 USD"), or ends on its quantity ("- тепловізійні камери (12 од.)", "incl. rescue boats
#: (6 pcs)", "- принтеры для персонализации документов, 20 шт."): an item of the project above it, as a quantity column
#: would say.
_ITEM_IN_TITLE = re.compile(
    r"\d+\s*(?:од|шт|ед|units?|pcs|pieces|компл\w*|к-т)\.?\s*[×x*]\s*\d"
    r"|(?:\(\s*|[,:–—-]\s*)\d[\d\s]*\s*(?:од|шт|ед|units?|pcs|pieces|sets?|компл\w*|к-т)\.?\s*\)?\s*$",
    re.IGNORECASE,
)
#: A section's number or letter before its heading ("1. ", "II. ", "B) ").
_SECTION_NUMBER = re.compile(
    r"^(?:(?:розділ|раздел|section|part|частина|часть)\s+)?(?:\d{1,2}|[IVX]{1,4}|[A-ZА-Я])[.)]\s+",
    re.IGNORECASE,
)


def _agency_heading(state: SheetState, index: int, n: int, c: int, text: str) -> bool:
    """Whether a row of one text names the beneficiary agency of the rows below it ("1. Національна поліція України")
    in a table with no beneficiary column: those rows take it, until the group's totals row or the next heading;
    said once here."""
    if state.fields.get("beneficiaries") is not None or len(text) > 120:
        return False
    agency = only_an_agency(_SECTION_NUMBER.sub("", text.strip()))
    if agency is None:
        return False
    state.group_agency = (agency, state.cell(index, c))
    state.agency_headings = True
    state.issue(
        "info",
        "beneficiaries",
        f"row {n} names the agency of the rows below it ('{text.strip()}'): {agency}, the beneficiary of each that "
        "names none",
        index,
        c,
    )
    return True


def _a_country(partner: str | None) -> bool:
    """Whether a partner is a country (of ``partners.csv`` or ``countries.csv``), not the EU or an organisation."""
    return partner != "EU" and (is_a_donor_state(partner) or partner in country_names())


def _heads_a_donors_rows(name: str) -> bool:
    """Whether a partner's name alone heads a donor's rows: a state in official style ("Уряд Японії", "Королівство
    Норвегія"), the EU or an organisation of the partners' list; not a country's bare name ("POLAND", "MOLDOVA"),
    which may head a border's section."""
    partner = canonical_partner(name)
    listed_organisation = is_listed_partner(name) and not is_a_donor_state(partner)
    # "ДАНІЯ", "ЕСТОНІЯ": a state that is no neighbour of Ukraine, so no section of its border
    far = _a_country(partner) and partner not in neighbour_countries()
    return partner == "EU" or listed_organisation or names_officially(name) or far


#: A heading naming partners of a kind, not one: "Міжнародні організації", "Other donors", "Інші партнери".
_PARTNERS_OF_A_KIND = re.compile(
    r"(?:international|other|multilateral|міжнародні|інші|международные|другие|прочие)\s+"
    r"(?:organi[sz]ations|donors|partners|організації|донори|партнери|организации|доноры|партнеры)",
    re.IGNORECASE,
)


def _partner_heading(state: SheetState, index: int, n: int, c: int, text: str) -> bool:
    """Whether a row of one text names the partner of the rows below it (and perhaps their currency) in a table
    with no partner column; the partner and the currency are taken by those rows, and said once here. A heading
    of this kind naming no partner ("Funding partner: see the annex") ends the reach of the one above."""
    if state.fields.get("partner") is not None:
        return False
    heading = text.strip()
    text = _SECTION_NUMBER.sub("", heading)  # "1. Уряд Японії": a numbered section's heading
    said = _PARTNER_HEADING.fullmatch(text)
    if said is None and state.group_partner is not None and _PARTNERS_OF_A_KIND.fullmatch(text.strip(" .:")):
        # "Міжнародні організації", "Other donors" after a donor's heading: its rows are not that donor's
        state.group_partner = None
        state.issue(
            "info",
            "partner",
            f"row {n} heads rows of several partners ('{heading}'): the partner named above ends there; each row's "
            "partner is its own",
            index,
            c,
        )
        return True
    if said is None:  # "SWEDEN / ШВЕЦІЯ (via Sida)": a partner's name alone heads its rows
        name = _heading_name(text)
        if len(text) > 80 or not is_known_partner(name):
            return False
        bare = len(text.strip(" .")) == len(name)
        if (
            bare
            and not _heads_a_donors_rows(name)
            and not (state.bare_country_heading and state.group_partner)
        ):
            return False  # a bare name ("POLAND") may head a section of the border as well as a donor's rows
        words = text.strip()
    else:
        words = said["name"] or said["by"] or said["own"] or said["fin"]
        name = re.split(r"\s[–—-]\s|[,;(]", words, maxsplit=1)[0].strip(" .")
        shares = partner_shares(words)
        if shares and len(shares) >= 2:
            # "Донори: Європейський Союз (75 %) та Уряд Королівства Данія (25 %)": the rows below are co-funded, each
            # split between them by the build as a partner cell naming them would be
            state.group_partner = (words, state.cell(index, c))
            state.issue(
                "info",
                "partner",
                f"row {n} names the partners of the rows below it with their shares ('{heading}'): "
                + ", ".join(f"{p} {share:g} %" for p, share in shares),
                index,
                c,
            )
            return True
    partner = canonical_partner(name) if is_known_partner(name) else None
    if partner is None and said is not None and said["name"]:
        # "Донор: Бюро з міжнародних питань боротьби з наркотиками … Державного департаменту США (INL)": a name
        # longer than any spelling of it, said after the donor's word: the partner it holds
        partner = partner_in_text(words)
        name = words if partner is not None else name
    elif partner is None and said is not None and said["fin"]:
        # "Фінансування Уряду Канади": the partner its first words hold ("Co-financing: contributions of the
        # Government of Ukraine … (not U.S. funds)" names none there)
        partner = partner_in_text(name)
    if partner is None:
        state.group_partner = None
        return False
    state.group_partner = (partner, state.cell(index, c))
    state.bare_country_heading = said is None and len(text.strip(" .")) == len(name) and _a_country(partner)
    rest = words[len(name) :]
    currency = currency_in_text(rest)
    amounts_said = currency is not None and re.search(r"(?i)amount|currenc|сум|валют|\bin\b", rest)
    state.block_currency = currency if amounts_said else state.block_currency
    state.issue(
        "info",
        "partner",
        f"row {n} names the partner of the rows below it ('{heading}'): {partner}"
        + (f", amounts in {currency}" if amounts_said else ""),
        index,
        c,
    )
    return True


def _a_partner_alone(row: list) -> bool:
    """Whether a row's one text opens on a known partner's name ("DENMARK (Ministry of Foreign Affairs / DANIDA)"):
    a donor's heading over its rows, whatever else its words name (a ministry outside the MIA system).

    Examples
    --------
    >>> _a_partner_alone(["DENMARK (Ministry of Foreign Affairs / DANIDA)", None]), _a_partner_alone(["Fire safety", 5])
    (True, False)
    """
    texts = {t for v in row if (t := clean_text(v))}
    if len(texts) != 1:
        return False
    text = _SECTION_NUMBER.sub("", next(iter(texts))).strip()
    name = _heading_name(text)
    return len(text) <= 80 and bool(name) and is_known_partner(name)


def _heading_name(text: str) -> str:
    """The name a heading opens on, before a slash, a dash, a comma or a bracket ("SWEDEN / ШВЕЦІЯ (via Sida)")."""
    return re.split(r"\s/\s|\s[–—-]\s|[,;(:]", text.strip(), maxsplit=1)[0].strip(" .")


#: A column's label that names what sector each row is in ("Sector", "Сфера"), a priority's as often.
_SECTOR_LABEL = re.compile(r"sector|sphere|сфера|сектор|галузь|отрасль", re.IGNORECASE)


def _sector_names_column(state: SheetState, header: Header, rows: list[list]) -> None:
    """A column labelled "Sector" ("Сфера", "Галузь", "Отрасль") whose cells name the MIA system on some rows ("MIA
    system", "Система МВС") and other sectors on others ("Justice", "Охорона здоров'я"): each row's sector, not its
    priority. The column (the declared priority's, or one no field claims) is read as the sector's (``in_sector``):
    a row of another sector that names none of the system's agencies is not counted (:func:`_not_a_project`); said
    once."""
    # the header's own words for each column (a column no field claims has no label of its own in ``header``)
    said = _header_labels(rows, header, max(len(rows[r]) for r in range(header.first_row, header.row + 1)))
    candidates = [
        c
        for c, label in sorted(said.items())
        if ((m := header.columns.get(c)) is None or m.field in ("declared_priority", None, "duplicate"))
        and any(_SECTOR_LABEL.fullmatch(half.strip(" .:")) for half in _halves(label or ""))
    ]
    for col in candidates:
        cells = [t for row in rows[header.row + 1 :] if (t := clean_text(cell_value(row, col)))]
        own = [t for t in cells if names_the_system(t)]
        others = sorted({t for t in cells if not names_the_system(t)})
        if not own or not others:
            continue
        header.columns[col] = FieldMatch(
            "in_sector", None, None, getattr(header.columns.get(col), "strength", 1.0)
        )
        state.sectors_named = True
        state.issue(
            "info",
            "sector",
            f"column {col_letters(col)} '{said[col]}' names each row's sector ('{own[0]}', and "
            f"{', '.join(repr(t) for t in others[:4])}): read as the sector, not a priority; rows of another sector "
            "that name none of the system's agencies are not counted",
            header.row,
            col,
        )
        return


def _halves(text: str) -> list[str]:
    """A text, and each of its languages when it gives two ("Сектор / Sector", "Юстиція / Justice")."""
    return [text, *text.split(" / ")] if " / " in text else [text]


def names_the_system(text: str) -> bool:
    """Whether a cell of a column of sectors names the MIA system ("MIA system", "Система МВС / MIA system").

    Examples
    --------
    >>> names_the_system("Система МВС / MIA system"), names_the_system("Юстиція / Justice")
    (True, False)
    """
    return any(system_names().fullmatch(half.strip(" .")) for half in _halves(text))


def _names_the_work(state: SheetState, row: list) -> bool:
    """Whether a row's beneficiary, title or description names the MIA system's work or one of its agencies."""
    words = _row_words(state, row, state.fields.get("beneficiaries"))
    return bool(outside_patterns()[1].search(words)) or _an_agency_named(words)


def _names_an_agency(state: SheetState, row: list) -> bool:
    """Whether a row's beneficiary cell names one of the MIA system's agencies ("НПУ", "ДПСУ", "National Police"),
    or its title or description one by its name."""
    col = state.fields.get("beneficiaries")
    said = clean_text(cell_value(row, col)) if col is not None else None
    if said and parse_beneficiaries(said)[0]:
        return True
    return _an_agency_named(_row_words(state, row, col))


def _an_agency_named(words: str) -> bool:
    """Whether a row's words name one of the MIA system's agencies by its name."""
    return any(p.search(words) for p in agency_patterns().values())


def _outside_the_system(state: SheetState, row: list) -> str | None:
    """What sets a row outside the MIA system, said for its issue: its beneficiary cell naming only bodies outside
    it ("Ministry of Health; Public Health Center", "Office of the Prosecutor General"), or, with no beneficiary
    given, its title or description naming one ("… with the Ministry of Energy of Ukraine"); when neither the
    beneficiary, the title nor the description names an MIA agency or the system's work (police, border, migration,
    rescue …). Else None."""
    col = state.fields.get("beneficiaries")
    text = clean_text(cell_value(row, col)) if col is not None else None
    bodies, work = outside_patterns()
    code = clean_text(cell_value(row, state.line_col)) if state.line_col is not None else None
    if code and outside_sector_codes().fullmatch(code.split(".")[0]):
        # a row per sector, this one's code another sector's ("23183": energy efficiency)
        text = f"its sector code {code} is another sector's (not the MIA system's),"
    elif not text:
        # no beneficiary said: a title or description naming only another body ("Energy Security Dialogue with the
        # Ministry of Energy of Ukraine")
        named = outside_named_bodies().search(_row_words(state, row, col))
        if not named or not named.group().strip():
            return None
        text = (
            f"it names no beneficiary, and its texts name '{named.group().strip()}', outside the MIA system,"
        )
    else:
        codes, unknown = parse_beneficiaries(text)
        if (
            codes or not unknown or not bodies.search(text)
        ):  # (its parts may be split mid-name: "… and Science")
            return None
        text = f"its beneficiaries ('{text}') are outside the MIA system"
    if _names_the_work(state, row):
        return None
    return text


def _row_words(state: SheetState, row: list, col: int | None) -> str:
    """A row's beneficiary (at ``col``), title and description, joined: the words :func:`_outside_the_system`
    reads (most rows are decided before they are needed)."""
    return " ".join(
        clean_text(cell_value(row, c)) or ""
        for c in (col, state.fields.get("title"), state.fields.get("description"))
        if c is not None
    )


#: A status saying the row is struck out: "DELETED – duplicate of No. 2", "Видалено", "Удалено (дубль)", "Duplicate".
#: The words marking a row for deletion, done or to be done.
_DELETION_WORDS = r"delete[d]?|remove[d]?|видалити|видалено|вилучити|вилучено|удалить|удалено|исключить|исключено|виключено|виключити"
_DELETED_STATUS = re.compile(rf"\s*(?:{_DELETION_WORDS}|duplicate|дублікат|дубликат|дубль)\b", re.IGNORECASE)
#: A remark striking a row off the list: "рядок видалено – дублює п. 1", "row deleted (duplicate of item 3)",
#: "строка удалена", "duplicates No. 4", "дублікат рядка 2".
_ROW_DELETED = re.compile(
    r"(?:рядок|строка|row|line|запис|запись)\s+(?:видален|вилучен|удален|deleted|removed)\w*"
    r"|(?:видален|вилучен|удален|deleted|removed)\w*\s+(?:рядок|строка|row|line)"
    r"|(?:дублює|дублирует|duplicates|duplicate of|дублікат|дубликат|дубль|повторює|повторяет|repeats)\s+"
    r"(?:рядк\w*\s+|строк\w*\s+|row\s+|item\s+|пункт\w*\s+|п\.\s*|№\s*|no\.?\s*|#\s*)\d{1,3}\b"
)
#: Word stems one of which a row striking itself off holds (:data:`_DELETE_FLAG`, :data:`_ROW_DELETED`), lower-cased:
#: looked for first, far cheaper than the patterns (most rows hold none).
_STRUCK_OFF_WORDS = (
    "delet", "remov", "видал", "вилуч", "удал", "исключ", "виключ", "дубл", "duplic", "повтор", "repeat",
)  # fmt: skip


def _struck_off(text: str) -> bool:
    """Whether a text strikes its row off (:data:`_ROW_DELETED`), not negated or qualified before it ("не дублює п. 1",
    "Not a duplicate of No 1", "частково дублює п. 1")."""
    for found in _ROW_DELETED.finditer(text):
        if not _NOT_STRUCK.search(text[max(0, found.start() - 16) : found.start()]):
            return True
    return False


#: Words before a duplicate's remark that deny or qualify it: "не", "not (a)", "частково", "partly".
_NOT_STRUCK = re.compile(
    r"(?:\bне|\bnot(?:\s+an?)?|\bні|частково|частично|partly|partially|\bno)\s*$", re.IGNORECASE
)
#: A cell marking its row for deletion: "DELETE", "[ВИЛУЧЕНО]", "УДАЛИТЬ", "to be removed", "видалити".
_DELETE_FLAG = re.compile(
    rf"[\[(]?\s*(?:{_DELETION_WORDS}|to be (?:deleted|removed))\s*[\])]?\.?", re.IGNORECASE
)
#: A deletion flag set ("is_deleted": 1, "Deleted": yes, "Видалено": так): the record is no longer the system's.
#: A record flagged deleted or archived: "TRUE", "Так", an export's ticked box ("checked", "✓").
_DELETED = re.compile(
    r"1|1\.0|true|yes|y|x|\+|так|да|deleted|видалено|вилучено|удалено|истина|checked|ticked|archived|✓|✔|✔️|☑|☒"
)


def _not_a_project(
    state: SheetState,
    row: list,
    index: int,
    n: int,
    texts: list,
    seen_total: bool,
    title_text,
    code_text,
    cleaned: list | None = None,
):
    """ "skipped" for the template's example row, a note or a section heading; "rejected" for a row with
    neither title nor code; None for a row that can be a project."""
    fields = state.fields
    joined = "\n".join([t for _, t in texts])  # the row's texts, for the words of a few rules below
    low = joined.lower()
    if state.sector_col is not None and (title_text or code_text):
        said = clean_text(cell_value(row, state.sector_col))
        if said and _NO.fullmatch(
            said.strip(" .")
        ):  # "MIA system: No": listed for information, not the sector's
            label = state.header.labels.get(state.sector_col, "")
            state.issue(
                "info",
                "sector",
                f"row {n}: '{label}' says '{said}': the project is outside the MIA system (listed for "
                "information); not counted",
                index,
                state.sector_col,
            )
            return "skipped"
        if said and state.sectors_named and not names_the_system(said):
            # "Sector: Justice | Anti-corruption in the Judiciary": the partner's own word on the sector, unless the
            # row names one of the system's agencies ("Emergency medical supplies" is no rescue service's work)
            if not _names_an_agency(state, row):
                label = state.header.labels.get(state.sector_col, "")
                state.issue(
                    "info",
                    "sector",
                    f"row {n}: '{label}' says '{said}', another sector than the MIA system's, and the row names "
                    "none of the system's agencies: not counted",
                    index,
                    state.sector_col,
                )
                return "skipped"
    status_col = fields.get("status")
    if status_col is not None and (title_text or code_text):
        said = clean_text(cell_value(row, status_col))
        # "Draft v1 (superseded)", "неактуально": an earlier version, in the words that say so of a sheet
        if said and _NOT_THE_LIST.search(said):
            state.issue(
                "info",
                "row",
                f"row {n}: its status says it is an earlier version ('{said}'): not counted (the version that "
                "replaced it is)",
                index,
                status_col,
            )
            return "skipped"
        if said and _DELETED_STATUS.match(said):  # "DELETED – duplicate of No. 2", "видалено (дубль)"
            state.issue(
                "info",
                "row",
                f"row {n}: its status says the row is deleted or a duplicate ('{said}'): not counted",
                index,
                status_col,
            )
            return "skipped"
    struck = (title_text or code_text) and any(w in low for w in _STRUCK_OFF_WORDS)  # the cheap test first
    if struck and (
        flag := next(
            ((c, t) for c, t in texts if c != fields.get("title") and _DELETE_FLAG.fullmatch(t)), None
        )
    ):
        # "DELETE" in a column of changes ("NEW | UPDATED | DELETE"): the partner strikes the row off its list
        state.issue(
            "info",
            "row",
            f"row {n}: '{flag[1]}' marks the row for deletion: not counted",
            index,
            flag[0],
        )
        return "skipped"
    if struck and _struck_off(low):
        # "рядок видалено – дублює п. 1" in a remark: the row is struck off the list, not a project
        title_col = fields.get("title")
        c, said = next(
            (
                (c, t)
                for c, t in texts
                # in a remark; or in the title's brackets ("Support to … (DUPLICATE of No 1 - delete)")
                if c != title_col or any(_struck_off(b.lower()) for b in re.findall(r"\(([^()]*)\)", t))
                if _struck_off(t.lower())
            ),
            (None, None),
        )
        if said is not None:
            state.issue(
                "info",
                "row",
                f"row {n}: '{said[:80]}' says the row is deleted or repeats another: not counted",
                index,
                c,
            )
            return "skipped"
    if state.deleted_col is not None and (title_text or code_text):
        said = cell_value(row, state.deleted_col)
        flags = str(clean_text(said) or "").split(" / ")  # "Так / Yes": the flag in two languages
        if all(_DELETED.fullmatch(flag.strip(" .").lower()) for flag in flags):
            label = state.header.labels.get(state.deleted_col, "")
            state.issue(
                "info",
                "row",
                f"row {n}: '{label}' says '{clean_text(said)}': the record was deleted or archived in the system it "
                "comes from; not counted",
                index,
                state.deleted_col,
            )
            return "skipped"
    if (
        (title_text or code_text)
        and (outside := _outside_the_system(state, row)) is not None
        and not _a_partner_alone(row)
    ):
        state.issue(
            "info",
            "sector",
            f"row {n}: {outside} and its texts name none of the system's work: another sector's project (a "
            "donor's wider list); not counted",
            index,
            fields.get("beneficiaries"),
        )
        return "skipped"
    if (
        (code_text and _EXAMPLE_FIRST.match(code_text) and _example_word(code_text))
        # "Приклад / Example | Training of … | …" in a number column
        or (texts and _EXAMPLE_FIRST.match(texts[0][1]) and _example_word(texts[0][1]))
        or (title_text and title_text[:8].split(":")[0].strip().lower() in _EXAMPLE)
        or (
            title_text and _FORM_BLANK.fullmatch(title_text)
        )  # "<project title>": the form's blank, not a project
        or (
            ("example" in low or "приклад" in low or "пример" in low or "зразок" in low)
            and _EXAMPLE_SAID.search(low)
        )  # "… (example)", a remark "example only"
        or (
            getattr(state.header, "shifted", 0) and _an_example_row(row)
        )  # the example row left, the rows moved
    ):
        if not state.grid.meta.get("template"):  # in the intake template the example row is expected
            state.issue("info", "example", f"row {n} is the template's example row; skipped", index)
        return "skipped"
    if state.item_type_cols and any(
        _FOLDER.fullmatch(clean_text(cell_value(row, c)) or "") for c in state.item_type_cols
    ):
        state.issue(
            "info",
            "example",
            f"row {n} is a folder of the list ('{title_text or code_text}'), no project; skipped",
            index,
        )
        return "skipped"
    if (
        title_text
        and not code_text
        and len(texts)
        >= 2  # a figure beside it; alone, the name heads its agency's rows (see _table_furniture)
        and len(title_text) <= _AGENCY_NAME_MAX
        and (agency := only_an_agency(title_text))
        and not any(
            clean_text(cell_value(row, fields[f]))
            for f in ("start_date", "end_date", "period")
            if f in fields
        )
    ):  # "Национальная полиция Украины (НПУ) | 4 | 5 940 000" in a summary by agency
        if cleaned is not None and _agency_part_of_the_above(
            state, row, cleaned, index, n, title_text, agency
        ):
            return "skipped"
        state.issue(
            "info",
            "total",
            f"row {n}: '{title_text}' names a beneficiary agency ({agency}) and no project: a total per agency, as "
            "in a summary; skipped",
            index,
        )
        return "skipped"
    if (
        cleaned is not None
        and title_text
        and not code_text
        and _TRANCHE_LABEL.match(title_text)
        and _tranche_of_the_above(state, row, cleaned, index, n, title_text)
    ):  # "   2. Tranche | 15.02.2021 | 400 000" under its project's row
        return "skipped"
    if (
        cleaned is not None
        and not code_text
        and (raw_title := clean_text(cell_value(row, state.fields.get("title"))))
        and COMPONENT_MARKER.match(raw_title)
        and _part_of_the_above(state, row, cleaned, index, n, raw_title)
    ):  # "    of which 2021 | 400 000" or "    of which equipment | 90 000" under its project's row
        return "skipped"
    if (
        cleaned is not None
        and title_text
        and not code_text
        and len(texts) == 2  # a name and its figure
        and state.last_record is not None
        and state.last_record[0] == index - 1
        and state.last_record[1].get("_agency_parts") is not None
        and len(title_text) <= _AGENCY_NAME_MAX
        and _agency_part_of_the_above(state, row, cleaned, index, n, title_text, None)
    ):  # "Donetsk Oblast Civil-Military Administration | 75 000" among the agencies' parts of a project
        return "skipped"
    if (
        len(texts) == 2
        and texts[0][1].strip() in state.status_codes
        and not texts[0][1].strip().isdigit()  # "1 | Title": an item numbered, no legend's line
        and not any(isinstance(v, (int, float, dt.date)) and not isinstance(v, bool) for v in row)
    ):  # "A | approved by the Steering Committee" under "Status codes:": a line of the legend
        state.issue(
            "info",
            "note",
            f"row {n} is a line of the status legend ('{texts[0][1]}' – '{texts[1][1][:60]}'); skipped",
            index,
        )
        return "skipped"
    if (
        texts
        and _LEGEND_ROW.fullmatch(texts[0][1])
        and not any(isinstance(v, (int, float, dt.date)) and not isinstance(v, bool) for v in row)
    ):  # a legend holds words and sample fills, never a figure
        state.issue(
            "info",
            "note",
            f"row {n} is the sheet's legend ('{texts[0][1][:60]}'), no project; skipped",
            index,
        )
        return "skipped"
    if (
        len(texts) <= 3
        and "=" in low
        and any(len(_CODES_GIVEN.findall(t)) >= 2 for _, t in texts)
        and not any(isinstance(v, (int, float, dt.date)) and not isinstance(v, bool) for v in row)
    ):  # "STATUS_CD | 1=ongoing 2=pipeline 3=closed", "DONOR_CD | D01=European Union; D02=…": a code list's line
        state.issue(
            "info",
            "note",
            f"row {n} is a line of a legend of codes ('{' | '.join(t for _, t in texts)[:60]}'), no project; skipped",
            index,
        )
        return "skipped"
    if (said := _national_cofunding(state, row, index)) is not None:
        # "- співфінансування: бюджет Маріупольської міської громади | Маріупольська міська рада": Ukraine's own money
        state.issue(
            "warning",
            "partner",
            f"row {n}: '{said[:70]}' is co-funding from a Ukrainian budget or beneficiary, not international technical "
            "assistance: not counted",
            index,
        )
        return "skipped"
    if texts and n in state.grid.meta.get("legend_rows", ()):  # a line of the colours' legend (see build)
        state.issue(
            "info",
            "note",
            f"row {n} is a line of the sheet's legend of colours ('{texts[0][1][:60]}'), no project; skipped",
            index,
        )
        return "skipped"
    if (
        len(texts) >= 2
        and ("not" in low or "ignore" in low or "не " in low)  # a cheap test first
        and (
            stale := next(
                (
                    t
                    for c, t in texts
                    if (
                        c != fields.get("title")
                        and _STALE_ROW.search(t)
                        and _STALE_COPY.search(t)
                        # a title's own last brackets: "… (дубликат – не учитывать)", "… (duplicate - ignore)"
                        or c == fields.get("title")
                        and (marked := _LAST_BRACKETS.search(t))
                        and _STALE_COPY.search(marked[1])
                        and _IGNORE.search(marked[1])
                    )
                ),
                None,
            )
        )
    ):
        state.issue(
            "warning",
            "note",
            f"row {n} says it is not to be used ('{stale[:80]}'): an old or duplicate line, skipped, not counted",
            index,
        )
        return "skipped"
    if title_text and _TEST_ROW.fullmatch(title_text.strip(" .!-–*\"'«»")):
        state.issue(
            "info",
            "example",
            f"row {n} is a test of the form ('{title_text.strip()}'), no project; skipped",
            index,
        )
        return "skipped"
    # a row of one text in a recognised column of amounts or dates is no note (state.numeric_cols)
    only_text = len(texts) == 1 and isinstance(row[texts[0][0]], str)
    if not only_text and len(texts) > 1:
        # a title wrapped onto the next row beside cells merged down over both (an agency merged over a section):
        # the row's own text is the title's rest
        merged = _merged_below(state)
        own = [(c, t) for c, t in texts if (index, c) not in merged] if merged else texts
        if (
            len(own) == 1
            and isinstance(row[own[0][0]], str)
            and own[0][0] == fields.get("title")
            # its text opens with a linking word ("on the Ukrainian-Moldovan border", "в изоляторах …"), or the
            # title above stops mid-phrase: not an item of its own in small letters ("e-learning platform …")
            and (
                own[0][1].split()[0].lower() in _LINKING_WORDS
                or _CUT_SHORT.search((state.last_record[1].get("title") or "") if state.last_record else "")
            )
            and _continues_title(state, index, *own[0])
        ):
            c, t = own[0]
            snippet = t if len(t) <= 80 else t[:77] + "…"
            state.issue(
                "info",
                "layout",
                f"row {n} has only the text '{snippet}' (its other cells merged down from above), under a title cut "
                "short on the row above: read as the rest of that title (it wraps onto this row)",
                index,
                c,
            )
            return "skipped"
    if only_text:
        state.group_priority = None  # any other heading or note ends a priority heading's reach
    said = _PRIORITY_HEADING.fullmatch(texts[0][1]) if only_text else None
    status = status_heading(texts[0][1]) if only_text and not said else None
    key_cols = [fields.get(f) for f in ("title", "project_id", "number") if fields.get(f) is not None]
    heading_col = only_text and (texts[0][0] in key_cols[:2] or texts[0][0] <= min(state.header.columns))
    if only_text and not said and not status and heading_col and state.group_status:
        # a heading of projects saying another status ("Projects under preparation") takes over, one saying none
        # ("Проєкти поліції") ends the reach; a row with a title alone ("Completion of the training centre",
        # "Cyber training (amount TBD)") is no heading of the rows below and changes nothing
        if _PROJECTS_WORD.search(texts[0][1]):
            other = status_in_heading(texts[0][1])
            state.group_status = (other, state.cell(index, texts[0][0])) if other else None
    if status and heading_col and texts[0][0] not in state.numeric_cols:
        status_from_heading(state, status, index, *texts[0], "says the status of the rows below it")
        return "skipped"
    if (
        len(texts) == 2
        and (_ROW_NUMBER.fullmatch(texts[0][1]) or _ROMAN_NUMBER.fullmatch(texts[0][1]))
        and texts[1][0] in key_cols[:2]
        and isinstance(row[texts[1][0]], str)
        and (numbered := status_heading(texts[1][1]))
    ):  # "1. | Проєкти, що реалізуються" over "1.1 | …": a numbered section of the projects of a status
        status_from_heading(state, numbered, index, *texts[1], "says the status of the rows below it")
        return "skipped"
    if said and texts[0][0] not in state.numeric_cols and not _PRIORITY_LEVEL.fullmatch(said[1].strip()):
        c, t = texts[0]
        state.group_priority = (said[1].strip(), state.cell(index, c))
        snippet = t if len(t) <= 80 else t[:77] + "…"
        state.issue(
            "info",
            "heading",
            f"row {n} names the priority of the rows below it ('{snippet}'): a project row that names none "
            "declares it",
            index,
            c,
        )
        return "skipped"
    if only_text and texts[0][0] not in state.numeric_cols and _partner_heading(state, index, n, *texts[0]):
        return "skipped"
    if (
        only_text
        and state.wrapped_titles
        and texts[0][0] == state.fields.get("title")
        and _starts_the_title_below(state, index, texts[0][1])
    ):  # "Police Training on Investigation of Sexual" over "and Gender-Based Violence … | UNFPA | 2019-2022 | …"
        state.title_head = (index, texts[0][1].strip(), texts[0][0])
        state.issue(
            "info",
            "layout",
            f"row {n} has only the text '{texts[0][1][:80]}', over a title going on in small letters: the table's "
            "titles run on over several rows (as a PDF converted to a spreadsheet leaves them): read as the start of "
            "the title below",
            index,
            texts[0][0],
        )
        return "skipped"
    if (
        only_text
        and state.wrapped_titles
        and texts[0][0] == state.fields.get("title")
        and _words_of_a_title(texts[0][1])
        and _continues_title(state, index, *texts[0])
    ):  # "Community Policing Development with the" | "Patrol Police": the title's rest, not an agency's heading
        snippet = texts[0][1] if len(texts[0][1]) <= 80 else texts[0][1][:77] + "…"
        state.issue(
            "info",
            "layout",
            f"row {n} has only the text '{snippet}', under a title: the table's titles run on below their rows "
            "throughout (as a PDF converted to a spreadsheet leaves them): read as the rest of that title",
            index,
            texts[0][0],
        )
        return "skipped"
    if _continues_title_and_more(state, row, index, n, texts):
        return "skipped"
    if only_text and texts[0][0] not in state.numeric_cols and _agency_heading(state, index, n, *texts[0]):
        return "skipped"
    if (
        only_text
        and texts[0][0] not in state.numeric_cols
        # past a total: only a row saying the amounts of the rows below are in a currency or a unit, or opening a
        # section of the table by currency ("Итого EUR", then "Проекты в долларах США (USD)")
        and (
            not seen_total
            or (_BELOW_SAID.search(texts[0][1]) and _AMOUNTS_IN.search(texts[0][1]))
            or (_CURRENCY_SECTION.match(texts[0][1]) and currency_in_text(texts[0][1]))
        )
        and not NOTE_ROW.match(texts[0][1])
        and _units_heading(state, index, n, *texts[0])
    ):
        return "skipped"
    if only_text and texts[0][0] not in state.numeric_cols:
        c, t = texts[0]
        snippet = t if len(t) <= 80 else t[:77] + "…"
        if heading := _PROJECT_HEADING.fullmatch(
            t
        ):  # "Проект «…»": its items may follow (_items_under_headings)
            state.project_headings.append((index, c, heading["title"].strip(" «»\"“”„'")))
        if NOTE_ROW.match(t) or seen_total or c not in key_cols[:2]:
            state.issue(
                "info",
                "note",
                f"row {n} is a note under or inside the table ('{snippet}'); skipped",
                index,
                c,
            )
        elif (
            _year_line(state, index, n, c, t)
            or _amendment_line(state, index, n, c, t)
            or _field_line(state, index, n, c, t)
        ):
            pass  # said there
        elif _continues_title(state, index, c, t):
            state.issue(
                "info",
                "layout",
                f"row {n} has only the text '{snippet}', under a title cut short on the row above: "
                "read as the rest of that title (it wraps onto this row)",
                index,
                c,
            )
        else:
            state.issue(
                "warning",
                "heading",
                f"row {n} has only the text '{snippet}' and no amount, dates, agency or partner: "
                "taken as a section heading, not a project",
                index,
                c,
            )
        return "skipped"
    if seen_total and not title_text and not code_text:
        state.issue("info", "note", f"row {n} lies below the totals row and names no project; skipped", index)
        return "skipped"
    if (
        seen_total
        and title_text
        and _SUMMARY_LINE.match(title_text)
        and len(texts) <= 2
        and all(_PLAIN_NUMBER.fullmatch(t) for c, t in texts if t != title_text)
    ):  # "Number of programmes | 5"
        state.issue(
            "info",
            "note",
            f"row {n} below the totals row sums the table up ('{title_text[:60]}'); skipped",
            index,
        )
        return "skipped"
    if seen_total and _YEAR_ONLY.fullmatch(
        title_text or code_text or ""
    ):  # "Totals by year" / "2021" / "2022"
        state.issue(
            "info",
            "total",
            f"row {n} lies below the totals row and names only the year '{title_text or code_text}': a total of "
            "that year, not a project; skipped (totals are recomputed)",
            index,
            fields.get("title") if title_text else fields.get("project_id"),
        )
        return "skipped"
    if not title_text and not code_text and _sums_above(state, texts, index):
        state.issue(
            "info",
            "total",
            f"row {n} names nothing and its {'figure is' if len(texts) == 1 else 'figures are'} the sum of the rows "
            "above: a totals row; skipped (totals are recomputed)",
            index,
            texts[0][0],
        )
        return "total"
    if not title_text and not code_text and (heading := _donors_group_heading(state, row, index)):
        state.group_partner = (heading, state.cell(index, fields["partner"]))
        state.issue(
            "info",
            "partner",
            f"row {n} names a donor ({heading}) over projects that name none: their partner"
            + ("; its figures are their subtotal (not counted)" if len(texts) > 1 else ""),
            index,
            fields["partner"],
        )
        return "skipped"
    if not title_text and not code_text:
        where = ", ".join(f"{state.cell(index, c)}='{t[:30]}'" for c, t in texts[:3])
        state.issue(
            "error",
            "title",
            f"row {n} has no project title or code, so it cannot be a project ({where}); rejected — add the title",
            index,
            fields.get("title"),
        )
        return "rejected"
    return None


#: A cell answering yes or no ("Y", "N", "так", "нет"): no partner's name.
#: A cell answering no: "No", "Ні", "Нет", "N", "false".
_NO = re.compile(r"no|n|ні|нi|нет|false|ні\s*\(.*\)|no\s*\(.*\)|нет\s*\(.*\)", re.IGNORECASE)
_YES_NO = re.compile(r"y|n|yes|no|так|ні|да|нет|x|\+|-|✓|✔", re.IGNORECASE)

#: The word for projects in a heading over a group of them ("Проєкти поліції", "Projects under preparation").
_PROJECTS_WORD = re.compile(
    r"(?<![^\W\d_])(?:projects?|проєкти|проекти|проекты|programmes?|programs?)(?![^\W\d_])", re.IGNORECASE
)

#: A title column whose header says it holds the description too ("Activity (title / description)"), or more
#: lines of the project ("Наименование проекта (англ. название; донор; исполнитель)").
_TITLE_DESCRIBES = re.compile(
    r"descr|опис|описан|донор|donor|виконав|исполнит|implement|англ\.?\s+назв|english\s+(?:title|name)",
    re.IGNORECASE,
)


def _title_and_description(state: SheetState, row: list, col: int | None) -> tuple[str, str] | None:
    """A title cell holding the title on its first line and the description below it, split in two; None
    otherwise. Split only when the header says so ("Activity (title / description)"), the first line is words
    (not a code) and the next begins a sentence (a capital): a title wrapped over two lines stays whole."""
    raw = row[col] if col is not None and col < len(row) else None
    if not isinstance(raw, str) or "\n" not in raw.strip():
        return None
    first, rest = (clean_text(part) for part in raw.strip().split("\n", 1))
    if not first or not rest:
        return None
    said = bool(_TITLE_DESCRIBES.search(state.header.labels.get(col, "") or ""))
    named = len(re.findall(r"[^\W\d_]{2,}", first)) >= 2  # a title of words, not a code ("UKR-2021-07")
    return (first, rest) if said and named and rest[0].isupper() else None


_LATIN = re.compile(r"[A-Za-z]")
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")


def _script(line: str) -> str | None:
    """ "latin" or "cyrillic" for a line written (four fifths of its letters) in one of them, else None."""
    latin, cyrillic = len(_LATIN.findall(line)), len(_CYRILLIC.findall(line))
    if latin + cyrillic < 6:
        return None
    return (
        "latin"
        if latin >= 0.8 * (latin + cyrillic)
        else "cyrillic"
        if cyrillic >= 0.8 * (latin + cyrillic)
        else None
    )


#: A length of time written in a cell ("36 months", "24 міс.", "2 роки").
_DURATION_WORDS = re.compile(r"\d\s*(?:months?|mos?\b|міс|мес|years?|рок|роки|років|год|лет)", re.IGNORECASE)


def _title_in_two_languages(row: list, col: int | None) -> tuple[str, str] | None:
    """A title cell holding the title in one language and, on the next line, in another ("Border posts\\nПрикордонні
    пости"): the first line the title, the second its translation; None for any other title.

    Examples
    --------
    >>> _title_in_two_languages(["Mine-detection equipment for SES\\nОбладнання для виявлення мін для ДСНС"], 0)
    ('Mine-detection equipment for SES', 'Обладнання для виявлення мін для ДСНС')
    >>> _title_in_two_languages(["Border posts in Volyn\\nand Lviv oblasts"], 0) is None
    True
    """
    raw = row[col] if col is not None and col < len(row) else None
    if not isinstance(raw, str) or "\n" not in raw:
        return None
    lines = [text for text in (clean_text(line) for line in raw.strip().split("\n")) if text]
    if len(lines) != 2 or any(len(line.split()) < 2 for line in lines):
        return None
    scripts = [_script(line) for line in lines]
    if None in scripts or scripts[0] == scripts[1] or not lines[1][:1].isupper():
        return None  # "… e-procurement system\nта системи електронних аукціонів": one title, wrapped
    return lines[0], lines[1]


def _project(state: SheetState, row: list, cleaned: list, index: int, n: int, title_text, code_text) -> dict:
    """The project record of a row that can be one, with an issue for every cell that is wrong."""
    cells = RowCells(state, row, cleaned, index, n)
    rec: dict = {"code": code_text, "title": title_text}
    head = state.title_head
    if head is not None and head[0] == index - 1 and title_text:  # the title's start on the row above
        rec["title"] = f"{head[1]} {title_text}"
        cells.names["title_start"] = state.cell(head[0], head[2])
    state.title_head = None
    if not title_text:
        state.issue(
            "warning", "title", f"row {n}: project {code_text} has no title", index, state.fields.get("title")
        )
    # the cells read, in the order records name them: texts, then other values (the yearly amounts come later)
    named = [(f, c) for f, c in state.text_cols if cleaned[c] is not None]
    named += [(f, c) for f, c in state.raw_cols if c < len(row) and row[c] is not None]
    names, tag, letters, renamed = cells.names, str(n), state.letters, state.cell_names is not None
    for name, col in named:
        names[name] = state.cell_in_row(index, n, col) if renamed else letters[col] + tag
    rec["description"], _ = cells.text("description")
    if rec["description"] is None and title_text and "description" not in state.fields:
        both = _title_and_description(state, row, state.fields.get("title"))
        if both:  # "Safe Communities\nJoint community safety councils …" in one cell
            rec["title"], rec["description"] = both
            names["description"] = names["title"]
    if (
        rec["description"] is None
        and title_text
        and (two := _title_in_two_languages(row, state.fields.get("title")))
    ):
        # "Thermal-imaging surveillance …\nТепловізійне спостереження …": the title, and its translation below
        rec["title"], rec["description"] = two
        names["description"] = names["title"]
    rec.update(_who(cells))
    if (
        rec.get("partner_from") in ("file", None)
        and rec["description"]
        and not is_a_donor_state(rec.get("partner"))
    ):
        _funder_described(state, rec, index, n)  # an implementer's list: the description may name who pays
    if not rec.get("declared_priority") and state.group_priority:  # the heading above names it
        rec["declared_priority"], names["declared_priority"] = state.group_priority
    if not rec.get("beneficiaries") and state.group_agency:  # "2. Державна прикордонна служба України" above
        rec["beneficiaries"], names["beneficiaries"] = state.group_agency
    if not rec.get("status") and state.group_status:  # "Planned projects" above the rows
        rec["status"], names["status"] = state.group_status
    rec["start_date"], rec["end_date"] = _dates(cells, rec.get("partner"))
    if cells.coloured and rec.get("status") is None:
        _bar_status(state, cells, rec)
    rec.update(row_money(cells))
    if code_text and not title_text:  # a later line of a coded project, perhaps: what its row says it is
        rec["_line_words"] = " ".join(t for t in cleaned if t)[:300]
    if (
        cells.donor_sums
    ):  # "з них ЄС — 3 000 000, Німеччина — 1 000 000": split by the build like a partner cell
        rec["partner"] = "; ".join(f"{name}: {value:.2f}" for name, value in cells.donor_sums)
        rec["partner_from"] = "column"
        names["partner"] = names.get("amount") or names.get("partner")
    if state.cofunder_cols[0] is not None and rec.get("partner"):
        _cofunder(
            cells, rec
        )  # "Co-funding Partner: Poland | Co-funding Share: 25%" (a share of the money read)
    if cells.declared and not rec.get("declared_priority"):  # the priority column its money stands in
        rec["declared_priority"] = cells.declared[0]
        names["declared_priority"] = state.cell_in_row(index, n, cells.declared[1])
    if rec.get("partner_from") in ("file", None) and cells.amount_col is not None:
        _donor_of_the_money_column(state, rec, cells.amount_col, index, n)
    if rec.get("partner_from") in ("file", None) and cells.amount_col is not None:
        _donor_before_the_sum(state, rec, cell_value(row, cells.amount_col), index, n, cells.amount_col)
    if state.agency_parts and not cells.agencies and rec.get("amount") is not None:
        agencies_with_money(cells, rec["amount"])  # the amount is the total column's
    if cells.agencies and not rec.get("beneficiaries"):
        rec["beneficiaries"] = ";".join(dict.fromkeys(cells.agencies))
    if state.shares_col is not None and rec.get("amount") is not None and not rec.get("yearly_amounts"):
        _shares_of_years(cells, rec)
    if state.year_col is not None:  # a row per project and year (see build._rows_per_year)
        year_cell = cell_value(row, state.year_col)
        rec["_amount_year"] = _year_of(year_cell)
        rec["_amount_year_cell"] = state.cell_in_row(index, n, state.year_col)
        if _transaction_column(state) is None or state.transaction_kinds is not None:
            # the whole row: two rows of one project and year that differ (a component, a top-up) are parts of it
            rec["_row_cells"] = "\x1f".join(t or "" for t in cleaned)
        if rec["_amount_year"] is None and (
            span := _fiscal_year_of(state, year_cell, rec.get("partner"), index)
        ):
            rec["_amount_year"] = (
                span  # "2021/22": the partner's fiscal year, its days (see build._rows_per_year)
            )
    if (
        state.line_col is not None and rec.get("amount") is not None
    ):  # a row per budget line (build._merged_line)
        rec["_line"] = cell_value(cleaned, state.line_col) or ""
        share_col = state.fields.get("line_share")
        if share_col is not None:  # "Sector share (%)": the line's share of the project
            try:
                rec["_line_share"] = parse_percentage(cell_value(row, share_col))
            except ValueProblem:
                rec["_line_share"] = None
    if state.parent_col is not None and (parent := clean_text(cell_value(row, state.parent_col))):
        rec["_parent_ref"] = parent  # a component of the row with that code (see resolve_programmes)
    if state.payment_cols is not None:  # a row per payment of the project (see _payment_schedule)
        rec["_payment"] = _payment(cells, *state.payment_cols)
    if state.submitted_col is not None:  # a form's response (see _later_responses)
        rec["_submitted"] = row[state.submitted_col] if state.submitted_col < len(row) else None
    if state.annual_cols is not None and (annual := _annual_money(state, cells, rec, row)) is not None:
        years = yearly_values(rec.get("yearly_amounts"))
        rec["yearly_amounts"] = yearly_text({**years, **annual})  # the row's year's money, beside the total
    formula_like_text(cells)
    rec["sectors"] = None
    rec["lang"] = None
    rec["source_file"] = state.file
    rec["source_sheet"] = state.grid.sheet
    rec["source_row"] = n
    rec["source_cells"] = ";".join([f"{k}={v}" for k, v in cells.names.items()])
    return rec


def _bar_status(state: SheetState, cells: RowCells, rec: dict) -> None:
    """The status a timeline's bar drawn in colour gives by the workbook's legend (green "in delivery", amber
    "pipeline"), for a row with no status of its own: by the legend line whose sample has the bar's fill, else
    whose word names its colour."""
    bars = state.grid.meta.get("bar_statuses")
    if not bars or not cells.timeline:
        return
    col = cells.timeline[0][1]
    rgb = state.grid.meta.get("empty_fills", {}).get((cells.index, col))
    if rgb not in bars:
        return
    status, colour = bars[rgb]
    rec["status"] = status
    cells.names["status"] = state.cell_in_row(cells.index, cells.n, col)
    state.issue(
        "info",
        "status",
        f"row {cells.n}: status '{status}' read from the colour of its bar in the timeline ({colour}, as the "
        "legend says)",
        cells.index,
        col,
    )


#: A note naming a project of the table by its number ("проект № 3 был отменён …", "Project No. 2 was withdrawn").
_NUMBERED_PROJECT = re.compile(
    r"(?:project|проєкт\w*|проект\w*|захід|заход\w*|мероприяти\w*|item|позиці\w*|позици\w*)\s*"
    # "проєкт, зазначений у п. 5", "the project listed under No. 5"
    r"(?:,?\s*(?:зазначен\w*|вказан\w*|указанн\w*|listed|named|mentioned)\s+(?:у|в|in|under|at)\s+)?"
    r"(?:№|no\.?|nr\.?|#|n°|п\.|пункт\w*)\s*(\d{1,3})\b",
    re.IGNORECASE,
)


#: The end of a sentence in a note, not of an abbreviation ("по проекту п. 4", "15.06.2021 г., проект …").
_SENTENCE_END = re.compile(r"(?<=[.;!])(?<![\s(]п\.)(?<![\s(]р\.)(?<![\s(]г\.)(?<!№)(?<![\s(]ст\.)\s+")
#: A note saying in what currency a project's sum is written ("Сума за проєктом № 6 зазначена в доларах США").
_SUM_WRITTEN_IN = re.compile(
    r"(?:сум\w*|amount|budget|бюджет\w*)\b.*?(?:зазначен\w*|указан\w*|вказан\w*|наведен\w*|stated|given|shown|is|are)"
    r"\s+(?:в|у|in)\s+(?P<currency>[^,;()]{2,40})",
    re.IGNORECASE,
)


def _currency_of_a_numbered_sum(sentence: str) -> str | None:
    """The currency a note says a project's sum is written in; None when it says none."""
    found = _SUM_WRITTEN_IN.search(sentence)
    return currency_in_text(found["currency"]) if found else None


def _numbered_status_notes(state: SheetState, rows: list[list], header: Header, result: SheetResult) -> None:
    """A line of text outside the table (a letter's paragraph above it, a note below) saying that the project of a
    number was cancelled or signed ("Обращаем внимание, что проект № 3 был отменён японской стороной 10 августа
    2021 г."): that row of the table, by its "№" cell, takes the status (a warning says the note and the cell
    differ); a note naming no number, or a number no row has, changes nothing."""
    if state.number_col is None:
        return
    by_number = {
        (clean_text(rec.get("_number")) or "").rstrip("."): rec
        for rec in result.records
        if rec.get("_number")
    }
    outside = [*range(header.first_row), *range(header.row + 1, len(rows))]
    for index in outside:
        said = [(c, v) for c, v in enumerate(rows[index]) if v is not None and v != ""]
        if len(said) != 1 or type(said[0][1]) is not str or len(said[0][1]) < 20:
            continue  # a line of text of its own: a project's row is passed over at its second cell
        col, text = said[0][0], clean_text(said[0][1]) or ""
        for sentence in _SENTENCE_END.split(text):
            named = _NUMBERED_PROJECT.search(sentence)
            rec = by_number.get(named[1]) if named else None
            if (
                rec is not None
                and (currency := _currency_of_a_numbered_sum(sentence))
                and currency != rec.get("currency")
            ):
                # "Сума за проєктом № 6 зазначена в доларах США (у графі «Валюта» помилково вказано «євро»)"
                own_currency, rec["currency"] = rec.get("currency"), currency
                state.issue(
                    "warning",
                    "currency",
                    f"row {state.row_number(rec['_index'])}: the note at {state.cell(index, col)} says project № "
                    f"{named[1]}'s sum is in {currency} ('{sentence[:100]}'), not {own_currency or 'what the row says'}: "
                    f"counted in {currency}",
                    rec["_index"],
                    state.fields.get("currency") or state.fields.get("amount"),
                )
            event = status_event(sentence[named.end() :], named=True) if named and rec is not None else None
            if rec is None or event is None or event == rec.get("status"):
                continue
            own = rec.get("status")
            rec["status"] = event
            cell = state.cell(index, col)
            cells = [
                p for p in (rec.get("source_cells") or "").split(";") if p and not p.startswith("status=")
            ]
            rec["source_cells"] = ";".join([*cells, f"status={cell}"])
            state.issue(
                "warning",
                "status",
                f"row {state.row_number(rec['_index'])}: the note at {cell} says project № {named[1]} is {event} "
                f"('{sentence[:100]}'), unlike its status cell ('{own or ''}'): counted as {event}; correct the status "
                "cell if the note is older",
                rec["_index"],
                state.fields.get("status"),
            )


#: A row correcting another's figure: "Исправление к строке 4: сумму бюджета следует читать 1 250 000 (вместо
#: ошибочно указанных 1 520 000)", "Поправка к п. 3: … читать «240 000» вместо «420 000»", "Correction to line 2: the
#: amount should read 90,000 instead of 900,000".
_CORRECTION = re.compile(
    r"^(?:correction|erratum|corrigendum|поправк\w*|исправлени\w*|виправленн\w*|уточненн\w*|уточнени\w*)\s+"
    r"(?:to|of|for|in|к|до|у|в)\s+(?:row|line|item|no\.?|п\.|пункт\w*|строк\w*|рядк\w*|позиці\w*|позици\w*|№)\s*"
    r"(?:№\s*)?(\d{1,3})\b",
    re.IGNORECASE,
)
_READ_AS = re.compile(
    r"(?:should|must|is\s+to|следует|нужно|необходимо|слід|треба|необхідно)\s+(?:read|be|читать|читати|вважати|считать)"
    r"|(?:read|читать|читати)\s*:",
    re.IGNORECASE,
)
_INSTEAD = re.compile(r"instead\s+of|rather\s+than|not|вместо|замість|а\s+не", re.IGNORECASE)


def _corrections_noted(state: SheetState, rows: list[list], header: Header, result: SheetResult) -> None:
    """A row of the table that corrects another row's figure ("Исправление к строке 4: сумму бюджета следует читать
    1 250 000 (вместо ошибочно указанных 1 520 000)"): the row it names, by its № cell, takes the figure in the cell
    holding the figure replaced (or, when none is named, its amount, or the year the note names); the correcting row
    is no project. Said at the corrected cell, which the note's cell replaces in the project's cells."""
    if state.number_col is None or not result.records:
        return
    by_number = {
        (clean_text(rec.get("_number")) or "").rstrip("."): rec
        for rec in result.records
        if rec.get("_number")
    }
    # the correcting lines: a row read as a project (its title the note), or a line of text alone in its row
    lines = [
        (clean_text(rec.get("title")) or "", rec["_index"], state.fields.get("title"), rec)
        for rec in result.records
    ]
    read_at = {rec["_index"] for rec in result.records}
    for index in range(len(rows)):
        said = [(c, v) for c, v in enumerate(rows[index]) if v is not None and v != ""]
        if index not in read_at and len(said) == 1 and type(said[0][1]) is str and len(said[0][1]) >= 20:
            lines.append((clean_text(said[0][1]) or "", index, said[0][0], None))
    notes = []
    for text, index, col, rec in lines:
        found = _CORRECTION.match(text)
        target = by_number.get(found[1]) if found else None
        said = _READ_AS.search(text, found.end()) if target is not None and target is not rec else None
        if said is None:
            continue
        rest = text[
            said.end() :
        ]  # "«240 000» вместо «420 000» (опечатка)": the new figure, then the one replaced
        instead = _INSTEAD.search(rest)
        new = figure_in(rest[: instead.start()] if instead else rest)
        old = figure_in(rest[instead.end() :]) if instead else None
        if new is not None:
            notes.append((rec, index, col, target, text, new, old))
    for note, note_index, note_col, target, text, new, old in notes:
        col = _corrected_column(state, rows, header, target, text, old)
        if col is None:
            continue
        m = header.columns[col]
        value = new * m.scale
        note_cell = state.cell(note_index, note_col)
        cell = state.cell(target["_index"], col)
        if m.field == "yearly" and m.year:
            years = yearly_values(target.get("yearly_amounts"))
            summed = target.get("amount") is not None and abs(sum(years.values()) - target["amount"]) < 0.01
            years[m.year] = value
            target["yearly_amounts"] = yearly_text(years)
            if summed:
                target["amount"] = round(sum(years.values()), 2)
            name = f"amount_{m.year}"
        else:
            target["amount"] = value
            name = "amount"
        kept = [p for p in (target.get("source_cells") or "").split(";") if p and p.partition("=")[2] != cell]
        target["source_cells"] = ";".join([*kept, f"{name}={note_cell}"])
        state.issue(
            "warning",
            "amount",
            f"row {state.row_number(target['_index'])}: the correction in {note_cell} ('{text[:110]}') gives "
            f"{value:,.2f} for {cell}: counted instead of the cell's figure",
            target["_index"],
            col,
        )
        if note is not None:  # read as a project: it is none
            result.records.remove(note)
            result.counts["rows_loaded"] -= 1
            result.counts["rows_skipped"] += 1
        else:  # a line alone, said as a heading: it is the correction
            row = state.row_number(note_index)
            state.issues[:] = [
                i
                for i in state.issues
                if not (i["row"] == row and "taken as a section heading" in i["message"])
            ]


def _corrected_column(
    state: SheetState, rows: list[list], header: Header, target: dict, text: str, old: float | None
) -> int | None:
    """The money column of the row a correction names: the one holding the figure it replaces (``old``), else the
    year it names, else the amount."""
    money = [c for c, m in sorted(header.columns.items()) if m.field in ("amount", "yearly")]
    row = rows[target["_index"]]
    if old is not None:
        for col in money:
            try:
                held = parse_amount(row[col]) if col < len(row) else None
            except ValueProblem:
                continue
            if held is not None and abs(held.value - old) < 0.01:
                return col
        return None
    years = {int(y) for y in re.findall(r"\b(20\d\d)\b", text)}
    for col in money:
        if header.columns[col].field == "yearly" and header.columns[col].year in years:
            return col
    return state.fields.get("amount") if state.fields.get("amount") in money else None


def _struck_text_said(state: SheetState, result: SheetResult) -> None:
    """A cell of a project's row written partly struck through ("~~planned~~ ongoing", "~~700 000~~ 820 000": an edit
    kept visible) is read without its struck words (:mod:`~mtd_analysis.ingest.read`); said at the cell, with what
    was struck, so that the analyst sees the edit."""
    struck = state.grid.meta.get("struck_text")
    if not struck:
        return
    rows = {rec["_index"] for rec in result.records if "_index" in rec}
    for (index, col), (kept, gone) in sorted(struck.items()):
        if index in rows:
            state.issue(
                "info",
                "struck",
                f"row {state.row_number(index)}: cell {state.cell(index, col)} is partly struck through: '{gone[:60]}' "
                f"is not read, '{kept[:60]}' is",
                index,
                col,
            )


#: An Excel note correcting its cell's figure: "corrected: 450 000, not 540 000 (typing error)", "Виправлено: 1 570 000, а
#: не 1 750 000", "Correct amount is 380,000 (not 400,000)", "Исправлено: 300 000 вместо 350 000".
_CORRECTION_NOTE = re.compile(
    r"^\W*(?:corrected|correction|correct\s+(?:amount|figure|value)\s+is|should\s+(?:be|read)|виправлено|правильна\s+сума"
    r"|исправлено|правильная\s+сумма)\s*[:–—-]?\s*(?P<new>\d[\d\s.,']*\d|\d)\s*[,;]?\s*\(?\s*"
    r"(?:not|instead\s+of|а\s+не|не|замість|вместо)\s*(?P<old>\d[\d\s.,']*\d|\d)",
    re.IGNORECASE,
)


def _corrected_by_comments(state: SheetState, rows: list[list]) -> list[list]:
    """The rows with each figure an Excel note corrects in so many words ("corrected: 450 000, not 540 000") replaced
    by the note's figure, when the figure it says is wrong is the cell's; said at the cell. Other notes are said later
    (:func:`_comments_said`) and change nothing."""
    comments = state.grid.meta.get("comments")
    if not comments:
        return rows
    out = None
    for (index, col), text in sorted(comments.items()):
        found = _CORRECTION_NOTE.match(clean_text(text) or "")
        if found is None or index >= len(rows) or col >= len(rows[index]):
            continue
        try:
            old, new = parse_amount(found["old"]), parse_amount(found["new"])
            was = parse_amount(rows[index][col])
        except ValueProblem:
            continue
        if old is None or new is None or was is None or abs(was.value - old.value) > 0.005:
            continue
        out = out if out is not None else [list(r) for r in rows]
        out[index][col] = new.value if was.currency is None else f"{new.value} {was.currency}"
        state.corrected_cells.add((index, col))
        state.issue(
            "warning",
            "comment",
            f"row {state.row_number(index)}: cell {state.cell(index, col)} holds {old.value:,.2f} and its comment "
            f"corrects it ('{text[:80]}'): {new.value:,.2f} is counted",
            index,
            col,
        )
    return out if out is not None else rows


def _comments_said(state: SheetState, result: SheetResult) -> None:
    """A comment (an Excel note) on a cell of a project's row is said where the analyst looks: a warning when the
    cell was read for the project (the comment may correct it: "Correct amount is 450,000 – table not updated"), an
    info on another cell. Comments are not read for values; the cell's own value is counted."""
    comments = state.grid.meta.get("comments")
    if not comments:
        return
    by_index = {rec["_index"]: rec for rec in result.records if "_index" in rec}
    for (index, col), text in sorted(comments.items()):
        rec = by_index.get(index)
        if rec is None or (index, col) in state.corrected_cells:
            continue
        cell = state.cell(index, col)
        read = set(source_cell_names(rec.get("source_cells")).values())
        snippet = text if len(text) <= 120 else text[:117] + "…"
        if cell in read:
            value = clean_text(cell_value(state.grid.rows[index], col))
            state.issue(
                "warning",
                "comment",
                f"row {state.row_number(index)}: cell {cell} has a comment: '{snippet}'; "
                + (
                    f"the cell's value ('{value}') is what is counted"
                    if value is not None
                    else "the cell is empty"
                )
                + " — check whether the comment corrects it",
                index,
                col,
            )
        else:
            state.issue(
                "info",
                "comment",
                f"row {state.row_number(index)}: cell {cell} has a comment: '{snippet}'",
                index,
                col,
            )


def _rows_per_agency(state: SheetState, result: SheetResult) -> None:
    """A row per project and beneficiary agency ("INL-014 | … | National Police | 1,200,000", the project's cells
    repeated on each, in any order): each row is the agency's part of the project, marked as a line of it
    (``_line``, the agency; see build._merged_line), so that the project counts once at the sum of its parts, with
    all its agencies. Only rows of one code that name the same title, partner, dates, currency and status and each
    other agencies, each with an amount (and no two row numbers), are so read; said once for the table."""
    amount_col = state.fields.get("amount")
    if (
        ("beneficiaries" not in state.fields and not state.agency_headings)
        or state.line_col is not None
        or state.year_col is not None
        or state.submitted_col is not None  # a form's responses: a later one corrects an earlier
        or amount_col is None
        or TOTAL_ROW.search((state.header.labels.get(amount_col) or "").lower())  # "Total project budget"
    ):
        return
    groups: dict[tuple, list[dict]] = {}
    for rec in result.records:
        if "_line" in rec or rec.get("amount") is None or not rec.get("beneficiaries"):
            continue
        if rec.get("code"):  # by its code: one title twice may be two purchases ("Закупівля тепловізорів")
            groups.setdefault(rec["code"], []).append(rec)
        elif (number := str(rec.get("_number") or "").strip()) and number[-1] in FOOTNOTE_MARKS:
            # "2.2*" under one agency's heading, "3.1*" under another's: a project marked as listed in each section
            groups.setdefault(("marked", number[-1], normalise_key(rec["title"] or "")), []).append(rec)
    parted = []
    for key, recs in groups.items():
        if len(recs) < 2:
            continue
        same = {
            (
                r.get("partner"),
                r.get("start_date"),
                r.get("end_date"),
                r.get("currency"),
                r.get("status"),
                normalise_key(r["title"] or ""),
            )
            for r in recs
        }
        numbers = [r.get("_number") for r in recs if r.get("_number") not in (None, "")]
        if (
            len(set(numbers)) > 1 and key[0] != "marked"
        ):  # "1 | Постачання" and "2 | Постачання": two projects
            continue
        agencies = [a for r in recs for a in r["beneficiaries"].split(";")]
        if len(same) != 1 or len(set(agencies)) != len(agencies):  # each row its own agencies, none twice
            continue
        if (
            len({r["amount"] for r in recs}) == 1
        ):  # the project's total repeated on each agency's row, not parts
            continue
        for r in recs:
            r["_line"], r["_line_kind"] = r["beneficiaries"], "agency"
        parted.append(recs)
    if parted:
        rows = sorted(r["source_row"] for recs in parted for r in recs)
        state.issue(
            "info",
            "amount",
            f"rows {number_ranges(rows)}: {len(parted)} project(s) each given on a row per beneficiary agency, the "
            "project's cells repeated: each row's amount is that agency's part, and a project counts once at their "
            "sum",
            None,
            state.fields.get("beneficiaries"),
        )


#: Words naming rows struck through or hidden, in a sheet's note ("закреслені рядки – проєкти, скасовані донором").
_STRUCK_WORDS = re.compile(
    r"закреслен|перекреслен|зач[её]ркнут|переч[её]ркнут|struck|strike-?through|crossed[- ]out", re.IGNORECASE
)
_HIDDEN_WORDS = re.compile(r"прихован|скрыт|hidden", re.IGNORECASE)
#: A note's words saying marked rows are earlier versions kept for the record: "устаревшие данные, оставлены для
#: истории", "застарілі", "superseded", "old versions kept for reference".
_OUTDATED_SAID = re.compile(
    r"устар\w*|застар\w*|неактуальн\w*|не актуальн\w*|superseded|outdated|obsolete|old (?:version|figure|row)s?"
    r"|for (?:the )?(?:record|history|reference)|для істор\w*|для истор\w*|попередн\w* верс\w*|предыдущ\w* верс\w*",
    re.IGNORECASE,
)
#: A cell saying its whole row is an earlier version ("OLD", "не актуально", "superseded"): the whole cell.
_OUTDATED_CELL = re.compile(
    r"old|old version|не ?актуальн\w*|устарел\w*|устаревш\w*|застарі\w*|superseded|outdated|obsolete"
    r"|замінен\w*|заменен\w*|(?:попередня|предыдущая|старая|стара) верс\w*",
    re.IGNORECASE,
)
#: A cell beginning with a word saying its row is an earlier version, then why ("SUPERSEDED – revised allocation
#: below", "Не актуально: див. рядок 12"); not "old", which begins many a remark.
_OUTDATED_LEAD = re.compile(
    r"\W*(?:superseded|outdated|obsolete|не ?актуальн\w*|устарел\w*|застарі\w*|замінен\w*|заменен\w*)\s*[–—:;,(-]",
    re.IGNORECASE,
)
_NEGATION = re.compile(r"not|no|не|ні|нет", re.IGNORECASE)
#: Words of a note that are no status, though a status word's stem reads them as one ("проєкти": "проєкт").
_NOT_A_STATUS = re.compile(r"про[єе]кт|project|рядк|строк|row", re.IGNORECASE)


def _mark_legend(grid: Grid) -> dict[str, tuple[str, int]]:
    """What a sheet's note says rows struck through or hidden are ("Примітка: закреслені рядки – проєкти, скасовані
    донором"): {"struck" or "hidden": (status, row number of the note)}, from the first status word after the mark's
    word in the same sentence."""
    if "mark_legend" in grid.meta:
        return grid.meta["mark_legend"]
    found: dict[str, tuple[str, int]] = {}
    for number, row in enumerate(grid.rows[:40], start=1):
        for value in row:
            if type(value) is not str or len(value) > 600:
                continue
            for sentence in re.split(r"[.;\n]", value):
                for mark, words in (("struck", _STRUCK_WORDS), ("hidden", _HIDDEN_WORDS)):
                    hit = words.search(sentence)
                    if hit is None or mark in found:
                        continue
                    if _OUTDATED_SAID.search(
                        sentence[hit.end() :]
                    ):  # "… – устаревшие данные, оставлены для истории"
                        found[mark] = ("superseded", number)
                        continue
                    words = re.findall(r"[^\W\d_]+", sentence[hit.end() :])
                    for k, word in enumerate(words):
                        if _NOT_A_STATUS.match(word) or parse_status(word) not in STATUSES:
                            continue
                        if any(_NEGATION.fullmatch(w) for w in words[max(0, k - 2) : k]):
                            continue  # "not yet approved": the status is another word further on, or none
                        found[mark] = (parse_status(word), number)
                        break
    grid.meta["mark_legend"] = found
    return found


def _marked_status(state: SheetState, index: int) -> tuple[str, str, int | None] | None:
    """The status a row's marks give: struck through (most of its filled cells), the note's status or else
    cancelled; hidden, only where a note says what hidden rows are. (status, "struck through" or "hidden", the
    note's row number or None); None for an unmarked row."""
    meta = state.grid.meta
    struck = meta.get("struck", {}).get(index, 0)
    hidden = index in set(meta.get("hidden_rows", ()))
    if not struck and not hidden:
        return None
    legend = _mark_legend(state.grid)
    filled = sum(1 for v in state.grid.rows[index] if clean_text(v))
    if struck and struck * 2 >= filled:
        status, line = legend.get("struck", ("cancelled", None))
        return status, "struck through", line
    if hidden and "hidden" in legend:
        status, line = legend["hidden"]
        return status, "hidden", line
    return None


def _marked_rows_said(state: SheetState) -> None:
    """Once per mark and status for the table: the rows whose status their strikethrough or hiding gives."""
    groups: dict[tuple, list[int]] = {}
    for n, how, status, _own, legend in state.marked_rows:
        groups.setdefault((how, status, legend), []).append(n)
    for (how, status, legend), rows in groups.items():
        said = (
            f"as the note in row {legend} says" if legend else "no note says what strikethrough means: check"
        )
        state.issue(
            "info" if legend else "warning",
            "status",
            f"{'rows' if len(rows) > 1 else 'row'} {number_ranges(rows)} {'are' if len(rows) > 1 else 'is'} {how} "
            f"{'in the text (~~…~~)' if state.grid.meta.get('format') == 'text' else 'in Excel'}: read as {status} "
            f"({said}), whatever {'their status cells say' if len(rows) > 1 else 'its status cell says'}",
            None,
            state.fields.get("status"),
        )


def _sums_above(state: SheetState, texts: list[tuple[int, str]], index: int) -> bool:
    """Whether a row of figures only (no title, code or words) gives, in each of its money columns, the sum of that
    column over the table's rows above it: an unlabelled totals row (only its bold type says so)."""
    money = {c for c, m in state.header.columns.items() if m.field in _MONEY_FIELDS}
    if not texts or any(c not in money for c, _ in texts):
        return False
    totals = set(state.total_rows)
    since = max((i for i in totals if i < index), default=state.header.row) + 1

    def numbers(col: int, rows: range, of_totals: bool) -> list[float]:
        out = []
        for i in rows:
            v = state.grid.rows[i][col] if col < len(state.grid.rows[i]) else None
            if (i in totals) == of_totals and isinstance(v, (int, float)) and not isinstance(v, bool):
                out.append(v)
        return out

    for col, _ in texts:
        total = state.grid.rows[index][col]
        if not isinstance(total, (int, float)) or isinstance(total, bool):
            return False
        sums = [  # the group's rows since the last total; every project row above; the subtotals above
            numbers(col, range(since, index), False),
            numbers(col, range(state.header.row + 1, index), False),
            numbers(col, range(state.header.row + 1, index), True),
        ]
        if not any(
            len(found) >= 2 and abs(sum(found) - total) <= max(1.0, 0.005 * abs(total)) for found in sums
        ):
            return False
    return True


#: A person's name as a letter signs it: initials and a surname ("Ю.В. Левченко", "O. P. Kovalenko") or the
#: surname first ("Левченко Ю.В.").
_SIGNED_NAME = re.compile(
    r"(?:[^\W\d_]\.\s?){1,2}[^\W\d_][^\W\d_'’-]+(?:-[^\W\d_]+)?|[^\W\d_][^\W\d_'’-]+\s(?:[^\W\d_]\.\s?){1,2}"
    # "Марина ГРИЦЕНКО": a first name, then the surname in capitals (the official style)
    r"|[A-ZА-ЯІЇЄҐ][a-zа-яіїєґ'’]+\s[A-ZА-ЯІЇЄҐ][A-ZА-ЯІЇЄҐ'’-]+"
)
#: The position a signature names ("Директор Департаменту", "Начальник отдела", "Head of Unit", "полковник").
_POSITION = re.compile(
    # a signature's approval word first: "Погоджено: Начальник управління …", "Согласовано:", "Approved by:"
    r"^(?:(?:погоджено|узгоджено|согласовано|затверджую|утверждаю|approved(?:\s+by)?|agreed(?:\s+by)?)\s*:?\s*)?"
    r"(?:директор|начальник|заступник|заместитель|керівник|руководитель|голова|председатель|перший заступник"
    r"|head\b|director|chief|deputy|minister|міністр|министр|т\.?\s?в\.?\s?о\.|в\.?\s?о\.|и\.?\s?о\.|acting|"
    # an embassy's signatory: "Первый секретарь Посольства", "Радник Посольства", "First Secretary", "Counsellor"
    r"(?:перш\w+\s|перв\w+\s|друг\w+\s|втор\w+\s|first\s|second\s)?(?:секретар|secretary)|радник|советник|counsel+or|"
    r"посол\b|ambassador|аташе|attach[ée]|консул|consul|"
    r"полковник|підполковник|подполковник|генерал|майор|капітан|капитан|відповідальн|ответственн|виконавець:|исполнитель:)",
    re.IGNORECASE,
)

#: A military or police rank before a signatory's name ("полковник", "генерал-майор поліції", "Colonel").
_RANK = re.compile(
    r"^(?:(?:старш\w+|молодш\w+|младш\w+)\s)?(?:полковник|підполковник|подполковник|майор|капітан|капитан|лейтенант"
    r"|генерал(?:-\w+)?|colonel|lieutenant|major|captain|general)(?:\s(?:поліції|полиции|police))?\s+",
    re.IGNORECASE,
)

_ROW_NUMBER = re.compile(r"\d{1,3}(?:\.\d{1,3})*\.?")
#: A section's number in Roman numerals ("I.", "IV", "XII.").
_ROMAN_NUMBER = re.compile(r"[IVXLC]{1,6}\.?")


def _a_signature(texts: list[tuple[int, str]]) -> bool:
    """Whether a row is a letter's signature block: a person's name last, a position or a rank before it (the
    position's first words may stand on the row above)."""
    if not 2 <= len(texts) <= 4 or any(ch.isdigit() for _, t in texts for ch in t):  # a project has a figure
        return False
    last = _RANK.sub("", texts[-1][1].strip(" _"))  # "полковник Андрій ГРИЦЕНКО": the rank before the name
    # "Начальник відділу … | ________": a line left for the signature, the name to be written by hand
    blank = not last and "___" in texts[-1][1]
    # "… і європейської інтеграції МВС | (підпис) | Андрій ЛИСЕНКО": the position begun on the row above, the place
    # of the signature marked
    placed = any(_SIGNATURE_PLACE.fullmatch(t.strip()) for _, t in texts[:-1])
    return (placed or any(_POSITION.match(t) for _, t in texts[:-1])) and (
        blank or bool(_SIGNED_NAME.fullmatch(last))
    )


#: The place of a signature on a form: "(підпис)", "(подпись)", "(signature)", "М.П.".
_SIGNATURE_PLACE = re.compile(r"\(?\s*(?:підпис|подпись|signature|signed|м\.\s*п\.?)\s*\)?", re.IGNORECASE)


def _format_currencies_said(state: SheetState) -> None:
    """Once for the table: the rows whose currency only their amount cell's number format shows ("€1,200,000")."""
    if not state.format_currencies:
        return
    rows = [n for n, _ in state.format_currencies]
    shown = ", ".join(sorted({c for _, c in state.format_currencies}))
    dollar = "$" in {c for _, c in state.format_currencies}
    state.issue(
        "warning" if dollar else "info",
        "currency",
        f"rows {number_ranges(rows)}: the currency of each amount ({shown}) is shown only by its cell's number format "
        "(no currency in the cell's value, the column, the header or the title)"
        + ("; '$' names no country: read as US dollars — check that they are" if dollar else ""),
        None,
        state.fields.get("amount"),
    )


def _partner_column_of_agencies(state: SheetState) -> bool:
    """Whether every filled cell of the table's partner column names MIA agencies only (the national partners):
    a column naming donors too is the payers' (an agency there pays from its own budget). Worked out once."""
    if state.partner_agencies is None:
        col = state.fields.get("partner")
        values = [
            text
            for row in state.grid.rows[state.header.row + 1 :]
            if col is not None and col < len(row) and (text := clean_text(row[col]))
        ]
        state.partner_agencies = bool(values) and all(_national_partners(v) for v in values)
    return state.partner_agencies


def _national_cofunding(state: SheetState, row: list, index: int) -> str | None:
    """The title of a row that is Ukraine's own share of a project, not a donor's ("- співфінансування: бюджет
    Маріупольської міської громади | Маріупольська міська рада", "співфінансування бенефіціара (10%) | ДПСУ"): its
    title says co-funding or a budget, and its partner cell (or the title) names a Ukrainian council, budget or
    agency, no donor; None otherwise."""
    title = clean_text(cell_value(row, state.fields.get("title")))
    if not title or not COFUNDING_OR_LOCAL_LOWER.search(title.lower()):
        return None
    partner = clean_text(cell_value(row, state.fields.get("partner"))) or ""
    if partner and (is_known_partner(partner) or partner_in_text(partner)):
        return None
    payers = national_payers()  # outside_bodies.csv
    if payers.search(partner) or (partner and _national_partners(partner)) or payers.search(title):
        return title
    return None


def _national_partners(text: str) -> list[str]:
    """The MIA agencies a partner cell names when it names national partners and no donor ("ДПСУ / SBGS",
    "Національна поліція, Мінсоцполітики, обласні державні адміністрації"): its first name an agency, none of the
    others a donor the tool knows; else [].

    Examples
    --------
    >>> _national_partners("Національна поліція, Державна прикордонна служба, ГО «Ла Страда-Україна»")
    ['NPU', 'SBGS']
    >>> _national_partners("Національна поліція, ЄС"), _national_partners("EU")
    ([], [])
    """
    if is_known_partner(text):
        return []
    agencies, strange = parse_beneficiaries(text)
    if not agencies or only_an_agency(re.split(r"[,;/]", text)[0].strip(" .")) is None:
        return []
    if any(is_known_partner(s) or partner_in_text(s) for s in strange):
        return []
    return agencies


def _agency_partners(state: SheetState) -> None:
    """One issue for the rows whose partner cell names an MIA agency (the national partner, "ДПСУ / SBGS"): read as
    their beneficiary; who pays is the heading's or the file's partner."""
    if not state.agency_partners:
        return
    col = state.fields.get("partner")
    label = state.header.labels.get(col, "") if col is not None else ""
    state.issue(
        "info",
        "partner",
        f"rows {number_ranges([n for _, n in state.agency_partners])}: the partner column ('{label}') names MIA "
        "agencies, the national partners: read as the beneficiaries; the partner who pays is the heading's or the "
        "file's",
        state.agency_partners[0][0],
        col,
    )


def _yes_no_partners(state: SheetState) -> None:
    """One issue for the rows whose partner cell is a yes or a no: the file's partner is theirs. A form's question
    ("Is the project co-funded by another donor?") expects that answer (info); another column does not (warning)."""
    if not state.yes_no_partners:
        return
    col = state.fields.get("partner")
    label = state.header.labels.get(col, "") if col is not None else ""
    said = sorted({text for _, _, text in state.yes_no_partners})
    answers = "', '".join(said)
    what = "nothing" if all(NOTHING_SAID.fullmatch(text) for text in said) else "a yes or no"
    state.issue(
        "info" if "?" in label else "warning",
        "partner",
        f"rows {number_ranges([n for _, n, _ in state.yes_no_partners])}: the partner column ('{label}') says "
        f"'{answers}', {what}, not a partner; the file's partner is used",
        state.yes_no_partners[0][0],
        col,
    )


#: An item of a list that is a folder (SharePoint's "Item Type: Folder"), not a project.
_FOLDER = re.compile(r"folder|папка", re.IGNORECASE)
#: A form's answer "other" (the name is written in the question's own "other" field).
_OTHER = re.compile(r"other|others|інше|інший|інша|другое|другой|другая|иное|иной", re.IGNORECASE)
#: A column for the "other" answer of a question: "project_info/funding_partner_other", "Donor (other, specify)".
_OTHER_FIELD = re.compile(r"(?:[\s_/(-]|^)(?:other|specify|інше|вкажіть|другое|укажите)\W*$", re.IGNORECASE)


#: A column of the partner's own share beside a co-funder's name ("UK share", "Частка Швеції", "Доля донора").
_OWN_SHARE = re.compile(
    r"^(?P<who>.+?)(?:'s)?\s+(?:share|part)(?P<unit>\s*(?:\(?%\)?|[,(]\s*[^\W\d_]{2,12}\.?\)?))?$"
    r"|^(?:share|частка|доля)\s+(?:of\s+)?(?P<who2>.+?)(?:\s*\(?%\)?)?$",
    re.IGNORECASE,
)


def _own_share(state: SheetState, cells: RowCells, col: int, amount: float | None) -> float | None:
    """The partner's own share of a row's money (``amount``, read), in percent, from its column: a percentage (60%,
    0.6 shown as 60%, 60), or its own part of the amount in money ("UK share, GBP": 600,000 of 1,000,000)."""
    value = cell_value(cells.row, col)
    label = clean_text(state.grid.rows[state.header.row][col]) or ""
    said = match_field(label)
    if said.currency is not None or (
        isinstance(value, (int, float)) and not isinstance(value, bool) and value > 100
    ):
        try:
            parsed = parse_amount(value)
        except ValueProblem:
            return None
        own = None if parsed is None else parsed.value * said.scale
        if own is None or not amount or not 0 < own <= amount:
            return None
        return round(100 * own / amount, 6)
    shown = shown_as_percent(state, cells.index, col, value)
    if shown is not None:
        return shown
    try:
        return parse_percentage(value)
    except ValueProblem:
        return None


def _own_share_column(state: SheetState, header: Header) -> None:
    """Beside a co-funder's column with no share of its own, a column of the partner's own share ("UK share": 60%):
    the co-funder's share is the rest (see :func:`_cofunder`). Kept in ``state.own_share_col``."""
    fields = {m.field for m in header.columns.values()}
    if "cofunder" not in fields or "cofunder_share" in fields:
        return
    head = state.grid.rows[header.row]
    for col, label in enumerate(head):
        m = header.columns.get(col)
        if m is not None and m.field not in (None, "duplicate"):
            continue
        found = _OWN_SHARE.match(clean_text(label) or "")
        who = found and (found["who"] or found["who2"])
        if who and (
            partner_in_text(who) or re.fullmatch(r"donor|донор\w*|own|власн\w*|собствен\w*", who, re.I)
        ):
            state.own_share_col = col
            header.columns[col] = FieldMatch("ignore")
            return


def _cofunder(cells: RowCells, rec: dict) -> None:
    """A co-funder and its share in columns of their own: the row's partner and the co-funder each get their share
    (the partner cell then names both, "EU 75% / Poland 25%", split by the build); a co-funder named without a share
    the money cannot be split by is said, the whole amount staying with the row's partner."""
    state, n, index = cells.state, cells.n, cells.index
    name_col, share_col = state.cofunder_cols
    named = clean_text(cell_value(cells.row, name_col))
    if (
        not named
        or _YES_NO.fullmatch(named)
        or NOTHING_SAID.fullmatch(named)
        or named.lower() in ("true", "false")
    ):
        return
    if UKRAINE_PAYS.search(named):  # "Уряд України (МВС) – 500 000 EUR (20 %)": the recipient's own money
        state.issue(
            "info",
            "partner",
            f"row {n}: co-financing by Ukraine ({state.cell(index, name_col)}: '{named[:80]}') is no international "
            "assistance: not counted",
            index,
            name_col,
        )
        return
    cofunder = canonical_partner(partner_within(named) or partner_in_text(named) or named)
    share = parse_percentage(cell_value(cells.row, share_col)) if share_col is not None else None
    written = _SHARE_IN_NAME.search(named) if share is None else None
    if written and is_known_partner(_SHARE_IN_NAME.sub(" ", named).strip(" ,;()–-")):
        # "Lithuania (40%)": a donor, its share beside its name ("10% (MIA, in kind)", "Yes (MIA 15%)" are not)
        share, share_col = float(written[1].replace(",", ".")), name_col
    own_col = state.own_share_col
    if (
        share is None
        and own_col is not None
        and (own := _own_share(state, cells, own_col, rec.get("amount"))) is not None
    ):
        share = round(100 - own, 6)  # "UK share: 60%" beside the co-funder: the co-funder's is the rest
        share_col = own_col
    if cofunder == rec["partner"] or cofunder in {name for name, _ in partner_shares(rec["partner"]) or ()}:
        return  # the row's partner names it already, with its share ("Denmark 60% / Sweden 40%")
    amount_label = state.header.labels.get(state.fields.get("amount", -1), "") or ""
    if _CONTRIBUTION_LABEL.search(amount_label) or partner_in_text(amount_label):
        # "EU contribution (EUR)": the amount is the partner's own part already; the co-funder's is not in it
        if _cofunder_sum_added(cells, rec, cofunder, named, amount_label):
            return
        state.issue(
            "info",
            "partner",
            f"row {n}: co-funder {cofunder} ({state.cell(index, name_col)}) is named beside the amount of "
            f"{rec['partner']}'s contribution ('{amount_label}'): the co-funder's part is not counted",
            index,
            name_col,
        )
        return
    if share is None or not 0 < share < 100:
        state.issue(
            "warning",
            "partner",
            f"row {n}: co-funder {cofunder} ({state.cell(index, name_col)}) is named without a share of the money; "
            f"the whole amount is credited to {rec['partner']}",
            index,
            name_col,
        )
        return
    rec["partner"] = f"{rec['partner']} {100 - share:g}% / {cofunder} {share:g}%"
    rec["partner_from"] = "column"
    cells.names["cofunder"] = state.cell_in_row(index, n, name_col)
    if share_col is not None:
        cells.names["cofunder_share"] = state.cell_in_row(index, n, share_col)


def _cofunder_sum_added(cells: RowCells, rec: dict, cofunder: str, named: str, amount_label: str) -> bool:
    """A co-funder's sum in its cell ("Germany (BMI), EUR 1 000 000 (20%)") beside the amount of the row's partner's
    own contribution ("EU contribution, EUR" 4 000 000): the row becomes the two partners' project, each with its own
    money (the partner cell then names both with their shares of the sum, split by the build); True when it did.
    A sum in another currency than the row's, or none, adds nothing (False)."""
    state, n, index = cells.state, cells.n, cells.index
    own, money = rec.get("amount"), money_in_prose(named)
    if not own or own <= 0 or money is None or money[1] != rec.get("currency") or money[0] <= 0:
        return False
    cofunded, total = money[0], own + money[0]
    own_share = own / total * 100
    years = yearly_values(rec.get("yearly_amounts"))
    if years:  # the partner's own years: the co-funder's in the same proportion
        rec["yearly_amounts"] = yearly_text({y: round(v * total / own, 2) for y, v in years.items()})
    partner = rec["partner"]
    rec["partner"] = f"{partner} {own_share:.12g}% / {cofunder} {100 - own_share:.12g}%"
    rec["partner_from"] = "column"
    rec["amount"] = round(total, 2)
    name_col = state.cofunder_cols[0]
    cells.names["cofunder"] = state.cell_in_row(index, n, name_col)
    state.issue(
        "info",
        "partner",
        f"row {n}: co-funder {cofunder} pays {cofunded:,.2f} {money[1]} ({state.cell(index, name_col)}) beside "
        f"{partner}'s own {own:,.2f} ('{amount_label}'): each is credited with its own money",
        index,
        name_col,
    )
    return True


#: A co-funder's share written beside its name ("Lithuania (40%)", "Литва – 40 %").
_SHARE_IN_NAME = re.compile(r"\(?\s*(?<![\d.,])(\d{1,2}(?:[.,]\d+)?)\s*%\s*\)?")
#: An amount's label saying it is one partner's part ("EU contribution (EUR)", "Внесок донора", "Вклад ЕС").
_CONTRIBUTION_LABEL = re.compile(r"contribution|внесок|вклад", re.IGNORECASE)


def _partner_other_column(header: Header) -> int | None:
    """The column holding the partner's name where the partner column says "other" (a form's export)."""
    col = header.fields().get("partner")
    if col is None:
        return None
    base = normalise_key(header.labels.get(col, ""))
    for c, label in sorted(header.labels.items()):
        if c != col and _OTHER_FIELD.search(label or "") and normalise_key(label).startswith(base):
            return c
    return None


#: A percentage in a partner cell ("EU 80 %, Government of Ukraine 20 %"): its number.
_PERCENTS = re.compile(r"(\d{1,3}(?:[.,]\d+)?)\s*%")


def _shares_beside(cells: RowCells, payers: list[str]) -> tuple[list[tuple[str, float]], int] | None:
    """The shares of the funders a partner cell names, given in another cell of the row (a "Funding split" column, a
    remark): ``(shares, column)`` for the first cell naming those funders and no other, with shares making 100 %."""
    partner_col = cells.state.fields.get("partner")
    title_col = cells.state.fields.get("title")
    for col, text in enumerate(cells.cleaned):
        if col in (partner_col, title_col) or not text or "%" not in text or len(text) > 300:
            continue
        shares = shares_in_note(text)
        if shares and {name for name, _ in shares} == set(payers):
            return shares, col
        # "Данія / Норвегія" | "60% / 40%": bare shares in the funders' order, as many as the funders, making 100 %
        bare = [parse_percentage(p) for p in re.split(r"\s*[/;]\s*", text.strip())]
        if len(bare) == len(payers) and None not in bare and abs(sum(bare) - 100) < 0.01:
            return list(zip(payers, bare, strict=True)), col
    return None


def _parts_in_amount(cells: RowCells, payers: list[str]) -> bool:
    """Whether the row's amount cell gives each of the partner cell's funders its sum ("5 000 000 євро, у тому числі:
    ЄС – 4 000 000; Уряд ФРН – 1 000 000" beside "ЄС; Уряд ФРН"): the amount's reading splits the money."""
    from mtd_analysis.ingest.amounts import donor_parts

    value, _ = cells.get("amount")
    if not isinstance(value, str):
        return False
    parts = donor_parts(value)
    return parts is not None and {name for name, _ in parts[2]} == set(payers)


#: A column of the donor, then the implementer after a slash ("Донор / виконавець", "Donor / implementer").
_DONOR_THEN_IMPLEMENTER = re.compile(
    r"(?:донор|donor|funder|партнер)\w*\s*/\s*(?:виконав|исполнит|implement|executing)", re.IGNORECASE
)


#: A remark in brackets sending to what is below the table ("(софинансирование, см. ниже)", "(see below)"): the
#: co-funders' table or note there gives the shares (layouts.shares_table, layouts.footnotes_on_cells).
_SEE_BELOW = re.compile(
    r"\s*\((?:[^()]*[,;:]\s*)?(?:см|див|see|дивіться|смотри)\.?\s+(?:ниже|нижче|below)\)$", re.I
)


def _who(cells: RowCells) -> dict:
    """Partner, implementer, beneficiaries, declared priority and status of a row."""
    state, n, index = cells.state, cells.n, cells.index
    rec: dict = {}
    partner_text, partner_col = cells.text("partner")
    if partner_text and partner_text.endswith(")") and (reference := NOTE_REFERENCE.search(partner_text)):
        partner_text = (
            partner_text[: reference.start()].strip() or None
        )  # "Данія / Норвегія (див. прим. 1)": the note
        # is read where the cell's note marks are (layouts.footnotes_on_cells)
    elif partner_text and partner_text.endswith(")") and (below := _SEE_BELOW.search(partner_text)):
        partner_text = (
            partner_text[: below.start()].strip() or None
        )  # "ЕС, Швеция (софинансирование, см. ниже)"
    relabelled = False
    implementer_after = (
        None  # "ЄС / ПРООН (UNDP)" under "Донор / виконавець": the implementer after the slash
    )
    if (
        partner_text
        and partner_col is not None
        and _DONOR_THEN_IMPLEMENTER.search(state.header.labels.get(partner_col, "") or "")
        and not names_a_payer(partner_text)  # "ICMPD / фінансування ЄС": the cell says who pays itself
        and len(parts := re.split(r"\s*/\s*", partner_text, maxsplit=1)) == 2
        and all(parts)
    ):
        (partner_text, implementer_after), relabelled = parts, True
    if partner_text and state.label_codes and (found := _LABEL_FIRST.match(partner_text)):
        code = found[1].upper()
        # "ВБ — США", the sheet saying "ВБ — внебюджетный проект …"
        if code in state.label_codes and found[2].strip():
            partner_text, relabelled = found[2].strip(), True
            state.issue(
                "info",
                "partner",
                f"row {n}: '{found[1]}' in the partner cell is, as the sheet's note says, "
                f"'{state.label_codes[code][:60]}', not a partner: the partner is '{partner_text}'",
                index,
                partner_col,
            )
    other = None
    if partner_text and _OTHER.fullmatch(partner_text) and state.partner_other_col is not None:
        # a form's "other" chosen, the name written in the question's "other" field: read as the partner's cell
        other = clean_text(cell_value(cells.row, state.partner_other_col))
        if other:
            partner_text = other
            cells.names["partner"] = state.cell_in_row(index, n, state.partner_other_col)
    if partner_text and _YES_NO.fullmatch(
        partner_text
    ):  # "Funding confirmed (Y/N)" taken for a partner column: said once for the table (see _yes_no_partners)
        state.yes_no_partners.append((index, n, partner_text))
        partner_text = None
    agency_partner: list[str] = []
    if (
        partner_text and not is_known_partner(partner_text) and _partner_column_of_agencies(state)
    ):  # "ДПСУ / SBGS" under "Partner / Партнер"
        agency_partner = _national_partners(partner_text)
        if agency_partner:  # the national partner (the agency), not who pays
            state.agency_partners.append((index, n))
            partner_cell = state.cell_in_row(index, n, state.fields.get("partner"))
            partner_text = None
        else:
            agency_partner = []
    if (
        partner_text
        and partner_text.strip().upper() in state.partner_codes
        and not is_known_partner(partner_text)
    ):
        rec["partner"], rec["partner_from"] = (
            state.partner_codes[partner_text.strip().upper()],
            "column",
        )  # "BMI"
        rec["_funding_code"] = (
            partner_text.strip().upper()
        )  # "DK-PSP" beside "DK-NP": two funding lines of one donor
    elif partner_text:
        rec["partner"] = (  # canonical_partner(text), the column's own reading unless the text was relabelled
            canonical_partner(other or partner_text) if other or relabelled else cells.parsed("partner")
        )
        rec["partner_from"] = "column"
        named_shares = partner_shares(partner_text) if not other else None
        if named := named_shares:  # "США – 60 %, Канада – 40 %": the build splits it
            rec["partner"] = partner_text
            own = partner_in_text(state.header.labels.get(state.fields.get("amount")) or "")
            if own in {
                name for name, _ in named
            }:  # "Вклад США" beside the shares: the amount is that donor's part
                rec["partner"] = own
                state.issue(
                    "info",
                    "partner",
                    f"row {n}: the partner cell names donors with their shares ('{partner_text}'); the amount column "
                    f"is {own}'s: credited to {own}, not split",
                    index,
                    state.fields.get("partner"),
                )
        shared = partner_shares(rec["partner"])  # "EU 70% / Germany 30%": split by the build
        # a name the tool does not know, or a known one with its payer beside it ("UNDP (funded by Japan)")
        known = is_known_partner(rec["partner"])
        ask = not shared and (not known or names_a_payer(partner_text))
        payers = payers_within(partner_text) if ask else []
        inside = partner_within(partner_text if known else rec["partner"]) if ask else None
        # several payers: the one the name holds when it is one of them ("UNICEF / Germany (BMZ)": Germany), else the
        # first ("Germany (GIZ) / EU": Germany, not the implementer in brackets), as the warning below says
        within = inside if len(payers) < 2 or inside in payers else payers[0]
        if ask and not known and within is None:  # "Сводный бюджет ОБСЕ", "Voluntary contribution of Norway"
            within = partner_named_in(partner_text)
        if ask and not known and within is None and state.sheet_partner and OWN_BUDGET.match(partner_text):
            within = state.sheet_partner  # "Unified Budget" in the OSCE's list: the OSCE's own money
        if within and within != rec["partner"]:
            state.issue(
                "info",
                "partner",
                f"row {n}: partner '{rec['partner']}' read as {within}, the partner its name holds",
                index,
                state.fields.get("partner"),
            )
            rec["partner"] = within
        shares_said = (
            [float(x.replace(",", ".")) for x in _PERCENTS.findall(partner_text)]
            if "%" in partner_text
            else []
        )
        if not shared and not named_shares and shares_said and shares_said != [100.0]:
            state.issue(  # "EU 80 %, Government of Ukraine 20 %": a share of someone this tool does not credit
                "warning",
                "partner",
                f"row {n}: the partner cell gives shares this tool cannot split ('{partner_text}'): the whole amount "
                f"is credited to {rec['partner']}; give each donor's share (as 'EU 70% / Germany 30%') or a row each",
                index,
                state.fields.get("partner"),
            )
        # the note of the cell's mark naming its funders' shares ("ЄС / Німеччина*" and "* ЄС — 80 %, Німеччина —
        # 20 %"); none naming other funders is taken ("* ЄС — 80 %, Швеція — 20 %": which is right is not known)
        noted = next(
            (
                each
                for each in (state.noted_partner_shares.get(index, []) if len(payers) > 1 else [])
                if {name for name, _ in each[0]} == set(payers)
            ),
            None,
        )
        pooled = state.noted_partner_shares.get(index, [])
        if noted is None and not payers and len(pooled) == 1 and not is_known_partner(rec["partner"]):
            # "Спільний позабюджетний фонд*", and "* … сформовано за рахунок внесків: Норвегія – 50 %, …" below: a
            # fund no partner of its own, its contributors' shares in the note
            noted = pooled[0]
        if (
            noted is not None
        ):  # "ЄС / Німеччина*", and "* … співфінансується: ЄС — 80 %, Німеччина — 20 %" below
            shares, note_index, note_col = noted
            rec["partner"] = " / ".join(f"{name} {share:g}%" for name, share in shares)
            state.issue(
                "info",
                "partner",
                f"row {n}: the partner cell's mark sends to the note in {state.cell(note_index, note_col)}, which "
                f"gives the funders' shares: {rec['partner']}",
                index,
                state.fields.get("partner"),
            )
            cells.names["partner_shares"] = state.cell_in_row(
                note_index, state.row_number(note_index), note_col
            )
            payers = []
        beside = _shares_beside(cells, payers) if noted is None and len(payers) > 1 else None
        if (
            beside is not None
        ):  # "ЄС / Рада Європи" and, in another cell of the row, "ЄС – 90 %, Рада Європи – 10 %"
            shares, col = beside
            rec["partner"] = " / ".join(f"{name} {share:g}%" for name, share in shares)
            state.issue(
                "info",
                "partner",
                f"row {n}: the partner cell names {len(payers)} funders, and {state.cell(index, col)} gives their "
                f"shares: {rec['partner']}",
                index,
                state.fields.get("partner"),
            )
            cells.names["partner_shares"] = state.cell_in_row(index, n, col)
            payers = []
        if len(payers) > 1 and not _parts_in_amount(cells, payers):
            # co-funders in shares the cell does not give, nor the amount cell their sums: the money cannot be split
            state.issue(
                "warning",
                "partner",
                f"row {n}: the partner cell names {len(payers)} funders ({', '.join(payers)}) without their "
                f"shares; the whole amount is credited to {rec['partner']}: give each funder's share in the "
                "cell (as 'EU 70% / Germany 30%') or a row each",
                index,
                state.fields.get("partner"),
            )
        state.partner_above = (
            rec["partner"],
            index,
            state.fields.get("partner"),
        )  # its cell named when taken
    elif state.group_partner is not None:  # "Funding partner: Government of Japan" above the rows
        (rec["partner"], cells.names["partner"]), rec["partner_from"] = state.group_partner, "heading"
    elif state.partner_above is not None and (
        not state.sheet_partner
        or (
            state.partner_above[0] != state.sheet_partner
            and state.fields.get("partner") == min(state.header.columns)
            and is_a_donor_state(
                state.partner_above[0]
            )  # not an implementer (UNDP, IOM) over the title's donor
        )
    ):  # a register grouped by partner, the file naming none (or its title, "Nordic and Dutch …", one of the
        # groups' partners named in the table's first column): the name stands on the group's first row
        partner_above, above_index, above_col = state.partner_above
        rec["partner"], rec["partner_from"] = partner_above, "column"
        cells.names["partner"] = state.cell(above_index, above_col)
        state.partner_filled.append(n)
    elif state.sheet_partner:
        rec["partner"], rec["partner_from"] = state.sheet_partner, "file"
    else:
        rec["partner"], rec["partner_from"] = None, None
    impl_text, impl_col = cells.text("implementer")
    rec["implementer"] = cells.parsed("implementer") if impl_text else None  # canonical_partner(text)
    money_text, money_col = cells.text("amount")
    if (
        rec["partner_from"] != "column"
        and money_text
        and (payer := payer_of_money(money_text)) is not None
        and payer != rec["partner"]
    ):  # "Funded by Japan: USD 1,450,000" under an agency's heading: Japan pays, the agency carries it out
        if rec["partner"] and rec["implementer"] is None:
            rec["implementer"] = rec["partner"]
        state.issue(
            "info",
            "partner",
            f"row {n}: the money cell names who pays ('{money_text[:60]}'): {payer}"
            + (f", not {rec['partner']} (its implementer)" if rec["partner"] else ""),
            index,
            money_col,
        )
        rec["partner"], rec["partner_from"] = payer, "column"
        cells.names["partner"] = state.cell_in_row(index, n, money_col)
    if (
        rec["partner"] is None
        and impl_text
        and names_a_payer(impl_text)
        and len(payers_within(impl_text)) <= 1
    ):
        # no partner named but in the implementer's cell: "МОМ (за кошти Уряду Королівства Норвегія)" is Norway's
        # (a cell naming two, "за кошти Швеції та в партнерстві з Урядом Канади", says no one payer)
        payer = partner_within(impl_text)
        if payer and payer != rec["implementer"]:
            rec["partner"], rec["partner_from"] = payer, "column"
            cells.names["partner"] = state.cell_in_row(index, n, impl_col)
            state.issue(
                "info",
                "partner",
                f"row {n}: no partner is named but in the implementer's cell ('{impl_text[:80]}'): {payer}, who pays",
                index,
                impl_col,
            )
    if rec["implementer"] is None and implementer_after:
        rec["implementer"] = canonical_partner(implementer_after)
    ben, ben_col = cells.text("beneficiaries")
    codes, unknown = cells.parsed("beneficiaries") if ben else ([], [])  # parse_beneficiaries(text)
    if (
        unknown and not codes and (listed := _listed_meaning(state, ben))
    ):  # "R01", and the code list's "Нацполіція"
        codes, unknown = parse_beneficiaries(listed)
    rec["beneficiaries"] = ";".join(codes) if codes else None
    if agency_partner and not codes:
        rec["beneficiaries"] = ";".join(agency_partner)
        cells.names["beneficiaries"] = partner_cell
    for part in unknown:
        state.issue(
            "warning",
            "beneficiary",
            f"row {n}: beneficiary '{part}' is not an MIA agency this tool knows "
            "(MIA, NPU, SBGS, NGU, SMS, SESU, by code or name)",
            index,
            ben_col,
        )
    rec["declared_priority"], _ = cells.text("declared_priority")
    coded = state.grid.meta.get("priority_codes")
    if coded and rec["declared_priority"] and rec["declared_priority"].strip().upper() in coded:
        rec["declared_priority"] = coded[
            rec["declared_priority"].strip().upper()
        ]  # "5", and what "5" stands for
        state.coded_priorities.append(n)
    status, _ = cells.text("status")
    rec["status"] = cells.parsed("status") if status is not None else None  # parse_status(text)
    if (
        rec["status"] not in STATUSES
        and rec["status"] is not None
        and (colours := state.grid.meta.get("status_colours"))
        and (colour := colour_named(rec["status"])) in colours
    ):  # "Green" under "RAG", and "Green = on track" in the legend
        state.issue(
            "info",
            "status",
            f"row {n}: status '{status}' read as {colours[colour]}, as the legend of colours says",
            index,
            state.fields.get("status"),
        )
        rec["status"] = colours[colour]
    if (
        status is None and state.earlier_status_col is not None
    ):  # the latest status left empty: the earlier one stands
        status = clean_text(cell_value(cells.row, state.earlier_status_col))
        if status is not None:
            rec["status"] = parse_status(status)
            cells.names["status"] = state.cell_in_row(index, n, state.earlier_status_col)
    code = (
        status.rstrip(FOOTNOTE_MARKS + " ").upper() if status is not None else None
    )  # "П¹": a footnote's mark
    if index in state.remarked_statuses:  # "withdrawn by donor in May 2021" beside "Ongoing": the newer word
        event, remark_col, own, *noted = state.remarked_statuses[index]
        rec["status"] = event
        cells.names["status"] = state.cell(index, remark_col)
        if (
            noted
        ):  # a note marked on the status cell ("планируется⁴" … "⁴ соглашение подписано"): the newer word
            message = (
                f"row {n}: {noted[0]} says the project is {event}, "
                + (f"unlike its status cell ('{own}')" if own else "and the table gives it no status")
                + f": counted as {event}; correct the status cell if the note is older"
            )
        else:
            message = (
                f"row {n}: the remark ({state.cell(index, remark_col)}) says the project was "
                f"{ {'cancelled': 'withdrawn or cancelled', 'approved': 'approved'}.get(event, 'signed') }"
                + (
                    f" after its status cell ('{own}'): counted as {event}; correct the status cell if the remark is "
                    "older"
                    if own
                    else f" (the table has no status column): counted as {event}"
                )
            )
        # a remark giving a committed project's status where the table gives none changes nothing counted
        quiet = not own and event in ("ongoing", "approved", "completed")
        state.issue("info" if quiet else "warning", "status", message, index, remark_col)
    if (marked := _marked_status(state, index)) is not None:
        own, (rec["status"], how, legend) = rec["status"], marked
        state.marked_rows.append((n, how, rec["status"], own, legend))
    by_colour = state.grid.meta.get("row_status")
    if rec["status"] is None and by_colour and n in by_colour:
        rec["status"], colour = by_colour[n]  # the row's fill, explained by the workbook's legend
        state.issue(
            "info",
            "status",
            f"row {n}: status '{rec['status']}' read from the row's colour ({colour}, as the legend says)",
            index,
        )
    elif by_colour and by_colour.get(n, ("",))[0] == "cancelled" and rec["status"] != "cancelled":
        # "Planned" in its cell, the row shaded as the legend's cancelled rows are: the cancellation came later
        own, (rec["status"], colour) = rec["status"], by_colour[n]
        state.issue(
            "warning",
            "status",
            f"row {n}: the row's colour ({colour}) says cancelled, as the legend explains it, and its status cell "
            f"says '{own}': read as cancelled (its money not counted) — check it",
            index,
            state.fields.get("status"),
        )
    if rec["status"] is not None and rec["status"] not in STATUSES and code in state.status_codes:
        rec["status"] = state.status_codes[code]  # "P", explained on the workbook's legend sheet
        state.coded_statuses.append(n)
    if rec["status"] is not None and rec["status"] not in STATUSES and state.group_status:
        # a word not known, under a heading that says the rows' status ("B. Pipeline")
        rec["status"], cells.names["status"] = state.group_status
        state.issue(
            "info",
            "status",
            f"row {n}: status '{status}' is not a status this tool knows; the heading above the rows says "
            f"{rec['status']} ({cells.names['status']})",
            index,
            state.fields.get("status"),
        )
    if rec["status"] is not None and rec["status"] not in STATUSES:
        state.issue(
            "warning",
            "status",
            f"row {n}: status '{status}' is not a status this tool knows ({', '.join(STATUSES)}); the project's "
            "money is counted as committed",
            index,
            state.fields.get("status"),
        )
    if status is None:  # "Radio network (cancelled)": no status column, the title says it
        said = _STATUS_IN_TITLE.search(cells.text("title")[0] or "")
        if said and parse_status(said.group(1)) in ("cancelled", "planned"):
            rec["status"] = parse_status(said.group(1))
            state.issue(
                "info",
                "status",
                f"row {n}: status '{rec['status']}' read from the title ('{said.group(0).strip()}')",
                index,
                state.fields.get("title"),
            )
    _funder_in_the_amount(cells, rec)
    _shares_in_the_remark(cells, rec)
    _shares_in_donor_columns(cells, rec)
    return rec


def _shares_in_donor_columns(cells: RowCells, rec: dict) -> None:
    """The funders a row's share columns give ("UK share | Canada share": 70 % | 30 %, or 0.7 | 0.3 shown as per
    cent): a donor with the whole share is the partner, several are the partner's shares (split by the build)."""
    state = cells.state
    if not state.donor_share_cols:
        return
    given = []
    for col, donor in state.donor_share_cols.items():
        value = cell_value(cells.row, col)
        try:
            share = (
                parse_percentage(value)
                if isinstance(value, str)
                else float(value)
                if value is not None
                else None
            )
        except (ValueProblem, TypeError, ValueError):
            share = None
        if share:
            given.append((donor, share, col))
    if (
        given
        and all(share <= 1.0 for _, share, _ in given)
        and abs(sum(s for _, s, _ in given) - 1.0) < 0.001
    ):
        given = [(donor, share * 100, col) for donor, share, col in given]  # 0.7: 70 % shown as a per cent
    if not given:
        return
    if abs(sum(s for _, s, _ in given) - 100) > 0.01:
        scale = (
            100 if all(share <= 1.0 for _, share, _ in given) else 1
        )  # 0.5 | 0.3: per cents shown as fractions
        state.issue(
            "warning",
            "partner",
            f"row {cells.n}: the donors' shares add up to {sum(s for _, s, _ in given) * scale:g} %, not 100 % "
            f"({', '.join(f'{donor} {share * scale:g} %' for donor, share, _ in given)}): the project is not split "
            "between them",
            cells.index,
            given[0][2],
        )
        return
    rec["partner"] = (
        given[0][0] if len(given) == 1 else " / ".join(f"{donor} {share:g}%" for donor, share, _ in given)
    )
    rec["partner_from"] = "column"
    cells.names["partner"] = state.cell_in_row(cells.index, cells.n, given[0][2])


#: A column of a donor's share of each project ("UK share", "Частка Канади, %", "Доля ЕС").
_DONOR_SHARE = re.compile(r"\b(?:share|part|частка|доля|частина)\b|%", re.IGNORECASE)


def _donor_share_columns(state: SheetState, header: Header, rows: list[list], width: int) -> dict[int, str]:
    """Columns each naming a donor and its share ("UK share | Canada share"), two at least, in a table with no
    partner column: column -> donor; set aside as read (not "a field this tool does not know"). Said once."""
    if "partner" in header.fields():
        return {}
    found: dict[int, str] = {}
    for col in range(width):
        m = header.columns.get(col)
        label = header.labels.get(col) or clean_text(cell_value(rows[header.row], col)) or ""
        if (m is not None and m.field not in (None, "ignore", "duplicate")) or not _DONOR_SHARE.search(label):
            continue
        name = _DONOR_SHARE.sub(" ", label).split(" / ")[-1]
        # "Finland", "Council of Europe ordinary budget": a country or an organisation paying from its own budget
        donor = listed_donor(name) or partner_in_text(name)
        if donor is not None:
            found[col] = donor
    if len(found) < 2:
        return {}
    for col in found:
        header.columns[col] = FieldMatch("ignore")
    state.issue(
        "info",
        "partner",
        f"columns {', '.join(col_letters(c) for c in found)} give each donor's share of a project "
        f"({', '.join(dict.fromkeys(found.values()))}): a project is each donor's at its share",
        header.row,
        min(found),
    )
    return found


def _shares_in_the_remark(cells: RowCells, rec: dict) -> None:
    """The row's partner split by the shares its remark gives ("Співфінансування: Норвегія 75 %, ПРООН (власні
    ресурси) 25 %") when the partner is one of the donors named there; said at the remark."""
    state = cells.state
    if cells.index not in state.remarked_shares or not rec.get("partner") or partner_shares(rec["partner"]):
        return
    shares, col, *noted = state.remarked_shares[cells.index]
    if rec["partner"] not in {name for name, _ in shares}:
        return
    if partner_in_text(state.header.labels.get(state.fields.get("amount")) or ""):
        return  # "Norway's contribution, NOK": the amount is that donor's part, not the project's to split
    rec["partner"] = " / ".join(f"{name} {share:g}%" for name, share in shares)
    rec["partner_from"] = "column"  # split by the build like a partner cell naming donors with their shares
    cells.names["partner_shares"] = state.cell_in_row(cells.index, cells.n, col)
    state.issue(
        "info",
        "partner",
        f"row {cells.n}: {f'the note at {noted[0]}' if noted else f'the remark ({state.cell(cells.index, col)})'} "
        f"says the project is co-funded, with the donors' shares: {rec['partner']}",
        cells.index,
        col,
    )


def _funder_in_the_amount(cells: RowCells, rec: dict) -> None:
    """A funder named where the amount is read ("Funding | Ministry of Foreign Affairs of Denmark" in a card): the
    row's partner when no column named one, no amount (said)."""
    if rec.get("partner_from") == "column":
        return
    value, col = cells.get("amount")
    if not isinstance(value, str) or any(ch.isdigit() for ch in value) or not is_known_partner(value):
        return
    state = cells.state
    rec["partner"], rec["partner_from"] = canonical_partner(value), "column"
    cells.names["partner"] = state.cell_in_row(cells.index, cells.n, col)
    cells.funder_in_amount = True
    label = state.header.labels.get(col, "")
    state.issue(
        "info",
        "partner",
        f"row {cells.n}: '{clean_text(value)}' under '{label}' names who funds the project ({rec['partner']}), not an "
        "amount",
        cells.index,
        col,
    )


#: A status in brackets at the end of a title: "(cancelled)", "[скасовано]", "(pipeline)".
_STATUS_IN_TITLE = re.compile(r"[(\[]\s*([^()\[\]]{3,30}?)\s*[)\]]\s*$")


#: A part of a year in a period's cell beside a column of the row's year ("FULL YEAR", "H1", "Q3", "2nd half",
#: "I півріччя", "II квартал"): the row's money is that year's.
_PART_OF_A_YEAR = re.compile(
    r"(?:full|whole|entire|calendar)\s+year|annual|h[12]|s[12]|q[1-4]|[1-4](?:st|nd|rd|th)\s+(?:half|quarter)"
    r"|(?:i{1,3}|iv|[1-4])\s*(?:півріччя|полугодие|квартал|кв\.?)|(?:весь|цілий|увесь)\s+рік|(?:весь|целый)\s+год",
    re.IGNORECASE,
)


def _dates(cells: RowCells, partner: str | None = None) -> tuple[str | None, str | None]:
    """Start and end of a row (ISO text) from its start, end and period cells, with an issue for each problem
    (``partner``: the row's, whose fiscal year a period "FY2021/22" names)."""
    state, n, index = cells.state, cells.n, cells.index
    start = end = None
    start_value, start_col = cells.get("start_date")
    end_value, end_col = cells.get("end_date")
    period_value, period_col = cells.get("period")
    d1904 = state.grid.date1904
    if start_value is not None:
        try:
            start = cells.parsed("start_date")  # parse_date(start_value, date1904=d1904, order=...)
        except ValueProblem as exc:
            try:  # "2021-2050" in a Start cell costs that cell, never the sheet
                whole = (
                    "is a period" not in exc.message
                    and end_value is None
                    and isinstance(start_value, str)
                    and _DURATION_WORDS.search(start_value)
                    is not None  # "36 months from 01.07.2020", not "2021/22"
                )
                if "is a period" not in exc.message and not whole:
                    raise
                try:
                    start, period_end = parse_period(start_value, order=state.orders.get(start_col))
                except ValueProblem:
                    if whole:  # neither a date nor a period: the start cell's own problem is said
                        raise exc from None
                    raise
                if whole and (start is None or period_end is None):
                    start = None
                    raise exc
                if end_value is None:
                    end = period_end
                if "is a period" not in exc.message:  # "36 months from 01.07.2020" over Start and End
                    state.issue(
                        "info",
                        "date",
                        f"row {n}, start date ({state.cell(index, start_col)}): '{clean_text(start_value)}' gives "
                        f"the whole period, the end cell being empty: {start:%d.%m.%Y}–{end:%d.%m.%Y}",
                        index,
                        start_col,
                    )
            except ValueProblem as cell_exc:
                fiscal = (
                    _fiscal_period(state, start_value, partner, index, start_col)
                    if isinstance(start_value, str)
                    else None
                )
                if fiscal is not None:  # "FY2021" as the start: the first day of the partner's fiscal year
                    start = fiscal[0]
                else:
                    cells.problem(cell_exc, start_col, "start date")
    extended = extended_end(end_value) if isinstance(end_value, str) else None
    own = _LEADING_DATE.match(clean_text(end_value) or "") if extended is not None else None
    if own is not None:
        try:
            if (written := parse_date(own[0], end=True)) is not None and written >= extended:
                extended = (
                    None  # "31.12.2022 (extended to 30.06.2022 for component 2)": not the project's end
                )
        except ValueProblem:
            pass
    if extended is not None:  # "31.12.2021 (продлен до 31.03.2022)": the end it was extended to
        end = extended
        state.issue(
            "info",
            "date",
            f"row {n}: the end date cell says the project was extended ('{clean_text(end_value)}'); "
            f"{end:%d.%m.%Y} is its end",
            index,
            end_col,
        )
    elif end_value is not None:
        try:
            end = cells.parsed("end_date")  # parse_date(end_value, end=True, date1904=d1904, order=...)
        except ValueProblem as exc:
            try:
                if "is a period" not in exc.message:
                    raise
                _, end = parse_period(end_value, order=state.orders.get(end_col))
            except ValueProblem as cell_exc:
                length = parse_duration(end_value) if isinstance(end_value, str) else None
                if length and start is not None:  # "End / duration: 24 міс.": a length from the start
                    end = end_after(start, length)
                    state.issue(
                        "info",
                        "date",
                        f"row {n}, end date ({state.cell(index, end_col)}): '{clean_text(end_value)}' is a "
                        f"duration; the end date {end:%d.%m.%Y} is the start date plus {length} months",
                        index,
                        end_col,
                    )
                elif isinstance(end_value, str) and (
                    fiscal := _fiscal_period(state, end_value, partner, index, end_col)
                ):  # "FY2022" as the end: the last day of the partner's fiscal year
                    end = fiscal[1]
                else:
                    end = _date_before_remark(cells, end_value, end_col)
                    if end is None and (end := day_past_month_end(end_value)) is not None:
                        state.issue(  # "31.06.2021": the month's last day, meant and mistyped
                            "warning",
                            "date",
                            f"row {n}, end date ({state.cell(index, end_col)}): '{clean_text(end_value)}' does not "
                            f"exist; read as the month's last day, {end:%d.%m.%Y} — check it",
                            index,
                            end_col,
                        )
                    if end is None:
                        cells.problem(cell_exc, end_col, "end date")
    months = parse_duration(period_value) if isinstance(period_value, str) else None
    if months and end is None:  # "Тривалість: 18 міс." / "Duration: 10 months": a length, not dates
        where = f"row {n}, period ({state.cell(index, period_col)})"
        if start is None:
            state.issue(
                "warning",
                "date",
                f"{where}: {months} months but no start date; the end is unknown",
                index,
                period_col,
            )
        else:
            end = end_after(start, months)
            state.issue(
                "info",
                "date",
                f"{where}: '{clean_text(period_value)}' is a duration; the end date {end:%d.%m.%Y} is the start "
                f"date plus {months} months",
                index,
                period_col,
            )
    elif period_value is not None and (start is None or end is None):
        try:
            p_start, p_end = parse_period(period_value, date1904=d1904, order=state.orders.get(period_col))
            start = start or p_start
            end = end or p_end
            _split_year_said(state, period_value, partner, index, period_col)
        except ValueProblem as exc:
            fiscal = _fiscal_period(state, period_value, partner, index, period_col)
            if fiscal is not None:  # "FY2021/22": the partner's fiscal year, not a calendar one
                start, end = start or fiscal[0], end or fiscal[1]
            else:
                in_title = _in_the_title_year(state, period_value)
                later = (
                    extended_end(period_value) if isinstance(period_value, str) and in_title is None else None
                )
                try:  # "2021–2022 (extended to 06.2023)": the period, and the end it was extended to
                    p_start, _ = parse_period(re.split(r"[(,;]", period_value)[0]) if later else (None, None)
                except ValueProblem:
                    p_start = None
                if in_title is not None:  # "March–December" under "Plan for 2021"
                    start, end = start or in_title[0], end or in_title[1]
                    state.issue(
                        "info",
                        "date",
                        f"row {n}: the period '{clean_text(period_value)}' names no year: the year the title rows name "
                        f"({state.title_year}) is used",
                        index,
                        period_col,
                    )
                elif state.year_col is not None and _PART_OF_A_YEAR.fullmatch(clean_text(period_value) or ""):
                    state.year_parts.append(n)  # "FULL YEAR", "H1" beside the row's year: a part of that year
                elif later is None or p_start is None:
                    cells.problem(exc, period_col, "period")
                else:
                    start, end = start or p_start, end or later
                    state.issue(
                        "info",
                        "date",
                        f"row {n}: the period cell says the project was extended ('{clean_text(period_value)}'); "
                        f"{later:%d.%m.%Y} is its end",
                        index,
                        period_col,
                    )
    if state.fields.get("duration") is not None:
        start, end = end_from_duration(state, cells.row, index, n, start, end)
    if state.revised_end_col is not None:
        end = _revised_end(cells, end)
    if index in state.extended_ends and (end is None or state.extended_ends[index][0] > end):
        later, col = state.extended_ends[index]
        state.issue(
            "info",
            "date",
            f"row {n}: the remark {state.cell(index, col)} extends the project to {later:%d.%m.%Y}"
            + (f" (the end date cell says {end:%d.%m.%Y})" if end else "")
            + "; that end is used",
            index,
            col,
        )
        end = later
        cells.names["end_date"] = state.cell_in_row(index, n, col)
    cells.dates = (start, end)  # for the total against the year columns (see row_money)
    if start and end and end < start:
        state.issue(
            "error",
            "date",
            f"row {n}: end date {show_date(end_value, end)} is before start date {show_date(start_value or period_value, start)}",
            index,
            end_col if end_col is not None else period_col,
        )
    if start is None and end is None and start_value is None and end_value is None and period_value is None:
        if any(m.part for m in state.header.columns.values()):
            cells.timeline = timeline_marks(cells) or []  # read once: row_money's year parts skip the marks
            if cells.timeline:
                return _timeline_dates(cells, cells.timeline)
        paid = state.payment_cols
        if (
            paid is not None
            and paid[1] == state.fields.get("amount")
            and clean_text(cell_value(cells.row, paid[0]))
        ):
            return None, None  # a payment's row: its date dates the money (see _payment_schedule)
        state.issue(
            "warning",
            "date",
            f"row {n}: no start or end date",
            index,
            start_col if start_col is not None else period_col,
        )
    return (start.isoformat() if start else None), (end.isoformat() if end else None)


def _timeline_dates(cells: RowCells, marks: list[tuple[int, int, str]]) -> tuple[str, str]:
    """Start and end of a timeline row: the first day of its first marked part, the last of its last."""
    state = cells.state
    (year, first_col, part), (last_year, last_col, last_part) = marks[0], marks[-1]
    start = dt.date(year, int(part.split("-")[0]), 1)
    month = int(last_part.split("-")[1])
    end = dt.date(last_year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    cells.dates = (start, end)
    cells.names["start_date"] = state.cell_in_row(cells.index, cells.n, first_col)
    cells.names["end_date"] = state.cell_in_row(cells.index, cells.n, last_col)
    state.issue(
        "info",
        "date",
        f"row {cells.n}: no dates, but the timeline {'colours (no figures)' if cells.coloured else 'marks'} "
        f"{len(marks)} part(s) of years from "
        f"{state.cell(cells.index, first_col)} to {state.cell(cells.index, last_col)}: the project runs "
        f"{start:%d.%m.%Y}–{end:%d.%m.%Y}",
        cells.index,
        first_col,
    )
    return start.isoformat(), end.isoformat()


def _in_the_title_year(state: SheetState, value) -> tuple | None:
    """A period naming no year ("March–December", "Q2–Q4") read in the year the sheet's title rows name, or None."""
    if state.title_year is None or not isinstance(value, str) or _TITLE_YEAR.search(value):
        return None
    try:
        found = parse_period(f"{clean_text(value)} {state.title_year}")
    except ValueProblem:
        return None
    return found if found[0] is not None and found[1] is not None else None


#: The date a date cell starts with, before a remark in brackets.
_LEADING_DATE = re.compile(r"\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}")


#: A figure in a column headed in thousands from which it is taken for a whole sum: a thousand times it would be a
#: billion or more, in a currency other than the hryvnia (no technical assistance project of the sector is).
_WHOLE_SUM_IN_THOUSANDS = 1_000_000


def _whole_sums_under_thousands(state: SheetState, header: Header, rows: list[list]) -> None:
    """Money columns headed in thousands ("Budget, USD thous.", "тис. од. валюти", a template's header left as it was)
    whose figures are whole sums (one of them a million or more: a billion in thousands, in a currency other than the
    hryvnia): read as written, each such column said (warning). A sum of hryvnias in thousands may be that large."""
    formatted = {
        col for _, col in state.grid.meta.get("scaled") or {}
    }  # shown in thousands: see _units_only_shown
    money = [
        c
        for c, m in header.columns.items()
        if m.field in ("amount", "yearly") and m.scale == 1000.0 and c not in formatted
    ]
    if not money or any(header.columns[c].currency == "UAH" for c in money):
        return
    currency = header.fields().get("currency")
    body = rows[header.row + 1 :]
    if currency is not None and any(
        isinstance(v := cell_value(row, currency), str) and currency_in_text(v) == "UAH" for row in body
    ):
        return
    largest = max(
        (
            v
            for c in money
            for row in body
            if isinstance(v := cell_value(row, c), (int, float)) and not isinstance(v, bool)
        ),
        default=0,
    )
    if largest < _WHOLE_SUM_IN_THOUSANDS:
        return
    for col in money:
        header.columns[col] = replace(header.columns[col], scale=1.0)
        state.issue(
            "warning",
            "amount",
            f"column {col_letters(col)} '{header.labels.get(col, '')}' is headed in thousands, but its figures are whole "
            f"sums (up to {largest:,.0f}, a thousand times which would be a billion or more): read as written — check "
            "the unit",
            header.row,
            col,
        )


def _figure(value) -> float | None:
    """A money cell's figure as written (no unit applied), None for an empty, dashed or unreadable cell."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    try:
        found = parse_amount(value) if isinstance(value, str) else None
    except ValueProblem:
        return None
    return found.value if found is not None else None


def _years_in_the_totals_unit(state: SheetState, header: Header, rows: list[list]) -> None:
    """Year columns with no unit of their own beside a total headed in a unit ("Total EU contribution, EUR '000" |
    "2021 / plan"): read in the total's unit where the figures show they are written in it, every project's years
    adding up to no more than its total as written (a thousand times each would be a thousand times the total).
    Said (info)."""
    totals = [c for c, m in header.columns.items() if m.field == "amount" and m.scale != 1.0]
    years = [c for c, m in header.columns.items() if m.field == "yearly" and m.scale == 1.0]
    if len(totals) != 1 or not years or any(units_scale(header.labels.get(c) or "") != 1.0 for c in years):
        return
    total, scale = totals[0], header.columns[totals[0]].scale
    pairs = []
    for row in rows[header.row + 1 :]:
        written = _figure(cell_value(row, total))
        figures = [f for c in years if (f := _figure(cell_value(row, c))) is not None]
        if written and figures and any(figures):
            pairs.append((written, sum(figures), max(figures)))
    if len(pairs) < 2 or any(biggest > written * 1.05 for written, _, biggest in pairs):
        return
    if not all(written * 0.01 <= added for written, added, _ in pairs):
        return  # years far smaller than their totals: nothing shows they are in its unit
    for col in years:
        header.columns[col] = replace(header.columns[col], scale=scale)
    state.issue(
        "info",
        "amount",
        f"columns {', '.join(col_letters(c) for c in years)} name no unit; read in that of column "
        f"{col_letters(total)} ('{header.labels.get(total, '')}'), since each project's years add up to no more "
        "than its total as written",
        header.row,
        min(years),
    )


def _unit_or_currency(header: Header, rows: list[list]) -> None:
    """A column of units ("Од. виміру / Unit") is the currency's where the table has no currency column and its
    cells name currencies ("тис. дол. США", "євро"): the unit each gives is read with it (see amounts)."""
    fields = header.fields()
    col = next((c for c, m in sorted(header.columns.items()) if m.field == "unit"), None)
    if col is None or "currency" in fields:
        return
    cells = [text for r in rows[header.row + 1 :] if col < len(r) and (text := clean_text(r[col]))]
    if cells and sum(1 for text in cells if currency_in_text(text)) * 2 >= len(cells):
        header.columns[col] = FieldMatch("currency", None, None, header.columns[col].strength)


def _country_or_partner(header: Header, rows: list[list]) -> None:
    """A country column is a regional programme's only where one of its cells names Ukraine; one that never does
    ("Country": Germany, Sweden, France in a Team Europe list) names the donors, as any column of partners does."""
    col = next((c for c, m in sorted(header.columns.items()) if m.field == "country"), None)
    if col is None:
        return
    cells = [clean_text(r[col]) for r in rows[header.row + 1 :] if col < len(r)]
    if any(text and (UKRAINE.search(text) or _UKRAINE_CODE.search(text)) for text in cells):
        return
    known = [text for text in cells if text and is_known_partner(text)]
    takes = "partner" not in header.fields() and len(known) * 2 >= sum(1 for text in cells if text)
    header.columns[col] = FieldMatch("partner", None, None, 0.5) if takes and known else FieldMatch(None)


#: Ukraine's codes in a country cell ("UA, MD", "UKR").
_UKRAINE_CODE = re.compile(r"(?<![^\W\d_])(?:UA|UKR|укр)(?![^\W\d_])")


def _another_country(state: SheetState, row: list, index: int, n: int) -> bool:
    """Whether a row of a regional programme is for other countries than Ukraine ("Молдова" in a "Країна" column):
    not the sector's money; skipped and said. A row naming Ukraine among others, or no country, is read."""
    text = clean_text(cell_value(row, state.country_col))
    if (
        not text
        or UKRAINE.search(text)
        or _UKRAINE_CODE.search(text)
        or (partner_in_text(text) not in country_names() and not country_of_code(text))  # "Молдова", "MDA"
    ):
        return False  # Ukraine, a place in it ("Kyiv", "Донецька область") or nothing known: the row is read
    state.issue(
        "info",
        "country",
        f"row {n} is for {text}, not Ukraine ({state.cell(index, state.country_col)}): skipped (a regional "
        "programme's part for another country)",
        index,
        state.country_col,
    )
    return True


def _date_before_remark(cells: RowCells, value, col: int | None):
    """The date an end-date cell starts with when a remark in brackets follows it ("31.12.2021 (extension to
    30.06.2022 under discussion)"): the date, and a warning naming the remark; else None."""
    text = clean_text(value) if isinstance(value, str) else None
    found = _LEADING_DATE.match(text or "")
    if found is None or not text[found.end() :].lstrip().startswith(("(", "[")):
        return None
    try:
        date = parse_date(found[0], end=True)
    except ValueProblem:
        return None
    cells.state.issue(
        "warning",
        "date",
        f"row {cells.n}: the end date cell has a remark after its date ('{text}'); {date:%d.%m.%Y} is used, the "
        "remark is not read as a date",
        cells.index,
        col,
    )
    return date


def _revised_end(cells: RowCells, end):
    """The row's end from a "Revised end date" column where it is filled (info when it moves the end)."""
    state, col = cells.state, cells.state.revised_end_col
    value = cell_value(cells.row, col)
    if clean_text(value) is None or (isinstance(value, str) and not any(c.isdigit() for c in value)):
        return end  # empty, or "не змінювалась" / "no change": the end stands
    try:
        revised = parse_date(value, end=True, date1904=state.grid.date1904, order=state.orders.get(col))
    except ValueProblem as exc:
        cells.problem(exc, col, "revised end date")
        return end
    if revised is None or revised == end:
        return end
    state.issue(
        "info",
        "date",
        f"row {cells.n}: the revised end date {revised:%d.%m.%Y} ({state.cell(cells.index, col)}) is used"
        + (f" instead of {end:%d.%m.%Y}" if end else ""),
        cells.index,
        col,
    )
    cells.names["end_date"] = state.cell_in_row(cells.index, cells.n, col)
    return revised


# ---------------------------------------------------------------------------
# registration cards and transposed tables: field labels down a column, a project's values beside them

#: Cards and transposed tables are recognised from this many first rows of a sheet.
_CARD_SCAN_ROWS = 200
_CARD_SUBSTANCE = {"amount", "start_date", "end_date", "period", "beneficiaries", "yearly"}


def _label_of(value) -> tuple[str, FieldMatch] | None:
    """The field a card's label cell names ("Project title:", "Бюджет, грн", 2021), or None."""
    if isinstance(value, (int, float)) and not isinstance(value, bool) and float(value).is_integer():
        if 2000 <= value <= 2049:
            return str(int(value)), FieldMatch("yearly", None, int(value), 1.0)
        return None
    if not isinstance(value, str) or not value.strip() or len(value) > 80:
        return None
    m = match_field(value)
    if m.field is None and (numbered := _NUMBERED_CARD.fullmatch(value.strip())):
        # "Проект 1:", "Project No. 2": a card's title label numbered
        title = match_field(numbered["label"])
        if title.field == "title":
            return numbered["label"], title  # the rebuilt table's header names the field, not the number
    if m.field in PROJECT_FIELDS or (m.field == "yearly" and m.year):
        return clean_text(value) or "", m
    if (
        m.field == "amount_year"
    ):  # a card's "Рік: 2021": the year the project runs, its period where no dates are
        return clean_text(value) or "", FieldMatch("period", None, None, m.strength)
    if m.field in (None, "ignore") and _CARD_REMARK.fullmatch((clean_text(value) or "").strip(" :")):
        # a card's "Комментарий": read as a table's remarks column is (a changed figure, a cancellation)
        return clean_text(value) or "", FieldMatch("ignore", None, None, 1.0)
    return None


#: A card's title label with its number: "Проект 1:", "Project No. 2", "Проєкт №3.".
_NUMBERED_CARD = re.compile(
    r"(?P<label>[^\W\d_]{4,12})\s*(?:№|No\.?|#)?\s*\d{1,3}\s*[.:)]?\s*:?", re.IGNORECASE
)


#: A card's label of remarks: "Комментарий", "Comments / updates", "Примітки".
_CARD_REMARK = re.compile(
    r"(?:comments?|remarks?|notes?|updates?|примітк\w*|коментар\w*|комментари\w*|примечани\w*)"
    r"(?:\s*(?:/|and|&|та|и|і)\s*(?:comments?|remarks?|notes?|updates?|зміни|изменения))?",
    re.IGNORECASE,
)


def _label_column(rows: list[list]) -> tuple[int, list[tuple[int, str, FieldMatch]]] | None:
    """The column whose cells name project fields with values to their right (at least a title or code and
    an amount, a date or an agency), and its label rows."""
    best = None
    width = min(max((len(r) for r in rows), default=0), 8)
    for c in range(width - 1):
        labels = []
        for r, row in enumerate(rows):
            found = _label_of(row[c]) if c < len(row) else None
            if found and any(v is not None and clean_text(v) for v in row[c + 1 :]):
                labels.append((r, *found))
        amounts = [i for i, (_, _, m) in enumerate(labels) if m.field == "amount"]
        if len(amounts) >= 2 and not any(m.field in ("title", "project_id") for _, _, m in labels):
            # no title label, two amount labels, one with texts beside it: Sida's "Contribution" names the project
            for i in amounts:
                r, text, _ = labels[i]
                if titles_not_money(rows[r][c + 1 :]):
                    labels[i] = (r, text, FieldMatch("title", None, None, 0.5))
                    break
        fields = {m.field for _, _, m in labels}
        if len(labels) >= 3 and fields & {"title", "project_id"} and fields & _CARD_SUBSTANCE:
            if best is None or len(labels) > len(best[1]):
                best = (c, labels)
    return best


def _titles_across(rows: list[list], header: Header) -> bool:
    """Whether the "header" found is the title row of a transposed table ("Project | Patrol Police Academy
    training … | Dismantling synthetic drug laboratories … | TOTAL" over "Implementer", "Start date", "Total
    funding" down its first column): most of its cells are long texts no field names, and the column of its title
    label holds field labels with values beside them below it."""
    row = rows[header.row]
    # a long text matched by a word or two of it ("… precursor control training for NPU investigators") names no field
    named = {c for c, m in header.columns.items() if m.field is not None and m.strength >= 0.5}
    unknown_long = [
        c
        for c, v in enumerate(row)
        if c not in named
        and isinstance(v, str)
        and len(clean_text(v) or "") >= 25
        and len((clean_text(v) or "").split()) >= 3
    ]
    if len(unknown_long) < 2 or len(unknown_long) < len(named):
        return False
    found = _label_column(rows)
    title_col = header.fields().get("title", header.fields().get("project_id"))
    if found is None or found[0] != title_col:
        return False
    # field labels below it, named outright ("Implementer", "Start date", "Total funding", "Status"; not a title saying
    # "Budget support to …", nor a "TOTAL" row alone)
    below = {m.field for r, _, m in found[1] if r > header.row and m.strength >= 1.0}
    return len(below) >= 3 and bool(below & _CARD_SUBSTANCE)


#: A card's line heading a list of months that are not the months' money: running totals ("Освоено нарастающим
#: итогом", "cumulative"), or counts of people ("Кількість навчених осіб за місяцями", "Number of trainees").
_MONTHS_NOT_MONEY = re.compile(
    r"нарастающ|наростаюч|накопичувальн|накопительн|cumulative|running\s+total|кількість|количество|number\s+of"
    r"|\bосіб\b|\bчеловек|\bpersons?\b|\bpeople\b|trainees|participants|учасник|участник",
    re.IGNORECASE,
)


def _months_not_money(
    state: SheetState, rows: list[list], c: int, labels: list[tuple[int, str, FieldMatch]]
) -> list[tuple[int, str, FieldMatch]]:
    """Cards' labels without the months (or quarters) listed under a line saying they are running totals or counts
    of people, not each month's money; said once."""
    out, dropped = [], []
    not_money: bool | None = None  # what the line over the current list of months says (None: no list yet)
    for r, text, m in labels:
        if not (m.field == "yearly" and m.part):
            not_money = None
            out.append((r, text, m))
            continue
        if not_money is None:  # the line over the first month of a list
            above = next(
                (t for k in range(r - 1, max(-1, r - 3), -1) if (t := clean_text(cell_value(rows[k], c)))), ""
            )
            not_money = bool(_MONTHS_NOT_MONEY.search(above))
        if not_money:
            dropped.append(state.row_number(r))
        else:
            out.append((r, text, m))
    if dropped:
        state.issue(
            "warning",
            "amount",
            f"rows {number_ranges(dropped)} list months under a line saying they are running totals or counts, not "
            "each month's money: not read as money",
        )
    return out


def _card_value_lines(state: SheetState, rows: list[list], c: int) -> bool:
    """Join to the value above it each line of a card's value on a row of its own, under no label: the rest of a
    title in small letters ("in responding to domestic violence"), or what a value stopping short goes on with
    ("SEK" over "2 400 000", "01.12.2019 –" over "30.11.2022"); said once. Whether any was joined."""

    joined = []
    for r in range(1, len(rows)):
        row, above = rows[r], rows[r - 1]
        if c + 1 >= len(row) or clean_text(row[c] if c < len(row) else None):
            continue
        values = [k for k in range(c + 1, len(row)) if clean_text(row[k])]
        label = _label_of(above[c]) if c < len(above) else None
        if values != [c + 1] or label is None or c + 1 >= len(above) or not clean_text(above[c + 1]):
            continue
        text = clean_text(row[c + 1]) or ""
        money = label[1].field in ("amount", "yearly")
        wrapped = label[1].field in ("title", "description") and text[:1].islower()
        if not (wrapped or stops_short(above[c + 1], money)):
            continue
        above[c + 1] = f"{clean_text(above[c + 1])} {text}"
        rows[r] = [None] * len(row)
        joined.append(state.row_number(r))
    if joined:
        state.issue(
            "info",
            "layout",
            f"rows {number_ranges(joined)} carry on the value of the label above each (a value's second line): joined",
        )
    return bool(joined)


def _card_blocks(labels: list[tuple[int, str, FieldMatch]]) -> list[list[tuple[int, str, FieldMatch]]]:
    """Cards stacked down a sheet: a new card begins where its title (or code) label comes again."""
    blocks: list[list] = []
    seen: set[str] = set()
    for label in labels:
        key = label[2].field
        if key in ("title", "project_id") and key in seen:
            blocks.append([])
            seen = set()
        if not blocks:
            blocks.append([])
        blocks[-1].append(label)
        seen.add(key)
    if (
        blocks
    ):  # a field named above the first card's title and again in it ("All amounts: …" in the title rows)
        first = blocks[0]
        start = next((k for k, (_, _, m) in enumerate(first) if m.field in ("title", "project_id")), 0)
        later = {_key(m) for _, _, m in first[start:]}
        blocks[0] = [label for k, label in enumerate(first) if k >= start or _key(label[2]) not in later]
    return blocks


def _payers_in_cards(
    state: SheetState, rows: list[list], c: int, labels: list[tuple[int, str, FieldMatch]]
) -> list[tuple[int, str, FieldMatch]]:
    """Cards' labels, a label of money whose values name who pays and no sum ("Co-financing": "-" for most
    projects, "Switzerland 70% / Germany 30%" for one) read as the partner, beside another label of the amount
    ("Total budget (CHF)") and none of the partner (said), as a table's column is (see ``columns.infer_roles``)."""
    fields = [m.field for _, _, m in labels]
    if "partner" in fields or fields.count("amount") < 2:
        return labels
    out = []
    for r, text, m in labels:
        values = [t for t in (clean_text(v) for v in rows[r][c + 1 :]) if t]
        if (
            m.field == "amount"
            and any(partner_shares(v) for v in values)
            and all(NOTHING_SAID.fullmatch(v) or partner_shares(v) for v in values)
        ):
            m = FieldMatch("partner", None, None, 0.5)  # its own column of the rebuilt table (said there)
        out.append((r, text, m))
    return out


def _key(m: FieldMatch) -> str:
    if m.field == "yearly":  # a month's or a quarter's line is a column of its own ("январь 2021", "Q2 2021")
        return f"yearly {m.year} {m.part}" if m.part else f"yearly {m.year}"
    return str(m.field)


def _anchor_of(block: list) -> int:
    return next(r for r, _, m in block if m.field in ("title", "project_id"))


def _beside_the_block(rows: list[list], block: list, columns: list[int]) -> tuple[list[int], list[int]]:
    """A transposed table's project columns split where a column empty on every row of its labels ends the table:
    (its columns, those beyond the gap: another block of labels and values beside it, not this table's projects)."""
    label_rows = [r for r, _, _ in block]
    for k in range(1, len(columns)):
        gap = [
            j
            for j in range(columns[k - 1] + 1, columns[k])
            if all(j >= len(rows[r]) or not clean_text(rows[r][j]) for r in label_rows)
        ]
        if gap:
            return columns[:k], columns[k:]
    return columns, []


def _card_projects(rows: list[list], c: int, block: list, merged=()) -> list[dict[str, tuple[int, int]]]:
    """Each project of a card block: field key -> its value's cell (row, col). Several value columns in the
    title row make a transposed table (one project per column); one makes a card. In a transposed table, a value
    merged over several projects' columns ("DKK ('000)" over B–E) is each one's."""
    spread = {(a[0], col): a[1] for a, b in merged if a[0] == b[0] for col in range(a[1] + 1, b[1] + 1)}
    row = rows[_anchor_of(block)]
    columns = [j for j in range(c + 1, len(row)) if row[j] is not None and clean_text(row[j])]
    columns, beyond = _beside_the_block(rows, block, columns)
    projects = []
    for j in (
        columns if len(columns) >= 2 or beyond else [None]
    ):  # a block beside: each value in its own column
        cells: dict[str, tuple[int, int]] = {}
        for r, _, m in block:
            if _key(m) in cells:
                continue
            line = rows[r]
            if j is None:
                col = next(
                    (k for k in range(c + 1, len(line)) if line[k] is not None and clean_text(line[k])), None
                )
            else:
                col = j if j < len(line) and line[j] is not None and clean_text(line[j]) else None
                if col is None and (r, j) in spread and (first := spread[(r, j)]) > c:
                    col = first if first < len(line) and clean_text(line[first]) else None
            if col is not None:
                cells[_key(m)] = (r, col)
        projects.append(cells)
    return projects


def _inline_labels(
    rows: list[list], seconds: list[tuple[int, int, str]] | None = None
) -> tuple[list[list], dict[tuple[int, int], int]]:
    """Rows where a cell "Donor: Japan" (a field label, a colon, a value, nothing to its right) is split in two
    cells, and for each value moved right: (row, new col) -> the column it was written in. A second field after
    the first one's full stop ("… 2020–2022 гг. Состояние: реализуется.") is cut off, and put in ``seconds`` as
    (row, column, its text) when a list is given."""
    out, moved = [], {}
    for r, row in enumerate(rows):
        new = list(row)
        left = None  # the filled cell nearest on the left: a label's value stands right of it, past merged blanks
        for c, value in enumerate(row):
            if c and clean_text(row[c - 1]):
                left = row[c - 1]
            if not isinstance(value, str) or (
                left is not None
                and _label_of(left) is not None
                and (c and clean_text(row[c - 1]) or ":" not in str(left) or str(left).strip().endswith(":"))
            ):
                continue  # a label's value ("Статус:" | "реализуется (завершение — июнь 2021 г.)") is no label
            split = None
            if tranche := _tranche_line(value):  # "Tranche 2 – 15.03.2021 – EUR 200,000": the month's money
                split = tranche
            elif (
                (dashed := _LABEL_DASH.fullmatch(value.strip()))
                and len(dashed["label"].split()) <= 4
                and dashed["label"].count("(")
                == dashed["label"].count(")")  # "Триває (завершення – грудень …)"
            ):
                # "Общая стоимость – 1,8 млн фунтов стерлингов, …": a field's label, a dash, its value
                found = _label_of(dashed["label"])
                split = (dashed["label"], dashed["rest"]) if found and found[1].strength >= 0.5 else None
                if (
                    split
                    and found[1].field in ("amount", "yearly")
                    and not _A_SUM_FIRST.match(dashed["rest"])
                ):
                    split = (
                        None  # "Общая стоимость – уточняется, ориентировочно 2022 г.": no sum after the dash
                    )
            if split is None and not tranche and re.search(r"[:：]", value):
                label, rest = re.split(r"[:：]", value, maxsplit=1)
                split = (label, rest) if rest.strip() and _label_of(label) else None
            free = c + 1 >= len(new) or new[c + 1] is None or not clean_text(new[c + 1])
            if split is None or not free:
                continue
            label, rest = split[0], split[1].strip()
            # "Срок реализации: 2020–2022 гг. Состояние: реализуется.": a second field after the first one's full stop
            second = None if tranche else _SECOND_FIELD.search(rest)
            if (
                second
                and (other := _label_of(second["label"]))
                and other[1].field != _label_of(label)[1].field
            ):
                rest = rest[: second.start()].strip()
                if seconds is not None:
                    seconds.append((r, c, second.group().strip(" .")))
            new[c] = label
            new.extend([None] * (c + 2 - len(new)))
            new[c + 1] = rest
            moved[(r, c + 1)] = c
        out.append(new)
    return out, moved


#: A card's line of one payment of a schedule, its date and its sum: "Tranche 2 – 15.03.2021 – EUR 200,000 (paid)",
#: "Транш 1 — 10 лютого 2021 — 600 000 грн", "Payment 3: Q2 2021 – USD 50,000".
_TRANCHE = re.compile(
    r"\s*(?:tranche|instal?l?ment|payment|disbursement|транш|платіж|платеж|виплата|выплата|внесок|взнос)\s*"
    r"(?:№\s*|no\.?\s*|#\s*)?\d{0,2}\s*[:–—-]\s*(?P<date>[^–—:]{4,30}?)(?:\s+-\s+|\s*[–—:]\s*)"
    r"(?P<money>[^\d\s]{0,4}\s*\d.*)",
    re.IGNORECASE,
)


def _tranche_line(value: str) -> tuple[str, str] | None:
    """A schedule's payment line as a card's label and value: its month (or quarter) as the label ("03.2021", "Q2
    2021"), its sum as the value; None for any other text.

    >>> _tranche_line("Tranche 2 – 15.03.2021 – EUR 200,000"), _tranche_line("Tranche 2 – Q2 2021 – EUR 120,000")
    (('03.2021', 'EUR 200,000'), ('Q2 2021', 'EUR 120,000'))
    >>> _tranche_line("Tranche 1 – 10 February 2021 – PLN 600 000 (disbursed)")
    ('02.2021', 'PLN 600 000 (disbursed)')
    >>> _tranche_line("Tranche 1 – 2021-06-30 – JPY 180,000,000")
    ('06.2021', 'JPY 180,000,000')
    >>> _tranche_line("Tranche 1 – see annex – EUR 100") is None, _tranche_line("Total grant: EUR 750,000") is None
    (True, True)
    """
    found = _TRANCHE.fullmatch(value)
    if found is None:
        return None
    when = found["date"].strip()
    if (part := match_field(when)).field == "yearly" and part.year and part.part:
        return when, found["money"].strip()  # a quarter, a month
    try:
        day = parse_date(when)
    except ValueError:
        return None
    if not isinstance(day, dt.date):
        return None
    return f"{day.month:02d}.{day.year}", found["money"].strip()


#: A value starting with a sum: a figure, or a currency before it ("1,8 млн", "€ 650 000", "USD 1.2 million").
_A_SUM_FIRST = re.compile(r"\s*(?:[$€£₴¥]|[A-Z]{3}\s)?\s*\d")
#: A card's line "Label – value" (a dash, not a colon): a field's label of four words at most.
_LABEL_DASH = re.compile(r"(?P<label>[^\W\d_][^–—:\d]{1,40}?)\s+[–—-]\s+(?P<rest>\S.*)")
#: A second field after the first one's full stop on a card's line: ". Состояние: реализуется.".
_SECOND_FIELD = re.compile(r"\.\s+(?P<label>[^\W\d_][^.:：\d]{1,40})[:：]\s*\S[^:：]*$")


#: A paragraph's number in a memo ("1.", "2)", 3).
_PARAGRAPH_NUMBER = re.compile(r"\d{1,3}[.)]?")
#: The label a numbered paragraph's title is given (it names the title field; the cell keeps its own address).
NUMBERED_TITLE_LABEL = "Title (numbered paragraph)"


#: A paragraph's number and its title in one cell: "1. Border posts", "2) Підтримка ДПСУ".
_NUMBER_THEN_TITLE = re.compile(r"(?P<number>\d{1,2})[.)]\s+(?P<title>\S.*)")
#: A bullet and a title in one cell: "• Проєкт «Кризові кімнати …»", "▪ Border posts".
_BULLET_THEN_TITLE = re.compile(r"(?P<number>)[•▪◦●■►]\s*(?P<title>\S.*)")


def _numbered_titles(rows: list[list], moved: dict) -> tuple[list[list], dict, list[int]]:
    """A memo's numbered paragraphs ("1. | Strengthening …" over "Donor: EU", "Budget: …" in the title's column) as
    cards: each paragraph's title row is given a title label, its text moved right of it (``moved`` records where it
    was written). Only when two paragraphs or more, numbered 1, 2, 3 …, head the lines of labels in that column.
    Returns the rows, ``moved`` and the rows given a label."""
    heads: dict[int, list[int]] = {}  # title column -> rows of numbered titles
    numbers: dict[int, list[int]] = {}
    titles: dict[int, str] = {}  # a title written after its number in one cell ("1. Border posts"): its text
    for r, row in enumerate(rows):
        filled = [k for k, v in enumerate(row) if v is not None and clean_text(v)]
        if len(filled) == 1 and isinstance(row[filled[0]], str):
            text = clean_text(row[filled[0]]) or ""
            one = _NUMBER_THEN_TITLE.fullmatch(text) or _BULLET_THEN_TITLE.fullmatch(text)
            if one is None or len(one["title"].split()) < 2 or (r, filled[0]) in moved:
                continue
            if (label := _label_of(one["title"])) is not None and label[1].strength >= 0.5:
                continue  # "1. Budget", not a title a word of which looks like a field's
            named = _NAMED_PROJECT.search(one["title"])  # "• Проєкт «Кризові кімнати …»": the title in quotes
            heads.setdefault(filled[0], []).append(r)
            # a bullet counts as the next number
            numbers.setdefault(filled[0], []).append(
                int(one["number"]) if one["number"] else len(numbers.get(filled[0], [])) + 1
            )
            title = named["title"].strip() if named and named.start() < 3 else one["title"]
            # "1. «Підтримка психологічної служби МВС»": the title, its quotes aside
            titles[r] = title[1:-1].strip() if title[:1] in '«“"' and title[-1:] in '»”"' else title
            continue
        if len(filled) != 2 or filled[1] != filled[0] + 1:
            continue
        number, title = row[filled[0]], row[filled[1]]
        text = clean_text(number) or ""
        if isinstance(number, bool) or not _PARAGRAPH_NUMBER.fullmatch(text) or not isinstance(title, str):
            continue
        if len(title.split()) < 2 or _label_of(title) or (r, filled[1]) in moved:
            continue
        heads.setdefault(filled[1], []).append(r)
        numbers.setdefault(filled[1], []).append(int(text.rstrip(".)")))
    for c, found in heads.items():
        labelled = {r for (r, j), was in moved.items() if was == c}  # "Donor: EU" split in the same column
        if (
            len(found) < 2
            or numbers[c] != list(range(numbers[c][0], numbers[c][0] + len(found)))
            or not labelled
        ):
            continue
        if not all(
            any(found[k] < r < (found[k + 1 :] or [len(rows)])[0] for r in labelled)
            for k in range(len(found))
        ):
            continue  # each paragraph holds labels of its own
        out, moved = [list(row) for row in rows], dict(moved)
        for r in found:
            title = titles.get(r, out[r][c])
            out[r].extend([None] * (c + 2 - len(out[r])))
            out[r][c], out[r][c + 1] = NUMBERED_TITLE_LABEL, title
            moved[(r, c + 1)] = c
        return out, moved, found
    return rows, moved, []


def _card_struck_off(rows: list[list], cells: dict[str, tuple[int, int]]) -> tuple[int, str] | None:
    """The line right above a card's title marking the card for deletion ("4. [ВИЛУЧЕНО]", "3. DELETE"): (its row,
    its text), or None."""
    anchor = (cells.get("title") or cells.get("project_id") or (None,))[0]
    if anchor is None or anchor == 0:
        return None
    above = [t for t in (clean_text(v) for v in rows[anchor - 1]) if t]
    if len(above) != 1:
        return None
    flag = re.sub(r"^\s*\d{1,3}[.)]?\s*", "", above[0])
    return (anchor - 1, above[0]) if _DELETE_FLAG.fullmatch(flag) else None


def _in_the_headers_unit(value, factor: float | None):
    """A card's plain figure multiplied into the unit of the rebuilt table's header (``factor``: the card label's
    unit over the header's); any other value as it is.

    >>> _in_the_headers_unit("2 100", 1000.0), _in_the_headers_unit("6.5 million", 1000.0), _in_the_headers_unit(5, None)
    (2100000.0, '6.5 million', 5)
    """
    if not factor:
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return round(value * factor, 2)
    if isinstance(value, str) and _PLAIN_NUMBER.fullmatch(value.strip()):
        try:
            parsed = parse_amount(value)
        except ValueProblem:
            return value
        return value if parsed is None else round(parsed.value * factor, 2)
    return value


def _figures_beside(state: SheetState, rows: list[list], moved: dict, block: list, cells: dict) -> None:
    """A card's money line holding more figures than the one read ("Обсяг МТД, EUR | 450 000 | 210 000 | 45 000 |
    150 000" under "Показник | Загальний | з початку реалізації | за звітний період | план на 2021 рік"): the others
    are not read, and said (warning), so that a year's figure among them is looked for."""
    for r, text, m in block:
        if m.field not in ("amount", "yearly") or cells.get(_key(m), (None,))[0] != r:
            continue
        j = cells[_key(m)][1]
        line = rows[r]
        more = [
            x
            for x in range(j + 1, len(line))
            if (isinstance(line[x], (int, float)) and not isinstance(line[x], bool))
            or (isinstance(line[x], str) and _A_FIGURE.fullmatch(line[x]))
        ]
        if more:
            where = ", ".join(f"{col_letters(moved.get((r, x), x))}{state.row_number(r)}" for x in more)
            state.issue(
                "warning",
                "amount",
                f"row {state.row_number(r)}: the card's line '{text[:60]}' holds more figures ({where}) beside the one "
                f"read ({col_letters(moved.get((r, j), j))}{state.row_number(r)}); they are not read — check whether one "
                "is a year's money",
                r,
                more[0],
            )


def _currency_free_label(label: str) -> str | None:
    """A card's label without the currency it names ("Обсяг МТД, EUR" -> "Обсяг МТД"), when it still names its field."""
    bare = without_currency_words(label).strip(" ,;:()")
    return bare if bare and match_field(bare).field == match_field(label).field else None


def _with_currency(value, currency: str | None):
    """A card's plain figure with the currency its own label names ("1 900 000,00" under "Обсяг МТД, USD")."""
    if currency is None or value is None:
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return f"{value:.2f} {currency}"
    if isinstance(value, str) and _PLAIN_NUMBER.fullmatch(value.strip()):
        return f"{value.strip()} {currency}"
    return value


def _currency_groups(state: SheetState, rows: list[list], first: int) -> dict[int, str]:
    """The currency each column of a transposed table's projects is given in by a group over them ("тис. євро (EUR)"
    merged over C–E, "тис. дол. США (USD)" over F–G, "тис. шведських крон (SEK)" over H), when the groups name two
    currencies or more; empty otherwise (one currency is the table's, read from its title rows)."""
    found: dict[int, str] = {}
    spans = [(a, b) for a, b in state.grid.merged if b[0] < first]
    for r in range(first):
        for j, value in enumerate(rows[r]):
            text = clean_text(value)
            if not text or len(text) > 60 or (currency := currency_in_text(text)) is None:
                continue
            span = next((b[1] for a, b in spans if a == (r, j)), j)
            for col in range(j, span + 1):
                found.setdefault(col, currency)
    return found if len(set(found.values())) > 1 else {}


def _card_grid(
    state: SheetState, rows: list[list], moved: dict, c: int, blocks: list
) -> tuple[Grid, dict, int, str]:
    """The cards rearranged as a table: the rows above the first label, a header, one row per project."""
    first = blocks[0][0][0]
    labels: dict[str, str] = {}
    scales: dict[str, float] = {}  # the unit of each field's label as the table's header gives it
    currencies: dict[str, set] = {}  # the currencies the cards' labels of each field name
    for block in blocks:
        for _, text, m in block:
            labels.setdefault(_key(m), text)
            scales.setdefault(_key(m), m.scale)
            currencies.setdefault(_key(m), set()).add(m.currency)
    # cards whose labels name different currencies ("Обсяг МТД, EUR" on one, "Обсяг МТД, USD" on the next): the
    # header names none, each card's figure carries its own
    for k, named in currencies.items():
        if len(named) > 1 and (bare := _currency_free_label(labels[k])):
            labels[k] = bare
    groups = _currency_groups(state, rows, first)
    if (
        groups and "currency" not in labels
    ):  # each project's currency from the group over it, as a column of its own
        labels["currency"] = "Currency"
    keys = list(labels)
    table = [list(r) for r in rows[:first]] + [[labels[k] for k in keys]]
    lines = [state.row_number(i) for i in range(first)] + [state.row_number(first)]
    names: dict[tuple[int, int], str] = {}
    columns: set[int] = set()
    for block in blocks:
        # a card whose label gives another unit than the header's ("Budget 2021 (thousands)" where the first card
        # says "Budget 2021"): its plain figures in the header's unit
        rescale = {_key(m): m.scale / scales[_key(m)] for _, _, m in block if m.scale != scales[_key(m)]}
        projects = _card_projects(rows, c, block, state.grid.merged if not moved else ())
        if len(projects) == 1:  # a card (not a table of projects by column): figures beside the one it reads
            _figures_beside(state, rows, moved, block, projects[0])
        for cells in projects:
            if (struck := _card_struck_off(rows, cells)) is not None:  # "4. [ВИЛУЧЕНО]" over the card's title
                state.issue(
                    "info",
                    "row",
                    f"row {state.row_number(struck[0])}: '{struck[1]}' over the card below it marks it for deletion: "
                    "its project is not counted",
                    struck[0],
                )
                continue
            index = len(table)
            own: dict[str, str | None] = {}  # the currency of each field's label read (its first in the card)
            for _, _, m in block:
                own.setdefault(_key(m), m.currency if len(currencies[_key(m)]) > 1 else None)
            anchor = cells.get("title") or cells.get("project_id") or next(iter(cells.values()))
            table.append(
                [
                    _with_currency(
                        _in_the_headers_unit(rows[cells[k][0]][cells[k][1]], rescale.get(k)), own.get(k)
                    )
                    if k in cells
                    else groups.get(anchor[1])  # "тис. дол. США (USD)" merged over its projects
                    if k == "currency"
                    else None
                    for k in keys
                ]
            )
            lines.append(state.row_number(anchor[0]))
            for col, k in enumerate(keys):
                if k in cells:
                    r, j = cells[k]
                    names[(index, col)] = f"{col_letters(moved.get((r, j), j))}{state.row_number(r)}"
                    columns.add(j)
    grid = _rebuilt_grid(state, table, lines)
    beyond: set[int] = set()
    for block in blocks:  # the columns of another block right of the table, past an empty column
        title_row = rows[_anchor_of(block)]
        kept, rest = _beside_the_block(
            rows, block, [j for j in range(c + 1, len(title_row)) if clean_text(title_row[j])]
        )
        if rest:
            beyond |= {
                j for r, _, _ in block for j in range(kept[-1] + 2, len(rows[r])) if clean_text(rows[r][j])
            }
    if beyond:
        where = (
            f"columns {col_letters(min(beyond))}–{col_letters(max(beyond))}"
            if len(beyond) > 1
            else f"column {col_letters(min(beyond))}"
        )
        state.issue(
            "warning",
            "not read",
            f"{grid_place(state.grid)}: {where}, right of the table after an empty column, hold another block of labels "
            "and values; they were not read as projects: check them (or give them a sheet of their own)",
        )
    n_projects = len(table) - first - 1
    shape = (
        f"a transposed table (field labels in column {col_letters(c)}, one project per column "
        f"{col_letters(min(columns))}–{col_letters(max(columns))})"
        if n_projects > len(blocks)
        else f"{'registration cards' if len(blocks) > 1 else 'a registration card'} (field labels in column "
        f"{col_letters(c)}, values beside them)"
    )
    return grid, names, n_projects, shape


#: A line of an e-mail's header: "From:", "Sent:", "To:", "Cc:", "Subject:" (and in Ukrainian and Russian).
_EMAIL_HEADER = re.compile(
    r"(?:from|sent|to|cc|bcc|subject|date|від|надіслано|кому|копія|тема|дата|от|отправлено|копия)\s*:",
    re.IGNORECASE,
)
#: An e-mail address.
_AN_ADDRESS = re.compile(r"@[\w-]+\.\w")
#: What only an e-mail's header holds: an address, or the line saying when it was sent.
_AN_EMAIL = re.compile(rf"{_AN_ADDRESS.pattern}|\b(?:sent|надіслано|отправлено)\s*:", re.IGNORECASE)
#: The line an e-mail program writes above a message quoted in a reply.
_ORIGINAL_MESSAGE = re.compile(
    r"-{3,}\s*(?:original message|вихідне повідомлення|исходное сообщение|forwarded message)\s*-{3,}", re.I
)


#: How a database writes an empty field in a dump ("[NULL]" in DBeaver's, "NULL" in SQL Server's, "\\N" in MySQL's).
_NULL_MARKS = frozenset({"[NULL]", "NULL", "(null)", "<null>", "\\N", "[null]", "null", "(NULL)", "<NULL>"})


def _without_null_markers(state: SheetState, rows: list[list]) -> list[list]:
    """A database's dump writes an empty field as "[NULL]" or "NULL": such a cell is read as empty, said once with the
    cells (a dump's "[NULL]" in a year's amount is no amount, and no error).

    Examples
    --------
    >>> from mtd_analysis.ingest.read import Grid
    >>> state = SheetState(Grid("dump", [["title", "amt_2021"], ["Radios", "[NULL]"]], [], True, False, {}), "d.xlsx")
    >>> _without_null_markers(state, state.grid.rows), state.issues[0]["message"]
    ([['title', 'amt_2021'], ['Radios', None]], "sheet 'dump': 1 cell reads '[NULL]', a database's empty value (B2): read as empty")
    """
    found = [
        (r, c) for r, row in enumerate(rows) for c, v in enumerate(row) if type(v) is str and v in _NULL_MARKS
    ]
    if not found:
        return rows
    out = [list(row) for row in rows]
    for r, c in found:
        out[r][c] = None
    marks = sorted({rows[r][c] for r, c in found})
    state.issue(
        "info",
        "value",
        f"{grid_place(state.grid)}: {len(found)} cell{'s' if len(found) > 1 else ''} "
        f"read{'' if len(found) > 1 else 's'} {' or '.join(repr(m) for m in marks)}, a database's empty value "
        f"({', '.join(state.cell(r, c) for r, c in found[:3])}{', …' if len(found) > 3 else ''}): read as empty",
    )
    return out


#: The sender's line of an e-mail's header: "From: …", "Від: …", "От: …", "Відправник: …".
_SENDER_LINE = re.compile(
    r"\s*(?:from|від|от|відправник|отправитель|sender)\s*:\s*(?P<who>.+)", re.IGNORECASE
)


def _same_sender(rows: list[list], reply: tuple[int, int], quoted: tuple[int, int]) -> bool:
    """Whether a reply and the message it quotes were sent by the same person (the same address, or the same name
    when no address is given): a partner's own list quoted under its correction, not another partner's list, nor
    the ministry's request.

    Examples
    --------
    >>> rows = [["From: Ingrid Solberg <ingrid.solberg@mfa.no>"], ["Sent: 5 Feb"], ["To: MIA"], ["Text"],
    ...         ["From: Ingrid Solberg <ingrid.solberg@mfa.no>"], ["Sent: 2 Feb"], ["To: MIA"]]
    >>> _same_sender(rows, (0, 3), (4, 7)), _same_sender(rows[:4] + [["From: UNDP <office@undp.org>"]], (0, 3), (4, 5))
    (True, False)
    """

    def sender(block: tuple[int, int]) -> str | None:
        for row in rows[block[0] : block[1]]:
            text = " ".join(t for t in (clean_text(v) for v in row) if t)
            if found := _SENDER_LINE.match(text):
                who = found["who"]
                address = re.search(r"[\w.+-]+@[\w.-]+", who)
                return (address[0] if address else re.sub(r"<[^>]*>", "", who)).strip().lower()
        return None

    first, second = sender(reply), sender(quoted)
    return first is not None and first == second


def _email_blocks(rows: list[list]) -> list[tuple[int, int]]:
    """The e-mail headers in a sheet's rows, as (first row, row after the last): three header lines or more ("From: …",
    "Sent: …", "To: …", "Subject: …") with an address or "Sent:", or, first of all, two with an address."""

    def email_line(
        row: list,
    ) -> bool:  # "From: …", or "From" | "…" (a label and its value split in two cells)
        first = next(
            (v for v in row if v is not None and v != ""), None
        )  # a row's first cell only: a cheap scan
        text = first.strip() if isinstance(first, str) else ""
        return bool(text) and bool(_EMAIL_HEADER.match(text if text.endswith(":") else text + ":"))

    blocks, start = [], None
    for r, row in enumerate([*rows, []]):
        if r < len(rows) and email_line(row):
            start = r if start is None else start
            continue
        said = " ".join(map(str, rows[start:r])) if start is not None else ""
        if start is not None and (
            (r - start >= 3 and _AN_EMAIL.search(said))
            or (r - start == 2 and not blocks and _AN_ADDRESS.search(said))
        ):
            # three header lines or more, one with an address or "Sent:"; or, first of all, two, one with an address
            # ("From: … <…@…>" over "Subject: …"): no card's fields (a card's "From:" is a date); a message quoted
            # below is said only by a header of three lines or more (a forwarded message's own header is no quote)
            blocks.append((start, r))
        start = None
    return blocks


def _without_email_headers(state: SheetState, rows: list[list]) -> list[list]:
    """An e-mail pasted into a sheet: its header lines ("From: …", "Sent: …", "To: …", "Subject: …", three or more
    together, or two with an address) are no project's fields, and a second header (a message quoted below the reply,
    "-----Original Message-----") starts an earlier message whose figures the reply replaces: those rows are emptied
    here and said (the quoted message as a warning, to be checked)."""

    blocks = _email_blocks(rows)
    if not blocks:
        return rows
    first = blocks[0][0]
    marker = next(
        (
            r
            for r in range(max(0, first - 2), first)
            if any(_ORIGINAL_MESSAGE.search(clean_text(v) or "") for v in rows[r])
        ),
        None,
    )
    if marker is not None and any(not blank_row(row) for row in rows[:marker]):
        # "Thank you, noted." over "-----Original Message-----" and a header: the reply has no header of its own, the
        # message under the marker is quoted (someone else's list, or the ministry's request): not read, said
        out = [list(row) if r < marker else [None] * len(row) for r, row in enumerate(rows)]
        state.issue(
            "warning",
            "layout",
            f"{grid_place(state.grid)}: rows {state.row_number(marker)}–{state.row_number(len(rows) - 1)} are an "
            "earlier e-mail quoted below this one: not read (the reply above is taken to replace it; check that "
            "it names every project)",
        )
        return out
    out = [list(row) for row in rows]
    for first, last in blocks[:1]:
        for r in range(first, last):
            out[r] = [None] * len(out[r])
    state.issue(
        "info",
        "layout",
        f"{grid_place(state.grid)}: rows {number_ranges([state.row_number(r) for r in range(*blocks[0])])} are an "
        "e-mail's header (from, sent, to, subject): not read as a project's fields",
    )
    if len(blocks) > 1 and state.grid.meta.get("keep_quoted"):
        # the reply names no project: the quoted message is the list, its header and the reply above it set aside
        quoted = blocks[1][0]
        reply = range(blocks[0][1], quoted)
        for r in [*reply, *range(*blocks[1])]:
            out[r] = [None] * len(out[r])
        state.issue(
            "warning",
            "layout",
            f"{grid_place(state.grid)}: the reply (rows {state.row_number(reply.start)}–{state.row_number(quoted - 1)}) "
            f"names no project of its own: the e-mail quoted below it (from row {state.row_number(blocks[1][1])}) is "
            "read; any change the reply asks for in words is not applied — check it",
        )
    elif len(blocks) > 1:
        quoted = blocks[1][0]
        if quoted > 0 and any(_ORIGINAL_MESSAGE.search(clean_text(v) or "") for v in rows[quoted - 1]):
            quoted -= 1
        for r in range(quoted, len(out)):
            out[r] = [None] * len(out[r])
        state.issue(
            "warning",
            "layout",
            f"{grid_place(state.grid)}: rows {state.row_number(quoted)}–{state.row_number(len(rows) - 1)} are an "
            "earlier e-mail quoted below this one: not read (the reply above is taken to replace it; check that "
            "it names every project)",
        )
    return out


def _year_parts_indented(rows: list[list], moved: dict, c: int) -> bool:
    """A card's lines of money by part of a year written one column right of the labels, under a line naming them
    ("Розподіл фінансування за півріччями" over "| І півріччя 2021 р. / H1 2021 | 600 000,00"): each moved left
    into the label column (in place; ``moved`` records where the cells were). Whether any was."""
    found = False
    for r, row in enumerate(rows):
        if c + 2 >= len(row) or clean_text(row[c]) or not any(clean_text(v) for v in row[c + 2 :]):
            continue
        label = _label_of(row[c + 1])
        if label is None or label[1].field != "yearly" or not label[1].year:
            continue
        rows[r] = list(row[:c]) + list(row[c + 1 :]) + [None]
        for j in range(c, len(row) - 1):
            if clean_text(rows[r][j]):
                moved[(r, j)] = moved.get((r, j + 1), j + 1)
        found = True
    return found


def _a_sum_cell(value) -> bool:
    """Whether a cell may hold a sum: a number other than a year, or a figure written as text that is neither a
    date ("18.06.2021") nor a code ("3955-04")."""
    if isinstance(value, bool):
        return False
    if isinstance(value, (int, float)):
        return not (float(value).is_integer() and 1990 <= value <= 2100)
    if not isinstance(value, str):
        return False
    text = value.strip()
    return (
        bool(_A_FIGURE.fullmatch(text))
        and sum(ch.isdigit() for ch in text) >= 3  # not an item's number ("2.")
        and not re.fullmatch(r"\d{1,4}(?:[./-]\d{1,4}){1,2}", text)
    )


def read_cards(state: SheetState, file_partner: str | None, nonblank: int) -> SheetResult | None:
    """Read a sheet of registration cards or a transposed table; None when it holds neither.

    Every non-empty row of the sheet is read: the projects are loaded, the other rows (the field
    labels of each project beyond the first, titles, notes) are skipped.
    """
    if _label_column(_numbered_titles(*_inline_labels(state.grid.rows[:_CARD_SCAN_ROWS]))[0]) is None:
        return None  # decided on the first rows: a long list of something else is not scanned whole
    seconds: list[tuple[int, int, str]] = []  # "Срок реализации: 2020–2022 гг. Состояние: реализуется."
    rows, moved, numbered = _numbered_titles(*_inline_labels(state.grid.rows, seconds))
    for r, c, said in seconds:
        state.issue(
            "warning",
            "not read",
            f"row {state.row_number(r)}: the line gives a second field after the first one's full stop "
            f"('{said[:60]}'): not read; give it a line of its own",
            r,
            c,
        )
    if numbered:
        state.issue(
            "info",
            "layout",
            f"{grid_place(state.grid)}: rows {number_ranges([state.row_number(r) for r in numbered])} are numbered "
            "paragraphs, each a project's title over lines of its fields ('Donor: …', 'Budget: …'): read as cards",
        )
    found = _label_column(rows)
    if found is None:
        return None
    c, labels = found
    if _year_parts_indented(
        rows, moved, c
    ):  # "Розподіл за півріччями" over "І півріччя 2021 р. | 600 000,00"
        found = _label_column(rows)
        if found is None:
            return None
        c, labels = found
    if _card_value_lines(state, rows, c):  # "SEK" over "2 400 000": a value's second line under no label
        found = _label_column(rows)
        if found is None:
            return None
        c, labels = found
    labels = _payers_in_cards(state, rows, c, labels)
    labels = _months_not_money(state, rows, c, labels)
    grid, names, n_projects, shape = _card_grid(state, rows, moved, c, _card_blocks(labels))
    # by its labels; else by content too (a label naming an amount over the projects' titles)
    header = find_header(grid.rows) or header_by_content(grid.rows)
    if header is None or n_projects == 0:
        return None
    header = payers_under_money_labels(grid.rows, header)
    said = [("info", "layout", f"{grid_place(state.grid)} is {shape}: read as {n_projects} project(s)")]
    read = _read_rebuilt(state, grid, names, header, file_partner, nonblank, said)
    if read is None:
        return None  # labels followed by words, not values: a sheet explaining the fields
    result, card_state = read
    card_state.issues = state.issues + card_state.issues
    labelled = {r for r, _, _ in labels}
    unlabelled = [
        r
        for r, row in enumerate(rows)  # a value's second line joined above is no such row
        if r > labels[0][0] and r not in labelled and not blank_row(row)
    ]
    other = [state.row_number(r) for r in unlabelled]
    if other:
        # a row of figures among them ("300 | 350 | 400" under "I кв. 2021 | II кв. 2021 | …") may be money not read
        figures = [state.row_number(r) for r in unlabelled if any(_a_sum_cell(v) for v in rows[r])]
        card_state.issue(
            "warning" if figures else "info",
            "layout",
            f"{grid_place(state.grid)}: rows {number_ranges(other)} do not name a project field; they were not loaded"
            + (
                f" (rows {number_ranges(figures)} hold figures: check whether they are money, such as a year's or a "
                "quarter's, that the projects' figures leave out)"
                if figures
                else ""
            ),
        )
    state.issues = card_state.issues
    _hidden_rows_and_formulas(state)
    result.issues = state.issues
    return result


# a pivot table in compact form: every row field in one column ("Row Labels"), each level indented under the one above


#: The first cell of a compact pivot table's header: its row fields, all in one column.
_ROW_LABELS = re.compile(
    r"row labels|назви рядків|названия строк|rótulos de linha|zeilenbeschriftungen", re.I
)
#: A pivot table's value heading: the summary, then the field ("Sum of Budget 2021", "Сума за полем Бюджет").
_SUMMARY_OF = re.compile(r"^(?:sum of|сума за полем|сумма по полю|summe von)\s+", re.IGNORECASE)
#: The empty item of a pivot table's field.
_PIVOT_EMPTY = re.compile(r"\((?:blank|пусто|пустые|порожні)\)", re.IGNORECASE)


def _level_field(texts: list[str]) -> str | None:
    """What a compact pivot table's level of groups names, by its items: the partner, the status, the beneficiary
    or the currency (most of its items one of them), else None (a grouping the projects do not keep)."""
    from mtd_analysis.ingest.values import STATUSES

    named = [t for t in texts if not _PIVOT_EMPTY.fullmatch(t)]
    if not named:
        return None
    for field, test in (
        ("Status", lambda t: parse_status(t) in STATUSES),
        ("Beneficiary", lambda t: only_agencies(t, parse_beneficiaries)),
        ("Partner", lambda t: is_known_partner(t)),
        ("Currency", lambda t: currency_in_text(t) is not None and len(t) <= 12),
    ):
        if sum(1 for t in named if test(t)) * 2 > len(named):
            return field
    return None


def _pivot_figure(row: list, c: int) -> float:
    """A pivot table's figure in a cell (0 for none)."""
    value = row[c] if c < len(row) else None
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else 0.0


def _pivot_by_status(rows: list[list], header_row: int) -> bool:
    """Whether a header row is a compact pivot table's whose columns are statuses ("Row Labels | Ongoing | Pipeline |
    Grand Total" under "Sum of Budget 2021")."""
    row = rows[header_row]
    labels = next(
        (c for c, v in enumerate(row) if isinstance(v, str) and _ROW_LABELS.fullmatch(v.strip())), None
    )
    if labels is None:
        return False
    values = {c: text for c in range(labels + 1, len(row)) if (text := clean_text(row[c]))}
    return _status_columns(rows, header_row, values) is not None


def _status_columns(
    rows: list[list], header_row: int, values: dict[int, str]
) -> tuple[str, dict[int, str], int] | None:
    """A pivot table whose column field is the status ("Sum of Budget 2021 (EUR)" and "Column Labels" over "Ongoing |
    Pipeline | (blank) | Grand Total"): its measure, its status columns (the status each stands for) and its grand
    total's column; None for any other."""
    if header_row == 0:
        return None
    above = [clean_text(v) for v in rows[header_row - 1]]
    measure = next((_SUMMARY_OF.sub("", t) for t in above if t and _SUMMARY_OF.match(t)), None)
    total_col = next((c for c, t in values.items() if TOTAL_ROW.match(t.lower())), None)
    statuses = {c: t for c, t in values.items() if c != total_col and parse_status(t) in STATUSES}
    others = [
        t for c, t in values.items() if c != total_col and c not in statuses and not _PIVOT_EMPTY.fullmatch(t)
    ]
    if measure is None or total_col is None or not statuses or others:
        return None
    return measure, statuses, total_col


def read_compact_pivot(state: SheetState, file_partner: str | None, nonblank: int) -> SheetResult | None:
    """Read a pivot table in compact form pasted as values: "Row Labels" over one column of groups and items, each
    level indented under the one above (a donor, its statuses, their projects), then a column per summary ("Sum of
    Total Budget", "Sum of Budget 2021"). Its deepest rows are the projects; each takes the groups above it (the
    partner, the status, the beneficiary or the currency its level names, by their items), and its figures; the
    groups' rows, "(blank)" items and the grand total are not loaded. None when the sheet is no such table."""
    rows, indents = state.grid.rows, state.grid.meta.get("indents") or {}
    found = next(
        (
            (r, c)
            for r, row in enumerate(rows[:_CARD_SCAN_ROWS])
            for c, v in enumerate(row)
            if isinstance(v, str) and _ROW_LABELS.fullmatch(v.strip())
        ),
        None,
    )
    if found is None:
        return None
    header_row, col = found
    values = {
        c: _SUMMARY_OF.sub("", text)
        for c in range(col + 1, len(rows[header_row]))
        if (text := clean_text(rows[header_row][c]))
        and not re.match(r"(?i)count of|кількість|количество", text)
    }
    by_status = _status_columns(rows, header_row, values)
    items = []  # (row, level, text)
    for r in range(header_row + 1, len(rows)):
        text = clean_text(rows[r][col]) if col < len(rows[r]) else None
        if text is None:
            continue
        if TOTAL_ROW.match(text.lower()):
            break
        items.append((r, indents.get((r, col), 0), text))
    if not values or not items or not any(level for _, level, _ in items):
        return None  # no indented level: a table of its own, read as one
    deepest = max(level for _, level, _ in items)
    leaves = [t for _, level, t in items if level == deepest and not _PIVOT_EMPTY.fullmatch(t)]
    if sum(1 for t in leaves if re.fullmatch(r"(?:19|20)\d\d|q[1-4].*|\d{1,2}[./]\d{4}", t, re.I)) * 2 > len(
        leaves
    ):
        return None  # the deepest level a project's years or quarters: no layout this reader knows (said as a sheet)
    fields = {level: _level_field([t for _, lv, t in items if lv == level]) for level in range(deepest)}
    kept = [level for level in range(deepest) if fields[level] is not None]
    table = [list(r) for r in rows[:header_row]]
    if by_status is not None:  # "Sum of Budget 2021 (EUR)" over "Ongoing | Pipeline | (blank) | Grand Total"
        measure, status_cols, total_col = by_status
        values = {total_col: measure}
    table.append(
        ["Title", *(fields[level] for level in kept), *values.values(), *(["Status"] if by_status else [])]
    )
    lines = [state.row_number(i) for i in range(header_row + 1)]
    names: dict[tuple[int, int], str] = {}
    above: dict[int, tuple[int, str]] = {}  # level -> (row, text) of the group the rows below stand in
    blanks = 0
    for r, level, text in items:
        if level < deepest:
            above[level] = (r, text)
            for deeper in [lv for lv in above if lv > level]:
                del above[deeper]
            continue
        if _PIVOT_EMPTY.fullmatch(text):
            blanks += 1
            continue
        index = len(table)
        groups = [above.get(lv) for lv in kept]
        table.append(
            [
                text,
                *(None if g is None or _PIVOT_EMPTY.fullmatch(g[1]) else g[1] for g in groups),
                *(rows[r][c] if c < len(rows[r]) else None for c in values),
            ]
        )
        lines.append(state.row_number(r))
        names[(index, 0)] = f"{col_letters(col)}{state.row_number(r)}"
        for k, g in enumerate(groups, start=1):
            if g is not None:
                names[(index, k)] = f"{col_letters(col)}{state.row_number(g[0])}"
        for k, c in enumerate(values, start=1 + len(kept)):
            names[(index, k)] = f"{col_letters(c)}{state.row_number(r)}"
        if by_status is not None:  # the status whose column holds the row's money
            filled = [c for c in status_cols if _pivot_figure(rows[r], c)]
            status_col = max(filled, key=lambda c: _pivot_figure(rows[r], c)) if filled else None
            table[index].append(status_cols[status_col] if status_col is not None else None)
            if status_col is not None:
                names[(index, len(table[index]) - 1)] = f"{col_letters(status_col)}{state.row_number(r)}"
    n_projects = len(table) - header_row - 1
    grid = _rebuilt_grid(state, table, lines)
    header = find_header(grid.rows)
    if header is None or n_projects == 0:
        return None
    levels = ", ".join(f"level {lv + 1}: {fields[lv] or 'not kept'}" for lv in range(deepest))
    said = [
        (
            "info",
            "layout",
            f"{grid_place(state.grid)} is a pivot table in compact form ('{clean_text(rows[header_row][col])}' in "
            f"{col_letters(col)}{state.row_number(header_row)}, groups indented): its {n_projects} row(s) at the deepest "
            f"level are the projects, each with the groups above it ({levels}); the groups' rows and the grand total "
            "are sums, not loaded" + (f"; {blanks} '(blank)' item(s) skipped" if blanks else ""),
        )
    ]
    return _sheet_read_rebuilt(state, grid, names, header, file_partner, nonblank, said)


# a matrix: agencies down the first column, directions (priorities) across the header, projects listed in the cells

#: One project in a matrix cell: "• Title — 1 800 (2020–2022)", "• Title — 3 200 (план; 2022–2024)".
_MATRIX_ITEM = re.compile(
    r"[•·▪◦*-]\s*(?P<title>\S.*?)\s+[—–-]\s+(?P<amount>\d[\d\s.,'’]*?)\s*(?:\((?P<note>[^()]*)\))?\s*\.?"
)
#: The rebuilt table's header; its amount column takes the sheet's unit from the rows above it.
_MATRIX_HEADER = ["Title", "Beneficiary", "Priority", "Amount", "Period", "Status"]


#: Where a project's title may end in a matrix cell's sentence: a dash or a comma before its money.
_MATRIX_SPLIT = re.compile(r"\s+[–—-]\s+|,\s+")
#: A status said at the end of a project's money: "(завершено)", "(планується)", "– планується", ", завершен".
_MATRIX_STATUS_TAIL = re.compile(r"\s*(?:\((?P<a>[^()]+)\)|(?:\s[–—-]\s|,\s)(?P<b>[^\d,()–—-]+))\s*\.?$")


#: A project's name in quotes after the word "project" ("Проєкт «Біометричні паспорти – 2» (МОМ)", 'Project "X"').
_QUOTED_NAME = re.compile(
    r"(?:проєкт|проект|project|programme|program|програма|программа)\s*[«\"“„](?P<name>[^«»\"“”„]+)[»\"”“](?P<rest>.*)",
    re.IGNORECASE,
)


def _matrix_sentence(line: str) -> tuple[str, str, str, str] | None:
    """A project written as a sentence in a matrix cell: its title, then its money and perhaps its year's part and
    status ("Name – €2.5m (2021: €0.8m)", "Проєкт «…» (МОМ), 1 200 тис. USD (2021 – 400 тис. USD)", "Проект «…» –
    1,5 млн евро (2021: 0,5 млн евро), завершен"): (title, money, "", status), None when the line is none (its
    money naming no currency, or no money).

    Examples
    --------
    >>> _matrix_sentence("EUR4IBM – €2.5m (2021: €0.8m)")
    ('EUR4IBM', '€2.5m (2021: €0.8m)', '', '')
    >>> _matrix_sentence("Проєкт «Біометричні паспорти – 2», 2 400 000,00 EUR, у 2021 р. – 800 000,00 EUR (завершено)")
    ('Біометричні паспорти – 2', '2 400 000,00 EUR, у 2021 р. – 800 000,00 EUR', '', 'завершено')
    >>> _matrix_sentence("Phase 2, 2021–2022") is None, _matrix_sentence("Total – 800 000") is None
    (True, True)
    """
    from mtd_analysis.ingest.amounts import _total_and_year_part

    for split in _MATRIX_SPLIT.finditer(line):
        title, money = line[: split.start()].strip(), line[split.end() :].strip()
        if (quoted := _QUOTED_NAME.fullmatch(title)) is not None:
            title = f"{quoted['name']} {quoted['rest']}".strip()  # "Проєкт «Кіберполіція» (МОМ)": its name
        if not title or not re.match(r"(?:[€$£₴]\s?|[A-Z]{3}\s?)?\d", money):
            continue
        status = ""
        tail = _MATRIX_STATUS_TAIL.search(money)
        if tail and parse_status(said := (tail["a"] or tail["b"]).strip()) in STATUSES:
            money, status = money[: tail.start()].strip(), said
        parts = _total_and_year_part(money)
        if parts is not None:
            if parts[0][1]:
                return title, money, "", status
            continue
        try:
            read = parse_amount(money)
        except ValueProblem:
            continue
        if read is not None and read.currency and not TOTAL_ROW.match(title.lower()):
            return title, money, "", status
    return None


def _matrix_items(value) -> list[tuple[str, str, str, str]] | None:
    """The projects a matrix cell lists, one per line: (title, amount, period, status); None unless every line of
    the cell is such an item ("• Title — 1 800 (2020–2022)", or a sentence: see :func:`_matrix_sentence`)."""
    if not isinstance(value, str):
        return None
    items = []
    for line in (part.strip() for part in value.splitlines()):
        if not line:
            continue
        found = _MATRIX_ITEM.fullmatch(line)
        if found is None:
            sentence = _matrix_sentence(line)
            if sentence is None:
                return None
            items.append(sentence)
            continue
        period, status = "", ""
        for piece in (p.strip() for p in re.split(r"[;,]", found["note"] or "")):
            if re.search(r"\d", piece):
                period = piece
            elif piece:
                status = piece
        items.append((found["title"].strip(), found["amount"].strip(), period, status))
    return items or None


def read_matrix(state: SheetState, file_partner: str | None, nonblank: int) -> SheetResult | None:
    """Read a matrix of agencies (first column) by directions (header row), each cell listing its projects
    ("• Title — 1 800 (2020–2022)"); None when the sheet is none. Each project takes its agency from its row, its
    declared priority from its column's heading and every value from its cell (named where it stands)."""
    rows = state.grid.rows[:_CARD_SCAN_ROWS]
    listed = [(r, c) for r, row in enumerate(rows) for c in range(1, len(row)) if _matrix_items(row[c])]
    if len(listed) < 2 or len({c for _, c in listed}) < 2:
        return None
    first = min(r for r, _ in listed)
    header_row = next(
        (
            r
            for r in range(first - 1, -1, -1)
            if sum(1 for c in {c for _, c in listed} if c < len(rows[r]) and clean_text(rows[r][c])) >= 2
        ),
        None,
    )
    if header_row is None:
        return None
    heads = rows[header_row]
    # the rows' labels: in the first column holding texts on the rows that list projects ("№" before them is no
    # label); agencies (the beneficiaries), or partners when most of them name a partner (a donors' matrix)
    item_rows = sorted({r for r, _ in listed})
    label_col = next(
        (
            c
            for c in range(min(c for _, c in listed))
            if sum(
                1
                for r in item_rows
                if c < len(rows[r]) and isinstance(rows[r][c], str) and clean_text(rows[r][c])
            )
            * 2
            > len(item_rows)
        ),
        None,
    )
    if label_col is None:
        return None
    labels = [clean_text(rows[r][label_col]) or "" for r in item_rows if label_col < len(rows[r])]
    partners = sum(1 for t in labels if is_known_partner(t) and not only_agencies(t, parse_beneficiaries))
    header_names = list(_MATRIX_HEADER)
    if partners * 2 > len(labels):
        header_names[1] = "Partner"
    # donors across the header, directions down the first column ("Priority area | EU | USA | UK"): each project
    # its column's donor and its row's direction
    item_cols = sorted({c for _, c in listed})
    across = sum(
        1
        for c in item_cols
        if c < len(rows[header_row]) and is_known_partner(clean_text(rows[header_row][c]) or "")
    )
    by_columns = header_names[1] != "Partner" and across * 2 > len(item_cols)
    if by_columns:
        header_names[1] = "Partner"
    table = [list(r) for r in rows[:header_row]] + [header_names]
    lines = [state.row_number(i) for i in range(header_row)] + [state.row_number(header_row)]
    names: dict[tuple[int, int], str] = {}
    other: list[str] = []
    for r in range(header_row + 1, len(rows)):
        row = rows[r]
        agency = clean_text(row[label_col]) if label_col < len(row) else None
        for c in range(label_col + 1, len(row)):
            text = clean_text(row[c])
            if not text or text in ("–", "-", "—", "0"):
                continue
            items = _matrix_items(row[c])
            if items is None:
                if isinstance(row[c], str) and not (agency and TOTAL_ROW.match(agency.lower())):
                    other.append(f"{col_letters(c)}{state.row_number(r)}")
                continue
            head = clean_text(heads[c]) if c < len(heads) else None
            if by_columns and agency and TOTAL_ROW.match(agency.lower()):
                continue  # "TOTAL (budget) | €8.3m | …": the donors' sums
            for title, amount, period, status in items:
                index = len(table)
                who, what = (head, agency) if by_columns else (agency, head)
                table.append([title, who, what, amount, period or None, status or None])
                lines.append(state.row_number(r))
                cell = f"{col_letters(c)}{state.row_number(r)}"
                for k in (0, 3, 4, 5):
                    names[(index, k)] = cell
                label_cell = f"{col_letters(label_col)}{state.row_number(r)}"
                head_cell = f"{col_letters(c)}{state.row_number(header_row)}"
                names[(index, 1)], names[(index, 2)] = (
                    (head_cell, label_cell) if by_columns else (label_cell, head_cell)
                )
    n_projects = len(table) - header_row - 1
    grid = _rebuilt_grid(state, table, lines)
    header = find_header(grid.rows)
    if header is None or n_projects == 0:
        return None
    said = [
        (
            "info",
            "layout",
            (
                f"{grid_place(state.grid)} is a matrix of directions (column {col_letters(label_col)}) by partners "
                f"(row {state.row_number(header_row)}), each cell listing its projects: read as {n_projects} "
                "project(s), each with its column's partner and its row's direction as the declared priority"
                if by_columns
                else f"{grid_place(state.grid)} is a matrix of "
                f"{'partners' if header_names[1] == 'Partner' else 'agencies'} (column {col_letters(label_col)}) by "
                f"directions (row {state.row_number(header_row)}), each cell listing its projects: read as "
                f"{n_projects} project(s), each with its row's "
                f"{'partner' if header_names[1] == 'Partner' else 'agency'} and its column's direction as the declared "
                "priority"
            ),
        )
    ]
    if other:
        said.append(
            (
                "info",
                "layout",
                f"{grid_place(state.grid)}: cells {', '.join(other)} list no project ('• title — amount (years)'); "
                "they were not loaded",
            )
        )
    return _sheet_read_rebuilt(state, grid, names, header, file_partner, nonblank, said)


#: A line of a project written in one cell: a field's name, a colon, its value ("Донор: Уряд Японії").
_CELL_CARD_LINE = re.compile(r"^([^:\n]{2,40}?)\s*:\s*(\S.*)$")
#: What a project written in one cell must give besides its title: money or dates.
_CELL_CARD_NEEDS = frozenset({"amount", "period", "start_date", "end_date"})


def cell_card(value) -> tuple[str, list[tuple[str, str]], list[str]] | None:
    """A project written in one cell (a card on a board): its title on the first line, then lines naming its
    fields ("Донор: Уряд Японії", "Бюджет: 120 млн єн", "Строк: 01.09.2020 – 31.08.2021"), and perhaps lines of
    remarks ("Угоду підписано 22.01.2021"). Returns (title, [(label, value)], remarks), or None unless two lines or
    more name a field this tool knows, one of them money or dates and one the funder or the agency (a summary box,
    "Total: EUR 4.5 million", is none).

    Examples
    --------
    >>> card = "Border posts\\nDonor: European Union\\nBudget: EUR 1.1 million\\nPeriod: 2021–2022\\nSigned in May"
    >>> cell_card(card)
    ('Border posts', [('Donor', 'European Union'), ('Budget', 'EUR 1.1 million'), ('Period', '2021–2022')], ['Signed in May'])
    >>> cell_card("Border posts\\nDonor: European Union") is None, cell_card("Note: see sheet 2\\nBudget: 5") is None
    (True, True)
    """
    if not isinstance(value, str) or value.count("\n") < 2:
        return None
    lines = [text for text in (clean_text(line) for line in value.splitlines()) if text]
    if len(lines) < 3:
        return None
    head = _CELL_CARD_LINE.match(lines[0])
    if head and match_field(head[1]).field not in (None, "ignore"):
        return None  # the first line is the title, no field of its own ("Протидія торгівлі людьми: …" is one)
    fields: list[tuple[str, str]] = []
    remarks: list[str] = []
    kinds = set()
    for line in lines[1:]:
        found = _CELL_CARD_LINE.match(line)
        field = match_field(found[1]).field if found else None
        if found and field not in (None, "ignore", "title"):
            fields.append((found[1], found[2]))
            kinds.add(field)
        else:
            remarks.append(line)
    if len(fields) < 2 or not kinds & _CELL_CARD_NEEDS or not kinds & {"partner", "beneficiaries"}:
        return (
            None  # a project names who pays or who gets it: a summary box ("Total: EUR 4.5 million") does not
        )
    if any(match_field(label).field == "amount" and TOTAL_ROW.match(label.lower()) for label, _ in fields):
        return None
    return lines[0], fields, remarks


def _cards_in_titles(state: SheetState, rows: list[list], header: Header) -> None:
    """A table whose title cells are cards (:func:`cell_card`: the title on the first line, then "Донор: …",
    "Бюджет: …", "Сроки реализации: …"), its other columns the beneficiary and the status: each field the table has
    no column for is read from the cards' lines, in a column of its own named by the title's cell; said once.

    ``rows`` and ``header`` are the table's working copies (changed here); nothing happens unless two cards or more
    stand in the title column and give a field the header lacks.
    """
    title = header.fields().get("title")
    if title is None:
        return
    found = {
        i: card
        for i in range(header.row + 1, len(rows))
        if title < len(rows[i])
        and isinstance(value := rows[i][title], str)
        and value.count("\n") >= 2  # the cheap test first: most titles are a line or two
        and (card := cell_card(value))
    }
    if len(found) < 2:
        return
    have = set(header.fields()) | {"yearly"} if header.yearly() else set(header.fields())
    columns: dict[str, str] = {}  # field -> the first label naming it
    for _, fields, _ in found.values():
        for label, _ in fields:
            field = match_field(label).field
            if field not in have and field not in columns:
                columns[field] = label
    if not columns:
        return
    width = max(len(r) for r in rows)
    for row in rows:
        row.extend([None] * (width + len(columns) - len(row)))
    names = state.cell_names if state.cell_names is not None else {}
    for k, label in enumerate(columns.values()):
        rows[header.row][width + k] = label
        header.columns[width + k] = match_field(label)
        header.labels[width + k] = label
    for i, (head, fields, remarks) in found.items():
        by_field: dict[str, str] = {}
        for label, value in fields:
            by_field.setdefault(match_field(label).field, value)
        rows[i][title] = "\n".join([head, *remarks])
        for k, field in enumerate(columns):
            rows[i][width + k] = by_field.get(field)
            names[(i, width + k)] = state.cell(i, title)
    state.cell_names = names
    first = min(found)
    state.issue(
        "info",
        "layout",
        f"column {col_letters(title)} '{header.labels.get(title, '')}' holds each project as a card (its title on the "
        f"first line, then its fields: {', '.join(repr(label + ': …') for label in columns.values())}): rows "
        f"{number_ranges([state.row_number(i) for i in found])}, each field read from its card's lines",
        first,
        title,
    )


def _lane_status(rows: list[list], r: int, c: int) -> tuple[str, int] | None:
    """The status a board's lane gives the card at (r, c): the heading above it in its column ("РЕАЛІЗУЮТЬСЯ",
    "ГОТУЮТЬСЯ (концепція / погодження)", "Cancelled"), past the cards above it; (status, the heading's row)."""
    for above in range(r - 1, -1, -1):
        value = rows[above][c] if c < len(rows[above]) else None
        if cell_card(value) is not None:
            continue
        text = clean_text(value)
        if not text:
            continue
        if len(text) > 80:
            return None
        status = status_heading(text) or _status_meant(text)
        return (status, above) if status in STATUSES else None
    return None


def read_cell_cards(state: SheetState, file_partner: str | None, nonblank: int) -> SheetResult | None:
    """Read a board of projects written one per cell (:func:`cell_card`): a project per card, each value named at
    its card's cell, its status the heading of its column (the board's lane) where the card says none; None when
    the sheet holds fewer than two such cards."""
    rows = state.grid.rows[:_CARD_SCAN_ROWS]
    cards = [(r, c, card) for r, row in enumerate(rows) for c, v in enumerate(row) if (card := cell_card(v))]
    if len(cards) < 2:
        return None
    labels = list(dict.fromkeys(label for _, _, (_, fields, _) in cards for label, _ in fields))
    header_names = ["Title", *labels, "Status", "Remarks"]
    first = min(r for r, _, _ in cards)
    table, lines = _table_head(state, rows, first, header_names)  # not the lanes' headings
    names: dict[tuple[int, int], str] = {}
    lanes: set[int] = set()
    for r, c, (title, fields, remarks) in sorted(cards, key=lambda x: (x[1], x[0])):
        index = len(table)
        cell = f"{col_letters(c)}{state.row_number(r)}"
        values = dict(fields)  # a label written twice in a card: its last line
        lane = _lane_status(rows, r, c)
        said_status = any(match_field(label).field == "status" for label, _ in fields)
        status = None if said_status or lane is None else lane[0]
        table.append([title, *[values.get(label) for label in labels], status, "; ".join(remarks) or None])
        lines.append(state.row_number(r))
        for k in range(len(header_names)):
            names[(index, k)] = cell
        if status is not None:
            names[(index, len(header_names) - 2)] = f"{col_letters(c)}{state.row_number(lane[1])}"
            lanes.add(lane[1])
    said = [
        (
            "info",
            "layout",
            f"{grid_place(state.grid)} holds {len(cards)} projects written one per cell (the title on the first line, "
            f"then its fields: '{labels[0]}: …', '{labels[1]}: …'): each read from its cell"
            + (
                f", its status from the heading of its column (row {', '.join(str(state.row_number(r)) for r in sorted(lanes))})"
                if lanes
                else ""
            ),
        )
    ]
    return _read_rebuilt_table(state, table, lines, names, file_partner, nonblank, said)


# projects written as paragraphs: a letter's numbered points, or a table of a title and a paragraph about it

#: A project named in a paragraph by its title in quotes: "Проєкт «Підтримка …»", "Project “Border posts”",
#: "Проєктна пропозиція «…»".
_NAMED_PROJECT = re.compile(
    r"(?<![^\W\d_])(?:про[єе]кт\w*(?:\s+пропозиці\w*)?|project(?:\s+proposal)?|programme|program|програм\w*)\s*"
    r"(?:№\s*[\w/-]+\s*)?[«“„\"](?P<title>[^«»“”„\"]{4,200})[»”“\"]",
    re.IGNORECASE,
)
#: A letter's numbered point opening on its project's title in quotes: '1. "Strengthening Public Order Policing". The …'.
#: A point opening on its title in quotes, numbered or bulleted: '1. "Strengthening …"', '- "Cyber-crime capacity" for …'.
_NUMBERED_TITLE = re.compile(r"\s*(?:\d{1,2}[.)]|[•▪◦●■►*–—-])\s*[«“„\"](?P<title>[^«»“”„\"]{4,200})[»”“\"]")


def _named_in_paragraph(text: str) -> re.Match | None:
    """A paragraph's project title: after the word "project" ("Проєкт «…»"), or in quotes opening a numbered point."""
    return _NAMED_PROJECT.search(text) or _NUMBERED_TITLE.match(text)


#: Who implements it: "виконавець – ПРООН", "Implementer: IOM", "implemented by UNDP".
_IMPLEMENTER_SAID = re.compile(
    r"(?<![^\W\d_])(?:виконав\w*|исполнит\w*|implementer|implementing partner|implemented by)\s*(?:[–—:-]\s*)?"
    r"(?P<who>[^,;.()–—]{3,90}(?:\([^()]{1,60}\))?)",
    re.IGNORECASE,
)
#: A project's state said in so many words in its paragraph, the strongest first (a project cancelled after it was
#: signed is cancelled).
_STATE_SAID = [
    ("cancelled", r"скасован|відхилен|отмен[её]н|отклон[её]н|cancell?ed|rejected|withdrawn|terminated"),
    ("completed", r"завершен|закінчен|закончен|completed|finished"),
    (
        "planned",
        r"пропозиці|предложени|proposal|заявк\w* (?:подан|направлен)|на розгляд|на рассмотрени|рішення очікується"
        r"|решение ожидается|under consideration|на стадії погодження|на стадии согласования|under negotiation"
        r"|на стадії підписання|на стадии подписания|at (?:the )?signing stage|pending signature"
        r"|expected to start|due to start|subject to (?:final |formal )?approval|new project|pipeline"
        r"|(?:розпочат\w*|почат\w*|старт\w*|запуск\w*|реалізацію)\s+планується|планується\s+(?:розпочат|почат|старт|запуст)"
        r"|(?:начат\w*|старт\w*|запуск\w*|реализацию)\s+планируется|планируется\s+(?:начат|старт|запуст)"
        r"|до запуску|к запуску"
        # "planned, start Q3 2021", "Planned." as the point's state; "signing expected Q2 2021"
        r"|planned(?=\s*[,;:.(–—]|\s+-\s)|(?:signing|signature)\s+expected",
    ),
    ("approved", r"підписан|подписан|signed|затверджен|утвержд[её]н|approved"),
    (
        "ongoing",
        r"триває|реалізується|реализуется|продовжується|продолжается|ongoing|in progress|under way|underway"
        r"|on track|running since|continues into|впроваджується|внедряется|(?<!не )розпочато|(?<!не )начата"
        r"|(?<!не )начат\b|завершується|(?<!не )виконується|(?<!не )выполняется"
        r"|завершается|(?<!not )started|launched",
    ),
]
_STATE_PATTERNS = [
    (status, re.compile(rf"(?<![^\W\d_])(?:{words})", re.IGNORECASE)) for status, words in _STATE_SAID
]
#: Words before a state that put it in the future ("буде завершено", "will be completed"): no state yet.
_FUTURE = re.compile(
    r"(?<![^\W\d_])(?:will|shall|to be|буде|будуть|будет|будут|має бути|должен быть|до|until|by)\s+(?:be\s+)?$",
    re.IGNORECASE,
)
#: A paragraph is this long at least: a title and a sentence about its money or dates.
_PARAGRAPH_CHARS = 60


def _said_status(text: str) -> str | None:
    """The status a project's paragraph says in words ("Проєкт скасовано донором", "Заявку подано до KOICA",
    "Project is ongoing"), the strongest of those it names; None when it names none."""
    for status, pattern in _STATE_PATTERNS:
        if any(not _FUTURE.search(text[max(0, m.start() - 16) : m.start()]) for m in pattern.finditer(text)):
            return status
    return None


def _paragraph_cell(row: list) -> int | None:
    """The column of a row's paragraph: its longest text, long enough to say a project's money or dates."""
    texts = [(len(t), c) for c, v in enumerate(row) if isinstance(v, str) and (t := clean_text(v))]
    if not texts:
        return None
    length, col = max(texts)
    return col if length >= _PARAGRAPH_CHARS else None


def _paragraph_projects(rows: list[list]) -> list[dict]:
    """The projects a sheet writes as paragraphs, in order: each ``title``, its ``text`` (a paragraph cut in two
    rows joined), the cells they stand in (``at``: (row, column) of the paragraph, ``title_at`` of the title)."""
    found: list[dict] = []
    pending: dict | None = None  # a project named on a row, its money and dates on the next ("… «Title»:")
    for r, row in enumerate(rows):
        c = _paragraph_cell(row)
        if c is None:
            continue
        text = clean_text(row[c])
        if (
            pending is not None
            and pending["end"] == r - 1
            and pending["at"][1] == c
            and not pending["text"].rstrip().endswith((".", "!"))
            and only_filled(row) is not None
            and _named_in_paragraph(text) is None
        ):
            joined = f"{pending['text']} {text}"
            if money_in_prose(joined) is not None or period_in_prose(joined) is not None:
                found.append({**pending, "text": joined, "end": r, "more": [(r, c)]})
                pending = None
                continue
        pending = None
        last = found[-1] if found else None
        if (
            last is not None
            and last["end"] == r - 1
            and last["at"][1] == c
            and not last["text"].rstrip().endswith((".", "!", ")", "»", '"'))
            and only_filled(row) is not None
            and _named_in_paragraph(text) is None
        ):  # "Бюджет – 2 400 000 злотих," and the rest of the point on the row below
            last["text"], last["end"] = f"{last['text']} {text}", r
            last["more"].append((r, c))
            continue
        named = _named_in_paragraph(text)
        title, title_at = (named["title"].strip(), (r, c)) if named else (None, None)
        if title is None:  # a title in a cell of its own before the paragraph ("Назва проєкту | Інформація")
            before = [
                (k, t) for k, v in enumerate(row[:c]) if (t := clean_text(v)) and not _ROW_NUMBER.fullmatch(t)
            ]
            if len(before) == 1 and len(before[0][1]) <= 200:
                title, title_at = before[0][1], (r, before[0][0])
        if title is None:
            continue
        if (
            money_in_prose(text) is None
            and period_in_prose(text) is None
            and not (named is not None and named.re is _NUMBERED_TITLE)  # a numbered point is a project: kept
        ):
            pending = {"title": title, "text": text, "at": (r, c), "title_at": title_at, "end": r, "more": []}
            continue
        found.append({"title": title, "text": text, "at": (r, c), "title_at": title_at, "end": r, "more": []})
    return found


#: The start of a new paragraph in a letter: its number or bullet ("2. За підтримки …", "• Project …").
_PARAGRAPH_START = re.compile(r"\s*(?:\d{1,2}[.)]|[•▪◦●■►*–—-])\s")


def _unwrapped(rows: list[list]) -> list[list]:
    """A letter's lines joined into its paragraphs: each line of one text in the column of the line above it, not
    starting a numbered or bulleted point, is joined to the paragraph's first line (kept in place, the others emptied,
    so that each paragraph is named at its first line's cell); a blank line ends a paragraph.

    Examples
    --------
    >>> _unwrapped([["1. Проєкт «А» (2019–2022 рр.)."], ["Обсяг на 2021 рік – 3 250,0 тис."], [None], ["2. Б"]])
    [['1. Проєкт «А» (2019–2022 рр.). Обсяг на 2021 рік – 3 250,0 тис.'], [None], [None], ['2. Б']]
    """
    out = [list(row) for row in rows]
    head: tuple[int, int] | None = None  # (row, column) of the paragraph's first line
    for r, row in enumerate(rows):
        filled = only_filled(row)
        text = clean_text(filled[1]) if filled is not None and isinstance(filled[1], str) else None
        if not text:
            head = None
            continue
        if head is not None and filled[0] == head[1] and not _PARAGRAPH_START.match(text):
            out[head[0]][head[1]] = f"{out[head[0]][head[1]]} {text}"
            out[r] = [None] * len(row)
            continue
        head = (r, filled[0])
    return out


def read_paragraphs(state: SheetState, file_partner: str | None, nonblank: int) -> SheetResult | None:
    """Read projects written as paragraphs (:func:`_paragraph_projects`): a letter's points ("1. | Проєкт «…» (донор
    – Уряд Японії, виконавець – ПРООН). Загальний бюджет – 2,5 млн. дол. США …"), or a title beside a paragraph
    about it. Each project's funder, implementer, status and dates are read from its words, its money by the
    description's rule (:func:`_money_and_period_in_prose`), each value named at its paragraph's cell, and the
    reading said as a warning; None when the sheet holds fewer than two such paragraphs."""
    rows = state.grid.rows[:_CARD_SCAN_ROWS]
    found = _paragraph_projects(rows)
    if all(only_filled(row) is not None or blank_row(row) for row in rows):
        # a letter typed with its lines wrapped at a width (a text file, a line per row): its paragraphs joined
        unwrapped = _unwrapped(rows)
        if unwrapped != rows and len(again := _paragraph_projects(unwrapped)) >= max(2, len(found)):
            rows, found = unwrapped, again
    if len(found) < 2:
        return None
    header_names = ["Title", "Donor", "Implementer", "Start date", "End date", "Status", "Description"]
    table, lines = _table_head(state, rows, found[0]["at"][0], header_names)
    names: dict[tuple[int, int], str] = {}
    headed: str | None = None  # the partner a heading over a group of points names ("1) UNITED STATES (INL)")
    since = found[0]["at"][0]
    for project in found:
        text, (r, c) = project["text"], project["at"]
        headed = _points_heading_partner(rows, since, r) or headed
        since = project["end"] + 1
        implementer = next((m["who"].strip() for m in _IMPLEMENTER_SAID.finditer(text)), None)
        period = period_in_prose(text)
        start, end = (period[0].isoformat(), period[1].isoformat()) if period else (None, None)
        index = len(table)
        table.append(
            [
                project["title"],
                funder_in_text(text) or partner_in_text(without_neighbours(text)) or headed,
                implementer,
                start,
                end,
                _said_status(text),
                text,
            ]
        )
        lines.append(state.row_number(r))
        cell = f"{col_letters(c)}{state.row_number(r)}"
        for k in range(len(header_names)):
            names[(index, k)] = cell
        names[(index, 0)] = f"{col_letters(project['title_at'][1])}{state.row_number(project['title_at'][0])}"
    said = [
        (
            "warning",
            "layout",
            f"{grid_place(state.grid)} holds {len(found)} projects written as paragraphs (rows "
            f"{', '.join(str(state.row_number(p['at'][0])) for p in found)}): each one's funder, implementer, dates "
            "and status read from its words — check them",
        )
    ]
    return _read_rebuilt_table(state, table, lines, names, file_partner, nonblank, said)


def _points_heading_partner(rows: list[list], start: int, end: int) -> str | None:
    """The partner a heading between a letter's points names ("2) UNITED KINGDOM (CSSF)", "Japan:"): a row of one short
    text, no sum in it, naming one partner, the last such row from ``start`` up to ``end``; None when there is none.

    >>> _points_heading_partner([["1) UNITED STATES (INL)"], ['- "Radios" - NPU. USD 100,000.'], ["2) CANADA"]], 0, 1)
    'USA'
    """
    for r in range(min(end, len(rows)) - 1, start - 1, -1):
        filled = only_filled(rows[r])
        text = clean_text(filled[1]) if filled is not None and isinstance(filled[1], str) else None
        if not text or len(text) > 120 or '"' in text or "«" in text or money_in_prose(text) is not None:
            continue
        named = partner_in_text(re.sub(r"^\s*(?:\d{1,2}|[ivx]{1,4})[.)]\s*", "", text, flags=re.IGNORECASE))
        if named:
            return named
    return None


def _table_head(
    state: SheetState, rows: list[list], first: int, header_names: list[str]
) -> tuple[list, list]:
    """The start of a table rebuilt from a sheet's cells, and the sheet's row number of each of its rows: the sheet's
    title lines above ``first`` (the partner, a currency: a row of one text), the other rows above it emptied, then
    ``header_names``."""
    table = [list(row) if sum(1 for v in row if clean_text(v)) == 1 else [] for row in rows[:first]]
    table.append(header_names)
    return table, [state.row_number(i) for i in range(first)] + [state.row_number(first)]


def _read_rebuilt_table(
    state: SheetState,
    table: list[list],
    lines: list[int],
    names: dict,
    file_partner,
    nonblank: int,
    said: list,
) -> SheetResult | None:
    """A table rebuilt from a sheet's cells (:func:`_table_head` and its rows) read as the sheet (see
    :func:`_sheet_read_rebuilt`); None when its header reads as no project table."""
    grid = _rebuilt_grid(state, table, lines)
    header = find_header(grid.rows)
    if header is None:
        return None
    return _sheet_read_rebuilt(state, grid, names, header, file_partner, nonblank, said)


def _rebuilt_grid(state: SheetState, table: list[list], lines: list[int]) -> Grid:
    """A table rebuilt from a sheet's cells in other places, as a grid of that sheet: its sheet-wide meta, and the
    sheet's row number of each of its rows (``line_of_row``)."""
    return Grid(
        state.grid.sheet,
        table,
        [],
        state.grid.visible,
        state.grid.date1904,
        {**_sheet_wide_meta(state.grid), "line_of_row": lines},
    )


def _sheet_read_rebuilt(
    state: SheetState, grid: Grid, names: dict, header: Header, file_partner, nonblank: int, said: list[tuple]
) -> SheetResult | None:
    """:func:`_read_rebuilt`, the sheet's own issues first, then the rebuilt table's; None as it gives None."""
    read = _read_rebuilt(state, grid, names, header, file_partner, nonblank, said)
    if read is None:
        return None
    result, rebuilt = read
    state.issues = state.issues + rebuilt.issues
    result.issues = state.issues
    return result


def _read_rebuilt(
    state: SheetState, grid: Grid, names: dict, header: Header, file_partner, nonblank: int, said: list[tuple]
) -> tuple[SheetResult, SheetState] | None:
    """Read a table rebuilt from a sheet's cells in other places (registration cards, a transposed table, a long
    table turned wide), each cell named where it stands (``names``), after the issues ``said`` ((severity, kind,
    message)). Every non-empty row of the sheet counts as read; the rows not loaded as skipped. Returns the result
    and the rebuilt table's state, or None when no project has an amount, a date or an agency."""
    rebuilt = SheetState(grid, state.file)
    rebuilt.status_codes, rebuilt.code_lists = state.status_codes, state.code_lists
    rebuilt.partner_codes, rebuilt.label_codes = state.partner_codes, state.label_codes
    rebuilt.cell_names = names
    for severity, kind, message in said:
        rebuilt.issue(severity, kind, message)
    _file_notes(rebuilt)
    result = _read_table(rebuilt, header, file_partner, SheetResult(state.grid.sheet, "skipped"))
    if not any(_has_substance(r) for r in result.records):
        return None
    counts = result.counts
    counts["rows_read"] = max(nonblank, counts["rows_read"])
    counts["rows_skipped"] = counts["rows_read"] - counts["rows_loaded"] - counts["rows_rejected"]
    return result, rebuilt


def _has_substance(rec: dict) -> bool:
    """A card read as a project has an amount, a date or an agency that could be read."""
    return any(rec.get(k) is not None for k in ("amount", "start_date", "end_date", "beneficiaries"))


# ---------------------------------------------------------------------------
# identifiers


def partner_slug(partner: str) -> str:
    """A short ASCII-or-Cyrillic slug of a partner's name for project ids.

    Examples
    --------
    >>> partner_slug("Council of Europe"), partner_slug("ЄС")
    ('council-of-europe', 'єс')
    """
    slug = re.sub(r"[^\w]+", "-", partner.lower()).strip("-")
    return slug[:24] or "partner"


def derived_project_id(partner: str, title: str) -> str:
    """A stable project id from the partner and the normalised title.

    Examples
    --------
    >>> derived_project_id("EU", "Border  crossing points") == derived_project_id("EU", "border crossing points")
    True
    >>> pid = derived_project_id("EU", "Border crossing points")
    >>> pid.startswith("eu-"), len(pid)
    (True, 11)
    """
    return project_id_from_key(partner, normalise_key(title))


def project_id_from_key(partner: str, title_key: str) -> str:
    """:func:`derived_project_id` from a title already normalised (:func:`normalise_key`).

    Examples
    --------
    >>> project_id_from_key("EU", "border crossing points") == derived_project_id("EU", "Border crossing points")
    True
    """
    digest = hashlib.sha1(title_key.encode("utf-8")).hexdigest()[:8]
    return f"{partner_slug(partner)}-{digest}"


#: Names of a workbook's title page ("Титул", "Cover"), whose first rows name who sends the file.
_TITLE_PAGE = re.compile(r"cover|title page|титул|обкладин|титульн|обложк", re.IGNORECASE)


def status_codes(grids, lists: dict[str, dict[str, list[str]]] | None = None) -> dict[str, str]:
    """Status codes a workbook's legend sheet explains: rows of a short code and its meaning ("P" | "Pipeline -
    planned, not yet obligated"), read by the meaning's first words; {} when there is no such sheet. The codes of
    its code lists (``lists``, :func:`code_lists`) whose meaning is a status count too.

    Examples
    --------
    >>> legend = Grid("LEGEND", [["STATUS_CD", "MEANING"], ["A", "Active (under implementation)"],
    ...                          ["C", "Closed - completed as planned (not cancelled)"], ["T", "Terminated - ended early"]])
    >>> status_codes([legend])
    {'A': 'ongoing', 'C': 'completed', 'T': 'cancelled'}
    >>> status_codes([Grid("Legend", [["Field / code", "Meaning"], ["Status PIP", "Pipeline - under preparation"],
    ...                               ["Status CAN", "Cancelled - agreement terminated"]])])
    {'PIP': 'planned', 'CAN': 'cancelled'}
    """
    out: dict[str, str] = {}
    for grid in grids:
        out.update(_codes_in_notes(grid))
        if not _COVER_NAMES.search(grid.sheet or ""):  # a legend, lists or notes sheet
            continue
        for row in grid.rows:
            cells = [t for t in (clean_text(v) for v in row) if t]
            if len(cells) == 2 and (named := _STATUS_THEN_CODE.fullmatch(cells[0])):
                cells = [
                    named[1],
                    cells[1],
                ]  # "Status ACT | Active - agreement signed": the field and its code
            if len(cells) == 3 and _STATUS_FIELD.search(cells[0]):
                cells = cells[
                    1:
                ]  # "Field | Code | Meaning": "Status | P | Planned", "Grant Status Code | ACT | …"
            if len(cells) != 2 or not re.fullmatch(r"[^\W_]{1,3}", cells[0]):
                continue
            status = _status_meant(cells[1])
            if status is not None:
                out[cells[0].upper()] = status
    for table in (lists or {}).values():
        for code, meaning in table.items():
            if (status := _status_meant(meaning[0])) is not None:
                out.setdefault(code, status)
    return out


#: The field a legend's line is for, when it names it first ("Status | P | Planned", "Priority | CP | Community").
_STATUS_FIELD = re.compile(r"(?<![^\W\d_])(?:status|статус|стан|состояние)(?![^\W\d_])", re.IGNORECASE)
#: A legend's field and code in one cell ("Status ACT", "Статус Р").
_STATUS_THEN_CODE = re.compile(rf"{_STATUS_FIELD.pattern}\s+([^\W_]{{1,3}})", re.IGNORECASE)
#: What names a list of the priorities' codes: its heading ("Коди пріоритетів", "Priority codes (column 'P')") or the
#: column of meanings ("Код | Пріоритет сектору").
_PRIORITY_LIST = re.compile(r"priorit|пріоритет|приоритет", re.IGNORECASE)
_PRIORITY_CODE = re.compile(r"[^\W_]{1,4}")


def priority_codes(grids) -> dict[str, str]:
    """The priorities' codes a workbook's lists or notes sheet explains, under a heading naming them ("Priority
    codes": "1 | Combating trafficking in human beings", "5 | Безпека державного кордону"): {code in capitals: its
    meaning, "_sheet": the sheet}; {} when there is none (two codes at least).

    Examples
    --------
    >>> lists = Grid("Codes", [["Priority codes"], [1, "Combating trafficking"], [2, "Border security"],
    ...                        ["Status codes"], ["A", "Active"]])
    >>> priority_codes([lists])
    {'1': 'Combating trafficking', '2': 'Border security', '_sheet': 'Codes'}
    """
    for grid in grids:
        if not _COVER_NAMES.search(grid.sheet or ""):  # a legend, lists or notes sheet
            continue
        found: dict[str, str] = {}
        under = False
        for row in grid.rows:
            cells = [t for t in (clean_text(v) for v in row) if t]
            if not cells:
                continue
            if (
                len(cells) in (3, 4)
                and len(cells[0]) <= 20
                and _PRIORITY_LIST.match(cells[0])
                and _PRIORITY_CODE.fullmatch(cells[1])
            ):
                # "Field | Code | Meaning": "Priority | CP | Community policing", a translation after it in a dictionary
                # of codes ("priority | P01 | Прозорий облік затриманих | Transparent custody records")
                under, cells = True, cells[1:3]
            if len(cells) == 1 or (len(cells) == 2 and not _PRIORITY_CODE.fullmatch(cells[0])):
                if found and not _PRIORITY_LIST.search(cells[-1]):
                    break  # the next list's heading ("Status codes")
                under = bool(_PRIORITY_LIST.search(cells[-1]))
                continue
            if len(cells) == 2 and under and _PRIORITY_CODE.fullmatch(cells[0]):
                if _PRIORITY_LIST.search(cells[1]) and not found:
                    continue  # the list's own header ("Код | Пріоритет сектору")
                found[cells[0].upper()] = cells[1]
            elif found:
                break
        if len(found) >= 2:
            return {**found, "_sheet": grid.sheet}
    return {}


#: A code in a code list: one word of letters, digits and joiners ("D014", "EC-NEAR", "CNL", "978", "ICMPD-OWN").
_LIST_CODE = re.compile(r"[^\W_][\w./-]{0,15}")
_A_LETTER = re.compile(r"[^\W\d_]")


def summaries_of_sheets(grids) -> dict[str, list[str]]:
    """The sheets of a workbook that sum up its other sheets: a column naming two or more of them, each once, and
    little else ("Subgroup | Number of projects | EU contribution | Details in sheet": "Border & migration", "THB &
    DV"). Its rows are the other sheets' totals, not projects. Sheet name -> the sheets it names.

    Examples
    --------
    >>> summary = Grid("Summary", [["Subgroup", "Projects", "EUR", "Sheet"], ["Border", 2, 14500000, "Border & migration"],
    ...                            ["Police", 3, 11200000, "Police"], ["Total", 5, 25700000, None]])
    >>> border = Grid("Border & migration", [["Title", "EUR"], ["Patrol boats", 14500000]])
    >>> police = Grid("Police", [["Title", "EUR"], ["Radios", 11200000]])
    >>> summaries_of_sheets([summary, border, police])
    {'Summary': ['Border & migration', 'Police']}
    >>> summaries_of_sheets([border, police])  # no sheet names the others
    {}
    """
    names = {normalise_key(g.sheet): g.sheet for g in grids if g.sheet and normalise_key(g.sheet)}
    found: dict[str, list[str]] = {}
    for grid in grids:
        others = {key: name for key, name in names.items() if name != grid.sheet}
        if len(others) < 2:
            continue
        named: dict[int, list[str]] = {}
        texts: dict[int, int] = {}
        for row in grid.rows[: config.HEADER_SCAN_ROWS * 5]:
            for col, value in enumerate(row):
                text = clean_text(value) if isinstance(value, str) else None
                if not text:
                    continue
                key = normalise_key(text)
                if key in others:
                    named.setdefault(col, []).append(others[key])
                elif col in named:
                    texts[col] = texts.get(col, 0) + 1  # below the first name: another sheet's name, or not
        for col, sheets in named.items():
            # the column's cells name the sheets (a label above them aside), each once: a row per sheet, not a
            # list of projects naming their agency's sheet ("НПУ" on two projects' rows), nor a table of projects
            # with their titles, dates and statuses ("Completed-Cancelled": one project of the NPU, one of the SMS)
            if (
                len(set(sheets)) == len(sheets) >= 2
                and texts.get(col, 0) <= max(1, len(sheets) // 3)
                and not _titles_found_elsewhere(grid, col, grids)
                and not _a_list_of_projects(grid)
            ):
                found[grid.sheet] = list(dict.fromkeys(sheets))
                break
    return found


def _a_list_of_projects(grid) -> bool:
    """Whether a sheet's header names the fields of projects, a title and their dates or status, as a sheet of totals
    per sheet does not ("Subgroup | Projects | EUR | Sheet")."""
    header = read_header(grid.rows, grid.merged)
    fields = set(header.fields()) if header is not None else set()
    return "title" in fields and bool(fields & {"start_date", "end_date", "period", "status"})


def _titles_found_elsewhere(grid, col: int, grids) -> bool:
    """Whether a sheet's texts outside column ``col`` (its labels aside) stand in the workbook's other sheets too: a
    consolidated list of projects ("Назва проєкту | Отримувач": its titles again on the agencies' sheets), not their
    totals."""
    elsewhere = {
        normalise_key(text)
        for other in grids
        if other is not grid
        for row in other.rows[:500]
        for value in row
        if isinstance(value, str) and (text := clean_text(value)) and len(text) > 12
    }
    return any(
        normalise_key(text) in elsewhere and match_field(text).field is None  # a column's label is no title
        for row in grid.rows[:500]
        for c, value in enumerate(row)
        if c != col and isinstance(value, str) and (text := clean_text(value)) and len(text) > 12
    )


def code_lists(grids) -> dict[str, dict[str, list[str]]]:
    """The sheets of a workbook that list codes and what they mean, as systems export their code lists beside the
    data ("D014 | Европейский Союз – DG NEAR", "CNL | Cancelled"): a header, then rows of a code and its meaning
    (four columns at most, no column of titles), each list only when its codes stand in the cells of another
    sheet. Sheet name -> {code in capitals: the texts after it on its row}.

    Examples
    --------
    >>> data = Grid("Data", [["Title", "Donor", "Budget"], ["Police training", "D014", 1000], ["Shelters", "D022", 500]])
    >>> donors = Grid("Donors", [["donor_cd", "donor_name"], ["D014", "European Union"], ["D022", "Government of Japan"]])
    >>> code_lists([data, donors])
    {'Donors': {'D014': ['European Union'], 'D022': ['Government of Japan']}}
    >>> code_lists([donors])  # no sheet uses its codes
    {}
    """
    found: dict[str, dict[str, list[str]]] = {}
    kinds_of: dict[str, set[str]] = {}  # a dictionary's kinds of code ("DONOR_CD", "STATUS_CD"), by sheet
    for grid in grids:
        rows: list[list[str]] = []
        for row in grid.rows:
            cells = [t for t in (clean_text(v) for v in row if v is not None) if t]
            if len(cells) > 4:  # a table of projects: read no further
                break
            if cells:
                rows.append(cells)
        else:
            # a list of projects (a title column), or of implementers ("Contract no. | Implementing partner"),
            # is no list of codes to read funders by
            if len(rows) < 3 or any(match_field(h).field in ("title", "implementer") for h in rows[0]):
                continue
            table = {
                cells[0].upper(): cells[1:]
                for cells in rows[1:]
                if len(cells) >= 2 and _LIST_CODE.fullmatch(cells[0]) and _A_LETTER.search(cells[1])
            }
            if len(table) < 0.8 * (len(rows) - 1):
                table = _kinds_table(
                    rows[1:]
                )  # a dictionary of several kinds of code: every row read, or none
                kinds_of[grid.sheet] = {cells[0].casefold() for cells in rows[1:]}
            if len(table) >= 2:
                found[grid.sheet] = table
    if not found:
        return found
    cells_of = {
        g.sheet: {t.upper() for row in g.rows for v in row if isinstance(v, str) and (t := clean_text(v))}
        for g in grids
    }
    # a dictionary's kinds named by another sheet's columns ("DONOR_CD" over codes 1, 2, 3): its codes are theirs,
    # numbers too
    headed = {
        g.sheet: {t.casefold() for row in g.rows[:10] for v in row if (t := clean_text(v))} for g in grids
    }
    return {
        sheet: table
        for sheet, table in found.items()
        if any(code in cells for other, cells in cells_of.items() if other != sheet for code in table)
        or any(kinds_of.get(sheet, set()) & names for other, names in headed.items() if other != sheet)
    }


def _listed_meaning(state: SheetState, text: str | None) -> str | None:
    """What a code in a cell stands for in the workbook's code lists ("R01" -> "Національна поліція України"), or
    None."""
    code = (text or "").strip().upper()
    return next((meaning[0] for table in state.code_lists.values() if (meaning := table.get(code))), None)


def _kinds_table(rows: list[list[str]]) -> dict[str, list[str]]:
    """The codes of one table listing several kinds of code, a kind first on each row ("donor | D004 | Уряд Канади |
    Government of Canada", "status | 1 | Реалізується | Ongoing"), as a database's dictionary is exported: code in
    capitals -> the texts after it. A code two kinds share ("1" a status and a region) means nothing alone and is
    left out. {} when the rows are no such table (a kind per row, or few rows a kind).

    Examples
    --------
    >>> _kinds_table([["donor", "D004", "Government of Canada"], ["donor", "D012", "Denmark"],
    ...               ["status", "1", "Ongoing"], ["status", "2", "Completed"], ["region", "1", "Kyiv"],
    ...               ["region", "K", "Kharkiv"]])
    {'D004': ['Government of Canada'], 'D012': ['Denmark'], '2': ['Completed'], 'K': ['Kharkiv']}
    """
    # a row or two explaining a field without codes ("TOTAL_K | Total amount, in THOUSANDS") is passed over
    rows = (
        [cells for cells in rows if len(cells) >= 3] if sum(len(c) < 3 for c in rows) * 3 <= len(rows) else []
    )
    kinds = {cells[0].casefold() for cells in rows}
    if len(rows) < 4 or len(kinds) * 2 > len(rows):
        return {}
    table: dict[str, list[str]] = {}
    shared: set[str] = set()
    for cells in rows:
        code = cells[1].upper()
        if not (_LIST_CODE.fullmatch(cells[1]) and _A_LETTER.search(cells[2])):
            return {}
        if code in table:
            shared.add(code)
        table[code] = cells[2:]
    return {code: meaning for code, meaning in table.items() if code not in shared}


def funder_codes(lists: dict[str, dict[str, list[str]]]) -> dict[str, str]:
    """Funders' codes a workbook's code lists explain (:func:`code_lists`): code -> the partner its meaning names
    ("D001 | Государственный департамент США – PRM" -> USA); a code whose meaning names none is left out.

    Examples
    --------
    >>> funder_codes({"Donors": {"D014": ["European Union"], "X": ["Other"], "D022": ["Government of Japan"]}})
    {'D014': 'EU', 'D022': 'Japan'}
    """
    out: dict[str, str] = {}
    for table in lists.values():
        for code, meaning in table.items():
            payer = next((p for t in meaning if (p := partner_within(t) or partner_named_in(t))), None)
            if payer is not None:
                out.setdefault(code, payer)
    return out


def _status_meant(meaning: str) -> str | None:
    """The status a code's meaning gives ("Pipeline - planned, not yet obligated", "deletion flag set (measure
    cancelled)"): by its first words, else by its words in brackets; None when neither is a status."""
    status = parse_status(re.split(r"\s[-–—]\s|[(,:;]", meaning, maxsplit=1)[0].strip())
    if status not in STATUSES and (inside := re.search(r"\(([^()]+)\)", meaning)):
        status = parse_status(inside.group(1))
    return status if status in STATUSES else None


#: "CRTD = created (planning)" in a note, "✔ – реалізується", "P - planned": a code (or a sign) and its meaning.
_CODE_MEANING = re.compile(
    r"(?:\b([A-ZА-ЯЄІЇҐ][A-ZА-ЯЄІЇҐ0-9]{0,5}(?:-[A-ZА-ЯЄІЇҐ0-9]{1,6})?|\d{1,3}(?![\d.,]))"  # "AA", "DK-PSP", "10"
    r"|(?<![^\s;:(])([^\w\s;:,.()«»\"'-]))"
    r"(?:\s*[=–—]\s*|\s+-\s+)((?:(?!\s+[A-ZА-ЯЄІЇҐ0-9]{1,6}\s*=)[^;=])+)"  # up to the next "CODE="
)
#: A legend's heading on a row of its own, its lines on the rows under it: "* Статус:", "Status codes:".
_LEGEND_HEADING = re.compile(r"\W*(?:status|статус|стан|состояние)\w*(?:\s+\w+)?\s*:\s*", re.IGNORECASE)


#: A legend's code in a cell of its own, its meaning in the next ("A | approved by the Steering Committee").
_LEGEND_CODE = re.compile(r"[A-ZА-ЯЄІЇҐ][A-ZА-ЯЄІЇҐ0-9]{0,5}|\d{1,3}")


def _legend_lines(rows) -> list[str]:
    """A legend written as a heading ("* Статус:", "Status codes:") and a line per code on the rows under it
    ("1 – реалізується", "2 – на погодженні"; or the code and its meaning in two cells): the heading and its lines
    as one note.

    Examples
    --------
    >>> _legend_lines([["Status codes:"], ["A", "approved, under implementation"], ["W", "withdrawn before start"]])
    ['Status codes: A - approved, under implementation; W - withdrawn before start']
    """
    out = []
    for i, row in enumerate(rows):
        cells = [v for v in row if type(v) is str and v.strip()]
        if len(cells) != 1 or not _LEGEND_HEADING.fullmatch(cells[0]):
            continue
        lines = []
        for below in rows[i + 1 : i + 10]:
            said = [v for v in below if type(v) is str and v.strip()]
            if len(said) == 2 and _LEGEND_CODE.fullmatch(
                said[0].strip()
            ):  # "A | approved …": code, its meaning
                lines.append(f"{said[0].strip()} - {said[1].strip()}")
                continue
            if len(said) != 1 or not _CODE_MEANING.match(said[0].strip()):
                break
            lines.append(said[0].strip())
        if len(lines) >= 2:
            out.append(cells[0].strip() + " " + "; ".join(lines))
    return out


#: A code, then a dash or a colon, then the rest of a partner cell ("ВБ — США", "VC: Norway").
_LABEL_FIRST = re.compile(r"([^\W\d_]{2,5})(?:\s*:\s*|\s+[—–-]\s+)(.+)")  # "ICMPD-OWN" is one code
#: A line of a sheet's note explaining a code by words ("ВБ — внебюджетный проект ОБСЕ, …", "VC = voluntary
#: contribution"): the code, and what it means up to a semicolon.
_CODE_SAID = re.compile(r"(?:^|;\s*)([^\W\d_a-zа-яіїєґ]{2,5})(?:\s*=\s*|\s+[—–-]\s+)([^;=]+)")


def label_codes(grid) -> dict[str, str]:
    """Codes a sheet's note explains as something other than the partner they name elsewhere ("ВБ — внебюджетный проект
    ОБСЕ, финансируемый указанным государством-донором": "ВБ" is no World Bank on this sheet): code -> its meaning.
    Only a code that is itself a partner's name, explained by words that name another partner or none, is kept.

    Examples
    --------
    >>> from mtd_analysis.ingest.read import Grid
    >>> note = "ВБ — внебюджетный проект ОБСЕ, финансируемый указанным государством-донором"
    >>> label_codes(Grid("Проекты", [["№", "Донор"], [note]], [], True, False, {}))
    {'ВБ': 'внебюджетный проект ОБСЕ, финансируемый указанным государством-донором'}
    >>> label_codes(Grid("Projects", [["No.", "Donor"], ["WB — the World Bank's trust fund"]], [], True, False, {}))
    {}
    """
    out: dict[str, str] = {}
    for row in grid.rows:
        said = [v for v in row if v is not None and v != ""]
        if (
            len(said) != 1
            or type(said[0]) is not str
            or not ("=" in said[0] or "—" in said[0] or "–" in said[0] or " - " in said[0])
        ):
            continue  # a line of its own explaining a code with a dash or "=": most rows are passed over at once
        text = clean_text(said[0]) or ""
        if len(text) < 12:
            continue
        for code, meaning in _CODE_SAID.findall(text):
            if not is_known_partner(code):
                continue
            named = partner_named_in(meaning) or partner_in_text(meaning)
            if named != canonical_partner(code):
                out[code.upper()] = meaning.strip()
    return out


def partner_codes(grid) -> dict[str, str]:
    """Funders' codes a key on a sheet explains ("AA = German Federal Foreign Office; BMZ = German Federal Ministry
    for Economic Cooperation; SDC = Swiss Agency for Development and Cooperation"): code -> the partner its meaning
    names; a code whose meaning names none is left out.

    Examples
    --------
    >>> from mtd_analysis.ingest.read import Grid
    >>> key = "AA = German Federal Foreign Office; BMI = German Federal Ministry of the Interior"
    >>> partner_codes(Grid("Overview", [["Project", "Commissioning party"], [key]], [], True, False, {}))
    {'AA': 'Germany', 'BMI': 'Germany'}
    >>> key = "Сокращения: ЕБ – Единый бюджет ОБСЕ; МИД ФРГ – Федеральное министерство иностранных дел Германии"
    >>> partner_codes(Grid("Проекты", [["Проект", "Донор"], [key]], [], True, False, {}))
    {'ЕБ': 'OSCE', 'ФРГ': 'Germany'}
    """
    out: dict[str, str] = {}
    for row in grid.rows:
        for v in row:
            if type(v) is not str or ("=" not in v and v.count("–") + v.count("—") < 2):
                continue  # "Programme – component", "01.2021 – 12.2022": a key with dashes lists codes ("ЕБ – …; ВБ – …")
            pairs = _CODE_MEANING.findall(v)
            if "=" not in v and len(pairs) < 2:
                continue
            for code, _, meaning in pairs:
                if (
                    code
                    and len(code) >= 2
                    and (payer := partner_within(meaning) or partner_named_in(meaning))
                ):
                    out[code] = payer
    return out


def _codes_in_notes(grid) -> dict[str, str]:
    """Status codes a note of a sheet explains in one cell ("* STATUS_CD: CRTD = created (planning, not yet
    approved); REL = released (in implementation); DLFL = deletion flag set (measure cancelled)"): a cell naming
    a status and giving two codes or more, each read by its meaning's first words, else its words in brackets.

    Examples
    --------
    >>> from mtd_analysis.ingest.read import Grid
    >>> note = "* STATUS_CD: CRTD = created (planning); REL = released (in implementation); DLFL = deleted (cancelled)"
    >>> _codes_in_notes(Grid("Export", [["Code", "Title"], [note]], [], True, False, {}))
    {'CRTD': 'planned', 'REL': 'ongoing', 'DLFL': 'cancelled'}
    >>> note = "Коди статусів: 10 – концепція (у розробці); 30 – у реалізації; 90 – скасовано"
    >>> _codes_in_notes(Grid("Export", [["Code", "Title"], [note]], [], True, False, {}))
    {'10': 'planned', '30': 'ongoing', '90': 'cancelled'}

    Codes after a hyphen between spaces, and a legend's lines each on a row of their own under its heading:

    >>> _codes_in_notes(Grid("Report", [["No", "Title"], ["STATUS CODES: A=ACTIVE P=PLANNED/NOT YET OBLIGATED X=CANCELLED"]],
    ...                      [], True, False, {}))
    {'A': 'ongoing', 'P': 'planned', 'X': 'cancelled'}
    >>> note = "* Status: A - agreed / ongoing;  P - planned (in preparation);  C - closed / completed"
    >>> _codes_in_notes(Grid("List", [["No.", "Title"], [note]], [], True, False, {}))
    {'A': 'ongoing', 'P': 'planned', 'C': 'completed'}
    >>> rows = [["№", "Назва"], ["* Статус:"], ["1 – реалізується"], ["2 – на погодженні (планується)"], ["3 – скасовано"]]
    >>> _codes_in_notes(Grid("Проєкти", rows, [], True, False, {}))
    {'1': 'ongoing', '2': 'planned', '3': 'cancelled'}
    """
    out: dict[str, str] = {}
    texts = [
        v
        for row in grid.rows
        for v in row
        if type(v) is str and ("=" in v or "–" in v or "—" in v or " - " in v)
    ]
    texts += _legend_lines(grid.rows)
    # a legend a printed report's columns cut over a row's cells ("STATUS CODES: | A=ACTIVE P=… | X=CANCELLED")
    texts += [
        " ".join(cells)
        for row in grid.rows
        if len(cells := [v for v in row if type(v) is str and v.strip()]) >= 2
        and "=" not in cells[0]
        and (_LEGEND_HEADING.match(cells[0]) or (len(cells[0]) <= 24 and _STATUS_LEGEND.search(cells[0])))
        and any("=" in v for v in cells[1:])
    ]
    # a note a CSV's commas split over a row's cells ("# status_cd: P = Pipeline, A = Approved / committed, …")
    texts += [
        "; ".join(cells)
        for row in grid.rows
        if len(cells := [v for v in row if type(v) is str and v.strip()]) >= 2
        and "=" in cells[0]
        and _STATUS_LEGEND.search(cells[0])
    ]
    for v in texts:
        if not _STATUS_LEGEND.search(v):
            continue
        pairs = [(code or sign, meaning) for code, sign, meaning in _CODE_MEANING.findall(v)]
        if len(pairs) < 2:
            continue
        for code, meaning in pairs:
            status = _status_meant(meaning)
            if status is not None:
                out[code] = status
    return out


#: A note explaining a status column's codes or signs: "STATUS_CD: …", "Умовні позначення (колонка «Стан»): ✔ – …".
_STATUS_LEGEND = re.compile(
    r"status|статус|стан\b|состояни|умовні позначення|условные обозначения|legend", re.I
)


#: A sheet saying it is not the list to count: an older version ("НЕАКТУАЛЬНА ВЕРСІЯ … Не використовувати",
#: "superseded", "не враховувати"), a translation of another sheet ("English version of sheet УКР"), or notes
#: pointing to the sheet that is the list ("чинний перелік – аркуш УКР").
_NOT_THE_LIST = re.compile(
    r"неактуальн|(?:^|[–—-]\s*)(?:не\s+(?:враховувати|учитывать)|do\s+not\s+count|not\s+to\s+be\s+counted)|superseded"
    r"|(?:попередн\w+|стар\w+|предыдущ\w+|previous|old|outdated|obsolete)\s+(?:верс\w+|редакц\w+|version|list)"
    r"|do\s+not\s+use\s+this\s+(?:sheet|version|list)|замінен\w*\s+аркуш|заменен\w*\s+лист"
    # "АРХІВ: раунд березня 2021 р. — замінено даними вересня": an earlier round kept for reference
    r"|^\s*(?:архів|архив|archive|archived)\b\s*[:–—-]|замінен\w*\s+даними|заменен\w*\s+данными"
    r"|replaced\s+by\s+(?:the\s+)?(?:data|figures)\s+of"
    r"|replaced\s+by\s+(?:the\s+)?sheet|\bversion\s+of\s+(?:the\s+)?sheet|translation\s+of\s+(?:the\s+)?sheet"
    r"|переклад\w*\s+аркуш|перевод\w*\s+лист|чинн\w+\s+перелік\w*\s*[–—-]\s*аркуш"
    r"|действующ\w+\s+перечень\s*[–—-]\s*лист|current\s+list\s+is\s+(?:on\s+)?sheet"
    # an extract of another sheet's projects ("Extract from sheet 'Ongoing' …"), a list of the projects detailed on
    # the other sheets ("List of projects (details on the sheets - not additional projects)")
    r"|(?:extract|excerpt|витяг|выдержка|выборка)\s+(?:from|з|із|из)\s+(?:the\s+)?(?:sheet|tab|аркуш\w*|лист\w*)"
    r"|(?:sheets?|tabs?|аркуш\w*|лист\w*)\b[^.;]{0,40}\bnot\s+additional",
    re.IGNORECASE,
)


#: A sheet named an archive ("2020 (архів)", "Archive", "Архив 2020"): an earlier list kept for reference.
_ARCHIVE_NAME = re.compile(r"(?<![^\W\d_])(?:архів|архив|archive|archived)(?![^\W\d_])", re.IGNORECASE)


#: A sheet's name saying its projects are closed: an archive of the completed or cancelled ones, to be read.
_CLOSED_NAMED = re.compile(
    r"closed|complet|finished|cancel|завершен|закінчен|закрит|скасован|закрыт|оконч|отмен", re.IGNORECASE
)


def not_the_list(grid) -> str | None:
    """What a sheet says to be not the list of projects to count (an older version, a translation of another
    sheet): the words of its name or of a text row above its first table (up to five rows), or None.

    The build reads such a sheet only when no other sheet of the workbook gives projects.

    Examples
    --------
    >>> from mtd_analysis.ingest.read import Grid
    >>> old = Grid("Картки 03.2021 (НЕАКТУАЛЬНО)", [["Назва проєкту:", "Навчання"]], [], True, False, {})
    >>> eng = Grid("ENG", [["ITA projects – English version of sheet УКР"], ["No.", "Project title"]], [], True, False, {})
    >>> not_the_list(old), not_the_list(eng), not_the_list(Grid("УКР", [["№", "Назва проєкту"]], [], True, False, {}))
    ('Картки 03.2021 (НЕАКТУАЛЬНО)', 'ITA projects – English version of sheet УКР', None)
    >>> not_the_list(Grid("2020 (архів)", [["#", "Project"]], [], True, False, {}))
    '2020 (архів)'
    >>> not_the_list(Grid("Archive (closed)", [["#", "Project"]], [], True, False, {})) is None
    True
    """
    if _NOT_THE_LIST.search(grid.sheet or "") or (
        _ARCHIVE_NAME.search(grid.sheet or "") and not _CLOSED_NAMED.search(grid.sheet or "")
    ):  # "2020 (архів)"; not "Archive (closed)", "Архів завершених проєктів": the projects of that status
        return grid.sheet
    for row in grid.rows[:12]:  # the lines above the first table: a cover letter's, too
        cells = [t for t in (clean_text(v) for v in row) if t]
        if len(cells) == 1 and _NOT_THE_LIST.search(cells[0]):
            return cells[0]
        if len(cells) > 1:  # the table starts
            return None
    return None


def said_not_the_list(grids: list[Grid]) -> dict[str, tuple[str, str | None]]:
    """The sheets of a workbook said not to be the list to count (:func:`not_the_list`): sheet -> (the words, the
    other sheet saying it, or None when the sheet says so itself). A line above one sheet's table that names another
    sheet before its words ("лист «Перечень_июнь_2021» сохранен только для сравнения") is about that other sheet;
    one naming it after them ("чинний перелік – аркуш УКР") names the list, and is about its own sheet.

    Examples
    --------
    >>> from mtd_analysis.ingest.read import Grid
    >>> new = Grid("Перечень_обновл", [["Актуальные данные на этом листе; лист «Перечень_июнь_2021» сохранен только "
    ...                                  "для сравнения с предыдущей версией."], ["№", "Наименование проекта"]],
    ...            [], True, False, {})
    >>> old = Grid("Перечень_июнь_2021", [["Перечень по состоянию на 10.06.2021"], ["№", "Наименование проекта"]],
    ...            [], True, False, {})
    >>> said_not_the_list([new, old])["Перечень_июнь_2021"][1]
    'Перечень_обновл'
    """
    out: dict[str, tuple[str, str | None]] = {}
    for grid in grids:
        words = not_the_list(grid)
        if not words:
            continue
        found = _NOT_THE_LIST.search(words)
        clause_start = (
            max(words.rfind(";", 0, found.start()), words.rfind(". ", 0, found.start())) + 1 if found else 0
        )
        before = words[clause_start : found.start()] if found else ""
        named = [g.sheet for g in grids if g.sheet and g.sheet != grid.sheet and g.sheet in before]
        for sheet in named or [grid.sheet]:
            out[sheet] = (words, grid.sheet if named else None)
    return out


#: A sheet saying it is the final version of the list ("FINAL (use this)", "Остаточна редакція", "актуальна версія").
_FINAL_VERSION = re.compile(
    r"\bfinal\b(?!\s+(?:report|budget|evaluation|payment|звіт|отчет))|use\s+this\s*(?:\)|$|version|sheet|list)"
    r"|current\s+version|latest\s+version|остаточн|(?<!не)актуальн\w*\s+(?:верс|редакц)"
    r"|\((?:current|latest|актуальн\w*|поточн\w*|текущ\w*)\)"  # "v2 (current)" beside "v1 (draft)"
    r"|окончательн|финальн|фінальн",
    re.IGNORECASE,
)
#: A sheet marked as one version of a list: "v1", "v2_revised", "Draft", "old", "Чернетка", "ред. 2".
_A_VERSION = re.compile(
    r"(?:^|[\W_])(?:v|ver|version|rev|ред|верс\w*)\.?\s?\d+(?:$|[\W_])|draft|revised|(?:^|[\W_])old(?:$|[\W_])"
    r"|чернетк|черновик|(?:^|[\W_])стар\w*|попередн\w*|предыдущ\w*",
    re.IGNORECASE,
)


def earlier_versions(grids: list[Grid]) -> dict[str, str]:
    """The sheets of a workbook that are earlier versions of its list ("v1", "v2_revised", "old – do not use") beside
    the one sheet saying it is the final version ("FINAL (use this)"): sheet -> what says so (its name, or a line
    above its table, "Draft v1, 12.03.2021"). Empty unless exactly one sheet is the final one.

    Examples
    --------
    >>> from mtd_analysis.ingest.read import Grid
    >>> sheet = lambda name, line: Grid(name, [[line], ["Project", "Budget"]], [], True, False, {})
    >>> earlier_versions([sheet("v1", "Draft v1, 12.03.2021"), sheet("Summary", "Totals by agency"),
    ...                   sheet("FINAL (use this)", "Agreed 23.04.2021")])
    {'v1': 'v1'}
    >>> earlier_versions([sheet("Police", "Draft"), sheet("Border", "Draft")])
    {}
    >>> earlier_versions([sheet("v1 (draft)", "Draft v1"), sheet("v2 (current)", "v2, 03.03.2021")])
    {'v1 (draft)': 'v1 (draft)'}
    """

    def lines(grid: Grid) -> list[str]:
        out = [grid.sheet or ""]
        for row in grid.rows[:12]:  # the lines above the first table
            cells = [t for t in (clean_text(v) for v in row) if t]
            if len(cells) > 1:
                break
            out += cells
        return out

    finals = [
        g.sheet
        for g in grids
        if _FINAL_VERSION.search(g.sheet or "")
        and not _COVER_NAMES.search(g.sheet or "")  # "Instructions - use this"
    ]
    if len(finals) != 1:
        return {}
    out = {}
    for grid in grids:
        if grid.sheet != finals[0]:
            said = next((text for text in lines(grid) if _A_VERSION.search(text)), None)
            if said is not None:
                out[grid.sheet] = said
    return out


#: A list's date said as a snapshot's above its table: "list as of 14 September 2021", "станом на 01.10.2021", "по
#: состоянию на 10.06.2021".
_AS_OF = re.compile(
    r"(?:as\s+(?:of|at)|станом\s+на|по\s+состоянию\s+на)\s+(?P<date>\d{1,2}[./]\d{1,2}[./]20\d\d|20\d\d-\d\d-\d\d"
    r"|\d{1,2}\s+[^\W\d_]+\s+20\d\d|[^\W\d_]+\s+20\d\d)",
    re.IGNORECASE,
)
#: A day's date in a sheet's name ("List 14.09.2021", "Перелік_2021-11-19"): a snapshot of the list that day.
_DAY_IN_NAME = re.compile(r"(?<!\d)(\d{1,2}[./]\d{1,2}[./]20\d\d|20\d\d-\d\d-\d\d)(?!\d)")
#: A sheet saying it is the newer list: "UPDATED list", "replaces the list of …", "Перечень_обновл", "оновлений".
_NEWER_LIST = re.compile(
    r"updated|replaces|оновлен|обновл|замінює|заменяет|актуалізован|актуализирован", re.IGNORECASE
)
#: Two sheets are one list at two dates when this share of the smaller one's titles stand on the other.
_SAME_LIST_SHARE = 0.5


def _title_lines(grid: Grid) -> list[str]:
    """A sheet's name and the lines above its first table (a row of one text each)."""
    out = [grid.sheet or ""]
    for row in grid.rows[:12]:
        cells = [t for t in (clean_text(v) for v in row) if t]
        if len(cells) > 1:
            break
        out += cells
    return out


def dated_versions(grids: list[Grid]) -> dict[str, tuple[str, str]]:
    """The sheets of a workbook that are earlier snapshots of the list another sheet gives later: sheet -> (what says
    so, the later sheet). Two sheets are one list when half the titles of either stand on the other; the later one is
    the one dated later (a day's date in its name, or "as of <date>" above its table), or the one saying it is updated
    ("UPDATED list …, replaces the list of 14 September", "Перечень_обновл") beside one that does not. Sheets of years
    ("2020", "2021") are no snapshots: a year alone dates nothing here.

    Examples
    --------
    >>> from mtd_analysis.ingest.read import Grid
    >>> rows = lambda line: [[line], ["Project", "Budget"], ["Community policing in Kharkiv oblast", 1],
    ...                      ["Cyber police training on virtual assets", 2]]
    >>> old = Grid("List 14.09.2021", rows("Projects as of 14 September 2021"), [], True, False, {})
    >>> new = Grid("List 19.11.2021", rows("UPDATED list (replaces the list of 14 September)"), [], True, False, {})
    >>> dated_versions([old, new])
    {'List 14.09.2021': ('List 14.09.2021', 'List 19.11.2021')}
    >>> dated_versions([Grid("2020", rows("Projects 2020"), [], True, False, {}),
    ...                 Grid("2021", rows("Projects 2021"), [], True, False, {})])
    {}
    """

    def titles(grid: Grid) -> set[str]:
        return {
            normalise_key(t)
            for row in grid.rows[:500]
            for v in row
            if isinstance(v, str) and (t := clean_text(v)) and len(t.split()) >= 4
        }

    def version(grid: Grid) -> tuple[bool, dt.date | None, str | None]:
        lines = _title_lines(grid)
        newer = any(_NEWER_LIST.search(line) for line in lines)
        for found, text in [(_DAY_IN_NAME.search(grid.sheet or ""), grid.sheet or "")] + [
            (_AS_OF.search(line), line) for line in lines[1:]
        ]:
            if found is None:
                continue
            try:
                date = parse_date(found.group(found.lastindex or 0))
            except ValueProblem:
                continue
            if isinstance(date, dt.date):
                return newer, date, text
        return newer, None, next((line for line in lines if _NEWER_LIST.search(line)), None)

    if len(grids) < 2:
        return {}
    sheets = [(g, t) for g in grids if len(t := titles(g)) >= 2]
    out: dict[str, tuple[str, str]] = {}
    for grid, mine in sheets:
        newer, date, said = version(grid)
        for other, theirs in sheets:
            if other is grid or len(mine & theirs) < _SAME_LIST_SHARE * min(len(mine), len(theirs)):
                continue
            o_newer, o_date, _ = version(other)
            later = (date is not None and o_date is not None and o_date > date) or (
                o_newer and not newer and (date is None or o_date is None or o_date >= date)
            )
            if later:
                out[grid.sheet] = (said or grid.sheet, other.sheet)
                break
    return out


#: A legend's line: a colour word first (in its cell, or after "Colour key:" or ";"), words of rows or fills
#: only, then what it means ("grey rows with struck-through text = CANCELLED", "жовтий – у розробці").
_LEGEND_FILLER = (
    r"rows?|lines?|fill(?:ed)?|cells?|colou?r(?:ed)?|background|text|font|highlight(?:ed|ing)?|shading|shaded|with"
    r"|struck[- ]through|strike-?through|and|or|рядк\w*|рядок|колір|кольор\w*|заливк\w*|фон\w*|клітин\w*|строк\w*"
    r"|ячейк\w*|цвет\w*|шрифт|та|і|и|або|или"
)
_COLOUR_WORD = re.compile(
    r"(?:^|[;:\n])\s*(?:" + "|".join(COLOUR_WORDS.values()) + r")(?![^\W\d_])", re.IGNORECASE
)
_LEGEND_ENTRY = re.compile(
    r"(?:^|[;:\n])\s*(?P<colour>" + "|".join(COLOUR_WORDS.values()) + r")(?![^\W\d_])"
    rf"(?:\s+(?:{_LEGEND_FILLER}))*\s*[=–—:-]\s*(?P<status>[^;\n]+)",
    re.IGNORECASE,
)


def _legend_status(meaning: str) -> str | None:
    """The status a legend line's meaning names: its first words ("у розробці (угоду не підписано)", "PIPELINE (not
    yet signed)"), a status word first or three words at most ("data approved by MIA" names none)."""
    words = re.split(r"\s[–—-]\s|[(,;]", meaning, maxsplit=1)[0].split()
    if not words:
        return None
    if len(words) > 3 and parse_status(words[0]) not in STATUSES:
        # "на етапі погодження з донором", "under negotiation with the donor": a stage, its status in its first words
        stage = (
            parse_status(" ".join(words[:3]))
            if words[0].lower() in _AT_A_STAGE and _OF_AGREEMENT.search(meaning)
            else None
        )
        return stage if stage in STATUSES else None
    return _status_meant(meaning)  # as a code's meaning is read


#: The first word of a legend line naming a project's stage ("на етапі погодження", "на стадии согласования").
_AT_A_STAGE = frozenset({"на", "в", "у", "under", "at", "in"})
#: The stage of an agreement, whose status its words give ("на етапі погодження", not "на етапі підготовки звітності").
_OF_AGREEMENT = re.compile(
    r"погодж|узгодж|согласов|negotiat|approv|затвердж|утвержд|розгляд|рассмотр", re.IGNORECASE
)


def colour_named(word: str) -> str | None:
    """The colour a word names ("Жовтий" yellow, "Amber" orange), or None.

    Examples
    --------
    >>> colour_named("Жовтий"), colour_named("Amber"), colour_named("Green light") is None
    ('yellow', 'orange', True)
    """
    return next((c for c, p in COLOUR_WORDS.items() if re.fullmatch(p, word, re.IGNORECASE)), None)


def colour_name(rgb: str) -> str | None:
    """The colour word a legend would use for a fill ("FFEB9C" yellow, "FFC7CE" red, "D9D9D9" grey); None for
    white or near white.

    Examples
    --------
    >>> [colour_name(c) for c in ("FFEB9C", "FFC7CE", "D9D9D9", "C6EFCE", "FFFF00", "FFFFFF", "BDD7EE")]
    ['yellow', 'red', 'grey', 'green', 'yellow', None, 'blue']
    """
    import colorsys

    r, g, b = (int(rgb[i : i + 2], 16) / 255 for i in (0, 2, 4))
    hue, lightness, saturation = colorsys.rgb_to_hls(r, g, b)
    if lightness > 0.97 or (saturation < 0.15 and lightness > 0.93):
        return None
    if saturation < 0.15:
        return "grey"
    degrees = hue * 360
    for colour, upto in (
        ("red", 15),
        ("orange", 38),
        ("yellow", 70),
        ("green", 170),
        ("blue", 260),
        ("red", 361),
    ):
        if degrees < upto:
            return colour
    return None  # pragma: no cover - hue is below 360


def colour_legend(grids) -> list[tuple[str, str, str, int]]:
    """The statuses a workbook gives by the colour of a row, from its legend ("Умовні позначення (колір рядка):
    жовтий – у розробці", "Colour key: grey rows = CANCELLED; yellow rows = PIPELINE"): (colour, status, sheet,
    row number of the legend line) for each colour named with a status this tool knows.

    Examples
    --------
    >>> from mtd_analysis.ingest.read import Grid
    >>> key = "Colour key: grey rows with struck-through text = CANCELLED; yellow rows = PIPELINE; no fill = ongoing"
    >>> colour_legend([Grid("Matrix", [["SWG matrix"], [key], ["Partner", "Project"]], [], True, False, {})])
    [('grey', 'cancelled', 'Matrix', 2), ('yellow', 'planned', 'Matrix', 2)]
    """
    found = []
    for grid in grids:
        first = "\n".join([v for row in grid.rows[:60] for v in row if type(v) is str and len(v) <= 400])
        named, shaded = _COLOUR_WORD.search(first), _SHADED_ENTRY.search(first)
        if not named and not shaded:  # one scan: most sheets name no colour
            continue
        for number, row in enumerate(grid.rows[:60], start=1):
            for value in row:
                if type(value) is not str or len(value) > 400:
                    continue
                for entry in _LEGEND_ENTRY.finditer(value) if named else ():
                    status = _legend_status(entry["status"])
                    colour = colour_named(entry["colour"])
                    if colour and status in STATUSES:
                        found.append((colour, status, grid.sheet, number))
                for entry in _SHADED_ENTRY.finditer(value) if shaded else ():
                    status = _legend_status(_PROJECT_WORD.sub("", entry["status"].strip()))
                    if status in STATUSES:
                        found.append((SHADED, status, grid.sheet, number))
    return found


#: The colour a legend names when it says "shaded rows" of any colour: a row with any fill.
SHADED = "shaded"
#: A legend's line for rows of any colour: "Shaded rows: project cancelled / withdrawn", "Виділені рядки – скасовані".
_SHADED_ENTRY = re.compile(
    r"(?:^|[;:\n])\s*(?:shaded|highlighted|greyed[- ]out|coloured|colored|затінені|виділені|зафарбовані"
    r"|затененные|выделенные|закрашенные)\s+(?:rows?|lines?|cells?|рядки|строки|клітинки|ячейки)"
    r"\s*[=–—:-]\s*(?P<status>[^;\n]+)",
    re.IGNORECASE,
)


#: Words heading a legend ("Умовні позначення", "Legend", "Colour key"), or pointing to one.
_LEGEND_NAMED = re.compile(rf"{_LEGEND_WORDS}|кольор|цвет[аы]? строк", re.IGNORECASE)


def legend_named(grids) -> bool:
    """Whether the first rows of a sheet name a legend ("Умовні позначення:", "Colour key"), which may give the rows'
    statuses by sample fills only (see :func:`swatch_legend`).

    Examples
    --------
    >>> from mtd_analysis.ingest.read import Grid
    >>> legend_named([Grid("P", [["Умовні позначення:"], [None, "— скасовано"]], [], True, False, {})])
    True
    """
    return any(
        type(v) is str and _LEGEND_NAMED.search(v) for grid in grids for row in grid.rows[:60] for v in row
    )


def swatch_legend(grids, fills: dict) -> list[tuple[str, str, str, int]]:
    """The statuses a legend gives by sample fills, a coloured cell beside each meaning ("■ | — скасовано", "[green]
    | — проєкт реалізується / угоду підписано"): (colour, status, sheet, row number) like :func:`colour_legend`,
    the colour named from the sample's fill, for two lines or more of one text each, each with a fill and a status.

    Examples
    --------
    >>> from mtd_analysis.ingest.read import Grid
    >>> grid = Grid("P", [["Legend:"], [None, "— ongoing"], [None, "— cancelled"], ["No", "Title"]], [], True, False, {})
    >>> swatch_legend([grid], {"P": {2: (None, "C6EFCE"), 3: (None, "BFBFBF")}})
    [('green', 'ongoing', 'P', 2), ('grey', 'cancelled', 'P', 3)]
    """
    found = []
    for grid in grids:
        sheet_fills = fills.get(grid.sheet, {})
        rows = grid.rows[:60]
        for start, row in enumerate(rows, start=1):
            if not any(type(v) is str and _LEGEND_NAMED.search(v) for v in row):
                continue
            lines = []  # the lines right under the legend's heading, one after another
            for number in range(start + 1, min(len(rows), start + 9) + 1):
                texts = [t for t in (clean_text(v) for v in rows[number - 1]) if t]
                sample = sheet_fills.get(number, (None, None))[1]
                status = _legend_status(texts[0].lstrip("-–—=: ")) if len(texts) == 1 and sample else None
                if status not in STATUSES:
                    break
                lines.append((colour_name(sample) or sample, status, grid.sheet, number))
            samples = [sheet_fills[number][1] for _, _, _, number in lines]
            if len(lines) >= 2 and len(set(samples)) == len(samples):  # each status its own colour
                found.extend(lines)
                break
    return found


_PROJECT_WORD = re.compile(r"^(?:про[єе]кт\w*|projects?)\s+", re.IGNORECASE)


def swatch_legend_beside(grid, fills: dict[int, dict[int, str]]) -> dict | None:
    """A legend of sample fills written beside a table, in the header's row and the rows under it ("… | Статус | | Условные
    обозначения (статус): " over "[green] | реализуется", "[yellow] | планируется"), where the table's status cells
    are empty and coloured: ``{"lines": [(colour, status, sheet, row number)], "status_col": …, "first_col": …,
    "header_row": …, "statuses": {row number: (status, colour)}}``, or None.

    ``fills`` is the sheet's fills, {row number: {0-based column: "RRGGBB"}}. The status column is the header's
    column read as the status, left of the legend; a row's status is its status cell's fill, when the cell is empty.

    Examples
    --------
    >>> from mtd_analysis.ingest.read import Grid
    >>> rows = [["No", "Title", "Status", None, "Legend:"], [1, "A", None, None, None, "ongoing"],
    ...         [2, "B", None, None, None, "planned"]]
    >>> fills = {2: {2: "92D050", 4: "92D050"}, 3: {2: "92D050", 4: "FFFF00"}}
    >>> found = swatch_legend_beside(Grid("P", rows, [], True, False, {}), fills)
    >>> found["statuses"], found["first_col"]
    ({2: ('ongoing', 'green'), 3: ('ongoing', 'green')}, 4)
    """
    for index, row in enumerate(grid.rows[:60]):
        heading = next(
            (c for c, v in enumerate(row) if c > 1 and type(v) is str and _LEGEND_NAMED.search(v)), None
        )
        if heading is None:
            continue
        status_col = next(
            (c for c, v in enumerate(row[:heading]) if type(v) is str and match_field(v).field == "status"),
            None,
        )
        if status_col is None:
            return None
        lines, samples = [], {}
        for number in range(index + 2, min(len(grid.rows), index + 10) + 1):
            cells = grid.rows[number - 1]
            own = {c: rgb for c, rgb in fills.get(number, {}).items() if c >= heading}
            empty = [c for c in sorted(own) if not (c < len(cells) and clean_text(cells[c]))]
            texts = [clean_text(v) for v in cells[heading:] if clean_text(v)]
            if len(empty) != 1 or len(texts) != 1:
                break
            status = _legend_status(_PROJECT_WORD.sub("", texts[0].lstrip("-–—=: ")))
            if status not in STATUSES:
                break
            rgb = own[empty[0]]
            lines.append((colour_name(rgb) or rgb, status, grid.sheet, number))
            samples[rgb] = (status, colour_name(rgb) or rgb)
        if len(lines) < 2 or len(samples) != len(lines):
            return None
        statuses = {}
        col = status_col  # a second table's header below may put its status column elsewhere
        for number in range(index + 2, len(grid.rows) + 1):
            cells = grid.rows[number - 1]
            again = next(
                (
                    c
                    for c, v in enumerate(cells[:heading])
                    if type(v) is str and (m := match_field(v)).field == "status" and m.strength >= 1.0
                ),
                None,
            )
            if again is not None:
                col = again
                continue
            rgb = fills.get(number, {}).get(col)
            if rgb in samples and not (col < len(cells) and clean_text(cells[col])):
                statuses[number] = samples[rgb]
        return {
            "lines": lines,
            "status_col": status_col,
            "first_col": heading,
            "header_row": index + 1,
            "statuses": statuses,
        }
    return None


def swatch_legend_across(grids, fills_of) -> list[tuple[str, str, str, int]]:
    """The statuses a legend laid out along one row gives by sample fills ("Цветовая маркировка: | ■ | проект на
    стадии согласования | ■ | проект завершён"): each filled, empty cell is the sample of the next text to its right,
    a filled cell of text is its own ("Легенда: | реалізується | скасовано", each word on its colour).
    (colour, status, sheet, row number) like :func:`swatch_legend`, for two samples or more of distinct colours.
    ``fills_of(sheet, row number)`` gives the row's cell fills (0-based column -> "RRGGBB").

    Examples
    --------
    >>> from mtd_analysis.ingest.read import Grid
    >>> grid = Grid("P", [["Legend:", None, "pipeline", None, "cancelled"], ["No", "Title"]], [], True, False, {})
    >>> swatch_legend_across([grid], lambda sheet, n: {1: "FFFF00", 3: "BFBFBF"} if n == 1 else {})
    [('yellow', 'planned', 'P', 1), ('grey', 'cancelled', 'P', 1)]
    """
    for grid in grids:
        for number, row in enumerate(grid.rows[:60], start=1):
            if not any(type(v) is str and _LEGEND_NAMED.search(v) for v in row):
                continue
            fills = fills_of(grid.sheet, number)
            # the samples are the empty filled cells, each meaning the text to its right; where there are none, each
            # meaning is written on its own colour ("| реалізується |" on green)
            samples = {c: rgb for c, rgb in fills.items() if not (c < len(row) and clean_text(row[c]))}
            lines = []
            for col, rgb in sorted((samples or fills).items()):
                if samples:
                    meaning = next((clean_text(v) for v in row[col + 1 :] if clean_text(v)), None)
                else:
                    meaning = clean_text(row[col])
                # "проект на стадии согласования": what the project is, after the word "project"
                meaning = _PROJECT_WORD.sub("", meaning.lstrip("-–—=: ")) if meaning else None
                status = _legend_status(meaning) if meaning else None
                if status in STATUSES:
                    lines.append((colour_name(rgb) or rgb, status, grid.sheet, number))
            if len(lines) >= 2 and len({c for c, _, _, _ in lines}) == len(lines):
                return lines
    return []


def workbook_partner(grids) -> str | None:
    """The partner a workbook's title page names ("Швейцарська Конфедерація" on a sheet "Титул"), or None.

    Sheets of registration cards carry no title of their own: the title page says whose they are.
    Only visible sheets named as a title page are read, and only their first ten rows.

    Examples
    --------
    >>> from mtd_analysis.ingest.read import Grid
    >>> cover = Grid("Титул", [[None, "Швейцарська Конфедерація"], [None, "Картки проєктів"]], [], True, False, {})
    >>> card = Grid("Картка 1", [["Назва проєкту:", "Навчання"]], [], True, False, {})
    >>> workbook_partner([cover, card]), workbook_partner([card]) is None
    ('Switzerland', True)
    """
    for grid in grids:
        if not grid.visible or not _TITLE_PAGE.search(grid.sheet or ""):
            continue
        text = " ".join(t for row in grid.rows[:10] for t in (clean_text(v) for v in row) if t)
        if text and (found := partner_in_text(text)):
            return found
    return None


def file_partner_from_name(source_file: str) -> str | None:
    """A partner named in a submission's file name or folder ("EU_projects.xlsx", "UNDP/list.csv").

    Examples
    --------
    >>> file_partner_from_name("2021-03/UNDP_projects_MIA.xlsx"), file_partner_from_name("list.csv") is None
    ('UNDP', True)
    """
    path = PurePosixPath(source_file)
    for text in [path.stem, *reversed(path.parts[:-1])]:
        found = partner_in_text(text.replace("_", " ").replace("-", " "))
        if found:
            return found
    return None


def match_header_label(label: str) -> str | None:
    """The field a header label names (exposed for the template's self-check).

    Examples
    --------
    >>> match_header_label("Дата завершення")
    'end_date'
    """
    return match_field(label).field
