"""Table shapes partners use that a plain row-per-project reading would get wrong.

Each rule looks at a table once its header is known and rewrites or marks its rows before they are read,
saying what it did: cells saying "the same as above" (:func:`ditto_marks`), a project given as a block of rows
(:func:`project_blocks`), plan and actual rows of one project (:func:`figures_column`, :func:`plain_title`),
and headings or remarks giving the status of the projects below them (:func:`status_above`,
:func:`status_from_heading`, :func:`status_in_remarks`).
"""

from __future__ import annotations

import datetime as dt
import re
from itertools import chain

from mtd_analysis.ingest.amounts import ALL_OF_IT_WORDS, CHANGE_SAID, COFINANCING, LOCAL_BUDGETS, MARKED_ROWS
from mtd_analysis.ingest.columns import (
    TOTAL_ROW,
    FieldMatch,
    Header,
    match_field,
)
from mtd_analysis.ingest.programmes import OF_WHICH, STAGE_WORD
from mtd_analysis.ingest.sheet import (
    PAGE_MARK,
    SheetState,
    blank_row,
    cell_value,
    col_letters,
    grid_place,
    number_ranges,
    only_filled,
)
from mtd_analysis.ingest.values import (
    NEVER_STARTED_REALLOCATED,
    NOT_YET_AGREED,
    NOT_YET_FIXED,
    STATUSES,
    clean_text,
    currency_in_text,
    figure_in,
    holds_any,
    money_only,
    normalise_key,
    parse_currency,
    parse_status,
    refers_elsewhere,
    status_heading,
)

#: A cell saying "the same as above" ("-//-", "те саме", "то же", "ditto", '"').
_DITTO = re.compile(r"-\s*/\s*/\s*-|те\s+саме|те\s+ж|то\s+же|тоже|ditto|do\.", re.IGNORECASE)


#: A bare quotation mark: "the same as above" in a column of names, but also an empty cell's placeholder.
_DITTO_SIGN = re.compile(r'["〃״]')


#: The columns a bare quotation mark may repeat: names, never money, dates or titles.
_DITTO_SIGN_FIELDS = ("partner", "implementer", "beneficiaries", "status", "currency")


def ditto_marks(state: SheetState, rows: list[list], header: Header) -> None:
    """Cells of the table saying "the same as above" take the value of the cell above them (the first one that
    says something else), and that is said once."""
    marked: list[str] = []
    names = {c for c, m in header.columns.items() if m.field in _DITTO_SIGN_FIELDS}
    said: dict[str, int] = {}  # per short text: 2 a ditto mark, 1 a bare quotation mark, 0 neither
    try:  # the distinct values, gathered in C: most tables hold no mark at all
        distinct = set(chain.from_iterable(rows[header.row + 2 :]))
    except TypeError:  # an unhashable value: look at every cell
        distinct = None
    if distinct is not None:
        for value in distinct:
            if isinstance(value, str) and len(value) <= 12:
                mark = value.strip()
                said[value] = 2 if _DITTO.fullmatch(mark) else 1 if _DITTO_SIGN.fullmatch(mark) else 0
        if not any(said.values()):
            return
    for i in range(header.row + 2, len(rows)):
        row = rows[i]
        for c, value in enumerate(row):
            if not isinstance(value, str) or len(value) > 12:
                continue
            kind = said.get(value)
            if kind is None:
                mark = value.strip()
                kind = said[value] = 2 if _DITTO.fullmatch(mark) else 1 if _DITTO_SIGN.fullmatch(mark) else 0
            if kind == 2 or (kind == 1 and c in names):
                above = rows[i - 1][c] if c < len(rows[i - 1]) else None
                if above is not None and clean_text(above):
                    row[c] = above
                    marked.append(state.cell(i, c))
    if marked:
        state.issue(
            "warning",
            "layout",
            f"cells {', '.join(marked[:8])}{' …' if len(marked) > 8 else ''} say 'the same as above' (-//-, "
            "ditto): each takes the value of the cell above it; check it is what the partner meant",
        )


#: A PivotTable's row closing a group: the group's name and Excel's word for its total, in the export's language
#: ("Denmark Total", "Норвегія Підсумок", "Швейцария Итог").
_GROUP_TOTAL = re.compile(
    r"(?P<name>\S.*?)\s+(?:total|підсумок|итог|итого|всього|усього|разом)", re.IGNORECASE
)
_TOTAL_WORD = re.compile(r"total|підсумок|итог|всього|усього|разом", re.IGNORECASE)
#: What a PivotTable shows for an empty cell: "(blank)", "(пусто)", "(порожні)".
_PIVOT_BLANK = re.compile(r"\((?:blank|пусто|порожн\w*|пуст\w*|leer|vide)\)", re.IGNORECASE)


def pivot_groups(state: SheetState, rows: list[list], header: Header) -> None:
    """A PivotTable's export: a group's name (a donor) on its first row only, a "<name> Total" row closing the
    group, "(blank)" in an empty cell. The name is filled down over its group's empty cells, the groups' totals
    rows are totals (``state.group_totals``) and the "(blank)" cells empty; said once. A table with no such totals
    row is left as it is."""
    start = header.row + 1
    closing: dict[int, int] = {}  # row -> column of its group's name
    for c in {c for c, m in header.columns.items() if m.field in ("partner", "implementer", "number")} | {0}:
        texts = [row[c] for row in rows[start:] if c < len(row) and isinstance(row[c], str)]
        if not _TOTAL_WORD.search("\n".join(texts)):  # one scan: a column without the word closes no group
            continue
        name: str | None = None
        first = start
        for i in range(start, len(rows)):
            value = rows[i][c] if c < len(rows[i]) else None
            text = clean_text(value) if isinstance(value, str) else None
            if text is None:
                continue
            found = _GROUP_TOTAL.fullmatch(text)
            if found and name is not None and found["name"].casefold() == name.casefold():
                closing[i] = c
                for k in range(first + 1, i):  # the group's rows
                    if c < len(rows[k]) and not clean_text(rows[k][c]):
                        rows[k][c] = name
                        state.pivot_filled.append(state.cell(k, c))
                name = None
            else:
                name, first = text, i
    if not closing:
        return
    state.group_totals = closing
    kept = {c for c, m in header.columns.items() if m.field in ("title", "project_id")}  # a row's name stays
    for i in range(start, len(rows)):
        row = rows[i]
        for c, value in enumerate(row):
            if c not in kept and isinstance(value, str) and _PIVOT_BLANK.fullmatch(value.strip()):
                row[c] = None
        named = [row[c] for c in kept if c < len(row) and isinstance(row[c], str) and row[c].strip()]
        if (
            named
            and all(_PIVOT_BLANK.fullmatch(v.strip()) for v in named)
            and not any(isinstance(v, (int, float)) and not isinstance(v, bool) for v in row)
        ):  # "(blank)" as the project's name, and no figure: an empty line of the pivot
            state.pivot_blanks.add(i)
    filled = state.pivot_filled
    state.issue(
        "info",
        "layout",
        f"the table is a pivot table's export: {len(closing)} group(s) closed by a totals row "
        f"('{clean_text(rows[min(closing)][closing[min(closing)]])}' …), skipped; each group's name is filled down "
        f"to its rows{(' (cells ' + ', '.join(filled[:6]) + (' …' if len(filled) > 6 else '') + ')') if filled else ''}",
        header.row,
    )


#: A cell a converter broke off before its end: a period cut after its dash ("01.12.2019 –", "from 01.03.2021 to").
_OPEN_PERIOD = re.compile(r"\d.*(?:[-–—]|\bto|\bдо|\bпо|\buntil|\bдо)\s*$", re.IGNORECASE)


def continued_cells(state: SheetState, rows: list[list], header: Header) -> list[int]:
    """Rows carrying on the cells of the project row above them, as a table pasted from Word or a PDF leaves them
    (each line of a cell on a row of its own: "01.12.2019 –" over "30.11.2022", "EUR" over "2 600 000", a title
    over its second line): a row with no number of its own, only texts or numbers under cells of the row above that
    stop short (a period ending on its dash, an amount cell holding only its currency). Each of its cells is
    joined to the cell above; the row is emptied (its indices returned, read as skipped), said once."""
    fields = header.fields()
    number_cols = sorted(c for c, m in header.columns.items() if m.field in ("number", "project_id"))
    money_cols = {fields.get("amount"), *header.yearly()} - {None}
    wording = {fields.get("title"), fields.get("description")} - {None}
    if not number_cols:
        return []
    joined: list[int] = []
    # rows under a project's number merged down over them ("1." over three rows: the title, its English name, "Донор:
    # …; исполнитель: …"): lines of that project's cells, each joined as a new line of the cell of the block's first row
    block_of = {
        r: r0
        for (r0, c0), (r1, c1) in state.grid.merged
        if c0 <= number_cols[0] <= c1 and r0 > header.row
        for r in range(r0 + 1, r1 + 1)
    }
    for i in range(header.row + 2, len(rows)):
        first = block_of.get(i)
        if first is not None and rows[i] and not blank_row(rows[i]):
            texts = {c: v for c, v in enumerate(rows[i]) if clean_text(v)}
            # the block's other cells it fills where its first row left them empty ("Custody Records» в органах" over
            # "і підрозділах … | 749,3 | 210,4 | … | реалізується": the title's end, and the money on its second row)
            fills = all(
                c in wording and isinstance(v, str) or not clean_text(_cell(rows[first], c))
                for c, v in texts.items()
            ) and any(c in wording for c in texts)
            if texts and (all(c in wording and isinstance(v, str) for c, v in texts.items()) or fills):
                for c, value in texts.items():
                    upper = _cell(rows[first], c)  # its lines kept apart: not cleaned into one
                    upper = upper.strip() if isinstance(upper, str) else clean_text(upper)
                    while len(rows[first]) <= c:
                        rows[first].append(None)
                    # a sentence going on in small letters joins its line; another line is kept as one
                    sep = " " if fills and (clean_text(value) or "")[:1].islower() else "\n"
                    rows[first][c] = f"{upper}{sep}{clean_text(value)}" if upper else value
                rows[i] = [None] * len(rows[i])
                joined.append(i)
                continue
        above, row = rows[i - 1], rows[i]
        if any(clean_text(_cell(row, c)) for c in number_cols) or not any(
            clean_text(_cell(above, c)) for c in number_cols
        ):
            continue
        cells = {c: v for c, v in enumerate(row) if clean_text(v)}
        if not cells or any(isinstance(v, (dt.date, dt.datetime, bool)) for v in cells.values()):
            continue

        short = {c for c in range(len(above)) if stops_short(_cell(above, c), c in money_cols)}
        if not short & set(cells):
            continue
        # only the cells that stop short go on, and the title or description in small letters (a second line);
        # a row of its own (its own partner, dates, money) or a totals row is no continuation
        texts = {c: clean_text(v) for c, v in cells.items() if isinstance(v, str)}
        if any(t and TOTAL_ROW.match(t.lower()) for t in texts.values()) or any(
            c not in short
            and not (
                c in wording and isinstance(cells[c], str) and (clean_text(cells[c]) or "")[:1].islower()
            )
            for c in cells
        ):
            continue
        for c, value in cells.items():
            upper = clean_text(_cell(above, c))
            text = clean_text(value) if isinstance(value, str) else str(value)
            while len(above) <= c:
                above.append(None)
            above[c] = f"{upper} {text}" if upper else value
        rows[i] = [None] * len(row)
        joined.append(i)
    if joined:
        state.issue(
            "info",
            "layout",
            f"rows {number_ranges([state.row_number(i) for i in joined])} carry on the cells of the row above each "
            "(a table pasted from Word or a PDF, a line of a cell on a row of its own): each cell is joined to the "
            "one above",
            joined[0],
        )
    return joined


#: A dash or a word for a figure not given: "–", "-", "n/a", "н/д".
_FIGURE_NOT_GIVEN = re.compile(r"[–—-]+|n/?a|н/д", re.IGNORECASE)


def money_rows_under(state: SheetState, rows: list[list], header: Header) -> list[int]:
    """A table with no money column, each project's row followed by a row of its money: a label naming the figures
    in the title's column ("Budget 2021 / Total") and the figures beside it, in the label's order ("650'000 |
    2'400'000", "– | 1'200'000" for a year not fixed). The figures go to the project's row, in a column of their own
    per figure (each named by its cell); the money rows are emptied (their indices returned, read as skipped),
    said once. Only when two such rows or more stand each right under a project's row.

    ``rows`` and ``header`` are the table's working copies (changed here).
    """
    fields = header.fields()
    title = fields.get("title")
    if title is None or "amount" in fields or header.yearly():
        return []
    found: list[tuple[int, list[tuple[str, FieldMatch]], list[int]]] = []
    for i in range(header.row + 2, len(rows)):
        label = clean_text(_cell(rows[i], title))
        if not label or "/" not in label or not clean_text(_cell(rows[i - 1], title)):
            continue
        parts = [p.strip() for p in label.split("/")]
        matches = [match_field(p) for p in parts]
        if len(parts) > 4 or any(m.field not in ("amount", "yearly") or m.strength < 1.0 for m in matches):
            continue
        if len({(m.field, m.year) for m in matches}) != len(matches):
            continue
        cols = [c for c in range(title + 1, len(rows[i])) if clean_text(rows[i][c])]
        if len(cols) != len(parts) or any(
            not (_FIGURE_NOT_GIVEN.fullmatch(clean_text(rows[i][c]) or "") or figure_in(rows[i][c]))
            for c in cols
        ):
            continue
        if any(clean_text(v) for c, v in enumerate(rows[i]) if c < title):
            continue
        found.append((i, list(zip(parts, matches, strict=True)), cols))
    if len(found) < 2:
        return []
    width = max(len(r) for r in rows)
    new: dict[tuple, int] = {}
    for _, labelled, _ in found:
        for part, m in labelled:
            new.setdefault((m.field, m.year), width + len(new))
            if new[(m.field, m.year)] not in header.columns:
                header.columns[new[(m.field, m.year)]] = m
                header.labels[new[(m.field, m.year)]] = part
    for row in rows:
        row.extend([None] * (width + len(new) - len(row)))
    for (_, _), col in new.items():
        rows[header.row][col] = header.labels[col]
    names = state.cell_names if state.cell_names is not None else {}
    for i, labelled, cols in found:
        for (_, m), c in zip(labelled, cols, strict=True):
            value = rows[i][c]
            if _FIGURE_NOT_GIVEN.fullmatch(clean_text(value) or ""):
                continue
            rows[i - 1][new[(m.field, m.year)]] = value
            names[(i - 1, new[(m.field, m.year)])] = state.cell(i, c)
        rows[i] = [None] * len(rows[i])
    state.cell_names = names
    state.issue(
        "info",
        "layout",
        f"rows {number_ranges([state.row_number(i) for i, _, _ in found])} each give the money of the project above "
        f"them ('{clean_text(state.grid.rows[found[0][0]][title])}' and its figures): read as that project's",
        found[0][0],
        title,
    )
    return [i for i, _, _ in found]


