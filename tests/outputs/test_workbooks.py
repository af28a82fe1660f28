"""Excel writer: header, filters, formats, text kept as text, atomic and deterministic."""

from __future__ import annotations

import datetime as dt
import zipfile

import numpy as np
import pandas as pd
import pytest
from openpyxl import load_workbook

from mtd_analysis.outputs.workbooks import WorkbookError, write_workbook


@pytest.fixture
def coverage() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "priority_code": ["CUSTODY", "DRUGS"],
            "funding_eur": [1_250_000.0, np.nan],
            "coverage_ratio": [0.625, np.nan],
            "n_partners": [2, 0],
        }
    )


@pytest.fixture
def projects() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "project_id": ["EU-1", "EU-2", "EU-3", "EU-4"],
            "title": ["=1+1", "+380 hotline", "-minus", "@mention"],
            "start_date": ["2021-03-01", pd.NA, "2021-13-45", "March 2021"],
            "amount": [1500.0, np.nan, 20.0, 3.0],
            "source_row": [2, 3, 4, 5],
        }
    )


def test_header_frozen_filtered_and_formats(tmp_path, coverage, projects):
    path = write_workbook(
        {"coverage": coverage, "projects": projects},
        tmp_path / "summary.xlsx",
        money_columns=["funding_eur", "amount"],
        percent_columns=["coverage_ratio"],
        date_columns=["start_date"],
    )
    book = load_workbook(path)
    assert book.sheetnames == ["coverage", "projects"]
    sheet = book["coverage"]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:D3"
    assert [c.value for c in sheet[1]] == ["priority_code", "funding_eur", "coverage_ratio", "n_partners"]
    assert sheet["A1"].font.bold
    assert (sheet["B2"].value, sheet["B2"].number_format) == (1_250_000.0, "#,##0")
    assert (sheet["C2"].value, sheet["C2"].number_format) == (0.625, "0.0%")
    assert sheet["B3"].value is None and sheet["C3"].value is None
    assert (sheet["D2"].value, sheet["D2"].data_type) == (2, "n")
    assert sheet.column_dimensions["A"].width >= len("priority_code")
    assert book["projects"].auto_filter.ref == "A1:E5"


def test_text_that_looks_like_a_formula_stays_text(tmp_path, projects):
    path = write_workbook({"projects": projects}, tmp_path / "p.xlsx")
    sheet = load_workbook(path)["projects"]
    titles = [sheet.cell(row=r, column=2) for r in range(2, 6)]
    assert [c.value for c in titles] == ["=1+1", "+380 hotline", "-minus", "@mention"]
    assert [c.data_type for c in titles] == ["s", "s", "s", "s"]
    assert all(c.quotePrefix for c in titles)
    assert "<f>" not in _sheet_xml(path)


def _sheet_xml(path) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read("xl/worksheets/sheet1.xml").decode()


def test_iso_dates_become_dates_and_other_text_stays(tmp_path, projects):
    path = write_workbook({"projects": projects}, tmp_path / "p.xlsx", date_columns=["start_date"])
    sheet = load_workbook(path)["projects"]
    assert sheet["C2"].value == dt.datetime(2021, 3, 1)
    assert sheet["C2"].number_format == "yyyy-mm-dd"
    assert sheet["C3"].value is None
    assert (sheet["C4"].value, sheet["C4"].data_type) == ("2021-13-45", "s")
    assert sheet["C5"].value == "March 2021"


def test_same_tables_give_same_bytes(tmp_path, coverage, projects):
    sheets = {"coverage": coverage, "projects": projects}
    first = write_workbook(sheets, tmp_path / "a.xlsx", money_columns=["funding_eur"])
    second = write_workbook(sheets, tmp_path / "b.xlsx", money_columns=["funding_eur"])
    assert first.read_bytes() == second.read_bytes()
    props = load_workbook(first).properties
    assert props.created == props.modified == dt.datetime(2000, 1, 1)


def test_written_atomically_without_leftovers(tmp_path, coverage):
    target = tmp_path / "out" / "summary.xlsx"
    write_workbook({"coverage": coverage}, target)
    write_workbook({"coverage": coverage.head(1)}, target)  # replaces the file
    assert sorted(p.name for p in target.parent.iterdir()) == ["summary.xlsx"]
    assert load_workbook(target)["coverage"].max_row == 2


def test_input_frames_are_not_modified(tmp_path, projects):
    before = projects.copy()
    write_workbook(
        {"projects": projects}, tmp_path / "p.xlsx", money_columns=["amount"], date_columns=["start_date"]
    )
    pd.testing.assert_frame_equal(projects, before)


def test_control_characters_are_dropped_and_empty_frames_written(tmp_path):
    frame = pd.DataFrame({"title": ["bad\x01text"]})
    empty = pd.DataFrame({"a": pd.Series(dtype="str"), "b": pd.Series(dtype=float)})
    book = load_workbook(write_workbook({"t": frame, "empty": empty}, tmp_path / "x.xlsx"))
    assert book["t"]["A2"].value == "badtext"
    assert book["empty"].auto_filter.ref == "A1:B1"
    assert book["empty"].max_row == 1


@pytest.mark.parametrize("name", ["", "a" * 32, "bad/name", "what?", "Projects"])
def test_invalid_or_repeated_sheet_names_are_refused(tmp_path, coverage, name):
    sheets = {"projects": coverage, name: coverage}
    with pytest.raises(WorkbookError):
        write_workbook(sheets, tmp_path / "x.xlsx")
    assert not (tmp_path / "x.xlsx").exists()


def test_no_sheet_is_refused(tmp_path):
    with pytest.raises(WorkbookError, match="no sheets"):
        write_workbook({}, tmp_path / "x.xlsx")


def test_float_columns_take_two_decimals(tmp_path):
    scores = pd.DataFrame({"project_a": ["A"], "score": [0.8333333333], "hhi": ["0.5"]})
    path = write_workbook({"overlaps": scores}, tmp_path / "s.xlsx", float_columns=["score", "hhi"])
    sheet = load_workbook(path)["overlaps"]
    assert (sheet["B2"].value, sheet["B2"].number_format) == (0.8333333333, "0.00")
    assert (sheet["C2"].value, sheet["C2"].number_format) == (0.5, "0.00")  # numeric text becomes a number
    assert sheet["A2"].number_format == "General"
