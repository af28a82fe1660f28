"""The coverage chart shows planned (pipeline) money apart from the committed funding."""

from __future__ import annotations

import pandas as pd

from mtd_analysis.outputs.charts import coverage_chart


def coverage_rows() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "year": [2021, 2021],
            "subgroup": ["police", "police"],
            "priority_code": ["CUSTODY", "DRUGS"],
            "priority_name": ["Custody", "Drugs"],
            "n_partners": [2, 0],
            "funding_eur": [500_000.0, 0.0],
            "pipeline_eur": [200_000.0, 150_000.0],
            "needs_eur": [1_000_000.0, None],
            "coverage_ratio": [0.5, None],
            "status": ["covered", "orphan"],
        }
    )


def test_pipeline_is_a_segment_after_the_funding_and_in_the_labels():
    fig = coverage_chart(coverage_rows(), "police", 2021)
    ax = fig.axes[0]
    bars = {c.get_label(): c for c in ax.containers}
    assert [float(p.get_width()) for p in bars["funding"]] == [500_000.0, 0.0]
    planned = bars["planned (pipeline)"]
    assert [(float(p.get_x()), float(p.get_width())) for p in planned] == [
        (500_000.0, 200_000.0),
        (0.0, 150_000.0),
    ]
    texts = [t.get_text() for t in ax.texts]
    assert any("+€200k planned" in t for t in texts)
    assert any(t.startswith("no support") and "+€150k planned" in t for t in texts)


def test_no_pipeline_column_draws_no_pipeline_segment():
    fig = coverage_chart(coverage_rows().drop(columns="pipeline_eur"), "police", 2021, lang="uk")
    assert [c.get_label() for c in fig.axes[0].containers][:1] == ["фінансування"]
    assert all("заплановано" not in c.get_label() for c in fig.axes[0].containers)
