"""Layouts found by partner files written blind in round 64 (set WB "partners' workbooks with money split by year and
by source": the project's whole cost beside the donor's part of it, other sectors' projects a note sets aside, titles
going on in brackets on the next row; set WC "mixtures as partners send them": a programme column beside the
projects' titles, a project listed again under a second group with "див. вище", a sum not fixed yet in one of two
currencies' columns; sets WD and WE, second submissions and donors' house formats: totals per currency
written "Subtotal USD", titles marked "(withdrawn)", "Total 2021-2022" beside the project's budget, "Планова сума на
2021 р." as the year's money, an "Indicative breakdown" of the years in one cell).

Each test writes the few lines or cells that matter, as the partner's file had them, and checks the reading against
figures worked out by hand beside it.
"""

from __future__ import annotations

import pandas as pd
import pytest
from blind_helpers import file_build, issues_saying, projects_by_title, text_build, xlsx_bytes, year_money

from mtd_analysis.ingest.columns import names_donor_money
from mtd_analysis.ingest.projects import noted_outside

# --- the donor's part of the cost, "of which" --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "donors"),
    [
        ("of which EU contribution, EUR", True),
        ("у т.ч. внесок Японії, USD", True),
        ("в т.ч. средства ЕС, долл. США", True),
        ("incl. Canada's contribution, CAD", True),  # a possessive
        ("в т.ч. за счёт средств Японии, долл. США", True),
        ("of which 2021", False),  # a year's part, no donor
        ("UNDP's own funds", False),  # an implementer's own money
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


def test_another_donors_part_in_a_donors_list_is_not_its_money(tmp_path):
    header = [
        "No",
        "Project title",
        "Beneficiary",
        "Total project cost, EUR",
        "of which EU contribution, EUR",
        "Status",
    ]
    rows = [
        ["Germany (GIZ): projects in the MIA sector"],
        [],
        header,
        [1, "Police human rights training", "NPU", 2_000_000, 500_000, "Ongoing"],
        [2, "Integrity in the police", "NPU", 500_000, 0, "Ongoing"],
    ]
    result = file_build(tmp_path, "germany_projects.xlsx", xlsx_bytes({"Projects": rows}))
    projects = projects_by_title(result)
    # Germany's list: the EU's part is not Germany's money; the whole cost is read, and said
    assert {p["partner"] for p in projects.values()} == {"Germany"}
    assert projects["Police human rights training"]["amount"] == 2_000_000
    assert projects["Integrity in the police"]["amount"] == 500_000
    assert issues_saying(result, "is EU's part of the cost, not Germany's own money")


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
        # found by the blind review of these rules
        ("Проєкти 3–5 не належать до сфери МВС", [3, 4, 5]),  # a range
        ("Projects 3 to 5 are outside the MIA sector", [3, 4, 5]),
        ("№ 2 і № 4 — проєкти інших секторів, наведені довідково", [2, 4]),
        ("Projects No. 2 and No. 5 belong to the justice sector and are shown for reference only", [2, 5]),
        ("Projects 1-4 belong to the MIA sector", []),  # the sector's own
        ("Projects 2 and 3 also benefit other sectors", []),
        ("Projects 4 and 5 were transferred from other sectors in 2021", []),  # into the sector
        ("Проєкти 2 та 3 реалізуються спільно з іншими секторами", []),
        ("Projects 2 and 3 are not outside the MIA sector", []),
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


# --- a programme column beside the projects' titles ------------------------------------------------------------------


def test_the_project_title_column_holds_the_titles_not_the_programme(tmp_path):
    text = (
        "Programme,Project title,Implementer,Beneficiary,Total budget (GBP),2021 allocation (GBP),Status\n"
        'CSSF Ukraine,Maritime border security for the SBGS,Adam Smith International,SBGS,"3,200,000","950,000",'
        "ongoing\n"
        'CSSF Ukraine,Cyber-crime investigation training,UK National Crime Agency,NPU,"480,000","300,000",'
        "in pipeline\n"
        'Good Governance Fund,Emergency response capacity of SESU,HALO Trust,SESU,"560,000","560,000",ongoing\n'
    )
    result = text_build(tmp_path, "uk_export.csv", text)
    projects = projects_by_title(result)
    assert set(projects) == {
        "Maritime border security for the SBGS",
        "Cyber-crime investigation training",
        "Emergency response capacity of SESU",
    }
    assert projects["Maritime border security for the SBGS"]["amount"] == 3_200_000
    assert year_money(projects["Cyber-crime investigation training"], 2021) == 300_000
    assert issues_saying(result, "column 'Programme' repeats a column already read")


# --- a project listed again under a second group, "див. вище" -------------------------------------------------------


def test_a_row_with_no_money_pointing_above_is_the_project_listed_again(tmp_path):
    rows = [
        [
            "№",
            "Назва проєкту",
            "Донор",
            "Бенефіціар",
            "Загальний бюджет, EUR",
            "2021 рік, EUR",
            "Статус",
            "Примітка",
        ],
        ["Поліцейська діяльність"],
        [
            1,
            "Безпека громад у Донецькій і Луганській областях",
            "Данія",
            "НПУ",
            2_400_000,
            700_000,
            "реалізується",
            None,
        ],
        ["Цивільний захист"],
        [
            2,
            "Безпека громад у Донецькій і Луганській областях",
            "Данія",
            "ДСНС",
            None,
            None,
            "реалізується",
            "див. вище",
        ],
        [3, "Реагування на надзвичайні ситуації", "Норвегія", "ДСНС", 900_000, 900_000, "реалізується", None],
    ]
    result = file_build(tmp_path, "undp.xlsx", xlsx_bytes({"Проєкти": rows}))
    projects = result.projects
    twice = projects[projects["title"] == "Безпека громад у Донецькій і Луганській областях"]
    assert len(twice) == 1  # counted once, with its money and both agencies
    assert twice.iloc[0]["amount"] == 2_400_000
    assert set(twice.iloc[0]["beneficiaries"].split(";")) == {"NPU", "SESU"}
    assert len(projects) == 2
    assert [i["row"] for i in issues_saying(result, "('див. вище'): counted once")] == [5]


# --- a sum not fixed yet in one of two currencies' columns ----------------------------------------------------------


def test_tbd_under_the_second_currency_gives_that_currency(tmp_path):
    rows = [
        ["Project title", "Donor", "Beneficiary", "Total budget, EUR", "Total budget, USD", "Status"],
        ["Border management at the Ukraine-Moldova border", "EU", "SBGS", 4_800_000, None, "Ongoing"],
        ["Support to the SMS against irregular migration", "USA (INL)", "SMS", None, 2_300_000, "Ongoing"],
        [
            "Mobile border checkpoint equipment (Phase II)",
            "USA (INL)",
            "SBGS",
            None,
            "tbd",
            "Under discussion",
        ],
    ]
    result = file_build(tmp_path, "iom.xlsx", xlsx_bytes({"IOM": rows}))
    projects = projects_by_title(result)
    pending = projects["Mobile border checkpoint equipment (Phase II)"]
    assert pending["currency"] == "USD"
    assert pd.isna(pending["amount"])  # no sum: none counted
    assert projects["Border management at the Ukraine-Moldova border"]["currency"] == "EUR"


@pytest.mark.parametrize(
    "below",
    [
        "(Projects funded from the regional envelope)",  # a heading of the rows below
        "(Раздел 2. Гражданская защита)",
        "(to be confirmed)",  # a word on the row's state
        "(уточнюється)",
        "(continued)",
        "(amounts in EUR)",
    ],
)
def test_words_in_brackets_that_are_no_part_of_the_title(tmp_path, below):
    rows = [
        ["№", "Project title", "Donor", "Beneficiary", "Amount, EUR", "Status"],
        [1, "SESU fleet renewal", "EU", "SESU", 950_000, "ongoing"],
        [None, below, None, None, None, None],
        [2, "Dog handlers' training", "Canada", "SBGS", 600_000, "ongoing"],
    ]
    result = file_build(tmp_path, "list.xlsx", xlsx_bytes({"Projects": rows}))
    assert set(projects_by_title(result)) == {"SESU fleet renewal", "Dog handlers' training"}


# --- totals per currency, withdrawn titles (set WD) -----------------------------------------------------------------


def test_totals_per_currency_written_with_the_code_are_totals(tmp_path):
    text = (
        "No.,Project,Donor,Implementer,Beneficiary,Planned start,Indicative budget,Currency,Indicative breakdown\n"
        '1,Countering trafficking at the border,USA,IOM,SBGS,Q3 2021,"2,600,000",USD,2021 – 800 000; 2022 – 1 800 000\n'
        '2,Migration data management,EU,IOM,SMS,Q4 2021,"3,150,000",EUR,2021 – 1.20 mln; 2022 – 1.95 mln\n'
        "\n"
        ",TOTALS BY CURRENCY\n"
        ',Subtotal USD,,,,"2,600,000",USD,of which 2021 – 800 000\n'  # its cells one column off, as written
        ',Subtotal EUR,,,,"3,150,000",EUR,of which 2021 – 1 200 000\n'
    )
    result = text_build(tmp_path, "usaid.csv", text)
    assert set(projects_by_title(result)) == {
        "Countering trafficking at the border",
        "Migration data management",
    }
    assert {6, 7} <= {i["row"] for i in issues_saying(result, "is a totals row")}


@pytest.mark.parametrize("mark", ["(withdrawn)", "(ВИЛУЧЕНО)", "(исключён из перечня)"])
def test_a_title_marked_withdrawn_is_not_counted(tmp_path, mark):
    rows = [
        ["#", "Project title", "Donor", "Beneficiary", "Budget, SEK", "Status"],
        [1, "Gender mainstreaming in the National Police", "Sweden", "NPU", 24_500_000, "ongoing"],
        [2, f"Anti-corruption training for MIA staff {mark}", "Sweden", "MIA", 3_100_000, "ongoing"],
    ]
    result = file_build(tmp_path, "sweden.xlsx", xlsx_bytes({"Projects": rows}))
    assert set(projects_by_title(result)) == {"Gender mainstreaming in the National Police"}
    assert [i["row"] for i in issues_saying(result, "taken off the list, not counted")] == [3]


@pytest.mark.parametrize(
    "title",
    [
        "Demining (removed mines: 2,000)",  # what was removed, not the row
        "Equipment (excluded VAT)",
        "Digital forensics (deleted data recovery)",
        "Протидія незаконному обігу зброї (вилучено 1 200 од. зброї у 2020 р.)",  # seized
        "Борьба с наркотрафиком (изъято 300 кг наркотиков)",
        "Связь для полиции (удалённые районы)",  # remote districts
        "Программа добровольной сдачи (изъятие оружия)",
    ],
)
def test_a_bracket_saying_what_was_removed_or_seized_keeps_the_project(tmp_path, title):
    rows = [
        ["#", "Project title", "Donor", "Beneficiary", "Budget, EUR", "Status"],
        [1, title, "EU", "NPU", 400_000, "ongoing"],
    ]
    result = file_build(tmp_path, "eu.xlsx", xlsx_bytes({"Projects": rows}))
    assert set(projects_by_title(result)) == {title}


# --- the project's budget beside the years' total; a year's planned sum (sets WE, WD) -------------------------------


def test_the_projects_budget_not_the_total_of_the_years_shown(tmp_path):
    rows = [
        [
            "No.",
            "Project",
            "Beneficiary",
            "2021",
            "2022",
            "Total 2021-2022",
            "Total project budget (LOA), USD",
            "Status",
        ],
        [
            1,
            "Patrol Police Development Program",
            "NPU",
            2_000_000,
            1_100_000,
            3_100_000,
            6_500_000,
            "Ongoing",
        ],
        [2, "Border Security Enhancement", "SBGS", 1_000_000, 500_000, 1_500_000, 2_000_000, "Ongoing"],
    ]
    result = file_build(tmp_path, "inl.xlsx", xlsx_bytes({"MIA": rows}))
    projects = projects_by_title(result)
    assert projects["Patrol Police Development Program"]["amount"] == 6_500_000
    assert year_money(projects["Patrol Police Development Program"], 2021) == 2_000_000
    assert projects["Border Security Enhancement"]["amount"] == 2_000_000


def test_a_planned_sum_for_2021_is_that_years_money(tmp_path):
    rows = [
        [
            "№",
            "Назва проєкту",
            "Партнер",
            "Бенефіціар",
            "Орієнтовний бюджет, млн",
            "Валюта",
            "Планова сума на 2021 р., млн",
        ],
        [1, "Цифровізація адміністративних послуг МВС", "ЄС", "МВС", "5,00", "євро", "0,75"],
        [2, "Підтримка ДСНС у гуманітарному розмінуванні", "Японія", "ДСНС", "2,40", "дол. США", "0,30"],
    ]
    result = file_build(tmp_path, "mtd.xlsx", xlsx_bytes({"Проєкти": rows}))
    projects = projects_by_title(result)
    digital = projects["Цифровізація адміністративних послуг МВС"]
    assert (digital["amount"], year_money(digital, 2021)) == (5_000_000, 750_000)
    assert year_money(projects["Підтримка ДСНС у гуманітарному розмінуванні"], 2021) == 300_000


def test_an_indicative_breakdown_gives_the_years(tmp_path):
    text = (
        "No.,Project,Donor,Beneficiary,Planned start,Indicative budget,Currency,Indicative breakdown\n"
        '1,Digital identity verification,Canada,SMS,Q3 2021,"1,800,000",CAD,2021 – 300 000; 2022 – 900 000; '
        "2023 – 600 000\n"
    )
    result = text_build(tmp_path, "pipeline.csv", text)
    assert year_money(projects_by_title(result)["Digital identity verification"], 2021) == 300_000


# --- a legend of colours beside the table, the status cells coloured (set WD) ---------------------------------------


def _legend_beside_workbook() -> bytes:
    import io

    from openpyxl import Workbook
    from openpyxl.styles import PatternFill

    green, yellow, grey = ("92D050", "FFFF00", "BFBFBF")
    wb = Workbook()
    ws = wb.active
    ws.title = "Nordic"
    ws.append(["Nordic partners – ITA projects (amounts in SEK)"])
    ws.append([])
    ws.append(
        [
            "#",
            "Project title",
            "Implementer",
            "Beneficiary",
            "Period",
            "Budget, SEK",
            "Status",
            None,
            "Legend",
        ]
    )
    ws.append(["Donor: Sweden (Sida)", None, None, None, None, None, None, None, None, "Ongoing"])
    ws.append(
        [
            1,
            "Gender mainstreaming in the National Police",
            "UN Women",
            "NPU",
            "2020–2023",
            24_500_000,
            None,
            None,
            None,
            "Planned",
        ]
    )
    ws.append(
        [
            2,
            "Civil protection capacity for SESU",
            "MSB",
            "SESU",
            "2021–2024",
            38_000_000,
            None,
            None,
            None,
            "Completed",
        ]
    )
    ws.append([3, "Border crossing integrity", "UNDP", "SBGS", "2018–2020", 9_750_000])
    for row, colour in ((4, green), (5, yellow), (6, grey)):  # the legend's samples, in column I
        ws.cell(row, 9).fill = PatternFill("solid", fgColor=colour)
    for row, colour in ((5, green), (6, yellow), (7, grey)):  # the status cells, empty and coloured
        ws.cell(row, 7).fill = PatternFill("solid", fgColor=colour)
    stream = io.BytesIO()
    wb.save(stream)
    return stream.getvalue()


def test_a_legend_beside_the_table_gives_the_status_cells_colours(tmp_path):
    result = file_build(tmp_path, "nordic.xlsx", _legend_beside_workbook())
    projects = projects_by_title(result)
    statuses = {title: p["status"] for title, p in projects.items()}
    assert statuses == {
        "Gender mainstreaming in the National Police": "ongoing",
        "Civil protection capacity for SESU": "planned",
        "Border crossing integrity": "completed",
    }
    # the section row beside the legend's first line still names the donor of the rows below
    assert {p["partner"] for p in projects.values()} == {"Sweden"}
    assert issues_saying(result, "the legend beside the table")


# --- a donor's fiscal years named with the donor and their months (set WE) ------------------------------------------


def test_uk_fiscal_years_with_their_months_are_read_by_days(tmp_path):
    rows = [
        ["UK CSSF – Ukraine programme (amounts in GBP)"],
        [],
        [
            "Project ref",
            "Project title",
            "Beneficiary",
            "Start date",
            "End date",
            "UK FY 2020/21\n(Apr 2020 - Mar 2021)\nGBP",
            "UK FY 2021/22\n(Apr 2021 - Mar 2022)\nGBP",
            "Total budget\nGBP",
            "Status",
        ],
        [
            "CSSF-UA-017",
            "Countering Disinformation",
            "MIA",
            "01.04.2020",
            "31.03.2022",
            200_000,
            400_000,
            600_000,
            "Ongoing",
        ],
    ]
    result = file_build(tmp_path, "uk_cssf.xlsx", xlsx_bytes({"Portfolio": rows}))
    project = projects_by_title(result)["Countering Disinformation"]
    # 2021: 90 of FY 2020/21's 365 days (1 January – 31 March) and 275 of FY 2021/22's 365 (1 April – 31 December)
    expected = 200_000 * 90 / 365 + 400_000 * 275 / 365
    assert year_money(project, 2021) == pytest.approx(expected, abs=0.02)
    assert project["amount"] == 600_000


def test_a_fiscal_years_money_is_spent_within_the_projects_dates(tmp_path):
    text = (
        "U.S. Embassy Kyiv - Foreign Assistance Tracker - export 15.03.2021;;;;;;;;\n"
        "Activity ID;Activity Title;Agency;Beneficiary;Start Date;End Date;Total Commitment (USD);"
        "FY2021 (Oct 2020 - Sep 2021) Commitment (USD);Status\n"
        "INL-UA-21-11;Forensic DNA Laboratory Equipment;INL;NPU;2021-03-01;2021-09-30;275 500,50;275 500,50;Active\n"
        "INL-UA-20-07;Maritime Border Security Support;INL;SBGS;2020-10-01;2021-09-30;1 800 000,00;1 800 000,00;"
        "Active\n"
    )
    result = text_build(tmp_path, "us_tracker.csv", text)
    projects = projects_by_title(result)
    # March – September 2021 lies within FY2021: all its money is 2021's, none before the project starts
    assert year_money(projects["Forensic DNA Laboratory Equipment"], 2021) == pytest.approx(
        275_500.50, abs=0.01
    )
    assert year_money(projects["Forensic DNA Laboratory Equipment"], 2020) is None
    # a project over the whole fiscal year: 92 of its 365 days in 2020 (1 October – 31 December), 273 in 2021
    maritime = projects["Maritime Border Security Support"]
    assert year_money(maritime, 2021) == pytest.approx(1_800_000 * 273 / 365, abs=0.02)


def test_a_fiscal_year_label_giving_its_months_is_read_whoever_the_partner(tmp_path):
    text = (
        "Activity ID;Activity Title;Agency;Beneficiary;Start Date;End Date;Total Commitment (USD);"
        "FY2021 (Oct 2020 - Sep 2021) Commitment (USD);Status\n"
        "INL-UA-20-07;Maritime Border Security Support;INL;SBGS;2020-10-01;2021-09-30;1 800 000,00;1 800 000,00;"
        "Active\n"
    )
    result = text_build(tmp_path, "tracker.csv", text)
    maritime = projects_by_title(result)["Maritime Border Security Support"]
    # the label's own months: 92 of the fiscal year's 365 days in 2020, 273 in 2021
    assert year_money(maritime, 2020) == pytest.approx(1_800_000 * 92 / 365, abs=0.02)
    assert year_money(maritime, 2021) == pytest.approx(1_800_000 * 273 / 365, abs=0.02)
    assert issues_saying(result, "give fiscal years ('FY2021 (Oct 2020 - Sep 2021)")