def _a_figure_cell(value) -> bool:
    """A cell holding a number, or a text with a figure in it."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return True
    return isinstance(value, str) and bool(figure_in(value))


def money_lines_under(state: SheetState, rows: list[list], header: Header) -> list[int]:
    """A table whose money columns are empty on each project's row, its money on a line under it, labelled in the
    title's column with the figures' unit and currency ("фінансування, тис. SEK" | 18 000 | 5 000 | 6 000): the
    figures go up to the project's row in their columns, in full and in that currency (each named by its cell), and
    the lines are emptied (their indices returned, read as skipped); said once. Only when two such lines or more
    stand each right under a project's row whose money cells are empty.

    ``rows`` and ``header`` are the table's working copies (changed here).
    """
    from mtd_analysis.ingest.values import ValueProblem, parse_amount

    fields = header.fields()
    title = fields.get("title")
    money = [c for c, m in header.columns.items() if m.field in ("amount", "yearly")]
    if title is None or not money:
        return []
    found: list[tuple[int, str, float]] = []
    for i in range(header.row + 2, len(rows)):
        if any(_cell(rows[i - 1], c) is not None and clean_text(_cell(rows[i - 1], c)) for c in money):
            continue  # the project's row has money of its own (the cheap test first: most rows have)
        label = clean_text(_cell(rows[i], title))
        if not label or len(label) > 60 or not clean_text(_cell(rows[i - 1], title)):
            continue
        said = match_field(label)
        if said.field != "amount" or said.currency is None:
            continue
        others = [c for c, v in enumerate(rows[i]) if clean_text(v) and c != title and c not in money]
        if others or not any(_a_figure_cell(_cell(rows[i], c)) for c in money):
            continue
        found.append((i, said.currency, said.scale))
    if len(found) < 2:
        return []
    names = state.cell_names if state.cell_names is not None else {}
    for i, currency, scale in found:
        for c in money:
            value = _cell(rows[i], c)
            try:
                read = parse_amount(value) if clean_text(value) else None
            except ValueProblem:
                read = None
            if read is None:
                if clean_text(value):
                    rows[i - 1][c] = value  # "-", or what the line's cell says: read at the project's row
                    names[(i - 1, c)] = state.cell(i, c)
                continue
            rows[i - 1][c] = f"{read.value * scale:.2f} {read.currency or currency}"
            names[(i - 1, c)] = state.cell(i, c)
        rows[i] = [None] * len(rows[i])
    state.cell_names = names
    state.issue(
        "info",
        "layout",
        f"rows {number_ranges([state.row_number(i) for i, _, _ in found])} each give the money of the project above "
        f"them, in the unit and currency their label says ('{clean_text(state.grid.rows[found[0][0]][title])}'): "
        "read as that project's",
        found[0][0],
        title,
    )
    return [i for i, _, _ in found]


def money_in_period(state: SheetState, rows: list[list], header: Header) -> None:
    """A period cell that gives the money too ("01.03.2021–28.02.2023 EUR 450,000", a "Period and budget" column)
    in a table with no amount column: the money is read as the amount, in a column of its own named by the period's
    cell; said once. An amount cell that gives the period first ("Period and budget" among a card's amounts) gives
    its period to the row's empty period cell."""
    fields = header.fields()
    col = fields.get("period")
    if col is not None and "amount" in fields:
        # "Period and budget: 01.03.2021–28.02.2023 SEK 4 500 000" under the amounts of a card's other rows
        for i, (period, money) in _period_and_money(rows, header.row, fields["amount"]).items():
            if not clean_text(_cell(rows[i], col)):
                rows[i][col], rows[i][fields["amount"]] = period, money
        return
    if col is None:
        return
    found = _period_and_money(rows, header.row, col)
    if not found:
        return
    new = max(len(r) for r in rows)
    label = header.labels.get(col, "")
    for row in rows:
        row.extend([None] * (new + 1 - len(row)))
    rows[header.row][new] = label
    header.columns[new] = FieldMatch("amount", None, None, 1.0)
    header.labels[new] = label
    names = state.cell_names if state.cell_names is not None else {}
    for i, (period, money) in found.items():
        rows[i][col], rows[i][new] = period, money
        names[(i, new)] = state.cell(i, col)
    state.cell_names = names
    state.issue(
        "info",
        "layout",
        f"column {col_letters(col)} '{label}' gives the period and the money in one cell ('{found[min(found)][0]} "
        f"{found[min(found)][1]}'): the money is read as the amount, at that cell",
        header.row,
        col,
    )


def _period_and_money(rows: list[list], header_row: int, col: int) -> dict[int, tuple[str, str]]:
    """The cells of a column holding a period and then money ("01.03.2021–28.02.2023 EUR 450,000"): row -> (period,
    money)."""
    from mtd_analysis.ingest.values import ValueProblem, _currency_pattern, parse_amount, parse_period

    found: dict[int, tuple[str, str]] = {}
    for i in range(header_row + 1, len(rows)):
        value = _cell(rows[i], col)
        text = value.strip() if isinstance(value, str) else None
        if not text or not _currency_pattern().search(text):
            continue
        for m in _currency_pattern().finditer(text):
            for cut in (m.start(), m.end()):  # "… EUR 450,000" or "… 450 000 EUR"
                head = text[:cut] if cut == m.start() else None
                if head is None:
                    digits = re.search(r"[\d\s.,'\u00a0]+$", text[: m.start()])
                    head = text[: digits.start()] if digits else None
                if not head or not head.strip():
                    continue
                try:
                    parse_period(head.strip(" ,;\n"))
                    amount = parse_amount(text[len(head) :].strip())
                except ValueProblem:
                    continue
                if amount is not None and amount.currency:
                    found[i] = (head.strip(" ,;\n"), text[len(head) :].strip())
                    break
            if i in found:
                break
    return found


def stops_short(value, money: bool) -> bool:
    """Whether a cell stops short of its end: a period ending on its dash, a money cell holding only a currency."""
    text = clean_text(value) if isinstance(value, str) else None
    if not text:
        return False
    if _OPEN_PERIOD.search(text):
        return True
    if money and not re.search(r"\d", text):
        try:
            return parse_currency(text) is not None
        except ValueError:
            return False
    return False


def _cell(row: list, c: int):
    return row[c] if c < len(row) else None


#: A line of a project's block giving its description ("Description: …", "Опис: …").
_DESCRIPTION_LINE = re.compile(
    r"(?:description|short description|опис|короткий опис|описание)\s*[:–—-]\s*", re.I
)


def project_blocks(state: SheetState, rows: list[list], header: Header) -> list[int]:
    """A table giving each project as a block of rows (its title alone on a row, perhaps a line of description,
    then a row of dates and money with no title): each block's cells are moved into its title row, where the
    project is read, each cell keeping its own name (``start_date=C6``), and the other rows are emptied.
    Done only when the table has two such blocks or more. Returns the rows emptied."""
    fields = header.fields()
    title = fields.get("title")
    if title is None:
        return []
    data = [fields[f] for f in ("amount", "start_date", "end_date", "period", "status") if f in fields]
    data += list(header.yearly())
    keys = [c for c in (title, fields.get("project_id")) if c is not None]

    def filled(row: list, cols) -> bool:
        return any(c < len(row) and row[c] is not None and clean_text(row[c]) for c in cols)

    blocks = []
    for i in range(header.row + 1, len(rows)):
        row = rows[i]
        if title >= len(row) or row[title] is None or filled(row, data):  # most rows: their money or dates
            continue
        text = clean_text(row[title])
        if not text or TOTAL_ROW.match(text.lower()):
            continue
        lines: list[int] = []
        for j in range(i + 1, min(i + 4, len(rows))):
            if all(PAGE_MARK.fullmatch(t) for v in rows[j] if (t := clean_text(v))):
                break  # "Сторінка 2 з 3" under a title's second line: the page's end, not the project's figures
            if filled(rows[j], data) and not filled(rows[j], keys):
                row_i = rows[i]
                clash = any(
                    clean_text(v) and c < len(row_i) and clean_text(row_i[c]) for c, v in enumerate(rows[j])
                )
                if not clash:  # a cell given on both rows: two rows of their own, not one project's block
                    blocks.append((i, lines, j))
                break
            alone = [c for c, v in enumerate(rows[j]) if clean_text(v)] == [title]
            if not alone:
                break
            lines.append(j)
    if len(blocks) < 2:
        return []
    description = fields.get("description")
    if description is None:  # the lines of description get a column of their own, beyond the table
        description = 1 + max([*header.columns, max(len(r) for r in rows) - 1])
        header.columns[description] = FieldMatch("description", None, None, 1.0)
        header.labels[description] = "description"
    state.cell_names = state.cell_names or {}
    absorbed = []
    for i, lines, j in blocks:
        row = rows[i]
        row.extend([None] * (max(len(rows[j]), description + 1) - len(row)))
        for c, value in enumerate(rows[j]):
            if clean_text(value) and not clean_text(row[c]):
                row[c] = value
                state.cell_names[(i, c)] = f"{col_letters(c)}{state.row_number(j)}"
        texts = [_DESCRIPTION_LINE.sub("", clean_text(rows[k][title]) or "", count=1) for k in lines]
        if texts and not clean_text(row[description]):
            row[description] = " ".join(texts)
            state.cell_names[(i, description)] = f"{col_letters(title)}{state.row_number(lines[0])}"
        for k in [*lines, j]:
            rows[k] = [None] * len(rows[k])
            absorbed.append(k)
    state.issue(
        "info",
        "layout",
        f"{grid_place(state.grid)} gives each project as a block of rows (its title, then its description, dates and "
        f"money below it): rows {number_ranges([state.row_number(k) for k in absorbed])} were read with the project "
        "named above them",
    )
    return absorbed


#: The words of a column telling a project's planned figures from its actual ones, row by row.
_PLAN_WORDS = re.compile(
    r"(?:план|plan|planned|plan\.|committed|commitment|budget|бюджет|передбачено)\.?", re.I
)


FACT_WORDS = re.compile(
    r"(?:факт|фактично|fact|actual|actuals|disbursed|disbursement|spent|expenditure|касові видатки|використано)\.?",
    re.I,
)


def plain_title(title: str | None) -> str:
    """A title as an actual row repeats its plan row's: case and a "(факт)" / "(actual)" mark set aside."""
    return normalise_key(_FACT_MARK.sub(" ", title or ""))


_FACT_MARK = re.compile(r"[(\[]\s*(?:факт|fact|actual|actuals|план|plan)\s*[)\]]", re.IGNORECASE)


def figures_column(rows: list[list], header: Header, width: int) -> int | None:
    """A column of no field whose cells say, row by row, "план" or "факт" (plan / actual): each project is given
    as a row of its plan and a row of what was spent. None when there is no such column."""
    for col in range(width):
        m = header.columns.get(col)
        if m is not None and m.field not in (None, "ignore"):
            continue
        words: set[str] = set()
        for r in rows[header.row + 1 :]:
            if col < len(r) and r[col] is not None and (text := clean_text(r[col])):
                words.add(text)
                if len(words) > 4:  # a column of many values: no such column (stop reading it)
                    break
        if not words or len(words) > 4:
            continue
        plan = [w for w in words if _PLAN_WORDS.fullmatch(w)]
        fact = [w for w in words if FACT_WORDS.fullmatch(w)]
        if plan and fact and len(plan) + len(fact) == len(words):
            return col
    return None


def status_above(state: SheetState, rows: list[list], header: Header) -> None:
    """A heading right above the table saying its projects' status ("PLANNED PROJECTS (pipeline)"): the rows
    with no status of their own take it, until a heading inside the table says another."""
    above = next((r for r in range(header.first_row - 1, -1, -1) if not blank_row(rows[r])), None)
    if above is not None:
        texts = [(c, text) for c, v in enumerate(rows[above]) if (text := clean_text(v))]
        over = len(texts) == 1 and min(header.columns, default=0) <= texts[0][0] <= max(
            header.columns, default=0
        )
        status = status_heading(texts[0][1]) if over else None
        if status:
            status_from_heading(state, status, above, *texts[0], "above the table says its projects' status")
            return
    # a workbook of one sheet per status ("Ongoing", "Pipeline", "Completed 2018-2020"): the sheet's name says it,
    # in words that name no other thing ("Current", "Active", "Planned" may be a sheet of planned disbursements)
    name = _YEARS_AFTER.sub("", clean_text(state.grid.sheet) or "")
    if _STATUS_SHEET.fullmatch(name) and (status := status_heading(name)):
        state.group_status = (status, "(sheet name)")
        state.issue(
            "info",
            "heading",
            f"the sheet's name ('{state.grid.sheet}') says its projects' status: a project row with no status of "
            f"its own is {status}",
            header.row,
        )


#: A sheet's name that says its projects' status and nothing else: "Ongoing", "Pipeline", "Completed projects".
_STATUS_SHEET = re.compile(
    r"(?:(?:ongoing|on-going|pipeline|completed|closed|cancell?ed|withdrawn)(?:\s+projects)?"
    r"|(?:projects?\s+)?(?:ongoing|pipeline|completed|cancell?ed)|реалізуються|реалізовані|завершені|скасовані"
    r"|проєкти,?\s+що\s+реалізуються|заплановані\s+проєкти|реализуемые|завершенные|отмен[её]нные"
    r"|планируемые\s+проекты)",
    re.IGNORECASE,
)
#: Years after a name ("Completed 2018-2020", "Завершені (2019–2020)").
_YEARS_AFTER = re.compile(r"\s*\(?(?:19|20)\d\d(?:\s*[-–—]\s*(?:19|20)?\d\d)?\)?\s*$")


def status_from_heading(state: SheetState, status: str, index: int, col: int, text: str, says: str) -> None:
    """The status a heading gives the project rows below it that have none of their own, said at its cell."""
    state.group_status = (status, state.cell(index, col))
    state.issue(
        "info",
        "heading",
        f"row {state.row_number(index)} {says} ('{text}'): a project row with no status of its own is {status}",
        index,
        col,
    )


#: Phrases by which a remark says a project's status (not stems: "Підготовка 200 суддів" is training, not planning).
_REMARKED_STATUSES = (
    (
        "cancelled",
        re.compile(
            r"\b(?:cancel(?:l)?ed|cancellation|withdrawn|terminated)\b|скасован|скасуванн|відкликан|відмінен|отменен"
            r"|отмен[аеуы]\b|отозван|аннулирован",
            re.IGNORECASE,
        ),
    ),
    (
        "planned",
        re.compile(
            rf"{NOT_YET_AGREED}|\bpipeline\b|заплановано|планується|планируется",
            re.IGNORECASE,
        ),
    ),
    ("suspended", re.compile(r"\bsuspended\b|\bon hold\b|призупинен|приостановлен", re.IGNORECASE)),
)


#: A remark saying a project's dates moved to a time ("moved to 2022", "start postponed to 01/01/2022",
#: "перенесено на 2022 рік"), not elsewhere ("moved to new premises", "перенесено в онлайн формат").
_DATES_MOVED = re.compile(
    r"(?:postponed|moved|shifted|rescheduled|extended|delayed|перенесен\w*|відкладен\w*|продовжен\w*|отложен\w*"
    r"|продл[её]н\w*)\s+(?:to|until|till|by|на|до|в|у)\s+(?:the\s+)?(?:\d|q[1-4]\b|[ivx]+\s*(?:кв|quarter)|jan|feb|mar"
    r"|apr|may|jun|jul|aug|sep|oct|nov|dec|січ|лют|бер|квіт|трав|черв|лип|серп|верес|жовт|листоп|груд|янв|фев|мар"
    r"|апр|мая|май|июн|июл|авг|сент|окт|нояб|дек|next year|наступн|следующ)",
    re.IGNORECASE,
)
#: Money moved to a later year, not the project's dates: "остаток перенесен на 2022 г.", "the balance was moved to
#: 2022", "залишок коштів перенесено на 2022 рік".
_MONEY_MOVED = re.compile(
    r"(?:остат\w*|залиш\w*|решт\w*|кошт\w*|средств\w*|balance|remainder|remaining|unspent|funds?|money)\s+"
    r"(?:\w+\s+){0,2}?(?:(?:was|were|is|are|has been|have been|буде|было|будет)\s+)?"
    r"(?:перенес\w*|moved|shifted|carried|transferred|rolled)",
    re.IGNORECASE,
)
#: An extension of the project's end to a day: "No-cost extension until 30.06.2022 approved", "термін реалізації
#: продовжено до 31.12.2022", "(продлен до 31.03.2022)".
_EXTENDED_TO = re.compile(
    r"(?:no[- ]cost extension|extension|extended|продовжен\w*|продовження|продл[её]н\w*|продление)"
    # only words of what is extended may stand between: "extended until", "продовжено без збільшення бюджету до"
    r"(?:\s+(?:of\s+the\s+|the\s+|of\s+)?(?:project|agreement|contract|period|term|implementation|action|performance|грант\w*"
    r"|проєкт\w*|проект\w*|угод\w*|договор\w*|термін\w*|строк\w*|срок\w*|реалізац\w*|реализац\w*|дії|действи\w*"
    r"|без\s+(?:збільшення|увеличения)\s+(?:бюджету|бюджета)|at\s+no\s+cost|no[- ]cost))*"
    r"\s+(?:until|till|to|through|до|по)\s+(?P<date>\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}"
    r"|\d{1,2}\s+[^\W\d_]+\.?\s+\d{4}|\d{1,2}[./]\d{4}|[^\W\d_]{3,}\.?\s+\d{4})",  # "06.2023", "June 2023": the month's end
    re.IGNORECASE,
)
#: A change asked for, awaited, discussed or refused, not agreed: it changes nothing (looked for in its own clause).
NOT_AGREED = re.compile(
    # the statuses' words of a project not yet agreed, and those of a change asked for, discussed, refused or to come
    rf"{NOT_YET_AGREED}|request|pending|propos|discuss|reject|refus|declin|not (?:yet )?(?:granted|agreed|approved)"
    r"|cancel|withdrawn|denied|needs?\b[^.;]{0,30}approval|subject to|скасов|відкликан|не підтриман|не схвален"
    r"|отмен|отозван|не поддержан|не одобрен"
    # "may" the verb, not the month ("increased in May 2021", "May 15")
    r"|to be (?:approved|agreed|signed)|\bwill\b|\bmay\b(?!\s*(?:19|20)\d\d|\s+\d{1,2}\b)|\bmight\b|possibl|likely"
    r"|expected|запит|запрош|очіку"
    r"|обговор|відхил|відмов|можлив|планує|запрос|ожида|обсужда|отклон|отказ|возможн|планиру|буде|будет"
    r"|не погоджен|не согласован",
    re.IGNORECASE,
)
#: The project's own close given beside another extension ("contract extended till 31.03.2022, project closes 31.12.2021").
_CLOSES = re.compile(r"\bclos(?:es|ing)\b|\bends\b|завершу|закінчу|заканчива", re.IGNORECASE)


#: "At the request of the MoIA …", "На запит МВС …": whose wish it was, not a change still asked for.
_AT_THE_REQUEST = re.compile(
    r"at the request of|upon request of|на запит|на прохання|по запросу|по просьбе", re.I
)


def _clause(text: str, start: int, end: int) -> str:
    """The clause of ``text`` around ``start``..``end`` (between sentence stops and semicolons), without the words
    saying at whose request it was done."""
    left = max(text.rfind(". ", 0, start), text.rfind(";", 0, start))
    right = min([k for k in (text.find(". ", end), text.find(";", end)) if k >= 0], default=len(text))
    return _AT_THE_REQUEST.sub(" ", text[left + 1 : right])


#: A remark correcting a mistyped end date: "End date typed wrong in the tracker: the activity ends 05/31/2022".
_CORRECTED_END = re.compile(
    r"(?:typed wrong|mistyped|typo|wrong(?:ly)? typed|помилк\w*|ошибк\w*|описк\w*)[^.;]*?"
    r"(?:ends?|end date|завершу\w*|закінчу\w*|заканчива\w*|дата завершення|дата окончания)\s*(?:is|on|:|–|-)?\s*"
    r"(?P<date>\d{1,2}[./]\d{1,2}[./](?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2})",
    re.IGNORECASE,
)


def corrected_end(text) -> dt.date | None:
    """The end date a remark gives where it corrects a mistyped one, else None.

    Examples
    --------
    >>> corrected_end("End date typed wrong in the tracker: the activity ends 05/31/2022")
    datetime.date(2022, 5, 31)
    >>> corrected_end("Ends 31.12.2022") is None
    True
    """
    from mtd_analysis.ingest.values import ValueProblem, parse_date

    found = _CORRECTED_END.search(clean_text(text) or "") if isinstance(text, str) else None
    if found is None:
        return None
    try:
        return parse_date(found["date"], end=True)
    except ValueProblem:
        return None


def extended_end(text) -> dt.date | None:
    """The day a remark or a date cell extends a project's end to, when its clause says it was agreed; else None.

    Examples
    --------
    >>> extended_end("No-cost extension until 30.06.2022 approved"), extended_end("31.12.2021 (продлен до 31.03.2022)")
    (datetime.date(2022, 6, 30), datetime.date(2022, 3, 31))
    >>> extended_end("Extension until 30.06.2022 requested") is None, extended_end("moved to 2022") is None
    (True, True)
    >>> extended_end("Extended until 30.06.2022. A further extension to 31.12.2022 requested.")
    datetime.date(2022, 6, 30)
    >>> extended_end("Phase II extended to Kharkiv oblast, new agreement until 31.12.2023") is None
    True
    >>> extended_end("2021–2022 (extended to 06.2023)"), extended_end("extended until June 2023")
    (datetime.date(2023, 6, 30), datetime.date(2023, 6, 30))
    >>> extended_end("2021–2022 (extended to 06.2023; second extension to 31.12.2023)")
    datetime.date(2023, 12, 31)
    """
    from mtd_analysis.ingest.values import ValueProblem, parse_date

    text = clean_text(text) if isinstance(text, str) else None
    # a second extension agreed after the first ends the project later: the latest agreed is the end
    agreed: list[dt.date] = []
    for found in _EXTENDED_TO.finditer(text or ""):
        clause = _clause(text, found.start(), found.end())
        if NOT_AGREED.search(clause) or _CLOSES.search(clause):
            continue
        try:
            end = parse_date(found["date"], end=True)
        except ValueProblem:
            continue
        if end is not None:
            agreed.append(end)
    return max(agreed) if agreed else None


#: A remark changing the amount from one figure to another: "Reduced from 500 000 to 350 000 in Aug 2021",
#: "Бюджет скорочено з 500 000 до 350 000 CHF", "Бюджет увеличен с 200 000 до 260 000".
_AMOUNT_CHANGED = re.compile(
    r"(?:reduced|increased|cut|changed|revised|amended|raised|lowered|скорочен\w*|зменшен\w*|збільшен\w*"
    r"|змінен\w*|сокращен\w*|уменьшен\w*|увеличен\w*|изменен\w*)\b[^.;]{0,30}?"
    # "from 500 000 to 350 000", or "to 300 000 €" alone (the old figure is the row's)
    r"(?:\b(?:from|з|із|с|від|от)\s+(?:(?P<cur_old>(?-i:[A-Z]{3})|[€$£])\s?)?(?P<old>\d[\d\s\u00a0.,']*\d|\d)\s+)?"
    # "to 350 000 EUR", or the currency first: "to GBP 450,000"
    r"\b(?:to|до)\s+(?:(?P<cur>(?-i:[A-Z]{3})|[€$£])\s?)?(?P<new>\d[\d\s\u00a0.,']*\d|\d)(?P<after>\s*\S*)",
    re.IGNORECASE,
)
#: A remark correcting one year's figure, or a part of a year's: "2021 figure corrected to USD 350,000", "UPDATED: H2
#: 2021 disbursement increased to SEK 2,750,000", "сумма за IV кв. исправлена: 150 000".
_PART_WORD = (
    r"(?:H[12]|Q[1-4]|[IVІ]{1,3}\s*(?:кв\.?|квартал\w*|півріччя|полугоди\w*)"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s*[-–]\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)"
)
_YEAR_FIGURE_CHANGED = re.compile(
    rf"(?<![\w.])(?P<what>(?:{_PART_WORD}\s*)?20\d\d(?:\s*(?:г|р|рік|року|года)\.)?(?:\s*{_PART_WORD})?|{_PART_WORD})"
    r"(?![\w])[^.;\d]{0,40}?"
    r"(?:corrected|revised|increased|reduced|changed|amended|updated|исправлен\w*|виправлен\w*|скоригован\w*"
    r"|скорректирован\w*|увеличен\w*|уменьшен\w*|збільшен\w*|зменшен\w*|изменен\w*|змінен\w*|уточнен\w*)"
    r"(?:\s+(?:by\s+the\s+donor|донором))?"
    r"\s*(?:to|до|на)?\s*:?\s*(?:(?P<cur>(?-i:[A-Z]{3})|[€$£])\s?)?(?P<new>\d[\d\s\u00a0.,']*\d|\d)(?P<after>\s*\S*)",
    re.IGNORECASE,
)


