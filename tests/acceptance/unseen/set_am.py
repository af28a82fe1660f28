# ruff: noqa: B007, B023, B905, C408, E731, E741, F401, F841, RUF001, RUF057, UP031, UP032 - a data script written blind, kept as written
"""Blind test set AM -- "tables that went through another format before arriving".

Usage:  python set_am.py OUT_DIR   ->  OUT_DIR/raw/*  and  OUT_DIR/expected.csv

Every file here was a PDF or a Word table first and was converted (pdf2xlsx, OCR, Word copy-paste) into
Excel / CSV / TXT by somebody in a hurry. The data are all there, but the layout carries the debris of the
original document: page headers and footers inside the data, the column header again on every page,
long titles broken over several rows, numbers split between cells or lines, rows shifted one column to
the right, period and money merged into one cell, footnote markers glued to numbers, currency on its own
line, empty spacer columns, two-row headers, page subtotals and grand totals.

Conventions for expected.csv (computed below with datetime.date and exact fractions, rounded half-up):
* title = the full title; where the converter broke ONE title over several rows (continuation rows carry
  no number, no money, no period), the pieces are joined with one space.
* 2021 = a stated 2021 amount where the file gives one ("в т.ч. 2021" in file 5); otherwise the total spread
  by days over the period (months: 1st of first month .. last of last month; years only: 1 Jan .. 31 Dec).
* cancelled / pipeline projects keep the money the file shows for them (status tells the rest).
* page subtotals / grand totals / "Разом" lines are NOT projects; the script asserts they add up.

FILE BY FILE
------------
1. EU_Annex_II_LE_projects_converted_from_PDF.xlsx (EU, EUR, English, 8 projects E1-E8)
   pdf2xlsx export of a 3-page annex. Empty spacer columns C, E, H. Two-row header ("EU contribution" /
   "(EUR)", "Implementation period" / "(dd.mm.yyyy)"). Every page repeats the two document-title lines
   and both header rows; each page ends with "Total page n" and "Page n of 3"; "GRAND TOTAL" at the end.
   Amounts are text "6 000 000,00" (some with no-break spaces); E3 "3 500 000,00¹" (footnote glued);
   E4 "800\n000,00" (line break inside the number). Titles of E1 (3 rows), E4, E5, E7 broken over rows;
   E2's title is broken ACROSS THE PAGE BREAK: "...State Research Expert" on page 1, "and Forensic Centre
   of the MIA" as the first data row of page 2 (after the repeated page header).
   Partner EU throughout (ICMPD, Expertise France, UNDP, UNOPS, Council of Europe, IOM, UN Women are
   implementers). E6 ended 2020 -> 0. E7 pipeline ("planned (AAP 2021)²"), E8 cancelled³ (years only
   "2021 – 2022" -> half of 2.2m).
   Wrong readings: continuation rows / page-header rows / subtotal rows read as projects; E2 read as
   "...State Research Expert" plus an orphan project "and Forensic Centre of the MIA"; the totals
   double-counted (20.3m grand total); E4 read as 800 or 0; E3 read as 3 500 000,001.
2. INL_programs_MIA_Feb2021_pasted_from_PDF.csv (USA, USD, English, comma CSV UTF-8, 7 projects U1-U7)
   Header names "U.S. Embassy Kyiv" first, then INL -> partner USA for all. Columns: #, Program title,
   (spacer), Beneficiary, Period of performance, Amount (USD), (spacer), Status. US dates mm/dd/yyyy
   (10/01/2020 = 1 October; every period has an unambiguous partner date like 09/30/2022).
   U2's amount split over two cells "1 800" | "000" (spacer column) -> 1,800,000. U3's row is shifted one
   column to the right (period lands under "Amount", amount under the spacer). U5's amount cell is "US$"
   and the number 2,750,000 is on the next (otherwise empty) row. U7 "600,000*" footnote glued; U2 and U7
   titles broken over two rows. Page break with repeated header lines, "Page 1 of 2", "Subtotal page 1",
   "TOTAL". U4 ended 12/31/2020 -> 0. U6 pipeline ("Proposed").
3. Sweden_Embassy_projects_Word_copy.xlsx (Sweden, SEK, English/Ukrainian, 6 projects S1-S6)
   A Word "project sheet" pasted into Excel: each project is a block of label/value lines (Project,
   Implementing partner, Beneficiary, Period, Swedish contribution, Status), blank line between blocks; the
   Word page header and "Page 1 of 2 / Сторінка 1 з 2" appear in the middle. S1 title on two lines (value
   continues on a row with empty label). S3 has "Period and budget" merged into one value
   "01.03.2021–28.02.2023 SEK 4 500 000". S4's contribution is "SEK" with the number on the next line.
   S6's block is shifted one column right (labels in B, values in C) and its amount is "SEK 6,3 mln".
   Implementers UN Women / UNHCR / IOM / UNDP / DCAF / Folke Bernadotte Academy -> partner Sweden.
   S2 years only "2021–2023" -> exactly one third. S5 pipeline ("under consideration"), starts 01.2022 -> 0.
4. ПРООН_проєкти_сектор_ПД_2021_(pdf2xlsx).xlsx (Ukrainian, UNDP implementer, 6 projects / 7 lines P1-P6)
   Donor column gives the partner; the column "Період реалізації / та бюджет" (header split over 2 rows)
   holds period AND money in one cell: "01.03.2021–28.02.2023 EUR 450,000" (P2 with a line break between
   period and money). Spacer column C. P2, P3 titles broken over two rows. P3 co-funded "Данія / Швеція",
   cell "USD 2 000 000", split given on continuation rows "(Данія – USD 1 200 000;" / "Швеція – USD
   800 000)" -> two lines, each spread over 2021-2022 (one half in 2021). P4 donor "ПРООН (власні
   ресурси, TRAC)" -> partner UNDP. P5 years only "2020–2022 CHF 1 500 000²" (footnote glued, 1096 days).
   P6 pipeline ("на стадії погодження"). Per-currency "Разом" line; page header + header rows repeated.
5. ICMPD_proekty_granica_migraciya_OCR.txt (Russian, tab-delimited, cp1251, 6 projects R1-R6)
   OCR'd scan from ICMPD: donor column (Литва / Польша / ICMPD own funds), "Бюджет" / "(сумма, валюта)"
   with the currency written after the number, and "в т.ч." / "на 2021 г." column (two-row headers).
   Empty spacer column after the title. R1 states 260 000 for 2021 (spreading would give 263,698.63) ->
   260 000. R6 pipeline states 300 000 for 2021 -> 300 000. Others: spread. R2 "4 800 000 PLN*)" footnote
   glued; R4 amount "1 250 000" with "PLN" alone on the next line (with the title's continuation).
   R3 donor "ICMPD (собственные средства)" -> partner ICMPD. R5 2019–2020 -> 0. "Итого по странице" per
   currency, "ВСЕГО", page header/footer "Стр. 1 из 2" repeated inside.
6. UK_CSSF_Annex_A_MIA_projects_pdf.xlsx (UK, GBP, English, 6 projects K1-K6)
   Header split over two rows "Budget" / "(GBP '000)" -> x1000. Spacer columns D and H. K1's budget split
   by the converter into "1" (Budget column) and "250" (spacer column) -> £1,250k (page total 1 730
   confirms). K2 "480¹" footnote glued. K3's row shifted one column right (end date under "Budget", 300
   under the spacer). K4 ended 31.03.2021 (90 of 731 days). K5 pipeline ("Pending approval") starts 2022 -> 0.
   "Total" per page and "Grand total"; page header repeated; titles of K1 and K2 broken over two rows.
7. IOM_Ukraine_MIA_projects_table_from_Word.csv (English/Ukrainian, semicolon CSV, cp1251, 6 projects I1-I6)
   A Word table copied into Excel and saved as CSV: every paragraph of a Word cell became its own row, so a
   project spans two rows -- title in two pieces, "01.12.2019 –" / "30.11.2022", "EUR" / "2 600 000".
   Header split over two rows. Donor column: European Union -> EU, Government of Japan -> Japan,
   Canada (GAC) -> Canada, IOM Development Fund -> IOM (own resources), U.S. Department of State (PRM) ->
   USA, Norway -> Norway. I3 months "04.2021 –" / "03.2024" (1 Apr 2021 - 31 Mar 2024).
   I6 cancelled ("withdrawn by donor"). Per-currency "Total" lines, page header/footer repeated.
"""

