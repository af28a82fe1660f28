#!/usr/bin/env python
# ruff: noqa: UP031, B007, B905 - a blind tester's generator, kept as written (its formatting aside)
"""Blind test set "ar" -- files exported from systems, not typed by hand.

Usage:  python set_ar.py OUT_DIR   -> OUT_DIR/raw/<7 files>, OUT_DIR/expected.csv

Seven partner files, 47 projects, 49 expected lines (two projects are co-funded, each
in two currencies). Every file is what a donor's or agency's project, finance or
IATI system exports, forwarded unchanged. The projects are in long format (project x year,
or x budget line / output / component), in transaction ledgers, and in wide exports with
lookup codes. Every day-spread figure is computed with datetime.date (days_in_2021 below),
and the script asserts every total or row count that a file states.

Rule used for transaction exports (files 3 and 6): the 2021 money is the donor's
COMMITMENT for 2021, summed when there are several (top-ups, amendments, negative
reversals). Disbursements, incoming funds, expenditures and the implementer's own outgoing
purchase orders are cash flows or spending to date. They are not the 2021 allocation. When
the only commitment is one overall commitment for the whole period (no per-year
commitments), that total is spread by days over the activity period, as COMMON.md says.

-------------------------------------------------------------------------------------------
1. OPSYS_EUD-UA_commitments_by_budget_year_LEA_2021-02-15T091244.xlsx   (EU, EUR, 7 projects)
   Sheet "Export". It has a 3-line metadata block (Report generated / Filter: Country = Ukraine;
   DAC sector IN (...) / Amounts ...), a header of machine names (action_ref, proj_title_en,
   status_cd, start_dt, budget_yr, commit_type, eu_contrib_eur, ...), then a row of FIELD
   DESCRIPTIONS (not data), then 21 data rows in LONG format: one row per project x budget year x
   commitment. The project's descriptive cells are filled ONLY on its first row. Continuation
   rows carry only budget_yr / commit_type / eu_contrib_eur. The table ends with
   "Total rows: 21". Dates are ISO text "2020-09-01T00:00:00". status_cd resolves through the
   sheet LKP_STATUS (CTR/CLS -> funded, IDN/FRM -> pipeline, CNL -> cancelled). commit_type
   resolves through LKP_COMMIT_TYPE (INI initial, ADD addendum top-up, DEC de-commitment, which
   is negative). A hidden sheet holds the SQL of the query.
   - EU4IBM East thermal towers: 2021 = INI 1 000 000 + ADD 350 000 = 1 350 000 (two 2021 rows).
     is_multi_country = TRUE: the amounts are the Ukraine allocation (says the description row).
   - Police Community Liaison Offices: the year rows are out of order (2020, 2022, 2021) -> 420 000.
   - Return Case Management (FRM = pipeline): rows 2022 and 2023 only -> 0.
   - DV victim support units: rows 2019/2020/2021 -> 150 000.
   - Synthetic drug interdiction (CNL = cancelled): 2021 row 300 000 -> 300 000, cancelled.
   - COVID-19 PPE for SES (CLS = closed -> funded): 2021 row 95 000.50.
   - Custody safeguards video recording: 2021 = INI 250 000 + DEC -30 000 = 220 000.
   Wrong readings: the description row taken as a project; continuation rows turned into
   projects with no title; only the first 2021 row used (1 000 000 / 250 000); all years summed
   (2 900 000); "Total rows: 21" taken as a project; the status codes left unresolved.

2. UNDP_UKR10_PRJ_BUD_BY_OUTPUT_DONOR_20210217.csv   (UNDP Quantum budget export, 6 projects / 7 lines)
   Every row also carries IATI_ACTIVITY_ID = "XM-DAC-41114-PROJECT-" + PROJECT_ID.
   The file is UTF-8 with BOM, every field quoted, CRLF. It is LONG: one row per project x output
   x donor x budget year x budget type (ORIGINAL / REVISION), with the descriptive cells repeated
   on every row. Rows are sorted by output, then donor, then year, so a project's 2021 rows are
   not adjacent. The currency is TXN_CCY (letters) beside TXN_CCY_NUM (ISO 4217 numeric). On the
   UNDP TRAC rows the letters are blank and only "840" is given -> USD. 2021 = the sum of all
   BUDGET_YEAR = 2021 rows for that donor, revisions included (negative revisions too).
   - Hromada Safety Councils: co-funded. Denmark (USD) 120 000 + 80 000 = 200 000, and EU (EUR,
     978) 350 000 + 150 000 = 500 000. Two lines, each in its own currency, never summed.
   - Electronic Custody Records THFs: Netherlands, 90 000 - 10 000 + 45 000 + 15 000 = 140 000.
   - SES Emergency Dispatch Mariupol: donor "UNDP", fund 04000 TRAC (UNDP's own core
     resources) -> partner UNDP, USD from "840" -> 75 000 + 25 000 = 100 000.
   - COVID-19 SMS accommodation centres: Japan, 2021 row 60 000.
   - DV investigation training: PIPELINE -> pipeline, 110 000 + 40 000 = 150 000.
   - National Guard public order (OPERATIONALLY CLOSED, 2019-2020 rows only) -> Canada, 0.
   Wrong readings: UNDP as partner everywhere; the EU EUR rows added to the Denmark USD rows;
   only the ORIGINAL rows (150 000 for the custody project); one output only.

3. iati_transactions_UA_sector_151xx_20210216.csv   (IATI/d-portal transaction export, 7 projects)
   One row per TRANSACTION, with the activity columns repeated. transaction-type/@code: 1 incoming
   funds, 2 outgoing commitment, 3 disbursement, 4 expenditure, 11 incoming commitment.
   value/@currency is BLANK when the transaction is in the activity's default-currency (the IATI
   rule). The funder is participating-org[@role='1'], not the reporting or implementing org.
   activity-status/@code 2 = implementation (funded), 5 = cancelled.
   - Asset Tracing (UK/FCDO, GBP from default-currency): commitment "calendar year 2021
     allocation" 450 000 (disbursement 120 000 and expenditure 98 250.40 are not it) -> 450 000.
   - Gender-Responsive Policing Kharkiv (Canada, CAD): one overall commitment of 1 500 000 for
     2020-06-01..2023-05-31, with no per-year commitment -> spread 365/1095 -> 500 000.
   - Biometric Document Verification SMS (Netherlands, EUR): commitment "for 2021" is dated
     2020-12-15 -> 300 000. The 2020 commitment, dated 2019-12-16, is 250 000. The year is the
     one the commitment is for, not its posting date.
   - Victims of Trafficking at western BCPs (Norway, NOK; reporting org Norway MFA, IOM
     implements): 2021 commitment 2 000 000 + amendment 500 000 = 2 500 000.
   - Krakivets pre-screening (reporting org IOM, funder Japan): default-currency USD, but the
     transactions are explicitly JPY. The incoming commitment (type 11) from Japan is JPY 84 000 000
     for an activity lying wholly inside 2021. IOM's outgoing commitment to a supplier (type 2, a
     purchase order of JPY 31 500 000) is spending, not the donor's money -> JPY 84 000 000, partner
     Japan.
   - Community Policing Academies Volyn/Rivne (Sweden, SEK): 2021 commitment 4 000 000.
   - Humanitarian Demining SES (Switzerland, CHF, status 5): commitment for 2021 of 600 000,
     then a reversal of -600 000 -> net 0, cancelled.
   Wrong readings: disbursements or expenditures taken as the 2021 money; everything summed;
   IOM or the reporting org as partner; the currency left blank, or USD for the Japan activity.

4. SCO_Ukraine_biudzhet_proektiv_za_komponentamy_2021-02-12.txt   (Ukrainian, Switzerland, 6 projects)
   The file is Excel "Unicode text": UTF-16 LE with BOM, TAB-delimited, CRLF, with decimal commas
   ("180000,00"). It has a 4-line metadata block. "Валюта звіту: CHF" — curr_cd is filled only for
   other currencies. Then a header of machine names, a row of DATA TYPES (VARCHAR(12), DATETIME,
   DECIMAL(15,2) ...) and LONG rows of project x component x year with the descriptive cells
   repeated. After the data comes a legend of the status codes (10 концепція -> pipeline,
   20 затверджено / 30 у реалізації / 40 завершено -> funded, 90 скасовано -> cancelled) and
   "Усього рядків: 14". Booleans reiestr_mtd are 1/0 (not used).
   - Мобільні групи ... Житомирській: 180 000 + 70 000 = 250 000 CHF.
   - Порубне BCP: 450 000 + 125 000,50 = 575 000.50 CHF.
   - Custody records Odesa (implementer Council of Europe, donor still Switzerland): curr_cd EUR
     -> EUR 200 000.
   - ДМС identification (status 10 -> pipeline): 60 000 CHF.
   - COVID-19 НГУ (40 completed): 2021 row 30 000.
   - Закарпаття trafficking network (90 cancelled): 100 000 + 50 000 = 150 000, cancelled.
   Wrong readings: the type row taken as data; decimal commas misread (12500050); the currency
   left blank or taken as EUR for all; the Council of Europe as partner; the legend or count
   line taken as projects.

5. IOM_PRISM_vygruzka_proekty_MVD_UA_2021-02-18.xlsx   (Russian, IOM PRISM export, 7 projects)
   Sheet "Данные": a metadata block, a header of machine names, a DATA-TYPE row, 7 rows (one per
   project), and "Итого строк: 7". The codes resolve through lookup sheets in the same workbook:
   donor_cd -> СПР_доноры, status_cd -> СПР_статусы, curr_num (ISO 4217 numeric ONLY) ->
   СПР_валюты. start_ts/end_ts are ISO text "2020-01-01T00:00:00"; end_ts is sometimes a real
   datetime. annual_split is a boolean (TRUE/FALSE). When FALSE, budget_2021 is blank and the
   total is spread by days. iom_impl_flag is 1/0. A hidden GUID column and a hidden
   "Параметры_запроса" sheet are present.
   - Реинтеграция ... ГМС: D014 EU, 978 EUR, split TRUE -> 650 000.
   - Горячая линия ... торговли людьми: D001 = US State Department (PRM) -> USA, 840 USD, split
     FALSE, 900 000 over 2020-10-01..2022-09-30 -> 365/730 -> 450 000.
   - Аэропорты Борисполь/Львов: D022 Japan, 392 JPY, split TRUE -> 90 000 000.
   - COVID-19 мобильные группы ГПСУ: D031 = IOM Development Fund (own resources) -> IOM, USD,
     split FALSE, 200 000 over 2020-08-01..2021-01-31 -> 31/184 -> 33 695.65.
   - Приграничные громады Черновицкой (NG = pipeline): D045 Netherlands, EUR, split FALSE,
     750 000 over 2021-07-01..2023-06-30 -> 184/730 -> 189 041.10.
   - Белгород-Днестровский отряд: D052 UK (FCDO), 826 GBP, split TRUE -> 400 000.
   - Домашнее насилие ... мигрантов (CN = cancelled): D060 USAID, USD, split FALSE, 250 000 over
     the whole of 2021 -> 250 000, cancelled.
   Wrong readings: the currency "978"/"826" or all USD; IOM as partner on every line; donor
   codes unresolved; budget_2021 blank read as 0; the type row taken as a project.

6. ICMPD_NAV_Project_Ledger_Entries_UA_2021-02-19.xlsx   (English, ICMPD ledger, 7 projects)
   Sheet "Project Ledger Entries": a metadata block ("LCY Code: EUR. Currency Code is blank for
   entries in LCY"), then one row per LEDGER ENTRY sorted by Entry No. The projects are
   INTERLEAVED. Entry Type COMM / DISB / EXP is explained on sheet "Entry Types". Budget Year is
   the year an entry is for; Posting Date is an ISO timestamp ("2020-12-14 00:00:00"). The table
   ends with "Total rows: 31". Funding Source codes resolve through "Funding Sources". Project
   status and dates are on "Projects" (Open/Completed -> funded, Cancelled -> cancelled).
   2021 = the sum of COMM entries with Budget Year 2021.
   - Joint Irregular Migration Risk Analysis Unit: EC-NEAR -> EU, EUR (blank), COMM BY2021 posted
     2020-12-14 -> 550 000. DISB 275 000 is not it.
   - Trafficking Ukraine–Moldova border: DK-MFA -> Denmark, DKK, 1 200 000 + Amendment 300 000 =
     1 500 000.
   - Passenger Flow Uzhhorod BCP: CH-SEM -> Switzerland, CHF 350 000.
   - Joint Patrol Coordination Moldovan Border Police: DE-BMI -> Germany, EUR 220 000.
   - Drug Smuggling in Rail and Postal Traffic: PL-MSWIA -> Poland, PLN 800 000.
   - Migration Policy Dialogue Strategy: ICMPD-OWN (ICMPD's own resources) -> ICMPD, EUR 45 000.
   - SMS Accommodation Centre Mykolaiv: Cancelled, COMM BY2021 260 000 (not reversed) -> 260 000,
     cancelled.
   Wrong readings: DISB/EXP summed in; one project per entry row; EUR given to DKK/CHF/PLN;
   ICMPD as partner everywhere; the posting year (2020) used instead of Budget Year.

7. PolishAid_LT_proiekty_MVS_eksport_2021-02-16.csv   (Ukrainian, Poland + Lithuania, 7 projects / 8 lines)
   UTF-8 with BOM, ';', every field quoted, CRLF, decimal commas. It has a metadata block
   ("Валюта за замовчуванням: PLN (поле waluta порожнє = PLN)"), a header of machine names, a
   DATA-TYPE row, data rows (one per project x donor), a status legend (R реалізується / Z
   завершено -> funded, P планується -> pipeline, A анульовано -> cancelled) and "Усього рядків: 8".
   rozbyvka_za_rokamy 1/0: 1 -> suma_2021 is the 2021 money; 0 -> the years are blank and
   biudzhet_zagalnyi is spread by days. spivfinansuvannia is TRUE/FALSE.
   - Кінологи / наркотики: PL, waluta blank -> PLN 400 000.
   - Слідчі / торгівля людьми: rozbyvka 0, 600 000 over 2021-03-01..2022-02-28 -> 306/365 ->
     503 013.70 PLN.
   - Білорусь risk analysis: LT, EUR 150 000.
   - Рава-Руська: co-funded, two rows (spivfinansuvannia TRUE). PL row, waluta blank -> PLN
     1 200 000; LT row EUR 100 000.
   - Поліцейські станції Волинь (P = pipeline): PLN 250 000.
   - Паводки ДСНС (A = cancelled): rozbyvka 0, 300 000 over 2021-05-01..2021-10-31 -> 300 000.
   - COVID-19 ДМС (Z, LT, EUR): rozbyvka 0, 60 000 over 2020-11-01..2021-01-31 -> 31/92 -> 20 217.39.
   Wrong readings: EUR or a blank currency for the Polish rows; the type row or the count/legend
   lines taken as projects; the co-funded project merged across currencies.
"""

