# ruff: noqa: B905, C408, RUF001, RUF057 - a data script written blind: dict(...) rows as in earlier sets, round() kept on every hand computation
"""Blind partner files, set AE: written without reading the reader's code. Expected values by hand.

Eight files, each MIXING two to four of the layouts earlier sets met one at a time (the emphasis of this set: an
ordinary table and registration cards in one workbook, a transposed table with its unit in the title, a two-row
header over calendar-year columns beside a total that differs from the years, programmes and components inside a
table grouped by agency with subtotals, a Russian semicolon CSV with metadata lines and abbreviated statuses, an
agency's register naming donors in official style with their channel, status given only by headings, a project on
one row per year with per-project "Разом" rows):

1. `Embassy_of_Sweden_Sida_MIA_contributions_Sep2021.xlsx` (Sweden, English): sheet "Agreed contributions" is an
   ordinary table (header in row 4, "Contribution No." / "Contribution title" / "Partner organisation" - Sida's word
   for the implementer: UNFPA, UNHCR, Swedish Police Authority - / "Agreement period" as "2020-07-01 – 2022-06-30" /
   "Agreed amount, SEK"), one project completed in 2020 (funded, 0 in 2021); sheet "New contributions (cards)"
   holds TWO registration cards one under the other (label | value), each with "Start date" and a "Duration"
   ("24 months", "9 months") and "Total amount" as "SEK 6 000 000", both planned / not yet signed (pipeline); a
   HIDDEN sheet "Card template" holds an example card (not a project). 5 projects.
2. `Норвегія_порівняльна_таблиця_проєктів_МТД_МВС_2021.xlsx` (Norway, Ukrainian): a TRANSPOSED table (labels in
   column A, one project per column B..F) whose unit is said only in the title's second line "(тис. норвезьких
   крон)"; periods with month names in the genitive ("з 1 квітня 2021 р. по 31 березня 2023 р."); a row "у т.ч. у
   2021 році" taken as is where given, "н/д*" (footnote: split by years not determined -> computed by days), "–"
   for a project that starts in 2022; statuses "реалізується", "завершено", "заплановано (угода на стадії
   погодження)". Norwegian People's Aid, IOM, UNDP implement. 5 projects.
3. `Danida_Denmark_MIA_engagements_2020-2023.xlsx` (Denmark, English): a TWO-ROW header, "Budget by calendar year,
   DKK" merged over "2020 | 2021 | 2022 | 2023", beside "Total commitment, DKK*" which for two engagements is MORE
   than the years (footnote: it includes the unallocated reserve) - the 2021 column is taken as is; one engagement on
   a HIDDEN row (counted); "Cancelled – engagement withdrawn in March 2021" (cancelled, 0) and "Planned – approval
   expected Q4 2021" (pipeline, 2021 column "–"); a Total row. 5 projects.
4. `INL_Kyiv_MIA_projects_status_2021-09-30.xlsx` (USA, English): title row "U.S. Embassy Kyiv – Bureau of
   International Narcotics and Law Enforcement Affairs (INL)" (the embassy is named first -> USA); the table is
   GROUPED BY AGENCY (capitals group rows "NATIONAL POLICE OF UKRAINE (NPU)" ...) with "Subtotal" rows and a
   "GRAND TOTAL"; inside it programme rows "1", "3" followed by components "1.1", "1.2", "3.1", "3.2": programme 1's
   components add up (lines = its two components), programme 3's fall short by USD 1,000,000 (lines = its two
   components + the remainder under the programme's title; components run over the programme's own period); dates
   month-first ("03/01/2021", said in the header and a note); "Pending award" (pipeline), "Cancelled (funds
   reprogrammed)". 9 lines.
5. `vygruzka_proekty_MTP_MVD_2021-10-15.csv` (Poland, Lithuania, Czech Republic, France; Russian): cp1251,
   SEMICOLON-delimited, three metadata lines and a blank line above the header, DECIMAL COMMAS and space thousands
   ("2 400 000,00"); a "Донор" column ("Польша", "Литва", "Чехия", "Франция") beside "Исполнитель" (IOM, UN Women,
   CIVIPOL... implement); the status column in Russian ABBREVIATIONS ("реал.", "заверш.", "план.", "отм.")
   explained in a legend line under the table, plus a "Всего записей: 6" line. 6 projects.
6. `Реєстр_проєктів_МТД_ДМС_станом_на_01.09.2021.xlsx` (register sent by the State Migration Service, Ukrainian):
   donors in OFFICIAL style with their CHANNEL in the same cell ("Уряд Федеративної Республіки Німеччина (через
   GIZ)", "Уряд Японії через ПРООН", "Уряд Фінляндської Республіки (через МОМ)", "Королівство Нідерландів через
   МОМ", "Швейцарська Конфедерація (через УВКБ ООН)", "Уряд Канади (через ОБСЄ)") - the government pays; amounts
   with units and currency in the cell ("1,6 млн євро", "48 млн єн", "420 тис. євро", "€ 750 тис.", "CHF 300 000",
   "1,1 млн канад. дол."); periods "І півріччя 2021 – ІІ півріччя 2022", "ІІ півріччя 2021", "18 місяців з
   01.04.2021", "ІІІ квартал 2021 – ІІ квартал 2022", "з березня по серпень 2021 р.", "2021–2022"; "на етапі
   підписання угоди" (pipeline), "скасовано донором (лист від 12.07.2021)" (cancelled); a HIDDEN sheet "Архів 2020"
   with old projects (not counted). 6 projects.
7. `UK_CSSF_Ukraine_MIA_project_list_Q3-2021.xlsx` (UK, English): NO status column - status only in HEADINGS
   ("A. LIVE PROJECTS", "B. CLOSED IN 2021", "C. PIPELINE (subject to final approval)", "D. WITHDRAWN"); budgets as
   "GBP 2.2m", "£640k", "GBP 180,000", "£275,000", "£350k", "GBP 0.9m"; timeframes "Q2 2021 – Q1 2023", "24 months
   from 1 June 2021", "H1 2021", "September 2020 – August 2021", "Q4 2021 – Q3 2022"; one closed project on a
   HIDDEN row (counted). Calendar periods only, no fiscal years. 6 projects.
8. `Представництво_ЄС_проєкти_МВС_бюджет_за_роками.xlsx` (EU, Ukrainian): ONE ROW PER PROJECT AND YEAR ("Рік" |
   "Сума, тис. євро"), the project's cells merged down over its year rows, each project followed by a "Разом" row
   (not a project) and an "Усього" row at the end; the 2021 row is the project's 2021 amount (no 2021 row -> 0);
   periods with genitive months ("з 1 квітня 2020 р. по 31 березня 2021 р."); "скасовано (рішення Комітету від
   15.06.2021)" and "планується (фінансову угоду не підписано)". Council of Europe, ICMPD, UNODC, WHO implement. 5 projects.

Usage: python set_ae.py OUT_DIR  -> OUT_DIR/raw/<partner files>, OUT_DIR/expected.csv
Convention: a given 2021 figure is taken as is; otherwise total x days in 2021 / days of the project (both ends
included); a month runs first to last day, a quarter / half-year its calendar months, "N months" from a start ends
the day before the same date N months later, "2021-2022" is 01.01.2021-31.12.2022; outside 2021 -> 0; cancelled
(withdrawn, отменён, скасовано) -> 0 with status cancelled; planned / pipeline / pending award / not signed ->
status pipeline, 2021 amount computed the same way. A project on several rows is one project; a programme whose
components add up is its components, one whose components fall short is its components plus the remainder under the
programme's title. Amounts are in the row's currency after units ("тис." / "k" x 1000, "млн" / "m" x 1 000 000; a
unit in the title applies to every amount). The partner is the donor who pays. Day counts were checked with a
separate datetime script (daycheck.py).
"""

