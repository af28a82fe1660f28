# ruff: noqa: B007 - a data script written blind: its loops unpack whole rows and use a few fields
"""Blind partner files, set Z: written without reading the reader's code. Expected values by hand.

Layouts that spread a project's facts in unusual ways: a relational workbook with a "Projects" sheet and a separate
"Budget" sheet in EUR '000 per year and budget line, joined only by the project code (EU); a Gantt chart with a
merged year row over month columns Jan 2020 ... Dec 2022 and "x" marks instead of dates, total in its own column
(USA/INL); a CSV whose cells hold two values on two lines ("NPU\nMIA", "2021–2022\n(extended to 06.2023)") and
amounts with remarks ("250 000 + 30 000 top-up", "365 000 – to be confirmed") (UK); a plan with the year only in
the title row ("plan for 2021"), periods as "March–December" / "Q2–Q4", the amount in CAD and its USD equivalent
in two columns (Canada); a matrix of projects x beneficiary agencies (NPU, SBGS, SMS, NGU, SES) in SEK thousands
("tkr") with a total column (Sweden); a Ukrainian printed form, label in column A and value in column B, one
project after another separated by blank rows, budget as "DKK 2 000 000 (≈ USD 318 000)" or "1,46 млн
(попередньо)" (Denmark); a Russian quarter Gantt ("I кв. 2020" ... "IV кв. 2022", "■" marks) in thousand yen with
a USD equivalent column (Japan); a Ukrainian relational workbook "Проєкти" + "Фінансування" with money per code,
source and year, one project co-funded by UNDP and Denmark (UNDP).

Usage: python set_z.py OUT_DIR  -> OUT_DIR/raw/<partner files>, OUT_DIR/expected.csv
Convention: a given 2021 figure is taken as is; otherwise total x days in 2021 / days of the project (both ends
included); a month runs first to last day; outside 2021 -> 0; cancelled -> 0; planned / pipeline projects count
with status "pipeline". A project on several rows (per year or budget line) is one project: its money is the sum of
its rows (its 2021 rows for the 2021 figure). A project funded by two donors with stated shares is one expected row
per donor, each with its share. Amounts are in the row's currency after units ('000 -> x1000).
"""

import csv
import datetime as dt
import shutil
import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

OUT = Path(sys.argv[1]) / "raw"
shutil.rmtree(OUT, ignore_errors=True)
OUT.mkdir(parents=True)
EXP = []  # title, partner, priority, status(funded|pipeline|cancelled), currency, amount_2021 in currency


def exp(title, partner, priority, status, cur, a2021):
    EXP.append(
        dict(title=title, partner=partner, priority=priority, status=status, currency=cur, amount_2021=a2021)
    )


D = dt.datetime
WRAP = Alignment(wrap_text=True, vertical="top")
GREY = PatternFill("solid", fgColor="7F7F7F")
BLUE = PatternFill("solid", fgColor="9BC2E6")


def bold_row(ws, row):
    for c in ws[row]:
        c.font = Font(bold=True)


def date_fmt(ws, fmt, min_row=1):
    for row in ws.iter_rows(min_row=min_row):
        for c in row:
            if isinstance(c.value, D):
                c.number_format = fmt


def wrap_all(ws, min_row=1):
    for row in ws.iter_rows(min_row=min_row):
        for c in row:
            if isinstance(c.value, str) and "\n" in c.value:
                c.alignment = WRAP


