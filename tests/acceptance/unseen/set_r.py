# ruff: noqa: B007 - a data script written blind: its loops unpack whole rows and use a few fields
"""Blind partner files, set R: written without reading the reader's code. Expected values by hand.

Returns written by the BENEFICIARY agencies (State Border Guard Service, National Police, State Migration Service,
National Guard), each listing help from many donors, mostly in Ukrainian and Russian: donors in running text
("Європейський Союз через ПРООН": the first named funds, the one after "через" implements), amounts with their
currency in words ("350 тис. доларів США", "2,4 млн. євро"), a sheet per regional department, periods as
"2021–2022 рр." / "II півріччя 2021 р." / "до кінця 2022 року" (starting on the document's date in the title rows),
in-kind gifts with "-" or 0, a jointly funded project as one row per donor, numbers as text with apostrophes and
non-breaking spaces, and a cp1251 accounting export with "01.03.2021 0:00:00" dates.

Usage: python set_r.py OUT_DIR  -> OUT_DIR/raw/<partner files>, OUT_DIR/expected.csv
Convention: a given 2021 figure is taken as is; otherwise total x days in 2021 / days of the project (both ends
included); a month runs first to last day, a quarter first to last day; outside 2021 -> 0; cancelled -> 0.
"""

import csv
import shutil
import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

OUT = Path(sys.argv[1]) / "raw"
shutil.rmtree(OUT, ignore_errors=True)
OUT.mkdir(parents=True)
EXP = []  # title, partner, priority, status(funded|pipeline|cancelled), currency, amount_2021 in currency
NB = "\u00a0"  # non-breaking space


def exp(title, partner, priority, status, cur, a2021):
    EXP.append(
        dict(title=title, partner=partner, priority=priority, status=status, currency=cur, amount_2021=a2021)
    )


def table(ws, row, header, rows, widths=None):
    """Write a bold header at `row` and the rows under it (column A on)."""
    for j, h in enumerate(header, start=1):
        c = ws.cell(row=row, column=j, value=h)
        c.font = Font(bold=True)
        c.alignment = Alignment(wrap_text=True, vertical="top")
    for i, r in enumerate(rows, start=row + 1):
        for j, v in enumerate(r, start=1):
            ws.cell(row=i, column=j, value=v)
    for col, w in (widths or {}).items():
        ws.column_dimensions[col].width = w
    return row + len(rows)


# ------------------------------------------------------------------------------------------------------------------
# 1 ДПСУ: one workbook, a sheet per regional department with the same header; donors in running Ukrainian
#   ("Європейський Союз через ПРООН"); "Вартість" = amount + currency in words; "Строк реалізації" as
#   "2021–2022 рр." / "II півріччя 2021 р." / "до кінця 2022 року" (start = document date 01.07.2021 in the title)
wb = Workbook()
hdr1 = [
    "№ з/п",
    "Назва проєкту (програми)",
    "Донор / Партнер",
    "Вартість",
    "Строк реалізації",
    "Стан виконання",
]
dpsu = {
    "ДПСУ – Західне РУ": [
        (
            1,
            "Модернізація системи відеоспостереження на ділянці державного кордону з Польщею",
            "Європейський Союз через ПРООН",
            "2,4 млн. євро",
            "2021–2022 рр.",
            "Обладнання частково передано у квітні 2021 р., монтаж триває",
        ),
        (
            2,
            "Розширення смуг руху та електронна черга в пункті пропуску «Ягодин» для скорочення часу перетину кордону",
            "Уряд Республіки Польща",
            "3 650 000 злотих",
            "II півріччя 2021 р.",
            "Очікується підписання угоди",
        ),
        (
            3,
            "Оснащення прикордонних нарядів тепловізорами для охорони «зеленого кордону»",
            "Уряд Литовської Республіки",
            "1 098 000 гривень",
            "до кінця 2022 року",
            "Передано перші 10 тепловізорів, решта – у 2022 р.",
        ),
    ],
    "ДПСУ – Південне РУ": [
        (
            1,
            "Навчання прикордонників виявленню жертв торгівлі людьми",
            "Посольство США (INL)",
            "350 тис. доларів США",
            "2021–2022 рр.",
            "Проведено 4 тренінги для 80 прикордонників",
        ),
        (
            2,
            "Виявлення та документування нелегальних мігрантів на ділянці Ізмаїльського прикордонного загону",
            "Уряд Королівства Нідерландів",
            "730 тис. євро",
            "01.07.2021 – 30.06.2022",
            "Угоду підписано 25.06.2021, реалізується",
        ),
    ],
    "ДПСУ – Східне РУ": [
        (
            1,
            "Захист персоналу від COVID-19: засоби індивідуального захисту та тести для відділів прикордонної служби",
            "Міжнародна організація з міграції (МОМ)",
            "1 460 000 гривень",
            "I півріччя 2021 р.",
            "Засоби захисту передано у квітні 2021 р.",
        ),
    ],
}
first = True
for sheet, rows in dpsu.items():
    ws = wb.active if first else wb.create_sheet()
    first = False
    ws.title = sheet
    ws["A1"] = "ДЕРЖАВНА ПРИКОРДОННА СЛУЖБА УКРАЇНИ"
    ws["A1"].font = Font(bold=True)
    ws["A2"] = "Інформація про міжнародну технічну допомогу, що надається органам охорони державного кордону,"
    ws["A3"] = "станом на 1 липня 2021 року"
    ws["A4"] = sheet.split("– ")[1].replace("РУ", "регіональне управління")
    ws["A4"].font = Font(italic=True)
    table(ws, 6, hdr1, rows, {"B": 70, "C": 40, "D": 22, "E": 24, "F": 50})
