"""Blind set "ao" -- files edited by several hands over time.

Usage:  python set_ao.py OUT_DIR   -> OUT_DIR/raw/* and OUT_DIR/expected.csv

Sector working group "Law Enforcement Activities", 2021 round.  Seven partner files, 49 projects
(51 expected lines: two co-funded projects give two lines each).  Every file has been touched by
several people between meetings and it shows.

FILE 1  EU_Delegation_SWG_LEA_matrix_2021_v4_final_OK.xlsx  (English, EU, EUR)
  * Three subgroup sheets ("Border & Migration", "Police", "SES & COVID-19"), each with a DIFFERENT
    column order.  On "Police" the column "2021 (revised)" stands LEFT of "2021".
  * A "2021 (revised)" column was added after the mid-term review (note in row 2 + cell comment):
    where it is filled it replaces "2021"; blank = no change.  Filled for: Border Surveillance
    Moldova (1 300 000 -> 1 150 000), Community Policing East (900 000 -> 1 050 000),
    COVID-19 PPE (1 800 000 -> "1 600 000" typed as text), SES Emergency Response ("950 000").
  * Remarks change status: "Support to Readmission and Return Management" says Pipeline but remark
    "Financing agreement signed 14.10.2021" -> funded; "Strengthening Asylum Procedures" says Ongoing
    but "withdrawn by donor in May 2021" -> cancelled (amount kept as stated, 400 000).
  * Custody project title cell has two lines; title = first line.
  * Each subgroup sheet ends with a "Total 2021 (after revision)" row -- not a project.
  * Sheet "2020 round – do not use" (kept, visible, red tab) repeats three projects with 2020-round
    figures and one project ("EU Support to Police Reform in Ukraine – Phase I") that exists only
    there: nothing on that sheet is counted.
  All amounts: the stated (revised where given) 2021 column value.

FILE 2  US_Embassy_INL_portfolio_update_Nov2021_tracked.xlsx  (English, USA, USD)
  * Header names "United States Government – U.S. Embassy Kyiv ... (INL)" -> partner USA throughout.
  * Only totals + period of performance -> amount_2021 is the total spread by days.
  * Part-way down: merged sub-heading row "from here: USD thousand" -- the last four rows are in
    thousands (3 400 -> 3 400 000 etc.).
  * Corrections in cells: "1 450 000 (was 1 600 000)" -> 1 450 000; rich-text cell with the old
    "900" struck through and "820" beside it (in the thousands section) -> 820 000.
  * Remarks: "signed 12.03.2021" turns the "Pending signature" POLINA project into funded;
    "withdrawn by donor in May" turns the Cyber Police project into cancelled.
  * "National Guard Public Order Management Training" is Proposed for 2022 -> pipeline, 0.

FILE 3  Nimechchyna_GIZ_proiekty_MVS_2021_(redaguvannia_Olena).xlsx  (Ukrainian, Germany/GIZ, EUR)
  * NO status column: status is only the row fill, explained by a colour legend above the table
    (green = implemented/signed, yellow = under approval, grey = cancelled).
  * Donor column: "Німеччина (BMI)" / "Німеччина (BMZ), виконавець GIZ" -> Germany; "GIZ" -> GIZ.
  * Correction in cell: "1 000 000 (уточнено: 1,2 млн)" -> 1 200 000.
  * "Поліцейські офіцери громади в Луганській області" pasted twice, identical rows -> once.
  * Periods as dd.mm.yyyy, mm.yyyy or years -> spread by days.
  * COVID-19 project ran 05.2020 – 04.2021 -> only Jan–Apr 2021 counted; DMS digitalisation
    2022 – 2024 -> 0.

FILE 4  Severnye_donory_proekty_MVD.csv  (Russian, cp1251, ';', Sweden SEK / Norway NOK / Denmark DKK)
  * Currency AND unit change part-way down, given only in sub-heading rows: "Швеция — суммы в SEK",
    "Норвегия — далее в тыс. NOK", "Дания — суммы в DKK (полные)".
  * "~~4 000 000~~ 3 600 000" (struck-through old value) -> 3 600 000.
  * Remarks: "подписано 12.03.2021" on a "планируется" row -> funded; "отозван донором в мае 2021 г."
    on a "реализуется" row -> cancelled.
  * Totals + periods -> spread by days.

FILE 5  UN_agencies_joint_matrix_LEA_2021.xlsx  (English + Ukrainian remarks, USD, 2021 column given)
  * Sheets UNDP / IOM / UNODC, each with a different column order.
  * "Migrant Resource Centres and Readmission Support" was moved from the UNDP sheet to the IOM sheet
    and left on both; the UNDP row says "MOVED to IOM sheet ... figures here outdated" -> counted
    once, with the IOM sheet figure (550 000, not 600 000).
  * Co-funded: "Human Security and Community Policing in Donetsk and Luhansk Oblasts"
    (EU 70% / Denmark 30% of 2 000 000) and "COVID-19 Screening and Prevention at Border Crossing
    Points" (USAID 200 000; Canada 100 000) -> two lines each.
  * IOM own resources (IOM Development Fund) -> partner IOM for the hotline project.
  * "450 000 (was 520 000)" correction; UNODC GBV training "Approved" but remark (Ukrainian)
    "скасовано до початку" -> cancelled.
  * Green border training: Under negotiation, starts 2022, 2021 cell "–" -> pipeline 0.

FILE 6  UK_Canada_joint_tracker_MIA_edited.txt  (tab-separated, UTF-8 with BOM, GBP / CAD per row)
  * "2021" and "2021 (revised)" columns; revised filled on some rows only; one revised is
    "0 (postponed to 2022)" -> 0 for the Shehyni queue system (pipeline).
  * "Countering Trafficking of Children for Online Sexual Exploitation" appears twice; the second
    row's remark says it is a duplicate pasted by mistake -> once.
  * "Human Rights Training for the National Guard of Ukraine" Status "Planned" but remark
    "підписано 05.02.2021" -> funded.

FILE 7  Proekty_Shveitsariia_Polshcha_Lytva_2021-2022.xlsx  (Ukrainian + one Russian title)
  * One sheet per year ("2021", "2022") with different column order; each sheet gives that year's
    amount.  The 2021 amount is the one on sheet 2021; the 2022 sheet must not be added.
  * Correction text "уточнено: 180 000 (замість 200 000)" -> 180 000.
  * "Електронна черга на пунктах пропуску на кордоні з Польщею" appears only on sheet 2022
    (planned) -> pipeline, 2021 amount 0.
"""

