"""Charts: the data behind each chart, the labels, the money format and the house style."""

from __future__ import annotations

import io
import math
import warnings
from itertools import pairwise

import matplotlib.collections as mcollections
import numpy as np
import pandas as pd
import pytest
from matplotlib.colors import to_rgb
from matplotlib.figure import Figure

from mtd_analysis import config
from mtd_analysis.outputs import charts
from mtd_analysis.outputs.charts import (
    ChartInputError,
    Footnote,
    beneficiary_chart,
    chart_title,
    coverage_chart,
    diff_chart,
    format_change,
    format_money,
    gap_ranking_chart,
    money_formatter,
    overlaps_chart,
    overlaps_chart_data,
    partner_heatmap,
    priority_labels,
    quality_chart,
    timeline_chart,
    timeline_data,
)


@pytest.fixture
def coverage() -> pd.DataFrame:
    """Three police priorities (one orphan) and one border priority, 2021; one police row for 2020."""
    return pd.DataFrame(
        {
            "year": [2021, 2021, 2021, 2021, 2020],
            "subgroup": ["police", "police", "police", "border", "police"],
            "priority_code": ["CUSTODY", "DRUGS", "TRAFFICKING", "BORDER_CROSSING", "CUSTODY"],
            "priority_name": ["Custody", "Drugs", "Trafficking", "Border crossing points", "Custody"],
            "n_projects": [3, 0, 1, 2, 1],
            "n_partners": [2, 0, 1, 2, 1],
            "funding_eur": [1_200_000.0, 0.0, 300_000.0, 2_000_000.0, 50.0],
            "needs_eur": [2_000_000.0, 500_000.0, np.nan, 2_500_000.0, np.nan],
            "coverage_ratio": [0.6, 0.0, np.nan, 0.8, np.nan],
            "gap_eur": [800_000.0, 500_000.0, np.nan, 500_000.0, np.nan],
            "status": ["covered", "orphan", "thin", "covered", "thin"],
        }
    )


@pytest.fixture
def projects(make_projects) -> pd.DataFrame:
    return make_projects(
        [
            {
                "project_id": "EU-1",
                "partner": "EU",
                "title": "Custody reform",
                "beneficiaries": "NPU;MIA",
                "start_date": "2020-01-01",
                "end_date": "2022-12-31",
            },
            {
                "project_id": "UN-1",
                "partner": "UNDP",
                "title": "Custody monitors",
                "beneficiaries": "NPU",
                "start_date": "2021-03-01",
                "end_date": "2021-09-30",
            },
            {
                "project_id": "US-1",
                "partner": "US INL",
                "title": "Trafficking hotline",
                "beneficiaries": pd.NA,
            },
        ]
    )


@pytest.fixture
def allocations() -> pd.DataFrame:
    rows = [
        ("EU-1", "CUSTODY", "police", 2021, 600_000.0),
        ("EU-1", "CUSTODY", "police", 2022, 100_000.0),
        ("UN-1", "CUSTODY", "police", 2021, 200_000.0),
        ("EU-1", "TRAFFICKING", "police", 2021, 100_000.0),
        ("US-1", "TRAFFICKING", "police", 2021, 300_000.0),
    ]
    frame = pd.DataFrame(rows, columns=["project_id", "priority_code", "subgroup", "year", "amount_eur"])
    return frame.assign(share=1.0, method="declared", confidence=1.0, evidence="")


def _bars(ax, name: str) -> list[float]:
    container = next(c for c in ax.containers if c.get_label() == name)
    return [float(p.get_width()) for p in container]


def _tick_labels(fig: Figure) -> list[str]:
    fig.draw_without_rendering()
    return [t.get_text() for ax in fig.axes for t in ax.get_xticklabels() + ax.get_yticklabels()]


def _texts(fig: Figure) -> list[str]:
    return [t.get_text() for ax in fig.axes for t in ax.texts] + [t.get_text() for t in fig.texts]


# --------------------------------------------------------------------------- money


@pytest.mark.parametrize(
    ("value", "lang", "expected"),
    [
        (1_234_567, "en", "€1.2M"),
        (300_000, "en", "€300k"),
        (1_234_567, "uk", "1,2 млн €"),
        (300_000, "uk", "300 тис. €"),
        (0, "en", "€0"),
        (999, "en", "€999"),
        (1_500, "en", "€1.5k"),
        (3_400_000_000, "en", "€3.4B"),
        (3_400_000_000, "uk", "3,4 млрд €"),
        (-2_500_000, "en", "-€2.5M"),
        (125_400, "en", "€125k"),
    ],
)
def test_format_money_by_hand(value, lang, expected):
    assert format_money(value, "EUR", lang) == expected


def test_format_money_other_currencies_and_missing():
    assert format_money(2_000_000, "USD") == "$2M"
    assert format_money(2_000_000, "UAH") == "2M UAH"
    assert format_money(2_000_000, "UAH", "uk") == "2 млн грн"
    assert format_money(np.nan) == "—"
    assert format_money(None) == "—"


def test_money_formatter_ticks_are_exact_and_never_scientific():
    fmt = money_formatter("EUR", "en")
    assert [fmt(v) for v in (0, 2.5e5, 1.25e6, 1e7, 1.5e9)] == ["€0", "€250k", "€1.25M", "€10M", "€1.5B"]
    assert fmt(1e12) == "€1000B"


def test_unknown_language_is_refused(coverage):
    with pytest.raises(ValueError, match="lang"):
        format_money(1, "EUR", "fr")
    with pytest.raises(ValueError, match="lang"):
        coverage_chart(coverage, "police", 2021, lang="fr")


# --------------------------------------------------------------------------- coverage