import csv
import os
import re
import sys
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from openpyxl import Workbook
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
    return Fraction(total) * days_in_2021(s, e) / ndays(s, e)


def r2(fr):
    fr = Fraction(fr)
    return (Decimal(fr.numerator) / Decimal(fr.denominator)).quantize(Decimal("0.01"), ROUND_HALF_UP)


def D(s):  # "dd.mm.yyyy"
    d, m, y = map(int, s.split("."))
    return date(y, m, d)


def US(s):  # "mm/dd/yyyy"
    m, d, y = map(int, s.split("/"))
    return date(y, m, d)


def month_end(y, m):
    nxt = date(y + (m == 12), m % 12 + 1, 1)
    return date.fromordinal(nxt.toordinal() - 1)


def digits(s):
    """digits of a rendered amount, decimals ',00' dropped and footnote markers removed."""
    s = re.sub(r"[¹²³*)]", "", str(s))
    s = re.sub(r",00$", "", s.strip())
    return int(re.sub(r"\D", "", s))


EXP = []
TITLES = set()


def add(title, partner, priority, status, currency, amount):
    assert status in ("funded", "pipeline", "cancelled")
    assert "  " not in title and title == title.strip()
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


def new_title(*pieces):
    t = " ".join(p.strip() for p in pieces)
    assert t not in TITLES, t
    TITLES.add(t)
    return t


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HDR_FILL = PatternFill("solid", fgColor="D9D9D9")
BOLD = Font(bold=True)
SMALL = Font(size=8, italic=True)
WRAP = Alignment(wrap_text=True, vertical="top")


def put_row(ws, r, values, c0=1, border=True, bold=False, fill=None, font=None):
    for i, v in enumerate(values):
        if v is None:
            continue
        assert not (isinstance(v, str) and v.startswith("=")), v
        cell = ws.cell(r, c0 + i, v)
        cell.alignment = WRAP
        if border:
            cell.border = BOX
        if bold:
            cell.font = BOLD
        if font is not None:
            cell.font = font
        if fill:
            cell.fill = fill