import csv
import sys
from datetime import date, timedelta
from pathlib import Path

import openpyxl
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

Y0, Y1 = date(2021, 1, 1), date(2021, 12, 31)


def days_in_2021(start, end):
    s, e = max(start, Y0), min(end, Y1)
    return max(0, (e - s).days + 1)


def spread(total, start, end):
    return round(total * days_in_2021(start, end) / ((end - start).days + 1), 2)


def month_end(y, m):
    return date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1)


EXP = []  # (title, partner, priority, status, currency, amount_2021)


def exp(title, partner, priority, status, currency, amount):
    EXP.append((title, partner, priority, status, currency, round(float(amount), 2)))


BOLD = Font(bold=True)
HDR_FILL = PatternFill("solid", fgColor="D9E1F2")
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def header(ws, row, cols):
    for j, c in enumerate(cols, 1):
        cell = ws.cell(row, j, c)
        cell.font = BOLD
        cell.fill = HDR_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX


def widths(ws, w):
    for j, x in enumerate(w, 1):
        ws.column_dimensions[get_column_letter(j)].width = x


# ---------------------------------------------------------------------------------------------
# FILE 1 -- EU Delegation, subgroup sheets with different column orders, revised column, old round
# ---------------------------------------------------------------------------------------------
def file1(raw):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    note = (
        "'2021 (revised)' added after the mid-term review (Sept 2021): where filled it replaces "
        "the '2021' figure; blank = no change. All amounts in EUR."
    )

    # each project: dict of field -> value ; 'eff' = effective 2021
    bm = [
        dict(
            no=1,
            title="EU Border Surveillance Capacity Enhancement on the Ukraine–Moldova Border",
            ben="SBGS (ДПСУ)",
            impl="EUBAM / IOM",
            period="2020–2023",
            total=4200000,
            y21=1300000,
            rev=1150000,
            status="Ongoing",
            rem="",
            x=("EU", "BORDER_SECURITY", "funded", 1150000),
        ),
        dict(
            no=2,
            title="Modernisation of Border Crossing Points on the Western Border (Phase II)",
            ben="SBGS / State Customs Service",
            impl="UNDP",
            period="2019–2022",
            total=9000000,
            y21=2500000,
            rev=None,
            status="Ongoing",
            rem="Passenger & freight lanes at Yahodyn, Rava-Ruska; shorter queues",
            x=("EU", "BORDER_CROSSING", "funded", 2500000),
        ),
        dict(
            no=3,
            title="Support to Readmission and Return Management in Ukraine",
            ben="SMS (ДМС)",
            impl="ICMPD",
            period="11/2021–10/2024",
            total=2400000,
            y21=400000,
            rev=None,
            status="Pipeline",
            rem="Financing agreement signed 14.10.2021 – now ongoing (A.K., 20.10)",
            x=("EU", "ILLEGAL_MIGRATION", "funded", 400000),
        ),
        dict(
            no=4,
            title="Strengthening Asylum Procedures of the State Migration Service",
            ben="SMS (ДМС)",
            impl="UNHCR",
            period="2021–2022",
            total=800000,
            y21=400000,
            rev=None,
            status="Ongoing",
            rem="withdrawn by donor in May 2021 – funds reallocated to readmission (No 3)",
            x=("EU", "ILLEGAL_MIGRATION", "cancelled", 400000),
        ),
    ]
    pol = [
        dict(
            no=5,
            title="Community Policing Development in Eastern Oblasts",
            ben="National Police (НПУ)",
            impl="UNDP",
            period="2020–2022",
            total=2700000,
            y21=900000,
            rev=1050000,
            status="Ongoing",
            rem="top-up agreed at MTR",
            x=("EU", "COMMUNITY_POLICING", "funded", 1050000),
        ),
        dict(
            no=6,
            title="Temporary Detention Facilities: Custody Records System Roll-out\n"
            "(Component 2 of the Police Reform Support Programme)",
            ben="National Police (НПУ)",
            impl="Council of Europe",
            period="2021–2023",
            total=2100000,
            y21=700000,
            rev=None,
            status="Ongoing",
            rem="electronic custody records in all ITT (ІТТ) of 3 pilot oblasts",
            x=("EU", "CUSTODY", "funded", 700000),
        ),
        dict(
            no=7,
            title="Countering Drug Trafficking through Darknet Investigations",
            ben="National Police – Department of Drug Crime Counteraction",
            impl="UNODC",
            period="2021–2023",
            total=750000,
            y21=250000,
            rev=None,
            status="Under preparation",
            rem="Action Document not yet adopted",
            x=("EU", "DRUGS", "pipeline", 250000),
        ),
    ]
    ses = [
        dict(
            no=8,
            title="COVID-19 Protective Equipment for Frontline MIA Services",
            ben="NPU, SBGS, NGU, SES",
            impl="WHO / UNOPS",
            period="06/2020–12/2021",
            total=3000000,
            y21=1800000,
            rev="1 600 000",
            status="Ongoing",
            rem="PPE, disinfectants, rapid tests",
            x=("EU", "COVID19", "funded", 1600000),
        ),
        dict(
            no=9,
            title="Emergency Response Capacity of the State Emergency Service in Donetsk and Luhansk Oblasts",
            ben="SES (ДСНС)",
            impl="UNDP",
            period="2021–2022",
            total=2000000,
            y21=1000000,
            rev="950 000",
            status="Ongoing",
            rem="fire & rescue vehicles, training",
            x=("EU", "OTHER", "funded", 950000),
        ),
    ]

    def emit(ws, cols, key, items, start_row):
        header(ws, start_row, [c for c, _ in cols])
        r = start_row + 1
        eff_sum = 0
        for it in items:
            for j, (_, k) in enumerate(cols, 1):
                v = it.get(k)
                cell = ws.cell(r, j, v)
                cell.border = BOX
                if k in ("total", "y21", "rev") and isinstance(v, (int, float)):
                    cell.number_format = "#,##0"
                if k == "title":
                    cell.alignment = Alignment(wrap_text=True)
            p, pr, st, am = it["x"]
            exp(it["title"].split("\n")[0], p, pr, st, "EUR", am)
            rev = it["rev"]
            eff = it["y21"] if rev is None else float(str(rev).replace(" ", ""))
            assert abs(eff - am) < 0.01
            eff_sum += eff
            r += 1
        # total row
        jt = [k for _, k in cols].index("title") + 1
        jr = [k for _, k in cols].index("rev") + 1
        ws.cell(r, jt, "Total 2021 (after revision)").font = BOLD
        c = ws.cell(r, jr, eff_sum)
        c.font = BOLD
        c.number_format = "#,##0"
        return r

    ws = wb.create_sheet("Border & Migration")
    ws["A1"] = "SWG 'Law Enforcement Activities' – EU-funded projects, subgroup Border & Migration"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = note
    cols = [
        ("No", "no"),
        ("Project title", "title"),
        ("Beneficiary", "ben"),
        ("Implementing partner", "impl"),
        ("Period", "period"),
        ("Total budget, EUR", "total"),
        ("2021", "y21"),
        ("2021 (revised)", "rev"),
        ("Status", "status"),
        ("Remarks", "rem"),
    ]
    emit(ws, cols, "bm", bm, 4)
    ws["H4"].comment = Comment("Column added by O.P. after MTR 23.09.2021 – use this where filled", "O.P.")
    ws.freeze_panes = "C5"
    widths(ws, [5, 60, 22, 20, 14, 16, 12, 14, 14, 50])

    ws = wb.create_sheet("Police")
    ws["A1"] = "SWG LEA – EU projects, subgroup Police (updated by NPU desk officer, Oct 2021)"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = note
    cols = [
        ("Status", "status"),
        ("No", "no"),
        ("Project title", "title"),
        ("2021 (revised)", "rev"),
        ("2021", "y21"),
        ("Beneficiary", "ben"),
        ("Period", "period"),
        ("Total budget, EUR", "total"),
        ("Implementing partner", "impl"),
        ("Remarks", "rem"),
    ]
    emit(ws, cols, "pol", pol, 4)
    ws.freeze_panes = "D5"
    widths(ws, [16, 5, 60, 14, 12, 30, 12, 16, 24, 45])

    ws = wb.create_sheet("SES & COVID-19")
    ws["A1"] = "EU – SES and COVID-19 related support (sheet added Jun 2021)"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = note
    cols = [
        ("Project title", "title"),
        ("Implementing partner", "impl"),
        ("Beneficiary", "ben"),
        ("Total budget, EUR", "total"),
        ("Period", "period"),
        ("Status", "status"),
        ("Remarks", "rem"),
        ("2021", "y21"),
        ("2021 (revised)", "rev"),
        ("No", "no"),
    ]
    emit(ws, cols, "ses", ses, 4)
    widths(ws, [60, 18, 20, 16, 16, 12, 35, 12, 14, 5])

    ws = wb.create_sheet("2020 round – do not use")
    ws.sheet_properties.tabColor = "FF0000"
    ws["A1"] = "Figures from the 2020 coordination round – SUPERSEDED, DO NOT USE (kept for reference)"
    ws["A1"].font = Font(bold=True, color="FF0000", size=12)
    header(
        ws, 3, ["No", "Project title", "Beneficiary", "Period", "Total budget, EUR", "Planned 2021", "Status"]
    )
    old = [
        (
            1,
            "EU Border Surveillance Capacity Enhancement on the Ukraine–Moldova Border",
            "SBGS",
            "2020–2023",
            4500000,
            1500000,
            "Ongoing",
        ),
        (
            2,
            "Modernisation of Border Crossing Points on the Western Border (Phase II)",
            "SBGS",
            "2019–2022",
            8000000,
            2000000,
            "Ongoing",
        ),
        (
            3,
            "Community Policing Development in Eastern Oblasts",
            "NPU",
            "2020–2022",
            2400000,
            800000,
            "Ongoing",
        ),
        (4, "EU Support to Police Reform in Ukraine – Phase I", "NPU", "2017–2020", 5000000, 0, "Completed"),
    ]
    for i, row in enumerate(old, 4):
        for j, v in enumerate(row, 1):
            c = ws.cell(i, j, v)
            if isinstance(v, int) and j >= 5:
                c.number_format = "#,##0"
    widths(ws, [5, 60, 10, 12, 16, 14, 12])
    wb.active = 0
    wb.save(raw / "EU_Delegation_SWG_LEA_matrix_2021_v4_final_OK.xlsx")


