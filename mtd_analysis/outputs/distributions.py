"""Exploration charts drawn with seaborn, in the house style of :mod:`mtd_analysis.outputs.charts`.

seaborn serves where it is the better tool: the distributions of project size
and duration (``histplot``), and the partner x priority map across all
subgroups (``heatmap``). The house style is the same: :data:`charts.HOUSE_RC`
over seaborn's white theme, slide size, DejaVu Sans (Cyrillic), subgroup
colours, money as "€1.2M" / "1,2 млн €", titles from ``labels.csv``, the
footnote with the sample stamp. Each function takes the build's tables and
returns a :class:`~matplotlib.figure.Figure`; pass ``ax=`` to draw into yours.

Examples
--------
>>> import pandas as pd
>>> projects = pd.DataFrame({"project_id": ["A", "B"], "start_date": ["2021-01-01", "2020-01-01"],
...     "end_date": ["2021-12-31", "2022-12-31"]})
>>> project_months(projects).tolist()
[12, 36]
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from typing import cast

import matplotlib as mpl
import numpy as np
import pandas as pd
import seaborn as sns
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from mtd_analysis.outputs import charts
from mtd_analysis.outputs.charts import (
    Footnote,
    format_money,
    label,
    money_column_of,
    priority_labels,
    shorten,
    subgroup_colour,
    subgroup_label,
    wrap_text,
)
from mtd_analysis.reference import priorities as priorities_ref


def house_rc() -> dict:
    """seaborn's white theme under the house settings (the house wins where both speak).

    Examples
    --------
    >>> house_rc()["font.sans-serif"], house_rc()["axes.spines.top"]
    (['DejaVu Sans'], False)
    """
    return {**sns.axes_style("white"), **sns.plotting_context("talk"), **charts.HOUSE_RC}


def _house_style(chart: Callable) -> Callable:
    """Draw under :func:`house_rc`, leaving matplotlib's and seaborn's global settings alone."""

    @functools.wraps(chart)
    def drawn(*args, **kwargs):
        if kwargs.get("lang", "en") not in charts.LANGS:
            raise ValueError(f"lang must be one of {charts.LANGS}, not {kwargs['lang']!r}")
        with mpl.rc_context(house_rc()):
            return chart(*args, **kwargs)

    return drawn


def _figure(ax: Axes | None, title: str) -> tuple[Figure, Axes]:
    given = ax
    if ax is None:
        fig, (ax,) = charts._new_figure()
    else:
        fig = cast(Figure, ax.figure)
    charts._title(fig, given, title)
    return fig, ax


def project_months(projects: pd.DataFrame) -> pd.Series:
    """Duration of each project in whole months (start to end, inclusive); NA when a date is missing.

    Examples
    --------
    >>> project_months(pd.DataFrame({"start_date": ["2021-04-01", None], "end_date": ["2021-09-30", "2022-01-01"]}))
    0       6
    1    <NA>
    dtype: Int64
    """
    start = pd.to_datetime(projects["start_date"], errors="coerce", format="%Y-%m-%d")
    end = pd.to_datetime(projects["end_date"], errors="coerce", format="%Y-%m-%d")
    months = (end.dt.year - start.dt.year) * 12 + (end.dt.month - start.dt.month) + 1
    return months.where(months > 0).astype("Int64")


def project_sizes(allocations: pd.DataFrame) -> pd.DataFrame:
    """Each project's money over all years and its main subgroup (the one with most of its money).

    Returns
    -------
    DataFrame
        ``project_id``, ``subgroup``, ``amount_<cur>``; projects with no money are left out.

    Examples
    --------
    >>> alloc = pd.DataFrame({"project_id": ["A", "A", "B"], "subgroup": ["police", "border", "border"],
    ...     "amount_eur": [30.0, 10.0, 5.0]})
    >>> project_sizes(alloc).to_dict("records")
    [{'project_id': 'A', 'subgroup': 'police', 'amount_eur': 40.0}, {'project_id': 'B', 'subgroup': 'border', 'amount_eur': 5.0}]
    """
    money, _ = money_column_of(allocations, "amount", "allocations")
    per = allocations.groupby(["project_id", "subgroup"], as_index=False)[money].sum()
    main = per.sort_values([money, "subgroup"], ascending=[False, True]).drop_duplicates("project_id")
    total = per.groupby("project_id")[money].sum()
    sizes = main[["project_id", "subgroup"]].assign(**{money: main["project_id"].map(total).to_numpy()})
    return sizes[sizes[money] > 0].sort_values("project_id").reset_index(drop=True)


def _legend_above_the_bars(ax: Axes) -> None:
    """Room over the tallest bar for the legend (one line per subgroup), so that it hides no bar."""
    legend = ax.get_legend()
    if legend is None:
        return
    rows = len(legend.get_texts())
    ax.set_ylim(0, ax.get_ylim()[1] * (1 + 0.09 * rows))
    sns.move_legend(ax, "upper right", title=None, frameon=False)


def _palette(subgroups: list[str]) -> dict[str, str]:
    return {s: subgroup_colour(s) for s in subgroups}


@_house_style
def project_size_chart(
    allocations: pd.DataFrame, *, lang: str = "en", ax: Axes | None = None, footnote: Footnote | None = None
) -> Figure:
    """Histogram of project budgets (all years, log scale), stacked by main subgroup.

    Examples
    --------
    >>> alloc = pd.DataFrame({"project_id": ["A", "B"], "subgroup": ["police", "border"],
    ...     "amount_eur": [100_000.0, 2_000_000.0]})
    >>> fig = project_size_chart(alloc, lang="uk")
    >>> charts.chart_title(fig)
    'Розмір проєктів'
    """
    sizes = project_sizes(allocations)
    money, currency = money_column_of(allocations, "amount", "allocations")
    fig, ax = _figure(ax, label("sizes.title", lang))
    if sizes.empty:
        charts._nothing_to_show(ax, lang)
        return charts._finish(fig, [ax], lang, footnote)
    order = [s for s in priorities_ref.subgroup_order() if s in set(sizes["subgroup"])]
    order += sorted(set(sizes["subgroup"]) - set(order))
    shown = sizes.assign(group=[subgroup_label(s, lang) for s in sizes["subgroup"]])
    palette = {subgroup_label(s, lang): c for s, c in _palette(order).items()}
    sns.histplot(shown, x=money, hue="group", hue_order=[subgroup_label(s, lang) for s in order],
                 multiple="stack", log_scale=True, palette=palette, edgecolor="white", ax=ax)  # fmt: skip
    ax.xaxis.set_major_formatter(charts.money_formatter(currency, lang))
    ax.set_xlabel(label("sizes.xlabel", lang, currency=currency))
    ax.set_ylabel(label("sizes.ylabel", lang))
    _legend_above_the_bars(ax)
    return charts._finish(fig, [ax], lang, footnote)


@_house_style
def project_duration_chart(
    projects: pd.DataFrame,
    allocations: pd.DataFrame,
    *,
    lang: str = "en",
    ax: Axes | None = None,
    footnote: Footnote | None = None,
) -> Figure:
    """Histogram of project durations in months, stacked by main subgroup (projects without dates left out).

    Examples
    --------
    >>> proj = pd.DataFrame({"project_id": ["A"], "start_date": ["2021-01-01"], "end_date": ["2022-12-31"]})
    >>> alloc = pd.DataFrame({"project_id": ["A"], "subgroup": ["police"], "amount_eur": [1.0]})
    >>> fig = project_duration_chart(proj, alloc)
    >>> [round(p.get_height()) for p in fig.axes[0].patches if p.get_height() > 0]
    [1]
    """
    sizes = project_sizes(allocations)[["project_id", "subgroup"]]
    durations = projects[["project_id"]].assign(months=project_months(projects).astype("float64"))
    durations = durations.merge(sizes, on="project_id", how="left").dropna(subset=["months"])
    durations = durations.assign(subgroup=durations["subgroup"].fillna("unmapped"))
    fig, ax = _figure(ax, label("durations.title", lang))
    if durations.empty:
        charts._nothing_to_show(ax, lang)
        return charts._finish(fig, [ax], lang, footnote)
    order = [s for s in priorities_ref.subgroup_order() if s in set(durations["subgroup"])]
    order += sorted(set(durations["subgroup"]) - set(order))
    shown = durations.assign(group=[subgroup_label(s, lang) for s in durations["subgroup"]])
    palette = {subgroup_label(s, lang): c for s, c in _palette(order).items()}
    sns.histplot(shown, x="months", hue="group", hue_order=[subgroup_label(s, lang) for s in order],
                 multiple="stack", binwidth=6, binrange=(0, max(6.0, float(np.ceil(shown["months"].max() / 6) * 6))),
                 palette=palette, edgecolor="white", ax=ax)  # fmt: skip
    ax.set_xlabel(label("durations.xlabel", lang))
    ax.set_ylabel(label("durations.ylabel", lang))
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    _legend_above_the_bars(ax)
    return charts._finish(fig, [ax], lang, footnote)


@_house_style
def funding_map(
    table: pd.DataFrame,
    year: int,
    *,
    currency: str = "EUR",
    lang: str = "en",
    ax: Axes | None = None,
    footnote: Footnote | None = None,
    priority_names: Mapping[str, str] | None = None,
) -> Figure:
    """Partner x priority funding across all subgroups, as a seaborn heatmap with money in the cells.

    Parameters
    ----------
    table : DataFrame
        Partners as rows, priority codes as columns, money as values: what
        :func:`mtd_analysis.analysis.views.funding_by_partner_priority` returns.
    year : int
        For the title.

    Examples
    --------
    >>> table = pd.DataFrame({"DRUGS": [300.0, 100.0]}, index=["UNDP", "EU"])
    >>> fig = funding_map(table, 2021)
    >>> [t.get_text() for t in fig.axes[0].texts]
    ['€300', '€100']
    """
    fig, ax = _figure(ax, label("funding_map.title", lang, year=year))
    if table.empty or float(table.to_numpy().sum()) <= 0:
        charts._nothing_to_show(ax, lang)
        return charts._finish(fig, [ax], lang, footnote)
    values = table.astype("float64")
    cells = values.map(lambda v: format_money(v, currency, lang) if v > 0 else "")
    names = priority_labels(list(values.columns), priority_names)
    n_cols = values.shape[1]
    width = max(8, min(24, 110 // max(n_cols, 1)))
    xlabels = [wrap_text(shorten(n, 3 * width), width) for n in names]
    sns.heatmap(values.where(values > 0), annot=cells.to_numpy(), fmt="", cmap="Blues", cbar=False,
                linewidths=1, linecolor="#dddddd", annot_kws={"fontsize": 12 if n_cols > 8 else 13}, ax=ax)  # fmt: skip
    ax.set_xticks(np.arange(n_cols) + 0.5, xlabels, rotation=0, fontsize=12)
    ax.set_yticks(np.arange(len(values)) + 0.5, [shorten(p, 24) for p in values.index], rotation=0)
    ax.set_xlabel(label("funding_map.xlabel", lang))
    ax.set_ylabel(label("funding_map.ylabel", lang))
    return charts._finish(fig, [ax], lang, footnote)


@_house_style
def project_profile_chart(
    projects: pd.DataFrame,
    allocations: pd.DataFrame,
    *,
    lang: str = "en",
    footnote: Footnote | None = None,
) -> Figure:
    """Project size and duration side by side (:func:`project_size_chart`, :func:`project_duration_chart`).

    Examples
    --------
    >>> proj = pd.DataFrame({"project_id": ["A"], "start_date": ["2021-01-01"], "end_date": ["2022-12-31"]})
    >>> alloc = pd.DataFrame({"project_id": ["A"], "subgroup": ["police"], "amount_eur": [1.0]})
    >>> [ax.get_title(loc="left") for ax in project_profile_chart(proj, alloc, lang="uk").axes]
    ['Розмір проєктів', 'Тривалість проєктів']
    """
    fig, (left, right) = charts._new_figure(ncols=2)
    project_size_chart(allocations, lang=lang, ax=left)
    project_duration_chart(projects, allocations, lang=lang, ax=right)
    return charts._finish(fig, [], lang, footnote)
