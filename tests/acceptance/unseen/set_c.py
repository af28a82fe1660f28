# ruff: noqa: B007 - a data script written blind: its loops unpack whole rows and use a few fields
"""Blind partner files, set C, written without reading the reader's code. Expected values worked out by hand.

Usage: python set_c.py OUT_DIR  ->  OUT_DIR/raw/<partner files> and OUT_DIR/expected.csv

Conventions of the expected values (the same as set_a):
* amount_2021 is the money of calendar year 2021 in the currency of the file;
* where a partner gives the 2021 money (a 2021 column, a 2021 sheet), that figure is taken as it is;
* where a project runs over several years and the partner gives only its total with a start and an end,
  ASSUMPTION: the money is spread evenly over the days of the project, both ends included, and the 2021 amount
  is total x (days in 2021) / (days of the project); quarters run from the first day of their first month to the
  last day of their last month; a year alone ("2021-2023") runs from 1 January to 31 December;
* planned / pipeline projects carry their 2021 amount with status "pipeline";
* cancelled projects carry 0 with status "cancelled".

Day counts used below (2021 has 365 days, 2020 and 2024 are leap years):
  Jan 1 - Dec 31 2021 = 365          Apr 1 - Dec 31 2021 = 275       Jul 1 - Dec 31 2021 = 184
  Oct 1 - Dec 31 2021 = 92           Mar 1 - Dec 31 2021 = 306
  Jan 1 2021 - Dec 31 2022 = 730     Jan 1 2021 - Dec 31 2023 = 1095
  Apr 1 2021 - Mar 31 2022 = 275 + 90 = 365              Mar 1 2021 - Feb 28 2022 = 306 + 59 = 365
  Jul 1 2021 - Jun 30 2022 = 184 + 181 = 365             Oct 1 2021 - Sep 30 2023 = 92 + 365 + 273 = 730
  Oct 1 2021 - Dec 31 2022 = 92 + 365 = 457              Apr 1 2021 - Mar 31 2023 = 275 + 365 + 90 = 730
  Jul 1 2020 - Jun 30 2022 = 184 + 365 + 181 = 730
"""

import csv
import datetime as dt
import shutil
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

OUT = Path(sys.argv[1]) / "raw"
shutil.rmtree(OUT, ignore_errors=True)
OUT.mkdir(parents=True)
EXP = []  # title, partner, priority, status (funded|pipeline|cancelled), currency, amount_2021 in currency


def exp(title, partner, priority, status, cur, a2021):
    EXP.append(
        dict(title=title, partner=partner, priority=priority, status=status, currency=cur, amount_2021=a2021)
    )


D = dt.datetime
NBSP = "\u00a0"

# =============================================================================================================
# 1 GIZ: one sheet per budget year (2020, 2021, 2022); the same project (same GIZ project number) appears on each
#   year's sheet with that year's budget. The 2021 amount is the figure on sheet "2021". A "Total" row on each sheet.
# =============================================================================================================
giz = [
    # (no, title, partner institution, duration, {year: budget EUR}, priority)
    (
        "2019.2150.3",
        "Community-oriented policing in eastern Ukraine: police stations in amalgamated hromadas",
        "National Police of Ukraine",
        "03/2019 – 02/2023",
        {2020: 800_000, 2021: 1_100_000, 2022: 600_000},
        "COMMUNITY_POLICING",
    ),
    (
        "2020.2001.7",
        "Border management: electronic queue and modernisation of border crossing points on the Ukrainian–Polish border",
        "State Border Guard Service",
        "09/2020 – 06/2022",
        {2020: 150_000, 2021: 950_000, 2022: 400_000},
        "BORDER_CROSSING",
    ),
    (
        "2020.2244.1",
        "Strengthening asylum and return procedures of the State Migration Service",
        "State Migration Service",
        "01/2020 – 12/2021",
        {2020: 300_000, 2021: 450_000},
        "ILLEGAL_MIGRATION",
    ),
    (
        "2021.2030.5",
        "COVID-19 response: personal protective equipment and disinfection for National Guard barracks",
        "National Guard of Ukraine",
        "02/2021 – 11/2021",
        {2021: 200_000},
        "COVID19",
    ),
]
wb = Workbook()
wb.remove(wb.active)
for year, label in (
    (2020, "Budget 2020 (EUR)"),
    (2021, "Budget 2021 (EUR)"),
    (2022, "Budget 2022 (EUR, indicative)"),
):
    ws = wb.create_sheet(str(year))
    ws["A1"] = f"GIZ Ukraine – projects in the law-enforcement sector – annual budget {year}"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ) GmbH, Kyiv office"
    ws.append(["Project no.", "Project title", "Partner institution", label, "Duration"])
    total = 0
    for no, title, inst, dur, budget, _pr in giz:
        if year in budget:
            ws.append([no, title, inst, budget[year], dur])
            total += budget[year]
    ws.append(["Total", None, None, total, None])
    ws.column_dimensions["B"].width = 80
