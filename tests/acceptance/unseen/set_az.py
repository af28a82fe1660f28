# ruff: noqa: B905 - a data script written blind
"""Blind test set AZ -- meaning carried by Excel FORMATTING and by how people EDIT workbooks.

Usage:  python set_AZ.py OUT_DIR   -> OUT_DIR/raw/<7 files> and OUT_DIR/expected.csv

7 files (6 .xlsx + 1 .csv), 47 projects, 50 expected lines (two projects in file 2 and one in
file 7 are co-funded -> one line per funding partner with its share; file 2's two co-funded
projects give 4 lines, file 7's gives 2).  Every 2021 figure is computed below with
datetime.date (days_in_2021); every total a file states is asserted against its parts.
Throughout, the STORED cell value is the truth for numbers and dates; the number format only
changes how it is shown, and what is shown always agrees with the stored value (a careful
human on screen reads the same thing).

-----------------------------------------------------------------------------------------
1. EU_Delegation_Team_Europe_LE_projects_2021.xlsx   (English, 8 projects, 6 currencies)
   EU Delegation's "Team Europe" overview: EU + Member States.  Columns No | Donor | Project
   title | Beneficiary | Implementer | Start | End | Budget | Status.  The "Budget" header names
   NO currency and there is no currency column: the currency of each row is given ONLY by that
   cell's number format:  "€#,##0" (EU, EUR), '#,##0 [$€-407]' (Germany, EUR), '[$SEK] #,##0'
   (Sweden, SEK), '[$DKK] #,##0' (Denmark, DKK), '#,##0 [$zł-415]' (Poland, PLN),
   '#,##0 [$грн.-422]' (Lithuania small grant, UAH), '#,##0 "EUR"' (France, EUR),
   '[$$-409]#,##0' (Netherlands contribution to a UNODC programme, USD).
   Dates are real dates (dd.mm.yyyy); no 2021 column -> total spread by days over Start-End.
   Traps: assuming EUR for every row because the sender is the EU (wrong for SEK, DKK, PLN,
   UAH, USD rows); reading the implementer (GIZ, UNDP, UNODC, Expertise France) as the partner
   -- the Donor column decides (Germany, EU, Netherlands, France);  "Under preparation" /
   "Planned" -> pipeline.  The Sweden project ends 29.02.2024 (leap day; real date).

2. UK_Embassy_LE_portfolio_2021.xlsx   (English, 6 projects, 8 lines, GBP)
   Column "Total budget (GBP)": values are STORED IN FULL POUNDS (1250000) but displayed in
   thousands or millions by the number format: '£#,##0,"K"' shows "£1,250K",
   '£#,##0.0,,"m"' shows "£2.4m".  The header does not say "thousands", so display and stored
   value agree: £1,250K = 1,250,000 (truth = stored value).  Column "UK share" holds fractions
   formatted as percentages (0.6 shown "60%", 1 shown "100%"); column "Co-funder" names the
   other partner, who pays the rest.  A closing row with no label, formatted bold with a top
   border, is the column total (no word "Total" anywhere) -- not a project.
   Traps: taking the displayed text (1,250 or 2.4) as the amount; multiplying the stored value
   by 1000 again because the format shows "K"; reading 0.6 as 0.6 % or as 60 (-> nonsense
   split); booking the whole co-funded project to the UK (the Canada / Netherlands parts are
   separate lines, in GBP); treating the unlabeled bold total row as a project; the cyber-crime
   project (04.2019-12.2020) is wholly before 2021 -> 0.

3. IOM_Ukraine_proekty_MVS_2021.xlsx   (Ukrainian, 8 projects, USD/EUR/NOK/CHF/CAD)
   IOM Ukraine's list of projects it implements for MIA agencies, one "Донор" column.
   Note at the top (row 2): struck-through rows are projects cancelled by the donor; hidden rows
   are projects withdrawn by the donor before implementation.
   - Two rows are struck through (Font strike on the whole row) while their "Статус" cell still
     says "планується" / "реалізується" -> status cancelled (strikethrough decides).
   - One row (the COVID-19 project, Germany) is HIDDEN; its status cell says "на погодженні"
     -> cancelled (withdrawn, per the note).
   - Column F "Бюджет (ред. 11.2020)" is HIDDEN and holds the old (November 2020) figures;
     the visible "Бюджет" column G holds the current ones -> use G.
   - Currency only by number format of the budget cell ('[$$-409]#,##0' USD, '#,##0 "€"' EUR,
     '#,##0 [$NOK]', '#,##0 [$CHF]', '#,##0 [$CAD]').
   - Period as text in months "03.2020 – 02.2022" -> 1st of first month .. last of last month.
   - Donor "Державний департамент США" -> USA; "МОМ (Фонд розвитку МОМ, власні кошти)" -> IOM
     (own resources); IOM as implementer is otherwise never the partner.
   Traps: counting struck rows as live (funded/pipeline money); reading the hidden old budget
   column; missing the hidden row or treating it as pipeline; defaulting the currency to USD.

4. GAC_Canada_MIA_projects_March2021.xlsx   (English, 6 projects, CAD)
   Merged title rows; the "Project title" header and each project's title cell are merged
   across B:D; title cells are wrapped with a line break: first line = the title, second line a
   subtitle (the expected title is the first line only; the subtitle clarifies the priority).
   Cell comments (notes) written by the sender:
   - on the budget of "Women in policing and response to domestic and gender-based violence":
     the cell shows 380,000, the comment says "Correct amount is 450,000 -- amendment No. 1
     signed 15.01.2021; table not updated."  A human follows the correction: total 450,000.
   - on the status of "Humanitarian demining capacity of the State Emergency Service": cell
     says "Under negotiation", comment says the contribution agreement was signed on
     22.02.2021 and the project is now under implementation -> funded.
   - on the border-management budget: "Includes 10% contingency reserve" -> no change.
   A closing row with NO label, bold with a top border, holds the sum of the budget cells as
   typed (13,930,000 -- i.e. with the uncorrected 380,000) -- not a project.
   Traps: ignoring comments (380,000 and pipeline); taking the two-line title cell whole;
   treating the unlabeled total row as a project; the UNHCR-implemented asylum project is
   Canada's money (partner Canada, not UNHCR).

5. US_Embassy_INL_assistance_FY2021.xlsx   (English, 7 projects, USD)
   "Amount (USD)" cells mix real numbers and numbers STORED AS TEXT: "1,250,000" with a
   leading apostrophe (quotePrefix), "850000  " with trailing spaces, "3400000" stored as text
   (Excel's green triangle), "$700,000" typed as text; others are real numbers with '#,##0' or
   '"$"#,##0.00'.  Start/End: real dates with different display formats -- 'dd.mm.yyyy',
   'mmmm d, yyyy', 'm/d/yyyy' (6/15/2020, 12/31/2021), 'yyyy-mm-dd', 'mmm-yy' ("Oct-20" stored
   01.10.2020 and "Sep-21" stored 30.09.2021, which agree with the month rule) -- and dates as
   TEXT ("15.03.2021", "2021-09-01").
   Funding source: "U.S. Department of State ..." / "U.S. Embassy Kyiv / INL" -> USA;
   "USAID" -> USAID.
   Traps: dropping text amounts (0 or missing projects); dropping text dates (no period ->
   wrong 2021 share); reading "Oct-20" as 20 October; partner INL instead of USA.

6. PROON_proekty_pravookhranitelnyi_sektor_2021_ru.xlsx   (Russian, 7 projects, 7 currencies)
   UNDP Ukraine's list.  NO status column: status is given only by the row's FILL colour, with
   a legend in row 2: yellow = under negotiation, not approved (pipeline); grey = completed
   (funded); no fill = in implementation (funded).
   "Бюджет" is stored in full units and displayed in thousands by '#,##0, "тыс."'
   (1200000 shows "1,200 тыс."), currency in column "Валюта".  Column "Доля бюджета на 2021 г."
   holds a fraction formatted as a percentage (0.35 shows "35%"): the file states the 2021 part
   as a share of the total -> amount_2021 = total x share (NOT the day-spread, which differs).
   Donor "ПРООН (собственные средства, TRAC)" -> UNDP; others: Japan, Denmark, Norway, EU,
   Switzerland, Sweden (UNDP only implements them).
   Traps: status "funded" for the yellow rows (they are pipeline); dividing/multiplying the
   budget by 1000 because the display shows "тыс."; day-spreading instead of using the stated
   2021 share; partner UNDP for donor-funded rows.

7. Swiss_Cooperation_security_sector_2021.csv   (English, UTF-8 with BOM, ';', CRLF, 5 projects,
   6 lines, CHF)
   A sheet saved from Excel as CSV, so every cell is written AS DISPLAYED: budgets
   "CHF 1'200K", "CHF 850K", "CHF 2.4m" (Swiss apostrophe thousands separator), share
   "100%" / "50%", dates dd.mm.yyyy.  A title line and an empty line precede the header.
   "CHF 1'200K" = 1,200,000; "CHF 2.4m" = 2,400,000.  The Zakarpattia anti-trafficking project
   is co-funded 50% Switzerland / 50% Norway -> two lines.
   Traps: reading 1'200 or 2.4 as the amount; not splitting the co-funded project; the
   implementer (DCAF, IOM, ICMPD, Swiss Red Cross) is never the partner.
"""

