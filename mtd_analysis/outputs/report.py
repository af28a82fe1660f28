"""The meeting report: every chart as PNG and SVG, a PDF pack per subgroup, and ``summary.xlsx``.

:func:`write_report` reads a build folder (``projects.csv``, ``coverage.csv``,
``allocations.csv``, ``manifest.json`` and, when present, ``issues.csv``,
``overlaps.csv``, ``duplication.csv``, ``subgroups.csv``, ``quality.csv``)
and writes, for each language asked::

    figures/<lang>/coverage-police.png   .svg   (and partners-, beneficiaries-, overlaps-,
    figures/<lang>/timeline-police-CUSTODY.png  timeline- per priority; gaps, quality, beneficiaries-all)
    pack-police-<lang>.pdf                      (title page, the subgroup's charts, coverage and overlap tables)
    summary.xlsx                                (sheets coverage, overlaps, issues, projects)

The same build gives byte-identical files: SVG ids are salted with a fixed
string, and no file records the time it was made. The date printed in the
footnotes is the one passed in (or the manifest's ``date``), never today's.

Examples
--------
>>> report_languages("both"), report_languages("uk")
(('en', 'uk'), ('uk',))
"""

from __future__ import annotations

import io
import logging
import multiprocessing as mp
import os
import struct
import sys
import zlib
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from functools import partial
from pathlib import Path

import matplotlib as mpl
import numpy as np
import pandas as pd
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure
from matplotlib.ticker import FixedFormatter, FixedLocator, NullLocator
from zlib_ng import zlib_ng

from mtd_analysis.analysis.priorities import priority_labels
from mtd_analysis.outputs import charts, vector
from mtd_analysis.outputs.charts import Footnote, format_money, format_percent, label, subgroup_label
from mtd_analysis.processes import die_with_parent
from mtd_analysis.reference import priorities as priorities_ref
from mtd_analysis.reference import using
from mtd_analysis.schema import ISSUE_COLUMNS, OVERLAP_COLUMNS, PROJECT_COLUMNS, empty_frame, money_column
from mtd_analysis.store import load_build, staged_folder, write_bytes

log = logging.getLogger(__name__)

DPI = 200
#: Deflate level of the report's PNGs, compressed by zlib-ng: level 2 writes files 6 % smaller than the standard zlib's
#: level 3 did, in 0.28 of its time (5.5 against 19.4 ms a chart), and about the size matplotlib's level 6 wrote.
PNG_COMPRESSION = 2
PNG_OPAQUE = 255
_PNG_COLOUR_TYPE = {3: 2, 4: 6}  # channels -> PNG colour type (truecolour, truecolour with alpha)
#: PDF packs embed glyphs as Type 3 procedures: embedding TrueType subsets (Type 42) took 1.3 s a pack.
PDF_RC = {"pdf.fonttype": 3}
SVG_SALT = "mtd-analysis"
PDF_METADATA = {"Creator": "mtd-analysis", "CreationDate": None, "ModDate": None}
REQUIRED_FILES = ("projects.csv", "coverage.csv", "allocations.csv", "manifest.json")
#: Codes outside any priority list, named in the report's language whatever the build called them.
FIXED_CODES = priorities_ref.SPECIAL_PRIORITIES
TOP_OVERLAPS = 10
TABLE_LINE = 0.036  # one 12 pt line, as a fraction of the table area's height
TABLE_ROW_PAD = 0.022
SUMMARY_LINES = 8
#: Measures shown with two decimals in summary.xlsx (shares are percentages, money whole units).
SUMMARY_FLOAT_COLUMNS = ("hhi", "effective_partners", "similarity", "score", "confidence")


class ReportInputError(FileNotFoundError):
    """The build folder lacks a file the report needs."""


def report_languages(lang: str) -> tuple[str, ...]:
    """The languages a ``--lang`` choice stands for.

    Raises
    ------
    ValueError
        For anything but ``en``, ``uk`` or ``both``.

    Examples
    --------
    >>> report_languages("en")
    ('en',)
    """
    if lang == "both":
        return charts.LANGS
    if lang in charts.LANGS:
        return (lang,)
    raise ValueError(f"lang must be 'en', 'uk' or 'both', not {lang!r}")


def read_build(out_dir: str | os.PathLike) -> dict[str, object]:
    """The tables of a build folder, by name (``manifest`` is the parsed ``manifest.json``).

    Optional files that are absent come back as empty tables (``quality`` and
    ``diff_funding`` as ``None``).

    Raises
    ------
    ReportInputError
        When ``projects.csv``, ``coverage.csv``, ``allocations.csv`` or
        ``manifest.json`` is missing.
    """
    folder = Path(out_dir)
    missing = [name for name in REQUIRED_FILES if not (folder / name).exists()]
    if missing:
        raise ReportInputError(
            f"{missing[-1]} is missing from the build folder {folder.name!r}: run the build first"
        )
    build = load_build(folder)  # every table checked against its schema; the reference tables it used
    defaults = {"projects": PROJECT_COLUMNS, "issues": ISSUE_COLUMNS, "overlaps": OVERLAP_COLUMNS}
    tables = {
        name: build.get(name, empty_frame(defaults.get(name, [])))
        for name in ("projects", "coverage", "allocations", "issues", "overlaps", "duplication", "subgroups")
    }
    return {
        "manifest": build.manifest,
        **tables,
        "quality": build.get("quality"),
        "diff_funding": build.get("diff_funding"),
        "reference": build.reference,
    }


