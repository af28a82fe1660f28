"""Blind partner files, set P (mixtures of layouts): written without reading the reader's code. Expected by hand.

Usage: python set_p.py OUT_DIR  -> OUT_DIR/raw/<partner files>, OUT_DIR/expected.csv
Convention: a given 2021 figure is taken as is; otherwise total x days in 2021 / days of the project (both ends
included); a month runs first to last day, a quarter first to last day; outside 2021 -> 0; cancelled -> 0.
A project over two periods on two rows is one project (its 2021 money from both rows); a co-funded project
("EU 60% / Sweden 40%") is one expected line per donor with its share.
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
        {
            "title": title,
            "partner": partner,
            "priority": priority,
            "status": status,
            "currency": cur,
            "amount_2021": a2021,
        }
    )


D = dt.datetime

# ------------------------------------------------------------------------------------------------------------------
# 1 Sweden: Ukrainian title block naming the donor in the genitive ("Уряду Королівства Швеції"), a two-row header
#   with the money merged over year columns in thousands of SEK, a totals row, a cancelled and a planned project
wb = Workbook()
ws = wb.active
ws.title = "Проєкти"
ws["A1"] = (
    "Перелік проєктів міжнародної технічної допомоги, що фінансуються за рахунок коштів Уряду Королівства Швеції"
)
ws["A2"] = (
    "(через Шведське агентство міжнародного співробітництва з питань розвитку, Sida), станом на 01.03.2021"
)
ws["A1"].font = Font(bold=True, size=13)
top = [
    "№",
    "Назва проєкту",
    "Бенефіціар",
    "Термін реалізації",
    "Обсяг фінансування, тис. шведських крон (SEK)",
    None,
    None,
    "Статус",
]
for j, h in enumerate(top, start=1):
    if h:
        ws.cell(row=4, column=j, value=h).font = Font(bold=True)
for j, h in zip((5, 6, 7), ("2021", "2022", "Усього"), strict=True):
    ws.cell(row=5, column=j, value=h).font = Font(bold=True)
ws.merge_cells("E4:G4")
for col in "ABCDH":
    ws.merge_cells(f"{col}4:{col}5")
se = [
    (
        1,
        "Мобільні групи реагування на домашнє насильство в Полтавській області",
        "НПУ",
        "01.01.2021–31.12.2022",
        4500.0,
        3000.0,
        7500.0,
        "реалізується",
    ),
    (
        2,
        "Навчання поліцейських офіцерів громад у сільських територіальних громадах",
        "НПУ",
        "01.03.2021–28.02.2023",
        2200.0,
        1800.0,
        4000.0,
        "реалізується",
    ),
    (
        3,
        "Запровадження електронної системи обліку затриманих осіб (Custody Records) в ізоляторах тимчасового тримання",
        "НПУ",
        "01.04.2021–31.12.2021",
        1000.0,
        0.0,
        1000.0,
        "реалізується",
    ),
    (
        4,
        "Протидія торгівлі людьми з метою трудової експлуатації",
        "НПУ, ДПСУ",
        "01.06.2021–31.05.2022",
        800.0,
        700.0,
        1500.0,
        "скасовано",
    ),
    (
        5,
        "Посилення спроможності ДМС щодо виявлення нелегальних мігрантів та їх повернення",
        "ДМС",
        "01.10.2021–30.09.2023",
        500.0,
        1500.0,
        2000.0,
        "планується (на етапі погодження)",
    ),
]
for i, r in enumerate(se, start=6):
    for j, v in enumerate(r, start=1):
        c = ws.cell(row=i, column=j, value=v)
        if isinstance(v, float):
            c.number_format = "#,##0.0"
tr = 6 + len(se)
ws.cell(row=tr, column=2, value="Усього").font = Font(bold=True)
for j, k in zip((5, 6, 7), (4, 5, 6), strict=True):
    c = ws.cell(row=tr, column=j, value=sum(r[k] for r in se))
    c.font = Font(bold=True)
    c.number_format = "#,##0.0"
ws.column_dimensions["B"].width = 80
ws.column_dimensions["D"].width = 24
wb.save(OUT / "Shvetsiia_Sida_proekty_MVS_2021.xlsx")
# the 2021 column is given (thousands): taken as is x 1000
exp(se[0][1], "Sweden", "DOMESTIC_VIOLENCE", "funded", "SEK", 4_500_000)
exp(se[1][1], "Sweden", "COMMUNITY_POLICING", "funded", "SEK", 2_200_000)
exp(se[2][1], "Sweden", "CUSTODY", "funded", "SEK", 1_000_000)
exp(se[3][1], "Sweden", "TRAFFICKING", "cancelled", "SEK", 0)  # "скасовано"
exp(se[4][1], "Sweden", "ILLEGAL_MIGRATION", "pipeline", "SEK", 500_000)  # planned, 2021 column given

# ------------------------------------------------------------------------------------------------------------------
# 2 Poland: CSV in cp1251 with semicolons, a title line, a units row under the header, a remark column (one remark
#   gives the 2021 part), mixed date styles in one column (dd.mm.yyyy, ISO, "1 лютого 2021"), decimal commas
pl_rows = [
    ["Республіка Польща (Polish Aid, МЗС Республіки Польща) – проєкти для системи МВС України, 2021 р."],
    ["№", "Назва проєкту", "Бенефіціар", "Бюджет", "Початок", "Завершення", "Статус", "Примітка"],
    ["", "", "", "PLN", "дата", "дата", "", ""],
    [
        "1",
        "Обмін досвідом з Прикордонною вартою Польщі щодо охорони зеленого кордону та патрулювання",
        "ДПСУ",
        "730 000,00",
        "01.04.2021",
        "31.03.2022",
        "реалізується",
        "підписано 15.03.2021",
    ],
    [
        "2",
        "Навчання слідчих НПУ з розслідування злочинів у сфері незаконного обігу наркотиків",
        "НПУ",
        "300 000,00",
        "2021-06-01",
        "2021-11-30",
        "реалізується",
        "",
    ],
    [
        "3",
        "COVID-19: засоби індивідуального захисту та антигенні тести для працівників ДМС",
        "ДМС",
        "85 000,50",
        "1 лютого 2021",
        "30 квітня 2021",
        "завершено",
        "поставку здійснено повністю",
    ],
    [
        "4",
        "Відеоспостереження в ізоляторах тимчасового тримання для запобігання катуванням затриманих",
        "НПУ",
        "480 000,00",
        "01.07.2021",
        "30.06.2023",
        "реалізується",
        "у т.ч. на 2021 рік – 120 000,00 PLN",
    ],
]
with open(OUT / "Polshcha_Polish_Aid_MVS.csv", "w", newline="", encoding="cp1251") as f:
    w = csv.writer(f, delimiter=";")
    w.writerows(pl_rows)
# 2021-04-01..2022-03-31 = 275+90 = 365 days, 275 in 2021; 730,000 x 275/365 = 550,000
exp(pl_rows[3][1], "Poland", "BORDER_SECURITY", "funded", "PLN", 550_000)
exp(pl_rows[4][1], "Poland", "DRUGS", "funded", "PLN", 300_000)  # within 2021
exp(pl_rows[5][1], "Poland", "COVID19", "funded", "PLN", 85_000.5)  # Feb-Apr 2021, within 2021
exp(pl_rows[6][1], "Poland", "CUSTODY", "funded", "PLN", 120_000)  # 2021 part given in the remark

# ------------------------------------------------------------------------------------------------------------------
# 3 Canada: a workbook with a cover sheet, a detail sheet (dates as "Apr 1, 2020"), and a summary sheet repeating
#   the projects with their totals but no dates, with a TOTAL row
wb = Workbook()
cv = wb.active
cv.title = "Cover"
cover = [
    "Government of Canada – Global Affairs Canada (GAC)",
    "Embassy of Canada to Ukraine",
    "Submission to the MIA Sectoral Working Group: Canadian-funded projects with the MIA system",
    "Date of submission: 10 March 2021",
    "Contents: sheet 'Detail' – one row per project with its dates; sheet 'Summary' – the same projects, totals only.",
    "All amounts in Canadian dollars (CAD), whole budget of each project over its lifetime.",
    "Contact: development.kyiv@example.org",
]
for i, t in enumerate(cover, start=1):
    cv.cell(row=i, column=1, value=t)
cv["A1"].font = Font(bold=True, size=14)
dt_ws = wb.create_sheet("Detail")
dt_ws.append(["Project", "Description", "MIA beneficiary", "Start", "End", "Budget (CAD)", "Status"])
for c in dt_ws[1]:
    c.font = Font(bold=True)
ca = [
    (
        "Police response to domestic violence calls: specialised POLINA units",
        "Training and equipment for POLINA mobile units that respond to domestic violence reports.",
        "NPU",
        "Jan 1, 2021",
        "Dec 31, 2022",
        1_460_000,
        "Ongoing",
    ),
    (
        "Community policing in Donetsk and Luhansk oblasts",
        "Community police officers, public safety councils and joint patrols with residents in frontline hromadas.",
        "NPU",
        "Apr 1, 2020",
        "Mar 31, 2022",
        2_920_000,
        "Ongoing",
    ),
    (
        "Electronic queue for trucks at the Yahodyn–Dorohusk checkpoint",
        "Booking system and waiting area to cut truck waiting times at the border crossing point.",
        "SBGS",
        "Jul 1, 2021",
        "Jun 30, 2022",
        730_000,
        "Ongoing",
    ),
    (
        "Professional development of National Guard officers",
        "Leadership and human rights curriculum at the National Guard Academy.",
        "NGU",
        "Jan 1, 2022",
        "Dec 31, 2022",
        500_000,
        "Pipeline – awaiting approval",
    ),
]
for r in ca:
    dt_ws.append(list(r))
dt_ws.column_dimensions["A"].width = 60
dt_ws.column_dimensions["B"].width = 80
sm = wb.create_sheet("Summary")
sm.append(["Project", "Beneficiary", "Total budget (CAD)"])
for c in sm[1]:
    c.font = Font(bold=True)
for r in ca:
    sm.append([r[0], r[2], r[5]])
sm.append(["TOTAL", None, sum(r[5] for r in ca)])
sm.cell(row=sm.max_row, column=1).font = Font(bold=True)
sm.column_dimensions["A"].width = 60
wb.save(OUT / "Canada_GAC_MIA_projects.xlsx")
# 2021-01-01..2022-12-31 = 730 days, 365 in 2021; 1,460,000 x 365/730 = 730,000
exp(ca[0][0], "Canada", "DOMESTIC_VIOLENCE", "funded", "CAD", 730_000)
# 2020-04-01..2022-03-31 = 275+365+90 = 730 days; 2,920,000 x 365/730 = 1,460,000
exp(ca[1][0], "Canada", "COMMUNITY_POLICING", "funded", "CAD", 1_460_000)
# 2021-07-01..2022-06-30 = 184+181 = 365 days, 184 in 2021; 730,000 x 184/365 = 368,000
exp(ca[2][0], "Canada", "BORDER_CROSSING", "funded", "CAD", 368_000)
exp(ca[3][0], "Canada", "OTHER", "pipeline", "CAD", 0)  # 2022 only

# ------------------------------------------------------------------------------------------------------------------
# 4 Switzerland: Russian table, statuses in past tense, amounts with their currency in the cell in two currencies
#   (CHF and грн), no currency column, one project over two periods on two rows (title merged down)
wb = Workbook()
ws = wb.active
ws.title = "Швейцария"
ws["A1"] = "Посольство Швейцарии в Украине – Швейцарское бюро сотрудничества"
ws["A2"] = "Проекты в сфере МВД Украины (информация для секторальной рабочей группы)"
ws["A1"].font = Font(bold=True, size=13)
ws.append([])
ws.append(["№", "Название проекта", "Бенефициар", "Период", "Сумма", "Статус"])
for c in ws[4]:
    c.font = Font(bold=True)
ch = [
    (
        "1",
        "Полиция общины: офицеры громад в Донецкой области",
        "НПУ",
        "01.07.2020 – 30.06.2021",
        "365 000 CHF",
        "завершился",
    ),
    (None, None, None, "01.07.2021 – 30.06.2022", "730 000 CHF", "стартовал"),
    (
        "2",
        "Мониторинг мест содержания задержанных: визиты в изоляторы временного содержания",
        "НПУ",
        "01.01.2021 – 31.12.2022",
        "7 300 000 грн",
        "стартовал",
    ),
    (
        "3",
        "Реабилитация и реинтеграция пострадавших от торговли людьми",
        "НПУ",
        "01.03.2021 – 31.08.2021",
        "250 000 CHF",
        "завершился",
    ),
    (
        "4",
        "Противодействие COVID-19: средства индивидуальной защиты для Национальной гвардии",
        "НГУ",
        "01.04.2021 – 30.09.2021",
        "1 460 000 грн",
        "был отменён",
    ),
    (
        "5",
        "Реагирование полиции на домашнее насилие: кризисные комнаты в отделах полиции",
        "НПУ",
        "01.10.2021 – 30.09.2022",
        "365 000 CHF",
        "подан на рассмотрение (не утверждён)",
    ),
]
for i, r in enumerate(ch, start=5):
    for j, v in enumerate(r, start=1):
        ws.cell(row=i, column=j, value=v)
for col in "ABC":
    ws.merge_cells(f"{col}5:{col}6")
ws["B5"].alignment = Alignment(wrap_text=True, vertical="top")
ws["A12"] = (
    "Проект 1 – один проект, профинансированный в два этапа (две строки: период и сумма каждого этапа)."
)
ws.column_dimensions["B"].width = 75
ws.column_dimensions["D"].width = 26
ws.column_dimensions["E"].width = 16
wb.save(OUT / "Shveitsariia_proekty_MVD.xlsx")
# phase 1: 2020-07-01..2021-06-30 = 184+181 = 365 days, 181 in 2021; 365,000 x 181/365 = 181,000
# phase 2: 2021-07-01..2022-06-30 = 365 days, 184 in 2021; 730,000 x 184/365 = 368,000; project: 549,000
exp(ch[0][1], "Switzerland", "COMMUNITY_POLICING", "funded", "CHF", 549_000)
# 2021-01-01..2022-12-31 = 730 days, 365 in 2021; 7,300,000 x 365/730 = 3,650,000
exp(ch[2][1], "Switzerland", "CUSTODY", "funded", "UAH", 3_650_000)
exp(ch[3][1], "Switzerland", "TRAFFICKING", "funded", "CHF", 250_000)  # within 2021
exp(ch[4][1], "Switzerland", "COVID19", "cancelled", "UAH", 0)  # "был отменён"
# 2021-10-01..2022-09-30 = 92+273 = 365 days, 92 in 2021; 365,000 x 92/365 = 92,000; submitted, not approved
exp(ch[5][1], "Switzerland", "DOMESTIC_VIOLENCE", "pipeline", "CHF", 92_000)

# ------------------------------------------------------------------------------------------------------------------
# 5 IOM register: sent by the implementer, a Donor column naming several donors (two co-funded with shares), an
#   "Agreement partner" column naming MIA agencies, a Start / End pair, donors in official style
wb = Workbook()
ws = wb.active
ws.title = "Register"
ws["A1"] = "IOM Mission in Ukraine – register of projects with the MIA system (implemented by IOM)"
ws["A2"] = "Budgets in USD; the Donor column names the funding partner(s) and their shares."
ws["A1"].font = Font(bold=True, size=13)
ws.append([])
ws.append(
    ["Project ID", "Project title", "Donor", "Agreement partner", "Start", "End", "Budget (USD)", "Status"]
)
for c in ws[4]:
    c.font = Font(bold=True)
iom = [
    (
        "UA-IOM-101",
        "Capacity of the State Migration Service to identify and return irregular migrants",
        "EU 60% / Sweden 40%",
        "State Migration Service of Ukraine",
        D(2021, 1, 1),
        D(2022, 12, 31),
        1_000_000,
        "Ongoing",
    ),
    (
        "UA-IOM-102",
        "Victim identification and referral of trafficked persons in Odesa oblast",
        "U.S. Department of State",
        "National Police of Ukraine",
        D(2021, 4, 1),
        D(2022, 3, 31),
        730_000,
        "Ongoing",
    ),
    (
        "UA-IOM-103",
        "Mobile surveillance units for the green border with Moldova",
        "Government of Japan",
        "State Border Guard Service of Ukraine",
        D(2020, 10, 1),
        D(2022, 9, 30),
        438_000,
        "Ongoing",
    ),
    (
        "UA-IOM-104",
        "Queue management system for passenger traffic at the Krakovets and Shehyni checkpoints",
        "Ministry of Foreign Affairs of Denmark",
        "State Border Guard Service of Ukraine",
        D(2021, 5, 1),
        D(2021, 10, 31),
        180_000,
        "Completed",
    ),
    (
        "UA-IOM-105",
        "COVID-19 protective equipment and rapid tests for patrol police officers",
        "EU 75% / Netherlands 25%",
        "National Police of Ukraine",
        D(2021, 3, 1),
        D(2021, 8, 31),
        400_000,
        "Completed",
    ),
    (
        "UA-IOM-106",
        "Community policing in multi-ethnic hromadas of Zakarpattia",
        "UK (FCDO)",
        "National Police of Ukraine",
        D(2021, 11, 1),
        D(2022, 10, 31),
        365_000,
        "Pipeline – concept approved, funding not confirmed",
    ),
]
for i, r in enumerate(iom, start=5):
    for j, v in enumerate(r, start=1):
        c = ws.cell(row=i, column=j, value=v)
        if isinstance(v, D):
            c.number_format = "DD.MM.YYYY"
ws.column_dimensions["B"].width = 80
ws.column_dimensions["C"].width = 30
ws.column_dimensions["D"].width = 38
wb.save(OUT / "IOM_register_MIA_2021.xlsx")
# 2021-01-01..2022-12-31 = 730 days, 365 in 2021; 1,000,000 x 365/730 = 500,000 -> EU 60% 300,000; Sweden 40% 200,000
exp(iom[0][1], "EU", "ILLEGAL_MIGRATION", "funded", "USD", 300_000)
exp(iom[0][1], "Sweden", "ILLEGAL_MIGRATION", "funded", "USD", 200_000)
# 2021-04-01..2022-03-31 = 365 days, 275 in 2021; 730,000 x 275/365 = 550,000
exp(iom[1][1], "USA", "TRAFFICKING", "funded", "USD", 550_000)
# 2020-10-01..2022-09-30 = 92+365+273 = 730 days; 438,000 x 365/730 = 219,000
exp(iom[2][1], "Japan", "BORDER_SECURITY", "funded", "USD", 219_000)
exp(iom[3][1], "Denmark", "BORDER_CROSSING", "funded", "USD", 180_000)  # within 2021
# within 2021: 400,000 -> EU 75% 300,000; Netherlands 25% 100,000
exp(iom[4][1], "EU", "COVID19", "funded", "USD", 300_000)
exp(iom[4][1], "Netherlands", "COVID19", "funded", "USD", 100_000)
# 2021-11-01..2022-10-31 = 61+304 = 365 days, 61 in 2021; 365,000 x 61/365 = 61,000; pipeline
exp(iom[5][1], "UK", "COMMUNITY_POLICING", "pipeline", "USD", 61_000)

with open(OUT.parent / "expected.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=list(EXP[0]))
    w.writeheader()
    w.writerows(EXP)
print(len(EXP), "expected lines")
