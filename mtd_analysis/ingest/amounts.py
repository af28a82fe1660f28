"""The money of one row: its amount, currency, unit, years and the checks between them.

A table's money may be one amount column, an amount per year, per agency or per component, an amount in
another currency beside the first, a total beside a year's figure, or a unit said in a footnote or a title
block; :func:`row_money` reads a row's cells into the record's ``amount``, ``currency``, ``yearly_amounts`` and
the cells they came from. The rules that look at the whole table's money columns once (a figure per year,
amounts in two currencies, units in a footnote) are here too; the table reader calls them.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import replace
from functools import lru_cache

from mtd_analysis.ingest.columns import (
    CONTRIBUTION,
    CURRENT_AMOUNT,
    NOW_SAID,
    ORIGINAL_WORD,
    PART_OF_THE_TOTAL,
    REVISED,
    TOTAL_ROW,
    UNIT_WORD,
    UNIT_WORDS,
    WHOLE_PROJECT_TOTAL,
    YEAR_SHARE_LABEL,
    FieldMatch,
    Header,
    donors_share_beside_contribution,
    equivalent,
    match_field,
    names_the_donor,
    names_ukraines_part,
    open_edge,
    unit_factor,
)
from mtd_analysis.ingest.periods import days_per_year, split_by_days, yearly_text, yearly_values
from mtd_analysis.ingest.programmes import OF_WHICH
from mtd_analysis.ingest.sheet import (
    EMPTY_MARKS,
    NOTE_ROW,
    TIMELINE_MARKS,
    RowCells,
    SheetState,
    cell_value,
    number_ranges,
    only_filled,
)
from mtd_analysis.ingest.values import (
    _APPROXIMATE,
    _NUMBER,
    _PLAIN_NUMBER,
    _REMARK_IN_BRACKETS,
    FOOTNOTE_LETTER,
    FOOTNOTE_MARKS,
    Amount,
    ValueProblem,
    _month_number,
    amount_correction,
    amount_parts,
    approximate,
    clean_text,
    currency_in_text,
    end_after,
    equivalent_in_brackets,
    figure_in,
    foreign_part,
    letter_zeros,
    money_only,
    parse_amount,
    parse_currency,
    parse_date,
    parse_duration,
    parse_percentage,
    parse_period,
    parse_status,
    period_parts,
    refers_elsewhere,
    share_in_words,
    start_before,
    sum_in_words,
    total_written,
    without_currency_words,
    year_breakdown,
    years_and_total,
)
from mtd_analysis.reference.currencies import dollar_currencies

#: A year's column of what was spent ("Disbursement 2021", "Факт 2021", a UN agency's "Delivery (USD) / 2021"),
#: beside one of what was committed.
_SPENT = re.compile(
    r"disburs|spent|expend|actual|paid|\bdelivery\b|факт|освоєн|використан|израсход|освоен|выплач|виплач",
    re.I,
)


def one_column_per_year(state: SheetState, header: Header) -> None:
    """Two columns of one header naming the same year ("Committed 2021" | "Disbursement 2021", "План 2021" |
    "Бюджет 2021") are two figures for the year, not parts of it: the first one not of money spent is the year's
    amount, the other is not loaded, and that is said. Columns of a two-row header whose groups differ over the
    same year ("EU / 2021" | "Co-funding / 2021") stay parts, added up."""
    _open_years_apart(state, header)
    by_year: dict[int, list[int]] = {}
    for col, year in header.yearly().items():
        by_year.setdefault(year, []).append(col)
    for year, cols in by_year.items():
        if len(cols) < 2:
            continue
        cols = [c for c in cols if not header.columns[c].part]  # a year's parts are settled row by row
        if len(cols) < 2:
            continue
        # "Всього, грн | у т.ч. 2021, грн" beside the same columns in euro: the year of the other currency's group
        groups = {m.currency for m in header.columns.values() if m.field == "duplicate" and m.currency}
        base = header.columns[cols[0]].currency
        for col in cols[1:]:
            own = header.columns[col]
            if own.currency and own.currency != base and own.currency in groups:
                state.currency_years[col] = (year, own.currency, own.scale)
                header.columns[col] = FieldMatch("ignore")
        cols = [c for c in cols if c not in state.currency_years]
        if len(cols) < 2:
            continue
        labels = {c: header.labels.get(c, "") or "" for c in cols}
        spent = [c for c in cols if _SPENT.search(labels[c])]
        kept = [c for c in cols if c not in spent] or cols[:1]
        donors = [c for c in kept if CONTRIBUTION.search(labels[c])]
        if donors and len(donors) < len(kept):
            kept = donors  # "План на 2021 рік / всього" | "… / у т.ч. кошти донора": the donor's own money
        grouped = (
            header.row != header.first_row
            and len({labels[c].split(" / ")[-1] for c in kept}) == 1
            # "Original budget / 2021" beside "Revised budget / 2021": one year's figure and its revision, not parts
            and not any(REVISED.search(labels[c].split(" / ")[0]) for c in kept)
        )
        if not grouped:  # one figure: the revised one, else the first
            kept = [min(kept, key=lambda c: (not REVISED.search(labels[c]), c))]
        keep = kept[0]
        revised = len(kept) == 1 and bool(REVISED.search(labels[keep]))
        for col in cols:
            if col in kept:
                continue
            own = header.columns[col]
            header.columns[col] = FieldMatch("ignore")
            if (
                revised
                and col not in spent
                and not REVISED.search(labels[col])
                and keep not in state.year_originals
            ):
                # "2021" beside "2021 (revised)": read where the revision is blank, in its own unit and currency
                state.year_originals[keep] = (col, own)
                state.issue(
                    "info",
                    "header",
                    f"column '{header.labels.get(keep, '')}' revises '{header.labels.get(col, '')}': a row's revised "
                    "figure is its amount for the year, and where that cell is blank the original figure is",
                    header.row,
                    col,
                )
                continue
            state.issue(
                "warning",
                "header",
                f"column '{header.labels.get(col, '')}' gives {year} again beside '{header.labels.get(keep, '')}': "
                "its values were not loaded (one figure per year: the donor's own, the one not of money spent, or the "
                "first)",
                header.row,
                col,
            )


def _open_years_apart(state: SheetState, header: Header) -> None:
    """A column of the years up to one or from one on ("до 2021 р.", "until 2021", "2021 onwards") beside that
    year's own column is the years before it (or after it); each column lumping years is said once."""
    for col, m in sorted(header.columns.items()):
        if m.field != "yearly" or (edge := open_edge(header.labels.get(col))) is None:
            continue
        year, way = edge
        plain = [
            c
            for c, y in header.yearly().items()
            if y == year and c != col and open_edge(header.labels.get(c)) is None
        ]
        if plain:
            year = year - 1 if way == "upto" else year + 1
            header.columns[col] = replace(m, year=year)
        state.issue(
            "info",
            "header",
            f"column '{header.labels.get(col, '')}' lumps the money of {'the years up to' if way == 'upto' else 'the years from'} "
            f"{year}: counted in {year}",
            header.row,
            col,
        )


def _donors_part(label) -> bool:
    """Whether an amount column is a donor's part of a money group ("Funding, CAD / Donor", "Фінансування / ЄС")."""
    if not isinstance(label, str) or " / " not in label:
        return False
    own = label.split(" / ")[-1]
    return names_the_donor(match_field(own), own)


def original_amount_column(header: Header) -> int | None:
    """The column of the original amount beside the current one ("первоначальный" | "с учётом изменений"), read
    on the rows where the current one is left empty or a dash: an amount not changed."""
    amount = header.fields().get("amount")
    if amount is None or not (
        CURRENT_AMOUNT.search(header.labels.get(amount, "") or "")
        or NOW_SAID.search(header.labels.get(amount, "") or "")  # "Total budget, USD - now" beside "… - was"
        or names_ukraines_part(header.labels.get(amount))
        or _donors_part(header.labels.get(amount))
    ):
        return None
    currency = header.columns[amount].currency
    ukraines = names_ukraines_part(header.labels.get(amount))
    for col, m in sorted(header.columns.items()):
        if m.field == "duplicate" and col != amount:
            said = match_field((header.labels.get(col, "") or "").split(" / ")[-1])
            whole = match_field(header.labels.get(col, "") or "")
            own = (header.labels.get(col, "") or "").split(" / ")[-1]
            if ukraines and said.field != "amount":
                continue  # beside Ukraine's part, only the whole ("Всего"), never another country's ("Молдова")
            if _donors_part(header.labels.get(amount)) and not TOTAL_ROW.match(own.strip().lower()):
                continue  # beside a donor's part, only the total, never the co-financing
            label = header.labels.get(col, "") or ""
            original = " / " in label and ORIGINAL_WORD.search(label.split(" / ")[-1]) is not None
            # "початковий" under "Бюджет, EUR" reads alone as a start ("початок"): under money it is the original
            if ("amount" in (said.field, whole.field) or original) and (m.currency or currency) == currency:
                return col
    return None


def other_currency_amounts(header: Header) -> dict[int, tuple[str, float]]:
    """Amount columns in another currency than the table's first ("Budget EUR" | "Budget USD", each row
    filling one; or the first in each row's currency and another in one currency): column -> (currency, unit)."""
    first = header.fields().get("amount")
    currency = header.columns[first].currency if first is not None else None
    if currency is None and (first is None or "currency" not in header.fields()):
        return {}
    # the first in the currency of each row's currency cell ("Amount in original currency | Currency | Amount in
    # USD"): a row leaving it empty gives its money in the other column's currency
    # the table's unit when the first column's own header names none ("(тис.)" in the title rows)
    block_scale = (
        header.columns[first].scale if match_field(header.labels.get(first, "") or "").scale == 1.0 else 1.0
    )
    out = {}
    for col, m in sorted(header.columns.items()):
        said = match_field(header.labels.get(col, "") or "")
        # a conversion set aside ("Еквівалент, грн"): the money of a row that gives no other (agreed in hryvnia)
        converted = m.field == "ignore" and said.field == "ignore" and equivalent(header.labels.get(col, ""))
        if m.field == "duplicate" or converted:
            unit = said.currency or (m.currency if converted else None)
            if (said.field == "amount" or converted) and unit and unit != currency:
                out[col] = (unit, said.scale if said.scale != 1.0 else block_scale)
    return out


def _changed_amount(cells: RowCells, amount: float, currency: str | None) -> float:
    """The amount a remark changed the row's amount to, when the remark's old figure is the amount's and its currency,
    if it names one, the row's (else the amount as it is, and a warning)."""
    state = cells.state
    old, new, said, col = state.changed_amounts[cells.index]
    if (old is not None and abs(old - amount) > max(0.5, 0.005 * amount)) or (
        said and currency and said != currency
    ):
        state.issue(
            "warning",
            "amount",
            f"row {cells.n}: the remark {state.cell(cells.index, col)} changes an amount "
            f"{f'from {old:,.2f} ' if old is not None else ''}to "
            f"{new:,.2f}{' ' + said if said else ''}, but the row's amount is {amount:,.2f}"
            f"{' ' + currency if currency else ''}; the amount is counted as it is — check the row",
            cells.index,
            col,
        )
        return amount
    state.issue(
        "info",
        "amount",
        f"row {cells.n}: the remark {state.cell(cells.index, col)} changes the amount from {amount:,.2f} to "
        f"{new:,.2f}; {new:,.2f} is counted",
        cells.index,
        col,
    )
    cells.names["amount"] = state.cell_in_row(cells.index, cells.n, col)
    return new


def _stepped_money(
    cells: RowCells, amount: float | None, year_amounts: dict[int, float], currency: str | None
) -> tuple[float | None, dict[int, float]]:
    """The row's money after the steps of a remark changing it (:func:`~mtd_analysis.ingest.layouts.money_steps`):
    the amount's when the row gives one and no year's figure, else the one year's figure it gives. Not applied, and
    said, when the row gives several figures (which one changed?), the remark names another currency, or the
    result is not plausible (below zero, or a new figure more than ten times away from the row's).
    """
    state, n, index = cells.state, cells.n, cells.index
    steps, said, col = state.money_steps[index]
    where = state.cell(index, col)
    shown = "; ".join(
        f"to {x:,.2f}" if how == "to" else f"{'+' if x > 0 else '-'}{abs(x):,.2f}" for how, x in steps
    )
    if amount is not None and not year_amounts:
        figure, what, year = amount, "the amount", None
    elif amount is None and len(year_amounts) == 1:
        ((year, figure),) = year_amounts.items()
        what = f"the {year} amount"
    else:
        state.issue(
            "warning",
            "amount",
            f"row {n}: the remark {where} changes the money ({shown}), but the row gives "
            f"{'a total and ' if amount is not None else ''}{len(year_amounts)} year figure(s): which one changed "
            "is not said, so the row is counted as written — check the row",
            index,
            col,
        )
        return amount, year_amounts
    value = figure
    for how, x in steps:
        value = x if how == "to" else value + x
    if (
        abs(value - figure) < 0.005
    ):  # "the budget was increased to SEK 4.8 million" beside 4 800 000: already so
        return amount, year_amounts
    first_to = next((x for how, x in steps if how == "to"), None)
    if (
        (said and currency and said != currency)
        or value < 0
        or (first_to is not None and figure > 0 and not 0.1 <= first_to / figure <= 10)
    ):
        state.issue(
            "warning",
            "amount",
            f"row {n}: the remark {where} changes {what} ({shown}{' ' + said if said else ''}), which is "
            f"{figure:,.2f}{' ' + currency if currency else ''}; the change does not fit it, so {figure:,.2f} is "
            "counted — check the row",
            index,
            col,
        )
        return amount, year_amounts
    state.issue(
        "info",
        "amount",
        f"row {n}: the remark {where} changes {what} from {figure:,.2f} ({shown}): {value:,.2f} is counted",
        index,
        col,
    )
    value = round(value, 2)
    if year is None:
        cells.names["amount"] = state.cell_in_row(index, n, col)
        return value, year_amounts
    return amount, {year: value}


#: A note giving Ukraine's share of every programme: "Частка України становить 40% бюджету кожної з наведених
#: програм", "Ukraine: 40% of each programme".
_NOTE_SHARE = re.compile(
    r"(?:ukrain\w*|україн\w*|украин\w*)[^.;%]{0,60}?(?P<pct>\d{1,3}(?:[.,]\d+)?)\s*%"
    r"[^.;]{0,40}?(?:each|every|all|кожн\w*|всіх|усіх|каждо\w*|всех)",
    re.IGNORECASE,
)


_SHARE_SAID = re.compile(r"share|portion|частк|дол[яі]|доля", re.IGNORECASE)
#: Money beside the donor's own: co-financing, national or partners' contributions (a column's label, a remark).
COFINANCING = re.compile(
    r"co-?financ|co-?fund|співфінанс|софинанс|national|національн|национальн|державн\w* бюджет|госбюджет",
    re.IGNORECASE,
)
#: A town's or region's own money: "місцевий бюджет", "local budget", "the municipality".
LOCAL_BUDGETS = r"місцев\w* бюджет|местн\w* бюджет|local budget|municipal"
#: Either of the two, for a text already lowercased: the same matches, several times faster on long titles than a
#: case-insensitive search (which Python's engine cannot start from a first letter). Both are written in lower case.
COFUNDING_OR_LOCAL_LOWER = re.compile(rf"{COFINANCING.pattern}|{LOCAL_BUDGETS}")
CHANGE_SAID = re.compile(
    r"grew|grow|increas|decreas|rose|fell|compared|than|зріс|зрос|збільш|зменш|порівнян|ніж|вырос|увелич|уменьш"
    r"|по сравнению|чем",
    re.IGNORECASE,
)


def note_share(rows: list[list], header: Header) -> tuple[float, int, int] | None:
    """Ukraine's share of every row's amount given once in a note above or below the table (percent, row, column),
    for a table with no share column; None when no note says it for each programme. A note is a row of one text;
    it must say a share ("частка", "share") of each programme ("кожної", "each")."""
    for index, row in enumerate(rows):
        if header.first_row <= index <= header.row:
            continue
        filled = only_filled(row)
        if filled is None or not isinstance(filled[1], str):
            continue  # a row of cells (a project's, a remark among them) is no note
        col, text = filled[0], clean_text(filled[1])
        if (
            len(text) < 300
            and _SHARE_SAID.search(text)
            and not CHANGE_SAID.search(text)  # "Ukraine's share grew by 40% compared with …": no share given
            and (found := _NOTE_SHARE.search(text))
        ):
            share = float(found["pct"].replace(",", "."))
            if 0 < share < 100:
                return share, index, col
    return None


def _sector_share(cells: RowCells, amount: float, year_amounts: dict) -> tuple[float, dict]:
    """The MIA sector's part of a multi-sector project's amount (and of its years), from a remark (said)."""
    state = cells.state
    share, col = state.sector_shares[cells.index]
    part = round(amount * share / 100, 2)
    state.issue(
        "warning",
        "amount",
        f"row {cells.n}: the remark {state.cell(cells.index, col)} gives the MIA sector's part, {share:g}% of "
        f"{amount:,.2f}: {part:,.2f} is counted — check the remark is about the money",
        cells.index,
        col,
    )
    cells.names["sector_share"] = state.cell_in_row(cells.index, cells.n, col)
    return part, {year: round(v * share / 100, 2) for year, v in year_amounts.items()}


def _sector_part(cells: RowCells, amount: float, year_amounts: dict) -> tuple[float, dict]:
    """The MIA system's part of a multi-sector project, from a column of its part of one year's money ("of which MIA
    bodies, CY2021 (USD)" beside "CY2021 planned"): that year's amount is the part, and the project's amount and
    other years take the same share of it (warning). A blank cell leaves the row whole."""
    state = cells.state
    col, year = state.sector_part
    value = cell_value(cells.row, col)
    try:
        found = parse_amount(value)
    except ValueProblem:
        found = None
    if found is None or found.value is None:
        return amount, year_amounts
    part = _in_units(found.value, value, state.header.columns[col].scale)
    whole = year_amounts.get(year)
    label = state.header.labels.get(col, "")
    cells.names["sector_part"] = state.cell_in_row(cells.index, cells.n, col)
    if not whole or part > whole + 0.5:
        state.issue(
            "warning",
            "amount",
            f"row {cells.n}: '{label}' gives the MIA system's part of {year}, {part:,.2f}, but the row gives no "
            f"{year} figure it can be part of: it is the {year} amount, the project's amount stays {amount:,.2f}",
            cells.index,
            col,
        )
        return amount, {**year_amounts, year: part}
    share = part / whole
    state.issue(
        "warning",
        "amount",
        f"row {cells.n}: '{label}' gives the MIA system's part of {year}, {part:,.2f} of {whole:,.2f}: that share "
        f"({share:.1%}) of the project's money is counted, {round(amount * share, 2):,.2f} of {amount:,.2f}",
        cells.index,
        col,
    )
    years = {y: round(v * share, 2) for y, v in year_amounts.items()}
    years[year] = round(part, 2)
    return round(amount * share, 2), years


def _money_given(value) -> tuple[float, str | None] | None:
    """A sum written in a cell ("USD 720,000"): (value, currency), or None when the cell is not one."""
    if not isinstance(value, str) or "%" in value:
        return None
    try:
        found = parse_amount(value)
    except ValueProblem:
        return None
    return None if found is None or found.value is None else (found.value, found.currency)


#: A percentage said among words ("из них система МВД: 30 %").
_PERCENT_SAID = re.compile(r"(?<![\d.,])(\d{1,3}(?:[.,]\d+)?)\s*%")


def _ukraine_share(
    cells: RowCells, amount: float, year_amounts: dict, currency: str | None = None
) -> tuple[float, dict]:
    """Ukraine's part of a regional programme's amount (and of its years) from a "Share for Ukraine, %" cell: "40%",
    "40" or 0.4; a blank share leaves the amount whole, an unreadable one is said."""
    state, col = cells.state, cells.state.share_col
    if col is None:  # the share a note gives every programme (said once, at the note)
        share, _, _ = state.note_share
        part = round(amount * share / 100, 2)
        return part, {year: round(v * share / 100, 2) for year, v in year_amounts.items()}
    value = cell_value(cells.row, col)
    text = clean_text(value) if value is not None else None
    if text is None:
        return amount, year_amounts
    if donors_share_beside_contribution(
        state.header.labels.get(col, ""), state.header.labels.get(cells.amount_col, "")
    ):
        state.issue(
            "info",
            "amount",
            f"row {cells.n}: the donor's share ('{text}') stands beside the donor's contribution: the contribution "
            "is counted, the share not applied again",
            cells.index,
            col,
        )
        return amount, year_amounts
    share = parse_percentage(value)
    if (
        share is None and len(said := _PERCENT_SAID.findall(text)) == 1
    ):  # "из них система МВД: 30 %": its one share
        share = float(said[0].replace(",", "."))
    if share is None and (given := _money_given(value)) is not None and given[1] in (None, currency):
        part = given[0]  # "USD 720,000" in the share column: Ukraine's part given as money
        if 0 < part <= amount:
            state.issue(
                "info",
                "amount",
                f"row {cells.n}: '{state.header.labels.get(col, '')}' gives Ukraine's part as money ('{text}'): "
                f"{part:,.2f} of {amount:,.2f} is counted",
                cells.index,
                col,
            )
            cells.names["ukraine_share"] = state.cell_in_row(cells.index, cells.n, col)
            return part, {year: round(v * part / amount, 2) for year, v in year_amounts.items()}
    if share is None or not 0 < share <= 100:
        state.issue(
            "warning",
            "amount",
            f"row {cells.n}: the share '{text}' ({state.cell(cells.index, col)}) is not a percentage; the whole "
            "amount is counted",
            cells.index,
            col,
        )
        return amount, year_amounts
    part = round(amount * share / 100, 2)
    state.issue(
        "info",
        "amount",
        f"row {cells.n}: the share in '{state.header.labels.get(col, '')}', {share:g}% of {amount:,.2f}, is counted: "
        f"{part:,.2f}",
        cells.index,
        col,
    )
    cells.names["ukraine_share"] = state.cell_in_row(cells.index, cells.n, col)
    return part, {year: round(v * share / 100, 2) for year, v in year_amounts.items()}


