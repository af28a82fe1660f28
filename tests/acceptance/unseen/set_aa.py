# ruff: noqa: B007 - a data script written blind: its loops unpack whole rows and use a few fields
"""Blind partner files, set AA: written without reading the reader's code. Expected values by hand.

Files that MIX several traits each: a U.S. INL table of obligations by U.S. fiscal year (FY2020/FY2021/FY2022,
1 Oct - 30 Sep) with amounts as "$730K" / "$1.095MM" and remarks that cancel or reduce a project (USA); a UK CSSF
CSV export with "Exported by:" / "Export date:" lines above the header and totals below, UK financial years
"2020/21", "2021/22", "2022/23", Phase I / Phase II of one programme and a project on two FY rows (UK); a
Ukrainian PivotTable export in tabular form with the donor only on its first row, "… Підсумок" and "Загальний
підсумок" rows, "(пусто)" cells, indented titles and year columns 2021 / 2022 in UAH (Norway, Switzerland,
Poland); a Russian IOM workbook with a sheet per beneficiary agency (НПУ, ГПСУ, ГМС), one project split over two
agency sheets, status codes (Р/З/П/О) explained on a legend sheet, a footnote mark "П¹", periods as quarters and
half-years and amounts as "912.500,00 €", "CAD 1,2 млн", "CHF 0,73 млн" (donors EU, Canada, USA, Germany,
Switzerland); a Ukrainian Word-style table pasted into Excel with partner and implementer merged over rows, line
breaks inside cells, "1.460.000,00 €" / "USD 1,095 млн" and remarks that extend, reduce or cancel (Germany,
Netherlands); a Ukrainian semicolon CSV register export with metadata and a status legend above the header,
summary lines after, amounts as "1 млн 200 тис. грн", "₴ 3 650 000", "7,3 млн грн" and periods "II півр. 2021 –
I півр. 2022", "IV кв. 2021 – III кв. 2022" (EU, USA, Lithuania, Japan, Canada); an English UNODC pivot by donor
with "(blank)", "… Total" and "Grand Total" rows and real start/end dates (Denmark, Sweden, UNODC); an EU table
with "1.234.567,89 €" amounts, periods "H1 2021", "H2 2021 – H1 2022", "Q3/2021", a project on two budget-line
rows and remarks that reduce, cancel or extend (EU).

Usage: python set_aa.py OUT_DIR  -> OUT_DIR/raw/<partner files>, OUT_DIR/expected.csv
Convention: a given 2021 figure is taken as is; otherwise total x days in 2021 / days of the project (both ends
included); a month runs first to last day; outside 2021 -> 0; cancelled -> 0; planned / pipeline projects count
with status "pipeline". A fiscal-year amount is spread by days over its fiscal year (US FY2021 = 2020-10-01 ..
2021-09-30, 273 of its 365 days in 2021; UK 2021/22 = 2021-04-01 .. 2022-03-31, 275 of 365 days in 2021). A
project on several rows (per year, budget line or agency sheet) is one project with the sum of its rows. Amounts
are in the row's currency after units. A remark that changes budget, end date or status is applied.
"""

import csv
import datetime as dt
import shutil
import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

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
PIVOT_HEAD = PatternFill("solid", fgColor="DDEBF7")
PIVOT_SUB = PatternFill("solid", fgColor="BDD7EE")
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def bold_row(ws, row):
    for c in ws[row]:
        c.font = Font(bold=True)


def fill_row(ws, row, fill):
    for c in ws[row]:
        c.fill = fill


def wrap_all(ws, min_row=1):
    for row in ws.iter_rows(min_row=min_row):
        for c in row:
            if isinstance(c.value, str) and "\n" in c.value:
                c.alignment = WRAP


def one_line(s):
    return " ".join(s.split("\n"))