def year_figure_changed(text) -> tuple[int | None, str | None, float, str | None] | None:
    """(year, months, new figure, currency) when an agreed remark corrects one year's figure or a part of a year's
    (the months as :func:`~mtd_analysis.ingest.columns.year_part` gives them; None for a whole year); else None.

    Examples
    --------
    >>> year_figure_changed("2021 figure corrected to USD 350,000")
    (2021, None, 350000.0, 'USD')
    >>> year_figure_changed("UPDATED: H2 2021 disbursement increased to SEK 2,750,000")
    (2021, '07-12', 2750000.0, 'SEK')
    >>> year_figure_changed("сумма за IV кв. исправлена: 150 000"), year_figure_changed("Trainees increased to 40")
    ((None, '10-12', 150000.0, None), None)
    """
    from mtd_analysis.ingest.columns import year_part
    from mtd_analysis.ingest.values import _MULT_PATTERN, ValueProblem, currency_in_text, parse_amount

    text = clean_text(text) if isinstance(text, str) else None
    found = _YEAR_FIGURE_CHANGED.search(text) if text else None
    if found is None or NOT_AGREED.search(text or "") or _A_DATE.fullmatch(found["new"].strip()):
        return None
    unit = _MULT_PATTERN.match(found["after"].strip())  # "850 тис. дол. США": the figure's multiplier
    try:
        new = parse_amount(found["new"] + (" " + unit.group(0) if unit else ""))
    except ValueProblem:
        return None
    if new is None or re.fullmatch(r"(?:19|20)\d\d", found["new"].strip()):
        return None
    currency = currency_in_text(found["cur"]) if found["cur"] else None
    if currency is None:
        currency = currency_in_text(text[found.end("new") : found.end("new") + 25])
    if currency is None and found["after"].strip():
        currency = currency_in_text(found["after"])
    what = found["what"]
    part = year_part(what)
    year = re.search(r"20\d\d", what)
    if part is not None:
        return part[0], part[1], new.value, currency
    return None if year is None else (int(year[0]), None, new.value, currency)


