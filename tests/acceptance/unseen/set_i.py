# ruff: noqa: B007 - a data script written blind: its loops unpack whole rows and use a few fields
"""Blind partner files, set I: written without reading the reader's code. Expected values by hand.

Usage: python set_i.py OUT_DIR  -> OUT_DIR/raw/<partner files>, OUT_DIR/expected.csv
Convention: a given 2021 figure is taken as is; otherwise total x days in 2021 / days of the project (both ends
included); a month runs first to last day, a quarter first to last day; outside 2021 -> 0; cancelled -> 0.

Layouts: a donor-database export with machine headers and status codes explained on a legend sheet (dates as
YYYYMMDD numbers); a beneficiary's register grouped by donor with the donor filled on the first row of each group
only, headers in two languages in one cell, periods "з 01.2021" / "до 12.2022" in separate columns; amounts with
mixed units per row ("1,2 млн", "350 тыс.", "80 000 "); "since March 2021" / "until February 2022"; the same project
in the EU's file and in its implementer UNDP's file; a 36-column results-framework export with the relevant columns
scattered among indicators ("Target 2021", "Delivery 2021 (%)", "Expenditure 2020"); a CSV with leading apostrophes,
trailing spaces and bracketed negative amendments; a protected sheet with cell comments and periods "2021"; an Excel
table object with amounts stored as text; a semicolon CSV with month periods.
"""

import csv
import datetime as dt
import shutil
import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.table import Table, TableStyleInfo

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
# 1 USAID: an export from the donor's database. Machine headers, no title rows, dates as YYYYMMDD numbers, statuses
#   as codes explained on a LEGEND sheet: A active, C closed (completed, NOT cancelled), P pipeline, T terminated.
#   Irrelevant machine columns (award number, sector code, last update date as YYYYMMDD too).
wb = Workbook()
ws = wb.active
ws.title = "EXPORT"
hdr = [
    "OU_CD",
    "OPERATING_UNIT",
    "AWARD_NO",
    "PROJ_TITLE",
    "IMPL_PARTNER_NM",
    "BENEF_ORG_CD",
    "SECTOR_CD",
    "START_DT",
    "END_DT",
    "AMT_USD",
    "STATUS_CD",
    "LAST_UPD_DT",
]
ws.append(hdr)
usaid = [
    (
        "UKR",
        "USAID/Ukraine",
        "72012120CA00011",
        "Community Policing Partnerships in Eastern Ukraine",
        "Chemonics International",
        "NPU",
        "DR.1.3",
        20200701,
        20220630,
        1460000.0,
        "A",
        20210915,
    ),
    (
        "UKR",
        "USAID/Ukraine",
        "72012120CA00004",
        "Countering Trafficking in Persons: Victim Identification by Frontline Police",
        "Winrock International",
        "NPU",
        "PS.5.2",
        20200401,
        20210930,
        548000.0,
        "C",
        20211015,
    ),
    (
        "UKR",
        "USAID/Ukraine",
        "TBD",
        "Domestic Violence Mobile Response Teams in Zaporizhzhia Oblast",
        "TBD",
        "NPU",
        "PS.5.2",
        20211001,
        20220930,
        365000.0,
        "P",
        20210930,
    ),
    (
        "UKR",
        "USAID/Ukraine",
        "72012121CA00002",
        "Police Records Management System Modernization",
        "DAI Global",
        "MIA",
        "DR.1.3",
        20210101,
        20221231,
        800000.0,
        "T",
        20210618,
    ),
    (
        "UKR",
        "USAID/Ukraine",
        "72012121IO00001",
        "COVID-19 Protective Equipment for the Patrol Police",
        "UNICEF",
        "NPU",
        "HL.1.1",
        20210115,
        20210614,
        250000.0,
        "A",
        20210301,
    ),
]
for r in usaid:
    ws.append(list(r))
