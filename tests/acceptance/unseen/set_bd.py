"""Blind set BD -- how partners say which sector priority a project serves.

Usage: python set_bd.py OUT_DIR   -> OUT_DIR/raw/* and OUT_DIR/expected.csv

8 files, 50 projects; 3 co-funded projects (bd01, bd03, bd07) give two lines each -> 53 expected lines.

Priority names used by the files are the Ukrainian SWG 2021 wording or paraphrases of it
(e.g. "Забезпечення безпеки державного кордону", "Зручний перетин кордону", "Протидія торгівлі людьми",
"Поліцейська діяльність, орієнтована на громаду", "Custody Records", "Інше").

---------------------------------------------------------------------------------------------------
bd01_EU_EUAM_LEA_projects_2021.xlsx  (English, EUR, "Priority (SWG 2021)" column in Ukrainian)
  Title rows, a "2021, EUR" column (used as amount_2021), totals row, note.
  * "Mobile surveillance capacities of the State Border Guard Service": "Забезпечення безпеки
    державного кордону" -> BORDER_SECURITY.
  * "Passenger lanes and e-queue at Krakovets and Shehyni checkpoints": paraphrase "Зручний перетин
    кордону" -> BORDER_CROSSING.
  * "Advisory support on custody records in police temporary detention facilities": two-line title
    cell (2nd line Ukrainian) -> title is the first line; "Custody Records (...)" -> CUSTODY; EUAM.
  * "Container control at Odesa and Chornomorsk sea ports": TRAP title looks like border/port work,
    but the priority column says "Протидія незаконному обігу наркотиків" -> DRUGS. Implementer UNODC,
    funder EU.
  * "Cybercrime investigation capacity of the Cyber Police Department": "Інше (кіберзлочинність)" -> OTHER.
  * "Community safety partnerships in Donetsk and Luhansk oblasts": co-funded "EU (70%) / Denmark (30%)"
    -> two lines, COMMUNITY_POLICING ("Поліцейська діяльність, орієнтована на громаду").
  * "Victim identification training for border guards": TRAP (border guards) but priority column
    "Протидія торгівлі людьми" -> TRAFFICKING; Planned, 2022 only -> pipeline, 0.

bd02_US_INL_assistance_LEA.xlsx  (English, USD, NO priority column; bold heading rows over groups)
  "U.S. Department of State ... INL ... U.S. Embassy Kyiv" -> partner USA. 2021 from dates (days).
  Headings: "PRIORITY: COUNTERING DRUG CRIME", "PRIORITY: COMBATING DOMESTIC VIOLENCE",
  "PRIORITY: BORDER SECURITY", "PRIORITY: COUNTERING TRAFFICKING IN PERSONS",
  "OTHER LAW ENFORCEMENT ASSISTANCE (NOT LINKED TO SWG PRIORITIES)". Subtotal rows per group.
  * "Canine units of the National Police: training and equipment": title alone neutral (dogs could be
    explosives/border) -> heading says DRUGS.
  * "Field identification kits and laboratory reagents": neutral title (sounds forensic/OTHER) ->
    heading DRUGS.
  * "POLINA mobile response teams: expansion to five oblasts": name only -> heading DOMESTIC_VIOLENCE.
  * "Patrol boats for the Maritime Guard in the Azov Sea": BORDER_SECURITY.
  * "Investigative capacity of the National Police counter-trafficking units": TRAFFICKING
    (implementer IOM, not the partner).
  * "Police education reform: new curricula for basic training": under the OTHER heading -> OTHER
    (must not become COMMUNITY_POLICING).

bd03_Germany_AA_MTD_2021.xlsx  (Ukrainian, "тис. євро"; money placed in ONE of ten priority columns)
  Two header rows: merged "Фінансування у 2021 р. за пріоритетами сектору (тис. євро)" over ten columns.
  The figure in the priority column is the 2021 amount (thousands -> x1000).
  * "Офіцери поліції громад: навчання та оснащення (Житомирська, Черкаська обл.)" -> COMMUNITY_POLICING.
  * "Спеціалізовані групи реагування на домашнє насильство: підготовка інструкторів" -> DOMESTIC_VIOLENCE.
  * "Гуманітарне розмінування: обладнання для піротехнічних підрозділів ДСНС" -> money in "Інше" -> OTHER.
  * "Електронний реєстр осіб, затриманих в ізоляторах тимчасового тримання" -> CUSTODY.
  * "Ідентифікація та документування нелегальних мігрантів: спроможність ДМС" -> ILLEGAL_MIGRATION,
    co-funded (note column: Німеччина 60 %, Нідерланди 40 %) -> two lines. Implementer ICMPD (not partner).
  * "Засоби індивідуального захисту для прикордонних підрозділів у період пандемії": TRAP border guards,
    but money in "COVID-19" column -> COVID19.
  * "Модернізація пункту пропуску «Ягодин»: додаткові смуги руху": pipeline from 2022, no money, an "x"
    in "Перетин кордону" -> BORDER_CROSSING, 0.

bd04_UK_CSSF_LEA_2021.csv  (English, UTF-8 BOM, comma; numbered priorities explained in a note at the end)
  The note's numbering is the UK's own: 1 border security, 2 border crossing, 3 irregular migration,
  4 trafficking, 5 domestic violence, 6 drugs, 7 community policing, 8 custody, 9 COVID-19, 0 none.
  "Where two numbers are given, the first is the main priority". 2021 by days from DD/MM/YYYY dates.
  * "Specialised police units for cases of family violence": 5 -> DOMESTIC_VIOLENCE (a reader using
    the COMMON.md order would say CUSTODY).
  * "Police community officers in hromadas of Donetsk oblast": 7 -> COMMUNITY_POLICING.
  * "Integrity and anti-corruption framework of the Ministry of Internal Affairs": 0 -> OTHER.
  * "Asylum procedures and detention of irregular migrants": "3, 8" -> first = ILLEGAL_MIGRATION
    (not CUSTODY despite "detention").
  * "Joint investigations of trafficking cases with Moldova and Romania": "4, 1" -> TRAFFICKING;
    "Pipeline - subject to ministerial approval" -> pipeline.

bd05_Sweden_Sida_LEA.xlsx  (titles English, descriptions Ukrainian; NO priority anywhere; SEK)
  2021 by days from periods given as years or months.
  * "Mobile groups responding to violence in families" -> DOMESTIC_VIOLENCE (implementer UNFPA).
  * "Temporary detention facilities: electronic register" -> CUSTODY.
  * "Readmission of irregular migrants" -> ILLEGAL_MIGRATION (implementer IOM).
  * "Sanitary points at checkpoints during the pandemic": TRAP checkpoints -> COVID19; Completed
    03/2021, only Jan-Mar 2021 counted.
  * "Digital evidence laboratory for the cyber police" -> OTHER.
  * "Forensic equipment for the Expert Service of the MIA" -> OTHER; "Agreement under preparation" -> pipeline.
  * "Local safety councils and police station officers" -> COMMUNITY_POLICING.

bd06_OSCE_PCU_pravookhr_2021.csv  (Russian, cp1251, ';', free-text "Направление / Sector objective")
  "в т.ч. 2021, евро" column is the 2021 amount.
  * "Повышение квалификации следователей по делам о торговле людьми" -> TRAFFICKING; comment mentions
    COVID-19 restrictions (TRAP: not COVID19).
  * "Приборы ночного видения для пограничных нарядов": objective "Укрепление охраны госграницы на участках
    вне пунктов пропуска" -> BORDER_SECURITY (mentions checkpoints only to exclude them).
  * "Молодёжь без наркотиков: профилактика в школах совместно с ювенальной полицией": TRAP youth/police
    -> objective says drugs -> DRUGS.
  * "Электронная очередь в пунктах пропуска на границе с Молдовой" -> BORDER_CROSSING.
  * "Мониторинг изоляторов временного содержания" -> CUSTODY; "отменён" -> cancelled, 2021 column 0.
  * "Диалог полиции и общин в Приазовье" -> COMMUNITY_POLICING.

bd07_Norway_MTD_LEA_2021.xlsx  (Ukrainian, NOK, one sheet per beneficiary: НПУ, ДПСУ, ДМС, ДСНС,
  a summary sheet and a hidden lookup sheet). "Напрям (пріоритет сектору)" is filled only in part:
  blank rows must be read from the title. The sheet (agency) is NOT the priority.
  * "Кінологічні підрозділи для протидії наркозлочинності": blank -> DRUGS.
  * "Морські катери для охорони кордону в Азовському морі": blank -> BORDER_SECURITY.
  * "Виявлення потенційних жертв торгівлі людьми в пунктах пропуску": ДПСУ sheet, checkpoints, but
    "Протидія торгівлі людьми" -> TRAFFICKING.
  * "Пункти тимчасового перебування іноземців: облаштування та харчування": "нелегальна міграція"
    -> ILLEGAL_MIGRATION.
  * "Пожежно-рятувальні автомобілі для місцевих пожежних команд": "Інше" -> OTHER; co-funded Norway 75 %
    / UNDP (own resources) 25 % -> two lines.
  * "Дезінфекційні засоби та тести для рятувальників": "COVID-19" -> COVID19; "завершено".

bd08_Canada_GAC_PSOPs_matrix.xlsx  (English, CAD, a column per priority; "X" = main, "(x)" = also
  contributes, explained in a legend note). "2021, CAD" column is the amount.
  * "Gender-sensitive response to violence at home: training for patrol officers": X DV, (x) CP -> DOMESTIC_VIOLENCE.
  * "Video recording in custody areas of police stations": X -> CUSTODY.
  * "Border guard leadership and integrity programme": X border security, (x) trafficking -> BORDER_SECURITY
    (not OTHER despite "integrity").
  * "Cybercrime and digital forensics training for investigators": X Other -> OTHER.
  * "Protection-sensitive migration management in Zakarpattia": X irregular migration, (x) trafficking
    -> ILLEGAL_MIGRATION; "Proposed" -> pipeline.
  * "PPE and vaccination logistics for frontline police": X COVID-19 -> COVID19.
"""