import csv
import sys
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else "out")
RAW = OUT / "raw"
RAW.mkdir(parents=True, exist_ok=True)

EXP = []


def exp(title, partner, priority, status, currency, amount_2021):
    EXP.append(
        dict(
            title=title,
            partner=partner,
            priority=priority,
            status=status,
            currency=currency,
            amount_2021=amount_2021,
        )
    )


BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")


def put_row(ws, r, values, c0=1, bold=False):
    for i, v in enumerate(values):
        if v is None:
            continue
        cell = ws.cell(row=r, column=c0 + i, value=v)
        if bold:
            cell.font = BOLD


# ---------------------------------------------------------------------------------------------------------------
# 1. Sweden: ordinary table + registration cards + hidden template sheet
# ---------------------------------------------------------------------------------------------------------------
def file1():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Agreed contributions"
    ws["A1"] = (
        "Embassy of Sweden in Kyiv / Sida – contributions relevant to the MIA system, status September 2021"
    )
    ws["A1"].font = BOLD
    ws["A2"] = (
        "Amounts in SEK. 'Partner organisation' = the organisation that implements the contribution for Sida."
    )
    put_row(
        ws,
        4,
        [
            "Contribution No.",
            "Contribution title",
            "Partner organisation",
            "Beneficiary",
            "Agreement period",
            "Agreed amount, SEK",
            "Status",
        ],
    )
    rows = [
        [
            "51170123",
            "Support to mobile police response groups on domestic violence in Ukraine",
            "UNFPA",
            "National Police (NPU)",
            "2020-07-01 – 2022-06-30",
            24000000,
            "Ongoing",
        ],
        [
            "51170456",
            "Strengthening the State Migration Service's asylum and refugee status determination",
            "UNHCR",
            "State Migration Service (SMS)",
            "2021-03-01 – 2023-02-28",
            15500000,
            "Ongoing",
        ],
        [
            "51150077",
            "Community policing and police-resident dialogue in eastern hromadas, phase I",
            "Swedish Police Authority",
            "National Police (NPU)",
            "2019-01-01 – 2020-12-31",
            9000000,
            "Completed (final report approved)",
        ],
    ]
    for i, r in enumerate(rows):
        put_row(ws, 5 + i, r)
        ws.cell(row=5 + i, column=6).number_format = "# ##0"
    ws.cell(
        row=9, column=1, value="New contributions under preparation: see sheet 'New contributions (cards)'."
    )
    for col, w in zip("ABCDEFG", [14, 70, 26, 28, 26, 18, 34]):
        ws.column_dimensions[col].width = w
    # 2020-07-01..2022-06-30: 365 of 730 days in 2021
    exp(
        "Support to mobile police response groups on domestic violence in Ukraine",
        "Sweden",
        "DOMESTIC_VIOLENCE",
        "funded",
        "SEK",
        round(24_000_000 * 365 / 730, 2),
    )  # 12 000 000
    # 2021-03-01..2023-02-28: 306 of 730
    exp(
        "Strengthening the State Migration Service's asylum and refugee status determination",
        "Sweden",
        "ILLEGAL_MIGRATION",
        "funded",
        "SEK",
        round(15_500_000 * 306 / 730, 2),
    )
    # ended 31.12.2020
    exp(
        "Community policing and police-resident dialogue in eastern hromadas, phase I",
        "Sweden",
        "COMMUNITY_POLICING",
        "funded",
        "SEK",
        0,
    )

    wc = wb.create_sheet("New contributions (cards)")
    wc["A1"] = "Contributions under preparation – registration cards (MIA form for ITA projects)"
    wc["A1"].font = BOLD
    cards = [
        (
            "CONTRIBUTION CARD No. 1",
            [
                (
                    "Title of contribution",
                    "Identification and referral of victims of human trafficking by the National Police",
                ),
                ("Donor", "Sweden (Sida)"),
                ("Implementing partner", "La Strada Ukraine"),
                ("Beneficiary", "National Police of Ukraine"),
                ("Start date", "01.10.2021"),
                ("Duration", "24 months"),
                ("Total amount", "SEK 6 000 000"),
                ("Status", "Planned – Sida decision expected in November 2021"),
            ],
        ),
        (
            "CONTRIBUTION CARD No. 2",
            [
                (
                    "Title of contribution",
                    "Equipment and training for COVID-19 protection of migration service front offices",
                ),
                ("Donor", "Sweden (Sida)"),
                ("Implementing partner", "IOM"),
                ("Beneficiary", "State Migration Service of Ukraine"),
                ("Start date", "01.11.2021"),
                ("Duration", "9 months"),
                ("Total amount", "SEK 3 200 000"),
                ("Status", "Under preparation (agreement not yet signed)"),
            ],
        ),
    ]
    r = 3
    for head, fields in cards:
        wc.cell(row=r, column=1, value=head).font = BOLD
        r += 1
        for lab, val in fields:
            wc.cell(row=r, column=1, value=lab)
            wc.cell(row=r, column=2, value=val)
            r += 1
        r += 2
    wc.column_dimensions["A"].width = 26
    wc.column_dimensions["B"].width = 80
    # card 1: 24 months from 01.10.2021 -> 30.09.2023; 92 of 730 days in 2021
    exp(
        "Identification and referral of victims of human trafficking by the National Police",
        "Sweden",
        "TRAFFICKING",
        "pipeline",
        "SEK",
        round(6_000_000 * 92 / 730, 2),
    )
    # card 2: 9 months from 01.11.2021 -> 31.07.2022; 61 of 273 days
    exp(
        "Equipment and training for COVID-19 protection of migration service front offices",
        "Sweden",
        "COVID19",
        "pipeline",
        "SEK",
        round(3_200_000 * 61 / 273, 2),
    )

    wt = wb.create_sheet("Card template")
    wt["A1"] = "CONTRIBUTION CARD No. __ (example – delete before sending)"
    for i, (lab, val) in enumerate(
        [
            ("Title of contribution", "[Example] Title of the contribution in English"),
            ("Donor", "[Donor]"),
            ("Implementing partner", "[Organisation]"),
            ("Beneficiary", "[Agency]"),
            ("Start date", "dd.mm.yyyy"),
            ("Duration", "12 months"),
            ("Total amount", "SEK 1 000 000"),
            ("Status", "Ongoing / Planned / Cancelled"),
        ]
    ):
        wt.cell(row=2 + i, column=1, value=lab)
        wt.cell(row=2 + i, column=2, value=val)
    wt.sheet_state = "hidden"
    wb.save(RAW / "Embassy_of_Sweden_Sida_MIA_contributions_Sep2021.xlsx")


