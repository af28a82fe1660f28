"""What Excel's formatting says (blind set AZ): currencies in number formats, rows struck through or hidden, hidden
columns of old figures, an unlabelled totals row, shares stored as fractions and shown as percentages."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook
from openpyxl.styles import Font

from mtd_analysis.build import build

D = dt.datetime
#: NBU official annual mean rates for 2021, UAH per unit (the shipped table's figures)
UAH_2021 = {"EUR": 32.3009, "USD": 27.2835, "GBP": 37.5137}


def _build(tmp_path, rows, name="EU_list.xlsx", formats=None, struck=(), hidden_rows=(), hidden_cols=()):
    """One sheet; ``formats``: {cell: number format}; ``struck``: 1-based rows struck through."""
    raw = tmp_path / "raw"
    raw.mkdir(parents=True)
    wb = Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    for cell, fmt in (formats or {}).items():
        ws[cell].number_format = fmt
    for r in struck:
        for cell in ws[r]:
            cell.font = Font(strike=True)
    for r in hidden_rows:
        ws.row_dimensions[r].hidden = True
    for c in hidden_cols:
        ws.column_dimensions[c].hidden = True
    wb.save(raw / name)
    return build(raw, tmp_path / "out", year=2021)


def _by_title(result) -> dict[str, dict]:
    return {r["title"]: r for r in result.projects.to_dict("records")}


HEAD = ["Project", "Beneficiary", "Start", "End", "Budget"]


def test_the_currency_only_a_cells_number_format_shows_is_the_amounts(tmp_path):
    rows = [HEAD] + [
        [f"Project {i}", "NPU", D(2021, 1, 1), D(2021, 12, 31), 100_000 * i] for i in range(1, 6)
    ]
    formats = {
        "E2": "€#,##0",
        "E3": "[$SEK] #,##0",
        "E4": "#,##0 [$грн.-422]",
        "E5": '#,##0 "EUR"',
        "E6": "[$$-409]#,##0.00",
    }
    result = _build(tmp_path, rows, formats=formats)
    got = {t: p["currency"] for t, p in _by_title(result).items()}
    assert got == {
        "Project 1": "EUR",
        "Project 2": "SEK",
        "Project 3": "UAH",
        "Project 4": "EUR",
        "Project 5": "USD",
    }
    said = result.issues["message"]
    assert said.str.contains(
        "rows 2–6: the currency of each amount (EUR, SEK, UAH, USD) is shown only by", regex=False
    ).any()
    assert not said.str.contains("has no currency").any()
    assert "currency=E2" in _by_title(result)["Project 1"]["source_cells"]


def test_a_format_naming_another_currency_than_the_header_is_warned_and_the_header_kept(tmp_path):
    rows = [
        ["Project", "Start", "End", "Budget, USD"],
        ["Border radios", D(2021, 1, 1), D(2021, 12, 31), 800_000],
    ]
    result = _build(tmp_path, rows, formats={"D2": "€#,##0"})
    assert result.projects["currency"].tolist() == ["USD"]
    warned = result.issues[result.issues["severity"].eq("warning")]["message"]
    assert warned.str.contains(
        "the amount D2 is formatted in EUR, but the table says USD; USD was used"
    ).any()


def test_rows_struck_through_are_cancelled_as_the_note_says_and_a_hidden_row_only_with_a_note(tmp_path):
    rows = [
        [
            "Примітка: закреслені рядки – проєкти, скасовані донором. Приховані рядки – проєкти, відкликані донором."
        ],
        [],
        ["Назва проєкту", "Бенефіціар", "Початок", "Кінець", "Бюджет, EUR", "Статус"],
        ["Навчання НГУ", "НГУ", D(2021, 4, 1), D(2022, 3, 31), 500_000, "планується"],
        ["Обладнання ДПСУ", "ДПСУ", D(2021, 1, 1), D(2021, 12, 31), 300_000, "реалізується"],
        ["Протидія COVID-19", "ДМС", D(2021, 6, 1), D(2022, 5, 31), 450_000, "на погодженні"],
    ]
    result = _build(tmp_path, rows, struck=(4,), hidden_rows=(6,))
    status = {t: p["status"] for t, p in _by_title(result).items()}
    assert status == {
        "Навчання НГУ": "cancelled",
        "Обладнання ДПСУ": "ongoing",
        "Протидія COVID-19": "cancelled",
    }
    said = result.issues["message"]
    assert said.str.contains(
        "row 4 is struck through in Excel: read as cancelled (as the note in row 1 says)", regex=False
    ).any()
    assert said.str.contains(
        "row 6 is hidden in Excel: read as cancelled (as the note in row 1 says)", regex=False
    ).any()


def test_a_row_struck_through_with_no_note_is_cancelled_with_a_warning_and_a_hidden_one_is_read_as_it_is(
    tmp_path,
):
    rows = [HEAD + ["Status"]]
    rows += [[f"Project {i}", "NPU", D(2021, 1, 1), D(2021, 12, 31), 100_000, "ongoing"] for i in range(1, 4)]
    result = _build(
        tmp_path, rows, formats={f"E{r}": "€#,##0" for r in range(2, 5)}, struck=(2,), hidden_rows=(3,)
    )
    status = {t: p["status"] for t, p in _by_title(result).items()}
    assert status == {"Project 1": "cancelled", "Project 2": "ongoing", "Project 3": "ongoing"}
    warned = result.issues[result.issues["severity"].eq("warning")]["message"]
    assert warned.str.contains(
        "row 2 is struck through in Excel: read as cancelled (no note says", regex=False
    ).any()


def test_a_hidden_column_of_old_figures_beside_the_shown_budget_is_not_read(tmp_path):
    rows = [
        ["Project", "Start", "End", "Budget (ред. 11.2020), EUR", "Budget, EUR"],
        ["Checkpoint equipment", D(2021, 1, 1), D(2021, 12, 31), 2_000_000, 1_800_000],
    ]
    result = _build(tmp_path, rows, hidden_cols=("D",))
    (project,) = result.projects.to_dict("records")
    assert project["amount"] == 1_800_000 and not isinstance(project["yearly_amounts"], str)
    assert (
        result.issues["message"]
        .str.contains("column D ('Budget (ред. 11.2020), EUR') is hidden in Excel", regex=False)
        .any()
    )


def test_an_unlabelled_row_of_the_sum_is_a_totals_row_and_a_lone_other_figure_is_not(tmp_path):
    rows = [HEAD] + [
        [f"Project {i}", "NPU", D(2021, 1, 1), D(2021, 12, 31), 100_000 * i] for i in range(1, 4)
    ]
    formats = {f"E{r}": "€#,##0" for r in range(2, 6)}
    result = _build(tmp_path, rows + [[None, None, None, None, 600_000]], formats=formats)
    assert len(result.projects) == 3 and not result.issues["severity"].eq("error").any()
    assert (
        result.issues["message"]
        .str.contains("row 5 names nothing and its figure is the sum of the rows above")
        .any()
    )
    other = _build(tmp_path / "other", rows + [[None, None, None, None, 250_000]], formats=formats)
    assert other.issues["severity"].eq("error").any()  # not the sum: a row with no title, said


def test_the_partners_own_share_shown_as_a_percentage_gives_the_co_funder_the_rest(tmp_path):
    rows = [
        ["Ref", "Project", "Start", "End", "Total budget (GBP)", "UK share", "Co-funder"],
        [
            "C-1",
            "Joint programme on domestic violence",
            D(2021, 1, 1),
            D(2021, 12, 31),
            2_400_000,
            0.6,
            "Canada",
        ],
        ["C-2", "Community safety partnerships", D(2021, 1, 1), D(2021, 12, 31), 900_000, 1, None],
    ]
    result = _build(tmp_path, rows, name="UK_portfolio.xlsx", formats={"F2": "0%", "F3": "0%"})
    joint = result.projects[result.projects["title"].eq("Joint programme on domestic violence")]
    assert dict(zip(joint["partner"], joint["amount"], strict=True)) == {"UK": 1_440_000, "Canada": 960_000}
    assert result.projects.loc[
        result.projects["title"].eq("Community safety partnerships"), "amount"
    ].tolist() == [900_000]


@pytest.mark.parametrize(("share", "fmt"), [(0.35, "0%"), (35, None)])
def test_a_years_share_of_the_budget_is_that_share_of_the_total(tmp_path, share, fmt):
    rows = [
        ["Проект", "Донор", "Начало", "Окончание", "Валюта", "Бюджет", "Доля бюджета на 2021 г."],
        ["Поддержка полиции", "Норвегия", D(2020, 1, 1), D(2022, 12, 31), "EUR", 1_200_000, share],
    ]
    result = _build(tmp_path, rows, name="UNDP.xlsx", formats={"G2": fmt} if fmt else {})
    (project,) = result.projects.to_dict("records")
    assert project["yearly_amounts"] == "2021=420000"
    alloc = result.allocations
    assert alloc.loc[alloc["year"].eq(2021), "amount_eur"].sum() == pytest.approx(420_000)


def test_a_comment_on_a_read_cell_is_warned_and_one_elsewhere_said(tmp_path):
    from openpyxl.comments import Comment

    raw = tmp_path / "raw"
    raw.mkdir()
    wb = Workbook()
    ws = wb.active
    for row in [HEAD + ["Notes"], ["Women in policing", "NPU", D(2021, 1, 1), D(2021, 12, 31), 380_000, "x"]]:
        ws.append(row)
    ws["E2"].number_format = "€#,##0"
    ws["E2"].comment = Comment("Correct amount is 450,000 – table not updated.", "GAC")
    ws["F2"].comment = Comment("Contact: M. Tremblay", "GAC")
    wb.save(raw / "GAC.xlsx")
    result = build(raw, tmp_path / "out", year=2021)
    assert result.projects["amount"].tolist() == [380_000]  # the cell's value, never a guess from the comment
    comments = result.issues[result.issues["kind"].eq("comment")].set_index("column")
    assert comments.loc["E2", "severity"] == "warning"
    assert "Correct amount is 450,000" in comments.loc["E2", "message"]
    assert comments.loc["F2", "severity"] == "info"


def test_a_legend_of_sample_fills_along_one_row_gives_the_rows_statuses(tmp_path):
    from openpyxl.styles import PatternFill

    raw = tmp_path / "raw"
    raw.mkdir()
    wb = Workbook()
    ws = wb.active
    rows = [
        ["Цветовая маркировка:", None, "проект на стадии согласования", None, "проект завершён"],
        [],
        ["Проект", "Бенефициар", "Начало", "Окончание", "Бюджет, EUR"],
        ["Мобильные бригады", "НП", D(2021, 7, 1), D(2022, 6, 30), 400_000],
        ["Журнал задержанных", "НП", D(2020, 1, 1), D(2021, 6, 30), 600_000],
        ["Посты наблюдения", "ГПСУ", D(2021, 1, 1), D(2021, 12, 31), 300_000],
    ]
    for row in rows:
        ws.append(row)
    yellow, grey = PatternFill("solid", fgColor="FFFF00"), PatternFill("solid", fgColor="D9D9D9")
    ws["B1"].fill, ws["D1"].fill = yellow, grey
    for cell in ws[4]:
        cell.fill = yellow
    for cell in ws[5]:
        cell.fill = grey
    wb.save(raw / "UNDP.xlsx")
    result = build(raw, tmp_path / "out", year=2021)
    status = dict(zip(result.projects["title"], result.projects["status"], strict=True))
    assert status["Мобильные бригады"] == "planned" and status["Журнал задержанных"] == "completed"
    assert status["Посты наблюдения"] != "planned"