def test_coverage_bars_equal_funding_and_orphan_says_no_support(coverage):
    fig = coverage_chart(coverage, "police", 2021)
    ax = fig.axes[0]
    assert _bars(ax, "funding") == [1_200_000.0, 0.0, 300_000.0]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Custody", "Drugs", "Trafficking"]
    texts = [t.get_text() for t in ax.texts]
    assert texts[1] == "no support"
    assert texts[0] == "€1.2M · 2 partners · 60% of needs"
    assert texts[2] == "€300k · 1 partner"
    # gap shaded from funding to needs where needs are known and not met
    assert _bars(ax, "gap (unfunded needs)") == [800_000.0, 500_000.0]
    needs = next(c for c in ax.collections if isinstance(c, mcollections.LineCollection))
    assert sorted(seg[0][0] for seg in needs.get_segments()) == [500_000.0, 2_000_000.0]


def test_coverage_in_ukrainian_has_cyrillic_title_and_labels(coverage):
    fig = coverage_chart(coverage, "police", 2021, lang="uk")
    assert chart_title(fig) == "Фінансування за пріоритетами — Поліція, 2021"
    texts = [t.get_text() for t in fig.axes[0].texts]
    assert texts[1] == "без підтримки"
    assert texts[0] == "1,2 млн € · 2 партнери · 60 % потреб"


def test_legend_never_crosses_the_axis_line_of_a_narrow_chart(coverage):
    """Long priority names and long side notes leave the bars a narrow axes; the legend (four entries, wider
    than that axes) starts at the axis line and runs on to the right, never back over the line and the names."""
    wide = coverage.assign(
        priority_name=["Transparent system of accounting of persons held in custody"] * 5,
        needs_eur=[20_000_000.0, 500_000.0, 900_000.0, 2_500_000.0, np.nan],
        funding_eur=[1_200_000.0, 0.0, 300_000.0, 2_000_000.0, 50.0],
        pipeline_eur=[253_000.0, 120_000.0, 857_000.0, 0.0, 0.0],
    )
    fig = coverage_chart(wide, "police", 2021, lang="uk")
    fig.get_layout_engine().execute(fig)  # as the report lays a chart out before saving it
    fig.canvas.draw()
    ax = fig.axes[0]
    axes_box = ax.get_window_extent()
    legend_box = ax.get_legend().get_window_extent()
    assert legend_box.width > axes_box.width  # the case: a legend wider than the bars' axes
    assert legend_box.x0 >= axes_box.x0 - 0.5
    assert legend_box.x1 <= fig.bbox.x1  # and still on the slide


@pytest.mark.parametrize("lang", ["en", "uk"])
def test_no_tick_label_in_scientific_notation(coverage, lang):
    big = coverage.assign(funding_eur=coverage["funding_eur"] * 1e4, needs_eur=coverage["needs_eur"] * 1e4)
    labels = _tick_labels(coverage_chart(big, "police", 2021, lang=lang))
    assert labels and not [t for t in labels if "e+" in t or "e-" in t or "×10" in t]
    money = [t for t in labels if "€" in t]
    assert "€0" in money or "0 €" in money


