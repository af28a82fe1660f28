# ruff: noqa: B007 - a data script written blind: its loops unpack whole rows and use a few fields
"""Blind partner files, set E: written without reading the reader's code. Expected values by hand.

Usage: python set_e.py OUT_DIR  -> OUT_DIR/raw/<partner files>, OUT_DIR/expected.csv
Convention: a given 2021 figure is taken as is; otherwise total x days in 2021 / days of the project (both ends
included); a month runs first to last day, a quarter first to last day; outside 2021 -> 0; cancelled -> 0.
"""

import csv
import datetime as dt
import shutil
import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

OUT = Path(sys.argv[1]) / "raw"
shutil.rmtree(OUT, ignore_errors=True)
OUT.mkdir(parents=True)
EXP = []  # title, partner, priority, status(funded|pipeline|cancelled), currency, amount_2021 in currency


def exp(title, partner, priority, status, cur, a2021):
    EXP.append(
        dict(title=title, partner=partner, priority=priority, status=status, currency=cur, amount_2021=a2021)
    )


D = dt.datetime

# ------------------------------------------------------------------------------------------------------------------
# 1 UK FCDO: header in row 12 after a long instruction block (rows 1-11), several agencies in one beneficiary cell
wb = Workbook()
ws = wb.active
ws.title = "FCDO return"
instr = [
    "British Embassy Kyiv – Foreign, Commonwealth & Development Office (FCDO)",
    "Return to the MIA Sectoral Working Group 'Law Enforcement Activities' – project list, March 2021",
    "INSTRUCTIONS FOR COMPLETION (please read before filling in the table below):",
    "1. Enter one project per line. Do not merge cells. Do not insert columns.",
    "2. 'Beneficiary' – the MIA agency or agencies that benefit (NPU, SBGS, SMS, NGU, SESU); separate several with commas.",
    "3. 'Start date' and 'End date' – the dates of the contract with the implementer (dd/mm/yyyy).",
    "4. 'Total budget' – the whole budget of the project over its lifetime, in pounds sterling (GBP), not only 2021.",
    "5. 'Status' – Active, Completed, Pipeline (not yet approved) or Cancelled.",
    "6. Projects completed in 2019-2020 may be listed for reference; they will not be counted for 2021.",
    "7. Please return the completed table to the Secretariat by 15 March 2021. Contact: swg.secretariat@example.org",
    "Figures are indicative and subject to change; this return is not a commitment of funds.",
]
for i, t in enumerate(instr, start=1):
    ws.cell(row=i, column=1, value=t)
ws["A1"].font = Font(bold=True, size=14)
hdr = [
    "Project title",
    "Beneficiary",
    "Implementer",
    "Start date",
    "End date",
    "Total budget (GBP)",
    "Status",
]
for j, h in enumerate(hdr, start=1):
    ws.cell(row=12, column=j, value=h).font = Font(bold=True)
uk = [
    (
        "Strengthening maritime border surveillance on the Black Sea and Sea of Azov coast",
        "SBGS",
        "Crown Agents",
        D(2021, 1, 1),
        D(2021, 12, 31),
        900_000,
        "Active",
    ),
    (
        "Community safety and public trust in the police in eastern hromadas",
        "NPU",
        "Saferworld",
        D(2020, 7, 1),
        D(2022, 6, 30),
        1_461_000,
        "Active",
    ),
    (
        "Joint investigations of human trafficking and labour exploitation cases",
        "NPU, SBGS",
        "La Strada Ukraine",
        D(2021, 4, 1),
        D(2022, 3, 31),
        730_000,
        "Active",
    ),
    (
        "Anti-corruption training for MIA procurement officers",
        "MIA",
        "Transparency International",
        D(2019, 1, 1),
        D(2020, 12, 31),
        400_000,
        "Completed",
    ),
    (
        "Safe return and reintegration of irregular migrants from Ukraine",
        "SMS, SBGS",
        "tbc",
        D(2021, 10, 1),
        D(2022, 9, 30),
        365_000,
        "Pipeline (not yet approved)",
    ),
]
for i, r in enumerate(uk, start=13):
    for j, v in enumerate(r, start=1):
        c = ws.cell(row=i, column=j, value=v)
        if isinstance(v, D):
            c.number_format = "DD/MM/YYYY"
