"""Tests of mtd_analysis.analysis.quality: the submission scorecard and its grades."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from mtd_analysis.analysis.quality import (
    KEY_FIELDS,
    QUALITY_COLUMNS,
    grade,
    kinds_text,
    quality,
    worst_issues,
)
from mtd_analysis.schema import ISSUE_COLUMNS


def issues_frame(rows: list[tuple]) -> pd.DataFrame:
    """Issues from (file, row, severity, kind)."""
    return pd.DataFrame(
        [(f, "Projects", r, "C", s, k, f"row {r}: {k}") for f, r, s, k in rows], columns=ISSUE_COLUMNS
    )


def full_record(i: int, **extra) -> dict:
    record = {
        "project_id": f"EU-{i}",
        "partner": "EU",
        "implementer": "UNOPS",
        "title": f"Project {i}",
        "beneficiaries": "SBGS",
        "declared_priority": "2.1",
        "start_date": "2021-01-01",
        "end_date": "2022-12-31",
        "amount": 100.0,
        "currency": "EUR",
        "source_file": "eu.xlsx",
    }
    record.update(extra)
    return record


@pytest.fixture
def submissions(make_projects):
    files = pd.DataFrame(
        [
            {"file": "eu.xlsx", "status": "loaded", "rows_read": 20, "rows_loaded": 20, "rows_rejected": 0,
             "rows_skipped": 1, "lang": "en"},
            {"file": "undp/list.csv", "status": "loaded", "rows_read": 4, "rows_loaded": 4, "rows_rejected": 0,
             "rows_skipped": 0, "lang": "uk"},
            {"file": "broken.xlsx", "status": "failed", "rows_read": 0, "rows_loaded": 0, "rows_rejected": 0,
             "rows_skipped": 0},
            {"file": "notes.txt", "status": "skipped"},
        ]
    )  # fmt: skip
    eu = [full_record(i) for i in range(20)]
    # UNDP: 4 projects, title always, amount in 3, nothing else except partner
    undp = [
        {"project_id": f"U{i}", "partner": "UNDP", "title": f"T{i}", "amount": 5.0 if i < 3 else None,
         "source_file": "undp/list.csv", "implementer": "  "}
        for i in range(4)
    ]  # fmt: skip
    projects = make_projects(eu + undp)
    issues = issues_frame(
        [("eu.xlsx", 5, "warning", "date"), ("undp/list.csv", 2, "error", "amount"),
         ("undp/list.csv", 3, "warning", "date"), ("undp/list.csv", 4, "warning", "date"),
         ("undp/list.csv", 0, "info", "header"), ("broken.xlsx", 0, "error", "file"),
         ("other.xlsx", 1, "error", "amount")]
    )  # fmt: skip
    return files, issues, projects


def test_scorecard_rows_counts_and_completeness(submissions):
    files, issues, projects = submissions
    card = quality(files, issues, projects)
    assert card.columns.tolist() == QUALITY_COLUMNS
    # sorted by partner (unknown last), then file
    assert card["file"].tolist() == ["eu.xlsx", "undp/list.csv", "broken.xlsx", "notes.txt"]
    assert card["partner"].iloc[:2].tolist() == ["EU", "UNDP"]
    assert card["partner"].iloc[2:].isna().all()

    eu = card.iloc[0]
    assert (eu["rows_read"], eu["rows_loaded"], eu["rows_skipped"]) == (20, 20, 1)
    assert all(eu[f"complete_{f}"] == 1.0 for f in KEY_FIELDS)
    assert (eu["errors"], eu["warnings"], eu["infos"], eu["kinds"]) == (0, 1, 0, "date=1")
    # 1 warning in 20 rows = 5 % <= 10 %, no errors, complete -> A
    assert eu["grade"] == "A"

    undp = card.iloc[1]
    assert undp["complete_title"] == 1.0
    assert undp["complete_amount"] == 0.75
    assert undp["complete_implementer"] == 0.0  # blank text is not filled
    assert undp["complete_currency"] == 0.0
    # (1 + 0.75 + 0 * 6) / 8
    assert undp["completeness"] == pytest.approx(1.75 / 8)
    assert (undp["errors"], undp["warnings"], undp["infos"]) == (1, 2, 1)
    assert undp["kinds"] == "date=2; amount=1; header=1"
    assert undp["grade"] == "D"

    broken = card.iloc[2]
    assert (broken["grade"], broken["errors"], broken["kinds"]) == ("E", 1, "file=1")
    assert math.isnan(broken["completeness"]) and math.isnan(broken["complete_title"])

    skipped = card.iloc[3]
    assert pd.isna(skipped["grade"]) and skipped["rows_read"] == 0


def test_inputs_not_mutated(submissions):
    files, issues, projects = submissions
    copies = [files.copy(), issues.copy(), projects.copy()]
    quality(files, issues, projects)
    for before, after in zip(copies, (files, issues, projects), strict=True):
        pd.testing.assert_frame_equal(before, after)


def test_works_on_frames_read_back_from_csv(tmp_path, submissions):
    files, issues, projects = submissions
    projects.to_csv(tmp_path / "projects.csv", index=False)
    issues.to_csv(tmp_path / "issues.csv", index=False)
    card = quality(files, pd.read_csv(tmp_path / "issues.csv"), pd.read_csv(tmp_path / "projects.csv"))
    pd.testing.assert_frame_equal(card, quality(files, issues, projects))


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("loaded", 100, 100, 0, 10, 0.95), "A"),  # 10 % warnings, 95 % complete: A at the edges
        (("loaded", 100, 100, 0, 11, 0.99), "B"),  # too many warnings for A
        (("loaded", 100, 100, 0, 0, 0.94), "B"),
        (("loaded", 100, 95, 5, 0, 0.85), "B"),
        (("loaded", 100, 94, 6, 0, 0.99), "C"),
        (("loaded", 100, 90, 15, 0, 0.70), "C"),
        (("loaded", 100, 90, 16, 0, 0.99), "D"),
        (("loaded", 100, 100, 0, 0, 0.69), "D"),
        (("loaded", 10, 0, 10, 0, float("nan")), "E"),
        (("failed", 0, 0, 1, 0, float("nan")), "E"),
    ],
)
def test_grade_rule(args, expected):
    assert grade(*args) == expected


def test_kinds_text_orders_by_count_then_name():
    assert kinds_text(pd.Series(["b", "a", "c", "c", None])) == "c=2; a=1; b=1"


def test_partner_from_manifest_when_no_projects(make_projects):
    files = pd.DataFrame([{"file": "giz.xlsx", "status": "loaded", "rows_read": 3, "partner": "GIZ"}])
    card = quality(files, issues_frame([]), make_projects([]))
    assert card["partner"].tolist() == ["GIZ"]
    assert card["grade"].tolist() == ["E"]  # nothing loaded


def test_projects_of_several_files_interleaved_are_counted_per_file(make_projects):
    files = pd.DataFrame(
        [
            {"file": "a.csv", "status": "loaded", "rows_read": 3, "rows_loaded": 3},
            {"file": "b.csv", "status": "loaded", "rows_read": 2, "rows_loaded": 2},
            {"file": "c.csv", "status": "loaded", "rows_read": 1, "rows_loaded": 0},
        ]
    )
    # a.csv: 3 projects, amounts 0.0 / NaN / 5.0, titles "x" / "  " / "\t" ; b.csv: 2 projects, both filled
    projects = make_projects(
        [
            {"source_file": "a.csv", "partner": "EU", "title": "x", "amount": 0.0},
            {"source_file": "b.csv", "partner": "GIZ", "title": "y", "amount": 1.0},
            {"source_file": "a.csv", "partner": "EU", "title": "  ", "amount": None},
            {"source_file": "b.csv", "partner": "GIZ", "title": "z", "amount": 2.0},
            {"source_file": "a.csv", "partner": "EU", "title": "\t", "amount": 5.0},
        ]
    )
    issues = issues_frame(
        [("b.csv", 2, "warning", "date"), ("a.csv", 3, "ERROR", "amount"), ("b.csv", 3, "warning", "amount"),
         ("a.csv", 4, "error", "amount"), ("b.csv", 4, "info", "date"), ("b.csv", 5, "warning", "date")]
    )  # fmt: skip
    card = quality(files, issues, projects).set_index("file")
    assert card.loc["a.csv", "complete_title"] == pytest.approx(1 / 3)
    assert card.loc["a.csv", "complete_amount"] == pytest.approx(2 / 3)  # 0.0 is a value
    assert card.loc["b.csv", "complete_title"] == 1.0 and card.loc["b.csv", "complete_amount"] == 1.0
    assert (card.loc["a.csv", "errors"], card.loc["a.csv", "warnings"]) == (2, 0)
    assert (card.loc["b.csv", "warnings"], card.loc["b.csv", "infos"]) == (3, 1)
    assert card.loc["a.csv", "kinds"] == "amount=2"
    assert card.loc["b.csv", "kinds"] == "date=3; amount=1"
    assert card.loc["c.csv", "kinds"] == "" and card.loc["c.csv", "grade"] == "E"
    assert math.isnan(card.loc["c.csv", "completeness"])
    assert card.loc[["a.csv", "b.csv"], "partner"].tolist() == ["EU", "GIZ"]
    assert pd.isna(card.loc["c.csv", "partner"])


def test_a_gap_of_the_rates_table_does_not_lower_a_partners_grade():
    """A missing exchange rate (kind "rate") is the analyst's to fix, not the partner's."""
    files = pd.DataFrame(
        [
            {
                "file": "eu.xlsx",
                "status": "loaded",
                "rows_read": 1,
                "rows_loaded": 1,
                "rows_rejected": 0,
                "rows_skipped": 0,
            }
        ]
    )
    projects = pd.DataFrame(
        [
            {
                "source_file": "eu.xlsx",
                "partner": "EU",
                "title": "t",
                "amount": 1.0,
                "currency": "EUR",
                "start_date": "2021-01-01",
                "end_date": "2023-12-31",
                "beneficiaries": "NPU",
                "declared_priority": "DRUGS",
                "implementer": "UNDP",
            }
        ]
    )
    rate_gap = pd.DataFrame(
        [
            {
                "file": "eu.xlsx",
                "sheet": "",
                "row": 2,
                "column": "J2",
                "severity": "error",
                "kind": "rate",
                "message": "m",
            }
        ]
    )
    card = quality(files, rate_gap, projects)
    assert card["errors"].tolist() == [0]
    assert card["grade"].tolist() == ["A"]


# ------------------------------------------------------------------------------------- worst problems
def _issue(file, sheet, row, severity, kind, message):
    return {"file": file, "sheet": sheet, "row": row, "column": "", "severity": severity, "kind": kind,
            "message": message}  # fmt: skip


def _issues(*rows) -> pd.DataFrame:
    return pd.DataFrame([_issue(*r) for r in rows], columns=ISSUE_COLUMNS)


def test_warnings_fill_the_places_errors_leave_one_per_file_sheet_and_kind():
    issues = _issues(
        ("eu.xlsx", "2021", 7, "warning", "date", "row 7: no start or end date"),
        ("eu.xlsx", "2021", 8, "warning", "date", "row 8: no start or end date"),
        ("eu.xlsx", "2021", 9, "warning", "date", "row 9: no start or end date"),
        ("eu.xlsx", "2021", 9, "info", "amount", "row 9: a note"),
        ("eu.xlsx", "2021", None, "warning", "header", "column D has values but no header"),
        (
            "eu.xlsx",
            "2022",
            4,
            "warning",
            "date",
            "row 4: no start or end date",
        ),  # another sheet: its own place
        ("us.csv", "", 3, "error", "amount", "row 3: amount 'abc' is not a number"),
    )
    shown, left = worst_issues(issues, limit=3)
    # 1 error, then 2 places for warnings: the first of eu.xlsx [2021] dates (standing for 2 more), its header
    assert shown["message"].tolist() == [
        "row 3: amount 'abc' is not a number",
        "row 7: no start or end date",
        "column D has values but no header",
    ]
    assert shown["alike"].tolist() == [0, 2, 0]
    assert left == 1  # eu.xlsx [2022]'s date; the note is never counted
    shown, left = worst_issues(issues, limit=5)
    assert shown["message"].tolist()[-1] == "row 4: no start or end date" and left == 0


def test_errors_take_every_place_before_any_warning():
    errors = [("eu.xlsx", "S", r, "error", "date", f"row {r}: bad date") for r in range(2, 9)]
    issues = _issues(("eu.xlsx", "S", 1, "warning", "rate", "no rate for 2019"), *errors)
    shown, left = worst_issues(issues, limit=5)
    assert shown["message"].tolist() == [f"row {r}: bad date" for r in range(2, 7)]
    assert left == 2 + 1  # two errors and the warning


def test_files_and_sheets_not_read_are_all_shown_whatever_the_limit():
    unread = [(f"p{i}.xlsx", "", None, "warning", "not read", f"p{i}.xlsx: not read — no project table")
              for i in range(7)]  # fmt: skip
    issues = _issues(
        *unread,
        ("q.xlsx", "Empty", None, "warning", "no rows", "a header and no rows under it"),
        ("q.xlsx", "Data", 5, "warning", "date", "row 5: no start or end date"),
    )
    shown, left = worst_issues(issues, limit=1)
    assert shown["file"].tolist() == [f"p{i}.xlsx" for i in range(7)] + ["q.xlsx", "q.xlsx"]
    assert shown["kind"].tolist()[-2:] == ["no rows", "date"] and left == 0


def test_worst_issues_leaves_its_input_alone_and_takes_an_empty_table():
    issues = _issues(("eu.xlsx", "S", 2, "warning", "date", "row 2: no date"))
    before = issues.copy()
    worst_issues(issues)
    pd.testing.assert_frame_equal(issues, before)
    shown, left = worst_issues(_issues())
    assert shown.empty and "alike" in shown and left == 0