import csv
import sys
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

Y0, Y1 = date(2021, 1, 1), date(2021, 12, 31)


def days_in_2021(start, end):
    a, b = max(start, Y0), min(end, Y1)
    return max(0, (b - a).days + 1)


def spread(total, start, end):
    assert end >= start
    return total * days_in_2021(start, end) / ((end - start).days + 1)


def month_end(y, m):
    return date(y + (m == 12), m % 12 + 1, 1).toordinal() - 1


def mend(y, m):
    return date.fromordinal(month_end(y, m))


EXP = []


def add(title, partner, priority, status, currency, amount):
    EXP.append(
        dict(
            title=title,
            partner=partner,
            priority=priority,
            status=status,
            currency=currency,
            amount_2021=round(amount + 1e-9, 2),
        )
    )


HDR_FILL = PatternFill("solid", fgColor="DCE6F1")
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def header(ws, row, names, widths=None):
    for j, n in enumerate(names, 1):
        c = ws.cell(row, j, n)
        c.font = Font(bold=True)
        c.fill = HDR_FILL
        c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        c.border = BOX
    if widths:
        for j, w in enumerate(widths):
            ws.column_dimensions[chr(65 + j)].width = w


def box_row(ws, row, ncol):
    for j in range(1, ncol + 1):
        ws.cell(row, j).border = BOX
        if ws.cell(row, j).alignment.wrap_text is not True:
            ws.cell(row, j).alignment = Alignment(vertical="top", wrap_text=True)


