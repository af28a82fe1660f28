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

import bisect
import csv
import datetime as dt
import math
import re
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from itertools import islice

from mtd_analysis import config
from mtd_analysis.ingest.partners import is_known_partner
from mtd_analysis.ingest.programmes import OF_WHICH
from mtd_analysis.ingest.values import (
    _MONTH_SHORT_YEAR,
    _MONTH_STEMS,
    _MONTHS,
    EQUIVALENT_SAID,
    YEAR_2000S,
    clean_text,
    currency_in_text,
    money_only,
    normalise_key,
    only_an_agency,
    parse_beneficiaries,
    parse_duration,
    unfolded_key,
)
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
    "duration",
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
    agency: str | None = None  # the agency a column of money is for ("НПУ" under "Сума, JPY"): agency_amount
    part: str | None = None  # the months of its year a column of money covers ("01-03" for "Q1 2021")


@dataclass
class Header:
    """The header found in a sheet."""

    row: int  # 0-based index of the last header row
    first_row: int  # 0-based index of the first header row (== row for one-row headers)
    columns: dict[int, FieldMatch] = field(default_factory=dict)  # column index -> match
    labels: dict[int, str] = field(default_factory=dict)  # column index -> header text as written
    score: float = 0.0
    findings: list[tuple[str, int, str]] = field(default_factory=list)  # (severity, column, message)
    shifted: int = 0  # the rows stand this many columns right of their labels (pasted one column off)

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


#: An analyst's own column_aliases.csv beside the submissions (see :func:`use_column_aliases`).
_LOCAL_ALIASES: dict = {"path": None, "stamp": None, "rows": []}
#: ``amount_year``: the year a row's amount is for, in a table with a row per project and year.
#: ``year_shares``: a project's budget split over years as percentages ("2021: 40%; 2022: 60%").
#: ``in_sector``: whether a row of a sector-wide list is the MIA system's ("MIA system: Yes/No").
#: ``budget_line``: the budget line a row's amount is for, in an export with a row per project and budget line (or
#: per sector: "Sector code (DAC 5)"); ``line_share``: that line's share of the project ("Sector share (%)").
#: ``unit``: a column of the unit each row's figures are in ("unit": "тыс." | "ед."), beside the currency's.
#: ``deleted``: a database's deletion flag ("is_deleted": 1): a row flagged so is not counted.
#: ``submitted``: when a form's response was sent ("Timestamp", "Completion time"): a later response replaces
#: an earlier one for the same project.
_ALIAS_FIELDS = frozenset(PROJECT_FIELDS) | {
    "yearly",
    "number",
    "ignore",
    "amount_year",
    "budget_line",
    "line_share",
    "unit",
    "submitted",
    "year_shares",
    "country",
    "in_sector",
    "deleted",
}