lg = wb.create_sheet("LEGEND")
legend = [
    ("FIELD", "DESCRIPTION"),
    ("OU_CD", "Operating unit code"),
    ("AWARD_NO", "Award / agreement number (TBD = not yet awarded)"),
    ("PROJ_TITLE", "Activity title"),
    (
        "BENEF_ORG_CD",
        "Host-country beneficiary organisation (NPU = National Police of Ukraine, MIA = Ministry)",
    ),
    ("START_DT", "Activity start date, format YYYYMMDD"),
    ("END_DT", "Activity end date, format YYYYMMDD"),
    ("AMT_USD", "Total estimated cost of the activity over its life, US dollars"),
    ("LAST_UPD_DT", "Date the record was last updated, format YYYYMMDD"),
    (None, None),
    ("STATUS_CD", "MEANING"),
    ("A", "Active (under implementation)"),
    ("C", "Closed - completed as planned (not cancelled)"),
    ("P", "Pipeline - planned, not yet obligated"),
    ("T", "Terminated - agreement ended early, funds de-obligated"),
]
for r in legend:
    lg.append(list(r))
wb.save(OUT / "USAID_DIS_export_MIA_20211020.xlsx")
# 2020-07-01..2022-06-30 = 184+365+181 = 730 days; 1,460,000 x 365/730 = 730,000
exp(usaid[0][3], "USAID", "COMMUNITY_POLICING", "funded", "USD", 730_000)
# C = closed (completed) per LEGEND. 2020-04-01..2021-09-30 = 275+273 = 548 days, 273 in 2021; 548,000 x 273/548
exp(usaid[1][3], "USAID", "TRAFFICKING", "funded", "USD", 273_000)
# P = pipeline. 2021-10-01..2022-09-30 = 365 days, 92 in 2021; 365,000 x 92/365 = 92,000
exp(usaid[2][3], "USAID", "DOMESTIC_VIOLENCE", "pipeline", "USD", 92_000)
exp(usaid[3][3], "USAID", "OTHER", "cancelled", "USD", 0)  # T = terminated
exp(usaid[4][3], "USAID", "COVID19", "funded", "USD", 250_000)  # within 2021

# ------------------------------------------------------------------------------------------------------------------
# 2 State Border Guard Service (ДПСУ): register of projects in its interest, sorted by donor, the donor written only
#   on the first row of each group (cells below blank, not merged); headers in two languages in one cell;
#   periods "з 01.2021" / "до 12.2022" in separate columns; currency per row.
wb = Workbook()
ws = wb.active
ws.title = "Реєстр"
ws["A1"] = "Адміністрація Державної прикордонної служби України"
ws["A2"] = (
    "Реєстр проєктів міжнародної технічної допомоги, що реалізуються в інтересах ДПСУ (станом на 01.03.2021)"
)
ws["A1"].font = Font(bold=True)
hdr = [
    "№ з/п / No.",
    "Донор / Donor",
    "Назва проєкту / Project title",
    "Валюта / Currency",
    "Сума / Amount",
    "Початок / Start",
    "Завершення / End",
    "Статус / Status",
]
for j, h in enumerate(hdr, start=1):
    c = ws.cell(row=4, column=j, value=h)
    c.font = Font(bold=True)
    c.alignment = Alignment(wrap_text=True)
dpsu = [
    (
        1,
        "Уряд Японії",
        "Поставка тепловізійних камер для охорони «зеленого» кордону",
        "JPY",
        120_000_000,
        "з 01.2021",
        "до 12.2021",
        "реалізується",
    ),
    (
        2,
        None,
        "Модернізація пунктів пропуску, етап 2: автоматизований паспортний контроль на 6 пунктах",
        "JPY",
        73_000_000,
        "з 07.2021",
        "до 06.2022",
        "реалізується",
    ),
    (
        3,
        "Республіка Польща (Polish Aid)",
        "Обмін досвідом з протидії незаконній міграції на польсько-українському кордоні",
        "PLN",
        365_000,
        "з 03.2021",
        "до 02.2022",
        "реалізується",
    ),
    (
        4,
        None,
        "Патрульні катери для морської охорони державного кордону",
        "PLN",
        120_000,
        "з 01.2020",
        "до 12.2020",
        "завершено",
    ),
    (
        5,
        "Литовська Республіка",
        "Спільне патрулювання та обмін інформацією на ділянці кордону з Білоруссю",
        "EUR",
        730_000,
        "з 04.2021",
        "до 03.2023",
        "планується",
    ),
    (
        6,
        "Швейцарська Конфедерація (SDC)",
        "Скорочення черг на пунктах пропуску: електронна черга для вантажних автомобілів",
        "CHF",
        364_000,
        "з 10.2021",
        "до 03.2022",
        "реалізується",
    ),
    (
        7,
        None,
        "COVID-19: засоби індивідуального захисту та експрес-тести для персоналу ДПСУ",
        "CHF",
        90_000,
        "з 01.2021",
        "до 06.2021",
        "реалізується",
    ),
]
for i, r in enumerate(dpsu, start=5):
    for j, v in enumerate(r, start=1):
        ws.cell(row=i, column=j, value=v)