# ============================================================================= file 1: EU (PDF -> xlsx)
def file_eu(raw):
    cur = "EUR"
    P = {}  # key -> dict(pieces, total, s, e, status, pr, rendered)
    P["E1"] = dict(
        pieces=[
            "Support to the State Border Guard Service in",
            "integrated border management along the",
            "eastern land border (EU4IBM-East)",
        ],
        ben="SBGS (ДПСУ)",
        imp="ICMPD",
        per="01.01.2020 – 31.12.2022",
        s=D("01.01.2020"),
        e=D("31.12.2022"),
        tot=6_000_000,
        amt="6 000 000,00",
        st="ongoing",
        S="funded",
        pr="BORDER_SECURITY",
    )
    P["E2"] = dict(
        pieces=[
            "Strengthening the forensic capacities of the State Research Expert",
            "and Forensic Centre of the MIA",
        ],
        ben="MIA / ДНДЕКЦ",
        imp="Expertise France",
        per="01.07.2019 – 30.06.2021",
        s=D("01.07.2019"),
        e=D("30.06.2021"),
        tot=2_400_000,
        amt=f"2{NB}400{NB}000,00",
        st="ongoing",
        S="funded",
        pr="OTHER",
    )
    P["E3"] = dict(
        pieces=["EU support to community policing in Donetsk and Luhansk oblasts"],
        ben="National Police (НПУ)",
        imp="UNDP",
        per="01.04.2021 – 31.03.2024",
        s=D("01.04.2021"),
        e=D("31.03.2024"),
        tot=3_500_000,
        amt="3 500 000,00¹",
        st="signed",
        S="funded",
        pr="COMMUNITY_POLICING",
    )
    P["E4"] = dict(
        pieces=["Rapid COVID-19 response: personal protective equipment", "for SES and National Guard units"],
        ben="SES (ДСНС), NGU (НГУ)",
        imp="UNOPS",
        per="15.04.2020 – 14.04.2021",
        s=D("15.04.2020"),
        e=D("14.04.2021"),
        tot=800_000,
        amt="800\n000,00",
        st="completed",
        S="funded",
        pr="COVID19",
    )
    P["E5"] = dict(
        pieces=[
            "Modernisation of temporary detention facilities and electronic",
            "custody records of the National Police",
        ],
        ben="National Police (НПУ)",
        imp="Council of Europe",
        per="01.09.2021 – 31.08.2023",
        s=D("01.09.2021"),
        e=D("31.08.2023"),
        tot=1_900_000,
        amt="1 900 000,00",
        st="ongoing",
        S="funded",
        pr="CUSTODY",
    )
    P["E6"] = dict(
        pieces=["Strengthening the State Migration Service's capacity on asylum and readmission"],
        ben="SMS (ДМС)",
        imp="IOM",
        per="01.01.2018 – 31.12.2020",
        s=D("01.01.2018"),
        e=D("31.12.2020"),
        tot=2_000_000,
        amt="2 000 000,00",
        st="completed",
        S="funded",
        pr="ILLEGAL_MIGRATION",
    )
    P["E7"] = dict(
        pieces=["Support to a victim-centred police response to domestic and", "gender-based violence"],
        ben="National Police (НПУ)",
        imp="UN Women",
        per="01.10.2021 – 30.09.2023",
        s=D("01.10.2021"),
        e=D("30.09.2023"),
        tot=1_500_000,
        amt=f"1{NB}500{NB}000,00",
        st="planned (AAP 2021)²",
        S="pipeline",
        pr="DOMESTIC_VIOLENCE",
    )
    P["E8"] = dict(
        pieces=["Maritime surveillance equipment for the SBGS Azov-Black Sea regional directorate"],
        ben="SBGS (ДПСУ)",
        imp="—",
        per="2021 – 2022",
        s=date(2021, 1, 1),
        e=date(2022, 12, 31),
        tot=2_200_000,
        amt="2 200 000,00",
        st="cancelled³",
        S="cancelled",
        pr="BORDER_SECURITY",
    )
    for k, p in P.items():
        assert digits(p["amt"]) == p["tot"], k
        p["title"] = new_title(*p["pieces"])
        add(p["title"], "EU", p["pr"], p["S"], cur, spread(p["tot"], p["s"], p["e"]))
    # E8: years only 2021-2022 -> exactly one half
    assert EXP[-1]["amount_2021"] == Decimal("1100000.00")

    wb = Workbook()
    ws = wb.active
    ws.title = "Table 1"
    W = 10  # A..J ; spacer columns C, E, H
    r = 1

    def page_header():
        nonlocal r
        ws.cell(r, 2, "Delegation of the European Union to Ukraine").font = SMALL
        r += 1
        ws.cell(
            r,
            2,
            "Annex II – EU-funded projects in the law enforcement sector (MIA system) – "
            "status 15 February 2021",
        ).font = BOLD
        r += 2
        put_row(
            ws,
            r,
            [
                "No.",
                "Project title",
                None,
                "Beneficiary",
                None,
                "Implementing partner",
                "Implementation period",
                None,
                "EU contribution",
                "Status",
            ],
            bold=True,
            fill=HDR_FILL,
        )
        r += 1
        put_row(
            ws,
            r,
            [None, None, None, None, None, None, "(dd.mm.yyyy)", None, "(EUR)", None],
            bold=True,
            fill=HDR_FILL,
        )
        r += 1

    def project(no, k, first_only=False, rest_only=False):
        nonlocal r
        p = P[k]
        pcs = p["pieces"]
        if not rest_only:
            put_row(ws, r, [no, pcs[0], None, p["ben"], None, p["imp"], p["per"], None, p["amt"], p["st"]])
            r += 1
        if not first_only:
            for piece in pcs[1:]:
                put_row(ws, r, [None, piece])
                r += 1

    def page_footer(n, keys):
        nonlocal r
        tot = sum(P[k]["tot"] for k in keys)
        put_row(
            ws,
            r,
            [
                None,
                f"Total page {n}",
                None,
                None,
                None,
                None,
                None,
                None,
                f"{tot:,.2f}".replace(",", " ").replace(".", ","),
                None,
            ],
            bold=True,
        )
        r += 2
        ws.cell(r, 5, f"Page {n} of 3").font = SMALL
        r += 2
        return tot

    page_header()
    project(1, "E1")
    project(2, "E2", first_only=True)
    t1 = page_footer(1, ["E1", "E2"])
    page_header()
    project(None, "E2", rest_only=True)
    project(3, "E3")
    project(4, "E4")
    project(5, "E5")
    t2 = page_footer(2, ["E3", "E4", "E5"])
    page_header()
    project(6, "E6")
    project(7, "E7")
    project(8, "E8")
    tot3 = sum(P[k]["tot"] for k in ["E6", "E7", "E8"])
    put_row(
        ws,
        r,
        [
            None,
            "Total page 3",
            None,
            None,
            None,
            None,
            None,
            None,
            f"{tot3:,.2f}".replace(",", " ").replace(".", ","),
            None,
        ],
        bold=True,
    )
    r += 1
    grand = t1 + t2 + tot3
    assert grand == sum(p["tot"] for p in P.values()) == 20_300_000
    put_row(
        ws, r, [None, "GRAND TOTAL", None, None, None, None, None, None, "20 300 000,00", None], bold=True
    )
    r += 2
    for line in [
        "¹ EU contribution only; UNDP co-financing not included.",
        "² Action Document under preparation (Annual Action Programme 2021); indicative amount.",
        "³ Cancelled in January 2021 at the request of the beneficiary; funds re-allocated to other actions.",
    ]:
        ws.cell(r, 2, line).font = SMALL
        r += 1
    r += 1
    ws.cell(r, 5, "Page 3 of 3").font = SMALL
    for col, w in zip("ABCDEFGHIJ", [5, 62, 2, 20, 2, 18, 24, 2, 16, 20]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(raw, "EU_Annex_II_LE_projects_converted_from_PDF.xlsx"))