wb.save(OUT / "DPSU_MTD_rehionalni_upravlinnia_01072021.xlsx")
w, s, e = dpsu["ДПСУ – Західне РУ"], dpsu["ДПСУ – Південне РУ"], dpsu["ДПСУ – Східне РУ"]
# "2021–2022 рр." = 2021-01-01..2022-12-31 = 730 days, 365 in 2021; EUR 2,400,000 x 365/730 = 1,200,000
exp(w[0][1], "EU", "BORDER_SECURITY", "funded", "EUR", 1_200_000)
# "II півріччя 2021 р." = 2021-07-01..2021-12-31, all in 2021; not yet signed -> pipeline, PLN 3,650,000
exp(w[1][1], "Poland", "BORDER_CROSSING", "pipeline", "PLN", 3_650_000)
# "до кінця 2022 року" from the document date 01.07.2021: 2021-07-01..2022-12-31 = 184+365 = 549 days, 184 in 2021
# UAH 1,098,000 x 184/549 = 2,000 x 184 = 368,000
exp(w[2][1], "Lithuania", "BORDER_SECURITY", "funded", "UAH", 368_000)
# "Посольство США (INL)": the Embassy's INL bureau funds it -> INL (not "USA"); 730 days, 365 in 2021
# USD 350,000 x 365/730 = 175,000
exp(s[0][1], "INL", "TRAFFICKING", "funded", "USD", 175_000)
# 2021-07-01..2022-06-30 = 365 days, 184 in 2021; EUR 730,000 x 184/365 = 368,000
exp(s[1][1], "Netherlands", "ILLEGAL_MIGRATION", "funded", "EUR", 368_000)
exp(
    e[0][1], "IOM", "COVID19", "funded", "UAH", 1_460_000
)  # "I півріччя 2021 р." = 2021-01-01..06-30, all 2021

