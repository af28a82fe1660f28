# ruff: noqa: B007 - a data script written blind: its loops unpack whole rows and use a few fields
"""Blind partner files, set S: written without reading the reader's code. Expected values by hand.

Theme: money split over time and over parts (quarters, half-years, months, disbursed / planned / remaining,
tranches, original / revised 2021 figures, thousands in a grid only, a finance-system CSV with calendar "FY" columns).

Usage: python set_s.py OUT_DIR  -> OUT_DIR/raw/<partner files>, OUT_DIR/expected.csv
Convention: a given 2021 figure is taken as is (the sum of the 2021 quarters / half-years / months is such a figure);
otherwise total x days in 2021 / days of the project (both ends included); a month runs first to last day, a quarter
first to last day; outside 2021 -> 0; cancelled -> 0; planned / not yet agreed -> pipeline with its 2021 money.
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
BOLD = Font(bold=True)


def put_row(ws, row, values, col0=1, datefmt="DD.MM.YYYY"):
    for j, v in enumerate(values, start=col0):
        c = ws.cell(row=row, column=j, value=v)
        if isinstance(v, D):
            c.number_format = datefmt
        elif isinstance(v, (int, float)) and not isinstance(v, bool):
            c.number_format = "#,##0.##"


# ------------------------------------------------------------------------------------------------------------------
# 1 EU Delegation: planned payments per quarter across (Q1 2021 .. Q4 2022) under a merged group header, a total
#   column; one action with its quarters blank (pro-rate by days), one cancelled with its quarters filled, one pipeline
wb = Workbook()
ws = wb.active
ws.title = "EU actions MIA"
ws["A1"] = "Delegation of the European Union to Ukraine – EU-funded actions with the MIA system, 2021–2022"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "Planned payments of the EU contribution by calendar quarter, in EUR"
head1 = ["No.", "Action title", "Beneficiary", "Start", "End", "Status"]
quarters = ["Q1 2021", "Q2 2021", "Q3 2021", "Q4 2021", "Q1 2022", "Q2 2022", "Q3 2022", "Q4 2022"]
for j, h in enumerate(head1, start=1):
    ws.cell(row=4, column=j, value=h).font = BOLD
    ws.merge_cells(start_row=4, start_column=j, end_row=5, end_column=j)
ws.cell(row=4, column=7, value="Planned payments by quarter, EUR").font = BOLD
ws.merge_cells(start_row=4, start_column=7, end_row=4, end_column=14)
ws["G4"].alignment = Alignment(horizontal="center")
for j, q in enumerate(quarters, start=7):
    ws.cell(row=5, column=j, value=q).font = BOLD
ws.cell(row=4, column=15, value="Total EU contribution, EUR").font = BOLD
ws.merge_cells(start_row=4, start_column=15, end_row=5, end_column=15)
eu = [
    # no, title, benef, start, end, status, Q1..Q4 2021, Q1..Q4 2022, total
    (
        1,
        "Mobile surveillance units for the green border: vehicles, thermal cameras and patrol training",
        "SBGS",
        D(2021, 1, 1),
        D(2022, 12, 31),
        "Ongoing",
        250_000,
        300_000,
        300_000,
        350_000,
        300_000,
        300_000,
        200_000,
        200_000,
        2_200_000,
    ),
    (
        2,
        "Electronic queue and faster passenger clearance at checkpoints on the Ukrainian–Polish border",
        "SBGS",
        D(2021, 4, 1),
        D(2022, 3, 31),
        "Ongoing",
        None,
        120_000,
        150_000,
        150_000,
        80_000,
        None,
        None,
        None,
        500_000,
    ),
    (
        3,
        "Electronic custody records: register of detained persons in police temporary detention facilities",
        "NPU",
        D(2021, 7, 1),
        D(2022, 12, 31),
        "Ongoing (quarterly breakdown not yet available)",
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        549_000,
    ),
    (
        4,
        "Forensic DNA database for the Expert Service of the MIA",
        "MIA Expert Service",
        D(2021, 4, 1),
        D(2022, 3, 31),
        "Cancelled – financing agreement not signed",
        None,
        50_000,
        100_000,
        100_000,
        50_000,
        None,
        None,
        None,
        300_000,
    ),
    (
        5,
        "Identification and return of irregular migrants: support to the State Migration Service",
        "SMS",
        D(2021, 10, 1),
        D(2022, 9, 30),
        "Pipeline – not yet adopted",
        None,
        None,
        None,
        100_000,
        150_000,
        150_000,
        100_000,
        None,
        500_000,
    ),
]
for i, r in enumerate(eu, start=6):
    put_row(ws, i, r)
ws.cell(
    row=12,
    column=1,
    value="Quarterly amounts are planned payments; the total is the EU contribution over the "
    "whole action. Action 3: payment schedule to be agreed with the implementer.",
)
ws.column_dimensions["B"].width = 80
ws.column_dimensions["F"].width = 30
wb.save(OUT / "EUD_MIA_actions_quarterly_2021-2022.xlsx")
# 2021 quarters: 250,000 + 300,000 + 300,000 + 350,000 = 1,200,000 (quarters total 2,200,000 = total)
exp(eu[0][1], "EU", "BORDER_SECURITY", "funded", "EUR", 1_200_000)
# 2021 quarters: (Q1 blank) + 120,000 + 150,000 + 150,000 = 420,000 (pro rata would give 375,000 - not wanted)
exp(eu[1][1], "EU", "BORDER_CROSSING", "funded", "EUR", 420_000)
# quarters blank: 2021-07-01..2022-12-31 = 184 + 365 = 549 days, 184 in 2021; 549,000 x 184/549 = 184,000
exp(eu[2][1], "EU", "CUSTODY", "funded", "EUR", 184_000)
exp(eu[3][1], "EU", "OTHER", "cancelled", "EUR", 0)  # cancelled; its quarters (250,000 in 2021) not counted
# pipeline: Q4 2021 = 100,000 (only 2021 quarter filled)
exp(eu[4][1], "EU", "ILLEGAL_MIGRATION", "pipeline", "EUR", 100_000)

# ------------------------------------------------------------------------------------------------------------------
# 2 GIZ (Ukrainian): total in full hryvnias, quarter grid "I кв. 2021 .. IV кв. 2022" in THOUSANDS (said only in the
#   merged grid header "тис. грн"), a decimal thousand (600,5), a planned project
wb = Workbook()
ws = wb.active
ws.title = "Проєкти GIZ"
ws["A1"] = (
    "Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ) GmbH – проєкти в системі МВС України"
)
ws["A1"].font = Font(bold=True, size=12)
ws["A2"] = "Станом на 01.04.2021"
h = ["№", "Назва проєкту", "Бенефіціар", "Дата початку", "Дата завершення", "Загальна сума, грн"]
for j, v in enumerate(h, start=1):
    ws.cell(row=4, column=j, value=v).font = BOLD
    ws.merge_cells(start_row=4, start_column=j, end_row=5, end_column=j)
ws.cell(row=4, column=7, value="Розподіл за кварталами, тис. грн").font = BOLD
ws.merge_cells(start_row=4, start_column=7, end_row=4, end_column=14)
ws["G4"].alignment = Alignment(horizontal="center")
kv = [
    "I кв. 2021",
    "II кв. 2021",
    "III кв. 2021",
    "IV кв. 2021",
    "I кв. 2022",
    "II кв. 2022",
    "III кв. 2022",
    "IV кв. 2022",
]
for j, q in enumerate(kv, start=7):
    ws.cell(row=5, column=j, value=q).font = BOLD
ws.cell(row=4, column=15, value="Статус").font = BOLD
ws.merge_cells(start_row=4, start_column=15, end_row=5, end_column=15)
giz = [
    (
        1,
        "Протидія домашньому насильству: навчання мобільних груп поліції «ПОЛІНА»",
        "НПУ",
        D(2021, 1, 1),
        D(2022, 12, 31),
        12_000_000,
        1_500,
        1_500,
        2_000,
        2_000,
        1_250,
        1_250,
        1_250,
        1_250,
        "реалізується",
    ),
    (
        2,
        "Поліцейські офіцери громад у територіальних громадах Донецької та Луганської областей",
        "НПУ",
        D(2021, 4, 1),
        D(2022, 3, 31),
        4_800_000,
        None,
        900,
        1_300,
        1_300,
        1_300,
        None,
        None,
        None,
        "реалізується",
    ),
    (
        3,
        "Виявлення синтетичних наркотиків: лабораторне обладнання для Експертної служби МВС",
        "ЕС МВС",
        D(2021, 7, 1),
        D(2022, 6, 30),
        2_450_500,
        None,
        None,
        600.5,
        850,
        500,
        500,
        None,
        None,
        "реалізується",
    ),
    (
        4,
        "Протидія торгівлі людьми: спільні розслідування Національної поліції та ДПСУ",
        "НПУ, ДПСУ",
        D(2021, 10, 1),
        D(2022, 9, 30),
        1_600_000,
        None,
        None,
        None,
        400,
        400,
        400,
        400,
        None,
        "планується (угода не підписана)",
    ),
]
for i, r in enumerate(giz, start=6):
    put_row(ws, i, r)
ws.column_dimensions["B"].width = 80
ws.column_dimensions["F"].width = 20
ws.column_dimensions["O"].width = 30
wb.save(OUT / "GIZ_proekty_MVS_kvartaly.xlsx")
# quarter cells are thousands of UAH; 2021: 1,500 + 1,500 + 2,000 + 2,000 = 7,000 thousand = 7,000,000
# (grid 12,000 thousand = total 12,000,000 full hryvnias)
exp(giz[0][1], "GIZ", "DOMESTIC_VIOLENCE", "funded", "UAH", 7_000_000)
# 2021: 900 + 1,300 + 1,300 = 3,500 thousand = 3,500,000 (grid 4,800 = total 4,800,000)
exp(giz[1][1], "GIZ", "COMMUNITY_POLICING", "funded", "UAH", 3_500_000)
# 2021: 600.5 + 850 = 1,450.5 thousand = 1,450,500 (grid 2,450.5 = total 2,450,500)
exp(giz[2][1], "GIZ", "DRUGS", "funded", "UAH", 1_450_500)
# planned; 2021: IV кв. 400 thousand = 400,000 (grid 1,600 = total 1,600,000)
exp(giz[3][1], "GIZ", "TRAFFICKING", "pipeline", "UAH", 400_000)

# ------------------------------------------------------------------------------------------------------------------
# 3 USAID: a monthly disbursement plan for 2021 (Jan..Dec, many blank) plus "Total project, USD"; no 2021 total given
wb = Workbook()
ws = wb.active
ws.title = "2021 disbursement plan"
ws["A1"] = "USAID/Ukraine – activities with the Ministry of Internal Affairs: 2021 disbursement plan"
ws["A1"].font = Font(bold=True, size=12)
ws["A2"] = "All amounts in US dollars"
h = ["Activity", "Implementer", "Beneficiary", "Start", "End", "Status"]
months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
for j, v in enumerate(h, start=1):
    ws.cell(row=4, column=j, value=v).font = BOLD
    ws.merge_cells(start_row=4, start_column=j, end_row=5, end_column=j)
ws.cell(row=4, column=7, value="Disbursement plan 2021, USD").font = BOLD
ws.merge_cells(start_row=4, start_column=7, end_row=4, end_column=18)
for j, m in enumerate(months, start=7):
    ws.cell(row=5, column=j, value=m).font = BOLD
ws.cell(row=4, column=19, value="Total project, USD").font = BOLD
ws.merge_cells(start_row=4, start_column=19, end_row=5, end_column=19)
us = [
    (
        "Survivor-centred investigations of human trafficking cases",
        "Winrock International",
        "NPU",
        D(2020, 10, 1),
        D(2022, 9, 30),
        "Ongoing",
        40_000,
        None,
        60_000,
        None,
        50_000,
        50_000,
        None,
        80_000,
        None,
        70_000,
        None,
        100_000,
        1_100_000,
    ),
    (
        "COVID-19 response: oxygen concentrators and protective equipment for police medical units",
        "Chemonics",
        "NPU",
        D(2021, 2, 1),
        D(2021, 8, 31),
        "Ongoing",
        None,
        200_000,
        150_000,
        100_000,
        None,
        None,
        None,
        50_000,
        None,
        None,
        None,
        None,
        500_000,
    ),
    (
        "Community policing and public safety in hromadas of Zakarpattia",
        "DAI Global",
        "NPU",
        D(2021, 6, 1),
        D(2023, 5, 31),
        "Ongoing",
        None,
        None,
        None,
        None,
        None,
        25_000,
        25_000,
        25_000,
        25_000,
        30_000,
        30_000,
        40_000,
        1_200_000,
    ),
    (
        "Integration of the domestic violence hotline with the police 102 emergency line",
        "La Strada Ukraine",
        "NPU",
        D(2021, 3, 1),
        D(2022, 2, 28),
        "Ongoing",
        None,
        None,
        30_000,
        None,
        None,
        30_000,
        None,
        None,
        30_000,
        None,
        None,
        30_000,
        160_000,
    ),
    (
        "Detection of irregular migrants: biometric verification equipment for the State Migration Service",
        "TBD",
        "SMS",
        D(2021, 11, 1),
        D(2022, 10, 31),
        "Planned (award pending)",
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        60_000,
        400_000,
    ),
]
for i, r in enumerate(us, start=6):
    put_row(ws, i, r, datefmt="MM/DD/YYYY")
ws.column_dimensions["A"].width = 80
wb.save(OUT / "USAID_MIA_disbursement_plan_2021.xlsx")
# Jan 40,000 + Mar 60,000 + May 50,000 + Jun 50,000 + Aug 80,000 + Oct 70,000 + Dec 100,000 = 450,000
exp(us[0][0], "USAID", "TRAFFICKING", "funded", "USD", 450_000)
# Feb 200,000 + Mar 150,000 + Apr 100,000 + Aug 50,000 = 500,000 (= total project)
exp(us[1][0], "USAID", "COVID19", "funded", "USD", 500_000)
# Jun-Sep 4 x 25,000 = 100,000 + Oct 30,000 + Nov 30,000 + Dec 40,000 = 200,000
exp(us[2][0], "USAID", "COMMUNITY_POLICING", "funded", "USD", 200_000)
# Mar, Jun, Sep, Dec 4 x 30,000 = 120,000
exp(us[3][0], "USAID", "DOMESTIC_VIOLENCE", "funded", "USD", 120_000)
# planned; Dec 60,000
exp(us[4][0], "USAID", "ILLEGAL_MIGRATION", "pipeline", "USD", 60_000)

# ------------------------------------------------------------------------------------------------------------------
# 4 UK (British Embassy): "Total budget" | "Disbursed to 31.12.2020" | "Planned 2021" | "Remaining (2022+)"; dashes
wb = Workbook()
ws = wb.active
ws.title = "UK projects"
ws["A1"] = "British Embassy Kyiv – UK-funded projects in the MIA sector (figures in GBP)"
ws["A1"].font = Font(bold=True, size=12)
h = [
    "Project",
    "Beneficiary",
    "Implementer",
    "Start",
    "End",
    "Total budget (GBP)",
    "Disbursed to 31.12.2020",
    "Planned 2021",
    "Remaining (2022+)",
    "Status",
]
for j, v in enumerate(h, start=1):
    ws.cell(row=3, column=j, value=v).font = BOLD
uk = [
    (
        "Black Sea maritime border surveillance: patrol boat maintenance and crew training",
        "SBGS",
        "Crown Agents",
        D(2020, 4, 1),
        D(2022, 3, 31),
        1_500_000,
        400_000,
        800_000,
        300_000,
        "Active",
    ),
    (
        "Independent monitoring of detention conditions in police custody facilities",
        "NPU",
        "Penal Reform International",
        D(2021, 1, 1),
        D(2022, 12, 31),
        600_000,
        "–",
        250_000,
        350_000,
        "Active",
    ),
    (
        "Strategic communications capacity of the MIA press service",
        "MIA",
        "Internews",
        D(2019, 7, 1),
        D(2020, 12, 31),
        300_000,
        300_000,
        "–",
        "–",
        "Completed",
    ),
    (
        "Specialised investigative units for human trafficking cases: training and case mentoring",
        "NPU",
        "IJM",
        D(2021, 5, 1),
        D(2023, 4, 30),
        900_000,
        "–",
        210_000,
        690_000,
        "Active",
    ),
]
for i, r in enumerate(uk, start=4):
    put_row(ws, i, r, datefmt="DD/MM/YYYY")
ws.column_dimensions["A"].width = 80
wb.save(OUT / "UK_Embassy_MIA_projects_2021.xlsx")
# Planned 2021 given: 800,000 (400,000 + 800,000 + 300,000 = 1,500,000 total)
exp(uk[0][0], "UK", "BORDER_SECURITY", "funded", "GBP", 800_000)
# Planned 2021 given: 250,000 (0 + 250,000 + 350,000 = 600,000)
exp(uk[1][0], "UK", "CUSTODY", "funded", "GBP", 250_000)
exp(uk[2][0], "UK", "OTHER", "funded", "GBP", 0)  # completed 2020, planned 2021 "–"
# Planned 2021 given: 210,000 (0 + 210,000 + 690,000 = 900,000)
exp(uk[3][0], "UK", "TRAFFICKING", "funded", "GBP", 210_000)

# ------------------------------------------------------------------------------------------------------------------
# 5 Sweden (Sida): tranches as indented text rows under each contribution ("Tranche 1 – 15.02.2021 – 2 500 000 SEK"),
#   the contribution's total on its own row; the tranches add up to it; a contribution without tranches (pipeline)
wb = Workbook()
ws = wb.active
ws.title = "Sida MIA"
ws["A1"] = "Swedish International Development Cooperation Agency (Sida) – contributions in the MIA sector"
ws["A1"].font = Font(bold=True, size=12)
ws["A2"] = "Amounts in SEK. Disbursement tranches are listed under each contribution."
h = ["Contribution", "Implementer", "Beneficiary", "Period", "Amount, SEK", "Status"]
for j, v in enumerate(h, start=1):
    ws.cell(row=4, column=j, value=v).font = BOLD
se = [
    (
        "Police response to domestic violence in Kharkiv and Poltava regions",
        "UN Women",
        "NPU",
        "01.01.2021 – 31.12.2021",
        6_000_000,
        "Ongoing",
        [
            "Tranche 1 – 15.02.2021 – 2 500 000 SEK",
            "Tranche 2 – 15.06.2021 – 2 000 000 SEK",
            "Tranche 3 – 15.10.2021 – 1 500 000 SEK",
        ],
    ),
    (
        "Faster processing of freight vehicles at border crossing points on the Ukrainian–Polish border",
        "Swedish Customs",
        "SBGS",
        "01.07.2021 – 30.06.2022",
        3_650_000,
        "Ongoing",
        [
            "Tranche 1 – 01.07.2021 – 1 000 000 SEK",
            "Tranche 2 – 01.11.2021 – 840 000 SEK",
            "Tranche 3 – 01.03.2022 – 1 810 000 SEK",
        ],
    ),
    (
        "Human rights-based custody management: training of police custody officers",
        "Raoul Wallenberg Institute",
        "NPU",
        "01.03.2021 – 31.10.2021",
        1_200_000,
        "Ongoing",
        ["Tranche 1 – 10.03.2021 – 800 000 SEK", "Tranche 2 – 01.09.2021 – 400 000 SEK"],
    ),
    (
        "Cybercrime investigation capacity of the Cyber Police Department",
        "Swedish Police Authority",
        "NPU",
        "01.09.2021 – 31.08.2022",
        2_190_000,
        "Under preparation (not yet agreed)",
        [],
    ),
]
r0 = 5
for p in se:
    put_row(ws, r0, p[:6])
    r0 += 1
    for t in p[6]:
        c = ws.cell(row=r0, column=1, value=t)
        c.alignment = Alignment(indent=3)
        c.font = Font(italic=True)
        ws.row_dimensions[r0].outline_level = 1
        r0 += 1
ws.column_dimensions["A"].width = 85
ws.column_dimensions["D"].width = 25
wb.save(OUT / "Sida_contributions_MIA_tranches.xlsx")
# within 2021; tranches 2,500,000 + 2,000,000 + 1,500,000 = 6,000,000 = amount; counted once
exp(se[0][0], "Sweden", "DOMESTIC_VIOLENCE", "funded", "SEK", 6_000_000)
# 2021-07-01..2022-06-30 = 365 days, 184 in 2021; 3,650,000 x 184/365 = 1,840,000;
# the 2021 tranches give the same: 1,000,000 + 840,000 = 1,840,000 (all three: 3,650,000 = amount)
exp(se[1][0], "Sweden", "BORDER_CROSSING", "funded", "SEK", 1_840_000)
# within 2021; tranches 800,000 + 400,000 = 1,200,000 = amount
exp(se[2][0], "Sweden", "CUSTODY", "funded", "SEK", 1_200_000)
# not yet agreed -> pipeline; 2021-09-01..2022-08-31 = 365 days, 122 in 2021 (30+31+30+31);
# 2,190,000 x 122/365 = 732,000
exp(se[3][0], "Sweden", "OTHER", "pipeline", "SEK", 732_000)

# ------------------------------------------------------------------------------------------------------------------
# 6 Norway (Russian): "2021 (первоначальный план)" beside "2021 (уточнённый план)" - the revised figure counts
wb = Workbook()
ws = wb.active
ws.title = "Норвегия"
ws["A1"] = "Министерство иностранных дел Норвегии – проекты в секторе МВД Украины"
ws["A1"].font = Font(bold=True, size=12)
ws["A2"] = (
    "Суммы в норвежских кронах (NOK). Уточнённый план 2021 г. – после пересмотра бюджетов в июне 2021 г."
)
h = [
    "№",
    "Название проекта",
    "Бенефициар",
    "Начало",
    "Окончание",
    "Общий бюджет, NOK",
    "2021 (первоначальный план)",
    "2021 (уточнённый план)",
    "Статус",
]
for j, v in enumerate(h, start=1):
    ws.cell(row=4, column=j, value=v).font = BOLD
no = [
    (
        1,
        "Гуманитарное разминирование: оборудование для пиротехнических подразделений ГСЧС",
        "ГСЧС",
        D(2021, 1, 1),
        D(2022, 12, 31),
        20_000_000,
        10_000_000,
        8_500_000,
        "выполняется",
    ),
    (
        2,
        "Противодействие торговле людьми: горячая линия и перенаправление пострадавших",
        "НПУ",
        D(2021, 4, 1),
        D(2023, 3, 31),
        5_000_000,
        1_800_000,
        2_100_000,
        "выполняется",
    ),
    (
        3,
        "Профилактика распространения COVID-19 в подразделениях Национальной гвардии",
        "НГУ",
        D(2021, 2, 1),
        D(2021, 11, 30),
        3_000_000,
        3_000_000,
        3_000_000,
        "выполняется",
    ),
    (
        4,
        "Противодействие контрабанде наркотиков в морских портах",
        "НПУ",
        D(2021, 7, 1),
        D(2022, 6, 30),
        4_000_000,
        2_000_000,
        1_200_000,
        "выполняется (начало закупок перенесено)",
    ),
]
for i, r in enumerate(no, start=5):
    put_row(ws, i, r)
ws.column_dimensions["B"].width = 80
ws.column_dimensions["G"].width = 20
ws.column_dimensions["H"].width = 20
wb.save(OUT / "Norway_MFA_MVD_2021_utochnenie.xlsx")
exp(no[0][1], "Norway", "OTHER", "funded", "NOK", 8_500_000)  # revised (original 10,000,000)
exp(no[1][1], "Norway", "TRAFFICKING", "funded", "NOK", 2_100_000)  # revised (original 1,800,000)
exp(no[2][1], "Norway", "COVID19", "funded", "NOK", 3_000_000)  # revised = original
exp(no[3][1], "Norway", "DRUGS", "funded", "NOK", 1_200_000)  # revised (original 2,000,000)

# ------------------------------------------------------------------------------------------------------------------
# 7 Canada (Global Affairs Canada) CSV export of the finance system: "," thousands in quoted cells, "." decimals,
#   ISO dates, "FY2021 budget (Jan–Dec 2021)" naming calendar years explicitly
ca = [
    (
        "P-012345",
        "Police response to domestic violence: training of patrol police officers",
        "Canadian Police Arrangement",
        "National Police of Ukraine",
        "2020-04-01",
        "2022-03-31",
        "2,400,000.00",
        "1,250,000.00",
        "350,000.00",
        "Operational",
    ),
    (
        "P-012388",
        "Surveillance equipment for border guard units on the eastern land border",
        "CANADEM",
        "State Border Guard Service",
        "2021-01-01",
        "2023-12-31",
        "3,000,000.00",
        "975,250.75",
        "1,012,374.63",
        "Operational",
    ),
    (
        "P-012402",
        "Women in policing: gender equality in the National Police human resources policy",
        "UN Women",
        "National Police of Ukraine",
        "2021-06-01",
        "2022-05-31",
        "730,000.00",
        "427,000.00",
        "303,000.00",
        "Operational",
    ),
    (
        "P-012455",
        "Community policing in Donetsk and Luhansk oblasts: police-community safety partnerships",
        "TBD",
        "National Police of Ukraine",
        "2021-10-01",
        "2022-09-30",
        "500,000.00",
        "100,000.00",
        "400,000.00",
        "Pipeline - not yet approved",
    ),
]
with open(OUT / "Canada_GAC_Ukraine_MIA_export_2021.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, quoting=csv.QUOTE_MINIMAL)
    w.writerow(
        [
            "Project Number",
            "Project Title",
            "Executing Agency",
            "Country Counterpart",
            "Start Date",
            "End Date",
            "Total Budget (CAD)",
            "FY2021 budget (Jan–Dec 2021), CAD",
            "FY2022 budget (Jan–Dec 2022), CAD",
            "Status",
        ]
    )
    for r in ca:
        w.writerow(r)
# FY columns are calendar years (Jan-Dec, said in the header): the FY2021 figure is the 2021 figure
exp(ca[0][1], "Canada", "DOMESTIC_VIOLENCE", "funded", "CAD", 1_250_000)
exp(ca[1][1], "Canada", "BORDER_SECURITY", "funded", "CAD", 975_250.75)
exp(ca[2][1], "Canada", "OTHER", "funded", "CAD", 427_000)
exp(ca[3][1], "Canada", "COMMUNITY_POLICING", "pipeline", "CAD", 100_000)

# ------------------------------------------------------------------------------------------------------------------
# 8 Switzerland (Ukrainian): half-years across ("H1 2021 | H2 2021 | H1 2022 | H2 2022") and "Усього, CHF";
#   one project with blank halves (pro-rate by days), one cancelled with halves filled
wb = Workbook()
ws = wb.active
ws.title = "Швейцарія"
ws["A1"] = "Посольство Швейцарії в Україні – Швейцарська агенція розвитку та співробітництва (SDC)"
ws["A1"].font = Font(bold=True, size=12)
ws["A2"] = "Проєкти в системі МВС України, бюджет у швейцарських франках (CHF)"
h = ["№", "Назва проєкту", "Бенефіціар", "Початок", "Завершення"]
for j, v in enumerate(h, start=1):
    ws.cell(row=4, column=j, value=v).font = BOLD
    ws.merge_cells(start_row=4, start_column=j, end_row=5, end_column=j)
ws.cell(row=4, column=6, value="Бюджет за півріччями, CHF").font = BOLD
ws.merge_cells(start_row=4, start_column=6, end_row=4, end_column=9)
for j, v in enumerate(["H1 2021", "H2 2021", "H1 2022", "H2 2022"], start=6):
    ws.cell(row=5, column=j, value=v).font = BOLD
for j, v in [(10, "Усього, CHF"), (11, "Статус")]:
    ws.cell(row=4, column=j, value=v).font = BOLD
    ws.merge_cells(start_row=4, start_column=j, end_row=5, end_column=j)
ch = [
    (
        1,
        "Пропускна спроможність пунктів пропуску на кордоні з Молдовою: модернізація інфраструктури",
        "ДПСУ",
        D(2021, 1, 1),
        D(2022, 6, 30),
        300_000,
        450_000,
        250_000,
        None,
        1_000_000,
        "реалізується",
    ),
    (
        2,
        "Виявлення та повернення нелегальних мігрантів: навчання працівників ДМС",
        "ДМС",
        D(2021, 7, 1),
        D(2022, 6, 30),
        None,
        180_000,
        220_000,
        None,
        400_000,
        "реалізується",
    ),
    (
        3,
        "Безпека громад: поліцейські офіцери громад у Житомирській області",
        "НПУ",
        D(2021, 10, 1),
        D(2022, 9, 30),
        None,
        None,
        None,
        None,
        365_000,
        "реалізується (розподіл за півріччями уточнюється)",
    ),
    (
        4,
        "Лабораторне обладнання для виявлення наркотичних речовин",
        "ЕС МВС",
        D(2021, 3, 1),
        D(2021, 12, 31),
        100_000,
        100_000,
        None,
        None,
        200_000,
        "скасовано",
    ),
]
for i, r in enumerate(ch, start=6):
    put_row(ws, i, r)
ws.column_dimensions["B"].width = 85
ws.column_dimensions["K"].width = 35
wb.save(OUT / "SDC_proekty_MVS_pivrichchia.xlsx")
# H1 2021 300,000 + H2 2021 450,000 = 750,000 (all halves 1,000,000 = total)
exp(ch[0][1], "Switzerland", "BORDER_CROSSING", "funded", "CHF", 750_000)
# H2 2021 180,000 (H1 2021 blank: project starts in July); 180,000 + 220,000 = 400,000 = total
exp(ch[1][1], "Switzerland", "ILLEGAL_MIGRATION", "funded", "CHF", 180_000)
# halves blank: 2021-10-01..2022-09-30 = 365 days, 92 in 2021 (31+30+31); 365,000 x 92/365 = 92,000
exp(ch[2][1], "Switzerland", "COMMUNITY_POLICING", "funded", "CHF", 92_000)
exp(ch[3][1], "Switzerland", "DRUGS", "cancelled", "CHF", 0)  # cancelled; its halves (200,000) not counted

with open(OUT.parent / "expected.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=list(EXP[0]))
    w.writeheader()
    w.writerows(EXP)
print(len(EXP), "expected lines")
