"""Blind partner files for issue 12, written without reading the reader's code. Expected values by hand."""

import csv
import datetime as dt
import shutil
import sys
from pathlib import Path

from openpyxl import Workbook

OUT = Path(sys.argv[1]) / "raw"
shutil.rmtree(OUT, ignore_errors=True)
OUT.mkdir(parents=True)
EXP = []  # title, partner, priority, status(funded|pipeline|cancelled|unknown), currency, amount_2021 in currency


def exp(title, partner, priority, status, cur, a2021):
    EXP.append(
        dict(title=title, partner=partner, priority=priority, status=status, currency=cur, amount_2021=a2021)
    )


D = dt.datetime
# ---------------------------------------------------------------- 1 Denmark: programme + components, DKK group header
wb = Workbook()
ws = wb.active
ws.title = "Проєкти"
ws["A1"] = "Перелік проєктів міжнародної технічної допомоги, що фінансуються Королівством Данія"
ws["A2"] = "Донор: Міністерство закордонних справ Данії (DANIDA)"
ws.append([])
ws.append(["№", "Назва проєкту", "Бенефіціар", "Виконавець", "Бюджет, DKK", None, "Початок", "Завершення"])
ws.append([None, None, None, None, "2021", "2022", None, None])
ws.merge_cells("E4:F4")
for c in "ABCDGH":
    ws.merge_cells(f"{c}4:{c}5")
rows = [
    (
        "1",
        "Програма підтримки Державної прикордонної служби України",
        "ДПСУ",
        "Danish Refugee Council",
        12_000_000,
        8_000_000,
        D(2021, 1, 1),
        D(2022, 12, 31),
    ),
    (
        "1.1",
        "Закупівля тепловізорів для прикордонних застав",
        "ДПСУ",
        "Danish Refugee Council",
        7_000_000,
        3_000_000,
        D(2021, 1, 1),
        D(2022, 12, 31),
    ),
    (
        "1.2",
        "Навчання кінологів прикордонної служби та закупівля службових собак",
        "ДПСУ",
        "Danish Refugee Council",
        5_000_000,
        5_000_000,
        D(2021, 1, 1),
        D(2022, 12, 31),
    ),
    (
        "2",
        "Програма протидії домашньому насильству",
        "НПУ",
        "UNFPA",
        6_000_000,
        4_000_000,
        D(2021, 1, 1),
        D(2022, 12, 31),
    ),
    (
        "2.1",
        "Мобільні групи реагування на випадки домашнього насильства",
        "НПУ",
        "UNFPA",
        3_000_000,
        2_000_000,
        D(2021, 1, 1),
        D(2022, 12, 31),
    ),
    (
        "2.2",
        "Притулки для постраждалих від домашнього насильства",
        "НПУ",
        "UNFPA",
        1_000_000,
        1_000_000,
        D(2021, 1, 1),
        D(2022, 12, 31),
    ),
    (
        "3",
        "Поліція громад: взаємодія поліції з територіальними громадами",
        "НПУ",
        "Danish Institute",
        2_500_000,
        "–",
        D(2021, 1, 1),
        D(2021, 12, 31),
    ),
]
for r in rows:
    ws.append(list(r))
ws.column_dimensions["B"].width = 60
wb.save(OUT / "denmark_danida_2021.xlsx")
exp(
    "Закупівля тепловізорів для прикордонних застав", "Denmark", "BORDER_SECURITY", "funded", "DKK", 7_000_000
)
exp(
    "Навчання кінологів прикордонної служби та закупівля службових собак",
    "Denmark",
    "BORDER_SECURITY",
    "funded",
    "DKK",
    5_000_000,
)
exp(
    "Програма протидії домашньому насильству", "Denmark", "DOMESTIC_VIOLENCE", "funded", "DKK", 2_000_000
)  # remainder
exp(
    "Мобільні групи реагування на випадки домашнього насильства",
    "Denmark",
    "DOMESTIC_VIOLENCE",
    "funded",
    "DKK",
    3_000_000,
)
exp(
    "Притулки для постраждалих від домашнього насильства",
    "Denmark",
    "DOMESTIC_VIOLENCE",
    "funded",
    "DKK",
    1_000_000,
)
exp(
    "Поліція громад: взаємодія поліції з територіальними громадами",
    "Denmark",
    "COMMUNITY_POLICING",
    "funded",
    "DKK",
    2_500_000,
)