# ------------------------------------------------------------------------------------------------------------------
# 2 Національна поліція: "Донор / Партнер" and a separate implementer column; a jointly funded project as two
#   rows (same № and title, each its donor and contribution); "Стан виконання" sentences incl. a cancellation
wb = Workbook()
ws = wb.active
ws.title = "МТД НПУ"
ws["A1"] = "НАЦІОНАЛЬНА ПОЛІЦІЯ УКРАЇНИ"
ws["A1"].font = Font(bold=True)
ws["A2"] = "Перелік проєктів міжнародної технічної допомоги, що реалізуються в інтересах Національної поліції"
ws["A3"] = "(станом на 01.06.2021)"
hdr2 = [
    "№",
    "Назва проєкту",
    "Донор / Партнер",
    "Виконавець",
    "Вартість",
    "Початок",
    "Завершення",
    "Стан виконання",
]
npu = [
    (
        1,
        "Впровадження моделі «Офіцер поліції громади» в об'єднаних територіальних громадах",
        "Уряд Канади",
        "Канадська поліцейська місія в Україні",
        "4 380 000 канадських доларів",
        "01.01.2021",
        "31.12.2023",
        "Реалізується; навчено 120 офіцерів громади",
    ),
    (
        2,
        "Мобільні групи реагування на домашнє насильство «ПОЛІНА»",
        "Уряд Королівства Швеції",
        "ЮНФПА",
        "5 000 000 шведських крон",
        "01.01.2021",
        "31.12.2021",
        "Реалізується",
    ),
    (
        2,
        "Мобільні групи реагування на домашнє насильство «ПОЛІНА»",
        "Фонд ООН у галузі народонаселення (ЮНФПА)",
        "ЮНФПА",
        "200 тис. доларів США",
        "01.01.2021",
        "31.12.2021",
        "Реалізується",
    ),
    (
        3,
        "Протидія незаконному обігу наркотиків у мережі Інтернет (даркнет)",
        "Уряд Японії через УНП ООН",
        "УНП ООН",
        "27 375 000 єн",
        "01.10.2021",
        "30.09.2022",
        "Очікується підписання угоди",
    ),
    (
        4,
        "Моніторинг дотримання прав затриманих в ізоляторах тимчасового тримання",
        "Рада Європи",
        "Офіс Ради Європи в Україні",
        "365 000 євро",
        "01.04.2021",
        "31.03.2022",
        "Проведено 30 моніторингових візитів до ІТТ",
    ),
    (
        5,
        "Підготовка кінологів для пошуку вибухових речовин",
        "Посольство Великої Британії в Україні",
        "—",
        "120 000 фунтів стерлінгів",
        "01.03.2021",
        "31.12.2021",
        "Проєкт скасовано донором у травні 2021 р.",
    ),
]
last = table(ws, 5, hdr2, npu, {"B": 70, "C": 40, "D": 30, "E": 28, "F": 12, "G": 12, "H": 45})
ws.cell(
    row=last + 2,
    column=1,
    value="Примітка: проєкт № 2 фінансується спільно двома донорами; у кожному рядку "
    "зазначено внесок відповідного донора.",
)
wb.save(OUT / "NPU_perelik_MTD_01062021.xlsx")
# 2021-01-01..2023-12-31 = 1095 days, 365 in 2021; CAD 4,380,000 x 365/1095 = 1,460,000
exp(npu[0][1], "Canada", "COMMUNITY_POLICING", "funded", "CAD", 1_460_000)
# jointly funded: one expected line per donor, same title, each its own contribution (all within 2021)
exp(npu[1][1], "Sweden", "DOMESTIC_VIOLENCE", "funded", "SEK", 5_000_000)
exp(npu[2][1], "UNFPA", "DOMESTIC_VIOLENCE", "funded", "USD", 200_000)
# 2021-10-01..2022-09-30 = 365 days, 92 in 2021; JPY 27,375,000 x 92/365 = 75,000 x 92 = 6,900,000 (pipeline)
exp(npu[3][1], "Japan", "DRUGS", "pipeline", "JPY", 6_900_000)
# 2021-04-01..2022-03-31 = 365 days, 275 in 2021 (30+31+30+31+31+30+31+30+31); EUR 365,000 x 275/365 = 275,000
exp(npu[4][1], "Council of Europe", "CUSTODY", "funded", "EUR", 275_000)
exp(npu[5][1], "UK", "OTHER", "cancelled", "GBP", 0)  # cancelled by the donor