# ---------------------------------------------------------------------------------------------
# FILE 2 -- US Embassy / INL, unit change part-way, corrections, remarks
# ---------------------------------------------------------------------------------------------
def file2(raw):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "INL portfolio"
    ws["A1"] = (
        "United States Government – U.S. Embassy Kyiv, Bureau of International Narcotics "
        "and Law Enforcement Affairs (INL): assistance to MIA agencies"
    )
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = (
        "Status as of 15 Nov 2021 (edits: MK 02/09, DS 28/10, MK 15/11). Funding: U.S. Department of State."
    )
    cols = [
        "#",
        "Project",
        "Beneficiary",
        "Period of performance",
        "Total obligation, USD",
        "Status",
        "Remarks",
    ]
    header(ws, 4, cols)
    r = 5
    full = [
        # title, ben, period text, (start, end), total cell, total value, status, remark, priority, st
        (
            "Community-Oriented Patrol Policing Training Programme",
            "National Police – Patrol Police",
            "01.02.2021 – 31.01.2023",
            (date(2021, 2, 1), date(2023, 1, 31)),
            "1 450 000 (was 1 600 000)",
            1450000,
            "Ongoing",
            "reduced after re-scoping, DS 28/10",
            "COMMUNITY_POLICING",
            "funded",
        ),
        (
            "Countering Trafficking in Persons: Investigator Mentoring Programme",
            "National Police – Counter-Trafficking Dept.",
            "01.07.2020 – 30.06.2022",
            (date(2020, 7, 1), date(2022, 6, 30)),
            800000,
            800000,
            "Ongoing",
            "",
            "TRAFFICKING",
            "funded",
        ),
        (
            "Domestic Violence Mobile Response Teams (POLINA) Expansion",
            "National Police",
            "03/2021 – 02/2023",
            (date(2021, 3, 1), month_end(2023, 2)),
            1200000,
            1200000,
            "Pending signature",
            "signed 12.03.2021",
            "DOMESTIC_VIOLENCE",
            "funded",
        ),
        (
            "Drug Forensics Laboratory Equipment for the MIA Expert Service",
            "State Research Forensic Centre of the MIA",
            "09/2021 – 08/2022",
            (date(2021, 9, 1), month_end(2022, 8)),
            650000,
            650000,
            "Ongoing",
            "drug identification, GC-MS",
            "DRUGS",
            "funded",
        ),
    ]
    thou = [
        (
            "Maritime Border Patrol Boats Maintenance for the State Border Guard Service",
            "SBGS – Maritime Guard",
            "01.10.2020 – 30.09.2023",
            (date(2020, 10, 1), date(2023, 9, 30)),
            3400,
            3400,
            "Ongoing",
            "",
            "BORDER_SECURITY",
            "funded",
        ),
        (
            "Cyber Police Digital Evidence Capacity Building",
            "Cyber Police Department",
            "01.01.2021 – 31.12.2021",
            (date(2021, 1, 1), date(2021, 12, 31)),
            1250,
            1250,
            "Ongoing",
            "withdrawn by donor in May",
            "OTHER",
            "cancelled",
        ),
        (
            "National Guard Public Order Management Training",
            "National Guard (НГУ)",
            "2022",
            (date(2022, 1, 1), date(2022, 12, 31)),
            500,
            500,
            "Proposed",
            "to be discussed at next SWG",
            "OTHER",
            "pipeline",
        ),
        (
            "Faster Passenger Clearance: Document Verification Equipment for Border Crossing Points",
            "SBGS",
            "06/2021 – 05/2022",
            (date(2021, 6, 1), month_end(2022, 5)),
            "RICH",
            820,
            "Ongoing",
            "price corrected after tender (old figure struck through)",
            "BORDER_CROSSING",
            "funded",
        ),
    ]
    n = 1

    def row(item, mult):
        nonlocal r, n
        title, ben, ptxt, (s, e), cellv, val, status, rem, prio, st = item
        vals = [n, title, ben, ptxt, cellv, status, rem]
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j)
            if v == "RICH":
                c.value = CellRichText(TextBlock(InlineFont(strike=True), "900"), " 820")
            else:
                c.value = v
            if j == 5 and isinstance(v, int):
                c.number_format = "#,##0"
            c.border = BOX
        exp(title, "USA", prio, st, "USD", spread(val * mult, s, e))
        r += 1
        n += 1

    for it in full:
        row(it, 1)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    c = ws.cell(r, 1, "from here: USD thousand")
    c.font = Font(bold=True, italic=True)
    c.fill = PatternFill("solid", fgColor="FFF2CC")
    r += 1
    for it in thou:
        row(it, 1000)
    r += 1
    ws.cell(
        r,
        1,
        "Note: rows above the 'from here' line – full USD; rows below – USD thousand "
        "(pasted from the FY22 planning sheet).",
    )
    widths(ws, [4, 70, 36, 24, 24, 18, 36])
    ws.freeze_panes = "C5"
    wb.save(raw / "US_Embassy_INL_portfolio_update_Nov2021_tracked.xlsx")


