# ruff: noqa: B007 - a data script written blind: its loops unpack whole rows and use a few fields
"""Blind partner files, set K: written without reading the reader's code. Expected values by hand.

Ordinary-looking returns (one sheet, title row, header, 3-5 projects, totals row, notes line), each with one or two
quirks: amounts with the currency sign after the number ("730 000 €", "365 000 $"), "Сума, тис." / "Amount,
thousand" with decimals ("1 250,5"), a donor column of ministries in an implementer's register, beneficiaries
"усі органи системи МВС" / "МВС та ЦОВВ" / "all MIA agencies", Russian past-tense statuses ("завершен", "отменен",
"приостановлен"), "on track" / "delayed", periods "Q3/2021", "2021 Q4", "Sept. 2021", "III кв. 2021", an end date
before the start date (a typo nobody can fix: counts nothing), the same title in Phase I and Phase II, a project
cancelled in 2021 with its amount still written, "ИТОГО:" and "Σ" totals, an empty row between projects, a blank
header over the amount column of a CSV.

Usage: python set_k.py OUT_DIR  -> OUT_DIR/raw/<partner files>, OUT_DIR/expected.csv
Convention: a given 2021 figure is taken as is; otherwise total x days in 2021 / days of the project (both ends
included); a month runs first to last day, a quarter first to last day; outside 2021 -> 0; cancelled -> 0.
"""

import csv
import datetime as dt
import shutil
import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

OUT = Path(sys.argv[1]) / "raw"
shutil.rmtree(OUT, ignore_errors=True)
OUT.mkdir(parents=True)
EXP = []  # title, partner, priority, status(funded|pipeline|cancelled), currency, amount_2021 in currency


def exp(title, partner, priority, status, cur, a2021):
    EXP.append(
        dict(title=title, partner=partner, priority=priority, status=status, currency=cur, amount_2021=a2021)
    )


D = dt.datetime


def put_rows(ws, rows, start, fmt="DD.MM.YYYY", step=1):
    r = start
    for row in rows:
        for j, v in enumerate(row, start=1):
            c = ws.cell(row=r, column=j, value=v)
            if isinstance(v, D):
                c.number_format = fmt
        r += step
    return r


def header(ws, row, names):
    for j, h in enumerate(names, start=1):
        ws.cell(row=row, column=j, value=h).font = Font(bold=True)


# ------------------------------------------------------------------------------------------------------------------
# 1 Netherlands: amounts as text with the euro sign after the number ("730 000 €"); statuses "on track" / "delayed" /
#   "completed"; a totals row labelled "Σ"; a notes line
wb = Workbook()
ws = wb.active
ws.title = "NL projects"
ws["A1"] = "Embassy of the Kingdom of the Netherlands in Kyiv – projects with the MIA system, 2021"
ws["A1"].font = Font(bold=True, size=13)
header(ws, 3, ["#", "Project title", "Beneficiary", "Start", "End", "Budget", "Status"])
nl = [
    (
        1,
        "Mobile surveillance units for the green border with Belarus",
        "SBGS",
        D(2021, 1, 1),
        D(2022, 12, 31),
        "730 000 €",
        "on track",
    ),
    (
        2,
        "Shelters and case management for survivors of domestic violence",
        "NPU",
        D(2021, 4, 1),
        D(2022, 3, 31),
        "365 000 €",
        "delayed",
    ),
    (
        3,
        "Electronic custody records in police temporary detention facilities",
        "NPU",
        D(2020, 1, 1),
        D(2020, 12, 31),
        "200 000 €",
        "completed",
    ),
    (
        4,
        "Counter-trafficking units of the National Police: victim identification and case building",
        "NPU",
        D(2021, 7, 1),
        D(2021, 12, 31),
        "184 000 €",
        "on track",
    ),
]
r = put_rows(ws, nl, 4, "DD-MM-YYYY")
ws.cell(row=r, column=2, value="Σ").font = Font(bold=True)
ws.cell(row=r, column=6, value="1 479 000 €").font = Font(bold=True)
ws.cell(
    row=r + 2,
    column=1,
    value="Status as of 15 March 2021. 'Delayed' = activities started later than planned; "
    "the budget is unchanged. Budget = total budget over the whole project period.",
)
ws.column_dimensions["B"].width = 80
wb.save(OUT / "NL_Embassy_MIA_projects_2021.xlsx")
# 2021-01-01..2022-12-31 = 730 days, 365 in 2021; 730,000 x 365/730 = 365,000
exp(nl[0][1], "Netherlands", "BORDER_SECURITY", "funded", "EUR", 365_000)
# 2021-04-01..2022-03-31 = 365 days, 275 in 2021; 365,000 x 275/365 = 275,000 (delayed, still funded)
exp(nl[1][1], "Netherlands", "DOMESTIC_VIOLENCE", "funded", "EUR", 275_000)
exp(nl[2][1], "Netherlands", "CUSTODY", "funded", "EUR", 0)  # all in 2020
exp(nl[3][1], "Netherlands", "TRAFFICKING", "funded", "EUR", 184_000)  # within 2021

