"""Every word people read, in English and Ukrainian: one table, ``reference/data/labels.csv``.

Charts, the report, feedback workbooks and the intake template take their titles, headers, notes and units
from here (``key``, ``en``, ``uk``; ``{placeholders}`` are filled by :func:`label`; an empty ``uk`` falls back
to ``en``). Two families of keys come from the table that owns the fact instead: ``subgroup.<code>`` from the
priority list in use (its short subgroup labels, :func:`mtd_analysis.reference.priorities.subgroups`) and
``agency.<code>`` from the agencies table.

Examples
--------
>>> label("coverage.title", "en", subgroup="Police", year=2021)
'Funding per priority — Police, 2021'
>>> label("subgroup.border", "uk"), label("agency.SESU", "uk")
('Кордон', 'ДСНС')
>>> label("feedback.sheet.issues", "uk")
'Зауваження'
"""

from __future__ import annotations

from functools import cache

from mtd_analysis.reference import agencies as agencies_ref
from mtd_analysis.reference import priorities as priorities_ref
from mtd_analysis.reference._files import package_table

LABELS_FILE = "labels.csv"
LANGS = ("en", "uk")


@cache
def _table() -> dict[str, dict[str, str]]:
    table = package_table(LABELS_FILE)
    english = dict(zip(table["key"], table["en"], strict=True))
    ukrainian = {k: (u or english[k]) for k, u in zip(table["key"], table["uk"], strict=True)}
    return {"en": english, "uk": ukrainian}


def labels(lang: str = "en") -> dict[str, str]:
    """Every label in a language: ``labels.csv``, the subgroups of the list in use and the agencies.

    Examples
    --------
    >>> labels("uk")["subgroup.police"]
    'Поліція'
    """
    if lang not in LANGS:
        raise ValueError(f"lang must be one of {LANGS}, not {lang!r}")
    table = dict(_table()[lang])
    table.update({f"agency.{code}": name for code, name in agencies_ref.agency_labels(lang).items()})
    groups = priorities_ref.subgroups()
    table.update(dict(zip("subgroup." + groups["subgroup"], groups[f"label_{lang}"], strict=True)))
    return table


def label(key: str, lang: str = "en", **fields: object) -> str:
    """One label in ``en`` or ``uk`` with its ``{placeholders}`` filled.

    Raises
    ------
    KeyError
        When no table has the key.
    """
    if key.startswith(("subgroup.", "agency.")):
        table = labels(lang)
    else:
        if lang not in LANGS:
            raise ValueError(f"lang must be one of {LANGS}, not {lang!r}")
        table = _table()[lang]
    if key not in table:
        raise KeyError(f"labels.csv has no label {key!r}")
    text = table[key]
    return text.format(**fields) if fields else text


def has_label(key: str) -> bool:
    """Whether a label exists (in ``labels.csv``, or as a subgroup or agency of the tables in use).

    Examples
    --------
    >>> has_label("feedback.todo.amount"), has_label("feedback.todo.weather")
    (True, False)
    """
    return key in labels("en")
