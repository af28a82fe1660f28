"""Blind set AT -- "the inbox of one real meeting, as it arrived".

Usage:  python set_at.py OUT_DIR   -> OUT_DIR/raw/* (8 partner files) and OUT_DIR/expected.csv

Seven partners answered the secretariat's call before the March 2021 meeting of the sector working group
"Law Enforcement Activities".  Each sends the list in the layout its office always uses.  Most files are
ordinary and only a little messy; the German (GIZ) and the IOM files are the awkward ones.
47 projects, 48 expected lines (one IOM project is co-funded by two partners).

amount_2021 rule (COMMON.md): a stated 2021 figure wins; otherwise total x days-in-2021 / days-of-period
(both ends counted; month periods = 1st of first month .. last day of last month; years = 1 Jan .. 31 Dec).
Every figure below is computed with datetime.date in this script (days_in_2021 / spread), never by hand.

FILE 1  01_EU_Delegation_LEA_portfolio_2021.xlsx   (partner EU, EUR)            -- ordinary, 3 quirks
  * Title block of 5 rows above the table; the unit "(all amounts in EUR thousand)" is stated ONLY in
    the title block (row 4), not in the header.  Every figure x 1000.
  * Two-row header with merged group cells: "Period" over "Start | End", and
    "EU contribution by year" over "2020 | 2021 | 2022 | 2023", then "Total".
  * Section rows per beneficiary agency (merged, filled): National Police / State Border Guard Service /
    State Migration Service / State Emergency Service.  They are not projects.
  * The file states a 2021 column -> amount_2021 = that column x 1000 (not a spread of the total).
    "Modernisation of Road Checkpoints Uzhhorod and Chop" has an EMPTY 2021 cell (money only 2022-23)
    -> 0, status pipeline ("Planned").  "Under preparation" -> pipeline.  "Signed"/"Ongoing"
    -> funded.  Implementers (UNDP, ICMPD, IOM...) are named but the money is the EU's -> partner EU.
  8 projects.

FILE 2  02_US_Embassy_INL_projects_March2021.xlsx  (partner USA, USD)           -- a little messy, 3 quirks
  * Heading names "U.S. Embassy Kyiv" first, then the INL bureau -> partner USA (not INL).
  * Amounts typed as text: "$1.2M", "$450k", "USD 875,000", "$300,000", "$3 million", "$650K", "$225k".
  * Periods in words: "January 2020 – June 2022", "October 2020 – September 2022", "Jan–Dec 2021",
    "2021–2023" (years only -> 1 Jan 2021 .. 31 Dec 2023), "April 2020 – November 2020" ...
    -> spread by days.
  * Notes column full of numbers that are NOT money ("Trains 1,500 patrol officers in 24 hromadas",
    "hotline 527", "5 Island-class boats"); one note even quotes a prior-phase dollar figure
    ("Prior phase 2017-2019 ($600k) not included") that must not be added.
  * Status free text in English: "Pending Congressional Notification" -> pipeline; "Cancelled – funds
    reprogrammed to COVID-19 response" -> cancelled; "Completed" project ran Apr-Nov 2020 -> 0, funded.
  7 projects.

FILE 3  03_Swiss_Cooperation_Office_proekty_2021.csv  (partner Switzerland, CHF) -- ordinary CSV, 3 quirks
  * Saved from Excel (Ukrainian locale): cp1251, ';' delimiter, decimal commas, NBSP (0xA0) as thousands
    separator in most amounts ("1 800 000,00"), one without grouping ("950000,00").
  * A title line and an empty ";;;;" line above the header (Excel exported the title cell).
  * A grand-total row "Разом" at the bottom (7 205 500,50 = sum of the six projects; asserted) -- not a project.
  * Ukrainian statuses: "реалізується"/"завершено" -> funded, "планується" -> pipeline.
  * Dates dd.mm.yyyy -> spread by days.  The counter-trafficking project ended 28.02.2021 -> only Jan-Feb 2021.
  6 projects.

FILE 4  04_GIZ_Germany_MIA_projects_2021.xlsx  (partner Germany, EUR)           -- AWKWARD, 3 quirks
  * Heading: "implemented by GIZ on behalf of the German Federal Government (BMZ / Federal Foreign
    Office)" -> the money is Germany's; GIZ is only the implementer -> partner Germany.
  * The same six projects appear on two sheets: "Summary" (title, beneficiary, total budget, status, plus
    a Total row) and "Project details" (title, objective, start, end, budget).  Count each project ONCE;
    the period comes from the detail sheet, the amounts agree on both sheets (asserted).
  * A HIDDEN sheet "Planning_2020_superseded" holds old June-2020 planning figures for the same titles
    (different amounts).  Ignore it.
  * Status: "under negotiation" -> pipeline; "cancelled" (drug precursor training) -> cancelled.
  6 projects.

FILE 5  05_UK_Embassy_CSSF_LEA_projects.xlsx  (partner UK, GBP)                 -- a little messy, 3 quirks
  * Programme section rows ("Programme: CSSF Ukraine – Security and Justice", "Programme: ... Border and
    Migration"), a "Subtotal" row after each programme and a "TOTAL" row at the end (asserted) -- not projects.
  * Two projects wrap onto a second row: the title continues in column A of the next row ("in Odesa and
    Zakarpattia Oblasts", "on the Ukraine–Poland Border") with every other cell empty; the money is
    only on the first row.  Expected title = both parts joined with a space.
  * Duration as "24 months from 01.04.2021" -> 01.04.2021 .. 31.03.2023 (month rule), etc.
  * "Proposal stage" -> pipeline; "Withdrawn" -> cancelled; "Ongoing (final quarter)" -> funded.
  7 projects.

FILES 6 + 7  06_Lithuania_MFA_projects_2021_EN.xlsx and
             07_Lithuania_MFA_projects_2021_UA_translation.xlsx  (partner Lithuania, EUR) -- twins
  * The same five projects twice: the English original and an unofficial Ukrainian translation (its
    title block says so and names the English file).  Each project is counted ONCE; expected.csv lists
    the English titles (the original).
  * EN: ordinary table, numeric amounts, periods in words ("March 2021 – December 2023", "2022").
  * UA: amounts as text with NBSP and the euro sign ("120 000 €"), periods in Ukrainian words
    ("з березня 2021 по грудень 2023", "2022 рік"), statuses in Ukrainian.  Same figures as EN.
  * "Mobile Anti-Drug Teams Training..." runs in 2022 only -> 0 (pipeline).
  5 projects.

FILE 8  08_IOM_Ukraine_MIA_sector_projects.xlsx  (several donors)               -- AWKWARD, 3 quirks
  * IOM is the implementer; the "Donor" column names whose money it is: Government of Japan -> Japan,
    European Union -> EU, "European Union (80%), Norway (20%)" -> co-funded: TWO expected lines, EU 80 %
    and Norway 20 % of the 2021 share; U.S. Department of State -> USA; "IOM – own funds (IOM Development
    Fund)" -> IOM (only here IOM is the partner); Government of Canada -> Canada; Denmark -> Denmark;
    UK FCDO -> UK.
  * Amounts as text in many styles and currencies: "JPY 85 000 000" (NBSP), "1.200.000,00 €",
    "2.000.000,00 €", "USD 2 500 000", "USD 150,000", "CAD 900 000", "2,5 млн грн" (= 2 500 000 UAH),
    "£350,000".
  * Periods in quarters: "II кв. 2021 – I кв. 2023" -> 01.04.2021 .. 31.03.2023.
  * Status free text in three languages (en/uk/ru): "ongoing", "in implementation", "триває",
    "реализуется", "завершено" -> funded; "на стадии согласования" -> pipeline; "скасовано" -> cancelled.
  8 projects, 9 lines.
"""

