"""Blind test set BB -- workbooks whose meaning is spread over several sheets.

Usage: python set_bb.py OUT_DIR   -> OUT_DIR/raw/<7 partner files> and OUT_DIR/expected.csv
7 files (6 .xlsx, 1 .csv), 49 projects, 53 expected lines (4 co-funded projects give 2 lines each).
Spreading rule (where the file gives only a total and a period): total * days of the period inside 2021 /
days of the whole period, both ends counted; month periods run from the 1st of the first month to the last
day of the last month; years only: 1 Jan - 31 Dec. All computed with datetime.date (spread()).

FILE 1  EU_Delegation_MIA_projects_2020-2022_by_year.xlsx  (English, EUR)
  Sheets: "Read me", "Summary", "2020", "2021", "2022".
  Counted: sheet "2021" only (its amount column and its Status column). Why:
  - "Read me" says ALL amounts are in thousand euro; no header says so (the year sheets say "Amount 2021").
    So 2350.5 -> 2,350,500.00 EUR etc.
  - Each year sheet holds only that year's money; the same 7 projects repeat on "2020"/"2022". Adding the
    year sheets up (or taking 2020+2021+2022 as a total and spreading it) is wrong.
  - "Summary" is the year sheets aggregated by priority (rows like "Border crossing points", "TOTAL");
    not projects, not to be added. Year sheets also end with a "Total" row (5151.55 on "2021", asserted).
  - PGG-DV-04 "Funded by: EU (90%) / Council of Europe (10%)", Read me confirms the split -> two lines:
    EU 315,000.00 and Council of Europe 35,000.00.
  - EUAM-05 is funded by EUAM Ukraine itself (Read me) -> partner EUAM, 210,000.00.
  - EU-MIG-06: "—" on "2021", 1750 only on "2022", status Pipeline -> pipeline, 0.00.
  - EU-COV-07: Completed (Jan 2021) but 120.3 on the 2021 sheet -> funded, 120,300.00.
  - EU-DRG-08: only on sheet "2021", struck through, status "Cancelled", amount 0 -> cancelled, 0.00.
  - Status differs between sheets (e.g. "Identification" on 2020); the 2021 sheet's is current (Read me).

FILE 2  US_Embassy_INL_assistance_MIA_Feb2021.xlsx  (English, USD)
  Sheets: "Cover letter", "Abbreviations & codes", "Projects", hidden "Projects (Nov 2020 draft)".
  Counted: "Projects" (3rd sheet) only; codes decoded with "Abbreviations & codes".
  - The cover letter (U.S. Embassy Kyiv, INL Section) names the Embassy first -> partner USA for all 8,
    although the letter says "INL-funded" and an implementer cell says "INL / contractor".
  - Priority is a number 1-10, status a letter: A active, P proposed, C COMPLETED (funded, not cancelled),
    X cancelled. Implementers IOM / UNODC / OSCE are not partners.
  - Amounts are totals for the period of performance (cover letter) -> spread by days:
    #1 Oct 1 2019-Sep 30 2022, 4.5m -> 1,498,631.39 (title cell has a 2nd line "Phase II ..." not part of
       the title); #2 Mar 2020-Feb 2023 (months), 2.75m -> 916,666.67; #3 C, Jun 15 2019-Jan 31 2021, 1.2m
       -> 62,311.56 (completed but has 31 days in 2021); #4 "2021 – 2022", 3.8m -> 1,900,000.00;
       #5 P, Jul 2021-Jun 2023, 1.65m -> 415,890.41 (pipeline); #6 X, Apr 1 2021-Mar 31 2022, 0.9m ->
       678,082.19 (cancelled); #7 C, May-Dec 2020 -> 0.00; #8 Sep 1 2020-Aug 31 2021, 620k -> 412,767.12.
  - TOTAL row is not a project. The hidden Nov 2020 draft has other periods/amounts and a dropped project
    ("Anti-Corruption Training for Patrol Police Recruits"): superseded (the letter says so), not counted.

FILE 3  Німеччина_GIZ_проєкти_МВС_2021.xlsx  (Ukrainian, EUR)
  Sheets: "Примітки", "Проєкти", "Бюджет за роками", "Довідник", "Архів 2019-2020".
  Counted: "Проєкти" (titles, status, priority code) joined by code to "Бюджет за роками" (money).
  - "Примітки": donor is the German Government (Federal Foreign Office), GIZ only implements -> partner
    Germany; all sums in THOUSAND EUR; the 2021 money is only on "Бюджет за роками" by code; components
    of one code are added; the archive sheet is not part of the 2021 list.
  - Priority is a code; "Довідник" uses its own numbering (1 = community policing, 5 = border security,
    6 = border crossing, 7 = migration, 9 = COVID-19, 10 = other) -- not the same order as file 2.
  - Budget rows are in a different order from the project list; DE-02 has two component rows
    (1900 + 500) -> 2,400,000.00. Others: DE-01 1,120,000; DE-03 460,000; DE-04 (Планується, money only
    2022-2023) 0.00; DE-05 (Завершено Jan 2021) 185,500; DE-06 (Завершено) 75,000; DE-07 Скасовано with
    a planned 2021 line of 250 -> cancelled, 250,000.00 (the file states the 2021 figure). "Разом" row and
    the "Разом" column are totals (4490.5 for 2021, asserted).
  - "Архів 2019-2020": 3 finished projects (A-17..A-19) -- excluded, the notes say so.

FILE 4  Швейцария_проекты_МВД_по_ведомствам_2021.xlsx  (Russian, CHF; + NOK)
  Sheets: "Сводка", "НПУ", "ГПСУ", "ГМС", "ГСЧС". Counted: the four agency sheets, the joint project once.
  - Only "Сводка" says the money is in CHF (agency sheets say "Бюджет"); it is totals per agency, not
    projects ("Итого (без двойного учета ...)" = 9,410,000 asserted).
  - "Совместные учения НПУ и ГСЧС ..." is on both НПУ and ГСЧС with the same budget; notes say it is one
    project -> one line, 640k over 01.09.2020-31.08.2022 -> 320,000.00.
  - Totals for the whole period -> spread: S1 title cell has a 2nd line "(фаза II)"; 01.04.2020-31.03.2023,
    3.2m -> 1,066,666.67. S2 DV "июль 2021 – июнь 2024" (months), 1.8m CHF -> 302,189.78; status
    "подписан, начало в июле 2021" = funded; note: Norway co-finances 5,000,000 NOK for the same period,
    not included in the CHF budget -> second line Norway NOK 839,416.06. S8 trafficking "2021 год",
    отменен -> cancelled, 300,000.00. S4 "2020–2021 гг." 950k -> 474,350.21. S5 на согласовании,
    2022-2023 -> pipeline 0.00. S6 asylum (UNHCR implements) 15.02.2021-14.02.2023 700k -> 306,849.32.
    S7 COVID 01.05.2020-28.02.2021, завершен, 420k -> 81,513.16.

FILE 5  Canada_GAC_PSOPs_export_2021-02-15.csv  (English, CAD; UTF-8 BOM, ';')
  One CSV holding three sections: [PROJECTS], [DISBURSEMENT SCHEDULE], [LEGEND].
  - Currency only in the 3rd preamble line ("All financial figures ... CAD"); the column is "Amount".
  - Money only in the schedule, in long format (Code;Year;Period;Amount), sorted by year, not by project;
    2021 = sum of the project's 2021 rows: P-105 has H1 300,000 + H2 350,000 -> 650,000.00.
  - Priority/status are codes decoded by [LEGEND] (C = Completed -> funded; P = Planned -> pipeline).
  - P-101 1,500,000; P-102 640,000; P-103 (EOD for the National Guard, OTHER) 980,000; P-104 pipeline,
    money only 2022/2023 -> 0.00; P-106 C, 60,000. Implementers UN Women, IOM, UNODC are not partners.

FILE 6  UNDP_RoL_Security_portfolio_MIA_Feb2021.xlsx  (English/Ukrainian, SEK/DKK/JPY/USD)
  Sheets: "Portfolio", "Pivot by donor", "Chart data", hidden "Portfolio_v1 (Dec 2020)".
  Counted: "Portfolio" only: one row per funding source; for a co-funded project the title, dates, status
  cells are merged vertically over its rows. Title cells carry an English first line and a Ukrainian 2nd
  line: the title is the English line.
  - Contributions are totals in the funding agreement's currency -> spread by days, one line per source:
    Custody records 2020-2022: Sweden SEK 12m -> 3,996,350.36 and UNDP TRAC (own core resources, so
    partner UNDP) USD 250k -> 83,257.30. Community security 01.07.2019-30.06.2022 Denmark DKK 9.5m ->
    3,163,777.37. COVID-19 SESU 15.03.2021-14.03.2022 Japan JPY 120m -> 96,000,000.00. Eastern border
    (pipeline) 01.10.2021-30.09.2023: Sweden SEK 8m -> 1,008,219.18, Denmark DKK 4m -> 504,109.59.
    DV network 2021, UNDP TRAC USD 180k -> 180,000.00. Drug analytics, "Withdrawn by donor" -> cancelled,
    Japan JPY 45m 01.06.2021-31.05.2022 -> 26,383,561.64.
  - "Pivot by donor" and "Chart data" are USD equivalents derived from the portfolio: not projects,
    not the currency. The hidden v1 (old amounts, a UNICEF project not in the current list) is not counted.

FILE 7  Велика_Британія_CSSF_проєкти_МВС_2021.xlsx  (Ukrainian, GBP)
  Sheets: "Лист" (cover letter), "Зведення" (same projects in short), "Проєкти" (3rd sheet), "Діаграма".
  Counted: "Проєкти" only; the letter gives donor (UK Government, CSSF) and currency (GBP).
  - "Зведення" repeats the 6 projects under short names with the whole-period budget: not extra projects,
    and not the 2021 figure. "Діаграма" = 2021 by priority.
  - 2021 is stated ("У т.ч. 2021 рік"), so it is used as is (no spreading): 420,000; 1,150,000; 385,500;
    "—" for the planned DMS project -> pipeline 0.00; 96,250 (Завершено); 210,000. Total 2,261,750
    asserted. Implementers IOM (МОМ), ICMPD are not partners.
"""