# ------------------------------------------------------------------------------------------------------------------
# 1 EU: relational workbook. "Projects" (code, title, beneficiary, start, end, status) and "Budget" (code, budget
#   line, year, amount in EUR '000), joined only by the code; the Budget sheet is in another order, one project has
#   a single "all years" row, another has rows per budget line and year. One beneficiary cell holds two lines.
eu = [
    [
        "EU-21-001",
        (
            "Custody records and detainees' rights: electronic custody register in National Police temporary "
            "detention facilities"
        ),
        "NPU",
        D(2021, 1, 1),
        D(2022, 12, 31),
        "Ongoing",
    ],
    [
        "EU-21-002",
        "EU4IBM: green border surveillance equipment and patrol training for the State Border Guard Service",
        "SBGS",
        D(2020, 7, 1),
        D(2022, 6, 30),
        "Ongoing",
    ],
    [
        "EU-20-014",
        "COVID-19 emergency response: personal protective equipment for border guards and migration officers",
        "SBGS\nSMS",
        D(2020, 4, 1),
        D(2020, 12, 31),
        "Completed",
    ],
    [
        "EU-21-007",
        "Fighting trafficking in human beings: joint investigation capacity of the National Police",
        "NPU",
        D(2021, 4, 1),
        D(2023, 3, 31),
        "Ongoing",
    ],
    [
        "EU-21-009",
        "Community policing in amalgamated hromadas: Police Station Officers and community safety plans",
        "NPU\nMIA",
        D(2021, 5, 1),
        D(2022, 10, 31),
        "Cancelled",
    ],
]
eu_budget = [
    # code, budget line, year, EUR '000
    ["EU-21-007", "All budget lines", "all years", 1460],
    ["EU-21-002", "Equipment", 2021, 500],
    ["EU-21-002", "Training", 2021, 150],
    ["EU-21-002", "Equipment", 2022, 250],
    ["EU-21-001", "Grant (total)", 2021, 600],
    ["EU-21-001", "Grant (total)", 2022, 400],
    ["EU-21-009", "Grant (total)", 2021, 400],
    ["EU-20-014", "Supplies", 2020, 900],
]
wb = Workbook()
ws = wb.active
ws.title = "Projects"
ws["A1"] = "Delegation of the European Union to Ukraine - Home affairs portfolio (MIA of Ukraine)"
ws["A1"].font = Font(bold=True, size=12)
ws["A2"] = "Financial data: see sheet 'Budget' (by project code)"
ws.append([])
ws.append(["Project code", "Project title", "Beneficiary", "Start date", "End date", "Status"])
bold_row(ws, 4)
for r in eu:
    ws.append(r)
date_fmt(ws, "DD/MM/YYYY", 5)
wrap_all(ws, 5)
ws.column_dimensions["B"].width = 95
ws2 = wb.create_sheet("Budget")
ws2["A1"] = "EU contribution by project, budget line and year - amounts in EUR '000"
ws2.append([])
ws2.append(["Code", "Budget line", "Year", "Amount (EUR '000)"])
bold_row(ws2, 3)
for r in eu_budget:
    ws2.append(r)
# 1460+500+150+250+600+400+400+900 = 4,660
ws2.append(["TOTAL", "", "", 4660])
bold_row(ws2, ws2.max_row)
wb.save(OUT / "EUD_Ukraine_home_affairs_projects_and_budget.xlsx")
# 2021 rows: 600 (EUR '000) -> 600,000
exp(eu[0][1], "EU", "CUSTODY", "funded", "EUR", 600_000)
# 2021 rows (two budget lines): 500 + 150 = 650 (EUR '000) -> 650,000
exp(eu[1][1], "EU", "BORDER_SECURITY", "funded", "EUR", 650_000)
# completed, 2020-04-01..2020-12-31, only a 2020 row -> 0
exp(eu[2][1], "EU", "COVID19", "funded", "EUR", 0)
# single "all years" row 1,460 '000 = 1,460,000; 2021-04-01..2023-03-31 = 275+365+90 = 730 days, 275 in 2021
#   (Apr-Dec: 30+31+30+31+31+30+31+30+31 = 275) -> 1,460,000 x 275/730 = 2,000 x 275 = 550,000
exp(eu[3][1], "EU", "TRAFFICKING", "funded", "EUR", 550_000)
# cancelled -> 0 (its 400 '000 in 2021 not counted)
exp(eu[4][1], "EU", "COMMUNITY_POLICING", "cancelled", "EUR", 0)

# ------------------------------------------------------------------------------------------------------------------
# 2 USA (INL): Gantt chart. Row 3 holds the years merged over 12 columns each, row 4 the month abbreviations
#   (Jan..Dec, no year); implementation months marked "x" on a blue fill; no start/end dates anywhere; total in
#   "Total budget, USD".
us = [
    # title, beneficiary, status, total USD, (first month index, last month index) with Jan 2020 = 0
    [
        "Counter-narcotics: K-9 drug detection teams for NPU and SBGS at the Odesa seaport",
        "NPU\nSBGS",
        "Completed",
        1_095_000,
        (6, 17),  # Jul 2020 .. Jun 2021
    ],
    [
        "Domestic violence: mobile police response teams (POLINA) in ten oblasts",
        "NPU",
        "Active",
        900_000,
        (12, 35),  # Jan 2021 .. Dec 2022
    ],
    [
        (
            "Border crossing points: modernised passenger lanes and queue management at Krakovets and Shehyni "
            "checkpoints"
        ),
        "SBGS",
        "Awarded",
        1_500_000,
        (27, 35),  # Apr 2022 .. Dec 2022
    ],
    [
        "Cybercrime: digital forensics laboratory for the Cyber Police Department",
        "NPU (Cyber Police)",
        "Active",
        730_000,
        (14, 25),  # Mar 2021 .. Feb 2022
    ],
    [
        "Counter-trafficking: victim identification training and hotline support for the National Police",
        "NPU",
        "Active",
        365_000,
        (9, 20),  # Oct 2020 .. Sep 2021
    ],
]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
wb = Workbook()
ws = wb.active
ws.title = "Timeline"
ws["A1"] = "U.S. Embassy Kyiv - INL: MIA assistance timeline"
ws["A1"].font = Font(bold=True, size=12)
ws.append([])
FIRST_M = 7  # column G = Jan 2020
ws.append(["", "", "", "", "", ""] + [None] * 36)
for i, y in enumerate((2020, 2021, 2022)):
    col = FIRST_M + 12 * i
    ws.cell(row=3, column=col, value=y)
    ws.merge_cells(start_row=3, start_column=col, end_row=3, end_column=col + 11)
