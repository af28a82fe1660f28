"""A project's period in calendar years: how many of its days fall in each year, and an amount split by them.

One rule, used wherever money is spread over years (IATI budgets, projects without yearly amounts, the rest
of a total beyond the yearly amounts given): by days, every year but the last rounded to cents, the last
taking the remainder, so that the years add up to the total exactly (``math.fsum``), fractions of a cent
included.

Examples
--------
>>> from datetime import date
>>> days = days_per_year(date(2020, 7, 1), date(2022, 6, 30))
>>> days
{2020: 184, 2021: 365, 2022: 181}
>>> split_by_days(100.0, days)
{2020: 25.21, 2021: 50.0, 2022: 24.79}
"""

from __future__ import annotations

import math
from collections.abc import Collection
from datetime import date


def days_per_year(start: date, end: date, skip: Collection[int] = ()) -> dict[int, int]:
    """Days of the inclusive period ``start``..``end`` falling in each calendar year (``skip``: years left out).

    Examples
    --------
    >>> days_per_year(date(2020, 12, 1), date(2021, 1, 31)), days_per_year(date(2021, 1, 1), date(2022, 12, 31), {2021})
    ({2020: 31, 2021: 31}, {2022: 365})
    """
    days = {}
    for year in range(start.year, end.year + 1):
        if year in skip:
            continue
        first, last = max(start, date(year, 1, 1)), min(end, date(year, 12, 31))
        days[year] = (last - first).days + 1
    return days


def split_by_days(total: float, days: dict[int, int]) -> dict[int, float]:
    """``total`` split over the years in proportion to their days; the parts add up to ``total`` exactly.

    Every year but the last is rounded to cents; the last takes the remainder (rounded to cents too unless
    ``total`` itself has fractions of a cent, which then stay in the last year).

    Examples
    --------
    >>> split_by_days(10.0, {2021: 1, 2022: 1, 2023: 1})
    {2021: 3.33, 2022: 3.33, 2023: 3.34}
    >>> split_by_days(0.001, {2021: 1, 2022: 1})
    {2021: 0.0, 2022: 0.001}
    >>> split_by_days(5.0, {})
    {}
    """
    all_days = sum(days.values())
    if not days or all_days <= 0:
        return {}
    years = sorted(days)
    parts = {year: round(total * days[year] / all_days, 2) for year in years[:-1]}
    parts[years[-1]] = round(total - math.fsum(parts.values()), 2)
    if not math.isclose(math.fsum(parts.values()), total, rel_tol=0, abs_tol=1e-6):
        parts[years[-1]] = total - math.fsum(parts[y] for y in years[:-1])
    return parts


def amount_text(value: float) -> str:
    """An amount (or a share) as short text, to cents: ``1000``, ``1000.5``, ``33.33`` (``yearly_amounts``).

    Examples
    --------
    >>> amount_text(1000.0), amount_text(33.3333), amount_text(2.50), amount_text(0.004)
    ('1000', '33.33', '2.5', '0')
    """
    return f"{round(float(value), 2):.2f}".rstrip("0").rstrip(".")


def yearly_values(text) -> dict[int, float]:
    """Amounts per year read back from ``projects.csv``'s form (the inverse of :func:`yearly_text`); {} when
    there are none or a part cannot be read.

    Examples
    --------
    >>> yearly_values("2020=100;2021=250.5"), yearly_values(None), yearly_values("2021=x")
    ({2020: 100.0, 2021: 250.5}, {}, {})
    """
    if not isinstance(text, str) or not text:
        return {}
    years = {}
    for part in text.split(";"):
        year, _, amount = part.partition("=")
        try:
            years[int(year)] = float(amount)
        except ValueError:
            return {}
    return years


def yearly_text(per_year: dict[int, float]) -> str | None:
    """Amounts per year as ``projects.csv`` writes them: ``"2020=100;2021=250.5"`` (None when there are none).

    Examples
    --------
    >>> yearly_text({2021: 250.5, 2020: 100.0}), yearly_text({})
    ('2020=100;2021=250.5', None)
    """
    return ";".join(f"{year}={amount_text(amount)}" for year, amount in sorted(per_year.items())) or None
