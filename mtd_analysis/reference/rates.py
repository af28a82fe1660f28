"""Exchange rates: the one loader of the rates tables, and their update from the National Bank of Ukraine.

Two tables hold hryvnias per unit of each currency, one annual mean per year:

* the **shipped** table, ``reference/data/nbu_rates_annual_mean.csv`` (NBU official rates, 2015 to July 2022);
* the **analyst's** table, ``data/external/nbu_rates_annual_mean.csv``
  (:data:`mtd_analysis.config.EXTERNAL_RATES_FILE`), written by ``mtd-analysis rates update``.
  ``data/external`` is cookiecutter-data-science's place for data from third parties.

:func:`load_rates` reads the shipped table and lays the analyst's table over it: for a year and
currency in both, the analyst's figure wins. A file given explicitly (``--rates FILE``) replaces both.

The annual mean (:func:`annual_means`) is the arithmetic mean of the official rate **in force on each
calendar day** of the year, weekends and public holidays included (the NBU's service answers one rate for
every calendar day: the rate in force that day; a day missing from an answer takes the rate of the day
before). This is the method of the shipped means: applied to the NBU's daily rates for 2015 to 2021 it gives
all 84 of them to the fourth decimal, while the mean of business days only misses them by up to 0.028 UAH and
the mean of monthly means by up to 0.09 UAH (``tests/reference/test_rates.py``). Means are rounded to
4 decimals, as the NBU publishes its rates. A year not whole when the rates were fetched is marked
``partial`` (its mean covers ``days`` days); a year is only averaged from its 1 January.

Only :func:`update_rates` (and :func:`fetch_daily`) use the network, and only when called. The range
service ``https://bank.gov.ua/NBU_Exchange/exchange_site?start=YYYYMMDD&end=YYYYMMDD&valcode=EUR
&sort=exchangedate&order=asc&json`` answers a JSON list of ``{"exchangedate": "DD.MM.YYYY", "cc": "EUR",
"rate": ..., "units": ..., "rate_per_unit": ..., ...}``; one request per currency and year. The standard
library's ``urllib`` is enough for these GET requests, so no HTTP library is added to the analysts' laptops.

Examples
--------
>>> rates = load_rates(config.RATES_FILE)
>>> rates.query("year == 2021 and currency == 'EUR'")["uah_per_unit"].item()
32.3009
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable
from datetime import date, timedelta
from pathlib import Path

import pandas as pd

from mtd_analysis import __version__, config
from mtd_analysis.schema import MAX_RATE
from mtd_analysis.store import write_csv

__all__ = [
    "RatesError",
    "RatesFetchError",
    "RATE_COLUMNS",
    "TABLE_COLUMNS",
    "read_rates_table",
    "load_rates",
    "rates_sources",
    "exchange_url",
    "parse_exchange",
    "fetch_daily",
    "annual_means",
    "update_rates",
]

#: Columns :func:`load_rates` returns (what conversion needs).
RATE_COLUMNS = ["year", "currency", "uah_per_unit"]
#: Columns of a rates table file; ``days``, ``partial`` and ``source`` are optional when reading.
TABLE_COLUMNS = ["year", "currency", "uah_per_unit", "days", "partial", "source"]
NBU_RANGE_URL = "https://bank.gov.ua/NBU_Exchange/exchange_site"
#: Days fetched before 1 January, so that the rate in force on the year's first days (set in December) is known.
LEAD_DAYS = 20
TIMEOUT_SECONDS = 30
SOURCE_TEXT = (
    "National Bank of Ukraine (NBU) official rate (NBU_Exchange/exchange_site API); "
    "mean over the calendar days of {year} of the rate in force each day; fetched {fetched}"
)

_CURRENCY_RE = re.compile(r"^[A-Z]{3}$")
_TRUE = {"true", "yes", "1", "так"}
_FALSE = {"false", "no", "0", "", "ні"}


class RatesError(ValueError):
    """A rates table that cannot be used (missing column, bad or duplicate rate); names file and row."""


class RatesFetchError(ConnectionError):
    """The NBU service could not be reached or answered something unusable; one sentence, no traceback."""


# ---------------------------------------------------------------------------------------------- reading
def _check_row(
    path: Path, line: int, year_text: str, cur_text: str, value_text: str
) -> tuple[int, str, float]:
    if not year_text.isdigit() or not (config.VALID_YEARS[0] <= int(year_text) <= config.VALID_YEARS[1]):
        raise RatesError(
            f"{path.name}: row {line}: year {year_text!r} is not a year between {config.VALID_YEARS}"
        )
    currency = cur_text.upper()
    if not _CURRENCY_RE.match(currency):
        raise RatesError(f"{path.name}: row {line}: currency {cur_text!r} is not a 3-letter ISO 4217 code")
    try:
        value = float(value_text)
    except ValueError:
        value = math.nan
    if not (math.isfinite(value) and 0 < value <= MAX_RATE):  # 1e308 or inf: a typo or an overflow
        raise RatesError(f"{path.name}: row {line}: uah_per_unit {value_text!r} is not a positive number")
    return int(year_text), currency, value


def read_rates_table(path: str | Path) -> pd.DataFrame:
    """Read and check one rates table file.

    Parameters
    ----------
    path : str or Path
        A CSV with columns ``year, currency, uah_per_unit``; ``days`` (calendar days averaged),
        ``partial`` (the year was not over) and ``source`` are read when present.

    Returns
    -------
    pandas.DataFrame
        :data:`TABLE_COLUMNS`: ``days`` nullable integer, ``partial`` bool (False when not given),
        sorted by year and currency.

    Raises
    ------
    RatesError
        When a column is missing, a value is not a year / currency code / positive number / yes-no,
        or a (year, currency) pair appears twice. The message names the file and the line (header = 1).

    Examples
    --------
    >>> table = read_rates_table(config.RATES_FILE)
    >>> table.query("year == 2022 and currency == 'USD'")[["days", "partial"]].to_numpy().tolist()
    [[201, True]]
    """
    path = Path(path)
    return rates_table(pd.read_csv(path, dtype=str, keep_default_na=False), path.name)


def rates_table(raw: pd.DataFrame, name: str) -> pd.DataFrame:
    """Check a rates table read as text (see :func:`read_rates_table`); ``source_row``, when present, numbers
    the rows in messages (else the header is row 1).

    Examples
    --------
    >>> raw = pd.DataFrame({"year": ["2021"], "currency": ["eur"], "uah_per_unit": ["32.5"], "source_row": [7]})
    >>> rates_table(raw, "mine.csv")[RATE_COLUMNS].to_numpy().tolist()
    [[2021, 'EUR', 32.5]]
    """
    path = Path(name)
    missing = [c for c in RATE_COLUMNS if c not in raw.columns]
    if missing:
        raise RatesError(
            f"{path.name}: missing column(s) {', '.join(missing)}; expected {', '.join(RATE_COLUMNS)}"
        )
    rows, seen = [], {}
    for i, rec in enumerate(raw.to_dict("records")):
        line = int(rec.get("source_row", i + 2))
        year, currency, value = _check_row(path, line, *(str(rec[c]).strip() for c in RATE_COLUMNS))
        if (year, currency) in seen:
            raise RatesError(
                f"{path.name}: row {line}: {currency} {year} is already given on row {seen[year, currency]}"
            )
        seen[year, currency] = line
        days_text = str(rec.get("days", "")).strip()
        if days_text and not days_text.isdigit():
            raise RatesError(f"{path.name}: row {line}: days {days_text!r} is not a whole number")
        partial_text = str(rec.get("partial", "")).strip().lower()
        if partial_text not in _TRUE | _FALSE:
            raise RatesError(f"{path.name}: row {line}: partial {partial_text!r} is not yes or no")
        rows.append(
            (year, currency, value, int(days_text) if days_text else pd.NA, partial_text in _TRUE,
             str(rec.get("source", "")))
        )  # fmt: skip
    table = pd.DataFrame(rows, columns=TABLE_COLUMNS).astype(
        {"year": "int64", "currency": "str", "uah_per_unit": "float64", "days": "Int64", "partial": "bool",
         "source": "str"}
    )  # fmt: skip
    return table.sort_values(["year", "currency"], kind="stable").reset_index(drop=True)


def _layered(path: str | Path | None) -> list[Path]:
    """The table files a build uses, weakest first."""
    if path is not None:
        return [Path(path)]
    tables = [config.RATES_FILE]
    if config.EXTERNAL_RATES_FILE.is_file():
        tables.append(config.EXTERNAL_RATES_FILE)
    return tables


def load_rates(path: str | Path | None = None, details: bool = False) -> pd.DataFrame:
    """The exchange rates a build uses: UAH per unit of each currency, per year.

    Parameters
    ----------
    path : str or Path, optional
        A table that *replaces* the others (``--rates FILE``). By default, the shipped NBU table
        (:data:`mtd_analysis.config.RATES_FILE`) with the analyst's table
        (:data:`mtd_analysis.config.EXTERNAL_RATES_FILE`, when it exists) laid over it: for a year and
        currency in both, the analyst's figure wins.
    details : bool, default False
        Return all :data:`TABLE_COLUMNS` (``days``, ``partial``, ``source``) instead of :data:`RATE_COLUMNS`.

    Returns
    -------
    pandas.DataFrame
        ``year`` (int), ``currency`` (upper-case ISO 4217), ``uah_per_unit`` (float > 0), sorted by year
        and currency.

    Raises
    ------
    RatesError
        See :func:`read_rates_table`.

    Examples
    --------
    >>> rates = load_rates(config.RATES_FILE)
    >>> rates.columns.tolist()
    ['year', 'currency', 'uah_per_unit']
    >>> rates.query("year == 2020 and currency == 'UAH'")["uah_per_unit"].item()
    1.0
    """
    tables = [read_rates_table(p) for p in _layered(path)]
    table = pd.concat(tables, ignore_index=True) if len(tables) > 1 else tables[0]
    table = table.drop_duplicates(["year", "currency"], keep="last")
    table = table.sort_values(["year", "currency"], kind="stable").reset_index(drop=True)
    return table if details else table[RATE_COLUMNS]


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _shown(path: Path) -> str:
    """A table's name for the manifest: relative to the project when inside it (no machine's absolute path)."""
    try:
        return path.resolve().relative_to(config.PROJ_ROOT).as_posix()
    except ValueError:
        return path.name


def rates_sources(path: str | Path | None = None, given: pd.DataFrame | None = None) -> list[dict]:
    """What :func:`load_rates` read, for the build's manifest: each table's name, role, hash and years.

    Examples
    --------
    >>> [(s["table"], s["role"], s["years"], s["partial_years"]) for s in rates_sources(config.RATES_FILE)]
    [('mtd_analysis/reference/data/nbu_rates_annual_mean.csv', 'given', '2015-2022', [2022])]
    """
    paths = _layered(path)
    sources = []
    for p in paths:
        table = given if given is not None and path is not None else read_rates_table(p)
        role = "given" if path is not None else ("shipped" if p == config.RATES_FILE else "analyst")
        years = table["year"]
        sources.append(
            {
                "table": _shown(p),
                "role": role,
                "sha256": _sha256(p),
                "years": f"{years.min()}-{years.max()}" if len(years) else "",
                "partial_years": sorted({int(y) for y in table.loc[table["partial"], "year"]}),
            }
        )
    return sources


# ---------------------------------------------------------------------------------------------- fetching
def exchange_url(currency: str, start: date, end: date) -> str:
    """The NBU range service's address for one currency's official rates from ``start`` to ``end``.

    Examples
    --------
    >>> exchange_url("eur", date(2022, 12, 12), date(2023, 12, 31))
    'https://bank.gov.ua/NBU_Exchange/exchange_site?start=20221212&end=20231231&valcode=EUR&sort=exchangedate&order=asc&json'
    """
    query = urllib.parse.urlencode(
        {"start": f"{start:%Y%m%d}", "end": f"{end:%Y%m%d}", "valcode": currency.upper(),
         "sort": "exchangedate", "order": "asc"}
    )  # fmt: skip
    return f"{NBU_RANGE_URL}?{query}&json"


def parse_exchange(text: str | bytes, where: str = "NBU answer") -> pd.DataFrame:
    """The daily rates in an NBU answer (range service or single-date ``statdirectory/exchange``).

    Uses ``rate_per_unit`` when given (the range service quotes some currencies per 10 or 100 units
    in ``rate``), else ``rate`` (the single-date service quotes per unit).

    Returns
    -------
    pandas.DataFrame
        ``date`` (datetime64), ``currency``, ``uah_per_unit``, sorted by currency and date.

    Raises
    ------
    RatesFetchError
        When the answer is not a JSON list of rates.

    Examples
    --------
    >>> answer = '[{"r030":840,"txt":"Долар США","rate":36.5686,"cc":"USD","exchangedate":"02.01.2023"}]'
    >>> parse_exchange(answer).to_numpy().tolist()
    [[Timestamp('2023-01-02 00:00:00'), 'USD', 36.5686]]
    """
    try:
        records = json.loads(text)
        rows = [
            (
                pd.to_datetime(rec["exchangedate"], format="%d.%m.%Y"),
                str(rec["cc"]).upper(),
                float(rec["rate_per_unit"] if rec.get("rate_per_unit") is not None else rec["rate"]),
            )
            for rec in records
        ]
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise RatesFetchError(
            f"{where}: not a list of NBU exchange rates ({type(exc).__name__}: {exc})"
        ) from None
    daily = pd.DataFrame(rows, columns=["date", "currency", "uah_per_unit"])
    daily = daily.astype({"date": "datetime64[ns]", "currency": "str", "uah_per_unit": "float64"})
    return daily.sort_values(["currency", "date"], kind="stable").reset_index(drop=True)


def _http_get(url: str) -> bytes:
    """One GET; every failure becomes a :class:`RatesFetchError` naming the host and the cause."""
    request = urllib.request.Request(
        url,
        headers={
            "User-Agent": f"Mozilla/5.0 (compatible; mtd-analysis/{__version__})",
            "Accept": "application/json",
        },
    )
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as answer:
            return answer.read()
    except urllib.error.HTTPError as exc:
        raise RatesFetchError(f"bank.gov.ua answered HTTP {exc.code} {exc.reason} for {url}") from None
    except (TimeoutError, urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise RatesFetchError(
            f"cannot reach bank.gov.ua ({reason}): no network? Nothing was changed; run it again when online"
        ) from None


def fetch_daily(
    currencies: Iterable[str], first_year: int, last_year: int, get: Callable[[str], bytes] = _http_get
) -> pd.DataFrame:
    """Fetch the NBU official daily rates of each currency, one request per currency and year.

    Each year's request starts :data:`LEAD_DAYS` days before 1 January, so that the rate in force on the
    year's first days is known. Uses the network (through ``get``) and nothing else.

    Parameters
    ----------
    currencies : iterable of str
        ISO 4217 codes (UAH is skipped: 1 by definition).
    first_year, last_year : int
    get : callable, optional
        ``get(url) -> bytes``; the default does an HTTP GET. Tests pass a recorded answer.

    Returns
    -------
    pandas.DataFrame
        ``date, currency, uah_per_unit`` (see :func:`parse_exchange`), each (date, currency) once.

    Raises
    ------
    RatesFetchError
        When the service cannot be reached or answers something unusable.
    """
    frames = []
    for currency in sorted({c.strip().upper() for c in currencies} - {"UAH"}):
        for year in range(first_year, last_year + 1):
            url = exchange_url(currency, date(year, 1, 1) - timedelta(days=LEAD_DAYS), date(year, 12, 31))
            frames.append(parse_exchange(get(url), where=url))
    if not frames:
        return pd.DataFrame({"date": pd.Series(dtype="datetime64[ns]"), "currency": pd.Series(dtype="str"),
                             "uah_per_unit": pd.Series(dtype="float64")})  # fmt: skip
    daily = pd.concat(frames, ignore_index=True).drop_duplicates(["currency", "date"], keep="last")
    return daily.sort_values(["currency", "date"], kind="stable").reset_index(drop=True)


def annual_means(daily: pd.DataFrame, today: date, years: Iterable[int] | None = None) -> pd.DataFrame:
    """Each year's mean of the official rate in force on each calendar day (the NBU's own average).

    The NBU answers a rate for every calendar day; a day without one (left out of an answer) takes
    the rate in force the day before. Days are counted from 1 January to 31 December, or to ``today``
    for the year in progress, which is marked ``partial``; a year whose 1 January has no rate in force
    is not averaged. Means are rounded to 4 decimals. The input is not mutated.

    Parameters
    ----------
    daily : pandas.DataFrame
        ``date, currency, uah_per_unit`` (from :func:`fetch_daily` or :func:`parse_exchange`).
    today : datetime.date
        The day the rates were fetched: days after it are not counted.
    years : iterable of int, optional
        The years wanted (default: every year with a rate in force).

    Returns
    -------
    pandas.DataFrame
        ``year, currency, uah_per_unit, days, partial``, sorted by year and currency. A year and
        currency with no rate in force on any of its days has no row.

    Examples
    --------
    An answer without the rates of 1 and 2 January 2023: the rate of Friday 30 December 2022 (40) is taken
    for them; then 41 for 3 days: the 5-day mean of January 1-5 is (2 x 40 + 3 x 41) / 5.

    >>> daily = pd.DataFrame({"date": pd.to_datetime(["2022-12-30", "2023-01-03"]),
    ...                       "currency": ["EUR", "EUR"], "uah_per_unit": [40.0, 41.0]})
    >>> annual_means(daily, today=date(2023, 1, 5), years=[2023]).to_numpy().tolist()
    [[2023, 'EUR', 40.6, 5, True]]
    """
    out = []
    for currency, rows in daily.groupby("currency", sort=True):
        series = rows.set_index(pd.to_datetime(rows["date"]))["uah_per_unit"].astype(float).sort_index()
        series = series[~series.index.duplicated(keep="last")]
        last_day = pd.Timestamp(today)
        if series.empty or series.index[0] > last_day:
            continue
        days = pd.date_range(series.index[0], last_day, freq="D")
        in_force = series.reindex(days).ffill()
        by_year = in_force.groupby(in_force.index.year)
        for year, values in by_year:
            if (years is not None and year not in set(years)) or values.index[0] != pd.Timestamp(
                int(year), 1, 1
            ):
                continue
            whole_year = (date(int(year), 12, 31) - date(int(year), 1, 1)).days + 1
            out.append(
                (
                    int(year),
                    str(currency),
                    round(float(values.mean()), 4),
                    int(values.size),
                    values.size < whole_year,
                )
            )
    table = pd.DataFrame(out, columns=["year", "currency", "uah_per_unit", "days", "partial"])
    table = table.astype({"year": "int64", "currency": "str", "uah_per_unit": "float64", "days": "int64",
                          "partial": "bool"})  # fmt: skip
    return table.sort_values(["year", "currency"], kind="stable").reset_index(drop=True)


def _first_year_lacking(in_use: pd.DataFrame, currencies: list[str], this_year: int) -> int:
    """The first year some of ``currencies`` lacks a whole-year rate in the tables in use (from their first year)."""
    whole = in_use.loc[~in_use["partial"]]
    first_of_tables = int(in_use["year"].min()) if len(in_use) else this_year
    firsts = []
    for currency in currencies:
        years = whole.loc[whole["currency"] == currency, "year"]
        firsts.append(int(years.max()) + 1 if len(years) else first_of_tables)
    return min(min(firsts, default=this_year), this_year)


def update_rates(
    first_year: int | None = None,
    last_year: int | None = None,
    currencies: Iterable[str] | None = None,
    *,
    today: date | None = None,
    to: str | Path | None = None,
    get: Callable[[str], bytes] = _http_get,
) -> tuple[pd.DataFrame, Path]:
    """Fetch the NBU daily rates, average them per year and write the analyst's rates table.

    The table written (default :data:`mtd_analysis.config.EXTERNAL_RATES_FILE`) keeps the rows it
    already had and gets the fetched years and currencies added or replaced, with ``days``, ``partial``
    and ``source``. UAH gets 1 for each year. Nothing is written when the fetch fails.

    Parameters
    ----------
    first_year : int, optional
        Default: the first year a currency asked for lacks or holds as partial in the rates in use
        (2022 with the shipped table; 2015, its first year, for a currency it does not have).
    last_year : int, optional
        Default: this year (``today``'s).
    currencies : iterable of str, optional
        Default: every currency of the rates in use.
    today : datetime.date, optional
        Default: today. A year not over on that day is marked partial.
    to : path, optional
        The table to write.
    get : callable, optional
        ``get(url) -> bytes``; tests pass a recorded answer.

    Returns
    -------
    (pandas.DataFrame, pathlib.Path)
        The rows fetched (:data:`TABLE_COLUMNS`) and the table written.

    Raises
    ------
    RatesFetchError
        When the service cannot be reached or has no rate for a currency in a year asked for.
    ValueError
        When ``first_year`` is after ``last_year``.
    """
    today = today or date.today()
    target = Path(to) if to is not None else config.EXTERNAL_RATES_FILE
    in_use = load_rates(details=True)
    wanted = sorted({c.strip().upper() for c in (currencies or in_use["currency"])} - {"UAH"})
    if first_year is None:
        first_year = _first_year_lacking(in_use, wanted, today.year)
    last_year = today.year if last_year is None else last_year
    if first_year > last_year:
        raise ValueError(f"rates update: --from {first_year} is after --to {last_year}")
    daily = fetch_daily(wanted, first_year, last_year, get=get)
    fetched = annual_means(
        daily, today=min(today, date(last_year, 12, 31)), years=range(first_year, last_year + 1)
    )
    have = set(zip(fetched["currency"], fetched["year"], strict=True))
    lacking = {
        c: [y for y in range(first_year, min(last_year, today.year) + 1) if (c, y) not in have]
        for c in wanted
    }
    lacking = {c: years for c, years in lacking.items() if years}
    if lacking:
        named = ", ".join(
            f"{c} {years[0]}" if len(years) == 1 else f"{c} {years[0]}-{years[-1]} ({len(years)} years)"
            for c, years in lacking.items()
        )
        raise RatesFetchError(f"the NBU has no official rate for {named}; nothing was changed")
    uah = pd.DataFrame({"year": sorted(set(fetched["year"])), "currency": "UAH", "uah_per_unit": 1.0})
    uah = uah.assign(days=pd.NA, partial=False)
    fetched = fetched.assign(
        source=[SOURCE_TEXT.format(year=y, fetched=f"{today:%Y-%m-%d}") for y in fetched["year"]]
    )
    rows = pd.concat([fetched, uah.assign(source="hryvnia: 1 by definition")], ignore_index=True)
    rows = rows.astype({"days": "Int64"})
    kept = read_rates_table(target) if target.is_file() else rows.iloc[0:0]
    table = pd.concat([kept, rows], ignore_index=True).drop_duplicates(["year", "currency"], keep="last")
    table = table.sort_values(["year", "currency"], kind="stable").reset_index(drop=True)
    table = table.assign(partial=table["partial"].map({True: "yes", False: ""}))
    write_csv(table[TABLE_COLUMNS], target)
    return rows.sort_values(["year", "currency"], kind="stable").reset_index(drop=True)[TABLE_COLUMNS], target
