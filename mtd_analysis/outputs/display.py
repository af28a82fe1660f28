"""Tables for people in notebooks: money as "€1.2M", shares as %, priorities by name, filters when live.

:func:`readable` turns a build's table into a pandas ``Styler`` in English or
Ukrainian: money columns (``amount_eur``, ``funding_eur``, ``gap_eur`` ...)
through :func:`~mtd_analysis.outputs.charts.format_money` with an in-cell bar,
ratios (``share``, ``coverage_ratio``, ``completeness`` ...) as percentages,
priority codes as the priority's name, headers from ``labels.csv``
(``header.*``). The HTML is deterministic (fixed table ids), so a saved
notebook validates under strict nbval.

:func:`explore` adds sorting, search (itables) and filters by subgroup,
priority, partner and agency (ipywidgets) when the notebook runs live. When
the environment variable ``MTD_ANALYSIS_STATIC`` is set (``make notebooks``
and the nbval runs set it) or itables / ipywidgets are not installed (they
come with the ``[notebooks]`` extra), it degrades to the static table.

:func:`summary_html` is what a build shows in a notebook
(:meth:`mtd_analysis.api.Build._repr_html_`).

Examples
--------
>>> import pandas as pd
>>> cov = pd.DataFrame({"priority_code": ["DRUGS"], "funding_eur": [1_234_567.0], "coverage_ratio": [0.5]})
>>> formatted(cov, "uk", priority_names={"DRUGS": "Наркозлочинність"}).to_dict("records")
[{'Пріоритет': 'Наркозлочинність', 'Фінансування': '1,2 млн €', 'Покриття потреб': '50 %'}]
"""

from __future__ import annotations

import html
import importlib.util
import os
import re
from collections.abc import Iterable, Mapping

import pandas as pd
from pandas.io.formats.style import Styler

from mtd_analysis.analysis.quality import worst_issues
from mtd_analysis.outputs.charts import (
    count_label,
    format_money,
    format_percent,
    label,
    subgroup_label,
)
from mtd_analysis.reference import priorities as priorities_ref

#: Set (to anything but "" or "0") to show every table statically: saved and validated notebooks.
STATIC_ENV = "MTD_ANALYSIS_STATIC"
MONEY_PATTERN = re.compile(r"^(?P<base>[a-z_]+?)_(?P<cur>[a-z]{3})$")
MONEY_BASES = (
    "amount",
    "funding",
    "needs",
    "gap",
    "funding_shared",
    "funding_overlapping",
    "funding_old",
    "funding_new",
    "change",
)
RATIO_COLUMNS = (
    "share",
    "coverage_ratio",
    "top_partner_share",
    "completeness",
    "confidence",
    "overlap_share",
)
BAR_COLOUR = "#0072B233"
STATIC_ROWS = 15
FILTERS = ("subgroup", "priority_code", "partner", "agency")


def _money_columns(frame: pd.DataFrame, currency: str | None) -> dict[str, str]:
    """Column -> currency for the money columns (named ``<base>_<cur>``, or every number when ``currency``)."""
    found = {}
    for column in frame.columns:
        match = MONEY_PATTERN.match(str(column))
        if match and match["base"] in MONEY_BASES:
            found[column] = match["cur"].upper()
        elif currency and pd.api.types.is_float_dtype(frame[column]) and str(column) not in RATIO_COLUMNS:
            found[column] = currency.upper()
    return found


def _ratio_columns(frame: pd.DataFrame) -> list:
    return [c for c in frame.columns if str(c) in RATIO_COLUMNS or str(c).startswith("complete_")]


def header(column: object, lang: str = "en") -> str:
    """A column's header in ``lang`` (``header.<name>`` of ``labels.csv``; money columns by their base name).

    Examples
    --------
    >>> header("funding_eur", "uk"), header("partner"), header("hhi")
    ('Фінансування', 'Partner', 'hhi')
    """
    name = str(column)
    match = MONEY_PATTERN.match(name)
    if match and match["base"] in MONEY_BASES:
        name = match["base"]
    if name == "priority_code":
        name = "priority"
    try:
        return label(f"header.{name}", lang)
    except KeyError:
        return str(column)


def _named(frame: pd.DataFrame, lang: str, names: Mapping[str, str]) -> pd.DataFrame:
    """Priority codes (a column, or the columns of a pivot) and subgroups as names; inputs untouched."""
    table = frame.copy()
    if "priority_code" in table.columns:
        table["priority_code"] = [names.get(str(c), c) if pd.notna(c) else c for c in table["priority_code"]]
    if "subgroup" in table.columns:
        table["subgroup"] = [subgroup_label(s, lang) if pd.notna(s) else s for s in table["subgroup"]]
    if table.columns.name == "priority_code":
        table.columns = pd.Index(
            [names.get(str(c), str(c)) for c in table.columns], name=header("priority", lang)
        )
    return table


