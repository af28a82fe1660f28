# ruff: noqa: B007 - a data script written blind: its loops unpack whole rows and use a few fields
"""Blind partner files, set H: written without reading the reader's code. Expected values by hand.

Usage: python set_h.py OUT_DIR  -> OUT_DIR/raw/<partner files>, OUT_DIR/expected.csv
Convention: a given 2021 figure is taken as is; otherwise total x days in 2021 / days of the project (both ends
included); a month runs first to last day, a quarter first to last day, a half-year first to last day; a year or
"з 2021 по 2023 рр." runs 1 January of the first to 31 December of the last; outside 2021 -> 0; cancelled -> 0.
Planned / not-yet-agreed projects are "pipeline" with their 2021 amount.
Layouts (none in sets A-G): a CSV with a BOM and quoted thousands ("1,250,000") and an implementer column naming UN
agencies; half-years ("H1 2021", "second half of 2021", "I півріччя 2021"); "(тыс. евро)" with decimal commas as text
and "с 2021 по 2023 гг."; a cover letter sheet, a table sheet and a chart-data sheet with a chart; "Вартість проєкту"
beside "Внесок донора" (the donor's contribution is counted, a note says so); an implementer's list (UNODC) with a
donor column and ALL CAPS agency labels as group rows, no № column; frozen panes and an autofilter hiding rows (hidden
rows are still projects: a filter is only a view); budgets per component inside one cell (summed); a project over
two activity rows with its budget merged over both; plan / fact rows alternating under year columns (fact counted for
2021, a note says so); a Ukrainian title beside an English description; a currency column mixing €, євро, евро, $,
дол.; projects ended in 2020 and starting in 2022 among 2021 ones.
"""

import csv
import datetime as dt
import shutil
import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
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


def put_rows(ws, rows, start_row, start_col=1, date_fmt="DD.MM.YYYY", num_fmt="#,##0"):
    for i, r in enumerate(rows, start=start_row):
        for j, v in enumerate(r, start=start_col):
            c = ws.cell(row=i, column=j, value=v)
            if isinstance(v, D):
                c.number_format = date_fmt
            elif isinstance(v, (int, float)) and not isinstance(v, bool):
                c.number_format = num_fmt


def bold_row(ws, row, values, start_col=1):
    for j, h in enumerate(values, start=start_col):
        ws.cell(row=row, column=j, value=h).font = Font(bold=True)


# ------------------------------------------------------------------------------------------------------------------
# 1 Norway: CSV, UTF-8 with BOM, comma separated, quoted thousands ("1,250,000"); the implementer column names UN
#   agencies and NGOs (the donor is Norway, named in the file name only); periods as text incl. half-years
nor_hdr = ["Project title", "Implementing partner", "Beneficiary", "Period", "Total budget (NOK)", "Status"]
nor = [
    (
        "Patrol boats and radar for the State Border Guard Service on the Danube river border",
        "UNDP",
        "SBGS",
        "2021-01-01 – 2022-12-31",
        "1,250,000",
        "Ongoing",
    ),
    (
        "Domestic violence response: training of police mobile groups in Donetsk and Luhansk oblasts",
        "UNFPA",
        "NPU",
        "H1 2021",
        "540,000",
        "Completed",
    ),
    (
        "Identification and return of irregular migrants: capacity of the State Migration Service",
        "IOM",
        "SMS",
        "second half of 2021",
        "2,300,000",
        "Ongoing",
    ),
    (
        "Humanitarian demining equipment for the State Emergency Service",
        "Norwegian People's Aid",
        "SESU",
        "2020",
        "3,100,000",
        "Completed",
    ),
    (
        "Police liaison officers for communities in Kharkiv oblast",
        "OSCE",
        "NPU",
        "2022–2023",
        "1,825,000",
        "Planned (not yet approved)",
    ),
]
with open(OUT / "Norway_embassy_MIA_projects_2021.csv", "w", newline="", encoding="utf-8-sig") as f:
    w = csv.writer(f, quoting=csv.QUOTE_MINIMAL)
    w.writerow(nor_hdr)
    for r in nor:
        w.writerow(r)