ws.append(["No.", "Project", "Beneficiary", "Status", "Total budget, USD", "Implementer"] + MON * 3)
bold_row(ws, 3)
bold_row(ws, 4)
implementers = ["ICITAP", "La Strada Ukraine", "IOM", "ICITAP", "La Strada Ukraine"]
for n, (title, ben, st, tot, (m0, m1)) in enumerate(us, 1):
    row = [n, title, ben, st, tot, implementers[n - 1]] + ["x" if m0 <= m <= m1 else None for m in range(36)]
    ws.append(row)
    for m in range(m0, m1 + 1):
        ws.cell(row=ws.max_row, column=FIRST_M + m).fill = BLUE
    ws.cell(row=ws.max_row, column=5).number_format = "#,##0"
ws.append([])
ws.append(["", "x = month of implementation"])
wrap_all(ws, 5)
ws.column_dimensions["B"].width = 80
wb.save(OUT / "INL_Kyiv_MIA_Gantt_2020-2022.xlsx")
# Jul 2020..Jun 2021 = 184+181 = 365 days, 181 in 2021 -> 1,095,000 x 181/365 = 3,000 x 181 = 543,000
exp(us[0][0], "USA", "DRUGS", "funded", "USD", 543_000)
# Jan 2021..Dec 2022 = 730 days, 365 in 2021 -> 900,000 / 2 = 450,000
exp(us[1][0], "USA", "DOMESTIC_VIOLENCE", "funded", "USD", 450_000)
# Apr..Dec 2022 only -> 0 (awarded, still listed)
exp(us[2][0], "USA", "BORDER_CROSSING", "funded", "USD", 0)
# Mar 2021..Feb 2022 = 306+59 = 365 days, 306 in 2021 -> 730,000 x 306/365 = 2,000 x 306 = 612,000
exp(us[3][0], "USA", "OTHER", "funded", "USD", 612_000)
# Oct 2020..Sep 2021 = 92+273 = 365 days, 273 in 2021 -> 365,000 x 273/365 = 273,000
exp(us[4][0], "USA", "TRAFFICKING", "funded", "USD", 273_000)

# ------------------------------------------------------------------------------------------------------------------
# 3 UK: CSV (comma, UTF-8 with BOM) whose quoted cells hold two lines; periods as months, as years with an
#   extension note; amounts with remarks.
uk_head = ["Project title", "Implementer", "Beneficiary", "Period", "Budget (GBP)", "Status"]
uk = [
    [
        "Custody records: electronic register of detainees in National Police temporary holding facilities",
        "Council of Europe",
        "NPU\nMIA",
        "01.2021–12.2021",
        "250 000 + 30 000 top-up",
        "Active",
    ],
    [
        "Countering illegal migration: identification and readmission capacity of the State Migration Service",
        "IOM",
        "SMS\nSBGS",
        "2021–2022\n(extended to 06.2023)",
        "1 822 000\n(incl. 182 200 co-funding)",
        "Active",
    ],
    [
        "Green border security: thermal imaging cameras for SBGS units on the northern border",
        "Crown Agents",
        "SBGS",
        "06.2021–05.2022",
        "365 000 – to be confirmed",
        "Active",
    ],
    [
        "COVID-19 response: protective equipment for State Emergency Service rescuers",
        "UNDP",
        "SES",
        "04.2020–11.2020",
        "150 000",
        "Closed",
    ],
    [
        "Community policing: Police Station Officers in newly amalgamated hromadas",
        "Siren Associates",
        "NPU",
        "09.2021–08.2022",
        "730 000 (indicative)",
        "Pipeline – not yet signed",
    ],
]
with open(OUT / "UK_CSSF_Ukraine_MIA_portfolio.csv", "w", newline="", encoding="utf-8-sig") as f:
    w = csv.writer(f)
    w.writerow(["UK Conflict, Stability and Security Fund (CSSF) - Ukraine: projects with MIA agencies"])
    w.writerow([])
    w.writerow(uk_head)
    for r in uk:
        w.writerow(r)
