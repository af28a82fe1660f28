"""Layouts that fresh partner files showed the reader got wrong (issue 12, second round).

Each workbook is written here with openpyxl; each expected figure is computed by hand in a comment
beside it. Amounts are in EUR (or UAH at the rate the test gives) so that a project inside 2021
counts whole in 2021.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from mtd_analysis.build import build


def write(path: Path, rows: list[list], setup=None, title: str = "Projects") -> Path:
    """A one-sheet workbook; ``setup(ws)`` adds outline levels, merges ..."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    for row in rows:
        ws.append(row)
    if setup:
        setup(ws)
    wb.save(path)
    return path


def built_one(tmp_path: Path, name: str, rows: list[list], setup=None):
    raw = tmp_path / "raw"
    raw.mkdir()
    write(raw / name, rows, setup)
    return build(raw, tmp_path / "out", workers=1)


def eur_2021(result) -> dict[str, float]:
    """2021 EUR per project title (every loaded project, 0 when it has no 2021 allocation)."""
    alloc = result.allocations.loc[result.allocations["year"] == 2021]
    money = alloc.groupby("project_id")["amount_eur"].sum()
    ids = result.projects.set_index("title")["project_id"]
    return {title: float(money.get(pid, 0.0)) for title, pid in ids.items()}


# ------------------------------------------------------------------ "в т.ч." in the № column
def test_components_marked_in_the_number_column_are_counted_once(tmp_path):
    rows = [
        ["Партнёр: ООН-Женщины"],
        [],
        ["№", "Название проекта", "Получатель", "Бюджет, EUR", "Начало", "Окончание", "Статус"],
        ["1", "Программа против насилия", "НПУ", 1000, "2021-01-01", "2021-12-31", "реализуется"],
        ["в т.ч.", "Мобильные группы", "НПУ", 600, "2021-01-01", "2021-12-31", "реализуется"],
        ["в т.ч.", "Обучение участковых", "НПУ", 300, "2021-01-01", "2021-12-31", "реализуется"],
        ["2", "Горячая линия", "НПУ", 200, "2021-01-01", "2021-12-31", "реализуется"],
    ]
    result = built_one(tmp_path, "un_women.xlsx", rows)
    money = eur_2021(result)
    # 1000 - (600 + 300) = 100 stays with the programme; nothing counted twice: 100 + 600 + 300 + 200 = 1200
    assert money == pytest.approx(
        {
            "Программа против насилия": 100.0,
            "Мобильные группы": 600.0,
            "Обучение участковых": 300.0,
            "Горячая линия": 200.0,
        }
    )
    parent = result.projects.set_index("title")["parent_id"]
    programme_id = result.projects.set_index("title")["project_id"]["Программа против насилия"]
    assert parent["Мобильные группы"] == parent["Обучение участковых"] == programme_id
    assert pd.isna(parent["Горячая линия"])
    said = result.issues.loc[result.issues["kind"] == "programme"]
    assert said["severity"].tolist() == ["warning"] and said["row"].tolist() == [4]


# ------------------------------------------------------------------ "тис. грн" on a title row of its own
def _group_header(ws):
    ws.merge_cells("D4:F4")  # "Обсяг фінансування за роками" over 2021 | 2022 | 2023
    for col in "ABCGH":
        ws.merge_cells(f"{col}4:{col}5")