def pack_subgroups(coverage: pd.DataFrame, year: int) -> list[str]:
    """The subgroups that get a meeting pack: those in ``coverage`` for the year, house order first.

    Examples
    --------
    >>> cov = pd.DataFrame({"year": [2021] * 3, "subgroup": ["other", "border", "police"]})
    >>> pack_subgroups(cov, 2021)
    ['police', 'border']
    """
    if coverage.empty:
        return []
    present = set(
        coverage.loc[pd.to_numeric(coverage["year"], errors="coerce") == int(year), "subgroup"].dropna()
    )
    present = {str(s) for s in present} - set(priorities_ref.special_subgroups().values())
    known = [s for s in priorities_ref.subgroup_order() if s in present]
    return known + sorted(present - set(known))


def priority_names(
    coverage: pd.DataFrame, lang: str, priorities: pd.DataFrame | None = None
) -> dict[str, str]:
    """Priority code -> name in ``lang``, for the charts.

    ``coverage.csv`` names each priority in English (``priority_name``, from
    the priority list the build used). The Ukrainian name comes from the
    priority list (``name_uk``), but only for a code whose English name there
    is the one the build used; any other priority keeps the build's name.
    ``OTHER`` and ``UNMAPPED`` are not priorities of a list but fixed codes:
    in Ukrainian they always take their Ukrainian names.

    Parameters
    ----------
    coverage : DataFrame
        ``coverage.csv`` (``priority_code``, ``priority_name``).
    lang : {"en", "uk"}
    priorities : DataFrame, optional
        The priority list (default: the list in use, :func:`mtd_analysis.reference.priorities.priorities`).

    Returns
    -------
    dict

    Examples
    --------
    >>> cov = pd.DataFrame({"priority_code": ["TRAFFICKING", "NEW"],
    ...     "priority_name": ["Combating human trafficking", "A priority of another list"]})
    >>> names = priority_names(cov, "uk")
    >>> names["TRAFFICKING"], names["NEW"]
    ('Протидія торгівлі людьми', 'A priority of another list')
    >>> priority_names(cov, "en")["TRAFFICKING"]
    'Combating human trafficking'
    >>> other = pd.DataFrame({"priority_code": ["OTHER"], "priority_name": ["Other (outside the priority list)"]})
    >>> priority_names(other, "uk")["OTHER"]
    'Інша діяльність у секторі (поза переліком пріоритетів)'
    """
    charts.label("chart.empty", lang)  # refuses an unknown language
    listed = priorities_ref.priorities() if priorities is None else priorities
    english = dict(zip(listed["priority_code"], listed["name_en"], strict=True))
    local = dict(zip(listed["priority_code"], listed[f"name_{lang}"], strict=True))
    names = {code: name for code, name in local.items() if pd.notna(name)}
    if coverage.empty or not {"priority_code", "priority_name"} <= set(coverage.columns):
        return names
    built = coverage[["priority_code", "priority_name"]].dropna().drop_duplicates("priority_code")
    for code, name in zip(built["priority_code"].astype("str"), built["priority_name"], strict=True):
        if lang == "en" or english.get(code) != name or code not in names:
            names[code] = str(name)
    if lang != "en":
        fixed = priority_labels(lang=lang)
        fixed.update(priority_labels(listed, lang=lang))
        names.update({code: fixed[code] for code in FIXED_CODES if code in names and code in fixed})
    return names


# --------------------------------------------------------------------------- pages


def _page(lang: str) -> Figure:
    with mpl.rc_context(charts.HOUSE_RC):
        return Figure(figsize=charts.SLIDE_SIZE)


def _title_page(
    manifest: dict, subgroup: str, year: int, subgroups: pd.DataFrame, lang: str, date: str | None
):
    fig = _page(lang)
    with mpl.rc_context(charts.HOUSE_RC):
        fig.text(
            0.06, 0.86, label("report.title", lang), fontsize=28, fontweight="bold", color=charts.TEXT_COLOUR
        )
        fig.text(0.06, 0.79, label("report.swg", lang), fontsize=20, color=charts.NOTE_COLOUR)
        heading = label("report.pack", lang, subgroup=subgroup_label(subgroup, lang), year=year)
        fig.text(0.06, 0.68, heading, fontsize=24, color=charts.subgroup_colour(subgroup), fontweight="bold")
        lines = []
        if manifest.get("snapshot"):
            lines.append(label("footnote.snapshot", lang, snapshot=manifest["snapshot"]).capitalize())
        if date or manifest.get("date"):
            lines.append(label("footnote.date", lang, date=date or manifest.get("date")).capitalize())
        if manifest.get("version"):
            lines.append(label("report.version", lang, version=manifest["version"]).capitalize())
        fig.text(
            0.06, 0.60, "\n".join(lines), fontsize=15, va="top", color=charts.NOTE_COLOUR, linespacing=1.5
        )
        summary = _summary_lines(subgroups, subgroup, year, lang)
        if summary:
            fig.text(0.06, 0.42, label("report.summary", lang), fontsize=18, fontweight="bold")
            for column, start in enumerate(range(0, min(len(summary), 2 * SUMMARY_LINES), SUMMARY_LINES)):
                block = "\n".join(summary[start : start + SUMMARY_LINES])
                fig.text(
                    0.06 + 0.46 * column,
                    0.37,
                    block,
                    fontsize=13,
                    va="top",
                    linespacing=1.5,
                    family="monospace",
                )
        if manifest.get("sample"):
            fig.text(
                0.06,
                0.96,
                label("footnote.sample", lang).upper(),
                va="top",
                fontsize=18,
                fontweight="bold",
                color=charts.ALERT_COLOUR,
            )
    return fig