# ============================================================================= file 2: USA / INL (PDF -> CSV)
def file_inl(raw):
    cur = "USD"
    P = {}
    P["U1"] = dict(
        pieces=["Community-oriented policing pilots in Kharkiv, Odesa and Mariupol"],
        ben="National Police",
        per="10/01/2020 - 09/30/2022",
        tot=3_200_000,
        st="Ongoing",
        S="funded",
        pr="COMMUNITY_POLICING",
    )
    P["U2"] = dict(
        pieces=[
            "Countering synthetic drug trafficking: capacity building of the",
            "National Police Counter-Narcotics Department",
        ],
        ben="National Police",
        per="01/15/2021 - 01/14/2023",
        tot=1_800_000,
        st="Ongoing",
        S="funded",
        pr="DRUGS",
    )
    P["U3"] = dict(
        pieces=["Border checkpoint modernization at Ukraine–Moldova crossing points"],
        ben="SBGS",
        per="03/01/2021 - 02/28/2022",
        tot=950_000,
        st="Ongoing",
        S="funded",
        pr="BORDER_CROSSING",
    )
    P["U4"] = dict(
        pieces=["Anti-trafficking task forces of the National Police – regional expansion"],
        ben="National Police",
        per="10/01/2019 - 12/31/2020",
        tot=1_100_000,
        st="Completed",
        S="funded",
        pr="TRAFFICKING",
    )
    P["U5"] = dict(
        pieces=["Cybercrime investigation capacity of the Cyber Police Department"],
        ben="National Police",
        per="06/15/2021 - 06/14/2023",
        tot=2_750_000,
        st="Ongoing",
        S="funded",
        pr="OTHER",
    )
    P["U6"] = dict(
        pieces=["Domestic violence mobile response teams (POLINA) – expansion to 8 oblasts"],
        ben="National Police",
        per="11/01/2021 - 10/31/2023",
        tot=1_400_000,
        st="Proposed (subject to availability of funds)",
        S="pipeline",
        pr="DOMESTIC_VIOLENCE",
    )
    P["U7"] = dict(
        pieces=["Thermal imaging and surveillance equipment for SBGS units on the", "northern border"],
        ben="SBGS",
        per="07/01/2021 - 12/31/2021",
        tot=600_000,
        st="Delivery in progress",
        S="funded",
        pr="BORDER_SECURITY",
    )
    for k, p in P.items():
        a, b = p["per"].split(" - ")
        p["s"], p["e"] = US(a), US(b)
        p["title"] = new_title(*p["pieces"])
        add(p["title"], "USA", p["pr"], p["S"], cur, spread(p["tot"], p["s"], p["e"]))
    assert EXP[-1]["amount_2021"] == Decimal("600000.00")

    rows = []
    H1 = "U.S. Embassy Kyiv – Bureau of International Narcotics and Law Enforcement Affairs (INL)"
    H2 = 'Assistance programs with the Ministry of Internal Affairs system – overview for SWG "Law Enforcement" – February 2021'
    HDR = ["#", "Program title", "", "Beneficiary", "Period of performance", "Amount (USD)", "", "Status"]
    rows += [[H1], [H2], [], HDR]

    def std(no, k, amt, spacer=""):
        p = P[k]
        return [str(no), p["pieces"][0], "", p["ben"], p["per"], amt, spacer, p["st"]]

    rows.append(std(1, "U1", "3,200,000"))
    rows.append(std(2, "U2", "1 800", "000"))
    rows.append(["", P["U2"]["pieces"][1], "", "", "", "", "", ""])
    # U3 shifted one column to the right
    p = P["U3"]
    rows.append(["", "3", p["pieces"][0], "", p["ben"], p["per"], "950,000", "", p["st"]])
    sub1 = sum(P[k]["tot"] for k in ("U1", "U2", "U3"))
    assert sub1 == 5_950_000
    rows.append(["", "Subtotal page 1", "", "", "", "5,950,000", "", ""])
    rows.append([])
    rows.append(["", "", "", "", "Page 1 of 2"])
    rows += [[H1], HDR]
    rows.append(std(4, "U4", "1,100,000"))
    rows.append(std(5, "U5", "US$"))
    rows.append(["", "", "", "", "", "2,750,000", "", ""])
    rows.append(std(6, "U6", "1,400,000"))
    rows.append(std(7, "U7", "600,000*"))
    rows.append(["", P["U7"]["pieces"][1], "", "", "", "", "", ""])
    sub2 = sum(P[k]["tot"] for k in ("U4", "U5", "U6", "U7"))
    assert sub2 == 5_850_000
    rows.append(["", "Subtotal page 2", "", "", "", "5,850,000", "", ""])
    assert sub1 + sub2 == 11_800_000
    rows.append(["", "TOTAL", "", "", "", "11,800,000", "", ""])
    rows.append([])
    rows.append(["* incl. delivery, installation and operator training"])
    rows.append(["Note: amounts are total program obligations for the full period of performance."])
    rows.append(["", "", "", "", "Page 2 of 2"])
    with open(
        os.path.join(raw, "INL_programs_MIA_Feb2021_pasted_from_PDF.csv"), "w", newline="", encoding="utf-8"
    ) as f:
        csv.writer(f).writerows(rows)


# ============================================================================= file 3: Sweden (Word -> xlsx)
def file_se(raw):
    cur = "SEK"
    P = {}
    P["S1"] = dict(
        pieces=[
            "Gender-responsive policing: support to the National Police",
            "in responding to domestic violence",
        ],
        imp="UN Women",
        ben="National Police of Ukraine (НПУ)",
        per="01.01.2020 – 31.12.2022",
        s=D("01.01.2020"),
        e=D("31.12.2022"),
        tot=15_000_000,
        amt="SEK 15 000 000",
        st="ongoing / триває",
        S="funded",
        pr="DOMESTIC_VIOLENCE",
    )
    P["S2"] = dict(
        pieces=["Human rights-based asylum procedures and reception in the State Migration Service"],
        imp="UNHCR",
        ben="State Migration Service (ДМС)",
        per="2021–2023",
        s=date(2021, 1, 1),
        e=date(2023, 12, 31),
        tot=9_000_000,
        amt="SEK 9 000 000",
        st="ongoing / триває",
        S="funded",
        pr="ILLEGAL_MIGRATION",
    )
    P["S3"] = dict(
        pieces=["Combating trafficking in human beings in the Black Sea region – Ukraine component"],
        imp="IOM",
        ben="НПУ, ДМС",
        per=None,
        s=D("01.03.2021"),
        e=D("28.02.2023"),
        tot=4_500_000,
        amt="01.03.2021–28.02.2023 SEK 4 500 000",
        st="signed / підписано",
        S="funded",
        pr="TRAFFICKING",
    )
    P["S4"] = dict(
        pieces=["Support to the State Emergency Service in COVID-19 disinfection of public spaces"],
        imp="UNDP",
        ben="State Emergency Service (ДСНС)",
        per="01.05.2020 – 30.04.2021",
        s=D("01.05.2020"),
        e=D("30.04.2021"),
        tot=2_400_000,
        amt=None,
        st="completed / завершено",
        S="funded",
        pr="COVID19",
    )
    P["S5"] = dict(
        pieces=["Strengthening civilian oversight and accountability of the National Guard"],
        imp="DCAF",
        ben="National Guard (НГУ)",
        per="01.2022 – 12.2024",
        s=date(2022, 1, 1),
        e=date(2024, 12, 31),
        tot=5_000_000,
        amt="SEK 5 000 000 (indicative)",
        st="under consideration / на розгляді",
        S="pipeline",
        pr="OTHER",
    )
    P["S6"] = dict(
        pieces=["Community safety and police–public dialogue in hromadas of Zaporizhzhia oblast"],
        imp="Folke Bernadotte Academy",
        ben="НПУ (Zaporizhzhia oblast)",
        per="01.07.2021 – 30.06.2024",
        s=D("01.07.2021"),
        e=D("30.06.2024"),
        tot=6_300_000,
        amt="SEK 6,3 mln",
        st="ongoing / триває",
        S="funded",
        pr="COMMUNITY_POLICING",
    )
    for k, p in P.items():
        p["title"] = new_title(*p["pieces"])
        add(p["title"], "Sweden", p["pr"], p["S"], cur, spread(p["tot"], p["s"], p["e"]))
    assert EXP[-5]["amount_2021"] == Decimal("3000000.00")  # S2: one third

    wb = Workbook()
    ws = wb.active
    ws.title = "Аркуш1"
    r = 1

    def hdr():
        nonlocal r
        ws.cell(r, 1, "Embassy of Sweden – Kyiv | Section for Development Cooperation").font = SMALL
        r += 1

    def block(k, c0=1):
        nonlocal r
        p = P[k]
        lines = [("Project / Проєкт", p["pieces"][0])]
        lines += [(None, x) for x in p["pieces"][1:]]
        lines += [("Implementing partner / Виконавець", p["imp"]), ("Beneficiary / Бенефіціар", p["ben"])]
        if k == "S3":
            lines += [("Period and budget / Період і бюджет", p["amt"])]
        elif k == "S4":
            lines += [
                ("Period / Період", p["per"]),
                ("Swedish contribution / Внесок Швеції", "SEK"),
                (None, "2 400 000"),
            ]
        else:
            lines += [("Period / Період", p["per"]), ("Swedish contribution / Внесок Швеції", p["amt"])]
        lines += [("Status / Статус", p["st"])]
        for lab, val in lines:
            if lab:
                ws.cell(r, c0, lab).font = BOLD
                ws.cell(r, c0).border = BOX
            ws.cell(r, c0 + 1, val).alignment = WRAP
            ws.cell(r, c0 + 1).border = BOX
            r += 1
        r += 1

    hdr()
    ws.cell(
        r, 1, "Swedish support to the MIA system of Ukraine – project sheets (as of 10.02.2021)"
    ).font = BOLD
    r += 1
    ws.cell(r, 1, "All amounts: agreed Swedish contribution for the whole agreement period.")
    r += 2
    block("S1")
    block("S2")
    block("S3")
    ws.cell(r, 2, "Page 1 of 2 / Сторінка 1 з 2").font = SMALL
    r += 2
    hdr()
    r += 1
    block("S4")
    block("S5")
    block("S6", c0=2)  # pasted one column to the right
    ws.cell(r, 2, "Page 2 of 2 / Сторінка 2 з 2").font = SMALL
    ws.column_dimensions["A"].width = 36
    ws.column_dimensions["B"].width = 70
    ws.column_dimensions["C"].width = 60
    wb.save(os.path.join(raw, "Sweden_Embassy_projects_Word_copy.xlsx"))


