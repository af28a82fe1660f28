"""The tables behind the coverage and change charts (coverage_data, diff_data), checked by hand."""

from __future__ import annotations

import math

import pandas as pd
import pytest
from matplotlib.figure import Figure

from mtd_analysis.outputs.charts import (
    ChartInputError,
    coverage_chart,
    coverage_data,
    diff_chart,
    diff_data,
)


def _coverage() -> pd.DataFrame:
    """Four police priorities for 2021 (one orphan, one over-funded), one border row, one police row for 2020."""
    return pd.DataFrame(
        {
            "year": [2021, 2021, 2021, 2021, 2021, 2020],
            "subgroup": ["police", "police", "police", "police", "border", "police"],
            "priority_code": ["CUSTODY", "DRUGS", "CYBER", "TRAFFIC", "BORDER_CROSSING", "CUSTODY"],
            "priority_name": ["Custody", "Drugs", "Cybercrime", "Traffic", "Border crossing", "Custody"],
            "n_partners": [2, 0, 1, 3, 1, 1],
            "funding_eur": [200_000.0, None, 1_250_000.0, 300_000.0, 10.0, 99.0],
            "pipeline_eur": [50_000.0, 30_000.0, None, 0.0, 0.0, 0.0],
            "needs_eur": [800_000.0, 100_000.0, 1_000_000.0, None, None, None],
            "coverage_ratio": [0.25, None, 1.25, None, None, None],
            "status": ["partial", "orphan", "covered", "funded", "funded", "partial"],
        }
    )


def test_coverage_data_one_row_per_bar_in_the_order_of_the_table():
    data = coverage_data(_coverage(), "police", 2021)
    assert data["priority_code"].tolist() == ["CUSTODY", "DRUGS", "CYBER", "TRAFFIC"]
    assert data["label"].tolist() == ["Custody", "Drugs", "Cybercrime", "Traffic"]
    # missing funding is no funding; missing pipeline is none planned
    assert data["funding"].tolist() == [200_000.0, 0.0, 1_250_000.0, 300_000.0]
    assert data["pipeline"].tolist() == [50_000.0, 30_000.0, 0.0, 0.0]
    # gap = needs above funding: 800k - 200k, 100k - 0; over-funded and unknown needs: none
    assert data["gap"].tolist() == [600_000.0, 100_000.0, 0.0, 0.0]
    assert data["needs"].tolist()[:3] == [800_000.0, 100_000.0, 1_000_000.0]
    assert math.isnan(data["needs"].iloc[3])
    assert data["n_partners"].tolist() == [2.0, 0.0, 1.0, 3.0]
    assert data["no_support"].tolist() == [False, True, False, False]
    assert set(data["currency"]) == {"EUR"}


def test_coverage_data_side_labels_in_english_and_ukrainian():
    data = coverage_data(_coverage(), "police", 2021)
    assert data["side_label"].tolist() == [
        "€200k · 2 partners · 25% of needs · +€50k planned",
        "no support · +€30k planned",
        "€1.2M · 1 partner · 125% of needs",
        "€300k · 3 partners",
    ]
    uk = coverage_data(_coverage(), "police", 2021, lang="uk", priority_names={"DRUGS": "Наркотики"})
    assert uk["label"].tolist() == ["Custody", "Наркотики", "Cybercrime", "Traffic"]
    assert uk["side_label"].iloc[0] == "200 тис. € · 2 партнери · 25 % потреб · +50 тис. € заплановано"
    assert uk["side_label"].iloc[1] == "без підтримки · +30 тис. € заплановано"


def test_coverage_data_without_rows_is_empty_and_leaves_its_input_alone():
    coverage = _coverage()
    before = coverage.copy()
    assert coverage_data(coverage, "cross", 2021).empty
    coverage_data(coverage, "police", 2021)
    pd.testing.assert_frame_equal(coverage, before)
    with pytest.raises(ChartInputError):
        coverage_data(coverage.drop(columns="funding_eur"), "police", 2021)
    with pytest.raises(ChartInputError):
        coverage_data(coverage.drop(columns="status"), "police", 2021)


