# ruff: noqa: B905, C408, RUF001, RUF057 - a data script written blind: dict(...) rows as in earlier sets, round() kept on every hand computation
"""Blind partner files, set AJ: written without reading the reader's code. Expected values by hand.

Ordinary returns sent in a hurry: the most common layouts (a title row or two, a header, a few project rows, a totals
row, perhaps a note), each file with one to four small slips that a careful analyst handles without thinking:
header typos ("Bugdet, EUR", "Begining", "Назва проєту", "Наименовние проекта"), one column label in another language
than the rest, a letter O (Latin in an English file, Cyrillic in a Russian one) typed for a zero inside an amount,
a trailing "EUR" in one amount cell only, an impossible date "31.06.2021" with a note saying end dates are month
ends, an end date before the start corrected in the row's remark, a partner's total that does not add up (the rows
count), a row pasted twice, an empty row, template rows numbered in advance and left empty, a title continuing in the
next row's title cell, merged header cells, "€" beside "EUR" in the currency column, "НПУ/ДПСУ", statuses
"on-going" / "в процесі" / "в стадії реалізації" / "в процессе", percent columns that are not money, a date typed
with commas, a US-style date in a day-first column, decimal point and decimal comma in one column, a row number used
twice, a project appended under the totals row. All figures are plain values (no formulas).

1. `GFFO_Germany_MIA_projects_May2021.xlsx` (Germany, Federal Foreign Office, English): title row, header in row 3
   with TYPOS "Begining" and "Bugdet, EUR"; one amount typed as text "45O 000" (a Latin letter O for the zero; the
   partner's correct total 3 550 000 confirms 450 000); statuses "on-going", "On going", "ongoing", "completed",
   "planned" (pipeline); real dates. Projects: thermal imaging for border outposts (BORDER_SECURITY), cybercrime
   investigators (OTHER), mobile response groups on domestic violence (DOMESTIC_VIOLENCE), custody records
   (CUSTODY, planned), PPE against COVID-19 for SESU (COVID19, ended March 2021), readmission of irregular migrants
   (ILLEGAL_MIGRATION, 2019-2020 -> 0). 6 projects.
2. `Японія_проєкти_МТД_МВС_01.07.2021.xlsx` (Japan, Ukrainian): header TYPO "Назва проєту"; a MERGED two-row header
   "Період реалізації" over "початок | кінець"; one label in ENGLISH among Ukrainian ones ("Budget, JPY"); dates as
   text; an IMPOSSIBLE end date "31.06.2021": the note under the table says end dates are given as the last day of
   their month, so it is read 30.06.2021; beneficiary "НПУ/ДПСУ"; statuses "в стадії реалізації", "в процесі",
   "завершено", "заплановано", "у розробці" (the last two pipeline); a correct "Всього" row. Projects: trafficking
   victims (TRAFFICKING), fire engines for SESU (OTHER), PPE against coronavirus for NGU (COVID19), border crossing
   points (BORDER_CROSSING, pipeline), interview rooms and cells in temporary detention (CUSTODY, pipeline, 2022 ->
   0), passport documents at SMS offices (OTHER). 6 projects.
3. `EU_Delegation_MIA_actions_return_Sept2021.xlsx` (EU, English): a currency column mixing "€" and "EUR"; one
   amount cell "1 100 000 EUR" (text with a trailing EUR, the only one); a "Disbursed, %" column (fractions shown
   as percent: not money); one row PASTED TWICE at the bottom (an exact copy, same Ref.: one project); the "Total"
   row 17 100 000 counts it once; statuses "Ongoing", "on-going", "Completed", "In formulation" (pipeline).
   Projects: green border surveillance (BORDER_SECURITY), trafficking victims (TRAFFICKING), criminal analysis
   (OTHER), asylum and refugee status determination (ILLEGAL_MIGRATION, ended August 2021), Krakovets crossing point
   (BORDER_CROSSING, pipeline, 2022-2023 -> 0), COVID-19 oxygen concentrators (COVID19, ended April 2021).
   6 projects.
4. `GAC_Canada_MIA_projects_2021.xlsx` (Canada, English): one label in UKRAINIAN ("Бенефіціар") among English ones;
   an EMPTY ROW between projects 3 and 4; the "#" column PRE-FILLED 6, 7, 8 on rows left empty (template rows, no
   projects); the partner's TOTAL WRONG (5 160 000 typed, the rows add up to 5 610 000: the rows count); statuses
   "In progress", "in progress", "Planned" (pipeline), "Completed". Projects: community police officers
   (COMMUNITY_POLICING), gender-based violence response (DOMESTIC_VIOLENCE), public order at mass events (OTHER),
   darknet drug trafficking (DRUGS, pipeline), demining for SESU (OTHER, 2020 -> 0). 5 projects.
5. `ГПСУ_реестр_проектов_МТП_01.08.2021.xlsx` (a register of the State Border Guard Service, Russian; the partner
   is the donor of each row): header TYPO "Наименовние проекта"; one title CONTINUES in the next row's title cell
   (the rest of that row empty: one project, the two parts joined by a space); an amount typed as text "3О0 000"
   with a CYRILLIC letter О for the zero (300 000); a start date typed with COMMAS "01,04,2021"; dates as text;
   statuses "в процессе", "реализуется", "завершен", "планируется" (pipeline). Projects: drones for border protection
   (Poland, PLN, BORDER_SECURITY), illegal migrants and readmission (Lithuania, EUR, ILLEGAL_MIGRATION), crossing
   points with Poland (EU, EUR, BORDER_CROSSING, the wrapped title), patrol boats (USA, USD, BORDER_SECURITY), PPE
   against COVID-19 (Lithuania, EUR, COVID19), passport control training (Canada, CAD, BORDER_CROSSING, pipeline,
   2022-2023 -> 0). 6 projects.
6. `INL_MIA_activities_update_Q2-2021.xlsx` (INL, English): a MERGED header "Period of performance" over "Start |
   End"; real dates shown MM/DD/YYYY; one row whose END (05/31/2021) PRECEDES its START (06/01/2021), corrected in
   the row's remark ("should read 05/31/2022"): read 01.06.2021-31.05.2022; a "Disbursed, %" column; statuses
   "on-going", "Ongoing", "Canceled" (US spelling: cancelled), "Agreement not signed yet" (pipeline). Projects:
   counter-narcotics investigations (DRUGS), patrol police field training (OTHER), mobile surveillance for border
   patrols (BORDER_SECURITY, the corrected row), trafficking units (TRAFFICKING, cancelled), video recording in
   custody suites (CUSTODY), migrant smuggling networks (ILLEGAL_MIGRATION, pipeline). 6 projects.
7. `Швейцарія_проєкти_МВС_01.11.2021.csv` (Switzerland, Ukrainian, UTF-8 with BOM, semicolons): two title lines; a
   RUSSIAN label "Бенефициар" among Ukrainian ones; amounts "2 400 000,00" beside "800000.00" (decimal comma and
   decimal point in one column); one start date written month first "03.15.2021" in a day-first column (only 15
   March 2021 is possible); the row number "2" USED TWICE (two different projects); an "Освоєно, %" column; a
   correct "Разом" line; statuses "в стадії реалізації", "в процесі", "завершено", "на етапі погодження"
   (pipeline). Projects: community police officers (COMMUNITY_POLICING), mobile response groups (DOMESTIC_VIOLENCE),
   demining for SESU (OTHER), COVID-19 protection and vaccination for SMS staff (COVID19), thermal imaging for border
   outposts in Zakarpattia (BORDER_SECURITY, pipeline, 2022-2024 -> 0). 5 projects.
8. `UK_CSSF_MIA_projects_June2021.xlsx` (UK, English): real dates DD/MM/YYYY; one amount "£ 250,000" as text, the
   others numbers under "Budget (£)"; beneficiary "NPU/SBGS"; a "Spend to date, %" column; a "Total" row (correct for
   the rows above it) and ONE PROJECT APPENDED UNDER THE TOTAL ROW (remark "added 14/06/2021"); statuses "on-going",
   "In delivery", "Closed", "Pipeline – awaiting approval". Projects: synthetic drugs (DRUGS), maritime surveillance
   (BORDER_SECURITY), joint trafficking training (TRAFFICKING), HR reform of the National Police (OTHER, ended
   March 2021), digital forensics for the Cyber Police (OTHER, pipeline, 2022 -> 0), independent custody monitoring
   (CUSTODY, the appended row). 6 projects.

Usage: python set_aj.py OUT_DIR  -> OUT_DIR/raw/<partner files>, OUT_DIR/expected.csv
Convention: a given 2021 figure is taken as is (none is given in this set); otherwise total x days in 2021 / days of
the project (both ends included); outside 2021 -> 0; cancelled -> 0 with status cancelled; planned / pipeline / not
signed / in formulation / under approval -> status pipeline, 2021 amount computed the same way; completed and
closed projects are funded. A row pasted twice is one project; a title continued in the next row's title cell is one
title, its parts joined by one space. Amounts in the row's currency. The partner is the donor who pays (in the border
guard register, each row's donor). Day counts were checked with a separate datetime script (check_days.py).
"""