ws.cell(
    row=13,
    column=1,
    value="Примітка: донор зазначений у першому рядку групи і стосується всіх проєктів групи.",
)
ws.column_dimensions["B"].width = 32
ws.column_dimensions["C"].width = 80
wb.save(OUT / "DPSU_reiestr_MTD_2021.xlsx")
exp(dpsu[0][2], "Japan", "BORDER_SECURITY", "funded", "JPY", 120_000_000)  # Jan-Dec 2021
# 2021-07-01..2022-06-30 = 365 days, 184 in 2021; 73,000,000 x 184/365 = 36,800,000 (donor: Japan, group above)
exp(dpsu[1][2], "Japan", "BORDER_CROSSING", "funded", "JPY", 36_800_000)
# 2021-03-01..2022-02-28 = 365 days, 306 in 2021; 365,000 x 306/365 = 306,000
exp(dpsu[2][2], "Poland", "ILLEGAL_MIGRATION", "funded", "PLN", 306_000)
exp(
    dpsu[3][2], "Poland", "BORDER_SECURITY", "funded", "PLN", 0
)  # 2020, completed (donor: Poland, group above)
# 2021-04-01..2023-03-31 = 275+365+90 = 730 days, 275 in 2021; 730,000 x 275/730 = 275,000; planned
exp(dpsu[4][2], "Lithuania", "BORDER_SECURITY", "pipeline", "EUR", 275_000)
# 2021-10-01..2022-03-31 = 92+90 = 182 days, 92 in 2021; 364,000 x 92/182 = 184,000
exp(dpsu[5][2], "Switzerland", "BORDER_CROSSING", "funded", "CHF", 184_000)
exp(dpsu[6][2], "Switzerland", "COVID19", "funded", "CHF", 90_000)  # Jan-Jun 2021 (donor: group above)

# ------------------------------------------------------------------------------------------------------------------
# 3 OSCE Project Co-ordinator (Russian): amount column in UAH with mixed units per row ("1,2 млн", "350 тыс.",
#   "80 000 " with a trailing space), titles with «…», dates as text.
wb = Workbook()
ws = wb.active
ws.title = "Проекты"
ws["A1"] = "Координатор проектов ОБСЕ в Украине"
ws["A2"] = "Проекты, реализуемые в сотрудничестве с системой МВД Украины, 2021 год"
ws.append([])
ws.append(["№", "Название проекта", "Бенефициар", "Сумма, грн", "Дата начала", "Дата окончания", "Статус"])
osce = [
    (
        1,
        "Поддержка программы «Офицер полиции громады»: участковые в 20 общинах",
        "НПУ",
        "1,2 млн",
        "01.01.2021",
        "31.12.2021",
        "реализуется",
    ),
    (
        2,
        "Противодействие торговле людьми: обучение следователей Национальной полиции",
        "НПУ",
        "350 тыс.",
        "01.07.2021",
        "31.12.2021",
        "реализуется",
    ),
    (
        3,
        "Мобильные группы реагирования на домашнее насилие «ПОЛИНА», этап 3: 5 областей",
        "НПУ",
        "2,19 млн",
        "01.04.2021",
        "31.03.2022",
        "реализуется",
    ),
    (
        4,
        "Гуманитарное разминирование: обучение пиротехников ГСЧС",
        "ГСЧС",
        "80 000 ",
        "01.03.2021",
        "31.05.2021",
        "реализуется",
    ),
    (
        5,
        "Мониторинг мест несвободы: посещения изоляторов временного содержания",
        "НПУ",
        "500 тыс.",
        "01.09.2021",
        "31.08.2022",
        "отменен",
    ),
]
for r in osce:
    ws.append(list(r))
