"""Views analysts ask for, as plain DataFrame functions over a build's tables.

Each function takes the build's tables (``projects``, ``allocations``), never
mutates them, and returns a new DataFrame: funding by partner and priority, by
beneficiary agency, projects ending before a date, the projects of one partner
and the evidence behind one project's mapping. They answer a new question in a
line; :class:`mtd_analysis.api.Build` offers them as methods too.

Money columns keep the build's currency in their name (``amount_eur``,
``funding_eur``; see :func:`mtd_analysis.schema.money_column`).

Examples
--------
>>> import pandas as pd
>>> projects = pd.DataFrame({"project_id": ["A", "B"], "partner": ["EU", "UNDP"], "title": ["x", "y"],
...     "beneficiaries": ["NPU", "NPU;SBGS"], "end_date": ["2021-05-31", "2022-12-31"]})
>>> allocations = pd.DataFrame({"project_id": ["A", "B"], "priority_code": ["DRUGS", "DRUGS"],
...     "subgroup": ["police", "police"], "year": [2021, 2021], "amount_eur": [100.0, 300.0]})
>>> funding_by_partner_priority(allocations, projects, year=2021)
priority_code  DRUGS
partner
UNDP           300.0
EU             100.0
"""

from __future__ import annotations

import re

import pandas as pd


class ViewInputError(ValueError):
    """A table given to a view lacks a column the view needs, or a value it was asked for."""


def _money_column(allocations: pd.DataFrame) -> str:
    found = [c for c in allocations.columns if re.fullmatch(r"amount_[a-z]{3}", str(c))]
    if len(found) != 1:
        raise ViewInputError(f"allocations: expected one amount_<currency> column, found {found or 'none'}")
    return found[0]


def _require(frame: pd.DataFrame, columns: list[str], table: str) -> None:
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise ViewInputError(f"{table}: missing column(s) {missing}")


def _in_year(allocations: pd.DataFrame, year: int | None) -> pd.DataFrame:
    if year is None:
        return allocations
    return allocations[pd.to_numeric(allocations["year"], errors="coerce") == int(year)]


def _with_partner(allocations: pd.DataFrame, projects: pd.DataFrame) -> pd.DataFrame:
    _require(projects, ["project_id", "partner"], "projects")
    partners = projects[["project_id", "partner"]].drop_duplicates("project_id")
    merged = allocations.merge(partners, on="project_id", how="left", validate="many_to_one")
    return merged.assign(partner=merged["partner"].fillna("?").astype("str"))


def funding_by_partner_priority(
    allocations: pd.DataFrame,
    projects: pd.DataFrame,
    year: int | None = None,
    subgroup: str | None = None,
) -> pd.DataFrame:
    """Funding of each partner under each priority: partners as rows, priority codes as columns.

    Parameters
    ----------
    allocations : DataFrame
        ``allocations.csv`` (``project_id``, ``priority_code``, ``subgroup``, ``year``, ``amount_<cur>``).
    projects : DataFrame
        ``projects.csv`` (``project_id``, ``partner``).
    year : int, optional
        Keep this year only (default: every year, summed).
    subgroup : str, optional
        Keep this subgroup's priorities only.

    Returns
    -------
    DataFrame
        Money in the build's currency; partners ordered by their total, largest first (then by name),
        priorities in the order they first appear in ``allocations``. Zero where a partner funds nothing.

    Examples
    --------
    >>> alloc = pd.DataFrame({"project_id": ["A", "A", "B"], "priority_code": ["DRUGS", "CUSTODY", "DRUGS"],
    ...     "subgroup": ["police"] * 3, "year": [2021, 2021, 2022], "amount_eur": [10.0, 5.0, 40.0]})
    >>> proj = pd.DataFrame({"project_id": ["A", "B"], "partner": ["EU", "UNDP"]})
    >>> funding_by_partner_priority(alloc, proj).to_dict("index")
    {'UNDP': {'DRUGS': 40.0, 'CUSTODY': 0.0}, 'EU': {'DRUGS': 10.0, 'CUSTODY': 5.0}}
    >>> funding_by_partner_priority(alloc, proj, year=2021).index.tolist()
    ['EU']
    """
    money = _money_column(allocations)
    _require(allocations, ["project_id", "priority_code", "subgroup", "year"], "allocations")
    rows = _in_year(allocations, year)
    if subgroup is not None:
        rows = rows[rows["subgroup"] == subgroup]
    rows = _with_partner(rows, projects)
    order = list(dict.fromkeys(rows["priority_code"]))
    table = rows.pivot_table(
        index="partner", columns="priority_code", values=money, aggfunc="sum", fill_value=0.0
    )
    table = table.reindex(columns=order, fill_value=0.0)
    totals = table.sum(axis=1).rename("total").reset_index()
    ranked = totals.sort_values(["total", "partner"], ascending=[False, True])["partner"]
    table = table.loc[ranked]
    table.columns.name = "priority_code"
    return table


