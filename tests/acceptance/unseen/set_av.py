# ruff: noqa: B905
"""Blind test set AV -- "the inbox of the autumn meeting: the multilateral and smaller partners".

Usage:  python set_av.py OUT_DIR   -> OUT_DIR/raw/<8 files>  and  OUT_DIR/expected.csv

Eight files, 45 projects, 46 expected lines (one EU/CoE co-funded project gives two lines).
All 2021 amounts are computed below with datetime.date (days_in_2021 / spread), never by hand.
General rule used everywhere: if the file states a 2021 figure, that figure is the answer; otherwise
total x (days of the period inside 2021) / (days of the whole period), both ends counted; month periods
run from the 1st of the first month to the last day of the last month; years only: 1 Jan - 31 Dec.

----------------------------------------------------------------------------------------------------
1. OSCE_PCU_MIA_projects_Sep2021.xlsx  (OSCE Project Co-ordinator in Ukraine; 6 projects)
   Layout: 3 title lines, header on row 5, columns # / Project No. / title / counterpart / Start / End /
   "Budget, EUR" / Funding source / Status.
   Traps:
   a) "Budget, EUR" header, but two cells read "USD 250,000" (community policing, ExB United States) and
      "CAD 310,000" (custody records, ExB Canada). Currency of those two is USD / CAD, not EUR.
      A reader trusting the header reports EUR (silently wrong currency).
   b) "Funding source" column: "Unified Budget" = OSCE's own money -> partner OSCE; "ExB - Germany",
      "ExB - United States", "ExB - Canada" are extra-budgetary contributions -> partner Germany, USA,
      Canada (the OSCE only implements). A reader taking the sender as donor reports OSCE for all.
   c) Dates: most are Excel dates, but three are typed as text in Ukrainian style "01.03.2021 р.",
      "28.02.2023 р.", "15.09.2021 р." (day.month.year).
   Values: THB 2021-01-01..2021-12-31 EUR 145,000 -> 145,000; DV (Germany) 2020-04-01..2022-03-31
   EUR 420,000 spread; community policing (USA) 01.03.2021-28.02.2023 USD 250,000 spread; border risk
   analysis 2021-05-01..2022-04-30 EUR 90,000 spread; custody records (Canada, "signed 10.09.2021" ->
   funded) 15.09.2021-14.09.2023 CAD 310,000 spread; cybercrime phase II, proposed, 2022 -> pipeline, 0.

2. UNDP_RoL_LEA_portfolio_2021.xlsx  (UNDP Ukraine Rule-of-Law cluster; 6 projects, USD)
   Columns: Atlas ID / title / Donor / national partner / Start / End / 2020 (actual) /
   [HIDDEN column H: "2021 (AWP Jan 2021)", old superseded figures] / "2021 (revised Aug 2021)" /
   2022 (planned) / "Total budget, USD" / Status.
   Traps:
   a) "Total budget" beside year columns 2020-2022 while several projects run 2018/2019 -> 2021/2023,
      so the years do not add up to the total. The file states the 2021 figure -> use the visible
      2021 column. Spreading the total by days gives a different (wrong) number.
   b) Hidden column H with the January AWP figures for 2021 (e.g. 950,000 instead of 820,000).
      A reader that does not skip hidden columns, or takes the first "2021" column, is silently wrong.
   c) Donor column: UNDP implements; the partner is the donor: Denmark, Sweden, EU, Japan, Canada;
      only "UNDP (TRAC core resources)" -> partner UNDP.
   Values: the visible 2021 column; mine action (Canada, "Pipeline - under negotiation", 2022-2024) -> 0;
   COVID PPE (Japan) "Completed" -> funded, 2021 column 125,000.

3. EUAM_Project_Cell_2021-2022.xlsx  (EUAM Ukraine Project Cell; 6 projects, partner EUAM, EUR)
   Sheet "Projects 2021": amounts in full EUR; sheet "Pipeline (EUR '000)": amounts in thousand EUR.
   Traps:
   a) Thousands on the second sheet only: 85 -> EUR 85,000; 42.5 -> EUR 42,500. Both pipeline projects
      start in late 2021 so the 2021 share is non-zero (85,000 x 61/365; 42,500 x 31/365).
   b) The Kharkiv community policing project is listed twice: "(Phase I)" ongoing on sheet 1 and
      "(Phase II)" pipeline on sheet 2 -- two distinct projects with their own figures and statuses.
   c) A notes row (merged, italic) between projects 2 and 3 ("no-cost extension ... end date shown is
      the new one, originally 28.02.2021") -- not a project; the end date in the row (30.04.2021) is used.
      Sheet 1 also ends with a "Total" row (180,400) which is not a project.
   Statuses: "ongoing"/"completed" -> funded; "proposed - awaiting HQ approval" -> pipeline.

4. CoE_Action_Plan_LEA_projects_2021.xlsx  (Council of Europe Office in Ukraine; 5 projects, EUR)
   Traps:
   a) Title cells have two lines: English, then the Ukrainian translation -> title = first line.
   b) Budget is a text cell; two read "EUR 1,100,000 (of which 2021: EUR 410,000)" and
      "EUR 350,000 (of which 2021: EUR 140,000)" -> the 2021 amounts are 410,000 / 140,000, not a spread.
   c) The custody project is an EU/CoE joint programme "EU 90%, Council of Europe 10%" -> two lines:
      EU 369,000.00 and Council of Europe 41,000.00 (2021 amount x share).
   Other partners: "Voluntary contribution: Norway" -> Norway; "Council of Europe ordinary budget" ->
   Council of Europe; "Voluntary contribution: Germany (pledged)", status "proposal" -> Germany, pipeline,
   period "2022 - 2024" -> 0. Periods are given in months ("07/2020 - 06/2022").

5. NATO_NRU_MIA_assistance_2021.csv  (NATO Representation to Ukraine; 5 projects, partner NATO, EUR)
   UTF-8 with BOM, ";" delimited, two preamble lines (the second says implementation starts on the
   signature date and duration counts from signature), blank line, then the header.
   Traps:
   a) No end date: "Signature date" + "Duration" ("36 months"). Period = signature date .. signature +
      N months - 1 day. Signature dates were chosen so that the month-rule reading (1st of first month ..
      last day of last month) gives the same days; the script asserts this.
      Demining 15.06.2020 + 36 months, EUR 1,150,000 -> x 365/1095; CBRN 01.10.2021 + 24 months ->
      x 92/730; EOD 01.03.2021 + 18 months -> x 306/549.
   b) Completed COVID-19 delivery (10.04.2020, 8 months) lies wholly in 2020 -> 0, status funded.
   c) Pipeline NCO project "planned 01.03.2022" -> 0, pipeline. Amounts are "1,150,000"-style text.

6. NL_Embassy_MIA_sector_commitments_2021.xlsx  (Embassy of the Netherlands; 6 projects, EUR)
   Traps:
   a) "Implementing organisation" column: IOM, UNDP, UNODC, OSCE -- all donors elsewhere in this set,
      but here they only implement Dutch money -> partner Netherlands for every row.
   b) Cancelled activity: there is no status column; the title cell reads
      "Return counselling and readmission support for the State Migration Service\n(cancelled)" in
      strikethrough font. Title = first line; status cancelled; its planned period 2022-2023 -> 0.
   c) A notes row between projects (merged, italic) -- not a project.
   Other rows are commitments -> funded (one remark "completed 31.08.2021" -> funded).

7. JICA_Ukraine_MIA_cooperation_2021.xlsx  (JICA Ukraine Office; 5 projects, partner Japan, JPY)
   Traps:
   a) Sheet "Technical Cooperation" in MILLION JPY (380 -> 380,000,000; 12.4 -> 12,400,000; 250 ->
      250,000,000); sheet "Grant Aid" in full JPY (1,300,000,000).
   b) Dates mixed: Excel dates beside text dates "01.03.2021 р.", "28.02.2024 р.", "01.12.2021 р.",
      "30.11.2024 р.", "01.08.2020 р.".
   Community policing in Kyiv "Under consideration" -> pipeline, starts 01.12.2021 -> 31/1096 of total.
   COVID-19 grant "Completed" -> funded.

8. UN_agencies_LEA_UNWomen_UNODC_WHO_2021.xlsx  (UN RCO compilation; 6 projects, USD except one)
   Columns: Agency / Project / Funding source / partner / Period / "Total budget, USD (whole programme)" /
   "Share for Ukraine" / Status.
   Traps:
   a) UNODC regional programme (Ukraine, Moldova, Georgia) USD 4,800,000 with "Share for Ukraine 40%"
      -> Ukraine's money 1,920,000, period "2020 - 2022" (years) -> x 365/1096.
   b) "Total budget, USD" header but the UN Women GBV cell reads "SEK 9,500,000" (Sida grant) ->
      currency SEK, partner Sweden.
   c) Funding source differs from agency: Sweden (Sida) -> Sweden; "INL (Bureau of International
      Narcotics and Law Enforcement Affairs)" names the bureau alone -> INL; Norway -> Norway; own funds
      -> UN Women / WHO.
   WHO MHPSS "Pipeline", 10/2021-09/2023 -> 92/730 of 400,000.
"""

