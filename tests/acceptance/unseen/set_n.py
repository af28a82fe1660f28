# ruff: noqa: B007 - a data script written blind: its loops unpack whole rows and use a few fields
"""Blind partner files, set N: written without reading the reader's code. Expected values by hand.

Usage: python set_n.py OUT_DIR  -> OUT_DIR/raw/<partner files>, OUT_DIR/expected.csv
Convention: a given 2021 figure is taken as is; otherwise total x days in 2021 / days of the project (both ends
included); a month runs first to last day, a quarter first to last day; outside 2021 -> 0; cancelled -> 0.
Planned / not-yet-agreed projects: status "pipeline" with their 2021 amount.

This set is about what a coordinator's consolidated workbook and agencies' own returns look like: a workbook of
partners' returns pasted in as received, a beneficiary agency's register with abbreviated donors, money written with
its currency and scale in one column, a mixed "Period" column, year sub-rows under a project, a "Sector / Напрям"
column, comments overriding the status, an exact duplicate row, a project co-funded by two partners (each sends its
own share), a cp1251 semicolon CSV with dd/mm/yy dates, an instruction sheet before the data, blank header cells
and line breaks inside header cells.

Decisions written down:
- "Comment: cancelled in May 2021" while Status says "ongoing": the comment is the later word -> cancelled, 0.
- "Comment: moved to 2022 (start postponed to 01/01/2022)" while Status says "ongoing": still funded (the agreement
  stands, only the timing moved), but no 2021 money -> funded, 0.
- an exact duplicate row (copy-paste) is one project.
- a project co-funded by Sweden and Norway, each sending its own share: two expected lines, same title, each
  partner with its own share in its own currency.
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


def put_rows(ws, first_row, rows, first_col=1, date_fmt="DD.MM.YYYY"):
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = ws.cell(row=first_row + i, column=first_col + j, value=v)
            if isinstance(v, D):
                c.number_format = date_fmt


CO_FUNDED = "Support to the State Migration Service in identification and return of irregular migrants"

# ------------------------------------------------------------------------------------------------------------------
# 1 SWG Secretariat: consolidated workbook, a note sheet, then one sheet per partner's return pasted in as received:
#   Sida sheet (English, no title, header in row 1, an exact duplicate row, the co-funded project's Swedish share);
#   Swiss sheet (Ukrainian, its own title block naming the donor, header in row 5);
#   Japan sheet (Russian, amount first, title second, period as one text cell).
wb = Workbook()
ws = wb.active
ws.title = "Примітка"
ws["A1"] = "Секретаріат СРГ «Правоохоронна діяльність» – зведення відповідей партнерів"
ws["A1"].font = Font(bold=True, size=13)
ws["A3"] = "Зведення відповідей партнерів на запит Секретаріату від 01.03.2021 щодо проєктів МТД у 2021 році."
ws["A4"] = (
    "Кожен наступний аркуш – відповідь одного партнера, вставлена без змін (мова та порядок колонок збережені)."
)
ws["A5"] = "Назва аркуша = партнер, що надав відповідь."

ws = wb.create_sheet("Sweden (Sida)")
ws.append(["Contribution", "Agreement period", "Amount, SEK", "Status", "Note"])
for c in ws[1]:
    c.font = Font(bold=True)
sida = [
    (
        CO_FUNDED,
        "2021-01-01 – 2022-12-31",
        7_300_000,
        "Ongoing",
        "Co-funded with Norway; Swedish share only",
    ),
    (
        "Gender-based violence response: specialised mobile police units for victims of domestic violence",
        "2021-04-01 – 2022-03-31",
        3_650_000,
        "Ongoing",
        None,
    ),
    (
        "Gender-based violence response: specialised mobile police units for victims of domestic violence",
        "2021-04-01 – 2022-03-31",
        3_650_000,
        "Ongoing",
        None,
    ),  # exact duplicate of the row above (pasted twice)
    (
        "Electronic custody records in temporary detention facilities of the National Police",
        "2021-07-01 – 2021-12-31",
        1_200_000,
        "Planned (decision expected June 2021)",
        None,
    ),
]
for r in sida:
    ws.append(list(r))
ws.column_dimensions["A"].width = 90
ws.column_dimensions["B"].width = 25
# 2021-01-01..2022-12-31 = 730 days, 365 in 2021; 7,300,000 x 365/730 = 3,650,000 (Swedish share)
exp(sida[0][0], "Sweden", "ILLEGAL_MIGRATION", "funded", "SEK", 3_650_000)
# 2021-04-01..2022-03-31 = 365 days, 275 in 2021 (Apr..Dec); 3,650,000 x 275/365 = 2,750,000; duplicate counted once
exp(sida[1][0], "Sweden", "DOMESTIC_VIOLENCE", "funded", "SEK", 2_750_000)
exp(sida[3][0], "Sweden", "CUSTODY", "pipeline", "SEK", 1_200_000)  # within 2021, planned

ws = wb.create_sheet("Швейцарія")
ws["A1"] = "Посольство Швейцарії в Україні"
ws["A2"] = "Швейцарське бюро співробітництва (SDC)"
ws["A3"] = "Проєкти у секторі МВС, станом на 15.03.2021"
for a in ("A1", "A2", "A3"):
    ws[a].font = Font(bold=True)
ws.append([])
ws.append(["№", "Назва проєкту", "Бенефіціар", "Початок", "Кінець", "Бюджет, CHF", "Статус"])
swiss = [
    (
        1,
        "Розвиток поліції громад у Донецькій та Луганській областях",
        "НПУ",
        D(2021, 1, 1),
        D(2023, 12, 31),
        1_095_000,
        "реалізується",
    ),
    (
        2,
        "Протидія торгівлі людьми: підтримка слідчих підрозділів Національної поліції",
        "НПУ",
        D(2021, 6, 1),
        D(2022, 5, 31),
        730_000,
        "реалізується",
    ),
    (
        3,
        "Цифровізація адміністративних послуг сервісних центрів МВС",
        "ГСЦ МВС",
        D(2020, 1, 1),
        D(2020, 12, 31),
        500_000,
        "завершено",
    ),
]
put_rows(ws, 6, swiss)
ws.column_dimensions["B"].width = 80
# 2021-01-01..2023-12-31 = 1095 days, 365 in 2021; 1,095,000 x 365/1095 = 365,000
exp(swiss[0][1], "Switzerland", "COMMUNITY_POLICING", "funded", "CHF", 365_000)
# 2021-06-01..2022-05-31 = 365 days, 214 in 2021 (Jun..Dec = 30+31+31+30+31+30+31); 730,000 x 214/365 = 428,000
exp(swiss[1][1], "Switzerland", "TRAFFICKING", "funded", "CHF", 428_000)
exp(swiss[2][1], "Switzerland", "OTHER", "funded", "CHF", 0)  # ended 2020

ws = wb.create_sheet("Япония")
ws.append(["Сумма, иен", "Наименование проекта", "Сроки реализации", "Статус"])
for c in ws[1]:
    c.font = Font(bold=True)
japan = [
    (
        36_500_000,
        "Поставка досмотрового оборудования для пунктов пропуска через границу: ускорение пропуска грузов",
        "01.10.2021–30.09.2022",
        "реализуется",
    ),
    (
        20_000_000,
        "Средства индивидуальной защиты и тесты на COVID-19 для Национальной гвардии",
        "01.02.2021–31.07.2021",
        "завершен",
    ),
]
for r in japan:
    ws.append(list(r))
ws.column_dimensions["B"].width = 90
ws.column_dimensions["C"].width = 25
wb.save(OUT / "SWG_zvedennia_vidpovidei_partneriv_2021.xlsx")
# 2021-10-01..2022-09-30 = 365 days, 92 in 2021 (Oct..Dec); 36,500,000 x 92/365 = 9,200,000
exp(japan[0][1], "Japan", "BORDER_CROSSING", "funded", "JPY", 9_200_000)
exp(japan[1][1], "Japan", "COVID19", "funded", "JPY", 20_000_000)  # within 2021, completed in July

# ------------------------------------------------------------------------------------------------------------------
# 2 State Border Guard Service (beneficiary) register: a "Донор" column with abbreviations and an embassy,
#   a "Період" column mixing "2021", "2021–2022", "III–IV кв. 2021", "з 01.03.2021 до 28.02.2022", "2022";
#   a legend of abbreviations under the table
wb = Workbook()
ws = wb.active
ws.title = "МТД ДПСУ"
ws["A1"] = "Державна прикордонна служба України"
ws["A2"] = "Перелік проєктів міжнародної технічної допомоги, бенефіціаром яких є ДПСУ (станом на 01.03.2021)"
ws["A1"].font = Font(bold=True)
ws.append([])
ws.append(["№ з/п", "Назва проєкту", "Донор", "Період", "Сума", "Валюта", "Стан реалізації"])
sbgs = [
    (
        1,
        "Технічне облаштування ділянки державного кордону з Республікою Молдова: системи відеоспостереження",
        "ЄС",
        "2021–2022",
        4_000_000,
        "EUR",
        "реалізується",
    ),
    (
        2,
        "Розширення пропускної спроможності пункту пропуску «Ягодин»: нові смуги руху та скорочення черг",
        "ВБ",
        "з 01.03.2021 до 28.02.2022",
        7_300_000,
        "USD",
        "реалізується",
    ),
    (
        3,
        "Обладнання для виявлення незаконних мігрантів та підроблених документів у пунктах контролю",
        "США",
        "III–IV кв. 2021",
        850_000,
        "USD",
        "реалізується",
    ),
    (
        4,
        "Протидія контрабанді наркотиків через державний кордон: кінологічні підрозділи з пошуку наркотиків",
        "ПРООН",
        "2021",
        2_500_000,
        "UAH",
        "реалізується",
    ),
    (
        5,
        "Облаштування приміщень для тримання затриманих осіб у прикордонних загонах",
        "Посольство Великої Британії",
        "2022",
        300_000,
        "GBP",
        "планується",
    ),
]
put_rows(ws, 5, sbgs)
ws["A11"] = (
    "Скорочення: ЄС – Європейський Союз; ВБ – Світовий банк; ПРООН – Програма розвитку ООН; США – Уряд США."
)
ws["A11"].font = Font(italic=True)
ws.column_dimensions["B"].width = 90
ws.column_dimensions["C"].width = 28
ws.column_dimensions["D"].width = 28
wb.save(OUT / "DPSU_proekty_MTD_2021.xlsx")
# "2021–2022" = 2021-01-01..2022-12-31 = 730 days, 365 in 2021; 4,000,000 x 365/730 = 2,000,000
exp(sbgs[0][1], "EU", "BORDER_SECURITY", "funded", "EUR", 2_000_000)
# 2021-03-01..2022-02-28 = 365 days, 306 in 2021 (Mar..Dec); 7,300,000 x 306/365 = 6,120,000
exp(sbgs[1][1], "World Bank", "BORDER_CROSSING", "funded", "USD", 6_120_000)
exp(
    sbgs[2][1], "USA", "ILLEGAL_MIGRATION", "funded", "USD", 850_000
)  # Q3..Q4 2021 = 2021-07-01..12-31, all 2021
exp(sbgs[3][1], "UNDP", "DRUGS", "funded", "UAH", 2_500_000)  # the year 2021
exp(sbgs[4][1], "UK", "CUSTODY", "pipeline", "GBP", 0)  # 2022 only, planned

# ------------------------------------------------------------------------------------------------------------------
# 3 IOM: one "Funding" column with the currency and scale in each cell, mixed currencies per row
wb = Workbook()
ws = wb.active
ws.title = "IOM MIA 2021"
ws["A1"] = "IOM Mission in Ukraine – projects with the Ministry of Internal Affairs system, 2021"
ws["A1"].font = Font(bold=True)
ws.append([])
ws.append(["#", "Project", "Counterpart", "Start", "End", "Funding", "Status"])
iom = [
    (
        1,
        "Counter-trafficking: identification of victims of trafficking by the National Police",
        "NPU",
        D(2021, 1, 1),
        D(2022, 12, 31),
        "2.92 mln EUR",
        "Ongoing",
    ),
    (
        2,
        "Return and readmission of irregular migrants: support to the State Migration Service",
        "SMS",
        D(2021, 1, 1),
        D(2021, 12, 31),
        "EUR 750k",
        "Ongoing",
    ),
    (
        3,
        "Surveillance equipment for border guards on the Ukraine–Belarus green border",
        "SBGS",
        D(2020, 7, 1),
        D(2022, 6, 30),
        "USD 1.46m",
        "Ongoing",
    ),
    (
        4,
        "Support to victims of domestic violence: police referral to shelters in Donetsk oblast",
        "NPU",
        D(2021, 4, 1),
        D(2021, 9, 30),
        "1,5 млн грн",
        "Ongoing",
    ),
]
put_rows(ws, 4, iom)
ws.column_dimensions["B"].width = 85
ws.column_dimensions["F"].width = 16
wb.save(OUT / "IOM_Ukraine_MIA_projects_2021.xlsx")
# 2.92 mln EUR = 2,920,000; 730 days, 365 in 2021; 2,920,000 x 365/730 = 1,460,000
exp(iom[0][1], "IOM", "TRAFFICKING", "funded", "EUR", 1_460_000)
exp(iom[1][1], "IOM", "ILLEGAL_MIGRATION", "funded", "EUR", 750_000)  # EUR 750k, all 2021
# USD 1.46m = 1,460,000; 2020-07-01..2022-06-30 = 184+365+181 = 730 days, 365 in 2021; x 365/730 = 730,000
exp(iom[2][1], "IOM", "BORDER_SECURITY", "funded", "USD", 730_000)
exp(iom[3][1], "IOM", "DOMESTIC_VIOLENCE", "funded", "UAH", 1_500_000)  # 1,5 млн грн, within 2021

# ------------------------------------------------------------------------------------------------------------------
# 4 UNDP: neutral titles; the priority is named only in a "Sector / Напрям" column in partners' words
wb = Workbook()
ws = wb.active
ws.title = "UNDP"
ws["A1"] = "UNDP Ukraine – Rule of Law and Security portfolio with the MIA (own resources)"
ws["A1"].font = Font(bold=True)
ws.append([])
ws.append(["Project", "Sector / Напрям", "Beneficiary", "Start", "End", "Budget, USD", "Status"])
undp = [
    (
        "Capacity development of the regional police in Eastern Ukraine (Phase II)",
        "боротьба з торгівлею людьми",
        "NPU",
        D(2021, 1, 1),
        D(2022, 12, 31),
        730_000,
        "Ongoing",
    ),
    (
        "Support to the State Border Guard Service, Phase I",
        "border management",
        "SBGS",
        D(2021, 1, 1),
        D(2021, 12, 31),
        400_000,
        "Ongoing",
    ),
    (
        "Strengthening the National Police response in Luhansk oblast",
        "gender-based violence",
        "NPU",
        D(2021, 7, 1),
        D(2022, 6, 30),
        365_000,
        "Ongoing",
    ),
    (
        "Forensic capacity of the Expert Service of the MIA",
        "narcotics",
        "ESC MIA",
        D(2021, 1, 1),
        D(2021, 12, 31),
        250_000,
        "Pipeline",
    ),
]
put_rows(ws, 4, undp)
ws.column_dimensions["A"].width = 75
ws.column_dimensions["B"].width = 30
wb.save(OUT / "UNDP_sector_overview_MIA_2021.xlsx")
# 730 days, 365 in 2021; 730,000 x 365/730 = 365,000
exp(undp[0][0], "UNDP", "TRAFFICKING", "funded", "USD", 365_000)
exp(undp[1][0], "UNDP", "BORDER_SECURITY", "funded", "USD", 400_000)
# 2021-07-01..2022-06-30 = 365 days, 184 in 2021; 365,000 x 184/365 = 184,000
exp(undp[2][0], "UNDP", "DOMESTIC_VIOLENCE", "funded", "USD", 184_000)
exp(undp[3][0], "UNDP", "DRUGS", "pipeline", "USD", 250_000)

# ------------------------------------------------------------------------------------------------------------------
# 5 GIZ: first sheet an instruction page in Ukrainian, data on the second sheet; a project row followed by indented
#   sub-rows per year ("2021: 300 000") with no title; one ordinary row without sub-rows
wb = Workbook()
ws = wb.active
ws.title = "Інструкція"
instr = [
    "ІНСТРУКЦІЯ ЩОДО ЗАПОВНЕННЯ",
    "1. Дані заповнюються на аркуші «Дані». Цей аркуш не змінювати.",
    "2. Один проєкт – один рядок. Під рядком проєкту можна навести розподіл бюджету за роками (рядок на рік).",
    "3. «Бюджет, EUR» – загальний бюджет проєкту за весь період у євро.",
    "4. Дати – у форматі ДД.ММ.РРРР.",
    "5. Статус: реалізується / завершено / планується / скасовано.",
    "6. Заповнену форму надіслати до Секретаріату СРГ до 15.03.2021.",
]
for i, t in enumerate(instr, start=1):
    ws.cell(row=i, column=1, value=t)
ws["A1"].font = Font(bold=True)
ws.column_dimensions["A"].width = 110
ws = wb.create_sheet("Дані")
ws["A1"] = (
    "Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ) GmbH – проєкти в системі МВС України"
)
ws["A1"].font = Font(bold=True)
ws.append([])
ws.append(["№", "Назва проєкту", "Бенефіціар", "Початок", "Завершення", "Бюджет, EUR", "Статус"])
giz = [
    (
        "Доступність адміністративних послуг сервісних центрів МВС для людей з інвалідністю",
        "ГСЦ МВС",
        D(2021, 1, 1),
        D(2022, 12, 31),
        500_000,
        "реалізується",
        ["2021: 300 000", "2022: 200 000"],
    ),
    (
        "Поліція діалогу: превентивна робота поліції в громадах",
        "НПУ",
        D(2021, 4, 1),
        D(2023, 3, 31),
        900_000,
        "реалізується",
        ["2021: 250 000", "2022: 450 000", "2023: 200 000"],
    ),
    (
        "Протидія домашньому насильству: навчання мобільних груп реагування патрульної поліції",
        "НПУ",
        D(2021, 1, 1),
        D(2021, 12, 31),
        180_000,
        "реалізується",
        [],
    ),
    (
        "Посилення охорони державного кордону: мобільні прикордонні патрулі",
        "ДПСУ",
        D(2021, 7, 1),
        D(2023, 6, 30),
        600_000,
        "реалізується",
        ["2021: 100 000", "2022: 300 000", "2023: 200 000"],
    ),
]
r0 = 4
for n, (title, ben, s, e, amt, st, years) in enumerate(giz, start=1):
    put_rows(ws, r0, [(n, title, ben, s, e, amt, st)])
    r0 += 1
    for y in years:
        c = ws.cell(row=r0, column=2, value=y)
        c.alignment = Alignment(indent=2)
        r0 += 1
ws.column_dimensions["B"].width = 85
wb.save(OUT / "GIZ_Perelik_proektiv_MVS_2021.xlsx")
exp(giz[0][0], "GIZ", "OTHER", "funded", "EUR", 300_000)  # 2021 sub-row given
exp(giz[1][0], "GIZ", "COMMUNITY_POLICING", "funded", "EUR", 250_000)  # 2021 sub-row given
exp(giz[2][0], "GIZ", "DOMESTIC_VIOLENCE", "funded", "EUR", 180_000)  # all 2021, no sub-rows
exp(giz[3][0], "GIZ", "BORDER_SECURITY", "funded", "EUR", 100_000)  # 2021 sub-row given

# ------------------------------------------------------------------------------------------------------------------
# 6 Norway: CSV, semicolons, Windows-1251, dates dd/mm/yy, decimal commas with space thousands;
#   the co-funded project (Norway's own share), one project in 2022 only (planned)
nor_hdr = [
    "Назва проєкту",
    "Донор",
    "Бенефіціар",
    "Дата початку",
    "Дата завершення",
    "Сума, NOK",
    "Статус",
    "Примітка",
]
nor = [
    (
        CO_FUNDED,
        "Норвегія (МЗС)",
        "ДМС",
        "01/01/21",
        "31/12/22",
        "1 460 000,00",
        "реалізується",
        "спільно зі Швецією; наведено лише частку Норвегії",
    ),
    (
        "Протидія кіберзлочинності: обладнання для Департаменту кіберполіції",
        "Норвегія (МЗС)",
        "НПУ",
        "15/03/21",
        "14/03/22",
        "365 000,00",
        "реалізується",
        "",
    ),
    (
        "Гуманітарне розмінування: обладнання для піротехнічних підрозділів ДСНС",
        "Норвегія (МЗС)",
        "ДСНС",
        "01/06/21",
        "30/11/21",
        "2 000 000,00",
        "реалізується",
        "",
    ),
    (
        "Протидія торгівлі людьми: гаряча лінія та перенаправлення постраждалих",
        "Норвегія (МЗС)",
        "НПУ",
        "01/01/22",
        "31/12/22",
        "800 000,00",
        "планується",
        "",
    ),
]
with open(OUT / "Norway_MFA_proekty_MVS_2021.csv", "w", newline="", encoding="cp1251") as f:
    w = csv.writer(f, delimiter=";")
    w.writerow(nor_hdr)
    for r in nor:
        w.writerow(r)
# 2021-01-01..2022-12-31 = 730 days, 365 in 2021; 1,460,000 x 365/730 = 730,000 (Norwegian share)
exp(nor[0][0], "Norway", "ILLEGAL_MIGRATION", "funded", "NOK", 730_000)
# 2021-03-15..2022-03-14 = 365 days; 2021: Mar 15..31 = 17 + Apr..Dec 275 = 292; 365,000 x 292/365 = 292,000
exp(nor[1][0], "Norway", "OTHER", "funded", "NOK", 292_000)
exp(nor[2][0], "Norway", "OTHER", "funded", "NOK", 2_000_000)  # within 2021
exp(nor[3][0], "Norway", "TRAFFICKING", "pipeline", "NOK", 0)  # 2022 only, planned

# ------------------------------------------------------------------------------------------------------------------
# 7 UK: header cells with line breaks, a blank header cell between named ones (the end date under
#   "Implementation\nperiod" spilling over two columns, no merge), a "Comment" column overriding "ongoing"
wb = Workbook()
ws = wb.active
ws.title = "UK return"
ws["A1"] = "British Embassy Kyiv – return to the MIA Sectoral Working Group, March 2021"
ws["A1"].font = Font(bold=True)
ws.append([])
hdr = [
    "No.",
    "Project\ntitle",
    "Beneficiary\nagency",
    "Implementation\nperiod",
    None,
    "Total budget\n(GBP)",
    "Status",
    "Comment",
]
for j, h in enumerate(hdr, start=1):
    c = ws.cell(row=3, column=j, value=h)
    c.font = Font(bold=True)
    c.alignment = Alignment(wrap_text=True, vertical="top")
uk = [
    (
        1,
        "Serious and organised crime: financial investigations training for the National Police",
        "NPU",
        D(2021, 4, 1),
        D(2022, 3, 31),
        365_000,
        "ongoing",
        None,
    ),
    (
        2,
        "Modern slavery: joint investigation teams on human trafficking with the National Police",
        "NPU",
        D(2021, 1, 1),
        D(2022, 12, 31),
        600_000,
        "ongoing",
        "cancelled in May 2021 (funds reallocated)",
    ),
    (
        3,
        "Detention monitoring: independent custody visitors in police temporary detention facilities",
        "NPU",
        D(2021, 7, 1),
        D(2022, 6, 30),
        146_000,
        "ongoing",
        "moved to 2022: start postponed to 01/01/2022, end to 31/12/2022, same budget",
    ),
    (
        4,
        "Community policing: mobile police stations in rural hromadas",
        "NPU",
        D(2021, 1, 1),
        D(2021, 12, 31),
        220_000,
        "ongoing",
        None,
    ),
]
put_rows(ws, 4, uk, date_fmt="DD/MM/YYYY")
ws.row_dimensions[3].height = 32
ws.column_dimensions["B"].width = 80
ws.column_dimensions["H"].width = 60
wb.save(OUT / "UK_Embassy_SWG_return_2021.xlsx")
# 2021-04-01..2022-03-31 = 365 days, 275 in 2021; 365,000 x 275/365 = 275,000
exp(uk[0][1], "UK", "OTHER", "funded", "GBP", 275_000)
exp(uk[1][1], "UK", "TRAFFICKING", "cancelled", "GBP", 0)  # comment: cancelled in May 2021
exp(uk[2][1], "UK", "CUSTODY", "funded", "GBP", 0)  # comment: moved to 2022 -> no 2021 money
exp(uk[3][1], "UK", "COMMUNITY_POLICING", "funded", "GBP", 220_000)

# ------------------------------------------------------------------------------------------------------------------
# 8 Lithuania: ordinary Russian return; "Сроки реализации" as text ("2021", "04.2021–09.2021", "07.2021–06.2022")
wb = Workbook()
ws = wb.active
ws.title = "Литва"
ws["A1"] = "Министерство иностранных дел Литовской Республики – программа сотрудничества в целях развития"
ws["A2"] = "Проекты в секторе МВД Украины, 2021 г."
ws["A1"].font = Font(bold=True)
ws.append([])
ws.append(["№", "Наименование проекта", "Получатель", "Сроки реализации", "Сумма, евро", "Статус"])
lit = [
    (
        1,
        "Патрулирование морской границы: катера для Морской охраны ГПСУ",
        "ГПСУ",
        "2021",
        120_000,
        "выполняется",
    ),
    (
        2,
        "Противодействие домашнему насилию: коррекционные программы для обидчиков",
        "НПУ",
        "04.2021–09.2021",
        60_000,
        "выполняется",
    ),
    (
        3,
        "Вакцинация от COVID-19 и средства защиты для спасателей ГСЧС",
        "ГСЧС",
        "07.2021–06.2022",
        73_000,
        "выполняется",
    ),
]
for r in lit:
    ws.append(list(r))
ws.column_dimensions["B"].width = 80
ws.column_dimensions["D"].width = 20
wb.save(OUT / "Lithuania_MID_proekty_MVD_2021.xlsx")
exp(lit[0][1], "Lithuania", "BORDER_SECURITY", "funded", "EUR", 120_000)  # the year 2021
exp(lit[1][1], "Lithuania", "DOMESTIC_VIOLENCE", "funded", "EUR", 60_000)  # 2021-04-01..09-30, all 2021
# 07.2021–06.2022 = 2021-07-01..2022-06-30 = 365 days, 184 in 2021; 73,000 x 184/365 = 36,800
exp(lit[2][1], "Lithuania", "COVID19", "funded", "EUR", 36_800)

with open(OUT.parent / "expected.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=list(EXP[0]))
    w.writeheader()
    w.writerows(EXP)
print(len(EXP), "expected lines")
