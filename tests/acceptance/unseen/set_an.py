#!/usr/bin/env python3
"""Blind test set AN -- "ordinary returns, each mixing several quirks".

Usage:  python set_an.py OUT_DIR   ->  OUT_DIR/raw/*  and  OUT_DIR/expected.csv

Each file is the kind of plain list a partner (or a beneficiary agency) sends before the 2021 meeting of the
sector working group "Law Enforcement Activities". None of them is exotic on its own, but every file combines
three to five independent quirks from different families: title blocks, two-row headers, units given only in a
header or only in a title line, currency columns mixing codes / symbols / words, mixed date styles in one column,
subtotal and total rows, blank spacer rows, notes blocks, hidden rows or columns, cells merged down over several
rows, status words in English / Ukrainian / Russian, extra sheets (instructions with an example row, chart data),
a cp1251 ';' CSV with decimal commas, co-funded projects.

Conventions for expected.csv (computed below with datetime.date and exact fractions, rounded half-up):
* amount_2021 = the stated 2021 amount where the file has a 2021 column (files 1, 6, 8); otherwise the total
  spread evenly by days over the period (both ends counted). Months: 1st of first month .. last of last month;
  quarters: 1st day of the quarter's first month .. last day of its last month; years only: 1 Jan .. 31 Dec.
* "thousands" / "million" (in a header or in a title line) are multiplied out.
* co-funded projects: one line per funding partner, share x the project's 2021 amount (or the partner's own
  row where the file gives one row per donor, file 8).
* cancelled / pipeline projects keep the money the file shows for them (the status says the rest).
* subtotal / total rows, hidden component rows, example rows, chart-data sheets, notes: NOT projects.
  The script asserts that every stated total adds up.

FILE BY FILE
------------
1. EU_Delegation_LE_sector_projects_12-02-2021.xlsx  (English, partner EU, EUR, 6 projects E1-E6)
   Title block of 4 rows (the 4th says "all amounts in EUR million"). Two-row header: "EU contribution
   (EUR million)" merged over "Total" / "until 2020" / "2021" / "2022 onwards"; the left columns are merged
   vertically over both header rows. Amounts are millions with decimals (1.75 -> 1,750,000) and "–" for
   nothing. The 2021 column is stated -> it is the 2021 amount (E1 1.75m, whereas spreading 4.8m would give
   about 1.6m). E1 and E3 each have two HIDDEN, outline-level-1 "Component" rows below them (collapsed
   group) whose figures add up to the project row -- not projects. TOTAL row at the bottom.
   Implementers (EUBAM/IOM/UNHCR/UNDP/UNODC/Council of Europe) are not partners: EU throughout.
   E4 completed in 2020 (2021 "–") -> 0. E5 "Planned (AAP 2021)" -> pipeline 250,000. E6 "Withdrawn by the
   beneficiary before start" -> cancelled, 300,000 shown.
2. Німеччина_МТД_МВС_перелік_2021.xlsx  (Ukrainian, partner Germany, EUR thousands, 6 projects G1-G6)
   Title block; the unit "суми — тис. євро" is ONLY in the 3rd title line, the header says just "Бюджет,
   всього" -> x1000. Beneficiary column merged down over the projects of each agency (НПУ 3 rows, ДПСУ
   2 rows). "Разом по НПУ" / "Разом по ДПСУ" / "Разом по ДСНС" subtotal rows and "УСЬОГО". Start/end
   columns mix real Excel dates, text "31.12.2022", month words "березень 2021", quarters "II кв. 2021" /
   "IV кв. 2022" and bare years 2019 / 2021 typed as integers (not Excel serials!). Implementers GIZ / BKA /
   THW are not partners: Germany throughout. Status words Ukrainian: виконується / підписано -> funded,
   "планується (очікує погодження)" -> pipeline (G3). G6 budget 480,5 -> 480,500.
3. ОБСЕ_ПКУ_проекты_МВД_2021.csv  (Russian, cp1251, ';', decimal commas, 6 projects O1-O6 / 8 lines)
   OSCE Project Co-ordinator's list: two title lines, header, blank spacer rows between projects, notes block
   under the table. Amounts "318 500,50" (space or no-break space thousands, decimal comma). Currency column
   mixes "€", "долл. США", "швейцарских франков", "евро", "$", "USD". Funding column gives the partner:
   "ОБСЕ – Унифицированный бюджет" -> OSCE (own resources); "США – 60 %, Канада – 40 %" (O2) and
   "Норвегия (50 %), Германия (50 %)" (O4) are co-funded -> one line per partner with its share.
   O5 pipeline ("на согласовании"), O6 cancelled ("отменен"). Status words Russian. No 2021 column -> spread.
4. UK_Embassy_MIA_projects_EN-UA.xlsx  (bilingual English/Ukrainian, partner UK, GBP thousands, 6 projects)
   FIRST sheet is "Instructions | Інструкція" (the MIA template's guidance, with an EXAMPLE row that is not a
   project); the data are on the 2nd sheet; a 3rd sheet "Chart data" sums the budget by priority (not
   projects). Header "Budget, '000 GBP / Бюджет, тис. фунтів" -> x1000 (K4 275.5 -> 275,500). Title cells
   hold two lines "English\\nУкраїнська" -> title = the English first line. Column H ("Previous estimate
   (Nov 2020)") is HIDDEN and holds different, superseded figures. Excel dates. Bilingual statuses.
   K5 "Pipeline / Планується" -> pipeline; K6 ended 31.03.2020 -> 0.
5. SWG_LE_donor_matrix_input_INL_USAID_Feb2021.xlsx  (English, USD, 6 projects U1-U6)
   "Funding agency" column merged down: "INL" over 4 rows -> partner INL (the file names the bureau alone;
   the USA / the Embassy is never named), "USAID" over 2 rows -> USAID. Blank spacer rows between groups,
   "Subtotal INL" / "Subtotal USAID" / "Grand total" rows, notes block (one note names USD 2,000,000 that is
   "not included above" -- not a project). Start/End columns mix Excel dates, "09/30/2022" US text (day>12,
   unambiguous), "March 2021" / "February 2023", "Q3 2021" / "Q2 2023" and bare years "2020" / "2022".
   U3 "Planned" -> pipeline.
6. ДМС_проєкти_МТД_тис_грн_01-02-2021.xlsx  (Ukrainian, UAH thousands, 6 projects D1-D6 / 7 lines)
   The State Migration Service's own list of donor projects. Title block with "(тис. грн)" in the title only;
   two-row header "Вартість проєкту" over "загальна" / "у т.ч. на 2021 рік" -> the 2021 column is the amount.
   Donor column merged down ("Європейський Союз" over D1-D2). D5 co-funded "Швейцарія (70 %), Швеція
   (30 %)" -> two lines, 70 % / 30 % of the stated 2021 figure. D6 "УВКБ ООН (власні кошти)" -> UNHCR.
   "Усього" row; notes block ("Примітки") under the table. Statuses Ukrainian (виконується, завершується,
   розпочато). Decimals in thousands (9 870,4 -> 9,870,400).
7. CoE_Office_Ukraine_MIA_cooperation_projects.xlsx  (English, 6 projects C1-C6 / 7 lines)
   Council of Europe office: section rows "NATIONAL POLICE OF UKRAINE" / "NATIONAL GUARD ..." / "MINISTRY ..."
   (not projects) with blank spacer rows. One "Duration" text column in mixed styles ("01.01.2021 – 31.12.2022",
   "June 2020 – May 2022", "2019–2021", "Q2 2021 – Q1 2023", "1 March 2021 – 28 February 2022",
   "09/2021 – 08/2023"). Currency column mixes "€", "NOK", "Danish kroner", "euro", "EUR", "Norwegian kroner".
   Funding: "CoE ordinary budget" / "CoE – Pompidou Group" -> Council of Europe; "Voluntary contribution –
   Norway/Denmark" -> Norway/Denmark; C4 "EU/CoE joint programme (EU 90 %, CoE 10 %)" -> EU + CoE lines.
   Second sheet "Chart data" with totals by currency (not projects). No 2021 column -> spread.
8. МОМ_Украина_проекты_МВД_тыс_USD.xlsx  (Russian, USD thousands, 6 projects M1-M6 / 7 lines)
   IOM as implementer, donor column gives the partner. Title block; two-row header "Бюджет, тыс. долл. США"
   over "всего" / "в т.ч. 2021" -> stated 2021 x1000. M2 is co-funded with ONE ROW PER DONOR: №, title,
   beneficiary, period and status merged down over the two donor rows (Япония 1 500/700, Германия 500/250)
   -> Japan 700,000 and Germany 250,000. M3 "Государственный департамент США (J/TIP)" -> USA. M4 "МОМ
   (собственные средства)" -> IOM. M5 "на этапе согласования" -> pipeline. "Итого" row.
"""