# ============================================================================= file 4: UNDP (Ukrainian pdf2xlsx)
def file_undp(raw):
    P = {}
    P["P1"] = dict(
        pieces=["Підтримка реформи Національної поліції: комунікація з громадами та довіра населення"],
        donor="Данія",
        pb="01.03.2021–28.02.2023 EUR 450,000",
        ben="НПУ",
        st="реалізується",
        lines=[("Denmark", "EUR", 450_000)],
        s=D("01.03.2021"),
        e=D("28.02.2023"),
        S="funded",
        pr="COMMUNITY_POLICING",
    )
    P["P2"] = dict(
        pieces=[
            "Запровадження електронного журналу обліку осіб, затриманих поліцією,",
            "в ізоляторах тимчасового тримання",
        ],
        donor="Норвегія",
        pb="01.07.2020–30.06.2022\nNOK 18 000 000",
        ben="НПУ",
        st="реалізується",
        lines=[("Norway", "NOK", 18_000_000)],
        s=D("01.07.2020"),
        e=D("30.06.2022"),
        S="funded",
        pr="CUSTODY",
    )
    P["P3"] = dict(
        pieces=[
            "Посилення спроможності ДСНС щодо реагування на надзвичайні ситуації",
            "у Донецькій та Луганській областях",
        ],
        donor="Данія / Швеція",
        pb="01.01.2021–31.12.2022 USD 2 000 000",
        ben="ДСНС",
        st="реалізується",
        lines=[("Denmark", "USD", 1_200_000), ("Sweden", "USD", 800_000)],
        s=D("01.01.2021"),
        e=D("31.12.2022"),
        S="funded",
        pr="OTHER",
    )
    P["P4"] = dict(
        pieces=["Протидія поширенню COVID-19 у пунктах тимчасового перебування іноземців ДМС"],
        donor="ПРООН (власні ресурси, TRAC)",
        pb="01.05.2020–31.03.2021 USD 300 000",
        ben="ДМС",
        st="завершено",
        lines=[("UNDP", "USD", 300_000)],
        s=D("01.05.2020"),
        e=D("31.03.2021"),
        S="funded",
        pr="COVID19",
    )
    P["P5"] = dict(
        pieces=[
            "Мобільні групи поліції з реагування на домашнє насильство: доступ до правосуддя для постраждалих"
        ],
        donor="Швейцарія",
        pb="2020–2022 CHF 1 500 000²",
        ben="НПУ",
        st="реалізується",
        lines=[("Switzerland", "CHF", 1_500_000)],
        s=date(2020, 1, 1),
        e=date(2022, 12, 31),
        S="funded",
        pr="DOMESTIC_VIOLENCE",
    )
    P["P6"] = dict(
        pieces=["Цифровізація адміністративних послуг сервісних центрів МВС"],
        donor="Нідерланди",
        pb="01.09.2021–31.08.2023 EUR 700 000",
        ben="МВС",
        st="на стадії погодження",
        lines=[("Netherlands", "EUR", 700_000)],
        s=D("01.09.2021"),
        e=D("31.08.2023"),
        S="pipeline",
        pr="OTHER",
    )
    assert ndays(P["P5"]["s"], P["P5"]["e"]) == 1096
    tot_by_cur = {}
    for k, p in P.items():
        p["title"] = new_title(*p["pieces"])
        money = digits(p["pb"].split(" ", 1)[1] if "\n" not in p["pb"] else p["pb"].split("\n")[1])
        assert money == sum(x[2] for x in p["lines"]), k
        for partner, cur, amt in p["lines"]:
            add(p["title"], partner, p["pr"], p["S"], cur, spread(amt, p["s"], p["e"]))
            tot_by_cur[cur] = tot_by_cur.get(cur, 0) + amt
    assert tot_by_cur == {"EUR": 1_150_000, "NOK": 18_000_000, "USD": 2_300_000, "CHF": 1_500_000}

    wb = Workbook()
    ws = wb.active
    ws.title = "Table 1"
    r = 1

    def page_header(first):
        nonlocal r
        ws.cell(r, 2, "Програма розвитку ООН (ПРООН) в Україні").font = SMALL
        r += 1
        if first:
            ws.cell(
                r, 2, "Проєкти ПРООН у секторі правоохоронної діяльності (система МВС) станом на 01.02.2021"
            ).font = BOLD
            r += 2
        put_row(
            ws,
            r,
            ["№", "Назва проєкту", None, "Донор", "Період реалізації", "Бенефіціар", "Статус"],
            bold=True,
            fill=HDR_FILL,
        )
        r += 1
        put_row(ws, r, [None, None, None, None, "та бюджет¹", None, None], bold=True, fill=HDR_FILL)
        r += 1

    def project(no, k, extra_rows=()):
        nonlocal r
        p = P[k]
        put_row(ws, r, [no, p["pieces"][0], None, p["donor"], p["pb"], p["ben"], p["st"]])
        r += 1
        n = max(len(p["pieces"]) - 1, len(extra_rows))
        for i in range(n):
            t = p["pieces"][i + 1] if i + 1 < len(p["pieces"]) else None
            d = extra_rows[i] if i < len(extra_rows) else None
            put_row(ws, r, [None, t, None, d, None, None, None])
            r += 1

    page_header(True)
    project(1, "P1")
    project(2, "P2")
    project(3, "P3", extra_rows=["(Данія – USD 1 200 000;", "Швеція – USD 800 000)"])
    r += 1
    ws.cell(r, 4, "Сторінка 1 з 2").font = SMALL
    r += 2
    page_header(False)
    project(4, "P4")
    project(5, "P5")
    project(6, "P6")
    put_row(
        ws,
        r,
        [
            None,
            "Разом:",
            None,
            None,
            "USD 2 300 000; EUR 1 150 000;\nNOK 18 000 000; CHF 1 500 000",
            None,
            None,
        ],
        bold=True,
    )
    r += 2
    ws.cell(r, 2, "¹ Суми зазначено за угодами з донорами на весь період реалізації проєкту.").font = SMALL
    r += 1
    ws.cell(r, 2, "² У т.ч. CHF 250 000 на обладнання для мобільних груп.").font = SMALL
    r += 2
    ws.cell(r, 4, "Сторінка 2 з 2").font = SMALL
    for col, w in zip("ABCDEFG", [4, 60, 2, 24, 30, 12, 22]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(raw, "ПРООН_проєкти_сектор_ПД_2021_(pdf2xlsx).xlsx"))