#: What a remark giving sums by period holds, looked for before it is read: a figure, then "for 2021" / "на 2021".
_A_PERIODS_SUM = re.compile(
    r"\d\s*\S{0,8}\s*(?:[-–—:]\s*)?(?:for|in|на|за|в|у)\s+(?:the\s+)?\S{0,8}\s*20\d\d", re.IGNORECASE
)


def _periods_remarked(cells: RowCells, amount: float, currency: str | None) -> dict[int, float] | None:
    """The row's money by year from a remark giving its sums by periods of years that add up to the amount ("EUR 300
    000 for 2020–2021 and EUR 200 000 for 2022"): each sum spread by days over its years (within the project's
    dates, when known); said at the remark (info)."""
    state = cells.state
    skip = {state.fields.get("title"), state.fields.get("amount"), state.fields.get("partner")}
    start, end = cells.dates
    for col, text in enumerate(cells.cleaned):
        if col in skip or not text or len(text) < 12 or "20" not in text or not _A_PERIODS_SUM.search(text):
            continue
        parts = period_parts(text)
        if parts is None or any(cur and currency and cur != currency for _, cur, _, _ in parts):
            continue
        if abs(sum(value for value, *_ in parts) - amount) > max(1.0, 0.005 * amount):
            continue
        years: dict[int, float] = {}
        for value, _, first, last in parts:
            begin, finish = dt.date(first, 1, 1), dt.date(last, 12, 31)
            if start is not None and end is not None and start <= finish and end >= begin:
                begin, finish = (
                    max(begin, start),
                    min(finish, end),
                )  # the part of the project's days in that period
            for year, part in split_by_days(value, days_per_year(begin, finish)).items():
                years[year] = round(years.get(year, 0.0) + part, 2)
        cells.names["amount_by_period"] = state.cell_in_row(cells.index, cells.n, col)
        shown = ", ".join(f"{y}: {v:,.2f}" for y, v in sorted(years.items()))
        state.issue(
            "info",
            "amount",
            f"row {cells.n}: {state.cell(cells.index, col)} gives the amount by periods ('{text[:90]}'): {shown}",
            cells.index,
            col,
        )
        return years
    return None


#: What stands between a remark's year and its figure: "2021 г. – 300,0", "2021 рік: 300 тис.", "2021: CAD 2.1m".
_YEAR_WORD_AND_DASH = re.compile(r"^\s*(?:р\.|рік|року|г\.|года|год|year)?\s*[:–—=-]?\s*", re.IGNORECASE)


def _year_part_remarked(
    cells: RowCells, amount: float | None, amount_col: int | None, currency: str | None, year_amounts: dict
) -> dict[int, float]:
    """The row's money by year with the part of one year a remark gives ("в т.ч. 2021 г. – 300,0", "of which 2021:
    EUR 150 000"), in the amount cell's unit: that year's part, the rest spread by days over the project's other
    years (info at the remark). When the row's years are given already, or the remark's figure cannot be the
    amount's part (another currency, more than the amount, no dates to place the rest), the years are as they were
    and a warning says the remark was not read."""
    state = cells.state
    year, col, words, snippet = state.year_parts_said[cells.index]
    if year_amounts:
        return year_amounts  # the row's own year cells give its years
    figure, said = figure_in(words), currency_in_text(words)
    start, end = cells.dates
    raw = _unsigned(cells.row[amount_col]) if amount_col is not None else None
    try:
        raw_value = raw if isinstance(raw, (int, float)) or raw is None else parse_amount(raw).value
    except (ValueProblem, AttributeError):
        raw_value = None
    unit = amount / raw_value if amount and raw_value else None  # the amount cell's unit (x 1000 in "тис.")
    try:  # "CAD 2.1m", "300 тис.": the remark's own unit
        written = parse_amount(_YEAR_WORD_AND_DASH.sub("", words, count=1).strip(" .;"))
    except ValueProblem:
        written = None
    if written is not None and written.value is not None and written.value != figure:
        figure, unit = written.value, 1.0
    part = round(figure * unit, 2) if figure is not None and unit is not None else None
    rest_days = days_per_year(start, end, skip=(year,)) if start and end else {}
    undated = start is None and end is None  # the remark's year part stands; the rest has no year to go to
    if (
        part is None
        or amount is None
        or (said and currency and said != currency)
        or part > amount + max(0.5, 0.005 * amount)
        or (not undated and not (start and end and start.year <= year <= end.year))
        or (not undated and amount - part > max(0.5, 0.005 * amount) and not rest_days)
    ):
        state.issue(
            "warning",
            "amount",
            f"row {cells.n}: the remark '{snippet}' gives the project's {year} part, which could not be read as "
            f"a part of its amount; the {year} amount is worked out from the dates — give it in a {year} column "
            "if it differs",
            cells.index,
            col,
        )
        return year_amounts
    if undated:
        return _undated_year_part(
            cells, year, part, amount, col, f"gives the {year} part of the amount: {part:,.2f}", snippet
        )
    rest = round(amount - part, 2) if amount - part > max(0.5, 0.005 * amount) else 0.0
    return _year_and_the_rest(
        cells, year, part, rest, rest_days, col, f"gives the {year} part of the amount: {part:,.2f}", snippet
    )


def _undated_year_part(
    cells: RowCells, year: int, part: float, amount: float, col: int, gives: str, snippet: str
) -> dict[int, float]:
    """A year's part a remark gives on a row with no dates: that year's money; the rest of the amount is in no year,
    as when an undated row's year cell is filled and its other years are not (info at the remark)."""
    state = cells.state
    cells.names[f"amount_{year}"] = state.cell_in_row(cells.index, cells.n, col)
    rest = round(amount - part, 2)
    state.issue(
        "info",
        "amount",
        f"row {cells.n}: the remark {state.cell(cells.index, col)} ('{snippet}') {gives} counted for {year}"
        + (
            f"; the row has no dates, so the rest ({rest:,.2f}) is in no year"
            if rest > max(0.5, 0.005 * amount)
            else ""
        ),
        cells.index,
        col,
    )
    return {year: round(part, 2)}


def _year_and_the_rest(
    cells: RowCells, year: int, part: float, rest: float, rest_days: dict, col: int, gives: str, snippet: str
) -> dict[int, float]:
    """A year's part a remark gives, and the rest of the amount by days over the project's other years: the row's
    money by year, the year's cell named at the remark, said (info)."""
    state = cells.state
    years = {year: part}
    if rest:
        years.update(split_by_days(rest, rest_days))
    cells.names[f"amount_{year}"] = state.cell_in_row(cells.index, cells.n, col)
    state.issue(
        "info",
        "amount",
        f"row {cells.n}: the remark {state.cell(cells.index, col)} ('{snippet}') {gives} counted for {year}, the rest "
        "by days over the project's other years",
        cells.index,
        col,
    )
    return {y: round(v, 2) for y, v in sorted(years.items())}


def _year_share_remarked(cells: RowCells, amount: float) -> dict[int, float]:
    """The row's money by year when a remark gives one year's share of it ("35% in 2021"): that share of the amount
    in that year, the rest by days over the project's other years (info at the remark); nothing when the project's
    dates do not hold the year or leave no other year for the rest (a warning: the dates are used)."""
    state = cells.state
    year, pct, col, snippet = state.year_shares_said[cells.index]
    start, end = cells.dates
    part = round(amount * pct / 100, 2)
    rest_days = days_per_year(start, end, skip=(year,)) if start and end else {}
    gives = f"gives the {year} share of the amount: {pct:g} % of {amount:,.2f} = {part:,.2f}"
    if start is None and end is None:  # no dates: the share is that year's money, the rest in no year
        return _undated_year_part(cells, year, part, amount, col, gives, snippet)
    if not (start and end and start.year <= year <= end.year) or (part < amount - 0.5 and not rest_days):
        state.issue(
            "warning",
            "amount",
            f"row {cells.n}: the remark '{snippet}' gives the project's {year} share, which its dates cannot hold; "
            f"the {year} amount is worked out from the dates",
            cells.index,
            col,
        )
        return {}
    rest = round(amount - part, 2) if amount - part > 0.5 else 0.0
    return _year_and_the_rest(cells, year, part, rest, rest_days, col, gives, snippet)


def _with_top_ups(cells: RowCells, amount: float, year_amounts: dict) -> tuple[float, dict]:
    """The amount and yearly amounts of a row with the money its "Top-up 2021" cells add for their year: the original
    amount keeps its years (its own, or by days over the project's dates), each top-up goes to its year (info). A
    top-up for no year ("Supplementary grant") adds to the amount, spread like it."""
    state = cells.state
    start, end = cells.dates
    years = dict(year_amounts)
    added = []
    for col, year in state.top_ups.items():
        value = cell_value(cells.row, col)
        try:
            parsed = parse_amount(value) if value is not None else None
        except ValueProblem as exc:
            if exc.negative is None:
                cells.problem(exc, col, f"top-up for {year}" if year else "top-up")
                continue
            # "(35,000)" in "Reallocation 2021": money moved out of the project, subtracted (said below)
            parsed = Amount(exc.negative, None)
        if parsed is None or parsed.value == 0:
            continue
        if year is None:  # added to the whole amount: to its years by days when the amount has years
            top_up = _in_units(parsed.value, value, state.header.columns[col].scale)
            if years:
                if start is None or end is None:
                    state.issue(
                        "warning",
                        "amount",
                        f"row {cells.n}: a top-up of {top_up:,.2f} ({state.cell(cells.index, col)}) to an amount "
                        "given by year, with no dates to spread it over; not added",
                        cells.index,
                        col,
                    )
                    continue
                for y, part in split_by_days(top_up, days_per_year(start, end)).items():
                    years[y] = round(years.get(y, 0.0) + part, 2)
            amount = round(amount + top_up, 2)
            cells.names["top_up"] = state.cell_in_row(cells.index, cells.n, col)
            added.append(f"{top_up:,.2f}")
            continue
        if not years:
            if start is None or end is None or not (start.year <= year <= end.year):
                state.issue(
                    "warning",
                    "amount",
                    f"row {cells.n}: a top-up of {parsed.value:,.2f} for {year} ({state.cell(cells.index, col)}) "
                    "does not fall within the project's dates; not added",
                    cells.index,
                    col,
                )
                continue
            years = split_by_days(amount, days_per_year(start, end))
        top_up = _in_units(parsed.value, value, state.header.columns[col].scale)
        years[year] = round(years.get(year, 0.0) + top_up, 2)
        amount = round(amount + top_up, 2)
        cells.names[f"top_up_{year}"] = state.cell_in_row(cells.index, cells.n, col)
        added.append(f"{top_up:,.2f} for {year}")
    if added:
        state.issue(
            "info",
            "amount",
            f"row {cells.n}: top-up {', '.join(added)} added to the original amount (now {amount:,.2f})"
            + ("; the original keeps its years by days" if any(" for " in a for a in added) else ""),
            cells.index,
            next(iter(state.top_ups)),
        )
    return amount, years


#: A cell saying "none" with a dash: "-", "–", "—".
_DASH = re.compile(r"[-–—]+")


def _original_amount(cells: RowCells, current_col: int | None):
    """The row's original amount where its current amount is left empty or a dash: (value, currency, column)."""
    state, col = cells.state, cells.state.original_amount_col
    value = cell_value(cells.row, col)
    try:
        parsed = parse_amount(value)
    except ValueProblem as exc:
        cells.problem(exc, col, "amount")
        return None
    if parsed is None:
        return None
    scale = state.header.columns[col].scale
    if (
        scale == 1.0
    ):  # a column read as a repeat keeps no unit: its label's ("…, тыс."), else the current one's
        scale = match_field(state.header.labels.get(col, "") or "").scale
        if scale == 1.0 and current_col is not None:
            scale = state.header.columns[current_col].scale
    ukraines = names_ukraines_part(state.header.labels.get(current_col))
    written = clean_text(cell_value(cells.row, current_col)) if current_col is not None else None
    if (
        ukraines and written and _DASH.fullmatch(written)
    ):  # "–" for Ukraine: none of the programme is Ukraine's
        state.issue(
            "warning",
            "amount",
            f"row {cells.n}: Ukraine's part ({state.cell(cells.index, current_col)}) is '{written}': nothing of the "
            f"programme's {parsed.value:,.2f} ({state.cell(cells.index, col)}) is counted for Ukraine",
            cells.index,
            current_col,
        )
        return 0.0, parsed.currency, current_col
    if ukraines or _donors_part(state.header.labels.get(current_col)):  # a part left blank beside the total
        state.issue(
            "warning",
            "amount",
            f"row {cells.n}: {'Ukraine' if ukraines else 'the donor'}'s part ({state.cell(cells.index, current_col)}) "
            f"is empty: the whole amount ({state.cell(cells.index, col)}) is counted — give the part",
            cells.index,
            current_col,
        )
    else:
        state.issue(
            "info",
            "amount",
            f"row {cells.n}: the current amount ({state.cell(cells.index, current_col)}) is empty or a dash: the "
            f"original amount ({state.cell(cells.index, col)}) is used, unchanged",
            cells.index,
            col,
        )
    return (parsed.value if scale == 1.0 else _in_units(parsed.value, value, scale)), parsed.currency, col


def _other_currency_amount(cells: RowCells, first: float | None, first_currency: str | None):
    """The amount of a row from an amount column in another currency: (value, currency, column), or None.

    Used only where the first amount column holds no amount (``first`` None); then that currency's own year
    columns, if the table has them, give the row's years (:func:`_currency_group_years`). A row filling both keeps
    the first: where one is a conversion of the other (within a quarter of the year's exchange rate, or no rate
    known) such rows are said once per table (:func:`both_currencies_said`); where the sums are no conversion
    ("750 000 євро" and "5 600 000 грн – місцевий компонент") the second currency's money is a project of its own
    (``state.second_currency``, made one by the build), said at the row."""
    state = cells.state
    filled = [(c, unit) for c, unit in state.other_currency.items() if _amount_text(cell_value(cells.row, c))]
    if not filled:
        return None
    if first is not None:
        chosen = _contract_currency_column(cells, filled)
        if chosen is None:
            if len(filled) > 1 or not _second_currency_line(cells, first, first_currency, *filled[0]):
                state.both_currencies.append(cells.n)  # a conversion, as like as not: said once per table
            return None
        filled = [chosen]
    col, (currency, scale) = filled[0]
    read = _other_column_amount(cells, col, scale)
    if read is None:
        return None
    amount, said_currency = read
    cells.names["amount"] = state.cell_in_row(cells.index, cells.n, col)
    if first is None and any(
        own == (said_currency or currency) for _, own, _ in state.currency_years.values()
    ):
        cells.group_years = _currency_group_years(cells, said_currency or currency)
    return amount, said_currency or currency, col


def _other_column_amount(cells: RowCells, col: int, scale: float) -> tuple[float, str | None] | None:
    """A money cell of another currency's column, in units: (value, the currency its cell names), or None."""
    value = cell_value(cells.row, col)
    try:
        parsed = parse_amount(value)
    except ValueProblem as exc:
        cells.problem(exc, col, "amount")
        return None
    if parsed is None:
        return None
    return (parsed.value if scale == 1.0 else _in_units(parsed.value, value, scale)), parsed.currency


def _currency_group_years(cells: RowCells, currency: str) -> dict[int, float]:
    """A row's years in one currency's own year columns (``state.currency_years``), in units; each cell named."""
    out: dict[int, float] = {}
    for col, (year, own, scale) in cells.state.currency_years.items():
        if own != currency:
            continue
        read = _other_column_amount(cells, col, scale)
        if read is not None and read[0]:
            out[year] = round(out.get(year, 0.0) + read[0], 2)
            cells.names.setdefault(f"amount_{year}", cells.state.cell_in_row(cells.index, cells.n, col))
    return out


#: How far two sums may stand from the year's exchange rate and still be one sum converted (a quarter either way).
_CONVERSION_SLACK = 1.25


def _second_currency_line(cells: RowCells, first: float, first_currency: str | None, col: int, unit) -> bool:
    """Whether a row's sum in another currency's column is money of its own, no conversion of the first amount: kept
    as the row's second line (``state.second_currency``) and said; False when it may be a conversion."""
    state = cells.state
    currency, scale = unit
    first_currency = first_currency or state.header.columns[state.header.fields()["amount"]].currency
    read = _other_column_amount(cells, col, scale)
    if read is None or not read[0] or not first or first_currency is None:
        return False
    other_currency = read[1] or currency
    pair = {first_currency, other_currency}
    if other_currency == first_currency or not any(pair <= set(rates) for rates in _rates_of_every_year()):
        return False  # no rate to tell a conversion apart: taken for one, as before
    if not any(own == other_currency for _, own, _ in state.currency_years.values()):
        return False  # only a currency with columns of its own years makes a group of its own money
    # the hryvnia lost half its value in 2014–2015, before the rates' first year: a conversion down to 0.45 of it
    low = 0.45 if "UAH" in (first_currency, other_currency) else 1 / _CONVERSION_SLACK
    for year_rates in _rates_of_every_year():
        if pair <= set(year_rates):
            ratio = (read[0] * year_rates[other_currency]) / (first * year_rates[first_currency])
            if "UAH" == first_currency:
                ratio = 1 / ratio  # the hryvnia's sum over the other's, as when the hryvnia is the second
            if low <= ratio <= _CONVERSION_SLACK:
                return False  # a conversion at some year's rate, as like as not
    years = _currency_group_years(cells, other_currency)
    first_years = {}
    for col, year in state.yearly.items():
        if (value := _other_column_amount(cells, col, state.header.columns[col].scale)) is not None:
            first_years[year] = value[0]
    if (
        years
        and set(years) == set(first_years)
        and all(
            first_years[y] and math.isclose(years[y] / first_years[y], read[0] / first, rel_tol=0.01)
            for y in years
        )
    ):
        return False  # each year in the same proportion as the totals: one sum converted at one rate
    state.second_currency[cells.index] = {
        "amount": round(read[0], 2),
        "currency": other_currency,
        "years": years,
    }
    state.issue(
        "info",
        "amount",
        f"row {cells.n}: the row gives money in {first_currency} ({first:,.2f}) and in {other_currency} "
        f"({read[0]:,.2f}), in columns of each; at no year's exchange rate is one a conversion of the other: a "
        "project in each currency",
        cells.index,
        col,
    )
    return True


@lru_cache(maxsize=1)
def _rates_of_every_year() -> tuple[dict[str, float], ...]:
    """The shipped exchange rates of each year, hryvnias per unit (a conversion may use any year's rate)."""
    from mtd_analysis.reference.rates import load_rates

    rates = load_rates()
    return tuple(
        dict(zip(rows["currency"], rows["uah_per_unit"].astype(float), strict=True))
        for _, rows in rates.groupby("year", sort=True)
    )


def _contract_currency_column(cells: RowCells, filled: list):
    """Of a row filling an amount in two currencies, the other column when the row's currency column names its
    currency ("Вартість, EUR" | "Вартість, грн" | "Валюта договору: грн"): the contract's money, the first column
    its conversion; None when the currency column names the first column's currency, or nothing."""
    state = cells.state
    value, _ = cells.get("currency")
    if value is None:
        return None
    try:
        named = cells.parsed("currency")
    except ValueProblem:
        return None
    first = state.header.fields().get("amount")
    # a first column whose header names no currency takes the row's currency column ("Donor contribution" |
    # "Currency" | "Total budget, USD equivalent"): the currency column says what the first column is in
    if first is None or state.header.columns[first].currency in (None, named):
        return None
    return next(((c, unit) for c, unit in filled if unit[0] == named), None)


def _amount_text(value) -> bool:
    """A cell that may hold an amount: not empty, not a dash or "n/a"."""
    try:
        return parse_amount(value) is not None
    except ValueProblem:
        return True


def both_currencies_said(state: SheetState) -> None:
    """One warning for the rows that fill an amount column in each of two currencies."""
    if state.both_currencies:
        first = state.header.fields().get("amount")
        others = ", ".join(f"'{state.header.labels.get(c, '')}'" for c in state.other_currency)
        state.issue(
            "warning",
            "amount",
            f"rows {number_ranges(state.both_currencies)} give an amount in '{state.header.labels.get(first, '')}' and in "
            f"{others}: '{state.header.labels.get(first, '')}' was used (the other taken for a conversion of it)",
            state.header.row,
            min(state.other_currency),
        )


#: A mark in a money column ("x", "х", "✓", "+", "v"): the column's priority is the row's, without an amount.
_MARK = re.compile(r"[xх×✓✔+v*]", re.IGNORECASE)


def _part_cells(cells: RowCells, parts: dict[int, str]):
    """Each filled cell of a row's money columns split by agency or priority (``parts``: column -> its agency or
    priority) that reads as an amount: (column, its agency or priority, parsed amount, value in units); a cell that
    does not read is said and passed over."""
    state = cells.state
    for col, part in parts.items():
        value = cell_value(cells.row, col)
        if value is None:
            continue
        if parts is state.priority_parts and isinstance(value, str) and _MARK.fullmatch(value.strip()):
            cells.marked_priority = (
                part,
                col,
            )  # "x" under a priority: the row's priority, no money in this column
            continue
        try:
            parsed = parse_amount(value)
        except ValueProblem as exc:
            cells.problem(exc, col, f"amount for {part or 'other'}")
            continue
        if parsed is None:
            continue
        scale = state.header.columns[col].scale
        yield col, part, parsed, parsed.value if scale == 1.0 else _in_units(parsed.value, value, scale)


