"""Allocations: each project's money per priority and calendar year, in the reporting currency.

Step ``projects -> allocations`` of the one-way flow. The money steps of
:mod:`mtd_analysis.analysis.money` spread each project over years and convert it; the
priority mapping (:mod:`mtd_analysis.analysis.priorities`, :data:`schema.MAPPING_COLUMNS`)
says what share of it goes to which priority. One allocation row is one
project x priority x year; nothing vanishes: a project with no yearly amounts
keeps one row per priority with an empty year and amount, and a project missing
from the mapping is allocated whole to ``UNMAPPED``.

A project's status decides what its money is (:func:`funding_stage`): a
cancelled, withdrawn or terminated project stays in ``projects.csv`` but gets no
allocation (an info issue says so); a planned / pipeline project's money goes to
``pipeline_<cur>`` and its ``amount_<cur>`` is 0, so that every sum of
``amount_<cur>`` is committed funding (the FTS practice of pledges apart from
commitments).

Examples
--------
>>> projects = pd.DataFrame({"project_id": ["P1"], "title": ["Patrol cars"], "amount": [1000.0],
...     "currency": ["EUR"], "start_date": ["2021-01-01"], "end_date": ["2021-12-31"],
...     "yearly_amounts": [pd.NA], "source_file": ["a.xlsx"], "source_sheet": ["S"], "source_row": [3]})
>>> mapping = pd.DataFrame({"project_id": ["P1", "P1"], "priority_code": ["P1.1", "P1.2"],
...     "subgroup": ["CUSTODY", "CUSTODY"], "share": [0.75, 0.25], "method": ["declared", "declared"],
...     "confidence": [1.0, 1.0], "evidence": ["", ""]})
>>> allocations, issues = allocate(projects, mapping)
>>> allocations[["priority_code", "year", "amount_eur", "pipeline_eur"]].to_numpy().tolist()
[['P1.1', 2021, 750.0, 0.0], ['P1.2', 2021, 250.0, 0.0]]
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from mtd_analysis.analysis import money
from mtd_analysis.ingest.values import parse_status
from mtd_analysis.reference import priorities as priorities_ref
from mtd_analysis.reference.priorities import UNMAPPED
from mtd_analysis.schema import (
    ALLOCATION_BASE_COLUMNS,
    ISSUE_COLUMNS,
    MAPPING_COLUMNS,
    empty_frame,
    money_column,
)

__all__ = ["allocate", "allocation_columns", "funding_stage", "project_stages"]

#: Tolerance on the sum of a project's shares before they are rescaled to 1.
SHARE_TOLERANCE = 1e-6


def allocation_columns(currency: str = "EUR") -> list[str]:
    """Columns of the allocations table for a reporting currency.

    Examples
    --------
    >>> allocation_columns("USD")[-3:]
    ['year', 'amount_usd', 'pipeline_usd']
    """
    return [*ALLOCATION_BASE_COLUMNS, money_column("amount", currency), money_column("pipeline", currency)]


#: Project statuses (as :func:`mtd_analysis.ingest.values.parse_status` words them) whose money is not counted.
CANCELLED_STATUSES = frozenset({"cancelled"})
#: Statuses whose money is planned, not committed: counted apart, as ``pipeline``.
PIPELINE_STATUSES = frozenset({"planned"})


def funding_stage(status) -> str:
    """``committed``, ``pipeline`` or ``cancelled``: what a project's money counts as, from its status.

    An empty or unknown status is committed (the project was sent as a project).

    Examples
    --------
    >>> [funding_stage(s) for s in ("ongoing", "planned", "Pipeline", "скасовано", "withdrawn", None)]
    ['committed', 'pipeline', 'pipeline', 'cancelled', 'cancelled', 'committed']
    """
    if status is None or (not isinstance(status, str) and pd.isna(status)):
        return "committed"
    word = parse_status(status)
    if word in CANCELLED_STATUSES:
        return "cancelled"
    if word in PIPELINE_STATUSES:
        return "pipeline"
    return "committed"


def project_stages(projects: pd.DataFrame) -> pd.Series:
    """Each project's :func:`funding_stage`, indexed like ``projects`` (all committed without a status column).

    Examples
    --------
    >>> project_stages(pd.DataFrame({"status": ["completed", "planned", "cancelled"]})).tolist()
    ['committed', 'pipeline', 'cancelled']
    """
    if "status" not in projects.columns:
        return pd.Series("committed", index=projects.index, dtype="str")
    words = projects["status"].astype("object").tolist()
    stages = {
        v: funding_stage(v) for v in dict.fromkeys(w for w in words if isinstance(w, str))
    }  # few wordings
    return pd.Series(
        [stages[v] if isinstance(v, str) else funding_stage(v) for v in words],
        index=projects.index,
        dtype="str",
    )


def _cancelled_issues(projects: pd.DataFrame) -> list[dict]:
    return [
        money.project_issue(
            project,
            "status",
            "info",
            "status",
            f"status '{project.get('status')}': cancelled or withdrawn; kept in projects.csv, "
            "its money is not counted in allocations, coverage or overlaps",
        )
        for project in projects.to_dict("records")
    ]


def _unmapped_columns(project_ids: np.ndarray) -> dict:
    """Mapping columns allocating each of these projects whole to ``UNMAPPED``."""
    return {
        "project_id": project_ids,
        "priority_code": UNMAPPED,
        "subgroup": priorities_ref.special_subgroups()[UNMAPPED],  # as the priority list in use names it
        "share": 1.0,
        "method": "none",
        "confidence": math.nan,
        "evidence": "not in the priority mapping",
    }


def _explode(counts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For items repeated ``counts`` times: the item of each repetition and its rank (0, 1, ...)."""
    owner = np.repeat(np.arange(len(counts)), counts)
    rank = np.arange(len(owner)) - np.repeat(np.cumsum(counts) - counts, counts)
    return owner, rank