# ------------------------------------------------------------------------------------------------------------------
# 2 UNDP register: a "Донор" column whose values are ministries (credit the country, not UNDP); "Сума, тис." with
#   decimals (text "7 300,0" and numbers 1250.5); a currency column; beneficiaries "МВС та ЦОВВ",
#   "усі органи системи МВС"
wb = Workbook()
ws = wb.active
ws.title = "Реєстр"
ws["A1"] = (
    "Програма розвитку ООН (ПРООН) в Україні – реєстр проєктів у системі МВС, що реалізуються за кошти донорів"
)
ws["A1"].font = Font(bold=True)
header(
    ws,
    3,
    ["№", "Назва проєкту", "Донор", "Бенефіціар", "Валюта", "Сума, тис.", "Початок", "Завершення", "Статус"],
)
undp = [
    (
        1,
        "Поліцейські офіцери громад у сільських громадах Луганської області",
        "Міністерство закордонних справ Данії",
        "НПУ",
        "DKK",
        "7 300,0",
        D(2021, 1, 1),
        D(2022, 12, 31),
        "реалізується",
    ),
    (
        2,
        "Мобільні групи поліції з реагування на випадки домашнього насильства",
        "Міністерство закордонних справ Норвегії",
        "НПУ",
        "NOK",
        1250.5,
        D(2021, 1, 1),
        D(2021, 12, 31),
        "реалізується",
    ),
    (
        3,
        "Приведення ізоляторів тимчасового тримання у відповідність до стандартів ЄКЗК",
        "Федеральне міністерство закордонних справ Німеччини",
        "НПУ",
        "EUR",
        912.5,
        D(2021, 7, 1),
        D(2023, 6, 30),
        "реалізується",
    ),
    (
        4,
        "Цифровізація документообігу та надання електронних послуг",
        "Міністерство закордонних справ Швеції",
        "МВС та ЦОВВ",
        "SEK",
        "2 000,0",
        D(2021, 1, 1),
        D(2021, 12, 31),
        "реалізується",
    ),
    (
        5,
        "Протидія COVID-19: засоби індивідуального захисту для персоналу",
        "Міністерство закордонних справ Японії",
        "усі органи системи МВС",
        "JPY",
        "55 000,0",
        D(2021, 3, 1),
        D(2021, 8, 31),
        "реалізується",
    ),
]
r = put_rows(ws, undp, 4)
ws.cell(row=5, column=6).number_format = "#,##0.0"
ws.cell(row=6, column=6).number_format = "#,##0.0"
ws.cell(
    row=r + 1,
    column=1,
    value="Суми зазначено в тисячах одиниць валюти угоди з донором. ПРООН є виконавцем; "
    "донор зазначений у графі «Донор». Підсумок не наводиться, оскільки суми у різних валютах.",
)
ws.column_dimensions["B"].width = 75
ws.column_dimensions["C"].width = 50
wb.save(OUT / "UNDP_reiestr_donoriv_MVS.xlsx")
# 7,300.0 thousand = 7,300,000; 2021-01-01..2022-12-31 = 730 days, 365 in 2021 -> 3,650,000
exp(undp[0][1], "Denmark", "COMMUNITY_POLICING", "funded", "DKK", 3_650_000)
exp(undp[1][1], "Norway", "DOMESTIC_VIOLENCE", "funded", "NOK", 1_250_500)  # 1,250.5 thousand, all 2021
# 912.5 thousand = 912,500; 2021-07-01..2023-06-30 = 184+365+181 = 730 days, 184 in 2021 -> 230,000
exp(undp[2][1], "Germany", "CUSTODY", "funded", "EUR", 230_000)
exp(undp[3][1], "Sweden", "OTHER", "funded", "SEK", 2_000_000)  # all 2021
exp(undp[4][1], "Japan", "COVID19", "funded", "JPY", 55_000_000)  # Mar-Aug 2021