def _read_aliases(path) -> tuple[list[tuple[str, str, bool]], list[str]]:
    """(field, alias, whole header only) rows of an alias table, and a sentence per row that cannot be used."""
    rows, problems = [], []
    with open(path, encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = {"field", "alias"} - set(reader.fieldnames or ())
        if missing:
            return [], [
                f"it has no {' or '.join(sorted(missing))} column (expected: field,lang,alias,whole_header_only)"
            ]
        for line, rec in enumerate(reader, start=2):
            name, alias = (rec.get("field") or "").strip(), (rec.get("alias") or "").strip()
            if not alias and not name:
                continue
            if name not in _ALIAS_FIELDS or not alias:
                problems.append(
                    f"row {line}: field '{name}' is not one of {', '.join(sorted(_ALIAS_FIELDS))}; row ignored"
                    if alias
                    else f"row {line}: no alias; row ignored"
                )
                continue
            whole = (rec.get("whole_header_only") or "").strip().lower() in ("1", "yes", "true")
            rows.append((name, alias, whole))
    return rows, problems


def use_column_aliases(path=None) -> list[str]:
    """Add an analyst's own ``column_aliases.csv`` (same columns as the package's table) to the header words.

    Their aliases are tried before the package's, so an analyst can also re-map a header the package
    reads otherwise. ``None`` goes back to the package's table alone. Call it before reading a folder.

    Returns
    -------
    list of str
        One sentence per row of the file that could not be used (the rest are used).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> local = pathlib.Path(tempfile.mkdtemp()) / config.COLUMN_ALIASES_NAME
    >>> _ = local.write_text("field,lang,alias,whole_header_only\\nbeneficiaries,en,agency,1\\nbudget,en,x,\\n")
    >>> [p[:40] for p in use_column_aliases(local)]
    ["row 3: field 'budget' is not one of amou"]
    >>> match_field("Agency").field
    'beneficiaries'
    >>> use_column_aliases(None)
    []
    >>> match_field("Agency").field is None
    True
    """
    stamp = None
    rows: list = []
    problems: list[str] = []
    if path is not None:
        stat = path.stat()
        stamp = (str(path), stat.st_mtime_ns, stat.st_size)
        if stamp == _LOCAL_ALIASES["stamp"]:
            return list(_LOCAL_ALIASES["problems"])
        rows, problems = _read_aliases(path)
    elif _LOCAL_ALIASES["stamp"] is None:
        return []
    _LOCAL_ALIASES.update(path=path, stamp=stamp, rows=rows, problems=problems)
    for cached in (
        _alias_table,
        _aliases,
        _alias_index,
        _exact_aliases,
        _short_alias_spellings,
        match_field,
        read_as_spelled,
        _alias_words,
        _written_out,
    ):
        cached.cache_clear()
    return list(problems)


def aliases_in_use():
    """The column aliases a build reads with: the analyst's own (first) and the package's, as one table.

    Examples
    --------
    >>> aliases_in_use().columns.tolist()
    ['field', 'lang', 'alias', 'whole_header_only']
    """
    import pandas as pd

    package = aliases_ref.column_aliases()
    local = pd.DataFrame(
        [
            {"field": f, "lang": "", "alias": a, "whole_header_only": "1" if w else ""}
            for f, a, w in _LOCAL_ALIASES["rows"]
        ],
        columns=package.columns,
    )
    return pd.concat([local, package], ignore_index=True) if len(local) else package


def _alias_rows() -> list[tuple[str, str, bool]]:
    """(field, alias as written, whole header only): the analyst's own aliases, then the package's."""
    package = [
        (
            rec["field"].strip(),
            rec["alias"],
            (rec.get("whole_header_only") or "").strip() in ("1", "yes", "true"),
        )
        for rec in aliases_ref.column_aliases().to_dict("records")
    ]
    return [*_LOCAL_ALIASES["rows"], *package]


@lru_cache(maxsize=1)
def _alias_table() -> list[tuple[str, tuple[str, ...], bool]]:
    """(field, alias tokens, whole header only), longest aliases first; the analyst's own before the package's."""
    rows = []
    for order, (name, alias, whole) in enumerate(_alias_rows()):
        tokens = tuple(normalise_key(alias).split())
        if tokens:
            rows.append((len(tokens), order, name, tokens, whole))
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


@lru_cache(maxsize=1)
def _short_alias_spellings() -> dict[tuple[str, ...], frozenset[str]]:
    """One-word aliases of three letters at most that letter folding makes another word ("від", from, and "вид",
    kind, are one key): their spellings, which a header must use."""
    out: dict[tuple[str, ...], set[str]] = {}
    for _, alias, _ in _alias_rows():
        tokens = tuple(normalise_key(alias).split())
        if len(tokens) == 1 and len(tokens[0]) <= 3 and unfolded_key(alias) != tokens[0]:
            out.setdefault(tokens, set()).add(unfolded_key(alias))
    return {tokens: frozenset(spellings) for tokens, spellings in out.items()}


_HXL = re.compile(r"\s*#[A-Za-z]")


def is_hxl_tag(value) -> bool:
    """True for an HXL hashtag cell ("#org+acronym", "#adm1 +name").

    Examples
    --------
    >>> is_hxl_tag("#org+acronym"), is_hxl_tag("#"), is_hxl_tag("№")
    (True, False, False)
    """
    return isinstance(value, str) and "#" in value[:8] and bool(_HXL.match(value))


#: Words that share a stem without being one word: "Current grant" is neither a currency nor a grantee.
_FALSE_FRIENDS = frozenset(
    frozenset(pair)
    for pair in (
        ("current", "currency"),
        ("currently", "currency"),
        ("grant", "grantee"),
        ("grants", "grantee"),
        ("granted", "grantee"),
    )
)


def _token_match(alias: str, word: str) -> bool:
    """Same word, allowing inflected endings on longer words (проєкту / проекта / проєкт), not a false friend.

    Examples
    --------
    >>> _token_match("проєкт", "проєкту"), _token_match("currency", "current"), _token_match("grantee", "grant")
    (True, False, False)
    """
    if alias == word:
        return True
    if frozenset({alias, word}) in _FALSE_FRIENDS:
        return False
    if len(alias) >= 5 and len(word) >= 5:
        stem = max(4, min(len(alias), len(word)) - 2)
        return alias[:stem] == word[:stem]
    return False


def _contains(tokens: tuple[str, ...], alias: tuple[str, ...], exact: bool = False) -> bool:
    """Whether the alias's words stand in a row among the header's (``exact``: as written, else allowing
    other endings)."""
    n = len(alias)
    for i in range(len(tokens) - n + 1):
        if exact:
            if tokens[i : i + n] == alias:
                return True
        elif all(_token_match(a, w) for a, w in zip(alias, tokens[i : i + n], strict=True)):
            return True
    return False


_PAREN = re.compile(r"\([^)]*\)|\[[^\]]*\]")
#: A span of years and nothing else in a money column's label's key ("2021–2022", "2021-2023 рр.", "2021 - 2022, EUR"):
#: the two years, what separated them gone with the punctuation and the currency words.
_YEAR_SPAN = re.compile(r"20[0-4]\d\s*(?:20[0-4]\d)\s*(?:рр|роки|гг|годы|years)?", re.IGNORECASE)


def _is_year_span(text: str) -> bool:
    """Whether a label is a span of years and nothing else but a currency or unit ("2021–2022", "2021-2023 рр., EUR";
    not "2021/2022", a fiscal year, nor "2021, 2022", a list)."""
    if not re.search(r"20[0-4]\d\s*[-–—]\s*20[0-4]\d", text):
        return False
    from mtd_analysis.ingest.values import _currency_pattern

    key = normalise_key(_currency_pattern().sub(" ", _PAREN.sub(" ", text)))
    return bool(_YEAR_SPAN.fullmatch(_MILLIONS.sub(" ", _THOUSANDS.sub(" ", key)).strip()))


#: A date in a label, or a year after "as of" / "станом на" / "курс … на": when the figures were taken, not their year.
_DATED = re.compile(
    r"\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d"
    r"|(?:as (?:of|at)|станом на|по состоянию на|курс\w*(?:\s+\S+){0,3}?\s+(?:на|of|at)|rate(?:\s+of)?)"
    r"\s+(?:\d{1,2}\s+)?(?:\w+\s+)?(?:19|20)\d\d"
    r"|(?:19|20)\d\d\s+(?:(?:exchange|average|annual)\s+)?rate\b|(?:19|20)\d\d\s+(?:р\.\s+|г\.\s+)?курс"
    r"|курс\w*\s+(?:\S+\s+){0,2}?(?:19|20)\d\d",
    re.IGNORECASE,
)
_YEARLY_WORDS = {
    "budget",
    "amount",
    "amt",  # "Amt CY21"
    "funding",
    "funds",
    "кошти",
    "коштів",
    "средства",
    "средств",
    "financing",
    "бюджет",
    "сума",
    "suma",  # a database's column named in Ukrainian or Polish ("suma_2021", "kwota_2021")
    "summa",
    "kwota",
    "mittel",  # German: "Mittel 2021 (EUR)", "davon 2021" (of which 2021)
    "davon",
    "фінансування",
    "финансирование",
    "обсяг",  # "Обсяг на 2021 рік": the volume (of money) for that year
    "объем",
    "объём",
    "cost",
    "fy",
    "year",
    "рік",
    "на",
    "за",  # "Сума за 2021 рік", "Сумма за 2021 г.": the money for that year
    "in",
    "for",
    "у",
    "в",
    "disbursement",
    "disbursements",
    "disbursed",
    "planned",
    "plan",
    "awp",  # a UN agency's annual work plan ("AWP 2021")
    "заплановано",
    "original",  # "2021 – original (CAD)" beside "2021 – revised (CAD)": the year's figure before its revision
    "initial",
    "початковий",
    "початкова",
    "первоначальный",
    "первоначальная",
    "передбачено",  # "Передбачено на 2021 рік", "Предусмотрено на 2021 год": the money foreseen for that year
    # "Планується у 2021 р.", "Планируется в 2021 г.": the money planned for that year; "Освоєно у 2020 р.",
    # "Освоено в 2020 г.": the money used in that year
    # "Общая стоимость проекта в 2021 г.", "Загальна вартість проєкту у 2021 р.", "Total project cost 2021": the
    # project's cost in that year
    "стоимость",
    "вартість",
    "общая",
    "загальна",
    "проекта",
    "проєкту",
    "проекту",
    "project",
    # "Внесок донора у 2021 році", "Donor contribution 2021": the donor's money in that year
    "внесок",
    "вклад",
    "донора",
    "contribution",
    "donor",
    "планується",
    "планируется",
    "освоєно",
    "освоено",
    "предусмотрено",
    "запланировано",
    "сумма",
    "expenditure",
    "spent",
    "spending",
    # a UN agency's word for its spending in a year ("2021 delivery (planned), USD")
    "delivery",
    # a year's planned spending ("Indicative spend in calendar 2021", "Forecast 2021", "Projected spend 2021")
    "spend",
    "indicative",
    "forecast",
    "forecasted",
    # a year's payments foreseen ("Forecast payments 2021 (EUR)", an EU contract list's; "Прогноз платежів 2021")
    "payment",
    "payments",
    "expected",
    "прогноз",
    "платежі",
    "платежів",
    "платежи",
    "платежей",
    "projected",
    "calendar",
    "році",
    "р",
    "рр",
    "году",
    "год",
    "г",
    "total",
    "разом",
    "усього",
    "всього",
    "всего",
    "итого",
    "загалом",
    # "у т.ч. на 2021 рік", "в т.ч. 2021", "of which 2021", "including 2021": the year's part of a total
    "т",
    "ч",
    "тому",
    "числі",
    "том",
    "числе",
    "року",
    "of",
    "which",
    "including",
    "incl",
    # the year's commitment or plan ("Committed 2021", "План 2021"); what was spent ("Факт 2021") is not it
    "allocation",
    "allocated",
    "виділено",
    "выделено",
    "committed",
    "commitment",
    "commitments",
    "план",
    "планові",
    "плановые",
    # "Сумма, запланированная на 2021 год (если известна)": a form's question for the year's plan
    "запланована",
    "заплановані",
    "запланированная",
    "запланированные",
    "если",
    "известна",
    "известно",
    "якщо",
    "відома",
    "відомо",
    "if",
    "known",
    # a partner's money in one year ("Contribution 2021", "EU contribution 2021*", "Внесок ЄС у 2021")
    "contributions",
    "obligation",
    "obligations",
    "obligated",
    "estimate",
    "estimated",
    "взнос",
}


#: A column of the money of all the years up to one, or from one on ("until 2020", "2022 onwards", "до 2020 р.",
#: "2022 і далі", "after 2021"): the years' money lumped, counted in the year at its edge.
_YEAR_WORD = r"(?:\s*(?:р\.?|рр\.?|г\.?|гг\.?|року|года|рік|год))?"
_OPEN_YEARS = re.compile(
    r"(?P<upto>until|up\s+to|till|through|to|before|prior\s+to|до|по|ранее|раніше|раньше)\s+(?P<a>20[0-4]\d)"
    rf"{_YEAR_WORD}(?:\s*(?:incl\.?|inclusive|включно|включительно))?"
    rf"|(?P<b>20[0-4]\d){_YEAR_WORD}\s*(?:onwards?|and\s+(?:later|beyond|after)|\+|і\s+далі|та\s+наступні\s*(?:роки)?"
    r"|и\s+далее|и\s+последующие\s*(?:годы)?|і\s+наступні\s*(?:роки)?)"
    rf"|(?P<e>20[0-4]\d){_YEAR_WORD}\s*(?:and\s+(?:earlier|before)|і\s+раніше|та\s+раніше|и\s+ранее|и\s+раньше)"
    rf"|(?P<after>after|beyond|later\s+than|після|после)\s+(?P<c>20[0-4]\d){_YEAR_WORD}"
    rf"|(?:from|з|с|із)\s+(?P<d>20[0-4]\d){_YEAR_WORD}\s*(?:onwards?|і\s+далі|и\s+далее)?",
    re.IGNORECASE,
)


def open_edge(label) -> tuple[int, str] | None:
    """The year a column of several years' money lumped is counted in, and which way it reaches ("upto" or
    "from"): "until 2020" (2020, "upto"), "before 2021" (2020, "upto"), "2022 onwards" and "after 2021" (2022,
    "from"); None for any other label.

    Examples
    --------
    >>> [open_edge(t) for t in ("until 2020", "before 2021", "2022 onwards", "after 2021", "2021")]
    [(2020, 'upto'), (2020, 'upto'), (2022, 'from'), (2022, 'from'), None]
    >>> [open_edge(t) for t in ("2020 і раніше", "з 2022 р.", "Після 2021 р.", "2022 р. і далі", "до 2020 р.")]
    [(2020, 'upto'), (2022, 'from'), (2022, 'from'), (2022, 'from'), (2020, 'upto')]
    >>> open_edge("Обсяг фінансування / до 2021 року")  # under a group's label
    (2021, 'upto')
    """
    text = clean_text(label)
    found = _OPEN_YEARS.fullmatch(text.strip(" ,.:()")) if text else None
    if found is None and text and " / " in text:  # "Обсяг фінансування / до 2021 року": the group's column
        found = _OPEN_YEARS.fullmatch(text.rsplit(" / ", 1)[1].strip(" ,.:()"))
    if found is None:
        return None
    if found["a"]:
        upto = found["upto"].lower()
        return int(found["a"]) - (
            upto in ("before", "ранее", "раніше", "раньше") or upto.startswith("prior")
        ), "upto"
    if found["e"]:
        return int(found["e"]), "upto"
    if found["c"]:
        return int(found["c"]) + 1, "from"
    return int(found["b"] or found["d"]), "from"


def open_years(label) -> int | None:
    """The year of :func:`open_edge`, or None.

    Examples
    --------
    >>> [open_years(t) for t in ("until 2020", "before 2021", "2022 onwards", "after 2021", "до 2020 р.", "2021")]
    [2020, 2020, 2022, 2022, 2020, None]
    """
    edge = open_edge(label)
    return None if edge is None else edge[0]


def _currency_free(text: str) -> str:
    from mtd_analysis.ingest.values import _currency_pattern

    return " ".join(_currency_pattern().sub(" ", text).split())


#: "Delivery 2021 (%)": how much of the year's plan was spent (a rate of work done), not the year's money.
_DELIVERY_RATE = re.compile(r"deliver\w*.*%|%.*deliver\w*", re.IGNORECASE)


@lru_cache(maxsize=1)
def _after_money_words(text: str) -> str | None:
    """A label without the words of a year's money it starts with ("Сума за", "Disbursed in"); None when it
    starts with none of them, or has nothing after them.

    Examples
    --------
    >>> _after_money_words("Сума за I кв. 2021, дол. США"), _after_money_words("Amount for Q1 2021")
    ('I кв. 2021, дол. США', 'Q1 2021')
    >>> _after_money_words("Q1 2021") is None, _after_money_words("Budget") is None
    (True, True)
    """
    words = text.split()
    kept = 0
    while kept < len(words) and normalise_key(words[kept]) in _yearly_words():
        kept += 1
    return " ".join(words[kept:]) if 0 < kept < len(words) else None


def _yearly_words() -> frozenset[str]:
    return frozenset(normalise_key(w) for w in _YEARLY_WORDS) | frozenset(_YEARLY_WORDS)


_THOUSANDS = re.compile(
    r"(?<![^\W\d_])(thousands?|thous|thsd|ths|tsd|тис|тисяч\w*|тыс|тысяч\w*|k|000s|'000)(?![^\W\d_])"
    # "Total (000 EUR)", "in 1.000 EUR", "x 1,000", "(GBP 1 000)": a thousand as the unit, a figure of its own;
    # not the end of another figure ("(e.g. 250,000)", "1.250.000") nor an example or a rounding said before it
    r"|(?<![\w'.,])(?<!\d\s)(?<!\d\u00a0)(?<!rounded to )(?<!rounds to )(?<!округлено до )(?:1[,.\s\u00a0])?000"
    r"(?![\w.,])(?!\s\d)",
    re.IGNORECASE,
)
_MILLIONS = re.compile(r"(?<![^\W\d_])(millions?|mln|mio|млн|m)(?![^\W\d_])", re.IGNORECASE)
_MONTHS_UNIT = re.compile(r"month|міс|мес", re.IGNORECASE)
#: The words of those units as a label's key holds them (normalise_key: "'000" -> "000", "тис." -> "тис").
_UNIT_TOKENS = frozenset(
    "thousand thousands thous thsd ths tsd тис тисяч тисячах тыс тысяч тысячах k 000 000s million millions mln mio млн m"
    " minor cents коп копииках копейках".split()
)
#: A money label written in the currency's minor unit ("amount_minor", "Amount (cents)", "Сума, коп.", "сума в
#: копійках"): its figures are divided by the currency's minor units (see amounts.in_minor_units).
MINOR_LABEL = re.compile(r"(?<![^\W\d_])(?:minor|cents|коп\.|копійках|копейках)(?![^\W\d_])", re.IGNORECASE)


def _has_unit(text: str) -> bool:
    """Whether a label says its money is in thousands or millions (as :func:`_scaled` reads it), or in minor units."""
    return bool(_THOUSANDS.search(text) or _MILLIONS.search(text) or MINOR_LABEL.search(text))


#: A word denying the unit after it ("not thousands", "не в тис.", "rather than millions").
_UNIT_DENIED = re.compile(
    r"(?<![^\W\d_])(?:not|no|не|ні|нет|instead\s+of|rather\s+than|замість|вместо)\s+(?:in\s+|в\s+|у\s+)?$",
    re.IGNORECASE,
)


def denies_a_unit(text: str) -> bool:
    """Whether a text denies being in thousands or millions ("full amount, NOT thousands", "не в тис. грн").

    Examples
    --------
    >>> denies_a_unit("Amounts in EUR (full amount, NOT thousands)"), denies_a_unit("Сума, тис. грн")
    (True, False)
    """
    unit = _THOUSANDS.search(text) or _MILLIONS.search(text)
    return bool(unit and _UNIT_DENIED.search(text[: unit.start()]))


def _scaled(m: FieldMatch, text: str) -> FieldMatch:
    """Money columns headed in thousands or millions; a duration in months is not a period of dates."""
    if m.field == "period" and _MONTHS_UNIT.search(text):
        return FieldMatch("duration", m.currency, None, m.strength)
    if m.field in ("amount", "yearly", "sector_part"):
        unit = _THOUSANDS.search(text) or _MILLIONS.search(text)
        scale = 1.0 if unit is None else 1000.0 if unit.re is _THOUSANDS else 1e6
        if unit is not None and _UNIT_DENIED.search(text[: unit.start()]):
            scale = 1.0  # "Budget (£, full amount - not thousands)", "Сума (не в тис. грн)"
        if scale != 1.0:
            return replace(m, scale=scale)  # its year's part kept ("II полугодие 2021, тыс.")
    return m


def _spelled_out(name: str) -> list[str]:
    """The words of a database's column name, its short words spelled out ("START_DT" -> ["start", "date"])."""
    return [_ABBREVIATIONS.get(w.lower(), w.lower()) for w in name.split("_") if w]


#: A column name as databases write them: words joined by underscores ("IMPL_PARTNER_NM").
_MACHINE_NAME = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+")
#: The short words of such names, spelled out.
_ABBREVIATIONS = {
    "proj": "project", "prj": "project", "nm": "name", "no": "number", "num": "number", "nbr": "number",
    "dt": "date", "amt": "amount", "impl": "implementing", "benef": "beneficiary", "org": "organisation",
    "cd": "code", "desc": "description", "descr": "description", "upd": "updated", "ccy": "currency",
    "curr": "currency", "stat": "status", "bgt": "budget", "dnr": "donor", "ttl": "title", "yr": "year",
    "contrib": "contribution", "txn": "transaction", "trx": "transaction", "prio": "priority", "fs": "funding source",
    "disb": "disbursement", "fcst": "forecast", "bdgt": "budget",
}  # fmt: skip


#: The date of a version a label names ("Бюджет (ред. 11.2020)", "Budget as of 01.03.2021", "Сумма (по состоянию на
#: 01.01.2021)"): the figures of that version, not a year's.
_VERSION_DATE = re.compile(
    r"\(?\s*(?:ред\.|редакц\w*|станом на|по состоянию на|as (?:of|at)|version|rev\.|версі\w*|верси\w*)\s*"
    r"(?:від|от|of)?\s*(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,2}[./](?:19|20)\d\d)(?!\d)\s*\)?",
    re.IGNORECASE,
)
#: The figure after a change said after its label ("- now", "– стало"), beside the same label saying "- was".
NOW_SAID = re.compile(r"[-–—/,(]\s*(?:now|стало)(?![^\W\d_])", re.IGNORECASE)
#: A form's group path (KoboToolbox, ODK: "project/budget_2021", "project/period/start_date"): the field's name last.
_FORM_PATH = re.compile(r"[a-z][a-z0-9_]*(?:/[a-z][a-z0-9_]*)+")
_MACHINE_CHARACTER = re.compile(r"[_\d]")
#: A figure's version said after its label ("2021, USD - was" | "2021, USD - now", "2021 – було (листопад 2020) / was"
#: | "2021 – стало (лютий 2021) / now"): the figure before the latest change, or after it (:data:`NOW_SAID`).
_VERSION_SAID = re.compile(
    r"\s*(?:[-–—/,]\s*|\(\s*)(?:was|now|було|стало|было)(?![^\W\d_])\s*\)?(?:\s*\([^()]*\))?", re.IGNORECASE
)
#: A label naming a share of the budget ("Доля бюджета на 2021 г.", "Share of budget in 2021", "2021 share").
YEAR_SHARE_LABEL = re.compile(r"\b(?:share|частка|доля)\b", re.IGNORECASE)
#: Words of a share of work done or money spent, not of the budget ("Delivery 2021 (%)", "Частка освоєння 2021").
_DONE_SHARE = re.compile(
    r"deliver|disburs|spent|complet|progress|execut|utili[sz]|освоєн|освоен|виконан|исполнен|використан|израсход",
    re.IGNORECASE,
)


#: Marks of a footnote written as superscripts after a label ("Total budget (CAD)¹", "2021†").
_SUPERSCRIPTS = "¹²³⁴⁵⁶⁷⁸⁹⁰†‡"


#: Money in the units of a currency given elsewhere: "од. валюти", "одиниць валюти", "ед. валюты", "units of currency".
_CURRENCY_UNITS = re.compile(
    r"(?<![^\W\d_])(?:од\.|одиниц\w*|ед\.|единиц\w*)\s*(?:валют\w*)|units?\s+of\s+(?:the\s+)?currency",
    re.IGNORECASE,
)
#: What a column counts when it is no money: people, events, items ("Обсяг усього (осіб)", "Объем (мероприятий)").
_COUNTED = re.compile(
    r"(?<![^\W\d_])(?:осіб|особи|чол\.?|людей|человек|учасник\w*|участник\w*|заход\w*|мероприят\w*|тренінг\w*|"
    r"тренинг\w*|одиниць|единиц|шт\.?|persons?|people|participants?|events?|trainings?|items?|pcs)(?![^\W\d_])",
    re.IGNORECASE,
)
#: "з них", "із них", "из них": of which (the part of the total before it).
_OF_THEM = re.compile(r"(?<![^\W\d_])(?:з|із|из)\s+них(?![^\W\d_])", re.IGNORECASE)
#: A year typed with a letter O for a zero: "2O21", "2O2O", "Budget 2O22" (a year of the 2000s, one O at least).
_LETTER_O_YEAR = re.compile(r"(?<![\w.])2[0Oo][0-9Oo]{2}(?![\w.])(?<!20\d\d)")


@lru_cache(maxsize=8192)
def match_field(label) -> FieldMatch:
    """Recognise one header cell (see :func:`_match_field`), with its unit.

    Examples
    --------
    >>> match_field("Сума, тис. грн")
    FieldMatch(field='amount', currency='UAH', year=None, strength=1.0, scale=1000.0, agency=None, part=None)
    >>> match_field("Duration (months)").field
    'duration'
    >>> match_field("State Border Guard Service").field is None  # an agency's name, not a field's
    True
    >>> match_field("2021 budget (CAD)¹").year
    2021
    """
    text = clean_text(label)
    if text and text[-1] in _SUPERSCRIPTS and (bare := text.rstrip(_SUPERSCRIPTS).rstrip()):
        return match_field(bare)  # "2021 budget (CAD)¹": a footnote's mark after the label
    if text and _OF_THEM.search(text):  # "з них на 2021 р.", "из них 2021": of which, as "у т.ч." says it
        return match_field(_OF_THEM.sub("у т.ч.", text))
    if text and (units := _CURRENCY_UNITS.search(text)):
        # "Обсяг на 2021 рік, тис. од. валюти": in (thousands of) units of the currency given elsewhere, no currency
        return match_field(f"{text[: units.start()]} {text[units.end() :]}".strip(" ,"))
    # "2O21": a year typed with a letter O for a zero (said by find_header)
    if text and _LETTER_O_YEAR.search(text):
        return match_field(_LETTER_O_YEAR.sub(lambda y: y[0].replace("O", "0").replace("o", "0"), text))
    if text and (
        dated := _VERSION_DATE.search(text)
    ):  # "Бюджет (ред. 11.2020)": a version's date, no year's money
        return match_field(f"{text[: dated.start()]} {text[dated.end() :]}".strip())
    # a form's group path of machine names ("project/budget_2021", "project_info/title"): its field last, when that
    # names one ("project/name": the whole path); "title/description" is two labels
    if (
        text
        and "/" in text
        and _FORM_PATH.fullmatch(text)
        and _MACHINE_CHARACTER.search(text)
        and (last := match_field(text.rsplit("/", 1)[1])).field is not None
    ):
        return last
    if text and (revised := _REVISED_IN_MONTH.search(text)):
        # "Бюджет (переглянутий, лютий 2021), EUR": revised in February 2021, the project's total as revised
        return match_field(f"{text[: revised.start(1)]}{text[revised.end(1) :]}")
    if text and _A_VERSION_WORD.search(text) and (dated := _MONTH_YEAR_IN_BRACKETS.search(text)):
        # "Revised budget (June 2021), USD", "Original budget (March 2021 submission)": the version's date, not money
        # of June 2021
        return match_field(f"{text[: dated.start(1)]}{text[dated.end(1) :]}")
    if text and (rest := _VERSION_SAID.sub(" ", text).strip()) != text and rest:
        # "2021, USD - was" | "2021, USD - now": the year's figure, before or after a change
        return match_field(rest)
    m = _match_field(label)
    if (
        text
        and m.field in (None, "amount")
        and m.strength < 1.0
        and YEAR_SHARE_LABEL.search(text)
        and not _DONE_SHARE.search(text)
        and len(years := set(YEAR_2000S.findall(text))) == 1
    ):  # "Доля бюджета на 2021 г." (35%): the year's share of the project's total, read with its year's money
        return FieldMatch("yearly", None, int(years.pop()), 0.75)
    if (
        text
        and m.field == "amount"
        and m.strength < 1.0
        and (year := _FOR_A_YEAR.search(text))
        and len(set(YEAR_2000S.findall(text))) == 1
        and not _YEARS_SPANNED.search(text)
    ):  # "Планова сума на 2021 р., млн": a sum's word the aliases know, for one year: that year's money
        return _scaled(FieldMatch("yearly", m.currency, int(year["year"]), 0.75), text)
    if m.field == "amount" and not m.currency and _COUNTED.search(text):
        # "Обсяг усього (осіб)", "Объем, всего (мероприятий)": a count of people or events, no money
        return FieldMatch(None)
    if m.field == "partner" and m.currency and m.strength < 1.0 and not _PAYER_ROLE.search(text):
        # "Funding pot (EUR)": a word like a donor's ("funding" as in "funder") beside a currency is money; who funds
        # has no currency ("Donor allocation 2021 (EUR)" over the donors' names is their money, read as before)
        return FieldMatch("amount", m.currency, None, 0.5)
    if m.field not in (None, "beneficiaries") and m.strength < 1.0 and text and _agency_name(text):
        return FieldMatch(None)  # "State Border Guard Service" names an agency, not the status ("state")
    if m.field is None and text and names_donor_money(text):  # "Японія, USD": the donor's own money
        m = FieldMatch("amount", m.currency, None, 0.5)
    if m.field == "partner" and donor_levels(text):
        # "Донор / проект / захід": a register's levels in one column, donors heading their projects' rows
        return FieldMatch("title", None, None, 0.75)
    if m.field != "title" and text and " / " in text and _lines_under_a_title(text.split(" / ")):
        # "Project / Implementer / Period": the project's cell, its implementer and period on lines under it
        return FieldMatch("title", None, None, 0.75)
    if (
        m.field is None and text and "(" in text
    ):  # "Channel (implementing agency)": the words in brackets name it
        inside = (_match_field(part[1:-1]) for part in _PAREN.findall(text))
        said = next((inner.field for inner in inside if inner.strength >= 1.0), None)
        if said in ("implementer", "partner", "beneficiaries"):  # a role named whole, not a word like it
            return FieldMatch(said, None, None, 0.5)
    if m.field == "partner" and text and YEAR_SHARE_LABEL.search(text) and not _PAYER_ROLE.search(text):
        # "UK Funding Share (%)": a funder's share of the money, not who funds ("Донор (частка фінансування)" is)
        return FieldMatch(None)
    if m.field in (None, "amount") and m.strength < 1.0 and text and partner_share_label(text):
        # "Частка Канади, %", "Доля финансирования Германии, %": the donor's share of the total cost
        return FieldMatch("ukraine_share", None, None, 1.0)
    if m.field is None and text and (spelled := spelled_out(text)) is not None:
        # "Назва пр.", "Ttile", "Budjet 2021 (USD)": its words written out as the aliases spell them, a weaker match
        m = match_field(spelled)
        return replace(m, strength=min(m.strength, 0.75)) if m.field else FieldMatch(None)
    if (
        m.field in ("start_date", "end_date", "period", "amount")
        and text
        and _CUMULATIVE.search(text)
        and _RECEIVED.search(text)
    ):  # "отримано з початку реалізації", "Received since start": money to date, not the start nor the budget
        return FieldMatch("ignore", m.currency)
    return _scaled(m, text) if text and m.field else m


#: A word of a header, with the dot that says it is cut short ("фін.", "Proj.").
_HEADER_WORD = re.compile(r"[^\W\d_]+\.?")


@lru_cache(maxsize=1)
def _alias_words() -> tuple[frozenset[str], tuple[str, ...], dict[str, int]]:
    """The words of the column aliases (three letters or more): as a set, as a sorted tuple, and how many aliases
    each stands in."""
    counts: dict[str, int] = {}
    for _, tokens, _ in _alias_table():
        for token in set(tokens):
            if len(token) >= 3 and token.isalpha():
                counts[token] = counts.get(token, 0) + 1
    return frozenset(counts), tuple(sorted(counts)), counts


@lru_cache(maxsize=16384)
def _written_out(word: str, cut: bool) -> str | None:
    """An alias word ``word`` stands for: the commonest one it begins, when it is cut short ("фін." -> "фінансування",
    "Proj." -> "project"), else the one it misses by a letter ("ttile" -> "title", "budjet" -> "budget"; five letters
    or more); None when it is an alias word itself or stands for none."""
    words, ordered, counts = _alias_words()
    if word in words:
        return None
    if cut:
        if len(word) < 3:  # "No.", "т.ч.": too short to say which word they cut
            return None
        start = bisect.bisect_left(ordered, word)
        begun = []
        for candidate in ordered[start:]:
            if not candidate.startswith(word):
                break
            begun.append(candidate)
        return min(begun, key=lambda w: (-counts[w], len(w), w)) if begun else None
    if len(word) < 5:
        return None
    from rapidfuzz import distance, process

    found = process.extractOne(word, ordered, scorer=distance.OSA.distance, score_cutoff=1)
    return found[0] if found is not None and len(found[0]) >= 5 else None


@lru_cache(maxsize=4096)  # the same headers in file after file (emptied with the column aliases)
def read_as_spelled(label: str) -> str | None:
    """The words a header was read by when they are not its own (a word cut short or mistyped, written out:
    :func:`spelled_out`), for saying so; None for a header read as written, or not read.

    Examples
    --------
    >>> read_as_spelled("Ttile"), read_as_spelled("Title") is None
    ('title', True)
    """
    text = clean_text(label)
    if not text or _match_field(text).field is not None or not match_field(text).field:
        return None
    return spelled_out(text)


def spelled_out(label: str) -> str | None:
    """A header of five words at most with a word cut short or mistyped, its words written out as the column aliases
    spell them; None when none is (or the header is longer).

    Examples
    --------
    >>> spelled_out("Назва проєк."), spelled_out("Ttile"), spelled_out("Budjet 2021 (USD)")
    ('Назва проекту', 'title', 'budget 2021 (USD)')
    >>> spelled_out("Джерело фін."), spelled_out("Назва проєкту") is None, spelled_out("No. of trainees") is None
    ('Джерело финансування', True, True)
    """
    found = list(_HEADER_WORD.finditer(label))
    if not found or len(found) > 5:
        return None
    out, last, changed = [], 0, False
    for word in found:
        text = word.group()
        cut = text.endswith(".")
        key = normalise_key(text)
        written = _written_out(key, cut) if key.isalpha() else None
        if written is None:
            continue
        out.append(label[last : word.start()])
        out.append(written)
        last, changed = word.end(), True
    if not changed:
        return None
    out.append(label[last:])
    return "".join(out).strip()


#: Words of money received or spent so far: "отримано", "освоєно", "received", "disbursed".
_RECEIVED = re.compile(
    r"отриман|освоєн|використан|профінансован|перерахован|получен|освоен|использован|профинансирован|перечислен"
    r"|received|disbursed|spent|paid|expended|utili[sz]ed",
    re.IGNORECASE,
)


def donor_levels(label) -> bool:
    """Whether a label names a register's levels in one column, the donor first ("Донор / проект / захід"): the
    column of titles, its donors' rows heading their projects.

    Examples
    --------
    >>> donor_levels("Донор / проект / захід"), donor_levels("Донор / проєкт"), donor_levels("Project / activity")
    (True, False, False)
    """
    parts = label.split(" / ") if isinstance(label, str) else []
    return (
        len(parts) >= 3
        and _match_field(parts[0]).field == "partner"
        and all(_match_field(p).field == "title" for p in parts[1:])
    )


def _lines_under_a_title(parts: list[str]) -> bool:
    """Whether a label's parts name a title, then facts written on lines under it ("Project / Implementer / Period");
    "Activity / Budget Line" names no such facts."""
    facts = {"implementer", "partner", "period", "start_date", "end_date", "beneficiaries", "status"}
    for first in range(
        min(2, len(parts) - 1)
    ):  # under a group's heading ("ONGOING PROJECTS / Project / …") too
        rest = parts[first + 1 :]
        if _match_field(parts[first]).field == "title" and all(_match_field(p).field in facts for p in rest):
            return True
    return False


#: A label's word naming who pays, as a role: "Donor", "Партнер", "Funding source".
_PAYER_ROLE = re.compile(r"donor|донор|partner|партнер|funder|source|джерел|источник", re.IGNORECASE)
#: Ukraine named in a label or a cell: a regional programme's part for Ukraine.
UKRAINE = re.compile(r"(?<![^\W\d_])(?:ukrain\w*|україн\w*|украин\w*)(?![^\W\d_])", re.IGNORECASE)
#: Labels naming Ukraine that are not its money: "Beneficiary in Ukraine", "Бенефіціар в Україні", "Region of Ukraine".
_UKRAINE_NOT_MONEY = re.compile(
    r"benefic|бенефіц|бенефиц|partner|партнер|region|oblast|област|location|місце|место|counterpart|agency|орган"
    r"|government|уряд|правительств|contribution|внес|вклад|co-?financ|co-?fund|співфінанс|софинанс|budget of"
    r"|бюджет\w* україн|бюджет\w* украин|державн|государствен|side|сторон|local|місцев|местн|national|націон"
    r"|национ|office|офіс|офис|ngo|громадськ|общественн",
    re.IGNORECASE,
)
_SHARE = re.compile(
    r"share|portion|component|of which|частк\w*|дол[яи]|компонент|у т\.\s?ч|в т\.\s?ч|incl", re.I
)
_MIA_WORD = r"(?:\bMIA\b|\bMoIA\b|\bМВС\b|\bМВД\b)"
#: A column of the MIA system's share of a multi-sector project ("Частка МВС", "MIA share, %", "Доля системы МВД").
_MIA_SHARE = re.compile(
    rf"(?:(?:частка|доля|share|part)\s+(?:для\s+|of\s+(?:the\s+)?)?(?:системи\s+|системы\s+|органів\s+|органов\s+)?"
    rf"{_MIA_WORD}|{_MIA_WORD}\s+(?:share|part|частка|доля))(?:\s+(?:system|bodies))?[\s,:%()]*",
    re.IGNORECASE,
)
#: The words of a column giving the MIA system's part of a year's money ("of which MIA bodies", "у т.ч. для МВС").
_MIA_PART = re.compile(
    r"(?:of\s+which|including|incl\.?|у\s+т\.?\s?ч\.?|в\s+т\.?\s?ч\.?|з\s+них|из\s+них)\s+(?:для\s+|for\s+)?"
    rf"(?:the\s+)?(?:системи\s+|системы\s+|органів\s+|органов\s+)?{_MIA_WORD}(?:\s+(?:system|bodies|agencies))?",
    re.IGNORECASE,
)
#: A column of the country (or countries) a row is for.
_COUNTRY_LABEL = re.compile(
    r"(?:participating |recipient |beneficiary )?countr(?:y|ies)(?: covered| of implementation| of delivery)?"
    r"(?: \(?iso ?[23]?\)?| code| \(?iso code\)?)?"  # "Country (ISO3)", "Country code": a system's codes
    r"|країн[аи](?: реалізації|[- ]учасниц[яі]|[- ]отримувач\w*)?|стран[аы](?: реализации|[- ]участни(?:ца|цы)"
    r"|[- ]получател\w*)?",
    re.IGNORECASE,
)


def names_ukraines_part(label) -> bool:
    """Whether a money column's label names Ukraine's part of a regional programme ("Ukraine share, EUR",
    "Бюджет по странам / Украина"), not Ukraine's own money or people ("Кошти бюджету України", "Ukraine office").

    Examples
    --------
    >>> names_ukraines_part("Ukraine share, EUR"), names_ukraines_part("Кошти бюджету України, NOK")
    (True, False)
    """
    return isinstance(label, str) and bool(UKRAINE.search(label)) and not _UKRAINE_NOT_MONEY.search(label)


#: Words beside a partner's name in a column of its money ("EU contribution, EUR", "Внесок Японії, USD").
_DONOR_MONEY_WORDS = re.compile(
    r"(?<![^\W\d_])(?:contribution|funding|funds|grant|внесок|внеску|вклад|взнос|фінансування|финансирование"
    r"|кошти|коштів|средства|средств|за\s+рахунок|за\s+сч[её]т)(?![^\W\d_])",
    re.IGNORECASE,
)


#: A name's possessive ending ("Canada's contribution"), dropped to find the name.
_POSSESSIVE = re.compile(r"(?<=[^\W\d_])['’]s\b")
#: "of which", "у т.ч." opening a label: the column is a part of the one before ("of which EU contribution, EUR").
OF_WHICH_FIRST = re.compile(rf"^\s*(?:{OF_WHICH})\s*[:,]?\s*", re.IGNORECASE)


@lru_cache(maxsize=4096)
def names_donor_money(label) -> bool:
    """Whether a money column is one partner's own money: its name with a currency or a word of money
    ("Японія, USD", "EU contribution, EUR", "Внесок Японії"), not Ukraine's ("Уряд України, USD") nor a total.

    Beside the project's total such a column is the amount counted: the rest of the total is someone else's.

    Examples
    --------
    >>> [names_donor_money(t) for t in ("Японія, USD", "EU contribution, EUR", "Уряд України, USD", "Разом, USD")]
    [True, True, False, False]
    >>> [names_donor_money(t) for t in ("of which EU contribution, EUR", "у т.ч. внесок Японії, USD", "of which 2021")]
    [True, True, False]
    """
    from mtd_analysis.ingest.values import _currency_pattern

    # "of which EU contribution": the EU's part of the cost
    text = _POSSESSIVE.sub("", OF_WHICH_FIRST.sub("", clean_text(label) or ""))
    if not text or "%" in text or UKRAINE.search(text):
        return False
    if not (currency_in_text(text) or _DONOR_MONEY_WORDS.search(text)):
        return False
    rest = normalise_key(_DONOR_MONEY_WORDS.sub(" ", _currency_pattern().sub(" ", text)))
    words = " ".join(w for w in rest.split() if w not in _UNIT_TOKENS)
    return bool(words) and is_known_partner(words, codes=False)


#: Money added to a project for one year ("Top-up 2021", "Additional funding 2021", "Додаткове фінансування 2021").
#: A year's money as revised ("Revised 2021", "Updated 2021 budget", "2021 (уточнено)", "Скоригований бюджет 2021").
REVISED = re.compile(
    r"revised|updated|amended|уточн\w*|оновл\w*|скориг\w*|скоррект\w*|изменен\w*|змінен\w*|актуализ\w*"
    rf"|перегляну\w*|пересмотр\w*|{NOW_SAID.pattern}",  # "2021, USD - now" beside "2021, USD - was"
    re.IGNORECASE,
)


def _revised_year(text: str, years: set[int]) -> bool:
    """Whether a label names a year's money as revised ("Revised 2021", "2021 (уточнено)"), and nothing else."""
    revised = REVISED.search(text)
    if revised is None or re.search(r"(?i)\b(?:in|on|during|since|в|у|с|з)\s+(?:\w+\s+)?20[0-4]\d", text):
        return False  # "Updated in 2021": when the row was updated, not the year's money
    rest = set(normalise_key(text[: revised.start()] + " " + text[revised.end() :]).split())
    rest = {t for t in rest if not re.fullmatch(r"\d{1,2}", t)}  # "REVISED 2021 (USD) - 15 Sep": a day's date
    return rest <= _yearly_words() | _REVISION_WORDS | _UNIT_TOKENS | {str(y) for y in years}


#: Words beside a revised year's label ("Updated 2021 budget (USD, Aug 2021)", "після перегляду").
_REVISION_WORDS = frozenset(
    "aug august sep september oct october nov november dec december jan january feb february mar march apr april "
    "may jun june jul july as at after review mid term midterm по после після станом".split()
)
_TOP_UP = re.compile(
    r"top[- ]?up|additional (?:funding|funds|allocation|contribution)|supplementary|додатков\w* (?:фінанс|кошт|внес)"
    r"|дополнительн\w* (?:финанс|средств|взнос)|довиділ|довыдел"
    # a year's money moved in or out ("Reallocation 2021", "Перерозподіл 2021": a decrease in brackets)
    r"|reallocat|re-allocat|перерозпод|перераспредел",
    re.IGNORECASE,
)
#: A column of money added to the amount, named by that alone: "Supplementary grant", "Top-up", "Additional funding",
#: "Додаткове фінансування" (a unit may follow).
_TOP_UP_ALONE = re.compile(
    r"(?:top[- ]?up(?:\s+(?:amount|funding|allocation|grant))?|supplementary\s+(?:grant|funding|allocation|contribution)"
    r"|additional\s+(?:funding|funds|allocation|contribution|grant)|додатков\w*\s+(?:фінансування|кошти|внесок|грант)"
    r"|дополнительн\w*\s+(?:финансирование|средства|взнос|грант)|довиділен\w*\s+кошти|довыделен\w*\s+средства)"
    r"(?:\s*,?\s*(?:тис\.?|тыс\.?|thousand|'000|k|млн\.?|million))?",
    re.IGNORECASE,
)
#: The first money of a project, beside its top-ups: "Initial grant", "Original allocation", "Первісний грант".
_INITIAL_MONEY = re.compile(
    r"(?:initial|original|first|base|первісн\w*|початков\w*|первоначальн\w*|исходн\w*)\s+"
    r"(?:grant|allocation|commitment|contribution|грант\w*|внес\w*|взнос\w*)\b",
    re.IGNORECASE,
)
#: The money of a project as it now stands, beside its first: "Current grant after amendments", "Revised
#: allocation", "Уточнений грант".
_CURRENT_MONEY = re.compile(
    r"(?:current|revised|amended|updated|уточнен\w*|скориг\w*|оновлен\w*|скорректир\w*)\s+"
    r"(?:grant|allocation|commitment|contribution|грант\w*|внес\w*|взнос\w*)"
    r"(?:\s+(?:after|with|incl\.?|including)\s+(?:all\s+)?amendments?|\s*\(as amended\))?",
    re.IGNORECASE,
)
#: A donor's column that names co-funders too: "Донор / співфінансування", "Donor / co-financing" (not "Донор
#: співфінансування", the co-funder's column beside the donor's).
_DONOR_OR_COFUNDERS = re.compile(
    r"(.+?)\s*/\s*(?:співфінансуван\w*|софинансирован\w*|co-?financ\w*|co-?fund\w*)", re.IGNORECASE
)
#: A label's words saying its figures are in units of the currency, naming none: ", units", "одиниць валюти".
_IN_UNITS = re.compile(
    r",?\s*(?:(?:в|у|in)\s+)?(?:одиниц\w*|единиц\w*)\s+валют\w*|,\s*(?:in\s+)?units(?:\s+of\s+(?:the\s+)?currency)?\b",
    re.IGNORECASE,
)
#: A fiscal year in a column's label: "FY2021", "FY 2021", "FY21".
_FISCAL_YEAR = re.compile(r"(?<![^\W\d_])J?FY\s*'?((?:20)?[0-4]\d)(?!\d)", re.IGNORECASE)  # JFY: Japan's
#: A fiscal year said in words: "Сума на 2021 бюджетний рік", "2021 фінансовий рік", "финансовый год 2021",
#: "Fiscal year 2021 budget" (the year in the group of its side).
_FISCAL_YEAR_WORDS = re.compile(
    r"(?<!\d)(?P<before>20[0-4]\d)\s*(?:р\.\s*)?(?:бюджетн\w*|фінансов\w*|финансов\w*|fiscal)\s+(?:рік|року|год\w*|year)\b"
    r"|\b(?:бюджетн\w*|фінансов\w*|финансов\w*|fiscal)\s+(?:рік|року|год\w*|year)\s*(?P<after>20[0-4]\d)(?!\d)",
    re.IGNORECASE,
)


def _fiscal_year_found(text: str) -> tuple[re.Match, int] | None:
    """Where a label names a fiscal year ("FY21", "2021 бюджетний рік"), and the year; None when it names none."""
    if found := _FISCAL_YEAR.search(text):
        return found, 2000 + int(found[1]) % 100
    if found := _FISCAL_YEAR_WORDS.search(text):
        return found, int(found["before"] or found["after"])
    return None


def fiscal_year_in_words(label) -> bool:
    """Whether a label says its fiscal year in words ("Сума на 2021 бюджетний рік"), not as "FY2021".

    Examples
    --------
    >>> fiscal_year_in_words("Сума на 2021 бюджетний рік**"), fiscal_year_in_words("FY2021 obligations")
    (True, False)
    """
    text = clean_text(label) if isinstance(label, str) else None
    return bool(text) and not _FISCAL_YEAR.search(text) and bool(_FISCAL_YEAR_WORDS.search(text))


#: Money words beside a fiscal year in a label: "FY2021 obligations", "Obligations FY2022, USD", "FY21 budget".
_FISCAL_MONEY = re.compile(
    r"obligat\w*|budget|funding|allocat\w*|amount|disburse\w*|commit\w*|expenditure\w*|spend\w*|spent|plan\w*"
    r"|outturn|indicative|forecast\w*|estimat\w*|projected|actuals?|request\w*|appropriat\w*|enacted|proposed"
    r"|бюджет\w*|фінансуван\w*|финансирован\w*|сума|сумма|кошти|средства",
    re.IGNORECASE,
)


def fiscal_year_named(label) -> int | None:
    """The fiscal year a money column's header names ("FY2021 obligations", "FY 21", "Obligations FY2022, USD"),
    as written (which calendar months it covers is the partner's: ``partners.csv``, ``fiscal_year``); None for
    any other header, or one saying its months ("FY2021 (Jan–Dec 2021)" is a calendar year).

    Examples
    --------
    >>> fiscal_year_named("FY2021 obligations"), fiscal_year_named("Obligations FY22, USD"), fiscal_year_named("FY 2020")
    (2021, 2022, 2020)
    >>> fiscal_year_named("FY2021 (Jan–Dec 2021)") is None, fiscal_year_named("FY2021 trainees") is None
    (True, True)
    >>> fiscal_year_named("Budget FY2020/21 (Apr 2020 - Mar 2021) GBP")
    2020
    """
    text = clean_text(label) if isinstance(label, str) else None
    fiscal = _fiscal_year_found(text) if text else None
    if fiscal is None or _CALENDAR_MONTHS.search(text):
        return None
    found, year = fiscal
    from mtd_analysis.ingest.values import without_currency_words

    rest = without_currency_words(text[: found.start()] + " " + text[found.end() :])
    # "(Apr 2020 - Mar 2021)": the fiscal year's months said in brackets, nothing else
    rest = re.sub(
        rf"\((?:\s*(?:{_MONTH_WORDS})\w*\.?\s*(?:20\d\d)?\s*[-–—/]?)+\s*\)", " ", rest, flags=re.IGNORECASE
    )
    words = [
        w
        for w in re.findall(r"[^\W\d_]+", _FISCAL_MONEY.sub(" ", rest))
        # "JFY2021 (2021年度)": the year in Japanese; "Сума на 2021 бюджетний рік", "Budget for FY2021"
        if w.lower() not in ("us", "usg", "年度", "на", "за", "for", "in", "of")
    ]
    return None if words else year


#: A fiscal year written over two years: "2020/21", "2021-22", "FY 2021/22", "2020/2021", "ФГ 2021/22".
_FISCAL_SPAN = re.compile(
    r"(?<![\w/.-])(?:j?fy|фг|фр)?\s*(?P<start>20[0-4]\d)\s*(?P<sep>[/–—-])\s*(?P<end>\d{2}|20[0-4]\d)(?![\w/.-])",
    re.IGNORECASE,
)


def fiscal_span_named(label) -> int | None:
    """The calendar year a money column's fiscal year starts in, where its label writes the year over two years
    ("2020/21", "2021-22", "FY 2021/22 (GBP)", "2020/2021, тис. грн") and names nothing else but its currency,
    unit or money; None for any other label. Two years written in full with a dash ("2021–2022") are the money of
    both calendar years, not a fiscal year; years that do not follow each other are no fiscal year either.

    Examples
    --------
    >>> fiscal_span_named("2020/21 (GBP)"), fiscal_span_named("2021-22"), fiscal_span_named("FY 2021/22 budget")
    (2020, 2021, 2021)
    >>> fiscal_span_named("2020/2021"), fiscal_span_named("2021–2022") is None, fiscal_span_named("2021-23") is None
    (2020, True, True)
    >>> fiscal_span_named("Trainees 2020/21") is None, fiscal_span_named("01.2020-12.2021") is None
    (True, True)
    >>> fiscal_span_named("UK FY 2021/22 (Apr 2021 - Mar 2022) GBP")
    2021
    """
    text = clean_text(label) if isinstance(label, str) else None
    found = _FISCAL_SPAN.search(text) if text else None
    if found is None:
        return None
    start, end = int(found["start"]), found["end"]
    if (int(end) if len(end) == 4 else start // 100 * 100 + int(end)) != start + 1:
        return None
    if len(end) == 4 and found["sep"] != "/":
        return None  # "2021–2022": two calendar years
    from mtd_analysis.ingest.values import without_currency_words

    rest = without_currency_words(text[: found.start()] + " " + text[found.end() :])
    rest = _MILLIONS.sub(" ", _THOUSANDS.sub(" ", rest))
    # "UK FY 2021/22 (Apr 2021 - Mar 2022)": the partner whose fiscal year it is, and its months in brackets
    rest = re.sub(
        r"\([^()]*\)", lambda b: " " if _fiscal_months_pattern().search(b.group(0)) else b.group(0), rest
    )
    words = [
        w
        for w in re.findall(r"[^\W\d_]+", _FISCAL_MONEY.sub(" ", rest))
        if w.lower() not in ("р", "рр", "г", "гг") and not (w.isupper() and is_known_partner(w, codes=False))
    ]
    return None if words else start


#: A fiscal year's months said in words: "(April 1 - March 31)", "1 April – 31 March", "з 1 квітня по 31 березня",
#: "October–September": the month it starts in is the first.
@lru_cache(maxsize=1)
def _fiscal_months_pattern() -> re.Pattern:
    return re.compile(
        rf"(?<![^\W\d_])(?P<first>{_MONTH_WORDS})\w*\.?\s*(?:\d{{1,2}}(?:st|nd|rd|th)?)?\s*(?:,?\s*20\d\d)?\s*"
        rf"(?:[-–—]|to|till|until|по|до)\s*(?:\d{{1,2}}\s*)?(?:{_MONTH_WORDS})",
        re.IGNORECASE,
    )


def fiscal_months_said(text: str) -> int | None:
    """The month a fiscal year starts in, where a text says its months ("fiscal year (April 1 - March 31)",
    "2020/21 = 1 April 2020 - 31 March 2021", "фінансовий рік: з 1 квітня по 31 березня"); None when it does not.

    Examples
    --------
    >>> fiscal_months_said("Planned disbursements by Government of Canada fiscal year (April 1 - March 31), CAD")
    4
    >>> fiscal_months_said("2020/21 = 1 October 2020 – 30 September 2021"), fiscal_months_said("Budget, EUR") is None
    (10, True)
    """
    from mtd_analysis.ingest.values import _month_number

    for found in _fiscal_months_pattern().finditer(text or ""):
        word = re.match(r"[^\W\d_]+", found["first"])
        month = _month_number(word.group()) if word else None
        if month is None and word:
            month = next((m for stem, m in _MONTH_STEMS if word.group().lower().startswith(stem)), None)
        if month:
            return month
    return None


#: The label says its fiscal year is the calendar year: "(Jan–Dec 2021)", "січень–грудень", "calendar year".
_CALENDAR_MONTHS = re.compile(
    r"jan\w*\.?\s*[-–—]\s*dec|січ\w*\.?\s*[-–—]\s*груд|янв\w*\.?\s*[-–—]\s*дек|calendar|календарн",
    re.IGNORECASE,
)
#: A year written in a column's label, which a part of the year must not carry twice ("Q1 2021 2022").
_FOUR_DIGITS = re.compile(r"\d{4}")
#: The month stems of the date reader (values), as many letters as a month's abbreviation has at least.
_MONTH_ABBREVIATIONS = tuple(stem for stem, _ in _MONTH_STEMS if len(stem) >= 3)
#: Month words in a column's label: the date reader's English names and Ukrainian and Russian stems, and the
#: Ukrainian and Russian names in full (a label writes the nominative, which the stems alone do not spell out).
_MONTH_WORDS = "|".join(
    [
        *_MONTHS,
        *_MONTH_ABBREVIATIONS,
        *"січень лютий березень квітень травень червень липень серпень вересень жовтень листопад грудень".split(),
        *"январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь сент".split(),
    ]
)
#: A part of a year written without its year: "Jan", "груд.", "Q1", "I кв.", "1 квартал", "H2", "II півріччя".
_YEARLESS_PART = re.compile(
    rf"(?:{_MONTH_WORDS})\.?|[qh][1-4]|(?:[1-4]|i{{1,3}}|iv)\s*(?:-?[йи]й?)?\s*(?:кв\.?|квартал|quarter|qtr\.?)"
    r"|(?:[12]|i{1,2}|1st|2nd|first|second)\s*(?:-?[ей]|-?го)?\s*(?:півріччя|полугодие|half)",
    re.IGNORECASE,
)
#: Words of a part of a year ("q1" and "h2" are found apart), and stems of months as Ukrainian and Russian decline them.
_PART_WORDS = frozenset(_MONTH_WORDS.split("|")) | {"кв", "quarter", "qtr", "half", "мая"}
_PART_STEMS = (*_MONTH_ABBREVIATIONS, "квартал", "півріч", "полугод")
#: When a figure was revised, said in brackets after the word ("(переглянутий, лютий 2021)", "(revised Feb 2021)"): the
#: month and year of the revision (group 1), not a year's money.
_REVISED_IN_MONTH = re.compile(
    r"\((?:[^()]*?)(?:revised|updated|переглянут\w*|уточнен\w*|оновлен\w*|пересмотрен\w*|обновл\w*)[,\s]+"
    rf"((?:{_MONTH_WORDS})\w*\.?\s+20\d\d)\s*\)",
    re.IGNORECASE,
)
#: A month and year in brackets, perhaps with the word of a submission: "(June 2021)", "(March 2021 submission)";
#: or a year alone there after a version's word ("Original budget (2020)").
_MONTH_YEAR_IN_BRACKETS = re.compile(
    rf"\(\s*((?:(?:{_MONTH_WORDS})\w*\.?\s+)?20\d\d)(?:\s+(?:submission|version|round|update|подання|версія|редакція"
    r"|представлен\w*|версия|редакция))?\s*\)",
    re.IGNORECASE,
)
#: A word of a figure's version: "revised", "original", "updated", "уточнений", "початковий", "первоначальный".
_A_VERSION_WORD = re.compile(
    r"revised|original|updated|initial|submission|уточн\w*|переглянут\w*|початков\w*|первинн\w*|оновлен\w*"
    r"|первоначальн\w*|пересмотр\w*|исходн\w*",
    re.IGNORECASE,
)
_LETTERS = re.compile(r"[^\W\d_]+")
_QUARTER_OR_HALF = re.compile(r"[qh][1-4]")


def _names_a_part(text: str) -> bool:
    """Whether a label holds a word of a part of a year (a cheap test before any parsing: most cells do not)."""
    low = text.lower()
    if _QUARTER_OR_HALF.search(low):
        return True
    return any(w in _PART_WORDS or w.startswith(_PART_STEMS) for w in _LETTERS.findall(low))


_NUMERIC_MONTH = re.compile(r"(?:0[1-9]|1[0-2])[./-](?:19|20)\d\d|(?:19|20)\d\d[./-](?:0[1-9]|1[0-2])")
#: "Jan-21", "Dec 21", "янв.21": a month with a two-digit year, as Excel writes a month's heading ("mmm-yy").
_MONTH_SHORT_YEAR_LABEL = re.compile(r"[^\W\d_]{3,}(?:\.?[-'’ ]|\.)\d{2}")
#: "Quarter 1 2021", "1st quarter": a quarter written in words.
_QUARTER_N = re.compile(r"\bquarter\s*([1-4])\b", re.IGNORECASE)
#: A running total: "cumulative", "YTD", "наростаючим підсумком", "нарастающим итогом", "накопичено".
CUMULATIVE = _CUMULATIVE = re.compile(
    r"cumulat|\bytd\b|year[- ]to[- ]date|to date|наростаюч|нарастающ|накопич|накоплен|з початку|с начала",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def year_part(label: str) -> tuple[int | None, str] | None:
    """The year and the months a column of money covers when its label names a part of a year: a quarter, a
    half-year or a month ("Q1 2021", "I кв. 2021", "H2 2021", "січень 2021"), with its unit and currency
    words or a remark in brackets around it ("Q1 2021, EUR", "Q3 2021 (plan)"). A part named without its
    year ("Jan", "Q1", "I кв.") gives ``None`` for the year: the group label over it names the year. None for
    any other label, a whole year included.

    Examples
    --------
    >>> year_part("Q1 2021"), year_part("II кв. 2021, тис. грн"), year_part("H2 2021 (plan)")
    ((2021, '01-03'), (2021, '04-06'), (2021, '07-12'))
    >>> year_part("Jan"), year_part("груд."), year_part("2021"), year_part("Start 2021")
    ((None, '01-01'), (None, '12-12'), None, None)
    >>> year_part("ІІ півріччя"), year_part("2021 г. I полугодие, евро")  # Cyrillic "І" as a roman numeral
    ((None, '07-12'), (2021, '01-06'))

    A quarter of a fiscal year written over two years runs from April ("2021-22 Q1" is April to June 2021):

    >>> year_part("2021-22 Q1"), year_part("2020-21 Q4"), year_part("2021-22 Q2+") is None
    ((2021, '04-06'), (2021, '01-03'), True)
    """
    from mtd_analysis.ingest.values import (
        ValueProblem,
        _currency_pattern,
        _latin_roman,
        _partial_date,
        parse_period,
    )

    text = clean_text(label)
    if text and (quarter := _FISCAL_QUARTER.fullmatch(text.strip(" ,;:"))):
        return _fiscal_quarter(quarter)
    if (
        text is None
        or len(text) > 40
        or not (_names_a_part(text) or _NUMERIC_MONTH.fullmatch(text))
        or _CUMULATIVE.search(text)  # "Q2 2021 (cumulative)", "YTD": a running total, no part of its own
    ):
        return (
            None  # most cells of a sheet: no word of a quarter, a half or a month, checked before any parsing
        )
    bare = _MILLIONS.sub(" ", _THOUSANDS.sub(" ", _currency_pattern().sub(" ", _PAREN.sub(" ", text))))
    bare = _QUARTER_N.sub(r"q\1", " ".join(bare.split()).strip(" ,;:-–—/"))  # "Quarter 1 2021" is "q1 2021"
    if not bare:
        return None
    if (first := _YEAR_FIRST.fullmatch(bare)) is not None:  # "2021 г. I полугодие", "2021, II півріччя"
        bare = f"{first['rest']} {first['year']}"
    dated = bool(_FOUR_DIGITS.search(bare) or _MONTH_SHORT_YEAR_LABEL.fullmatch(bare))
    if not dated and not _YEARLESS_PART.fullmatch(
        _latin_roman(bare)
    ):  # "І півріччя": Cyrillic roman numerals
        return None
    probe = bare if dated else f"{bare} 2001"  # a part named without its year, in a year of no consequence
    try:
        span = _partial_date(probe, None)
        if span is None:  # a span of parts: "Q1-Q2 2021", "Jan–Jun 2021"
            span = parse_period(probe)
    except (ValueError, ValueProblem):
        return None
    if span is None or None in span or span[0].year != span[1].year or span[0].day != 1:
        return None
    first, last = span
    if (first.month, last.month) == (1, 12) or (last + dt.timedelta(days=1)).day != 1:
        return None  # a whole year, or a day: not a part of a year
    return (first.year if dated else None), f"{first.month:02d}-{last.month:02d}"


#: A year written before the part of it a label names ("2021 г. I полугодие", "2021, II півріччя").
_YEAR_FIRST = re.compile(
    r"(?P<year>20[0-4]\d)\s*(?:г\.?|р\.?|року|года|рік|год)?\s*[,.:–—-]?\s*(?P<rest>[^\W\d_].*)"
)
#: A quarter of a fiscal year written over two years ("2021-22 Q3", "FY2021/22 Q1", "Q4 2020-21").
_FISCAL_QUARTER = re.compile(
    r"(?:fy\s*)?(?P<start>20\d{2})\s*[-/–]\s*(?P<end>\d{2}|20\d{2})\s*(?:q|кв\.?\s*)(?P<q>[1-4])"
    r"|(?:q|кв\.?\s*)(?P<q2>[1-4])\s*(?:fy\s*)?(?P<start2>20\d{2})\s*[-/–]\s*(?P<end2>\d{2}|20\d{2})",
    re.IGNORECASE,
)


def fiscal_quarter_named(label, first_month: int = 4) -> tuple[int, str] | None:
    """The calendar year and months of a column whose label is a quarter of a fiscal year written over two years
    ("2021-22 Q3"), the fiscal year starting in ``first_month``; None for any other label.

    Examples
    --------
    >>> fiscal_quarter_named("2021-22 Q3"), fiscal_quarter_named("Q1 2020-21", 10), fiscal_quarter_named("Q3 2021")
    ((2021, '10-12'), (2020, '10-12'), None)
    """
    text = clean_text(label) if isinstance(label, str) else None
    found = _FISCAL_QUARTER.fullmatch(text.strip(" ,;:")) if text else None
    return _fiscal_quarter(found, first_month) if found else None


def _fiscal_quarter(found: re.Match, first_month: int = 4) -> tuple[int, str] | None:
    """The calendar year and months of a quarter of a fiscal year starting in ``first_month``, by default April (the
    year the UK, Canada, Japan and India keep, and the one a year written "2021-22" most often is): its first quarter
    is April to June of the first year, its fourth January to March of the second."""
    start = int(found["start"] or found["start2"])
    end = int(found["end"] or found["end2"]) % 100
    if end != (start + 1) % 100:
        return None
    q = int(found["q"] or found["q2"])
    first = first_month + 3 * (q - 1)
    year = start if first <= 12 else start + 1
    first = first if first <= 12 else first - 12
    return year, f"{first:02d}-{first + 2:02d}"


#: A header ending in Swiss francs written "Fr." ("Budget, Fr.", "Сума (Fr.)"); "fr." elsewhere is no currency.
_FRANCS_LABEL = re.compile(r"[,(]\s*s?fr\.\s*\)?\s*$", re.IGNORECASE)


def donors_share_beside_contribution(share_label: str, amount_label: str) -> bool:
    """Whether a column of the donor's share ("Donor share, %") stands beside an amount that is already the
    donor's contribution ("Donor contribution, CHF", "Японія, USD"): the share is then said, not applied again.

    Examples
    --------
    >>> donors_share_beside_contribution("Donor share, %", "Donor contribution, CHF")
    True
    >>> donors_share_beside_contribution("Donor share (%)", "Total budget (EUR)")
    False
    """
    return bool(_DONORS_SHARE.search(share_label or "") or partner_share_label(share_label or "")) and bool(
        _CONTRIBUTION.search(amount_label or "") or names_donor_money(amount_label or "")
    )


#: A share's word in a label: "share", "частка", "доля", "part".
_SHARE_WORD = re.compile(r"(?<![^\W\d_])(?:share|part|частка|частки|доля|доли)(?![^\W\d_])", re.IGNORECASE)


def partner_share_label(text: str) -> bool:
    """Whether a label gives a named donor's share of the total, in percent ("Частка Канади, %", "Доля финансирования
    Германии, %", "Share of Canada (%)", "EU share, %"); not Ukraine's part of a regional programme.

    Examples
    --------
    >>> partner_share_label("Частка Канади, %"), partner_share_label("EU share, %"), partner_share_label("Частка, %")
    (True, True, False)
    >>> partner_share_label("Частка України, %"), partner_share_label("Share of Canada")  # no percent: no share
    (False, False)
    """
    from mtd_analysis.ingest.partners import partner_in_text

    if "%" not in text or not _SHARE_WORD.search(text) or UKRAINE.search(text) or " / " in text:
        return (
            False  # (a donor under a group of shares, "Contributions (share, %) / Denmark", is that group's)
        )
    # the donor named with the share, before its "%" ("Contributions (share, %) Denmark" is a group's donor column)
    return partner_in_text(_SHARE_WORD.sub(" ", text[: text.index("%")])) is not None


#: A share of the total that is the donor's ("Donor share (%)", "Частка донора, %", "Доля донора, %").
_DONORS_SHARE = re.compile(
    r"donor'?s?\W+(?:share|part|contribution)|(?:частка|доля|внесок)\s+донора|(?:share|part)\s+of\s+the\s+donor",
    re.IGNORECASE,
)


#: A form tool's own columns, named with a leading underscore (KoboToolbox, ODK).
_FORM_SYSTEM = frozenset(
    "_uuid _submission_time _validation_status _submitted_by __version__ _attachments _geolocation _xform_id_string "
    "_parent_index _parent_table_name _submission__id _submission__uuid _media_count _total_media".split()
)  # not "_id", "_status", "_notes": a database's own columns may be named so


#: A calendar year's mark: "CY2021", "CY 2021", "CY21", "CY'21".
_CALENDAR_YEAR = re.compile(r"\bCY\s?[-']?((?:19|20)?\d\d)\b", re.IGNORECASE)


#: A form's item number before a label: "8. ", "1.2. ", "3) ".
_ITEM_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2}){0,2}[.)]\s+(?=[^\W\d_])")