import csv
import os
import sys
from datetime import date, datetime, timedelta

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

Y0, Y1 = date(2021, 1, 1), date(2021, 12, 31)


def days_in_2021(start, end):
    s, e = max(start, Y0), min(end, Y1)
    return max(0, (e - s).days + 1)


def spread(total, start, end):
    assert end >= start
    return round(total * days_in_2021(start, end) / ((end - start).days + 1), 2)


def month_end(y, m):
    return date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1)


def mperiod(y1, m1, y2, m2):
    return date(y1, m1, 1), month_end(y2, m2)


def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    return date(d.year + y, m + 1, d.day)


def from_signature(sig, months):
    """Period = signature .. signature + months - 1 day; assert the month-rule reading agrees."""
    end = add_months(sig, months) - timedelta(days=1)
    y2, m2 = divmod(sig.year * 12 + sig.month - 1 + months - 1, 12)
    ms, me = mperiod(sig.year, sig.month, y2, m2 + 1)
    a = days_in_2021(sig, end) / ((end - sig).days + 1)
    b = days_in_2021(ms, me) / ((me - ms).days + 1)
    assert abs(a - b) < 1e-12, (sig, months, a, b)
    return sig, end


def ua(d):
    return d.strftime("%d.%m.%Y") + " р."


EXP = []
TITLES = set()


def exp(title, partner, priority, status, currency, amount):
    EXP.append(
        dict(
            title=title,
            partner=partner,
            priority=priority,
            status=status,
            currency=currency,
            amount_2021=f"{round(amount, 2):.2f}",
        )
    )


def new_title(t):
    assert t not in TITLES, t
    TITLES.add(t)


THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
WRAP = Alignment(wrap_text=True, vertical="top")


