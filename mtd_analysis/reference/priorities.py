"""The priority list and its subgroups: one table, one loader.

A priority list is one row per priority: its code, its subgroup (code, names in English and Ukrainian, and
optionally a short label for charts and a colour), its names in English, Ukrainian and Russian, synonyms,
keywords, CRS purpose codes and lead agencies. The subgroups are those the list names, in the order it first
names them: a 2022 list with a new subgroup needs no code change. Two rows are fixed: ``OTHER`` (work in the
sector, outside the list) and ``UNMAPPED`` (nothing recognisable); their names are the list's.

The package ships the 2021 list (``reference/data/priorities_2021.csv``). An analyst's own list is read by
:func:`mtd_analysis.ingest.sidefiles.read_priority_list` (any encoding, delimiter or an .xlsx) and checked
here by :func:`check_priorities`, which names the file, row and column of every problem.

Examples
--------
>>> listed = priorities()
>>> listed.loc[listed["subgroup"] == "border", "priority_code"].tolist()
['BORDER_SECURITY', 'BORDER_CROSSING', 'ILLEGAL_MIGRATION']
>>> subgroups()[["subgroup", "label_en", "label_uk", "colour"]].head(3).to_numpy().tolist()
[['police', 'Police', 'Поліція', '#0072B2'], ['border', 'Border', 'Кордон', '#E69F00'], ['cross', 'Cross-cutting', 'Наскрізні питання', '#009E73']]
>>> special_names("uk")["UNMAPPED"]
'Не віднесено до пріоритету'
"""

from __future__ import annotations

import re
from functools import cache

import pandas as pd

from mtd_analysis.reference import agencies as agencies_ref
from mtd_analysis.reference._files import DATA_DIR, in_use, package_table
from mtd_analysis.schema import issue

__all__ = [
    "PRIORITY_COLUMNS",
    "OPTIONAL_PRIORITY_COLUMNS",
    "OTHER",
    "UNMAPPED",
    "SPECIAL_PRIORITIES",
    "PriorityListError",
    "check_priorities",
    "priority_table",
    "priorities",
    "subgroups",
    "subgroup_order",
    "special_names",
    "stopwords",
]

PRIORITIES_FILE = DATA_DIR / "priorities_2021.csv"
#: Columns every priority list must have.
PRIORITY_COLUMNS = [
    "priority_code",
    "subgroup",
    "subgroup_name_en",
    "subgroup_name_uk",
    "name_en",
    "name_uk",
    "keywords_en",
    "keywords_uk",
    "keywords_ru",
    "crs_codes",
    "lead_agencies",
]
#: Optional columns, read when present (empty otherwise).
#: ``yields_to``: the priorities that take this one's share when a project names them as strongly, this one naming
#: only where the work is done ("COVID-19 prevention at checkpoints" is COVID19; BORDER_CROSSING yields to it).
OPTIONAL_PRIORITY_COLUMNS = ["name_ru", "synonyms", "broad_keywords", "note", "yields_to"]
#: Optional subgroup columns: a short label for chart titles and a colour (``#RRGGBB``).
SUBGROUP_STYLE_COLUMNS = ["subgroup_label_en", "subgroup_label_uk", "subgroup_colour"]
OTHER = "OTHER"
UNMAPPED = "UNMAPPED"
#: The two codes every list must have; the analysis treats them apart from the priorities.
SPECIAL_PRIORITIES = (OTHER, UNMAPPED)
SUBGROUP_COLUMNS = ["subgroup", "name_en", "name_uk", "label_en", "label_uk", "colour", "order"]
#: Colour-blind-safe colours (Okabe & Ito; Paul Tol) for subgroups a list gives no colour.
SPARE_COLOURS = ("#56B4E9", "#332288", "#44AA99", "#117733", "#999933", "#882255", "#88CCEE", "#DDCC77")

_CODE_RE = re.compile(r"^[A-Z][A-Z0-9_]*$")
_SUBGROUP_RE = re.compile(r"^[a-z][a-z0-9_]*$")
_CRS_RE = re.compile(r"^(~?)(\d{5})$")
_COLOUR_RE = re.compile(r"^#[0-9A-Fa-f]{6}$")


class PriorityListError(ValueError):
    """A priority list or an overrides file is malformed; the message names the file and row."""