def _group_sums(owner: np.ndarray, rank: np.ndarray, values: np.ndarray, size: int) -> np.ndarray:
    """``Series.sum(min_count=1)`` of each owner's values, in their order, without a loop per owner.

    numpy adds fewer than 8 values one after the other; the rare owner with more
    is summed by numpy itself, so every total is the one ``Series.sum`` gives.
    """
    filled = np.where(np.isnan(values), 0.0, values)
    count = np.bincount(owner, minlength=size)
    sums = np.zeros(size)
    for step in range(min(int(count.max()) if size else 0, 7)):
        at = rank == step
        sums[owner[at]] = filled[at] if step == 0 else sums[owner[at]] + filled[at]
    for i in np.flatnonzero(count >= 8):
        sums[i] = filled[owner == i].sum()
    known = np.bincount(owner, weights=(~np.isnan(values)).astype(float), minlength=size) > 0
    return np.where(known, sums, np.nan)


def _complete_mapping(projects: pd.DataFrame, mapping: pd.DataFrame) -> tuple[pd.DataFrame, list[dict]]:
    """The mapping for exactly the projects given, in their order, with shares adding up to 1."""
    mapping = mapping[MAPPING_COLUMNS].assign(
        project_id=mapping["project_id"].astype(str), share=pd.to_numeric(mapping["share"], errors="coerce")
    )
    mapping = mapping.loc[mapping["project_id"].notna()]
    # each project's mapping rows, in mapping order: group g holds rows[first[g] : first[g] + size[g]]
    group_of_row, group_ids = pd.factorize(mapping["project_id"])
    rows = np.argsort(group_of_row, kind="stable")
    size = np.bincount(group_of_row, minlength=len(group_ids))
    first = np.cumsum(size) - size
    rank = np.arange(len(rows)) - first[group_of_row[rows]]
    shares = mapping["share"].to_numpy(dtype="float64", na_value=np.nan)
    group_total = _group_sums(group_of_row[rows], rank, shares[rows], len(group_ids))

    project_ids = np.array(
        [str(value) for value in projects["project_id"].to_numpy(dtype=object)], dtype=object
    )
    group = pd.Index(group_ids).get_indexer(project_ids)
    total = np.append(group_total, np.nan)[group]
    with np.errstate(invalid="ignore"):
        unmapped = (group < 0) | ~(total > 0)
        rescaled = ~unmapped & (np.abs(total - 1) > SHARE_TOLERANCE)
    empty = (group >= 0) & unmapped

    mapped = np.flatnonzero(~unmapped)
    owner, order = _explode(size[group[mapped]])
    taken = rows[first[group[mapped]][owner] + order]
    share = shares[taken]
    rescale = rescaled[mapped][owner]
    share = np.where(rescale, np.where(np.isnan(share), 0.0, share) / total[mapped][owner], share)
    pieces = []
    if len(taken):
        pieces.append(mapping.iloc[taken].assign(share=share, _project=mapped[owner], _order=order))
    alone = np.flatnonzero(unmapped)
    if len(alone):
        pieces.append(
            pd.DataFrame(
                {
                    **_unmapped_columns(project_ids[alone]),
                    "_project": alone,
                    "_order": 0,
                }
            )
        )
    if not pieces:
        return empty_frame(MAPPING_COLUMNS), []
    full = pd.concat(pieces, ignore_index=True).sort_values(["_project", "_order"], kind="stable")
    issues = []
    problems = np.flatnonzero(empty | rescaled)
    for position, project in zip(problems.tolist(), projects.iloc[problems].to_dict("records"), strict=True):
        if empty[position]:
            message = "priority shares are empty or zero: the project is counted as UNMAPPED"
        else:
            message = (
                f"priority shares add up to {total[position]:g}, not 1: they are rescaled to add up to 1"
            )
        issues.append(money.project_issue(project, "priority", "warning", "share", message))
    return full[MAPPING_COLUMNS].reset_index(drop=True), issues


