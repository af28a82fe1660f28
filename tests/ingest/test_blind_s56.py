"""Layouts found by partner files written blind in round 56 (set HA, "a real inbox before the meeting").

Each test writes the few lines or cells that matter, as the partner's file had them, and checks the reading against
figures worked out by hand beside it: an e-mail sent as a text file (a two-line header, prose with commas, projects
as "Label: value" lines, the currency said once in a sentence), and a remark giving the money set aside for one year
without "of which" ("в 2021 г. предусмотрено 1 000 000,00 долл. США").
"""

from __future__ import annotations

import pandas as pd
import pytest
from blind_helpers import issues_saying, money_2021, projects_by_title, text_build

LETTER = """From: Royal Norwegian Embassy in Kyiv <emb.kiev@mfa.no>
Subject: RE: SWG Law Enforcement - donor input

Dear colleagues,

Please find below the overview of our projects with the Ministry of Internal Affairs and its agencies, as requested.
All amounts are in Norwegian kroner (NOK).

1)
Project: Protection of the State Border in the Exclusion Zone
Implementing partner: ICMPD
Period: 01.01.2021 - 31.12.2022
Budget: 6 000 000
Status: Approved, start-up phase

2)
Project: Custody records training for temporary detention facilities
Implementing partner: Norwegian Helsinki Committee
Period: 01.07.2020 - 30.06.2022
Budget: 730 000
Status: Ongoing, on schedule

Best regards,
Ingrid Solberg
"""


def test_an_email_sent_as_text_is_read_line_by_line_with_its_currency_said_in_a_sentence(tmp_path):
    result = text_build(tmp_path, "Norway_projects_MIA.txt", LETTER)
    projects = projects_by_title(result)
    border = projects["Protection of the State Border in the Exclusion Zone"]
    custody = projects["Custody records training for temporary detention facilities"]
    # "All amounts are in Norwegian kroner (NOK)." above the cards: the cards' money is in NOK
    assert (border["currency"], border["amount"]) == ("NOK", 6_000_000)
    assert (custody["currency"], custody["amount"]) == ("NOK", 730_000)
    # a comma in a sentence splits no column: the status is the whole line's ("Approved, start-up phase")
    assert (border["status"], custody["status"]) == ("approved", "ongoing")
    # 2021: the border project's 365 of 730 days (3,000,000 NOK), custody's 365 of 730 (365,000 NOK): both
    # committed, in the ratio of their NOK whatever the rate
    (border_eur, border_planned), (custody_eur, _) = (
        money_2021(result, border["title"]),
        money_2021(result, custody["title"]),
    )
    assert border_planned == 0.0 and border_eur > 0
    assert border_eur / custody_eur == pytest.approx(3_000_000 / 365_000, rel=1e-6)
    # the e-mail's two header lines are no card's fields ("From:" is no start date), and said
    assert issues_saying(result, "e-mail's header")
    assert not issues_saying(result, "is not a date") and not issues_saying(result, "has no currency")
    assert issues_saying(result, "each line read as one cell")


def test_a_two_column_csv_is_still_read_as_columns(tmp_path):
    text = (
        "Project title,Budget 2021 EUR\nRadios for patrol police,100000\nBoats for the border guard,200000\n"
    )
    result = text_build(tmp_path, "list.csv", text)
    amounts = {t: p["amount"] for t, p in projects_by_title(result).items()}
    assert amounts == {"Radios for patrol police": 100_000, "Boats for the border guard": 200_000}