import csv
import os
import sys
from datetime import date, datetime

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

# ---------------------------------------------------------------- helpers
Y0, Y1 = date(2021, 1, 1), date(2021, 12, 31)


def days_in_2021(start, end):
    a, b = max(start, Y0), min(end, Y1)
    return max(0, (b - a).days + 1)


def spread(total, start, end):
    return total * days_in_2021(start, end) / ((end - start).days + 1)


def D(s):
    return datetime.strptime(s[:10], "%Y-%m-%d").date()


EXPECTED = []


def exp(title, partner, priority, status, currency, amount):
    EXPECTED.append(
        dict(
            title=title,
            partner=partner,
            priority=priority,
            status=status,
            currency=currency,
            amount_2021=round(amount + 0.0, 2),
        )
    )


BOLD = Font(bold=True)
GREY = PatternFill("solid", fgColor="D9D9D9")
BLUE = PatternFill("solid", fgColor="DDEBF7")


def autowidth(ws, widths):
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w


def dec_comma(x):
    return (f"{x:.2f}").replace(".", ",")


# ================================================================ FILE 1: EU OPSYS long format
def file1(raw):
    status_map = {
        "IDN": "pipeline",
        "FRM": "pipeline",
        "CTR": "funded",
        "CLS": "funded",
        "CNL": "cancelled",
        "SUS": "funded",
    }
    # (action_ref, contract_ref, title, benef, dac, status, start, end, multi, rows[(yr, type, amt)], priority)
    P = [
        (
            "ACT-60412",
            "ENI/2020/412-337",
            "EU4IBM East: Thermal Surveillance Towers for the SBGS on the Eastern Land Border",
            "SBGS / ДПСУ",
            15210,
            "CTR",
            "2020-09-01",
            "2023-08-31",
            True,
            [
                (2020, "INI", 600000),
                (2021, "INI", 1000000),
                (2021, "ADD", 350000),
                (2022, "INI", 700000),
                (2023, "INI", 250000),
            ],
            "BORDER_SECURITY",
        ),
        (
            "ACT-59870",
            "ENI/2019/408-112",
            "Police Community Liaison Offices in Hromadas of Luhansk Oblast",
            "NPU / НПУ",
            15130,
            "CTR",
            "2020-03-01",
            "2022-12-31",
            False,
            [(2020, "INI", 180000), (2022, "INI", 300000), (2021, "INI", 420000)],
            "COMMUNITY_POLICING",
        ),
        (
            "ACT-61877",
            None,
            "Return Case Management and Readmission Data Exchange for the State Migration Service",
            "SMS / ДМС",
            15136,
            "FRM",
            "2022-01-01",
            "2023-12-31",
            False,
            [(2022, "INI", 500000), (2023, "INI", 500000)],
            "ILLEGAL_MIGRATION",
        ),
        (
            "ACT-58233",
            "ENI/2018/398-551",
            "Specialised Victim Support Units for Domestic Violence Cases in the National Police",
            "NPU / НПУ",
            15180,
            "CTR",
            "2019-01-15",
            "2021-06-30",
            False,
            [(2019, "INI", 200000), (2020, "INI", 250000), (2021, "INI", 150000)],
            "DOMESTIC_VIOLENCE",
        ),
        (
            "ACT-60955",
            "ENI/2020/419-020",
            "Synthetic Drug Interdiction Capacity of the National Police in Black Sea Ports",
            "NPU / НПУ",
            16063,
            "CNL",
            "2021-01-01",
            "2022-12-31",
            False,
            [(2021, "INI", 300000), (2022, "INI", 200000)],
            "DRUGS",
        ),
        (
            "ACT-60771",
            "ENI/2020/415-774",
            "COVID-19 Protective Equipment and Disinfection Units for SES Rescue Teams",
            "SES / ДСНС",
            12264,
            "CLS",
            "2020-05-01",
            "2021-01-31",
            False,
            [(2020, "INI", 400000), (2021, "INI", 95000.50)],
            "COVID19",
        ),
        (
            "ACT-59102",
            "ENI/2019/410-096",
            "Custody Safeguards: Video Recording in Interview Rooms of Temporary Detention Facilities",
            "NPU / НПУ",
            15130,
            "CTR",
            "2019-10-01",
            "2022-09-30",
            False,
            [(2020, "INI", 200000), (2021, "INI", 250000), (2021, "DEC", -30000), (2022, "INI", 250000)],
            "CUSTODY",
        ),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Export"
    ws["A1"] = (
        "Report generated: 2021-02-15T09:12:44Z  (OPSYS BI – Commitments by budget year; user NEAR-UKR-OPS03)"
    )
    ws["A2"] = (
        "Filter: Country = Ukraine (UA); DAC sector IN (12264, 15130, 15136, 15180, 15210, 16063); "
        "Managing service = EU Delegation to Ukraine"
    )
    ws["A3"] = "Amounts: EU contribution, EUR, by budget year of the commitment"
    for c in ("A1", "A2", "A3"):
        ws[c].font = Font(italic=True, color="595959")
    hdr = [
        "action_ref",
        "contract_ref",
        "proj_title_en",
        "benef_inst",
        "dac_cd",
        "status_cd",
        "start_dt",
        "end_dt",
        "is_multi_country",
        "budget_yr",
        "commit_type",
        "eu_contrib_eur",
        "last_upd_ts",
        "int_comment",
    ]
    desc = [
        "Action reference",
        "Contract reference (blank = not yet contracted)",
        "Action title (EN)",
        "Beneficiary institution",
        "DAC 5-digit purpose code",
        "Status code – see sheet LKP_STATUS",
        "Start date (planned or actual)",
        "End date (planned or actual)",
        "TRUE = regional action; amounts are the Ukraine allocation only",
        "Budget year of the commitment",
        "Commitment type – see sheet LKP_COMMIT_TYPE",
        "EU contribution committed for the budget year, EUR",
        "Last update of the record",
        "Internal comment (not for publication)",
    ]
    HR = 5
    for j, h in enumerate(hdr, 1):
        c = ws.cell(HR, j, h)
        c.font = BOLD
        c.fill = GREY
        d = ws.cell(HR + 1, j, desc[j - 1])
        d.font = Font(italic=True, size=8)
        d.alignment = Alignment(wrap_text=True, vertical="top")
    r = HR + 2
    n_rows = 0
    upd = [
        "2021-01-28T14:03:11",
        "2021-02-02T10:44:57",
        "2020-12-18T16:20:05",
        "2021-01-11T08:15:30",
        "2021-02-09T12:01:48",
        "2021-02-01T09:27:13",
        "2021-01-19T17:36:02",
    ]
    comments = [
        None,
        None,
        "AAP 2021 – awaiting adoption",
        None,
        "Cancelled by note Ares(2021)512233",
        None,
        None,
    ]
    for k, (aref, cref, title, ben, dac, st, s, e, multi, rows, prio) in enumerate(P):
        for i, (yr, ctype, amt) in enumerate(rows):
            if i == 0:
                vals = [
                    aref,
                    cref,
                    title,
                    ben,
                    dac,
                    st,
                    s + "T00:00:00",
                    e + "T00:00:00",
                    multi,
                    yr,
                    ctype,
                    amt,
                    upd[k],
                    comments[k],
                ]
            else:
                vals = [None] * 9 + [yr, ctype, amt, None, None]
            for j, v in enumerate(vals, 1):
                if v is not None:
                    c = ws.cell(r, j, v)
                    if j == 12:
                        c.number_format = "#,##0.00"
            r += 1
            n_rows += 1
        amt21 = sum(a for (y, t, a) in rows if y == 2021)
        exp(title, "EU", prio, status_map[st], "EUR", amt21)
    assert n_rows == 21
    ws.cell(r + 1, 1, "Total rows: %d" % n_rows).font = Font(italic=True)
    ws.freeze_panes = ws.cell(HR + 2, 1)
    ws.column_dimensions["N"].hidden = True
    autowidth(ws, [11, 17, 70, 12, 8, 9, 20, 20, 10, 9, 11, 15, 20, 30])
    ws.row_dimensions[HR + 1].height = 45
    ws.auto_filter.ref = "A%d:N%d" % (HR, r - 1)

    lk = wb.create_sheet("LKP_STATUS")
    lk.append(["status_cd", "status_label", "lifecycle_phase"])
    for row in [
        ("IDN", "Identification", "Pre-adoption"),
        ("FRM", "Formulation (not yet adopted)", "Pre-adoption"),
        ("CTR", "Contracted – implementation ongoing", "Implementation"),
        ("SUS", "Suspended", "Implementation"),
        ("CLS", "Closed", "Closure"),
        ("CNL", "Cancelled", "Closure"),
    ]:
        lk.append(list(row))
    for c in lk[1]:
        c.font = BOLD
    autowidth(lk, [10, 38, 16])
    lc = wb.create_sheet("LKP_COMMIT_TYPE")
    lc.append(["commit_type", "label"])
    for row in [
        ("INI", "Initial commitment"),
        ("ADD", "Addendum – additional commitment (top-up)"),
        ("DEC", "De-commitment (negative amount)"),
    ]:
        lc.append(list(row))
    for c in lc[1]:
        c.font = BOLD
    autowidth(lc, [12, 45])
    q = wb.create_sheet("QUERY")
    q["A1"] = (
        "SELECT a.action_ref, c.contract_ref, a.title_en AS proj_title_en, ... FROM opsys_bi.v_commit_by_year "
        "WHERE country_iso2 = 'UA' AND dac_cd IN (12264,15130,15136,15180,15210,16063)"
    )
    q.sheet_state = "hidden"
    wb.save(os.path.join(raw, "OPSYS_EUD-UA_commitments_by_budget_year_LEA_2021-02-15T091244.xlsx"))


# ================================================================ FILE 2: UNDP budget lines CSV
def file2(raw):
    hdr = [
        "BUSINESS_UNIT",
        "PROJECT_ID",
        "IATI_ACTIVITY_ID",
        "PROJECT_TITLE",
        "PROJECT_STATUS",
        "PROJECT_START_DT",
        "PROJECT_END_DT",
        "OUTPUT_ID",
        "OUTPUT_DESCR",
        "DONOR_ID",
        "DONOR_NAME",
        "FUND_CODE",
        "BUDGET_YEAR",
        "BUDGET_TYPE",
        "TXN_CCY",
        "TXN_CCY_NUM",
        "BUDGET_AMOUNT",
        "IMPL_PARTNER",
        "LAST_UPDATE_DTTM",
    ]
    DK = ("00067", "Denmark - Ministry of Foreign Affairs (DANIDA)", "30000")
    EC = ("00012", "European Commission - DG NEAR", "30079")
    NL = ("00094", "Netherlands - Ministry of Foreign Affairs", "30000")
    UN = ("10003", "UNDP", "04000")
    JP = ("00076", "Japan - Government of", "30000")
    SE = ("00101", "Sweden - Swedish International Development Cooperation Agency (Sida)", "30000")
    CA = ("00022", "Canada - Global Affairs Canada", "30000")
    status_map = {"ON GOING": "funded", "PIPELINE": "pipeline", "OPERATIONALLY CLOSED": "funded"}
    # project: id, title, status, start, end, prio, outputs{id: descr}, lines [(out, donor, year, type, ccy, num, amt)]
    P = [
        (
            "00119345",
            "Hromada Safety Councils and Police–Community Dialogue in Donetsk Oblast",
            "ON GOING",
            "2020-07-01",
            "2022-12-31",
            "COMMUNITY_POLICING",
            {
                "00115901": "Output 1: Community safety councils established in target hromadas",
                "00115902": "Output 2: Police-community dialogue platforms functioning",
            },
            [
                ("00115901", DK, 2020, "ORIGINAL", "USD", "840", 90000),
                ("00115901", DK, 2021, "ORIGINAL", "USD", "840", 120000),
                ("00115901", DK, 2022, "ORIGINAL", "USD", "840", 100000),
                ("00115901", EC, 2021, "ORIGINAL", "EUR", "978", 350000),
                ("00115901", EC, 2022, "ORIGINAL", "EUR", "978", 200000),
                ("00115902", DK, 2021, "ORIGINAL", "USD", "840", 80000),
                ("00115902", DK, 2022, "ORIGINAL", "USD", "840", 60000),
                ("00115902", EC, 2021, "ORIGINAL", "EUR", "978", 150000),
            ],
            "UNDP Ukraine (DIM)",
        ),
        (
            "00119512",
            "Electronic Custody Records in Temporary Holding Facilities of Dnipropetrovsk and Zaporizhzhia Oblasts",
            "ON GOING",
            "2020-03-01",
            "2022-02-28",
            "CUSTODY",
            {
                "00116230": "Output 1: Custody records software deployed in temporary holding facilities",
                "00116231": "Output 2: Custody officers trained",
            },
            [
                ("00116230", NL, 2020, "ORIGINAL", "USD", "840", 60000),
                ("00116230", NL, 2021, "ORIGINAL", "USD", "840", 90000),
                ("00116230", NL, 2021, "REVISION", "USD", "840", -10000),
                ("00116231", NL, 2021, "ORIGINAL", "USD", "840", 45000),
                ("00116231", NL, 2021, "REVISION", "USD", "840", 15000),
                ("00116231", NL, 2022, "ORIGINAL", "USD", "840", 30000),
            ],
            "UNDP Ukraine (DIM)",
        ),
        (
            "00120077",
            "SES Emergency Dispatch and Early Warning Modernisation in Mariupol",
            "ON GOING",
            "2021-01-01",
            "2021-12-31",
            "OTHER",
            {
                "00117004": "Output 1: Dispatch centre equipment",
                "00117005": "Output 2: Early warning sirens and SOPs",
            },
            [
                ("00117004", UN, 2021, "ORIGINAL", "", "840", 75000),
                ("00117005", UN, 2021, "ORIGINAL", "", "840", 25000),
            ],
            "UNDP Ukraine (DIM)",
        ),
        (
            "00117840",
            "COVID-19 Infection Control in SMS Temporary Accommodation Centres for Foreigners",
            "ON GOING",
            "2020-04-01",
            "2021-03-31",
            "COVID19",
            {"00114412": "Output 1: PPE, disinfection and isolation capacity in TACs"},
            [
                ("00114412", JP, 2020, "ORIGINAL", "USD", "840", 180000),
                ("00114412", JP, 2021, "ORIGINAL", "USD", "840", 60000),
            ],
            "UNDP Ukraine (DIM)",
        ),
        (
            "00121003",
            "Investigation of Domestic Violence Cases: Training Support to Juvenile Prevention and DV Units of the National Police",
            "PIPELINE",
            "2021-07-01",
            "2023-06-30",
            "DOMESTIC_VIOLENCE",
            {
                "00117650": "Output 1: Investigators trained on DV case handling",
                "00117651": "Output 2: Referral protocols with social services",
            },
            [
                ("00117650", SE, 2021, "ORIGINAL", "USD", "840", 110000),
                ("00117650", SE, 2022, "ORIGINAL", "USD", "840", 200000),
                ("00117651", SE, 2021, "ORIGINAL", "USD", "840", 40000),
            ],
            "NGO La Strada-Ukraine",
        ),
        (
            "00112766",
            "Human Rights-Compliant Public Order Management Training for the National Guard",
            "OPERATIONALLY CLOSED",
            "2019-01-01",
            "2020-12-31",
            "OTHER",
            {"00110320": "Output 1: Public order management curriculum and ToT"},
            [
                ("00110320", CA, 2019, "ORIGINAL", "USD", "840", 150000),
                ("00110320", CA, 2020, "ORIGINAL", "USD", "840", 170000),
            ],
            "UNDP Ukraine (DIM)",
        ),
    ]
    partner_of = {
        "00067": "Denmark",
        "00012": "EU",
        "00094": "Netherlands",
        "10003": "UNDP",
        "00076": "Japan",
        "00101": "Sweden",
        "00022": "Canada",
    }
    ccy_of = {"840": "USD", "978": "EUR"}
    rows = []
    for k, (pid, title, st, s, e, prio, outs, lines, impl) in enumerate(P):
        lines = sorted(lines, key=lambda x: (x[0], x[1][0], x[2], x[3] != "ORIGINAL"))
        for oid, donor, yr, btype, ccy, num, amt in lines:
            rows.append(
                [
                    "UKR10",
                    pid,
                    "XM-DAC-41114-PROJECT-" + pid,
                    title,
                    st,
                    s + " 00:00:00",
                    e + " 00:00:00",
                    oid,
                    outs[oid],
                    donor[0],
                    donor[1],
                    donor[2],
                    str(yr),
                    btype,
                    ccy,
                    num,
                    f"{amt:.2f}",
                    impl,
                    "2021-02-1%d 0%d:%02d:%02d" % (k % 7, k + 1, 11 * k % 60, 7 * k % 60),
                ]
            )
        by_donor = {}
        for oid, donor, yr, btype, ccy, num, amt in lines:
            by_donor.setdefault(donor[0], [None, 0.0])
            by_donor[donor[0]][0] = ccy_of[num]
            if yr == 2021:
                by_donor[donor[0]][1] += amt
        for did, (ccy, amt) in by_donor.items():
            exp(title, partner_of[did], prio, status_map[st], ccy, amt)
    # asserted figures from the docstring
    got = {(e["title"][:20], e["partner"]): e["amount_2021"] for e in EXPECTED}
    assert (
        got[("Hromada Safety Counc", "Denmark")] == 200000 and got[("Hromada Safety Counc", "EU")] == 500000
    )
    assert got[("Electronic Custody R", "Netherlands")] == 140000
    with open(
        os.path.join(raw, "UNDP_UKR10_PRJ_BUD_BY_OUTPUT_DONOR_20210217.csv"),
        "w",
        encoding="utf-8-sig",
        newline="",
    ) as f:
        w = csv.writer(f, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        w.writerow(hdr)
        w.writerows(rows)


# ================================================================ FILE 3: IATI transactions CSV
def file3(raw):
    hdr = [
        "iati-identifier",
        "reporting-org/@ref",
        "reporting-org/narrative",
        "title/narrative",
        "activity-status/@code",
        "activity-date[@type='2']/@iso-date",
        "activity-date[@type='3']/@iso-date",
        "default-currency",
        "participating-org[@role='1']/narrative",
        "participating-org[@role='4']/narrative",
        "recipient-country/@code",
        "sector/@code",
        "transaction/transaction-type/@code",
        "transaction/transaction-date/@iso-date",
        "transaction/value",
        "transaction/value/@currency",
        "transaction/value/@value-date",
        "transaction/description/narrative",
    ]
    status_map = {"1": "pipeline", "2": "funded", "3": "funded", "4": "funded", "5": "cancelled"}
    # activity: id, rep_ref, rep_name, title, status, start, end, default_ccy, funder, impl, sector,
    #           partner, prio, transactions [(type, date, value, ccy_or_blank, descr)], mode
    A = [
        (
            "GB-GOV-1-300912-103",
            "GB-GOV-1",
            "UK - Foreign, Commonwealth and Development Office",
            "Serious Organised Crime Asset Tracing Support to the National Police",
            "2",
            "2020-04-01",
            "2023-03-31",
            "GBP",
            "UK - Foreign, Commonwealth and Development Office",
            "Crown Agents Ltd",
            "15130",
            "UK",
            "OTHER",
            [
                ("2", "2020-04-20", 300000, "", "Commitment - calendar year 2020 allocation"),
                ("3", "2020-06-30", 150000, "", "Disbursement to implementing partner"),
                ("4", "2020-12-31", 141320.55, "", "Expenditure reported Q2-Q4 2020"),
                ("2", "2021-01-18", 450000, "", "Commitment - calendar year 2021 allocation"),
                ("3", "2021-01-29", 120000, "", "Disbursement to implementing partner"),
                ("4", "2021-01-31", 98250.40, "", "Expenditure reported January 2021"),
            ],
            "commit_year",
        ),
        (
            "CA-3-P009914001",
            "CA-3",
            "Government of Canada - Global Affairs Canada",
            "Gender-Responsive Policing: Police Response to Domestic Violence in Kharkiv Oblast",
            "2",
            "2020-06-01",
            "2023-05-31",
            "CAD",
            "Government of Canada - Global Affairs Canada",
            "Canadian Police Arrangement (RCMP)",
            "15180",
            "Canada",
            "DOMESTIC_VIOLENCE",
            [
                (
                    "2",
                    "2020-05-12",
                    1500000,
                    "CAD",
                    "Contribution agreement signed - total commitment 2020-2023",
                ),
                ("3", "2020-07-15", 300000, "CAD", "Advance payment 1"),
                ("3", "2021-01-20", 250000, "CAD", "Advance payment 2"),
                ("4", "2020-12-31", 276410.00, "CAD", "Reported expenditure to 31.12.2020"),
            ],
            "spread",
        ),
        (
            "XM-DAC-7-PPR-4000004377",
            "XM-DAC-7",
            "Netherlands - Ministry of Foreign Affairs",
            "Biometric Document Verification Equipment for SMS Service Centres",
            "2",
            "2020-01-01",
            "2022-12-31",
            "EUR",
            "Netherlands - Ministry of Foreign Affairs",
            "State Migration Service of Ukraine",
            "15136",
            "Netherlands",
            "ILLEGAL_MIGRATION",
            [
                ("2", "2019-12-16", 250000, "", "Commitment for 2020"),
                ("3", "2020-02-10", 250000, "", "Payment 2020"),
                ("4", "2020-12-31", 231870.00, "", "Expenditure 2020"),
                ("2", "2020-12-15", 300000, "", "Commitment for 2021"),
                ("3", "2021-02-01", 150000, "", "Payment 2021 - first instalment"),
            ],
            "commit_year",
        ),
        (
            "NO-BRC-971277882-UKR-19/0031",
            "NO-BRC-971277882",
            "Norway - Ministry of Foreign Affairs",
            "Assistance to Victims of Trafficking Identified at Western Border Crossing Points",
            "2",
            "2019-09-01",
            "2022-08-31",
            "NOK",
            "Norway - Ministry of Foreign Affairs",
            "International Organization for Migration",
            "15180",
            "Norway",
            "TRAFFICKING",
            [
                ("2", "2020-01-10", 2000000, "", "Commitment 2020"),
                ("3", "2020-01-28", 2000000, "", "Disbursement 2020"),
                ("2", "2021-01-12", 2000000, "", "Commitment 2021"),
                ("3", "2021-01-26", 1000000, "", "Disbursement 2021 - 1st tranche"),
                ("2", "2021-02-03", 500000, "", "Additional commitment 2021 - amendment 1"),
            ],
            "commit_year",
        ),
        (
            "XM-DAC-47066-UA1-BM-2021-0007",
            "XM-DAC-47066",
            "International Organization for Migration (IOM)",
            "Passenger Pre-Screening and Queue Management at the Krakivets Road Checkpoint",
            "2",
            "2021-02-01",
            "2021-12-31",
            "USD",
            "Government of Japan",
            "International Organization for Migration",
            "15136",
            "Japan",
            "BORDER_CROSSING",
            [
                (
                    "11",
                    "2021-01-22",
                    84000000,
                    "JPY",
                    "Incoming commitment - contribution of the Government of Japan",
                ),
                ("1", "2021-02-05", 84000000, "JPY", "Incoming funds - Government of Japan"),
                ("2", "2021-02-12", 31500000, "JPY", "Purchase order - queue management kiosks (supplier)"),
            ],
            "incoming",
        ),
        (
            "SE-0-SE-6-5110002301",
            "SE-0",
            "Sweden",
            "Community Policing Academies in Volyn and Rivne Oblasts",
            "2",
            "2020-09-01",
            "2023-08-31",
            "SEK",
            "Swedish International Development Cooperation Agency (Sida)",
            "Swedish Police Authority",
            "15130",
            "Sweden",
            "COMMUNITY_POLICING",
            [
                ("2", "2020-09-10", 2500000, "", "Commitment 2020"),
                ("3", "2020-09-30", 2500000, "", "Disbursement 2020"),
                ("2", "2021-01-14", 4000000, "", "Commitment 2021"),
                ("3", "2021-01-25", 2000000, "", "Disbursement 2021 (1 of 2)"),
                ("4", "2021-01-31", 412300.00, "", "Expenditure January 2021"),
            ],
            "commit_year",
        ),
        (
            "CH-4-2019000456",
            "CH-4",
            "Swiss Agency for Development and Cooperation (SDC)",
            "Humanitarian Demining Equipment for SES Pyrotechnic Units",
            "5",
            "2021-01-01",
            "2022-12-31",
            "CHF",
            "Swiss Agency for Development and Cooperation (SDC)",
            "Fondation suisse de déminage (FSD)",
            "15250",
            "Switzerland",
            "OTHER",
            [
                ("2", "2020-11-20", 600000, "", "Commitment for 2021"),
                ("2", "2021-01-25", -600000, "", "Reversal of the 2021 commitment - activity cancelled"),
            ],
            "commit_year",
        ),
    ]
    rows = []
    for aid, rref, rname, title, st, s, e, dccy, funder, impl, sect, partner, prio, txs, mode in A:
        for tt, td, val, vc, descr in sorted(txs, key=lambda t: t[1]):
            rows.append(
                [
                    aid,
                    rref,
                    rname,
                    title,
                    st,
                    s,
                    e,
                    dccy,
                    funder,
                    impl,
                    "UA",
                    sect,
                    tt,
                    td,
                    (f"{val:.2f}").rstrip("0").rstrip("."),
                    vc,
                    td,
                    descr,
                ]
            )
        ccys = {vc or dccy for (tt, td, val, vc, descr) in txs}
        assert len(ccys) == 1
        ccy = ccys.pop()
        if mode == "commit_year":
            amt = sum(v for (tt, td, v, vc, d) in txs if tt == "2" and "2021" in d)
        elif mode == "spread":
            commits = [v for (tt, td, v, vc, d) in txs if tt == "2"]
            assert len(commits) == 1
            amt = spread(commits[0], D(s), D(e))
        else:  # incoming commitment from the donor, activity wholly inside 2021
            assert D(s).year == D(e).year == 2021
            amt = sum(v for (tt, td, v, vc, d) in txs if tt == "11")
        exp(title, partner, prio, status_map[st], ccy, amt)
    got = {e["title"][:25]: e["amount_2021"] for e in EXPECTED}
    assert got["Gender-Responsive Policin"] == 500000
    assert got["Assistance to Victims of "] == 2500000
    assert got["Humanitarian Demining Equ"] == 0
    assert got["Biometric Document Verifi"] == 300000
    with open(
        os.path.join(raw, "iati_transactions_UA_sector_151xx_20210216.csv"), "w", encoding="utf-8", newline=""
    ) as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(hdr)
        w.writerows(rows)


# ================================================================ FILE 4: Swiss SCO UTF-16 tab txt
def file4(raw):
    status_map = {"10": "pipeline", "20": "funded", "30": "funded", "40": "funded", "90": "cancelled"}
    # proj_cd, title, benef, impl, status, start, end, curr_cd, reg, prio, lines [(komp, komp_name, yr, amt)]
    P = [
        (
            "7F-10231.01",
            "Протидія домашньому насильству: мобільні групи поліції в Житомирській області",
            "НПУ",
            "ГО «Ла Страда-Україна»",
            "30",
            "2020-10-01",
            "2022-09-30",
            "",
            1,
            "DOMESTIC_VIOLENCE",
            [
                ("K1", "Навчання поліцейських мобільних груп", 2021, 180000),
                ("K2", "Обладнання та транспорт для мобільних груп", 2021, 70000),
                ("K1", "Навчання поліцейських мобільних груп", 2022, 150000),
            ],
        ),
        (
            "7F-09876.02",
            "Електронна черга та модернізація пункту пропуску «Порубне»",
            "ДПСУ",
            "ПРООН в Україні",
            "30",
            "2020-04-01",
            "2022-03-31",
            "",
            1,
            "BORDER_CROSSING",
            [
                ("K1", "Будівельні роботи та обладнання смуг руху", 2020, 300000),
                ("K1", "Будівельні роботи та обладнання смуг руху", 2021, 450000),
                ("K2", "Система електронної черги", 2021, 125000.50),
            ],
        ),
        (
            "7F-10544.01",
            "Цифрова система реєстрації осіб в ізоляторах тимчасового тримання Одеської області",
            "НПУ",
            "Рада Європи",
            "20",
            "2021-01-01",
            "2022-12-31",
            "EUR",
            1,
            "CUSTODY",
            [
                ("K1", "Програмне забезпечення та обладнання ІТТ", 2021, 200000),
                ("K1", "Програмне забезпечення та обладнання ІТТ", 2022, 200000),
            ],
        ),
        (
            "7F-10790.01",
            "Підвищення спроможності ДМС у сфері ідентифікації нелегальних мігрантів",
            "ДМС",
            "МЦРМП (ICMPD)",
            "10",
            "2021-09-01",
            "2023-08-31",
            "",
            0,
            "ILLEGAL_MIGRATION",
            [
                ("K1", "Експертна підтримка та навчання", 2021, 60000),
                ("K1", "Експертна підтримка та навчання", 2022, 240000),
            ],
        ),
        (
            "7F-10402.01",
            "Профілактика COVID-19 у підрозділах Національної гвардії України",
            "НГУ",
            "Швейцарська гуманітарна допомога (SHA)",
            "40",
            "2020-04-01",
            "2021-01-31",
            "",
            1,
            "COVID19",
            [
                ("K1", "Засоби індивідуального захисту та дезінфекції", 2020, 90000),
                ("K1", "Засоби індивідуального захисту та дезінфекції", 2021, 30000),
            ],
        ),
        (
            "7F-10655.01",
            "Регіональна мережа протидії торгівлі людьми на Закарпатті",
            "НПУ",
            "Міжнародна організація з міграції",
            "90",
            "2021-03-01",
            "2022-02-28",
            "",
            0,
            "TRAFFICKING",
            [
                ("K1", "Мультидисциплінарні групи", 2021, 100000),
                ("K2", "Гаряча лінія та перенаправлення", 2021, 50000),
            ],
        ),
    ]
    hdr = [
        "proj_cd",
        "proj_nazva",
        "benef_cd",
        "vykonavets",
        "status_cd",
        "start_dt",
        "end_dt",
        "komp_cd",
        "komp_nazva",
        "rik",
        "suma",
        "curr_cd",
        "reiestr_mtd",
        "onovleno_ts",
    ]
    types = [
        "VARCHAR(12)",
        "VARCHAR(500)",
        "VARCHAR(10)",
        "VARCHAR(200)",
        "INTEGER",
        "DATETIME",
        "DATETIME",
        "VARCHAR(4)",
        "VARCHAR(200)",
        "INTEGER",
        "DECIMAL(15,2)",
        "CHAR(3)",
        "BOOLEAN",
        "DATETIME",
    ]
    lines = [
        "Звіт: Бюджети проєктів за компонентами та роками (BO Universe: SCO_UKR_PRJ)",
        "Сформовано: 2021-02-12 16:05:33",
        "Фільтр: Країна = Україна; Домен = Верховенство права та безпека; Бенефіціар ∈ {МВС, НПУ, ДПСУ, НГУ, ДМС, ДСНС}",
        "Валюта звіту: CHF — поле curr_cd заповнюється лише для інших валют",
        "",
        "\t".join(hdr),
        "\t".join(types),
    ]
    n = 0
    for k, (pcd, title, ben, impl, st, s, e, cur, reg, prio, comps) in enumerate(P):
        for kc, kn, yr, amt in comps:
            lines.append(
                "\t".join(
                    [
                        pcd,
                        title,
                        ben,
                        impl,
                        st,
                        s + " 00:00:00",
                        e + " 00:00:00",
                        kc,
                        kn,
                        str(yr),
                        dec_comma(amt),
                        cur,
                        str(reg),
                        "2021-02-%02d 1%d:%02d:00" % (3 + k, k, 9 * k),
                    ]
                )
            )
            n += 1
        exp(
            title,
            "Switzerland",
            prio,
            status_map[st],
            cur or "CHF",
            sum(a for (_, _, y, a) in comps if y == 2021),
        )
    assert n == 14
    got = {e["title"][:20]: e["amount_2021"] for e in EXPECTED}
    assert got["Електронна черга та "] == 575000.50
    lines += [
        "",
        "Коди статусів: 10 – концепція (у розробці); 20 – затверджено; 30 – у реалізації; 40 – завершено; 90 – скасовано",
        "Усього рядків: %d" % n,
    ]
    data = "\r\n".join(lines) + "\r\n"
    with open(os.path.join(raw, "SCO_Ukraine_biudzhet_proektiv_za_komponentamy_2021-02-12.txt"), "wb") as f:
        f.write(b"\xff\xfe" + data.encode("utf-16-le"))


# ================================================================ FILE 5: IOM PRISM Russian xlsx
def file5(raw):
    donors = {
        "D001": (
            "Государственный департамент США – Бюро по вопросам народонаселения, беженцев и миграции (PRM)",
            "USA",
        ),
        "D014": (
            "Европейский Союз – Генеральный директорат по вопросам соседства и расширения (DG NEAR)",
            "EU",
        ),
        "D022": ("Правительство Японии", "Japan"),
        "D031": ("Фонд развития МОМ (IOM Development Fund) – собственные средства МОМ", "IOM"),
        "D045": ("Министерство иностранных дел Королевства Нидерландов", "Netherlands"),
        "D052": ("Министерство иностранных дел, по делам Содружества и развития Великобритании (FCDO)", "UK"),
        "D060": ("Агентство США по международному развитию (USAID)", "USAID"),
    }
    statuses = [
        ("PR", "Предложение (концепция)", "pipeline"),
        ("NG", "На согласовании с донором", "pipeline"),
        ("AC", "Активный (реализуется)", "funded"),
        ("OC", "Операционно завершён", "funded"),
        ("FC", "Финансово закрыт", "funded"),
        ("CN", "Отменён", "cancelled"),
    ]
    currencies = [
        (392, "JPY", "Иена"),
        (756, "CHF", "Швейцарский франк"),
        (826, "GBP", "Фунт стерлингов"),
        (840, "USD", "Доллар США"),
        (978, "EUR", "Евро"),
        (980, "UAH", "Гривна"),
    ]
    smap = {c: s for c, _, s in statuses}
    cmap = {n: a for n, a, _ in currencies}
    # wbs, title, donor, benef, status, start, end, curr_num, total, split, b2021, prio
    P = [
        (
            "UA1-RT-0031",
            "Реинтеграция возвращённых мигрантов и управление реадмиссией в ГМС",
            "D014",
            "ГМС",
            "AC",
            "2020-01-01",
            "2022-12-31",
            978,
            1800000,
            True,
            650000,
            "ILLEGAL_MIGRATION",
        ),
        (
            "UA1-CT-0044",
            "Горячая линия и перенаправление пострадавших от торговли людьми: взаимодействие с Национальной полицией",
            "D001",
            "НПУ",
            "AC",
            "2020-10-01",
            "2022-09-30",
            840,
            900000,
            False,
            None,
            "TRAFFICKING",
        ),
        (
            "UA1-BM-0052",
            "Оборудование для проверки документов на пунктах пропуска в аэропортах «Борисполь» и «Львов»",
            "D022",
            "ГПСУ",
            "AC",
            "2021-04-01",
            "2022-03-31",
            392,
            120000000,
            True,
            90000000,
            "BORDER_CROSSING",
        ),
        (
            "UA1-MH-0060",
            "Противоэпидемические меры против COVID-19 для мобильных групп ГПСУ",
            "D031",
            "ГПСУ",
            "OC",
            "2020-08-01",
            "2021-01-31",
            840,
            200000,
            False,
            None,
            "COVID19",
        ),
        (
            "UA1-CS-0071",
            "Общественная безопасность и доверие к полиции в приграничных громадах Черновицкой области",
            "D045",
            "НПУ",
            "NG",
            "2021-07-01",
            "2023-06-30",
            978,
            750000,
            False,
            None,
            "COMMUNITY_POLICING",
        ),
        (
            "UA1-BM-0049",
            "Мобильные группы и тепловизионное оборудование для Белгород-Днестровского пограничного отряда",
            "D052",
            "ГПСУ",
            "AC",
            "2020-04-01",
            "2023-03-31",
            826,
            1000000,
            True,
            400000,
            "BORDER_SECURITY",
        ),
        (
            "UA1-GB-0075",
            "Информационная кампания по предотвращению домашнего насилия в семьях трудовых мигрантов",
            "D060",
            "НПУ",
            "CN",
            "2021-01-01",
            "2021-12-31",
            840,
            250000,
            False,
            None,
            "DOMESTIC_VIOLENCE",
        ),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Данные"
    ws["A1"] = "Выгрузка: PRISM (SAP) / отчёт ZPS_PROJ_LIST – проекты МОМ в Украине"
    ws["A2"] = "Дата формирования: 2021-02-18 10:22:05"
    ws["A3"] = (
        "Фильтр: Страна = UA (Украина); Бенефициар = МВД и ЦОИВ (НПУ, ГПСУ, НГУ, ГМС, ГСЧС); Статус = все"
    )
    hdr = [
        "wbs_id",
        "proj_name_ru",
        "donor_cd",
        "benef",
        "status_cd",
        "start_ts",
        "end_ts",
        "curr_num",
        "budget_total",
        "annual_split",
        "budget_2021",
        "iom_impl_flag",
        "guid",
        "upd_ts",
    ]
    types = [
        "CHAR(14)",
        "NVARCHAR(400)",
        "CHAR(4)",
        "NVARCHAR(60)",
        "CHAR(2)",
        "DATETIME",
        "DATETIME",
        "NUMERIC(3)",
        "DECIMAL(18,2)",
        "BIT",
        "DECIMAL(18,2)",
        "BIT",
        "UNIQUEIDENTIFIER",
        "DATETIME",
    ]
    HR = 5
    for j, (h, t) in enumerate(zip(hdr, types, strict=False), 1):
        c = ws.cell(HR, j, h)
        c.font = BOLD
        c.fill = BLUE
        ws.cell(HR + 1, j, t).font = Font(italic=True, color="808080", size=8)
    guids = [
        "3f2a9c1e-7b4d-4e0a-9d7c-1a2b3c4d5e01",
        "8c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e02",
        "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c03",
        "5d6e7f80-9a1b-4c2d-8e3f-4a5b6c7d8e04",
        "0f1e2d3c-4b5a-4968-8776-655443322105",
        "9e8d7c6b-5a49-4382-9170-6f5e4d3c2b06",
        "c0ffee00-1234-4abc-9def-0123456789a7",
    ]
    r = HR + 2
    for k, (wbs, title, dcd, ben, st, s, e, cn, tot, split, b21, prio) in enumerate(P):
        end_val = e + "T00:00:00" if k % 2 == 0 else datetime.strptime(e, "%Y-%m-%d")
        vals = [
            wbs,
            title,
            dcd,
            ben,
            st,
            s + "T00:00:00",
            end_val,
            cn,
            tot,
            split,
            b21,
            1,
            guids[k],
            "2021-02-%02dT%02d:%02d:00" % (10 + k, 8 + k, 5 * k),
        ]
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v)
            if j == 7 and isinstance(v, datetime):
                c.number_format = "yyyy-mm-dd hh:mm:ss"
            if j in (9, 11) and v is not None:
                c.number_format = "#,##0.00"
        r += 1
        amt = b21 if split else spread(tot, D(s), D(e))
        if split:
            assert b21 <= tot
        exp(title, donors[dcd][1], prio, smap[st], cmap[cn], amt)
    ws.cell(r + 1, 1, "Итого строк: %d" % len(P)).font = Font(italic=True)
    ws.column_dimensions["M"].hidden = True
    ws.freeze_panes = ws.cell(HR + 2, 3)
    autowidth(ws, [14, 80, 9, 8, 9, 20, 20, 9, 15, 11, 14, 12, 38, 20])
    ws.cell(HR, 11).comment = Comment("Заполняется только при annual_split = ИСТИНА", "PRISM")

    s1 = wb.create_sheet("СПР_доноры")
    s1.append(["donor_cd", "donor_name_ru"])
    for k2, (n_, _) in donors.items():
        s1.append([k2, n_])
    s2 = wb.create_sheet("СПР_статусы")
    s2.append(["status_cd", "status_name_ru"])
    for c_, n_, _ in statuses:
        s2.append([c_, n_])
    s3 = wb.create_sheet("СПР_валюты")
    s3.append(["curr_num", "curr_alpha", "curr_name_ru"])
    for row in currencies:
        s3.append(list(row))
    for s_ in (s1, s2, s3):
        for c in s_[1]:
            c.font = BOLD
    autowidth(s1, [10, 95])
    autowidth(s2, [10, 32])
    autowidth(s3, [10, 10, 22])
    pq = wb.create_sheet("Параметры_запроса")
    pq.append(["P_COUNTRY", "UA"])
    pq.append(["P_BENEF_GROUP", "MIA"])
    pq.append(["P_RUN_BY", "okravchenko@iom.int"])
    pq.sheet_state = "hidden"
    wb.save(os.path.join(raw, "IOM_PRISM_vygruzka_proekty_MVD_UA_2021-02-18.xlsx"))
    got = {e["title"][:20]: e["amount_2021"] for e in EXPECTED}
    assert got["Противоэпидемические"] == 33695.65
    assert got["Общественная безопас"] == 189041.10
    assert got["Горячая линия и пере"] == 450000


# ================================================================ FILE 6: ICMPD NAV ledger xlsx
def file6(raw):
    fsrc = {
        "EC-NEAR": ("European Commission – DG NEAR", "Donor", "EU"),
        "DK-MFA": ("Ministry of Foreign Affairs of Denmark", "Donor", "Denmark"),
        "CH-SEM": ("Swiss State Secretariat for Migration (SEM)", "Donor", "Switzerland"),
        "DE-BMI": (
            "German Federal Ministry of the Interior, Building and Community (BMI)",
            "Donor",
            "Germany",
        ),
        "PL-MSWIA": ("Ministry of Interior and Administration of Poland (MSWiA)", "Donor", "Poland"),
        "ICMPD-OWN": ("ICMPD – own resources (Member States' contributions, core budget)", "Own", "ICMPD"),
    }
    status_map = {"Open": "funded", "Completed": "funded", "Planning": "pipeline", "Cancelled": "cancelled"}
    projects = {
        "P-UA-0117": (
            "Joint Irregular Migration Risk Analysis Unit of the SBGS and SMS",
            "Open",
            "2020-01-01",
            "2022-12-31",
            "SBGS, SMS",
            "ILLEGAL_MIGRATION",
        ),
        "P-UA-0121": (
            "Prevention of Trafficking in Human Beings along the Ukraine–Moldova Border",
            "Open",
            "2020-02-01",
            "2022-01-31",
            "NPU, SBGS",
            "TRAFFICKING",
        ),
        "P-UA-0124": (
            "Passenger Flow Management at the Uzhhorod Road Border Crossing Point",
            "Open",
            "2020-06-01",
            "2022-05-31",
            "SBGS",
            "BORDER_CROSSING",
        ),
        "P-UA-0126": (
            "Joint Patrol Coordination with the Moldovan Border Police on the Transnistrian Segment",
            "Open",
            "2021-01-01",
            "2022-06-30",
            "SBGS",
            "BORDER_SECURITY",
        ),
        "P-UA-0128": (
            "Detection of Drug Smuggling in Rail and Postal Cross-Border Traffic",
            "Open",
            "2021-01-01",
            "2022-12-31",
            "NPU, SBGS",
            "DRUGS",
        ),
        "P-UA-0119": (
            "Migration Policy Dialogue: Support to Drafting the State Migration Policy Strategy",
            "Open",
            "2020-07-01",
            "2021-06-30",
            "SMS",
            "ILLEGAL_MIGRATION",
        ),
        "P-UA-0130": (
            "Equipment for the SMS Temporary Accommodation Centre for Foreigners in Mykolaiv",
            "Cancelled",
            "2021-04-01",
            "2022-03-31",
            "SMS",
            "ILLEGAL_MIGRATION",
        ),
    }
    fund_of = {
        "P-UA-0117": "EC-NEAR",
        "P-UA-0121": "DK-MFA",
        "P-UA-0124": "CH-SEM",
        "P-UA-0126": "DE-BMI",
        "P-UA-0128": "PL-MSWIA",
        "P-UA-0119": "ICMPD-OWN",
        "P-UA-0130": "EC-NEAR",
    }
    ccy_of = {"P-UA-0121": "DKK", "P-UA-0124": "CHF", "P-UA-0128": "PLN"}
    # ledger entries: (project, type, budget year, posting date, amount, description)
    E = [
        ("P-UA-0117", "COMM", 2020, "2020-01-20", 400000, "EC grant contract – commitment 2020"),
        ("P-UA-0121", "COMM", 2020, "2020-02-03", 900000, "Danida grant – commitment 2020"),
        ("P-UA-0117", "DISB", 2020, "2020-02-14", 200000, "EC pre-financing instalment 1"),
        ("P-UA-0121", "DISB", 2020, "2020-03-02", 900000, "Danida instalment 2020"),
        ("P-UA-0124", "COMM", 2020, "2020-06-05", 150000, "SEM agreement – commitment 2020"),
        ("P-UA-0119", "COMM", 2020, "2020-07-01", 30000, "Core budget allocation 2020"),
        ("P-UA-0117", "EXP", 2020, "2020-09-30", 187455.20, "Staff and travel Q1–Q3"),
        ("P-UA-0124", "DISB", 2020, "2020-07-10", 150000, "SEM instalment 2020"),
        ("P-UA-0130", "COMM", 2021, "2020-11-30", 260000, "EC rider – commitment 2021"),
        ("P-UA-0117", "COMM", 2021, "2020-12-14", 550000, "EC grant contract – commitment 2021"),
        ("P-UA-0117", "COMM", 2022, "2020-12-14", 300000, "EC grant contract – commitment 2022"),
        ("P-UA-0126", "COMM", 2021, "2020-12-21", 220000, "BMI grant notice – commitment 2021"),
        ("P-UA-0121", "EXP", 2020, "2020-12-31", 812340.75, "Expenditure 2020"),
        ("P-UA-0124", "EXP", 2020, "2020-12-31", 98760.00, "Expenditure 2020"),
        ("P-UA-0119", "EXP", 2020, "2020-12-31", 21400.00, "Expenditure 2020"),
        ("P-UA-0121", "COMM", 2021, "2021-01-11", 1200000, "Danida grant – commitment 2021"),
        ("P-UA-0124", "COMM", 2021, "2021-01-12", 350000, "SEM agreement – commitment 2021"),
        ("P-UA-0128", "COMM", 2021, "2021-01-13", 800000, "MSWiA agreement – commitment 2021"),
        ("P-UA-0119", "COMM", 2021, "2021-01-15", 45000, "Core budget allocation 2021"),
        ("P-UA-0121", "DISB", 2021, "2021-01-20", 600000, "Danida instalment 2021 (1/2)"),
        ("P-UA-0117", "DISB", 2021, "2021-01-25", 275000, "EC interim payment 1"),
        ("P-UA-0128", "DISB", 2021, "2021-01-28", 400000, "MSWiA advance"),
        ("P-UA-0117", "EXP", 2021, "2021-01-31", 38412.17, "Staff January 2021"),
        ("P-UA-0126", "EXP", 2021, "2021-01-31", 12650.00, "Expert missions January 2021"),
        ("P-UA-0124", "DISB", 2021, "2021-02-01", 175000, "SEM instalment 2021 (1/2)"),
        ("P-UA-0126", "DISB", 2021, "2021-02-03", 110000, "BMI first instalment"),
        (
            "P-UA-0121",
            "COMM",
            2021,
            "2021-02-08",
            300000,
            "Danida grant – Amendment No. 1, additional commitment 2021",
        ),
        (
            "P-UA-0130",
            "EXP",
            2021,
            "2021-02-10",
            0,
            "Project cancelled by EC letter of 08.02.2021 – no costs",
        ),
        ("P-UA-0117", "EXP", 2021, "2021-02-15", 21090.00, "Equipment – risk analysis software licences"),
        ("P-UA-0128", "EXP", 2021, "2021-02-15", 64380.90, "Training and travel"),
        ("P-UA-0119", "EXP", 2021, "2021-02-16", 9875.00, "Expert fees"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Project Ledger Entries"
    meta = [
        "ICMPD – Project Ledger Entries (Microsoft Dynamics NAV 2018, report 50112)",
        "Company: ICMPD  |  Run by: ICMPD\\o.kovalenko  |  Run at: 2021-02-19 15:32:07",
        "Filters: Country Code = UA; Budget Year = 2019..2023; Entry Type = COMM|DISB|EXP",
        "LCY Code: EUR. Currency Code is blank for entries in LCY.",
    ]
    for i, m in enumerate(meta, 1):
        ws.cell(i, 1, m).font = Font(italic=True, color="404040")
    hdr = [
        "Entry No.",
        "Project No.",
        "Project Name",
        "Funding Source Code",
        "Entry Type",
        "Budget Year",
        "Posting Date",
        "Document No.",
        "Currency Code",
        "Amount",
        "Description",
    ]
    HR = 6
    for j, h in enumerate(hdr, 1):
        c = ws.cell(HR, j, h)
        c.font = BOLD
        c.fill = GREY
    r = HR + 1
    for k, (p, t, by, pd, amt, descr) in enumerate(E):
        vals = [
            104200 + 7 * k,
            p,
            projects[p][0],
            fund_of[p],
            t,
            by,
            pd + " 00:00:00",
            "%s-%s-%04d" % (t, pd[:4], 31 + k * 3),
            ccy_of.get(p, ""),
            amt,
            descr,
        ]
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v if v != "" else None)
            if j == 10:
                c.number_format = "#,##0.00"
        r += 1
    assert len(E) == 31
    ws.cell(r + 1, 1, "Total rows: %d" % len(E)).font = Font(italic=True)
    ws.freeze_panes = ws.cell(HR + 1, 1)
    ws.auto_filter.ref = "A%d:K%d" % (HR, r - 1)
    autowidth(ws, [10, 11, 72, 18, 10, 11, 20, 16, 13, 14, 60])

    sp = wb.create_sheet("Projects")
    sp.append(
        [
            "Project No.",
            "Description",
            "Status",
            "Starting Date",
            "Ending Date",
            "Beneficiary",
            "Funding Source Code",
            "Person Responsible",
        ]
    )
    for p, (title, st, s, e, ben, prio) in sorted(projects.items()):
        sp.append([p, title, st, s + " 00:00:00", e + " 00:00:00", ben, fund_of[p], "OKOV"])
    for c in sp[1]:
        c.font = BOLD
    autowidth(sp, [11, 72, 11, 20, 20, 12, 18, 12])
    sf = wb.create_sheet("Funding Sources")
    sf.append(["Code", "Name", "Type"])
    for code, (name, typ, _) in fsrc.items():
        sf.append([code, name, typ])
    for c in sf[1]:
        c.font = BOLD
    autowidth(sf, [12, 70, 8])
    se = wb.create_sheet("Entry Types")
    se.append(["Code", "Description"])
    se.append(["COMM", "Commitment – funding committed by the funding source for the Budget Year"])
    se.append(["DISB", "Disbursement – instalment received from the funding source"])
    se.append(["EXP", "Expenditure – project costs posted"])
    for c in se[1]:
        c.font = BOLD
    autowidth(se, [8, 75])
    wb.save(os.path.join(raw, "ICMPD_NAV_Project_Ledger_Entries_UA_2021-02-19.xlsx"))

    for p, (title, st, s, e, ben, prio) in sorted(projects.items(), key=lambda x: x[0]):
        amt = sum(a for (pp, t, by, pd, a, d) in E if pp == p and t == "COMM" and by == 2021)
        exp(title, fsrc[fund_of[p]][2], prio, status_map[st], ccy_of.get(p, "EUR"), amt)
    got = {e["title"][:20]: e["amount_2021"] for e in EXPECTED}
    assert got["Prevention of Traffi"] == 1500000 and got["Joint Irregular Migr"] == 550000


# ================================================================ FILE 7: Polish Aid / Lithuania CSV
def file7(raw):
    status_map = {"R": "funded", "Z": "funded", "P": "pipeline", "A": "cancelled"}
    donors = {
        "PL": ("Міністерство закордонних справ Республіки Польща (Polska Pomoc)", "Poland"),
        "LT": ("Міністерство закордонних справ Литовської Республіки (LDDA)", "Lithuania"),
    }
    # id, title, donor, benef, status, start, end, total, waluta, split, (s2020, s2021, s2022), cofin, prio
    P = [
        (
            "PL-UA-2021-00123",
            "Протидія контрабанді наркотиків: кінологи ДПСУ для виявлення наркотичних речовин на кордоні з Польщею",
            "PL",
            "ДПСУ",
            "R",
            "2021-01-01",
            "2022-12-31",
            800000,
            "",
            1,
            (None, 400000, 400000),
            False,
            "DRUGS",
        ),
        (
            "PL-UA-2021-00131",
            "Навчання слідчих Національної поліції методам розслідування торгівлі людьми",
            "PL",
            "НПУ",
            "R",
            "2021-03-01",
            "2022-02-28",
            600000,
            "",
            0,
            (None, None, None),
            False,
            "TRAFFICKING",
        ),
        (
            "LT-UA-2020-00047",
            "Аналіз ризиків на ділянці кордону з Республікою Білорусь: спільні навчання ДПСУ та Служби охорони кордону Литви",
            "LT",
            "ДПСУ",
            "R",
            "2020-06-01",
            "2021-12-31",
            240000,
            "EUR",
            1,
            (90000, 150000, None),
            False,
            "BORDER_SECURITY",
        ),
        (
            "PL-UA-2020-00098",
            "Модернізація пункту пропуску «Рава-Руська»: обладнання для пасажирського контролю",
            "PL",
            "ДПСУ",
            "R",
            "2020-07-01",
            "2021-12-31",
            2000000,
            "",
            1,
            (800000, 1200000, None),
            True,
            "BORDER_CROSSING",
        ),
        (
            "PL-UA-2020-00098",
            "Модернізація пункту пропуску «Рава-Руська»: обладнання для пасажирського контролю",
            "LT",
            "ДПСУ",
            "R",
            "2020-07-01",
            "2021-12-31",
            100000,
            "EUR",
            1,
            (None, 100000, None),
            True,
            "BORDER_CROSSING",
        ),
        (
            "PL-UA-2021-00140",
            "Поліцейські станції в громадах Волинської області: польський досвід громадської безпеки",
            "PL",
            "НПУ",
            "P",
            "2021-09-01",
            "2022-12-31",
            750000,
            "",
            1,
            (None, 250000, 500000),
            False,
            "COMMUNITY_POLICING",
        ),
        (
            "PL-UA-2021-00152",
            "Підготовка рятувальників ДСНС до ліквідації наслідків паводків у Карпатах",
            "PL",
            "ДСНС",
            "A",
            "2021-05-01",
            "2021-10-31",
            300000,
            "",
            0,
            (None, None, None),
            False,
            "OTHER",
        ),
        (
            "LT-UA-2020-00061",
            "Засоби захисту від COVID-19 для працівників ДМС у центрах обслуговування",
            "LT",
            "ДМС",
            "Z",
            "2020-11-01",
            "2021-01-31",
            60000,
            "EUR",
            0,
            (None, None, None),
            False,
            "COVID19",
        ),
    ]
    hdr = [
        "id_proj",
        "nazva_proiektu",
        "donor_cd",
        "donor_nazva",
        "benefitsiar",
        "status_cd",
        "data_pochatku",
        "data_zakinchennia",
        "biudzhet_zagalnyi",
        "waluta",
        "rozbyvka_za_rokamy",
        "suma_2020",
        "suma_2021",
        "suma_2022",
        "spivfinansuvannia",
        "onovleno",
    ]
    types = [
        "VARCHAR2(20)",
        "VARCHAR2(1000)",
        "CHAR(2)",
        "VARCHAR2(200)",
        "VARCHAR2(50)",
        "CHAR(1)",
        "TIMESTAMP",
        "TIMESTAMP",
        "NUMBER(18,2)",
        "CHAR(3)",
        "NUMBER(1)",
        "NUMBER(18,2)",
        "NUMBER(18,2)",
        "NUMBER(18,2)",
        "BOOLEAN",
        "TIMESTAMP",
    ]
    rows = [
        ["Звіт згенеровано: 2021-02-16T11:47:09+01:00"],
        [
            "Фільтр: Країна-бенефіціар = Україна; Бенефіціар = МВС та ЦОВВ, діяльність яких координується Міністром внутрішніх справ"
        ],
        ["Валюта за замовчуванням: PLN (поле waluta порожнє = PLN)"],
        hdr,
        types,
    ]
    for k, (pid, title, dcd, ben, st, s, e, tot, cur, split, yrs, cof, prio) in enumerate(P):
        if split:
            assert sum(v for v in yrs if v) == tot, title
        rows.append(
            [
                pid,
                title,
                dcd,
                donors[dcd][0],
                ben,
                st,
                s + " 00:00:00",
                e + " 00:00:00",
                dec_comma(tot),
                cur,
                str(split),
            ]
            + [dec_comma(v) if v is not None else "" for v in yrs]
            + ["TRUE" if cof else "FALSE", "2021-02-%02d 09:%02d:14" % (1 + 2 * k, 3 * k)]
        )
        amt = yrs[1] if split else spread(tot, D(s), D(e))
        exp(title, donors[dcd][1], prio, status_map[st], cur or "PLN", amt or 0)
    rows += [
        [""],
        ["status_cd: R – реалізується; Z – завершено; P – планується; A – анульовано"],
        ["rozbyvka_za_rokamy: 1 – суми за роками заповнені; 0 – розбивки за роками немає"],
        ["Усього рядків: %d" % len(P)],
    ]
    with open(
        os.path.join(raw, "PolishAid_LT_proiekty_MVS_eksport_2021-02-16.csv"),
        "w",
        encoding="utf-8-sig",
        newline="",
    ) as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        w.writerows(rows)
    got = {(e["title"][:20], e["partner"]): e["amount_2021"] for e in EXPECTED}
    assert got[("Навчання слідчих Нац", "Poland")] == 503013.70
    assert got[("Засоби захисту від C", "Lithuania")] == 20217.39


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "out"
    raw = os.path.join(out, "raw")
    os.makedirs(raw, exist_ok=True)
    for f in os.listdir(raw):
        os.remove(os.path.join(raw, f))
    for fn in (file1, file2, file3, file4, file5, file6, file7):
        fn(raw)
    titles = {}
    for e in EXPECTED:
        titles.setdefault(e["title"], set()).add(e["partner"])
    assert sum(len(v) for v in titles.values()) == len(EXPECTED), "duplicate title/partner line"
    assert 40 <= len(titles) <= 50, len(titles)
    multi = {t for t, v in titles.items() if len(v) > 1}
    assert len(multi) == 2, multi
    with open(os.path.join(out, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(
            f, fieldnames=["title", "partner", "priority", "status", "currency", "amount_2021"]
        )
        w.writeheader()
        for e in EXPECTED:
            e = dict(e)
            e["amount_2021"] = "{:.2f}".format(e["amount_2021"])
            w.writerow(e)
    print("projects:", len(titles), "lines:", len(EXPECTED), "files:", len(os.listdir(raw)))


if __name__ == "__main__":
    main()
