# ruff: noqa: B007, B905 - a data script written blind: its loops unpack whole rows and use a few fields
"""Blind test set AY -- long and pivoted layouts (database / BI / pivot-table exports).

Usage:  python set_AY.py OUT_DIR   -> OUT_DIR/raw/<7 files> and OUT_DIR/expected.csv

7 files, 47 projects, 48 expected lines (one project is co-funded by two partners).
Every 2021 figure below is computed in this script (datetime.date), and every total a file
states is asserted against its parts.

-----------------------------------------------------------------------------------------
1. EU_Delegation_ITA_database_export_2021-03.xlsx   (English, 7 projects, EUR)
   Database export, one row per project x year (x tranche).  Project-level cells (CRIS no,
   title, funding source, beneficiary, priority, status) are filled on the FIRST row of each
   project only and left blank below it -- except the custody project, whose cells are repeated
   on every row (two export settings pasted together).  A "TOTAL" row closes the sheet (sum of
   all years), and a second sheet "Export info" holds the query parameters.
   Traps / what a naive reader gets wrong:
   - counting every row as a project (16 data rows -> 7 projects); blank-title rows are
     continuation rows of the project above;
   - taking the first row's amount: the border-surveillance project is sorted 2022, 2021, 2020
     (first row = 2022) -> the right 2021 value is the 2021 row (1,100,000);
   - the Mayaky-Udobne project has TWO 2021 rows (tranche 1 and 2) -> 2021 = 300,000 + 450,000;
     its title cell has two lines; the title is the first line only;
   - the SMS migration project has rows for 2022 and 2023 only -> 2021 = 0 (not the total);
   - funding source "EUAM Ukraine - project cell" -> partner EUAM, not EU;
   - the TOTAL row is not a project.

2. US_Embassy_ITA_by_beneficiary_FY2021.csv   (English, UTF-8 with BOM, comma, CRLF, 6 projects, USD)
   One row per project x beneficiary agency ("Beneficiary Share (USD)").  The project total is
   the sum of its shares; the 2021 amount is that total spread by days over Start-End.
   The export is SORTED BY BENEFICIARY AGENCY, so a project's rows are not adjacent: grouping
   must go by Project ID / title, not by contiguity.  Dates are US MM/DD/YYYY (established by
   09/30/2022, 01/15/2021, 06/30/2021, 05/20/2021, 04/15/2020, ...).
   Traps: counting 15 rows as projects; taking one agency's share as the project amount;
   reading 10/01/2020 as 10 January; taking the whole total as the 2021 amount;
   partner from "Funding Agency": "U.S. Department of State / INL" -> USA (State named first),
   "U.S. Embassy Kyiv (INL Section)" -> USA, "U.S. Department of Defense / EUCOM" -> USA,
   "INL" alone -> INL, "USAID" -> USAID.  The "Implementing Partner" (IOM, UNDP, ...) is never
   the partner here.

3. GIZ_Germany_pivot_Law_Enforcement_2021.xlsx   (English, 7 projects / 8 lines, EUR)
   Sheet "Pivot": an Excel pivot pasted as values: report filter "Status (All)", two header rows
   (years; quarters under 2021 only: Qtr1..Qtr4; 2020 and 2022 collapsed), NO "2021 Total"
   column, a "Grand Total" column (all years), donor subtotal rows "EU Total", "Germany Total",
   "GIZ Total" and a "Grand Total" row.  Row fields Donor / Priority / Project title, tabular
   form, donor and priority shown only on the first row of their group; one priority "(blank)".
   Sheet "Data": the transaction list the pivot was built from (donor, priority, title, status,
   planned disbursement date, amount) -- the same projects again, count once; status only here.
   Traps: 2021 = Qtr1+Qtr2+Qtr3+Qtr4 (not Qtr1 alone, not Grand Total, not the "2021" label
   column's value only); subtotal / Grand Total rows are not projects; "(blank)" is not a title;
   the COVID-19 PPE project sits under "(blank)" priority -> COVID19 from its title;
   the SMS digital-registration project is co-funded: it appears under EU and under Germany
   with different amounts -> two expected lines (EU 500,000; Germany 350,000), not one, not a sum;
   the anti-trafficking hotline has only 2022 money -> 0;
   data-sheet rows double the pivot -> don't count projects twice.

4. Nordic_Swiss_Tableau_export.csv   (English, Tableau "Export crosstab": UTF-16 LE with BOM,
   TAB-delimited, 7 projects, SEK/NOK/CHF/EUR)
   Key-value long format: columns Project ID | Measure Names | Measure Values, one row per
   project x attribute (Budget 2021, Currency, Donor, End Date, Implementing Partner,
   Priority Area, Project Title, Start Date, Status, Total Budget; sorted alphabetically).
   "Budget 2021" exists for only two projects; for the others the 2021 amount is Total Budget
   spread by days over Start-End (dates M/D/YYYY).
   Traps: the file is UTF-16 and tab-separated; each row is an attribute, not a project;
   "Implementing Partner" (UN Women, UNDP, UNHCR, ...) is not the donor; Total Budget is not
   the 2021 amount when Budget 2021 is given (Sweden DV 4,200,000 SEK; Lithuania 90,000 EUR);
   the Sweden drugs-training project ended 12/31/2020 -> 0; the Norway radar project is
   "Cancelled" -> status cancelled (2021 share by days still reported).

5. UK_Canada_plan_osvoiennia_2021.xlsx   (Ukrainian, 6 projects, GBP / CAD)
   Month-by-month disbursement plan in long format (project, month, planned amount), months
   Oct 2020 - Sep 2022 stored as dates shown "mm.yyyy".  Title / donor / priority / status /
   beneficiary are merged vertically over each project's month rows.  After each project a
   bold "Разом за проєктом" row gives the sum of ALL its months (2020-2022); at the bottom
   "Усього, GBP" / "Усього, CAD".
   Traps: 2021 = sum of the 2021 months only; the per-project subtotal spans other years;
   subtotal rows are not projects; cancelled project ("скасовано") keeps its planned 2021
   months -> cancelled with that amount; "планується" -> pipeline; COVID project completed in
   March 2021 -> only Jan-Mar 2021 count.

6. Rozpredelenie_MTP_po_vedomstvam_2021_ru.xlsx   (Russian, 7 projects, EUR/USD/PLN/JPY, thousands)
   Cross-tab: projects as rows, beneficiary agencies as columns (НПУ, ГПСУ, НГУ, ГМС, ГСЧС,
   МВД) under a merged header "Получатели", values in THOUSANDS of the project currency
   ("план на 2021 год, тыс."), a "Всего на 2021 г." column, empty agency cells shown as "—",
   and "Итого <currency>" rows at the bottom.
   Traps: the 2021 amount is the row total x 1000 (not one agency's cell, not the unscaled
   number); the "Период реализации" column is informational only -- the figures already are
   the 2021 plan (no pro-rating); agency columns are not projects; Итого rows are not projects;
   JPY 60 000 thousand -> 60,000,000; "в стадии согласования" -> pipeline; "отменён" -> cancelled.

7. UN_agencies_own_resources_priority_matrix.xlsx   (Ukrainian, 7 projects, USD)
   Cross-tab with sector priorities as columns: each project's budget sits under the priority
   it serves; "Разом, USD" is the TOTAL project budget for the whole period (stated in the
   sheet title), start / end dates given -> 2021 by days.  Header: agencies' OWN resources, so
   the UN agency is the partner.  One project has money under two priorities (300,000
   migration + 100,000 trafficking): its main priority is the larger one (ILLEGAL_MIGRATION),
   and it is ONE project of 400,000.  "Разом" row at the bottom.
   Traps: priority = column holding the number; amount is the whole-period total, must be
   pro-rated; the split project must not become two projects; WHO's checkpoint COVID testing
   sits under COVID-19 (not border crossing).
"""