# ------------------------------------------------------------------------------------------------------------------
# 3 Japan (Russian): past-tense statuses "завершен", "отменен", "приостановлен*" with a footnote; a project cancelled
#   in 2021 with its amount still written; a totals row "ИТОГО:" that includes the cancelled amount
wb = Workbook()
ws = wb.active
ws.title = "Лист1"
ws["A1"] = (
    "Посольство Японии в Украине. Перечень проектов помощи системе МВД Украины (сумма в японских иенах)"
)
ws["A1"].font = Font(bold=True)
header(ws, 3, ["№", "Наименование проекта", "Получатель", "Сумма, иен", "Начало", "Окончание", "Статус"])
jp = [
    (
        1,
        "Рентгеновские сканеры для ускорения досмотра грузовиков в пунктах пропуска",
        "ГПСУ",
        110_000_000,
        D(2021, 1, 1),
        D(2021, 12, 31),
        "реализуется",
    ),
    (
        2,
        "Пожарно-спасательная техника для ГСЧС",
        "ГСЧС",
        73_000_000,
        D(2020, 3, 1),
        D(2021, 2, 28),
        "завершен",
    ),
    (
        3,
        "Средства защиты от COVID-19 для Национальной полиции",
        "НПУ",
        50_000_000,
        D(2021, 6, 1),
        D(2021, 11, 30),
        "отменен",
    ),
    (
        4,
        "Оборудование для охраны морского участка государственной границы",
        "ГПСУ",
        36_500_000,
        D(2021, 7, 1),
        D(2022, 6, 30),
        "приостановлен*",
    ),
]
r = put_rows(ws, jp, 4)
for row in range(4, r):
    ws.cell(row=row, column=4).number_format = "#,##0"
ws.cell(row=r, column=2, value="ИТОГО:").font = Font(bold=True)
ws.cell(row=r, column=4, value=269_500_000).font = Font(bold=True)
ws.cell(
    row=r + 2,
    column=1,
    value="* Поставка приостановлена до снятия карантинных ограничений; финансирование "
    "сохраняется в полном объеме, проект будет продолжен.",
)
ws.column_dimensions["B"].width = 75
wb.save(OUT / "Japan_MVD_2021.xlsx")
exp(jp[0][1], "Japan", "BORDER_CROSSING", "funded", "JPY", 110_000_000)  # all 2021
# 2020-03-01..2021-02-28 = 306+59 = 365 days, 59 in 2021; 73,000,000 x 59/365 = 11,800,000 (completed = funded)
exp(jp[1][1], "Japan", "OTHER", "funded", "JPY", 11_800_000)
exp(jp[2][1], "Japan", "COVID19", "cancelled", "JPY", 0)  # cancelled, amount still written
# suspended but funding kept (footnote): 2021-07-01..2022-06-30 = 365 days, 184 in 2021 -> 18,400,000
exp(jp[3][1], "Japan", "BORDER_SECURITY", "funded", "JPY", 18_400_000)

