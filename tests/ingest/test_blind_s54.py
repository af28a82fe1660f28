"""Layouts found by partner files written blind in round 54 (set GE: one list edited over time): a workbook with a
sheet per quarter, each giving the quarter's money beside the project's whole budget.

Each test writes the few cells that matter, as the partner's file had them, and checks the reading against figures
worked out by hand beside it.
"""

from __future__ import annotations

import pytest
from blind_helpers import issues_saying, money_2021, projects_by_title

from mtd_analysis.ingest.columns import match_field

HEADER = ["Project", "Donor", "Total budget (EUR)", "Disbursed in {q} 2021 (EUR)"]


def _quarter(q: str, rows: list[list]) -> list[list]:
    return [
        ["IOM Ukraine: law-enforcement projects, money used in the quarter"],
        [],
        [*HEADER[:3], HEADER[3].format(q=q)],
        *rows,
        ["", "Total for the quarter", "", sum(r[3] for r in rows)],
    ]


def test_a_sheet_per_quarter_adds_the_quarters_of_a_project_and_keeps_its_budget(workbook_build):
    sheets = {
        "Q1 2021": _quarter("Q1", [["Border crossing points", "EU", 1_000_000, 40_000]]),
        "Q2 2021": _quarter(
            "Q2",
            [
                ["Border crossing points", "EU", 1_000_000, 60_000],
                ["Shelters for victims", "Japan", 300_000, 15_000],
            ],
        ),
        "Q3 2021": _quarter(
            "Q3",
            [
                ["Border crossing points", "EU", 1_000_000, 50_000],
                ["Shelters for victims", "Japan", 300_000, 25_000],
            ],
        ),
    }
    result = workbook_build(sheets, "IOM_by_quarter_2021.xlsx")
    got = projects_by_title(result)
    assert set(got) == {"Border crossing points", "Shelters for victims"}  # one project each, not one a sheet
    assert money_2021(result, "Border crossing points") == (40_000 + 60_000 + 50_000, 0)
    assert money_2021(result, "Shelters for victims") == (15_000 + 25_000, 0)
    # the whole budget stands: the quarters are the money of part of 2021, not the project's total
    assert got["Border crossing points"]["amount"] == 1_000_000
    assert issues_saying(result, "(months 4-6 2021) add up to 60,000.00, less than the total 1,000,000.00")
    added = issues_saying(result, "its amounts are added to that project's years")
    assert {(i["sheet"], i["row"]) for i in added} == {("Q2 2021", 4), ("Q3 2021", 4), ("Q3 2021", 5)}


def test_the_same_quarter_sent_on_two_sheets_is_counted_once(workbook_build):
    """A repeat is no other part of the year: the months overlap, so the second row is the project sent twice."""
    row = ["Border crossing points", "EU", 1_000_000, 40_000]
    result = workbook_build(
        {"Q1 2021": _quarter("Q1", [row]), "Q1 2021 (copy)": _quarter("Q1", [row])}, "IOM.xlsx"
    )
    assert money_2021(result, "Border crossing points") == (40_000, 0)
    assert issues_saying(result, "sent twice, counted once")


@pytest.mark.parametrize(
    ("label", "year", "part"),
    [
        ("Сума за I кв. 2021, дол. США", 2021, "01-03"),
        ("Сумма за II квартал 2021 г., долл. США", 2021, "04-06"),
        ("Disbursed in Q3 2021 (USD)", 2021, "07-09"),
        ("Amount for Q4 2021", 2021, "10-12"),
        ("Сума за 2021 рік", 2021, None),
        ("Сумма за 2021 г.", 2021, None),
    ],
)
def test_a_money_word_before_a_year_or_a_quarter_names_that_years_money(label, year, part):
    found = match_field(label)
    assert (found.field, found.year, found.part) == ("yearly", year, part)


