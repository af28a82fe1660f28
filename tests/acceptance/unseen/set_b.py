"""Second blind set of partner files (written without reading the product). Expected 2021 amounts computed by hand."""

import csv
import datetime as dt
import shutil
import sys
from pathlib import Path

from openpyxl import Workbook

HERE = Path(sys.argv[1])
OUT = HERE / "raw"
shutil.rmtree(OUT, ignore_errors=True)
OUT.mkdir(parents=True)
EXP = []


def exp(title, partner, priority, status, cur, a2021):
    EXP.append(
        dict(title=title, partner=partner, priority=priority, status=status, currency=cur, amount_2021=a2021)
    )


D = dt.datetime

# ------------------------------------------------------------------ 1 Canada: title block, merged CAD group header over year
# columns, Total off by a few units, column without header, dash, blank vs 0 in kind, numbered programme 1/1.1/1.2 (sums match)
wb = Workbook()
ws = wb.active
ws.title = "PSOPs 2021"
ws["A1"] = "Government of Canada"
ws["A2"] = "Global Affairs Canada — Peace and Stabilization Operations Program (PSOPs)"
ws["A3"] = (
    "Technical assistance to the Ministry of Internal Affairs of Ukraine, status as of 31 December 2021"
)
ws["A5"] = "No."
ws["B5"] = "Initiative"
ws["C5"] = "Counterpart"
ws["D5"] = None
ws["E5"] = "Contribution, CAD"
ws["E6"] = "2020"
ws["F6"] = "2021"
ws["G6"] = "2022"
ws["H5"] = "Total"
ws["I5"] = "Status"
ws.merge_cells("E5:G5")
for c in "ABCDHI":
    ws.merge_cells(f"{c}5:{c}6")
ca = [
    (
        "1",
        "Canadian Police Mission support to the National Police of Ukraine",
        "NPU",
        "Canadian Police Arrangement",
        100_000,
        650_000,
        450_000,
        1_200_000,
        "Ongoing",
    ),
    (
        "1.1",
        "Training of community police officers in amalgamated hromadas",
        "NPU",
        "Canadian Police Arrangement",
        None,
        400_000,
        300_000,
        700_000,
        "Ongoing",
    ),
    (
        "1.2",
        "Specialized police response teams for domestic violence cases",
        "NPU",
        "Canadian Police Arrangement",
        100_000,
        250_000,
        150_000,
        500_000,
        "Ongoing",
    ),
    (
        "2",
        "Protective equipment and rapid tests to prevent COVID-19 among National Guard personnel",
        "NGU",
        "CANADEM",
        50_000,
        120_000,
        "–",
        170_003,
        "Ongoing",
    ),
    (
        "3",
        "Strengthening the National Police capacity to investigate trafficking in human beings",
        "NPU",
        "RCMP",
        None,
        200_000,
        200_000,
        400_000,
        "Terminated",
    ),
    (
        "4",
        "Secondment of RCMP advisers on custody records and rights of detained persons (in kind)",
        "NPU",
        "RCMP",
        None,
        0,
        0,
        0,
        "Ongoing",
    ),
    (
        "5",
        "Surveillance drones for State Border Guard Service units on the northern border",
        "SBGS",
        "CANADEM",
        None,
        150_000,
        200_000,
        350_000,
        "Pipeline",
    ),
]
for r in ca:
    ws.append(list(r))
ws.column_dimensions["B"].width = 70
wb.save(OUT / "canada_gac_psops.xlsx")
exp(ca[1][1], "Canada", "COMMUNITY_POLICING", "funded", "CAD", 400_000)
exp(ca[2][1], "Canada", "DOMESTIC_VIOLENCE", "funded", "CAD", 250_000)
exp(ca[3][1], "Canada", "COVID19", "funded", "CAD", 120_000)  # total 170,003 ignored, year column wins
exp(ca[4][1], "Canada", "TRAFFICKING", "cancelled", "CAD", 200_000)
exp(ca[5][1], "Canada", "CUSTODY", "funded", "CAD", 0)
exp(ca[6][1], "Canada", "BORDER_SECURITY", "pipeline", "CAD", 150_000)