def formatted(
    frame: pd.DataFrame,
    lang: str = "en",
    *,
    priority_names: Mapping[str, str] | None = None,
    currency: str | None = None,
) -> pd.DataFrame:
    """The table as text for people: money, percentages, names and headers in ``lang`` (a new DataFrame).

    Parameters
    ----------
    frame : DataFrame
        Any table of a build or of :mod:`mtd_analysis.analysis.views`.
    lang : {"en", "uk"}
    priority_names : mapping, optional
        Priority code -> name (see :func:`mtd_analysis.outputs.report.priority_names`).
    currency : str, optional
        Treat every float column (but the ratios) as money in this currency, e.g. for the partner x
        priority table whose columns are priority codes.

    Examples
    --------
    >>> pivot = pd.DataFrame({"DRUGS": [300_000.0, 0.0]}, index=pd.Index(["UNDP", "EU"], name="partner"))
    >>> pivot.columns.name = "priority_code"
    >>> shown = formatted(pivot, "en", currency="EUR")
    >>> shown.to_dict("index"), shown.index.name, shown.columns.name
    ({'UNDP': {'DRUGS': '€300k'}, 'EU': {'DRUGS': '€0'}}, 'Partner', 'Priority')
    """
    money = _money_columns(frame, currency)
    ratios = _ratio_columns(frame)
    table = frame.copy()
    for column, cur in money.items():
        table[column] = [format_money(v, cur, lang) for v in frame[column]]
    for column in ratios:
        table[column] = [format_percent(v, lang) for v in frame[column]]
    table = _named(table, lang, dict(priority_names or {}))
    table = table.rename(columns={c: header(c, lang) for c in frame.columns if c in table.columns})
    if table.index.name:
        table.index.name = header(table.index.name, lang)
    return table.astype(object).where(table.notna(), "—")


def readable(
    frame: pd.DataFrame,
    lang: str = "en",
    *,
    priority_names: Mapping[str, str] | None = None,
    currency: str | None = None,
    bars: bool = True,
    uuid: str = "mtd",
    caption: str | None = None,
) -> Styler:
    """The table styled for a notebook: formatted like :func:`formatted`, with in-cell bars on money.

    The numbers stay numbers underneath (the styler formats them), so the bars
    are to scale; the ids in the HTML come from ``uuid``, never at random.

    Examples
    --------
    >>> cov = pd.DataFrame({"priority_code": ["DRUGS", "CUSTODY"], "funding_eur": [300.0, 100.0]})
    >>> html = readable(cov, "en", uuid="cov").to_html()
    >>> "€300" in html and "T_cov" in html and "linear-gradient" in html
    True
    """
    money = _money_columns(frame, currency)
    ratios = _ratio_columns(frame)
    names = dict(priority_names or {})
    table = _named(frame, lang, names)
    if frame.columns.name == "priority_code":  # a pivot: its columns are priorities, shown by name
        shown = dict(zip(frame.columns, table.columns, strict=True))
    else:
        shown = {c: header(c, lang) for c in frame.columns}
    renamed = table.set_axis(list(shown.values()), axis="columns")
    renamed.columns.name = table.columns.name
    if renamed.columns.duplicated().any():  # two columns with one header: keep the names as they are
        renamed, shown = table.set_axis(list(frame.columns), axis="columns"), {c: c for c in frame.columns}
    if renamed.index.name:
        renamed.index.name = header(renamed.index.name, lang)
    style = renamed.style.set_uuid(uuid)
    formats = {shown[c]: (lambda v, cur=cur: format_money(v, cur, lang)) for c, cur in money.items()}
    formats.update({shown[c]: (lambda v: format_percent(v, lang)) for c in ratios})
    style = style.format(formats, na_rep="—")
    money_shown = [
        shown[c]
        for c in money
        if renamed[shown[c]].notna().any() and (renamed[shown[c]].fillna(0) >= 0).all()
    ]
    if bars and money_shown and len(renamed):
        style = style.bar(subset=money_shown, color=BAR_COLOUR, vmin=0, height=70)
    if isinstance(renamed.index, pd.RangeIndex):
        style = style.hide(axis="index")
    if caption:
        style = style.set_caption(html.escape(caption))
    return style


