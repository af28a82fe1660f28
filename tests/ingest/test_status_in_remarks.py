"""A remark that reads like a status, in a table with no status column or beside a status it contradicts, is said
where the analyst looks; one telling that the project was withdrawn or cancelled is newer than its status cell."""

from __future__ import annotations

from openpyxl import Workbook

from mtd_analysis.build import build

ROWS = [
    ("Thermal cameras for border guards", "SBGS", 300_000, "Delivered in March"),
    ("Fire engines for rescue units", "SESU", 500_000, "Under consideration by the donor (not yet approved)"),
    ("Forensic laboratory equipment", "NPU", 200_000, "Cancelled by the donor in May"),
]


def _register(path, with_status: bool) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Grants"
    ws.append(
        ["Project title", "Beneficiary", "Amount, EUR", "Start", "End", "Remarks"]
        + (["Status"] * with_status)
    )
    for title, agency, amount, remark in ROWS:
        ws.append([title, agency, amount, "01.01.2021", "31.12.2021", remark] + (["ongoing"] * with_status))
    ws.append(
        [None, None, None, None, None, "Cancelled lines are kept for the record"]
    )  # a note, not a project
    wb.save(path)


def test_a_remark_reading_like_a_status_is_a_warning_at_its_cell(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    _register(raw / "japan.xlsx", with_status=False)
    result = build(raw, tmp_path / "out", year=2021)
    # a remark opening with a status where the table gives none is read, said at its cell: not "Delivered in
    # March", not the note row; the withdrawal is read too (below)
    said = result.issues[result.issues["message"].str.contains("says the project is planned")]
    assert said["column"].tolist() == ["F3"]
    assert said["severity"].eq("warning").all() and said["kind"].eq("status").all()
    assert "the table gives it no status" in said["message"].iloc[0]
    assert result.issues[result.issues["message"].str.contains("reads like a status")].empty
    # a project cancelled by the donor (an event the remark tells) is cancelled, said at the remark
    event = result.issues[
        result.issues["message"].str.contains("says the project was withdrawn or cancelled")
    ]
    assert event["column"].tolist() == ["F4"] and "no status column" in event["message"].iloc[0]
    # the rest is what the table says: 300 000 committed; the 500 000 not yet approved is the pipeline
    alloc = result.allocations[result.allocations["year"].eq(2021)]
    assert alloc["amount_eur"].sum() == 300_000 and alloc["pipeline_eur"].sum() == 500_000


def test_with_a_status_column_a_remark_is_said_only_where_it_contradicts_the_status(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    _register(raw / "japan.xlsx", with_status=True)  # every status cell says "ongoing"
    result = build(raw, tmp_path / "out", year=2021)
    said = result.issues[result.issues["message"].str.contains("reads like a status")]
    assert said["column"].tolist() == ["F3"]  # "Delivered in March" does not contradict "ongoing"
    assert said["message"].str.contains("the status cell says 'ongoing', which is what is counted").all()
    event = result.issues[result.issues["message"].str.contains("after its status cell \\('ongoing'\\)")]
    assert event["column"].tolist() == ["F4"]  # "Cancelled by the donor in May": newer than "ongoing"
    alloc = result.allocations[result.allocations["year"].eq(2021)]
    assert alloc["amount_eur"].sum() == 800_000  # the cancelled 200 000 is not counted


def test_ordinary_remarks_are_not_taken_for_a_status(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    wb = Workbook()
    ws = wb.active
    ws.append(["Project title", "Beneficiary", "Amount, EUR", "Start", "End", "Remarks"])
    remarks = [
        "Проєкт фінансується спільно з Данією",  # "проєкт" is no status here
        "Підготовка 200 суддів",  # training, not preparation of a project
        "See explanation in annex 2",  # "plan" inside a word
        "Approved by the Ministry of Justice in 2019",
    ]
    for i, remark in enumerate(remarks):
        ws.append([f"Project {i}", "NPU", 1000 * (i + 1), "01.01.2021", "31.12.2021", remark])
    wb.save(raw / "eu.xlsx")
    result = build(raw, tmp_path / "out", year=2021)
    assert not result.issues["message"].str.contains("reads like a status").any()