# ---------------------------------------------------------------------------------------
def file1(raw):
    wb = Workbook()
    ws = wb.active
    ws.title = "Team Europe LE"
    ws["A1"] = (
        "Team Europe – EU and Member States' projects in the Law Enforcement sector (as of 15 March 2021)"
    )
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:I1")
    ws["A2"] = (
        "Compiled by the EU Delegation to Ukraine, Cooperation Section, for the sector working group "
        '"Law Enforcement Activities". Budgets are shown in the currency of each funding agreement.'
    )
    ws.merge_cells("A2:I2")
    ws["A2"].alignment = Alignment(wrap_text=True)
    ws.row_dimensions[2].height = 30
    header(
        ws,
        4,
        ["No", "Donor", "Project title", "Beneficiary", "Implementer", "Start", "End", "Budget", "Status"],
        [5, 20, 60, 14, 22, 12, 12, 18, 16],
    )
    rows = [
        (
            "European Union",
            "EU4Police: community policing and public trust in Kharkiv and Dnipro oblasts",
            "NPU",
            "UNDP",
            date(2020, 1, 1),
            date(2022, 12, 31),
            4_800_000,
            "€#,##0",
            "Ongoing",
            "EU",
            "COMMUNITY_POLICING",
            "funded",
            "EUR",
        ),
        (
            "Germany (Federal Foreign Office)",
            "Modernisation of temporary detention facilities of the National Police",
            "NPU",
            "GIZ",
            date(2020, 7, 1),
            date(2022, 6, 30),
            1_250_000,
            "#,##0 [$€-407]",
            "Ongoing",
            "Germany",
            "CUSTODY",
            "funded",
            "EUR",
        ),
        (
            "Sweden (Sida)",
            "Swedish support to SBGS maritime border surveillance in the Sea of Azov",
            "SBGS",
            "Swedish Coast Guard",
            date(2021, 3, 1),
            date(2024, 2, 29),
            18_000_000,
            "[$SEK] #,##0",
            "Signed",
            "Sweden",
            "BORDER_SECURITY",
            "funded",
            "SEK",
        ),
        (
            "Denmark",
            "Danish support to SESU: COVID-19 protective equipment for rescue units",
            "SESU",
            "Danish Emergency Management Agency",
            date(2020, 5, 1),
            date(2021, 4, 30),
            3_500_000,
            "[$DKK] #,##0",
            "Ongoing",
            "Denmark",
            "COVID19",
            "funded",
            "DKK",
        ),
        (
            "Poland (Polish Aid)",
            "Polish Aid: modernisation of the Shehyni and Rava-Ruska border crossing points",
            "SBGS",
            "Solidarity Fund PL",
            date(2021, 4, 1),
            date(2023, 3, 31),
            2_400_000,
            "#,##0 [$zł-415]",
            "Signed",
            "Poland",
            "BORDER_CROSSING",
            "funded",
            "PLN",
        ),
        (
            "Lithuania",
            "Lithuanian small grant: shelters for victims of domestic violence in Zhytomyr oblast",
            "NPU",
            "NGO La Strada-Ukraine",
            date(2020, 9, 1),
            date(2021, 8, 31),
            1_900_000,
            "#,##0 [$грн.-422]",
            "Ongoing",
            "Lithuania",
            "DOMESTIC_VIOLENCE",
            "funded",
            "UAH",
        ),
        (
            "France",
            "French expertise for the State Migration Service on asylum procedures",
            "SMS",
            "Expertise France",
            date(2021, 10, 1),
            date(2023, 9, 30),
            600_000,
            '#,##0 "EUR"',
            "Under preparation",
            "France",
            "ILLEGAL_MIGRATION",
            "pipeline",
            "EUR",
        ),
        (
            "Netherlands",
            "Netherlands contribution to UNODC: countering drug trafficking through the port of Odesa",
            "NPU, SBGS",
            "UNODC",
            date(2021, 1, 1),
            date(2022, 6, 30),
            750_000,
            "[$$-409]#,##0",
            "Planned",
            "Netherlands",
            "DRUGS",
            "pipeline",
            "USD",
        ),
    ]
    r = 5
    for i, (donor, title, ben, impl, s, e, amt, fmt, st, partner, prio, status, cur) in enumerate(rows, 1):
        vals = [i, donor, title, ben, impl, s, e, amt, st]
        for j, v in enumerate(vals, 1):
            ws.cell(r, j, v)
        ws.cell(r, 6).number_format = ws.cell(r, 7).number_format = "dd.mm.yyyy"
        ws.cell(r, 8).number_format = fmt
        box_row(ws, r, 9)
        add(title, partner, prio, status, cur, spread(amt, s, e))
        r += 1
    ws.freeze_panes = "C5"
    wb.save(raw / "EU_Delegation_Team_Europe_LE_projects_2021.xlsx")