def test_a_remark_giving_the_money_set_aside_for_a_year_is_that_years_part(workbook_build):
    head = [
        "№",
        "Наименование проекта",
        "Донор",
        "Период реализации",
        "Сумма",
        "Валюта",
        "Статус",
        "Примечание",
    ]
    rows = [
        ["Реестр проектов МТП (по состоянию на 01.03.2021)"],
        head,
        [1, "Контроль в морских портах Одессы", "Госдепартамент США (INL)", "01.04.2021 – 31.03.2023", 2_300_000,
         "USD", "реализуется", "в 2021 г. предусмотрено 1 000 000,00 долл. США"],
        [2, "Тренинги для пограничников", "Госдепартамент США (INL)", "01.01.2021 – 31.12.2022", 500_000,
         "USD", "реализуется", "в 2021 г. предусмотрено 12 тренингов"],
    ]  # fmt: skip
    result = workbook_build({"Реестр": rows}, "reestr.xlsx")
    projects = projects_by_title(result)
    # 2021: the remark's 1,000,000; the rest, 1,300,000, by days over 2022 (365 days) and 2023 (90, to 31 March)
    assert projects["Контроль в морских портах Одессы"]["yearly_amounts"] == (
        f"2021=1000000;2022={1_300_000 * 365 / 455:.2f};2023={1_300_000 * 90 / 455:.2f}"
    )
    assert issues_saying(result, "gives the 2021 part of the amount: 1,000,000.00")
    # twelve trainings are no money: the amount is spread by days (no yearly amounts read from the remark)
    assert (
        pd.isna(projects["Тренинги для пограничников"]["yearly_amounts"])
        or not projects["Тренинги для пограничников"]["yearly_amounts"]
    )


def test_two_donors_one_named_with_its_bureau_in_brackets_are_both_seen(workbook_build):
    # "EU / USA (INL)": the split had cut the bracket off "USA (INL" (no partner known), and the cell was read as INL,
    # the name in brackets, with an info only: the EU's part credited to the US unsaid. Now two funders without their
    # shares: warned, the whole amount credited to the first (INL, in brackets, is the USA's bureau, not a third payer)
    rows = [
        ["Donor", "Project", "Duration", "Budget", "Status"],
        ["EU / USA (INL)", "Joint investigation teams on migrant smuggling", "Jan 2021 – Dec 2021", "€ 450 000",
         "Ongoing"],
    ]  # fmt: skip
    result = workbook_build({"Matrix": rows}, "matrix.xlsx")
    warned = issues_saying(result, "names 2 funders (EU, USA) without their shares")
    assert [w["severity"] for w in warned] == ["warning"]
    assert "the whole amount is credited to EU" in warned[0]["message"]
    assert projects_by_title(result)["Joint investigation teams on migrant smuggling"]["partner"] == "EU"


@pytest.mark.parametrize(
    ("cell", "credited"),
    [("UNICEF / Germany (BMZ)", "Germany"), ("Germany (GIZ) / EU", "Germany"), ("EU / Germany", "EU")],
)
def test_of_two_funders_without_shares_the_payer_not_the_implementer_is_credited(
    workbook_build, cell, credited
):
    rows = [
        ["Donor", "Project", "Duration", "Budget", "Status"],
        [cell, "Border surveillance upgrade", "Jan 2021 – Dec 2021", "€ 300 000", "Ongoing"],
    ]
    result = workbook_build({"Matrix": rows}, "matrix.xlsx")
    assert projects_by_title(result)["Border surveillance upgrade"]["partner"] == credited
    assert issues_saying(result, f"the whole amount is credited to {credited}")


LETTER_UK = """Королівське посольство Норвегії в Україні

Вих. № 21/0043                                                   19 січня 2021 р.

Щодо: інформації до засідання секторальної робочої групи «Правоохоронна діяльність»

Шановні колеги,

на Ваш запит надсилаємо перелік проєктів, які фінансує Уряд Норвегії, із зазначенням обсягів на 2021 рік.

1) Назва: Психологічна підтримка працівників ДСНС і поліції на сході України
   Виконавець: Норвезька рада у справах біженців (NRC)
   Загальний бюджет: NOK 4,5 млн; період: 07.2020 – 06.2022
   Частка 2021 року: 45% бюджету
   Статус: реалізується

2) Назва: Електронна система обліку осіб, затриманих в ІТТ
   Виконавець: Рада Європи
   Бюджет: EUR 0.62m, з них на 2021 р. — 35%
   Статус: реалізується

3) Назва: Облаштування пункту пропуску «Шегині»
   Виконавець: ПРООН в Україні
   Бюджет: NOK 5 млн; період: 01.03.2021 – 28.02.2023
   Статус: угоду підписано

З повагою,
Посольство Норвегії
"""