import csv
import os
import sys
from datetime import date

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

Y0, Y1 = date(2021, 1, 1), date(2021, 12, 31)


def days_in_2021(start, end):
    s, e = max(start, Y0), min(end, Y1)
    return max(0, (e - s).days + 1)


def share_2021(total, start, end):
    return round(total * days_in_2021(start, end) / ((end - start).days + 1), 2)


def month_end(y, m):
    nxt = date(y + 1, 1, 1) if m == 12 else date(y, m + 1, 1)
    return date.fromordinal(nxt.toordinal() - 1)


EXP = []  # (title, partner, priority, status, currency, amount_2021)


def exp(title, partner, priority, status, cur, amount):
    EXP.append((title, partner, priority, status, cur, round(amount, 2)))


BOLD = Font(bold=True)
HDR_FILL = PatternFill("solid", fgColor="D9E1F2")
GRP_FILL = PatternFill("solid", fgColor="FCE4D6")
TOT_FILL = PatternFill("solid", fgColor="EDEDED")
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def style_header(ws, row, ncol):
    for c in range(1, ncol + 1):
        cell = ws.cell(row=row, column=c)
        cell.font = BOLD
        cell.fill = HDR_FILL
        cell.border = BOX
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")


def widths(ws, ws_list):
    for i, w in enumerate(ws_list, 1):
        ws.column_dimensions[get_column_letter(i)].width = w


