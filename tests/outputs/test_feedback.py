"""Tests of mtd_analysis.outputs.feedback: one workbook per partner, in the partner's language."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from mtd_analysis.outputs.feedback import (
    FEEDBACK_COLUMNS,
    cell_reference,
    label,
    safe_file_name,
    write_feedback,
)
from mtd_analysis.schema import ISSUE_COLUMNS


def write_build_folder(out, make_projects, with_quality: bool = False) -> None:
    out.mkdir()
    projects = make_projects(
        [
            {"project_id": "EU-1", "partner": "EU", "title": "Border posts", "source_file": "eu/2021.xlsx",
             "source_row": 3, "lang": "en"},
            {"project_id": "EU-2", "partner": "EU", "title": "Custody", "source_file": "eu/2021.xlsx",
             "source_row": 4, "lang": "en"},
            {"project_id": "U-1", "partner": "Посольство Японії", "title": "Поліція", "source_file": "japan.csv",
             "source_sheet": "", "source_row": 2, "lang": "uk"},
        ]
    )  # fmt: skip
    projects.to_csv(out / "projects.csv", index=False)
    issues = pd.DataFrame(
        [
            ("eu/2021.xlsx", "Projects", 9, "F", "error", "amount", "row 9: amount 'n/a' is not a number"),
            (
                "eu/2021.xlsx",
                "Projects",
                4,
                "H",
                "warning",
                "date",
                "project EU-2 'Custody' (row 4): end date",
            ),
            ("eu/2021.xlsx", "Projects", 2, "", "info", "example", "row 2 is the example row; skipped"),
            ("japan.csv", "", 5, "amount", "warning", "currency", "row 5: no currency; UAH assumed"),
            ("broken.xlsx", "", None, "", "error", "file", "the file is password-protected"),
            ("", "", None, "", "warning", "rates", "no rate for 2024"),
        ],
        columns=ISSUE_COLUMNS,
    )
    issues.to_csv(out / "issues.csv", index=False)
    files = [
        {"file": "eu/2021.xlsx", "sha256": "x", "status": "loaded", "rows_read": 3, "rows_loaded": 2,
         "rows_rejected": 1, "rows_skipped": 1, "lang": "en"},
        {"file": "japan.csv", "sha256": "y", "status": "loaded", "rows_read": 1, "rows_loaded": 1,
         "rows_rejected": 0, "rows_skipped": 0, "lang": "uk"},
        {"file": "broken.xlsx", "sha256": "z", "status": "failed", "rows_read": 0, "rows_loaded": 0,
         "rows_rejected": 0, "rows_skipped": 0},
    ]  # fmt: skip
    (out / "manifest.json").write_text(json.dumps({"year": 2021, "files": files}), encoding="utf-8")
    if with_quality:
        pd.DataFrame(
            [{"partner": "EU", "file": "eu/2021.xlsx", "status": "loaded", "rows_read": 3, "rows_loaded": 2,
              "rows_rejected": 1, "rows_skipped": 1, "completeness": 0.5, "errors": 1, "warnings": 1,
              "grade": "C"}]
        ).to_csv(out / "quality.csv", index=False)  # fmt: skip


def test_one_workbook_per_partner_in_their_language(tmp_path, make_projects):
    pytest.importorskip("mtd_analysis.outputs.workbooks")
    write_build_folder(tmp_path / "out", make_projects)
    written = write_feedback(tmp_path / "out", tmp_path / "feedback")
    assert written.columns.tolist() == FEEDBACK_COLUMNS
    # sorted by partner; the failed file with no partner is reported under its stem
    assert written["partner"].tolist() == ["EU", "broken", "Посольство Японії"]
    assert written["workbook"].tolist() == [
        "feedback_EU.xlsx",
        "feedback_broken.xlsx",
        "feedback_Посольство_Японії.xlsx",
    ]
    assert written["lang"].tolist() == ["en", "en", "uk"]
    assert written["errors"].tolist() == [1, 1, 0]
    assert written["warnings"].tolist() == [1, 0, 1]
    assert sorted(p.name for p in (tmp_path / "feedback").iterdir()) == sorted(written["workbook"])

    eu = pd.read_excel(tmp_path / "feedback" / "feedback_EU.xlsx", sheet_name=None, engine="calamine")
    assert list(eu) == ["Note", "Summary", "Issues"]
    issues = eu["Issues"]
    assert issues.columns.tolist() == [
        "File",
        "Sheet",
        "Row",
        "Cell",
        "Severity",
        "Kind",
        "Message",
        "What to do",
    ]
    # errors first, infos left out, cell built from the column letter and row
    assert issues["Severity"].tolist() == ["error", "warning"]
    assert issues["Cell"].tolist() == ["F9", "H4"]
    assert issues["Row"].tolist() == [9, 4]
    summary = eu["Summary"]
    assert summary["File"].tolist() == ["eu/2021.xlsx"]
    assert summary["Grade"].notna().all()
    assert "Partner: EU" in eu["Note"]["Note"].tolist()

    japan = pd.read_excel(
        tmp_path / "feedback" / "feedback_Посольство_Японії.xlsx", sheet_name=None, engine="calamine"
    )
    assert list(japan) == ["Примітка", "Підсумок", "Зауваження"]
    rows = japan["Зауваження"]
    assert rows["Важливість"].tolist() == ["попередження"]
    assert rows["Клітинка"].isna().all()  # column given by name, not letter
    assert japan["Підсумок"]["Стан"].tolist() == ["завантажено"]


def test_quality_csv_is_used_when_present(tmp_path, make_projects):
    pytest.importorskip("mtd_analysis.outputs.workbooks")
    write_build_folder(tmp_path / "out", make_projects, with_quality=True)
    written = write_feedback(tmp_path / "out", tmp_path / "feedback")
    assert written["partner"].tolist() == ["EU"]
    assert written["grade"].tolist() == ["C"]
    note = pd.read_excel(tmp_path / "feedback" / "feedback_EU.xlsx", sheet_name="Note", engine="calamine")[
        "Note"
    ].tolist()
    assert label("note.grade", "en", grade="C") in note
    # same build -> byte-identical workbooks
    write_feedback(tmp_path / "out", tmp_path / "again")
    assert (tmp_path / "feedback" / "feedback_EU.xlsx").read_bytes() == (
        tmp_path / "again" / "feedback_EU.xlsx"
    ).read_bytes()


def test_missing_build_files_raise(tmp_path):
    (tmp_path / "out").mkdir()
    with pytest.raises(FileNotFoundError, match="projects.csv"):
        write_feedback(tmp_path / "out", tmp_path / "feedback")


@pytest.mark.parametrize(
    ("name", "expected"),
    [("EU", "EU"), ("U.S. Embassy / INL", "U_S_Embassy_INL"), ("../../etc", "etc"), ("Рада Європи", "Рада_Європи"),
     ("", "partner")],
)  # fmt: skip
def test_safe_file_name(name, expected):
    assert safe_file_name(name) == expected


def test_cell_reference():
    assert cell_reference("C", 7) == "C7"
    assert cell_reference("C7", None) == "C7"
    assert cell_reference("title", 7) == ""
    assert cell_reference(float("nan"), 7) == ""


def test_labels_in_both_languages():
    assert label("col.message", "en") == "Message"
    assert label("col.message", "uk") == "Повідомлення"
    assert label("col.message", "ru") == "Message"  # unknown language -> English


def test_what_to_do_is_said_in_the_partners_language(tmp_path):
    """Each problem comes with what the partner can do, in Ukrainian for a Ukrainian submission."""
    from mtd_analysis.outputs.feedback import _todo

    assert _todo("date", "uk").startswith("Перевірте дати")
    assert _todo("date", "en").startswith("Check the dates")
    assert _todo("no-such-kind", "uk") == ""