def header(ws, row, names, widths, fill=HEAD_FILL):
    for i, (n, w) in enumerate(zip(names, widths), 1):
        c = ws.cell(row=row, column=i, value=n)
        c.font = Font(bold=True)
        c.fill = fill
        c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        c.border = BOX
        ws.column_dimensions[get_column_letter(i)].width = w


def put_row(ws, row, values, fmts=None):
    for i, v in enumerate(values, 1):
        c = ws.cell(row=row, column=i, value=v)
        c.border = BOX
        c.alignment = WRAP
        if isinstance(v, (date, datetime)):
            c.number_format = "dd.mm.yyyy"
        elif isinstance(v, (int, float)):
            c.number_format = "#,##0" if float(v).is_integer() else "#,##0.0"
        if fmts and i in fmts:
            c.number_format = fmts[i]


def notes_row(ws, row, ncols, text):
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
    c = ws.cell(row=row, column=1, value=text)
    c.font = Font(italic=True, color="555555")
    c.alignment = Alignment(wrap_text=True)
    ws.row_dimensions[row].height = 30


# --------------------------------------------------------------------------------------------------
def f1_osce(raw):
    wb = Workbook()
    ws = wb.active
    ws.title = "MIA projects"
    ws["A1"] = "OSCE Project Co-ordinator in Ukraine"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = (
        "Projects in support of the Ministry of Internal Affairs system - status as of 15 September 2021"
    )
    ws["A3"] = "Prepared for the SWG 'Law Enforcement Activities', autumn 2021 meeting"
    ws["A3"].font = Font(italic=True)
    cols = [
        "#",
        "Project No.",
        "Project title",
        "Ukrainian counterpart",
        "Start",
        "End",
        "Budget, EUR",
        "Funding source",
        "Status",
    ]
    header(ws, 5, cols, [4, 12, 60, 34, 14, 14, 15, 24, 18])
    ws.freeze_panes = "C6"
    P = [
        # title, counterpart, start(value in file), end(value), start date, end date, budget cell,
        # amount, currency, funding, partner, status text, status, priority
        (
            "Strengthening the capacity of the National Police to counter trafficking in human beings",
            "НПУ (Департамент боротьби зі злочинами, пов'язаними з торгівлею людьми)",
            date(2021, 1, 1),
            date(2021, 12, 31),
            145000,
            "EUR",
            "Unified Budget",
            "OSCE",
            "ongoing",
            "funded",
            "TRAFFICKING",
            "3200345",
        ),
        (
            "Support to the National Police in responding to domestic and gender-based violence",
            "НПУ",
            date(2020, 4, 1),
            date(2022, 3, 31),
            420000,
            "EUR",
            "ExB - Germany",
            "Germany",
            "ongoing",
            "funded",
            "DOMESTIC_VIOLENCE",
            "3200298",
        ),
        (
            "Community policing in government-controlled areas of Donetsk and Luhansk oblasts",
            "НПУ, МВС",
            ua(date(2021, 3, 1)),
            ua(date(2023, 2, 28)),
            "USD 250,000",
            "USD",
            "ExB - United States",
            "USA",
            "ongoing",
            "funded",
            "COMMUNITY_POLICING",
            "3200361",
        ),
        (
            "Risk analysis training for the State Border Guard Service to enhance border security",
            "ДПСУ",
            date(2021, 5, 1),
            date(2022, 4, 30),
            90000,
            "EUR",
            "Unified Budget",
            "OSCE",
            "ongoing",
            "funded",
            "BORDER_SECURITY",
            "3200352",
        ),
        (
            "Introduction of a custody records system in temporary detention facilities of the National Police",
            "НПУ, МВС",
            ua(date(2021, 9, 15)),
            date(2023, 9, 14),
            "CAD 310,000",
            "CAD",
            "ExB - Canada",
            "Canada",
            "signed 10.09.2021",
            "funded",
            "CUSTODY",
            "3200377",
        ),
        (
            "Cybercrime investigation training for the National Police (phase II)",
            "НПУ (Кіберполіція)",
            date(2022, 1, 1),
            date(2022, 12, 31),
            120000,
            "EUR",
            "Unified Budget 2022 (proposed)",
            "OSCE",
            "proposed",
            "pipeline",
            "OTHER",
            "3200390 (draft)",
        ),
    ]
    r = 6
    for i, (t, cp, s, e, bud, cur, fund, partner, st_txt, st, prio, no) in enumerate(P, 1):
        put_row(ws, r, [i, no, t, cp, s, e, bud, fund, st_txt])
        ws.cell(row=r, column=7).alignment = Alignment(horizontal="right", vertical="top")
        sd = s if isinstance(s, date) else datetime.strptime(s[:10], "%d.%m.%Y").date()
        ed = e if isinstance(e, date) else datetime.strptime(e[:10], "%d.%m.%Y").date()
        total = bud if isinstance(bud, int) else int(bud.split()[1].replace(",", ""))
        new_title(t)
        exp(t, partner, prio, st, cur, spread(total, sd, ed))
        r += 1
    ws.cell(
        row=r + 1, column=1, value="ExB = extra-budgetary contribution of the participating State indicated."
    )
    ws.cell(row=r + 1, column=1).font = Font(italic=True, size=9)
    wb.save(os.path.join(raw, "OSCE_PCU_MIA_projects_Sep2021.xlsx"))