ws.column_dimensions["B"].width = 80
wb.save(OUT / "OSCE_PCU_proekty_MVD_2021.xlsx")
exp(osce[0][1], "OSCE", "COMMUNITY_POLICING", "funded", "UAH", 1_200_000)  # "1,2 млн" = 1,200,000, all 2021
exp(osce[1][1], "OSCE", "TRAFFICKING", "funded", "UAH", 350_000)  # "350 тыс." = 350,000, Jul-Dec 2021
# "2,19 млн" = 2,190,000; 2021-04-01..2022-03-31 = 365 days, 275 in 2021; 2,190,000 x 275/365 = 1,650,000
exp(osce[2][1], "OSCE", "DOMESTIC_VIOLENCE", "funded", "UAH", 1_650_000)
exp(osce[3][1], "OSCE", "OTHER", "funded", "UAH", 80_000)  # demining: none of the priorities; Mar-May 2021
exp(osce[4][1], "OSCE", "CUSTODY", "cancelled", "UAH", 0)

# ------------------------------------------------------------------------------------------------------------------
# 4 EU Delegation: periods as text "since March 2021" / "until February 2022" in separate columns; titles with a
#   colon and numbers; project 1 is the same action UNDP lists in its own file (file 5).
wb = Workbook()
ws = wb.active
ws.title = "EU actions MIA"
ws["A1"] = "Delegation of the European Union to Ukraine – actions in the Ministry of Internal Affairs sector"
ws["A1"].font = Font(bold=True)
ws["A2"] = "Submitted to the SWG Secretariat, March 2021. EU contribution in EUR."
ws.append([])
ws.append(
    ["#", "Action", "Implementing partner", "Beneficiary", "Start", "End", "EU contribution (EUR)", "Status"]
)
eu = [
    (
        1,
        "Community policing in eastern Ukraine, Phase 2: 15 hromadas",
        "UNDP",
        "NPU",
        "since January 2021",
        "until December 2022",
        3_000_000,
        "Ongoing",
    ),
    (
        2,
        "Integrated border management: surveillance equipment for the SBGS",
        "ICMPD",
        "SBGS",
        "since March 2021",
        "until February 2022",
        1_460_000,
        "Ongoing",
    ),
    (
        3,
        "Support to the State Migration Service on readmission and return of irregular migrants",
        "IOM",
        "SMS",
        "since July 2021",
        "until June 2023",
        730_000,
        "Ongoing",
    ),
    (
        4,
        "Drug precursor control, Phase 1: 3 forensic laboratories",
        "tbd",
        "NPU",
        "from January 2022",
        "until December 2022",
        600_000,
        "Under preparation (not yet adopted)",
    ),
    (
        5,
        "Victims of trafficking: shelters and referral with the National Police",
        "La Strada Ukraine",
        "NPU",
        "since January 2021",
        "until December 2021",
        400_000,
        "Ongoing",
    ),
]
for r in eu:
    ws.append(list(r))
ws.column_dimensions["B"].width = 75
wb.save(OUT / "EUD_actions_MIA_March2021.xlsx")
# 2021-01-01..2022-12-31 = 730 days; 3,000,000 x 365/730 = 1,500,000. Same action as UNDP's row in file 5: each
# file's row is a project of its own partner (EU here, UNDP there); an overlap may be flagged, both are expected.
exp(eu[0][1], "EU", "COMMUNITY_POLICING", "funded", "EUR", 1_500_000)
# since March 2021 = 2021-03-01, until February 2022 = 2022-02-28: 365 days, 306 in 2021; 1,460,000 x 306/365
exp(eu[1][1], "EU", "BORDER_SECURITY", "funded", "EUR", 1_224_000)
# 2021-07-01..2023-06-30 = 184+365+181 = 730 days, 184 in 2021; 730,000 x 184/730 = 184,000
exp(eu[2][1], "EU", "ILLEGAL_MIGRATION", "funded", "EUR", 184_000)
exp(eu[3][1], "EU", "DRUGS", "pipeline", "EUR", 0)  # planned, all in 2022
exp(eu[4][1], "EU", "TRAFFICKING", "funded", "EUR", 400_000)  # all 2021

