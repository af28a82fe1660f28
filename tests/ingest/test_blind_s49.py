"""Layouts found by partner files written blind in round 49 (sets CU and CV).

Each test writes the few cells that matter, as the partner's file had them, and checks the reading against figures
worked out by hand beside it: a sheet's title merged over its whole table (no group of the columns below), a status
said in a short phrase in a column under an unknown label, the figures of a column under an unknown label beside a
column of currencies, and a summary sheet naming the workbook's other sheets.
"""

from __future__ import annotations

from mtd_analysis.ingest.columns import content_role, find_header


def _by_title(result) -> dict[str, dict]:
    return {r["title"]: r for r in result.projects.to_dict("records")}


def _said(result, words: str) -> list[dict]:
    return [i for i in result.issues.to_dict("records") if words in i["message"]]


def _money_2021(result, project_id: str) -> float:
    a = result.allocations
    return a[a.project_id.eq(project_id) & a.year.eq(2021)].amount_eur.sum()


# --------------------------------------------------------------------------- a title over the whole table

COORDINATOR = [
    [
        "Информация о проектах прочих партнёров (по данным секретариата СРГ), февраль 2021",
        None,
        None,
        None,
        None,
    ],
    ["№", "Сторона", "Проект", "Объём, EUR", "Отметка"],
    [1, "Королевство Нидерландов", "Школьные офицеры полиции", 240000, "реализуется"],
    [
        2,
        "Королевство Норвегия (МИД)",
        "Гуманитарное разминирование: оборудование для ГСЧС",
        500000,
        "отменён по решению донора",
    ],
    [3, "ОБСЕ", "Оценка условий содержания в изоляторах", 180000, "проектное предложение, на рассмотрении"],
]


def test_a_title_merged_over_the_whole_table_is_no_group_of_its_columns():
    # merged A1:E1: were it a group, every label below would read "Информация о проектах … / Отметка"
    header = find_header(COORDINATOR, merged=[((0, 0), (0, 4))])
    assert (header.first_row, header.row) == (1, 1)
    assert header.labels[2] == "Проект" and header.labels[3] == "Объём, EUR"


def test_a_status_said_in_a_short_phrase_makes_an_unknown_column_the_status(workbook_build):
    result = workbook_build({"Прочие": COORDINATOR}, "Koordinator.xlsx", merges={"Прочие": ["A1:E1"]})
    projects = _by_title(result)
    assert projects["Школьные офицеры полиции"]["status"] == "ongoing"
    assert projects["Гуманитарное разминирование: оборудование для ГСЧС"]["status"] == "cancelled"
    assert projects["Оценка условий содержания в изоляторах"]["status"] == "planned"
    assert _said(result, "column E 'Отметка' read as status")
    # cancelled: no money; planned: pipeline, not funding (the whole sum: no period, so the file's year)
    assert (
        _money_2021(result, projects["Гуманитарное разминирование: оборудование для ГСЧС"]["project_id"]) == 0
    )
    osce = projects["Оценка условий содержания в изоляторах"]["project_id"]
    assert _money_2021(result, osce) == 0
    # a remark with a date in it is a remark, not a status ("Отменен по решению донора (январь 2021)")
    assert (
        content_role(
            [
                "Софинансирование Норвегии: 5 000 000 NOK на тот же период",
                "Отменен по решению донора (январь 2021)",
                "Совместный проект с ГСЧС; тот же бюджет",
            ]
        ).kind
        != "status"
    )


# --------------------------------------------------------------------------- figures beside a column of currencies

JAPAN = [
    ["Проекти МТД, що фінансуються Урядом Японії (станом на 01.03.2021)", None, None, None, None],
    ["№", "Project", "Counterpart", None, "Envelope", "Timeline"],
    [1, "Equipment for Border Guard patrol boats", "ДПСУ", "USD", 2_300_000, "2021"],
    [
        2,
        "Mine action equipment for the State Emergency Service",
        "ДСНС",
        "JPY",
        450_000_000,
        "01.2021–12.2021",
    ],
]