# ---------------------------------------------------------------------------------------------------------------
# 2. Norway: transposed, unit in the title, genitive months
# ---------------------------------------------------------------------------------------------------------------
def file2():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Норвегія"
    ws["A1"] = (
        "Порівняльна таблиця проєктів міжнародної технічної допомоги, що фінансуються Королівством Норвегія "
        "у системі МВС України"
    )
    ws["A1"].font = BOLD
    ws["A2"] = "(тис. норвезьких крон)"
    labels = [
        "№ з/п",
        "Назва проєкту",
        "Виконавець",
        "Бенефіціар",
        "Період реалізації",
        "Загальний бюджет",
        "у т.ч. у 2021 році",
        "Стан",
    ]
    projects = [
        [
            1,
            "Розмінування та очищення територій Донецької і Луганської областей підрозділами ДСНС",
            "Норвезька народна допомога (NPA)",
            "ДСНС",
            "з 1 січня 2021 р. по 31 грудня 2022 р.",
            40000,
            18500,
            "реалізується",
        ],
        [
            2,
            "Протидія торгівлі людьми: навчання слідчих Національної поліції та підтримка постраждалих",
            "МОМ",
            "НПУ",
            "з 1 квітня 2021 р. по 31 березня 2023 р.",
            12000,
            "н/д*",
            "реалізується",
        ],
        [
            3,
            "Посилення охорони морської ділянки державного кордону в Азовському морі",
            "ПРООН",
            "ДПСУ",
            "з 1 липня 2021 р. по 30 червня 2022 р.",
            25000,
            16000,
            "реалізується",
        ],
        [
            4,
            "Психосоціальна підтримка рятувальників ДСНС, які працюють на сході України",
            "Норвезька рада у справах біженців (NRC)",
            "ДСНС",
            "з 1 березня 2020 р. по 28 лютого 2021 р.",
            3600,
            600,
            "завершено",
        ],
        [
            5,
            "Мобільні групи реагування на домашнє насильство у Харківській області",
            "ПРООН",
            "НПУ",
            "з 1 лютого 2022 р. по 31 січня 2024 р.",
            8000,
            "–",
            "заплановано (угода на стадії погодження)",
        ],
    ]
    for i, lab in enumerate(labels):
        ws.cell(row=4 + i, column=1, value=lab).font = BOLD
        for j, p in enumerate(projects):
            c = ws.cell(row=4 + i, column=2 + j, value=p[i])
            c.alignment = WRAP
            if isinstance(p[i], (int, float)) and i >= 5:
                c.number_format = "# ##0.0"
    ws.cell(row=13, column=1, value="* н/д – розподіл бюджету за роками ще не визначено.")
    ws.column_dimensions["A"].width = 22
    for col in "BCDEF":
        ws.column_dimensions[col].width = 34
    wb.save(RAW / "Норвегія_порівняльна_таблиця_проєктів_МТД_МВС_2021.xlsx")
    # thousands NOK (title); 2021 given -> as is
    exp(
        "Розмінування та очищення територій Донецької і Луганської областей підрозділами ДСНС",
        "Norway",
        "OTHER",
        "funded",
        "NOK",
        round(18_500 * 1000, 2),
    )
    # н/д: 01.04.2021-31.03.2023, 275 of 730 days
    exp(
        "Протидія торгівлі людьми: навчання слідчих Національної поліції та підтримка постраждалих",
        "Norway",
        "TRAFFICKING",
        "funded",
        "NOK",
        round(12_000 * 1000 * 275 / 730, 2),
    )
    exp(
        "Посилення охорони морської ділянки державного кордону в Азовському морі",
        "Norway",
        "BORDER_SECURITY",
        "funded",
        "NOK",
        round(16_000 * 1000, 2),
    )
    exp(
        "Психосоціальна підтримка рятувальників ДСНС, які працюють на сході України",
        "Norway",
        "OTHER",
        "funded",
        "NOK",
        round(600 * 1000, 2),
    )
    # starts 2022
    exp(
        "Мобільні групи реагування на домашнє насильство у Харківській області",
        "Norway",
        "DOMESTIC_VIOLENCE",
        "pipeline",
        "NOK",
        0,
    )


