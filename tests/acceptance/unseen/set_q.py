# ruff: noqa: B007 - a data script written blind: its loops unpack whole rows and use a few fields
"""Blind partner files, set Q: written without reading the reader's code. Expected values by hand.

Set Q is about sheets that hold more than one table or grouping: two tables one under the other with different
headers, merged group cells over the header, projects grouped under beneficiary or priority headings, a running
number with sub-numbers for components, "EUR 1.2m" beside plain numbers with the currency column sometimes empty,
dates in words in the genitive, a letter above the table, a "Totals" pivot sheet, "EU contribution" beside
"Co-financing", section subtotals.

Usage: python set_q.py OUT_DIR  -> OUT_DIR/raw/<partner files>, OUT_DIR/expected.csv
Convention: a given 2021 figure is taken as is; otherwise total x days in 2021 / days of the project (both ends
included); a month runs first to last day, a quarter first to last day; outside 2021 -> 0; cancelled -> 0.
Components numbered "1.1", "1.2" under a project "1" are parts of project 1's money: project 1 is counted once,
with its own total, and the components are not projects of their own.
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


def put(ws, row, col, values, bold=False):
    for j, v in enumerate(values):
        if v is None:
            continue
        c = ws.cell(row=row, column=col + j, value=v)
        if isinstance(v, D):
            c.number_format = "DD.MM.YYYY"
        if bold:
            c.font = Font(bold=True)


# ------------------------------------------------------------------------------------------------------------------
# 1 EU Delegation: two tables one under the other on one sheet ("A. Ongoing" and, after two blank rows,
#   "B. Pipeline" with another column order, one extra column and no status column); "EU contribution, EUR"
#   beside "Co-financing, EUR" (the EU's money is the contribution)
wb = Workbook()
ws = wb.active
ws.title = "MIA projects"
ws["A1"] = "Delegation of the European Union to Ukraine"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "EU-funded actions with the Ministry of Internal Affairs system – situation as of March 2021"
ws["A4"] = "A. Ongoing projects"
ws["A4"].font = Font(bold=True)
put(
    ws,
    5,
    1,
    [
        "No.",
        "Project title",
        "Beneficiary",
        "Implementer",
        "Start",
        "End",
        "EU contribution, EUR",
        "Co-financing, EUR",
        "Status",
    ],
    bold=True,
)
eu_a = [
    (
        1,
        "Upgrade of border surveillance equipment on the green border with Moldova",
        "SBGS",
        "IOM",
        D(2020, 7, 1),
        D(2022, 6, 30),
        4_380_000,
        230_000,
        "Ongoing",
    ),
    (
        2,
        "Automated traffic management at the Chop and Uzhhorod checkpoints to cut waiting times at the crossing",
        "SBGS",
        "ICMPD",
        D(2021, 1, 1),
        D(2021, 12, 31),
        1_500_000,
        150_000,
        "Ongoing",
    ),
    (
        3,
        "Specialised police units responding to domestic violence in Odesa region",
        "NPU",
        "UNDP",
        D(2021, 4, 1),
        D(2022, 3, 31),
        730_000,
        73_000,
        "Ongoing",
    ),
]
for i, r in enumerate(eu_a):
    put(ws, 6 + i, 1, list(r))
# rows 9 and 10 blank
ws["A11"] = "B. Pipeline (identified actions, financing decision expected in 2021)"
ws["A11"].font = Font(bold=True)
put(
    ws,
    12,
    1,
    [
        "No.",
        "Project title",
        "Beneficiary",
        "EU contribution, EUR",
        "Start",
        "End",
        "Expected financing decision",
        "Co-financing, EUR",
    ],
    bold=True,
)
eu_b = [
    (
        4,
        "Modernisation of temporary detention facilities and electronic custody records",
        "NPU",
        2_920_000,
        D(2021, 10, 1),
        D(2023, 9, 30),
        "Q3 2021",
        0,
    ),
    (
        5,
        "Support to the State Migration Service in the return of irregular migrants",
        "SMS",
        1_000_000,
        D(2022, 1, 1),
        D(2023, 12, 31),
        "Q4 2021",
        100_000,
    ),
]
for i, r in enumerate(eu_b):
    put(ws, 13 + i, 1, list(r))
ws.column_dimensions["B"].width = 80
wb.save(OUT / "EUD_MIA_actions_2021.xlsx")
# 2020-07-01..2022-06-30 = 184+365+181 = 730 days, 365 in 2021; 4,380,000 x 365/730 = 2,190,000 (co-financing no)
exp(eu_a[0][1], "EU", "BORDER_SECURITY", "funded", "EUR", 2_190_000)
exp(eu_a[1][1], "EU", "BORDER_CROSSING", "funded", "EUR", 1_500_000)  # all of 2021
# 2021-04-01..2022-03-31 = 275+90 = 365 days, 275 in 2021; 730,000 x 275/365 = 550,000
exp(eu_a[2][1], "EU", "DOMESTIC_VIOLENCE", "funded", "EUR", 550_000)
# pipeline table: 2021-10-01..2023-09-30 = 92+365+273 = 730 days, 92 in 2021; 2,920,000 x 92/730 = 368,000
exp(eu_b[0][1], "EU", "CUSTODY", "pipeline", "EUR", 368_000)
exp(eu_b[1][1], "EU", "ILLEGAL_MIGRATION", "pipeline", "EUR", 0)  # starts 2022

# ------------------------------------------------------------------------------------------------------------------
# 2 Germany (Federal Foreign Office): two-row header with merged group cells ("Терміни" over "Початок |
#   Завершення", "Бюджет, EUR" over "Загальний | 2021 | 2022"); projects grouped under beneficiary heading rows
#   (no beneficiary column)
wb = Workbook()
ws = wb.active
ws.title = "Проєкти"
ws["A1"] = (
    "Посольство Федеративної Республіки Німеччина в Україні (Федеральне міністерство закордонних справ)"
)
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "Проєкти міжнародної технічної допомоги органам системи МВС України, 2021 рік"
put(
    ws,
    4,
    1,
    ["№", "Назва проєкту", "Виконавець", "Терміни", None, "Бюджет, EUR", None, None, "Статус"],
    bold=True,
)
put(ws, 5, 4, ["Початок", "Завершення", "Загальний", "2021", "2022"], bold=True)
for rng in ("A4:A5", "B4:B5", "C4:C5", "I4:I5", "D4:E4", "F4:H4"):
    ws.merge_cells(rng)
de_groups = [
    (
        "Національна поліція України",
        [
            (
                1,
                "Розслідування злочинів торгівлі людьми: навчання слідчих Національної поліції",
                "GIZ",
                D(2021, 1, 1),
                D(2022, 12, 31),
                800_000,
                350_000,
                450_000,
                "реалізується",
            ),
            (
                2,
                "Поліцейські офіцери громад: обладнання та навчання у Житомирській області",
                "GIZ",
                D(2020, 7, 1),
                D(2022, 6, 30),
                1_200_000,
                600_000,
                300_000,
                "реалізується",
            ),
        ],
    ),
    (
        "Державна прикордонна служба України",
        [
            (
                3,
                "Технічне оснащення відділів прикордонної служби на кордоні з Білоруссю: тепловізори та патрульні "
                "автомобілі",
                "GIZ",
                D(2021, 3, 1),
                D(2023, 2, 28),
                2_000_000,
                700_000,
                900_000,
                "реалізується",
            ),
            (
                4,
                "Протидія COVID-19: засоби індивідуального захисту для прикордонників",
                "Німецький Червоний Хрест",
                D(2021, 4, 1),
                D(2021, 9, 30),
                250_000,
                250_000,
                "–",
                "реалізується",
            ),
        ],
    ),
    (
        "Державна служба України з надзвичайних ситуацій",
        [
            (
                5,
                "Обладнання для гуманітарного розмінування для піротехнічних підрозділів ДСНС",
                "GIZ",
                D(2022, 1, 1),
                D(2023, 6, 30),
                1_500_000,
                "–",
                1_000_000,
                "планується",
            ),
        ],
    ),
]
r = 6
for heading, rows in de_groups:
    ws.cell(row=r, column=1, value=heading).font = Font(bold=True, italic=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    r += 1
    for p in rows:
        put(ws, r, 1, list(p))
        r += 1
ws.column_dimensions["B"].width = 80
wb.save(OUT / "Deutschland_MVS_2021.xlsx")
de = [p for _, rows in de_groups for p in rows]
exp(de[0][1], "Germany", "TRAFFICKING", "funded", "EUR", 350_000)  # 2021 column given
exp(de[1][1], "Germany", "COMMUNITY_POLICING", "funded", "EUR", 600_000)  # 2021 column given
exp(de[2][1], "Germany", "BORDER_SECURITY", "funded", "EUR", 700_000)  # 2021 column given
exp(de[3][1], "Germany", "COVID19", "funded", "EUR", 250_000)  # 2021 column given
exp(de[4][1], "Germany", "OTHER", "pipeline", "EUR", 0)  # 2021 "–", starts 2022

# ------------------------------------------------------------------------------------------------------------------
# 3 UNDP (own core resources): running number with sub-numbers "1", "1.1", "1.2": the components' money is part
#   of programme 1 (1.1 + 1.2 = 1), a note says so; counted once, as programme 1
wb = Workbook()
ws = wb.active
ws.title = "ПРООН"
ws["A1"] = "Програма розвитку ООН (ПРООН) в Україні – проєкти за рахунок основних ресурсів ПРООН"
ws["A1"].font = Font(bold=True)
ws["A2"] = "Бюджети компонентів (1.1, 1.2) входять до бюджету програми 1 і окремо не додаються."
ws.append([])
ws.append(["№", "Назва проєкту / компонента", "Бенефіціар", "Початок", "Завершення", "Бюджет, USD", "Статус"])
undp = [
    (
        "1",
        "Програма протидії домашньому та гендерно зумовленому насильству",
        "НПУ",
        D(2021, 1, 1),
        D(2022, 12, 31),
        1_460_000,
        "реалізується",
    ),
    (
        "1.1",
        "Компонент: мобільні групи реагування поліції на випадки домашнього насильства",
        "НПУ",
        D(2021, 1, 1),
        D(2022, 12, 31),
        876_000,
        "реалізується",
    ),
    (
        "1.2",
        "Компонент: кризові кімнати для постраждалих від домашнього насильства",
        "НПУ",
        D(2021, 1, 1),
        D(2022, 12, 31),
        584_000,
        "реалізується",
    ),
    (
        "2",
        "Електронний облік затриманих осіб (Custody Records) у територіальних підрозділах поліції",
        "НПУ",
        D(2021, 4, 1),
        D(2023, 3, 31),
        730_000,
        "реалізується",
    ),
    (
        "3",
        "Протидія незаконному обігу наркотиків: обладнання лабораторій Експертної служби МВС",
        "ЕС МВС",
        D(2021, 7, 1),
        D(2021, 12, 31),
        200_000,
        "реалізується",
    ),
    (
        "4",
        "Цифровізація адміністративних послуг сервісних центрів МВС",
        "ГСЦ МВС",
        D(2019, 1, 1),
        D(2020, 12, 31),
        400_000,
        "завершено",
    ),
]
for i, p in enumerate(undp, start=5):
    put(ws, i, 1, list(p))
    if "." in p[0]:
        ws.cell(row=i, column=2).alignment = Alignment(indent=2)
ws.column_dimensions["B"].width = 80
wb.save(OUT / "UNDP_MVS_proekty_2021.xlsx")
# 2021-01-01..2022-12-31 = 730 days, 365 in 2021; 1,460,000 x 365/730 = 730,000 (components 1.1, 1.2 not counted)
exp(undp[0][1], "UNDP", "DOMESTIC_VIOLENCE", "funded", "USD", 730_000)
# 2021-04-01..2023-03-31 = 275+365+90 = 730 days, 275 in 2021; 730,000 x 275/730 = 275,000
exp(undp[3][1], "UNDP", "CUSTODY", "funded", "USD", 275_000)
exp(undp[4][1], "UNDP", "DRUGS", "funded", "USD", 200_000)  # within 2021
exp(undp[5][1], "UNDP", "OTHER", "funded", "USD", 0)  # ended 2020

# ------------------------------------------------------------------------------------------------------------------
# 4 IOM: projects grouped under numbered priority headings ("1. Протидія торгівлі людьми"); the period in words
#   in the genitive in one column ("з 1 березня 2021 р. до 28 лютого 2022 р.", "з квітня 2021 р. по березень 2022 р.")
wb = Workbook()
ws = wb.active
ws.title = "МОМ"
ws["A1"] = "Міжнародна організація з міграції (МОМ), Представництво в Україні"
ws["A2"] = "Проєкти у сфері МВС за пріоритетами Секторальної робочої групи"
ws.append([])
ws.append(["№", "Назва проєкту", "Бенефіціар", "Термін реалізації", "Бюджет, USD", "Статус"])
iom_groups = [
    (
        "1. Протидія торгівлі людьми",
        [
            (
                "1",
                "Гаряча лінія та національний механізм перенаправлення постраждалих від торгівлі людьми",
                "НПУ",
                "з 1 березня 2021 р. до 28 лютого 2022 р.",
                365_000,
                "реалізується",
            ),
            (
                "2",
                "Навчання слідчих поліції з розслідування справ про торгівлю людьми з метою трудової експлуатації",
                "НПУ",
                "з 1 січня 2021 р. до 31 грудня 2021 р.",
                180_000,
                "реалізується",
            ),
        ],
    ),
    (
        "2. Протидія нелегальній міграції",
        [
            (
                "3",
                "Пункти тимчасового перебування іноземців, які незаконно перебувають в Україні: ремонт і обладнання",
                "ДМС",
                "з 1 липня 2021 р. до 30 червня 2023 р.",
                730_000,
                "реалізується",
            ),
            (
                "4",
                "Ідентифікація нелегальних мігрантів: біометричне обладнання для територіальних органів ДМС",
                "ДМС",
                "з квітня 2021 р. по березень 2022 р.",
                292_000,
                "реалізується",
            ),
        ],
    ),
    (
        "3. Зручний та швидкий перетин кордону",
        [
            (
                "5",
                "Електронна черга для вантажівок у пунктах пропуску на кордоні з Польщею",
                "ДПСУ",
                "з 1 жовтня 2021 р. до 31 березня 2022 р.",
                364_000,
                "на погодженні з донором (ще не затверджено)",
            ),
        ],
    ),
]
r = 5
for heading, rows in iom_groups:
    ws.cell(row=r, column=1, value=heading).font = Font(bold=True)
    r += 1
    for p in rows:
        put(ws, r, 1, list(p))
        r += 1
ws.column_dimensions["B"].width = 80
ws.column_dimensions["D"].width = 42
wb.save(OUT / "MOM_proekty_za_priorytetamy.xlsx")
iom = [p for _, rows in iom_groups for p in rows]
# 2021-03-01..2022-02-28 = 306+59 = 365 days, 306 in 2021; 365,000 x 306/365 = 306,000
exp(iom[0][1], "IOM", "TRAFFICKING", "funded", "USD", 306_000)
exp(iom[1][1], "IOM", "TRAFFICKING", "funded", "USD", 180_000)  # all of 2021
# 2021-07-01..2023-06-30 = 184+365+181 = 730 days, 184 in 2021; 730,000 x 184/730 = 184,000
exp(iom[2][1], "IOM", "ILLEGAL_MIGRATION", "funded", "USD", 184_000)
# April 2021..March 2022 = 2021-04-01..2022-03-31 = 275+90 = 365 days, 275 in 2021; 292,000 x 275/365 = 220,000
exp(iom[3][1], "IOM", "ILLEGAL_MIGRATION", "funded", "USD", 220_000)
# 2021-10-01..2022-03-31 = 92+90 = 182 days, 92 in 2021; 364,000 x 92/182 = 184,000 (not yet approved: pipeline)
exp(iom[4][1], "IOM", "BORDER_CROSSING", "pipeline", "USD", 184_000)

# ------------------------------------------------------------------------------------------------------------------
# 5 Switzerland: a letter of 15 rows of narrative text above the table (header in row 17), CHF said in the letter
#   and in the header
wb = Workbook()
ws = wb.active
ws.title = "Letter"
letter = [
    "Embassy of Switzerland in Ukraine – Swiss Cooperation Office",
    "Kyiv, 12 March 2021",
    "To: Secretariat of the Sector Working Group 'Public Order and Security', Ministry of Internal Affairs of Ukraine",
    "Subject: Swiss contribution to the MIA sector – information for the SWG meeting",
    "",
    "Dear colleagues,",
    "Thank you for your request for information on Swiss-funded projects in the sector of internal affairs.",
    "Switzerland supports Ukraine through its Cooperation Programme for Ukraine, managed by the Federal Department",
    "of Foreign Affairs (FDFA). The projects listed below are funded by Switzerland and implemented by partners.",
    "The figures show the Swiss contribution over the whole duration of each project, in Swiss francs (CHF).",
    "One project is still under preparation and is marked as pipeline; its approval is expected later this year.",
    "We remain at your disposal for any further information and look forward to the next meeting of the group.",
    "",
    "Yours sincerely,",
    "Head of Cooperation, Embassy of Switzerland in Ukraine",
]
for i, t in enumerate(letter, start=1):
    if t:
        ws.cell(row=i, column=1, value=t)
ws["A1"].font = Font(bold=True)
put(ws, 17, 1, ["Project", "Beneficiary", "Start", "End", "Budget (CHF)", "Status"], bold=True)
ch = [
    (
        "Community policing in eastern Ukraine: trust between police officers and residents",
        "NPU",
        D(2020, 1, 1),
        D(2022, 12, 31),
        1_096_000,
        "Ongoing",
    ),
    (
        "Prevention of torture: independent monitoring of police detention facilities",
        "NPU",
        D(2021, 6, 1),
        D(2022, 5, 31),
        730_000,
        "Ongoing",
    ),
    (
        "Human resources management reform in the Ministry of Internal Affairs",
        "MIA",
        D(2021, 1, 1),
        D(2021, 12, 31),
        500_000,
        "Ongoing",
    ),
    (
        "Police mobile response teams supporting survivors of domestic violence in Kharkiv",
        "NPU",
        D(2021, 11, 1),
        D(2022, 10, 31),
        365_000,
        "Pipeline (approval expected in Q4 2021)",
    ),
]
for i, p in enumerate(ch, start=18):
    put(ws, i, 1, list(p))
ws.column_dimensions["A"].width = 90
wb.save(OUT / "Switzerland_letter_SWG_2021.xlsx")
# 2020-01-01..2022-12-31 = 366+365+365 = 1096 days, 365 in 2021; 1,096,000 x 365/1096 = 365,000
exp(ch[0][0], "Switzerland", "COMMUNITY_POLICING", "funded", "CHF", 365_000)
# 2021-06-01..2022-05-31 = 214+151 = 365 days, 214 in 2021; 730,000 x 214/365 = 428,000
exp(ch[1][0], "Switzerland", "CUSTODY", "funded", "CHF", 428_000)
exp(ch[2][0], "Switzerland", "OTHER", "funded", "CHF", 500_000)  # all of 2021
# 2021-11-01..2022-10-31 = 61+304 = 365 days, 61 in 2021; 365,000 x 61/365 = 61,000
exp(ch[3][0], "Switzerland", "DOMESTIC_VIOLENCE", "pipeline", "CHF", 61_000)

# ------------------------------------------------------------------------------------------------------------------
# 6 Nordic embassies' joint return: a Donor column; "Amount" holding "€1.2m" and plain numbers; the Currency column
#   empty on some rows with "All amounts in EUR unless stated" in the title rows; a second sheet "Totals" with
#   pivot-style sums per donor (not projects)
wb = Workbook()
ws = wb.active
ws.title = "Projects"
ws["A1"] = (
    "Embassies of Sweden, Denmark and Norway in Kyiv – joint return to the MIA Sector Working Group, 2021"
)
ws["A1"].font = Font(bold=True)
ws["A2"] = "All amounts in EUR unless stated otherwise in the Currency column."
ws.append([])
ws.append(["Donor", "Project", "Beneficiary", "Amount", "Currency", "Start", "End", "Status"])
nordic = [
    (
        "Sweden",
        "Domestic violence: training of district police officers on urgent barring and restraining orders",
        "NPU",
        "€1.2m",
        None,
        D(2021, 1, 1),
        D(2022, 12, 31),
        "Ongoing",
    ),
    (
        "Denmark",
        "Border surveillance on the eastern land border: radars and drones for border guard units",
        "SBGS",
        3_650_000,
        "DKK",
        D(2021, 7, 1),
        D(2022, 6, 30),
        "Ongoing",
    ),
    (
        "Norway",
        "Information campaign against human trafficking for Ukrainians seeking work abroad",
        "NPU",
        "€0.73m",
        None,
        D(2021, 3, 1),
        D(2022, 2, 28),
        "Ongoing",
    ),
    (
        "Sweden",
        "COVID-19 response: protective equipment for patrol police officers",
        "NPU",
        250_000,
        None,
        D(2021, 2, 1),
        D(2021, 7, 31),
        "Ongoing",
    ),
    (
        "Norway",
        "Voluntary return of irregular migrants to their countries of origin",
        "SMS",
        5_000_000,
        "NOK",
        D(2021, 4, 1),
        D(2022, 3, 31),
        "Cancelled",
    ),
]
for i, p in enumerate(nordic, start=5):
    put(ws, i, 1, list(p))
ws.column_dimensions["B"].width = 90
wt = wb.create_sheet("Totals")
wt["A1"] = "Sum of Amount by donor and currency (pivot of sheet Projects)"
put(wt, 3, 1, ["Donor", "Currency", "Sum of Amount", "Number of projects"], bold=True)
for i, row in enumerate(
    [
        ("Denmark", "DKK", 3_650_000, 1),
        ("Norway", "EUR", 730_000, 1),
        ("Norway", "NOK", 5_000_000, 1),
        ("Sweden", "EUR", 1_450_000, 2),
    ],
    start=4,
):
    put(wt, i, 1, list(row))
wb.save(OUT / "Nordic_joint_return_MIA_2021.xlsx")
# €1.2m = 1,200,000 EUR; 2021-01-01..2022-12-31 = 730 days, 365 in 2021; 1,200,000 x 365/730 = 600,000
exp(nordic[0][1], "Sweden", "DOMESTIC_VIOLENCE", "funded", "EUR", 600_000)
# 2021-07-01..2022-06-30 = 184+181 = 365 days, 184 in 2021; 3,650,000 x 184/365 = 1,840,000
exp(nordic[1][1], "Denmark", "BORDER_SECURITY", "funded", "DKK", 1_840_000)
# €0.73m = 730,000 EUR; 2021-03-01..2022-02-28 = 365 days, 306 in 2021; 730,000 x 306/365 = 612,000
exp(nordic[2][1], "Norway", "TRAFFICKING", "funded", "EUR", 612_000)
exp(nordic[3][1], "Sweden", "COVID19", "funded", "EUR", 250_000)  # within 2021, currency empty -> EUR
exp(nordic[4][1], "Norway", "ILLEGAL_MIGRATION", "cancelled", "NOK", 0)

# ------------------------------------------------------------------------------------------------------------------
# 7 Lithuania: a CSV (UTF-8, semicolons) with a title line, projects grouped under beneficiary heading rows, the
#   period in Russian words ("с марта 2021 по июнь 2022", "с января по декабрь 2021")
lt_groups = [
    (
        "Государственная пограничная служба Украины",
        [
            (
                "1",
                "Патрулирование зелёной границы: приборы ночного видения для пограничных отрядов",
                "с марта 2021 по июнь 2022",
                "487000",
                "реализуется",
            ),
        ],
    ),
    (
        "Национальная полиция Украины",
        [
            (
                "2",
                "Противодействие наркопреступности: обучение оперативников по выявлению сбыта наркотиков в даркнете",
                "с января по декабрь 2021",
                "120000",
                "реализуется",
            ),
            (
                "3",
                "Полицейские офицеры громад в сельской местности: обучение и транспорт",
                "с сентября 2021 по август 2023",
                "365000",
                "планируется",
            ),
        ],
    ),
    (
        "Государственная миграционная служба Украины",
        [
            (
                "4",
                "Электронные услуги ГМС: оформление паспортов через онлайн-кабинет",
                "с июля 2020 по июнь 2021",
                "73000",
                "завершён",
            ),
        ],
    ),
]
with open(OUT / "Litva_proekty_MVD_2021.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, delimiter=";")
    w.writerow(
        ["Посольство Литовской Республики в Украине – проекты в системе МВД Украины, 2021", "", "", "", ""]
    )
    w.writerow(["", "", "", "", ""])
    w.writerow(["№", "Название проекта", "Период реализации", "Сумма, EUR", "Статус"])
    for heading, rows in lt_groups:
        w.writerow([heading, "", "", "", ""])
        for p in rows:
            w.writerow(list(p))
lt = [p for _, rows in lt_groups for p in rows]
# March 2021..June 2022 = 2021-03-01..2022-06-30 = 306+181 = 487 days, 306 in 2021; 487,000 x 306/487 = 306,000
exp(lt[0][1], "Lithuania", "BORDER_SECURITY", "funded", "EUR", 306_000)
exp(lt[1][1], "Lithuania", "DRUGS", "funded", "EUR", 120_000)  # January..December 2021
# Sept 2021..Aug 2023 = 2021-09-01..2023-08-31 = 122+365+243 = 730 days, 122 in 2021; 365,000 x 122/730 = 61,000
exp(lt[2][1], "Lithuania", "COMMUNITY_POLICING", "pipeline", "EUR", 61_000)
# July 2020..June 2021 = 2020-07-01..2021-06-30 = 184+181 = 365 days, 181 in 2021; 73,000 x 181/365 = 36,200
exp(lt[3][1], "Lithuania", "OTHER", "funded", "EUR", 36_200)

# ------------------------------------------------------------------------------------------------------------------
# 8 Japan: two sections under Roman-numbered headings (grant aid / through international organisations), each
#   closed by a "Итого по разделу" subtotal row; merged "Сроки реализации" over "начало | окончание"; yen
wb = Workbook()
ws = wb.active
ws.title = "Япония"
ws["A1"] = "Посольство Японии в Украине – проекты помощи органам системы МВД Украины"
ws["A1"].font = Font(bold=True)
put(
    ws,
    3,
    1,
    ["№", "Наименование проекта", "Получатель", "Сроки реализации", None, "Сумма, иен", "Статус"],
    bold=True,
)
put(ws, 4, 4, ["начало", "окончание"], bold=True)
for rng in ("A3:A4", "B3:B4", "C3:C4", "D3:E3", "F3:F4", "G3:G4"):
    ws.merge_cells(rng)
jp_groups = [
    (
        "I. Безвозмездная помощь (Grant Assistance)",
        [
            (
                1,
                "Сокращение очередей грузовиков в пунктах пропуска: сканеры для ускоренного пропуска через границу",
                "ГПСУ",
                D(2021, 4, 1),
                D(2022, 3, 31),
                36_500_000,
                "реализуется",
            ),
            (
                2,
                "Пожарно-спасательная техника для подразделений ГСЧС",
                "ГСЧС",
                D(2021, 1, 1),
                D(2021, 12, 31),
                100_000_000,
                "реализуется",
            ),
        ],
        136_500_000,
    ),
    (
        "II. Проекты через международные организации (финансирование Японии)",
        [
            (
                3,
                "Контроль оборота прекурсоров наркотиков в морских портах (через УНП ООН)",
                "НПУ",
                D(2021, 7, 1),
                D(2022, 6, 30),
                73_000_000,
                "реализуется",
            ),
            (
                4,
                "Горячая линия по противодействию торговле людьми (через МОМ)",
                "НПУ",
                D(2021, 12, 1),
                D(2022, 11, 30),
                36_500_000,
                "на согласовании",
            ),
        ],
        109_500_000,
    ),
]
r = 5
for heading, rows, subtotal in jp_groups:
    ws.cell(row=r, column=1, value=heading).font = Font(bold=True)
    r += 1
    for p in rows:
        put(ws, r, 1, list(p))
        r += 1
    ws.cell(row=r, column=2, value="Итого по разделу").font = Font(bold=True)
    ws.cell(row=r, column=6, value=subtotal).font = Font(bold=True)
    r += 1
ws.column_dimensions["B"].width = 80
wb.save(OUT / "Japan_MVD_2021.xlsx")
jp = [p for _, rows, _ in jp_groups for p in rows]
# 2021-04-01..2022-03-31 = 275+90 = 365 days, 275 in 2021; 36,500,000 x 275/365 = 27,500,000
exp(jp[0][1], "Japan", "BORDER_CROSSING", "funded", "JPY", 27_500_000)
exp(jp[1][1], "Japan", "OTHER", "funded", "JPY", 100_000_000)  # all of 2021
# 2021-07-01..2022-06-30 = 184+181 = 365 days, 184 in 2021; 73,000,000 x 184/365 = 36,800,000
exp(jp[2][1], "Japan", "DRUGS", "funded", "JPY", 36_800_000)
# 2021-12-01..2022-11-30 = 31+334 = 365 days, 31 in 2021; 36,500,000 x 31/365 = 3,100,000 (under negotiation)
exp(jp[3][1], "Japan", "TRAFFICKING", "pipeline", "JPY", 3_100_000)

with open(OUT.parent / "expected.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=list(EXP[0]))
    w.writeheader()
    w.writerows(EXP)
print(len(EXP), "expected lines")