# ------------------------------------------------------------------ 2 Netherlands: UA title, 'тис. євро' in title row,
# Отримувач / Обсяг фінансування, Ukrainian month names, outline-level programme with leftover, hidden row, запланований
wb = Workbook()
ws = wb.active
ws.title = "МТД"
ws["A1"] = "Посольство Королівства Нідерландів в Україні"
ws["A2"] = "Фонд стабільності та програма MATRA — проєкти у сфері внутрішніх справ"
ws["A3"] = "(тис. євро)"
ws.append([])
ws.append(["№", "Назва проєкту", "Отримувач", "Обсяг фінансування", "Період реалізації", "Стан"])
nl = [  # title, recipient, amount (thousand EUR), period, status, outline level, hidden
    (
        "1",
        "Програма протидії нелегальній міграції та реадмісії",
        "ДМС",
        900,
        "з січня 2021 р. по грудень 2022 р.",
        "виконується",
        0,
        False,
    ),
    (
        "",
        "Модернізація пунктів тимчасового перебування іноземців, які незаконно перебувають в Україні",
        "ДМС",
        300,
        "з січня 2021 р. по грудень 2022 р.",
        "виконується",
        1,
        False,
    ),
    (
        "",
        "Підтримка добровільного повернення нелегальних мігрантів до країн походження",
        "ДМС",
        200,
        "з січня 2021 р. по грудень 2022 р.",
        "виконується",
        1,
        False,
    ),
    (
        "2",
        "Навчання слідчих поліції розслідуванню злочинів, пов'язаних з незаконним обігом наркотиків",
        "НПУ",
        146,
        "з березня 2021 р. по лютий 2023 р.",
        "виконується",
        0,
        False,
    ),
    (
        "3",
        "Кризові кімнати для постраждалих від домашнього насильства у відділеннях поліції",
        "НПУ",
        120,
        "квітень – грудень 2021 р.",
        "виконується",
        0,
        True,
    ),
    (
        "4",
        "Облаштування пункту пропуску «Ягодин» для пришвидшення оформлення вантажівок",
        "ДПСУ",
        600,
        "з липня 2020 р. по червень 2023 р.",
        "запланований",
        0,
        False,
    ),
]
for r in nl:
    ws.append(list(r[:6]))
    rr = ws.max_row
    if r[6]:
        ws.row_dimensions[rr].outlineLevel = r[6]
    if r[7]:
        ws.row_dimensions[rr].hidden = True
wb.save(OUT / "niderlandy_posolstvo.xlsx")
exp(nl[0][1], "Netherlands", "ILLEGAL_MIGRATION", "funded", "EUR", 200_000)  # (900-300-200)/2
exp(nl[1][1], "Netherlands", "ILLEGAL_MIGRATION", "funded", "EUR", 150_000)
exp(nl[2][1], "Netherlands", "ILLEGAL_MIGRATION", "funded", "EUR", 100_000)
exp(nl[3][1], "Netherlands", "DRUGS", "funded", "EUR", 61_200)  # 146000*306/730
exp(nl[4][1], "Netherlands", "DOMESTIC_VIOLENCE", "funded", "EUR", 120_000)  # hidden row, still a project
exp(nl[5][1], "Netherlands", "BORDER_CROSSING", "pipeline", "EUR", 200_000)  # 600000/3