# ---------------------------------------------------------------------------------------
def file2(raw):
    wb = Workbook()
    ws = wb.active
    ws.title = "UK portfolio"
    ws["A1"] = "British Embassy Kyiv – UK-funded projects in the law enforcement sector, 2021"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:J1")
    ws["A2"] = 'Prepared for the SWG "Law Enforcement Activities", March 2021. OFFICIAL.'
    header(
        ws,
        4,
        [
            "Ref",
            "Project",
            "Beneficiary",
            "Fund",
            "Start",
            "End",
            "Total budget (GBP)",
            "UK share",
            "Co-funder",
            "Status",
        ],
        [12, 62, 12, 24, 12, 12, 16, 9, 13, 24],
    )
    K = '£#,##0,"K"'
    M = '£#,##0.0,,"m"'
    rows = [
        (
            "GGF-21-014",
            "Strengthening NPU capacity to investigate organised drug crime",
            "NPU",
            "Good Governance Fund",
            date(2021, 1, 1),
            date(2022, 3, 31),
            1_250_000,
            K,
            1.0,
            None,
            "Ongoing",
            "DRUGS",
            "funded",
        ),
        (
            "CSSF-20-031",
            "Joint UK-Canada programme on police response to domestic violence",
            "NPU",
            "CSSF",
            date(2020, 10, 1),
            date(2023, 3, 31),
            2_400_000,
            M,
            0.6,
            "Canada",
            "Ongoing",
            "DOMESTIC_VIOLENCE",
            "funded",
        ),
        (
            "CSSF-19-008",
            "Mariupol community safety partnerships with the National Police",
            "NPU",
            "CSSF",
            date(2020, 4, 1),
            date(2022, 3, 31),
            900_000,
            K,
            1.0,
            None,
            "Ongoing",
            "COMMUNITY_POLICING",
            "funded",
        ),
        (
            "MSF-21-002",
            "Anti-slavery partnership: identifying victims of human trafficking",
            "NPU, SMS",
            "Modern Slavery Fund",
            date(2021, 6, 1),
            date(2023, 5, 31),
            1_500_000,
            K,
            0.7,
            "Netherlands",
            "Signed",
            "TRAFFICKING",
            "funded",
        ),
        (
            "CSSF-22-P01",
            "Support to SBGS in managing irregular migration on the northern border",
            "SBGS",
            "CSSF",
            date(2021, 9, 1),
            date(2023, 8, 31),
            650_000,
            K,
            1.0,
            None,
            "Pipeline – awaiting approval",
            "ILLEGAL_MIGRATION",
            "pipeline",
        ),
        (
            "GGF-19-003",
            "Cyber-crime investigation units of the National Police",
            "NPU",
            "Good Governance Fund",
            date(2019, 4, 1),
            date(2020, 12, 31),
            480_000,
            K,
            1.0,
            None,
            "Completed",
            "OTHER",
            "funded",
        ),
    ]
    r = 5
    total = 0
    for ref, title, ben, fund, s, e, amt, fmt, share, cof, st, prio, status in rows:
        vals = [ref, title, ben, fund, s, e, amt, share, cof, st]
        for j, v in enumerate(vals, 1):
            ws.cell(r, j, v)
        ws.cell(r, 5).number_format = ws.cell(r, 6).number_format = "d mmm yyyy"
        ws.cell(r, 7).number_format = fmt
        ws.cell(r, 8).number_format = "0%"
        box_row(ws, r, 10)
        a21 = spread(amt, s, e)
        add(title, "UK", prio, status, "GBP", a21 * share)
        if cof:
            add(title, cof, prio, status, "GBP", a21 * (1 - share))
        total += amt
        r += 1
    # unlabeled total row: bold + top border only
    assert total == 7_180_000
    c = ws.cell(r, 7, total)
    c.number_format = K
    top = Border(top=Side(style="medium"))
    for j in range(1, 11):
        ws.cell(r, j).border = top
        ws.cell(r, j).font = Font(bold=True)
    ws.freeze_panes = "C5"
    wb.save(raw / "UK_Embassy_LE_portfolio_2021.xlsx")


