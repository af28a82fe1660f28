# ruff: noqa: B007 - a data script written blind: its loops unpack whole rows and use a few fields
"""Blind partner files, set F: written without reading the reader's code. Expected values by hand.

Usage: python set_f.py OUT_DIR  -> OUT_DIR/raw/<partner files>, OUT_DIR/expected.csv
Convention: a given 2021 figure is taken as is (where a file gives a planned / committed 2021 figure beside a
disbursed / actual one, the analyst takes the planned / committed one); otherwise total x days in 2021 / days of the
project (both ends included); a month runs first to last day, a quarter first to last day, a year alone 1 Jan to
31 Dec; outside 2021 -> 0; cancelled -> 0. A co-funded project gives one expected line per funding partner, each with
its own amount.
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
NB = "\u00a0"  # non-breaking space, as Excel / Word put it in "1 200 000"
BOLD = Font(bold=True)


def put(ws, row, col, v, fmt="DD.MM.YYYY"):
    c = ws.cell(row=row, column=col, value=v)
    if isinstance(v, D):
        c.number_format = fmt
    elif isinstance(v, (int, float)) and not isinstance(v, bool):
        c.number_format = "#,##0"
    return c


# ------------------------------------------------------------------------------------------------------------------
# 1 EU Delegation: two merged header rows ("Бюджет, EUR" over "Загальний | у т.ч. 2021"), the grand total at the TOP
#   (first row under the header, above the projects), an empty spacer column B, blank spacer rows, a notes column,
#   statuses "реалізується" / "завершено" / "запланований", a dash for "no 2021 money"
wb = Workbook()
ws = wb.active
ws.title = "Проєкти ЄС"
ws["A1"] = "Представництво Європейського Союзу в Україні"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = (
    "Проєкти міжнародної технічної допомоги ЄС у сфері МВС України — інформація до засідання СРГ, квітень 2021"
)
# header: rows 4-5; column B is an empty spacer column
top = {
    1: "№",
    3: "Назва проєкту",
    4: "Бенефіціар",
    5: "Виконавець",
    6: "Початок",
    7: "Завершення",
    8: "Бюджет, EUR",
    10: "Статус",
    11: "Примітки",
}
for col, h in top.items():
    put(ws, 4, col, h).font = BOLD
put(ws, 5, 8, "Загальний").font = BOLD
put(ws, 5, 9, "у т.ч. 2021").font = BOLD
for col in (1, 3, 4, 5, 6, 7, 10, 11):
    ws.merge_cells(start_row=4, start_column=col, end_row=5, end_column=col)
ws.merge_cells(start_row=4, start_column=8, end_row=4, end_column=9)
for col in range(1, 12):
    ws.cell(row=4, column=col).alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
eu = [
    (
        1,
        "Електронний журнал обліку затриманих («Custody Records») у підрозділах Національної поліції",
        "НПУ",
        "GOPA Consultants",
        D(2020, 1, 1),
        D(2022, 12, 31),
        2_000_000,
        800_000,
        "реалізується",
        "сума 2021 — за контрактом",
    ),
    (
        2,
        "Посилення охорони «зеленого» кордону: системи відеоспостереження для прикордонних загонів ДПСУ",
        "ДПСУ",
        "ICMPD",
        D(2020, 7, 1),
        D(2023, 6, 30),
        4_000_000,
        1_500_000,
        "реалізується",
        "",
    ),
    None,  # blank spacer row
    (
        3,
        "Збільшення пропускної спроможності пунктів пропуску на кордоні з державами — членами ЄС",
        "ДПСУ",
        "EUBAM",
        D(2021, 1, 1),
        D(2023, 12, 31),
        3_000_000,
        1_000_000,
        "реалізується",
        "",
    ),
    (
        4,
        "Підтримка стратегічного планування та управління фінансами в апараті МВС",
        "МВС",
        "Ecorys",
        D(2018, 1, 1),
        D(2020, 12, 31),
        600_000,
        "—",
        "завершено",
        "проєкт завершено у грудні 2020 р.",
    ),
    None,
    (
        5,
        "Протидія торгівлі людьми: спільні слідчі групи Національної поліції та Європолу",
        "НПУ",
        "визначається",
        D(2021, 9, 1),
        D(2023, 8, 31),
        1_200_000,
        200_000,
        "запланований",
        "очікується рішення Комітету ЄС",
    ),
]
# grand total (row 6) above the projects, then a blank row 7
put(ws, 6, 3, "УСЬОГО за всіма проєктами").font = BOLD
put(ws, 6, 8, 10_800_000).font = BOLD  # 2.0 + 4.0 + 3.0 + 0.6 + 1.2 million
put(ws, 6, 9, 3_500_000).font = BOLD  # 0.8 + 1.5 + 1.0 + 0 + 0.2 million
r = 8
for p in eu:
    if p is not None:
        cols = (1, 3, 4, 5, 6, 7, 8, 9, 10, 11)
        for col, v in zip(cols, p, strict=True):
            put(ws, r, col, v)
    r += 1
ws.column_dimensions["B"].width = 3
ws.column_dimensions["C"].width = 70
ws.column_dimensions["K"].width = 35
wb.save(OUT / "EU_Delegation_SWG_April2021.xlsx")
eu_p = [p for p in eu if p]
exp(eu_p[0][1], "EU", "CUSTODY", "funded", "EUR", 800_000)  # 2021 figure given
exp(eu_p[1][1], "EU", "BORDER_SECURITY", "funded", "EUR", 1_500_000)  # 2021 figure given
exp(eu_p[2][1], "EU", "BORDER_CROSSING", "funded", "EUR", 1_000_000)  # 2021 figure given
exp(eu_p[3][1], "EU", "OTHER", "funded", "EUR", 0)  # "—", completed 2020
exp(eu_p[4][1], "EU", "TRAFFICKING", "pipeline", "EUR", 200_000)  # planned; 2021 figure given

# ------------------------------------------------------------------------------------------------------------------
# 2 USAID: title and description in ONE cell separated by a line break; "Committed 2021" and "Disbursed 2021" side by
#   side (the analyst takes the commitment); statuses Active / Closed / Suspended (terminated, said in the comment)
wb = Workbook()
ws = wb.active
ws.title = "USAID activities"
ws["A1"] = "USAID/Ukraine – Office of Democracy and Governance"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "Activities supporting the Ministry of Internal Affairs system – submission to the SWG, April 2021"
ws["A3"] = (
    "Note: 'Committed 2021' = amount obligated for calendar year 2021; "
    "'Disbursed 2021' = amount paid out as of 31 March 2021."
)
hdr = [
    "Activity (title / description)",
    "Implementing partner",
    "Beneficiary",
    "Start",
    "End",
    "Total estimated cost (USD)",
    "Committed 2021 (USD)",
    "Disbursed 2021 (USD)",
    "Status",
    "Comments",
]
for j, h in enumerate(hdr, start=1):
    c = put(ws, 5, j, h)
    c.font = BOLD
    c.alignment = Alignment(wrap_text=True)
usaid = [
    (
        "Safe Communities: police–community partnership in hromadas",
        (
            "Joint community safety councils, community police officers and neighbourhood patrols in 12 hromadas "
            "of Zaporizhzhia and Kherson oblasts."
        ),
        "Chemonics International",
        "NPU",
        D(2020, 10, 1),
        D(2023, 9, 30),
        5_000_000,
        1_800_000,
        650_000,
        "Active",
        "",
    ),
    (
        "Emergency COVID-19 response for first responders",
        "Oxygen concentrators, personal protective equipment and disinfection equipment for SESU and NPU units.",
        "Project HOPE",
        "SESU, NPU",
        D(2021, 1, 15),
        D(2021, 9, 30),
        900_000,
        900_000,
        420_000,
        "Active",
        "",
    ),
    (
        "Countering Trafficking in Persons (CTIP)",
        (
            "Identification of victims by the police, shelters and the national hotline; training of investigators "
            "and prosecutors in trafficking cases."
        ),
        "Winrock International",
        "NPU",
        D(2019, 10, 1),
        D(2024, 9, 30),
        10_000_000,
        1_200_000,
        300_000,
        "Active",
        "",
    ),
    (
        "Anti-corruption support to the MIA procurement department",
        "E-procurement tools and training of procurement staff of the Ministry.",
        "DAI Global",
        "MIA",
        D(2017, 10, 1),
        D(2020, 9, 30),
        3_000_000,
        "–",
        "–",
        "Closed",
        "",
    ),
    (
        "Civil society monitoring of police custody",
        (
            "Independent visits to temporary holding facilities and police stations; reports on the treatment of "
            "detainees."
        ),
        "Kharkiv Institute for Social Research",
        "NPU",
        D(2021, 1, 1),
        D(2022, 12, 31),
        600_000,
        300_000,
        0,
        "Suspended",
        "Award terminated by USAID on 15 Feb 2021; no funds will be spent.",
    ),
]
for i, p in enumerate(usaid, start=6):
    title, desc = p[0], p[1]
    c = put(ws, i, 1, f"{title}\n{desc}")
    c.alignment = Alignment(wrap_text=True, vertical="top")
    for j, v in enumerate(p[2:], start=2):
        put(ws, i, j, v, fmt="MM/DD/YYYY")
ws.column_dimensions["A"].width = 70
ws.column_dimensions["J"].width = 45
wb.save(OUT / "USAID_MIA_activities_Apr2021.xlsx")
exp(usaid[0][0], "USAID", "COMMUNITY_POLICING", "funded", "USD", 1_800_000)  # committed 2021 (not disbursed)
exp(usaid[1][0], "USAID", "COVID19", "funded", "USD", 900_000)  # committed 2021
exp(usaid[2][0], "USAID", "TRAFFICKING", "funded", "USD", 1_200_000)  # committed 2021
exp(usaid[3][0], "USAID", "OTHER", "funded", "USD", 0)  # closed Sept 2020, "–"
# "Suspended" with the comment "award terminated ... no funds will be spent": a careful analyst reads it as cancelled
exp(usaid[4][0], "USAID", "CUSTODY", "cancelled", "USD", 0)

# ------------------------------------------------------------------------------------------------------------------
# 3 Sweden (Sida): CSV exported with TAB separators, a quoted multi-line description field, periods as years only
#   ("2020–2022", "2021"), amounts as text with non-breaking spaces
sida_hdr = [
    "Donor",
    "Contribution ID",
    "Contribution title",
    "Description",
    "Partner organisation",
    "Agreement period",
    "Agreed amount (SEK)",
    "Status",
]
sida = [
    (
        "Sweden (Sida)",
        "51170123",
        "Police response to domestic violence in Ukraine, phase II",
        (
            "Training of police mobile response groups;\nrisk assessment tools for officers;\n"
            "referral of victims to support services."
        ),
        "La Strada Ukraine",
        "2020–2022",
        f"10{NB}960{NB}000",
        "Ongoing",
    ),
    (
        "Sweden (Sida)",
        "51170188",
        "Maritime border surveillance equipment for the State Border Guard Service",
        "Radar and patrol boat equipment\nfor the Maritime Guard in the Azov Sea.",
        "Swedish Coast Guard",
        "2021",
        f"4{NB}500{NB}000",
        "Ongoing",
    ),
    (
        "Sweden (Sida)",
        "51170240",
        "Readmission and return of irregular migrants: capacity of the State Migration Service",
        "Case management system for readmission;\ntraining of SMS staff.",
        "IOM",
        "2021-2022",
        f"7{NB}300{NB}000",
        "Planned – decision expected in June 2021",
    ),
    (
        "Sweden (Sida)",
        "51160077",
        "Human rights in police custody: monitoring of temporary holding facilities",
        "Visits by monitors of the Ombudsperson's office\nto police temporary holding facilities.",
        "Ukrainian Helsinki Human Rights Union",
        "2019–2020",
        f"2{NB}000{NB}000",
        "Completed",
    ),
]
with open(OUT / "Sida_Ukraine_MIA_contributions.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, delimiter="\t", quoting=csv.QUOTE_MINIMAL)
    w.writerow(sida_hdr)
    for p in sida:
        w.writerow(p)
# 2020-01-01..2022-12-31 = 366+365+365 = 1096 days; 10,960,000 x 365/1096 = 3,650,000
exp(sida[0][2], "Sweden", "DOMESTIC_VIOLENCE", "funded", "SEK", 3_650_000)
exp(sida[1][2], "Sweden", "BORDER_SECURITY", "funded", "SEK", 4_500_000)  # all of 2021
# 2021-01-01..2022-12-31 = 730 days; 7,300,000 x 365/730 = 3,650,000; planned
exp(sida[2][2], "Sweden", "ILLEGAL_MIGRATION", "pipeline", "SEK", 3_650_000)
exp(sida[3][2], "Sweden", "CUSTODY", "funded", "SEK", 0)  # 2019-2020

# ------------------------------------------------------------------------------------------------------------------
# 4 Germany (BMI): a sheet per subgroup ("Поліція", "Кордон і міграція") plus a HIDDEN sheet with the old 2020 list;
#   each project's description in a merged cell on the row below its title; end date "до кінця 2021 року"
wb = Workbook()
hdr = ["№", "Назва проєкту / опис", "Бенефіціар", "Початок", "Завершення", "Бюджет, EUR", "Статус"]


def de_sheet(ws, subgroup, rows):
    ws["A1"] = (
        "Посольство Федеративної Республіки Німеччина — проєкти Федерального міністерства внутрішніх справ (BMI)"
    )
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = f"Підгрупа: {subgroup}"
    for j, h in enumerate(hdr, start=1):
        put(ws, 4, j, h).font = BOLD
    r = 5
    for p in rows:
        no, title, desc, ben, start, end, amount, status = p
        for j, v in enumerate((no, title, ben, start, end, amount, status), start=1):
            put(ws, r, j, v)
        c = put(ws, r + 1, 2, desc)
        c.font = Font(italic=True)
        c.alignment = Alignment(wrap_text=True)
        ws.merge_cells(start_row=r + 1, start_column=2, end_row=r + 1, end_column=7)
        r += 2
    ws.column_dimensions["B"].width = 75


de_pol = [
    (
        1,
        "Навчання слідчих НПУ з розслідування злочинів у сфері незаконного обігу наркотиків",
        "Опис: курси для слідчих і оперативних працівників, обладнання для експрес-тестування наркотичних речовин.",
        "НПУ",
        D(2021, 4, 1),
        "до кінця 2021 року",
        275_000,
        "реалізується",
    ),
    (
        2,
        "Відеофіксація та електронний облік затриманих в ізоляторах тимчасового тримання",
        "Опис: камери, сервери та програмне забезпечення для ІТТ у п'яти областях.",
        "НПУ",
        D(2021, 1, 1),
        D(2022, 12, 31),
        600_000,
        "реалізується",
    ),
    (
        3,
        "Поліцейські офіцери громади: навчання та транспорт",
        "Опис: автомобілі та навчання для поліцейських офіцерів громад у Житомирській області.",
        "НПУ",
        D(2020, 7, 1),
        D(2021, 6, 30),
        365_000,
        "реалізується",
    ),
]
de_bor = [
    (
        1,
        "Тепловізори та дрони для прикордонних загонів на ділянці кордону з Білоруссю",
        "Опис: обладнання для нагляду за «зеленим» кордоном між пунктами пропуску.",
        "ДПСУ",
        D(2021, 3, 1),
        "до кінця 2021 року",
        500_000,
        "реалізується",
    ),
    (
        2,
        "Біометрична ідентифікація нелегальних мігрантів у пунктах тимчасового перебування іноземців ДМС",
        "Опис: сканери відбитків пальців і доступ до баз даних для встановлення особи затриманих мігрантів.",
        "ДМС",
        D(2021, 10, 1),
        D(2022, 9, 30),
        730_000,
        "запланований",
    ),
]
de_old = [  # the 2020 return, kept in the workbook but hidden: not part of the 2021 list
    (
        1,
        "Поліцейські офіцери громади: навчання та транспорт",
        "Опис: автомобілі та навчання для поліцейських офіцерів громад у Житомирській області.",
        "НПУ",
        D(2020, 7, 1),
        D(2021, 6, 30),
        365_000,
        "реалізується",
    ),
    (
        2,
        "Підготовка кінологів ДПСУ",
        "Опис: навчання кінологів та придбання службових собак.",
        "ДПСУ",
        D(2019, 1, 1),
        D(2020, 12, 31),
        150_000,
        "реалізується",
    ),
]
ws = wb.active
ws.title = "Поліція"
de_sheet(ws, "Поліція", de_pol)
ws = wb.create_sheet("Кордон і міграція")
de_sheet(ws, "Кордон і міграція", de_bor)
ws = wb.create_sheet("2020 (старий)")
de_sheet(ws, "2020 рік (старий перелік)", de_old)
ws.sheet_state = "hidden"
wb.save(OUT / "Germany_BMI_proekty_MVS_2021.xlsx")
exp(de_pol[0][1], "Germany", "DRUGS", "funded", "EUR", 275_000)  # 01.04.2021 .. end of 2021: all in 2021
# 2021-01-01..2022-12-31 = 730 days; 600,000 x 365/730 = 300,000
exp(de_pol[1][1], "Germany", "CUSTODY", "funded", "EUR", 300_000)
# 2020-07-01..2021-06-30 = 184+181 = 365 days, 181 in 2021; 365,000 x 181/365 = 181,000
exp(de_pol[2][1], "Germany", "COMMUNITY_POLICING", "funded", "EUR", 181_000)
exp(de_bor[0][1], "Germany", "BORDER_SECURITY", "funded", "EUR", 500_000)  # 01.03.2021 .. end of 2021
# 2021-10-01..2022-09-30 = 365 days, 92 in 2021; 730,000 x 92/365 = 184,000; planned
exp(de_bor[1][1], "Germany", "ILLEGAL_MIGRATION", "pipeline", "EUR", 184_000)
# the hidden sheet "2020 (старий)" is the obsolete 2020 list: no expected lines (its first project is the visible
# community-policing one again, its second ended in 2020)

# ------------------------------------------------------------------------------------------------------------------
# 5 Japan: Russian; amounts split across columns by beneficiary agency (НПУ | ГПСУ | ГМС | ГСЧС) under a merged
#   "Сумма, иен (JPY)" header, a project with money in two columns = the sum; no total column; a totals row per
#   column at the bottom; Russian month periods ("январь 2021 – июнь 2022", "с 01.03.2021 по 28.02.2023")
wb = Workbook()
ws = wb.active
ws.title = "Проекты"
ws["A1"] = "Посольство Японии в Украине"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = (
    "Проекты безвозмездной помощи Правительства Японии для системы МВД Украины (по состоянию на 01.04.2021)"
)
for col, h in {
    1: "№",
    2: "Наименование проекта",
    3: "Период реализации",
    4: "Сумма, иен (JPY), по бенефициарам",
    8: "Статус",
    9: "Исполнитель",
}.items():
    put(ws, 4, col, h).font = BOLD
for col, h in zip(range(4, 8), ["НПУ", "ГПСУ", "ГМС", "ГСЧС"], strict=True):
    put(ws, 5, col, h).font = BOLD
for col in (1, 2, 3, 8, 9):
    ws.merge_cells(start_row=4, start_column=col, end_row=5, end_column=col)
ws.merge_cells(start_row=4, start_column=4, end_row=4, end_column=7)
jp = [
    # no, title, period, NPU, SBGS, SMS, SESU, status, implementer
    (
        1,
        "Сканеры для ускоренного пропуска грузовых автомобилей через пункты пропуска (сокращение очередей)",
        "январь 2021 – декабрь 2021",
        None,
        120_000_000,
        None,
        None,
        "реализуется",
        "JICA",
    ),
    (
        2,
        "Средства индивидуальной защиты от COVID-19 для полиции и спасателей",
        "март 2021 – август 2021",
        30_000_000,
        None,
        None,
        20_000_000,
        "реализуется",
        "ПРООН",
    ),
    (
        3,
        "Подготовка кинологов и служебных собак для выявления наркотиков",
        "с 01.03.2021 по 28.02.2023",
        18_250_000,
        18_250_000,
        None,
        None,
        "реализуется",
        "JICA",
    ),
    (
        4,
        "Центры временного содержания иностранцев, незаконно находящихся в Украине",
        "январь 2021 – июнь 2022",
        None,
        None,
        54_600_000,
        None,
        "реализуется",
        "МОМ",
    ),
    (
        5,
        "Пожарные автомобили для подразделений ГСЧС",
        "2019–2020",
        None,
        None,
        None,
        80_000_000,
        "завершен",
        "JICA",
    ),
]
for i, p in enumerate(jp, start=6):
    for j, v in enumerate(p, start=1):
        put(ws, i, j, v)
tot_row = 6 + len(jp)
put(ws, tot_row, 2, "Итого").font = BOLD
put(ws, tot_row, 4, 48_250_000).font = BOLD  # 30,000,000 + 18,250,000
put(ws, tot_row, 5, 138_250_000).font = BOLD  # 120,000,000 + 18,250,000
put(ws, tot_row, 6, 54_600_000).font = BOLD
put(ws, tot_row, 7, 100_000_000).font = BOLD  # 20,000,000 + 80,000,000
ws.column_dimensions["B"].width = 70
ws.column_dimensions["C"].width = 28
wb.save(OUT / "Japan_Embassy_proekty_MVD.xlsx")
exp(jp[0][1], "Japan", "BORDER_CROSSING", "funded", "JPY", 120_000_000)  # Jan-Dec 2021
exp(jp[1][1], "Japan", "COVID19", "funded", "JPY", 50_000_000)  # 30m (NPU) + 20m (SESU), Mar-Aug 2021
# 18.25m + 18.25m = 36.5m; 2021-03-01..2023-02-28 = 365+365 = 730 days, 306 in 2021; 36.5m x 306/730 = 15,300,000
exp(jp[2][1], "Japan", "DRUGS", "funded", "JPY", 15_300_000)
# 2021-01-01..2022-06-30 = 365+181 = 546 days; 54.6m x 365/546 = 36,500,000
exp(jp[3][1], "Japan", "ILLEGAL_MIGRATION", "funded", "JPY", 36_500_000)
exp(jp[4][1], "Japan", "OTHER", "funded", "JPY", 0)  # 2019-2020, completed

# ------------------------------------------------------------------------------------------------------------------
# 6 OSCE: one EUR column and one USD column, each row filling one of them; a notes column; "Approved" /
#   "Under preparation"
wb = Workbook()
ws = wb.active
ws.title = "OSCE PCU"
ws["A1"] = "OSCE Project Co-ordinator in Ukraine"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "Projects with the agencies of the Ministry of Internal Affairs – 2021"
hdr = ["No.", "Project", "Beneficiary", "Start", "End", "Budget EUR", "Budget USD", "Status", "Notes"]
for j, h in enumerate(hdr, start=1):
    put(ws, 4, j, h).font = BOLD
osce = [
    (
        1,
        "Combating trafficking in human beings: training of National Police investigators",
        "NPU",
        D(2021, 1, 1),
        D(2021, 12, 31),
        250_000,
        None,
        "Approved",
        "Unified Budget",
    ),
    (
        2,
        "Countering online sales of illicit drugs on darknet markets",
        "NPU",
        D(2021, 7, 1),
        D(2022, 6, 30),
        None,
        365_000,
        "Approved",
        "extra-budgetary project",
    ),
    (
        3,
        "Explosive ordnance disposal training for the State Emergency Service",
        "SESU",
        D(2021, 1, 1),
        D(2021, 12, 31),
        180_000,
        None,
        "Under preparation",
        "awaiting approval by participating States",
    ),
    (
        4,
        "Police mobile groups responding to domestic and gender-based violence",
        "NPU",
        D(2021, 4, 1),
        D(2022, 3, 31),
        None,
        1_460_000,
        "Approved",
        "extra-budgetary project",
    ),
]
for i, p in enumerate(osce, start=5):
    for j, v in enumerate(p, start=1):
        put(ws, i, j, v)
ws.column_dimensions["B"].width = 70
wb.save(OUT / "OSCE_PCU_projects_MIA_2021.xlsx")
exp(osce[0][1], "OSCE", "TRAFFICKING", "funded", "EUR", 250_000)  # all of 2021
# 2021-07-01..2022-06-30 = 365 days, 184 in 2021; 365,000 x 184/365 = 184,000
exp(osce[1][1], "OSCE", "DRUGS", "funded", "USD", 184_000)
exp(osce[2][1], "OSCE", "OTHER", "pipeline", "EUR", 180_000)  # under preparation, all of 2021
# 2021-04-01..2022-03-31 = 365 days, 275 in 2021; 1,460,000 x 275/365 = 1,100,000
exp(osce[3][1], "OSCE", "DOMESTIC_VIOLENCE", "funded", "USD", 1_100_000)

# ------------------------------------------------------------------------------------------------------------------
# 7 Switzerland: amounts as text with apostrophes ("CHF 1'461'000") and "CHF 2.5m"; a co-funded project with the
#   co-funding partner and ITS amount in their own columns; periods "dd.mm.yyyy – dd.mm.yyyy" and "2018 – 2020"
wb = Workbook()
ws = wb.active
ws.title = "Swiss projects"
ws["A1"] = "Embassy of Switzerland in Ukraine – Swiss Cooperation Office"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = (
    "Projects in the sector of the Ministry of Internal Affairs (amounts in the currency of each agreement)"
)
hdr = [
    "Project",
    "Beneficiary",
    "Period",
    "Swiss contribution",
    "Co-funding partner",
    "Co-funding amount",
    "Status",
]
for j, h in enumerate(hdr, start=1):
    put(ws, 4, j, h).font = BOLD
ch = [
    (
        "Community-based policing in Donetsk and Luhansk oblasts",
        "NPU",
        "01.01.2021 – 31.12.2024",
        "CHF 1'461'000",
        "Denmark (Danida)",
        "DKK 2'922'000",
        "Ongoing",
    ),
    (
        "Electronic queue and faster passage at Ukrainian–Hungarian border crossing points",
        "SBGS",
        "01.01.2021 – 31.12.2021",
        "CHF 2.5m",
        None,
        None,
        "Ongoing",
    ),
    (
        "Protection of detained persons: preventive monitoring visits to police custody",
        "NPU, Ombudsperson",
        "01.01.2021 – 31.12.2022",
        "CHF 600'000",
        None,
        None,
        "Ongoing",
    ),
    (
        "Humanitarian demining equipment for the State Emergency Service",
        "SESU",
        "2018 – 2020",
        "CHF 900'000",
        None,
        None,
        "Closed",
    ),
]
for i, p in enumerate(ch, start=5):
    for j, v in enumerate(p, start=1):
        put(ws, i, j, v)
ws.column_dimensions["A"].width = 70
ws.column_dimensions["C"].width = 25
wb.save(OUT / "Swiss_Cooperation_Office_MIA_projects.xlsx")
# one project, two funders (two expected lines, same title): 2021-01-01..2024-12-31 = 365+365+365+366 = 1461 days
# Switzerland CHF 1,461,000 x 365/1461 = 365,000 ; Denmark DKK 2,922,000 x 365/1461 = 730,000
exp(ch[0][0], "Switzerland", "COMMUNITY_POLICING", "funded", "CHF", 365_000)
exp(ch[0][0], "Denmark", "COMMUNITY_POLICING", "funded", "DKK", 730_000)
exp(ch[1][0], "Switzerland", "BORDER_CROSSING", "funded", "CHF", 2_500_000)  # all of 2021
# 2021-01-01..2022-12-31 = 730 days; 600,000 x 365/730 = 300,000
exp(ch[2][0], "Switzerland", "CUSTODY", "funded", "CHF", 300_000)
exp(ch[3][0], "Switzerland", "OTHER", "funded", "CHF", 0)  # 2018-2020, closed

# ------------------------------------------------------------------------------------------------------------------
# 8 Poland: the currency only in the amount cell ("1 200 000 злотих" with NBSP, "2,5 млн злотих", "250 000 євро");
#   a joint Poland–Lithuania project on two rows, each partner with its own amount; "скасовано"
wb = Workbook()
ws = wb.active
ws.title = "Polska pomoc"
ws["A1"] = "Посольство Республіки Польща в Україні — програма «Польська допомога» (Polska pomoc)"
ws["A1"].font = Font(bold=True, size=12)
ws["A2"] = "Проєкти для системи МВС України, 2021 рік"
hdr = ["№", "Назва проєкту", "Партнер (донор)", "Бенефіціар", "Період", "Сума", "Статус"]
for j, h in enumerate(hdr, start=1):
    put(ws, 4, j, h).font = BOLD
pl_joint = "Навчання прикордонників ДПСУ з охорони «зеленого» кордону (спільний проєкт Польщі та Литви)"
pl = [
    ("1", pl_joint, "Польща", "ДПСУ", "01.01.2021 – 31.12.2021", f"1{NB}200{NB}000 злотих", "реалізується"),
    (None, pl_joint, "Литва", "ДПСУ", "01.01.2021 – 31.12.2021", f"250{NB}000 євро", "реалізується"),
    (
        "2",
        "Підвищення пропускної спроможності пункту пропуску «Ягодин – Дорогуськ»",
        "Польща",
        "ДПСУ",
        "2021–2022",
        "2,5 млн злотих",
        "реалізується",
    ),
    (
        "3",
        "Навчання дільничних офіцерів поліції в громадах Волинської області",
        "Польща",
        "НПУ",
        "01.07.2021 – 30.06.2022",
        f"730{NB}000 злотих",
        "реалізується",
    ),
    (
        "4",
        "Кризові кімнати для постраждалих від домашнього насильства у відділках поліції",
        "Польща",
        "НПУ",
        "2021",
        "0,5 млн злотих",
        "скасовано",
    ),
]
for i, p in enumerate(pl, start=5):
    for j, v in enumerate(p, start=1):
        put(ws, i, j, v)
ws.column_dimensions["B"].width = 75
ws.column_dimensions["E"].width = 25
wb.save(OUT / "Poland_Polska_pomoc_MVS_2021.xlsx")
# joint project: each partner its own row and amount (two expected lines, same title), all of 2021
exp(pl_joint, "Poland", "BORDER_SECURITY", "funded", "PLN", 1_200_000)
exp(pl_joint, "Lithuania", "BORDER_SECURITY", "funded", "EUR", 250_000)
# 2.5m PLN over 2021-01-01..2022-12-31 = 730 days; x 365/730 = 1,250,000
exp(pl[2][1], "Poland", "BORDER_CROSSING", "funded", "PLN", 1_250_000)
# 2021-07-01..2022-06-30 = 365 days, 184 in 2021; 730,000 x 184/365 = 368,000
exp(pl[3][1], "Poland", "COMMUNITY_POLICING", "funded", "PLN", 368_000)
exp(pl[4][1], "Poland", "DOMESTIC_VIOLENCE", "cancelled", "PLN", 0)

# ------------------------------------------------------------------------------------------------------------------
# 9 UNODC: Russian; amounts "USD 1.2M", "USD 730K", "USD 0.25M" in one budget column; Russian month periods
#   ("июль 2020 – июнь 2022"), a year alone ("2021"); statuses "реализуется", "планируется", "отменен"
wb = Workbook()
ws = wb.active
ws.title = "УНП ООН"
ws["A1"] = "Управление ООН по наркотикам и преступности (УНП ООН) — Программный офис в Украине"
ws["A1"].font = Font(bold=True, size=12)
ws["A2"] = "Проекты в поддержку системы МВД Украины, 2021 г."
hdr = ["№", "Название проекта", "Бенефициар", "Период", "Бюджет", "Статус", "Примечание"]
for j, h in enumerate(hdr, start=1):
    put(ws, 4, j, h).font = BOLD
unodc = [
    (
        1,
        "Контроль контейнерных перевозок: выявление наркотиков в морских портах Одессы",
        "ГПСУ",
        "июль 2020 – июнь 2022",
        "USD 1.2M",
        "реализуется",
        "",
    ),
    (
        2,
        "Противодействие торговле людьми: поддержка горячей линии и приютов для пострадавших",
        "НПУ",
        "апрель 2021 – март 2022",
        "USD 730K",
        "реализуется",
        "",
    ),
    (
        3,
        "Мониторинг условий содержания задержанных в изоляторах временного содержания",
        "НПУ",
        "2021",
        "USD 0.25M",
        "планируется",
        "проектный документ на согласовании",
    ),
    (
        4,
        "Обучение следователей по расследованию киберпреступлений",
        "НПУ",
        "январь 2021 – декабрь 2021",
        "USD 400K",
        "отменен",
        "решение от 10.02.2021",
    ),
]
for i, p in enumerate(unodc, start=5):
    for j, v in enumerate(p, start=1):
        put(ws, i, j, v)
ws.column_dimensions["B"].width = 75
ws.column_dimensions["D"].width = 25
wb.save(OUT / "UNODC_proekty_MVD_2021.xlsx")
# 2020-07-01..2022-06-30 = 184+365+181 = 730 days; 1,200,000 x 365/730 = 600,000
exp(unodc[0][1], "UNODC", "DRUGS", "funded", "USD", 600_000)
# 2021-04-01..2022-03-31 = 365 days, 275 in 2021; 730,000 x 275/365 = 550,000
exp(unodc[1][1], "UNODC", "TRAFFICKING", "funded", "USD", 550_000)
exp(unodc[2][1], "UNODC", "CUSTODY", "pipeline", "USD", 250_000)  # planned, all of 2021
exp(unodc[3][1], "UNODC", "OTHER", "cancelled", "USD", 0)

# ------------------------------------------------------------------------------------------------------------------
# 10 UNHCR: comma CSV (UTF-8), Ukrainian, "План 2021" and "Факт 2021" side by side (the analyst takes the plan),
#    amounts as text with non-breaking spaces, statuses "реалізується" / "запланований"
unhcr_hdr = [
    "Партнер",
    "Назва проєкту",
    "Бенефіціар",
    "Початок",
    "Завершення",
    "Загальний бюджет, USD",
    "План 2021, USD",
    "Факт 2021 (станом на 31.03.2021), USD",
    "Статус",
]
unhcr = [
    (
        "УВКБ ООН (UNHCR)",
        "Виявлення шукачів притулку серед затриманих нелегальних мігрантів: навчання працівників ДМС",
        "ДМС",
        "01.01.2021",
        "31.12.2022",
        f"900{NB}000",
        f"450{NB}000",
        f"310{NB}000",
        "реалізується",
    ),
    (
        "УВКБ ООН (UNHCR)",
        "Засоби захисту від COVID-19 для пунктів тимчасового перебування іноземців ДМС",
        "ДМС",
        "01.02.2021",
        "31.07.2021",
        f"120{NB}000",
        f"120{NB}000",
        f"118{NB}500",
        "реалізується",
    ),
    (
        "УВКБ ООН (UNHCR)",
        "Ремонт пункту тимчасового перебування іноземців, які незаконно перебувають в Україні (м. Чернігів)",
        "ДМС",
        "01.10.2021",
        "31.03.2022",
        f"200{NB}000",
        f"100{NB}000",
        "0",
        "запланований",
    ),
]
with open(OUT / "UNHCR_proekty_DMS_2021.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(unhcr_hdr)
    for p in unhcr:
        w.writerow(p)
exp(unhcr[0][1], "UNHCR", "ILLEGAL_MIGRATION", "funded", "USD", 450_000)  # plan 2021 (not the 310,000 spent)
exp(unhcr[1][1], "UNHCR", "COVID19", "funded", "USD", 120_000)  # plan 2021 (not 118,500)
exp(unhcr[2][1], "UNHCR", "ILLEGAL_MIGRATION", "pipeline", "USD", 100_000)  # planned; plan 2021 given

with open(OUT.parent / "expected.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=list(EXP[0]))
    w.writeheader()
    w.writerows(EXP)
print(len(EXP), "expected lines")