# ------------------------------------------------------------------ 3 Switzerland: cover sheet + registration cards (labels in
# column B, values in C), CHF 546'000, durations '18 міс.' / '10 months', скасовано, hidden draft sheet
wb = Workbook()
ws = wb.active
ws.title = "Титул"
ws["B2"] = "Швейцарська Конфедерація"
ws["B3"] = "Посольство Швейцарії в Україні — Бюро співробітництва"
ws["B4"] = "Картки проєктів, що реалізуються за підтримки Швейцарії у 2021 році"
ws["B6"] = "Кількість карток:"
ws["C6"] = 3
ch = [
    (
        "Картка 1",
        [
            (
                "Назва проєкту:",
                "Електронна система обліку затриманих осіб «Custody Records» в ізоляторах тимчасового тримання",
            ),
            ("Реципієнт:", "Національна поліція України"),
            ("Виконавець:", "DCAF"),
            ("Бюджет:", "CHF 546'000"),
            ("Дата початку:", D(2021, 1, 1)),
            ("Тривалість:", "18 міс."),
            ("Статус:", "виконується"),
        ],
    ),
    (
        "Card 2",
        [
            ("Project title", "Modernisation of State Emergency Service rescue equipment in mountain areas"),
            ("Recipient institution", "State Emergency Service of Ukraine"),
            ("Swiss contribution", "CHF 240'000"),
            ("Start", "01.03.2021"),
            ("Duration", "10 months"),
            ("Status", "ongoing"),
        ],
    ),
    (
        "Картка 3",
        [
            ("Назва проєкту:", "Протидія торгівлі людьми: підтримка гарячої лінії та мобільних груп"),
            ("Реципієнт:", "Національна поліція України"),
            ("Бюджет:", 400_000),
            ("Валюта:", "CHF"),
            ("Період:", "01.01.2021 – 31.12.2022"),
            ("Статус:", "скасовано"),
        ],
    ),
]
for name, fields in ch:
    s = wb.create_sheet(name)
    s["B1"] = "Реєстраційна картка проєкту" if "Card" not in name else "Project registration card"
    for i, (k, v) in enumerate(fields, start=3):
        s.cell(i, 2, k)
        s.cell(i, 3, v)
    s.column_dimensions["C"].width = 80
hs = wb.create_sheet("Картка 4 (чернетка)")
hs.sheet_state = "hidden"
hs["B1"] = "Реєстраційна картка проєкту"
for i, (k, v) in enumerate(
    [
        ("Назва проєкту:", "Підтримка поліції громад у Закарпатській області"),
        ("Бюджет:", "CHF 150'000"),
        ("Дата початку:", D(2021, 1, 1)),
        ("Тривалість:", "12 міс."),
    ],
    start=3,
):
    hs.cell(i, 2, k)
    hs.cell(i, 3, v)
wb.save(OUT / "shveitsaria_kartky.xlsx")
exp(ch[0][1][0][1], "Switzerland", "CUSTODY", "funded", "CHF", 365_000)  # 546000*365/546 (1.1.2021-30.6.2022)
exp(ch[1][1][0][1], "Switzerland", "OTHER", "funded", "CHF", 240_000)  # 1.3.2021-31.12.2021
exp(ch[2][1][0][1], "Switzerland", "TRAFFICKING", "cancelled", "CHF", 200_000)

# ------------------------------------------------------------------ 4 UN Women: RU headers, 'млн дол. США', RU months,
# 'в т.ч.' marker in the № column (components less than programme -> leftover), отменен
wb = Workbook()
ws = wb.active
ws.title = "Проекты"
ws["A1"] = "ООН-Жінки"
ws["A2"] = (
    "Структура ООН по вопросам гендерного равенства и расширения прав и возможностей женщин — проекты с МВД Украины"
)
ws.append([])
ws.append(["№", "Название проекта", "Получатель", "Бюджет, млн дол. США", "Сроки реализации", "Статус"])
uw = [
    (
        "1",
        "Программа по предотвращению домашнего насилия и насилия по признаку пола",
        "НПУ",
        1.5,
        "январь 2021 – декабрь 2022",
        "реализуется",
    ),
    (
        "в т.ч.",
        "Мобильные группы полиции по реагированию на домашнее насилие",
        "НПУ",
        0.6,
        "январь 2021 – декабрь 2022",
        "реализуется",
    ),
    (
        "в т.ч.",
        "Обучение участковых офицеров полиции работе с пострадавшими от домашнего насилия",
        "НПУ",
        0.4,
        "январь 2021 – декабрь 2022",
        "реализуется",
    ),
    (
        "2",
        "Противодействие торговле женщинами и девочками: обучение пограничников выявлению жертв",
        "ГПСУ",
        0.365,
        "июль 2021 – июнь 2022",
        "реализуется",
    ),
    (
        "3",
        "Горячая линия Национальной полиции для пострадавших от домашнего насилия",
        "НПУ",
        0.2,
        "с 1 марта по 31 декабря 2021 г.",
        "отменен",
    ),
]
for r in uw:
    ws.append(list(r))
