# ruff: noqa: B007 - a data script written blind: its loops unpack whole rows and use a few fields
"""Blind partner files, set U: written without reading the reader's code. Expected values by hand.

Regional and multi-sector programmes, where only part of a project's money is for Ukraine's law-enforcement (MIA)
sector: "Total budget" beside "Ukraine share", "Share for Ukraine, %", a "Country" column with a row per country,
"(Ukraine component)" titles, "of which MIA / law enforcement: 30%" in a remark, a donor's whole-country portfolio
with a "Sector" column, amounts per country in columns, Ukraine's share said only in a note under the table, and the
Ukrainian / Russian variants "у т.ч. Україна", "частка України", "Доля Украины, %".

Usage: python set_u.py OUT_DIR  -> OUT_DIR/raw/<partner files>, OUT_DIR/expected.csv
Convention: a given 2021 figure is taken as is; otherwise total x days in 2021 / days of the project (both ends
included); a month runs first to last day, a quarter first to last day; outside 2021 -> 0; cancelled -> 0. Only
Ukraine's part of a regional programme is the sector's money; rows for other countries or other sectors give no
expected line.
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


def bold_row(ws, row):
    for c in ws[row]:
        c.font = Font(bold=True)


# ------------------------------------------------------------------------------------------------------------------
# 1 EU: regional programmes (Ukraine, Moldova, Georgia) with "Total budget, EUR" beside "Ukraine share, EUR" (the
#   Ukraine share counts); implementers named in their own column (EU is the donor); a Total row; a note.
wb = Workbook()
ws = wb.active
ws.title = "EaP regional"
ws["A1"] = "European Union – Delegation to Ukraine: regional Eastern Partnership programmes in the MIA sector"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "Return to the Sectoral Working Group 'Law Enforcement Activities', 2021"
ws.append([])
ws.append(
    [
        "No.",
        "Programme",
        "Countries covered",
        "Implementing partner",
        "Start",
        "End",
        "Total budget, EUR",
        "Ukraine share, EUR",
        "Status",
    ]
)
bold_row(ws, 4)
eu = [
    (
        1,
        "EU4Border Security: integrated border management and surveillance of the green border",
        "Ukraine, Moldova, Georgia",
        "ICMPD",
        D(2021, 1, 1),
        D(2022, 12, 31),
        6_000_000,
        2_920_000,
        "Ongoing",
    ),
    (
        2,
        "Regional police cooperation against trafficking in human beings",
        "Ukraine, Moldova, Georgia",
        "IOM",
        D(2021, 3, 1),
        D(2022, 2, 28),
        3_000_000,
        1_095_000,
        "Ongoing",
    ),
    (
        3,
        "Faster clearance of passengers and trucks at common Ukraine–Moldova border crossing points",
        "Ukraine, Moldova",
        "EUBAM",
        D(2020, 7, 1),
        D(2022, 6, 30),
        4_000_000,
        1_460_000,
        "Ongoing",
    ),
    (
        4,
        "Investigation of synthetic drug production and drug smuggling in the Black Sea region",
        "Ukraine, Moldova, Georgia",
        "UNODC",
        D(2021, 7, 1),
        D(2021, 12, 31),
        900_000,
        450_000,
        "Ongoing",
    ),
    (
        5,
        "Readmission and return of irregular migrants: regional migration management",
        "Ukraine, Moldova, Georgia",
        "ICMPD",
        D(2022, 1, 1),
        D(2023, 12, 31),
        2_500_000,
        1_000_000,
        "Planned",
    ),
]
for r in eu:
    ws.append(list(r))
for row in ws.iter_rows(min_row=5, max_row=9):
    for c in row:
        if isinstance(c.value, D):
            c.number_format = "DD.MM.YYYY"
# totals: 6,000,000+3,000,000+4,000,000+900,000+2,500,000 = 16,400,000
#         2,920,000+1,095,000+1,460,000+450,000+1,000,000 = 6,925,000
ws.append(["", "Total", "", "", "", "", 16_400_000, 6_925_000, ""])
bold_row(ws, 10)
ws.append([])
ws.append(
    [
        "Note: the Ukraine share is the part of each programme implemented in Ukraine; the rest is for Moldova and Georgia."
    ]
)
ws.column_dimensions["B"].width = 85
ws.column_dimensions["C"].width = 28
ws.column_dimensions["G"].width = 18
ws.column_dimensions["H"].width = 18
wb.save(OUT / "EU_Delegation_EaP_regional_programmes_2021.xlsx")
# 2021-01-01..2022-12-31 = 730 days, 365 in 2021; Ukraine share 2,920,000 x 365/730 = 1,460,000
exp(eu[0][1], "EU", "BORDER_SECURITY", "funded", "EUR", 1_460_000)
# 2021-03-01..2022-02-28 = 365 days, 306 in 2021; 1,095,000 x 306/365 = 3,000 x 306 = 918,000
exp(eu[1][1], "EU", "TRAFFICKING", "funded", "EUR", 918_000)
# 2020-07-01..2022-06-30 = 184+365+181 = 730 days; 1,460,000 x 365/730 = 730,000
exp(eu[2][1], "EU", "BORDER_CROSSING", "funded", "EUR", 730_000)
# 2021-07-01..2021-12-31 all in 2021: Ukraine share 450,000
exp(eu[3][1], "EU", "DRUGS", "funded", "EUR", 450_000)
# planned, starts 2022 -> 0
exp(eu[4][1], "EU", "ILLEGAL_MIGRATION", "pipeline", "EUR", 0)

# ------------------------------------------------------------------------------------------------------------------
# 2 Sweden (Sida): UTF-8 CSV, "Total amount (SEK)" beside "Share for Ukraine, %" (amount x share)
sida_hdr = [
    "Contribution",
    "Countries",
    "Partner organisation",
    "Agreement start",
    "Agreement end",
    "Total amount (SEK)",
    "Share for Ukraine, %",
    "Status",
]
sida = [
    (
        "Police response to domestic and gender-based violence in Eastern Europe",
        "Ukraine; Moldova; Georgia",
        "UN Women",
        "2021-01-01",
        "2022-12-31",
        20_000_000,
        "40%",
        "Ongoing",
    ),
    (
        "Community policing and local safety councils in Ukraine and Moldova",
        "Ukraine; Moldova",
        "Folke Bernadotte Academy",
        "2021-04-01",
        "2022-03-31",
        7_300_000,
        "50%",
        "Ongoing",
    ),
    (
        "Independent monitoring of police custody and pre-trial detention facilities",
        "Ukraine; Moldova; Georgia",
        "Raoul Wallenberg Institute",
        "2021-01-01",
        "2021-12-31",
        5_000_000,
        "60%",
        "Planned",
    ),
    (
        "Maritime border surveillance capacity in the Black Sea region",
        "Ukraine; Georgia",
        "Swedish Coast Guard",
        "2020-10-01",
        "2021-09-30",
        14_600_000,
        "25%",
        "Completed",
    ),
]
with open(OUT / "Sida_regional_contributions_EaP.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(sida_hdr)
    for r in sida:
        w.writerow(r)
# 20,000,000 x 40% = 8,000,000; 2021-01-01..2022-12-31 = 730 days, 365 in 2021 -> 4,000,000
exp(sida[0][0], "Sweden", "DOMESTIC_VIOLENCE", "funded", "SEK", 4_000_000)
# 7,300,000 x 50% = 3,650,000; 2021-04-01..2022-03-31 = 365 days, 275 in 2021 -> 10,000 x 275 = 2,750,000
exp(sida[1][0], "Sweden", "COMMUNITY_POLICING", "funded", "SEK", 2_750_000)
# 5,000,000 x 60% = 3,000,000; all of 2021; planned -> pipeline 3,000,000
exp(sida[2][0], "Sweden", "CUSTODY", "pipeline", "SEK", 3_000_000)
# 14,600,000 x 25% = 3,650,000; 2020-10-01..2021-09-30 = 92+273 = 365 days, 273 in 2021 -> 10,000 x 273 = 2,730,000
exp(sida[3][0], "Sweden", "BORDER_SECURITY", "funded", "SEK", 2_730_000)

# ------------------------------------------------------------------------------------------------------------------
# 3 Norway: a "Країна" column, one row per country of each programme; only the "Україна" rows are Ukraine's
#   (Moldova / Georgia rows give no expected line); the Ukraine row is not always first; implementers in a column.
wb = Workbook()
ws = wb.active
ws.title = "Регіональні програми"
ws["A1"] = "Міністерство закордонних справ Норвегії – регіональні програми у Східній Європі (сектор МВС)"
ws["A1"].font = Font(bold=True, size=13)
ws.append([])
ws.append(["№", "Програма", "Країна", "Виконавець", "Початок", "Завершення", "Бюджет, NOK", "Статус"])
bold_row(ws, 3)
nor_titles = [
    "Протидія домашньому насильству: навчання поліцейських мобільних груп реагування",
    "Охорона зеленого кордону: обладнання для спостереження між пунктами пропуску",
    "Запобігання торгівлі людьми: розслідування злочинів та ідентифікація постраждалих",
    "Протидія COVID-19: засоби індивідуального захисту для поліцейських і прикордонників",
]
nor_rows = [
    (1, nor_titles[0], "Україна", "UNFPA", "01.01.2021", "31.12.2022", 4_000_000, "реалізується"),
    (1, nor_titles[0], "Молдова", "UNFPA", "01.01.2021", "31.12.2022", 2_000_000, "реалізується"),
    (1, nor_titles[0], "Грузія", "UNFPA", "01.01.2021", "31.12.2022", 1_500_000, "реалізується"),
    (2, nor_titles[1], "Молдова", "ПРООН", "01.03.2021", "28.02.2022", 3_650_000, "реалізується"),
    (2, nor_titles[1], "Україна", "ПРООН", "01.03.2021", "28.02.2022", 7_300_000, "реалізується"),
    (3, nor_titles[2], "Грузія", "МОМ", "01.07.2021", "30.06.2022", 1_825_000, "реалізується"),
    (3, nor_titles[2], "Молдова", "МОМ", "01.07.2021", "30.06.2022", 1_825_000, "реалізується"),
    (3, nor_titles[2], "Україна", "МОМ", "01.07.2021", "30.06.2022", 3_650_000, "реалізується"),
    (4, nor_titles[3], "Україна", "ВООЗ", "01.04.2021", "31.12.2021", 1_000_000, "реалізується"),
    (4, nor_titles[3], "Молдова", "ВООЗ", "01.04.2021", "31.12.2021", 800_000, "реалізується"),
]
for r in nor_rows:
    ws.append(list(r))
ws.append([])
ws.append(["Бюджет зазначено окремо для кожної країни. До СРГ МВС України належать лише рядки «Україна»."])
ws.column_dimensions["B"].width = 85
ws.column_dimensions["C"].width = 12
wb.save(OUT / "Norvegiia_MZS_rehionalni_prohramy.xlsx")
# Україна row: 4,000,000; 2021-01-01..2022-12-31 = 730 days, 365 in 2021 -> 2,000,000
exp(nor_titles[0], "Norway", "DOMESTIC_VIOLENCE", "funded", "NOK", 2_000_000)
# Україна row: 7,300,000; 2021-03-01..2022-02-28 = 365 days, 306 in 2021 -> 20,000 x 306 = 6,120,000
exp(nor_titles[1], "Norway", "BORDER_SECURITY", "funded", "NOK", 6_120_000)
# Україна row: 3,650,000; 2021-07-01..2022-06-30 = 365 days, 184 in 2021 -> 10,000 x 184 = 1,840,000
exp(nor_titles[2], "Norway", "TRAFFICKING", "funded", "NOK", 1_840_000)
# Україна row: 1,000,000; 2021-04-01..2021-12-31 all in 2021 -> 1,000,000
exp(nor_titles[3], "Norway", "COVID19", "funded", "NOK", 1_000_000)

# ------------------------------------------------------------------------------------------------------------------
# 4 Poland: "Загальний бюджет, PLN" beside "у т.ч. Україна, PLN" (the Ukraine part counts); period as text in one
#   cell; a cancelled project.
wb = Workbook()
ws = wb.active
ws.title = "Polska pomoc"
ws["A1"] = "Польська допомога (МЗС Республіки Польща): проєкти в Україні, Молдові та Грузії у сфері МВС"
ws["A1"].font = Font(bold=True, size=13)
ws.append([])
ws.append(
    [
        "№",
        "Назва проєкту",
        "Країни",
        "Бенефіціар в Україні",
        "Період реалізації",
        "Загальний бюджет, PLN",
        "у т.ч. Україна, PLN",
        "Статус",
    ]
)
bold_row(ws, 3)
pol = [
    (
        1,
        "Посилення охорони державного кордону: обладнання для прикордонних загонів",
        "Україна, Молдова",
        "ДПСУ",
        "01.01.2021 – 31.12.2021",
        1_200_000,
        800_000,
        "реалізується",
    ),
    (
        2,
        "Збільшення пропускної спроможності пунктів пропуску на польсько-українському кордоні",
        "Україна",
        "ДПСУ",
        "01.07.2021 – 30.06.2022",
        730_000,
        730_000,
        "реалізується",
    ),
    (
        3,
        "Протидія незаконній міграції: обмін досвідом міграційних служб",
        "Україна, Молдова, Грузія",
        "ДМС",
        "01.04.2021 – 31.03.2022",
        1_095_000,
        365_000,
        "реалізується",
    ),
    (
        4,
        "Поліцейський офіцер громади: навчання дільничних офіцерів поліції",
        "Україна, Грузія",
        "НПУ",
        "01.03.2021 – 31.12.2021",
        600_000,
        400_000,
        "скасовано",
    ),
]
for r in pol:
    ws.append(list(r))
ws.column_dimensions["B"].width = 85
ws.column_dimensions["E"].width = 25
wb.save(OUT / "Polska_pomoc_MVS_2021.xlsx")
exp(pol[0][1], "Poland", "BORDER_SECURITY", "funded", "PLN", 800_000)  # у т.ч. Україна 800,000, all of 2021
# Ukraine 730,000; 2021-07-01..2022-06-30 = 365 days, 184 in 2021 -> 2,000 x 184 = 368,000
exp(pol[1][1], "Poland", "BORDER_CROSSING", "funded", "PLN", 368_000)
# Ukraine 365,000; 2021-04-01..2022-03-31 = 365 days, 275 in 2021 -> 275,000
exp(pol[2][1], "Poland", "ILLEGAL_MIGRATION", "funded", "PLN", 275_000)
exp(pol[3][1], "Poland", "COMMUNITY_POLICING", "cancelled", "PLN", 0)  # скасовано

# ------------------------------------------------------------------------------------------------------------------
# 5 Germany: the whole development-cooperation portfolio in Ukraine, most rows other sectors (energy, education,
#   health, economy, social protection, governance). A careful analyst keeps only the rows whose "Sector" is
#   "Law enforcement (MIA)" or "Multi-sector" with an MIA part in the remark (their lead partner is also an MIA
#   agency: NPU, SBGS, SMS, MIA). One row is "(Ukraine component)" of a regional programme (amount already
#   Ukraine's, the regional total said in the remark); one multi-sector row says "of which MIA / law enforcement: 30%".
wb = Workbook()
ws = wb.active
ws.title = "Portfolio 2021"
ws["A1"] = (
    "German development cooperation with Ukraine (BMZ / Federal Foreign Office) – portfolio 2021, all sectors"
)
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "Submitted by the Embassy of the Federal Republic of Germany in Kyiv. All amounts in EUR."
ws.append([])
ws.append(
    [
        "No.",
        "Project",
        "Sector",
        "Lead Ukrainian partner",
        "Implementer",
        "Start",
        "End",
        "Budget, EUR",
        "Status",
        "Remarks",
    ]
)
bold_row(ws, 4)
de = [
    (
        1,
        "Energy efficiency in municipalities",
        "Energy",
        "Ministry for Communities and Territories Development",
        "GIZ",
        D(2019, 1, 1),
        D(2022, 12, 31),
        10_000_000,
        "Ongoing",
        "",
    ),
    (
        2,
        "Modernisation of vocational education and training",
        "Education",
        "Ministry of Education and Science",
        "GIZ",
        D(2020, 1, 1),
        D(2023, 12, 31),
        8_000_000,
        "Ongoing",
        "",
    ),
    (
        3,
        "Police training on investigating domestic violence cases",
        "Law enforcement (MIA)",
        "National Police of Ukraine",
        "GIZ",
        D(2021, 1, 1),
        D(2022, 12, 31),
        1_500_000,
        "Ongoing",
        "",
    ),
    (
        4,
        "Hospital partnerships in eastern Ukraine",
        "Health",
        "Ministry of Health",
        "GIZ",
        D(2020, 6, 1),
        D(2022, 5, 31),
        3_000_000,
        "Ongoing",
        "",
    ),
    (
        5,
        "Border surveillance and integrated border management programme (Ukraine component)",
        "Law enforcement (MIA)",
        "State Border Guard Service",
        "GIZ",
        D(2021, 3, 1),
        D(2022, 2, 28),
        730_000,
        "Ongoing",
        "Amount is the Ukraine component only; regional programme total EUR 2,100,000 (Ukraine, Moldova, Georgia)",
    ),
    (
        6,
        "Support to small and medium enterprises in agricultural value chains",
        "Economic development",
        "Ministry of Economy",
        "GIZ",
        D(2021, 1, 1),
        D(2023, 12, 31),
        6_000_000,
        "Ongoing",
        "",
    ),
    (
        7,
        "Social infrastructure for internally displaced persons",
        "Social protection",
        "Ministry of Social Policy",
        "KfW",
        D(2019, 7, 1),
        D(2022, 6, 30),
        12_000_000,
        "Ongoing",
        "",
    ),
    (
        8,
        "Safe hromadas: administrative service centres and community police stations",
        "Multi-sector",
        "Ministry for Communities and Territories Development; National Police of Ukraine",
        "KfW",
        D(2021, 7, 1),
        D(2022, 6, 30),
        7_300_000,
        "Ongoing",
        "of which MIA / law enforcement: 30% (community police stations)",
    ),
    (
        9,
        "COVID-19 protective equipment for the State Migration Service and the National Guard",
        "Law enforcement (MIA)",
        "Ministry of Internal Affairs",
        "GIZ",
        D(2021, 4, 1),
        D(2021, 9, 30),
        250_000,
        "Completed",
        "",
    ),
    (
        10,
        "Decentralisation and local self-government reform",
        "Governance",
        "Ministry for Communities and Territories Development",
        "GIZ",
        D(2020, 1, 1),
        D(2022, 12, 31),
        15_000_000,
        "Ongoing",
        "",
    ),
    (
        11,
        "Countering illegal migration: document security and identification of irregular migrants",
        "Law enforcement (MIA)",
        "State Migration Service",
        "GIZ",
        D(2021, 10, 1),
        D(2022, 9, 30),
        365_000,
        "Planned",
        "",
    ),
]
for r in de:
    ws.append(list(r))
for row in ws.iter_rows(min_row=5, max_row=4 + len(de)):
    for c in row:
        if isinstance(c.value, D):
            c.number_format = "DD.MM.YYYY"
ws.column_dimensions["B"].width = 80
ws.column_dimensions["C"].width = 22
ws.column_dimensions["J"].width = 60
wb.save(OUT / "Germany_portfolio_Ukraine_2021_all_sectors.xlsx")
# rows 1, 2, 4, 6, 7, 10: other sectors -> no expected line
# row 3: 2021-01-01..2022-12-31 = 730 days, 365 in 2021; 1,500,000 x 365/730 = 750,000
exp(de[2][1], "Germany", "DOMESTIC_VIOLENCE", "funded", "EUR", 750_000)
# row 5 (Ukraine component): 2021-03-01..2022-02-28 = 365 days, 306 in 2021; 730,000 x 306/365 = 612,000
exp(de[4][1], "Germany", "BORDER_SECURITY", "funded", "EUR", 612_000)
# row 8: 2021-07-01..2022-06-30 = 365 days, 184 in 2021; 7,300,000 x 184/365 = 3,680,000; MIA 30% -> 1,104,000
exp(de[7][1], "Germany", "COMMUNITY_POLICING", "funded", "EUR", 1_104_000)
# row 9: 2021-04-01..2021-09-30 all in 2021 -> 250,000
exp(de[8][1], "Germany", "COVID19", "funded", "EUR", 250_000)
# row 11: 2021-10-01..2022-09-30 = 365 days, 92 in 2021; 365,000 x 92/365 = 92,000; planned -> pipeline
exp(de[10][1], "Germany", "ILLEGAL_MIGRATION", "pipeline", "EUR", 92_000)

# ------------------------------------------------------------------------------------------------------------------
# 6 UNODC: Russian; amounts per country in columns under a merged "Бюджет по странам, долл. США" header
#   ("Украина | Молдова | Грузия | Всего"); only the Украина column is Ukraine's; a dash for no money.
wb = Workbook()
ws = wb.active
ws.title = "Восточная Европа"
ws["A1"] = (
    "УНП ООН – региональная программа для Восточной Европы: проекты в секторе правоохранительной деятельности"
)
ws["A1"].font = Font(bold=True, size=13)
ws["A3"] = "№"
ws["B3"] = "Проект"
ws["C3"] = "Начало"
ws["D3"] = "Окончание"
ws["E3"] = "Бюджет по странам, долл. США"
ws["I3"] = "Статус"
ws.merge_cells("E3:H3")
for col in "ABCDI":
    ws.merge_cells(f"{col}3:{col}4")
ws["E4"] = "Украина"
ws["F4"] = "Молдова"
ws["G4"] = "Грузия"
ws["H4"] = "Всего"
bold_row(ws, 3)
bold_row(ws, 4)
ws["E3"].alignment = Alignment(horizontal="center")
unodc = [
    (
        1,
        "Противодействие незаконному обороту наркотиков в морских портах Черного моря",
        "01.01.2021",
        "31.12.2022",
        1_460_000,
        300_000,
        540_000,
        2_300_000,
        "выполняется",
    ),
    (
        2,
        "Мониторинг соблюдения прав задержанных в изоляторах временного содержания полиции",
        "01.07.2021",
        "30.06.2022",
        365_000,
        200_000,
        150_000,
        715_000,
        "выполняется",
    ),
    (
        3,
        "Противодействие торговле людьми: совместные расследования полиции",
        "01.01.2021",
        "31.12.2021",
        500_000,
        250_000,
        "–",
        750_000,
        "выполняется",
    ),
    (
        4,
        "Противодействие киберпреступности: обучение следователей",
        "01.03.2021",
        "28.02.2022",
        730_000,
        365_000,
        365_000,
        1_460_000,
        "планируется",
    ),
]
for i, r in enumerate(unodc, start=5):
    for j, v in enumerate(r, start=1):
        ws.cell(row=i, column=j, value=v)
ws.column_dimensions["B"].width = 85
ws.column_dimensions["C"].width = 12
ws.column_dimensions["D"].width = 12
wb.save(OUT / "UNODC_regionalnaya_programma_VE.xlsx")
# Украина 1,460,000; 2021-01-01..2022-12-31 = 730 days, 365 in 2021 -> 730,000
exp(unodc[0][1], "UNODC", "DRUGS", "funded", "USD", 730_000)
# Украина 365,000; 2021-07-01..2022-06-30 = 365 days, 184 in 2021 -> 184,000
exp(unodc[1][1], "UNODC", "CUSTODY", "funded", "USD", 184_000)
# Украина 500,000; all of 2021
exp(unodc[2][1], "UNODC", "TRAFFICKING", "funded", "USD", 500_000)
# Украина 730,000; 2021-03-01..2022-02-28 = 365 days, 306 in 2021 -> 2,000 x 306 = 612,000; планируется -> pipeline
exp(unodc[3][1], "UNODC", "OTHER", "pipeline", "USD", 612_000)

# ------------------------------------------------------------------------------------------------------------------
# 7 Denmark: regional programmes with the whole three-country budget; Ukraine's share said only in a note under the
#   table ("Частка України становить 40% бюджету кожної з наведених програм").
wb = Workbook()
ws = wb.active
ws.title = "DANEP"
ws["A1"] = (
    "Міністерство закордонних справ Данії – Датська програма сусідства (DANEP): регіональні програми "
    "(Україна, Молдова, Грузія)"
)
ws["A1"].font = Font(bold=True, size=13)
ws.append([])
ws.append(["№", "Програма", "Виконавець", "Початок", "Завершення", "Бюджет програми, DKK", "Статус"])
bold_row(ws, 3)
dk = [
    (
        1,
        "Протидія домашньому та гендерно зумовленому насильству: спроможність поліції",
        "UN Women",
        D(2021, 1, 1),
        D(2022, 12, 31),
        10_000_000,
        "реалізується",
    ),
    (
        2,
        "Пропускна спроможність пунктів пропуску: електронна черга для вантажівок",
        "EUBAM",
        D(2021, 4, 1),
        D(2022, 3, 31),
        9_125_000,
        "планується",
    ),
    (
        3,
        "Моніторинг ізоляторів тимчасового тримання національним превентивним механізмом",
        "DIGNITY – Danish Institute against Torture",
        D(2020, 10, 1),
        D(2021, 9, 30),
        4_562_500,
        "завершено",
    ),
    (
        4,
        "Поліція громад: спільне планування безпеки з мешканцями громад",
        "ПРООН",
        D(2021, 1, 1),
        D(2021, 12, 31),
        2_500_000,
        "реалізується",
    ),
]
for r in dk:
    ws.append(list(r))
for row in ws.iter_rows(min_row=4, max_row=7):
    for c in row:
        if isinstance(c.value, D):
            c.number_format = "DD.MM.YYYY"
ws.append([])
ws.append(["Примітки:"])
ws.append(["1. «Бюджет програми» – загальний бюджет програми на три країни."])
ws.append(
    ["2. Частка України становить 40% бюджету кожної з наведених програм; решта (60%) – Молдова та Грузія."]
)
ws.column_dimensions["B"].width = 85
ws.column_dimensions["C"].width = 30
ws.column_dimensions["F"].width = 20
wb.save(OUT / "Daniia_DANEP_rehionalni_prohramy_2021.xlsx")
# 10,000,000 x 40% = 4,000,000; 2021-01-01..2022-12-31 = 730 days, 365 in 2021 -> 2,000,000
exp(dk[0][1], "Denmark", "DOMESTIC_VIOLENCE", "funded", "DKK", 2_000_000)
# 9,125,000 x 40% = 3,650,000; 2021-04-01..2022-03-31 = 365 days, 275 in 2021 -> 10,000 x 275 = 2,750,000; planned
exp(dk[1][1], "Denmark", "BORDER_CROSSING", "pipeline", "DKK", 2_750_000)
# 4,562,500 x 40% = 1,825,000; 2020-10-01..2021-09-30 = 365 days, 273 in 2021 -> 5,000 x 273 = 1,365,000
exp(dk[2][1], "Denmark", "CUSTODY", "funded", "DKK", 1_365_000)
# 2,500,000 x 40% = 1,000,000; all of 2021
exp(dk[3][1], "Denmark", "COMMUNITY_POLICING", "funded", "DKK", 1_000_000)

# ------------------------------------------------------------------------------------------------------------------
# 8 Canada: Russian cp1251 CSV with semicolons: "Общий бюджет, CAD" beside "Доля Украины, %" (amount x share)
ca_hdr = [
    "Проект",
    "Страны",
    "Исполнитель",
    "Начало",
    "Окончание",
    "Общий бюджет, CAD",
    "Доля Украины, %",
    "Статус",
]
ca = [
    (
        "Реагирование полиции на домашнее насилие: обучение патрульных",
        "Украина, Молдова",
        "Королевская канадская конная полиция",
        "01.01.2021",
        "31.12.2021",
        "1 000 000",
        "70",
        "выполняется",
    ),
    (
        "Охрана зеленой границы: мобильные пограничные патрули",
        "Украина, Молдова, Грузия",
        "МОМ",
        "01.07.2021",
        "30.06.2022",
        "1 460 000",
        "50",
        "выполняется",
    ),
    (
        "Противодействие торговле людьми: обучение следователей Национальной полиции",
        "Украина, Грузия",
        "ОБСЕ",
        "01.03.2021",
        "28.02.2022",
        "1 825 000",
        "40",
        "выполняется",
    ),
    (
        "Реагирование на COVID-19 в учреждениях МВД",
        "Украина, Молдова",
        "ВОЗ",
        "01.01.2021",
        "31.12.2022",
        "2 000 000",
        "60",
        "выполняется",
    ),
]
with open(OUT / "Kanada_regionalnye_proekty_MVD.csv", "w", newline="", encoding="cp1251") as f:
    w = csv.writer(f, delimiter=";")
    w.writerow(ca_hdr)
    for r in ca:
        w.writerow(r)
# 1,000,000 x 70% = 700,000; all of 2021
exp(ca[0][0], "Canada", "DOMESTIC_VIOLENCE", "funded", "CAD", 700_000)
# 1,460,000 x 50% = 730,000; 2021-07-01..2022-06-30 = 365 days, 184 in 2021 -> 2,000 x 184 = 368,000
exp(ca[1][0], "Canada", "BORDER_SECURITY", "funded", "CAD", 368_000)
# 1,825,000 x 40% = 730,000; 2021-03-01..2022-02-28 = 365 days, 306 in 2021 -> 2,000 x 306 = 612,000
exp(ca[2][0], "Canada", "TRAFFICKING", "funded", "CAD", 612_000)
# 2,000,000 x 60% = 1,200,000; 2021-01-01..2022-12-31 = 730 days, 365 in 2021 -> 600,000
exp(ca[3][0], "Canada", "COVID19", "funded", "CAD", 600_000)

with open(OUT.parent / "expected.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=list(EXP[0]))
    w.writeheader()
    w.writerows(EXP)
print(len(EXP), "expected lines")