# ---------------------------------------------------------------- 2 Japan: registration cards + instruction sheet
wb = Workbook()
ws = wb.active
ws.title = "Інструкція"
ws["A1"] = "Інструкція із заповнення"
ws["A2"] = "Заповніть окрему картку для кожного проєкту. Суми зазначайте у валюті договору."
ws["A3"] = "Картки надсилайте до секретаріату робочої групи не пізніше ніж за тиждень до засідання."
cards = [
    (
        "Проєкт 1",
        [
            (
                "Назва проєкту",
                "Підвищення спроможності Державної міграційної служби щодо протидії нелегальній міграції",
            ),
            ("Донор", "Уряд Японії"),
            ("Бенефіціар", "Державна міграційна служба України"),
            ("Виконавець", "JICA"),
            ("Бюджет", "¥150,000,000"),
            ("Термін реалізації", "квітень – грудень 2021"),
        ],
    ),
    (
        "Проєкт 2",
        [
            (
                "Назва проєкту",
                "Обладнання пунктів пропуску «Шегині» та «Краковець» для прискорення перетину кордону",
            ),
            ("Донор", "Посольство Японії в Україні"),
            ("Бенефіціар", "ДПСУ"),
            ("Бюджет", 80_000_000),
            ("Валюта", "JPY"),
            ("Дата початку", D(2021, 4, 1)),
            ("Тривалість", "9 міс."),
        ],
    ),
    (
        "Проект 3",
        [
            ("Название проекта", "Профилактика COVID-19 в подразделениях Национальной гвардии Украины"),
            ("Донор", "Правительство Японии"),
            ("Бенефициар", "Национальная гвардия Украины"),
            ("Сумма", "25 000 000"),
            ("Валюта", "JPY"),
            ("Сроки реализации", "с 1 февраля 2021 г. по 30 ноября 2021 г."),
        ],
    ),
]
for name, fields in cards:
    s = wb.create_sheet(name)
    s["A1"] = (
        "Картка проєкту міжнародної технічної допомоги"
        if name != "Проект 3"
        else "Карточка проекта международной технической помощи"
    )
    for i, (k, v) in enumerate(fields, start=3):
        s.cell(i, 1, k)
        s.cell(i, 2, v)
wb.save(OUT / "japan_cards.xlsx")
exp(cards[0][1][0][1], "Japan", "ILLEGAL_MIGRATION", "funded", "JPY", 150_000_000)
exp(cards[1][1][0][1], "Japan", "BORDER_CROSSING", "funded", "JPY", 80_000_000)
exp(cards[2][1][0][1], "Japan", "COVID19", "funded", "JPY", 25_000_000)

