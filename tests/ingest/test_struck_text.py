"""A cell written partly struck through (an edit kept visible: "~~planned~~ ongoing", "~~700 000~~ 820 000") is read
without its struck words, and that is said at the cell. Expected values: the words not struck, as written."""

from __future__ import annotations

import io
import zipfile

from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont

STRUCK = InlineFont(strike=True)


def test_struck_words_in_a_cell_are_not_read_and_are_said(one_sheet_build):
    rows = [
        ["Project", "Start", "End", "Status", "2021 (EUR)"],
        [
            "Mobile police response",
            "01.01.2021",
            "31.12.2021",
            "ongoing",
            CellRichText([TextBlock(STRUCK, "700 000"), "  820 000"]),
        ],  # fmt: skip
        [
            "Protective equipment",
            "01.04.2021",
            "31.12.2021",
            CellRichText([TextBlock(STRUCK, "planned"), " ongoing (contract signed 26.03.2021)"]),
            1_500_000,
        ],  # fmt: skip
    ]
    result = one_sheet_build(rows, "eu.xlsx")
    projects = result.projects.set_index("title")
    assert projects.loc["Mobile police response", "yearly_amounts"].startswith("2021=820000")
    assert projects.loc["Protective equipment", "status"] == "ongoing"
    said = result.issues[result.issues["kind"].eq("struck")]
    assert said["column"].tolist() == ["E2", "D3"]
    assert "'700 000' is not read" in said["message"].iloc[0]


def test_a_shared_string_partly_struck_is_found_at_its_cells():
    from mtd_analysis.ingest.read import scan_worksheet, struck_runs

    shared = (
        '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        "<si><t>Status</t></si>"
        '<si><r><rPr><strike val="1"/></rPr><t>planned</t></r><r><t xml:space="preserve"> ongoing</t></r></si>'
        "<si><r><rPr><strike/></rPr><t>all struck</t></r></si>"
        '<si><r><rPr><strike val="0"/></rPr><t>not</t></r><r><t> struck</t></r></si>'
        "</sst>"
    )
    sheet = (
        '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row>'
        '<row r="2"><c r="A2" s="1" t="s"><v>1</v></c><c r="B2" t="s"><v>2</v></c><c r="C2" t="s"><v>3</v></c></row>'
        "</sheetData></worksheet>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("xl/sharedStrings.xml", shared)
        zf.writestr("xl/worksheets/sheet1.xml", sheet)
    with zipfile.ZipFile(buffer) as zf:
        strings = struck_runs(zf)
        _, _, marks = scan_worksheet(zf, "xl/worksheets/sheet1.xml", struck_strings=strings)
    assert strings == {b"1": ("ongoing", "planned")}  # struck whole, or not at all: none
    assert marks["struck_text"] == {(1, 0): ("ongoing", "planned")}
