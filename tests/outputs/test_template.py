"""Tests of mtd_analysis.outputs.template: the intake template partners fill in."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pandas as pd
import pytest

from mtd_analysis.outputs.template import TemplateError, header_labels, priority_list, write_template
from mtd_analysis.schema import AGENCY_CODES

EN_LABELS = ["Project code", "Partner (donor)", "Implementer", "Project title", "Description",
             "Beneficiary agencies", "Priority", "Start date", "End date", "Amount", "Currency", "Status"]  # fmt: skip
UK_LABELS = ["Шифр проєкту", "Партнер (донор)", "Виконавець", "Назва проєкту", "Опис", "Бенефіціари",
             "Пріоритет", "Дата початку", "Дата завершення", "Сума", "Валюта", "Статус"]  # fmt: skip
PRIORITIES = pd.DataFrame(
    {
        "priority_code": ["CUSTODY", "BORDER_CROSSING"],
        "name_en": ["Custody", "Crossing"],
        "name_uk": ["Т", "П"],
    }
)


def header_row(ws) -> list:
    return [c.value for c in ws[1]]


@pytest.mark.parametrize(
    ("lang", "labels", "example"),
    [
        ("en", EN_LABELS, "EXAMPLE"),
        ("uk", UK_LABELS, "ПРИКЛАД"),
        ("both", [f"{e} / {u}" for e, u in zip(EN_LABELS, UK_LABELS, strict=True)], "EXAMPLE"),
    ],
)
def test_sheets_headers_and_example_row(tmp_path, lang, labels, example):
    path = write_template(tmp_path / "sub" / f"t_{lang}.xlsx", lang=lang, priorities=PRIORITIES)
    assert path == tmp_path / "sub" / f"t_{lang}.xlsx"
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Instructions", "Projects", "Lists"]
    ws = wb["Projects"]
    assert header_row(ws) == labels
    assert ws["A2"].value == example
    assert ws.freeze_panes == "A2"
    assert isinstance(ws["H2"].value, dt.datetime) and ws["H2"].number_format == "yyyy-mm-dd"
    assert isinstance(ws["J2"].value, int | float)
    assert ws.max_row == 2  # header and example only


def test_drop_down_lists_point_at_the_lists_sheet(tmp_path):
    wb = openpyxl.load_workbook(write_template(tmp_path / "t.xlsx", priorities=PRIORITIES))
    lists = wb["Lists"]
    column = {c.value.split(" /")[0]: c.column_letter for c in lists[1]}

    def values(letter):
        return [c.value for c in lists[letter][1:] if c.value is not None]

    assert values(column["Beneficiary agencies"]) == list(AGENCY_CODES)
    assert values(column["Currencies"]) == [
        "EUR", "USD", "UAH", "GBP", "CHF", "CAD", "SEK", "DKK", "NOK", "PLN", "JPY", "CZK", "AUD", "HUF"
    ]  # fmt: skip
    assert values(column["Priority codes"]) == ["CUSTODY", "BORDER_CROSSING"]
    assert values(column["Status"]) == ["ongoing", "planned", "completed"]

    by_range = {}
    for validation in wb["Projects"].data_validations.dataValidation:
        for cells in str(validation.sqref).split():
            by_range[cells.split(":")[0]] = validation
    # F beneficiaries, G priority, K currency, L status
    assert by_range["F2"].formula1 == "Lists!$A$2:$A$7"
    assert by_range["G2"].formula1 == "Lists!$C$2:$C$3"
    assert by_range["K2"].formula1 == "Lists!$B$2:$B$15"
    assert by_range["L2"].formula1 == "Lists!$F$2:$F$4"
    assert by_range["K2"].showErrorMessage  # a currency must come from the list
    assert not by_range["F2"].showErrorMessage  # several agencies "NPU;SBGS" are allowed
    assert by_range["H2"].type == "date" and by_range["I2"].type == "date"
    assert by_range["J2"].type == "decimal"


def test_deterministic_bytes(tmp_path):
    a = write_template(tmp_path / "a.xlsx", lang="both", priorities=PRIORITIES)
    b = write_template(tmp_path / "b.xlsx", lang="both", priorities=PRIORITIES)
    assert a.read_bytes() == b.read_bytes()
    assert openpyxl.load_workbook(a).properties.created == dt.datetime(2021, 1, 1)
    assert not list(tmp_path.glob(".*tmp"))


def test_priority_list_forms(tmp_path):
    PRIORITIES.to_csv(tmp_path / "p.csv", index=False)
    assert priority_list(tmp_path / "p.csv")["priority_code"].tolist() == ["CUSTODY", "BORDER_CROSSING"]
    assert priority_list(["A", "OTHER", "UNMAPPED", "A"])["priority_code"].tolist() == ["A"]
    assert len(priority_list()) > 0  # the priority file in use
    with pytest.raises(TemplateError, match="priority_code"):
        priority_list(pd.DataFrame({"code": ["A"]}))


def test_unknown_language_is_refused(tmp_path):
    with pytest.raises(TemplateError, match="lang"):
        write_template(tmp_path / "t.xlsx", lang="fr")
    with pytest.raises(TemplateError):
        header_labels("ru")
    assert not (tmp_path / "t.xlsx").exists()


@pytest.mark.parametrize("lang", ["en", "uk"])
def test_filled_template_builds_cleanly(tmp_path, lang):
    build = pytest.importorskip("mtd_analysis.build").build
    raw = tmp_path / "raw"
    path = write_template(raw / "undp.xlsx", lang=lang)
    wb = openpyxl.load_workbook(path)
    ws = wb["Projects"]
    filled = [
        ["UNDP-1", "UNDP", "UNOPS", "Border crossing points", "Scanners", "SBGS", "BORDER_CROSSING",
         dt.datetime(2021, 1, 1), dt.datetime(2022, 12, 31), 1500000, "EUR", "ongoing"],
        ["UNDP-2", "UNDP", "IOM", "Migration records", "IT systems", "SMS;SBGS", "ILLEGAL_MIGRATION",
         dt.datetime(2020, 6, 1), dt.datetime(2021, 5, 31), 250000.5, "EUR", "completed"],
        ["UNDP-3", "UNDP", "UNODC", "Custody records", "Software", "NPU", "CUSTODY",
         dt.datetime(2021, 3, 1), dt.datetime(2022, 2, 28), 99000, "USD", "planned"],
    ]  # fmt: skip
    for r, row in enumerate(filled, start=3):
        for c, value in enumerate(row, start=1):
            ws.cell(row=r, column=c, value=value)
    wb.save(path)

    result = build(raw, tmp_path / "out", year=2021)
    issues = result.issues
    assert issues.empty, issues.to_string()  # the issue: "a filled template loads with zero issues"
    assert result.manifest["files"][0]["rows_skipped"] == 1  # the example row, counted but not reported
    projects = result.projects.sort_values("source_row", kind="stable")
    assert len(projects) == 3
    assert projects["source_row"].tolist() == [3, 4, 5]
    assert projects["partner"].tolist() == ["UNDP"] * 3
    assert projects["title"].tolist() == ["Border crossing points", "Migration records", "Custody records"]
    assert projects["implementer"].tolist() == ["UNOPS", "IOM", "UNODC"]
    assert projects["declared_priority"].tolist() == ["BORDER_CROSSING", "ILLEGAL_MIGRATION", "CUSTODY"]
    assert [set(b.split(";")) for b in projects["beneficiaries"]] == [{"SBGS"}, {"SMS", "SBGS"}, {"NPU"}]
    assert projects["start_date"].tolist() == ["2021-01-01", "2020-06-01", "2021-03-01"]
    assert projects["end_date"].tolist() == ["2022-12-31", "2021-05-31", "2022-02-28"]
    assert projects["amount"].tolist() == [1500000.0, 250000.5, 99000.0]
    assert projects["currency"].tolist() == ["EUR", "EUR", "USD"]
    assert projects["status"].tolist() == ["ongoing", "completed", "planned"]