# ------------------------------------------------------------------------------------------------------------------
# 3 ГМС (State Migration Service), Russian: "Источник финансирования", "Сумма (тыс. грн)" with numbers as text with
#   non-breaking spaces and decimal commas; an in-kind gift with "-"
wb = Workbook()
ws = wb.active
ws.title = "МТП ГМС"
ws["A1"] = "ГОСУДАРСТВЕННАЯ МИГРАЦИОННАЯ СЛУЖБА УКРАИНЫ"
ws["A1"].font = Font(bold=True)
ws["A2"] = "Информация о проектах международной технической помощи (по состоянию на 01.05.2021)"
hdr3 = [
    "№ п/п",
    "Наименование проекта",
    "Источник финансирования",
    "Сумма (тыс. грн)",
    "Срок реализации",
    "Состояние",
]
dms_ru = [
    (
        1,
        (
            "Идентификация и документирование незаконных мигрантов: биометрическое оборудование для территориальных "
            "органов ГМС"
        ),
        "Европейский Союз через Международную организацию по миграции (МОМ)",
        f"14{NB}600,0",
        "01.01.2021 – 31.12.2022",
        "Выполняется",
    ),
    (
        2,
        "Противодействие торговле людьми: обучение сотрудников ГМС выявлению пострадавших",
        "Посольство Швейцарии в Украине",
        f"2{NB}920",
        "II полугодие 2021 г.",
        "Соглашение подписано, обучение начнется в июле 2021 г.",
    ),
    (
        3,
        "Передача компьютерной техники для оформления паспортных документов",
        "Правительство Японии",
        "-",
        "2021 г.",
        "Техника передана в марте 2021 г. (стоимость донором не указана)",
    ),
    (
        4,
        "Профилактика COVID-19 в пунктах временного пребывания иностранцев",
        "Управление Верховного комиссара ООН по делам беженцев (УВКБ ООН)",
        f"1{NB}820,0",
        "01.10.2021 – 31.03.2022",
        "Ожидается подписание соглашения",
    ),
]
table(ws, 4, hdr3, dms_ru, {"B": 70, "C": 45, "D": 16, "E": 24, "F": 45})
wb.save(OUT / "GMS_informatsiya_MTP_2021_ru.xlsx")
# 14,600.0 thousand UAH = 14,600,000; 2021-01-01..2022-12-31 = 730 days, 365 in 2021 -> 7,300,000
exp(dms_ru[0][1], "EU", "ILLEGAL_MIGRATION", "funded", "UAH", 7_300_000)
# 2,920 thousand UAH = 2,920,000; second half of 2021 = 2021-07-01..12-31, all in 2021
exp(dms_ru[1][1], "Switzerland", "TRAFFICKING", "funded", "UAH", 2_920_000)
# in-kind gift, no value given ("-") -> amount 0 (currency from the header: UAH)
exp(dms_ru[2][1], "Japan", "OTHER", "funded", "UAH", 0)
# 1,820.0 thousand UAH = 1,820,000; 2021-10-01..2022-03-31 = 92+90 = 182 days, 92 in 2021
# 1,820,000 x 92/182 = 10,000 x 92 = 920,000 (not yet signed -> pipeline)
exp(dms_ru[3][1], "UNHCR", "COVID19", "pipeline", "UAH", 920_000)

# ------------------------------------------------------------------------------------------------------------------
# 4 Національна гвардія: "Вартість, грн" holding numbers as text (non-breaking spaces, a trailing apostrophe, a
#   leading apostrophe kept in the value), an in-kind gift with 0; "до кінця 2021 року" from the date 01.09.2021
wb = Workbook()
ws = wb.active
ws.title = "Довідка"
ws["A1"] = "НАЦІОНАЛЬНА ГВАРДІЯ УКРАЇНИ"
ws["A1"].font = Font(bold=True)
ws["A2"] = (
    "Довідка про міжнародну технічну допомогу, отриману Національною гвардією України, станом на 01.09.2021"
)
hdr4 = ["№", "Найменування проєкту", "Донор / Партнер", "Вартість, грн", "Строк реалізації", "Стан виконання"]
ngu = [
    (
        1,
        "Підготовка підрозділів НГУ до охорони громадського порядку під час масових заходів",
        "Консультативна місія Європейського Союзу (КМЄС)",
        f"1{NB}500{NB}000",
        "до кінця 2021 року",
        "Реалізується; проведено 6 навчальних курсів",
    ),
    (
        2,
        "Передача бронежилетів та кевларових шоломів для особового складу",
        "Уряд Литовської Республіки",
        0,
        "2021 р.",
        "Передано у травні 2021 р. (безоплатно, вартість донором не повідомлена)",
    ),
    (
        3,
        "Посилення охорони державного кордону: підготовка резервних підрозділів НГУ для підтримки ДПСУ на кордоні",
        "Уряд Сполучених Штатів Америки",
        "2 190 000'",
        "2021–2022 рр.",
        "Реалізується",
    ),
    (
        4,
        "Засоби індивідуального захисту та дезінфекції для військових частин НГУ (COVID-19)",
        "Організація Північноатлантичного договору (НАТО)",
        "'730000",
        "IV квартал 2021 р.",
        "Угоду підписано, поставка очікується у жовтні 2021 р.",
    ),
]
table(ws, 4, hdr4, ngu, {"B": 70, "C": 45, "D": 16, "E": 22, "F": 50})
wb.save(OUT / "NGU_dovidka_MTD_01092021.xlsx")
exp(ngu[0][1], "EUAM", "OTHER", "funded", "UAH", 1_500_000)  # start 01.09.2021 .. end of 2021: all in 2021
exp(ngu[1][1], "Lithuania", "OTHER", "funded", "UAH", 0)  # in kind, value 0 given -> 0
# "2 190 000'" (trailing apostrophe) = 2,190,000; 2021-01-01..2022-12-31 = 730 days, 365 -> 1,095,000
exp(ngu[2][1], "USA", "BORDER_SECURITY", "funded", "UAH", 1_095_000)
# "'730000" = 730,000; Q4 2021 = 2021-10-01..12-31, all 2021; agreement signed -> funded
exp(ngu[3][1], "NATO", "COVID19", "funded", "UAH", 730_000)

