"""A Gantt chart drawn in colour: bars of filled, empty month cells give a project's period, and the bars' colours
its status by the legend under the chart (a meaning, then its sample to the right)."""

from __future__ import annotations

import pytest
from openpyxl import Workbook
from openpyxl.styles import PatternFill

from mtd_analysis.build import build
from mtd_analysis.ingest.values import parse_status

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
GREEN, YELLOW, GREY, STRIPE = "A9D08E", "FFD966", "BFBFBF", "F2F2F2"


def _gantt(
    tmp_path, rows: list[tuple[str, str, int, list[int], str | None, str | None]], legend: bool = True
):
    """A chart of 2021 and 2022 by month (columns E..AB); each row: (title, beneficiary, total in GBP, the
    1-based months of the 24 it colours, the colour, a remark)."""
    raw = tmp_path / "raw"
    raw.mkdir()
    wb = Workbook()
    ws = wb.active
    ws.title = "Timeline"
    ws.append(["UK CSSF: delivery timeline (coloured cells show the delivery period)"])
    ws.append([None, None, None, None, "2021", *[None] * 11, "2022", *[None] * 11])
    ws.append(["#", "Project", "Beneficiary", "Total, GBP", *MONTHS, *MONTHS, "Notes"])
    ws.merge_cells("E2:P2")
    ws.merge_cells("Q2:AB2")
    for k, (title, beneficiary, total, months, colour, remark) in enumerate(rows, start=1):
        ws.append([k, title, beneficiary, total, *[None] * 24, remark])
        number = ws.max_row
        for month in months:
            ws.cell(number, 4 + month).fill = PatternFill("solid", fgColor=colour)
    if legend:
        ws.append([])
        ws.append([None, "Legend"])
        for meaning, colour in (
            ("Contracted / in delivery", GREEN),
            ("Pipeline", YELLOW),
            ("Cancelled", GREY),
        ):
            ws.append([None, meaning])
            ws.cell(ws.max_row, 3).fill = PatternFill(
                "solid", fgColor=colour
            )  # the sample right of its meaning
    wb.save(raw / "uk_timeline.xlsx")
    return build(raw, tmp_path / "out", year=2021)


def test_a_bar_of_coloured_empty_months_gives_the_period(tmp_path):
    # March 2021 to February 2022 coloured: 1 March 2021 - 28 February 2022
    result = _gantt(
        tmp_path, [("Maritime border surveillance", "SBGS", 730_000, list(range(3, 15)), GREEN, None)]
    )
    project = result.projects.iloc[0]
    assert (project["start_date"], project["end_date"]) == ("2021-03-01", "2022-02-28")
    assert project["amount"] == 730_000
    cells = dict(part.split("=") for part in project["source_cells"].split(";"))
    assert (cells["start_date"], cells["end_date"]) == ("G4", "R4")
    messages = " | ".join(result.issues["message"])
    assert "the timeline colours (no figures) 12 part(s) of years from G4 to R4" in messages
    assert "no start or end date" not in messages
    # its 2021 share by days: 306 of the period's 365 days
    alloc = result.allocations.groupby("year")["amount_eur"].sum()
    assert alloc[2021] / alloc.sum() == pytest.approx(306 / 365, rel=0.02)  # the years' rates differ a little


def test_a_row_shaded_across_the_chart_or_in_two_colours_has_no_period(tmp_path):
    result = _gantt(
        tmp_path,
        [
            ("Community policing in Donbas", "NPU", 500_000, list(range(1, 25)), STRIPE, None),  # banding
            ("Custody records pilot", "NPU", 200_000, [5, 6], GREEN, None),
        ],
        legend=False,
    )
    projects = result.projects.set_index("title")
    assert (
        projects.loc["Community policing in Donbas", "start_date"] is None
        or (projects["start_date"].isna()["Community policing in Donbas"])
    )
    assert (
        projects.loc["Custody records pilot", "start_date"],
        projects.loc["Custody records pilot", "end_date"],
    ) == (
        "2021-05-01",
        "2021-06-30",
    )
    messages = " | ".join(result.issues["message"])
    assert "row 4: no start or end date" in messages  # said, not guessed from the shading


def test_the_bars_colours_give_the_status_by_the_legend_and_a_remark_agreeing_is_no_warning(tmp_path):
    result = _gantt(
        tmp_path,
        [
            ("Domestic violence response units", "NPU", 580_000, list(range(1, 13)), GREEN, None),
            (
                "Electronic custody records",
                "NPU",
                270_000,
                list(range(9, 19)),
                YELLOW,
                "Pipeline: subject to approval",
            ),
            (
                "Queue management at Shehyni",
                "SBGS",
                420_000,
                list(range(4, 16)),
                GREY,
                "Pipeline, to start in autumn",
            ),
        ],
    )
    statuses = dict(zip(result.projects["title"], result.projects["status"], strict=True))
    assert statuses == {
        "Domestic violence response units": "ongoing",
        "Electronic custody records": "planned",
        "Queue management at Shehyni": "cancelled",
    }
    messages = " | ".join(result.issues["message"])
    assert "the table has no status column" not in messages  # the colour is the status column here
    # the grey bar's remark says otherwise: the colour is counted, the analyst is told
    assert "reads like a status (planned), but the row's colour says cancelled" in messages
    for number, line in ((9, "Contracted / in delivery"), (10, "Pipeline"), (11, "Cancelled")):
        assert f"row {number} is a line of the sheet's legend of colours ('{line}')" in messages


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Contracted", "approved"),
        ("Законтрактовано", "approved"),
        ("Not yet contracted", "planned"),
        ("To be contracted", "planned"),
        ("Ще не законтрактовано", "planned"),
        ("Contracted / in delivery", "ongoing"),
    ],
)
def test_contracted_is_committed_money_and_not_yet_contracted_is_planned(text, status):
    assert parse_status(text) == status
