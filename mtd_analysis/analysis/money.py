"""Money: exchange rates, amounts per calendar year, and conversion to the reporting currency.

Step ``projects -> allocations`` of the one-way flow. A project's ``amount`` is
first spread over calendar years (:func:`yearly_amounts`), then each year's
amount is converted with *that year's* NBU annual mean rate, crossing through
the hryvnia (:func:`convert`). A missing rate is never taken as 1:1: the
converted amount stays empty and an issue says which currency's rate is missing,
for which year, and how much money that leaves out.

The rates come from :func:`mtd_analysis.reference.rates.load_rates`: the shipped
NBU table (2015 to 2022; 2022 covers January to 21 July) with the analyst's table
(``data/external/``, written by ``mtd-analysis rates update``) laid over it, or a
table given with ``load_rates(path)`` (``--rates FILE`` on the command line).

Examples
--------
>>> rates = load_rates(config.RATES_FILE)
>>> rates.query("year == 2021 and currency in ['EUR', 'USD']")[["currency", "uah_per_unit"]].to_numpy().tolist()
[['EUR', 32.3009], ['USD', 27.2835]]
"""

from __future__ import annotations

import math
import re
from datetime import date
from typing import NamedTuple

import numpy as np
import pandas as pd

from mtd_analysis import config
from mtd_analysis.ingest.periods import days_per_year, split_by_days
from mtd_analysis.ingest.values import _ISO_4217
from mtd_analysis.reference.rates import RATE_COLUMNS, RatesError, load_rates
from mtd_analysis.schema import ISSUE_COLUMNS, empty_frame, money_column, source_cell_names

__all__ = [
    "RATE_COLUMNS",
    "RatesError",
    "load_rates",
    "yearly_amounts",
    "convert",
    "conversion_factors",
    "missing_rates",
    "unconverted_text",
    "parse_unconverted",
    "project_label",
    "project_issue",
    "issues_frame",
]

#: Columns of the table returned by :func:`yearly_amounts`.
YEARLY_COLUMNS = ["project_id", "year", "amount", "currency", "method"]
#: Relative difference allowed between the declared yearly amounts and the project total.
YEARLY_TOLERANCE = 0.005
#: Periods spanning this many calendar years or more are prorated one project at a time.
_MANY_YEARS = 100
#: The hryvnia: 1 UAH per UAH in every year, whatever the table holds.
HRYVNIA = "UAH"
#: Projects named in an issue about a missing rate that changes the focus year's figures.
_NAMED_PROJECTS = 5

_YEARLY_ITEM_RE = re.compile(r"^\s*(\d{4})\s*=\s*([0-9]+(?:\.[0-9]+)?(?:[eE][+-]?\d+)?)\s*$")


def _as_series(values) -> pd.Series:
    return (
        values if isinstance(values, pd.Series) else pd.Series(np.asarray(values, dtype=object), dtype=object)
    )


