# ruff: noqa: B007 - a data script written blind: its loops unpack whole rows and use a few fields
"""Blind partner files, set G: written without reading the reader's code. Expected values by hand.

Usage: python set_g.py OUT_DIR  -> OUT_DIR/raw/<partner files>, OUT_DIR/expected.csv
Convention: a given 2021 figure is taken as is; otherwise total x days in 2021 / days of the project (both ends
included); a month runs first to last day, a quarter first to last day, a season its three months (spring = March to
May, autumn = September to November), a year alone 1 Jan to 31 Dec; an open end ("ongoing", "по теперішній час") runs
to 31.12.2021; outside 2021 -> 0; cancelled -> 0. A project funded by several donors with their shares in one cell
gives one expected line per donor with its share of the money.
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


def put_row(ws, r, values, date_fmt="DD.MM.YYYY", c0=1):
    for j, v in enumerate(values, start=c0):
        c = ws.cell(row=r, column=j, value=v)
        if isinstance(v, D):
            c.number_format = date_fmt


# ------------------------------------------------------------------------------------------------------------------
# 1 Germany (BMI): a summary sheet first that repeats every project's total, then one sheet per beneficiary agency
#   (НПУ, ДПСУ, ДМС), each a small table with dates and status. Each project is counted once.
wb = Workbook()
ws = wb.active
ws.title = "Зведена"
ger = {
    "НПУ": [
        (
            1,
            "Обладнання ізоляторів тимчасового тримання електронною системою обліку затриманих (Custody Records)",
            D(2021, 4, 1),
            D(2022, 3, 31),
            730_000,
            "реалізується",
        ),
        (
            2,
            "Кінологічне забезпечення: службові собаки для виявлення наркотичних речовин",
            D(2021, 1, 1),
            D(2021, 12, 31),
            240_000,
            "реалізується",
        ),
    ],
    "ДПСУ": [
        (
            1,
            "Технічне оснащення відділів прикордонної служби на ділянці кордону з Білоруссю (тепловізори, дрони)",
            D(2020, 7, 1),
            D(2022, 6, 30),
            1_460_000,
            "реалізується",
        ),
    ],
    "ДМС": [
        (
            1,
            "Ремонт і обладнання пунктів тимчасового перебування іноземців, які незаконно перебувають в Україні",
            D(2021, 1, 1),
            D(2022, 12, 31),
            500_000,
            "планується (на погодженні)",
        ),
    ],
}
ws["A1"] = (
    "Федеральне міністерство внутрішніх справ Німеччини (BMI) – проєкти технічної допомоги системі МВС України"
)
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "Зведена інформація (детально – на аркушах за отримувачами)"
put_row(ws, 4, ["№", "Назва проєкту", "Отримувач", "Загальний бюджет, EUR"])
for c in ws[4]:
    c.font = BOLD
r = 5
n = 1
for agency, rows in ger.items():
    for p in rows:
        put_row(ws, r, [n, p[1], agency, p[4]])
        r += 1
        n += 1
ws.cell(row=r, column=2, value="Разом").font = BOLD
ws.cell(row=r, column=4, value=sum(p[4] for rows in ger.values() for p in rows)).font = BOLD  # 2,930,000
ws.column_dimensions["B"].width = 90
for agency, rows in ger.items():
    s = wb.create_sheet(agency)
    s["A1"] = f"Отримувач: {agency}"
    s["A1"].font = BOLD
    put_row(s, 3, ["№", "Назва проєкту", "Дата початку", "Дата завершення", "Бюджет, EUR", "Статус"])
    for c in s[3]:
        c.font = BOLD
    for i, p in enumerate(rows, start=4):
        put_row(s, i, list(p))
    s.column_dimensions["B"].width = 90
    s.column_dimensions["C"].width = 14
    s.column_dimensions["D"].width = 14
wb.save(OUT / "Germany_BMI_proekty_za_otrymuvachamy.xlsx")
g = ger["НПУ"] + ger["ДПСУ"] + ger["ДМС"]
# 2021-04-01..2022-03-31 = 365 days, 275 in 2021; 730,000 x 275/365 = 550,000
exp(g[0][1], "Germany", "CUSTODY", "funded", "EUR", 550_000)
exp(g[1][1], "Germany", "DRUGS", "funded", "EUR", 240_000)  # all of 2021
# 2020-07-01..2022-06-30 = 184+365+181 = 730 days; 1,460,000 x 365/730 = 730,000
exp(g[2][1], "Germany", "BORDER_SECURITY", "funded", "EUR", 730_000)
# 2021-01-01..2022-12-31 = 730 days; 500,000 x 365/730 = 250,000; "планується (на погодженні)" -> pipeline
exp(g[3][1], "Germany", "ILLEGAL_MIGRATION", "pipeline", "EUR", 250_000)

# ------------------------------------------------------------------------------------------------------------------
# 2 Sweden: each project is a block of three rows: the title row (No. + title), a "Description:" row, then a row
#   with the dates, the amount and the status (column B empty)
wb = Workbook()
ws = wb.active
ws.title = "Contributions"
ws["A1"] = "Embassy of Sweden in Kyiv – Sida contributions to the MIA sector (as of March 2021)"
ws["A1"].font = Font(bold=True, size=13)
put_row(ws, 3, ["No.", "Contribution / description", "Start", "End", "Amount (SEK)", "Status"])
for c in ws[3]:
    c.font = BOLD
swe = [
    (
        "1",
        "Investigation of domestic violence cases by specialised National Police units",
        "Description: training of investigators, victim interview rooms and a case-management protocol for "
        "domestic violence offences in five oblasts.",
        D(2021, 1, 1),
        D(2023, 12, 31),
        10_950_000,
        "Ongoing",
    ),
    (
        "2",
        "Identification and protection of victims of human trafficking among labour migrants",
        "Description: joint NPU–SMS mobile teams, a referral mechanism and shelters for identified victims.",
        D(2021, 5, 1),
        D(2021, 12, 31),
        2_000_000,
        "Ongoing",
    ),
    (
        "3",
        "Police of dialogue: community policing twinning with the Swedish Police Authority",
        "Description: dialogue police officers and community safety councils in pilot hromadas.",
        D(2020, 1, 1),
        D(2021, 6, 30),
        5_470_000,
        "Ongoing",
    ),
    (
        "4",
        "Independent monitoring of detention conditions in police custody",
        "Description: visits by civil society monitors to police temporary detention facilities.",
        D(2022, 1, 1),
        D(2022, 12, 31),
        1_500_000,
        "Planned (decision expected Q4 2021)",
    ),
]
r = 4
for p in swe:
    ws.cell(row=r, column=1, value=p[0])
    ws.cell(row=r, column=2, value=p[1]).font = BOLD
    c = ws.cell(row=r + 1, column=2, value=p[2])
    c.font = Font(italic=True)
    c.alignment = Alignment(wrap_text=True)
    put_row(ws, r + 2, [p[3], p[4], p[5], p[6]], c0=3)
    r += 3
ws.column_dimensions["B"].width = 85
ws.column_dimensions["C"].width = 12
ws.column_dimensions["D"].width = 12
wb.save(OUT / "Sweden_Sida_contributions_MIA_2021.xlsx")
# 2021-01-01..2023-12-31 = 1095 days; 10,950,000 x 365/1095 = 3,650,000
exp(swe[0][1], "Sweden", "DOMESTIC_VIOLENCE", "funded", "SEK", 3_650_000)
exp(swe[1][1], "Sweden", "TRAFFICKING", "funded", "SEK", 2_000_000)  # within 2021
# 2020-01-01..2021-06-30 = 366+181 = 547 days; 5,470,000 x 181/547 = 1,810,000
exp(swe[2][1], "Sweden", "COMMUNITY_POLICING", "funded", "SEK", 1_810_000)
exp(swe[3][1], "Sweden", "CUSTODY", "pipeline", "SEK", 0)  # 2022 only

# ------------------------------------------------------------------------------------------------------------------
# 3 UNDP register (implementer on behalf of donors): a "Пріоритет" column holding the priority's number, the legend on
#   a second sheet "Довідник"; donors with their shares in one cell ("EU 70% / Germany 30%")
wb = Workbook()
ws = wb.active
ws.title = "Реєстр"
ws["A1"] = "ПРООН в Україні – реєстр проєктів у системі МВС (станом на 01.03.2021)"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "Номер пріоритету – за довідником (аркуш «Довідник»)"
put_row(
    ws,
    4,
    [
        "№",
        "Назва проєкту",
        "Донор (частка фінансування)",
        "Пріоритет",
        "Бенефіціар",
        "Початок",
        "Завершення",
        "Бюджет, дол. США",
        "Статус",
    ],
)
for c in ws[4]:
    c.font = BOLD
undp = [
    (
        1,
        "Поліцейська діяльність, орієнтована на громаду, у Донецькій і Луганській областях",
        "EU 70% / Germany 30%",
        4,
        "НПУ",
        D(2021, 1, 1),
        D(2022, 12, 31),
        2_000_000,
        "реалізується",
    ),
    (
        2,
        "Мобільні групи реагування на домашнє насильство в Харківській області",
        "Sweden 50% / Denmark 50%",
        2,
        "НПУ",
        D(2021, 7, 1),
        D(2022, 6, 30),
        730_000,
        "реалізується",
    ),
    (
        3,
        "Електронна черга та збільшення пропускної спроможності пунктів пропуску на кордоні з Польщею",
        "EU",
        6,
        "ДПСУ",
        D(2021, 3, 1),
        D(2021, 11, 30),
        450_000,
        "реалізується",
    ),
    (
        4,
        "Засоби захисту від COVID-19 для працівників ДСНС і НГУ",
        "Japan",
        9,
        "ДСНС, НГУ",
        D(2020, 4, 1),
        D(2021, 3, 31),
        730_000,
        "реалізується",
    ),
    (
        5,
        "Протидія торгівлі людьми: гаряча лінія та перенаправлення постраждалих осіб",
        "Норвегія 60% / Швейцарія 40%",
        1,
        "НПУ, ДМС",
        D(2021, 1, 1),
        D(2021, 12, 31),
        500_000,
        "реалізується",
    ),
]
for i, p in enumerate(undp, start=5):
    put_row(ws, i, list(p))
ws.column_dimensions["B"].width = 85
ws.column_dimensions["C"].width = 30
leg = wb.create_sheet("Довідник")
leg["A1"] = "Пріоритети СРГ «Правоохоронна діяльність» на 2021 рік"
leg["A1"].font = BOLD
put_row(leg, 3, ["№ пріоритету", "Пріоритет"])
legend = [
    (1, "Протидія торгівлі людьми"),
    (2, "Протидія домашньому насильству"),
    (3, "Протидія незаконному обігу наркотиків"),
    (4, "Поліцейська діяльність, орієнтована на громаду (community policing)"),
    (5, "Охорона державного кордону"),
    (6, "Спрощення перетину державного кордону (пропускна спроможність пунктів пропуску)"),
    (7, "Протидія нелегальній міграції"),
    (8, "Дотримання прав затриманих (custody records, моніторинг місць несвободи)"),
    (9, "Протидія COVID-19"),
]
for i, row in enumerate(legend, start=4):
    put_row(leg, i, list(row))
leg.column_dimensions["B"].width = 80
wb.save(OUT / "UNDP_reiestr_proektiv_MVS.xlsx")
# 1: 2021-01-01..2022-12-31 = 730 days; 2,000,000 x 365/730 = 1,000,000 -> EU 70% = 700,000, Germany 30% = 300,000
exp(undp[0][1], "EU", "COMMUNITY_POLICING", "funded", "USD", 700_000)
exp(undp[0][1], "Germany", "COMMUNITY_POLICING", "funded", "USD", 300_000)
# 2: 2021-07-01..2022-06-30 = 365 days, 184 in 2021; 730,000 x 184/365 = 368,000 -> 184,000 each
exp(undp[1][1], "Sweden", "DOMESTIC_VIOLENCE", "funded", "USD", 184_000)
exp(undp[1][1], "Denmark", "DOMESTIC_VIOLENCE", "funded", "USD", 184_000)
exp(undp[2][1], "EU", "BORDER_CROSSING", "funded", "USD", 450_000)  # within 2021
# 4: 2020-04-01..2021-03-31 = 275+90 = 365 days, 90 in 2021; 730,000 x 90/365 = 180,000
exp(undp[3][1], "Japan", "COVID19", "funded", "USD", 180_000)
# 5: all of 2021, 500,000 -> Norway 60% = 300,000, Switzerland 40% = 200,000
exp(undp[4][1], "Norway", "TRAFFICKING", "funded", "USD", 300_000)
exp(undp[4][1], "Switzerland", "TRAFFICKING", "funded", "USD", 200_000)

# ------------------------------------------------------------------------------------------------------------------
# 4 USAID: amount column headed "тис. дол. США" while some cells say "1,2 млн" / "0,73 млн" (the unit in the cell
#   wins); periods in one cell, two with an open end ("2021 – по теперішній час", "07.2020 – по теперішній час")
wb = Workbook()
ws = wb.active
ws.title = "USAID"
ws["A1"] = "Агентство США з міжнародного розвитку (USAID) – Місія в Україні"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "Проєкти міжнародної технічної допомоги, що стосуються системи МВС"
put_row(
    ws,
    4,
    ["№", "Назва проєкту", "Бенефіціар", "Період реалізації", "Бюджет проєкту, тис. дол. США", "Статус"],
)
for c in ws[4]:
    c.font = BOLD
usaid = [
    (
        1,
        "Підтримка реформи поліції: програма «Офіцер громади» у територіальних громадах",
        "НПУ",
        "01.01.2021 – 31.12.2022",
        850,
        "реалізується",
    ),
    (
        2,
        "Посилення спроможності Національної поліції розслідувати злочини, пов'язані з торгівлею людьми",
        "НПУ",
        "2021 – по теперішній час",
        "1,2 млн",
        "реалізується",
    ),
    (
        3,
        "Засоби індивідуального захисту та дезінфекції для підрозділів Національної гвардії (COVID-19)",
        "НГУ",
        "07.2020 – по теперішній час",
        549,
        "реалізується",
    ),
    (
        4,
        "Обладнання Експертної служби МВС для виявлення синтетичних наркотиків",
        "ЕКЦ МВС",
        "01.04.2021 – 31.03.2023",
        "0,73 млн",
        "на погодженні",
    ),
]
for i, p in enumerate(usaid, start=5):
    put_row(ws, i, list(p))
ws.column_dimensions["B"].width = 90
ws.column_dimensions["D"].width = 30
ws.column_dimensions["E"].width = 20
wb.save(OUT / "USAID_proekty_MVS_2021.xlsx")
# 850 thousand = 850,000; 2021-01-01..2022-12-31 = 730 days; 850,000 x 365/730 = 425,000
exp(usaid[0][1], "USAID", "COMMUNITY_POLICING", "funded", "USD", 425_000)
# "1,2 млн" = 1,200,000 (cell unit wins over the header's thousands); 2021-01-01..31.12.2021 (open end) -> all
exp(usaid[1][1], "USAID", "TRAFFICKING", "funded", "USD", 1_200_000)
# 549 thousand = 549,000; 2020-07-01..2021-12-31 (open end) = 184+365 = 549 days; 549,000 x 365/549 = 365,000
exp(usaid[2][1], "USAID", "COVID19", "funded", "USD", 365_000)
# "0,73 млн" = 730,000; 2021-04-01..2023-03-31 = 365+365 = 730 days, 275 in 2021; 730,000 x 275/730 = 275,000;
# "на погодженні" -> pipeline
exp(usaid[3][1], "USAID", "DRUGS", "pipeline", "USD", 275_000)

# ------------------------------------------------------------------------------------------------------------------
# 5 Poland: start and end dates as text in mixed styles in the same columns ("01.03.2021", "March 2021", "2021-03",
#   "Q2/2021", "весна 2021")
wb = Workbook()
ws = wb.active
ws.title = "Polska pomoc"
ws["A1"] = "Посольство Республіки Польща в Україні – програма «Polska pomoc»"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "Проєкти для системи МВС України, суми у польських злотих (PLN)"
put_row(ws, 4, ["№", "Назва проєкту", "Отримувач", "Початок", "Завершення", "Сума, PLN", "Статус"])
for c in ws[4]:
    c.font = BOLD
pol = [
    (
        1,
        "Обладнання для патрулювання ділянки кордону з Польщею (квадроцикли, тепловізори)",
        "ДПСУ",
        "01.03.2021",
        "28.02.2022",
        365_000,
        "реалізується",
    ),
    (
        2,
        "Розширення пропускної спроможності пункту пропуску «Краковець – Корчова»",
        "ДПСУ",
        "March 2021",
        "February 2022",
        730_000,
        "реалізується",
    ),
    (
        3,
        "Обмін досвідом з польською поліцією: дільничні офіцери поліції в громадах",
        "НПУ",
        "2021-03",
        "2021-08",
        180_000,
        "реалізується",
    ),
    (
        4,
        "Обладнання пунктів тимчасового перебування ДМС для нелегальних мігрантів",
        "ДМС",
        "Q2/2021",
        "Q1/2022",
        365_000,
        "реалізується",
    ),
    (
        5,
        "Тренінги для поліцейських з надання допомоги постраждалим від домашнього насильства",
        "НПУ",
        "весна 2021",
        "осінь 2021",
        120_000,
        "реалізується",
    ),
]
for i, p in enumerate(pol, start=5):
    put_row(ws, i, list(p))
ws.column_dimensions["B"].width = 85
ws.column_dimensions["D"].width = 14
ws.column_dimensions["E"].width = 14
wb.save(OUT / "Poland_Polska_pomoc_MVS.xlsx")
# 2021-03-01..2022-02-28 = 365 days, 306 in 2021; 365,000 x 306/365 = 306,000
exp(pol[0][1], "Poland", "BORDER_SECURITY", "funded", "PLN", 306_000)
# March 2021..February 2022 = 2021-03-01..2022-02-28, same; 730,000 x 306/365 = 612,000
exp(pol[1][1], "Poland", "BORDER_CROSSING", "funded", "PLN", 612_000)
exp(pol[2][1], "Poland", "COMMUNITY_POLICING", "funded", "PLN", 180_000)  # 2021-03..2021-08, within 2021
# Q2/2021..Q1/2022 = 2021-04-01..2022-03-31 = 365 days, 275 in 2021; 365,000 x 275/365 = 275,000
exp(pol[3][1], "Poland", "ILLEGAL_MIGRATION", "funded", "PLN", 275_000)
exp(pol[4][1], "Poland", "DOMESTIC_VIOLENCE", "funded", "PLN", 120_000)  # spring..autumn 2021, within 2021

# ------------------------------------------------------------------------------------------------------------------
# 6 OSCE: CSV in cp1251, ';' separated, decimal commas and space thousands, a title block of four lines and a blank
#   line above the header; statuses in Russian and English abbreviations ("в работе", "завершён", "отм.", "pipeline")
osce_title = [
    ["Координатор проектов ОБСЕ в Украине"],
    ["Информация для секторальной рабочей группы МВД «Правоохранительная деятельность»"],
    ["по состоянию на 01.03.2021"],
    ["Суммы указаны в евро"],
    [],
]
osce_hdr = ["№", "Название проекта", "Бенефициар", "Дата начала", "Дата окончания", "Бюджет, евро", "Статус"]
osce = [
    (
        "1",
        "Повышение квалификации полицейских по реагированию на случаи домашнего насилия",
        "НПУ",
        "01.01.2021",
        "31.12.2021",
        "150 000,50",
        "в работе",
    ),
    (
        "2",
        "Противодействие торговле людьми: тренинги для сотрудников ГМС и НПУ",
        "ГМС, НПУ",
        "01.06.2020",
        "31.05.2021",
        "73 000,00",
        "завершён",
    ),
    (
        "3",
        "Мониторинг соблюдения прав задержанных в изоляторах временного содержания",
        "НПУ",
        "01.09.2021",
        "31.08.2022",
        "36 500,00",
        "в работе",
    ),
    (
        "4",
        "Взаимодействие полиции и общин: программа «Безопасная община»",
        "НПУ",
        "01.07.2021",
        "31.12.2021",
        "95 250,75",
        "отм.",
    ),
    (
        "5",
        "Противодействие незаконному обороту наркотиков: обучение кинологов НПУ",
        "НПУ",
        "01.10.2021",
        "30.09.2022",
        "200 750,00",
        "pipeline",
    ),
]
with open(OUT / "OSCE_PCU_proekty_MVD.csv", "w", newline="", encoding="cp1251") as f:
    w = csv.writer(f, delimiter=";")
    for row in osce_title:
        w.writerow(row)
    w.writerow(osce_hdr)
    for p in osce:
        w.writerow(p)
exp(osce[0][1], "OSCE", "DOMESTIC_VIOLENCE", "funded", "EUR", 150_000.50)  # within 2021
# 2020-06-01..2021-05-31 = 214+151 = 365 days, 151 in 2021; 73,000 x 151/365 = 30,200
exp(osce[1][1], "OSCE", "TRAFFICKING", "funded", "EUR", 30_200)
# 2021-09-01..2022-08-31 = 365 days, 122 in 2021; 36,500 x 122/365 = 12,200
exp(osce[2][1], "OSCE", "CUSTODY", "funded", "EUR", 12_200)
exp(osce[3][1], "OSCE", "COMMUNITY_POLICING", "cancelled", "EUR", 0)  # "отм." = отменён
# 2021-10-01..2022-09-30 = 365 days, 92 in 2021; 200,750 x 92/365 = 50,600; pipeline
exp(osce[4][1], "OSCE", "DRUGS", "pipeline", "EUR", 50_600)

# ------------------------------------------------------------------------------------------------------------------
# 7 EU Delegation: projects grouped by beneficiary under a heading row, "Всього по НПУ" subtotal rows between the
#   groups and a grand total "УСЬОГО" at the end
wb = Workbook()
ws = wb.active
ws.title = "Проєкти ЄС"
ws["A1"] = "Представництво Європейського Союзу в Україні"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "Проєкти міжнародної технічної допомоги ЄС у системі МВС України"
put_row(ws, 4, ["№", "Назва проєкту", "Дата початку", "Дата завершення", "Бюджет, EUR", "Статус"])
for c in ws[4]:
    c.font = BOLD
eu_groups = [
    (
        "Національна поліція України (НПУ)",
        "НПУ",
        [
            (
                "1",
                "Електронна система обліку затриманих (Custody Records) в органах поліції",
                D(2021, 1, 1),
                D(2023, 12, 31),
                3_285_000,
                "реалізується",
            ),
            (
                "2",
                "Спеціалізовані підрозділи з розслідування злочинів, пов'язаних з домашнім насильством",
                D(2021, 6, 1),
                D(2022, 5, 31),
                730_000,
                "реалізується",
            ),
        ],
    ),
    (
        "Державна прикордонна служба України (ДПСУ)",
        "ДПСУ",
        [
            (
                "3",
                "Системи відеоспостереження на ділянці державного кордону з Молдовою",
                D(2020, 1, 1),
                D(2021, 12, 31),
                1_462_000,
                "реалізується",
            ),
            (
                "4",
                "Модернізація пункту пропуску «Паланка» для прискорення перетину кордону",
                D(2021, 1, 1),
                D(2021, 12, 31),
                900_000,
                "реалізується",
            ),
        ],
    ),
    (
        "Державна міграційна служба України (ДМС)",
        "ДМС",
        [
            (
                "5",
                "Ідентифікація та повернення нелегальних мігрантів: інтегрована система ДМС",
                D(2021, 4, 1),
                D(2022, 3, 31),
                1_095_000,
                "реалізується",
            ),
        ],
    ),
]
r = 5
grand = 0
for heading, short, rows in eu_groups:
    ws.cell(row=r, column=1, value=heading).font = BOLD
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    r += 1
    for p in rows:
        put_row(ws, r, list(p))
        r += 1
    sub = sum(p[4] for p in rows)
    grand += sub
    ws.cell(row=r, column=2, value=f"Всього по {short}").font = BOLD
    ws.cell(row=r, column=5, value=sub).font = BOLD  # НПУ 4,015,000; ДПСУ 2,362,000; ДМС 1,095,000
    r += 1
ws.cell(row=r, column=2, value="УСЬОГО").font = BOLD
ws.cell(row=r, column=5, value=grand).font = BOLD  # 7,472,000
ws.column_dimensions["B"].width = 90
ws.column_dimensions["C"].width = 14
ws.column_dimensions["D"].width = 14
wb.save(OUT / "EU_Delegation_proekty_MVS_2021.xlsx")
eu = [p for _, _, rows in eu_groups for p in rows]
# 2021-01-01..2023-12-31 = 1095 days; 3,285,000 x 365/1095 = 1,095,000
exp(eu[0][1], "EU", "CUSTODY", "funded", "EUR", 1_095_000)
# 2021-06-01..2022-05-31 = 214+151 = 365 days, 214 in 2021; 730,000 x 214/365 = 428,000
exp(eu[1][1], "EU", "DOMESTIC_VIOLENCE", "funded", "EUR", 428_000)
# 2020-01-01..2021-12-31 = 366+365 = 731 days; 1,462,000 x 365/731 = 730,000
exp(eu[2][1], "EU", "BORDER_SECURITY", "funded", "EUR", 730_000)
exp(eu[3][1], "EU", "BORDER_CROSSING", "funded", "EUR", 900_000)  # all of 2021
# 2021-04-01..2022-03-31 = 365 days, 275 in 2021; 1,095,000 x 275/365 = 825,000
exp(eu[4][1], "EU", "ILLEGAL_MIGRATION", "funded", "EUR", 825_000)

# ------------------------------------------------------------------------------------------------------------------
# 8 Switzerland: a pivot-like overview sheet first (priority area x year, CHF) and the project detail on a second
#   sheet; only the detail counts
wb = Workbook()
ov = wb.active
ov.title = "Overview"
swi = [
    (
        "Rights of detained persons: electronic custody records in police stations",
        "NPU",
        "Custody / detention",
        D(2021, 1, 1),
        D(2022, 12, 31),
        1_460_000,
        "Ongoing",
    ),
    (
        "Emergency response capacity of the State Emergency Service in Donetsk oblast",
        "SESU",
        "Other",
        D(2020, 7, 1),
        D(2021, 6, 30),
        365_000,
        "Ongoing",
    ),
    (
        "Prevention of human trafficking among internally displaced persons",
        "NPU, SMS",
        "Trafficking in human beings",
        D(2021, 3, 1),
        D(2022, 2, 28),
        730_000,
        "Ongoing",
    ),
    (
        "Maritime surveillance equipment for the Maritime Guard of the SBGS",
        "SBGS",
        "Border security",
        D(2022, 1, 1),
        D(2023, 12, 31),
        1_000_000,
        "Planned",
    ),
]
ov["A1"] = "Swiss Cooperation Office Ukraine – MIA sector portfolio overview (CHF)"
ov["A1"].font = Font(bold=True, size=13)
ov["A2"] = "Sum of budget by priority area and year (CHF); project details on sheet 'Projects'"
put_row(ov, 4, ["Priority area", 2020, 2021, 2022, 2023, "Grand Total"])
for c in ov[4]:
    c.font = BOLD
# yearly split by days (see the expected values below)
pivot = [
    ("Border security", 0, 0, 500_000, 500_000),
    ("Custody / detention", 0, 730_000, 730_000, 0),
    ("Other", 184_000, 181_000, 0, 0),
    ("Trafficking in human beings", 0, 612_000, 118_000, 0),
]
for i, (k, *ys) in enumerate(pivot, start=5):
    put_row(ov, i, [k, *ys, sum(ys)])
tot = [sum(p[j] for p in pivot) for j in range(1, 5)]
put_row(ov, 5 + len(pivot), ["Grand Total", *tot, sum(tot)])
for c in ov[5 + len(pivot)]:
    c.font = BOLD
ov.column_dimensions["A"].width = 32
ws = wb.create_sheet("Projects")
ws["A1"] = "Swiss Cooperation Office Ukraine – projects with the MIA system (detail)"
ws["A1"].font = BOLD
put_row(ws, 3, ["Project", "Beneficiary", "Priority area", "Start", "End", "Budget (CHF)", "Status"])
for c in ws[3]:
    c.font = BOLD
for i, p in enumerate(swi, start=4):
    put_row(ws, i, list(p))
ws.column_dimensions["A"].width = 80
ws.column_dimensions["C"].width = 28
wb.save(OUT / "Switzerland_SCO_MIA_portfolio.xlsx")
# 2021-01-01..2022-12-31 = 730 days; 1,460,000 x 365/730 = 730,000
exp(swi[0][0], "Switzerland", "CUSTODY", "funded", "CHF", 730_000)
# 2020-07-01..2021-06-30 = 184+181 = 365 days, 181 in 2021; 365,000 x 181/365 = 181,000
exp(swi[1][0], "Switzerland", "OTHER", "funded", "CHF", 181_000)
# 2021-03-01..2022-02-28 = 365 days, 306 in 2021; 730,000 x 306/365 = 612,000
exp(swi[2][0], "Switzerland", "TRAFFICKING", "funded", "CHF", 612_000)
exp(swi[3][0], "Switzerland", "BORDER_SECURITY", "pipeline", "CHF", 0)  # 2022-2023

# ------------------------------------------------------------------------------------------------------------------
# 9 Netherlands: a transposed table (fields down column A, one project per column B..G), six projects
wb = Workbook()
ws = wb.active
ws.title = "MATRA portfolio"
ws["A1"] = (
    "Embassy of the Kingdom of the Netherlands in Kyiv – projects with the MIA (MATRA / Human Rights Fund)"
)
ws["A1"].font = Font(bold=True, size=13)
fields = [
    "Project",
    "Beneficiary",
    "Implementing partner",
    "Start date",
    "End date",
    "Budget (EUR)",
    "Status",
]
nl = [
    (
        "Laboratory equipment of the Expert Service for the identification of narcotic drugs",
        "MIA Expert Service",
        "Netherlands Forensic Institute",
        D(2021, 1, 1),
        D(2021, 12, 31),
        300_000,
        "Ongoing",
    ),
    (
        "Community policing in Zaporizhzhia oblast",
        "NPU",
        "Police Academy of the Netherlands",
        D(2020, 10, 1),
        D(2022, 9, 30),
        876_000,
        "Ongoing",
    ),
    (
        "Shelters and referral for survivors of domestic violence",
        "NPU",
        "La Strada Ukraine",
        D(2021, 7, 1),
        D(2022, 6, 30),
        182_500,
        "Ongoing",
    ),
    (
        "Reintegration support for victims of human trafficking",
        "NPU, SMS",
        "Caritas Ukraine",
        D(2021, 2, 1),
        D(2021, 7, 31),
        150_000,
        "Ongoing",
    ),
    (
        "Electronic queue for trucks at the Ukraine–Hungary border crossing points",
        "SBGS",
        "Dutch Customs Academy",
        D(2019, 1, 1),
        D(2020, 12, 31),
        400_000,
        "Completed",
    ),
    (
        "Cybersecurity of the MIA information systems",
        "MIA",
        "tbd",
        D(2021, 9, 1),
        D(2022, 8, 31),
        365_000,
        "Pipeline",
    ),
]
for i, f_ in enumerate(fields, start=3):
    ws.cell(row=i, column=1, value=f_).font = BOLD
    for j, p in enumerate(nl, start=2):
        c = ws.cell(row=i, column=j, value=p[i - 3])
        c.alignment = Alignment(wrap_text=True, vertical="top")
        if isinstance(p[i - 3], D):
            c.number_format = "DD-MM-YYYY"
ws.column_dimensions["A"].width = 22
for col in "BCDEFG":
    ws.column_dimensions[col].width = 30
wb.save(OUT / "Netherlands_Embassy_MIA_projects.xlsx")
exp(nl[0][0], "Netherlands", "DRUGS", "funded", "EUR", 300_000)  # all of 2021
# 2020-10-01..2022-09-30 = 92+365+273 = 730 days; 876,000 x 365/730 = 438,000
exp(nl[1][0], "Netherlands", "COMMUNITY_POLICING", "funded", "EUR", 438_000)
# 2021-07-01..2022-06-30 = 365 days, 184 in 2021; 182,500 x 184/365 = 92,000
exp(nl[2][0], "Netherlands", "DOMESTIC_VIOLENCE", "funded", "EUR", 92_000)
exp(nl[3][0], "Netherlands", "TRAFFICKING", "funded", "EUR", 150_000)  # within 2021
exp(nl[4][0], "Netherlands", "BORDER_CROSSING", "funded", "EUR", 0)  # ended 2020
# 2021-09-01..2022-08-31 = 365 days, 122 in 2021; 365,000 x 122/365 = 122,000; pipeline
exp(nl[5][0], "Netherlands", "OTHER", "pipeline", "EUR", 122_000)

# ------------------------------------------------------------------------------------------------------------------
# 10 Lithuania: periods in one cell with an open end ("2021 – ongoing", "Oct 2020 – ongoing") and statuses as English
#   abbreviations ("ong.", "TBC", "canc.")
wb = Workbook()
ws = wb.active
ws.title = "LT Development Cooperation"
ws["A1"] = (
    "Ministry of Foreign Affairs of the Republic of Lithuania – Development Cooperation projects with the MIA"
)
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "Status: ong. = ongoing; TBC = to be confirmed (not yet approved); canc. = cancelled"
put_row(ws, 4, ["Project", "Beneficiary", "Period", "Amount (EUR)", "Status"])
for c in ws[4]:
    c.font = BOLD
lt = [
    (
        "Green border surveillance training for SBGS officers with the Lithuanian State Border Guard Service",
        "SBGS",
        "2021 – ongoing",
        120_000,
        "ong.",
    ),
    (
        "Lithuanian police mentors for community policing in Mariupol",
        "NPU",
        "Oct 2020 – ongoing",
        45_700,
        "ong.",
    ),
    (
        "Readmission and return of irregular migrants: training for the State Migration Service",
        "SMS",
        "Jul 2021 – Jun 2022",
        73_000,
        "TBC",
    ),
    (
        "Electronic document management in the MIA apparatus",
        "MIA",
        "Jan 2021 – Dec 2021",
        50_000,
        "canc.",
    ),
]
for i, p in enumerate(lt, start=5):
    put_row(ws, i, list(p))
ws.column_dimensions["A"].width = 95
ws.column_dimensions["C"].width = 22
wb.save(OUT / "Lithuania_MFA_projects_MIA.xlsx")
exp(lt[0][0], "Lithuania", "BORDER_SECURITY", "funded", "EUR", 120_000)  # 2021-01-01..2021-12-31 (open end)
# 2020-10-01..2021-12-31 (open end) = 92+365 = 457 days; 45,700 x 365/457 = 36,500
exp(lt[1][0], "Lithuania", "COMMUNITY_POLICING", "funded", "EUR", 36_500)
# 2021-07-01..2022-06-30 = 365 days, 184 in 2021; 73,000 x 184/365 = 36,800; TBC -> pipeline
exp(lt[2][0], "Lithuania", "ILLEGAL_MIGRATION", "pipeline", "EUR", 36_800)
exp(lt[3][0], "Lithuania", "OTHER", "cancelled", "EUR", 0)

with open(OUT.parent / "expected.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=list(EXP[0]))
    w.writeheader()
    w.writerows(EXP)
print(len(EXP), "expected lines")