wb.save(OUT / "oon_zhinky_ru.xlsx")
exp(uw[0][1], "UN Women", "DOMESTIC_VIOLENCE", "funded", "USD", 250_000)  # (1.5-0.6-0.4)/2 million
exp(uw[1][1], "UN Women", "DOMESTIC_VIOLENCE", "funded", "USD", 300_000)
exp(uw[2][1], "UN Women", "DOMESTIC_VIOLENCE", "funded", "USD", 200_000)
exp(uw[3][1], "UN Women", "TRAFFICKING", "funded", "USD", 184_000)  # 365000*184/365
exp(uw[4][1], "UN Women", "DOMESTIC_VIOLENCE", "cancelled", "USD", 200_000)

# ------------------------------------------------------------------ 5 EU Delegation: transposed table, amounts as text
# ('EUR 1.2 million', '2,4 млн євро'), 'планується'
wb = Workbook()
ws = wb.active
ws.title = "Проєкти ЄС"
ws["A1"] = "Представництво ЄС в Україні"
ws["A2"] = "Інформація про проєкти МТД у сфері внутрішніх справ (станом на 01.01.2022)"
eu = [
    (
        "Поліцейські станції у територіальних громадах: підтримка роботи поліцейських офіцерів громади",
        "НПУ",
        "EUR 1.2 million",
        "01.01.2021 – 31.12.2021",
        "реалізується",
        "COMMUNITY_POLICING",
        1_200_000,
        "funded",
    ),
    (
        "Посилення охорони кордону: мобільні системи відеоспостереження для ДПСУ",
        "ДПСУ",
        "2,4 млн євро",
        "2021–2022",
        "реалізується",
        "BORDER_SECURITY",
        1_200_000,
        "funded",
    ),
    (
        "Засоби індивідуального захисту для запобігання COVID-19 серед працівників ДСНС",
        "ДСНС",
        "EUR 450,000",
        "квітень – вересень 2021",
        "завершено",
        "COVID19",
        450_000,
        "funded",
    ),
    (
        "Автоматизована система обліку осіб, затриманих поліцією (Custody Records), у всіх ІТТ",
        "НПУ",
        3_650_000,
        "07.2021 – 06.2023",
        "планується",
        "CUSTODY",
        920_000,
        "pipeline",
    ),
]
ws.append([])
ws.append(["Параметр"] + [f"Проєкт {i}" for i in range(1, len(eu) + 1)])
ws.append(["Назва"] + [p[0] for p in eu])
ws.append(["Бенефіціар"] + [p[1] for p in eu])
ws.append(["Загальний бюджет"] + [p[2] for p in eu])
ws.append(["Валюта"] + ["EUR"] * len(eu))
ws.append(["Термін реалізації"] + [p[3] for p in eu])
ws.append(["Стан"] + [p[4] for p in eu])
for c in "BCDE":
    ws.column_dimensions[c].width = 45
wb.save(OUT / "predstavnytstvo_ies.xlsx")
for p in eu:
    exp(p[0], "EU", p[5], p[7], "EUR", p[6])  # CUSTODY: 3650000*184/730