def test_a_letter_with_decimal_commas_gives_shares_of_2021_and_periods_in_its_money_lines(tmp_path):
    result = text_build(tmp_path, "Lyst_Posolstvo_Norvegii.txt", LETTER_UK)
    projects = projects_by_title(result)
    support = projects["Психологічна підтримка працівників ДСНС і поліції на сході України"]
    records = projects["Електронна система обліку осіб, затриманих в ІТТ"]
    crossing = projects["Облаштування пункту пропуску «Шегині»"]
    # "NOK 4,5 млн" is one sum, not two cells split at its comma; "45% бюджету" is 2021's share: 0.45 x 4,500,000
    assert (support["currency"], support["yearly_amounts"]) == ("NOK", "2021=2025000")
    assert (support["start_date"], support["end_date"]) == ("2020-07-01", "2022-06-30")
    # "з них на 2021 р. — 35%": 0.35 x 620,000 in 2021 (the whole 620,000 had been put in 2021)
    assert (records["amount"], records["currency"], records["yearly_amounts"]) == (
        620_000,
        "EUR",
        "2021=217000",
    )
    # "період: 01.03.2021 – 28.02.2023" after the sum: the project's period (only month periods had been read)
    assert (crossing["amount"], crossing["start_date"], crossing["end_date"]) == (
        5_000_000,
        "2021-03-01",
        "2023-02-28",
    )
    assert issues_saying(result, "the 2021 cell gives a share of the total ('45% бюджету')")


def test_a_share_in_words_is_no_sum():
    from mtd_analysis.ingest.values import ValueProblem, parse_amount

    for text in ("45% бюджету", "35 % of the budget", "30% від загальної суми"):
        with pytest.raises(ValueProblem, match="percentage"):
            parse_amount(text)
    assert parse_amount("45 000 грн").value == 45_000


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("EUR 620 000, з них на 2021 р. — 200 000", (620_000.0, "EUR", {2021: 200_000.0})),
        ("EUR 0.62m, з них на 2021 р. — 35%", (620_000.0, "EUR", {2021: 217_000.0})),
        ("Бюджет 1 000 000 грн, у тому числі у 2021 р. — 40 %", (1_000_000.0, "UAH", {2021: 400_000.0})),
        # unchanged: a part with its currency, and a total with no part
        (
            "Загальний бюджет – 620 000 євро, у тому числі на 2021 р. – 200 000 євро.",
            (620_000.0, "EUR", {2021: 200_000.0}),
        ),
        ("EUR 500 000 of which 2021 is the main year", (500_000.0, "EUR", {})),
    ],
)
def test_a_years_part_after_of_which_is_that_years_not_the_totals(text, expected):
    from mtd_analysis.ingest.amounts import money_in_prose

    # the total had been put whole in 2021 when the year's figure after "з них" had no currency of its own
    assert money_in_prose(text) == expected


def _swatch_workbook(path, legend_line: str):
    from openpyxl import Workbook
    from openpyxl.styles import PatternFill

    wb = Workbook()
    ws = wb.active
    ws.title = "Перелік"
    ws.append(["Перелік проєктів МТД МВС, оновлено 15.01.2021"])
    ws.append([])
    ws.append(["№ з/п", "Назва проєкту", "Донор", "Строк реалізації", "Бюджет, грн"])
    rows = [
        (1, "Облік затриманих осіб у ізоляторах", "Рада Європи", "01.01.2021 – 31.12.2021", 4_800_000, "C6EFCE"),
        (2, "Кінологічний центр з виявлення наркотиків", "Посольство США (INL)", "01.01.2021 – 31.12.2021",
         1_200_000, "FFEB9C"),
    ]  # fmt: skip
    for number, title, donor, period, budget, colour in rows:
        ws.append([number, title, donor, period, budget])
        for cell in ws[ws.max_row]:
            cell.fill = PatternFill("solid", fgColor=colour)
    ws.append([])
    ws.append([None, "Умовні позначення:"])
    for colour, meaning in (("C6EFCE", "реалізується"), ("FFEB9C", legend_line), ("D9D9D9", "завершено")):
        ws.append([None, None, meaning])
        ws.cell(ws.max_row, 2).fill = PatternFill("solid", fgColor=colour)
    wb.save(path)