def _agency_cells(cells: RowCells):
    """Each filled agency money cell of a row that reads as an amount (see :func:`_part_cells`)."""
    return _part_cells(cells, cells.state.agency_parts)


def _agency_parts(cells: RowCells):
    """A row's amount as the sum of its agencies' money columns: (sum, currency, first column), or None.
    Each part's cell is named (``amount_NPU=D7``); the agencies with money become the row's beneficiaries
    when it names none."""
    state, total, currency, first, agencies = cells.state, 0.0, None, None, []
    for col, agency, parsed, value in _agency_cells(cells):
        total += value
        currency = currency or parsed.currency or state.header.columns[col].currency
        first = col if first is None else first
        cells.names[f"amount_{agency or 'other'}"] = state.cell_in_row(cells.index, cells.n, col)
        if parsed.value and agency:
            agencies.append(agency)
    if first is None:
        return None
    cells.agencies = agencies
    return round(total, 2), currency, first


def _priority_parts(cells: RowCells, amount: bool = True):
    """A row's amount as the sum of its priorities' money columns: (sum, currency, the column holding the most), or
    None; the priority of that column is the row's declared priority (``cells.declared``). With ``amount`` False
    (the row's amount is a total column's), only the declared priority is taken."""
    state, total, currency, parts = cells.state, 0.0, None, []
    for col, _, parsed, money in _part_cells(cells, state.priority_parts):
        total += money
        currency = currency or parsed.currency or state.header.columns[col].currency
        parts.append((money, col))
    if not parts:
        if cells.marked_priority is not None:  # "x" in a priority's column, no money there
            cells.declared = cells.marked_priority
        return None
    _, most = max(parts, key=lambda p: (p[0], -p[1]))
    if amount:
        cells.names["amount"] = state.cell_in_row(cells.index, cells.n, most)
    cells.declared = (state.priority_parts[most], most)
    return round(total, 2), currency, most


def agencies_with_money(cells: RowCells, amount: float) -> None:
    """The agencies whose money columns hold money in a row whose amount is its total ("NPU | SBGS | … |
    Total"): they become its beneficiaries when it names none, each cell named (``beneficiaries_NPU=E5``). Parts
    that do not add up to the total are said; the total is counted."""
    state, parts, agencies = cells.state, 0.0, []
    for col, agency, parsed, value in _agency_cells(cells):
        if not parsed.value:
            continue
        parts += value
        if agency:
            agencies.append(agency)
            cells.names[f"beneficiaries_{agency}"] = state.cell_in_row(cells.index, cells.n, col)
    cells.agencies = agencies
    if parts and abs(parts - amount) > max(1.0, 0.005 * abs(amount)):
        state.issue(
            "warning",
            "amount",
            f"row {cells.n}: the agencies' amounts add up to {parts:,.2f}, the total says {amount:,.2f}; the total "
            "is counted",
            cells.index,
            min(state.agency_parts),
        )


def _approximate_amount(cells: RowCells, value, col: int, counted: float) -> None:
    """A warning at an amount written as approximate ("≈ 400 000", "365 000 ± 5%"): the number is counted as is."""
    parts = amount_parts(value)
    if parts:
        cells.state.issue(
            "info",
            "amount",
            f"row {cells.n}: the amount is the sum of the {len(parts)} parts the cell gives "
            f"('{clean_text(value)[:60]}'): {counted:,.2f}",
            cells.index,
            col,
        )
    corrected = amount_correction(value)
    if corrected is not None:
        cells.state.issue(
            "warning",
            "amount",
            f"row {cells.n}: the amount cell gives a correction or a remark beside its figure "
            f"('{clean_text(value)[:80]}'): {counted:,.2f} ('{corrected[0]}') was counted, not '{corrected[1]}'; "
            "check it is the current figure",
            cells.index,
            col,
        )
    sign = approximate(value)
    if sign is not None:
        cells.state.issue(
            "warning",
            "amount",
            f"row {cells.n}: the amount '{clean_text(value)}' is approximate ('{sign}'); {counted:,.2f} was counted",
            cells.index,
            col,
        )


#: A mark in a timeline's cell ("x", "■", "✓"): the part of the year is a month (or quarter) of work, not money.
_MARK = re.compile(f"[{TIMELINE_MARKS}]{{1,2}}")
#: An empty or light box in a timeline's cell ("□", "░", "○"): a month without work, as if the cell were empty.
_NO_MARK = re.compile(f"[{EMPTY_MARKS}]{{1,2}}")


def timeline_marks(cells: RowCells) -> list[tuple[int, int, str]] | None:
    """The parts of years a row marks in a timeline (a Gantt chart: months or quarters across, "x" or "■" in the
    months of work, no money in them): (year, column, months) of each marked cell, in order; None when the row's
    parts of years hold anything but marks (money), or none is marked.

    A row whose parts all hold 1 beside an amount of more than 100 marks them too.
    """
    state = cells.state
    marked, ones, empty = [], [], []
    for col, year in state.yearly.items():
        part = state.header.columns[col].part
        if not part:
            continue
        text = cells.cleaned[col] if col < len(cells.cleaned) else None
        if not text:
            continue
        if _MARK.fullmatch(text):
            marked.append((year, col, part))
        elif _NO_MARK.fullmatch(text):
            empty.append(col)
        elif text == "1":
            ones.append((year, col, part))
        else:
            return None
    if ones and not marked:
        amount = cells.row[state.fields["amount"]] if state.fields.get("amount") is not None else None
        if isinstance(amount, (int, float)) and amount > 100 or (isinstance(amount, str) and len(amount) > 3):
            return ones
        return None
    parts = sum(1 for col in state.yearly if state.header.columns[col].part)
    if marked and len(marked) == parts and parts > 4:
        return (
            None  # every part of the chart marked ("х" in every quarter of a form: not applicable): no period
        )
    if marked and not ones:
        cells.unmarked = empty  # the empty boxes: no money either (see _year_amounts)
        return marked
    if not marked and not ones and not empty:
        return _coloured_parts(cells, parts)
    return None


def _coloured_parts(cells: RowCells, parts: int) -> list[tuple[int, int, str]] | None:
    """The parts of years a row colours in a timeline with no figure or mark in any (a Gantt bar drawn as fills):
    (year, column, months) of each empty, filled part, like :func:`timeline_marks`. None when none is coloured, or
    every part is (a row shaded across, not a bar), or the parts use more than one colour (not one bar), or every
    row colours the same parts and the legend names no such colour (a column shaded, no bar)."""
    state = cells.state
    fills = state.grid.meta.get("empty_fills")
    if not fills:
        return None
    coloured = [
        (year, col, state.header.columns[col].part)
        for col, year in state.yearly.items()
        if state.header.columns[col].part and (cells.index, col) in fills
    ]
    colours = {fills[(cells.index, c)] for _, c, _ in coloured}
    if not coloured or len(coloured) == parts or len(colours) > 1:
        return None
    if colours.pop() not in state.grid.meta.get("bar_statuses", {}) and _one_span(state, fills):
        return (
            None  # the same columns coloured on every row: a column shaded or highlighted, no project's bar
        )
    cells.coloured = True
    return coloured


def _one_span(state: SheetState, fills: dict) -> bool:
    """Whether the rows colouring parts of the timeline (two or more) all colour the same ones (a column shaded down
    the sheet)."""
    if state.bar_spans is None:
        parts = {col for col in state.yearly if state.header.columns[col].part}
        spans: dict[int, set[int]] = {}
        for index, col in fills:
            if col in parts:
                spans.setdefault(index, set()).add(col)
        state.bar_spans = len(spans) >= 2 and len({frozenset(cols) for cols in spans.values()}) == 1
    return state.bar_spans


#: A year's cell saying the whole amount falls in that year: "в повному обсязі", "in full", "полностью".
ALL_OF_IT_WORDS = (
    r"(?:у|в)\s+повному\s+обсязі|повністю|в\s+полном\s+объ[её]ме|полностью|in\s+full|(?:the\s+)?(?:full|whole|entire)"
    r"\s+amount|весь\s+объ[её]м|весь\s+обсяг|all\s+of\s+it|entirely"
)
_ALL_OF_IT = re.compile(rf"{ALL_OF_IT_WORDS}|100\s*%", re.IGNORECASE)


#: A column of work done, not money: "2021 (% completed)", "Виконано у 2021, %".
_PROGRESS = re.compile(
    r"complet|progress|deliver|викона|выполн|освоєн|освоен|готовн|disburs|spent", re.IGNORECASE
)


def _year_amounts(cells: RowCells) -> tuple[dict[int, float], str | None]:
    """The per-year amount columns of a row, in units, and the currency they name.

    A year's parts (quarters, half-years, months) add up to its amount where the row gives no column of the
    whole year; a part covering months another filled part gave before it is not added (warning at its cell).
    Beside a filled column of the whole year the parts are its breakdown: not added, and a sum that differs
    from it is a warning.
    """
    state, header = cells.state, cells.state.header
    year_amounts: dict[int, float] = {}
    year_currency = None
    parts: dict[int, list[tuple[int, str, float]]] = {}  # year -> (column, months, value) of the filled parts
    marks = cells.timeline
    if marks is None and any(state.header.columns[c].part for c in state.yearly):
        marks = timeline_marks(cells)
    # marked months (the period, read by _dates) and empty boxes hold no money
    timeline = {col for _, col, _ in marks or ()} | set(cells.unmarked if marks else ())
    for col, year in state.yearly.items():
        value = cell_value(cells.row, col)
        units = header.columns[col]
        original = col in state.year_originals and (
            value is None or (isinstance(value, str) and not any(c.isdigit() for c in value))
        )
        if (
            original
        ):  # the revision left blank, "без змін", "-": the original figure stands, in its own column's unit
            col, units = state.year_originals[col]
            value = cell_value(cells.row, col)
        fixed = state.fixed_year_cells.get(cells.index, {}).get(col)
        if fixed is not None and col not in timeline:  # "2021 figure corrected to USD 350,000" in a remark
            value_in_units = _corrected_year_cell(cells, year, col, value, fixed)
            year_currency = year_currency or fixed[1] or units.currency
            if units.part:
                parts.setdefault(year, []).append((col, units.part, value_in_units))
            else:
                _name_year_cell(cells, year, col)
                year_amounts[year] = year_amounts.get(year, 0.0) + value_in_units
            continue
        if value is None or col in timeline:
            continue
        share = _year_share(state, cells.index, col, value)
        if share is not None and cells.total:  # 0.35 under "Доля бюджета на 2021 г.": the year's share
            _add_year_share(cells, year, col, share, f"{share:g} %", year_amounts)
            continue
        try:
            if original:
                read = parse_amount(value)
                parsed = None if read is None else (read.value, read.currency)
            else:
                parsed = cells.parsed(col)  # parse_amount(value) as (value, currency)
        except ValueProblem as exc:
            parsed = None
            progress = (
                _PROGRESS.search(state.header.labels.get(col) or "") is not None
            )  # "2021 (% completed)"
            if isinstance(value, str) and _ALL_OF_IT.fullmatch(clean_text(value) or "") and not progress:
                cells.whole_year = (year, col)  # "в повному обсязі": the whole amount falls in this year
            elif progress and "%" in str(value):
                cells.problem(
                    ValueProblem(
                        f"'{clean_text(value)}' in a column of work done is no money", "warning", "amount"
                    ),
                    col,
                    f"amount for {year}",
                )
            elif cells.total and (share := share_in_words(value)) is not None and _no_other_year(value, year):
                # "35%" under "2021, EUR", "45% бюджету" beside "Частка 2021 року": the year's share of the total
                _add_year_share(cells, year, col, share, f"'{clean_text(value)}'", year_amounts)
            elif (donors := _donor_parts_alike(cells, value)) is not None:
                # "Sweden: 500,000 / Switzerland: 300,000" beside the amount's parts by the same donors, in the same
                # proportions: the year's sum, each donor's project taking its share of it as of the amount
                parsed = (donors[0], donors[1])
                cells.state.issue(
                    "info",
                    "amount",
                    f"row {cells.n}: the {year} cell gives each donor's part ('{clean_text(value)[:80]}'), in the "
                    f"proportions of the amount's parts: the year's sum {donors[0]:,.2f}, each donor's project its part",
                    cells.index,
                    col,
                )
            else:
                cells.problem(exc, col, f"amount for {year}")
            if parsed is None:
                continue
        if parsed is None:
            legend = state.grid.meta.get("dash_legend")
            if (
                legend
                and isinstance(value, str)
                and _DASH.fullmatch(value.strip())
                and not original
                and not units.part
            ):
                # "–" in a year's column, where the file says a dash is no money: an empty year (else unknown)
                _name_year_cell(cells, year, col)
                year_amounts[year] = year_amounts.get(year, 0.0)
                if not state.dash_said:
                    state.dash_said = True
                    state.issue(
                        "info",
                        "amount",
                        f"the file says a dash is no money ('{legend[2][:80]}', sheet '{legend[0]}', row {legend[1]}): "
                        "a dash in a year's column is that year's nothing, not a figure left out",
                        cells.index,
                        col,
                    )
            continue
        value_in_units = _in_units(parsed[0], value, units.scale)
        _approximate_amount(cells, value, col, value_in_units)
        year_currency = year_currency or parsed[1] or units.currency
        if units.part:
            parts.setdefault(year, []).append((col, units.part, value_in_units))
            continue
        _name_year_cell(cells, year, col)
        year_amounts[year] = year_amounts.get(year, 0.0) + value_in_units
    for year, found in parts.items():
        _add_parts(cells, year, found, year_amounts)
    return year_amounts, year_currency


def _corrected_year_cell(cells: RowCells, year: int, col: int, value, fixed: tuple) -> float:
    """A year's figure a remark corrects: the remark's (in units when it names a currency, else in the column's
    unit), its cell named beside the column's, said."""
    state = cells.state
    new, currency, remark_col, *said = (
        fixed  # said: where a note below the table is (its figure, not a correction)
    )
    units = state.header.columns[col]
    figure = new if currency or units.scale == 1.0 else round(new * units.scale, 2)
    where = said[0] if said else f"the remark {state.cell_in_row(cells.index, cells.n, remark_col)}"
    state.issue(
        "info",
        "amount",
        f"row {cells.n}: {where} {'gives' if said else 'corrects'} the figure of "
        f"'{state.header.labels.get(col) or year}' ({clean_text(str(value)) if value is not None else 'empty'}): "
        f"{figure:,.2f} is counted",
        cells.index,
        col,
    )
    return figure


def _add_year_share(
    cells: RowCells, year: int, col: int, share: float, shown: str, year_amounts: dict
) -> None:
    """A year's share of the project's total added to its money, its cell named, said."""
    part = round(cells.total * share / 100, 2)
    year_amounts[year] = year_amounts.get(year, 0.0) + part
    _name_year_cell(cells, year, col)
    cells.state.issue(
        "info",
        "amount",
        f"row {cells.n}: the {year} cell gives a share of the total ({shown}): {share:g} % of {cells.total:,.2f} = "
        f"{part:,.2f}",
        cells.index,
        col,
    )


def shown_as_percent(state, index: int, col: int, value) -> float | None:
    """The percentage a number formatted as one shows (0.6 stored, "60%" shown: 60.0), or None for any other cell."""
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return None
    return (
        round(float(value) * 100, 6) if state.grid.meta.get("formats", {}).get((index, col)) == "%" else None
    )


def _no_other_year(value, year: int) -> bool:
    """Whether a year's cell names no year but its own before its share ("2021: 40%" under 2021, not "2022: 40%")."""
    said = re.match(r"\s*(20\d\d)\D", str(value))
    return said is None or int(said[1]) == year


def _year_share(state, index: int, col: int, value) -> float | None:
    """The percentage a year's number gives in a column of shares ("Доля бюджета на 2021 г."): a number formatted as
    a percentage (0.35 shows as 35%), or in a column whose label names a share, a fraction up to 1 or a
    percentage up to 100; None for money."""
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return None
    if (shown := shown_as_percent(state, index, col, value)) is not None:
        return shown
    if YEAR_SHARE_LABEL.search(state.header.labels.get(col) or "") and 0 < value <= 100:
        return round(float(value) * 100, 6) if value <= 1 else float(value)
    return None


#: A sum's remark placing all of it in one year: "(проект реализуется в течение 2021 года в полном объеме)", "(весь
#: обсяг – у 2021 р.)", "(all of it in 2021)".
_WHOLE_IN_A_YEAR = re.compile(
    rf"(?:{ALL_OF_IT_WORDS})[^()\d]{{0,40}}?(?P<year>20\d\d)(?!\d)[^()\d]*\)?\.?$"
    rf"|(?P<year2>20\d\d)(?!\d)\s*(?:г\.|р\.|року|года|год)?[^()\d]{{0,30}}(?:{ALL_OF_IT_WORDS})[^()\d]*\)?\.?$",
    re.IGNORECASE,
)


def fiscal_amounts(cells: RowCells) -> tuple[dict[int, float], str | None, float]:
    """A row's money by calendar year from its fiscal years' columns: each fiscal year's amount split over its days
    (:func:`~mtd_analysis.ingest.periods.split_by_days`), each calendar year's cells named (``amount_2021=F5+G5``);
    their currency and sum."""
    state = cells.state
    out: dict[int, float] = {}
    currency, total = None, 0.0
    spans = dict(state.fiscal)
    if state.project_years:  # "Year 1 | Year 2": twelve months each from the row's start
        begun = cells.dates[0]
        if begun is None:
            if any(cell_value(cells.row, c) is not None for c in state.project_years):
                state.issue(
                    "warning",
                    "amount",
                    f"row {cells.n}: money by the project's own years but no start date: its years cannot be placed "
                    "in the calendar; not counted by year",
                    cells.index,
                    min(state.project_years),
                )
            return {}, None, 0.0
        for col, k in state.project_years.items():
            first = begun if k == 1 else end_after(begun, 12 * (k - 1)) + dt.timedelta(days=1)
            spans[col] = (first, end_after(begun, 12 * k))
    for col, (start, end) in spans.items():
        value = cell_value(cells.row, col)
        if value is None:
            continue
        what = (
            f"amount for the project's year {state.project_years[col]}"
            if col in state.project_years
            else f"amount for the fiscal year {start:%m.%Y}–{end:%m.%Y}"
        )
        try:
            parsed = parse_amount(value)
        except ValueProblem as exc:
            cells.problem(exc, col, what)
            continue
        if parsed is None or not parsed.value:
            continue
        column = state.header.columns[col]
        amount = parsed.value if column.scale == 1.0 else _in_units(parsed.value, value, column.scale)
        currency = currency or parsed.currency or column.currency
        total += amount
        if col not in state.project_years:
            # a project that starts or ends within the fiscal year spends its money there on its own days (INL's FY
            # 2021, October 2020 – September 2021, for a project of March – September 2021: all of it in 2021)
            first, last = cells.dates
            clipped = (max(start, first) if first else start, min(end, last) if last else end)
            if clipped[0] <= clipped[1]:
                start, end = clipped
        split = (
            _split_over(amount, start, end)
            if col in state.project_years
            else split_by_days(amount, days_per_year(start, end))
        )
        for year, part in split.items():
            out[year] = out.get(year, 0.0) + part
            _name_year_cell(cells, year, col)
    return {year: round(part, 2) for year, part in out.items()}, currency, total


def _split_over(amount: float, start: dt.date, end: dt.date) -> dict[int, float]:
    """A project year's amount spread over its span: by whole months when it runs twelve months from a month's first
    day (as a partner profiles a year's money: 3/12 of it in three months of one calendar year), else by days."""
    if start.day == 1 and end == end_after(start, 12):
        months: dict[int, int] = {}
        for k in range(12):
            year = start.year + (start.month - 1 + k) // 12
            months[year] = months.get(year, 0) + 1
        return {year: amount * m / 12 for year, m in months.items()}
    return split_by_days(amount, days_per_year(start, end))


def _name_year_cell(cells: RowCells, year: int, col: int) -> None:
    """Name a cell of the year's money: "amount_2021=F5", the parts of a year all of them ("…=G6+H6+J6")."""
    cell, name = cells.state.cell_in_row(cells.index, cells.n, col), f"amount_{year}"
    cells.names[name] = f"{cells.names[name]}+{cell}" if name in cells.names else cell


def _add_parts(cells: RowCells, year: int, found: list[tuple[int, str, float]], year_amounts: dict) -> None:
    """A year's filled parts in a row: its amount where no column of the whole year gave it (each month once)."""
    state, n, index = cells.state, cells.n, cells.index
    total = round(sum(value for _, _, value in found), 2)
    if year in year_amounts:  # the whole year is given: the parts break it down
        whole = round(year_amounts[year], 2)
        if abs(whole - total) > max(0.01, 0.005 * abs(whole)):
            state.issue(
                "warning",
                "amount",
                f"row {n}: the parts of {year} add up to {total:,.2f}, the column of the whole year says "
                f"{whole:,.2f}; the whole year's figure is used — check the row",
                index,
                found[0][0],
            )
        return
    taken: set[int] = set()
    for col, part, value in found:
        first, last = (int(m) for m in part.split("-"))
        months = set(range(first, last + 1))
        if months & taken:
            state.issue(
                "warning",
                "amount",
                f"row {n}: {state.cell(index, col)} ('{state.header.labels.get(col, '')}') covers months of {year} "
                "another filled column gives before it; not added (each month is counted once)",
                index,
                col,
            )
            continue
        taken |= months
        _name_year_cell(cells, year, col)
        year_amounts[year] = year_amounts.get(year, 0.0) + value
    if taken:
        cells.year_months[year] = sorted(taken)