wb.save(OUT / "giz_annual_budgets_2020-2022.xlsx")
# 2021 sheet: 1 100 000 + 950 000 + 450 000 + 200 000 (total row 2 700 000 is not a project)
for no, title, inst, dur, budget, pr in giz:
    exp(title, "GIZ", pr, "funded", "EUR", budget[2021])

# =============================================================================================================
# 2 EU Delegation: logo block A1:C7, notes, table starting at D9; amounts as "EUR 1.2 million" / "€700k";
#   quarters as periods; a hidden column H (UAH equivalent, internal); status with a footnote mark; footnotes
#   below the table.
# =============================================================================================================
wb = Workbook()
ws = wb.active
ws.title = "EU actions 2021"
ws.merge_cells("A1:C7")
ws["A1"] = "[EU flag]\nEuropean Union"
ws["A1"].alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
ws["D2"] = "Delegation of the European Union to Ukraine"
ws["D2"].font = Font(bold=True, size=14)
ws["D3"] = "Cooperation Section – Good Governance and Rule of Law"
ws["D4"] = (
    "Law-enforcement actions: information for the MIA Sectoral Working Group, meeting of 25 February 2021"
)
ws["D6"] = "Notes: amounts are the EU contribution only. Periods of actions in the pipeline are indicative."
ws["D7"] = "Status: Ongoing = contract signed; Pipeline = financing decision expected in 2021."
RATE = 34.7396  # only for the hidden internal column
hdr = [
    "No.",
    "Action title",
    "Beneficiary",
    "EU contribution",
    "UAH equivalent¹",
    "Implementation period",
    "Status",
]
for j, h in enumerate(hdr):
    ws.cell(9, 4 + j, h).font = Font(bold=True)
eu = [
    # (title, beneficiary, contribution text, contribution EUR, period, status cell, priority, status, 2021)
    (
        "EU4Border Security: surveillance equipment and patrol vehicles for the green border",
        "SBGS",
        "EUR 1.2 million",
        1_200_000,
        "Q1 2021 – Q4 2021",
        "Ongoing",
        "BORDER_SECURITY",
        "funded",
        1_200_000,  # whole of 2021
    ),
    (
        "Electronic custody records in temporary holding facilities, phase II",
        "National Police",
        "€700k",
        700_000,
        "Q1 2021 – Q4 2022",
        "Ongoing",
        "CUSTODY",
        "funded",
        350_000,  # 01.01.2021-31.12.2022 = 730 days, 365 in 2021: 700 000 x 365/730 = 350 000
    ),
    (
        "Identification and return of irregular migrants: support to the State Migration Service",
        "SMS",
        "EUR 0.73 million",
        730_000,
        "Q2 2021 – Q1 2022",
        "Ongoing",
        "ILLEGAL_MIGRATION",
        "funded",
        550_000,  # 01.04.2021-31.03.2022 = 365 days, 275 in 2021: 730 000 x 275/365 = 2 000 x 275 = 550 000
    ),
    (
        "Police response to domestic and gender-based violence: mobile response groups",
        "National Police",
        "EUR 1.46 million",
        1_460_000,
        "Q4 2021 – Q3 2023",
        "Pipeline",
        "DOMESTIC_VIOLENCE",
        "pipeline",
        184_000,  # 01.10.2021-30.09.2023 = 730 days, 92 in 2021: 1 460 000 x 92/730 = 2 000 x 92 = 184 000
    ),
    (
        "Detection of synthetic drugs: laboratory equipment for the MIA Expert Service",
        "MIA",
        "€400k",
        400_000,
        "2021",
        "Ongoing",
        "DRUGS",
        "funded",
        400_000,  # whole of 2021
    ),
    (
        "Mobile passport control units for entry-exit checkpoints in Donetsk and Luhansk oblasts",
        "SBGS",
        "EUR 0.5 million",
        500_000,
        "Q2 2021 – Q4 2021",
        "Cancelled²",
        "BORDER_CROSSING",
        "cancelled",
        0,  # cancelled: counts nowhere
    ),
]
for i, (title, ben, txt, eur, per, st, *_rest) in enumerate(eu, start=1):
    r = 9 + i
    for j, v in enumerate([i, title, ben, txt, round(eur * RATE), per, st]):
        ws.cell(r, 4 + j, v)
