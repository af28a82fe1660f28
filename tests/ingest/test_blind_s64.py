"""Layouts found by partner files written blind in round 64 (set WB "partners' workbooks with money split by year and
by source": the project's whole cost beside the donor's part of it, other sectors' projects a note sets aside, titles
going on in brackets on the next row).

Each test writes the few lines or cells that matter, as the partner's file had them, and checks the reading against
figures worked out by hand beside it.
"""

from __future__ import annotations

import pytest
from blind_helpers import file_build, issues_saying, projects_by_title, xlsx_bytes, year_money

from mtd_analysis.ingest.columns import names_donor_money
from mtd_analysis.ingest.projects import noted_outside

# --- the donor's part of the cost, "of which" --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "donors"),
    [
        ("of which EU contribution, EUR", True),
        ("у т.ч. внесок Японії, USD", True),
        ("в т.ч. средства ЕС, долл. США", True),
        ("of which 2021", False),  # a year's part, no donor
        ("Total project cost, EUR (all contributors)", False),
    ],
)
def test_of_which_before_a_donors_money_is_that_donors_part(label, donors):
    assert names_donor_money(label) is donors


def test_the_eu_part_of_the_cost_is_the_projects_money_not_the_cost(tmp_path):
    header = [
        "No",
        "Project title",
        "Beneficiary",
        "Total project cost, EUR (all contributors)",
        "of which EU contribution, EUR",
        "2021, EUR",
        "Status",
    ]
    rows = [
        ["EU-funded technical assistance: home affairs"],
        [],
        header,
        [
            1,
            "Community policing in Kharkiv oblast",
            "National Police of Ukraine",
            9_200_000,
            8_500_000,
            3_100_000,
            "Ongoing",
        ],
        [
            2,
            "Biometric documents for the SMS",
            "State Migration Service of Ukraine",
            3_300_000,
            3_000_000,
            0,
            "Completed",
        ],
    ]
    result = file_build(tmp_path, "eu.xlsx", xlsx_bytes({"Projects": rows}))
    projects = projects_by_title(result)
    # the EU's money is 8.5 and 3.0 million: the rest of the cost (0.7 and 0.3 million) is other contributors'
    assert projects["Community policing in Kharkiv oblast"]["amount"] == 8_500_000
    assert projects["Biometric documents for the SMS"]["amount"] == 3_000_000
    assert year_money(projects["Community policing in Kharkiv oblast"], 2021) == 3_100_000


# --- a note setting numbered projects aside as another sector's ------------------------------------------------------


@pytest.mark.parametrize(
    ("note", "numbers"),
    [
        ("4) Projects 3, 5 and 8 are listed for information only (other sectors).", [3, 5, 8]),
        ("Примітка: проєкти № 3 та № 5 не належать до сфери МВС і наведені довідково.", [3, 5]),
        ("Примечание: «Освоено» — нарастающим итогом. Проекты 4 и 5 не относятся к сектору МВД.", [4, 5]),
        ("Project 7 is outside the MIA sector", [7]),
        ("Project 2: EU allocation for 2019 was EUR 1,000,000.", []),
        ("Projects 6 and 7 are completed and listed for information only.", []),  # no word of another sector
        ("Projects 1 and 2 are co-funded with other donors.", []),
    ],
)
def test_a_note_naming_projects_of_another_sector(note, numbers):
    assert noted_outside(note) == numbers


def _iom_rows(note: str) -> list[list]:
    return [
        ["Проекты МОМ в секторе МВД и смежных секторах (тыс. долл. США)"],
        [],
        [
            "№",
            "Название проекта",
            "Донор",
            "Получатель помощи",
            "Срок",
            "Общая стоимость",
            "2021 (план)",
            "Статус",
        ],
        [
            1,
            "Укрепление управления границами",
            "Европейский Союз",
            "ГПСУ",
            "2019–2021",
            3250,
            1450.5,
            "реализуется",
        ],
        [
            2,
            "Психосоциальная поддержка мигрантов",
            "Европейский Союз",
            "Министерство здравоохранения Украины",
            "2020–2022",
            2000,
            700,
            "реализуется",
        ],
        [3, "Подготовка кинологов", "Канада", "ГПСУ", "2021–2022", 600, 300, "реализуется"],
        [None, "Итого", None, None, None, 5850, 2450.5, None],
        [],
        [note],
    ]


def test_projects_a_note_names_as_another_sectors_are_not_counted(tmp_path):
    note = "Примечание: проекты 2 и 9 не относятся к сектору МВД."
    result = file_build(tmp_path, "iom.xlsx", xlsx_bytes({"Проекты": _iom_rows(note)}))
    projects = projects_by_title(result)
    assert set(projects) == {"Укрепление управления границами", "Подготовка кинологов"}
    assert year_money(projects["Подготовка кинологов"], 2021) == 300_000  # thousands of dollars
    said = issues_saying(result, "is another sector's")
    assert [(i["row"], i["column"]) for i in said] == [(5, "A5")]  # the row of project 2, its number's cell
    # the note's cell (rows: title, blank, header, 3 projects, total, blank, note)
    assert "A9" in said[0]["message"]
    # no row is numbered 9: said at the note, not passed over
    assert [i["row"] for i in issues_saying(result, "no row of the table is numbered so")] == [9]


def test_without_the_note_the_health_ministrys_project_is_counted_and_said(tmp_path):
    result = file_build(tmp_path, "iom.xlsx", xlsx_bytes({"Проекты": _iom_rows("Примечание: данные МОМ.")}))
    assert "Психосоциальная поддержка мигрантов" in projects_by_title(result)
    assert issues_saying(result, "is not an MIA agency this tool knows")


# --- a title going on in brackets on the next row -------------------------------------------------------------------


def test_words_in_brackets_under_a_title_are_the_rest_of_it(tmp_path):
    rows = [
        ["№", "Название проекта", "Донор", "Получатель помощи", "Сумма, USD", "Статус"],
        [
            1,
            "Оборудование для контрольных пунктов въезда-выезда",
            "Великобритания",
            "ГПСУ",
            950_000,
            "планируется",
        ],
        [None, "(КПВВ «Станица Луганская», «Новотроицкое»), для ГПСУ", None, None, None, None],
        [2, "Подготовка кинологов", "Канада", "ГПСУ", 600_000, "реализуется"],
    ]
    result = file_build(tmp_path, "uk.xlsx", xlsx_bytes({"Проекты": rows}))
    titles = set(projects_by_title(result))
    assert titles == {
        "Оборудование для контрольных пунктов въезда-выезда (КПВВ «Станица Луганская», «Новотроицкое»), для ГПСУ",
        "Подготовка кинологов",
    }
    assert not issues_saying(result, "taken as a section heading")