def split_list(value) -> list[str]:
    """``"a; b;;c"`` -> ``['a', 'b', 'c']`` (empty or missing -> ``[]``).

    Examples
    --------
    >>> split_list(" NPU; SMS ;"), split_list(None)
    (['NPU', 'SMS'], [])
    """
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return []
    return [part.strip() for part in str(value).split(";") if part.strip()]


def _row_problems(row: dict, line: int, name: str, seen: dict, direct: dict) -> list[dict]:
    """Problems of one row of a priority list, as issue records (empty: the row is good)."""

    def bad(column: str, message: str) -> dict:
        where = f"{name} row {line}"
        return issue(name, f"{where}: {message}", row=line, column=column, kind="priority_list")

    code, subgroup = row["priority_code"], row["subgroup"]
    if not _CODE_RE.match(code):
        return [bad("priority_code", f"priority_code {code!r} must be UPPER_CASE letters, digits, '_'")]
    if code in seen:
        return [bad("priority_code", f"priority_code {code} repeats row {seen[code]}")]
    problems = []
    if not _SUBGROUP_RE.match(subgroup):
        problems.append(
            bad("subgroup", f"subgroup {subgroup!r} of {code} must be lower-case letters, digits, '_'")
        )
    for crs in split_list(row["crs_codes"]):
        m = _CRS_RE.match(crs)
        if m is None:
            problems.append(
                bad("crs_codes", f"CRS code {crs!r} of {code} is not 5 digits (or ~ and 5 digits)")
            )
        elif not m.group(1) and direct.get(m.group(2), code) != code:
            problems.append(bad("crs_codes", f"CRS code {crs} already maps to {direct[m.group(2)]}"))
    known = set(agencies_ref.agency_codes())
    unknown = [a for a in split_list(row["lead_agencies"]) if a not in known]
    if unknown:
        problems.append(bad("lead_agencies", f"unknown lead agency {', '.join(unknown)} of {code}"))
    colour = row.get("subgroup_colour", "")
    if colour and not _COLOUR_RE.match(colour):
        problems.append(bad("subgroup_colour", f"colour {colour!r} of subgroup {subgroup} is not #RRGGBB"))
    return problems


def check_priorities(table: pd.DataFrame, name: str = "priorities.csv") -> tuple[pd.DataFrame, list[dict]]:
    """Check a priority list read as text; keep its good rows and say what is wrong with the others.

    Parameters
    ----------
    table : DataFrame
        The list as read (text cells; column names are stripped).
    name : str
        The file's name, used in messages.

    Returns
    -------
    (DataFrame, list of dict)
        The good rows (columns :data:`PRIORITY_COLUMNS`, the optional ones, then any other; empty cells NA),
        and one issue record per bad row naming the file, row (as the file shows it: the header is row 1)
        and column.

    Raises
    ------
    PriorityListError
        When a required column is missing or the list has no ``OTHER`` / ``UNMAPPED`` row: no build can use it.

    Examples
    --------
    >>> listed = priorities().fillna("")
    >>> listed.loc[1, "lead_agencies"] = "FBI"
    >>> good, problems = check_priorities(listed, "mine.csv")
    >>> len(listed), len(good), problems[0]["message"]
    (11, 10, 'mine.csv row 3: unknown lead agency FBI of TRAFFICKING')
    """
    table = table.rename(columns=lambda c: str(c).strip()).fillna("").astype(str)
    missing = [c for c in PRIORITY_COLUMNS if c not in table.columns]
    if missing:
        raise PriorityListError(f"{name}: missing column(s) {', '.join(missing)}")
    for column in OPTIONAL_PRIORITY_COLUMNS + SUBGROUP_STYLE_COLUMNS:
        if column not in table.columns:
            table[column] = ""
    table = table.apply(lambda col: col.str.strip())
    lines = table.pop("source_row").astype(int).tolist() if "source_row" in table else None
    seen: dict[str, int] = {}
    direct: dict[str, str] = {}
    problems: list[dict] = []
    keep: list[bool] = []
    for i, row in enumerate(table.to_dict("records")):
        line = lines[i] if lines else i + 2  # row 1 is the header
        found = _row_problems(row, line, name, seen, direct)
        problems.extend(found)
        keep.append(not found)
        if not found:
            seen[row["priority_code"]] = line
            for crs in split_list(row["crs_codes"]):
                if not crs.startswith("~"):
                    direct[crs] = row["priority_code"]
    codes = set(table["priority_code"])
    for i, row in enumerate(table.to_dict("records")):
        strange = [c for c in split_list(row["yields_to"]) if c not in codes or c in SPECIAL_PRIORITIES]
        if strange and keep[i]:
            line = lines[i] if lines else i + 2
            problems.append(
                issue(
                    name,
                    f"{name} row {line}: yields_to of {row['priority_code']} names {', '.join(strange)}, no priority "
                    "of the list (or OTHER / UNMAPPED): ignored",
                    row=line,
                    column="yields_to",
                    kind="priority_list",
                    severity="warning",
                )
            )
    absent = [c for c in SPECIAL_PRIORITIES if c not in set(table["priority_code"])]
    if absent:
        raise PriorityListError(f"{name}: the list needs rows for {', '.join(absent)}")
    broken = [p for p in problems if p["row"] not in seen.values() and p["message"]]
    special_lines = {
        lines[i] if lines else i + 2 for i, c in enumerate(table["priority_code"]) if c in SPECIAL_PRIORITIES
    }
    for problem in broken:
        if problem["row"] in special_lines:
            raise PriorityListError(problem["message"])  # the analysis cannot go without OTHER and UNMAPPED
    columns = PRIORITY_COLUMNS + OPTIONAL_PRIORITY_COLUMNS + SUBGROUP_STYLE_COLUMNS
    rest = [c for c in table.columns if c not in columns]
    good = table.loc[keep, columns + rest].replace("", pd.NA).reset_index(drop=True)
    return good, problems


