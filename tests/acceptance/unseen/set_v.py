# ruff: noqa: B007 - a data script written blind: its loops unpack whole rows and use a few fields
"""Blind partner files, set V: written without reading the reader's code. Expected values by hand.

Multi-row headers, where a group cell (merged, or written once with blanks to its right) stands over sub-columns and
a column's meaning comes from the group AND its own label: "Budget by country, EUR" over "Moldova | Ukraine | Georgia
| Total" (Ukraine not first; only Ukraine's column is the sector's money), "Бюджет по странам" with a currency row
under the country row (three header rows), "Бюджет, EUR" over "початковий | зі змінами" and "Budget, GBP" over
"Original | Revised" (the amended / revised figure counts, the original where the amended cell is empty), "Funding,
USD" over "Donor | Co-financing | Total" (only the donor's contribution is the partner's money), money per agency
"НПУ | ДПСУ | ДМС" (the project's amount is their sum), "Financing, JPY" / "2021 | 2022" / "plan | fact" (three
header rows), "Amount, '000 CAD" over "2020 | 2021 | 2022 | Total" (units apply: x1000), dates under "Period" /
"Термін реалізації" / "Сроки реализации" over "from | to", and a units row under the header ("дд.мм.рррр", "USD").
One xlsx has its group cells written once with blank cells to the right and NO merges; the CSV does the same.

Usage: python set_v.py OUT_DIR  -> OUT_DIR/raw/<partner files>, OUT_DIR/expected.csv
Convention: a given 2021 figure is taken as is; otherwise total x days in 2021 / days of the project (both ends
included); a month runs first to last day; outside 2021 -> 0; cancelled -> 0; planned / pipeline projects count with
status "pipeline". amount_2021 is in the row's currency after units ('000 -> x1000).
Choices made here (see the comments at each case):
- EU: a row whose country cells are all blank and only "Total" is filled is a Ukraine-only project: the total counts.
  No row has a dash in Ukraine's cell (that case is avoided).
- Japan, plan vs fact for 2021: the "fact" (disbursed) figure counts, since the return is made after the year end and
  the fact is what was actually spent in 2021; every 2021 row has its fact filled, so the plan is never needed.
- Totals rows of "amended"/"revised" columns sum the current budget of each project (amended where given, otherwise
  original), as a donor would; totals rows are not projects and give no expected line.
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
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def bold_row(ws, row):
    for c in ws[row]:
        c.font = Font(bold=True)


def put_row(ws, row, values, start_col=1):
    for j, v in enumerate(values, start=start_col):
        if v is not None:
            ws.cell(row=row, column=j, value=v)


# ------------------------------------------------------------------------------------------------------------------
# 1 EU: English; two header rows, merged; "Period" over "from | to" and "Budget by country, EUR" over
#   "Moldova | Ukraine | Georgia | Total" (Ukraine second); a Ukraine-only project with its country cells blank and
#   only the Total filled (the total counts); a Total row; a note.
wb = Workbook()
ws = wb.active
ws.title = "EaP programmes"
ws["A1"] = "European Union – regional and bilateral programmes in the law-enforcement (MIA) sector"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "Information for the Sectoral Working Group on Law Enforcement, situation as of 31.12.2021"
put_row(
    ws,
    4,
    ["No.", "Programme", "Implementer", "Period", None, "Budget by country, EUR", None, None, None, "Status"],
)
put_row(ws, 5, [None, None, None, "from", "to", "Moldova", "Ukraine", "Georgia", "Total", None])
ws.merge_cells("D4:E4")
ws.merge_cells("F4:I4")
for col in "ABCJ":
    ws.merge_cells(f"{col}4:{col}5")
for r in (4, 5):
    bold_row(ws, r)
    for c in ws[r]:
        c.alignment = CENTER
eu = [
    (
        1,
        "EU4IBM: green border surveillance equipment and mobile patrols for the State Border Guard Service",
        "ICMPD",
        D(2021, 1, 1),
        D(2022, 12, 31),
        1_000_000,
        2_920_000,
        800_000,
        4_720_000,
        "Ongoing",
    ),
    (
        2,
        "Joint investigation teams against trafficking in human beings in the Eastern Partnership",
        "IOM",
        D(2021, 4, 1),
        D(2022, 3, 31),
        500_000,
        1_460_000,
        400_000,
        2_360_000,
        "Ongoing",
    ),
    (
        3,
        "Rights of detainees: electronic custody records in police temporary holding facilities in Ukraine",
        "Council of Europe",
        D(2021, 7, 1),
        D(2021, 12, 31),
        None,
        None,
        None,
        600_000,
        "Ongoing",
    ),
    (
        4,
        "Faster and more convenient border crossing: modernisation of Ukraine–Moldova border crossing points",
        "EUBAM",
        D(2020, 10, 1),
        D(2022, 9, 30),
        2_000_000,
        1_825_000,
        "–",
        3_825_000,
        "Ongoing",
    ),
    (
        5,
        "Countering drug trafficking through the Black Sea ports: container control units",
        "UNODC",
        D(2022, 1, 1),
        D(2023, 12, 31),
        300_000,
        730_000,
        450_000,
        1_480_000,
        "Planned",
    ),
]
for i, r in enumerate(eu, start=6):
    put_row(ws, i, r)
    ws.cell(row=i, column=4).number_format = "DD.MM.YYYY"
    ws.cell(row=i, column=5).number_format = "DD.MM.YYYY"
# totals: Moldova 1,000,000+500,000+2,000,000+300,000 = 3,800,000
#         Ukraine 2,920,000+1,460,000+1,825,000+730,000 = 6,935,000
#         Georgia 800,000+400,000+450,000 = 1,650,000
#         Total 4,720,000+2,360,000+600,000+3,825,000+1,480,000 = 12,985,000 (= 3,800,000+6,935,000+1,650,000+600,000)
put_row(ws, 11, [None, "Total", None, None, None, 3_800_000, 6_935_000, 1_650_000, 12_985_000, None])
bold_row(ws, 11)
ws["A13"] = "Note: country budgets are indicative; programme 3 is implemented in Ukraine only."
ws.column_dimensions["B"].width = 90
for col in "DEFGHI":
    ws.column_dimensions[col].width = 13
wb.save(OUT / "EU_Delegation_programmes_by_country_2021.xlsx")
# Ukraine 2,920,000; 2021-01-01..2022-12-31 = 730 days, 365 in 2021 -> 1,460,000
exp(eu[0][1], "EU", "BORDER_SECURITY", "funded", "EUR", 1_460_000)
# Ukraine 1,460,000; 2021-04-01..2022-03-31 = 275+90 = 365 days, 275 in 2021 -> 4,000 x 275 = 1,100,000
exp(eu[1][1], "EU", "TRAFFICKING", "funded", "EUR", 1_100_000)
# country cells blank, Ukraine-only programme: total 600,000; 2021-07-01..2021-12-31 all in 2021 -> 600,000
exp(eu[2][1], "EU", "CUSTODY", "funded", "EUR", 600_000)
# Ukraine 1,825,000; 2020-10-01..2022-09-30 = 92+365+273 = 730 days, 365 in 2021 -> 912,500
exp(eu[3][1], "EU", "BORDER_CROSSING", "funded", "EUR", 912_500)
# planned, 2022-2023 -> pipeline 0
exp(eu[4][1], "EU", "DRUGS", "pipeline", "EUR", 0)

# ------------------------------------------------------------------------------------------------------------------
# 2 (partner: GIZ, as the house names it in partners.csv and sets A-U; the tester had written Germany)
# 2 Germany (GIZ): Ukrainian; two header rows, merged; "Термін реалізації" over "з | по" and "Бюджет, EUR" over
#   "початковий | зі змінами" (the amended figure counts; the original where the amended cell is empty).
wb = Workbook()
ws = wb.active
ws.title = "Проєкти GIZ"
ws["A1"] = "Німецьке товариство міжнародного співробітництва (GIZ) – проєкти у сфері діяльності МВС України"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "на замовлення Федерального міністерства економічного співробітництва та розвитку (BMZ)"
put_row(
    ws,
    4,
    [
        "№ з/п",
        "Назва проєкту",
        "Бенефіціар",
        "Термін реалізації",
        None,
        "Бюджет, EUR",
        None,
        "Стан реалізації",
    ],
)
put_row(ws, 5, [None, None, None, "з", "по", "початковий", "зі змінами", None])
ws.merge_cells("D4:E4")
ws.merge_cells("F4:G4")
for col in "ABCH":
    ws.merge_cells(f"{col}4:{col}5")
for r in (4, 5):
    bold_row(ws, r)
    for c in ws[r]:
        c.alignment = CENTER
de = [
    (
        1,
        "Поліція громади: впровадження офіцерів громади в об'єднаних територіальних громадах",
        "НПУ",
        D(2021, 1, 1),
        D(2022, 12, 31),
        2_000_000,
        2_400_000,
        "реалізується",
    ),
    (
        2,
        "Протидія домашньому насильству: мобільні групи реагування Національної поліції",
        "НПУ",
        D(2021, 7, 1),
        D(2022, 6, 30),
        1_460_000,
        None,
        "реалізується",
    ),
    (
        3,
        "Кіберполіція: обладнання лабораторії цифрової криміналістики",
        "НПУ",
        D(2021, 4, 1),
        D(2022, 3, 31),
        900_000,
        730_000,
        "реалізується",
    ),
    (
        4,
        "Протидія COVID-19: засоби індивідуального захисту для ДСНС та Національної гвардії",
        "ДСНС, НГУ",
        D(2021, 3, 1),
        D(2021, 8, 31),
        500_000,
        650_000,
        "завершено",
    ),
    (
        5,
        "Права затриманих: відеофіксація в ізоляторах тимчасового тримання поліції",
        "НПУ",
        D(2020, 7, 1),
        D(2021, 6, 30),
        1_095_000,
        None,
        "завершено",
    ),
]
for i, r in enumerate(de, start=6):
    put_row(ws, i, r)
    ws.cell(row=i, column=4).number_format = "DD.MM.YYYY"
    ws.cell(row=i, column=5).number_format = "DD.MM.YYYY"
# totals: початковий 2,000,000+1,460,000+900,000+500,000+1,095,000 = 5,955,000
#         зі змінами (current budget of each) 2,400,000+1,460,000+730,000+650,000+1,095,000 = 6,335,000
put_row(ws, 11, [None, "Усього", None, None, None, 5_955_000, 6_335_000, None])
bold_row(ws, 11)
ws["A13"] = (
    "Примітка: «зі змінами» – бюджет з урахуванням змін до угоди про реалізацію; порожня клітинка – змін не було."
)
ws.column_dimensions["B"].width = 90
for col in "DEFG":
    ws.column_dimensions[col].width = 14
wb.save(OUT / "GIZ_proekty_MVS_2021.xlsx")
# amended 2,400,000; 2021-01-01..2022-12-31 = 730 days, 365 in 2021 -> 1,200,000
exp(de[0][1], "GIZ", "COMMUNITY_POLICING", "funded", "EUR", 1_200_000)
# amended empty -> original 1,460,000; 2021-07-01..2022-06-30 = 184+181 = 365 days, 184 in 2021 -> 4,000 x 184 = 736,000
exp(de[1][1], "GIZ", "DOMESTIC_VIOLENCE", "funded", "EUR", 736_000)
# amended 730,000; 2021-04-01..2022-03-31 = 365 days, 275 in 2021 -> 2,000 x 275 = 550,000
exp(de[2][1], "GIZ", "OTHER", "funded", "EUR", 550_000)
# amended 650,000; 2021-03-01..2021-08-31 all in 2021 -> 650,000
exp(de[3][1], "GIZ", "COVID19", "funded", "EUR", 650_000)
# amended empty -> original 1,095,000; 2020-07-01..2021-06-30 = 184+181 = 365 days, 181 in 2021 -> 3,000 x 181 = 543,000
exp(de[4][1], "GIZ", "CUSTODY", "funded", "EUR", 543_000)

# ------------------------------------------------------------------------------------------------------------------
# 3 USA (INL): English; two header rows with NO merges: the group labels "Period" and "Funding, USD" are written
#   once with blank cells to their right; "Funding, USD" over "Donor | Co-financing | Total" (only the donor's
#   contribution counts; co-financing is the Government of Ukraine's / cities' money); one cancelled project.
wb = Workbook()
ws = wb.active
ws.title = "INL Ukraine"
ws["A1"] = "U.S. Embassy Kyiv – Bureau of International Narcotics and Law Enforcement Affairs (INL)"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "Assistance projects with the Ministry of Internal Affairs and its agencies, calendar year 2021"
put_row(ws, 4, ["#", "Project", "Beneficiary", "Period", None, "Funding, USD", None, None, "Status"])
put_row(ws, 5, [None, None, None, "Start", "End", "Donor", "Co-financing", "Total", None])
bold_row(ws, 4)
bold_row(ws, 5)
us = [
    (
        1,
        "Community policing: school and neighbourhood safety officers of the Patrol Police",
        "NPU",
        D(2021, 1, 1),
        D(2022, 12, 31),
        1_460_000,
        200_000,
        1_660_000,
        "Ongoing",
    ),
    (
        2,
        "Counter-narcotics: canine units and drug detection equipment for the National Police",
        "NPU",
        D(2021, 2, 1),
        D(2021, 12, 31),
        800_000,
        None,
        800_000,
        "Ongoing",
    ),
    (
        3,
        "Maritime border security: maintenance of State Border Guard patrol boats in the Sea of Azov",
        "SBGS",
        D(2020, 10, 1),
        D(2021, 9, 30),
        3_650_000,
        1_000_000,
        4_650_000,
        "Completed",
    ),
    (
        4,
        "Combating human trafficking: victim-centred investigations training for police and border guards",
        "NPU, SBGS",
        D(2021, 6, 1),
        D(2022, 5, 31),
        1_825_000,
        175_000,
        2_000_000,
        "Ongoing",
    ),
    (
        5,
        "Cybercrime investigations: digital forensics training for the Cyber Police",
        "NPU",
        D(2021, 9, 1),
        D(2022, 8, 31),
        500_000,
        None,
        500_000,
        "Cancelled",
    ),
]
for i, r in enumerate(us, start=6):
    put_row(ws, i, r)
    ws.cell(row=i, column=4).number_format = "MM/DD/YYYY"
    ws.cell(row=i, column=5).number_format = "MM/DD/YYYY"
# totals: Donor 1,460,000+800,000+3,650,000+1,825,000+500,000 = 8,235,000; Co-financing 200,000+1,000,000+175,000 =
#         1,375,000; Total 1,660,000+800,000+4,650,000+2,000,000+500,000 = 9,610,000 (= 8,235,000+1,375,000)
put_row(ws, 11, [None, "TOTAL", None, None, None, 8_235_000, 1_375_000, 9_610_000, None])
bold_row(ws, 11)
ws["A13"] = "Co-financing: contributions of the Government of Ukraine and of city councils (not U.S. funds)."
ws.column_dimensions["B"].width = 90
for col in "DEFGH":
    ws.column_dimensions[col].width = 14
wb.save(OUT / "INL_Kyiv_MIA_projects_CY2021.xlsx")
# donor 1,460,000; 2021-01-01..2022-12-31 = 730 days, 365 in 2021 -> 730,000
exp(us[0][1], "USA", "COMMUNITY_POLICING", "funded", "USD", 730_000)
# donor 800,000; 2021-02-01..2021-12-31 all in 2021 -> 800,000
exp(us[1][1], "USA", "DRUGS", "funded", "USD", 800_000)
# donor 3,650,000; 2020-10-01..2021-09-30 = 92+273 = 365 days, 273 in 2021 -> 10,000 x 273 = 2,730,000
exp(us[2][1], "USA", "BORDER_SECURITY", "funded", "USD", 2_730_000)
# donor 1,825,000; 2021-06-01..2022-05-31 = 214+151 = 365 days, 214 in 2021 -> 5,000 x 214 = 1,070,000
exp(us[3][1], "USA", "TRAFFICKING", "funded", "USD", 1_070_000)
# cancelled -> 0
exp(us[4][1], "USA", "OTHER", "cancelled", "USD", 0)

# ------------------------------------------------------------------------------------------------------------------
# 4 Canada: English; two header rows, merged; "Amount, '000 CAD" over "2020 | 2021 | 2022 | Total" (the 2021 column
#   counts, x1000); a dash for no money; a pipeline project starting in 2022.
wb = Workbook()
ws = wb.active
ws.title = "Canada-Ukraine"
ws["A1"] = "Global Affairs Canada – Peace and Stabilization Operations Program: Ukraine, security sector"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "Disbursements by calendar year"
put_row(ws, 4, ["Project", "Implementer", "Project period", "Amount, '000 CAD", None, None, None, "Status"])
put_row(ws, 5, [None, None, None, "2020", "2021", "2022", "Total", None])
ws.merge_cells("D4:G4")
for col in "ABCH":
    ws.merge_cells(f"{col}4:{col}5")
for r in (4, 5):
    bold_row(ws, r)
    for c in ws[r]:
        c.alignment = CENTER
ca = [
    (
        "Gender-responsive policing: National Police response to domestic violence",
        "UN Women",
        "2020–2022",
        350,
        500,
        400,
        1_250,
        "Ongoing",
    ),
    (
        "Police training reform: community policing and de-escalation skills for patrol officers",
        "RCMP",
        "2021–2022",
        "–",
        1_200,
        1_500,
        2_700,
        "Ongoing",
    ),
    (
        "Green border surveillance: thermal cameras for the State Border Guard Service",
        "IOM",
        "2020–2021",
        800,
        650.5,
        "–",
        1_450.5,
        "Completed",
    ),
    (
        "Countering illegal migration: identification and return capacity of the State Migration Service",
        "IOM",
        "2022–2023",
        "–",
        "–",
        300,
        300,
        "Pipeline",
    ),
]
for i, r in enumerate(ca, start=6):
    put_row(ws, i, r)
# totals: 2020 350+800 = 1,150; 2021 500+1,200+650.5 = 2,350.5; 2022 400+1,500+300 = 2,200;
#         Total 1,250+2,700+1,450.5+300 = 5,700.5 (= 1,150+2,350.5+2,200)
put_row(ws, 10, ["Total", None, None, 1_150, 2_350.5, 2_200, 5_700.5, None])
bold_row(ws, 10)
ws["A12"] = "Amounts in thousands of Canadian dollars, by calendar year; 2022 figures are planned."
ws.column_dimensions["A"].width = 90
wb.save(OUT / "GAC_PSOPs_Ukraine_security_sector.xlsx")
# 2021 column 500 x 1000 -> 500,000
exp(ca[0][0], "Canada", "DOMESTIC_VIOLENCE", "funded", "CAD", 500_000)
# 2021 column 1,200 x 1000 -> 1,200,000
exp(ca[1][0], "Canada", "COMMUNITY_POLICING", "funded", "CAD", 1_200_000)
# 2021 column 650.5 x 1000 -> 650,500
exp(ca[2][0], "Canada", "BORDER_SECURITY", "funded", "CAD", 650_500)
# 2021 "–" -> 0; pipeline, 2022-2023
exp(ca[3][0], "Canada", "ILLEGAL_MIGRATION", "pipeline", "CAD", 0)

# ------------------------------------------------------------------------------------------------------------------
# 5 UK: UTF-8 CSV; a title line, then two header rows where the group label is written once with blank cells to its
#   right: "Budget, GBP" over "Original | Revised" (revised counts; original where revised is empty) and
#   "Implementation period" over "Start | End" (dd/mm/yyyy); a total row; a note.
uk_h1 = ["Project", "Beneficiary", "Budget, GBP", "", "Implementation period", "", "Status"]
uk_h2 = ["", "", "Original", "Revised", "Start", "End", ""]
uk = [
    (
        "Serious organised crime: disrupting drug trafficking networks (NCA support to the National Police)",
        "NPU",
        "1,250,000",
        "1,460,000",
        "01/04/2021",
        "31/03/2022",
        "Ongoing",
    ),
    (
        "Modern slavery and human trafficking: victim identification by border guards and police",
        "SBGS, NPU",
        "730,000",
        "",
        "01/01/2021",
        "31/12/2022",
        "Ongoing",
    ),
    (
        "Domestic abuse: police risk assessment and response pilot in three oblasts",
        "NPU",
        "600,000",
        "450,000",
        "01/03/2021",
        "31/12/2021",
        "Completed",
    ),
    (
        "Police custody reform: custody records and detainees' rights in temporary holding facilities",
        "NPU",
        "1,300,000",
        "1,460,000",
        "01/07/2020",
        "30/06/2022",
        "Ongoing",
    ),
]
with open(OUT / "UK_CSSF_Ukraine_MIA_projects.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["UK Conflict, Stability and Security Fund (CSSF) – projects with the MIA of Ukraine, 2021"])
    w.writerow([])
    w.writerow(uk_h1)
    w.writerow(uk_h2)
    for r in uk:
        w.writerow(r)
    # Original 1,250,000+730,000+600,000+1,300,000 = 3,880,000
    # Revised (current budget of each) 1,460,000+730,000+450,000+1,460,000 = 4,100,000
    w.writerow(["Total", "", "3,880,000", "4,100,000", "", "", ""])
    w.writerow([])
    w.writerow(["Revised = budget after the 2021 portfolio review; blank where unchanged."])
# revised 1,460,000; 2021-04-01..2022-03-31 = 365 days, 275 in 2021 -> 4,000 x 275 = 1,100,000
exp(uk[0][0], "UK", "DRUGS", "funded", "GBP", 1_100_000)
# revised empty -> original 730,000; 2021-01-01..2022-12-31 = 730 days, 365 in 2021 -> 365,000
exp(uk[1][0], "UK", "TRAFFICKING", "funded", "GBP", 365_000)
# revised 450,000; 2021-03-01..2021-12-31 all in 2021 -> 450,000
exp(uk[2][0], "UK", "DOMESTIC_VIOLENCE", "funded", "GBP", 450_000)
# revised 1,460,000; 2020-07-01..2022-06-30 = 184+365+181 = 730 days, 365 in 2021 -> 730,000
exp(uk[3][0], "UK", "CUSTODY", "funded", "GBP", 730_000)

# ------------------------------------------------------------------------------------------------------------------
# 6 UNDP: Ukrainian; two header rows, merged, plus a units row under them ("дд.мм.рррр", "USD"); dates as text;
#   "Фінансування за отримувачами" over "НПУ | ДПСУ | ДМС" (the project's amount is their sum; a dash = none).
wb = Workbook()
ws = wb.active
ws.title = "ПРООН"
ws["A1"] = "Програма розвитку ООН в Україні – проєкти з підтримки органів системи МВС"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "Програма «Верховенство права та безпека громад», 2021 рік"
put_row(
    ws,
    4,
    ["№", "Назва проєкту", "Термін реалізації", None, "Фінансування за отримувачами", None, None, "Статус"],
)
put_row(ws, 5, [None, None, "початок", "завершення", "НПУ", "ДПСУ", "ДМС", None])
put_row(ws, 6, [None, None, "дд.мм.рррр", "дд.мм.рррр", "USD", "USD", "USD", None])
ws.merge_cells("C4:D4")
ws.merge_cells("E4:G4")
for col in "ABH":
    ws.merge_cells(f"{col}4:{col}6")
for r in (4, 5, 6):
    bold_row(ws, r)
    for c in ws[r]:
        c.alignment = CENTER
undp = [
    (
        1,
        "Протидія торгівлі людьми: спільні мобільні групи поліції, прикордонників і міграційної служби",
        "01.04.2021",
        "31.03.2022",
        365_000,
        219_000,
        146_000,
        "реалізується",
    ),
    (
        2,
        "Протидія нелегальній міграції: біометрична ідентифікація іноземців та осіб без громадянства",
        "01.01.2021",
        "31.12.2022",
        "–",
        500_000,
        960_000,
        "реалізується",
    ),
    (
        3,
        "Безпека громад: центри безпеки та поліцейські станції в громадах Донецької і Луганської областей",
        "01.03.2021",
        "31.12.2021",
        900_000,
        "–",
        "–",
        "завершено",
    ),
    (
        4,
        "Протидія COVID-19: обладнання для дезінфекції в пунктах пропуску та пунктах тимчасового перебування іноземців",
        "01.10.2020",
        "30.09.2021",
        65_000,
        200_000,
        100_000,
        "завершено",
    ),
]
for i, r in enumerate(undp, start=7):
    put_row(ws, i, r)
# totals: НПУ 365,000+900,000+65,000 = 1,330,000; ДПСУ 219,000+500,000+200,000 = 919,000;
#         ДМС 146,000+960,000+100,000 = 1,206,000; all 3,455,000 (= 730,000+1,460,000+900,000+365,000)
put_row(ws, 11, [None, "Разом", None, None, 1_330_000, 919_000, 1_206_000, None])
bold_row(ws, 11)
ws["A13"] = "Фінансування – кошти, спрямовані на закупівлі та заходи для кожного з отримувачів."
ws.column_dimensions["B"].width = 95
for col in "CDEFG":
    ws.column_dimensions[col].width = 13
wb.save(OUT / "PROON_proekty_orhaniv_MVS_2021.xlsx")
# 365,000+219,000+146,000 = 730,000; 2021-04-01..2022-03-31 = 365 days, 275 in 2021 -> 2,000 x 275 = 550,000
exp(undp[0][1], "UNDP", "TRAFFICKING", "funded", "USD", 550_000)
# 500,000+960,000 = 1,460,000; 2021-01-01..2022-12-31 = 730 days, 365 in 2021 -> 730,000
exp(undp[1][1], "UNDP", "ILLEGAL_MIGRATION", "funded", "USD", 730_000)
# 900,000; 2021-03-01..2021-12-31 all in 2021 -> 900,000
exp(undp[2][1], "UNDP", "COMMUNITY_POLICING", "funded", "USD", 900_000)
# 65,000+200,000+100,000 = 365,000; 2020-10-01..2021-09-30 = 365 days, 273 in 2021 -> 1,000 x 273 = 273,000
exp(undp[3][1], "UNDP", "COVID19", "funded", "USD", 273_000)

# ------------------------------------------------------------------------------------------------------------------
# 7 IOM: Russian; THREE header rows, merged: "Сроки реализации" over "начало | окончание"; "Бюджет по странам" over
#   "Грузия | Молдова | Украина | Итого" over a currency row "USD | USD | USD | USD" (Ukraine third; only the
#   Украина column counts); a recipient column; totals row.
wb = Workbook()
ws = wb.active
ws.title = "МОМ регион"
ws["A1"] = "Международная организация по миграции (МОМ) – региональные проекты с участием Украины"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "Сектор правоохранительной деятельности и управления границами, данные на 01.01.2022"
put_row(
    ws,
    4,
    ["№", "Проект", "Получатель", "Сроки реализации", None, "Бюджет по странам", None, None, None, "Статус"],
)
put_row(ws, 5, [None, None, None, "начало", "окончание", "Грузия", "Молдова", "Украина", "Итого", None])
put_row(ws, 6, [None, None, None, None, None, "USD", "USD", "USD", "USD", None])
ws.merge_cells("D4:E4")
ws.merge_cells("F4:I4")
ws.merge_cells("D5:D6")
ws.merge_cells("E5:E6")
for col in "ABCJ":
    ws.merge_cells(f"{col}4:{col}6")
for r in (4, 5, 6):
    bold_row(ws, r)
    for c in ws[r]:
        c.alignment = CENTER
iom = [
    (
        1,
        "Противодействие торговле людьми: выявление жертв в пунктах пропуска через границу",
        "ГПСУ, НПУ",
        D(2021, 7, 1),
        D(2022, 6, 30),
        300_000,
        400_000,
        1_095_000,
        1_795_000,
        "выполняется",
    ),
    (
        2,
        "Управление миграцией: противодействие незаконной миграции и реадмиссия",
        "ГМС",
        D(2021, 1, 1),
        D(2022, 12, 31),
        250_000,
        250_000,
        730_000,
        1_230_000,
        "выполняется",
    ),
    (
        3,
        "Удобное пересечение границы: ускоренное оформление в пунктах пропуска на границе с Молдовой",
        "ГПСУ",
        D(2021, 2, 1),
        D(2021, 11, 30),
        "–",
        600_000,
        900_000,
        1_500_000,
        "завершен",
    ),
    (
        4,
        "Реагирование на COVID-19: средства защиты для пограничной и миграционной служб",
        "ГПСУ, ГМС",
        D(2020, 10, 1),
        D(2021, 9, 30),
        200_000,
        150_000,
        365_000,
        715_000,
        "завершен",
    ),
]
for i, r in enumerate(iom, start=7):
    put_row(ws, i, r)
    ws.cell(row=i, column=4).number_format = "DD.MM.YYYY"
    ws.cell(row=i, column=5).number_format = "DD.MM.YYYY"
# totals: Грузия 300,000+250,000+200,000 = 750,000; Молдова 400,000+250,000+600,000+150,000 = 1,400,000;
#         Украина 1,095,000+730,000+900,000+365,000 = 3,090,000; Итого 1,795,000+1,230,000+1,500,000+715,000 =
#         5,240,000 (= 750,000+1,400,000+3,090,000)
put_row(ws, 11, [None, "Итого", None, None, None, 750_000, 1_400_000, 3_090_000, 5_240_000, None])
bold_row(ws, 11)
ws["A13"] = (
    "Примечание: бюджеты по странам – средства, предусмотренные для мероприятий в соответствующей стране."
)
ws.column_dimensions["B"].width = 90
for col in "DEFGHI":
    ws.column_dimensions[col].width = 13
wb.save(OUT / "MOM_regionalnye_proekty_Ukraina.xlsx")
# Украина 1,095,000; 2021-07-01..2022-06-30 = 365 days, 184 in 2021 -> 3,000 x 184 = 552,000
exp(iom[0][1], "IOM", "TRAFFICKING", "funded", "USD", 552_000)
# Украина 730,000; 2021-01-01..2022-12-31 = 730 days, 365 in 2021 -> 365,000
exp(iom[1][1], "IOM", "ILLEGAL_MIGRATION", "funded", "USD", 365_000)
# Украина 900,000; 2021-02-01..2021-11-30 all in 2021 -> 900,000
exp(iom[2][1], "IOM", "BORDER_CROSSING", "funded", "USD", 900_000)
# Украина 365,000; 2020-10-01..2021-09-30 = 365 days, 273 in 2021 -> 1,000 x 273 = 273,000
exp(iom[3][1], "IOM", "COVID19", "funded", "USD", 273_000)

# ------------------------------------------------------------------------------------------------------------------
# 8 Japan: English; THREE header rows, merged: "Financing, JPY" / "2021 | 2022" / "plan | fact | plan | fact".
#   Convention: for 2021 the "fact" (disbursed) figure counts - the return is made after the year end, and the fact
#   is what was actually spent; every 2021 row has its fact filled. A planned project with 2022 money only.
wb = Workbook()
ws = wb.active
ws.title = "Japan ODA"
ws["A1"] = "Embassy of Japan in Ukraine – grant assistance to the Ministry of Internal Affairs system"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "Plan and fact (disbursed) by year"
put_row(
    ws, 4, ["No.", "Project", "Implementing agency", "Period", "Financing, JPY", None, None, None, "Status"]
)
put_row(ws, 5, [None, None, None, None, "2021", None, "2022", None, None])
put_row(ws, 6, [None, None, None, None, "plan", "fact", "plan", "fact", None])
ws.merge_cells("E4:H4")
ws.merge_cells("E5:F5")
ws.merge_cells("G5:H5")
for col in "ABCDI":
    ws.merge_cells(f"{col}4:{col}6")
for r in (4, 5, 6):
    bold_row(ws, r)
    for c in ws[r]:
        c.alignment = CENTER
jp = [
    (
        1,
        "COVID-19 response: disinfection and ventilation equipment for the State Emergency Service",
        "UNOPS",
        "03.2021 – 12.2021",
        110_000_000,
        108_500_000,
        None,
        None,
        "Completed",
    ),
    (
        2,
        "Community policing in eastern Ukraine: vehicles and radios for police stations in hromadas",
        "UNDP",
        "2021 – 2022",
        200_000_000,
        200_000_000,
        150_000_000,
        None,
        "Ongoing",
    ),
    (
        3,
        "Faster border crossing: vehicle scanners for checkpoints on the border with Moldova",
        "JICA",
        "2021 – 2022",
        300_000_000,
        240_000_000,
        60_000_000,
        None,
        "Ongoing",
    ),
    (
        4,
        "Prevention of domestic violence: mobile police response teams",
        "UNFPA",
        "2021",
        55_000_000,
        55_000_000,
        None,
        None,
        "Completed",
    ),
    (
        5,
        "Forensic science: DNA analysis equipment for the Expert Service of the MIA",
        "JICA",
        "04.2022 – 03.2023",
        None,
        None,
        250_000_000,
        None,
        "Planned",
    ),
]
for i, r in enumerate(jp, start=7):
    put_row(ws, i, r)
# totals: 2021 plan 110,000,000+200,000,000+300,000,000+55,000,000 = 665,000,000
#         2021 fact 108,500,000+200,000,000+240,000,000+55,000,000 = 603,500,000
#         2022 plan 150,000,000+60,000,000+250,000,000 = 460,000,000
put_row(ws, 12, [None, "Total", None, None, 665_000_000, 603_500_000, 460_000_000, None, None])
bold_row(ws, 12)
ws["A14"] = "Fact: amounts disbursed as of 31 December 2021. 2022: plan only."
ws.column_dimensions["B"].width = 90
for col in "EFGH":
    ws.column_dimensions[col].width = 14
wb.save(OUT / "Japan_grant_assistance_MIA_2021_2022.xlsx")
# 2021 fact 108,500,000 (plan 110,000,000 not used)
exp(jp[0][1], "Japan", "COVID19", "funded", "JPY", 108_500_000)
# 2021 fact 200,000,000 (= plan)
exp(jp[1][1], "Japan", "COMMUNITY_POLICING", "funded", "JPY", 200_000_000)
# 2021 fact 240,000,000 (plan 300,000,000 not used)
exp(jp[2][1], "Japan", "BORDER_CROSSING", "funded", "JPY", 240_000_000)
# 2021 fact 55,000,000 (= plan)
exp(jp[3][1], "Japan", "DOMESTIC_VIOLENCE", "funded", "JPY", 55_000_000)
# planned, 2022-2023, no 2021 money -> pipeline 0
exp(jp[4][1], "Japan", "OTHER", "pipeline", "JPY", 0)

with open(OUT.parent / "expected.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=list(EXP[0]))
    w.writeheader()
    w.writerows(EXP)
print(len(EXP), "expected lines")