#: A total with one year's part in brackets: "EUR 400 000 (of which 2021: 150 000)", "1,2 млн (у т.ч. 2021 р. – 400 тис.)".
_YEAR_PART = re.compile(
    rf"(?P<total>[^()]+?)\s*\(\s*(?:{OF_WHICH})\s*(?:in\s+|на\s+|у\s+|в\s+)?(?P<year>20\d\d)"
    r"(?:\s*(?:р\.|рік|році|г\.|год|году))?"
    r"\s*[:–—=-]?\s*(?P<part>[^()]+?)\s*\)",
    re.IGNORECASE,
)


#: The same after a comma: "4 500 000 евро, в т.ч. на 2021 г. — 1 500 000 евро", "EUR 400 000; of which in 2021: 150 000".
_YEAR_PART_AFTER = re.compile(
    rf"(?P<total>[^()]+?)\s*[,;]?\s*(?:{OF_WHICH})\s*(?:in\s+|for\s+|на\s+|у\s+|в\s+)?(?P<year>20\d\d)"
    r"(?:\s*(?:р\.|рік|році|г\.|год|году))?"
    r"\s*[:–—=-]?\s*(?P<part>[^()]+?)",
    re.IGNORECASE,
)


#: The same with the year alone before a colon: "GBP 450,000 (2021: 150,000)" (a dash would be a period: "(2021–2022)").
_YEAR_PART_BARE = re.compile(
    r"(?P<total>[^()]+?)\s*\(\s*(?P<year>20\d\d)(?:\s*(?:р\.|рік|г\.|год))?\s*[:=]\s*(?P<part>[^()]+?)\s*\)",
    re.IGNORECASE,
)


#: The same with a dash, the part naming its currency or unit (no second year): "1 200 тис. USD (2021 – 400 тис. USD)".
_YEAR_PART_DASH = re.compile(
    r"(?P<total>[^()]+?)\s*\(\s*(?P<year>20\d\d)(?:\s*(?:р\.|рік|г\.|год))?\s*[–—-]\s*(?!\s)"
    r"(?!(?:19|20)\d\d(?!\d))(?P<part>(?=[^()]*\d)(?=[^()]*[^\W\d_])[^()]+?)\s*\)",
    re.IGNORECASE,
)
#: The same after a comma with "in" and no "of which": "2 400 000,00 EUR, у 2021 р. – 800 000,00 EUR".
_YEAR_PART_IN = re.compile(
    r"(?P<total>[^()]+?)\s*[,;]\s*(?:in|у|в|на)\s+(?P<year>20\d\d)(?:\s*(?:р\.|рік|році|г\.|год|году))?"
    r"\s*[:–—=-]\s*(?P<part>[^()]+?)",
    re.IGNORECASE,
)


def _total_and_year_part(value) -> tuple[tuple[float, str | None], tuple[int, float]] | None:
    """((total, currency), (year, part)) from a cell giving a total and one year's part in brackets or after a comma,
    else None.

    Examples
    --------
    >>> _total_and_year_part("EUR 400 000 (of which 2021: 150 000)")
    ((400000.0, 'EUR'), (2021, 150000.0))
    >>> _total_and_year_part("4 500 000 евро, в т.ч. на 2021 г. — 1 500 000 евро")
    ((4500000.0, 'EUR'), (2021, 1500000.0))
    >>> _total_and_year_part("4 200 000\\nз них у 2021 р. – 1 500 000")  # the part on a line of its own
    ((4200000.0, None), (2021, 1500000.0))
    >>> _total_and_year_part("400 000 (revised)") is None, _total_and_year_part("400 000, of which 2021: 500 000") is None
    (True, True)
    >>> _total_and_year_part("GBP 450,000 (2021: 150,000)"), _total_and_year_part("450 000 (2021–2022)")
    (((450000.0, 'GBP'), (2021, 150000.0)), None)
    >>> _total_and_year_part("1 200 тис. USD (2021 – 400 тис. USD)")
    ((1200000.0, 'USD'), (2021, 400000.0))
    >>> _total_and_year_part("2 400 000,00 EUR, у 2021 р. – 800 000,00 EUR")
    ((2400000.0, 'EUR'), (2021, 800000.0))
    >>> _total_and_year_part("450 000 (2021 – 2022 рр.)") is None  # a period
    True
    """
    text = clean_text(value) or "" if isinstance(value, str) else ""
    found = (
        _YEAR_PART.fullmatch(text)
        or _YEAR_PART_AFTER.fullmatch(text)
        or _YEAR_PART_BARE.fullmatch(text)
        or _YEAR_PART_DASH.fullmatch(text)
        or _YEAR_PART_IN.fullmatch(text)
        if text
        else None
    )
    if found is None:
        return None
    try:
        total, part = parse_amount(found["total"]), parse_amount(found["part"])
    except ValueProblem:
        return None
    if (
        total is None
        or part is None
        or part.value > total.value
        or (part.currency and total.currency and part.currency != total.currency)
    ):
        return None
    return (total.value, total.currency or part.currency), (int(found["year"]), part.value)


#: "… з них:", "у тому числі", "of which" before the donors' parts of an amount.
_OF_WHICH_SAID = re.compile(rf"(?:{OF_WHICH})\s*[:,]?\s*", re.IGNORECASE)


#: A total with its named parts in brackets and no "of which": "2 000 000 USD (Norway — 1 200 000; Denmark — 800 000)".
_PARTS_IN_BRACKETS = re.compile(r"(?P<head>[^()]*\d[^()]*?)\s*\((?P<tail>[^()]*[—–:-][^()]*)\)\.?")


def _named_parts(value) -> tuple[float, str | None, list[tuple[str, float]]] | None:
    """An amount cell giving a total and its named parts after "of which" ("4 000 000 EUR, з них ЄС — 3 000 000,
    Німеччина — 1 000 000"; "… of which equipment — 3 000 000, training — 1 000 000"): (total, currency, [(name,
    part)]) for two parts or more adding up to the total, in the total's currency; else None."""
    text = clean_text(value)
    said = _OF_WHICH_SAID.search(text or "")
    bracketed = None if said or not text else _PARTS_IN_BRACKETS.fullmatch(text)
    if bracketed is not None:  # "2 000 000 USD (Norway — 1 200 000; Denmark — 800 000)"
        head, tail = bracketed["head"], bracketed["tail"].strip()
    elif said and text:
        head, tail = text[: said.start()].rstrip(" ,;(–—-"), text[said.end() :].rstrip(" .)")
    else:
        return None
    try:
        total = parse_amount(head)
    except ValueProblem:
        return None
    if total is None or not total.value:
        return None
    parts = []
    for piece in re.split(r"\s*;\s*|,\s+(?=[^\d\s])", tail):
        named = re.fullmatch(r"(.+?)\s*[—–:-]\s*(\d.*)", piece.strip())
        if named is None or re.fullmatch(
            r"[\d\s]+", named[1]
        ):  # "2021: 1 500 000": a year's part, not a name
            return None
        try:
            part = parse_amount(named[2])
        except ValueProblem:
            return None
        if part is None or (part.currency and total.currency and part.currency != total.currency):
            return None
        parts.append((named[1].strip(), part.value))
    if len(parts) < 2 or abs(sum(v for _, v in parts) - total.value) > max(1.0, 0.005 * total.value):
        return None
    return total.value, total.currency, parts


def _donor_parts_alike(cells: RowCells, value) -> tuple[float, str | None, list[tuple[str, float]]] | None:
    """A year's cell giving each donor's part ("Sweden: 500,000 Switzerland: 300,000") where the row's amount cell
    gave the same donors' parts in the same proportions (within a per cent): :func:`donor_parts` of it; else None
    (parts in other proportions cannot be split as the amount's shares split the project)."""
    if not cells.donor_sums or (donors := donor_parts(value)) is None:
        return None
    if [name for name, _ in donors[2]] != [name for name, _ in cells.donor_sums]:
        return None
    whole, year_sum = sum(x for _, x in cells.donor_sums), donors[0]
    if not whole or not year_sum:
        return None
    alike = all(
        abs(part / year_sum - share / whole) <= 0.01
        for (_, part), (_, share) in zip(donors[2], cells.donor_sums, strict=True)
    )
    return donors if alike else None


def donor_parts(value) -> tuple[float, str | None, list[tuple[str, float]]] | None:
    """An amount cell giving a total and each donor's part ("4 000 000 EUR, з них ЄС — 3 000 000 EUR, Німеччина —
    1 000 000 EUR"): (total, currency, [(partner, part)]), for two donors or more whose parts add up to the total;
    else None.

    Examples
    --------
    >>> donor_parts("5 000 000 євро, у тому числі: ЄС – 4 000 000; Уряд ФРН – 1 000 000")
    (5000000.0, 'EUR', [('EU', 4000000.0), ('Germany', 1000000.0)])
    >>> donor_parts("2 000 000 долл. США (Норвегия — 1 200 000; Дания — 800 000)")
    (2000000.0, 'USD', [('Norway', 1200000.0), ('Denmark', 800000.0)])
    >>> donor_parts("4 000 000 EUR, of which 2021: 1 500 000") is None, donor_parts("EUR 900 000 (2021 — 400 000)") is None
    (True, True)
    >>> donor_parts("Литва: EUR 40 000; Польша: EUR 60 000")  # each donor's sum, no total
    (100000.0, 'EUR', [('Lithuania', 40000.0), ('Poland', 60000.0)])
    >>> donor_parts("Польша: PLN 1 200 000; Литва: EUR 50 000") is None  # two currencies
    True
    """
    from mtd_analysis.ingest.partners import canonical_partner, is_known_partner, partner_sums

    found = _named_parts(value)
    if found is None and isinstance(value, str) and (sums := partner_sums(value)) and len(sums) >= 2:
        # "Литва: EUR 40 000; Польша: EUR 60 000": each donor's sum and no total, in one currency (a cell in two
        # currencies is two projects' money, not read)
        currencies = {currency_in_text(part) for part in re.split(r";|\n", value)} - {None}
        if len(currencies) <= 1:
            return sum(x for _, x in sums), next(iter(currencies), None), sums
    if found is None or not all(is_known_partner(name) for name, _ in found[2]):
        return None
    return found[0], found[1], [(canonical_partner(name), part) for name, part in found[2]]


#: A sum per period times a count of periods ("USD 125,000 per quarter (8 quarters)", "£35,000/month x 24 months",
#: "50 000 грн на місяць × 12 місяців"): the periods' words.
_PER_PERIOD = {
    "month": r"months?|міс\w*|мес\w*",
    "quarter": r"quarters?|qtrs?|квартал\w*",
    "year": r"years?|yrs?|рік|роки|років|рок\w*|год\w*|лет",
}
_RATE_TIMES = re.compile(
    r"^(?P<money>.*?\d.*?)\s*(?:/|\bper\b|\ba\b|\bна\b|\bв\b|\bза\b)\s*(?P<unit>"
    + "|".join(f"(?P<{k}>{v})" for k, v in _PER_PERIOD.items())
    + r")\.?\s*(?:[x×х*]|\(|,|\bfor\b|\bпротягом\b|\bв течение\b)?\s*(?P<n>\d{1,3})\s*(?P<of>[^\W\d_]+\.?)?\s*\)?\s*$",
    re.IGNORECASE,
)


def rate_times_count(value) -> tuple[float, str | None, str] | None:
    """A sum per period times the number of periods, as one amount: (amount, currency, how), or None.

    Examples
    --------
    >>> rate_times_count("USD 125,000 per quarter (8 quarters)")
    (1000000.0, 'USD', '125,000.00 per quarter x 8')
    >>> rate_times_count("£35,000/month x 24 months")[:2], rate_times_count("50 000 грн на місяць × 12 місяців")[:2]
    ((840000.0, 'GBP'), (600000.0, 'UAH'))
    >>> rate_times_count("EUR 300 000 x 2") is None, rate_times_count("£35,000/month x 24 quarters") is None
    (True, True)
    """
    text = clean_text(value) if isinstance(value, str) else None
    found = _RATE_TIMES.match(text) if text else None
    if found is None:
        return None
    unit = next(k for k in _PER_PERIOD if found[k])
    if found["of"] and not re.fullmatch(_PER_PERIOD[unit], found["of"].rstrip("."), re.IGNORECASE):
        return None  # "per month x 24 quarters": the count is not of the rate's periods
    try:
        rate = parse_amount(found["money"])
    except ValueProblem:
        return None
    if rate is None or rate.value is None or int(found["n"]) == 0:
        return None
    n = int(found["n"])
    return round(rate.value * n, 2), rate.currency, f"{rate.value:,.2f} per {unit} x {n}"


def budget_lines(value) -> tuple[float, str | None, list[tuple[str, float]]] | None:
    """An amount cell giving a total and the lines of its budget ("4 000 000 EUR, of which equipment — 3 000 000,
    training — 1 000 000"): (total, currency, [(line, part)]) when no line names a partner and the lines add up to
    the total; else None.

    Examples
    --------
    >>> budget_lines("4 000 000 EUR, of which equipment — 3 000 000, training — 1 000 000")[:2]
    (4000000.0, 'EUR')
    >>> budget_lines("4 000 000 EUR, of which EU — 3 000 000, Germany — 1 000 000") is None
    True
    """
    from mtd_analysis.ingest.partners import is_known_partner

    found = _named_parts(value)
    if found is None or any(is_known_partner(name) for name, _ in found[2]):
        return None
    return found


#: A sum naming the US dollar outright ("USD", "US$", "дол. США"), not dollars alone ("$", "dollars").
_US_NAMED = re.compile(r"usd|us\s?\$|u\.\s?s\.|сша|американ", re.IGNORECASE)


def _only_dollars(value) -> bool:
    """Whether a cell's sum is in dollars without saying whose ("$9,000,000", "9 000 000 dollars").

    Examples
    --------
    >>> _only_dollars("$9,000,000"), _only_dollars("USD 9,000,000"), _only_dollars("US$ 9,000,000")
    (True, False, False)
    """
    return isinstance(value, str) and not _US_NAMED.search(value)


