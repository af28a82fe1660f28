"""A table's cells read column by column: a clean column in one pass, a messy cell alone.

Reading a partner's table row by row calls a parser for every cell. Most columns are clean
(every cell already a number or a date from the spreadsheet reader, or plain text that needs
no clean-up), and most texts repeat (a partner, a currency, a status). The functions here read
a whole column at once: the clean cells directly, each distinct text once, and every other
cell with the per-cell parser of :mod:`mtd_analysis.ingest.values`, so that each cell reads
exactly as that parser reads it.

A parser's problem with a cell (a :class:`~mtd_analysis.ingest.values.ValueProblem`) is kept in
the column in the cell's place, for the row reader to report where it would have reported it.
Any other exception is kept as a :class:`Failed` cell, for the row reader to raise there.

Examples
--------
>>> import datetime as dt
>>> clean_column(["  EU ", None, 2021.0, "a\\u00a0b", ""])
['EU', None, '2021', 'a b', None]
>>> dates = date_column([dt.date(2021, 3, 1), "01.04.2021", "soon", None])
>>> dates[:2], type(dates[2]).__name__, dates[3]
([datetime.date(2021, 3, 1), datetime.date(2021, 4, 1)], 'ValueProblem', None)
>>> amount_column([450000.0, "EUR 700 000", None])
[(450000.0, None), (700000.0, 'EUR'), None]
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from itertools import accumulate
from operator import itemgetter
from typing import Any

from mtd_analysis import config
from mtd_analysis.ingest.values import (
    _UNUSUAL_SPACE,
    UNUSUAL_CHAR,
    ValueProblem,
    clean_text,
    parse_amount,
    parse_date,
)

__all__ = [
    "Failed",
    "clean_column",
    "raw_columns",
    "starts_with",
    "date_column",
    "amount_column",
    "text_column",
]


@dataclass(frozen=True)
class Failed:
    """A cell whose parser raised something other than a :class:`ValueProblem`: raised again where it is read."""

    exception: Exception


def _outcome(parse: Callable[[Any], Any], value: Any) -> Any:
    """What ``parse(value)`` returns, or the problem it raises (a :class:`Failed` for any other exception)."""
    try:
        return parse(value)
    except ValueProblem as exc:
        return exc.with_traceback(None)  # kept without the parser's frames
    except Exception as exc:  # noqa: BLE001 - kept for the row reader, which raises it in the row's place
        return Failed(exc.with_traceback(None))


def _plain(joined: str) -> bool:
    """True when no text joined here holds a line break or an unusual or double space (what
    :func:`~mtd_analysis.ingest.values.clean_text` replaces): a strip is then all the texts need.

    Substring tests, which scan a long text column many times faster than the one pattern does.
    """
    return "  " not in joined and ";#" not in joined and not UNUSUAL_CHAR.search(joined)


_TEXT_OR_EMPTY = frozenset({str, type(None)})


def clean_column(values: list) -> list[str | None]:
    """:func:`~mtd_analysis.ingest.values.clean_text` of every cell of a column.

    When no text of the column holds a line break or an unusual or double space, its texts are
    only stripped; every other cell (a number, a date, a messy text) is cleaned alone.

    Parameters
    ----------
    values : list
        The column's cells as read (str, float, int, date, datetime or None).

    Returns
    -------
    list
        One cleaned text (or None) per cell.

    Examples
    --------
    >>> clean_column(["Title ", "  ", None]), clean_column(["two  spaces", 1.5, dt.date(2021, 3, 1)])
    (['Title', None, None], ['two spaces', '1.5', '2021-03-01'])
    """
    kinds = set(map(type, values))
    if kinds <= _TEXT_OR_EMPTY:
        texts = [v for v in values if v is not None] if type(None) in kinds else values
        joined = "\x00".join(texts)
        if _plain(joined):
            return [(v.strip() or None) if v else None for v in values]
    else:
        texts = [v for v in values if type(v) is str]
        joined = "\x00".join(texts)
    messy = set() if _plain(joined) else _messy_texts(texts, joined)  # the texts to clean alone, by place
    out: list[str | None] = []
    n_text = -1
    for v in values:
        kind = type(v)
        if kind is str:
            n_text += 1
            out.append(clean_text(v) if n_text in messy else (v.strip() or None))
        else:  # None, numbers and dates read as clean_text writes them
            out.append(clean_text(v))
    return out


def _messy_texts(texts: list[str], joined: str) -> set[int]:
    """The places of the texts that hold a line break or an unusual or double space (``joined``: the texts
    joined by NUL, which the pattern does not match)."""
    hits = [m.start() for m in _UNUSUAL_SPACE.finditer(joined)]
    if not hits:
        return set()
    ends = list(accumulate(len(t) + 1 for t in texts))  # one past each text's NUL
    return {bisect_right(ends, h) for h in hits}


def raw_columns(rows: list[list], width: int) -> list[list]:
    """The cells of ``rows`` as read, one list per column: ``width`` columns, or as many as the longest row
    has; cells beyond a row's end are None.

    Examples
    --------
    >>> raw_columns([[" A ", 100.0], ["B"]], 2)
    [[' A ', 'B'], [100.0, None]]
    """
    width = max([width, *map(len, rows)])
    if not rows:
        return [[] for _ in range(width)]
    if any(len(r) != width for r in rows):
        rows = [r if len(r) == width else [*r, *[None] * (width - len(r))] for r in rows]
    return [list(column) for column in zip(*rows, strict=True)]


def starts_with(column: list[str | None], chars: str) -> bool:
    """True when a cleaned text of the column starts with one of ``chars``.

    Examples
    --------
    >>> starts_with(["Title", None, "=SUM(A1)"], "=+-@"), starts_with(["#org"], "=")
    (True, False)
    """
    firsts = "".join(map(itemgetter(0), filter(None, column)))
    return any(c in firsts for c in chars)


def text_column(parse: Callable[[Any], Any], values: list) -> list:
    """``parse`` of every cell of a column, each distinct text parsed once (``parse`` must depend on the cell alone).

    Empty cells (None) stay None, unparsed; other cells that are not text are parsed one by one. A
    parser's problem stays in the cell's place (see the module).

    Examples
    --------
    >>> from mtd_analysis.ingest.values import parse_currency
    >>> text_column(parse_currency, ["EUR", "€", None, "EUR"])
    ['EUR', 'EUR', None, 'EUR']
    """
    memo: dict[str, Any] = {}
    out = []
    for v in values:
        if type(v) is str:
            if v not in memo:
                memo[v] = _outcome(parse, v)
            out.append(memo[v])
        else:
            out.append(None if v is None else _outcome(parse, v))
    return out


def date_column(values: list, *, end: bool = False, date1904: bool = False, order: str | None = None) -> list:
    """:func:`~mtd_analysis.ingest.values.parse_date` of every cell of a column.

    Dates and datetimes within the valid years are taken as they are; each distinct text is parsed
    once; any other cell (a number, an out-of-range date) is parsed alone.

    Parameters
    ----------
    values : list
        The column's cells as read.
    end, date1904, order
        As for :func:`~mtd_analysis.ingest.values.parse_date`.

    Returns
    -------
    list
        One date, None or problem per cell.

    Examples
    --------
    >>> date_column([dt.datetime(2021, 3, 1, 9, 30), "2021", 44256.0], end=True)
    [datetime.date(2021, 3, 1), datetime.date(2021, 12, 31), datetime.date(2021, 3, 1)]
    """
    lo, hi = config.VALID_YEARS

    def parse(value: Any) -> Any:
        return parse_date(value, end=end, date1904=date1904, order=order)

    memo: dict[str, Any] = {}
    out: list[Any] = []
    for v in values:
        kind = type(v)
        if v is None:
            out.append(None)
        elif kind is dt.date and lo <= v.year <= hi:
            out.append(v)
        elif kind is dt.datetime and lo <= v.year <= hi:
            out.append(v.date())
        elif kind is str:
            if v not in memo:
                memo[v] = _outcome(parse, v)
            out.append(memo[v])
        else:
            out.append(_outcome(parse, v))
    return out


def amount_column(values: list) -> list:
    """:func:`~mtd_analysis.ingest.values.parse_amount` of every cell of a column, as (value, currency) pairs.

    A float that is not negative is its own value; each distinct text is parsed once; any
    other cell is parsed alone.

    Examples
    --------
    >>> amount_column([1250.5, 7, "1,5 млн євро", "-"])
    [(1250.5, None), (7.0, None), (1500000.0, 'EUR'), None]
    >>> amount_column([-5.0])[0].message
    'amount -5 is negative'
    """

    def parse(value: Any) -> Any:
        amount = parse_amount(value)
        return None if amount is None else (amount.value, amount.currency)

    memo: dict[str, Any] = {}
    out: list[Any] = []
    for v in values:
        kind = type(v)
        if kind is float and v >= 0:  # NaN and negative amounts are parsed alone
            out.append((v, None))
        elif kind is str:
            if v not in memo:
                memo[v] = _outcome(parse, v)
            out.append(memo[v])
        elif v is None:
            out.append(None)
        else:
            out.append(_outcome(parse, v))
    return out
