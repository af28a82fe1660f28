"""A workbook with a sheet per year: the same project on each sheet with that year's budget is one project."""

from __future__ import annotations

import pandas as pd
import pytest
from openpyxl import Workbook

from mtd_analysis.build import build

BUDGETS = {  # project -> {year: budget}; the 2019-2023 project is on three sheets, the others on fewer
    "Community policing in amalgamated hromadas": {2020: 800_000, 2021: 1_100_000, 2022: 600_000},
    "Asylum procedures of the State Migration Service": {2020: 300_000, 2021: 450_000},
    "PPE for National Guard barracks": {2021: 200_000},
}
CODES = {title: f"2019.{i}.1" for i, title in enumerate(BUDGETS)}


def _year_sheets(path, with_codes: bool, total: bool = False) -> None:
    wb = Workbook()
    wb.remove(wb.active)
    for year in (2020, 2021, 2022):
        ws = wb.create_sheet(str(year))
        header = (["Project No."] if with_codes else []) + [
            "Project title",
            "Beneficiary",
            f"Budget {year}, EUR",
        ]
        ws.append(header + (["Total budget, EUR"] if total else []) + ["Duration"])
        for title, budgets in BUDGETS.items():
            if year in budgets:
                row = ([CODES[title]] if with_codes else []) + [title, "National Police", budgets[year]]
                ws.append(row + ([sum(budgets.values())] if total else []) + ["01.2020 - 12.2022"])
    wb.save(path)


@pytest.mark.parametrize("with_codes", [True, False], ids=["codes", "titles only"])
def test_a_project_on_each_year_sheet_is_one_project_with_every_year(tmp_path, with_codes):
    raw = tmp_path / "raw"
    raw.mkdir()
    _year_sheets(raw / "giz_budgets.xlsx", with_codes)
    result = build(raw, tmp_path / "out", year=2021)
    projects = result.projects.set_index("title")
    assert sorted(projects.index) == sorted(BUDGETS)  # one project each, not one per sheet
    for title, budgets in BUDGETS.items():
        assert projects.loc[title, "amount"] == sum(budgets.values())
        expected = ";".join(f"{y}={a}" for y, a in sorted(budgets.items()))
        assert projects.loc[title, "yearly_amounts"] == expected
    alloc = result.allocations[result.allocations["year"].eq(2021)]
    by_project = alloc.groupby("project_id")["amount_eur"].sum()
    assert by_project.sum() == pytest.approx(1_100_000 + 450_000 + 200_000, abs=0.01)
    # every year's cell is named: the first sheet's as before, the others with their sheet
    cells = projects.loc["Community policing in amalgamated hromadas", "source_cells"]
    letter = "D" if with_codes else "C"
    assert f"amount_2020={letter}2" in cells and f"amount_2021='2021'!{letter}2" in cells
    assert f"amount_2022='2022'!{letter}2" in cells
    said = result.issues[result.issues["kind"].eq("years")]
    assert len(said) == 3  # 2021 and 2022 of the first project, 2021 of the second
    assert (said["severity"] == "info").all() and said["message"].str.contains("added to that project").all()
    entry = next(f for f in result.manifest["files"] if f["file"] == "giz_budgets.xlsx")
    assert entry["rows_loaded"] == 3 and entry["rows_skipped"] == 3  # every row accounted for


