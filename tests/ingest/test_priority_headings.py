"""Rows grouped under a heading that names their priority ("Пріоритет: Протидія домашньому насильству")."""

from __future__ import annotations

from openpyxl import Workbook

from mtd_analysis.build import build


def _grouped(path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Литва"
    ws.append(["№", "Захід / проєкт", "Отримувач", "Початок", "Завершення", "Сума, євро", "Пріоритет МВС"])
    ws.append(["Пріоритет: Протидія домашньому насильству"])  # row 2
    ws.append([1, "Навчальний візит фахівців до Литви", "НПУ", "01.05.2021", "31.05.2021", 40_000])
    ws.append([2, "Підтримка кризового центру", "НПУ", "01.10.2021", "30.09.2022", 60_000])
    ws.append(
        [
            3,
            "Обладнання для кінологів",
            "НПУ",
            "01.06.2021",
            "31.12.2021",
            10_000,
            "Протидія наркозлочинності",
        ]
    )
    ws.append([None, "Разом за пріоритетом", None, None, None, 110_000])  # row 6: the group ends
    ws.append(
        [4, "Семінари для офіцерів", "ДПСУ", "01.02.2021", "30.04.2021", 20_000]
    )  # row 7: no heading above
    ws.append(["Priority 2. Effective border management"])  # row 8
    ws.append([5, "Передача обладнання", "ДПСУ", "01.12.2021", "31.12.2021", 150_000])
    wb.save(path)


def test_rows_under_a_priority_heading_declare_it(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    _grouped(raw / "lithuania.xlsx")
    result = build(raw, tmp_path / "out", year=2021)
    projects = result.projects.set_index("title")
    declared = projects["declared_priority"]
    assert declared["Навчальний візит фахівців до Литви"] == "Протидія домашньому насильству"
    assert declared["Підтримка кризового центру"] == "Протидія домашньому насильству"
    assert declared["Обладнання для кінологів"] == "Протидія наркозлочинності"  # its own cell wins
    assert declared.isna()["Семінари для офіцерів"]  # below the group's totals row: no heading
    assert declared["Передача обладнання"] == "Effective border management"
    cells = projects.loc["Підтримка кризового центру", "source_cells"]
    assert "declared_priority=A2" in cells  # the heading's cell: where the priority was read
    top = (
        result.allocations.groupby(["project_id", "priority_code"])["share"].sum().reset_index()
        .sort_values("share").groupby("project_id").tail(1).set_index("project_id")["priority_code"]
    )  # fmt: skip
    assert top[projects.loc["Підтримка кризового центру", "project_id"]] == "DOMESTIC_VIOLENCE"
    said = result.issues[result.issues["kind"].eq("heading")]
    assert said["column"].tolist() == ["A2", "A8"] and said["severity"].eq("info").all()


def test_a_heading_that_names_no_priority_declares_nothing(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    wb = Workbook()
    ws = wb.active
    ws.append(["№", "Захід / проєкт", "Отримувач", "Початок", "Завершення", "Сума, євро"])
    ws.append(["Національна поліція України"])
    ws.append([1, "Навчальний візит фахівців до Литви", "НПУ", "01.05.2021", "31.05.2021", 40_000])
    wb.save(raw / "lithuania.xlsx")
    result = build(raw, tmp_path / "out", year=2021)
    assert result.projects["declared_priority"].isna().all()


def test_a_priority_level_is_no_priority_and_a_heading_reaches_only_its_group(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    wb = Workbook()
    ws = wb.active
    ws.append(["Project title", "Beneficiary", "Start", "End", "Amount, EUR"])
    ws.append(["Priority 1. Border management"])
    ws.append(["Border IT", "SBGS", "01.01.2021", "31.12.2021", 100_000])
    ws.append(["Pipeline (not yet approved)"])  # another heading: the priority's reach ends
    ws.append(["Legal aid", "MIA", "01.01.2021", "31.12.2021", 100_000])
    ws.append(["Priority: high"])  # a level, not a priority's name
    ws.append(["Police academy", "NPU", "01.01.2021", "31.12.2021", 200_000])
    wb.save(raw / "eu.xlsx")
    declared = build(raw, tmp_path / "out", year=2021).projects.set_index("title")["declared_priority"]
    assert declared["Border IT"] == "Border management"
    assert declared.isna()["Legal aid"] and declared.isna()["Police academy"]