# ---------------------------------------------------------------------------------------
def file3(raw):
    wb = Workbook()
    ws = wb.active
    ws.title = "Проєкти МВС"
    ws["A1"] = (
        "Представництво МОМ в Україні – проєкти міжнародної технічної допомоги для МВС та "
        "центральних органів виконавчої влади (станом на 01.03.2021)"
    )
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A1:H1")
    ws["A2"] = (
        "Примітка: закреслені рядки – проєкти, скасовані донором. Приховані рядки – проєкти, "
        "відкликані донором до початку реалізації."
    )
    ws["A2"].font = Font(italic=True, color="C00000")
    ws.merge_cells("A2:H2")
    header(
        ws,
        4,
        [
            "№",
            "Назва проєкту",
            "Донор",
            "Бенефіціар",
            "Період реалізації",
            "Бюджет (ред. 11.2020)",
            "Бюджет",
            "Статус",
        ],
        [5, 64, 30, 12, 20, 16, 16, 16],
    )
    USD, EUR, NOK, CHF, CAD = "[$$-409]#,##0", '#,##0 "€"', "#,##0 [$NOK]", "#,##0 [$CHF]", "#,##0 [$CAD]"
    # (title, donor, ben, (y1,m1,y2,m2), old, new, fmt, status_cell, look, partner, prio, status, cur)
    rows = [
        (
            "Модернізація пунктів пропуску ДПСУ на кордоні з Республікою Молдова",
            "Уряд Японії",
            "ДПСУ",
            (2020, 3, 2022, 2),
            1_600_000,
            1_750_000,
            USD,
            "реалізується",
            "",
            "Japan",
            "BORDER_CROSSING",
            "funded",
            "USD",
        ),
        (
            "Протидія торгівлі людьми: підтримка мобільних груп Національної поліції",
            "Європейський Союз",
            "НПУ",
            (2021, 1, 2023, 12),
            2_000_000,
            1_800_000,
            EUR,
            "реалізується",
            "",
            "EU",
            "TRAFFICKING",
            "funded",
            "EUR",
        ),
        (
            "Посилення спроможності ДМС щодо виявлення нелегальних мігрантів",
            "Державний департамент США",
            "ДМС",
            (2020, 10, 2022, 9),
            1_100_000,
            1_100_000,
            USD,
            "реалізується",
            "",
            "USA",
            "ILLEGAL_MIGRATION",
            "funded",
            "USD",
        ),
        (
            "Навчання НГУ з питань охорони публічного порядку під час масових заходів",
            "Королівство Норвегія",
            "НГУ",
            (2021, 4, 2022, 3),
            5_000_000,
            5_000_000,
            NOK,
            "планується",
            "strike",
            "Norway",
            "OTHER",
            "cancelled",
            "NOK",
        ),
        (
            "Посилення охорони державного кордону з Білоруссю: обладнання для мобільних прикордонних груп",
            "МОМ (Фонд розвитку МОМ, власні кошти)",
            "ДПСУ",
            (2020, 7, 2022, 6),
            350_000,
            400_000,
            USD,
            "реалізується",
            "",
            "IOM",
            "BORDER_SECURITY",
            "funded",
            "USD",
        ),
        (
            "Центр тимчасового перебування іноземців ДМС у Львівській області: ремонт і облаштування",
            "Швейцарська Конфедерація",
            "ДМС",
            (2021, 1, 2021, 12),
            700_000,
            700_000,
            CHF,
            "реалізується",
            "strike",
            "Switzerland",
            "ILLEGAL_MIGRATION",
            "cancelled",
            "CHF",
        ),
        (
            "Протидія COVID-19 у пунктах тимчасового перебування іноземців",
            "Німеччина (МЗС ФРН)",
            "ДМС",
            (2021, 6, 2022, 5),
            450_000,
            450_000,
            EUR,
            "на погодженні",
            "hidden",
            "Germany",
            "COVID19",
            "cancelled",
            "EUR",
        ),
        (
            "Протидія домашньому насильству: мобільні групи «ПОЛІНА» в Донецькій області",
            "Уряд Канади",
            "НПУ",
            (2021, 9, 2023, 8),
            850_000,
            900_000,
            CAD,
            "на погодженні",
            "",
            "Canada",
            "DOMESTIC_VIOLENCE",
            "pipeline",
            "CAD",
        ),
    ]
    r = 5
    for i, (
        title,
        donor,
        ben,
        (y1, m1, y2, m2),
        old,
        new,
        fmt,
        st,
        look,
        partner,
        prio,
        status,
        cur,
    ) in enumerate(rows, 1):
        period = f"{m1:02d}.{y1} – {m2:02d}.{y2}"
        vals = [i, title, donor, ben, period, old, new, st]
        for j, v in enumerate(vals, 1):
            ws.cell(r, j, v)
        ws.cell(r, 6).number_format = fmt
        ws.cell(r, 7).number_format = fmt
        box_row(ws, r, 8)
        if look == "strike":
            for j in range(1, 9):
                ws.cell(r, j).font = Font(strike=True)
        if look == "hidden":
            ws.row_dimensions[r].hidden = True
        s, e = date(y1, m1, 1), mend(y2, m2)
        add(title, partner, prio, status, cur, spread(new, s, e))
        r += 1
    ws.column_dimensions["F"].hidden = True
    ws.freeze_panes = "C5"
    wb.save(raw / "IOM_Ukraine_proekty_MVS_2021.xlsx")