# 01.2021-12.2021 = all 2021; budget 250,000 + 30,000 top-up = 280,000 -> 280,000
exp(uk[0][0], "UK", "CUSTODY", "funded", "GBP", 280_000)
# 2021-01-01..2023-06-30 (extended) = 365+365+181 = 911 days, 365 in 2021; budget 1,822,000 (co-funding is
#   included in the stated figure) -> 1,822,000 x 365/911 = 2,000 x 365 = 730,000
exp(uk[1][0], "UK", "ILLEGAL_MIGRATION", "funded", "GBP", 730_000)
# 2021-06-01..2022-05-31 = 214+151 = 365 days, 214 in 2021; 365,000 (remark ignored) -> 214,000
exp(uk[2][0], "UK", "BORDER_SECURITY", "funded", "GBP", 214_000)
# closed, 04.2020-11.2020 -> 0
exp(uk[3][0], "UK", "COVID19", "funded", "GBP", 0)
# pipeline; 2021-09-01..2022-08-31 = 122+243 = 365 days, 122 in 2021 -> 730,000 x 122/365 = 244,000
exp(uk[4][0], "UK", "COMMUNITY_POLICING", "pipeline", "GBP", 244_000)

# ------------------------------------------------------------------------------------------------------------------
# 4 Canada: the year only in the title row ("plan for 2021"); periods "March–December", "Q2–Q4", "July–December",
#   "October – March 2022", "Q1–Q2"; the contribution in CAD and its USD equivalent in the next column.
ca = [
    [
        "Gender-based and domestic violence: specialised police response training",
        "NPU",
        "March–December",
        400_000,
        316_000,
        "Ongoing",
    ],
    [
        "Community policing: Police Station Officer network in rural hromadas",
        "NPU",
        "Q2–Q4",
        750_000,
        592_500,
        "Ongoing",
    ],
    [
        "Border security: night-vision and surveillance equipment for SBGS units on the eastern border",
        "SBGS",
        "July–December",
        1_200_000,
        948_000,
        "Ongoing",
    ],
    [
        "Counter-trafficking: victim referral mechanism and awareness campaign with the National Police",
        "NPU",
        "October – March 2022",
        182_000,
        143_780,
        "Ongoing",
    ],
    [
        "Humanitarian demining: protective kits and detectors for State Emergency Service deminers",
        "SES",
        "Q1–Q2",
        500_000,
        395_000,
        "Cancelled",
    ],
]
wb = Workbook()
ws = wb.active
ws.title = "PSOPs plan"
ws["A1"] = (
    "Global Affairs Canada - Peace and Stabilization Operations Program (PSOPs): projects with the Ministry of "
    "Internal Affairs of Ukraine - plan for 2021"
)
ws["A1"].font = Font(bold=True, size=12)
ws["A2"] = "USD equivalent at the GAC planning rate 1 CAD = 0.79 USD (for information only)"
ws.append([])
ws.append(
    [
        "No.",
        "Project",
        "Beneficiary",
        "Period",
        "Amount, original currency (CAD)",
        "Equivalent, USD",
        "Status",
    ]
)
bold_row(ws, 4)
for n, r in enumerate(ca, 1):
    ws.append([n] + r)
    ws.cell(row=ws.max_row, column=5).number_format = "#,##0"
    ws.cell(row=ws.max_row, column=6).number_format = "#,##0"
ws.column_dimensions["B"].width = 90
wb.save(OUT / "GAC_PSOPs_MIA_plan_2021.xlsx")
# 2021-03-01..2021-12-31, all in 2021 -> 400,000 (CAD; the USD column is an equivalent)
exp(ca[0][0], "Canada", "DOMESTIC_VIOLENCE", "funded", "CAD", 400_000)
# Q2-Q4 2021 = 2021-04-01..2021-12-31, all in 2021 -> 750,000
exp(ca[1][0], "Canada", "COMMUNITY_POLICING", "funded", "CAD", 750_000)
# July-December 2021, all in 2021 -> 1,200,000
exp(ca[2][0], "Canada", "BORDER_SECURITY", "funded", "CAD", 1_200_000)
# 2021-10-01..2022-03-31 = 92+90 = 182 days, 92 in 2021 -> 182,000 x 92/182 = 92,000
exp(ca[3][0], "Canada", "TRAFFICKING", "funded", "CAD", 92_000)
# cancelled -> 0
exp(ca[4][0], "Canada", "OTHER", "cancelled", "CAD", 0)