import calendar
import csv
import os
import sys
from datetime import date, datetime

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

# ----------------------------------------------------------------------------
# arithmetic helpers
# ----------------------------------------------------------------------------
Y0, Y1 = date(2021, 1, 1), date(2021, 12, 31)


def days_in_2021(start, end):
    s, e = max(start, Y0), min(end, Y1)
    return max(0, (e - s).days + 1)


def spread(total, start, end):
    whole = (end - start).days + 1
    assert whole > 0
    return round(total * days_in_2021(start, end) / whole, 2)


def months(y1, m1, y2, m2):
    return date(y1, m1, 1), date(y2, m2, calendar.monthrange(y2, m2)[1])


def years(y1, y2):
    return date(y1, 1, 1), date(y2, 12, 31)


EXPECTED = []


def add(title, partner, priority, status, currency, amount):
    title = title.split("\n")[0].strip()
    EXPECTED.append(
        dict(
            title=title,
            partner=partner,
            priority=priority,
            status=status,
            currency=currency,
            amount_2021=round(float(amount), 2),
        )
    )


# ----------------------------------------------------------------------------
# styling helpers
# ----------------------------------------------------------------------------
BOLD = Font(bold=True)
TITLE = Font(bold=True, size=13)
HDR_FILL = PatternFill("solid", fgColor="D9E1F2")
TOT_FILL = PatternFill("solid", fgColor="F2F2F2")
GREY = Font(italic=True, color="808080")
THIN = Side(style="thin", color="A6A6A6")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def header(ws, row, names, widths=None):
    for i, n in enumerate(names, 1):
        c = ws.cell(row=row, column=i, value=n)
        c.font = BOLD
        c.fill = HDR_FILL
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    if widths:
        for i, w in enumerate(widths, 1):
            ws.column_dimensions[get_column_letter(i)].width = w


def row_out(ws, row, values, fmt=None, wrap_cols=()):
    for i, v in enumerate(values, 1):
        c = ws.cell(row=row, column=i, value=v)
        c.border = BOX
        c.alignment = WRAP if i in wrap_cols else Alignment(vertical="top")
        if fmt and i in fmt and isinstance(v, (int, float)):
            c.number_format = fmt[i]
        if isinstance(v, (date, datetime)):
            c.number_format = "DD.MM.YYYY"


def text_sheet(ws, lines, width=110):
    ws.column_dimensions["A"].width = width
    for i, ln in enumerate(lines, 1):
        c = ws.cell(row=i, column=1, value=ln)
        c.alignment = Alignment(wrap_text=True, vertical="top")
        if i == 1:
            c.font = TITLE