# ------------------------------------------------------------------------------------------------------------------
# 1 USA (INL): obligations by U.S. fiscal year in three columns FY2020 / FY2021 / FY2022, amounts as "$730K",
#   "$1.095MM", "$500,000"; a Remarks column that cancels one project and reduces another's FY2021 obligation; a
#   "pending congressional notification" status (pipeline); a Total row with the figures as written.
us = [
    # title, agency, implementer, FY2020, FY2021, FY2022, status, remarks
    [
        "Border security: thermal imaging cameras and patrol vehicles for the State Border Guard Service on the "
        "Ukraine-Belarus border",
        "SBGS",
        "EXBS",
        "",
        "$730K",
        "$0.365MM",
        "Active",
        "",
    ],
    [
        "Counter-trafficking in persons: victim-centred investigations by National Police anti-trafficking units",
        "NPU",
        "IOM",
        "$250K",
        "$1.095MM",
        "$0.73MM",
        "Active",
        "",
    ],
    [
        "Community policing: Police Station Officer training in Donetsk and Luhansk oblasts",
        "NPU",
        "DOJ/ICITAP",
        "",
        "$500,000",
        "",
        "On hold",
        "Cancelled in May 2021 (implementer could not deliver); funds de-obligated",
    ],
    [
        "Domestic violence: mobile police response teams and survivor referral in Kharkiv and Odesa oblasts",
        "NPU",
        "La Strada-Ukraine",
        "",
        "$1.0MM",
        "",
        "Active",
        "FY2021 obligation reduced to $730,000 (modification No. 2, March 2021)",
    ],
    [
        "Illegal migration: State Migration Service capacity to identify and return irregular migrants",
        "SMS",
        "IOM",
        "",
        "",
        "$1.46MM",
        "Pending Congressional Notification",
        "Start expected 1 Oct 2021 (beginning of FY2022)",
    ],
]
wb = Workbook()
ws = wb.active
ws.title = "INL MIA FY20-22"
ws["A1"] = (
    "U.S. Department of State - Bureau of International Narcotics and Law Enforcement Affairs (INL), Kyiv"
)
ws["A1"].font = Font(bold=True, size=12)
ws["A2"] = (
    "Assistance to the MIA of Ukraine - obligations by U.S. fiscal year (FY runs 1 October - 30 September; "
    "FY2021 = 1 Oct 2020 - 30 Sep 2021). Status as of 15 December 2021."
)
ws.append([])
ws.append(
    [
        "#",
        "Program",
        "MIA agency",
        "Implementer",
        "FY2020 obligations",
        "FY2021 obligations",
        "FY2022 obligations",
        "Status",
        "Remarks",
    ]
)
bold_row(ws, 4)
for n, r in enumerate(us, 1):
    ws.append([n] + r)
# FY2020: 250,000; FY2021 as written: 730,000 + 1,095,000 + 500,000 + 1,000,000 = 3,325,000;
# FY2022: 365,000 + 730,000 + 1,460,000 = 2,555,000
ws.append(["", "Total", "", "", "$250,000", "$3,325,000", "$2,555,000", "", ""])
bold_row(ws, ws.max_row)
ws.column_dimensions["B"].width = 90
ws.column_dimensions["I"].width = 60
wb.save(OUT / "INL_Kyiv_MIA_obligations_by_FY.xlsx")
# FY2021 730,000 x 273/365 = 546,000 + FY2022 365,000 x 92/365 = 92,000 -> 638,000
exp(us[0][0], "USA", "BORDER_SECURITY", "funded", "USD", 638_000)
# FY2020 (ends 30.09.2020) -> 0; FY2021 1,095,000 x 273/365 = 819,000; FY2022 730,000 x 92/365 = 184,000
#   -> 1,003,000
exp(us[1][0], "USA", "TRAFFICKING", "funded", "USD", 1_003_000)
# remark: cancelled in May 2021 -> cancelled, 0
exp(us[2][0], "USA", "COMMUNITY_POLICING", "cancelled", "USD", 0)
# remark: FY2021 reduced to 730,000 -> 730,000 x 273/365 = 546,000
exp(us[3][0], "USA", "DOMESTIC_VIOLENCE", "funded", "USD", 546_000)
# pending CN -> pipeline; FY2022 1,460,000 x 92/365 = 368,000
exp(us[4][0], "USA", "ILLEGAL_MIGRATION", "pipeline", "USD", 368_000)

