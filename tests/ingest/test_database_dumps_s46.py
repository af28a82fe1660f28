"""A database's dump and a form's answers sent as partner files (round 46).

A register exported table by table: codes in the data sheet (donor, status, priority, recipient), a dictionary sheet
listing every kind of code in one table ("dict | code | name_uk | name_en"), "[NULL]" for an empty field and a
deletion flag on records the system replaced. A form's answers: the year's plan asked "if known", and the main
priority asked beside "all that apply". The expected values are what a careful reader takes from the rows written
here, worked out by hand beside each test.
"""

from __future__ import annotations

import pytest

from mtd_analysis.ingest.columns import find_header, match_field
from mtd_analysis.ingest.projects import code_lists, priority_codes, status_codes
from mtd_analysis.ingest.read import Grid

HEADER = ["id", "title_uk", "donor_cd", "recipient_cd", "status_cd", "prio_cd", "ccy", "amt_total", "dt_from", "dt_to",
          "amt_2021", "is_deleted"]  # fmt: skip

DICTIONARY = [
    ["dict", "code", "name_uk", "name_en"],
    ["donor", "D012", "Королівство Данія", "Kingdom of Denmark"],
    ["donor", "D035", "Всесвітня організація охорони здоров'я", "World Health Organization"],
    ["donor", "D040", "Міжнародний банк реконструкції та розвитку (Світовий банк)", "IBRD (World Bank)"],
    ["status", "1", "Реалізується", "Ongoing"],
    ["status", "3", "Запланований", "Planned"],
    ["priority", "P01", "Прозорий облік затриманих осіб", "Transparent custody records"],
    ["priority", "P07", "Зручний перетин кордону", "Convenient border crossing"],
    ["priority", "P09", "Протидія COVID-19", "COVID-19 response"],
    ["recipient", "R01", "Національна поліція України", "National Police"],
    ["recipient", "R02", "Державна прикордонна служба України", "State Border Guard Service"],
]

ROWS = [
    # deleted: replaced by record 1043 (same title) - not counted
    [987, "Облік затриманих у ІТТ", "D012", "R01", "1", "P01", "DKK", 4_000_000, "2021-01-01", "2022-12-31",
     1_800_000, 1],
    [1043, "Облік затриманих у ІТТ", "D012", "R01", "1", "P01", "DKK", 4_500_000, "2021-01-01", "2022-12-31",
     2_100_000, 0],
    # no 2021 figure ([NULL]): 210,000 over 2020-05-01..2021-04-30 (365 days), 120 of them in 2021
    [1012, "Протидія COVID-19 в ІТТ", "D035", "R01", "1", "P09", "USD", 210_000, "2020-05-01", "2021-04-30",
     "[NULL]", 0],
    [1077, "Електронна черга на пунктах пропуску", "D040", "R02", "3", "P07", "USD", 5_000_000, "2022-07-01",
     "2024-06-30", "[NULL]", 0],
]  # fmt: skip


@pytest.fixture
def dump(workbook_build):
    return workbook_build({"ita_projects": [HEADER, *ROWS], "dict": DICTIONARY}, "register_dump.xlsx")


def test_codes_are_read_through_the_dictionary_of_every_kind(dump):
    projects = dump.projects.set_index("title")
    assert sorted(projects.partner) == ["Denmark", "WHO", "World Bank"]
    assert projects.loc["Облік затриманих у ІТТ", "status"] == "ongoing"
    assert projects.loc["Електронна черга на пунктах пропуску", "status"] == "planned"
    assert projects.loc["Протидія COVID-19 в ІТТ", "declared_priority"] == "Протидія COVID-19"
    assert projects.loc["Електронна черга на пунктах пропуску", "beneficiaries"] == "SBGS"
    assert not dump.issues.message.str.contains("is not an MIA agency").any()


def test_a_deleted_record_is_not_counted_and_said(dump):
    projects = dump.projects
    assert len(projects) == 3  # record 987 deleted
    assert projects.loc[projects.title.eq("Облік затриманих у ІТТ"), "amount"].tolist() == [4_500_000]
    said = dump.issues[dump.issues.message.str.contains("deleted or archived in the system")]
    assert said.row.tolist() == [2] and said.column.tolist() == ["L2"]