@pytest.mark.parametrize("line", ["на етапі погодження з донором", "на стадии согласования с донором"])
def test_a_legend_line_naming_a_stage_gives_the_colours_status(tmp_path, line):
    from mtd_analysis.build import build

    raw = tmp_path / "raw"
    raw.mkdir()
    _swatch_workbook(raw / "perelik.xlsx", line)
    result = build(raw, tmp_path / "out", year=2021)
    projects = projects_by_title(result)
    # the yellow row is in the pipeline as the legend says (its five words had been taken for no status, and every
    # row counted as committed unsaid)
    assert projects["Кінологічний центр з виявлення наркотиків"]["status"] == "planned"
    assert projects["Облік затриманих осіб у ізоляторах"]["status"] == "ongoing"
    assert money_2021(result, "Кінологічний центр з виявлення наркотиків")[0] == 0.0


HEAD_2021 = ["№", "Название проекта", "Бенефициар", "Срок реализации", "Финансирование на 2021 г., USD"]
DONORS = ["ЕС", "Германия", "Швеция", "МОМ (собств. средства)"]


def _by_partner(result, title: str) -> dict[str, tuple]:
    rows = result.projects[result.projects["title"].eq(title)]
    return {r["partner"]: (r["currency"], r["yearly_amounts"]) for r in rows.to_dict("records")}


@pytest.mark.parametrize("with_total", [True, False])
def test_each_donors_column_under_a_years_merged_money_label_is_its_money_that_year(
    workbook_build, with_total
):
    # the group's words stand in its first column alone ("… / ЕС"), which had been taken for the year's amount: the
    # EU's money credited to Germany, the others' split by it, Sweden's and IOM's left with no currency (not counted)
    donors = DONORS + (["Всего"] if with_total else [])
    width = len(donors)
    rows = [
        ["Информация о проектах МОМ, финансирование на 2021 год в разрезе доноров"],
        [*HEAD_2021, *[None] * (width - 1), "Статус"],
        [None, None, None, None, *donors, None],
        [1, "Усиление потенциала НПУ", "НПУ", "01.2020 – 12.2022", 180_000, 95_000, "-", "-", 275_000, "реализуется"],
        [2, "Горячая линия для пострадавших", "НПУ", "04.2019 – 03.2022", "-", "-", 140_000, 25_000, 165_000,
         "реализуется"],
        [3, "Обучение пограничников", "ГПСУ", "06.2021 – 05.2022", 60_000, "-", "-", "-", 60_000, "реализуется"],
    ]  # fmt: skip
    if not with_total:  # the projects' rows without their total (column I)
        rows = rows[:3] + [row[:8] + row[9:] for row in rows[3:]]
    last = chr(ord("E") + width - 1)
    status = chr(ord(last) + 1)
    merges = [f"E2:{last}2", "A2:A3", "B2:B3", "C2:C3", "D2:D3", f"{status}2:{status}3"]
    result = workbook_build({"Отчет": rows}, "IOM_otchet_2021.xlsx", merges={"Отчет": merges})
    assert _by_partner(result, "Усиление потенциала НПУ") == {
        "EU": ("USD", "2021=180000"),
        "Germany": ("USD", "2021=95000"),
    }
    assert _by_partner(result, "Горячая линия для пострадавших") == {
        "Sweden": ("USD", "2021=140000"),
        "IOM": ("USD", "2021=25000"),
    }
    assert _by_partner(result, "Обучение пограничников") == {"EU": ("USD", "2021=60000")}
    assert not issues_saying(result, "gives 2021 again")


def test_a_years_top_up_row_is_added_to_that_year(workbook_build):
    rows = [
        ["Project title", "Funding agency", "Implementer", "Year", "Amount", "Status"],
        ["Countering drug trafficking at Black Sea ports", "INL", "UNODC", 2021, "USD 0.8m", "Ongoing"],
        ["Countering drug trafficking at Black Sea ports", "INL", "UNODC", "2021 (supplemental)", "$150,000", "Ongoing"],
        ["Countering drug trafficking at Black Sea ports", "INL", "UNODC", 2022, "USD 0.6m", "Ongoing"],
    ]  # fmt: skip
    result = workbook_build({"LE portfolio": rows}, "US_INL_portfolio.xlsx")
    (project,) = result.projects.to_dict("records")
    # "2021 (supplemental)" is 2021: its 150,000 added to the year's 800,000 (it had been a project of no year)
    assert (project["amount"], project["yearly_amounts"]) == (1_550_000, "2021=950000;2022=600000")