@pytest.mark.parametrize(
    ("label", "field"),
    [
        ("Загальний бюджет проєкту, дол. США", "amount"),
        ("Сума, дол. США", "amount"),
        ("Звіт за 2021", None),  # a report for 2021: no money
    ],
)
def test_labels_naming_no_years_money_are_not_read_as_one(label, field):
    assert match_field(label).field == field


# --------------------------------------------------------------------------- comments that change figures


def test_comments_that_change_the_years_figure_are_counted_step_by_step(workbook_build):
    """The figure column is "as approved" and never edited; the comments give the changes (hand-worked figures)."""
    rows = [
        ["Activity", "Funding agency", "Status", "Amount 2021, EUR (as approved)", "Comments / updates"],
        ["Patrol police curriculum", "INL", "Ongoing", 380_000, "increased to 450 000 in May 2021"],
        [
            "Trafficking hotline",
            "USAID",
            "Ongoing",
            275_000,
            "reduced by 40 000 (budget realignment, Sept 2021)",
        ],
        [
            "Domestic violence response",
            "USAID",
            "Ongoing",
            520_000,
            "increased to 610 000 in March 2021; further increased by 25 000 in Oct 2021",
        ],
        ["Checkpoint modernisation", "INL", "Ongoing", 1_200_000, "no change"],
        [
            "Custody records rollout",
            "INL",
            "Ongoing",
            340_000,
            "Implementer changed from IOM to UNDP - amount unchanged",
        ],
        ["Police trainers", "INL", "Ongoing", 90_000, "Trainees increased to 40"],
        ["Detention PPE", "INL", "Proposed", 150_000, "approved 20.02.2021, agreement signed"],
    ]
    result = workbook_build({"LE assistance 2021": rows}, "US_Embassy_assistance_2021.xlsx")
    assert money_2021(result, "Patrol police curriculum") == (450_000, 0)
    assert money_2021(result, "Trafficking hotline") == (275_000 - 40_000, 0)
    assert money_2021(result, "Domestic violence response") == (610_000 + 25_000, 0)
    assert money_2021(result, "Checkpoint modernisation") == (1_200_000, 0)
    assert money_2021(result, "Custody records rollout") == (340_000, 0)
    assert money_2021(result, "Police trainers") == (90_000, 0)  # a count of people is no money
    assert money_2021(result, "Detention PPE") == (150_000, 0)  # approved: committed, no longer pipeline
    assert issues_saying(result, "changes the 2021 amount from 520,000.00 (to 610,000.00; +25,000.00)")
    assert issues_saying(result, "says the project was approved after its status cell ('Proposed')")


def test_a_comment_changing_money_where_the_row_gives_a_total_and_a_year_is_said_not_guessed(workbook_build):
    rows = [
        ["Project", "Donor", "Total budget, EUR", "2021, EUR", "Comments"],
        ["Border surveillance", "EU", 1_000_000, 400_000, "increased to 450 000"],
    ]
    result = workbook_build({"Projects": rows}, "EU.xlsx")
    assert money_2021(result, "Border surveillance") == (400_000, 0)
    assert issues_saying(result, "which one changed is not said, so the row is counted as written")


def test_a_budget_changed_in_may_is_a_change_made_not_one_that_may_come():
    from mtd_analysis.ingest.layouts import amount_changed, money_steps

    assert amount_changed("Budget reduced to 300 000 € in May 2021") == (None, 300_000.0, "EUR")
    assert amount_changed("Budget may be reduced to 300 000 €") is None
    assert money_steps("increased to 450 000 in May 2021") == ([("to", 450_000.0)], None)


def test_a_revised_figure_replaces_the_previous_one_and_a_blank_leaves_it(tmp_path):
    from blind_helpers import text_build

    text = (
        "Project,Partner,Status,Start date,End date,Previous figure (EUR),Revised figure (EUR)\n"
        'Community policing pilots,Canada,Ongoing,2021-01-01,2021-12-31,"2,400,000","2,750,000"\n'
        'Police training,Canada,Ongoing,2021-01-01,2021-12-31,"900,000",\n'
        'Night vision,Canada,Ongoing,2021-01-01,2021-12-31,"650,000","580,000"\n'
    )
    result = text_build(tmp_path, "Canada_revised.csv", text)
    assert money_2021(result, "Community policing pilots") == (2_750_000, 0)
    assert money_2021(result, "Police training") == (900_000, 0)
    assert money_2021(result, "Night vision") == (580_000, 0)