# ---------------------------------------------------------------------------------------------
# FILE 3 -- Germany / GIZ, Ukrainian, status only by colour + legend, duplicate, correction
# ---------------------------------------------------------------------------------------------
def file3(raw):
    G = PatternFill("solid", fgColor="C6EFCE")
    Yl = PatternFill("solid", fgColor="FFEB9C")
    Gr = PatternFill("solid", fgColor="BFBFBF")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Проєкти"
    ws["A1"] = "Проєкти міжнародної технічної допомоги, що фінансуються Німеччиною, для системи МВС"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "станом на 01.11.2021 (доповнено О. Петренко 29.10.2021; кольори – див. умовні позначення)"
    ws["A4"] = "Умовні позначення:"
    ws["A4"].font = BOLD
    for i, (f, t) in enumerate(
        [
            (G, "проєкт реалізується / угоду підписано"),
            (Yl, "на стадії погодження (ще не затверджено)"),
            (Gr, "скасовано"),
        ],
        5,
    ):
        ws.cell(i, 1).fill = f
        ws.cell(i, 2, "— " + t)
    cols = [
        "№ з/п",
        "Назва проєкту",
        "Донор",
        "Бенефіціар",
        "Період реалізації",
        "Бюджет проєкту, євро",
        "Примітки",
    ]
    header(ws, 9, cols)
    rows = [
        (
            "Посилення охорони державного кордону на ділянці з Республікою Білорусь",
            "Німеччина (BMI)",
            "ДПСУ",
            "01.01.2020 – 31.12.2022",
            (date(2020, 1, 1), date(2022, 12, 31)),
            2400000,
            2400000,
            G,
            "обладнання для спостереження, тепловізори",
            "Germany",
            "BORDER_SECURITY",
            "funded",
        ),
        (
            "Облаштування пункту пропуску «Краковець» для зручного перетину кордону",
            "Німеччина (BMI)",
            "ДПСУ, Держмитслужба",
            "07.2021 – 06.2023",
            (date(2021, 7, 1), month_end(2023, 6)),
            "1 000 000 (уточнено: 1,2 млн)",
            1200000,
            G,
            "додаткові смуги руху, павільйон",
            "Germany",
            "BORDER_CROSSING",
            "funded",
        ),
        (
            "Навчання дільничних офіцерів поліції з реагування на домашнє насильство",
            "GIZ",
            "НПУ",
            "10.2021 – 09.2022",
            (date(2021, 10, 1), month_end(2022, 9)),
            350000,
            350000,
            Yl,
            "очікує рішення",
            "GIZ",
            "DOMESTIC_VIOLENCE",
            "pipeline",
        ),
        (
            "Підтримка ДСНС у сфері цивільного захисту громад",
            "GIZ",
            "ДСНС",
            "2021",
            (date(2021, 1, 1), date(2021, 12, 31)),
            500000,
            500000,
            Gr,
            "",
            "GIZ",
            "OTHER",
            "cancelled",
        ),
        (
            "Поліцейські офіцери громади в Луганській області",
            "Німеччина (BMZ), виконавець GIZ",
            "НПУ",
            "01.04.2021 – 31.03.2024",
            (date(2021, 4, 1), date(2024, 3, 31)),
            780000,
            780000,
            G,
            "",
            "Germany",
            "COMMUNITY_POLICING",
            "funded",
        ),
        "DUP",
        (
            "Профілактика COVID-19 у пунктах тимчасового перебування іноземців",
            "Німеччина (BMI)",
            "ДМС",
            "05.2020 – 04.2021",
            (date(2020, 5, 1), month_end(2021, 4)),
            260000,
            260000,
            G,
            "засоби захисту, тести",
            "Germany",
            "COVID19",
            "funded",
        ),
        (
            "Цифровізація адміністративних послуг ДМС у сфері міграції",
            "Німеччина (BMI)",
            "ДМС",
            "2022 – 2024",
            (date(2022, 1, 1), date(2024, 12, 31)),
            900000,
            900000,
            Yl,
            "концепцію подано 09.2021",
            "Germany",
            "ILLEGAL_MIGRATION",
            "pipeline",
        ),
    ]
    r = 10
    n = 1
    last = None
    for it in rows:
        dup = it == "DUP"
        if dup:
            it = last
            n -= 1  # pasted row keeps the same number
        title, donor, ben, ptxt, (s, e), cellv, val, fill, rem, partner, prio, st = it
        for j, v in enumerate([n, title, donor, ben, ptxt, cellv, rem], 1):
            c = ws.cell(r, j, v)
            c.fill = fill
            c.border = BOX
            if j == 6 and isinstance(v, int):
                c.number_format = "#,##0"
        if not dup:
            exp(title, partner, prio, st, "EUR", spread(val, s, e))
        last = it
        r += 1
        n += 1
    widths(ws, [6, 70, 30, 20, 24, 28, 40])
    ws.freeze_panes = "C10"
    wb.save(raw / "Nimechchyna_GIZ_proiekty_MVS_2021_(redaguvannia_Olena).xlsx")


