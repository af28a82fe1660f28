"""Layouts found by partner files written blind in round 49 (sets CU and CV).

Each test writes the few cells that matter, as the partner's file had them, and checks the reading against figures
worked out by hand beside it: a sheet's title merged over its whole table (no group of the columns below), a status
said in a short phrase in a column under an unknown label, the figures of a column under an unknown label beside a
column of currencies, and a summary sheet naming the workbook's other sheets.
"""

from __future__ import annotations

import pytest
from blind_helpers import issues_saying, money_2021_of_id, projects_by_title, text_build

from mtd_analysis.ingest.columns import content_role, find_header

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
    projects = projects_by_title(result)
    assert projects["Школьные офицеры полиции"]["status"] == "ongoing"
    assert projects["Гуманитарное разминирование: оборудование для ГСЧС"]["status"] == "cancelled"
    assert projects["Оценка условий содержания в изоляторах"]["status"] == "planned"
    assert issues_saying(result, "column E 'Отметка' read as status")
    # cancelled: no money; planned: pipeline, not funding (the whole sum: no period, so the file's year)
    assert (
        money_2021_of_id(result, projects["Гуманитарное разминирование: оборудование для ГСЧС"]["project_id"])
        == 0
    )
    osce = projects["Оценка условий содержания в изоляторах"]["project_id"]
    assert money_2021_of_id(result, osce) == 0
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
    projects = projects_by_title(result)
    boats = projects["Equipment for Border Guard patrol boats"]
    assert (boats["amount"], boats["currency"]) == (2_300_000, "USD")
    mines = projects["Mine action equipment for the State Emergency Service"]
    assert (mines["amount"], mines["currency"]) == (450_000_000, "JPY")
    # both run through 2021 alone: the whole sums are 2021's
    expected = 450_000_000 * eur_per_unit(result, 2021, "JPY")
    assert abs(money_2021_of_id(result, mines["project_id"]) - expected) < 0.01
    assert issues_saying(result, "column E 'Envelope' is not a money label")[0]["severity"] == "warning"


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
    said = issues_saying(result, "sums up the workbook's other sheets")
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
    assert not issues_saying(result, "sums up the workbook's other sheets")
    assert "Зведена" in set(result.projects.source_sheet)


# --------------------------------------------------------------------------- who else pays (sets CV, CW)

EUD = [
    ["Delegation of the European Union to Ukraine - EU-funded ITA projects (as of 15 March 2021)"],
    ["No.", "Project title", "Implementing partner", "Period", "EU contribution, EUR", "Total budget, EUR",
     "Co-financing", "Status"],
    [1, "EU Anti-Trafficking Action", "IOM", "01/2021 – 12/2021", 4_000_000, 5_000_000,
     "Germany (BMI), EUR 1 000 000 (20%)", "Ongoing"],
    [2, "Border management on the Moldovan border", "IOM", "01/2021 – 12/2021", 6_000_000, 6_000_000, "–", "Ongoing"],
    [3, "Community policing in the east", "UNDP", "01/2021 – 12/2021", 2_400_000, 3_000_000,
     "Government of Ukraine (MIA), EUR 600 000 (20%)", "Ongoing"],
]  # fmt: skip


def test_a_cofunders_sum_beside_the_partners_own_contribution_is_the_cofunders_line(one_sheet_build):
    result = one_sheet_build(EUD, "EUD_ITA.xlsx", "ITA projects")
    p = result.projects
    trafficking = p[p.title.eq("EU Anti-Trafficking Action")].set_index("partner")
    # each its own money, for a period inside 2021: all of it 2021's
    assert trafficking.amount.to_dict() == {"EU": 4_000_000, "Germany": 1_000_000}
    for partner, money in (("EU", 4_000_000), ("Germany", 1_000_000)):
        assert abs(money_2021_of_id(result, trafficking.loc[partner, "project_id"]) - money) < 0.01
    assert issues_saying(result, "co-funder Germany pays 1,000,000.00 EUR")
    # Ukraine's own co-financing is no international assistance: the EU's line alone, with its own 2.4M
    policing = p[p.title.eq("Community policing in the east")]
    assert policing.partner.tolist() == ["EU"] and policing.amount.tolist() == [2_400_000]
    assert issues_saying(result, "co-financing by Ukraine")
    assert p[p.title.eq("Border management on the Moldovan border")].partner.tolist() == ["EU"]