# ------------------------------------------------------------------------------------------------------------------
# 4 UK CSSF: start/end written "Q3/2021", "Q2/2022", "Sept. 2021", "Feb. 2022", "2021 Q4", "Dec. 2021"; one project's
#   end date is before its start date (typo, cannot be resolved: counts nothing)
wb = Workbook()
ws = wb.active
ws.title = "CSSF"
ws["A1"] = "British Embassy Kyiv – Conflict, Stability and Security Fund (CSSF): MIA-related projects 2021"
ws["A1"].font = Font(bold=True)
header(ws, 3, ["Project", "Beneficiary", "Start", "End", "Budget (GBP)", "Status"])
uk = [
    (
        "Risk analysis training for border guards on the Ukraine–Belarus border section",
        "SBGS",
        "Q3/2021",
        "Q2/2022",
        365_000,
        "on track",
    ),
    (
        "Investigating darknet drug sales: training for the Cyber Police",
        "NPU",
        "Sept. 2021",
        "Feb. 2022",
        181_000,
        "on track",
    ),
    (
        "Police first responders to domestic violence: training of trainers",
        "NPU",
        "2021 Q4",
        "Dec. 2021",
        90_000,
        "delayed",
    ),
    (
        "Electronic custody records pilot in Poltava oblast",
        "NPU",
        D(2021, 6, 1),
        D(2020, 5, 31),
        240_000,
        "on track",
    ),
    (
        "Community policing: joint safety plans with hromada councils in Zaporizhzhia oblast",
        "NPU",
        D(2021, 1, 1),
        D(2021, 12, 31),
        200_000,
        "on track",
    ),
]
r = put_rows(ws, uk, 4, "DD/MM/YYYY")
ws.cell(row=r, column=1, value="Total").font = Font(bold=True)
ws.cell(row=r, column=5, value=1_076_000).font = Font(bold=True)
ws.cell(
    row=r + 2,
    column=1,
    value="Quarters are calendar quarters (Q1 = January–March). Budget = total budget of "
    "the project over its whole period.",
)
ws.column_dimensions["A"].width = 80
wb.save(OUT / "UK_CSSF_MIA_projects_2021.xlsx")
# Q3 2021..Q2 2022 = 2021-07-01..2022-06-30 = 365 days, 184 in 2021 -> 184,000
exp(uk[0][0], "UK", "BORDER_SECURITY", "funded", "GBP", 184_000)
# Sept 2021..Feb 2022 = 2021-09-01..2022-02-28 = 30+31+30+31+31+28 = 181 days, 122 in 2021 -> 122,000
exp(uk[1][0], "UK", "DRUGS", "funded", "GBP", 122_000)
exp(uk[2][0], "UK", "DOMESTIC_VIOLENCE", "funded", "GBP", 90_000)  # Oct-Dec 2021
exp(uk[3][0], "UK", "CUSTODY", "funded", "GBP", 0)  # end 31/05/2020 before start 01/06/2021: no valid period
exp(uk[4][0], "UK", "COMMUNITY_POLICING", "funded", "GBP", 200_000)  # all 2021