# --------------------------------------------------------------------------------------------------
def f2_undp(raw):
    wb = Workbook()
    ws = wb.active
    ws.title = "LEA portfolio"
    ws["A1"] = "UNDP Ukraine - Democratic Governance / Rule of Law cluster"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = (
        "Projects with MIA-system beneficiaries; financial status as of 31 August 2021 (all amounts in USD)"
    )
    cols = [
        "Atlas ID",
        "Project title",
        "Donor",
        "National partner",
        "Start",
        "End",
        "2020 (actual)",
        "2021 (AWP Jan 2021)",
        "2021 (revised Aug 2021)",
        "2022 (planned)",
        "Total budget, USD",
        "Status",
    ]
    header(ws, 4, cols, [11, 55, 30, 16, 12, 12, 13, 13, 14, 13, 15, 26])
    ws.column_dimensions["H"].hidden = True
    ws.freeze_panes = "C5"
    D = None
    P = [
        (
            "00112873",
            "Human Rights-based Policing in Eastern Ukraine",
            "Denmark (Danida)",
            "Denmark",
            "НПУ",
            date(2019, 7, 1),
            date(2023, 6, 30),
            610000,
            950000,
            820000,
            900000,
            3400000,
            "Ongoing",
            "funded",
            "COMMUNITY_POLICING",
        ),
        (
            "00118204",
            "Safe Communities: police response to domestic violence and survivor support",
            "Sweden (Sida)",
            "Sweden",
            "НПУ, МВС",
            date(2020, 1, 1),
            date(2022, 12, 31),
            380000,
            600000,
            540000,
            480000,
            1400000,
            "Ongoing",
            "funded",
            "DOMESTIC_VIOLENCE",
        ),
        (
            "00109955",
            "Integrated border management: surveillance of the green border with Moldova",
            "European Union",
            "EU",
            "ДПСУ",
            date(2018, 10, 1),
            date(2021, 9, 30),
            700000,
            450000,
            390000,
            D,
            2900000,
            "Ongoing",
            "funded",
            "BORDER_SECURITY",
        ),
        (
            "00121310",
            "Custody Records System roll-out in temporary detention facilities (phase I)",
            "UNDP (TRAC core resources)",
            "UNDP",
            "НПУ, МВС",
            date(2021, 2, 1),
            date(2022, 1, 31),
            D,
            150000,
            165000,
            15000,
            180000,
            "Ongoing",
            "funded",
            "CUSTODY",
        ),
        (
            "00123001",
            "COVID-19 response: protective equipment for frontline police officers and rescuers",
            "Government of Japan",
            "Japan",
            "НПУ, ДСНС",
            date(2020, 5, 1),
            date(2021, 4, 30),
            300000,
            100000,
            125000,
            D,
            425000,
            "Completed",
            "funded",
            "COVID19",
        ),
        (
            "n/a (pipeline)",
            "Mine action capacity of the State Emergency Service",
            "Canada (GAC) - under negotiation",
            "Canada",
            "ДСНС",
            date(2022, 1, 1),
            date(2024, 12, 31),
            D,
            D,
            D,
            700000,
            2100000,
            "Pipeline - pending donor approval",
            "pipeline",
            "OTHER",
        ),
    ]
    r = 5
    for aid, t, donor, partner, np_, s, e, y20, y21old, y21, y22, tot, st_txt, st, prio in P:
        put_row(
            ws,
            r,
            [
                aid,
                t,
                donor,
                np_,
                s,
                e,
                y20 if y20 else "-",
                y21old if y21old else "-",
                y21 if y21 else "-",
                y22 if y22 else "-",
                tot,
                st_txt,
            ],
        )
        for c in (7, 8, 9, 10):
            ws.cell(row=r, column=c).alignment = Alignment(horizontal="right", vertical="top")
        yrs = sum(v or 0 for v in (y20, y21, y22))
        if s.year >= 2020 and e.year <= 2022 and st == "funded":
            assert yrs == tot, (t, yrs, tot)
        else:
            assert yrs < tot, t
        # the stated 2021 column wins; projects without 2021 activity have "-" and lie outside 2021
        amt = y21 if y21 is not None else 0
        if y21 is None:
            assert days_in_2021(s, e) == 0
        new_title(t)
        exp(t, partner, prio, st, "USD", amt)
        r += 1
    ws.cell(
        row=r + 1,
        column=1,
        value="Years 2019 and 2023 are not shown; 'Total budget' is the full "
        "project budget for the whole project period.",
    ).font = Font(italic=True, size=9)
    wb.save(os.path.join(raw, "UNDP_RoL_LEA_portfolio_2021.xlsx"))