# ------------------------------------------------------------------------------------------------------------------
# 5 UNDP: a 36-column extract of a results framework; the project columns scattered among indicators. Numeric
#   traps a careful reader ignores: "Target 2021" indicator counts, "Delivery 2021 (%)", "Expenditure 2020 (USD)".
#   Row 1 is the same action as the EU's row 1 (file 4), listed by UNDP in USD.
wb = Workbook()
ws = wb.active
ws.title = "RF extract"
ws["A1"] = (
    "UNDP Ukraine – portfolio with the MIA system (extract from the results framework), as of 31.03.2021"
)
ws["A1"].font = Font(bold=True)
cols = [
    "Outcome",  # 1
    "Output",  # 2
    "Atlas Award ID",  # 3
    "Atlas Project ID",  # 4
    "Project title",  # 5
    "Gender marker",  # 6
    "SDG target",  # 7
    "Responsible unit",  # 8
    "National counterpart",  # 9
    "Indicator 1",  # 10
    "Baseline 1",  # 11
    "Target 2021 (1)",  # 12
    "Means of verification 1",  # 13
    "Start date",  # 14
    "Indicator 2",  # 15
    "Baseline 2",  # 16
    "Target 2021 (2)",  # 17
    "Means of verification 2",  # 18
    "End date",  # 19
    "Risk level",  # 20
    "Risk description",  # 21
    "Delivery 2021 (%)",  # 22
    "Expenditure 2020 (USD)",  # 23
    "Focal point",  # 24
    "Oblasts covered",  # 25
    "Number of hromadas",  # 26
    "Total budget (USD)",  # 27
    "Evaluation planned",  # 28
    "Last evaluation",  # 29
    "HACT assurance",  # 30
    "Project status",  # 31
    "Audit year",  # 32
    "Quality assurance rating",  # 33
    "Social and environmental screening",  # 34
    "Website",  # 35
    "Comments",  # 36
]
for j, h in enumerate(cols, start=1):
    ws.cell(row=3, column=j, value=h).font = Font(bold=True)
undp_rows = [
    dict(
        t="Community policing in eastern Ukraine, Phase 2: 15 hromadas",
        cp="NPU",
        s=D(2021, 1, 1),
        e=D(2022, 12, 31),
        b=3_650_000,
        st="Ongoing",
        ind1="Community safety plans adopted",
        b1=5,
        t1=15,
        ind2="Residents trusting the police (%)",
        b2=38,
        t2=45,
        dl=0.18,
        ex20=0,
        obl="Donetsk, Luhansk",
        nh=15,
    ),
    dict(
        t="Monitoring of detention conditions in police temporary holding facilities (ITT)",
        cp="NPU",
        s=D(2020, 9, 1),
        e=D(2021, 8, 31),
        b=365_000,
        st="Ongoing",
        ind1="ITT visited by monitors",
        b1=0,
        t1=40,
        ind2="Recommendations implemented",
        b2=0,
        t2=25,
        dl=0.41,
        ex20=96_000,
        obl="Kyiv, Kharkiv, Odesa",
        nh=0,
    ),
    dict(
        t="Mine action capacity of the State Emergency Service",
        cp="SESU",
        s=D(2021, 1, 1),
        e=D(2021, 12, 31),
        b=1_000_000,
        st="Ongoing",
        ind1="Deminers certified",
        b1=120,
        t1=200,
        ind2="Hectares surveyed",
        b2=0,
        t2=1500,
        dl=0.22,
        ex20=0,
        obl="Donetsk, Luhansk",
        nh=0,
    ),
    dict(
        t="Crime analysis capacity of the National Police, Phase 1: 4 regions",
        cp="NPU",
        s=D(2021, 7, 1),
        e=D(2021, 12, 31),
        b=200_000,
        st="Pipeline (pending donor approval)",
        ind1="Analysts trained",
        b1=0,
        t1=60,
        ind2="Regional analytical units set up",
        b2=0,
        t2=4,
        dl=0,
        ex20=0,
        obl="Kyiv, Lviv, Dnipro, Odesa",
        nh=0,
    ),
    dict(
        t="COVID-19 response: oxygen concentrators for MIA hospitals",
        cp="MIA",
        s=D(2020, 4, 1),
        e=D(2020, 12, 31),
        b=500_000,
        st="Closed",
        ind1="Hospitals equipped",
        b1=0,
        t1=0,
        ind2="Concentrators delivered",
        b2=0,
        t2=0,
        dl=0,
        ex20=498_700,
        obl="nationwide",
        nh=0,
    ),
]
for i, p in enumerate(undp_rows, start=4):
    vals = {
        1: "Outcome 3: Democratic governance",
        2: f"Output 3.{i - 3}",
        3: f"00{119_800 + i}",
        4: f"00{125_400 + i}",
        5: p["t"],
        6: "GEN2",
        7: "16.3",
        8: "Rule of Law",
        9: p["cp"],
        10: p["ind1"],
        11: p["b1"],
        12: p["t1"],
        13: "Project reports",
        14: p["s"],
        15: p["ind2"],
        16: p["b2"],
        17: p["t2"],
        18: "Survey",
        19: p["e"],
        20: "Medium",
        21: "Security situation in the east",
        22: p["dl"],
        23: p["ex20"],
        24: "Programme Analyst",
        25: p["obl"],
        26: p["nh"],
        27: p["b"],
        28: "Yes",
        29: "2019",
        30: "Micro-assessment",
        31: p["st"],
        32: 2020,
        33: "Satisfactory",
        34: "Low risk",
        35: "www.ua.undp.org",
        36: "",
    }
    for j, v in vals.items():
        c = ws.cell(row=i, column=j, value=v)
        if isinstance(v, D):
            c.number_format = "DD.MM.YYYY"
        if j == 22:
            c.number_format = "0%"