def test_every_glyph_renders_without_warning(coverage):
    """DejaVu Sans covers Cyrillic, € and the typographic quotes used in labels: no missing-glyph warning."""
    fig = coverage_chart(
        coverage, "police", 2021, lang="uk", footnote=Footnote(snapshot="2021-03", sample=True)
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        fig.savefig(io.BytesIO(), format="png", dpi=40)
    fonts = {t.get_fontname() for t in fig.texts}
    assert fonts == {"DejaVu Sans"}


def test_slide_size_and_fonts_readable(coverage):
    fig = coverage_chart(coverage, "police", 2021, footnote=Footnote(date="2021-04-01"))
    width, height = fig.get_size_inches()
    assert (round(width, 1), round(height, 1)) == (13.3, 7.5)
    fig.draw_without_rendering()
    ax = fig.axes[0]
    sizes = [t.get_fontsize() for t in ax.texts + ax.get_xticklabels() + ax.get_yticklabels() + fig.texts]
    sizes += [ax.xaxis.label.get_fontsize(), fig.get_suptitle() and fig._suptitle.get_fontsize()]
    assert min(sizes) >= 12


def test_footnote_names_source_snapshot_date_and_sample(coverage):
    note = Footnote(snapshot="2021-03", date="2021-04-01", sample=True)
    fig = coverage_chart(coverage, "police", 2021, footnote=note)
    texts = [t.get_text() for t in fig.texts]
    assert any("snapshot 2021-03" in t and "prepared 2021-04-01" in t for t in texts)
    assert "SAMPLE DATA" in texts
    fig_uk = coverage_chart(coverage, "police", 2021, lang="uk", footnote=note)
    assert "ДЕМОНСТРАЦІЙНІ ДАНІ" in [t.get_text() for t in fig_uk.texts]
    assert "демонстраційні дані" in note.text("uk")
    plain = coverage_chart(coverage, "police", 2021, footnote=Footnote())
    assert "SAMPLE DATA" not in [t.get_text() for t in plain.texts]


def test_chart_draws_into_given_axes(coverage):
    fig = Figure()
    ax = fig.add_subplot(1, 2, 2)
    assert coverage_chart(coverage, "border", 2021, ax=ax) is fig
    assert _bars(ax, "funding") == [2_000_000.0]
    assert ax.get_title(loc="left") == "Funding per priority — Border, 2021"


def test_inputs_are_not_mutated_and_csv_round_trip_gives_same_chart(coverage, tmp_path):
    before = coverage.copy()
    first = coverage_chart(coverage, "police", 2021)
    pd.testing.assert_frame_equal(coverage, before)
    coverage.to_csv(tmp_path / "coverage.csv", index=False)
    again = coverage_chart(pd.read_csv(tmp_path / "coverage.csv"), "police", 2021)
    assert _bars(again.axes[0], "funding") == _bars(first.axes[0], "funding")
    assert [t.get_text() for t in again.axes[0].texts] == [t.get_text() for t in first.axes[0].texts]


def test_missing_money_column_is_named(coverage):
    with pytest.raises(ChartInputError, match="funding_<currency>"):
        coverage_chart(coverage.drop(columns="funding_eur"), "police", 2021)


def test_empty_selection_says_so(coverage):
    fig = coverage_chart(coverage, "cross", 2021)
    assert "Nothing to show for this selection" in _texts(fig)


def test_currency_follows_the_column_suffix(coverage):
    usd = coverage.rename(
        columns={"funding_eur": "funding_usd", "needs_eur": "needs_usd", "gap_eur": "gap_usd"}
    )
    fig = coverage_chart(usd, "police", 2021)
    assert fig.axes[0].texts[0].get_text().startswith("$1.2M")
    assert "USD" in fig.axes[0].get_xlabel()


# --------------------------------------------------------------------------- other charts


def test_partner_heatmap_cells_and_shares(allocations, projects):
    fig = partner_heatmap(allocations, projects, "police", 2021)
    ax = fig.axes[0]
    # police 2021: EU 600k custody + 100k trafficking; UNDP 200k custody; US INL 300k trafficking (total 1.2M)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["EU · 58%", "US INL · 25%", "UNDP · 17%"]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["CUSTODY\n67%", "TRAFFICKING\n33%"]
    assert ax.collections[0].get_array().tolist() == [
        [600_000.0, 100_000.0],
        [0.0, 300_000.0],
        [200_000.0, 0.0],
    ]
    assert ax.get_ylim() == (2.5, -0.5)  # the first row (largest partner) on top, as in a table
    assert "€600k\n75% of priority" in [t.get_text() for t in ax.texts]


def test_partner_heatmap_pools_small_partners(allocations, projects):
    fig = partner_heatmap(allocations, projects, "police", 2021, max_partners=2)
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert labels == ["EU · 58%", "other partners (2) · 42%"]


def test_timeline_one_bar_per_project_and_year_shaded(allocations, projects):
    fig = timeline_chart(projects, allocations, "CUSTODY", 2021, priority_name="Custody")
    ax = fig.axes[0]
    bars = [p for c in ax.containers for p in c]
    assert len(bars) == 2
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Custody reform (EU)", "Custody monitors (UNDP)"]
    texts = [t.get_text() for t in ax.texts]
    assert "€600k in 2021" in texts and "€200k in 2021" in texts
    assert chart_title(fig) == "Projects on Custody — 2021 shaded"
    shade = [p for p in ax.patches if p not in bars]
    left, right = shade[0].get_x(), shade[0].get_x() + shade[0].get_width()
    assert (round(right - left), "2021") == (365, ax.texts[0].get_text())


def test_timeline_project_without_dates_is_hatched(allocations, projects):
    fig = timeline_chart(projects, allocations, "TRAFFICKING", 2021)
    ax = fig.axes[0]
    assert any("dates unknown" in t.get_text() for t in ax.texts)
    assert [p.get_hatch() for c in ax.containers for p in c].count("//") == 1


def test_overlaps_chart_bars_and_summary():
    duplication = pd.DataFrame(
        {
            "year": [2021, 2021, 2021],
            "subgroup": ["police"] * 3,
            "priority_code": ["CUSTODY", "TRAFFICKING", "ALL"],
            "n_pairs": [3, 0, 3],
            "n_clusters": [1, 0, 1],
            "funding_overlapping_eur": [500_000.0, 0.0, 500_000.0],
            "funding_eur": [800_000.0, 400_000.0, 1_200_000.0],
            "overlap_share": [0.625, 0.0, 500_000 / 1_200_000],
        }
    )
    overlaps = pd.DataFrame(
        {
            "project_a": ["EU-1"],
            "project_b": ["UN-1"],
            "partner_a": ["EU"],
            "partner_b": ["UNDP"],
            "priority_code": ["CUSTODY"],
            "subgroup": ["police"],
            "score": [0.9],
        }
    )
    fig = overlaps_chart(overlaps, duplication, "police", 2021)
    ax = fig.axes[0]
    assert _bars(ax, "funding") == [800_000.0, 400_000.0]
    assert _bars(ax, "in likely duplicates") == [500_000.0, 0.0]
    texts = _texts(fig)
    # a duplication table written before tiers: no coordination counts (0)
    assert "62% · likely duplicates: 3\nto coordinate: 0" in texts
    assert any(
        t.startswith("42% of the subgroup's funding is in likely duplicates (3 pairs; 1 cluster)")
        for t in texts
    )
    assert any("EU-1 (EU)\n× UN-1 (UNDP)\nshared: —" in t for t in texts)


def test_overlaps_chart_lists_likely_duplicates_with_activity_and_money_then_coordination():
    duplication = pd.DataFrame(
        {
            "year": [2021] * 3,
            "subgroup": ["border"] * 3,
            "priority_code": ["BORDER_SECURITY", "BORDER_CROSSING", "ALL"],
            "n_pairs": [1, 0, 1],
            "n_clusters": [1, 0, 1],
            "funding_overlapping_eur": [500_000.0, 0.0, 500_000.0],
            "funding_eur": [800_000.0, 400_000.0, 1_200_000.0],
            "overlap_share": [0.625, 0.0, 500_000 / 1_200_000],
            "n_coordinate_pairs": [2, 1, 3],
        }
    )
    overlaps = pd.DataFrame(
        {
            "project_a": ["PL-1", "PL-1", "EU-2", "LT-3"],
            "project_b": ["US-2", "LT-3", "PL-5", "US-2"],
            "partner_a": ["Poland", "Poland", "EU", "Lithuania"],
            "partner_b": ["USA", "Lithuania", "Poland", "USA"],
            "priority_code": ["BORDER_SECURITY", "BORDER_SECURITY", "BORDER_CROSSING", "BORDER_SECURITY"],
            "subgroup": ["border"] * 4,
            "score": [0.9, 0.6, 0.5, 0.95],
            "tier": ["likely duplicate", "coordinate", "coordinate", "coordinate"],
            "decision": [None, None, None, None],
            "evidence": ["same things: thermal imagers / тепловізори; same place: Poland", "", "", ""],
        }
    )
    projects = pd.DataFrame(
        {"project_id": ["PL-1", "US-2"], "title": ["Тепловізори для загонів", "Thermal imaging cameras"]}
    )
    allocations = pd.DataFrame(
        {
            "project_id": ["PL-1", "US-2", "US-2"],
            "year": [2021, 2021, 2022],
            "amount_eur": [300_000.0, 200_000.0, 999.0],
        }
    )
    bars, pairs = overlaps_chart_data(
        overlaps, duplication, "border", 2021, projects=projects, allocations=allocations, lang="uk"
    )
    # only the likely duplicate is listed (the coordinate pair with the best score is not)
    assert pairs[["project_a", "project_b", "activity", "amount_a", "amount_b"]].values.tolist() == [
        ["PL-1", "US-2", "тепловізори", 300_000.0, 200_000.0]
    ]
    assert bars["n_coordinate_pairs"].tolist() == [2, 1]
    fig = overlaps_chart(overlaps, duplication, "border", 2021, projects=projects, allocations=allocations)
    texts = _texts(fig)
    assert any(
        "Тепловізори для загонів (Poland)\n× Thermal imaging cameras (USA)\nshared: thermal imagers\n"
        "at stake: €300k + €200k" in t
        for t in texts
    )
    assert any("BORDER_SECURITY: 2\nBORDER_CROSSING: 1" in t for t in texts)
    assert "62% · likely duplicates: 1\nto coordinate: 2" in texts


def test_beneficiary_chart_counts_each_named_agency(allocations, projects):
    fig = beneficiary_chart(allocations, projects, "police", 2021)
    ax = fig.axes[0]
    # EU-1 (NPU;MIA): 700k; UN-1 (NPU): 200k; US-1 (none): 300k
    assert [t.get_text() for t in ax.get_yticklabels()] == ["MIA", "National Police", "Not stated"]
    assert _bars(ax, "Police") == [700_000.0, 900_000.0, 300_000.0]


def test_beneficiary_chart_all_subgroups_side_by_side(allocations, projects):
    border = pd.DataFrame(
        [["UN-1", "BORDER_CROSSING", "border", 2021, 50_000.0]],
        columns=["project_id", "priority_code", "subgroup", "year", "amount_eur"],
    )
    fig = beneficiary_chart(pd.concat([allocations, border]), projects, None, 2021, lang="uk")
    ax = fig.axes[0]
    assert [c.get_label() for c in ax.containers] == ["Поліція", "Кордон"]
    # only the subgroups that fund an agency have a bar beside it: UN-1's border money goes to the police alone
    assert _bars(ax, "Поліція") == [700_000.0, 900_000.0, 300_000.0] and _bars(ax, "Кордон") == [50_000.0]
    police = next(c for c in ax.containers if c.get_label() == "Поліція")
    border = next(c for c in ax.containers if c.get_label() == "Кордон")
    ticks = dict(zip([t.get_text() for t in ax.get_yticklabels()], ax.get_yticks(), strict=True))
    npu_police, npu_border = police.patches[1].get_y(), border.patches[0].get_y()
    assert abs(npu_border - npu_police) == pytest.approx(1.0)  # side by side, one row apart
    # the agency's name stands between its two bars
    assert ticks["Національна поліція"] == pytest.approx((npu_police + npu_border) / 2 + 0.4)
    assert chart_title(fig) == "Фінансування за бенефіціарами — усі підгрупи, 2021"


def test_beneficiary_chart_lists_no_subgroup_that_funds_no_agency(allocations, projects):
    # an unmapped allocation with no money (a project whose amount is zero) has no bar; it must not stand in the
    # legend either, where an empty bar set took matplotlib's default blue beside the police subgroup's
    nothing = pd.DataFrame(
        [["UN-1", "UNMAPPED", "unmapped", 2021, 0.0]],
        columns=["project_id", "priority_code", "subgroup", "year", "amount_eur"],
    )
    fig = beneficiary_chart(pd.concat([allocations, nothing]), projects, None, 2021)
    ax = fig.axes[0]
    assert [c.get_label() for c in ax.containers] == ["Police"]
    assert ax.get_legend() is None  # one subgroup: the title says which
    assert all(len(c.patches) > 0 for c in ax.containers)


def test_beneficiary_chart_values_never_overlap_when_every_subgroup_funds_every_agency(make_projects):
    """Seven agencies, each funded by all five subgroups of very different sizes: 35 values, none touching."""
    agencies = ["MIA", "NPU", "SBGS", "NGU", "SMS", "SES", None]
    projects = make_projects(
        [
            {"project_id": f"P{i}", "partner": "EU", "title": f"T{i}", "beneficiaries": agency or pd.NA}
            for i, agency in enumerate(agencies)
        ]
    )
    subgroups = ["police", "border", "cross", "other", "unmapped"]
    rows = [
        (f"P{i}", "X", subgroup, 2021, 10.0 ** (3 + (i + j) % 5))
        for i in range(len(agencies))
        for j, subgroup in enumerate(subgroups)
    ]
    allocations = pd.DataFrame(
        rows, columns=["project_id", "priority_code", "subgroup", "year", "amount_eur"]
    )
    fig = beneficiary_chart(allocations, projects, None, 2021)
    fig.draw_without_rendering()
    boxes = [t.get_window_extent() for t in fig.axes[0].texts]
    assert len(boxes) == 35
    touching = [(a, b) for k, a in enumerate(boxes) for b in boxes[k + 1 :] if a.overlaps(b)]
    assert touching == []


def test_beneficiary_chart_shows_an_agency_funded_by_planned_money_alone(allocations, projects):
    # the sample's border pack drew the National Police as an empty bar with no figure: its only border money was
    # a planned project's (amount 0, pipeline 26,000). Here UN-1 (NPU) plans 26,000 for the border, committing none;
    # EU-1 (NPU;MIA) plans 50,000 more for custody after its 600,000 committed
    planned = pd.DataFrame(
        [["UN-1", "BORDER_CROSSING", "border", 2021, 0.0, 26_000.0]],
        columns=["project_id", "priority_code", "subgroup", "year", "amount_eur", "pipeline_eur"],
    )
    frame = pd.concat([allocations.assign(pipeline_eur=0.0), planned], ignore_index=True)
    frame.loc[
        (frame["project_id"] == "EU-1") & (frame["year"] == 2021) & (frame["priority_code"] == "CUSTODY"),
        "pipeline_eur",
    ] = 50_000.0
    ax = beneficiary_chart(frame, projects, "border", 2021).axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["National Police"]
    assert _bars(ax, "Border") == [0.0]
    assert _bars(ax, "_planned border") == [26_000.0]
    assert [t.get_text() for t in ax.texts] == ["€0 · +€26k planned"]
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["funding", "planned (pipeline)"]

    ax = beneficiary_chart(frame, projects, None, 2021).axes[0]
    # MIA: EU-1's 700k with 50k planned; NPU: 900k with 50k planned (police), 26k planned (border); US-1 not stated
    assert _bars(ax, "Police") == [700_000.0, 900_000.0, 300_000.0]
    assert _bars(ax, "_planned police") == [50_000.0, 50_000.0]
    assert _bars(ax, "Border") == [0.0] and _bars(ax, "_planned border") == [26_000.0]
    planned_police = next(c for c in ax.containers if c.get_label() == "_planned police")
    assert [p.get_x() for p in planned_police] == [700_000.0, 900_000.0]  # after the committed bar
    assert sorted(t.get_text() for t in ax.texts) == sorted(
        ["€700k · +€50k planned", "€900k · +€50k planned", "€0 · +€26k planned", "€300k"]
    )
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["Police", "Border", "planned (pipeline)"]


def test_beneficiary_chart_without_planned_money_has_no_planned_legend(allocations, projects):
    ax = beneficiary_chart(allocations.assign(pipeline_eur=0.0), projects, "police", 2021).axes[0]
    assert ax.get_legend() is None and not [c for c in ax.containers if c.get_label().startswith("_planned")]
    assert [t.get_text() for t in ax.texts] == ["€700k", "€900k", "€300k"]


@pytest.mark.parametrize("n_partners", [2, 12])
def test_heatmap_column_labels_never_run_into_each_other(n_partners):
    # five long Ukrainian priority names (the police subgroup's and custody's): at 20 characters a line,
    # "Протидія домашньому" ran into "Протидія злочинності" beside it on a slide-sized chart
    names = {
        "COMMUNITY_POLICING": "Взаємодія поліції та населення на засадах партнерства",
        "CUSTODY": "Прозора система обліку осіб, які тримаються під вартою",
        "DOMESTIC_VIOLENCE": "Протидія домашньому насильству",
        "DRUGS": "Протидія злочинності у сфері обігу наркотиків",
        "TRAFFICKING": "Протидія торгівлі людьми",
    }
    partners = [f"Partner with a long name {i}" for i in range(n_partners)]
    rows = [
        (f"P{i}-{code}", code, "police", 2021, 100_000.0 * (i + 1))
        for i in range(n_partners)
        for code in names
    ]
    allocations = pd.DataFrame(
        rows, columns=["project_id", "priority_code", "subgroup", "year", "amount_eur"]
    )
    projects = pd.DataFrame(
        {"project_id": [r[0] for r in rows], "partner": [partners[int(r[0][1:].split("-")[0])] for r in rows]}
    )
    fig = partner_heatmap(allocations, projects, "police", 2021, lang="uk", priority_names=names)
    fig.draw_without_rendering()
    labels = fig.axes[0].get_xticklabels()
    assert [t.get_text().split("\n")[-1] for t in labels] == ["20 %"] * 5  # every label keeps its share
    assert [" ".join(t.get_text().split("\n")[:-1]) for t in labels] == list(names.values())  # no word cut
    boxes = [t.get_window_extent() for t in labels]
    assert all(a.x1 < b.x0 for a, b in pairwise(boxes))


def test_quality_chart_rows_and_issue_kinds():
    files = pd.DataFrame(
        {
            "file": ["b/undp.xlsx", "a/eu.xlsx"],
            "rows_loaded": [7, 10],
            "rows_rejected": [0, 2],
            "rows_skipped": [1, 0],
        }
    )
    issues = pd.DataFrame(
        {
            "file": ["a/eu.xlsx"] * 4,
            "severity": ["error", "warning", "warning", "info"],
            "kind": ["amount", "date", "amount", "date"],
        }
    )
    fig = quality_chart(files, issues)
    rows_ax, issues_ax = fig.axes
    assert [t.get_text() for t in rows_ax.get_yticklabels()] == ["eu.xlsx", "undp.xlsx"]
    assert _bars(rows_ax, "loaded") == [10.0, 7.0]
    assert _bars(rows_ax, "rejected") == [2.0, 0.0]
    assert [t.get_text() for t in issues_ax.get_yticklabels()] == ["amount", "date"]
    assert _bars(issues_ax, "errors") == [1.0, 0.0]
    assert _bars(issues_ax, "warnings") == [1.0, 1.0]
    assert _bars(issues_ax, "notes") == [0.0, 1.0]


def test_gap_ranking_orders_by_unfunded_needs(coverage):
    fig = gap_ranking_chart(coverage, 2021)
    ax = fig.axes[0]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    # gaps 800k custody, then 500k border crossing and 500k drugs (ties by code)
    assert labels == ["Custody (Police)", "Border crossing points (Border)", "Drugs (Police)"]
    assert [float(p.get_width()) for p in ax.patches] == [800_000.0, 500_000.0, 500_000.0]
    assert [p.get_facecolor()[:3] for p in ax.patches][1] == pytest.approx((0.902, 0.624, 0.0), abs=0.01)
    assert ax.texts[2].get_text() == "€500k · no support"


def test_subgroup_colours_are_distinct():
    colours = [charts.subgroup_colour(s) for s in ("police", "border", "cross", "other", "unmapped")]
    assert len(set(colours)) == 5


def test_labels_table_is_complete():
    table = pd.read_csv(config.LABELS_FILE, dtype=str, keep_default_na=False)
    assert list(table.columns) == ["key", "en", "uk"]
    assert table["key"].is_unique
    assert (table["en"] != "").all() and (table["uk"] != "").all()


# --------------------------------------------------------------------------- priority names

UK_NAMES = {"CUSTODY": "Облік осіб під вартою", "TRAFFICKING": "Протидія торгівлі людьми"}


def test_priority_labels_fall_back_to_the_given_names_then_the_code():
    shown = priority_labels(
        ["CUSTODY", "DRUGS", "OTHER", "TRAFFICKING"],
        {"CUSTODY": "Облік", "DRUGS": pd.NA, "TRAFFICKING": " "},
        ["Custody", "Drugs", np.nan, "Trafficking"],
    )
    assert shown == ["Облік", "Drugs", "OTHER", "Trafficking"]
    assert priority_labels(pd.Series(["X"])) == ["X"]


def test_coverage_in_ukrainian_names_priorities_in_ukrainian(coverage):
    fig = coverage_chart(coverage, "police", 2021, lang="uk", priority_names=UK_NAMES)
    # coverage.csv's own (English) name stays where the mapping has none
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert labels == ["Облік осіб під вартою", "Drugs", "Протидія торгівлі людьми"]


def test_heatmap_gap_ranking_and_timeline_take_priority_names(coverage, allocations, projects):
    heatmap = partner_heatmap(allocations, projects, "police", 2021, lang="uk", priority_names=UK_NAMES)
    # shares as in test_partner_heatmap_cells_and_shares: custody 800k, trafficking 400k of 1.2M
    assert [t.get_text() for t in heatmap.axes[0].get_xticklabels()] == [
        "Облік осіб під вартою\n67 %",
        "Протидія торгівлі людьми\n33 %",
    ]
    gaps = gap_ranking_chart(coverage, 2021, lang="uk", priority_names=UK_NAMES)
    assert [t.get_text() for t in gaps.axes[0].get_yticklabels()][0] == "Облік осіб під вартою (Поліція)"
    timeline = timeline_chart(projects, allocations, "CUSTODY", 2021, lang="uk", priority_names=UK_NAMES)
    assert chart_title(timeline) == "Проєкти за пріоритетом Облік осіб під вартою — 2021 р. виділено"


# --------------------------------------------------------------------------- overlaps layout


@pytest.fixture
def border_overlaps() -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Long titles and partner names, as in real submissions; two border priorities overlapping."""
    duplication = pd.DataFrame(
        {
            "year": [2021] * 3,
            "subgroup": ["border"] * 3,
            "priority_code": ["BORDER_CROSSING", "BORDER_SECURITY", "ALL"],
            "n_pairs": [5, 23, 38],
            "n_clusters": [1, 1, 3],
            "funding_overlapping_eur": [3_800_000.0, 8_600_000.0, 12_400_000.0],
            "funding_eur": [3_800_000.0, 8_600_000.0, 12_400_000.0],
            "overlap_share": [1.0, 1.0, 1.0],
        }
    )
    overlaps = pd.DataFrame(
        {
            "project_a": ["EU-7", "CA-2"],
            "project_b": ["US-3", "SE-4"],
            "partner_a": ["EU", "Canada"],
            "partner_b": ["USA", "Swedish International Development Cooperation Agency"],
            "priority_code": ["BORDER_SECURITY", "BORDER_CROSSING"],
            "subgroup": ["border", "border"],
            "score": [0.85, 0.84],
        }
    )
    long = "Integrated border management: surveillance equipment and training for border guard units"
    projects = pd.DataFrame(
        {
            "project_id": ["EU-7", "US-3", "CA-2", "SE-4"],
            "title": [long, "Green border surveillance", "Integrity at border crossing points", long],
        }
    )
    return overlaps, duplication, projects


BORDER_NAMES = {
    "en": {
        "BORDER_CROSSING": "Convenient service when crossing the border",
        "BORDER_SECURITY": "Reliable protection of the state border",
    },
    "uk": {
        "BORDER_CROSSING": "Зручне обслуговування під час перетину державного кордону",
        "BORDER_SECURITY": "Надійна охорона державного кордону",
    },
}


@pytest.mark.parametrize("lang", ["en", "uk"])
def test_overlaps_chart_text_stays_on_the_figure_and_names_priorities(border_overlaps, lang):
    overlaps, duplication, projects = border_overlaps
    fig = overlaps_chart(
        overlaps,
        duplication,
        "border",
        2021,
        lang=lang,
        projects=projects,
        priority_names=BORDER_NAMES[lang],
        footnote=Footnote(snapshot="2021-06", sample=True),
    )
    fig.draw_without_rendering()
    ax, side = fig.axes
    names = BORDER_NAMES[lang]
    assert [t.get_text().replace("\n", " ") for t in ax.get_yticklabels()] == [
        names["BORDER_CROSSING"],
        names["BORDER_SECURITY"],
    ]
    renderer = fig.canvas.get_renderer() if hasattr(fig.canvas, "get_renderer") else None
    width = fig.bbox.width
    texts = [*ax.texts, *side.texts, side.title, *fig.texts, fig._suptitle]
    for text in texts:
        box = text.get_window_extent(renderer)
        assert 0 <= box.x0 and box.x1 <= width, text.get_text()
    # the summary line under the title ends before the "likely duplicates" panel starts
    summary = next(t for t in ax.texts if "38" in t.get_text())
    assert summary.get_window_extent(renderer).x1 < side.title.get_window_extent(renderer).x0
    pairs = side.texts[0].get_text()
    assert "× Green border surveillance (USA)" in pairs
    assert max(len(line) for line in pairs.splitlines()) <= charts.LIKELY_LINE_CHARS
    # coordination counts name the priorities in the chart's language (never their codes)
    counted = duplication.assign(n_coordinate_pairs=[2] * len(duplication))
    fig = overlaps_chart(overlaps, counted, "border", 2021, lang=lang, projects=projects,
                         priority_names=BORDER_NAMES[lang])  # fmt: skip
    panel = fig.axes[1].texts[0].get_text()
    assert names["BORDER_SECURITY"].split()[0] in panel and "BORDER_SECURITY" not in panel


# --------------------------------------------------------------------------- quality grades


def test_quality_chart_labels_carry_grade_and_completeness():
    files = pd.DataFrame({"file": ["b/undp.xlsx", "a/eu.xlsx"], "rows_loaded": [7, 10]})
    issues = pd.DataFrame({"severity": ["warning"], "kind": ["currency"]})
    quality = pd.DataFrame(
        {"file": ["a/eu.xlsx", "b/undp.xlsx"], "grade": ["C", "A"], "completeness": [0.9875, 1.0]}
    )
    fig = quality_chart(files, issues, quality=quality, lang="uk")
    rows_ax, issues_ax = fig.axes
    assert [t.get_text() for t in rows_ax.get_yticklabels()] == [
        "eu.xlsx · C · 99 %",
        "undp.xlsx · A · 100 %",
    ]
    assert "оцінка A–E" in rows_ax.get_xlabel()
    assert [t.get_text() for t in issues_ax.get_yticklabels()] == ["валюта"]
    plain = quality_chart(files, issues)
    assert [t.get_text() for t in plain.axes[0].get_yticklabels()] == ["eu.xlsx", "undp.xlsx"]
    assert plain.axes[0].get_xlabel() == "rows"


# --------------------------------------------------------------------------- funding change


@pytest.fixture
def funding_change() -> pd.DataFrame:
    """diff_funding.csv: police up and down, border unchanged."""
    return pd.DataFrame(
        {
            "priority_code": ["TRAFFICKING", "BORDER_SECURITY", "DRUGS", "CUSTODY"],
            "subgroup": ["police", "border", "police", "police"],
            "n_projects_old": [6, 8, 2, 0],
            "n_projects_new": [5, 8, 3, 1],
            "funding_old_eur": [1_400_000.0, 8_600_000.0, 600_000.0, 0.0],
            "funding_new_eur": [1_200_000.0, 8_600_000.0, 750_000.0, 1_200_000.0],
            "change_eur": [-200_000.0, 0.0, 150_000.0, 1_200_000.0],
        }
    )


def test_format_change_signs_by_hand():
    assert format_change(1_234_567) == "+€1.2M"
    assert format_change(-477_294.6) == "-€477k"
    assert format_change(0.0) == "€0"
    assert format_change(0.04) == "€0"
    assert format_change(150_000, lang="uk") == "+150 тис. €"


def test_diff_chart_bars_equal_the_change_largest_increase_first(funding_change):
    before = funding_change.copy()
    fig = diff_chart(funding_change, footnote=Footnote(snapshot="2021-06"))
    pd.testing.assert_frame_equal(funding_change, before)
    ax = fig.axes[0]
    bars = list(ax.containers[0])
    assert [float(p.get_width()) for p in bars] == [1_200_000.0, 150_000.0, 0.0, -200_000.0]
    assert [t.get_text() for t in ax.get_yticklabels()] == [
        "CUSTODY (Police)",
        "DRUGS (Police)",
        "BORDER_SECURITY (Border)",
        "TRAFFICKING (Police)",
    ]
    green, orange = charts.CHANGE_COLOURS["up"], charts.CHANGE_COLOURS["down"]
    assert [p.get_facecolor()[:3] for p in bars] == [
        pytest.approx(to_rgb(c)) for c in (green, green, green, orange)
    ]
    texts = [t.get_text() for t in ax.texts]
    assert texts[:4] == ["+€1.2M", "+€150k", "no change", "-€200k"]
    assert "€0 → €1.2M · 0 → 1 project" in texts
    assert "€1.4M → €1.2M · 6 → 5 projects" in texts


def test_diff_chart_for_one_subgroup_in_ukrainian(funding_change):
    names = {"DRUGS": "Протидія злочинності у сфері обігу наркотиків"}
    fig = diff_chart(funding_change, lang="uk", subgroup="police", priority_names=names)
    ax = fig.axes[0]
    assert [float(p.get_width()) for p in ax.containers[0]] == [1_200_000.0, 150_000.0, -200_000.0]
    labels = [t.get_text().replace("\n", " ") for t in ax.get_yticklabels()]
    assert labels == ["CUSTODY", "Протидія злочинності у сфері обігу наркотиків", "TRAFFICKING"]
    assert chart_title(fig) == "Зміна фінансування з попереднього зрізу — Поліція"
    assert "+1,2 млн €" in [t.get_text() for t in ax.texts]


def test_diff_chart_into_a_small_figure_as_diff_py_draws_it(funding_change):
    fig = Figure(figsize=(8, 4.5))
    ax = fig.add_subplot()
    assert diff_chart(funding_change, currency="EUR", ax=ax) is fig
    assert [float(p.get_width()) for p in ax.containers[0]] == [1_200_000.0, 150_000.0, 0.0, -200_000.0]
    assert ax.get_legend() is None and len(ax.texts) == 4  # no side column on a small figure


def test_diff_chart_without_rows_says_so(funding_change):
    fig = diff_chart(funding_change.iloc[0:0])
    assert "Nothing to show for this selection" in _texts(fig)
    with pytest.raises(ChartInputError, match="change_<currency>"):
        diff_chart(funding_change.drop(columns="change_eur"))


# --------------------------------------------------------------------------- reviewer's fixes


def test_partner_keeps_its_colour_whatever_the_chart_shows():
    everyone = ["USA", "EU", "UK", "Canada"]  # sorted: Canada, EU, UK, USA
    palette = charts.PARTNER_COLOURS
    assert charts.partner_colours(["USA"], all_partners=everyone) == {"USA": palette[3]}
    assert charts.partner_colours(["UK", "USA"], all_partners=everyone) == {
        "UK": palette[2],
        "USA": palette[3],
    }
    # without all_partners: by place among the partners given
    assert charts.partner_colours(["USA", "UK"]) == {"UK": palette[0], "USA": palette[1]}


def _bar_colours(fig: Figure) -> dict[str, tuple]:
    ax = fig.axes[0]
    bars = [p for c in ax.containers for p in c]
    names = [t.get_text() for t in ax.get_yticklabels()]
    return {name: bar.get_edgecolor()[:3] for name, bar in zip(names, bars, strict=True)}


def test_timelines_of_one_projects_table_colour_a_partner_alike(allocations, projects):
    # the trafficking timeline shows EU and US INL; the projects table's partners are EU, UNDP, US INL
    custody = _bar_colours(timeline_chart(projects, allocations, "CUSTODY", 2021))
    trafficking = _bar_colours(timeline_chart(projects, allocations, "TRAFFICKING", 2021))
    palette = charts.PARTNER_COLOURS
    assert custody["Custody reform (EU)"] == pytest.approx(to_rgb(palette[0]))
    assert trafficking["Custody reform (EU)"] == pytest.approx(to_rgb(palette[0]))
    assert trafficking["Trafficking hotline (US INL)"] == pytest.approx(to_rgb(palette[2]))
    # the report passes every partner of its build: Austria, EU, Japan, US INL
    build = ["Japan", "US INL", "EU", "Austria"]
    given = _bar_colours(timeline_chart(projects, allocations, "TRAFFICKING", 2021, partners=build))
    assert given["Custody reform (EU)"] == pytest.approx(to_rgb(palette[1]))
    assert given["Trafficking hotline (US INL)"] == pytest.approx(to_rgb(palette[3]))


def test_timeline_says_amount_unknown_when_the_project_amount_is_not_known(make_projects):
    projects = make_projects(
        [
            {
                "project_id": "UK-1",
                "partner": "UK",
                "title": "Police leadership",
                "amount": None,
                "start_date": "2021-02-01",
                "end_date": "2022-01-31",
            },
            {
                "project_id": "EU-1",
                "partner": "EU",
                "title": "Community police",
                "amount": 50_000.0,
                "start_date": "2022-01-01",
                "end_date": "2022-12-31",
            },
        ]
    )
    # the UK project's allocation has no year (its amount was rejected); the EU one is all in 2022
    allocations = pd.DataFrame(
        {
            "project_id": ["UK-1", "EU-1"],
            "priority_code": ["COMMUNITY_POLICING"] * 2,
            "subgroup": ["police"] * 2,
            "year": [np.nan, 2022.0],
            "amount_eur": [np.nan, 50_000.0],
        }
    )
    texts = _texts(timeline_chart(projects, allocations, "COMMUNITY_POLICING", 2021))
    assert "amount unknown" in texts and "no money in 2021" in texts
    texts_uk = _texts(timeline_chart(projects, allocations, "COMMUNITY_POLICING", 2021, lang="uk"))
    assert "сума невідома" in texts_uk and "без коштів у 2021 р." in texts_uk


def test_diff_chart_names_the_snapshots_compared(funding_change):
    both = diff_chart(funding_change, old_snapshot="2021-03", new_snapshot="2021-06")
    assert chart_title(both) == "Change in funding per priority, snapshot 2021-03 → 2021-06"
    new_only = diff_chart(funding_change, lang="uk", subgroup="police", new_snapshot="2021-06", year=2021)
    assert (
        chart_title(new_only).replace("\n", " ")
        == "Зміна фінансування, попередній зріз → 2021-06, кошти на 2021 р. — Поліція"
    )


# --------------------------------------------------------------------------- the data behind the timeline


def test_timeline_data_orders_projects_and_says_what_each_bar_means():
    projects = pd.DataFrame(
        {
            "project_id": ["late", "early", "undated", "elsewhere"],
            "partner": ["EU", "UN", "EU", "EU"],
            "title": ["Late", "Early", "Undated", "Other priority"],
            "start_date": ["2021-06-01", "2020-01-01", None, "2021-01-01"],
            "end_date": ["2021-12-31", "2020-12-31", "2021-03-01", "2021-12-31"],
            "amount": [100.0, 50.0, 10.0, 1.0],
        }
    )
    allocations = pd.DataFrame(
        {
            "project_id": ["late", "late", "early", "undated", "elsewhere"],
            "priority_code": ["CUSTODY", "CUSTODY", "CUSTODY", "CUSTODY", "DRUGS"],
            "year": [2021, 2021, 2020, 2021, 2021],
            "amount_eur": [60.0, 40.0, 50.0, 10.0, 1.0],
        }
    )
    rows = timeline_data(projects, allocations, "CUSTODY", 2021)
    # "undated" has no start: it is drawn from 1 January 2021 (before "late"), "early" starts in 2020
    assert rows["project_id"].tolist() == ["early", "undated", "late"]
    assert rows["dates_unknown"].tolist() == [False, True, False]
    assert rows["in_year"].tolist()[1:] == [10.0, 100.0] and math.isnan(rows["in_year"].iloc[0])
    assert rows.loc[2, "note"] == "€100 in 2021"
    fig = timeline_chart(projects, allocations, "CUSTODY", 2021)
    assert len(fig.axes[0].patches) == 3 + 1  # one bar per row of the data, and the shaded year


@pytest.mark.parametrize(
    ("lang", "words"),
    [("en", "100k (currency not stated)"), ("uk", "100 тис. (валюту не зазначено)")],
)
def test_money_with_no_currency_is_said_in_words_not_as_the_iso_placeholder(lang, words):
    # coverage writes "XXX" (ISO 4217: no currency) for unconverted money whose currency no one gave
    text = charts.Footnote(unconverted=(("XXX", 100_000.0),)).text(lang)
    assert words in text
    assert "XXX" not in text