def priority_table(table: pd.DataFrame, name: str = "priorities.csv") -> pd.DataFrame:
    """A priority list checked by :func:`check_priorities`; the first problem raises.

    Raises
    ------
    PriorityListError
        Naming the file and row of the first problem.

    Examples
    --------
    >>> bad = priorities().fillna("")
    >>> bad.loc[0, "subgroup"] = "Customs Service"
    >>> priority_table(bad, "p.csv")
    Traceback (most recent call last):
    ...
    mtd_analysis.reference.priorities.PriorityListError: p.csv row 2: subgroup 'Customs Service' of CUSTODY must be lower-case letters, digits, '_'
    """
    good, problems = check_priorities(table, name)
    if problems:
        raise PriorityListError(problems[0]["message"])
    return good


def priorities() -> pd.DataFrame:
    """The priority list in use: the build's (see :func:`mtd_analysis.reference.using`), else the 2021 list.

    Returns
    -------
    DataFrame
        One row per priority, in list order; empty cells NA.
    """
    chosen = in_use("priorities")
    return (_package_priorities() if chosen is None else chosen).copy()


@cache
def _package_priorities() -> pd.DataFrame:
    return priority_table(package_table(PRIORITIES_FILE.name), PRIORITIES_FILE.name)


def _first_text(values: pd.Series) -> str:
    texts = [str(v).strip() for v in values if not pd.isna(v) and str(v).strip()]
    return texts[0] if texts else ""


