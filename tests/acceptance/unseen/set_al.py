# ruff: noqa: B905, C408, RUF001, RUF057 - a data script written blind, kept as written
"""Blind test set AL -- "money on the donor's own calendar".

Usage:  python set_al.py OUT_DIR   ->  OUT_DIR/raw/*  and  OUT_DIR/expected.csv

Every partner in this set budgets or reports on its own calendar, and the analyst must get
CALENDAR 2021 out of it. Conventions used for expected.csv (all computed below with datetime.date
and exact fractions, rounded half-up to 2 decimals at the very end):

* money per FISCAL YEAR  -> each fiscal year's money spread evenly by days over that fiscal year,
  summed over the days of that fiscal year that fall inside 1 Jan - 31 Dec 2021.
    UK / Japan FY (1 Apr - 31 Mar):  FY2020/21 = JFY2020 -> 90/365 in 2021; FY2021/22 = JFY2021 -> 275/365.
    US federal FY (1 Oct - 30 Sep):  FY2021 (1 Oct 2020 - 30 Sep 2021) -> 273/365; FY2022 -> 92/365.
* money per QUARTER / HALF-YEAR that lies wholly inside one calendar year -> summed (no spreading).
* a TRANCHE schedule whose notes say a tranche counts in full in the year it is paid -> tranches dated 2021.
* a per-PHASE budget with the phases' dates -> each phase spread over its own dates.
* a stated calendar-2021 column / "of which 2021" -> taken as is.
* only a total and a period -> total spread by days over the period (months: first day of first
  month .. last day of last month; years only: 1 Jan .. 31 Dec).
* cancelled / pipeline projects keep the money the file shows for them (status tells the rest).

FILE BY FILE
------------
1. UK_CSSF_MIA_projects_by_UK_financial_year.xlsx  (GBP, English, 7 projects)
   Columns FY2019/20 (HIDDEN column G), "FY2020/21 outturn", "FY2021/22 allocation", "FY22/23 indicative",
   Total; header says "all figures £000" -> x1000. Footnote: UK FY = 1 April - 31 March.
   2021 = FY20/21 x 90/365 + FY21/22 x 275/365. Project periods are whole financial years, so no conflict.
   Title cells are two-line ("title\n(CSSF ref. ...)") -> title = first line.
   Wrong readings: FY2021/22 column taken as 2021 (e.g. UK1 510,000 instead of 487,808.22); forgetting x1000;
   summing the hidden FY2019/20 column into something; calling FY2021/22 = Apr 2021-Mar 2022 "2022".
   UK5 is pipeline ("Proposed - awaiting approval"), UK6 completed Mar 2021 (only 90 days in 2021).
2. Japan_Embassy_assistance_MIA_JFY2020-2022.xlsx  (JPY, English + 年度 in header, 6 projects)
   Two-row header: merged "Amount by Japanese fiscal year (JPY million)" over JFY2020 (2020年度),
   JFY2021 (2021年度), JFY2022 (2022年度). JFY named by its STARTING year (unlike the US FY, named by its end
   year). Amounts in JPY million -> x1,000,000. One value stored as text "290.0*" with a footnote.
   Partner is Japan throughout although the channel column names IOM / UNDP / UNFPA / JICA.
   JP5 pipeline; JP1/JP3 money only in JFY2020 -> only 90/365 of it in 2021.
3. INL_Kyiv_MIA_programs_USG_fiscal_years.csv  (USD, English, comma CSV, 7 programs)
   Columns FY2020, FY2021, FY2022 with note: U.S. Government FY = 1 Oct - 30 Sep (FY2021 = 1 Oct 2020 -
   30 Sep 2021). 2021 = FY2021 x 273/365 + FY2022 x 92/365 (FY2020 ends 30 Sep 2020 -> 0).
   Quirks: "$1,750,000" text amounts, "-" for empty, TOTAL row, preamble lines before the header.
   Partner INL (file is INL's) although implementers are ICITAP, UNODC, IOM, OPDAT.
   US5 pipeline (FY2022 money only -> 92/365 of it falls in Oct-Dec 2021); US6 cancelled (FY2021 300,000
   shown as planned amount -> 224,383.56).
   Wrong reading: FY2021 column as calendar 2021 (e.g. US1 3,100,000 instead of 3,024,383.56).
4. EU_Delegation_tranche_schedule_UA.xlsx  (EUR, Ukrainian, 6 projects)
   One row per tranche; project columns (title, beneficiary, implementer, period, EU budget, status) are
   MERGED vertically over the project's tranche rows. Note (row 3 and bottom): each tranche counts IN FULL
   in the calendar year in which it is paid (payment date) -> 2021 = sum of tranches dated in 2021
   (paid or planned). Dates are partly real date cells, partly text "dd.mm.yyyy".
   EU1 2021 = 1,800,000 (one 2021 tranche; day-spreading would give 2,000,000); EU2 = 600,000+450,000;
   EU3 = 500,000 only (tranche 28.12.2020 and 03.01.2022 are outside 2021, boundary trap);
   EU4 = 3,000,000 planned 30.11.2021 although project only starts 01.11.2021 (spreading gives 667,883.21);
   EU5 = 0 -- project runs all 2021 but no tranche is dated 2021 (final balance paid 15.03.2022);
   EU6 pipeline ("на стадії погодження"), first tranche planned 15.12.2021 -> 500,000.
   Wrong readings: spread the EU budget over the period; sum the merged budget column (counts each once only
   if merged cells are read right).
5. Switzerland_SDC_projects_by_phase_RU.xlsx  (CHF, Russian, 5 projects)
   Each project row (bold) gives the whole project's dates and budget; phase rows below it (outline level 1)
   give each phase's dates and budget. 2021 = each phase spread over its own dates (phases have different
   daily rates). The Budget column mixes project totals and phase budgets -> summing it double counts.
   Hidden sheet "архив_2020" (old version, marked "не использовать") -- ignore.
   CH2: second phase 2022-2025 is "планируется" -> contributes 0 to 2021.
   CH4 cancelled ("Отменен до начала реализации"), single phase; CH5 pipeline ("в стадии разработки").
   Wrong reading: spreading the project total over the whole project period (CH1 1,712,944.86 vs expected
   1,605,385.27; CH3 799,098.52 vs 864,709.30; CH2 1,079,408.54 vs 1,200,000.00).
6. Canada_PSOPs_payment_plan_fiscal_quarters.csv  (CAD, English, semicolon CSV with UTF-8 BOM, 5 projects)
   Columns are Government of Canada fiscal quarters "2020-21 Q3" ... "2022-23 Q2+". Note: FY = 1 April -
   31 March; Q1 = Apr-Jun, Q2 = Jul-Sep, Q3 = Oct-Dec, Q4 = Jan-Mar.
   Calendar 2021 = 2020-21 Q4 + 2021-22 Q1 + Q2 + Q3.  Wrong reading: summing the four 2021-22 quarters
   (Apr 2021-Mar 2022). Quirks: "nil" for zero, amounts "150,000.00", Total row.
   CA2 pipeline ("Under review"), CA5 completed in Q4 2020-21 (Jan-Mar 2021 counts).
7. UNDP_RPP_donor_funding_by_half-year_UA.xlsx  (NOK, SEK, DKK, USD; Ukrainian; 5 projects, 6 lines)
   UNDP (implementer) reports its projects by donor, with a currency column, in half-year columns
   "ІІ півріччя 2020", "І півріччя 2021", "ІІ півріччя 2021", "І півріччя 2022", "ІІ півріччя 2022".
   2021 = І + ІІ півріччя 2021. UN1 is co-funded by Norway (NOK) and Sweden (SEK): title merged over two
   donor rows -> two expected lines. UN4 is funded from UNDP's own resources (TRAC) -> partner UNDP; all
   others: partner = donor column. Totals per currency at the bottom. Some amounts are text with spaces.
   UN5 pipeline ("у стадії планування").
8. Germany_FFO_commitments_2020-2023.xlsx  (EUR, English, 6 projects, 7 lines)
   Calendar-year columns 2020..2023 plus "Total commitment". DE1's total includes 2019 (footnote + cell
   comment) -> 2021 column is the answer, not total spreading. DE3 has only 2021 filled ("tbd" later).
   DE4 co-funded: sub-rows "German contribution" and "EU co-financing (delegated cooperation)" -> lines
   Germany 350,000 and EU 500,000. DE5 has only a total ("annual breakdown to be agreed") and duration
   10/2021 - 09/2023 -> 1,200,000 x 92/730. DE6 pipeline, duration "2021-2022" (years only), total
   800,000 -> 400,000.
"""