ws.column_dimensions["E"].width = 70
wb.save(OUT / "UNDP_RF_extract_MIA_Q1_2021.xlsx")
# same action as the EU's row 1 (file 4); UNDP's own listing, credited to UNDP as its file's partner.
# 2021-01-01..2022-12-31 = 730 days; 3,650,000 x 365/730 = 1,825,000
exp(undp_rows[0]["t"], "UNDP", "COMMUNITY_POLICING", "funded", "USD", 1_825_000)
# 2020-09-01..2021-08-31 = 122+243 = 365 days, 243 in 2021; 365,000 x 243/365 = 243,000
exp(undp_rows[1]["t"], "UNDP", "CUSTODY", "funded", "USD", 243_000)
exp(
    undp_rows[2]["t"], "UNDP", "OTHER", "funded", "USD", 1_000_000
)  # all 2021; demining = none of the priorities
exp(undp_rows[3]["t"], "UNDP", "OTHER", "pipeline", "USD", 200_000)  # Jul-Dec 2021, pending approval
exp(undp_rows[4]["t"], "UNDP", "COVID19", "funded", "USD", 0)  # 2020, closed

# ------------------------------------------------------------------------------------------------------------------
# 6 Canada (CSV, UTF-8, comma): numbers as text with leading apostrophes and trailing spaces, amendments in
#   brackets "(200,000)" = reductions; "Current amount" is the budget (original + amendments, said in a note).
rows = [
    [
        "Global Affairs Canada - Peace and Stabilization Operations Program (PSOP) - Ukraine: projects with the MIA system"
    ],
    ["As of 31 March 2021. All amounts in Canadian dollars (CAD)."],
    [],
    [
        "Project number",
        "Project title",
        "Beneficiary",
        "Start date",
        "End date",
        "Original amount (CAD)",
        "Amendment (CAD)",
        "Current amount (CAD)",
        "Status",
    ],
]
canada = [
    [
        "'P-008123",
        "Police response to domestic and gender-based violence",
        "NPU",
        "2021-04-01",
        "2022-03-31",
        "'930,000",
        "(200,000)",
        "'730,000 ",
        "Active",
    ],
    [
        "'P-008124",
        "Community police officers in rural hromadas",
        "NPU",
        "2021-01-01",
        "2021-12-31",
        "'500,000 ",
        "0",
        "'500,000 ",
        "Active",
    ],
    [
        "'P-007650",
        "Police training mission: investigative interviewing and forensic techniques",
        "NPU",
        "2020-04-01",
        "2023-03-31",
        "'2,000,000",
        "190,000 ",
        "'2,190,000",
        "Active",
    ],
    [
        "'P-008201",
        "Border surveillance drones for the State Border Guard Service",
        "SBGS",
        "2021-06-01",
        "2022-05-31",
        "'300,000",
        "(300,000)",
        "0",
        "Cancelled",
    ],
]
rows += canada
rows += [[], ["Current amount = original amount + amendments; amendments in brackets are reductions."]]
with open(OUT / "Canada_PSOP_Ukraine_MIA.csv", "w", newline="", encoding="utf-8") as f:
    csv.writer(f).writerows(rows)