# ------------------------------------------------------------------ 6 register from the State Migration Service: donor column,
# 'тис. грн', year columns without total under a merged group header, dash, decimal thousand, скасовано, 'Усього' row
wb = Workbook()
ws = wb.active
ws.title = "Реєстр ДМС"
ws["A1"] = "Державна міграційна служба України"
ws["A2"] = "Реєстр проєктів міжнародної технічної допомоги, бенефіціаром яких є ДМС"
ws["A3"] = "тис. грн"
ws["A5"] = "№ з/п"
ws["B5"] = "Донор / партнер"
ws["C5"] = "Назва проєкту"
ws["D5"] = "Виконавець"
ws["E5"] = "Обсяг фінансування за роками"
ws["E6"] = 2021
ws["F6"] = 2022
ws["G6"] = 2023
ws["H5"] = "Строк реалізації"
ws["I5"] = "Стан"
ws.merge_cells("E5:G5")
for c in "ABCDHI":
    ws.merge_cells(f"{c}5:{c}6")
dms = [
    (
        1,
        "Уряд Королівства Норвегія",
        "Ідентифікація та повернення нелегальних мігрантів: біометричне обладнання для ДМС",
        "NRC",
        5400,
        4200,
        2400,
        "2021–2023",
        "виконується",
        "Norway",
        "ILLEGAL_MIGRATION",
        5_400_000,
        "funded",
    ),
    (
        2,
        "Міжнародна організація з міграції (МОМ)",
        "Протидія торгівлі людьми: навчання працівників ДМС виявленню потенційних жертв",
        "МОМ",
        3000,
        "-",
        "-",
        "2021",
        "виконується",
        "IOM",
        "TRAFFICKING",
        3_000_000,
        "funded",
    ),
    (
        3,
        "Програма розвитку ООН (ПРООН)",
        "Модернізація центрів обслуговування громадян ДМС з оформлення паспортних документів",
        "ПРООН",
        2700.5,
        2700,
        "-",
        "2021–2022",
        "виконується",
        "UNDP",
        "OTHER",
        2_700_500,
        "funded",
    ),
    (
        4,
        "Литовська Республіка",
        "Реадмісія: підтримка пунктів тимчасового перебування іноземців",
        "МВС Литви",
        900,
        600,
        "-",
        "2021–2022",
        "скасовано",
        "Lithuania",
        "ILLEGAL_MIGRATION",
        900_000,
        "cancelled",
    ),
    (
        5,
        "Французька Республіка",
        "Протидія незаконній міграції: навчання інспекторів ДМС виявленню підроблених документів",
        "Expertise France",
        600,
        "-",
        "-",
        "2021",
        "виконується",
        "France",
        "ILLEGAL_MIGRATION",
        600_000,
        "funded",
    ),
]
for r in dms:
    ws.append(list(r[:9]))
ws.append([None, None, "Усього", None, 12600.5, 7500, 2400, None, None])
ws.column_dimensions["C"].width = 70
wb.save(OUT / "dms_reiestr_mtd.xlsx")
for r in dms:
    exp(r[2], r[9], r[10], r[12], "UAH", r[11])

# ------------------------------------------------------------------ 7 USAID: US dates as text (day > 12), '2.5m USD' etc,
# 'Recipient institution', 'Funding', misleading 'Total' column (trainees) under a merged 'Trainees' header
wb = Workbook()
ws = wb.active
ws.title = "Activities"
ws["A1"] = "U.S. Agency for International Development (USAID) — Mission to Ukraine"
ws["A2"] = "Activities with agencies of the Ministry of Internal Affairs, FY2021 reporting"
ws["A4"] = "Activity"
ws["B4"] = "Implementing partner"
ws["C4"] = "Recipient institution"
ws["D4"] = "Start date"
ws["E4"] = "End date"
ws["F4"] = "Funding"
ws["G4"] = "Trainees"
ws["G5"] = "Male"
ws["H5"] = "Female"
ws["I5"] = "Total"
ws.merge_cells("G4:I4")
for c in "ABCDEF":
    ws.merge_cells(f"{c}4:{c}5")