def _a_donor(name: str) -> bool:
    """Whether a partner's name is a donor state's or the EU's (whose money a file lists), not an agency's that
    co-funds from its own resources ("UNDP contribution 2021" beside "EU contribution")."""
    from mtd_analysis.ingest.partners import canonical_partner, is_a_donor_state

    return canonical_partner(name) in ("EU", "EUAM") or is_a_donor_state(canonical_partner(name))


#: A label of two fields joined by "and" ("Funding and status", "Финансирование и статус").
_MONEY_AND_STATUS_LABEL = re.compile(r"(?P<a>[^&]+?)\s+(?:and|и|та|і|й|&)\s+(?P<b>[^&]+)", re.IGNORECASE)


def names_money_and_status(label) -> bool:
    """Whether a label names the money and the status joined by "and" ("Funding and status", "Финансирование и
    статус"): a column of the money, whose sentences may say the project's status too.

    Examples
    --------
    >>> names_money_and_status("Финансирование и статус"), names_money_and_status("Status and remarks")
    (True, False)
    """
    text = clean_text(label)
    both = _MONEY_AND_STATUS_LABEL.fullmatch(text) if text else None
    return both is not None and {_match_field(both["a"]).field, _match_field(both["b"]).field} == {
        "amount",
        "status",
    }


def _match_field(label) -> FieldMatch:
    """Recognise one header cell.

    Examples
    --------
    >>> match_field("Назва проєкту").field, match_field("Project code").field, match_field("Project").field
    ('title', 'project_id', 'title')
    >>> match_field("Budget (USD)")
    FieldMatch(field='amount', currency='USD', year=None, strength=1.0, scale=1.0, agency=None, part=None)
    >>> match_field("2021").field, match_field("Start 2021").field
    ('yearly', 'start_date')
    >>> match_field("Colour").field is None
    True
    >>> match_field("Финансирование и статус").field, match_field("Funding and status").field
    ('amount', 'amount')
    """
    text = clean_text(label)
    if text is None or is_hxl_tag(text):
        return FieldMatch(None)
    if (units := _IN_UNITS.sub("", text)) != text and units.strip():
        text = units  # "of which 2021, units", "у т.ч. 2021 р., одиниць валюти": in units, no currency named
    if (numbered := _ITEM_NUMBER.match(text)) and numbered.end() < len(text):
        text = text[numbered.end() :]  # "8. Of which planned for 2021" on a form: the label after its number
    if text.lower() in _FORM_SYSTEM:  # KoboToolbox / ODK's own columns ("_uuid", "_status", "__version__")
        return FieldMatch("submitted" if "submission_time" in text.lower() else "ignore", None, None, 1.0)
    if _MACHINE_NAME.fullmatch(text):  # a database's column name: "PROJ_TITLE", "AMT_USD", "START_DT"
        text = " ".join(_spelled_out(text))
    # "CY2021 planned", "Amt CY21": the calendar year 2021
    text = _CALENDAR_YEAR.sub(lambda m: m[1] if len(m[1]) == 4 else "20" + m[1], text)
    currency = currency_in_text(text) or ("CHF" if _FRANCS_LABEL.search(text) else None)
    if UKRAINE.search(text) and not _UKRAINE_NOT_MONEY.search(text):
        if "%" not in text and len(set(YEAR_2000S.findall(text))) == 1:
            # "of which 2021 (Ukraine)": the year's money of Ukraine's part, beside that part
            year_only = _match_field(UKRAINE.sub(" ", text).replace("()", " "))
            if year_only.field == "yearly":
                return FieldMatch("yearly", currency or year_only.currency, year_only.year, 1.0)
        if "%" in text:  # "Share for Ukraine, %", "Доля Украины, %"
            return FieldMatch("ukraine_share", None, None, 1.0)
        if _SHARE.search(text) or (
            currency and len(text.split()) <= 3
        ):  # "Ukraine share, EUR", "Ukraine, SEK"
            return FieldMatch("amount", currency, None, 1.0)
    if _MIA_SHARE.fullmatch(text.strip()):  # "Частка МВС", "MIA share, %": the MIA system's part, as a share
        return FieldMatch("ukraine_share", None, None, 1.0)
    if (mia := _MIA_PART.search(text)) and len(years := set(YEAR_2000S.findall(text))) == 1:
        # "of which MIA bodies, CY2021 (USD)", "У т.ч. для системи МВС, 2021": the MIA system's part of a year
        rest = text[: mia.start()] + " " + text[mia.end() :]  # its unit ("USD '000"), not the MIA's "M"
        return _scaled(FieldMatch("sector_part", currency, int(years.pop()), 1.0), rest)
    if "%" in text and _DONORS_SHARE.search(
        text
    ):  # "Donor share (%)": the donor's part of the total, as a share
        return FieldMatch("ukraine_share", None, None, 1.0)
    if (donor_or := _DONOR_OR_COFUNDERS.fullmatch(text)) and _match_field(donor_or[1]).field == "partner":
        return FieldMatch(
            "partner", None, None, 1.0
        )  # "Донор / співфінансування": the donor, or its co-funders
    if _COUNTRY_LABEL.fullmatch(
        text
    ):  # "Країна", "Countries covered": a regional programme's rows per country
        return FieldMatch("country", None, None, 1.0)
    if found := year_part(text):  # "Q1 2021", "I кв. 2021", "H2 2021", "Jan 2021"; "Jan" under "Plan 2021"
        year, months = found
        return FieldMatch("yearly" if year else "year part", currency, year, 1.0, part=months)
    if (rest := _after_money_words(text)) and (found := year_part(rest)) and found[0]:
        # "Сума за I кв. 2021, дол. США", "Disbursed in Q1 2021 (USD)": the money of that part of the year
        return FieldMatch("yearly", currency, found[0], 1.0, part=found[1])
    if any(w in text.lower() for w in ("fy", "fiscal", "бюджетн", "фінансов", "финансов")) and (
        found := _fiscal_year_found(text)
    ):
        # "FY2021 budget (Jan–Dec 2021)" is the calendar year; a fiscal year whose months are not said is no
        # calendar year (the USA's runs from October, the UK's from April): not read as one
        if not _CALENDAR_MONTHS.search(text):
            return FieldMatch(None, currency)
        fiscal, year = found
        text = text[: fiscal.start()] + f" {year} " + text[fiscal.end() :]
    # a year of a date the label gives ("станом на 01.06.2021", "as of 31 March 2021", "за курсом НБУ на …") is no
    # year of the money
    years = {int(y) for y in YEAR_2000S.findall(_DATED.sub(" ", text))}
    bare = _PAREN.sub(" ", text)
    key = normalise_key(bare)
    if currency:
        # drop the currency words so that "Бюджет, дол. США" reads as "бюджет"
        from mtd_analysis.ingest.values import _currency_pattern

        key = normalise_key(_currency_pattern().sub(" ", bare))
    tokens = tuple(t for t in key.split() if not YEAR_2000S.fullmatch(t))
    # the unit ("2021, тис. грн", "Total, EUR thousand"): read as the column's scale (match_field), not a word
    money = tuple(t for t in tokens if t not in _UNIT_TOKENS) if _has_unit(text) else tokens
    # "Revised 2021 (EUR)", "Updated 2021 budget (USD, Aug 2021)", "Уточнений план на 2021 рік": the year's figure
    # (beside the year's own column, the revised one: see amounts.one_column_per_year)
    if len(years) == 1 and _revised_year(_currency_free(text) if currency else text, years):
        return FieldMatch("yearly", currency, years.pop(), 1.0)
    if len(years) == 1 and (not money or set(money) <= _yearly_words()) and not _DELIVERY_RATE.search(text):
        return FieldMatch("yearly", currency, years.pop(), 1.0)
    if (
        len(years) == 1
        and (rest := [t for t in money if t not in _yearly_words()])
        and len(rest) < len(money)
        and is_known_partner(" ".join(rest), codes=False)
        and _a_donor(" ".join(rest))
    ):  # "EU contribution 2021", "Внесок Японії 2021": a donor's money in that year (a UN agency's is a co-funder's)
        return FieldMatch("yearly", currency, years.pop(), 1.0)
    if len(years) == 1 and (edge := open_years(_currency_free(bare) if currency else bare)) is not None:
        return FieldMatch("yearly", currency, edge, 1.0)  # "until 2020", "2022 onwards": said per sheet
    if len(years) == 1 and _TOP_UP.search(bare):  # "Top-up 2021 (GBP)": money added for that year
        return FieldMatch("top_up", currency, years.pop(), 1.0)
    if (
        not years
        and _TOP_UP_ALONE.fullmatch((_currency_free(bare) if currency else bare).strip(" ,.:;()-–—"))
    ):  # "Supplementary grant (JPY)", "Top-up (EUR)": money added to the grant; not "Additional funding required" (a
        # need), "… from other donors", "of which: top-up cards", "Total budget incl. top-up"
        return FieldMatch("top_up", currency, None, 1.0)
    if not years and _INITIAL_MONEY.match(bare.strip()):  # "Initial grant (JPY)" beside a supplementary grant
        return FieldMatch("amount", currency, None, 1.0)
    if not years and _CURRENT_MONEY.fullmatch(
        (_currency_free(bare) if currency else bare).strip(" ,.:;()-–—")
    ):
        return FieldMatch(
            "amount", currency, None, 1.0
        )  # "Current grant after amendments": preferred to the first
    if len(years) == 2 and _is_year_span(text):  # "2021–2022", "2021-2023 рр., EUR": those years' money
        return FieldMatch("amount", currency, None, 0.5)
    if not tokens or not money:
        # "EUR" | "USD" | "грн", "EUR, тис.": a column headed by its currency alone ("(SEK)" is a unit under a label)
        if currency and not years and "%" not in text and not text.lstrip().startswith(("(", "[")):
            return FieldMatch("amount", currency, None, 0.5)
        return FieldMatch(None, currency)
    exact = _exact_aliases().get(tokens)
    if exact in ("period", "start_date", "end_date") and "%" in text:
        exact = None  # "Delivery 2021 (%)": a share of the work, not its dates
    if (
        exact
        and tokens in _short_alias_spellings()
        and unfolded_key(text) not in _short_alias_spellings()[tokens]
    ):
        exact = None  # "Вид" (kind) is not "від" (from)
    if exact is None and money and money != tokens and _exact_aliases().get(money) == "amount":
        exact = "amount"  # "Усього, тис. грн", "Всего, тыс. долл. США"
    if exact == "budget_line" and (currency or years):
        exact = (
            None  # "Budget line 2021, EUR" is money; the column naming each row's line has no unit or year
        )
    if exact:
        return FieldMatch(exact, currency, None, 1.0)
    if len(text) > 160 or len(tokens) > 16:
        return FieldMatch(None, currency)  # a paragraph, not a column name
    if (halves := _one_language(text)) is not None:
        return halves  # "Project title / Contract No.", "Action / contract": a header in two parts, by its halves
    if names_money_and_status(
        text
    ):  # "Финансирование и статус": the money, its sentences saying the status too
        return FieldMatch("amount", currency, None, 1.0)
    index = _alias_index()
    candidates = sorted({c for t in tokens for c in index.get(t[:4], ())})
    inflected = None  # the first alias found only with other endings: taken when no alias stands as written
    for _, f, alias in candidates:
        if sum(map(len, alias)) < 4 and len(alias) < len(tokens):
            continue  # short aliases ("to", "з", "№") count only as the whole header
        if _contains(tokens, alias, exact=True):
            return FieldMatch(f, currency, None, len(alias) / len(tokens))
        if inflected is None and _contains(tokens, alias):
            inflected = FieldMatch(f, currency, None, len(alias) / len(tokens))
    # "Any comments?" is a comment ("comments"), not a start ("commencement"); "Current status", a status
    return inflected or FieldMatch(None, currency)


_LANGUAGES_APART = re.compile(r"\s+/\s+|\s*\n\s*")


def _one_language(text: str) -> FieldMatch | None:
    """A header in two languages whose whole says nothing ("Insats / Project", "Slut / End", "Totalt / Total"): the
    half that names a field. None when no half does, or the halves name different fields."""
    halves = [h for h in _LANGUAGES_APART.split(text) if h.strip()]
    if len(halves) < 2:
        return None
    exact = _exact_aliases()
    matches = [_match_field(h) for h in halves]
    found = {m.field: m for m in matches if m.field is not None}
    if len(found) > 1:  # "Action / contract": a half named exactly ("action") over one only like an alias
        named = {
            m.field: m
            for h, m in zip(halves, matches, strict=True)
            if m.field is not None and exact.get(tuple(normalise_key(_PAREN.sub(" ", h)).split())) == m.field
        }
        found = named if len(named) == 1 else found
    if set(found) == {"title", "project_id"}:  # "Project title / Contract No.": titles with their numbers
        found = {"title": found["title"]}
    if set(found) == {"currency", "unit"}:  # "Од. виміру / Unit": the currency and its unit ("тис. дол. США")
        found = {"currency": found["currency"]}
    if len(found) != 1:
        return None
    m = next(iter(found.values()))
    # "Total (EUR) / Разом": the currency and unit one half says are the column's
    currency = m.currency or next((x.currency for x in matches if x.currency), None)
    scale = m.scale if m.scale != 1.0 else next((x.scale for x in matches if x.scale != 1.0), 1.0)
    return FieldMatch(m.field, currency, m.year, m.strength, scale, m.agency, m.part)