def test_a_units_row_of_its_own_scales_year_columns_under_a_group_header(tmp_path):
    rows = [
        ["Державна міграційна служба України"],
        ["Реєстр проєктів МТД"],
        ["тис. грн"],
        ["№", "Донор", "Назва проєкту", "Обсяг фінансування за роками", None, None, "Строк", "Стан"],
        [None, None, None, 2021, 2022, 2023, None, None],
        [1, "Уряд Норвегії", "Біометричне обладнання", 5400, 4200, 2400, "2021–2023", "виконується"],
        [2, "МОМ", "Навчання інспекторів", 3000, "-", "-", "2021", "виконується"],
        [3, "ПРООН", "Центри обслуговування", 2700.5, 2700, "-", "2021–2022", "виконується"],
    ]
    result = built_one(tmp_path, "register.xlsx", rows, _group_header)
    table = result.projects.set_index("title")
    # thousands of hryvnias: 5400 + 4200 + 2400 = 12 000 thousand; 3000; 2700.5 + 2700 = 5400.5 thousand
    assert table["amount"].to_dict() == pytest.approx(
        {
            "Біометричне обладнання": 12_000_000.0,
            "Навчання інспекторів": 3_000_000.0,
            "Центри обслуговування": 5_400_500.0,
        }
    )
    assert set(table["currency"]) == {"UAH"}
    money = eur_2021(result)
    # the year columns say 2021: 5400, 3000 and 2700.5 thousand, all at the same hryvnia rate
    assert money["Біометричне обладнання"] > 0
    assert money["Навчання інспекторів"] / money["Біометричне обладнання"] == pytest.approx(3000 / 5400)
    assert money["Центри обслуговування"] / money["Біометричне обладнання"] == pytest.approx(2700.5 / 5400)
    assert not result.issues["message"].str.contains("has no currency").any()


# ------------------------------------------------------------------ "Jan-2021 to Dec-2022" under an outline programme
def _outline(ws):
    ws.row_dimensions[6].outlineLevel = 1
    ws.row_dimensions[7].outlineLevel = 1


def test_outline_components_with_month_year_periods_carry_their_money(tmp_path):
    rows = [
        ["Federal Foreign Office"],
        ["All amounts in EUR thousands"],
        [],
        ["Project", "Agency", "Budget", "Period", "Status"],
        ["Border programme", "SBGS", 2000, "Jan-2021 to Dec-2022", "ongoing"],
        ["Thermal cameras", "SBGS", 1200, "Jan-2021 to Dec-2022", "ongoing"],
        ["Truck queue", "SBGS", 800, "Jan-2021 to Dec-2022", "ongoing"],
        ["Drug crime training", "NPU", 300, "Jan-2021 to Dec-2021", "ongoing"],
        ["Hotline", "NPU", 100, "с 1 марта по 31 декабря 2021 г.", "ongoing"],
    ]
    result = built_one(tmp_path, "germany.xlsx", rows, _outline)
    # 1200 + 800 = 2000: the programme is skipped; two-year projects count 365/730 of their money in 2021
    assert eur_2021(result) == pytest.approx(
        {
            "Thermal cameras": 600_000.0,
            "Truck queue": 400_000.0,
            "Drug crime training": 300_000.0,
            "Hotline": 100_000.0,
        }
    )
    assert not (result.issues["kind"] == "date").any()


# ------------------------------------------------------------------ "Initiative" over year columns of a group header
def _canada(ws):
    ws.merge_cells("D3:F3")  # "Contribution, EUR" over 2020 | 2021 | 2022
    for col in "ABCGH":
        ws.merge_cells(f"{col}3:{col}4")


def test_initiative_titles_over_year_columns_under_a_group_header(tmp_path):
    rows = [
        ["Global Affairs Canada"],
        [],
        ["No.", "Initiative", "Counterpart", "Contribution, EUR", None, None, "Total", "Status"],
        [None, None, None, "2020", "2021", "2022", None, None],
        ["1", "Police mission", "NPU", 100, 650, 450, 1200, "Ongoing"],
        ["1.1", "Community police training", "NPU", None, 400, 300, 700, "Ongoing"],
        ["1.2", "Domestic violence teams", "NPU", 100, 250, 150, 500, "Ongoing"],
        ["2", "Protective equipment", "NGU", 50, 120, "–", 170, "Ongoing"],
    ]
    result = built_one(tmp_path, "canada.xlsx", rows, _canada)
    # 700 + 500 = 1200: the programme is skipped; the 2021 column gives each project's 2021 money
    assert eur_2021(result) == pytest.approx(
        {"Community police training": 400.0, "Domestic violence teams": 250.0, "Protective equipment": 120.0}
    )