def _live() -> bool:
    if os.environ.get(STATIC_ENV, "") not in ("", "0"):
        return False
    return all(importlib.util.find_spec(m) is not None for m in ("itables", "ipywidgets", "IPython"))


def _choices(frame: pd.DataFrame, column: str) -> list[str]:
    if column == "agency":
        values = frame["beneficiaries"].dropna().astype("str").str.split(";").explode().str.strip()
    else:
        values = frame[column].dropna().astype("str")
    values = sorted(v for v in set(values) if v)
    if column == "subgroup":
        order = priorities_ref.subgroup_order()
        values = [s for s in order if s in values] + [s for s in values if s not in order]
    return values


def filter_rows(frame: pd.DataFrame, **chosen: str | None) -> pd.DataFrame:
    """Rows of ``frame`` whose ``subgroup``, ``priority_code``, ``partner`` equal the chosen values and whose
    ``beneficiaries`` name the chosen ``agency`` (None or "" chooses all).

    Examples
    --------
    >>> proj = pd.DataFrame({"partner": ["EU", "UNDP"], "beneficiaries": ["NPU;SBGS", "NPU"]})
    >>> filter_rows(proj, agency="SBGS")["partner"].tolist(), len(filter_rows(proj, partner=None))
    (['EU'], 2)
    """
    keep = pd.Series(True, index=frame.index)
    for column, value in chosen.items():
        if value in (None, ""):
            continue
        if column == "agency":
            codes = frame["beneficiaries"].fillna("").astype("str").str.upper().str.split(";").explode()
            named = codes.str.strip() == str(value).upper()
            keep &= named.groupby(level=0).any().reindex(frame.index, fill_value=False)
        else:
            keep &= frame[column].astype("str") == str(value)
    return frame[keep]


def explore(
    frame: pd.DataFrame,
    lang: str = "en",
    *,
    filters: Iterable[str] = FILTERS,
    priority_names: Mapping[str, str] | None = None,
    currency: str | None = None,
    rows: int = STATIC_ROWS,
    static: bool | None = None,
):
    """Sortable, searchable table with filters when live; a static styled table otherwise.

    Parameters
    ----------
    frame : DataFrame
        E.g. ``build.projects`` joined with its priorities, or ``build.coverage``.
    filters : iterable of str
        Among ``subgroup``, ``priority_code``, ``partner``, ``agency`` (this one reads ``beneficiaries``);
        those the table lacks are left out.
    rows : int
        Rows shown by the static table (its caption says how many there are).
    static : bool, optional
        Force the static table (True) or the widgets (False); default: static when ``MTD_ANALYSIS_STATIC``
        is set or itables / ipywidgets are missing.

    Returns
    -------
    ipywidgets.VBox or pandas Styler

    Examples
    --------
    >>> shown = explore(pd.DataFrame({"partner": ["EU"] * 20, "amount_eur": [1.0] * 20}), rows=3, static=True)
    >>> len(shown.data), "first 3 of 20" in shown.to_html()
    (3, True)
    """
    names = dict(priority_names or {})
    if static or (static is None and not _live()):
        caption = label("summary.interactive", lang, n=min(rows, len(frame)), total=len(frame))
        return readable(frame.head(rows), lang, priority_names=names, currency=currency, caption=caption)
    return _widget(frame, lang, [f for f in filters if f in frame.columns or (f == "agency" and "beneficiaries" in frame)], names, currency)  # fmt: skip


def _widget(
    frame: pd.DataFrame, lang: str, filters: list[str], names: dict, currency: str | None
):  # pragma: no cover
    import ipywidgets as widgets
    import itables

    itables.init_notebook_mode(connected=False)
    everything = "—"
    boxes = {
        f: widgets.Dropdown(options=[everything, *_choices(frame, f)], description=header(f, lang))
        for f in filters
    }
    output = widgets.Output()

    def show(_=None) -> None:
        chosen = {f: (None if box.value == everything else box.value) for f, box in boxes.items()}
        table = _named(filter_rows(frame, **chosen), lang, names)
        table = table.rename(columns={c: header(c, lang) for c in table.columns})
        output.clear_output()
        with output:
            itables.show(table.round(0), lengthMenu=[10, 25, 100], maxBytes=0)

    for box in boxes.values():
        box.observe(show, names="value")
    show()
    return widgets.VBox([widgets.HBox(list(boxes.values())), output])