# --------------------------------------------------------------------------- set HC


def test_a_note_prefixed_saying_a_dash_is_no_money_that_year_is_read(tmp_path):
    text = (
        "№;Наименование проекта;Донор;Период;Бюджет;2021 год;Статус\n"
        "1;Средства защиты от COVID-19;Правительство Японии (через ПРООН);01.07.2020 - 30.06.2022;USD 730,000.00;—;"
        "реализуется\n"
        "2;Противодействие торговле людьми;Правительство Швейцарии (через ПРООН);01.01.2021 - 31.12.2022;"
        "CHF 730,000.00;;подписан\n"
        ";;;;;;\n"
        '"Примечание: «—» – средства в 2021 году не предусмотрены; пустая ячейка – распределение бюджета по годам не '
        'утверждено.";;;;;;\n'
    )
    result = text_build(tmp_path, "UNDP_proekty_2021.csv", text)
    # "—" under 2021 is no money that year (the note begins "Примечание:", which had hidden it: the dash was taken for
    # a figure left out, and the budget spread by days)
    assert money_2021(result, "Средства защиты от COVID-19") == (0.0, 0.0)
    assert issues_saying(result, "the file says a dash is no money")
    # a blank cell: the budget spread by days (no yearly amounts read)
    trafficking = projects_by_title(result)["Противодействие торговле людьми"]
    assert pd.isna(trafficking["yearly_amounts"]) or not trafficking["yearly_amounts"]
    assert money_2021(result, "Противодействие торговле людьми")[0] > 0


EMAIL_TWO_TABLES = """From: Programme Manager (CSSF), British Embassy Kyiv
To: Department of International Cooperation, Ministry of Internal Affairs of Ukraine
Date: 9 March 2021
Subject: RE: Law Enforcement SWG - donor mapping 2021 / UK projects

Dear colleagues,

please find below the UK-funded projects in the law enforcement sector. Figures are in GBP.

A. ONGOING PROJECTS

Project title                                          | Implementer       | Period              | Total budget  | 2021 allocation | Status
-------------------------------------------------------+-------------------+---------------------+---------------+-----------------+-------
Community policing pilots in Kharkiv and Mariupol      | UNDP              | Apr 2020 – Mar 2022 | GBP 1,250,000 | GBP 610,000     | Signed

B. PIPELINE (subject to CSSF approval; no annual split yet)

Project title                                                     | Expected period     | Indicative budget | Status
------------------------------------------------------------------+---------------------+-------------------+------------
Land border surveillance support to the State Border Guard Service | Jul 2021 – Jun 2023 | GBP 1.2m          | In pipeline
Investigating darknet drug markets: cybercrime unit training       | Oct 2021 – Mar 2023 | GBP 450k          | In pipeline

Kind regards,
Sarah Whitfield
"""


def test_a_second_text_table_under_its_status_heading_and_an_empty_line_has_its_own_header(tmp_path):
    result = text_build(tmp_path, "UK_Embassy_CSSF_projects_email.txt", EMAIL_TWO_TABLES)
    projects = projects_by_title(result)
    # the second header had been read as a project ("Project title"), its rows under the first table's columns
    assert "Project title" not in projects
    border = projects["Land border surveillance support to the State Border Guard Service"]
    darknet = projects["Investigating darknet drug markets: cybercrime unit training"]
    assert (border["amount"], border["currency"], border["status"]) == (1_200_000, "GBP", "planned")
    assert (border["start_date"], border["end_date"]) == ("2021-07-01", "2023-06-30")
    assert (darknet["amount"], darknet["start_date"], darknet["end_date"]) == (
        450_000,
        "2021-10-01",
        "2023-03-31",
    )
    assert issues_saying(result, "two tables one under the other")
    assert not [i for i in result.issues.to_dict("records") if i["severity"] == "error"]


# --------------------------------------------------------------------------- the rules above, not over-reaching
# (cases a reviewer who had not read the code found read worse by a first version of these rules)


