"""Findings: what a meeting should hear first, picked from a build's tables.

:func:`findings` returns one row per finding with the figures behind it and no
words: :mod:`mtd_analysis.outputs.findings` writes them as sentences in English
or Ukrainian (the templates are rows of ``labels.csv``). The kinds, in the
order a briefing gives them:

``not_read``
    a partner file that was not read (failed or skipped): its projects are not counted.
``unmapped``
    funding that could not be placed under any priority of the list.
``orphan``
    a priority of the list that no partner supports in the year.
``gap``
    the largest gaps between the needs stated and the funding of supported priorities (when ``needs.csv``
    was given; an orphan's need is said with it).
``thin``
    a priority supported by one partner only.
``concentration``
    a priority whose funding comes mostly from one partner (share at least ``concentration``).
``duplicate``
    a pair of projects that look like the same thing, not yet reviewed (``tier == "likely duplicate"``
    in ``overlaps.csv`` when the build has tiers, else a score of at least ``duplicate_score``).
``ending``
    projects ending between the snapshot and the next meeting.
``data_problems``
    a partner whose files have error-level problems or rejected rows.

Examples
--------
>>> import pandas as pd
>>> cov = pd.DataFrame({"year": [2021, 2021], "subgroup": ["police", "border"],
...     "priority_code": ["DRUGS", "BORDER_SECURITY"], "n_partners": [0, 1], "n_projects": [0, 1],
...     "funding_eur": [0.0, 500.0], "needs_eur": [None, None], "gap_eur": [None, None],
...     "top_partner": [None, "EU"], "top_partner_share": [None, 1.0], "status": ["orphan", "thin"]})
>>> findings(cov, year=2021)[["kind", "priority_code", "partner", "amount"]].to_dict("records")
... # doctest: +NORMALIZE_WHITESPACE
[{'kind': 'orphan', 'priority_code': 'DRUGS', 'partner': nan, 'amount': nan},
 {'kind': 'thin', 'priority_code': 'BORDER_SECURITY', 'partner': 'EU', 'amount': 500.0}]
"""

from __future__ import annotations

import re

import pandas as pd

from mtd_analysis.reference import priorities as priorities_ref

#: Columns of the findings table. ``amount`` is money in ``currency``; ``share`` a fraction (0-1).
FINDING_COLUMNS = [
    "kind",
    "subgroup",
    "priority_code",
    "partner",
    "subject",
    "amount",
    "share",
    "count",
    "rows",
    "date",
    "detail",
    "currency",
]
FINDING_KINDS = (
    "not_read",
    "unmapped",
    "orphan",
    "gap",
    "thin",
    "concentration",
    "duplicate",
    "ending",
    "data_problems",
)
LIKELY_DUPLICATE = "likely duplicate"


def _money(frame: pd.DataFrame, prefix: str) -> str | None:
    found = [c for c in frame.columns if re.fullmatch(rf"{prefix}_[a-z]{{3}}", str(c))]
    return found[0] if len(found) == 1 else None


def _row(kind: str, **values: object) -> dict:
    return {"kind": kind, **values}