def _summary_lines(subgroups: pd.DataFrame, subgroup: str, year: int, lang: str) -> list[str]:
    """The subgroup's row of ``subgroups.csv`` as aligned "column  value" lines."""
    if subgroups.empty or not {"year", "subgroup"} <= set(subgroups.columns):
        return []
    rows = subgroups.loc[
        (pd.to_numeric(subgroups["year"], errors="coerce") == int(year))
        & (subgroups["subgroup"].astype("str") == subgroup)
    ]
    if rows.empty:
        return []
    row = rows.iloc[0].drop(["year", "subgroup"])
    names = {k: _field_label(str(k), lang) for k in row.index}
    width = max(len(n) for n in names.values())
    return [f"{names[k].ljust(width)}  {_cell(k, v, lang)}" for k, v in row.items()]


def _field_label(column: str, lang: str) -> str:
    """A column's name in words when ``labels.csv`` has ``field.<name>`` (currency suffix dropped)."""
    base = column.rpartition("_")[0] if _currency_of(column) else column
    try:
        return label(f"field.{base}", lang)
    except KeyError:
        return column


def _currency_of(column: str) -> str | None:
    head, _, tail = str(column).rpartition("_")
    return tail.upper() if head and len(tail) == 3 and tail.isalpha() and tail.islower() else None


def _cell(column: str, value: object, lang: str) -> str:
    """A value as a table page shows it: money by its column's currency, shares as percentages."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return "—"
    currency = _currency_of(column)
    if currency and isinstance(value, int | float | np.number):
        return format_money(float(value), currency, lang)
    if ("share" in str(column) or "ratio" in str(column)) and isinstance(value, int | float | np.number):
        return format_percent(float(value), lang)
    if isinstance(value, float | np.floating):
        return f"{value:.2f}" if abs(value) < 10 else f"{value:,.0f}"
    return str(value)


def _fitted(text: str, width: int) -> str:
    """Cell text on at most two lines of ``width`` characters (cut with an ellipsis).

    Examples
    --------
    >>> print(_fitted("Police-population interaction based on partnership", 24))
    Police-population
    interaction based on…
    """
    lines = charts.wrap_text(charts.shorten(text, 2 * width), width).split("\n")
    if len(lines) > 2:
        lines = [lines[0], charts.shorten(f"{lines[1]} {lines[2]}", len(lines[1]) + 1)]
    return "\n".join(lines)


def _rows_that_fit(lines: list[int], room: float = 1.0) -> int:
    """How many table rows (``lines``: lines per row, header first) fit in ``room`` of the table area.

    When some do not, one line is kept free under the table for the "… and N more" note.

    Examples
    --------
    >>> _rows_that_fit([1, 2, 2]), _rows_that_fit([1] + [2] * 12)
    (2, 9)
    """
    heights = [TABLE_LINE * n + TABLE_ROW_PAD for n in lines]
    if sum(heights) <= room:
        return len(lines) - 1
    room -= TABLE_LINE + TABLE_ROW_PAD
    used, fitted = heights[0], 0
    for height in heights[1:]:
        if used + height > room:
            break
        used, fitted = used + height, fitted + 1
    return max(1, fitted)


def _table_page(
    title: str,
    frame: pd.DataFrame,
    headers: list[str],
    lang: str,
    footnote: Footnote,
    wrap: dict[int, int] | None = None,
) -> Figure:
    """A page with a title and a table (``wrap``: column position -> characters per line)."""
    wrap = wrap or {}
    fig = _page(lang)
    with mpl.rc_context(charts.HOUSE_RC):
        fig.suptitle(title, x=0.02, ha="left")
        ax = fig.add_axes((0.02, 0.08, 0.96, 0.80))
        ax.set_axis_off()
        if frame.empty:
            ax.text(0.5, 0.5, label("chart.empty", lang), ha="center", va="center", fontsize=16)
        else:
            cells = [
                [_fitted(_cell(c, v, lang), wrap.get(j, 40)) for j, (c, v) in enumerate(row.items())]
                for _, row in frame.iterrows()
            ]
            headers = [charts.wrap_text(h, 14) for h in headers]
            lines = [max(t.count("\n") + 1 for t in row) for row in [headers, *cells]]
            kept = _rows_that_fit(lines)
            more = len(cells) - kept
            cells, lines = cells[:kept], lines[: kept + 1]
            if more:
                below = 1.0 - sum(TABLE_LINE * n + TABLE_ROW_PAD for n in lines) - 0.01
                ax.text(
                    0.0,
                    below,
                    label("chart.more", lang, n=more),
                    va="top",
                    fontsize=charts.MIN_FONT_SIZE,
                    color=charts.NOTE_COLOUR,
                )
            table = ax.table(
                cellText=cells, colLabels=headers, loc="upper left", cellLoc="left", colLoc="left"
            )
            table.auto_set_font_size(False)
            table.set_fontsize(12)
            table.auto_set_column_width(list(range(len(headers))))
            for (r, _c), cell in table.get_celld().items():
                cell.set_height(TABLE_LINE * lines[r] + TABLE_ROW_PAD)
                cell.set_edgecolor("#bbbbbb")
                cell.PAD = 0.03
                if r == 0:
                    cell.set_text_props(fontweight="bold")
                    cell.set_facecolor("#eeeeee")
            fig.draw_without_rendering()  # column widths are known once the text is measured
            total = sum(table[0, j].get_width() for j in range(len(headers)))
            if total > 1.0:
                for cell in table.get_celld().values():
                    cell.set_width(cell.get_width() / total)
        fig.text(0.008, 0.008, footnote.text(lang), fontsize=charts.MIN_FONT_SIZE, color=charts.NOTE_COLOUR)
    return fig


def _coverage_table(
    coverage: pd.DataFrame,
    subgroup: str,
    year: int,
    lang: str,
    footnote: Footnote,
    names: dict[str, str] | None = None,
) -> Figure:
    """The subgroup's coverage table (``names``: priority code -> name in ``lang``)."""
    funding_col, currency = charts.money_column_of(coverage, "funding", "coverage")
    rows = coverage.loc[
        (pd.to_numeric(coverage["year"], errors="coerce") == int(year))
        & (coverage["subgroup"].astype("str") == subgroup)
    ]
    rows = rows.assign(
        priority_name=charts.priority_labels(rows["priority_code"], names, rows.get("priority_name"))
    )
    wanted = {
        "priority_name": "col.priority",
        funding_col: "col.funding",
        money_column("pipeline", currency): "col.pipeline",
        money_column("needs", currency): "col.needs",
        "coverage_ratio": "col.coverage",
        money_column("gap", currency): "col.gap",
        "n_projects": "col.projects",
        "n_partners": "col.partners",
        "top_partner": "col.top_partner",
        "status": "col.status",
    }
    pipeline_col = money_column("pipeline", currency)
    planned = pipeline_col in rows.columns and (pd.to_numeric(rows[pipeline_col], errors="coerce") > 0).any()
    present = [c for c in wanted if c in rows.columns and (c != pipeline_col or planned)]
    shown = rows[present]
    if "status" in shown:
        shown = shown.assign(status=[charts.status_label(s, lang) for s in shown["status"]])
    title = label("report.coverage_table", lang, subgroup=subgroup_label(subgroup, lang), year=year)
    headers = [label(wanted[c], lang) for c in present]
    return _table_page(title, shown, headers, lang, footnote, wrap={0: 24 if planned else 34})