# --------------------------------------------------------------------------------------------------
def f3_euam(raw):
    wb = Workbook()
    ws = wb.active
    ws.title = "Projects 2021"
    ws["A1"] = "EUAM Ukraine - Project Cell"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Projects with MIA-system beneficiaries implemented in 2021 (amounts in EUR)"
    cols = [
        "No.",
        "Project title",
        "Beneficiary",
        "Location",
        "Start date",
        "End date",
        "Budget (EUR)",
        "Status",
    ]
    header(ws, 4, cols, [5, 62, 30, 14, 12, 12, 14, 13])
    P1 = [
        (
            "Community policing in Kharkiv oblast: equipment for pilot sector police stations (Phase I)",
            "НПУ (ГУНП в Харківській області)",
            "Kharkiv",
            date(2021, 3, 1),
            date(2021, 10, 31),
            64500,
            "ongoing",
            "COMMUNITY_POLICING",
        ),
        (
            "Equipment for the Custody Records System in Kyiv temporary detention facilities",
            "НПУ",
            "Kyiv",
            date(2021, 2, 15),
            date(2021, 6, 30),
            38200,
            "completed",
            "CUSTODY",
        ),
        None,
        (
            "Training on investigating domestic violence for National Police investigators in Odesa oblast",
            "НПУ (ГУНП в Одеській області)",
            "Odesa",
            date(2020, 11, 1),
            date(2021, 4, 30),
            47800,
            "completed",
            "DOMESTIC_VIOLENCE",
        ),
        (
            "Queue management study for the Krakovets border crossing point",
            "ДПСУ (Західне регіональне управління)",
            "Lviv oblast",
            date(2021, 6, 1),
            date(2021, 12, 31),
            29900,
            "ongoing",
            "BORDER_CROSSING",
        ),
    ]
    r, n, tot = 5, 0, 0
    for p in P1:
        if p is None:
            notes_row(
                ws,
                r,
                8,
                "Note: the project below received a no-cost extension of two months; the end "
                "date shown is the new end date (originally 28.02.2021).",
            )
            r += 1
            continue
        t, ben, loc, s, e, bud, st, prio = p
        n += 1
        put_row(ws, r, [n, t, ben, loc, s, e, bud, st])
        tot += bud
        new_title(t)
        exp(t, "EUAM", prio, "funded", "EUR", spread(bud, s, e))
        r += 1
    assert tot == 180400
    put_row(ws, r, ["", "Total", "", "", "", "", 180400, ""])
    ws.cell(row=r, column=2).font = Font(bold=True)
    ws.cell(row=r, column=7).font = Font(bold=True)
    ws.freeze_panes = "A5"

    ws2 = wb.create_sheet("Pipeline (EUR '000)")
    ws2["A1"] = "EUAM Project Cell - pipeline for late 2021 / 2022"
    ws2["A1"].font = Font(bold=True, size=13)
    ws2["A2"] = "All amounts in thousand EUR"
    ws2["A2"].font = Font(bold=True, color="C00000")
    cols2 = ["No.", "Project title", "Beneficiary", "Planned period", "Estimated budget, EUR '000", "Status"]
    header(ws2, 4, cols2, [5, 62, 26, 18, 14, 30])
    P2 = [
        (
            "Community policing in Kharkiv oblast: equipment for pilot sector police stations (Phase II)",
            "НПУ (ГУНП в Харківській області)",
            "11/2021 - 10/2022",
            mperiod(2021, 11, 2022, 10),
            85,
            "COMMUNITY_POLICING",
        ),
        (
            "Support to the State Migration Service on asylum procedures and country-of-origin information",
            "ДМС",
            "12/2021 - 11/2022",
            mperiod(2021, 12, 2022, 11),
            42.5,
            "ILLEGAL_MIGRATION",
        ),
    ]
    for i, (t, ben, per, (s, e), k, prio) in enumerate(P2, 1):
        put_row(ws2, 4 + i, [i, t, ben, per, k, "proposed - awaiting HQ approval"])
        new_title(t)
        exp(t, "EUAM", prio, "pipeline", "EUR", spread(k * 1000, s, e))
    wb.save(os.path.join(raw, "EUAM_Project_Cell_2021-2022.xlsx"))


# --------------------------------------------------------------------------------------------------
def f4_coe(raw):
    wb = Workbook()
    ws = wb.active
    ws.title = "AP 2018-2022 LEA"
    ws["A1"] = "Council of Europe Office in Ukraine"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = (
        "Council of Europe Action Plan for Ukraine 2018-2022: projects relevant to the SWG "
        "'Law Enforcement Activities'"
    )
    ws["A3"] = "Situation as at 1 October 2021"
    cols = [
        "Ref.",
        "Project title (EN / UA)",
        "Funding",
        "Implementation period",
        "Budget",
        "Main beneficiaries",
        "Status",
    ]
    header(ws, 5, cols, [14, 60, 38, 16, 34, 16, 12])
    P = [
        (
            "PGG-UKR-CUS",
            "Strengthening human rights safeguards for persons in police custody",
            "Посилення правозахисних гарантій для осіб, які тримаються під вартою в поліції",
            "EU/CoE Partnership for Good Governance II - EU 90%, Council of Europe 10%",
            [("EU", 0.9), ("Council of Europe", 0.1)],
            "01/2019 - 12/2022",
            mperiod(2019, 1, 2022, 12),
            "EUR 1,100,000 (of which 2021: EUR 410,000)",
            1100000,
            410000,
            "НПУ, МВС",
            "ongoing",
            "funded",
            "CUSTODY",
        ),
        (
            "VC-UKR-VAW",
            "Combating violence against women and domestic violence in Ukraine",
            "Протидія насильству щодо жінок і домашньому насильству в Україні",
            "Voluntary contribution: Norway",
            [("Norway", 1.0)],
            "01/2021 - 12/2023",
            mperiod(2021, 1, 2023, 12),
            "EUR 900,000",
            900000,
            None,
            "НПУ, МВС",
            "ongoing",
            "funded",
            "DOMESTIC_VIOLENCE",
        ),
        (
            "OB-UKR-ASY",
            "Human-rights-compliant asylum and return procedures of the State Migration Service",
            "Дотримання прав людини в процедурах притулку та повернення Державної міграційної служби",
            "Council of Europe ordinary budget",
            [("Council of Europe", 1.0)],
            "07/2020 - 06/2022",
            mperiod(2020, 7, 2022, 6),
            "EUR 260,000",
            260000,
            None,
            "ДМС",
            "ongoing",
            "funded",
            "ILLEGAL_MIGRATION",
        ),
        (
            "OB-UKR-THB",
            "Follow-up to GRETA recommendations on trafficking in human beings",
            "Виконання рекомендацій GRETA щодо протидії торгівлі людьми",
            "Council of Europe ordinary budget",
            [("Council of Europe", 1.0)],
            "03/2020 - 02/2023",
            mperiod(2020, 3, 2023, 2),
            "EUR 350,000 (of which 2021: EUR 140,000)",
            350000,
            140000,
            "НПУ, ДМС",
            "ongoing",
            "funded",
            "TRAFFICKING",
        ),
        (
            "VC-UKR-HRT",
            "Human rights training curriculum for the National Academy of Internal Affairs",
            "Навчальна програма з прав людини для Національної академії внутрішніх справ",
            "Voluntary contribution: Germany (pledged)",
            [("Germany", 1.0)],
            "2022 - 2024",
            (date(2022, 1, 1), date(2024, 12, 31)),
            "EUR 480,000",
            480000,
            None,
            "МВС",
            "proposal",
            "pipeline",
            "OTHER",
        ),
    ]
    r = 6
    for ref, en, uk, fund, shares, per, (s, e), btxt, tot, y21, ben, st_txt, st, prio in P:
        put_row(ws, r, [ref, en + "\n" + uk, fund, per, btxt, ben, st_txt])
        ws.row_dimensions[r].height = 45
        new_title(en)
        if y21 is not None:
            assert y21 < tot and days_in_2021(s, e) > 0
            amt = y21
        else:
            amt = spread(tot, s, e)
        assert abs(sum(x for _, x in shares) - 1) < 1e-9
        for partner, sh in shares:
            exp(en, partner, prio, st, "EUR", round(amt * sh, 2))
        r += 1
    ws.freeze_panes = "B6"
    ws.cell(row=5, column=5).comment = Comment(
        "Total project budget for the whole period; where known, the 2021 allocation is shown in brackets.",
        "CoE Kyiv",
    )
    wb.save(os.path.join(raw, "CoE_Action_Plan_LEA_projects_2021.xlsx"))