def _agencies(value: object) -> list[str]:
    codes = [] if pd.isna(value) else [c.strip().upper() for c in str(value).split(";") if c.strip()]
    return list(dict.fromkeys(codes)) or ["none"]


def funding_by_agency(
    allocations: pd.DataFrame, projects: pd.DataFrame, year: int | None = None
) -> pd.DataFrame:
    """Funding per beneficiary agency (``beneficiaries`` of ``projects.csv``).

    A project that serves several agencies counts in full for each of them, as
    the beneficiary chart shows it, so the ``funding`` column sums to more than
    the total; ``funding_shared`` says how much of an agency's funding comes
    from such shared projects. Projects naming no agency are under ``none``.

    Parameters
    ----------
    allocations : DataFrame
    projects : DataFrame
        ``project_id``, ``beneficiaries`` (``;``-joined agency codes).
    year : int, optional

    Returns
    -------
    DataFrame
        ``agency``, ``n_projects``, ``funding_<cur>``, ``funding_shared_<cur>``, largest funding first.

    Examples
    --------
    >>> alloc = pd.DataFrame({"project_id": ["A", "B"], "priority_code": ["X", "X"], "subgroup": ["police"] * 2,
    ...     "year": [2021, 2021], "amount_eur": [100.0, 300.0]})
    >>> proj = pd.DataFrame({"project_id": ["A", "B"], "beneficiaries": ["NPU", "NPU;SBGS"]})
    >>> funding_by_agency(alloc, proj).to_dict("records")  # doctest: +NORMALIZE_WHITESPACE
    [{'agency': 'NPU', 'n_projects': 2, 'funding_eur': 400.0, 'funding_shared_eur': 300.0},
     {'agency': 'SBGS', 'n_projects': 1, 'funding_eur': 300.0, 'funding_shared_eur': 300.0}]
    """
    money = _money_column(allocations)
    currency = money.split("_", 1)[1]
    _require(projects, ["project_id", "beneficiaries"], "projects")
    rows = _in_year(allocations, year)[["project_id", money]]
    agencies = projects[["project_id", "beneficiaries"]].drop_duplicates("project_id")
    agencies = agencies.assign(agency=agencies["beneficiaries"].map(_agencies))
    agencies = agencies.assign(shared=agencies["agency"].map(len) > 1)
    rows = rows.merge(agencies[["project_id", "agency", "shared"]], on="project_id", how="left")
    rows = rows.assign(agency=rows["agency"].map(lambda a: a if isinstance(a, list) else ["none"]))
    rows = rows.explode("agency")
    rows = rows.assign(shared_money=rows[money].where(rows["shared"].fillna(False).astype(bool), 0.0))
    table = rows.groupby("agency", sort=True).agg(
        n_projects=("project_id", "nunique"),
        funding=(money, "sum"),
        funding_shared=("shared_money", "sum"),
    )
    table = table.reset_index().sort_values(["funding", "agency"], ascending=[False, True], ignore_index=True)
    return table.rename(
        columns={"funding": f"funding_{currency}", "funding_shared": f"funding_shared_{currency}"}
    )


def projects_ending_before(projects: pd.DataFrame, date: str, *, since: str | None = None) -> pd.DataFrame:
    """Projects whose end date falls before ``date`` (and on or after ``since``), soonest first.

    Projects without an end date are left out (they are listed by
    :func:`projects_without_end_date`, so none is lost).

    Parameters
    ----------
    projects : DataFrame
        ``projects.csv`` (``end_date`` as ISO text).
    date : str
        ISO date, e.g. the next meeting's ``"2021-09-15"``.
    since : str, optional
        ISO date: keep projects ending on or after it (e.g. this meeting's date).

    Returns
    -------
    DataFrame
        The matching rows of ``projects``, all their columns, sorted by ``end_date`` then ``project_id``.

    Raises
    ------
    ViewInputError
        When ``date`` or ``since`` is not a date.

    Examples
    --------
    >>> proj = pd.DataFrame({"project_id": ["A", "B", "C"], "end_date": ["2021-08-31", None, "2021-05-31"]})
    >>> projects_ending_before(proj, "2021-09-15")["project_id"].tolist()
    ['C', 'A']
    >>> projects_ending_before(proj, "2021-09-15", since="2021-06-10")["project_id"].tolist()
    ['A']
    """
    _require(projects, ["project_id", "end_date"], "projects")
    until = _parse_day(date, "date")
    ends = pd.to_datetime(projects["end_date"], errors="coerce", format="%Y-%m-%d")
    keep = ends < until
    if since is not None:
        keep &= ends >= _parse_day(since, "since")
    chosen = projects[keep.fillna(False)]
    order = ends[keep.fillna(False)].rename("_end")
    return (
        chosen.assign(_end=order)
        .sort_values(["_end", "project_id"], kind="stable")
        .drop(columns="_end")
        .reset_index(drop=True)
    )