ws.column_dimensions["A"].width = 70
wb.save(OUT / "UK_FCDO_return_March2021.xlsx")
exp(uk[0][0], "UK", "BORDER_SECURITY", "funded", "GBP", 900_000)  # all of 2021
# 2020-07-01..2022-06-30 = 184+365+181 = 730 days; 1,461,000 x 365/730 = 730,500
exp(uk[1][0], "UK", "COMMUNITY_POLICING", "funded", "GBP", 730_500)
# 2021-04-01..2022-03-31 = 365 days, 275 in 2021 (Apr 30+May 31+Jun 30+Jul 31+Aug 31+Sep 30+Oct 31+Nov 30+Dec 31)
# 730,000 x 275/365 = 550,000
exp(uk[2][0], "UK", "TRAFFICKING", "funded", "GBP", 550_000)
exp(uk[3][0], "UK", "OTHER", "funded", "GBP", 0)  # completed 2020
# 2021-10-01..2022-09-30 = 365 days, 92 in 2021 (Oct 31 + Nov 30 + Dec 31); 365,000 x 92/365 = 92,000; pipeline
exp(uk[4][0], "UK", "ILLEGAL_MIGRATION", "pipeline", "GBP", 92_000)

# ------------------------------------------------------------------------------------------------------------------
# 2 GIZ: Russian headers with abbreviations, amounts in thousands of UAH, dates as text dd.mm.yyyy
wb = Workbook()
ws = wb.active
ws.title = "Лист1"
ws["A1"] = "Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ) GmbH"
ws["A2"] = "Перечень проектов МТД для МВД Украины по состоянию на 01.03.2021"
ws.append([])
ws.append(
    ["№ п/п", "Наим. проекта", "Бенеф.", "Бюджет, тыс. грн", "Дата нач.", "Дата оконч.", "Статус", "Примеч."]
)
giz = [
    (
        "1",
        "Оснащение пунктов пропуска через госграницу системами электронной очереди",
        "ГПСУ",
        "3 650,0",
        "01.03.2021",
        "28.02.2022",
        "реализуется",
        "",
    ),
    (
        "2",
        "Повышение квалификации сотрудников ИВС по соблюдению прав задержанных",
        "НПУ",
        "1 200,0",
        "01.01.2021",
        "30.06.2021",
        "реализуется",
        "",
    ),
    (
        "3",
        "Закупка средств индивидуальной защиты и дезинфекции для ГСЧС",
        "ГСЧС",
        "980,5",
        "15.04.2020",
        "31.12.2020",
        "завершен",
        "поставка выполнена",
    ),
    (
        "4",
        "Создание кризисных центров для пострадавших от домашнего насилия",
        "НПУ",
        "5 400,0",
        "01.07.2021",
        "31.12.2023",
        "отменен",
        "решение донора от 12.02.2021",
    ),
]
for r in giz:
    ws.append(list(r))
ws.column_dimensions["B"].width = 70
wb.save(OUT / "GIZ_perechen_proektov.xlsx")
# 3 650 тыс. грн = 3,650,000; 01.03.2021..28.02.2022 = 365 days, 306 in 2021 (Mar..Dec = 31+30+31+30+31+31+30+31+30+31)
# 3,650,000 x 306/365 = 3,060,000
exp(giz[0][1], "GIZ", "BORDER_CROSSING", "funded", "UAH", 3_060_000)
exp(giz[1][1], "GIZ", "CUSTODY", "funded", "UAH", 1_200_000)  # within 2021
exp(giz[2][1], "GIZ", "COVID19", "funded", "UAH", 0)  # ended 2020
exp(giz[3][1], "GIZ", "DOMESTIC_VIOLENCE", "cancelled", "UAH", 0)