def _coverage_findings(coverage: pd.DataFrame, year: int, top: int, concentration: float) -> list[dict]:
    funding, needs, gap = (_money(coverage, p) for p in ("funding", "needs", "gap"))
    cov = coverage[pd.to_numeric(coverage["year"], errors="coerce") == int(year)]
    listed = cov[~cov["priority_code"].isin(priorities_ref.SPECIAL_PRIORITIES)]
    rows: list[dict] = []
    if funding:
        total = float(cov[funding].sum())
        for code in (priorities_ref.UNMAPPED,):
            spent = cov.loc[cov["priority_code"] == code]
            money = float(spent[funding].sum())
            if money > 0:
                share = money / total if total else None
                n = int(spent["n_projects"].sum()) if "n_projects" in spent else None
                rows.append(_row("unmapped", priority_code=code, amount=money, share=share, count=n))
    for rec in listed[listed["status"] == "orphan"].itertuples(index=False):
        amount = getattr(rec, needs) if needs else None
        rows.append(_row("orphan", subgroup=rec.subgroup, priority_code=rec.priority_code, amount=amount))
    if gap and needs:
        gaps = listed[(pd.to_numeric(listed[gap], errors="coerce") > 0) & (listed["status"] != "orphan")]
        gaps = gaps.sort_values([gap, "priority_code"], ascending=[False, True]).head(top)
        for rec in gaps.itertuples(index=False):
            ratio = getattr(rec, "coverage_ratio", None)
            rows.append(
                _row("gap", subgroup=rec.subgroup, priority_code=rec.priority_code, amount=getattr(rec, gap),
                     share=ratio)
            )  # fmt: skip
    for rec in listed[listed["status"] == "thin"].itertuples(index=False):
        funded = getattr(rec, funding) if funding else None
        rows.append(
            _row("thin", subgroup=rec.subgroup, priority_code=rec.priority_code, partner=rec.top_partner,
                 amount=funded, count=rec.n_projects)
        )  # fmt: skip
    if funding and "top_partner_share" in listed:
        many = listed[(listed["n_partners"] > 1) & (listed["top_partner_share"] >= concentration)]
        many = many.sort_values([funding, "priority_code"], ascending=[False, True]).head(top)
        for rec in many.itertuples(index=False):
            rows.append(
                _row("concentration", subgroup=rec.subgroup, priority_code=rec.priority_code,
                     partner=rec.top_partner, share=rec.top_partner_share, amount=getattr(rec, funding),
                     count=rec.n_partners)
            )  # fmt: skip
    return rows


def _duplicate_findings(overlaps: pd.DataFrame, top: int, min_score: float) -> list[dict]:
    if overlaps is None or overlaps.empty:
        return []
    undecided = overlaps["decision"].isna() if "decision" in overlaps else pd.Series(True, overlaps.index)
    if "tier" in overlaps.columns:
        likely = overlaps["tier"].astype("str").str.strip().str.casefold() == LIKELY_DUPLICATE
    else:
        likely = pd.to_numeric(overlaps["score"], errors="coerce") >= min_score
    pairs = overlaps[likely & undecided].sort_values(
        ["score", "project_a", "project_b"], ascending=[False, True, True]
    )
    rows = []
    for rec in pairs.head(top).itertuples(index=False):
        rows.append(
            _row("duplicate", subgroup=rec.subgroup, priority_code=rec.priority_code,
                 partner=f"{rec.partner_a} / {rec.partner_b}", subject=f"{rec.project_a} / {rec.project_b}",
                 share=rec.score, count=len(pairs))
        )  # fmt: skip
    return rows


def _ending_findings(projects: pd.DataFrame, since: str | None, until: str | None, top: int) -> list[dict]:
    if projects is None or until is None or "end_date" not in projects:
        return []
    ends = pd.to_datetime(projects["end_date"], errors="coerce", format="%Y-%m-%d")
    keep = ends < pd.Timestamp(until)
    if since is not None:
        keep &= ends >= pd.Timestamp(since)
    ending = projects[keep.fillna(False)].assign(_end=ends).sort_values(["_end", "project_id"])
    if ending.empty:
        return []
    named = [f"{r.title} ({r.partner}, {r.end_date})" for r in ending.head(top).itertuples(index=False)]
    more = len(ending) - len(named)
    detail = "; ".join(named) + (f"; +{more}" if more > 0 else "")
    return [_row("ending", count=len(ending), date=until, subject=since, detail=detail)]


