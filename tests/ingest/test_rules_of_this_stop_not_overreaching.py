"""Ordinary files on which this stop's new reading rules must not fire (found by a review written blind against
them): a remark saying what the amounts "do not include", a line above a table naming last year's submission, notes
marked on status or money cells that mention a status word or a currency in passing, columns shaded down a
timeline, a summary box of totals, a sheet named "Current", a title wrapped into a second language, a label before a
partner cell's shares, a fiscal year in a Start cell. Expected values: as written in the cells."""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import PatternFill

from mtd_analysis.build import build
from mtd_analysis.ingest.partners import partner_shares


def _messages(result) -> str:
    return " | ".join(result.issues["message"])


def test_a_remark_saying_what_amounts_do_not_include_keeps_its_row(one_sheet_build):
    rows = [
        ["Project", "Start", "End", "Budget, EUR", "Remarks"],
        [
            "Support to local governance reform",
            "01.01.2021",
            "31.12.2022",
            1_200_000,
            "Amounts do not include VAT",
        ],
        ['Campaign "Do not use violence" in schools', "01.03.2021", "28.02.2022", 300_000, None],
        ["Навчання поліції", "01.03.2021", "28.02.2023", 500_000, "ПДВ не враховувати при звітуванні"],
    ]
    result = one_sheet_build(rows, "sweden.xlsx")
    assert len(result.projects) == 3
    assert "not to be used" not in _messages(result)


def test_a_line_naming_last_years_submission_keeps_its_sheet(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    wb = Workbook()
    ws = wb.active
    ws.title = "Projects"
    ws.append(["Same projects as in the 2020 submission, amounts updated for 2021"])
    ws.append(["Project", "Start", "End", "Budget, EUR"])
    ws.append(["Police training", "01.03.2021", "28.02.2023", 500_000])
    other = wb.create_sheet("Pipeline")
    other.append(["Project", "Start", "End", "Budget, EUR"])
    other.append(["Border management phase II", "01.01.2022", "31.12.2023", 800_000])
    wb.save(raw / "sweden.xlsx")
    result = build(raw, tmp_path / "out", year=2021)
    assert sorted(result.projects["title"]) == ["Border management phase II", "Police training"]


def test_notes_mentioning_a_status_or_a_currency_in_passing_change_nothing_and_are_said(one_sheet_build):
    rows = [
        ["Project", "Start", "End", "Budget (EUR)", "Status"],
        ["Local governance reform", "01.01.2020", "31.12.2023", 1_200_000, "ongoing¹"],
        ["Police training", "01.03.2019", "28.02.2023", "500 000**", "ongoing²"],
        [],
        ["¹ No-cost extension signed until 2023"],
        ["² Phase I cancelled; Phase II ongoing"],
        ["** Amount includes UAH 2 million co-financing from the local budget"],
    ]
    result = one_sheet_build(rows, "denmark.xlsx")
    assert set(result.projects["status"]) == {"ongoing"}
    assert set(result.projects["currency"]) == {"EUR"}
    messages = _messages(result)
    assert (
        "cell E2 is marked ¹: the note at A5 ('No-cost extension signed until 2023') is not read" in messages
    )
    assert "cell D3 is marked **" in messages and "cell E3 is marked ²" in messages


def test_columns_shaded_down_a_timeline_are_no_bars(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    wb = Workbook()
    ws = wb.active
    ws.append([None, None, "2021", None, None, None])
    ws.append(["Project", "Budget, NOK", "Q1", "Q2", "Q3", "Q4"])
    ws.merge_cells("C1:F1")
    ws.append(["Local governance reform", 12_000_000, None, None, None, None])
    ws.append(["Police training (no dates yet)", 5_000_000, None, None, None, None])
    for number in (3, 4):
        for col in (4, 5):  # Q2 and Q3 highlighted down the sheet
            ws.cell(number, col).fill = PatternFill("solid", fgColor="FFFF00")
    wb.save(raw / "norway.xlsx")
    result = build(raw, tmp_path / "out", year=2021)
    assert result.projects["start_date"].isna().all()  # no period read from the highlight
    assert "the timeline colours" not in _messages(result)


def test_a_summary_box_of_totals_in_a_cell_is_no_project(one_sheet_build):
    rows = [
        ["Portfolio summary"],
        [None, "Governance\nTotal: EUR 4.5 million\nImplementers: UNDP, EUACI\nPeriod: 2021–2023", None,
         "Security\nTotal: EUR 0.8 million\nImplementers: IOM\nPeriod: 2021–2023"],
    ]  # fmt: skip
    result = one_sheet_build(rows, "eu.xlsx", "Summary")
    assert result.projects.empty


def test_a_sheet_named_current_gives_no_status(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    wb = Workbook()
    ws = wb.active
    ws.title = "Current"
    ws.append(["Project", "Start", "End", "Budget, EUR"])
    ws.append(["Local governance reform", "01.01.2019", "31.12.2020", 1_200_000])
    wb.save(raw / "sweden.xlsx")
    result = build(raw, tmp_path / "out", year=2021)
    assert result.projects["status"].isna().all()


def test_a_title_wrapped_into_another_language_stays_whole(one_sheet_build):
    rows = [
        ["Project", "Start", "End", "Budget, CAD"],
        ["Support to Prozorro e-procurement system\nта системи електронних аукціонів", "01.01.2021", "31.12.2022", 400_000],
    ]  # fmt: skip
    result = one_sheet_build(rows, "canada.xlsx")
    project = result.projects.iloc[0]
    assert project["title"] == "Support to Prozorro e-procurement system та системи електронних аукціонів"


def test_a_label_with_a_number_before_a_partner_cells_shares():
    assert partner_shares("Phase 2: EU 70% / Germany 30%") == [("EU", 70.0), ("Germany", 30.0)]
    assert partner_shares("Action 2.2: Sweden 60%, Finland 40%") == [("Sweden", 60.0), ("Finland", 40.0)]


def test_a_fiscal_year_in_a_start_cell_is_no_whole_period(one_sheet_build):
    rows = [
        ["Project", "Start", "End", "Budget, GBP"],
        ["Local governance reform", "2021/22", None, 1_200_000],
    ]
    result = one_sheet_build(rows, "uk.xlsx")
    assert result.projects["start_date"].isna().all()
    assert "gives the whole period" not in _messages(result)