# --------------------------------------------------------------------------------------------------
def f5_nato(raw):
    P = [
        (
            "SPS G5923",
            "Humanitarian demining capacity of the State Emergency Service",
            "ДСНС",
            "NATO Science for Peace and Security Programme",
            date(2020, 6, 15),
            36,
            "1,150,000",
            1150000,
            "in implementation",
            "funded",
            "OTHER",
        ),
        (
            "SPS G6011",
            "CBRN emergency response training for State Emergency Service rescue units",
            "ДСНС",
            "NATO SPS Programme",
            date(2021, 10, 1),
            24,
            "640,000",
            640000,
            "signed",
            "funded",
            "OTHER",
        ),
        (
            "SPS G5990",
            "Explosive detection equipment and training for National Guard EOD units",
            "НГУ",
            "NATO SPS Programme",
            date(2021, 3, 1),
            18,
            "720,000",
            720000,
            "in implementation",
            "funded",
            "OTHER",
        ),
        (
            "EADRCC-2020-07",
            "COVID-19 assistance: ventilators and protective equipment for the National Guard "
            "medical service",
            "НГУ",
            "NATO (EADRCC / NSPA)",
            date(2020, 4, 10),
            8,
            "410,000",
            410000,
            "completed",
            "funded",
            "COVID19",
        ),
        (
            "DEEP-2022-01",
            "Professional development of National Guard non-commissioned officers",
            "НГУ",
            "NATO Defence Education Enhancement Programme",
            date(2022, 3, 1),
            12,
            "300,000",
            300000,
            "proposal under review",
            "pipeline",
            "OTHER",
        ),
    ]
    path = os.path.join(raw, "NATO_NRU_MIA_assistance_2021.csv")
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";")
        w.writerow(["NATO Representation to Ukraine - assistance to the MIA system (status 20.09.2021)"])
        w.writerow(["Implementation starts on the signature date, duration is counted from signature."])
        w.writerow([])
        w.writerow(
            [
                "Ref",
                "Project title",
                "Beneficiary",
                "Funding",
                "Signature date",
                "Duration",
                "Budget (EUR)",
                "Status",
            ]
        )
        for ref, t, ben, fund, sig, months, btxt, tot, st_txt, st, prio in P:
            sigtxt = sig.strftime("%d.%m.%Y")
            if st == "pipeline":
                sigtxt = "planned " + sigtxt
            w.writerow([ref, t, ben, fund, sigtxt, f"{months} months", btxt, st_txt])
            s, e = from_signature(sig, months)
            new_title(t)
            exp(t, "NATO", prio, st, "EUR", spread(tot, s, e))