# ---------------------------------------------------------------------------------------------------------------
# 3. Denmark: two-row header over calendar years, total differs, hidden row
# ---------------------------------------------------------------------------------------------------------------
def file3():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Engagements"
    ws["A1"] = (
        "Ministry of Foreign Affairs of Denmark (Danida) – Ukraine Peace and Stabilisation Programme: "
        "engagements with the MIA system"
    )
    ws["A1"].font = BOLD
    ws["A2"] = "Amounts in Danish kroner (DKK)"
    for col, lab in zip(
        "ABCDEJK",
        [
            "No.",
            "Engagement",
            "Implementing partner",
            "Beneficiary",
            "Period",
            "Total commitment, DKK*",
            "Status",
        ],
    ):
        ws[f"{col}4"] = lab
        ws.merge_cells(f"{col}4:{col}5")
    ws["F4"] = "Budget by calendar year, DKK"
    ws.merge_cells("F4:I4")
    for col, y in zip("FGHI", ["2020", "2021", "2022", "2023"]):
        ws[f"{col}5"] = y
    D = "–"
    rows = [
        [
            1,
            "Police-community dialogue and local safety councils in Donetsk oblast hromadas",
            "Danish Refugee Council",
            "NPU",
            "2020–2022",
            1500000,
            2000000,
            1800000,
            D,
            5800000,
            "Ongoing",
        ],
        [
            2,
            "Humanitarian mine action and explosive ordnance risk education with SESU",
            "Danish Demining Group",
            "SESU",
            "2021–2023",
            D,
            3000000,
            3000000,
            2500000,
            9000000,
            "Ongoing",
        ],
        [
            3,
            "COVID-19 protective equipment and disinfection for National Guard units",
            "UNDP",
            "NGU",
            "2020–2021",
            700000,
            450000,
            D,
            D,
            1150000,
            "Completed",
        ],
        [
            4,
            "Support to the State Migration Service on readmission and return of irregular migrants",
            "IOM",
            "SMS",
            "2021–2022",
            D,
            1200000,
            800000,
            D,
            2000000,
            "Cancelled – engagement withdrawn in March 2021",
        ],
        [
            5,
            "Prevention of gender-based violence through police mobile response teams in Luhansk oblast",
            "UNFPA",
            "NPU",
            "2022–2023",
            D,
            D,
            1000000,
            1000000,
            2000000,
            "Planned – approval expected Q4 2021",
        ],
    ]
    for i, r in enumerate(rows):
        put_row(ws, 6 + i, r)
        for c in range(6, 11):
            ws.cell(row=6 + i, column=c).number_format = "#,##0"
    ws.row_dimensions[8].hidden = True  # engagement 3 hidden (still a project)
    tot = ["Total", None, None, None, None, 2200000, 6650000, 6600000, 3500000, 19950000, None]
    put_row(ws, 11, tot, bold=True)
    ws["A13"] = (
        "* Total commitment includes the unallocated reserve and any amounts after 2023, so it may differ "
        "from the sum of the calendar years."
    )
    for col, w in zip("ABCDEFGHIJK", [5, 70, 24, 12, 11, 12, 12, 12, 12, 18, 44]):
        ws.column_dimensions[col].width = w
    wb.save(RAW / "Danida_Denmark_MIA_engagements_2020-2023.xlsx")
    exp(
        "Police-community dialogue and local safety councils in Donetsk oblast hromadas",
        "Denmark",
        "COMMUNITY_POLICING",
        "funded",
        "DKK",
        2_000_000,
    )  # 2021 column as is (total 5.8m > years 5.3m)
    exp(
        "Humanitarian mine action and explosive ordnance risk education with SESU",
        "Denmark",
        "OTHER",
        "funded",
        "DKK",
        3_000_000,
    )  # total 9.0m > years 8.5m
    exp(
        "COVID-19 protective equipment and disinfection for National Guard units",
        "Denmark",
        "COVID19",
        "funded",
        "DKK",
        450_000,
    )  # hidden row, counted
    exp(
        "Support to the State Migration Service on readmission and return of irregular migrants",
        "Denmark",
        "ILLEGAL_MIGRATION",
        "cancelled",
        "DKK",
        0,
    )
    exp(
        "Prevention of gender-based violence through police mobile response teams in Luhansk oblast",
        "Denmark",
        "DOMESTIC_VIOLENCE",
        "pipeline",
        "DKK",
        0,
    )


