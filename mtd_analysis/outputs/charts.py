"""Charts for the working group's meetings, in one house style.

Every chart takes the build's tables (coverage, allocations, projects,
overlaps, duplication, issues), selects and sorts what it shows, and returns
the :class:`~matplotlib.figure.Figure`. It never reads a file and never
computes an analysis. Pass ``ax=`` to draw into an existing figure.

The house style lives here and only here:

* DejaVu Sans (ships with matplotlib, renders Cyrillic), slide size 16:9
  (13.3 x 7.5 in), no font under 12 pt;
* one colour-blind-safe colour per subgroup (Okabe-Ito), see
  :func:`subgroup_colour`;
* money axes as "€1.2M" / "€300k" (en) or "1,2 млн €" / "300 тис. €" (uk),
  never scientific notation (:func:`format_money`, :func:`money_formatter`);
* titles and labels from ``mtd_analysis/data/labels.csv`` (``key,en,uk``),
  chosen with ``lang="en"`` or ``lang="uk"``;
* a footnote naming source, snapshot and date (:class:`Footnote`), and
  "sample data" / "демонстраційні дані" when the build is the sample.

Figures are plain :class:`~matplotlib.figure.Figure` objects (no pyplot), so
no window opens and nothing needs closing; a notebook shows them as images.

Examples
--------
>>> format_money(1_234_567), format_money(300_000, lang="uk")
('€1.2M', '300 тис. €')
>>> label("status.orphan", "uk")
'без підтримки'
"""

from __future__ import annotations

import functools
import re
import textwrap
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from itertools import pairwise

import matplotlib as mpl
import matplotlib.dates as mdates
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.colors import LinearSegmentedColormap, to_rgb
from matplotlib.figure import Figure
from matplotlib.layout_engine import ConstrainedLayoutEngine
from matplotlib.patches import Patch
from matplotlib.ticker import Formatter, MaxNLocator

from mtd_analysis.reference import agencies as agencies_ref
from mtd_analysis.reference import labels
from mtd_analysis.reference import priorities as priorities_ref
from mtd_analysis.schema import money_column

LANGS = ("en", "uk")
SLIDE_SIZE = (13.333, 7.5)
FONT = "DejaVu Sans"
MIN_FONT_SIZE = 12

#: matplotlib settings applied while a chart is drawn (never changed globally).
HOUSE_RC = {
    "font.family": "sans-serif",
    "font.sans-serif": [FONT],
    "font.size": 14,
    "axes.titlesize": 18,
    "axes.titleweight": "bold",
    "axes.labelsize": 14,
    "xtick.labelsize": 13,
    "ytick.labelsize": 13,
    "legend.fontsize": 13,
    "figure.titlesize": 20,
    "figure.titleweight": "bold",
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.formatter.useoffset": False,
    "axes.formatter.limits": (-30, 30),
    "axes.unicode_minus": False,
    "svg.fonttype": "path",
    "pdf.fonttype": 42,
}

UNKNOWN_COLOUR = "#555555"
ALERT_COLOUR = "#D55E00"  # vermillion: "no support", rejected rows, errors
TEXT_COLOUR = "#222222"
NOTE_COLOUR = "#444444"
#: Partners (categorical): Okabe-Ito, then Paul Tol's muted scheme.
PARTNER_COLOURS = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#CC79A7",
    "#56B4E9",
    "#D55E00",
    "#F0E442",
    "#000000",
    "#332288",
    "#88CCEE",
    "#44AA99",
    "#117733",
    "#999933",
    "#DDCC77",
    "#CC6677",
    "#882255",
    "#AA4499",
)
FILE_STATUSES_OK = ("ok", "loaded", "")
SEVERITY_COLOURS = {"error": ALERT_COLOUR, "warning": "#E69F00", "info": "#56B4E9"}


class ChartInputError(ValueError):
    """A table given to a chart lacks a column the chart needs."""


# --------------------------------------------------------------------------- labels


def _check_lang(lang: str) -> None:
    if lang not in LANGS:
        raise ValueError(f"lang must be one of {LANGS}, not {lang!r}")


def label(key: str, lang: str = "en", **fields: object) -> str:
    """A title or label from ``labels.csv`` in the chosen language.

    Parameters
    ----------
    key : str
        Row key in ``labels.csv`` (e.g. ``"status.orphan"``).
    lang : {"en", "uk"}
    **fields
        Values for the ``{placeholders}`` of the label.

    Returns
    -------
    str

    Raises
    ------
    KeyError
        When ``labels.csv`` has no such key.

    Examples
    --------
    >>> label("coverage.title", "en", subgroup="Police", year=2021)
    'Funding per priority — Police, 2021'
    >>> label("subgroup.border", "uk")
    'Кордон'
    """
    _check_lang(lang)
    return labels.label(key, lang, **fields)


def _label_or(key: str, lang: str, default: str) -> str:
    try:
        return label(key, lang)
    except KeyError:
        return default


def subgroup_label(subgroup: str | None, lang: str = "en") -> str:
    """The subgroup's name for a title ("Police" / "Поліція"); the code itself when unknown.

    Examples
    --------
    >>> subgroup_label("police", "uk"), subgroup_label("customs")
    ('Поліція', 'customs')
    """
    if subgroup is None:
        return label("beneficiary.all", lang)
    return _label_or(f"subgroup.{subgroup}", lang, str(subgroup))


def status_label(status: str | None, lang: str = "en") -> str:
    """A coverage status in words ("no support" for ``orphan``); the status itself when unknown.

    Examples
    --------
    >>> status_label("orphan"), status_label("crowded", "uk")
    ('no support', 'багато партнерів')
    """
    return _label_or(f"status.{status}", lang, "" if status is None or pd.isna(status) else str(status))


def count_label(n: int, noun: str, lang: str = "en") -> str:
    """``n`` and a noun with the plural the language needs.

    Parameters
    ----------
    n : int
    noun : {"partners", "projects", "pairs", "clusters"}
    lang : {"en", "uk"}

    Examples
    --------
    >>> count_label(1, "partners"), count_label(3, "partners")
    ('1 partner', '3 partners')
    >>> [count_label(n, "projects", "uk") for n in (1, 3, 5, 11, 21)]
    ['1 проєкт', '3 проєкти', '5 проєктів', '11 проєктів', '21 проєкт']
    """
    n = int(n)
    if lang == "uk":
        if n % 10 == 1 and n % 100 != 11:
            form = "one"
        elif 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
            form = "few"
        else:
            form = "many"
    else:
        form = "one" if n == 1 else "many"
    return label(f"count.{noun}.{form}", lang, n=n)


# --------------------------------------------------------------------------- money


def _currency_symbol(currency: str, lang: str) -> str:
    return _label_or(f"currency.{currency.upper()}", lang, currency.upper())


def format_money(value: float, currency: str = "EUR", lang: str = "en", digits: int | None = 1) -> str:
    """A sum of money as a person reads it on a slide: "€1.2M", "1,2 млн €".

    Parameters
    ----------
    value : float
    currency : str
        ISO 4217 code.
    lang : {"en", "uk"}
    digits : int or None
        Decimals kept after scaling (trailing zeros are dropped); ``None``
        keeps up to three, enough to show tick values exactly.

    Returns
    -------
    str
        "—" for a missing value.

    Examples
    --------
    >>> format_money(1_234_567)
    '€1.2M'
    >>> format_money(300_000), format_money(716_700), format_money(2_000_000), format_money(999_990)
    ('€300k', '€717k', '€2M', '€1M')
    >>> format_money(950), format_money(12.5)
    ('€950', '€12.5')
    >>> format_money(1_234_567, lang="uk"), format_money(300_000, lang="uk")
    ('1,2 млн €', '300 тис. €')
    >>> format_money(1_250_000, digits=None), format_money(-45_000, "USD"), format_money(2.5e9, "UAH")
    ('€1.25M', '-$45k', '2.5B UAH')
    >>> format_money(float("nan"))
    '—'
    """
    _check_lang(lang)
    if value is None or pd.isna(value):
        return "—"
    value = float(value)
    units = ((1.0, None), (1e3, "unit.thousand"), (1e6, "unit.million"), (1e9, "unit.billion"))
    index = max(i for i, (step, _) in enumerate(units) if abs(value) >= step or i == 0)
    while True:
        step, key = units[index]
        scaled = abs(value) / step
        places = 3 if digits is None else digits
        if digits is not None and round(scaled, places) >= 100:
            places = 0  # three significant figures are enough: "€717k", not "€716.7k"
        if round(scaled, places) < 1000 or index == len(units) - 1:
            break
        index += 1  # 999,990 rounds to "1000k": say "1M"
    unit = label(key, lang) if key else ""
    number = f"{scaled:.{places}f}"
    if "." in number:
        number = number.rstrip("0").rstrip(".")
    sign = "-" if value < 0 and number != "0" else ""
    symbol = _currency_symbol(currency, lang)
    if lang == "uk":
        number = number.replace(".", ",")
        return f"{sign}{number}{' ' + unit if unit else ''} {symbol}"
    if len(symbol) == 1:
        return f"{sign}{symbol}{number}{unit}"
    return f"{sign}{number}{unit} {symbol}"


def format_percent(share: float, lang: str = "en") -> str:
    """A share (0-1) as a rounded percentage: "40%" (en), "40 %" (uk).

    Examples
    --------
    >>> format_percent(0.404), format_percent(0.404, "uk"), format_percent(float("nan"))
    ('40%', '40 %', '—')
    """
    if share is None or pd.isna(share):
        return "—"
    number = f"{100 * float(share):.0f}"
    return f"{number} %" if lang == "uk" else f"{number}%"


class MoneyFormatter(Formatter):
    """Tick labels as :func:`format_money` writes them, exact for tick values.

    Examples
    --------
    >>> MoneyFormatter("EUR", "en")(1_500_000)
    '€1.5M'
    """

    def __init__(self, currency: str = "EUR", lang: str = "en"):
        _check_lang(lang)
        self.currency = currency
        self.lang = lang

    def __call__(self, x: float, pos: int | None = None) -> str:
        return format_money(x, self.currency, self.lang, digits=None)


def money_formatter(currency: str = "EUR", lang: str = "en") -> MoneyFormatter:
    """A matplotlib tick formatter for money axes (never scientific notation).

    Examples
    --------
    >>> fmt = money_formatter("EUR", "uk")
    >>> [fmt(v) for v in (0, 250_000, 1_000_000)]
    ['0 €', '250 тис. €', '1 млн €']
    """
    return MoneyFormatter(currency, lang)


def money_column_of(df: pd.DataFrame, prefix: str, table: str = "table") -> tuple[str, str]:
    """The ``prefix_xxx`` money column of a build table and its currency code.

    Raises
    ------
    ChartInputError
        When the table has no such column, or several.

    Examples
    --------
    >>> money_column_of(pd.DataFrame(columns=["year", "funding_eur"]), "funding")
    ('funding_eur', 'EUR')
    """
    pattern = re.compile(rf"^{prefix}_([a-z]{{3}})$")
    found = [c for c in df.columns if pattern.match(str(c))]
    if len(found) != 1:
        what = "no" if not found else "several"
        raise ChartInputError(
            f"{table}: {what} money column named {prefix}_<currency> (columns: {list(df.columns)})"
        )
    return found[0], found[0].rsplit("_", 1)[1].upper()


def _require(df: pd.DataFrame, columns: list[str], table: str) -> None:
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise ChartInputError(f"{table}: missing column(s) {missing}")


# --------------------------------------------------------------------------- style


def subgroup_colour(subgroup: str | None) -> str:
    """A subgroup's colour, from the priority list in use (dark grey for a subgroup it does not name).

    Examples
    --------
    >>> subgroup_colour("police"), subgroup_colour("border")
    ('#0072B2', '#E69F00')
    """
    groups = priorities_ref.subgroups()
    return dict(zip(groups["subgroup"], groups["colour"], strict=True)).get(str(subgroup), UNKNOWN_COLOUR)