# --------------------------------------------------------------------------------------------------
def f6_nl(raw):
    wb = Workbook()
    ws = wb.active
    ws.title = "MIA sector"
    ws["A1"] = "Embassy of the Kingdom of the Netherlands in Kyiv"
    ws["A1"].font = Font(bold=True, size=13, color="1F3864")
    ws["A2"] = (
        "Dutch-funded activities in the sector 'Law Enforcement Activities' - commitments as of "
        "September 2021"
    )
    ws["A3"] = "Amounts: Netherlands contribution, EUR"
    cols = [
        "Activity no.",
        "Activity title",
        "Implementing organisation",
        "Ukrainian beneficiary",
        "Start",
        "End",
        "Commitment NL (EUR)",
        "Remarks",
    ]
    header(ws, 5, cols, [13, 62, 16, 18, 12, 12, 15, 26], fill=PatternFill("solid", fgColor="FCE4D6"))
    P = [
        (
            "4000004105",
            "Combating trafficking in human beings in eastern Ukraine",
            "IOM",
            "НПУ, ДМС",
            date(2020, 7, 1),
            date(2022, 6, 30),
            780000,
            "",
            "funded",
            "TRAFFICKING",
        ),
        (
            "4000004233",
            "Support to community policing in the Donbas region",
            "UNDP",
            "НПУ",
            date(2021, 1, 1),
            date(2022, 12, 31),
            1200000,
            "",
            "funded",
            "COMMUNITY_POLICING",
        ),
        None,
        (
            "4000004301",
            "Countering drug trafficking through Black Sea ports",
            "UNODC",
            "НПУ, ДПСУ",
            date(2021, 4, 1),
            date(2023, 3, 31),
            650000,
            "",
            "funded",
            "DRUGS",
        ),
        (
            "4000003987",
            "Police response to domestic violence: mobile 'POLINA' teams",
            "OSCE",
            "НПУ",
            date(2019, 9, 1),
            date(2021, 8, 31),
            540000,
            "completed 31.08.2021",
            "funded",
            "DOMESTIC_VIOLENCE",
        ),
        (
            "4000004390",
            "Return counselling and readmission support for the State Migration Service",
            "IOM",
            "ДМС",
            date(2022, 1, 1),
            date(2023, 12, 31),
            300000,
            "",
            "cancelled",
            "ILLEGAL_MIGRATION",
        ),
        (
            "4000004012",
            "Migration management: biometric registration of foreigners by the State Migration Service",
            "IOM",
            "ДМС",
            date(2020, 10, 1),
            date(2021, 9, 30),
            450000,
            "",
            "funded",
            "ILLEGAL_MIGRATION",
        ),
    ]
    r = 6
    for p in P:
        if p is None:
            notes_row(
                ws,
                r,
                8,
                "Activities below are implemented through international organisations; the "
                "amounts shown are the Dutch contribution only (excluding partners' own funds).",
            )
            r += 1
            continue
        no, t, impl, ben, s, e, amt, rem, st, prio = p
        cell_title = t + ("\n(cancelled)" if st == "cancelled" else "")
        put_row(ws, r, [no, cell_title, impl, ben, s, e, amt, rem])
        if st == "cancelled":
            for c in range(1, 9):
                ws.cell(row=r, column=c).font = Font(strike=True, color="808080")
            ws.row_dimensions[r].height = 30
        new_title(t)
        exp(t, "Netherlands", prio, st, "EUR", spread(amt, s, e))
        r += 1
    ws.freeze_panes = "C6"
    wb.save(os.path.join(raw, "NL_Embassy_MIA_sector_commitments_2021.xlsx"))


# --------------------------------------------------------------------------------------------------
def f7_jica(raw):
    wb = Workbook()
    ws = wb.active
    ws.title = "Technical Cooperation"
    ws["A1"] = "JICA Ukraine Office"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Technical cooperation with MIA-system agencies (JICA contribution in million JPY)"
    cols = [
        "Scheme",
        "Project title",
        "Counterpart",
        "Cooperation period (from)",
        "Cooperation period (to)",
        "JICA contribution (million JPY)",
        "Status",
    ]
    header(ws, 4, cols, [26, 62, 30, 14, 14, 15, 22])
    P = [
        (
            "Technical Cooperation Project",
            "Project for Improvement of Passenger Processing at Border Crossing Points",
            "ДПСУ",
            date(2021, 3, 1),
            date(2024, 2, 28),
            True,
            True,
            380,
            "On-going",
            "funded",
            "BORDER_CROSSING",
        ),
        (
            "Knowledge Co-Creation Program",
            "Knowledge Co-Creation Program: Drug Control Administration and Investigation",
            "НПУ (Департамент протидії наркозлочинності)",
            date(2021, 6, 1),
            date(2021, 12, 15),
            False,
            False,
            12.4,
            "On-going",
            "funded",
            "DRUGS",
        ),
        (
            "Technical Cooperation Project (planned)",
            "Project for Strengthening Community-based Policing in Kyiv",
            "НПУ (ГУНП у м. Києві)",
            date(2021, 12, 1),
            date(2024, 11, 30),
            True,
            True,
            250,
            "Under consideration",
            "pipeline",
            "COMMUNITY_POLICING",
        ),
    ]
    for i, (sch, t, cp, s, e, stxt, etxt, mil, st_txt, st, prio) in enumerate(P, 5):
        put_row(
            ws, i, [sch, t, cp, ua(s) if stxt else s, ua(e) if etxt else e, mil, st_txt], fmts={6: "#,##0.0"}
        )
        new_title(t)
        exp(t, "Japan", prio, st, "JPY", spread(round(mil * 1_000_000), s, e))
    ws.freeze_panes = "C5"

    ws2 = wb.create_sheet("Grant Aid")
    ws2["A1"] = "JICA Ukraine Office - Grant Aid"
    ws2["A1"].font = Font(bold=True, size=13)
    ws2["A2"] = "Amounts in JPY"
    cols2 = [
        "Project title",
        "Counterpart",
        "Implementation from",
        "Implementation to",
        "Grant amount (JPY)",
        "Status",
    ]
    header(ws2, 4, cols2, [70, 22, 14, 14, 18, 14])
    P2 = [
        (
            "The Project for Improvement of Equipment for Emergency Response of the State Emergency Service",
            "ДСНС",
            date(2020, 3, 27),
            False,
            date(2022, 3, 26),
            1_300_000_000,
            "On-going",
            "funded",
            "OTHER",
        ),
        (
            "The Project for COVID-19 Emergency Support: Medical Equipment for Police and National Guard "
            "Hospitals",
            "НПУ, НГУ",
            date(2020, 8, 1),
            True,
            date(2021, 7, 31),
            150_000_000,
            "Completed",
            "funded",
            "COVID19",
        ),
    ]
    for i, (t, cp, s, stxt, e, yen, st_txt, st, prio) in enumerate(P2, 5):
        put_row(ws2, i, [t, cp, ua(s) if stxt else s, e, yen, st_txt])
        new_title(t)
        exp(t, "Japan", prio, st, "JPY", spread(yen, s, e))
    wb.save(os.path.join(raw, "JICA_Ukraine_MIA_cooperation_2021.xlsx"))


