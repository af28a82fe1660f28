# ruff: noqa: B007 - a data script written blind: its loops unpack whole rows and use a few fields
"""Blind partner files, set X: written without reading the reader's code. Expected values by hand.

Project lists exported from information systems, sent as they came out: a grants-management export with 22
machine-ish columns, a report title, "Run date" / "Filters" lines and a grand total (USA/INL); an SAP-style CSV with
WBS elements, YYYYMMDD dates and STATUS_CD codes explained in a footnote (GIZ); a Ukrainian project-portal export
with "Реєстраційний номер", a row of column numbers under the header and "Строк реалізації" as one text cell
("01.04.2021-31.03.2023", "2021-2022", "03.2021 - 02.2022") (Japan); a Ukrainian CSV with one column per year
("2020 р." ... "2023 р.") and a total (Norway); a "long" export with a row per project, year and budget line and a
grand total (Canada); an export with the page header and column headings repeated every 20 rows and "Page n of 3"
lines, a row per budget line (UK); a Russian .xlsx with every number and date stored as text ("1 250 000,00"),
blank-looking cells holding a space (Switzerland).

Usage: python set_x.py OUT_DIR  -> OUT_DIR/raw/<partner files>, OUT_DIR/expected.csv
Convention: a given 2021 figure is taken as is; otherwise total x days in 2021 / days of the project (both ends
included); a month runs first to last day; outside 2021 -> 0; cancelled -> 0; planned / pipeline projects count
with status "pipeline". A project on several rows (per year or budget line) is one project: its money is the sum of
its rows (its 2021 rows for the 2021 figure).
"""

import csv
import datetime as dt
import shutil
import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.worksheet.pagebreak import Break

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


def date_fmt(ws, fmt, min_row=1):
    for row in ws.iter_rows(min_row=min_row):
        for c in row:
            if isinstance(c.value, D):
                c.number_format = fmt


# ------------------------------------------------------------------------------------------------------------------
# 1 USA (INL): grants-management export. Report title, "Run date", "Run by", "Filters" lines above a 22-column
#   header; irrelevant columns (DUNS, outlays, unliquidated balance, appropriation FY, officers, record id); the
#   award total is "Obligated Amount (USD)" (= "Total Estimated Cost (USD)" for awarded ones); statuses Active /
#   Closed / Cancelled / Pre-Award; a "Grand Total" line and a record count.
wb = Workbook()
ws = wb.active
ws.title = "AwardPortfolio"
ws["A1"] = "INL Grants & Agreements Management System (GAMS) - Award Portfolio Report"
ws["A1"].font = Font(bold=True, size=12)
ws["A2"] = "Run date: 14-Jan-2022 09:42 EST"
ws["A3"] = "Run by: KYIV-INL-PM03"
ws["A4"] = (
    "Filters: Country = Ukraine; Program Area = Civilian Security; Award Status = All; Fiscal Year = All"
)
ws["A5"] = "Sort: Award No. (ascending)"
us_head = [
    "Award No.",
    "Mod No.",
    "Award Type",
    "Award Title",
    "Recipient Organization",
    "Recipient DUNS",
    "Country",
    "Sector",
    "Sub-Sector",
    "Beneficiary Agency",
    "Award Status",
    "Period of Performance Start",
    "PoP End",
    "Total Estimated Cost (USD)",
    "Obligated Amount (USD)",
    "Outlays to Date (USD)",
    "Unliquidated Balance (USD)",
    "Funding Source",
    "Appropriation FY",
    "Grants Officer",
    "GOR",
    "Last Modified",
    "Record ID",
]
ws.append([])
ws.append(us_head)
bold_row(ws, 7)
us = [
    [
        "SINLEC19CA0457",
        "M003",
        "Cooperative Agreement",
        "Counter-Narcotics: Canine Units for Detection of Illicit Drugs at Ports of Entry",
        "International Canine Training Foundation",
        "080123456",
        "Ukraine",
        "Civilian Security",
        "Counter-Narcotics",
        "SBGS",
        "Closed",
        D(2019, 7, 1),
        D(2020, 12, 31),
        800_000,
        800_000,
        800_000,
        0,
        "INCLE",
        "FY2019",
        "GO-7",
        "GOR-12",
        D(2021, 3, 15),
        100457,
    ],
    [
        "SINLEC20GR0112",
        "M002",
        "Grant",
        "Border Security: Mobile Surveillance Systems for the State Border Guard Service on the Green Border",
        "Border Management Solutions Inc.",
        "080654321",
        "Ukraine",
        "Civilian Security",
        "Border Security",
        "SBGS",
        "Active",
        D(2020, 9, 1),
        D(2022, 8, 31),
        2_190_000,
        2_190_000,
        1_310_400,
        879_600,
        "INCLE",
        "FY2020",
        "GO-7",
        "GOR-04",
        D(2021, 11, 2),
        100512,
    ],
    [
        "SINLEC21CA3001",
        "M001",
        "Cooperative Agreement",
        "Community Policing Enhancement: Neighborhood Police Officers in Zaporizhzhia and Mykolaiv Oblasts",
        "Police Reform Partners LLC",
        "080777001",
        "Ukraine",
        "Civilian Security",
        "Community Policing",
        "NPU",
        "Active",
        D(2021, 1, 1),
        D(2022, 12, 31),
        1_460_000,
        1_460_000,
        650_000,
        810_000,
        "INCLE",
        "FY2020",
        "GO-3",
        "GOR-09",
        D(2021, 12, 20),
        103001,
    ],
    [
        "SINLEC21GR0398",
        "M000",
        "Grant",
        "Combating Trafficking in Persons: Specialized Police Investigation Units",
        "Anti-Trafficking Alliance",
        "080888398",
        "Ukraine",
        "Civilian Security",
        "Trafficking in Persons",
        "NPU",
        "Cancelled",
        D(2021, 5, 1),
        D(2022, 4, 30),
        500_000,
        500_000,
        0,
        500_000,
        "INCLE",
        "FY2021",
        "GO-3",
        "GOR-09",
        D(2021, 6, 30),
        103398,
    ],
    [
        "SINLEC22CA0015",
        "",
        "Cooperative Agreement",
        "Domestic Violence: Victim Support and Evidence Collection Training for Patrol Police",
        "TBD",
        "",
        "Ukraine",
        "Civilian Security",
        "Gender-Based Violence",
        "NPU",
        "Pre-Award",
        D(2022, 3, 1),
        D(2024, 2, 29),
        750_000,
        0,
        0,
        0,
        "INCLE",
        "FY2022",
        "GO-7",
        "",
        D(2022, 1, 10),
        104015,
    ],
]
for r in us:
    ws.append(r)