def test_a_cofinancing_column_in_ukrainian_names_the_cofunder(one_sheet_build):
    rows = [
        ["Посольство Федеративної Республіки Німеччина в Україні"],
        ["№", "Назва проєкту", "Виконавець", "Період", "Внесок Німеччини, EUR", "Загальний бюджет, EUR",
         "Співфінансування", "Статус"],
        [1, "Оснащення прикордонної служби засобами спостереження", "GIZ", "2021", 1_000_000, 1_250_000,
         "Нідерланди – 250 000 EUR (20 %)", "реалізується"],
        [2, "Підтримка ДМС у поверненні іноземців", "ICMPD", "2021", 450_000, 450_000, "—", "підписано"],
    ]  # fmt: skip
    result = one_sheet_build(rows, "Nimechchyna.xlsx", "МТД 2021")
    p = result.projects
    border = p[p.title.eq("Оснащення прикордонної служби засобами спостереження")].set_index("partner")
    assert border.amount.to_dict() == {"Germany": 1_000_000, "Netherlands": 250_000}


def test_funders_one_a_line_in_a_cell_share_the_money(one_sheet_build):
    rows = [
        ["Project ID", "Project title", "Funding source(s)", "Duration", "Total budget, USD",
         "2021 delivery (planned), USD", "Delivery 2021 (%)"],
        ["00112233", "Rule of Law: Police Component", "Sweden (Sida) – 70%\nUNDP core resources (TRAC) – 30%",
         "2019–2022", 4_000_000, 1_100_000, "45%"],
        ["00115540", "HR Management Reform in the National Police", "Government of Japan", "Apr 2020 – Mar 2022",
         1_460_000, 610_000, "60%"],
    ]  # fmt: skip
    result = one_sheet_build(rows, "UNDP.xlsx", "Portfolio 2021")
    p = result.projects.set_index("project_id")
    # "2021 delivery (planned)" is the year's money (UNDP's word for its spending); "Delivery 2021 (%)" is no money
    rule = {pid: p.loc[pid, "partner"] for pid in p.index if pid.endswith("00112233")}
    assert sorted(rule.values()) == ["Sweden", "UNDP"]
    years = {p.loc[pid, "partner"]: p.loc[pid, "yearly_amounts"] for pid in rule}
    assert years == {"Sweden": "2021=770000", "UNDP": "2021=330000"}  # 1,100,000 x 70 % and x 30 %
    assert p.loc["00115540", "yearly_amounts"] == "2021=610000"
    assert not issues_saying(result, "gives a share of the total")


def test_a_pooled_funds_contributors_in_a_note_whose_mark_stands_alone(one_sheet_build):
    rows = [
        ["Координатор проектів ОБСЄ в Україні"],
        ["№", "Назва проекту", "Джерело фінансування", "Період реалізації", "Бюджет, EUR"],
        [1, "Посилення спроможності кіберполіції", "Уніфікований бюджет ОБСЄ", "2021", 350_000],
        [2, "Протидія торгівлі людьми на сході України", "Спільний позабюджетний фонд*", "2021", 1_200_000],
        [None, "Разом", None, None, 1_550_000],
        ["*", "Спільний позабюджетний фонд сформовано за рахунок внесків: Норвегія – 50 %, Нідерланди – 30 %, "
              "Фінляндія – 20 %."],
    ]  # fmt: skip
    result = one_sheet_build(rows, "OSCE.xlsx", "Проекти 2021")
    p = result.projects
    pooled = p[p.title.eq("Протидія торгівлі людьми на сході України")].set_index("partner").amount.to_dict()
    assert pooled == {"Norway": 600_000, "Netherlands": 360_000, "Finland": 240_000}
    assert len(p) == 4  # the note is no project
    assert issues_saying(result, "row 6 is a note under the table")


# --------------------------------------------------------------------------- dashes, "mill.", a note's shares (set CX)

CSSF = (
    "Project\tStatus\tStart\tEnd\tBudget, GBP\t2021, GBP\n"
    "Maritime Border Guard Training\tCompleted\t01/04/2019\t31/03/2021\t500000\t–\n"
    "Border posts on the western border\tOngoing\t01/01/2020\t31/12/2022\t900000\t-\n"
    "Cyber investigations of the Cyber Police\tOngoing\t01/04/2021\t31/03/2022\t400000\t\n"
)