def _overlaps_table(
    overlaps: pd.DataFrame,
    projects: pd.DataFrame,
    subgroup: str,
    year: int,
    lang: str,
    footnote: Footnote,
    names: dict[str, str] | None = None,
) -> Figure:
    """The subgroup's pairs, likely duplicates first, with the shared activity (``names``: priority code -> name)."""
    rows = overlaps
    if {"subgroup", "score"} <= set(overlaps.columns) and len(overlaps):
        rows = overlaps.loc[overlaps["subgroup"].astype("str") == subgroup]
        tier = (
            rows["tier"].astype("object").fillna(charts.LIKELY_TIER).astype("str")
            if "tier" in rows
            else pd.Series(charts.LIKELY_TIER, index=rows.index)
        )
        rank = tier.map({charts.LIKELY_TIER: 0, charts.COORDINATE_TIER: 2}).fillna(1)
        rows = (
            rows.assign(_rank=rank)
            .sort_values(
                ["_rank", "score", "project_a", "project_b"],
                ascending=[True, False, True, True],
                kind="stable",
            )
            .drop(columns="_rank")
        )
    rows = rows.head(TOP_OVERLAPS)
    titles = dict(zip(projects["project_id"].astype("str"), projects["title"], strict=True))

    def named(side: str) -> list[str]:
        return [
            f"{charts.shorten(titles.get(str(p), p), 40)} ({charts.shorten(partner, 16)})"
            for p, partner in zip(rows[f"project_{side}"], rows[f"partner_{side}"], strict=True)
        ]

    evidence = rows["evidence"] if "evidence" in rows else pd.Series("", index=rows.index)
    tiers = (
        rows["tier"].astype("object").fillna(charts.LIKELY_TIER)
        if "tier" in rows
        else pd.Series(charts.LIKELY_TIER, index=rows.index)
    )
    shown = pd.DataFrame(
        {
            "a": named("a"),
            "b": named("b"),
            "priority_code": charts.priority_labels(rows["priority_code"], names),
            "tier": [label(f"tier.{str(t).replace(' ', '_')}", lang) for t in tiers],
            "activity": [charts.shared_activity(e, lang) for e in evidence],
            "overlap_months": rows["overlap_months"].tolist(),
            "decision": rows["decision"].tolist(),
        }
    )
    headers = [label(k, lang) for k in ("col.project_a", "col.project_b", "col.priority", "col.tier")]
    headers += [label(k, lang) for k in ("col.activity", "col.months", "col.decision")]
    title = label("report.overlaps_table", lang, subgroup=subgroup_label(subgroup, lang), year=year)
    return _table_page(title, shown, headers, lang, footnote, wrap={0: 30, 1: 30, 2: 24, 3: 14, 4: 22})


# --------------------------------------------------------------------------- writing