def test_figures_under_an_unknown_label_beside_a_column_of_currencies_are_the_amount(
    one_sheet_build, eur_per_unit
):
    result = one_sheet_build(JAPAN, "Japan_ODA.xlsx", "Projects")
    projects = _by_title(result)
    boats = projects["Equipment for Border Guard patrol boats"]
    assert (boats["amount"], boats["currency"]) == (2_300_000, "USD")
    mines = projects["Mine action equipment for the State Emergency Service"]
    assert (mines["amount"], mines["currency"]) == (450_000_000, "JPY")
    # both run through 2021 alone: the whole sums are 2021's
    expected = 450_000_000 * eur_per_unit(result, 2021, "JPY")
    assert abs(_money_2021(result, mines["project_id"]) - expected) < 0.01
    assert _said(result, "column E 'Envelope' is not a money label")[0]["severity"] == "warning"


def test_counts_beside_a_column_of_currencies_are_not_money(one_sheet_build):
    rows = [
        ["Project", "Currency", "Number of participants", "Timeline"],
        ["Training of border guards", "EUR", 1200, "03.2021–02.2022"],
        ["Training of police officers", "EUR", 3400, "2021–2022"],
        ["Training of migration officers", "EUR", 2500, "01.2021–12.2021"],
    ]
    result = one_sheet_build(rows, "counts.xlsx")
    assert result.projects.amount.isna().all()


# --------------------------------------------------------------------------- a summary of the other sheets

SUMMARY = [
    ["EU-funded projects in the law enforcement sector – summary by subgroup", None, None, None],
    ["Subgroup", "Number of projects", "EU contribution, EUR", "Details in sheet"],
    ["Border management and migration", 1, 6_500_000, "Border"],
    ["Police reform and public safety", 1, 2_200_000, "Police"],
    ["Total", 2, 8_700_000, None],
]
SUBGROUP = ["No.", "Project title", "Start date", "End date", "EU contribution (EUR)"]


def test_a_summary_naming_the_other_sheets_is_not_read_as_projects(workbook_build):
    sheets = {
        "Summary": SUMMARY,
        "Border": [
            SUBGROUP,
            [1, "Modernisation of border crossing points", "2021-01-01", "2021-12-31", 6_500_000],
        ],
        "Police": [SUBGROUP, [1, "Emergency response equipment", "2021-01-01", "2021-12-31", 2_200_000]],
    }
    result = workbook_build(sheets, "EUD_by_subgroup.xlsx")
    assert sorted(result.projects.title) == [
        "Emergency response equipment",
        "Modernisation of border crossing points",
    ]
    said = _said(result, "sums up the workbook's other sheets")
    assert len(said) == 1 and said[0]["sheet"] == "Summary" and "'Border', 'Police'" in said[0]["message"]
    assert result.allocations[result.allocations.year.eq(2021)].amount_eur.sum() == 8_700_000


def test_a_list_naming_its_agencies_sheets_is_still_a_list_of_projects(workbook_build):
    # "НПУ" on two projects' rows: the column is the projects' agency, not a row per sheet
    listing = [
        ["Назва проєкту", "Отримувач", "Бюджет, EUR", "Період"],
        ["Система обліку затриманих", "НПУ", 730_000, "2021"],
        ["Кінологічне забезпечення", "НПУ", 240_000, "2021"],
        ["Тепловізори для прикордонників", "ДПСУ", 1_460_000, "2021"],
    ]
    agency = ["Назва проєкту", "Бюджет, EUR", "Період"]
    sheets = {
        "Зведена": listing,
        "НПУ": [
            agency,
            ["Система обліку затриманих", 730_000, "2021"],
            ["Кінологічне забезпечення", 240_000, "2021"],
        ],
        "ДПСУ": [agency, ["Тепловізори для прикордонників", 1_460_000, "2021"]],
    }
    result = workbook_build(sheets, "Germany_BMI.xlsx")
    assert not _said(result, "sums up the workbook's other sheets")
    assert "Зведена" in set(result.projects.source_sheet)