def _combine(
    upper: FieldMatch,
    lower: FieldMatch,
    upper_text: str | None,
    lower_text: str | None = None,
    countries: bool = True,
    one_donor: bool = True,
) -> FieldMatch:
    """What a column of a two-row header means, from its group cell and its own cell (units from either).

    ``countries``: the lower row names countries (other than Ukraine) or the group says it is split by country;
    only then is "Україна" under money Ukraine's part of a regional programme, else it is the Ukrainian side's
    co-funding beside a donor's ("ЄС | Україна | Всього" under "Фінансування, EUR"). ``one_donor``: one column of
    the group names a donor; only then is it the amount before the total (of "EU | Germany | Total" neither is)."""
    if lower.field == "year part" and upper.field != "yearly" and upper_text:
        # "Quarterly breakdown 2021, EUR" over "Q1 | Q2 …": the one year the group names is the parts' year
        years = {int(y) for y in YEAR_2000S.findall(upper_text)}
        if len(years) == 1:
            upper = FieldMatch("yearly", upper.currency, years.pop(), upper.strength, upper.scale)
    if (
        lower.field == "agency"
        and upper.field not in ("amount", "yearly")
        and upper_text
        and _names_money(upper_text)
    ):  # "Фінансування за отримувачами" (funding by recipient) over "НПУ | ДПСУ | ДМС": the agencies' money
        upper = FieldMatch("amount", upper.currency, None, upper.strength, upper.scale)
    if upper.field == "partner" and lower.field is None and lower_text and listed_donor(lower_text):
        # "Funding source" over "European Union | Denmark | UNDP core (TRAC)", "Donor allocation 2021 (EUR)" over
        # "EU | EUAM | Germany": each donor's money (read by the table's donor columns), not the partner's name
        return FieldMatch(None, lower.currency or upper.currency)
    if upper.field == "partner" and upper.currency:  # "Джерела фінансування, EUR": sources of money, in EUR
        upper = FieldMatch("amount", upper.currency, None, upper.strength, upper.scale)
    money_group = upper.field in ("amount", "yearly") or upper.currency is not None
    if money_group and lower.field in ("start_date", "end_date"):
        # "початковий" (initial) reads alone as a start ("початок"); under money it is the original amount, and no
        # other date word under money is the project's date
        original = lower_text is not None and ORIGINAL_WORD.search(lower_text) is not None
        lower = FieldMatch("amount" if original else None, lower.currency, None, 0.5 if original else 0.0)
    if upper.field == "yearly" and lower.field is None and not lower_text:
        # "2022" over an empty cell, beside "2021" over "H1 | H2" (no merge, as a CSV writes it): the year's column
        return replace(upper, currency=lower.currency or upper.currency)
    m = _combine_fields(upper, lower)
    if (
        (money_group or upper.field in (None, "declared_priority"))
        and upper_text
        and lower_text
        and _BY_PRIORITY.search(upper_text)
        and (
            lower.field in (None, "title", "description")
            or (lower.strength < 0.5 and lower.field != "declared_priority")
            or (  # "Поліція громад": a priority (an agency's own name alone under money is the agency's money)
                lower.field in ("agency", "beneficiaries")
                and (not money_group or only_an_agency(lower_text) is None)
            )
        )
        and not TOTAL_ROW.match(lower_text.lower())
    ):  # "Вартість за пріоритетами, тис." (or "Пріоритети сектору" beside a total) over "Протидія торгівлі людьми |
        # …": each priority's money
        m = FieldMatch("priority_amount", lower.currency or upper.currency, None, 1.0, part=lower_text)
    if (
        lower_text
        and m.field in ("amount", None)
        and money_group
        and UKRAINE.fullmatch(lower_text.strip(" .,:"))
    ):  # "Україна" under "Бюджет по странам, долл. США": Ukraine's money of the group
        currency = lower.currency or upper.currency
        m = FieldMatch("amount", currency, None, 1.0) if countries else FieldMatch(None, currency)
    elif (
        one_donor
        and upper.field in ("amount", "yearly")
        and upper.year is None
        and names_the_donor(lower, lower_text)
    ):
        # "Donor" (or "EU") beside "Co-financing | Total" under "Funding, USD": the donor's money, not its name
        m = FieldMatch("amount", lower.currency or upper.currency, None, 1.0)
    scale = lower.scale if lower.scale != 1.0 else upper.scale
    if (m.part or m.field in ("yearly", "amount")) and scale == 1.0 and upper_text:
        # "Розподіл за кварталами, тис. грн" over "I кв. 2021"; "Бюджет по годам, тыс. долл. США" over "2021"
        scale = 1000.0 if _THOUSANDS.search(upper_text) else 1e6 if _MILLIONS.search(upper_text) else 1.0
    if m.field == "priority_amount":
        scale = lower.scale if lower.scale != 1.0 else upper.scale
        return replace(m, scale=scale)
    if m.field in ("amount", "yearly", "agency_amount") and scale != 1.0:
        return FieldMatch(m.field, m.currency, m.year, m.strength, scale, m.agency, m.part)
    return m


def names_the_donor(lower: FieldMatch, text: str | None, any_country: bool = False) -> bool:
    """Whether a money group's column is labelled with its donor: "Donor", or a partner's name ("EU", "Sweden")
    that is neither Ukraine's side nor (unless ``any_country``) a country the money may be shared with."""
    if lower.field == "partner":
        return True
    if not text or lower.field is not None or UKRAINE.search(text):
        return False
    from mtd_analysis.ingest.partners import is_known_partner, is_recipient_country

    return is_known_partner(text) and (any_country or not is_recipient_country(text))


#: A money column's own label saying it is the amount first agreed: "original", "початковий", "первоначальный".
ORIGINAL_WORD = re.compile(r"original|initial|первоначальн|початков|исходн|вихідн", re.IGNORECASE)
#: A group cell saying its money is split by priority: "Вартість за пріоритетами МВС", "Funding by priority area".
_BY_PRIORITY = re.compile(r"priorit|пріоритет|приоритет", re.IGNORECASE)
#: A group cell saying its money is split by country: "Budget by country", "Бюджет по країнах / по странам".
_BY_COUNTRY = re.compile(r"countr|країн|стран", re.IGNORECASE)


def _names_money(text: str) -> bool:
    """Whether a group cell that names something else first holds an amount's name among its words
    ("Фінансування за отримувачами": funding by recipient), by the amount's aliases of column_aliases.csv."""
    tokens = tuple(normalise_key(text).split())
    # the whole-header aliases too ("funding"): over agencies' columns a money word names their money
    return any(f == "amount" and _contains(tokens, alias) for f, alias, _ in _alias_table())


def _combine_fields(upper: FieldMatch, lower: FieldMatch) -> FieldMatch:
    currency = lower.currency or upper.currency
    if lower.field == "agency":  # "НПУ | ДПСУ | ДМС" under a merged "Сума, JPY": the money of each agency
        money = upper.currency is not None or upper.field in ("amount", "yearly")
        return (
            FieldMatch("agency_amount", currency, None, 1.0, agency=lower.agency)
            if money
            else FieldMatch(None)
        )
    if lower.field == "year part":  # "Jan" … "Dec" under "Disbursement plan 2021": the months of its year
        year = upper.year if upper.field == "yearly" else None
        return FieldMatch("yearly", currency, year, 1.0, part=lower.part) if year else FieldMatch(None)
    is_year = lower.field == "yearly" or (lower.field is None and lower.year)
    if is_year and upper.field in ("start_date", "end_date", "period", "title", "project_id"):
        return FieldMatch(upper.field, currency, None, upper.strength)  # a year under "Start" is a date
    if lower.field == "yearly" or (lower.field is None and lower.year):
        return FieldMatch("yearly", currency, lower.year, 1.0, part=lower.part)
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
    # money by year: calendar years, or fiscal years ("FY2021 obligations"), which the reader reads by the partner's
    n_years = sum(1 for m in columns.values() if m.field in ("yearly", "fiscal"))
    has_years = n_years > 0
    parts = sum(1 for m in columns.values() if m.field in ("agency_amount", "priority_amount"))
    if not ({"title", "project_id"} & found) or not (_SUBSTANCE & found or has_years or parts >= 2):
        return 0.0
    score = len(found) + (1 + 0.5 * min(n_years, 3) if has_years else 0)
    score += 0.25 * sum(1 for m in columns.values() if m.field in ("number", "ignore"))
    score += 2.0 if parts >= 2 else 0.0  # an amount and the agencies, both
    score += 0.1 * sum(m.strength for m in columns.values() if m.field in PROJECT_FIELDS)
    return score


@lru_cache(maxsize=4096)
def _agency_name(text: str) -> str | None:
    """The MIA agency a header cell names and nothing else ("SBGS", "State Migration Service"; not "NPU budget",
    which :func:`_agency_label` reads as NPU's under a money group)."""
    from mtd_analysis.ingest.values import _agency_aliases

    return _agency_aliases().get(normalise_key(text)) if len(text) <= 60 else None


@lru_cache(maxsize=4096)
def _agency_label(text: str) -> str | None:
    """The one MIA agency a short header cell names ("НПУ", "ДПСУ", "State Migration Service"), or None."""
    if len(text) > 40:
        return None
    codes, unknown = parse_beneficiaries(text)
    return codes[0] if len(codes) == 1 and not unknown else None


def _row_matches(row: list) -> dict[int, FieldMatch]:
    out = {}
    for col, value in enumerate(row):
        if isinstance(value, str):
            m = match_field(value)
            if m.field:
                out[col] = m
            elif (agency := _agency_label(value.strip())) is not None:  # a column per agency, under money
                out[col] = FieldMatch("agency", None, None, 1.0, agency=agency)
            elif fiscal_year_named(value) is not None or fiscal_span_named(value) is not None:
                # "FY2021 obligations", "2021/22 (GBP)": a fiscal year's money, like "2021"
                out[col] = FieldMatch("fiscal", m.currency, None, 0.5, m.scale)
        elif isinstance(value, (int, float)) and not isinstance(value, bool) and 2000 <= value <= 2049:
            if float(value).is_integer():
                out[col] = FieldMatch("yearly", None, int(value), 1.0)
    months = [c for c, v in enumerate(row) if isinstance(v, (dt.date, dt.datetime)) and v.day == 1]
    if len(months) >= 3:  # a Gantt's months typed as dates (the 1st of each), not a project's start date
        for col in months:
            out[col] = match_field(f"{row[col].year:04d}-{row[col].month:02d}")
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


def listed_donor(label: str) -> str | None:
    """The donor of partners.csv a column's label is the name of, words in brackets and currencies aside ("UNDP core
    (TRAC)", "Japan, JPY"), canonical; None for any other label.

    Examples
    --------
    >>> listed_donor("UNDP core (TRAC)"), listed_donor("European Union"), listed_donor("Total, USD")
    ('UNDP', 'EU', None)
    """
    from mtd_analysis.ingest.partners import canonical_partner, is_listed_partner
    from mtd_analysis.ingest.values import _currency_pattern

    name = re.sub(r"\([^()]*\)", " ", label).strip(" ,.:")
    name = " ".join(_currency_pattern().sub(" ", name).split()) or name
    return canonical_partner(name) if name and is_listed_partner(name) else None


def _pair_header(
    rows: list[list], r: int, merged: list, lower_singles: dict[int, FieldMatch], described: bool = False
) -> tuple[dict[int, FieldMatch], dict[int, str]]:
    """Rows ``r`` and ``r + 1`` read as one two-row header: each column's role and its label ("Budget / 2021").

    ``described``: row ``r`` holds a database's column names and row ``r + 1`` describes each
    (:func:`_names_over_descriptions`): a name says its column's field, its description only its unit and currency."""
    lower_row = rows[r + 1]
    merged_cols = _merged_spans(merged, r)
    # a label merged down over both rows ("2019" over an empty cell beside "2021" over "H1 | H2"): the upper
    # cell names its column alone
    merged_down = {c for (c0, c1), _ in _merged_down(merged, r) for c in range(c0, c1 + 1)}
    upper_row = _fill_group_row(rows[r], lower_row, merged_cols)
    width = max(len(upper_row), len(lower_row))
    from mtd_analysis.ingest.partners import is_recipient_country

    texts = [clean_text(v) for v in lower_row if isinstance(v, str) and clean_text(v)]
    donors = sum(1 for t in texts if names_the_donor(match_field(t), t))
    # funders of any kind ("Estonia | EU | Total": a country not in partners.csv may pay too): with two, neither is
    # taken for the partner's money
    funders = sum(1 for t in texts if names_the_donor(match_field(t), t, any_country=True))
    # "Україна" is Ukraine's part beside other countries ("Молдова | Украина"), under a group split by country
    # ("Бюджет по странам") or beside a total alone; beside a donor ("ЄС | Україна | Всього") it is co-funding
    countries = (
        any(is_recipient_country(t) for t in texts)
        or any(isinstance(v, str) and _BY_COUNTRY.search(v) for v in upper_row)
        or not donors
    )
    combined: dict[int, FieldMatch] = {}
    labels: dict[int, str] = {}
    # a database's column names over a row describing them ("budget_yr" over "Budget year of the commitment"):
    # the names say what each column is; the descriptions explain them in words that may read as another field
    for c in range(width):
        up = upper_row[c] if c < len(upper_row) else None
        lo = lower_row[c] if c < len(lower_row) else None
        um = match_field(up) if isinstance(up, str) else FieldMatch(None)
        if described and isinstance(up, str) and _MACHINE_NAME.fullmatch(clean_text(up) or ""):
            if um.field:
                said = clean_text(lo) if isinstance(lo, str) else None
                if said and um.field in ("amount", "yearly"):  # "Contribution (in thousands), USD"
                    um = _scaled(um, said)
                    um = replace(um, currency=um.currency or currency_in_text(said))
                combined[c] = um
                labels[c] = " / ".join(t for t in (clean_text(up), said) if t)
            continue
        lm = match_field(lo) if isinstance(lo, str) else lower_singles.get(c, FieldMatch(None))
        if lm.field is None and c in lower_singles and lower_singles[c].field == "agency":
            lm = lower_singles[c]
        if isinstance(lo, (int, float)) and not isinstance(lo, bool) and 2000 <= lo <= 2049:
            lm = FieldMatch("yearly", None, int(lo), 1.0)
        if c in merged_down and lo is None:
            m = um
        else:
            m = _combine(
                um,
                lm,
                clean_text(up),
                clean_text(lo) if isinstance(lo, str) else None,
                countries,
                funders == 1,
            )
        if isinstance(up, str) and isinstance(lo, str) and c not in merged_cols and m.field != "yearly":
            # one label written over two rows ("Implementing" above "partner"): the whole phrase when it is one
            joined = match_field(f"{clean_text(up)} {clean_text(lo)}")
            if joined.field and joined.strength == 1.0 and joined.field != m.field:
                m = joined
        if m.field:
            combined[c] = m
            labels[c] = " / ".join(t for t in (clean_text(up), clean_text(lo)) if t)
    return combined, labels


_A_YEAR_VALUE = re.compile(r"(?:19|20)\d\d")


def _years_over_labels(rows: list[list], limit: int) -> list[list]:
    """The rows with a row of years alone over the header's labels joined into them (2020 | 2021 | 2022 over "Сума,
    дол. США" three times: "Сума, дол. США 2020" …), each year over its own column only; the rows as they were when
    no row above a header holds only years. The year row is left empty.

    >>> rows = [[None, 2020, 2021], ["Назва", "Сума, USD", "Сума, USD"], ["Радари", 10, 20]]
    >>> _years_over_labels(rows, 3)[:2]
    [[None, None, None], ['Назва', 'Сума, USD 2020', 'Сума, USD 2021']]
    """
    for r in range(min(limit, len(rows) - 1)):
        filled = {c: v for c, v in enumerate(rows[r]) if v is not None and str(v).strip()}
        if len(filled) < 2:
            continue
        if any(isinstance(v, float) and not math.isfinite(v) for v in filled.values()):
            continue  # NaN, infinity: no years
        years = {c: str(int(v)) if isinstance(v, (int, float)) else str(v).strip() for c, v in filled.items()}
        if not all(_A_YEAR_VALUE.fullmatch(y) for y in years.values()) or len(set(years.values())) < len(
            years
        ):
            continue
        if max(years) - min(years) != len(years) - 1:
            continue  # years over groups of columns (a Gantt chart's months, plan | fact): each spans more than one
        below = rows[r + 1]
        labels = {c: clean_text(below[c]) if c < len(below) else None for c in years}
        if (
            not all(c < len(below) and isinstance(below[c], str) and labels[c] for c in years)
            or len({labels[c] for c in years}) > 1
        ):
            continue  # the same label under every year ("Сума, дол. США"): the years tell them apart
        out = [list(row) for row in rows]
        out[r] = [None] * len(rows[r])
        for c, year in years.items():
            out[r + 1][c] = f"{labels[c]} {year}"
        return out
    return rows


#: A line of a legend explaining a numbered column: "1 – назва проєкту;", "5 - of which in 2021, thousand".
_LEGEND_LINE = re.compile(r"\s*(\d{1,2})\s*[–—:=)-]\s*(\S.*?)\s*[;.]?\s*")


def _numbers_explained(rows: list[list], limit: int) -> list[list]:
    """The rows with a header of column numbers (1 | 2 | … | 8) replaced by the legend that explains them below the
    table ("1 – назва проєкту;", "4 – загальна вартість, тис. од. валюти;"); the rows as they were when no such
    header and legend are found (a row numbering the columns under a header of words is left alone: it has no
    legend).

    >>> rows = [[1, 2, 3, 4], ["Радари", "Польща", 100, "2021"], ["Примітки:"], ["1 – назва;"], ["2 – донор;"],
    ...         ["3 – сума, EUR;"], ["4 – строк."]]
    >>> _numbers_explained(rows, 7)[0]
    ['назва', 'донор', 'сума, EUR', 'строк']
    """
    for r in range(min(limit, len(rows))):
        filled = [(c, v) for c, v in enumerate(rows[r]) if v is not None and str(v).strip()]
        if len(filled) < 4:
            continue
        try:
            floats = [float(str(v).strip()) for _, v in filled]
            numbers = [int(f) for f in floats if f.is_integer()]
        except (ValueError, OverflowError):
            continue  # words, or NaN and infinity
        if len(numbers) != len(filled) or numbers != list(range(1, len(numbers) + 1)):
            continue
        legend: dict[int, str] = {}
        for row in rows[r + 1 :]:
            texts = [v for v in row if isinstance(v, str) and v.strip()]
            if len(texts) == 1 and (line := _LEGEND_LINE.fullmatch(texts[0])):
                legend.setdefault(int(line[1]), line[2])
        if not all(k in legend for k in numbers):
            return rows
        out = [list(row) for row in rows]
        for (c, _), k in zip(filled, numbers, strict=True):
            out[r][c] = legend[k]
        return out
    return rows


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
    rows = _years_over_labels(rows, limit)
    rows = _numbers_explained(rows, limit)
    best: Header | None = None
    cache: dict[int, dict[int, FieldMatch]] = {}

    def singles(i: int) -> dict[int, FieldMatch]:
        if i not in cache:
            cache[i] = _row_matches(rows[i])
        return cache[i]

    for r in range(limit):
        if best is not None and best.score >= 3 and r > best.row + 2:
            break  # a clear header was found: the rows below it are data
        texts = {c: clean_text(v) or "" for c, v in enumerate(rows[r])}
        single = _description_as_title({c: m for c, m in singles(r).items() if m.field != "agency"}, texts)
        single = _money_word_as_title(single, rows, r, r)
        score = _score(single)
        if score and (best is None or score > best.score):
            best = Header(r, r, dict(single), {c: clean_text(rows[r][c]) or "" for c in single}, score)
        if r + 1 < len(rows) and r + 1 < limit + 1:
            lower_row = rows[r + 1]
            if not any(clean_text(v) for v in lower_row):
                continue
            if score >= 2 and _names_over_descriptions(rows[r], lower_row):
                # a database's column names over a row describing each: the names are the header, the
                # descriptions only explain them (below them, the data)
                combined, labels = _pair_header(rows, r, merged, {}, described=True)
                best = Header(r + 1, r, combined, labels, _score(combined))
                best.findings.append(
                    (
                        "info",
                        None,
                        f"row {r + 2} describes the database's columns named in row {r + 1} ('{clean_text(lower_row[0]) or ''}' "
                        "…): read as their explanation (units and currencies from it), not as a project",
                    )
                )
                break
            # the lower row of a two-row header names things itself; a data row does not (a month in a data row,
            # "August", is no label: months count as labels when they stand in a row of them)
            # ... or it labels only the columns of a money group above it ("Молдова | Украина | Всего" under
            # "Бюджет по странам"): then it reads as well as the upper row alone, and is still the header
            under_money = _labels_under_money(rows, r, merged)
            # the sheet's own merges make the two rows one header: labels merged down over both rows beside a group
            # split below ("№ п/п" over two rows beside "в том числе" over "освоено | план на 2021 год | остаток")
            merged_down = sum(1 for _, last in _merged_down(merged, r) if last == r + 1) >= 2
            if r + 1 < limit and _labels_in(singles(r + 1)) < 2 and not under_money and not merged_down:
                continue
            if _holds_a_sum(lower_row):
                continue  # a project's row ("… | 2020 | 2020-09-15 | 1500000"), whatever its words read as
            if _a_numbered_row(singles(r), lower_row):
                continue  # "1 | Противодействие торговле людьми … | ОБСЕ, унифицированный бюджет | …": a project's row
            if _a_title_over_the_table(rows[r], lower_row):
                continue  # the sheet's title over the whole table ("Информация о проектах …, февраль 2021"): no group
            combined, labels = _pair_header(rows, r, merged, singles(r + 1) if r + 1 < limit else {})
            combined = _money_word_as_title(_description_as_title(combined, labels), rows, r, r + 1)
            pair_score = _score(combined)
            # a true two-row header reads better than either row alone
            # (the strengths of a pair's columns are a little lower than the upper row's alone)
            replaces = under_money and score and pair_score + 0.5 >= score
            # ... or it names two donors or more under the money ("Donor allocation 2021 (EUR)" over "EU | EUAM |
            # Germany"): each donor's money, which the upper row alone would read as one partner's name
            replaces = replaces or (
                under_money
                and sum(1 for v in lower_row if isinstance(v, str) and listed_donor(clean_text(v) or "")) >= 2
            )
            # ... or it names the same fields in other words: the header again in another language
            translated = bool(score) and r + 1 < limit and _same_fields(single, singles(r + 1))
            # ... or the sheet's own merges make the two rows one header: labels merged down over both rows beside
            # groups split below ("No." over two rows beside "2021" over "H1 | H2"), and the pair reads no worse, or
            # a little worse for names under a group it cannot place ("Funding by source" over "CSSF | FCDO bilateral")
            merged_pair = (
                (best is None or best.first_row >= r)  # not the lower rows of a header found above
                and merged_down
                and pair_score + 0.5 >= score
            )
            replaces = replaces or translated or merged_pair
            if pair_score > max(score, _score(singles(r + 1)) if r + 1 < limit else 0) + 0.5 or replaces:
                if best is None or pair_score > best.score or (replaces and best.row == r):
                    best = Header(r + 1, r, combined, labels, pair_score)
    if best is None or best.score < 2 or _pivot_of_categories(rows, best):
        return None
    _pivots_grand_total(best)
    if best.row == best.first_row + 1 and best.row + 1 < len(rows):
        third = _third_header_row(rows, best, merged)
        best = third if third is not best else _three_level_header(rows, best, merged)
    for col, m in list(best.columns.items()):
        if m.field == "year part":  # a month or quarter with no year over it: not known as money of a year
            best.columns[col] = FieldMatch(None, m.currency)
    for col in [c for c, m in best.columns.items() if m.field == "title" and m.year == _MONEY_WORD_TITLES]:
        best.columns[col] = replace(best.columns[col], year=None)
        best.findings.append(
            (
                "warning",
                col,
                f"{_column_name(col, best.labels)} names an amount but holds texts, beside another amount column: read "
                "as the projects' titles (a partner's word for its projects, such as 'Contribution')",
            )
        )
    for col, m in best.columns.items():
        if m.year and _LETTER_O_YEAR.search(best.labels.get(col) or ""):
            best.findings.append(
                (
                    "warning",
                    col,
                    f"{_column_name(col, best.labels)} writes its year with a letter O for a zero: read as {m.year} "
                    "— check it",
                )
            )
    described = [c for c, m in best.columns.items() if m.field == "title" and m.year == -1]
    if described:  # said once the header is chosen
        col = described[0]
        best.columns[col] = replace(best.columns[col], year=None)
        best.findings.append(
            (
                "info",
                col,
                f"{_column_name(col, best.labels)} read as the projects' titles: the table has no title column",
            )
        )
    return _resolve_duplicates(_latest_round(rows, best, merged or []))


#: A group label naming a round of a mapping, a version or a date the figures stand at: "Раунд вересня 2021",
#: "September 2021 round", "Version of 15.09.2021", "Станом на 01.09.2021".
_A_ROUND = re.compile(
    r"round|раунд\w*|version|верс\w+|update|оновлен\w*|обновлен\w*|as of|as at|станом на|по состоянию на",
    re.IGNORECASE,
)


def _round_date(label) -> dt.date | None:
    """The date a group label's round or version is of ("Раунд вересня 2021" -> 1 September 2021), or None."""
    text = clean_text(label) if isinstance(label, str) else None
    if not text or not _A_ROUND.search(text):
        return None
    return next(filter(None, (_date_or_none(found.group()) for found in _DATE_IN_LABEL.finditer(text))), None)


def _date_or_none(text: str) -> dt.date | None:
    """A label's date as :func:`~mtd_analysis.ingest.values.parse_date` reads it; None when it is none."""
    from mtd_analysis.ingest.values import ValueProblem, parse_date

    try:
        return parse_date(text)
    except ValueProblem:
        return None


def _latest_round(rows: list[list], header: Header, merged: list) -> Header:
    """A header whose columns stand under groups of two rounds or versions ("Раунд березня 2021 | Раунд вересня
    2021" over "Статус | Сума 2021" twice): the latest round's columns are read, the earlier ones' not loaded (said
    once per column). Else the header as it is."""
    group_row = header.first_row if header.row > header.first_row else header.first_row - 1
    if group_row < 0 or group_row >= len(rows):
        return header
    rounds: dict[int, tuple[dt.date, str]] = {}  # column -> its group's date and label
    for (r0, c0), (r1, c1) in merged:
        if r0 <= group_row <= r1 and c1 > c0 and c0 < len(rows[r0]):
            label = rows[r0][c0]
            if (date := _round_date(label)) is not None:
                for col in range(c0, c1 + 1):
                    rounds[col] = (date, clean_text(label) or "")
    if len({date for date, _ in rounds.values()}) < 2:
        return header
    latest = max(date for date, _ in rounds.values())
    kinds: dict[tuple, set] = {}
    for col, m in header.columns.items():
        if col in rounds and m.field:
            kinds.setdefault((m.field, m.year, m.part), set()).add(rounds[col][0])
    columns = dict(header.columns)
    for col, m in header.columns.items():
        if (
            col in rounds
            and m.field
            and len(kinds[(m.field, m.year, m.part)]) > 1
            and rounds[col][0] != latest
        ):
            columns[col] = FieldMatch("ignore")
            later = next(label for date, label in rounds.values() if date == latest)
            header.findings.append(
                (
                    "info",
                    col,
                    f"{_column_name(col, header.labels)} is under '{rounds[col][1]}', an earlier round than "
                    f"'{later}': not loaded, the latest round's column is read",
                )
            )
    header.columns = columns
    return header


def _names_over_descriptions(upper: list, lower: list) -> bool:
    """Whether a row of a database's column names ("proj_title_en | budget_yr | eu_contrib_eur") stands over a row
    of text describing each ("Action title (EN) | Budget year of the commitment | EU contribution, EUR"): three names
    or more, nearly all machine names, and a text under most of them, no number or date."""
    names = [c for c, v in enumerate(upper) if isinstance(v, str) and clean_text(v)]
    machine = [c for c in names if _MACHINE_NAME.fullmatch(clean_text(upper[c]) or "")]
    if len(names) < 3 or len(machine) < 0.8 * len(names):
        return False
    if any(not isinstance(lower[c], str) for c in names if c < len(lower) and lower[c] is not None):
        return False
    described = {c: t for c in names if c < len(lower) and (t := clean_text(lower[c]))}
    filled = list(described.values())
    if len(filled) < 0.6 * len(names):
        return False
    # each describes its column: most share a word with their column's name ("budget_yr" over "Budget year of …")
    shared = sum(
        1
        for c, said in described.items()
        if {w[:4] for w in _spelled_out(clean_text(upper[c]) or "") if len(w) >= 2}
        & {w[:4] for w in normalise_key(said).split() if len(w) >= 2}
    )
    if shared * 2 < len(filled):
        return False
    # words, not values: every cell has letters and no run of digits a value would have; most are phrases
    return all(
        _A_WORD.search(t) and not _DIGITS_OF_A_VALUE.search(t) and not _MACHINE_NAME.fullmatch(t)
        for t in filled
    ) and (sum(1 for t in filled if len(t.split()) >= 2) * 2 >= len(filled))