# current 730,000; 2021-04-01..2022-03-31 = 365 days, 275 in 2021; 730,000 x 275/365 = 550,000
exp(canada[0][1], "Canada", "DOMESTIC_VIOLENCE", "funded", "CAD", 550_000)
exp(canada[1][1], "Canada", "COMMUNITY_POLICING", "funded", "CAD", 500_000)  # all 2021
# current 2,190,000; 2020-04-01..2023-03-31 = 275+365+365+90 = 1095 days, 365 in 2021; 2,190,000 x 365/1095
exp(canada[2][1], "Canada", "OTHER", "funded", "CAD", 730_000)
exp(canada[3][1], "Canada", "BORDER_SECURITY", "cancelled", "CAD", 0)

# ------------------------------------------------------------------------------------------------------------------
# 7 Norway: a protected sheet; "Period" is "2021" for one-year allocations; cell comments on amounts holding notes
#   (one comment gives the multi-year agreement total: the cell's 2021 allocation is what counts).
wb = Workbook()
ws = wb.active
ws.title = "Norway 2021"
ws["A1"] = "Royal Norwegian Embassy in Kyiv – support to the MIA system, 2021"
ws["A1"].font = Font(bold=True)
ws.append([])
ws.append(["Project", "Implementing partner", "Beneficiary", "Period", "Amount (NOK)", "Status"])
nor = [
    (
        "Rescue units of the State Emergency Service in Luhansk oblast: equipment and training",
        "Norwegian Refugee Council",
        "SESU",
        "2021",
        1_500_000,
        "Ongoing",
    ),
    (
        "Countering domestic violence: shelters and police response teams",
        "UNFPA",
        "NPU",
        "2021",
        2_400_000,
        "Ongoing",
    ),
    (
        "Human trafficking: training of police investigators and prosecutors",
        "La Strada Ukraine",
        "NPU",
        "01.07.2021 – 30.06.2022",
        730_000,
        "Ongoing",
    ),
    (
        "National Preventive Mechanism visits to police custody facilities",
        "Ukrainian Parliament Commissioner for Human Rights",
        "NPU",
        "2020–2022",
        1_096_000,
        "Ongoing",
    ),
]
for i, r in enumerate(nor, start=4):
    for j, v in enumerate(r, start=1):
        ws.cell(row=i, column=j, value=v)
ws["E4"].comment = Comment("One-year grant, agreement UKR-21/0003 (January-December 2021).", "NOR-EMB")
ws["E5"].comment = Comment(
    "2021 allocation of agreement UKR-21/0007 covering 2021-2023; agreement total NOK 7 200 000.", "NOR-EMB"
)
ws["E7"].comment = Comment("Agreement total for 2020-2022 (three calendar years).", "NOR-EMB")
ws["A9"] = (
    "Amounts are NOK for the period shown; where the period is 2021 the amount is the 2021 allocation. "
    "Notes on amounts are in the cell comments."
)
ws.protection.sheet = True
ws.protection.password = "swg2021"
ws.column_dimensions["A"].width = 80
wb.save(OUT / "Norway_MIA_support_2021.xlsx")
exp(nor[0][0], "Norway", "OTHER", "funded", "NOK", 1_500_000)  # one-year grant 2021
exp(
    nor[1][0], "Norway", "DOMESTIC_VIOLENCE", "funded", "NOK", 2_400_000
)  # 2021 allocation (total in comment)
# 2021-07-01..2022-06-30 = 365 days, 184 in 2021; 730,000 x 184/365 = 368,000
exp(nor[2][0], "Norway", "TRAFFICKING", "funded", "NOK", 368_000)
# 2020-01-01..2022-12-31 = 366+365+365 = 1096 days; 1,096,000 x 365/1096 = 365,000
exp(nor[3][0], "Norway", "CUSTODY", "funded", "NOK", 365_000)

# ------------------------------------------------------------------------------------------------------------------
# 8 UNODC: an Excel table object (banded, filter buttons) under a title; amounts stored as text (quote prefix,
#   a trailing space), dates as Excel dates in "DD-MMM-YYYY", a title with «…».
wb = Workbook()
ws = wb.active
ws.title = "UNODC"
ws["A1"] = "United Nations Office on Drugs and Crime (UNODC) – Programme Office in Ukraine"
ws["A2"] = "Projects with the MIA system and its agencies, 2021"
ws["A1"].font = Font(bold=True)
hdr = ["Project", "Counterpart", "Start", "End", "Budget (USD)", "Status", "Remarks"]
for j, h in enumerate(hdr, start=1):
    ws.cell(row=4, column=j, value=h)