# ---------------------------------------------------------------------------------------------------------------
# 4. USA (INL): grouped by agency, subtotals, programmes with components, US dates
# ---------------------------------------------------------------------------------------------------------------
def file4():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Projects by agency"
    ws["A1"] = (
        "U.S. Embassy Kyiv – Bureau of International Narcotics and Law Enforcement Affairs (INL): projects "
        "with MIA agencies, status as of 09/30/2021"
    )
    ws["A1"].font = BOLD
    ws["A2"] = (
        "Dates are month/day/year. A programme is followed by its components (1.1, 1.2 ...); the programme "
        "total covers its components."
    )
    put_row(
        ws,
        4,
        [
            "No.",
            "Project / component",
            "Implementer",
            "Start (MM/DD/YYYY)",
            "End (MM/DD/YYYY)",
            "Total, USD",
            "Status",
        ],
        bold=True,
    )
    body = [
        ["NATIONAL POLICE OF UKRAINE (NPU)"],
        [
            "1",
            "Patrol police and investigators training programme",
            "IDLO",
            "03/01/2021",
            "02/28/2023",
            4000000,
            "Ongoing",
        ],
        [
            "1.1",
            "Field training for patrol police officers in ten regions",
            "IDLO",
            "03/01/2021",
            "02/28/2023",
            2500000,
            "Ongoing",
        ],
        [
            "1.2",
            "Counter-narcotics investigation course for NPU drug crime detectives",
            "IDLO",
            "03/01/2021",
            "02/28/2023",
            1500000,
            "Ongoing",
        ],
        [
            "2",
            "Equipment for temporary detention facilities (ITT) and custody records",
            "UNOPS",
            "07/15/2021",
            "07/14/2022",
            850000,
            "Ongoing",
        ],
        ["", "Subtotal NPU", None, None, None, 4850000, None],
        ["STATE BORDER GUARD SERVICE (SBGS)"],
        [
            "3",
            "Border security and surveillance programme for the eastern and northern border",
            "UNOPS",
            "01/01/2021",
            "12/31/2022",
            6000000,
            "Ongoing",
        ],
        [
            "3.1",
            "Thermal imaging cameras and surveillance towers for border detachments",
            "UNOPS",
            "01/01/2021",
            "12/31/2022",
            3200000,
            "Ongoing",
        ],
        [
            "3.2",
            "Patrol boats maintenance for the maritime guard in the Sea of Azov",
            "UNOPS",
            "01/01/2021",
            "12/31/2022",
            1800000,
            "Ongoing",
        ],
        [
            "4",
            "Automated border control e-gates at Boryspil airport crossing point",
            "IOM",
            "10/01/2021",
            "09/30/2022",
            1100000,
            "Pending award",
        ],
        ["", "Subtotal SBGS", None, None, None, 7100000, None],
        ["STATE EMERGENCY SERVICE OF UKRAINE (SESU)"],
        [
            "5",
            "Explosive ordnance disposal equipment for SESU pyrotechnic units",
            "The HALO Trust",
            "06/15/2020",
            "06/14/2021",
            700000,
            "Completed",
        ],
        [
            "6",
            "Firefighting vehicles for rescue units in Donetsk oblast",
            "UNOPS",
            "04/01/2021",
            "03/31/2022",
            1500000,
            "Cancelled (funds reprogrammed)",
        ],
        ["", "Subtotal SESU", None, None, None, 2200000, None],
        ["", "GRAND TOTAL", None, None, None, 14150000, None],
    ]
    r = 5
    for row in body:
        if len(row) == 1:
            ws.cell(row=r, column=1, value=row[0]).font = BOLD
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        else:
            put_row(ws, r, row, bold=row[1].startswith(("Subtotal", "GRAND")))
            ws.cell(row=r, column=6).number_format = "#,##0"
            if "." in row[0]:
                ws.cell(row=r, column=2).alignment = Alignment(indent=2)
        r += 1
    for col, w in zip("ABCDEFG", [6, 72, 16, 18, 18, 14, 30]):
        ws.column_dimensions[col].width = w
    wb.save(RAW / "INL_Kyiv_MIA_projects_status_2021-09-30.xlsx")
    # programme 1 = 1.1 + 1.2 (2.5m + 1.5m = 4.0m): its components; 03/01/2021-02/28/2023, 306 of 730 days
    exp(
        "Field training for patrol police officers in ten regions",
        "USA",
        "OTHER",
        "funded",
        "USD",
        round(2_500_000 * 306 / 730, 2),
    )
    exp(
        "Counter-narcotics investigation course for NPU drug crime detectives",
        "USA",
        "DRUGS",
        "funded",
        "USD",
        round(1_500_000 * 306 / 730, 2),
    )
    # 07/15/2021-07/14/2022: 170 of 365
    exp(
        "Equipment for temporary detention facilities (ITT) and custody records",
        "USA",
        "CUSTODY",
        "funded",
        "USD",
        round(850_000 * 170 / 365, 2),
    )
    # programme 3: 6.0m, components 3.2m + 1.8m = 5.0m -> remainder 1.0m; all 01/01/2021-12/31/2022, 365 of 730
    exp(
        "Thermal imaging cameras and surveillance towers for border detachments",
        "USA",
        "BORDER_SECURITY",
        "funded",
        "USD",
        round(3_200_000 * 365 / 730, 2),
    )
    exp(
        "Patrol boats maintenance for the maritime guard in the Sea of Azov",
        "USA",
        "BORDER_SECURITY",
        "funded",
        "USD",
        round(1_800_000 * 365 / 730, 2),
    )
    exp(
        "Border security and surveillance programme for the eastern and northern border",
        "USA",
        "BORDER_SECURITY",
        "funded",
        "USD",
        round((6_000_000 - 3_200_000 - 1_800_000) * 365 / 730, 2),
    )
    # 10/01/2021-09/30/2022: 92 of 365
    exp(
        "Automated border control e-gates at Boryspil airport crossing point",
        "USA",
        "BORDER_CROSSING",
        "pipeline",
        "USD",
        round(1_100_000 * 92 / 365, 2),
    )
    # 06/15/2020-06/14/2021: 165 of 365
    exp(
        "Explosive ordnance disposal equipment for SESU pyrotechnic units",
        "USA",
        "OTHER",
        "funded",
        "USD",
        round(700_000 * 165 / 365, 2),
    )
    exp("Firefighting vehicles for rescue units in Donetsk oblast", "USA", "OTHER", "cancelled", "USD", 0)