# 2021-01-01..2022-12-31 = 730 days, 365 in 2021; 1,250,000 x 365/730 = 625,000
exp(nor[0][0], "Norway", "BORDER_SECURITY", "funded", "NOK", 625_000)
exp(nor[1][0], "Norway", "DOMESTIC_VIOLENCE", "funded", "NOK", 540_000)  # H1 2021 = Jan-Jun 2021, all in 2021
exp(nor[2][0], "Norway", "ILLEGAL_MIGRATION", "funded", "NOK", 2_300_000)  # Jul-Dec 2021, all in 2021
exp(nor[3][0], "Norway", "OTHER", "funded", "NOK", 0)  # 2020 only
exp(nor[4][0], "Norway", "COMMUNITY_POLICING", "pipeline", "NOK", 0)  # 2022-2023, not yet approved

# ------------------------------------------------------------------------------------------------------------------
# 2 Germany: Russian, "Бюджет проекта (тыс. евро)" with decimal commas as text, periods "с 2021 по 2023 гг."
wb = Workbook()
ws = wb.active
ws.title = "Проекты"
ws["A1"] = "Посольство Федеративной Республики Германия в Киеве"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = (
    "Проекты международной технической помощи в системе МВД Украины, финансируемые Правительством Германии"
)
bold_row(
    ws, 4, ["№", "Название проекта", "Бенефициар", "Сроки реализации", "Бюджет проекта (тыс. евро)", "Статус"]
)
ger = [
    (
        1,
        "Модернизация пунктов пропуска на границе с Польшей: увеличение пропускной способности и сокращение очередей",
        "ГПСУ",
        "с 2021 по 2023 гг.",
        "1 095,0",
        "реализуется",
    ),
    (
        2,
        "Оборудование изоляторов временного содержания системой видеонаблюдения и электронного учета задержанных",
        "НПУ",
        "2021 г.",
        "437,5",
        "реализуется",
    ),
    (
        3,
        "Противодействие торговле людьми: обучение следователей Национальной полиции",
        "НПУ",
        "2021-2022 гг.",
        "730,8",
        "реализуется",
    ),
    (
        4,
        "Поставка аппаратов ИВЛ и тест-систем COVID-19 для медицинских учреждений МВД",
        "МВД",
        "2020 г.",
        "250,0",
        "завершен",
    ),
]
put_rows(ws, ger, 5)
ws.column_dimensions["B"].width = 80
ws.column_dimensions["D"].width = 22
ws.column_dimensions["E"].width = 26
wb.save(OUT / "Germany_AA_proekty_MVD.xlsx")
# 1 095,0 тыс. = 1,095,000; 2021-01-01..2023-12-31 = 1095 days, 365 in 2021 -> 365,000
exp(ger[0][1], "Germany", "BORDER_CROSSING", "funded", "EUR", 365_000)
exp(ger[1][1], "Germany", "CUSTODY", "funded", "EUR", 437_500)  # 437,5 тыс., all of 2021
# 730,8 тыс. = 730,800; 2021-2022 = 730 days, 365 in 2021 -> 365,400
exp(ger[2][1], "Germany", "TRAFFICKING", "funded", "EUR", 365_400)
exp(ger[3][1], "Germany", "COVID19", "funded", "EUR", 0)  # 2020 only

# ------------------------------------------------------------------------------------------------------------------
# 3 EU Delegation: sheet 1 a cover letter (long text), sheet 2 the table with "Вартість проєкту" and
#   "Внесок донора" (the EU's contribution is what counts; a note below says so), sheet 3 chart data with a chart
wb = Workbook()
ws = wb.active
ws.title = "Супровідний лист"
letter = [
    "Представництво Європейського Союзу в Україні",
    "вул. Володимирська, 101, м. Київ, 01033",
    "",
    "Секретаріату Секторальної робочої групи «Правоохоронна діяльність» при МВС України",
    "",
    "Шановні колеги!",
    "",
    (
        "На виконання листа Секретаріату від 12.01.2021 надсилаємо інформацію про проєкти міжнародної технічної "
        "допомоги, що фінансуються Європейським Союзом у системі Міністерства внутрішніх справ України."
    ),
    (
        "Інформація наведена на аркуші «Проєкти». Зведені дані за пріоритетами для діаграми наведено на аркуші "
        "«Дані для діаграми»."
    ),
    (
        "Звертаємо увагу, що низка проєктів співфінансується з державного бюджету України; у таблиці окремо "
        "наведено загальну вартість проєкту та внесок ЄС."
    ),
    "Проєкти, що перебувають на етапі погодження, позначено відповідним статусом; їх бюджет є орієнтовним.",
    "",
    "З повагою,",
    "Керівник секції співробітництва",
]
for i, t in enumerate(letter, start=1):
    c = ws.cell(row=i, column=1, value=t)
    c.alignment = Alignment(wrap_text=True)