# ------------------------------------------------------------------------------------------------
def bd01(raw):
    wb = Workbook()
    ws = wb.active
    ws.title = "LEA projects"
    ws["A1"] = "European Union / EUAM Ukraine - projects in the law enforcement sector"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Input to the Sector Working Group 'Law Enforcement Activities', meeting of March 2021"
    ws["A3"] = "Amounts in EUR"
    ws["A3"].font = Font(italic=True)
    hdr = [
        "No",
        "Project title",
        "Funding",
        "Implementer",
        "Beneficiary",
        "Priority (SWG 2021)",
        "Period",
        "Total budget, EUR",
        "2021, EUR",
        "Status",
    ]
    r0 = 5
    for c, h in enumerate(hdr, 1):
        ws.cell(row=r0, column=c, value=h)
    style_header(ws, r0, len(hdr))
    rows = [
        (
            "Mobile surveillance capacities of the State Border Guard Service",
            "EU",
            "ICMPD",
            "ДПСУ / SBGS",
            "Забезпечення безпеки державного кордону",
            "01/2020 - 12/2022",
            4200000,
            1450000,
            "Ongoing",
            [("EU", 1.0)],
            "BORDER_SECURITY",
            "funded",
        ),
        (
            "Passenger lanes and e-queue at Krakovets and Shehyni checkpoints",
            "EU",
            "IOM",
            "ДПСУ, ДМС",
            "Зручний перетин кордону",
            "07/2021 - 06/2023",
            6000000,
            900000,
            "Signed",
            [("EU", 1.0)],
            "BORDER_CROSSING",
            "funded",
        ),
        (
            "Advisory support on custody records in police temporary detention facilities\n"
            "Консультативна підтримка щодо впровадження Custody Records",
            "EUAM",
            "EUAM",
            "НПУ",
            "Custody Records (прозора система реєстрації затриманих)",
            "2021",
            180000,
            180000,
            "Ongoing",
            [("EUAM", 1.0)],
            "CUSTODY",
            "funded",
        ),
        (
            "Container control at Odesa and Chornomorsk sea ports",
            "EU",
            "UNODC",
            "НПУ, Держмитслужба",
            "Протидія незаконному обігу наркотиків",
            "03/2021 - 02/2024",
            2500000,
            520000,
            "Ongoing",
            [("EU", 1.0)],
            "DRUGS",
            "funded",
        ),
        (
            "Cybercrime investigation capacity of the Cyber Police Department",
            "EU",
            "Council of Europe",
            "НПУ (Департамент кіберполіції)",
            "Інше (кіберзлочинність)",
            "2020 - 2021",
            1100000,
            600000,
            "Ongoing",
            [("EU", 1.0)],
            "OTHER",
            "funded",
        ),
        (
            "Community safety partnerships in Donetsk and Luhansk oblasts",
            "EU (70%) / Denmark (30%)",
            "UNDP",
            "НПУ, ДСНС",
            "Поліцейська діяльність, орієнтована на громаду",
            "01/2021 - 12/2023",
            3000000,
            800000,
            "Ongoing",
            [("EU", 0.7), ("Denmark", 0.3)],
            "COMMUNITY_POLICING",
            "funded",
        ),
        (
            "Victim identification training for border guards",
            "EUAM",
            "EUAM",
            "ДПСУ",
            "Протидія торгівлі людьми",
            "2022",
            150000,
            0,
            "Planned",
            [("EUAM", 1.0)],
            "TRAFFICKING",
            "pipeline",
        ),
    ]
    r = r0
    for i, row in enumerate(rows, 1):
        r += 1
        title, fund, impl, ben, prio, per, tot, y21, st, parts, P, S = row
        vals = [i, title, fund, impl, ben, prio, per, tot, y21 if y21 else "-", st]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            cell.alignment = WRAP
            if c in (8, 9) and isinstance(v, (int, float)):
                cell.number_format = "#,##0"
        for p, sh in parts:
            exp(title.split("\n")[0], p, P, S, "EUR", y21 * sh)
    r += 1
    tot = sum(x[6] for x in rows)
    t21 = sum(x[7] for x in rows)
    assert tot == 17130000 and t21 == 4450000
    ws.cell(row=r, column=2, value="TOTAL")
    ws.cell(row=r, column=8, value=tot).number_format = "#,##0"
    ws.cell(row=r, column=9, value=t21).number_format = "#,##0"
    for c in range(1, len(hdr) + 1):
        ws.cell(row=r, column=c).font = BOLD
        ws.cell(row=r, column=c).fill = TOT_FILL
    r += 2
    ws.cell(
        row=r,
        column=1,
        value="Notes: the 'Priority' column uses the wording of the SWG 2021 list of "
        "sector priorities. For co-funded projects the full budget is shown; shares in brackets.",
    )
    ws.cell(row=r + 1, column=1, value="EUAM projects are financed from the EUAM project cell budget.")
    widths(ws, [5, 55, 22, 16, 20, 40, 18, 16, 14, 12])
    ws.freeze_panes = "C6"
    ws.cell(row=r0 + 4, column=6).comment = Comment(
        "Drug trafficking via containers (SWG priority on drugs)", "EUD"
    )
    wb.save(os.path.join(raw, "bd01_EU_EUAM_LEA_projects_2021.xlsx"))


# ------------------------------------------------------------------------------------------------
def bd02(raw):
    wb = Workbook()
    ws = wb.active
    ws.title = "INL Ukraine"
    ws["A1"] = (
        "U.S. Department of State - Bureau of International Narcotics and Law Enforcement Affairs (INL), "
        "U.S. Embassy Kyiv"
    )
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Law enforcement assistance to the MIA system - status as of March 1, 2021"
    hdr = [
        "#",
        "Project",
        "Implementer",
        "Ukrainian counterpart",
        "Start",
        "End",
        "Total value, USD",
        "Status",
        "Short description",
    ]
    r0 = 4
    for c, h in enumerate(hdr, 1):
        ws.cell(row=r0, column=c, value=h)
    style_header(ws, r0, len(hdr))
    groups = [
        (
            "PRIORITY: COUNTERING DRUG CRIME",
            "DRUGS",
            [
                (
                    "Canine units of the National Police: training and equipment",
                    "INL direct",
                    "NPU",
                    date(2020, 10, 1),
                    date(2022, 9, 30),
                    850000,
                    "Ongoing",
                    "Dog handler courses, kennels, transport vehicles and veterinary support for canine teams.",
                ),
                (
                    "Field identification kits and laboratory reagents",
                    "INL direct",
                    "NPU, Expert Service of the MIA",
                    date(2021, 4, 1),
                    date(2022, 3, 31),
                    300000,
                    "In implementation",
                    "Supply of test kits for patrol and investigative units and reagents for regional labs.",
                ),
            ],
        ),
        (
            "PRIORITY: COMBATING DOMESTIC VIOLENCE",
            "DOMESTIC_VIOLENCE",
            [
                (
                    "POLINA mobile response teams: expansion to five oblasts",
                    "ABA",
                    "NPU",
                    date(2020, 7, 1),
                    date(2022, 6, 30),
                    1200000,
                    "Ongoing",
                    "Vehicles, equipment and training; standard operating procedures; data collection.",
                ),
            ],
        ),
        (
            "PRIORITY: BORDER SECURITY",
            "BORDER_SECURITY",
            [
                (
                    "Patrol boats for the Maritime Guard in the Azov Sea",
                    "INL direct / EXBS",
                    "SBGS",
                    date(2021, 1, 1),
                    date(2023, 12, 31),
                    5400000,
                    "Ongoing",
                    "Delivery of Island-class boats, maintenance and crew training.",
                ),
            ],
        ),
        (
            "PRIORITY: COUNTERING TRAFFICKING IN PERSONS",
            "TRAFFICKING",
            [
                (
                    "Investigative capacity of the National Police counter-trafficking units",
                    "IOM",
                    "NPU",
                    date(2019, 10, 1),
                    date(2021, 9, 30),
                    900000,
                    "Ongoing",
                    "Training, case mentoring, victim-centred approach, cooperation with NGOs.",
                ),
            ],
        ),
        (
            "OTHER LAW ENFORCEMENT ASSISTANCE (NOT LINKED TO SWG PRIORITIES)",
            "OTHER",
            [
                (
                    "Police education reform: new curricula for basic training",
                    "INL direct",
                    "NPU, MIA universities",
                    date(2021, 1, 1),
                    date(2022, 12, 31),
                    700000,
                    "Ongoing",
                    "Competency-based curricula, instructor development for police training centres.",
                ),
            ],
        ),
    ]
    r = r0
    n = 0
    grand = 0
    for head, P, projs in groups:
        r += 1
        ws.cell(row=r, column=1, value=head)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(hdr))
        ws.cell(row=r, column=1).font = BOLD
        ws.cell(row=r, column=1).fill = GRP_FILL
        sub = 0
        for title, impl, cp, s, e, tot, st, desc in projs:
            r += 1
            n += 1
            vals = [n, title, impl, cp, s, e, tot, st, desc]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.border = BOX
                cell.alignment = WRAP
            ws.cell(row=r, column=5).number_format = "mm/dd/yyyy"
            ws.cell(row=r, column=6).number_format = "mm/dd/yyyy"
            ws.cell(row=r, column=7).number_format = "$#,##0"
            sub += tot
            status = "pipeline" if st.lower().startswith(("proposed", "planned")) else "funded"
            exp(title, "USA", P, status, "USD", share_2021(tot, s, e))
        r += 1
        ws.cell(row=r, column=2, value="Subtotal").font = Font(italic=True)
        ws.cell(row=r, column=7, value=sub).number_format = "$#,##0"
        ws.cell(row=r, column=7).font = Font(italic=True)
        grand += sub
    r += 1
    assert grand == 9350000
    ws.cell(row=r, column=2, value="TOTAL INL")
    ws.cell(row=r, column=7, value=grand).number_format = "$#,##0"
    for c in range(1, len(hdr) + 1):
        ws.cell(row=r, column=c).font = BOLD
        ws.cell(row=r, column=c).fill = TOT_FILL
    r += 2
    ws.cell(
        row=r,
        column=1,
        value="Projects are grouped under the SWG 2021 priority they mainly serve. "
        "Values are total obligated amounts for the whole project period.",
    )
    widths(ws, [4, 52, 16, 24, 12, 12, 16, 16, 60])
    ws.freeze_panes = "C5"
    wb.save(os.path.join(raw, "bd02_US_INL_assistance_LEA.xlsx"))