# ------------------------------------------------------------------------------------------------------------------
# 2 UK (CSSF): CSV (comma, UTF-8 with BOM) with "Exported by:", "Export date:", "Report:" lines above the header
#   and summary lines after; UK financial years "2020/21", "2021/22", "2022/23" (1 April - 31 March); Phase I /
#   Phase II of one programme as two projects; Phase II and a domestic-abuse project each on two FY rows.
uk_head = [
    "Programme",
    "Implementer",
    "MIA beneficiary",
    "Financial year",
    "Allocation (GBP)",
    "Status",
    "Remarks",
]
UK_MS1 = "Countering modern slavery and human trafficking in Ukraine (Phase I)"
UK_MS2 = "Countering modern slavery and human trafficking in Ukraine (Phase II)"
UK_MINE = "Humanitarian mine action: explosive ordnance disposal capacity of the State Emergency Service"
UK_CP = "Community policing and public trust in the National Police in Donbas"
UK_DA = "Domestic abuse: specialist police response and survivor support"
uk = [
    [UK_MS1, "IOM", "NPU", "2020/21", "£365,000", "Closed", ""],
    [UK_MS2, "IOM", "NPU", "2021/22", "£730,000", "Live", ""],
    [UK_MS2, "IOM", "NPU", "2022/23", "£400,000", "Live", "Indicative allocation"],
    [UK_MINE, "HALO Trust", "SES", "2021/22", "£1.095m", "Live", ""],
    [UK_CP, "Saferworld", "NPU", "2021/22", "£365,000", "Pipeline - under negotiation", "Not yet contracted"],
    [UK_DA, "UNFPA", "NPU", "2020/21", "£146,000", "Live", ""],
    [UK_DA, "UNFPA", "NPU", "2021/22", "£292,000", "Live", ""],
]
with open(OUT / "BEK_CSSF_Ukraine_home_affairs_export.csv", "w", newline="", encoding="utf-8-sig") as f:
    w = csv.writer(f)
    w.writerow(["Exported by:", "A. Thompson (British Embassy Kyiv - CSSF programme team)"])
    w.writerow(["Export date:", "06/12/2021"])
    w.writerow(["Report:", "CSSF Ukraine - Home Affairs portfolio by UK financial year (1 April - 31 March)"])
    w.writerow([])
    w.writerow(uk_head)
    for r in uk:
        w.writerow(r)
    w.writerow([])
    # 365,000+730,000+400,000+1,095,000+365,000+146,000+292,000 = 3,393,000
    w.writerow(["Total allocation", "", "", "", "£3,393,000", "", ""])
    w.writerow(["Number of programmes", "5"])
    w.writerow(["Source: CSSF programme management system"])
# 2020/21 = 2020-04-01..2021-03-31 (275+90 = 365 days, 90 in 2021) -> 365,000 x 90/365 = 90,000
exp(UK_MS1, "UK", "TRAFFICKING", "funded", "GBP", 90_000)
# 2021/22: 730,000 x 275/365 = 550,000; 2022/23 -> 0 -> 550,000
exp(UK_MS2, "UK", "TRAFFICKING", "funded", "GBP", 550_000)
# 1.095m x 275/365 = 825,000
exp(UK_MINE, "UK", "OTHER", "funded", "GBP", 825_000)
# pipeline; 365,000 x 275/365 = 275,000
exp(UK_CP, "UK", "COMMUNITY_POLICING", "pipeline", "GBP", 275_000)
# 146,000 x 90/365 = 36,000 + 292,000 x 275/365 = 220,000 -> 256,000
exp(UK_DA, "UK", "DOMESTIC_VIOLENCE", "funded", "GBP", 256_000)

# ------------------------------------------------------------------------------------------------------------------
# 3 MIA: Ukrainian PivotTable export (tabular form): donor only on its first row, "(пусто)" for a missing
#   implementer, "<Donor> Підсумок" subtotal rows and "Загальний підсумок"; year columns 2021 / 2022 in UAH;
#   project titles indented; a report filter line on top.
pv = [
    # donor, title, implementer, status, 2021, 2022
    [
        "Норвегія",
        "Гуманітарне розмінування: обладнання для піротехнічних підрозділів ДСНС",
        "ПРООН",
        "фінансується",
        12_500_000,
        8_000_000,
    ],
    [
        None,
        "Протидія домашньому насильству: навчання мобільних груп реагування поліції",
        "(пусто)",
        "фінансується",
        3_200_000,
        None,
    ],
    [
        "Швейцарія",
        "Поліцейський офіцер громади: підтримка громад Харківської області",
        "DCAF",
        "на погодженні",
        None,
        4_000_000,
    ],
    [
        None,
        "COVID-19: засоби індивідуального захисту для Національної гвардії України",
        "ПРООН",
        "фінансується",
        1_750_000,
        None,
    ],
    [
        "Польща",
        "Облаштування пунктів пропуску на українсько-польському кордоні (Ягодин, Устилуг)",
        "Фонд «Солідарність»",
        "фінансується",
        6_000_000,
        6_000_000,
    ],
]
wb = Workbook()
ws = wb.active
ws.title = "Зведена"
ws["A1"] = "Бенефіціар"
ws["B1"] = "(Усі)"
ws.append([])
ws.append(["Сума за полем Сума, грн", None, None, None, "Назви стовпців"])
ws.append(["Донор", "Назва проєкту", "Виконавець", "Статус", 2021, 2022, "Загальний підсумок"])
bold_row(ws, 4)
fill_row(ws, 4, PIVOT_HEAD)


def pv_total(label, rows):
    a = sum(r[4] or 0 for r in rows)
    b = sum(r[5] or 0 for r in rows)
    ws.append([label, None, None, None, a, b, a + b])
    bold_row(ws, ws.max_row)
    fill_row(ws, ws.max_row, PIVOT_SUB)