# ------------------------------------------------------------------------------------------------------------------
# 5 USAID (Ukrainian): an empty row between every project; amounts as text with "$" after ("730 000 $"); periods in
#   Roman-numeral quarters "III кв. 2021 – II кв. 2022"; totals "Разом"
wb = Workbook()
ws = wb.active
ws.title = "USAID"
ws["A1"] = "Агентство США з міжнародного розвитку (USAID) – проєкти у системі МВС України, 2021 рік"
ws["A1"].font = Font(bold=True)
header(ws, 3, ["№", "Назва проєкту", "Бенефіціар", "Виконавець", "Період реалізації", "Бюджет", "Статус"])
us = [
    (
        1,
        "Поліція громади: дільничні офіцери в об'єднаних територіальних громадах Чернігівщини",
        "НПУ",
        "Chemonics International",
        "I кв. 2021 – IV кв. 2022",
        "730 000 $",
        "реалізується",
    ),
    (
        2,
        "Протидія торгівлі людьми: гаряча лінія та притулки для постраждалих",
        "НПУ, ДМС",
        "Winrock International",
        "III кв. 2021 – II кв. 2022",
        "365 000 $",
        "реалізується",
    ),
    (
        3,
        "Реагування на COVID-19: засоби захисту для рятувальників ДСНС",
        "ДСНС",
        "Pact",
        "II кв. 2021",
        "120 000 $",
        "реалізується",
    ),
    (
        4,
        "Біометрична ідентифікація та облік нелегальних мігрантів у ДМС",
        "ДМС",
        "буде визначено",
        "IV кв. 2021 – III кв. 2022",
        "365 000 $",
        "планується",
    ),
    (
        5,
        "Навчання слідчих з розслідування кіберзлочинів",
        "НПУ",
        "ABA ROLI",
        "IV кв. 2019 – IV кв. 2020",
        "250 000 $",
        "завершено",
    ),
]
r = put_rows(ws, us, 4, step=2)  # rows 4, 6, 8, 10, 12 with an empty row after each
ws.cell(row=r, column=2, value="Разом").font = Font(bold=True)
ws.cell(row=r, column=6, value="1 830 000 $").font = Font(bold=True)
ws.cell(row=r + 2, column=1, value="Бюджет – загальна сума проєкту за весь період реалізації, дол. США.")
ws.column_dimensions["B"].width = 80
ws.column_dimensions["E"].width = 28
wb.save(OUT / "USAID_proekty_MVS_2021.xlsx")
# Q1 2021..Q4 2022 = 730 days, 365 in 2021; 730,000 x 365/730 = 365,000
exp(us[0][1], "USAID", "COMMUNITY_POLICING", "funded", "USD", 365_000)
# Q3 2021..Q2 2022 = 365 days, 184 in 2021 -> 184,000
exp(us[1][1], "USAID", "TRAFFICKING", "funded", "USD", 184_000)
exp(us[2][1], "USAID", "COVID19", "funded", "USD", 120_000)  # Q2 2021
# Q4 2021..Q3 2022 = 2021-10-01..2022-09-30 = 365 days, 92 in 2021 -> 92,000; planned
exp(us[3][1], "USAID", "ILLEGAL_MIGRATION", "pipeline", "USD", 92_000)
exp(us[4][1], "USAID", "OTHER", "funded", "USD", 0)  # ended 2020

