"""Money: exchange rates, amounts per calendar year, and conversion to the reporting currency.

Step ``projects -> allocations`` of the one-way flow. A project's ``amount`` is
first spread over calendar years (:func:`yearly_amounts`), then each year's
amount is converted with *that year's* NBU annual mean rate, crossing through
the hryvnia (:func:`convert`). A missing rate is never taken as 1:1: the
converted amount stays empty and an error issue names the project.

The shipped rates table (``data/nbu_rates_annual_mean.csv``) holds the National
Bank of Ukraine official annual mean rates, in UAH per unit, 2015 to 2022
(2022 covers January to 21 July). An analyst may replace it with
``load_rates(path)`` (``--rates FILE`` on the command line).

Examples
--------
>>> rates = load_rates()
>>> rates.query("year == 2021 and currency in ['EUR', 'USD']")[["currency", "uah_per_unit"]].to_numpy().tolist()
[['EUR', 32.3009], ['USD', 27.2835]]
"""

from __future__ import annotations

import math
import re
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd

from mtd_analysis import config
from mtd_analysis.schema import ISSUE_COLUMNS, empty_frame, money_column
from mtd_analysis.values import _ISO_4217

__all__ = [
    "RatesError",
    "load_rates",
    "yearly_amounts",
    "convert",
    "conversion_factors",
    "project_label",
    "project_issue",
    "issues_frame",
]

#: Columns of the table returned by :func:`yearly_amounts`.
YEARLY_COLUMNS = ["project_id", "year", "amount", "currency", "method"]
RATE_COLUMNS = ["year", "currency", "uah_per_unit"]
#: Relative difference allowed between the declared yearly amounts and the project total.
YEARLY_TOLERANCE = 0.005

_CURRENCY_RE = re.compile(r"^[A-Z]{3}$")
_YEARLY_ITEM_RE = re.compile(r"^\s*(\d{4})\s*=\s*([0-9]+(?:\.[0-9]+)?(?:[eE][+-]?\d+)?)\s*$")


class RatesError(ValueError):
    """A rates table that cannot be used (missing column, bad or duplicate rate); names file and row."""


# ----------------------------------------------------------------------------------------------- rates
def load_rates(path: str | Path | None = None) -> pd.DataFrame:
    """Read and check an exchange-rates table (UAH per unit of each currency, per year).

    Parameters
    ----------
    path : str or Path, optional
        A CSV with columns ``year, currency, uah_per_unit`` (other columns, such as
        ``source``, are ignored). Defaults to the shipped NBU table
        (:data:`mtd_analysis.config.RATES_FILE`). A file given here *replaces* the
        shipped table.

    Returns
    -------
    pandas.DataFrame
        Columns ``year`` (int), ``currency`` (upper-case ISO 4217), ``uah_per_unit``
        (float > 0), sorted by year and currency.

    Raises
    ------
    RatesError
        When a column is missing, a value is not a year / currency code / positive
        number, or a (year, currency) pair appears twice. The message names the file
        and the line (header = line 1).

    Examples
    --------
    >>> rates = load_rates()
    >>> rates.columns.tolist()
    ['year', 'currency', 'uah_per_unit']
    >>> rates.query("year == 2020 and currency == 'UAH'")["uah_per_unit"].item()
    1.0
    """
    path = Path(path) if path is not None else config.RATES_FILE
    raw = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = [c for c in RATE_COLUMNS if c not in raw.columns]
    if missing:
        raise RatesError(
            f"{path.name}: missing column(s) {', '.join(missing)}; expected {', '.join(RATE_COLUMNS)}"
        )
    years, currencies, values = [], [], []
    seen: dict[tuple[int, str], int] = {}
    for i, rec in enumerate(raw[RATE_COLUMNS].itertuples(index=False)):
        line = i + 2
        year_text, cur_text, value_text = (str(v).strip() for v in rec)
        if not year_text.isdigit() or not (config.VALID_YEARS[0] <= int(year_text) <= config.VALID_YEARS[1]):
            raise RatesError(
                f"{path.name}: row {line}: year {year_text!r} is not a year between {config.VALID_YEARS}"
            )
        currency = cur_text.upper()
        if not _CURRENCY_RE.match(currency):
            raise RatesError(
                f"{path.name}: row {line}: currency {cur_text!r} is not a 3-letter ISO 4217 code"
            )
        try:
            value = float(value_text)
        except ValueError:
            value = math.nan
        if not (math.isfinite(value) and value > 0):
            raise RatesError(f"{path.name}: row {line}: uah_per_unit {value_text!r} is not a positive number")
        key = (int(year_text), currency)
        if key in seen:
            raise RatesError(
                f"{path.name}: row {line}: {currency} {key[0]} is already given on row {seen[key]}"
            )
        seen[key] = line
        years.append(key[0])
        currencies.append(currency)
        values.append(value)
    rates = pd.DataFrame(
        {
            "year": pd.Series(years, dtype="int64"),
            "currency": pd.Series(currencies, dtype="str"),
            "uah_per_unit": pd.Series(values, dtype="float64"),
        }
    )
    return rates.sort_values(["year", "currency"], kind="stable").reset_index(drop=True)