def partner_colours(partners: Iterable[str], all_partners: Iterable[str] | None = None) -> dict[str, str]:
    """One colour per partner, by its place among ``all_partners`` sorted by name.

    Give every chart of a report the same ``all_partners`` (the build's
    partners) and a partner keeps its colour from chart to chart, whichever
    partners a chart shows. The colours are Okabe-Ito first, then Paul Tol's
    colour-blind-safe set; past 17 partners they repeat.

    Parameters
    ----------
    partners : iterable of str
        The partners a chart shows (the keys of the result, sorted).
    all_partners : iterable of str, optional
        Every partner colours are assigned over (default: ``partners``); a
        partner missing from it is placed among them by name.

    Returns
    -------
    dict
        Partner -> colour (hex), in sorted partner order.

    Examples
    --------
    >>> partner_colours(["UNDP", "EU"])
    {'EU': '#0072B2', 'UNDP': '#E69F00'}
    >>> partner_colours(["UNDP"], all_partners=["EU", "UNDP", "USA"])
    {'UNDP': '#E69F00'}
    """
    shown = sorted({str(p) for p in partners if not pd.isna(p)})
    names = sorted({str(p) for p in (all_partners if all_partners is not None else []) if not pd.isna(p)})
    names = sorted(set(names) | set(shown))
    place = {p: i for i, p in enumerate(names)}
    return {p: PARTNER_COLOURS[place[p] % len(PARTNER_COLOURS)] for p in shown}


@dataclass(frozen=True)
class Footnote:
    """Where a chart's figures come from, printed under it.

    Parameters
    ----------
    source : str, optional
        Defaults to the label ``footnote.default_source``.
    snapshot : str, optional
        The build's snapshot (e.g. ``"2021-03"``).
    date : str, optional
        Date the chart was prepared, passed in (never today's date: charts are
        reproducible).
    sample : bool
        The figures are the bundled sample, not real submissions.
    unconverted : tuple of (currency, amount)
        Money left out of the totals for want of an exchange rate (see :meth:`left_out`).

    Examples
    --------
    >>> Footnote(snapshot="2021-03", date="2021-04-01", sample=True).text("en")
    'Source: partner submissions to the MIA SWG «Law Enforcement Activities» · snapshot 2021-03 · prepared 2021-04-01 · sample data'
    >>> Footnote(source="EU", sample=True).text("uk")
    'Джерело: EU · демонстраційні дані'
    >>> Footnote(source="EU", unconverted=(("DKK", 2000.0), ("USD", 1_234_567.0))).text("en")
    'Source: EU · 2k DKK, $1.2M not converted for want of an exchange rate: not in these totals'
    """

    source: str | None = None
    snapshot: str | None = None
    date: str | None = None
    sample: bool = False
    unconverted: tuple[tuple[str, float], ...] = ()

    def text(self, lang: str = "en", with_sample: bool = True) -> str:
        source = self.source or label("footnote.default_source", lang)
        parts = [label("footnote.source", lang, source=source)]
        if self.snapshot:
            parts.append(label("footnote.snapshot", lang, snapshot=self.snapshot))
        if self.date:
            parts.append(label("footnote.date", lang, date=self.date))
        if self.sample and with_sample:
            parts.append(label("footnote.sample", lang))
        if self.unconverted:
            amounts = ", ".join(format_money(amount, currency, lang) for currency, amount in self.unconverted)
            parts.append(label("footnote.unconverted", lang, amounts=amounts))
        return " · ".join(parts)

    def left_out(self, coverage: pd.DataFrame, year: int, subgroup: str | None = None) -> Footnote:
        """This footnote, stating the money of ``year`` (of a subgroup) that no rate could convert.

        Reads the coverage table's ``unconverted_amount`` (``"USD=1234.5"``), added up per currency.

        Examples
        --------
        >>> coverage = pd.DataFrame({"year": [2023, 2023, 2022], "subgroup": ["police", "border", "police"],
        ...                          "unconverted_amount": ["USD=1000;DKK=5", "USD=500", "USD=7"]})
        >>> Footnote().left_out(coverage, 2023).unconverted
        (('DKK', 5.0), ('USD', 1500.0))
        >>> Footnote().left_out(coverage, 2023, "border").unconverted, Footnote().left_out(coverage, 2021).unconverted
        ((('USD', 500.0),), ())
        """
        from dataclasses import replace

        from mtd_analysis.analysis.money import parse_unconverted

        if "unconverted_amount" not in coverage.columns:
            return self
        rows = pd.to_numeric(coverage["year"], errors="coerce") == int(year)
        if subgroup is not None:
            rows &= coverage["subgroup"] == subgroup
        added: dict[str, float] = {}
        for text in coverage.loc[rows, "unconverted_amount"]:
            for currency, amount in parse_unconverted(text).items():
                added[currency] = added.get(currency, 0.0) + amount
        return replace(self, unconverted=tuple(sorted((c, a) for c, a in added.items() if round(a, 2))))

    @classmethod
    def from_manifest(cls, manifest: Mapping, date: str | None = None) -> Footnote:
        """The footnote of a build, from its ``manifest.json`` contents.

        Examples
        --------
        >>> Footnote.from_manifest({"sample": True, "snapshot": "2021-03"}).sample
        True
        """
        return cls(
            source=None,
            snapshot=str(manifest["snapshot"]) if manifest.get("snapshot") else None,
            date=date or manifest.get("date"),
            sample=bool(manifest.get("sample", False)),
        )


def _house_style(chart: Callable) -> Callable:
    """Draw the chart under :data:`HOUSE_RC`, leaving global settings alone."""

    @functools.wraps(chart)
    def drawn(*args, **kwargs):
        _check_lang(kwargs.get("lang", "en"))
        with mpl.rc_context(HOUSE_RC):
            return chart(*args, **kwargs)

    return drawn


def _new_figure(ncols: int = 1, width_ratios: list[float] | None = None) -> tuple[Figure, list[Axes]]:
    fig = Figure(figsize=SLIDE_SIZE, layout="constrained")
    fig.get_layout_engine().set(rect=(0.0, 0.045, 1.0, 0.955), w_pad=0.2, wspace=0.08)
    axes = fig.subplots(1, ncols, width_ratios=width_ratios, squeeze=False)[0]
    return fig, list(axes)


def _axes(ax: Axes | None) -> tuple[Figure, Axes]:
    if ax is not None:
        return ax.figure, ax
    fig, (ax,) = _new_figure()
    return fig, ax


def _title(fig: Figure, ax: Axes | None, text: str) -> None:
    """The chart's title: across the top of a figure the chart made, over the axes given otherwise."""
    if ax is None:
        fig.suptitle(wrap_text(text, 72), x=0.008, ha="left")
    else:
        ax.set_title(wrap_text(text, 70), loc="left", pad=22)


def chart_title(fig: Figure) -> str:
    """The title a chart function gave its figure (figure title, else the first axes title).

    Examples
    --------
    >>> chart_title(quality_chart(pd.DataFrame({"file": []}), pd.DataFrame(columns=["severity", "kind"]),
    ...                           lang="uk"))
    'Подання та проблеми з даними'
    """
    suptitle = fig.get_suptitle()
    if suptitle:
        return suptitle
    return next((a.get_title(loc="left") for a in fig.axes if a.get_title(loc="left")), "")


def _finish(fig: Figure, axes: list[Axes], lang: str, footnote: Footnote | None) -> Figure:
    for ax in axes:
        ax.tick_params(labelsize=HOUSE_RC["xtick.labelsize"], labelfontfamily=FONT)
    if footnote is not None:
        note = wrap_text(footnote.text(lang, with_sample=False), 112)
        fig.text(0.008, 0.008, note, fontsize=MIN_FONT_SIZE, color=NOTE_COLOUR, va="bottom")
        if "\n" in note and isinstance(fig.get_layout_engine(), ConstrainedLayoutEngine):
            fig.get_layout_engine().set(rect=(0.0, 0.075, 1.0, 0.925))
        if footnote.sample:
            fig.text(
                0.992,
                0.008,
                label("footnote.sample", lang).upper(),
                fontsize=13,
                color=ALERT_COLOUR,
                fontweight="bold",
                ha="right",
                va="bottom",
            )
    return fig


def _nothing_to_show(ax: Axes, lang: str) -> None:
    ax.set_axis_off()
    ax.text(
        0.5,
        0.5,
        label("chart.empty", lang),
        ha="center",
        va="center",
        color=NOTE_COLOUR,
        fontsize=16,
        transform=ax.transAxes,
    )


def wrap_text(text: object, width: int) -> str:
    """Text broken into lines of at most ``width`` characters ("" for a missing value).

    Examples
    --------
    >>> wrap_text("Countering trafficking in human beings", 20)
    'Countering\\ntrafficking in human\\nbeings'
    """
    return textwrap.fill(str(text), width=width, break_long_words=True) if pd.notna(text) else ""


def shorten(text: object, width: int) -> str:
    """Text cut to ``width`` characters with an ellipsis (whitespace collapsed; "" for a missing value).

    Examples
    --------
    >>> shorten("Border crossing points", 12)
    'Border cros…'
    """
    text = "" if pd.isna(text) else " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _select(df: pd.DataFrame, year: int | None = None, subgroup: str | None = None) -> pd.DataFrame:
    mask = pd.Series(True, index=df.index)
    if year is not None:
        mask &= pd.to_numeric(df["year"], errors="coerce") == int(year)
    if subgroup is not None:
        mask &= df["subgroup"].astype("str") == str(subgroup)
    return df.loc[mask]


def _numbers(values: pd.Series | None, n: int) -> np.ndarray:
    if values is None:
        return np.full(n, np.nan)
    return pd.to_numeric(values, errors="coerce").to_numpy(dtype=float)


def priority_labels(
    codes: pd.Series | list,
    priority_names: Mapping[str, str] | None = None,
    fallback: pd.Series | list | None = None,
) -> list[str]:
    """The name to show for each priority code: from ``priority_names``, else ``fallback``, else the code.

    Chart functions that show priorities take ``priority_names`` (code -> name
    in the chart's language), so a Ukrainian chart can name priorities in
    Ukrainian although ``coverage.csv`` carries English names (``fallback``).

    Parameters
    ----------
    codes : Series or list
        Priority codes.
    priority_names : mapping, optional
        Code -> name; codes it lacks (or maps to a missing value) fall back.
    fallback : Series or list, optional
        A name per code (e.g. ``coverage.csv``'s ``priority_name``).

    Returns
    -------
    list of str

    Examples
    --------
    >>> priority_labels(["DRUGS", "CUSTODY", "OTHER"], {"DRUGS": "Наркотики"}, ["Drugs", "Custody", None])
    ['Наркотики', 'Custody', 'OTHER']
    """
    names = dict(priority_names or {})
    codes = [str(c) for c in codes]
    backup = list(fallback) if fallback is not None else [None] * len(codes)
    shown = []
    for code, other in zip(codes, backup, strict=True):
        name = names.get(code)
        if name is None or pd.isna(name) or not str(name).strip():
            name = other if other is not None and pd.notna(other) and str(other).strip() else code
        shown.append(str(name))
    return shown


def _money_axis(ax: Axes, currency: str, lang: str, axis: str = "x", nbins: int | None = None) -> None:
    target = ax.xaxis if axis == "x" else ax.yaxis
    nbins = nbins or (4 if lang == "uk" else 5)  # Ukrainian ticks ("250 тис. €") are wider
    target.set_major_locator(MaxNLocator(nbins=nbins, steps=[1, 2, 2.5, 5, 10]))
    target.set_major_formatter(money_formatter(currency, lang))


def _side_labels(ax: Axes, y: np.ndarray, texts: list[str], colours: list[str], weights: list[str]) -> None:
    """Text in a column just right of the axes, one line per bar (kept in the layout)."""
    transform = mpl.transforms.blended_transform_factory(ax.transAxes, ax.transData)
    for yi, text, colour, weight in zip(y, texts, colours, weights, strict=True):
        ax.text(
            1.01,
            yi,
            text,
            transform=transform,
            ha="left",
            va="center",
            fontsize=13,
            color=colour,
            fontweight=weight,
            clip_on=False,
        )


#: The height of a slide chart's bars' area, in inches (the axes on a 10 x 5.6 in slide, less title and notes).
_BAR_AREA_INCHES = 5.2
#: The gap between two agencies' bars in the beneficiary chart, in bar rows.
_AGENCY_GAP = 0.7