# ---------------------------------------------------------------- 3 USA INL: CSV, US dates, unknown 'Agency' header, cancelled
with open(OUT / "inl_projects_2021.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["Donor", "Project", "Agency", "Value", "Curr.", "Start", "End", "Status"])
    us = [
        (
            "Counternarcotics canine units for the National Police",
            "National Police of Ukraine",
            "USD 1.2 million",
            "USD",
            "01/15/2021",
            "12/31/2021",
            "Ongoing",
            "DRUGS",
            1_200_000,
            "funded",
        ),
        (
            "Forensic laboratory equipment to investigate narcotics trafficking",
            "NPU",
            "450,000",
            "USD",
            "02/01/2021",
            "11/30/2021",
            "Ongoing",
            "DRUGS",
            450_000,
            "funded",
        ),
        (
            "Victim identification training to combat trafficking in persons",
            "National Police; State Migration Service",
            "300,000",
            "USD",
            "04/01/2021",
            "12/31/2021",
            "Ongoing",
            "TRAFFICKING",
            300_000,
            "funded",
        ),
        (
            "Community policing: body-worn cameras for community police officers",
            "NPU",
            "900,000",
            "USD",
            "01/01/2021",
            "12/31/2022",
            "Ongoing",
            "COMMUNITY_POLICING",
            450_000,
            "funded",
        ),
        (
            "National hotline for victims of human trafficking",
            "National Police of Ukraine",
            "730,000",
            "USD",
            "07/01/2021",
            "06/30/2023",
            "Ongoing",
            "TRAFFICKING",
            184_000,
            "funded",
        ),
        (
            "Border surveillance radars for the State Border Guard Service",
            "SBGS",
            "2,000,000",
            "USD",
            "06/01/2021",
            "05/31/2022",
            "Cancelled",
            "BORDER_SECURITY",
            0,
            "cancelled",
        ),
    ]
    for t, ag, val, cur, s, e, st, *_ in us:
        w.writerow(["INL", t, ag, val, cur, s, e, st])
for t, *_unused, pr, a, status in us:
    exp(t, "INL", pr, status, "USD", a)

# ---------------------------------------------------------------- 4 Sweden: transposed table
wb = Workbook()
ws = wb.active
ws.title = "Sweden 2021"
ws["A1"] = "Посольство Швеції в Україні — проєкти міжнародної технічної допомоги"
ws.append([])
ws.append(["Показник", "Проєкт 1", "Проєкт 2", "Проєкт 3"])
sw = [
    (
        "Shelters and crisis rooms for survivors of domestic violence",
        "НПУ",
        10_000_000,
        D(2021, 1, 1),
        D(2021, 12, 31),
        "DOMESTIC_VIOLENCE",
        10_000_000,
    ),
    (
        "Integrated border management at the Ukrainian–Moldovan border: patrol boats and surveillance",
        "ДПСУ",
        24_000_000,
        D(2021, 1, 1),
        D(2022, 12, 31),
        "BORDER_SECURITY",
        12_000_000,
    ),
    (
        "Readmission and return of irregular migrants: capacity of the State Migration Service",
        "ДМС",
        6_000_000,
        D(2020, 7, 1),
        D(2023, 6, 30),
        "ILLEGAL_MIGRATION",
        2_000_000,
    ),
]
ws.append(["Назва"] + [p[0] for p in sw])
ws.append(["Бенефіціар"] + [p[1] for p in sw])
ws.append(["Бюджет, SEK"] + [p[2] for p in sw])
ws.append(["Початок"] + [p[3] for p in sw])
ws.append(["Завершення"] + [p[4] for p in sw])
wb.save(OUT / "sweden_embassy.xlsx")
for p in sw:
    exp(p[0], "Sweden", p[5], "funded", "SEK", p[6])

# ---------------------------------------------------------------- 5 EU: statuses, '000 EUR, hidden row, hidden sheet
wb = Workbook()
ws = wb.active
ws.title = "Actions"
ws["A1"] = "Delegation of the European Union to Ukraine — law enforcement actions"
ws.append([])
ws.append(
    [
        "Ref",
        "Action title",
        "Beneficiary institution",
        "EU contribution ('000 EUR)",
        "Implementation period",
        "Status",
    ]
)
eu = [
    (
        "EU-A1",
        "Custody records: electronic register of detained persons in temporary holding facilities",
        "NPU",
        1500,
        "2021-2022",
        "Ongoing",
        "CUSTODY",
        750_000,
        "funded",
    ),
    (
        "EU-A2",
        "Support to the fight against trafficking in human beings",
        "NPU, SMS",
        800,
        "01/2021 - 12/2021",
        "Ongoing",
        "TRAFFICKING",
        800_000,
        "funded",
    ),
    (
        "EU-A3",
        "Modernisation of border crossing points on the western border",
        "SBGS",
        4000,
        "2021-2022",
        "Planned",
        "BORDER_CROSSING",
        2_000_000,
        "pipeline",
    ),
    (
        "EU-A4",
        "COVID-19 protective equipment for National Guard units",
        "NGU",
        300,
        "2021",
        "Withdrawn",
        "COVID19",
        0,
        "cancelled",
    ),
    (
        "EU-A5",
        "Community policing in amalgamated hromadas",
        "NPU",
        600,
        "2021",
        "Ongoing",
        "COMMUNITY_POLICING",
        600_000,
        "funded",
    ),
]
for r in eu:
    ws.append(list(r[:6]))
ws.row_dimensions[8].hidden = True  # EU-A5
old = wb.create_sheet("Archive 2019")
old.sheet_state = "hidden"
old.append(
    [
        "Ref",
        "Action title",
        "Beneficiary institution",
        "EU contribution ('000 EUR)",
        "Implementation period",
        "Status",
    ]
)
old.append(["EU-Z9", "Police reform support (closed)", "NPU", 999, "2019", "Closed"])
wb.save(OUT / "eu_delegation.xlsx")
for r in eu:
    exp(r[1], "EU", r[6], r[8], "EUR", r[7])

# ---------------------------------------------------------------- 6 Poland: cp1250 CSV, semicolons, decimal commas
lines = [
    "Donor: Rzeczpospolita Polska – Ministerstwo Spraw Zagranicznych;;;;;;",
    "Project title;Beneficiary;Budget;Currency;Start date;End date;Implementer",
    "Equipment for surveillance of the green border;SBGS;250 000,00;PLN;01.03.2021;30.11.2021;Straż Graniczna – Ośrodek Szkolenia w Kętrzynie",
    "Police training on responding to domestic violence;NPU;400 000,00;PLN;01.01.2021;31.12.2021;Komenda Główna Policji (Łódź, Kraków)",
]
(OUT / "polska_2021.csv").write_bytes("\r\n".join(lines).encode("cp1250"))
exp("Equipment for surveillance of the green border", "Poland", "BORDER_SECURITY", "funded", "PLN", 250_000)
exp(
    "Police training on responding to domestic violence",
    "Poland",
    "DOMESTIC_VIOLENCE",
    "funded",
    "PLN",
    400_000,
)

# ---------------------------------------------------------------- 7 Register sent by the SBGS with a donor column
wb = Workbook()
ws = wb.active
ws.title = "Реєстр"
ws["A1"] = "Реєстр проєктів міжнародної технічної допомоги, отриманої Державною прикордонною службою України"
ws.append([])
ws.append(["№ з/п", "Донор", "Назва проєкту", "Сума", "Валюта", "Період", "Стан"])
reg = [
    (
        1,
        "Уряд Японії",
        "Тепловізійне обладнання для прикордонних застав на сході",
        "1,2 млн євро",
        None,
        "2021",
        "Триває",
        "Japan",
        "BORDER_SECURITY",
        "EUR",
        1_200_000,
        "funded",
    ),
    (
        2,
        "ЄС",
        "Розбудова системи інтегрованого управління кордонами",
        2_000_000,
        "EUR",
        "2021-2022",
        "Триває",
        "EU",
        "BORDER_SECURITY",
        "EUR",
        1_000_000,
        "funded",
    ),
    (
        3,
        "Government of Japan",
        "Automated border control gates at the Boryspil airport checkpoint",
        500_000,
        "USD",
        "01.04.2021 – 31.12.2021",
        "Ongoing",
        "Japan",
        "BORDER_CROSSING",
        "USD",
        500_000,
        "funded",
    ),
    (
        4,
        "Республіка Польща",
        "Підготовка прикордонників з виявлення підроблених документів",
        300_000,
        "PLN",
        "2021",
        "Скасовано",
        "Poland",
        "BORDER_SECURITY",
        "PLN",
        0,
        "cancelled",
    ),
    (
        5,
        "Посольство Швеції",
        "Протидія незаконній міграції: облаштування пунктів тимчасового перебування іноземців",
        1_500_000,
        "SEK",
        "2021",
        "Триває",
        "Sweden",
        "ILLEGAL_MIGRATION",
        "SEK",
        1_500_000,
        "funded",
    ),
]
for r in reg:
    ws.append(list(r[:7]))
wb.save(OUT / "dpsu_register_mtd.xlsx")
for r in reg:
    exp(r[2], r[7], r[8], r[11], r[9], r[10])

# ---------------------------------------------------------------- 8 UK: year columns with total, dash, in kind, blank
wb = Workbook()
ws = wb.active
ws.title = "UK ITA"
ws.append(["Programme", "Lead agency", "2021 (GBP)", "2022 (GBP)", "Total (GBP)", "Dates"])
uk = [
    (
        "Prevention of domestic and gender-based violence: police response training",
        "NPU",
        250_000,
        150_000,
        400_000,
        "Apr 2021 – Mar 2023",
        "DOMESTIC_VIOLENCE",
        250_000,
        "funded",
    ),
    (
        "Detection and return of irregular migrants: State Migration Service capacity",
        "SMS",
        180_000,
        "-",
        180_000,
        "2021",
        "ILLEGAL_MIGRATION",
        180_000,
        "funded",
    ),
    (
        "Secondment of a UK police adviser on community policing (in kind)",
        "NPU",
        0,
        0,
        0,
        "2021-2022",
        "COMMUNITY_POLICING",
        0,
        "funded",
    ),
    (
        "Counter-narcotics training for border and police officers",
        "SBGS, NPU",
        120_000,
        80_000,
        200_400,
        "Jan 2021 – Dec 2022",
        "DRUGS",
        120_000,
        "funded",
    ),
]
for r in uk:
    ws.append(list(r[:6]))
wb.save(OUT / "uk_embassy.xlsx")
for r in uk:
    exp(r[0], "UK", r[6], r[8], "GBP", r[7])

# ---------------------------------------------------------------- 9 Russian headers, 'в т.ч.' components, durations, 15-Mar-2021
wb = Workbook()
ws = wb.active
ws.title = "Проекты"
ws.append(
    [
        "Наименование проекта",
        "Бенефициар",
        "Сумма, млн долл. США",
        "Дата начала",
        "Продолжительность",
        "Донор",
    ]
)
ru = [
    ("Программа ОБСЕ по поддержке Национальной полиции", "НПУ", 3, "01.01.2021", "24 месяца", "ОБСЕ"),
    ("в т.ч. противодействие торговле людьми", "НПУ", 1, "01.01.2021", "24 месяца", "ОБСЕ"),
    ("в т.ч. противодействие домашнему насилию", "НПУ", 2, "01.01.2021", "24 месяца", "ОБСЕ"),
    (
        "Профилактика распространения COVID-19 среди сотрудников ГСЧС",
        "ГСЧС",
        "0,25",
        "15-Mar-2021",
        "9 мес.",
        "ЮНИСЕФ",
    ),
]
for r in ru:
    ws.append(list(r))
wb.save(OUT / "osce_unicef_ru.xlsx")
exp("в т.ч. противодействие торговле людьми", "OSCE", "TRAFFICKING", "funded", "USD", 500_000)
exp("в т.ч. противодействие домашнему насилию", "OSCE", "DOMESTIC_VIOLENCE", "funded", "USD", 1_000_000)
exp(
    "Профилактика распространения COVID-19 среди сотрудников ГСЧС",
    "UNICEF",
    "COVID19",
    "funded",
    "USD",
    250_000,
)

with open(OUT.parent / "expected.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=list(EXP[0]))
    w.writeheader()
    w.writerows(EXP)
print(len(EXP), "projects")