# ------------------------------------------------------------------------------------------------
PRIO_UA = [
    "Торгівля людьми",
    "Домашнє насильство",
    "Наркозлочинність",
    "Поліція громади",
    "Custody Records / ІТТ",
    "Безпека кордону",
    "Перетин кордону",
    "Нелегальна міграція",
    "COVID-19",
    "Інше",
]
PRIO_CODES = [
    "TRAFFICKING",
    "DOMESTIC_VIOLENCE",
    "DRUGS",
    "COMMUNITY_POLICING",
    "CUSTODY",
    "BORDER_SECURITY",
    "BORDER_CROSSING",
    "ILLEGAL_MIGRATION",
    "COVID19",
    "OTHER",
]


def bd03(raw):
    wb = Workbook()
    ws = wb.active
    ws.title = "МТД 2021"
    ws["A1"] = (
        "Проєкти міжнародної технічної допомоги, що фінансуються Федеративною Республікою Німеччина "
        "(Федеральне міністерство закордонних справ), у сфері правоохоронної діяльності"
    )
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "станом на 01.03.2021"
    ws["A3"] = "тис. євро"
    ws["A3"].font = Font(italic=True)
    base = [
        "№ з/п",
        "Назва проєкту",
        "Виконавець",
        "Бенефіціар",
        "Період реалізації",
        "Загальний бюджет, тис. євро",
    ]
    tail = ["Статус", "Примітка"]
    r0 = 5
    nb = len(base)
    for c, h in enumerate(base, 1):
        ws.cell(row=r0, column=c, value=h)
        ws.merge_cells(start_row=r0, start_column=c, end_row=r0 + 1, end_column=c)
    ws.cell(row=r0, column=nb + 1, value="Фінансування у 2021 р. за пріоритетами сектору (тис. євро)")
    ws.merge_cells(start_row=r0, start_column=nb + 1, end_row=r0, end_column=nb + 10)
    for i, p in enumerate(PRIO_UA):
        ws.cell(row=r0 + 1, column=nb + 1 + i, value=p)
    for j, h in enumerate(tail):
        c = nb + 11 + j
        ws.cell(row=r0, column=c, value=h)
        ws.merge_cells(start_row=r0, start_column=c, end_row=r0 + 1, end_column=c)
    ncol = nb + 10 + len(tail)
    style_header(ws, r0, ncol)
    style_header(ws, r0 + 1, ncol)
    ws.row_dimensions[r0 + 1].height = 45
    rows = [
        (
            "Офіцери поліції громад: навчання та оснащення (Житомирська, Черкаська обл.)",
            "GIZ",
            "НПУ",
            "2020-2022",
            1200.0,
            "COMMUNITY_POLICING",
            400.0,
            "триває",
            "",
            [("Germany", 1.0)],
            "funded",
        ),
        (
            "Спеціалізовані групи реагування на домашнє насильство: підготовка інструкторів",
            "GIZ",
            "НПУ",
            "04.2020-03.2022",
            650.0,
            "DOMESTIC_VIOLENCE",
            210.5,
            "триває",
            "",
            [("Germany", 1.0)],
            "funded",
        ),
        (
            "Гуманітарне розмінування: обладнання для піротехнічних підрозділів ДСНС",
            "HALO Trust",
            "ДСНС",
            "2021-2023",
            2000.0,
            "OTHER",
            750.0,
            "триває",
            "",
            [("Germany", 1.0)],
            "funded",
        ),
        (
            "Електронний реєстр осіб, затриманих в ізоляторах тимчасового тримання",
            "Рада Європи",
            "НПУ, МВС",
            "01.2021-12.2022",
            480.0,
            "CUSTODY",
            160.0,
            "триває",
            "",
            [("Germany", 1.0)],
            "funded",
        ),
        (
            "Ідентифікація та документування нелегальних мігрантів: спроможність ДМС",
            "ICMPD",
            "ДМС",
            "2020-2022",
            900.0,
            "ILLEGAL_MIGRATION",
            300.0,
            "триває",
            "Співфінансування: Німеччина - 60 %, Нідерланди - 40 %. Суми наведено загалом.",
            [("Germany", 0.6), ("Netherlands", 0.4)],
            "funded",
        ),
        (
            "Засоби індивідуального захисту для прикордонних підрозділів у період пандемії",
            "GIZ",
            "ДПСУ",
            "01.2021-12.2021",
            350.0,
            "COVID19",
            350.0,
            "виконано",
            "",
            [("Germany", 1.0)],
            "funded",
        ),
        (
            "Модернізація пункту пропуску «Ягодин»: додаткові смуги руху",
            "GIZ",
            "ДПСУ, Держмитслужба",
            "2022-2024",
            3000.0,
            "BORDER_CROSSING",
            None,
            "планується",
            "фінансування з 2022 р.",
            [("Germany", 1.0)],
            "pipeline",
        ),
    ]
    r = r0 + 1
    coltot = [0.0] * 10
    for i, (title, impl, ben, per, tot, P, y21, st, note, parts, S) in enumerate(rows, 1):
        r += 1
        vals = [i, title, impl, ben, per, tot]
        for c, v in enumerate(vals, 1):
            ws.cell(row=r, column=c, value=v)
        ws.cell(row=r, column=6).number_format = "#,##0.0"
        k = PRIO_CODES.index(P)
        cell = ws.cell(row=r, column=nb + 1 + k, value=y21 if y21 is not None else "x")
        cell.number_format = "#,##0.0"
        cell.alignment = Alignment(horizontal="center")
        if y21 is not None:
            coltot[k] += y21
        ws.cell(row=r, column=nb + 11, value=st)
        ws.cell(row=r, column=nb + 12, value=note or None)
        for c in range(1, ncol + 1):
            ws.cell(row=r, column=c).border = BOX
            if c in (2, 3, 4, nb + 12):
                ws.cell(row=r, column=c).alignment = WRAP
        for p, sh in parts:
            exp(title, p, P, S, "EUR", (y21 or 0) * 1000 * sh)
    r += 1
    ws.cell(row=r, column=2, value="Усього")
    tot = sum(x[4] for x in rows)
    assert abs(tot - 8580.0) < 1e-9 and abs(sum(coltot) - 2170.5) < 1e-9
    ws.cell(row=r, column=6, value=tot).number_format = "#,##0.0"
    for k in range(10):
        if coltot[k]:
            ws.cell(row=r, column=nb + 1 + k, value=coltot[k]).number_format = "#,##0.0"
    for c in range(1, ncol + 1):
        ws.cell(row=r, column=c).font = BOLD
        ws.cell(row=r, column=c).fill = TOT_FILL
        ws.cell(row=r, column=c).border = BOX
    r += 2
    ws.cell(
        row=r,
        column=1,
        value="Примітка: обсяг фінансування 2021 р. зазначено у колонці пріоритету сектору, "
        "якому проєкт переважно відповідає; «x» - проєкт, фінансування якого у 2021 р. не передбачено.",
    )
    widths(ws, [5, 50, 14, 16, 15, 12] + [11] * 10 + [11, 40])
    ws.freeze_panes = ws.cell(row=r0 + 2, column=3)
    wb.save(os.path.join(raw, "bd03_Germany_AA_MTD_2021.xlsx"))