import csv
import os
import sys
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction as Fr

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

# ----------------------------------------------------------------------------- helpers
Y0, Y1 = date(2021, 1, 1), date(2021, 12, 31)
NB = "\u00a0"


def ndays(s, e):
    return (e - s).days + 1


def days_in_2021(s, e):
    a, b = max(s, Y0), min(e, Y1)
    return max(0, (b - a).days + 1)


def spread(total, s, e):
    assert s <= e
    return Fr(total) * days_in_2021(s, e) / ndays(s, e)


def r2(x):
    x = Fr(x)
    return (Decimal(x.numerator) / Decimal(x.denominator)).quantize(Decimal("0.01"), ROUND_HALF_UP)


def D(s):  # "dd.mm.yyyy"
    d, m, y = map(int, s.split("."))
    return date(y, m, d)


def month_end(y, m):
    nxt = date(y + (m == 12), m % 12 + 1, 1)
    return date.fromordinal(nxt.toordinal() - 1)


def q_start(q, y):
    return date(y, 3 * q - 2, 1)


def q_end(q, y):
    return month_end(y, 3 * q)


EXP = []
TITLES = set()


def new_title(t):
    assert t == t.strip() and "  " not in t
    assert t not in TITLES, t
    TITLES.add(t)
    return t


def add(title, partner, priority, status, currency, amount):
    assert title in TITLES
    assert status in ("funded", "pipeline", "cancelled")
    assert priority in (
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
    )
    EXP.append(
        dict(
            title=title,
            partner=partner,
            priority=priority,
            status=status,
            currency=currency,
            amount_2021=r2(amount),
        )
    )


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HDR_FILL = PatternFill("solid", fgColor="D9E1F2")
SUB_FILL = PatternFill("solid", fgColor="F2F2F2")
BOLD = Font(bold=True)
TITLE_FONT = Font(bold=True, size=13)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(wrap_text=True, horizontal="center", vertical="center")


def put(ws, r, c, v, bold=False, fill=None, fmt=None, border=True, align=WRAP, font=None):
    assert not (isinstance(v, str) and v.startswith("=")), v
    cell = ws.cell(r, c, v)
    if border:
        cell.border = BOX
    cell.alignment = align
    if bold:
        cell.font = BOLD
    if font is not None:
        cell.font = font
    if fill is not None:
        cell.fill = fill
    if fmt:
        cell.number_format = fmt
    return cell


def put_row(ws, r, values, c0=1, **kw):
    for i, v in enumerate(values):
        if v is None:
            if kw.get("border", True):
                ws.cell(r, c0 + i).border = BOX
            continue
        put(ws, r, c0 + i, v, **kw)


def widths(ws, ws_widths):
    for col, w in ws_widths.items():
        ws.column_dimensions[col].width = w