import csv
import os
import sys
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

# ----------------------------------------------------------------------------- helpers
Y0, Y1 = date(2021, 1, 1), date(2021, 12, 31)


def ndays(s, e):
    return (e - s).days + 1


def days_in_2021(s, e):
    a, b = max(s, Y0), min(e, Y1)
    return max(0, (b - a).days + 1)


def F(x):
    return Fraction(str(x))


def spread(total, s, e):
    return F(total) * days_in_2021(s, e) / ndays(s, e)


def apr_fy(y):  # UK / Japan / Canada fiscal year starting 1 April of year y
    return date(y, 4, 1), date(y + 1, 3, 31)


def us_fy(y):  # US federal fiscal year named by its END year
    return date(y - 1, 10, 1), date(y, 9, 30)


def r2(fr):
    fr = Fraction(fr)
    return (Decimal(fr.numerator) / Decimal(fr.denominator)).quantize(Decimal("0.01"), ROUND_HALF_UP)


EXP = []
TITLES = set()


def add(title, partner, priority, status, currency, amount):
    assert status in ("funded", "pipeline", "cancelled")
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


def new_title(t):
    assert t not in TITLES, t
    TITLES.add(t)
    return t


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HDR_FILL = PatternFill("solid", fgColor="D9E1F2")
TOT_FILL = PatternFill("solid", fgColor="F2F2F2")
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")


def style_row(ws, r, c1, c2, fill=None, bold=False, wrap=True):
    for c in range(c1, c2 + 1):
        cell = ws.cell(r, c)
        cell.border = BOX
        if fill:
            cell.fill = fill
        if bold:
            cell.font = BOLD
        if wrap:
            cell.alignment = WRAP


