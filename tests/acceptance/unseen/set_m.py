# ruff: noqa: B007 - a data script written blind: its loops unpack whole rows and use a few fields
"""Blind partner files, set M (mixtures): written without reading the reader's code. Expected values by hand.

Usage: python set_m.py OUT_DIR  -> OUT_DIR/raw/<partner files>, OUT_DIR/expected.csv
Convention: a given 2021 figure is taken as is; otherwise total x days in 2021 / days of the project (both ends
included); a month runs first to last day, a quarter first to last day; outside 2021 -> 0; cancelled -> 0.

This set is about MIXTURES: one workbook with an ordinary sheet and a transposed sheet; a coordinator's workbook
naming the partner only in its sheet names (one sheet Ukrainian with "2021–2023" periods, one English with "01/21–06/22"
periods and Swiss amounts "CHF 500'000.-" / "Fr. 1'092'000"); a two-language header on two rows over year columns in
EUR thousand with a "Total" column and a note row between projects; a Google Sheets CSV with quoted "1,250,000.00" and
a "Completion, %" column; UAH amounts with an exchange-rate column and an "Amount, EUR" column (EUR is the one to use);
a units row directly under the header; a "Зміна" column of reductions "(50 000)" beside the budget and a
"Виконання, %" column; a project title wrapping into the next row; statuses "signed", "in negotiation",
"на стадії підписання", "реалізовано", "на стадии подписания".
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


def put_rows(ws, rows, r0, c0=1, datefmt="DD.MM.YYYY"):
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = ws.cell(row=r0 + i, column=c0 + j, value=v)
            if isinstance(v, D):
                c.number_format = datefmt


# ------------------------------------------------------------------------------------------------------------------
# 1 Sweden (Sida): one workbook, two sheets in different layouts, both counting:
#   sheet "Ongoing" an ordinary table (statuses "signed", "completed");
#   sheet "Pipeline" a transposed table (field names down column A, one project per column B..D), "in negotiation"
wb = Workbook()
ws = wb.active
ws.title = "Ongoing"
ws["A1"] = (
    "Swedish International Development Cooperation Agency (Sida) – contributions to the MIA sector, 2021"
)
ws["A1"].font = Font(bold=True, size=13)
ws.append([])
ws.append(["Contribution", "Beneficiary", "Agreement start", "Agreement end", "Budget, SEK", "Status"])
for c in ws[3]:
    c.font = Font(bold=True)
se_on = [
    (
        "Mobile surveillance equipment for the State Border Guard Service on the green border in Zakarpattia",
        "SBGS",
        D(2021, 1, 1),
        D(2022, 12, 31),
        7_300_000,
        "signed",
    ),
    (
        "Police response to domestic violence: mobile response teams in five regions",
        "NPU",
        D(2021, 4, 1),
        D(2022, 3, 31),
        3_650_000,
        "signed",
    ),
    (
        "Electronic custody records of detained persons in police temporary detention facilities",
        "NPU",
        D(2020, 7, 1),
        D(2021, 6, 30),
        1_460_000,
        "completed",
    ),
]
put_rows(ws, se_on, 4)
ws.column_dimensions["A"].width = 90
ws2 = wb.create_sheet("Pipeline")
ws2["A1"] = "PIPELINE – contributions under preparation (agreement not yet concluded)"
ws2["A1"].font = Font(bold=True)
se_pl = [
    (
        "Identification and referral of victims of human trafficking by the National Police",
        "NPU",
        D(2021, 10, 1),
        D(2022, 9, 30),
        1_825_000,
        "in negotiation",
    ),
    (
        "Canine units for drug detection at the National Police",
        "NPU",
        D(2022, 1, 1),
        D(2022, 12, 31),
        900_000,
        "in negotiation",
    ),
    (
        "Faster passenger processing at Ukraine–Poland checkpoints: additional e-queue lanes",
        "SBGS",
        D(2021, 7, 1),
        D(2021, 12, 31),
        500_000,
        "in negotiation",
    ),
]
labels = ["Contribution", "Beneficiary", "Planned start", "Planned end", "Indicative budget, SEK", "Status"]
for i, lab in enumerate(labels):
    ws2.cell(row=3 + i, column=1, value=lab).font = Font(bold=True)
    for j, p in enumerate(se_pl):
        c = ws2.cell(row=3 + i, column=2 + j, value=p[i])
        c.alignment = Alignment(wrap_text=True, vertical="top")
        if isinstance(p[i], D):
            c.number_format = "DD.MM.YYYY"
ws2.column_dimensions["A"].width = 24
for col in "BCD":
    ws2.column_dimensions[col].width = 45
wb.save(OUT / "Sida_MIA_contributions_2021.xlsx")
# 2021-01-01..2022-12-31 = 730 days, 365 in 2021; 7,300,000 x 365/730 = 3,650,000
exp(se_on[0][0], "Sweden", "BORDER_SECURITY", "funded", "SEK", 3_650_000)
# 2021-04-01..2022-03-31 = 365 days, 275 in 2021 (Apr 1 - Dec 31); 3,650,000 x 275/365 = 2,750,000
exp(se_on[1][0], "Sweden", "DOMESTIC_VIOLENCE", "funded", "SEK", 2_750_000)
# 2020-07-01..2021-06-30 = 184 + 181 = 365 days, 181 in 2021; 1,460,000 x 181/365 = 724,000
exp(se_on[2][0], "Sweden", "CUSTODY", "funded", "SEK", 724_000)
# 2021-10-01..2022-09-30 = 365 days, 92 in 2021 (31+30+31); 1,825,000 x 92/365 = 460,000
exp(se_pl[0][0], "Sweden", "TRAFFICKING", "pipeline", "SEK", 460_000)
exp(se_pl[1][0], "Sweden", "DRUGS", "pipeline", "SEK", 0)  # 2022 only
exp(se_pl[2][0], "Sweden", "BORDER_CROSSING", "pipeline", "SEK", 500_000)  # within 2021

# ------------------------------------------------------------------------------------------------------------------
# 2 Coordinator's workbook: the partner only in the sheet names "Norway" and "Switzerland" (file name neutral).
#   "Norway": Ukrainian, periods as years only ("2021–2023", "2021", "2020–2021"), NOK in the header, "реалізовано".
#   "Switzerland": English, periods "01/21–12/22" (MM/YY), amounts "CHF 500'000.-" / "Fr. 1'092'000" in the cell.
wb = Workbook()
ws = wb.active
ws.title = "Norway"
ws["A1"] = "Проєкти партнерів СРГ «Правоохоронна діяльність» – дані, зібрані координатором (березень 2021)"
ws.append([])
ws.append(["№", "Назва проєкту", "Бенефіціар", "Період", "Бюджет, NOK", "Статус"])
no = [
    (
        1,
        "Протидія торгівлі людьми: навчання слідчих Національної поліції",
        "НПУ",
        "2021–2023",
        3_000_000,
        "реалізується",
    ),
    (
        2,
        "Реагування поліції на домашнє насильство: підготовка груп реагування",
        "НПУ",
        "2021",
        800_000,
        "реалізовано",
    ),
    (
        3,
        "Підтримка ДСНС у гуманітарному розмінуванні територій",
        "ДСНС",
        "2020–2021",
        1_462_000,
        "реалізується",
    ),
]
for r in no:
    ws.append(list(r))
ws.column_dimensions["B"].width = 75
ws = wb.create_sheet("Switzerland")
ws["A1"] = "Partner projects, SWG Law Enforcement – as submitted to the coordinator (March 2021)"
ws.append([])
ws.append(["#", "Project", "Beneficiary", "Period (MM/YY)", "Budget", "Status"])
ch = [
    (
        1,
        "Community-based policing in eastern Ukraine: safety and trust in hromadas",
        "NPU",
        "01/21–12/22",
        "CHF 500'000.-",
        "ongoing",
    ),
    (
        2,
        "Monitoring of detention conditions in police custody by the National Preventive Mechanism",
        "NPU",
        "01/21–06/22",
        "Fr. 1'092'000",
        "ongoing",
    ),
    (
        3,
        "COVID-19: protective equipment and disinfection for State Emergency Service units",
        "SESU",
        "04/21–09/21",
        "CHF 150'000.-",
        "ongoing",
    ),
]
for r in ch:
    ws.append(list(r))
ws.column_dimensions["B"].width = 80
wb.save(OUT / "SWG_coordinator_partner_returns.xlsx")
# 2021-01-01..2023-12-31 = 1095 days, 365 in 2021; 3,000,000 x 365/1095 = 1,000,000
exp(no[0][1], "Norway", "TRAFFICKING", "funded", "NOK", 1_000_000)
exp(no[1][1], "Norway", "DOMESTIC_VIOLENCE", "funded", "NOK", 800_000)  # all of 2021 ("реалізовано" = done)
# 2020-01-01..2021-12-31 = 366 + 365 = 731 days, 365 in 2021; 1,462,000 x 365/731 = 730,000
exp(no[2][1], "Norway", "OTHER", "funded", "NOK", 730_000)
# 01/21-12/22 = 2021-01-01..2022-12-31 = 730 days, 365 in 2021; 500,000 x 365/730 = 250,000
exp(ch[0][1], "Switzerland", "COMMUNITY_POLICING", "funded", "CHF", 250_000)
# 01/21-06/22 = 2021-01-01..2022-06-30 = 365 + 181 = 546 days, 365 in 2021; 1,092,000 x 365/546 = 730,000
exp(ch[1][1], "Switzerland", "CUSTODY", "funded", "CHF", 730_000)
exp(ch[2][1], "Switzerland", "COVID19", "funded", "CHF", 150_000)  # 04/21-09/21, within 2021

# ------------------------------------------------------------------------------------------------------------------
# 3 Germany (Federal Foreign Office): header in two languages on two rows (Ukrainian row 3 above English row 4),
#   years across as columns 2020 | 2021 | 2022 | Total (= the sum), in EUR thousand (title row), a note row between
#   projects, a totals row, bilingual statuses
wb = Workbook()
ws = wb.active
ws.title = "AA projects"
ws["A1"] = (
    "Федеральне міністерство закордонних справ Німеччини / Federal Foreign Office of Germany (Auswärtiges Amt)"
)
ws["A2"] = "Проєкти у системі МВС, тис. євро / Projects in the MIA system, EUR thousand"
ws["A1"].font = Font(bold=True)
ua = ["Назва проєкту", "Бенефіціар", "2020", "2021", "2022", "Разом", "Статус"]
en = ["Project title", "Beneficiary", "2020", "2021", "2022", "Total", "Status"]
put_rows(ws, [ua, en], 3)
for r in (3, 4):
    for c in ws[r]:
        c.font = Font(bold=True)
de = [
    (
        "Thermal imaging cameras for border surveillance on the Ukraine–Belarus border section",
        "SBGS",
        200,
        450,
        150,
        800,
        "реалізується / ongoing",
    ),
    (
        "Identification of irregular migrants and document verification by the State Migration Service",
        "SMS",
        "—",
        300,
        300,
        600,
        "реалізується / ongoing",
    ),
    ("* суми на 2022 рік орієнтовні / * amounts for 2022 are indicative", None, None, None, None, None, None),
    (
        "Forensic equipment for investigating drug-related crimes (synthetic drugs)",
        "NPU",
        "—",
        120.5,
        "—",
        120.5,
        "реалізується / ongoing",
    ),
    ("Training of police investigators on hate crimes", "NPU", 100, "—", "—", 100, "завершено / completed"),
    ("Video recording in police custody rooms", "NPU", "—", 80, 170, 250, "планується / planned"),
    ("Усього / Total", None, 300, 950.5, 620, 1870.5, None),
]
put_rows(ws, de, 5)
ws["A7"].font = Font(italic=True)
ws["A11"].font = Font(bold=True)
ws.column_dimensions["A"].width = 85
wb.save(OUT / "Germany_AA_MIA_projects_2021.xlsx")
exp(de[0][0], "Germany", "BORDER_SECURITY", "funded", "EUR", 450_000)  # 2021 column given: 450 thousand
exp(de[1][0], "Germany", "ILLEGAL_MIGRATION", "funded", "EUR", 300_000)  # 300 thousand
exp(de[3][0], "Germany", "DRUGS", "funded", "EUR", 120_500)  # 120.5 thousand
exp(de[4][0], "Germany", "OTHER", "funded", "EUR", 0)  # money only in 2020
exp(de[5][0], "Germany", "CUSTODY", "pipeline", "EUR", 80_000)  # planned, 80 thousand in 2021

# ------------------------------------------------------------------------------------------------------------------
# 4 Canada: a CSV exported from Google Sheets ("<name> - Sheet1.csv": UTF-8 without BOM, comma separator, amounts
#   quoted "1,250,000.00"), a "Completion, %" column beside the budget (progress, NOT a share of the money)
ca_hdr = ["Project", "Beneficiary", "Start date", "End date", "Budget (CAD)", "Completion, %", "Status"]
ca = [
    (
        "Domestic violence case management for National Police units",
        "NPU",
        "2021-01-01",
        "2021-12-31",
        "1,250,000.00",
        "45%",
        "Active",
    ),
    (
        "Community policing: district police officers in amalgamated hromadas",
        "NPU",
        "2020-04-01",
        "2022-03-31",
        "2,190,000.00",
        "60%",
        "Active",
    ),
    (
        "Anti-trafficking hotline and victim referral with the National Police",
        "NPU",
        "2021-09-01",
        "2022-02-28",
        "362,000.00",
        "10%",
        "Active",
    ),
    (
        "Public order management training for the National Guard",
        "NGU",
        "2021-05-01",
        "2021-11-30",
        "400,000.00",
        "0%",
        "Cancelled",
    ),
]
with open(OUT / "Canada PSOPs MIA 2021 - Sheet1.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(ca_hdr)
    for r in ca:
        w.writerow(r)
exp(ca[0][0], "Canada", "DOMESTIC_VIOLENCE", "funded", "CAD", 1_250_000)  # all of 2021; 45% is progress
# 2020-04-01..2022-03-31 = 275 + 365 + 90 = 730 days, 365 in 2021; 2,190,000 x 365/730 = 1,095,000
exp(ca[1][0], "Canada", "COMMUNITY_POLICING", "funded", "CAD", 1_095_000)
# 2021-09-01..2022-02-28 = 122 + 59 = 181 days, 122 in 2021; 362,000 x 122/181 = 244,000
exp(ca[2][0], "Canada", "TRAFFICKING", "funded", "CAD", 244_000)
exp(ca[3][0], "Canada", "OTHER", "cancelled", "CAD", 0)

# ------------------------------------------------------------------------------------------------------------------
# 5 EU Delegation: contract amount in UAH, an exchange-rate column and an "Amount, EUR" column (= UAH / rate; the
#   EUR column is the one to use); statuses "signed" / "in negotiation"
wb = Workbook()
ws = wb.active
ws.title = "EUD contracts"
ws["A1"] = (
    "Delegation of the European Union to Ukraine – contracts with the MIA system (UAH at the contract rate)"
)
ws.append([])
ws.append(["Project", "Beneficiary", "Start", "End", "Amount, UAH", "Rate, UAH/EUR", "Amount, EUR", "Status"])
eu = [
    (
        "Reconstruction of the Hoptivka border crossing point to increase passenger car throughput",
        "SBGS",
        D(2021, 1, 1),
        D(2022, 12, 31),
        66_000_000,
        33.00,
        2_000_000,
        "signed",
    ),
    (
        "Specialised police units for domestic violence cases in Kharkiv region",
        "NPU",
        D(2021, 6, 1),
        D(2021, 11, 30),
        10_050_000,
        33.50,
        300_000,
        "in negotiation",
    ),
    (
        "Mobile patrols of the State Border Guard Service on the eastern land border",
        "SBGS",
        D(2020, 1, 1),
        D(2021, 12, 31),
        47_953_600,
        32.80,
        1_462_000,
        "signed",
    ),
]
put_rows(ws, eu, 4)
for r in range(4, 7):
    ws.cell(row=r, column=5).number_format = "#,##0"
    ws.cell(row=r, column=6).number_format = "0.00"
    ws.cell(row=r, column=7).number_format = "#,##0"
ws.column_dimensions["A"].width = 85
wb.save(OUT / "EUD_MIA_contracts_UAH_EUR.xlsx")
# 66,000,000 / 33.00 = 2,000,000 EUR; 2021-01-01..2022-12-31 = 730 days, 365 in 2021 -> 1,000,000
exp(eu[0][0], "EU", "BORDER_CROSSING", "funded", "EUR", 1_000_000)
# 10,050,000 / 33.50 = 300,000 EUR; within 2021; not yet agreed -> pipeline
exp(eu[1][0], "EU", "DOMESTIC_VIOLENCE", "pipeline", "EUR", 300_000)
# 47,953,600 / 32.80 = 1,462,000 EUR; 2020-01-01..2021-12-31 = 731 days, 365 in 2021 -> 730,000
exp(eu[2][0], "EU", "BORDER_SECURITY", "funded", "EUR", 730_000)

# ------------------------------------------------------------------------------------------------------------------
# 6 UNHCR (Russian): a units row directly under the header ("", "", "USD", "дд.мм.гггг", ...) saying the currency only
#   there; dates as text; status "на стадии подписания" (not yet signed -> pipeline)
wb = Workbook()
ws = wb.active
ws.title = "УВКБ ООН"
ws["A1"] = "Управление Верховного комиссара ООН по делам беженцев (УВКБ ООН) – проекты с системой МВД"
ws.append([])
ws.append(["№", "Название проекта", "Бюджет", "Начало", "Окончание", "Статус"])
ws.append(["", "", "USD", "дд.мм.гггг", "дд.мм.гггг", ""])
for c in ws[4]:
    c.font = Font(italic=True)
unhcr = [
    (
        1,
        "Идентификация и документирование незаконных мигрантов Государственной миграционной службой",
        600_000,
        "01.01.2021",
        "31.12.2022",
        "реализуется",
    ),
    (
        2,
        "Противодействие торговле людьми среди внутренне перемещённых лиц",
        365_000,
        "01.04.2021",
        "31.03.2022",
        "реализуется",
    ),
    (
        3,
        "Реагирование полиции на домашнее насилие в общинах с ВПЛ",
        150_000,
        "01.01.2021",
        "31.12.2021",
        "завершён",
    ),
    (
        4,
        "COVID-19: средства индивидуальной защиты для сотрудников ГМС",
        80_000,
        "01.09.2021",
        "31.12.2021",
        "на стадии подписания",
    ),
]
for r in unhcr:
    ws.append(list(r))
ws.column_dimensions["B"].width = 80
wb.save(OUT / "UNHCR_proekty_MVD_2021.xlsx")
# 2021-01-01..2022-12-31 = 730 days, 365 in 2021; 600,000 x 365/730 = 300,000
exp(unhcr[0][1], "UNHCR", "ILLEGAL_MIGRATION", "funded", "USD", 300_000)
# 2021-04-01..2022-03-31 = 365 days, 275 in 2021; 365,000 x 275/365 = 275,000
exp(unhcr[1][1], "UNHCR", "TRAFFICKING", "funded", "USD", 275_000)
exp(unhcr[2][1], "UNHCR", "DOMESTIC_VIOLENCE", "funded", "USD", 150_000)  # all of 2021
exp(unhcr[3][1], "UNHCR", "COVID19", "pipeline", "USD", 80_000)  # within 2021, not yet signed

# ------------------------------------------------------------------------------------------------------------------
# 7 Poland (Polish Aid), Ukrainian: a "Зміна, PLN" column of reductions "(50 000)" beside the budget (the budget stays
#   the amount), a "Виконання, %" column (progress, not money), status "на стадії підписання"
wb = Workbook()
ws = wb.active
ws.title = "Polska pomoc"
ws["A1"] = "Польська допомога (Міністерство закордонних справ Республіки Польща) – проєкти в системі МВС"
ws.append([])
ws.append(
    [
        "№",
        "Назва проєкту",
        "Бенефіціар",
        "Початок",
        "Завершення",
        "Бюджет, PLN",
        "Зміна, PLN",
        "Виконання, %",
        "Статус",
    ]
)
pl = [
    (
        1,
        "Електронний журнал обліку затриманих осіб у відділах поліції (custody records)",
        "НПУ",
        D(2021, 1, 1),
        D(2021, 12, 31),
        500_000,
        "(50 000)",
        80,
        "реалізується",
    ),
    (
        2,
        "Обладнання для експертної служби МВС для розслідування злочинів, пов'язаних з наркотиками",
        "МВС",
        D(2021, 3, 1),
        D(2022, 2, 28),
        730_000,
        None,
        30,
        "реалізується",
    ),
    (
        3,
        "Протидія нелегальній міграції: обладнання ДМС для виявлення підроблених документів",
        "ДМС",
        D(2021, 10, 1),
        D(2022, 9, 30),
        365_000,
        "(20 000)",
        0,
        "на стадії підписання",
    ),
]
put_rows(ws, pl, 4)
ws["A8"] = "Зміна – зменшення або повернення коштів за рішенням донора; Бюджет – затверджена сума проєкту."
ws.column_dimensions["B"].width = 85
wb.save(OUT / "Polska_pomoc_MVS_2021.xlsx")
exp(pl[0][1], "Poland", "CUSTODY", "funded", "PLN", 500_000)  # all of 2021; the budget, not 500,000 - 50,000
# 2021-03-01..2022-02-28 = 365 days, 306 in 2021; 730,000 x 306/365 = 612,000
exp(pl[1][1], "Poland", "DRUGS", "funded", "PLN", 612_000)
# 2021-10-01..2022-09-30 = 365 days, 92 in 2021; 365,000 x 92/365 = 92,000; not yet signed -> pipeline
exp(pl[2][1], "Poland", "ILLEGAL_MIGRATION", "pipeline", "PLN", 92_000)

# ------------------------------------------------------------------------------------------------------------------
# 8 USAID: an ordinary table where one project's title wraps into the next row (that row has only the rest of the
#   title, every other cell empty)
wb = Workbook()
ws = wb.active
ws.title = "USAID"
ws["A1"] = "USAID/Ukraine – activities with the Ministry of Internal Affairs system, FY2021"
ws.append([])
ws.append(["Activity", "Implementer", "Beneficiary", "Start", "End", "Total estimated cost, USD", "Status"])
us = [
    (
        "Community policing and citizens' trust in the National Police in Kharkiv and Dnipro",
        "Chemonics",
        "NPU",
        D(2021, 1, 1),
        D(2023, 12, 31),
        3_285_000,
        "Ongoing",
    ),
    (
        "Countering trafficking in persons: victim identification and",
        "Winrock International",
        "NPU",
        D(2020, 10, 1),
        D(2022, 9, 30),
        1_460_000,
        "Ongoing",
    ),
    ("reintegration support with the National Police", None, None, None, None, None, None),
    (
        "COVID-19 response: oxygen concentrators for MIA hospitals",
        "UNICEF",
        "MIA",
        D(2021, 2, 1),
        D(2021, 7, 31),
        250_000,
        "Completed",
    ),
    (
        "Cyber security of MIA information systems",
        "TBD",
        "MIA",
        D(2022, 1, 1),
        D(2022, 12, 31),
        700_000,
        "Planned",
    ),
]
put_rows(ws, us, 4, datefmt="MM/DD/YYYY")
ws.column_dimensions["A"].width = 70
wb.save(OUT / "USAID_MIA_activities_FY2021.xlsx")
# 2021-01-01..2023-12-31 = 1095 days, 365 in 2021; 3,285,000 x 365/1095 = 1,095,000
exp(us[0][0], "USAID", "COMMUNITY_POLICING", "funded", "USD", 1_095_000)
# title over two rows; 2020-10-01..2022-09-30 = 92 + 365 + 273 = 730 days, 365 in 2021; 1,460,000 / 2 = 730,000
exp(us[1][0] + " " + us[2][0], "USAID", "TRAFFICKING", "funded", "USD", 730_000)
exp(us[3][0], "USAID", "COVID19", "funded", "USD", 250_000)  # within 2021
exp(us[4][0], "USAID", "OTHER", "pipeline", "USD", 0)  # 2022 only

with open(OUT.parent / "expected.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=list(EXP[0]))
    w.writeheader()
    w.writerows(EXP)
print(len(EXP), "expected lines")