import csv
import io
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
    whole = (end - start).days + 1
    return round(total * days_in_2021(start, end) / whole, 2)


EXPECTED = []  # dicts


def expect(title, partner, priority, status, currency, amount):
    EXPECTED.append(
        dict(
            title=title,
            partner=partner,
            priority=priority,
            status=status,
            currency=currency,
            amount_2021=round(amount, 2),
        )
    )


BOLD = Font(bold=True)
HDR_FILL = PatternFill("solid", fgColor="DCE6F1")
SUB_FILL = PatternFill("solid", fgColor="F2F2F2")
thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def widths(ws, w):
    for i, x in enumerate(w, 1):
        ws.column_dimensions[get_column_letter(i)].width = x


# =========================================================================================
# 1. EU database export: one row per project x year (x tranche)
# =========================================================================================
def file1(raw):
    P = [
        # cris, title, source, benef, priority label, status, repeat?, rows[(year, tranche, amt)], partner, PRIO, STATUS
        (
            "ENI/2019/041-556",
            "Support to the National Police in community policing in Donetsk and Luhansk oblasts",
            "EU (ENI bilateral)",
            "National Police",
            "Community policing",
            "Ongoing",
            False,
            [(2020, "", 400000), (2021, "", 850000), (2022, "", 350000)],
            "EU",
            "COMMUNITY_POLICING",
            "funded",
        ),
        (
            "ENI/2018/397-102",
            "EU Border Assistance: modernisation of Ukraine-Moldova border surveillance",
            "EU (ENI CBC)",
            "State Border Guard Service",
            "Border security",
            "Ongoing",
            False,
            [(2022, "", 900000), (2021, "", 1100000), (2020, "", 1500000)],
            "EU",
            "BORDER_SECURITY",
            "funded",
        ),
        (
            "ENI/2020/415-870",
            "Joint border control point Mayaky-Udobne - Palanca\n(equipment and IT systems, lot 2)",
            "EU (ENI CBC)",
            "State Border Guard Service; State Customs Service",
            "Border crossing points",
            "Signed",
            False,
            [(2021, "T1", 300000), (2021, "T2", 450000), (2022, "T3", 200000)],
            "EU",
            "BORDER_CROSSING",
            "funded",
        ),
        (
            "EUAM/PC/2021/07",
            "EUAM grant: mobile units for investigating domestic violence cases",
            "EUAM Ukraine - project cell",
            "National Police",
            "Domestic violence",
            "Completed",
            False,
            [(2021, "", 95000)],
            "EUAM",
            "DOMESTIC_VIOLENCE",
            "funded",
        ),
        (
            "EUAM/PC/2020/12",
            "Strengthening the custody records system in temporary detention facilities (pilot in 5 oblasts)",
            "EUAM Ukraine - project cell",
            "National Police",
            "Custody / ITT",
            "Ongoing",
            True,
            [(2020, "", 60000), (2021, "", 120000)],
            "EUAM",
            "CUSTODY",
            "funded",
        ),
        (
            "NDICI/2022/tbc",
            "Integrated migration management and readmission capacity of the State Migration Service",
            "EU (NDICI, programming)",
            "State Migration Service",
            "Irregular migration",
            "Planned",
            False,
            [(2022, "", 1000000), (2023, "", 1000000)],
            "EU",
            "ILLEGAL_MIGRATION",
            "pipeline",
        ),
        (
            "ENI/2020/418-001",
            "COVID-19 emergency support: protective equipment for border guards and police",
            "EU (ENI, COVID-19 response package)",
            "State Border Guard Service; National Police",
            "COVID-19",
            "Completed",
            False,
            [(2020, "", 2300000), (2021, "", 700000)],
            "EU",
            "COVID19",
            "funded",
        ),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "export"
    hdr = [
        "CRIS No",
        "Title",
        "Funding source",
        "Beneficiary",
        "Priority (SWG)",
        "Status",
        "Year",
        "Tranche",
        "Amount EUR",
    ]
    ws.append(hdr)
    for c in ws[1]:
        c.font = BOLD
        c.fill = HDR_FILL
    grand = 0
    for cris, title, src, ben, pl, st, rep, rows, partner, prio, status in P:
        for i, (yr, tr, amt) in enumerate(rows):
            if i == 0 or rep:
                ws.append([cris, title, src, ben, pl, st, yr, tr, amt])
            else:
                ws.append([None, None, None, None, None, None, yr, tr, amt])
            r = ws.max_row
            ws.cell(r, 9).number_format = "#,##0.00"
            ws.cell(r, 2).alignment = Alignment(wrap_text=True, vertical="top")
            grand += amt
        a21 = sum(a for y, t, a in rows if y == 2021)
        expect(title.split("\n")[0], partner, prio, status, "EUR", a21)
    ws.append([None, None, None, None, None, None, "TOTAL", None, grand])
    r = ws.max_row
    for c in ws[r]:
        c.font = BOLD
    ws.cell(r, 9).number_format = "#,##0.00"
    assert (
        grand
        == 400000
        + 850000
        + 350000
        + 900000
        + 1100000
        + 1500000
        + 750000
        + 200000
        + 95000
        + 180000
        + 2000000
        + 3000000
    )
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:I{r - 1}"
    widths(ws, [18, 60, 30, 32, 22, 11, 8, 8, 15])
    info = wb.create_sheet("Export info")
    for row in [
        ["Report", "ITA portfolio - Law enforcement (SWG 2021)"],
        ["Exported", "15/03/2021 09:42"],
        ["User", "DEL-UKR-OPS3"],
        ["Filter", "Sector = Rule of law / Law enforcement; Year >= 2019"],
        ["Row grain", "one row per project, year and tranche"],
        ["Note", "project attributes are printed on the first row of each project only"],
    ]:
        info.append(row)
    widths(info, [14, 70])
    wb.save(os.path.join(raw, "EU_Delegation_ITA_database_export_2021-03.xlsx"))
    return len(P)


# =========================================================================================
# 2. US CSV: one row per project x beneficiary agency, sorted by agency
# =========================================================================================
def file2(raw):
    P = [
        (
            "INL-UA-2020-014",
            "Community Policing Development in Small Towns (Phase II)",
            "U.S. Department of State / INL",
            "ICITAP",
            date(2020, 10, 1),
            date(2022, 9, 30),
            "Ongoing",
            "Community policing",
            [("National Police of Ukraine", 1200000), ("Ministry of Internal Affairs", 300000)],
            "USA",
            "COMMUNITY_POLICING",
            "funded",
        ),
        (
            "INL-UA-2021-002",
            "Counter-Narcotics Capacity Building for Drug Crime Investigators",
            "INL",
            "UNODC",
            date(2021, 1, 15),
            date(2023, 1, 14),
            "Active",
            "Drug crime",
            [
                ("National Police of Ukraine", 800000),
                ("State Border Guard Service", 450000),
                ("Ministry of Internal Affairs", 150000),
            ],
            "INL",
            "DRUGS",
            "funded",
        ),
        (
            "AID-121-A-19-00007",
            "Combating Trafficking in Persons: Victim Identification and Referral",
            "USAID",
            "IOM",
            date(2019, 7, 1),
            date(2021, 6, 30),
            "Ongoing",
            "Trafficking in persons",
            [
                ("State Border Guard Service", 250000),
                ("National Police of Ukraine", 350000),
                ("State Migration Service", 100000),
            ],
            "USAID",
            "TRAFFICKING",
            "funded",
        ),
        (
            "INL-UA-2021-009",
            "Maritime Border Surveillance Equipment for the Sea Guard",
            "U.S. Embassy Kyiv (INL Section)",
            "direct procurement",
            date(2021, 5, 20),
            date(2021, 12, 31),
            "Ongoing",
            "Border security",
            [("State Border Guard Service", 2750000)],
            "USA",
            "BORDER_SECURITY",
            "funded",
        ),
        (
            "INL-UA-2021-015",
            "Domestic Violence Mobile Response Teams Expansion",
            "INL",
            "La Strada Ukraine",
            date(2021, 4, 1),
            date(2023, 3, 31),
            "Proposed",
            "Domestic violence",
            [("National Police of Ukraine", 600000), ("Ministry of Internal Affairs", 150000)],
            "INL",
            "DOMESTIC_VIOLENCE",
            "pipeline",
        ),
        (
            "HAP-UA-2020-031",
            "COVID-19 Medical Supplies for MIA Agencies",
            "U.S. Department of Defense / EUCOM",
            "UNDP",
            date(2020, 4, 15),
            date(2021, 2, 28),
            "Completed",
            "COVID-19",
            [
                ("State Emergency Service", 400000),
                ("National Guard of Ukraine", 220000),
                ("State Border Guard Service", 180000),
                ("National Police of Ukraine", 200000),
            ],
            "USA",
            "COVID19",
            "funded",
        ),
    ]
    rows = []
    for pid, title, fa, ip, s, e, st, pr, shares, partner, prio, status in P:
        for ben, amt in shares:
            rows.append(
                [
                    pid,
                    title,
                    fa,
                    ip,
                    ben,
                    s.strftime("%m/%d/%Y"),
                    e.strftime("%m/%d/%Y"),
                    st,
                    pr,
                    f"{amt:,.2f}",
                ]
            )
        total = sum(a for b, a in shares)
        expect(title, partner, prio, status, "USD", share_2021(total, s, e))
    rows.sort(key=lambda r: (r[4], r[0]))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(
        [
            "Project ID",
            "Project Title",
            "Funding Agency",
            "Implementing Partner",
            "Beneficiary Agency",
            "Start Date",
            "End Date",
            "Status",
            "Priority Area",
            "Beneficiary Share (USD)",
        ]
    )
    w.writerows(rows)
    with open(os.path.join(raw, "US_Embassy_ITA_by_beneficiary_FY2021.csv"), "wb") as f:
        f.write(buf.getvalue().encode("utf-8-sig"))
    assert len(rows) == 15
    return len(P)


# =========================================================================================
# 3. Pivot sheet + data sheet (Germany / GIZ / EU)
# =========================================================================================
def file3(raw):
    SMS = "Digital registration of migrants and asylum seekers at the State Migration Service"
    # (donor, priority label, title, status, {(year, q): amount}, PRIO, STATUS)
    P = [
        (
            "EU",
            "Border crossing",
            "Modernisation of checkpoints on the Ukrainian-Polish border (Rava-Ruska, Krakovets)",
            "under negotiation",
            {(2021, 4): 300000, (2022, 1): 450000, (2022, 2): 450000},
            "BORDER_CROSSING",
            "pipeline",
        ),
        (
            "EU",
            "Illegal migration",
            SMS,
            "ongoing",
            {(2021, 4): 500000, (2022, 1): 200000, (2022, 2): 200000},
            "ILLEGAL_MIGRATION",
            "funded",
        ),
        (
            "Germany",
            "Border security",
            "Training for border guards on document fraud detection",
            "ongoing",
            {(2021, 2): 40000, (2021, 3): 60000, (2022, 1): 30000},
            "BORDER_SECURITY",
            "funded",
        ),
        (
            "Germany",
            "Community policing",
            "Police cooperation programme: community policing in Kharkiv and Mariupol",
            "ongoing",
            {
                (2020, 3): 80000,
                (2020, 4): 100000,
                (2021, 1): 50000,
                (2021, 2): 75000,
                (2021, 3): 75000,
                (2021, 4): 100000,
                (2022, 1): 120000,
            },
            "COMMUNITY_POLICING",
            "funded",
        ),
        (
            "Germany",
            "Illegal migration",
            SMS,
            "ongoing",
            {(2021, 3): 200000, (2021, 4): 150000, (2022, 1): 150000, (2022, 2): 100000},
            "ILLEGAL_MIGRATION",
            "funded",
        ),
        (
            "GIZ",
            "Domestic violence",
            "Crisis centres for survivors of domestic violence: police liaison officers",
            "ongoing",
            {
                (2021, 1): 20000,
                (2021, 2): 20000,
                (2021, 3): 25000,
                (2021, 4): 25000,
                (2022, 1): 40000,
                (2022, 2): 40000,
            },
            "DOMESTIC_VIOLENCE",
            "funded",
        ),
        (
            "GIZ",
            "Trafficking",
            "Anti-trafficking hotline integration with the National Police 102 service",
            "planned",
            {(2022, 2): 150000},
            "TRAFFICKING",
            "pipeline",
        ),
        (
            "GIZ",
            "(blank)",
            "COVID-19 protective equipment for State Emergency Service rescuers",
            "completed",
            {(2020, 2): 50000, (2020, 4): 40000, (2021, 1): 45000},
            "COVID19",
            "funded",
        ),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Pivot"
    ws["A1"], ws["B1"] = "Status", "(All)"
    ws["A1"].font = BOLD
    ws["A3"], ws["D3"] = "Sum of Amount (EUR)", "Column Labels"
    ws["D4"], ws["E4"], ws["I4"], ws["J4"] = 2020, 2021, 2022, "Grand Total"
    ws["A5"], ws["B5"], ws["C5"] = "Donor", "Priority", "Project title"
    for i, q in enumerate(["Qtr1", "Qtr2", "Qtr3", "Qtr4"]):
        ws.cell(5, 5 + i, q)
    for r in (3, 4, 5):
        for c in range(1, 11):
            ws.cell(r, c).fill = HDR_FILL
            ws.cell(r, c).font = BOLD

    def vals(d):
        v = [sum(a for (y, q), a in d.items() if y == 2020)]
        v += [d.get((2021, q), 0) for q in (1, 2, 3, 4)]
        v += [sum(a for (y, q), a in d.items() if y == 2022)]
        v += [sum(d.values())]
        return v

    def put(r, v, bold=False, fill=None):
        for i, x in enumerate(v):
            c = ws.cell(r, 4 + i, x if x else None)
            c.number_format = "#,##0"
            if bold:
                c.font = BOLD
            if fill:
                c.fill = fill

    r = 6
    grand = [0] * 7
    for donor in ("EU", "Germany", "GIZ"):
        items = [p for p in P if p[0] == donor]
        items.sort(key=lambda p: (p[1] == "(blank)", p[1], p[2]))
        sub = [0] * 7
        lastprio = None
        for i, (d, pl, title, st, amt, prio, status) in enumerate(items):
            if i == 0:
                ws.cell(r, 1, donor)
            if pl != lastprio:
                ws.cell(r, 2, pl)
                lastprio = pl
            ws.cell(r, 3, title)
            v = vals(amt)
            put(r, v)
            sub = [a + b for a, b in zip(sub, v)]
            r += 1
        ws.cell(r, 1, f"{donor} Total")
        for c in range(1, 11):
            ws.cell(r, c).font = BOLD
            ws.cell(r, c).fill = SUB_FILL
        put(r, sub, bold=True, fill=SUB_FILL)
        grand = [a + b for a, b in zip(grand, sub)]
        r += 1
    ws.cell(r, 1, "Grand Total")
    put(r, grand, bold=True, fill=HDR_FILL)
    for c in range(1, 4):
        ws.cell(r, c).font = BOLD
        ws.cell(r, c).fill = HDR_FILL
    assert grand[6] == sum(sum(p[4].values()) for p in P)
    assert sum(grand[:6]) == grand[6]
    widths(ws, [14, 20, 78, 10, 10, 10, 10, 10, 11, 13])
    ws.freeze_panes = "D6"

    data = wb.create_sheet("Data")
    data.append(["Donor", "Priority", "Project title", "Status", "Planned disbursement", "Amount (EUR)"])
    for c in data[1]:
        c.font = BOLD
        c.fill = HDR_FILL
    mid = {1: (2, 15), 2: (5, 15), 3: (8, 15), 4: (11, 15)}
    for d, pl, title, st, amt, prio, status in P:
        for (y, q), a in sorted(amt.items()):
            m, dd = mid[q]
            data.append([d, None if pl == "(blank)" else pl, title, st, date(y, m, dd), a])
            data.cell(data.max_row, 5).number_format = "dd.mm.yyyy"
            data.cell(data.max_row, 6).number_format = "#,##0"
    data.auto_filter.ref = f"A1:F{data.max_row}"
    widths(data, [10, 20, 78, 18, 20, 14])
    wb.save(os.path.join(raw, "GIZ_Germany_pivot_Law_Enforcement_2021.xlsx"))

    for d, pl, title, st, amt, prio, status in P:
        a21 = sum(a for (y, q), a in amt.items() if y == 2021)
        expect(title, d, prio, status, "EUR", a21)
    assert [e["amount_2021"] for e in EXPECTED if e["title"] == SMS] == [500000, 350000]
    return len({p[2] for p in P})


# =========================================================================================
# 4. Tableau crosstab export: key-value (Measure Names / Measure Values), UTF-16 TSV
# =========================================================================================
def file4(raw):
    P = [
        (
            "SE-UA-0412",
            "Gender-responsive policing: domestic violence investigation units",
            "Sweden (Sida)",
            "UN Women",
            "Domestic violence",
            "Ongoing",
            "SEK",
            date(2020, 7, 1),
            date(2023, 6, 30),
            12000000,
            4200000,
            "DOMESTIC_VIOLENCE",
            "funded",
        ),
        (
            "NO-UA-2101",
            "Humanitarian demining and rescue capacity of the State Emergency Service",
            "Norway (MFA)",
            "UNDP",
            "Other",
            "Ongoing",
            "NOK",
            date(2021, 1, 1),
            date(2022, 12, 31),
            30000000,
            None,
            "OTHER",
            "funded",
        ),
        (
            "CH-UA-7731",
            "Community safety and police-public dialogue in eastern Ukraine",
            "Switzerland (SDC)",
            "DCAF",
            "Community policing",
            "Ongoing",
            "CHF",
            date(2019, 11, 1),
            date(2022, 10, 31),
            2400000,
            None,
            "COMMUNITY_POLICING",
            "funded",
        ),
        (
            "NL-UA-0093",
            "Strengthening asylum procedures of the State Migration Service",
            "Netherlands (MFA)",
            "UNHCR",
            "Migration / asylum",
            "Pipeline",
            "EUR",
            date(2021, 9, 1),
            date(2023, 8, 31),
            800000,
            None,
            "ILLEGAL_MIGRATION",
            "pipeline",
        ),
        (
            "SE-UA-0377",
            "Drug trafficking investigations: joint training of police and border guards",
            "Sweden (Sida)",
            "Swedish Police Authority",
            "Drug crime",
            "Completed",
            "SEK",
            date(2019, 1, 1),
            date(2020, 12, 31),
            3000000,
            None,
            "DRUGS",
            "funded",
        ),
        (
            "LT-UA-0021",
            "Temporary detention facilities: electronic custody records pilot",
            "Lithuania (MFA, development cooperation)",
            "Lithuanian Police Department",
            "Custody",
            "Ongoing",
            "EUR",
            date(2020, 10, 1),
            date(2021, 12, 31),
            150000,
            90000,
            "CUSTODY",
            "funded",
        ),
        (
            "NO-UA-2044",
            "Mobile border surveillance radars for the Azov Sea coast",
            "Norway (MFA)",
            "NSPA",
            "Border security",
            "Cancelled",
            "NOK",
            date(2021, 6, 1),
            date(2022, 5, 31),
            18000000,
            None,
            "BORDER_SECURITY",
            "cancelled",
        ),
    ]
    partner = {
        "Sweden (Sida)": "Sweden",
        "Norway (MFA)": "Norway",
        "Switzerland (SDC)": "Switzerland",
        "Netherlands (MFA)": "Netherlands",
        "Lithuania (MFA, development cooperation)": "Lithuania",
    }

    def md(d):
        return f"{d.month}/{d.day}/{d.year}"

    lines = ["Project ID\tMeasure Names\tMeasure Values"]
    for pid, title, donor, impl, pl, st, cur, s, e, tot, b21, prio, status in P:
        kv = {
            "Currency": cur,
            "Donor": donor,
            "End Date": md(e),
            "Implementing Partner": impl,
            "Priority Area": pl,
            "Project Title": title,
            "Start Date": md(s),
            "Status": st,
            "Total Budget": f"{tot:,}",
        }
        if b21 is not None:
            kv["Budget 2021"] = f"{b21:,}"
        for k in sorted(kv):
            lines.append(f"{pid}\t{k}\t{kv[k]}")
        a = b21 if b21 is not None else share_2021(tot, s, e)
        expect(title, partner[donor], prio, status, cur, a)
    text = "\r\n".join(lines) + "\r\n"
    with open(os.path.join(raw, "Nordic_Swiss_Tableau_export.csv"), "wb") as f:
        f.write(b"\xff\xfe" + text.encode("utf-16-le"))
    assert EXPECTED[-3]["amount_2021"] == 0  # Sweden drugs, wholly 2019-2020
    return len(P)


# =========================================================================================
# 5. Ukrainian month-by-month plan, long format, merged project cells
# =========================================================================================
def file5(raw):
    def months(y, m, n):
        out = []
        for _ in range(n):
            out.append(date(y, m, 1))
            m += 1
            if m == 13:
                y, m = y + 1, 1
        return out

    P = [
        (
            "Протидія торгівлі людьми: навчання мобільних груп Національної поліції",
            "Велика Британія (Фонд CSSF)",
            "Протидія торгівлі людьми",
            "реалізується",
            "НПУ",
            "GBP",
            list(
                zip(
                    months(2020, 10, 12),
                    [12000, 12000, 12000, 15000, 15000, 18000, 18000, 20000, 20000, 22000, 22000, 10000],
                )
            ),
            "UK",
            "TRAFFICKING",
            "funded",
        ),
        (
            "Посилення спроможності ДПСУ з охорони морської ділянки кордону",
            "Велика Британія (Фонд CSSF)",
            "Безпека кордону",
            "реалізується",
            "ДПСУ",
            "GBP",
            list(
                zip(
                    months(2021, 4, 12),
                    [25000, 30000, 35000, 40000, 40000, 45000, 45000, 50000, 60000, 30000, 30000, 20000],
                )
            ),
            "UK",
            "BORDER_SECURITY",
            "funded",
        ),
        (
            "Підтримка реформи Національної гвардії: підготовка з охорони громадського порядку",
            "Канада (Global Affairs Canada)",
            "Інше",
            "реалізується",
            "НГУ",
            "CAD",
            list(
                zip(
                    months(2021, 1, 12),
                    [5000, 7500, 7500, 10000, 10000, 12500, 12500, 12500, 10000, 10000, 7500, 5000],
                )
            ),
            "Canada",
            "OTHER",
            "funded",
        ),
        (
            "Запобігання домашньому насильству: програма для дільничних офіцерів поліції",
            "Канада (Global Affairs Canada)",
            "Протидія домашньому насильству",
            "планується",
            "НПУ",
            "CAD",
            list(zip(months(2021, 10, 12), [20000, 25000, 25000] + [15000] * 9)),
            "Canada",
            "DOMESTIC_VIOLENCE",
            "pipeline",
        ),
        (
            "Обладнання ізоляторів тимчасового тримання системою відеофіксації та електронного журналу",
            "Велика Британія (Фонд CSSF)",
            "Прозора система тримання під вартою",
            "скасовано",
            "НПУ",
            "GBP",
            list(zip(months(2021, 7, 6), [30000, 30000, 40000, 40000, 30000, 30000])),
            "UK",
            "CUSTODY",
            "cancelled",
        ),
        (
            "COVID-19: засоби індивідуального захисту для підрозділів Державної міграційної служби",
            "Канада (Global Affairs Canada)",
            "Протидія COVID-19",
            "завершено",
            "ДМС",
            "CAD",
            list(zip(months(2020, 11, 5), [40000, 60000, 50000, 30000, 20000])),
            "Canada",
            "COVID19",
            "funded",
        ),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "План освоєння"
    ws["A1"] = "План-графік освоєння коштів проєктів міжнародної технічної допомоги (Велика Британія, Канада)"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Станом на 01.03.2021; суми у валюті проєкту"
    hdr = [
        "№",
        "Назва проєкту",
        "Донор",
        "Пріоритет",
        "Статус",
        "Бенефіціар",
        "Місяць",
        "Сума (план)",
        "Валюта",
    ]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h)
        c.font = BOLD
        c.fill = HDR_FILL
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, horizontal="center")
    r = 5
    totals = {}
    for n, (title, donor, pl, st, ben, cur, ms, partner, prio, status) in enumerate(P, 1):
        r0 = r
        for m, a in ms:
            ws.cell(r, 7, m).number_format = "mm.yyyy"
            ws.cell(r, 8, a).number_format = "#,##0.00"
            ws.cell(r, 9, cur)
            r += 1
        for col, v in zip(range(1, 7), [n, title, donor, pl, st, ben]):
            ws.cell(r0, col, v).alignment = Alignment(wrap_text=True, vertical="top")
            if r - 1 > r0:
                ws.merge_cells(start_row=r0, start_column=col, end_row=r - 1, end_column=col)
        tot = sum(a for m, a in ms)
        ws.cell(r, 2, "Разом за проєктом")
        ws.cell(r, 8, tot).number_format = "#,##0.00"
        ws.cell(r, 9, cur)
        for c in range(1, 10):
            ws.cell(r, c).font = BOLD
            ws.cell(r, c).fill = SUB_FILL
        totals[cur] = totals.get(cur, 0) + tot
        r += 1
        a21 = sum(a for m, a in ms if m.year == 2021)
        assert 0 < a21 <= tot
        expect(title, partner, prio, status, cur, a21)
    for cur in ("GBP", "CAD"):
        ws.cell(r, 2, f"Усього, {cur}").font = BOLD
        ws.cell(r, 8, totals[cur]).number_format = "#,##0.00"
        ws.cell(r, 8).font = BOLD
        ws.cell(r, 9, cur)
        r += 1
    assert totals["GBP"] == sum(sum(a for m, a in p[6]) for p in P if p[5] == "GBP")
    ws.freeze_panes = "A5"
    widths(ws, [5, 58, 26, 26, 14, 11, 10, 13, 8])
    wb.save(os.path.join(raw, "UK_Canada_plan_osvoiennia_2021.xlsx"))
    return len(P)


# =========================================================================================
# 6. Russian cross-tab: agencies as columns, thousands
# =========================================================================================
def file6(raw):
    AG = ["НПУ", "ГПСУ", "НГУ", "ГМС", "ГСЧС", "МВД (аппарат)"]
    P = [
        (
            "Поддержка community policing: офицеры громад в Донецкой области",
            "ОБСЕ",
            "Полиция общественного доверия (community policing)",
            "реализуется",
            "03.2020 – 02.2022",
            "EUR",
            {"НПУ": 210.0, "МВД (аппарат)": 40.0},
            "OSCE",
            "COMMUNITY_POLICING",
            "funded",
        ),
        (
            "Противодействие незаконному обороту наркотиков в портах Одессы и Черноморска",
            "УНП ООН (UNODC)",
            "Противодействие наркопреступности",
            "реализуется",
            "01.2021 – 12.2023",
            "USD",
            {"НПУ": 120.0, "ГПСУ": 95.75},
            "UNODC",
            "DRUGS",
            "funded",
        ),
        (
            "Подготовка пиротехнических подразделений ГСЧС и НГУ к гуманитарному разминированию",
            "НАТО (Трастовый фонд)",
            "Другое",
            "в стадии согласования",
            "07.2021 – 06.2024",
            "EUR",
            {"НГУ": 150.0, "ГСЧС": 450.0},
            "NATO",
            "OTHER",
            "pipeline",
        ),
        (
            "Пункты временного содержания иностранцев: управление нерегулярной миграцией",
            "МЦРМП (ICMPD)",
            "Нелегальная миграция",
            "реализуется",
            "09.2020 – 08.2022",
            "EUR",
            {"ГПСУ": 90.0, "ГМС": 160.0},
            "ICMPD",
            "ILLEGAL_MIGRATION",
            "funded",
        ),
        (
            "Модернизация пункта пропуска Шегини на украинско-польской границе",
            "Польша (МИД РП)",
            "Пункты пропуска",
            "реализуется",
            "04.2021 – 03.2022",
            "PLN",
            {"ГПСУ": 1200.0, "МВД (аппарат)": 300.0},
            "Poland",
            "BORDER_CROSSING",
            "funded",
        ),
        (
            "Оборудование для реагирования на COVID-19 для ГСЧС и Национальной гвардии",
            "Япония (JICA)",
            "COVID-19",
            "завершён",
            "06.2020 – 05.2021",
            "JPY",
            {"НГУ": 15000, "ГСЧС": 45000},
            "Japan",
            "COVID19",
            "funded",
        ),
        (
            "Противодействие торговле людьми: подготовка следователей и пограничников",
            "Франция (посольство)",
            "Противодействие торговле людьми",
            "отменён",
            "01.2021 – 12.2021",
            "EUR",
            {"НПУ": 85.0, "ГПСУ": 25.0},
            "France",
            "TRAFFICKING",
            "cancelled",
        ),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "2021"
    ws["A1"] = "Распределение средств международной технической помощи по ведомствам-получателям"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "План на 2021 год, тыс. единиц валюты проекта"
    ws["A2"].font = Font(italic=True)
    fixed = ["№ п/п", "Название проекта", "Донор", "Приоритет", "Статус", "Период реализации", "Валюта"]
    for i, h in enumerate(fixed, 1):
        ws.cell(4, i, h)
        ws.merge_cells(start_row=4, start_column=i, end_row=5, end_column=i)
    ws.cell(4, 8, "Получатели (тыс.)")
    ws.merge_cells(start_row=4, start_column=8, end_row=4, end_column=13)
    for i, a in enumerate(AG):
        ws.cell(5, 8 + i, a)
    ws.cell(4, 14, "Всего на 2021 г. (тыс.)")
    ws.merge_cells(start_row=4, start_column=14, end_row=5, end_column=14)
    for r in (4, 5):
        for c in range(1, 15):
            ws.cell(r, c).font = BOLD
            ws.cell(r, c).fill = HDR_FILL
            ws.cell(r, c).border = BOX
            ws.cell(r, c).alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    r = 6
    by_cur = {}
    for n, (title, donor, pl, st, per, cur, split, partner, prio, status) in enumerate(P, 1):
        for c, v in enumerate([n, title, donor, pl, st, per, cur], 1):
            ws.cell(r, c, v).alignment = Alignment(wrap_text=True, vertical="top")
        for i, a in enumerate(AG):
            if a in split:
                ws.cell(r, 8 + i, split[a]).number_format = "#,##0.0#"
            else:
                ws.cell(r, 8 + i, "—").alignment = Alignment(horizontal="center")
        tot = sum(split.values())
        ws.cell(r, 14, tot).number_format = "#,##0.0#"
        ws.cell(r, 14).font = BOLD
        by_cur[cur] = by_cur.get(cur, 0) + tot
        expect(title, partner, prio, status, cur, tot * 1000)
        r += 1
    for cur in ("EUR", "USD", "PLN", "JPY"):
        ws.cell(r, 2, f"Итого {cur}")
        ws.cell(r, 7, cur)
        ws.cell(r, 14, by_cur[cur]).number_format = "#,##0.0#"
        for c in range(1, 15):
            ws.cell(r, c).font = BOLD
            ws.cell(r, c).fill = SUB_FILL
        r += 1
    assert by_cur["EUR"] == 250 + 600 + 250 + 110
    ws["B6"].comment = Comment(
        "Суммы — план финансирования на 2021 год, а не общий бюджет проекта", "Секретариат"
    )
    ws.freeze_panes = "C6"
    widths(ws, [6, 55, 20, 26, 16, 17, 8, 9, 9, 9, 9, 9, 11, 12])
    wb.save(os.path.join(raw, "Rozpredelenie_MTP_po_vedomstvam_2021_ru.xlsx"))
    return len(P)


# =========================================================================================
# 7. UN agencies, priorities as columns, whole-period budgets
# =========================================================================================
def file7(raw):
    PR = [
        ("TRAFFICKING", "Протидія торгівлі людьми"),
        ("DOMESTIC_VIOLENCE", "Протидія домашньому насильству"),
        ("DRUGS", "Протидія наркозлочинності"),
        ("COMMUNITY_POLICING", "Поліція громад"),
        ("CUSTODY", "Прозора система тримання під вартою"),
        ("BORDER_SECURITY", "Безпека кордону"),
        ("BORDER_CROSSING", "Пункти пропуску"),
        ("ILLEGAL_MIGRATION", "Нелегальна міграція"),
        ("COVID19", "COVID-19"),
        ("OTHER", "Інше"),
    ]
    P = [
        (
            "Протидія торгівлі людьми на сході України: підтримка ювенальної превенції",
            "МОМ (IOM)",
            "НПУ",
            "реалізується",
            date(2020, 3, 1),
            date(2022, 2, 28),
            {"TRAFFICKING": 600000},
            "IOM",
            "funded",
        ),
        (
            "Мобільні бригади соціально-психологічної допомоги постраждалим від домашнього насильства",
            "ЮНФПА (UNFPA)",
            "НПУ",
            "реалізується",
            date(2021, 1, 1),
            date(2021, 12, 31),
            {"DOMESTIC_VIOLENCE": 350000},
            "UNFPA",
            "funded",
        ),
        (
            "Підтримка ДМС у процедурах визнання біженцем та додаткового захисту",
            "УВКБ ООН (UNHCR)",
            "ДМС",
            "реалізується",
            date(2021, 3, 15),
            date(2022, 3, 14),
            {"ILLEGAL_MIGRATION": 420000},
            "UNHCR",
            "funded",
        ),
        (
            "Шкільні офіцери поліції: безпека дітей у громадах",
            "ЮНІСЕФ (UNICEF)",
            "НПУ",
            "реалізується",
            date(2020, 9, 1),
            date(2021, 8, 31),
            {"COMMUNITY_POLICING": 180000},
            "UNICEF",
            "funded",
        ),
        (
            "COVID-19: тестування та захист персоналу міжнародних пунктів пропуску",
            "ВООЗ (WHO)",
            "ДПСУ",
            "завершено",
            date(2020, 5, 1),
            date(2021, 4, 30),
            {"COVID19": 250000},
            "WHO",
            "funded",
        ),
        (
            "Цифровий пункт пропуску: електронна черга для вантажних автомобілів",
            "ПРООН (UNDP)",
            "ДПСУ",
            "планується",
            date(2021, 10, 1),
            date(2023, 9, 30),
            {"BORDER_CROSSING": 900000},
            "UNDP",
            "pipeline",
        ),
        (
            "Управління міграцією на українсько-білоруському кордоні: реадмісія та виявлення жертв торгівлі людьми",
            "МОМ (IOM)",
            "ДМС, ДПСУ",
            "реалізується",
            date(2021, 7, 1),
            date(2023, 6, 30),
            {"ILLEGAL_MIGRATION": 300000, "TRAFFICKING": 100000},
            "IOM",
            "funded",
        ),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Матриця"
    ws["A1"] = (
        "Внески агентств ООН з власних ресурсів у розрізі пріоритетів сектору «Правоохоронна діяльність»"
    )
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Суми — загальний бюджет проєкту за весь період реалізації, дол. США"
    ws["A2"].font = Font(italic=True)
    fixed = ["№", "Назва проєкту", "Агентство ООН", "Бенефіціар", "Статус", "Початок", "Завершення"]
    for i, h in enumerate(fixed, 1):
        ws.cell(4, i, h)
        ws.merge_cells(start_row=4, start_column=i, end_row=5, end_column=i)
    ws.cell(4, 8, "Пріоритети сектору")
    ws.merge_cells(start_row=4, start_column=8, end_row=4, end_column=7 + len(PR))
    for i, (k, lab) in enumerate(PR):
        ws.cell(5, 8 + i, lab)
    tc = 8 + len(PR)
    ws.cell(4, tc, "Разом, USD")
    ws.merge_cells(start_row=4, start_column=tc, end_row=5, end_column=tc)
    for r in (4, 5):
        for c in range(1, tc + 1):
            ws.cell(r, c).font = BOLD
            ws.cell(r, c).fill = HDR_FILL
            ws.cell(r, c).border = BOX
            ws.cell(r, c).alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    ws.row_dimensions[5].height = 60
    r = 6
    coltot = [0] * len(PR)
    for n, (title, ag, ben, st, s, e, split, partner, status) in enumerate(P, 1):
        for c, v in enumerate([n, title, ag, ben, st, s, e], 1):
            cell = ws.cell(r, c, v)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(v, date):
                cell.number_format = "dd.mm.yyyy"
        for i, (k, lab) in enumerate(PR):
            if k in split:
                ws.cell(r, 8 + i, split[k]).number_format = "#,##0"
                coltot[i] += split[k]
        tot = sum(split.values())
        ws.cell(r, tc, tot).number_format = "#,##0"
        prio = max(split, key=split.get)
        expect(title, partner, prio, status, "USD", share_2021(tot, s, e))
        r += 1
    ws.cell(r, 2, "Разом")
    for i, v in enumerate(coltot):
        if v:
            ws.cell(r, 8 + i, v).number_format = "#,##0"
    ws.cell(r, tc, sum(coltot)).number_format = "#,##0"
    for c in range(1, tc + 1):
        ws.cell(r, c).font = BOLD
        ws.cell(r, c).fill = SUB_FILL
    assert sum(coltot) == 600000 + 350000 + 420000 + 180000 + 250000 + 900000 + 400000
    ws.freeze_panes = "C6"
    widths(ws, [5, 55, 16, 11, 13, 11, 12] + [13] * len(PR) + [13])
    wb.save(os.path.join(raw, "UN_agencies_own_resources_priority_matrix.xlsx"))
    return len(P)


def main():
    out = sys.argv[1]
    raw = os.path.join(out, "raw")
    os.makedirs(raw, exist_ok=True)
    n = 0
    for f in (file1, file2, file3, file4, file5, file6, file7):
        n += f(raw)
    assert 40 <= n <= 50, n
    titles = {}
    for e in EXPECTED:
        titles.setdefault(e["title"], []).append(e["partner"])
    assert len(titles) == n
    for t, ps in titles.items():
        assert len(ps) == len(set(ps)), t
    PARTNERS = set(
        "EU EUAM USA USAID INL UK Canada Germany GIZ Sweden Denmark Norway Switzerland "
        "Netherlands Japan Lithuania Poland France UNDP IOM UNODC UNHCR UNICEF UNFPA OSCE "
        "NATO ICMPD WHO".split()
    ) | {"UN Women", "Council of Europe", "World Bank"}
    for e in EXPECTED:
        assert e["partner"] in PARTNERS, e
        assert e["status"] in ("funded", "pipeline", "cancelled"), e
    with open(os.path.join(out, "expected.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(
            f, fieldnames=["title", "partner", "priority", "status", "currency", "amount_2021"]
        )
        w.writeheader()
        for e in EXPECTED:
            e = dict(e)
            e["amount_2021"] = f"{e['amount_2021']:.2f}"
            w.writerow(e)
    print(f"{n} projects, {len(EXPECTED)} expected lines -> {out}")


if __name__ == "__main__":
    main()