# ---------------------------------------------------------------------------------------------------------------
# 5. Russian cp1251 semicolon CSV, metadata lines, decimal commas, abbreviated statuses
# ---------------------------------------------------------------------------------------------------------------
def file5():
    lines = [
        "Выгрузка: Реестр проектов международной технической помощи (МТП);;;;;;;;",
        "Дата выгрузки: 15.10.2021;;;;;;;;",
        "Фильтр: получатель = МВД и центральные органы исполнительной власти системы МВД;;;;;;;;",
        ";;;;;;;;",
        "Наименование проекта;Донор;Исполнитель;Получатель;Начало;Окончание;Сумма;Валюта;Статус",
        "Противодействие незаконному обороту наркотиков: обучение следователей Национальной полиции;Польша;"
        "Фонд Солидарности PL;НПУ;01.05.2021;31.12.2021;850 000,00;PLN;реал.",
        "Модернизация пунктов пропуска на украинско-польской границе: электронная очередь;Польша;"
        "Центр польской помощи;ГПСУ;01.07.2021;30.06.2023;2 400 000,00;EUR;план.",
        "Литовский опыт общественной безопасности: полицейский офицер громады;Литва;"
        "Департамент полиции Литвы;НПУ;01.02.2021;31.01.2022;180 000,00;EUR;реал.",
        "Поддержка Государственной миграционной службы в выявлении нелегальных мигрантов;Чехия;МОМ;ГМС;"
        "01.09.2020;31.08.2021;4 500 000,00;CZK;заверш.",
        "Оборудование для лабораторий криминалистики Экспертной службы МВД;Франция;CIVIPOL;МВД;01.03.2021;"
        "28.02.2022;1 250 000,50;евро;отм.",
        "Реабилитация пострадавших от домашнего насилия: кризисные центры для женщин;Литва;ООН Женщины;НПУ;"
        "01.10.2021;31.03.2022;95 000,00;EUR;реал.",
        ";;;;;;;;",
        "Всего записей: 6;;;;;;;;",
        "Статусы: реал. – реализуется, заверш. – завершён, план. – планируется, отм. – отменён;;;;;;;;",
    ]
    (RAW / "vygruzka_proekty_MTP_MVD_2021-10-15.csv").write_bytes(
        ("\r\n".join(lines) + "\r\n").encode("cp1251")
    )
    # 01.05-31.12.2021: wholly in 2021
    exp(
        "Противодействие незаконному обороту наркотиков: обучение следователей Национальной полиции",
        "Poland",
        "DRUGS",
        "funded",
        "PLN",
        round(850_000 * 245 / 245, 2),
    )
    # 01.07.2021-30.06.2023: 184 of 730
    exp(
        "Модернизация пунктов пропуска на украинско-польской границе: электронная очередь",
        "Poland",
        "BORDER_CROSSING",
        "pipeline",
        "EUR",
        round(2_400_000 * 184 / 730, 2),
    )
    # 01.02.2021-31.01.2022: 334 of 365
    exp(
        "Литовский опыт общественной безопасности: полицейский офицер громады",
        "Lithuania",
        "COMMUNITY_POLICING",
        "funded",
        "EUR",
        round(180_000 * 334 / 365, 2),
    )
    # 01.09.2020-31.08.2021: 243 of 365
    exp(
        "Поддержка Государственной миграционной службы в выявлении нелегальных мигрантов",
        "Czechia",
        "ILLEGAL_MIGRATION",
        "funded",
        "CZK",
        round(4_500_000 * 243 / 365, 2),
    )
    exp(
        "Оборудование для лабораторий криминалистики Экспертной службы МВД",
        "France",
        "OTHER",
        "cancelled",
        "EUR",
        0,
    )
    # 01.10.2021-31.03.2022: 92 of 182
    exp(
        "Реабилитация пострадавших от домашнего насилия: кризисные центры для женщин",
        "Lithuania",
        "DOMESTIC_VIOLENCE",
        "funded",
        "EUR",
        round(95_000 * 92 / 182, 2),
    )


# ---------------------------------------------------------------------------------------------------------------
# 6. State Migration Service register: donors in official style with channels, units in cells, hidden sheet
# ---------------------------------------------------------------------------------------------------------------
def file6():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Реєстр"
    ws["A1"] = "Державна міграційна служба України"
    ws["A2"] = (
        "Реєстр проєктів міжнародної технічної допомоги, бенефіціаром яких є ДМС, станом на 01.09.2021 "
        "(до засідання секторальної робочої групи)"
    )
    ws["A2"].font = BOLD
    put_row(
        ws,
        4,
        [
            "№ з/п",
            "Назва проєкту",
            "Донор (канал фінансування)",
            "Строк реалізації",
            "Обсяг фінансування",
            "Стан реалізації",
        ],
        bold=True,
    )
    rows = [
        [
            1,
            "Удосконалення процедури визнання біженцем та особою, яка потребує додаткового захисту",
            "Уряд Федеративної Республіки Німеччина (через GIZ)",
            "І півріччя 2021 – ІІ півріччя 2022",
            "1,6 млн євро",
            "реалізується",
        ],
        [
            2,
            "Оснащення центрів надання адміністративних послуг ДМС обладнанням для оформлення паспортів",
            "Уряд Японії через ПРООН",
            "ІІ півріччя 2021",
            "48 млн єн",
            "реалізується",
        ],
        [
            3,
            "Запобігання торгівлі людьми та трудовій експлуатації громадян України за кордоном",
            "Уряд Фінляндської Республіки (через МОМ)",
            "18 місяців з 01.04.2021",
            "420 тис. євро",
            "реалізується",
        ],
        [
            4,
            "Пункти тимчасового перебування іноземців: покращення умов утримання та реадмісія",
            "Королівство Нідерландів через МОМ",
            "ІІІ квартал 2021 – ІІ квартал 2022",
            "€ 750 тис.",
            "на етапі підписання угоди",
        ],
        [
            5,
            "Захист персоналу ДМС від COVID-19: засоби індивідуального захисту та дезінфекція",
            "Швейцарська Конфедерація (через УВКБ ООН)",
            "з березня по серпень 2021 р.",
            "CHF 300 000",
            "завершено",
        ],
        [
            6,
            "Цифровізація міграційного обліку для виявлення іноземців, які незаконно перебувають в Україні",
            "Уряд Канади (через ОБСЄ)",
            "2021–2022",
            "1,1 млн канад. дол.",
            "скасовано донором (лист від 12.07.2021)",
        ],
    ]
    for i, r in enumerate(rows):
        put_row(ws, 5 + i, r)
    ws["A12"] = (
        "Примітка: у графі «Донор» після слова «через» зазначено організацію, через яку надається допомога."
    )
    for col, w in zip("ABCDEF", [6, 70, 44, 34, 20, 40]):
        ws.column_dimensions[col].width = w
    wa = wb.create_sheet("Архів 2020")
    put_row(
        wa,
        1,
        [
            "№ з/п",
            "Назва проєкту",
            "Донор (канал фінансування)",
            "Строк реалізації",
            "Обсяг фінансування",
            "Стан реалізації",
        ],
    )
    put_row(
        wa,
        2,
        [
            1,
            "Інформаційна кампанія щодо легального працевлаштування за кордоном (2019–2020)",
            "Уряд Фінляндської Республіки (через МОМ)",
            "2019–2020",
            "300 тис. євро",
            "завершено",
        ],
    )
    put_row(
        wa,
        3,
        [
            2,
            "Обладнання для видачі біометричних документів у 2020 році",
            "Уряд Японії через ПРООН",
            "2020",
            "30 млн єн",
            "завершено",
        ],
    )
    wa.sheet_state = "hidden"
    wb.save(RAW / "Реєстр_проєктів_МТД_ДМС_станом_на_01.09.2021.xlsx")
    # H1 2021 - H2 2022 = 01.01.2021-31.12.2022: 365 of 730
    exp(
        "Удосконалення процедури визнання біженцем та особою, яка потребує додаткового захисту",
        "Germany",
        "ILLEGAL_MIGRATION",
        "funded",
        "EUR",
        round(1_600_000 * 365 / 730, 2),
    )
    # H2 2021: wholly in 2021
    exp(
        "Оснащення центрів надання адміністративних послуг ДМС обладнанням для оформлення паспортів",
        "Japan",
        "OTHER",
        "funded",
        "JPY",
        48_000_000,
    )
    # 18 months from 01.04.2021 -> 30.09.2022: 275 of 548
    exp(
        "Запобігання торгівлі людьми та трудовій експлуатації громадян України за кордоном",
        "Finland",
        "TRAFFICKING",
        "funded",
        "EUR",
        round(420_000 * 275 / 548, 2),
    )
    # Q3 2021 - Q2 2022 = 01.07.2021-30.06.2022: 184 of 365
    exp(
        "Пункти тимчасового перебування іноземців: покращення умов утримання та реадмісія",
        "Netherlands",
        "ILLEGAL_MIGRATION",
        "pipeline",
        "EUR",
        round(750_000 * 184 / 365, 2),
    )
    # March-August 2021: wholly in 2021
    exp(
        "Захист персоналу ДМС від COVID-19: засоби індивідуального захисту та дезінфекція",
        "Switzerland",
        "COVID19",
        "funded",
        "CHF",
        300_000,
    )
    exp(
        "Цифровізація міграційного обліку для виявлення іноземців, які незаконно перебувають в Україні",
        "Canada",
        "ILLEGAL_MIGRATION",
        "cancelled",
        "CAD",
        0,
    )