# ---------------------------------------------------------------------------------------------
# FILE 4 -- Nordic donors CSV, Russian, cp1251; currency/unit change in sub-heading rows
# ---------------------------------------------------------------------------------------------
def file4(raw):
    lines = [
        ["Информация доноров Северных стран о проектах МТП для МВД Украины (по состоянию на 01.11.2021)"],
        ["Правки: Стокгольм 10.09, Осло 04.10, Копенгаген 27.10"],
        [],
        [
            "№",
            "Название проекта",
            "Донор",
            "Бенефициар",
            "Период реализации",
            "Бюджет проекта",
            "Статус",
            "Примечания",
        ],
        ["", "Швеция — суммы в шведских кронах (SEK)"],
    ]
    sweden = [
        (
            "Противодействие торговле людьми на западной границе Украины",
            "Швеция (Sida)",
            "НПУ, ДПСУ",
            "01.07.2020 – 30.06.2022",
            (date(2020, 7, 1), date(2022, 6, 30)),
            "6 500 000",
            6500000,
            "реализуется",
            "",
            "TRAFFICKING",
            "funded",
        ),
        (
            "Работа полиции с пострадавшими от домашнего насилия: гендерный подход",
            "Швеция (Sida)",
            "НПУ",
            "01.01.2021 – 31.12.2023",
            (date(2021, 1, 1), date(2023, 12, 31)),
            "~~4 000 000~~ 3 600 000",
            3600000,
            "реализуется",
            "бюджет сокращен по решению Sida",
            "DOMESTIC_VIOLENCE",
            "funded",
        ),
        (
            "Электронная система учета задержанных в изоляторах временного содержания (Custody Records)",
            "Швеция",
            "НПУ",
            "04.2021 – 03.2022",
            (date(2021, 4, 1), month_end(2022, 3)),
            "2 000 000",
            2000000,
            "планируется",
            "подписано 12.03.2021",
            "CUSTODY",
            "funded",
        ),
    ]
    norway = [
        (
            "Гуманитарное разминирование: поддержка ГСЧС в Донецкой области",
            "Норвегия (МИД)",
            "ГСЧС",
            "01.01.2021 – 31.12.2022",
            (date(2021, 1, 1), date(2022, 12, 31)),
            "12 000",
            12000000,
            "реализуется",
            "",
            "OTHER",
            "funded",
        ),
        (
            "Модернизация морских пунктов пропуска через государственную границу",
            "Норвегия",
            "ГПСУ",
            "2021 – 2022",
            (date(2021, 1, 1), date(2022, 12, 31)),
            "3 500",
            3500000,
            "реализуется",
            "отозван донором в мае 2021 г.",
            "BORDER_CROSSING",
            "cancelled",
        ),
    ]
    denmark = [
        (
            "Безопасность громад: сотрудничество полиции и местного самоуправления",
            "Дания (DANIDA)",
            "НПУ",
            "09.2021 – 08.2024",
            (date(2021, 9, 1), month_end(2024, 8)),
            "5 000 000",
            5000000,
            "в стадии согласования",
            "ожидается подписание в 2022 г.",
            "COMMUNITY_POLICING",
            "pipeline",
        ),
    ]
    partner = {"sw": ("Sweden", "SEK"), "no": ("Norway", "NOK"), "dk": ("Denmark", "DKK")}
    n = 1
    for key, block in (("sw", sweden), ("no", norway), ("dk", denmark)):
        if key == "no":
            lines.append(["", "Норвегия — далее в тыс. норвежских крон (тыс. NOK)"])
        if key == "dk":
            lines.append(["", "Дания — суммы в датских кронах (DKK), полные суммы"])
        for title, donor, ben, ptxt, (s, e), cellv, val, status, rem, prio, st in block:
            lines.append([str(n), title, donor, ben, ptxt, cellv, status, rem])
            p, cur = partner[key]
            exp(title, p, prio, st, cur, spread(val, s, e))
            n += 1
    lines.append([])
    lines.append(["", "Суммы по Норвегии указаны в тысячах NOK (см. подзаголовок)."])
    with open(raw / "Severnye_donory_proekty_MVD.csv", "w", encoding="cp1251", newline="") as f:
        w = csv.writer(f, delimiter=";")
        for ln in lines:
            w.writerow(ln + [""] * (8 - len(ln)) if ln else [""] * 8)