_A_WORD = re.compile(r"[^\W\d_]{2,}")
_DIGITS_OF_A_VALUE = re.compile(r"\d{4,}|\d[.,/-]\d")


def _merged_down(merged: list, row: int) -> list[tuple[tuple[int, int], int]]:
    """The ranges merged down from a row over the rows below it: ((first column, last column), last row) each."""
    return [((c0, c1), r1) for (r0, c0), (r1, c1) in merged if r0 == row and r1 > row]


def _merged_spans(merged: list, row: int) -> dict[int, int]:
    """The columns a merged range covers in a row, beyond its first: column -> the range's first column."""
    spans = {}
    for (r0, c0), (r1, c1) in merged:
        if r0 <= row <= r1:
            for c in range(c0 + 1, c1 + 1):
                spans[c] = c0
    return spans


def _labels_of_parts(row: list) -> dict[int, str] | None:
    """A row's cells (column -> text) when it is a row of labels of the parts of groups above it: two or more short
    texts of words, no number and no unit among them (a units row, "тис. грн | EUR", is read as one by
    :func:`_with_units_row`); else None."""
    filled = {c: clean_text(v) for c, v in enumerate(row) if clean_text(v)}
    if len(filled) < 2 or any(not isinstance(row[c], str) or len(t) > 40 for c, t in filled.items()):
        return None
    if any(
        not _LETTERS.search(t) or _DIGIT_RUN.search(t) or _units_of(t) is not None
        for t in filled.values()
        # "JFY2020 (2020年度)" under "Amount by Japanese fiscal year", "I півріччя 2021" under "у т.ч. у 2021 році":
        # labels
        if fiscal_year_named(t) is None and year_part(t) is None
    ):
        return None
    return filled


def _labels_under_money(rows: list[list], r: int, merged: list) -> bool:
    """Whether row ``r + 1`` labels the columns of a money group of row ``r`` and nothing else: two or more short
    texts of words ("Молдова | Украина | Грузия | Всего", "первоначальный | с учётом изменений"), each under a
    group cell naming money ("Бюджет по странам, долл. США") or the sector's priorities, every other cell of the row
    empty. A project's
    row always has something outside its money (its title), and numbers under the money."""
    lower = rows[r + 1]
    filled = _labels_of_parts(lower)
    if filled is None:
        return False
    merged_cols = _merged_spans(merged, r)
    upper = _fill_group_row(rows[r], lower, merged_cols)
    for c in filled:
        group = upper[c] if c < len(upper) else None
        if not isinstance(group, str):
            return False
        m = match_field(group)
        if m.field not in ("amount", "yearly") and m.currency is None and not _BY_PRIORITY.search(group):
            return False  # "Пріоритети сектору" over "Протидія торгівлі людьми | COVID-19": each priority's money
    return True


#: The label of a pivot table's first column ("Row Labels"), which may list projects or categories.
_ROW_LABELS = re.compile(r"row labels|назви рядків|названия строк", re.IGNORECASE)


#: A pivot table's column of each row's total.
_GRAND_TOTAL = re.compile(r"grand total|загальний підсумок|общий итог", re.IGNORECASE)


def _pivots_grand_total(header: Header) -> None:
    """A pivot table's "Grand Total" column (beside "Row Labels") is each row's amount; elsewhere the words name
    no field of their own."""
    title = header.fields().get("title")
    if title is None or not _ROW_LABELS.fullmatch(header.labels.get(title, "")):
        return
    for col, label in header.labels.items():
        if _GRAND_TOTAL.fullmatch((label or "").strip()) and "amount" not in header.fields():
            header.columns[col] = FieldMatch("amount", None, None, 1.0)


def _pivot_of_categories(rows: list[list], header: Header) -> bool:
    """Whether a pivot table's rows are categories (agencies, partners, statuses, years), not projects: a summary
    of projects listed elsewhere, no table of them."""
    from mtd_analysis.ingest.partners import is_known_partner
    from mtd_analysis.ingest.values import STATUSES, parse_beneficiaries, parse_status

    col = header.fields().get("title")
    if col is None or not _ROW_LABELS.fullmatch(header.labels.get(col, "")):
        return False
    values = [clean_text(r[col]) for r in rows[header.row + 1 :] if col < len(r) and clean_text(r[col])]
    values = [v for v in values if not TOTAL_ROW.match(v.lower())][:20]

    def category(text: str) -> bool:
        codes, unknown = parse_beneficiaries(text)
        if codes and not unknown:
            return True
        try:
            return (
                is_known_partner(text) or parse_status(text) in STATUSES or bool(YEAR_2000S.fullmatch(text))
            )
        except ValueError:
            return False

    return bool(values) and sum(category(v) for v in values) * 2 > len(values)


#: A sum of money as written: five digits or more, in groups or not ("1500000", "1 500 000,00", "-200,000").
_A_SUM = re.compile(
    r"[-−]?(?:\d{5,}|\d{2,3}[ ,.\u00a0\u202f']\d{3}|\d{1,3}(?:[ ,.\u00a0\u202f']\d{3}){2,})(?:[.,]\d{1,2})?"
)


_ROW_NO = re.compile(r"\d{1,3}\.?")


def _a_numbered_row(upper: dict[int, FieldMatch], lower: list) -> bool:
    """Whether a row under a header's "№" column is a project's row: its number there ("1", "1."), and a sentence
    (six words or more) in another of its cells. A row numbering the columns ("1 | 2 | 3") holds no sentence.

    Examples
    --------
    >>> upper = _row_matches(["№", "Проект", "Донор"])
    >>> _a_numbered_row(upper, [1, "Противодействие торговле людьми: мобильные консультационные пункты", "ОБСЕ"])
    True
    >>> _a_numbered_row(upper, [1, 2, 3]), _a_numbered_row(upper, [None, "назва", "країна"])
    (False, False)
    """
    numbers = [c for c, m in upper.items() if m.field == "number" and c < len(lower)]
    if not numbers:
        return False
    value = lower[numbers[0]]
    number = (isinstance(value, (int, float)) and not isinstance(value, bool) and 0 < value < 1000) or (
        isinstance(value, str) and _ROW_NO.fullmatch(value.strip()) is not None
    )
    return number and any(isinstance(v, str) and len(v.split()) >= 6 for v in lower)


def _a_title_over_the_table(upper: list, lower: list) -> bool:
    """Whether a row above a header is the sheet's title, not a group of its columns: one sentence (five words or
    more) alone in its row, in or before the header's first column, over a header of three labels or more. A group
    label stands over some of the columns, after the first ("Budget by year (EUR thousands), as agreed" over the
    years).

    Examples
    --------
    >>> lower = ["№", "Сторона", "Проект", "Объём", "Отметка"]
    >>> _a_title_over_the_table(["Информация о проектах прочих партнёров, февраль 2021", None, None], lower)
    True
    >>> _a_title_over_the_table([None, None, "Budget by year (EUR thousands), as agreed"], lower)
    False
    >>> _a_title_over_the_table(["Period", None, "Budget"], lower)
    False
    """
    filled = [c for c, v in enumerate(upper) if clean_text(v)]
    labels = [c for c, v in enumerate(lower) if clean_text(v)]
    if len(filled) != 1 or len(labels) < 3 or not isinstance(upper[filled[0]], str):
        return False
    return filled[0] <= labels[0] and len((clean_text(upper[filled[0]]) or "").split()) >= 5


def _holds_a_sum(row: list) -> bool:
    """Whether a row holds a sum of money (a number of five digits or more, as a number or as text): no label
    of a header's lower row does ("2021", "Q1", "1 | 2 | 3", "EUR"), a project's row often does."""
    for v in row:
        if type(v) is str:
            if _A_SUM.fullmatch(v.strip()):
                return True
        elif isinstance(v, (int, float)) and not isinstance(v, bool) and abs(v) >= 10_000:
            return True
    return False


#: Three digits in a row: a number or a year, which a label of a money group's column does not hold.
_DIGIT_RUN = re.compile(r"\d{3}")


def _three_level_header(rows: list[list], header: Header, merged: list) -> Header:
    """The header read over three rows when the row under a two-row header labels its columns again
    ("Фінансування" / "загальна вартість | у т.ч. у 2021 році" / "сума | валюта | сума | валюта"; "Строк
    реалізації" / "" / "початок | закінчення"): the two upper rows, their groups spread over the columns they
    span, read as one upper row over the third. The header unchanged when the third row is not labels or the
    three rows read no better than two."""
    r = header.row + 1
    third = rows[r]
    if _labels_in(_row_matches(third)) < 2 or _holds_a_sum(third):
        return header
    middle = _fill_group_row(rows[header.row], third, _merged_spans(merged, header.row))
    top = _fill_group_row(rows[header.first_row], middle, _merged_spans(merged, header.first_row))
    width = max(len(top), len(middle), len(third))
    upper = []
    for c in range(width):
        parts = [clean_text(row[c]) for row in (top, middle) if c < len(row) and isinstance(row[c], str)]
        upper.append(" ".join(dict.fromkeys(t for t in parts if t)) or None)
    combined, labels = _pair_header([upper, third], 0, [], _row_matches(third))
    for c, m in header.columns.items():
        if c >= len(third) or not clean_text(third[c]):
            # no label of its own in the third row: the column as the two rows above read it ("Agreement period"
            # over "From | To" beside "Disbursement plan" over "2021 | 2022": the start and the end)
            combined[c], labels[c] = m, header.labels.get(c) or labels.get(c, "")
    combined = _money_word_as_title(_description_as_title(combined, labels), rows, header.first_row, r)
    score = _score(combined)
    if score <= header.score:
        return header
    return Header(r, header.first_row, combined, labels, score)


def _third_header_row(rows: list[list], header: Header, merged: list) -> Header:
    """The header with a third row under its years ("Financing, JPY" / "2021 | 2022" / "plan | fact | plan | fact"):
    each year's column keeps its year where its own label still reads as that year's money ("plan 2021",
    "committed 2021", "Q1 2021"), and is set aside where it does not ("fact 2021", "disbursed 2021"), as one header
    row "Plan 2021 | Fact 2021" is read. The header unchanged when the row is anything else: a units row, a
    project's row, labels under columns that are not years."""
    r = header.row + 1
    third = rows[r]
    filled = _labels_of_parts(third)
    if filled is None:
        return header
    middle = _fill_group_row(
        rows[header.row], third, _merged_spans(merged, header.row)
    )  # "2021" over "plan | fact"
    # "Financing, JPY" over the years
    top = _fill_group_row(rows[header.first_row], middle, _merged_spans(merged, header.first_row))
    columns, labels = dict(header.columns), dict(header.labels)
    kept: set[int] = set()
    set_aside = []
    for c, text in sorted(filled.items()):
        m = columns.get(c, FieldMatch(None))
        if (
            m.field is None and c < len(top) and isinstance(top[c], str)
        ):  # a year written once, blank beside it
            group = match_field(top[c])
            if group.field in ("amount", "yearly") or group.currency:
                m = FieldMatch("amount", group.currency, None, 0.5, group.scale)
                labels.setdefault(c, clean_text(top[c]) or "")
        above = middle[c] if c < len(middle) else None
        years = {int(y) for y in YEAR_2000S.findall(str(above))} if above is not None else set()
        year = m.year if m.field == "yearly" and m.year else years.pop() if len(years) == 1 else None
        if (
            m.field == "year_shares" and year is not None
        ):  # "Budget by year (GBP)" over a merged "2021": its money
            m = FieldMatch("yearly", m.currency, year, 1.0, m.scale)
        if (
            year is None
            or m.field not in ("yearly", "amount", "duplicate")
            or (m.field != "yearly" and not m.currency)
        ):
            return header  # labels under something other than a year's money: not this layout
        said = match_field(f"{text} {year}")
        base = labels.get(c) or ""
        if str(year) not in base:  # "Financing, JPY" over a merged "2021": "Financing, JPY / 2021 / fact"
            base = " / ".join(t for t in (base, str(year)) if t)
        label = f"{base} / {text}"
        labels[c] = label
        if said.field == "yearly" and said.year == year and (year, said.part) not in kept:
            kept.add((year, said.part))
            columns[c] = FieldMatch("yearly", m.currency, year, 1.0, m.scale, part=said.part)
        else:
            columns[c] = FieldMatch(None, m.currency)
            set_aside.append(label)
    if not kept:
        return header
    findings = list(header.findings)
    if set_aside:
        findings.append(
            (
                "info",
                min(filled),
                f"the header's third row names what each year's column holds: {', '.join(repr(t) for t in set_aside)} "
                "not counted, the year's other column is",
            )
        )
    return Header(r, header.first_row, columns, labels, header.score, findings)


def _labels_in(matches: dict[int, FieldMatch]) -> int:
    """How many cells of a row read as column labels: parts of a year without one ("Jan", "Q1") count when
    there are two or more of them."""
    parts = sum(1 for m in matches.values() if m.field == "year part")
    return len(matches) - parts + (parts if parts >= 2 else 0)


#: A description column of a budget's lines ("Budget line description", "Стаття видатків"), not of projects.
_BUDGET_LINES = re.compile(r"budget|line|item|cost|expens|стат|видат|витрат|расход|затрат", re.IGNORECASE)


#: The mark (``year``) of a title column found under a money word, until the header is chosen.
_MONEY_WORD_TITLES = -2
#: Fields beside the titles and the money that make a header a project table's ("Contribution | Partner organisation
#: | Agreement period | Agreed amount"), not a summary's two amounts.
_OTHER_FIELDS = frozenset(
    {"start_date", "end_date", "period", "implementer", "partner", "status", "beneficiaries"}
)


def _money_word_as_title(
    columns: dict[int, FieldMatch], rows: list[list], first: int, last: int
) -> dict[int, FieldMatch]:
    """A header (rows ``first`` to ``last``) with no title or code column but two amount columns, the first of them
    holding texts below it ("Contribution | … | Agreed amount, SEK"): that column holds the titles, under the partner's word for
    its projects (marked until the header is chosen; :func:`_titles_under_money`)."""
    fields = {m.field for m in columns.values()}
    if {"title", "project_id"} & fields or "amount" not in fields or not _OTHER_FIELDS & fields:
        return columns  # a list of two amounts alone, a summary's, is no project table of its own
    below = [row for row in rows[last + 1 : last + 1 + SAMPLE_SIZE] if any(clean_text(v) for v in row)]
    col = _titles_under_money(columns, below)
    if col is None or any(
        col < len(rows[k]) and any(ch.isdigit() for ch in str(clean_text(rows[k][col]) or ""))
        for k in range(first, last + 1)
    ):
        return columns  # "1 100 000,00 / GBP": a project's row above, not a header's word
    return {**columns, col: FieldMatch("title", None, _MONEY_WORD_TITLES, 0.5)}


def _description_as_title(columns: dict[int, FieldMatch], labels: dict[int, str]) -> dict[int, FieldMatch]:
    """A table with a description column ("Contribution / description") and no title or code column: the
    description column holds the titles (marked ``year=-1`` until the header is chosen)."""
    fields = {m.field for m in columns.values()}
    if "title" in fields or "project_id" in fields or "description" not in fields:
        return columns
    col = min(c for c, m in columns.items() if m.field == "description")
    if _BUDGET_LINES.search(labels.get(col, "")):
        return columns  # "Budget line description": a budget's lines, not projects
    return {**columns, col: FieldMatch("title", None, -1, columns[col].strength)}


#: An amount column of the donor's own contribution, preferred to the project's whole cost beside it.
#: The donor's own money in a label ("Внесок донора", "у т.ч. кошти донора", "Donor contribution"), not the project's cost.
CONTRIBUTION = _CONTRIBUTION = re.compile(
    r"donor'?s?\W+(?:contribution|funding|funds)|contribution\s+of\s+the\s+donor|funding\s+by\s+the\s+donor"
    r"|(?:внесок|внеску|вклад|фінансування|финансирование|кошти|коштів|средства|средств)\s+(?:донора|партнера|партнёра)",
    re.IGNORECASE,
)


#: An amount column of the figure as it stands now ("Current amount", "Revised budget"), preferred to the first.
CURRENT_AMOUNT = re.compile(
    r"revised|amended|(?:current|updated)\s+(?:amount|budget|total|value|sum|grant|allocation|commitment|contribution)"
    r"|уточнен|оновлен|скориг|скоррект|пересмотр|перегляну"
    r"|after amendments?|with amendments|с уч[её]том изменений|з урахуванням змін|зі змінами|с изменениями",
    re.IGNORECASE,
)
#: Words of money spent or of one year, which a preferred amount column must not name ("Donor funding disbursed").
_NOT_THE_BUDGET = re.compile(
    r"disburs|spent|expend|paid|факт|year|рік|году|год\b|освоєн|использ", re.IGNORECASE
)


#: A title column's label naming the project ("Project title", "Назва проєкту", "Action"), and one naming what holds
#: projects ("Programme", "Програма", "Fund", "Portfolio"): beside each other, the first holds the projects' titles.
_PROJECT_WORD = re.compile(r"project|prj\b|проє?кт|проект|\baction\b", re.IGNORECASE)
_HOLDER_WORD = re.compile(
    r"program|програм|программ|\bfund|фонд|portfolio|портфел|\bwindow\b|envelope", re.IGNORECASE
)


def _names_the_project(label: str | None) -> bool:
    """Whether a title column's label names the project and not a programme or fund holding it.

    Examples
    --------
    >>> [_names_the_project(t) for t in ("Project title", "Назва проєкту", "Programme", "Project / programme title")]
    [True, True, False, False]
    """
    return bool(_PROJECT_WORD.search(label or "")) and not _HOLDER_WORD.search(label or "")


#: A year a money label is for: "на 2021 р.", "у 2021 році", "for 2021", "in 2021", "за 2021 год".
_FOR_A_YEAR = re.compile(
    r"(?<![^\W\d_])(?:на|у|в|for|in|за)\s+(?P<year>20\d{2})(?!\d)(?:\s*(?:р\.|рік|році|г\.|год\w*|year))?\s*(?:[,;(]|$)",
    re.IGNORECASE,
)
#: A span of years in a money label ("Total 2021-2022", "Разом 2021–2022 рр."): the sum of those years.
_YEARS_SPANNED = re.compile(r"(?<![\d.\-/])(?:19|20)\d{2}\s*[-–—]\s*(?:19|20)?\d{2}(?![\d\-–—/.])")


def _outranks(m: FieldMatch, label: str, other: FieldMatch, other_label: str, donors: bool = True) -> bool:
    """Whether a column keeps a field over one found before it: the stronger match; for the amount, the donor's
    contribution over the project's cost ("Внесок донора" beside "Вартість проєкту"), then the current figure over
    the original ("Current amount" beside "Original amount")."""
    if m.field == "amount":
        mine, theirs = (names_ukraines_part(text) for text in (label, other_label))
        if (
            mine != theirs
        ):  # "Ukraine share, EUR" beside "Total budget, EUR": Ukraine's part is the sector's money
            return mine
        if _VERSION_SAID.sub(" ", label or "").strip() == _VERSION_SAID.sub(" ", other_label or "").strip():
            # "Total budget, USD - was" | "Total budget, USD - now": the figure now
            mine, theirs = (bool(NOW_SAID.search(text or "")) for text in (label, other_label))
            if mine != theirs:
                return mine
        for preferred in (_CONTRIBUTION, CURRENT_AMOUNT):
            mine, theirs = (
                bool(
                    preferred.search(text or "")
                    or (preferred is _CONTRIBUTION and donors and names_donor_money(text))
                )
                and not _NOT_THE_BUDGET.search(text or "")
                for text in (label, other_label)
            )
            if mine != theirs:
                return mine
        # "Total 2021-2022 | Total project budget (LOA)": the sum of the years shown is not the project's budget
        mine, theirs = (bool(_YEARS_SPANNED.search(text or "")) for text in (label, other_label))
        if mine != theirs:
            return theirs
        # "Вартість, грн | Еквівалент у валюті донора | Валюта донора": the donor's money, whatever the word for it
        mine, theirs = (bool(_DONOR_CURRENCY.search(text or "")) for text in (label, other_label))
        if mine != theirs:
            return mine
        # "Amount in original currency | Currency | Rate | Amount in USD", "Budget | UAH equivalent": the agreement's
        # own money, not its conversion at some rate
        for said, keeps in ((_EQUIVALENT, False), (_ORIGINAL_CURRENCY, True)):
            mine, theirs = (bool(said.search(text or "")) for text in (label, other_label))
            if mine != theirs:
                return mine if keeps else theirs
        decided = _partner_currency_first(m, label, other, other_label)
        if decided is not None:
            return decided
    if m.field == "title":  # "Programme | Project title", "Програма | Назва проєкту": the project's title
        mine, theirs = (_names_the_project(text) for text in (label, other_label))
        if mine != theirs:
            return mine
    if m.field in ("partner", "implementer"):  # "DONOR_ID | DONOR_NAME", "donor_cd | donor_nazva": the names
        mine, theirs = (
            bool(_CODE_LABEL.search((text or "").replace("_", " "))) for text in (label, other_label)
        )
        if mine != theirs:
            return theirs
    # "Status (March 2021) | Status (September 2021)": the latest status is the status
    if m.field == "status":
        mine, theirs = label_date(label), label_date(other_label)
        if mine is not None and theirs is not None and mine != theirs:
            return mine > theirs
        # "Status (March)" beside "REVISED status - 15 Sep", "Статус (уточнено)": the revised one
        mine, theirs = (bool(REVISED.search(text or "")) for text in (label, other_label))
        if mine != theirs:
            return mine
    # "Основное направление" beside "Направления работы (отметьте все подходящие)": the main one is the priority
    if m.field == "declared_priority":
        for said, keeps in ((_MAIN_ONE, True), (_ALL_THAT_APPLY, False)):
            mine, theirs = (bool(said.search(text or "")) for text in (label, other_label))
            if mine != theirs:
                return mine if keeps else theirs
    return m.strength > other.strength


#: A label naming the one main value of a field ("Main priority", "Основне спрямування", "Основной приоритет").
_MAIN_ONE = re.compile(r"\b(?:main|primary|principal|lead|основн\w*|головн\w*)\b", re.IGNORECASE)
#: A form's question allowing several answers ("Areas (tick all that apply)", "(отметьте все подходящие)").
_ALL_THAT_APPLY = re.compile(
    r"all that apply|all relevant|multiple|select all|tick all|все подходящ|все применим|усі, що|всі, що|всі відповідн"
    r"|усі відповідн|відмітьте всі|позначте всі|отметьте все",
    re.IGNORECASE,
)


#: A date inside a header's label: "30.09.2021", "2021-09-30", "09.2021", "March 2021", "станом на вересень 2021 р.".
_DATE_IN_LABEL = re.compile(
    r"\d{1,2}[./]\d{1,2}[./]20\d\d|20\d\d-\d\d-\d\d|(?<![\d.])\d{1,2}[./]20\d\d|[^\W\d_]{3,}\.?\s+20\d\d"
)


def label_date(label: str | None):
    """The date a status column's label names when it says nothing else ("Status / March 2021", "Статус станом на
    30.09.2021", "September 2021", "Status 2021"), or None: a label with other words ("Status confirmed by MIA
    (September 2021)", "Expected status (December 2021)") is another column, not the status at another date. A month
    names its first day, a year alone its first.

    Examples
    --------
    >>> label_date("Status / September 2021"), label_date("Статус станом на 30.09.2021")
    (datetime.date(2021, 9, 1), datetime.date(2021, 9, 30))
    >>> label_date("Status 2021"), label_date("Expected status (December 2021)"), label_date("Budget")
    (datetime.date(2021, 1, 1), None, None)
    """
    text = label or ""
    for found in [*_DATE_IN_LABEL.finditer(text), *re.finditer(r"(?<!\d)20[0-4]\d(?!\d)", text)]:
        rest = normalise_key(text[: found.start()] + " " + text[found.end() :]).split()
        if any(word not in _STATUS_LABEL_WORDS and not re.fullmatch(r"\d{1,2}", word) for word in rest):
            continue
        if (date := _date_or_none(found.group())) is not None:
            return date
    return None


#: The words a dated status column's label may hold besides its date ("Статус станом на …", "Status as of …").
_STATUS_LABEL_WORDS = frozenset(
    normalise_key(w)
    for w in "status статус стан состояние state as of at on станом на по состоянию від от dated г р року года".split()
)


#: A label naming a column of codes or numbers, not of names ("Donor code", "DONOR_ID", "donor_cd", "Код донора").
_CODE_LABEL = re.compile(r"(?<![^\W\d_])(?:code|cd|id|ref|код|no|nr|num|number)(?![^\W\d_])", re.IGNORECASE)


#: A column saying its amounts are a conversion ("Equivalent, USD", "Еквівалент у грн").
_EQUIVALENT = EQUIVALENT_SAID


def equivalent(label: str | None) -> bool:
    """Whether a column's header says its amounts are a conversion ("Еквівалент, грн", "UAH equivalent at NBU rate").

    Examples
    --------
    >>> equivalent("Еквівалент, грн"), equivalent("Budget, EUR")
    (True, False)
    """
    return bool(_EQUIVALENT.search(label or ""))


def _partner_currency_first(m: FieldMatch, label: str, other: FieldMatch, other_label: str) -> bool | None:
    """Between an amount in hryvnia and one in another currency ("Amount, UAH" | "Rate" | "Amount, EUR"), the
    other: partners commit in their own currency, the hryvnia figure is its conversion at some rate. A column
    saying it is an equivalent is the conversion, whatever its currency. None when this does not decide."""
    if not (m.currency and other.currency) or (m.currency == "UAH") == (other.currency == "UAH"):
        return None
    mine, theirs = bool(_EQUIVALENT.search(label or "")), bool(_EQUIVALENT.search(other_label or ""))
    if mine != theirs:
        return theirs
    return m.currency != "UAH"


#: An amount column in the donor's currency ("Еквівалент у валюті донора", "Amount in donor currency").
_DONOR_CURRENCY = re.compile(
    r"валют\w*\s+(?:донора|партнера|партнёра)|donor'?s?\s+currency|currency\s+of\s+the\s+donor", re.IGNORECASE
)
#: An amount column in the currency the agreement is in ("Amount in original currency", "Сума у валюті договору").
_ORIGINAL_CURRENCY = re.compile(
    r"original currency|currency of (?:the )?(?:agreement|contract|grant|project)|in (?:the )?(?:agreement|contract)"
    r" currency|валют\w* (?:договор|угод|контракт|гранту|проєкт|проект)|у валюті|в валюте|оригінальн\w* валют"
    r"|исходн\w* валют|первинн\w* валют",
    re.IGNORECASE,
)
#: A second end-date column giving the end as it now stands: "Revised end date", "Пересмотренная дата окончания".
_REVISED_END = re.compile(
    r"(?<![^\W\d_])(?:revised|extended|new|amended|updated|current|пересмотренн\w*|уточнен\w*|нов\w*"
    r"|продлен\w*|продовжен\w*|змінен\w*|переглянут\w*|актуальн\w*)(?![^\W\d_])",
    re.IGNORECASE,
)
#: Words of the end as it was, or as planned: "(до продления)", "original", "Плановая дата окончания".
_NOT_REVISED = re.compile(
    rf"до продл|до продовж|before|{ORIGINAL_WORD.pattern}|первонач|planned|plan\b|план|old|стар|contract",
    re.IGNORECASE,
)


