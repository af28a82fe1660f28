"""Coverage: funding per priority and year, against needs, with the spread of partners.

Step ``allocations -> coverage`` of the one-way flow. Every priority of the list
appears for every year, funded or not (zero funding = status ``orphan``), plus
the ``OTHER`` and ``UNMAPPED`` rows, so that a year's coverage rows add up to
that year's allocations to the cent.

Concentration follows the Herfindahl-Hirschman index: ``hhi`` is the sum of the
squared partner shares of a priority's funding, ``effective_partners = 1 / hhi``
(the number of equal partners that would give the same concentration).

Examples
--------
>>> priorities = pd.DataFrame({"priority_code": ["C1"], "subgroup": ["CUSTODY"],
...                            "name_en": ["Custody records"], "name_uk": ["Облік"]})
>>> projects = pd.DataFrame({"project_id": ["A", "B"], "partner": ["EU", "USA"]})
>>> allocations = pd.DataFrame({"project_id": ["A", "B"], "priority_code": ["C1", "C1"],
...     "subgroup": ["CUSTODY", "CUSTODY"], "year": [2021, 2021], "amount_eur": [300.0, 100.0]})
>>> table = coverage(allocations, projects, priorities)
>>> table[["priority_code", "funding_eur", "n_partners", "hhi", "status"]].to_numpy().tolist()
[['C1', 400.0, 2, 0.625, 'covered'], ['OTHER', 0.0, 0, nan, 'orphan'], ['UNMAPPED', 0.0, 0, nan, 'orphan']]
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pandas as pd

from mtd_analysis import config
from mtd_analysis.analysis import money
from mtd_analysis.analysis.allocations import project_stages
from mtd_analysis.ingest.sidefiles import read_side_table, side_number
from mtd_analysis.reference import priorities as priorities_ref
from mtd_analysis.schema import (
    COVERAGE_BASE_COLUMNS,
    ISSUE_COLUMNS,
    NEEDS_COLUMNS,
    check_rows,
    empty_frame,
    issue,
    money_column,
)

__all__ = [
    "NeedsError",
    "load_needs",
    "coverage",
    "coverage_columns",
    "subgroup_summary",
    "coverage_for_year",
]

MONEY_PREFIXES = ("funding", "needs", "gap", "pipeline")
STATUSES = ("orphan", "thin", "covered", "crowded")
UNKNOWN_PARTNER = "(unknown partner)"


class NeedsError(ValueError):
    """A needs file that cannot be read at all (missing column)."""


def coverage_columns(currency: str = "EUR") -> list[str]:
    """Columns of the coverage table, money columns named for the currency.

    Examples
    --------
    >>> coverage_columns("USD")[6:11]
    ['funding_usd', 'pipeline_usd', 'needs_usd', 'coverage_ratio', 'gap_usd']
    """
    return [money_column(c, currency) if c in MONEY_PREFIXES else c for c in COVERAGE_BASE_COLUMNS]


# ---------------------------------------------------------------------------------------------- needs
def load_needs(
    path: str | Path, rates: pd.DataFrame, currency: str = "EUR", priorities: pd.DataFrame | None = None
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Read the analyst's ``needs.csv`` (what each priority needs per year) in the reporting currency.

    Each row is converted with that year's rate (:func:`mtd_analysis.analysis.money.conversion_factors`).
    A row with no priority code, a year that is not a year, an amount that is not a
    non-negative number, or a currency without a rate for that year is left out with
    an error issue naming the file and line. Rows for the same priority and year are added up.

    Parameters
    ----------
    path : str or Path
        CSV with columns ``priority_code, year, amount, currency``.
    rates : pandas.DataFrame
        From :func:`mtd_analysis.analysis.money.load_rates`.
    currency : str, default "EUR"
    priorities : pandas.DataFrame, optional
        The priority list: a code it does not have (``drugs`` for ``DRUGS`` too) is an error issue.

    Returns
    -------
    needs : pandas.DataFrame
        ``priority_code, year, needs_<currency>``, sorted by priority and year.
    issues : pandas.DataFrame

    Raises
    ------
    NeedsError
        When a column is missing.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "needs.csv").write_text("priority_code,year,amount,currency\\nC1,2021,1000,USD\\nC2,2021,x,EUR\\n")
    >>> rates = pd.DataFrame({"year": [2021, 2021], "currency": ["EUR", "USD"], "uah_per_unit": [32.0, 25.6]})
    >>> needs, issues = load_needs(folder / "needs.csv", rates)
    >>> needs.to_numpy().tolist()
    [['C1', 2021, 800.0]]
    >>> print(issues["message"].item())
    needs.csv row 3: amount 'x' is not a number
    """
    path = Path(path)
    column = money_column("needs", currency)
    raw, issues = read_side_table(path, NEEDS_COLUMNS, kind="needs")
    missing = [i for i in issues if i["row"] is None and i["severity"] == "error"]
    if missing:
        raise NeedsError(f"{missing[0]['message']}; expected {', '.join(NEEDS_COLUMNS)}")
    shown = raw.assign(**{c: raw[c].astype(str).str.strip() for c in NEEDS_COLUMNS})
    parsed = shown.assign(
        year=pd.to_numeric(shown["year"].where(shown["year"].str.fullmatch(r"\d{4}")), errors="coerce"),
        amount=[side_number(v) for v in shown["amount"]],
        currency=shown["currency"].str.upper(),
    )
    parsed, bad = check_rows(parsed, "needs", path.name, "needs", shown=shown)
    issues += bad
    if priorities is not None:  # a code the list does not have is an issue, never a silent row
        unknown = ~parsed["priority_code"].isin(set(priorities["priority_code"]))
        for rec in parsed.loc[unknown].to_dict("records"):
            message = f"{path.name} row {rec['source_row']}: priority_code {rec['priority_code']!r} is not in the priority list"
            issues.append(
                issue(path.name, message, row=rec["source_row"], column="priority_code", kind="needs")
            )
        parsed = parsed.loc[~unknown]
    rows = []
    for rec in parsed.to_dict("records"):
        year, cur = int(rec["year"]), rec["currency"]
        factor = money.conversion_factors([year], [cur], rates, currency)[0]
        if np.isnan(factor):
            lacking = money.missing_rates(year, cur, rates, currency) if cur else []
            message = (
                f"{path.name} row {rec['source_row']}: no exchange rate for {' and '.join(lacking) or cur} "
                f"in {year} to convert {cur} to {currency.upper()}"
            )
            issues.append(issue(path.name, message, row=rec["source_row"], column="currency", kind="needs"))
            continue
        rows.append(
            {"priority_code": rec["priority_code"], "year": year, column: float(rec["amount"]) * factor}
        )
    needs = pd.DataFrame(rows, columns=["priority_code", "year", column])
    needs = needs.astype({"priority_code": "str", "year": "int64", column: "float64"})
    needs = needs.groupby(["priority_code", "year"], as_index=False, sort=True)[column].agg(
        math.fsum
    )  # exact
    issues = sorted(issues, key=lambda i: i["row"] or 0)
    return needs, money.issues_frame(issues) if issues else empty_frame(ISSUE_COLUMNS)