# ------------------------------------------------------------------------------------------------------------------
# 5 Sweden: matrix, rows are projects, columns the beneficiary agencies NPU | SBGS | SMS | NGU | SES with each
#   agency's amount in SEK thousands ("tkr"), a Total column; start and end dates; status in Swedish / English.
se = [
    # title, start, end, status, NPU, SBGS, SMS, NGU, SES (tkr)
    [
        "Smart border crossing: electronic queue and passenger flow management at western border checkpoints",
        D(2021, 1, 1),
        D(2022, 12, 31),
        "Pågående / ongoing",
        None,
        6000,
        2000,
        None,
        None,
    ],
    [
        "Domestic violence: police response and referral to shelters for survivors",
        D(2021, 7, 1),
        D(2022, 6, 30),
        "Pågående / ongoing",
        3650,
        None,
        None,
        None,
        None,
    ],
    [
        "Countering illegal migration: biometric identification of irregular migrants",
        D(2021, 1, 1),
        D(2021, 12, 31),
        "Pågående / ongoing",
        None,
        1150,
        2500,
        None,
        None,
    ],
    [
        "COVID-19: protective equipment and disinfection for police, National Guard and rescuers",
        D(2020, 3, 1),
        D(2020, 12, 31),
        "Avslutad / completed",
        500,
        None,
        None,
        300,
        1000,
    ],
    [
        "Drug trafficking: forensic laboratory equipment for detection of synthetic drugs",
        D(2022, 1, 1),
        D(2023, 12, 31),
        "Planerad (ej avtalad) / planned, not yet contracted",
        2000,
        None,
        None,
        None,
        None,
    ],
]
wb = Workbook()
ws = wb.active
ws.title = "Matris"
ws["A1"] = "Sida - Ukraina: insatser inom inrikesministeriets sektor / Sida projects with MIA agencies"
ws["A1"].font = Font(bold=True, size=12)
ws["A2"] = "Belopp i tkr (SEK '000) per mottagande myndighet / amounts in SEK thousands by beneficiary agency"
ws.append([])
ws.append(
    [
        "Insats / Project",
        "Start",
        "Slut / End",
        "Status",
        "NPU",
        "SBGS",
        "SMS",
        "NGU",
        "SES",
        "Totalt / Total",
    ]
)
bold_row(ws, 4)
for r in se:
    tot = sum(v for v in r[4:] if v)
    ws.append(r + [tot])
# column totals: NPU 3,650+500+2,000 = 6,150; SBGS 6,000+1,150 = 7,150; SMS 2,000+2,500 = 4,500; NGU 300;
#   SES 1,000; total 8,000+3,650+3,650+1,800+2,000 = 19,100
ws.append(["Summa / Total", None, None, None, 6150, 7150, 4500, 300, 1000, 19100])
bold_row(ws, ws.max_row)
date_fmt(ws, "YYYY-MM-DD", 5)
ws.column_dimensions["A"].width = 90
wb.save(OUT / "Sida_Ukraina_MIA_matris_tkr.xlsx")
# SBGS 6,000 + SMS 2,000 = 8,000 tkr = 8,000,000; 2021-01-01..2022-12-31 = 730 days, 365 in 2021 -> 4,000,000
exp(se[0][0], "Sweden", "BORDER_CROSSING", "funded", "SEK", 4_000_000)
# 3,650 tkr = 3,650,000; 2021-07-01..2022-06-30 = 184+181 = 365 days, 184 in 2021 -> 10,000 x 184 = 1,840,000
exp(se[1][0], "Sweden", "DOMESTIC_VIOLENCE", "funded", "SEK", 1_840_000)
# SBGS 1,150 + SMS 2,500 = 3,650 tkr; all of 2021 -> 3,650,000
exp(se[2][0], "Sweden", "ILLEGAL_MIGRATION", "funded", "SEK", 3_650_000)
# completed 2020 -> 0
exp(se[3][0], "Sweden", "COVID19", "funded", "SEK", 0)
# planned, not contracted -> pipeline; 2022-2023 -> 0
exp(se[4][0], "Sweden", "DRUGS", "pipeline", "SEK", 0)