# ---------------------------------------------------------------------------------------------
# FILE 5 -- UN agencies joint matrix; moved project left on both sheets; co-funding
# ---------------------------------------------------------------------------------------------
def file5(raw):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    intro = "UN agencies – LEA projects, 2021 round. All amounts in USD. 2021 = calendar year 2021."

    def sheet(name, cols, rows, title):
        ws = wb.create_sheet(name)
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = intro
        header(ws, 4, [c for c, _ in cols])
        r = 5
        for it in rows:
            for j, (_, k) in enumerate(cols, 1):
                v = it.get(k)
                c = ws.cell(r, j, v)
                c.border = BOX
                if isinstance(v, (int, float)):
                    c.number_format = "#,##0"
                if isinstance(v, date):
                    c.number_format = "DD.MM.YYYY"
            r += 1
        widths(
            ws, [max(12, min(60, max(len(str(it.get(k) or "")) for it in rows + [{k: c}]))) for c, k in cols]
        )
        return ws, r

    undp = [
        dict(
            no=1,
            title="Human Security and Community Policing in Donetsk and Luhansk Oblasts",
            donor="EU 70% / Denmark 30%",
            ben="National Police",
            dur="2019–2022",
            total=7500000,
            y21=2000000,
            status="Ongoing",
            rem="shares as per contribution agreements",
        ),
        dict(
            no=2,
            title="Safe Custody: Video Recording in Police Temporary Detention Facilities",
            donor="Japan",
            ben="National Police",
            dur="04/2021–03/2023",
            total=900000,
            y21="450 000 (was 520 000)",
            status="Ongoing",
            rem="equipment delivery delayed",
        ),
        dict(
            no=3,
            title="Migrant Resource Centres and Readmission Support",
            donor="Switzerland",
            ben="SMS (ДМС)",
            dur="2021–2023",
            total=1800000,
            y21=600000,
            status="Moved",
            rem="MOVED to IOM sheet (implementation transferred to IOM, Sept 2021) – see there; "
            "figures here are outdated",
        ),
    ]
    ws, r = sheet(
        "UNDP",
        [
            ("#", "no"),
            ("Project title", "title"),
            ("Donor(s)", "donor"),
            ("Beneficiary", "ben"),
            ("Duration", "dur"),
            ("Total budget (USD)", "total"),
            ("2021 (USD)", "y21"),
            ("Status", "status"),
            ("Remarks", "rem"),
        ],
        undp,
        "UNDP Ukraine – Rule of Law & Security portfolio",
    )
    ws.cell(r, 2, "TOTAL 2021 (excl. project moved to IOM)").font = BOLD
    ws.cell(r, 7, 2450000).number_format = "#,##0"
    for c in ("A", "B", "C", "D", "E", "F", "G", "H", "I"):
        ws[f"{c}7"].font = Font(color="808080", italic=True)
    exp(undp[0]["title"], "EU", "COMMUNITY_POLICING", "funded", "USD", 2000000 * 0.7)
    exp(undp[0]["title"], "Denmark", "COMMUNITY_POLICING", "funded", "USD", 2000000 * 0.3)
    exp(undp[1]["title"], "Japan", "CUSTODY", "funded", "USD", 450000)
    assert 2000000 + 450000 == 2450000

    iom = [
        dict(
            title="Migrant Resource Centres and Readmission Support",
            status="Ongoing",
            y21=550000,
            donor="Switzerland",
            total=1650000,
            start=date(2021, 3, 1),
            end=date(2023, 12, 31),
            ben="SMS (ДМС)",
            rem="transferred from UNDP sheet, Sept 2021 (budget re-based)",
            no=1,
        ),
        dict(
            title="Counter-Trafficking Hotline and Victim Referral Mechanism",
            status="Ongoing",
            y21=180000,
            donor="IOM (own resources – IOM Development Fund)",
            total=360000,
            start=date(2020, 7, 1),
            end=date(2022, 6, 30),
            ben="National Police, MinSoc",
            rem="hotline 527",
            no=2,
        ),
        dict(
            title="COVID-19 Screening and Prevention at Border Crossing Points",
            status="Ongoing",
            y21=300000,
            donor="USAID: 200 000; Canada: 100 000",
            total=300000,
            start=date(2021, 1, 15),
            end=date(2021, 12, 31),
            ben="SBGS, Ministry of Health",
            rem="",
            no=3,
        ),
        dict(
            title="Green Border Surveillance Training for Mobile Units of the State Border Guard Service",
            status="Under negotiation",
            y21="–",
            donor="EU",
            total=1200000,
            start=date(2022, 3, 1),
            end=date(2024, 2, 29),
            ben="SBGS (ДПСУ)",
            rem="start expected Q1 2022",
            no=4,
        ),
    ]
    sheet(
        "IOM",
        [
            ("Project title", "title"),
            ("Status", "status"),
            ("2021 (USD)", "y21"),
            ("Donor(s)", "donor"),
            ("Total budget (USD)", "total"),
            ("Start", "start"),
            ("End", "end"),
            ("Beneficiary", "ben"),
            ("Remarks", "rem"),
            ("#", "no"),
        ],
        iom,
        "IOM Mission in Ukraine – projects with MIA agencies",
    )
    exp(iom[0]["title"], "Switzerland", "ILLEGAL_MIGRATION", "funded", "USD", 550000)
    exp(iom[1]["title"], "IOM", "TRAFFICKING", "funded", "USD", 180000)
    exp(iom[2]["title"], "USAID", "COVID19", "funded", "USD", 200000)
    exp(iom[2]["title"], "Canada", "COVID19", "funded", "USD", 100000)
    exp(iom[3]["title"], "EU", "BORDER_SECURITY", "pipeline", "USD", 0)

    unodc = [
        dict(
            no=1,
            donor="Norway",
            title="Container Control Programme: Drug Interdiction at Odesa Sea Port",
            ben="SBGS, State Customs Service, NPU",
            status="Ongoing",
            start=date(2020, 1, 1),
            end=date(2022, 12, 31),
            y21=320000,
            total=950000,
            rem="port control unit, drug & precursor detection",
        ),
        dict(
            no=2,
            donor="UK",
            title="Preventing Gender-Based and Domestic Violence: Training for Police First Responders",
            ben="National Police",
            status="Approved",
            start=date(2021, 9, 1),
            end=date(2022, 8, 31),
            y21=210000,
            total=500000,
            rem="скасовано до початку – донор змінив пріоритети (червень 2021)",
        ),
    ]
    sheet(
        "UNODC",
        [
            ("#", "no"),
            ("Donor(s)", "donor"),
            ("Project title", "title"),
            ("Beneficiary", "ben"),
            ("Status", "status"),
            ("Start", "start"),
            ("End", "end"),
            ("2021 (USD)", "y21"),
            ("Total budget (USD)", "total"),
            ("Remarks", "rem"),
        ],
        unodc,
        "UNODC Programme Office in Ukraine",
    )
    exp(unodc[0]["title"], "Norway", "DRUGS", "funded", "USD", 320000)
    exp(unodc[1]["title"], "UK", "DOMESTIC_VIOLENCE", "cancelled", "USD", 210000)
    wb.save(raw / "UN_agencies_joint_matrix_LEA_2021.xlsx")