groups = [("Норвегія", pv[0:2]), ("Швейцарія", pv[2:4]), ("Польща", pv[4:5])]
for donor, rows in groups:
    for r in rows:
        ws.append(r[:6] + [(r[4] or 0) + (r[5] or 0)])
        ws.cell(row=ws.max_row, column=2).alignment = Alignment(indent=1)
    pv_total(f"{donor} Підсумок", rows)
# 2021: 12.5 + 3.2 + 1.75 + 6.0 = 23,450,000; 2022: 8 + 4 + 6 = 18,000,000; total 41,450,000
pv_total("Загальний підсумок", pv)
for row in ws.iter_rows(min_row=5):
    for c in row[4:7]:
        c.number_format = '#,##0 "₴"'
ws.column_dimensions["A"].width = 22
ws.column_dimensions["B"].width = 80
wb.save(OUT / "MVS_MTD_zvedena_2021-2022.xlsx")
# 2021 column given: 12,500,000
exp(pv[0][1], "Norway", "OTHER", "funded", "UAH", 12_500_000)
exp(pv[1][1], "Norway", "DOMESTIC_VIOLENCE", "funded", "UAH", 3_200_000)
# "на погодженні" (under approval) -> pipeline; 2021 empty -> 0
exp(pv[2][1], "Switzerland", "COMMUNITY_POLICING", "pipeline", "UAH", 0)
exp(pv[3][1], "Switzerland", "COVID19", "funded", "UAH", 1_750_000)
exp(pv[4][1], "Poland", "BORDER_CROSSING", "funded", "UAH", 6_000_000)

# ------------------------------------------------------------------------------------------------------------------
# 4 IOM (Russian): a sheet per beneficiary agency (НПУ, ГПСУ, ГМС), budget = the agency's part; one project on
#   the НПУ and ГПСУ sheets with its own part on each; status codes Р/З/П/О explained on a legend sheet; a
#   footnote mark "П¹" explained below the ГМС table; periods as dates, half-years, quarters, years.
IOM_TR = "Противодействие торговле людьми: усиление потенциала по выявлению и защите жертв"
IOM_DV = "Противодействие домашнему насилию: кризисные комнаты в отделениях полиции"
IOM_BCP = "Модернизация пунктов пропуска на границе с Республикой Молдова"
IOM_MIG = "Противодействие нелегальной миграции: пункты временного содержания иностранцев"
IOM_COV = "Реагирование на COVID-19: санитарная обработка в пунктах временного размещения"
IOM_RET = "Выявление незаконных мигрантов и их возвращение в страны происхождения"
iom = {
    "НПУ": (
        "Национальная полиция Украины",
        [
            [IOM_TR, "Европейский союз", "01.07.2021 – 30.06.2022", "400 000 €", "Р"],
            [IOM_DV, "Канада", "2-е полугодие 2021 г.", "CAD 1,2 млн", "Р"],
        ],
        None,
    ),
    "ГПСУ": (
        "Государственная пограничная служба Украины",
        [
            [IOM_TR, "Европейский союз", "01.07.2021 – 30.06.2022", "330 000 €", "Р"],
            [IOM_BCP, "США", "2022 г.", "$ 600 000", "О"],
        ],
        None,
    ),
    "ГМС": (
        "Государственная миграционная служба Украины",
        [
            [IOM_MIG, "Европейский союз", "III кв. 2021 – II кв. 2022", "912.500,00 €", "Р"],
            [IOM_COV, "Германия", "2020 г.", "EUR 250 000", "З"],
            [IOM_RET, "Швейцария", "IV кв. 2021 – III кв. 2022", "CHF 0,73 млн", "П¹"],
        ],
        "¹ соглашение с донором находится на согласовании (не подписано)",
    ),
}
wb = Workbook()
first = True
for sheet, (agency, rows, foot) in iom.items():
    if first:
        ws = wb.active
        ws.title = sheet
        first = False
    else:
        ws = wb.create_sheet(sheet)
    ws["A1"] = f"МОМ – Представительство в Украине: проекты в интересах ведомства «{agency}»"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Бюджет – часть проекта, приходящаяся на данное ведомство. Статус – см. лист «Обозначения»."
    ws.append([])
    ws.append(["№", "Название проекта", "Донор", "Период реализации", "Бюджет (доля ведомства)", "Статус"])
    bold_row(ws, 4)
    for n, r in enumerate(rows, 1):
        ws.append([n] + r)
    if foot:
        ws.append([])
        ws.append([None, foot])
    ws.column_dimensions["B"].width = 85
    ws.column_dimensions["D"].width = 28
    ws.column_dimensions["E"].width = 24