import csv
import sys
from datetime import datetime
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font

EXPECTED: list[dict] = []


def exp(title, partner, priority, status, currency, amount):
    EXPECTED.append(
        dict(
            title=title,
            partner=partner,
            priority=priority,
            status=status,
            currency=currency,
            amount_2021=amount,
        )
    )


WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)
D = datetime


def write_rows(ws, first_row, rows, date_fmt="DD.MM.YYYY", num_fmt="#,##0"):
    r = first_row
    for row in rows:
        for c, v in enumerate(row, 1):
            if v is None:
                continue
            cell = ws.cell(row=r, column=c, value=v)
            if isinstance(v, datetime):
                cell.number_format = date_fmt
            elif isinstance(v, int | float) and not isinstance(v, bool):
                cell.number_format = num_fmt
            cell.alignment = WRAP
        r += 1
    return r


# ---------------------------------------------------------------------------------------------------------------
# 1. Germany (GFFO), English: header typos, a Latin O for a zero
# ---------------------------------------------------------------------------------------------------------------
def file1(raw: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Projects"
    ws["A1"] = "Federal Foreign Office of Germany – projects with MIA agencies (as of 20 May 2021)"
    ws["A1"].font = Font(bold=True, size=12)
    header = [
        "No.",
        "Project title",
        "Beneficiary",
        "Implementer",
        "Begining",
        "End",
        "Bugdet, EUR",
        "Status",
    ]
    for c, h in enumerate(header, 1):
        ws.cell(row=3, column=c, value=h).font = BOLD
    t1 = "Thermal imaging cameras for border outposts of the Chernivtsi border guard detachment"
    t2 = "Training of National Police investigators on cybercrime and digital evidence"
    t3 = "Mobile response groups of the police on domestic violence in Kharkiv oblast"
    t4 = "Modernisation of the custody records system in temporary detention facilities"
    t5 = "Protective equipment and disinfectants against COVID-19 for State Emergency Service rescuers"
    t6 = "Readmission and return of irregular migrants: support to the State Migration Service"
    rows = [
        (1, t1, "SBGS", "GIZ", D(2021, 3, 1), D(2022, 2, 28), 1_200_000, "on-going"),
        (2, t2, "NPU", "GIZ", D(2020, 7, 1), D(2022, 6, 30), "45O 000", "On going"),
        (3, t3, "NPU", "IOM", D(2021, 1, 1), D(2021, 12, 31), 300_000, "ongoing"),
        (4, t4, "NPU", "GIZ", D(2021, 10, 1), D(2023, 9, 30), 800_000, "planned"),
        (5, t5, "SESU", "UNDP", D(2020, 4, 1), D(2021, 3, 31), 200_000, "completed"),
        (6, t6, "SMS", "IOM", D(2019, 1, 1), D(2020, 12, 31), 600_000, "completed"),
    ]
    r = write_rows(ws, 4, rows)
    ws.cell(row=r, column=2, value="Total").font = BOLD
    c = ws.cell(row=r, column=7, value=3_550_000)
    c.font = BOLD
    c.number_format = "#,##0"
    for col, w in zip("ABCDEFGH", (5, 70, 12, 12, 12, 12, 14, 12)):
        ws.column_dimensions[col].width = w
    wb.save(raw / "GFFO_Germany_MIA_projects_May2021.xlsx")

    exp(
        t1, "Germany", "BORDER_SECURITY", "funded", "EUR", round(1_200_000 * 306 / 365, 2)
    )  # 01.03.21-28.02.22
    exp(
        t2, "Germany", "OTHER", "funded", "EUR", round(450_000 * 365 / 730, 2)
    )  # 01.07.20-30.06.22; "45O 000"
    exp(t3, "Germany", "DOMESTIC_VIOLENCE", "funded", "EUR", round(300_000 * 365 / 365, 2))  # calendar 2021
    exp(t4, "Germany", "CUSTODY", "pipeline", "EUR", round(800_000 * 92 / 730, 2))  # 01.10.21-30.09.23
    exp(t5, "Germany", "COVID19", "funded", "EUR", round(200_000 * 90 / 365, 2))  # 01.04.20-31.03.21
    exp(t6, "Germany", "ILLEGAL_MIGRATION", "funded", "EUR", 0)  # 2019-2020


# ---------------------------------------------------------------------------------------------------------------
# 2. Japan, Ukrainian: header typo, merged period header, an English label, "31.06.2021"
# ---------------------------------------------------------------------------------------------------------------
def file2(raw: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Проєкти"
    ws["A1"] = "Посольство Японії в Україні / JICA"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Проєкти міжнародної технічної допомоги для системи МВС (станом на 01.07.2021)"
    top = ["№", "Назва проєту", "Бенефіціар", "Виконавець", "Період реалізації", None, "Budget, JPY", "Стан"]
    sub = [None, None, None, None, "початок", "кінець", None, None]
    for c, (a, b) in enumerate(zip(top, sub), 1):
        if a is not None:
            ws.cell(row=4, column=c, value=a).font = BOLD
        if b is not None:
            ws.cell(row=5, column=c, value=b).font = BOLD
    ws.merge_cells("E4:F4")
    for col in "ABCDGH":
        ws.merge_cells(f"{col}4:{col}5")
    t1 = "Протидія торгівлі людьми: навчання слідчих щодо ідентифікації постраждалих від торгівлі людьми"
    t2 = "Постачання пожежних автомобілів для пожежно-рятувальних частин ДСНС"
    t3 = "Засоби індивідуального захисту від коронавірусу для військовослужбовців Національної гвардії"
    t4 = "Обладнання пунктів пропуску для скорочення черг під час перетину державного кордону"
    t5 = "Облаштування кімнат для допитів та камер для затриманих в ізоляторах тимчасового тримання"
    t6 = "Обладнання територіальних органів ДМС для оформлення паспортних документів"
    rows = [
        ("1", t1, "НПУ/ДПСУ", "МОМ", "01.02.2021", "31.01.2022", 36_000_000, "в стадії реалізації"),
        ("2", t2, "ДСНС", "JICA", "01.07.2020", "31.06.2021", 250_000_000, "в процесі"),
        ("3", t3, "НГУ", "ПРООН", "15.03.2021", "14.09.2021", 18_000_000, "завершено"),
        ("4", t4, "ДПСУ", "JICA", "01.10.2021", "30.09.2022", 120_000_000, "заплановано"),
        ("5", t5, "НПУ", "ПРООН", "01.01.2022", "31.12.2022", 40_000_000, "у розробці"),
        ("6", t6, "ДМС", "МОМ", "01.09.2020", "31.08.2021", 60_000_000, "в процесі"),
    ]
    r = write_rows(ws, 6, rows)
    for rr in range(6, r):
        for col in (5, 6):
            ws.cell(row=rr, column=col).number_format = "@"
    ws.cell(row=r, column=2, value="Всього").font = BOLD
    c = ws.cell(row=r, column=7, value=524_000_000)
    c.font = BOLD
    c.number_format = "#,##0"
    ws.cell(
        row=r + 2,
        column=1,
        value="Примітка: дати завершення зазначено як останній день відповідного місяця; суми – у єнах.",
    )
    for col, w in zip("ABCDEFGH", (5, 70, 12, 10, 12, 12, 14, 20)):
        ws.column_dimensions[col].width = w
    wb.save(raw / "Японія_проєкти_МТД_МВС_01.07.2021.xlsx")

    exp(t1, "Japan", "TRAFFICKING", "funded", "JPY", round(36_000_000 * 334 / 365, 2))  # 01.02.21-31.01.22
    exp(t2, "Japan", "OTHER", "funded", "JPY", round(250_000_000 * 181 / 365, 2))  # 01.07.20-"31.06"=30.06.21
    exp(t3, "Japan", "COVID19", "funded", "JPY", round(18_000_000 * 184 / 184, 2))  # all in 2021
    exp(
        t4, "Japan", "BORDER_CROSSING", "pipeline", "JPY", round(120_000_000 * 92 / 365, 2)
    )  # 01.10.21-30.09.22
    exp(t5, "Japan", "CUSTODY", "pipeline", "JPY", 0)  # 2022
    exp(t6, "Japan", "OTHER", "funded", "JPY", round(60_000_000 * 243 / 365, 2))  # 01.09.20-31.08.21


# ---------------------------------------------------------------------------------------------------------------
# 3. EU Delegation, English: "€" and "EUR", a trailing EUR in one cell, a row pasted twice, "Disbursed, %"
# ---------------------------------------------------------------------------------------------------------------
def file3(raw: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "MIA actions"
    ws["A1"] = "Delegation of the European Union to Ukraine – actions with MIA beneficiaries"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Return to the SWG Secretariat, September 2021"
    header = ["Ref.", "Action", "Beneficiary", "Start", "End", "Amount", "Currency", "Disbursed, %", "Status"]
    for c, h in enumerate(header, 1):
        ws.cell(row=4, column=c, value=h).font = BOLD
    t1 = "Surveillance of the green border with Moldova: border patrol equipment for the SBGS"
    t2 = "Countering trafficking in human beings: victim identification and referral"
    t3 = "Strengthening criminal analysis capacity of the National Police"
    t4 = "Asylum and refugee status determination: support to the State Migration Service"
    t5 = "Rehabilitation of the Krakovets border crossing point to speed up passenger flow"
    t6 = "COVID-19 emergency support: oxygen concentrators and ventilators for MIA hospitals"
    row4 = ("ENI/2019/401-220", t4, "SMS", D(2019, 9, 1), D(2021, 8, 31), 2_000_000, "EUR", 1.0, "Completed")
    rows = [
        ("ENI/2019/405-117", t1, "SBGS", D(2020, 1, 1), D(2022, 12, 31), 4_500_000, "€", 0.55, "Ongoing"),
        (
            "ENI/2021/421-003",
            t2,
            "NPU, SMS",
            D(2021, 6, 1),
            D(2023, 5, 31),
            "1 100 000 EUR",
            "€",
            0.1,
            "on-going",
        ),
        ("ENI/2021/419-090", t3, "NPU", D(2021, 4, 1), D(2024, 3, 31), 3_000_000, "EUR", 0.2, "Ongoing"),
        row4,
        (
            "ENI/2022/PIPE-07",
            t5,
            "SBGS",
            D(2022, 1, 1),
            D(2023, 12, 31),
            5_000_000,
            "€",
            0.0,
            "In formulation",
        ),
        ("ENI/2020/410-015", t6, "MIA", D(2020, 5, 1), D(2021, 4, 30), 1_500_000, "EUR", 1.0, "Completed"),
        row4,  # pasted twice
    ]
    r = write_rows(ws, 5, rows, date_fmt="DD/MM/YYYY")
    for rr in range(5, r):
        ws.cell(row=rr, column=8).number_format = "0%"
    ws.cell(row=r, column=2, value="Total").font = BOLD
    c = ws.cell(row=r, column=6, value=17_100_000)
    c.font = BOLD
    c.number_format = "#,##0"
    for col, w in zip("ABCDEFGHI", (18, 72, 10, 12, 12, 16, 9, 12, 16)):
        ws.column_dimensions[col].width = w
    wb.save(raw / "EU_Delegation_MIA_actions_return_Sept2021.xlsx")

    exp(t1, "EU", "BORDER_SECURITY", "funded", "EUR", round(4_500_000 * 365 / 1096, 2))  # 2020-2022
    exp(t2, "EU", "TRAFFICKING", "funded", "EUR", round(1_100_000 * 214 / 730, 2))  # 01.06.21-31.05.23
    exp(t3, "EU", "OTHER", "funded", "EUR", round(3_000_000 * 275 / 1096, 2))  # 01.04.21-31.03.24
    exp(
        t4, "EU", "ILLEGAL_MIGRATION", "funded", "EUR", round(2_000_000 * 243 / 731, 2)
    )  # 01.09.19-31.08.21, once
    exp(t5, "EU", "BORDER_CROSSING", "pipeline", "EUR", 0)  # 2022-2023
    exp(t6, "EU", "COVID19", "funded", "EUR", round(1_500_000 * 120 / 365, 2))  # 01.05.20-30.04.21


# ---------------------------------------------------------------------------------------------------------------
# 4. Canada, English: a Ukrainian label, an empty row, numbered empty template rows, a wrong total
# ---------------------------------------------------------------------------------------------------------------
def file4(raw: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws["A1"] = (
        "Global Affairs Canada – Peace and Stabilization Operations Program: projects with the MIA system, 2021"
    )
    ws["A1"].font = Font(bold=True, size=12)
    header = ["#", "Project", "Бенефіціар", "Implementer", "Start date", "End date", "Budget (CAD)", "Status"]
    for c, h in enumerate(header, 1):
        ws.cell(row=3, column=c, value=h).font = BOLD
    t1 = "Community police officers in eastern hromadas: training and equipment"
    t2 = "Police response to gender-based violence and support to survivors in Luhansk oblast"
    t3 = "Public order policing during mass events: training for the National Police"
    t4 = "Countering drug trafficking on darknet markets: equipment for the Cyber Police"
    t5 = "Demining equipment for pyrotechnic units of the State Emergency Service"
    rows = [
        (1, t1, "NPU", "OSCE", D(2020, 4, 1), D(2022, 3, 31), 2_000_000, "In progress"),
        (2, t2, "NPU", "UNFPA", D(2021, 1, 1), D(2022, 12, 31), 1_460_000, "in progress"),
        (3, t3, "NPU", "Canadian Police Arrangement", D(2021, 7, 1), D(2022, 6, 30), 500_000, "In progress"),
        (None,) * 8,  # empty row
        (4, t4, "NPU", "UNODC", D(2021, 11, 1), D(2023, 10, 31), 900_000, "Planned"),
        (5, t5, "SESU", "UNDP", D(2020, 1, 1), D(2020, 12, 31), 750_000, "Completed"),
        (6,) + (None,) * 7,  # template rows numbered in advance, left empty
        (7,) + (None,) * 7,
        (8,) + (None,) * 7,
    ]
    r = write_rows(ws, 4, rows, date_fmt="YYYY-MM-DD")
    ws.cell(row=r, column=2, value="TOTAL").font = BOLD
    c = ws.cell(row=r, column=7, value=5_160_000)  # wrong: the rows add up to 5 610 000
    c.font = BOLD
    c.number_format = "#,##0"
    for col, w in zip("ABCDEFGH", (5, 72, 12, 26, 12, 12, 14, 14)):
        ws.column_dimensions[col].width = w
    wb.save(raw / "GAC_Canada_MIA_projects_2021.xlsx")

    exp(
        t1, "Canada", "COMMUNITY_POLICING", "funded", "CAD", round(2_000_000 * 365 / 730, 2)
    )  # 01.04.20-31.03.22
    exp(t2, "Canada", "DOMESTIC_VIOLENCE", "funded", "CAD", round(1_460_000 * 365 / 730, 2))  # 2021-2022
    exp(t3, "Canada", "OTHER", "funded", "CAD", round(500_000 * 184 / 365, 2))  # 01.07.21-30.06.22
    exp(t4, "Canada", "DRUGS", "pipeline", "CAD", round(900_000 * 61 / 730, 2))  # 01.11.21-31.10.23
    exp(t5, "Canada", "OTHER", "funded", "CAD", 0)  # 2020


# ---------------------------------------------------------------------------------------------------------------
# 5. Border guard register, Russian: header typo, a wrapped title, a Cyrillic О for a zero, a date with commas
# ---------------------------------------------------------------------------------------------------------------
def file5(raw: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Реестр"
    ws["A1"] = "Государственная пограничная служба Украины"
    ws["A2"] = "Реестр проектов международной технической помощи по состоянию на 01.08.2021"
    header = ["№ п/п", "Наименовние проекта", "Донор", "Сумма", "Валюта", "Начало", "Окончание", "Состояние"]
    for c, h in enumerate(header, 1):
        ws.cell(row=4, column=c, value=h).font = BOLD
    t1 = "Поставка беспилотных летательных аппаратов для охраны государственной границы"
    t2 = "Противодействие нелегальной миграции: выявление нелегальных мигрантов и реадмиссия"
    t3a = "Модернизация пунктов пропуска на границе с Польшей для сокращения очередей"
    t3b = "и внедрения электронной очереди"
    t3 = t3a + " " + t3b
    t4 = "Патрульные катера для охраны морского участка границы в Азовском море"
    t5 = "Средства индивидуальной защиты от COVID-19 для пограничников"
    t6 = "Паспортный контроль в пунктах пропуска: обучение выявлению поддельных документов"
    rows = [
        ("1", t1, "Польша", 1_500_000, "PLN", "01,04,2021", "31.03.2022", "в процессе"),
        ("2", t2, "Литва", "3О0 000", "EUR", "01.01.2021", "31.12.2021", "реализуется"),
        ("3", t3a, "ЕС", 2_000_000, "EUR", "01.07.2020", "30.06.2022", "реализуется"),
        (None, t3b, None, None, None, None, None, None),
        ("4", t4, "США", 5_000_000, "USD", "01.10.2021", "30.09.2024", "реализуется"),
        ("5", t5, "Литва", 80_000, "EUR", "01.03.2021", "31.05.2021", "завершен"),
        ("6", t6, "Канада", 400_000, "CAD", "01.09.2022", "31.08.2023", "планируется"),
    ]
    r = write_rows(ws, 5, rows)
    for rr in range(5, r):
        for col in (6, 7):
            ws.cell(row=rr, column=col).number_format = "@"
    for col, w in zip("ABCDEFGH", (6, 72, 10, 14, 8, 12, 12, 14)):
        ws.column_dimensions[col].width = w
    wb.save(raw / "ГПСУ_реестр_проектов_МТП_01.08.2021.xlsx")

    exp(
        t1, "Poland", "BORDER_SECURITY", "funded", "PLN", round(1_500_000 * 275 / 365, 2)
    )  # 01.04.21-31.03.22
    exp(
        t2, "Lithuania", "ILLEGAL_MIGRATION", "funded", "EUR", round(300_000 * 365 / 365, 2)
    )  # "3О0 000", 2021
    exp(t3, "EU", "BORDER_CROSSING", "funded", "EUR", round(2_000_000 * 365 / 730, 2))  # 01.07.20-30.06.22
    exp(t4, "USA", "BORDER_SECURITY", "funded", "USD", round(5_000_000 * 92 / 1096, 2))  # 01.10.21-30.09.24
    exp(t5, "Lithuania", "COVID19", "funded", "EUR", round(80_000 * 92 / 92, 2))  # all in 2021
    exp(t6, "Canada", "BORDER_CROSSING", "pipeline", "CAD", 0)  # 2022-2023


# ---------------------------------------------------------------------------------------------------------------
# 6. INL, English: merged period header, end before start corrected in the remark, "Canceled"
# ---------------------------------------------------------------------------------------------------------------
def file6(raw: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "INL activities"
    ws["A1"] = (
        "U.S. Department of State – Bureau of International Narcotics and Law Enforcement Affairs (INL): "
        "MIA activities, update Q2 2021"
    )
    ws["A1"].font = Font(bold=True, size=12)
    top = [
        "No.",
        "Activity",
        "Beneficiary",
        "Period of performance",
        None,
        "Funding (USD)",
        "Disbursed, %",
        "Status",
        "Remarks",
    ]
    sub = [None, None, None, "Start", "End", None, None, None, None]
    for c, (a, b) in enumerate(zip(top, sub), 1):
        if a is not None:
            ws.cell(row=3, column=c, value=a).font = BOLD
        if b is not None:
            ws.cell(row=4, column=c, value=b).font = BOLD
    ws.merge_cells("D3:E3")
    for col in "ABCFGHI":
        ws.merge_cells(f"{col}3:{col}4")
    t1 = "Counter-narcotics investigations: training for the National Police drug enforcement units"
    t2 = "Patrol police field training officer programme"
    t3 = "Mobile surveillance systems for the border patrols of the SBGS"
    t4 = "Specialized units for investigating trafficking in persons"
    t5 = "Video recording in police custody suites to prevent ill-treatment of detainees"
    t6 = "Combating migrant smuggling networks: support to the State Migration Service"
    rows = [
        (1, t1, "NPU", D(2020, 10, 1), D(2022, 9, 30), 1_200_000, 0.45, "on-going", ""),
        (2, t2, "NPU", D(2021, 1, 1), D(2021, 12, 31), 650_000, 0.3, "Ongoing", ""),
        (
            3,
            t3,
            "SBGS",
            D(2021, 6, 1),
            D(2021, 5, 31),
            2_000_000,
            0.0,
            "Ongoing",
            "End date typed wrong in the tracker: the activity ends 05/31/2022 (12 months).",
        ),
        (4, t4, "NPU", D(2021, 4, 1), D(2022, 3, 31), 700_000, 0.0, "Canceled", "funds reprogrammed"),
        (5, t5, "NPU", D(2021, 3, 15), D(2022, 3, 14), 480_000, 0.25, "on-going", ""),
        (6, t6, "SMS", D(2021, 12, 1), D(2022, 11, 30), 350_000, 0.0, "Agreement not signed yet", ""),
    ]
    r = write_rows(ws, 5, rows, date_fmt="MM/DD/YYYY")
    for rr in range(5, r):
        ws.cell(row=rr, column=7).number_format = "0%"
    for col, w in zip("ABCDEFGHI", (5, 70, 10, 12, 12, 14, 12, 24, 50)):
        ws.column_dimensions[col].width = w
    wb.save(raw / "INL_MIA_activities_update_Q2-2021.xlsx")

    exp(t1, "INL", "DRUGS", "funded", "USD", round(1_200_000 * 365 / 730, 2))  # 01.10.20-30.09.22
    exp(t2, "INL", "OTHER", "funded", "USD", round(650_000 * 365 / 365, 2))  # calendar 2021
    exp(
        t3, "INL", "BORDER_SECURITY", "funded", "USD", round(2_000_000 * 214 / 365, 2)
    )  # 01.06.21-31.05.22 (remark)
    exp(t4, "INL", "TRAFFICKING", "cancelled", "USD", 0)
    exp(t5, "INL", "CUSTODY", "funded", "USD", round(480_000 * 292 / 365, 2))  # 15.03.21-14.03.22
    exp(t6, "INL", "ILLEGAL_MIGRATION", "pipeline", "USD", round(350_000 * 31 / 365, 2))  # 01.12.21-30.11.22


# ---------------------------------------------------------------------------------------------------------------
# 7. Switzerland, Ukrainian CSV: a Russian label, mixed decimal marks, a month-first date, a row number twice
# ---------------------------------------------------------------------------------------------------------------
def file7(raw: Path) -> None:
    t1 = "Поліцейські офіцери громади в Одеській області: взаємодія поліції з населенням"
    t2 = "Протидія домашньому насильству: підготовка мобільних груп реагування поліції"
    t3 = "Гуманітарне розмінування: обладнання для піротехнічних підрозділів ДСНС"
    t4 = "Запобігання поширенню COVID-19: засоби захисту та вакцинація працівників ДМС"
    t5 = "Охорона державного кордону в Закарпатті: тепловізійне обладнання для прикордонних застав"
    lines = [
        ["Посольство Швейцарії в Україні / Швейцарське бюро співробітництва (SDC)"],
        ["Проєкти МТД у секторі МВС, станом на 01.11.2021"],
        [],
        [
            "№",
            "Назва проєкту",
            "Бенефициар",
            "Дата початку",
            "Дата завершення",
            "Сума, CHF",
            "Освоєно, %",
            "Статус",
        ],
        ["1", t1, "НПУ", "01.02.2021", "31.01.2024", "2 400 000,00", "20%", "в стадії реалізації"],
        ["2", t2, "НПУ", "03.15.2021", "14.03.2023", "800000.00", "35%", "в процесі"],
        ["2", t3, "ДСНС", "01.06.2021", "31.12.2021", "450 000,00", "80%", "в процесі"],
        ["3", t4, "ДМС", "01.01.2021", "30.06.2021", "120 000,00", "100%", "завершено"],
        ["4", t5, "ДПСУ", "01.01.2022", "31.12.2024", "3 000 000,00", "0%", "на етапі погодження"],
        ["", "Разом", "", "", "", "6 770 000,00", "", ""],
    ]
    with open(raw / "Швейцарія_проєкти_МВС_01.11.2021.csv", "w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f, delimiter=";").writerows(lines)

    exp(
        t1, "Switzerland", "COMMUNITY_POLICING", "funded", "CHF", round(2_400_000 * 334 / 1095, 2)
    )  # 01.02.21-31.01.24
    exp(
        t2, "Switzerland", "DOMESTIC_VIOLENCE", "funded", "CHF", round(800_000 * 292 / 730, 2)
    )  # 15.03.21-14.03.23
    exp(t3, "Switzerland", "OTHER", "funded", "CHF", round(450_000 * 214 / 214, 2))  # all in 2021
    exp(t4, "Switzerland", "COVID19", "funded", "CHF", round(120_000 * 181 / 181, 2))  # all in 2021
    exp(t5, "Switzerland", "BORDER_SECURITY", "pipeline", "CHF", 0)  # 2022-2024


# ---------------------------------------------------------------------------------------------------------------
# 8. UK CSSF, English: a project appended under the Total row, "£ 250,000", "NPU/SBGS"
# ---------------------------------------------------------------------------------------------------------------
def file8(raw: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "CSSF"
    ws["A1"] = (
        "British Embassy Kyiv – Conflict, Stability and Security Fund (CSSF): projects with the MIA system"
    )
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Updated June 2021"
    header = ["Project", "Beneficiary", "Start", "End", "Budget (£)", "Spend to date, %", "Status", "Notes"]
    for c, h in enumerate(header, 1):
        ws.cell(row=4, column=c, value=h).font = BOLD
    t1 = "Countering synthetic drug production and drug trafficking networks"
    t2 = "Maritime surveillance and coast guard patrols of the SBGS in the Sea of Azov"
    t3 = "Joint NPU/SBGS training on identifying victims of human trafficking"
    t4 = "HR management and recruitment reform in the National Police"
    t5 = "Independent monitoring of police custody to prevent torture and ill-treatment"
    t6 = "Digital forensics laboratory for the Cyber Police"
    rows = [
        (t1, "NPU", D(2021, 4, 1), D(2023, 3, 31), 900_000, 0.15, "on-going", ""),
        (t2, "SBGS", D(2020, 7, 1), D(2022, 3, 31), 1_278_000, 0.6, "In delivery", "boats delivered"),
        (t3, "NPU/SBGS", D(2021, 10, 1), D(2022, 9, 30), "£ 250,000", 0.0, "on-going", "inception phase"),
        (t4, "NPU", D(2020, 4, 1), D(2021, 3, 31), 400_000, 1.0, "Closed", "final report received"),
        (t6, "NPU", D(2022, 1, 1), D(2022, 12, 31), 600_000, 0.0, "Pipeline – awaiting approval", ""),
    ]
    r = write_rows(ws, 5, rows, date_fmt="DD/MM/YYYY")
    ws.cell(row=r, column=1, value="Total").font = BOLD
    c = ws.cell(row=r, column=5, value=3_428_000)
    c.font = BOLD
    c.number_format = "#,##0"
    r2 = write_rows(
        ws,
        r + 1,
        [(t5, "NPU", D(2021, 6, 1), D(2022, 5, 31), 180_000, 0.05, "In delivery", "added 14/06/2021")],
        date_fmt="DD/MM/YYYY",
    )
    for rr in range(5, r2):
        ws.cell(row=rr, column=6).number_format = "0%"
    for col, w in zip("ABCDEFGH", (72, 12, 12, 12, 14, 14, 28, 24)):
        ws.column_dimensions[col].width = w
    wb.save(raw / "UK_CSSF_MIA_projects_June2021.xlsx")

    exp(t1, "UK", "DRUGS", "funded", "GBP", round(900_000 * 275 / 730, 2))  # 01.04.21-31.03.23
    exp(t2, "UK", "BORDER_SECURITY", "funded", "GBP", round(1_278_000 * 365 / 639, 2))  # 01.07.20-31.03.22
    exp(t3, "UK", "TRAFFICKING", "funded", "GBP", round(250_000 * 92 / 365, 2))  # 01.10.21-30.09.22
    exp(t4, "UK", "OTHER", "funded", "GBP", round(400_000 * 90 / 365, 2))  # 01.04.20-31.03.21
    exp(t6, "UK", "OTHER", "pipeline", "GBP", 0)  # 2022
    exp(
        t5, "UK", "CUSTODY", "funded", "GBP", round(180_000 * 214 / 365, 2)
    )  # 01.06.21-31.05.22, under the total


def main() -> None:
    out = Path(sys.argv[1])
    raw = out / "raw"
    raw.mkdir(parents=True, exist_ok=True)
    for fn in (file1, file2, file3, file4, file5, file6, file7, file8):
        fn(raw)
    titles = [e["title"] for e in EXPECTED]
    assert len(titles) == len(set(titles)), "duplicate titles"
    with open(out / "expected.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(
            f, fieldnames=["title", "partner", "priority", "status", "currency", "amount_2021"]
        )
        w.writeheader()
        w.writerows(EXPECTED)
    print(f"{len(EXPECTED)} expected lines, {len(list(raw.iterdir()))} files -> {out}")


if __name__ == "__main__":
    main()