def _laid_out(fig: Figure) -> Figure:
    """The figure with its layout computed once and frozen.

    A figure with a layout engine is measured again by every ``savefig``
    (matplotlib draws it once without rendering before each save). Laying it
    out here and removing the engine lets the PNG, the SVG and the PDF page
    share one layout, each save drawing the figure once.

    The figure gets an Agg canvas first (unless it has one), so that the
    layout and the PNG are drawn by one renderer: matplotlib keeps a text's
    measurements per renderer, and the PNG reuses those the layout took
    instead of asking FreeType again (a fifth of a chart's time). The pixels
    are the same (tested). The ticks are frozen too (:func:`_freeze_ticks`).
    """
    if not isinstance(fig.canvas, FigureCanvasAgg):
        FigureCanvasAgg(fig)  # attaches itself to the figure
    engine = fig.get_layout_engine()
    with mpl.rc_context(charts.HOUSE_RC):
        if engine is not None:
            engine.execute(fig)
            fig.set_layout_engine(None)  # None removes the engine; "none" would leave a placeholder
        _freeze_ticks(fig)
    return fig


def _freeze_ticks(fig: Figure) -> None:
    """Each axis keeps the ticks and labels its layout found: fixed, not computed again by every drawing.

    A tick locator and formatter run at every drawing (a date axis's rules
    are slow); once the layout is frozen their answers cannot change, so the
    PNG, the SVG and the PDF page are drawn with the layout's ticks, the
    same pixels (tested).
    """
    for ax in fig.axes:
        for axis in (ax.xaxis, ax.yaxis):
            for ticker in (axis.major, axis.minor):
                if isinstance(ticker.locator, NullLocator):
                    continue
                locations = ticker.locator()
                labels = ticker.formatter.format_ticks(locations)
                offset = ticker.formatter.get_offset()
                ticker.locator = FixedLocator(locations)
                ticker.formatter = FixedFormatter(labels)
                ticker.formatter.set_offset_string(offset)


def _figure_bytes(fig: Figure, fmt: str, dpi: int) -> bytes:
    stream = io.BytesIO()
    with mpl.rc_context(charts.HOUSE_RC):
        if fmt == "svg":
            with mpl.rc_context({"svg.hashsalt": SVG_SALT}):
                fig.savefig(stream, format="svg", metadata={"Date": None})
        else:
            return _png_bytes(fig, dpi)
    return stream.getvalue()


def _png_bytes(fig: Figure, dpi: int) -> bytes:
    """The figure as PNG: drawn by Agg like ``savefig(format="png")``, encoded by :func:`png_file`.

    A chart on an opaque background loses nothing as RGB. The pixels are
    those ``savefig`` draws (tested). A figure whose pixel count cannot be
    known (never seen) is saved by ``savefig`` itself.
    """
    raw = io.BytesIO()
    fig.savefig(raw, format="rgba", dpi=dpi)
    pixels = raw.getbuffer()
    width, height = (int(side) for side in fig.get_size_inches() * dpi)
    if len(pixels) != width * height * 4:
        stream = io.BytesIO()
        fig.savefig(stream, format="png", dpi=dpi)
        return stream.getvalue()
    image = np.frombuffer(pixels, dtype=np.uint8).reshape(height, width, 4)
    if image[..., 3].min() == PNG_OPAQUE:
        image = image[..., :3]
    return png_file(image, dpi)


def png_file(pixels: np.ndarray, dpi: int) -> bytes:
    """A PNG file of 8-bit RGB or RGBA pixels (``height x width x 3 or 4``), rows unfiltered, deflated by
    zlib-ng at level :data:`PNG_COMPRESSION`, with its resolution and ``Software: mtd-analysis``.

    Written here rather than by Pillow, which has no option to choose PNG's row filter: it tries all five on
    every row, two thirds of its time on a chart, for files within a few per cent of these (a chart's flat
    colours compress as well unfiltered). The deflate stream is zlib-ng's, a zlib stream like the standard library's
    (the same format, found faster). Any PNG reader reads these files.

    Examples
    --------
    >>> import io
    >>> from PIL import Image
    >>> pixels = np.zeros((2, 3, 3), dtype=np.uint8); pixels[1, 2] = (255, 128, 0)
    >>> image = Image.open(io.BytesIO(png_file(pixels, 200)))
    >>> image.mode, image.size, image.getpixel((2, 1)), round(image.info["dpi"][0])
    ('RGB', (3, 2), (255, 128, 0), 200)
    """
    height, width, channels = pixels.shape
    rows = np.zeros((height, width * channels + 1), dtype=np.uint8)  # each row: filter type 0 (None), pixels
    into = rows[:, 1:].reshape(height, width, channels)  # a view: each row's pixels after its filter byte
    for channel in range(channels):  # one plane at a time: 4x faster than copying the strided RGB at once
        into[..., channel] = pixels[..., channel]
    per_metre = int(dpi / 0.0254 + 0.5)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    return b"".join(
        [
            b"\x89PNG\r\n\x1a\n",
            chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, _PNG_COLOUR_TYPE[channels], 0, 0, 0)),
            chunk(b"pHYs", struct.pack(">IIB", per_metre, per_metre, 1)),
            chunk(b"tEXt", b"Software\x00mtd-analysis"),
            chunk(b"IDAT", zlib_ng.compress(rows, PNG_COMPRESSION)),
            chunk(b"IEND", b""),
        ]
    )