# ------------------------------------------------------------------------------------------------------------------
# 6 Denmark: a printed form in Ukrainian, label in column A and value in column B, one project after another
#   separated by blank rows; budget as "DKK 2 000 000 (≈ USD 318 000)", "1,46 млн (попередньо)",
#   "275 000 + 25 000 (додаткове фінансування)"; an optional "у т.ч. у 2021 р." line.
dk = [
    {
        "Назва проєкту": "Протидія торгівлі людьми: мобільні групи Національної поліції з ідентифікації "
        "постраждалих осіб",
        "Виконавець": "Данська рада у справах біженців",
        "Бенефіціар": "НПУ",
        "Період реалізації": "01.02.2021 – 31.01.2023",
        "Загальний бюджет": "DKK 2 000 000 (≈ USD 318 000)",
        "у т.ч. у 2021 р., DKK": "900 000",
        "Статус": "виконується",
    },
    {
        "Назва проєкту": "Права затриманих: відеофіксація в ізоляторах тимчасового тримання НПУ",
        "Виконавець": "Данський інститут прав людини",
        "Бенефіціар": "НПУ\nМВС",
        "Період реалізації": "01.01.2021 – 31.12.2022",
        "Загальний бюджет": "1,46 млн DKK (попередньо)",
        "у т.ч. у 2021 р., DKK": "",
        "Статус": "виконується",
    },
    {
        "Назва проєкту": "Поліцейський офіцер громади: навчання дільничних офіцерів поліції",
        "Виконавець": "Danish National Police",
        "Бенефіціар": "НПУ",
        "Період реалізації": "01.07.2019 – 30.06.2020",
        "Загальний бюджет": "DKK 600 000",
        "у т.ч. у 2021 р., DKK": "—",
        "Статус": "завершено",
    },
    {
        "Назва проєкту": "Кіберполіція: обладнання лабораторії цифрової криміналістики",
        "Виконавець": "Danish National Police",
        "Бенефіціар": "НПУ (Департамент кіберполіції)",
        "Період реалізації": "01.10.2021 – 30.09.2022",
        "Загальний бюджет": "DKK 730 000",
        "у т.ч. у 2021 р., DKK": "",
        "Статус": "заплановано (угоду не підписано)",
    },
    {
        "Назва проєкту": "Запобігання домашньому насильству: корекційні програми для кривдників",
        "Виконавець": "ГО «Ла Страда-Україна»",
        "Бенефіціар": "НПУ",
        "Період реалізації": "квітень – грудень 2021",
        "Загальний бюджет": "275 000 + 25 000 (додаткове фінансування), DKK",
        "у т.ч. у 2021 р., DKK": "",
        "Статус": "виконується",
    },
]
wb = Workbook()
ws = wb.active
ws.title = "Картки проєктів"
ws["A1"] = "Посольство Данії в Україні — Програма сусідства"
ws["A1"].font = Font(bold=True, size=12)
ws["A2"] = "Інформаційні картки проєктів у секторі МВС України (станом на 01.12.2021)"
ws.append([])
for n, card in enumerate(dk, 1):
    ws.append([f"Проєкт № {n}"])
    bold_row(ws, ws.max_row)
    for k, v in card.items():
        ws.append([k, v])
        ws.cell(row=ws.max_row, column=1).font = Font(bold=True)
    ws.append([])
    ws.append([])
wrap_all(ws)
ws.column_dimensions["A"].width = 28
ws.column_dimensions["B"].width = 95
wb.save(OUT / "Danida_kartky_proektiv_MVS.xlsx")
T = "Назва проєкту"
# given 2021: 900,000 DKK (the USD figure is an equivalent)
exp(dk[0][T], "Denmark", "TRAFFICKING", "funded", "DKK", 900_000)
# 1.46 m = 1,460,000; 2021-01-01..2022-12-31 = 730 days, 365 in 2021 -> 730,000
exp(dk[1][T], "Denmark", "CUSTODY", "funded", "DKK", 730_000)
# completed, ended 30.06.2020 -> 0
exp(dk[2][T], "Denmark", "COMMUNITY_POLICING", "funded", "DKK", 0)
# planned, not signed -> pipeline; 2021-10-01..2022-09-30 = 92+273 = 365 days, 92 in 2021 -> 730,000 x 92/365 = 184,000
exp(dk[3][T], "Denmark", "OTHER", "pipeline", "DKK", 184_000)
# 275,000 + 25,000 = 300,000; April-December 2021, all in 2021 -> 300,000
exp(dk[4][T], "Denmark", "DOMESTIC_VIOLENCE", "funded", "DKK", 300_000)