# ---------------------------------------------------------------------------------------------------------------
# 7. UK CSSF: status only in headings, amounts with units in cells, quarters / durations, hidden row
# ---------------------------------------------------------------------------------------------------------------
def file7():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "CSSF MIA"
    ws["A1"] = (
        "British Embassy Kyiv – Conflict, Stability and Security Fund (CSSF): projects with the Ministry of "
        "Internal Affairs and its agencies, Q3 2021"
    )
    ws["A1"].font = BOLD
    ws["A2"] = "Budgets are whole-project budgets in pounds sterling; timeframes are calendar periods."
    put_row(ws, 4, ["Project title", "Implementer", "Beneficiary", "Timeframe", "Budget", "Notes"], bold=True)
    body = [
        ("A. LIVE PROJECTS",),
        [
            "Strengthening the State Border Guard Service's maritime surveillance in the Black Sea",
            "Crown Agents",
            "SBGS",
            "Q2 2021 – Q1 2023",
            "GBP 2.2m",
            "",
        ],
        [
            "Human trafficking investigations unit and victim identification in the National Police",
            "National Crime Agency (UK)",
            "NPU",
            "24 months from 1 June 2021",
            "£640k",
            "",
        ],
        ("B. CLOSED IN 2021",),
        [
            "Cyber crime investigations training for the cyber police department",
            "Council of Europe",
            "NPU",
            "H1 2021",
            "GBP 180,000",
            "Closed 30 June 2021",
        ],
        [
            "Custody records and detainee rights monitoring in Kharkiv temporary detention facilities",
            "Kharkiv Human Rights Protection Group",
            "NPU",
            "September 2020 – August 2021",
            "£275,000",
            "Closed 31 August 2021; final report received",
        ],
        ("C. PIPELINE (subject to final approval)",),
        [
            "Domestic abuse response training for patrol police in Kyiv and Odesa",
            "Tbc",
            "NPU",
            "Q4 2021 – Q3 2022",
            "£350k",
            "Concept approved, contract not signed",
        ],
        ("D. WITHDRAWN",),
        [
            "Support to joint border control at Ukrainian-Moldovan crossing points",
            "IOM",
            "SBGS",
            "Q3 2021 – Q2 2022",
            "GBP 0.9m",
            "Withdrawn by the Embassy in July 2021",
        ],
    ]
    r = 5
    hidden_row = None
    for row in body:
        if isinstance(row, tuple):
            ws.cell(row=r, column=1, value=row[0]).font = BOLD
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        else:
            put_row(ws, r, row)
            if row[0].startswith("Custody records"):
                hidden_row = r
        r += 1
    ws.row_dimensions[hidden_row].hidden = True
    for col, w in zip("ABCDEF", [80, 36, 12, 28, 14, 44]):
        ws.column_dimensions[col].width = w
    wb.save(RAW / "UK_CSSF_Ukraine_MIA_project_list_Q3-2021.xlsx")
    # Q2 2021 - Q1 2023 = 01.04.2021-31.03.2023: 275 of 730
    exp(
        "Strengthening the State Border Guard Service's maritime surveillance in the Black Sea",
        "UK",
        "BORDER_SECURITY",
        "funded",
        "GBP",
        round(2_200_000 * 275 / 730, 2),
    )
    # 24 months from 01.06.2021 -> 31.05.2023: 214 of 730
    exp(
        "Human trafficking investigations unit and victim identification in the National Police",
        "UK",
        "TRAFFICKING",
        "funded",
        "GBP",
        round(640_000 * 214 / 730, 2),
    )
    # H1 2021: wholly in 2021
    exp(
        "Cyber crime investigations training for the cyber police department",
        "UK",
        "OTHER",
        "funded",
        "GBP",
        180_000,
    )
    # hidden row; 01.09.2020-31.08.2021: 243 of 365
    exp(
        "Custody records and detainee rights monitoring in Kharkiv temporary detention facilities",
        "UK",
        "CUSTODY",
        "funded",
        "GBP",
        round(275_000 * 243 / 365, 2),
    )
    # Q4 2021 - Q3 2022 = 01.10.2021-30.09.2022: 92 of 365
    exp(
        "Domestic abuse response training for patrol police in Kyiv and Odesa",
        "UK",
        "DOMESTIC_VIOLENCE",
        "pipeline",
        "GBP",
        round(350_000 * 92 / 365, 2),
    )
    exp(
        "Support to joint border control at Ukrainian-Moldovan crossing points",
        "UK",
        "BORDER_CROSSING",
        "cancelled",
        "GBP",
        0,
    )