ws.column_dimensions["H"].hidden = True
ws.column_dimensions["E"].width = 75
r = 9 + len(eu) + 2
ws.cell(r, 4, "¹ At the NBU rate of 31.12.2020 (EUR 1 = UAH 34.7396), for internal use only.")
ws.cell(r + 1, 4, "² Cancelled in January 2021; the funds were reallocated to action 1.")
ws.cell(r + 2, 4, "Source: EU Delegation to Ukraine, 15 February 2021.")
wb.save(OUT / "eu_delegation_law_enforcement_actions.xlsx")
for title, ben, txt, eur, per, st, pr, status, a in eu:
    exp(title, "EU", pr, status, "EUR", a)

# =============================================================================================================
# 3 Canada (Ukrainian): projects grouped by beneficiary, a heading row per group, a subtotal row "Разом по ..."
#   after each group and a grand total "ВСЬОГО"; amounts as text with "млн" / "тис.", currency in its own column.
# =============================================================================================================
wb = Workbook()
ws = wb.active
ws.title = "Проєкти 2021"
ws["A1"] = "Посольство Канади в Україні"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "Проєкти міжнародної технічної допомоги в секторі правоохоронної діяльності, 2021 рік"
ws.append([])
ws.append(["№", "Назва проєкту", "Виконавець", "Сума", "Валюта", "Початок", "Завершення", "Стан"])
ca_groups = [
    (
        "Національна поліція України",
        [
            (
                "Підготовка поліцейських офіцерів громад у Донецькій та Луганській областях",
                "Канадська поліцейська місія в Україні",
                "1,2 млн",
                D(2021, 1, 1),
                D(2021, 12, 31),
                "реалізується",
                "COMMUNITY_POLICING",
                "funded",
                1_200_000,  # whole of 2021
            ),
            (
                "Підтримка мобільних груп реагування поліції на випадки домашнього насильства",
                "UN Women",
                "730 тис.",
                D(2021, 3, 1),
                D(2022, 2, 28),
                "реалізується",
                "DOMESTIC_VIOLENCE",
                "funded",
                612_000,  # 01.03.2021-28.02.2022 = 365 days, 306 in 2021: 730 000 x 306/365 = 2 000 x 306 = 612 000
            ),
        ],
        "Разом по НПУ",
        "1,93 млн",
    ),
    (
        "Державна прикордонна служба України",
        [
            (
                "Посилення охорони морської ділянки кордону в Азовському морі: патрульні катери та радари",
                "Канадська комерційна корпорація",
                "2,4 млн",
                D(2021, 1, 1),
                D(2022, 12, 31),
                "реалізується",
                "BORDER_SECURITY",
                "funded",
                1_200_000,  # 730 days, 365 in 2021: 2 400 000 / 2 = 1 200 000
            ),
            (
                "Навчання прикордонників виявленню ознак торгівлі людьми під час прикордонного контролю",
                "МОМ",
                "150 тис.",
                D(2021, 4, 1),
                D(2021, 11, 30),
                "реалізується",
                "TRAFFICKING",
                "funded",
                150_000,  # within 2021
            ),
            (
                "Закупівля безпілотних літальних апаратів для спостереження за кордоном",
                "Канадська комерційна корпорація",
                "500 тис.",
                D(2021, 6, 1),
                D(2021, 12, 31),
                "відмінено",
                "BORDER_SECURITY",
                "cancelled",
                0,
            ),
        ],
        "Разом по ДПСУ",
        "2,55 млн",  # without the cancelled project
    ),
    (
        "Державна служба України з надзвичайних ситуацій",
        [
            (
                "Засоби індивідуального захисту та дезінфекції для рятувальників у зв'язку з пандемією COVID-19",
                "Червоний Хрест Канади",
                "300 тис.",
                D(2021, 2, 1),
                D(2021, 6, 30),
                "реалізується",
                "COVID19",
                "funded",
                300_000,  # within 2021
            ),
        ],
        "Разом по ДСНС",
        "300 тис.",
    ),
]
n = 0
for group, projects, sub_label, sub_amount in ca_groups:
    ws.append([None, group])
    ws.cell(ws.max_row, 2).font = Font(bold=True, italic=True)
    for title, impl, amt, s, e, st, *_rest in projects:
        n += 1
        ws.append([n, title, impl, amt, "CAD", s, e, st])
        ws.cell(ws.max_row, 6).number_format = "DD.MM.YYYY"
        ws.cell(ws.max_row, 7).number_format = "DD.MM.YYYY"
    ws.append([None, sub_label, None, sub_amount, "CAD"])
    ws.cell(ws.max_row, 2).font = Font(bold=True)