ws["A1"].font = Font(bold=True)
ws.column_dimensions["A"].width = 110
ws2 = wb.create_sheet("Проєкти")
ws2["A1"] = "Проєкти МТД Європейського Союзу в системі МВС України (суми в євро)"
ws2["A1"].font = Font(bold=True)
bold_row(
    ws2,
    3,
    [
        "№",
        "Назва проєкту",
        "Бенефіціар",
        "Початок",
        "Завершення",
        "Вартість проєкту, EUR",
        "Внесок донора, EUR",
        "Статус",
    ],
)
eu = [
    (
        1,
        "Облаштування сервісних зон у пунктах пропуску «Ягодин» та «Рава-Руська» для прискорення перетину кордону",
        "ДПСУ",
        D(2021, 1, 1),
        D(2022, 12, 31),
        5_000_000,
        3_650_000,
        "реалізується",
    ),
    (
        2,
        "Впровадження системи електронного обліку затриманих осіб «Custody Records» у територіальних органах поліції",
        "НПУ",
        D(2021, 7, 1),
        D(2022, 6, 30),
        900_000,
        730_000,
        "реалізується",
    ),
    (
        3,
        "Посилення спроможності ДМС щодо виявлення та видворення нелегальних мігрантів",
        "ДМС",
        D(2021, 3, 1),
        D(2021, 12, 31),
        1_200_000,
        1_200_000,
        "реалізується",
    ),
    (
        4,
        "Підтримка реформи сервісних центрів МВС: єдина система надання адміністративних послуг",
        "ГСЦ МВС",
        D(2021, 10, 1),
        D(2022, 9, 30),
        2_000_000,
        1_460_000,
        "на етапі погодження",
    ),
]
put_rows(ws2, eu, 4)
ws2["A9"] = (
    "* «Внесок донора» — частка ЄС у вартості проєкту; решту вартості фінансує державний бюджет України. "
    "До звіту СРГ включається внесок донора."
)
ws2.column_dimensions["B"].width = 80
ws2.column_dimensions["F"].width = 20
ws2.column_dimensions["G"].width = 20
ws3 = wb.create_sheet("Дані для діаграми")
ws3.append(["Пріоритет", "Внесок ЄС у 2021 р., EUR"])
for r in [
    ("Перетин кордону", 1_825_000),
    ("Облік затриманих", 368_000),
    ("Нелегальна міграція", 1_200_000),
]:
    ws3.append(list(r))
ch = BarChart()
ch.title = "Внесок ЄС у 2021 р. за пріоритетами"
ch.add_data(Reference(ws3, min_col=2, min_row=1, max_row=4), titles_from_data=True)
ch.set_categories(Reference(ws3, min_col=1, min_row=2, max_row=4))
ws3.add_chart(ch, "D2")
wb.save(OUT / "EU_Delegation_MTD_MVS_2021.xlsx")
# donor's contribution counted (not the project's cost):
# 3,650,000; 2021-01-01..2022-12-31 = 730 days, 365 in 2021 -> 1,825,000
exp(eu[0][1], "EU", "BORDER_CROSSING", "funded", "EUR", 1_825_000)
# 730,000; 2021-07-01..2022-06-30 = 365 days, 184 in 2021 -> 368,000
exp(eu[1][1], "EU", "CUSTODY", "funded", "EUR", 368_000)
exp(eu[2][1], "EU", "ILLEGAL_MIGRATION", "funded", "EUR", 1_200_000)  # within 2021
# 1,460,000; 2021-10-01..2022-09-30 = 365 days, 92 in 2021 -> 368,000; not yet agreed -> pipeline
exp(eu[3][1], "EU", "OTHER", "pipeline", "EUR", 368_000)

