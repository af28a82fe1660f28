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
    return _outside_pattern("body", "named_body"), _outside_pattern("sector_word")


@cache
def outside_named_bodies() -> re.Pattern:
    """The bodies outside the MIA system that a project's title may name as its counterpart (other ministries, the
    prosecution, the SBU, anti-corruption bodies, the armed forces, another country's interior bodies; not schools,
    courts or local councils, which a title names for other reasons), as one case-insensitive pattern.

    Examples
    --------
    >>> bool(outside_named_bodies().search("Energy security dialogue with the Ministry of Energy of Ukraine"))
    True
    >>> bool(outside_named_bodies().search("Accessible city: ramps for Lviv schools"))
    False
    """
    return _outside_pattern("named_body")


@cache
def national_payers() -> re.Pattern:
    """Ukrainian public bodies and budgets that pay their share of a project (a council, a community's or the state's
    budget, the MIA): co-funding, no international technical assistance; one case-insensitive pattern.

    Examples
    --------
    >>> bool(national_payers().search("Маріупольська міська рада")), bool(national_payers().search("Sweden"))
    (True, False)
    """
    return _outside_pattern("national_payer")


def _outside_pattern(*kinds: str, flags: int = re.IGNORECASE) -> re.Pattern:
    """The patterns of ``outside_bodies.csv`` of these kinds, as one pattern (one that matches nothing when none)."""
    table = package_table(OUTSIDE_FILE)
    joined = "|".join(
        f"(?:{p.strip()})" for p in table.loc[table["kind"].isin(kinds), "pattern"] if p.strip()
    )
    return re.compile(joined or r"(?!)", flags)


@cache
def system_names() -> re.Pattern:
    """The sector's own name as a column of sectors writes it ("MIA system", "Система МВС", "Law enforcement"), as
    one case-insensitive pattern for a whole cell.

    Examples
    --------
    >>> names = system_names()
    >>> bool(names.fullmatch("MIA system")), bool(names.fullmatch("Система МВС")), bool(names.fullmatch("Justice"))
    (True, True, False)
    """
    return _outside_pattern("system_name")


@cache
def outside_sector_codes() -> re.Pattern:
    """The sector codes (OECD DAC / CRS purpose codes) of work outside the sector: health, education, energy,
    transport and the like, as one pattern matching a whole code.

    Examples
    --------
    >>> codes = outside_sector_codes()
    >>> bool(codes.fullmatch("23183")), bool(codes.fullmatch("15130")), bool(codes.fullmatch("12220"))
    (True, False, True)
    """
    return _outside_pattern("sector_code", flags=0)