ws.append([None, "ВСЬОГО", None, "4,78 млн", "CAD"])  # 1,93 + 2,55 + 0,30
ws.cell(ws.max_row, 2).font = Font(bold=True)
ws.append([])
ws.append([None, "Примітка: суми зазначено в канадських доларах відповідно до угод про внесок."])
ws.column_dimensions["B"].width = 90
wb.save(OUT / "kanada_posolstvo_2021.xlsx")
for _g, projects, *_s in ca_groups:
    for title, impl, amt, s, e, st, pr, status, a in projects:
        exp(title, "Canada", pr, status, "CAD", a)

# =============================================================================================================
# 4 UNODC (Russian): Excel "Unicode text" export: UTF-16 LE with BOM, TAB separated, .txt; a title line and an
#   empty line above the header; numbers with NBSP thousands; periods in quarters ("II квартал 2021 – I квартал
#   2022", "III квартал 2021") and year ranges with an en dash ("2021–2023").
# =============================================================================================================
unodc = [
    (
        "Противодействие незаконному обороту наркотиков через морские порты (программа контроля контейнерных перевозок)",
        "НПУ, ГПСУ",
        f"600{NBSP}000",
        "2021–2023",
        "реализуется",
        "DRUGS",
        "funded",
        200_000,  # 01.01.2021-31.12.2023 = 1095 days, 365 in 2021: 600 000 x 365/1095 = 600 000 / 3 = 200 000
    ),
    (
        "Укрепление потенциала Национальной полиции по расследованию преступлений, связанных с торговлей людьми",
        "НПУ",
        f"365{NBSP}000",
        "II квартал 2021 – I квартал 2022",
        "реализуется",
        "TRAFFICKING",
        "funded",
        275_000,  # 01.04.2021-31.03.2022 = 365 days, 275 in 2021: 365 000 x 275/365 = 275 000
    ),
    (
        "Соблюдение прав задержанных: видеонаблюдение в изоляторах временного содержания",
        "НПУ",
        f"250{NBSP}000",
        "III квартал 2021",
        "реализуется",
        "CUSTODY",
        "funded",
        250_000,  # 01.07.2021-30.09.2021, all in 2021
    ),
    (
        "Противодействие незаконной миграции и незаконной переправке мигрантов через западную границу",
        "ГПСУ, ГМС",
        f"457{NBSP}000",
        "IV квартал 2021 – IV квартал 2022",
        "планируется",
        "ILLEGAL_MIGRATION",
        "pipeline",
        92_000,  # 01.10.2021-31.12.2022 = 457 days, 92 in 2021: 457 000 x 92/457 = 92 000
    ),
    (
        "Кинологическое обеспечение поиска наркотиков в международном аэропорту «Борисполь»",
        "ГПСУ",
        f"150{NBSP}000",
        "2021",
        "отменен",
        "DRUGS",
        "cancelled",
        0,
    ),
]
lines = [
    "Управление ООН по наркотикам и преступности (УНП ООН) — проекты в Украине, 2021 г.\t\t\t\t\t",
    "\t\t\t\t\t",
    "№\tНаименование проекта\tБенефициар\tБюджет проекта, долл. США\tПериод реализации\tСтатус",
]
for i, (title, ben, amt, per, st, *_r) in enumerate(unodc, start=1):
    lines.append("\t".join([str(i), title, ben, amt, per, st]))
(OUT / "unodc_proekty_2021.txt").write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-16"))
for title, ben, amt, per, st, pr, status, a in unodc:
    exp(title, "UNODC", pr, status, "USD", a)


# =============================================================================================================
# 5 IOM: OpenDocument spreadsheet (.ods, written by hand as LibreOffice would store it); budget per year in columns
#   2020 / 2021 / 2022 (only the 2021 column counts); blocks of projects under heading rows, empty rows between
#   the blocks, empty cells for years without money, footnotes below the table.
# =============================================================================================================
def ods_cell(v):
    if v is None:
        return "<table:table-cell/>"
    if isinstance(v, dt.date):
        return (
            f'<table:table-cell office:value-type="date" office:date-value="{v:%Y-%m-%d}">'
            f"<text:p>{v:%d.%m.%Y}</text:p></table:table-cell>"
        )
    if isinstance(v, (int, float)):
        return (
            f'<table:table-cell office:value-type="float" office:value="{v}">'
            f"<text:p>{v:,}</text:p></table:table-cell>"
        )
    return (
        f'<table:table-cell office:value-type="string"><text:p>{escape(str(v))}</text:p></table:table-cell>'
    )