def projects_without_end_date(projects: pd.DataFrame) -> pd.DataFrame:
    """Projects whose end date is missing or not a date (so :func:`projects_ending_before` cannot place them).

    Examples
    --------
    >>> proj = pd.DataFrame({"project_id": ["A", "B"], "end_date": ["2021-08-31", None]})
    >>> projects_without_end_date(proj)["project_id"].tolist()
    ['B']
    """
    _require(projects, ["project_id", "end_date"], "projects")
    ends = pd.to_datetime(projects["end_date"], errors="coerce", format="%Y-%m-%d")
    return projects[ends.isna()].reset_index(drop=True)


def _parse_day(text: str, name: str) -> pd.Timestamp:
    day = pd.to_datetime(text, errors="coerce", format="%Y-%m-%d")
    if pd.isna(day):
        raise ViewInputError(f"{name} must be a date written YYYY-MM-DD, not {text!r}")
    return day


def projects_of(projects: pd.DataFrame, partner: str) -> pd.DataFrame:
    """The projects of one partner, matched by name without regard to case or surrounding blanks.

    Parameters
    ----------
    projects : DataFrame
    partner : str
        The partner's name as the build writes it (``partner`` column), e.g. ``"EU"``.

    Returns
    -------
    DataFrame
        The partner's rows, in the build's order.

    Raises
    ------
    ViewInputError
        When no project has that partner; the message lists the partners there are.

    Examples
    --------
    >>> proj = pd.DataFrame({"project_id": ["A", "B"], "partner": ["EU", "UNDP"]})
    >>> projects_of(proj, " eu ")["project_id"].tolist()
    ['A']
    >>> projects_of(proj, "USA")
    Traceback (most recent call last):
    ...
    mtd_analysis.analysis.views.ViewInputError: no project of partner 'USA'; partners: EU, UNDP
    """
    _require(projects, ["partner"], "projects")
    wanted = str(partner).strip().casefold()
    keep = projects["partner"].astype("str").str.strip().str.casefold() == wanted
    if not keep.any():
        known = ", ".join(sorted(projects["partner"].dropna().astype("str").unique()))
        raise ViewInputError(f"no project of partner {partner!r}; partners: {known}")
    return projects[keep].reset_index(drop=True)


def mapping_evidence(
    allocations: pd.DataFrame, project_id: str, projects: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Why a project sits under its priorities: method, confidence and evidence of each share.

    Parameters
    ----------
    allocations : DataFrame
        ``allocations.csv`` (one row per project, priority and year).
    project_id : str
    projects : DataFrame, optional
        When given, the project's partner, title, declared priority and the cells they were read
        from (``source_file``, ``source_sheet``, ``source_row``, ``source_cells``) are added.

    Returns
    -------
    DataFrame
        One row per priority of the project: ``priority_code``, ``subgroup``, ``share``, ``method``,
        ``confidence``, ``evidence``, ``years`` (e.g. ``"2021-2022"``), ``amount_<cur>`` (all years).

    Raises
    ------
    ViewInputError
        When the project is not in ``allocations``.

    Examples
    --------
    >>> alloc = pd.DataFrame({"project_id": ["A", "A"], "priority_code": ["DRUGS", "DRUGS"],
    ...     "subgroup": ["police"] * 2, "share": [1.0, 1.0], "method": ["classifier"] * 2,
    ...     "confidence": [0.8, 0.8], "evidence": ["keywords: narcotics"] * 2, "year": [2021, 2022],
    ...     "amount_eur": [10.0, 20.0]})
    >>> mapping_evidence(alloc, "A")[["priority_code", "method", "years", "amount_eur"]].to_dict("records")
    [{'priority_code': 'DRUGS', 'method': 'classifier', 'years': '2021-2022', 'amount_eur': 30.0}]
    """
    money = _money_column(allocations)
    keys = ["priority_code", "subgroup", "share", "method", "confidence", "evidence"]
    _require(allocations, ["project_id", "year", *keys], "allocations")
    rows = allocations[allocations["project_id"].astype("str") == str(project_id)]
    if rows.empty:
        raise ViewInputError(f"project {project_id!r} is not in the allocations")
    years = pd.to_numeric(rows["year"], errors="coerce")
    table = (
        rows.assign(_year=years)
        .groupby(keys, dropna=False, sort=False)
        .agg(first=("_year", "min"), last=("_year", "max"), amount=(money, "sum"))
        .reset_index()
    )
    span = [
        f"{int(a)}" if a == b else f"{int(a)}-{int(b)}" if pd.notna(a) else ""
        for a, b in zip(table["first"], table["last"], strict=True)
    ]
    table = table.assign(years=span).drop(columns=["first", "last"]).rename(columns={"amount": money})
    table = table[[*keys, "years", money]]
    if projects is not None:
        context = [
            "partner",
            "title",
            "declared_priority",
            "source_file",
            "source_sheet",
            "source_row",
            "source_cells",
        ]
        found = projects.loc[projects["project_id"].astype("str") == str(project_id)]
        for column in [c for c in context if c in projects.columns]:
            table[column] = found[column].iloc[0] if len(found) else pd.NA
    return table.reset_index(drop=True)