# ------------------------------------------------------------------------------------------------------------------
# 6 Switzerland CSV (Russian, semicolons, UTF-8 without BOM): a title line naming CHF; the amount column's header is
#   left blank; amounts with spaces as thousands separators; a totals line "Итого"
sw_hdr = ["№", "Название проекта", "Бенефициар", "", "Начало", "Окончание", "Статус"]
sw = [
    (
        "1",
        "Бесплатная правовая помощь задержанным в изоляторах временного содержания",
        "НПУ",
        "1 095 000",
        "01.01.2021",
        "31.12.2023",
        "реализуется",
    ),
    (
        "2",
        "Гуманитарное разминирование: оборудование для пиротехнических подразделений ГСЧС",
        "ГСЧС",
        "450 000",
        "01.04.2021",
        "31.12.2021",
        "реализуется",
    ),
    (
        "3",
        "Противодействие домашнему насилию: специализированные группы Национальной полиции",
        "НПУ",
        "731 000",
        "01.01.2020",
        "31.12.2021",
        "реализуется",
    ),
    (
        "4",
        "Ускорение пропуска пешеходов через КПВВ «Станица Луганская»",
        "ГПСУ",
        "182 000",
        "01.10.2021",
        "31.03.2022",
        "планируется",
    ),
]
with open(OUT / "SDC_Switzerland_MVD_2021.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, delimiter=";")
    w.writerow(
        [
            "Швейцарское бюро сотрудничества в Украине (SDC) – проекты в системе МВД; бюджеты проектов в CHF "
            "(за весь период)"
        ]
    )
    w.writerow([])
    w.writerow(sw_hdr)
    for row in sw:
        w.writerow(row)
    w.writerow(["", "Итого", "", "2 458 000", "", "", ""])
# 2021-01-01..2023-12-31 = 1095 days, 365 in 2021; 1,095,000 x 365/1095 = 365,000
exp(sw[0][1], "Switzerland", "CUSTODY", "funded", "CHF", 365_000)
exp(sw[1][1], "Switzerland", "OTHER", "funded", "CHF", 450_000)  # within 2021
# 2020-01-01..2021-12-31 = 366+365 = 731 days, 365 in 2021; 731,000 x 365/731 = 365,000
exp(sw[2][1], "Switzerland", "DOMESTIC_VIOLENCE", "funded", "CHF", 365_000)
# 2021-10-01..2022-03-31 = 92+90 = 182 days, 92 in 2021; 182,000 x 92/182 = 92,000; planned
exp(sw[3][1], "Switzerland", "BORDER_CROSSING", "pipeline", "CHF", 92_000)

# ------------------------------------------------------------------------------------------------------------------
# 7 Germany (English): the same title twice, Phase I (2019-2020, completed) and Phase II (2021-2023), phase in its own
#   column; a beneficiary "all MIA agencies"
wb = Workbook()
ws = wb.active
ws.title = "Germany"
ws["A1"] = "Federal Foreign Office of Germany – police and border projects in Ukraine (status: March 2021)"
ws["A1"].font = Font(bold=True)
header(
    ws, 3, ["Project title", "Phase", "Beneficiary", "Implementer", "Start", "End", "Budget (EUR)", "Status"]
)
custody_title = "Safeguards for detained persons: training of police custody officers"
de = [
    (custody_title, "Phase I", "NPU", "GIZ", D(2019, 1, 1), D(2020, 12, 31), 500_000, "completed"),
    (custody_title, "Phase II", "NPU", "GIZ", D(2021, 1, 1), D(2023, 12, 31), 1_095_000, "ongoing"),
    (
        "Mobile surveillance systems for the State Border Guard Service",
        "–",
        "SBGS",
        "GIZ",
        D(2021, 4, 1),
        D(2022, 3, 31),
        730_000,
        "ongoing",
    ),
    (
        "Advisory support to the MIA on strategic planning and budgeting",
        "–",
        "all MIA agencies",
        "GIZ",
        D(2021, 1, 1),
        D(2021, 12, 31),
        300_000,
        "ongoing",
    ),
]
r = put_rows(ws, de, 4)
ws.cell(row=r, column=1, value="Total").font = Font(bold=True)
ws.cell(row=r, column=7, value=2_625_000).font = Font(bold=True)
ws.cell(
    row=r + 2,
    column=1,
    value="Phase II continues Phase I with a new agreement and budget. Funded by the "
    "Federal Foreign Office, implemented by GIZ.",
)
ws.column_dimensions["A"].width = 70
wb.save(OUT / "Germany_AA_police_border_2021.xlsx")
exp(custody_title, "Germany", "CUSTODY", "funded", "EUR", 0)  # Phase I, 2019-2020
# Phase II: 2021-01-01..2023-12-31 = 1095 days, 365 in 2021; 1,095,000 x 365/1095 = 365,000
exp(custody_title, "Germany", "CUSTODY", "funded", "EUR", 365_000)
# 2021-04-01..2022-03-31 = 365 days, 275 in 2021; 730,000 x 275/365 = 550,000
exp(de[2][0], "Germany", "BORDER_SECURITY", "funded", "EUR", 550_000)
exp(de[3][0], "Germany", "OTHER", "funded", "EUR", 300_000)

# ------------------------------------------------------------------------------------------------------------------
# 8 Poland CSV (English, commas, quoted amounts): "Amount (thousand PLN)" with decimals ("1,250.5"); months
#   abbreviated "Mar. 2021", "Sept. 2021"
pl_hdr = ["No", "Project", "Beneficiary", "Start", "End", "Amount (thousand PLN)", "Status"]
pl = [
    (
        "1",
        "Protecting the EU external border: study visits and equipment for SBGS border patrols",
        "SBGS",
        "Mar. 2021",
        "Nov. 2021",
        "1,250.5",
        "ongoing",
    ),
    (
        "2",
        "Equipment for State Emergency Service rescue units in Lviv oblast",
        "SESU",
        "Jan. 2021",
        "Dec. 2022",
        "730.0",
        "ongoing",
    ),
    (
        "3",
        "Police response to domestic violence in rural communities",
        "NPU",
        "Sept. 2021",
        "Aug. 2022",
        "365.0",
        "ongoing",
    ),
]
with open(OUT / "Polish_Aid_MIA_2021.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, quoting=csv.QUOTE_MINIMAL)
    w.writerow(
        [
            "Polish Aid (Ministry of Foreign Affairs of the Republic of Poland) - projects with the MIA of Ukraine"
        ]
    )
    w.writerow(pl_hdr)
    for row in pl:
        w.writerow(row)
    w.writerow(["", "Total", "", "", "", "2,345.5", ""])
exp(pl[0][1], "Poland", "BORDER_SECURITY", "funded", "PLN", 1_250_500)  # Mar-Nov 2021, 1,250.5 thousand
# Jan 2021..Dec 2022 = 730 days, 365 in 2021; 730,000 x 365/730 = 365,000
exp(pl[1][1], "Poland", "OTHER", "funded", "PLN", 365_000)
# Sept 2021..Aug 2022 = 2021-09-01..2022-08-31 = 365 days, 122 in 2021; 365,000 x 122/365 = 122,000
exp(pl[2][1], "Poland", "DOMESTIC_VIOLENCE", "funded", "PLN", 122_000)

# ------------------------------------------------------------------------------------------------------------------
# 9 UNODC (English): "Amount, thousand" with a currency column and decimal numbers; totals per currency "Σ USD" /
#   "Σ EUR"; "all MIA agencies"; a project pending donor approval
wb = Workbook()
ws = wb.active
ws.title = "UNODC"
ws["A1"] = "UNODC Programme Office in Ukraine – projects with the Ministry of Internal Affairs system"
ws["A1"].font = Font(bold=True)
header(ws, 3, ["Project", "Beneficiary", "Start", "End", "Currency", "Amount, thousand", "Status"])
un = [
    (
        "Container Control Programme: port control units detecting drug shipments in Odesa port",
        "NPU, SBGS",
        D(2021, 1, 1),
        D(2022, 12, 31),
        "USD",
        1250.5,
        "ongoing",
    ),
    (
        "Countering trafficking in persons: training for investigators and prosecutors",
        "NPU",
        D(2021, 7, 1),
        D(2022, 6, 30),
        "USD",
        365.0,
        "ongoing",
    ),
    (
        "Anti-corruption compliance in the MIA system",
        "all MIA agencies",
        D(2021, 1, 1),
        D(2021, 12, 31),
        "EUR",
        150.0,
        "ongoing",
    ),
    (
        "Forensic identification of synthetic drugs and precursors",
        "NPU",
        D(2021, 10, 1),
        D(2022, 9, 30),
        "USD",
        365.0,
        "pending donor approval",
    ),
]
r = put_rows(ws, un, 4)
for row in range(4, r):
    ws.cell(row=row, column=6).number_format = "#,##0.0"
ws.cell(row=r, column=5, value="Σ USD").font = Font(bold=True)
ws.cell(row=r, column=6, value=1980.5).font = Font(bold=True)
ws.cell(row=r + 1, column=5, value="Σ EUR").font = Font(bold=True)
ws.cell(row=r + 1, column=6, value=150.0).font = Font(bold=True)
ws.cell(row=r + 3, column=1, value="Amounts are total project budgets in thousands of the currency shown.")
ws.column_dimensions["A"].width = 80
wb.save(OUT / "UNODC_MIA_projects_2021.xlsx")
# 1,250,500 x 365/730 = 625,250
exp(un[0][0], "UNODC", "DRUGS", "funded", "USD", 625_250)
# 2021-07-01..2022-06-30 = 365 days, 184 in 2021; 365,000 x 184/365 = 184,000
exp(un[1][0], "UNODC", "TRAFFICKING", "funded", "USD", 184_000)
exp(un[2][0], "UNODC", "OTHER", "funded", "EUR", 150_000)
# 2021-10-01..2022-09-30 = 365 days, 92 in 2021 -> 92,000; pending donor approval = pipeline
exp(un[3][0], "UNODC", "DRUGS", "pipeline", "USD", 92_000)

# ------------------------------------------------------------------------------------------------------------------
# 10 Sweden (English): currency only in the title row, "Amount, thousand" with decimal commas as text ("3 650,0");
#   statuses "on track" / "delayed" / "cancelled in May 2021" (amount still written)
wb = Workbook()
ws = wb.active
ws.title = "Sheet1"
ws["A1"] = "Embassy of Sweden in Kyiv – Swedish support to the MIA system (all amounts in SEK)"
ws["A1"].font = Font(bold=True)
header(ws, 3, ["No.", "Project", "Beneficiary", "Start", "End", "Amount, thousand", "Status"])
se = [
    (
        1,
        "Community policing: school and youth safety officers in Kherson oblast",
        "NPU",
        D(2021, 1, 1),
        D(2022, 12, 31),
        "3 650,0",
        "on track",
    ),
    (
        2,
        "Readmission and return of irregular migrants: capacity of the State Migration Service",
        "SMS",
        D(2021, 4, 1),
        D(2022, 3, 31),
        "1 460,0",
        "delayed",
    ),
    (
        3,
        "Independent monitoring of police detention facilities by the National Preventive Mechanism",
        "NPU",
        D(2021, 1, 1),
        D(2021, 12, 31),
        "800,0",
        "on track",
    ),
    (
        4,
        "Strategic communications of the MIA press service",
        "MIA",
        D(2021, 3, 1),
        D(2021, 12, 31),
        "500,0",
        "cancelled in May 2021",
    ),
]
r = put_rows(ws, se, 4, "YYYY-MM-DD")
ws.cell(row=r, column=2, value="Total").font = Font(bold=True)
ws.cell(row=r, column=6, value="6 410,0").font = Font(bold=True)
ws.cell(row=r + 2, column=1, value="Amount = total budget of the project, thousand SEK.")
ws.column_dimensions["B"].width = 80
wb.save(OUT / "Sweden_Embassy_MIA_support.xlsx")
# 3,650,000 x 365/730 = 1,825,000
exp(se[0][1], "Sweden", "COMMUNITY_POLICING", "funded", "SEK", 1_825_000)
# 2021-04-01..2022-03-31 = 365 days, 275 in 2021; 1,460,000 x 275/365 = 1,100,000
exp(se[1][1], "Sweden", "ILLEGAL_MIGRATION", "funded", "SEK", 1_100_000)
exp(se[2][1], "Sweden", "CUSTODY", "funded", "SEK", 800_000)
exp(se[3][1], "Sweden", "OTHER", "cancelled", "SEK", 0)

with open(OUT.parent / "expected.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=list(EXP[0]))
    w.writeheader()
    w.writerows(EXP)
print(len(EXP), "expected lines")
