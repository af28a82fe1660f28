# ruff: noqa: B007 - a data script written blind: its loops unpack whole rows and use a few fields
"""Blind partner files, set T: written without reading the reader's code. Expected values by hand.

Theme: a project's life after signature - amendments, top-ups, extensions, budget cuts, re-phasing, phase II.

Usage: python set_t.py OUT_DIR  -> OUT_DIR/raw/<partner files>, OUT_DIR/expected.csv
Convention: a given 2021 figure is taken as is; otherwise total x days in 2021 / days of the project (both ends
included); a month runs first to last day, a quarter first to last day; outside 2021 -> 0; cancelled -> 0.
After signature: the amended (current) budget and the amended (extended / revised) period count; an amendment not yet
approved does not; a 2021 top-up is added whole to the original allocation's 2021 share (by days).
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


def put_rows(ws, rows, first_row, first_col=1, fmt="DD.MM.YYYY"):
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = ws.cell(row=first_row + i, column=first_col + j, value=v)
            if isinstance(v, D):
                c.number_format = fmt


# ------------------------------------------------------------------------------------------------------------------
# 1 EU Delegation: "Original budget" | "Amendment(s)" | "Current budget" columns; the current budget counts.
#   End date given is the end as amended. Statuses "amended", "under amendment".
wb = Workbook()
ws = wb.active
ws.title = "EU actions MIA"
ws["A1"] = (
    "Delegation of the European Union to Ukraine – actions with the MIA system, situation after amendments"
)
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = (
    "All amounts in EUR. 'Current budget' = original budget plus approved amendments. End date = end as amended."
)
hdr = [
    "Action",
    "Beneficiary",
    "Start date",
    "End date",
    "Original budget (EUR)",
    "Amendment(s) (EUR)",
    "Current budget (EUR)",
    "Status",
]
for j, h in enumerate(hdr, start=1):
    ws.cell(row=4, column=j, value=h).font = Font(bold=True)
eu = [
    (
        "Integrated border management: surveillance equipment for SBGS patrols on the green border",
        "SBGS",
        D(2021, 1, 1),
        D(2022, 12, 31),
        1_000_000,
        460_000,
        1_460_000,
        "Amended",
    ),
    (
        "COVID-19 emergency support: protective equipment and disinfection for MIA first responders",
        "NPU, SESU, NGU",
        D(2021, 7, 1),
        D(2022, 6, 30),
        365_000,
        None,
        365_000,
        "Ongoing",
    ),
    (
        "Countering trafficking in human beings: victim identification by the National Police",
        "NPU",
        D(2020, 7, 1),
        D(2022, 6, 30),
        800_000,
        -70_000,
        730_000,
        "Amended",
    ),
    (
        "Custody records and video recording in temporary detention facilities",
        "NPU",
        D(2021, 1, 1),
        D(2021, 12, 31),
        400_000,
        "+200 000 (pending approval)",
        400_000,
        "Under amendment",
    ),
]
put_rows(ws, eu, 5)
ws["A10"] = (
    "Amendment of the custody action (+200 000) is under preparation and not yet approved; not in current budget."
)
ws.column_dimensions["A"].width = 80
wb.save(OUT / "EUD_actions_MIA_amended_2021.xlsx")
# current budget 1,460,000; 2021-01-01..2022-12-31 = 730 days, 365 in 2021 -> 730,000
exp(eu[0][0], "EU", "BORDER_SECURITY", "funded", "EUR", 730_000)
# 2021-07-01..2022-06-30 = 365 days, 184 in 2021; 365,000 x 184/365 = 184,000
exp(eu[1][0], "EU", "COVID19", "funded", "EUR", 184_000)
# current 730,000 (after -70,000); 2020-07-01..2022-06-30 = 184+365+181 = 730 days, 365 in 2021 -> 365,000
exp(eu[2][0], "EU", "TRAFFICKING", "funded", "EUR", 365_000)
# rule: current budget counts (400,000); the pending +200,000 is not approved; all of 2021; "under amendment" = funded
exp(eu[3][0], "EU", "CUSTODY", "funded", "EUR", 400_000)

# ------------------------------------------------------------------------------------------------------------------
# 2 UNDP (Ukrainian): implementer's register with a donor column; amendment rows under a project
#   ("Зміни № 1 (12.05.2021): +150 000 USD, термін реалізації продовжено до 31.12.2022"): one project, amended
#   budget and period. Statuses "зміни погоджено", "продовжено".
wb = Workbook()
ws = wb.active
ws.title = "ПРООН МВС"
ws["A1"] = "Програма розвитку ООН (ПРООН) в Україні – проєкти в системі МВС з урахуванням змін до угод"
ws["A1"].font = Font(bold=True, size=13)
hdr = [
    "№",
    "Назва проєкту / зміни до угоди",
    "Донор",
    "Бенефіціар",
    "Валюта",
    "Бюджет за угодою",
    "Початок",
    "Завершення",
    "Статус",
]
for j, h in enumerate(hdr, start=1):
    ws.cell(row=3, column=j, value=h).font = Font(bold=True)
undp = [
    (
        1,
        "Відновлення ізоляторів тимчасового тримання: облік затриманих та відеофіксація",
        "Уряд Японії",
        "НПУ",
        "USD",
        300_000,
        D(2021, 1, 1),
        D(2021, 12, 31),
        "зміни погоджено",
    ),
    (
        None,
        "Зміни № 1 (12.05.2021): +150 000 USD, термін реалізації продовжено до 31.12.2022",
    ),
    (
        2,
        "Мобільні групи поліції з реагування на домашнє насильство",
        "Швеція (Sida)",
        "НПУ",
        "SEK",
        7_300_000,
        D(2021, 4, 1),
        D(2022, 3, 31),
        "реалізується",
    ),
    (
        3,
        "Поліція, орієнтована на громаду: безпека громад у Донецькій та Луганській областях",
        "ПРООН (основні ресурси)",
        "НПУ",
        "USD",
        630_000,
        D(2020, 7, 1),
        D(2021, 12, 31),
        "продовжено",
    ),
    (None, "Зміни № 1 (15.02.2021): +100 000 USD"),
    (None, "Зміни № 2 (20.10.2021): продовження без збільшення бюджету до 30.06.2022"),
    (
        4,
        "Електронні послуги сервісних центрів МВС для громадян",
        "Уряд Данії",
        "МВС",
        "DKK",
        1_460_000,
        D(2021, 1, 1),
        D(2022, 12, 31),
        "реалізується",
    ),
]
put_rows(ws, undp, 4)
for r in (5, 7, 8):
    ws.cell(row=r, column=2).font = Font(italic=True)
    ws.cell(row=r, column=2).alignment = Alignment(indent=2)
ws["A11"] = (
    "Примітка: рядки «Зміни № …» – зміни до угоди щодо проєкту, наведеного над ними; бюджет і терміни в рядку "
    "проєкту – первинні (за угодою), до змін."
)
ws.column_dimensions["B"].width = 85
wb.save(OUT / "UNDP_MVS_proekty_zi_zminamy.xlsx")
# amended: 300,000 + 150,000 = 450,000 over 2021-01-01..2022-12-31 (730 days, 365 in 2021) -> 225,000
exp(undp[0][1], "Japan", "CUSTODY", "funded", "USD", 225_000)
# 2021-04-01..2022-03-31 = 365 days, 275 in 2021; 7,300,000 x 275/365 = 5,500,000
exp(undp[2][1], "Sweden", "DOMESTIC_VIOLENCE", "funded", "SEK", 5_500_000)
# amended: 630,000 + 100,000 = 730,000 over 2020-07-01..2022-06-30 (730 days, 365 in 2021) -> 365,000
exp(undp[3][1], "UNDP", "COMMUNITY_POLICING", "funded", "USD", 365_000)
# 2021-01-01..2022-12-31 = 730 days, 365 in 2021; 1,460,000 / 2 = 730,000
exp(undp[6][1], "Denmark", "OTHER", "funded", "DKK", 730_000)

# ------------------------------------------------------------------------------------------------------------------
# 3 INL (CSV, UTF-8, ISO dates): a no-cost extension said only in "Remarks"; "End Date" keeps the original end.
#   Rule: a careful analyst uses the extended end when the remark says the extension was approved.
inl = [
    (
        "Forensic drug laboratory equipment for the MIA Expert Service",
        "NPU",
        "2021-01-01",
        "2021-12-31",
        "546000",
        "Extended",
        "No-cost extension until 30.06.2022 approved",
    ),
    (
        "Patrol police community engagement and neighbourhood safety councils",
        "NPU",
        "2021-03-01",
        "2022-02-28",
        "365000",
        "Active",
        "",
    ),
    (
        "Anti-trafficking task force: joint investigations with prosecutors",
        "NPU",
        "2020-10-01",
        "2021-09-30",
        "730000",
        "Completed",
        "Final report submitted",
    ),
    (
        "Night vision and thermal cameras for border patrols on the green border with Belarus",
        "SBGS",
        "2021-07-01",
        "2021-12-31",
        "548000",
        "Extended",
        "No-cost extension until 31.03.2022 approved",
    ),
]
with open(OUT / "INL_Ukraine_MIA_awards_2021.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(
        ["Project Title", "Beneficiary", "Start Date", "End Date", "Total Funding (USD)", "Status", "Remarks"]
    )
    for r in inl:
        w.writerow(r)
# extended: 2021-01-01..2022-06-30 = 365+181 = 546 days, 365 in 2021; 546,000 x 365/546 = 365,000 (extended end used)
exp(inl[0][0], "INL", "DRUGS", "funded", "USD", 365_000)
# 2021-03-01..2022-02-28 = 365 days, 306 in 2021; 365,000 x 306/365 = 306,000
exp(inl[1][0], "INL", "COMMUNITY_POLICING", "funded", "USD", 306_000)
# 2020-10-01..2021-09-30 = 365 days, 273 in 2021; 730,000 x 273/365 = 546,000
exp(inl[2][0], "INL", "TRAFFICKING", "funded", "USD", 546_000)
# extended: 2021-07-01..2022-03-31 = 184+90 = 274 days, 184 in 2021; 548,000 x 184/274 = 368,000 (extended end used)
exp(inl[3][0], "INL", "BORDER_SECURITY", "funded", "USD", 368_000)

# ------------------------------------------------------------------------------------------------------------------
# 4 UK: "Original allocation" beside "Top-up 2021"; a budget cut in "Remarks". Rule: 2021 = original allocation's
#   2021 share by days + the whole top-up (the note says the top-up is for use in 2021).
wb = Workbook()
ws = wb.active
ws.title = "UK projects"
ws["A1"] = "British Embassy Kyiv – UK-funded projects with the Ministry of Internal Affairs, December 2021"
ws["A1"].font = Font(bold=True, size=13)
hdr = [
    "Project",
    "Beneficiary",
    "Start",
    "End",
    "Original allocation (GBP)",
    "Top-up 2021 (GBP)",
    "Status",
    "Remarks",
]
for j, h in enumerate(hdr, start=1):
    ws.cell(row=3, column=j, value=h).font = Font(bold=True)
uk = [
    (
        "Independent monitoring of police custody: National Preventive Mechanism visits to detention facilities",
        "NPU",
        D(2021, 1, 1),
        D(2022, 12, 31),
        730_000,
        50_000,
        "Active",
        None,
    ),
    (
        "Countering modern slavery and human trafficking: joint investigation teams",
        "NPU, SBGS",
        D(2021, 7, 1),
        D(2022, 6, 30),
        365_000,
        None,
        "Active",
        None,
    ),
    (
        "PPE and COVID-19 testing for frontline police officers",
        "NPU",
        D(2020, 10, 1),
        D(2021, 9, 30),
        365_000,
        27_000,
        "Completed",
        None,
    ),
    (
        "Returns and readmission: capacity of the State Migration Service",
        "SMS",
        D(2022, 1, 1),
        D(2022, 12, 31),
        200_000,
        None,
        "Pipeline (awaiting ministerial approval)",
        None,
    ),
    (
        "Specialised police response to domestic violence: training of POLINA mobile teams",
        "NPU",
        D(2021, 1, 1),
        D(2021, 12, 31),
        500_000,
        None,
        "Active",
        "Reduced from 500 000 to 350 000 in Aug 2021",
    ),
]
put_rows(ws, uk, 4, fmt="DD/MM/YYYY")
ws["A10"] = (
    "Top-up 2021: additional funds allocated in 2021 for use in 2021, on top of the original allocation, "
    "within the same project period."
)
ws.column_dimensions["A"].width = 85
wb.save(OUT / "UK_MIA_projects_topups_Dec2021.xlsx")
# 2021-01-01..2022-12-31 = 730 days, 365 in 2021: 730,000 x 365/730 = 365,000 + top-up 50,000 = 415,000
exp(uk[0][0], "UK", "CUSTODY", "funded", "GBP", 415_000)
# 2021-07-01..2022-06-30 = 365 days, 184 in 2021 -> 184,000
exp(uk[1][0], "UK", "TRAFFICKING", "funded", "GBP", 184_000)
# 2020-10-01..2021-09-30 = 365 days, 273 in 2021: 273,000 + top-up 27,000 = 300,000
exp(uk[2][0], "UK", "COVID19", "funded", "GBP", 300_000)
exp(uk[3][0], "UK", "ILLEGAL_MIGRATION", "pipeline", "GBP", 0)  # 2022 only
# rule: budget after the cut counts (350,000); the whole project is in 2021 -> 350,000
exp(uk[4][0], "UK", "DOMESTIC_VIOLENCE", "funded", "GBP", 350_000)

# ------------------------------------------------------------------------------------------------------------------
# 5 GIZ (Russian): "Окончание (по договору)" beside "Пересмотренная дата окончания"; status "продлен".
#   Rule: where a revised end is given, the period runs to it (budget unchanged, as the note under the table says).
wb = Workbook()
ws = wb.active
ws.title = "GIZ"
ws["A1"] = "Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ) GmbH – проекты в сфере МВД Украины"
ws["A2"] = "Бюджет в евро"
hdr = [
    "№",
    "Название проекта",
    "Бенефициар",
    "Бюджет, EUR",
    "Начало",
    "Окончание (по договору)",
    "Пересмотренная дата окончания",
    "Статус",
]
for j, h in enumerate(hdr, start=1):
    ws.cell(row=4, column=j, value=h).font = Font(bold=True)
giz = [
    (
        1,
        "Поддержка Национальной полиции в работе с общинами: офицеры громады",
        "НПУ",
        546_000,
        D(2021, 1, 1),
        D(2021, 12, 31),
        D(2022, 6, 30),
        "продлен",
    ),
    (
        2,
        "Интегрированное управление границей: системы видеонаблюдения на участке границы с Беларусью",
        "ГПСУ",
        730_000,
        D(2021, 4, 1),
        D(2022, 3, 31),
        None,
        "реализуется",
    ),
    (
        3,
        "Средства защиты и тестирование на COVID-19 для личного состава Национальной гвардии",
        "НГУ",
        456_000,
        D(2020, 1, 1),
        D(2020, 12, 31),
        D(2021, 3, 31),
        "продлен",
    ),
    (
        4,
        "Возвращение и реадмиссия нелегальных мигрантов: поддержка ГМС",
        "ГМС",
        1_095_000,
        D(2021, 1, 1),
        D(2023, 12, 31),
        None,
        "реализуется",
    ),
]
put_rows(ws, giz, 5)
ws["A10"] = (
    "Если заполнена графа «Пересмотренная дата окончания», проект продлен до этой даты без изменения бюджета."
)
ws.column_dimensions["B"].width = 85
wb.save(OUT / "GIZ_proekty_MVD_prodlenie.xlsx")
# revised: 2021-01-01..2022-06-30 = 546 days, 365 in 2021; 546,000 x 365/546 = 365,000
exp(giz[0][1], "GIZ", "COMMUNITY_POLICING", "funded", "EUR", 365_000)
# 2021-04-01..2022-03-31 = 365 days, 275 in 2021; 730,000 x 275/365 = 550,000
exp(giz[1][1], "GIZ", "BORDER_SECURITY", "funded", "EUR", 550_000)
# revised: 2020-01-01..2021-03-31 = 366 (2020 leap) + 90 = 456 days, 90 in 2021; 456,000 x 90/456 = 90,000
exp(giz[2][1], "GIZ", "COVID19", "funded", "EUR", 90_000)
# 2021-01-01..2023-12-31 = 1095 days, 365 in 2021; 1,095,000 / 3 = 365,000
exp(giz[3][1], "GIZ", "ILLEGAL_MIGRATION", "funded", "EUR", 365_000)

# ------------------------------------------------------------------------------------------------------------------
# 6 Canada (CSV, UTF-8 with BOM): "Disbursed to date" and "Unspent balance returned" columns; a phase I and its
#   "(Phase II)" with the same title: two projects. The closed project with a returned balance ended in 2020 (-> 0,
#   so the returned balance cannot change its 2021 money); the contribution is the amount.
canada = [
    (
        "Community policing in Ukraine",
        "NPU",
        "2019-04-01",
        "2021-03-31",
        "731000",
        "731000",
        "0",
        "Closed",
    ),
    (
        "Community policing in Ukraine (Phase II)",
        "NPU",
        "2021-04-01",
        "2024-03-31",
        "1096000",
        "250000",
        "",
        "Active",
    ),
    (
        "Police response to domestic violence: training of specialised units",
        "NPU",
        "2019-01-01",
        "2020-12-31",
        "400000",
        "362500",
        "37500",
        "Closed",
    ),
    (
        "Humanitarian demining capacity of the State Emergency Service",
        "SESU",
        "2021-01-01",
        "2022-12-31",
        "1460000",
        "600000",
        "",
        "Active",
    ),
]
with open(OUT / "Canada_GAC_MIA_contributions.csv", "w", newline="", encoding="utf-8-sig") as f:
    w = csv.writer(f)
    w.writerow(
        [
            "Project title",
            "Beneficiary",
            "Start",
            "End",
            "Contribution (CAD)",
            "Disbursed to date (CAD)",
            "Unspent balance returned (CAD)",
            "Status",
        ]
    )
    for r in canada:
        w.writerow(r)
# 2019-04-01..2021-03-31 = 366 (incl. 29.02.2020) + 365 = 731 days, 90 in 2021; 731,000 x 90/731 = 90,000
exp(canada[0][0], "Canada", "COMMUNITY_POLICING", "funded", "CAD", 90_000)
# 2021-04-01..2024-03-31 = 365+365+366 (incl. 29.02.2024) = 1096 days, 275 in 2021; 1,096,000 x 275/1096 = 275,000
exp(canada[1][0], "Canada", "COMMUNITY_POLICING", "funded", "CAD", 275_000)
exp(canada[2][0], "Canada", "DOMESTIC_VIOLENCE", "funded", "CAD", 0)  # closed 2020
# 2021-01-01..2022-12-31 = 730 days, 365 in 2021; 1,460,000 / 2 = 730,000 (contribution, not disbursed)
exp(canada[3][0], "Canada", "OTHER", "funded", "CAD", 730_000)

# ------------------------------------------------------------------------------------------------------------------
# 7 Switzerland (Ukrainian): the "Бюджет, CHF" column keeps the original; a cut, an increase and a no-cost extension
#   are said only in "Примітки". Statuses "зміни погоджено", "продовжено".
wb = Workbook()
ws = wb.active
ws.title = "Швейцарія"
ws["A1"] = "Посольство Швейцарії в Україні – проєкти у сфері МВС (станом на 01.12.2021)"
ws["A1"].font = Font(bold=True)
hdr = [
    "№",
    "Назва проєкту",
    "Бенефіціар",
    "Бюджет, CHF",
    "Дата початку",
    "Дата завершення",
    "Статус",
    "Примітки",
]
for j, h in enumerate(hdr, start=1):
    ws.cell(row=3, column=j, value=h).font = Font(bold=True)
ch = [
    (
        1,
        "Підтримка Державної міграційної служби у виявленні нелегальних мігрантів",
        "ДМС",
        500_000,
        D(2021, 1, 1),
        D(2021, 12, 31),
        "зміни погоджено",
        "Бюджет скорочено з 500 000 до 350 000 CHF у серпні 2021 р.",
    ),
    (
        2,
        "Протидія незаконному обігу синтетичних наркотиків: обладнання для Експертної служби МВС",
        "Експертна служба МВС",
        365_000,
        D(2021, 7, 1),
        D(2021, 12, 31),
        "продовжено",
        "Продовжено без збільшення бюджету до 30.06.2022 (лист донора від 25.11.2021)",
    ),
    (
        3,
        "Безпечне перетинання кордону: модернізація пунктів пропуску на кордоні з Молдовою",
        "ДПСУ",
        900_000,
        D(2021, 1, 1),
        D(2022, 12, 31),
        "реалізується",
        None,
    ),
    (
        4,
        "Реагування поліції на домашнє насильство: термінові заборонні приписи та облік кривдників",
        "НПУ",
        200_000,
        D(2021, 1, 1),
        D(2021, 12, 31),
        "зміни погоджено",
        "Бюджет збільшено з 200 000 до 260 000 CHF (зміни № 1 від 10.03.2021)",
    ),
]
put_rows(ws, ch, 4)
ws.column_dimensions["B"].width = 85
ws.column_dimensions["H"].width = 70
wb.save(OUT / "Shveitsariia_proekty_MVS_2021.xlsx")
# rule: budget after the cut (350,000); all of 2021
exp(ch[0][1], "Switzerland", "ILLEGAL_MIGRATION", "funded", "CHF", 350_000)
# rule: extended end; 2021-07-01..2022-06-30 = 365 days, 184 in 2021; 365,000 x 184/365 = 184,000
exp(ch[1][1], "Switzerland", "DRUGS", "funded", "CHF", 184_000)
# 2021-01-01..2022-12-31 = 730 days, 365 in 2021 -> 450,000
exp(ch[2][1], "Switzerland", "BORDER_CROSSING", "funded", "CHF", 450_000)
# rule: increased budget (260,000); all of 2021
exp(ch[3][1], "Switzerland", "DOMESTIC_VIOLENCE", "funded", "CHF", 260_000)

# ------------------------------------------------------------------------------------------------------------------
# 8 OSCE (Russian): two-row header, "Бюджет, EUR" merged over "первоначальный | с учётом изменений" and
#   "Срок реализации" over "начало | окончание"; an end cell "31.12.2021 (продлен до 31.03.2022)"; "—" meaning
#   unchanged (said in a note); a "(Фаза II)" planned; a cancelled project.
wb = Workbook()
ws = wb.active
ws.title = "ОБСЕ"
ws["A1"] = "Координатор проектов ОБСЕ в Украине – проекты в сфере МВД с учётом изменений"
ws["A1"].font = Font(bold=True, size=13)
ws["A4"] = "№"
ws["B4"] = "Наименование проекта"
ws["C4"] = "Бенефициар"
ws["D4"] = "Бюджет, EUR"
ws["F4"] = "Срок реализации"
ws["H4"] = "Статус"
ws["D5"] = "первоначальный"
ws["E5"] = "с учётом изменений"
ws["F5"] = "начало"
ws["G5"] = "окончание"
for c in ("A4:A5", "B4:B5", "C4:C5", "D4:E4", "F4:G4", "H4:H5"):
    ws.merge_cells(c)
for row in ws["A4:H5"]:
    for c in row:
        c.font = Font(bold=True)
osce = [
    (
        1,
        "Противодействие торговле людьми: обучение мобильных групп",
        "НПУ",
        300_000,
        365_000,
        "01.03.2021",
        "28.02.2022",
        "изменения согласованы",
    ),
    (
        2,
        "Предупреждение пыток в изоляторах временного содержания: мониторинг",
        "НПУ",
        455_000,
        455_000,
        "01.01.2021",
        "31.12.2021 (продлен до 31.03.2022)",
        "продлен",
    ),
    (
        3,
        "Кибербезопасность информационно-телекоммуникационных систем МВД",
        "МВД",
        150_000,
        "—",
        "01.01.2021",
        "31.12.2021",
        "реализуется",
    ),
    (
        4,
        "Противодействие торговле людьми: обучение мобильных групп (Фаза II)",
        "НПУ",
        400_000,
        "—",
        "01.03.2022",
        "28.02.2023",
        "планируется",
    ),
    (
        5,
        "Патрульные катера для Морской охраны ГПСУ",
        "ГПСУ",
        500_000,
        0,
        "01.06.2021",
        "31.12.2021",
        "отменён",
    ),
]
put_rows(ws, osce, 6)
ws["A12"] = "«—» в графе «с учётом изменений»: бюджет не изменялся (действует первоначальный)."
ws.column_dimensions["B"].width = 80
ws.column_dimensions["G"].width = 34
wb.save(OUT / "OBSE_proekty_MVD_izmeneniya.xlsx")
# current 365,000; 2021-03-01..2022-02-28 = 365 days, 306 in 2021 -> 306,000
exp(osce[0][1], "OSCE", "TRAFFICKING", "funded", "EUR", 306_000)
# rule: extended end; 2021-01-01..2022-03-31 = 365+90 = 455 days, 365 in 2021; 455,000 x 365/455 = 365,000
exp(osce[1][1], "OSCE", "CUSTODY", "funded", "EUR", 365_000)
exp(osce[2][1], "OSCE", "OTHER", "funded", "EUR", 150_000)  # unchanged budget, all of 2021
exp(osce[3][1], "OSCE", "TRAFFICKING", "pipeline", "EUR", 0)  # phase II starts 2022
exp(osce[4][1], "OSCE", "BORDER_SECURITY", "cancelled", "EUR", 0)

with open(OUT.parent / "expected.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=list(EXP[0]))
    w.writeheader()
    w.writerows(EXP)
print(len(EXP), "expected lines")