def _resolve_duplicates(header: Header) -> Header:
    """Keep the strongest column when a field appears twice; the others become unrecognised."""
    seen: dict[str, int] = {}
    cols = dict(header.columns)
    # "2020-2021 | 2021-2022": a partner's fiscal years, not one span's money (said as unknown columns)
    spans = [
        c
        for c, m in cols.items()
        if m.field == "amount" and _is_year_span((header.labels.get(c) or "").rsplit(" / ", 1)[-1])
    ]  # "2022–2023", or under a group: "Распределение по годам, тыс. CHF / 2022–2023"
    findings = list(header.findings)
    if len(spans) >= 2:
        for c in spans:
            cols[c] = FieldMatch(None, cols[c].currency)
    elif (
        spans
        and any(m.field == "yearly" for m in cols.values())
        and any(m.field == "amount" and c not in spans for c, m in cols.items())
    ):  # "2020 | 2021 | 2022–2023" beside "Бюджет всего": the later years' money together, in the total
        cols[spans[0]] = FieldMatch("ignore", cols[spans[0]].currency)
        findings.append(
            (
                "info",
                spans[0],
                f"{_column_name(spans[0], header.labels)} gives the money of several years together, beside the "
                "total and the years' own columns: part of the total, not read as any one year's",
            )
        )
    # "Japan, USD | EU, EUR | Total": co-funders' money, each a donor's; the total is the project's (said as before)
    donors = [
        c for c, m in cols.items() if m.field == "amount" and names_donor_money(header.labels.get(c) or "")
    ]
    if len(donors) >= 2 and any(m.field == "amount" and c not in donors for c, m in cols.items()):
        for c in donors:
            cols[c] = FieldMatch(None, cols[c].currency)
    has_partner = any(m.field == "partner" for m in cols.values())
    _partner_beside_the_payer(header, cols, findings)
    for col in sorted(cols):
        m = cols[col]
        if m.field not in SINGLE_FIELDS:
            continue
        if m.field in seen:
            other = seen[m.field]
            label = header.labels.get(col, "") or ""
            if m.field == "end_date" and _REVISED_END.search(label) and not _NOT_REVISED.search(label):
                cols[col] = FieldMatch("revised_end")  # "Revised end date": the end where it is filled
                continue
            # a donor's money column ("США, USD") is the amount before a total only in a table naming no partner on its
            # rows: beside a partner column it is one co-funder's column of a register; a donor's part ("of which EU
            # contribution") is, and projects.py undoes it where the rows are another donor's
            if _outranks(
                m,
                header.labels.get(col, ""),
                cols[other],
                header.labels.get(other, ""),
                donors=not has_partner
                or bool(OF_WHICH_FIRST.match(clean_text(header.labels.get(col, "") or "") or "")),
            ):
                cols[other] = FieldMatch("duplicate", cols[other].currency)
                seen[m.field] = col
            else:
                cols[col] = FieldMatch("duplicate", m.currency)
        else:
            seen[m.field] = col
    # "Total" names the amount only when no better amount column exists
    return Header(header.row, header.first_row, cols, header.labels, header.score, findings)


#: A partner column's bare word ("Партнер", "Partner"): the organisation a project is with, not always who pays.
_BARE_PARTNER = frozenset({"partner", "партнер", "партнёр", "partners", "партнери", "партнеры", "партнёры"})
#: Words of the column that names who pays: "Funding source", "Джерело фінансування", "Источник финансирования".
_PAYS = re.compile(
    r"source|funded|financed|funder|donor|джерел|источник|донор|фінансує|финансирует", re.IGNORECASE
)


