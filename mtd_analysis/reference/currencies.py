"""Currencies a partner may write, and the words for them (``reference/data/currencies.csv``).

Examples
--------
>>> currency_spellings()["UAH"][:3]
['UAH', 'uah', 'грн']
"""

from __future__ import annotations

from functools import cache

import pandas as pd

from mtd_analysis.reference._files import package_table

CURRENCIES_FILE = "currencies.csv"


def currencies() -> pd.DataFrame:
    """The currencies table (``code``, ``numeric``: its ISO 4217 number, ``minor_unit``: its decimals, as ISO 4217
    gives them, ``aliases``; text)."""
    return package_table(CURRENCIES_FILE)


def minor_units() -> dict[str, int]:
    """ISO code -> the decimals of its minor unit (ISO 4217: 2 for the cent, 0 for the yen).

    Examples
    --------
    >>> minor_units()["EUR"], minor_units()["JPY"]
    (2, 0)
    """
    return {
        rec["code"].strip().upper(): int(rec["minor_unit"])
        for rec in currencies().to_dict("records")
        if str(rec.get("minor_unit") or "").strip().isdigit()
    }


def currency_numbers() -> dict[str, str]:
    """ISO 4217 number -> code, as systems export a currency ("978" for EUR).

    Examples
    --------
    >>> currency_numbers()["978"], currency_numbers()["980"]
    ('EUR', 'UAH')
    """
    return {
        rec["numeric"].strip(): rec["code"].strip().upper()
        for rec in currencies().to_dict("records")
        if rec["numeric"].strip()
    }


def currency_spellings() -> dict[str, list[str]]:
    """ISO code -> its spellings (the code first, then the aliases as written)."""
    out = {}
    for rec in currencies().to_dict("records"):
        code = rec["code"].strip().upper()
        out[code] = [code, *(a.strip() for a in rec["aliases"].split(";") if a.strip())]
    return out


@cache
def dollar_currencies() -> frozenset[str]:
    """The currencies other than the US dollar that are dollars (their words say "dollar": CAD, AUD …), for which
    a bare "$" beside their code is their own.

    Examples
    --------
    >>> "CAD" in dollar_currencies(), "USD" in dollar_currencies(), "EUR" in dollar_currencies()
    (True, False, False)
    """
    return frozenset(
        code
        for code, spellings in currency_spellings().items()
        if code != "USD" and any("dollar" in s.lower() for s in spellings)
    )
