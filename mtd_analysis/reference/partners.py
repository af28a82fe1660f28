"""Development partners: canonical names and the spellings that mean them; IATI publishers.

``reference/data/partners.csv`` holds ``partner`` (the canonical name), ``aliases`` (``;``-separated
spellings in any language) and ``cell_aliases`` (spellings that name the partner only as a whole cell, such as
"ВБ", which in running text is internal security); ``reference/data/iati_organisations.csv`` maps an IATI publisher ``ref`` to a
partner name.

Examples
--------
>>> spellings = partner_spellings()
>>> spellings["EU"][:2]
['EU', 'eu']
>>> iati_publishers()["XM-DAC-41122"]
'UNICEF'
"""

from __future__ import annotations

import pandas as pd

from mtd_analysis.reference._files import package_table

PARTNERS_FILE = "partners.csv"
IATI_ORGANISATIONS_FILE = "iati_organisations.csv"
COUNTRIES_FILE = "countries.csv"


def partners() -> pd.DataFrame:
    """The partners table (``partner``, ``aliases``; text)."""
    return package_table(PARTNERS_FILE)


def partner_spellings() -> dict[str, list[str]]:
    """Canonical name -> its spellings (the name first, then the aliases as written)."""
    out: dict[str, list[str]] = {}
    for rec in partners().to_dict("records"):
        name = rec["partner"].strip()
        cell_only = rec.get("cell_aliases")
        words = [
            name,
            *rec["aliases"].split(";"),
            *(cell_only.split(";") if isinstance(cell_only, str) else []),
        ]
        out.setdefault(name, []).extend(w.strip() for w in words if w.strip())
    return out


def countries() -> pd.DataFrame:
    """Every country's ISO codes and names in English, Ukrainian and Russian (``countries.csv``, generated from
    ISO 3166 by ``scripts/make_countries.py``; Ukraine left out)."""
    return package_table(COUNTRIES_FILE)


def iati_publishers() -> dict[str, str]:
    """IATI publisher ref (upper case) -> partner name."""
    table = package_table(IATI_ORGANISATIONS_FILE)
    return {r.strip().upper(): n.strip() for r, n in zip(table["ref"], table["partner"], strict=True)}
