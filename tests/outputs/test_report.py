"""The meeting report from a small hand-made build folder."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import load_workbook

from mtd_analysis.outputs import charts
from mtd_analysis.outputs.charts import Footnote
from mtd_analysis.outputs.report import (
    ReportInputError,
    _coverage_table,
    _figure_bytes,
    _laid_out,
    _overlaps_table,
    _title_page,
    pack_subgroups,
    priority_names,
    read_build,
    write_report,
)
from mtd_analysis.schema import ISSUE_COLUMNS, OVERLAP_COLUMNS, PROJECT_COLUMNS


def projects_frame(records: list[dict]) -> pd.DataFrame:
    """Projects with every canonical column (NA where a record says nothing)."""
    rows = [
        {
            **dict.fromkeys(PROJECT_COLUMNS, pd.NA),
            "source_file": "eu.xlsx",
            "source_sheet": "Projects",
            "source_row": i + 2,
            **record,
        }
        for i, record in enumerate(records)
    ]
    return pd.DataFrame(rows, columns=PROJECT_COLUMNS)


def _write_build(folder: Path) -> Path:
    """Two police priorities (one without money), one overlapping pair, one issue; a sample build."""
    folder.mkdir(parents=True)
    projects = projects_frame(
        [
            {
                "project_id": "EU-1",
                "partner": "EU",
                "title": "=Custody reform",
                "beneficiaries": "NPU;MIA",
                "start_date": "2020-01-01",
                "end_date": "2022-12-31",
                "amount": 900_000.0,
                "currency": "EUR",
            },
            {
                "project_id": "UN-1",
                "partner": "UNDP",
                "title": "Custody monitors",
                "beneficiaries": "NPU",
                "start_date": "2021-03-01",
                "end_date": "2021-09-30",
                "amount": 200_000.0,
                "currency": "EUR",
            },
        ]
    )
    projects.to_csv(folder / "projects.csv", index=False)
    allocations = pd.DataFrame(
        {
            "project_id": ["EU-1", "UN-1"],
            "priority_code": ["CUSTODY", "CUSTODY"],
            "subgroup": ["police", "police"],
            "share": [1.0, 1.0],
            "method": ["declared", "declared"],
            "confidence": [1.0, 1.0],
            "evidence": ["", ""],
            "year": [2021, 2021],
            "amount_eur": [300_000.0, 200_000.0],
        }
    )
    allocations.to_csv(folder / "allocations.csv", index=False)
    coverage = pd.DataFrame(
        {
            "year": [2021, 2021, 2021],
            "subgroup": ["police", "police", "other"],
            "priority_code": ["CUSTODY", "DRUGS", "OTHER"],
            "priority_name": ["Custody", "Drugs", "Other"],
            "n_projects": [2, 0, 0],
            "n_partners": [2, 0, 0],
            "funding_eur": [500_000.0, 0.0, 0.0],
            "needs_eur": [1_000_000.0, None, None],
            "coverage_ratio": [0.5, None, None],
            "gap_eur": [500_000.0, None, None],
            "top_partner": ["EU", None, None],
            "top_partner_share": [0.6, None, None],
            "hhi": [0.52, None, None],
            "effective_partners": [1.92, None, None],
            "status": ["covered", "orphan", "orphan"],
        }
    )
    coverage.to_csv(folder / "coverage.csv", index=False)
    overlap = dict.fromkeys(OVERLAP_COLUMNS, "")
    overlap.update(
        project_a="EU-1",
        project_b="UN-1",
        partner_a="EU",
        partner_b="UNDP",
        priority_code="CUSTODY",
        subgroup="police",
        beneficiary="NPU",
        overlap_start="2021-03-01",
        overlap_end="2021-09-30",
        overlap_months=7,
        similarity=0.7,
        score=0.8,
        cluster="C1",
    )
    pd.DataFrame([overlap], columns=OVERLAP_COLUMNS).to_csv(folder / "overlaps.csv", index=False)
    pd.DataFrame(
        {
            "year": [2021, 2021],
            "subgroup": ["police", "police"],
            "priority_code": ["CUSTODY", "ALL"],
            "n_pairs": [1, 1],
            "n_clusters": [1, 1],
            "funding_overlapping_eur": [500_000.0, 500_000.0],
            "funding_eur": [500_000.0, 500_000.0],
            "overlap_share": [1.0, 1.0],
        }
    ).to_csv(folder / "duplication.csv", index=False)
    issue = [
        "eu.xlsx",
        "Projects",
        3,
        "F",
        "warning",
        "date",
        "project EU-1 'Custody reform' (row 3): no end",
    ]
    pd.DataFrame([issue], columns=ISSUE_COLUMNS).to_csv(folder / "issues.csv", index=False)
    pd.DataFrame({"year": [2021], "subgroup": ["police"], "funding_eur": [500_000.0]}).to_csv(
        folder / "subgroups.csv", index=False
    )
    manifest = {
        "sample": True,
        "version": "0.1.0",
        "year": 2021,
        "currency": "EUR",
        "snapshot": "2021-03",
        "files": [
            {
                "file": "eu.xlsx",
                "sha256": "0" * 64,
                "status": "ok",
                "rows_read": 3,
                "rows_loaded": 2,
                "rows_rejected": 0,
                "rows_skipped": 1,
            }
        ],
        "totals": {},
    }
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    """The same build reported twice, in two worker processes then in this one (low dpi: the tests are
    about files, and the machine is shared)."""
    root = tmp_path_factory.mktemp("report")
    build = _write_build(root / "build")
    first = write_report(build, root / "first", lang="en", date="2021-04-01", dpi=30, workers=2)
    second = write_report(build, root / "second", lang="en", date="2021-04-01", dpi=30, workers=1)
    return {"root": root, "build": build, "first": first, "second": second}


EXPECTED_CHARTS = [
    "gaps",
    "beneficiaries-all",
    "quality",
    "coverage-police",
    "partners-police",
    "beneficiaries-police",
    "overlaps-police",
    "timeline-police-CUSTODY",
]


def test_report_lists_the_expected_files(reports):
    listing = reports["first"]
    assert list(listing.columns) == ["path", "kind", "lang"]
    figures = {f"figures/en/{name}.{kind}" for name in EXPECTED_CHARTS for kind in ("png", "svg")}
    assert set(listing["path"]) == figures | {"pack-police-en.pdf", "summary.xlsx"}
    assert listing["kind"].value_counts().to_dict() == {"png": 8, "svg": 8, "pdf": 1, "xlsx": 1}
    for relative in listing["path"]:
        assert (reports["root"] / "first" / relative).stat().st_size > 0
    assert listing.loc[listing["kind"] == "xlsx", "lang"].isna().all()
    assert set(listing.loc[listing["kind"] != "xlsx", "lang"]) == {"en"}


def test_ukrainian_pages_render_the_same_twice(reports):
    build = read_build(reports["build"])
    footnote = Footnote.from_manifest(build["manifest"])
    coverage = _coverage_table(build["coverage"], "police", 2021, "uk", footnote)
    assert coverage.get_suptitle() == "Покриття — Поліція, 2021"
    svg = _figure_bytes(coverage, "svg", 30)
    assert svg == _figure_bytes(coverage, "svg", 30)
    assert b"<path" in svg and b"<text" not in svg  # text drawn as outlines: no font needed to view it
    title = _title_page(build["manifest"], "police", 2021, build["subgroups"], "uk", "2021-04-01")
    texts = [t.get_text() for t in title.texts]
    assert "ДЕМОНСТРАЦІЙНІ ДАНІ" in texts and "Підготовлено 2021-04-01" in "\n".join(texts)


def test_pack_has_title_charts_and_table_pages(reports):
    pdf = (reports["root"] / "first" / "pack-police-en.pdf").read_bytes()
    pages = len(re.findall(rb"/Type\s*/Page\b", pdf))
    # title page + 5 charts (coverage, partners, beneficiaries, overlaps, one timeline) + coverage + overlaps tables
    assert pages == 8
    assert b"CreationDate" not in pdf


def test_same_build_gives_identical_files(reports):
    for relative in reports["first"]["path"]:
        first = (reports["root"] / "first" / relative).read_bytes()
        second = (reports["root"] / "second" / relative).read_bytes()
        assert first == second, relative


def test_summary_workbook_sheets_and_safe_text(reports):
    book = load_workbook(reports["root"] / "first" / "summary.xlsx")
    assert book.sheetnames[:4] == ["coverage", "overlaps", "issues", "projects"]
    projects = book["projects"]
    header = [c.value for c in projects[1]]
    title = projects.cell(row=2, column=header.index("title") + 1)
    assert (title.value, title.data_type) == ("=Custody reform", "s")
    coverage = book["coverage"]
    funding = coverage.cell(row=2, column=[c.value for c in coverage[1]].index("funding_eur") + 1)
    assert (funding.value, funding.number_format) == (500_000, "#,##0")


def test_no_machine_path_in_outputs(reports):
    root = str(reports["root"])
    for relative in reports["first"]["path"]:
        if relative.endswith(".svg"):
            assert root not in (reports["root"] / "first" / relative).read_text(encoding="utf-8")


def test_missing_build_file_is_named(tmp_path):
    build = _write_build(tmp_path / "build")
    (build / "coverage.csv").unlink()
    with pytest.raises(ReportInputError, match="coverage.csv"):
        write_report(build, tmp_path / "out", lang="en")


def test_unknown_language_is_refused(tmp_path):
    with pytest.raises(ValueError, match="lang"):
        write_report(tmp_path, tmp_path / "out", lang="fr")


def test_pack_subgroups_in_house_order():
    coverage = pd.DataFrame(
        {
            "year": [2021, 2021, 2021, 2020, 2021],
            "subgroup": ["cross", "unmapped", "police", "border", "customs"],
        }
    )
    assert pack_subgroups(coverage, 2021) == ["police", "cross", "customs"]


def test_same_listing_whatever_the_number_of_workers(reports):
    pd.testing.assert_frame_equal(reports["first"], reports["second"])


def test_priority_names_ukrainian_from_the_list_when_the_build_used_it():
    coverage = pd.DataFrame(
        {
            "priority_code": ["DRUGS", "CUSTODY", "LOCAL"],
            "priority_name": ["Combating drug crime", "Custody (renamed by an analyst)", "A local priority"],
        }
    )
    priorities = pd.DataFrame(
        {
            "priority_code": ["DRUGS", "CUSTODY", "COVID19"],
            "name_en": ["Combating drug crime", "Custody", "COVID-19"],
            "name_uk": ["Протидія наркозлочинності", "Облік осіб під вартою", "COVID-19 (укр.)"],
        }
    )
    uk = priority_names(coverage, "uk", priorities)
    assert uk == {
        "DRUGS": "Протидія наркозлочинності",
        "CUSTODY": "Custody (renamed by an analyst)",  # the build's list differs: its own name is kept
        "COVID19": "COVID-19 (укр.)",
        "LOCAL": "A local priority",
    }
    assert priority_names(coverage, "en", priorities)["CUSTODY"] == "Custody (renamed by an analyst)"
    with pytest.raises(ValueError, match="lang"):
        priority_names(coverage, "fr", priorities)


def test_tables_name_priorities_in_the_pack_language(reports):
    build = read_build(reports["build"])
    footnote = Footnote.from_manifest(build["manifest"])
    names = {"CUSTODY": "Облік осіб під вартою"}
    coverage = _coverage_table(build["coverage"], "police", 2021, "uk", footnote, names)
    assert coverage.axes[0].tables[0][1, 0].get_text().get_text() == "Облік осіб під вартою"
    overlaps = _overlaps_table(build["overlaps"], build["projects"], "police", 2021, "uk", footnote, names)
    assert overlaps.axes[0].tables[0][1, 2].get_text().get_text() == "Облік осіб під вартою"  # 21 < 24 chars


def test_layout_is_computed_once_and_frozen(reports):
    build = read_build(reports["build"])
    fig = charts.coverage_chart(build["coverage"], "police", 2021)
    position = fig.axes[0].get_position().bounds
    assert _laid_out(fig) is fig and fig.get_layout_engine() is None
    assert fig.axes[0].get_position().bounds != position  # the constrained layout moved the axes once


def test_png_reuses_the_layouts_text_measurements_and_draws_the_same_pixels(reports):
    """The layout and the PNG share one Agg renderer: the PNG measures no text again, and its pixels are those
    of a twin chart laid out by a renderer of its own (matplotlib's way)."""
    from unittest import mock

    import matplotlib as mpl
    from matplotlib.backends.backend_agg import RendererAgg

    build = read_build(reports["build"])
    ours, twin = (charts.coverage_chart(build["coverage"], "police", 2021, lang="uk") for _ in range(2))
    for fig in (ours, twin):
        fig.set_dpi(200)
    _laid_out(ours)
    with mpl.rc_context(charts.HOUSE_RC):
        twin.get_layout_engine().execute(twin)  # measured by a renderer made for the layout alone
    twin.set_layout_engine(None)
    measure = RendererAgg.get_text_width_height_descent
    with mock.patch.object(
        RendererAgg, "get_text_width_height_descent", autospec=True, side_effect=measure
    ) as m:
        png = _figure_bytes(ours, "png", 200)
    assert m.call_count == 0  # every text's size was kept from the layout
    assert png == _figure_bytes(twin, "png", 200)


def test_a_laid_out_chart_keeps_its_ticks_and_draws_the_same_pixels(reports):
    """The ticks the layout found are frozen (a date axis's rules are not run again by each drawing): the PNG
    is that of a twin chart whose ticks are computed at each drawing, as matplotlib does."""
    import matplotlib as mpl
    from matplotlib.ticker import FixedLocator, NullLocator

    build = read_build(reports["build"])
    ours, twin = (
        charts.timeline_chart(build["projects"], build["allocations"], "CUSTODY", 2021, lang="uk")
        for _ in range(2)
    )
    for fig in (ours, twin):
        fig.set_dpi(200)
    _laid_out(ours)
    with mpl.rc_context(charts.HOUSE_RC):
        twin.get_layout_engine().execute(twin)
    twin.set_layout_engine(None)
    locators = [t.locator for ax in ours.axes for a in (ax.xaxis, ax.yaxis) for t in (a.major, a.minor)]
    assert all(isinstance(locator, FixedLocator | NullLocator) for locator in locators)
    assert any(isinstance(locator, FixedLocator) for locator in locators)
    assert not isinstance(twin.axes[0].xaxis.major.locator, FixedLocator)
    assert _figure_bytes(ours, "png", 200) == _figure_bytes(twin, "png", 200)


def test_a_chart_that_cannot_be_drawn_once_for_svg_and_pdf_gets_the_same_page(reports, tmp_path, monkeypatch):
    """Where one drawing cannot serve the SVG and the PDF page (vector.can_share), each is saved by matplotlib:
    the pack's bytes are the same, and so are the SVGs but for where their texts start."""
    from mtd_analysis.outputs import vector

    monkeypatch.setattr(vector, "can_share", lambda fig: False)
    listing = write_report(reports["build"], tmp_path, lang="en", date="2021-04-01", dpi=30, workers=1)
    assert sorted(listing["path"]) == sorted(reports["first"]["path"])
    pack = "pack-police-en.pdf"
    assert (tmp_path / pack).read_bytes() == (reports["root"] / "first" / pack).read_bytes()
    number = re.compile(rb"-?\d+(?:\.\d+)?")
    for relative in listing["path"]:
        if relative.endswith(".svg"):
            alone, shared = ((root / relative).read_bytes() for root in (tmp_path, reports["root"] / "first"))
            assert number.sub(b"#", alone) == number.sub(b"#", shared), relative


def _matplotlib_png(fig, dpi):
    import io

    import matplotlib as mpl

    stream = io.BytesIO()
    with mpl.rc_context(charts.HOUSE_RC):
        fig.savefig(stream, format="png", dpi=dpi)
    return stream.getvalue()


def _pixels(png: bytes):
    import io

    import numpy as np
    from PIL import Image

    image = Image.open(io.BytesIO(png))
    return image.mode, image.info.get("dpi"), np.asarray(image.convert("RGBA"))


@pytest.mark.parametrize("dpi", [72, 200])
def test_report_png_has_the_pixels_matplotlib_draws(reports, dpi):
    """The PNG is encoded by png_file, not matplotlib: the same pixels (Ukrainian text, bars, footnote), as RGB."""
    build = read_build(reports["build"])
    fig = _laid_out(charts.coverage_chart(build["coverage"], "police", 2021, lang="uk"))
    ours, theirs = _pixels(_figure_bytes(fig, "png", dpi)), _pixels(_matplotlib_png(fig, dpi))
    assert ours[0] == "RGB" and theirs[0] == "RGBA"  # an opaque chart loses nothing without its alpha channel
    assert ours[1] == pytest.approx((dpi, dpi), abs=0.01) and ours[1] == pytest.approx(theirs[1], abs=0.01)
    assert ours[2].shape == theirs[2].shape and (ours[2] == theirs[2]).all()
    assert _figure_bytes(fig, "png", dpi) == _figure_bytes(fig, "png", dpi)


def test_report_png_keeps_transparency_when_the_figure_has_some():
    from matplotlib.figure import Figure

    fig = Figure(figsize=(3, 2))
    fig.patch.set_alpha(0.0)
    fig.add_subplot().bar(["а", "б"], [1, 2])
    ours, theirs = _pixels(_figure_bytes(fig, "png", 100)), _pixels(_matplotlib_png(fig, 100))
    assert ours[0] == "RGBA" and (ours[2][..., 3] < 255).any()
    assert ours[2].shape == theirs[2].shape and (ours[2] == theirs[2]).all()


def test_report_png_whose_size_is_not_whole_pixels_is_still_drawn_whole():
    from matplotlib.figure import Figure

    fig = Figure(figsize=(3.333, 2.0017))
    fig.add_subplot().plot([0, 1], [1, 0])
    ours, theirs = _pixels(_figure_bytes(fig, "png", 97)), _pixels(_matplotlib_png(fig, 97))
    assert ours[2].shape == theirs[2].shape and (ours[2] == theirs[2]).all()


def test_funding_change_is_charted_when_the_build_has_it(tmp_path):
    build = _write_build(tmp_path / "build")
    pd.DataFrame(
        {
            "priority_code": ["CUSTODY", "BORDER_SECURITY"],
            "subgroup": ["police", "border"],
            "n_projects_old": [1, 2],
            "n_projects_new": [2, 2],
            "funding_old_eur": [300_000.0, 100_000.0],
            "funding_new_eur": [500_000.0, 100_000.0],
            "change_eur": [200_000.0, 0.0],
        }
    ).to_csv(build / "diff_funding.csv", index=False)
    listing = write_report(build, tmp_path / "out", lang="uk", dpi=20, workers=1)
    paths = set(listing["path"])
    # the overview chart of every priority, and the police pack's own (no border pack in this build)
    assert {"figures/uk/changes.png", "figures/uk/changes.svg", "figures/uk/changes-police.png"} <= paths
    assert "figures/uk/changes-border.png" not in paths
    pdf = (tmp_path / "out" / "pack-police-uk.pdf").read_bytes()
    assert len(re.findall(rb"/Type\s*/Page\b", pdf)) == 9  # the 8 pages of the plain pack, and the change


def test_other_and_unmapped_take_the_ukrainian_names_whatever_the_build_called_them():
    coverage = pd.DataFrame(
        {
            "priority_code": ["OTHER", "UNMAPPED", "DRUGS"],
            "priority_name": ["Other (outside the priority list)", "Not mapped", "Combating drug crime"],
        }
    )
    priorities = pd.DataFrame(
        {
            "priority_code": ["DRUGS", "OTHER", "UNMAPPED"],
            "name_en": ["Combating drug crime", "Other sector work", "Not mapped to a priority"],
            "name_uk": ["Протидія наркозлочинності", "Інша діяльність", "Не віднесено"],
        }
    )
    names = priority_names(coverage, "uk", priorities)
    assert (names["OTHER"], names["UNMAPPED"], names["DRUGS"]) == (
        "Інша діяльність",
        "Не віднесено",
        "Протидія наркозлочинності",
    )
    assert priority_names(coverage, "en", priorities)["OTHER"] == "Other (outside the priority list)"


def test_summary_workbook_formats_measures(reports):
    book = load_workbook(reports["root"] / "first" / "summary.xlsx")

    def number_format(sheet: str, column: str) -> str:
        header = [c.value for c in book[sheet][1]]
        return book[sheet].cell(row=2, column=header.index(column) + 1).number_format

    assert [number_format("coverage", c) for c in ("hhi", "effective_partners", "top_partner_share")] == [
        "0.00",
        "0.00",
        "0.0%",
    ]
    assert [number_format("overlaps", c) for c in ("similarity", "score")] == ["0.00", "0.00"]


def test_progress_bar_counts_the_parts_on_a_terminal_and_is_silent_elsewhere(reports, capsys, monkeypatch):
    import io

    write_report(reports["build"], reports["root"] / "quiet", lang="en", dpi=30, workers=1, progress=True)
    assert capsys.readouterr().err == ""  # stderr is no terminal under pytest: no bar

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    terminal = Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    write_report(reports["build"], reports["root"] / "shown", lang="en", dpi=30, workers=1, progress=True)
    # two parts (the overview, the police pack) and the summary workbook
    assert "3/3" in terminal.getvalue()
    terminal.truncate(0)
    write_report(
        reports["build"], reports["root"] / "asked-not", lang="en", dpi=30, workers=1, progress=False
    )
    assert terminal.getvalue() == ""


def _failing_timeline(*args, **kwargs):
    raise RuntimeError("no dates to draw")


@pytest.mark.parametrize("workers", [1, 2])
def test_a_chart_that_fails_costs_only_itself(reports, monkeypatch, workers):
    monkeypatch.setattr(charts, "timeline_chart", _failing_timeline)  # forked workers inherit it
    to = reports["root"] / f"one-chart-fails-{workers}"
    listing = write_report(reports["build"], to, lang="en", date="2021-04-01", dpi=30, workers=workers)
    expected = {f"figures/en/{name}.{kind}" for name in EXPECTED_CHARTS[:-1] for kind in ("png", "svg")}
    assert set(listing["path"]) == expected | {"pack-police-en.pdf", "summary.xlsx"}
    assert not (to / "figures" / "en" / "timeline-police-CUSTODY.png").exists()
    assert listing.attrs["failed"] == [
        "en timeline-police-CUSTODY: could not be drawn (RuntimeError: no dates to draw)"
    ]
    pdf = (to / "pack-police-en.pdf").read_bytes()
    assert len(re.findall(rb"/Type\s*/Page\b", pdf)) == 7  # the 8 pages of the complete pack but the timeline
    for relative in expected:  # the charts that were drawn are the complete report's
        assert (to / relative).read_bytes() == (reports["root"] / "first" / relative).read_bytes(), relative


def _dying_heatmap(*args, **kwargs):
    os._exit(3)  # as a crash in native code or the kernel's out-of-memory killer would end the worker


def test_a_worker_that_dies_costs_only_its_part(reports, monkeypatch):
    monkeypatch.setattr(charts, "partner_heatmap", _dying_heatmap)
    to = reports["root"] / "worker-dies"
    listing = write_report(reports["build"], to, lang="en", date="2021-04-01", dpi=30, workers=2)
    overview = {f"figures/en/{name}.{kind}" for name in EXPECTED_CHARTS[:3] for kind in ("png", "svg")}
    assert set(listing["path"]) == overview | {"summary.xlsx"}  # the police pack's worker died twice
    assert listing.attrs["failed"] == [
        "en pack of 'police': the drawing process stopped (out of memory, or a crash); not written"
    ]
    assert not (to / "pack-police-en.pdf").exists()


def test_no_failure_is_said_when_every_chart_is_drawn(reports):
    assert reports["first"].attrs["failed"] == [] and reports["second"].attrs["failed"] == []


def test_a_pack_page_that_fails_costs_only_itself(reports, monkeypatch):
    monkeypatch.setattr("mtd_analysis.outputs.report._coverage_table", _failing_timeline)
    to = reports["root"] / "one-page-fails"
    listing = write_report(reports["build"], to, lang="en", date="2021-04-01", dpi=30, workers=1)
    assert listing.attrs["failed"] == [
        "en coverage table: could not be drawn (RuntimeError: no dates to draw)"
    ]
    assert len(listing) == len(reports["first"])  # every chart, the pack and the workbook
    pdf = (to / "pack-police-en.pdf").read_bytes()
    assert len(re.findall(rb"/Type\s*/Page\b", pdf)) == 7