# ---------------------------------------------------------------------------------------
def file4(raw):
    wb = Workbook()
    ws = wb.active
    ws.title = "GAC projects"
    ws["A1"] = (
        "Global Affairs Canada – Canadian-funded projects supporting the Ministry of Internal Affairs of Ukraine"
    )
    ws["A1"].font = Font(bold=True, size=13)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A1:I1")
    ws["A2"] = (
        "Peace and Stabilization Operations Program (PSOPs) and International Assistance Envelope – as of 1 March 2021"
    )
    ws["A2"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:I2")
    for j, n in enumerate(
        [
            "#",
            "Project title",
            None,
            None,
            "Beneficiary",
            "Implementer",
            "Start",
            "End",
            "Budget (CAD)",
            "Status",
        ],
        1,
    ):
        if n is not None:
            ws.cell(4, j, n)
    for j in range(1, 11):
        c = ws.cell(4, j)
        c.font = Font(bold=True)
        c.fill = HDR_FILL
        c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="center")
    ws.merge_cells("B4:D4")
    for col, w in zip("ABCDEFGHIJ", [4, 30, 22, 18, 12, 28, 12, 12, 14, 18]):
        ws.column_dimensions[col].width = w
    rows = [
        (
            "Police Reform Support Programme",
            "Phase II: community policing in 12 pilot hromadas",
            "NPU",
            "Canadian Police Arrangement",
            date(2020, 4, 1),
            date(2023, 3, 31),
            6_500_000,
            None,
            "Ongoing",
            None,
            "COMMUNITY_POLICING",
            "funded",
        ),
        (
            "Women in policing and response to domestic and gender-based violence",
            "(NPU, Kharkiv and Odesa regions)",
            "NPU",
            "UN Women",
            date(2021, 1, 1),
            date(2022, 12, 31),
            380_000,
            (
                "Correct amount is 450,000 – amendment No. 1 signed 15.01.2021; table not updated.\n"
                "– M. Tremblay, GAC",
                450_000,
            ),
            "Ongoing",
            None,
            "DOMESTIC_VIOLENCE",
            "funded",
        ),
        (
            "Integrated border management at the Ukrainian-Romanian border",
            "SBGS surveillance equipment and training",
            "SBGS",
            "IOM",
            date(2019, 10, 1),
            date(2021, 9, 30),
            2_200_000,
            ("Includes 10% contingency reserve. – M. Tremblay", None),
            "Ongoing",
            None,
            "BORDER_SECURITY",
            "funded",
        ),
        (
            "Humanitarian demining capacity of the State Emergency Service",
            "EOD equipment and training",
            "SESU",
            "Canadian Commercial Corporation",
            date(2021, 5, 1),
            date(2023, 4, 30),
            3_000_000,
            None,
            "Under negotiation",
            "UPDATE 22.02.2021: contribution agreement signed – project is now under implementation. – M. Tremblay",
            "OTHER",
            "funded",
        ),
        (
            "Electronic custody records for temporary detention facilities",
            "(custody records pilot, Kyiv and Lviv)",
            "NPU",
            "Council of Europe",
            date(2021, 7, 1),
            date(2022, 12, 31),
            1_100_000,
            None,
            "Proposed",
            None,
            "CUSTODY",
            "pipeline",
        ),
        (
            "Asylum system strengthening with UNHCR",
            "support to the State Migration Service",
            "SMS",
            "UNHCR",
            date(2020, 1, 1),
            date(2021, 6, 30),
            750_000,
            None,
            "Ongoing",
            None,
            "ILLEGAL_MIGRATION",
            "funded",
        ),
    ]
    date_fmts = ["dd.mm.yyyy", "d mmm yyyy", "dd/mm/yyyy", "dd.mm.yyyy", "d mmm yyyy", "dd/mm/yyyy"]
    r = 5
    typed = 0
    for i, (t1, t2, ben, impl, s, e, amt, amt_note, st, st_note, prio, status) in enumerate(rows, 1):
        ws.cell(r, 1, i)
        ws.cell(r, 2, f"{t1}\n{t2}")
        ws.cell(r, 5, ben)
        ws.cell(r, 6, impl)
        ws.cell(r, 7, s)
        ws.cell(r, 8, e)
        ws.cell(r, 9, amt)
        ws.cell(r, 10, st)
        ws.cell(r, 7).number_format = ws.cell(r, 8).number_format = date_fmts[i - 1]
        ws.cell(r, 9).number_format = "#,##0"
        box_row(ws, r, 10)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
        ws.cell(r, 2).alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[r].height = 32
        real = amt
        if amt_note:
            cm = Comment(amt_note[0], "M. Tremblay")
            cm.width, cm.height = 260, 90
            ws.cell(r, 9).comment = cm
            if amt_note[1]:
                real = amt_note[1]
        if st_note:
            cm = Comment(st_note, "M. Tremblay")
            cm.width, cm.height = 260, 90
            ws.cell(r, 10).comment = cm
        add(t1, "Canada", prio, status, "CAD", spread(real, s, e))
        typed += amt
        r += 1
    assert typed == 13_930_000
    ws.cell(r, 9, typed).number_format = "#,##0"
    for j in range(1, 11):
        ws.cell(r, j).font = Font(bold=True)
        ws.cell(r, j).border = Border(top=Side(style="thin"))
    ws.freeze_panes = "B5"
    wb.save(raw / "GAC_Canada_MIA_projects_March2021.xlsx")


