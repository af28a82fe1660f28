"""Write mtd_analysis/reference/data/countries.csv from pycountry (ISO 3166-1 with its uk/ru translations).

The package reads the committed CSV at run time, so pycountry is needed only to regenerate it
(``python scripts/make_countries.py``); tests/ingest/test_partners.py checks the committed file
still matches when pycountry is installed. Ukraine is left out: it is never a development partner
of its own ministry.
"""

from __future__ import annotations

import csv
import gettext
import io
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "mtd_analysis" / "reference" / "data" / "countries.csv"
COLUMNS = [
    "alpha_2",
    "alpha_3",
    "name_en",
    "iso_name_en",
    "official_name_en",
    "name_uk",
    "official_name_uk",
    "name_ru",
    "official_name_ru",
]
LEFT_OUT = {"UA"}


def countries_csv() -> str:
    """The CSV text of the country table, rows sorted by alpha-2 code."""
    import pycountry

    uk = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["uk"])
    ru = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"])
    out = io.StringIO()
    writer = csv.DictWriter(out, COLUMNS, lineterminator="\n")
    writer.writeheader()
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        if country.alpha_2 in LEFT_OUT:
            continue
        name = getattr(country, "common_name", None) or country.name
        official = getattr(country, "official_name", "") or ""
        writer.writerow(
            {
                "alpha_2": country.alpha_2,
                "alpha_3": country.alpha_3,
                "name_en": name,
                "iso_name_en": country.name if country.name != name else "",
                "official_name_en": official,
                "name_uk": uk.gettext(country.name),
                "official_name_uk": uk.gettext(official) if official else "",
                "name_ru": ru.gettext(country.name),
                "official_name_ru": ru.gettext(official) if official else "",
            }
        )
    return out.getvalue()


if __name__ == "__main__":
    OUT.write_text(countries_csv(), encoding="utf-8")
    sys.stdout.write(f"wrote {OUT.name}\n")