# ------------------------------------------------------------------------------------------- coverage
def _priority_rows(priorities: pd.DataFrame, allocations: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The rows every year gets: the priority list, codes met only in allocations, OTHER, UNMAPPED."""
    name_col = "name_uk" if lang == "uk" else "name_en"
    other_col = "name_en" if lang == "uk" else "name_uk"
    listed = priorities.assign(
        priority_code=priorities["priority_code"].astype(str),
        subgroup=priorities["subgroup"].astype(str),
    )

    def names_in(col: str) -> pd.Series:
        if col not in listed:
            return pd.Series(pd.NA, index=listed.index, dtype="object")
        return (
            listed[col]
            .astype("object")
            .where(listed[col].astype(str).str.strip().ne("") & listed[col].notna())
        )

    names = names_in(name_col).fillna(names_in(other_col))
    listed = listed.assign(priority_name=names.fillna(listed["priority_code"]).astype(str))
    special_codes = list(priorities_ref.SPECIAL_PRIORITIES)
    special = listed.loc[
        listed["priority_code"].isin(special_codes), ["priority_code", "subgroup", "priority_name"]
    ]
    if len(special) < len(special_codes):  # a partial list: OTHER and UNMAPPED as the list in use names them
        names, groups = priorities_ref.special_names(lang), priorities_ref.special_subgroups()
        special = pd.DataFrame(
            [(code, groups[code], names[code]) for code in special_codes],
            columns=["priority_code", "subgroup", "priority_name"],
        )
    listed = listed.loc[
        ~listed["priority_code"].isin(special_codes), ["priority_code", "subgroup", "priority_name"]
    ]
    known = set(listed["priority_code"]) | set(special_codes)
    extra = (
        allocations.loc[~allocations["priority_code"].isin(known), ["priority_code", "subgroup"]]
        .drop_duplicates("priority_code")
        .sort_values("priority_code", kind="stable")
    )
    extra = extra.assign(priority_name=extra["priority_code"])
    rows = pd.concat([listed, extra, special], ignore_index=True)
    return rows.drop_duplicates("priority_code").reset_index(drop=True)


def _concentration(funded: pd.DataFrame, column: str) -> pd.DataFrame:
    """Per year and priority: top partner, its share, hhi and effective partners, from partner funding."""
    by_partner = funded.groupby(["year", "priority_code", "partner"], as_index=False, sort=True)[column].sum()
    total = by_partner.groupby(["year", "priority_code"])[column].transform("sum")
    share = (by_partner[column] / total).where(total > 0)
    by_partner = by_partner.assign(partner_share=share, squared=share**2)
    # largest share first; ties go to the partner first in alphabetical order
    ranked = by_partner.sort_values(
        ["year", "priority_code", "partner_share", "partner"],
        ascending=[True, True, False, True],
        kind="stable",
        na_position="last",
    )
    top = ranked.drop_duplicates(["year", "priority_code"]).set_index(["year", "priority_code"])
    hhi = by_partner.groupby(["year", "priority_code"])["squared"].sum(min_count=1)
    out = pd.DataFrame(
        {
            "top_partner": top["partner"].where(top["partner_share"].notna()),
            "top_partner_share": top["partner_share"],
            "hhi": hhi,
        }
    )
    return out.assign(effective_partners=1 / out["hhi"]).reset_index()


def _committed_and_pipeline(allocations: pd.DataFrame, projects: pd.DataFrame, currency: str) -> pd.DataFrame:
    """Allocations with their partner, money as numbers, and ``_pipeline`` (the project is planned).

    Allocations from before pipeline money was kept apart (no ``pipeline_<cur>`` column) are all committed.
    """
    column, pipeline_col = money_column("amount", currency), money_column("pipeline", currency)
    pipeline = (
        pd.to_numeric(allocations[pipeline_col], errors="coerce").astype(float)
        if pipeline_col in allocations.columns
        else pd.Series(0.0, index=allocations.index)
    )
    projects = projects.assign(project_id=projects["project_id"].astype(str)).drop_duplicates("project_id")
    partners = projects.set_index("project_id")["partner"]
    planned_ids = set(projects.loc[project_stages(projects) == "pipeline", "project_id"])
    project_id = allocations["project_id"].astype(str)
    return allocations.assign(
        project_id=project_id,
        priority_code=allocations["priority_code"].astype(str),
        year=pd.to_numeric(allocations["year"], errors="coerce").astype("Int64"),
        partner=project_id.map(partners).fillna(UNKNOWN_PARTNER).astype(str),
        _pipeline=project_id.isin(planned_ids) | (pipeline.fillna(0.0) > 0),
        **{
            column: pd.to_numeric(allocations[column], errors="coerce").astype(float),
            pipeline_col: pipeline,
        },
    )


def _status(n_partners: pd.Series, crowded: int) -> pd.Series:
    status = np.select(
        [n_partners == 0, n_partners == 1, n_partners >= crowded],
        ["orphan", "thin", "crowded"],
        default="covered",
    )
    return pd.Series(status, index=n_partners.index, dtype="str")


def coverage(
    allocations: pd.DataFrame,
    projects: pd.DataFrame,
    priorities: pd.DataFrame,
    needs: pd.DataFrame | None = None,
    currency: str = "EUR",
    crowded: int = config.CROWDED_PARTNERS,
    lang: str = "en",
) -> pd.DataFrame:
    """Funding, needs, gap and partner concentration per year and priority.

    The years are those of the allocations (rows with a year) and of ``needs``.
    Every year gets every priority of the list (in the list's order, grouped by
    subgroup in order of first appearance), then priority codes met only in the
    allocations, then ``OTHER`` and ``UNMAPPED``. Funding of a year's rows adds up
    to that year's allocations.

    * ``funding``: committed money; ``pipeline``: the money of planned / pipeline projects
      (``pipeline_<cur>`` of the allocations), counted apart and in none of the other columns.
    * ``n_projects`` / ``n_partners``: distinct committed projects / partners with an
      allocation row in that year (even when its amount could not be converted).
    * ``top_partner``, ``top_partner_share``, ``hhi`` (sum of squared partner shares of
      the funding), ``effective_partners = 1 / hhi``: empty when funding is 0.
    * ``status``: ``orphan`` (0 partners), ``thin`` (1), ``crowded`` (``>= crowded``),
      else ``covered``.
    * with ``needs``: ``coverage_ratio = funding / needs`` (may exceed 1; empty when
      needs is 0 or unknown) and ``gap = max(needs - funding, 0)``; without, NaN.

    Inputs are not mutated.

    Parameters
    ----------
    allocations : pandas.DataFrame
        From :func:`mtd_analysis.analysis.allocations.allocate` (or read back from ``allocations.csv``).
    projects : pandas.DataFrame
        For each project's ``partner``.
    priorities : pandas.DataFrame
        The priority list: ``priority_code, subgroup, name_en, name_uk``.
    needs : pandas.DataFrame, optional
        From :func:`load_needs`.
    currency : str, default "EUR"
    crowded : int, default :data:`mtd_analysis.config.CROWDED_PARTNERS`
    lang : {"en", "uk"}, default "en"
        Language of ``priority_name``.

    Returns
    -------
    pandas.DataFrame
        :func:`coverage_columns`.

    Examples
    --------
    >>> priorities = pd.DataFrame({"priority_code": ["C1", "C2"], "subgroup": ["CUSTODY"] * 2,
    ...                            "name_en": ["Custody records", "Cells"], "name_uk": ["Облік", "Камери"]})
    >>> projects = pd.DataFrame({"project_id": ["A"], "partner": ["EU"]})
    >>> allocations = pd.DataFrame({"project_id": ["A"], "priority_code": ["C1"], "subgroup": ["CUSTODY"],
    ...                             "year": [2021], "amount_eur": [300.0]})
    >>> needs = pd.DataFrame({"priority_code": ["C1", "C2"], "year": [2021, 2021], "needs_eur": [1000.0, 50.0]})
    >>> table = coverage(allocations, projects, priorities, needs)
    >>> table[["priority_code", "coverage_ratio", "gap_eur", "status"]].head(2).to_numpy().tolist()
    [['C1', 0.3, 700.0, 'thin'], ['C2', 0.0, 50.0, 'orphan']]
    """
    column = money_column("amount", currency)
    funding_col, needs_col, gap_col, pipeline_col = (money_column(p, currency) for p in MONEY_PREFIXES)
    alloc = _committed_and_pipeline(allocations, projects, currency)
    rows = _priority_rows(priorities, alloc, lang)
    dated = alloc.loc[alloc["year"].notna()].assign(year=lambda f: f["year"].astype("int64"))
    planned = dated.loc[dated["_pipeline"]]
    dated = dated.loc[~dated["_pipeline"]]
    years = set(dated["year"]) | set(planned["year"])
    if needs is not None and len(needs):
        years |= set(pd.to_numeric(needs["year"]).astype("int64"))
    if not years:
        return empty_frame(coverage_columns(currency))
    grid = pd.DataFrame({"year": sorted(years)}).merge(rows, how="cross")
    subgroup_order = {sub: i for i, sub in enumerate(dict.fromkeys(rows["subgroup"]))}
    row_order = {code: i for i, code in enumerate(rows["priority_code"])}

    keys = ["year", "priority_code"]
    counts = dated.groupby(keys).agg(
        n_projects=("project_id", "nunique"), n_partners=("partner", "nunique"), funding=(column, "sum")
    )
    concentration = _concentration(dated, column).set_index(keys)
    pipeline = planned.groupby(keys)[pipeline_col].sum().rename("pipeline")
    table = grid.join(counts, on=keys).join(concentration, on=keys).join(pipeline, on=keys)
    # money left unconverted, committed or planned
    either = pd.concat([dated, planned.assign(**{column: planned[pipeline_col]})])
    table = table.join(_unconverted(either, projects, column), on=keys)
    if needs is not None and len(needs):
        need_sum = (
            needs.assign(priority_code=needs["priority_code"].astype(str), year=needs["year"].astype("int64"))
            .groupby(keys)[needs_col]
            .sum()
        )
        table = table.join(need_sum.rename("needs"), on=keys)
    else:
        table = table.assign(needs=np.nan)
    funding = table["funding"].fillna(0.0).astype(float)
    needs_values = table["needs"].astype(float)
    n_partners = table["n_partners"].fillna(0).astype("int64")
    table = table.assign(
        n_projects=table["n_projects"].fillna(0).astype("int64"),
        n_partners=n_partners,
        funding=funding,
        pipeline=table["pipeline"].fillna(0.0).astype(float),
        needs=needs_values,
        coverage_ratio=(funding / needs_values).where(needs_values > 0),
        gap=(needs_values - funding).clip(lower=0),
        top_partner=table["top_partner"].astype("str"),
        status=_status(n_partners, crowded),
        n_unconverted=table["n_unconverted"].fillna(0).astype("int64"),
        unconverted_amount=table["unconverted_amount"].fillna("").astype("str"),
        _subgroup=table["subgroup"].map(subgroup_order),
        _row=table["priority_code"].map(row_order),
    )
    table = table.sort_values(["year", "_subgroup", "_row"], kind="stable").reset_index(drop=True)
    table = table.rename(
        columns={"funding": funding_col, "needs": needs_col, "gap": gap_col, "pipeline": pipeline_col}
    )
    return table[coverage_columns(currency)]


def _unconverted(dated: pd.DataFrame, projects: pd.DataFrame, column: str) -> pd.DataFrame:
    """Per year and priority: projects and money (own currencies) with no amount in the reporting currency.

    The money is the project's yearly amount (:func:`mtd_analysis.analysis.money.yearly_amounts`) times the
    priority's share; a missing currency is shown as ``XXX`` (ISO 4217: no currency).
    """
    left = dated.loc[dated[column].isna()]
    keys = ["year", "priority_code"]
    if left.empty:
        return pd.DataFrame(
            columns=["n_unconverted", "unconverted_amount"], index=pd.MultiIndex.from_tuples([], names=keys)
        )
    money_known = {"project_id", "amount", "currency"} <= set(projects.columns) and "share" in left.columns
    if money_known:
        ids = set(left["project_id"])
        subset = projects.loc[projects["project_id"].astype(str).isin(ids)]
        yearly, _ = money.yearly_amounts(subset)
        yearly = yearly.assign(
            project_id=yearly["project_id"].astype(str), year=yearly["year"].astype("int64")
        )
        yearly = yearly.drop_duplicates(["project_id", "year"]).rename(
            columns={"amount": "_own", "currency": "_cur"}
        )
        left = left.merge(
            yearly[["project_id", "year", "_own", "_cur"]], on=["project_id", "year"], how="left"
        )
        left = left.assign(_own=left["_own"] * left["share"].astype(float), _cur=left["_cur"].fillna("XXX"))
    else:
        left = left.assign(_own=np.nan, _cur="XXX")
    amounts = left.loc[left["_own"].notna()].groupby([*keys, "_cur"])["_own"].sum()
    text = {
        key: money.unconverted_text(dict(group.droplevel(keys).items()))
        for key, group in amounts.groupby(level=keys)
    }
    out = left.groupby(keys).agg(n_unconverted=("project_id", "nunique"))
    return out.assign(unconverted_amount=[text.get(key, "") for key in out.index])


# -------------------------------------------------------------------------------------------- summary
def _money_currency(table: pd.DataFrame) -> str:
    for col in table.columns:
        if col.startswith("funding_"):
            return col.removeprefix("funding_")
    raise KeyError("no funding_<currency> column in the coverage table")


def subgroup_summary(
    coverage: pd.DataFrame, allocations: pd.DataFrame | None = None, projects: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Per year and subgroup: how many priorities are orphan, thin or crowded, and the money.

    Parameters
    ----------
    coverage : pandas.DataFrame
        From :func:`coverage`.
    allocations, projects : pandas.DataFrame, optional
        When both are given, ``n_partners`` counts the distinct partners funding the
        subgroup that year; otherwise it is NA (a partner may fund several priorities,
        so it cannot be added up from the coverage rows).

    Returns
    -------
    pandas.DataFrame
        ``year, subgroup, n_priorities, n_orphan, n_thin, n_crowded, n_partners,
        funding_<cur>, needs_<cur>, gap_<cur>, coverage_ratio, n_unconverted, unconverted_amount,
        pipeline_<cur>``, in the coverage order. ``n_unconverted`` counts the projects with money of that
        year left out for want of an exchange rate (distinct projects when the allocations are given) and
        ``unconverted_amount`` adds that money up per currency (``"USD=1234.5"``). ``n_partners`` counts
        committed funding only; ``pipeline`` is the planned money.
        ``needs`` and ``gap`` are NaN when no priority of the subgroup has needs;
        ``coverage_ratio`` = funding of the priorities with known needs / needs.

    Examples
    --------
    >>> table = pd.DataFrame({"year": [2021, 2021, 2021], "subgroup": ["CUSTODY", "CUSTODY", "other"],
    ...     "priority_code": ["C1", "C2", "OTHER"], "funding_eur": [300.0, 0.0, 5.0],
    ...     "needs_eur": [1000.0, 50.0, np.nan], "gap_eur": [700.0, 50.0, np.nan],
    ...     "status": ["thin", "orphan", "thin"]})
    >>> summary = subgroup_summary(table)
    >>> summary[["subgroup", "n_priorities", "n_orphan", "funding_eur", "gap_eur"]].to_numpy().tolist()
    [['CUSTODY', 2, 1, 300.0, 750.0], ['other', 1, 0, 5.0, nan]]
    """
    cur = _money_currency(coverage)
    funding_col, needs_col, gap_col, pipeline_col = (money_column(p, cur) for p in MONEY_PREFIXES)
    keys = ["year", "subgroup"]
    status = coverage["status"]
    if pipeline_col not in coverage.columns:  # a coverage table from before pipeline money was kept apart
        coverage = coverage.assign(**{pipeline_col: 0.0})
    summary = (
        coverage.assign(
            # funding of the priorities whose needs are known: the only funding needs can be compared with
            _funding_with_needs=coverage[funding_col].where(coverage[needs_col].notna()),
            _orphan=(status == "orphan").astype("int64"),
            _thin=(status == "thin").astype("int64"),
            _crowded=(status == "crowded").astype("int64"),
        )
        .groupby(keys, sort=False)
        .agg(
            n_priorities=("priority_code", "count"),
            n_orphan=("_orphan", "sum"),
            n_thin=("_thin", "sum"),
            n_crowded=("_crowded", "sum"),
            **{
                funding_col: (funding_col, "sum"),
                pipeline_col: (pipeline_col, "sum"),
                needs_col: (needs_col, lambda s: s.sum(min_count=1)),
                gap_col: (gap_col, lambda s: s.sum(min_count=1)),
                "_funding_with_needs": ("_funding_with_needs", lambda s: s.sum(min_count=1)),
            },
        )
        .reset_index()
    )
    n_partners = pd.Series(pd.NA, index=summary.index, dtype="Int64")
    if allocations is not None and projects is not None:
        funded = _committed_and_pipeline(allocations, projects, cur)
        funded = funded.loc[funded["year"].notna() & ~funded["_pipeline"]]
        distinct = funded.groupby(keys)["partner"].nunique()
        index = pd.MultiIndex.from_frame(summary[keys].astype({"year": "Int64"}))
        n_partners = pd.Series(distinct.reindex(index).fillna(0).to_numpy(), index=summary.index).astype(
            "Int64"
        )
    ratio = (summary["_funding_with_needs"] / summary[needs_col]).where(summary[needs_col] > 0)
    summary = summary.drop(columns="_funding_with_needs").assign(n_partners=n_partners, coverage_ratio=ratio)
    summary = summary.join(_subgroup_unconverted(coverage, allocations, funding_col), on=keys)
    order = [
        *keys,
        "n_priorities",
        "n_orphan",
        "n_thin",
        "n_crowded",
        "n_partners",
        funding_col,
        needs_col,
        gap_col,
    ]
    return summary[[*order, "coverage_ratio", "n_unconverted", "unconverted_amount", pipeline_col]]


def _subgroup_unconverted(
    coverage: pd.DataFrame, allocations: pd.DataFrame | None, funding_col: str
) -> pd.DataFrame:
    """Per year and subgroup: projects (distinct, when the allocations are given) and money not converted."""
    keys = ["year", "subgroup"]
    amounts = coverage.get("unconverted_amount", pd.Series("", index=coverage.index))
    totals = {}
    for key, texts in amounts.groupby([coverage["year"], coverage["subgroup"]], sort=False):
        added: dict[str, float] = {}
        for text in texts:
            for cur, value in money.parse_unconverted(text).items():
                added[cur] = added.get(cur, 0.0) + value
        totals[key] = money.unconverted_text(added)
    if allocations is not None and "n_unconverted" in coverage.columns:
        amount_col = "amount_" + funding_col.removeprefix("funding_")
        year = pd.to_numeric(allocations["year"], errors="coerce").astype("Int64")
        left = allocations.loc[year.notna() & pd.to_numeric(allocations[amount_col], errors="coerce").isna()]
        left = left.assign(year=year[left.index].astype("int64"))
        n = left.groupby(keys)["project_id"].nunique()
    else:
        n = (
            coverage.groupby(keys)["n_unconverted"].sum()
            if "n_unconverted" in coverage.columns
            else pd.Series()
        )
    index = pd.MultiIndex.from_tuples(list(totals), names=keys)
    counts = [int(n.get(key, 0)) for key in totals]
    return pd.DataFrame({"n_unconverted": counts, "unconverted_amount": list(totals.values())}, index=index)


def coverage_for_year(coverage: pd.DataFrame, year: int) -> pd.DataFrame:
    """The coverage rows of one year, renumbered from 0.

    Examples
    --------
    >>> table = pd.DataFrame({"year": [2020, 2021, 2021], "priority_code": ["C1", "C1", "C2"]})
    >>> coverage_for_year(table, 2021)["priority_code"].tolist()
    ['C1', 'C2']
    """
    return coverage.loc[pd.to_numeric(coverage["year"]) == int(year)].reset_index(drop=True)