# ----------------------------------------------------------------------------- file 1: UK
def file_uk(raw):
    K = 1000
    P = [
        dict(
            t="Strengthening Community Policing in Eastern Ukraine",
            ref="CSSF ref. UKR-CP-0112",
            ag="National Police of Ukraine",
            im="Saferworld",
            per="Apr 2020 – Mar 2023",
            st="Ongoing",
            s="funded",
            pr="COMMUNITY_POLICING",
            fy={2020: 420, 2021: 510, 2022: 380},
        ),
        dict(
            t="Support to the State Border Guard Service on Green Border Surveillance",
            ref="CSSF ref. UKR-BS-0131",
            ag="State Border Guard Service",
            im="Crown Agents",
            per="Apr 2021 – Mar 2023",
            st="Ongoing",
            s="funded",
            pr="BORDER_SECURITY",
            fy={2021: "650.5", 2022: 700},
        ),
        dict(
            t="Countering Modern Slavery and Human Trafficking in Ukraine",
            ref="CSSF ref. UKR-MS-0087",
            ag="National Police; State Migration Service",
            im="IOM Ukraine",
            per="Apr 2019 – Mar 2022",
            st="Ongoing",
            s="funded",
            pr="TRAFFICKING",
            fy={2019: 210, 2020: 260, 2021: 240},
        ),
        dict(
            t="Police Response to Domestic Violence: Expansion of POLINA Mobile Groups",
            ref="CSSF ref. UKR-DV-0104",
            ag="National Police of Ukraine",
            im="UN Women",
            per="Apr 2020 – Mar 2022",
            st="Ongoing",
            s="funded",
            pr="DOMESTIC_VIOLENCE",
            fy={2020: 180, 2021: 240},
        ),
        dict(
            t="Digital Evidence and Cybercrime Investigation Capacity",
            ref="CSSF ref. UKR-CY-0140, draft",
            ag="National Police (Cyber Police Department)",
            im="tbc",
            per="Apr 2021 – Mar 2023",
            st="Proposed – awaiting approval",
            s="pipeline",
            pr="OTHER",
            fy={2021: 150, 2022: 400},
        ),
        dict(
            t="Emergency Response Capacity of the State Emergency Service in Donetsk and Luhansk Oblasts",
            ref="CSSF ref. UKR-ES-0095",
            ag="State Emergency Service",
            im="HALO Trust",
            per="Apr 2020 – Mar 2021",
            st="Completed",
            s="funded",
            pr="OTHER",
            fy={2020: 250},
        ),
        dict(
            t="Transparent and Efficient Border Crossing: Joint Control at the Ukraine–Moldova Border",
            ref="CSSF ref. UKR-BC-0138",
            ag="State Border Guard Service",
            im="EUBAM (UK secondees)",
            per="Apr 2021 – Mar 2022",
            st="New – approved",
            s="funded",
            pr="BORDER_CROSSING",
            fy={2021: "320.75"},
        ),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "CSSF LEA 2021"
    ws["A1"] = "British Embassy Kyiv – Conflict, Stability and Security Fund (CSSF) Ukraine"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Projects with Ministry of Internal Affairs agencies – allocations by UK financial year"
    ws["A2"].font = BOLD
    ws["A3"] = "Prepared for the SWG “Law Enforcement Activities”, 2021 round  |  all figures £000"
    ws.merge_cells("A1:K1")
    ws.merge_cells("A2:K2")
    ws.merge_cells("A3:K3")
    hdr = [
        "No.",
        "Project title",
        "MIA agency",
        "Implementing partner",
        "Period",
        "Status",
        "FY2019/20 outturn",
        "FY2020/21 outturn",
        "FY2021/22 allocation",
        "FY22/23 indicative",
        "Total £000",
    ]
    HR = 5
    for c, h in enumerate(hdr, 1):
        ws.cell(HR, c, h)
    style_row(ws, HR, 1, 11, HDR_FILL, True)
    fycol = {2019: 7, 2020: 8, 2021: 9, 2022: 10}
    r = HR + 1
    coltot = {y: Fraction(0) for y in fycol}
    for i, p in enumerate(P, 1):
        t = new_title(p["t"])
        ws.cell(r, 1, i)
        ws.cell(r, 2, f"{t}\n({p['ref']})")
        ws.cell(r, 3, p["ag"])
        ws.cell(r, 4, p["im"])
        ws.cell(r, 5, p["per"])
        ws.cell(r, 6, p["st"])
        tot = Fraction(0)
        amt = Fraction(0)
        for y, v in p["fy"].items():
            ws.cell(r, fycol[y], float(F(v)))
            tot += F(v)
            coltot[y] += F(v)
            s, e = apr_fy(y)
            amt += spread(F(v) * K, s, e)
        ws.cell(r, 11, float(tot))
        style_row(ws, r, 1, 11)
        for c in range(7, 12):
            ws.cell(r, c).number_format = "#,##0.0#"
        add(t, "UK", p["pr"], p["s"], "GBP", amt)
        r += 1
    ws.cell(r, 2, "TOTAL")
    for y, c in fycol.items():
        ws.cell(r, c, float(coltot[y]))
        ws.cell(r, c).number_format = "#,##0.0#"
    grand = sum(coltot.values())
    ws.cell(r, 11, float(grand))
    ws.cell(r, 11).number_format = "#,##0.0#"
    style_row(ws, r, 1, 11, TOT_FILL, True)
    assert grand == sum(sum(F(v) for v in p["fy"].values()) for p in P)
    r += 2
    for line in [
        "Notes:",
        "1) The UK Government financial year runs from 1 April to 31 March (e.g. FY2021/22 = 1 April 2021 – 31 March 2022).",
        "2) Outturn = actual spend; allocation = confirmed for the financial year; indicative = subject to the Spending Review.",
        "3) All amounts in pounds sterling, thousands (£000). Projects with the Cyber Police are not yet approved.",
    ]:
        ws.cell(r, 1, line)
        r += 1
    ws.column_dimensions["G"].hidden = True
    for col, w in zip("ABCDEFGHIJK", [5, 52, 26, 22, 18, 20, 12, 12, 13, 13, 12]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C6"
    wb.save(os.path.join(raw, "UK_CSSF_MIA_projects_by_UK_financial_year.xlsx"))


# ----------------------------------------------------------------------------- file 2: Japan
def file_japan(raw):
    M = 1_000_000
    P = [
        dict(
            t="Project for Improvement of Equipment for the State Emergency Service of Ukraine",
            b="SESU",
            ch="Grant Aid (JICA), E/N signed 2020",
            st="Ongoing (delivery)",
            s="funded",
            pr="OTHER",
            fy={2020: "820.0"},
        ),
        dict(
            t="Strengthening Border Surveillance on the Ukraine–Belarus Border",
            b="SBGSU",
            ch="Emergency Grant through IOM",
            st="Ongoing",
            s="funded",
            pr="BORDER_SECURITY",
            fy={2020: "310.0", 2021: "290.0"},
            text2021=True,
        ),
        dict(
            t="COVID-19 Response Support for Border and Migration Officers",
            b="SBGSU, SMS",
            ch="Supplementary budget through UNDP",
            st="Completed",
            s="funded",
            pr="COVID19",
            fy={2020: "165.5"},
        ),
        dict(
            t="Human Security Project for Prevention of Domestic Violence in Eastern Ukraine",
            b="NPU",
            ch="Grant through UNFPA",
            st="Ongoing",
            s="funded",
            pr="DOMESTIC_VIOLENCE",
            fy={2021: "120.0", 2022: "80.0"},
        ),
        dict(
            t="Provision of Non-Lethal Equipment to the National Guard of Ukraine",
            b="NGU",
            ch="Grant Aid (JICA)",
            st="Under consideration (JFY2021 supplementary budget)",
            s="pipeline",
            pr="OTHER",
            fy={2021: "200.0"},
        ),
        dict(
            t="Capacity Building for Forensic Experts of the National Police",
            b="NPU (Expert Service)",
            ch="JICA Technical Cooperation",
            st="Ongoing",
            s="funded",
            pr="OTHER",
            fy={2020: "45.2", 2021: "60.0", 2022: "52.5"},
        ),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "MIA"
    ws["A1"] = "Embassy of Japan in Ukraine"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Japan's assistance to the Ministry of Internal Affairs system of Ukraine (JFY2020–JFY2022)"
    ws["A2"].font = BOLD
    ws["A3"] = (
        "JFY = Japanese fiscal year (会計年度), 1 April – 31 March: JFY2021 (2021年度) = "
        "1 April 2021 – 31 March 2022. Amounts in JPY million."
    )
    for a in ("A1:I1", "A2:I2", "A3:I3"):
        ws.merge_cells(a)
    h1 = [
        "No.",
        "Project",
        "Beneficiary",
        "Scheme / channel",
        "Amount by Japanese fiscal year (JPY million)",
        None,
        None,
        "Total, JPY million",
        "Status",
    ]
    h2 = [
        None,
        None,
        None,
        None,
        "JFY2020\n(2020年度)",
        "JFY2021\n(2021年度)",
        "JFY2022\n(2022年度)",
        None,
        None,
    ]
    for c, h in enumerate(h1, 1):
        ws.cell(5, c, h)
    for c, h in enumerate(h2, 1):
        if h:
            ws.cell(6, c, h)
    ws.merge_cells("E5:G5")
    for col in "ABCDHI":
        ws.merge_cells(f"{col}5:{col}6")
    style_row(ws, 5, 1, 9, HDR_FILL, True)
    style_row(ws, 6, 1, 9, HDR_FILL, True)
    fycol = {2020: 5, 2021: 6, 2022: 7}
    r = 7
    grand = Fraction(0)
    for i, p in enumerate(P, 1):
        t = new_title(p["t"])
        ws.cell(r, 1, i)
        ws.cell(r, 2, t)
        ws.cell(r, 3, p["b"])
        ws.cell(r, 4, p["ch"])
        ws.cell(r, 9, p["st"])
        tot = Fraction(0)
        amt = Fraction(0)
        for y, v in p["fy"].items():
            if y == 2021 and p.get("text2021"):
                ws.cell(r, fycol[y], f"{v}*")
            else:
                ws.cell(r, fycol[y], float(F(v)))
                ws.cell(r, fycol[y]).number_format = "#,##0.0"
            tot += F(v)
            s, e = apr_fy(y)
            amt += spread(F(v) * M, s, e)
        ws.cell(r, 8, float(tot))
        ws.cell(r, 8).number_format = "#,##0.0"
        grand += tot
        style_row(ws, r, 1, 9)
        add(t, "Japan", p["pr"], p["s"], "JPY", amt)
        r += 1
    ws.cell(r, 2, "Total")
    for y, c in fycol.items():
        v = sum(F(p["fy"].get(y, 0)) for p in P)
        ws.cell(r, c, float(v))
        ws.cell(r, c).number_format = "#,##0.0"
    ws.cell(r, 8, float(grand))
    ws.cell(r, 8).number_format = "#,##0.0"
    assert grand == F("2143.2"), grand
    style_row(ws, r, 1, 9, TOT_FILL, True)
    r += 2
    ws.cell(r, 1, "* incl. JPY 40.0 million from the JFY2021 supplementary budget (IOM, second phase).")
    ws.cell(
        r + 1,
        1,
        "Projects implemented through international organisations are funded by the "
        "Government of Japan; the organisation named is the implementing channel.",
    )
    for col, w in zip("ABCDEFGHI", [5, 55, 16, 32, 12, 12, 12, 14, 28]):
        ws.column_dimensions[col].width = w
    ws.row_dimensions[6].height = 30
    wb.save(os.path.join(raw, "Japan_Embassy_assistance_MIA_JFY2020-2022.xlsx"))


# ----------------------------------------------------------------------------- file 3: US INL
def file_inl(raw):
    P = [
        dict(
            t="Patrol Police Development and Community Policing Program",
            ag="NPU (Patrol Police)",
            im="U.S. DOJ ICITAP",
            st="Ongoing",
            s="funded",
            pr="COMMUNITY_POLICING",
            fy={2020: 2_400_000, 2021: 3_100_000, 2022: 2_800_000},
        ),
        dict(
            t="Border Guard Maritime Domain Awareness Program",
            ag="SBGS (Maritime Guard)",
            im="INL direct procurement",
            st="Ongoing",
            s="funded",
            pr="BORDER_SECURITY",
            fy={2021: 1_750_000, 2022: 1_200_000},
        ),
        dict(
            t="Counter-Narcotics Investigations and Forensic Laboratory Support",
            ag="NPU (Dept. of Counter-Narcotics); Expert Service",
            im="UNODC",
            st="Ongoing",
            s="funded",
            pr="DRUGS",
            fy={2020: 900_000, 2021: 650_000},
        ),
        dict(
            t="Combating Trafficking in Persons: Victim-Centered Investigations",
            ag="NPU; SMS",
            im="IOM",
            st="Ongoing",
            s="funded",
            pr="TRAFFICKING",
            fy={2021: 480_000},
        ),
        dict(
            t="Electronic Custody Records System for Temporary Detention Facilities",
            ag="NPU (temporary detention facilities)",
            im="TBD (open competition)",
            st="Planned - pending Congressional notification",
            s="pipeline",
            pr="CUSTODY",
            fy={2022: 1_000_000},
        ),
        dict(
            t="Migrant Smuggling Interdiction Training for State Migration Service Officers",
            ag="SMS",
            im="IOM",
            st="Cancelled (not launched; funds reprogrammed)",
            s="cancelled",
            pr="ILLEGAL_MIGRATION",
            fy={2021: 300_000},
        ),
        dict(
            t="Cybercrime and Digital Forensics Capacity of the National Police",
            ag="NPU (Cyber Police)",
            im="U.S. DOJ OPDAT",
            st="Ongoing",
            s="funded",
            pr="OTHER",
            fy={2020: 500_000, 2021: 500_000, 2022: 500_000},
        ),
    ]

    def money(v):
        return "-" if not v else f"${v:,.0f}"

    rows = [
        ["U.S. Embassy Kyiv - Bureau of International Narcotics and Law Enforcement Affairs (INL)"],
        [
            "Law enforcement assistance programs with MIA agencies - funding by U.S. Government fiscal year (USD)"
        ],
        [
            "Note: FY = U.S. Government fiscal year, October 1 - September 30 (e.g. FY2021 = October 1, 2020 - "
            "September 30, 2021). FY2020 and FY2021 = obligated; FY2022 = planned, subject to Congressional notification."
        ],
        [],
        ["Program", "MIA agency", "Implementer", "Status", "FY2020", "FY2021", "FY2022", "Total"],
    ]
    tots = {2020: 0, 2021: 0, 2022: 0}
    for p in P:
        t = new_title(p["t"])
        amt = Fraction(0)
        for y, v in p["fy"].items():
            s, e = us_fy(y)
            amt += spread(v, s, e)
            tots[y] += v
        rows.append(
            [t, p["ag"], p["im"], p["st"]]
            + [money(p["fy"].get(y)) for y in (2020, 2021, 2022)]
            + [money(sum(p["fy"].values()))]
        )
        add(t, "INL", p["pr"], p["s"], "USD", amt)
    grand = sum(tots.values())
    assert grand == 16_080_000, grand
    rows.append(["TOTAL", "", "", ""] + [money(tots[y]) for y in (2020, 2021, 2022)] + [money(grand)])
    rows.append([])
    rows.append(
        [
            "Source: INL Kyiv program office. Figures exclude INL regional programs and salaries of U.S. advisors. "
            "Cancelled programs are shown with their originally planned amounts."
        ]
    )
    with open(
        os.path.join(raw, "INL_Kyiv_MIA_programs_USG_fiscal_years.csv"), "w", newline="", encoding="utf-8"
    ) as f:
        csv.writer(f).writerows(rows)


# ----------------------------------------------------------------------------- file 4: EU tranches
def file_eu(raw):
    d = date
    P = [
        dict(
            t="Підтримка інтегрованого управління кордонами в Україні (EU4IBM)",
            b="ДПСУ",
            im="ICMPD",
            ps=d(2020, 3, 1),
            pe=d(2023, 2, 28),
            budget=6_000_000,
            st="триває",
            s="funded",
            pr="BORDER_SECURITY",
            tr=[
                (d(2020, 4, 15), 2_000_000, "сплачено"),
                (d(2021, 3, 22), 1_800_000, "сплачено"),
                (d(2022, 2, 10), 1_400_000, "заплановано"),
                (d(2023, 6, 30), 800_000, "заплановано (залишок)"),
            ],
        ),
        dict(
            t="Протидія торгівлі людьми та захист постраждалих осіб",
            b="НПУ, ДМС",
            im="МОМ (IOM)",
            ps=d(2021, 7, 1),
            pe=d(2023, 6, 30),
            budget=1_500_000,
            st="триває",
            s="funded",
            pr="TRAFFICKING",
            tr=[
                (d(2021, 7, 12), 600_000, "сплачено"),
                (d(2021, 12, 20), 450_000, "заплановано"),
                (d(2022, 9, 15), 300_000, "заплановано"),
                (d(2023, 9, 15), 150_000, "заплановано (залишок)"),
            ],
        ),
        dict(
            t="Модернізація системи оповіщення та реагування ДСНС у Карпатському регіоні",
            b="ДСНС",
            im="Expertise France",
            ps=d(2020, 10, 1),
            pe=d(2022, 9, 30),
            budget=2_000_000,
            st="триває",
            s="funded",
            pr="OTHER",
            tr=[
                (d(2020, 12, 28), 900_000, "сплачено"),
                (d(2021, 6, 14), 500_000, "сплачено"),
                (d(2022, 1, 3), 600_000, "заплановано"),
            ],
        ),
        dict(
            t="Модернізація пунктів пропуску на українсько-польському кордоні",
            b="ДПСУ, Держмитслужба",
            im="Центр транскордонного співробітництва ЄС",
            ps=d(2021, 11, 1),
            pe=d(2024, 10, 31),
            budget=12_000_000,
            st="підписано (старт 01.11.2021)",
            s="funded",
            pr="BORDER_CROSSING",
            tr=[
                (d(2021, 11, 30), 3_000_000, "заплановано"),
                (d(2022, 11, 30), 4_000_000, "заплановано"),
                (d(2023, 11, 30), 3_500_000, "заплановано"),
                (d(2025, 3, 31), 1_500_000, "заплановано (залишок)"),
            ],
        ),
        dict(
            t="Підтримка ДМС у сфері реадмісії та повернення нелегальних мігрантів",
            b="ДМС",
            im="ICMPD",
            ps=d(2019, 1, 1),
            pe=d(2021, 12, 31),
            budget=1_800_000,
            st="триває (завершення 31.12.2021)",
            s="funded",
            pr="ILLEGAL_MIGRATION",
            tr=[
                (d(2019, 2, 20), 900_000, "сплачено"),
                (d(2020, 12, 18), 720_000, "сплачено"),
                (d(2022, 3, 15), 180_000, "заплановано (залишок після фін. звіту)"),
            ],
        ),
        dict(
            t="Ґендерно чутлива поліцейська діяльність та протидія домашньому насильству",
            b="НПУ",
            im="UN Women / Рада Європи",
            ps=d(2021, 12, 1),
            pe=d(2023, 11, 30),
            budget=1_200_000,
            st="на стадії погодження",
            s="pipeline",
            pr="DOMESTIC_VIOLENCE",
            tr=[(d(2021, 12, 15), 500_000, "заплановано"), (d(2022, 12, 15), 700_000, "заплановано")],
        ),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Транші"
    ws["A1"] = "Представництво Європейського Союзу в Україні"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = (
        "Графік виплат траншів за проектами міжнародної технічної допомоги у сфері правоохоронної "
        "діяльності (станом на 15.11.2021), євро"
    )
    ws["A2"].font = BOLD
    ws["A3"] = (
        "Для звітності за календарний рік кожен транш зараховується повністю до того року, "
        "в якому його сплачено (за датою виплати)."
    )
    for a in ("A1:K1", "A2:K2", "A3:K3"):
        ws.merge_cells(a)
    hdr = [
        "№ з/п",
        "Назва проекту",
        "Бенефіціар",
        "Виконавець",
        "Період реалізації",
        "Бюджет ЄС, євро",
        "Статус проекту",
        "№ траншу",
        "Дата виплати",
        "Сума траншу, євро",
        "Стан траншу",
    ]
    for c, h in enumerate(hdr, 1):
        ws.cell(5, c, h)
    style_row(ws, 5, 1, 11, HDR_FILL, True)
    r = 6
    tsum = 0
    bsum = 0
    text_date_toggle = 0
    for i, p in enumerate(P, 1):
        t = new_title(p["t"])
        assert sum(a for _, a, _ in p["tr"]) == p["budget"], t
        r0 = r
        ws.cell(r, 1, i)
        ws.cell(r, 2, t)
        ws.cell(r, 3, p["b"])
        ws.cell(r, 4, p["im"])
        ws.cell(r, 5, f"{p['ps']:%d.%m.%Y} – {p['pe']:%d.%m.%Y}")
        ws.cell(r, 6, p["budget"])
        ws.cell(r, 6).number_format = "#,##0"
        ws.cell(r, 7, p["st"])
        amt = 0
        for k, (dt, a, stt) in enumerate(p["tr"], 1):
            ws.cell(r, 8, k)
            text_date_toggle += 1
            if text_date_toggle % 3 == 0:
                ws.cell(r, 9, f"{dt:%d.%m.%Y}")
            else:
                ws.cell(r, 9, datetime(dt.year, dt.month, dt.day))
                ws.cell(r, 9).number_format = "DD.MM.YYYY"
            ws.cell(r, 10, a)
            ws.cell(r, 10).number_format = "#,##0"
            ws.cell(r, 11, stt)
            style_row(ws, r, 1, 11)
            if dt.year == 2021:
                amt += a
            tsum += a
            r += 1
        bsum += p["budget"]
        for c in range(1, 8):
            if r - 1 > r0:
                ws.merge_cells(start_row=r0, start_column=c, end_row=r - 1, end_column=c)
        add(t, "EU", p["pr"], p["s"], "EUR", amt)
    ws.cell(r, 2, "УСЬОГО")
    ws.cell(r, 6, bsum)
    ws.cell(r, 10, tsum)
    assert bsum == tsum == 24_500_000, (bsum, tsum)
    for c in (6, 10):
        ws.cell(r, c).number_format = "#,##0"
    style_row(ws, r, 1, 11, TOT_FILL, True)
    r += 2
    notes = [
        "Примітки:",
        "1. Дата виплати – фактична дата перерахування коштів виконавцю або запланована дата (для траншів зі станом «заплановано»).",
        "2. Для цілей звітності за календарний рік сума траншу враховується в повному обсязі в році виплати, "
        "незалежно від періоду, який він покриває.",
        "3. Проект щодо ґендерно чутливої поліцейської діяльності ще не затверджено; графік індикативний.",
    ]
    for line in notes:
        ws.cell(r, 1, line)
        r += 1
    for col, w in zip("ABCDEFGHIJK", [6, 48, 16, 24, 24, 14, 22, 9, 13, 15, 22]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    wb.save(os.path.join(raw, "EU_Delegation_tranche_schedule_UA.xlsx"))


# ----------------------------------------------------------------------------- file 5: Switzerland phases
def file_ch(raw):
    d = date
    P = [
        dict(
            t="Поддержка реформы полиции: общественно ориентированная полицейская деятельность в регионах",
            b="НПУ",
            im="DCAF",
            st="Реализуется (фаза II)",
            s="funded",
            pr="COMMUNITY_POLICING",
            ph=[
                ("Фаза I", d(2018, 7, 1), d(2021, 6, 30), 2_400_000, "завершена"),
                ("Фаза II", d(2021, 7, 1), d(2025, 6, 30), 9_600_000, "утверждена"),
            ],
        ),
        dict(
            t="Повышение устойчивости ГСЧС к чрезвычайным ситуациям на Донбассе",
            b="ГСЧС",
            im="Швейцарская гуманитарная помощь (SHA)",
            st="Реализуется",
            s="funded",
            pr="OTHER",
            ph=[
                ("Фаза I", d(2020, 3, 1), d(2022, 2, 28), 2_400_000, "реализуется"),
                ("Фаза II", d(2022, 3, 1), d(2025, 2, 28), 3_000_000, "планируется"),
            ],
        ),
        dict(
            t="Межведомственное реагирование на домашнее насилие",
            b="НПУ, МВД",
            im="UNFPA",
            st="Реализуется (фаза II)",
            s="funded",
            pr="DOMESTIC_VIOLENCE",
            ph=[
                ("Фаза I (пилотная)", d(2019, 10, 1), d(2021, 3, 31), 600_000, "завершена"),
                ("Фаза II", d(2021, 4, 1), d(2023, 12, 31), 2_800_000, "утверждена"),
            ],
        ),
        dict(
            t="Модернизация изоляторов временного содержания и учет задержанных лиц",
            b="НПУ",
            im="Совет Европы",
            st="Отменен до начала реализации",
            s="cancelled",
            pr="CUSTODY",
            ph=[("Фаза I", d(2021, 4, 1), d(2023, 3, 31), 1_500_000, "отменена")],
        ),
        dict(
            t="Цифровизация миграционных услуг ГМС",
            b="ГМС",
            im="МОМ (IOM)",
            st="В стадии разработки",
            s="pipeline",
            pr="ILLEGAL_MIGRATION",
            ph=[("Вступительная фаза", d(2021, 9, 1), d(2024, 8, 31), 2_700_000, "в стадии разработки")],
        ),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Проекты"
    ws["A1"] = "Посольство Швейцарии в Украине – Швейцарское бюро сотрудничества"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = (
        "Проекты в секторе правоохранительной деятельности (МВД): бюджет по фазам, швейцарские франки (CHF)"
    )
    ws["A2"].font = BOLD
    ws["A3"] = (
        "Строка проекта – весь проект (сумма всех фаз); строки фаз – сроки и бюджет каждой фазы. "
        "Бюджет фазы распределяется равномерно в пределах сроков фазы."
    )
    for a in ("A1:H1", "A2:H2", "A3:H3"):
        ws.merge_cells(a)
    hdr = ["№", "Проект / фаза", "Получатель", "Исполнитель", "Начало", "Окончание", "Бюджет, CHF", "Статус"]
    for c, h in enumerate(hdr, 1):
        ws.cell(5, c, h)
    style_row(ws, 5, 1, 8, HDR_FILL, True)
    r = 6
    grand = 0
    for i, p in enumerate(P, 1):
        t = new_title(p["t"])
        total = sum(x[3] for x in p["ph"])
        ws.cell(r, 1, i)
        ws.cell(r, 2, t)
        ws.cell(r, 3, p["b"])
        ws.cell(r, 4, p["im"])
        ws.cell(r, 5, f"{p['ph'][0][1]:%d.%m.%Y}")
        ws.cell(r, 6, f"{p['ph'][-1][2]:%d.%m.%Y}")
        ws.cell(r, 7, total)
        ws.cell(r, 7).number_format = "#,##0"
        ws.cell(r, 8, p["st"])
        style_row(ws, r, 1, 8, bold=True)
        grand += total
        r += 1
        amt = Fraction(0)
        for k, (name, s, e, b, stt) in enumerate(p["ph"], 1):
            ws.cell(r, 1, f"{i}.{k}")
            ws.cell(r, 2, f"   {name}")
            ws.cell(r, 5, f"{s:%d.%m.%Y}")
            ws.cell(r, 6, f"{e:%d.%m.%Y}")
            ws.cell(r, 7, b)
            ws.cell(r, 7).number_format = "#,##0"
            ws.cell(r, 8, stt)
            style_row(ws, r, 1, 8)
            ws.row_dimensions[r].outline_level = 1
            amt += spread(b, s, e)
            r += 1
        add(t, "Switzerland", p["pr"], p["s"], "CHF", amt)
    ws.cell(r, 2, "Итого по проектам")
    ws.cell(r, 7, grand)
    ws.cell(r, 7).number_format = "#,##0"
    assert grand == 25_000_000, grand
    style_row(ws, r, 1, 8, TOT_FILL, True)
    r += 2
    ws.cell(r, 1, "Примечание: фаза II проекта ГСЧС будет утверждена после внешней оценки фазы I (2022).")
    for col, w in zip("ABCDEFGH", [6, 60, 14, 32, 12, 12, 14, 28]):
        ws.column_dimensions[col].width = w
    ws.sheet_properties.outlinePr.summaryBelow = False
    # hidden archive sheet (old figures, explicitly not to be used)
    wa = wb.create_sheet("архив_2020")
    wa["A1"] = "АРХИВ – версия таблицы 2020 г. (не использовать, данные устарели)"
    wa.append([])
    wa.append(["Проект", "Срок", "Бюджет, CHF"])
    wa.append(["Поддержка реформы полиции (фаза I)", "2018–2021", 3_400_000])
    wa.append(["Межведомственное реагирование на домашнее насилие (пилот)", "2019–2021", 1_100_000])
    wa.sheet_state = "hidden"
    wb.save(os.path.join(raw, "Switzerland_SDC_projects_by_phase_RU.xlsx"))


# ----------------------------------------------------------------------------- file 6: Canada quarters
def file_canada(raw):
    Q = [
        "2020-21 Q3",
        "2020-21 Q4",
        "2021-22 Q1",
        "2021-22 Q2",
        "2021-22 Q3",
        "2021-22 Q4",
        "2022-23 Q1",
        "2022-23 Q2+",
    ]
    # calendar span of each column (Q2+ = rest of the project, from 1 Jul 2022)
    span = {
        "2020-21 Q3": (date(2020, 10, 1), date(2020, 12, 31)),
        "2020-21 Q4": (date(2021, 1, 1), date(2021, 3, 31)),
        "2021-22 Q1": (date(2021, 4, 1), date(2021, 6, 30)),
        "2021-22 Q2": (date(2021, 7, 1), date(2021, 9, 30)),
        "2021-22 Q3": (date(2021, 10, 1), date(2021, 12, 31)),
        "2021-22 Q4": (date(2022, 1, 1), date(2022, 3, 31)),
        "2022-23 Q1": (date(2022, 4, 1), date(2022, 6, 30)),
        "2022-23 Q2+": (date(2022, 7, 1), date(2023, 3, 31)),
    }
    P = [
        dict(
            t="Gender Integration and Prevention of Sexual and Gender-Based Violence in the National Police",
            b="National Police of Ukraine",
            im="UN Women Ukraine",
            st="Active",
            s="funded",
            pr="DOMESTIC_VIOLENCE",
            q=[150_000, 150_000, 200_000, 200_000, 200_000, 200_000, 100_000, None],
        ),
        dict(
            t="Community Policing Training for Patrol Police Instructors",
            b="National Police (Patrol Police)",
            im="Canadian Police Arrangement (RCMP)",
            st="Under review",
            s="pipeline",
            pr="COMMUNITY_POLICING",
            q=[None, None, None, None, 120_000, 180_000, 180_000, 520_000],
        ),
        dict(
            t="Explosive Ordnance Disposal Capacity of the State Emergency Service",
            b="State Emergency Service",
            im="Mines Advisory Group (MAG)",
            st="Active",
            s="funded",
            pr="OTHER",
            q=[300_000, 250_000, 250_000, "nil", 100_000, None, None, None],
        ),
        dict(
            t="Supporting Ukraine's Asylum System and Refugee Status Determination",
            b="State Migration Service",
            im="UNHCR",
            st="Active",
            s="funded",
            pr="ILLEGAL_MIGRATION",
            q=[None, 80_000, 90_000, 90_000, 90_000, 90_000, 90_000, None],
        ),
        dict(
            t="COVID-19 Protective Equipment for Border Guard Checkpoints",
            b="State Border Guard Service",
            im="IOM Ukraine",
            st="Completed (Mar 2021)",
            s="funded",
            pr="COVID19",
            q=[400_000, 175_000, None, None, None, None, None, None],
        ),
    ]

    def money(v):
        if v is None:
            return ""
        if isinstance(v, str):
            return v
        return f"{v:,.2f}"

    rows = [
        ["Global Affairs Canada - Peace and Stabilization Operations Program (PSOPs) / Ukraine"],
        ["Payment plan by Government of Canada fiscal quarter, Canadian dollars (CAD)"],
        [
            "Government of Canada fiscal year: April 1 - March 31. Q1 = April-June, Q2 = July-September, "
            "Q3 = October-December, Q4 = January-March. 2022-23 Q2+ = remainder of the project."
        ],
        [],
        ["Project title", "Beneficiary", "Implementing partner", "Status"] + Q + ["Total"],
    ]
    coltot = [0] * len(Q)
    for p in P:
        t = new_title(p["t"])
        amt = Fraction(0)
        tot = 0
        for k, (qn, v) in enumerate(zip(Q, p["q"])):
            if isinstance(v, int):
                s, e = span[qn]
                assert s.year == e.year or qn == "2022-23 Q2+"
                if s.year == 2021:
                    amt += v
                tot += v
                coltot[k] += v
        rows.append([t, p["b"], p["im"], p["st"]] + [money(v) for v in p["q"]] + [money(tot)])
        add(t, "Canada", p["pr"], p["s"], "CAD", amt)
    grand = sum(coltot)
    assert grand == 4_205_000, grand
    rows.append(["Total", "", "", ""] + [money(v) for v in coltot] + [money(grand)])
    rows.append([])
    rows.append(
        [
            "Amounts for 2021-22 Q3 onwards are forecasts. Community policing project subject to "
            "approval by the Minister."
        ]
    )
    with open(
        os.path.join(raw, "Canada_PSOPs_payment_plan_fiscal_quarters.csv"),
        "w",
        newline="",
        encoding="utf-8-sig",
    ) as f:
        csv.writer(f, delimiter=";").writerows(rows)


# ----------------------------------------------------------------------------- file 7: UNDP half-years
def file_undp(raw):
    H = ["ІІ півріччя 2020", "І півріччя 2021", "ІІ півріччя 2021", "І півріччя 2022", "ІІ півріччя 2022"]
    Hyear = [2020, 2021, 2021, 2022, 2022]
    P = [
        dict(
            t="Безпека громад та соціальна згуртованість на Сході України",
            b="НПУ, ДСНС",
            st="триває",
            s="funded",
            pr="COMMUNITY_POLICING",
            don=[
                (
                    "Норвегія (МЗС Норвегії)",
                    "Norway",
                    "NOK",
                    [2_000_000, 3_500_000, 3_500_000, 3_000_000, None],
                ),
                ("Швеція (Sida)", "Sweden", "SEK", [None, 1_800_000, 2_200_000, 2_000_000, None]),
            ],
        ),
        dict(
            t="Протидія незаконному обігу наркотиків у морських портах Одеської області",
            b="НПУ, Держмитслужба",
            st="триває",
            s="funded",
            pr="DRUGS",
            don=[("Данія (МЗС Данії)", "Denmark", "DKK", [None, 950_000, 1_100_000, 800_000, None])],
        ),
        dict(
            t="Електронна система обліку затриманих осіб (Custody Records) в ізоляторах тимчасового тримання",
            b="НПУ",
            st="триває",
            s="funded",
            pr="CUSTODY",
            don=[("Данія (МЗС Данії)", "Denmark", "DKK", [600_000, 750_000, 400_000, None, None])],
        ),
        dict(
            t="Захист особового складу ДСНС від COVID-19",
            b="ДСНС",
            st="завершено",
            s="funded",
            pr="COVID19",
            don=[("ПРООН (власні ресурси, TRAC)", "UNDP", "USD", [250_000, 120_000, None, None, None])],
        ),
        dict(
            t="Розвиток спроможності НГУ з охорони громадського порядку",
            b="НГУ",
            st="у стадії планування",
            s="pipeline",
            pr="OTHER",
            don=[("Норвегія (МЗС Норвегії)", "Norway", "NOK", [None, None, 1_500_000, 4_000_000, 4_000_000])],
        ),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Фінансування"
    ws["A1"] = "ПРООН в Україні – Програма ООН із відновлення та розбудови миру"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Фінансування проектів з органами системи МВС у розрізі донорів та півріч (у валюті внеску)"
    ws["A2"].font = BOLD
    for a in ("A1:L1", "A2:L2"):
        ws.merge_cells(a)
    hdr = ["№", "Назва проекту", "Бенефіціар", "Донор", "Валюта"] + H + ["Всього", "Статус"]
    for c, h in enumerate(hdr, 1):
        ws.cell(4, c, h)
    style_row(ws, 4, 1, 12, HDR_FILL, True)
    r = 5
    cur_tot = {}
    n_text = 0
    for i, p in enumerate(P, 1):
        t = new_title(p["t"])
        r0 = r
        for dname, partner, cur, vals in p["don"]:
            ws.cell(r, 1, i)
            ws.cell(r, 2, t)
            ws.cell(r, 3, p["b"])
            ws.cell(r, 4, dname)
            ws.cell(r, 5, cur)
            amt = 0
            tot = 0
            for k, v in enumerate(vals):
                if v is None:
                    continue
                n_text += 1
                if n_text % 4 == 0:
                    ws.cell(r, 6 + k, f"{v:,}".replace(",", " "))
                else:
                    ws.cell(r, 6 + k, v)
                    ws.cell(r, 6 + k).number_format = "#,##0"
                if Hyear[k] == 2021:
                    amt += v
                tot += v
            ws.cell(r, 11, tot)
            ws.cell(r, 11).number_format = "#,##0"
            ws.cell(r, 12, p["st"])
            ct = cur_tot.setdefault(cur, [0] * 6)
            for k, v in enumerate(vals):
                ct[k] += v or 0
            ct[5] += tot
            style_row(ws, r, 1, 12)
            add(t, partner, p["pr"], p["s"], cur, amt)
            r += 1
        if r - 1 > r0:
            for c in (1, 2, 3, 12):
                ws.merge_cells(start_row=r0, start_column=c, end_row=r - 1, end_column=c)
    for cur in ("NOK", "SEK", "DKK", "USD"):
        ct = cur_tot[cur]
        ws.cell(r, 2, f"Разом, {cur}")
        ws.cell(r, 5, cur)
        for k in range(6):
            ws.cell(r, 6 + k, ct[k] if ct[k] else None)
            ws.cell(r, 6 + k).number_format = "#,##0"
        style_row(ws, r, 1, 12, TOT_FILL, True)
        r += 1
    assert cur_tot["NOK"][5] == 21_500_000 and cur_tot["DKK"][5] == 4_600_000
    r += 1
    ws.cell(
        r,
        1,
        "Примітки: суми – фактичні (2020 – І півріччя 2021) та заплановані (з ІІ півріччя 2021) "
        "надходження від донорів у валюті угоди. ПРООН – виконавець усіх проектів.",
    )
    ws.cell(r + 1, 1, "Проект із захисту ДСНС від COVID-19 профінансовано з власних ресурсів ПРООН (TRAC).")
    for col, w in zip("ABCDEFGHIJKL", [5, 50, 18, 26, 8, 14, 14, 14, 14, 14, 14, 20]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(raw, "UNDP_RPP_donor_funding_by_half-year_UA.xlsx"))


# ----------------------------------------------------------------------------- file 8: Germany
def file_de(raw):
    P = [
        dict(
            t="Partnership with the National Academy of Internal Affairs: Training of Criminal Investigators",
            b="MIA / National Academy of Internal Affairs",
            im="German Federal Police (BPOL) / BKA",
            dur="01/2019 – 12/2022",
            st="ongoing",
            s="funded",
            pr="OTHER",
            y={2020: 450_000, 2021: 600_000, 2022: 500_000},
            total=1_950_000,
            pre=400_000,
        ),
        dict(
            t="Faster and Safer Crossing: Passenger Clearance at Checkpoints on the Ukraine–Hungary Border",
            b="SBGS",
            im="GIZ",
            dur="07/2020 – 06/2023",
            st="ongoing",
            s="funded",
            pr="BORDER_CROSSING",
            y={2020: 300_000, 2021: 900_000, 2022: 900_000, 2023: 400_000},
            total=2_500_000,
        ),
        dict(
            t="Strengthening Migration Management: Biometric Registration Capacity of the State Migration Service",
            b="SMS",
            im="GIZ",
            dur="03/2021 – 02/2024",
            st="ongoing",
            s="funded",
            pr="ILLEGAL_MIGRATION",
            y={2021: 750_000, 2022: "tbd", 2023: "tbd"},
            total=2_100_000,
        ),
        dict(
            t="Prevention of Trafficking in Human Beings in the Eastern Partnership Region",
            b="NPU, SMS",
            im="GIZ",
            dur="01/2021 – 12/2022",
            st="ongoing",
            s="funded",
            pr="TRAFFICKING",
            co=[
                ("German contribution (Federal Foreign Office)", "Germany", {2021: 350_000, 2022: 350_000}),
                ("EU co-financing (delegated cooperation)", "EU", {2021: 500_000, 2022: 600_000}),
            ],
        ),
        dict(
            t="Drug Precursor Control and Detection of Synthetic Drug Laboratories",
            b="NPU (Counter-Narcotics)",
            im="BKA",
            dur="10/2021 – 09/2023",
            st="signed",
            s="funded",
            pr="DRUGS",
            y=None,
            total=1_200_000,
            spread=(date(2021, 10, 1), date(2023, 9, 30)),
        ),
        dict(
            t="Search and Rescue Equipment for the State Emergency Service (Flood Response)",
            b="SES",
            im="THW (Federal Agency for Technical Relief)",
            dur="2021–2022",
            st="pipeline (application under review)",
            s="pipeline",
            pr="OTHER",
            y=None,
            total=800_000,
            spread=(date(2021, 1, 1), date(2022, 12, 31)),
        ),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Projects MIA"
    ws["A1"] = "German Embassy Kyiv – Federal Foreign Office: projects with MIA agencies"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Commitments by calendar year, EUR (as of October 2021)"
    ws["A2"].font = BOLD
    for a in ("A1:K1", "A2:K2"):
        ws.merge_cells(a)
    hdr = [
        "#",
        "Project",
        "Beneficiary",
        "Implementer",
        "Duration",
        "2020",
        "2021",
        "2022",
        "2023",
        "Total commitment",
        "Status",
    ]
    for c, h in enumerate(hdr, 1):
        ws.cell(4, c, h)
    style_row(ws, 4, 1, 11, HDR_FILL, True)
    ycol = {2020: 6, 2021: 7, 2022: 8, 2023: 9}
    r = 5
    grand = 0

    def put_years(row, ydict):
        for y, v in ydict.items():
            ws.cell(row, ycol[y], v)
            if isinstance(v, int):
                ws.cell(row, ycol[y]).number_format = "#,##0"

    for i, p in enumerate(P, 1):
        t = new_title(p["t"])
        ws.cell(r, 1, i)
        ws.cell(r, 2, t)
        ws.cell(r, 3, p["b"])
        ws.cell(r, 4, p["im"])
        ws.cell(r, 5, p["dur"])
        ws.cell(r, 11, p["st"])
        if "co" in p:
            tot_all = sum(sum(d.values()) for _, _, d in p["co"])
            ws.cell(r, 10, tot_all)
            ws.cell(r, 10).number_format = "#,##0"
            style_row(ws, r, 1, 11)
            grand += tot_all
            r += 1
            for label, partner, yd in p["co"]:
                ws.cell(r, 2, f"   – {label}")
                put_years(r, yd)
                ws.cell(r, 10, sum(yd.values()))
                ws.cell(r, 10).number_format = "#,##0"
                style_row(ws, r, 1, 11)
                ws.cell(r, 2).font = Font(italic=True)
                add(t, partner, p["pr"], p["s"], "EUR", yd[2021])
                r += 1
            continue
        if p["y"]:
            put_years(r, p["y"])
            amt = p["y"][2021]
            ints = sum(v for v in p["y"].values() if isinstance(v, int))
            assert ints + p.get("pre", 0) == p["total"] or "tbd" in p["y"].values(), t
        else:
            ws.cell(r, 6, "annual breakdown to be agreed")
            ws.merge_cells(start_row=r, start_column=6, end_row=r, end_column=9)
            amt = spread(p["total"], *p["spread"])
        ws.cell(r, 10, p["total"])
        ws.cell(r, 10).number_format = "#,##0"
        if p.get("pre"):
            ws.cell(r, 10).comment = Comment("incl. EUR 400,000 disbursed in 2019", "Embassy")
            ws.cell(r, 10).number_format = '#,##0"¹"'
        grand += p["total"]
        style_row(ws, r, 1, 11)
        add(t, "Germany", p["pr"], p["s"], "EUR", amt)
        r += 1
    ws.cell(r, 2, "Total")
    ws.cell(r, 10, grand)
    ws.cell(r, 10).number_format = "#,##0"
    assert grand == 1_950_000 + 2_500_000 + 2_100_000 + 1_800_000 + 1_200_000 + 800_000
    style_row(ws, r, 1, 11, TOT_FILL, True)
    r += 2
    for line in [
        "¹ Total commitment includes EUR 400,000 disbursed in 2019 (not shown in the year columns).",
        "Year columns are calendar years (January–December). “tbd”: amount for the year not yet fixed.",
        "Project “Prevention of Trafficking…” is implemented by GIZ with EU co-financing; both contributions shown.",
    ]:
        ws.cell(r, 1, line)
        r += 1
    for col, w in zip("ABCDEFGHIJK", [4, 60, 22, 26, 18, 11, 11, 11, 11, 15, 26]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C5"
    wb.save(os.path.join(raw, "Germany_FFO_commitments_2020-2023.xlsx"))


# ----------------------------------------------------------------------------- main
def main():
    if len(sys.argv) != 2:
        sys.exit("usage: python set_al.py OUT_DIR")
    out = sys.argv[1]
    raw = os.path.join(out, "raw")
    os.makedirs(raw, exist_ok=True)
    # sanity checks of the calendar arithmetic
    assert days_in_2021(*apr_fy(2020)) == 90 and ndays(*apr_fy(2020)) == 365
    assert days_in_2021(*apr_fy(2021)) == 275 and ndays(*apr_fy(2021)) == 365
    assert days_in_2021(*us_fy(2021)) == 273 and ndays(*us_fy(2021)) == 365
    assert days_in_2021(*us_fy(2022)) == 92 and days_in_2021(*us_fy(2020)) == 0
    assert ndays(*apr_fy(2019)) == 366 and days_in_2021(*apr_fy(2019)) == 0
    for fn in (file_uk, file_japan, file_inl, file_eu, file_ch, file_canada, file_undp, file_de):
        fn(raw)
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