# ------------------------------------------------------------------------------------------------
def bd04(raw):
    def d(s):
        dd, mm, yy = s.split("/")
        return date(int(yy), int(mm), int(dd))

    rows = [
        (
            "CSSF-UA-101",
            "Specialised police units for cases of family violence",
            "La Strada Ukraine",
            "NPU",
            "5",
            "01/04/2020",
            "31/03/2022",
            620000,
            "Active",
            "DOMESTIC_VIOLENCE",
            "funded",
        ),
        (
            "CSSF-UA-102",
            "Police community officers in hromadas of Donetsk oblast",
            "Crown Agents",
            "NPU",
            "7",
            "01/04/2021",
            "31/03/2023",
            1150000,
            "Active",
            "COMMUNITY_POLICING",
            "funded",
        ),
        (
            "CSSF-UA-103",
            "Integrity and anti-corruption framework of the Ministry of Internal Affairs",
            "Transparency International Ukraine",
            "MIA",
            "0",
            "01/10/2020",
            "30/09/2021",
            280000,
            "Active",
            "OTHER",
            "funded",
        ),
        (
            "CSSF-UA-104",
            "Asylum procedures and detention of irregular migrants",
            "UNHCR",
            "SMS",
            "3, 8",
            "01/04/2021",
            "31/03/2022",
            400000,
            "Approved",
            "ILLEGAL_MIGRATION",
            "funded",
        ),
        (
            "CSSF-UA-105",
            "Joint investigations of trafficking cases with Moldova and Romania",
            "IOM",
            "NPU, SBGS",
            "4, 1",
            "01/04/2021",
            "31/03/2022",
            210000,
            "Pipeline - subject to ministerial approval",
            "TRAFFICKING",
            "pipeline",
        ),
    ]
    path = os.path.join(raw, "bd04_UK_CSSF_LEA_2021.csv")
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(["British Embassy Kyiv - Conflict, Stability and Security Fund (CSSF) Ukraine programme"])
        w.writerow(
            ["Law enforcement sector projects - submission to SWG 'Law Enforcement Activities' (2021)"]
        )
        w.writerow([])
        w.writerow(
            [
                "Ref",
                "Project title",
                "Implementer",
                "Beneficiary",
                "SWG priority no.",
                "Start",
                "End",
                "Budget (GBP)",
                "Status",
            ]
        )
        tot = 0
        for ref, title, impl, ben, pn, s, e, b, st, P, S in rows:
            w.writerow([ref, title, impl, ben, pn, s, e, f"£{b:,}", st])
            tot += b
            exp(title, "UK", P, S, "GBP", share_2021(b, d(s), d(e)))
        assert tot == 2660000
        w.writerow(["", "TOTAL", "", "", "", "", "", f"£{tot:,}", ""])
        w.writerow([])
        w.writerow(
            [
                "Note: SWG priority numbers: 1 = Security of the state border; 2 = Convenient border crossing; "
                "3 = Countering irregular migration; 4 = Countering trafficking in human beings; "
                "5 = Countering domestic violence; 6 = Countering drug crime; 7 = Community policing; "
                "8 = Custody records (transparent register of detained persons); 9 = COVID-19 response; "
                "0 = not linked to a SWG priority."
            ]
        )
        w.writerow(["Where two numbers are given, the first is the main priority of the project."])
        w.writerow(["Budgets are for the full project period (UK financial years run April-March)."])