# ------------------------------------------------------------------------------------------------------------------
# 4 UNODC (implementer): English, one Donor column (several donors), ALL CAPS agency names as group rows above their
#   projects, no No. column
wb = Workbook()
ws = wb.active
ws.title = "UNODC Ukraine"
ws["A1"] = "United Nations Office on Drugs and Crime (UNODC) – Programme Office in Ukraine"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "Projects implemented with the MIA system, by beneficiary agency (as of February 2021)"
bold_row(ws, 4, ["Project title", "Donor", "Start date", "End date", "Budget (USD)", "Status"])
unodc_groups = [
    (
        "NATIONAL POLICE OF UKRAINE",
        [
            (
                "Investigating illicit drug markets on the darknet: training of National Police cyber and drug units",
                "Government of Japan",
                D(2021, 4, 1),
                D(2022, 3, 31),
                365_000,
                "Ongoing",
            ),
            (
                "Prevention of torture and ill-treatment in police custody: monitoring of temporary detention facilities",
                "European Union",
                D(2021, 1, 1),
                D(2021, 12, 31),
                480_000,
                "Ongoing",
            ),
        ],
    ),
    (
        "STATE BORDER GUARD SERVICE OF UKRAINE",
        [
            (
                "Training of border guards in identifying and referring victims of human trafficking",
                "U.S. Department of State, Bureau of International Narcotics and Law Enforcement Affairs (INL)",
                D(2020, 7, 1),
                D(2021, 6, 30),
                730_000,
                "Ongoing",
            ),
            (
                "Interdiction of firearms smuggling across the green border with Moldova",
                "Federal Foreign Office of Germany",
                D(2021, 1, 1),
                D(2022, 12, 31),
                600_000,
                "Ongoing",
            ),
        ],
    ),
    (
        "STATE MIGRATION SERVICE OF UKRAINE",
        [
            (
                "Countering migrant smuggling and irregular migration: detection and removal capacity of the SMS",
                "Kingdom of the Netherlands",
                D(2021, 9, 1),
                D(2022, 8, 31),
                365_000,
                "Ongoing",
            ),
        ],
    ),
]
r0 = 5
for label, rows in unodc_groups:
    ws.cell(row=r0, column=1, value=label).font = Font(bold=True)
    r0 += 1
    put_rows(ws, rows, r0)
    r0 += len(rows)
ws.column_dimensions["A"].width = 90
ws.column_dimensions["B"].width = 45
wb.save(OUT / "UNODC_projects_by_agency.xlsx")
p = [r for _, rows in unodc_groups for r in rows]
# 2021-04-01..2022-03-31 = 365 days, 275 in 2021; 365,000 x 275/365 = 275,000
exp(p[0][0], "Japan", "DRUGS", "funded", "USD", 275_000)
exp(p[1][0], "EU", "CUSTODY", "funded", "USD", 480_000)  # all of 2021
# 2020-07-01..2021-06-30 = 365 days, 181 in 2021; 730,000 x 181/365 = 362,000
exp(p[2][0], "INL", "TRAFFICKING", "funded", "USD", 362_000)
# 2021-01-01..2022-12-31 = 730 days; 600,000 x 365/730 = 300,000
exp(p[3][0], "Germany", "BORDER_SECURITY", "funded", "USD", 300_000)
# 2021-09-01..2022-08-31 = 365 days, 122 in 2021; 365,000 x 122/365 = 122,000
exp(p[4][0], "Netherlands", "ILLEGAL_MIGRATION", "funded", "USD", 122_000)