def test_a_cards_comment_changes_its_figure_or_cancels_it_as_a_tables_remark_does(workbook_build):
    def card(k, title, budget, comment):
        return [
            [f"Проект {k}", ""],
            ["Название", title],
            ["Исполнитель", "ОБСЕ"],
            ["Статус", "реализуется"],
            ["Период", "01.2021 - 12.2022"],
            ["Бюджет на 2021 год, EUR", budget],
            ["Комментарий", comment],
            ["", ""],
        ]

    rows = [
        ["Посольство Швейцарии в Украине", ""],
        ["", ""],
        *card(1, "Общественная безопасность в громадах", 420_000, "увеличено до 450 000 в мае 2021"),
        *card(
            2, "Приюты для пострадавших от торговли людьми", 310_000, "отменён 12.04.2021 (решение донора)"
        ),
        *card(3, "Прозрачные процедуры на пунктах пропуска", 260_000, "уменьшено на 35 000"),
        *card(4, "Журнал учёта задержанных", 185_000, "без изменений"),
    ]
    result = workbook_build({"Проекты": rows}, "Швейцария_проекты_2021.xlsx")
    got = projects_by_title(result)
    assert money_2021(result, "Общественная безопасность в громадах") == (450_000, 0)
    assert money_2021(result, "Прозрачные процедуры на пунктах пропуска") == (260_000 - 35_000, 0)
    assert money_2021(result, "Журнал учёта задержанных") == (185_000, 0)
    assert got["Приюты для пострадавших от торговли людьми"]["status"] == "cancelled"
    assert money_2021(result, "Приюты для пострадавших от торговли людьми") == (0, 0)


# --------------------------------------------------------------------------- earlier versions kept in the list


def _struck_build(tmp_path, rows: list[list], struck: tuple[int, ...], name: str):
    from openpyxl import Workbook
    from openpyxl.styles import Font

    from mtd_analysis.build import build

    raw = tmp_path / "raw"
    raw.mkdir(parents=True)
    wb = Workbook()
    ws = wb.active
    ws.title = "Проекты 2021"
    for row in rows:
        ws.append(row)
    for r in struck:
        for cell in ws[r]:
            cell.font = Font(strike=True)
    wb.save(raw / name)
    return build(raw, tmp_path / "out", year=2021)


def test_rows_kept_for_the_record_are_not_counted_beside_the_current_ones(tmp_path):
    """A struck-through row (the note says such rows are outdated), an "OLD" note and a "не актуально" record
    state: each an earlier version of a project whose current row is counted once (hand-worked sums)."""
    rows = [
        ["Перечень проектов на 2021 год. Суммы в евро."],
        ["Зачёркнутые строки и строки «не актуально» - устаревшие данные, оставлены для истории."],
        ["Название проекта", "Донор", "Период", "Сумма на 2021 г., евро", "Статус", "Запись", "Примечание"],
        ["Оснащение пунктов пропуска на границе с Польшей", "Польша", "2021", 210_000, "утверждён", "", ""],
        [
            "Оснащение пунктов пропуска на украинско-польской границе",
            "Польша",
            "2021",
            265_000,
            "утверждён",
            "",
            "",
        ],
        ["Обучение полиции: домашнее насилие", "Литва", "2021", 48_000, "утверждён", "", "OLD"],
        ["Обучение полиции: домашнее насилие", "Литва", "2021", 55_500, "утверждён", "актуально", ""],
        ["Наркотики в морских портах", "Нидерланды", "2021", 300_000, "планируется", "не актуально", ""],
        ["Наркотики в морских портах", "Нидерланды", "2021", 320_000, "утверждён", "актуально", ""],
        ["Кинологическая служба ГПСУ", "Германия", "2021", 130_000, "реализуется", "актуально", ""],
    ]
    result = _struck_build(tmp_path, rows, struck=(4,), name="Перечень_проектов_2021.xlsx")
    got = projects_by_title(result)
    assert set(got) == {
        "Оснащение пунктов пропуска на украинско-польской границе",
        "Обучение полиции: домашнее насилие",
        "Наркотики в морских портах",
        "Кинологическая служба ГПСУ",
    }
    assert money_2021(result, "Обучение полиции: домашнее насилие") == (55_500, 0)
    assert money_2021(result, "Наркотики в морских портах") == (320_000, 0)
    assert len(issues_saying(result, "taken for an earlier version, not loaded")) == 2
    assert issues_saying(
        result, "row 4 is struck through, and the note in row 2 says such rows are earlier versions"
    )