# ============================================================================= file 5: ICMPD (OCR -> txt)
def file_icmpd(raw):
    P = {}
    P["R1"] = dict(
        pieces=[
            "Укрепление потенциала ГПСУ в области анализа рисков на участке",
            "границы с Республикой Беларусь",
        ],
        donor="Литва",
        partner="Lithuania",
        per="01.04.2021–31.03.2022",
        s=D("01.04.2021"),
        e=D("31.03.2022"),
        tot=350_000,
        cur="EUR",
        amt="350 000 EUR",
        y21=260_000,
        y21s="260 000",
        st="реализуется",
        S="funded",
        pr="BORDER_SECURITY",
    )
    P["R2"] = dict(
        pieces=[
            "Модернизация пункта пропуска «Ягодин»: оборудование для пограничного и таможенного контроля"
        ],
        donor="Польша",
        partner="Poland",
        per="2021",
        s=date(2021, 1, 1),
        e=date(2021, 12, 31),
        tot=4_800_000,
        cur="PLN",
        amt="4 800 000 PLN*)",
        y21=None,
        y21s="",
        st="реализуется",
        S="funded",
        pr="BORDER_CROSSING",
    )
    P["R3"] = dict(
        pieces=[
            "Противодействие нелегальной миграции: усиление ГМС в выявлении нелегальных "
            "мигрантов и реадмиссии"
        ],
        donor="ICMPD (собственные средства)",
        partner="ICMPD",
        per="01.10.2020–30.09.2021",
        s=D("01.10.2020"),
        e=D("30.09.2021"),
        tot=180_000,
        cur="EUR",
        amt="180 000 EUR",
        y21=None,
        y21s="",
        st="реализуется",
        S="funded",
        pr="ILLEGAL_MIGRATION",
    )
    P["R4"] = dict(
        pieces=["Подготовка кинологов ГПСУ по выявлению наркотиков и прекурсоров", "в пунктах пропуска"],
        donor="Польша",
        partner="Poland",
        per="01.06.2021–31.05.2022",
        s=D("01.06.2021"),
        e=D("31.05.2022"),
        tot=1_250_000,
        cur="PLN",
        amt="1 250 000",
        y21=None,
        y21s="",
        st="реализуется",
        S="funded",
        pr="DRUGS",
    )
    P["R5"] = dict(
        pieces=["Предотвращение торговли людьми на западной границе: совместные патрули и скрининг"],
        donor="Литва",
        partner="Lithuania",
        per="2019–2020",
        s=date(2019, 1, 1),
        e=date(2020, 12, 31),
        tot=420_000,
        cur="EUR",
        amt="420 000 EUR",
        y21=None,
        y21s="—",
        st="завершен",
        S="funded",
        pr="TRAFFICKING",
    )
    P["R6"] = dict(
        pieces=["Электронная очередь для грузовых автомобилей в пунктах пропуска на границе с Польшей"],
        donor="Польша",
        partner="Poland",
        per="01.11.2021–31.10.2022",
        s=D("01.11.2021"),
        e=D("31.10.2022"),
        tot=2_000_000,
        cur="PLN",
        amt="2 000 000 PLN",
        y21=300_000,
        y21s="300 000",
        st="планируется (на согласовании)",
        S="pipeline",
        pr="BORDER_CROSSING",
    )
    for k, p in P.items():
        assert digits(p["amt"]) == p["tot"], k
        p["title"] = new_title(*p["pieces"])
        amt = p["y21"] if p["y21"] is not None else spread(p["tot"], p["s"], p["e"])
        add(p["title"], p["partner"], p["pr"], p["S"], p["cur"], amt)
    # the stated 2021 figures differ from spreading (that is the point)
    assert r2(spread(350_000, D("01.04.2021"), D("31.03.2022"))) == Decimal("263698.63")
    assert r2(spread(2_000_000, D("01.11.2021"), D("31.10.2022"))) != Decimal("300000.00")

    rows = []
    T1 = "Международный центр по развитию миграционной политики (ICMPD) – Представительство в Украине"
    T2 = "Проекты в сфере пограничной безопасности и миграции (бенефициары: ГПСУ, ГМС) по состоянию на 12.02.2021"
    H1 = ["№ п/п", "Наименование проекта", "", "Донор", "Срок реализации", "Бюджет", "в т.ч.", "Статус"]
    H2 = ["", "", "", "", "", "(сумма, валюта)", "на 2021 г.", ""]

    def proj(no, k):
        p = P[k]
        out = [[str(no), p["pieces"][0], "", p["donor"], p["per"], p["amt"], p["y21s"], p["st"]]]
        for i, piece in enumerate(p["pieces"][1:]):
            out.append(["", piece, "", "", "", "PLN" if k == "R4" and i == 0 else "", "", ""])
        return out

    rows += [[T1], [T2], [], H1, H2]
    for i, k in enumerate(["R1", "R2", "R3"], 1):
        rows += proj(i, k)
    rows.append(["", "Итого по странице:", "", "", "", "530 000 EUR; 4 800 000 PLN", "", ""])
    assert P["R1"]["tot"] + P["R3"]["tot"] == 530_000
    rows.append([])
    rows.append(["", "", "", "", "Стр. 1 из 2"])
    rows += [[T1], H1, H2]
    for i, k in enumerate(["R4", "R5", "R6"], 4):
        rows += proj(i, k)
    assert P["R5"]["tot"] == 420_000 and P["R4"]["tot"] + P["R6"]["tot"] == 3_250_000
    rows.append(["", "Итого по странице:", "", "", "", "420 000 EUR; 3 250 000 PLN", "", ""])
    rows.append(["", "ВСЕГО:", "", "", "", "950 000 EUR; 8 050 000 PLN", "", ""])
    rows.append([])
    rows.append(["*) включая установку оборудования и обучение персонала"])
    rows.append(
        ["Графа «в т.ч. на 2021 г.» заполнена по проектам, по которым донором утвержден годовой план."]
    )
    rows.append(["", "", "", "", "Стр. 2 из 2"])
    with open(
        os.path.join(raw, "ICMPD_proekty_granica_migraciya_OCR.txt"), "w", newline="", encoding="cp1251"
    ) as f:
        for row in rows:
            f.write("\t".join(row) + "\r\n")