# ------------------------------------------------------------------------------------------------------------------
# 3 Canada: CSV, UTF-8 with BOM, the header row repeated at the bottom (pasted twice), ISO dates
can_hdr = [
    "Project Title",
    "Implementing Partner",
    "Beneficiary",
    "Start Date",
    "End Date",
    "Total Budget (CAD)",
    "Status",
]
can = [
    (
        "Gender-responsive policing: mobile response groups for victims of domestic violence",
        "UN Women",
        "NPU",
        "2021-01-01",
        "2023-12-31",
        "3285000",
        "Active",
    ),
    (
        "Human rights of detainees in temporary detention facilities: training of custody officers",
        "Council of Europe",
        "NPU",
        "2021-06-01",
        "2021-11-30",
        "480000",
        "Active",
    ),
    (
        "Canine units for drug detection at the National Police",
        "Canadian Police Arrangement",
        "NPU",
        "2020-01-01",
        "2021-12-31",
        "1462000",
        "Active",
    ),
    (
        "Support to the National Guard in public order management during mass events",
        "CANADEM",
        "NGU",
        "2021-01-01",
        "2021-12-31",
        "250000",
        "Active",
    ),
]
with open(OUT / "Canada_GAC_projects.csv", "w", newline="", encoding="utf-8-sig") as f:
    w = csv.writer(f)
    w.writerow(can_hdr)
    for r in can:
        w.writerow(r)
    w.writerow([])
    w.writerow(can_hdr)
# 2021-01-01..2023-12-31 = 365+365+365 = 1095 days; 3,285,000 x 365/1095 = 1,095,000
exp(can[0][0], "Canada", "DOMESTIC_VIOLENCE", "funded", "CAD", 1_095_000)
exp(can[1][0], "Canada", "CUSTODY", "funded", "CAD", 480_000)
# 2020-01-01..2021-12-31 = 366+365 = 731 days; 1,462,000 x 365/731 = 730,000
exp(can[2][0], "Canada", "DRUGS", "funded", "CAD", 730_000)
exp(can[3][0], "Canada", "OTHER", "funded", "CAD", 250_000)