# ---------------------------------------------------------------------------------------------------------------
# 8. EU: one row per project and year, merged cells, "Разом" rows, thousands EUR in the header
# ---------------------------------------------------------------------------------------------------------------
def file8():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Проєкти ЄС"
    ws["A1"] = "Представництво Європейського Союзу в Україні"
    ws["A1"].font = BOLD
    ws["A2"] = "Проєкти ЄС у секторі внутрішніх справ: бюджет за роками (станом на 01.10.2021)"
    put_row(
        ws,
        4,
        [
            "№",
            "Назва проєкту",
            "Виконавець",
            "Бенефіціар",
            "Період реалізації",
            "Рік",
            "Сума, тис. євро",
            "Статус",
        ],
        bold=True,
    )
    projects = [
        (
            1,
            "Посилення охорони зеленого кордону та боротьби з контрабандою на заході України",
            "ICMPD",
            "ДПСУ",
            "з 1 січня 2020 р. по 31 грудня 2022 р.",
            [(2020, 1200), (2021, 1500), (2022, 1300)],
            "реалізується",
        ),
        (
            2,
            "Запобігання катуванням та жорстокому поводженню в ізоляторах тимчасового тримання",
            "Рада Європи",
            "НПУ",
            "з 1 липня 2021 р. по 30 червня 2022 р.",
            [(2021, 300), (2022, 300)],
            "реалізується",
        ),
        (
            3,
            "Підтримка реформи Національної гвардії: навчання з охорони громадського порядку",
            "Рада Європи",
            "НГУ",
            "з 1 вересня 2021 р. по 31 серпня 2022 р.",
            [(2021, 500), (2022, 500)],
            "скасовано (рішення Комітету від 15.06.2021)",
        ),
        (
            4,
            "Мобільні лабораторії Експертної служби МВС для дослідження наркотичних засобів і прекурсорів",
            "УНП ООН",
            "МВС (ЕС МВС)",
            "з 1 січня 2022 р. по 31 грудня 2023 р.",
            [(2022, 600), (2023, 400)],
            "планується (фінансову угоду не підписано)",
        ),
        (
            5,
            "Екстрена допомога ДСНС у боротьбі з пандемією COVID-19: апарати ШВЛ та кисневі концентратори",
            "ВООЗ",
            "ДСНС",
            "з 1 квітня 2020 р. по 31 березня 2021 р.",
            [(2020, 2000), (2021, 650)],
            "завершено",
        ),
    ]
    r = 5
    grand = 0
    for no, title, impl, ben, period, years, status in projects:
        first = r
        for y, a in years:
            ws.cell(row=r, column=6, value=y)
            ws.cell(row=r, column=7, value=a).number_format = "# ##0.0"
            r += 1
        last = r - 1
        for c, v in zip([1, 2, 3, 4, 5, 8], [no, title, impl, ben, period, status]):
            ws.cell(row=first, column=c, value=v).alignment = WRAP
            if last > first:
                ws.merge_cells(start_row=first, start_column=c, end_row=last, end_column=c)
        ws.cell(row=r, column=6, value="Разом").font = BOLD
        s = sum(a for _, a in years)
        grand += s
        ws.cell(row=r, column=7, value=s).font = BOLD
        ws.cell(row=r, column=7).number_format = "# ##0.0"
        r += 1
    ws.cell(row=r, column=2, value="Усього").font = BOLD
    ws.cell(row=r, column=7, value=grand).font = BOLD
    for col, w in zip("ABCDEFGH", [4, 60, 14, 14, 32, 8, 14, 36]):
        ws.column_dimensions[col].width = w
    wb.save(RAW / "Представництво_ЄС_проєкти_МВС_бюджет_за_роками.xlsx")
    exp(
        "Посилення охорони зеленого кордону та боротьби з контрабандою на заході України",
        "EU",
        "BORDER_SECURITY",
        "funded",
        "EUR",
        round(1500 * 1000, 2),
    )  # the 2021 row, thousands
    exp(
        "Запобігання катуванням та жорстокому поводженню в ізоляторах тимчасового тримання",
        "EU",
        "CUSTODY",
        "funded",
        "EUR",
        round(300 * 1000, 2),
    )
    exp(
        "Підтримка реформи Національної гвардії: навчання з охорони громадського порядку",
        "EU",
        "OTHER",
        "cancelled",
        "EUR",
        0,
    )
    exp(
        "Мобільні лабораторії Експертної служби МВС для дослідження наркотичних засобів і прекурсорів",
        "EU",
        "DRUGS",
        "pipeline",
        "EUR",
        0,
    )  # no 2021 row, starts 2022
    exp(
        "Екстрена допомога ДСНС у боротьбі з пандемією COVID-19: апарати ШВЛ та кисневі концентратори",
        "EU",
        "COVID19",
        "funded",
        "EUR",
        round(650 * 1000, 2),
    )


for f in (file1, file2, file3, file4, file5, file6, file7, file8):
    f()

titles = [e["title"] for e in EXP]
assert len(titles) == len(set(titles)), "duplicate titles"
with (OUT / "expected.csv").open("w", newline="", encoding="utf-8") as fh:
    w = csv.DictWriter(fh, fieldnames=["title", "partner", "priority", "status", "currency", "amount_2021"])
    w.writeheader()
    for e in EXP:
        w.writerow(e)
print(f"{len(EXP)} lines written to {OUT / 'expected.csv'}")