def _year_column_named(header: Header, year: int | None, months: str | None) -> int | None:
    """The one year column a remark's correction names: of that year (when it says one) and those months (a whole
    year's column when it names none); None when there is no such column, or more than one."""
    named = [
        col
        for col, y in header.yearly().items()
        if (year is None or y == year) and header.columns[col].part == months
    ]
    return named[0] if len(named) == 1 else None


#: The whole budget as what a remark changes ("Budget", "The total budget was", "Бюджет проєкту"), nothing narrower.
_WHOLE_BUDGET = re.compile(
    r"(?:the\s+)?(?:total\s+|overall\s+|project\s+)?(?:budget|amount|contribution|grant|funding)"
    r"(?:\s+of\s+the\s+(?:project|action|grant))?(?:\s+(?:was|has\s+been|is))?"
    r"|(?:загальний\s+)?(?:бюджет|сума|внесок|обсяг\s+фінансування)(?:\s+(?:проєкту|проекту|програми))?"
    r"|(?:общий\s+)?(?:бюджет|сумма|взнос)(?:\s+(?:проекта|программы))?",
    re.IGNORECASE,
)
#: A figure that is a date ("31.03.2022", "2022-03-31"), not an amount.
_A_DATE = re.compile(r"\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{1,2}-\d{1,2}")
#: Words saying the figures changed are money: the budget, the amount, the contribution.
_MONEY_SAID = re.compile(
    r"budget|amount|funding|contribution|allocation|grant|value|cost|бюджет|сум[аи]|сумм|фінансуван|финансирован"
    r"|вартіст|стоимост|внес|взнос",
    re.IGNORECASE,
)


#: A remark giving the MIA sector's part of a multi-sector project's money: "of which MIA / law enforcement: 30%",
#: "з них на МВС – 30 %", "в т.ч. для МВД: 25%", "MIA share: 40%", "частка МВС 30%". Only the sector's words and
#: punctuation stand between the sector and the figure: "MIA share of trainees: 40%" is about people.
_SECTOR = r"(?:MIA|МВС|МВД|law[- ]enforcement(?: sector)?|правоохорон\w*(?: сектор\w*)?|правоохранит\w*(?: сектор\w*)?)"
_SECTOR_WORDS = rf"(?:\s*(?:/|,|and|та|і|и)?\s*{_SECTOR})*(?:\s+(?:sector|сектор\w*|component|компонент\w*|system|систем\w*))?"
_SECTOR_SHARE = re.compile(
    rf"(?:(?:{OF_WHICH})\s*(?:for |to |на |для )?(?:the )?(?:систем\w*\s+)?{_SECTOR}{_SECTOR_WORDS}"
    rf"|{_SECTOR}{_SECTOR_WORDS}\s*(?:share|part|portion|частк\w*|доля|дол[іи])"
    rf"|(?:share|part|portion|частк\w*|доля|дол[іи])\s+(?:of |for |для |на )?(?:the )?{_SECTOR}{_SECTOR_WORDS})"
    r"\s*[:–—-]?\s*(?P<pct>\d{1,3}(?:[.,]\d+)?)\s*%",
    re.IGNORECASE,
)


_OF_PEOPLE = re.compile(
    r"\s*(?:of\s+(?:the\s+)?)?(?:trainee|participant|person|people|staff|personnel|officer|student|beneficiar"
    r"|навчен|учасник|осіб|особ|персонал|слухач|працівник|лиц|сотрудник|обучен|участник)",
    re.IGNORECASE,
)


def sector_share(text) -> float | None:
    """The MIA sector's part in percent of a multi-sector project's money, from a remark; None when the remark gives
    none, or gives a change ("grew by 30%") or work done ("30% delivered").

    Examples
    --------
    >>> sector_share("Multi-sector programme; of which MIA / law enforcement: 30%"), sector_share("з них на МВС – 25 %")
    (30.0, 25.0)
    >>> sector_share("of which MIA system: 30%"), sector_share("из них система МВД: 30 %")
    (30.0, 30.0)
    >>> sector_share("of which MIA system: 30% of trainees") is None
    True
    >>> sector_share("Police training 30% delivered") is None, sector_share("MIA share increased by 10%") is None
    (True, True)
    """
    text = clean_text(text) if isinstance(text, str) else None
    found = _SECTOR_SHARE.search(text) if text else None
    if found is None or CHANGE_SAID.search(text) or _DELIVERED.search(text):
        return None
    if _OF_PEOPLE.match(text, found.end()):  # "… 30% of trainees", "40 % навчених осіб": a share of people
        return None
    share = float(found["pct"].replace(",", "."))
    return share if 0 < share < 100 else None


def _amount_is_the_sectors(header: Header) -> bool:
    """Whether the amount column already names the sector ("MIA component, DKK"): a remark's share is not applied
    to it again."""
    col = header.fields().get("amount")
    label = header.labels.get(col, "") if col is not None else ""
    return bool(label) and re.search(_SECTOR, label, re.IGNORECASE) is not None


#: Work done, not a share of money: "30% delivered", "виконано на 30%".
_DELIVERED = re.compile(r"deliver|disburs|spent|complet|викона|освоєн|выполн|освоен", re.IGNORECASE)


def amount_changed(text) -> tuple[float | None, float, str | None] | None:
    """(old, new, currency or None) when an agreed remark changes the budget from one figure to another; else None.
    The remark must name the money (budget, amount, a currency after the new figure): "Trainees increased from 1 000
    to 2 000" changes no amount. A remark giving the new figure alone ("Budget reduced to 300 000 €") gives no
    old one (None): the whole budget must be what it changes ("The 2021 tranche was reduced to …" is not).

    Examples
    --------
    >>> amount_changed("Reduced from 500 000 to 350 000 EUR in Aug 2021"), amount_changed("Budget increase requested")
    ((500000.0, 350000.0, 'EUR'), None)
    >>> amount_changed("Бюджет скорочено з 500 000 до 350 000 CHF у серпні 2021 р.")
    (500000.0, 350000.0, 'CHF')
    >>> amount_changed("Trainees increased from 1 000 to 2 000") is None, amount_changed("Reduced from 500 000 to 350 000")
    (True, (500000.0, 350000.0, None))
    >>> amount_changed("Бюджет скорочено до 300.000,00 €"), amount_changed("Training days reduced to 20") is None
    ((None, 300000.0, 'EUR'), True)
    >>> amount_changed("Погоджено продовження строку без збільшення бюджету до 31.03.2022") is None
    True
    >>> amount_changed("Budget reduced to GBP 450,000 in June 2021"), amount_changed("Total budget revised to GBP 400,000")
    ((None, 450000.0, 'GBP'), (None, 400000.0, 'GBP'))
    """
    from mtd_analysis.ingest.values import _MULT_PATTERN, ValueProblem, currency_in_text, parse_amount

    text = clean_text(text) if isinstance(text, str) else None
    found = _AMOUNT_CHANGED.search(text) if text else None
    if found is None or any(_A_DATE.fullmatch((found[k] or "").strip()) for k in ("old", "new")):
        return None  # "продовження без збільшення бюджету до 31.03.2022": a date, not an amount
    clause = _clause(text, found.start(), found.end("new"))
    currency = currency_in_text(found["after"]) if found["after"].strip() else None
    if currency is None and found["cur"]:
        currency = currency_in_text(found["cur"])  # "Budget reduced to GBP 450,000 in June 2021"
    subject = text[
        max(text.rfind(". ", 0, found.start()), text.rfind(";", 0, found.start())) + 1 : found.start()
    ]
    if NOT_AGREED.search(clause):
        return None
    # what changed: the money when the remark says so, or when nothing else is named before the verb
    # ("Reduced from 500 000 to 350 000"); "Trainees increased from 1 000 to 2 000" is another figure
    if not (currency or _MONEY_SAID.search(clause)) and re.search(r"[^\W\d_]{3,}", subject):
        return None
    if found["after"].strip() and not currency and re.match(r"\s*[^\W\d_]{3,}", found["after"]):
        if not _MONEY_SAID.search(found["after"]):  # "to 2 000 participants": another figure
            return None
    if found["old"] is None:  # the new figure alone: only the whole budget's ("Budget reduced to 300 000 €")
        after = found["after"].strip()
        if (
            not _WHOLE_BUDGET.fullmatch(subject.strip(" ,.;:()"))
            or re.fullmatch(r"(?:19|20)\d\d", found["new"].strip())
            or after.startswith("%")
        ):
            return None  # "The 2021 tranche was reduced to …", "cut to 30%", "reduced to 2022"
        unit = _MULT_PATTERN.match(after)  # "reduced to 300k EUR", "до 1,2 млн": the figure's multiplier
        try:
            new = parse_amount(found["new"] + (" " + unit.group(0) if unit else ""))
        except ValueProblem:
            return None
        return None if new is None else (None, new.value, currency)
    try:
        old, new = parse_amount(found["old"]), parse_amount(found["new"])
    except ValueProblem:
        return None
    if old is None or new is None or re.fullmatch(r"(?:19|20)\d\d", found["old"].strip()):
        return None  # "from 2020 to 2021 plan": years, not money
    return old.value, new.value, currency


#: One step of a remark changing the row's money: "increased to 450 000", "reduced by 40 000", "further increased by
#: 25 000", "збільшено на 25 000" (by), "уменьшен до 300 000" (to).
_MONEY_STEP = re.compile(
    r"(?<![^\W\d_])(?P<verb>increased|reduced|raised|cut|lowered|decreased|topped\s+up|збільшен\w*|зменшен\w*"
    r"|скорочен\w*|увеличен\w*|уменьшен\w*|сокращен\w*)"
    r"\s+(?P<how>to|by|до|на)\s+(?:(?P<cur>(?-i:[A-Z]{3})|[€$£])\s?)?(?P<figure>\d[\d\s\u00a0.,']*\d|\d)"
    r"(?P<after>\s*[^\s;,.]*)",
    re.IGNORECASE,
)
_STEP_DOWN = re.compile(r"reduc|cut|lower|decreas|зменш|скороч|уменьш|сокращ", re.IGNORECASE)
#: What may stand before a step in its clause: nothing, "further", "then", "and", or the money's name.
_STEP_SUBJECT = re.compile(
    r"(?:(?:and|then|further|later|далі|потім|затем|далее|ще|еще|и|і|та)\s*)*", re.IGNORECASE
)


def money_steps(text) -> tuple[list[tuple[str, float]], str | None] | None:
    """The steps by which an agreed remark changes the row's money, in their order, and the currency it names:
    ``("to", figure)`` or ``("by", signed figure)``. None when it has none, when a step changes another figure
    (participants, days: a word after the figure that is no money's), a share or a year, or is not agreed.

    A remark naming the old figure too ("from 500 000 to 350 000") is read by :func:`amount_changed`.

    Examples
    --------
    >>> money_steps("increased to 610 000 in March 2021; further increased by 25 000 in Oct 2021")
    ([('to', 610000.0), ('by', 25000.0)], None)
    >>> money_steps("reduced by 40 000 (budget realignment, Sept 2021)"), money_steps("Бюджет зменшено на 40 000 грн")
    (([('by', -40000.0)], None), ([('by', -40000.0)], 'UAH'))
    >>> money_steps("Trainees increased to 40"), money_steps("increased to 40 participants"), money_steps("no change")
    (None, None, None)
    >>> money_steps("Increase to 500 000 requested") is None, money_steps("cut by 10%") is None
    (True, True)
    >>> money_steps("Budget of component 2 reduced to 50 000 EUR") is None  # a part of the budget
    True
    """
    from mtd_analysis.ingest.values import _MULT_PATTERN, ValueProblem, currency_in_text, parse_amount

    text = clean_text(text) if isinstance(text, str) else None
    if not text:
        return None
    steps: list[tuple[str, float]] = []
    currency = None
    for found in _MONEY_STEP.finditer(text):
        clause = _clause(text, found.start(), found.end())
        left = max(text.rfind(". ", 0, found.start()), text.rfind(";", 0, found.start()), -1) + 1
        # what changed: nothing named before the verb (the row's money), or the whole budget; not a part of it
        # ("Budget of component 2 reduced to 50 000 EUR"), nor another figure ("Trainees increased to 40")
        subject = text[left : found.start()].rsplit(":", 1)[-1].strip(" ,:-–—")
        if NOT_AGREED.search(clause) or not (
            _STEP_SUBJECT.fullmatch(subject) or _WHOLE_BUDGET.fullmatch(subject)
        ):
            return None
        figure, after = found["figure"].strip(), found["after"].strip()
        if _A_DATE.fullmatch(figure) or re.fullmatch(r"(?:19|20)\d\d", figure) or after.startswith("%"):
            return None
        said = (
            currency_in_text(found["cur"]) if found["cur"] else (currency_in_text(after) if after else None)
        )
        unit = _MULT_PATTERN.match(after)
        if after and not said and not unit and re.match(r"[^\W\d_]{3,}", after):
            if not re.fullmatch(r"in|on|at|from|since|у|в|з|с|від|от", after, re.IGNORECASE):
                return None  # "to 40 participants": another figure
        try:
            value = parse_amount(figure + (" " + unit.group(0) if unit else ""))
        except ValueProblem:
            return None
        if value is None:
            return None
        currency = currency or said
        if found["how"].lower() in ("to", "до"):
            steps.append(("to", value.value))
        else:
            steps.append(("by", -value.value if _STEP_DOWN.search(found["verb"]) else value.value))
    return (steps, currency) if steps else None


