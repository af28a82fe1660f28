"""The MIA agencies a project can benefit: codes, names, chart labels and the words that name them.

One table, ``reference/data/agencies.csv``: ``code``, ``name_en``, ``name_uk``, ``label_en`` / ``label_uk``
(short names for charts), ``aliases`` (``;``-separated spellings in English, Ukrainian and Russian, as a
cell may hold them) and ``text_pattern`` (a regular expression finding the agency in free text, used for
IATI descriptions). Adding an agency is adding a row.

Examples
--------
>>> agency_codes()
('MIA', 'NPU', 'SBGS', 'NGU', 'SMS', 'SESU')
>>> agency_labels("uk")["SESU"]
'ДСНС'
>>> [code for code, pattern in agency_patterns().items() if pattern.search("Державна прикордонна служба")]
['SBGS']
"""

from __future__ import annotations

import re
from functools import cache

import pandas as pd

from mtd_analysis.reference._files import package_table

AGENCIES_FILE = "agencies.csv"
#: Bodies outside the MIA system (other ministries, courts, prosecutors, the SBU, customs, another country's police) and
#: the words of the system's work, as patterns: a row naming only such bodies is another sector's.
OUTSIDE_FILE = "outside_bodies.csv"


def agencies() -> pd.DataFrame:
    """The agencies table, one row per agency in the order charts list them (text; empty cells ``""``)."""
    return package_table(AGENCIES_FILE)


@cache
def agency_codes() -> tuple[str, ...]:
    """Agency codes, in table order."""
    return tuple(code.strip() for code in agencies()["code"])


def agency_labels(lang: str = "en") -> dict[str, str]:
    """Short name of each agency for charts, in ``en`` or ``uk``."""
    table = agencies()
    names = table[f"label_{lang}"].where(table[f"label_{lang}"].ne(""), table["label_en"])
    return dict(zip(table["code"], names, strict=True))


def agency_spellings() -> dict[str, list[str]]:
    """Every spelling of each agency: its code, its names and its aliases (as written in the table)."""
    out = {}
    for rec in agencies().to_dict("records"):
        words = [rec["code"], rec["name_en"], rec["name_uk"], *rec["aliases"].split(";")]
        out[rec["code"].strip()] = [w.strip() for w in words if w.strip()]
    return out


@cache
def agency_patterns() -> dict[str, re.Pattern]:
    """Each agency's pattern for free text (case-insensitive), in table order."""
    table = agencies()
    return {
        code.strip(): re.compile(pattern, re.IGNORECASE)
        for code, pattern in zip(table["code"], table["text_pattern"], strict=True)
        if pattern.strip()
    }


@cache
def outside_patterns() -> tuple[re.Pattern, re.Pattern]:
    """The bodies outside the MIA system, and the words of the system's work, each as one case-insensitive pattern.

    Examples
    --------
    >>> bodies, work = outside_patterns()
    >>> bool(bodies.search("Ministry of Health; Public Health Center")), bool(work.search("Cyber Police Department"))
    (True, True)
    >>> bool(bodies.search("National Police of Ukraine"))
    False
    """
    table = package_table(OUTSIDE_FILE)
    joined = {
        kind: "|".join(f"(?:{p.strip()})" for p in table.loc[table["kind"].eq(kind), "pattern"] if p.strip())
        for kind in ("body", "sector_word")
    }
    return re.compile(joined["body"], re.IGNORECASE), re.compile(joined["sector_word"], re.IGNORECASE)