# ------------------------------------------------------------------------------------------------------------------
# 5 Canada: frozen panes and an autofilter on Beneficiary = NPU that hides the SBGS and SMS rows (still projects:
#   a filter is a view, the rows are in the return); a budget given per component in one cell (summed)
wb = Workbook()
ws = wb.active
ws.title = "PSOP"
ws["A1"] = (
    "Global Affairs Canada – Peace and Stabilization Operations Program (PSOP): projects with the MIA system"
)
ws["A1"].font = Font(bold=True)
hdr = ["Project", "Beneficiary", "Implementer", "Start", "End", "Budget (CAD)", "Status"]
bold_row(ws, 3, hdr)
can = [
    (
        "Community policing: police station officers in amalgamated hromadas",
        "NPU",
        "Canadian Police Arrangement",
        D(2021, 1, 1),
        D(2023, 12, 31),
        3_285_000,
        "Active",
    ),
    (
        "Maritime border surveillance and patrol capacity of the SBGS Maritime Guard",
        "SBGS",
        "Crown Agents",
        D(2021, 1, 1),
        D(2021, 12, 31),
        500_000,
        "Active",
    ),
    (
        "Survivor-centred police response to domestic violence",
        "NPU",
        "UN Women",
        D(2021, 7, 1),
        D(2022, 6, 30),
        "Component 1 (training of responders): CAD 400,000; Component 2 (referral to shelters): CAD 330,000",
        "Active",
    ),
    (
        "Detection and removal of irregular migrants: SMS regional offices",
        "SMS",
        "IOM",
        D(2021, 4, 1),
        D(2022, 3, 31),
        438_000,
        "Active",
    ),
]
put_rows(ws, can, 4)
ws.freeze_panes = "B4"
ws.auto_filter.ref = "A3:G7"
ws.auto_filter.add_filter_column(1, ["NPU"])
for r in (5, 7):  # SBGS and SMS rows filtered out
    ws.row_dimensions[r].hidden = True
ws.column_dimensions["A"].width = 70
ws.column_dimensions["F"].width = 60
ws["F6"].alignment = Alignment(wrap_text=True)
wb.save(OUT / "Canada_PSOP_MIA_projects.xlsx")
# 2021-01-01..2023-12-31 = 1095 days, 365 in 2021; 3,285,000 / 3 = 1,095,000
exp(can[0][0], "Canada", "COMMUNITY_POLICING", "funded", "CAD", 1_095_000)
exp(can[1][0], "Canada", "BORDER_SECURITY", "funded", "CAD", 500_000)  # hidden by the filter; all of 2021
# components 400,000 + 330,000 = 730,000; 2021-07-01..2022-06-30 = 365 days, 184 in 2021 -> 368,000
exp(can[2][0], "Canada", "DOMESTIC_VIOLENCE", "funded", "CAD", 368_000)
# hidden by the filter; 2021-04-01..2022-03-31 = 365 days, 275 in 2021; 438,000 x 275/365 = 330,000
exp(can[3][0], "Canada", "ILLEGAL_MIGRATION", "funded", "CAD", 330_000)

# ------------------------------------------------------------------------------------------------------------------
# 6 Switzerland: year columns, each project on two rows "план" / "факт" (№, title, beneficiary, status merged down);
#   the 2021 "факт" line is the 2021 amount (a note below says so)
wb = Workbook()
ws = wb.active
ws.title = "SDC"
ws["A1"] = "Посольство Швейцарії в Україні – Швейцарське бюро співробітництва"
ws["A1"].font = Font(bold=True)
ws["A2"] = (
    "Проєкти у сфері МВС: план і факт фінансування за роками, станом на 31.01.2022 (суми у швейцарських франках, CHF)"
)
bold_row(ws, 4, ["№", "Назва проєкту", "Бенефіціар", "Показник", "2020", "2021", "2022", "2023", "Статус"])
swi = [
    (
        1,
        "Безпечні громади в Донецькій та Луганській областях: поліцейські офіцери громад",
        "НПУ",
        ["–", 500_000, 500_000, "–"],
        ["–", 462_350, None, None],
        "реалізується",
    ),
    (
        2,
        "Протидія домашньому насильству: притулки та мобільні групи реагування поліції",
        "НПУ",
        [300_000, 300_000, "–", "–"],
        [280_000, 315_200, None, None],
        "реалізується",
    ),
    (
        3,
        "Модернізація пунктів пропуску на кордоні з Угорщиною: скорочення часу перетину кордону",
        "ДПСУ",
        ["–", "–", 800_000, 700_000],
        [None, None, None, None],
        "затверджено, початок у 2022 р.",
    ),
    (
        4,
        "Забезпечення ДСНС засобами індивідуального захисту від COVID-19",
        "ДСНС",
        [400_000, "–", "–", "–"],
        [398_500, None, None, None],
        "завершено",
    ),
]
r = 5
for no, title, ben, plan, fact, st in swi:
    put_rows(ws, [[no, title, ben, "план", *plan, st], [None, None, None, "факт", *fact, None]], r)
    for col in "ABCI":
        ws.merge_cells(f"{col}{r}:{col}{r + 1}")
    ws[f"B{r}"].alignment = Alignment(wrap_text=True, vertical="top")
    r += 2