def write_ods(path, sheets):
    body = []
    for name, rows in sheets:
        width = max(len(r) for r in rows)
        body.append(f'<table:table table:name="{escape(name)}">')
        body.append(f'<table:table-column table:number-columns-repeated="{width}"/>')
        for r in rows:
            if not r:
                body.append(
                    f'<table:table-row><table:table-cell table:number-columns-repeated="{width}"/></table:table-row>'
                )
            else:
                body.append("<table:table-row>" + "".join(ods_cell(v) for v in r) + "</table:table-row>")
        body.append("</table:table>")
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        "<office:body><office:spreadsheet>" + "".join(body) + "</office:spreadsheet></office:body>"
        "</office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" manifest:version="1.2" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(
            zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED
        )
        z.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)


d = dt.date
iom_blocks = [
    (
        "MIGRATION AND BORDER MANAGEMENT",
        [
            (
                "UA10P0512",
                "Enhancing the capacity of the State Migration Service to manage irregular migration and readmission",
                "SMS",
                d(2020, 6, 1),
                d(2022, 5, 31),
                150_000,
                300_000,
                120_000,
                "ILLEGAL_MIGRATION",
            ),
            (
                "UA10P0540",
                "Upgrade of border crossing points on the Ukrainian–Moldovan border to reduce waiting times",
                "SBGS",
                d(2021, 3, 1),
                d(2022, 2, 28),
                None,
                420_000,
                80_000,
                "BORDER_CROSSING",
            ),
        ],
    ),
    (
        "COUNTER-TRAFFICKING",
        [
            (
                "UA01P0301",
                "Identification of victims of trafficking among labour migrants: support to the National Police",
                "NPU",
                d(2020, 1, 1),
                d(2021, 12, 31),
                200_000,
                250_000,
                None,
                "TRAFFICKING",
            ),
            (
                "UA01P0318",
                "Reintegration assistance to victims of trafficking referred by the National Police",
                "NPU",
                d(2021, 7, 1),
                d(2023, 6, 30),
                None,
                90_000,
                180_000,
                "TRAFFICKING",
            ),
        ],
    ),
    (
        "COVID-19 RESPONSE",
        [
            (
                "UA05P0077",
                "COVID-19 response: PPE and hygiene kits for border guards and migration officers",
                "SBGS, SMS",
                d(2020, 4, 1),
                d(2021, 3, 31),
                400_000,
                60_000,
                None,
                "COVID19",
            ),
        ],
    ),
]
rows = [
    ["International Organization for Migration (IOM) – Mission in Ukraine"],
    ["Projects with the system of the Ministry of Internal Affairs, status as of 1 February 2021"],
    [],
    ["Project code", "Project title", "Counterpart", "Start", "End", "2020, USD", "2021, USD", "2022, USD"],
]
for k, (block, projects) in enumerate(iom_blocks):
    if k:
        rows += [[], []]
    rows.append([block])
    for code, title, cp, s, e, y20, y21, y22, _pr in projects:
        rows.append([code, title, cp, s, e, y20, y21, y22])
rows += [
    [],
    ["* Figures for 2022 are indicative and subject to donor confirmation."],
    ["Source: IOM Ukraine, Programme Support Unit."],
]
write_ods(OUT / "iom_ukraine_mia_projects.ods", [("IOM 2021", rows)])
for _b, projects in iom_blocks:
    for code, title, cp, s, e, y20, y21, y22, pr in projects:
        exp(title, "IOM", pr, "funded", "USD", y21)  # the 2021 column as given
# 300 000; 420 000; 250 000; 90 000; 60 000

