"""What projects do, in three languages, and where: the tables behind the overlap tiers (issue 15).

Three tables in ``reference/data/``, each read here once, edited without touching code:

* ``activity_terms.csv``: the sector thesaurus, one row per concept: ``concept``, ``kind`` (``action``,
  ``object`` or ``theme``), ``weight`` (1-3), ``implies`` (the action an object goes with when a text names
  none), ``label_en`` / ``label_uk`` and the ``;``-separated terms in ``en``, ``uk`` and ``ru`` (a word
  ending in ``*`` is a stem);
* ``places.csv``: places of the sector as Latin stems (``place``, ``region``, ``kind``, ``stems``);
* ``transliteration_uk.csv``: the Ukrainian national transliteration table (``letter``, ``latin``,
  ``latin_initial``), plus the Russian letters it lacks.

:mod:`mtd_analysis.analysis.activities` reads texts with them.

Examples
--------
>>> activity_terms().set_index("concept").loc["thermal_imager", "uk"]
'тепловіз*'
>>> places().set_index("place").loc["Shehyni", "kind"]
'crossing point'
>>> transliteration().set_index("letter").loc["щ", "latin"]
'shch'
"""

from __future__ import annotations

from functools import lru_cache

import pandas as pd

from mtd_analysis.reference._files import package_table

ACTIVITY_TERMS_FILE = "activity_terms.csv"
PLACES_FILE = "places.csv"
TRANSLITERATION_FILE = "transliteration_uk.csv"


def activity_terms() -> pd.DataFrame:
    """The thesaurus of activity concepts (text cells; see the module docstring)."""
    return package_table(ACTIVITY_TERMS_FILE)


def places() -> pd.DataFrame:
    """Places of the sector: place, region, kind, stems."""
    return package_table(PLACES_FILE)


@lru_cache(maxsize=1)
def neighbour_countries() -> frozenset[str]:
    """Ukraine's neighbouring countries, by their English names (``places.csv``, kind ``neighbour``): a bare name of
    one may head a section of the border as well as a donor's rows.

    Examples
    --------
    >>> "Poland" in neighbour_countries(), "Denmark" in neighbour_countries()
    (True, False)
    """
    table = places()
    return frozenset(table.loc[table["kind"] == "neighbour", "place"].astype("str"))


def transliteration() -> pd.DataFrame:
    """The Ukrainian national transliteration table: letter, latin, latin_initial, source."""
    return package_table(TRANSLITERATION_FILE)