lg = wb.create_sheet("Обозначения")
lg.append(["Код статуса", "Значение"])
bold_row(lg, 1)
for k, v in [("Р", "реализуется"), ("З", "завершён"), ("П", "планируется"), ("О", "отменён")]:
    lg.append([k, v])
lg.append([])
lg.append(["¹", "см. сноску под таблицей на листе"])
wb.save(OUT / "MOM_Ukraina_proekty_po_vedomstvam_MVD.xlsx")
# one project on two sheets: 400,000 + 330,000 = 730,000 EUR; 2021-07-01..2022-06-30 = 184+181 = 365 days,
#   184 in 2021 -> 2,000 x 184 = 368,000
exp(IOM_TR, "EU", "TRAFFICKING", "funded", "EUR", 368_000)
# 2nd half of 2021, all in 2021 -> 1,200,000 CAD
exp(IOM_DV, "Canada", "DOMESTIC_VIOLENCE", "funded", "CAD", 1_200_000)
# О = отменён -> cancelled, 0
exp(IOM_BCP, "USA", "BORDER_CROSSING", "cancelled", "USD", 0)
# III кв. 2021 - II кв. 2022 = 2021-07-01..2022-06-30 (365 d, 184 in 2021) -> 912,500 x 184/365 = 2,500 x 184
#   = 460,000
exp(IOM_MIG, "EU", "ILLEGAL_MIGRATION", "funded", "EUR", 460_000)
# З = завершён, 2020 -> 0
exp(IOM_COV, "Germany", "COVID19", "funded", "EUR", 0)
# П (planned, agreement not signed) -> pipeline; IV кв. 2021 - III кв. 2022 = 2021-10-01..2022-09-30
#   (365 d, 92 in 2021) -> 730,000 x 92/365 = 184,000 CHF
exp(IOM_RET, "Switzerland", "ILLEGAL_MIGRATION", "pipeline", "CHF", 184_000)

# ------------------------------------------------------------------------------------------------------------------
# 5 Germany / Netherlands: a Ukrainian Word table pasted into Excel: partner and implementer merged over the
#   partner's rows, line breaks inside cells, borders; amounts "1.460.000,00 €", "USD 1,095 млн"; periods
#   "01.01.2021 –\n31.12.2022", "І півріччя 2021", "Q3/2021 –\nQ2/2022"; Remarks that extend, reduce, cancel.
wd = [
    # n, title, period, budget, remarks
    [
        1,
        "Підтримка реформи поліції:\nнавчання поліцейських офіцерів громади\n(Житомирська та Полтавська області)",
        "01.01.2021 –\n31.12.2022",
        "1.460.000,00 €",
        "",
    ],
    [
        2,
        "Протидія незаконному обігу наркотиків:\nкінологічні підрозділи Національної поліції",
        "01.04.2021 –\n31.12.2021",
        "365.000,00 €",
        "Погоджено продовження строку\nбез збільшення бюджету до 31.03.2022",
    ],
    [
        3,
        "Цифровізація адміністративних послуг\nсервісних центрів МВС",
        "І півріччя 2021",
        "500.000,00 €",
        "Бюджет скорочено до 300.000,00 €\n(зміни до угоди від 15.03.2021)",
    ],
    [
        4,
        "Права затриманих:\nвідеоспостереження в ізоляторах\nтимчасового тримання",
        "Q3/2021 –\nQ2/2022",
        "USD 1,095 млн",
        "",
    ],
    [
        5,
        "Протидія домашньому насильству:\nмобільні групи поліції «ПОЛІНА»\nв Одеській області",
        "Q3/2021",
        "USD 250 000",
        "Скасовано у вересні 2021 р.",
    ],
]
wb = Workbook()
ws = wb.active
ws.title = "Аркуш1"
ws["A1"] = (
    "Довідка щодо проєктів міжнародної технічної допомоги\n(до засідання секторальної робочої групи, грудень 2021)"
)
ws.merge_cells("A1:G1")
ws["A1"].font = Font(bold=True)
ws["A1"].alignment = Alignment(wrap_text=True, horizontal="center")
ws.row_dimensions[1].height = 32
ws.append([])
ws.append(
    ["№\nз/п", "Партнер\n(донор)", "Виконавець", "Назва проєкту", "Строк\nреалізації", "Бюджет", "Примітки"]
)
bold_row(ws, 3)
for i, (n, title, per, bud, rem) in enumerate(wd):
    partner = None
    impl = None
    if i == 0:
        partner = "Уряд Федеративної\nРеспубліки Німеччина\n(BMZ)"
        impl = "GIZ\n(Німецьке товариство\nміжнародного\nспівробітництва)"
    if i == 3:
        partner = "Королівство\nНідерландів\n(Посольство\nв Україні)"
        impl = "ПРООН"
    ws.append([n, partner, impl, title, per, bud, rem])