# TEC: 800,000+2,190,000+1,460,000+500,000+750,000 = 5,700,000
# obligated: 800,000+2,190,000+1,460,000+500,000+0 = 4,950,000
# outlays: 800,000+1,310,400+650,000 = 2,760,400; unliquidated: 879,600+810,000+500,000 = 2,189,600
ws.append(
    [
        "Grand Total",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        None,
        None,
        5_700_000,
        4_950_000,
        2_760_400,
        2_189_600,
    ]
)
bold_row(ws, ws.max_row)
ws.append(["Records: 5"])
ws.append(["SENSITIVE BUT UNCLASSIFIED - GAMS v4.2 - page 1/1"])
date_fmt(ws, "DD-MMM-YYYY", 8)
for row in ws.iter_rows(min_row=8):
    for c in row:
        if isinstance(c.value, int) and c.column in (14, 15, 16, 17):
            c.number_format = "#,##0.00"
ws.column_dimensions["D"].width = 90
wb.save(OUT / "GAMS_AwardPortfolio_Ukraine_20220114.xlsx")
# Closed, 2019-07-01..2020-12-31: nothing in 2021 -> 0
exp(us[0][3], "USA", "DRUGS", "funded", "USD", 0)
# 2020-09-01..2022-08-31 = 122+365+243 = 730 days, 365 in 2021 -> 2,190,000 x 365/730 = 1,095,000
exp(us[1][3], "USA", "BORDER_SECURITY", "funded", "USD", 1_095_000)
# 2021-01-01..2022-12-31 = 730 days, 365 in 2021 -> 1,460,000 / 2 = 730,000
exp(us[2][3], "USA", "COMMUNITY_POLICING", "funded", "USD", 730_000)
# Cancelled -> 0
exp(us[3][3], "USA", "TRAFFICKING", "cancelled", "USD", 0)
# Pre-Award (not signed) -> pipeline; PoP 2022-03-01..2024-02-29, nothing in 2021 -> 0
exp(us[4][3], "USA", "DOMESTIC_VIOLENCE", "pipeline", "USD", 0)