def test_a_row_marked_old_with_no_current_twin_is_read_and_said(tmp_path):
    rows = [
        ["Project", "Donor", "Year", "Amount 2021, EUR", "Note"],
        ["Border dogs training", "Germany", "2021", 130_000, "OLD"],
        ["Custody records", "Germany", "2021", 90_000, ""],
    ]
    result = _struck_build(tmp_path, rows, struck=(), name="Germany.xlsx")
    assert money_2021(result, "Border dogs training") == (130_000, 0)
    assert issues_saying(
        result, "says 'OLD' (an earlier version?), but no other row of the table has its title"
    )


def test_a_draft_sheet_beside_the_current_one_is_not_counted(workbook_build):
    head = ["№", "Назва проєкту", "Статус", "Період реалізації", "Загальний бюджет проєкту, EUR"]
    v1 = [
        ["Перелік проєктів - ЧЕРНЕТКА v1 від 12.01.2021 (не використовувати)"],
        head,
        [1, "Ювенальна превенція поліції", "погоджено", "01.2021 – 12.2021", 500_000],
        [2, "Мобільні групи ДСНС", "концепція", "01.2021 – 12.2021", 100_000],
    ]
    v2 = [
        ["Перелік проєктів - v2 (актуальна версія) від 03.03.2021"],
        head,
        [1, "Ювенальна превенція поліції", "реалізується", "01.2021 – 12.2021", 600_000],
    ]
    result = workbook_build({"v1 (draft)": v1, "v2 (current)": v2}, "Норвегія_перелік_v1_v2.xlsx")
    assert set(projects_by_title(result)) == {"Ювенальна превенція поліції"}
    assert money_2021(result, "Ювенальна превенція поліції") == (600_000, 0)
    assert issues_saying(result, "sheet 'v1 (draft)' is an earlier version of the list")


def test_hidden_rows_a_note_calls_superseded_are_not_loaded(tmp_path):
    """The note says hidden rows hold last year's draft: the hidden row of a project of its own is not counted (it
    had been read, its status taken from the note's word "draft")."""
    from openpyxl import Workbook

    from mtd_analysis.build import build

    raw = tmp_path / "raw"
    raw.mkdir(parents=True)
    wb = Workbook()
    ws = wb.active
    for row in [
        ["EUAM projects, 2021"],
        ["NOTE: hidden rows hold the November 2020 draft and are superseded. Only the visible rows count."],
        ["Project title", "Status", "Start", "End", "Budget 2021, EUR"],
        ["Cybercrime investigation capacity", "Ongoing", "2021-01-01", "2021-12-31", 130_000],
        ["Forensic laboratory accreditation", "Draft", "2021-01-01", "2021-12-31", 150_000],
    ]:
        ws.append(row)
    ws.row_dimensions[5].hidden = True
    wb.save(raw / "EUAM_projects_2021.xlsx")
    result = build(raw, tmp_path / "out", year=2021)
    assert set(projects_by_title(result)) == {"Cybercrime investigation capacity"}
    assert issues_saying(result, "row 5 is hidden, and the note in row 2 says such rows are earlier versions")
    assert not issues_saying(result, "read like the others")