# --------------------------------------------------------------------------------------------------
def f8_un(raw):
    wb = Workbook()
    ws = wb.active
    ws.title = "UN LEA matrix"
    ws["A1"] = (
        "United Nations in Ukraine - contributions of UN Women, UNODC and WHO to the SWG "
        "'Law Enforcement Activities'"
    )
    ws["A1"].font = Font(bold=True, size=12, color="1F4E79")
    ws["A2"] = "Compiled by the UN Resident Coordinator's Office, September 2021"
    cols = [
        "Agency",
        "Project / programme",
        "Funding source",
        "Ukrainian partner",
        "Period",
        "Total budget, USD (whole programme)",
        "Share for Ukraine",
        "Status",
    ]
    header(ws, 4, cols, [11, 62, 30, 14, 18, 17, 10, 12], fill=PatternFill("solid", fgColor="DDEBF7"))
    P = [
        (
            "UN Women",
            "Police response to gender-based violence in conflict-affected communities",
            "Sweden (Sida)",
            "Sweden",
            "НПУ",
            "01/2020 - 12/2022",
            mperiod(2020, 1, 2022, 12),
            "SEK 9,500,000",
            9500000,
            "SEK",
            1.0,
            "Ongoing",
            "funded",
            "DOMESTIC_VIOLENCE",
        ),
        (
            "UN Women",
            "Gender equality in human resources management of the National Police",
            "UN Women core resources",
            "UN Women",
            "НПУ",
            "03/2021 - 02/2022",
            mperiod(2021, 3, 2022, 2),
            210000,
            210000,
            "USD",
            1.0,
            "Ongoing",
            "funded",
            "OTHER",
        ),
        (
            "UNODC",
            "Regional programme against illicit drug trafficking in the Black Sea region (Ukraine, "
            "Moldova, Georgia)",
            "INL (Bureau of International Narcotics and Law Enforcement Affairs)",
            "INL",
            "НПУ, ДПСУ",
            "2020 - 2022",
            (date(2020, 1, 1), date(2022, 12, 31)),
            4800000,
            4800000,
            "USD",
            0.4,
            "Ongoing",
            "funded",
            "DRUGS",
        ),
        (
            "UNODC",
            "Joint investigation of trafficking in persons and migrant smuggling by the National Police "
            "and Border Guard Service",
            "Norway",
            "Norway",
            "НПУ, ДПСУ",
            "07/2021 - 06/2023",
            mperiod(2021, 7, 2023, 6),
            600000,
            600000,
            "USD",
            1.0,
            "Ongoing",
            "funded",
            "TRAFFICKING",
        ),
        (
            "WHO",
            "COVID-19 infection prevention and control at border crossing points and temporary detention "
            "facilities",
            "WHO (own funds)",
            "WHO",
            "ДПСУ, НПУ",
            "04/2020 - 06/2021",
            mperiod(2020, 4, 2021, 6),
            350000,
            350000,
            "USD",
            1.0,
            "Completed",
            "funded",
            "COVID19",
        ),
        (
            "WHO",
            "Mental health and psychosocial support for State Emergency Service rescuers",
            "WHO (own funds)",
            "WHO",
            "ДСНС",
            "10/2021 - 09/2023",
            mperiod(2021, 10, 2023, 9),
            400000,
            400000,
            "USD",
            1.0,
            "Pipeline",
            "pipeline",
            "OTHER",
        ),
    ]
    for i, (ag, t, fund, partner, cp, per, (s, e), bcell, tot, cur, sh, st_txt, st, prio) in enumerate(P, 5):
        put_row(ws, i, [ag, t, fund, cp, per, bcell, sh, st_txt], fmts={7: "0%"})
        ws.cell(row=i, column=6).alignment = Alignment(horizontal="right", vertical="top")
        new_title(t)
        exp(t, partner, prio, st, cur, spread(tot * sh, s, e))
    ws.freeze_panes = "C5"
    wb.save(os.path.join(raw, "UN_agencies_LEA_UNWomen_UNODC_WHO_2021.xlsx"))


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "out"
    raw = os.path.join(out, "raw")
    os.makedirs(raw, exist_ok=True)
    for f in (f1_osce, f2_undp, f3_euam, f4_coe, f5_nato, f6_nl, f7_jica, f8_un):
        f(raw)
    assert len(TITLES) == 45 and len(EXP) == 46, (len(TITLES), len(EXP))
    with open(os.path.join(out, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(
            f, fieldnames=["title", "partner", "priority", "status", "currency", "amount_2021"]
        )
        w.writeheader()
        w.writerows(EXP)
    print(f"{len(EXP)} expected lines, {len(TITLES)} projects -> {out}")


if __name__ == "__main__":
    main()