# ------------------------------------------------------------------------------------------------------------------
# 7 Japan: Russian quarter Gantt. Columns "I кв. 2020" ... "IV кв. 2022" with "■" marks on a grey fill; the grant
#   in thousand yen and its USD equivalent in two columns; no dates written.
jp = [
    # title, beneficiary, status, total (thousand JPY), USD equivalent, (first q, last q) with I кв. 2020 = 0
    [
        "Оснащение пунктов пропуска через государственную границу досмотровыми сканерами багажа",
        "ГПСУ",
        "реализуется",
        300_000,
        2_730_000,
        (4, 7),  # I-IV кв. 2021
    ],
    [
        "Противодействие нелегальной миграции: мобильные группы по выявлению незаконных мигрантов",
        "ГПСУ\nГМС",
        "реализуется",
        365_000,
        3_321_500,
        (6, 9),  # III кв. 2021 .. II кв. 2022
    ],
    [
        "Помощь ГСЧС в борьбе с COVID-19: аппараты ИВЛ и оборудование для дезинфекции",
        "ГСЧС",
        "завершён",
        120_000,
        1_116_000,
        (1, 3),  # II-IV кв. 2020
    ],
    [
        "Патрульные автомобили для Национальной полиции Украины",
        "НПУ",
        "реализуется",
        730_000,
        6_643_000,
        (5, 8),  # II кв. 2021 .. I кв. 2022
    ],
    [
        "Противодействие незаконному обороту наркотиков: экспресс-тесты и лабораторное оборудование для НПУ",
        "НПУ",
        "утверждён (начало в 2022 г.)",
        200_000,
        1_820_000,
        (8, 11),  # I-IV кв. 2022
    ],
]
Q = ["I", "II", "III", "IV"]
wb = Workbook()
ws = wb.active
ws.title = "График"
ws["A1"] = "Посольство Японии в Украине: проекты безвозмездной помощи органам системы МВД Украины"
ws["A1"].font = Font(bold=True, size=12)
ws.append([])
ws.append(
    ["№", "Наименование проекта", "Бенефициар", "Статус", "Сумма гранта, тыс. иен", "Эквивалент, долл. США"]
    + [f"{q} кв. {y}" for y in (2020, 2021, 2022) for q in Q]
)
bold_row(ws, 3)
for n, (title, ben, st, tot, usd, (q0, q1)) in enumerate(jp, 1):
    ws.append([n, title, ben, st, tot, usd] + ["■" if q0 <= q <= q1 else None for q in range(12)])
    for q in range(q0, q1 + 1):
        ws.cell(row=ws.max_row, column=7 + q).fill = GREY
    for c in (5, 6):
        ws.cell(row=ws.max_row, column=c).number_format = "#,##0"
ws.append([])
ws.append(["", "■ — период реализации проекта"])
wrap_all(ws, 4)
ws.column_dimensions["B"].width = 90
wb.save(OUT / "Yaponiya_grafik_proektov_MVD.xlsx")
# I-IV кв. 2021 = all 2021 -> 300,000 thousand yen = 300,000,000 JPY
exp(jp[0][0], "Japan", "BORDER_CROSSING", "funded", "JPY", 300_000_000)
# 2021-07-01..2022-06-30 = 184+181 = 365 days, 184 in 2021 -> 365,000,000 x 184/365 = 184,000,000
exp(jp[1][0], "Japan", "ILLEGAL_MIGRATION", "funded", "JPY", 184_000_000)
# 2020 only -> 0
exp(jp[2][0], "Japan", "COVID19", "funded", "JPY", 0)
# 2021-04-01..2022-03-31 = 275+90 = 365 days, 275 in 2021 -> 730,000,000 x 275/365 = 2,000,000 x 275 = 550,000,000
exp(jp[3][0], "Japan", "OTHER", "funded", "JPY", 550_000_000)
# approved, 2022 only -> 0, still listed
exp(jp[4][0], "Japan", "DRUGS", "funded", "JPY", 0)