def row_money(cells: RowCells) -> dict:
    """Amount, currency and yearly amounts of a row, with an issue for each problem."""
    state, n, index, header = cells.state, cells.n, cells.index, cells.state.header
    amount_value, amount_col = cells.get("amount")
    amount = cell_currency = None
    priority_year = (
        None  # (year, amount, column): the priorities' money beside a total, for the year they name
    )
    if (
        state.original_amount_col is not None
        and isinstance(amount_value, str)
        and not any(c.isdigit() for c in amount_value)
    ):
        amount_value = None  # "no change" / "без змін" under the amended amount: the original is read (below)
    if cells.funder_in_amount:  # "Funding | Ministry of Foreign Affairs of Denmark": the partner, said
        amount_value = None
    in_cell: dict[int, float] = {}
    if isinstance(amount_value, str) and refers_elsewhere(
        amount_value
    ):  # "see SBGS sheet, No. S-3": given there
        cells.amount_elsewhere = clean_text(amount_value)
        state.issue(
            "info",
            "amount",
            f"row {n}: the amount cell says '{cells.amount_elsewhere}': the amount is given elsewhere, none is read "
            "from this row",
            index,
            amount_col,
        )
        amount_value = None
    if amount_value is not None:
        try:
            parsed = cells.parsed("amount")  # parse_amount(amount_value) as (value, currency)
            if parsed is not None:
                amount, cell_currency = parsed
                scale = header.columns[amount_col].scale
                whole = (
                    _WHOLE_IN_A_YEAR.search(amount_value)
                    if isinstance(amount_value, str)
                    and "(" in amount_value
                    and not _NOT_ALL_IN_THE_YEAR.search(amount_value)
                    else None
                )  # "210 000 EUR (весь объем в 2021 г.)": the whole amount in that year
                if bracketed := _number_and_currency_in_brackets(amount_value):  # "28 400,0 (USD)"
                    amount, cell_currency = _bracketed_currency(cells, amount, bracketed, amount_col)
                else:
                    amount = amount if scale == 1.0 else _in_units(amount, amount_value, scale)
                if whole is not None:
                    year = int(whole["year"] or whole["year2"])
                    in_cell = {year: amount}
                    cells.names[f"amount_{year}"] = state.cell_in_row(index, n, amount_col)
                else:
                    _approximate_amount(cells, amount_value, amount_col, amount)
                if letter_zeros(amount_value):
                    state.issue(
                        "warning",
                        "amount",
                        f"row {n}: the amount '{clean_text(amount_value)}' has a letter O for a zero: read as "
                        f"{amount:,.2f} — check it",
                        index,
                        amount_col,
                    )
                if scale != 1.0 and isinstance(amount_value, str) and sum_in_words(amount_value):
                    state.issue(
                        "warning",
                        "amount",
                        f"row {n}: the amount cell writes its sum out in words ('{clean_text(amount_value)}'): "
                        f"{amount:,.2f} is read as written, the header's unit (x {scale:,.0f}) not applied — check",
                        index,
                        amount_col,
                    )
        except ValueProblem as exc:
            by_year = years_and_total(amount_value)
            split = _total_and_year_part(amount_value) if by_year is None else None
            foreign = foreign_part(amount_value) if split is None and by_year is None else None
            # "74 475 000 грн (2 250 000 євро)": one sum in two currencies
            twice = equivalent_in_brackets(amount_value) if split is None and foreign is None else None
            read = split is None and foreign is None and twice is None and by_year is None  # no reading yet
            donors = donor_parts(amount_value) if read else None
            lines = budget_lines(amount_value) if read and donors is None else None
            rate = rate_times_count(amount_value) if read and donors is None and lines is None else None
            # "Общий бюджет – 420 000 евро (2020–2022 гг.), из них на 2021 год предусмотрено 150 000 евро. Проект
            # реализуется.": a sentence in the money's cell
            prose = (
                money_in_prose(amount_value)
                if read and donors is None and lines is None and rate is None and money_sentence(amount_value)
                else None
            )
            if prose is not None and _other_sums(amount_value, {prose[0], *prose[2].values()}):
                prose = None  # "1 000 000 EUR, of which equipment — 300 000, training — 500 000": lines, said
            if (
                by_year is not None
            ):  # "2020 р. – 350; 2021 р. – 420,5; разом – 770,5": each year's, and the total
                parts, amount, cell_currency = by_year
                # "85 тыс. евро (…)" says its own unit: the column's "тыс." is not applied again
                scale = 1.0 if UNIT_WORD.search(amount_value) else header.columns[amount_col].scale
                in_cell = {year: round(v * scale, 2) for year, v in parts.items()}
                amount = round(amount * scale, 2)
                for part_year in parts:
                    cells.names[f"amount_{part_year}"] = state.cell_in_row(index, n, amount_col)
                state.issue(
                    "info",
                    "amount",
                    f"row {n}: the amount cell gives the money year by year ('{clean_text(amount_value)[:90]}'): "
                    + "; ".join(f"{y}: {v:,.2f}" for y, v in sorted(in_cell.items()))
                    + f"; the total {amount:,.2f}"
                    + ("" if total_written(amount_value) else " (their sum: the cell gives no total)"),
                    index,
                    amount_col,
                )
            elif rate is not None:  # "USD 125,000 per quarter (8 quarters)": the whole amount
                amount, cell_currency = rate[0], rate[1]
                state.issue(
                    "info",
                    "amount",
                    f"row {n}: the amount cell gives a sum per period ('{clean_text(amount_value)}'): "
                    f"{rate[2]} = {amount:,.2f} is the amount",
                    index,
                    amount_col,
                )
            elif prose is not None:
                amount, cell_currency, parts = prose
                if not parts and (whole := _WHOLE_IN_A_YEAR.search(amount_value)):
                    parts = {
                        int(whole["year"] or whole["year2"]): amount
                    }  # "(проект реализуется в течение 2021 года в полном объеме)"
                in_cell = dict(parts)
                for part_year in parts:
                    cells.names[f"amount_{part_year}"] = state.cell_in_row(index, n, amount_col)
                state.issue(
                    "warning",
                    "amount",
                    f"row {n}: the amount cell is a sentence ('{clean_text(amount_value)[:90]}'): read as "
                    f"{cell_currency} {amount:,.2f}"
                    + "".join(f"; {y}: {v:,.2f}" for y, v in sorted(parts.items()))
                    + " from its words — check them",
                    index,
                    amount_col,
                )
            elif lines is not None:  # "4 000 000 EUR, of which equipment — 3 000 000, training — 1 000 000"
                amount, cell_currency = lines[0], lines[1]
                amount = _in_units(amount, amount_value, header.columns[amount_col].scale)
                state.issue(
                    "info",
                    "amount",
                    f"row {n}: the amount cell gives the total and the lines of its budget "
                    f"('{clean_text(amount_value)[:90]}'): the total is counted",
                    index,
                    amount_col,
                )
            elif (
                donors is not None
            ):  # "4 000 000 EUR, з них ЄС — 3 000 000, Німеччина — 1 000 000": the donors' parts
                amount, cell_currency, parts = donors
                amount = _in_units(amount, amount_value, header.columns[amount_col].scale)
                cells.donor_sums = parts
                state.issue(
                    "info",
                    "partner",
                    f"row {n}: the amount cell gives the total and each donor's part ('{clean_text(amount_value)[:90]}'):"
                    f" one project per donor, each with its part",
                    index,
                    amount_col,
                )
            elif twice is not None:
                (taken, other), scale = twice, header.columns[amount_col].scale
                amount, cell_currency = _parts_in_units(taken.value, amount_value, scale), taken.currency
                whose = (
                    "the donor's currency, the hryvnia" if other.currency == "UAH" else "the first, the other"
                )
                state.issue(
                    "warning",
                    "amount",
                    f"row {n}: the amount cell gives a sum in two currencies ('{clean_text(amount_value)}'): read as "
                    f"{amount:,.2f} {taken.currency} ({whose} taken for its equivalent) — check it is the same money",
                    index,
                    amount_col,
                )
            elif (
                foreign is not None
            ):  # "EUR 1 500 000 + UAH 12 000 000": the partner's money, Ukraine's beside it
                amount, cell_currency = foreign.value, foreign.currency
                amount = _parts_in_units(amount, amount_value, header.columns[amount_col].scale)
                state.issue(
                    "warning",
                    "amount",
                    f"row {n}: the amount cell adds sums in two currencies ('{clean_text(amount_value)}'): the "
                    f"{foreign.currency} part is counted, the hryvnia taken for Ukraine's co-financing",
                    index,
                    amount_col,
                )
            elif split is None:
                cells.problem(exc, amount_col, "amount")
            else:  # "EUR 400 000 (of which 2021: 150 000)": the total, and the year's part said in the same cell
                (amount, cell_currency), (part_year, part) = split
                scale = header.columns[amount_col].scale
                if scale != 1.0:
                    amount, part = amount * scale, part * scale
                in_cell = {part_year: part}
                cells.names[f"amount_{part_year}"] = state.cell_in_row(index, n, amount_col)
                state.issue(
                    "info",
                    "amount",
                    f"row {n}: the amount cell gives the total and its {part_year} part ('{clean_text(amount_value)}'): "
                    f"the total is the project's amount, the part its {part_year} amount",
                    index,
                    amount_col,
                )
    other = _other_currency_amount(cells, amount, cell_currency) if state.other_currency else None
    if other is not None:  # "Budget USD" filled where "Budget EUR" is empty
        amount, cell_currency, amount_col = other
    elif amount is None and amount_value is None and state.other_currency:
        # "Budget EUR" empty, "tbd" under "Budget USD": a sum not fixed yet, in dollars
        pending = {
            currency
            for c, (currency, _) in state.other_currency.items()
            if isinstance(text := clean_text(cell_value(cells.row, c)), str)
            and not any(ch.isdigit() for ch in text)
        }
        if len(pending) == 1:
            cell_currency = pending.pop()
    if amount is None and state.original_amount_col is not None:  # "—" under "с учётом изменений": unchanged
        original = _original_amount(cells, amount_col)
        if original is not None:
            amount, cell_currency, amount_col = original
    if state.priority_parts and amount_value is None and other is None:  # money in its priority's column
        parts = _priority_parts(cells)
        if parts is not None:
            amount, cell_currency, amount_col = parts
    elif (
        state.priority_parts and amount_value is not None
    ):  # beside a total: the priority its money stands under
        beside = _priority_parts(cells, amount=False)
        if beside is not None and state.priority_year is not None:  # "Фінансування у 2021 р. за …"
            priority_year = (state.priority_year, beside[0], beside[2])  # (with no dates, the year's money)
    if state.agency_parts and amount_value is None and other is None:  # "НПУ | ДПСУ" under "Сума, JPY"
        parts = _agency_parts(cells)
        if parts is not None:
            amount, cell_currency, amount_col = parts
    if state.money_spans and amount_col is not None and (index, amount_col) in state.money_spans:
        r0, r1 = state.money_spans[(index, amount_col)]
        state.issue(
            "warning",
            "amount",
            f"row {n}: the amount is merged over rows {state.row_number(r0)}–{state.row_number(r1)}; "
            f"it is counted once, on row {n}",
            index,
            amount_col,
        )
    currency_value, currency_col = cells.get("currency")
    column_currency = None
    if currency_value is not None:
        try:
            column_currency = cells.parsed("currency")  # parse_currency(currency_value)
        except ValueProblem as exc:
            cells.problem(exc, currency_col, "currency")
            column_currency = clean_text(currency_value).upper()
    header_currency = header.columns[amount_col].currency if amount_col is not None else None
    # "тис. євро", "млн. канад. дол." in the currency cell: the row's figures are in that unit
    cell_unit = UNIT_WORD.search(str(currency_value)) if column_currency else None
    unit_col = currency_col
    if cell_unit is None and (unit_col := state.unit_col) is not None:
        # a column of its own ("unit": "тыс." | "ед.") beside the currency's: the row's figures are in that unit
        cell_unit = UNIT_WORD.search(str(cell_value(cells.row, unit_col) or ""))
    if cell_unit and amount is not None and not cell_currency and amount_col is not None:
        amount = _in_currency_cells_unit(cells, amount, amount_col, cell_unit, unit_col)
    if state.donor_parts:  # "EU | Denmark | Japan": each donor's part of the row's money, split by the build
        donors = [(donor, value) for col, donor, _, value in _part_cells(cells, state.donor_parts) if value]
        for col, donor in state.donor_parts.items():
            if cell_value(cells.row, col) is not None:
                cells.names[f"amount_{donor}"] = state.cell_in_row(index, n, col)
        cells.donors = donors
        if (
            amount is None
            and amount_value is None
            and donors
            and not any(cell_value(cells.row, c) is not None for c in state.yearly)
        ):
            amount = round(sum(v for _, v in donors), 2)
    cells.total = amount  # a year's cell may give its share of it ("35%")
    year_amounts, year_currency = _year_amounts(cells) if state.yearly else ({}, None)
    if cells.group_years is not None:  # the money in another currency, whose own year columns give its years
        year_amounts, year_currency = dict(cells.group_years), cell_currency
    if state.donor_year is not None and cells.donors and not year_amounts:
        # the donors' columns under "Финансирование на 2021 г., USD", no total beside them: that year's money
        year_amounts = {state.donor_year: round(sum(v for _, v in cells.donors), 2)}
        year_currency = header.columns[min(state.donor_parts)].currency
    if year_amounts and cell_unit and not year_currency:
        unit = unit_factor(cell_unit[1])
        if all(header.columns[c].scale == 1.0 for c in state.yearly):  # the years in the row's unit too
            year_amounts = {year: round(v * unit, 2) for year, v in year_amounts.items()}
    if (
        priority_year is not None and not year_amounts
    ):  # the priorities' money is the year's their group names
        year_amounts = {priority_year[0]: priority_year[1]}
        cells.names[f"amount_{priority_year[0]}"] = state.cell_in_row(index, n, priority_year[2])
    if not year_amounts and state.breakdown_col is not None:  # "2020: 300 000; 2021: 450 000" in one cell
        parts = year_breakdown(cell_value(cells.row, state.breakdown_col))
        if parts:
            year_amounts = {year: round(v, 2) for year, v in parts.items()}
            for year in year_amounts:
                _name_year_cell(cells, year, state.breakdown_col)
            year_currency = state.header.columns[state.breakdown_col].currency
    if cells.whole_year is not None and amount is not None and not year_amounts:
        year, col = cells.whole_year
        year_amounts = {year: amount}
        _name_year_cell(cells, year, col)
        state.issue(
            "info",
            "amount",
            f"row {n}: '{clean_text(cell_value(cells.row, col))}' under {year}: the whole amount ({amount:,.2f}) is "
            f"the {year} amount",
            index,
            col,
        )
    if (
        state.fiscal or state.project_years
    ):  # "FY2021 obligations": the fiscal year's money in each calendar year
        fiscal, fiscal_currency, fiscal_total = fiscal_amounts(cells)
        if fiscal and amount is not None and abs(fiscal_total - amount) > max(0.5, 0.005 * amount):
            state.issue(
                "warning",
                "amount",
                f"row {n}: the fiscal years' amounts add up to {fiscal_total:,.2f}, the total says {amount:,.2f}; "
                "the total is counted, over the project's dates",
                index,
                min(state.fiscal),
            )
        elif fiscal:
            for year, part in fiscal.items():
                year_amounts[year] = round(year_amounts.get(year, 0.0) + part, 2)
            year_currency = year_currency or fiscal_currency
            if amount is None:  # the fiscal years' sum as written, not the sum of their rounded parts
                amount = round(fiscal_total, 2)
    for year, part in in_cell.items():
        year_amounts.setdefault(year, part)
    if cell_currency is None and index in state.noted_currency and (amount is not None or year_amounts):
        cell_currency, where = state.noted_currency[index]  # "300 000³" and, below, "³ Сумма в долларах США"
        headed = header_currency if header_currency not in (None, cell_currency) else None
        state.issue(
            "warning" if headed else "info",
            "currency",
            f"row {n}: the note at {where}, marked on the row's money, says it is in {cell_currency}"
            + (f", not the {headed} of the column's header: {cell_currency} is used" if headed else ""),
            index,
            amount_col,
        )
    currency = cell_currency or column_currency or header_currency or year_currency or state.block_currency
    if amount is not None and amount_col is not None and not cell_currency:
        currency = _formatted_currency(cells, amount_col, currency, column_currency or header_currency)
    if index in state.money_steps:  # "increased to 610 000; further increased by 25 000" in a remark
        amount, year_amounts = _stepped_money(cells, amount, year_amounts, currency)
    if amount is not None and index in state.changed_amounts:  # "Reduced from 500 000 to 350 000" in a remark
        amount = _changed_amount(cells, amount, currency)
    if (
        cell_currency == "USD"
        and column_currency in dollar_currencies()
        and amount_col is not None
        and _only_dollars(cell_value(cells.row, amount_col))
    ):  # "$9,000,000" beside "CAD": dollars, the column says which
        cell_currency = column_currency
        currency = column_currency
    if cell_currency and column_currency and cell_currency != column_currency:
        state.issue(
            "warning",
            "currency",
            f"row {n}: the amount says {cell_currency} but the currency column says {column_currency}; "
            f"{cell_currency} was used",
            index,
            amount_col,
        )
    if (
        amount is not None
        and not cell_currency
        and column_currency
        and header_currency
        and column_currency != header_currency
        and currency == column_currency
    ):  # "Вартість, грн" and "USD" in the currency column: one of them is wrong, and nothing says which
        state.issue(
            "warning",
            "currency",
            f"row {n}: the amount's column is headed in {header_currency} but the currency column says "
            f"{column_currency}; {column_currency} was used — check which the amount is in",
            index,
            currency_col,
        )
    if index in state.year_only and amount is not None and not year_amounts:
        amount, year_amounts = _one_years_figure(cells, amount, amount_col)
    own_parts = (
        bool(in_cell) and year_amounts == in_cell and amount is not None and amount >= sum(in_cell.values())
    )
    if year_amounts or amount == 0:  # else the total stands alone (see _total_against_years)
        start, end = cells.dates
        declared = amount
        if not own_parts or (start and end):  # undated, a total and the parts its own cell gives both stand
            amount = _total_against_years(
                state,
                index,
                n,
                amount,
                year_amounts,
                (amount_col, start, end),
                cells.year_months,
                cancelled=parse_status(cells.get("status")[0]) == "cancelled",
            )
        if amount != declared and not (start and end):  # a component's, perhaps: its programme dates it
            cells.declared_total = declared  # (see programmes.resolve_programmes)
    if state.top_ups and amount is not None:  # "Top-up 2021" beside the original allocation
        amount, year_amounts = _with_top_ups(cells, amount, year_amounts)
    if (
        amount is not None and not year_amounts
    ):  # "EUR 300 000 for 2020–2021 and EUR 200 000 for 2022" in a remark
        year_amounts = _periods_remarked(cells, amount, currency) or year_amounts
    if index in state.year_parts_said:  # "в т.ч. 2021 г. – 300,0" in a remark
        year_amounts = _year_part_remarked(cells, amount, amount_col, currency, year_amounts)
    elif index in state.year_shares_said and amount is not None and not year_amounts:  # "35% in 2021"
        year_amounts = _year_share_remarked(cells, amount)
    if amount is None and year_amounts:
        amount = round(sum(year_amounts.values()), 2)
        state.issue(
            "info",
            "amount",
            f"row {n}: no total amount; the sum of the yearly amounts ({amount:,.2f}) is used",
            index,
            amount_col,
        )
        if state.top_ups:  # "Budget 2021 | Reallocation 2021": the year's money and what was moved in or out
            amount, year_amounts = _with_top_ups(cells, amount, year_amounts)
    cells.amount_col = amount_col  # the share's check asks which column the amount came from
    if (
        state.share_col is not None or state.note_share
    ) and amount is not None:  # Ukraine's part of a region's
        amount, year_amounts = _ukraine_share(cells, amount, year_amounts, currency)
    if (
        index in state.sector_shares and amount is not None
    ):  # "of which MIA / law enforcement: 30%" in a remark
        amount, year_amounts = _sector_share(cells, amount, year_amounts)
    if state.sector_part is not None and amount is not None:  # "of which MIA bodies, CY2021": the MIA's part
        amount, year_amounts = _sector_part(cells, amount, year_amounts)
    if amount is None and not year_amounts and amount_value is None and index in state.remarks_pointing:
        # "див. вище" in the remarks of a row with no money: the project listed again, its money given there
        cells.amount_elsewhere = state.remarks_pointing[index]
    if amount is None and amount_value is None and not cells.amount_elsewhere and not _a_payment(cells):
        state.issue("warning", "amount", f"row {n}: no amount", index, amount_col)

    if amount is not None and not currency:
        state.issue(
            "warning",
            "currency",
            f"row {n}: amount {amount:,.2f} has no currency (none in the cell, column, header or title)",
            index,
            currency_col if currency_col is not None else amount_col,
        )
    cells.amount_col = amount_col if amount is not None else None
    money = {
        "amount": amount,
        "currency": currency,
        "yearly_amounts": yearly_text(year_amounts) if year_amounts else None,
    }
    if cells.donors:
        money["_donor_parts"] = cells.donors
    if year_amounts and cells.year_months:  # the year's money is that of some of its months only
        money["_year_months"] = {y: m for y, m in cells.year_months.items() if y in year_amounts}
    if cells.declared_total is not None:
        money["_declared_total"] = cells.declared_total
    if cells.amount_elsewhere and amount is None:
        money["_amount_elsewhere"] = cells.amount_elsewhere
    if cells.negatives:  # in full units, as the column's header says them (a row's reduction may be added)
        money["_negatives"] = [
            (year, _in_units(value, _unsigned(cells.row[col]), header.columns[col].scale), cell)
            if col in header.columns
            else (year, value, cell)
            for year, value, cell, col in cells.negatives
        ]
    return money


#: The currency a "$" or "kr" names in a number format, by the locale written beside it ("[$$-409]", "[$kr-41D]").
_LOCALE_DOLLAR = {"409": "USD", "1009": "CAD", "C09": "AUD", "1409": "NZD", "480A": "USD"}
_LOCALE_KRONA = {"41D": "SEK", "81D": "SEK", "414": "NOK", "814": "NOK", "406": "DKK"}


def format_currency(token: str | None) -> str | None:
    """The ISO code of the currency a number format shows (:func:`~mtd_analysis.ingest.read.format_currency_token`),
    or None when it names none or one that cannot be told ("kr" without its locale).

    Examples
    --------
    >>> format_currency("€|407"), format_currency("$|409"), format_currency("$|1009"), format_currency("грн.|422")
    ('EUR', 'USD', 'CAD', 'UAH')
    >>> format_currency("kr|41D"), format_currency("kr"), format_currency("%")
    ('SEK', None, None)
    """
    if not token or token == "%":
        return None
    symbol, _, locale = token.partition("|")
    if symbol == "$":
        return _LOCALE_DOLLAR.get(locale, "USD" if not locale else None)
    if symbol.lower().rstrip(".") == "kr":
        return _LOCALE_KRONA.get(locale)
    try:
        return parse_currency(symbol)
    except ValueProblem:
        return None


def _formatted_currency(
    cells: RowCells, amount_col: int, currency: str | None, named: str | None
) -> str | None:
    """The row's currency once its amount cell's number format is known ("€#,##0", "[$SEK] #,##0"): the format's
    when nothing else names one (said once for the table), else the one named, with a warning where the format
    shows another."""
    state = cells.state
    token = state.grid.meta.get("formats", {}).get((cells.index, amount_col))
    shown = format_currency(token)
    if shown is None or shown == currency:
        return currency
    if currency is None:
        # "$" with no country beside it: US dollars, as a "$" typed in a cell is, but a partner's own may be meant
        state.format_currencies.append((cells.n, shown if token != "$" else "$"))
        cells.names.setdefault("currency", state.cell_in_row(cells.index, cells.n, amount_col))
        return shown
    if named:
        state.issue(
            "warning",
            "currency",
            f"row {cells.n}: the amount {state.cell_in_row(cells.index, cells.n, amount_col)} is formatted in {shown}, "
            f"but the table says {named}; {named} was used",
            cells.index,
            amount_col,
        )
    return currency


def formula_like_text(cells: RowCells) -> None:
    """A warning for each text cell that starts like a spreadsheet formula ("=SUM(...)", "+380...")."""
    state = cells.state
    for name, col in state.formula_cols:  # the text fields with such a cell in some row
        value = cells.cleaned[col]
        if value and value[0] in "=+-@" and isinstance(cells.row[col], str):
            if name == "status" or not value[1:2].strip():
                continue
            state.issue(
                "warning",
                "formula",
                f"row {cells.n}: cell {state.cell(cells.index, col)} starts with '{value[0]}', like a spreadsheet "
                "formula; it is kept as plain text and never evaluated",
                cells.index,
                col,
            )


BLOCK_UNITS = re.compile(
    r"(?:amounts?|figures|sums?|суми|сума|сумм[аы]|budget|бюджет|обсяг|объ[её]м)[^.;]{0,30}?\b(thousands?|тис|тыс|millions?|млн)"
    r"|^\(?\s*(тис|тыс|млн)(?:\.\s*|\s)[^\n\d()]{0,20}"  # a title row of its own: "тис. грн", "млн дол. США"
    r"|\(\s*(?:in\s+|у\s+|в\s+)?(thousands?|тис|тыс|millions?|млн)\.?\s*[^)\d]{0,20}\)"  # "Перелік (тис. грн)"
    # "all figures £000", "amounts in EUR '000": a currency, then thousands written as three zeros
    r"|(?:amounts?|figures|sums?|budget|бюджет)[^.;\d]{0,30}?(?:[£€$]\s?|\b(?:GBP|EUR|USD|CHF|SEK|NOK|DKK|CAD|JPY|PLN|UAH)\s?)"
    r"((?:'|’)?000)(?![\d.,])"
    # "U.S. assistance to MIA, in 000 USD": thousands as three zeros, then the currency, after "in"
    r"|\bin\s+(?:'|’)?(000)s?\s+(?:GBP|EUR|USD|CHF|SEK|NOK|DKK|CAD|JPY|PLN|UAH)\b"
    # "All amounts in '000 EUR": thousands as three zeros before the currency
    r"|(?:amounts?|figures|sums?|budget|бюджет)[^.;\d]{0,30}?(?:\bin\s+(?:'|’)?|(?:'|’))(000)s?\s?"
    r"(?:[£€$]|\b(?:GBP|EUR|USD|CHF|SEK|NOK|DKK|CAD|JPY|PLN|UAH)\b)"
    # "— CHF 1'000", "(EUR 1,000)" ending a heading, "in 1 000 EUR": thousands of the currency
    r"|(?:^|[(—–,:]\s*)(?:\b(?:GBP|EUR|USD|CHF|SEK|NOK|DKK|CAD|JPY|PLN|UAH)|[£€$])\s?1[\s'’,.]?(000)\s*(?:\)|$)"
    r"|\bin\s+1[\s'’,.]?(000)\s+(?:GBP|EUR|USD|CHF|SEK|NOK|DKK|CAD|JPY|PLN|UAH)\b"
    # "Amounts: commit_amt, disb_cum_amt and plan_2021_amt are in THOUSANDS (000) of …": the columns listed first
    r"|(?:amounts?|figures|sums?|budget)\b(?:(?!where|which|whose|while|де\b|где\b)[^.;]){0,80}?\b(?:are|is)\s+"
    r"(?:given\s+|shown\s+|expressed\s+)?in\s+"
    r"(thousands?|millions?)\b",
    re.IGNORECASE | re.MULTILINE,
)


#: A note that says what the amounts are in ("* All amounts in thousands of SEK", "Примітка: суми в тис. грн"),
#: not one that only quotes an amount ("the programme's total budget is EUR 5 million").
_AMOUNT_WORDS = re.compile(
    r"(?:amounts?|sums?|figures?|budgets?|values?|суми?|бюджети?|кошти|суммы?)\s+"
    # the sheet they are on: "Усі суми на аркуші «Проєкти» наведено в …", "amounts on sheet 'EU' are in …"
    r"(?:(?:on|in|на|в|у)\s+(?:the\s+)?(?:sheet|tab|аркуш\w*|лист\w*)\s+[«\"'“]?[^»\"'”]{1,40}?[»\"'”]?\s+)?"
    r"(?:are\s+|is\s+)?"
    r"(?:(?:given|shown|stated|expressed|наведено|вказано|зазначено|указаны|приведены)\s+)?(?:in|в|у)\s",
    re.IGNORECASE,
)


#: What an amount column's header says when it holds a project's total, not a year's amount.
AMOUNT_TOTAL_WORDS = re.compile(r"total|загальн|всього|усього|итого|общ|весь", re.IGNORECASE)


#: How many rows at the end of a sheet are looked at for such a note.
FOOTNOTE_ROWS = 15
#: A note under a table unmarked, a sentence about the amounts: "All figures in EUR thousand unless stated otherwise",
#: "Усі суми — у тис. грн", "Суммы указаны в долларах США".
_UNITS_STATEMENT = re.compile(
    r"(?:all\s+|усі\s+|всі\s+|все\s+)?(?:amounts?|figures?|sums?|values?|суми|сумми|суммы)\b", re.IGNORECASE
)


#: Words extending a note over the whole workbook ("all amounts in this workbook", "Все суммы в этой книге").
#: A condition put on the amounts' unit, in an instruction ("if amounts are in thousands, say so in the sheet's title",
#: "якщо суми в тисячах — це вказується в заголовку аркуша"): no unit of the workbook. "Unless stated otherwise"
#: ("якщо не зазначено інше") puts none.
_CONDITION = re.compile(
    r"(?:\bif|\bякщо|\bесли|у разі|в разі|в случае)\s+(?!not\b|не\b)\S*\s*$", re.IGNORECASE
)
_WORKBOOK_SCOPE = re.compile(
    r"workbook|this file|all (?:the )?sheets|every sheet|книз\w*|книг\w*|файл\w*|(?:усіх|всіх) аркуш\w*"
    r"|всех лист\w*",
    re.IGNORECASE,
)
#: How many rows of a notes sheet or a cover letter are looked at for what a workbook's amounts are in.
NOTES_SHEET_ROWS = 40