# ============================================================================= file 1: EU Delegation
def file_eu(raw):
    M = Fr(1_000_000)
    # key: title, ben, impl, period text, total, until2020, y2021, y2022+, status text, status, priority, comps
    P = [
        (
            "E1",
            "Joint Border Patrolling and Surveillance Capacity on the Ukrainian–Moldovan Green Border",
            "SBGS",
            "EUBAM / IOM",
            "Dec 2019 – Nov 2022",
            "4.80",
            "1.60",
            "1.75",
            "1.45",
            "Ongoing",
            "funded",
            "BORDER_SECURITY",
            [
                (
                    "Component 1 – Surveillance equipment (thermal cameras, vehicles)",
                    "2.90",
                    "1.00",
                    "1.10",
                    "0.80",
                ),
                ("Component 2 – Joint patrol and risk analysis training", "1.90", "0.60", "0.65", "0.65"),
            ],
        ),
        (
            "E2",
            "Electronic Queue and Pre-arrival Information System for Road Checkpoints",
            "SBGS / State Customs Service",
            "IOM",
            "Mar 2021 – Feb 2023",
            "3.20",
            None,
            "0.90",
            "2.30",
            "Signed – inception phase",
            "funded",
            "BORDER_CROSSING",
            [],
        ),
        (
            "E3",
            "Reception Conditions and Asylum Procedures Support to the State Migration Service",
            "SMS",
            "UNHCR",
            "Jul 2020 – Jun 2022",
            "2.45",
            "0.55",
            "1.20",
            "0.70",
            "Ongoing",
            "funded",
            "ILLEGAL_MIGRATION",
            [
                (
                    "Component A – Temporary accommodation centres (Chernihiv, Mukachevo)",
                    "1.50",
                    "0.35",
                    "0.70",
                    "0.45",
                ),
                (
                    "Component B – Legal aid and interpretation for asylum seekers",
                    "0.95",
                    "0.20",
                    "0.50",
                    "0.25",
                ),
            ],
        ),
        (
            "E4",
            "Community Safety Partnerships in Conflict-Affected Hromadas of Luhansk Oblast",
            "National Police",
            "UNDP",
            "Jun 2018 – Dec 2020",
            "1.50",
            "1.50",
            None,
            None,
            "Completed",
            "funded",
            "COMMUNITY_POLICING",
            [],
        ),
        (
            "E5",
            "Forensic Toxicology Laboratory Equipment for Drug Investigations",
            "National Police / State Research Expert and Forensic Centre",
            "UNODC",
            "Sep 2021 – Aug 2023",
            "2.00",
            None,
            "0.25",
            "1.75",
            "Planned (AAP 2021)",
            "pipeline",
            "DRUGS",
            [],
        ),
        (
            "E6",
            "Digital Case Management for Police Temporary Detention Facilities",
            "National Police",
            "Council of Europe",
            "Jul 2021 – Dec 2022",
            "0.90",
            None,
            "0.30",
            "0.60",
            "Withdrawn by the beneficiary before start",
            "cancelled",
            "CUSTODY",
            [],
        ),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "LE sector"
    ws.sheet_properties.outlinePr.summaryBelow = False
    put(
        ws,
        1,
        1,
        "DELEGATION OF THE EUROPEAN UNION TO UKRAINE",
        border=False,
        font=TITLE_FONT,
        align=Alignment(),
    )
    put(ws, 2, 1, "Cooperation Section – Rule of Law and Security", border=False, align=Alignment())
    put(
        ws,
        3,
        1,
        "EU-funded projects in the Law Enforcement sector (Ministry of Internal Affairs system)",
        border=False,
        bold=True,
        align=Alignment(),
    )
    put(
        ws,
        4,
        1,
        "Situation as of 12 February 2021 · all amounts in EUR million",
        border=False,
        align=Alignment(),
        font=Font(italic=True),
    )
    # two-row header in rows 6-7
    left = ["No.", "Project title", "Beneficiary", "Implementing partner", "Period", "Status"]
    for i, h in enumerate(left, 1):
        put(ws, 6, i, h, bold=True, fill=HDR_FILL, align=CENTER)
        ws.cell(7, i).border = BOX
        ws.merge_cells(start_row=6, start_column=i, end_row=7, end_column=i)
    put(ws, 6, 7, "EU contribution (EUR million)", bold=True, fill=HDR_FILL, align=CENTER)
    for c in range(8, 11):
        ws.cell(6, c).border = BOX
    ws.merge_cells(start_row=6, start_column=7, end_row=6, end_column=10)
    for i, h in enumerate(["Total", "until 2020", "2021", "2022 onwards"], 7):
        put(ws, 7, i, h, bold=True, fill=HDR_FILL, align=CENTER)
    fmt = "0.00"
    r = 8
    tots = [Fr(0)] * 4
    for n, (k, title, ben, imp, per, tot, u20, y21, y22, st_txt, st, pr, comps) in enumerate(P, 1):
        nums = [Fr(x) if x else Fr(0) for x in (tot, u20, y21, y22)]
        assert nums[0] == sum(nums[1:]), k
        vals = [n, new_title(title), ben, imp, per, st_txt] + [
            float(x) if x else "–" for x in (tot, u20, y21, y22)
        ]
        put_row(ws, r, vals, fmt=None)
        for c in range(7, 11):
            ws.cell(r, c).number_format = fmt
            ws.cell(r, c).alignment = Alignment(horizontal="right", vertical="top")
        r += 1
        cs = [Fr(0)] * 4
        for ctitle, *cn in comps:
            put_row(
                ws,
                r,
                [None, "   " + ctitle, None, None, None, None] + [float(x) for x in cn],
                font=Font(italic=True, color="595959"),
            )
            for c in range(7, 11):
                ws.cell(r, c).number_format = fmt
            ws.row_dimensions[r].outlineLevel = 1
            ws.row_dimensions[r].hidden = True
            cs = [a + Fr(b) for a, b in zip(cs, cn, strict=True)]
            r += 1
        if comps:
            assert cs == nums, k
        tots = [a + b for a, b in zip(tots, nums, strict=True)]
        add(title, "EU", pr, st, "EUR", nums[2] * M)
    put_row(
        ws, r, [None, "TOTAL", None, None, None, None] + [float(x) for x in tots], bold=True, fill=SUB_FILL
    )
    for c in range(7, 11):
        ws.cell(r, c).number_format = fmt
    assert tots == [Fr("14.85"), Fr("3.65"), Fr("4.40"), Fr("6.80")]
    ws.freeze_panes = "C8"
    widths(ws, {"A": 5, "B": 58, "C": 26, "D": 20, "E": 20, "F": 24, "G": 9, "H": 10, "I": 9, "J": 12})
    wb.save(os.path.join(raw, "EU_Delegation_LE_sector_projects_12-02-2021.xlsx"))


# ============================================================================= file 2: Germany (UA)
def file_de(raw):
    K = Fr(1000)
    # (ben, title, impl, start cell, end cell, start date, end date, budget '000, status text, status, prio)
    P = [
        (
            "НПУ",
            "Поліція діалогу: розвиток комунікації поліції з громадою у Дніпропетровській області",
            "GIZ",
            date(2020, 1, 15),
            "31.12.2022",
            date(2020, 1, 15),
            date(2022, 12, 31),
            "1200",
            "виконується",
            "funded",
            "COMMUNITY_POLICING",
        ),
        (
            "НПУ",
            "Протидія домашньому насильству: мобільні групи реагування та кризові кімнати",
            "GIZ",
            "березень 2021",
            "лютий 2023",
            date(2021, 3, 1),
            month_end(2023, 2),
            "850",
            "виконується",
            "funded",
            "DOMESTIC_VIOLENCE",
        ),
        (
            "НПУ",
            "Обмін даними та аналітика для розслідування злочинів, пов'язаних з наркотиками",
            "Федеральне відомство кримінальної поліції (BKA)",
            "II кв. 2021",
            "IV кв. 2022",
            q_start(2, 2021),
            q_end(4, 2022),
            "640",
            "планується (очікує погодження)",
            "pipeline",
            "DRUGS",
        ),
        (
            "ДПСУ",
            "Технічне оснащення відділів прикордонної служби на ділянці кордону з Білоруссю",
            "GIZ",
            2019,
            2021,
            date(2019, 1, 1),
            date(2021, 12, 31),
            "2100",
            "виконується",
            "funded",
            "BORDER_SECURITY",
        ),
        (
            "ДПСУ",
            "Облаштування пішохідного пункту пропуску «Шегині» для прискорення перетину кордону",
            "GIZ",
            date(2021, 6, 1),
            date(2022, 5, 31),
            date(2021, 6, 1),
            date(2022, 5, 31),
            "1500",
            "підписано",
            "funded",
            "BORDER_CROSSING",
        ),
        (
            "ДСНС",
            "Засоби індивідуального захисту та дезінфекції для підрозділів ДСНС (COVID-19)",
            "Федеральне агентство технічної допомоги (THW)",
            "квітень 2020",
            "30.06.2021",
            date(2020, 4, 1),
            date(2021, 6, 30),
            "480.5",
            "виконується",
            "funded",
            "COVID19",
        ),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Проєкти"
    put(
        ws,
        1,
        1,
        "Посольство Федеративної Республіки Німеччина в Україні",
        border=False,
        font=TITLE_FONT,
        align=Alignment(),
    )
    put(
        ws,
        2,
        1,
        "Перелік проєктів міжнародної технічної допомоги, що фінансуються Урядом Німеччини, "
        "у секторі правоохоронної діяльності",
        border=False,
        bold=True,
        align=Alignment(),
    )
    put(
        ws,
        3,
        1,
        "(станом на 10.02.2021; суми — тис. євро)",
        border=False,
        align=Alignment(),
        font=Font(italic=True),
    )
    hdr = [
        "№ з/п",
        "Бенефіціар",
        "Назва проєкту",
        "Виконавець",
        "Початок",
        "Завершення",
        "Бюджет, всього",
        "Статус",
    ]
    put_row(ws, 5, hdr, bold=True, fill=HDR_FILL, align=CENTER)
    r = 6
    n = 0
    grand = Fr(0)
    i = 0
    while i < len(P):
        ben = P[i][0]
        grp = [p for p in P if p[0] == ben]
        r0 = r
        sub = Fr(0)
        for b, title, imp, sc, ec, s, e, bud, st_txt, st, pr in grp:
            n += 1
            vals = [n, b if r == r0 else None, new_title(title), imp, sc, ec, float(Fr(bud)), st_txt]
            put_row(ws, r, vals)
            for c, v in ((5, sc), (6, ec)):
                if isinstance(v, date):
                    ws.cell(r, c).number_format = "DD.MM.YYYY"
                elif isinstance(v, int):
                    ws.cell(r, c).number_format = "General"
            ws.cell(r, 7).number_format = "#,##0.0"
            sub += Fr(bud)
            add(title, "Germany", pr, st, "EUR", spread(Fr(bud) * K, s, e))
            r += 1
        if len(grp) > 1:
            ws.merge_cells(start_row=r0, start_column=2, end_row=r - 1, end_column=2)
            ws.cell(r0, 2).alignment = CENTER
        put_row(
            ws,
            r,
            [None, None, f"Разом по {ben}", None, None, None, float(sub), None],
            bold=True,
            fill=SUB_FILL,
        )
        ws.cell(r, 7).number_format = "#,##0.0"
        r += 1
        grand += sub
        i += len(grp)
    put_row(ws, r, [None, None, "УСЬОГО", None, None, None, float(grand), None], bold=True, fill=SUB_FILL)
    ws.cell(r, 7).number_format = "#,##0.0"
    assert grand == Fr("6770.5")
    widths(ws, {"A": 6, "B": 12, "C": 62, "D": 30, "E": 13, "F": 13, "G": 12, "H": 20})
    wb.save(os.path.join(raw, "Німеччина_МТД_МВС_перелік_2021.xlsx"))


# ============================================================================= file 3: OSCE CSV (RU, cp1251)
def file_osce(raw):
    # (title, ben, start, end, amount text, currency text, iso, funding text, shares, status text, status, prio)
    P = [
        (
            "Безопасность журналистов: реагирование полиции на преступления против представителей СМИ",
            "НПУ",
            "01.04.2020",
            "31.03.2022",
            f"318{NB}500,50",
            "€",
            "EUR",
            "ОБСЕ – Унифицированный бюджет",
            [("OSCE", 1)],
            "реализуется",
            "funded",
            "OTHER",
        ),
        (
            "Специализированные мобильные группы полиции по противодействию домашнему насилию в Донецкой и "
            "Луганской областях",
            "НПУ",
            "01.07.2021",
            "30.06.2023",
            "650 000,00",
            "долл. США",
            "USD",
            "США – 60 %, Канада – 40 %",
            [("USA", Fr(60, 100)), ("Canada", Fr(40, 100))],
            "подписан",
            "funded",
            "DOMESTIC_VIOLENCE",
        ),
        (
            "Гуманитарное разминирование: оснащение пиротехнических подразделений ГСЧС в Донецкой и Луганской "
            "областях",
            "ГСЧС",
            "01.10.2020",
            "30.09.2022",
            f"880{NB}000",
            "швейцарских франков",
            "CHF",
            "Швейцария",
            [("Switzerland", 1)],
            "реализуется",
            "funded",
            "OTHER",
        ),
        (
            "Противодействие незаконной миграции: совместные мобильные группы ГПСУ и ГМС",
            "ГПСУ, ГМС",
            "01.03.2021",
            "28.02.2023",
            "1 150 000,00",
            "евро",
            "EUR",
            "Норвегия (50 %), Германия (50 %)",
            [("Norway", Fr(1, 2)), ("Germany", Fr(1, 2))],
            "реализуется",
            "funded",
            "ILLEGAL_MIGRATION",
        ),
        (
            "Выявление признаков торговли людьми при патрулировании: обучение патрульной полиции",
            "НПУ",
            "01.09.2021",
            "31.08.2022",
            "275 000",
            "$",
            "USD",
            "США",
            [("USA", 1)],
            "на согласовании",
            "pipeline",
            "TRAFFICKING",
        ),
        (
            "Безопасное уничтожение изъятых наркотиков и прекурсоров",
            "НПУ",
            "01.01.2021",
            "31.12.2021",
            "190 000,00",
            "USD",
            "USD",
            "США",
            [("USA", 1)],
            "отменен",
            "cancelled",
            "DRUGS",
        ),
    ]
    W = 9
    rows = [
        ["Координатор проектов ОБСЕ в Украине"] + [""] * (W - 1),
        [
            "Перечень проектов в сфере правоохранительной деятельности (МВД, НПУ, ГПСУ, ГМС, ГСЧС), "
            "по состоянию на 01.02.2021"
        ]
        + [""] * (W - 1),
        [""] * W,
        [
            "№",
            "Название проекта",
            "Бенефициар",
            "Начало",
            "Окончание",
            "Бюджет",
            "Валюта",
            "Источник финансирования",
            "Статус",
        ],
    ]
    for n, (title, ben, s, e, amt, cur, iso, fund, shares, st_txt, st, pr) in enumerate(P, 1):
        rows.append([str(n), new_title(title), ben, s, e, amt, cur, fund, st_txt])
        if n in (2, 4):
            rows.append([""] * W)  # blank spacer rows
        total = Fr(amt.replace(NB, "").replace(" ", "").replace(",", "."))
        assert sum(sh for _, sh in shares) == 1
        for partner, sh in shares:
            add(title, partner, pr, st, iso, spread(total * sh, D(s), D(e)))
    rows += [
        [""] * W,
        ["Примечания:"] + [""] * (W - 1),
        [
            "1) Бюджет указан в валюте соглашения с донором; суммы в долларах – доллары США; "
            "десятичный разделитель – запятая."
        ]
        + [""] * (W - 1),
        ["2) Для совместно финансируемых проектов доли доноров указаны в столбце «Источник финансирования»."]
        + [""] * (W - 1),
        ["3) Проект № 6 отменен по решению донора в январе 2021 г., средства перераспределены."]
        + [""] * (W - 1),
        ["Контактное лицо: отдел программ, тел. +380 44 000 00 00"] + [""] * (W - 1),
    ]
    with open(os.path.join(raw, "ОБСЕ_ПКУ_проекты_МВД_2021.csv"), "w", newline="", encoding="cp1251") as f:
        csv.writer(f, delimiter=";").writerows(rows)


# ============================================================================= file 4: UK (bilingual)
def file_uk(raw):
    K = Fr(1000)
    # (en title, ua title, ben, impl, start, end, budget '000, previous estimate, status text, status, prio)
    P = [
        (
            "Serious and Organised Crime: Financial Investigations Capacity of the National Police",
            "Організована злочинність: спроможність Національної поліції до фінансових розслідувань",
            "НПУ / National Police",
            "Crown Agents",
            date(2020, 4, 1),
            date(2022, 3, 31),
            "1350",
            1200,
            "Ongoing / Триває",
            "funded",
            "OTHER",
        ),
        (
            "Countering Human Trafficking in Western Ukraine: Joint Investigation Teams",
            "Протидія торгівлі людьми в Західній Україні: спільні слідчі групи",
            "НПУ / National Police",
            "IOM",
            date(2021, 1, 1),
            date(2021, 12, 31),
            "420",
            400,
            "Signed / Підписано",
            "funded",
            "TRAFFICKING",
        ),
        (
            "Maritime Border Security Mentoring for the Azov Sea Detachment",
            "Менторська підтримка Азовського загону морської охорони ДПСУ",
            "ДПСУ / SBGS",
            "UK Border Force",
            date(2019, 10, 1),
            date(2021, 9, 30),
            "960",
            960,
            "Ongoing / Триває",
            "funded",
            "BORDER_SECURITY",
        ),
        (
            "Gender-Sensitive Policing and Response to Domestic Abuse in Kharkiv Oblast",
            "Ґендерно чутлива поліцейська діяльність і реагування на домашнє насильство в Харківській області",
            "НПУ / National Police",
            "La Strada-Ukraine",
            date(2020, 7, 1),
            date(2021, 6, 30),
            "275.5",
            250,
            "Ongoing / Триває",
            "funded",
            "DOMESTIC_VIOLENCE",
        ),
        (
            "Community Policing Strategy Support to the MIA (Phase 2)",
            "Підтримка МВС у впровадженні стратегії community policing (етап 2)",
            "МВС / MIA",
            "tbc / уточнюється",
            date(2021, 10, 1),
            date(2023, 3, 31),
            "600",
            650,
            "Pipeline / Планується",
            "pipeline",
            "COMMUNITY_POLICING",
        ),
        (
            "Cyber-Enabled Crime Prevention Campaign for Young People",
            "Кампанія з профілактики кіберзлочинності серед молоді",
            "Кіберполіція / Cyber Police",
            "Internews",
            date(2019, 4, 1),
            date(2020, 3, 31),
            "180",
            180,
            "Completed / Завершено",
            "funded",
            "OTHER",
        ),
    ]
    wb = Workbook()
    ins = wb.active
    ins.title = "Instructions | Інструкція"
    lines = [
        (
            "MIA SWG 'Law Enforcement Activities' – partner return template / Шаблон інформації партнерів",
            True,
        ),
        ("", False),
        (
            "1. Please fill in one row per project on the sheet 'Projects | Проєкти'. / Заповніть один рядок "
            "на кожен проєкт на аркуші 'Projects | Проєкти'.",
            False,
        ),
        ("2. Amounts: thousands of the currency of the agreement. / Суми: у тисячах, у валюті угоди.", False),
        ("3. Dates: start and end of implementation. / Дати: початок і завершення реалізації.", False),
        ("4. Status: Ongoing / Signed / Pipeline / Completed / Cancelled.", False),
        ("", False),
        ("Example / Приклад:", True),
    ]
    for i, (t, b) in enumerate(lines, 1):
        put(ins, i, 1, t, bold=b, border=False, align=Alignment())
    ex_hdr = [
        "Project title / Назва проєкту",
        "Beneficiary / Бенефіціар",
        "Start / Початок",
        "End / Завершення",
        "Budget, '000 / Бюджет, тис.",
        "Status / Статус",
    ]
    put_row(ins, 9, ex_hdr, bold=True, fill=HDR_FILL)
    put_row(
        ins,
        10,
        [
            "EXAMPLE: Training of border guards on document security / ПРИКЛАД: навчання "
            "прикордонників з безпеки документів",
            "ДПСУ",
            "01.01.2021",
            "31.12.2021",
            100,
            "Ongoing",
        ],
        font=Font(italic=True, color="808080"),
    )
    widths(ins, {"A": 70, "B": 14, "C": 12, "D": 14, "E": 22, "F": 12})

    ws = wb.create_sheet("Projects | Проєкти")
    hdr = [
        "Project title / Назва проєкту",
        "Beneficiary / Бенефіціар",
        "Implementer / Виконавець",
        "Start / Початок",
        "End / Завершення",
        "Budget, '000 GBP / Бюджет, тис. фунтів стерлінгів",
        "Status / Статус",
        "Previous estimate (Nov 2020), '000 GBP",
    ]
    put_row(ws, 1, hdr, bold=True, fill=HDR_FILL, align=CENTER)
    ws.row_dimensions[1].height = 45
    by_prio = {}
    tot = Fr(0)
    for r, (en, ua, ben, imp, s, e, bud, prev, st_txt, st, pr) in enumerate(P, 2):
        new_title(en)
        put_row(ws, r, [f"{en}\n{ua}", ben, imp, s, e, float(Fr(bud)), st_txt, prev])
        ws.cell(r, 4).number_format = ws.cell(r, 5).number_format = "DD/MM/YYYY"
        ws.cell(r, 6).number_format = ws.cell(r, 8).number_format = "#,##0.0"
        ws.row_dimensions[r].height = 48
        by_prio[pr] = by_prio.get(pr, Fr(0)) + Fr(bud)
        tot += Fr(bud)
        add(en, "UK", pr, st, "GBP", spread(Fr(bud) * K, s, e))
    ws.column_dimensions["H"].hidden = True
    ws.freeze_panes = "B2"
    widths(ws, {"A": 70, "B": 22, "C": 18, "D": 12, "E": 12, "F": 18, "G": 22})
    ws.cell(1, 6).comment = Comment("All amounts in thousands of pounds sterling.", "UK Embassy")

    ch = wb.create_sheet("Chart data")
    put_row(ch, 1, ["Priority (for chart)", "Budget, '000 GBP"], bold=True, fill=HDR_FILL)
    names = {
        "OTHER": "Other / Інше",
        "TRAFFICKING": "Human trafficking",
        "BORDER_SECURITY": "Border security",
        "DOMESTIC_VIOLENCE": "Domestic violence",
        "COMMUNITY_POLICING": "Community policing",
    }
    r = 2
    for pr, v in by_prio.items():
        put_row(ch, r, [names[pr], float(v)])
        r += 1
    put_row(ch, r, ["Total", float(tot)], bold=True)
    assert tot == Fr("3785.5")
    widths(ch, {"A": 28, "B": 18})
    wb.save(os.path.join(raw, "UK_Embassy_MIA_projects_EN-UA.xlsx"))


# ============================================================================= file 5: INL / USAID
def file_usg(raw):
    # (agency, partner, title, ben, start cell, end cell, start, end, amount, status text, status, prio)
    P = [
        (
            "INL",
            "INL",
            "Community Policing Field Training for Patrol Police Officers",
            "National Police",
            date(2020, 10, 1),
            "09/30/2022",
            date(2020, 10, 1),
            date(2022, 9, 30),
            2_400_000,
            "Ongoing",
            "funded",
            "COMMUNITY_POLICING",
        ),
        (
            "INL",
            "INL",
            "Counter-Narcotics Canine and Interdiction Support at Odesa Seaport",
            "SBGS / National Police",
            "March 2021",
            "February 2023",
            date(2021, 3, 1),
            month_end(2023, 2),
            1_100_000,
            "Ongoing",
            "funded",
            "DRUGS",
        ),
        (
            "INL",
            "INL",
            "Custody Records Pilot in Kyiv City Police Stations: Video Recording and Audit",
            "National Police",
            "Q3 2021",
            "Q2 2023",
            q_start(3, 2021),
            q_end(2, 2023),
            750_000,
            "Planned",
            "pipeline",
            "CUSTODY",
        ),
        (
            "INL",
            "INL",
            "Border Guard Radio Communications Upgrade, Northern Sector",
            "SBGS",
            date(2019, 9, 30),
            date(2021, 9, 29),
            date(2019, 9, 30),
            date(2021, 9, 29),
            3_000_000,
            "Ongoing",
            "funded",
            "BORDER_SECURITY",
        ),
        (
            "USAID",
            "USAID",
            "Safe Hromadas: Prevention of Domestic Violence at Community Level",
            "National Police / hromadas",
            "2020",
            "2022",
            date(2020, 1, 1),
            date(2022, 12, 31),
            1_800_000,
            "Ongoing",
            "funded",
            "DOMESTIC_VIOLENCE",
        ),
        (
            "USAID",
            "USAID",
            "COVID-19 Infection Control for First Responders in Eastern Ukraine",
            "SES / National Police",
            date(2020, 5, 1),
            "April 2021",
            date(2020, 5, 1),
            month_end(2021, 4),
            500_000,
            "Ongoing",
            "funded",
            "COVID19",
        ),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Input"
    put(
        ws,
        1,
        1,
        "Law Enforcement SWG – donor matrix input (February 2021)",
        border=False,
        font=TITLE_FONT,
        align=Alignment(),
    )
    put(
        ws,
        2,
        1,
        "Amounts in US dollars, total over the life of the project",
        border=False,
        align=Alignment(),
        font=Font(italic=True),
    )
    hdr = ["Funding agency", "Project", "Beneficiary", "Start", "End", "Amount (USD)", "Status"]
    put_row(ws, 4, hdr, bold=True, fill=HDR_FILL, align=CENTER)
    r = 5
    grand = 0
    for ag in ("INL", "USAID"):
        grp = [p for p in P if p[0] == ag]
        r0 = r
        sub = 0
        for a, partner, title, ben, sc, ec, s, e, amt, st_txt, st, pr in grp:
            put_row(ws, r, [a if r == r0 else None, new_title(title), ben, sc, ec, amt, st_txt])
            for c, v in ((4, sc), (5, ec)):
                if isinstance(v, date):
                    ws.cell(r, c).number_format = "D MMM YYYY"
            ws.cell(r, 6).number_format = "#,##0"
            sub += amt
            add(title, partner, pr, st, "USD", spread(amt, s, e))
            r += 1
        ws.merge_cells(start_row=r0, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(r0, 1).alignment = CENTER
        ws.cell(r0, 1).font = BOLD
        put_row(ws, r, [None, f"Subtotal {ag}", None, None, None, sub, None], bold=True, fill=SUB_FILL)
        ws.cell(r, 6).number_format = "#,##0"
        grand += sub
        r += 2  # blank spacer row
    put_row(ws, r, [None, "Grand total", None, None, None, grand, None], bold=True, fill=SUB_FILL)
    ws.cell(r, 6).number_format = "#,##0"
    assert grand == 9_550_000
    r += 2
    notes = [
        "Notes:",
        "1. INL amounts are obligated funds; USAID amounts are total estimated cost.",
        "2. Q1–Q4 are calendar quarters; where only a year is shown, the project runs for the full "
        "calendar year(s).",
        "3. A further USD 2,000,000 for border guard aviation maintenance is under consideration and is "
        "not included above.",
        "Contact: program office, tel. +380 44 000 00 00",
    ]
    for t in notes:
        put(ws, r, 1, t, border=False, align=Alignment(), bold=(t == "Notes:"))
        r += 1
    widths(ws, {"A": 16, "B": 66, "C": 26, "D": 13, "E": 14, "F": 15, "G": 12})
    wb.save(os.path.join(raw, "SWG_LE_donor_matrix_input_INL_USAID_Feb2021.xlsx"))


# ============================================================================= file 6: SMS (UA, UAH '000)
def file_sms(raw):
    K = Fr(1000)
    # (donor cell, partners+shares, title, term, total '000, 2021 '000, status text, status, prio)
    P = [
        (
            "Європейський Союз",
            [("EU", 1)],
            "Удосконалення пунктів тимчасового перебування іноземців, які незаконно перебувають в Україні",
            "2020–2022",
            "45600.0",
            "15200.0",
            "виконується",
            "funded",
            "ILLEGAL_MIGRATION",
        ),
        (
            "Європейський Союз",
            [("EU", 1)],
            "Цифровізація адміністративних послуг: видача ID-карток громадянам України в центрах обслуговування ДМС",
            "01.2021–12.2022",
            "28350.5",
            "12600.0",
            "виконується",
            "funded",
            "OTHER",
        ),
        (
            "Японія",
            [("Japan", 1)],
            "Обладнання для протидії COVID-19 у територіальних органах ДМС і пунктах тимчасового перебування",
            "04.2020–03.2021",
            "9870.4",
            "2467.6",
            "завершується",
            "funded",
            "COVID19",
        ),
        (
            "Литовська Республіка",
            [("Lithuania", 1)],
            "Запобігання торгівлі людьми серед трудових мігрантів: інформування та виявлення постраждалих",
            "2021–2022",
            "3150.0",
            "1050.0",
            "розпочато",
            "funded",
            "TRAFFICKING",
        ),
        (
            "Швейцарія (70 %), Швеція (30 %)",
            [("Switzerland", Fr(7, 10)), ("Sweden", Fr(3, 10))],
            "Електронна система управління справами шукачів захисту в Україні",
            "2019–2021",
            "18000.0",
            "6600.0",
            "виконується",
            "funded",
            "ILLEGAL_MIGRATION",
        ),
        (
            "УВКБ ООН (власні кошти)",
            [("UNHCR", 1)],
            "Безоплатна правова допомога особам, які шукають захисту, у пунктах пропуску та аеропортах",
            "03.2021–02.2022",
            "1200.0",
            "1000.0",
            "виконується",
            "funded",
            "ILLEGAL_MIGRATION",
        ),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "МТД"
    put(ws, 1, 1, "Державна міграційна служба України", border=False, font=TITLE_FONT, align=Alignment())
    put(
        ws,
        2,
        1,
        "Інформація про проєкти міжнародної технічної допомоги, бенефіціаром яких є ДМС",
        border=False,
        bold=True,
        align=Alignment(),
    )
    put(ws, 3, 1, "станом на 01.02.2021, тис. грн", border=False, align=Alignment(), font=Font(italic=True))
    left = ["№", "Донор", "Назва проєкту", "Термін реалізації"]
    for i, h in enumerate(left, 1):
        put(ws, 5, i, h, bold=True, fill=HDR_FILL, align=CENTER)
        ws.cell(6, i).border = BOX
        ws.merge_cells(start_row=5, start_column=i, end_row=6, end_column=i)
    put(ws, 5, 5, "Вартість проєкту", bold=True, fill=HDR_FILL, align=CENTER)
    ws.cell(5, 6).border = BOX
    ws.merge_cells(start_row=5, start_column=5, end_row=5, end_column=6)
    put(ws, 6, 5, "загальна", bold=True, fill=HDR_FILL, align=CENTER)
    put(ws, 6, 6, "у т.ч. на 2021 рік", bold=True, fill=HDR_FILL, align=CENTER)
    put(ws, 5, 7, "Стан реалізації", bold=True, fill=HDR_FILL, align=CENTER)
    ws.cell(6, 7).border = BOX
    ws.merge_cells(start_row=5, start_column=7, end_row=6, end_column=7)
    r = 7
    tt, t21 = Fr(0), Fr(0)
    prev_donor, r_donor = None, None
    for n, (donor, shares, title, term, tot, y21, st_txt, st, pr) in enumerate(P, 1):
        same = donor == prev_donor
        put_row(
            ws,
            r,
            [n, None if same else donor, new_title(title), term, float(Fr(tot)), float(Fr(y21)), st_txt],
        )
        ws.cell(r, 5).number_format = ws.cell(r, 6).number_format = "#,##0.0"
        if same:
            ws.merge_cells(start_row=r_donor, start_column=2, end_row=r, end_column=2)
        else:
            r_donor = r
        prev_donor = donor
        tt += Fr(tot)
        t21 += Fr(y21)
        assert sum(s for _, s in shares) == 1
        for partner, sh in shares:
            add(title, partner, pr, st, "UAH", Fr(y21) * K * sh)
        r += 1
    put_row(ws, r, [None, None, "Усього", None, float(tt), float(t21), None], bold=True, fill=SUB_FILL)
    ws.cell(r, 5).number_format = ws.cell(r, 6).number_format = "#,##0.0"
    assert tt == Fr("106170.9") and t21 == Fr("38917.6")
    r += 2
    for t in [
        "Примітки:",
        "1. Вартість зазначено в тис. грн за курсом НБУ на дату реєстрації проєкту.",
        "2. Частки донорів у спільно фінансованих проєктах зазначено в дужках.",
        "3. Проєкт № 3 завершується у березні 2021 р.; відомості про нові проєкти надаватимуться додатково.",
        "Виконавець: відділ міжнародного співробітництва ДМС",
    ]:
        put(ws, r, 1, t, border=False, align=Alignment(), bold=(t == "Примітки:"))
        r += 1
    widths(ws, {"A": 5, "B": 24, "C": 70, "D": 16, "E": 13, "F": 13, "G": 16})
    wb.save(os.path.join(raw, "ДМС_проєкти_МТД_тис_грн_01-02-2021.xlsx"))


# ============================================================================= file 7: Council of Europe
def file_coe(raw):
    # (section, title, funding text, partners+shares, duration text, start, end, budget, cur text, iso,
    #  status text, status, prio)
    P = [
        (
            "NATIONAL POLICE OF UKRAINE",
            "Strengthening Human Rights Safeguards in Police Custody",
            "CoE ordinary budget",
            [("Council of Europe", 1)],
            "01.01.2021 – 31.12.2022",
            date(2021, 1, 1),
            date(2022, 12, 31),
            600_000,
            "€",
            "EUR",
            "Ongoing",
            "funded",
            "CUSTODY",
        ),
        (
            "NATIONAL POLICE OF UKRAINE",
            "Action against Trafficking: Victim Identification by Frontline Police",
            "Voluntary contribution – Denmark",
            [("Denmark", 1)],
            "2019–2021",
            date(2019, 1, 1),
            date(2021, 12, 31),
            4_200_000,
            "Danish kroner",
            "DKK",
            "Ongoing",
            "funded",
            "TRAFFICKING",
        ),
        (
            "NATIONAL POLICE OF UKRAINE",
            "Partnership for Good Governance: Police Response to Violence against Women",
            "EU/CoE joint programme (EU 90 %, CoE 10 %)",
            [("EU", Fr(9, 10)), ("Council of Europe", Fr(1, 10))],
            "Q2 2021 – Q1 2023",
            q_start(2, 2021),
            q_end(1, 2023),
            1_500_000,
            "euro",
            "EUR",
            "Signed",
            "funded",
            "DOMESTIC_VIOLENCE",
        ),
        (
            "NATIONAL POLICE OF UKRAINE",
            "Drug Policy and Prevention of Drug-Related Crime (Pompidou Group)",
            "CoE – Pompidou Group",
            [("Council of Europe", 1)],
            "1 March 2021 – 28 February 2022",
            date(2021, 3, 1),
            date(2022, 2, 28),
            180_000,
            "EUR",
            "EUR",
            "Ongoing",
            "funded",
            "DRUGS",
        ),
        (
            "NATIONAL GUARD OF UKRAINE",
            "Combating Ill-Treatment and Impunity in the National Guard",
            "Voluntary contribution – Norway",
            [("Norway", 1)],
            "June 2020 – May 2022",
            date(2020, 6, 1),
            month_end(2022, 5),
            9_500_000,
            "NOK",
            "NOK",
            "Ongoing",
            "funded",
            "OTHER",
        ),
        (
            "MINISTRY OF INTERNAL AFFAIRS",
            "Data Protection in Information Systems of the Ministry of Internal Affairs",
            "Voluntary contribution – Norway",
            [("Norway", 1)],
            "09/2021 – 08/2023",
            date(2021, 9, 1),
            month_end(2023, 8),
            3_000_000,
            "Norwegian kroner",
            "NOK",
            "Starting (contract signed)",
            "funded",
            "OTHER",
        ),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Projects"
    put(
        ws,
        1,
        1,
        "Council of Europe Office in Ukraine – co-operation projects with the MIA system, 2021",
        border=False,
        font=TITLE_FONT,
        align=Alignment(),
    )
    hdr = ["Project", "Funding", "Duration", "Budget", "Currency", "Status"]
    put_row(ws, 3, hdr, bold=True, fill=HDR_FILL, align=CENTER)
    r = 4
    sec = None
    by_cur = {}
    for section, title, fund, shares, dur, s, e, bud, cur, iso, st_txt, st, pr in P:
        if section != sec:
            if sec is not None:
                r += 1  # blank spacer row before a new section
            put(
                ws,
                r,
                1,
                section,
                bold=True,
                border=False,
                align=Alignment(),
                fill=PatternFill("solid", fgColor="FFF2CC"),
            )
            r += 1
            sec = section
        put_row(ws, r, [new_title(title), fund, dur, bud, cur, st_txt])
        ws.cell(r, 4).number_format = "#,##0"
        by_cur[iso] = by_cur.get(iso, 0) + bud
        assert sum(sh for _, sh in shares) == 1
        for partner, sh in shares:
            add(title, partner, pr, st, iso, spread(Fr(bud) * sh, s, e))
        r += 1
    widths(ws, {"A": 70, "B": 40, "C": 30, "D": 13, "E": 16, "F": 24})
    ch = wb.create_sheet("Chart data")
    put_row(ch, 1, ["Currency", "Total budget of projects"], bold=True, fill=HDR_FILL)
    for i, (c, v) in enumerate(sorted(by_cur.items()), 2):
        put_row(ch, i, [c, v])
        ch.cell(i, 2).number_format = "#,##0"
    assert by_cur == {"EUR": 2_280_000, "DKK": 4_200_000, "NOK": 12_500_000}
    widths(ch, {"A": 12, "B": 26})
    wb.save(os.path.join(raw, "CoE_Office_Ukraine_MIA_cooperation_projects.xlsx"))


# ============================================================================= file 8: IOM (RU, USD '000)
def file_iom(raw):
    K = Fr(1000)
    # (title, ben, period, status text, status, prio, [(donor text, partner, total '000, 2021 '000)])
    P = [
        (
            "Содействие добровольному возвращению и реинтеграции мигрантов, задержанных ГМС",
            "ГМС",
            "01.01.2020 – 31.12.2022",
            "реализуется",
            "funded",
            "ILLEGAL_MIGRATION",
            [("Европейский Союз", "EU", "2400.0", "820.0")],
        ),
        (
            "Укрепление потенциала пунктов пропуска на границе с Венгрией и Румынией",
            "ГПСУ",
            "01.04.2020 – 31.03.2022",
            "реализуется",
            "funded",
            "BORDER_CROSSING",
            [("Япония", "Japan", "1500.0", "700.0"), ("Германия", "Germany", "500.0", "250.0")],
        ),
        (
            "Горячая линия и выявление жертв торговли людьми в пунктах пропуска",
            "НПУ, ГПСУ",
            "01.01.2021 – 31.12.2022",
            "реализуется",
            "funded",
            "TRAFFICKING",
            [("Государственный департамент США (J/TIP)", "USA", "900.0", "450.0")],
        ),
        (
            "Профилактика COVID-19 среди иностранцев в пунктах временного пребывания ГМС",
            "ГМС",
            "01.01.2021 – 31.12.2021",
            "реализуется",
            "funded",
            "COVID19",
            [("МОМ (собственные средства)", "IOM", "120.5", "120.5")],
        ),
        (
            "Мобильные группы ГПСУ для охраны восточного участка границы",
            "ГПСУ",
            "07.2021 – 06.2023",
            "на этапе согласования",
            "pipeline",
            "BORDER_SECURITY",
            [("Великобритания", "UK", "1750.0", "300.0")],
        ),
        (
            "Пилотная система учета лиц, доставленных в изоляторы временного содержания",
            "НПУ",
            "01.10.2020 – 30.09.2021",
            "реализуется",
            "funded",
            "CUSTODY",
            [("Канада", "Canada", "350.0", "270.0")],
        ),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Проекты"
    put(
        ws,
        1,
        1,
        "Представительство Международной организации по миграции (МОМ) в Украине",
        border=False,
        font=TITLE_FONT,
        align=Alignment(),
    )
    put(
        ws,
        2,
        1,
        "Проекты, реализуемые в сотрудничестве с МВД и центральными органами исполнительной власти",
        border=False,
        bold=True,
        align=Alignment(),
    )
    put(ws, 3, 1, "по состоянию на 15.02.2021", border=False, align=Alignment(), font=Font(italic=True))
    left = ["№", "Название проекта", "Донор", "Бенефициар", "Сроки реализации"]
    for i, h in enumerate(left, 1):
        put(ws, 5, i, h, bold=True, fill=HDR_FILL, align=CENTER)
        ws.cell(6, i).border = BOX
        ws.merge_cells(start_row=5, start_column=i, end_row=6, end_column=i)
    put(ws, 5, 6, "Бюджет, тыс. долл. США", bold=True, fill=HDR_FILL, align=CENTER)
    ws.cell(5, 7).border = BOX
    ws.merge_cells(start_row=5, start_column=6, end_row=5, end_column=7)
    put(ws, 6, 6, "всего", bold=True, fill=HDR_FILL, align=CENTER)
    put(ws, 6, 7, "в т.ч. 2021", bold=True, fill=HDR_FILL, align=CENTER)
    put(ws, 5, 8, "Статус", bold=True, fill=HDR_FILL, align=CENTER)
    ws.cell(6, 8).border = BOX
    ws.merge_cells(start_row=5, start_column=8, end_row=6, end_column=8)
    r = 7
    tt, t21 = Fr(0), Fr(0)
    for n, (title, ben, per, st_txt, st, pr, donors) in enumerate(P, 1):
        new_title(title)
        r0 = r
        for j, (dtxt, partner, tot, y21) in enumerate(donors):
            if j == 0:
                put_row(ws, r, [n, title, dtxt, ben, per, float(Fr(tot)), float(Fr(y21)), st_txt])
            else:
                put_row(ws, r, [None, None, dtxt, None, None, float(Fr(tot)), float(Fr(y21)), None])
            ws.cell(r, 6).number_format = ws.cell(r, 7).number_format = "#,##0.0"
            tt += Fr(tot)
            t21 += Fr(y21)
            add(title, partner, pr, st, "USD", Fr(y21) * K)
            r += 1
        if len(donors) > 1:
            for c in (1, 2, 4, 5, 8):
                ws.merge_cells(start_row=r0, start_column=c, end_row=r - 1, end_column=c)
    put_row(ws, r, [None, "Итого", None, None, None, float(tt), float(t21), None], bold=True, fill=SUB_FILL)
    ws.cell(r, 6).number_format = ws.cell(r, 7).number_format = "#,##0.0"
    assert tt == Fr("7520.5") and t21 == Fr("2910.5")
    widths(ws, {"A": 5, "B": 62, "C": 34, "D": 14, "E": 24, "F": 11, "G": 11, "H": 22})
    ws.freeze_panes = "C7"
    wb.save(os.path.join(raw, "МОМ_Украина_проекты_МВД_тыс_USD.xlsx"))


# ----------------------------------------------------------------------------- main
def main():
    if len(sys.argv) != 2:
        sys.exit("usage: python set_an.py OUT_DIR")
    out = sys.argv[1]
    raw = os.path.join(out, "raw")
    os.makedirs(raw, exist_ok=True)
    assert days_in_2021(date(2020, 1, 1), date(2022, 12, 31)) == 365
    assert ndays(date(2020, 1, 1), date(2020, 12, 31)) == 366
    assert days_in_2021(date(2018, 6, 1), date(2020, 12, 31)) == 0
    assert q_start(2, 2021) == date(2021, 4, 1) and q_end(4, 2022) == date(2022, 12, 31)
    assert q_end(1, 2023) == date(2023, 3, 31) and month_end(2023, 2) == date(2023, 2, 28)
    for fn in (file_eu, file_de, file_osce, file_uk, file_usg, file_sms, file_coe, file_iom):
        fn(raw)
    assert 40 <= len(TITLES) <= 50
    with open(os.path.join(out, "expected.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(
            f, fieldnames=["title", "partner", "priority", "status", "currency", "amount_2021"]
        )
        w.writeheader()
        for e in EXP:
            w.writerow({**e, "amount_2021": f"{e['amount_2021']:.2f}"})
    print(f"{len(os.listdir(raw))} files, {len(TITLES)} projects, {len(EXP)} expected lines -> {out}")


if __name__ == "__main__":
    main()