import csv
import io
import sys
from calendar import monthrange
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

NB = "\u00a0"
Y0, Y1 = date(2021, 1, 1), date(2021, 12, 31)


def days_in_2021(start, end):
    lo, hi = max(start, Y0), min(end, Y1)
    return max(0, (hi - lo).days + 1)


def spread(total, start, end):
    assert end >= start
    return total * days_in_2021(start, end) / ((end - start).days + 1)


def mend(y, m):
    return date(y, m, monthrange(y, m)[1])


def months_from(start, n):
    m = start.month - 1 + n - 1
    return mend(start.year + m // 12, m % 12 + 1)


def qstart(q, y):
    return date(y, 3 * q - 2, 1)


def qend(q, y):
    return mend(y, 3 * q)


EXPECTED = []


def exp(title, partner, priority, status, currency, amount):
    EXPECTED.append(
        dict(
            title=title,
            partner=partner,
            priority=priority,
            status=status,
            currency=currency,
            amount_2021=round(amount + 1e-9, 2),
        )
    )


BOLD = Font(bold=True)
TITLE = Font(bold=True, size=13)
GREY = PatternFill("solid", fgColor="D9D9D9")
BLUE = PatternFill("solid", fgColor="DDEBF7")
YEL = PatternFill("solid", fgColor="FFF2CC")
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def widths(ws, ws_widths):
    for col, w in ws_widths.items():
        ws.column_dimensions[col].width = w


# --------------------------------------------------------------------------------------------- FILE 1 EU
def file_eu(raw):
    wb = Workbook()
    ws = wb.active
    ws.title = "Portfolio"
    ws["A1"] = "Delegation of the European Union to Ukraine"
    ws["A1"].font = TITLE
    ws["A2"] = "Cooperation Section – Good Governance and Rule of Law"
    ws["A3"] = (
        "EU-funded projects in the sector 'Law Enforcement Activities' – "
        "input for the Sector Working Group, status as of 15 March 2021"
    )
    ws["A4"] = "(all amounts in EUR thousand)"
    ws["A4"].font = Font(italic=True)
    # two-row header, row 6/7
    h1 = [
        "No.",
        "Project title",
        "Implementing partner",
        "Period",
        None,
        "Status",
        "EU contribution by year",
        None,
        None,
        None,
        "Total",
    ]
    h2 = [None, None, None, "Start", "End", None, "2020", "2021", "2022", "2023", None]
    for c, v in enumerate(h1, 1):
        ws.cell(6, c, v)
    for c, v in enumerate(h2, 1):
        ws.cell(7, c, v)
    for rng in ("A6:A7", "B6:B7", "C6:C7", "D6:E6", "F6:F7", "G6:J6", "K6:K7"):
        ws.merge_cells(rng)
    for r in (6, 7):
        for c in range(1, 12):
            cell = ws.cell(r, c)
            cell.font, cell.fill, cell.alignment, cell.border = BOLD, GREY, CENTER, BOX
    ws.freeze_panes = "C8"
    widths(ws, {"A": 5, "B": 62, "C": 24, "D": 11, "E": 11, "F": 17, "G": 9, "H": 9, "I": 9, "J": 9, "K": 10})

    # (title, implementer, start, end, status, {year: kEUR}, priority, status_code)
    sections = [
        (
            "National Police of Ukraine",
            [
                (
                    "Community Policing Pilots in Eastern Hromadas (EU4ResilientEast-Police)",
                    "UNDP",
                    date(2020, 3, 1),
                    date(2022, 12, 31),
                    "Ongoing",
                    {2020: 400, 2021: 650, 2022: 450},
                    "COMMUNITY_POLICING",
                    "funded",
                ),
                (
                    "Custody Records Digitalisation in Temporary Holding Facilities",
                    "Council of Europe",
                    date(2021, 2, 1),
                    date(2022, 7, 31),
                    "Signed",
                    {2021: 820.5, 2022: 379.5},
                    "CUSTODY",
                    "funded",
                ),
                (
                    "Specialised Police Response Units for Domestic Violence Cases (POLINA scale-up)",
                    "UNFPA",
                    date(2021, 7, 1),
                    date(2023, 6, 30),
                    "Under preparation",
                    {2021: 300, 2022: 500, 2023: 200},
                    "DOMESTIC_VIOLENCE",
                    "pipeline",
                ),
            ],
        ),
        (
            "State Border Guard Service of Ukraine",
            [
                (
                    "EU Border Surveillance Equipment for the Ukraine–Moldova Green Border",
                    "EUBAM",
                    date(2020, 6, 1),
                    date(2022, 5, 31),
                    "Ongoing",
                    {2020: 1200, 2021: 2100, 2022: 700},
                    "BORDER_SECURITY",
                    "funded",
                ),
                (
                    "Modernisation of Road Checkpoints Uzhhorod and Chop",
                    "to be selected (tender)",
                    date(2022, 1, 1),
                    date(2023, 12, 31),
                    "Planned",
                    {2022: 3000, 2023: 2500},
                    "BORDER_CROSSING",
                    "pipeline",
                ),
            ],
        ),
        (
            "State Migration Service of Ukraine",
            [
                (
                    "Strengthening Readmission and Return Case Management at the State Migration Service",
                    "ICMPD",
                    date(2020, 1, 1),
                    date(2021, 9, 30),
                    "Ongoing",
                    {2020: 250, 2021: 375.25},
                    "ILLEGAL_MIGRATION",
                    "funded",
                ),
                (
                    "Asylum Procedures Quality Assurance Initiative",
                    "UNHCR",
                    date(2021, 1, 1),
                    date(2022, 12, 31),
                    "Ongoing",
                    {2021: 180, 2022: 220},
                    "ILLEGAL_MIGRATION",
                    "funded",
                ),
            ],
        ),
        (
            "State Emergency Service of Ukraine",
            [
                (
                    "COVID-19 Protective Equipment for Emergency Rescue Units",
                    "UNOPS",
                    date(2020, 4, 1),
                    date(2021, 3, 31),
                    "Ongoing",
                    {2020: 900, 2021: 450},
                    "COVID19",
                    "funded",
                ),
            ],
        ),
    ]
    totals = {}
    r, n = 8, 0
    for sec, projects in sections:
        ws.cell(r, 1, sec)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
        ws.cell(r, 1).font, ws.cell(r, 1).fill = BOLD, BLUE
        r += 1
        for title, impl, s, e, st, yrs, prio, code in projects:
            n += 1
            total = sum(yrs.values())
            totals[title] = total
            row = [
                n,
                title,
                impl,
                s,
                e,
                st,
                yrs.get(2020),
                yrs.get(2021),
                yrs.get(2022),
                yrs.get(2023),
                total,
            ]
            for c, v in enumerate(row, 1):
                cell = ws.cell(r, c, v)
                cell.border = BOX
                if c in (4, 5):
                    cell.number_format = "DD.MM.YYYY"
                if c >= 7:
                    cell.number_format = "#,##0.0"
            ws.cell(r, 2).alignment = WRAP
            # assert the row arithmetic the file shows
            assert abs(ws.cell(r, 11).value - sum(v for v in row[6:10] if v)) < 1e-9
            exp(title, "EU", prio, code, "EUR", yrs.get(2021, 0) * 1000)
            r += 1
    ws.cell(r + 1, 1, "Source: EUD Kyiv, CRIS extract 12.03.2021. Figures are EU contribution only.")
    ws.cell(r + 1, 1).font = Font(italic=True, size=9)
    assert n == 8
    wb.save(raw / "01_EU_Delegation_LEA_portfolio_2021.xlsx")


# --------------------------------------------------------------------------------------------- FILE 2 USA
def file_us(raw):
    wb = Workbook()
    ws = wb.active
    ws.title = "INL Projects"
    ws["A1"] = "U.S. Embassy Kyiv – Bureau of International Narcotics and Law Enforcement Affairs (INL)"
    ws["A1"].font = TITLE
    ws["A2"] = (
        "U.S. assistance to Ukrainian law enforcement – input for the SWG 'Law Enforcement Activities', March 2021"
    )
    hdr = ["Project", "Ukrainian partner", "Implementer", "Timeframe", "Funding", "Status", "Notes"]
    for c, v in enumerate(hdr, 1):
        cell = ws.cell(4, c, v)
        cell.font, cell.fill, cell.border = BOLD, YEL, BOX
    widths(ws, {"A": 58, "B": 18, "C": 26, "D": 30, "E": 14, "F": 40, "G": 48})
    ws.freeze_panes = "A5"
    # (title, ukr partner, implementer, timeframe text, start, end, funding text, amount, status text,
    #  notes, priority, status code)
    rows = [
        (
            "Community Policing Partnership Program – Kharkiv and Odesa",
            "National Police",
            "ICITAP",
            "January 2020 – June 2022",
            date(2020, 1, 1),
            date(2022, 6, 30),
            "$1.2M",
            1_200_000,
            "Ongoing",
            "Trains 1,500 patrol officers in 24 hromadas",
            "COMMUNITY_POLICING",
            "funded",
        ),
        (
            "Forensic Drug Laboratory Capacity Building for the National Police",
            "MIA Expert Service Centre",
            "UNODC",
            "October 2020 – September 2022",
            date(2020, 10, 1),
            date(2022, 9, 30),
            "$450k",
            450_000,
            "Ongoing",
            "Equips 6 regional labs; 40 chemists to be certified",
            "DRUGS",
            "funded",
        ),
        (
            "Counter-Trafficking Investigations Mentoring Program",
            "National Police (Dept. 9)",
            "IOM",
            "March 2021 – February 2023",
            date(2021, 3, 1),
            date(2023, 2, 28),
            "USD 875,000",
            875_000,
            "Awarded Feb 2021, implementation started",
            "Referrals to national hotline 527; prior phase 2017-2019 ($600k) not included",
            "TRAFFICKING",
            "funded",
        ),
        (
            "Domestic Violence Mobile Response Teams Support",
            "National Police",
            "La Strada Ukraine",
            "Jan–Dec 2021",
            date(2021, 1, 1),
            date(2021, 12, 31),
            "$300,000",
            300_000,
            "Ongoing",
            "Covers 102 mobile teams (POLINA); 3 oblasts added in 2021",
            "DOMESTIC_VIOLENCE",
            "funded",
        ),
        (
            "Maritime Border Patrol Vessel Maintenance Program",
            "SBGS Maritime Guard",
            "tbd",
            "2021–2023",
            date(2021, 1, 1),
            date(2023, 12, 31),
            "$3 million",
            3_000_000,
            "Pending Congressional Notification",
            "5 Island-class boats, Odesa and Berdyansk detachments",
            "BORDER_SECURITY",
            "pipeline",
        ),
        (
            "Cybercrime Unit Digital Evidence Lab Upgrade",
            "Cyber Police",
            "—",
            "July 2021 – June 2022",
            date(2021, 7, 1),
            date(2022, 6, 30),
            "$650K",
            650_000,
            "Cancelled – funds reprogrammed to COVID-19 response",
            "Was to serve 25 regional units",
            "OTHER",
            "cancelled",
        ),
        (
            "Border Guard Pandemic Response Supplies",
            "SBGS",
            "Embassy procurement",
            "April 2020 – November 2020",
            date(2020, 4, 1),
            date(2020, 11, 30),
            "$225k",
            225_000,
            "Completed",
            "180,000 masks, 40 thermal cameras for 12 checkpoints",
            "COVID19",
            "funded",
        ),
    ]
    for i, (t, up, impl, tf, s, e, ftxt, amt, sttxt, note, prio, code) in enumerate(rows):
        r = 5 + i
        for c, v in enumerate([t, up, impl, tf, ftxt, sttxt, note], 1):
            cell = ws.cell(r, c, v)
            cell.alignment, cell.border = WRAP, BOX
        exp(t, "USA", prio, code, "USD", spread(amt, s, e))
    ws.cell(13, 1, "POC: INL Kyiv program office. Figures are obligated/planned USG funds.")
    ws.cell(13, 1).font = Font(italic=True, size=9)
    wb.save(raw / "02_US_Embassy_INL_projects_March2021.xlsx")


# --------------------------------------------------------------------------------------------- FILE 3 CH
def chf(x, group=True):
    s = f"{x:,.2f}".replace(",", "X").replace(".", ",")
    return s.replace("X", NB if group else "")


def file_ch(raw):
    rows = [
        (
            "Прозорі записи про затримання: впровадження системи Custody Records в ізоляторах тимчасового тримання",
            "НПУ",
            "Рада Європи",
            date(2019, 7, 1),
            date(2022, 6, 30),
            1_800_000.00,
            "реалізується",
            "CUSTODY",
            "funded",
            True,
        ),
        (
            "Запобігання домашньому насильству в громадах Полтавської області",
            "НПУ",
            "UNFPA",
            date(2021, 1, 1),
            date(2023, 12, 31),
            950_000.00,
            "реалізується",
            "DOMESTIC_VIOLENCE",
            "funded",
            False,
        ),
        (
            "Посилення спроможності ДСНС з гуманітарного розмінування на сході України",
            "ДСНС",
            "FSD",
            date(2020, 4, 15),
            date(2022, 4, 14),
            2_400_000.00,
            "реалізується",
            "OTHER",
            "funded",
            True,
        ),
        (
            "Безпечні громади: поліцейський офіцер громади в Черкаській області",
            "НПУ",
            "DCAF",
            date(2021, 9, 1),
            date(2024, 8, 31),
            1_100_000.00,
            "планується",
            "COMMUNITY_POLICING",
            "pipeline",
            True,
        ),
        (
            "Протидія торгівлі людьми у прифронтових районах Донецької області",
            "НПУ, ДМС",
            "МОМ",
            date(2018, 3, 1),
            date(2021, 2, 28),
            600_000.00,
            "завершено",
            "TRAFFICKING",
            "funded",
            True,
        ),
        (
            "Засоби індивідуального захисту від COVID-19 для аварійно-рятувальних підрозділів ДСНС",
            "ДСНС",
            "ПРООН",
            date(2020, 11, 1),
            date(2021, 5, 31),
            355_500.50,
            "завершено",
            "COVID19",
            "funded",
            True,
        ),
    ]
    total = sum(r[5] for r in rows)
    assert abs(total - 7_205_500.50) < 1e-6
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    ncol = 8
    w.writerow(
        [
            "Перелік проектів Швейцарського бюро співробітництва в Україні у секторі правоохоронної "
            "діяльності (станом на 01.03.2021)"
        ]
        + [""] * (ncol - 1)
    )
    w.writerow([""] * ncol)
    w.writerow(
        [
            "№",
            "Назва проекту",
            "Бенефіціар",
            "Виконавець",
            "Дата початку",
            "Дата завершення",
            "Бюджет, CHF",
            "Статус",
        ]
    )
    for i, (t, ben, impl, s, e, amt, st, prio, code, grp) in enumerate(rows, 1):
        w.writerow([i, t, ben, impl, s.strftime("%d.%m.%Y"), e.strftime("%d.%m.%Y"), chf(amt, grp), st])
        exp(t, "Switzerland", prio, code, "CHF", spread(amt, s, e))
    w.writerow(["Разом", "", "", "", "", "", chf(total), ""])
    (raw / "03_Swiss_Cooperation_Office_proekty_2021.csv").write_bytes(buf.getvalue().encode("cp1251"))


# --------------------------------------------------------------------------------------------- FILE 4 DE
def file_de(raw):
    # (title, beneficiary, objective, start, end, budget, status, priority, code, old_2020_figure)
    P = [
        (
            "Police Training Centre Dnipro: Community-Oriented Policing Curriculum",
            "National Police",
            "Develop and roll out a community-oriented policing curriculum for 3,000 officers",
            date(2020, 2, 1),
            date(2023, 1, 31),
            2_000_000,
            "ongoing",
            "COMMUNITY_POLICING",
            "funded",
            1_500_000,
        ),
        (
            "Integrated Border Management at the Ukrainian–Polish Border Section (IBM-West)",
            "SBGS",
            "Green-border surveillance, joint patrols and risk analysis along 535 km of border",
            date(2021, 1, 1),
            date(2024, 12, 31),
            6_500_000,
            "ongoing",
            "BORDER_SECURITY",
            "funded",
            5_000_000,
        ),
        (
            "Migration Data Analytics for the State Migration Service",
            "SMS",
            "Analytical unit on irregular migration flows, overstays and readmission cases",
            date(2021, 10, 1),
            date(2023, 9, 30),
            1_350_000,
            "under negotiation",
            "ILLEGAL_MIGRATION",
            "pipeline",
            1_000_000,
        ),
        (
            "Shelter and Police Cooperation against Gender-Based Violence in Zaporizhzhia",
            "National Police",
            "Referral protocols between police, shelters and social services on domestic violence",
            date(2019, 5, 1),
            date(2021, 4, 30),
            780_000,
            "ongoing (closing)",
            "DOMESTIC_VIOLENCE",
            "funded",
            800_000,
        ),
        (
            "Fire and Rescue Equipment for Amalgamated Communities (SES)",
            "SES",
            "Fire engines and rescue kits for 14 local fire-rescue posts",
            date(2020, 7, 1),
            date(2022, 6, 30),
            3_200_000,
            "ongoing",
            "OTHER",
            "funded",
            2_600_000,
        ),
        (
            "Synthetic Drugs Precursor Control Training",
            "National Police",
            "Training on precursor control and clandestine lab dismantling",
            date(2021, 3, 1),
            date(2021, 12, 31),
            420_000,
            "cancelled",
            "DRUGS",
            "cancelled",
            420_000,
        ),
    ]
    wb = Workbook()
    s1 = wb.active
    s1.title = "Summary"
    s1["A1"] = (
        "Projects implemented by GIZ on behalf of the German Federal Government "
        "(BMZ / Federal Foreign Office) with the MIA system of Ukraine"
    )
    s1["A1"].font = TITLE
    s1["A2"] = "Summary – for period and objectives see sheet 'Project details'. Status: March 2021."
    hdr = ["Project", "Beneficiary", "Total budget (EUR)", "Status"]
    for c, v in enumerate(hdr, 1):
        cell = s1.cell(4, c, v)
        cell.font, cell.fill, cell.border = BOLD, GREY, BOX
    for i, p in enumerate(P):
        for c, v in enumerate([p[0], p[1], p[5], p[6]], 1):
            cell = s1.cell(5 + i, c, v)
            cell.border = BOX
        s1.cell(5 + i, 3).number_format = "#,##0"
    tot = sum(p[5] for p in P)
    s1.cell(5 + len(P), 1, "Total")
    s1.cell(5 + len(P), 3, tot).number_format = "#,##0"
    s1.cell(5 + len(P), 1).font = s1.cell(5 + len(P), 3).font = BOLD
    widths(s1, {"A": 75, "B": 18, "C": 20, "D": 20})

    s2 = wb.create_sheet("Project details")
    s2["A1"] = "Project details (German development cooperation, implemented by GIZ)"
    s2["A1"].font = TITLE
    hdr = ["Project", "Objective", "Start", "End", "Budget (EUR)", "Commissioned by"]
    for c, v in enumerate(hdr, 1):
        cell = s2.cell(3, c, v)
        cell.font, cell.fill, cell.border = BOLD, GREY, BOX
    comm = ["BMZ", "Federal Foreign Office", "BMZ", "BMZ", "Federal Foreign Office", "Federal Foreign Office"]
    for i, p in enumerate(P):
        vals = [p[0], p[2], p[3], p[4], p[5], comm[i]]
        for c, v in enumerate(vals, 1):
            cell = s2.cell(4 + i, c, v)
            cell.border, cell.alignment = BOX, WRAP
        s2.cell(4 + i, 3).number_format = s2.cell(4 + i, 4).number_format = "DD.MM.YYYY"
        s2.cell(4 + i, 5).number_format = "#,##0"
        # both sheets agree
        assert (
            s2.cell(4 + i, 5).value == s1.cell(5 + i, 3).value
            and s2.cell(4 + i, 1).value == s1.cell(5 + i, 1).value
        )
    widths(s2, {"A": 75, "B": 60, "C": 12, "D": 12, "E": 14, "F": 22})

    s3 = wb.create_sheet("Planning_2020_superseded")
    s3["A1"] = "Planning figures as of June 2020 – superseded, do not use"
    s3.cell(3, 1, "Project").font = BOLD
    s3.cell(3, 2, "Planned budget (EUR)").font = BOLD
    s3.cell(3, 3, "Planned start").font = BOLD
    for i, p in enumerate(P):
        s3.cell(4 + i, 1, p[0])
        s3.cell(4 + i, 2, p[9]).number_format = "#,##0"
        s3.cell(4 + i, 3, "Q3 2020")
    s3.sheet_state = "hidden"
    widths(s3, {"A": 75, "B": 20, "C": 14})
    for p in P:
        exp(p[0], "Germany", p[7], p[8], "EUR", spread(p[5], p[3], p[4]))
    wb.save(raw / "04_GIZ_Germany_MIA_projects_2021.xlsx")


# --------------------------------------------------------------------------------------------- FILE 5 UK
def file_uk(raw):
    wb = Workbook()
    ws = wb.active
    ws.title = "CSSF LEA"
    ws["A1"] = "British Embassy Kyiv – Conflict, Stability and Security Fund (CSSF)"
    ws["A1"].font = TITLE
    ws["A2"] = "UK-funded projects with the Ministry of Internal Affairs system, SWG LEA, March 2021"
    hdr = ["Programme / project", "Implementer", "Duration", "Total budget (£)", "Status"]
    for c, v in enumerate(hdr, 1):
        cell = ws.cell(4, c, v)
        cell.font, cell.fill, cell.border = BOLD, GREY, BOX
    widths(ws, {"A": 66, "B": 26, "C": 28, "D": 16, "E": 24})
    # (title line 1, continuation or None, implementer, months, start, budget, status txt, prio, code)
    progs = [
        (
            "Programme: CSSF Ukraine – Security and Justice",
            "Subtotal Security and Justice",
            [
                (
                    "Police Accountability and Custody Oversight – Phase II",
                    None,
                    "DCAF",
                    24,
                    date(2021, 4, 1),
                    850_000,
                    "Ongoing",
                    "CUSTODY",
                    "funded",
                ),
                (
                    "Tackling Human Trafficking through Joint Investigation Teams",
                    "in Odesa and Zakarpattia Oblasts",
                    "IOM",
                    18,
                    date(2021, 1, 1),
                    600_000,
                    "Ongoing",
                    "TRAFFICKING",
                    "funded",
                ),
                (
                    "Strategic Communications Support to the Ministry of Internal Affairs",
                    None,
                    "Albany Associates",
                    12,
                    date(2020, 10, 1),
                    240_000,
                    "Ongoing",
                    "OTHER",
                    "funded",
                ),
                (
                    "Community Safety Partnerships in Donbas Frontline Settlements",
                    None,
                    "Saferworld",
                    36,
                    date(2021, 7, 1),
                    1_500_000,
                    "Proposal stage",
                    "COMMUNITY_POLICING",
                    "pipeline",
                ),
            ],
        ),
        (
            "Programme: CSSF Ukraine – Border and Migration",
            "Subtotal Border and Migration",
            [
                (
                    "Queue Management and e-Queue System for Road Border Crossing Points",
                    "on the Ukraine–Poland Border",
                    "Crown Agents",
                    24,
                    date(2021, 2, 1),
                    720_000,
                    "Ongoing",
                    "BORDER_CROSSING",
                    "funded",
                ),
                (
                    "Irregular Migration Risk Analysis Capacity for the SBGS",
                    None,
                    "ICMPD",
                    15,
                    date(2020, 1, 1),
                    315_000,
                    "Ongoing (final quarter)",
                    "ILLEGAL_MIGRATION",
                    "funded",
                ),
                (
                    "Drug Trafficking Route Analysis at Black Sea Ports",
                    None,
                    "UNODC",
                    12,
                    date(2021, 9, 1),
                    400_000,
                    "Withdrawn",
                    "DRUGS",
                    "cancelled",
                ),
            ],
        ),
    ]
    r = 5
    grand = 0
    for head, subt, projects in progs:
        ws.cell(r, 1, head).font = BOLD
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        ws.cell(r, 1).fill = BLUE
        r += 1
        sub = 0
        for t1, t2, impl, months, s, amt, sttxt, prio, code in projects:
            vals = [t1, impl, f"{months} months from {s.strftime('%d.%m.%Y')}", amt, sttxt]
            for c, v in enumerate(vals, 1):
                ws.cell(r, c, v).border = BOX
            ws.cell(r, 4).number_format = '"£"#,##0'
            r += 1
            if t2:
                ws.cell(r, 1, t2).border = BOX
                r += 1
            sub += amt
            e = months_from(s, months)
            title = f"{t1} {t2}" if t2 else t1
            exp(title, "UK", prio, code, "GBP", spread(amt, s, e))
        ws.cell(r, 1, subt).font = BOLD
        ws.cell(r, 4, sub).number_format = '"£"#,##0'
        ws.cell(r, 4).font = BOLD
        r += 1
        grand += sub
    assert grand == 4_625_000
    ws.cell(r, 1, "TOTAL CSSF law-enforcement portfolio").font = BOLD
    ws.cell(r, 4, grand).number_format = '"£"#,##0'
    ws.cell(r, 4).font = BOLD
    ws.cell(r, 4).fill = YEL
    wb.save(raw / "05_UK_Embassy_CSSF_LEA_projects.xlsx")


# --------------------------------------------------------------------------------------------- FILES 6+7 LT
LT = [
    # en title, ua title, beneficiary en/ua, en period, ua period, start, end, amount, st en, st ua, prio, code
    (
        "Capacity Building of Cyber Police in Investigating Online Fraud and Cyber Attacks",
        "Розбудова спроможності кіберполіції у розслідуванні онлайн-шахрайства та кібератак",
        "Cyber Police",
        "Кіберполіція",
        "March 2021 – December 2023",
        "з березня 2021 по грудень 2023",
        date(2021, 3, 1),
        date(2023, 12, 31),
        120_000,
        "ongoing",
        "реалізується",
        "OTHER",
        "funded",
    ),
    (
        "Study Visits on Integrated Border Management for SBGS Officers",
        "Навчальні візити з інтегрованого управління кордонами для офіцерів ДПСУ",
        "SBGS",
        "ДПСУ",
        "June 2021 – November 2021",
        "з червня 2021 по листопад 2021",
        date(2021, 6, 1),
        date(2021, 11, 30),
        45_000,
        "planned",
        "заплановано",
        "BORDER_SECURITY",
        "pipeline",
    ),
    (
        "Support to the Patrol Police in Combating Domestic Violence in Kyiv Oblast",
        "Підтримка патрульної поліції у протидії домашньому насильству в Київській області",
        "National Police",
        "НПУ",
        "January 2020 – December 2021",
        "з січня 2020 по грудень 2021",
        date(2020, 1, 1),
        date(2021, 12, 31),
        80_000,
        "ongoing",
        "реалізується",
        "DOMESTIC_VIOLENCE",
        "funded",
    ),
    (
        "Expert Support to Asylum Case Processing at the State Migration Service",
        "Експертна підтримка розгляду справ про притулок у Державній міграційній службі",
        "SMS",
        "ДМС",
        "September 2021 – August 2022",
        "з вересня 2021 по серпень 2022",
        date(2021, 9, 1),
        date(2022, 8, 31),
        60_000,
        "signed",
        "підписано",
        "ILLEGAL_MIGRATION",
        "funded",
    ),
    (
        "Mobile Anti-Drug Teams Training for the National Police",
        "Навчання мобільних груп протидії наркозлочинності Національної поліції",
        "National Police",
        "НПУ",
        "2022",
        "2022 рік",
        date(2022, 1, 1),
        date(2022, 12, 31),
        50_000,
        "planned",
        "заплановано",
        "DRUGS",
        "pipeline",
    ),
]


def file_lt(raw):
    # English original
    wb = Workbook()
    ws = wb.active
    ws.title = "Projects 2021"
    ws["A1"] = "Ministry of Foreign Affairs of the Republic of Lithuania"
    ws["A1"].font = TITLE
    ws["A2"] = (
        "Development Cooperation and Democracy Promotion Programme – projects with the MIA of Ukraine, 2021"
    )
    hdr = ["#", "Project", "Beneficiary", "Period", "Amount (EUR)", "Status"]
    for c, v in enumerate(hdr, 1):
        cell = ws.cell(4, c, v)
        cell.font, cell.fill, cell.border = BOLD, GREY, BOX
    for i, p in enumerate(LT, 1):
        vals = [i, p[0], p[2], p[4], p[8], p[9]]
        for c, v in enumerate(vals, 1):
            ws.cell(4 + i, c, v).border = BOX
        ws.cell(4 + i, 5).number_format = "#,##0"
        exp(p[0], "Lithuania", p[11], p[12], "EUR", spread(p[8], p[6], p[7]))
    widths(ws, {"A": 4, "B": 78, "C": 16, "D": 30, "E": 14, "F": 10})
    wb.save(raw / "06_Lithuania_MFA_projects_2021_EN.xlsx")

    # Ukrainian unofficial translation: same projects -> not in EXPECTED again
    wb = Workbook()
    ws = wb.active
    ws.title = "Проекти 2021"
    ws["A1"] = "Міністерство закордонних справ Литовської Республіки"
    ws["A1"].font = TITLE
    ws["A2"] = (
        "Неофіційний переклад. Оригінал – англійською мовою (файл "
        "06_Lithuania_MFA_projects_2021_EN.xlsx); у разі розбіжностей переважає оригінал."
    )
    ws["A2"].font = Font(italic=True)
    ws["A3"] = "Програма співробітництва з розвитку – проекти з МВС України, 2021"
    hdr = ["№", "Назва проекту", "Бенефіціар", "Період", "Сума", "Статус"]
    for c, v in enumerate(hdr, 1):
        cell = ws.cell(5, c, v)
        cell.font, cell.fill, cell.border = BOLD, GREY, BOX
    for i, p in enumerate(LT, 1):
        amt = f"{p[8]:,}".replace(",", NB) + NB + "€"
        vals = [i, p[1], p[3], p[5], amt, p[10]]
        for c, v in enumerate(vals, 1):
            ws.cell(5 + i, c, v).border = BOX
    widths(ws, {"A": 4, "B": 80, "C": 16, "D": 34, "E": 14, "F": 14})
    wb.save(raw / "07_Lithuania_MFA_projects_2021_UA_translation.xlsx")


# --------------------------------------------------------------------------------------------- FILE 8 IOM
def file_iom(raw):
    wb = Workbook()
    ws = wb.active
    ws.title = "MIA sector"
    ws["A1"] = "International Organization for Migration (IOM) – Mission in Ukraine"
    ws["A1"].font = TITLE
    ws["A2"] = (
        "Projects implemented by IOM with the MIA system (donor-funded), compiled from project managers' inputs, March 2021"
    )
    hdr = ["Project", "Donor", "Counterpart", "Period", "Budget", "Status"]
    for c, v in enumerate(hdr, 1):
        cell = ws.cell(4, c, v)
        cell.font, cell.fill, cell.border = BOLD, GREY, BOX
    widths(ws, {"A": 70, "B": 40, "C": 14, "D": 26, "E": 18, "F": 24})
    # (title, donor text, [(partner, share)], counterpart, (qs, ys), (qe, ye), budget text, amount, currency,
    #  status text, prio, code)
    rows = [
        (
            "Counter-Trafficking Hotline and Referral Mechanism Support",
            "Government of Japan",
            [("Japan", 1)],
            "НПУ, Мінсоцполітики",
            (1, 2021),
            (4, 2021),
            f"JPY 85{NB}000{NB}000",
            85_000_000,
            "JPY",
            "ongoing",
            "TRAFFICKING",
            "funded",
        ),
        (
            "Faster Passenger Clearance at Road Checkpoints: Border Information System Upgrade",
            "European Union",
            [("EU", 1)],
            "ДПСУ",
            (3, 2020),
            (2, 2022),
            "1.200.000,00 €",
            1_200_000,
            "EUR",
            "триває",
            "BORDER_CROSSING",
            "funded",
        ),
        (
            "Reintegration Assistance to Returned Migrants and Readmission Support",
            "European Union (80%), Norway (20%)",
            [("EU", 0.8), ("Norway", 0.2)],
            "ДМС",
            (2, 2021),
            (1, 2023),
            "2.000.000,00 €",
            2_000_000,
            "EUR",
            "реализуется",
            "ILLEGAL_MIGRATION",
            "funded",
        ),
        (
            "Psychosocial Support to National Guard Servicemembers Returning from the Front",
            "U.S. Department of State",
            [("USA", 1)],
            "НГУ",
            (4, 2021),
            (3, 2023),
            f"USD 2{NB}500{NB}000",
            2_500_000,
            "USD",
            "на стадии согласования",
            "OTHER",
            "pipeline",
        ),
        (
            "COVID-19 Preparedness at Border Crossing Points",
            "IOM – own funds (IOM Development Fund)",
            [("IOM", 1)],
            "ДПСУ",
            (2, 2020),
            (1, 2021),
            "USD 150,000",
            150_000,
            "USD",
            "завершено",
            "COVID19",
            "funded",
        ),
        (
            "Identification and Return Case Processing for Irregular Migrants at SMS Regional Offices",
            "Government of Canada",
            [("Canada", 1)],
            "ДМС",
            (1, 2021),
            (4, 2022),
            f"CAD 900{NB}000",
            900_000,
            "CAD",
            "ongoing",
            "ILLEGAL_MIGRATION",
            "funded",
        ),
        (
            "Community Policing Safety Audits in Luhansk Oblast",
            "Denmark (Danish Embassy in Kyiv)",
            [("Denmark", 1)],
            "НПУ",
            (2, 2021),
            (4, 2021),
            "2,5 млн грн",
            2_500_000,
            "UAH",
            "скасовано",
            "COMMUNITY_POLICING",
            "cancelled",
        ),
        (
            "Gender-Based Violence Prevention among Internally Displaced Persons with the National Police",
            "UK Foreign, Commonwealth & Development Office",
            [("UK", 1)],
            "НПУ",
            (1, 2021),
            (2, 2022),
            "£350,000",
            350_000,
            "GBP",
            "in implementation",
            "DOMESTIC_VIOLENCE",
            "funded",
        ),
    ]
    for i, (t, donor, parts, cp, qs, qe, btxt, amt, cur, sttxt, prio, code) in enumerate(rows):
        r = 5 + i
        ptxt = (
            f"{'I II III IV'.split()[qs[0] - 1]} кв. {qs[1]} – {'I II III IV'.split()[qe[0] - 1]} кв. {qe[1]}"
        )
        for c, v in enumerate([t, donor, cp, ptxt, btxt, sttxt], 1):
            cell = ws.cell(r, c, v)
            cell.border, cell.alignment = BOX, WRAP
        s, e = qstart(*qs), qend(*qe)
        a21 = spread(amt, s, e)
        assert abs(sum(sh for _, sh in parts) - 1) < 1e-12
        for partner, sh in parts:
            exp(t, partner, prio, code, cur, a21 * sh)
    ws.cell(14, 1, "Budgets in the currency of the donor agreement.").font = Font(italic=True, size=9)
    ws.cell(5, 5).comment = Comment("Yen amount per grant agreement", "IOM")
    wb.save(raw / "08_IOM_Ukraine_MIA_sector_projects.xlsx")


def main():
    out = Path(sys.argv[1])
    raw = out / "raw"
    raw.mkdir(parents=True, exist_ok=True)
    file_eu(raw)
    file_us(raw)
    file_ch(raw)
    file_de(raw)
    file_uk(raw)
    file_lt(raw)
    file_iom(raw)
    titles = [e["title"] for e in EXPECTED]
    co = [t for t in set(titles) if titles.count(t) > 1]
    assert co == ["Reintegration Assistance to Returned Migrants and Readmission Support"], co
    assert len(set(titles)) == 47 and len(EXPECTED) == 48
    with open(out / "expected.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(
            f, fieldnames=["title", "partner", "priority", "status", "currency", "amount_2021"]
        )
        w.writeheader()
        for e in EXPECTED:
            w.writerow({**e, "amount_2021": f"{e['amount_2021']:.2f}"})
    print(f"{len(EXPECTED)} lines, {len(set(titles))} projects -> {out}")


if __name__ == "__main__":
    main()