#: A legend saying a dash is no money: "– = nil", "'-' means zero", "«–» – расходы в 2021 г. отсутствуют",
#: "прочерк – коштів немає".
_DASH_LEGEND = re.compile(
    r"^\s*(?:(?:примітка|примечание|прим\.|notes?)\s*[:.]?\s*)?"  # "Примечание: «—» – средства … не предусмотрены"
    r"(?:[«\"'‘“(]\s*[-–—]\s*[»\"'’”)]|[-–—]|прочерк|dash)\s*(?:=|:|[-–—]|means?|означа\w*|обозначает|"
    r"stands for)\s*(?:no\b|nil\b|zero\b|0\b|none\b|нуль|немає|нет\b|відсутн\w*|отсутств\w*|"
    r"(?:[\w.,]+\s+){0,6}?(?:відсутн\w*|отсутств\w*|немає|нет\b|не передбачен\w*|не предусмотрен\w*|not planned"
    r"|no (?:money|funds|funding|expenditure|spending|disbursement)))",
    re.IGNORECASE,
)


def dash_legend(grids) -> tuple[str, int, str] | None:
    """Where a workbook says a dash in its cells is no money ("– = nil", "«–» – расходы в 2021 г. отсутствуют"):
    (sheet, row 1-based, the legend's text); None when none does. A year's cell holding a dash is then that year's
    nothing, not a figure left out (see ``_year_amounts``).

    Examples
    --------
    >>> from mtd_analysis.ingest.read import Grid
    >>> table = Grid("CSSF", [["Project", "2021, GBP"], ["Maritime training", "–"], ["– = nil"]], [], True, False, {})
    >>> dash_legend([table])
    ('CSSF', 3, '– = nil')
    >>> dash_legend([Grid("Notes", [["«–» – расходы в 2021 г. отсутствуют."]], [], True, False, {})])[2]
    '«–» – расходы в 2021 г. отсутствуют.'
    >>> note = "Примечание: «—» – средства в 2021 году не предусмотрены; пустая ячейка – распределение не утверждено."
    >>> dash_legend([Grid("N", [[note]], [], True, False, {})])[1]
    1
    >>> dash_legend([Grid("N", [["– means not stated: spread by days"], ["Сроки – 2021–2022"]], [], True, False, {})])
    """
    for grid in grids:
        for n, row in enumerate(grid.rows, start=1):
            for value in row:
                if type(value) is not str or len(value) > 200:
                    continue
                # a numbered note's clause: '2. Column "2021" = planned obligations; "-" = no funds planned'
                clauses = [value] if value[:1] in _LEGEND_STARTS else []
                if "-" in value or "–" in value or "—" in value:
                    clauses += [
                        clause
                        for part in re.split(r";|(?<=\w)\.\s", _NOTE_NUMBER.sub("", value, count=1))
                        if (clause := part.strip())[:1] in _LEGEND_STARTS
                    ]
                for clause in clauses:
                    if (
                        _DASH_LEGEND.match(clause)
                        # "«–» – данные … отсутствуют": a figure not given, not none (the dash's own clause, up to ";")
                        and not _NO_DATA.search(clause.split(";")[0])
                    ):
                        return grid.sheet, n, clean_text(value) or ""
    return None


#: A note's number before its text: "2. ", "1) ", "* ", "** ".
_NOTE_NUMBER = re.compile(r"^\s*(?:\d{1,2}[.)]|\*+)\s*")


#: Words of data not given ("no data received", "данные отсутствуют", "інформація не надана"): a dash for those is a
#: figure left out, not a year's nothing.
_NO_DATA = re.compile(
    r"\bdata\b|\bдан[іиа]|\bданн|інформац|информац|відомост|сведени|not (?:yet )?(?:received|provided|known|available)",
    re.IGNORECASE,
)

#: The first characters a legend on dashes may start with (the scan asks every cell of a workbook).
_LEGEND_STARTS = frozenset(" \t-–—«\"'‘“(пПdDnN")


def workbook_units(grids) -> dict | None:
    """What a workbook's notes sheet or cover letter says all its amounts are in ("all amounts in this workbook are
    in thousand euro", "Усі суми в додатку зазначено у фунтах стерлінгів (GBP)"): ``currency`` (or None),
    ``scale`` (1000 for thousands), ``sheet``, ``row`` (1-based) and ``text``; None when no such sheet says so.

    Only a sheet of text (no row of three cells or more in its first rows: not a table) is looked at, or a line
    above a table that speaks for the whole workbook ("Все суммы в этой книге — в CHF"); and only a line of one
    text speaking of the amounts' currency or unit, not one quoting an amount ("the budget is EUR 5 million"). The tables' own headers, title rows and notes come first (see ``projects._read_table``).

    Examples
    --------
    >>> from mtd_analysis.ingest.read import Grid
    >>> notes = Grid("Read me", [["EU projects, 2020-2022"], ["All amounts in this workbook are in thousand euro."]],
    ...              [], True, False, {})
    >>> table = Grid("2021", [["Title", "Amount 2021"], ["Border posts", 1200]], [], True, False, {})
    >>> found = workbook_units([notes, table]); found["currency"], found["scale"], found["sheet"], found["row"]
    ('EUR', 1000.0, 'Read me', 2)
    >>> workbook_units([Grid("Letter", [["The budget of the programme is EUR 5 million."]], [], True, False, {})])
    >>> workbook_units([Grid("Інструкція", [["Якщо суми в тисячах — це вказується в заголовку аркуша."]], [], True,
    ...                      False, {})])  # an instruction: where to say the unit, not the unit
    """
    return units_noted(grids)[0]


def units_noted(grids) -> tuple[dict | None, dict[str, dict]]:
    """:func:`workbook_units` and :func:`sheet_units` of a workbook in one pass over its notes."""
    whole, per_sheet = None, {}
    for said, named in _units_said(grids):
        if named is None:
            whole = whole or said
        else:
            per_sheet.setdefault(named, said)
    return whole, per_sheet


def sheet_units(grids) -> dict[str, dict]:
    """What a workbook's notes sheet says one sheet's amounts are in ("2. Sheet 'EU' – figures in thousand EUR",
    "Аркуш «ЄС» – суми в тис. євро"): sheet name -> the keys of :func:`workbook_units`, for each sheet a line names.

    Examples
    --------
    >>> from mtd_analysis.ingest.read import Grid
    >>> notes = Grid("Notes", [["Sheet 'EU' – figures in thousand EUR"], ["Sheet 'UNDP' – figures in USD"]], [], True,
    ...              False, {})
    >>> eu, undp = (Grid(name, [["Title", "Amount"], ["Border posts", 1200]], [], True, False, {}) for name in ("EU", "UNDP"))
    >>> found = sheet_units([notes, eu, undp])
    >>> (found["EU"]["currency"], found["EU"]["scale"]), (found["UNDP"]["currency"], found["UNDP"]["scale"])
    (('EUR', 1000.0), ('USD', 1.0))
    >>> workbook_units([notes, eu, undp]) is None  # each line speaks for its sheet, none for the workbook
    True
    """
    return units_noted(grids)[1]


def _units_said(grids):
    """Each line of a notes sheet (or above a table, speaking for the whole workbook) saying what amounts are in:
    (the keys of :func:`workbook_units`, the one sheet it names or None)."""
    grids = list(grids)
    names = [g.sheet for g in grids if len(g.sheet.strip()) >= 2]
    for grid in grids:
        rows = grid.rows[:NOTES_SHEET_ROWS]
        # a table, or a sheet with one: its notes are read with it, unless they speak for the whole workbook
        table = any(sum(1 for v in row if v is not None and v != "") >= 3 for row in rows)
        for n, row in enumerate(rows, start=1):
            filled = [v for v in row if v is not None and v != ""]
            if len(filled) != 1 or not isinstance(filled[0], str):
                continue
            text = clean_text(filled[0]) or ""
            named = [name for name in names if name != grid.sheet and names_the_sheet(text, name)]
            if table and not _WORKBOOK_SCOPE.search(text):
                continue
            said = _AMOUNT_WORDS.search(text)
            if not said or text[said.end() :].lstrip()[:1].isdigit():  # "amounts in 2021 …": a year, no unit
                continue
            if _CONDITION.search(
                text[: said.start()]
            ):  # "якщо суми в тисячах — це вказується в заголовку аркуша"
                continue
            currency, scale = currency_in_text(text), units_scale(text)
            if currency is None and scale == 1.0:
                continue
            if len(named) > 1:
                continue  # "Sheets 'EU' and 'UNDP' …": which of them is meant, unsaid
            but = _EXCEPTION.search(text) if named else None
            if (
                but
                and names_the_sheet(text[but.start() :], named[0])
                and not names_the_sheet(text[: but.start()], named[0])
            ):
                # "Amounts are in EUR thousand unless … (sheet SMS is in full EUR)": the workbook's unit, and the
                # sheet named after "unless" its exception
                head, tail = text[: but.start()], text[but.start() :]
                head_currency, head_scale = currency_in_text(head), units_scale(head)
                if head_currency is not None or head_scale != 1.0:
                    yield (
                        {
                            "currency": head_currency,
                            "scale": head_scale,
                            "sheet": grid.sheet,
                            "row": n,
                            "text": text,
                        },
                        None,
                    )
                yield (
                    {
                        "currency": currency_in_text(tail) or head_currency,
                        "scale": units_scale(tail),
                        "sheet": grid.sheet,
                        "row": n,
                        "text": text,
                    },
                    named[0],
                )
                continue
            # "2. Sheet 'EU' – … Figures in thousand EUR.": that sheet's unit, not the workbook's
            yield (
                {"currency": currency, "scale": scale, "sheet": grid.sheet, "row": n, "text": text},
                (named[0] if named else None),
            )


#: Words opening an exception to a note's unit: "unless the header says otherwise (sheet SMS is in full EUR)", "якщо в
#: заголовку не зазначено інше (на аркуші НПУ – дол. США)".
_EXCEPTION = re.compile(
    r"\bunless\b|\bexcept\b|apart from|other than|крім|окрім|за винятком|кроме|за исключением|якщо|если",
    re.IGNORECASE,
)


def names_the_sheet(text: str, name: str) -> bool:
    """Whether a note names a sheet of its workbook: the name in quotes, or after "sheet", "tab", "аркуш", "лист".

    Examples
    --------
    >>> names_the_sheet("2. Sheet 'EU' – figures in thousand EUR", "EU"), names_the_sheet("Аркуш ДМС: тис. грн", "ДМС")
    (True, True)
    >>> names_the_sheet("All EU amounts in thousand EUR", "EU")
    False
    """
    quoted = rf"[«\"'“‘„]\s*{re.escape(name.strip())}\s*[»\"'”’“]"
    after = rf"(?<![^\W\d_])(?:sheets?|tabs?|worksheets?|аркуш\w*|лист\w*|вкладк\w*)\s+{re.escape(name.strip())}(?![^\W\d_])"
    return bool(re.search(f"{quoted}|{after}", text, re.IGNORECASE))


def footnote_units(
    state: SheetState, rows: list[list], start: int, currency: str | None, scale: float
) -> tuple[str | None, float]:
    """The currency and the unit of the amounts, from a note below the table when the title rows give none.

    A row at the end of the sheet holding one text that starts like a note ("*", "Note", "Примітка") and
    speaks of the amounts gives what the title rows did not: its currency, its multiplier, or both. Said in
    an info issue at the note. Returns ``(currency, scale)``, as given when no such note is found.
    """
    for index in range(len(rows) - 1, max(start, len(rows) - FOOTNOTE_ROWS) - 1, -1):
        filled = [v for v in rows[index] if v is not None and v != ""]
        if len(filled) != 1 or not isinstance(filled[0], str):
            continue
        text = clean_text(filled[0])
        said_currency = _CURRENCY_SAID.search(filled[0]) if currency is None else None
        if said_currency and (_CONVERTED.search(filled[0]) or _currency_said_first(filled[0]) is None):
            said_currency = (
                None  # "Currency: JPY in the notes; amounts here converted to EUR": two currencies
            )
        if text and not NOTE_ROW.match(text) and _UNITS_STATEMENT.match(text):
            # an unmarked sentence about the amounts ("All figures in EUR thousand unless stated otherwise") speaks
            # for all of them in its first sentence only ("Amounts in each donor's currency. Budget 2021 shown in
            # thousands." gives no unit to all)
            text = re.split(r"(?<=;)\s*|(?<=\.)\s+(?=[A-ZА-ЯЄІЇҐ])", text, maxsplit=1)[
                0
            ]  # not after "тис.", "млн."
        if said_currency and (found := currency_in_text(said_currency[1])):
            # "Applied filters: … Currency is USD" under a dashboard's export
            note_currency, note_scale = found, 1.0
        elif not text or not (NOTE_ROW.match(text) or _UNITS_STATEMENT.match(text)):
            continue
        elif not _AMOUNT_WORDS.search(text) and _UNIT_NOTE.match(text):
            # "* £ thousand (£k), whole project lifetime": a marked column's unit said first in its note
            note_currency = _currency_said_first(text) if currency is None else None
            unit = _UNIT_NOTE.match(text)[0].lower()
            note_scale = (1e6 if re.search(r"million|млн|\bm\b", unit) else 1000.0) if scale == 1.0 else 1.0
        elif not _AMOUNT_WORDS.search(text):
            # "* Budget = total contribution for the whole project, in EUR": the marked column's note, its currency
            # said after "in" (not an amount it quotes)
            if currency is not None or not _NOTE_ON_THE_AMOUNT.match(text):
                continue
            note_currency = next(
                (found for m in _IN_WORDS.finditer(text) if (found := currency_in_text(m.group(1)))), None
            )
            if note_currency is None and not any(ch.isdigit() for ch in text):
                # "* Сума — загальний обсяг фінансування проєкту (…), дол. США": its one currency, said last (a
                # note quoting a figure, "about USD 5 million", gives that figure's currency, not the column's)
                note_currency = _currency_said_first(text)
            note_scale = 1.0
        else:
            rest = MARKED_ROWS.sub(
                "", text
            )  # the rows a mark points to: their own currency (layouts.footnotes_on_cells)
            note_currency = _currency_said_first(rest) if currency is None else None
            note_scale = units_scale(rest) if scale == 1.0 else 1.0
        said = [what for what, found in (("currency", note_currency), ("unit", note_scale != 1.0)) if found]
        if not said:
            continue
        snippet = text if len(text) <= 60 else text[:57] + "…"
        state.issue(
            "info",
            "amount",
            f"the note in row {state.row_number(index)} ('{snippet}') gives the amounts' {' and '.join(said)}: "
            f"{' × '.join(filter(None, [note_currency, f'{note_scale:,.0f}' if note_scale != 1.0 else None]))}, "
            "used for every amount that does not say its own",
            index,
            rows[index].index(filled[0]),
        )
        return currency or note_currency, note_scale if scale == 1.0 else scale
    return currency, scale


#: A note's clause on the rows a mark points to ("Примітка: суми в тис. євро; у рядках, позначених **, – у тис. дол.
#: США"): the mark and what it says of those rows' money, apart from what the note says of the others.
MARKED_ROWS = re.compile(
    r"[;,.]?\s*(?:(?:у|в)\s+(?:рядках|строках|рядку|строке)|(?:in\s+)?(?:the\s+)?(?:rows?|lines?))\s*,?\s*"
    r"(?:позначених|позначеному|помічених|отмеченных|отмеченной|обозначенных|marked(?:\s+with)?)\s+"
    r"([¹²³⁴⁵⁶⁷⁸⁹⁰]+|\*{1,3}|[†‡])\s*,?\s*(?:[-–—:]\s*|are\s+|is\s+)?(\S.*?)\s*\.?$",
    re.IGNORECASE,
)
#: A note on the amount column, by its name after the note's mark ("* Budget = total contribution …", "¹ Сума: …").
_NOTE_ON_THE_AMOUNT = re.compile(
    r"^[*¹²³]{1,3}\s*(?:the\s+)?(?:budgets?|amounts?|sums?|total|бюджет\w*|сум[аи]|сумм[аы]|обсяг\w*)\s*(?:=|:|[-–—]|is\b|are\b)",
    re.IGNORECASE,
)
#: A note giving a unit of money first, after its mark: "* £ thousand (£k)", "¹ EUR '000", "* тис. грн".
_UNIT_NOTE = re.compile(
    r"^[*¹²³]{1,3}\s*(?:amounts?\s+)?(?:in\s+|у\s+|в\s+)?(?:[£€$₴]\s*(?:thousand|'?000|k\b|million|m\b)|"
    r"(?:EUR|USD|GBP|CHF|SEK|NOK|DKK|JPY|CAD|PLN|UAH)\s*(?:thousand|'000|000|k\b|million|m\b)"
    r"|(?:thousand|тис\.?|тыс\.?|млн|million)\s+(?:of\s+)?(?:[£€$₴]|[A-Z]{3}\b|грн|євро|евро|доларів|долларов))",
    re.IGNORECASE,
)
#: What follows "in" in a note: where a currency is said as the amounts' ("in EUR", "у гривнях", "в евро").
_IN_WORDS = re.compile(r"(?<![^\W\d_])(?:in|в|у)\s+([^\s,;.()]{2,20}(?:\s+[^\s,;.()]{2,12})?)", re.IGNORECASE)


#: A note about converting between currencies ("converted to EUR at the NBU rate", "перераховано за курсом").
def _currency_said_first(text: str) -> str | None:
    """The currency a note gives the amounts before it turns to a rate or a conversion ("* тыс. долларов США. Взносы,
    полученные в NOK, EUR и CHF, пересчитаны …", "amounts in Canadian dollars (CAD); UAH rate for reference only"):
    its first clause's, else the whole note's when it names one only.

    Examples
    --------
    >>> _currency_said_first("* суммы указаны в тыс. евро (EUR); справочно: курс пересчёта 1 EUR = 33,50 UAH")
    'EUR'
    >>> _currency_said_first("* тыс. долларов США. Взносы, полученные в NOK и EUR, пересчитаны по курсу ООН.")
    'USD'
    >>> _currency_said_first("Суми в євро та доларах США") is None
    True
    """
    head = re.split(r"\.\s+(?=[A-ZА-ЯІЇЄҐ])", text, maxsplit=1)[0]  # its first sentence
    head = re.split(
        r";|\b(?:справочно|довідково|для довідки|для справки|for reference|for information)\b",
        head,
        maxsplit=1,
        flags=re.IGNORECASE,
    )[0]
    if cut := _CONVERTED.search(head):
        head = head[: cut.start()]
    return currency_in_text(head) or currency_in_text(text)


_CONVERTED = re.compile(
    r"convert|conversion|exchange rate|at the rate|курс|перерах|пересчит|конверт", re.IGNORECASE
)
#: A line of a note or of a dashboard's filters naming the currency: "Currency is USD", "Валюта: EUR".
_CURRENCY_SAID = re.compile(
    r"(?:^|[\n;])\s*(?:currency|валюта)\s*(?:is|=|:|[-–—])\s*([^\n;]{1,30})", re.IGNORECASE
)


#: A unit word written right before or after a currency in a title line ("тис. євро", "EUR thousand",
#: "млн дол. США", "'000 USD"), not after a figure ("EUR 5 thousand" quotes an amount).
_UNIT_BEFORE = re.compile(rf"(?<!\d\s)(?<![\d.,])({UNIT_WORDS})\.?\s*(?:of\s+)?$", re.IGNORECASE)
_UNIT_AFTER = re.compile(rf"\s*,?\s*(?:in\s+|у\s+|в\s+)?({UNIT_WORDS})(?![^\W\d_])", re.IGNORECASE)


def units_with_currency(block_text: str | None) -> tuple[str, float] | None:
    """The currency and unit a title line gives with a unit word beside a currency ("Проєкти у системі МВС,
    тис. євро", "Projects, EUR thousand"); None when no line does, or lines say two different things.

    Examples
    --------
    >>> units_with_currency("Проєкти у системі МВС, тис. євро / Projects in the MIA system, EUR thousand")
    ('EUR', 1000.0)
    >>> units_with_currency("Total budget EUR 5 thousand"), units_with_currency("Budget in EUR")
    (None, None)
    >>> units_with_currency("Projects overview as of August 2021 (USD, in thousands)")
    ('USD', 1000.0)
    """
    from mtd_analysis.ingest.values import _currency_aliases, _currency_pattern

    found = set()
    for m in _currency_pattern().finditer(block_text or ""):
        text = block_text or ""
        unit = _UNIT_BEFORE.search(text[max(0, m.start() - 16) : m.start()]) or _UNIT_AFTER.match(
            text, m.end()
        )
        if unit:
            found.add((_currency_aliases()[m.group(1).lower()], unit_factor(unit.group(1))))
    return found.pop() if len(found) == 1 else None


#: A word denying what follows it: "not £000", "не в тис. грн", "instead of UAH", "замість гривні".
_NEGATION = re.compile(
    r"(?<![^\W\d_])(?:not|no|не|ні|нет|без|instead\s+of|rather\s+than|замість|вместо)(?![^\W\d_])",
    re.IGNORECASE,
)


def negated(text: str, at: int) -> bool:
    """Whether the words right before position ``at`` of ``text`` deny what stands there ("(not converted to UAH)").

    Examples
    --------
    >>> negated("all figures in full GBP (not £000)", 30), negated("all figures £000", 12)
    (True, False)
    """
    return _NEGATION.search(text[max(0, at - 25) : at]) is not None