def allocate(
    projects: pd.DataFrame,
    mapping: pd.DataFrame,
    rates: pd.DataFrame | None = None,
    currency: str = "EUR",
    year: int | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Allocate each project's money to its priorities, per calendar year, in the reporting currency.

    ``amount_<currency> = converted yearly amount x share``. Yearly amounts and the
    conversion follow :func:`mtd_analysis.analysis.money.yearly_amounts` and
    :func:`mtd_analysis.analysis.money.convert` (that year's rate; a missing rate leaves the
    amount empty with an error issue). Nothing vanishes:

    * a project with no yearly rows (no amount, no period, end before start) keeps
      one row per priority with ``year`` NA and the amount NaN;
    * a project absent from ``mapping`` (or whose shares are all empty / zero) is
      allocated whole to ``UNMAPPED`` (subgroup ``unmapped``, method ``none``);
    * shares not adding up to 1 are rescaled, with a warning;
    * a cancelled project has no row (an info issue names it); a planned one has its money in
      ``pipeline_<currency>`` and 0 in ``amount_<currency>`` (see :func:`funding_stage`).

    Mapping rows for project ids not in ``projects`` are ignored. Inputs are not mutated.

    Parameters
    ----------
    projects : pandas.DataFrame
        :data:`mtd_analysis.schema.PROJECT_COLUMNS` (in memory or read back from CSV).
    mapping : pandas.DataFrame
        :data:`mtd_analysis.schema.MAPPING_COLUMNS`.
    rates : pandas.DataFrame, optional
        From :func:`mtd_analysis.analysis.money.load_rates`; the shipped NBU table when None.
    currency : str, default "EUR"
        Reporting currency.
    year : int, optional
        The focus year: a rate missing for another year is a warning, not an error
        (:func:`mtd_analysis.analysis.money.convert`).

    Returns
    -------
    allocations : pandas.DataFrame
        :func:`allocation_columns` — ``schema.ALLOCATION_BASE_COLUMNS`` plus
        ``amount_<currency>`` (committed) and ``pipeline_<currency>`` (planned); ``year`` is a nullable integer. Rows follow the order
        of the projects, then of their mapping rows, then years.
    issues : pandas.DataFrame
        :data:`mtd_analysis.schema.ISSUE_COLUMNS`, each with the project's file, sheet and row.

    Examples
    --------
    >>> projects = pd.DataFrame({"project_id": ["P2"], "title": ["Shelters"], "amount": [1000.0],
    ...     "currency": ["EUR"], "start_date": [pd.NA], "end_date": [pd.NA], "yearly_amounts": [pd.NA],
    ...     "source_file": ["a.xlsx"], "source_sheet": ["S"], "source_row": [4]})
    >>> empty_mapping = pd.DataFrame(columns=MAPPING_COLUMNS)
    >>> allocations, issues = allocate(projects, empty_mapping)
    >>> allocations[["priority_code", "year", "amount_eur"]].to_numpy().tolist()
    [['UNMAPPED', <NA>, nan]]
    >>> issues["message"].tolist()
    ["project P2 'Shelters' (row 4): no period: not assigned to a year"]
    """
    column, pipeline_column = money_column("amount", currency), money_column("pipeline", currency)
    rates = money.load_rates() if rates is None else rates
    stages = project_stages(projects)
    cancelled_issues = _cancelled_issues(projects.loc[stages == "cancelled"])
    projects, stages = projects.loc[stages != "cancelled"], stages.loc[stages != "cancelled"]
    yearly, yearly_issues = money.yearly_amounts(projects)
    converted, rate_issues = money.convert(yearly, rates, to=currency, projects=projects, year=year)
    full_mapping, share_issues = _complete_mapping(projects, mapping)
    money_by_year = converted[["project_id", "year", column]].assign(year=converted["year"].astype("Int64"))
    allocations = full_mapping.merge(money_by_year, on="project_id", how="left", sort=False)
    amount = allocations[column].astype(float) * allocations["share"].astype(float)
    planned = (
        allocations["project_id"]
        .map(dict(zip(projects["project_id"].astype(str), stages == "pipeline", strict=True)))
        .fillna(False)
        .astype(bool)
    )
    allocations = allocations.assign(
        year=allocations["year"].astype("Int64"),
        share=allocations["share"].astype(float),
        **{column: amount.where(~planned, 0.0), pipeline_column: amount.where(planned, 0.0)},
    )
    # merge(how="left") keeps the mapping order; years follow each mapping row in yearly order
    share_frame = money.issues_frame(share_issues)
    status_frame = money.issues_frame(cancelled_issues)
    issues = [f for f in (status_frame, yearly_issues, share_frame, rate_issues) if len(f)]
    all_issues = pd.concat(issues, ignore_index=True) if issues else empty_frame(ISSUE_COLUMNS)
    return allocations[allocation_columns(currency)].reset_index(drop=True), all_issues