#: A remark giving a year's part of the amount ("у т.ч. на 2021 рік – 120 000,00 PLN", "у т.ч. у 2021 р. – 210 000
#: CHF", "of which 2021: 150 000"), or the money set aside for a year ("в 2021 г. предусмотрено 1 000 000,00 долл.
#: США", "у 2021 році передбачено 300 000 грн", "for 2021 allocated: EUR 150 000").
_YEAR_PART_SAID = re.compile(
    rf"(?:{OF_WHICH})\s*(?:на\s+|in\s+|for\s+|за\s+|у\s+|в\s+|во\s+)?(?P<year>20\d\d)\D{{0,12}}\d"
    r"|(?<![^\W\d_])(?:на|in|for|у|в|во)\s+(?P<year2>20\d\d)(?![\d.,/–—-])\s*"
    r"(?:г\.|гг\.|р\.|рік|році|року|году|год|year)?\s*"
    r"(?:предусмотрен[оыа]?|запланирован[оыа]?|выделен[оыа]?|передбачен[оіа]?|заплановано|заплановані|виділен[оіа]?"
    r"|planned|foreseen|allocated|budgeted|earmarked)"
    r"\s*[:–—-]?\s*(?P<sum>(?:[^\W\d_]{1,6}\.?\s*)?\d[^;(]*)"
    # a remark opening on the year as a label: "CY2021 planned: 1,750,000", "2021: USD 1.0M (not yet confirmed)"
    r"|^\s*(?:CY\s?)?(?P<year3>20\d\d)(?!\d)\s*(?:р\.|рік|г\.|год|year)?\s*(?:planned|plan|budget|allocated|план|заплановано)?"
    r"\s*(?:[:=]|\s[–—-]|[–—-]\s)\s*(?![12]\d{3}(?:\D|$))(?!\d{1,2}[-./]\d)(?P<sum3>(?:[^\W\d_]{1,6}\.?\s*)?\d[^;(]*)",
    re.IGNORECASE,
)


def _year_part_in(text: str) -> re.Match | None:
    """A remark's year part (:data:`_YEAR_PART_SAID`); money set aside for a year counts only when what follows
    is a sum ("в 2021 г. предусмотрено 1 000 000,00 долл. США", not "… 5 000 тренингов")."""
    part = _YEAR_PART_SAID.search(text)
    if part is None or part["year"]:
        return part
    if (
        not money_only((part["sum"] or part["sum3"]).strip(" .,"))
        or _SOMEONE_ELSES.search(text)
        or _A_PART.search(text)
    ):
        return None  # "Співфінансування МВС: у 2021 р. передбачено 500 000", "Друга фаза: …", "Всього по Україні …"
    return part


#: A remark on money besides the partner's: co-funding, the national or local budgets', a country's whole total.
_SOMEONE_ELSES = re.compile(
    rf"{COFINANCING.pattern}|{LOCAL_BUDGETS}|\bбюджет\w* (?:МВС|МВД)|всього|всего"
    r"|\btotal\b|фаз[аиі]|phase",
    re.IGNORECASE,
)


#: A remark giving a year's share of the amount ("35% in 2021", "40 % у 2021 році", "30% in 2021 (final tranche)").
_YEAR_SHARE_SAID = re.compile(
    r"(?<![\d.,])(?P<pct>\d{1,2}(?:[.,]\d+)?)\s*%[^\d%.;]{0,40}?\b(?:in|for|у|в|на)\s+(?P<year>20\d\d)"
    r"(?!\s*[-–—/]\s*\d)"
    # "На 2021 рік припадає 35 % загального бюджету", "На 2021 год приходится около четверти бюджета (25 %)"
    r"|(?<![^\W\d_])(?:на|in|for|у|в)\s+(?P<year2>20\d\d)(?!\s*[-–—/]\s*\d)[^\d%.;]{0,60}?"
    r"(?<![\d.,])(?P<pct2>\d{1,2}(?:[.,]\d+)?)\s*%",
    re.IGNORECASE,
)
#: A percentage that is no share of the project's money by year: a fee, co-financing, a municipality's part.
_NOT_A_SHARE_OF_IT = re.compile(
    rf"fee|overhead|admin|{COFINANCING.pattern}|{LOCAL_BUDGETS}",
    re.IGNORECASE,
)
#: A remark putting all of the money in one year: "Entire amount obligated; to be spent in calendar 2021 (April-December)",
#: "средства полностью освоены в 2020 г."; not a span of years ("fully funded for 2021-2022").
_WHOLE_IN_ONE_YEAR = re.compile(
    rf"(?:{ALL_OF_IT_WORDS})[^\d]{{0,50}}?(?<![\d.,/–—-])(?P<year>20\d\d)(?!\d)(?!\s*[-–—/]\s*\d)",
    re.IGNORECASE,
)
#: A remark saying a year has no money: "фінансування у 2021 році не передбачене", "в 2021 г. финансирование не
#: предусмотрено", "no funding planned for 2021", "no 2021 funding".
_NO_MONEY_IN_YEAR = re.compile(
    r"(?:фінансуван\w*|кошт\w*|финансирован\w*|средств\w*|funding|funds|disbursements?)\s+(?:\w+\s+){0,2}?"
    r"(?:у|в|на|in|for)\s+(?P<year>20\d\d)(?!\d)\s*(?:р\.|році|рік|року|г\.|году|год|year)?\s*"
    r"(?:не\s+(?:передбачен\w*|предусмотрен\w*|заплановано|запланировано)|(?:is\s+|are\s+)?not\s+(?:planned|foreseen"
    r"|envisaged|expected))"
    r"|(?:у|в|in)\s+(?P<year2>20\d\d)(?!\d)\s*(?:р\.|році|рік|року|г\.|году|год)?\s*,?\s*(?:фінансуван\w*|кошт\w*"
    r"|финансирован\w*|средств\w*)\s+не\s+(?:передбачен\w*|предусмотрен\w*|заплановано|запланировано)"
    r"|\bno\s+(?:(?P<year3>20\d\d)\s+)?(?:funding|funds|disbursements?)\b(?(year3)|\s+(?:is\s+|are\s+)?(?:planned|foreseen"
    r"|expected|envisaged)?\s*(?:in|for)\s+(?P<year4>20\d\d))",
    re.IGNORECASE,
)
#: Words of work done, not money: "80% implemented in 2021", "виконано на 45 % у 2021 р." is no share of the budget.
_PROGRESS_SAID = re.compile(
    r"implement|complet|progress|achiev|\bdone\b|deliver|викон|реаліз|выполн|реализ|освоєн|освоен|готовн",
    re.IGNORECASE,
)
#: A remark about a part of the project ("tender cancelled", "next phase under preparation"), not the whole.
_A_PART = re.compile(
    r"tender|phase|component|report|activit|training|event|amendment|addendum|тендер|етап|компонент|звіт|захід"
    r"|заходи|тренінг|поправк|доповненн|додатков|дополнени"
    r"|этап|отчет|отчёт|мероприят",
    re.IGNORECASE,
)
_NEGATION = re.compile(r"(?:^|\s)(?:not|no|never|не|ні|нет)\s+\S*$", re.IGNORECASE)


def _status_said(text: str) -> str | None:
    """The status a remark gives the whole project: a status word among its first three words, not negated
    ("not cancelled") and not about a part of it ("tender cancelled and re-announced")."""
    if _A_PART.search(text):
        return None
    for status, pattern in _REMARKED_STATUSES:
        found = pattern.search(text)
        if found and len(text[: found.start()].split()) <= 2 and not _NEGATION.search(text[: found.start()]):
            return status
    return None


#: A remark telling what happened to the project: it was withdrawn or cancelled ("withdrawn by donor in May 2021",
#: "скасовано до початку", "отозван донором"), or its agreement signed on a date ("Financing agreement signed
#: 14.10.2021", "підписано 05.02.2021").
_SIGNED = re.compile(r"\bsigned\b|підписан\w*|подписан\w*", re.IGNORECASE)
_ON_A_DATE = re.compile(
    r"\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d"
    r"|\b\d{1,2}\s+[^\W\d_]{3,}\s+(?:19|20)\d\d|[^\W\d_]{3,}\s+\d{1,2},?\s+(?:19|20)\d\d|[^\W\d_]{3,}\s+(?:19|20)\d\d"
)
_PENDING = re.compile(
    r"pending|awaiting|not yet|expected|to be signed|to follow|очіку|ще не|планується|ожида|еще не|ещё не"
    r"|буде підписан|будет подписан|\bmou\b|memorand|меморандум|concept|концепц|letter of intent|\bloi\b",
    re.IGNORECASE,
)
#: What a withdrawal, a cancellation or a signature may be said of for it to be the whole project's: the project, its
#: funding, its agreement (or nothing: "Cancelled in May 2021", "підписано 05.02.2021").
_WHOLE_PROJECT = frozenset(
    "the a whole entire this project проєкт проект funding financing фінансування финансирование grant грант "
    "agreement contract contribution award action programme program програма программа угода угоду угоди договір "
    "договор контракт соглашение внесок вклад was were has been is про о финансировании про фінансування "
    "financing agreement grant agreement early prematurely досрочно достроково".split()
)
#: What may follow "cancelled" / "скасовано" in a remark about the whole project: who, when or why, not an object
#: ("Скасовано поїздку до Данії" is a trip cancelled).
_AFTER_CANCELLED = frozenset(
    "by in on at before due from as after following with since per донором донор донором, у в до з із через по "
    "рішенням решением после early prematurely досрочно достроково".split()
)
_CANCELLED_WORD = re.compile(
    r"\b(?:cancel(?:l)?ed|withdrawn|terminated|discontinued|dropped)\b|скасован\w*|відкликан\w*|відмінен\w*"
    r"|отмен[её]н\w*|отозван\w*|аннулирован\w*|(?<!зу)припинен\w*|прекращ[её]н\w*",
    re.IGNORECASE,
)
_DONOR_WITHDREW = re.compile(
    r"(?:donor|донор)\w*\s+(?:withdrew|cancel+ed|terminated|скасував|відкликав|отозвал|отменил)",
    re.IGNORECASE,
)


def _of_the_project(words: list[str]) -> bool:
    """Whether the words before an event's word leave it the whole project's ("the project", "31.01.2021: проект",
    "досрочно"), not a part's ("Workshop")."""
    return len(words) <= 4 and all(
        (w := word.lower().strip(",.:;()")) in _WHOLE_PROJECT or _DATE_WORD.fullmatch(w) for word in words
    )


#: A date said before an event ("31.01.2021: проект прекращён"): no part of the project.
_DATE_WORD = re.compile(r"\d{1,2}[./]\d{1,2}[./]\d{2,4}")


def status_event(text: str, dated_anywhere: bool = False, named: bool = False) -> str | None:
    """The status a remark's event gives the whole project, newer than its status cell: "cancelled" for a project
    withdrawn, cancelled or terminated, "ongoing" for one whose agreement was signed on a date said; else None. An
    event of a part of the project ("Workshop cancelled due to quarantine", "Скасовано поїздку до Данії") or a
    signature of less than its financing ("MoU signed 12.03.2021") is none.

    Examples
    --------
    >>> status_event("withdrawn by donor in May 2021 – funds reallocated"), status_event("скасовано до початку")
    ('cancelled', 'cancelled')
    >>> status_event("Financing agreement signed 14.10.2021 – now ongoing"), status_event("підписано 05.02.2021")
    ('ongoing', 'ongoing')
    >>> status_event("Financing agreement was signed on 14 October 2021"), status_event("The donor withdrew funding")
    ('ongoing', 'cancelled')
    >>> status_event("MoU signed 12.03.2021, financing agreement to follow") is None, status_event("signed") is None
    (True, True)
    >>> status_event("Workshop cancelled due to quarantine") is None, status_event("Скасовано поїздку до Данії") is None
    (True, True)
    >>> status_event("tender cancelled and re-announced") is None, status_event("not cancelled") is None
    (True, True)

    ``named``: the words said after the project's name or number ("[проект № 3] был отменён японской стороной 10
    августа 2021 г."), which name no other thing the event could be of; a signature's date may stand anywhere.

    >>> status_event(" был отменён японской стороной 10 августа 2021 г.", named=True)
    'cancelled'
    >>> status_event(": the financing agreement was signed on 3 May 2021", named=True)
    'ongoing'
    >>> status_event(" was not cancelled", named=True) is None
    True
    >>> status_event("досрочно прекращён"), status_event("31.01.2021: проект прекращён досрочно по решению донора")
    ('cancelled', 'cancelled')
    >>> status_event("12.03.2021: workshop cancelled") is None
    True
    >>> status_event("withdrawn by Norway, Dec 2020 – no disbursement")  # a "no" of something else further on
    'cancelled'

    An approval on a date said commits a proposal: "approved" (not an extension's, nor one not granted).

    >>> status_event("approved 20.02.2021, agreement signed"), status_event("Затверджено 05.02.2021")
    ('approved', 'approved')
    >>> status_event("not approved 20.02.2021") is None, status_event("Extension approved 20.02.2021") is None
    (True, True)
    >>> status_event("Budget line approved 20.02.2021") is None  # a part of the project
    True
    """
    if _A_PART.search(text):
        return None
    if _DONOR_WITHDREW.search(text):
        return "cancelled"
    found = _CANCELLED_WORD.search(text)
    if found and _NEGATION.search(
        text[: found.end()]
    ):  # "not cancelled" (a "no" further on is of something else)
        return None
    if found and (named or _of_the_project(text[: found.start()].split())):
        after = text[found.end() :].split()
        if (
            named
            or not after
            or after[0].lower().strip(",.:;()–—-") in _AFTER_CANCELLED
            or not after[0][:1].isalpha()
        ):
            return "cancelled"
        return None
    if _PENDING.search(text):
        return None
    found = _SIGNED.search(text)
    if found and _NEGATION.search(text[: found.end()]):  # "not signed"
        return None
    before = text[: found.start()] if found else ""
    if (
        dated_anywhere
    ):  # a note's preamble ("Обновление от 10.02.2021: соглашение … подписано"): after its colon
        before = before.rsplit(":", 1)[-1]
    if (
        found
        and (named or _of_the_project(before.split()))
        and (
            _ON_A_DATE.search(text[found.end() : found.end() + 30])
            or ((dated_anywhere or named) and _ON_A_DATE.search(text))
        )
        and not _EXTENSION.search(text)
    ):
        return "ongoing"
    approved = _APPROVED_ON.search(text)
    if (
        approved
        and not _NEGATION.search(text[: approved.end()])
        and (named or _of_the_project(text[: approved.start()].split()))
        and not _EXTENSION.search(text)
    ):
        return "approved"
    return None