def _problem_findings(quality: pd.DataFrame | None) -> list[dict]:
    if quality is None or quality.empty or not {"partner", "errors", "rows_rejected"} <= set(quality.columns):
        return []
    per_partner = quality.groupby("partner", sort=True)[["errors", "rows_rejected"]].sum()
    per_partner = per_partner[(per_partner["errors"] > 0) | (per_partner["rows_rejected"] > 0)]
    per_partner = per_partner.reset_index().sort_values(["errors", "rows_rejected", "partner"],
                                                        ascending=[False, False, True])  # fmt: skip
    return [
        _row("data_problems", partner=r.partner, count=int(r.errors), rows=int(r.rows_rejected))
        for r in per_partner.itertuples(index=False)
    ]


def _not_read_findings(files: pd.DataFrame | None) -> list[dict]:
    if files is None or files.empty or "status" not in files:
        return []
    missed = files[files["status"].isin(["failed", "skipped"])]
    return [_row("not_read", subject=r.file, detail=r.status) for r in missed.itertuples(index=False)]


def findings(
    coverage: pd.DataFrame,
    *,
    year: int,
    projects: pd.DataFrame | None = None,
    overlaps: pd.DataFrame | None = None,
    quality: pd.DataFrame | None = None,
    files: pd.DataFrame | None = None,
    since: str | None = None,
    until: str | None = None,
    top: int = 3,
    concentration: float = 0.75,
    duplicate_score: float = 0.8,
) -> pd.DataFrame:
    """The build's findings, most pressing first, as figures (see the module's list of kinds).

    Parameters
    ----------
    coverage : DataFrame
        ``coverage.csv``.
    year : int
        The year under discussion.
    projects, overlaps, quality : DataFrame, optional
        ``projects.csv``, ``overlaps.csv``, ``quality.csv``; the findings that need a missing table are left out.
    files : DataFrame, optional
        The manifest's ``files`` (``file``, ``status``): files that were not read come first.
    since, until : str, optional
        ISO dates of this meeting and the next: projects ending in between are a finding.
    top : int
        How many of the largest gaps, concentrations and likely duplicates, and how many ending projects
        are named.
    concentration : float
        Share of a priority's funding from one partner that makes a concentration (priorities with
        several partners; a priority with one partner is ``thin``).
    duplicate_score : float
        Overlap score that makes a likely duplicate when ``overlaps.csv`` has no ``tier`` column.

    Returns
    -------
    DataFrame
        :data:`FINDING_COLUMNS`, ordered by :data:`FINDING_KINDS`; the inputs are not modified.

    Examples
    --------
    >>> import pandas as pd
    >>> cov = pd.DataFrame({"year": [2021], "subgroup": ["police"], "priority_code": ["DRUGS"],
    ...     "n_partners": [3], "n_projects": [3], "funding_eur": [1000.0], "top_partner": ["EU"],
    ...     "top_partner_share": [0.8], "status": ["covered"]})
    >>> files = pd.DataFrame({"file": ["eu.xlsx", "usa.pdf"], "status": ["loaded", "failed"]})
    >>> found = findings(cov, year=2021, files=files)
    >>> found[["kind", "subject", "partner", "share"]].to_dict("records")  # doctest: +NORMALIZE_WHITESPACE
    [{'kind': 'not_read', 'subject': 'usa.pdf', 'partner': nan, 'share': nan},
     {'kind': 'concentration', 'subject': nan, 'partner': 'EU', 'share': 0.8}]
    """
    rows = [
        *_not_read_findings(files),
        *_coverage_findings(coverage, year, top, concentration),
        *_duplicate_findings(overlaps, top, duplicate_score),
        *_ending_findings(projects, since, until, top),
        *_problem_findings(quality),
    ]
    funding = _money(coverage, "funding")
    table = pd.DataFrame(rows, columns=FINDING_COLUMNS).astype({"kind": "str"})
    table["currency"] = funding.split("_", 1)[1].upper() if funding else pd.NA
    table = table.astype({c: "float64" for c in ("amount", "share")})
    rank = {kind: i for i, kind in enumerate(FINDING_KINDS)}
    order = table["kind"].map(rank)
    return (
        table.assign(_rank=order)
        .sort_values("_rank", kind="stable")
        .drop(columns="_rank")
        .reset_index(drop=True)
    )
