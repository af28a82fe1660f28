"""One drawing of a chart into its SVG and its PDF page (``mtd_analysis.outputs.vector``)."""

from __future__ import annotations

import io
import re

import matplotlib as mpl
import numpy as np
import pandas as pd
from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure

from mtd_analysis.outputs import charts, vector
from mtd_analysis.outputs.report import PDF_METADATA, PDF_RC, SVG_SALT, _laid_out

VECTOR_RC = {**charts.HOUSE_RC, **PDF_RC, "svg.hashsalt": SVG_SALT}
_NUMBER = re.compile(rb"-?\d+(?:\.\d+)?(?:e-?\d+)?")


def _figure() -> Figure:
    """Every kind of drawing a chart makes: bars with hatching, texts at angles, a date axis with markers and
    sized points, a legend, an arrow, an image, a footnote; Ukrainian text; laid out as the report lays out."""
    with mpl.rc_context(charts.HOUSE_RC):
        fig = Figure(figsize=(8, 4.5), layout="constrained")
        bars, line = fig.subplots(1, 2)
        bars.barh(["Поліція", "Кордон і міграція"], [1.2e6, 3e5], hatch="//", color=["#0072B2", "#E69F00"])
        bars.set_title("Фінансування — 2021")
        bars.set_ylabel("Підгрупа")  # drawn at 90 degrees
        bars.annotate("€1,2 млн", (1.2e6, 0), xytext=(6e5, 0.6), ha="center", arrowprops={"arrowstyle": "->"})
        bars.text(2e5, 1, "нахилений", rotation=30)
        dates = pd.date_range("2021-01-01", periods=6, freq="MS")
        line.plot(dates, [1, 3, 2, 5, 4, 6], marker="o", label="НПУ")
        line.scatter(dates, [2, 2, 3, 3, 4, 4], s=[10, 20, 30, 40, 50, 60], label="ДПСУ")
        line.legend(title="Отримувачі")
        inset = line.inset_axes((0.05, 0.6, 0.3, 0.3))
        inset.imshow(np.arange(12).reshape(3, 4))
        fig.text(0.01, 0.01, "Джерело: подання партнерів", fontsize=8)
        fig.set_dpi(200)
    return _laid_out(fig)


def _ours(fig: Figure) -> tuple[bytes, bytes]:
    pdf = io.BytesIO()
    with mpl.rc_context(VECTOR_RC), PdfPages(pdf, metadata=PDF_METADATA) as pack:
        svg = vector.svg_and_pdf_page(fig, pack, metadata={"Date": None})
    return svg, pdf.getvalue()


def _matplotlibs(fig: Figure) -> tuple[bytes, bytes]:
    svg, pdf = io.BytesIO(), io.BytesIO()
    with mpl.rc_context(VECTOR_RC):
        fig.savefig(svg, format="svg", metadata={"Date": None})
        with PdfPages(pdf, metadata=PDF_METADATA) as pack:
            pack.savefig(fig)
    return svg.getvalue(), pdf.getvalue()


def test_the_pdf_page_is_the_one_matplotlib_draws():
    ours, theirs = _ours(_figure()), _matplotlibs(_figure())
    assert ours[1].startswith(b"%PDF") and ours[1] == theirs[1]


def test_the_svg_is_matplotlibs_but_for_where_texts_start_by_a_hair():
    """The texts are placed with the PDF's measurements of them, which differ from the SVG's own by hinting: the
    same elements in the same order, every number within a twentieth of a point (a text drawn upside down or at
    the wrong height would be hundreds of points off)."""
    (ours, _), (theirs, _) = _ours(_figure()), _matplotlibs(_figure())
    assert _NUMBER.sub(b"#", ours) == _NUMBER.sub(b"#", theirs)
    mine, matplotlib_numbers = (np.array([float(n) for n in _NUMBER.findall(svg)]) for svg in (ours, theirs))
    assert len(mine) == len(matplotlib_numbers) > 1000
    assert np.abs(mine - matplotlib_numbers).max() < 0.05
    assert b"<text" not in ours  # texts drawn as outlines, as the house style asks


def test_the_same_figure_gives_the_same_bytes():
    assert _ours(_figure()) == _ours(_figure())


def test_rasterized_or_filtered_artists_are_not_shared():
    fig = _figure()
    assert vector.can_share(fig)
    fig.axes[0].patches[0].set_rasterized(True)
    assert not vector.can_share(fig)
    fig = _figure()
    fig.texts[0].set_agg_filter(lambda image, dpi: (image, 0, 0))
    assert not vector.can_share(fig)
