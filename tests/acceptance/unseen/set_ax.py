"""Blind test set AX -- "money written twice: the original currency and an equivalent".

Usage:  python set_ax.py OUT_DIR   ->  OUT_DIR/raw/*.{xlsx,csv}  and  OUT_DIR/expected.csv

GENERAL RULE OF THE SET
  Every file gives (some of) its projects' money twice: in the currency of the agreement AND an
  equivalent (UAH at an NBU rate, USD at the UN rate, EUR at the OSCE/UN rate), often with a rate column.
  Expected currency/amount_2021 = the ORIGINAL currency of the agreement whenever the file gives it;
  when a row gives only one currency (only the "equivalent" column is filled, explicitly because the
  agreement is in that currency), that single figure IS the money, in that currency.
  Wrong readings: adding both columns (double counting), taking the equivalent where the original is
  given, converting anything, treating total rows as projects, applying a "thousands" header of the
  equivalent column to the original column.
  Spread = total x (days of period in 2021) / (days of whole period), both ends counted; month periods
  run from the 1st of the first month to the last day of the last month; year-only periods 1 Jan-31 Dec.
  Files 2 and 4 state the 2021 amount in the original currency -> that figure is taken as is.
  50 projects, 57 expected lines (file 7 has 4 co-funded projects -> one line per donor).

FILE 1  EU_Delegation_LEA_portfolio_2021.xlsx  (English, EU Delegation; 8 projects)
  Columns "Budget (EUR)" | "UAH equivalent at NBU rate of 01.03.2021 (1 EUR = 33.6581 UAH)"; a comment on
  the UAH header says contractual amounts are in EUR.  Traps:
  (a) two money columns -> take EUR, never UAH, never EUR+UAH;
  (b) a "TOTAL (UAH)" row with a figure only in the UAH column (428,371,289) -> not a project;
  (c) row 5 (EUAM small grant) has "—*" in the EUR column; footnote: grant concluded in UAH -> UAH is the money;
  (d) "Funding" column EU vs EUAM Ukraine; implementers (ICMPD, UNDP, UNFPA, IOM) are not partners.
  Expected:
   1 EU4Border Security ... SBGS: EU, BORDER_SECURITY, funded, EUR 4,500,000 x 365/1096 (01/2020-12/2022) = 1,498,631.39
   2 Community policing in Donetsk and Luhansk oblasts ...: EU, COMMUNITY_POLICING, funded (Signed), EUR 1,800,000 x 292/730 = 720,000.00
   3 Custody records management system ... (pilot): EUAM, CUSTODY, funded, EUR 240,000 x 334/365 = 219,616.44
   4 Readmission and return ...: EU, ILLEGAL_MIGRATION, pipeline (Under negotiation), 2022-2024 -> 0
   5 Equipment for DSNS rescue units ... (EUAM small grant): EUAM, OTHER, funded, UAH 1,250,000 (04/2021-12/2021 wholly in 2021) = 1,250,000.00
   6 POLINA mobile teams ...: EU, DOMESTIC_VIOLENCE, funded, EUR 950,000 x 365/730 = 475,000.00
   7 COVID-19 emergency support ... SBGS checkpoints: EU, COVID19, funded (Completed), EUR 700,000 x 59/304 (05/2020-02/2021) = 135,855.26
   8 Twinning on forensic science ...: EU, OTHER, cancelled, 2022-2023 -> 0

FILE 2  ДПСУ_перелік_проєктів_МТД_2021.xlsx  (Ukrainian, SBGS; 8 projects)
  Columns "Сума у валюті" | "Валюта" (spelt variously: дол. США, польський злотий, CAD, фунт стерлінгів, єна, євро,
  USD, грн) | "Сума в гривневому еквіваленті, тис. грн" | "у т.ч. у 2021 році (у валюті проєкту)".  Traps:
  (a) the UAH equivalent is in THOUSANDS, the original in full units -> a reader mixing them is off by 1000 or takes UAH;
  (b) the 2021 figure is stated in the project currency -> it is amount_2021 (no spreading);
  (c) the equivalent is given for some rows only ("—" for the Canadian and the EU rows);
  (d) "Разом, тис. грн" total row = 204,260.0 (UAH thousands only) -> not a project;
  (e) one row whose agreement currency is грн (Lithuania) -> UAH; title cell of row 1 has a second English line;
  (f) numbering row 1..11 under the header.
  Expected (2021 column):
   1 Посилення охорони ділянки державного кордону з Республікою Білорусь: USA ("Уряд США (Посольство США, INL)"), BORDER_SECURITY, funded, USD 1,450,000
   2 Модернізація пункту пропуску «Ягодин» ...: Poland, BORDER_CROSSING, funded, PLN 2,100,000
   3 Протидія торгівлі людьми на державному кордоні ...: Canada (via IOM), TRAFFICKING, funded, CAD 310,000
   4 Система відеоспостереження ... з Румунією: UK, BORDER_SECURITY, funded, GBP 1,100,000
   5 Протидія COVID-19 у пунктах пропуску ...: Japan (UNDP implements), COVID19, funded, JPY 85,000,000
   6 Інтегроване управління кордоном ... (фаза ІІ): EU, BORDER_SECURITY, pipeline, 2021 "—" and period 2022-2024 -> 0
   7 Кінологічна служба ДПСУ ...: INL ("Бюро INL" alone), DRUGS, funded, USD 420,000
   8 Інженерне облаштування ділянки кордону ... «Мілове»: Lithuania, BORDER_SECURITY, funded (підписано), UAH 2,400,000

FILE 3  IOM_Ukraine_MIA_projects_2021.csv  (English, ';', UTF-8 BOM; 7 projects)
  Columns "Amount in original currency" | "Currency" | "Rate (USD per 1 unit)" | "Amount in USD".  Traps:
  (a) take original amount+currency, not USD; (b) one USD-original row where both columns are equal
  (do not double); (c) IOM Development Fund row has ONLY "Amount in USD" -> USD, partner IOM (own funds);
  (d) "TOTAL (USD)" row (5,330,000.00) -> not a project; dates dd-Mon-yyyy.
  Expected:
   Migration management: identity management ... : Japan, ILLEGAL_MIGRATION, funded, JPY 120,000,000 x 306/365 = 100,602,739.73
   Countering trafficking in human beings through law enforcement capacity building: UK, TRAFFICKING, funded, GBP 900,000 x 365/730 = 450,000.00
   Improving conditions at temporary accommodation centres for irregular migrants: Germany, ILLEGAL_MIGRATION, funded (Signed), EUR 750,000 x 184/730 = 189,041.10
   COVID-19 prevention at SMS administrative service centres: IOM, COVID19, funded, USD 200,000 x 151/365 = 82,739.73
   Border surveillance capacity building at the Ukraine–Belarus border: Norway, BORDER_SECURITY, pipeline (Proposal submitted), NOK 8,000,000 x 92/730 = 1,008,219.18
   Assisted voluntary return and reintegration ...: Switzerland, ILLEGAL_MIGRATION, funded, CHF 400,000 x 365/365 = 400,000.00
   Victim identification and referral training ... (J/TIP): USA (US Department of State), TRAFFICKING, funded, USD 500,000 x 320/730 = 219,178.08

FILE 4  НГУ_ДСНС_проекты_МТП_2021.csv  (Russian, cp1251, ';', decimal comma, 3 preamble lines; 7 projects)
  Columns "Общая стоимость, USD" | "Курс НБУ (грн за 1 USD)" (rate differs by row: date of signing) |
  "Эквивалент, грн" | "в т.ч. 2021 г., USD" | "в т.ч. 2021 г., грн (экв.)".  Traps:
  (a) 2021 given twice (USD and UAH equivalent) -> USD figure; (b) equivalent given for some rows only
  (pipeline and cancelled rows have none); (c) the Council of Europe row has "—" in every USD column and
  only UAH figures, "договор заключён в гривне" -> UAH 1,400,000; (d) Japan/Denmark "через ПРООН" -> donor not UNDP.
  Expected (2021 columns):
   1 Подготовка подразделений НГУ к охране важных государственных объектов: USA (Посольство США (INL)), OTHER, funded, USD 700,000
   2 Оснащение пиротехнических подразделений ГСЧС ...: Japan, OTHER, funded (подписан), USD 1,900,000
   3 Профилактика COVID-19 в подразделениях ГСЧС: UNICEF (own funds), COVID19, funded, USD 120,000
   4 Лаборатория экспертной службы МВД ...: INL, DRUGS, pipeline, 2021 = 0,00 -> 0
   5 Ремонт изолятора временного содержания в г. Мариуполь: Council of Europe, CUSTODY, funded, UAH 1,400,000
   6 Электронная система учёта задержанных (Custody Records) ...: Denmark, CUSTODY, funded, USD 250,000
   7 Закупка бронированных автомобилей для НГУ: USA, OTHER, cancelled (отменён), 2021 = 0,00 (2022-2023) -> 0

FILE 5  НПУ_проєкти_МТД_2021.xlsx  (Ukrainian, National Police; 7 projects)
  The EQUIVALENT column comes FIRST: "Еквівалент, грн" | "Сума, USD" (rate 27.9277 in a footnote).  Traps:
  (a) a reader taking the first money column gets UAH for everything -> wrong for the 5 USD rows;
  (b) two rows have only the UAH column (Netherlands/MATRA, UNDP own resources; notes "угоду укладено в гривні",
  "грант у гривні") -> UAH is the money; (c) "Усього, грн" total row (109,417,429) -> not a project;
  (d) the pipeline row has USD only (no equivalent); month periods in Ukrainian.
  Expected:
   1 Поліцейський офіцер громади ...: USA ("Державний департамент США (INL)"), COMMUNITY_POLICING, funded, USD 2,000,000 x 306/730 (березень 2021-лютий 2023) = 838,356.16
   2 Протидія домашньому насильству: мобільні групи ...: UN Women (own funds), DOMESTIC_VIOLENCE, funded, USD 350,000 x 365/730 = 175,000.00
   3 Обладнання ізоляторів тимчасового тримання Київської області: Netherlands, CUSTODY, funded, UAH 3,150,000 x 275/365 (квітень 2021-березень 2022) = 2,373,287.67
   4 Протидія наркозлочинності в мережі Інтернет ...: USA, DRUGS, funded, USD 780,000 x 365/730 = 390,000.00
   5 Посилення спроможності підрозділів протидії торгівлі людьми НПУ: USA (Посольство США, J/TIP), TRAFFICKING, funded, USD 640,000 x 351/546 = 411,428.57
   6 Інформаційна кампанія «Поліція поруч» ...: UNDP (own resources), COMMUNITY_POLICING, funded, UAH 980,000 x 273/273 = 980,000.00
   7 Цифрова платформа обліку звернень громадян до поліції: World Bank, OTHER, pipeline, 2022-2023 -> 0

FILE 6  UNDP_RoL_HumanSecurity_portfolio_2021.xlsx  (English, UNDP; 8 projects)
  Header "Budget, USD" but three rows are in EUR: two as text "EUR 2,500,000" / "EUR 600,000" / "EUR 300,000",
  one as the number 800000 with number format "€"#,##0 (shows €800,000; comment "Contribution in EUR");
  the "USD equivalent*" column beside is filled only for those EUR rows (rate 1.21).  Hidden column J
  (Atlas award ID).  "TOTAL, USD" row = 8,482,000 (USD budgets + USD equivalents) -> not a project.
  Traps: taking the USD equivalent for EUR rows, or reading 800000 as USD, or adding both columns.
  Expected:
   1 Human Security in Eastern Ukraine ...: Sweden, COMMUNITY_POLICING, funded, USD 1,900,000 x 365/1095 = 633,333.33
   2 Strengthening the State Emergency Service response capacity ...: EU, OTHER, funded, EUR 2,500,000 x 365/1096 = 832,572.99
   3 Integrated border management analytics for the MIA: Netherlands, BORDER_SECURITY, funded (Signed), EUR 800,000 x 275/365 = 602,739.73
   4 Gender-responsive policing and response to domestic violence ...: Japan, DOMESTIC_VIOLENCE, funded, USD 1,100,000 x 292/365 = 880,000.00
   5 Electronic custody records in police temporary detention facilities of Kyiv oblast: Denmark, CUSTODY, funded, USD 150,000
   6 Countering illicit drug trafficking through the port of Odesa: Germany, DRUGS, funded, EUR 600,000 x 181/365 = 297,534.25
   7 COVID-19 response in temporary accommodation centres of the SMS: UNDP (TRAC core resources), COVID19, funded, USD 250,000 x 151/365 = 103,424.66
   8 Feasibility study for a new border crossing point at Novi Yarylovychi: EU, BORDER_CROSSING, pipeline, 2022 -> 0

FILE 7  OSCE_PCU_extrabudgetary_LEA_2021.xlsx  (English, OSCE PCU; 5 projects, 12 lines)
  One row per donor pledge: "Contribution (original currency)" | "Currency" | "Rate (units per 1 EUR)" |
  "EUR equivalent"; project columns merged vertically; title cell has a 2nd line "ExB project NNNNNNN".
  Traps: co-funded -> one line per donor with ITS share in ITS currency (not the EUR equivalent, not
  summed); EUR-original pledges have equivalent = original (do not double); "OSCE Unified Budget" -> OSCE;
  "Total pledged (EUR equivalent)" row (1,615,822) -> not a project.
  Expected:
   Enhancing the capacity of the National Police to counter trafficking in human beings online (01.02.2021-31.01.2023, 334/730), TRAFFICKING, funded:
     USA USD 300,000 -> 137,260.27; Canada CAD 200,000 -> 91,506.85; Germany EUR 150,000 -> 68,630.14
   Support to the SBGS in detecting forged travel documents (01.06.2021-31.05.2022, 214/365), BORDER_SECURITY, funded (Signed):
     Norway NOK 1,500,000 -> 879,452.05; Switzerland CHF 120,000 -> 70,356.16; Denmark DKK 750,000 -> 439,726.03
   Strengthening the police response to domestic and gender-based violence (2021 whole year), DOMESTIC_VIOLENCE, funded:
     OSCE EUR 90,000; UK GBP 180,000; Sweden SEK 1,000,000 (all fully 2021)
   Dialogue policing and community safety in Donbas hromadas (2022-2023), COMMUNITY_POLICING, pipeline:
     Poland PLN 0; Lithuania EUR 0
   Mine risk education and EOD training for the State Emergency Service: Japan, OTHER, funded, JPY 25,000,000 x 243/365 = 16,643,835.62
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
    a, b = max(start, Y0), min(end, Y1)
    return max(0, (b - a).days + 1)


def spread(total, start, end):
    return round(total * days_in_2021(start, end) / ((end - start).days + 1), 2)


EXP = []
TITLES = set()


def exp(title_cell, partner, priority, status, currency, amount):
    title = title_cell.split("\n")[0]
    EXP.append((title, partner, priority, status, currency, round(amount, 2)))
    TITLES.add(title)


THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
TOTAL_FILL = PatternFill("solid", fgColor="FFF2CC")


def style_header(ws, row, ncol):
    for c in range(1, ncol + 1):
        cell = ws.cell(row=row, column=c)
        cell.font = Font(bold=True)
        cell.fill = HEAD_FILL
        cell.border = BORDER
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")


def style_body(ws, r0, r1, ncol):
    for r in range(r0, r1 + 1):
        for c in range(1, ncol + 1):
            cell = ws.cell(row=r, column=c)
            cell.border = BORDER
            cell.alignment = Alignment(wrap_text=True, vertical="top")


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w


# ---------------------------------------------------------------------------
# File 1: EU Delegation, Budget (EUR) | UAH equivalent; UAH-only total; one UAH-only row
# ---------------------------------------------------------------------------
def file1(raw):
    rate = 33.6581
    rows = [
        # title, funding, benef, implementer, period text, start, end, status text, status, priority, eur, uah_only
        (
            "EU4Border Security: integrated border management support to the SBGS",
            "European Union",
            "SBGS",
            "ICMPD",
            "01/2020 – 12/2022",
            date(2020, 1, 1),
            date(2022, 12, 31),
            "Ongoing",
            "funded",
            "BORDER_SECURITY",
            4_500_000,
            None,
        ),
        (
            "Community policing in Donetsk and Luhansk oblasts: support to the National Police",
            "European Union",
            "National Police",
            "UNDP",
            "15.03.2021 – 14.03.2023",
            date(2021, 3, 15),
            date(2023, 3, 14),
            "Signed",
            "funded",
            "COMMUNITY_POLICING",
            1_800_000,
            None,
        ),
        (
            "Custody records management system for police temporary detention facilities (pilot)",
            "EUAM Ukraine",
            "National Police",
            "EUAM Project Cell",
            "01.02.2021 – 31.01.2022",
            date(2021, 2, 1),
            date(2022, 1, 31),
            "Ongoing",
            "funded",
            "CUSTODY",
            240_000,
            None,
        ),
        (
            "Readmission and return: strengthening the capacities of the State Migration Service",
            "European Union",
            "SMS",
            "ICMPD",
            "2022 – 2024",
            date(2022, 1, 1),
            date(2024, 12, 31),
            "Under negotiation",
            "pipeline",
            "ILLEGAL_MIGRATION",
            3_000_000,
            None,
        ),
        (
            "Equipment for DSNS rescue units in Donetsk and Luhansk oblasts (EUAM small grant)",
            "EUAM Ukraine",
            "DSNS",
            "EUAM Project Cell",
            "04/2021 – 12/2021",
            date(2021, 4, 1),
            date(2021, 12, 31),
            "Signed",
            "funded",
            "OTHER",
            None,
            1_250_000.00,
        ),
        (
            "POLINA mobile teams: countering domestic violence in the regions",
            "European Union",
            "National Police",
            "UNFPA",
            "01.09.2020 – 31.08.2022",
            date(2020, 9, 1),
            date(2022, 8, 31),
            "Ongoing",
            "funded",
            "DOMESTIC_VIOLENCE",
            950_000,
            None,
        ),
        (
            "COVID-19 emergency support: PPE and disinfection for SBGS checkpoints",
            "European Union",
            "SBGS",
            "IOM",
            "05/2020 – 02/2021",
            date(2020, 5, 1),
            date(2021, 2, 28),
            "Completed",
            "funded",
            "COVID19",
            700_000,
            None,
        ),
        (
            "Twinning on forensic science for the MIA Expert Service Centre",
            "European Union",
            "MIA",
            "—",
            "2022 – 2023",
            date(2022, 1, 1),
            date(2023, 12, 31),
            "Cancelled",
            "cancelled",
            "OTHER",
            1_500_000,
            None,
        ),
    ]
    partner_of = {"European Union": "EU", "EUAM Ukraine": "EUAM"}
    wb = Workbook()
    ws = wb.active
    ws.title = "LEA projects"
    ws["A1"] = (
        "EU-funded projects in the law enforcement sector (MIA system) — Delegation of the European Union to Ukraine"
    )
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Status as of 1 March 2021. Amounts as per financing / grant agreements."
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:I2")
    hdr = [
        "No.",
        "Project title",
        "Funding",
        "Beneficiary",
        "Implementing partner",
        "Period",
        "Status",
        "Budget (EUR)",
        "UAH equivalent at NBU rate of 01.03.2021\n(1 EUR = 33.6581 UAH)",
    ]
    for c, h in enumerate(hdr, 1):
        ws.cell(row=4, column=c, value=h)
    style_header(ws, 4, len(hdr))
    ws.cell(row=4, column=9).comment = Comment(
        "Calculated by the EUD Finance & Contracts section for MIA reporting "
        "purposes only. Contractual amounts are in EUR.",
        "EUD",
    )
    r = 5
    uah_total = 0.0
    for i, (t, fund, ben, impl, per, s, e, st_txt, st, prio, eur, uah_only) in enumerate(rows, 1):
        ws.cell(row=r, column=1, value=i)
        ws.cell(row=r, column=2, value=t)
        ws.cell(row=r, column=3, value=fund)
        ws.cell(row=r, column=4, value=ben)
        ws.cell(row=r, column=5, value=impl)
        ws.cell(row=r, column=6, value=per)
        ws.cell(row=r, column=7, value=st_txt)
        if eur is not None:
            uah = round(eur * rate, 2)
            ws.cell(row=r, column=8, value=eur).number_format = "#,##0"
            exp(t, partner_of[fund], prio, st, "EUR", spread(eur, s, e))
        else:
            uah = uah_only
            ws.cell(row=r, column=8, value="—*").alignment = Alignment(horizontal="right")
            exp(t, partner_of[fund], prio, st, "UAH", spread(uah_only, s, e))
        ws.cell(row=r, column=9, value=uah).number_format = "#,##0.00"
        uah_total += uah
        r += 1
    style_body(ws, 5, r - 1, len(hdr))
    ws.cell(row=5 + 4, column=8).alignment = Alignment(horizontal="right", vertical="top")
    ws.cell(row=r, column=2, value="TOTAL (UAH)").font = Font(bold=True)
    ws.cell(row=r, column=9, value=round(uah_total, 2)).number_format = "#,##0.00"
    ws.cell(row=r, column=9).font = Font(bold=True)
    for c in range(1, len(hdr) + 1):
        ws.cell(row=r, column=c).fill = TOTAL_FILL
        ws.cell(row=r, column=c).border = BORDER
    # check the stated total
    assert (
        abs(round(uah_total, 2) - round(sum(round(x[10] * rate, 2) for x in rows if x[10]) + 1_250_000, 2))
        < 0.005
    )
    ws.cell(
        row=r + 2,
        column=1,
        value="* EUAM small grant: grant agreement concluded in UAH (local procurement); "
        "no EUR amount applies.",
    )
    ws.cell(row=r + 3, column=1, value="Contact: EUD Ukraine, Good Governance & Rule of Law section")
    ws.freeze_panes = "C5"
    widths(ws, [5, 62, 16, 16, 20, 22, 18, 15, 26])
    wb.save(os.path.join(raw, "EU_Delegation_LEA_portfolio_2021.xlsx"))


# ---------------------------------------------------------------------------
# File 2: ДПСУ, Сума у валюті | Валюта | Сума в гривневому еквіваленті, тис. грн | у т.ч. 2021 (у валюті)
# ---------------------------------------------------------------------------
def file2(raw):
    rates = {
        "USD": 27.9277,
        "PLN": 7.4530,
        "CAD": 22.0112,
        "GBP": 38.8417,
        "JPY": 0.2619,
        "EUR": 33.6581,
        "UAH": 1.0,
    }
    rows = [
        # title, donor, impl, period, status text, status, amount, currency text, iso, eq shown?, y2021, partner, prio, note
        (
            "Посилення охорони ділянки державного кордону з Республікою Білорусь\n"
            "(Strengthening security of the Ukraine–Belarus border segment)",
            "Уряд США (Посольство США, INL)",
            "INL, підрядні організації",
            "01.10.2020 – 30.09.2022",
            "реалізується",
            "funded",
            3_200_000,
            "дол. США",
            "USD",
            True,
            1_450_000,
            "USA",
            "BORDER_SECURITY",
            "",
        ),
        (
            "Модернізація пункту пропуску «Ягодин» на кордоні з Республікою Польща",
            "Уряд Республіки Польща",
            "Польська допомога (Polish Aid)",
            "2020 – 2022",
            "реалізується",
            "funded",
            4_800_000,
            "польський злотий",
            "PLN",
            True,
            2_100_000,
            "Poland",
            "BORDER_CROSSING",
            "",
        ),
        (
            "Протидія торгівлі людьми на державному кордоні: навчання прикордонників",
            "Уряд Канади (через МОМ)",
            "МОМ",
            "01.04.2020 – 31.03.2022",
            "реалізується",
            "funded",
            650_000,
            "CAD",
            "CAD",
            False,
            310_000,
            "Canada",
            "TRAFFICKING",
            "еквівалент донором не надано",
        ),
        (
            "Система відеоспостереження на ділянці кордону з Румунією",
            "Уряд Сполученого Королівства",
            "—",
            "01.01.2021 – 31.12.2021",
            "реалізується",
            "funded",
            1_100_000,
            "фунт стерлінгів",
            "GBP",
            True,
            1_100_000,
            "UK",
            "BORDER_SECURITY",
            "",
        ),
        (
            "Протидія COVID-19 у пунктах пропуску: тепловізори та засоби індивідуального захисту",
            "Уряд Японії",
            "ПРООН",
            "15.01.2021 – 15.07.2021",
            "реалізується",
            "funded",
            85_000_000,
            "єна",
            "JPY",
            True,
            85_000_000,
            "Japan",
            "COVID19",
            "",
        ),
        (
            "Інтегроване управління кордоном на українсько-молдовському кордоні (фаза ІІ)",
            "Європейський Союз",
            "EUBAM",
            "2022 – 2024",
            "на етапі погодження",
            "pipeline",
            5_000_000,
            "євро",
            "EUR",
            False,
            None,
            "EU",
            "BORDER_SECURITY",
            "проєкт на погодженні",
        ),
        (
            "Кінологічна служба ДПСУ: виявлення наркотичних засобів (протидія наркотрафіку)",
            "Бюро INL",
            "—",
            "01.01.2021 – 31.12.2021",
            "реалізується",
            "funded",
            420_000,
            "USD",
            "USD",
            True,
            420_000,
            "INL",
            "DRUGS",
            "",
        ),
        (
            "Інженерне облаштування ділянки кордону в районі ВПС «Мілове»",
            "Литовська Республіка",
            "—",
            "01.05.2021 – 30.11.2021",
            "підписано",
            "funded",
            2_400_000,
            "грн",
            "UAH",
            True,
            2_400_000,
            "Lithuania",
            "BORDER_SECURITY",
            "угоду укладено в гривні",
        ),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "МТД"
    ws["A1"] = (
        "Перелік проєктів міжнародної технічної допомоги, бенефіціаром яких є "
        "Адміністрація Державної прикордонної служби України"
    )
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A1:K1")
    ws["A2"] = "станом на 01.03.2021"
    ws.merge_cells("A2:K2")
    ws["A2"].alignment = Alignment(horizontal="center")
    hdr = [
        "№ з/п",
        "Назва проєкту",
        "Донор",
        "Виконавець",
        "Строк реалізації",
        "Стан реалізації",
        "Сума у валюті",
        "Валюта",
        "Сума в гривневому еквіваленті, тис. грн",
        "у т.ч. у 2021 році (у валюті проєкту)",
        "Примітка",
    ]
    for c, h in enumerate(hdr, 1):
        ws.cell(row=4, column=c, value=h)
    style_header(ws, 4, len(hdr))
    for c in range(1, len(hdr) + 1):
        ws.cell(row=5, column=c, value=c).alignment = Alignment(horizontal="center")
        ws.cell(row=5, column=c).font = Font(italic=True, size=8)
    r = 6
    total_k = 0.0
    for i, (
        t,
        donor,
        impl,
        per,
        st_txt,
        st,
        amt,
        cur_txt,
        iso,
        eq_shown,
        y21,
        partner,
        prio,
        note,
    ) in enumerate(rows, 1):
        ws.cell(row=r, column=1, value=f"{i}.")
        ws.cell(row=r, column=2, value=t)
        ws.cell(row=r, column=3, value=donor)
        ws.cell(row=r, column=4, value=impl)
        ws.cell(row=r, column=5, value=per)
        ws.cell(row=r, column=6, value=st_txt)
        ws.cell(row=r, column=7, value=amt).number_format = "#,##0"
        ws.cell(row=r, column=8, value=cur_txt)
        if eq_shown:
            k = round(amt * rates[iso] / 1000, 1)
            ws.cell(row=r, column=9, value=k).number_format = "#,##0.0"
            total_k += k
        else:
            ws.cell(row=r, column=9, value="—")
        if y21 is None:
            ws.cell(row=r, column=10, value="—")
            # no 2021 figure: the period 2022–2024 lies wholly outside 2021
            assert per == "2022 – 2024"
            amount = 0.0
        else:
            ws.cell(row=r, column=10, value=y21).number_format = "#,##0"
            amount = y21
            assert y21 <= amt
        ws.cell(row=r, column=11, value=note)
        exp(t, partner, prio, st, iso, amount)
        r += 1
    style_body(ws, 6, r - 1, len(hdr))
    ws.cell(row=r, column=2, value="Разом, тис. грн").font = Font(bold=True)
    ws.cell(row=r, column=9, value=round(total_k, 1)).number_format = "#,##0.0"
    ws.cell(row=r, column=9).font = Font(bold=True)
    for c in range(1, len(hdr) + 1):
        ws.cell(row=r, column=c).border = BORDER
        ws.cell(row=r, column=c).fill = TOTAL_FILL
    ws.cell(
        row=r + 2,
        column=2,
        value="Гривневий еквівалент розраховано за офіційним курсом НБУ на 01.03.2021. "
        "Суми у валюті — відповідно до угод (меморандумів) з донорами.",
    )
    ws.cell(row=r + 3, column=2, value="Начальник відділу міжнародного співробітництва ______________")
    ws.freeze_panes = "C6"
    widths(ws, [6, 58, 26, 22, 24, 18, 15, 14, 18, 18, 24])
    wb.save(os.path.join(raw, "ДПСУ_перелік_проєктів_МТД_2021.xlsx"))


# ---------------------------------------------------------------------------
# File 3: IOM csv, Amount in original currency | Currency | Rate | Amount in USD
# ---------------------------------------------------------------------------
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def dmy(d):
    return f"{d.day:02d}-{MON[d.month - 1]}-{d.year}"


def file3(raw):
    rows = [
        (
            "UA10P0501",
            "Migration management: identity management and migration data analysis at the State "
            "Migration Service",
            "Government of Japan",
            "SMS",
            date(2021, 3, 1),
            date(2022, 2, 28),
            "Ongoing",
            "funded",
            120_000_000,
            "JPY",
            0.0092,
            "Japan",
            "ILLEGAL_MIGRATION",
            "",
        ),
        (
            "UA10P0488",
            "Countering trafficking in human beings through law enforcement capacity building",
            "UK FCDO (Conflict, Stability and Security Fund)",
            "NPU",
            date(2020, 4, 1),
            date(2022, 3, 31),
            "Ongoing",
            "funded",
            900_000,
            "GBP",
            1.3850,
            "UK",
            "TRAFFICKING",
            "",
        ),
        (
            "UA10P0512",
            "Improving conditions at temporary accommodation centres for irregular migrants",
            "German Federal Foreign Office",
            "SMS",
            date(2021, 7, 1),
            date(2023, 6, 30),
            "Signed",
            "funded",
            750_000,
            "EUR",
            1.2100,
            "Germany",
            "ILLEGAL_MIGRATION",
            "",
        ),
        (
            "UA10P0470",
            "COVID-19 prevention at State Migration Service administrative service centres",
            "IOM Development Fund",
            "SMS",
            date(2020, 6, 1),
            date(2021, 5, 31),
            "Ongoing",
            "funded",
            None,
            "",
            None,
            "IOM",
            "COVID19",
            "IOM internal funding, budgeted in USD only",
        ),
        (
            "UA10P0520",
            "Border surveillance capacity building at the Ukraine–Belarus border",
            "Norwegian MFA",
            "SBGS",
            date(2021, 10, 1),
            date(2023, 9, 30),
            "Proposal submitted",
            "pipeline",
            8_000_000,
            "NOK",
            0.1170,
            "Norway",
            "BORDER_SECURITY",
            "awaiting donor decision",
        ),
        (
            "UA10P0509",
            "Assisted voluntary return and reintegration of migrants from temporary accommodation centres",
            "Swiss State Secretariat for Migration (SEM)",
            "SMS",
            date(2021, 1, 1),
            date(2021, 12, 31),
            "Ongoing",
            "funded",
            400_000,
            "CHF",
            1.0900,
            "Switzerland",
            "ILLEGAL_MIGRATION",
            "",
        ),
        (
            "UA10P0495",
            "Victim identification and referral training for border guards and police (J/TIP)",
            "US Department of State (J/TIP)",
            "SBGS; NPU",
            date(2021, 2, 15),
            date(2023, 2, 14),
            "Ongoing",
            "funded",
            500_000,
            "USD",
            1.0000,
            "USA",
            "TRAFFICKING",
            "",
        ),
    ]
    usd_only = {"UA10P0470": 200_000.00}
    path = os.path.join(raw, "IOM_Ukraine_MIA_projects_2021.csv")
    total = 0.0
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL)
        w.writerow(
            [
                "Project code",
                "Project title",
                "Donor",
                "Government counterpart",
                "Start date",
                "End date",
                "Status",
                "Amount in original currency",
                "Currency",
                "Rate (USD per 1 unit)",
                "Amount in USD",
                "Remarks",
            ]
        )
        for code, t, donor, cp, s, e, st_txt, st, amt, cur, rate, partner, prio, rem in rows:
            if amt is None:
                usd = usd_only[code]
                w.writerow([code, t, donor, cp, dmy(s), dmy(e), st_txt, "", "", "", f"{usd:.2f}", rem])
                exp(t, partner, prio, st, "USD", spread(usd, s, e))
            else:
                usd = round(amt * rate, 2)
                w.writerow(
                    [
                        code,
                        t,
                        donor,
                        cp,
                        dmy(s),
                        dmy(e),
                        st_txt,
                        f"{amt:.2f}",
                        cur,
                        f"{rate:.4f}",
                        f"{usd:.2f}",
                        rem or "USD at UN operational rate of exchange, March 2021",
                    ]
                )
                exp(t, partner, prio, st, cur, spread(amt, s, e))
            total += usd
        w.writerow(["", "TOTAL (USD)", "", "", "", "", "", "", "", "", f"{total:.2f}", ""])
    assert abs(total - (1_104_000 + 1_246_500 + 907_500 + 200_000 + 936_000 + 436_000 + 500_000)) < 0.01


# ---------------------------------------------------------------------------
# File 4: Russian csv cp1251: Общая стоимость, USD | Курс НБУ | Эквивалент, грн | 2021 USD | 2021 грн
# ---------------------------------------------------------------------------
def ru_num(x, dec=2):
    s = f"{x:,.{dec}f}".replace(",", " ").replace(".", ",")
    return s


def file4(raw):
    rows = [
        # title, donor, recipient, period, start, end, status text, status, usd, rate, usd2021, uah_only, uah2021_only,
        # partner, prio, note
        (
            "Подготовка подразделений Национальной гвардии к охране важных государственных объектов",
            "Посольство США (INL)",
            "НГУ",
            "01.01.2021 – 31.12.2022",
            "реализуется",
            "funded",
            1_500_000,
            27.9277,
            700_000,
            None,
            None,
            "USA",
            "OTHER",
            "",
        ),
        (
            "Оснащение пиротехнических подразделений ГСЧС для гуманитарного разминирования",
            "Правительство Японии (через ПРООН)",
            "ГСЧС",
            "01.03.2021 – 28.02.2022",
            "подписан",
            "funded",
            2_300_000,
            27.9277,
            1_900_000,
            None,
            None,
            "Japan",
            "OTHER",
            "",
        ),
        (
            "Профилактика COVID-19 в подразделениях ГСЧС",
            "ЮНИСЕФ (собственные средства)",
            "ГСЧС",
            "ноябрь 2020 – апрель 2021",
            "реализуется",
            "funded",
            180_000,
            28.2931,
            120_000,
            None,
            None,
            "UNICEF",
            "COVID19",
            "курс на дату подписания",
        ),
        (
            "Лаборатория экспертной службы МВД для противодействия наркопреступности",
            "INL",
            "МВД (ГНИЭКЦ)",
            "2022 – 2023",
            "планируется",
            "pipeline",
            850_000,
            None,
            0,
            None,
            None,
            "INL",
            "DRUGS",
            "эквивалент будет рассчитан после подписания",
        ),
        (
            "Ремонт изолятора временного содержания в г. Мариуполь",
            "Совет Европы",
            "НПУ",
            "01.04.2021 – 31.10.2021",
            "подписан",
            "funded",
            None,
            None,
            None,
            1_400_000.00,
            1_400_000.00,
            "Council of Europe",
            "CUSTODY",
            "договор заключён в гривне",
        ),
        (
            "Электронная система учёта задержанных (Custody Records) в ГУНП в Харьковской области",
            "Дания (через ПРООН)",
            "НПУ",
            "01.07.2020 – 30.06.2022",
            "реализуется",
            "funded",
            600_000,
            27.3000,
            250_000,
            None,
            None,
            "Denmark",
            "CUSTODY",
            "курс на дату подписания",
        ),
        (
            "Закупка бронированных автомобилей для Национальной гвардии",
            "Посольство США",
            "НГУ",
            "2022 – 2023",
            "отменён",
            "cancelled",
            400_000,
            None,
            0,
            None,
            None,
            "USA",
            "OTHER",
            "отменён донором в феврале 2021",
        ),
    ]
    path = os.path.join(raw, "НГУ_ДСНС_проекты_МТП_2021.csv")
    with open(path, "w", encoding="cp1251", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["Перечень проектов международной технической помощи (МВД, НГУ, ГСЧС)"])
        w.writerow(["по состоянию на 15.03.2021"])
        w.writerow([])
        w.writerow(
            [
                "№",
                "Наименование проекта",
                "Донор",
                "Получатель",
                "Срок реализации",
                "Статус",
                "Общая стоимость, USD",
                "Курс НБУ (грн за 1 USD)",
                "Эквивалент, грн",
                "в т.ч. 2021 г., USD",
                "в т.ч. 2021 г., грн (экв.)",
                "Примечание",
            ]
        )
        for i, (t, donor, rec, per, s_txt, st, usd, rate, u21, uah, uah21, partner, prio, note) in enumerate(
            rows, 1
        ):
            if usd is not None:
                eq = round(usd * rate, 2) if rate else None
                eq21 = round(u21 * rate, 2) if rate else None
                w.writerow(
                    [
                        i,
                        t,
                        donor,
                        rec,
                        per,
                        s_txt,
                        ru_num(usd),
                        ru_num(rate, 4) if rate else "",
                        ru_num(eq) if eq is not None else "",
                        ru_num(u21, 2),
                        ru_num(eq21) if eq21 is not None else "",
                        note,
                    ]
                )
                exp(t, partner, prio, st, "USD", u21)
            else:
                w.writerow([i, t, donor, rec, per, s_txt, "—", "—", ru_num(uah), "—", ru_num(uah21), note])
                exp(t, partner, prio, st, "UAH", uah21)
        w.writerow([])
        w.writerow(["", "Исполнитель: отдел международного сотрудничества ДОП МВД, тел. (044) 256-00-00"])


# ---------------------------------------------------------------------------
# File 5: НПУ, equivalent column first: Еквівалент, грн | Сума, USD; UAH-only rows; UAH total
# ---------------------------------------------------------------------------
def file5(raw):
    rate = 27.9277
    rows = [
        # title, donor, impl, period, start, end, status text, status, usd, uah_only, partner, prio, note
        (
            "Поліцейський офіцер громади: поширення моделі у Донецькій та Луганській областях",
            "Державний департамент США (INL)",
            "Міжнародні консультанти INL",
            "березень 2021 – лютий 2023",
            date(2021, 3, 1),
            date(2023, 2, 28),
            "реалізується",
            "funded",
            2_000_000,
            None,
            "USA",
            "COMMUNITY_POLICING",
            "",
        ),
        (
            "Протидія домашньому насильству: мобільні групи поліції у Херсонській області",
            "Структура ООН Жінки (власні кошти)",
            "ООН Жінки",
            "01.07.2020 – 30.06.2022",
            date(2020, 7, 1),
            date(2022, 6, 30),
            "реалізується",
            "funded",
            350_000,
            None,
            "UN Women",
            "DOMESTIC_VIOLENCE",
            "",
        ),
        (
            "Обладнання ізоляторів тимчасового тримання Київської області",
            "Посольство Королівства Нідерландів (програма MATRA)",
            "ГО «Центр прав людини»",
            "квітень 2021 – березень 2022",
            date(2021, 4, 1),
            date(2022, 3, 31),
            "підписано",
            "funded",
            None,
            3_150_000.00,
            "Netherlands",
            "CUSTODY",
            "угоду укладено в гривні, суму в доларах не визначено",
        ),
        (
            "Протидія наркозлочинності в мережі Інтернет (даркнет-ринки)",
            "Посольство США в Україні",
            "—",
            "01.10.2020 – 30.09.2022",
            date(2020, 10, 1),
            date(2022, 9, 30),
            "реалізується",
            "funded",
            780_000,
            None,
            "USA",
            "DRUGS",
            "",
        ),
        (
            "Посилення спроможності підрозділів протидії торгівлі людьми НПУ",
            "Посольство США (Офіс J/TIP)",
            "МОМ",
            "15.01.2021 – 14.07.2022",
            date(2021, 1, 15),
            date(2022, 7, 14),
            "реалізується",
            "funded",
            640_000,
            None,
            "USA",
            "TRAFFICKING",
            "",
        ),
        (
            "Інформаційна кампанія «Поліція поруч» у громадах Луганської області",
            "ПРООН (власні ресурси)",
            "ПРООН",
            "01.02.2021 – 31.10.2021",
            date(2021, 2, 1),
            date(2021, 10, 31),
            "реалізується",
            "funded",
            None,
            980_000.00,
            "UNDP",
            "COMMUNITY_POLICING",
            "грант у гривні",
        ),
        (
            "Цифрова платформа обліку звернень громадян до поліції",
            "Світовий банк",
            "—",
            "2022 – 2023",
            date(2022, 1, 1),
            date(2023, 12, 31),
            "планується",
            "pipeline",
            1_200_000,
            None,
            "World Bank",
            "OTHER",
            "еквівалент буде визначено після підписання",
        ),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Проєкти"
    ws["A1"] = (
        "Інформація щодо проєктів міжнародної технічної допомоги, бенефіціаром яких є Національна поліція України"
    )
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A1:I1")
    ws["A2"] = "(до засідання секторальної робочої групи «Правоохоронна діяльність», 2021 рік)"
    ws.merge_cells("A2:I2")
    hdr = [
        "№",
        "Назва проєкту",
        "Донор",
        "Виконавець",
        "Період реалізації",
        "Стан",
        "Еквівалент, грн",
        "Сума, USD",
        "Примітка",
    ]
    for c, h in enumerate(hdr, 1):
        ws.cell(row=4, column=c, value=h)
    style_header(ws, 4, len(hdr))
    r = 5
    total = 0.0
    for i, (t, donor, impl, per, s, e, st_txt, st, usd, uah_only, partner, prio, note) in enumerate(rows, 1):
        ws.cell(row=r, column=1, value=i)
        ws.cell(row=r, column=2, value=t)
        ws.cell(row=r, column=3, value=donor)
        ws.cell(row=r, column=4, value=impl)
        ws.cell(row=r, column=5, value=per)
        ws.cell(row=r, column=6, value=st_txt)
        if usd is not None:
            ws.cell(row=r, column=8, value=usd).number_format = "#,##0"
            if st == "pipeline":
                ws.cell(row=r, column=7, value=None)
            else:
                eq = round(usd * rate, 2)
                ws.cell(row=r, column=7, value=eq).number_format = "#,##0.00"
                total += eq
            exp(t, partner, prio, st, "USD", spread(usd, s, e))
        else:
            ws.cell(row=r, column=7, value=uah_only).number_format = "#,##0.00"
            ws.cell(row=r, column=8, value=None)
            total += uah_only
            exp(t, partner, prio, st, "UAH", spread(uah_only, s, e))
        ws.cell(row=r, column=9, value=note)
        r += 1
    style_body(ws, 5, r - 1, len(hdr))
    ws.cell(row=r, column=2, value="Усього, грн").font = Font(bold=True)
    ws.cell(row=r, column=7, value=round(total, 2)).number_format = "#,##0.00"
    ws.cell(row=r, column=7).font = Font(bold=True)
    for c in range(1, len(hdr) + 1):
        ws.cell(row=r, column=c).border = BORDER
        ws.cell(row=r, column=c).fill = TOTAL_FILL
    assert (
        abs(
            total
            - (
                round(2_000_000 * rate, 2)
                + round(350_000 * rate, 2)
                + 3_150_000
                + round(780_000 * rate, 2)
                + round(640_000 * rate, 2)
                + 980_000
            )
        )
        < 0.01
    )
    ws.cell(
        row=r + 2,
        column=2,
        value="Еквівалент розраховано за офіційним курсом НБУ на 01.03.2021: 27,9277 грн за 1 дол. США.",
    )
    ws.freeze_panes = "C5"
    widths(ws, [5, 56, 30, 24, 26, 16, 18, 14, 34])
    wb.save(os.path.join(raw, "НПУ_проєкти_МТД_2021.xlsx"))


# ---------------------------------------------------------------------------
# File 6: UNDP, header "Budget, USD" but some rows in EUR with USD equivalent beside
# ---------------------------------------------------------------------------
def file6(raw):
    fx = 1.21  # UN operational rate, USD per EUR
    rows = [
        # title, donor, partner inst, duration, start, end, status text, status, kind, amount, partner, prio, comment
        (
            "Human Security in Eastern Ukraine: police–community dialogue and safety audits",
            "Sweden (Sida)",
            "NPU",
            "Jan 2021 – Dec 2023",
            date(2021, 1, 1),
            date(2023, 12, 31),
            "Ongoing",
            "funded",
            "usd",
            1_900_000,
            "Sweden",
            "COMMUNITY_POLICING",
            "",
        ),
        (
            "Strengthening the State Emergency Service response capacity in Donetsk and Luhansk oblasts",
            "European Union",
            "DSNS",
            "Jan 2020 – Dec 2022",
            date(2020, 1, 1),
            date(2022, 12, 31),
            "Ongoing",
            "funded",
            "eur_text",
            2_500_000,
            "EU",
            "OTHER",
            "EU contribution agreement signed in EUR",
        ),
        (
            "Integrated border management analytics for the Ministry of Internal Affairs",
            "Netherlands (MFA)",
            "MIA; SBGS",
            "Apr 2021 – Mar 2022",
            date(2021, 4, 1),
            date(2022, 3, 31),
            "Signed",
            "funded",
            "eur_fmt",
            800_000,
            "Netherlands",
            "BORDER_SECURITY",
            "Contribution in EUR",
        ),
        (
            "Gender-responsive policing and response to domestic violence in Kherson and Mykolaiv oblasts",
            "Japan",
            "NPU",
            "15 Mar 2021 – 14 Mar 2022",
            date(2021, 3, 15),
            date(2022, 3, 14),
            "Signed",
            "funded",
            "usd",
            1_100_000,
            "Japan",
            "DOMESTIC_VIOLENCE",
            "Japanese Supplementary Budget",
        ),
        (
            "Electronic custody records in police temporary detention facilities of Kyiv oblast",
            "Denmark (Peace and Stabilisation Programme)",
            "NPU",
            "Jan 2021 – Dec 2021",
            date(2021, 1, 1),
            date(2021, 12, 31),
            "Ongoing",
            "funded",
            "usd",
            150_000,
            "Denmark",
            "CUSTODY",
            "",
        ),
        (
            "Countering illicit drug trafficking through the port of Odesa",
            "Germany (Federal Foreign Office)",
            "NPU; State Customs Service",
            "Jul 2020 – Jun 2021",
            date(2020, 7, 1),
            date(2021, 6, 30),
            "Ongoing",
            "funded",
            "eur_text",
            600_000,
            "Germany",
            "DRUGS",
            "German contribution in EUR",
        ),
        (
            "COVID-19 response in temporary accommodation centres of the State Migration Service",
            "UNDP (TRAC core resources)",
            "SMS",
            "Jun 2020 – May 2021",
            date(2020, 6, 1),
            date(2021, 5, 31),
            "Ongoing",
            "funded",
            "usd",
            250_000,
            "UNDP",
            "COVID19",
            "",
        ),
        (
            "Feasibility study for a new border crossing point at Novi Yarylovychi",
            "European Union",
            "SBGS",
            "2022",
            date(2022, 1, 1),
            date(2022, 12, 31),
            "Pipeline",
            "pipeline",
            "eur_text",
            300_000,
            "EU",
            "BORDER_CROSSING",
            "Concept note under review",
        ),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Portfolio"
    ws["A1"] = (
        "UNDP Ukraine — Rule of Law and Human Security portfolio: projects with MIA-system beneficiaries"
    )
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:J1")
    ws["A2"] = "As of 1 March 2021"
    hdr = [
        "#",
        "Project",
        "Donor",
        "National partner",
        "Duration",
        "Status",
        "Budget, USD",
        "USD equivalent*",
        "Comments",
        "Atlas award ID",
    ]
    for c, h in enumerate(hdr, 1):
        ws.cell(row=4, column=c, value=h)
    style_header(ws, 4, len(hdr))
    r = 5
    total = 0.0
    for i, (t, donor, inst, dur, s, e, st_txt, st, kind, amt, partner, prio, com) in enumerate(rows, 1):
        ws.cell(row=r, column=1, value=i)
        ws.cell(row=r, column=2, value=t)
        ws.cell(row=r, column=3, value=donor)
        ws.cell(row=r, column=4, value=inst)
        ws.cell(row=r, column=5, value=dur)
        ws.cell(row=r, column=6, value=st_txt)
        if kind == "usd":
            ws.cell(row=r, column=7, value=amt).number_format = "#,##0"
            total += amt
            exp(t, partner, prio, st, "USD", spread(amt, s, e))
        else:
            usd_eq = round(amt * fx, 2)
            if kind == "eur_text":
                c = ws.cell(row=r, column=7, value=f"EUR {amt:,}")
                c.alignment = Alignment(horizontal="right")
            else:
                ws.cell(row=r, column=7, value=amt).number_format = '"€"#,##0'
            ws.cell(row=r, column=8, value=usd_eq).number_format = "#,##0"
            total += usd_eq
            exp(t, partner, prio, st, "EUR", spread(amt, s, e))
        ws.cell(row=r, column=9, value=com)
        ws.cell(row=r, column=10, value=f"00{118000 + 37 * i}")
        r += 1
    style_body(ws, 5, r - 1, len(hdr))
    for rr in range(5, r):
        if isinstance(ws.cell(row=rr, column=7).value, str):
            ws.cell(row=rr, column=7).alignment = Alignment(horizontal="right", vertical="top")
    ws.cell(row=r, column=2, value="TOTAL, USD").font = Font(bold=True)
    ws.cell(row=r, column=8, value=round(total, 2)).number_format = "#,##0"
    ws.cell(row=r, column=8).font = Font(bold=True)
    for c in range(1, len(hdr) + 1):
        ws.cell(row=r, column=c).border = BORDER
        ws.cell(row=r, column=c).fill = TOTAL_FILL
    assert abs(total - 8_482_000) < 0.01
    ws.cell(
        row=r + 2,
        column=2,
        value="* Only for contributions not denominated in USD: USD equivalent at the UN "
        "operational rate of exchange of 1 February 2021 (1 EUR = 1.21 USD). "
        "The total is in USD (USD budgets plus USD equivalents).",
    )
    ws.column_dimensions["J"].hidden = True
    ws.freeze_panes = "C5"
    widths(ws, [4, 60, 30, 20, 22, 12, 15, 15, 32, 12])
    wb.save(os.path.join(raw, "UNDP_RoL_HumanSecurity_portfolio_2021.xlsx"))


# ---------------------------------------------------------------------------
# File 7: OSCE extrabudgetary, co-funded projects, each pledge in its currency + EUR equivalent
# ---------------------------------------------------------------------------
def file7(raw):
    rate = {
        "USD": 1.21,
        "CAD": 1.53,
        "NOK": 10.25,
        "CHF": 1.09,
        "DKK": 7.437,
        "GBP": 0.866,
        "SEK": 10.14,
        "PLN": 4.54,
        "JPY": 128.0,
        "EUR": 1.0,
    }
    projects = [
        (
            "2200931",
            "Enhancing the capacity of the National Police to counter trafficking in human beings online",
            "National Police",
            "01.02.2021 – 31.01.2023",
            date(2021, 2, 1),
            date(2023, 1, 31),
            "Ongoing",
            "funded",
            "TRAFFICKING",
            [
                ("United States of America", "USA", 300_000, "USD"),
                ("Canada", "Canada", 200_000, "CAD"),
                ("Germany", "Germany", 150_000, "EUR"),
            ],
        ),
        (
            "2200947",
            "Support to the State Border Guard Service in detecting forged travel documents",
            "SBGS",
            "01.06.2021 – 31.05.2022",
            date(2021, 6, 1),
            date(2022, 5, 31),
            "Signed",
            "funded",
            "BORDER_SECURITY",
            [
                ("Norway", "Norway", 1_500_000, "NOK"),
                ("Switzerland", "Switzerland", 120_000, "CHF"),
                ("Denmark", "Denmark", 750_000, "DKK"),
            ],
        ),
        (
            "2200902",
            "Strengthening the police response to domestic and gender-based violence",
            "National Police",
            "01.01.2021 – 31.12.2021",
            date(2021, 1, 1),
            date(2021, 12, 31),
            "Ongoing",
            "funded",
            "DOMESTIC_VIOLENCE",
            [
                ("OSCE Unified Budget", "OSCE", 90_000, "EUR"),
                ("United Kingdom", "UK", 180_000, "GBP"),
                ("Sweden", "Sweden", 1_000_000, "SEK"),
            ],
        ),
        (
            "2200960",
            "Dialogue policing and community safety in Donbas hromadas",
            "National Police",
            "01.01.2022 – 31.12.2023",
            date(2022, 1, 1),
            date(2023, 12, 31),
            "Pending donor confirmation",
            "pipeline",
            "COMMUNITY_POLICING",
            [("Poland", "Poland", 400_000, "PLN"), ("Lithuania", "Lithuania", 50_000, "EUR")],
        ),
        (
            "2200888",
            "Mine risk education and explosive ordnance disposal training for the State Emergency Service",
            "DSNS",
            "01.09.2020 – 31.08.2021",
            date(2020, 9, 1),
            date(2021, 8, 31),
            "Ongoing",
            "funded",
            "OTHER",
            [("Japan", "Japan", 25_000_000, "JPY")],
        ),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "ExB projects"
    ws["A1"] = "OSCE Project Co-ordinator in Ukraine — extra-budgetary projects with MIA-system beneficiaries"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:K1")
    ws["A2"] = (
        "Pledges by donor, in the currency of the contribution agreement; EUR equivalent at the UN "
        "operational rate of exchange (February 2021)."
    )
    ws.merge_cells("A2:K2")
    hdr = [
        "Project No.",
        "Project title",
        "Beneficiary",
        "Duration",
        "Status",
        "Donor",
        "Contribution (original currency)",
        "Currency",
        "Rate (units per 1 EUR)",
        "EUR equivalent",
        "Remarks",
    ]
    for c, h in enumerate(hdr, 1):
        ws.cell(row=4, column=c, value=h)
    style_header(ws, 4, len(hdr))
    r = 5
    total = 0.0
    for no, t, ben, dur, s, e, st_txt, st, prio, donors in projects:
        r0 = r
        ws.cell(row=r, column=1, value=no)
        ws.cell(row=r, column=2, value=f"{t}\nExB project {no}")
        ws.cell(row=r, column=3, value=ben)
        ws.cell(row=r, column=4, value=dur)
        ws.cell(row=r, column=5, value=st_txt)
        for dname, partner, amt, cur in donors:
            ws.cell(row=r, column=6, value=dname)
            ws.cell(row=r, column=7, value=amt).number_format = "#,##0"
            ws.cell(row=r, column=8, value=cur)
            ws.cell(row=r, column=9, value=rate[cur]).number_format = "0.000"
            eq = round(amt / rate[cur])
            ws.cell(row=r, column=10, value=eq).number_format = "#,##0"
            total += eq
            if partner == "OSCE":
                ws.cell(row=r, column=11, value="OSCE own resources")
            exp(t, partner, prio, st, cur, spread(amt, s, e))
            r += 1
        if r - r0 > 1:
            for c in (1, 2, 3, 4, 5):
                ws.merge_cells(start_row=r0, start_column=c, end_row=r - 1, end_column=c)
    style_body(ws, 5, r - 1, len(hdr))
    ws.cell(row=r, column=2, value="Total pledged (EUR equivalent)").font = Font(bold=True)
    ws.cell(row=r, column=10, value=total).number_format = "#,##0"
    ws.cell(row=r, column=10).font = Font(bold=True)
    for c in range(1, len(hdr) + 1):
        ws.cell(row=r, column=c).border = BORDER
        ws.cell(row=r, column=c).fill = TOTAL_FILL
    ws.freeze_panes = "C5"
    widths(ws, [11, 54, 16, 24, 16, 24, 16, 10, 12, 14, 20])
    wb.save(os.path.join(raw, "OSCE_PCU_extrabudgetary_LEA_2021.xlsx"))
    return total


def main(out):
    raw = os.path.join(out, "raw")
    os.makedirs(raw, exist_ok=True)
    file1(raw)
    file2(raw)
    file3(raw)
    file4(raw)
    file5(raw)
    file6(raw)
    file7(raw)
    titles = [x[0] for x in EXP]
    # co-funded projects repeat their title once per partner; the set of distinct titles must equal the projects
    assert len(TITLES) == 50, len(TITLES)
    assert len(EXP) == 57, len(EXP)
    with open(os.path.join(out, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["title", "partner", "priority", "status", "currency", "amount_2021"])
        for row in EXP:
            w.writerow(list(row[:5]) + [f"{row[5]:.2f}"])
    return titles


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "out")