# ---------------------------------------------------------------------------------------
def file5(raw):
    wb = Workbook()
    ws = wb.active
    ws.title = "INL FY2021"
    ws["A1"] = (
        "U.S. Embassy Kyiv – Bureau of International Narcotics and Law Enforcement Affairs (INL) and partners"
    )
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = (
        'U.S. assistance to MIA agencies – list for the SWG "Law Enforcement Activities", FY2021 planning'
    )
    header(
        ws,
        4,
        ["Project", "Funding source", "Beneficiary", "Start date", "End date", "Amount (USD)", "Status"],
        [66, 34, 12, 20, 20, 16, 40],
    )
    D = "date"
    # each date: (value, kind, fmt); kind "date" = real date with fmt, "text" = typed text
    rows = [
        (
            "Community policing: field training for patrol police in Kharkiv and Zaporizhzhia",
            "U.S. Department of State (INL)",
            "NPU",
            (date(2020, 10, 1), D, "dd.mm.yyyy"),
            (date(2022, 9, 30), D, "dd.mm.yyyy"),
            (2_500_000, "num", "#,##0"),
            "Ongoing",
            2_500_000,
            "USA",
            "COMMUNITY_POLICING",
            "funded",
        ),
        (
            "Drug detection canine units for the State Border Guard Service",
            "U.S. Embassy Kyiv / INL",
            "SBGS",
            (date(2021, 2, 15), D, "mmmm d, yyyy"),
            (date(2022, 2, 14), D, "mmmm d, yyyy"),
            ("1,250,000", "apostrophe", None),
            "Ongoing",
            1_250_000,
            "USA",
            "DRUGS",
            "funded",
        ),
        (
            "Victim-centred investigations of trafficking in persons",
            "U.S. Department of State / J/TIP Office",
            "NPU",
            ("15.03.2021", "text", None),
            ("14.03.2023", "text", None),
            ("850000  ", "text", None),
            "Signed",
            850_000,
            "USA",
            "TRAFFICKING",
            "funded",
        ),
        (
            "Thermal imaging surveillance towers on the eastern border",
            "U.S. Department of State / EXBS",
            "SBGS",
            (date(2020, 6, 15), D, "m/d/yyyy"),
            (date(2021, 12, 31), D, "m/d/yyyy"),
            ("3400000", "text", None),
            "Ongoing",
            3_400_000,
            "USA",
            "BORDER_SECURITY",
            "funded",
        ),
        (
            "COVID-19 response: ventilators and PPE for State Emergency Service rescue units",
            "USAID",
            "SESU",
            (date(2020, 5, 1), D, "yyyy-mm-dd"),
            (date(2021, 4, 30), D, "yyyy-mm-dd"),
            (600_000, "num", '"$"#,##0.00'),
            "Completed",
            600_000,
            "USAID",
            "COVID19",
            "funded",
        ),
        (
            "Custody records and video monitoring in temporary holding facilities",
            "U.S. Department of State (INL)",
            "NPU",
            ("2021-09-01", "text", None),
            ("2023-08-31", "text", None),
            ("$700,000", "text", None),
            "Proposed (pending congressional notification)",
            700_000,
            "USA",
            "CUSTODY",
            "pipeline",
        ),
        (
            "Public order management training for the National Guard",
            "U.S. Embassy Kyiv / INL",
            "NGU",
            (date(2020, 10, 1), D, "mmm-yy"),
            (date(2021, 9, 30), D, "mmm-yy"),
            (1_800_000, "num", "#,##0"),
            "Ongoing",
            1_800_000,
            "USA",
            "OTHER",
            "funded",
        ),
    ]

    def parse(v):
        if isinstance(v, date):
            return v
        if "." in v:
            d_, m_, y_ = v.split(".")
        else:
            y_, m_, d_ = v.split("-")
        return date(int(y_), int(m_), int(d_))

    r = 5
    for title, src, ben, sd, ed, am, st, amount, partner, prio, status in rows:
        ws.cell(r, 1, title)
        ws.cell(r, 2, src)
        ws.cell(r, 3, ben)
        for col, (v, kind, fmt) in ((4, sd), (5, ed)):
            c = ws.cell(r, col, v)
            if kind == D:
                c.number_format = fmt
        v, kind, fmt = am
        c = ws.cell(r, 6, v)
        if kind == "num":
            c.number_format = fmt
        elif kind == "apostrophe":
            c.quotePrefix = True
        c.alignment = Alignment(horizontal="right")
        ws.cell(r, 7, st)
        box_row(ws, r, 7)
        ws.cell(r, 6).alignment = Alignment(horizontal="right", vertical="top")
        s, e = parse(sd[0]), parse(ed[0])
        add(title, partner, prio, status, "USD", spread(amount, s, e))
        r += 1
    ws.freeze_panes = "B5"
    wb.save(raw / "US_Embassy_INL_assistance_FY2021.xlsx")


# ---------------------------------------------------------------------------------------
def file6(raw):
    wb = Workbook()
    ws = wb.active
    ws.title = "Проекты"
    ws["A1"] = (
        "ПРООН в Украине – проекты в секторе правоохранительной деятельности "
        "(МВД, НП, ГПСУ, НГУ, ГМС, ГСЧС), 2021 г."
    )
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A1:I1")
    yellow = PatternFill("solid", fgColor="FFFF00")
    grey = PatternFill("solid", fgColor="D9D9D9")
    ws["A2"] = "Цветовая маркировка:"
    ws["A2"].font = Font(bold=True)
    ws["C2"] = "проект на стадии согласования (не утверждён)"
    ws["B2"].fill = yellow
    ws["E2"].fill = grey
    ws["F2"] = "проект завершён"
    ws["H2"] = "без заливки – проект реализуется"
    header(
        ws,
        4,
        [
            "№",
            "Проект",
            "Донор",
            "Бенефициар",
            "Начало",
            "Окончание",
            "Валюта",
            "Бюджет",
            "Доля бюджета на 2021 г.",
        ],
        [5, 64, 30, 12, 12, 12, 8, 16, 14],
    )
    ws.row_dimensions[4].height = 32
    TYS = '#,##0, "тыс."'
    rows = [
        (
            "Поддержка общинно-ориентированной полицейской деятельности в Луганской области",
            "ПРООН (собственные средства, TRAC)",
            "НП",
            date(2020, 1, 1),
            date(2022, 12, 31),
            "USD",
            1_200_000,
            0.35,
            None,
            "UNDP",
            "COMMUNITY_POLICING",
            "funded",
        ),
        (
            "Оснащение ГСЧС оборудованием для гуманитарного разминирования в Донецкой области",
            "Правительство Японии",
            "ГСЧС",
            date(2020, 4, 1),
            date(2022, 3, 31),
            "JPY",
            250_000_000,
            0.45,
            None,
            "Japan",
            "OTHER",
            "funded",
        ),
        (
            "Противодействие домашнему насилию: мобильные бригады и горячая линия в Запорожской области",
            "Дания (МИД Дании)",
            "НП",
            date(2021, 7, 1),
            date(2023, 6, 30),
            "DKK",
            4_000_000,
            0.20,
            yellow,
            "Denmark",
            "DOMESTIC_VIOLENCE",
            "pipeline",
        ),
        (
            "Электронный журнал учёта задержанных в изоляторах временного содержания",
            "Норвегия",
            "НП",
            date(2019, 7, 1),
            date(2021, 6, 30),
            "NOK",
            6_000_000,
            0.25,
            grey,
            "Norway",
            "CUSTODY",
            "funded",
        ),
        (
            "Мобильные посты наблюдения ГПСУ на приднестровском участке границы",
            "Европейский Союз",
            "ГПСУ",
            date(2021, 1, 1),
            date(2023, 12, 31),
            "EUR",
            3_000_000,
            0.30,
            None,
            "EU",
            "BORDER_SECURITY",
            "funded",
        ),
        (
            "Профилактика COVID-19 в пунктах пропуска через государственную границу",
            "Швейцария (SDC)",
            "ГПСУ",
            date(2020, 6, 1),
            date(2021, 5, 31),
            "CHF",
            500_000,
            0.40,
            grey,
            "Switzerland",
            "COVID19",
            "funded",
        ),
        (
            "Защита прав лиц, ищущих убежище: поддержка ГМС в процедурах предоставления убежища",
            "Швеция (Sida)",
            "ГМС",
            date(2021, 10, 1),
            date(2024, 9, 30),
            "SEK",
            15_000_000,
            0.05,
            yellow,
            "Sweden",
            "ILLEGAL_MIGRATION",
            "pipeline",
        ),
    ]
    r = 5
    for i, (title, donor, ben, s, e, cur, amt, share, fill, partner, prio, status) in enumerate(rows, 1):
        vals = [i, title, donor, ben, s, e, cur, amt, share]
        for j, v in enumerate(vals, 1):
            ws.cell(r, j, v)
        ws.cell(r, 5).number_format = ws.cell(r, 6).number_format = "dd.mm.yyyy"
        ws.cell(r, 8).number_format = TYS
        ws.cell(r, 9).number_format = "0%"
        box_row(ws, r, 9)
        if fill:
            for j in range(1, 10):
                ws.cell(r, j).fill = fill
        a21 = amt * share
        # the stated share must differ from the naive day-spread, otherwise the trap is void
        assert abs(a21 - spread(amt, s, e)) > 1000, title
        add(title, partner, prio, status, cur, a21)
        r += 1
    ws.freeze_panes = "C5"
    wb.save(raw / "PROON_proekty_pravookhranitelnyi_sektor_2021_ru.xlsx")