def _subgroup_charts(
    build: dict, subgroup: str, year: int, lang: str, footnote: Footnote, names: dict[str, str]
) -> Iterator[tuple[str, Callable[[], Figure]]]:
    """(name, drawing) for every chart of a subgroup's pack (``names``: priority code -> name).

    A drawing is called to make the figure, so that a chart that fails costs only itself.
    """
    coverage, allocations, projects = build["coverage"], build["allocations"], build["projects"]
    style = {"lang": lang, "footnote": footnote, "priority_names": names}
    yield f"coverage-{subgroup}", partial(charts.coverage_chart, coverage, subgroup, year, **style)
    yield (
        f"partners-{subgroup}",
        partial(charts.partner_heatmap, allocations, projects, subgroup, year, **style),
    )
    yield (
        f"beneficiaries-{subgroup}",
        partial(
            charts.beneficiary_chart, allocations, projects, subgroup, year, lang=lang, footnote=footnote
        ),
    )
    if not build["duplication"].empty:
        yield (
            f"overlaps-{subgroup}",
            partial(
                charts.overlaps_chart,
                build["overlaps"],
                build["duplication"],
                subgroup,
                year,
                projects=projects,
                allocations=allocations,
                **style,
            ),
        )
    changes = build.get("diff_funding")
    if (
        changes is not None
        and "subgroup" in changes
        and (changes["subgroup"].astype("str") == subgroup).any()
    ):
        yield (
            f"changes-{subgroup}",
            partial(charts.diff_chart, changes, subgroup=subgroup, **_snapshots(build, year), **style),
        )
    partners = build_partners(projects)
    for code in _timeline_codes(build, subgroup, year):
        yield (
            f"timeline-{subgroup}-{code}",
            partial(charts.timeline_chart, projects, allocations, code, year, partners=partners, **style),
        )


def _timeline_codes(build: dict, subgroup: str, year: int) -> list[str]:
    """The subgroup's priorities in the year that have money: one timeline chart each."""
    coverage, allocations = build["coverage"], build["allocations"]
    rows = coverage.loc[
        (pd.to_numeric(coverage["year"], errors="coerce") == int(year))
        & (coverage["subgroup"].astype("str") == subgroup)
    ]
    funded = set(
        allocations.loc[allocations["subgroup"].astype("str") == subgroup, "priority_code"].astype("str")
    )
    return [code for code in rows["priority_code"].astype("str") if code in funded]


def _overview_charts(
    build: dict, year: int, lang: str, footnote: Footnote, names: dict[str, str]
) -> Iterator[tuple[str, Callable[[], Figure]]]:
    style = {"lang": lang, "footnote": footnote}
    yield "gaps", partial(charts.gap_ranking_chart, build["coverage"], year, priority_names=names, **style)
    yield (
        "beneficiaries-all",
        partial(charts.beneficiary_chart, build["allocations"], build["projects"], None, year, **style),
    )
    files = pd.DataFrame(build["manifest"].get("files", []))
    if "file" not in files:
        files = pd.DataFrame({"file": pd.Series(dtype="str")})
    yield "quality", partial(charts.quality_chart, files, build["issues"], quality=build["quality"], **style)
    if build.get("diff_funding") is not None:
        yield (
            "changes",
            partial(
                charts.diff_chart,
                build["diff_funding"],
                priority_names=names,
                **_snapshots(build, year),
                **style,
            ),
        )


def _snapshots(build: dict, year: int) -> dict:
    """What the change charts name: the new snapshot (the build's own; the old one is not recorded)."""
    snapshot = build["manifest"].get("snapshot")
    return {"new_snapshot": str(snapshot), "year": year} if snapshot else {}


def build_partners(projects: pd.DataFrame) -> list[str]:
    """Every partner of a build, sorted: what partner colours are assigned over, in every chart.

    Examples
    --------
    >>> build_partners(pd.DataFrame({"partner": ["USA", "EU", None, "USA"]}))
    ['EU', 'USA']
    """
    if "partner" not in projects:
        return []
    return sorted(set(projects["partner"].dropna().astype("str")))


def _summary_workbook(build: dict, path: Path) -> Path:
    from mtd_analysis.outputs.workbooks import write_workbook  # openpyxl: imported while the workers draw

    currency = str(build["manifest"].get("currency", "EUR"))
    sheets = {
        "coverage": build["coverage"],
        "overlaps": build["overlaps"],
        "issues": build["issues"],
        "projects": build["projects"],
    }
    if not build["duplication"].empty:
        sheets["duplication"] = build["duplication"]
    if build["quality"] is not None:
        sheets["quality"] = build["quality"]
    money = [
        money_column(p, currency)
        for p in ("funding", "pipeline", "needs", "gap", "amount", "funding_overlapping")
    ]
    shares = ["coverage_ratio", "top_partner_share", "overlap_share", "share", "completeness"]
    complete = sorted({str(c) for t in sheets.values() for c in t.columns if str(c).startswith("complete_")})
    return write_workbook(
        sheets,
        path,
        money_columns=[*money, "amount"],
        percent_columns=[*shares, *complete],
        date_columns=["start_date", "end_date", "overlap_start", "overlap_end"],
        float_columns=SUMMARY_FLOAT_COLUMNS,
    )


def _report_year(build: dict) -> int:
    return int(build["manifest"].get("year") or pd.to_numeric(build["coverage"]["year"]).max())


#: The build a drawing worker reports on, given once by the pool's initializer (the parent read it once).
_WORKER_BUILD: dict | None = None


def _start_worker(build: dict) -> None:
    """A drawing worker: it dies with the command and keeps the build it was given (not read again per part)."""
    die_with_parent()
    global _WORKER_BUILD
    _WORKER_BUILD = build