def test_a_short_csv_table_under_a_preamble_is_still_a_table(tmp_path):
    text = (
        "Embassy of Sweden in Kyiv\nProjects with the Ministry of Internal Affairs, as requested\nDear colleagues,\n"
        "please find our list below, with amounts in SEK.\nBest regards,\nSida\n\n"
        "Project title,Budget SEK,Start,End\n"
        "Police response to domestic violence,2500000,01.01.2021,31.12.2021\n"
        "Border surveillance training,1200000,01.01.2021,31.12.2021\n"
    )
    result = text_build(tmp_path, "Sweden_projects.csv", text)
    amounts = {t: p["amount"] for t, p in projects_by_title(result).items()}
    assert amounts == {
        "Police response to domestic violence": 2_500_000,
        "Border surveillance training": 1_200_000,
    }


@pytest.mark.parametrize(
    "remark",
    [
        "Співфінансування МВС: у 2021 р. передбачено 500 000",
        "Кошти місцевих бюджетів: у 2021 році передбачено 500 000 грн",
        "Друга фаза: на 2021 р. передбачено 500 000",
    ],
)
def test_money_set_aside_by_someone_else_or_for_a_phase_is_no_years_part(workbook_build, remark):
    head = ["Назва проєкту", "Донор", "Початок", "Завершення", "Сума, грн", "Примітка"]
    rows = [head, ["Обладнання для НПУ", "ПРООН", "01.01.2021", "31.12.2022", 3_000_000, remark]]
    result = workbook_build({"Перелік": rows}, "perelik.xlsx")
    # spread by days (365 of 730 in 2021): the remark's sum is not the project's 2021 part
    assert projects_by_title(result)["Обладнання для НПУ"]["yearly_amounts"] in ("", None) or pd.isna(
        projects_by_title(result)["Обладнання для НПУ"]["yearly_amounts"]
    )


@pytest.mark.parametrize(
    "note",
    [
        "Примечание: «–» – данные от исполнителя на момент подготовки отсутствуют.",
        "Note: '-' = no data received from the implementer yet",
    ],
)
def test_a_dash_for_data_not_given_is_no_zero(tmp_path, note):
    text = f"Project;Donor;Period;Budget EUR;2021\nRadios for patrol police;EU;01.01.2021 - 31.12.2022;730000;-\n;;;;\n{note};;;;\n"
    result = text_build(tmp_path, "list.csv", text)
    # the budget spread by days (2021: 365 of 730 days), not 0 in 2021
    assert money_2021(result, "Radios for patrol police")[0] > 0
    assert not issues_saying(result, "the file says a dash is no money")


def test_a_legend_stage_of_work_not_of_agreement_gives_no_status(tmp_path):
    from mtd_analysis.build import build

    raw = tmp_path / "raw"
    raw.mkdir()
    _swatch_workbook(raw / "perelik.xlsx", "на етапі підготовки звітності")
    result = build(raw, tmp_path / "out", year=2021)
    # "at the reporting stage" is no pipeline: the yellow row is not read as planned
    assert projects_by_title(result)["Кінологічний центр з виявлення наркотиків"]["status"] != "planned"


def test_a_year_cell_with_another_remark_in_brackets_is_no_top_up(workbook_build):
    rows = [
        ["Project title", "Funding agency", "Year", "Amount"],
        ["Alternatives to detention", "INL", 2021, "USD 0.8m"],
        ["Alternatives to detention", "INL", "2021 (cancelled)", "$150,000"],
        ["Alternatives to detention", "INL", 2022, "USD 0.6m"],
    ]
    result = workbook_build({"Portfolio": rows}, "INL.xlsx")
    years = [p["yearly_amounts"] for p in result.projects.to_dict("records") if p["yearly_amounts"]]
    assert "2021=800000;2022=600000" in years  # the cancelled 150,000 not added to 2021


def test_a_sum_including_overheads_for_a_year_is_that_years():
    from mtd_analysis.ingest.amounts import money_in_prose

    assert money_in_prose("USD 250,000 including overheads, for 2021") == (
        250_000.0,
        "USD",
        {2021: 250_000.0},
    )
    assert money_in_prose("Budget EUR 600,000, of which 2021: 200,000.") == (
        600_000.0,
        "EUR",
        {2021: 200_000.0},
    )
    # a head count after "of which 2021" is no money
    assert money_in_prose("Общий бюджет 2 000 000 USD, из них в 2021 году 1 500 сотрудников") == (
        2_000_000.0,
        "USD",
        {},
    )