# ---------------------------------------------------------------------------------------------
# FILE 6 -- UK / Canada tab-separated tracker, revised column, duplicate row
# ---------------------------------------------------------------------------------------------
def file6(raw):
    cols = [
        "Donor",
        "Project",
        "Implementer",
        "Start",
        "End",
        "Total",
        "Currency",
        "2021",
        "2021 (revised)",
        "Status",
        "Remarks",
    ]
    rows = [
        (
            "UK",
            "Strategic Communications Capacity of the Ministry of Internal Affairs",
            "British Council",
            "01/04/2020",
            "31/03/2022",
            "800,000",
            "GBP",
            "300,000",
            "275,000",
            "Ongoing",
            "",
            "OTHER",
            "funded",
            275000,
        ),
        (
            "UK",
            "Human Rights Training for the National Guard of Ukraine",
            "DCAF",
            "01/02/2021",
            "31/01/2022",
            "460,000",
            "GBP",
            "420,000",
            "",
            "Planned",
            "підписано 05.02.2021",
            "OTHER",
            "funded",
            420000,
        ),
        (
            "UK",
            "Countering Trafficking of Children for Online Sexual Exploitation",
            "IOM",
            "01/01/2021",
            "31/12/2022",
            "500,000",
            "GBP",
            "250,000",
            "",
            "Ongoing",
            "",
            "TRAFFICKING",
            "funded",
            250000,
        ),
        (
            "UK",
            "Countering Trafficking of Children for Online Sexual Exploitation",
            "IOM",
            "01/01/2021",
            "31/12/2022",
            "500,000",
            "GBP",
            "250,000",
            "",
            "Ongoing",
            "duplicate of the row above – pasted twice by mistake (OK 28/10)",
            None,
            None,
            None,
        ),
        (
            "Canada",
            "Police Response to Domestic Violence in Rural Communities",
            "UN Women",
            "01/06/2020",
            "31/05/2023",
            "1,800,000",
            "CAD",
            "600,000",
            "650,000",
            "Ongoing",
            "revised 2021 plan received 15/10",
            "DOMESTIC_VIOLENCE",
            "funded",
            650000,
        ),
        (
            "Canada",
            "Canadian Police Mission: Community Policing Mentoring for the National Police",
            "RCMP",
            "01/04/2019",
            "31/03/2023",
            "4,400,000",
            "CAD",
            "1,100,000",
            "",
            "Signed",
            "",
            "COMMUNITY_POLICING",
            "funded",
            1100000,
        ),
        (
            "UK",
            "Electronic Queue Management System at the Shehyni Border Crossing Point",
            "IOM",
            "01/01/2022",
            "31/12/2022",
            "300,000",
            "GBP",
            "150,000",
            "0 (postponed to 2022)",
            "Pipeline",
            "concept note under review",
            "BORDER_CROSSING",
            "pipeline",
            0,
        ),
    ]
    out = [
        "SWG LEA – UK & Canada joint tracker of MIA-related projects",
        "Last edited by: J. Smith 03/09/2021; O. Kovalenko 28/10/2021. '2021 (revised)' where "
        "filled replaces '2021'.",
        "",
        "\t".join(cols),
    ]
    for row in rows:
        out.append("\t".join(row[:11]))
        if row[11] is not None:
            cur = row[6]
            exp(row[1], row[0], row[11], row[12], cur, row[13])
    out.append("")
    with open(raw / "UK_Canada_joint_tracker_MIA_edited.txt", "w", encoding="utf-8-sig", newline="\r\n") as f:
        f.write("\n".join(out))