# ------------------------------------------------------------------------------------------------------------------
# 5 ДПСУ accounting system export: CSV in cp1251, ";" separated, decimal commas, dates "01.03.2021 0:00:00"
rows5 = [
    [
        "ID_PR",
        "Підрозділ",
        "Назва проекту",
        "Донор",
        "Сума",
        "Валюта",
        "Дата початку",
        "Дата закінчення",
        "Стан",
    ],
    [
        "000117",
        "Львівський ПЗ",
        "Ремонт пункту пропуску «Краківець»: додаткові смуги руху для легкових автомобілів",
        "Європейський Союз",
        "2920000,00",
        "EUR",
        "01.03.2021 0:00:00",
        "28.02.2023 0:00:00",
        "Виконується",
    ],
    [
        "000121",
        "Морська охорона",
        "Посилення охорони морської ділянки кордону: патрульні катери для Морської охорони",
        "Уряд Сполучених Штатів Америки",
        "1460000,00",
        "USD",
        "01.07.2021 0:00:00",
        "30.06.2023 0:00:00",
        "Виконується",
    ],
    [
        "000124",
        "Адміністрація ДПСУ",
        "Навчання персоналу ДПСУ з прав людини та гендерної рівності",
        "Уряд Королівства Норвегія",
        "900000,00",
        "NOK",
        "01.01.2021 0:00:00",
        "31.12.2021 0:00:00",
        "Виконується",
    ],
    [
        "000098",
        "Адміністрація ДПСУ",
        "Реадмісія: повернення нелегальних мігрантів до країн походження",
        "Міжнародний центр розвитку міграційної політики (МЦРМП)",
        "365000,00",
        "EUR",
        "01.07.2020 0:00:00",
        "30.06.2021 0:00:00",
        "Завершено",
    ],
]
with open(OUT / "dpsu_buh_proekty_MTD.csv", "w", newline="", encoding="cp1251") as f:
    csv.writer(f, delimiter=";").writerows(rows5)
# 2021-03-01..2023-02-28 = 730 days, 306 in 2021; EUR 2,920,000 x 306/730 = 4,000 x 306 = 1,224,000
exp(rows5[1][2], "EU", "BORDER_CROSSING", "funded", "EUR", 1_224_000)
# 2021-07-01..2023-06-30 = 730 days, 184 in 2021; USD 1,460,000 x 184/730 = 2,000 x 184 = 368,000
exp(rows5[2][2], "USA", "BORDER_SECURITY", "funded", "USD", 368_000)
exp(rows5[3][2], "Norway", "OTHER", "funded", "NOK", 900_000)  # all of 2021
# 2020-07-01..2021-06-30 = 184+181 = 365 days, 181 in 2021; EUR 365,000 x 181/365 = 181,000 (completed = funded)
exp(rows5[4][2], "ICMPD", "ILLEGAL_MIGRATION", "funded", "EUR", 181_000)