def test_the_same_total_on_each_year_sheet_stays_the_total(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    _year_sheets(raw / "giz_budgets.xlsx", with_codes=True, total=True)
    projects = build(raw, tmp_path / "out", year=2021).projects.set_index("title")
    assert projects.loc["Community policing in amalgamated hromadas", "amount"] == 2_500_000
    assert projects.loc["Community policing in amalgamated hromadas", "yearly_amounts"] == (
        "2020=800000;2021=1100000;2022=600000"
    )


def test_the_same_year_on_two_sheets_is_still_a_project_sent_twice(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    wb = Workbook()
    for i, name in enumerate(["Projects", "Copy"]):
        ws = wb.active if i == 0 else wb.create_sheet(name)
        ws.title = name
        ws.append(["Project No.", "Project title", "Beneficiary", "Budget 2021, EUR"])
        ws.append(["X-1", "Hotline for victims of domestic violence", "National Police", 50_000])
    wb.save(raw / "eu.xlsx")
    result = build(raw, tmp_path / "out", year=2021)
    assert len(result.projects) == 1 and result.projects["amount"].tolist() == [50_000]
    assert result.issues["message"].str.contains("sent twice, counted once").any()
    assert not result.issues["kind"].eq("years").any()
    assert pd.notna(result.projects["yearly_amounts"]).all()


# ------------------------------------------------------------------------------ a row per project and year
def _rows_per_year(path, repeat_years: bool) -> None:
    """Two projects, a row per year each, the project's cells merged down over its rows (or one row each)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "ЄС"
    ws.append(["№", "Назва проєкту", "Бенефіціар", "Період реалізації", "Рік", "Сума, євро"])
    projects = [
        ("1", "Посилення охорони морської ділянки кордону", "ДПСУ", "01.01.2021 – 31.12.2023",
         {2021: 1_200_000, 2022: 1_500_000, 2023: 800_000}),
        ("2", "Кінологічні підрозділи поліції", "НПУ", "01.03.2021 – 28.02.2023", {2021: 350_000, 2022: 350_000}),
    ]  # fmt: skip
    for number, title, agency, period, years in projects:
        first = ws.max_row + 1
        for year, amount in years.items() if repeat_years else [next(iter(years.items()))]:
            ws.append([number, title, agency, period, year, amount])
        if ws.max_row > first:
            for col in "ABCD":
                ws.merge_cells(f"{col}{first}:{col}{ws.max_row}")
    wb.save(path)


def test_a_row_per_project_and_year_is_one_project_with_its_years(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    _rows_per_year(raw / "eu.xlsx", repeat_years=True)
    result = build(raw, tmp_path / "out", year=2021)
    projects = result.projects.set_index("title")
    assert len(projects) == 2
    border = projects.loc["Посилення охорони морської ділянки кордону"]
    assert (
        border["amount"] == 3_500_000 and border["yearly_amounts"] == "2021=1200000;2022=1500000;2023=800000"
    )
    assert "amount_2021=F2" in border["source_cells"] and "amount_2023=F4" in border["source_cells"]
    dogs = projects.loc["Кінологічні підрозділи поліції"]  # the same amount twice is two years, not a copy
    assert dogs["amount"] == 700_000 and dogs["yearly_amounts"] == "2021=350000;2022=350000"
    alloc = result.allocations[result.allocations["year"].eq(2021)]
    assert alloc["amount_eur"].sum() == pytest.approx(1_200_000 + 350_000, abs=0.01)
    assert result.issues["kind"].eq("years").sum() == 3 and not result.issues["kind"].eq("duplicate").any()


def test_a_year_column_with_one_row_per_project_is_not_used_and_said(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    _rows_per_year(raw / "eu.xlsx", repeat_years=False)
    result = build(raw, tmp_path / "out", year=2021)
    projects = result.projects.set_index("title")
    assert projects["yearly_amounts"].isna().all()  # each amount spread over its project's dates, as before
    said = result.issues[result.issues["kind"].eq("years")]
    assert len(said) == 1 and "the years were not used" in said["message"].item()
    alloc = result.allocations[result.allocations["year"].eq(2021)].groupby("project_id")["amount_eur"].sum()
    border = projects.loc["Посилення охорони морської ділянки кордону", "project_id"]
    assert alloc[border] == pytest.approx(1_200_000 * 365 / 1095, abs=0.01)  # 2021's days of 2021-2023


def _totals_with_a_year_column(path, merged: bool) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["Project title", "Start", "End", "Total budget, EUR" if not merged else "Budget, EUR", "Year"])
    for year in (2021, 2022, 2023):
        ws.append(["Border management", "01.01.2021", "31.12.2023", 600_000, year])
    if merged:
        ws.merge_cells("D2:D4")
    wb.save(path)


@pytest.mark.parametrize("merged", [False, True], ids=["total repeated", "amount merged down"])
def test_a_year_column_beside_totals_is_not_used_and_said(tmp_path, merged):
    raw = tmp_path / "raw"
    raw.mkdir()
    _totals_with_a_year_column(raw / "eu.xlsx", merged)
    result = build(raw, tmp_path / "out", year=2021)
    assert result.projects["yearly_amounts"].isna().all()
    alloc = result.allocations[result.allocations["year"].eq(2021)]
    assert alloc["amount_eur"].sum() == pytest.approx(600_000 * 365 / 1095, abs=0.01)  # spread, not 600,000
    said = result.issues[result.issues["kind"].eq("years")]["message"]
    assert said.str.contains("merged over rows" if merged else "holds totals").any()


# ------------------------------------------------------------------------------ a split over years in percentages
@pytest.mark.parametrize(
    ("split", "yearly"),
    [
        ("2021: 40%; 2022: 60%", "2021=400000;2022=600000"),
        ("2021 - 30 %, 2022 - 50 %, 2023 - 20 %", "2021=300000;2022=500000;2023=200000"),
        ("2021: 40%; 2022: 50%", None),  # 90 %: not used, said
    ],
)
def test_a_budget_split_over_years_in_percentages(tmp_path, split, yearly):
    raw = tmp_path / "raw"
    raw.mkdir()
    wb = Workbook()
    ws = wb.active
    ws.append(
        [
            "Назва проєкту",
            "Бенефіціари",
            "Загальний бюджет, USD",
            "Розподіл бюджету за роками",
            "Початок",
            "Завершення",
        ]
    )
    ws.append(["Мобільні бригади допомоги постраждалим", "НПУ", 1_000_000, split, "01.01.2021", "31.12.2023"])
    wb.save(raw / "unfpa.xlsx")
    result = build(raw, tmp_path / "out", year=2021)
    project = result.projects.iloc[0]
    if yearly is None:
        assert pd.isna(project["yearly_amounts"])
        assert result.issues["message"].str.contains("adds up to 90 %, not 100 %").any()
    else:
        assert project["yearly_amounts"] == yearly and "yearly_amounts=D2" in project["source_cells"]
        assert project["amount"] == 1_000_000