def _legend_under_bars(
    ax: Axes, n: float, handles: list | None = None, top_extra: float = 0.0, max_chars: int = 60
) -> None:
    """A one- or two-row legend in a strip of its own under the last bar (it never hides a bar)."""
    handles = handles if handles is not None else ax.get_legend_handles_labels()[0]
    if not handles:
        ax.set_ylim(n - 0.5, -0.5 - top_extra)
        return
    chars = sum(len(h.get_label()) + 6 for h in handles)
    ncols = len(handles) if chars <= max_chars else max(1, (len(handles) + 1) // 2)
    legend_rows = -(-len(handles) // ncols)
    inches_per_bar = _BAR_AREA_INCHES / max(n, 1)  # axes height on a slide, shared by the bars
    extra = max(0.5, (0.35 * legend_rows + 0.15) / inches_per_bar)
    ax.set_ylim(n - 0.5 + extra, -0.5 - top_extra)
    # anchored at the bars' origin: a legend wider than a narrow axes runs on into the empty strip right of it
    # (under the side notes), never back over the axis line and the agencies' names
    ax.legend(handles=handles, loc="lower left", ncols=ncols, frameon=False, borderaxespad=0.2)


# --------------------------------------------------------------------------- charts


@_house_style
def coverage_chart(
    coverage: pd.DataFrame,
    subgroup: str,
    year: int,
    *,
    lang: str = "en",
    ax: Axes | None = None,
    footnote: Footnote | None = None,
    priority_names: Mapping[str, str] | None = None,
) -> Figure:
    """Funding per priority of one subgroup and year, against needs where known.

    One horizontal bar per priority (in the order of ``coverage``), labelled
    with the money and the number of partners. Needs are marked with a black
    line and the gap shaded; an orphan priority has no bar and reads
    "no support". Planned (pipeline) money, when ``pipeline_<cur>`` holds any,
    is a lighter dotted segment after the funding, labelled "+€… planned".

    Parameters
    ----------
    coverage : DataFrame
        ``coverage.csv`` (``funding_<cur>``, optional ``needs_<cur>``).
    subgroup : str
        ``police``, ``border``, ``cross``, ...
    year : int
    lang : {"en", "uk"}
    ax : Axes, optional
    footnote : Footnote, optional
    priority_names : mapping, optional
        Priority code -> name in ``lang`` (default: ``priority_name``, which is
        English in ``coverage.csv``).

    Returns
    -------
    Figure
        The bars are the container labelled with ``legend.funding``.

    Examples
    --------
    >>> cov = pd.DataFrame({"year": [2021, 2021], "subgroup": ["police", "police"],
    ...     "priority_code": ["CUSTODY", "DRUGS"], "priority_name": ["Custody", "Drugs"],
    ...     "n_partners": [2, 0], "funding_eur": [500_000.0, 0.0], "needs_eur": [800_000.0, None],
    ...     "coverage_ratio": [0.625, None], "status": ["covered", "orphan"]})
    >>> fig = coverage_chart(cov, "police", 2021)
    >>> [float(p.get_width()) for p in fig.axes[0].containers[0]]
    [500000.0, 0.0]
    >>> fig = coverage_chart(cov, "police", 2021, lang="uk", priority_names={"DRUGS": "Наркотики"})
    >>> [t.get_text() for t in fig.axes[0].get_yticklabels()]
    ['Custody', 'Наркотики']
    """
    data = coverage_data(coverage, subgroup, year, lang=lang, priority_names=priority_names)
    given = ax
    fig, ax = _axes(ax)
    _title(fig, given, label("coverage.title", lang, subgroup=subgroup_label(subgroup, lang), year=year))
    if data.empty:
        _nothing_to_show(ax, lang)
    else:
        _draw_coverage(ax, data, subgroup, year, lang)
    return _finish(fig, [ax], lang, footnote)


def coverage_data(
    coverage: pd.DataFrame,
    subgroup: str,
    year: int,
    *,
    lang: str = "en",
    priority_names: Mapping[str, str] | None = None,
) -> pd.DataFrame:
    """The table behind :func:`coverage_chart`: one row per bar, in the order of ``coverage``.

    Missing funding and pipeline count as zero; missing needs stay missing.
    The input is not mutated.

    Parameters
    ----------
    coverage : DataFrame
        ``coverage.csv`` (``funding_<cur>``, optional ``pipeline_<cur>``, ``needs_<cur>``,
        ``coverage_ratio``, ``priority_name``).
    subgroup : str
    year : int
    lang : {"en", "uk"}
        Language of ``label`` (via ``priority_names``) and ``side_label``.
    priority_names : mapping, optional
        Priority code -> name in ``lang`` (default: ``priority_name``, else the code).

    Returns
    -------
    DataFrame
        ``priority_code, label, status, n_partners, funding, pipeline, needs, gap,
        coverage_ratio, currency, no_support, side_label``: ``funding`` the bar,
        ``pipeline`` the dotted segment after it, ``needs`` the black mark, ``gap``
        (needs above funding, else 0) the shaded segment, ``no_support`` whether the
        bar reads "no support", ``side_label`` the text right of the axes.

    Raises
    ------
    ChartInputError
        When ``coverage`` lacks a ``funding_<cur>`` column or a required column.

    Examples
    --------
    >>> cov = pd.DataFrame({"year": [2021, 2021], "subgroup": ["police", "police"],
    ...     "priority_code": ["CUSTODY", "DRUGS"], "priority_name": ["Custody", "Drugs"],
    ...     "n_partners": [2, 0], "funding_eur": [500_000.0, None], "needs_eur": [800_000.0, None],
    ...     "coverage_ratio": [0.625, None], "status": ["covered", "orphan"]})
    >>> data = coverage_data(cov, "police", 2021)
    >>> data[["label", "funding", "needs", "gap", "no_support"]].to_numpy().tolist()
    [['Custody', 500000.0, 800000.0, 300000.0, False], ['Drugs', 0.0, nan, 0.0, True]]
    >>> data["side_label"].tolist()
    ['€500k · 2 partners · 62% of needs', 'no support']
    """
    funding_col, currency = money_column_of(coverage, "funding", "coverage")
    _require(coverage, ["year", "subgroup", "priority_code", "n_partners", "status"], "coverage")
    _check_lang(lang)
    rows = _select(coverage, year, subgroup)
    n = len(rows)
    funding = np.nan_to_num(_numbers(rows[funding_col], n))
    needs = _numbers(rows.get(money_column("needs", currency)), n)
    data = pd.DataFrame(
        {
            "priority_code": rows["priority_code"].astype("str").to_numpy(),
            "label": priority_labels(rows["priority_code"], priority_names, rows.get("priority_name")),
            "status": rows["status"].astype("str").to_numpy(),
            "n_partners": _numbers(rows["n_partners"], n),
            "funding": funding,
            "pipeline": np.nan_to_num(_numbers(rows.get(money_column("pipeline", currency)), n)),
            "needs": needs,
            "gap": np.where(needs > funding, needs - funding, 0.0),
            "coverage_ratio": _numbers(rows.get("coverage_ratio"), n),
            "currency": currency,
        }
    )
    data["no_support"] = (data["status"] == "orphan") | (data["funding"] <= 0)
    data["side_label"] = [_coverage_side_label(row, currency, lang) for row in data.itertuples()]
    return data


def _coverage_side_label(row, currency: str, lang: str) -> str:
    """The text right of a coverage bar: money, partners and share of needs, or "no support"; plus planned."""
    more = (
        [label("coverage.pipeline", lang, amount=format_money(row.pipeline, currency, lang))]
        if row.pipeline > 0
        else []
    )
    if row.no_support:
        return " · ".join([label("status.orphan", lang), *more])
    parts = [format_money(row.funding, currency, lang)]
    if not np.isnan(row.n_partners):
        parts.append(count_label(int(row.n_partners), "partners", lang))
    if not np.isnan(row.coverage_ratio):
        parts.append(label("coverage.of_needs", lang, pct=format_percent(row.coverage_ratio, lang)))
    return " · ".join(parts + more)


def _draw_coverage(ax: Axes, data: pd.DataFrame, subgroup: str, year: int, lang: str) -> Axes:
    """Draw :func:`coverage_data` (not empty) on ``ax``: bars, planned and gap segments, needs, labels."""
    n = len(data)
    y = np.arange(n)
    colour = subgroup_colour(subgroup)
    currency = str(data["currency"].iloc[0])
    funding, pipeline, needs, gap = (
        data[c].to_numpy(dtype=float) for c in ("funding", "pipeline", "needs", "gap")
    )
    ax.barh(y, funding, height=0.62, color=colour, label=label("legend.funding", lang), zorder=2)
    segments = (  # after the committed funding: planned money (dotted), then the gap to needs (hatched)
        (pipeline > 0, pipeline, 0.35, "..", "legend.pipeline", 2),
        (gap > 0, gap, 0.15, "//", "legend.gap", 1),
    )
    for shown, width, alpha, hatch, key, zorder in segments:
        if shown.any():
            ax.barh(
                y[shown],
                width[shown],
                left=funding[shown],
                height=0.62,
                facecolor=(*to_rgb(colour), alpha),
                edgecolor=colour,
                hatch=hatch,
                linewidth=0.8,
                label=label(key, lang),
                zorder=zorder,
            )
    known = ~np.isnan(needs)
    if known.any():
        ax.vlines(
            needs[known],
            y[known] - 0.4,
            y[known] + 0.4,
            colors=TEXT_COLOUR,
            linewidth=3,
            label=label("legend.needs", lang),
            zorder=3,
        )
    alert = data["no_support"].to_numpy(dtype=bool)
    colours = [ALERT_COLOUR if a else TEXT_COLOUR for a in alert]
    _side_labels(ax, y, data["side_label"].tolist(), colours, ["bold" if a else "normal" for a in alert])

    ax.set_yticks(y, [wrap_text(name, 34) for name in data["label"]])
    top = float(np.nanmax(np.concatenate([funding + pipeline, needs[known], [0.0]])))
    ax.set_xlim(0, top * 1.04 if top > 0 else 1_000)
    _money_axis(ax, currency, lang)
    ax.set_xlabel(label("coverage.xlabel", lang, year=year, currency=currency))
    ax.grid(axis="x", color="#dddddd", zorder=0)
    handles = ax.get_legend_handles_labels()[0]  # funding, gap, needs: in the order they were drawn
    _legend_under_bars(
        ax,
        n,
        [h for h in handles if not isinstance(h, mpl.collections.LineCollection)]
        + [h for h in handles if isinstance(h, mpl.collections.LineCollection)],
    )
    return ax


@_house_style
def partner_heatmap(
    allocations: pd.DataFrame,
    projects: pd.DataFrame,
    subgroup: str,
    year: int,
    *,
    lang: str = "en",
    ax: Axes | None = None,
    footnote: Footnote | None = None,
    max_partners: int = 12,
    priority_names: Mapping[str, str] | None = None,
) -> Figure:
    """Partner x priority funding of one subgroup and year, with row and column shares.

    Rows are partners (largest first; beyond ``max_partners`` they are pooled
    as "other partners"), columns are priorities. A row label carries the
    partner's share of the subgroup's funding, a column label the priority's
    share; a cell shows the money and the partner's share of that priority.

    Parameters
    ----------
    allocations : DataFrame
        ``allocations.csv`` (``amount_<cur>``).
    projects : DataFrame
        ``projects.csv`` (for each project's partner).
    subgroup : str
    year : int
    lang : {"en", "uk"}
    ax : Axes, optional
    footnote : Footnote, optional
    max_partners : int
    priority_names : mapping, optional
        Priority code -> name in ``lang`` for the column labels (default: the
        codes).

    Returns
    -------
    Figure
        The cells' mesh holds the money (its array), rows and columns as labelled: vector cells,
        drawn at the same cost in every format (an image was resampled and encoded for each).

    Examples
    --------
    >>> alloc = pd.DataFrame({"project_id": ["A", "B"], "priority_code": ["DRUGS", "DRUGS"],
    ...     "subgroup": ["police"] * 2, "year": [2021, 2021], "amount_eur": [100.0, 300.0]})
    >>> proj = pd.DataFrame({"project_id": ["A", "B"], "partner": ["EU", "UNDP"]})
    >>> fig = partner_heatmap(alloc, proj, "police", 2021)
    >>> fig.axes[0].collections[0].get_array().tolist()
    [[300.0], [100.0]]
    """
    amount_col, currency = money_column_of(allocations, "amount", "allocations")
    _require(allocations, ["project_id", "priority_code", "subgroup", "year"], "allocations")
    _require(projects, ["project_id", "partner"], "projects")
    given = ax
    fig, ax = _axes(ax)
    _title(fig, given, label("heatmap.title", lang, subgroup=subgroup_label(subgroup, lang), year=year))
    rows = _select(allocations, year, subgroup)[["project_id", "priority_code", amount_col]]
    rows = rows.merge(
        projects[["project_id", "partner"]], on="project_id", how="left", validate="many_to_one"
    )
    rows = rows.assign(partner=rows["partner"].fillna("?").astype("str"))
    table = rows.pivot_table(
        index="partner", columns="priority_code", values=amount_col, aggfunc="sum", fill_value=0.0
    )
    if table.empty or table.to_numpy().sum() <= 0:
        _nothing_to_show(ax, lang)
        return _finish(fig, [ax], lang, footnote)

    order = (
        table.sum(axis=1).reset_index(name="total").sort_values(["total", "partner"], ascending=[False, True])
    )
    table = table.loc[order["partner"]]
    if len(table) > max_partners:
        kept, pooled = table.iloc[: max_partners - 1], table.iloc[max_partners - 1 :]
        rest = pooled.sum().rename(label("heatmap.other_partners", lang, n=len(pooled)))
        table = pd.concat([kept, rest.to_frame().T])
    values = table.to_numpy(dtype=float)
    total = values.sum()
    row_share, col_total = values.sum(axis=1) / total, values.sum(axis=0)

    colour = subgroup_colour(subgroup)
    cmap = LinearSegmentedColormap.from_list("subgroup", ["#ffffff", colour])
    n_rows, n_cols = values.shape
    mesh = ax.pcolormesh(
        np.arange(n_cols + 1) - 0.5, np.arange(n_rows + 1) - 0.5, values, cmap=cmap, vmin=0, vmax=values.max()
    )
    mesh.set_gid("partner-heatmap")
    ax.set_xlim(-0.5, n_cols - 0.5)
    ax.set_ylim(n_rows - 0.5, -0.5)
    fontsize = 13 if n_cols <= 6 and n_rows <= 8 else 12
    for i in range(n_rows):
        for j in range(n_cols):
            if values[i, j] <= 0:
                continue
            red, green, blue, _ = cmap(values[i, j] / values.max())
            dark = 0.2126 * red + 0.7152 * green + 0.0722 * blue < 0.45  # relative luminance
            text = format_money(values[i, j], currency, lang)
            if n_rows <= 10:
                share = label(
                    "heatmap.cell_share", lang, pct=format_percent(values[i, j] / col_total[j], lang)
                )
                text = f"{text}\n{share}"
            ax.text(
                j,
                i,
                text,
                ha="center",
                va="center",
                fontsize=fontsize,
                color="white" if dark else TEXT_COLOUR,
            )
    shares = [format_percent(s, lang) for s in col_total / total]
    if priority_names:
        width = max(12, min(28, 100 // n_cols))  # characters a column's label may take per line
        full = [shorten(name, 3 * width) for name in priority_labels(table.columns, priority_names)]
    else:
        width = 16
        full = [str(code).replace("_", " ") for code in table.columns]

    def xlabels(width: int) -> list[str]:
        return [f"{wrap_text(name, width)}\n{share}" for name, share in zip(full, shares, strict=True)]

    ylabels = [
        f"{shorten(p, 26)} · {format_percent(s, lang)}" for p, s in zip(table.index, row_share, strict=True)
    ]
    ax.set_xticks(np.arange(n_cols), xlabels(width))
    ax.set_yticks(np.arange(n_rows), ylabels)
    ax.tick_params(top=False, bottom=False, left=False)
    ax.spines[:].set_visible(False)
    ax.set_xticks(np.arange(n_cols + 1) - 0.5, minor=True)
    ax.set_yticks(np.arange(n_rows + 1) - 0.5, minor=True)
    ax.grid(which="minor", color="#bbbbbb", linewidth=1)
    ax.tick_params(which="minor", length=0)
    ax.set_xlabel(wrap_text(label("heatmap.xlabel", lang), 110), fontsize=MIN_FONT_SIZE)
    ax.set_ylabel(label("heatmap.ylabel", lang), fontsize=MIN_FONT_SIZE)
    _finish(fig, [ax], lang, footnote)
    longest_word = max((len(word) for name in full for word in name.split()), default=1)
    _fit_column_labels(ax, xlabels, range(width, min(width, max(8, longest_word)) - 1, -2))
    return fig


def _fit_column_labels(ax: Axes, labels_of: Callable[[int], list[str]], widths: Iterable[int]) -> None:
    """The axes' column labels wrapped at the first of ``widths`` (characters a line) at which no label runs into
    its neighbour once the figure is laid out; failing that, at the last width in a smaller font, down to
    :data:`MIN_FONT_SIZE`.

    A label's width in characters says little of its width on the page (a Cyrillic word is wider than a Latin one
    of as many letters, and a column's width depends on the rows' labels), so the labels are measured.
    """
    fig = ax.get_figure(root=True)

    def clear() -> bool:
        fig.draw_without_rendering()  # lays the figure out (its layout engine) and places the labels
        boxes = [t.get_window_extent() for t in ax.get_xticklabels() if t.get_text()]
        gap = fig.dpi * 4 / 72  # four points between two labels
        return all(a.x1 + gap <= b.x0 for a, b in pairwise(boxes))

    for width in widths:
        ax.set_xticks(ax.get_xticks(), labels_of(width))
        if clear():
            return
    size = HOUSE_RC["xtick.labelsize"]
    while size > MIN_FONT_SIZE:
        size -= 1
        ax.tick_params(axis="x", labelsize=size)
        if clear():
            return


def _dates(values: pd.Series) -> pd.Series:
    return pd.to_datetime(values, errors="coerce", format="%Y-%m-%d")


@_house_style
def timeline_chart(
    projects: pd.DataFrame,
    allocations: pd.DataFrame,
    priority_code: str,
    year: int,
    *,
    lang: str = "en",
    ax: Axes | None = None,
    footnote: Footnote | None = None,
    priority_name: str | None = None,
    max_projects: int = 20,
    priority_names: Mapping[str, str] | None = None,
    partners: Iterable[str] | None = None,
) -> Figure:
    """One bar per project of a priority, from start to end, coloured by partner, the year shaded.

    The projects are those with an allocation to ``priority_code`` (in any
    year), ordered by start date; each is labelled with its money for the
    priority in ``year`` ("amount unknown" when the project's ``amount`` is
    not known). A project whose dates are not given is drawn hatched over
    the year. A partner's colour is its place among all the partners of
    ``projects`` (see :func:`partner_colours`), the same in every timeline
    drawn from one projects table.

    Parameters
    ----------
    projects : DataFrame
        ``projects.csv``.
    allocations : DataFrame
        ``allocations.csv`` (``amount_<cur>``).
    priority_code : str
    year : int
    lang : {"en", "uk"}
    ax : Axes, optional
    footnote : Footnote, optional
    priority_name : str, optional
        Shown in the title instead of the code.
    max_projects : int
        The rest are named in a "… and N more" line.
    priority_names : mapping, optional
        Priority code -> name in ``lang``, used when ``priority_name`` is not given.
    partners : iterable of str, optional
        The partners colours are assigned over (default: every partner of ``projects``).

    Returns
    -------
    Figure

    Examples
    --------
    >>> proj = pd.DataFrame({"project_id": ["A"], "partner": ["EU"], "title": ["Custody"],
    ...     "start_date": ["2020-01-01"], "end_date": ["2022-06-30"]})
    >>> alloc = pd.DataFrame({"project_id": ["A"], "priority_code": ["CUSTODY"], "subgroup": ["police"],
    ...     "year": [2021], "amount_eur": [250_000.0]})
    >>> fig = timeline_chart(proj, alloc, "CUSTODY", 2021)
    >>> [t.get_text() for t in fig.axes[0].texts]
    ['2021', '€250k in 2021']
    >>> chart_title(timeline_chart(proj, alloc, "CUSTODY", 2021, lang="uk",
    ...                            priority_names={"CUSTODY": "Облік осіб під вартою"}))
    'Проєкти за пріоритетом Облік осіб під вартою — 2021 р. виділено'
    """
    rows = timeline_data(projects, allocations, priority_code, year, lang=lang)
    given = ax
    fig, ax = _axes(ax)
    shown_name = priority_name or priority_labels([priority_code], priority_names)[0]
    _title(fig, given, label("timeline.title", lang, priority=shown_name, year=year))
    if rows.empty:
        _nothing_to_show(ax, lang)
        return _finish(fig, [ax], lang, footnote)
    more = max(0, len(rows) - max_projects)
    rows = rows.iloc[:max_projects]
    everyone = projects["partner"].dropna().astype("str") if partners is None else partners
    colours = partner_colours(rows["partner"].astype("str").tolist(), all_partners=everyone)
    _draw_timeline(ax, rows, year, colours, lang, more)
    handles = [Patch(color=c, label=shorten(p, 24)) for p, c in colours.items()]
    _legend_under_bars(ax, len(rows), handles, top_extra=0.6 if more else 0.0)
    return _finish(fig, [ax], lang, footnote)


def timeline_data(
    projects: pd.DataFrame, allocations: pd.DataFrame, priority_code: str, year: int, *, lang: str = "en"
) -> pd.DataFrame:
    """The table behind :func:`timeline_chart`: one row per project of a priority, in drawing order.

    Returns
    -------
    DataFrame
        ``project_id``, ``partner``, ``title``, ``start`` and ``end`` (timestamps; a project whose dates are
        unknown or reversed spans the year, ``dates_unknown`` True), ``in_year`` (its money for the priority
        in ``year``, NaN when unknown or absent) and ``note`` (the text written after the bar), ordered by
        start, end and project id. Empty when no project has an allocation to the priority.

    Examples
    --------
    >>> proj = pd.DataFrame({"project_id": ["A", "B"], "partner": ["EU", "UN"], "title": ["Custody", "Cells"],
    ...     "start_date": ["2020-01-01", None], "end_date": ["2022-06-30", None], "amount": [5e5, None]})
    >>> alloc = pd.DataFrame({"project_id": ["A", "B"], "priority_code": ["CUSTODY"] * 2, "subgroup": ["police"] * 2,
    ...     "year": [2021, None], "amount_eur": [250_000.0, None]})
    >>> rows = timeline_data(proj, alloc, "CUSTODY", 2021)
    >>> rows["project_id"].tolist(), rows["dates_unknown"].tolist(), rows["in_year"].tolist()
    (['A', 'B'], [False, True], [250000.0, nan])
    >>> rows["note"].tolist()
    ['€250k in 2021', 'amount unknown · dates unknown']
    """
    amount_col, currency = money_column_of(allocations, "amount", "allocations")
    _require(allocations, ["project_id", "priority_code", "year"], "allocations")
    _require(projects, ["project_id", "partner", "title", "start_date", "end_date"], "projects")
    mine = allocations.loc[allocations["priority_code"].astype("str") == str(priority_code)]
    ids = sorted(set(mine["project_id"].astype("str")))
    in_year = _select(mine, year).groupby("project_id")[amount_col].sum(min_count=1)
    rows = projects.loc[projects["project_id"].astype("str").isin(ids)]
    columns = ["project_id", "partner", "title", "start", "end", "dates_unknown", "in_year", "note"]
    if rows.empty:
        return pd.DataFrame(columns=columns)
    first, last = pd.Timestamp(int(year), 1, 1), pd.Timestamp(int(year), 12, 31)
    rows = rows.assign(start=_dates(rows["start_date"]), end=_dates(rows["end_date"]))
    rows = rows.assign(
        dates_unknown=rows["start"].isna() | rows["end"].isna() | (rows["end"] < rows["start"]),
        start=rows["start"].fillna(first),
    )
    rows = rows.assign(end=rows["end"].where(~rows["dates_unknown"] | rows["end"].isna(), last).fillna(last))
    rows = rows.assign(
        end=rows["end"].where(rows["end"] >= rows["start"], rows["start"] + pd.Timedelta(days=30))
    )
    rows = rows.sort_values(["start", "end", "project_id"], kind="stable")
    amount_unknown = (
        pd.to_numeric(rows["amount"], errors="coerce").isna()
        if "amount" in rows
        else pd.Series(False, index=rows.index)
    )
    money = rows["project_id"].map(in_year)
    notes = []
    for pid, unknown_amount, value, unknown_dates in zip(
        rows["project_id"], amount_unknown, money, rows["dates_unknown"], strict=True
    ):
        if unknown_amount and pd.isna(value):
            text = label("timeline.amount_not_given", lang)
        elif pid not in in_year.index:
            text = label("timeline.not_in_year", lang, year=year)
        elif pd.isna(value):
            text = label("timeline.amount_unknown", lang, year=year)
        else:
            text = label("timeline.in_year", lang, amount=format_money(value, currency, lang), year=year)
        notes.append(f"{text} · {label('timeline.dates_unknown', lang)}" if unknown_dates else text)
    rows = rows.assign(in_year=money.astype(float), note=notes)
    return rows[columns].reset_index(drop=True)


def _draw_timeline(ax: Axes, rows: pd.DataFrame, year: int, colours: dict, lang: str, more: int) -> None:
    """The bars, the shaded year, the notes and the axes of a timeline (``rows`` from :func:`timeline_data`)."""
    first, last = pd.Timestamp(int(year), 1, 1), pd.Timestamp(int(year), 12, 31)
    starts = mdates.date2num(rows["start"].dt.to_pydatetime())
    ends = mdates.date2num((rows["end"] + pd.Timedelta(days=1)).dt.to_pydatetime())
    year_start, year_end = mdates.date2num(first), mdates.date2num(last + pd.Timedelta(days=1))
    ax.axvspan(year_start, year_end, color="#e8e8e8", zorder=0)
    ax.text(
        (year_start + year_end) / 2, 1.0, str(year), transform=ax.get_xaxis_transform(), ha="center",
        va="bottom", fontsize=13, fontweight="bold", color=NOTE_COLOUR,
    )  # fmt: skip
    bar_height = 0.6 if len(rows) >= 4 else 0.4
    for i, row in enumerate(rows.itertuples(index=False)):
        colour = colours[str(row.partner)]
        hatch = "//" if row.dates_unknown else None
        ax.barh(
            i, ends[i] - starts[i], left=starts[i], height=bar_height, zorder=2, hatch=hatch,
            facecolor=(*to_rgb(colour), 0.35) if hatch else colour, edgecolor=colour,
        )  # fmt: skip
        ax.annotate(
            row.note, (ends[i], i), xytext=(6, 0), textcoords="offset points", va="center", ha="left",
            fontsize=12, color=TEXT_COLOUR, zorder=3,
        )  # fmt: skip
    names = [
        f"{shorten(t, 34)} ({shorten(p, 12)})" for t, p in zip(rows["title"], rows["partner"], strict=True)
    ]
    ax.set_yticks(np.arange(len(rows)), names)
    if more:
        ax.text(
            0.0, -0.9, label("chart.more", lang, n=more), transform=ax.get_yaxis_transform(), fontsize=12,
            color=NOTE_COLOUR,
        )  # fmt: skip
    left, right = min(starts.min(), year_start), max(ends.max(), year_end)
    span = right - left
    ax.set_xlim(left - 0.06 * span, right + 0.45 * span)
    ax.xaxis.set_major_locator(mdates.YearLocator())
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
    ax.grid(axis="x", color="#dddddd", zorder=0)
    ax.set_xlabel(label("timeline.xlabel", lang))


#: Tiers as overlaps.csv spells them (the analysis layer's names, repeated here: charts read files).
LIKELY_TIER, COORDINATE_TIER = "likely duplicate", "coordinate"
_EVIDENCE_ORDER = ("same things: ", "same action: ", "same theme: ")


def shared_activity(evidence: object, lang: str = "en") -> str:
    """The shared activity of a pair in one language, from ``overlaps.csv``'s ``evidence``.

    The evidence names each concept as ``English / Ukrainian``; the things in common come first,
    else the action, else the theme. "" when the evidence names none.

    Examples
    --------
    >>> ev = "same things: thermal imagers / тепловізори; same theme: border surveillance / охорона кордону"
    >>> shared_activity(ev), shared_activity(ev, "uk")
    ('thermal imagers', 'тепловізори')
    """
    if not isinstance(evidence, str):
        return ""
    parts = [p.strip() for p in evidence.split(";")]
    for prefix in _EVIDENCE_ORDER:
        found = next((p[len(prefix) :] for p in parts if p.startswith(prefix)), None)
        if found:
            side = 1 if lang == "uk" else 0
            names = [item.split(" / ")[min(side, len(item.split(" / ")) - 1)] for item in found.split(", ")]
            return ", ".join(names)
    return ""


def overlaps_chart_data(
    overlaps: pd.DataFrame,
    duplication: pd.DataFrame,
    subgroup: str,
    year: int,
    *,
    projects: pd.DataFrame | None = None,
    allocations: pd.DataFrame | None = None,
    lang: str = "en",
    top_pairs: int = 4,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """What the overlaps chart shows: (bars per priority, the subgroup's top likely duplicates).

    Bars: ``duplication``'s rows of the subgroup and year without ``ALL`` (its columns as they are;
    ``n_coordinate_pairs`` is 0 when an older table lacks it). Pairs: the undismissed likely
    duplicates of the subgroup (``tier``; a pair decided ``duplicate`` counts too), by descending
    score then ids, at most ``top_pairs``, with ``title_a``/``title_b`` (from ``projects``, else
    the ids), ``activity`` (:func:`shared_activity` in ``lang``) and ``amount_a``/``amount_b``: each
    project's allocated money in ``year`` in the duplication table's currency (NaN without
    ``allocations``). This function does not mutate its inputs.

    Examples
    --------
    >>> dup = pd.DataFrame({"year": [2021, 2021], "subgroup": ["border"] * 2,
    ...     "priority_code": ["BORDER_SECURITY", "ALL"], "n_pairs": [1, 1], "n_clusters": [1, 1],
    ...     "funding_overlapping_eur": [300.0, 300.0], "funding_eur": [1000.0, 1000.0],
    ...     "overlap_share": [0.3, 0.3], "n_coordinate_pairs": [4, 4]})
    >>> ov = pd.DataFrame({"project_a": ["A", "A"], "project_b": ["B", "C"], "partner_a": ["EU", "EU"],
    ...     "partner_b": ["USA", "UK"], "priority_code": ["BORDER_SECURITY"] * 2, "subgroup": ["border"] * 2,
    ...     "score": [0.9, 0.5], "tier": ["likely duplicate", "coordinate"], "decision": [None, None],
    ...     "evidence": ["same things: thermal imagers / тепловізори", ""]})
    >>> alloc = pd.DataFrame({"project_id": ["A", "B"], "year": [2021, 2021], "amount_eur": [200.0, 100.0]})
    >>> bars, pairs = overlaps_chart_data(ov, dup, "border", 2021, allocations=alloc, lang="uk")
    >>> bars["priority_code"].tolist(), pairs[["project_a", "activity", "amount_a", "amount_b"]].values.tolist()
    (['BORDER_SECURITY'], [['A', 'тепловізори', 200.0, 100.0]])
    """
    funding_col, currency = money_column_of(duplication, "funding", "duplication")
    rows = _select(duplication, year, subgroup)
    bars = rows.loc[rows["priority_code"].astype("str") != "ALL"]
    if "n_coordinate_pairs" not in bars:
        bars = bars.assign(n_coordinate_pairs=0)
    chosen = overlaps.iloc[0:0]
    if {"subgroup", "score"} <= set(overlaps.columns) and len(overlaps):
        decision = overlaps["decision"].astype("str").fillna("") if "decision" in overlaps else ""
        tier = (
            overlaps["tier"].astype("object").fillna(LIKELY_TIER).astype("str")
            if "tier" in overlaps
            else pd.Series(LIKELY_TIER, overlaps.index)
        )
        likely = (tier == LIKELY_TIER) | (decision == "duplicate")
        live = ~pd.Series(decision, index=overlaps.index).isin(["not_related", "complementary"])
        chosen = overlaps.loc[(overlaps["subgroup"].astype("str") == str(subgroup)) & likely & live]
        chosen = chosen.sort_values(
            ["score", "project_a", "project_b"], ascending=[False, True, True], kind="stable"
        ).head(top_pairs)
    titles = {}
    if projects is not None and {"project_id", "title"} <= set(projects.columns):
        titles = dict(zip(projects["project_id"].astype("str"), projects["title"], strict=True))
    money: dict[str, float] = {}
    amount_col = money_column("amount", currency)
    if allocations is not None and amount_col in allocations:
        this_year = allocations.loc[pd.to_numeric(allocations["year"], errors="coerce") == int(year)]
        money = this_year.groupby(this_year["project_id"].astype("str"))[amount_col].sum().to_dict()
    if chosen.empty:
        columns = ["project_a", "project_b", "partner_a", "partner_b", "title_a", "title_b", "activity"]
        return bars.reset_index(drop=True), pd.DataFrame(columns=[*columns, "amount_a", "amount_b"])
    evidence = chosen["evidence"] if "evidence" in chosen else pd.Series("", index=chosen.index)
    pairs = chosen.assign(
        title_a=[titles.get(str(p), str(p)) for p in chosen["project_a"]],
        title_b=[titles.get(str(p), str(p)) for p in chosen["project_b"]],
        activity=[shared_activity(e, lang) for e in evidence],
        amount_a=[money.get(str(p), np.nan) for p in chosen["project_a"]],
        amount_b=[money.get(str(p), np.nan) for p in chosen["project_b"]],
    )
    return bars.reset_index(drop=True), pairs.reset_index(drop=True)


def _overlap_bars(ax: Axes, bars: pd.DataFrame, subgroup: str, year: int, lang: str,
                  priority_names: Mapping[str, str] | None, narrow: bool) -> None:  # fmt: skip
    """Funding per priority, the part in likely duplicates, and the counts beside each bar."""
    funding_col, currency = money_column_of(bars, "funding", "duplication")
    overlapping_col = money_column("funding_overlapping", currency)
    n = len(bars)
    y = np.arange(n)
    colour = subgroup_colour(subgroup)
    funding = np.nan_to_num(_numbers(bars[funding_col], n))
    overlapping = np.nan_to_num(_numbers(bars[overlapping_col], n))
    ax.barh(y, funding, height=0.62, facecolor=(*to_rgb(colour), 0.25), edgecolor=colour,
            label=label("overlaps.funding", lang), zorder=2)  # fmt: skip
    ax.barh(y, overlapping, height=0.62, color=colour, label=label("overlaps.overlapping", lang), zorder=3)
    texts = []
    for _, row in bars.iterrows():
        likely = int(row["n_pairs"]) if pd.notna(row["n_pairs"]) else 0
        coordinate = int(row["n_coordinate_pairs"]) if pd.notna(row["n_coordinate_pairs"]) else 0
        texts.append(
            f"{format_percent(row['overlap_share'], lang)} · {label('overlaps.likely_n', lang, n=likely)}"
            f"\n{label('overlaps.coordinate_n', lang, n=coordinate)}"
        )
    _side_labels(ax, y, texts, [TEXT_COLOUR] * n, ["normal"] * n)
    names = priority_labels(bars["priority_code"], priority_names)
    ax.set_yticks(y, [wrap_text(shorten(name, 78), 26) for name in names])
    top = float(max(funding.max(), 0.0))
    ax.set_xlim(0, top * 1.04 if top > 0 else 1_000)
    _money_axis(ax, currency, lang, nbins=3 if narrow else None)
    ax.set_xlabel(label("overlaps.xlabel", lang, year=year, currency=currency))
    ax.grid(axis="x", color="#dddddd", zorder=0)
    _legend_under_bars(ax, n)


def _likely_lines(pairs: pd.DataFrame, currency: str, lang: str) -> list[str]:
    """Four short lines per likely duplicate: A (partner), × B (partner), shared activity, money at stake."""
    lines = []
    for _, pair in pairs.iterrows():
        names = []
        for side in ("a", "b"):
            partner = f" ({shorten(pair[f'partner_{side}'], 14)})"
            names.append(shorten(pair[f"title_{side}"], LIKELY_LINE_CHARS - len(partner) - 2) + partner)
        activity = shorten(
            label("overlaps.shared", lang, activity=pair["activity"] or "—"), LIKELY_LINE_CHARS
        )
        amounts = [pair["amount_a"], pair["amount_b"]]
        stake = " + ".join(format_money(v, currency, lang) for v in amounts if pd.notna(v))
        stake = label("overlaps.at_stake", lang, amount=stake) if stake else ""
        lines.append("\n".join(filter(None, [names[0], f"× {names[1]}", activity, stake])))
    return lines


def _likely_panel(side: Axes, pairs: pd.DataFrame, bars: pd.DataFrame, currency: str, lang: str,
                  priority_names: Mapping[str, str] | None) -> None:  # fmt: skip
    """The likely duplicates, then the coordination counts per priority."""
    side.set_axis_off()
    side.set_title(label("overlaps.top_pairs", lang), loc="left", fontsize=16)
    text = "\n\n".join(_likely_lines(pairs, currency, lang)) or label("overlaps.none", lang)
    counted = bars.loc[pd.to_numeric(bars["n_coordinate_pairs"], errors="coerce").fillna(0) > 0]
    if len(counted):
        names = priority_labels(counted["priority_code"], priority_names)
        counts = [f"{shorten(name, LIKELY_LINE_CHARS - 5)}: {int(k)}"
                  for name, k in zip(names, counted["n_coordinate_pairs"], strict=True)]  # fmt: skip
        title = wrap_text(label("overlaps.coordinate_title", lang), LIKELY_LINE_CHARS)
        text += "\n\n" + title + "\n" + "\n".join(counts)
    side.text(0.0, 1.0, text, va="top", ha="left", fontsize=12, color=TEXT_COLOUR,
              transform=side.transAxes, linespacing=1.3)  # fmt: skip


@_house_style
def overlaps_chart(
    overlaps: pd.DataFrame,
    duplication: pd.DataFrame,
    subgroup: str,
    year: int,
    *,
    lang: str = "en",
    ax: Axes | None = None,
    footnote: Footnote | None = None,
    projects: pd.DataFrame | None = None,
    allocations: pd.DataFrame | None = None,
    top_pairs: int = 4,
    priority_names: Mapping[str, str] | None = None,
) -> Figure:
    """Likely duplicates first: per priority, funding and the part in likely duplicates; then the pairs.

    Bars come from ``duplication`` (its ``ALL`` row gives the summary line): funding, the part of it
    in likely duplicates, and beside each bar the share, the likely-duplicate pairs and the pairs
    to coordinate (same priority, agency and time, different activities). When the chart makes its
    own figure, a side panel names the top likely duplicates (both projects and partners, the
    shared activity, the money at stake in ``year``; see :func:`overlaps_chart_data`), then the
    coordination counts per priority.

    Parameters
    ----------
    overlaps : DataFrame
        ``overlaps.csv``.
    duplication : DataFrame
        ``duplication.csv`` (``funding_<cur>``, ``funding_overlapping_<cur>``, ``n_coordinate_pairs``).
    subgroup : str
    year : int
    lang : {"en", "uk"}
    ax : Axes, optional
        Only the bars are drawn into it.
    footnote : Footnote, optional
    projects : DataFrame, optional
        ``projects.csv``: names the pairs by title instead of id.
    allocations : DataFrame, optional
        ``allocations.csv``: the money at stake of each pair.
    top_pairs : int
    priority_names : mapping, optional
        Priority code -> name in ``lang`` (default: the codes).

    Returns
    -------
    Figure

    Examples
    --------
    >>> dup = pd.DataFrame({"year": [2021, 2021], "subgroup": ["border"] * 2,
    ...     "priority_code": ["BORDER_CROSSING", "ALL"], "n_pairs": [2, 2], "n_clusters": [1, 1],
    ...     "funding_overlapping_eur": [300.0, 300.0], "funding_eur": [1000.0, 1000.0],
    ...     "overlap_share": [0.3, 0.3]})
    >>> fig = overlaps_chart(pd.DataFrame(columns=["score"]), dup, "border", 2021,
    ...                      priority_names={"BORDER_CROSSING": "Border crossing"})
    >>> [float(p.get_width()) for p in fig.axes[0].containers[1]]
    [300.0]
    >>> [t.get_text() for t in fig.axes[0].get_yticklabels()]
    ['Border crossing']
    """
    _require(
        duplication,
        ["year", "subgroup", "priority_code", "n_pairs", "n_clusters", "overlap_share"],
        "duplication",
    )
    funding_col, currency = money_column_of(duplication, "funding", "duplication")
    _require(duplication, [money_column("funding_overlapping", currency)], "duplication")
    if ax is None:
        fig, (ax, side) = _new_figure(2, width_ratios=[1.0, 1.0])
    else:
        fig, side = ax.figure, None
    bars, pairs = overlaps_chart_data(
        overlaps, duplication, subgroup, year, projects=projects, allocations=allocations, lang=lang,
        top_pairs=top_pairs,
    )  # fmt: skip
    _title(
        fig,
        ax if side is None else None,
        label("overlaps.title", lang, subgroup=subgroup_label(subgroup, lang), year=year),
    )
    if bars.empty:
        _nothing_to_show(ax, lang)
        if side is not None:
            side.set_axis_off()
        return _finish(fig, [ax], lang, footnote)
    _overlap_bars(ax, bars, subgroup, year, lang, priority_names, narrow=side is not None)
    total = _select(duplication, year, subgroup)
    total = total.loc[total["priority_code"].astype("str") == "ALL"]
    if len(total):
        _summary_line(fig, ax, side, total.iloc[0], lang)
    if side is not None:
        _likely_panel(side, pairs, bars, currency, lang, priority_names)
    return _finish(fig, [a for a in (ax, side) if a is not None], lang, footnote)


def _summary_line(fig: Figure, ax: Axes, side: Axes | None, row: pd.Series, lang: str) -> None:
    """The subgroup's figures in one sentence, above the bars."""
    coordinate = (
        int(row["n_coordinate_pairs"])
        if "n_coordinate_pairs" in row and pd.notna(row["n_coordinate_pairs"])
        else 0
    )
    summary = label(
        "overlaps.summary",
        lang,
        share=format_percent(row["overlap_share"], lang),
        pairs=count_label(int(row["n_pairs"]), "pairs", lang),
        clusters=count_label(int(row["n_clusters"]), "clusters", lang),
        coordinate=count_label(coordinate, "pairs", lang),
    )
    if side is None:
        where, x, width = ax.transAxes, 0.0, 60
    else:  # under the figure title, from the figure's left edge, clear of the pairs panel
        where, x, width = mpl.transforms.blended_transform_factory(fig.transFigure, ax.transAxes), 0.008, 78
    ax.text(x, 1.02, wrap_text(summary, width), transform=where, fontsize=13, va="bottom", color=NOTE_COLOUR)


#: Characters per line of the likely-duplicates panel (12 pt in half a slide).
LIKELY_LINE_CHARS = 38


def _agency_lists(beneficiaries: pd.Series) -> list[list[str]]:
    """``;``-joined agency codes to a list per project (``["none"]`` when not stated)."""
    lists = []
    for value in beneficiaries:
        codes = [] if pd.isna(value) else [c.strip().upper() for c in str(value).split(";") if c.strip()]
        lists.append(list(dict.fromkeys(codes)) or ["none"])
    return lists


def _agency_order(codes: list[str]) -> list[str]:
    agency_codes = agencies_ref.agency_codes()
    known = [c for c in agency_codes if c in codes]
    others = sorted(c for c in codes if c not in agency_codes and c != "none")
    return known + others + (["none"] if "none" in codes else [])


@_house_style
def beneficiary_chart(
    allocations: pd.DataFrame,
    projects: pd.DataFrame,
    subgroup: str | None,
    year: int,
    *,
    lang: str = "en",
    ax: Axes | None = None,
    footnote: Footnote | None = None,
) -> Figure:
    """Funding by beneficiary agency: one subgroup, or every subgroup side by side (``subgroup=None``).

    A project naming several agencies counts in full for each of them (the
    x label says so); projects naming none are shown as "not stated".
    Planned money (``pipeline_<cur>``, when the allocations hold any) is a
    dotted segment after the committed bar, and its value says so ("€0 ·
    +€26K planned"): an agency funded by planned projects alone is never
    an empty bar with no figure.

    Parameters
    ----------
    allocations : DataFrame
        ``allocations.csv`` (``amount_<cur>``).
    projects : DataFrame
        ``projects.csv`` (``beneficiaries``).
    subgroup : str or None
    year : int
    lang : {"en", "uk"}
    ax : Axes, optional
    footnote : Footnote, optional

    Returns
    -------
    Figure
        One bar container per subgroup, labelled with the subgroup's name
        (committed money); planned money in a container per subgroup
        labelled ``"_planned <subgroup>"`` (kept out of the automatic legend:
        one "planned" entry stands for all).

    Examples
    --------
    >>> alloc = pd.DataFrame({"project_id": ["A", "B"], "priority_code": ["DRUGS", "CUSTODY"],
    ...     "subgroup": ["police"] * 2, "year": [2021, 2021], "amount_eur": [100.0, 300.0]})
    >>> proj = pd.DataFrame({"project_id": ["A", "B"], "beneficiaries": ["NPU;MIA", "NPU"]})
    >>> fig = beneficiary_chart(alloc, proj, "police", 2021)
    >>> [float(p.get_width()) for p in fig.axes[0].containers[0]]
    [100.0, 400.0]
    >>> planned = alloc.assign(amount_eur=[100.0, 0.0], pipeline_eur=[0.0, 50.0])
    >>> ax = beneficiary_chart(planned, proj, "police", 2021).axes[0]
    >>> [float(p.get_width()) for p in ax.containers[1]]  # MIA none planned; NPU 50 planned after its 100
    [50.0]
    >>> [t.get_text() for t in ax.texts]
    ['€100', '€100 · +€50 planned']
    """
    amount_col, currency = money_column_of(allocations, "amount", "allocations")
    _require(allocations, ["project_id", "subgroup", "year"], "allocations")
    _require(projects, ["project_id", "beneficiaries"], "projects")
    given = ax
    fig, ax = _axes(ax)
    _title(fig, given, label("beneficiary.title", lang, subgroup=subgroup_label(subgroup, lang), year=year))
    pipeline_col = money_column("pipeline", currency)
    rows = _select(allocations, year, subgroup)
    rows = pd.DataFrame(
        {
            "project_id": rows["project_id"],
            "subgroup": rows["subgroup"],
            "committed": pd.to_numeric(rows[amount_col], errors="coerce"),
            "planned": pd.to_numeric(rows[pipeline_col], errors="coerce") if pipeline_col in rows else 0.0,
        }
    ).merge(projects[["project_id", "beneficiaries"]], on="project_id", how="left", validate="many_to_one")
    if rows.empty:
        _nothing_to_show(ax, lang)
        return _finish(fig, [ax], lang, footnote)
    rows = rows.assign(agency=_agency_lists(rows["beneficiaries"])).explode("agency")
    table = rows.pivot_table(
        index="agency", columns="subgroup", values=["committed", "planned"], aggfunc="sum", fill_value=0.0
    )
    committed, planned = table["committed"], table["planned"].reindex_like(table["committed"]).fillna(0.0)
    total = committed + planned
    agencies = _agency_order(list(total.index))
    order = priorities_ref.subgroup_order()
    groups = [s for s in order if s in total.columns] + sorted(s for s in total.columns if s not in order)
    # a subgroup with no money for any agency has no bar: no legend entry either (an empty bar set is drawn, and
    # listed, in matplotlib's default blue, close to the police subgroup's)
    groups = [g for g in groups if (total[g] > 0).any()] or groups[:1]
    committed, planned, total = (t.loc[agencies, groups] for t in (committed, planned, total))
    k = len(groups)
    # one row per bar: an agency's bars side by side (only the subgroups that fund it), a gap between agencies, so
    # that each bar has room for its value however many subgroups fund an agency
    places, centres, row = {}, [], 0.0
    for agency in agencies:
        funded = [g for g in groups if total.at[agency, g] > 0] if k > 1 else groups
        for j, group in enumerate(funded or groups[:1]):
            places[(agency, group)] = row + j
        centres.append(row + (max(len(funded), 1) - 1) / 2)
        row += max(len(funded), 1) + (_AGENCY_GAP if k > 1 else 0)
    rows_used = row - (_AGENCY_GAP if k > 1 else 0)
    # a value's text fits its row: 12 pt where rows are wide enough, smaller (not under 7) where they are many
    row_points = _BAR_AREA_INCHES * 72 / max(rows_used + 1.5, 1)
    fontsize = (12 if k > 1 else 13) if row_points >= 16 else max(7, round(row_points * 0.7))
    height = 0.75 * 0.92 if k == 1 else 0.8
    for group in groups:
        at = [(places[(a, group)], a) for a in agencies if (a, group) in places]
        colour = subgroup_colour(group)
        ax.barh(
            [y for y, _ in at],
            [float(committed.at[a, group]) for _, a in at],
            height=height,
            color=colour,
            label=subgroup_label(group, lang),
            zorder=2,
        )
        later = [(y, a) for y, a in at if planned.at[a, group] > 0]
        if later:  # planned money after the committed bar, dotted, as in the coverage chart
            ax.barh(
                [y for y, _ in later],
                [float(planned.at[a, group]) for _, a in later],
                left=[float(committed.at[a, group]) for _, a in later],
                height=height,
                facecolor=(*to_rgb(colour), 0.35),
                edgecolor=colour,
                hatch="..",
                linewidth=0.8,
                label=f"_planned {group}",
                zorder=2,
            )
        for yi, agency in at:
            value, more = float(committed.at[agency, group]), float(planned.at[agency, group])
            if value > 0 or more > 0:
                text = format_money(value, currency, lang)
                if more > 0:
                    text += " · " + label(
                        "coverage.pipeline", lang, amount=format_money(more, currency, lang)
                    )
                ax.annotate(
                    text,
                    (value + more, yi),
                    xytext=(6, 0),
                    textcoords="offset points",
                    va="center",
                    ha="left",
                    fontsize=fontsize,
                    color=TEXT_COLOUR,
                    zorder=3,
                )
    names = [wrap_text(_label_or(f"agency.{a}", lang, a), 24) for a in agencies]
    ax.set_yticks(centres, names)
    top = float(total.to_numpy().max())
    # room right of the longest bar for its value; a planned one ("€1.2M · +€26K planned") is twice as long
    ax.set_xlim(0, top * (1.4 if (planned.to_numpy() > 0).any() else 1.18) if top > 0 else 1_000)
    _money_axis(ax, currency, lang)
    ax.set_xlabel(wrap_text(label("beneficiary.xlabel", lang, year=year, currency=currency), 100))
    ax.grid(axis="x", color="#dddddd", zorder=0)
    handles = [c for c in ax.containers if not c.get_label().startswith("_")] if k > 1 else []
    if (planned.to_numpy() > 0).any():  # one entry for the dotted segments of every subgroup
        grey = to_rgb(TEXT_COLOUR)
        if k == 1:
            handles = [Patch(color=subgroup_colour(groups[0]), label=label("legend.funding", lang))]
        handles.append(
            Patch(facecolor=(*grey, 0.15), edgecolor=grey, hatch="..", label=label("legend.pipeline", lang))
        )
    _legend_under_bars(ax, rows_used, handles)
    return _finish(fig, [ax], lang, footnote)


@_house_style
def quality_chart(
    manifest_files: pd.DataFrame,
    issues: pd.DataFrame,
    *,
    lang: str = "en",
    ax: tuple[Axes, Axes] | None = None,
    footnote: Footnote | None = None,
    max_files: int = 16,
    quality: pd.DataFrame | None = None,
) -> Figure:
    """Per submission, rows loaded / rejected / skipped; and the issues met, by kind and severity.

    With ``quality`` (``quality.csv``), each submission's label carries its
    grade (A-E) and the completeness of its key fields: "eu.xlsx · C · 99%".

    Parameters
    ----------
    manifest_files : DataFrame
        ``manifest.json``'s ``files`` list as a frame (``file``,
        ``rows_loaded``, ``rows_rejected``, ``rows_skipped``).
    issues : DataFrame
        ``issues.csv``.
    lang : {"en", "uk"}
    ax : (Axes, Axes), optional
        Axes for the rows panel and the issues panel.
    footnote : Footnote, optional
    max_files : int
    quality : DataFrame, optional
        ``quality.csv`` (``file``, ``grade``, ``completeness``), one row per submission.

    Returns
    -------
    Figure

    Examples
    --------
    >>> files = pd.DataFrame({"file": ["eu.xlsx"], "rows_loaded": [10], "rows_rejected": [2],
    ...     "rows_skipped": [1]})
    >>> issues = pd.DataFrame({"file": ["eu.xlsx"], "severity": ["error"], "kind": ["amount"]})
    >>> fig = quality_chart(files, issues)
    >>> [[float(p.get_width()) for p in c] for c in fig.axes[0].containers]
    [[10.0], [2.0], [1.0]]
    >>> graded = pd.DataFrame({"file": ["eu.xlsx"], "grade": ["C"], "completeness": [0.9875]})
    >>> [t.get_text() for t in quality_chart(files, issues, quality=graded).axes[0].get_yticklabels()]
    ['eu.xlsx · C · 99%']
    """
    _require(manifest_files, ["file"], "manifest files")
    _require(issues, ["severity", "kind"], "issues")
    if ax is None:
        fig, (rows_ax, issues_ax) = _new_figure(2, width_ratios=[1.35, 1.0])
        fig.suptitle(label("quality.title", lang), x=0.008, ha="left")
    else:
        rows_ax, issues_ax = ax
        fig = rows_ax.figure
    files = manifest_files.sort_values("file", kind="stable").iloc[:max_files]
    parts = [
        ("rows_loaded", "quality.loaded", "#009E73"),
        ("rows_rejected", "quality.rejected", ALERT_COLOUR),
        ("rows_skipped", "quality.skipped", "#999999"),
    ]
    grades = _submission_grades(quality, lang)
    rows_ax.set_title(label("quality.rows_title", lang), loc="left", fontsize=16)
    if files.empty:
        _nothing_to_show(rows_ax, lang)
    else:
        y = np.arange(len(files))
        left = np.zeros(len(files))
        for column, key, colour in parts:
            values = np.nan_to_num(_numbers(files.get(column), len(files)))
            rows_ax.barh(y, values, left=left, height=0.62, color=colour, label=label(key, lang), zorder=2)
            left = left + values
        statuses = files["status"] if "status" in files else pd.Series("", index=files.index)
        names = [
            shorten(str(f).rsplit("/", 1)[-1], 28)
            + grades.get(str(f).rsplit("/", 1)[-1], "")
            + (
                ""
                if pd.isna(st) or st in FILE_STATUSES_OK
                else f" ({_label_or(f'file.{st}', lang, str(st))})"
            )
            for f, st in zip(files["file"], statuses, strict=True)
        ]
        rows_ax.set_yticks(y, names)
        rows_ax.xaxis.set_major_locator(MaxNLocator(nbins=6, integer=True))
        rows_ax.set_xlabel(wrap_text(label("quality.rows_graded" if grades else "quality.rows", lang), 64))
        rows_ax.grid(axis="x", color="#dddddd", zorder=0)
        for tick, st in zip(rows_ax.get_yticklabels(), statuses, strict=True):
            if pd.notna(st) and st not in FILE_STATUSES_OK:
                tick.set_color(ALERT_COLOUR)
        _legend_under_bars(rows_ax, len(files), max_chars=32)

    issues_ax.set_title(label("quality.issues_title", lang), loc="left", fontsize=16)
    counts = issues.assign(
        kind=issues["kind"].fillna("?").astype("str"), severity=issues["severity"].astype("str")
    )
    counts = counts.groupby(["kind", "severity"]).size().unstack("severity", fill_value=0)
    if counts.empty:
        _nothing_to_show(issues_ax, lang)
        issues_ax.texts[-1].set_text(label("quality.no_issues", lang))
    else:
        counts = counts.assign(total=counts.sum(axis=1)).reset_index()
        counts = counts.sort_values(["total", "kind"], ascending=[False, True], kind="stable")
        y = np.arange(len(counts))
        left = np.zeros(len(counts))
        for severity in ("error", "warning", "info"):
            if severity not in counts:
                continue
            values = counts[severity].to_numpy(dtype=float)
            issues_ax.barh(
                y,
                values,
                left=left,
                height=0.62,
                color=SEVERITY_COLOURS[severity],
                label=label(f"severity.{severity}", lang),
                zorder=2,
            )
            left = left + values
        issues_ax.set_yticks(y, [shorten(_label_or(f"kind.{k}", lang, k), 20) for k in counts["kind"]])
        issues_ax.xaxis.set_major_locator(MaxNLocator(nbins=5, integer=True))
        issues_ax.set_xlabel(label("quality.issues", lang))
        issues_ax.grid(axis="x", color="#dddddd", zorder=0)
        _legend_under_bars(issues_ax, len(counts), max_chars=20)
    return _finish(fig, [rows_ax, issues_ax], lang, footnote)


def _submission_grades(quality: pd.DataFrame | None, lang: str) -> dict[str, str]:
    """File name -> " · grade · completeness" from ``quality.csv`` (empty without it)."""
    if quality is None or quality.empty or "file" not in quality.columns:
        return {}
    grades = quality["grade"] if "grade" in quality else pd.Series(pd.NA, index=quality.index)
    complete = _numbers(quality.get("completeness"), len(quality))
    found = {}
    for file, grade, share in zip(quality["file"], grades, complete, strict=True):
        parts = [str(grade)] if pd.notna(grade) and str(grade).strip() else []
        if not np.isnan(share):
            parts.append(format_percent(share, lang))
        if parts and pd.notna(file):
            found[str(file).rsplit("/", 1)[-1]] = " · " + " · ".join(parts)
    return found


@_house_style
def gap_ranking_chart(
    coverage: pd.DataFrame,
    year: int,
    *,
    lang: str = "en",
    ax: Axes | None = None,
    footnote: Footnote | None = None,
    top: int = 12,
    priority_names: Mapping[str, str] | None = None,
) -> Figure:
    """Where money is most needed: priorities of every subgroup ranked by unfunded needs.

    Priorities with a known gap come first, largest gap on top; orphan
    priorities whose needs are not stated follow (no bar, "no support").
    Bars take the subgroup's colour. OTHER and UNMAPPED rows are left out.

    Parameters
    ----------
    coverage : DataFrame
        ``coverage.csv`` (``gap_<cur>``).
    year : int
    lang : {"en", "uk"}
    ax : Axes, optional
    footnote : Footnote, optional
    top : int
        Number of priorities shown.
    priority_names : mapping, optional
        Priority code -> name in ``lang`` (default: ``priority_name``, English
        in ``coverage.csv``).

    Returns
    -------
    Figure

    Examples
    --------
    >>> cov = pd.DataFrame({"year": [2021] * 3, "subgroup": ["police", "border", "cross"],
    ...     "priority_code": ["DRUGS", "BORDER_CROSSING", "COVID19"], "priority_name": ["D", "B", "C"],
    ...     "n_partners": [1, 2, 0], "funding_eur": [1.0, 2.0, 0.0], "gap_eur": [5.0, 9.0, None],
    ...     "coverage_ratio": [0.2, 0.1, None], "status": ["thin", "covered", "orphan"]})
    >>> fig = gap_ranking_chart(cov, 2021)
    >>> [float(p.get_width()) for p in fig.axes[0].patches]
    [9.0, 5.0, 0.0]
    """
    funding_col, currency = money_column_of(coverage, "funding", "coverage")
    gap_col = money_column("gap", currency)
    _require(coverage, ["year", "subgroup", "priority_code", "status", gap_col], "coverage")
    given = ax
    fig, ax = _axes(ax)
    _title(fig, given, label("gaps.title", lang, year=year))
    rows = _select(coverage, year)
    rows = rows.loc[~rows["subgroup"].astype("str").isin(priorities_ref.special_subgroups().values())]
    rows = rows.assign(_gap=pd.to_numeric(rows[gap_col], errors="coerce"))
    ranked = rows.loc[rows["_gap"] > 0].sort_values(
        ["_gap", "priority_code"], ascending=[False, True], kind="stable"
    )
    orphans = rows.loc[rows["_gap"].isna() & (rows["status"].astype("str") == "orphan")]
    orphans = orphans.sort_values(["subgroup", "priority_code"], kind="stable")
    shown = pd.concat([ranked, orphans]).iloc[:top]
    if shown.empty:
        _nothing_to_show(ax, lang)
        return _finish(fig, [ax], lang, footnote)
    n = len(shown)
    y = np.arange(n)
    gaps = np.nan_to_num(shown["_gap"].to_numpy(dtype=float))
    colours = [subgroup_colour(s) for s in shown["subgroup"]]
    ax.barh(y, gaps, height=0.62, color=colours, zorder=2)
    ratio = _numbers(shown.get("coverage_ratio"), n)
    partners = _numbers(shown.get("n_partners"), n)
    texts, text_colours, weights = [], [], []
    for i in range(n):
        if np.isnan(shown["_gap"].iloc[i]):
            texts.append(label("gaps.needs_unknown", lang))
            text_colours.append(ALERT_COLOUR)
            weights.append("bold")
            continue
        is_orphan = shown["status"].iloc[i] == "orphan"
        parts = [format_money(gaps[i], currency, lang)]
        if is_orphan:
            parts.append(label("status.orphan", lang))
        else:
            if not np.isnan(ratio[i]):
                parts.append(label("gaps.covers", lang, pct=format_percent(ratio[i], lang)))
            if not np.isnan(partners[i]):
                parts.append(count_label(int(partners[i]), "partners", lang))
        texts.append(" · ".join(parts))
        text_colours.append(ALERT_COLOUR if is_orphan else TEXT_COLOUR)
        weights.append("bold" if is_orphan else "normal")
    _side_labels(ax, y, texts, text_colours, weights)
    names = priority_labels(shown["priority_code"], priority_names, shown.get("priority_name"))
    ylabels = [
        wrap_text(f"{name} ({subgroup_label(sg, lang)})", 36)
        for name, sg in zip(names, shown["subgroup"], strict=True)
    ]
    ax.set_yticks(y, ylabels)
    top_gap = float(gaps.max())
    ax.set_xlim(0, top_gap * 1.04 if top_gap > 0 else 1_000)
    _money_axis(ax, currency, lang)
    ax.set_xlabel(label("gaps.xlabel", lang, year=year, currency=currency))
    ax.grid(axis="x", color="#dddddd", zorder=0)
    present = [s for s in priorities_ref.subgroup_order() if s in set(shown["subgroup"])]
    handles = [Patch(color=subgroup_colour(s), label=subgroup_label(s, lang)) for s in present]
    _legend_under_bars(ax, n, handles)
    return _finish(fig, [ax], lang, footnote)


#: Okabe-Ito colours for a change: bluish green up, orange down.
CHANGE_COLOURS = {"up": "#009E73", "down": "#E69F00"}


def format_change(value: float, currency: str = "EUR", lang: str = "en") -> str:
    """A change of money with its sign: "+€1.2M", "-€477k", "+1,2 млн €"; "€0" stays unsigned.

    Examples
    --------
    >>> format_change(1_234_567), format_change(-477_294.6), format_change(0.0)
    ('+€1.2M', '-€477k', '€0')
    >>> format_change(150_000, lang="uk")
    '+150 тис. €'
    """
    text = format_money(value, currency, lang)
    rounds_to_zero = not any(digit in text for digit in "123456789")
    return text if value is None or pd.isna(value) or value <= 0 or rounds_to_zero else f"+{text}"


def _diff_title(lang: str, subgroup: str | None, old: str | None, new: str | None, year: int | None) -> str:
    """The change chart's title, naming the snapshots compared when they are known."""
    if new is None:
        if subgroup is None:
            return label("diff.title", lang)
        return label("diff.title_subgroup", lang, subgroup=subgroup_label(subgroup, lang))
    if old is None:
        period = label("diff.period_new", lang, new=new)
    else:
        period = label("diff.period_both", lang, old=old, new=new)
    if year is not None:
        period = label("diff.period_year", lang, period=period, year=int(year))
    if subgroup is None:
        return label("diff.title_dated", lang, period=period)
    return label("diff.title_subgroup_dated", lang, period=period, subgroup=subgroup_label(subgroup, lang))


@_house_style
def diff_chart(
    funding: pd.DataFrame,
    *,
    lang: str = "en",
    ax: Axes | None = None,
    footnote: Footnote | None = None,
    priority_names: Mapping[str, str] | None = None,
    currency: str | None = None,
    subgroup: str | None = None,
    old_snapshot: str | None = None,
    new_snapshot: str | None = None,
    year: int | None = None,
) -> Figure:
    """The change in funding per priority between two snapshots: green bars up, orange bars down.

    One bar per priority, largest increase on top; each bar is labelled with
    the signed change ("+€151k") and, right of the axes, the funding before
    and after and the number of projects.

    Parameters
    ----------
    funding : DataFrame
        ``diff_funding.csv`` (``priority_code``, ``subgroup``, ``n_projects_old``,
        ``n_projects_new``, ``funding_old_<cur>``, ``funding_new_<cur>``, ``change_<cur>``).
    lang : {"en", "uk"}
    ax : Axes, optional
    footnote : Footnote, optional
    priority_names : mapping, optional
        Priority code -> name in ``lang`` (default: the codes).
    currency : str, optional
        Currency of the ``change_<cur>`` column to plot (default: the only one).
    subgroup : str, optional
        Show only this subgroup's priorities (named in the title); default all.
    old_snapshot, new_snapshot : str, optional
        The snapshots compared, named in the title ("snapshot 2021-03 → 2021-06";
        "previous snapshot → 2021-06" when only the new one is known). With
        neither, the title says "since the previous snapshot".
    year : int, optional
        The year whose funding is compared, named in the title with a snapshot.

    Returns
    -------
    Figure
        The bars are one container; their widths are ``change_<cur>``.

    Examples
    --------
    >>> f = pd.DataFrame({"priority_code": ["DRUGS", "CUSTODY"], "subgroup": ["police"] * 2,
    ...     "n_projects_old": [2, 3], "n_projects_new": [3, 3], "funding_old_eur": [100.0, 500.0],
    ...     "funding_new_eur": [250.0, 400.0], "change_eur": [150.0, -100.0]})
    >>> fig = diff_chart(f)
    >>> [float(p.get_width()) for p in fig.axes[0].containers[0]]
    [150.0, -100.0]
    >>> [t.get_text() for t in fig.axes[0].texts[:2]]
    ['+€150', '-€100']
    >>> chart_title(diff_chart(f, old_snapshot="2021-03", new_snapshot="2021-06", year=2021))
    'Change in funding per priority, snapshot 2021-03 → 2021-06, 2021 funding'
    """
    data = diff_data(funding, lang=lang, priority_names=priority_names, currency=currency, subgroup=subgroup)
    given = ax
    fig, ax = _axes(ax)
    title = _diff_title(lang, subgroup, old_snapshot, new_snapshot, year)
    # drawn into a small figure (less than three quarters of a slide wide): no side column, no legend
    compact = given is not None and fig.get_figwidth() < 0.75 * SLIDE_SIZE[0]
    if compact:
        ax.set_title(wrap_text(title, int(4 * fig.get_figwidth())), loc="left", fontsize=14)
    else:
        _title(fig, given, title)
    if data.empty:
        _nothing_to_show(ax, lang)
    else:
        _draw_diff(ax, data, lang, compact)
    return _finish(fig, [ax], lang, footnote)


def diff_data(
    funding: pd.DataFrame,
    *,
    lang: str = "en",
    priority_names: Mapping[str, str] | None = None,
    currency: str | None = None,
    subgroup: str | None = None,
) -> pd.DataFrame:
    """The table behind :func:`diff_chart`: one row per bar, largest increase first.

    Rows are sorted by change (a missing change counts as zero), then by the
    sector's subgroup order, then by priority code. The input is not mutated.

    Parameters
    ----------
    funding : DataFrame
        ``diff_funding.csv`` (``priority_code``, ``subgroup``, ``change_<cur>``; optional
        ``funding_old_<cur>``, ``funding_new_<cur>``, ``n_projects_old``, ``n_projects_new``).
    lang : {"en", "uk"}
    priority_names : mapping, optional
        Priority code -> name in ``lang`` (default: the codes).
    currency : str, optional
        Currency of the ``change_<cur>`` column (default: the only one).
    subgroup : str, optional
        Keep only this subgroup's priorities; default all.

    Returns
    -------
    DataFrame
        ``priority_code, subgroup, label, change, funding_old, funding_new, n_projects_old,
        n_projects_new, currency, change_label, side_label``: ``label`` names the bar (with
        its subgroup when several are shown), ``change_label`` is written at the bar's end,
        ``side_label`` right of the axes.

    Raises
    ------
    ChartInputError
        When ``funding`` lacks the ``change_<cur>`` column or a required column.

    Examples
    --------
    >>> f = pd.DataFrame({"priority_code": ["CUSTODY", "DRUGS", "CYBER"], "subgroup": ["police"] * 3,
    ...     "n_projects_old": [3, 2, 1], "n_projects_new": [3, 3, 1], "funding_old_eur": [500.0, 100.0, 40.0],
    ...     "funding_new_eur": [400.0, 250.0, 40.0], "change_eur": [-100.0, 150.0, 0.0]})
    >>> data = diff_data(f)
    >>> data[["priority_code", "change", "change_label"]].to_numpy().tolist()
    [['DRUGS', 150.0, '+€150'], ['CYBER', 0.0, 'no change'], ['CUSTODY', -100.0, '-€100']]
    >>> data["side_label"].iloc[0]
    '€100 → €250 · 2 → 3 projects'
    """
    if currency is None:
        change_col, currency = money_column_of(funding, "change", "funding change")
    else:
        change_col = money_column("change", currency)
    _require(funding, ["priority_code", "subgroup", change_col], "funding change")
    _check_lang(lang)
    if subgroup is not None:
        funding = funding.loc[funding["subgroup"].astype("str") == str(subgroup)]
    order = priorities_ref.subgroup_order()
    rows = funding.assign(
        _change=pd.to_numeric(funding[change_col], errors="coerce").fillna(0.0),
        _order=[order.index(s) if s in order else len(order) for s in funding["subgroup"]],
    ).sort_values(["_change", "_order", "priority_code"], ascending=[False, True, True], kind="stable")
    n = len(rows)
    change = rows["_change"].to_numpy(dtype=float)
    names = priority_labels(rows["priority_code"], priority_names)
    several = rows["subgroup"].nunique() > 1
    data = pd.DataFrame(
        {
            "priority_code": rows["priority_code"].astype("str").to_numpy(),
            "subgroup": rows["subgroup"].to_numpy(),
            "label": [
                shorten(name, 90) + (f" ({subgroup_label(sg, lang)})" if several else "")
                for name, sg in zip(names, rows["subgroup"], strict=True)
            ],
            "change": change,
            "funding_old": _numbers(rows.get(money_column("funding_old", currency)), n),
            "funding_new": _numbers(rows.get(money_column("funding_new", currency)), n),
            "n_projects_old": _numbers(rows.get("n_projects_old"), n),
            "n_projects_new": _numbers(rows.get("n_projects_new"), n),
            "currency": currency,
        }
    )
    data["change_label"] = [
        format_change(value, currency, lang) if value else label("diff.no_change", lang) for value in change
    ]
    data["side_label"] = [_diff_side_label(row, currency, lang) for row in data.itertuples()]
    return data


def _diff_side_label(row, currency: str, lang: str) -> str:
    """The text right of a change bar: funding before → after, projects before → after."""
    parts = []
    if not (np.isnan(row.funding_old) or np.isnan(row.funding_new)):
        before = format_money(row.funding_old, currency, lang)
        parts.append(f"{before} → {format_money(row.funding_new, currency, lang)}")
    if not (np.isnan(row.n_projects_old) or np.isnan(row.n_projects_new)):
        parts.append(f"{int(row.n_projects_old)} → {count_label(int(row.n_projects_new), 'projects', lang)}")
    return " · ".join(parts)


def _draw_diff(ax: Axes, data: pd.DataFrame, lang: str, compact: bool) -> Axes:
    """Draw :func:`diff_data` (not empty) on ``ax``; ``compact``: no side column, no legend."""
    n = len(data)
    y = np.arange(n)
    currency = str(data["currency"].iloc[0])
    change = data["change"].to_numpy(dtype=float)
    colours = [CHANGE_COLOURS["up"] if c >= 0 else CHANGE_COLOURS["down"] for c in change]
    ax.barh(y, change, height=0.62, color=colours, zorder=2)
    ax.axvline(0, color=TEXT_COLOUR, linewidth=1.2, zorder=3)
    for yi, value, text in zip(y, change, data["change_label"], strict=True):
        ax.annotate(
            text,
            (value, yi),
            xytext=(6 if value >= 0 else -6, 0),
            textcoords="offset points",
            va="center",
            ha="left" if value >= 0 else "right",
            fontsize=12,
            color=TEXT_COLOUR,
            zorder=4,
        )
    texts = data["side_label"].tolist()
    if any(texts) and not compact:
        _side_labels(ax, y, texts, [NOTE_COLOUR] * n, ["normal"] * n)
    ax.set_yticks(y, [wrap_text(name, 32) for name in data["label"]])
    low, high = min(float(change.min()), 0.0), max(float(change.max()), 0.0)
    # room for the labels: over a quarter of the axes' width beyond the longest bar on each labelled side
    room_left, room_right = (0.27 if low < 0 else 0.02), (0.27 if (change >= 0).any() else 0.02)
    width = ((high - low) or 1_000.0) / (1.0 - room_left - room_right)
    ax.set_xlim(low - room_left * width, high + room_right * width)
    _money_axis(ax, currency, lang)
    if not change.any():
        ax.set_xticks([0.0])  # nothing changed: no scale to read
    ax.set_xlabel(label("diff.xlabel", lang, currency=currency), fontsize=HOUSE_RC["axes.labelsize"])
    ax.grid(axis="x", color="#dddddd", zorder=0)
    handles = [
        Patch(color=CHANGE_COLOURS["up"], label=label("diff.up", lang)),
        Patch(color=CHANGE_COLOURS["down"], label=label("diff.down", lang)),
    ]
    _legend_under_bars(ax, n, [] if compact else handles)
    return ax