def _write_part(
    build: dict | None, target: Path, language: str, subgroup: str | None, date: str | None, dpi: int
) -> dict[str, list]:
    """Write one part of the report: a language's overview charts (``subgroup=None``) or a subgroup's pack.

    Each chart is drawn once; its PNG, its SVG and (for a pack) its PDF page
    come from that one figure, laid out once. ``build=None`` (in a worker):
    the build the worker was started with. Returns ``files`` (the files
    written) and ``failed`` (a sentence per chart or page that could not be
    drawn: the others are drawn all the same).
    """
    build = _WORKER_BUILD if build is None else build
    part: dict[str, list] = {"files": [], "failed": []}
    try:
        with using(**build["reference"]):  # the build's priority list, subgroups and names, not the package's
            _draw_part(build, target, language, subgroup, date, dpi, part)
    except Exception as exc:  # noqa: BLE001 - this part is reported as failed, the other parts are written
        what = "overview charts" if subgroup is None else f"pack of {subgroup!r}"
        part["failed"].append(f"{language} {what}: could not be written ({_reason(exc)})")
    return part


def _reason(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


def _draw_part(
    build: dict,
    target: Path,
    language: str,
    subgroup: str | None,
    date: str | None,
    dpi: int,
    part: dict[str, list],
) -> None:
    year = _report_year(build)
    footnote = Footnote.from_manifest(build["manifest"], date=date).left_out(
        build["coverage"], year, subgroup
    )
    names = priority_names(build["coverage"], language)

    def drawn(name: str, draw: Callable[[], Figure], keep: bool = True, pack: PdfPages | None = None) -> None:
        """The chart laid out, its PNG and SVG written (``keep``), added as a page of ``pack``; a sentence when
        it fails. The SVG and the page come from one drawing where they can (:mod:`vector`)."""
        try:
            fig = draw()
            # laid out at the PNG's resolution: its drawing reuses the layout's text measurements
            fig.set_dpi(dpi)
            fig = _laid_out(fig)
            images = {"png": _figure_bytes(fig, "png", dpi)} if keep else {}
            if keep and pack is not None and vector.can_share(fig):
                with mpl.rc_context({**charts.HOUSE_RC, **PDF_RC, "svg.hashsalt": SVG_SALT}):
                    images["svg"] = vector.svg_and_pdf_page(fig, pack, metadata={"Date": None})
            else:
                if keep:
                    images["svg"] = _figure_bytes(fig, "svg", dpi)
                if pack is not None:
                    with mpl.rc_context({**charts.HOUSE_RC, **PDF_RC}):
                        pack.savefig(fig)
        except Exception as exc:  # noqa: BLE001 - one chart's failure is reported, the others are drawn
            part["failed"].append(f"{language} {name}: could not be drawn ({_reason(exc)})")
            return
        for fmt, content in images.items():
            relative = f"figures/{language}/{name}.{fmt}"
            write_bytes(target / relative, content)
            part["files"].append({"path": relative, "kind": fmt, "lang": language})

    if subgroup is None:
        for name, draw in _overview_charts(build, year, language, footnote, names):
            drawn(name, draw)
        return
    pages = [
        (
            "title page",
            partial(_title_page, build["manifest"], subgroup, year, build["subgroups"], language, date),
        )
    ]
    pages += [
        (name, draw) for name, draw in _subgroup_charts(build, subgroup, year, language, footnote, names)
    ]
    pages.append(
        (
            "coverage table",
            partial(_coverage_table, build["coverage"], subgroup, year, language, footnote, names),
        )
    )
    if not build["overlaps"].empty:
        pages.append(
            (
                "overlaps table",
                partial(
                    _overlaps_table,
                    build["overlaps"],
                    build["projects"],
                    subgroup,
                    year,
                    language,
                    footnote,
                    names,
                ),
            )
        )
    pdf = io.BytesIO()
    with mpl.rc_context({**charts.HOUSE_RC, **PDF_RC}), PdfPages(pdf, metadata=PDF_METADATA) as pack:
        for name, draw in pages:
            drawn(name, draw, keep=not name.endswith(("page", "table")), pack=pack)
    relative = f"pack-{subgroup}-{language}.pdf"
    write_bytes(target / relative, pdf.getvalue())
    part["files"].append({"path": relative, "kind": "pdf", "lang": language})


def _pool_context():
    """Fork where the platform allows it (workers start at once, with matplotlib, the fonts and the build)."""
    if sys.platform.startswith("linux"):
        return mp.get_context("fork")
    return mp.get_context()


def _progress_bar(total: int, progress: bool):
    """A bar on stderr counting the report's parts; silent unless asked and stderr is a terminal."""
    from tqdm import tqdm

    return tqdm(
        total=total,
        unit="part",
        desc="report",
        file=sys.stderr,
        leave=False,
        mininterval=0,  # a few slow steps: show each one
        disable=None if progress else True,
    )


def _part_weight(build: dict, year: int, part: tuple[str, str | None]) -> tuple[int, bool]:
    """About how many figures a part draws, then whether it is Ukrainian: the heaviest parts go to the
    workers first.

    At equal figures a Ukrainian part goes first: it takes about a tenth longer (each Cyrillic glyph of a PDF
    page is drawn as a figure of its own), so that the two workers finish closer together.
    """
    language, subgroup = part
    figures = 3 if subgroup is None else 6 + len(_timeline_codes(build, subgroup, year))
    return figures, language == "uk"


def _write_parts(
    build: dict, target: Path, parts: list, date, dpi: int, n_workers: int, bar, meanwhile: Callable[[], None]
) -> list[dict[str, list]]:
    """Write the parts (in worker processes when more than one), results in the parts' order; ``meanwhile`` is
    called in this process while the workers draw (after the parts, with one worker).

    Workers take the heaviest parts first, so that both finish at about the
    same time. A part whose worker died (killed, out of memory, a crash in
    native code) is tried again alone in a fresh worker, then reported as
    failed; the other parts are written all the same.
    """
    if n_workers == 1:
        results = []
        for language, subgroup in parts:
            results.append(_write_part(build, target, language, subgroup, date, dpi))
            bar.update()
        meanwhile()
        return results
    year = _report_year(build)
    order = sorted(range(len(parts)), key=lambda i: _part_weight(build, year, parts[i]), reverse=True)
    results: dict[int, dict[str, list]] = {}
    lost = _run_pool(build, target, parts, order, date, dpi, n_workers, bar, results, meanwhile)
    for i in lost:
        if _run_pool(build, target, parts, [i], date, dpi, 1, bar, results):
            language, subgroup = parts[i]
            what = "overview charts" if subgroup is None else f"pack of {subgroup!r}"
            message = (
                f"{language} {what}: the drawing process stopped (out of memory, or a crash); not written"
            )
            results[i] = {"files": [], "failed": [message]}
            bar.update()
    return [results[i] for i in range(len(parts))]


def _run_pool(
    build: dict,
    target: Path,
    parts: list,
    indices: list[int],
    date,
    dpi: int,
    n_workers: int,
    bar,
    results: dict,
    meanwhile: Callable[[], None] | None = None,
) -> list[int]:
    """Run some parts in a pool of workers; return those whose worker died. ``meanwhile`` is called here once
    the parts are handed to the workers."""
    lost: list[int] = []
    with ProcessPoolExecutor(
        max_workers=n_workers, mp_context=_pool_context(), initializer=_start_worker, initargs=(build,)
    ) as pool:
        futures = {pool.submit(_write_part, None, target, *parts[i], date, dpi): i for i in indices}
        if meanwhile is not None:
            meanwhile()
        for future in as_completed(futures):
            try:
                results[futures[future]] = future.result()
            except BrokenProcessPool:
                lost.append(futures[future])
                continue
            bar.update()
    return sorted(lost)


def write_report(
    out_dir: str | os.PathLike,
    to_dir: str | os.PathLike,
    lang: str = "both",
    *,
    date: str | None = None,
    dpi: int = DPI,
    workers: int | None = None,
    progress: bool = False,
) -> pd.DataFrame:
    """Write the meeting report of a build: charts (PNG, SVG), PDF packs per subgroup, ``summary.xlsx``.

    Each chart is drawn once per language; its PNG, its SVG and its page of
    the subgroup's PDF pack are saved from that one figure, laid out once.
    The parts of the report (per language: the overview charts, and one pack
    per subgroup) are written in parallel worker processes, which get the
    build read once, here; the files are the same whatever the number of
    workers. A chart that cannot be drawn costs only itself: the others are
    written, and the returned listing's ``attrs["failed"]`` says which (one
    sentence each; they are logged as warnings too). When the build folder holds
    ``diff_funding.csv`` (from ``mtd-analysis diff``), the change in funding
    since the previous snapshot is charted too (``changes`` and, in each
    pack, ``changes-<subgroup>``).

    Parameters
    ----------
    out_dir : path-like
        The build folder (``projects.csv``, ``coverage.csv``, ``allocations.csv``,
        ``manifest.json``, and the optional tables).
    to_dir : path-like
        Folder for the report: new, empty or an earlier report. It is replaced as a
        whole once the report is complete (no stale chart stays); feedback
        folders nested in it are kept (see :func:`mtd_analysis.store.staged_folder`).
    lang : {"both", "en", "uk"}
    date : str, optional
        Date printed in the footnotes (default: the manifest's ``date``, else none).
    dpi : int
        Resolution of the PNG files.
    workers : int, optional
        Processes drawing the charts (default: one per CPU); 1 draws them in
        this process.
    progress : bool
        Show a progress bar on stderr (only when stderr is a terminal).

    Returns
    -------
    DataFrame
        One row per file written: ``path`` (relative to ``to_dir``, POSIX),
        ``kind`` (png, svg, pdf, xlsx), ``lang`` (NA for the workbook), in
        the same order whatever the number of workers. ``attrs["failed"]``:
        the charts and pages that could not be drawn (empty when all were).

    Raises
    ------
    ReportInputError
        When a required file of the build is missing.
    ValueError
        For an unknown ``lang``.
    """
    languages = report_languages(lang)
    build = read_build(out_dir)
    with using(**build["reference"]):
        subgroups = pack_subgroups(build["coverage"], _report_year(build))
    parts = [(language, subgroup) for language in languages for subgroup in [None, *subgroups]]
    n_workers = max(1, min(workers or os.cpu_count() or 1, len(parts)))
    # the whole report folder is written beside the target and replaces it in one step (no stale chart stays)
    with staged_folder(to_dir, "report") as target, _progress_bar(len(parts) + 1, progress) as bar:

        def workbook() -> None:  # written here while the workers draw
            _summary_workbook(build, target / "summary.xlsx")
            bar.update()

        results = _write_parts(build, target, parts, date, dpi, n_workers, bar, workbook)
    written = [row for part in results for row in part["files"]]
    written.append({"path": "summary.xlsx", "kind": "xlsx", "lang": pd.NA})
    listing = pd.DataFrame(written, columns=["path", "kind", "lang"])
    listing.attrs["failed"] = [sentence for part in results for sentence in part["failed"]]
    for sentence in listing.attrs["failed"]:
        log.warning("report: %s", sentence)
    return listing