def units_scale(block_text: str) -> float:
    """1000 when the title rows say the amounts are in thousands ("сума, тис. грн"), 1e6 for millions.

    Examples
    --------
    >>> units_scale("EU projects. All amounts in thousand EUR"), units_scale("Status as of 15 March 2021")
    (1000.0, 1.0)
    >>> units_scale("Реєстр проєктів МТД\\nтис. грн"), units_scale("Projects 2021 | all figures £000")
    (1000.0, 1000.0)
    >>> units_scale("Projects 2021 | all figures in full GBP (not £000)")
    1.0
    >>> units_scale("* All amounts in '000 EUR, as per the Activity Appraisal Document."), units_scale("sums in 000 USD")
    (1000.0, 1000.0)
    >>> units_scale("U.S. assistance to MIA, in 000 USD"), units_scale("grants above 100 000 USD")
    (1000.0, 1.0)
    >>> units_scale("Примечание: суммы в тыс. евро")
    1000.0
    """
    m = BLOCK_UNITS.search(block_text or "")
    if not m or negated(block_text or "", m.start(m.lastindex or 0)):
        return 1.0  # "all figures in full GBP (not £000)"
    return unit_factor(next((g for g in m.groups() if g), ""))


#: Title rows saying the amounts are written in the currency's minor unit (cents, kopiykas): "All amounts in MINOR
#: UNITS of the transaction currency", "суми в копійках", "amounts in cents".
MINOR_UNITS = re.compile(
    r"\bminor[\s-]+units?\b|\bin\s+cents\b|\bу?\s*копійках\b|\bв\s+копейках\b|\bв\s+копійках\b",
    re.IGNORECASE,
)


def in_minor_units(
    state: SheetState, block_text: str, records: list[dict], header_row: int, label: str | None = None
) -> None:
    """Amounts the title rows (or a money column's ``label``: "amount_minor", "Amount (cents)") say are written in
    minor units ("12345600 = 123,456.00"): each project's amount and years divided by 10 to the decimals its currency
    has (ISO 4217, ``currencies.csv``: 100 for the euro, 1 for the yen), said once; a project whose currency has no
    minor unit listed is left as written, and warned."""
    from mtd_analysis.reference.currencies import minor_units

    found = MINOR_UNITS.search(block_text or "")
    if found is None or negated(block_text, found.start()):
        if label is None:
            return
        found = None
    decimals = minor_units()
    unknown = []
    for rec in records:
        places = decimals.get(str(rec.get("currency") or "").upper())
        if places is None:
            unknown.append(rec)
            continue
        factor = 10.0**-places
        if isinstance(rec.get("amount"), (int, float)):
            rec["amount"] = round(rec["amount"] * factor, 2)
        if years := yearly_values(rec.get("yearly_amounts")):
            rec["yearly_amounts"] = yearly_text({y: round(v * factor, 2) for y, v in years.items()})
    if found is not None:
        line = next((ln.strip() for ln in block_text.splitlines() if found.group(0) in ln), found.group(0))
        said = f"the rows above the table say the amounts are in the currency's minor unit ('{line[:120]}')"
    else:
        said = f"the column '{label}' says its amounts are in the currency's minor unit"
    state.issue(
        "warning",
        "amount",
        f"{said}: each project's amount is divided by 100, or as ISO 4217 gives its currency's decimals (the yen's "
        "by 1)",
        header_row,
    )
    for rec in unknown:
        state.issue(
            "warning",
            "currency",
            f"row {rec['source_row']}: the amounts are in minor units, but the currency "
            f"{rec.get('currency') or '(none)'} has none listed in currencies.csv: left as written",
            rec["source_row"] - 1,
        )


def end_from_duration(state: SheetState, row: list, index: int, n: int, start, end):
    """(start, end) of a project given by its start and a duration column ("24", "18 міс.", "2 роки"), or by its
    end and a duration (a register keeping no start dates)."""
    col = state.fields.get("duration")
    value = cell_value(row, col)
    if value is None or clean_text(value) is None or (end is not None and start is not None):
        return start, end
    months = parse_duration(value, unit_months=True)
    where = f"row {n}, duration ({state.cell(index, col)})"
    if months is None:
        state.issue("error", "date", f"{where}: '{clean_text(value)}' is not a number of months", index, col)
    elif start is None and end is not None:
        start = start_before(end, months)
        state.issue(
            "info",
            "date",
            f"{where}: no start date; the start {start:%d.%m.%Y} is the end date less {months} months",
            index,
            col,
        )
    elif start is None:
        state.issue(
            "warning", "date", f"{where}: {months} months but no start date; the end is unknown", index, col
        )
    else:
        end = end_after(start, months)
        state.issue(
            "info",
            "date",
            f"{where}: end date {end:%d.%m.%Y} is the start date plus {months} months",
            index,
            col,
        )
    return start, end


def _total_against_years(
    state: SheetState,
    index: int,
    n: int,
    amount,
    years: dict,
    where: tuple,
    months: dict | None = None,
    cancelled: bool = False,
):
    """The total when year columns are also given: rounding differences are noted, larger ones let the years win.

    A total larger than its years is kept when the project runs beyond the year columns, or when the columns
    give only some months of one of their years (``months``: a quarter's sheet), the rest belonging to the other
    years or months; an amount of 0 is noted as no money (in kind), unlike a blank.
    """
    col, start, end = where
    if amount == 0 and not years:
        state.issue(
            "info", "amount", f"row {n}: amount is 0, read as no money (in kind), not as unknown", index, col
        )
    if amount is None or not years:
        return amount
    total_years = round(sum(years.values()), 2)
    diff = abs(amount - total_years)
    if diff < 0.005:
        return amount
    scale = max([state.header.columns[c].scale for c in state.yearly] + [1.0])
    unit = 10 ** (len(str(int(amount))) - len(str(int(amount)).rstrip("0"))) if amount >= 1 else 1
    rounding = max(0.5 * scale * len(years), min(0.5 * unit, 0.01 * amount))
    if diff <= rounding:
        state.issue(
            "info",
            "amount",
            f"row {n}: the total {amount:,.2f} differs from the sum of the yearly amounts "
            f"{total_years:,.2f} by {diff:,.2f} (rounding); the yearly amounts are used for their years",
            index,
            col,
        )
        return amount
    beyond = bool(start and end and (start.year < min(years) or end.year > max(years)))
    if amount > total_years and beyond:
        state.issue(
            "info",
            "amount",
            f"row {n}: the yearly amounts add up to {total_years:,.2f}, less than the total "
            f"{amount:,.2f}; the project runs beyond the year columns, so the rest is spread over its other years",
            index,
            col,
        )
        return amount
    # some months of a year only: a quarter's sheet, or a window of quarters (Q3 2020 … Q2 2022) cutting its first and
    # last years, whose total counts the months outside it
    part = months and any(len(months.get(year) or range(12)) < 12 for year in years)
    if amount > total_years and part:
        covered = "; ".join(f"{_month_span(months[year])} {year}" for year in sorted(years))
        state.issue(
            "info",
            "amount",
            f"row {n}: the yearly amounts ({covered}) add up to {total_years:,.2f}, less than the total "
            f"{amount:,.2f}; they give part of a year only, so the total stands and the rest belongs to the "
            "project's other months and years",
            index,
            col,
        )
        return amount
    labels = state.header.labels
    if (
        amount > total_years
        and not (start and end)
        and all(PART_OF_THE_TOTAL.search(labels.get(c) or "") for c in state.yearly)
    ):
        # "Budget | of which 2021" and no whole period: the year columns say they are parts of the total
        state.issue(
            "info",
            "amount",
            f"row {n}: the yearly amounts add up to {total_years:,.2f}, less than the total {amount:,.2f}; the year "
            f"columns are parts of it ('{labels.get(min(state.yearly))}'), so the rest belongs to its other years",
            index,
            col,
        )
        return amount
    whole = col is not None and WHOLE_PROJECT_TOTAL.search(labels.get(col) or "")
    if amount > total_years and not start and not end and (len(years) == 1 or whole):
        # "Загальний обсяг | Обсяг на 2021 рік" and no period: the one year's money is a part of the total, the rest
        # the project's other years', which the row does not date (several years falling short of a total not
        # said to be the whole project's, "Загальний обсяг | 2021 | 2022": a slip)
        state.issue(
            "warning",
            "amount",
            f"row {n}: the yearly amounts add up to {total_years:,.2f}, less than the total {amount:,.2f}, and the "
            "row gives no dates: the total stands, its years' figures a part of it; the rest is placed in no year",
            index,
            col,
        )
        return amount
    if cancelled and total_years == 0 and amount > 0:
        # "Скасовано" with "0" in its years: no money was spent or will be; the total is the budget it had
        state.issue(
            "info",
            "amount",
            f"row {n}: the project is cancelled and its year columns give it no money: the total {amount:,.2f} is "
            "kept as the budget it had (a cancelled project's money is not counted)",
            index,
            col,
        )
        return amount
    state.issue(
        "warning",
        "amount",
        f"row {n}: the total {amount:,.2f} differs from the sum of the yearly amounts "
        f"{total_years:,.2f} by {diff:,.2f}, more than rounding; the yearly amounts are used and the total is "
        "taken as their sum — check the row",
        index,
        col,
    )
    return total_years


def _month_span(months: list[int]) -> str:
    """Months of a year in words: "months 1-3", "months 1-3, 7-9" (runs as :func:`~mtd_analysis.ingest.sheet.number_ranges`
    groups them).

    Examples
    --------
    >>> _month_span([1, 2, 3]), _month_span([4, 5, 6, 10, 11, 12]), _month_span([5])
    ('months 1-3', 'months 4-6, 10-12', 'month 5')
    """
    return f"month{'s' if len(set(months)) > 1 else ''} {number_ranges(months).replace('–', '-')}"


def _a_payment(cells: RowCells) -> bool:
    """Whether a row of a schedule of payments gives a payment (its project's amount stands on its first row)."""
    cols = cells.state.payment_cols
    return cols is not None and clean_text(cell_value(cells.row, cols[1])) is not None


def _unsigned(raw):
    """A negative cell's value without its sign ("-60", "(80,000)", "−1 000 000"), for :func:`_in_units`."""
    if isinstance(raw, (int, float)):
        return abs(raw)
    text = str(raw).strip()
    if text.startswith("(") and text.endswith(")"):
        return text[1:-1]
    return text.lstrip("-−– ")


#: A number and a currency in brackets after it, and nothing else: "28 400,0 (USD)", "1 450 (EUR)".
_NUMBER_THEN_BRACKET = re.compile(r"\s*(\d[\d\s\u00a0.,']*)\s*\(\s*([^()\d]{1,25}?)\s*\)\s*")


def _number_and_currency_in_brackets(raw) -> str | None:
    """The currency a cell names in brackets after its number ("28 400,0 (USD)" -> "USD"), else None."""
    if not isinstance(raw, str) or not (found := _NUMBER_THEN_BRACKET.fullmatch(raw)):
        return None
    try:
        return parse_currency(found[2])
    except ValueProblem:
        return None


def _bracketed_currency(
    cells: RowCells, value: float, bracketed: str, amount_col: int
) -> tuple[float, str | None]:
    """The amount and currency of a cell "28 400,0 (USD)": its number is in the column's unit ("Сумма, тыс. грн": x
    1000); the currency in brackets is the amount's unless the header names another, which the number is in (the
    bracket names the donor's currency, as official returns write it), said at the cell."""
    state = cells.state
    column = state.header.columns[amount_col]
    amount = round(value * column.scale, 2)
    if column.currency is None or column.currency == bracketed:
        return amount, bracketed
    state.issue(
        "warning",
        "currency",
        f"row {cells.n}: the amount {state.cell(cells.index, amount_col)} '{clean_text(cells.row[amount_col])}' "
        f"stands in a column headed in {column.currency}: read as {amount:,.2f} {column.currency}, the currency in "
        f"brackets ({bracketed}) taken for the donor's — check which the figure is in",
        cells.index,
        amount_col,
    )
    return amount, None


def _in_currency_cells_unit(
    cells: RowCells, amount: float, amount_col: int, found: re.Match, currency_col
) -> float:
    """The row's amount in units when its currency cell gives the unit with the currency (``found`` in it: "тис.
    євро", "млн. канад. дол." in a "Одиниця виміру" column) and the amount's header and cell give none: said at the
    cell."""
    raw = cell_value(cells.row, amount_col)
    if cells.state.header.columns[amount_col].scale != 1.0:
        return amount
    unit = unit_factor(found[1])
    scaled = _in_units(amount, raw, unit)
    if scaled != amount:
        cells.state.issue(
            "info",
            "amount",
            f"row {cells.n}: the cell '{clean_text(found.string)}' gives the unit: {amount:,.2f} is read as "
            f"{scaled:,.2f}",
            cells.index,
            currency_col,
        )
    return scaled


def _one_years_figure(
    cells: RowCells, amount: float, amount_col: int | None
) -> tuple[float, dict[int, float]]:
    """A row whose amount a note marks as one year's money alone ("450 000*", "* 2021 allocation only; the total
    budget … is £1,200,000"): that year's amount; the project's total is the note's, else that year's figure."""
    year, total, where = cells.state.year_only[cells.index]
    unit = cells.state.header.columns[amount_col].scale if amount_col is not None else 1.0
    total = round(total * unit, 2) if total is not None and unit != 1.0 else total
    whole = total if total is not None and total >= amount else amount
    cells.state.issue(
        "info",
        "amount",
        f"row {cells.n}: the note at {where} says the amount is the {year} figure alone: {amount:,.2f} is the {year} "
        + (
            f"amount, of a total of {whole:,.2f} the note gives"
            if whole != amount
            else "amount (the note gives no total)"
        ),
        cells.index,
        amount_col,
    )
    return whole, {year: amount}


#: Below this, a sum written with its currency and no unit in a column headed in thousands is in thousands too ("$1,800"
#: under "($000)"); a larger one ("EUR 1 250 000") is read as written.
_SMALL_WITH_ITS_CURRENCY = 10_000


def _parts_in_units(value: float, raw, scale: float) -> float:
    """A part of a cell adding sums in two currencies ("300 (євро) + 4 500 (грн)") in a column headed in thousands:
    that many thousands when the cell says no unit of its own ("EUR 1.5 млн + UAH 12 млн" says its own)."""
    return round(value * scale, 2) if scale != 1.0 and units_scale(str(raw)) == 1.0 else value


def _in_units(value: float, raw, scale: float) -> float:
    """A plain number in a column headed in thousands (or millions) is that many thousands."""
    if scale == 1.0:
        return value
    if isinstance(raw, (int, float)) or (
        isinstance(raw, str)
        and _PLAIN_NUMBER.fullmatch(FOOTNOTE_LETTER.sub("", raw.strip()).rstrip(FOOTNOTE_MARKS).rstrip())
    ):  # "290.0*", "520 a)": a plain number with a footnote's mark
        return round(value * scale, 2)
    if (
        isinstance(raw, str)
        and abs(value) < _SMALL_WITH_ITS_CURRENCY
        and _PLAIN_NUMBER.fullmatch(without_currency_words(raw).strip(" .").rstrip(FOOTNOTE_MARKS).strip())
    ):  # "$1,800" under "($000)": its currency written, its unit not: as many thousands as its neighbours
        return round(value * scale, 2)
    if isinstance(raw, str) and ("(" in raw or _APPROXIMATE.search(raw)):
        bare = (
            _APPROXIMATE.sub(" ", _REMARK_IN_BRACKETS.sub(" ", raw))
            .strip(" .,;")
            .rstrip(FOOTNOTE_MARKS)
            .strip()
        )
        if _PLAIN_NUMBER.fullmatch(bare):  # "орієнтовно 2 000 (сума не підтверджена)" under "тис.": thousands
            return round(value * scale, 2)
    return value  # "3 млн грн" written in the cell says its own unit


def show_date(raw, parsed: dt.date) -> str:
    """A date as the partner wrote it, or as dd.mm.yyyy when the cell held a number, a date or a whole period."""
    text = clean_text(raw)
    if text and not isinstance(raw, (dt.date, dt.datetime, float, int)):
        try:
            if parse_date(text) == parsed or parse_date(text, end=True) == parsed:
                return text
        except ValueProblem:
            pass
    return parsed.strftime("%d.%m.%Y")


@lru_cache(maxsize=1)
def _prose_money() -> re.Pattern:
    """A sum of money in a sentence, its currency written before or after it ("EUR 1.2 million", "EUR 400,000", "650 000
    грн", "2,4 млн канадських доларів", "$1.5m"): the currencies' words of ``currencies.csv`` and the multipliers
    parse_amount reads."""
    from mtd_analysis.ingest.values import _currency_pattern

    currency, sum_ = _currency_pattern().pattern, _sum_written()
    return re.compile(rf"(?:{currency})\s?{sum_}|{sum_}\s?(?:{currency})", re.IGNORECASE)


@lru_cache(maxsize=1)
def _sum_written() -> str:
    """A sum as a sentence writes it, its multiplier after it ("400,000", "2,4 млн", "850 thousand"): the multipliers
    parse_amount reads (a pattern's text, for :func:`_prose_money` and :func:`_bare_sum_for_a_year`)."""
    from mtd_analysis.ingest.values import _MULTIPLIERS

    scale = "|".join(re.escape(w) for w in sorted(_MULTIPLIERS, key=len, reverse=True))
    return rf"(?:\d[\d\s.,'’]*\d|\d)(?:\s?(?:{scale})\.?(?![^\W\d_]))?"


#: A year a sentence gives a sum for: "for 2021", "у 2021 р.", "на 2021 рік", "в 2021 году", "in calendar year 2021", a
#: month of it ("in February 2021", "у березні 2021 р."; a word that is no month, "in fiscal 2021", is no year's part);
#: not "на 2020–2023 рр.", a span of years.
_YEAR_SAID = re.compile(
    r"(?<![^\W\d_])(?:for|in|на|у|в|во)\s+"
    r"(?:(calendar\s+year|календарн\w+\s+(?:рік|році|год[уа]?)|[^\W\d_]{3,10}\.?)\s+)?(20\d\d)(?!\s*[-–—/]\s*\d)"
    r"(?:\s*(?:рік|році|року|год[уа]?|г\.|р\.|year)(?![^\W\d_]))?",
    re.IGNORECASE,
)
#: A year's part after the total's "of which", its figure bare or a share: "з них на 2021 р. — 200 000", "of which 2021:
#: 35%", "у тому числі на 2021 рік – 35 %".
_OF_WHICH_YEAR = re.compile(
    rf"(?:{OF_WHICH})\s*(?:на\s+|in\s+|for\s+|за\s+|у\s+|в\s+|во\s+)?(?P<year>20\d\d)(?!\s*[-–—/]\s*\d)"
    r"\s*(?:р\.|рік|році|року|г\.|год[уа]?|year)?\s*[:–—-]?\s*(?P<figure>\d(?:[\d\s.,]*\d)?)\s*(?P<pct>%)?",
    re.IGNORECASE,
)
#: Between a year and the sum it gives ("на 2021 рік – 900 тис.", "У 2021 р. заплановано 450 тис. CHF"); between a sum
#: and the year after it ("EUR 400,000 is planned for 2021").
_YEAR_THEN_SUM = re.compile(r"[^.;\d]{0,30}")
_SUM_THEN_YEAR = re.compile(r"[^.;\d]{0,40}")
#: A year right after a sum, a dash at most between ("600 000 – в 2021 году"): that sum's, whatever follows.
_RIGHT_AFTER = re.compile(r"\s*[–—-]?\s*")


def _sum_years(text: str, sums: list[tuple[int, int]]) -> dict[int, int]:
    """The year each sum of a sentence is for (index of the sum in ``sums``, (start, end) each, in order -> year): a
    year right after a sum is that sum's ("5 млн у 2021 р. та 10 млн у 2022 р."); one said right before a sum is that
    sum's ("у тому числі на 2021 рік – 900 тис. дол. США"); else the sum's before it ("EUR 400,000 is planned for
    2021"). A sum takes one year."""
    out: dict[int, int] = {}
    for said in _YEAR_SAID.finditer(text):
        if (
            said[1]
            and not said[1].lower().startswith(("calendar", "календарн"))
            and not _month_number(said[1])
        ):
            continue
        after = next((k for k, (start, _) in enumerate(sums) if start >= said.end()), None)
        before = next((k for k in range(len(sums) - 1, -1, -1) if sums[k][1] <= said.start()), None)
        gap = text[sums[before][1] : said.start()] if before is not None else None
        if gap is not None and _AN_EVENT.search(gap):
            gap = None  # "… 700 тис. євро, розпочато у лютому 2021 року": the year of a start, not the sum's
        if gap is not None and before not in out and _RIGHT_AFTER.fullmatch(gap):  # "5 млн у 2021 р. та …"
            out[before] = int(said[2])
        elif (
            after is not None
            and after not in out
            and _YEAR_THEN_SUM.fullmatch(text[said.end() : sums[after][0]])
        ):
            out[after] = int(said[2])
        elif (
            gap is not None
            and before not in out
            and _SUM_THEN_YEAR.fullmatch(gap)
            # "EUR 620 000, з них на 2021 р. …": a part of it ("USD 250,000 including overheads, for 2021": all of it)
            and not _OF_WHICH_BEFORE.search(gap)
        ):
            out[before] = int(said[2])
    for k, (start, _) in enumerate(sums):  # "(2021 р. – 1 млн грн)": a year labelling the sum after it
        if (
            k not in out
            and (label := _YEAR_LABEL.search(text[max(0, start - 16) : start]))
            and not _COFUNDING_BEFORE.search(text[max(0, start - 60) : start])
        ):
            out[k] = int(label[1])
    return out