# ------------------------------------------------------------------------------------------------------------------
# 4 Denmark: one "project card" per sheet (fields down column A, values in B); start month + duration in months;
#   one card gives its 2021 budget
wb = Workbook()
cards = [
    (
        "Проєкт 1",
        [
            ("Назва проєкту", "Посилення охорони морської ділянки державного кордону"),
            ("Донор", "Міністерство закордонних справ Данії (DANIDA)"),
            ("Бенефіціар", "ДПСУ"),
            ("Виконавець", "Danish Refugee Council"),
            ("Загальний бюджет", 7_300_000),
            ("Валюта", "DKK"),
            ("Дата початку", D(2021, 1, 1)),
            ("Дата завершення", D(2022, 12, 31)),
            ("Статус", "реалізується"),
        ],
    ),
    (
        "Проєкт 2",
        [
            ("Назва проєкту", "Підтримка Державної міграційної служби у процедурі визнання біженцем"),
            ("Донор", "Міністерство закордонних справ Данії (DANIDA)"),
            ("Бенефіціар", "ДМС"),
            ("Виконавець", "UNHCR"),
            ("Загальний бюджет", 2_190_000),
            ("Валюта", "DKK"),
            ("Початок", "березень 2021"),
            ("Тривалість", "12 місяців"),
            ("Статус", "реалізується"),
        ],
    ),
    (
        "Проєкт 3",
        [
            ("Назва проєкту", "Безпечні громади: шкільні офіцери поліції"),
            ("Донор", "Міністерство закордонних справ Данії (DANIDA)"),
            ("Бенефіціар", "НПУ"),
            ("Виконавець", "Danish Institute for Human Rights"),
            ("Загальний бюджет", 1_000_000),
            ("у т.ч. на 2021 рік", 400_000),
            ("Валюта", "DKK"),
            ("Дата початку", D(2021, 1, 1)),
            ("Дата завершення", D(2023, 12, 31)),
            ("Статус", "реалізується"),
        ],
    ),
]
first = True
for name, fields in cards:
    ws = wb.active if first else wb.create_sheet()
    first = False
    ws.title = name
    ws["A1"] = "КАРТКА ПРОЄКТУ МІЖНАРОДНОЇ ТЕХНІЧНОЇ ДОПОМОГИ"
    ws["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate(fields, start=3):
        ws.cell(row=i, column=1, value=k).font = Font(bold=True)
        c = ws.cell(row=i, column=2, value=v)
        if isinstance(v, D):
            c.number_format = "DD.MM.YYYY"
    ws.column_dimensions["A"].width = 25
    ws.column_dimensions["B"].width = 70
wb.save(OUT / "DANIDA_kartky_proektiv.xlsx")
# 2021-01-01..2022-12-31 = 730 days; 7,300,000 x 365/730 = 3,650,000
exp(cards[0][1][0][1], "Denmark", "BORDER_SECURITY", "funded", "DKK", 3_650_000)
# March 2021 + 12 months = 2021-03-01..2022-02-28 = 365 days, 306 in 2021; 2,190,000 x 306/365 = 1,836,000
exp(cards[1][1][0][1], "Denmark", "ILLEGAL_MIGRATION", "funded", "DKK", 1_836_000)
exp(cards[2][1][0][1], "Denmark", "COMMUNITY_POLICING", "funded", "DKK", 400_000)  # 2021 figure given

# ------------------------------------------------------------------------------------------------------------------
# 5 EUAM: two tables side by side on one sheet: left ongoing (A-F), right planned (H-M), different row counts
wb = Workbook()
ws = wb.active
ws.title = "Projects 2021"
ws["A1"] = "EU Advisory Mission Ukraine (EUAM) – Project Cell: projects with the MIA system"
ws["A1"].font = Font(bold=True, size=13)
ws["A3"] = "ONGOING PROJECTS"
ws["H3"] = "PLANNED PROJECTS (pipeline, subject to approval by the Head of Mission)"
ws.merge_cells("A3:F3")
ws.merge_cells("H3:M3")
sub = ["No.", "Project title", "Beneficiary", "Start", "End", "Budget (EUR)"]
for j, h in enumerate(sub):
    ws.cell(row=4, column=1 + j, value=h).font = Font(bold=True)
    ws.cell(row=4, column=8 + j, value=h).font = Font(bold=True)
left = [
    (
        1,
        "Refurbishment of custody suites in Kharkiv police stations",
        "NPU",
        D(2021, 2, 1),
        D(2021, 7, 31),
        120_000,
    ),
    (
        2,
        "Community policing pilot in Lviv region: police and residents",
        "NPU",
        D(2020, 10, 1),
        D(2021, 9, 30),
        73_000,
    ),
    (
        3,
        "Advice on passenger flow and electronic queue at border crossing points",
        "SBGS",
        D(2021, 1, 1),
        D(2021, 12, 31),
        60_000,
    ),
]
right = [
    (
        1,
        "Cybercrime investigation training for the National Police",
        "NPU",
        D(2021, 9, 1),
        D(2022, 8, 31),
        36_500,
    ),
    (
        2,
        "Detection of drug smuggling in international postal items",
        "NPU",
        D(2021, 7, 1),
        D(2021, 12, 31),
        45_000,
    ),
]
for i, r in enumerate(left):
    for j, v in enumerate(r):
        c = ws.cell(row=5 + i, column=1 + j, value=v)
        if isinstance(v, D):
            c.number_format = "DD.MM.YYYY"
for i, r in enumerate(right):
    for j, v in enumerate(r):
        c = ws.cell(row=5 + i, column=8 + j, value=v)
        if isinstance(v, D):
            c.number_format = "DD.MM.YYYY"
ws.column_dimensions["B"].width = 55
ws.column_dimensions["I"].width = 55
wb.save(OUT / "EUAM_project_cell_2021.xlsx")
exp(left[0][1], "EUAM", "CUSTODY", "funded", "EUR", 120_000)  # within 2021
# 2020-10-01..2021-09-30 = 92+273 = 365 days, 273 in 2021; 73,000 x 273/365 = 54,600
exp(left[1][1], "EUAM", "COMMUNITY_POLICING", "funded", "EUR", 54_600)
exp(left[2][1], "EUAM", "BORDER_CROSSING", "funded", "EUR", 60_000)
# 2021-09-01..2022-08-31 = 365 days, 122 in 2021 (30+31+30+31); 36,500 x 122/365 = 12,200
exp(right[0][1], "EUAM", "OTHER", "pipeline", "EUR", 12_200)
exp(right[1][1], "EUAM", "DRUGS", "pipeline", "EUR", 45_000)

# ------------------------------------------------------------------------------------------------------------------
# 6 UNICEF: partner named only in the file name; periods as "1 кв. 2021 – 4 кв. 2022" (abbreviated quarters)
wb = Workbook()
ws = wb.active
ws.title = "МВС"
ws["A1"] = "Проєкти, що реалізуються в системі МВС України (станом на березень 2021 р.)"
ws.append([])
ws.append(["№", "Назва проєкту", "Бенефіціар", "Період реалізації", "Бюджет, дол. США", "Статус"])
unicef = [
    (
        1,
        "Дружні до дітей пункти пропуску: обслуговування родин з дітьми під час перетину кордону",
        "ДПСУ",
        "1 кв. 2021 – 4 кв. 2022",
        800_000,
        "реалізується",
    ),
    (
        2,
        "Ювенальна превенція: шкільні офіцери поліції в громадах",
        "НПУ",
        "3 кв. 2021 – 2 кв. 2022",
        365_000,
        "реалізується",
    ),
    (
        3,
        "Протидія насильству щодо дітей у сім'ї: мобільні групи реагування",
        "НПУ",
        "2 кв. 2021",
        150_000,
        "реалізується",
    ),
    (
        4,
        "Захист дітей-мігрантів, розлучених із батьками, та дітей без супроводу",
        "ДМС",
        "1 кв. 2022 – 4 кв. 2022",
        500_000,
        "планується",
    ),
]
for r in unicef:
    ws.append(list(r))
ws.column_dimensions["B"].width = 75
ws.column_dimensions["D"].width = 25
wb.save(OUT / "UNICEF_MVS_2021.xlsx")
# Q1 2021..Q4 2022 = 2021-01-01..2022-12-31 = 730 days; 800,000 x 365/730 = 400,000
exp(unicef[0][1], "UNICEF", "BORDER_CROSSING", "funded", "USD", 400_000)
# Q3 2021..Q2 2022 = 2021-07-01..2022-06-30 = 365 days, 184 in 2021; 365,000 x 184/365 = 184,000
exp(unicef[1][1], "UNICEF", "COMMUNITY_POLICING", "funded", "USD", 184_000)
exp(unicef[2][1], "UNICEF", "DOMESTIC_VIOLENCE", "funded", "USD", 150_000)  # Q2 2021 only
exp(unicef[3][1], "UNICEF", "ILLEGAL_MIGRATION", "pipeline", "USD", 0)  # starts 2022

# ------------------------------------------------------------------------------------------------------------------
# 7 UNFPA: first column is the submission date; yearly split as percentages of the total ("2021: 40%; 2022: 60%")
wb = Workbook()
ws = wb.active
ws.title = "UNFPA"
ws["A1"] = "UNFPA Ukraine – інформація для СРГ «Правоохоронна діяльність»"
ws.append([])
ws.append(
    [
        "Дата подання",
        "Назва проєкту",
        "Бенефіціари",
        "Загальний бюджет, USD",
        "Розподіл бюджету за роками",
        "Початок",
        "Завершення",
    ]
)
unfpa = [
    (
        D(2021, 2, 15),
        "Мобільні бригади соціально-психологічної допомоги постраждалим від домашнього насильства",
        "НПУ",
        1_000_000,
        "2021: 40%; 2022: 60%",
        D(2021, 1, 1),
        D(2022, 12, 31),
    ),
    (
        D(2021, 2, 15),
        "Протидія торгівлі жінками та дівчатами",
        "НПУ, ДМС",
        500_000,
        "2021: 30%, 2022: 50%, 2023: 20%",
        D(2021, 3, 1),
        D(2023, 12, 31),
    ),
    (
        D(2021, 2, 15),
        "Корекційні програми для кривдників",
        "НПУ",
        200_000,
        "2021: 100%",
        D(2021, 1, 1),
        D(2021, 12, 31),
    ),
]
for i, r in enumerate(unfpa, start=4):
    for j, v in enumerate(r, start=1):
        c = ws.cell(row=i, column=j, value=v)
        if isinstance(v, D):
            c.number_format = "DD.MM.YYYY"
ws.column_dimensions["B"].width = 75
wb.save(OUT / "unfpa_sgw_2021.xlsx")
exp(unfpa[0][1], "UNFPA", "DOMESTIC_VIOLENCE", "funded", "USD", 400_000)  # 40% x 1,000,000 (given)
exp(unfpa[1][1], "UNFPA", "TRAFFICKING", "funded", "USD", 150_000)  # 30% x 500,000 (given)
exp(unfpa[2][1], "UNFPA", "DOMESTIC_VIOLENCE", "funded", "USD", 200_000)  # 100% x 200,000

# ------------------------------------------------------------------------------------------------------------------
# 8 IOM: one project split over two rows (EUR part and UAH co-financing part), number and title merged down
wb = Workbook()
ws = wb.active
ws.title = "IOM Ukraine"
ws["A1"] = "International Organization for Migration (IOM) – Mission in Ukraine"
ws["A2"] = "Projects in support of the Ministry of Internal Affairs system"
ws.append([])
ws.append(["No.", "Project title", "Counterpart", "Currency", "Amount", "Start", "End", "Status"])
iom = [
    (
        "1",
        "Counter-trafficking hotline and referral mechanism with the National Police",
        "NPU",
        "USD",
        365_000,
        D(2021, 7, 1),
        D(2022, 6, 30),
        "Ongoing",
    ),
    (
        "2",
        "Capacity of the State Migration Service to counter irregular migration: migrant identification and "
        "temporary accommodation centres",
        "SMS",
        "EUR",
        600_000,
        D(2021, 1, 1),
        D(2022, 12, 31),
        "Ongoing",
    ),
    (None, None, None, "UAH", 7_300_000, None, None, None),
    (
        "3",
        "Information exchange at Ukraine–Moldova border crossing points",
        "SBGS",
        "EUR",
        500_000,
        D(2019, 1, 1),
        D(2020, 12, 31),
        "Completed",
    ),
    (
        "4",
        "COVID-19 vaccination and PPE for SBGS staff at border crossing points",
        "SBGS",
        "USD",
        120_000,
        D(2021, 5, 1),
        D(2021, 10, 31),
        "Ongoing",
    ),
]
for i, r in enumerate(iom, start=5):
    for j, v in enumerate(r, start=1):
        c = ws.cell(row=i, column=j, value=v)
        if isinstance(v, D):
            c.number_format = "DD.MM.YYYY"
for col in "ABCFGH":
    ws.merge_cells(f"{col}6:{col}7")  # project 2: EUR row 6, UAH row 7
ws["B6"].alignment = Alignment(wrap_text=True, vertical="top")
ws["A10"] = (
    "Project 2 is one IOM project whose budget is held in two currencies (EUR and UAH accounts); both amounts are its budget."
)
ws.column_dimensions["B"].width = 70
wb.save(OUT / "IOM_projects_MIA_2021.xlsx")
# 2021-07-01..2022-06-30 = 365 days, 184 in 2021; 365,000 x 184/365 = 184,000
exp(iom[0][1], "IOM", "TRAFFICKING", "funded", "USD", 184_000)
# one project, two currencies (two expected lines, same title): 2021-01-01..2022-12-31 = 730 days, 365 in 2021
# EUR 600,000 x 365/730 = 300,000 ; UAH 7,300,000 x 365/730 = 3,650,000
exp(iom[1][1], "IOM", "ILLEGAL_MIGRATION", "funded", "EUR", 300_000)
exp(iom[1][1], "IOM", "ILLEGAL_MIGRATION", "funded", "UAH", 3_650_000)
exp(iom[3][1], "IOM", "BORDER_CROSSING", "funded", "EUR", 0)  # ended 2020
exp(iom[4][1], "IOM", "COVID19", "funded", "USD", 120_000)  # within 2021

# ------------------------------------------------------------------------------------------------------------------
# 9 US INL: each project followed by a description line under its title (other cells empty); "$" amounts as text;
#   US dates (an end date 02/28/2022 proves month first)
wb = Workbook()
ws = wb.active
ws.title = "INL Ukraine"
ws["A1"] = "U.S. Embassy Kyiv – Bureau of International Narcotics and Law Enforcement Affairs (INL)"
ws.append([])
ws.append(["Project", "Beneficiary", "Start Date", "End Date", "Total Funding", "Status"])
inl = [
    (
        "Highway patrol equipment for drug interdiction",
        "NPU",
        "03/01/2021",
        "02/28/2022",
        "$730,000.00",
        "Active",
        "Description: vehicles, scanners and field test kits for the Patrol Police to intercept drug shipments.",
    ),
    (
        "Forensic laboratory support for identifying synthetic drugs",
        "NPU",
        "01/01/2021",
        "12/31/2021",
        "$2,000,000.00",
        "Active",
        "Description: mass spectrometers and training of Expert Service staff in new psychoactive substances.",
    ),
    (
        "Green border surveillance and anti-smuggling training for border guards",
        "SBGS",
        "10/01/2020",
        "09/30/2022",
        "$438,000.00",
        "Active",
        "Description: thermal imagers and training on detection of smuggling between border crossing points.",
    ),
    (
        "Police academy curriculum reform",
        "NPU",
        "07/01/2021",
        "12/31/2021",
        "$500,000.00",
        "Cancelled",
        "Description: reform of the basic training curriculum of the National Police Academy.",
    ),
]
r0 = 4
for p in inl:
    for j, v in enumerate(p[:6], start=1):
        ws.cell(row=r0, column=j, value=v)
    c = ws.cell(row=r0 + 1, column=1, value=p[6])
    c.font = Font(italic=True)
    c.alignment = Alignment(indent=2)
    r0 += 2
ws.column_dimensions["A"].width = 80
wb.save(OUT / "INL_Ukraine_MIA_portfolio.xlsx")
# 2021-03-01..2022-02-28 = 365 days, 306 in 2021; 730,000 x 306/365 = 612,000
exp(inl[0][0], "INL", "DRUGS", "funded", "USD", 612_000)
exp(inl[1][0], "INL", "DRUGS", "funded", "USD", 2_000_000)  # all of 2021
# 2020-10-01..2022-09-30 = 92+365+273 = 730 days; 438,000 x 365/730 = 219,000
exp(inl[2][0], "INL", "BORDER_SECURITY", "funded", "USD", 219_000)
exp(inl[3][0], "INL", "OTHER", "cancelled", "USD", 0)

# ------------------------------------------------------------------------------------------------------------------
# 10 Council of Europe: approximate amounts ("≈ 400 000", "365 000 ± 5%"), EUR in the title row
wb = Workbook()
ws = wb.active
ws.title = "Рада Європи"
ws["A1"] = "Офіс Ради Європи в Україні – проєкти у сфері МВС, суми в євро"
ws.append([])
ws.append(["№", "Назва проєкту", "Бенефіціар", "Бюджет", "Початок", "Завершення"])
coe = [
    (
        1,
        "Запобігання катуванням і жорстокому поводженню в ізоляторах тимчасового тримання",
        "НПУ",
        "≈ 400 000",
        "01.01.2021",
        "31.12.2022",
    ),
    (
        2,
        "Імплементація Стамбульської конвенції: навчання поліцейських",
        "НПУ",
        "365 000 ± 5%",
        "01.07.2021",
        "30.06.2022",
    ),
    (
        3,
        "Захист персональних даних в інформаційних системах МВС",
        "МВС",
        "150 000",
        "01.01.2021",
        "31.12.2021",
    ),
]
for r in coe:
    ws.append(list(r))
ws.column_dimensions["B"].width = 75
wb.save(OUT / "CoE_proekty_MVS.xlsx")
# ≈400,000 taken as 400,000; 2021-01-01..2022-12-31 = 730 days; 400,000 x 365/730 = 200,000
exp(coe[0][1], "Council of Europe", "CUSTODY", "funded", "EUR", 200_000)
# 365,000 (±5% ignored); 2021-07-01..2022-06-30 = 365 days, 184 in 2021; 365,000 x 184/365 = 184,000
exp(coe[1][1], "Council of Europe", "DOMESTIC_VIOLENCE", "funded", "EUR", 184_000)
exp(coe[2][1], "Council of Europe", "OTHER", "funded", "EUR", 150_000)

with open(OUT.parent / "expected.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=list(EXP[0]))
    w.writeheader()
    w.writerows(EXP)
print(len(EXP), "expected lines")