# ------------------------------------------------------------------------------------------------
def parse_period(p):
    """'2020-2022', '03/2021-02/2023', '2021'."""
    a, _, b = p.replace("–", "-").partition("-")
    a, b = a.strip(), (b.strip() or a.strip())

    def one(x, first):
        if "/" in x:
            m, y = x.split("/")
            m, y = int(m), int(y)
            return date(y, m, 1) if first else month_end(y, m)
        y = int(x)
        return date(y, 1, 1) if first else date(y, 12, 31)

    return one(a, True), one(b, False)


def bd05(raw):
    wb = Workbook()
    ws = wb.active
    ws.title = "Sweden LEA"
    ws["A1"] = "Embassy of Sweden in Kyiv / Sida - contributions relevant to the law enforcement sector"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = (
        "For the SWG 'Law Enforcement Activities', 2021. Amounts in SEK (agreed amounts, whole period)."
    )
    hdr = ["No", "Title", "Agreement partner", "Beneficiary", "Period", "Amount, SEK", "Status", "Опис"]
    r0 = 4
    for c, h in enumerate(hdr, 1):
        ws.cell(row=r0, column=c, value=h)
    style_header(ws, r0, len(hdr))
    rows = [
        (
            "Mobile groups responding to violence in families",
            "UNFPA",
            "НПУ",
            "2020-2022",
            12000000,
            "Ongoing",
            "Створення та оснащення мобільних груп поліції для реагування на випадки домашнього насильства у "
            "десяти областях; навчання поліцейських; програми для кривдників.",
            "DOMESTIC_VIOLENCE",
            "funded",
        ),
        (
            "Temporary detention facilities: electronic register",
            "Council of Europe",
            "НПУ",
            "03/2021-02/2023",
            6500000,
            "Ongoing",
            "Запровадження електронної системи обліку осіб, доставлених та затриманих у ІТТ (Custody Records), "
            "відеофіксація, навчання чергових частин.",
            "CUSTODY",
            "funded",
        ),
        (
            "Readmission of irregular migrants",
            "IOM",
            "ДМС",
            "2021-2023",
            9000000,
            "Ongoing",
            "Підтримка ДМС у виконанні угод про реадмісію, добровільне повернення осіб, які незаконно перебувають "
            "в Україні, облаштування пунктів тимчасового перебування.",
            "ILLEGAL_MIGRATION",
            "funded",
        ),
        (
            "Sanitary points at checkpoints during the pandemic",
            "UNDP",
            "ДПСУ",
            "04/2020-03/2021",
            3000000,
            "Completed",
            "Облаштування санітарно-карантинних пунктів у пунктах пропуску через державний кордон, засоби "
            "захисту та тести на COVID-19 для прикордонників.",
            "COVID19",
            "funded",
        ),
        (
            "Digital evidence laboratory for the cyber police",
            "Swedish Police Authority",
            "НПУ",
            "2021-2022",
            4200000,
            "Ongoing",
            "Лабораторія цифрових доказів для Департаменту кіберполіції: програмне забезпечення для аналізу "
            "мобільних пристроїв, навчання фахівців.",
            "OTHER",
            "funded",
        ),
        (
            "Forensic equipment for the Expert Service of the MIA",
            "Swedish National Forensic Centre",
            "Експертна служба МВС",
            "07/2021-06/2022",
            5000000,
            "Agreement under preparation",
            "Обладнання для балістичних, трасологічних та дактилоскопічних досліджень регіональних "
            "науково-дослідних експертно-криміналістичних центрів.",
            "OTHER",
            "pipeline",
        ),
        (
            "Local safety councils and police station officers",
            "UNDP",
            "НПУ, ОМС",
            "2019-2021",
            7500000,
            "Ongoing",
            "Ради безпеки громад, поліцейські станції та офіцери громади, спільне з органами місцевого "
            "самоврядування планування заходів безпеки.",
            "COMMUNITY_POLICING",
            "funded",
        ),
    ]
    r = r0
    tot = 0
    for i, (title, impl, ben, per, amt, st, desc, P, S) in enumerate(rows, 1):
        r += 1
        for c, v in enumerate([i, title, impl, ben, per.replace("-", " – "), amt, st, desc], 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            cell.alignment = WRAP
        ws.cell(row=r, column=6).number_format = "#,##0"
        s, e = parse_period(per)
        exp(title, "Sweden", P, S, "SEK", share_2021(amt, s, e))
        tot += amt
    assert tot == 47200000
    r += 1
    ws.cell(row=r, column=2, value="Total")
    ws.cell(row=r, column=6, value=tot).number_format = "#,##0"
    for c in range(1, len(hdr) + 1):
        ws.cell(row=r, column=c).font = BOLD
        ws.cell(row=r, column=c).fill = TOT_FILL
    r += 2
    ws.cell(
        row=r,
        column=1,
        value="All contributions are financed by Sweden through Sida; agreement partners "
        "implement. Descriptions as provided by the beneficiaries.",
    )
    widths(ws, [4, 48, 26, 18, 20, 14, 24, 80])
    wb.save(os.path.join(raw, "bd05_Sweden_Sida_LEA.xlsx"))


# ------------------------------------------------------------------------------------------------
def bd06(raw):
    rows = [
        (
            "Повышение квалификации следователей по делам о торговле людьми",
            "НПУ, Офис Генпрокурора",
            "Противодействие торговле людьми - подготовка следователей и прокуроров",
            "01.2021-12.2021",
            95000,
            95000,
            "реализуется",
            "Часть тренингов переведена в онлайн из-за ограничений COVID-19",
            "TRAFFICKING",
            "funded",
        ),
        (
            "Приборы ночного видения для пограничных нарядов",
            "ГПСУ",
            "Укрепление охраны госграницы на участках вне пунктов пропуска",
            "2021",
            140000,
            140000,
            "реализуется",
            "",
            "BORDER_SECURITY",
            "funded",
        ),
        (
            "Молодёжь без наркотиков: профилактика в школах совместно с ювенальной полицией",
            "НПУ, МОН",
            "Борьба с незаконным оборотом наркотиков: профилактика и снижение спроса",
            "2020-2022",
            210000,
            70000,
            "реализуется",
            "",
            "DRUGS",
            "funded",
        ),
        (
            "Электронная очередь в пунктах пропуска на границе с Молдовой",
            "ГПСУ, Госпогранслужба Молдовы",
            "Упрощение и ускорение пересечения границы гражданами, сокращение очередей",
            "07.2021-06.2022",
            180000,
            90000,
            "подписан",
            "",
            "BORDER_CROSSING",
            "funded",
        ),
        (
            "Мониторинг изоляторов временного содержания",
            "НПУ, Уполномоченный ВР по правам человека",
            "Прозрачный учёт задержанных и соблюдение их прав в ИВС",
            "2021",
            60000,
            0,
            "отменён",
            "Средства перераспределены решением Постоянного совета",
            "CUSTODY",
            "cancelled",
        ),
        (
            "Диалог полиции и общин в Приазовье",
            "НПУ, местные советы",
            "Полиция, ориентированная на общину (community policing)",
            "2021-2022",
            120000,
            55000,
            "реализуется",
            "",
            "COMMUNITY_POLICING",
            "funded",
        ),
    ]
    path = os.path.join(raw, "bd06_OSCE_PCU_pravookhr_2021.csv")
    with open(path, "w", encoding="cp1251", newline="") as f:
        w = csv.writer(f, delimiter=";")
        w.writerow(["Координатор проектов ОБСЕ в Украине"])
        w.writerow(
            [
                "Проекты в сфере правоохранительной деятельности (РГ «Правоохранительная деятельность»), "
                "2021 г."
            ]
        )
        w.writerow(["Суммы в евро"])
        w.writerow(
            [
                "№ п/п",
                "Название проекта",
                "Бенефициар",
                "Направление / Sector objective",
                "Сроки",
                "Бюджет, евро",
                "в т.ч. 2021, евро",
                "Статус",
                "Комментарий",
            ]
        )
        tb = t21 = 0
        for i, (title, ben, obj, per, b, y, st, com, P, S) in enumerate(rows, 1):
            w.writerow(
                [i, title, ben, obj, per, f"{b:,}".replace(",", " "), f"{y:,}".replace(",", " "), st, com]
            )
            tb += b
            t21 += y
            exp(title, "OSCE", P, S, "EUR", y)
        assert tb == 805000 and t21 == 450000
        w.writerow(
            ["", "ИТОГО", "", "", "", f"{tb:,}".replace(",", " "), f"{t21:,}".replace(",", " "), "", ""]
        )
        w.writerow([])
        w.writerow(
            [
                "Примечание: все проекты финансируются из Единого бюджета ОБСЕ (Координатор проектов "
                "ОБСЕ в Украине)."
            ]
        )


# ------------------------------------------------------------------------------------------------
def bd07(raw):
    wb = Workbook()
    summ = wb.active
    summ.title = "Зведено"
    sheets = {
        "НПУ": (
            "Національна поліція України",
            [
                (
                    "Кінологічні підрозділи для протидії наркозлочинності",
                    "Норвезька поліція (POD)",
                    None,
                    "2021-2023",
                    3000000,
                    1000000,
                    "триває",
                    "DRUGS",
                    [("Norway", 1.0)],
                    "funded",
                ),
            ],
        ),
        "ДПСУ": (
            "Державна прикордонна служба України",
            [
                (
                    "Морські катери для охорони кордону в Азовському морі",
                    "Kongsberg Maritime",
                    None,
                    "2021-2022",
                    8000000,
                    5000000,
                    "триває",
                    "BORDER_SECURITY",
                    [("Norway", 1.0)],
                    "funded",
                ),
                (
                    "Виявлення потенційних жертв торгівлі людьми в пунктах пропуску",
                    "МОМ",
                    "Протидія торгівлі людьми",
                    "2020-2021",
                    1500000,
                    750000,
                    "триває",
                    "TRAFFICKING",
                    [("Norway", 1.0)],
                    "funded",
                ),
            ],
        ),
        "ДМС": (
            "Державна міграційна служба України",
            [
                (
                    "Пункти тимчасового перебування іноземців: облаштування та харчування",
                    "NRC",
                    "нелегальна міграція",
                    "2021",
                    2200000,
                    2200000,
                    "триває",
                    "ILLEGAL_MIGRATION",
                    [("Norway", 1.0)],
                    "funded",
                ),
            ],
        ),
        "ДСНС": (
            "Державна служба України з надзвичайних ситуацій",
            [
                (
                    "Пожежно-рятувальні автомобілі для місцевих пожежних команд",
                    "ПРООН",
                    "Інше",
                    "2021-2022",
                    6000000,
                    4000000,
                    "триває",
                    "OTHER",
                    [("Norway", 0.75), ("UNDP", 0.25)],
                    "funded",
                ),
                (
                    "Дезінфекційні засоби та тести для рятувальників",
                    "ПРООН",
                    "COVID-19",
                    "03.2020-02.2021",
                    900000,
                    150000,
                    "завершено",
                    "COVID19",
                    [("Norway", 1.0)],
                    "funded",
                ),
            ],
        ),
    }
    hdr = [
        "№",
        "Назва проєкту",
        "Виконавець",
        "Напрям (пріоритет сектору)",
        "Термін реалізації",
        "Бюджет, NOK",
        "у т.ч. 2021, NOK",
        "Статус",
        "Примітка",
    ]
    summ["A1"] = "Королівство Норвегія - проєкти МТД у секторі «Правоохоронна діяльність» (2021)"
    summ["A1"].font = Font(bold=True, size=12)
    summ["A3"] = "Бенефіціар"
    summ["B3"] = "Кількість проєктів"
    summ["C3"] = "Бюджет, NOK"
    summ["D3"] = "у т.ч. 2021, NOK"
    style_header(summ, 3, 4)
    sr = 3
    gb = g21 = 0
    for sh, (full, projs) in sheets.items():
        ws = wb.create_sheet(sh)
        ws["A1"] = "Королівство Норвегія - проєкти МТД у секторі «Правоохоронна діяльність» (2021)"
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = "Бенефіціар: " + full
        for c, h in enumerate(hdr, 1):
            ws.cell(row=4, column=c, value=h)
        style_header(ws, 4, len(hdr))
        r = 4
        sb = s21 = 0
        for i, (title, impl, nap, per, b, y, st, P, parts, S) in enumerate(projs, 1):
            r += 1
            note = None
            if len(parts) > 1:
                note = "Співфінансування: Норвегія 75 %, ПРООН (власні ресурси) 25 %"
            for c, v in enumerate([i, title, impl, nap, per, b, y, st, note], 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.border = BOX
                cell.alignment = WRAP
            ws.cell(row=r, column=6).number_format = "#,##0"
            ws.cell(row=r, column=7).number_format = "#,##0"
            sb += b
            s21 += y
            for p, shr in parts:
                exp(title, p, P, S, "NOK", y * shr)
        r += 1
        ws.cell(row=r, column=2, value="Разом").font = BOLD
        ws.cell(row=r, column=6, value=sb).font = BOLD
        ws.cell(row=r, column=7, value=s21).font = BOLD
        widths(ws, [4, 55, 22, 28, 16, 14, 16, 12, 40])
        sr += 1
        summ.cell(row=sr, column=1, value=sh)
        summ.cell(row=sr, column=2, value=len(projs))
        summ.cell(row=sr, column=3, value=sb)
        summ.cell(row=sr, column=4, value=s21)
        gb += sb
        g21 += s21
    assert gb == 21600000 and g21 == 13100000
    sr += 1
    summ.cell(row=sr, column=1, value="Усього").font = BOLD
    summ.cell(row=sr, column=2, value=6).font = BOLD
    summ.cell(row=sr, column=3, value=gb).font = BOLD
    summ.cell(row=sr, column=4, value=g21).font = BOLD
    summ.cell(row=sr + 2, column=1, value="Напрям зазначено, якщо він не випливає з назви проєкту.")
    widths(summ, [14, 20, 16, 18])
    lk = wb.create_sheet("довідник")
    for i, p in enumerate(
        [
            "Протидія торгівлі людьми",
            "Протидія домашньому насильству",
            "Протидія наркозлочинності",
            "Поліція громади",
            "Custody Records",
            "Безпека кордону",
            "Зручний перетин кордону",
            "нелегальна міграція",
            "COVID-19",
            "Інше",
        ],
        1,
    ):
        lk.cell(row=i, column=1, value=p)
    lk.sheet_state = "hidden"
    wb.save(os.path.join(raw, "bd07_Norway_MTD_LEA_2021.xlsx"))


# ------------------------------------------------------------------------------------------------
PRIO_EN = [
    "Trafficking in persons",
    "Domestic violence",
    "Drug crime",
    "Community policing",
    "Custody records",
    "Border security",
    "Border crossing",
    "Irregular migration",
    "COVID-19",
    "Other",
]


def bd08(raw):
    wb = Workbook()
    ws = wb.active
    ws.title = "PSOPs Ukraine"
    ws["A1"] = (
        "Government of Canada - Global Affairs Canada, Peace and Stabilization Operations Program "
        "(PSOPs): law enforcement projects in Ukraine"
    )
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Mapping against the SWG 'Law Enforcement Activities' priorities, 2021. Amounts in CAD."
    hdr = ["Project", "Implementer", "Beneficiary", "Period", "Total, CAD", "2021, CAD", "Status"] + PRIO_EN
    r0 = 4
    for c, h in enumerate(hdr, 1):
        ws.cell(row=r0, column=c, value=h)
    style_header(ws, r0, len(hdr))
    ws.row_dimensions[r0].height = 40
    rows = [
        (
            "Gender-sensitive response to violence at home: training for patrol officers",
            "RCMP / CPM",
            "NPU",
            "04/2020 - 03/2022",
            1800000,
            900000,
            "Ongoing",
            {"DOMESTIC_VIOLENCE": "X", "COMMUNITY_POLICING": "(x)"},
            "funded",
        ),
        (
            "Video recording in custody areas of police stations",
            "RCMP / CPM",
            "NPU",
            "01/2021 - 12/2022",
            750000,
            400000,
            "Ongoing",
            {"CUSTODY": "X"},
            "funded",
        ),
        (
            "Border guard leadership and integrity programme",
            "Canada Border Services Agency",
            "SBGS",
            "2019 - 2021",
            1200000,
            380000,
            "Ongoing",
            {"BORDER_SECURITY": "X", "TRAFFICKING": "(x)"},
            "funded",
        ),
        (
            "Cybercrime and digital forensics training for investigators",
            "Council of Europe",
            "NPU",
            "2021 - 2023",
            2100000,
            500000,
            "Ongoing",
            {"OTHER": "X"},
            "funded",
        ),
        (
            "Protection-sensitive migration management in Zakarpattia",
            "IOM",
            "SMS, SBGS",
            "07/2021 - 06/2023",
            1500000,
            300000,
            "Proposed",
            {"ILLEGAL_MIGRATION": "X", "TRAFFICKING": "(x)"},
            "pipeline",
        ),
        (
            "PPE and vaccination logistics for frontline police",
            "UNOPS",
            "NPU, NGU",
            "01/2021 - 12/2021",
            600000,
            600000,
            "Ongoing",
            {"COVID19": "X"},
            "funded",
        ),
    ]
    r = r0
    for title, impl, ben, per, tot, y21, st, marks, S in rows:
        r += 1
        for c, v in enumerate([title, impl, ben, per, tot, y21, st], 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            cell.alignment = WRAP
        ws.cell(row=r, column=5).number_format = "#,##0"
        ws.cell(row=r, column=6).number_format = "#,##0"
        for k, code in enumerate(PRIO_CODES):
            cell = ws.cell(row=r, column=8 + k, value=marks.get(code))
            cell.border = BOX
            cell.alignment = Alignment(horizontal="center")
        main = [c for c, m in marks.items() if m == "X"]
        assert len(main) == 1
        exp(title, "Canada", main[0], S, "CAD", y21)
    r += 1
    tt = sum(x[4] for x in rows)
    t21 = sum(x[5] for x in rows)
    assert tt == 7950000 and t21 == 3080000
    ws.cell(row=r, column=1, value="Total")
    ws.cell(row=r, column=5, value=tt).number_format = "#,##0"
    ws.cell(row=r, column=6, value=t21).number_format = "#,##0"
    for c in range(1, len(hdr) + 1):
        ws.cell(row=r, column=c).font = BOLD
        ws.cell(row=r, column=c).fill = TOT_FILL
    r += 2
    ws.cell(
        row=r,
        column=1,
        value="Legend: X - main SWG priority of the project; (x) - the project also "
        "contributes to this priority.",
    )
    ws.cell(
        row=r + 1, column=1, value="CPM - Canadian Police Mission in Ukraine. Funding: Global Affairs Canada."
    )
    widths(ws, [52, 22, 12, 18, 12, 12, 10] + [11] * 10)
    ws.freeze_panes = "B5"
    wb.save(os.path.join(raw, "bd08_Canada_GAC_PSOPs_matrix.xlsx"))


def main():
    out = sys.argv[1]
    raw = os.path.join(out, "raw")
    os.makedirs(raw, exist_ok=True)
    for fn in (bd01, bd02, bd03, bd04, bd05, bd06, bd07, bd08):
        fn(raw)
    titles = {t for t, *_ in EXP}
    assert len(titles) == 50, len(titles)
    with open(os.path.join(out, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["title", "partner", "priority", "status", "currency", "amount_2021"])
        for row in EXP:
            w.writerow(list(row[:5]) + [f"{row[5]:.2f}"])
    print(len(titles), "projects,", len(EXP), "lines")


if __name__ == "__main__":
    main()
