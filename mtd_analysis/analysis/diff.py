"""What changed between two builds: projects that are new, gone, ended or changed, and funding moved.

Two snapshots of the accounted projects table (say March and September) are matched project by
project: first by ``project_id``; then, within the same partner, by title similarity (rapidfuzz
``token_sort_ratio`` on case-folded titles), so a partner who renumbered its projects is not
reported as ten new and ten gone projects. Funding is compared per priority and subgroup from the
two builds' allocations.

Examples
--------
>>> import pandas as pd
>>> old = pd.DataFrame({"project_id": ["A1", "B1"], "partner": ["EU", "UNDP"],
...                     "title": ["Border posts", "Police training"], "amount": [100.0, 50.0]})
>>> new = pd.DataFrame({"project_id": ["A1", "C9"], "partner": ["EU", "USAID"],
...                     "title": ["Border posts", "Custody records"], "amount": [120.0, 10.0]})
>>> changes, funding = diff_builds(old, new)
>>> changes[["change", "project_id_old", "project_id_new", "fields_changed"]].fillna("-").values.tolist()
[['new', '-', 'C9', ''], ['gone', 'B1', '-', ''], ['changed', 'A1', 'A1', 'amount']]
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from rapidfuzz import fuzz, process

from mtd_analysis import schema
from mtd_analysis.ingest.words import fold
from mtd_analysis.reference import priorities as priorities_ref
from mtd_analysis.reference.priorities import UNMAPPED
from mtd_analysis.schema import CHANGE_COLUMNS, CHANGE_KINDS, COMPARED_FIELDS

#: The change kinds (``CHANGE_KINDS``), the fields compared (``COMPARED_FIELDS``) and the columns of
#: ``diff.csv`` (``CHANGE_COLUMNS``) are declared in :mod:`mtd_analysis.schema`.

#: Minimum rapidfuzz ``token_sort_ratio`` (0-100) for two titles of one partner to be the same project.
MIN_TITLE_SIMILARITY = 85.0


_TEXT_FIELDS = (
    "project_id",
    "partner",
    "title",
    "currency",
    "start_date",
    "end_date",
    "beneficiaries",
    "status",
)


def _text(values: pd.Series) -> pd.Series:
    """Values as stripped text, NA for missing or empty (works on numbers read back from CSV)."""
    out = values.map(lambda v: pd.NA if pd.isna(v) else str(v).strip()).astype(object)
    return out.mask(out.eq(""), pd.NA)


def _beneficiary_set(value) -> object:
    """``'SBGS; NPU'`` -> ``'NPU;SBGS'`` (order-free comparison of agency lists)."""
    if pd.isna(value):
        return pd.NA
    codes = sorted({c.strip().upper() for c in str(value).replace(",", ";").split(";") if c.strip()})
    return ";".join(codes) if codes else pd.NA


def main_priority(allocations: pd.DataFrame | None, year: int | None = None) -> pd.Series:
    """The main priority of each project: the priority with the largest share (ties: smallest code).

    Parameters
    ----------
    allocations : DataFrame or None
        ``allocations.csv`` rows (``project_id``, ``priority_code``, ``share``, ``year``).
    year : int, optional
        Only this year's rows (when the project has any in that year).

    Returns
    -------
    Series
        ``priority_code`` indexed by ``project_id`` (text); empty when no allocations.

    Examples
    --------
    >>> import pandas as pd
    >>> alloc = pd.DataFrame({"project_id": ["P", "P", "Q"], "priority_code": ["B2", "A1", "C3"],
    ...                       "share": [0.7, 0.3, 1.0], "year": [2021, 2021, 2021]})
    >>> main_priority(alloc).to_dict()
    {'P': 'B2', 'Q': 'C3'}
    """
    if allocations is None or allocations.empty:
        return pd.Series(dtype=object, name="priority_code")
    alloc = allocations.assign(
        project_id=_text(allocations["project_id"]), priority_code=_text(allocations["priority_code"])
    )
    if year is not None and "year" in alloc.columns:
        in_year = pd.to_numeric(alloc["year"], errors="coerce").eq(year)
        has_year = in_year.groupby(alloc["project_id"]).transform("any")
        alloc = alloc[in_year | ~has_year]
    share = pd.to_numeric(alloc["share"], errors="coerce").fillna(0.0) if "share" in alloc else 1.0
    totals = (
        alloc.assign(share=share)
        .groupby(["project_id", "priority_code"], as_index=False)["share"]
        .sum()
        .sort_values(["project_id", "share", "priority_code"], ascending=[True, False, True], kind="stable")
    )
    first = totals.drop_duplicates("project_id", keep="first")
    return pd.Series(
        first["priority_code"].to_numpy(), index=first["project_id"].to_numpy(), name="priority_code"
    )


def _snapshot(projects: pd.DataFrame, allocations: pd.DataFrame | None, year: int | None) -> pd.DataFrame:
    """The fields compared, one row per project, as normalised text (amount as float)."""
    snap = pd.DataFrame(index=projects.index)
    for col in _TEXT_FIELDS:
        snap[col] = (
            _text(projects[col]) if col in projects.columns else pd.Series(pd.NA, index=projects.index)
        )
    snap["amount"] = (
        pd.to_numeric(projects["amount"], errors="coerce").astype(float) if "amount" in projects else np.nan
    )
    snap["currency"] = snap["currency"].str.upper()
    snap["beneficiaries"] = snap["beneficiaries"].map(_beneficiary_set).astype(object)
    snap["status"] = snap["status"].str.lower()
    for col in ("start_date", "end_date"):
        snap[col] = snap[col].str.slice(0, 10)
    priorities = main_priority(allocations, year)
    snap["priority"] = snap["project_id"].map(priorities).astype(object)
    return snap.reset_index(drop=True)


def _same(a, b) -> bool:
    if pd.isna(a) and pd.isna(b):
        return True
    if pd.isna(a) or pd.isna(b):
        return False
    if isinstance(a, float) or isinstance(b, float):
        return bool(np.isclose(float(a), float(b), rtol=1e-9, atol=0.005))
    return a == b


def _title_key(title) -> str:
    return "" if pd.isna(title) else " ".join(fold(str(title)).split())


def _match_by_title(
    old: pd.DataFrame, new: pd.DataFrame, old_left: list[int], new_left: list[int], min_similarity: float
) -> list[tuple[int, int, float]]:
    """Greedy best-first pairing of unmatched projects of the same partner by title similarity."""

    def keyed(frame: pd.DataFrame, index: list[int]) -> pd.DataFrame:
        part = frame.loc[index, ["partner", "title"]]
        return pd.DataFrame(
            {
                "partner": part["partner"].map(lambda p: "" if pd.isna(p) else str(p).casefold()),
                "title": part["title"].map(_title_key),
            },
            index=part.index,
        ).query("partner != '' and title != ''")

    old_keys, new_keys = keyed(old, old_left), keyed(new, new_left)
    candidates = []
    for partner, old_group in old_keys.groupby("partner", sort=True):
        new_group = new_keys[new_keys["partner"].eq(partner)]
        if new_group.empty:
            continue
        scores = process.cdist(
            old_group["title"].tolist(), new_group["title"].tolist(), scorer=fuzz.token_sort_ratio
        )
        for a, b in zip(*np.nonzero(scores >= min_similarity), strict=True):
            candidates.append((-float(scores[a, b]), int(old_group.index[a]), int(new_group.index[b])))
    pairs, used_old, used_new = [], set(), set()
    for neg_score, i, j in sorted(candidates):
        if i in used_old or j in used_new:
            continue
        used_old.add(i)
        used_new.add(j)
        pairs.append((i, j, round(-neg_score, 1)))
    return pairs


def _is_ended(old_row: pd.Series, new_row: pd.Series, year: int | None) -> bool:
    old_status = None if pd.isna(old_row["status"]) else old_row["status"]
    new_status = None if pd.isna(new_row["status"]) else new_row["status"]
    became_completed = new_status == "completed" and old_status != "completed"
    end = new_row["end_date"]
    passed = year is not None and not pd.isna(end) and str(end)[:4].isdigit() and int(str(end)[:4]) < year
    return bool(became_completed or passed)


def _change_row(change: str, match: str, similarity: float, old_row, new_row, fields: list[str]) -> dict:
    either = new_row if new_row is not None else old_row
    row = {
        "change": change,
        "match": match,
        "similarity": similarity,
        "project_id_old": pd.NA if old_row is None else old_row["project_id"],
        "project_id_new": pd.NA if new_row is None else new_row["project_id"],
        "partner": either["partner"],
        "title": either["title"],
        "fields_changed": ";".join(fields),
    }
    for field in COMPARED_FIELDS:
        row[f"{field}_old"] = pd.NA if old_row is None else old_row[field]
        row[f"{field}_new"] = pd.NA if new_row is None else new_row[field]
    return row


def project_changes(
    old_projects: pd.DataFrame,
    new_projects: pd.DataFrame,
    old_allocations: pd.DataFrame | None = None,
    new_allocations: pd.DataFrame | None = None,
    year: int | None = None,
    min_similarity: float = MIN_TITLE_SIMILARITY,
) -> pd.DataFrame:
    """One row per project of either snapshot: new, gone, ended, changed or unchanged.

    Parameters
    ----------
    old_projects, new_projects : DataFrame
        Projects tables (``schema.PROJECT_COLUMNS``; as built or read back from ``projects.csv``).
    old_allocations, new_allocations : DataFrame, optional
        Allocations of each build; the main priority of a project is compared when given.
    year : int, optional
        Year of the new snapshot: a matched project whose end date falls before it is ``ended``.
    min_similarity : float
        Minimum title similarity (0-100) to match projects of one partner whose ids differ.

    Returns
    -------
    DataFrame
        ``CHANGE_COLUMNS``: ``change`` (new, gone, ended, changed, unchanged), ``match`` (``id``,
        ``title`` or empty), ``similarity`` (100 for an id match), ``project_id_old``/``_new``,
        ``partner``, ``title`` (newest), ``fields_changed`` (``;``-joined), then ``<field>_old`` /
        ``<field>_new`` for amount, currency, start_date, end_date, priority, beneficiaries, status.
        ``ended`` means the status became ``completed`` or the end date is before ``year``; it wins
        over ``changed``. Sorted by change kind, partner, title, ids. Inputs are not mutated.

    Examples
    --------
    >>> import pandas as pd
    >>> old = pd.DataFrame({"project_id": ["X-1"], "partner": ["EU"], "title": ["Support to border posts"]})
    >>> new = pd.DataFrame({"project_id": ["EU-77"], "partner": ["EU"], "title": ["Support to border posts."]})
    >>> project_changes(old, new)[["change", "match", "project_id_old", "project_id_new"]].values.tolist()
    [['unchanged', 'title', 'X-1', 'EU-77']]
    """
    old = _snapshot(old_projects, old_allocations, year)
    new = _snapshot(new_projects, new_allocations, year)

    rows = []
    new_by_id = {pid: j for j, pid in new["project_id"].items() if not pd.isna(pid)}
    pairs = []
    matched_new = set()
    for i, pid in old["project_id"].items():
        j = new_by_id.get(pid) if not pd.isna(pid) else None
        if j is not None and j not in matched_new:
            pairs.append((i, j, "id", 100.0))
            matched_new.add(j)
    old_left = [i for i in old.index if i not in {p[0] for p in pairs}]
    new_left = [j for j in new.index if j not in matched_new]
    for i, j, score in _match_by_title(old, new, old_left, new_left, min_similarity):
        pairs.append((i, j, "title", score))
    matched_old = {p[0] for p in pairs}
    matched_new = {p[1] for p in pairs}

    for i, j, method, score in pairs:
        old_row, new_row = old.loc[i], new.loc[j]
        fields = [f for f in COMPARED_FIELDS if not _same(old_row[f], new_row[f])]
        if _is_ended(old_row, new_row, year):
            change = "ended"
        else:
            change = "changed" if fields else "unchanged"
        rows.append(_change_row(change, method, score, old_row, new_row, fields))
    for i in old.index.difference(sorted(matched_old)):
        rows.append(_change_row("gone", "", np.nan, old.loc[i], None, []))
    for j in new.index.difference(sorted(matched_new)):
        rows.append(_change_row("new", "", np.nan, None, new.loc[j], []))

    changes = pd.DataFrame(rows, columns=CHANGE_COLUMNS)
    if changes.empty:
        return changes
    order = changes["change"].map({k: n for n, k in enumerate(CHANGE_KINDS)})
    changes = (
        changes.assign(_order=order)
        .sort_values(
            ["_order", "partner", "title", "project_id_old", "project_id_new"],
            kind="stable",
            na_position="last",
        )
        .drop(columns="_order")
        .reset_index(drop=True)
    )
    changes["similarity"] = changes["similarity"].astype(float)
    changes["amount_old"] = pd.to_numeric(changes["amount_old"]).astype(float)
    changes["amount_new"] = pd.to_numeric(changes["amount_new"]).astype(float)
    return changes


def _money_column_of(allocations: pd.DataFrame | None, currency: str) -> str | None:
    if allocations is None:
        return None
    wanted = schema.money_column("amount", currency)
    if wanted in allocations.columns:
        return wanted
    return None


def funding_change(
    old_allocations: pd.DataFrame | None,
    new_allocations: pd.DataFrame | None,
    year: int | None = None,
    currency: str = "EUR",
) -> pd.DataFrame:
    """Funding per priority and subgroup in each build, and the change.

    Parameters
    ----------
    old_allocations, new_allocations : DataFrame or None
        ``allocations.csv`` of each build, with the money column ``amount_<currency>``.
    year : int, optional
        Only this year's allocations; all years when None.
    currency : str
        Reporting currency of the money column.

    Returns
    -------
    DataFrame
        ``priority_code``, ``subgroup``, ``n_projects_old``, ``n_projects_new``, ``funding_old_<cur>``,
        ``funding_new_<cur>``, ``change_<cur>`` (new - old); sorted by subgroup, priority. Empty (with
        these columns) when neither build has allocations.

    Examples
    --------
    >>> import pandas as pd
    >>> old = pd.DataFrame({"project_id": ["P"], "priority_code": ["1.1"], "subgroup": ["CUSTODY"],
    ...                     "year": [2021], "amount_eur": [100.0]})
    >>> new = old.assign(amount_eur=[250.0])
    >>> funding_change(old, new, year=2021)[["priority_code", "change_eur"]].values.tolist()
    [['1.1', 150.0]]
    """
    cur = currency.lower()
    old_col, new_col, change_col = f"funding_old_{cur}", f"funding_new_{cur}", f"change_{cur}"
    columns = ["priority_code", "subgroup", "n_projects_old", "n_projects_new", old_col, new_col, change_col]

    def totals(allocations, side):
        money = _money_column_of(allocations, currency)
        if money is None or allocations.empty:
            return pd.DataFrame(columns=["priority_code", "subgroup", f"n_projects_{side}", side])
        alloc = allocations.assign(
            project_id=_text(allocations["project_id"]),
            priority_code=_text(allocations["priority_code"]).fillna(UNMAPPED),
            subgroup=_text(allocations["subgroup"]).fillna(priorities_ref.special_subgroups()[UNMAPPED]),
            _money=pd.to_numeric(allocations[money], errors="coerce").fillna(0.0),
        )
        if year is not None and "year" in alloc.columns:
            alloc = alloc[pd.to_numeric(alloc["year"], errors="coerce").eq(year)]
        return (
            alloc.groupby(["priority_code", "subgroup"], as_index=False)
            .agg(**{f"n_projects_{side}": ("project_id", "nunique"), side: ("_money", "sum")})
            .astype({"priority_code": object, "subgroup": object})
        )

    merged = totals(old_allocations, "old").merge(
        totals(new_allocations, "new"), on=["priority_code", "subgroup"], how="outer"
    )
    if merged.empty:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in columns})
    out = pd.DataFrame(
        {
            "priority_code": merged["priority_code"],
            "subgroup": merged["subgroup"],
            "n_projects_old": pd.to_numeric(merged["n_projects_old"]).fillna(0).astype(np.int64),
            "n_projects_new": pd.to_numeric(merged["n_projects_new"]).fillna(0).astype(np.int64),
            old_col: pd.to_numeric(merged["old"]).fillna(0.0).astype(float),
            new_col: pd.to_numeric(merged["new"]).fillna(0.0).astype(float),
        }
    )
    out[change_col] = out[new_col] - out[old_col]
    return out.sort_values(["subgroup", "priority_code"], kind="stable").reset_index(drop=True)[columns]


def diff_builds(
    old_projects: pd.DataFrame,
    new_projects: pd.DataFrame,
    old_allocations: pd.DataFrame | None = None,
    new_allocations: pd.DataFrame | None = None,
    year: int | None = None,
    currency: str = "EUR",
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Compare two builds: project changes and funding change per priority and subgroup.

    Parameters
    ----------
    old_projects, new_projects : DataFrame
        Projects tables of the two builds.
    old_allocations, new_allocations : DataFrame, optional
        Allocations of the two builds (``amount_<currency>`` money column).
    year : int, optional
        Year of the new snapshot (ended projects; funding of that year only).
    currency : str
        Reporting currency of the allocations.

    Returns
    -------
    (DataFrame, DataFrame)
        :func:`project_changes` and :func:`funding_change`.

    Examples
    --------
    >>> import pandas as pd
    >>> p = pd.DataFrame({"project_id": ["A"], "partner": ["EU"], "title": ["T"], "amount": [1.0]})
    >>> changes, funding = diff_builds(p, p)
    >>> changes["change"].tolist(), funding.empty
    (['unchanged'], True)
    """
    changes = project_changes(old_projects, new_projects, old_allocations, new_allocations, year=year)
    funding = funding_change(old_allocations, new_allocations, year=year, currency=currency)
    return changes, funding
