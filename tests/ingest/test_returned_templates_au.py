"""The intake template as partners send it back (blind set AU): the partner's rows pasted one column off under the
template's header, the example row left in place, and a donor written as its embassy in Russian. Expected values
are worked out by hand from the rows written here."""

from __future__ import annotations

import datetime as dt

from openpyxl import Workbook

from mtd_analysis.build import build
from mtd_analysis.ingest.partners import canonical_partner

HEADER = ["Project code", "Partner (donor)", "Implementer", "Project title", "Beneficiary agencies", "Priority",
          "Start date", "End date", "Amount", "Currency", "Status"]  # fmt: skip
EXAMPLE = ["EXAMPLE", "European Union", "Implementing organisation", "Example: equipment for border crossing points",
           "SBGS;NPU", "CUSTODY", dt.datetime(2021, 1, 1), dt.datetime(2022, 12, 31), 1500000, "EUR", "ongoing"]  # fmt: skip
ROWS = [
    ["DE-01", "Germany (Federal Foreign Office)", "GIZ", "Community policing in eastern Ukraine", "NPU",
     "COMMUNITY_POLICING", dt.datetime(2020, 1, 1), dt.datetime(2022, 12, 31), 4500000, "EUR", "ongoing"],
    ["DE-02", "Germany (BMZ)", "GIZ", "Prevention of drug crime among young people", "NPU", "DRUGS",
     dt.datetime(2021, 7, 1), dt.datetime(2023, 6, 30), 1200000, "EUR", "planned"],
    ["DE-03", "Germany (Federal Foreign Office)", "IOM", "Countering trafficking along the western border",
     "NPU;SBGS", "TRAFFICKING", dt.datetime(2021, 1, 1), dt.datetime(2021, 12, 31), 850000, "EUR", "ongoing"],
]  # fmt: skip


def _build(tmp_path, rows: list[list]):
    raw = tmp_path / "raw"
    raw.mkdir()
    wb = Workbook()
    ws = wb.active
    ws.title = "Projects"
    for row in rows:
        ws.append(row)
    wb.save(raw / "Vorlage_ITA_Deutschland.xlsx")
    return build(raw, tmp_path / "out", year=2021)


def test_rows_pasted_one_column_off_are_read_under_the_labels_to_their_left(tmp_path):
    result = _build(tmp_path, [HEADER, EXAMPLE, *([None, *r] for r in ROWS)])
    projects = result.projects.set_index("project_id").sort_index()
    assert projects.index.tolist() == ["DE-01", "DE-02", "DE-03"]  # the example row is not a project
    assert projects["title"].tolist() == [r[3] for r in ROWS]
    assert projects["amount"].tolist() == [4_500_000.0, 1_200_000.0, 850_000.0]
    assert set(projects["partner"]) == {"Germany"}
    # the cells are named where they are: the amount of the first project is J3, not I3
    assert "amount=J3" in projects.loc["DE-01", "source_cells"]
    assert not (result.issues["severity"] == "error").any()
    said = result.issues[result.issues["message"].str.contains("one column to its right", regex=False)]
    assert said["severity"].tolist() == ["warning"]
    by_year = result.allocations[result.allocations["year"] == 2021]
    # 2021: 4,500,000 × 365/1,096 + 850,000 funded; 1,200,000 × 184/730 in the pipeline
    assert abs(by_year["amount_eur"].sum() - (4_500_000 * 365 / 1096 + 850_000)) < 0.01
    assert abs(by_year["pipeline_eur"].sum() - 1_200_000 * 184 / 730) < 0.01


def test_a_first_column_left_empty_and_a_remark_past_the_last_label_is_no_paste_off(tmp_path):
    # the partner left the code empty and wrote remarks in a column of its own: the columns are where they are
    rows = [HEADER, *([None, *r[1:], "see annex"] for r in ROWS)]
    result = _build(tmp_path, rows)
    assert sorted(result.projects["title"]) == sorted(r[3] for r in ROWS)
    assert not result.issues["message"].str.contains("one column to its right", regex=False).any()


def test_a_donor_written_as_its_embassy_in_russian():
    assert canonical_partner("Посольство РП") == "Poland"
    assert canonical_partner("Посольство Республики Польша") == "Poland"