ws.merge_cells("B4:B6")
ws.merge_cells("C4:C6")
ws.merge_cells("B7:B8")
ws.merge_cells("C7:C8")
for row in ws.iter_rows(min_row=3, max_row=8, max_col=7):
    for c in row:
        c.border = BOX
        c.alignment = WRAP
for col, wdt in zip("ABCDEFG", (6, 22, 22, 45, 16, 18, 34), strict=True):
    ws.column_dimensions[col].width = wdt
wb.save(OUT / "Dovidka_MTD_Nimechchyna_Niderlandy.xlsx")
# Germany: 1,460,000 EUR; 2021-01-01..2022-12-31 = 730 days, 365 in 2021 -> 730,000
exp(one_line(wd[0][1]), "Germany", "COMMUNITY_POLICING", "funded", "EUR", 730_000)
# extended to 31.03.2022: 2021-04-01..2022-03-31 = 275+90 = 365 days, 275 in 2021 -> 365,000 x 275/365 = 275,000
exp(one_line(wd[1][1]), "Germany", "DRUGS", "funded", "EUR", 275_000)
# reduced to 300,000; H1 2021, all in 2021 -> 300,000
exp(one_line(wd[2][1]), "Germany", "OTHER", "funded", "EUR", 300_000)
# Netherlands (UNDP implements): 1,095,000 USD; Q3/2021-Q2/2022 = 2021-07-01..2022-06-30 (365 d, 184 in 2021)
#   -> 3,000 x 184 = 552,000
exp(one_line(wd[3][1]), "Netherlands", "CUSTODY", "funded", "USD", 552_000)
# cancelled -> 0
exp(one_line(wd[4][1]), "Netherlands", "DOMESTIC_VIOLENCE", "cancelled", "USD", 0)

# ------------------------------------------------------------------------------------------------------------------
# 6 MIA register: Ukrainian CSV (semicolon, UTF-8 with BOM) with a title, "Експортовано:", "Дата експорту:" and a
#   status legend above the header, summary lines after; status abbreviations "вик.", "заверш.", "план.";
#   amounts "1 млн 200 тис. грн", "₴ 3 650 000", "7,3 млн грн", "4 млн 380 тис. грн"; periods as half-years,
#   quarters, dates, a year.
rg = [
    [
        1,
        "Посилення охорони державного кордону: засоби спостереження для ДПСУ на ділянці кордону з Білоруссю",
        "Європейський Союз (EU4IBM)",
        "ДПСУ",
        "I півріччя 2021",
        "1 млн 200 тис. грн",
        "заверш.",
    ],
    [
        2,
        "Безпека дорожнього руху: навчання патрульної поліції",
        "Уряд США (INL)",
        "НПУ",
        "II півр. 2021 – I півр. 2022",
        "₴ 3 650 000",
        "вик.",
    ],
    [
        3,
        "Протидія наркозлочинності: мобільні лабораторії експрес-аналізу наркотичних речовин",
        "Уряд Литовської Республіки",
        "НПУ",
        "01.03.2021–28.02.2022",
        "7,3 млн грн",
        "вик.",
    ],
    [
        4,
        "COVID-19: кисневі концентратори для закладів охорони здоров'я МВС",
        "Уряд Японії",
        "МВС",
        "2021",
        "₴ 2 500 000",
        "заверш.",
    ],
    [
        5,
        "Поліцейський офіцер громади: службові автомобілі для поліцейських станцій",
        "Уряд Канади",
        "НПУ",
        "IV кв. 2021 – III кв. 2022",
        "4 млн 380 тис. грн",
        "план.",
    ],
]
with open(OUT / "Reiestr_MTD_MVS_eksport_10-12-2021.csv", "w", newline="", encoding="utf-8-sig") as f:
    w = csv.writer(f, delimiter=";")
    w.writerow(["Реєстр проєктів міжнародної технічної допомоги – МВС України"])
    w.writerow(["Експортовано:", "Департамент міжнародного співробітництва МВС (О. Іваненко)"])
    w.writerow(["Дата експорту:", "10.12.2021"])
    w.writerow(["Статус:", "вик. – виконується; заверш. – завершено; план. – планується; скас. – скасовано"])
    w.writerow([])
    w.writerow(["№", "Назва проєкту", "Партнер", "Бенефіціар", "Період", "Сума", "Статус"])
    for r in rg:
        w.writerow(r)
    w.writerow([])
    w.writerow(["Усього записів:", "5"])
    # 1,200,000 + 3,650,000 + 7,300,000 + 2,500,000 + 4,380,000 = 19,030,000
    w.writerow(["Разом, грн:", "19 030 000"])