# ============================================================================
# FILE 1  EU Delegation, one sheet per year, Read me (EUR thousand), Summary
# ============================================================================
def file1(raw):
    # ref, title, beneficiary, implementer, funded_by, priority, status2021, {year: amount kEUR or None}
    P = [
        (
            "EU-IBM-01",
            "EU Support to Integrated Border Management: Modernisation of Border Crossing Points on the Ukraine–Moldova Border",
            "SBGS",
            "IOM",
            "EU",
            "BORDER_CROSSING",
            "Ongoing",
            "funded",
            {2020: 1200.0, 2021: 2350.5, 2022: 900.0},
        ),
        (
            "EU-IBM-02",
            "Strengthening Green Border Surveillance Capacity of the State Border Guard Service",
            "SBGS",
            "ICMPD",
            "EU",
            "BORDER_SECURITY",
            "Ongoing",
            "funded",
            {2020: 500.0, 2021: 1480.0, 2022: 1020.0},
        ),
        (
            "EU-THB-03",
            "Countering Trafficking in Human Beings through Victim-Centred Police Investigations",
            "NPU",
            "IOM",
            "EU",
            "TRAFFICKING",
            "Ongoing",
            "funded",
            {2020: None, 2021: 640.75, 2022: 410.0},
        ),
        (
            "PGG-DV-04",
            "Partnership for Good Governance: Police Response to Domestic Violence",
            "NPU",
            "Council of Europe",
            "EU (90%) / Council of Europe (10%)",
            "DOMESTIC_VIOLENCE",
            "Ongoing",
            "funded",
            {2020: 120.0, 2021: 350.0, 2022: 230.0},
        ),
        (
            "EUAM-05",
            "Transparent Custody Records System in Temporary Detention Facilities of the National Police",
            "NPU",
            "EUAM Ukraine",
            "EUAM Ukraine",
            "CUSTODY",
            "Ongoing",
            "funded",
            {2020: None, 2021: 210.0, 2022: 95.0},
        ),
        (
            "EU-MIG-06",
            "Readmission and Migration Management Support to the State Migration Service",
            "SMS",
            "ICMPD",
            "EU",
            "ILLEGAL_MIGRATION",
            "Pipeline (identification)",
            "pipeline",
            {2020: None, 2021: None, 2022: 1750.0},
        ),
        (
            "EU-COV-07",
            "COVID-19 Emergency Supplies for Frontline Police and Border Guard Officers",
            "NPU, SBGS",
            "UNDP",
            "EU",
            "COVID19",
            "Completed (Jan 2021)",
            "funded",
            {2020: 800.0, 2021: 120.3, 2022: None},
        ),
        (
            "EU-DRG-08",
            "Mobile Forensic Laboratories for Drug Crime Investigations",
            "NPU",
            "tbd",
            "EU",
            "DRUGS",
            "Cancelled (January 2021, funds reallocated)",
            "cancelled",
            {2021: 0.0},
        ),
    ]
    status_by_year = {
        2020: {
            "EU-MIG-06": "Identification",
            "EU-COV-07": "Ongoing",
            "EU-THB-03": "Signed, starts 2021",
            "EUAM-05": "Planned",
        },
        2022: {"EU-MIG-06": "Pipeline", "EU-COV-07": "Completed"},
    }
    wb = Workbook()
    ws = wb.active
    ws.title = "Read me"
    text_sheet(
        ws,
        [
            "Delegation of the European Union to Ukraine – EU-funded technical assistance to the MIA system, 2020–2022",
            "Prepared for the Sector Working Group 'Law Enforcement Activities', February 2021.",
            "",
            "IMPORTANT: all amounts in this workbook are in thousand euro (EUR '000).",
            "Each year sheet ('2020', '2021', '2022') lists the projects with the amount contracted or planned for THAT "
            "calendar year only. The same project therefore appears on several year sheets; the year sheets must not be "
            "added up to obtain a project's annual budget.",
            "The 'Status' column on sheet '2021' gives the status as of 15 February 2021.",
            "The 'Summary' sheet repeats the year sheets aggregated by priority area; it contains no additional projects.",
            "Projects marked 'EU (90%) / Council of Europe (10%)' are joint EU/CoE programmes: the amount shown is the "
            "joint budget, co-financed 90% by the EU and 10% by the Council of Europe.",
            "EUAM Ukraine projects are financed from the budget of the EU Advisory Mission (EUAM) itself.",
            "",
            "Contact: EUD Ukraine, Section 'Good Governance and Rule of Law'.",
        ],
    )
    labels = {
        "BORDER_CROSSING": "Border crossing points",
        "BORDER_SECURITY": "Border security",
        "TRAFFICKING": "Trafficking in human beings",
        "DOMESTIC_VIOLENCE": "Domestic violence",
        "CUSTODY": "Custody / temporary detention",
        "ILLEGAL_MIGRATION": "Migration management",
        "COVID19": "COVID-19 response",
        "DRUGS": "Drug crime",
    }
    # Summary sheet
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary by priority area (EUR '000) – totals of the year sheets"
    sm["A1"].font = TITLE
    header(sm, 3, ["Priority area", "2020", "2021", "2022", "Total 2020–2022"], [34, 12, 12, 12, 16])
    r = 4
    grand = {2020: 0.0, 2021: 0.0, 2022: 0.0}
    for key, lab in labels.items():
        vals = [sum((p[8].get(y) or 0.0) for p in P if p[5] == key) for y in (2020, 2021, 2022)]
        for y, v in zip((2020, 2021, 2022), vals, strict=False):
            grand[y] += v
        row_out(
            sm, r, [lab] + vals + [sum(vals)], fmt={2: "#,##0.0", 3: "#,##0.0", 4: "#,##0.0", 5: "#,##0.0"}
        )
        r += 1
    row_out(
        sm,
        r,
        ["TOTAL"] + [grand[y] for y in (2020, 2021, 2022)] + [sum(grand.values())],
        fmt={2: "#,##0.0", 3: "#,##0.0", 4: "#,##0.0", 5: "#,##0.0"},
    )
    for c in range(1, 6):
        sm.cell(row=r, column=c).font = BOLD
        sm.cell(row=r, column=c).fill = TOT_FILL
    assert abs(grand[2021] - 5151.55) < 1e-6, grand
    # year sheets
    for y in (2020, 2021, 2022):
        ys = wb.create_sheet(str(y))
        ys["A1"] = f"EU-funded projects – amounts for calendar year {y}"
        ys["A1"].font = TITLE
        header(
            ys,
            3,
            ["Ref.", "Project title", "Beneficiary", "Implementer", "Funded by", "Status", f"Amount {y}"],
            [12, 70, 12, 18, 30, 30, 12],
        )
        ys.freeze_panes = "C4"
        r = 4
        tot = 0.0
        for p in P:
            ref, title, ben, impl, fb, prio, st21, st, am = p
            if y not in am and y != 2021:
                continue
            if y == 2020 and ref == "EU-DRG-08":
                continue
            v = am.get(y)
            stat = st21 if y == 2021 else status_by_year.get(y, {}).get(ref, "Ongoing")
            row_out(
                ys,
                r,
                [ref, title, ben, impl, fb, stat, v if v is not None else "—"],
                fmt={7: "#,##0.0#"},
                wrap_cols=(2,),
            )
            if ref == "EU-DRG-08":
                for c in range(1, 8):
                    ys.cell(row=r, column=c).font = Font(strike=True, color="808080")
                ys.cell(row=r, column=7).comment = Comment(
                    "Action cancelled by the EU in January 2021; no funds committed.", "EUD"
                )
            tot += v or 0.0
            r += 1
        row_out(ys, r, ["", "Total", "", "", "", "", tot], fmt={7: "#,##0.0#"})
        for c in range(1, 8):
            ys.cell(row=r, column=c).font = BOLD
            ys.cell(row=r, column=c).fill = TOT_FILL
        assert abs(tot - grand[y]) < 1e-6
    wb.save(os.path.join(raw, "EU_Delegation_MIA_projects_2020-2022_by_year.xlsx"))

    for p in P:
        ref, title, ben, impl, fb, prio, st21, st, am = p
        v21 = (am.get(2021) or 0.0) * 1000
        if ref == "PGG-DV-04":
            add(title, "EU", prio, st, "EUR", v21 * 0.9)
            add(title, "Council of Europe", prio, st, "EUR", v21 * 0.1)
        elif ref == "EUAM-05":
            add(title, "EUAM", prio, st, "EUR", v21)
        else:
            add(title, "EU", prio, st, "EUR", v21)


# ============================================================================
# FILE 2  US Embassy: cover letter, codes sheet, projects on 3rd sheet, hidden old draft
# ============================================================================
def file2(raw):
    P = [
        (
            "Patrol Police Community Engagement Program in Eastern Oblasts\n"
            "Phase II (follow-on to the 2016–2019 program)",
            "NPU",
            "ICITAP",
            4,
            "A",
            "Oct 1, 2019 – Sep 30, 2022",
            date(2019, 10, 1),
            date(2022, 9, 30),
            4_500_000,
            "COMMUNITY_POLICING",
            "funded",
        ),
        (
            "Counter-Narcotics Investigative Capacity Building for the National Police",
            "NPU",
            "UNODC",
            3,
            "A",
            "Mar 2020 – Feb 2023",
            *months(2020, 3, 2023, 2),
            2_750_000,
            "DRUGS",
            "funded",
        ),
        (
            "Combating Human Trafficking: Support to NPU Counter-Trafficking Units",
            "NPU",
            "IOM",
            1,
            "C",
            "Jun 15, 2019 – Jan 31, 2021",
            date(2019, 6, 15),
            date(2021, 1, 31),
            1_200_000,
            "TRAFFICKING",
            "funded",
        ),
        (
            "Maritime Border Security: Patrol Boat Maintenance and Crew Training for the Sea Guard",
            "SBGS",
            "INL / contractor",
            6,
            "A",
            "2021 – 2022",
            *years(2021, 2022),
            3_800_000,
            "BORDER_SECURITY",
            "funded",
        ),
        (
            "Digital Custody Records and Body-Worn Cameras for Temporary Holding Facilities",
            "NPU",
            "tbd",
            5,
            "P",
            "Jul 2021 – Jun 2023",
            *months(2021, 7, 2023, 6),
            1_650_000,
            "CUSTODY",
            "pipeline",
        ),
        (
            "Domestic Violence Mobile Response Teams: Expansion to Five Oblasts",
            "NPU",
            "OSCE PCU",
            2,
            "X",
            "Apr 1, 2021 – Mar 31, 2022",
            date(2021, 4, 1),
            date(2022, 3, 31),
            900_000,
            "DOMESTIC_VIOLENCE",
            "cancelled",
        ),
        (
            "COVID-19 Personal Protective Equipment for the State Border Guard Service",
            "SBGS",
            "INL direct",
            9,
            "C",
            "May 2020 – Dec 2020",
            *months(2020, 5, 2020, 12),
            480_000,
            "COVID19",
            "funded",
        ),
        (
            "Document Verification Equipment for the Boryspil Airport Border Crossing Point",
            "SBGS",
            "IOM",
            7,
            "A",
            "Sep 1, 2020 – Aug 31, 2021",
            date(2020, 9, 1),
            date(2021, 8, 31),
            620_000,
            "BORDER_CROSSING",
            "funded",
        ),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover letter"
    text_sheet(
        ws,
        [
            "U.S. EMBASSY KYIV",
            "Bureau of International Narcotics and Law Enforcement Affairs (INL) Section",
            "",
            "Kyiv, February 12, 2021",
            "",
            "To: Ministry of Internal Affairs of Ukraine, International Technical Assistance Department",
            "",
            "Dear Colleagues,",
            'In preparation for the upcoming meeting of the Sector Working Group "Law Enforcement Activities", the '
            "U.S. Embassy in Kyiv is pleased to share the current list of U.S. Government (INL-funded) assistance "
            'projects benefiting the MIA system. The list is on the sheet "Projects"; codes used in it are explained '
            'on the sheet "Abbreviations & codes".',
            "Amounts are total U.S. Government funding in U.S. dollars for the whole period of performance.",
            "Please note that this list supersedes the draft shared in November 2020.",
            "",
            "Sincerely,",
            "INL Section, U.S. Embassy Kyiv",
        ],
        width=100,
    )
    ab = wb.create_sheet("Abbreviations & codes")
    ab["A1"] = "Abbreviations"
    ab["A1"].font = TITLE
    rows = [
        ("NPU", "National Police of Ukraine"),
        ("SBGS", "State Border Guard Service of Ukraine"),
        ("ICITAP", "International Criminal Investigative Training Assistance Program (DOJ)"),
        ("PCU", "Project Co-ordinator in Ukraine"),
        ("tbd", "implementer to be determined"),
    ]
    for i, (a, b) in enumerate(rows, 2):
        ab.cell(row=i, column=1, value=a)
        ab.cell(row=i, column=2, value=b)
    r0 = len(rows) + 4
    ab.cell(row=r0, column=1, value='Priority codes (column "Priority")').font = TITLE
    pr = [
        "Combating trafficking in human beings",
        "Domestic and gender-based violence",
        "Drug crime",
        "Community policing",
        "Custody records / temporary detention",
        "Border security",
        "Border crossing points",
        "Irregular migration and asylum",
        "COVID-19 response",
        "Other",
    ]
    for i, t in enumerate(pr, 1):
        ab.cell(row=r0 + i, column=1, value=i)
        ab.cell(row=r0 + i, column=2, value=t)
    r1 = r0 + len(pr) + 2
    ab.cell(row=r1, column=1, value='Status codes (column "St.")').font = TITLE
    for i, (a, b) in enumerate(
        [
            ("A", "Active – under implementation"),
            ("P", "Proposed – pending Congressional notification / approval"),
            ("C", "Completed"),
            ("X", "Cancelled / terminated before start"),
        ],
        1,
    ):
        ab.cell(row=r1 + i, column=1, value=a)
        ab.cell(row=r1 + i, column=2, value=b)
    ab.column_dimensions["A"].width = 10
    ab.column_dimensions["B"].width = 70

    pj = wb.create_sheet("Projects")
    pj["A1"] = "U.S. assistance to the MIA system – project list (as of February 2021)"
    pj["A1"].font = TITLE
    header(
        pj,
        3,
        [
            "#",
            "Project",
            "Beneficiary",
            "Implementer",
            "Priority",
            "St.",
            "Period of performance",
            "Total, USD",
        ],
        [5, 70, 12, 18, 9, 6, 28, 14],
    )
    pj.freeze_panes = "C4"
    tot = 0
    for i, p in enumerate(P, 1):
        title, ben, impl, pc, sc, per, s, e, amt, prio, st = p
        row_out(pj, 3 + i, [i, title, ben, impl, pc, sc, per, amt], fmt={8: "#,##0"}, wrap_cols=(2,))
        tot += amt
        add(title, "USA", prio, st, "USD", spread(amt, s, e))
    row_out(pj, 4 + len(P), ["", "TOTAL", "", "", "", "", "", tot], fmt={8: "#,##0"})
    pj.cell(row=4 + len(P), column=2).font = BOLD
    pj.cell(row=4 + len(P), column=8).font = BOLD

    old = wb.create_sheet("Projects (Nov 2020 draft)")
    old["A1"] = "DRAFT – U.S. assistance to the MIA system (November 2020)"
    old["A1"].font = TITLE
    header(
        old,
        3,
        [
            "#",
            "Project",
            "Beneficiary",
            "Implementer",
            "Priority",
            "St.",
            "Period of performance",
            "Total, USD",
        ],
        [5, 70, 12, 18, 9, 6, 28, 14],
    )
    oldp = [
        (P[0][0].split("\n")[0], "NPU", "ICITAP", 4, "A", "Oct 2019 – Sep 2021", 3_000_000),
        (P[1][0], "NPU", "UNODC", 3, "A", "Mar 2020 – Feb 2022", 1_900_000),
        (P[2][0], "NPU", "IOM", 1, "A", "Jun 2019 – Jun 2021", 1_200_000),
        ("Anti-Corruption Training for Patrol Police Recruits", "NPU", "ICITAP", 10, "P", "2021", 350_000),
        (P[3][0], "SBGS", "INL / contractor", 6, "P", "2021 – 2022", 4_200_000),
        (P[5][0], "NPU", "OSCE PCU", 2, "P", "Apr 2021 – Mar 2022", 900_000),
        (P[6][0], "SBGS", "INL direct", 9, "A", "May 2020 – Dec 2020", 480_000),
    ]
    for i, p in enumerate(oldp, 1):
        row_out(old, 3 + i, [i, *p], fmt={8: "#,##0"}, wrap_cols=(2,))
    old.sheet_state = "hidden"
    wb.save(os.path.join(raw, "US_Embassy_INL_assistance_MIA_Feb2021.xlsx"))


# ============================================================================
# FILE 3  Germany (GIZ implementer), Ukrainian: notes, projects, budget by code, codes, archive
# ============================================================================
def file3(raw):
    PRI = {
        1: ("Поліція спільнот / громадська безпека", "COMMUNITY_POLICING"),
        2: ("Протидія домашньому насильству", "DOMESTIC_VIOLENCE"),
        3: ("Протидія торгівлі людьми", "TRAFFICKING"),
        4: ("Протидія наркозлочинності", "DRUGS"),
        5: ("Безпека державного кордону", "BORDER_SECURITY"),
        6: ("Пункти пропуску, перетин кордону", "BORDER_CROSSING"),
        7: ("Нелегальна міграція, притулок", "ILLEGAL_MIGRATION"),
        8: ("Ізолятори тимчасового тримання, облік затриманих", "CUSTODY"),
        9: ("Запобігання COVID-19", "COVID19"),
        10: ("Інше", "OTHER"),
    }
    P = [  # code, title, beneficiary, prio code, status text, status, start, end
        (
            "DE-01",
            "Інтегроване управління кордонами: обладнання ДПСУ для охорони зеленого кордону",
            "ДПСУ",
            5,
            "Триває",
            "funded",
            date(2020, 1, 1),
            date(2022, 12, 31),
        ),
        (
            "DE-02",
            "Модернізація пунктів пропуску на кордоні з Польщею: автоматизований паспортний контроль",
            "ДПСУ",
            6,
            "Триває",
            "funded",
            date(2021, 3, 1),
            date(2023, 2, 28),
        ),
        (
            "DE-03",
            "Поліція діалогу: розвиток взаємодії поліції з територіальними громадами",
            "НПУ",
            1,
            "Триває",
            "funded",
            date(2020, 9, 1),
            date(2022, 8, 31),
        ),
        (
            "DE-04",
            "Біометрична реєстрація шукачів притулку та протидія нелегальній міграції",
            "ДМС",
            7,
            "Планується",
            "pipeline",
            date(2022, 1, 1),
            date(2023, 12, 31),
        ),
        (
            "DE-05",
            "Протидія домашньому насильству: навчання дільничних офіцерів поліції",
            "НПУ",
            2,
            "Завершено",
            "funded",
            date(2020, 4, 1),
            date(2021, 1, 31),
        ),
        (
            "DE-06",
            "Засоби індивідуального захисту від COVID-19 для підрозділів ДСНС",
            "ДСНС",
            9,
            "Завершено",
            "funded",
            date(2020, 5, 1),
            date(2021, 1, 15),
        ),
        (
            "DE-07",
            "Посилення спроможності кіберполіції у розслідуванні кіберзлочинів",
            "НПУ",
            10,
            "Скасовано",
            "cancelled",
            date(2021, 1, 1),
            date(2022, 6, 30),
        ),
    ]
    # budget lines in thousand EUR: code, component, {year: amount}
    B = [
        ("DE-03", "", {2020: 150.0, 2021: 460.0, 2022: 310.0}),
        ("DE-01", "", {2020: 850.0, 2021: 1120.0, 2022: 930.0}),
        ("DE-06", "", {2020: 300.0, 2021: 75.0}),
        ("DE-02", "Компонент 1: обладнання", {2021: 1900.0, 2022: 1100.0}),
        ("DE-02", "Компонент 2: навчання персоналу", {2021: 500.0, 2022: 500.0}),
        ("DE-05", "", {2020: 240.0, 2021: 185.5}),
        ("DE-07", "заплановано до скасування", {2021: 250.0, 2022: 150.0}),
        ("DE-04", "", {2022: 700.0, 2023: 700.0}),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Примітки"
    text_sheet(
        ws,
        [
            "Проєкти міжнародної технічної допомоги Федеративної Республіки Німеччина для системи МВС України",
            "Станом на 01.02.2021. Для засідання секторальної робочої групи «Правоохоронна діяльність».",
            "",
            "1. Фінансування: Уряд Німеччини (Федеральне міністерство закордонних справ, Auswärtiges Amt). "
            "Виконавець усіх проєктів — Німецьке товариство міжнародного співробітництва (GIZ).",
            "2. УСІ СУМИ У ЦІЙ КНИЗІ НАВЕДЕНО В ТИСЯЧАХ ЄВРО (тис. EUR).",
            "3. Аркуш «Проєкти» містить перелік проєктів без сум. Кошти за роками наведено на аркуші «Бюджет за "
            "роками» за кодом проєкту; якщо проєкт має кілька компонентів, суми компонентів додаються.",
            "4. Пріоритети на аркуші «Проєкти» подано кодами; розшифровка — на аркуші «Довідник».",
            "5. Аркуш «Архів 2019-2020» містить проєкти, завершені у 2019–2020 роках, наводиться лише для довідки і "
            "до переліку на 2021 рік не включається.",
            "",
            "Контактна особа: GIZ, проєкт «Посилення правоохоронних органів», м. Київ.",
        ],
    )
    pj = wb.create_sheet("Проєкти")
    pj["A1"] = "Перелік проєктів (суми — див. аркуш «Бюджет за роками»)"
    pj["A1"].font = TITLE
    header(
        pj,
        3,
        ["Код", "Назва проєкту", "Бенефіціар", "Пріоритет", "Статус", "Початок", "Завершення"],
        [8, 75, 12, 10, 13, 12, 12],
    )
    pj.freeze_panes = "C4"
    for i, p in enumerate(P, 4):
        code, title, ben, pc, stt, st, s, e = p
        row_out(pj, i, [code, title, ben, pc, stt, s, e], wrap_cols=(2,))
    bs = wb.create_sheet("Бюджет за роками")
    bs["A1"] = "Бюджет проєктів за роками"
    bs["A1"].font = TITLE
    yrs = [2020, 2021, 2022, 2023]
    header(
        bs, 3, ["Код проєкту", "Компонент"] + [str(y) for y in yrs] + ["Разом"], [12, 30, 10, 10, 10, 10, 11]
    )
    r = 4
    coltot = {y: 0.0 for y in yrs}
    for code, comp, am in B:
        vals = [am.get(y) for y in yrs]
        row_out(
            bs,
            r,
            [code, comp] + [v if v is not None else None for v in vals] + [sum(am.values())],
            fmt={k: "#,##0.0" for k in range(3, 8)},
        )
        for y in yrs:
            coltot[y] += am.get(y, 0.0)
        r += 1
    row_out(
        bs,
        r,
        ["Разом", ""] + [coltot[y] for y in yrs] + [sum(coltot.values())],
        fmt={k: "#,##0.0" for k in range(3, 8)},
    )
    for c in range(1, 8):
        bs.cell(row=r, column=c).font = BOLD
        bs.cell(row=r, column=c).fill = TOT_FILL
    assert abs(coltot[2021] - 4490.5) < 1e-6, coltot
    dv = wb.create_sheet("Довідник")
    dv["A1"] = "Коди пріоритетів"
    dv["A1"].font = TITLE
    header(dv, 2, ["Код", "Пріоритет сектору"], [8, 55])
    for i, (k, (lab, _)) in enumerate(PRI.items(), 3):
        row_out(dv, i, [k, lab])
    ar = wb.create_sheet("Архів 2019-2020")
    ar["A1"] = "Архів: проєкти, завершені у 2019–2020 рр. (для довідки, тис. EUR)"
    ar["A1"].font = TITLE
    header(
        ar,
        3,
        [
            "Код",
            "Назва проєкту",
            "Бенефіціар",
            "Пріоритет",
            "Статус",
            "Початок",
            "Завершення",
            "Бюджет, всього",
        ],
        [8, 70, 12, 10, 12, 12, 12, 12],
    )
    arch = [
        (
            "A-17",
            "Навчання прикордонників з виявлення підроблених документів",
            "ДПСУ",
            6,
            "Завершено",
            date(2018, 6, 1),
            date(2019, 12, 31),
            640.0,
        ),
        (
            "A-18",
            "Підтримка патрульної поліції у Дніпрі та Запоріжжі",
            "НПУ",
            1,
            "Завершено",
            date(2018, 1, 1),
            date(2020, 6, 30),
            1100.0,
        ),
        (
            "A-19",
            "Обладнання для ізоляторів тимчасового тримання Київської області",
            "НПУ",
            8,
            "Завершено",
            date(2019, 3, 1),
            date(2020, 11, 30),
            420.0,
        ),
    ]
    for i, a in enumerate(arch, 4):
        row_out(ar, i, list(a), fmt={8: "#,##0.0"}, wrap_cols=(2,))
    wb.save(os.path.join(raw, "Німеччина_GIZ_проєкти_МВС_2021.xlsx"))

    for code, title, _ben, pc, _stt, st, _s, _e in P:
        v = sum(am.get(2021, 0.0) for c, _, am in B if c == code) * 1000
        add(title, "Germany", PRI[pc][1], st, "EUR", v)


# ============================================================================
# FILE 4  Switzerland, Russian: summary sheet + one sheet per beneficiary agency
# ============================================================================
def file4(raw):
    # key, sheets, title, implementer, period text, start, end, budget CHF, status text, status, prio, note
    P = [
        (
            "S1",
            ["НПУ"],
            "Развитие полиции сообщества в сельских громадах Донецкой и Луганской областей\n(фаза II)",
            "DCAF",
            "01.04.2020 – 31.03.2023",
            date(2020, 4, 1),
            date(2023, 3, 31),
            3_200_000,
            "реализуется",
            "funded",
            "COMMUNITY_POLICING",
            "",
        ),
        (
            "S2",
            ["НПУ"],
            "Противодействие домашнему насилию: поддержка мобильных групп реагирования полиции",
            "UNFPA",
            "июль 2021 – июнь 2024",
            *months(2021, 7, 2024, 6),
            1_800_000,
            "подписан, начало в июле 2021",
            "funded",
            "DOMESTIC_VIOLENCE",
            "Софинансирование Норвегии: 5 000 000 NOK на тот же период (в бюджет проекта не включено)",
        ),
        (
            "S8",
            ["НПУ"],
            "Противодействие торговле людьми: обучение следователей Национальной полиции",
            "Координатор проектов ОБСЕ",
            "2021 год",
            *years(2021, 2021),
            300_000,
            "отменен",
            "cancelled",
            "TRAFFICKING",
            "Отменен по решению донора (январь 2021)",
        ),
        (
            "S3",
            ["НПУ", "ГСЧС"],
            "Совместные учения НПУ и ГСЧС по реагированию на чрезвычайные ситуации",
            "ГСЧС / НПУ",
            "01.09.2020 – 31.08.2022",
            date(2020, 9, 1),
            date(2022, 8, 31),
            640_000,
            "реализуется",
            "funded",
            "OTHER",
            None,
        ),
        (
            "S4",
            ["ГПСУ"],
            "Электронная очередь для грузовых автомобилей на пунктах пропуска через границу",
            "МОМ",
            "2020–2021 гг.",
            *years(2020, 2021),
            950_000,
            "реализуется",
            "funded",
            "BORDER_CROSSING",
            "",
        ),
        (
            "S5",
            ["ГПСУ"],
            "Противодействие незаконной миграции на украинско-белорусском участке границы",
            "МОМ",
            "01.01.2022 – 31.12.2023",
            date(2022, 1, 1),
            date(2023, 12, 31),
            1_400_000,
            "на согласовании",
            "pipeline",
            "ILLEGAL_MIGRATION",
            "",
        ),
        (
            "S6",
            ["ГМС"],
            "Поддержка ГМС в процедурах предоставления убежища и дополнительной защиты",
            "УВКБ ООН",
            "15.02.2021 – 14.02.2023",
            date(2021, 2, 15),
            date(2023, 2, 14),
            700_000,
            "реализуется",
            "funded",
            "ILLEGAL_MIGRATION",
            "",
        ),
        (
            "S7",
            ["ГСЧС"],
            "Поставка средств защиты от COVID-19 для спасателей ГСЧС",
            "ПРООН",
            "01.05.2020 – 28.02.2021",
            date(2020, 5, 1),
            date(2021, 2, 28),
            420_000,
            "завершен",
            "funded",
            "COVID19",
            "",
        ),
    ]
    agencies = [
        ("НПУ", "Национальная полиция Украины"),
        ("ГПСУ", "Государственная пограничная служба Украины"),
        ("ГМС", "Государственная миграционная служба Украины"),
        ("ГСЧС", "Государственная служба Украины по чрезвычайным ситуациям"),
    ]
    wb = Workbook()
    sm = wb.active
    sm.title = "Сводка"
    sm["A1"] = "Проекты технической помощи Швейцарии для системы МВД Украины (по состоянию на 01.03.2021)"
    sm["A1"].font = TITLE
    sm["A2"] = (
        "Все суммы в этой книге — в швейцарских франках (CHF). Донор: Швейцарская Конфедерация "
        "(Посольство Швейцарии в Украине / SDC, Отдел безопасности человека)."
    )
    sm["A3"] = (
        "Проекты приведены на листах по ведомствам-получателям. Совместный проект НПУ и ГСЧС указан на "
        "обоих листах и учитывается один раз. Софинансирование других доноров в суммы не включено."
    )
    header(sm, 5, ["Ведомство", "Кол-во проектов", "Бюджет проектов (весь период)"], [60, 16, 28])
    r = 6
    for ab, full in agencies:
        ps = [p for p in P if ab in p[1]]
        row_out(sm, r, [f"{full} ({ab})", len(ps), sum(p[7] for p in ps)], fmt={3: "#,##0"})
        r += 1
    uniq = sum(p[7] for p in P)
    assert uniq == 9_410_000
    row_out(sm, r, ["Итого (без двойного учета совместного проекта)", len(P), uniq], fmt={3: "#,##0"})
    for c in range(1, 4):
        sm.cell(row=r, column=c).font = BOLD
        sm.cell(row=r, column=c).fill = TOT_FILL
    for col in "A":
        for rr in (2, 3):
            sm[f"{col}{rr}"].alignment = Alignment(wrap_text=False)
    for ab, full in agencies:
        ws = wb.create_sheet(ab)
        ws["A1"] = f"{full} — проекты"
        ws["A1"].font = TITLE
        header(
            ws,
            3,
            ["№", "Название проекта", "Исполнитель", "Срок реализации", "Бюджет", "Статус", "Примечание"],
            [5, 62, 22, 24, 13, 15, 50],
        )
        n = 0
        for p in P:
            if ab not in p[1]:
                continue
            n += 1
            note = p[11]
            if note is None:
                other = [a for a in p[1] if a != ab][0]
                note = (
                    f"Совместный проект с {other}; тот же проект и тот же бюджет указаны на листе «{other}»"
                )
            row_out(ws, 3 + n, [n, p[2], p[3], p[4], p[7], p[8], note], fmt={5: "#,##0"}, wrap_cols=(2, 7))
    wb.save(os.path.join(raw, "Швейцария_проекты_МВД_по_ведомствам_2021.xlsx"))

    for p in P:
        v = spread(p[7], p[5], p[6])
        add(p[2], "Switzerland", p[10], p[9], "CHF", v)
        if p[0] == "S2":
            add(p[2], "Norway", p[10], p[9], "NOK", spread(5_000_000, p[5], p[6]))


# ============================================================================
# FILE 5  Canada CSV: sectioned export, projects / disbursement schedule keyed by code / legend
# ============================================================================
def file5(raw):
    P = [
        (
            "P-101",
            "Police Training Assistance Project: Community Policing and De-escalation",
            "RCMP / CPC",
            "NPU",
            "CP",
            "O",
            "COMMUNITY_POLICING",
            "funded",
        ),
        (
            "P-102",
            "Gender-Responsive Policing: Domestic Violence Investigation Training for the National Police",
            "UN Women",
            "NPU",
            "DV",
            "O",
            "DOMESTIC_VIOLENCE",
            "funded",
        ),
        (
            "P-103",
            "Support to the National Guard of Ukraine: Explosive Ordnance Disposal Equipment and Training",
            "GICHD",
            "NGU",
            "OTH",
            "O",
            "OTHER",
            "funded",
        ),
        (
            "P-104",
            "Counter-Trafficking Hotline and Victim Referral Support with the National Police",
            "IOM",
            "NPU",
            "THB",
            "P",
            "TRAFFICKING",
            "pipeline",
        ),
        (
            "P-105",
            "Precursor Control and Synthetic Drug Laboratory Detection",
            "UNODC",
            "NPU",
            "DRG",
            "O",
            "DRUGS",
            "funded",
        ),
        (
            "P-106",
            "COVID-19 Response: Personal Protective Equipment for Border Guard Checkpoints",
            "IOM",
            "SBGS",
            "COV",
            "C",
            "COVID19",
            "funded",
        ),
    ]
    D = [  # code, year, period, amount CAD
        ("P-101", 2020, "FULL YEAR", 1250000),
        ("P-101", 2021, "FULL YEAR", 1500000),
        ("P-101", 2022, "FULL YEAR", 1250000),
        ("P-102", 2021, "FULL YEAR", 640000),
        ("P-102", 2022, "FULL YEAR", 520000),
        ("P-103", 2021, "FULL YEAR", 980000),
        ("P-104", 2022, "FULL YEAR", 400000),
        ("P-104", 2023, "FULL YEAR", 400000),
        ("P-105", 2021, "H1", 300000),
        ("P-105", 2021, "H2", 350000),
        ("P-105", 2022, "FULL YEAR", 200000),
        ("P-106", 2020, "FULL YEAR", 275000),
        ("P-106", 2021, "FULL YEAR", 60000),
    ]
    D = sorted(D, key=lambda d: (d[1], d[0], d[2]))  # schedule sorted by year, not by project
    lines = [
        ["Global Affairs Canada - Peace and Stabilization Operations Program (PSOPs)", "", "", "", "", ""],
        ["Projects with Ukrainian law-enforcement agencies - database export 2021-02-15", "", "", "", "", ""],
        ["All financial figures in this export are in Canadian dollars (CAD)", "", "", "", "", ""],
        ["", "", "", "", "", ""],
        ["[PROJECTS]", "", "", "", "", ""],
        ["Code", "Title", "Implementer", "Beneficiary", "Priority", "Status"],
    ]
    for p in P:
        lines.append(list(p[:6]))
    lines += [
        ["", "", "", "", "", ""],
        ["[DISBURSEMENT SCHEDULE]", "", "", "", "", ""],
        ["Code", "Year", "Period", "Amount", "", ""],
    ]
    for d in D:
        lines.append([d[0], str(d[1]), d[2], str(d[3]), "", ""])
    lines += [
        ["", "", "", "", "", ""],
        ["[LEGEND]", "", "", "", "", ""],
        ["Field", "Code", "Meaning", "", "", ""],
    ]
    for c, m in [
        ("CP", "Community policing"),
        ("DV", "Domestic violence"),
        ("THB", "Trafficking in human beings"),
        ("DRG", "Drug crime"),
        ("BS", "Border security"),
        ("BCP", "Border crossing points"),
        ("MIG", "Irregular migration"),
        ("COV", "COVID-19"),
        ("OTH", "Other"),
    ]:
        lines.append(["Priority", c, m, "", "", ""])
    for c, m in [
        ("O", "Ongoing"),
        ("P", "Planned (not yet approved)"),
        ("C", "Completed"),
        ("X", "Cancelled"),
    ]:
        lines.append(["Status", c, m, "", "", ""])
    with open(
        os.path.join(raw, "Canada_GAC_PSOPs_export_2021-02-15.csv"), "w", encoding="utf-8-sig", newline=""
    ) as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerows(lines)
    for p in P:
        v = sum(d[3] for d in D if d[0] == p[0] and d[1] == 2021)
        add(p[1], "Canada", p[6], p[7], "CAD", v)


# ============================================================================
# FILE 6  UNDP portfolio: one row per funding source (merged title), pivot, chart data, hidden v1
# ============================================================================
def file6(raw):
    P = [  # id, title, beneficiary, prio label, prio, status text, status, start, end, [(source, partner, cur, amount)]
        (
            "00112233",
            "Human Rights Compliant Temporary Detention: Custody Records Management System\n"
            "Дотримання прав людини в ІТТ: система обліку затриманих",
            "NPU",
            "Custody records",
            "CUSTODY",
            "Ongoing",
            "funded",
            date(2020, 1, 1),
            date(2022, 12, 31),
            [
                ("Sweden (Sida)", "Sweden", "SEK", 12_000_000),
                ("UNDP core resources (TRAC)", "UNDP", "USD", 250_000),
            ],
        ),
        (
            "00109876",
            "Community Security and Social Cohesion: Police–Community Partnerships in Eastern Ukraine\n"
            "Безпека громад і соціальна згуртованість",
            "NPU",
            "Community policing",
            "COMMUNITY_POLICING",
            "Ongoing",
            "funded",
            date(2019, 7, 1),
            date(2022, 6, 30),
            [("Denmark (MFA, Peace and Stabilisation Programme)", "Denmark", "DKK", 9_500_000)],
        ),
        (
            "00121212",
            "Emergency COVID-19 Support to the State Emergency Service\n"
            "Екстрена підтримка ДСНС у зв'язку з COVID-19",
            "SESU",
            "COVID-19",
            "COVID19",
            "Ongoing",
            "funded",
            date(2021, 3, 15),
            date(2022, 3, 14),
            [("Government of Japan", "Japan", "JPY", 120_000_000)],
        ),
        (
            "tbd",
            "Strengthening Border Security along the Eastern Border of Ukraine\n"
            "Посилення безпеки східного кордону України",
            "SBGS",
            "Border security",
            "BORDER_SECURITY",
            "Pipeline – under negotiation",
            "pipeline",
            date(2021, 10, 1),
            date(2023, 9, 30),
            [
                ("Sweden (Sida)", "Sweden", "SEK", 8_000_000),
                ("Denmark (MFA, Peace and Stabilisation Programme)", "Denmark", "DKK", 4_000_000),
            ],
        ),
        (
            "00123456",
            "Police Specialists Network for the Prevention of Domestic Violence\n"
            "Мережа поліцейських фахівців з протидії домашньому насильству",
            "NPU",
            "Domestic violence",
            "DOMESTIC_VIOLENCE",
            "Ongoing",
            "funded",
            date(2021, 1, 1),
            date(2021, 12, 31),
            [("UNDP core resources (TRAC)", "UNDP", "USD", 180_000)],
        ),
        (
            "00120001",
            "Analytical Capacity of the National Police to Counter Drug Trafficking\n"
            "Аналітична спроможність Нацполіції у протидії наркозлочинності",
            "NPU",
            "Drug crime",
            "DRUGS",
            "Withdrawn by donor (Jan 2021)",
            "cancelled",
            date(2021, 6, 1),
            date(2022, 5, 31),
            [("Government of Japan", "Japan", "JPY", 45_000_000)],
        ),
    ]
    RATE = {"USD": 1.0, "SEK": 0.1195, "DKK": 0.1635, "JPY": 0.00955}  # UN operational rates Feb 2021
    wb = Workbook()
    ws = wb.active
    ws.title = "Portfolio"
    ws["A1"] = "UNDP Ukraine – Rule of Law and Security portfolio with MIA agencies (February 2021)"
    ws["A1"].font = TITLE
    ws["A2"] = "One row per funding source; contribution in the currency of the funding agreement."
    ws["A2"].font = GREY
    cols = [
        "Atlas ID",
        "Project title / Назва проєкту",
        "Beneficiary",
        "Priority",
        "Status",
        "Start",
        "End",
        "Funding source",
        "Currency",
        "Contribution (total)",
    ]
    header(ws, 4, cols, [11, 62, 11, 18, 26, 11, 11, 40, 9, 16])
    ws.freeze_panes = "C5"
    r = 5
    for p in P:
        pid, title, ben, plab, prio, stt, st, s, e, fund = p
        r0 = r
        for src, partner, cur, amt in fund:
            row_out(
                ws, r, [pid, title, ben, plab, stt, s, e, src, cur, amt], fmt={10: "#,##0"}, wrap_cols=(2,)
            )
            add(title, partner, prio, st, cur, spread(amt, s, e))
            r += 1
        if len(fund) > 1:
            for c in range(1, 8):
                ws.merge_cells(start_row=r0, start_column=c, end_row=r - 1, end_column=c)
    # pivot
    pv = wb.create_sheet("Pivot by donor")
    pv["A1"] = "Pivot: contributions by donor, USD equivalent (UN operational rate, Feb 2021)"
    pv["A1"].font = TITLE
    header(pv, 3, ["Funding source", "Number of projects", "Sum of contribution, USD eq."], [48, 18, 26])
    agg = {}
    for p in P:
        for src, _partner, cur, amt in p[9]:
            a = agg.setdefault(src, [0, 0.0])
            a[0] += 1
            a[1] += round(amt * RATE[cur], 0)
    r = 4
    for src, (n, usd) in sorted(agg.items()):
        row_out(pv, r, [src, n, usd], fmt={3: "#,##0"})
        r += 1
    row_out(
        pv,
        r,
        ["Grand Total", sum(a[0] for a in agg.values()), sum(a[1] for a in agg.values())],
        fmt={3: "#,##0"},
    )
    pv.cell(row=r, column=1).font = BOLD
    # chart data
    cd = wb.create_sheet("Chart data")
    cd["A1"] = "Chart data – portfolio by priority (USD eq., whole project period)"
    cd["A1"].font = TITLE
    header(cd, 3, ["Priority", "USD eq."], [26, 16])
    byp = {}
    for p in P:
        byp[p[3]] = byp.get(p[3], 0.0) + sum(round(a * RATE[c], 0) for _, _, c, a in p[9])
    for i, (k, v) in enumerate(byp.items(), 4):
        row_out(cd, i, [k, v], fmt={2: "#,##0"})
    # hidden old version
    old = wb.create_sheet("Portfolio_v1 (Dec 2020)")
    old["A1"] = "Portfolio – version 1, December 2020 (superseded)"
    header(
        old,
        3,
        ["Atlas ID", "Project title", "Beneficiary", "Status", "Funding source", "Currency", "Contribution"],
        [11, 62, 11, 20, 40, 9, 14],
    )
    oldrows = [
        ("00112233", P[0][1].split("\n")[0], "NPU", "Ongoing", "Sweden (Sida)", "SEK", 10_000_000),
        ("00109876", P[1][1].split("\n")[0], "NPU", "Ongoing", "Denmark (MFA)", "DKK", 9_500_000),
        (
            "tbd",
            "Emergency COVID-19 support to SESU (concept)",
            "SESU",
            "Pipeline",
            "Government of Japan",
            "JPY",
            100_000_000,
        ),
        ("00120001", P[5][1].split("\n")[0], "NPU", "Pipeline", "Government of Japan", "JPY", 45_000_000),
        (
            "00099999",
            "Juvenile Justice and Police Interviewing of Children",
            "NPU",
            "Ongoing",
            "UNICEF",
            "USD",
            300_000,
        ),
    ]
    for i, o in enumerate(oldrows, 4):
        row_out(old, i, list(o), fmt={7: "#,##0"})
    old.sheet_state = "hidden"
    wb.save(os.path.join(raw, "UNDP_RoL_Security_portfolio_MIA_Feb2021.xlsx"))


# ============================================================================
# FILE 7  UK, Ukrainian: cover letter, short summary, detail on 3rd sheet, chart data
# ============================================================================
def file7(raw):
    P = [  # title, short, implementer, beneficiary, prio label, prio, status text, status, period, total, 2021
        (
            "Посилення спроможності Національної поліції у протидії торгівлі людьми",
            "Торгівля людьми (НПУ)",
            "МОМ",
            "НПУ",
            "Протидія торгівлі людьми",
            "TRAFFICKING",
            "Реалізується",
            "funded",
            "04.2020 – 03.2022",
            900_000,
            420_000,
        ),
        (
            "Безпека морського кордону: навчання екіпажів Морської охорони ДПСУ",
            "Морська охорона (ДПСУ)",
            "Crown Agents",
            "ДПСУ",
            "Безпека кордону",
            "BORDER_SECURITY",
            "Реалізується",
            "funded",
            "01.2021 – 03.2023",
            2_600_000,
            1_150_000,
        ),
        (
            "Поліцейська діяльність, орієнтована на громаду, в Одеській області",
            "Поліція громад (Одещина)",
            "Civipol",
            "НПУ",
            "Поліція спільнот",
            "COMMUNITY_POLICING",
            "Реалізується",
            "funded",
            "07.2020 – 06.2022",
            760_000,
            385_500,
        ),
        (
            "Підтримка ДМС у протидії нелегальній міграції та реадмісії",
            "Міграція (ДМС)",
            "ICMPD",
            "ДМС",
            "Нелегальна міграція",
            "ILLEGAL_MIGRATION",
            "Планується",
            "pipeline",
            "2022 – 2023",
            500_000,
            None,
        ),
        (
            "Стратегічні комунікації МВС: навчання працівників прес-служб",
            "Комунікації МВС",
            "Albany Associates",
            "МВС",
            "Інше",
            "OTHER",
            "Завершено",
            "funded",
            "04.2020 – 01.2021",
            180_000,
            96_250,
        ),
        (
            "Гаряча лінія для постраждалих від домашнього насильства спільно з Національною поліцією",
            "Домашнє насильство (НПУ)",
            "Ла Страда-Україна",
            "НПУ",
            "Протидія домашньому насильству",
            "DOMESTIC_VIOLENCE",
            "Реалізується",
            "funded",
            "10.2020 – 09.2022",
            450_000,
            210_000,
        ),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Лист"
    text_sheet(
        ws,
        [
            "ПОСОЛЬСТВО СПОЛУЧЕНОГО КОРОЛІВСТВА ВЕЛИКОЇ БРИТАНІЇ ТА ПІВНІЧНОЇ ІРЛАНДІЇ В УКРАЇНІ",
            "",
            "Департамент міжнародної технічної допомоги МВС України",
            "",
            "Шановні колеги!",
            "На виконання листа МВС щодо підготовки засідання секторальної робочої групи «Правоохоронна діяльність» "
            "надсилаємо інформацію про проєкти, що фінансуються Урядом Великої Британії через Фонд конфліктів, "
            "стабільності та безпеки (CSSF).",
            "Короткий перелік наведено на аркуші «Зведення», детальну інформацію (у тому числі обсяг фінансування на "
            "2021 рік) — на аркуші «Проєкти». Аркуш «Діаграма» містить дані для діаграми.",
            "Усі суми в додатку зазначено у фунтах стерлінгів (GBP).",
            "",
            "З повагою,",
            "Відділ політики та програм, Посольство Великої Британії в Україні",
            "Київ, 10 лютого 2021 р.",
        ],
        width=105,
    )
    sm = wb.create_sheet("Зведення")
    sm["A1"] = "Проєкти CSSF для системи МВС — коротко"
    sm["A1"].font = TITLE
    header(sm, 3, ["№", "Проєкт (скорочено)", "Пріоритет", "Загальний бюджет"], [5, 32, 34, 18])
    tot = 0
    for i, p in enumerate(P, 1):
        row_out(sm, 3 + i, [i, p[1], p[4], p[9]], fmt={4: "#,##0"})
        tot += p[9]
    row_out(sm, 4 + len(P), ["", "Разом", "", tot], fmt={4: "#,##0"})
    sm.cell(row=4 + len(P), column=2).font = BOLD
    assert tot == 5_390_000
    pj = wb.create_sheet("Проєкти")
    pj["A1"] = "Проєкти, що фінансуються Урядом Великої Британії (CSSF) — детально"
    pj["A1"].font = TITLE
    header(
        pj,
        3,
        [
            "№",
            "Назва проєкту",
            "Виконавець",
            "Бенефіціар",
            "Пріоритет",
            "Статус",
            "Період",
            "Загальний бюджет",
            "У т.ч. 2021 рік",
        ],
        [5, 66, 18, 11, 28, 13, 18, 16, 15],
    )
    pj.freeze_panes = "C4"
    t21 = 0
    for i, p in enumerate(P, 1):
        title, short, impl, ben, plab, prio, stt, st, per, total, a21 = p
        row_out(
            pj,
            3 + i,
            [i, title, impl, ben, plab, stt, per, total, a21 if a21 is not None else "—"],
            fmt={8: "#,##0", 9: "#,##0"},
            wrap_cols=(2,),
        )
        t21 += a21 or 0
        add(title, "UK", prio, st, "GBP", a21 or 0)
    row_out(pj, 4 + len(P), ["", "Разом", "", "", "", "", "", tot, t21], fmt={8: "#,##0", 9: "#,##0"})
    for c in (2, 8, 9):
        pj.cell(row=4 + len(P), column=c).font = BOLD
    assert t21 == 2_261_750
    ch = wb.create_sheet("Діаграма")
    ch["A1"] = "Дані для діаграми: фінансування 2021 року за пріоритетами"
    ch["A1"].font = TITLE
    header(ch, 3, ["Пріоритет", "2021"], [34, 14])
    for i, p in enumerate(P, 4):
        row_out(ch, i, [p[4], p[10] or 0], fmt={2: "#,##0"})
    wb.save(os.path.join(raw, "Велика_Британія_CSSF_проєкти_МВС_2021.xlsx"))


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "out"
    raw = os.path.join(out, "raw")
    os.makedirs(raw, exist_ok=True)
    for f in (file1, file2, file3, file4, file5, file6, file7):
        f(raw)
    titles = [e["title"] for e in EXPECTED]
    # a title repeats only for a co-funded project (one line per partner)
    for t in set(titles):
        parts = [e["partner"] for e in EXPECTED if e["title"] == t]
        assert len(parts) == len(set(parts)), t
    with open(os.path.join(out, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(
            f, fieldnames=["title", "partner", "priority", "status", "currency", "amount_2021"]
        )
        w.writeheader()
        for e in EXPECTED:
            w.writerow({**e, "amount_2021": f"{e['amount_2021']:.2f}"})
    print(f"{len(set(titles))} projects, {len(EXPECTED)} lines -> {out}")


if __name__ == "__main__":
    main()