# ------------------------------------------------------------------------------------------------------------------
# 6 National Police, English: "Donor / Partner" in running English (one naming the funder second: "UN Women, with
#   funding from the Government of Denmark"), "Value" with currency words, periods in words, "until the end of 2021"
wb = Workbook()
ws = wb.active
ws.title = "Donor assistance"
ws["A1"] = "National Police of Ukraine – Department of International Police Cooperation"
ws["A1"].font = Font(bold=True)
ws["A2"] = "Donor assistance received by the National Police, as of 1 October 2021"
hdr6 = ["No.", "Project", "Donor / Partner", "Value", "Implementation period", "Implementation status"]
en = [
    (
        1,
        "Body-worn cameras for patrol police officers in Kyiv",
        "Government of Japan through UNDP",
        "JPY 36,500,000",
        "2021–2022",
        "Cameras delivered in June 2021; training ongoing",
    ),
    (
        2,
        "Domestic violence case management training for district police officers",
        "UN Women, with funding from the Government of Denmark",
        "2.19 million Danish kroner",
        "April 2021 – March 2022",
        "Ongoing",
    ),
    (
        3,
        "Digital forensics equipment for the Cyber Police Department",
        "U.S. Embassy (INL)",
        "USD 250 thousand",
        "until the end of 2021",
        "Equipment delivered in September 2021",
    ),
    (
        4,
        "Hotline for victims of human trafficking in regional police units",
        "OSCE Project Co-ordinator in Ukraine",
        "EUR 80,000",
        "2nd half of 2021",
        "Agreement expected to be signed in October 2021",
    ),
]
table(ws, 4, hdr6, en, {"B": 65, "C": 50, "D": 26, "E": 24, "F": 45})
wb.save(OUT / "NPU_donor_assistance_Oct2021_EN.xlsx")
# 2021-01-01..2022-12-31 = 730 days, 365 in 2021; JPY 36,500,000 x 365/730 = 18,250,000 (UNDP only implements)
exp(en[0][1], "Japan", "OTHER", "funded", "JPY", 18_250_000)
# funded by Denmark, UN Women implements; 2021-04-01..2022-03-31 = 365 days, 275 in 2021
# DKK 2,190,000 x 275/365 = 6,000 x 275 = 1,650,000
exp(en[1][1], "Denmark", "DOMESTIC_VIOLENCE", "funded", "DKK", 1_650_000)
exp(en[2][1], "INL", "OTHER", "funded", "USD", 250_000)  # 2021-10-01 (document date) .. 2021-12-31: all 2021
# 2021-07-01..12-31, all 2021; agreement not yet signed -> pipeline
exp(en[3][1], "OSCE", "TRAFFICKING", "pipeline", "EUR", 80_000)