# ============================================================================= file 6: UK (PDF -> xlsx)
def file_uk(raw):
    cur, K = "GBP", 1000
    P = {}
    P["K1"] = dict(
        ref="UA-CSSF-201",
        pieces=["Strengthening the National Police's capacity to investigate", "serious and organised crime"],
        imp="Crown Agents",
        s="01.04.2020",
        e="31.03.2022",
        k=1250,
        st="Ongoing",
        S="funded",
        pr="OTHER",
    )
    P["K2"] = dict(
        ref="UA-CSSF-214",
        pieces=["Tackling modern slavery: support to the NPU Counter-Trafficking", "Department"],
        imp="IOM",
        s="01.07.2021",
        e="31.03.2023",
        k=480,
        st="Ongoing",
        S="funded",
        pr="TRAFFICKING",
    )
    P["K3"] = dict(
        ref="UA-CSSF-220",
        pieces=["Improving border crossing procedures at Kyiv Boryspil airport"],
        imp="Kyiv Boryspil Airport / SBGS",
        s="01.10.2021",
        e="30.09.2022",
        k=300,
        st="Ongoing",
        S="funded",
        pr="BORDER_CROSSING",
    )
    P["K4"] = dict(
        ref="UA-CSSF-187",
        pieces=["Police communications and community engagement in Eastern Ukraine"],
        imp="Adam Smith International",
        s="01.04.2019",
        e="31.03.2021",
        k=900,
        st="Completed",
        S="funded",
        pr="COMMUNITY_POLICING",
    )
    P["K5"] = dict(
        ref="UA-CSSF-231",
        pieces=["Support to the MIA on democratic policing of public assemblies"],
        imp="OSCE/ODIHR",
        s="01.04.2022",
        e="31.03.2024",
        k=650,
        st="Pending approval",
        S="pipeline",
        pr="OTHER",
    )
    P["K6"] = dict(
        ref="UA-CSSF-226",
        pieces=["Countering drug trafficking through Black Sea ports: maritime interdiction training"],
        imp="UNODC",
        s="01.01.2021",
        e="31.12.2021",
        k=220,
        st="Ongoing",
        S="funded",
        pr="DRUGS",
    )
    for k, p in P.items():
        p["title"] = new_title(*p["pieces"])
        add(p["title"], "UK", p["pr"], p["S"], cur, spread(p["k"] * K, D(p["s"]), D(p["e"])))
    assert ndays(D("01.04.2019"), D("31.03.2021")) == 731

    wb = Workbook()
    ws = wb.active
    ws.title = "Page 1"
    r = 1

    def page_header(first):
        nonlocal r
        ws.cell(
            r, 2, "OFFICIAL – British Embassy Kyiv – Conflict, Stability and Security Fund (CSSF)"
        ).font = SMALL
        r += 1
        if first:
            ws.cell(r, 2, "Annex A: UK-funded projects with MIA agencies, FY2020/21 – FY2023/24").font = BOLD
            r += 2
        put_row(
            ws,
            r,
            ["Ref.", "Project title", "Implementer", None, "Start", "End", "Budget", None, "Status"],
            bold=True,
            fill=HDR_FILL,
        )
        r += 1
        put_row(
            ws, r, [None, None, None, None, None, None, "(GBP '000)", None, None], bold=True, fill=HDR_FILL
        )
        r += 1

    def project(k, budget_cells, shift=False):
        nonlocal r
        p = P[k]
        vals = [p["ref"], p["pieces"][0], p["imp"], None, p["s"], p["e"]] + budget_cells + [p["st"]]
        if shift:
            vals = [None] + vals
        put_row(ws, r, vals)
        r += 1
        for piece in p["pieces"][1:]:
            put_row(ws, r, [None, piece])
            r += 1

    page_header(True)
    project("K1", ["1", "250"])  # converter split "1 250" into two cells
    project("K2", ["480¹", None])
    assert P["K1"]["k"] + P["K2"]["k"] == 1730
    put_row(ws, r, [None, "Total", None, None, None, None, "1 730", None, None], bold=True)
    r += 2
    ws.cell(r, 5, "Page 1 of 2").font = SMALL
    r += 2
    page_header(False)
    project("K3", [300, None], shift=True)
    project("K4", [900, None])
    project("K5", [650, None])
    project("K6", ["220²", None])
    assert sum(P[k]["k"] for k in ("K3", "K4", "K5", "K6")) == 2070
    put_row(ws, r, [None, "Total", None, None, None, None, "2 070", None, None], bold=True)
    r += 1
    assert sum(p["k"] for p in P.values()) == 3800
    put_row(ws, r, [None, "Grand total", None, None, None, None, "3 800", None, None], bold=True)
    r += 2
    for line in [
        "¹ Includes GBP 40k for monitoring and evaluation.",
        "² Delivered jointly with the maritime units of the State Border Guard Service.",
        "Budgets are whole-life project budgets.",
    ]:
        ws.cell(r, 2, line).font = SMALL
        r += 1
    r += 1
    ws.cell(r, 5, "Page 2 of 2").font = SMALL
    for col, w in zip("ABCDEFGHIJ", [13, 60, 26, 2, 11, 11, 12, 6, 16, 16]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(raw, "UK_CSSF_Annex_A_MIA_projects_pdf.xlsx"))