# =============================================================================================================
# 6 Japan: header in two rows, NOT merged ("Project"/"Title", "Grant"/"Amount", "Period"/"Start"); dates stored as
#   Excel serial numbers in General format (44197 = 01.01.2021); status only in a "Remarks" column.
# =============================================================================================================
wb = Workbook()
ws = wb.active
ws.title = "Grant aid 2021"
ws["A1"] = "Embassy of Japan in Ukraine / JICA Ukraine Office"
ws["A2"] = (
    "Japan's grant assistance to the system of the Ministry of Internal Affairs of Ukraine, as of 10 March 2021"
)
ws.append([])
ws.append(["Project", None, "Counterpart", "Grant", None, "Period", None, "Remarks"])
ws.append(["Title", "Outline", "agency", "Amount", "Currency", "Start", "End", None])
# serials: 44197 = 2021-01-01; 44256 = 2021-03-01 (+59); 44287 = 2021-04-01 (+90); 44378 = 2021-07-01 (+181);
# 44469 = 2021-09-30 (+272); 44470 = 2021-10-01 (+273); 44561 = 2021-12-31 (+364);
# 44562 = 2022-01-01; 44742 = 2022-06-30 (44562 + 180); 44926 = 2022-12-31 (44562 + 364)
jp = [
    (
        "Provision of thermal imaging cameras for the State Border Guard Service",
        "Hand-held and vehicle-mounted thermal imagers for border outposts on the eastern section of the state border",
        "SBGS",
        180_000_000,
        44287,
        44561,
        "Exchange of Notes signed on 26 March 2021",
        "BORDER_SECURITY",
        "funded",
        180_000_000,  # 01.04.2021-31.12.2021, all in 2021
    ),
    (
        "Project for improvement of rescue equipment of the State Emergency Service",
        "Fire engines and hydraulic rescue tools for SESU units in Kharkiv and Dnipro oblasts",
        "SESU",
        350_000_000,
        44197,
        44926,
        "Implemented through JICA",
        "OTHER",
        "funded",
        175_000_000,  # 01.01.2021-31.12.2022 = 730 days, 365 in 2021: 350 000 000 / 2 = 175 000 000
    ),
    (
        "Emergency grant for COVID-19: oxygen concentrators and ventilators for MIA medical institutions",
        "Equipment for the hospitals of the MIA system treating COVID-19 patients",
        "MIA",
        95_000_000,
        44256,
        44469,
        "Delivered",
        "COVID19",
        "funded",
        95_000_000,  # 01.03.2021-30.09.2021, all in 2021
    ),
    (
        "Dialogue police: training of community police officers in the Japanese Koban model",
        "Study visits to Japan and training of trainers for community police officers of the National Police",
        "NPU",
        73_000_000,
        44378,
        44742,
        None,
        "COMMUNITY_POLICING",
        "funded",
        36_800_000,  # 01.07.2021-30.06.2022 = 365 days, 184 in 2021: 73 000 000 x 184/365 = 200 000 x 184 = 36 800 000
    ),
    (
        "Automated passport control at the Odesa sea port and airport checkpoints",
        "e-gates and document readers to reduce waiting times of passengers crossing the border",
        "SBGS",
        50_000_000,
        44470,
        44561,
        "Under consideration by the Government of Japan (not yet approved)",
        "BORDER_CROSSING",
        "pipeline",
        50_000_000,  # 01.10.2021-31.12.2021, all in 2021; planned
    ),
]
for title, outline, ag, amt, s, e, rem, *_r in jp:
    ws.append([title, outline, ag, amt, "JPY", s, e, rem])
ws.column_dimensions["A"].width = 70
ws.column_dimensions["B"].width = 70
wb.save(OUT / "japan_grant_aid_mia.xlsx")
for title, outline, ag, amt, s, e, rem, pr, status, a in jp:
    exp(title, "Japan", pr, status, "JPY", a)

# =============================================================================================================
# 7 Council of Europe (Ukrainian): one sheet per beneficiary ("НПУ", "ДМС") after a summary sheet ("Зведення");
#   only the total budget with start and end dates; amounts as "1,5 млн євро", "730 тис. євро", "0,73 млн євро".
# =============================================================================================================
wb = Workbook()
ws = wb.active
ws.title = "Зведення"
ws["A1"] = "Офіс Ради Європи в Україні — зведення за бенефіціарами"
ws.append([])
ws.append(["Бенефіціар", "Кількість проєктів", "Загальний бюджет, євро"])
ws.append(["НПУ", 3, 2_960_000])  # 1 500 000 + 730 000 + 730 000
ws.append(["ДМС", 1, 400_000])
ws.append(["Разом", 4, 3_360_000])
coe = {
    "НПУ": (
        "Національна поліція України",
        [
            (
                "Протидія жорстокому поводженню та безкарності: гарантії прав затриманих в ізоляторах тимчасового тримання",
                "Моніторинг ІТТ, навчання працівників поліції, впровадження стандартів ЄКЗК",
                "1,5 млн євро",
                D(2020, 7, 1),
                D(2022, 6, 30),
                "реалізується",
                "CUSTODY",
                "funded",
                750_000,  # 01.07.2020-30.06.2022 = 730 days, 365 in 2021: 1 500 000 x 365/730 = 750 000
            ),
            (
                "Впровадження Стамбульської конвенції: підготовка поліцейських до реагування на домашнє насильство",
                "Навчальні курси для дільничних офіцерів поліції та мобільних груп, методичні рекомендації",
                "730 тис. євро",
                D(2021, 4, 1),
                D(2023, 3, 31),
                "реалізується",
                "DOMESTIC_VIOLENCE",
                "funded",
                275_000,  # 01.04.2021-31.03.2023 = 730 days, 275 in 2021: 730 000 x 275/730 = 275 000
            ),
            (
                "Протидія торгівлі людьми з метою сексуальної експлуатації в мережі Інтернет",
                "Посилення спроможності підрозділів поліції з виявлення вербування через Інтернет",
                "0,73 млн євро",
                D(2021, 10, 1),
                D(2023, 9, 30),
                "на етапі погодження",
                "TRAFFICKING",
                "pipeline",
                92_000,  # 01.10.2021-30.09.2023 = 730 days, 92 in 2021: 730 000 x 92/730 = 92 000
            ),
        ],
    ),
    "ДМС": (
        "Державна міграційна служба України",
        [
            (
                "Захист прав шукачів притулку: удосконалення процедури визнання біженцем та особою, яка потребує додаткового захисту",
                "Експертна підтримка ДМС, навчання посадових осіб територіальних органів",
                "400 тис. євро",
                D(2021, 1, 1),
                D(2021, 12, 31),
                "реалізується",
                "ILLEGAL_MIGRATION",
                "funded",
                400_000,  # whole of 2021
            ),
        ],
    ),
}
for sheet, (ben, projects) in coe.items():
    ws = wb.create_sheet(sheet)
    ws["A1"] = "Рада Європи — Офіс Ради Європи в Україні"
    ws["A2"] = f"Проєкти у сфері правоохоронної діяльності: {ben}"
    ws.append([])
    ws.append(["Назва проєкту", "Опис", "Загальний бюджет", "Дата початку", "Дата завершення", "Стан"])
    for title, desc, amt, s, e, st, *_r in projects:
        ws.append([title, desc, amt, s, e, st])
        ws.cell(ws.max_row, 4).number_format = "DD.MM.YYYY"
        ws.cell(ws.max_row, 5).number_format = "DD.MM.YYYY"
    ws.column_dimensions["A"].width = 80
