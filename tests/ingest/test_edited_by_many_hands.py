"""Lists updated by several people between meetings (blind set AO) and ordinary returns mixing quirks (blind set AN):
a year's revised column filled on some rows only, amounts corrected in their cell, money lumped "until 2020" /
"2022 onwards", a "Funding" column naming who pays beside the budget, donors' shares written "США – 60 %",
and components that give no dates or status of their own."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook

from mtd_analysis.build import build
from mtd_analysis.ingest.values import ValueProblem, parse_amount

D = dt.datetime


def _build(tmp_path, rows: list[list], name: str = "partner.xlsx", hidden: tuple[int, ...] = ()):
    raw = tmp_path / "raw"
    raw.mkdir(parents=True)
    wb = Workbook()
    for row in rows:
        wb.active.append(row)
    for number in hidden:
        wb.active.row_dimensions[number].outlineLevel = 1
        wb.active.row_dimensions[number].hidden = True
    wb.save(raw / name)
    return build(raw, tmp_path / "out", year=2021)


def _by_title(result) -> dict[str, dict]:
    return {r["title"]: r for r in result.projects.to_dict("records")}


def _eur_2021(result) -> dict[str, float]:
    alloc = result.allocations[result.allocations["year"].eq(2021)]
    titles = result.projects.set_index("project_id")["title"]
    return {titles[k]: round(v, 2) for k, v in alloc.groupby("project_id")["amount_eur"].sum().items()}


def test_a_revised_year_column_filled_on_some_rows_falls_back_to_the_original(tmp_path):
    result = _build(
        tmp_path,
        [
            ["Project title", "Period", "Total budget, EUR", "2021", "2021 (revised)", "Status"],
            ["Border surveillance", "2020–2023", 4_200_000, 1_300_000, 1_150_000, "Ongoing"],
            ["Checkpoint modernisation", "2019–2022", 9_000_000, 2_500_000, None, "Ongoing"],
            ["Asylum procedures", "2021–2022", 800_000, 400_000, "350 000", "Ongoing"],
        ],
        "eu.xlsx",
    )
    years = {t: r["yearly_amounts"] for t, r in _by_title(result).items()}
    assert years == {
        "Border surveillance": "2021=1150000",
        "Checkpoint modernisation": "2021=2500000",  # the revision left blank: the original stands
        "Asylum procedures": "2021=350000",
    }
    assert _eur_2021(result)["Checkpoint modernisation"] == 2_500_000.0
    said = result.issues[result.issues["message"].str.contains("revises '2021'")]
    assert len(said) == 1 and said["severity"].tolist() == ["info"]


@pytest.mark.parametrize(
    ("cell", "value"),
    [
        ("450 000 (was 520 000)", 450_000.0),
        ("1 450 000 (previously 1 600 000)", 1_450_000.0),
        ("1 000 000 (уточнено: 1,2 млн)", 1_200_000.0),
        ("уточнено: 180 000 (замість 200 000)", 180_000.0),
        ("2 500 000 (было 2 800 000)", 2_500_000.0),
        ("~~4 000 000~~ 3 600 000", 3_600_000.0),
        ("500 000 → 450 000", 450_000.0),
        ("0 (postponed to 2022)", 0.0),
    ],
)
def test_an_amount_corrected_in_its_cell_is_the_figure_that_stands(cell, value):
    assert parse_amount(cell).value == value


@pytest.mark.parametrize(
    "cell", ["500 000 (2 tranches)", "500 000 → 2021", "Total: 450 000 (was 520 000)", "300 000 / 450 000"]
)
def test_two_figures_that_are_no_correction_stay_an_error(cell):
    with pytest.raises(ValueProblem):
        parse_amount(cell)


def test_a_corrected_amount_is_counted_and_said_at_its_cell(tmp_path):
    result = _build(
        tmp_path,
        [
            ["Project title", "Start", "End", "Amount, EUR", "Status"],
            ["Patrol policing", D(2021, 1, 1), D(2021, 12, 31), "450 000 (was 520 000)", "Ongoing"],
            ["Darknet investigations", D(2021, 1, 1), D(2021, 12, 31), "~~400 000~~ 380 000", "Ongoing"],
        ],
    )
    assert _eur_2021(result) == {"Patrol policing": 450_000.0, "Darknet investigations": 380_000.0}
    said = result.issues[result.issues["message"].str.contains("a correction or a remark")]
    assert sorted(said["column"]) == ["D2", "D3"] and set(said["severity"]) == {"warning"}
    assert not result.issues["message"].str.contains("approximate").any()  # "~~" is no "~"


def test_money_lumped_until_a_year_and_from_a_year_on_completes_the_years(tmp_path):
    result = _build(
        tmp_path,
        [
            ["Project title", "Period", "EU contribution (EUR)", None, None, None],
            [None, None, "Total", "until 2020", "2021", "2022 onwards"],
            ["Joint border patrolling", "Dec 2019 – Nov 2022", 4_800_000, 1_600_000, 1_750_000, 1_450_000],
        ],
    )
    project = _by_title(result)["Joint border patrolling"]
    assert project["yearly_amounts"] == "2020=1600000;2021=1750000;2022=1450000"
    assert project["amount"] == 4_800_000.0
    assert not result.issues["message"].str.contains("repeats a column").any()


def test_a_funding_column_naming_who_pays_with_shares_is_the_partner_beside_the_budget(tmp_path):
    result = _build(
        tmp_path,
        [
            ["Project", "Funding", "Duration", "Budget", "Currency", "Status"],
            ["Custody safeguards", "CoE ordinary budget", "01.01.2021 – 31.12.2021", 600_000, "€", "Ongoing"],
            [
                "Victim identification",
                "Voluntary contribution – Denmark",
                "2021",
                4_200_000,
                "DKK",
                "Ongoing",
            ],
            [
                "Police response to violence",
                "EU/CoE joint programme (EU 90 %, CoE 10 %)",
                "01.01.2021 – 31.12.2021",
                1_000_000,
                "euro",
                "Ongoing",
            ],
        ],
        "coe.xlsx",
    )
    lines = sorted(
        zip(result.projects["title"], result.projects["partner"], result.projects["amount"], strict=True)
    )
    assert lines == [
        ("Custody safeguards", "Council of Europe", 600_000.0),
        ("Police response to violence", "Council of Europe", 100_000.0),
        ("Police response to violence", "EU", 900_000.0),
        ("Victim identification", "Denmark", 4_200_000.0),
    ]


def test_shares_written_with_dashes_in_the_partner_column_split_the_project(tmp_path):
    result = _build(
        tmp_path,
        [
            ["Название проекта", "Начало", "Окончание", "Бюджет", "Валюта", "Источник финансирования"],
            [
                "Мобильные группы полиции",
                D(2021, 1, 1),
                D(2021, 12, 31),
                650_000,
                "USD",
                "США – 60 %, Канада – 40 %",
            ],
        ],
        "osce.xlsx",
    )
    lines = sorted(zip(result.projects["partner"], result.projects["amount"], strict=True))
    assert lines == [("Canada", 260_000.0), ("USA", 390_000.0)]


def test_hidden_components_without_dates_or_status_take_their_programmes(tmp_path):
    result = _build(
        tmp_path,
        [
            ["No.", "Project title", "Beneficiary", "Period", "Status", "Budget, EUR"],
            [1, "Asylum procedures support", "SMS", "Jul 2020 – Jun 2022", "Ongoing", 2_450_000],
            [None, "   Component A – Accommodation centres", None, None, None, 1_500_000],
            [None, "   Component B – Legal aid", None, None, None, 950_000],
        ],
        hidden=(3, 4),
    )
    projects = _by_title(result)
    assert sorted(projects) == ["Component A – Accommodation centres", "Component B – Legal aid"]
    for project in projects.values():
        assert (str(project["start_date"])[:10], str(project["end_date"])[:10]) == (
            "2020-07-01",
            "2022-06-30",
        )
        assert (project["status"], project["beneficiaries"]) == ("ongoing", "SMS")


def test_sub_headings_change_the_currency_and_the_unit_of_the_rows_below(tmp_path):
    result = _build(
        tmp_path,
        [
            ["№", "Название проекта", "Донор", "Период реализации", "Бюджет проекта", "Статус"],
            [None, "Швеция — суммы в шведских кронах (SEK)"],
            [
                1,
                "Торговля людьми на западной границе",
                "Швеция",
                "01.01.2021 – 31.12.2021",
                6_500_000,
                "реализуется",
            ],
            [None, "Норвегия — далее в тыс. норвежских крон (тыс. NOK)"],
            [
                2,
                "Разминирование в Донецкой области",
                "Норвегия",
                "01.01.2021 – 31.12.2021",
                12_000,
                "реализуется",
            ],
            [None, "Дания — суммы в датских кронах (DKK), полные суммы"],
            [3, "Безопасность громад", "Дания", "01.01.2021 – 31.12.2021", 5_000_000, "реализуется"],
        ],
        "nordic.xlsx",
    )
    money = {t: (r["amount"], r["currency"]) for t, r in _by_title(result).items()}
    assert money == {
        "Торговля людьми на западной границе": (6_500_000.0, "SEK"),
        "Разминирование в Донецкой области": (12_000_000.0, "NOK"),
        "Безопасность громад": (5_000_000.0, "DKK"),  # "полные суммы": full units again
    }
    said = result.issues[result.issues["message"].str.contains("says how the amounts below it are written")]
    assert said["row"].tolist() == [2, 4, 6]


def test_a_line_from_here_in_thousands_applies_to_the_rows_below_it_only(tmp_path):
    result = _build(
        tmp_path,
        [
            ["Project", "Period of performance", "Total obligation, USD", "Status"],
            ["Patrol policing", "01.01.2021 – 31.12.2021", 1_450_000, "Ongoing"],
            ["from here: USD thousand"],
            ["Maritime boats", "01.01.2021 – 31.12.2021", 3_400, "Ongoing"],
            ["Note: all figures as of November"],
        ],
    )
    assert {t: r["amount"] for t, r in _by_title(result).items()} == {
        "Patrol policing": 1_450_000.0,
        "Maritime boats": 3_400_000.0,
    }


def test_a_legend_of_sample_fills_gives_the_rows_statuses(tmp_path):
    from openpyxl.styles import PatternFill

    raw = tmp_path / "raw"
    raw.mkdir()
    wb = Workbook()
    ws = wb.active
    rows = [
        ["Проєкти Німеччини для МВС"],
        ["Умовні позначення:"],
        [None, "— проєкт реалізується / угоду підписано"],
        [None, "— на стадії погодження (ще не затверджено)"],
        [None, "— скасовано"],
        [],
        ["№", "Назва проєкту", "Бенефіціар", "Період реалізації", "Бюджет проєкту, євро"],
        [1, "Охорона кордону", "ДПСУ", "01.01.2021 – 31.12.2021", 400_000],
        [2, "Навчання дільничних офіцерів", "НПУ", "01.01.2021 – 31.12.2021", 300_000],
        [3, "Цивільний захист громад", "ДСНС", "01.01.2021 – 31.12.2021", 200_000],
    ]
    for row in rows:
        ws.append(row)
    green, yellow, grey = ("C6EFCE", "FFEB9C", "BFBFBF")
    for number, colour in ((3, green), (4, yellow), (5, grey)):
        ws.cell(number, 1).fill = PatternFill("solid", fgColor=colour)  # the sample beside each meaning
    for number, colour in ((8, green), (9, yellow), (10, grey)):
        for col in range(1, 6):
            ws.cell(number, col).fill = PatternFill("solid", fgColor=colour)
    wb.save(raw / "germany.xlsx")
    result = build(raw, tmp_path / "out", year=2021)
    statuses = dict(zip(result.projects["title"], result.projects["status"], strict=True))
    assert statuses == {
        "Охорона кордону": "ongoing",
        "Навчання дільничних офіцерів": "planned",
        "Цивільний захист громад": "cancelled",
    }


def test_a_row_moved_to_another_sheet_is_counted_once_there(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    wb = Workbook()
    undp = wb.active
    undp.title = "UNDP"
    undp.append(["Project title", "Donor", "Start", "End", "2021 (USD)", "Status", "Remarks"])
    undp.append(["Migrant resource centres", "Switzerland", D(2021, 1, 1), D(2021, 12, 31), 600_000, "Moved",
                 "MOVED to IOM sheet – see there"])  # fmt: skip
    undp.append(
        ["Custody video recording", "Japan", D(2021, 1, 1), D(2021, 12, 31), 450_000, "Ongoing", None]
    )
    iom = wb.create_sheet("IOM")
    iom.append(["Project title", "Status", "2021 (USD)", "Donor", "Start", "End"])
    iom.append(
        ["Migrant resource centres", "Ongoing", 550_000, "Switzerland", D(2021, 1, 1), D(2021, 12, 31)]
    )
    wb.save(raw / "un.xlsx")
    result = build(raw, tmp_path / "out", year=2021)
    lines = sorted(
        zip(result.projects["title"], result.projects["source_sheet"], result.projects["amount"], strict=True)
    )
    assert lines == [
        ("Custody video recording", "UNDP", 450_000.0),
        ("Migrant resource centres", "IOM", 550_000.0),
    ]
    said = result.issues[result.issues["message"].str.contains("moved to another list")]
    assert (
        said["row"].tolist() == [2]
        and not result.issues["message"].str.contains("'Moved' is not a status").any()
    )
    loaded = result.manifest["files"][0]
    assert (loaded["rows_loaded"], loaded["rows_skipped"]) == (2, 1)


def test_donors_given_with_their_sums_split_the_project_in_proportion(tmp_path):
    result = _build(
        tmp_path,
        [
            ["Project title", "Donor(s)", "Start", "End", "Total budget (USD)", "Status"],
            [
                "COVID-19 screening at crossing points",
                "USAID: 200 000; Canada: 100 000",
                D(2021, 1, 1),
                D(2021, 12, 31),
                300_000,
                "Ongoing",
            ],
        ],  # fmt: skip
    )
    lines = sorted(zip(result.projects["partner"], result.projects["amount"], strict=True))
    assert lines == [("Canada", 100_000.0), ("USAID", 200_000.0)]


def test_a_totals_row_naming_its_year_and_what_it_leaves_out_is_a_total(tmp_path):
    result = _build(
        tmp_path,
        [
            ["#", "Project title", "Donor", "Start", "End", "2021 (USD)"],
            [1, "Custody video recording", "Japan", D(2021, 1, 1), D(2021, 12, 31), 450_000],
            [2, "Border dog unit", "Japan", D(2021, 1, 1), D(2021, 12, 31), 150_000],
            [None, "TOTAL 2021 (excl. project moved to IOM)", None, None, None, 600_000],
        ],
    )
    assert result.projects["title"].tolist() == ["Custody video recording", "Border dog unit"]


def test_a_remark_telling_the_agreement_was_signed_on_a_date_commits_a_planned_project(tmp_path):
    result = _build(
        tmp_path,
        [
            ["Project", "Start", "End", "Amount, USD", "Status", "Remarks"],
            [
                "POLINA teams",
                D(2021, 1, 1),
                D(2021, 12, 31),
                100_000,
                "Pending signature",
                "signed 12.03.2021",
            ],
            [
                "Darknet unit",
                D(2021, 1, 1),
                D(2021, 12, 31),
                200_000,
                "Planned",
                "MoU signed, financing pending",
            ],
            [
                "Readmission",
                D(2021, 1, 1),
                D(2021, 12, 31),
                300_000,
                "Pipeline",
                "Financing agreement signed 14.10.2021 – now ongoing",
            ],
        ],  # fmt: skip
    )
    statuses = dict(zip(result.projects["title"], result.projects["status"], strict=True))
    assert statuses == {"POLINA teams": "ongoing", "Darknet unit": "planned", "Readmission": "ongoing"}


def test_an_amount_far_above_the_files_others_is_said(tmp_path):
    rows = [["Project", "Start", "End", "Budget (USD thousand)"]]
    rows += [
        [f"Project {i}", D(2021, 1, 1), D(2021, 12, 31), v] for i, v in enumerate([800, 1_200, 650, 500])
    ]
    rows.append(
        ["Document verification equipment", D(2021, 1, 1), D(2021, 12, 31), "900 820"]
    )  # a struck 900
    result = _build(tmp_path, rows)
    said = result.issues[result.issues["message"].str.contains("times the median amount")]
    assert said["row"].tolist() == [6] and said["severity"].tolist() == ["warning"]
    assert (
        result.projects["amount"].max() == 900_820_000.0
    )  # counted as read: the analyst is told where to look
    from mtd_analysis.build import worst_problems

    assert "times the median amount" in worst_problems(result.issues)[0][0]  # shown first, with the errors


def test_the_word_project_beside_a_status_is_no_status_of_its_own():
    from mtd_analysis.ingest.values import parse_status

    assert parse_status("проєкт реалізується") == "ongoing"
    assert parse_status("Проєкт") == "planned"  # a draft, said alone