# ------------------------------------------------------------------------------------------------------------------
# 2 GIZ: SAP-style CSV (semicolons, decimal point, dates YYYYMMDD), technical column names, codes; STATUS_CD
#   explained in a footnote (REL = in implementation, TECO = completed, CRTD = not yet approved, DLFL = cancelled).
giz_head = [
    "MANDT",
    "WBS_ELEMENT",
    "PROJ_DESC",
    "COUNTRY_ISO",
    "IMPL_ORG",
    "BENEF_ORG",
    "PROFIT_CTR",
    "RESP_COST_CNTR",
    "VALID_FROM",
    "VALID_TO",
    "BUDGET_EUR",
    "ACTUALS_EUR",
    "COMMIT_EUR",
    "STATUS_CD",
    "CHANGED_ON",
    "CHANGED_BY",
]
giz = [
    [
        "100",
        "P-20.2157.3-001.00",
        "Border crossing points UA/PL: queue management and faster passenger clearance",
        "UA",
        "GIZ",
        "DPSU",
        "PC4410",
        "CC441021",
        "20210301",
        "20230228",
        "2920000.00",
        "812455.17",
        "390000.00",
        "REL",
        "20211215",
        "KOVALENKOO",
    ],
    [
        "100",
        "P-19.2033.8-002.00",
        "Custody records: electronic detainee register in police temporary detention facilities",
        "UA",
        "GIZ",
        "NPU",
        "PC4410",
        "CC441007",
        "20190101",
        "20201231",
        "1500000.00",
        "1497310.55",
        "0.00",
        "TECO",
        "20210211",
        "MUELLERJ",
    ],
    [
        "100",
        "P-21.2301.1-003.00",
        "Irregular migration: case management for SMS temporary holding centres for foreigners",
        "UA",
        "GIZ",
        "DMS",
        "PC4410",
        "CC441033",
        "20211101",
        "20231031",
        "730000.00",
        "0.00",
        "0.00",
        "CRTD",
        "20211020",
        "KOVALENKOO",
    ],
    [
        "100",
        "P-21.2188.5-002.00",
        "COVID-19: protective equipment and disinfection for MIA service centres",
        "UA",
        "GIZ",
        "MVS",
        "PC4410",
        "CC441029",
        "20210201",
        "20210731",
        "400000.00",
        "0.00",
        "0.00",
        "DLFL",
        "20210405",
        "MUELLERJ",
    ],
    [
        "100",
        "P-22.2005.2-001.00",
        "Cybercrime: digital forensics laboratory for the Cyber Police Department",
        "UA",
        "GIZ",
        "NPU",
        "PC4410",
        "CC441040",
        "20220101",
        "20231231",
        "1200000.00",
        "0.00",
        "150000.00",
        "REL",
        "20211210",
        "KOVALENKOO",
    ],
]
with open(OUT / "ZPS_WBS_EXPORT_UA_MIA_20211220.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, delimiter=";")
    w.writerow(giz_head)
    for r in giz:
        w.writerow(r)
    w.writerow([])
    w.writerow(
        [
            "* STATUS_CD: CRTD = created (planning, not yet approved); REL = released (in implementation); "
            "TECO = technically completed; CLSD = closed; DLFL = deletion flag set (measure cancelled)"
        ]
    )
    w.writerow(
        [
            "* Amounts in EUR; VALID_FROM / VALID_TO = term of the measure (YYYYMMDD); "
            "BENEF_ORG: DPSU = State Border Guard Service, NPU = National Police, DMS = State Migration "
            "Service, MVS = Ministry of Internal Affairs"
        ]
    )
# REL; 2021-03-01..2023-02-28 = 306+365+59 = 730 days, 306 in 2021 -> 2,920,000 x 306/730 = 4,000 x 306 = 1,224,000
exp(giz[0][2], "GIZ", "BORDER_CROSSING", "funded", "EUR", 1_224_000)
# TECO (completed), 2019-2020 -> 0
exp(giz[1][2], "GIZ", "CUSTODY", "funded", "EUR", 0)
# CRTD = not yet approved -> pipeline; 2021-11-01..2023-10-31 = 61+365+304 = 730 days, 61 in 2021
#   730,000 x 61/730 = 61,000
exp(giz[2][2], "GIZ", "ILLEGAL_MIGRATION", "pipeline", "EUR", 61_000)
# DLFL = cancelled -> 0
exp(giz[3][2], "GIZ", "COVID19", "cancelled", "EUR", 0)
# REL but starts 2022-01-01 -> 0 in 2021 (still listed, funded)
exp(giz[4][2], "GIZ", "OTHER", "funded", "EUR", 0)

# ------------------------------------------------------------------------------------------------------------------
# 3 Japan: Ukrainian project-portal export (.xlsx); report parameters above; the system's own headings with
#   "Реєстраційний номер"; a row of column numbers 1..12 under the header; "Строк реалізації" as one text cell in
#   three shapes (dd.mm.yyyy-dd.mm.yyyy, years only, mm.yyyy - mm.yyyy); a planned project without a number; a
#   "Разом" line.
wb = Workbook()
ws = wb.active
ws.title = "Звіт"
ws["A1"] = "Єдина інформаційна система обліку проєктів (програм) міжнародної технічної допомоги"
ws["A1"].font = Font(bold=True, size=12)
ws["A2"] = "Звіт: Перелік проєктів (програм) МТД за донором"
ws["A3"] = "Параметри: Донор = Уряд Японії; Сектор = Громадський порядок і безпека; Стан = усі"
ws["A4"] = "Дата формування: 11.01.2022 16:05"
jp_head = [
    "№ з/п",
    "Реєстраційний номер",
    "Дата реєстрації",
    "Назва проєкту (програми)",
    "Донор",
    "Виконавець",
    "Реципієнт",
    "Бенефіціар",
    "Загальна вартість, дол. США",
    "Строк реалізації",
    "Стан",
    "Сектор",
]
ws.append([])
ws.append(jp_head)
ws.append(list(range(1, 13)))
bold_row(ws, 6)
jp = [
    [
        1,
        "3521-02",
        "12.05.2021",
        "Зручний перетин кордону: модернізація пунктів пропуску на кордоні з Угорщиною та Словаччиною",
        "Уряд Японії",
        "ПРООН",
        "Адміністрація Державної прикордонної служби України",
        "ДПСУ",
        1_460_000,
        "01.04.2021-31.03.2023",
        "реалізується",
        "Громадський порядок і безпека",
    ],
    [
        2,
        "3388-01",
        "20.01.2021",
        "Протидія торгівлі людьми: спроможність Національної поліції виявляти та розслідувати злочини",
        "Уряд Японії",
        "МОМ",
        "Національна поліція України",
        "НПУ",
        600_000,
        "2021-2022",
        "реалізується",
        "Громадський порядок і безпека",
    ],
    [
        3,
        "3102-05",
        "15.06.2020",
        "Подолання наслідків пандемії COVID-19: засоби індивідуального захисту для ДСНС і Національної поліції",
        "Уряд Японії",
        "ПРООН",
        "МВС України",
        "ДСНС, НПУ",
        500_000,
        "06.2020-11.2020",
        "завершено",
        "Громадський порядок і безпека",
    ],
    [
        4,
        "3590-01",
        "02.03.2021",
        "Гуманітарне розмінування: обладнання для піротехнічних підрозділів ДСНС",
        "Уряд Японії",
        "Японське агентство міжнародного співробітництва (JICA)",
        "Державна служба України з надзвичайних ситуацій",
        "ДСНС",
        730_000,
        "03.2021 - 02.2022",
        "реалізується",
        "Громадський порядок і безпека",
    ],
    [
        5,
        "",
        "",
        "Протидія незаконній міграції: біометричні системи ідентифікації іноземців для ДМС",
        "Уряд Японії",
        "МОМ",
        "Державна міграційна служба України",
        "ДМС",
        1_095_000,
        "01.07.2021-30.06.2023",
        "планується (на етапі погодження)",
        "Громадський порядок і безпека",
    ],
]
for r in jp:
    ws.append(r)
    ws.cell(ws.max_row, 9).number_format = "#,##0.00"
# 1,460,000+600,000+500,000+730,000+1,095,000 = 4,385,000
ws.append(["", "", "", "Разом: 5 проєктів (програм)", "", "", "", "", 4_385_000, "", "", ""])
bold_row(ws, ws.max_row)
ws.cell(ws.max_row, 9).number_format = "#,##0.00"
ws.column_dimensions["D"].width = 90
wb.save(OUT / "EISMTD_zvit_donor_Yaponiya_11012022.xlsx")
# 2021-04-01..2023-03-31 = 275+365+90 = 730 days, 275 in 2021 -> 1,460,000 x 275/730 = 2,000 x 275 = 550,000
exp(jp[0][3], "Japan", "BORDER_CROSSING", "funded", "USD", 550_000)
# "2021-2022" = 2021-01-01..2022-12-31 = 730 days, 365 in 2021 -> 600,000 / 2 = 300,000
exp(jp[1][3], "Japan", "TRAFFICKING", "funded", "USD", 300_000)
# 06.2020-11.2020 -> ended 2020-11-30 -> 0
exp(jp[2][3], "Japan", "COVID19", "funded", "USD", 0)
# 03.2021 - 02.2022 = 2021-03-01..2022-02-28 = 306+59 = 365 days, 306 in 2021 -> 730,000 x 306/365 = 612,000
exp(jp[3][3], "Japan", "OTHER", "funded", "USD", 612_000)
# planned -> pipeline; 2021-07-01..2023-06-30 = 184+365+181 = 730 days, 184 in 2021
#   1,095,000 x 184/730 = 1,500 x 184 = 276,000
exp(jp[4][3], "Japan", "ILLEGAL_MIGRATION", "pipeline", "USD", 276_000)

# ------------------------------------------------------------------------------------------------------------------
# 4 Norway: Ukrainian CSV export (utf-8 with BOM, semicolons, numbers with space thousands), one line per agreement,
#   money split per calendar year ("2020 р." ... "2023 р.") and an "Усього" column; one agreement without a split;
#   a cancelled agreement with money in its 2021 cell; a total line.
no_head = [
    "Номер угоди",
    "Назва угоди",
    "Партнер",
    "Бенефіціар",
    "Дата початку",
    "Дата завершення",
    "2020 р.",
    "2021 р.",
    "2022 р.",
    "2023 р.",
    "Усього",
    "Статус угоди",
]
no = [
    [
        "UKR-20/0012",
        "Поліція громад: підтримка офіцерів громади в Донецькій та Луганській областях",
        "ПРООН",
        "НПУ",
        "01.07.2020",
        "30.06.2023",
        "2 000 000",
        "4 500 000",
        "4 000 000",
        "1 500 000",
        "12 000 000",
        "Активна",
    ],
    [
        "UKR-21/0044",
        "Протидія домашньому насильству: кризові кімнати та мобільні групи реагування поліції",
        "ООН Жінки",
        "НПУ",
        "01.03.2021",
        "28.02.2022",
        "",
        "",
        "",
        "",
        "3 650 000",
        "Активна",
    ],
    [
        "UKR-20/0107",
        "Безпека кордону: обладнання для морської охорони Державної прикордонної служби",
        "ПРООН",
        "ДПСУ",
        "01.01.2020",
        "31.12.2020",
        "5 000 000",
        "",
        "",
        "",
        "5 000 000",
        "Завершена",
    ],
    [
        "UKR-21/0090",
        "Протидія торгівлі людьми: навчання прикордонників виявленню постраждалих осіб",
        "МОМ",
        "ДПСУ",
        "01.06.2021",
        "31.05.2022",
        "",
        "1 200 000",
        "800 000",
        "",
        "2 000 000",
        "Скасована",
    ],
    [
        "UKR-22/0003",
        "Протидія незаконному обігу наркотиків: кінологічна служба ДПСУ для виявлення наркотиків",
        "УНП ООН",
        "ДПСУ",
        "01.01.2022",
        "31.12.2023",
        "",
        "",
        "1 500 000",
        "1 500 000",
        "3 000 000",
        "У підготовці (угоду не підписано)",
    ],
]
with open(OUT / "Norvegiya_PTA_ugody_MVS_20211220.csv", "w", newline="", encoding="utf-8-sig") as f:
    w = csv.writer(f, delimiter=";")
    w.writerow(["Міністерство закордонних справ Норвегії / Посольство Норвегії в Україні"])
    w.writerow(["Вивантаження з системи PTA: угоди з партнерами, сектор МВС України"])
    w.writerow(
        ["Дата вивантаження: 20.12.2021; суми в норвезьких кронах (NOK), розподіл за календарними роками"]
    )
    w.writerow([])
    w.writerow(no_head)
    for r in no:
        w.writerow(r)
    # 2020: 2,000,000+5,000,000 = 7,000,000; 2021: 4,500,000+1,200,000 = 5,700,000;
    # 2022: 4,000,000+800,000+1,500,000 = 6,300,000; 2023: 1,500,000+1,500,000 = 3,000,000;
    # total: 12,000,000+3,650,000+5,000,000+2,000,000+3,000,000 = 25,650,000
    w.writerow(
        ["", "Усього", "", "", "", "", "7 000 000", "5 700 000", "6 300 000", "3 000 000", "25 650 000", ""]
    )
# given 2021: 4,500,000
exp(no[0][1], "Norway", "COMMUNITY_POLICING", "funded", "NOK", 4_500_000)
# no split: 2021-03-01..2022-02-28 = 306+59 = 365 days, 306 in 2021 -> 3,650,000 x 306/365 = 10,000 x 306 = 3,060,000
exp(no[1][1], "Norway", "DOMESTIC_VIOLENCE", "funded", "NOK", 3_060_000)
# completed, 2020 only -> 0
exp(no[2][1], "Norway", "BORDER_SECURITY", "funded", "NOK", 0)
# cancelled -> 0 (the 1,200,000 in its 2021 cell is not counted)
exp(no[3][1], "Norway", "TRAFFICKING", "cancelled", "NOK", 0)
# in preparation (not signed) -> pipeline; 2022-2023 -> 0
exp(no[4][1], "Norway", "DRUGS", "pipeline", "NOK", 0)

# ------------------------------------------------------------------------------------------------------------------
# 5 Canada: a "long" export (.xlsx): a row per project, calendar year and budget line, the project's columns
#   repeated on every row; a "Grand Total" line at the bottom; statuses Operational / Closed / Planning / Cancelled.
wb = Workbook()
ws = wb.active
ws.title = "Export"
ws["A1"] = "Global Affairs Canada - Project Browser - planned disbursements export"
ws["A1"].font = Font(bold=True, size=12)
ws["A2"] = "Extracted: 2022-01-07 11:20"
ws["A3"] = (
    "Query: Country = Ukraine; Sector = Security system management and reform; Calendar years 2020-2023"
)
ws.append([])
ws.append(
    [
        "Project Number",
        "Project Title",
        "Executing Agency",
        "Start Date",
        "End Date",
        "Status",
        "Calendar Year",
        "Budget Line",
        "Amount (CAD)",
    ]
)
bold_row(ws, 5)
ca_p = {
    "P-012345": (
        "Gender-responsive policing: domestic violence response units of the National Police",
        "Royal Canadian Mounted Police",
        D(2020, 4, 1),
        D(2023, 3, 31),
        "Operational",
        [
            (2020, "Training", 300_000),
            (2021, "Training", 250_000),
            (2021, "Equipment", 150_000),
            (2022, "Training", 200_000),
            (2023, "Evaluation", 50_000),
        ],
    ),
    "P-011876": (
        "Community policing in Eastern Ukraine: police-community safety partnerships",
        "UNDP",
        D(2021, 1, 1),
        D(2022, 12, 31),
        "Operational",
        [(2021, "Contribution", 500_000), (2022, "Contribution", 500_000)],
    ),
    "P-010234": (
        "COVID-19 protection for police and border guards: PPE and sanitation",
        "World Health Organization",
        D(2020, 5, 1),
        D(2020, 12, 31),
        "Closed",
        [(2020, "PPE", 200_000), (2020, "Sanitation", 80_000)],
    ),
    "P-013001": (
        "Countering human trafficking: victim identification by border guards at airports",
        "International Organization for Migration",
        D(2021, 10, 1),
        D(2023, 9, 30),
        "Planning",
        [(2021, "Contribution", 60_000), (2022, "Contribution", 240_000), (2023, "Contribution", 180_000)],
    ),
    "P-012777": (
        "Cybercrime investigations: training for the Cyber Police Department",
        "Canadian Police College",
        D(2021, 6, 1),
        D(2022, 5, 31),
        "Cancelled",
        [(2021, "Training", 120_000), (2022, "Training", 80_000)],
    ),
}
for no_, (title, agency, start, end, status, lines) in ca_p.items():
    for y, line, amt in lines:
        ws.append([no_, title, agency, start, end, status, y, line, amt])
        ws.cell(ws.max_row, 9).number_format = "#,##0"
# 300,000+250,000+150,000+200,000+50,000 = 950,000; 1,000,000; 280,000; 60,000+240,000+180,000 = 480,000;
# 200,000 -> 950,000+1,000,000+280,000+480,000+200,000 = 2,910,000
ws.append(["Grand Total", "", "", None, None, "", None, "", 2_910_000])
bold_row(ws, ws.max_row)
ws.cell(ws.max_row, 9).number_format = "#,##0"
date_fmt(ws, "YYYY-MM-DD", 6)
ws.column_dimensions["B"].width = 80
wb.save(OUT / "GAC_ProjectBrowser_UKR_security_20220107.xlsx")
# 2021 rows: 250,000 + 150,000 = 400,000
exp(ca_p["P-012345"][0], "Canada", "DOMESTIC_VIOLENCE", "funded", "CAD", 400_000)
# 2021 row: 500,000
exp(ca_p["P-011876"][0], "Canada", "COMMUNITY_POLICING", "funded", "CAD", 500_000)
# closed, 2020 rows only -> 0
exp(ca_p["P-010234"][0], "Canada", "COVID19", "funded", "CAD", 0)
# Planning -> pipeline; 2021 row: 60,000
exp(ca_p["P-013001"][0], "Canada", "TRAFFICKING", "pipeline", "CAD", 60_000)
# cancelled -> 0
exp(ca_p["P-012777"][0], "Canada", "OTHER", "cancelled", "CAD", 0)

# ------------------------------------------------------------------------------------------------------------------
# 6 UK: a printed-report export (.xlsx): a row per programme and budget line (no years), the programme's columns
#   repeated; every 20 data rows a page break, then "Page n of 3", the report title lines and the column headings
#   again (a programme runs across a page break); a grand total at the end. Dates dd/mm/yyyy.
uk_p = [
    (
        "CSSF-UA-019",
        "Illegal migration: document fraud detection for the State Migration Service",
        "Crown Agents",
        D(2020, 1, 1),
        D(2020, 12, 31),
        "Closed",
        [
            ("Staff costs", 100_000),
            ("Travel", 20_000),
            ("Equipment: document examination kits", 150_000),
            ("Training and workshops", 60_000),
            ("Consultancy", 30_000),
            ("Monitoring and evaluation", 10_000),
            ("Overheads", 25_000),
            ("Contingency", 5_000),
        ],
    ),
    (
        "CSSF-UA-027",
        "Custody records and detainee rights: custody officers in police temporary holding facilities",
        "Council of Europe",
        D(2021, 1, 1),
        D(2022, 12, 31),
        "Live",
        [
            ("Staff costs", 250_000),
            ("Travel", 40_000),
            ("IT: electronic custody record system", 200_000),
            ("Training and workshops", 150_000),
            ("Consultancy", 90_000),
            ("Communications", 20_000),
            ("Monitoring and evaluation", 50_000),
            ("Overheads", 80_000),
            ("Contingency", 20_000),
        ],
    ),
    (
        "CSSF-UA-031",
        "Border security: surveillance equipment and training for the State Border Guard Service on the eastern border",
        "Adam Smith International",
        D(2021, 4, 1),
        D(2023, 3, 31),
        "Live",
        [
            ("Staff costs", 300_000),
            ("Travel", 60_000),
            ("Equipment: thermal imaging cameras", 400_000),
            ("Equipment: patrol vehicles", 250_000),
            ("Training and workshops", 150_000),
            ("Consultancy", 100_000),
            ("Communications", 20_000),
            ("Monitoring and evaluation", 50_000),
            ("Overheads", 100_000),
            ("Contingency", 30_000),
        ],
    ),
    (
        "CSSF-UA-033",
        "Domestic violence: multi-agency response and police training in Kharkiv oblast",
        "La Strada Ukraine",
        D(2021, 9, 1),
        D(2022, 8, 31),
        "Cancelled",
        [
            ("Staff costs", 150_000),
            ("Travel", 20_000),
            ("Training and workshops", 120_000),
            ("Grants to shelters", 100_000),
            ("Consultancy", 40_000),
            ("Communications", 10_000),
            ("Monitoring and evaluation", 20_000),
            ("Overheads", 30_000),
            ("Contingency", 10_000),
        ],
    ),
    (
        "CSSF-UA-036",
        "Drugs: countering synthetic drug trafficking - analytical capacity of the National Police",
        "UNODC",
        D(2021, 12, 1),
        D(2022, 11, 30),
        "Pipeline",
        [
            ("Staff costs", 200_000),
            ("Travel", 30_000),
            ("Equipment: forensic drug laboratory", 180_000),
            ("Training and workshops", 120_000),
            ("Consultancy", 80_000),
            ("Communications", 10_000),
            ("Monitoring and evaluation", 40_000),
            ("Overheads", 60_000),
            ("Contingency", 10_000),
        ],
    ),
]
uk_rows = []
for pid, title, impl, start, end, status, lines in uk_p:
    for k, (line, amt) in enumerate(lines, start=1):
        uk_rows.append([pid, title, impl, start, end, status, f"{k:02d}", line, amt])
# 8+9+10+9+9 = 45 data rows -> pages of 20: 20 + 20 + 5 -> 3 pages
assert len(uk_rows) == 45
uk_head = [
    "Prog. ID",
    "Programme Title",
    "Implementer",
    "Start",
    "End",
    "Status",
    "Line",
    "Activity / Budget Line",
    "Budget (GBP)",
]
wb = Workbook()
ws = wb.active
ws.title = "Report"
for page in range(3):
    if page:
        ws.row_breaks.append(Break(id=ws.max_row))
    start_row = ws.max_row + 2 if page else 1
    ws.cell(start_row, 1, "FCDO Programme Information System (PIS) - Budget by Activity Line").font = Font(
        bold=True
    )
    ws.cell(start_row, 9, f"Page {page + 1} of 3")
    ws.cell(start_row + 1, 1, "Country: Ukraine | Portfolio: CSSF Ukraine - Law Enforcement | Currency: GBP")
    ws.cell(start_row + 2, 1, "Report run: 05/11/2021 10:14 | User: PIS-KYIV-02")
    for j, v in enumerate(uk_head, start=1):
        ws.cell(start_row + 3, j, v).font = Font(bold=True)
    for r in uk_rows[page * 20 : page * 20 + 20]:
        ws.append(r)
        ws.cell(ws.max_row, 9).number_format = "#,##0.00"
# 400,000 + 900,000 + 1,460,000 + 500,000 + 730,000 = 3,990,000
ws.append(["", "GRAND TOTAL", "", None, None, "", "", "", 3_990_000])
bold_row(ws, ws.max_row)
ws.cell(ws.max_row, 9).number_format = "#,##0.00"
ws.append(["*** End of report ***"])
date_fmt(ws, "DD/MM/YYYY", 1)
ws.column_dimensions["B"].width = 90
ws.column_dimensions["H"].width = 40
wb.save(OUT / "PIS_BudgetByActivityLine_CSSF_UA.xlsx")
# closed: 400,000 (sum of 8 lines), 2020 only -> 0
exp(uk_p[0][1], "UK", "ILLEGAL_MIGRATION", "funded", "GBP", 0)
# lines 250,000+40,000+200,000+150,000+90,000+20,000+50,000+80,000+20,000 = 900,000
#   2021-01-01..2022-12-31 = 730 days, 365 in 2021 -> 450,000
exp(uk_p[1][1], "UK", "CUSTODY", "funded", "GBP", 450_000)
# lines 300,000+60,000+400,000+250,000+150,000+100,000+20,000+50,000+100,000+30,000 = 1,460,000 (runs across the
#   page 1 / page 2 break); 2021-04-01..2023-03-31 = 275+365+90 = 730 days, 275 in 2021 -> 2,000 x 275 = 550,000
exp(uk_p[2][1], "UK", "BORDER_SECURITY", "funded", "GBP", 550_000)
# cancelled -> 0 (lines sum to 500,000)
exp(uk_p[3][1], "UK", "DOMESTIC_VIOLENCE", "cancelled", "GBP", 0)
# pipeline; lines 200,000+30,000+180,000+120,000+80,000+10,000+40,000+60,000+10,000 = 730,000 (runs across the
#   page 2 / page 3 break); 2021-12-01..2022-11-30 = 31+334 = 365 days, 31 in 2021 -> 2,000 x 31 = 62,000
exp(uk_p[4][1], "UK", "DRUGS", "pipeline", "GBP", 62_000)

# ------------------------------------------------------------------------------------------------------------------
# 7 Switzerland (SDC): Russian export saved as .xlsx with every number stored as text ("1 250 000,00", one with
#   no-break spaces), dates as text, blank-looking cells holding a single space; a given 2021 figure for some; an
#   "Итого" line in text too.
NB = "\u00a0"
ch = [
    [
        "7F-10234.01",
        "Противодействие домашнему насилию: специализированные подразделения Национальной полиции",
        "Фонд ООН в области народонаселения (UNFPA)",
        "НПУ",
        "01.01.2021",
        "31.12.2023",
        "2 190 000,00",
        " ",
        "1",
        "в реализации",
    ],
    [
        "7F-09811.02",
        "Общественная безопасность и полиция общины (community policing) в Одесской области",
        "ПРООН",
        "НПУ",
        "01.05.2020",
        "30.04.2022",
        f"1{NB}460{NB}000,00",
        "750 000,00",
        "2",
        "в реализации",
    ],
    [
        "7F-10502.01",
        "Реагирование на COVID-19: средства индивидуальной защиты для спасателей ГСЧС",
        "Швейцарский корпус помощи",
        "ГСЧС",
        "01.04.2020",
        "31.10.2020",
        "300 000,00",
        " ",
        "1",
        "завершён",
    ],
    [
        "7F-10677.01",
        "Безопасность границы: техническое наблюдение на зелёной границе, ГПСУ",
        "ЦКППМ (DCAF)",
        "ГПСУ",
        "01.03.2021",
        "28.02.2023",
        "850 000,00",
        "200 000,00",
        "1",
        "отменён",
    ],
    [
        "7F-10890.01",
        "Управление персоналом и обучение кадров МВД (HR-реформа)",
        "Женевский центр (DCAF)",
        "МВД",
        "01.09.2021",
        "31.08.2024",
        "1 096 000,00",
        " ",
        "1",
        "в стадии подготовки",
    ],
]
wb = Workbook()
ws = wb.active
ws.title = "Выгрузка"
ws["A1"] = "Швейцарское агентство по развитию и сотрудничеству (SDC) - Бюро сотрудничества в Украине"
ws["A2"] = "Выгрузка из системы учёта проектов: проекты в секторе МВД Украины"
ws["A3"] = "Дата выгрузки: 15.12.2021"
ws["A4"] = " "
ws.append(
    [
        "Номер проекта",
        "Название проекта",
        "Организация-исполнитель",
        "Бенефициар",
        "Начало",
        "Окончание",
        "Бюджет всего, CHF",
        "в т.ч. на 2021 г., CHF",
        "Фаза",
        "Статус",
    ]
)
bold_row(ws, 5)
for r in ch:
    ws.append(r)
    for c in ws[ws.max_row]:
        c.number_format = "@"
# 2,190,000+1,460,000+300,000+850,000+1,096,000 = 5,896,000; 2021: 750,000+200,000 = 950,000
ws.append([" ", "Итого", " ", " ", " ", " ", "5 896 000,00", "950 000,00", " ", " "])
for c in ws[ws.max_row]:
    c.number_format = "@"
ws.column_dimensions["B"].width = 90
wb.save(OUT / "SDC_vygruzka_MVD_15122021.xlsx")
# 2021 cell is a space -> by days: 2021-01-01..2023-12-31 = 1,095 days, 365 in 2021 -> 2,190,000 / 3 = 730,000
exp(ch[0][1], "Switzerland", "DOMESTIC_VIOLENCE", "funded", "CHF", 730_000)
# given 2021: 750,000 (by days it would be 1,460,000 x 365/730 = 730,000)
exp(ch[1][1], "Switzerland", "COMMUNITY_POLICING", "funded", "CHF", 750_000)
# completed, ended 31.10.2020 -> 0
exp(ch[2][1], "Switzerland", "COVID19", "funded", "CHF", 0)
# cancelled -> 0 (its 200,000 in the 2021 cell not counted)
exp(ch[3][1], "Switzerland", "BORDER_SECURITY", "cancelled", "CHF", 0)
# in preparation -> pipeline; 2021-09-01..2024-08-31 = 122+365+365+244 (2024 leap: 31+29+31+30+31+30+31+31)
#   = 1,096 days, 122 in 2021 -> 1,096,000 x 122/1,096 = 122,000
exp(ch[4][1], "Switzerland", "OTHER", "pipeline", "CHF", 122_000)

with open(OUT.parent / "expected.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=list(EXP[0]))
    w.writeheader()
    w.writerows(EXP)
print(len(EXP), "expected lines")
