"""A figure drawn once into both its SVG and a page of a PDF.

matplotlib saves a figure by walking its artists once per format: the axes,
the ticks, every label measured and laid out again. A chart of the report is
saved as an SVG and as a page of its subgroup's PDF; :func:`svg_and_pdf_page`
walks the figure once and sends every drawing call to both renderers. The
PDF's renderer answers the questions artists ask while they are drawn (the
size of a text, points to pixels, a graphics context); the SVG's renderer
takes the same calls, a text's height measured from the top of the page
rather than the bottom.

What the tee cannot share is drawn the usual way, one format at a time
(:func:`can_share`): rasterized artists, filters, TeX.
"""

from __future__ import annotations

import io
from typing import cast

import matplotlib as mpl
from matplotlib.artist import Artist
from matplotlib.backend_bases import RendererBase
from matplotlib.backends.backend_mixed import MixedModeRenderer
from matplotlib.backends.backend_pdf import PdfPages, RendererPdf
from matplotlib.backends.backend_svg import RendererSVG
from matplotlib.figure import Figure

__all__ = ["can_share", "svg_and_pdf_page"]

#: Renderer calls that draw: made on both renderers, the SVG's first (the PDF's renderer may fill in a graphics
#: context's missing colour, which the SVG must see as it was).
_DRAWING = (
    "draw_path",
    "draw_markers",
    "draw_path_collection",
    "draw_quad_mesh",
    "draw_gouraud_triangles",
    "draw_image",
    "open_group",
    "close_group",
)


class _Tee:
    """Draws on two renderers at once; answers questions as the first (the PDF's)."""

    def __init__(self, pdf: MixedModeRenderer, svg: MixedModeRenderer, height: float) -> None:
        self._pdf = pdf
        self._svg = svg
        self._height = height  # the page's height in points: the SVG counts a text's y from the top
        self._raster_depth = 0  # the artist.draw wrapper's bookkeeping, never used (see can_share)
        self._rasterizing = False

    def __getattr__(self, name: str):
        return getattr(self._pdf, name)

    def flipy(self) -> bool:
        return False  # the PDF's convention: text positions from the bottom

    def draw_text(self, gc, x, y, s, prop, angle, ismath=False, mtext=None) -> None:
        self._svg.draw_text(gc, x, self._height - y, s, prop, angle, ismath, mtext)
        self._pdf.draw_text(gc, x, y, s, prop, angle, ismath, mtext)


def _both(name: str):
    def call(self: _Tee, *args, **kwargs):
        getattr(self._svg, name)(*args, **kwargs)
        return getattr(self._pdf, name)(*args, **kwargs)

    call.__name__ = name
    return call


for _name in _DRAWING:
    setattr(_Tee, _name, _both(_name))


def can_share(fig: Figure) -> bool:
    """Whether one walk of ``fig`` can draw its SVG and its PDF page: no rasterized artist, no filter, no TeX.

    Examples
    --------
    >>> fig = Figure()
    >>> ax = fig.add_subplot()
    >>> can_share(fig)
    True
    >>> _ = ax.plot([1, 2], rasterized=True)
    >>> can_share(fig)
    False
    """
    if mpl.rcParams["text.usetex"]:
        return False

    def special(artist: Artist) -> bool:
        tex = getattr(artist, "get_usetex", None)  # texts only
        return bool(artist.get_rasterized() or artist.get_agg_filter() is not None or (tex and tex()))

    return not fig.findobj(special)


def svg_and_pdf_page(fig: Figure, pack: PdfPages, metadata: dict | None = None) -> bytes:
    """Draw ``fig`` once: return its SVG (as ``savefig(format="svg")`` would) and add it as a page of ``pack``.

    The figure must be laid out already (no layout engine) and pass
    :func:`can_share`. The SVG's texts are placed with the PDF's measurements
    of them (the two differ by hinting, a fraction of a point).

    Examples
    --------
    >>> from matplotlib.backends.backend_pdf import PdfPages
    >>> fig = Figure(figsize=(4, 3))
    >>> ax = fig.add_subplot()
    >>> _ = ax.set_title("Поліція")
    >>> out = io.BytesIO()
    >>> with PdfPages(out) as pack:
    ...     svg = svg_and_pdf_page(fig, pack)
    ...     pages = pack.get_pagecount()
    >>> svg.startswith(b"<?xml"), b"</svg>" in svg, pages, out.getvalue().startswith(b"%PDF")
    (True, True, 1, True)
    """
    dpi = fig.dpi  # the resolution of images inside the figure, as savefig gives it
    width, height = fig.get_size_inches()
    text = io.StringIO()
    file = pack._ensure_file()  # PdfPages has no public way to draw a page but savefig
    fig.dpi = 72  # points, in both formats
    try:
        file.newPage(width, height)
        pdf = MixedModeRenderer(fig, width, height, dpi, RendererPdf(file, dpi, height, width))
        svg = MixedModeRenderer(
            fig,
            width,
            height,
            dpi,
            RendererSVG(width * 72, height * 72, text, image_dpi=dpi, metadata=metadata),
        )
        try:
            fig.draw(cast(RendererBase, _Tee(pdf, svg, height * 72)))  # a renderer in all but name
            svg.finalize()
            pdf.finalize()
        finally:
            file.endStream()
    finally:
        fig.dpi = dpi
    return text.getvalue().encode("utf-8")
