# ruff: noqa: B905, C408, RUF001, RUF057 - a data script written blind: dict(...) rows as in earlier sets, round() kept on every hand computation
"""Blind partner files, set AC: written without reading the reader's code. Expected values by hand.

Eight files, each MIXING two to four traits:

1. `EU_Delegation_JHA_MIA_portfolio_30-09-2021.xlsx` (EU, English): Excel OUTLINE levels - each programme row
   (level 0, bold) is followed by its contracts at outline level 1, COLLAPSED (the rows are hidden by the outline:
   read them as usual), titles indented, no numbering on the components; programme 1 adds up (its three contracts
   are the projects), programme 2 (EU-SAFE) falls short (its two contracts plus the programme's remainder as a line
   of its own, explained in a notes row under the table); units in the header "EU contribution, EUR (000)";
   periods "Jul 2020 – Jun 2023", "15-Mar-2021 – 14-Mar-2023", "01 Feb 2021 – 31 Jan 2024", "Mar 2021 – Feb 2024"
   (Feb 2024 has 29 days); "Cancelled (funds reallocated ...)"; a PIPELINE block under a merged heading
   ("contracts not yet signed") whose status cells say only "Formulation"; implementers (IOM, ICMPD, Council of
   Europe, UNFPA, WHO) in their own column - the EU pays.
2. `Реєстр_МТД_ДСНС_станом_на_01.09.2021.csv` (State Emergency Service register, Ukrainian): UTF-8 WITH BOM,
   semicolons, two title lines, a donor column in official style ("Французька Республіка", "Уряд Японії",
   "Федеративна Республіка Німеччина", "Естонська Республіка"), implementers (ПРООН, GIZ) in their own column,
   amounts with units and currency in the cell ("1,2 млн євро", "61 200 000 єн", "¥ 42 000 000", "850 тис. євро",
   "150 000 євро"), SUBTOTAL rows per donor ("Разом за Урядом Японії"), periods "з 1 травня 2021 р. по
   30.04.2023", "з 1 липня 2021 року, 24 місяці", "грудень 2020 – травень 2021", "01.03.2021–28.02.2023",
   statuses "реалізується", "завершено" (funded), "скасовано (лист донора ...)", "заплановано (угоду не
   підписано)"; a note line under the table; agency names in titles ("ДСНС", "прикордонних громадах" in a civil
   protection project: OTHER).
3. `ГМС_карточки_проектов_МТП_2021.xlsx` (State Migration Service, Russian): registration cards, one project per
   sheet, labels in column A and values in column B, an instruction sheet first, a HIDDEN sample card "Образец"
   (NOT counted); donors "Королевство Дания", "Европейский Союз", "Швейцарская Конфедерация", "Королевство
   Норвегия", "Правительство Канады" (УВКБ ООН / МОМ implement); amount and currency on separate labels ("3,2 млн"
   + "евро", "2 400 000" + "датских крон"); "в т.ч. на 2021 год" given for one card (taken as is); periods "с
   01.04.2021 по 31.03.2023", "июль 2020 – июнь 2022", "с 15 марта 2021 г. по 14 марта 2022 г.", "январь –
   декабрь 2021 г.", "с 1 сентября 2021 г., 18 месяцев"; "аннулирован" and "планируется".
4. `US_Embassy_Kyiv_INL_MIA_projects_overview_Aug2021.xlsx` (USA, English): a TRANSPOSED table (projects as
   columns B-F, labels in column A, a "TOTAL" column G that is not a project); title row "U.S. Embassy Kyiv – Bureau
   of International Narcotics and Law Enforcement Affairs (INL)" (the embassy is named first: partner USA); units
   "USD, in thousands" only in the title row; US dates as TEXT month-first ("03/15/2021" proves it); "Completed",
   "Planned (pending Congressional notification)" (pipeline), "Terminated" (cancelled) with a remarks row.
5. `Lublin_Triangle_PL_LT_assistance_MIA_UA_2021.csv` (Poland and Lithuania, English): cp1250, semicolons,
   decimal commas, a title line and a notes line; AMBIGUOUS headers ("Item", "Channel", "Benef.", "Timeframe",
   "Value", "Ccy", "Stage") whose roles show from the values; donors "Rzeczpospolita Polska (MSZ – Polska
   Pomoc)" and "Lietuvos Respublika (MFA of Lithuania)"; Polish implementers with diacritics ("Fundacja
   Solidarności Międzynarodowej", "Komenda Główna Policji"); "cancelled (COVID-19 travel restrictions)" on a
   study-visit project (the remark's COVID is not the project's priority: OTHER); a "pipeline" project wholly
   in 2022 (0).
6. `Перелік_проєктів_МТД_НПУ_станом_на_01.07.2021.xlsx` (National Police register, Ukrainian): header cells
   MERGED OVER TWO ROWS (and "Строк реалізації" over "початок | закінчення", "Вартість проєкту" over "сума, млн
   | валюта"), units "млн" in the title row and the sub-header (amounts like 0,73 / 3,285 / 12,6 are millions of
   the ISO currency beside), two blocks under section headings ("І. Проєкти, що реалізуються", "ІІ. Проєкти, що
   плануються до реалізації (угоди не підписано)"), a HIDDEN row (read as usual), dates as "1 квітня 2021 р.",
   "липень 2020 р.", real date cells and "15.02.2021" text; donors "Посольство Королівства Нідерландів", "Уряд
   Канади", "Королівство Швеція", "Посольство США – INL" (USA, named first), "Посольство Великої Британії",
   "Міністерство закордонних справ Данії"; a notes row.
7. `Germany_AA_stabilisation_projects_MIA_2020-2023.xlsx` (Germany, English): "Federal Republic of Germany –
   Federal Foreign Office (Auswärtiges Amt)"; currency only in a MERGED group header "Funding (EUR)" over "2020 |
   2021 | 2022 | 2023 | Total", other header cells merged over the two header rows; a programme whose "incl." rows
   add up (the two components are the projects); "-" for an empty year; a total that differs from the year sum
   (the years win); an IN-KIND project with 0 in every year (funded, 0); "planned" (pipeline, money only in
   2022-2023: 0); a Total row at the bottom.
8. `UNDP_Ukraine_Human_Security_portfolio_MIA_2021.xlsx` (Japan, Sweden, Norway, Switzerland, Netherlands;
   English; UNDP implements): rows grouped by donor with SUB-TOTAL rows; budgets with their currency in the cell
   ("¥150,000,000", "¥ 88,000,000", "SEK 9.5m", "NOK 12 million", "NOK 7.5 million", "CHF 900'000", "EUR 1.2
   million"); durations "Mar 2021 – Feb 2022", "Jan–Jun 2021", "12 months from 1 July 2021", "01.05.2021 –
   30.04.2023", "Dec 2021 – Nov 2023"; "Cancelled*" explained by a footnote under the table; "Pipeline (project
   document under appraisal)"; donors "Government of Japan", "Sweden (Sida)", "Royal Norwegian Embassy", "Swiss
   Agency for Development and Cooperation (SDC)", "Embassy of the Kingdom of the Netherlands".

Usage: python set_ac.py OUT_DIR  -> OUT_DIR/raw/<partner files>, OUT_DIR/expected.csv
Convention: a given 2021 figure is taken as is; otherwise total x days in 2021 / days of the project (both ends
included); a month runs first to last day; a duration of N months from a start ends the day before the same
date N months later; outside 2021 -> 0; cancelled (withdrawn, terminated, скасовано/аннулирован/cancelled) -> 0
with status cancelled; planned / pipeline / not signed -> status pipeline, 2021 amount computed the same way.
A project on several rows is one project (sum of its rows). A programme whose components add up is its
components; a programme whose components add up to LESS is its components plus the programme's remainder as a
line of its own (title = the programme's title, amount = programme total minus components, over the programme's
period - here the same as its components'). Amounts are in the row's currency after units ("(000)" x 1000,
"тис." x 1000, "млн"/"million"/"m" x 1 000 000). The partner is the donor who pays (UNDP, IOM, ICMPD, UNFPA, WHO,
Council of Europe, GIZ, UNHCR and the Polish / Lithuanian agencies are implementers here). Estonia is not in
partners.csv: its canonical name is taken as the English short name of countries.csv ("Estonia").
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
BOLD = Font(bold=True)
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
GREY = PatternFill("solid", fgColor="D9D9D9")


def widths(ws, cols):
    for letter, w in cols.items():
        ws.column_dimensions[letter].width = w


# ---------------------------------------------------------------------------------------------------------------
# 1. EU Delegation: outline levels (collapsed components), EUR (000), programme adding up and one falling short
# ---------------------------------------------------------------------------------------------------------------
wb = Workbook()
ws = wb.active
ws.title = "JHA portfolio"
ws.sheet_properties.outlinePr.summaryBelow = False
ws["A1"] = "Delegation of the European Union to Ukraine – Justice and Home Affairs Section"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = (
    "EU-funded actions benefiting the Ministry of Internal Affairs of Ukraine and its agencies – status 30 September 2021"
)
ws["A3"] = "Prepared for the MIA Sectoral Working Group 'Law Enforcement Activities'"
hdr = [
    "No.",
    "Action / contract",
    "Implementing partner",
    "Beneficiary",
    "Period",
    "EU contribution, EUR (000)",
    "Status",
]
for c, h in enumerate(hdr, 1):
    cell = ws.cell(5, c, h)
    cell.font = BOLD
    cell.fill = GREY
    cell.border = BOX
    cell.alignment = WRAP
EU_T1 = "EU Support to Border and Migration Management in Ukraine (EU4BMM)"
EU_1A = "Mobile surveillance units and thermal imagers for green border sections of the SBGS"
EU_1B = "Modernisation of passenger lanes and electronic queue at Ukraine–Moldova border crossing points"
EU_1C = "Capacity of the State Migration Service for returns of irregular migrants and readmission"
EU_T2 = "EU Support to Community Policing and Safe Communities in Ukraine (EU-SAFE)"
EU_2A = "Custody records system and video recording in police temporary detention facilities"
EU_2B = "Mobile response groups of the National Police for survivors of domestic violence"
EU_3 = "COVID-19 emergency support: PPE and disinfection for MIA frontline staff (second tranche)"
EU_4 = "Fighting trafficking in human beings along the EU–Ukraine migration corridor"
rows = [
    # (no, title, impl, benef, period, eur000, status, level)
    ("1", EU_T1, "various (see contracts)", "SBGS, SMS", "Jul 2020 – Jan 2024", 13500, "Ongoing", 0),
    ("", EU_1A, "IOM", "SBGS", "Jul 2020 – Jun 2023", 6000, "Ongoing", 1),
    ("", EU_1B, "IOM", "SBGS", "15-Mar-2021 – 14-Mar-2023", 4500, "Ongoing", 1),
    ("", EU_1C, "ICMPD", "SMS", "01 Feb 2021 – 31 Jan 2024", 3000, "Ongoing", 1),
    (
        "2",
        EU_T2,
        "EU-SAFE technical assistance team; Council of Europe; UNFPA",
        "NPU",
        "Mar 2021 – Feb 2024",
        6000,
        "Ongoing",
        0,
    ),
    ("", EU_2A, "Council of Europe", "NPU", "Mar 2021 – Feb 2024", 2400, "Ongoing", 1),
    ("", EU_2B, "UNFPA", "NPU", "Mar 2021 – Feb 2024", 1800, "Ongoing", 1),
    (
        "3",
        EU_3,
        "WHO",
        "MIA, NGU, SBGS",
        "Apr 2021 – Sep 2021",
        1200,
        "Cancelled (funds reallocated to the national vaccination programme)",
        0,
    ),
]
r = 6
for no, title, impl, benef, period, amt, status, level in rows:
    vals = [no, title, impl, benef, period, amt, status]
    for c, v in enumerate(vals, 1):
        cell = ws.cell(r, c, v)
        cell.border = BOX
        cell.alignment = WRAP
    ws.cell(r, 6).number_format = "#,##0"
    if level:
        ws.cell(r, 2).alignment = Alignment(wrap_text=True, vertical="top", indent=2)
        ws.row_dimensions[r].outline_level = 1
        ws.row_dimensions[r].hidden = True  # collapsed outline
    else:
        for c in range(1, 8):
            ws.cell(r, c).font = BOLD
    r += 1
r += 1
ws.cell(r, 1, "PIPELINE – Annual Action Programme 2021 (contracts not yet signed)").font = BOLD
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
r += 1
for c, v in enumerate(["4", EU_4, "ICMPD", "NPU, SMS", "15-Nov-2021 – 14-Nov-2023", 2500, "Formulation"], 1):
    cell = ws.cell(r, c, v)
    cell.border = BOX
    cell.alignment = WRAP
ws.cell(r, 6).number_format = "#,##0"
r += 2
ws.cell(
    r,
    1,
    "Notes: contracts are grouped under their programme (Excel outline – click + on the left to expand). "
    "EU-SAFE: only the two contracts signed so far are listed under it; the balance of the programme "
    "(EUR 1.8 million) is implemented directly by the programme's technical assistance team "
    "(community safety plans with hromadas and police).",
)
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
ws.cell(r, 1).alignment = WRAP
ws.row_dimensions[r].height = 45
widths(ws, {"A": 6, "B": 60, "C": 28, "D": 16, "E": 26, "F": 16, "G": 30})
wb.save(OUT / "EU_Delegation_JHA_MIA_portfolio_30-09-2021.xlsx")

exp(EU_1A, "EU", "BORDER_SECURITY", "funded", "EUR", round(6000 * 1000 * 365 / 1095, 2))  # 2,000,000.00
exp(EU_1B, "EU", "BORDER_CROSSING", "funded", "EUR", round(4500 * 1000 * 292 / 730, 2))  # 1,800,000.00
exp(EU_1C, "EU", "ILLEGAL_MIGRATION", "funded", "EUR", round(3000 * 1000 * 334 / 1095, 2))  # 915,068.49
exp(EU_2A, "EU", "CUSTODY", "funded", "EUR", round(2400 * 1000 * 306 / 1096, 2))  # 670,072.99
exp(EU_2B, "EU", "DOMESTIC_VIOLENCE", "funded", "EUR", round(1800 * 1000 * 306 / 1096, 2))  # 502,554.74
# EU-SAFE remainder: 6000 - 2400 - 1800 = 1800 (000), over the programme's period Mar 2021 - Feb 2024
exp(
    EU_T2, "EU", "COMMUNITY_POLICING", "funded", "EUR", round((6000 - 2400 - 1800) * 1000 * 306 / 1096, 2)
)  # 502,554.74
exp(EU_3, "EU", "COVID19", "cancelled", "EUR", 0)
exp(EU_4, "EU", "TRAFFICKING", "pipeline", "EUR", round(2500 * 1000 * 47 / 730, 2))  # 160,958.90

# ---------------------------------------------------------------------------------------------------------------
# 2. ДСНС register: UTF-8 with BOM, semicolons, amounts with units in the cell, subtotal rows per donor
# ---------------------------------------------------------------------------------------------------------------
SES_1 = "Закупівля пожежно-рятувальних автомобілів для підрозділів ДСНС у Донецькій області"
SES_2 = "Гуманітарне розмінування та підготовка піротехнічних підрозділів ДСНС на сході України"
SES_3 = "Засоби індивідуального захисту та дезінфекції для рятувальників під час пандемії COVID-19"
SES_4 = "Посилення спроможності ДСНС реагувати на хімічні аварії та навчання рятувальників (HAZMAT)"
SES_5 = "Система екстреного оповіщення населення та цивільний захист у прикордонних громадах Чернігівської області"
lines = [
    ["Державна служба України з надзвичайних ситуацій", "", "", "", "", "", ""],
    [
        "Перелік проєктів міжнародної технічної допомоги, бенефіціаром яких є ДСНС (станом на 01.09.2021)",
        "",
        "",
        "",
        "",
        "",
        "",
    ],
    ["", "", "", "", "", "", ""],
    [
        "№ з/п",
        "Назва проєкту",
        "Партнер (донор)",
        "Виконавець",
        "Строк реалізації",
        "Вартість проєкту",
        "Стан реалізації",
    ],
    [
        "1",
        SES_1,
        "Французька Республіка",
        "Посольство Франції в Україні",
        "з 1 травня 2021 р. по 30.04.2023",
        "1,2 млн євро",
        "реалізується",
    ],
    ["", "Разом за Французькою Республікою", "", "", "", "1,2 млн євро", ""],
    ["2", SES_2, "Уряд Японії", "ПРООН", "з 1 липня 2021 року, 24 місяці", "61 200 000 єн", "реалізується"],
    ["3", SES_3, "Уряд Японії", "ПРООН", "грудень 2020 – травень 2021", "¥ 42 000 000", "завершено"],
    ["", "Разом за Урядом Японії", "", "", "", "103 200 000 єн", ""],
    [
        "4",
        SES_4,
        "Федеративна Республіка Німеччина",
        "GIZ",
        "01.03.2021–28.02.2023",
        "850 тис. євро",
        "скасовано (лист донора від 12.05.2021)",
    ],
    ["", "Разом за Федеративною Республікою Німеччина", "", "", "", "—", ""],
    [
        "5",
        SES_5,
        "Естонська Республіка",
        "Естонський центр Східного партнерства",
        "з 1 жовтня 2021 р. по 30 вересня 2022 р.",
        "150 000 євро",
        "заплановано (угоду не підписано)",
    ],
    ["", "Разом за Естонською Республікою", "", "", "", "150 000 євро", ""],
    ["", "", "", "", "", "", ""],
    [
        "Примітка: вартість зазначено у валюті угоди з партнером; проєкт 3 завершено у травні 2021 р.",
        "",
        "",
        "",
        "",
        "",
        "",
    ],
]
with open(OUT / "Реєстр_МТД_ДСНС_станом_на_01.09.2021.csv", "w", encoding="utf-8-sig", newline="") as f:
    csv.writer(f, delimiter=";", lineterminator="\r\n").writerows(lines)

exp(SES_1, "France", "OTHER", "funded", "EUR", round(1.2e6 * 245 / 730, 2))  # 402,739.73
exp(SES_2, "Japan", "OTHER", "funded", "JPY", round(61200000 * 184 / 730, 2))  # 15,425,753.42
exp(SES_3, "Japan", "COVID19", "funded", "JPY", round(42000000 * 151 / 182, 2))  # 34,846,153.85
exp(SES_4, "Germany", "OTHER", "cancelled", "EUR", 0)
exp(SES_5, "Estonia", "OTHER", "pipeline", "EUR", round(150000 * 92 / 365, 2))  # 37,808.22

# ---------------------------------------------------------------------------------------------------------------
# 3. ДМС (ГМС) registration cards in Russian, instruction sheet, hidden sample card
# ---------------------------------------------------------------------------------------------------------------
wb = Workbook()
ins = wb.active
ins.title = "Инструкция"
for i, t in enumerate(
    [
        "Государственная миграционная служба Украины",
        "Карточки регистрации проектов международной технической помощи (МТП), 2021 год",
        "",
        "Порядок заполнения:",
        "1. Каждый проект заполняется на отдельном листе «Проект N».",
        "2. Общая стоимость указывается в валюте соглашения; валюта — в строке «Валюта».",
        "3. Строка «в т.ч. на 2021 год» заполняется, если донор сообщил сумму на 2021 год.",
        "4. Лист «Образец» — пример заполнения, проектом не является.",
        "Контактное лицо: отдел международного сотрудничества ГМС.",
    ],
    1,
):
    ins.cell(i, 1, t)
ins["A1"].font = Font(bold=True, size=13)
ins.column_dimensions["A"].width = 90

LABELS = [
    "Наименование проекта",
    "Донор (партнер по развитию)",
    "Исполнитель",
    "Бенефициар",
    "Срок реализации",
    "Общая стоимость",
    "Валюта",
    "в т.ч. на 2021 год",
    "Состояние",
    "Краткое описание",
]


def card(title, sheet_name, values, hidden=False):
    s = wb.create_sheet(sheet_name)
    s["A1"] = "КАРТОЧКА РЕГИСТРАЦИИ ПРОЕКТА МТП"
    s["A1"].font = Font(bold=True, size=12)
    s.merge_cells("A1:B1")
    for i, (lab, val) in enumerate(zip(LABELS, [title, *values]), 3):
        s.cell(i, 1, lab).font = BOLD
        s.cell(i, 1).border = BOX
        s.cell(i, 2, val).alignment = WRAP
        s.cell(i, 2).border = BOX
    s.column_dimensions["A"].width = 32
    s.column_dimensions["B"].width = 80
    if hidden:
        s.sheet_state = "hidden"


DMS_1 = "Усовершенствование процедур признания беженцем и предоставления дополнительной защиты в ГМС"
DMS_2 = "Пункты временного пребывания иностранцев и лиц без гражданства, незаконно находящихся в Украине"
DMS_3 = "Противодействие торговле людьми: выявление жертв среди трудовых мигрантов и безопасное трудоустройство за рубежом"
DMS_4 = "Модернизация оформления и выдачи паспортных документов в территориальных подразделениях ГМС"
DMS_5 = "Единая информационно-аналитическая система учета нелегальных мигрантов: второй этап"
card(
    "Пример: название проекта (не заполнять)",
    "Образец",
    [
        "Донор",
        "Организация-исполнитель",
        "ГМС",
        "с 01.01.2021 по 31.12.2021",
        "1 000 000",
        "евро",
        "500 000",
        "реализуется",
        "Пример заполнения карточки",
    ],
    hidden=True,
)
card(
    DMS_1,
    "Проект 1",
    [
        "Королевство Дания",
        "УВКБ ООН",
        "ГМС",
        "с 01.04.2021 по 31.03.2023",
        "2 400 000",
        "датских крон",
        "",
        "реализуется",
        "Обучение сотрудников ГМС, переводчики, доступ к информации о странах происхождения",
    ],
)
card(
    DMS_2,
    "Проект 2",
    [
        "Европейский Союз",
        "МОМ",
        "ГМС",
        "июль 2020 – июнь 2022",
        "3,2 млн",
        "евро",
        "1 450 000",
        "реализуется",
        "Ремонт и оснащение пунктов временного пребывания иностранцев (ПВПИ) в Волынской и Черниговской обл.",
    ],
)
card(
    DMS_3,
    "Проект 3",
    [
        "Швейцарская Конфедерация",
        "МОМ",
        "ГМС, Национальная полиция",
        "с 15 марта 2021 г. по 14 марта 2022 г.",
        "480 000",
        "швейцарских франков",
        "",
        "реализуется",
        "Информационные кампании, горячая линия, обучение инспекторов ГМС",
    ],
)
card(
    DMS_4,
    "Проект 4",
    [
        "Королевство Норвегия",
        "—",
        "ГМС",
        "январь – декабрь 2021 г.",
        "6 000 000",
        "норвежских крон",
        "",
        "аннулирован (письмо донора от 03.06.2021)",
        "Оборудование для оформления паспортов гражданина Украины для выезда за границу",
    ],
)
card(
    DMS_5,
    "Проект 5",
    [
        "Правительство Канады",
        "МОМ",
        "ГМС, ГПСУ",
        "с 1 сентября 2021 г., 18 месяцев",
        "900 000",
        "канадских долларов",
        "",
        "планируется (проектное предложение на согласовании с донором)",
        "Учет нелегальных мигрантов и обмен данными с ГПСУ",
    ],
)
wb.save(OUT / "ГМС_карточки_проектов_МТП_2021.xlsx")

exp(DMS_1, "Denmark", "ILLEGAL_MIGRATION", "funded", "DKK", round(2400000 * 275 / 730, 2))  # 904,109.59
exp(
    DMS_2, "EU", "ILLEGAL_MIGRATION", "funded", "EUR", 1450000
)  # given for 2021 (pro rata would be 1,600,000)
exp(DMS_3, "Switzerland", "TRAFFICKING", "funded", "CHF", round(480000 * 292 / 365, 2))  # 384,000.00
exp(DMS_4, "Norway", "OTHER", "cancelled", "NOK", 0)
exp(DMS_5, "Canada", "ILLEGAL_MIGRATION", "pipeline", "CAD", round(900000 * 122 / 546, 2))  # 201,098.90

# ---------------------------------------------------------------------------------------------------------------
# 4. U.S. Embassy (INL section): transposed table, USD thousands in the title row, US text dates
# ---------------------------------------------------------------------------------------------------------------
wb = Workbook()
ws = wb.active
ws.title = "Overview"
ws["A1"] = "U.S. Embassy Kyiv – Bureau of International Narcotics and Law Enforcement Affairs (INL)"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = (
    "Assistance projects with the Ministry of Internal Affairs of Ukraine – overview as of August 2021 (USD, in thousands)"
)
US_1 = "Patrol Police Academy training program and field training officer mentoring"
US_2 = "Dismantling synthetic drug laboratories: precursor control training for NPU investigators"
US_3 = "Maritime border surveillance: patrol boat maintenance for the SBGS Maritime Guard"
US_4 = "Community policing and school resource officers pilot in Kharkiv and Odesa oblasts"
US_5 = "Anti-trafficking hotline and victim identification training for NPU and SMS"
labels = [
    "Project",
    "Implementer",
    "Ukrainian beneficiary",
    "Start date",
    "End date",
    "Total funding",
    "Status",
    "Remarks",
]
cols = [
    [
        US_1,
        "INL contractor (PAE)",
        "NPU (Patrol Police Department)",
        "10/01/2020",
        "09/30/2022",
        2190,
        "Ongoing",
        "",
    ],
    [US_2, "UNODC", "NPU", "03/15/2021", "03/14/2023", 1500, "Ongoing", ""],
    [
        US_3,
        "U.S. Coast Guard",
        "SBGS",
        "06/01/2019",
        "05/31/2021",
        3655,
        "Completed",
        "Final tranche; activities completed in May 2021",
    ],
    [
        US_4,
        "OSCE PCU",
        "NPU",
        "11/01/2021",
        "10/31/2023",
        1200,
        "Planned (pending Congressional notification)",
        "Start subject to notification",
    ],
    [
        US_5,
        "La Strada-Ukraine",
        "NPU, SMS",
        "09/01/2020",
        "08/31/2022",
        800,
        "Terminated",
        "Agreement terminated by INL on 04/30/2021; no disbursements in 2021",
    ],
]
for i, lab in enumerate(labels, 4):
    ws.cell(i, 1, lab).font = BOLD
    ws.cell(i, 1).fill = GREY
    ws.cell(i, 1).border = BOX
    for j, col in enumerate(cols, 2):
        cell = ws.cell(i, j, col[i - 4])
        cell.alignment = WRAP
        cell.border = BOX
        if lab == "Total funding":
            cell.number_format = "#,##0"
ws.cell(4, 7, "TOTAL").font = BOLD
ws.cell(9, 7, sum(c[5] for c in cols)).font = BOLD  # 9,345
ws.cell(9, 7).number_format = "#,##0"
widths(ws, {"A": 22, "B": 30, "C": 30, "D": 30, "E": 30, "F": 30, "G": 12})
wb.save(OUT / "US_Embassy_Kyiv_INL_MIA_projects_overview_Aug2021.xlsx")

exp(US_1, "USA", "OTHER", "funded", "USD", round(2190 * 1000 * 365 / 730, 2))  # 1,095,000.00
exp(US_2, "USA", "DRUGS", "funded", "USD", round(1500 * 1000 * 292 / 730, 2))  # 600,000.00
exp(US_3, "USA", "BORDER_SECURITY", "funded", "USD", round(3655 * 1000 * 151 / 731, 2))  # 755,000.00
exp(US_4, "USA", "COMMUNITY_POLICING", "pipeline", "USD", round(1200 * 1000 * 61 / 730, 2))  # 100,273.97
exp(US_5, "USA", "TRAFFICKING", "cancelled", "USD", 0)

# ---------------------------------------------------------------------------------------------------------------
# 5. Lublin Triangle: cp1250 CSV, ambiguous headers, decimal commas
# ---------------------------------------------------------------------------------------------------------------
PL_1 = "Exchange of experience on community policing between the Polish Police and NPU in Lviv oblast"
PL_2 = "Support for victims of domestic violence: training of police mobile response groups in Volyn oblast"
LT_3 = "Thermal imaging cameras for SBGS border detachments on the Ukraine–Belarus border"
LT_4 = "Digital case management for asylum procedures of the State Migration Service"
PL_5 = "Study visits of SESU rescuers to the Polish State Fire Service training centres"
PLD = "Rzeczpospolita Polska (MSZ – Polska Pomoc)"
LTD = "Lietuvos Respublika (MFA of Lithuania)"
lines = [
    [
        "Lublin Triangle – Polish and Lithuanian assistance to the MIA system of Ukraine (as of 15.10.2021)",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
    ],
    ["No", "Item", "Donor", "Channel", "Benef.", "Timeframe", "Value", "Ccy", "Stage"],
    [
        "1",
        PL_1,
        PLD,
        "Komenda Główna Policji",
        "NPU",
        "01.04.2021-31.12.2021",
        "350000,00",
        "PLN",
        "in implementation",
    ],
    [
        "2",
        PL_2,
        PLD,
        "Fundacja Solidarności Międzynarodowej",
        "NPU",
        "15.09.2021-14.09.2022",
        "420000,00",
        "PLN",
        "in implementation",
    ],
    [
        "3",
        LT_3,
        LTD,
        "State Border Guard Service of Lithuania",
        "SBGS",
        "01.02.2021-31.01.2022",
        "95000,00",
        "EUR",
        "in implementation",
    ],
    [
        "4",
        LT_4,
        LTD,
        "Migration Department of Lithuania",
        "SMS",
        "01.01.2022-31.12.2022",
        "60000,00",
        "EUR",
        "pipeline",
    ],
    [
        "5",
        PL_5,
        PLD,
        "Państwowa Straż Pożarna",
        "SESU",
        "01.05.2021-30.11.2021",
        "180000,00",
        "PLN",
        "cancelled (COVID-19 travel restrictions)",
    ],
    ["", "", "", "", "", "", "", "", ""],
    [
        'Value = total value of the agreement in the currency shown (Ccy). Stage "pipeline" = agreement not yet signed.',
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
    ],
]
with open(OUT / "Lublin_Triangle_PL_LT_assistance_MIA_UA_2021.csv", "w", encoding="cp1250", newline="") as f:
    csv.writer(f, delimiter=";", lineterminator="\r\n").writerows(lines)

exp(PL_1, "Poland", "COMMUNITY_POLICING", "funded", "PLN", 350000)  # wholly in 2021
exp(PL_2, "Poland", "DOMESTIC_VIOLENCE", "funded", "PLN", round(420000 * 108 / 365, 2))  # 124,273.97
exp(LT_3, "Lithuania", "BORDER_SECURITY", "funded", "EUR", round(95000 * 334 / 365, 2))  # 86,931.51
exp(LT_4, "Lithuania", "ILLEGAL_MIGRATION", "pipeline", "EUR", 0)  # wholly in 2022
exp(PL_5, "Poland", "OTHER", "cancelled", "PLN", 0)

# ---------------------------------------------------------------------------------------------------------------
# 6. НПУ register: two-row merged header, "млн", section headings for status, hidden row
# ---------------------------------------------------------------------------------------------------------------
wb = Workbook()
ws = wb.active
ws.title = "МТД НПУ"
ws["A1"] = "Національна поліція України"
ws["A1"].font = Font(bold=True, size=13)
ws.merge_cells("A1:I1")
ws["A2"] = (
    "Перелік проєктів міжнародної технічної допомоги станом на 01.07.2021 "
    "(вартість — у млн одиниць валюти проєкту)"
)
ws.merge_cells("A2:I2")
for col, text in [("A", "№ з/п"), ("B", "Назва проєкту"), ("C", "Донор"), ("D", "Виконавець"), ("I", "Стан")]:
    ws[f"{col}3"] = text
    ws.merge_cells(f"{col}3:{col}4")
ws["E3"] = "Строк реалізації"
ws.merge_cells("E3:F3")
ws["E4"], ws["F4"] = "початок", "закінчення"
ws["G3"] = "Вартість проєкту"
ws.merge_cells("G3:H3")
ws["G4"], ws["H4"] = "сума, млн", "валюта"
for rr in (3, 4):
    for c in range(1, 10):
        ws.cell(rr, c).font = BOLD
        ws.cell(rr, c).fill = GREY
        ws.cell(rr, c).border = BOX
        ws.cell(rr, c).alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
NPU_1 = "Розвиток діалогової поліції та комунікації з громадськістю під час масових заходів"
NPU_2 = "Протидія домашньому насильству: кризові кімнати та навчання мобільних груп реагування поліції"
NPU_3 = "Удосконалення кримінального аналізу та розслідування кіберзлочинів у Національній поліції"
NPU_4 = "Автоматизована система обліку осіб, затриманих поліцією, в ізоляторах тимчасового тримання НПУ"
NPU_5 = "Протидія торгівлі людьми: спільні розслідування з Національним агентством з питань злочинності"
NPU_6 = "Профілактика вживання наркотиків серед молоді та протидія наркоторгівлі в мережі Інтернет"
r = 5


def section(text):
    global r
    ws.cell(r, 1, text).font = BOLD
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    r += 1


def prow(vals, hidden=False):
    global r
    for c, v in enumerate(vals, 1):
        cell = ws.cell(r, c, v)
        cell.border = BOX
        cell.alignment = WRAP
    if isinstance(vals[4], dt.datetime):
        ws.cell(r, 5).number_format = "dd.mm.yyyy"
        ws.cell(r, 6).number_format = "dd.mm.yyyy"
    ws.cell(r, 7).number_format = "0.000"
    if hidden:
        ws.row_dimensions[r].hidden = True
    r += 1


section("І. Проєкти, що реалізуються")
prow(
    [
        "1",
        NPU_1,
        "Посольство Королівства Нідерландів",
        "Національна поліція Нідерландів",
        "1 квітня 2021 р.",
        "31 березня 2023 р.",
        0.73,
        "EUR",
        "реалізується",
    ]
)
prow(["2", NPU_2, "Уряд Канади", "ЮНФПА", "липень 2020 р.", "червень 2023 р.", 3.285, "CAD", "реалізується"])
prow(
    [
        "3",
        NPU_3,
        "Королівство Швеція",
        "Шведське управління поліції",
        D(2021, 1, 1),
        D(2023, 12, 31),
        12.6,
        "SEK",
        "реалізується",
    ],
    hidden=True,
)
prow(
    [
        "4",
        NPU_4,
        "Посольство США – INL",
        "Американська асоціація юристів (ABA ROLI)",
        "15.02.2021",
        "14.02.2022",
        1.46,
        "USD",
        "реалізується",
    ]
)
prow(
    [
        "5",
        NPU_5,
        "Посольство Великої Британії",
        "Національне агентство з питань злочинності (NCA)",
        "вересень 2021 р.",
        "березень 2022 р.",
        0.35,
        "GBP",
        "реалізується",
    ]
)
section("ІІ. Проєкти, що плануються до реалізації (угоди не підписано)")
prow(
    [
        "6",
        NPU_6,
        "Міністерство закордонних справ Данії",
        "УНП ООН",
        "січень 2022 р.",
        "грудень 2023 р.",
        4.5,
        "DKK",
        "на погодженні",
    ]
)
r += 1
ws.cell(
    r,
    1,
    "Примітка. Вартість зазначено в мільйонах одиниць валюти проєкту (код валюти — у сусідній графі); "
    "дані надані партнерами.",
)
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
widths(ws, {"A": 6, "B": 55, "C": 28, "D": 28, "E": 16, "F": 16, "G": 10, "H": 8, "I": 14})
wb.save(OUT / "Перелік_проєктів_МТД_НПУ_станом_на_01.07.2021.xlsx")

exp(NPU_1, "Netherlands", "COMMUNITY_POLICING", "funded", "EUR", round(0.73e6 * 275 / 730, 2))  # 275,000.00
exp(NPU_2, "Canada", "DOMESTIC_VIOLENCE", "funded", "CAD", round(3.285e6 * 365 / 1095, 2))  # 1,095,000.00
exp(NPU_3, "Sweden", "OTHER", "funded", "SEK", round(12.6e6 * 365 / 1095, 2))  # 4,200,000.00 (hidden row)
exp(NPU_4, "USA", "CUSTODY", "funded", "USD", round(1.46e6 * 320 / 365, 2))  # 1,280,000.00
exp(NPU_5, "UK", "TRAFFICKING", "funded", "GBP", round(0.35e6 * 122 / 212, 2))  # 201,415.09
exp(NPU_6, "Denmark", "DRUGS", "pipeline", "DKK", 0)  # 2022-2023

# ---------------------------------------------------------------------------------------------------------------
# 7. Germany (Federal Foreign Office): merged "Funding (EUR)" over year columns, "incl." components, in-kind 0
# ---------------------------------------------------------------------------------------------------------------
wb = Workbook()
ws = wb.active
ws.title = "AA projects"
ws["A1"] = "Federal Republic of Germany – Federal Foreign Office (Auswärtiges Amt)"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = (
    "Stabilisation and crisis-prevention projects with the Ministry of Internal Affairs of Ukraine, 2020–2023"
)
for col, text in [
    ("A", "Ref."),
    ("B", "Project"),
    ("C", "Implementer"),
    ("D", "Beneficiary"),
    ("J", "Status"),
    ("K", "Remarks"),
]:
    ws[f"{col}4"] = text
    ws.merge_cells(f"{col}4:{col}5")
ws["E4"] = "Funding (EUR)"
ws.merge_cells("E4:I4")
for c, y in zip("EFGHI", ["2020", "2021", "2022", "2023", "Total"]):
    ws[f"{c}5"] = y
for rr in (4, 5):
    for c in range(1, 12):
        ws.cell(rr, c).font = BOLD
        ws.cell(rr, c).fill = GREY
        ws.cell(rr, c).border = BOX
        ws.cell(rr, c).alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
DE_P = "Stabilisation of Eastern Ukraine: support to MIA agencies along the line of contact"
DE_1 = "Repair of entry-exit checkpoints (EECP) and waiting areas for civilians crossing the line of contact"
DE_2 = "Mine action equipment for SESU pyrotechnic units in Donetsk and Luhansk oblasts"
DE_3 = "Prevention of COVID-19 among National Guard and police personnel: PCR tests and oxygen concentrators"
DE_4 = "Integrated surveillance of the Ukraine–Belarus green border: drones and training for SBGS"
DE_5 = "Secondment of Federal Police advisers on custody safeguards and detainee rights to the NPU"
DE_6 = "Crisis centres for survivors of gender-based violence in Luhansk oblast"
drows = [
    ("AA-01", DE_P, "IOM / GIZ", "SBGS, SESU", "-", 1300000, 900000, "-", 2200000, "ongoing", "", True),
    ("", "incl. " + DE_1, "IOM", "SBGS", "-", 800000, 400000, "-", 1200000, "ongoing", "", False),
    ("", "incl. " + DE_2, "GIZ", "SESU", "-", 500000, 500000, "-", 1000000, "ongoing", "", False),
    ("AA-02", DE_3, "German Red Cross", "NGU, NPU", 250000, 150000, "-", "-", 400000, "completed", "", True),
    (
        "AA-03",
        DE_4,
        "Federal Police (Bundespolizei)",
        "SBGS",
        "-",
        600000,
        700000,
        "-",
        1400000,
        "ongoing",
        "Total as per the 2020 agreement; 2022 allocation reduced",
        True,
    ),
    (
        "AA-04",
        DE_5,
        "Federal Police (Bundespolizei)",
        "NPU",
        0,
        0,
        0,
        "-",
        0,
        "ongoing",
        "in-kind: advisers' salaries covered by the Federal Police budget",
        True,
    ),
    ("AA-05", DE_6, "UNFPA", "NPU", "-", "-", 450000, 450000, 900000, "planned", "", True),
]
r = 6
for ref, title, impl, benef, y20, y21, y22, y23, tot, status, rem, top in drows:
    vals = [ref, title, impl, benef, y20, y21, y22, y23, tot, status, rem]
    for c, v in enumerate(vals, 1):
        cell = ws.cell(r, c, v)
        cell.border = BOX
        cell.alignment = WRAP
        if 5 <= c <= 9:
            cell.number_format = "#,##0"
            cell.alignment = Alignment(horizontal="right", vertical="top")
    if not top:
        ws.cell(r, 2).alignment = Alignment(wrap_text=True, vertical="top", indent=2)
    r += 1
ws.cell(r, 2, "Total").font = BOLD
# the programme's components are inside its own line: the total counts top-level lines only
tot_years = [250000, 1300000 + 150000 + 600000, 900000 + 700000 + 450000, 450000]
for c, v in zip(range(5, 9), tot_years):
    ws.cell(r, c, v).number_format = "#,##0"
    ws.cell(r, c).font = BOLD
ws.cell(r, 9, 2200000 + 400000 + 1400000 + 0 + 900000).number_format = "#,##0"
ws.cell(r, 9).font = BOLD
widths(ws, {"A": 8, "B": 60, "C": 24, "D": 12, "E": 11, "F": 11, "G": 11, "H": 11, "I": 12, "J": 11, "K": 40})
wb.save(OUT / "Germany_AA_stabilisation_projects_MIA_2020-2023.xlsx")

exp(DE_1, "Germany", "BORDER_CROSSING", "funded", "EUR", 800000)  # 2021 column
exp(DE_2, "Germany", "OTHER", "funded", "EUR", 500000)  # 2021 column
exp(DE_3, "Germany", "COVID19", "funded", "EUR", 150000)
exp(
    DE_4, "Germany", "BORDER_SECURITY", "funded", "EUR", 600000
)  # total 1,400,000 != 600,000 + 700,000: years win
exp(DE_5, "Germany", "CUSTODY", "funded", "EUR", 0)  # in-kind
exp(DE_6, "Germany", "DOMESTIC_VIOLENCE", "pipeline", "EUR", 0)  # 2022-2023 only

# ---------------------------------------------------------------------------------------------------------------
# 8. UNDP portfolio: donor groups with sub-totals, currency in the budget cell, footnote for a cancellation
# ---------------------------------------------------------------------------------------------------------------
wb = Workbook()
ws = wb.active
ws.title = "Portfolio"
ws["A1"] = "UNDP Ukraine – Democratic Governance and Human Security Portfolio"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = (
    "Projects with the Ministry of Internal Affairs and its agencies (donor contributions in original currency)"
)
hdr = ["Project title", "Donor", "MIA beneficiary", "Duration", "Budget", "Status"]
for c, h in enumerate(hdr, 1):
    cell = ws.cell(4, c, h)
    cell.font = BOLD
    cell.fill = GREY
    cell.border = BOX
UN_1 = "Community security and police–community partnership in conflict-affected hromadas of Donbas"
UN_2 = "Upgrading oxygen supply and ventilators in MIA hospitals treating COVID-19 patients"
UN_3 = "Gender-responsive policing: preventing violence against women and girls in Zaporizhzhia oblast"
UN_4 = "Detection of irregular migrants and migrant smuggling networks: SBGS–SMS information exchange"
UN_5 = "Reducing waiting times for travellers at the Chop–Záhony border crossing point"
UN_6 = (
    "Humane treatment of detainees: monitoring of police temporary holding facilities with the Ombudsperson"
)
UN_7 = "Drug use prevention and outreach by patrol police in Odesa nightlife districts"
urows = [
    (UN_1, "Government of Japan", "NPU, SESU", "Mar 2021 – Feb 2022", "¥150,000,000", "Ongoing"),
    (
        UN_2,
        "Government of Japan",
        "MIA (Central Clinical Hospital)",
        "Jan–Jun 2021",
        "¥ 88,000,000",
        "Completed",
    ),
    ("Sub-total Government of Japan", "", "", "", "¥238,000,000", ""),
    (UN_3, "Sweden (Sida)", "NPU", "12 months from 1 July 2021", "SEK 9.5m", "Ongoing"),
    ("Sub-total Sweden", "", "", "", "SEK 9.5m", ""),
    (UN_4, "Royal Norwegian Embassy", "SBGS, SMS", "Oct 2020 – Sep 2022", "NOK 12 million", "Ongoing"),
    (UN_5, "Royal Norwegian Embassy", "SBGS", "Jun 2021 – May 2022", "NOK 7.5 million", "Cancelled*"),
    ("Sub-total Norway (excluding cancelled)", "", "", "", "NOK 12 million", ""),
    (
        UN_6,
        "Swiss Agency for Development and Cooperation (SDC)",
        "NPU",
        "01.05.2021 – 30.04.2023",
        "CHF 900'000",
        "Ongoing",
    ),
    ("Sub-total Switzerland", "", "", "", "CHF 900'000", ""),
    (
        UN_7,
        "Embassy of the Kingdom of the Netherlands",
        "NPU",
        "Dec 2021 – Nov 2023",
        "EUR 1.2 million",
        "Pipeline (project document under appraisal)",
    ),
    ("Sub-total Netherlands", "", "", "", "EUR 1.2 million", ""),
]
r = 5
for vals in urows:
    sub = vals[0].startswith("Sub-total")
    for c, v in enumerate(vals, 1):
        cell = ws.cell(r, c, v)
        cell.border = BOX
        cell.alignment = WRAP
        if sub:
            cell.font = Font(bold=True, italic=True)
            cell.fill = PatternFill("solid", fgColor="F2F2F2")
    r += 1
r += 1
ws.cell(r, 1, "* Cancelled by donor decision of 20 May 2021; no funds were disbursed.")
ws.cell(r + 1, 1, "Budgets are total contributions over the whole duration of each project.")
widths(ws, {"A": 60, "B": 34, "C": 22, "D": 26, "E": 18, "F": 30})
wb.save(OUT / "UNDP_Ukraine_Human_Security_portfolio_MIA_2021.xlsx")

exp(UN_1, "Japan", "COMMUNITY_POLICING", "funded", "JPY", round(150000000 * 306 / 365, 2))  # 125,753,424.66
exp(UN_2, "Japan", "COVID19", "funded", "JPY", 88000000)  # wholly in 2021
exp(UN_3, "Sweden", "DOMESTIC_VIOLENCE", "funded", "SEK", round(9.5e6 * 184 / 365, 2))  # 4,789,041.10
exp(UN_4, "Norway", "ILLEGAL_MIGRATION", "funded", "NOK", round(12e6 * 365 / 730, 2))  # 6,000,000.00
exp(UN_5, "Norway", "BORDER_CROSSING", "cancelled", "NOK", 0)
exp(UN_6, "Switzerland", "CUSTODY", "funded", "CHF", round(900000 * 245 / 730, 2))  # 302,054.79
exp(UN_7, "Netherlands", "DRUGS", "pipeline", "EUR", round(1.2e6 * 31 / 730, 2))  # 50,958.90

# ---------------------------------------------------------------------------------------------------------------
titles = [e["title"] for e in EXP]
assert len(titles) == len(set(titles)), "titles must be unique"
with open(Path(sys.argv[1]) / "expected.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.DictWriter(f, fieldnames=["title", "partner", "priority", "status", "currency", "amount_2021"])
    w.writeheader()
    for e in EXP:
        w.writerow({**e, "amount_2021": float(e["amount_2021"])})
print(f"{len(EXP)} projects written to {Path(sys.argv[1])}")