# ---------------------------------------------------------------------------------------
def file7(raw):
    head = [
        "Project",
        "Beneficiary",
        "Implementer",
        "Start",
        "End",
        "Budget",
        "Swiss share",
        "Co-funder",
        "Status",
    ]
    rows = [
        (
            "Swiss support to the unified register of detainees (custody records)",
            "NPU",
            "DCAF",
            date(2020, 1, 1),
            date(2022, 12, 31),
            "CHF 1'200K",
            1_200_000,
            1.0,
            "",
            "ongoing",
            "CUSTODY",
            "funded",
        ),
        (
            "Strengthening forensic capacities of the Expert Service of the MIA",
            "ESC MIA",
            "DCAF",
            date(2021, 7, 1),
            date(2024, 6, 30),
            "CHF 850K",
            850_000,
            1.0,
            "",
            "signed",
            "OTHER",
            "funded",
        ),
        (
            "Preventing trafficking in human beings in Zakarpattia",
            "NPU, SBGS",
            "IOM",
            date(2020, 4, 1),
            date(2023, 3, 31),
            "CHF 1'600K",
            1_600_000,
            0.5,
            "Norway",
            "ongoing",
            "TRAFFICKING",
            "funded",
        ),
        (
            "Integrated border crossing management at the Ukrainian-Hungarian checkpoints",
            "SBGS",
            "ICMPD",
            date(2021, 11, 1),
            date(2024, 10, 31),
            "CHF 2.4m",
            2_400_000,
            1.0,
            "",
            "planned",
            "BORDER_CROSSING",
            "pipeline",
        ),
        (
            "COVID-19 emergency medical response of the State Emergency Service",
            "SESU",
            "Swiss Red Cross",
            date(2020, 4, 1),
            date(2021, 3, 31),
            "CHF 980K",
            980_000,
            1.0,
            "",
            "completed",
            "COVID19",
            "funded",
        ),
    ]
    lines = [
        [
            "Embassy of Switzerland in Ukraine – Swiss Cooperation Office: projects in the security sector "
            "(as of 01.03.2021)"
        ]
        + [""] * 8,
        [""] * 9,
        head,
    ]
    for title, ben, impl, s, e, shown, amt, share, cof, st, prio, status in rows:
        lines.append(
            [title, ben, impl, s.strftime("%d.%m.%Y"), e.strftime("%d.%m.%Y"), shown, f"{share:.0%}", cof, st]
        )
        a21 = spread(amt, s, e)
        add(title, "Switzerland", prio, status, "CHF", a21 * share)
        if cof:
            add(title, cof, prio, status, "CHF", a21 * (1 - share))
    with open(raw / "Swiss_Cooperation_security_sector_2021.csv", "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerows(lines)


def main():
    out = Path(sys.argv[1])
    raw = out / "raw"
    raw.mkdir(parents=True, exist_ok=True)
    for fn in (file1, file2, file3, file4, file5, file6, file7):
        fn(raw)
    titles = [e["title"] for e in EXP]
    assert len(set(titles)) == 47, len(set(titles))
    assert len(EXP) == 50, len(EXP)
    with open(out / "expected.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["title", "partner", "priority", "status", "currency", "amount_2021"])
        for e in EXP:
            w.writerow(
                [
                    e["title"],
                    e["partner"],
                    e["priority"],
                    e["status"],
                    e["currency"],
                    f"{e['amount_2021']:.2f}",
                ]
            )
    print(f"{len(set(titles))} projects, {len(EXP)} lines -> {out}")


if __name__ == "__main__":
    main()