#: An approval on a date said ("approved 20.02.2021", "Approved on 3 May 2021", "затверджено 05.02.2021"): a
#: proposal now committed.
_APPROVED_ON = re.compile(
    r"(?<![^\W\d_])(?:approved|затверджен\w*|схвален\w*|утвержден\w*|одобрен\w*)\s*(?:on\s+|від\s+|от\s+|:\s*)?"
    rf"(?:{_ON_A_DATE.pattern})",
    re.IGNORECASE,
)


#: A signature of an extension or an amendment, not of the project's financing ("No-cost extension signed").
_EXTENSION = re.compile(r"extension|amendment|продовжен|продл[её]н|змін|изменени", re.IGNORECASE)


def _overrides(event: str | None, own: str | None, text: str) -> bool:
    """Whether a remark's event is newer than the row's status: a withdrawal of a project not completed (a
    termination only of one not yet under way), a signature of one not yet committed."""
    if event == "cancelled":
        if own in ("cancelled", "completed"):
            return False
        return own not in ("ongoing", "suspended") or not re.search(r"terminat", text, re.IGNORECASE)
    return event in ("ongoing", "approved") and own not in (
        "ongoing",
        "approved",
        "completed",
        "suspended",
        "cancelled",
    )


#: A remark saying a project is co-funded, its donors' shares after it ("Співфінансування: Норвегія 75 %, ПРООН 25 %").
_COFUNDED_SAID = re.compile(
    r"co-?financ\w*|co-?fund\w*|jointly funded|співфінансу\w*|софинансир\w*|спільн\w* фінансу\w*"
    r"|\bfunding\s*:|\bfunded\s+by\b|фінансування\s*:|финансирование\s*:",  # "Funding: UK 50%, NL 50%."
    re.IGNORECASE,
)
#: Words one of which every text :data:`_COFUNDED_SAID` finds holds, lower-cased: looked for first, far cheaper than
#: the pattern (most remarks and descriptions hold none).
COFUNDING_WORDS = ("fund", "nanc", "фінансу", "финансир")
#: A remark speaking of another phase or an earlier time than the row's project: its shares are not the row's
#: ("Phase 1 (2018-2020) was co-funded: UK 50%, NL 50%. Phase 2 is funded by the UK only.").
_ANOTHER_PHASE = re.compile(
    r"phase|stage|previous|earlier|former|was co-?funded|were co-?funded|фаз\w*|етап\w*|этап\w*|попередн\w*"
    r"|предыдущ\w*|раніше|ранее",
    re.IGNORECASE,
)


def shares_in_remarks(state: SheetState, header: Header, rows: list[list], col: int) -> None:
    """The donors' shares a remark gives a co-funded project ("Співфінансування: Німеччина - 60 %, Нідерланди -
    40 %. Суми наведено загалом."): kept per row (``state.remarked_shares``: index -> (shares, column)) for the
    row's partner to be split by them when it is one of them (see ``projects._who``); shares not adding up to
    100 are not read."""
    from mtd_analysis.ingest.partners import shares_in_note

    for index in range(header.row + 1, len(rows)):
        row = rows[index]
        text = (clean_text(row[col]) if col < len(row) else None) or ""
        if not holds_any(text, COFUNDING_WORDS):
            continue
        said = _COFUNDED_SAID.search(text)
        if said and not _ANOTHER_PHASE.search(text) and (shares := shares_in_note(text[said.end() :])):
            state.remarked_shares[index] = (shares, col)


def _colour_status(state: SheetState, header: Header, index: int) -> tuple[str, str] | None:
    """The status a row's colour gives by the workbook's legend (status, colour): the row's fill, else its bar's in
    a timeline drawn in colour (its parts' empty cells filled in one colour); None when neither says one."""
    if (by_row := (state.grid.meta.get("row_status") or {}).get(state.row_number(index))) is not None:
        return by_row
    bars, fills = state.grid.meta.get("bar_statuses"), state.grid.meta.get("empty_fills") or {}
    if not bars:
        return None
    colours = {fills.get((index, c)) for c, m in header.columns.items() if m.part} - {None}
    return bars.get(colours.pop()) if len(colours) == 1 else None


#: A column saying its words are the current ones ("(актуально)", "current", "up to date"), not an archive's.
_CURRENT_COLUMN = re.compile(
    r"(?<!не)актуальн|(?<!не)актуал|\bcurrent\b|up[- ]to[- ]date|\blatest\b|поточн|текущ", re.IGNORECASE
)


#: A column's label speaking of the projects' status or its changes ("Изменения после ноября 2020 г.", "Current status").
_OF_STATUS = re.compile(r"status|статус|стан\b|состояни|изменени|змін|changes", re.IGNORECASE)
#: A status word negated ("не отменён", "not cancelled").
_NEGATED = re.compile(r"(?:^|\s)(?:not|no|не|ні|нет)\s", re.IGNORECASE)


def _status_changed_to(text: str) -> str | None:
    """The status a change's words give ("утверждён Постоянным советом, реализуется" -> ongoing, "закрыт (завершён
    28.02.2021)" -> completed): the last part (between commas, semicolons or brackets) of four words at most that is
    a status word, not of a part of the project nor negated; None when none is ("сумма пересмотрена (было 520 000)",
    "March workshop cancelled due to COVID, moved online")."""
    parts = [part.strip() for part in re.split(r"[,;:()]", text) if part.strip()]
    said = [
        parse_status(part)
        for part in parts
        if len(part.split()) <= 4 and not _A_PART.search(part) and not _NEGATED.search(part)
    ]
    return next((status for status in reversed(said) if status in STATUSES), None)


#: A remark saying what a project is worth ("вартість згідно з актом приймання-передачі – 2 150,0 тис. грн", "value as
#: per handover act USD 185,000"): in-kind assistance whose money cells the table leaves empty.
_VALUE_SAID = re.compile(
    r"вартіст\w*|стоимост\w*|\bvalue[ds]?\b|\bvalued\b|оцінен\w*|оценен\w*|оцінюєт\w*|оценива\w*",
    re.IGNORECASE,
)
_NO_FIGURE = frozenset({"-", "–", "—", "--"})
#: What says a remark's value is a delivery's in kind ("допомога в натуральній формі", "in-kind", "handover act",
#: "акт приймання-передачі"), not a unit's price or an estimate.
_IN_KIND = re.compile(
    r"натуральн\w*|in[- ]kind|handover|hand-over|приймання-передачі|приема-передачи|прийому-передачі",
    re.IGNORECASE,
)


def pointers_in_remarks(state: SheetState, header: Header, rows: list[list], col: int) -> None:
    """Remarks pointing to where the row's project is given ("see above", "див. вище", "см. выше"), kept per row
    (``state.remarks_pointing``): a row with no money of its own and such a remark is the project listed again
    (under a second agency or subgroup), counted once where its money is given (see ``amounts.row_money`` and the
    build's ``_amount_given_elsewhere``)."""
    for index in range(header.row + 1, len(rows)):
        row = rows[index]
        text = clean_text(row[col]) if col < len(row) and isinstance(row[col], str) else None
        if text and refers_elsewhere(text):
            state.remarks_pointing[index] = text


def value_in_remarks(state: SheetState, header: Header, rows: list[list], col: int) -> None:
    """A remark giving the value of a project whose money cells hold nothing (blank or a dash): an in-kind delivery
    valued in words ("допомога в натуральній формі; вартість згідно з актом – 2 150,0 тис. грн"), or the project's
    money in a sentence ("Загальна сума – 85 тис. євро, повністю у 2021 р."; not co-funding or another's money). The
    value and its years are kept in ``state.remarked_values`` for the row's reader, which reads them as the project's
    and says so."""
    from mtd_analysis.ingest.amounts import money_in_prose

    money = [c for c, m in header.columns.items() if m.field in ("amount", "yearly", "year part")]
    if not money:
        return
    for index in range(header.row + 1, len(rows)):
        row = rows[index]
        text = clean_text(row[col]) if col < len(row) else None
        if not text or not any(c.isdigit() for c in text):
            continue
        if any(
            (cell := clean_text(row[c]) if c < len(row) else None) and cell not in _NO_FIGURE for c in money
        ):
            continue  # the row's own figures stand
        in_kind = bool(_VALUE_SAID.search(text) and _IN_KIND.search(text))
        if not in_kind and (
            (_SOMEONE_ELSES.search(text) and not _ITS_TOTAL.search(text))
            or _A_UNITS_PRICE.search(text)
            or not _PROJECT_MONEY_WORDS.match(text)
            or _NOT_ITS_MONEY.search(text)
        ):
            # "Співфінансування МВС – 500 000 грн", "вартість одного – 15 000 грн", "Загальна сума програми «U-LEAD»",
            # "Орієнтовна потреба – 5 млн грн", "Cost of a similar project": not the project's money
            continue
        found = money_in_prose(text)
        if found is not None:
            state.remarked_values[index] = (found[0], found[1], col, found[2])


#: A price of one unit or item ("вартість одного – 15 000 грн", "USD 950 each"), not the project's money.
_A_UNITS_PRICE = re.compile(
    r"(?<![^\W\d_])(?:одного|одної|одну|одной|за\s+одиницю|за\s+единицу|за\s+шт\w*|each|per\s+(?:unit|item|piece|set|kit)"
    r"|unit\s+(?:price|cost)|ціна\s+за|цена\s+за)(?![^\W\d_])",
    re.IGNORECASE,
)
#: Words of a project's money opening a remark ("Загальна сума – …", "Budget: …", "Фінансування – …").
_PROJECT_MONEY_WORDS = re.compile(
    r"\W*(?:(?:the\s+)?(?:project(?:'s)?|проєкту|проекту)\s+)?(?:сум[аи]|сумм[аы]|бюджет|budget|вартіст|стоимост|total"
    r"|загальн|общ[аи]я|фінансуван|финансирован|funding|value|cost)",
    re.IGNORECASE,
)
#: A sum of someone's or something else's: a programme over the project, a need not funded, a similar project.
_NOT_ITS_MONEY = re.compile(
    r"програм|программ|programme|\bprogram\b|similar|аналогічн|подібн|аналогичн|потреб|\bneeds?\b|required"
    r"|requirement|не визначен|не определен|not (?:yet )?(?:funded|secured)",
    re.IGNORECASE,
)
#: A remark naming the project's own total ("Загальна сума – 85 тис. євро", "Total budget EUR 1.2m").
_ITS_TOTAL = re.compile(
    r"загальн\w*\s+(?:сума|вартість|бюджет)|общ\w*\s+(?:сумма|стоимость|бюджет)|total\s+(?:budget|cost|value)",
    re.IGNORECASE,
)


#: Words after a status in a remark that say who or when, not what ("cancelled by the donor in Jan 2021").
_WHO_OR_WHEN = frozenset(
    "by in on at from due until till since per with after before as of the donor donors donor's "
    "донором донор донора у в до з із через по рішенням решением после від от після "
    # how: "завершено достроково у квітні 2021 р.", "проект завершен досрочно", "completed early"
    "достроково досрочно early ahead".split()
)
#: First words of a status said in several ("awaiting sign-off", "not yet approved", "не погоджено", "на розгляді").
_STATUS_OPENERS = frozenset(
    "awaiting pending not under in being to under не ще ещё еще на в у очікує ожидает "
    # the project's own agreement: "договор на согласовании", "Agreement not yet signed"
    "contract agreement договор договір угода соглашение контракт "
    # the project or its funding said first: "фінансування завершено у грудні 2020", "Проект стартував у лютому"
    "фінансування финансирование funding financing проект проєкт project "
    # its registration or implementation: "Реєстрацію скасовано", "Реалізацію не розпочато", "Implementation suspended"
    "реєстрацію реєстрація регистрация регистрацию registration реалізацію реалізація реализация реализацию "
    "implementation "
    # a step of registration said first: "подано на реєстрацію (лист МВС …)", "submitted for registration"
    "подано подан submitted".split()
)
#: A project that never started, its money given elsewhere (see values.NEVER_STARTED_REALLOCATED).
_NEVER_STARTED = re.compile(NEVER_STARTED_REALLOCATED, re.IGNORECASE)
#: A remark's first clause: up to a comma, semicolon, colon, bracket or a dash between spaces.
_FIRST_CLAUSE = re.compile(r"[,;:()]|\s[-–—]\s")


#: A later part of a project named in a remark: an expansion, an extension, a next step, a later year.
_LATER_PART = re.compile(
    r"розширен|расширен|expan|exten|продовжен|продлен|наступн|следующ|\bnext\b|(?:з|с|from|у|в|in)\s+20\d\d",
    re.IGNORECASE,
)