us = [
    (
        "Community policing and public safety in eastern hromadas",
        "DAI Global",
        "National Police of Ukraine",
        "01/01/2021",
        "12/31/2022",
        "2.5m USD",
        640,
        310,
        950,
        "COMMUNITY_POLICING",
        1_250_000,
    ),
    (
        "Combating trafficking in persons: shelters and reintegration of survivors",
        "Winrock International",
        "National Police; State Migration Service",
        "03/15/2021",
        "12/31/2021",
        "USD 780,000",
        45,
        120,
        165,
        "TRAFFICKING",
        780_000,
    ),
    (
        "COVID-19 vaccination logistics support for State Emergency Service staff",
        "Chemonics International",
        "State Emergency Service",
        "07/01/2021",
        "09/30/2021",
        "$310,000",
        0,
        0,
        0,
        "COVID19",
        310_000,
    ),
    (
        "Domestic violence response: National Police case management system",
        "Pact",
        "National Police of Ukraine",
        "07/01/2020",
        "06/30/2023",
        "USD 1.5m",
        220,
        410,
        630,
        "DOMESTIC_VIOLENCE",
        500_000,
    ),
]
for r in us:
    ws.append(list(r[:9]))
ws.column_dimensions["A"].width = 70
wb.save(OUT / "usaid_activities_fy2021.xlsx")
for r in us:
    exp(r[0], "USAID", r[9], "funded", "USD", r[10])

# ------------------------------------------------------------------ 8 UNODC: cp1251 CSV, semicolons, decimal commas, RU, отменен
lines = [
    "Управление ООН по наркотикам и преступности (УНП ООН);;;;;;;",
    "Программа по Украине, 2021 год;;;;;;;",
    ";;;;;;;",
    "Наименование проекта;Получатель;Исполнитель;Бюджет;Валюта;Дата начала;Дата окончания;Статус",
    "Усиление контроля за незаконным оборотом наркотиков в морских портах;ГПСУ, ГТСУ;УНП ООН;612 000,00;USD;01.07.2020;30.06.2023;реализуется",
    "Профилактика наркомании и противодействие сбыту наркотиков среди молодежи: обучение ювенальной полиции;НПУ;УНП ООН;150 000,00;USD;01.02.2021;31.12.2021;реализуется",
    "Противодействие торговле людьми: совместные расследования Национальной полиции и прокуратуры;НПУ;УНП ООН;95 500,50;EUR;01.01.2021;31.12.2021;отменен",
    "Расследование преступлений, связанных с продажей наркотиков через даркнет;Департамент киберполиции НПУ;УНП ООН;250 000,00;EUR;01.01.2021;31.12.2022;реализуется",
]
(OUT / "unodc_ukraina_2021.csv").write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1251"))
exp(
    "Усиление контроля за незаконным оборотом наркотиков в морских портах",
    "UNODC",
    "DRUGS",
    "funded",
    "USD",
    204_000,
)  # /3
exp(
    "Профилактика наркомании и противодействие сбыту наркотиков среди молодежи: обучение ювенальной полиции",
    "UNODC",
    "DRUGS",
    "funded",
    "USD",
    150_000,
)
exp(
    "Противодействие торговле людьми: совместные расследования Национальной полиции и прокуратуры",
    "UNODC",
    "TRAFFICKING",
    "cancelled",
    "EUR",
    95_500.50,
)
exp(
    "Расследование преступлений, связанных с продажей наркотиков через даркнет",
    "UNODC",
    "DRUGS",
    "funded",
    "EUR",
    125_000,
)