# H1 2021, all in 2021 -> 1,200,000 UAH
exp(rg[0][1], "EU", "BORDER_SECURITY", "funded", "UAH", 1_200_000)
# 2021-07-01..2022-06-30 (365 d, 184 in 2021) -> 3,650,000 x 184/365 = 1,840,000
exp(rg[1][1], "USA", "OTHER", "funded", "UAH", 1_840_000)
# 2021-03-01..2022-02-28 = 306+59 = 365 days, 306 in 2021 -> 7,300,000 x 306/365 = 20,000 x 306 = 6,120,000
exp(rg[2][1], "Lithuania", "DRUGS", "funded", "UAH", 6_120_000)
# 2021 -> 2,500,000
exp(rg[3][1], "Japan", "COVID19", "funded", "UAH", 2_500_000)
# план. -> pipeline; 2021-10-01..2022-09-30 (365 d, 92 in 2021) -> 4,380,000 x 92/365 = 12,000 x 92 = 1,104,000
exp(rg[4][1], "Canada", "COMMUNITY_POLICING", "pipeline", "UAH", 1_104_000)

# ------------------------------------------------------------------------------------------------------------------
# 7 UNODC: English PivotTable export (tabular form) by donor: donor only on its first row, "(blank)" for a missing
#   MIA agency, "<Donor> Total" rows and "Grand Total"; real start / end dates; one donor is UNODC's own budget.
un = [
    # donor, title, start, end, status, agency, USD
    [
        "Denmark",
        "Police custody standards: monitoring of temporary detention facilities (ITT) of the National Police",
        D(2021, 1, 1),
        D(2022, 12, 31),
        "Ongoing",
        "NPU",
        1_000_000,
    ],
    [
        None,
        "Counter-narcotics: drug interdiction by joint port control units at Odesa seaport",
        D(2021, 4, 1),
        D(2022, 3, 31),
        "Ongoing",
        "(blank)",
        730_000,
    ],
    [
        "Sweden",
        "Gender-based and domestic violence: training of police first responders",
        D(2020, 7, 1),
        D(2021, 6, 30),
        "Completed",
        "NPU",
        365_000,
    ],
    [
        "UNODC regular budget",
        "Smuggling of migrants: detection of irregular migration routes by SBGS and SMS",
        D(2021, 10, 1),
        D(2022, 9, 30),
        "Ongoing",
        "SBGS",
        1_095_000,
    ],
]
wb = Workbook()
ws = wb.active
ws.title = "Pivot"
ws["A1"] = "Region"
ws["B1"] = "Ukraine"
ws.append([])
ws.append(["Donor", "Project", "Start", "End", "Status", "MIA agency", "Sum of Budget (USD)"])
bold_row(ws, 3)
fill_row(ws, 3, PIVOT_HEAD)
for donor, rows in (("Denmark", un[0:2]), ("Sweden", un[2:3]), ("UNODC regular budget", un[3:4])):
    for r in rows:
        ws.append(r)
    ws.append([f"{donor} Total", None, None, None, None, None, sum(r[6] for r in rows)])
    bold_row(ws, ws.max_row)
    fill_row(ws, ws.max_row, PIVOT_SUB)
# 1,000,000 + 730,000 + 365,000 + 1,095,000 = 3,190,000
ws.append(["Grand Total", None, None, None, None, None, 3_190_000])
bold_row(ws, ws.max_row)
fill_row(ws, ws.max_row, PIVOT_SUB)
for row in ws.iter_rows(min_row=4):
    for c in row:
        if isinstance(c.value, D):
            c.number_format = "DD/MM/YYYY"
        elif isinstance(c.value, int):
            c.number_format = "#,##0"
ws.column_dimensions["A"].width = 24
ws.column_dimensions["B"].width = 90
wb.save(OUT / "UNODC_Ukraine_MIA_pivot_by_donor.xlsx")
# 2021-01-01..2022-12-31 = 730 days, 365 in 2021 -> 500,000
exp(un[0][1], "Denmark", "CUSTODY", "funded", "USD", 500_000)
# 2021-04-01..2022-03-31 = 365 days, 275 in 2021 -> 730,000 x 275/365 = 550,000
exp(un[1][1], "Denmark", "DRUGS", "funded", "USD", 550_000)
# 2020-07-01..2021-06-30 = 184+181 = 365 days, 181 in 2021 -> 181,000
exp(un[2][1], "Sweden", "DOMESTIC_VIOLENCE", "funded", "USD", 181_000)
# UNODC own money; 2021-10-01..2022-09-30 (365 d, 92 in 2021) -> 1,095,000 x 92/365 = 276,000
exp(un[3][1], "UNODC", "ILLEGAL_MIGRATION", "funded", "USD", 276_000)