def _nothing_more(words: list[str]) -> bool:
    """Whether the words after a remark's status say only who or when ("by the Minister", "польською стороною")."""
    rest = [w.strip(",.;:()«»\"'").lower() for w in words]
    return not rest or rest[0] in _WHO_OR_WHEN or (len(rest) == 2 and rest[1] in ("стороною", "стороной"))


def _bare_status(text: str) -> str | None:
    """The status a clause of at most two words says alone ("ongoing", "триває", "on hold"), else None."""
    said = parse_status(text)
    return said if len(text.split()) <= 2 and said in STATUSES and not _A_PART.search(text) else None


def _leading_status(text: str) -> str | None:
    """The status a remark opens with, in a short clause of its own ("Ongoing", "cancelled – funding withdrawn",
    "awaiting sign-off by the Minister", "не погоджено польською стороною"); None when its first clause is no status, is
    longer than five words, or is about a part of the project or negated ("March workshop cancelled due to COVID",
    "training cancelled, moved online").

    Examples
    --------
    >>> _leading_status("awaiting sign-off by the Minister"), _leading_status("не погоджено польською стороною")
    ('planned', 'planned')
    >>> _leading_status("closed"), _leading_status("March workshop cancelled due to COVID")
    ('completed', None)
    >>> _leading_status("training cancelled, moved online"), _leading_status("Phase 2 agreed Feb 2021")
    (None, None)
    >>> _leading_status("Concept approved, contract not signed") is None  # the rest says it is not yet agreed
    True
    >>> _leading_status("заплановано до скасування") is None  # planned to be cancelled: which is counted is not said
    True
    >>> _leading_status("Скасовано навчальний візит до Литви"), _leading_status("Planned extension to 2022")
    (None, None)
    >>> _leading_status("Закрито 2 з 5 контрактів"), _leading_status("Closed-door workshops")
    (None, None)
    >>> _leading_status("Реєстрацію скасовано (лист донора від 12.11.2020)"), _leading_status("Реалізацію не розпочато")
    ('cancelled', 'planned')
    >>> _leading_status("Implementation suspended"), _leading_status("Project completed in March")
    ('suspended', 'completed')

    A status said last, as a clause of its own word alone, after what happened to the dates ("Extended to 12.2022;
    ongoing"):

    >>> _leading_status("Extended to 12.2022; ongoing"), _leading_status("Extended to 12.2022; training ongoing")
    ('ongoing', None)
    >>> _leading_status("впроваджує GIZ; триває"), _leading_status("Tender cancelled; ongoing")
    ('ongoing', None)

    An opener and the word after it saying the same status: ``_leading_status("очікує реєстрації")`` is planned.

    >>> _leading_status("очікує реєстрації"), _leading_status("Closed-door workshops")
    ('planned', None)
    """
    if _NEVER_STARTED.search(text):  # "не розпочинався, кошти перерозподілено": its two clauses say cancelled
        return "cancelled"
    clause = _FIRST_CLAUSE.split(text, maxsplit=1)[0].strip()
    if (
        ";" in text
        and (last := text.rsplit(";", 1)[1].strip(" ."))
        and (said := _bare_status(last)) is not None
    ):
        # "Extended to 12.2022; ongoing", "впроваджує GIZ; триває": the status last, in a clause of its word alone,
        # when the clauses before it say no other
        before = text.rsplit(";", 1)[0]
        first = _leading_status(before) if ";" not in before else None
        if (
            first in (None, said)
            and not any(p.search(before) for s, p in _REMARKED_STATUSES if s != said)
            # not after a part of the project ("phase II from 2022; planned", "training to follow; completed") or a
            # change still asked for ("No-cost extension requested; approved")
            and not _A_PART.search(before)
            and not STAGE_WORD.search(before)
            and not NOT_AGREED.search(before)
            # "Розширення на 3 області у 2022 р.; планується": what is planned is the later part
            and not (said in ("planned", "approved") and _LATER_PART.search(before))
        ):
            return said
    words = clause.split()
    if not words or len(words) > 6 or _A_PART.search(clause):
        return None
    # the status in its first words, then nothing, or only who or when ("by the Minister", "in Jan 2021",
    # "польською стороною"): not a thing it is said of ("Скасовано навчальний візит", "Planned extension to 2022")
    # an opener that reads as a status alone ("Реалізацію", "Implementation": under way) says it only when no word
    # after it says another ("Реалізацію не розпочато", "Implementation suspended")
    alone = parse_status(words[0]) if words[0].lower() in _STATUS_OPENERS and len(words) > 1 else None
    status, size = next(
        (
            (said, k)
            for k in ((2, 3, 1) if alone in STATUSES else (1, 2, 3))
            if (said := parse_status(" ".join(words[:k]))) in STATUSES and (k == 1 or said != alone)
        ),
        (None, 0),
    )
    if size > 1 and words[0].lower() not in _STATUS_OPENERS and parse_status(words[0]) not in STATUSES:
        return None  # "March workshop cancelled": the status word is not the remark's first
    if status is not None and alone == status:
        # "очікує реєстрації", "ожидает регистрации в Минэкономики": an opener and the words after it saying the same
        # status, then only who or when
        size = next(
            (
                k
                for k in (3, 2)
                if k <= len(words)
                and parse_status(" ".join(words[:k])) == status
                and _nothing_more(words[k:])
            ),
            size,
        )
    if status is None or not _nothing_more(words[size:]):
        return None
    # "Concept approved, contract not signed", "заплановано до скасування": the remark says another status too, so
    # neither is taken
    if any(pattern.search(text) for said, pattern in _REMARKED_STATUSES if said != status):
        return None
    return status


def status_in_remarks(state: SheetState, header: Header, rows: list[list], col: int) -> None:
    """A warning at each cell of a column not loaded (remarks, comments) that says something the row's own cells
    do not: a status the project does not count with ("Under consideration (not yet approved)", "скасовано",
    "cancelled in May 2021") where the table has no status column or the row's status says otherwise, or dates
    that moved ("moved to 2022: start postponed"). The project is counted by its cells; the analyst is told
    where to look."""
    fields = header.fields()
    title_col, status_col = fields.get("title"), fields.get("status")
    label = header.labels.get(col) or (
        clean_text(rows[header.row][col]) if col < len(rows[header.row]) else None
    )
    # "Изменения после ноября 2020 г. (актуально)" beside "Статус (на ноябрь 2020 г.)": its statuses are the current ones
    current = status_col is not None and bool(
        label and _CURRENT_COLUMN.search(label) and _OF_STATUS.search(label)
    )
    for index in range(header.row + 1, len(rows)):
        row = rows[index]
        text = clean_text(row[col]) if col < len(row) else None
        if not text or (title_col is not None and (title_col >= len(row) or not clean_text(row[title_col]))):
            continue
        snippet = text if len(text) <= 60 else text[:57] + "…"
        own = clean_text(row[status_col]) if status_col is not None and status_col < len(row) else None
        if current and (newer := _status_changed_to(text)) is not None and newer != parse_status(own):
            where = f"the column of current changes '{label}' ({state.cell(index, col)})"
            state.remarked_statuses[index] = (newer, col, own or "", where)
            continue
        if status_col is None:  # the only word on the project's status: any mention is worth a look
            said = next((status for status, pattern in _REMARKED_STATUSES if pattern.search(text)), None)
        else:
            said = _status_said(text)
        if _overrides(event := status_event(text), parse_status(own), text):
            # "withdrawn by donor in May 2021", "Financing agreement signed 14.10.2021": newer than the status cell
            state.remarked_statuses[index] = (event, col, own or "")
        elif (
            parse_status(own) not in STATUSES
            and (leading := _leading_status(text)) is not None
            and (status_col is not None or _colour_status(state, header, index) is None)
        ):  # "awaiting sign-off by the Minister", "не погоджено польською стороною" where the table says no status
            state.remarked_statuses[index] = (
                leading,
                col,
                own or "",
                f"the remark ({state.cell(index, col)})",
            )
        elif said and status_col is None and (coloured := _colour_status(state, header, index)) is not None:
            # the colour is counted (see projects._who, _bar_status); a remark saying otherwise is said
            if coloured[0] != said:
                state.issue(
                    "warning",
                    "status",
                    f"row {state.row_number(index)}: the remark '{snippet}' reads like a status ({said}), but the "
                    f"row's colour says {coloured[0]} ({coloured[1]}, as the legend says), which is what is "
                    "counted; check which is right",
                    index,
                    col,
                )
        elif said and status_col is None:
            state.issue(
                "warning",
                "status",
                f"row {state.row_number(index)}: the remark '{snippet}' reads like a status ({said}), but the "
                "table has no status column, so the project is counted as committed; add a Status column if it "
                "is not",
                index,
                col,
            )
        elif said and parse_status(own) != said:
            state.issue(
                "warning",
                "status",
                f"row {state.row_number(index)}: the remark '{snippet}' reads like a status ({said}), but the "
                f"status cell says '{own or ''}', which is what is counted; correct the status if the remark is "
                "the newer word",
                index,
                col,
            )
        if part := _year_part_in(text):  # read with the row's money (amounts.year_part_remarked)
            group = "year" if part["year"] else "year2" if part["year2"] else "year3"
            state.year_parts_said[index] = (int(part[group]), col, text[part.end(group) :], snippet)
        elif (
            (share := _YEAR_SHARE_SAID.search(text))
            and not _PROGRESS_SAID.search(text)
            and not _NOT_A_SHARE_OF_IT.search(text)
        ):  # "35% in 2021"
            year, pct = share["year"] or share["year2"], share["pct"] or share["pct2"]
            state.year_shares_said[index] = (int(year), float(pct.replace(",", ".")), col, snippet)
        elif none := _NO_MONEY_IN_YEAR.search(text):  # "фінансування у 2021 році не передбачене": 0 % in 2021
            state.year_shares_said[index] = (int(next(y for y in none.groups() if y)), 0.0, col, snippet)
        elif (whole := _WHOLE_IN_ONE_YEAR.search(text)) and not _A_PART.search(text):
            # "Entire amount … to be spent in calendar 2021" (not "Phase 1: entire amount in 2020")
            state.year_shares_said[index] = (int(whole["year"]), 100.0, col, snippet)
        if (change := amount_changed(text)) is not None:  # agreed: the row's amount is read from here
            state.changed_amounts[index] = (*change, col)
        elif (fixed := year_figure_changed(text)) is not None and (
            year_col := _year_column_named(header, fixed[0], fixed[1])
        ) is not None:  # "2021 figure corrected to USD 350,000": that column's figure is read from here
            state.fixed_year_cells.setdefault(index, {})[year_col] = (fixed[2], fixed[3], col)
        elif (steps := money_steps(text)) is not None:  # "increased to 610 000; further increased by 25 000"
            state.money_steps[index] = (*steps, col)
        if (sector := sector_share(text)) is not None and not _amount_is_the_sectors(header):
            state.sector_shares[index] = (sector, col)  # "of which MIA / law enforcement: 30%"
        if (end := extended_end(text) or corrected_end(text)) is not None:  # the row's end is read from here
            state.extended_ends[index] = (end, col)  # (see _dates): agreed, or a typo corrected
        elif _DATES_MOVED.search(text) and not _MONEY_MOVED.search(text):
            state.issue(
                "warning",
                "date",
                f"row {state.row_number(index)}: the remark '{snippet}' says the project's dates moved; it is "
                "counted on the dates in its cells (correct them if the remark is the newer word)",
                index,
                col,
            )


#: A note's mark at the end of a cell ("1 000 000¹", "планируется⁴", "300 000**"), and a note starting with one.
_MARK_AT_END = re.compile(r"([¹²³⁴⁵⁶⁷⁸⁹⁰]+|\*{1,3}|[†‡])$")
_NOTE_MARKED = re.compile(r"^([¹²³⁴⁵⁶⁷⁸⁹⁰]+|\*{1,3}|[†‡])\s*(\S.*)$", re.DOTALL)
#: A cell sending to a numbered note under the table in words: "Данія / Норвегія (див. прим. 1)", "(see note 2)".
NOTE_REFERENCE = re.compile(
    r"(?:\(|[-–—,;:]|^)\s*(?:see|cf\.?|див\.?|дивіться|см\.?|смотри)\s+(?:foot)?(?:note|прим(?:ітк[аиу]|ечани[ея])?\.?)"
    r"\s*(?:№\s*)?(\d{1,2})\s*\)?$",
    re.IGNORECASE,
)
#: A numbered note under the table: "1. Проєкт № 2 фінансується двома донорами: …", "Note 2: …".
_NOTE_NUMBERED = re.compile(
    r"^(?:(?:note|примітка|примечание|прим\.)\s*)?(\d{1,2})\s*[.):]\s+(\S.*)$", re.IGNORECASE | re.DOTALL
)
#: A note saying what its cell's money is in: "Сумма в долларах США", "Amount in USD", "Суми у гривнях".
_SUM_IN = re.compile(
    r"^(?:the\s+)?(?:сумм\w*|сум[аи]|amounts?|sums?|figures?|budget)\s+(?:is\s+|are\s+|указан\w*\s+|вказан\w*\s+)?"
    r"(?:in|в|у)\s+(.{2,30})",
    re.IGNORECASE,
)


def _currency_of_the_sum(note: str) -> str | None:
    """The currency a note says its cell's money is in ("Сумма в долларах США (договор …)"); None for a note only
    naming a currency ("Amount includes UAH 2 million co-financing")."""
    found = _SUM_IN.match(note.strip())
    return currency_in_text(found[1]) if found else None


def _co_funding(note: str) -> list[tuple[str, float]] | None:
    """The donors' shares a note gives ("Co-financed: EU 80 % / Germany 20 %"), after its co-funding words."""
    from mtd_analysis.ingest.partners import shares_in_note

    said = _COFUNDED_SAID.search(note)
    return shares_in_note(note[said.end() :] if said else note)