# ------------------------------------------------------------------------------------------------------------------
# 8 UNDP: Ukrainian relational workbook: "Проєкти" (код, назва, бенефіціар, початок, завершення, статус) and
#   "Фінансування" (код, джерело, рік, сума USD). One project co-funded by UNDP and Denmark with each donor's amount
#   per year -> one expected row per donor. One project has a single "усього" row; another has given 2021 money that
#   differs from a by-days split.
ua = [
    [
        "UA-0101",
        "Безпека громад і поліція, орієнтована на громаду, у Донецькій та Луганській областях",
        "НПУ\nДСНС",
        D(2021, 1, 1),
        D(2022, 12, 31),
        "виконується",
    ],
    [
        "UA-0102",
        "Доступ до правосуддя: дотримання прав затриманих в ізоляторах тимчасового тримання",
        "НПУ",
        D(2020, 10, 1),
        D(2021, 9, 30),
        "виконується",
    ],
    [
        "UA-0103",
        "Протидія домашньому насильству: кімнати для потерпілих у відділах поліції",
        "НПУ",
        D(2021, 1, 1),
        D(2021, 12, 31),
        "скасовано",
    ],
    [
        "UA-0104",
        "Модернізація пунктів пропуску на кордоні з Республікою Молдова",
        "ДПСУ",
        D(2022, 3, 1),
        D(2023, 2, 28),
        "заплановано (документ проєкту не підписано)",
    ],
    [
        "UA-0105",
        "Реагування на COVID-19: засоби захисту для ДСНС та ДМС",
        "ДСНС\nДМС",
        D(2020, 4, 1),
        D(2021, 3, 31),
        "завершено",
    ],
]
ua_fin = [
    # code, source, year, USD
    ["UA-0105", "ПРООН (власні ресурси)", 2020, 300_000],
    ["UA-0105", "ПРООН (власні ресурси)", 2021, 65_000],
    ["UA-0101", "ПРООН (власні ресурси)", 2021, 200_000],
    ["UA-0101", "ПРООН (власні ресурси)", 2022, 150_000],
    ["UA-0101", "Данія (DANIDA)", 2021, 300_000],
    ["UA-0101", "Данія (DANIDA)", 2022, 250_000],
    ["UA-0102", "ПРООН (власні ресурси)", "усього", 365_000],
    ["UA-0103", "ПРООН (власні ресурси)", 2021, 120_000],
    ["UA-0104", "ПРООН (власні ресурси)", 2022, 300_000],
    ["UA-0104", "ПРООН (власні ресурси)", 2023, 200_000],
]
wb = Workbook()
ws = wb.active
ws.title = "Проєкти"
ws["A1"] = "Програма розвитку ООН (ПРООН) в Україні — проєкти з органами системи МВС"
ws["A1"].font = Font(bold=True, size=12)
ws.append([])
ws.append(["Код", "Назва проєкту", "Бенефіціар", "Початок", "Завершення", "Статус"])
bold_row(ws, 3)
for r in ua:
    ws.append(r)
date_fmt(ws, "DD.MM.YYYY", 4)
wrap_all(ws, 4)
ws.column_dimensions["B"].width = 90
ws2 = wb.create_sheet("Фінансування")
ws2["A1"] = "Фінансування за джерелами та роками, дол. США"
ws2.append([])
ws2.append(["Код проєкту", "Джерело фінансування", "Рік", "Сума, дол. США"])
bold_row(ws2, 3)
for r in ua_fin:
    ws2.append(r)
    ws2.cell(row=ws2.max_row, column=4).number_format = "#,##0"
# 300,000+65,000+200,000+150,000+300,000+250,000+365,000+120,000+300,000+200,000 = 2,250,000
ws2.append(["Разом", "", "", 2_250_000])
bold_row(ws2, ws2.max_row)
wb.save(OUT / "PROON_proekty_MVS_finansuvannia.xlsx")
# co-funded: UNDP share, 2021 row 200,000
exp(ua[0][1], "UNDP", "COMMUNITY_POLICING", "funded", "USD", 200_000)
# co-funded: Denmark (DANIDA) share, 2021 row 300,000 (USD, the row's currency)
exp(ua[0][1], "Denmark", "COMMUNITY_POLICING", "funded", "USD", 300_000)
# single "усього" row 365,000; 2020-10-01..2021-09-30 = 92+273 = 365 days, 273 in 2021 -> 273,000
exp(ua[1][1], "UNDP", "CUSTODY", "funded", "USD", 273_000)
# cancelled -> 0 (its 120,000 in 2021 not counted)
exp(ua[2][1], "UNDP", "DOMESTIC_VIOLENCE", "cancelled", "USD", 0)
# planned, not signed -> pipeline; 2022-2023 -> 0
exp(ua[3][1], "UNDP", "BORDER_CROSSING", "pipeline", "USD", 0)
# given 2021 row: 65,000 (by days it would be 365,000 x 90/365 = 90,000)
exp(ua[4][1], "UNDP", "COVID19", "funded", "USD", 65_000)

with open(OUT.parent / "expected.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=list(EXP[0]))
    w.writeheader()
    w.writerows(EXP)
print(len(EXP), "expected lines")