wb.save(OUT / "rada_yevropy_proekty.xlsx")
for _ben, projects in coe.values():
    for title, desc, amt, s, e, st, pr, status, a in projects:
        exp(title, "Council of Europe", pr, status, "EUR", a)

# =============================================================================================================
# 8 UNDP (Ukrainian): header cells with line breaks, a column with the partner's own MIA priority, amounts with the
#   currency in the cell ("12,5 млн грн"), periods in Ukrainian quarters ("II квартал 2021 – I квартал 2022",
#   "I–II квартал 2021"), a note below the table.
# =============================================================================================================
wb = Workbook()
ws = wb.active
ws.title = "Проєкти ПРООН"
ws["A1"] = "Програма розвитку ООН (ПРООН) в Україні"
ws["A2"] = "Інформація про проєкти МТД для засідання секторальної робочої групи «Правоохоронна діяльність»"
ws.append([])
ws.append(
    [
        "№\nз/п",
        "Назва проєкту",
        "Пріоритет МВС\n(за переліком 2021 р.)",
        "Бенефіціар",
        "Бюджет\n(з валютою)",
        "Строк\nреалізації",
        "Стан\nреалізації",
    ]
)
for c in ws[4]:
    c.alignment = Alignment(wrap_text=True)
undp = [
    (
        "Безпечні громади: облаштування поліцейських станцій в об'єднаних територіальних громадах Донецької області",
        "Взаємодія поліції та населення на засадах партнерства",
        "НПУ",
        "12,5 млн грн",
        "I квартал 2021 – IV квартал 2021",
        "реалізується",
        "COMMUNITY_POLICING",
        "funded",
        12_500_000,  # whole of 2021
    ),
    (
        "Кризові кімнати для постраждалих від домашнього насильства у відділах поліції",
        "Протидія домашньому насильству",
        "НПУ",
        "3,65 млн грн",
        "II квартал 2021 – I квартал 2022",
        "реалізується",
        "DOMESTIC_VIOLENCE",
        "funded",
        2_750_000,  # 01.04.2021-31.03.2022 = 365 days, 275 in 2021: 3 650 000 x 275/365 = 10 000 x 275 = 2 750 000
    ),
    (
        "Кисневі концентратори та засоби індивідуального захисту для закладів охорони здоров'я МВС",
        "Запобігання поширенню COVID-19 у системі МВС",
        "МВС",
        "8 млн грн",
        "I–II квартал 2021",
        "реалізується",
        "COVID19",
        "funded",
        8_000_000,  # 01.01.2021-30.06.2021, all in 2021
    ),
    (
        "Протимінна діяльність: обладнання для піротехнічних підрозділів ДСНС",
        "Інше",
        "ДСНС",
        "24 млн грн",
        "2021–2022",
        "реалізується",
        "OTHER",
        "funded",
        12_000_000,  # 01.01.2021-31.12.2022 = 730 days, 365 in 2021: 24 000 000 / 2 = 12 000 000
    ),
    (
        "Електронна черга в пунктах пропуску через державний кордон з Польщею",
        "Зручне обслуговування під час перетину державного кордону",
        "ДПСУ",
        "5 млн грн",
        "IV квартал 2021",
        "у розробці",
        "BORDER_CROSSING",
        "pipeline",
        5_000_000,  # 01.10.2021-31.12.2021, all in 2021; planned
    ),
]
for i, (title, prio, ben, amt, per, st, *_r) in enumerate(undp, start=1):
    ws.append([i, title, prio, ben, amt, per, st])