unodc = [
    (
        "Drug interdiction at Odesa seaport: Container Control Programme",
        "NPU",
        D(2021, 2, 1),
        D(2021, 11, 30),
        "400000",
        "Ongoing",
        "port control unit set up in 2020",
    ),
    (
        "«Global Action against Smuggling of Migrants»: training of SBGS investigators",
        "SBGS",
        D(2021, 6, 1),
        D(2022, 5, 31),
        "146000 ",
        "Ongoing",
        "",
    ),
    (
        "Synthetic drug laboratories: detection and dismantling training for the National Police",
        "NPU",
        D(2021, 10, 1),
        D(2022, 9, 30),
        "365000",
        "Pending funding",
        "concept note submitted to donors",
    ),
]
for i, r in enumerate(unodc, start=5):
    for j, v in enumerate(r, start=1):
        c = ws.cell(row=i, column=j, value=v)
        if isinstance(v, D):
            c.number_format = "DD-MMM-YYYY"
        if j == 5:
            c.quotePrefix = True
tab = Table(displayName="UNODC_projects", ref="A4:G7")
tab.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
ws.add_table(tab)
ws.column_dimensions["A"].width = 80
wb.save(OUT / "UNODC_POUKR_projects_2021.xlsx")
exp(unodc[0][0], "UNODC", "DRUGS", "funded", "USD", 400_000)  # Feb-Nov 2021
# 2021-06-01..2022-05-31 = 365 days, 214 in 2021; 146,000 x 214/365 = 85,600
exp(unodc[1][0], "UNODC", "ILLEGAL_MIGRATION", "funded", "USD", 85_600)
# pending funding = planned; 2021-10-01..2022-09-30 = 365 days, 92 in 2021; 365,000 x 92/365 = 92,000
exp(unodc[2][0], "UNODC", "DRUGS", "pipeline", "USD", 92_000)

# ------------------------------------------------------------------------------------------------------------------
# 9 UN Women (CSV, UTF-8, semicolons, Ukrainian): periods "з 01.2021" / "до 12.2022" in separate columns, amounts
#   with spaces as thousands separators, a status "у розробці" (planned).
rows = [
    ["Структура ООН Жінки в Україні – проєкти у співпраці з МВС, 2021"],
    ["№", "Назва проєкту", "Бенефіціар", "Початок", "Завершення", "Бюджет, дол. США", "Статус"],
]
unw = [
    [
        "1",
        "Підтримка мобільних груп поліції з протидії домашньому насильству",
        "НПУ",
        "з 01.2021",
        "до 12.2022",
        "500 000",
        "реалізується",
    ],
    [
        "2",
        "Протидія торгівлі жінками та дівчатами: гарячі лінії та перенаправлення постраждалих",
        "НПУ, ДМС",
        "з 05.2021",
        "до 04.2022",
        "365 000",
        "реалізується",
    ],
    [
        "3",
        "Жінки в поліції: лідерство та кар'єрне зростання",
        "НПУ",
        "з 09.2021",
        "до 02.2022",
        "181 000",
        "у розробці",
    ],
]
rows += unw
with open(OUT / "UN_Women_MVS_2021.csv", "w", newline="", encoding="utf-8") as f:
    csv.writer(f, delimiter=";").writerows(rows)
# 2021-01-01..2022-12-31 = 730 days; 500,000 x 365/730 = 250,000
exp(unw[0][1], "UN Women", "DOMESTIC_VIOLENCE", "funded", "USD", 250_000)
# 2021-05-01..2022-04-30 = 365 days, 245 in 2021; 365,000 x 245/365 = 245,000
exp(unw[1][1], "UN Women", "TRAFFICKING", "funded", "USD", 245_000)
# 2021-09-01..2022-02-28 = 122+59 = 181 days, 122 in 2021; 181,000 x 122/181 = 122,000; planned
exp(unw[2][1], "UN Women", "OTHER", "pipeline", "USD", 122_000)

with open(OUT.parent / "expected.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=list(EXP[0]))
    w.writeheader()
    w.writerows(EXP)
print(len(EXP), "expected lines")
