"""Find the header of a partner's table wherever it is, and recognise its columns.

Columns are recognised through the bilingual alias table shipped as
``mtd_analysis/data/column_aliases.csv`` (English, Ukrainian, Russian). Case,
spacing, line breaks, NBSP, punctuation, units and instructions in brackets are
ignored; the currency named in a header ("Бюджет, дол. США", "Budget (USD)")
and a year ("Budget 2021", "Бюджет на 2021") are taken from it.

Two-row headers with merged group cells ("Duration" over "Start | End",
"Budget" over "Amount | Currency") are read as one header.

Examples
--------
>>> match_field("Start date\\n(dd.mm.yyyy)").field
'start_date'
>>> m = match_field("Бюджет, дол. США")
>>> m.field, m.currency
('amount', 'USD')
>>> m = match_field("Бюджет на 2021")
>>> m.field, m.year
('yearly', 2021)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from mtd_analysis import config
from mtd_analysis.ingest.values import clean_text, currency_in_text, normalise_key
from mtd_analysis.reference import aliases as aliases_ref

#: Fields that make a row a header when recognised (the canonical project fields).
PROJECT_FIELDS = (
    "project_id",
    "partner",
    "implementer",
    "title",
    "description",
    "beneficiaries",
    "declared_priority",
    "start_date",
    "end_date",
    "period",
    "amount",
    "currency",
    "status",
)
#: Fields a table may hold once only; a second column of the same field is reported and ignored.
SINGLE_FIELDS = PROJECT_FIELDS


@dataclass(frozen=True)
class FieldMatch:
    """What one header cell means."""

    field: str | None  # a PROJECT_FIELDS name, "yearly", "number", "ignore" or None (unrecognised)
    currency: str | None = None
    year: int | None = None
    strength: float = 0.0  # 1.0 exact alias, less for a phrase inside a longer header
    scale: float = 1.0  # 1000 for "Budget, thousand EUR" / "Сума, тис. грн"


@dataclass
class Header:
    """The header found in a sheet."""

    row: int  # 0-based index of the last header row
    first_row: int  # 0-based index of the first header row (== row for one-row headers)
    columns: dict[int, FieldMatch] = field(default_factory=dict)  # column index -> match
    labels: dict[int, str] = field(default_factory=dict)  # column index -> header text as written
    score: float = 0.0

    def fields(self) -> dict[str, int]:
        """Field name -> the first column holding it (yearly columns excluded)."""
        out: dict[str, int] = {}
        for col in sorted(self.columns):
            f = self.columns[col].field
            if f in PROJECT_FIELDS and f not in out:
                out[f] = col
        return out

    def yearly(self) -> dict[int, int]:
        """Column index -> year, for per-year amount columns."""
        return {c: m.year for c, m in sorted(self.columns.items()) if m.field == "yearly" and m.year}


@lru_cache(maxsize=1)
def _alias_table() -> list[tuple[str, tuple[str, ...], bool]]:
    """(field, alias tokens, whole header only), longest aliases first."""
    rows = []
    for order, rec in enumerate(aliases_ref.column_aliases().to_dict("records")):
        tokens = tuple(normalise_key(rec["alias"]).split())
        if tokens:
            whole = (rec.get("whole_header_only") or "").strip() in ("1", "yes", "true")
            rows.append((len(tokens), order, rec["field"].strip(), tokens, whole))
    rows.sort(key=lambda r: (-r[0], r[1]))
    return [(f, t, w) for _, _, f, t, w in rows]


@lru_cache(maxsize=1)
def _aliases() -> list[tuple[str, tuple[str, ...]]]:
    """Aliases that may also stand inside a longer header ("Approved budget", "Donor name")."""
    return [(f, t) for f, t, whole in _alias_table() if not whole]


@lru_cache(maxsize=1)
def _alias_index() -> dict[str, list[tuple[int, str, tuple[str, ...]]]]:
    """Aliases by the first letters of their first word, so a header is compared with a few, not all."""
    index: dict[str, list[tuple[int, str, tuple[str, ...]]]] = {}
    for order, (f, tokens) in enumerate(_aliases()):
        index.setdefault(tokens[0][:4], []).append((order, f, tokens))
    return index


@lru_cache(maxsize=1)
def _exact_aliases() -> dict[tuple[str, ...], str]:
    out: dict[tuple[str, ...], str] = {}
    for f, tokens, _ in _alias_table():
        out.setdefault(tokens, f)
    return out


_HXL = re.compile(r"\s*#[A-Za-z]")


def is_hxl_tag(value) -> bool:
    """True for an HXL hashtag cell ("#org+acronym", "#adm1 +name").

    Examples
    --------
    >>> is_hxl_tag("#org+acronym"), is_hxl_tag("#"), is_hxl_tag("№")
    (True, False, False)
    """
    return isinstance(value, str) and "#" in value[:8] and bool(_HXL.match(value))


def _token_match(alias: str, word: str) -> bool:
    """Same word, allowing inflected endings on longer words (проєкту / проекта / проєкт)."""
    if alias == word:
        return True
    if len(alias) >= 5 and len(word) >= 5:
        stem = max(4, min(len(alias), len(word)) - 2)
        return alias[:stem] == word[:stem]
    return False


def _contains(tokens: tuple[str, ...], alias: tuple[str, ...]) -> bool:
    n = len(alias)
    for i in range(len(tokens) - n + 1):
        if all(_token_match(a, w) for a, w in zip(alias, tokens[i : i + n], strict=True)):
            return True
    return False


_YEAR = re.compile(r"(?<!\d)(20[0-4]\d)(?!\d)")
_PAREN = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_YEARLY_WORDS = {
    "budget",
    "amount",
    "funding",
    "бюджет",
    "сума",
    "фінансування",
    "cost",
    "fy",
    "year",
    "рік",
    "на",
    "in",
    "for",
    "у",
    "в",
    "disbursement",
    "disbursements",
    "planned",
    "plan",
    "заплановано",
    "сумма",
    "expenditure",
    "spent",
    "році",
    "р",
    "рр",
    "году",
    "год",
    "г",
    "total",
    "разом",
    "усього",
}


@lru_cache(maxsize=1)
def _yearly_words() -> frozenset[str]:
    return frozenset(normalise_key(w) for w in _YEARLY_WORDS) | frozenset(_YEARLY_WORDS)


_THOUSANDS = re.compile(r"(?<![^\W\d_])(thousands?|тис|тыс|k|000s|'000)(?![^\W\d_])", re.IGNORECASE)
_MILLIONS = re.compile(r"(?<![^\W\d_])(millions?|mln|mio|млн|m)(?![^\W\d_])", re.IGNORECASE)
_MONTHS_UNIT = re.compile(r"month|міс|мес", re.IGNORECASE)


def _scaled(m: FieldMatch, text: str) -> FieldMatch:
    """Money columns headed in thousands or millions; a duration in months is not a period of dates."""
    if m.field == "period" and _MONTHS_UNIT.search(text):
        return FieldMatch("ignore", m.currency, None, m.strength)
    if m.field in ("amount", "yearly"):
        scale = 1000.0 if _THOUSANDS.search(text) else 1e6 if _MILLIONS.search(text) else 1.0
        if scale != 1.0:
            return FieldMatch(m.field, m.currency, m.year, m.strength, scale)
    return m


@lru_cache(maxsize=8192)
def match_field(label) -> FieldMatch:
    """Recognise one header cell (see :func:`_match_field`), with its unit.

    Examples
    --------
    >>> match_field("Сума, тис. грн")
    FieldMatch(field='amount', currency='UAH', year=None, strength=0.5, scale=1000.0)
    >>> match_field("Duration (months)").field
    'ignore'
    """
    m = _match_field(label)
    text = clean_text(label)
    return _scaled(m, text) if text and m.field else m


def _match_field(label) -> FieldMatch:
    """Recognise one header cell.

    Examples
    --------
    >>> match_field("Назва проєкту").field, match_field("Project code").field, match_field("Project").field
    ('title', 'project_id', 'title')
    >>> match_field("Budget (USD)")
    FieldMatch(field='amount', currency='USD', year=None, strength=1.0, scale=1.0)
    >>> match_field("2021").field, match_field("Start 2021").field
    ('yearly', 'start_date')
    >>> match_field("Colour").field is None
    True
    """
    text = clean_text(label)
    if text is None or is_hxl_tag(text):
        return FieldMatch(None)
    currency = currency_in_text(text)
    years = {int(y) for y in _YEAR.findall(text)}
    bare = _PAREN.sub(" ", text)
    key = normalise_key(bare)
    if currency:
        # drop the currency words so that "Бюджет, дол. США" reads as "бюджет"
        from mtd_analysis.ingest.values import _currency_pattern

        key = normalise_key(_currency_pattern().sub(" ", bare))
    tokens = tuple(t for t in key.split() if not _YEAR.fullmatch(t))
    if len(years) == 1 and (not tokens or set(tokens) <= _yearly_words()):
        return FieldMatch("yearly", currency, years.pop(), 1.0)
    if not tokens:
        return FieldMatch(None, currency)
    exact = _exact_aliases().get(tokens)
    if exact:
        return FieldMatch(exact, currency, None, 1.0)
    if len(text) > 160 or len(tokens) > 16:
        return FieldMatch(None, currency)  # a paragraph, not a column name
    index = _alias_index()
    candidates = sorted({c for t in tokens for c in index.get(t[:4], ())})
    for _, f, alias in candidates:
        if sum(map(len, alias)) < 4 and len(alias) < len(tokens):
            continue  # short aliases ("to", "з", "№") count only as the whole header
        if _contains(tokens, alias):
            return FieldMatch(f, currency, None, len(alias) / len(tokens))
    return FieldMatch(None, currency)


def _combine(upper: FieldMatch, lower: FieldMatch, upper_text: str | None) -> FieldMatch:
    """What a column of a two-row header means, from its group cell and its own cell (units from either)."""
    m = _combine_fields(upper, lower)
    scale = lower.scale if lower.scale != 1.0 else upper.scale
    if m.field in ("amount", "yearly") and scale != 1.0:
        return FieldMatch(m.field, m.currency, m.year, m.strength, scale)
    return m


def _combine_fields(upper: FieldMatch, lower: FieldMatch) -> FieldMatch:
    currency = lower.currency or upper.currency
    is_year = lower.field == "yearly" or (lower.field is None and lower.year)
    if is_year and upper.field in ("start_date", "end_date", "period", "title", "project_id"):
        return FieldMatch(upper.field, currency, None, upper.strength)  # a year under "Start" is a date
    if lower.field == "yearly" or (lower.field is None and lower.year):
        return FieldMatch("yearly", currency, lower.year, 1.0)
    if lower.field in (None,) and upper.field:
        if upper.field == "yearly":
            return FieldMatch(None, currency)
        return FieldMatch(upper.field, currency, upper.year, upper.strength * 0.9)
    if lower.field == "amount" and upper.field == "yearly":
        return FieldMatch("yearly", currency, upper.year, 1.0)
    if lower.field in ("start_date", "end_date", "amount", "currency", "title", "description"):
        return FieldMatch(lower.field, currency, lower.year, lower.strength)
    if lower.field and upper.field in ("period",) and lower.field in ("number",):
        return FieldMatch(None, currency)
    return FieldMatch(lower.field, currency, lower.year, lower.strength)


#: A project table has money, time or an agency beside its title: without one it is a list of something else.
_SUBSTANCE = {"amount", "start_date", "end_date", "period", "beneficiaries"}


def _score(columns: dict[int, FieldMatch]) -> float:
    found = {m.field for m in columns.values() if m.field in PROJECT_FIELDS}
    has_years = any(m.field == "yearly" for m in columns.values())
    if not ({"title", "project_id"} & found) or not (_SUBSTANCE & found or has_years):
        return 0.0
    n_years = sum(1 for m in columns.values() if m.field == "yearly")
    score = len(found) + (1 + 0.5 * min(n_years, 3) if has_years else 0)
    score += 0.25 * sum(1 for m in columns.values() if m.field in ("number", "ignore"))
    score += 0.1 * sum(m.strength for m in columns.values() if m.field in PROJECT_FIELDS)
    return score


def _row_matches(row: list) -> dict[int, FieldMatch]:
    out = {}
    for col, value in enumerate(row):
        if isinstance(value, str):
            m = match_field(value)
            if m.field:
                out[col] = m
        elif isinstance(value, (int, float)) and not isinstance(value, bool) and 2000 <= value <= 2049:
            if float(value).is_integer():
                out[col] = FieldMatch("yearly", None, int(value), 1.0)
    return out


def _fill_group_row(upper: list, lower: list, merged_cols: dict[int, int]) -> list:
    """Spread each group cell of the upper header row over the columns it spans.

    A merged range spans what the workbook says; without merge information a
    group label spans the empty cells to its right while the lower row has labels there.
    """
    filled = list(upper) + [None] * max(0, len(lower) - len(upper))
    for col in range(1, len(filled)):
        if clean_text(filled[col]) is None:
            if col in merged_cols:
                filled[col] = upper[merged_cols[col]]
            elif (
                clean_text(filled[col - 1]) is not None
                and col < len(lower)
                and clean_text(lower[col]) is not None
                and (col - 1 in merged_cols or merged_cols == {})
            ):
                filled[col] = filled[col - 1]
    return filled


def find_header(
    rows: list[list], merged: list[tuple[tuple[int, int], tuple[int, int]]] | None = None
) -> Header | None:
    """Locate the header row (or two rows) of a project table in a sheet.

    Parameters
    ----------
    rows : list of list
        The sheet's cells, row by row, as read.
    merged : list, optional
        Merged ranges as ``((row0, col0), (row1, col1))``, 0-based inclusive.

    Returns
    -------
    Header or None
        None when no row looks like the header of a project table (it needs a title
        or project-code column and at least one more project field).

    Examples
    --------
    >>> rows = [["EU projects, status as of 15 March 2021"], [],
    ...         ["No", "Title", "Duration", None, "Budget", None],
    ...         [None, None, "Start", "End", "Amount", "Currency"],
    ...         [1, "Border crossing points", "2021-01-01", "2021-12-31", 1000, "EUR"]]
    >>> h = find_header(rows, merged=[((2, 2), (2, 3)), ((2, 4), (2, 5))])
    >>> h.first_row, h.row, h.fields()
    (2, 3, {'title': 1, 'start_date': 2, 'end_date': 3, 'amount': 4, 'currency': 5})
    """
    merged = merged or []
    limit = min(len(rows), config.HEADER_SCAN_ROWS)
    best: Header | None = None
    cache: dict[int, dict[int, FieldMatch]] = {}

    def singles(i: int) -> dict[int, FieldMatch]:
        if i not in cache:
            cache[i] = _row_matches(rows[i])
        return cache[i]

    for r in range(limit):
        if best is not None and best.score >= 3 and r > best.row + 2:
            break  # a clear header was found: the rows below it are data
        single = singles(r)
        score = _score(single)
        if score and (best is None or score > best.score):
            best = Header(r, r, dict(single), {c: clean_text(rows[r][c]) or "" for c in single}, score)
        if r + 1 < len(rows) and r + 1 < limit + 1:
            lower_row = rows[r + 1]
            if not any(clean_text(v) for v in lower_row):
                continue
            # the lower row of a two-row header names things itself; a data row does not
            if r + 1 < limit and len(singles(r + 1)) < 2:
                continue
            merged_cols = {}
            for (r0, c0), (r1, c1) in merged:
                if r0 <= r <= r1:
                    for c in range(c0 + 1, c1 + 1):
                        merged_cols[c] = c0
            upper_row = _fill_group_row(rows[r], lower_row, merged_cols)
            width = max(len(upper_row), len(lower_row))
            combined: dict[int, FieldMatch] = {}
            labels: dict[int, str] = {}
            for c in range(width):
                up = upper_row[c] if c < len(upper_row) else None
                lo = lower_row[c] if c < len(lower_row) else None
                um = match_field(up) if isinstance(up, str) else FieldMatch(None)
                lm = (
                    match_field(lo)
                    if isinstance(lo, str)
                    else (singles(r + 1).get(c, FieldMatch(None)) if r + 1 < limit else FieldMatch(None))
                )
                if isinstance(lo, (int, float)) and not isinstance(lo, bool) and 2000 <= lo <= 2049:
                    lm = FieldMatch("yearly", None, int(lo), 1.0)
                m = _combine(um, lm, clean_text(up))
                if m.field:
                    combined[c] = m
                    labels[c] = " / ".join(t for t in (clean_text(up), clean_text(lo)) if t)
            pair_score = _score(combined)
            # a true two-row header reads better than either row alone
            if pair_score > max(score, _score(singles(r + 1)) if r + 1 < limit else 0) + 0.5:
                if best is None or pair_score > best.score:
                    best = Header(r + 1, r, combined, labels, pair_score)
    if best is None or best.score < 2:
        return None
    return _resolve_duplicates(best)


def _resolve_duplicates(header: Header) -> Header:
    """Keep the strongest column when a field appears twice; the others become unrecognised."""
    seen: dict[str, int] = {}
    cols = dict(header.columns)
    for col in sorted(cols):
        m = cols[col]
        if m.field not in SINGLE_FIELDS:
            continue
        if m.field in seen:
            other = seen[m.field]
            if m.strength > cols[other].strength:
                cols[other] = FieldMatch("duplicate", cols[other].currency)
                seen[m.field] = col
            else:
                cols[col] = FieldMatch("duplicate", m.currency)
        else:
            seen[m.field] = col
    # "Total" names the amount only when no better amount column exists
    return Header(header.row, header.first_row, cols, header.labels, header.score)


def header_repeats(row: list, header: Header) -> bool:
    """True when a data row repeats the header (a page break in an export).

    Examples
    --------
    >>> h = find_header([["Title", "Amount", "Start"]])
    >>> header_repeats(["Title", "Amount", "Start"], h), header_repeats(["Radios", 5, "2021"], h)
    (True, False)
    """
    hits = 0
    for col, label in header.labels.items():
        value = row[col] if col < len(row) else None
        if isinstance(value, str) and label:
            last = label.split(" / ")[-1]
            if normalise_key(value) == normalise_key(last):
                hits += 1
    return hits >= max(2, len(header.columns) // 2)