def conversion_factors(years, currencies, rates: pd.DataFrame, to: str = "EUR") -> np.ndarray:
    """Units of ``to`` per unit of each currency, in each year, crossing through the hryvnia.

    ``factor = uah_per_unit[currency, year] / uah_per_unit[to, year]``. A currency
    equal to ``to`` gives 1 whatever the table holds; a missing rate gives NaN
    (never 1).

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

    Examples
    --------
    >>> rates = pd.DataFrame({"year": [2021, 2021, 2021], "currency": ["EUR", "USD", "UAH"],
    ...                       "uah_per_unit": [32.0, 25.6, 1.0]})
    >>> conversion_factors([2021, 2021, 2021, 2030], ["USD", "EUR", "UAH", "USD"], rates).tolist()
    [0.8, 1.0, 0.03125, nan]
    """
    to = to.upper()
    table = rates.assign(year=rates["year"].astype("int64"), currency=rates["currency"].str.upper())
    lookup = dict(
        zip(
            zip(table["year"], table["currency"], strict=True),
            table["uah_per_unit"].astype(float),
            strict=True,
        )
    )
    out = []
    for year, currency in zip(years, currencies, strict=True):
        if pd.isna(year) or pd.isna(currency):
            out.append(math.nan)
            continue
        currency = str(currency).strip().upper()
        if currency == to:
            out.append(1.0)
            continue
        source = lookup.get((int(year), currency), math.nan)
        target = lookup.get((int(year), to), math.nan)
        out.append(source / target)
    return np.asarray(out, dtype="float64")


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
    so that the years add up to ``total``.
    """
    days = {}
    for year in range(start.year, end.year + 1):
        first = max(start, date(year, 1, 1))
        last = min(end, date(year, 12, 31))
        days[year] = (last - first).days + 1
    all_days = sum(days.values())
    years = sorted(days)
    parts = {year: round(total * days[year] / all_days, 2) for year in years[:-1]}
    parts[years[-1]] = round(total - math.fsum(parts.values()), 2)
    if not math.isclose(math.fsum(parts.values()), total, rel_tol=0, abs_tol=1e-6):
        # total has fractions of a cent: keep them in the last year so the sum stays exact
        parts[years[-1]] = total - math.fsum(parts[y] for y in years[:-1])
    return parts


def _project_years(project: dict) -> tuple[dict[int, float], str, list[dict]]:
    """One project's amounts per year, the method used, and the issues met (see :func:`yearly_amounts`)."""
    amount = project.get("amount")
    amount = math.nan if amount is None or pd.isna(amount) else float(amount)
    issues = []
    declared_text = project.get("yearly_amounts")
    if declared_text is not None and not pd.isna(declared_text) and str(declared_text).strip():
        declared = _parse_yearly(declared_text)
        if declared is not None:
            total = math.fsum(declared.values())
            if not math.isnan(amount) and abs(total - amount) > YEARLY_TOLERANCE * abs(amount):
                message = (
                    f"yearly amounts add up to {total:,.2f} but the total amount is {amount:,.2f}; "
                    "the yearly figures are kept as declared"
                )
                issues.append(project_issue(project, "yearly_amounts", "warning", "amount", message))
            return declared, "declared", issues
        message = (
            f"yearly amounts {str(declared_text)!r} are not readable as 'YEAR=AMOUNT;YEAR=AMOUNT' "
            "(each year once, amounts not negative); the total is spread over the period instead"
        )
        issues.append(project_issue(project, "yearly_amounts", "error", "amount", message))
    if math.isnan(amount):
        return {}, "", issues
    start, end = _parse_date(project.get("start_date")), _parse_date(project.get("end_date"))
    if start and end:
        if end < start:
            message = (
                f"end date {end.isoformat()} is before start date {start.isoformat()}: "
                "amount not assigned to a year until the dates are corrected"
            )
            # the reader already reported the dates as an error on this cell; this is the consequence
            issues.append(project_issue(project, "end_date", "info", "date", message))
            return {}, "", issues
        return _prorate(amount, start, end), "prorated", issues
    if start:
        message = f"no end date: the whole amount is counted in the start year {start.year}"
        issues.append(project_issue(project, "end_date", "warning", "date", message))
        return {start.year: amount}, "start_year", issues
    if end:
        message = f"no start date: the whole amount is counted in the end year {end.year}"
        issues.append(project_issue(project, "start_date", "warning", "date", message))
        return {end.year: amount}, "end_year", issues
    issues.append(
        project_issue(project, "start_date", "warning", "date", "no period: not assigned to a year")
    )
    return {}, "", issues


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
      End before start: no rows, error issue.
    * only one date known: the whole amount goes to that date's year (method
      ``start_year`` or ``end_year``) with a warning.
    * no date at all: no rows, warning "no period: not assigned to a year".

    An unreadable date counts as missing. The input is not mutated.

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
    rows: list[dict] = []
    issues: list[dict] = []
    for project in projects.to_dict("records"):
        parts, method, found = _project_years(project)
        issues.extend(found)
        currency = project.get("currency")
        currency = pd.NA if currency is None or pd.isna(currency) else str(currency).strip().upper()
        rows.extend(
            {
                "project_id": str(project.get("project_id")),
                "year": year,
                "amount": parts[year],
                "currency": currency,
                "method": method,
            }
            for year in sorted(parts)
        )
    yearly = pd.DataFrame(rows, columns=YEARLY_COLUMNS)
    yearly = yearly.astype({"project_id": "str", "year": "int64", "amount": "float64", "method": "str"})
    return yearly, issues_frame(issues)