# ------------------------------------------------------------------------------------------------------------------
# 8 EU: English table with European-formatted amounts ("1.234.567,89 €", "€ 900.000"); periods "H1 2021",
#   "H2 2021 – H1 2022", "Q3/2021", dates; one project on two budget-line rows; Remarks that reduce the budget,
#   cancel a project and extend another (no-cost) -> applied.
EU_IBM = "Integrated border management: EU4IBM mobile surveillance units for the State Border Guard Service"
EU_ITT = "Police custody: refurbishment of temporary detention facilities (ITT) to CPT standards"
EU_COV = "COVID-19 response: vaccination logistics and cold-chain support for the State Emergency Service"
EU_DRG = "Drug trafficking: early warning system on new psychoactive substances for the National Police"
EU_CP = "Community safety: Police Station Officers network in Donetsk and Luhansk oblasts"
eu = [
    ["ENI/2020/415-201", EU_IBM, "SBGS", "H1 2021", "Equipment", "1.234.567,89 €", "Completed", ""],
    ["ENI/2021/422-310", EU_ITT, "NPU", "H2 2021 – H1 2022", "Works", "547.500,00 €", "Ongoing", ""],
    ["ENI/2021/422-310", EU_ITT, "NPU", "H2 2021 – H1 2022", "Equipment", "182.500,00 €", "Ongoing", ""],
    [
        "ENI/2021/425-118",
        EU_COV,
        "SES",
        "Q3/2021",
        "Supplies",
        "500.000,00 €",
        "Ongoing",
        "Budget reduced to 300 000 € (addendum No 1, August 2021)",
    ],
    [
        "ENI/2021/427-005",
        EU_DRG,
        "NPU",
        "01.10.2021 – 30.09.2022",
        "Services",
        "€ 800.000",
        "Planned",
        "Cancelled in May 2021 - merged into the regional EU4MD action",
    ],
    [
        "ENI/2021/419-777",
        EU_CP,
        "NPU",
        "01.01.2021 – 30.09.2021",
        "Grant",
        "€ 900.000",
        "Ongoing",
        "No-cost extension to 31.12.2022 approved",
    ],
]
wb = Workbook()
ws = wb.active
ws.title = "MIA sector"
ws["A1"] = "Delegation of the European Union to Ukraine - Cooperation Section, Good Governance & Rule of Law"
ws["A1"].font = Font(bold=True, size=12)
ws["A2"] = "EU-funded actions with MIA system bodies - status as of 30.11.2021 (EU contribution in EUR)"
ws.append([])
ws.append(
    [
        "Ref.",
        "Action title",
        "Beneficiary",
        "Implementation period",
        "Budget line",
        "EU contribution",
        "Status",
        "Remarks",
    ]
)
bold_row(ws, 4)
for r in eu:
    ws.append(r)
# 1,234,567.89 + 547,500 + 182,500 + 500,000 + 800,000 + 900,000 = 4,164,567.89
ws.append(["TOTAL", "", "", "", "", "4.164.567,89 €", "", ""])
bold_row(ws, ws.max_row)
ws.column_dimensions["B"].width = 90
ws.column_dimensions["H"].width = 60
wb.save(OUT / "EUD_Ukraine_MIA_sector_actions_2021.xlsx")
# H1 2021, all in 2021 -> 1,234,567.89
exp(EU_IBM, "EU", "BORDER_SECURITY", "funded", "EUR", 1_234_567.89)
# two budget lines 547,500 + 182,500 = 730,000; H2 2021-H1 2022 = 2021-07-01..2022-06-30 (365 d, 184 in 2021)
#   -> 2,000 x 184 = 368,000
exp(EU_ITT, "EU", "CUSTODY", "funded", "EUR", 368_000)
# reduced to 300,000; Q3/2021 all in 2021 -> 300,000
exp(EU_COV, "EU", "COVID19", "funded", "EUR", 300_000)
# cancelled in May 2021 -> cancelled, 0
exp(EU_DRG, "EU", "DRUGS", "cancelled", "EUR", 0)
# extended: 2021-01-01..2022-12-31 = 730 days, 365 in 2021 -> 900,000 / 2 = 450,000
exp(EU_CP, "EU", "COMMUNITY_POLICING", "funded", "EUR", 450_000)

with open(OUT.parent / "expected.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=list(EXP[0]))
    w.writeheader()
    w.writerows(EXP)
print(len(EXP), "expected lines")