# ------------------------------------------------------------------ 9 Germany: 'All amounts in EUR thousands', 'Agency' header,
# outline-level programme whose components add up, 'Jan-2021 to Dec-2021', hidden row, 0 in kind, planned
wb = Workbook()
ws = wb.active
ws.title = "Projects"
ws["A1"] = "Federal Republic of Germany — Federal Foreign Office"
ws["A2"] = "Police and border cooperation projects with Ukraine"
ws["A3"] = "All amounts in EUR thousands"
ws.append([])
ws.append(["Project", "Agency", "Implementer", "Budget", "Period", "Status"])
de = [  # title, agency, implementer, budget, period, status, level, hidden
    (
        "Border management support programme",
        "SBGS",
        "Bundespolizei",
        2000,
        "Jan-2021 to Dec-2022",
        "ongoing",
        0,
        False,
    ),
    (
        "Thermal imaging cameras and patrol vehicles for border guard units on the green border",
        "SBGS",
        "Bundespolizei",
        1200,
        "Jan-2021 to Dec-2022",
        "ongoing",
        1,
        False,
    ),
    (
        "Faster processing at road border crossing points: electronic queue for trucks",
        "SBGS",
        "Bundespolizei",
        800,
        "Jan-2021 to Dec-2022",
        "ongoing",
        1,
        False,
    ),
    (
        "Training of National Police investigators on drug-related crime",
        "NPU",
        "BKA",
        300,
        "Jan-2021 to Dec-2021",
        "ongoing",
        0,
        True,
    ),
    (
        "Donation of decommissioned fire engines to the State Emergency Service (in kind)",
        "SESU",
        "THW",
        0,
        "2021",
        "completed",
        0,
        False,
    ),
    (
        "Custody records: video surveillance in temporary detention facilities",
        "NPU",
        "GIZ",
        365,
        "Jul-2021 to Jun-2022",
        "planned",
        0,
        False,
    ),
]
for r in de:
    ws.append(list(r[:6]))
    rr = ws.max_row
    if r[6]:
        ws.row_dimensions[rr].outlineLevel = r[6]
    if r[7]:
        ws.row_dimensions[rr].hidden = True
ws.column_dimensions["A"].width = 75
wb.save(OUT / "germany_auswaertiges_amt.xlsx")
exp(de[1][0], "Germany", "BORDER_SECURITY", "funded", "EUR", 600_000)
exp(de[2][0], "Germany", "BORDER_CROSSING", "funded", "EUR", 400_000)
exp(de[3][0], "Germany", "DRUGS", "funded", "EUR", 300_000)  # hidden row
exp(de[4][0], "Germany", "OTHER", "funded", "EUR", 0)  # in kind
exp(de[5][0], "Germany", "CUSTODY", "pipeline", "EUR", 184_000)  # 365000*184/365

# ------------------------------------------------------------------ 10 Norway: UTF-8 CSV with BOM, commas, ISO dates, NOK
with open(OUT / "norway_embassy.csv", "w", newline="", encoding="utf-8-sig") as f:
    w = csv.writer(f)
    w.writerow(["Royal Norwegian Embassy in Kyiv"])
    w.writerow([])
    w.writerow(["Project", "Partner agency", "Grant (NOK)", "From", "To", "Status"])
    w.writerow(
        [
            "Humanitarian demining capacity of the State Emergency Service",
            "SESU",
            "10 000 000",
            "2021-01-01",
            "2021-12-31",
            "Active",
        ]
    )
    w.writerow(
        [
            "Gender-sensitive police response to domestic violence in Donetsk and Luhansk oblasts",
            "NPU",
            "4 000 000",
            "2021-01-01",
            "2022-12-31",
            "Active",
        ]
    )
exp(
    "Humanitarian demining capacity of the State Emergency Service",
    "Norway",
    "OTHER",
    "funded",
    "NOK",
    10_000_000,
)
exp(
    "Gender-sensitive police response to domestic violence in Donetsk and Luhansk oblasts",
    "Norway",
    "DOMESTIC_VIOLENCE",
    "funded",
    "NOK",
    2_000_000,
)

titles = [e["title"] for e in EXP]
assert len(titles) == len(set(titles)), "duplicate titles"
with open(HERE / "expected.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=["title", "partner", "priority", "status", "currency", "amount_2021"])
    w.writeheader()
    w.writerows(EXP)
print(len(EXP), "projects in", len(list(OUT.iterdir())), "files")