# ------------------------------------------------------------------------------------------- convert
def convert(
    yearly: pd.DataFrame, rates: pd.DataFrame, to: str = "EUR", projects: pd.DataFrame | None = None
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Add the amount in the reporting currency, at each year's rate.

    ``amount_<to> = amount * uah_per_unit[currency, year] / uah_per_unit[to, year]``.
    When the currency or the year is not in the rates table, ``amount_<to>`` is NaN
    and one error issue per project lists the missing rates (never a silent 1:1).
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
        The projects table, to give issues the project's file, sheet, row and title.

    Returns
    -------
    converted : pandas.DataFrame
        ``yearly`` plus the column :func:`mtd_analysis.schema.money_column` ``("amount", to)``.
    issues : pandas.DataFrame

    Examples
    --------
    >>> rates = pd.DataFrame({"year": [2021, 2021], "currency": ["EUR", "USD"], "uah_per_unit": [32.0, 25.6]})
    >>> yearly = pd.DataFrame({"project_id": ["P1", "P1"], "year": [2021, 2022], "amount": [1000.0, 500.0],
    ...                        "currency": ["USD", "USD"], "method": ["prorated", "prorated"]})
    >>> converted, issues = convert(yearly, rates)
    >>> converted["amount_eur"].tolist()
    [800.0, nan]
    >>> print(issues["message"].item())
    project P1: no exchange rate for USD in 2022 to convert to EUR (add it to the rates table, or pass --rates): that part of the amount is not converted and not counted
    """
    to = to.upper()
    column = money_column("amount", to)
    factors = conversion_factors(yearly["year"], yearly["currency"], rates, to)
    converted = yearly.assign(**{column: yearly["amount"].astype(float).to_numpy() * factors})
    missing = converted.loc[np.isnan(factors), ["project_id", "year", "currency"]]
    by_id = {}
    if projects is not None:
        by_id = {str(p["project_id"]): p for p in projects.to_dict("records")}
    issues = []
    for project_id, group in missing.groupby("project_id", sort=False):
        project = by_id.get(str(project_id), {"project_id": project_id})
        for cur, g in group.groupby("currency", dropna=False, sort=True):
            years = ", ".join(str(int(y)) for y in sorted(g["year"]))
            if pd.isna(cur) or not str(cur).strip():
                # the reader has warned that the currency is missing; this is what it costs
                severity, text = (
                    "warning",
                    (
                        f"the amount has no currency, so its {years} part cannot be converted to {to} and is not counted"
                    ),
                )
            elif str(cur).upper() not in _ISO_4217:
                # the reader has already reported the unknown code as an error on the same cell
                severity, text = (
                    "info",
                    (
                        f"currency {cur} is not an ISO 4217 code: the {years} amount is not converted and not counted"
                    ),
                )
            else:
                severity, text = (
                    "error",
                    (
                        f"no exchange rate for {cur} in {years} to convert to {to} (add it to the rates table, "
                        "or pass --rates): that part of the amount is not converted and not counted"
                    ),
                )
            issues.append(project_issue(project, "currency", severity, "currency", text))
    return converted, issues_frame(issues)
