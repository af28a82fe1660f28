"""IATI activity statuses follow the same rules as partners' sheets: cancelled is not counted, pipeline apart."""

from __future__ import annotations

import pytest

from mtd_analysis.build import build


def activity(identifier: str, status: str, value: int, related: str = "") -> str:
    return (
        f'<iati-activity default-currency="EUR"><iati-identifier>{identifier}</iati-identifier>'
        '<reporting-org ref="XX-3" type="10"><narrative>Government of Japan</narrative></reporting-org>'
        f"<title><narrative>Project {identifier}</narrative></title>"
        f'<activity-status code="{status}"/><recipient-country code="UA"/>{related}'
        '<budget type="1"><period-start iso-date="2021-01-01"/><period-end iso-date="2021-12-31"/>'
        f"<value>{value}</value></budget></iati-activity>"
    )


def test_iati_cancelled_pipeline_and_children(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    activities = [
        activity("XX-3-A", "2", 100),  # implementation: committed
        activity("XX-3-B", "5", 200),  # cancelled: kept, not counted
        activity("XX-3-C", "1", 400),  # pipeline/identification: pipeline
        activity("XX-3-P", "2", 1000, '<related-activity ref="XX-3-K" type="2"/>'),  # parent of K
        activity("XX-3-K", "2", 800, '<related-activity ref="XX-3-P" type="1"/>'),
    ]
    (raw / "japan.xml").write_text(
        "<iati-activities version='2.03'>" + "".join(activities) + "</iati-activities>", encoding="utf-8"
    )
    result = build(raw, None, workers=1)
    projects = result.projects.set_index("project_id")
    assert sorted(projects.index) == ["XX-3-A", "XX-3-B", "XX-3-C", "XX-3-K"]  # the parent is skipped
    assert projects.loc["XX-3-B", "status"] == "cancelled"
    assert projects.loc["XX-3-K", "parent_id"] == "XX-3-P"
    alloc = result.allocations.loc[result.allocations["year"] == 2021]
    assert set(alloc["project_id"]) == {"XX-3-A", "XX-3-C", "XX-3-K"}
    assert alloc["amount_eur"].sum() == pytest.approx(100 + 800)
    assert alloc["pipeline_eur"].sum() == pytest.approx(400)
    cov = result.coverage.loc[result.coverage["year"] == 2021]
    assert cov["funding_eur"].sum() == pytest.approx(900)
    assert cov["pipeline_eur"].sum() == pytest.approx(400)