@pytest.mark.parametrize(
    "legend", ["– = nil", "'-' means no disbursement", "«–» – расходы в 2021 г. отсутствуют."]
)
def test_a_dash_in_a_years_column_is_no_money_where_the_file_says_so(tmp_path, legend):
    result = text_build(tmp_path, "cssf.tsv", CSSF + f"{legend}\n")
    by_title = projects_by_title(result)
    for title in ("Maritime Border Guard Training", "Border posts on the western border"):
        assert money_2021_of_id(result, by_title[title]["project_id"]) == 0
    # the rest of a dashed year's project goes to its other years: 900,000 over 2020 and 2022, none in 2021
    posts = result.allocations[
        result.allocations.project_id.eq(by_title["Border posts on the western border"]["project_id"])
    ]
    assert set(posts[posts.amount_eur.gt(0)].year) == {2020, 2022}
    # a blank is a figure left out: 400,000 spread by days, 275 of its 365 in 2021
    cyber = by_title["Cyber investigations of the Cyber Police"]["project_id"]
    assert money_2021_of_id(result, cyber) > 0
    assert len(issues_saying(result, "the file says a dash is no money")) == 1


def test_without_the_files_word_a_dash_in_a_years_column_is_a_figure_left_out(tmp_path):
    result = text_build(tmp_path, "cssf.tsv", CSSF)
    maritime = projects_by_title(result)["Maritime Border Guard Training"]["project_id"]
    assert (
        money_2021_of_id(result, maritime) > 0
    )  # January to March 2021 of a project to 31 March 2021, by days
    assert not issues_saying(result, "the file says a dash is no money")


def test_mill_after_a_figure_is_a_million():
    from mtd_analysis.ingest.values import parse_amount

    for text, value, currency in (
        ("NOK 4,5 mill.", 4_500_000.0, "NOK"),
        ("12 mill. SEK", 12_000_000.0, "SEK"),
    ):
        amount = parse_amount(text)
        assert (amount.value, amount.currency) == (value, currency)


def test_a_remark_column_read_as_description_still_gives_the_cofunders_shares(one_sheet_build):
    rows = [
        ["Швейцарское бюро сотрудничества в Украине"],
        ["№", "Название проекта", "Начало", "Окончание", "Общий бюджет проекта, CHF", "Примечание"],
        [1, "Мобильные группы Национальной полиции", "01.01.2021", "31.12.2021", 1_000_000,
         "Софинансирование: Швейцария – 60 %, Швеция – 40 % (от общего бюджета)"],
        [2, "Права задержанных в ИВС", "01.01.2021", "31.12.2021", 500_000, None],
        [3, "Обучение следователей", "01.01.2021", "31.12.2021", 250_000, None],
    ]  # fmt: skip
    result = one_sheet_build(rows, "Swiss.xlsx", "Проекты")
    p = result.projects
    groups = p[p.title.eq("Мобильные группы Национальной полиции")].set_index("partner").amount.to_dict()
    assert groups == {"Switzerland": 600_000, "Sweden": 400_000}
    assert p[p.title.eq("Права задержанных в ИВС")].partner.tolist() == ["Switzerland"]


# --------------------------------------------------------------------------- lists compiled by someone else (set CZ)


def test_half_years_headed_in_thousands_are_the_years_parts(one_sheet_build):
    rows = [
        ["Код", "Источник финансирования", "Проект", "Срок реализации", "Валюта", "Бюджет всего, тыс.",
         "I полугодие 2021, тыс.", "II полугодие 2021, тыс."],
        ["P-101", "USAID", "Бесплатная правовая помощь задержанным", "2019–2023", "USD", 1500, 150, 180],
        ["P-105", "Европейский Союз", "Система раннего предупреждения незаконной миграции", "2021–2022", "EUR", 800,
         200, 220],
    ]  # fmt: skip
    result = one_sheet_build(rows, "Svodka.xlsx", "Действующие")
    p = result.projects.set_index("project_id")
    # each half in thousands: 150 + 180 = 330 thousand in 2021 (neither half set aside as a repeat of 2021)
    assert p.loc["P-101", "yearly_amounts"].split(";")[-1] == "2021=330000"
    assert "2021=420000" in p.loc["P-105", "yearly_amounts"]
    assert not issues_saying(result, "gives 2021 again")