def _partner_beside_the_payer(header: Header, cols: dict, findings: list) -> None:
    """A bare "Партнер" column beside one naming who pays ("Источник финансирования", "Funding source"): the latter is
    the partner (a UN or OSCE office's own list, its donors' contributions in the second column), the former the
    implementer. Only where no column names the implementer; said."""
    partners = [c for c, m in sorted(cols.items()) if m.field == "partner"]
    if len(partners) != 2 or any(m.field == "implementer" for m in cols.values()):
        return
    bare = [c for c in partners if normalise_key(header.labels.get(c) or "") in _BARE_PARTNER]
    payer = [c for c in partners if c not in bare and _PAYS.search(header.labels.get(c) or "")]
    if len(bare) != 1 or len(payer) != 1:
        return
    cols[bare[0]] = FieldMatch("implementer", None, None, cols[bare[0]].strength)
    cols[payer[0]] = FieldMatch("partner", None, None, 1.0)
    findings.append(
        (
            "info",
            bare[0],
            f"{_column_name(bare[0], header.labels)} beside {_column_name(payer[0], header.labels)}: the partner "
            "(who pays) is read from the second, the first as the implementer",
        )
    )


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
            # a two-row header's own cell, or its first line (a page repeats both); or a label in two languages
            lines = label.split(" / ")
            if normalise_key(value) in (
                normalise_key(lines[-1]),
                normalise_key(label),
                normalise_key(lines[0]),
            ):
                hits += 1
    return hits >= max(2, len(header.columns) // 2)


def _same_fields(upper: dict[int, FieldMatch], lower: dict[int, FieldMatch], least: int = 2) -> bool:
    """Whether two header rows name the same fields (and years) in the same columns, in half of them at least (and
    in ``least`` columns)."""
    known = {c: m for c, m in upper.items() if m.field not in (None, "ignore", "duplicate")}
    hits = sum(
        1 for c, m in known.items() if c in lower and (lower[c].field, lower[c].year) == (m.field, m.year)
    )
    return hits >= max(least, len(known) // 2)


def header_translated(row: list, header: Header) -> bool:
    """True when a row names the header's fields in the header's columns in other words: the header again in
    another language, on the row under it ("Назва проєкту | … | Разом" over "Project title | … | Total").

    Examples
    --------
    >>> h = find_header([["Назва проєкту", "Бенефіціар", "2021", "Разом", "Статус"]])
    >>> header_translated(["Project title", "Beneficiary", "2021", "Total", "Status"], h)
    True
    >>> header_translated(["Radios for patrol police", "NPU", 300, 300, "ongoing"], h)
    False
    """
    if any(
        isinstance(v, (int, float))
        and not isinstance(v, bool)
        and not (isinstance(v, int) and 2000 <= v <= 2049)
        for v in row
    ):
        return False  # a row of figures is data, whatever its words say
    return _same_fields(header.columns, _row_matches(row), least=3)


# ---------------------------------------------------------------------------
# column roles from content (messytables' type_guess, frictionless' Detector: a sample, a confidence)

#: Share of a column's sample that must agree before its content names the column's role.
CONTENT_CONFIDENCE = 0.8
#: Non-empty cells of a column read to guess its role.
SAMPLE_SIZE = 50

#: What each kind of cell is called in a message, and the field it makes a column.
_KINDS = {
    "agency": ("agency names", "beneficiaries"),
    "currency": ("currency codes", "currency"),
    "money": ("amounts", "amount"),
    "number": ("numbers", None),
    "date": ("dates", "date"),
    "period": ("periods", "period"),
    "duration": ("durations", "duration"),
    "partner": ("partner or country names", "partner"),
    "status": ("status words", "status"),
    "long text": ("long texts", "description"),
    "text": ("short texts", "title"),
    "code": ("codes", "project_id"),
    "year": ("years", None),
    "serial": ("row numbers", "number"),
    "word": ("single words", None),
}
#: Header fields and the kinds of content that agree with them.
_AGREES = {
    "beneficiaries": {"agency"},
    "currency": {"currency"},
    "amount": {"money", "number", "serial"},
    "yearly": {"money", "number", "serial"},
    "start_date": {"date", "year", "period"},
    "end_date": {"date", "year", "period"},
    "period": {"date", "year", "period", "duration"},
    "duration": {"duration", "serial", "number"},
    "partner": {"partner", "text", "word", "code"},
    "implementer": {"partner", "text", "word", "code", "long text"},
    "status": {"status", "word", "text"},
    "title": {"text", "long text", "word", "code"},
    "description": {"text", "long text", "word"},
    "project_id": {"code", "serial", "number", "word", "text"},
    "declared_priority": {"text", "long text", "word", "code"},
    "amount_year": {"year", "date"},  # "2021" as text reads as a date too
    "year_shares": {"text", "long text", "word", "period", "date", "money", "number"},
    "in_sector": {"word", "text", "code", "status", "number"},
}
_CODE = re.compile(r"[\w]{1,12}(?:[-/._:][\w]{1,12}){0,5}")
_STATUSES = {"ongoing", "approved", "planned", "completed", "cancelled", "suspended"}


@dataclass(frozen=True)
class ContentGuess:
    """What a column's cells are, by their content: the kind most of the sample shares."""

    kind: str | None
    agree: int
    sample: int
    examples: tuple[str, ...] = ()

    @property
    def confidence(self) -> float:
        return self.agree / self.sample if self.sample else 0.0

    @property
    def field(self) -> str | None:
        return _KINDS[self.kind][1] if self.kind and self.confidence >= CONTENT_CONFIDENCE else None

    def evidence(self) -> str:
        shown = ", ".join(self.examples[:3])
        return f"{self.agree} of {self.sample} values are {_KINDS[self.kind][0]}" + (
            f" ({shown})" if shown else ""
        )


#: No date, period or duration is written in more words than this: the longest forms ("з 1-го березня
#: 2021 р. по 31 грудня 2022 року", "01.04.2021, на 24 місяці", "from March 2021 until further notice")
#: have at most about fifteen. Longer texts (descriptions) are not parsed for dates: parsing a long text
#: that way costs milliseconds per cell and never succeeds.
_MAX_DATE_WORDS = 24


@lru_cache(maxsize=65536)
#: The kind of each text seen, remembered: a column's statuses, partners, agencies and currencies repeat down the
#: sheet and from file to file, and each is read by a dozen parsers (the reference tables they read are the
#: package's, fixed for the process, as the parsers' own caches already take them).
@lru_cache(maxsize=1 << 15)
def _text_kind(text: str) -> str:
    from mtd_analysis.ingest.partners import is_known_partner
    from mtd_analysis.ingest.values import (
        ValueProblem,
        is_open_ended,
        parse_amount,
        parse_beneficiaries,
        parse_currency,
        parse_duration,
        parse_period,
        parse_status,
        reads_as_date,
    )

    words = text.split()
    digit = _DIGIT.search(text)
    if _MONTH_SHORT_YEAR.fullmatch(text):
        return "code"  # "03/19": a reference as often as a month; read as a month only in a date column
    if (len(text) <= 12 or (len(text) <= 24 and UNIT_WORD.search(text))) and not digit:  # "млн. канад. дол."
        try:
            if parse_currency(text):
                return "currency"
        except ValueProblem:
            pass
    if len(words) <= 12 and only_agencies(text, parse_beneficiaries):
        return "agency"
    if len(words) <= 8 and is_known_partner(text, codes=False):  # "AFG", "POL": country codes, not names
        return "partner"
    if "=" in text:  # "green = ongoing": a legend's line, which names a status for something else
        return "text"
    if len(words) <= 3 and len(text) <= 30 and parse_status(text) in _STATUSES:
        return "status"
    # a short phrase starting with a status ("отменён по решению донора", "проектное предложение, на рассмотрении"),
    # not a title naming one further on ("Anti-trafficking action / Implemented by: IOM") nor a dated remark
    if (
        len(words) <= 6
        and len(text) <= 60
        and not digit
        and parse_status(" ".join(words[:2])) in _STATUSES
        and parse_status(text) in _STATUSES
    ):
        return "status"
    if is_open_ended(text):
        return "date"
    if digit and len(words) <= _MAX_DATE_WORDS:
        if parse_duration(text):
            return "duration"
        if reads_as_date(text):
            return "date"
        try:
            parse_period(text)
            return "period"
        except ValueProblem:
            pass
        if len(words) == 1 and _LETTERS_THEN_DIGITS.fullmatch(text) and not currency_in_text(text):
            return "code"  # "K1", "M3": a component's or a lot's code more often than a thousand or a million
        if len(words) <= 4 and money_only(text):
            try:
                if parse_amount(text) is not None:
                    return "number" if _PLAIN.fullmatch(text) else "money"
            except ValueProblem:
                pass
        if len(words) == 1 and _CODE.fullmatch(text):
            return "code"
    if len(words) >= 12 or len(text) >= 100:
        return "long text"
    return "text" if len(words) >= 2 else "word"


_PLAIN = re.compile(r"[\d\s.,'’]+")
#: A letter or two, then a number ("K1", "M3", "LT2"); a multiplier's letter follows its number ("45k").
_LETTERS_THEN_DIGITS = re.compile(r"[^\W\d_]{1,2}\d{1,3}")
_DIGIT = re.compile(r"\d")
_PLACE = re.compile(
    r"област|oblast|region|район|district|міськ|city|київ|kyiv|киев|управлін|department", re.I
)


def only_agencies(text: str, parse_beneficiaries) -> bool:
    """A cell naming agencies and nothing else ("НПУ; ДПСУ", "ГУНП в Харківській області"), not a title
    that starts with one ("Police training")."""
    from mtd_analysis.ingest.values import _AGENCY_SPLIT, _agency_aliases

    codes, unknown = parse_beneficiaries(text)
    if not codes or unknown:
        return False
    aliases = _agency_aliases()
    for part in _AGENCY_SPLIT.split(text):
        part = part.strip(" .()")
        key = normalise_key(part)
        if (
            part
            and key not in aliases
            and not (_PLACE.search(part) or key.endswith(("україни", "украины", "ukraine")))
        ):
            return False
    return True


def _cell_kind(value) -> str | None:
    import datetime as dt

    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return "date"
    if isinstance(value, (int, float)):
        if value != value:  # NaN
            return None
        if float(value).is_integer() and 2000 <= value <= 2049:
            return "year"
        return "number" if value >= 0 else None
    text = clean_text(value)
    return _text_kind(text) if text else None


def content_role(values) -> ContentGuess:
    """The kind of a column's cells, with how many of the sample agree.

    Examples
    --------
    >>> g = content_role(["НПУ", "ДПСУ", "National Police; SBGS", "МВС", "ДМС України"])
    >>> g.field, g.evidence()
    ('beneficiaries', '5 of 5 values are agency names (НПУ, ДПСУ, National Police; SBGS)')
    >>> content_role(["EUR", "USD", "грн"]).field, content_role(["€1,2 млн", "EUR 300 000", "$45k"]).field
    ('currency', 'amount')
    >>> content_role([1200.5, "45 000", 45000]).kind  # plain numbers: money only if the header says so
    'number'
    >>> content_role(["Уряд Японії", "Посольство Швеції", "EU"]).field
    'partner'
    >>> content_role([1, 2, 3, 4]).field, content_role(["Radios", 5, "x"]).field is None
    ('number', True)
    >>> content_role(["2020–2022", "02.2021–01.2022", "2021"]).evidence()
    '3 of 3 values are periods (2020–2022, 02.2021–01.2022)'
    """
    return _sample_role([v for v in values if clean_text(v) is not None][:SAMPLE_SIZE])


_A_YEAR_ALONE = re.compile(r"20[0-4]\d(?:\s*(?:р|г|рік|год)\.?)?")


def _sample_role(sample: list, kinds: list | None = None) -> ContentGuess:
    """:func:`content_role` of the sample (the first non-empty cells), given the kinds of its first cells."""
    if not sample:
        return ContentGuess(None, 0, 0)
    kinds = (kinds or []) + [_cell_kind(v) for v in sample[len(kinds or []) :]]
    if all(k in ("number", "year") for k in kinds) and _is_serial(sample):
        return ContentGuess("serial", len(sample), len(sample))
    counts: dict[str, int] = {}
    for k in kinds:
        if k:
            counts[k] = counts.get(k, 0) + 1
    if not counts:
        return ContentGuess(None, 0, len(sample))
    best = max(counts, key=lambda k: (counts[k], k))
    agree = counts[best]
    if best in ("text", "long text") and "long text" in counts and "text" in counts:
        if counts["long text"] * 2 >= len(sample):
            best, agree = "long text", counts["text"] + counts["long text"]
        else:
            best, agree = "text", counts["text"] + counts["long text"]
    if best == "period":  # "2021" among "2020–2022" and "02.2021–01.2022": a year alone is a period too
        agree += sum(
            1
            for v, k in zip(sample, kinds, strict=True)
            if k == "year" or (k == "date" and _A_YEAR_ALONE.fullmatch(str(v).strip()))
        )
    examples = tuple(dict.fromkeys(clean_text(v) for v, k in zip(sample, kinds, strict=True) if k == best))
    return ContentGuess(
        best, agree, len(sample), tuple(e if len(e) <= 40 else e[:37] + "…" for e in examples)
    )


def _is_serial(values) -> bool:
    numbers = [float(v) if isinstance(v, (int, float)) else None for v in values]
    if any(n is None or not n.is_integer() for n in numbers) or len(numbers) < 2:
        return False
    return all(b - a == 1 for a, b in zip(numbers, numbers[1:], strict=False)) and numbers[0] <= 10


def column_letter(index: int) -> str:
    """Excel's column letters for a 0-based column index (openpyxl's ``get_column_letter``).

    Examples
    --------
    >>> column_letter(0), column_letter(25), column_letter(27), column_letter(16383)
    ('A', 'Z', 'AB', 'XFD')

    Written here rather than imported: importing openpyxl costs a reading worker a tenth of a second,
    and nothing else it reads needs openpyxl.
    """
    number, letters = index + 1, ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _column_name(col: int, labels: dict[int, str]) -> str:
    label = labels.get(col, "")
    return f"column {column_letter(col)}" + (f" '{label}'" if label else "")


def _header_labels(rows: list[list], header: Header, width: int) -> dict[int, str]:
    """Every column's header text as written (both rows of a two-row header)."""
    out = {}
    for col in range(width):
        texts = [
            clean_text(rows[r][col]) if col < len(rows[r]) else None
            for r in range(header.first_row, header.row + 1)
        ]
        label = " / ".join(dict.fromkeys(t for t in texts if t))
        if label:
            out[col] = label
    return out


def _data_rows(rows: list[list], header: Header) -> list[list]:
    out = []
    for row in rows[header.row + 1 :]:
        if any(clean_text(v) for v in row):
            out.append(row)
            if len(out) >= SAMPLE_SIZE:
                break
    return out


#: A label counting things, not money ("Number of participants", "Кількість осіб", "Кол-во", "Qty").
_A_COUNT = re.compile(
    r"\bnumber\b|\bcount\b|\bqty\b|quantit|\bno\.|#|кільк|колич|кол-во|чисельн|численн|осіб|человек|persons|people"
    r"|participants|учасник|участник|\bшт\b|units|months|місяц|месяц|days|днів|дней|%",
    re.IGNORECASE,
)


def money_like(values: list) -> bool:
    """Numbers that look like amounts of money: most of a thousand or more, none the size of a phone number.

    Examples
    --------
    >>> money_like([1_095_000, "450 000", 365_000]), money_like([1, 2, 5, 7]), money_like([380441234567, 5e11])
    (True, False, False)
    >>> money_like(["900,000", "45,500", "120,000"]), money_like(["12,5", "7,25", "3,0"])
    (True, False)
    """
    numbers = []
    for value in values:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            numbers.append(float(value))
        elif isinstance(value, str) and re.fullmatch(r"\d[\d\s\u00a0.,']*", value.strip()):
            digits = re.sub(r"[\s\u00a0']", "", value.strip())
            # one comma before three digits and no point ("900,000"): thousands, as amounts are written
            thousands = digits.count(",") != 1 or re.fullmatch(r"\d{1,3},\d{3}", digits) is not None
            try:
                numbers.append(
                    float(digits.replace(",", "")) if thousands else float(digits.replace(",", "."))
                )
            except ValueError:
                continue
    if not numbers:
        return False
    numbers.sort()
    return numbers[len(numbers) // 2] >= 1000 and numbers[-1] < 1e10


#: A label naming a payment or a plan's month ("Planned disbursement", "Tranche", "Місяць"): a column of dates under
#: it gives each row's payment date, not the project's start.
_PAYMENT_LABEL = re.compile(
    r"disburs|payment|tranche|instal+ment|month|транш|виплат|выплат|платеж|платіж|місяц|месяц", re.IGNORECASE
)


def _amount_by_content(
    col: int, guess: ContentGuess, columns: dict, taken: set, findings: list, why: str
) -> None:
    """A column of figures taken for the table's amount by its content alone: read, at half its content's
    confidence, and said as a warning (``why``, then the evidence)."""
    columns[col] = FieldMatch("amount", None, None, 0.5 * guess.confidence)
    taken.add("amount")
    findings.append(("warning", col, f"{why}: {guess.evidence()}"))


def infer_roles(rows: list[list], header: Header) -> Header:
    """Read each column's role from its content as well as its header; record every inference and conflict.

    A column whose header is unknown takes the role its content proves (when the table lacks that role);
    a column whose header and content disagree keeps its header's role, with a warning. Each decision is
    in ``Header.findings`` as ``(severity, column, message)``. Does not modify ``header``.

    Examples
    --------
    >>> rows = [["Title", "Agency", "Budget, EUR"],
    ...         ["Radios", "НПУ", 1000], ["Boats", "ДПСУ", 2000], ["Cars", "National Police", 500]]
    >>> h = infer_roles(rows, find_header(rows))
    >>> h.fields()["beneficiaries"], h.findings[0][2]
    (1, "column B 'Agency' read as beneficiaries: 3 of 3 values are agency names (НПУ, ДПСУ, National Police)")
    """
    data = _data_rows(rows, header)
    width = max((len(r) for r in data), default=0)
    labels = _header_labels(rows, header, width)
    columns = dict(header.columns)
    findings: list[tuple[str, int, str]] = []
    _rates_not_money(rows, header, data, columns, findings, labels)
    _titles_under_an_amount_label(data, columns, findings, labels)
    _codes_under_a_title_label(data, columns, findings, labels)
    _shares_under_a_share_label(data, columns, findings, labels)
    _months_under_a_period_label(data, columns, findings, labels)
    guesses = {
        c: _guess_for(columns.get(c), [r[c] if c < len(r) else None for r in data]) for c in range(width)
    }
    for col, guess in sorted(guesses.items()):  # headers the content contradicts
        m = columns.get(col)
        if m is not None and m.field in _AGREES and guess is not None:
            _check_header(col, m, guess, labels, columns, findings)
    _figures_under_a_partner_label(data, columns, findings, labels)
    _partners_under_an_amount_label(data, columns, findings, labels)
    _cofunders_named(data, columns, findings, labels)
    _converted_amount(data, columns, findings, labels)
    _period_split_in_two(data, columns, findings, labels)
    taken = {m.field for m in columns.values() if m.field in PROJECT_FIELDS}
    guessed_periods: list[int] = []  # a column read as the whole period by its content alone
    period_finding: tuple = ()
    # money under a group, a column per donor ("Donor allocation 2021 (EUR)" over "EU | EUAM | Germany"): each
    # donor's part, read by the table's donor columns (projects._donor_columns), not the amount
    donors = {
        c
        for c, label in labels.items()
        if columns.get(c) is None and listed_donor(label.rsplit(" / ", 1)[-1])
    }
    if not any(" / " in labels[c] for c in donors):
        donors = set()  # donors' names with no group over them: read as the content says
    for col, guess in sorted(guesses.items()):  # unknown headers (or repeated ones) the content names
        m = columns.get(col)
        if m is not None and m.field not in (None, "duplicate"):
            continue
        if len(donors) >= 2 and col in donors:
            continue
        role = guess.field
        # the currency and unit the header names ("Total estimated cost, USD"), kept when its cells are money
        currency, scale = (m.currency, m.scale) if m is not None else (None, 1.0)
        left = columns.get(col - 1)
        if (
            role == "date"
            and left is not None
            and left.field == "period"
            and col not in labels
            and not taken & {"start_date", "end_date"}
            and _in_order(
                [r[col - 1] if col - 1 < len(r) else None for r in data],
                [r[col] if col < len(r) else None for r in data],
            )
            and (
                guesses.get(col - 1) or content_role([r[col - 1] if col - 1 < len(r) else None for r in data])
            ).kind
            == "date"
        ):
            # "Implementation period" over two columns of dates, the second left unnamed (no merge): start and end
            columns[col - 1] = FieldMatch("start_date", None, None, left.strength)
            columns[col] = FieldMatch("end_date", None, None, left.strength)
            taken |= {"start_date", "end_date"}
            findings.append(
                (
                    "info",
                    col,
                    f"{_column_name(col - 1, labels)} and the unnamed column {column_letter(col)} beside it hold "
                    "dates: read as the start and the end of the period",
                )
            )
            continue
        from_dates = role == "date"
        if (
            from_dates
            and col in labels
            and _PAYMENT_LABEL.search(labels[col])
            and "amount" in taken
            and not taken & {"start_date", "end_date", "period", "payment_date"}
            and not any(
                m.field == "amount" and _CUMULATIVE.search(labels.get(c, "")) for c, m in columns.items()
            )  # "Disbursed (cumulative)": a running sum, no payments
        ):  # "Planned disbursement": each row a payment of its project, on that date (see _payment_columns)
            role = "payment_date"
            from_dates = False
        if from_dates:
            role = _date_role(taken, [r[col] if col < len(r) else None for r in data])
            if _start_and_end(col, role, guessed_periods, data, columns, taken):
                findings.remove(period_finding)  # said again below, as the start
                findings.append(
                    (
                        "warning",  # two years may be other dates ("Approved in | Reported", "Phase I | Phase II")
                        col,
                        f"{_column_name(guessed_periods[0], labels)} and {_column_name(col, labels)} hold years or "
                        "dates, the second never before the first: read as the start and the end (check that they "
                        "are)",
                    )
                )
                guessed_periods.clear()
                continue
            if "period" in taken and not guessed_periods and col in labels:
                # the period's column, named by its header, dates the projects: another column of dates under a
                # label of its own ("Дата оновлення", "Approved on") is no start of theirs
                continue
        if guess.kind == "number" and guess.confidence >= CONTENT_CONFIDENCE and col in labels:
            said = match_field(
                labels[col]
            )  # numbers are money when their header names a currency or an amount
            # (not one of several spans of years: "2020-2021 | 2021-2022" are fiscal years, see _resolve_duplicates)
            money = (said.currency or said.field in ("amount", "yearly")) and not _is_year_span(labels[col])
            role = "amount" if money else None
            currency, scale = said.currency or currency, said.scale if said.scale != 1.0 else scale
            values = [r[col] if col < len(r) else None for r in data]
            if (
                not money
                and said.field is None
                and "amount" not in taken
                and not any(m.field == "yearly" for m in columns.values())
                and (
                    "currency" in taken
                    or any(g is not None and g.field == "currency" for g in guesses.values())
                )
                and not _A_COUNT.search(labels[col])
                and money_like(values)
            ):
                # "Envelope" beside a column of currencies, in a table with no other amount: its figures are the
                # money the currencies are of (said, as a guess)
                _amount_by_content(
                    col,
                    guess,
                    columns,
                    taken,
                    findings,
                    f"{_column_name(col, labels)} is not a money label this tool knows, but its figures look like "
                    "money beside a column of currencies, and the table has no other amount: read as the amount "
                    "(check)",
                )
                continue
        elif guess.kind == "number" and guess.confidence >= CONTENT_CONFIDENCE and col not in labels:
            # a column of numbers the partner left without a header, in a table with no amount: its money, when
            # its numbers look like money (not row numbers, counts of people, months or telephone numbers)
            values = [r[col] if col < len(r) else None for r in data]
            if (
                "amount" not in taken
                and not any(m.field == "yearly" for m in columns.values())
                and money_like(values)
            ):
                _amount_by_content(
                    col,
                    guess,
                    columns,
                    taken,
                    findings,
                    f"{_column_name(col, labels)} has no header; its numbers are read as the amount (the table has "
                    "no other)",
                )
            continue
        if role in (None, "number") or role in taken or (role == "title" and col not in labels):
            continue
        money = role == "amount"
        columns[col] = FieldMatch(
            role, currency if money else None, None, 0.5 * guess.confidence, scale if money else 1.0
        )
        taken.add(role)
        findings.append(("info", col, f"{_column_name(col, labels)} read as {role}: {guess.evidence()}"))
        if role == "period" and from_dates:
            guessed_periods.append(col)
            period_finding = findings[-1]
    _titles_before_short_texts(columns, findings, labels)
    new_labels = {
        **header.labels,
        **{c: labels[c] for c in columns if c not in header.labels and c in labels},
    }
    return replace(header, columns=columns, labels=new_labels, findings=header.findings + findings)


def _rates_not_money(
    rows: list[list], header: Header, data: list, columns: dict, findings: list, labels: dict
) -> None:
    """A column headed by a currency alone ("USD") whose figures are all below 100 holds rates or shares, not money
    ("Сума, грн | USD" with 27.5 in it): not an amount (said), unless the title rows say the money is in thousands
    or millions."""
    if _has_unit(" ".join(str(v) for r in rows[: header.first_row] for v in r if isinstance(v, str))):
        return
    for col, m in list(columns.items()):
        label = labels.get(col) or ""
        if m.field != "amount" or not _currency_alone(label):
            continue
        numbers = [
            v
            for r in data
            if col < len(r) and isinstance(v := r[col], (int, float)) and not isinstance(v, bool)
        ]
        if numbers and max(abs(v) for v in numbers) < 100:
            columns[col] = FieldMatch(None, m.currency)
            shown = ", ".join(f"{v:g}" for v in numbers[:3])
            findings.append(
                (
                    "info",
                    col,
                    f"{_column_name(col, labels)} holds figures below 100 ({shown}): read as a rate or a "
                    "share, not money",
                )
            )


def _codes_under_a_title_label(data: list, columns: dict, findings: list, labels: dict) -> None:
    """Two columns headed as the title ("Project | Title"), the one read holding codes or numbers ("00112233") and
    the one set aside holding text: the text is the title, the codes the project's code (said)."""
    title = next((c for c, m in columns.items() if m.field == "title"), None)
    titled = [
        c
        for c, m in sorted(columns.items())
        if m.field == "duplicate" and match_field(labels.get(c) or "").field == "title"
    ]
    if title is None or not titled:
        return
    # the table's rows: not its notes, totals or repeated header (a line of a cell or two, its own labels)
    rows = [
        r
        for r in data
        if sum(1 for v in r if clean_text(v)) >= 3
        and clean_text(r[title] if title < len(r) else None) != labels.get(title)
    ]

    def values(col: int) -> list:
        return [r[col] if col < len(r) else None for r in rows]

    cells = [v for v in values(title) if clean_text(v)]
    kinds = [_cell_kind(v) for v in cells[:SAMPLE_SIZE]]
    # codes, numbers or both ("FI-UA-2021-01", "1234"): identifiers, not titles
    if not kinds or sum(k in ("code", "number", "serial") for k in kinds) < CONTENT_CONFIDENCE * len(kinds):
        return
    guess = content_role(values(title))
    for col in titled:
        m = columns[col]
        texts = [t for v in values(col) if (t := clean_text(v))]
        # words, not codes: most cells hold a space and a letter ("Emergency response capacity of the SES")
        if not texts or sum(1 for t in texts if " " in t and any(c.isalpha() for c in t)) * 2 <= len(texts):
            continue
        has_code = any(other.field == "project_id" for other in columns.values())
        columns[col] = FieldMatch("title", None, None, m.strength)
        numbers = [int(float(v)) for v in cells if isinstance(v, (int, float)) or str(v).strip().isdigit()]
        counting = len(numbers) == len(cells) and numbers == list(
            range(numbers[0], numbers[0] + len(numbers))
        )
        columns[title] = FieldMatch("number" if counting else None if has_code else "project_id")
        what = (
            "the rows' numbers"
            if counting
            else "set aside (the table has a code column)"
            if has_code
            else "the project's code"
        )
        findings.append(
            (
                "info",
                title,
                f"{_column_name(title, labels)} and {_column_name(col, labels)} are both headed as the title: the "
                f"first holds {guess.kind}s ({guess.evidence()}), the second words, so {_column_name(col, labels)} is "
                f"the title and {_column_name(title, labels)} {what}",
            )
        )
        return


#: A sum with its currency and nothing else: "USD 720,000", "€450 000", "850 000 EUR".
_MONEY_WITH_CURRENCY = re.compile(
    r"\s*(?:[A-Z]{3}|[€$£])\s?\d[\d\s\u00a0.,']*|\s*\d[\d\s\u00a0.,']*\s?(?:[A-Z]{3}|[€$£])\s*"
)


def _shares_under_a_share_label(data: list, columns: dict, findings: list, labels: dict) -> None:
    """A column read as the amount under a label of Ukraine's share with no currency ("Share for Ukraine") that
    holds fractions or percentages (1, 0.4; "40%"), beside a money column set aside as a repeat ("Total budget,
    USD (whole programme)"): the share, applied to that money (said)."""
    for col, m in sorted(columns.items()):
        label = labels.get(col) or ""
        if m.field != "amount" or m.currency or not (UKRAINE.search(label) and _SHARE.search(label)):
            continue
        cells = [v for r in data if col < len(r) and clean_text(v := r[col])]
        numbers = [v for v in cells if isinstance(v, (int, float)) and not isinstance(v, bool)]
        percents = [
            v for v in cells if isinstance(v, str) and re.fullmatch(r"\s*\d{1,3}(?:[.,]\d+)?\s*%\s*", v)
        ]
        fractions = bool(numbers) and all(0 < v <= 1 for v in numbers)
        # "USD 720,000" among the shares: Ukraine's part given as money on some rows (read as such, row by row)
        money = [
            v for v in cells if isinstance(v, str) and v not in percents and _MONEY_WITH_CURRENCY.fullmatch(v)
        ]
        shares = len(numbers) + len(percents)
        if shares + len(money) < max(2, len(cells) * 0.8) or shares < 2 or not (fractions or percents):
            continue
        if not any(other.field == "duplicate" and other.currency for other in columns.values()):
            continue  # no money beside it to take the share of
        columns[col] = FieldMatch("ukraine_share", None, None, m.strength)
        _repeat_takes_over(columns, labels, "amount", strength=m.strength)
        findings.append(
            (
                "info",
                col,
                f"{_column_name(col, labels)} holds shares ({', '.join(map(str, cells[:3]))}), not money: read as "
                "Ukraine's share of the programme's amount"
                + (", or on a row giving a sum, Ukraine's part itself" if money else ""),
            )
        )
        return


def _titles_under_an_amount_label(data: list, columns: dict, findings: list, labels: dict) -> None:
    """No title column, and a column headed as money holding titles (Sida's "Contribution No. | Contribution |
    … | Agreed amount, SEK"): it is the titles (said), and a money column set aside as a repeat is read again."""
    if any(m.field == "title" for m in columns.values()):
        return
    for col, m in sorted(columns.items()):
        values = [r[col] if col < len(r) else None for r in data]
        if m.field in ("amount", "duplicate") and titles_not_money(values):
            columns[col] = FieldMatch("title", None, None, 0.5)
            _repeat_takes_over(columns, labels, "amount", strength=0.5)  # the amount it displaced
            findings.append(
                (
                    "info",
                    col,
                    f"{_column_name(col, labels)} holds texts, not money: read as the projects' titles",
                )
            )
            return


def _repeat_takes_over(columns: dict, labels: dict, field: str, strength: float | None = None) -> int | None:
    """The first column set aside as a repeat of ``field`` takes it back, once the column that held it was read as
    something else (its header's match, at ``strength`` when given); its index, or None when there is none."""
    for col, m in sorted(columns.items()):
        if m.field == "duplicate" and (said := match_field(labels.get(col) or "")).field == field:
            columns[col] = said if strength is None else replace(said, strength=strength)
            return col
    return None


_SHARES = re.compile(r"\d{1,3}(?:[.,]\d+)?\s*%")


def payers_under_money_labels(rows: list[list], header: Header) -> Header:
    """The header of a table rebuilt from elsewhere (cards, a transposed table), a label of money over cells naming
    who pays and no sum ("Co-financing": "-", "Switzerland 70% / Germany 30%") read as the partner, as
    :func:`infer_roles` reads such a column in a table (said in the findings). Does not modify ``header``.

    Examples
    --------
    >>> rows = [["Title", "Co-financing", "Total budget (CHF)"], ["Border posts", "-", 900],
    ...         ["Rescue units", "Switzerland 70% / Germany 30%", 3000]]
    >>> header = find_header(rows)
    >>> header.columns[1].field, payers_under_money_labels(rows, header).fields()
    ('duplicate', {'title': 0, 'partner': 1, 'amount': 2})
    """
    data = _data_rows(rows, header)
    labels = _header_labels(rows, header, max((len(r) for r in data), default=0))
    columns, findings = dict(header.columns), list(header.findings)
    _partners_under_an_amount_label(data, columns, findings, labels)
    return replace(header, columns=columns, findings=findings)


def _donors_sums(text: str, m: FieldMatch, columns: dict) -> bool:
    """Whether a cell of a column taken for the amount names each donor's sum or share ("BMZ 3.0 / EU 2.0",
    "Канада / Великобритания (50/50)") while another column, set aside as its repeat, holds the budget."""
    from mtd_analysis.ingest.partners import partner_shares

    return (
        m.field == "amount"
        and any(o.field == "duplicate" for o in columns.values())
        and bool(partner_shares(text))
    )


#: A cell saying nothing ("-", "—", "n/a", "немає").
NOTHING_SAID = re.compile(r"[-–—/.]+|n/?a|none|немає|нет|відсутн\w*|отсутств\w*", re.IGNORECASE)


#: A label naming codes: "DONOR_CD", "Donor code", "Код донора", "Partner ID", "Donor No.".
_CODES_LABEL = re.compile(r"(?i)(?<![^\W_])(?:code|cd|id|key|код\w*|no\.?|nr\.?|№|#)(?![^\W_])")


def _figures_under_a_partner_label(data: list, columns: dict, findings: list, labels: dict) -> None:
    """A column headed as the partner that holds figures and no name ("Funding by source / FCDO bilateral": 150, –,
    300): a source's money, not who pays; not loaded, and said (the partner is then the file's or the title's)."""
    for col, m in sorted(columns.items()):
        if m.field not in ("partner", "implementer") or _CODES_LABEL.search(labels.get(col) or ""):
            continue  # "DONOR_CD": the partners' codes, which a list on another sheet names
        texts = [t for t in (clean_text(r[col]) if col < len(r) else None for r in data) if t]
        # "(7)": the column's number, as official forms print them under the header
        said = [t for t in texts if not NOTHING_SAID.fullmatch(t) and not re.fullmatch(r"\(\d{1,2}\)", t)]
        if said and _cell_kind(said[0]) not in ("number", "money") and len(said) > 2:
            said = said[
                1:
            ]  # "FCDO bilateral" over its figures: a label the header's second row left below it
        if len(said) < 2 or not all(_cell_kind(t) in ("number", "money") for t in said):
            continue
        columns[col] = FieldMatch("ignore", m.currency)
        findings.append(
            (
                "warning",
                col,
                f"{_column_name(col, labels)} is named like the {m.field}'s column but holds figures "
                f"({', '.join(said[:3])}), no names: not read as the {m.field}; its values were not loaded",
            )
        )


def _partners_under_an_amount_label(data: list, columns: dict, findings: list, labels: dict) -> None:
    """No partner column, and a column headed as money naming who pays, without a figure ("Funding / Фінансування":
    "Voluntary contribution of Norway", "CoE ordinary budget"): it is the partner (said), and a money column set
    aside as a repeat of it is read again."""
    if any(m.field == "partner" for m in columns.values()):
        return
    from mtd_analysis.ingest.partners import partner_in_text, partner_named_in, partner_shares

    for col, m in sorted(columns.items()):
        # a money label set aside as a repeat of the amount's ("Co-financing" beside "Total budget (CHF)") too
        if m.field not in ("amount", "duplicate") or (
            m.field == "duplicate" and match_field(labels.get(col) or "").field != "amount"
        ):
            continue
        texts = [t for t in (clean_text(r[col]) if col < len(r) else None for r in data) if t]
        # no figure but the partners' shares ("EU/CoE joint programme (EU 90 %, CoE 10 %)") or their sums beside the
        # budget ("BMZ 3.0 / EU 2.0" beside "Budget (EUR million)")
        if not texts or any(
            ch.isdigit() for t in texts if not _donors_sums(t, m, columns) for ch in _SHARES.sub(" ", t)
        ):
            continue
        # "Co-financing": "-" for most projects, "Switzerland 70% / Germany 30%" for one, beside the money set aside
        # as its repeat ("Total budget (CHF)"): the shares say who pays
        said = [t for t in texts if not NOTHING_SAID.fullmatch(t)]
        beside = any(o.field == "duplicate" for o in columns.values())
        if said and len(said) < len(texts) and all(partner_shares(t) for t in said) and beside:
            texts = said
        elif len(texts) < 2 and not (beside and all(partner_shares(t) for t in texts)):
            continue  # one cell proves nothing, unless it names each payer's share or sum beside the budget
        # a payer named, its own budget too ("Council of Europe ordinary budget", "Voluntary contribution: Norway")
        named = sum(1 for t in texts if is_known_partner(t) or partner_named_in(t) or partner_in_text(t))
        if named * 2 < len(texts):
            continue
        if m.field == "amount":
            _repeat_takes_over(columns, labels, "amount", strength=0.5)  # the amount it displaced
        columns[col] = FieldMatch("partner", None, None, 0.5)
        findings.append(
            ("info", col, f"{_column_name(col, labels)} names who pays, not a sum: read as the partner")
        )
        return


def _converted_amount(data: list, columns: dict, findings: list, labels: dict) -> None:
    """An amount column headed in one currency ("Amount, EUR") beside a currency column naming others on most rows
    ("GBP", "CAD") and an amount column headed in none ("Original amount"): the first is a compiler's conversion,
    the second the amounts the currency column is of; those are read (said), not the conversion with the other
    column's currencies."""
    from mtd_analysis.ingest.values import ValueProblem, parse_currency

    amount = next((c for c, m in columns.items() if m.field == "amount" and m.currency), None)
    currency = next((c for c, m in columns.items() if m.field == "currency"), None)
    if amount is None or currency is None:
        return
    headed = columns[amount].currency
    original = next(
        (
            c
            for c, m in sorted(columns.items())
            if m.field == "duplicate"
            and (said := match_field(labels.get(c) or "")).field == "amount"
            and said.currency is None
        ),
        None,
    )
    if original is None:
        return
    named = []
    for r in data:
        text = clean_text(r[currency]) if currency < len(r) and isinstance(r[currency], str) else None
        try:
            code = parse_currency(text) if text and len(text) <= 12 else None
        except ValueProblem:
            code = None
        if code:
            named.append(code)
    others = [c for c in named if c != headed]
    if not named or len(others) * 2 < len(named):
        return
    scale = match_field(labels.get(original) or "").scale
    columns[original] = FieldMatch("amount", None, None, columns[amount].strength, scale)
    columns[amount] = FieldMatch("ignore", headed, None, 0.5)
    findings.append(
        (
            "warning",
            amount,
            f"{_column_name(amount, labels)} is in {headed} while the currency column names others "
            f"({', '.join(sorted(set(others))[:4])}): a conversion of {_column_name(original, labels)}, whose amounts "
            "are read in their own currencies (the conversion is not)",
        )
    )


#: A column's label naming co-financing ("Co-financing", "Співфінансування", "Софинансирование", "Co-funding").
_CO_FINANCING = re.compile(r"co-?financ|co-?fund|співфінанс|софинанс", re.IGNORECASE)


def _cofunders_named(data: list, columns: dict, findings: list, labels: dict) -> None:
    """A "Co-financing" column beside the amount whose cells name who else pays, with a sum or a share ("Germany
    (BMI), EUR 1 000 000 (20%)", "Уряд України (МВС) – 500 000 EUR (20 %)", "–"): the co-funder (said), not a
    repeat of the amount nor a remark to ignore. See ``projects._cofunder`` for the money."""
    if "cofunder" in {m.field for m in columns.values()}:
        return
    from mtd_analysis.ingest.partners import partner_in_text, partner_within

    amount = [c for c, m in columns.items() if m.field == "amount"]
    for col in sorted(labels):
        m = columns.get(col)
        if not _CO_FINANCING.search(labels[col]) or (
            m is not None and m.field not in ("duplicate", "ignore")
        ):
            continue
        if not amount or amount == [col]:
            continue
        texts = [t for t in (clean_text(r[col]) if col < len(r) else None for r in data) if t]
        said = [t for t in texts if not NOTHING_SAID.fullmatch(t)]
        if not said or any(not isinstance(r[col], str) for r in data if col < len(r) and clean_text(r[col])):
            continue  # figures: the co-financing's sum, not its funder
        named = [t for t in said if partner_within(t) or partner_in_text(t) or UKRAINE_PAYS.search(t)]
        if len(named) < len(said):
            continue
        columns[col] = FieldMatch("cofunder", None, None, 0.5)
        findings.append(
            (
                "info",
                col,
                f"{_column_name(col, labels)} names who else pays ({said[0][:60]}): read as the co-funder",
            )
        )
        return


#: A co-funder that is Ukraine itself (its government, a ministry, the state budget): no international assistance.
UKRAINE_PAYS = re.compile(
    UKRAINE.pattern + r"|державн\w* бюджет|государственн\w* бюджет|state budget|\bМВС\b|\bМВД\b|\bMIA\b",
    re.IGNORECASE,
)


def _currency_alone(label: str) -> bool:
    """Whether a header is a currency and nothing else ("USD", "грн", "EUR, тис.")."""
    from mtd_analysis.ingest.values import _currency_pattern

    if not currency_in_text(label):
        return False
    rest = normalise_key(_currency_pattern().sub(" ", label))
    return not [t for t in rest.split() if t not in _UNIT_TOKENS]


def _titles_before_short_texts(columns: dict, findings: list, labels: dict) -> None:
    """Neither titles nor descriptions named by a header, both read from content, the long texts to the left of the
    short ones ("Item | … | Channel": projects' names, then their implementers'): the long texts are the titles
    and the short ones are left unread (said)."""
    inferred = {
        m.field: c
        for c, m in columns.items()
        if m.field in ("title", "description") and m.strength < 0.5 + 1e-9
    }
    said = {c for _, c, _ in findings}
    if set(inferred) != {"title", "description"} or not {inferred["title"], inferred["description"]} <= said:
        return
    title, description = inferred["title"], inferred["description"]
    if description > title:
        return
    columns[description] = replace(columns[description], field="title")
    columns[title] = FieldMatch(None)
    findings[:] = [f for f in findings if f[1] not in (title, description)]
    findings.append(
        (
            "info",
            description,
            f"{_column_name(description, labels)} read as title: its long texts come first, before the short texts "
            f"of {_column_name(title, labels)} (not read)",
        )
    )


#: A date written as a number, year, month and day: "20190101".
_COMPACT_DATE = re.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")


def _compact_dates(values: list) -> bool:
    """Whether a column's filled cells are all dates written as numbers, "20190101" (two at least).

    >>> _compact_dates([20190101, "20221231", None]), _compact_dates([20190101, 1500000])
    (True, False)
    """
    filled = [v for v in values if clean_text(v) is not None]
    return len(filled) >= 2 and all(
        (
            isinstance(v, (int, float))
            and not isinstance(v, bool)
            and float(v).is_integer()
            or isinstance(v, str)
        )
        and _COMPACT_DATE.fullmatch(str(int(v)) if isinstance(v, (int, float)) else v.strip())
        for v in filled
    )


def _guess_for(m: FieldMatch | None, values: list) -> ContentGuess | None:
    """The column's content guess, or None when no guess could change how its header is read.

    A column with a known header uses its guess only to contradict the header (:func:`_check_header`),
    which needs one kind that disagrees with the header in :data:`CONTENT_CONFIDENCE` of the sample.
    Cells are classified in order until that is out of reach (a column of distinct titles is decided
    after a fifth of its sample); a column whose header names a field that content never contradicts
    needs no guess at all.
    """
    if m is None or m.field in (None, "duplicate"):
        return content_role(values)
    if m.field not in _AGREES:
        return None
    if m.field in ("start_date", "end_date") and _compact_dates(values):
        return None  # "20190101": a system's dates written as numbers (read as dates by the cells' parser)
    telling = (_TELLING - _AGREES[m.field]) | ({"duration"} if m.field == "period" else set())
    sample = list(islice((v for v in values if clean_text(v) is not None), SAMPLE_SIZE))
    n, other, kinds = len(sample), 0, []
    for value in sample:
        kinds.append(_cell_kind(value))
        if kinds[-1] not in telling:
            other += 1
            if (n - other) / n < CONTENT_CONFIDENCE:
                return None
    return _sample_role(sample, kinds)  # content_role(values), its cells' kinds known


def _period_split_in_two(data: list, columns: dict, findings: list, labels: dict) -> None:
    """A period column whose cells stop on a dash ("01.10.2019 –") beside a column of dates with no header of its
    own ("Термін | реалізації": a heading split over two columns when a PDF was converted to a workbook): the first
    is the start, the second the end; said."""
    from mtd_analysis.ingest.values import (  # "01.10.2019 –": a start, its end apart
        DATE_THEN_DASH,
        reads_as_date,
    )

    for col, m in sorted(columns.items()):
        nxt = columns.get(col + 1)
        if m.field != "period" or (nxt is not None and nxt.field not in (None, "duplicate")):
            continue
        cells = [
            (clean_text(r[col]) if col < len(r) else None, r[col + 1] if col + 1 < len(r) else None)
            for r in data
        ]
        # the rows that say anything of a split: a start stopping on its dash, or a date in the next cell (a whole
        # period in the first cell with the next one empty, "2021", says nothing either way)
        telling = [(a, b) for a, b in cells if (a and DATE_THEN_DASH.fullmatch(a)) or clean_text(b)]
        split = [
            (a, b)
            for a, b in telling
            if a and DATE_THEN_DASH.fullmatch(a) and reads_as_date(clean_text(b) or "")
        ]
        if not split or len(split) < CONTENT_CONFIDENCE * len(telling):
            continue
        columns[col] = FieldMatch("start_date", None, None, m.strength)
        columns[col + 1] = FieldMatch("end_date", None, None, m.strength)
        first = split[0]
        findings.append(
            (
                "info",
                col,
                f"{_column_name(col, labels)} and {_column_name(col + 1, labels)} read as the start and the end: the "
                f"period is split over the two columns ('{first[0]}' | '{clean_text(first[1])}')",
            )
        )


def _in_order(starts: list, ends: list) -> bool:
    """Whether two columns of dates read as starts and ends: each row's end on or after its start (rows with
    both), at least one such row."""
    from mtd_analysis.ingest.values import ValueProblem, parse_date

    pairs = 0
    for start, end in zip(starts, ends, strict=True):
        try:
            a, b = parse_date(start), parse_date(end, end=True)
        except ValueProblem:
            return False
        if a is None or b is None:
            continue
        if b < a:
            return False
        pairs += 1
    return pairs > 0


def _start_and_end(col: int, role: str, periods: list, data: list, columns: dict, taken: set) -> bool:
    """A second column of years or dates right after one the content alone read as the period ("rik_pochatku |
    rik_zakinchennia", neither header known), never before it on a row: the first is the start, this the end.
    Sets both in ``columns`` and ``taken``; True when it did."""
    if role != "start_date" or not periods or "end_date" in taken or col != periods[0] + 1:
        return False
    first = periods[0]
    if not _in_order(
        [r[first] if first < len(r) else None for r in data], [r[col] if col < len(r) else None for r in data]
    ):
        return False
    strength = columns[first].strength
    columns[first] = FieldMatch("start_date", None, None, strength)
    columns[col] = FieldMatch("end_date", None, None, strength)
    taken.discard("period")
    taken |= {"start_date", "end_date"}
    return True


def _date_role(taken: set, values: list) -> str:
    """Start, end, or (a lone column of years, months or quarters) the whole period."""
    from mtd_analysis.ingest.values import ValueProblem, parse_date

    if not taken & {"start_date", "end_date", "period"}:
        partial = 0
        for value in values:
            try:
                partial += isinstance(value, str) and parse_date(value) != parse_date(value, end=True)
            except ValueProblem:
                continue
        if partial * 2 > sum(1 for v in values if clean_text(v)):
            return "period"
    return "start_date" if "start_date" not in taken else "end_date"


#: A label giving a length in years ("Duration (years)", "Тривалість, років", "Срок, лет").
_YEARS_UNIT = re.compile(r"years?|yrs|рок|років|роки|лет|год", re.IGNORECASE)


def _months_under_a_period_label(data: list[list], columns: dict, findings: list, labels: dict) -> None:
    """A period column ("Duration", "Тривалість", "Срок") holding whole numbers from 1 to 240 beside a start or end
    date: the projects' lengths in months (an Excel date serial that small is a day of 1900)."""
    fields = {m.field for m in columns.values()}
    if not {"start_date", "end_date"} & fields or "duration" in fields:
        return
    for col, m in list(columns.items()):
        if m.field != "period" or _YEARS_UNIT.search(labels.get(col, "")):  # "Duration (years)": not months
            continue
        values = [r[col] for r in data if col < len(r) and clean_text(r[col]) is not None]
        if values and all(
            isinstance(v, (int, float)) and not isinstance(v, bool) and parse_duration(v, unit_months=True)
            for v in values
        ):
            columns[col] = FieldMatch("duration", m.currency, None, m.strength)
            shown = ", ".join(f"{v:g}" for v in values[:3])
            findings.append(
                (
                    "info",
                    col,
                    f"{_column_name(col, labels)} read as duration (months): its {len(values)} values are whole "
                    f"numbers from 1 to 240 ({shown}) beside the projects' dates",
                )
            )
            return


def _check_header(
    col, m: FieldMatch, guess: ContentGuess, labels: dict, columns: dict, findings: list
) -> None:
    """A recognised header whose content says something else: say so (durations under "Period" are read so)."""
    if guess.kind is None or guess.confidence < CONTENT_CONFIDENCE or guess.sample < 2:
        return
    if m.field == "period" and guess.kind == "duration":
        columns[col] = FieldMatch("duration", m.currency, None, m.strength)
        findings.append(
            ("info", col, f"{_column_name(col, labels)} read as duration (months): {guess.evidence()}")
        )
        return
    if guess.kind in _AGREES.get(m.field, {guess.kind}) or guess.kind not in _TELLING:
        return  # text, codes and numbers prove nothing against a header; the cells' own checks speak for them
    role = guess.field
    free = role in _STRONG and not any(c != col and o.field == role for c, o in columns.items())
    exact = _exact_aliases().get(tuple(normalise_key(labels.get(col, "")).split())) == m.field
    if (m.strength < 1.0 or not exact) and guess.sample >= 2 and free:
        # a header word found inside a longer label, or inflected ("Contributor"), gives way to what the cells say
        columns[col] = FieldMatch(role, None, None, 0.5 * guess.confidence)
        findings.append(
            (
                "warning",
                col,
                f"{_column_name(col, labels)} read as {role}, not as {m.field} as its header suggests: "
                f"{guess.evidence()}",
            )
        )
        # the field is free again: a column set aside as its repeat takes it ("Partner (MIA system)" holding agencies
        # beside "Commissioning party")
        if (repeat := _repeat_takes_over(columns, labels, m.field)) is not None:
            findings.append(
                (
                    "info",
                    repeat,
                    f"{_column_name(repeat, labels)} read as {m.field}: the column first taken for it holds {role}",
                )
            )
        return
    if role == "status" and m.field == "yearly" and _later_status(col, labels, columns, findings):
        return
    findings.append(
        (
            "warning",
            col,
            f"{_column_name(col, labels)} is read as {m.field} from its header, but its content disagrees: "
            f"{guess.evidence()}; check that the column holds what its header says",
        )
    )


def _later_status(col: int, labels: dict, columns: dict, findings: list) -> bool:
    """A column of status words under a month ("Status" over "March 2021 | September 2021"), beside the column
    already read as the status: the later date's column is the status, the other a repeat, not loaded (said as an
    earlier status). False when the dates do not tell which is later."""
    other = next(c for c, o in columns.items() if c != col and o.field == "status")
    mine, theirs = label_date(labels.get(col)), label_date(labels.get(other))
    if mine is None or theirs is None or mine == theirs:
        return False
    later, earlier = (col, other) if mine > theirs else (other, col)
    columns[later] = FieldMatch("status", None, None, columns[other].strength)
    columns[earlier] = FieldMatch("duplicate")  # said where the columns not loaded are (an earlier status)
    findings[:] = [f for f in findings if f[1] != earlier]
    return True


#: Kinds of content that can contradict a header.
_TELLING = {"agency", "currency", "money", "number", "date", "period", "duration", "partner", "status"}
#: Roles content proves beyond doubt (a title or a code does not).
_STRONG = {"beneficiaries", "currency", "amount", "partner", "status", "period", "duration", "start_date"}


def read_header(rows: list[list], merged=None) -> Header | None:
    """The header of a sheet's project table with every column's role, from header words and content.

    :func:`find_header` first; each column is then checked against its content (:func:`infer_roles`).
    A header row whose words are unknown is still found when the content below it makes a project
    table (titles beside amounts, dates or agencies), with an info finding saying so.

    Examples
    --------
    >>> rows = [["Захід", "Отримувач", "Кошти"], ["Рації для патрулів", "НПУ", "1 000"],
    ...         ["Катери для прикордонників", "ДПСУ", "2 000"]]
    >>> h = read_header(rows)
    >>> h.row, h.fields()
    (0, {'title': 0, 'beneficiaries': 1, 'amount': 2})
    """
    header = find_header(rows, merged)
    if header is not None:
        header = _with_units_row(rows, _with_label_lines(rows, header))
        header = _totals_and_years_under_units(rows, header, merged or [])
        return _parts_in_the_totals_unit(infer_roles(rows, _pasted_one_column_off(rows, header)))
    return header_by_content(rows, merged or [])


#: A year's column that is a part of the total beside it: "of which 2021", "у т.ч. у 2021 році", "з них 2021" (the words
#: introducing a programme's components).
PART_OF_THE_TOTAL = re.compile(OF_WHICH, re.IGNORECASE)
#: A total said to be the whole project's, over its life ("Life-of-project total", "Общий бюджет проекта",
#: "Загальна вартість проєкту", "за весь строк"): year columns beside it may give some of its years only.
WHOLE_PROJECT_TOTAL = re.compile(
    r"life[- ]of[- ](?:the[- ])?(?:project|activity|award|programme|program)|\bLOP\b"
    r"|(?:full|whole|entire) (?:implementation )?period|total (?:project|programme|program)\b|(?:project|programme)'?s? total"
    r"|(?:budget|cost|value) of the (?:project|programme)|whole (?:project|period|life)|entire"
    r"|\bпро[еє]кт(?:у|а)\b|\bпрограм[иы]\b|весь (?:срок|строк|період|термін|период)",
    re.IGNORECASE,
)


def _parts_in_the_totals_unit(header: Header) -> Header:
    """The header with a year's part of the total ("of which 2021", no unit or currency of its own) read in the unit
    of the one total it is a part of ("Estimated budget, USD thousand"): a part is written as its whole is. Said as
    a finding.

    Examples
    --------
    >>> h = read_header([["Project idea", "Estimated budget, USD thousand", "of which 2021"], ["Queue system", 1200, 100]])
    >>> h.columns[2].field, h.columns[2].scale, h.columns[2].currency
    ('yearly', 1000.0, 'USD')
    """
    totals = [m for m in header.columns.values() if m.field == "amount"]
    if len(totals) != 1 or totals[0].scale == 1.0:
        return header
    total = totals[0]
    for col, m in list(header.columns.items()):
        label = header.labels.get(col) or ""
        if (
            m.field == "yearly"
            and m.scale == 1.0
            and PART_OF_THE_TOTAL.search(label)
            and not _has_unit(label)
            and not _IN_UNITS.search(label)
            and m.currency in (None, total.currency)
        ):
            header.columns[col] = replace(m, scale=total.scale, currency=m.currency or total.currency)
            header.findings.append(
                (
                    "info",
                    col,
                    f"{_column_name(col, header.labels)} is a part of the total, which is in units of "
                    f"{total.scale:,.0f}: read in the same unit",
                )
            )
    return header


#: The first word of a label's second line: a small letter ("проєкту, грн", "реалізації", "році, грн"), or "з/п".
_LABEL_GOES_ON = re.compile(r"[a-zа-яіїєґё]|з/п", re.UNICODE)


def _with_label_lines(rows: list[list], header: Header) -> Header:
    """The header with the row right under it when that row goes on with its labels, as a table through a PDF
    writes them over two rows in cells not merged ("Сума | у т.ч. у 2021" over "проєкту, грн | році, грн"): each
    column read by its two lines joined ("Сума проєкту, грн"), the table starting below them. Only a row of short
    texts with no figure, each under a label and starting with a small letter, whose joined labels name as many
    fields as the first line's did, goes on with the labels; a project's row never does.

    Examples
    --------
    >>> rows = [["№", "Назва", "Строк", "Сума", "у т.ч. у 2021"], ["з/п", "проєкту", "реалізації", "проєкту, грн",
    ...         "році, грн"], ["1.", "Кінологи", "2021", "3 600 000,00", None]]
    >>> h = _with_label_lines(rows, find_header(rows))
    >>> h.row, h.fields(), h.columns[3].currency, h.columns[4].year, h.labels[4]
    (1, {'title': 1, 'period': 2, 'amount': 3}, 'UAH', 2021, 'у т.ч. у 2021 / році, грн')
    """
    r = header.row + 1
    if header.first_row != header.row or r >= len(rows):
        return header
    above = rows[header.row]
    cells = {c: t for c, v in enumerate(rows[r]) if (t := clean_text(v))}
    if len(cells) < 2 or any(
        not isinstance(rows[r][c], str)
        or len(t.split()) > 4
        or not _LABEL_GOES_ON.match(t)
        or _DIGIT.search(t)
        or not clean_text(above[c] if c < len(above) else None)
        for c, t in cells.items()
    ):
        return header
    if all(_units_of(t) is not None for t in cells.values()):
        return header  # a row of the columns' units ("тис. грн | дд.мм.рррр"): read as such (_with_units_row)
    columns, labels = dict(header.columns), dict(header.labels)
    for c, t in cells.items():
        first = clean_text(above[c])
        found = match_field(f"{first} {t}")
        if found.field is not None:  # its label of two lines, as a merged header's ("Сума / проєкту, грн")
            columns[c], labels[c] = found, f"{first} / {t}"
    known = [m for m in columns.values() if m.field not in (None, "ignore")]
    if len(known) < len([m for m in header.columns.values() if m.field not in (None, "ignore")]):
        return header
    # the second line says something the first did not (a field, a currency, a unit, a year): a project's row of
    # short words ("радіостанції | нпу") under "Назва | Бенефіціар" says nothing of the columns
    said = lambda m: (m.field, m.currency, m.year, m.scale) if m is not None else None  # noqa: E731
    if all(said(columns.get(c)) == said(header.columns.get(c)) for c in cells):
        return header
    return Header(r, header.row, columns, labels, header.score, list(header.findings))


#: Fields whose cells tell, by their content, whether they stand under their label.
_TELLING_FIELDS = ("amount", "start_date", "end_date", "currency", "beneficiaries", "status")


def _pasted_one_column_off(rows: list[list], header: Header) -> Header:
    """The header's columns moved one to the right when the table's rows were pasted one column off: most rows
    leave the first labelled column empty and fill the column past the last label, and the dates, amounts,
    currencies, agencies and statuses agree with the labels to their left better than with their own. Said."""
    cols = sorted(header.columns)
    if not cols:
        return header
    first, past = cols[0], cols[-1] + 1
    moved = [
        r
        for r in rows[header.row + 1 :]
        if past < len(r) and clean_text(r[past]) and not clean_text(r[first] if first < len(r) else None)
    ]
    if len(moved) < 2:  # the common case, decided without looking at the other cells
        return header
    data = [r for r in rows[header.row + 1 :] if sum(1 for v in r if clean_text(v)) >= 3]
    moved = [r for r in moved if sum(1 for v in r if clean_text(v)) >= 3]
    if len(moved) < 2 or len(moved) * 3 < len(data) * 2:
        return header

    def agreeing(shift: int) -> int:
        count = 0
        for col, m in header.columns.items():
            if m.field not in _TELLING_FIELDS:
                continue
            guess = content_role([r[col + shift] if col + shift < len(r) else None for r in moved])
            count += guess.kind in _AGREES[m.field] and guess.confidence >= CONTENT_CONFIDENCE
        return count

    here, right = agreeing(0), agreeing(1)
    if right < 2 or right <= here:
        return header
    finding = (
        "warning",
        first + 1,
        f"the rows under the header stand one column to its right (pasted one column off: column "
        f"{column_letter(first)} is empty and column {column_letter(past)}, past the last label, is filled on "
        f"{len(moved)} of {len(data)} rows; {right} columns of dates, amounts or codes agree with the label to their "
        f"left, {here} with their own): each column is read under the label to its left",
    )
    return replace(
        header,
        columns={c + 1: m for c, m in header.columns.items()},
        labels={c + 1: label for c, label in header.labels.items()},
        findings=[*header.findings, finding],
        shifted=1,
    )


#: Unit words of money written beside an amount or a currency ("тис.", "thousand", "'000", "млн"), as a regular
#: expression's alternatives (a units row, a title line); :func:`unit_factor` gives what each multiplies by.
UNIT_WORDS = r"thousands?|тис|тыс|тисяч\w*|тысяч\w*|millions?|млн|мільйон\w*|миллион\w*|'000|’000"
UNIT_WORD = re.compile(rf"(?<![^\W\d_])({UNIT_WORDS})\.?(?![^\W\d_])", re.IGNORECASE)


def unit_factor(word: str) -> float:
    """1e6 for a word of millions ("млн", "million"), 1000 for one of thousands.

    Examples
    --------
    >>> unit_factor("млн"), unit_factor("тис"), unit_factor("'000")
    (1000000.0, 1000.0, 1000.0)
    """
    return 1e6 if word.lower().startswith(("million", "млн", "мільйон", "миллион")) else 1000.0


#: What else a units row may say under a column: a date's format ("dd.mm.yyyy", "дд.мм.рррр"), a percentage.
_FORMAT_CELL = re.compile(
    r"(?:dd|дд|mm|мм|yy|yyyy|рр|рррр|гг|гггг)(?:\s*[./\-]\s*(?:dd|дд|mm|мм|yy|yyyy|рр|рррр|гг|гггг)){1,2}|%|№|#"
    r"|дата|date|рік|год|year|текст|text",
    re.IGNORECASE,
)


def _units_of(text: str) -> tuple[str | None, float] | None:
    """The currency and unit a units-row cell gives ("EUR", "тис. грн", "'000 USD"), (None, 1.0) for a date
    format or a percentage; None when the cell says anything else."""
    if _FORMAT_CELL.fullmatch(text.strip(" ()[]")):
        return None, 1.0
    currency = currency_in_text(text)
    unit = UNIT_WORD.search(text)
    rest = UNIT_WORD.sub(" ", text)
    if currency:
        from mtd_analysis.ingest.values import _currency_pattern

        rest = _currency_pattern().sub(" ", rest)
    rest = _UNITS_PREPOSITION.sub(" ", rest)  # "in thousands", "у тисячах"
    if (currency is None and unit is None) or re.search(r"[^\W_]", rest):
        return None
    scale = 1.0 if unit is None else unit_factor(unit.group(1))
    return currency, scale


#: The words a units cell may put before its unit: "in thousands", "у тисячах", "в тыс.".
_UNITS_PREPOSITION = re.compile(r"(?<![^\W\d_])(?:in|of|у|в|во)(?![^\W\d_])", re.IGNORECASE)


def _with_units_row(rows: list[list], header: Header) -> Header:
    """The header with the row right under it when that row gives the columns' units ("", "", "USD",
    "дд.мм.гггг", "тис. грн"): each money column takes its currency and unit, and the table starts below it."""
    r = header.row + 1
    if r >= len(rows):
        return header
    cells = {c: clean_text(v) for c, v in enumerate(rows[r]) if v is not None and clean_text(v)}
    if not cells or any(not isinstance(rows[r][c], str) for c in cells):
        return header
    names = {c for c, m in header.columns.items() if m.field in ("title", "project_id", "description")}
    if names & set(cells):
        return header  # "EUR" under the titles heads a section of the table, it is no units row
    units = {}
    for c, text in cells.items():
        found = _units_of(text)
        if found is None:
            return header
        units[c] = found
    money = {c: u for c, u in units.items() if u != (None, 1.0)}
    columns = dict(header.columns)
    said = []
    clashes = []
    labels = dict(header.labels)
    for c, (currency, scale) in sorted(money.items()):
        m = columns.get(c)
        group = _group_to_the_left(rows[header.row], columns, c) if m is None and currency else None
        if (
            group is not None
        ):  # "Бюджет" over "в євро | в гривнях": an amount column per currency, each row one
            m = columns[c] = FieldMatch("duplicate", currency)
            labels[c] = f"{labels.get(group, '')} / {cells[c]}"
        if m is None or m.field not in (
            "amount",
            "yearly",
            "agency_amount",
            "priority_amount",
            None,
            "duplicate",
        ):
            continue
        if currency and m.currency and currency != m.currency:
            clashes.append(f"{column_letter(c)} {cells[c]!r} under {m.currency}")
            continue  # the header and the units row disagree: neither unit is taken from the units row
        columns[c] = replace(m, currency=m.currency or currency, scale=scale if m.scale == 1.0 else m.scale)
        said.append(f"{column_letter(c)} {cells[c]!r}")
    findings = (
        [
            (
                "warning",
                min(money),
                f"the row under the header gives units its header does not ({', '.join(clashes)}): the header's "
                "currency is used, the row's unit is not; check which one the amounts are in",
            )
        ]
        if clashes
        else []
    )
    finding = (
        (
            "info",
            min(money),
            f"the row under the header gives the units of the columns ({', '.join(said)}): "
            "the amounts below are read in them",
        )
        if said
        else (
            "info",
            min(cells),
            "the row under the header gives the columns' formats, not a project: skipped",
        )
    )
    return replace(
        header, row=r, columns=columns, labels=labels, findings=[*header.findings, *findings, finding]
    )


#: A money column's own label under its currency, in a header of three rows: its total or a year.
_TOTAL_LABEL = re.compile(
    r"(?:total|усього|всього|всего|итого|разом|загалом|overall|весь період)\.?", re.IGNORECASE
)


def _totals_and_years_under_units(rows: list[list], header: Header, merged: list) -> Header:
    """A header of three rows, its money under a group, the group's currencies in a units row, then each currency's
    total and years ("Внесок Швеції" / "тис. SEK | EUR" / "усього | 2021 | усього | 2021"): the first currency's total
    is the amount and its years the years, each other currency's total an amount in that currency and its years that
    currency's (see amounts.other_currency_amounts and one_column_per_year). The header as it was for any other row.
    """
    units_row, r = header.row, header.row + 1
    if (
        units_row == header.first_row
        or r >= len(rows)
        or not any("units of the columns" in f[2] for f in header.findings)
    ):
        return header
    cells = {c: t for c, v in enumerate(rows[r]) if (t := clean_text(v))}
    if len(cells) < 2 or not all(
        isinstance(rows[r][c], str) and (_TOTAL_LABEL.fullmatch(t) or YEAR_2000S.fullmatch(t))
        for c, t in cells.items()
    ):
        return header
    units = _fill_group_row(rows[units_row], rows[r], _merged_spans(merged, units_row))
    group = _fill_group_row(rows[header.first_row], rows[r], _merged_spans(merged, header.first_row))
    read: dict[int, tuple[str | None, float]] = {}
    for c in cells:
        found = _units_of(clean_text(units[c]) or "") if c < len(units) else None
        if found is None or found[0] is None:
            return header
        read[c] = found
    columns, labels = dict(header.columns), dict(header.labels)
    first_currency = read[min(cells)][0]
    for c, text in cells.items():
        currency, scale = read[c]
        name = clean_text(group[c]) if c < len(group) else None
        labels[c] = " / ".join(filter(None, [name, clean_text(units[c]), text]))
        if YEAR_2000S.fullmatch(text):
            columns[c] = FieldMatch("yearly", currency, int(text), 1.0, scale)
        elif currency == first_currency:
            columns[c] = FieldMatch("amount", currency, None, 1.0, scale)
        else:
            columns[c] = FieldMatch("duplicate", currency, None, 0.0, scale)
    finding = (
        "info",
        min(cells),
        f"the header's third row gives each currency's total and years under the units row "
        f"({', '.join(labels[c] for c in sorted(cells))}): read as the money of each currency",
    )
    return replace(header, row=r, columns=columns, labels=labels, findings=[*header.findings, finding])


def _group_to_the_left(header_row: list, columns: dict[int, FieldMatch], col: int) -> int | None:
    """The amount column whose header cell spreads over ``col`` (blank header cells between them), or None."""
    k = col - 1
    while k >= 0 and k not in columns and (k >= len(header_row) or clean_text(header_row[k]) is None):
        k -= 1
    if k < 0 or k == col - 1 and k not in columns:
        return None
    if col < len(header_row) and clean_text(header_row[col]) is not None:
        return None
    m = columns.get(k)
    return k if m is not None and m.field == "amount" else None


def _lower_header_row(row: list) -> dict[int, FieldMatch] | None:
    """The fields a row names when it is the lower row of a two-row header ("2020 | 2021 | 2022" under a
    merged "Contribution, CAD"): two or more short cells, every one a year or a field word; else None."""
    texts = [clean_text(v) for v in row if clean_text(v)]
    found = _row_matches(row)
    if len(found) < 2 or len(found) < len(texts) or any(len(t) > 40 for t in texts):
        return None
    return found


def header_by_content(rows: list[list], merged: list | None = None) -> Header | None:
    """A row of short labels (or two, the lower naming years or fields under group cells) over rows whose
    content makes a project table (5 rows tried at most)."""
    tried = 0
    for r in range(min(len(rows), config.HEADER_SCAN_ROWS)):
        labels = [clean_text(v) if isinstance(v, str) else None for v in rows[r]]
        texts = [t for t in labels if t]
        if (
            len(texts) < 3
            or len(texts) < sum(1 for v in rows[r] if clean_text(v))
            or any(len(t) > 60 for t in texts)
        ):
            continue
        lower = _lower_header_row(rows[r + 1]) if r + 1 < len(rows) else None
        last = r + 1 if lower else r  # the header's last row
        below = [row for row in rows[last + 1 : last + 1 + SAMPLE_SIZE] if any(clean_text(v) for v in row)]
        if not below or tried >= 5 or 3 * sum(bool(re.search(r"\d", t)) for t in texts) > len(texts):
            continue
        tried += 1
        if lower:
            known, names = _pair_header(rows, r, merged or [], lower)
        else:
            known = {c: m for c, m in _row_matches(rows[r]).items() if m.field and m.field != "agency"}
            names = {c: labels[c] for c in known}
        titled = _titles_under_money(known, below)
        if titled is not None:
            known[titled] = FieldMatch("title", None, None, 0.5)
        trial = infer_roles(rows, Header(last, r, known, names, 0.0))
        roles = {m.field for m in trial.columns.values()}
        inferred = [c for c in trial.columns if c not in known]
        if titled is not None:
            inferred.insert(0, titled)
        if {"title", "project_id"} & roles and _money_or_time(below, trial, known) and inferred:
            note = (
                (
                    "warning",
                    titled,
                    f"{_column_name(titled, names)} names an amount but holds texts, beside another amount "
                    "column: read as the projects' titles (a partner's word for its projects, such as "
                    "'Contribution')",
                )
                if titled is not None
                else (
                    "info",
                    inferred[0],
                    f"{f'rows {r + 1}–{last + 1}' if lower else f'row {r + 1}'} read as the table's header: its "
                    "words are not all known, but the columns below it hold project titles and amounts",
                )
            )
            return replace(trial, score=_score(trial.columns), findings=[note, *trial.findings])
    return None


#: What a remark in a money column says ("in kind contribution", "not applicable", "to be confirmed").
_NOT_A_TITLE = re.compile(
    r"in[- ]kind|not applicable|n/a|to be (?:confirmed|decided|determined)|\btb[cd]\b|натуральн|не застосов"
    r"|не применя|немає|нет данных|відсутн|отсутств|none|nil\b",
    re.IGNORECASE,
)


#: A totals or subtotal row: its first cell starts with a totals word.
TOTAL_ROW = re.compile(
    r"^(grand |sub[- ]?|overall |programme |program |portfolio |section |component |net |sheet |page |table )?"
    r"(?:totals?|totl)\b|^[σ∑](?:\s|$)"
    # the word transliterated, alone ("Vsogo:", "Itogo"; not "Razom", the name of an organisation and programmes)
    r"|^(?:vsogo|vsoho|usogo|usoho|itogo|vsego)\s*[:.]?\s*$"
    r"|^(усього|разом|всього|загалом|итого|всего|підсумок|проміжний підсумок|подытог\w*|промежуточный итог"
    r"|загальний підсумок"
    r"|загальна сума|общая сумма|общий итог|sum|summa|summe|totalt|gesamt(?:summe)?|i alt"
    # donors' own languages: Czech, Slovak, Hungarian, Polish, Finnish, German, Dutch
    r"|celkem|celkom|spolu|összesen|razem|yhteensä|insgesamt|totaal"
    r"|(?:кількість|количество|number|count)\s+(?:of\s+)?(?:проєктів|проектів|проектов|projects)"
    r"|all projects|(?:усі|всі) проєкти|все проекты|net change"
    # a check row repeating the sums: "контроль (сума розділів)", "Control total", "Checksum"
    r"|контрол\w*\s*\(?\s*(?:сума|сумма)\s+(?:розділів|разделов)|(?:сума|сумма)\s+(?:розділів|разделов)"
    r"|control total|check(?:sum| total))\b",
    re.IGNORECASE,
)


def agency_money_columns(rows: list[list], header: Header) -> dict[int, str]:
    """Columns of a one-row header each named after an agency and holding amounts ("NPU | SBGS | SMS | … |
    Totalt"): each agency's part of a project's money, by column. Two or more such columns, every filled cell of
    each an amount, else none.

    Examples
    --------
    >>> rows = [["Project", "NPU", "SBGS", "Total"], ["Radios", 1000, None, 1000], ["Boats", None, 2500, 2500]]
    >>> agency_money_columns(rows, find_header(rows))
    {1: 'NPU', 2: 'SBGS'}
    >>> marks = [["Project", "Budget", "NPU", "SBGS"], ["Radios", 100, "x", None]]  # marks, not money
    >>> agency_money_columns(marks, find_header(marks))
    {}
    >>> people = [["Project", "Budget", "NPU", "SBGS"], ["Training", 9000, 15, 10]]  # trainees, not money
    >>> agency_money_columns(people, find_header(people))
    {}
    """
    from mtd_analysis.ingest.values import ValueProblem, parse_amount

    if header.first_row != header.row:  # under a group cell: read with it (see _combine)
        return {}
    found, values = {}, []
    for col, label in enumerate(rows[header.row]):
        if (
            col in header.columns
            or not isinstance(label, str)
            or (agency := _agency_name(label.strip())) is None
        ):
            continue
        cells = [r[col] for r in rows[header.row + 1 :] if col < len(r) and clean_text(r[col])]
        if any(isinstance(v, str) and "%" in v for v in cells):
            continue  # each agency's share, not its money
        try:
            amounts = [parse_amount(v) for v in cells]
        except ValueProblem:
            continue
        if any(a is not None and a.value for a in amounts):
            found[col] = agency
            values += [a.value for a in amounts if a is not None and a.value]
    # money, not counts of people trained, flags (1 = involved) or shares: amounts of a thousand and more
    return found if len(found) >= 2 and money_like(values) else {}


def titles_not_money(values: list) -> bool:
    """Whether cells under a label naming an amount hold titles instead: texts of two words or more, none an
    amount ("Mobile surveillance equipment for the SBGS" under Sida's "Contribution").

    Examples
    --------
    >>> titles_not_money(["Mobile surveillance equipment", "Police response to domestic violence"])
    True
    >>> titles_not_money(["1 250 000", "EUR 300 000"]), titles_not_money(["n/a"])
    (False, False)
    """
    texts = [clean_text(v) for v in values if v is not None and clean_text(v)]
    if not texts or any(not isinstance(v, str) for v in values if v is not None and clean_text(v)):
        return False
    texts = [t for t in texts if not TOTAL_ROW.match(t)] or texts  # the totals row under the titles
    remarks = sum(1 for t in texts if len(t.split()) <= 4 and _NOT_A_TITLE.search(t))
    if 3 * len(set(texts)) <= len(texts) or 2 * remarks >= len(texts):
        return False  # projects have titles of their own (phases and rows pasted twice aside); "in kind" is a remark
    # two words or more, and not money ("EUR 300 000", "1,2 млн"); a number inside a title ("Phase 1 units") is fine
    return all(len(text.split()) >= 2 and not money_only(text) for text in texts)


def _titles_under_money(known: dict[int, FieldMatch], below: list[list]) -> int | None:
    """In a header with no title or code column but two amount columns, the first amount column holding texts:
    the projects' titles under the partner's own word for them."""
    fields = [m.field for m in known.values()]
    if {"title", "project_id"} & set(fields) or fields.count("amount") < 2:
        return None
    return next(
        (
            c
            for c, m in sorted(known.items())
            if m.field == "amount" and titles_not_money([r[c] if c < len(r) else None for r in below])
        ),
        None,
    )


def _money_or_time(below: list[list], header: Header, known: dict) -> bool:
    """A column read as money whose cells are money: a project table found by content has one (a list of
    events with dates is not a list of funded projects).

    One row is enough when the column's own header word says money or time; two otherwise.
    """
    for col, m in header.columns.items():
        if m.field in ("amount", "yearly"):
            guess = content_role([r[col] if col < len(r) else None for r in below])
            if guess.kind == "number" and col not in known:
                continue  # plain numbers under an unknown header may be counts, not money
            if guess.kind in ("money", "number") and guess.sample >= (1 if col in known else 2):
                return True
    return False


def date_orders(rows: list[list], header: Header, partner: str | None = None) -> tuple[dict, list]:
    """Day/month order of each date column: proven by the column (a part above 12), else by the table's
    other date columns, else by the partner's convention (US partners write month first).

    Returns
    -------
    (orders, findings)
        ``{column: "dmy" | "mdy"}`` for columns holding numeric dates, and ``(severity, column, message)``
        for every column where a date could be read both ways or the column contradicts itself.

    Examples
    --------
    >>> rows = [["Title", "Start", "End"], ["A", "03/14/2021", "04/01/2022"], ["B", "04/01/2021", "03/01/2022"]]
    >>> orders, findings = date_orders(rows, find_header(rows))
    >>> orders
    {1: 'mdy', 2: 'mdy'}
    >>> findings[0][2]
    "column C 'End': 2 dates could be read either way (04/01/2022, 03/01/2022); read month first, as column B 'Start' proves (1 date with a part above 12)"
    """
    from mtd_analysis.ingest.partners import canonical_partner, partner_date_order
    from mtd_analysis.ingest.values import date_order, on_twelve_hour_clock

    cols = [header.fields().get(f) for f in ("start_date", "end_date", "period")]
    cols = [c for c in cols if c is not None]
    data = rows[header.row + 1 :]
    evidence = {c: date_order([r[c] if c < len(r) else None for r in data]) for c in cols}
    labels = _header_labels(rows, header, max(cols, default=0) + 1)
    proven = {c: e[0] for c, e in evidence.items() if e[0]}
    table = set(proven.values())

    @cache
    def partners_convention() -> str | None:  # read once, and only for a column that needs it (every row)
        if partner is None and "partner" in header.fields():
            pc = header.fields()["partner"]
            names = [canonical_partner(clean_text(r[pc])) for r in data if pc < len(r) and clean_text(r[pc])]
            conventions = {partner_date_order(n) for n in names}
            return conventions.pop() if len(conventions) == 1 else None
        return partner_date_order(partner)

    orders, findings = {}, []
    for col, (order, day_first, month_first, ambiguous) in evidence.items():
        name = _column_name(col, labels)
        if day_first and month_first:
            findings.append(
                (
                    "warning",
                    col,
                    f"{name} mixes day-first ({day_first}) and month-first ({month_first}) "
                    "dates; each date with a part above 12 is read as it proves, the others day first",
                )
            )
            orders[col] = "dmy"
            continue
        shown = ", ".join(ambiguous[:3]) + (" …" if len(ambiguous) > 3 else "")
        if (
            order == "mdy"
            and month_first == 1
            and "dmy" in table
            and ambiguous
            and all("." in a for a in ambiguous)
        ):  # one "03.15.2021" among dotted dates, the table's other dates day first: a slip, not the column's order
            orders[col] = "dmy"
            findings.append(
                (
                    "warning",
                    col,
                    f"{name}: one date can only be read month first, the others ({shown}) are read day first as "
                    "the table's other dates prove — check that date",
                )
            )
            continue
        if order:
            orders[col] = order
            continue
        if not ambiguous or (all("/" not in a and "-" not in a for a in ambiguous) and table <= {"dmy"}):
            if ambiguous:
                orders[col] = "dmy"  # "01.03.2021": dots are written day first
            continue
        if len(table) == 1:
            orders[col] = next(iter(table))
            other = next(c for c in proven if proven[c] == orders[col])
            n_other = max(evidence[other][1], evidence[other][2])
            why = (
                f"as {_column_name(other, labels)} proves ({n_other} date{'s' if n_other > 1 else ''} "
                "with a part above 12)"
            )
            findings.append(
                (
                    "info",
                    col,
                    f"{name}: {len(ambiguous)} date{'s' if len(ambiguous) > 1 else ''} could "
                    f"be read either way ({shown}); read {_ORDER_WORDS[orders[col]]}, {why}",
                )
            )
            continue
        us_clock = all(on_twelve_hour_clock(a) for a in ambiguous)  # "6/1/2021 12:00:00 AM": a US export
        convention = "mdy" if us_clock else partners_convention()
        orders[col] = convention or "dmy"
        why = (
            "the dates carry a 12-hour clock (AM/PM), as US exports write them"
            if us_clock
            else f"{partner or 'the partner'} writes dates month first"
            if convention == "mdy"
            else "the usual convention"
        )
        findings.append(
            (
                "warning",
                col,
                f"{name}: {len(ambiguous)} date{'s' if len(ambiguous) > 1 else ''} could be "
                f"read either way ({shown}) and no date in the table has a part above 12; read "
                f"{_ORDER_WORDS[orders[col]]} ({why}) — check them",
            )
        )
    return orders, findings


_ORDER_WORDS = {"dmy": "day first", "mdy": "month first"}