def test_coverage_chart_draws_its_data_on_the_axes_given():
    fig = Figure()
    ax = fig.subplots()
    assert coverage_chart(_coverage(), "police", 2021, ax=ax) is fig
    bars, planned, gap = ax.containers  # funding, then planned, then the gap segments
    assert [p.get_width() for p in bars] == [200_000.0, 0.0, 1_250_000.0, 300_000.0]
    assert [p.get_width() for p in planned] == [50_000.0, 30_000.0]
    assert [(p.get_x(), p.get_width()) for p in gap] == [(200_000.0, 600_000.0), (0.0, 100_000.0)]
    assert [t.get_text() for t in ax.texts][1] == "no support · +€30k planned"


def _changes() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "priority_code": ["DRUGS", "CUSTODY", "BORDER_CROSSING", "CYBER", "TRAFFIC"],
            "subgroup": ["police", "police", "border", "police", "police"],
            "n_projects_old": [2, 3, 1, 1, None],
            "n_projects_new": [3, 3, 2, 1, 1],
            "funding_old_eur": [100_000.0, 500_000.0, 0.0, 40_000.0, None],
            "funding_new_eur": [250_000.0, 400_000.0, 150_000.0, 40_000.0, 5.0],
            "change_eur": [150_000.0, -100_000.0, 150_000.0, 0.0, None],
        }
    )


def test_diff_data_largest_increase_first_ties_by_subgroup_order_then_code():
    data = diff_data(_changes())
    # +150k police before +150k border (subgroup order), then the two zeros by code (missing change = 0)
    assert data["priority_code"].tolist() == ["DRUGS", "BORDER_CROSSING", "CYBER", "TRAFFIC", "CUSTODY"]
    assert data["change"].tolist() == [150_000.0, 150_000.0, 0.0, 0.0, -100_000.0]
    assert data["change_label"].tolist() == ["+€150k", "+€150k", "no change", "no change", "-€100k"]
    # two subgroups shown: each label names its subgroup
    assert data["label"].tolist()[:2] == ["DRUGS (Police)", "BORDER_CROSSING (Border)"]
    assert data["side_label"].tolist() == [
        "€100k → €250k · 2 → 3 projects",
        "€0 → €150k · 1 → 2 projects",
        "€40k → €40k · 1 → 1 project",
        "",
        "€500k → €400k · 3 → 3 projects",
    ]


def test_diff_data_for_one_subgroup_in_ukrainian_with_the_currency_named():
    changes = _changes()
    before = changes.copy()
    data = diff_data(
        changes, lang="uk", subgroup="police", currency="EUR", priority_names={"DRUGS": "Наркотики"}
    )
    pd.testing.assert_frame_equal(changes, before)
    assert data["priority_code"].tolist() == ["DRUGS", "CYBER", "TRAFFIC", "CUSTODY"]
    assert data["label"].tolist() == ["Наркотики", "CYBER", "TRAFFIC", "CUSTODY"]  # one subgroup: not named
    assert data["change_label"].tolist() == ["+150 тис. €", "без змін", "без змін", "-100 тис. €"]
    assert diff_data(changes, subgroup="cross").empty
    with pytest.raises(ChartInputError):
        diff_data(changes, currency="USD")


def test_diff_chart_draws_its_data_on_the_axes_given():
    fig = Figure(figsize=(13.333, 7.5))
    ax = fig.subplots()
    assert diff_chart(_changes(), ax=ax) is fig
    (bars,) = ax.containers
    assert [p.get_width() for p in bars] == [150_000.0, 150_000.0, 0.0, 0.0, -100_000.0]
    assert [t.get_text() for t in ax.texts][:5] == ["+€150k", "+€150k", "no change", "no change", "-€100k"]