def conversion_factors(years, currencies, rates: pd.DataFrame, to: str = "EUR") -> np.ndarray:
    """Units of ``to`` per unit of each currency, in each year, crossing through the hryvnia.

    ``factor = uah_per_unit[currency, year] / uah_per_unit[to, year]``. A currency
    equal to ``to`` gives 1 whatever the table holds, and the hryvnia is 1 UAH per
    unit in every year; a missing rate gives NaN (never 1). Each distinct (year, currency) pair is looked up once.

    Parameters
    ----------
    years, currencies : sequence
        Same length; a missing year or currency gives NaN.
    rates : pandas.DataFrame
        As returned by :func:`load_rates`.
    to : str
        Target currency.

    Returns
    -------
    numpy.ndarray of float

    Raises
    ------
    ValueError
        When ``years`` and ``currencies`` differ in length.

    Examples
    --------
    >>> rates = pd.DataFrame({"year": [2021, 2021, 2021], "currency": ["EUR", "USD", "UAH"],
    ...                       "uah_per_unit": [32.0, 25.6, 1.0]})
    >>> conversion_factors([2021, 2021, 2021, 2030], ["USD", "EUR", "UAH", "USD"], rates).tolist()
    [0.8, 1.0, 0.03125, nan]
    """
    to = to.upper()
    year_codes, year_values = pd.factorize(_as_series(years))
    currency_codes, currency_values = pd.factorize(_as_series(currencies))
    if len(year_codes) != len(currency_codes):
        raise ValueError(f"{len(year_codes)} years but {len(currency_codes)} currencies")
    table = rates.assign(year=rates["year"].astype("int64"), currency=rates["currency"].str.upper())
    lookup = dict(
        zip(
            zip(table["year"], table["currency"], strict=True),
            table["uah_per_unit"].astype(float),
            strict=True,
        )
    )

    def rate_of(year: int, currency: str) -> float:
        return 1.0 if currency == HRYVNIA else lookup.get((year, currency), math.nan)

    factors = np.full(len(year_codes), np.nan)
    known = (year_codes >= 0) & (currency_codes >= 0)
    # one look-up per distinct (year, currency) pair met, then spread back to the rows
    pair_codes = year_codes[known].astype("int64") * len(currency_values) + currency_codes[known]
    pairs, pair_of_row = np.unique(pair_codes, return_inverse=True)
    pair_factors = np.empty(len(pairs))
    for i, pair in enumerate(pairs.tolist()):
        year = int(year_values[pair // len(currency_values)])
        currency = str(currency_values[pair % len(currency_values)]).strip().upper()
        pair_factors[i] = 1.0 if currency == to else rate_of(year, currency) / rate_of(year, to)
    factors[known] = pair_factors[pair_of_row]
    return factors


# ----------------------------------------------------------------------------------------- issues
def project_label(project) -> str:
    """How a message names a project: ``project EU-12 'Border crossing points' (row 14)``.

    Examples
    --------
    >>> project_label({"project_id": "EU-12", "title": "Border crossing points", "source_row": 14})
    "project EU-12 'Border crossing points' (row 14)"
    """
    title = project.get("title")
    title = "" if pd.isna(title) else str(title)
    if len(title) > 60:
        title = title[:57] + "..."
    row = project.get("source_row")
    where = "" if pd.isna(row) else f" (row {int(row)})"
    named = f" '{title}'" if title else ""
    return f"project {project.get('project_id')}{named}{where}"


def project_issue(project, column: str, severity: str, kind: str, message: str) -> dict:
    def text(value):
        return "" if value is None or pd.isna(value) else str(value)

    row = project.get("source_row")
    return {
        "file": text(project.get("source_file")),
        "sheet": text(project.get("source_sheet")),
        "row": pd.NA if row is None or pd.isna(row) else int(row),
        "column": column,
        "severity": severity,
        "kind": kind,
        "message": f"{project_label(project)}: {message}",
    }


def issues_frame(records: list[dict]) -> pd.DataFrame:
    """Issue records as a frame with :data:`schema.ISSUE_COLUMNS` (``row`` a nullable integer).

    Examples
    --------
    >>> issues_frame([]).columns.tolist()
    ['file', 'sheet', 'row', 'column', 'severity', 'kind', 'message']
    """
    if not records:
        return empty_frame(ISSUE_COLUMNS)
    issues = pd.DataFrame(records, columns=ISSUE_COLUMNS)
    return issues.assign(row=issues["row"].astype("Int64"))


# ----------------------------------------------------------------------------------- yearly amounts
def _parse_date(value) -> date | None:
    if value is None or pd.isna(value):
        return None
    try:
        return date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return None


def _parse_yearly(text: str) -> dict[int, float] | None:
    """``"2020=100;2021=250"`` -> {2020: 100.0, 2021: 250.0}; None when any part is unreadable."""
    parts = [p for p in str(text).split(";") if p.strip()]
    result: dict[int, float] = {}
    for part in parts:
        match = _YEARLY_ITEM_RE.match(part)
        if not match:
            return None
        year, value = int(match.group(1)), float(match.group(2))
        if year in result or not (config.VALID_YEARS[0] <= year <= config.VALID_YEARS[1]):
            return None
        result[year] = value
    return result or None


def _prorate(total: float, start: date, end: date) -> dict[int, float]:
    """Split ``total`` over the calendar years of [start, end] (inclusive) by days.

    Every year but the last is rounded to cents; the last year takes the remainder
    so that the years add up to ``total``. The rule for one project, as
    :func:`_prorated_years` applies it to many at once (and falls back to this one
    for a total that is not a finite number).
    """
    return split_by_days(total, days_per_year(start, end))


def _by_distinct_value(values: pd.Series, parse) -> tuple[np.ndarray, list]:
    """Parse each distinct value once (partners repeat the same dates and codes thousands of times).

    Returns the code of each row's value (-1 when missing) and the parsed distinct values.
    """
    codes, distinct = pd.factorize(values)
    return codes, [parse(value) for value in distinct]


def _date_array(values: pd.Series) -> np.ndarray:
    """ISO date texts as ``datetime64[D]`` (NaT when missing or unreadable); each distinct text read once."""
    codes, parsed = _by_distinct_value(values, _parse_date)
    table = np.array(
        [np.datetime64(d, "D") if d is not None else np.datetime64("NaT") for d in parsed]
        + [np.datetime64("NaT")],
        dtype="datetime64[D]",
    )
    return table[codes]


def _calendar_year(days: np.ndarray) -> np.ndarray:
    return days.astype("datetime64[Y]").astype("int64") + 1970


def _explode(counts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For items repeated ``counts`` times: the item of each repetition and its rank (0, 1, ...)."""
    owner = np.repeat(np.arange(len(counts)), counts)
    rank = np.arange(len(owner)) - np.repeat(np.cumsum(counts) - counts, counts)
    return owner, rank


def _round_cents(values: np.ndarray) -> np.ndarray:
    """``round(value, 2)`` of each value, exactly as Python rounds it (half to even, on the exact value).

    ``rint(value * 100) / 100`` agrees with Python except where ``value * 100`` lies
    near a half cent or the value is huge; those few are rounded by Python itself.
    """
    scaled = values * 100
    rounded = np.rint(scaled) / 100
    with np.errstate(invalid="ignore"):
        unsure = ~(np.abs(values) < 1e10) | (np.abs(scaled - np.floor(scaled) - 0.5) < 1e-3)
    if unsure.any():
        rounded[unsure] = [round(float(value), 2) for value in values[unsure]]
    return rounded


def _two_sum(a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``a + b`` rounded, and the exact rounding error (Knuth's TwoSum)."""
    total = a + b
    b_part = total - a
    a_part = total - b_part
    return total, (a - a_part) + (b - b_part)


def _fsum_by_owner(owner: np.ndarray, rank: np.ndarray, values: np.ndarray, size: int) -> np.ndarray:
    """``math.fsum`` of the values of each owner (0 .. size-1), bit for bit, without a loop per owner.

    The sum is carried as an unevaluated pair (total + carry) with error-free
    additions; while the carry stays exact, rounding the pair once gives the
    correctly rounded sum, which is what ``math.fsum`` returns. The rare owner
    whose carry could not be kept exact is summed by ``math.fsum`` itself.
    """
    total, carry = np.zeros(size), np.zeros(size)
    exact = np.ones(size, dtype=bool)
    for step in range(int(rank.max()) + 1 if len(rank) else 0):
        at = rank == step
        who = owner[at]
        total[who], error = _two_sum(total[who], values[at])
        carry[who], lost = _two_sum(carry[who], error)
        exact[who] = exact[who] & (lost == 0)
    sums = total + carry
    for i in np.flatnonzero(~exact):
        sums[i] = math.fsum(values[owner == i])
    return sums


def _prorated_years(total: np.ndarray, start: np.ndarray, end: np.ndarray):
    """:func:`_prorate` for many projects at once (``start <= end``, all known).

    Returns the project (index into the inputs), year and amount of each row, by
    project then year.
    """
    first_year, last_year = _calendar_year(start), _calendar_year(end)
    count = last_year - first_year + 1
    owner, rank = _explode(count)
    year = first_year[owner] + rank
    january_1 = (year - 1970).astype("datetime64[Y]").astype("datetime64[D]")
    december_31 = (year - 1969).astype("datetime64[Y]").astype("datetime64[D]") - np.timedelta64(1, "D")
    first = np.maximum(start[owner], january_1)
    last = np.minimum(end[owner], december_31)
    days = (last - first).astype("int64") + 1
    all_days = (end - start).astype("int64") + 1
    is_last = rank == count[owner] - 1
    # every year but the last: rounded to cents; the last takes the remainder
    amount = np.where(is_last, 0.0, _round_cents(total[owner] * days / all_days[owner]))
    before_last = _fsum_by_owner(owner, rank, amount, len(count))
    amount[is_last] = _round_cents(total - before_last)[owner[is_last]]
    whole = _fsum_by_owner(owner, rank, amount, len(count))
    # total has fractions of a cent: keep them in the last year so the sum stays exact
    fractions = ~((whole == total) | (np.abs(whole - total) <= 1e-6))
    keep = is_last & fractions[owner]
    amount[keep] = (total - before_last)[owner[keep]]
    return owner, year, amount


def _declared_table(parsed: list) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Readable declared texts end to end: each one's first item and item count; years, amounts, totals."""
    counts = np.array([len(p) if p else 0 for p in parsed] + [0], dtype="int64")
    starts = np.cumsum(counts) - counts
    years = np.array([y for p in parsed if p for y in sorted(p)], dtype="int64")
    amounts = np.array([p[y] for p in parsed if p for y in sorted(p)], dtype="float64")
    totals = np.array([math.fsum(p.values()) if p else math.nan for p in parsed] + [math.nan])
    return starts, counts, years, amounts, totals


def _column(projects: pd.DataFrame, name: str) -> pd.Series:
    """A column of the projects table; all missing when the table does not have it."""
    if name in projects.columns:
        return projects[name]
    return pd.Series(None, index=projects.index, dtype=object)


def _text_of(values: pd.Series) -> np.ndarray:
    """``str(value)`` of each value, as a record would show it (NaN -> 'nan')."""
    return np.array([str(value) for value in values.to_numpy(dtype=object)], dtype=object)


def _currency_codes(values: pd.Series) -> np.ndarray:
    codes, distinct = _by_distinct_value(values, lambda value: str(value).strip().upper())
    return np.array([*distinct, pd.NA], dtype=object)[codes]


def _remainder_by_days(rest: float, start: date, end: date, known: set[int]) -> dict[int, float]:
    """``rest`` spread over the years of [start, end] that are not in ``known``, by days; cents add up exactly."""
    if rest <= 0:
        return {}
    return split_by_days(rest, days_per_year(start, end, skip=known))


def _yearly_issues(
    projects: pd.DataFrame,
    problems: dict[str, np.ndarray],
    amount: np.ndarray,
    declared_total: np.ndarray,
    remainders: dict[int, tuple[float, list[int]]] | None = None,
) -> list[dict]:
    """Issue records of :func:`yearly_amounts`, built only for the projects that have a problem."""
    remainders = remainders or {}
    positions = np.flatnonzero(np.logical_or.reduce(list(problems.values())))
    issues = []
    for position, project in zip(
        positions.tolist(), projects.iloc[positions].to_dict("records"), strict=True
    ):
        if problems["unreadable"][position]:
            message = (
                f"yearly amounts {str(project.get('yearly_amounts'))!r} are not readable as "
                "'YEAR=AMOUNT;YEAR=AMOUNT' (each year once, amounts not negative); "
                "the total is spread over the period instead"
            )
            issues.append(project_issue(project, "yearly_amounts", "error", "amount", message))
        if problems["mismatch"][position]:
            rest = remainders.get(position)
            message = (
                f"yearly amounts add up to {declared_total[position]:,.2f} but the total amount is "
                f"{amount[position]:,.2f}; "
                + (
                    f"the yearly figures are kept and the remaining {rest[0]:,.2f} is spread over the years not "
                    f"given ({', '.join(map(str, rest[1]))}) by days"
                    if rest
                    else "the yearly figures are kept as declared"
                )
            )
            issues.append(project_issue(project, "yearly_amounts", "warning", "amount", message))
        start, end = _parse_date(project.get("start_date")), _parse_date(project.get("end_date"))
        if problems["reversed"][position]:
            message = (
                f"end date {end.isoformat()} is before start date {start.isoformat()}: "
                "amount not assigned to a year until the dates are corrected"
            )
            # the reader already reported the dates as an error on this cell; this is the consequence
            issues.append(project_issue(project, "end_date", "info", "date", message))
        elif problems["start_only"][position]:
            message = f"no end date: the whole amount is counted in the start year {start.year}"
            issues.append(project_issue(project, "end_date", "warning", "date", message))
        elif problems["end_only"][position]:
            message = f"no start date: the whole amount is counted in the end year {end.year}"
            issues.append(project_issue(project, "start_date", "warning", "date", message))
        elif problems["no_period"][position]:
            message = "no period: not assigned to a year"
            issues.append(project_issue(project, "start_date", "warning", "date", message))
    return issues


class _YearlyPlan(NamedTuple):
    """What :func:`yearly_amounts` decided for each project (arrays indexed by project position)."""

    amount: np.ndarray  # total amount, NaN when missing
    start: np.ndarray  # datetime64[D], NaT when missing
    end: np.ndarray
    text_codes: np.ndarray  # index of each project's yearly text into the declared table
    declared: tuple  # :func:`_declared_table` of the distinct yearly texts
    declared_total: np.ndarray  # each project's declared total
    masks: dict[str, np.ndarray]  # the rule each project falls under, and its problems


#: The masks of a :class:`_YearlyPlan` that :func:`_yearly_issues` reports.
_YEARLY_PROBLEMS = ("unreadable", "mismatch", "reversed", "start_only", "end_only", "no_period")

#: A piece of the yearly table: (project positions, years, amounts, method).
_Pieces = list[tuple[np.ndarray, np.ndarray, np.ndarray, str]]


def _yearly_plan(projects: pd.DataFrame) -> _YearlyPlan:
    """Read amounts, yearly texts and dates once, and sort every project under its rule."""
    amount = pd.to_numeric(_column(projects, "amount"), errors="coerce").to_numpy(
        dtype="float64", na_value=np.nan
    )
    # each distinct yearly text is read once: blank, unreadable (None) or {year: amount}
    text_codes, texts = pd.factorize(_column(projects, "yearly_amounts"))
    not_blank = [bool(str(text).strip()) for text in texts]
    parsed = [_parse_yearly(text) if given else None for text, given in zip(texts, not_blank, strict=True)]
    given = np.array([*not_blank, False], dtype=bool)[text_codes]
    table = _declared_table(parsed)
    item_count, text_total = table[1], table[4]
    readable_text = (item_count > 0)[text_codes]
    declared = given & readable_text
    declared_total = text_total[text_codes]
    known_amount = ~np.isnan(amount)
    with np.errstate(invalid="ignore"):
        mismatch = (
            declared & known_amount & (np.abs(declared_total - amount) > YEARLY_TOLERANCE * np.abs(amount))
        )

    start, end = _date_array(_column(projects, "start_date")), _date_array(_column(projects, "end_date"))
    spread = ~declared & known_amount
    has_start, has_end = ~np.isnat(start), ~np.isnat(end)
    both = spread & has_start & has_end
    reversed_dates = both & (end < start)
    masks = {
        "declared": declared,
        "unreadable": given & ~readable_text,
        "mismatch": mismatch,
        "short": mismatch & (declared_total < amount) & has_start & has_end & ~(end < start),
        "reversed": reversed_dates,
        "prorated": both & ~reversed_dates,
        "start_only": spread & has_start & ~has_end,
        "end_only": spread & ~has_start & has_end,
        "no_period": spread & ~has_start & ~has_end,
    }
    return _YearlyPlan(amount, start, end, text_codes, table, declared_total, masks)


def _declared_pieces(plan: _YearlyPlan) -> tuple[_Pieces, dict[int, tuple[float, list[int]]]]:
    """The declared years, and the remainder of a total they fall short of (by days over the other years).

    Returns the pieces and, per project position, the remainder spread and the years it went to.
    """
    first_item, item_count, item_year, item_amount, _ = plan.declared
    text_codes, amount, start, end = plan.text_codes, plan.amount, plan.start, plan.end
    chosen = np.flatnonzero(plan.masks["declared"])
    owner, rank = _explode(item_count[text_codes[chosen]])
    items = first_item[text_codes[chosen]][owner] + rank
    pieces: _Pieces = [(chosen[owner], item_year[items], item_amount[items], "declared")]
    remainders: dict[int, tuple[float, list[int]]] = {}
    for position in np.flatnonzero(plan.masks["short"]).tolist():
        code = text_codes[position]
        known = set(item_year[first_item[code] : first_item[code] + item_count[code]].tolist())
        rest = float(amount[position] - plan.declared_total[position])
        parts = _remainder_by_days(rest, start[position].item(), end[position].item(), known)
        if parts:
            years_left = sorted(parts)
            remainders[position] = (rest, years_left)
            pieces.append(
                (
                    np.full(len(parts), position),
                    np.array(years_left),
                    np.array([parts[y] for y in years_left]),
                    "prorated",
                )
            )
    return pieces, remainders


def _spread_pieces(plan: _YearlyPlan) -> _Pieces:
    """The totals without declared years: prorated by days, or all in the one year known."""
    amount, start, end = plan.amount, plan.start, plan.end
    chosen = np.flatnonzero(plan.masks["prorated"])
    span = _calendar_year(end[chosen]) - _calendar_year(start[chosen])
    together = np.isfinite(amount[chosen]) & (span < _MANY_YEARS)
    chosen, one_by_one = chosen[together], chosen[~together]
    owner, years, amounts = _prorated_years(amount[chosen], start[chosen], end[chosen])
    pieces: _Pieces = [(chosen[owner], years, amounts, "prorated")]
    # a total that is not a finite number, or a period of centuries: the rule for one project
    for position in one_by_one.tolist():
        parts = _prorate(float(amount[position]), start[position].item(), end[position].item())
        pieces.append(
            (
                np.full(len(parts), position),
                np.array(sorted(parts)),
                np.array([parts[y] for y in sorted(parts)]),
                "prorated",
            )
        )
    chosen = np.flatnonzero(plan.masks["start_only"])
    pieces.append((chosen, _calendar_year(start[chosen]), amount[chosen], "start_year"))
    chosen = np.flatnonzero(plan.masks["end_only"])
    pieces.append((chosen, _calendar_year(end[chosen]), amount[chosen], "end_year"))
    return pieces


def _yearly_frame(projects: pd.DataFrame, pieces: _Pieces) -> pd.DataFrame:
    """The pieces as one table of :data:`YEARLY_COLUMNS`, by project position then year."""
    position = np.concatenate([p[0] for p in pieces]).astype("int64")
    year = np.concatenate([p[1] for p in pieces]).astype("int64")
    order = np.lexsort((year, position))
    position, year = position[order], year[order]
    methods = np.concatenate([np.full(len(p[0]), p[3], dtype=object) for p in pieces])[order]
    yearly = pd.DataFrame(
        {
            "project_id": _text_of(_column(projects, "project_id"))[position],
            "year": year,
            "amount": np.concatenate([p[2] for p in pieces]).astype("float64")[order],
            "currency": _currency_codes(_column(projects, "currency"))[position],
            "method": methods,
        },
        columns=YEARLY_COLUMNS,
    )
    return yearly.astype({"project_id": "str", "year": "int64", "amount": "float64", "method": "str"})


def yearly_amounts(projects: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Spread each project's money over calendar years, in the project's own currency.

    Rules, in order:

    * ``yearly_amounts`` given (``2020=100000;2021=250000``): the declared years are
      kept as given (method ``declared``). When they differ from ``amount`` by more
      than 0.5 % a warning says so; the declared figures still win. An unreadable
      ``yearly_amounts`` gives an error issue and the rules below apply instead.
    * ``amount`` missing: no rows and no issue (the reader has already warned).
    * start and end date known: ``amount`` is prorated by days over [start, end],
      both ends included (method ``prorated``). Years are rounded to cents, the
      last year takes the remainder, so the years add up to ``amount``.
      End before start: no rows, info issue (the reader reports the dates as an error).
    * only one date known: the whole amount goes to that date's year (method
      ``start_year`` or ``end_year``) with a warning.
    * no date at all: no rows, warning "no period: not assigned to a year".

    An unreadable date counts as missing. Each distinct date and yearly text is
    read once, and issues are built only for the projects that have one. The input
    is not mutated.

    Parameters
    ----------
    projects : pandas.DataFrame
        Projects table (:data:`mtd_analysis.schema.PROJECT_COLUMNS`), in memory or
        read back from ``projects.csv``.

    Returns
    -------
    yearly : pandas.DataFrame
        ``project_id, year, amount, currency, method``, one row per project and year,
        in the order of the projects then years.
    issues : pandas.DataFrame
        :data:`mtd_analysis.schema.ISSUE_COLUMNS`.

    Examples
    --------
    >>> projects = pd.DataFrame({"project_id": ["P1"], "title": ["Patrol cars"], "amount": [730.0],
    ...     "currency": ["EUR"], "start_date": ["2020-07-01"], "end_date": ["2022-06-30"],
    ...     "yearly_amounts": [pd.NA], "source_file": ["a.xlsx"], "source_sheet": ["S"], "source_row": [3]})
    >>> yearly, issues = yearly_amounts(projects)
    >>> yearly[["year", "amount", "method"]].to_numpy().tolist()
    [[2020, 184.0, 'prorated'], [2021, 365.0, 'prorated'], [2022, 181.0, 'prorated']]
    >>> len(issues)
    0
    """
    plan = _yearly_plan(projects)
    pieces, remainders = _declared_pieces(plan)
    pieces += _spread_pieces(plan)
    problems = {name: plan.masks[name] for name in _YEARLY_PROBLEMS}
    issues = _yearly_issues(projects, problems, plan.amount, plan.declared_total, remainders)
    return _yearly_frame(projects, pieces), issues_frame(issues)


# ------------------------------------------------------------------------------------------- convert
#: The ``file`` of an issue about the rates tables themselves (not a partner's file).
RATES_ISSUE_FILE = "exchange rates"


def missing_rates(year: int, currency, rates: pd.DataFrame, to: str = "EUR") -> list[str]:
    """The currencies whose rate for ``year`` is really missing to convert ``currency`` to ``to``.

    The hryvnia needs no rate (1 by definition), nor does a currency converted to itself.

    Examples
    --------
    >>> rates = pd.DataFrame({"year": [2022, 2022], "currency": ["EUR", "USD"], "uah_per_unit": [33.0, 32.0]})
    >>> missing_rates(2023, "UAH", rates), missing_rates(2023, "USD", rates), missing_rates(2022, "USD", rates)
    (['EUR'], ['EUR', 'USD'], [])
    """
    to = to.upper()
    currency = str(currency).strip().upper()
    if currency == to:
        return []
    have = set(rates.loc[rates["year"].astype("int64") == int(year), "currency"].str.upper())
    return sorted({c for c in (currency, to) if c != HRYVNIA and c not in have})


def unconverted_text(amounts: dict[str, float]) -> str:
    """Amounts per currency as one cell: ``"DKK=2000;USD=1234.5"`` (currencies sorted, cents kept).

    Examples
    --------
    >>> unconverted_text({"USD": 1234.5, "DKK": 2000.0, "CHF": 0.0})
    'DKK=2000;USD=1234.5'
    >>> unconverted_text({"UAH": 12_345_678.9}), unconverted_text({})
    ('UAH=12345678.9', '')
    """
    return ";".join(
        f"{c}={f'{a:.2f}'.rstrip('0').rstrip('.')}" for c, a in sorted(amounts.items()) if round(a, 2)
    )


def parse_unconverted(text) -> dict[str, float]:
    """The amounts per currency of an :func:`unconverted_text` cell (empty or missing: none).

    Examples
    --------
    >>> parse_unconverted("DKK=2000;USD=1234.5"), parse_unconverted(float("nan"))
    ({'DKK': 2000.0, 'USD': 1234.5}, {})
    """
    if not isinstance(text, str) or not text.strip():
        return {}
    return {c.strip(): float(a) for c, a in (part.split("=", 1) for part in text.split(";") if "=" in part)}


def _money_list(amounts: dict[str, float]) -> str:
    return ", ".join(f"{amount:,.2f} {currency}" for currency, amount in sorted(amounts.items()))


def _cell_of(project, field: str) -> str | None:
    return source_cell_names(project.get("source_cells")).get(field)


def _project_rate_issue(project, currency, rows: list[tuple], to: str) -> dict:
    """The issue of one project whose currency cannot be converted at all (none, not ISO, in no table)."""
    years = ", ".join(str(int(row[1])) for row in sorted(rows, key=lambda r: r[1]))
    if pd.isna(currency) or not str(currency).strip():
        # the reader has warned that the currency is missing (on the same cell); this is what it costs
        text = (
            f"the amount has no currency, so its {years} part cannot be converted to {to} and is not counted"
        )
        return project_issue(project, "currency", "info", "currency", text)
    if str(currency).upper() not in _ISO_4217:
        # the reader has already reported the unknown code as an error on the same cell
        text = f"currency {currency} is not an ISO 4217 code: the {years} amount is not converted and not counted"
        return project_issue(project, "currency", "info", "currency", text)
    amount = math.fsum(row[2] for row in rows if not pd.isna(row[2]))
    cell = _cell_of(project, "currency")
    text = (
        f"currency {currency}{f' (cell {cell})' if cell else ''} is in no exchange-rate table: "
        f"{amount:,.2f} {currency} ({years}) is not converted to {to} and not counted (never taken as 1:1); "
        f"correct the currency, or add {currency}'s rates with `mtd-analysis rates update --currencies {currency}`"
    )
    return project_issue(project, "currency", "error", "currency", text)


def _gap_issue(
    currency: str, year: int, rows: list[tuple], rates: pd.DataFrame, to: str, focus: int | None
) -> dict:
    """One issue per currency and year whose rate the tables lack: projects and money left out."""
    amounts: dict[str, float] = {}
    for _, _, amount, original in rows:
        if not pd.isna(amount):
            amounts[original] = amounts.get(original, 0.0) + float(amount)
    projects = list(dict.fromkeys(str(row[0]) for row in rows))
    years = rates.loc[rates["currency"].str.upper() == currency, "year"]
    known = f" (the rates tables have {currency} for {years.min()}-{years.max()})" if len(years) else ""
    changes_focus = focus is None or int(year) == int(focus)
    text = (
        f"{RATES_ISSUE_FILE}: no rate for {currency} in {year}{known}: the {year} money of {len(projects)} "
        f"project{'s' if len(projects) != 1 else ''} is not converted to {to} and not counted"
        + (f" ({_money_list(amounts)})" if amounts else "")
    )
    if changes_focus:
        named = ", ".join(projects[:_NAMED_PROJECTS]) + (", ..." if len(projects) > _NAMED_PROJECTS else "")
        text += f"; projects {named}"
    text += "; fetch the NBU rates with `mtd-analysis rates update`, or pass --rates"
    return {
        "file": RATES_ISSUE_FILE,
        "sheet": "",
        "row": pd.NA,
        "column": "",
        "severity": "error" if changes_focus else "warning",
        # a gap of the rates tables, not of the partner's file: left out of partner feedback
        "kind": "rate",
        "message": text,
    }


def _missing_rate_issues(
    missing: pd.DataFrame, rates: pd.DataFrame, projects: pd.DataFrame | None, to: str, focus: int | None
) -> list[dict]:
    """Per project: a currency that cannot be converted at all; per currency and year: a rate the tables lack."""
    missing = missing.loc[missing["project_id"].notna()]
    if missing.empty:
        return []
    by_id = {}
    if projects is not None:
        ids = _text_of(_column(projects, "project_id"))
        wanted = pd.Series(ids).isin(missing["project_id"].astype(str).unique()).to_numpy()
        by_id = {str(p.get("project_id")): p for p in projects.loc[wanted].to_dict("records")}
    known = set(rates["currency"].str.upper()) | {HRYVNIA, to}
    per_project: dict[tuple[str, object], list[tuple]] = {}
    gaps: dict[tuple[int, str], list[tuple]] = {}
    rows = missing[["project_id", "year", "amount", "currency"]].itertuples(index=False, name=None)
    for project_id, year, amount, currency in rows:
        code = None if pd.isna(currency) or not str(currency).strip() else str(currency).strip().upper()
        if code is None or code not in _ISO_4217 or code not in known:
            per_project.setdefault((str(project_id), code if code else None), []).append(
                (project_id, year, amount, currency)
            )
            continue
        for lacking in missing_rates(year, code, rates, to):
            gaps.setdefault((int(year), lacking), []).append((project_id, year, amount, code))
    issues = []
    # projects in order of appearance; a project's currencies sorted, the missing currency last
    first_seen = {key[0]: i for i, key in reversed(list(enumerate(per_project)))}
    ordered = sorted(per_project, key=lambda key: (first_seen[key[0]], key[1] is None, key[1] or ""))
    for project_id, code in ordered:
        group = per_project[project_id, code]
        project = by_id.get(project_id, {"project_id": project_id})
        issues.append(_project_rate_issue(project, group[0][3] if code else None, group, to))
    for (year, currency), group in sorted(gaps.items()):
        issues.append(_gap_issue(currency, year, group, rates, to, focus))
    return issues


def convert(
    yearly: pd.DataFrame,
    rates: pd.DataFrame,
    to: str = "EUR",
    projects: pd.DataFrame | None = None,
    year: int | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Add the amount in the reporting currency, at each year's rate.

    ``amount_<to> = amount * uah_per_unit[currency, year] / uah_per_unit[to, year]`` (the hryvnia is 1).
    When a rate is missing, ``amount_<to>`` is NaN (never a silent 1:1) and an issue says so:

    * a currency that the rates tables lack for a year (the tables end before the project does): one
      issue per missing currency and year, naming the currency really missing (for UAH to EUR in 2023,
      the euro's), the number of projects and the money left out. It is an error when the year is the
      focus ``year`` (it changes that year's figures), a warning otherwise;
    * a currency that no table has at all: an error per project, naming the cell and the amount;
    * no currency, or not an ISO 4217 code: a note per project (the reader reported the cell).

    The input is not mutated.

    Parameters
    ----------
    yearly : pandas.DataFrame
        From :func:`yearly_amounts`.
    rates : pandas.DataFrame
        From :func:`load_rates`.
    to : str, default "EUR"
        Reporting currency.
    projects : pandas.DataFrame, optional
        The projects table, to give issues the project's file, sheet, row, cell and title.
    year : int, optional
        The focus year (``--year``); None counts every year as focus.

    Returns
    -------
    converted : pandas.DataFrame
        ``yearly`` plus the column :func:`mtd_analysis.schema.money_column` ``("amount", to)``.
    issues : pandas.DataFrame

    Examples
    --------
    >>> rates = pd.DataFrame({"year": [2021, 2021], "currency": ["EUR", "USD"], "uah_per_unit": [32.0, 25.6]})
    >>> yearly = pd.DataFrame({"project_id": ["P1", "P1", "P2"], "year": [2021, 2022, 2022],
    ...     "amount": [1000.0, 500.0, 3200.0], "currency": ["USD", "USD", "UAH"], "method": ["prorated"] * 3})
    >>> converted, issues = convert(yearly, rates, year=2021)
    >>> converted["amount_eur"].tolist()
    [800.0, nan, nan]
    >>> issues[["severity", "kind"]].to_numpy().tolist()
    [['warning', 'rate'], ['warning', 'rate']]
    >>> print(issues["message"].iloc[0])
    exchange rates: no rate for EUR in 2022 (the rates tables have EUR for 2021-2021): the 2022 money of 2 projects is not converted to EUR and not counted (3,200.00 UAH, 500.00 USD); fetch the NBU rates with `mtd-analysis rates update`, or pass --rates
    """
    to = to.upper()
    column = money_column("amount", to)
    factors = conversion_factors(yearly["year"], yearly["currency"], rates, to)
    converted = yearly.assign(**{column: yearly["amount"].astype(float).to_numpy() * factors})
    missing = converted.loc[np.isnan(factors), ["project_id", "year", "amount", "currency"]]
    missing = missing.loc[missing["year"].notna()]
    return converted, issues_frame(_missing_rate_issues(missing, rates, projects, to, year))