def test_null_is_an_empty_cell_and_the_year_is_spread_by_days(dump, eur_per_unit):
    alloc = dump.allocations[dump.allocations.year.eq(2021)]
    projects = dump.projects.set_index("project_id")
    money = alloc.assign(title=alloc.project_id.map(projects.title)).groupby("title").amount_eur.sum()
    # 1 Jan - 30 Apr 2021 is 120 of the 365 days of 1 May 2020 - 30 Apr 2021
    assert money["Протидія COVID-19 в ІТТ"] == pytest.approx(
        210_000 * 120 / 365 * eur_per_unit(dump, 2021, "USD")
    )
    assert money["Облік затриманих у ІТТ"] == pytest.approx(2_100_000 * eur_per_unit(dump, 2021, "DKK"))
    messages = "\n".join(dump.issues.message)
    assert "2 cells read '[NULL]', a database's empty value (K4, K5)" in messages
    assert "holds no number" not in messages


def test_a_code_two_kinds_share_is_left_out_of_the_dictionary():
    rows = [["kind", "code", "meaning"], ["donor", "D1", "European Union"], ["donor", "D2", "Japan"],
            ["status", "1", "Ongoing"], ["region", "1", "Kyiv"], ["status", "2", "Completed"],
            ["region", "K", "Kharkiv"]]  # fmt: skip
    data = Grid(
        "data",
        [["title", "donor", "status"], ["Radios", "D1", "1"], ["Boats", "D2", "2"]],
        [],
        True,
        False,
        {},
    )
    lists = code_lists([data, Grid("dict", rows, [], True, False, {})])
    assert lists == {
        "dict": {"D1": ["European Union"], "D2": ["Japan"], "2": ["Completed"], "K": ["Kharkiv"]}
    }
    assert status_codes([data], lists) == {"2": "completed"}


def test_priority_codes_with_a_translation_after_them():
    rows = [["priority", "P01", "Прозорий облік затриманих осіб", "Transparent custody records"],
            ["priority", "P02", "Протидія торгівлі людьми", "Counter human trafficking"]]  # fmt: skip
    assert priority_codes([Grid("dict", rows, [], True, False, {})]) == {
        "P01": "Прозорий облік затриманих осіб",
        "P02": "Протидія торгівлі людьми",
        "_sheet": "dict",
    }


@pytest.mark.parametrize(
    ("label", "field"),
    [
        ("is_deleted", "deleted"),
        ("Deletion flag", "deleted"),
        ("Ознака видалення", "deleted"),
        ("prio_cd", "declared_priority"),
        ("recipient_cd", "beneficiaries"),
        ("executor", "implementer"),
    ],
)
def test_a_dumps_column_names(label, field):
    assert match_field(label).field == field


# --------------------------------------------------------------------------- a form's answers


@pytest.mark.parametrize(
    "label",
    [
        "Сумма, запланированная на 2021 год (если известна)",
        "Сума, запланована на 2021 рік (якщо відома)",
        "Amount 2021 (if known)",
    ],
)
def test_a_forms_question_for_the_years_plan_is_that_years_money(label):
    m = match_field(label)
    assert (m.field, m.year) == ("yearly", 2021)


@pytest.mark.parametrize(
    ("all_of_them", "main"),
    [
        ("Направления работы (отметьте все подходящие)", "Основное направление"),
        ("Thematic areas (tick all that apply)", "Main thematic area"),
        ("Напрями (позначте всі, що стосуються)", "Головний напрям"),
    ],
)
@pytest.mark.parametrize("main_first", [False, True])
def test_the_main_priority_is_read_not_the_list_of_all_that_apply(all_of_them, main, main_first):
    labels = ["Project title", main, all_of_them] if main_first else ["Project title", all_of_them, main]
    header = find_header([[*labels, "Budget"], ["Radios", "Border security", "Border security, Drugs", 100]])
    assert header.fields()["declared_priority"] == labels.index(main)