ws.cell(
    row=r + 1,
    column=1,
    value=(
        "Примітка: «план» — передбачене угодою фінансування; «факт» — фактично використані кошти (касові видатки). "
        "До звіту СРГ за 2021 рік включаються фактичні суми (рядок «факт»)."
    ),
)
ws.column_dimensions["B"].width = 75
wb.save(OUT / "Switzerland_SDC_plan_fakt.xlsx")
exp(swi[0][1], "Switzerland", "COMMUNITY_POLICING", "funded", "CHF", 462_350)  # fact 2021
exp(swi[1][1], "Switzerland", "DOMESTIC_VIOLENCE", "funded", "CHF", 315_200)  # fact 2021 (above plan)
exp(swi[2][1], "Switzerland", "BORDER_CROSSING", "funded", "CHF", 0)  # approved, starts 2022
exp(swi[3][1], "Switzerland", "COVID19", "funded", "CHF", 0)  # 2020 only

# ------------------------------------------------------------------------------------------------------------------
# 7 UK: a project over two activity rows, its Ref / title / beneficiary / dates / budget / status merged over both
wb = Workbook()
ws = wb.active
ws.title = "UK projects"
ws["A1"] = (
    "British Embassy Kyiv – Conflict, Stability and Security Fund (CSSF): MIA-related projects, FY 2021/22"
)
ws["A1"].font = Font(bold=True)
bold_row(ws, 3, ["Ref", "Project", "Activity", "Beneficiary", "Start", "End", "Budget (GBP)", "Status"])
uk = [
    (
        "UK-01",
        "Countering the illicit drug trade: support to National Police drug enforcement investigations",
        "Analytical software and training for drug investigators",
        "NPU",
        D(2021, 1, 1),
        D(2021, 12, 31),
        250_000,
        "Active",
    ),
    (
        "UK-02",
        "Combating modern slavery and human trafficking",
        "Training of investigators and prosecutors in trafficking cases",
        "NPU",
        D(2021, 4, 1),
        D(2022, 3, 31),
        730_000,
        "Active",
    ),
    (
        None,
        None,
        "Victim identification and referral by police first responders",
        None,
        None,
        None,
        None,
        None,
    ),
    (
        "UK-03",
        "Strategic communications of the Ministry of Internal Affairs",
        "Media training for MIA spokespersons",
        "MIA",
        D(2021, 10, 1),
        D(2022, 9, 30),
        146_000,
        "Pipeline",
    ),
    (None, None, "Public information campaigns on MIA services", None, None, None, None, None),
    (
        "UK-04",
        "Thermal imaging cameras for SBGS surveillance of the border with Belarus",
        "Procurement and installation of thermal cameras",
        "SBGS",
        D(2020, 1, 1),
        D(2020, 12, 31),
        100_000,
        "Completed",
    ),
]
put_rows(ws, uk, 4)
for top in (5, 7):
    for col in "ABDEFGH":
        ws.merge_cells(f"{col}{top}:{col}{top + 1}")
        ws[f"{col}{top}"].alignment = Alignment(vertical="center", wrap_text=True)
ws.column_dimensions["B"].width = 60
ws.column_dimensions["C"].width = 60
wb.save(OUT / "UK_CSSF_MIA_projects.xlsx")
exp(uk[0][1], "UK", "DRUGS", "funded", "GBP", 250_000)  # all of 2021
# one project over rows 5-6 (budget merged): 2021-04-01..2022-03-31 = 365 days, 275 in 2021 -> 550,000
exp(uk[1][1], "UK", "TRAFFICKING", "funded", "GBP", 550_000)
# one project over rows 7-8: 2021-10-01..2022-09-30 = 365 days, 92 in 2021; 146,000 x 92/365 = 36,800; pipeline
exp(uk[3][1], "UK", "OTHER", "pipeline", "GBP", 36_800)
exp(uk[5][1], "UK", "BORDER_SECURITY", "funded", "GBP", 0)  # 2020 only