#: A note saying a cell's figure is one year's money alone ("2021 allocation only", "лише на 2021 рік", "только 2021 г.").
_YEAR_ONLY = re.compile(
    r"(?P<year>20[0-4]\d)\s*(?:р\.|г\.|рік|год)?\s*(?:allocation|budget|amount|funding|figure|tranche|part|share"
    r"|транш|частина|часть|сума|сумма)?\s*only\b|(?:only|лише|тільки|только)\s+(?:the\s+|на\s+|for\s+)?"
    r"(?P<y2>20[0-4]\d)\b",
    re.IGNORECASE,
)


def mark_then_note(row: list) -> tuple[int, str] | None:
    """A note whose mark stands in a cell of its own, its words in the next filled cell ("*" | "Спільний фонд
    сформовано …"): (the words' column, the mark and the words), as if written in one cell; None for any other row.

    Examples
    --------
    >>> mark_then_note(["*", "Pooled fund: Norway 50 %, Finland 50 %", None])
    (1, '* Pooled fund: Norway 50 %, Finland 50 %')
    >>> mark_then_note([1, "Radios", 1000]) is None, mark_then_note(["*", None]) is None
    (True, True)
    """
    first = next((v for v in row if v is not None and v != ""), None)
    if not isinstance(first, str) or len(first.strip()) > 3:
        return None  # a project's row, at once (this is asked of every row)
    filled = [(c, v) for c, v in enumerate(row) if v is not None and str(v).strip()]
    if len(filled) != 2 or not all(isinstance(v, str) for _, v in filled):
        return None
    (_, mark), (col, words) = filled
    if not _MARK_AT_END.fullmatch(mark.strip()):
        return None
    return col, f"{mark.strip()} {words.strip()}"


def _more_than_the_row(header: Header, row: list, figure: float) -> bool:
    """Whether a figure exceeds the row's own amount (in its column's unit), when the row gives one as a number."""
    col = header.fields().get("amount")
    value = row[col] if col is not None and col < len(row) else None
    if not isinstance(value, (int, float)) or isinstance(value, bool) or value <= 0:
        return False
    return figure > value * header.columns[col].scale * 1.005


#: Words of an exchange rate in a note ("за курсом НБУ (32,3 грн/євро)", "at the rate of").
_RATE_SAID = re.compile(r"курс|exchange|\brate\b|\w/(?:євро|евро|eur|usd|дол)", re.IGNORECASE)


def _year_sum_in_note(note: str, year: int) -> tuple[float, str | None] | None:
    """The sum a note gives for one year (a cell of that year pointing to it): (figure, currency) when its sentence
    gives that year a sum, or gives one sum and names that year and no other; else None.

    Examples
    --------
    >>> _year_sum_in_note("3) За проектом п. 1.8 на 2021 рік передбачено 340 000 євро, на 2022 рік — 360 000 євро.", 2021)
    (340000.0, 'EUR')
    >>> _year_sum_in_note("Note 2: No. 13 – the 2021 commitment is EUR 850 000.", 2021)
    (850000.0, 'EUR')
    >>> _year_sum_in_note("Item 7: the CY2021 allocation is USD 600 000 (second year of the award).", 2022) is None
    True
    """
    from mtd_analysis.ingest.amounts import money_in_prose

    if _RATE_SAID.search(note) or _SOMEONE_ELSES.search(note) or _NOT_ITS_MONEY.search(note):
        return None  # an exchange rate, a programme's or co-funding money: not the cell's figure
    found = money_in_prose(note)
    if found is None:
        return None
    total, currency, parts = found
    if year in parts:
        return parts[year], currency
    if parts or {int(y) for y in re.findall(r"(?<!\d)(20\d\d)(?!\d)", note)} != {year}:
        return None
    return total, currency


def footnotes_on_cells(state: SheetState, header: Header, rows: list[list]) -> None:
    """Notes under a table that cells point to by a mark at their end ("1 000 000¹" and, below, "¹ Co-funding: 25 % of
    each amount is the Netherlands' contribution"): a note on a money cell naming a currency gives the row's money
    that currency (``state.noted_currency``); on the status cell, a status newer than the cell's word
    (``state.remarked_statuses``); on the partner cell, its funders' shares (``state.noted_partner_shares``, read
    with the cell), on any other cell of the row, donors' shares (``state.remarked_shares``). A note
    read for none of these is said at the marked cell as a warning: its words may change what the cell says."""
    notes: dict[
        str, list[tuple[str, int, int]]
    ] = {}  # a mark -> its notes (one mark may head a note a project)
    row_marks: set[str] = set()  # the marks a note says mark rows ("у рядках, позначених **")
    for index in range(header.row + 1, len(rows)):
        filled = only_filled(rows[index]) or mark_then_note(rows[index])
        if filled and isinstance(filled[1], str) and (found := _NOTE_MARKED.match(filled[1].strip())):
            notes.setdefault(found[1], []).append((clean_text(found[2]) or "", index, filled[0]))
        elif filled and isinstance(filled[1], str) and (found := _NOTE_NUMBERED.match(filled[1].strip())):
            notes.setdefault(f"#{int(found[1])}", []).append((clean_text(found[2]) or "", index, filled[0]))
        elif (
            filled
            and isinstance(filled[1], str)
            and (found := MARKED_ROWS.search(clean_text(filled[1]) or ""))
        ):
            # "Примітка: суми в тис. євро; у рядках, позначених **, – у тис. дол. США" and "3**" in a row
            notes.setdefault(found[1], []).append((found[2], index, filled[0]))
            row_marks.add(found[1])
    if not notes:
        return
    at_notes = {index for each in notes.values() for _, index, _ in each}
    read_at: set[tuple[int, str]] = set()  # (row, mark) of the notes read at one of the row's cells
    unread: list[tuple[int, int, str, str, str]] = []
    fields = header.fields()
    money = {c for c, m in header.columns.items() if m.field in ("amount", "yearly")}
    for index in range(header.row + 1, len(rows)):
        if index in at_notes:
            continue
        for col, value in enumerate(rows[index]):
            mark = _MARK_AT_END.search(value.strip()) if isinstance(value, str) else None
            key, start = (mark[1], mark.start()) if mark is not None else (None, 0)
            if mark is None and isinstance(value, str) and (said := NOTE_REFERENCE.search(value.strip())):
                key, start = f"#{int(said[1])}", said.start()  # "(див. прим. 1)": note 1 below
            if key is None or key not in notes:
                continue
            note, at, note_col = notes[key][0]
            where = state.cell(at, note_col)
            snippet = note if len(note) <= 80 else note[:77] + "…"
            read = False
            if (
                col in money and (currency := _currency_of_the_sum(note))
            ):  # "450 000*" | "* сумма указана в швейцарских франках": the marked cell's own currency, over the header's
                state.noted_currency[index] = (currency, where)
                read = True
            if (
                key in row_marks
                and col not in money
                and index not in state.noted_currency
                and (currency := currency_in_text(note))
            ):  # "3**" in the number column: the row's money is in the currency the note gives rows marked so
                state.noted_currency[index] = (currency, where)
                read = True
            if (
                (m := header.columns.get(col)) is not None
                and m.field == "yearly"
                and m.year
                and not m.part
                and not re.search(r"\d", value[:start])
                and (figure := _year_sum_in_note(note, m.year)) is not None
                and not _more_than_the_row(header, rows[index], figure[0])
            ):  # "див. примітку 3" in the 2021 cell, "3) … на 2021 рік передбачено 340 000 євро": the note's figure
                state.fixed_year_cells.setdefault(index, {})[col] = (
                    *figure,
                    note_col,
                    f"the note at {where}",
                )
                read = True
            if (
                col in money
                and (NOT_YET_FIXED.search(note) or re.search(NOT_YET_AGREED, note, re.IGNORECASE))
                and not re.search(r"\d", value[:start])
            ):
                read = True  # "–²" and "² Транш на 2021 г. пока не определен": no figure, as the cell says
            if (
                col == fields.get("amount")
                and (only := _YEAR_ONLY.search(note))
                and re.search(r"\d", value[:start])
            ):
                # "450 000*" and "* 2021 allocation only; the total … is £1,200,000": the year's money, the total said
                total = figure_in(note[only.end() :])
                state.year_only[index] = (int(only["year"] or only["y2"]), total, where)
                read = True
            if col == fields.get("partner"):
                # "ЄС / Японія*": the shares of each note of that mark, the one naming the cell's own funders taken
                # where they are read (projects._who)
                given = [(shares, i, c) for text, i, c in notes[key] if (shares := _co_funding(text))]
                if given:
                    state.noted_partner_shares[index] = given
                    read = True
            elif index not in state.remarked_shares and (shares := _co_funding(note)):
                state.remarked_shares[index] = (
                    shares,
                    col,
                    where,
                )  # co-funding said of the row, whichever cell
                read = True
            if col == fields.get("status"):
                # an event of the whole project (withdrawn, cancelled, its agreement signed); any other status word
                # in a note ("Phase 1 completed", "extension signed until 2023") is said, not counted
                event = status_event(note, dated_anywhere=True)
                own = clean_text(value.strip()[:start]) or ""
                in_cell = parse_status(own)
                if in_cell not in STATUSES:  # "П¹": a code the workbook's legend explains
                    in_cell = state.status_codes.get(own.upper(), in_cell)
                if event is not None and event != in_cell:
                    state.remarked_statuses[index] = (
                        event,
                        col,
                        own,
                        f"the note {key} ({where}: '{snippet}')",
                    )
                read = read or event is not None
            if read:
                read_at.add((index, key))
            else:
                unread.append((index, col, key, where, snippet))
    marked: dict[tuple[int, str], list[int]] = {}  # the cells of a row marked for one note not read
    for index, col, mark_text, _, _ in unread:
        if (index, mark_text) not in read_at:  # "500 000⁵ | одобрен⁵": the note read at the status cell
            marked.setdefault((index, mark_text), []).append(col)
    for index, col, mark_text, where, snippet in unread:
        cols = marked.get((index, mark_text))
        if not cols or cols[0] != col:
            continue
        cells = ", ".join(state.cell(index, c) for c in cols)
        state.issue(
            "warning",
            "note",
            f"row {state.row_number(index)}: cell{'s' if len(cols) > 1 else ''} {cells} "
            f"{'are' if len(cols) > 1 else 'is'} marked {mark_text}: the note at {where} ('{snippet}') is not read for "
            "values — check whether it changes the cell",
            index,
            col,
        )


#: A column of shares in a small table of co-funders ("Доля", "Share", "Частка, %").
_SHARE_LABEL = re.compile(r"дол[яи]|частк|share|процент|відсот|%", re.IGNORECASE)
#: The project a line of that table is for: its number in the table above ("проект 4", "№ 4", "Project 4", "4").
_PROJECT_NUMBER = re.compile(
    r"^(?:(?:проект|проєкт|project|поз\.|item)\s*)?(?:№\s*)?(\d{1,3}(?:\.\d{1,2})?)\.?$", re.IGNORECASE
)
_A_SHARE = re.compile(r"^(\d{1,3}(?:[.,]\d+)?)\s*%?$")


def shares_table(state: SheetState, header: Header, rows: list[list]) -> None:
    """A small table of co-funders under the projects ("Софинансирование:" | "Проект | Донор | Доля" | "проект 4 |
    Европейский союз | 70 %" | "проект 4 | Швеция (Sida) | 30 %"): each project's funders and shares, by the project's
    number in the table above, read where its partner cell names those funders (``state.noted_partner_shares``, see
    ``projects._who``); the table's lines are no projects (``state.share_rows``)."""
    from mtd_analysis.ingest.columns import match_field
    from mtd_analysis.ingest.partners import partner_named_in, partner_within

    number_col = next((c for c, m in sorted(header.columns.items()) if m.field == "number"), None)
    if number_col is None:
        return
    for r in range(header.row + 2, len(rows)):
        row = rows[r]
        # a cheap first test: a row of three to five cells, one of them a label of shares (most rows are projects)
        if not 3 <= len(row) - row.count(None) - row.count("") <= 5 or not any(
            type(v) is str and _SHARE_LABEL.search(v) for v in row
        ):
            continue
        cells = {c: t for c, v in enumerate(row) if (t := clean_text(v))}
        if not 3 <= len(cells) <= 5:
            continue
        fields = {c: match_field(t).field for c, t in cells.items()}
        partner = next((c for c, f in fields.items() if f == "partner"), None)
        share = next((c for c, t in cells.items() if _SHARE_LABEL.search(t) and fields[c] != "partner"), None)
        ref = next((c for c in sorted(cells) if c not in (partner, share)), None)
        if partner is None or share is None or ref is None or {"amount", "yearly"} & set(fields.values()):
            continue
        found: dict[str, list[tuple[str, float]]] = {}
        lines = []
        for k in range(r + 1, len(rows)):
            number = _PROJECT_NUMBER.match(clean_text(cell_value(rows[k], ref)) or "")
            given = _A_SHARE.match(clean_text(cell_value(rows[k], share)) or "")
            donor = clean_text(cell_value(rows[k], partner)) or ""
            name = partner_within(donor) or partner_named_in(donor)
            if not (number and given and name):
                break
            found.setdefault(number[1], []).append((name, float(given[1].replace(",", "."))))
            lines.append(k)
        complete = {n: s for n, s in found.items() if len(s) >= 2 and abs(sum(x for _, x in s) - 100) < 0.01}
        if not complete:
            continue
        for index in range(header.row + 1, r):
            item = clean_text(cell_value(rows[index], number_col)) or ""
            if (shares := complete.get(item.rstrip("."))) is not None:
                state.noted_partner_shares.setdefault(index, []).append((shares, r + 1, partner))
        for k in [r, *lines]:
            state.share_rows[k] = (
                f"row {state.row_number(k)} is a line of the co-funders' table under the projects "
                f"({state.cell(r, ref)}–{state.cell(lines[-1], share)}): read as the shares of the projects it "
                "numbers; skipped"
            )
        return