#: A year written as a label right before its sum: "(2021 р. – 1 млн грн)", "2021: USD 1.0M", "CY2021 – EUR 300,000".
_YEAR_LABEL = re.compile(
    r"(?:^|[\s(;,])(?:CY\s?)?(20\d\d)(?!\d)\s*(?:р\.|рік|г\.|год[уа]?|year)?"
    r"\s*(?:[:–—=-]|(?:allocation|budget|planned|plan|share|part|tranche|instalment|план|частка|транш)\s*[:–—=-]?)\s*$",
    re.IGNORECASE,
)
#: A sum split evenly over a span of years: "NOK 8.4m over three years (2020-2022), split evenly by year", "3 млн дол. США
#: на 2020–2022 рр., розподіл рівними частками за роками".
_EVENLY = re.compile(
    r"\b(?:split|divided|spread|allocated)\s+(?:evenly|equally)|\bin\s+equal\s+(?:parts|shares|instalments)|\bevenly\b"
    r"|рівними\s+частк(?:ами)?|рівними\s+частинами|рівномірно|равными\s+(?:долями|частями)|равномерно|поровну",
    re.IGNORECASE,
)
#: The even split is by year: "split evenly by year", "over three years", "рівними частками за роками" (not "evenly
#: between SBGS and SMS (2020–2022)").
_EVENLY_BY_YEAR = re.compile(
    rf"(?:{_EVENLY.pattern})(?!\s+(?:між|between|among|между|серед))[^.;]{{0,30}}?"
    r"(?:year|annual|рок|річн|год|ежегодн|щоріч|рр\.|гг\.)"
    rf"|(?:year|annual|рок|річн|год)\w*[^.;]{{0,40}}?(?:{_EVENLY.pattern})",
    re.IGNORECASE,
)
_YEAR_SPAN = re.compile(r"(?<![\d.])(20\d\d)\s*[-–—]\s*(20\d\d)(?!\d)")

#: Words denying the whole amount fell in the year, or giving a deadline, not a year: "(весь объем в 2021 г. освоен не
#: был)", "(entire amount to be disbursed by end of 2021)".
_NOT_ALL_IN_THE_YEAR = re.compile(
    r"(?<![^\W\d_])(?:не|not|no|нет|ні)(?![^\W\d_])|by (?:the )?end|until|до кінця|до конца|не пізніше|не позднее",
    re.IGNORECASE,
)
#: A year written before a currency ("2021 USD"), which the pattern of a sum with its currency after it takes.
_A_YEAR_BEFORE_CURRENCY = re.compile(r"\s*((?:19|20)\d\d)\s?[^\W\d_]{1,6}\.?\s*$", re.IGNORECASE)
#: Someone else's money said before a year's label ("в т.ч. софинансирование МВД 2021 г. – 300 000").
_COFUNDING_BEFORE = re.compile(COFUNDING_OR_LOCAL_LOWER.pattern, re.IGNORECASE)

#: Words of a project's start or end between a sum and a year: the year dates the event, not the money.
_AN_EVENT = re.compile(
    r"розпочат|почат|заверш|закінч|начат|оконч|started|launched|start|ended|complet|finish", re.IGNORECASE
)

#: "Of which" between a sum and a year: the year's part follows, the sum is the total's.
_OF_WHICH_BEFORE = re.compile(rf"(?:{OF_WHICH})\s*$", re.IGNORECASE)


def money_in_prose(text) -> tuple[float, str, dict[int, float]] | None:
    """The project's money a sentence gives when no column does ("The total budget of the project is EUR 1.2 million,
    of which EUR 400,000 is planned for 2021."): (total, currency, {year: part}); None when it gives none, sums in two
    currencies, or several sums none of which is a year's part of the largest (which one is the budget is not said).
    A year's part may leave its currency to the total's ("15 млн норвезьких крон: 5 млн у 2021 р. та 10 млн у 2022
    р.").

    Examples
    --------
    >>> money_in_prose("The total budget of the project is EUR 1.2 million, of which EUR 400,000 is planned for 2021.")
    (1200000.0, 'EUR', {2021: 400000.0})
    >>> money_in_prose("The project will train 450 officers in 3 centres (2 cycles per year). Budget: EUR 650,000.")
    (650000.0, 'EUR', {})
    >>> money_in_prose("EUR 2,000,000 over 2020-2022 to train 96 analysts")
    (2000000.0, 'EUR', {})
    >>> money_in_prose("Training of 240 officers; 36 vehicles; 70% of residents") is None
    True
    >>> money_in_prose("budget EUR 850 thousand"), money_in_prose("a planned budget of EUR 300,000 for 2021.")
    ((850000.0, 'EUR', {}), (300000.0, 'EUR', {2021: 300000.0}))
    >>> money_in_prose("EUR 300,000 for equipment and EUR 200,000 for training") is None  # two lines, no total said
    True
    >>> money_in_prose("Загальний бюджет – 2,5 млн. дол. США, у тому числі на 2021 рік – 900 тис. дол. США.")
    (2500000.0, 'USD', {2021: 900000.0})
    >>> money_in_prose("Бюджет 1 800 000 швейцарських франків на 2020–2023 рр. У 2021 р. заплановано 450 тис. CHF.")
    (1800000.0, 'CHF', {2021: 450000.0})
    >>> money_in_prose("15 млн норвезьких крон: 5 млн у 2021 р. та 10 млн у 2022 р.")
    (15000000.0, 'NOK', {2021: 5000000.0, 2022: 10000000.0})
    >>> money_in_prose("USD 3.2 million total; USD 1.1 million in calendar year 2021")
    (3200000.0, 'USD', {2021: 1100000.0})
    >>> money_in_prose("USD 400,000 in December 2020 and USD 250,000 in February 2021")  # tranches, no total said
    (650000.0, 'USD', {2020: 400000.0, 2021: 250000.0})
    >>> money_in_prose("USD 3.2 million total; USD 1.1 million in fiscal 2021") is None  # a fiscal year is not 2021's
    True
    >>> money_in_prose("Навчання. Бюджет: 2,5 млн грн (2021 р. – 1 млн грн)")
    (2500000.0, 'UAH', {2021: 1000000.0})
    >>> money_in_prose("Total SEK 25 million; 2021 allocation SEK 9 million")
    (25000000.0, 'SEK', {2021: 9000000.0})
    >>> money_in_prose("Budget: USD 1.2 mln (≈ EUR 1.0 mln); 2021 tranche USD 400 000 (≈ EUR 330 000).")
    (1200000.0, 'USD', {2021: 400000.0})
    >>> money_in_prose("NOK 8.4m over three years (2020-2022), split evenly by year")
    (8400000.0, 'NOK', {2020: 2800000.0, 2021: 2800000.0, 2022: 2800000.0})
    """
    if not isinstance(text, str) or not any(c.isdigit() for c in text):
        return None
    # "USD 1.2 mln (≈ EUR 1.0 mln)": an equivalent in brackets is no money of the project's (blanked, the places kept)
    text = _EQUIVALENT_SAID.sub(lambda m: " " * len(m[0]), text)
    sums: list[tuple[int, int, Amount]] = []
    at = 0
    while (m := _prose_money().search(text, at)) is not None:
        at = m.end()
        if (year := _A_YEAR_BEFORE_CURRENCY.match(m.group(0))) is not None:
            at = m.start() + year.end(
                1
            )  # "In 2021 USD 450,000": the year is no sum; its currency opens the next
            continue
        try:
            amount = parse_amount(m.group(0).strip())
        except ValueProblem:
            continue
        if amount is None or not amount.currency or amount.value <= 0:
            continue
        sums.append((m.start(), m.end(), amount))
    if not sums or len({a.currency for _, _, a in sums}) > 1:
        return None
    currency = sums[0][2].currency
    for m in _bare_sum_for_a_year().finditer(text):  # "5 млн у 2021 р.": in the total's currency
        if any(start < m.end(1) and m.start(1) < end for start, end, _ in sums):
            continue
        try:
            amount = parse_amount(m.group(1).strip())
        except ValueProblem:
            continue
        if amount is not None and amount.value >= 1000:
            sums.append((m.start(1), m.end(1), Amount(amount.value, currency)))
    shares: dict[int, float] = {}  # "з них на 2021 р. — 35%": a year's share of the total
    of_which: dict[int, int] = {}  # start of a year's part after "of which" -> its year
    # "з них на 2021 р. — 200 000", "of which 2021: 200,000": a year's part, in the total's currency when it names none
    for m in _OF_WHICH_YEAR.finditer(text):
        if any(start < m.end("figure") and m.start("figure") < end for start, end, _ in sums):
            of_which.update({start: int(m["year"]) for start, _, _ in sums if start == m.start("figure")})
            continue
        if m["pct"]:
            share = float(m["figure"].replace(",", ".").replace(" ", ""))
            if 0 < share <= 100:
                shares[int(m["year"])] = share
            continue
        word = re.match(r"\s*([^\W\d_]+\.?)", text[m.end("figure") :])
        if word and not money_only(f"{m['figure']} {word[1]}"):
            continue  # "з них у 2021 р. – 1 500 поліцейських": people, not money
        try:
            amount = parse_amount(m["figure"].strip())
        except ValueProblem:
            continue
        if amount is not None and amount.value >= 1000:
            sums.append((m.start("figure"), m.end("figure"), Amount(amount.value, currency)))
            of_which[m.start("figure")] = int(m["year"])
    sums.sort(key=lambda s: s[0])
    years = _sum_years(text, [(start, end) for start, end, _ in sums])
    for k, (start, _, _) in enumerate(sums):  # a part after "of which": its year, with a preposition or none
        if start in of_which:
            years[k] = of_which[start]
    found = [(amount, years.get(k)) for k, (_, _, amount) in enumerate(sums)]
    if shares and len(found) == 1 and found[0][1] is None:  # "EUR 0.62m, з них на 2021 р. — 35%"
        total_value = found[0][0].value
        return (
            total_value,
            currency,
            {year: round(total_value * share / 100, 2) for year, share in shares.items()},
        )
    dated = {year for _, year in found}
    if len(found) > 1 and None not in dated:
        # each sum its own year and none a total ("USD 400,000 in December 2020 and USD 250,000 in February 2021",
        # tranches): the project's money is their sum; two for one year may be a year's total and its part
        if len(dated) < len(found):
            return None
        return sum(a.value for a, _ in found), currency, {year: a.value for a, year in found}
    total = max(found, key=lambda f: f[0].value)
    if (
        len(found) == 1 and total[1] is not None
    ):  # "a planned budget of EUR 300,000 for 2021": that year's money
        return total[0].value, total[0].currency, {total[1]: total[0].value}
    parts = {y: a.value for a, y in found if y is not None and a is not total[0] and a.value < total[0].value}
    if len(found) - len(parts) != 1:  # sums besides the total that are no year's part of it
        return None
    if not parts and _EVENLY_BY_YEAR.search(text) and len(spans := _YEAR_SPAN.findall(text)) == 1:
        first, last = int(spans[0][0]), int(spans[0][1])
        if 0 < last - first < 10:  # the same part in each year of the span
            each, years = total[0].value / (last - first + 1), range(first, last + 1)
            parts = {y: round(each, 2) for y in years}
    return total[0].value, total[0].currency, parts


#: An equivalent in another currency in brackets: "(≈ EUR 1.0 mln)", "(approx. USD 0.68 mln / EUR 0.56 mln)",
#: "(еквівалент 33 млн грн)".
_EQUIVALENT_SAID = re.compile(
    r"\(\s*(?:≈|~|approx\.?|approximately|appr\.?|circa|ca\.|equiv\w*|eq\.|прибл\.?|приблизно|близько|около"
    r"|примерно|еквівалент\w*|эквивалент\w*)[^()]*\d[^()]*\)",
    re.IGNORECASE,
)


def money_sentence(value) -> bool:
    """Whether a money cell holds a sentence (six words or more, "Общий бюджет – 420 000 евро (2020–2022 гг.), из них
    …"), whose money :func:`money_in_prose` may read."""
    return isinstance(value, str) and len(value.split()) >= 6


#: What a number's pattern takes after its last digit (spaces, points, commas).
_TRAILING_SEPARATORS = re.compile(r"\D+$")


def _other_sums(text: str, read: set[float]) -> bool:
    """Whether a sentence holds a sum (a thousand or more, not a year) other than those ``read`` from it: a budget's
    lines beside its total ("1 000 000 EUR, of which equipment — 300 000, training — 500 000"), which are not a reading
    of one amount.

    Examples
    --------
    >>> _other_sums("1 000 000 EUR, of which equipment — 300 000, training — 500 000", {1_000_000.0})
    True
    >>> _other_sums("Общий бюджет – 420 000 евро (2020–2022 гг.), из них на 2021 год 150 000 евро", {420_000.0, 150_000.0})
    False
    """
    for found in _NUMBER.finditer(text):
        token = _TRAILING_SEPARATORS.sub("", found.group(0))
        if re.fullmatch(r"(?:19|20)\d\d", token):
            continue
        try:
            value = parse_amount(token)
        except ValueProblem:
            continue
        if value is not None and value.value >= 1000 and not any(abs(value.value - r) < 0.5 for r in read):
            return True
    return False


@lru_cache(maxsize=1)
def _bare_sum_for_a_year() -> re.Pattern:
    """A sum with no currency right before the year it is for ("5 млн у 2021 р.", "600 000 – в 2021 году")."""
    sum_ = rf"(?<![\d.,]){_sum_written()}"
    return re.compile(rf"({sum_})\s*[–—-]?\s*(?=(?:у|в|во|in|for)\s+20\d\d(?!\s*[-–—/]\s*\d))", re.IGNORECASE)


#: A period said in a sentence, and how to write it for parse_period: "from March 2021 to February 2023", "з березня
#: 2021 року по лютий 2023 року", "over 2020-2022", "протягом 2021 року", "Термін реалізації: ІІ квартал 2021 р. – І
#: квартал 2022 р.", "18 місяців, починаючи з 1 липня 2021 року", "36 months starting in October 2021", "April-December
#: 2020".
_MONTHS_SPAN = r"(\d{1,2})\s+(?:months?|місяц\w*|месяц\w*)"
#: A date short of its day, as a sentence writes it: "Q3 2021", "II квартал 2021", "October 2019", "Oct. 2019", "03.2021".
_PARTIAL_DATE = r"(?:Q[1-4]|[IVІХ]{1,3}\s*(?:кв\.?|квартал\w*|quarter)|[^\W\d_]{3,9}\.?|\d{1,2}[./])\s*20\d\d"
#: A day or a month in a sentence: "01.10.2020", "1 липня 2021", "March 2021".
_SAID_DAY = r"\d{1,2}\.\d{1,2}\.20\d\d|[^,.;()]{3,30}?20\d\d"
_PROSE_PERIOD = (
    (re.compile(rf"\bfrom\s+({_SAID_DAY})\s+(?:to|until|till|through)\s+({_SAID_DAY})", re.I),
     lambda m: f"{m[1]} – {m[2]}"),
    (re.compile(rf"(?<![^\W\d_])(?:з|с|із)\s+({_SAID_DAY})(?:\s*р\.|\s*року|\s*г\.|\s*года)?\s+(?:по|до)\s+"
                rf"({_SAID_DAY})", re.I), lambda m: f"{m[1]} – {m[2]}"),
    (re.compile(r"\b(?:over|during|in the years)\s+(20\d\d)\s*[-–—]\s*(20\d\d)\b", re.I), lambda m: f"{m[1]} – {m[2]}"),
    (re.compile(r"(?:term|period|duration|термін реалізації|строк реалізації|срок реализации|період реалізації"
                r"|(?<![^\W\d_])(?:період|период|термін|строк|сроки?))"
                r"\s*:\s*([^;\n]{4,60})", re.I), lambda m: m[1]),
    # "термін – II півріччя 2021 року", "Сроки – 2021–2022 гг.": a term after a dash
    (re.compile(r"(?<![^\W\d_])(?:термін|строк|срок|сроки|term|period)(?:\s+(?:реалізації|реализации))?"
                r"\s*[–—-]\s*([^;\n]{4,60})", re.I), lambda m: m[1]),
    (re.compile(_MONTHS_SPAN + r"[^.;\d]{0,20}?(?:починаючи з|начиная с|starting (?:in|from|on)|from)\s+"
                r"([^,.;()]{3,25}?20\d\d)", re.I), lambda m: f"{m[2]}, {m[1]} months"),
    (re.compile(r"(?:starting|start(?:s|ing)? in|from)\s+([A-Za-z]+\s+20\d\d)[^.;\d]{0,12}?\bfor\s+" + _MONTHS_SPAN,
                re.I), lambda m: f"{m[1]}, {m[2]} months"),
    (re.compile(_MONTHS_SPAN + r"\s+starting\s+(?:in|from|on)\s+([A-Za-z]+\s+20\d\d)", re.I),
     lambda m: f"{m[2]}, {m[1]} months"),
    (re.compile(r"\b((?:January|February|March|April|May|June|July|August|September|October|November|December)"
                r"\s*[-–]\s*(?:January|February|March|April|May|June|July|August|September|October|November|December)"
                r"\s+20\d\d)\b"), lambda m: m[1]),
    (re.compile(r"(?<![^\W\d_])(?:протягом|в течение|during|throughout)\s+(20\d\d)(?!\s*[-–—/]\s*\d)", re.I),
     lambda m: m[1]),
    # "на 2020–2023 рр.", "(2020–2022 гг.)", "2022–2024 years": a span of years said as years
    (re.compile(r"(?<!\d)(20\d\d)\s*[-–—]\s*(20\d\d)\s*(?:рр|гг|роки|роках|годы|годах|years)(?![^\W\d_])", re.I),
     lambda m: f"{m[1]} – {m[2]}"),
    # "Q3 2021 - Q2 2022", "(October 2019 - September 2024)", "03.2021 – 02.2023": two dates short of a day, a dash
    # between (bare years are the patterns above: "2020-2022" is also a code, a range of pages)
    (re.compile(rf"(?<![\w.])({_PARTIAL_DATE})\s*[-–—]\s*({_PARTIAL_DATE})(?!\d|[.,]\d)", re.I),
     lambda m: f"{m[1]} – {m[2]}"),
    # "реалізація у 2022 році", "implementation in 2022": that year
    (re.compile(r"(?<![^\W\d_])(?:реаліз\w*|реализ\w*|implement\w*)\s+(?:у|в|in)\s+(20\d\d)(?!\s*[-–—/]\s*\d)",
                re.I), lambda m: m[1]),
)  # fmt: skip


def period_in_prose(text) -> tuple[dt.date, dt.date] | None:
    """The period a sentence gives when no column does ("Implemented from March 2021 to February 2023, …"): (start,
    end), or None.

    Examples
    --------
    >>> period_in_prose("Implemented from March 2021 to February 2023, the project will train 450 officers.")
    (datetime.date(2021, 3, 1), datetime.date(2023, 2, 28))
    >>> period_in_prose("Проєкт реалізується з березня 2021 року по лютий 2023 року.")
    (datetime.date(2021, 3, 1), datetime.date(2023, 2, 28))
    >>> period_in_prose("вартістю 320 000 злотих, терміном реалізації з 01.10.2020 по 30.09.2021, виконавець — …")
    (datetime.date(2020, 10, 1), datetime.date(2021, 9, 30))
    >>> period_in_prose("EUR 2,000,000 over 2020-2022"), period_in_prose("протягом 2021 року")[1]
    ((datetime.date(2020, 1, 1), datetime.date(2022, 12, 31)), datetime.date(2021, 12, 31))
    >>> period_in_prose("Training of 240 officers") is None
    True
    >>> period_in_prose("Тривалість проєкту – 18 місяців, починаючи з 1 липня 2021 року; охоплення 5 областей")
    (datetime.date(2021, 7, 1), datetime.date(2022, 12, 31))
    >>> period_in_prose("Indicative budget EUR 3.5 million for 36 months starting in October 2021; 8 crossing points")
    (datetime.date(2021, 10, 1), datetime.date(2024, 9, 30))
    >>> period_in_prose("Термін реалізації: ІІ квартал 2021 р. – І квартал 2022 р. Реконструкція 12 смуг руху.")
    (datetime.date(2021, 4, 1), datetime.date(2022, 3, 31))
    >>> period_in_prose("budget EUR 850 thousand; implemented April-December 2020.")
    (datetime.date(2020, 4, 1), datetime.date(2020, 12, 31))
    >>> period_in_prose("Бюджет – 3,6 млн. чеських крон, термін – 2021–2022 рр.")
    (datetime.date(2021, 1, 1), datetime.date(2022, 12, 31))
    >>> period_in_prose("Загальний бюджет 1 800 000 швейцарських франків на 2020–2023 рр.")[1]
    datetime.date(2023, 12, 31)
    >>> period_in_prose("Орієнтовна вартість 700 000 CHF, реалізація у 2022 році на 5 пунктах пропуску.")
    (datetime.date(2022, 1, 1), datetime.date(2022, 12, 31))
    >>> period_in_prose("Implemented Q3 2021 - Q2 2022. Revision of 14 training modules.")
    (datetime.date(2021, 7, 1), datetime.date(2022, 6, 30))
    >>> period_in_prose("Five-year activity (October 2019 - September 2024) supporting 7 coalitions")[0]
    datetime.date(2019, 10, 1)
    >>> period_in_prose("Chapters 2019 - 2021 of the report") is None  # bare years: a range of anything
    True
    """
    if not isinstance(text, str) or "20" not in text:
        return None
    for pattern, written in _PROSE_PERIOD:
        found = pattern.search(text)
        if found is None:
            continue
        said = written(found)
        # the longest part of it that reads as a period, up to one of its years ("ІІ квартал 2021 р. – І квартал 2022
        # р. Реконструкція …": up to 2022 р.)
        ends = [len(said), *[m.end() for m in re.finditer(r"20\d\d(?:\s*(?:р|г)\.)?", said)][::-1]]
        for end_at in ends:
            try:
                start, end = parse_period(said[:end_at])
            except ValueProblem:
                continue
            if start is not None and end is not None and start <= end:
                return start, end
    return None