# ------------------------------------------------------------------------------------------------------------------
# 7 ГУНП в Харьковской области, Russian: "Донор / Партнер", "Стоимость" with currency in Russian words,
#   "2021–2022 гг.", "до конца 2021 года" (from the document date 01.08.2021), "Ход выполнения" sentences
wb = Workbook()
ws = wb.active
ws.title = "МТП"
ws["A1"] = "Главное управление Национальной полиции в Харьковской области"
ws["A1"].font = Font(bold=True)
ws["A2"] = "Информация о проектах международной технической помощи по состоянию на 01.08.2021"
hdr7 = ["№", "Название проекта", "Донор / Партнер", "Стоимость", "Сроки реализации", "Ход выполнения"]
kh = [
    (
        1,
        "Пилотный проект «Полицейский офицер громады» в сельских общинах Харьковской области",
        "Правительство Королевства Швеции",
        "1,2 млн. гривен",
        "2021–2022 гг.",
        "Выполняется; открыто 8 полицейских станций",
    ),
    (
        2,
        "Оборудование изоляторов временного содержания системами видеонаблюдения",
        "Совет Европы",
        "500 тыс. евро",
        "до конца 2021 года",
        "Оборудование закупается, монтаж – в ноябре 2021 г.",
    ),
    (
        3,
        "Профилактика употребления наркотиков среди молодежи и противодействие сбыту в школах",
        "Посольство США (INL)",
        "146 тыс. долларов США",
        "01.10.2021 – 30.09.2022",
        "Ожидается подписание соглашения",
    ),
    (
        4,
        "Помощь пострадавшим от домашнего насилия: мобильные группы полиции",
        "Фонд ООН в области народонаселения (ЮНФПА)",
        "3 650 000 гривен",
        "01.07.2020 – 30.06.2021",
        "Завершен в июне 2021 г.",
    ),
]
table(ws, 4, hdr7, kh, {"B": 70, "C": 45, "D": 24, "E": 24, "F": 45})
wb.save(OUT / "GUNP_Kharkiv_MTP_01082021_ru.xlsx")
# UAH 1,200,000; 2021-01-01..2022-12-31 = 730 days, 365 -> 600,000
exp(kh[0][1], "Sweden", "COMMUNITY_POLICING", "funded", "UAH", 600_000)
exp(kh[1][1], "Council of Europe", "CUSTODY", "funded", "EUR", 500_000)  # 2021-08-01..2021-12-31: all 2021
# 2021-10-01..2022-09-30 = 365 days, 92 in 2021; USD 146,000 x 92/365 = 400 x 92 = 36,800 (not signed: pipeline)
exp(kh[2][1], "INL", "DRUGS", "pipeline", "USD", 36_800)
# 2020-07-01..2021-06-30 = 365 days, 181 in 2021; UAH 3,650,000 x 181/365 = 10,000 x 181 = 1,810,000
exp(kh[3][1], "UNFPA", "DOMESTIC_VIOLENCE", "funded", "UAH", 1_810_000)

# ------------------------------------------------------------------------------------------------------------------
# 8 ДМС, Ukrainian: "Європейський Союз через МЦРМП" (EU funds), "1,46 млн. євро", "457 тис. швейцарських
#   франків" over "до кінця 2022 року" from the document date 01.10.2021, "IV квартал 2021 р."
wb = Workbook()
ws = wb.active
ws.title = "ДМС"
ws["A1"] = "ДЕРЖАВНА МІГРАЦІЙНА СЛУЖБА УКРАЇНИ"
ws["A1"].font = Font(bold=True)
ws["A2"] = "Інформація про стан реалізації проєктів міжнародної технічної допомоги"
ws["A3"] = "станом на 01.10.2021"
dms = [
    (
        1,
        "Протидія нелегальній міграції: спільні перевірки дотримання іноземцями правил перебування в Україні",
        "Європейський Союз через Міжнародний центр розвитку міграційної політики (МЦРМП)",
        "1,46 млн. євро",
        "2021–2022 рр.",
        "Реалізується",
    ),
    (
        2,
        "Облаштування центрів надання адміністративних послуг ДМС",
        "Уряд Швейцарської Конфедерації",
        "457 тис. швейцарських франків",
        "до кінця 2022 року",
        "Угоду підписано у вересні 2021 р.",
    ),
    (
        3,
        "Інформаційна кампанія щодо запобігання торгівлі людьми",
        "Міжнародна організація з міграції (МОМ)",
        "2 400 000 гривень",
        "IV квартал 2021 р.",
        "Очікується підписання угоди",
    ),
]
table(ws, 5, hdr1, dms, {"B": 70, "C": 50, "D": 28, "E": 22, "F": 40})
wb.save(OUT / "DMS_stan_MTD_01102021.xlsx")
# 2021-01-01..2022-12-31 = 730 days, 365 in 2021; EUR 1,460,000 x 365/730 = 730,000
exp(dms[0][1], "EU", "ILLEGAL_MIGRATION", "funded", "EUR", 730_000)
# 2021-10-01..2022-12-31 = 92+365 = 457 days, 92 in 2021; CHF 457,000 x 92/457 = 92,000
exp(dms[1][1], "Switzerland", "OTHER", "funded", "CHF", 92_000)
# Q4 2021 = 2021-10-01..12-31, all 2021; not yet signed -> pipeline
exp(dms[2][1], "IOM", "TRAFFICKING", "pipeline", "UAH", 2_400_000)

with open(OUT.parent / "expected.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=list(EXP[0]))
    w.writeheader()
    w.writerows(EXP)
print(len(EXP), "expected lines")
