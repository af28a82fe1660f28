# ruff: noqa: B007 - a data script written blind: its loops unpack whole rows and use a few fields
"""Blind partner files, set O: written without reading the reader's code. Expected values by hand.

Returns filled in a hurry and files exported from other systems: a table starting in column C under a logo block,
"1.250.000 EUR" / "250.000,50 EUR", a grants-database CSV export, mixed date styles in one column ("2021/03/01",
"1 March 2021", "31.12.21"), English status phrases, a TOTAL row right under the header, a frozen header with an
autofilter and a hidden sheet holding an older list, "EUR 400 000 (of which 2021: 150 000)", beneficiaries with
shares, "млн грн" / "тыс. долл." per cell, a title row with its description merged across the row below, a Year column.

Usage: python set_o.py OUT_DIR  -> OUT_DIR/raw/<partner files>, OUT_DIR/expected.csv
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
# 1 Germany (Federal Foreign Office): a logo-like text block in A1 (merged A1:B3), the table starts in column C
#   (columns A and B empty below the logo); amounts as text with a dot as thousands separator and the currency code
#   after ("730.000 EUR"), one with decimals after a comma ("250.000,50 EUR"); German-style dates as text
wb = Workbook()
ws = wb.active
ws.title = "Projektliste"
ws["A1"] = "AUSWÄRTIGES AMT\nFederal Foreign Office\nDivision S03 – Stabilisation"
ws["A1"].font = Font(bold=True, size=9)
ws["A1"].alignment = Alignment(wrap_text=True, vertical="top")
ws.merge_cells("A1:B3")
ws["C2"] = (
    "Germany – Federal Foreign Office: projects with the Ministry of Internal Affairs of Ukraine (2021)"
)
ws["C2"].font = Font(bold=True, size=12)
hdr = ["No.", "Project title", "Implementing organisation", "Beneficiary", "Start", "End", "Budget", "Status"]
for j, h in enumerate(hdr):
    ws.cell(row=5, column=3 + j, value=h).font = Font(bold=True)
de = [
    (
        1,
        "Electronic custody records in temporary detention facilities of the National Police",
        "GIZ",
        "NPU",
        "01.01.2021",
        "31.12.2022",
        "730.000 EUR",
        "ongoing",
    ),
    (
        2,
        "Risk analysis training for border guards on the green border with Belarus",
        "Berghof Foundation",
        "SBGS",
        "01.07.2021",
        "30.06.2022",
        "1.095.000 EUR",
        "ongoing",
    ),
    (
        3,
        "COVID-19 protective equipment and rapid tests for National Guard units",
        "Johanniter International Assistance",
        "NGU",
        "01.03.2021",
        "31.08.2021",
        "250.000,50 EUR",
        "ongoing",
    ),
    (
        4,
        "Investigation of human trafficking cases: training of police investigators and prosecutors",
        "La Strada Deutschland",
        "NPU",
        "01.10.2020",
        "30.09.2021",
        "365.000 EUR",
        "ongoing",
    ),
    (
        5,
        "Community policing: mobile police stations and neighbourhood officers in Donetsk oblast",
        "GIZ",
        "NPU",
        "01.09.2021",
        "31.08.2022",
        "1.460.000,00 EUR",
        "planned (approval expected in August 2021)",
    ),
]
for i, r in enumerate(de, start=6):
    for j, v in enumerate(r):
        ws.cell(row=i, column=3 + j, value=v)
ws.column_dimensions["A"].width = 14
ws.column_dimensions["B"].width = 10
ws.column_dimensions["D"].width = 80
ws.column_dimensions["E"].width = 32
ws.column_dimensions["I"].width = 18
ws.column_dimensions["J"].width = 40
wb.save(OUT / "Germany_AA_Projektliste_MIA_2021.xlsx")
# 730,000; 2021-01-01..2022-12-31 = 730 days, 365 in 2021; 730,000 x 365/730 = 365,000
exp(de[0][1], "Germany", "CUSTODY", "funded", "EUR", 365_000)
# 1,095,000; 2021-07-01..2022-06-30 = 365 days, 184 in 2021; 1,095,000 x 184/365 = 552,000
exp(de[1][1], "Germany", "BORDER_SECURITY", "funded", "EUR", 552_000)
exp(de[2][1], "Germany", "COVID19", "funded", "EUR", 250_000.5)  # 250,000.50, within 2021
# 365,000; 2020-10-01..2021-09-30 = 365 days, 273 in 2021; 365,000 x 273/365 = 273,000
exp(de[3][1], "Germany", "TRAFFICKING", "funded", "EUR", 273_000)
# 1,460,000.00; 2021-09-01..2022-08-31 = 365 days, 122 in 2021 (30+31+30+31); 1,460,000 x 122/365 = 488,000
exp(de[4][1], "Germany", "COMMUNITY_POLICING", "pipeline", "EUR", 488_000)

# ------------------------------------------------------------------------------------------------------------------
# 2 USAID: CSV exported from a grants database (UTF-8, comma-separated, quoted): "Grant Title", "Grantee",
#   "Award Amount (USD)", "Period of Performance Start/End", "Award Status"; award IDs that look like numbers;
#   one grantee is IOM (the donor is still USAID); statuses Active / Closed / Pending Award / Terminated
usaid_hdr = [
    "Award ID",
    "Grant Title",
    "Grantee",
    "Operating Unit",
    "Award Amount (USD)",
    "Period of Performance Start",
    "Period of Performance End",
    "Award Status",
    "Last Modified",
]
usaid = [
    (
        "72012120CA00004",
        "Strengthening Community Policing in Eastern Ukraine",
        "Chemonics International Inc.",
        "USAID/Ukraine",
        "730000.00",
        "2020-07-01",
        "2021-06-30",
        "Closed",
        "2021-07-15",
    ),
    (
        "72012121IO00002",
        "Countering Trafficking in Persons: Victim Identification by the National Police",
        "International Organization for Migration (IOM)",
        "USAID/Ukraine",
        "3285000.00",
        "2021-01-01",
        "2023-12-31",
        "Active",
        "2021-02-03",
    ),
    (
        "72012121GR00011",
        "Police Mobile Response Teams for Survivors of Domestic Violence",
        "La Strada-Ukraine",
        "USAID/Ukraine",
        "730000.00",
        "2021-04-01",
        "2022-03-31",
        "Active",
        "2021-04-09",
    ),
    (
        "72012121GR00014",
        "COVID-19 Response: Protective Equipment for State Emergency Service Rescuers",
        "Project HOPE",
        "USAID/Ukraine",
        "365000.00",
        "2021-03-01",
        "2022-02-28",
        "Active",
        "2021-03-02",
    ),
    (
        "72012121CA00019",
        "Integrity Testing and Transparent Recruitment in the Patrol Police",
        "Pact Inc.",
        "USAID/Ukraine",
        "1095000.00",
        "2021-09-01",
        "2022-08-31",
        "Pending Award",
        "2021-06-30",
    ),
    (
        "72012120GR00031",
        "Drug Use Prevention Outreach by Juvenile Police Officers in Schools",
        "Ukrainian Foundation for Public Health",
        "USAID/Ukraine",
        "500000.00",
        "2021-02-01",
        "2021-12-31",
        "Terminated",
        "2021-05-20",
    ),
]
with open(OUT / "USAID_GrantsDB_export_UKR_MIA.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, quoting=csv.QUOTE_ALL)
    w.writerow(usaid_hdr)
    for r in usaid:
        w.writerow(r)
# 730,000; 2020-07-01..2021-06-30 = 365 days, 181 in 2021 (Jan..Jun); 730,000 x 181/365 = 362,000 (closed = done)
exp(usaid[0][1], "USAID", "COMMUNITY_POLICING", "funded", "USD", 362_000)
# 3,285,000; 2021-01-01..2023-12-31 = 1095 days, 365 in 2021; 3,285,000 x 365/1095 = 1,095,000
exp(usaid[1][1], "USAID", "TRAFFICKING", "funded", "USD", 1_095_000)
# 730,000; 2021-04-01..2022-03-31 = 365 days, 275 in 2021 (365 - 90); 730,000 x 275/365 = 550,000
exp(usaid[2][1], "USAID", "DOMESTIC_VIOLENCE", "funded", "USD", 550_000)
# 365,000; 2021-03-01..2022-02-28 = 365 days, 306 in 2021; 365,000 x 306/365 = 306,000
exp(usaid[3][1], "USAID", "COVID19", "funded", "USD", 306_000)
# 1,095,000; 2021-09-01..2022-08-31 = 365 days, 122 in 2021; 1,095,000 x 122/365 = 366,000 (pending award)
exp(usaid[4][1], "USAID", "OTHER", "pipeline", "USD", 366_000)
exp(usaid[5][1], "USAID", "DRUGS", "cancelled", "USD", 0)  # terminated

# ------------------------------------------------------------------------------------------------------------------
# 3 UK (British Embassy, CSSF): a TOTAL row right under the header (then the projects); dates in mixed styles in one
#   column ("2021/01/01", "1 March 2021") and one end "31.12.21"; statuses as phrases
wb = Workbook()
ws = wb.active
ws.title = "CSSF Ukraine"
ws["A1"] = (
    "British Embassy Kyiv – Conflict, Stability and Security Fund (CSSF): MIA sector projects (return for SWG)"
)
ws["A1"].font = Font(bold=True)
hdr = ["Ref", "Project", "Beneficiary", "Start", "End", "Budget (GBP)", "Status"]
for j, h in enumerate(hdr, start=1):
    ws.cell(row=3, column=j, value=h).font = Font(bold=True)
uk = [
    (
        "CSSF-UA-101",
        "Video recording and body-worn cameras in police custody: protecting detainees in temporary detention",
        "NPU",
        "2021/01/01",
        "31.12.21",
        400_000,
        "In implementation",
    ),
    (
        "CSSF-UA-102",
        "Cyber-enabled investigation capability for the Cyber Police Department",
        "NPU",
        "1 March 2021",
        "28 February 2022",
        365_000,
        "In implementation",
    ),
    (
        "CSSF-UA-097",
        "Modern slavery and human trafficking: victim identification training for police investigators",
        "NPU",
        "2020/04/01",
        "2021/03/31",
        365_000,
        "Closing",
    ),
    (
        "CSSF-UA-110",
        "Domestic abuse risk assessment tool for police first responders",
        "NPU",
        "1 July 2021",
        "2022/06/30",
        730_000,
        "Pipeline – approved in principle",
    ),
    (
        "CSSF-UA-111",
        "Maritime border surveillance of the Sea of Azov coast: radars and patrol boats for the Maritime Guard",
        "SBGS",
        "1 October 2021",
        "30 September 2023",
        730_000,
        "Concept note stage",
    ),
    (
        "CSSF-UA-089",
        "Public order policing at mass events: de-escalation and dialogue police",
        "NPU, NGU",
        "2020/07/01",
        "2021/06/30",
        365_000,
        "Completed (final report pending)",
    ),
]
ws.cell(row=4, column=2, value="TOTAL").font = Font(bold=True)
ws.cell(row=4, column=6, value=sum(r[5] for r in uk)).font = Font(
    bold=True
)  # 2,955,000 (a number, not a formula)
for i, r in enumerate(uk, start=5):
    for j, v in enumerate(r, start=1):
        ws.cell(row=i, column=j, value=v)
ws.column_dimensions["B"].width = 90
ws.column_dimensions["D"].width = 16
ws.column_dimensions["E"].width = 18
ws.column_dimensions["G"].width = 34
wb.save(OUT / "UK_CSSF_MIA_return_2021.xlsx")
exp(uk[0][1], "UK", "CUSTODY", "funded", "GBP", 400_000)  # 2021-01-01..2021-12-31
# 2021-03-01..2022-02-28 = 365 days, 306 in 2021; 365,000 x 306/365 = 306,000
exp(uk[1][1], "UK", "OTHER", "funded", "GBP", 306_000)
# 2020-04-01..2021-03-31 = 365 days, 90 in 2021 (31+28+31); 365,000 x 90/365 = 90,000
exp(uk[2][1], "UK", "TRAFFICKING", "funded", "GBP", 90_000)
# 2021-07-01..2022-06-30 = 365 days, 184 in 2021; 730,000 x 184/365 = 368,000 (approved in principle: pipeline)
exp(uk[3][1], "UK", "DOMESTIC_VIOLENCE", "pipeline", "GBP", 368_000)
# 2021-10-01..2023-09-30 = 92+365+273 = 730 days, 92 in 2021; 730,000 x 92/730 = 92,000 (concept note: pipeline)
exp(uk[4][1], "UK", "BORDER_SECURITY", "pipeline", "GBP", 92_000)
# 2020-07-01..2021-06-30 = 365 days, 181 in 2021; 365,000 x 181/365 = 181,000 (completed: funded)
exp(uk[5][1], "UK", "OTHER", "funded", "GBP", 181_000)

# ------------------------------------------------------------------------------------------------------------------
# 4 EU Delegation: frozen header row with an autofilter; a hidden sheet with the older (2020) version of the list
#   (same titles, older amounts, one dropped project) that must not be counted; one amount cell holding two numbers
wb = Workbook()
ws = wb.active
ws.title = "Actions 2021"
hdr = [
    "Action",
    "Contract ref.",
    "Implementing partner",
    "Beneficiary",
    "Start",
    "End",
    "EU contribution (EUR)",
    "Status",
]
ws.append(hdr)
for c in ws[1]:
    c.font = Font(bold=True)
eu = [
    (
        "Surveillance equipment for the green border on the Ukraine–Moldova border section",
        "ENI/2020/417-233",
        "ICMPD",
        "SBGS",
        D(2021, 1, 1),
        D(2022, 12, 31),
        2_000_000,
        "Ongoing",
    ),
    (
        "Reducing waiting times at road border crossing points: joint control and electronic queue",
        "ENI/2021/420-118",
        "Consortium led by Crown Agents",
        "SBGS, State Customs Service",
        D(2021, 3, 1),
        D(2022, 12, 31),
        "EUR 400 000 (of which 2021: 150 000)",
        "Ongoing",
    ),
    (
        "Readmission and return of irregular migrants: support to the State Migration Service",
        "ENI/2021/421-009",
        "IOM",
        "SMS",
        D(2021, 7, 1),
        D(2022, 6, 30),
        1_460_000,
        "Ongoing",
    ),
    (
        "Detection of illicit drugs in container traffic at the port of Odesa",
        "ENI/2019/410-552",
        "UNODC",
        "NPU, State Customs Service",
        D(2020, 1, 1),
        D(2021, 12, 31),
        1_462_000,
        "Ongoing",
    ),
]
for r in eu:
    ws.append(list(r))
for row in ws.iter_rows(min_row=2, min_col=5, max_col=6):
    for c in row:
        c.number_format = "DD.MM.YYYY"
ws.freeze_panes = "A2"
ws.auto_filter.ref = f"A1:H{1 + len(eu)}"
ws.column_dimensions["A"].width = 85
ws.column_dimensions["G"].width = 38
old = wb.create_sheet("Actions 2020 (old)")
old.append(hdr)
old_rows = [
    (eu[0][0], "ENI/2020/417-233", "ICMPD", "SBGS", D(2021, 1, 1), D(2022, 12, 31), 1_800_000, "Planned"),
    (eu[2][0], "ENI/2021/421-009", "IOM", "SMS", D(2021, 7, 1), D(2022, 6, 30), 1_200_000, "Planned"),
    (eu[3][0], "ENI/2019/410-552", "UNODC", "NPU", D(2020, 1, 1), D(2021, 12, 31), 1_462_000, "Ongoing"),
    (
        "Police training on hate crime investigation",
        "ENI/2020/415-010",
        "OSCE",
        "NPU",
        D(2020, 3, 1),
        D(2021, 2, 28),
        300_000,
        "Ongoing",
    ),
]
for r in old_rows:
    old.append(list(r))
old.sheet_state = "hidden"
wb.active = 0
wb.save(OUT / "EUD_Ukraine_MIA_actions.xlsx")
# 2021-01-01..2022-12-31 = 730 days, 365 in 2021; 2,000,000 x 365/730 = 1,000,000
exp(eu[0][0], "EU", "BORDER_SECURITY", "funded", "EUR", 1_000_000)
exp(eu[1][0], "EU", "BORDER_CROSSING", "funded", "EUR", 150_000)  # 2021 figure given in the cell
# 2021-07-01..2022-06-30 = 365 days, 184 in 2021; 1,460,000 x 184/365 = 736,000
exp(eu[2][0], "EU", "ILLEGAL_MIGRATION", "funded", "EUR", 736_000)
# 2020-01-01..2021-12-31 = 366+365 = 731 days, 365 in 2021; 1,462,000 x 365/731 = 730,000
exp(eu[3][0], "EU", "DRUGS", "funded", "EUR", 730_000)
# hidden sheet "Actions 2020 (old)": nothing counted (the hate-crime project is not in the current list)

# ------------------------------------------------------------------------------------------------------------------
# 5 UNDP, Russian-language return: amounts with their unit and currency in the cell ("14,6 млн грн", "730 тыс.
#   долл."), beneficiaries with shares in one cell ("ДПСУ 60%, НПУ 40%")
wb = Workbook()
ws = wb.active
ws.title = "ПРООН"
ws["A1"] = "Программа развития ООН (ПРООН) в Украине – проекты в системе МВД"
ws["A1"].font = Font(bold=True)
ws.append([])
ws.append(["№ п/п", "Название проекта", "Бенефициары (доля)", "Начало", "Окончание", "Бюджет", "Статус"])
for c in ws[3]:
    c.font = Font(bold=True)
undp = [
    (
        1,
        "Полиция общины (community policing) в Донецкой и Луганской областях",
        "НПУ 70%, ГСЧС 30%",
        "01.01.2021",
        "31.12.2022",
        "14,6 млн грн",
        "реализуется",
    ),
    (
        2,
        "Обустройство контрольных пунктов въезда-выезда: сокращение очередей и ускорение пропуска граждан",
        "ДПСУ 60%, НПУ 40%",
        "01.07.2021",
        "30.06.2022",
        "730 тыс. долл.",
        "реализуется",
    ),
    (
        3,
        "Профилактика наркомании среди подростков силами ювенальной полиции",
        "НПУ 100%",
        "01.04.2021",
        "31.12.2021",
        "2,5 млн грн",
        "реализуется",
    ),
    (
        4,
        "Мобильные группы реагирования на случаи домашнего насилия",
        "НПУ 80%, МВД 20%",
        "01.01.2022",
        "31.12.2022",
        "365 тыс. долл.",
        "планируется",
    ),
]
for r in undp:
    ws.append(list(r))
ws.column_dimensions["B"].width = 90
ws.column_dimensions["C"].width = 22
ws.column_dimensions["F"].width = 16
wb.save(OUT / "PROON_proekty_MVD_2021.xlsx")
# 14.6 млн грн = 14,600,000 UAH; 2021-01-01..2022-12-31 = 730 days, 365 in 2021 -> 7,300,000
exp(undp[0][1], "UNDP", "COMMUNITY_POLICING", "funded", "UAH", 7_300_000)
# 730 тыс. долл. = 730,000 USD; 2021-07-01..2022-06-30 = 365 days, 184 in 2021; 730,000 x 184/365 = 368,000
exp(undp[1][1], "UNDP", "BORDER_CROSSING", "funded", "USD", 368_000)
exp(undp[2][1], "UNDP", "DRUGS", "funded", "UAH", 2_500_000)  # 2.5 млн грн, within 2021
exp(undp[3][1], "UNDP", "DOMESTIC_VIOLENCE", "pipeline", "USD", 0)  # 2022 only

# ------------------------------------------------------------------------------------------------------------------
# 6 Switzerland (Ukrainian): each project's title on one row, its description in a cell merged across B:G of the
#   row below; dates as real dates
wb = Workbook()
ws = wb.active
ws.title = "Швейцарія"
ws["A1"] = "Посольство Швейцарії в Україні – проєкти у секторі МВС, бюджет у швейцарських франках"
ws["A1"].font = Font(bold=True)
hdr = ["№", "Назва проєкту / опис", "Бенефіціар", "Початок", "Завершення", "Бюджет, CHF", "Статус"]
for j, h in enumerate(hdr, start=1):
    ws.cell(row=3, column=j, value=h).font = Font(bold=True)
ch = [
    (
        1,
        "Моніторинг місць несвободи: візити до ізоляторів тимчасового тримання",
        "НПУ",
        D(2021, 1, 1),
        D(2023, 12, 31),
        1_095_000,
        "реалізується",
        "Спільні моніторингові візити з Офісом Уповноваженого ВРУ з прав людини до ІТТ, електронні журнали обліку "
        "затриманих осіб.",
    ),
    (
        2,
        "Гуманітарне розмінування звільнених територій",
        "ДСНС",
        D(2021, 9, 1),
        D(2022, 8, 31),
        730_000,
        "реалізується",
        "Обладнання для піротехнічних підрозділів ДСНС, навчання саперів, маркування небезпечних територій.",
    ),
    (
        3,
        "Мобільні групи реагування на випадки домашнього насильства",
        "НПУ",
        D(2021, 3, 1),
        D(2022, 2, 28),
        365_000,
        "реалізується",
        "Навчання поліцейських груп «ПОЛІНА», автомобілі, взаємодія з соціальними службами громад.",
    ),
    (
        4,
        "Засоби індивідуального захисту та вакцинація від COVID-19 для рятувальників ДСНС",
        "ДСНС",
        D(2020, 4, 1),
        D(2020, 12, 31),
        250_000,
        "завершено",
        "Закупівля масок, респіраторів, антисептиків; логістика вакцинації особового складу.",
    ),
]
row = 4
for r in ch:
    for j, v in enumerate(r[:7], start=1):
        c = ws.cell(row=row, column=j, value=v)
        if isinstance(v, D):
            c.number_format = "DD.MM.YYYY"
        c.font = Font(bold=True) if j == 2 else Font()
    c = ws.cell(row=row + 1, column=2, value=r[7])
    c.font = Font(italic=True)
    c.alignment = Alignment(wrap_text=True)
    ws.merge_cells(start_row=row + 1, start_column=2, end_row=row + 1, end_column=7)
    row += 2
ws.column_dimensions["B"].width = 75
ws.column_dimensions["F"].width = 14
wb.save(OUT / "Shveitsariia_proekty_MVS.xlsx")
# 2021-01-01..2023-12-31 = 1095 days, 365 in 2021; 1,095,000 x 365/1095 = 365,000
exp(ch[0][1], "Switzerland", "CUSTODY", "funded", "CHF", 365_000)
# 2021-09-01..2022-08-31 = 365 days, 122 in 2021; 730,000 x 122/365 = 244,000
exp(ch[1][1], "Switzerland", "OTHER", "funded", "CHF", 244_000)
# 2021-03-01..2022-02-28 = 365 days, 306 in 2021; 365,000 x 306/365 = 306,000
exp(ch[2][1], "Switzerland", "DOMESTIC_VIOLENCE", "funded", "CHF", 306_000)
exp(ch[3][1], "Switzerland", "COVID19", "funded", "CHF", 0)  # ended 2020

# ------------------------------------------------------------------------------------------------------------------
# 7 Norway: a "Year" column, the same project on one row per year with that year's amount (cells repeated, not
#   merged); one project only in 2022
wb = Workbook()
ws = wb.active
ws.title = "Norway MFA"
ws["A1"] = "Royal Norwegian Embassy in Kyiv – grants to the MIA sector by year (NOK)"
ws["A1"].font = Font(bold=True)
hdr = ["Project", "Agreement partner", "Beneficiary", "Year", "Amount (NOK)", "Status"]
for j, h in enumerate(hdr, start=1):
    ws.cell(row=3, column=j, value=h).font = Font(bold=True)
no_p1 = "Humanitarian demining capacity of the State Emergency Service"
no_p2 = "Police response to domestic violence in Zaporizhzhia oblast"
no_p3 = "Border surveillance with unmanned aerial systems for the State Border Guard Service"
no_p4 = "Biometric registration of foreigners to prevent illegal migration"
no = [
    (no_p1, "Norwegian People's Aid", "SESU", 2021, 5_000_000, "Agreement signed"),
    (no_p1, "Norwegian People's Aid", "SESU", 2022, 6_000_000, "Agreement signed"),
    (no_p2, "Norwegian Police Directorate", "NPU", 2020, 1_500_000, "Agreement signed"),
    (no_p2, "Norwegian Police Directorate", "NPU", 2021, 2_000_000, "Agreement signed"),
    (no_p3, "Norwegian Refugee Council", "SBGS", 2021, 3_000_000, "Agreement signed"),
    (no_p3, "Norwegian Refugee Council", "SBGS", 2022, 3_000_000, "Agreement signed"),
    (no_p3, "Norwegian Refugee Council", "SBGS", 2023, 1_000_000, "Agreement signed"),
    (no_p4, "Norwegian Directorate of Immigration", "SMS", 2022, 4_000_000, "Planned"),
]
for i, r in enumerate(no, start=4):
    for j, v in enumerate(r, start=1):
        ws.cell(row=i, column=j, value=v)
ws.column_dimensions["A"].width = 80
ws.column_dimensions["B"].width = 36
wb.save(OUT / "Norway_MIA_grants_by_year.xlsx")
exp(no_p1, "Norway", "OTHER", "funded", "NOK", 5_000_000)  # the 2021 row
exp(no_p2, "Norway", "DOMESTIC_VIOLENCE", "funded", "NOK", 2_000_000)  # the 2021 row
exp(no_p3, "Norway", "BORDER_SECURITY", "funded", "NOK", 3_000_000)  # the 2021 row
exp(no_p4, "Norway", "ILLEGAL_MIGRATION", "pipeline", "NOK", 0)  # only a 2022 row

# ------------------------------------------------------------------------------------------------------------------
# 8 Poland (Polish Aid): an ordinary UTF-8 CSV in Ukrainian, comma-separated, dd.mm.yyyy dates
pl_hdr = ["Назва проєкту", "Донор", "Бенефіціар", "Початок", "Завершення", "Сума, PLN", "Статус"]
pl = [
    (
        "Обмін досвідом з протидії нелегальній міграції між Прикордонною вартою Польщі та ДПСУ",
        "Польська допомога (МЗС Польщі)",
        "ДПСУ",
        "01.05.2021",
        "30.11.2021",
        "200000",
        "реалізується",
    ),
    (
        "Обладнання пунктів пропуску на польсько-українському кордоні для прискорення пропуску вантажівок",
        "Польська допомога (МЗС Польщі)",
        "ДПСУ",
        "01.01.2021",
        "31.12.2022",
        "1460000",
        "реалізується",
    ),
    (
        "Навчання слідчих поліції з розслідування торгівлі людьми",
        "Польська допомога (МЗС Польщі)",
        "НПУ",
        "01.06.2021",
        "31.12.2021",
        "150000",
        "скасовано",
    ),
]
with open(OUT / "Polska_pomoc_MVS_2021.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(pl_hdr)
    for r in pl:
        w.writerow(r)
exp(pl[0][0], "Poland", "ILLEGAL_MIGRATION", "funded", "PLN", 200_000)  # within 2021
# 2021-01-01..2022-12-31 = 730 days, 365 in 2021; 1,460,000 x 365/730 = 730,000
exp(pl[1][0], "Poland", "BORDER_CROSSING", "funded", "PLN", 730_000)
exp(pl[2][0], "Poland", "TRAFFICKING", "cancelled", "PLN", 0)

with open(OUT.parent / "expected.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=list(EXP[0]))
    w.writeheader()
    w.writerows(EXP)
print(len(EXP), "expected lines")