def subgroups(listed: pd.DataFrame | None = None) -> pd.DataFrame:
    """The subgroups a priority list names, in the order it first names them.

    Parameters
    ----------
    listed : DataFrame, optional
        A priority list; default :func:`priorities`.

    Returns
    -------
    DataFrame
        ``subgroup, name_en, name_uk, label_en, label_uk, colour, order``: the short labels fall back to the
        names, the names to the code; a subgroup without a colour gets a spare colour-blind-safe one.

    Examples
    --------
    >>> import pandas as pd
    >>> two = pd.DataFrame({"subgroup": ["cyber", "police", "cyber"], "subgroup_name_en": ["Cybercrime", None, None],
    ...                     "subgroup_name_uk": ["Кіберзлочинність", None, None], "subgroup_colour": [None, "#0072B2", None]})
    >>> subgroups(two)[["subgroup", "label_en", "label_uk", "colour", "order"]].to_numpy().tolist()
    [['cyber', 'Cybercrime', 'Кіберзлочинність', '#56B4E9', 0], ['police', 'police', 'police', '#0072B2', 1]]
    >>> subgroups(two.drop(columns="subgroup_colour"))["colour"].tolist()  # police keeps the 2021 list's blue
    ['#56B4E9', '#0072B2']
    """
    if listed is None and in_use("priorities") is None:
        return _package_subgroups().copy()
    if listed is None:
        return _subgroups_in_use(in_use("priorities")).copy()
    if listed.empty:
        return pd.DataFrame(columns=SUBGROUP_COLUMNS)
    rows = []
    for order, (code, group) in enumerate(listed.groupby("subgroup", sort=False)):
        pick = {
            c: _first_text(group[c]) if c in group else "" for c in ("subgroup_name_en", "subgroup_name_uk")
        }
        pick.update({c: _first_text(group[c]) if c in group else "" for c in SUBGROUP_STYLE_COLUMNS})
        name_en = pick["subgroup_name_en"] or str(code)
        name_uk = pick["subgroup_name_uk"] or name_en
        label_en = pick["subgroup_label_en"] or name_en
        label_uk = pick["subgroup_label_uk"] or (name_uk if pick["subgroup_name_uk"] else label_en)
        rows.append([str(code), name_en, name_uk, label_en, label_uk, pick["subgroup_colour"].upper(), order])
    table = pd.DataFrame(rows, columns=SUBGROUP_COLUMNS).astype({"order": "int64"})
    if not table["colour"].all():  # a subgroup the 2021 list knows keeps its colour from one list to the next
        shipped = _package_priorities()
        known = {} if listed is shipped else dict(subgroups(shipped)[["subgroup", "colour"]].to_numpy())
        table["colour"] = [
            c or known.get(g, "") for g, c in zip(table["subgroup"], table["colour"], strict=True)
        ]
    spare = iter(c for c in SPARE_COLOURS if c not in set(table["colour"]))
    table["colour"] = [c or next(spare, "#555555") for c in table["colour"]]
    return table


@cache
def _package_subgroups() -> pd.DataFrame:
    return subgroups(_package_priorities())


_IN_USE_SUBGROUPS: list[tuple[pd.DataFrame, pd.DataFrame]] = []


def _subgroups_in_use(listed: pd.DataFrame) -> pd.DataFrame:
    """The subgroups of the priority list in use, derived once per list (charts and labels ask for them often)."""
    if not (_IN_USE_SUBGROUPS and _IN_USE_SUBGROUPS[0][0] is listed):
        _IN_USE_SUBGROUPS[:] = [(listed, subgroups(listed.copy()))]
    return _IN_USE_SUBGROUPS[0][1]


def subgroup_order(listed: pd.DataFrame | None = None) -> tuple[str, ...]:
    """Subgroup codes in list order (``other`` and ``unmapped`` wherever the list puts them).

    Examples
    --------
    >>> subgroup_order()
    ('police', 'border', 'cross', 'other', 'unmapped')
    """
    return tuple(subgroups(listed)["subgroup"])


def special_names(lang: str = "en", listed: pd.DataFrame | None = None) -> dict[str, str]:
    """Names of ``OTHER`` and ``UNMAPPED`` in a language (``en``, ``uk`` or ``ru``), from the list.

    Examples
    --------
    >>> special_names()["OTHER"]
    'Other sector work (outside the priority list)'
    """
    listed = priorities() if listed is None else listed
    rows = listed.set_index("priority_code")
    out = {}
    for code in SPECIAL_PRIORITIES:
        name = rows.at[code, f"name_{lang}"] if f"name_{lang}" in rows else pd.NA
        out[code] = str(rows.at[code, "name_en"] if pd.isna(name) else name)
    return out


def special_subgroups(listed: pd.DataFrame | None = None) -> dict[str, str]:
    """Subgroup code of ``OTHER`` and of ``UNMAPPED`` in the list.

    Examples
    --------
    >>> special_subgroups()
    {'OTHER': 'other', 'UNMAPPED': 'unmapped'}
    """
    listed = priorities() if listed is None else listed
    rows = listed.set_index("priority_code")["subgroup"]
    return {code: str(rows[code]) for code in SPECIAL_PRIORITIES}


def stopwords() -> list[str]:
    """Words that carry no priority meaning ("of", "протидія", "support"), from ``priority_stopwords.csv``.

    Examples
    --------
    >>> "the" in stopwords()
    True
    """
    return [w for w in package_table("priority_stopwords.csv")["word"] if w.strip()]