ws.append([])
ws.append([None, "Примітка: строки реалізації проєктів, що перебувають у розробці, є орієнтовними."])
ws.column_dimensions["B"].width = 90
ws.column_dimensions["C"].width = 40
wb.save(OUT / "proon_mtd_2021.xlsx")
for title, prio, ben, amt, per, st, pr, status, a in undp:
    exp(title, "UNDP", pr, status, "UAH", a)

# =============================================================================================================
# 9 Switzerland: beneficiary in vertically merged cells (value only in the first row of each group); amounts with
#   the Swiss thousands apostrophe ("CHF 900'000") and "CHF 1.2 m"; periods "01.01.2021 – 31.12.2023", "2021 – 2022";
#   implementers that are themselves partners (UNHCR) — the money is Swiss.
# =============================================================================================================
wb = Workbook()
ws = wb.active
ws.title = "SCO Ukraine"
ws["A1"] = "Embassy of Switzerland in Ukraine – Swiss Cooperation Office"
ws["A2"] = (
    "Swiss-funded projects in the law-enforcement sector (for the Sectoral Working Group meeting, March 2021)"
)
ws.append([])
ws.append(["Beneficiary", "Project", "Implementer", "Swiss contribution", "Duration", "Status"])
ch_groups = [
    (
        "National Police of Ukraine",
        [
            (
                "Strengthening police accountability and prevention of ill-treatment of detainees",
                "DCAF",
                "CHF 900'000",
                "01.01.2021 – 31.12.2023",
                "Ongoing",
                "CUSTODY",
                "funded",
                300_000,  # 1095 days, 365 in 2021: 900 000 / 3 = 300 000
            ),
            (
                "Community safety partnerships between police and residents in Odesa oblast",
                "Swisspeace",
                "CHF 450'000",
                "01.01.2021 – 31.12.2021",
                "Ongoing",
                "COMMUNITY_POLICING",
                "funded",
                450_000,  # whole of 2021
            ),
        ],
    ),
    (
        "State Emergency Service of Ukraine",
        [
            (
                "COVID-19: disinfection equipment and PPE for rescue units",
                "Swiss Humanitarian Aid",
                "CHF 250'000",
                "01.02.2021 – 30.06.2021",
                "Ongoing",
                "COVID19",
                "funded",
                250_000,  # all in 2021
            ),
            (
                "Humanitarian demining equipment for pyrotechnic units in Donetsk and Luhansk oblasts",
                "FSD",
                "CHF 1.2 m",
                "01.01.2021 – 31.12.2022",
                "Ongoing",
                "OTHER",
                "funded",
                600_000,  # 730 days, 365 in 2021: 1 200 000 / 2 = 600 000
            ),
        ],
    ),
    (
        "State Migration Service of Ukraine",
        [
            (
                "Digital registration of asylum seekers and stateless persons",
                "UNHCR",
                "CHF 600'000",
                "2021 – 2022",
                "Planned",
                "ILLEGAL_MIGRATION",
                "pipeline",
                300_000,  # 01.01.2021-31.12.2022 = 730 days, 365 in 2021: 600 000 / 2 = 300 000; planned
            ),
        ],
    ),
]
for ben, projects in ch_groups:
    first = ws.max_row + 1
    for k, (title, impl, amt, per, st, *_r) in enumerate(projects):
        ws.append([ben if k == 0 else None, title, impl, amt, per, st])
    if len(projects) > 1:
        ws.merge_cells(start_row=first, start_column=1, end_row=ws.max_row, end_column=1)
        ws.cell(first, 1).alignment = Alignment(vertical="center", wrap_text=True)
ws.column_dimensions["A"].width = 28
ws.column_dimensions["B"].width = 80
wb.save(OUT / "switzerland_sco_2021.xlsx")
for _b, projects in ch_groups:
    for title, impl, amt, per, st, pr, status, a in projects:
        exp(title, "Switzerland", pr, status, "CHF", a)

with open(OUT.parent / "expected.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=list(EXP[0]))
    w.writeheader()
    w.writerows(EXP)
print(len(EXP), "projects in", len(list(OUT.iterdir())), "files")