# ------------------------------------------------------------------ partners named in their own language or style
@pytest.mark.parametrize(
    ("title_row", "partner"),
    [
        ("Donor: Rzeczpospolita Polska – Ministerstwo Spraw Zagranicznych", "Poland"),
        ("U.S. Agency for International Development (USAID) — Mission to Ukraine", "USAID"),
        ("Bundesrepublik Deutschland — Auswärtiges Amt", "Germany"),
    ],
)
def test_partner_named_in_its_own_language_or_full_style(tmp_path, title_row, partner):
    rows = [
        [title_row],
        ["Project title", "Beneficiary", "Budget, EUR", "Start date", "End date"],
        ["Border surveillance equipment", "SBGS", 1000, "2021-01-01", "2021-12-31"],
    ]
    result = built_one(tmp_path, "list_2021.xlsx", rows)
    assert result.projects["partner"].tolist() == [partner]


# ------------------------------------------------------------------ registration cards behind a title page
def test_cards_take_their_partner_from_the_title_page_and_their_end_from_a_duration(tmp_path):
    wb = openpyxl.Workbook()
    cover = wb.active
    cover.title = "Титул"
    cover["B2"] = "Швейцарська Конфедерація"
    cover["B3"] = "Картки проєктів"
    cards = [
        (
            "Картка 1",
            "Назва проєкту:",
            "Бюджет, EUR:",
            548,
            "Дата початку:",
            "01.01.2021",
            "Тривалість:",
            "18 міс.",
        ),
        ("Card 2", "Project title", "Budget, EUR", 300, "Start", "01.03.2021", "Duration", "10 months"),
    ]
    for name, t_label, b_label, budget, s_label, start, d_label, duration in cards:
        ws = wb.create_sheet(name)
        ws["B1"] = "Реєстраційна картка проєкту"
        for r, (label, value) in enumerate(
            [
                (t_label, f"Project of {name}"),
                ("Реципієнт:", "НПУ"),
                (b_label, budget),
                (s_label, start),
                (d_label, duration),
            ],
            start=3,
        ):
            ws.cell(r, 2, label)
            ws.cell(r, 3, value)
    raw = tmp_path / "raw"
    raw.mkdir()
    wb.save(raw / "kartky.xlsx")  # the file name names no partner
    result = build(raw, tmp_path / "out", workers=1)
    table = result.projects.set_index("title")
    assert set(table["partner"]) == {"Switzerland"}
    assert table.loc["Project of Картка 1", "end_date"] == "2022-06-30"  # 1.1.2021 + 18 months
    assert table.loc["Project of Card 2", "end_date"] == "2021-12-31"  # 1.3.2021 + 10 months
    # 548 over 1.1.2021-30.6.2022 (546 days): 365 days of it in 2021 = 548 * 365 / 546; 300 all in 2021
    money = eur_2021(result)
    assert money["Project of Картка 1"] == pytest.approx(548 * 365 / 546, abs=0.01)
    assert money["Project of Card 2"] == pytest.approx(300.0)
    assert not (result.issues["severity"] == "error").any()


def test_an_unknown_title_word_over_year_columns_is_found_by_content(tmp_path):
    """The same layout with a title header no alias knows ("Undertaking"): the content finds the title column
    and the two header rows are read together, so the year columns under the group cell keep their money."""
    rows = [
        ["Partner: Global Affairs Canada"],
        [],
        ["No.", "Undertaking", "Counterpart", "Contribution, EUR", None, None, "Total", "Status"],
        [None, None, None, "2020", "2021", "2022", None, None],
        ["1", "Community police training in hromadas", "NPU", None, 400, 300, 700, "Ongoing"],
        ["2", "Protective equipment for the National Guard", "NGU", 50, 120, "–", 170, "Ongoing"],
        ["3", "Boats for the maritime border guard units", "SBGS", None, 90, None, 90, "Ongoing"],
    ]
    result = built_one(tmp_path, "canada.xlsx", rows, _canada)
    assert eur_2021(result) == pytest.approx(
        {
            "Community police training in hromadas": 400.0,
            "Protective equipment for the National Guard": 120.0,
            "Boats for the maritime border guard units": 90.0,
        }
    )
    said = result.issues
    assert said["message"].str.contains("rows 3–4 read as the table's header").any()
    assert not said["message"].str.contains("has values but no header").any()