def test_each_donors_column_under_a_money_group_is_its_money(workbook_build):
    rows = [
        ["EUAM Ukraine – Mapping of donor support"],
        ["#", "Project", "Status", "Donor allocation 2021 (EUR)", None, None, "Total 2021 (EUR)"],
        [None, None, None, "EU", "Germany", "Denmark", None],
        [1, "Border surveillance along the green border", "ongoing", 800_000, 200_000, None, 1_000_000],
        [2, "Shelters for survivors of domestic violence", "ongoing", None, None, 150_000, 150_000],
    ]  # fmt: skip
    merges = {"Mapping": ["D2:F2", "A2:A3", "B2:B3", "C2:C3", "G2:G3"]}
    result = workbook_build({"Mapping": rows}, "EUAM_mapping.xlsx", merges=merges)
    p = result.projects
    border = p[p.title.eq("Border surveillance along the green border")].set_index("partner")
    assert sorted(border.index) == ["EU", "Germany"]
    for partner, money in (("EU", 800_000), ("Germany", 200_000)):
        assert abs(money_2021_of_id(result, border.loc[partner, "project_id"]) - money) < 0.01
    assert p[p.title.eq("Shelters for survivors of domestic violence")].partner.tolist() == ["Denmark"]


def test_a_compilers_conversion_beside_the_original_amounts_is_not_read(tmp_path):
    from mtd_analysis.build import build

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "consolidated.csv").write_text(
        'Partner,Project title,Start,End,Original currency,Original amount,Rate to EUR,"Amount, EUR"\n'
        'UK (FCDO),Maritime patrol capacity of the SBGS,01/01/2021,31/12/2021,GBP,"750,000",1.1123,"834,225.00"\n'
        'Danish MFA,Entry-exit checkpoints on the contact line,01/01/2021,31/12/2021,DKK,"3,000,000",0.1344,'
        '"403,200.00"\n'
        'Netherlands,Forensic DNA database,01/01/2021,31/12/2021,EUR,"900,000",1.0000,"900,000.00"\n',
        encoding="utf-8",
    )
    result = build(raw, tmp_path / "out", year=2021)
    p = result.projects.set_index("partner")
    assert (p.loc["UK", "amount"], p.loc["UK", "currency"]) == (750_000, "GBP")
    assert (p.loc["Denmark", "amount"], p.loc["Denmark", "currency"]) == (3_000_000, "DKK")
    assert (p.loc["Netherlands", "amount"], p.loc["Netherlands", "currency"]) == (900_000, "EUR")
    assert issues_saying(result, "is in EUR while the currency column names others")


def test_numbered_headings_in_cyrillic_roman_numerals_give_the_status(one_sheet_build):
    rows = [
        ["Донор", "Назва проєкту", "Термін реалізації", "Валюта", "Загальна сума"],
        ["І. ПРОЄКТИ, ЩО РЕАЛІЗУЮТЬСЯ (фінансування підтверджено)"],
        ["Норвегія (МЗС Норвегії)", "Гуманітарне розмінування: обладнання ДСНС", "2021", "NOK", 12_000_000],
        ["ІІ. ПРОЄКТИ НА СТАДІЇ ПЛАНУВАННЯ (фінансування не затверджено)"],
        ["Франція", "Протидія наркозлочинності: підготовка слідчих", "2021", "EUR", 180_000],
        ["ІІІ. ВІДКЛИКАНІ ПРОПОЗИЦІЇ"],
        ["GIZ (за дорученням BMZ)", "Обмін досвідом з питань міграційного контролю", "2021", "EUR", 120_000],
    ]  # fmt: skip
    result = one_sheet_build(rows, "Sekretariat.xlsx", "Портфель")
    projects = projects_by_title(result)
    assert projects["Гуманітарне розмінування: обладнання ДСНС"]["status"] == "ongoing"
    assert projects["Протидія наркозлочинності: підготовка слідчих"]["status"] == "planned"
    withdrawn = projects["Обмін досвідом з питань міграційного контролю"]
    assert (withdrawn["status"], withdrawn["partner"]) == ("cancelled", "Germany")  # GIZ works for the BMZ