# ------------------------------------------------------------------------------------------------------------------
# 8 Japan: a Ukrainian title beside an English description; periods "з 2021 по 2023 рр.", "I півріччя 2021",
#   "2021-2023 рр.", "2022 р."; yen
wb = Workbook()
ws = wb.active
ws.title = "Японія"
ws["A1"] = "Посольство Японії в Україні – проєкти безоплатної допомоги для системи МВС України"
ws["A1"].font = Font(bold=True)
bold_row(
    ws,
    3,
    [
        "№",
        "Назва проєкту",
        "Description (English)",
        "Бенефіціар",
        "Період реалізації",
        "Бюджет, японських єн (JPY)",
        "Статус",
    ],
)
jpn = [
    (
        1,
        "Обладнання для пунктів пропуску: скорочення часу оформлення транспортних засобів",
        "Scanners and queue management equipment to reduce vehicle clearance time at border crossing points.",
        "ДПСУ",
        "з 2021 по 2023 рр.",
        109_500_000,
        "реалізується",
    ),
    (
        2,
        "Засоби індивідуального захисту та експрес-тести на COVID-19 для персоналу поліції і ДСНС",
        "Personal protective equipment and rapid COVID-19 tests for police and rescue personnel.",
        "НПУ, ДСНС",
        "I півріччя 2021",
        50_000_000,
        "завершено",
    ),
    (
        3,
        "Виявлення та ліквідація підпільних нарколабораторій",
        "Forensic equipment and training for the detection and dismantling of clandestine drug laboratories.",
        "НПУ",
        "2021-2023 рр.",
        30_000_000,
        "реалізується",
    ),
    (
        4,
        "Патрульна поліція та громади: підвищення довіри населення до поліції",
        "Community engagement of the Patrol Police: joint safety councils with residents.",
        "НПУ",
        "2022 р.",
        20_000_000,
        "планується",
    ),
]
put_rows(ws, jpn, 4)
ws.column_dimensions["B"].width = 70
ws.column_dimensions["C"].width = 70
ws.column_dimensions["E"].width = 22
wb.save(OUT / "Japan_embassy_proekty_MVS.xlsx")
# 2021-01-01..2023-12-31 = 1095 days, 365 in 2021; 109,500,000 / 3 = 36,500,000
exp(jpn[0][1], "Japan", "BORDER_CROSSING", "funded", "JPY", 36_500_000)
exp(jpn[1][1], "Japan", "COVID19", "funded", "JPY", 50_000_000)  # Jan-Jun 2021, all in 2021
exp(jpn[2][1], "Japan", "DRUGS", "funded", "JPY", 10_000_000)  # 2021-2023: 30,000,000 / 3
exp(jpn[3][1], "Japan", "COMMUNITY_POLICING", "pipeline", "JPY", 0)  # 2022 only, planned

# ------------------------------------------------------------------------------------------------------------------
# 9 Poland: a currency column mixing symbols and words (€, євро, $, дол., евро)
wb = Workbook()
ws = wb.active
ws.title = "Polska pomoc"
ws["A1"] = "Посольство Республіки Польща в Україні (програма «Польська допомога») – проєкти в системі МВС"
ws["A1"].font = Font(bold=True)
bold_row(ws, 3, ["№", "Назва проєкту", "Бенефіціар", "Сума", "Валюта", "Початок", "Закінчення", "Статус"])
pol = [
    (
        1,
        "Обмін досвідом у сфері охорони державного кордону між Прикордонною вартою Польщі та ДПСУ",
        "ДПСУ",
        200_000,
        "€",
        D(2021, 1, 1),
        D(2021, 12, 31),
        "реалізується",
    ),
    (
        2,
        "Навчання поліцейських офіцерів громад за досвідом польської поліції",
        "НПУ",
        146_000,
        "євро",
        D(2021, 7, 1),
        D(2022, 6, 30),
        "реалізується",
    ),
    (
        3,
        "Повернення нелегальних мігрантів: підтримка пунктів тимчасового перебування ДМС",
        "ДМС",
        90_000,
        "$",
        D(2021, 10, 1),
        D(2021, 12, 31),
        "реалізується",
    ),
    (
        4,
        "Кризові кімнати для постраждалих від домашнього насильства у відділах поліції",
        "НПУ",
        120_000,
        "дол.",
        D(2020, 6, 1),
        D(2020, 12, 31),
        "завершено",
    ),
    (
        5,
        "Модернізація інформаційно-телекомунікаційної системи МВС «Інформаційний портал»",
        "МВС",
        300_000,
        "евро",
        D(2021, 1, 1),
        D(2022, 12, 31),
        "реалізується",
    ),
]
put_rows(ws, pol, 4)
ws.column_dimensions["B"].width = 80
wb.save(OUT / "Poland_Polish_Aid_MVS.xlsx")
exp(pol[0][1], "Poland", "BORDER_SECURITY", "funded", "EUR", 200_000)  # € ; all of 2021
# євро; 2021-07-01..2022-06-30 = 365 days, 184 in 2021; 146,000 x 184/365 = 73,600
exp(pol[1][1], "Poland", "COMMUNITY_POLICING", "funded", "EUR", 73_600)
exp(pol[2][1], "Poland", "ILLEGAL_MIGRATION", "funded", "USD", 90_000)  # $ ; Oct-Dec 2021
exp(pol[3][1], "Poland", "DOMESTIC_VIOLENCE", "funded", "USD", 0)  # дол. ; 2020 only
# евро; 2021-01-01..2022-12-31 = 730 days; 300,000 x 365/730 = 150,000
exp(pol[4][1], "Poland", "OTHER", "funded", "EUR", 150_000)