# ---------------------------------------------------------------------------------------------
# FILE 7 -- one sheet per year, different column orders
# ---------------------------------------------------------------------------------------------
def file7(raw):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "2021"
    ws["A1"] = "Проєкти МТД (Швейцарія, Польща, Литва) – суми на 2021 рік"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Аркуш 2021 заповнено ДМС/ДПСУ, аркуш 2022 – доповнено посольствами у жовтні 2021"
    c21 = ["№", "Назва проєкту", "Донор", "Бенефіціар", "Сума на 2021 рік", "Валюта", "Статус", "Примітки"]
    header(ws, 4, c21)
    r21 = [
        (
            1,
            "Підтримка ДМС у протидії незаконній міграції та ідентифікації іноземців",
            "Швейцарія",
            "ДМС",
            400000,
            "CHF",
            "реалізується",
            "",
            "ILLEGAL_MIGRATION",
            "funded",
            400000,
        ),
        (
            2,
            "Розвиток кінологічної служби ДПСУ для охорони державного кордону",
            "Польща",
            "ДПСУ",
            1500000,
            "PLN",
            "реалізується",
            "службові собаки, навчання кінологів",
            "BORDER_SECURITY",
            "funded",
            1500000,
        ),
        (
            3,
            "Обучение НГУ противодействию незаконному обороту наркотиков",
            "Литва",
            "НГУ",
            120000,
            "EUR",
            "реализуется",
            "",
            "DRUGS",
            "funded",
            120000,
        ),
        (
            4,
            "Профілактика COVID-19 серед особового складу ДСНС",
            "Швейцарія",
            "ДСНС",
            "уточнено: 180 000 (замість 200 000)",
            "CHF",
            "реалізується",
            "завершено у 2021",
            "COVID19",
            "funded",
            180000,
        ),
    ]
    partner = {"Швейцарія": "Switzerland", "Польща": "Poland", "Литва": "Lithuania"}
    for i, row in enumerate(r21, 5):
        for j, v in enumerate(row[:8], 1):
            c = ws.cell(i, j, v)
            c.border = BOX
            if isinstance(v, int) and j == 5:
                c.number_format = "#,##0"
        exp(row[1], partner[row[2]], row[8], row[9], row[5], row[10])
    widths(ws, [5, 70, 14, 12, 36, 8, 14, 36])

    ws = wb.create_sheet("2022")
    ws["A1"] = "Проєкти МТД – суми на 2022 рік (план)"
    ws["A1"].font = Font(bold=True, size=12)
    c22 = ["Донор", "Валюта", "Сума на 2022 рік", "Назва проєкту", "Бенефіціар", "Статус", "№", "Примітки"]
    header(ws, 3, c22)
    r22 = [
        (
            "Швейцарія",
            "CHF",
            450000,
            "Підтримка ДМС у протидії незаконній міграції та ідентифікації іноземців",
            "ДМС",
            "реалізується",
            1,
            "",
        ),
        (
            "Польща",
            "PLN",
            1000000,
            "Розвиток кінологічної служби ДПСУ для охорони державного кордону",
            "ДПСУ",
            "реалізується",
            2,
            "",
        ),
        (
            "Литва",
            "EUR",
            80000,
            "Обучение НГУ противодействию незаконному обороту наркотиков",
            "НГУ",
            "реализуется",
            3,
            "последний год",
        ),
        (
            "Польща",
            "PLN",
            800000,
            "Електронна черга на пунктах пропуску на кордоні з Польщею",
            "ДПСУ",
            "планується",
            4,
            "новий проєкт, старт у 2022 р.",
        ),
    ]
    for i, row in enumerate(r22, 4):
        for j, v in enumerate(row, 1):
            c = ws.cell(i, j, v)
            c.border = BOX
            if isinstance(v, int) and j == 3:
                c.number_format = "#,##0"
    exp(r22[3][3], "Poland", "BORDER_CROSSING", "pipeline", "PLN", 0)
    widths(ws, [12, 8, 18, 70, 12, 14, 5, 30])
    wb.save(raw / "Proekty_Shveitsariia_Polshcha_Lytva_2021-2022.xlsx")


def main():
    out = Path(sys.argv[1])
    raw = out / "raw"
    raw.mkdir(parents=True, exist_ok=True)
    for f in (file1, file2, file3, file4, file5, file6, file7):
        f(raw)
    titles = {}
    for t, p, *_ in EXP:
        assert (t, p) not in titles, (t, p)
        titles[(t, p)] = 1
    assert len({t for t, *_ in EXP}) == 49, len({t for t, *_ in EXP})
    with open(out / "expected.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["title", "partner", "priority", "status", "currency", "amount_2021"])
        for t, p, pr, st, cur, am in EXP:
            w.writerow([t, p, pr, st, cur, f"{am:.2f}"])


if __name__ == "__main__":
    main()
