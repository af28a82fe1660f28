# ruff: noqa: B007 - a data script written blind: its loops unpack whole rows and use a few fields
"""Blind partner files, set J: written without reading the reader's code. Expected values by hand.

Ordinary-looking returns (one sheet, a title row, a header, 4-5 projects, a totals row, a notes line) in English,
Ukrainian and Russian, each with one or two realistic quirks: a header split over two rows without merged cells,
footnote marks in amount cells ("250 000*", "1,2 млн¹"), titles wrapped by hand with line breaks and no description
column, statuses written as sentences, beneficiaries as full official names in the genitive joined by "та" / "і" /
"+" / "/", a currency column of words and symbols per row ("грн.", "дол. США", "€", "евро"), two-digit-year dates
("01.10.20"), dates as "1 березня 2021 р.", a Cyrillic sheet name with a trailing space and a hidden column holding
an old amount, ditto marks ("-//-", "то же", "ditto"), a "2021" column filled for only some rows.

Usage: python set_j.py OUT_DIR  -> OUT_DIR/raw/<partner files>, OUT_DIR/expected.csv
Convention: a given 2021 figure is taken as is; otherwise total x days in 2021 / days of the project (both ends
included); a month runs first to last day, a quarter first to last day; outside 2021 -> 0; cancelled -> 0.
Titles written with line breaks inside the cell are expected with each line break read as one space.
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

# ------------------------------------------------------------------------------------------------------------------
# 1 Sweden (Sida): header split over two rows WITHOUT merged cells ("Budget" above "(SEK)", "Agreement" above
#   "start" / "end"); totals row; notes line
wb = Workbook()
ws = wb.active
ws.title = "Sida"
ws["A1"] = "Embassy of Sweden in Kyiv – Swedish International Development Cooperation Agency (Sida)"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "Contributions in the MIA sector – return to the SWG Secretariat, April 2021"
hdr_top = ["No.", "Contribution", "Beneficiary", "Implementing", "Agreement", "Agreement", "Budget", "Status"]
hdr_bot = [None, "title", "agency", "partner", "start", "end", "(SEK)", None]
for j, (a, b) in enumerate(zip(hdr_top, hdr_bot, strict=True), start=1):
    ws.cell(row=4, column=j, value=a).font = BOLD
    ws.cell(row=5, column=j, value=b).font = BOLD
se = [
    (
        1,
        "Police response to domestic violence and support to survivors in Zaporizhzhia and Donetsk oblasts",
        "NPU",
        "Kvinna till Kvinna Foundation",
        D(2021, 1, 1),
        D(2022, 12, 31),
        10_000_000,
        "Ongoing",
    ),
    (
        2,
        "Gender-responsive community policing in rural hromadas",
        "NPU",
        "Swedish Police Authority",
        D(2020, 7, 1),
        D(2021, 6, 30),
        7_300_000,
        "Ongoing",
    ),
    (
        3,
        "Readmission of irregular migrants and operation of migrant accommodation centres",
        "SMS",
        "Swedish Migration Agency",
        D(2021, 4, 1),
        D(2022, 3, 31),
        3_650_000,
        "Ongoing",
    ),
    (
        4,
        "Human rights monitoring of police temporary detention facilities",
        "NPU",
        "Raoul Wallenberg Institute",
        D(2019, 1, 1),
        D(2020, 12, 31),
        2_000_000,
        "Completed",
    ),
]
r = 6
for row in se:
    for j, v in enumerate(row, start=1):
        c = ws.cell(row=r, column=j, value=v)
        if isinstance(v, D):
            c.number_format = "YYYY-MM-DD"
        if j == 7:
            c.number_format = "#,##0"
    r += 1
ws.cell(row=r, column=2, value="Total").font = BOLD
c = ws.cell(row=r, column=7, value=22_950_000)
c.font = BOLD
c.number_format = "#,##0"
ws.cell(row=r + 2, column=1, value="Note: budgets cover the whole agreement period, in Swedish kronor.")
ws.column_dimensions["B"].width = 80
ws.column_dimensions["D"].width = 30
wb.save(OUT / "Sida_SWG_return_April2021.xlsx")
exp(se[0][1], "Sweden", "DOMESTIC_VIOLENCE", "funded", "SEK", 5_000_000)  # 730 days, 365 in 2021
# 2020-07-01..2021-06-30 = 365 days, 181 in 2021; 7,300,000 x 181/365 = 3,620,000
exp(se[1][1], "Sweden", "COMMUNITY_POLICING", "funded", "SEK", 3_620_000)
# 2021-04-01..2022-03-31 = 365 days, 275 in 2021; 3,650,000 x 275/365 = 2,750,000
exp(se[2][1], "Sweden", "ILLEGAL_MIGRATION", "funded", "SEK", 2_750_000)
exp(se[3][1], "Sweden", "CUSTODY", "funded", "SEK", 0)  # ended 2020

# ------------------------------------------------------------------------------------------------------------------
# 2 Poland: amounts with footnote marks ("250 000*", "1,2 млн¹") explained under the table; dates as text with
#   two-digit years ("01.10.20")
wb = Workbook()
ws = wb.active
ws.title = "Arkusz1"
ws["A1"] = "Посольство Республіки Польща в Україні – програма «Польська допомога» (Polska pomoc)"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "Проєкти у сфері МВС України, 2021 рік"
ws.append([])
ws.append(["№", "Назва проєкту", "Бенефіціар", "Дата початку", "Дата закінчення", "Сума, PLN", "Статус"])
for c in ws[4]:
    c.font = BOLD
pl = [
    (
        1,
        "Електронний облік затриманих осіб в ізоляторах тимчасового тримання",
        "НПУ",
        "01.01.21",
        "31.12.21",
        "250 000*",
        "реалізується",
    ),
    (
        2,
        "Технічне оснащення підрозділів охорони державного кордону на ділянці з Білоруссю (тепловізори, транспорт)",
        "ДПСУ",
        "01.01.21",
        "31.12.22",
        "1,2 млн¹",
        "реалізується",
    ),
    (
        3,
        "Обмін досвідом польської поліції щодо роботи дільничних офіцерів поліції громади",
        "НПУ",
        "01.10.20",
        "30.09.21",
        146_000,
        "реалізується",
    ),
    (
        4,
        "Протидія домашньому насильству: мобільні групи поліції «Поліна»",
        "НПУ",
        "01.09.21",
        "31.08.22",
        182_500,
        "планується",
    ),
]
for row in pl:
    ws.append(list(row))
ws.append([None, "Разом", None, None, None, 1_778_500, None])
ws.cell(row=ws.max_row, column=2).font = BOLD
ws.append([])
ws.append(["* сума згідно з договором про надання гранту від 15.01.2021"])
ws.append(["¹ 1,2 млн злотих – загальна сума проєкту на 2021–2022 роки"])
ws.column_dimensions["B"].width = 85
wb.save(OUT / "Polska_pomoc_MVS_2021.xlsx")
exp(pl[0][1], "Poland", "CUSTODY", "funded", "PLN", 250_000)  # all of 2021; "*" is a footnote mark
# 1,200,000 over 2021-01-01..2022-12-31 = 730 days, 365 in 2021 -> 600,000
exp(pl[1][1], "Poland", "BORDER_SECURITY", "funded", "PLN", 600_000)
# 2020-10-01..2021-09-30 = 365 days, 273 in 2021; 146,000 x 273/365 = 109,200
exp(pl[2][1], "Poland", "COMMUNITY_POLICING", "funded", "PLN", 109_200)
# 2021-09-01..2022-08-31 = 365 days, 122 in 2021; 182,500 x 122/365 = 61,000; planned
exp(pl[3][1], "Poland", "DOMESTIC_VIOLENCE", "pipeline", "PLN", 61_000)

# ------------------------------------------------------------------------------------------------------------------
# 3 Japan: titles wrapped by hand (line breaks inside the cell), no description column; statuses as sentences
wb = Workbook()
ws = wb.active
ws.title = "Grant Assistance"
ws["A1"] = (
    "Embassy of Japan in Ukraine – grant assistance projects with the MIA system (as of 1 October 2021)"
)
ws["A1"].font = Font(bold=True, size=13)
ws.append([])
ws.append(["No.", "Project", "Beneficiary", "Start", "End", "Amount (JPY)", "Status"])
for c in ws[3]:
    c.font = BOLD
jp = [
    (
        1,
        "Provision of equipment to increase the throughput of\nvehicle lanes at the Krakovets and Shehyni\n"
        "border crossing points",
        "SBGS",
        D(2021, 4, 1),
        D(2022, 3, 31),
        73_000_000,
        "Grant agreement signed in March 2021; implementation started in April 2021 and is ongoing",
    ),
    (
        2,
        "Emergency medical equipment and personal protective\nequipment for the State Emergency Service to\n"
        "respond to COVID-19",
        "SESU",
        D(2021, 1, 1),
        D(2021, 6, 30),
        50_000_000,
        "All equipment delivered in June 2021; the project is completed",
    ),
    (
        3,
        "Equipment for the forensic detection of narcotic\nand psychotropic substances",
        "NPU (Forensic Science Centre)",
        D(2021, 12, 1),
        D(2022, 11, 30),
        36_500_000,
        "Application under consideration by the Ministry of Foreign Affairs of Japan; decision expected in "
        "November 2021, not yet approved",
    ),
    (
        4,
        "Training of staff of the State Migration Service\non the identification of irregular migrants",
        "SMS",
        D(2021, 3, 1),
        D(2021, 12, 31),
        20_000_000,
        "The request was withdrawn by the beneficiary in February 2021; the project has been cancelled",
    ),
]
for i, row in enumerate(jp, start=4):
    for j, v in enumerate(row, start=1):
        c = ws.cell(row=i, column=j, value=v)
        if isinstance(v, D):
            c.number_format = "D MMM YYYY"
        if j == 6:
            c.number_format = "#,##0"
        if j in (2, 7):
            c.alignment = Alignment(wrap_text=True, vertical="top")
tr = 4 + len(jp)
ws.cell(row=tr, column=2, value="Total").font = BOLD
ws.cell(row=tr, column=6, value=179_500_000).number_format = "#,##0"
ws.cell(
    row=tr + 2, column=1, value="Amounts are the grant amounts in Japanese yen as in the grant contracts."
)
ws.column_dimensions["B"].width = 55
ws.column_dimensions["G"].width = 60
wb.save(OUT / "Japan_grant_assistance_MIA.xlsx")


def one_line(t):
    return " ".join(t.split("\n"))


# 2021-04-01..2022-03-31 = 365 days, 275 in 2021; 73,000,000 x 275/365 = 55,000,000
exp(one_line(jp[0][1]), "Japan", "BORDER_CROSSING", "funded", "JPY", 55_000_000)
exp(one_line(jp[1][1]), "Japan", "COVID19", "funded", "JPY", 50_000_000)  # within 2021, completed
# not yet approved -> pipeline; 2021-12-01..2022-11-30 = 365 days, 31 in 2021; 36,500,000 x 31/365 = 3,100,000
exp(one_line(jp[2][1]), "Japan", "DRUGS", "pipeline", "JPY", 3_100_000)
exp(one_line(jp[3][1]), "Japan", "ILLEGAL_MIGRATION", "cancelled", "JPY", 0)

# ------------------------------------------------------------------------------------------------------------------
# 4 UNDP (own core resources): beneficiaries as full official names in the genitive joined by "та" / "і" / "/" / "+";
#   a currency column with a word or symbol per row ("грн.", "дол. США", "USD", "€"); no totals (mixed currencies)
wb = Workbook()
ws = wb.active
ws.title = "ПРООН"
ws["A1"] = "Програма розвитку ООН (ПРООН) в Україні"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = (
    "Проєкти за рахунок основних (регулярних) ресурсів ПРООН у системі МВС України, станом на 01.04.2021"
)
ws.append([])
ws.append(["№ з/п", "Назва проєкту", "Бенефіціари", "Сума", "Валюта", "Початок", "Закінчення", "Статус"])
for c in ws[4]:
    c.font = BOLD
undp = [
    (
        1,
        "Поліцейські офіцери громад: навчання та облаштування поліцейських станцій у громадах",
        "Національної поліції України та Міністерства внутрішніх справ України",
        14_600_000,
        "грн.",
        D(2021, 1, 1),
        D(2022, 12, 31),
        "реалізується",
    ),
    (
        2,
        "Посилення спроможності ювенальної поліції щодо виявлення жертв торгівлі людьми",
        "Національної поліції України і Державної міграційної служби України",
        365_000,
        "дол. США",
        D(2021, 7, 1),
        D(2022, 6, 30),
        "реалізується",
    ),
    (
        3,
        "Засоби індивідуального захисту та дезінфекції для особового складу в умовах пандемії COVID-19",
        "Державної служби України з надзвичайних ситуацій / Національної гвардії України",
        120_000,
        "USD",
        D(2021, 2, 1),
        D(2021, 5, 31),
        "завершено",
    ),
    (
        4,
        "Модернізація системи охорони державного кордону на ділянці з Республікою Молдова",
        "Адміністрації Державної прикордонної служби України + Міністерства внутрішніх справ України",
        731_000,
        "€",
        D(2020, 1, 1),
        D(2021, 12, 31),
        "реалізується",
    ),
    (
        5,
        "Впровадження електронного журналу «Custody Records» в ізоляторах тимчасового тримання",
        "Національної поліції України та Офісу Уповноваженого Верховної Ради України з прав людини",
        1_820_000,
        "грн.",
        D(2021, 10, 1),
        D(2022, 3, 31),
        "планується",
    ),
]
for i, row in enumerate(undp, start=5):
    for j, v in enumerate(row, start=1):
        c = ws.cell(row=i, column=j, value=v)
        if isinstance(v, D):
            c.number_format = "DD.MM.YYYY"
        if j == 4:
            c.number_format = "#,##0"
ws.cell(row=5 + len(undp) + 1, column=1, value="Примітка: суми наведено у валюті угоди (графа «Валюта»).")
ws.column_dimensions["B"].width = 80
ws.column_dimensions["C"].width = 70
wb.save(OUT / "PROON_proekty_MVS_2021.xlsx")
exp(undp[0][1], "UNDP", "COMMUNITY_POLICING", "funded", "UAH", 7_300_000)  # 730 days, 365 in 2021
# 2021-07-01..2022-06-30 = 365 days, 184 in 2021; 365,000 x 184/365 = 184,000
exp(undp[1][1], "UNDP", "TRAFFICKING", "funded", "USD", 184_000)
exp(undp[2][1], "UNDP", "COVID19", "funded", "USD", 120_000)  # within 2021
# 2020-01-01..2021-12-31 = 366 + 365 = 731 days; 731,000 x 365/731 = 365,000
exp(undp[3][1], "UNDP", "BORDER_SECURITY", "funded", "EUR", 365_000)
# 2021-10-01..2022-03-31 = 92 + 90 = 182 days, 92 in 2021; 1,820,000 x 92/182 = 920,000; planned
exp(undp[4][1], "UNDP", "CUSTODY", "pipeline", "UAH", 920_000)

# ------------------------------------------------------------------------------------------------------------------
# 5 OSCE: Russian; a project repeating the previous row's beneficiary, dates and status with "-//-" / "то же";
#   a note explains the mark
wb = Workbook()
ws = wb.active
ws.title = "ОБСЕ"
ws["A1"] = "Координатор проектов ОБСЕ в Украине"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "Проекты в сфере МВД Украины на 2021 г."
ws.append([])
ws.append(["№", "Название проекта", "Бенефициар", "Начало", "Окончание", "Бюджет, евро", "Статус"])
for c in ws[4]:
    c.font = BOLD
osce = [
    (
        1,
        "Противодействие торговле людьми: обучение следователей Национальной полиции",
        "НПУ",
        "01.01.2021",
        "31.12.2021",
        180_000,
        "реализуется",
    ),
    (
        2,
        "Мобильные группы реагирования на домашнее насилие в Харьковской области",
        "НПУ",
        "01.04.2021",
        "31.03.2022",
        146_000,
        "реализуется",
    ),
    (
        3,
        "Программа коррекции поведения лиц, совершивших домашнее насилие",
        "-//-",
        "-//-",
        "-//-",
        73_000,
        "то же",
    ),
    (
        4,
        "Оснащение лабораторий Экспертной службы МВД для идентификации новых психоактивных веществ",
        "ЭКЦ МВД",
        "01.07.2020",
        "30.06.2021",
        73_000,
        "реализуется",
    ),
    (
        5,
        "Электронная очередь для грузовых автомобилей в пунктах пропуска через границу",
        "ГПСУ",
        "01.10.2021",
        "31.03.2022",
        91_000,
        "планируется",
    ),
]
for row in osce:
    ws.append(list(row))
ws.append([None, "Итого", None, None, None, 563_000, None])
ws.cell(row=ws.max_row, column=2).font = BOLD
ws.append([])
ws.append(["Примечание: «-//-» и «то же» – то же, что в предыдущей строке."])
ws.column_dimensions["B"].width = 85
wb.save(OUT / "OSCE_PCU_proekty_MVD_2021.xlsx")
exp(osce[0][1], "OSCE", "TRAFFICKING", "funded", "EUR", 180_000)  # all of 2021
# 2021-04-01..2022-03-31 = 365 days, 275 in 2021; 146,000 x 275/365 = 110,000
exp(osce[1][1], "OSCE", "DOMESTIC_VIOLENCE", "funded", "EUR", 110_000)
# ditto: NPU, 01.04.2021-31.03.2022, ongoing; 73,000 x 275/365 = 55,000
exp(osce[2][1], "OSCE", "DOMESTIC_VIOLENCE", "funded", "EUR", 55_000)
# 2020-07-01..2021-06-30 = 365 days, 181 in 2021; 73,000 x 181/365 = 36,200
exp(osce[3][1], "OSCE", "DRUGS", "funded", "EUR", 36_200)
# 2021-10-01..2022-03-31 = 182 days, 92 in 2021; 91,000 x 92/182 = 46,000; planned
exp(osce[4][1], "OSCE", "BORDER_CROSSING", "pipeline", "EUR", 46_000)

# ------------------------------------------------------------------------------------------------------------------
# 6 Switzerland: plain UTF-8 CSV (comma) with a title line; an "of which in 2021" column filled for some rows only;
#   a totals line and a note line
ch_hdr = [
    "No.",
    "Project",
    "Beneficiary",
    "Start",
    "End",
    "Total budget CHF",
    "of which in 2021 CHF",
    "Status",
]
ch = [
    (
        "1",
        "Integrated border management on the Ukrainian-Moldovan green border",
        "SBGS",
        "2020-01-01",
        "2022-12-31",
        "1200000",
        "450000",
        "Ongoing",
    ),
    (
        "2",
        "Prevention of domestic violence: specialised police response units",
        "NPU",
        "2020-07-01",
        "2022-06-30",
        "1460000",
        "",
        "Ongoing",
    ),
    (
        "3",
        "Monitoring of police custody by the National Preventive Mechanism",
        "NPU",
        "2020-01-01",
        "2021-12-31",
        "731000",
        "",
        "Ongoing",
    ),
    (
        "4",
        "Humanitarian demining capacity of the State Emergency Service",
        "SESU",
        "2022-01-01",
        "2022-12-31",
        "500000",
        "",
        "Planned",
    ),
]
with open(OUT / "Switzerland_SCO_MIA_projects.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(
        ["Swiss Cooperation Office Ukraine - projects with the MIA system, 2021", "", "", "", "", "", "", ""]
    )
    w.writerow([""] * 8)
    w.writerow(ch_hdr)
    for row in ch:
        w.writerow(row)
    w.writerow(["", "Total", "", "", "", "3891000", "", ""])
    w.writerow([""] * 8)
    w.writerow(
        [
            "Note: the 2021 amount is given where the annual plan is approved; otherwise only the total is known.",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
        ]
    )
exp(ch[0][1], "Switzerland", "BORDER_SECURITY", "funded", "CHF", 450_000)  # 2021 figure given
# 2020-07-01..2022-06-30 = 730 days, 365 in 2021; 1,460,000 x 365/730 = 730,000
exp(ch[1][1], "Switzerland", "DOMESTIC_VIOLENCE", "funded", "CHF", 730_000)
# 2020-01-01..2021-12-31 = 731 days, 365 in 2021; 731,000 x 365/731 = 365,000
exp(ch[2][1], "Switzerland", "CUSTODY", "funded", "CHF", 365_000)
exp(ch[3][1], "Switzerland", "OTHER", "pipeline", "CHF", 0)  # planned, all in 2022

# ------------------------------------------------------------------------------------------------------------------
# 7 Germany (Federal Foreign Office): sheet name in Cyrillic with a trailing space; a hidden column with the amount
#   of the original application beside the current budget; dates as "1 березня 2021 р."
wb = Workbook()
ws = wb.active
ws.title = "Проєкти "
ws["A1"] = (
    "Федеральне міністерство закордонних справ Німеччини (Auswärtiges Amt) – проєкти у секторі МВС України"
)
ws["A1"].font = Font(bold=True, size=13)
ws.append([])
ws.append(
    [
        "№",
        "Назва проєкту",
        "Опис",
        "Бенефіціар",
        "Дата початку",
        "Дата завершення",
        "Бюджет за первинною заявкою, EUR",
        "Бюджет, EUR",
        "Статус",
    ]
)
for c in ws[3]:
    c.font = BOLD
de = [
    (
        1,
        "Підтримка Державної міграційної служби в ідентифікації та поверненні нелегальних мігрантів",
        "Обладнання для біометричної ідентифікації, навчання працівників ДМС, підтримка процедур реадмісії",
        "ДМС",
        "1 березня 2021 р.",
        "28 лютого 2022 р.",
        300_000,
        365_000,
        "реалізується",
    ),
    (
        2,
        "Модернізація ізоляторів тимчасового тримання Національної поліції",
        "Ремонт камер, відеоспостереження, облік перебування затриманих",
        "НПУ",
        "1 січня 2021 р.",
        "31 грудня 2022 р.",
        500_000,
        600_000,
        "реалізується",
    ),
    (
        3,
        "Розширення пропускної спроможності пунктів пропуску на кордоні з Польщею",
        "Додаткові смуги руху та кабіни паспортного контролю для швидшого перетину кордону",
        "ДПСУ",
        "1 липня 2021 р.",
        "31 грудня 2021 р.",
        250_000,
        250_000,
        "реалізується",
    ),
    (
        4,
        "Оновлення навчальних програм закладів вищої освіти системи МВС",
        "Нові курси з управління, етики та прав людини для курсантів",
        "МВС",
        "1 вересня 2020 р.",
        "31 серпня 2021 р.",
        200_000,
        146_000,
        "реалізується",
    ),
]
for row in de:
    ws.append(list(row))
ws.append([None, "Усього", None, None, None, None, 1_250_000, 1_361_000, None])
ws.cell(row=ws.max_row, column=2).font = BOLD
ws.append([])
ws.append(["Суми – відповідно до чинних угод станом на 01.03.2021."])
ws.column_dimensions["G"].hidden = True
ws.column_dimensions["B"].width = 75
ws.column_dimensions["C"].width = 60
wb.save(OUT / "Nimechchyna_AA_proekty_MVS.xlsx")
# 2021-03-01..2022-02-28 = 365 days, 306 in 2021; 365,000 x 306/365 = 306,000 (visible column, not the hidden 300,000)
exp(de[0][1], "Germany", "ILLEGAL_MIGRATION", "funded", "EUR", 306_000)
# 730 days, 365 in 2021; 600,000 / 2 = 300,000
exp(de[1][1], "Germany", "CUSTODY", "funded", "EUR", 300_000)
exp(de[2][1], "Germany", "BORDER_CROSSING", "funded", "EUR", 250_000)  # within 2021
# 2020-09-01..2021-08-31 = 365 days, 243 in 2021; 146,000 x 243/365 = 97,200
exp(de[3][1], "Germany", "OTHER", "funded", "EUR", 97_200)

# ------------------------------------------------------------------------------------------------------------------
# 8 IOM: Russian; currency column in words per row ("евро", "дол. США", "грн.", "долл. США"); the period in one cell;
#   a "в т.ч. в 2021 г." column filled for some rows only
wb = Workbook()
ws = wb.active
ws.title = "МОМ"
ws["A1"] = "Международная организация по миграции (МОМ), Представительство в Украине"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "Проекты МОМ в системе МВД Украины, по состоянию на 01.04.2021"
ws.append([])
ws.append(
    [
        "№",
        "Название проекта",
        "Бенефициар",
        "Сумма",
        "в т.ч. в 2021 г.",
        "Валюта",
        "Период реализации",
        "Статус",
    ]
)
for c in ws[4]:
    c.font = BOLD
iom = [
    (
        1,
        "Помощь пострадавшим от торговли людьми: выявление и перенаправление Национальной полицией",
        "НПУ",
        1_000_000,
        400_000,
        "дол. США",
        "01.01.2020 – 31.12.2022",
        "реализуется",
    ),
    (
        2,
        "Усиление возможностей ГМС по выявлению незаконных мигрантов и их возвращению",
        "ГМС",
        730_000,
        None,
        "евро",
        "01.07.2020 – 30.06.2022",
        "реализуется",
    ),
    (
        3,
        "Модернизация пунктов пропуска: сокращение времени пересечения границы для пассажиров",
        "ГПСУ",
        3_650_000,
        None,
        "грн.",
        "01.04.2021 – 31.03.2022",
        "реализуется",
    ),
    (
        4,
        "Средства индивидуальной защиты и тесты на COVID-19 для сотрудников Государственной миграционной службы",
        "ГМС",
        150_000,
        150_000,
        "долл. США",
        "01.01.2021 – 30.06.2021",
        "завершён",
    ),
]
for row in iom:
    ws.append(list(row))
ws.append([])
ws.append(["Примечание: графа «в т.ч. в 2021 г.» заполнена для проектов с утверждённым годовым планом."])
ws.column_dimensions["B"].width = 85
ws.column_dimensions["G"].width = 26
wb.save(OUT / "MOM_proekty_MVD_2021.xlsx")
exp(iom[0][1], "IOM", "TRAFFICKING", "funded", "USD", 400_000)  # 2021 figure given
# 2020-07-01..2022-06-30 = 730 days, 365 in 2021; 730,000 / 2 = 365,000
exp(iom[1][1], "IOM", "ILLEGAL_MIGRATION", "funded", "EUR", 365_000)
# 2021-04-01..2022-03-31 = 365 days, 275 in 2021; 3,650,000 x 275/365 = 2,750,000
exp(iom[2][1], "IOM", "BORDER_CROSSING", "funded", "UAH", 2_750_000)
exp(iom[3][1], "IOM", "COVID19", "funded", "USD", 150_000)  # 2021 figure given (= total, within 2021)

# ------------------------------------------------------------------------------------------------------------------
# 9 UK (British Embassy): a project repeating the previous row's beneficiary, dates and status with "ditto";
#   statuses written as sentences; dates shown as 01-Apr-2021
wb = Workbook()
ws = wb.active
ws.title = "Sheet1"
ws["A1"] = "British Embassy Kyiv – Conflict, Stability and Security Fund (CSSF): MIA-related projects 2021/22"
ws["A1"].font = Font(bold=True, size=13)
ws.append([])
ws.append(["Ref", "Project title", "Beneficiary", "Start", "End", "Budget (GBP)", "Status"])
for c in ws[3]:
    c.font = BOLD
gb = [
    (
        "UA-21-01",
        "Countering organised crime: investigations of drug trafficking networks",
        "NPU",
        D(2021, 1, 1),
        D(2021, 12, 31),
        500_000,
        "Ongoing – implementation started in January 2021",
    ),
    (
        "UA-21-02",
        "Strengthening the National Police response to domestic abuse",
        "NPU",
        D(2021, 4, 1),
        D(2022, 3, 31),
        365_000,
        "Ongoing – implementation started in April 2021",
    ),
    (
        "UA-21-03",
        "Independent custody visiting scheme in Kyiv and Odesa police stations",
        "ditto",
        "ditto",
        "ditto",
        182_500,
        "ditto",
    ),
    (
        "UA-21-04",
        "Maritime border security: maintenance of patrol boats of the Maritime Guard",
        "SBGS",
        D(2021, 10, 1),
        D(2022, 9, 30),
        730_000,
        "Business case approved in principle; contract not yet signed (expected in September 2021)",
    ),
    (
        "UA-20-07",
        "Community safety partnerships between police and local residents",
        "NPU",
        D(2020, 4, 1),
        D(2021, 3, 31),
        730_000,
        "Completed on 31 March 2021 – final report submitted",
    ),
]
for i, row in enumerate(gb, start=4):
    for j, v in enumerate(row, start=1):
        c = ws.cell(row=i, column=j, value=v)
        if isinstance(v, D):
            c.number_format = "DD-MMM-YYYY"
        if j == 6:
            c.number_format = "#,##0"
tr = 4 + len(gb)
ws.cell(row=tr, column=2, value="TOTAL").font = BOLD
ws.cell(row=tr, column=6, value=2_507_500).number_format = "#,##0"
ws.cell(
    row=tr + 2, column=1, value="'ditto' = same as the row above. Budgets are whole-project figures in GBP."
)
ws.column_dimensions["B"].width = 75
ws.column_dimensions["G"].width = 70
wb.save(OUT / "UK_CSSF_MIA_projects.xlsx")
exp(gb[0][1], "UK", "DRUGS", "funded", "GBP", 500_000)  # all of 2021
# 2021-04-01..2022-03-31 = 365 days, 275 in 2021; 365,000 x 275/365 = 275,000
exp(gb[1][1], "UK", "DOMESTIC_VIOLENCE", "funded", "GBP", 275_000)
# ditto: NPU, 2021-04-01..2022-03-31, ongoing; 182,500 x 275/365 = 137,500
exp(gb[2][1], "UK", "CUSTODY", "funded", "GBP", 137_500)
# contract not signed -> pipeline; 2021-10-01..2022-09-30 = 365 days, 92 in 2021; 730,000 x 92/365 = 184,000
exp(gb[3][1], "UK", "BORDER_SECURITY", "pipeline", "GBP", 184_000)
# 2020-04-01..2021-03-31 = 365 days, 90 in 2021; 730,000 x 90/365 = 180,000
exp(gb[4][1], "UK", "COMMUNITY_POLICING", "funded", "GBP", 180_000)

# ------------------------------------------------------------------------------------------------------------------
# 10 Norway: UTF-8 CSV with a BOM; header split over two rows ("Дата" above "початку" / "завершення", "Бюджет" above
#   "(NOK)"); beneficiaries as official names in the genitive joined by "і" / "та"; totals and a note
no_top = ["№", "Назва проєкту", "Бенефіціари", "Дата", "Дата", "Бюджет", "Статус"]
no_bot = ["", "", "", "початку", "завершення", "(NOK)", ""]
no = [
    (
        "1",
        "Гуманітарне розмінування: підтримка піротехнічних підрозділів ДСНС",
        "Державної служби України з надзвичайних ситуацій",
        "01.01.2021",
        "31.12.2022",
        "20000000",
        "реалізується",
    ),
    (
        "2",
        "Протидія домашньому насильству: спеціалізовані мобільні групи поліції",
        "Національної поліції України і Міністерства внутрішніх справ України",
        "01.07.2021",
        "30.06.2022",
        "7300000",
        "реалізується",
    ),
    (
        "3",
        "Обладнання для патрулювання ділянки державного кордону з Російською Федерацією",
        "Державної прикордонної служби України та Міністерства внутрішніх справ України",
        "01.10.2020",
        "30.09.2021",
        "3650000",
        "реалізується",
    ),
    (
        "4",
        "Захист особового складу Національної гвардії від COVID-19: тести, вакцинація, засоби захисту",
        "Національної гвардії України",
        "01.11.2021",
        "31.10.2022",
        "3650000",
        "на погодженні (угоду ще не підписано)",
    ),
]
with open(OUT / "Norvegiya_proekty_MVS_2021.csv", "w", newline="", encoding="utf-8-sig") as f:
    w = csv.writer(f)
    w.writerow(["Посольство Королівства Норвегія в Україні – проєкти МТД у секторі МВС (2021)"] + [""] * 6)
    w.writerow([""] * 7)
    w.writerow(no_top)
    w.writerow(no_bot)
    for row in no:
        w.writerow(row)
    w.writerow(["", "Разом", "", "", "", "34600000", ""])
    w.writerow([""] * 7)
    w.writerow(["Примітка: суми в норвезьких кронах згідно з угодами МЗС Норвегії."] + [""] * 6)
exp(no[0][1], "Norway", "OTHER", "funded", "NOK", 10_000_000)  # 730 days, 365 in 2021
# 2021-07-01..2022-06-30 = 365 days, 184 in 2021; 7,300,000 x 184/365 = 3,680,000
exp(no[1][1], "Norway", "DOMESTIC_VIOLENCE", "funded", "NOK", 3_680_000)
# 2020-10-01..2021-09-30 = 365 days, 273 in 2021; 3,650,000 x 273/365 = 2,730,000
exp(no[2][1], "Norway", "BORDER_SECURITY", "funded", "NOK", 2_730_000)
# not yet signed -> pipeline; 2021-11-01..2022-10-31 = 365 days, 61 in 2021; 3,650,000 x 61/365 = 610,000
exp(no[3][1], "Norway", "COVID19", "pipeline", "NOK", 610_000)

with open(OUT.parent / "expected.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=list(EXP[0]))
    w.writeheader()
    w.writerows(EXP)
print(len(EXP), "expected lines")