# ------------------------------------------------------------------------------------------------------------------
# 10 USAID: the budget given per component inside one cell ("Component 1: USD 500,000; Component 2: USD 230,000")
wb = Workbook()
ws = wb.active
ws.title = "USAID"
ws["A1"] = (
    "USAID/Ukraine – Office of Democracy and Governance: activities with the Ministry of Internal Affairs"
)
ws["A1"].font = Font(bold=True)
bold_row(
    ws,
    3,
    ["Activity", "Beneficiary", "Implementer", "Start Date", "End Date", "Budget by component", "Status"],
)
usa = [
    (
        "Community-oriented policing in eastern Ukraine",
        "NPU",
        "Chemonics International",
        D(2021, 1, 1),
        D(2022, 12, 31),
        "Component 1: USD 500,000; Component 2: USD 230,000",
        "Active",
    ),
    (
        "Electronic case management system for National Police investigators",
        "NPU",
        "DAI Global",
        D(2021, 1, 1),
        D(2021, 12, 31),
        "Component 1 (software): USD 300,000; Component 2 (hardware): USD 200,000; Component 3 (training): USD 100,000",
        "Active",
    ),
    (
        "Counter-trafficking in persons: shelters and reintegration of survivors",
        "NPU, SMS",
        "Winrock International",
        D(2019, 10, 1),
        D(2020, 9, 30),
        "USD 1,000,000",
        "Completed",
    ),
    (
        "COVID-19 response: personal protective equipment for frontline police officers",
        "NPU",
        "Chemonics International",
        D(2021, 3, 1),
        D(2021, 8, 31),
        "Component 1 (procurement): USD 100,000; Component 2 (logistics): USD 46,000",
        "Active",
    ),
]
put_rows(ws, usa, 4, date_fmt="MM/DD/YYYY")
for rr in range(4, 8):
    ws[f"F{rr}"].alignment = Alignment(wrap_text=True)
ws.column_dimensions["A"].width = 70
ws.column_dimensions["F"].width = 70
wb.save(OUT / "USAID_DG_MIA_activities.xlsx")
# 500,000 + 230,000 = 730,000; 2021-01-01..2022-12-31 = 730 days, 365 in 2021 -> 365,000
exp(usa[0][0], "USAID", "COMMUNITY_POLICING", "funded", "USD", 365_000)
exp(usa[1][0], "USAID", "OTHER", "funded", "USD", 600_000)  # 300,000 + 200,000 + 100,000, all of 2021
exp(usa[2][0], "USAID", "TRAFFICKING", "funded", "USD", 0)  # ended 2020
exp(usa[3][0], "USAID", "COVID19", "funded", "USD", 146_000)  # 100,000 + 46,000, Mar-Aug 2021

with open(OUT.parent / "expected.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=list(EXP[0]))
    w.writeheader()
    w.writerows(EXP)
print(len(EXP), "expected lines")