def _li(items: Iterable[str]) -> str:
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def summary_html(
    manifest: Mapping,
    *,
    subgroups: pd.DataFrame | None,
    coverage: pd.DataFrame | None,
    issues: pd.DataFrame,
    lang: str = "en",
    priority_names: Mapping[str, str] | None = None,
    problems: int = 5,
) -> str:
    """A build at a glance, as HTML: snapshot, files read and not read, rows and projects, funding per
    subgroup, priorities without support and the worst problems.

    Examples
    --------
    >>> manifest = {"snapshot": "2021-06", "year": 2021, "currency": "EUR", "sample": False, "ignored": [],
    ...     "files": [{"file": "a.csv", "status": "loaded"}, {"file": "b.pdf", "status": "failed"}],
    ...     "totals": {"files_loaded": 1, "files_failed": 1, "files_skipped": 0, "rows_read": 3,
    ...                "rows_loaded": 2, "rows_rejected": 1, "rows_skipped": 0, "projects": 2}}
    >>> issues = pd.DataFrame({"file": ["b.pdf"], "sheet": [""], "severity": ["error"], "message": ["b.pdf: no"]})
    >>> text = summary_html(manifest, subgroups=None, coverage=None, issues=issues)
    >>> "Files: 1 read, 1 not read" in text, "<li><b>b.pdf</b>" in text
    (True, True)
    """
    totals, year = manifest.get("totals", {}), manifest.get("year")
    parts = [f"<h3>{html.escape(label('summary.snapshot', lang, snapshot=manifest.get('snapshot'), year=year, currency=manifest.get('currency')))}</h3>"]  # fmt: skip
    if manifest.get("sample"):
        parts.append(f"<p><b>{html.escape(label('finding.sample', lang))}</b></p>")
    parts.append(f"<p>{html.escape(label('summary.files', lang, loaded=totals.get('files_loaded', 0), failed=totals.get('files_failed', 0), skipped=totals.get('files_skipped', 0), ignored=len(manifest.get('ignored', []))))}<br>")  # fmt: skip
    parts.append(html.escape(label("summary.rows", lang, read=totals.get("rows_read", 0), loaded=totals.get("rows_loaded", 0), rejected=totals.get("rows_rejected", 0), skipped=totals.get("rows_skipped", 0), projects=_projects(totals.get("projects", 0), lang))) + "</p>")  # fmt: skip
    missed = [f for f in manifest.get("files", []) if f.get("status") in ("failed", "skipped")]
    if missed:
        parts.append(f"<h4>{html.escape(label('summary.not_read', lang))}</h4>")
        parts.append(_li(f"<b>{html.escape(f['file'])}</b> — {html.escape(label('file.' + f['status'], lang))}" for f in missed))  # fmt: skip
    names = dict(priority_names or {})
    if subgroups is not None and len(subgroups):
        table = subgroups[pd.to_numeric(subgroups["year"], errors="coerce") == year]
        keep = [c for c in table.columns if c in ("subgroup", "n_priorities", "n_orphan", "n_partners") or MONEY_PATTERN.match(c) and c.startswith(("funding_", "gap_"))]  # fmt: skip
        parts.append(f"<h4>{html.escape(label('summary.funding', lang, year=year))}</h4>")
        parts.append(readable(table[keep].reset_index(drop=True), lang, uuid="summary").to_html())
    if coverage is not None and len(coverage):
        cov = coverage[
            (pd.to_numeric(coverage["year"], errors="coerce") == year) & (coverage["status"] == "orphan")
        ]
        special = priorities_ref.SPECIAL_PRIORITIES
        orphans = [names.get(c, c) for c in cov["priority_code"] if c not in special]
        parts.append(f"<h4>{html.escape(label('summary.orphans', lang, year=year))}</h4>")
        parts.append(_li(html.escape(o) for o in orphans) if orphans else "<p>—</p>")
    worst, more = worst_issues(issues, problems)
    if len(worst):
        parts.append(f"<h4>{html.escape(label('summary.problems', lang))}</h4>")
        shown = [_problem(rec, lang) for rec in worst.to_dict("records")]
        if more:
            shown.append(html.escape(label("summary.more", lang, n=more)))
        parts.append(_li(shown))
    return "\n".join(parts)


def _projects(n: int, lang: str) -> str:
    return count_label(int(n), "projects", lang)


def _problem(rec: Mapping, lang: str) -> str:
    where = str(rec["file"]) + (
        f" [{rec['sheet']}]" if isinstance(rec.get("sheet"), str) and rec["sheet"] else ""
    )
    message = str(rec["message"])
    text = message if message.startswith(f"{rec['file']}:") else f"{where}: {message}"
    if rec.get("alike"):
        text += " " + label("summary.alike", lang, n=rec["alike"])
    return html.escape(text)