# ============================================================================= file 7: IOM (Word -> CSV)
def file_iom(raw):
    P = {}
    P["I1"] = dict(
        pieces=[
            "Integrated border management at the Ukrainian–Moldovan border:",
            "joint border control points",
        ],
        donor="European Union",
        partner="EU",
        ben="SBGS / ДПСУ",
        per=("01.12.2019 –", "30.11.2022"),
        s=D("01.12.2019"),
        e=D("30.11.2022"),
        cur="EUR",
        bud=("EUR", "2 600 000"),
        tot=2_600_000,
        st="ongoing / триває",
        S="funded",
        pr="BORDER_CROSSING",
    )
    P["I2"] = dict(
        pieces=["Reintegration assistance for victims of trafficking returned", "from EU countries"],
        donor="Government of Japan",
        partner="Japan",
        ben="National Police, SMS / НПУ, ДМС",
        per=("01.03.2021 –", "28.02.2022"),
        s=D("01.03.2021"),
        e=D("28.02.2022"),
        cur="USD",
        bud=("USD", "900 000"),
        tot=900_000,
        st="ongoing / триває",
        S="funded",
        pr="TRAFFICKING",
    )
    P["I3"] = dict(
        pieces=[
            "Capacity building of the State Migration Service in detecting",
            "forged documents and irregular stay",
        ],
        donor="Canada (GAC)",
        partner="Canada",
        ben="SMS / ДМС",
        per=("04.2021 –", "03.2024"),
        s=date(2021, 4, 1),
        e=date(2024, 3, 31),
        cur="CAD",
        bud=("CAD", "1 500 000"),
        tot=1_500_000,
        st="signed / підписано",
        S="funded",
        pr="ILLEGAL_MIGRATION",
    )
    P["I4"] = dict(
        pieces=["Migrant-friendly COVID-19 prevention at border crossing points"],
        donor="IOM Development Fund",
        partner="IOM",
        ben="SBGS, SMS / ДПСУ, ДМС",
        per=("01.06.2020 – 31.05.2021",),
        s=D("01.06.2020"),
        e=D("31.05.2021"),
        cur="USD",
        bud=("USD 200 000",),
        tot=200_000,
        st="completed / завершено",
        S="funded",
        pr="COVID19",
    )
    P["I5"] = dict(
        pieces=["Police response to domestic violence against migrant and displaced women"],
        donor="U.S. Department of State (PRM)",
        partner="USA",
        ben="National Police / НПУ",
        per=("01.09.2021 – 31.08.2022",),
        s=D("01.09.2021"),
        e=D("31.08.2022"),
        cur="USD",
        bud=("USD", "750 000"),
        tot=750_000,
        st="ongoing / триває",
        S="funded",
        pr="DOMESTIC_VIOLENCE",
    )
    P["I6"] = dict(
        pieces=["Upgrade of the temporary accommodation centre for foreigners in Chernihiv"],
        donor="Norway",
        partner="Norway",
        ben="SMS / ДМС",
        per=("2021",),
        s=date(2021, 1, 1),
        e=date(2021, 12, 31),
        cur="USD",
        bud=("USD 400 000",),
        tot=400_000,
        st="cancelled – withdrawn by donor (03/2021)",
        S="cancelled",
        pr="ILLEGAL_MIGRATION",
    )
    assert month_end(2024, 3) == date(2024, 3, 31)
    for k, p in P.items():
        assert digits(p["bud"][-1]) == p["tot"], k
        p["title"] = new_title(*p["pieces"])
        add(p["title"], p["partner"], p["pr"], p["S"], p["cur"], spread(p["tot"], p["s"], p["e"]))

    rows = []
    T1 = "IOM Mission in Ukraine / Представництво МОМ в Україні"
    H1 = [
        "№",
        "Project title / Назва проєкту",
        "Donor / Донор",
        "Beneficiary / Бенефіціар",
        "Duration / Тривалість",
        "Budget / Бюджет",
        "Status / Статус",
    ]
    H2 = ["", "", "", "", "", "(currency, amount)", ""]

    def proj(no, k):
        p = P[k]
        n = max(len(p["pieces"]), len(p["per"]), len(p["bud"]))
        out = []
        for i in range(n):
            g = lambda seq: seq[i] if i < len(seq) else ""
            out.append(
                [
                    str(no) if i == 0 else "",
                    g(p["pieces"]),
                    p["donor"] if i == 0 else "",
                    p["ben"] if i == 0 else "",
                    g(p["per"]),
                    g(p["bud"]),
                    p["st"] if i == 0 else "",
                ]
            )
        return out

    rows += [
        [T1],
        ["Projects implemented with agencies of the MIA system (for the SWG meeting, February 2021)"],
        [],
        H1,
        H2,
    ]
    for i, k in enumerate(["I1", "I2", "I3"], 1):
        rows += proj(i, k)
    rows.append(["", "", "", "", "", "", "Page 1 of 2"])
    rows += [[T1], H1, H2]
    for i, k in enumerate(["I4", "I5", "I6"], 4):
        rows += proj(i, k)
    tots = {}
    for p in P.values():
        tots[p["cur"]] = tots.get(p["cur"], 0) + p["tot"]
    assert tots == {"EUR": 2_600_000, "USD": 2_250_000, "CAD": 1_500_000}
    rows.append(["", "Total EUR / Разом EUR", "", "", "", "2 600 000", ""])
    rows.append(["", "Total USD / Разом USD", "", "", "", "2 250 000", ""])
    rows.append(["", "Total CAD / Разом CAD", "", "", "", "1 500 000", ""])
    rows.append([])
    rows.append(
        ["", "Budgets are total donor contributions for the whole project duration.", "", "", "", "", ""]
    )
    rows.append(["", "", "", "", "", "", "Page 2 of 2"])
    with open(
        os.path.join(raw, "IOM_Ukraine_MIA_projects_table_from_Word.csv"), "w", newline="", encoding="cp1251"
    ) as f:
        csv.writer(f, delimiter=";").writerows(rows)


# ----------------------------------------------------------------------------- main
def main():
    if len(sys.argv) != 2:
        sys.exit("usage: python set_am.py OUT_DIR")
    out = sys.argv[1]
    raw = os.path.join(out, "raw")
    os.makedirs(raw, exist_ok=True)
    assert days_in_2021(date(2020, 1, 1), date(2022, 12, 31)) == 365
    assert ndays(date(2020, 1, 1), date(2020, 12, 31)) == 366
    assert days_in_2021(date(2019, 1, 1), date(2020, 12, 31)) == 0
    for fn in (file_eu, file_inl, file_se, file_undp, file_icmpd, file_uk, file_iom):
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
