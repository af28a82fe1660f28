#!/usr/bin/env python3
# ruff: noqa: B007, B905
"""Blind set AU -- "the intake template, as partners send it back".

Usage:  python set_au.py OUT_DIR   -> OUT_DIR/raw/<8 partner files> and OUT_DIR/expected.csv

The secretariat of the MIA sector working group "Law Enforcement Activities" sent every partner an intake
workbook (in this folder: template_en.xlsx, template_uk.xlsx, template_both.xlsx; template_en.xlsx and
template_both.xlsx are byte-identical: both have bilingual "English / Українська" headers).  The template has
three sheets: "Instructions" (8 numbered rules, EN + UK or UK only), "Projects" (header row 1, frozen at A2,
autofilter, drop-downs, an EXAMPLE / ПРИКЛАД row in row 2 that "is never counted") and "Lists" (codes).
Template columns (A..L): Project code | Partner (donor) | Implementer | Project title | Description |
Beneficiary agencies | Priority | Start date | End date | Amount (TOTAL budget) | Currency | Status.
The template has no "cancelled" status and no "OTHER" priority code: partners either leave the priority blank
or type something of their own for work outside the nine codes (-> OTHER), and type "cancelled" in words.
The script loads a copy of one template per partner (the originals are never written) and fills it as that
partner did.  Eight files, 49 projects, 51 expected lines (two co-funded projects -> one line per donor).

How amount_2021 is derived (COMMON.md): a stated 2021 figure wins; otherwise total x (days of the period in
2021) / (days of the whole period), both ends counted (share_2021() below, datetime.date).  Months-only periods
run from the 1st of the first month to the last day of the last month; years only: 1 Jan - 31 Dec.  For a
cancelled project the line still carries the figure the row implies (the status says it is not money).

---------------------------------------------------------------------------------------------------------
FILE 1  LEA_SWG_ITA_template_DK_filled.xlsx  (template_en, Denmark, DKK, 5 projects)  -- the control file
  Filled exactly as asked: Instructions and Lists sheets kept, example row deleted (the rules allow it),
  codes DK-UA-01..05, agency codes, priority codes, real dates (yyyy-mm-dd), numeric amounts, DKK, status
  from the list.  Only "imperfection": DK-UA-01 (SESU rescue capacity) has an empty priority cell because no
  code fits -> OTHER.  Partner cell "Denmark (Ministry of Foreign Affairs / Danida)" -> Denmark; implementers
  UNDP / UNFPA / DEMA are not the donor.
  DK-UA-04 completed 2020 -> 0.  DK-UA-05 "planned" starting 2021-10-01 -> pipeline, 92 of 1096 days.
FILE 2  ITA template - Switzerland (SDC) - 2021.xlsx  (template_both, Switzerland, CHF, 6 projects)
  * Example row (EXAMPLE, "Example: equipment for border crossing points") left in row 2 -> not a project.
  * Partner inserted columns: "Implementer's contact" (after Implementer), "Amount 2021" and "Amount 2022"
    (after Amount), "Comments" (last).  "Amount / Сума" stays the TOTAL budget; the 2021 figure is stated
    in "Amount 2021", so amount_2021 = that column (not the day spread, which differs).
  * CH-LEA-102 priority cell "ILLEGAL_MIGRATION;BORDER_CROSSING" (two codes as the template allows); the
    description says it is mainly migration management -> ILLEGAL_MIGRATION (first code, main one).
  * CH-LEA-103 co-funded "Switzerland (SDC) 60% / Germany (GFFO) 40%", comment says the amounts are the joint
    budget: two lines, Switzerland 60% and Germany 40% of the stated 2021 figure 2,000,000.
  * Statuses typed outside the list: "ongoing (no-cost extension to 30.06.2022)" -> funded,
    "planned - under negotiation with SMS" -> pipeline.  CH-LEA-104 completed 2020, Amount 2021 = 0.
  * Implementers Council of Europe / IOM are not the donor: partner is Switzerland on every row.
  * Priority blank for mine action (103) and "n/a" for the DNA lab (104) -> OTHER.
FILE 3  Шаблон МТД_Швеція_заповнено.xlsx  (template_uk, Sweden, SEK, 6 projects, Ukrainian)
  * Example row OVERWRITTEN: row 2 (formerly ПРИКЛАД) now holds the real project SE-01 -> it IS a project.
  * Amount header renamed "Сума, тис. шведських крон" and a footnote "* Суми зазначено в тисячах шведських
    крон" -> every amount x 1000 (7 450,5 thousand -> 7,450,500 SEK).
  * A "Разом" (total) row under the table (sum 54 050,5 = asserted) -> not a project.
  * Agencies written in full Ukrainian ("Національна поліція України; Державна міграційна служба").
  * SE-02 priority written in words "Протидія торгівлі людьми" -> TRAFFICKING; SE-04 "інше (гендерна
    рівність)" -> OTHER.
  * Free-text statuses: "реалізується" -> funded, "завершено" -> funded, "на етапі погодження" -> pipeline,
    "скасовано" -> cancelled.  SE-04 dates typed as text "01.10.2021" / "30.09.2023" (dd.mm.yyyy).
  * Implementers МОМ / ПРООН are not donors: partner "Швеція (Sida)" etc. -> Sweden.
FILE 4  US_projects_MIA_SWG_May2021.xlsx  (template_en, US government, USD, 7 projects)
  * Instructions sheet deleted, example row deleted.
  * Headers renamed by hand into plain English ("Donor", "Implementing partner", "Project", "Description",
    "Beneficiary", "Focus area", "Start", "End", "Budget (USD)", "Status"); the "Project code" and "Currency"
    columns DELETED (currency only in the header "Budget (USD)").
  * Amounts as text: "$3,500,000", "USD 900,000", "$2.4 million" (= 2,400,000); a "TOTAL" row "$11,000,000"
    (asserted) -> not a project.
  * Dates as text in several formats: "Oct 2020" (-> 2020-10-01), "Sep 2022" (-> 2022-09-30), "2021-03-15",
    "03/14/2023" (US m/d/y, 14 cannot be a month), "1 Jan 2019", "31 Dec 2021", "July 2021", "June 2024";
    one row with real date cells.
  * Donor per row (COMMON rule): "U.S. Embassy Kyiv (INL)" -> USA (embassy named first), "INL" -> INL,
    "USAID" -> USAID (IOM is only the implementer), "U.S. Department of State / INL" -> USA,
    "U.S. Embassy Kyiv" -> USA, "U.S. Embassy Kyiv / INL" -> USA.
  * Focus area in words: "Community policing", "Counter-narcotics; Border security" (description: mainly drug
    interdiction -> DRUGS), "Anti-trafficking", "Cybercrime" (-> OTHER), "Custody records / temporary
    detention" (-> CUSTODY), "COVID-19 response", "Border security".
  * Statuses: "Active" / "Active (ends 12/31/2021)" -> funded, "Pending funding" -> pipeline (starts 2022 ->
    0), "Completed" (2020 -> 0), "Cancelled - funds reprogrammed" -> cancelled.
  * Beneficiaries written in full, several per cell.
FILE 5  Vorlage_ITA_Deutschland_GFFO_BMZ.xlsx  (template_both, Germany, EUR, 6 projects)
  * Example row left intact in row 2.  The partner pasted its own table (same column order, no header) at B3
    instead of A3: every value sits ONE COLUMN TO THE RIGHT of its header.  Column A is empty, codes
    ("DE-PF-01") are under "Partner (donor)", donors under "Implementer", implementers under "Project
    title", the TITLES under "Description", descriptions under "Beneficiary agencies", agencies under
    "Priority", priority codes under "Start date", start dates under "End date", end dates under "Amount",
    amounts under "Currency", "EUR" under "Status", and the status in column M which has no header.  The
    example row (correctly aligned) and the consistent shift make it unambiguous to a human.
  * DE-PF-03 co-funded "EU (70%) / Germany - BMZ (30%)": two lines, EU 70% and Germany 30% of the spread.
  * DE-PF-03 priority blank (SESU vocational training) -> OTHER.  DE-PF-04 "planned" -> pipeline.
FILE 6  UK_CSSF_ITA_template.csv  (template_en saved by the partner as "CSV (Comma delimited)", UK, GBP, 6)
  * Windows-1252 encoding: the Cyrillic half of each bilingual header became "?" ("Project code / ?????
    ???????"), the pound sign is byte 0xA3.  Only the Projects sheet survives (CSV).
  * Two lines of partner text + a blank line above the header: the table starts on line 4.
  * The partner inserted its rows ABOVE the example row: the EXAMPLE row is the LAST line -> not a project.
  * Dates dd/mm/yyyy as the UK Excel displayed them (31/03/2022 shows the order); UK financial years
    April-March.  Example row still shows 2021-01-01 / "1,500,000.00".
  * Amounts: "1200000", "1,850,000.00", "£320,000", "£640,500" ... (all GBP).
  * "pipeline - subject to CSSF allocation for FY21/22" -> pipeline; "cancelled (CSSF funding cut, not
    started)" -> cancelled.  "British Embassy Kyiv", "UK (CSSF)", "UK (Home Office)" -> UK.
  * UK-CSSF-01 priority blank (strategic communications) -> OTHER.
FILE 7  Шаблон_МТД_Польша.xlsx  (template_uk filled in RUSSIAN, Poland, PLN, 4 + 3 projects)
  * Ukrainian headers untouched, example row ПРИКЛАД left in row 2 -> not a project.
  * Everything typed in Russian: donors "Польша (МИД РП, программа «Польская помощь»)", "Посольство
    Республики Польша в Киеве" -> Poland; agencies "ГПСУ", "ГСЧС", "Нацполиция, ГПСУ, ГМС"; priorities in
    Russian words ("Надёжная охрана границы" -> BORDER_SECURITY, "Другое" -> OTHER, "Противодействие торговле
    людьми" -> TRAFFICKING, "Удобное пересечение границы" -> BORDER_CROSSING); statuses "реализуется",
    "завершён", "планируется (на согласовании)".
  * Dates as text "01.03.2021", "28.02.2022" and Russian month names "апрель 2021" (-> 2021-04-01) /
    "декабрь 2022" (-> 2022-12-31).  Amounts as text "1 250 000 зл." (non-breaking spaces); one currency
    cell "злотый" instead of PLN.
  * Second sheet "Дополнительно" added by the partner: A1 says these are ADDITIONAL small-grant projects NOT
    listed on sheet Projects -> 3 MORE projects (own header row 3: №, Название проекта, Донор, Получатель,
    Приоритет, Период, Бюджет (злотых), Статус).  Periods as years: "2021" (whole year in 2021), "2021–2022"
    (half in 2021), "2022" (planned -> 0).
FILE 8  GAC_Ukraine_LEA_template_returned.xlsx  (template_both, Canada, CAD, 6 projects)
  * Instructions sheet deleted; example row deleted.
  * Three rows inserted above the header (Global Affairs Canada letterhead, "status as of 30 April 2021",
    blank): header on row 4, data rows 5-10.
  * "Description / Опис" column deleted (11 columns).
  * Agencies as Ukrainian abbreviations: "НПУ", "НПУ; МВС", "НГУ", "ДМС", "ДСНС", "ДПСУ".
  * CA-03 priority "other - EOD" -> OTHER.
  * Second sheet "GAC tracker (copy)" with the SAME six projects (same codes and titles, GAC numbers,
    officer), A1 says "the SAME 6 projects as on sheet 'Projects' -- for reference only, do not count
    twice" -> no extra projects; amounts identical (asserted), nothing to add.
"""

import csv
import io
import sys
from copy import copy
from datetime import date, timedelta
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

HERE = Path(__file__).resolve().parent
# In the acceptance suite the templates are the product's own, written by `mtd-analysis template` into the output
# folder (the tester had them beside the script): main() sets these paths before filling them in.
TPL_EN = HERE / "template_en.xlsx"
TPL_UK = HERE / "template_uk.xlsx"
TPL_BOTH = HERE / "template_both.xlsx"


def _write_templates(folder):
    """The intake templates in English, Ukrainian and both, as the secretariat sends them."""
    import subprocess

    global TPL_EN, TPL_UK, TPL_BOTH
    folder.mkdir(parents=True, exist_ok=True)
    for lang in ("en", "uk", "both"):
        subprocess.run(
            [
                sys.executable,
                "-m",
                "mtd_analysis",
                "template",
                str(folder / f"template_{lang}.xlsx"),
                "--lang",
                lang,
                "-q",
            ],
            check=True,
            capture_output=True,
        )
    TPL_EN, TPL_UK, TPL_BOTH = (folder / f"template_{lang}.xlsx" for lang in ("en", "uk", "both"))


Y0, Y1 = date(2021, 1, 1), date(2021, 12, 31)


def days_in_2021(start, end):
    a, b = max(start, Y0), min(end, Y1)
    return max(0, (b - a).days + 1)


def share_2021(total, start, end):
    assert end >= start, (start, end)
    return round(total * days_in_2021(start, end) / ((end - start).days + 1), 2)


EXPECTED = []


def expect(title, partner, priority, status, currency, amount_2021):
    assert status in ("funded", "pipeline", "cancelled")
    assert priority in (
        "TRAFFICKING",
        "DOMESTIC_VIOLENCE",
        "DRUGS",
        "COMMUNITY_POLICING",
        "CUSTODY",
        "BORDER_SECURITY",
        "BORDER_CROSSING",
        "ILLEGAL_MIGRATION",
        "COVID19",
        "OTHER",
    )
    EXPECTED.append(
        dict(
            title=title,
            partner=partner,
            priority=priority,
            status=status,
            currency=currency,
            amount_2021=round(amount_2021, 2),
        )
    )


def last_day(y, m):
    """last day of month m of year y"""
    return date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1)


# ---------------------------------------------------------------------------------------------------------
# template helpers
def template_info(ws):
    """header cell style, DVs keyed by template column letter, example row values and formats."""
    h = ws["A1"]
    style = dict(font=copy(h.font), fill=copy(h.fill), alignment=copy(h.alignment), border=copy(h.border))
    dvs = {}
    for dv in ws.data_validations.dataValidation:
        for rng in str(dv.sqref).split():
            col = "".join(ch for ch in rng.split(":")[0] if ch.isalpha())
            dvs[col] = dv
    headers = {c.column_letter: c.value for c in ws[1]}
    example = {c.column_letter: (c.value, c.number_format) for c in ws[2]}
    widths = {k: d.width for k, d in ws.column_dimensions.items()}
    return style, dvs, headers, example, widths


def clone_dv(dv, col, r0, r1):
    n = DataValidation(
        type=dv.type,
        operator=dv.operator,
        formula1=dv.formula1,
        formula2=dv.formula2,
        allow_blank=dv.allow_blank,
        showErrorMessage=dv.showErrorMessage,
        showInputMessage=dv.showInputMessage,
        errorStyle=dv.errorStyle,
        error=dv.error,
        errorTitle=dv.errorTitle,
        prompt=dv.prompt,
        promptTitle=dv.promptTitle,
    )
    n.sqref = openpyxl.worksheet.cell_range.MultiCellRange(f"{col}{r0}:{col}{r1}")
    return n


def rebuild(ws, cols, rows, header_row=1, keep_example=False, top_lines=(), formats=None):
    """Re-lay the Projects sheet the way a partner edits it in Excel.
    cols: list of (header_text or None = keep template text, src template column letter or None for a new
    column).  rows: list of lists aligned with cols.  Values that are date objects get a date format."""
    style, dvs, headers, example, widths = template_info(ws)
    formats = formats or {}
    ws.delete_rows(1, ws.max_row + 5)
    ws.data_validations.dataValidation = []
    ws.auto_filter.ref = None
    for i, line in enumerate(top_lines, 1):
        if line:
            ws.cell(i, 1, line).font = Font(bold=(i == 1))
    n = len(cols)
    for j, (text, src) in enumerate(cols, 1):
        c = ws.cell(header_row, j, text if text is not None else headers[src])
        for k, v in style.items():
            setattr(c, k, copy(v))
        letter = get_column_letter(j)
        ws.column_dimensions[letter].width = widths.get(src, 22) if src else 24
        if src in dvs:
            ws.add_data_validation(clone_dv(dvs[src], letter, header_row + 1, header_row + 1000))
    r = header_row + 1
    if keep_example:
        for j, (text, src) in enumerate(cols, 1):
            if src:
                v, fmt = example[src]
                c = ws.cell(r, j, v)
                c.number_format = fmt
        r += 1
    for row in rows:
        assert len(row) == n, row
        for j, v in enumerate(row, 1):
            c = ws.cell(r, j, v)
            src = cols[j - 1][1]
            if isinstance(v, date):
                c.number_format = formats.get("date", "yyyy-mm-dd")
            elif isinstance(v, (int, float)) and src in formats:
                c.number_format = formats[src]
        r += 1
    ws.freeze_panes = f"A{header_row + 1}"
    ws.auto_filter.ref = f"A{header_row}:{get_column_letter(n)}{header_row + 1000}"
    return r  # first free row


def put_row(ws, r, values, c0=1, date_fmt="yyyy-mm-dd", num_fmt="#,##0.00"):
    for j, v in enumerate(values):
        c = ws.cell(r, c0 + j, v)
        if isinstance(v, date):
            c.number_format = date_fmt
        elif isinstance(v, (int, float)) and not isinstance(v, bool):
            c.number_format = num_fmt
        c.alignment = Alignment(wrap_text=isinstance(v, str) and len(v) > 40, vertical="top")


# ---------------------------------------------------------------------------------------------------------
def file1_denmark(raw):
    wb = openpyxl.load_workbook(TPL_EN)
    ws = wb["Projects"]
    ws.delete_rows(2)  # example row deleted, as the rules allow
    D = "Denmark (Ministry of Foreign Affairs / Danida)"
    P = [
        (
            "DK-UA-01",
            D,
            "Danish Emergency Management Agency (DEMA)",
            "Strengthening the rescue capacity of the State Emergency Service in eastern oblasts",
            "Rescue equipment, joint exercises and training of SESU rescue units in Donetsk and Luhansk oblasts.",
            "SESU",
            None,
            date(2020, 3, 1),
            date(2022, 2, 28),
            18_600_000,
            "DKK",
            "ongoing",
            "OTHER",
            "funded",
        ),
        (
            "DK-UA-02",
            D,
            "UNDP Ukraine",
            "Community-oriented policing in Donetsk and Luhansk oblasts",
            "Community police officers, local safety councils and joint patrols with communities.",
            "NPU",
            "COMMUNITY_POLICING",
            date(2019, 7, 1),
            date(2021, 6, 30),
            9_000_000,
            "DKK",
            "ongoing",
            "COMMUNITY_POLICING",
            "funded",
        ),
        (
            "DK-UA-03",
            D,
            "UNFPA Ukraine",
            "Mobile police response teams to domestic violence (POLINA) – expansion to five oblasts",
            "Training and equipment for NPU mobile teams responding to domestic and gender-based violence.",
            "NPU",
            "DOMESTIC_VIOLENCE",
            date(2021, 4, 1),
            date(2023, 3, 31),
            6_500_000,
            "DKK",
            "ongoing",
            "DOMESTIC_VIOLENCE",
            "funded",
        ),
        (
            "DK-UA-04",
            D,
            "Danish Red Cross",
            "Protective equipment and disinfection supplies for SBGS and SMS front offices",
            "Masks, gloves, sanitiser and disinfection units against COVID-19 for front-line staff.",
            "SBGS;SMS",
            "COVID19",
            date(2020, 5, 15),
            date(2020, 12, 31),
            2_400_000,
            "DKK",
            "completed",
            "COVID19",
            "funded",
        ),
        (
            "DK-UA-05",
            D,
            "Danish Defence Acquisition and Logistics Organisation",
            "Surveillance systems for the green border with Belarus (northern sector)",
            "Thermal cameras and sensors for SBGS detachments guarding the state border between checkpoints.",
            "SBGS",
            "BORDER_SECURITY",
            date(2021, 10, 1),
            date(2024, 9, 30),
            15_000_000,
            "DKK",
            "planned",
            "BORDER_SECURITY",
            "pipeline",
        ),
    ]
    for i, p in enumerate(P, 2):
        put_row(ws, i, list(p[:12]))
        expect(p[3], "Denmark", p[12], p[13], "DKK", share_2021(p[9], p[7], p[8]))
    wb.save(raw / "LEA_SWG_ITA_template_DK_filled.xlsx")


def file2_switzerland(raw):
    wb = openpyxl.load_workbook(TPL_BOTH)
    ws = wb["Projects"]
    cols = [
        (None, "A"),
        (None, "B"),
        (None, "C"),
        ("Implementer's contact", None),
        (None, "D"),
        (None, "E"),
        (None, "F"),
        (None, "G"),
        (None, "H"),
        (None, "I"),
        (None, "J"),
        ("Amount 2021", None),
        ("Amount 2022", None),
        (None, "K"),
        (None, "L"),
        ("Comments", None),
    ]
    P = [
        # code, partner, implementer, contact, title, descr, agencies, priority, start, end, total, a21, a22,
        # cur, status, comment | expected priority, status, partners
        [
            "CH-LEA-101",
            "Switzerland (SDC)",
            "Council of Europe",
            "Ms O. Kovalenko, +380 44 000 11 22",
            "Human rights in temporary detention facilities: electronic custody records",
            "Electronic custody records and video recording in NPU temporary detention facilities (ITT), "
            "training of custody officers.",
            "NPU",
            "CUSTODY",
            date(2019, 1, 1),
            date(2022, 6, 30),
            2_400_000,
            650_000,
            300_000,
            "CHF",
            "ongoing (no-cost extension to 30.06.2022)",
            "Extension signed in March 2021",
            "CUSTODY",
            "funded",
            [("Switzerland", 1.0)],
        ],
        [
            "CH-LEA-102",
            "Switzerland (SDC)",
            "IOM Ukraine",
            "migration.programme@iom.example",
            "Integrated migration management at SMS service centres",
            "Mainly migration management: registration of foreigners, asylum procedures and voluntary returns; a "
            "small component funds information desks at two checkpoints.",
            "SMS;SBGS",
            "ILLEGAL_MIGRATION;BORDER_CROSSING",
            date(2020, 7, 1),
            date(2023, 6, 30),
            3_600_000,
            1_150_000,
            1_200_000,
            "CHF",
            "ongoing",
            None,
            "ILLEGAL_MIGRATION",
            "funded",
            [("Switzerland", 1.0)],
        ],
        [
            "CH-LEA-103",
            "Switzerland (SDC) 60% / Germany (GFFO) 40%",
            "Swiss Foundation for Mine Action (FSD)",
            "FSD country office Kyiv",
            "Mine action and explosive ordnance disposal capacity of the State Emergency Service",
            "Demining equipment, EOD teams and certification of SESU pyrotechnic units in Donetsk oblast.",
            "SESU",
            None,
            date(2021, 3, 1),
            date(2023, 2, 28),
            5_000_000,
            2_000_000,
            2_200_000,
            "CHF",
            "ongoing",
            "Joint programme: amounts are the full budget of both donors (CH 60%, DE 40%)",
            "OTHER",
            "funded",
            [("Switzerland", 0.6), ("Germany", 0.4)],
        ],
        [
            "CH-LEA-104",
            "Swiss Confederation (Embassy of Switzerland)",
            "Forensic Institute Zurich",
            None,
            "Forensic DNA laboratory upgrade for the MIA Expert Service",
            "Sequencers, LIMS software and accreditation support for the State Research Forensic Centre.",
            "MIA",
            "n/a",
            date(2018, 9, 1),
            date(2020, 12, 31),
            1_100_000,
            0,
            0,
            "CHF",
            "completed",
            "Final report submitted",
            "OTHER",
            "funded",
            [("Switzerland", 1.0)],
        ],
        [
            "CH-LEA-105",
            "Switzerland (SDC)",
            "IOM Ukraine",
            "migration.programme@iom.example",
            "Return and readmission counselling for the State Migration Service",
            "Counselling of irregular migrants, readmission case management and assisted voluntary return.",
            "SMS",
            "ILLEGAL_MIGRATION",
            date(2021, 11, 1),
            date(2023, 10, 31),
            900_000,
            60_000,
            450_000,
            "CHF",
            "planned - under negotiation with SMS",
            "Start depends on the SMS order",
            "ILLEGAL_MIGRATION",
            "pipeline",
            [("Switzerland", 1.0)],
        ],
        [
            "CH-LEA-106",
            "Switzerland (SDC)",
            "OSCE Project Co-ordinator in Ukraine",
            "Mr A. Hrytsenko",
            "Gender-sensitive police response to domestic violence",
            "Training of NPU district officers and juvenile prevention units on domestic violence cases, "
            "protection orders and referral.",
            "NPU",
            "DOMESTIC_VIOLENCE",
            date(2021, 1, 15),
            date(2022, 12, 31),
            750_000,
            380_000,
            370_000,
            "CHF",
            "ongoing",
            None,
            "DOMESTIC_VIOLENCE",
            "funded",
            [("Switzerland", 1.0)],
        ],
    ]
    rebuild(ws, cols, [p[:16] for p in P], keep_example=True, formats={"J": "#,##0.00", None: "#,##0"})
    for r in range(3, 3 + len(P)):  # the partner's own number format for the two added columns
        for col in ("L", "M"):
            ws[f"{col}{r}"].number_format = "#,##0"
    for p in P:
        assert p[11] <= p[10] and p[11] + p[12] <= p[10]
        for partner, sh in p[18]:
            expect(p[4], partner, p[16], p[17], "CHF", p[11] * sh)
        # the stated 2021 figure differs from the day spread where the project spans 2021
    assert abs(share_2021(P[0][10], P[0][8], P[0][9]) - P[0][11]) > 1
    wb.save(raw / "ITA template - Switzerland (SDC) - 2021.xlsx")


def file3_sweden(raw):
    wb = openpyxl.load_workbook(TPL_UK)
    ws = wb["Projects"]
    ws["J1"] = "Сума, тис. шведських крон"
    P = [
        [
            "SE-01",
            "Швеція (Sida)",
            "Шведське поліцейське управління",
            "Поліцейська діяльність, орієнтована на громаду, у Харківській області",
            "Впровадження моделі community policing: дільничні офіцери громади, безпекові ради громад.",
            "Національна поліція України",
            "COMMUNITY_POLICING",
            date(2020, 1, 1),
            date(2022, 12, 31),
            18000,
            "SEK",
            "реалізується",
            "COMMUNITY_POLICING",
            "funded",
        ],
        [
            "SE-02",
            "Швеція",
            "МОМ (Міжнародна організація з міграції)",
            "Посилення спроможності поліції та ДМС у протидії торгівлі людьми",
            "Навчання слідчих, ідентифікація постраждалих від торгівлі людьми, механізм перенаправлення.",
            "Національна поліція України; Державна міграційна служба",
            "Протидія торгівлі людьми",
            date(2021, 2, 1),
            date(2022, 7, 31),
            7450.5,
            "SEK",
            "реалізується",
            "TRAFFICKING",
            "funded",
        ],
        [
            "SE-03",
            "Королівство Швеція / Sida",
            "Шведське поліцейське управління",
            "Цифрова система обліку затриманих осіб («Custody Records»)",
            "Електронний облік осіб, затриманих і доставлених до підрозділів поліції, пілот у 3 областях.",
            "Національна поліція України",
            "CUSTODY",
            date(2019, 5, 1),
            date(2021, 4, 30),
            12300,
            "SEK",
            "завершено",
            "CUSTODY",
            "funded",
        ],
        [
            "SE-04",
            "Швеція (Академія Фольке Бернадотта)",
            "Академія Фольке Бернадотта",
            "Гендерна рівність в інституціях сектору безпеки: НГУ та ДСНС",
            "Гендерні радники, статистика персоналу та кадрові процедури Національної гвардії і ДСНС.",
            "Національна гвардія України; Державна служба з надзвичайних ситуацій",
            "інше (гендерна рівність)",
            "01.10.2021",
            "30.09.2023",
            9000,
            "SEK",
            "на етапі погодження",
            "OTHER",
            "pipeline",
        ],
        [
            "SE-05",
            "Швеція (Sida)",
            "ПРООН (Програма розвитку ООН)",
            "Мобільні групи реагування на випадки домашнього насильства в сільських громадах",
            "Обладнання і навчання мобільних груп поліції для реагування на домашнє насильство.",
            "Національна поліція України",
            "DOMESTIC_VIOLENCE",
            date(2021, 3, 1),
            date(2022, 2, 28),
            3200,
            "SEK",
            "скасовано",
            "DOMESTIC_VIOLENCE",
            "cancelled",
        ],
        [
            "SE-06",
            "Швеція (Sida)",
            "Шведське поліцейське управління / Sida",
            "Обладнання пунктів пропуску на кордоні з Польщею для швидшого оформлення",
            "Сканери документів і черговість автомобілів у пунктах пропуску для зручності перетину кордону.",
            "Державна прикордонна служба України",
            "BORDER_CROSSING",
            date(2021, 6, 1),
            date(2021, 12, 31),
            4100,
            "SEK",
            "реалізується",
            "BORDER_CROSSING",
            "funded",
        ],
    ]
    # row 2 (the example row ПРИКЛАД) is overwritten by SE-01, the rest follow
    for i, p in enumerate(P, 2):
        put_row(ws, i, p[:12], num_fmt="#,##0.0")
    total = sum(p[9] for p in P)
    assert total == 54050.5
    r = 2 + len(P)
    ws.cell(r, 4, "Разом").font = Font(bold=True)
    c = ws.cell(r, 10, total)
    c.font = Font(bold=True)
    c.number_format = "#,##0.0"
    ws.cell(r + 2, 1, "* Суми зазначено в тисячах шведських крон (SEK).").font = Font(italic=True)
    for p in P:
        start = p[7] if isinstance(p[7], date) else date(*reversed([int(x) for x in p[7].split(".")]))
        end = p[8] if isinstance(p[8], date) else date(*reversed([int(x) for x in p[8].split(".")]))
        expect(p[3], "Sweden", p[12], p[13], "SEK", share_2021(p[9] * 1000, start, end))
    wb.save(raw / "Шаблон МТД_Швеція_заповнено.xlsx")


def file4_usa(raw):
    wb = openpyxl.load_workbook(TPL_EN)
    del wb["Instructions"]
    ws = wb["Projects"]
    wb.active = wb.sheetnames.index("Projects")
    cols = [
        ("Donor", "B"),
        ("Implementing partner", "C"),
        ("Project", "D"),
        ("Description", "E"),
        ("Beneficiary", "F"),
        ("Focus area", "G"),
        ("Start", "H"),
        ("End", "I"),
        ("Budget (USD)", "J"),
        ("Status", "L"),
    ]
    P = [
        # donor, implementer, title, descr, benef, focus, start, end, budget text, status |
        # partner, priority, status, total, start, end
        [
            "U.S. Embassy Kyiv (INL)",
            "ICITAP",
            "Patrol police community engagement and outreach",
            "Community policing curricula for the Patrol Police Academy, youth outreach and neighbourhood "
            "meetings in 12 cities.",
            "National Police of Ukraine",
            "Community policing",
            "Oct 2020",
            "Sep 2022",
            "$3,500,000",
            "Active",
            "USA",
            "COMMUNITY_POLICING",
            "funded",
            3_500_000,
            date(2020, 10, 1),
            date(2022, 9, 30),
        ],
        [
            "INL",
            "INL Kyiv (direct assistance)",
            "Counter-narcotics detection dogs and kits for SBGS",
            "Mainly drug interdiction: detection dogs, narcotics test kits and training for SBGS officers at the "
            "Odesa port and western checkpoints.",
            "State Border Guard Service; National Police",
            "Counter-narcotics; Border security",
            "2021-03-15",
            "03/14/2023",
            "$1,200,000",
            "Active",
            "INL",
            "DRUGS",
            "funded",
            1_200_000,
            date(2021, 3, 15),
            date(2023, 3, 14),
        ],
        [
            "USAID",
            "IOM Ukraine",
            "Anti-trafficking hotline and victim referral network",
            "National toll-free hotline, referral of identified victims of trafficking, joint work with "
            "NPU counter-trafficking units.",
            "National Police of Ukraine, State Migration Service",
            "Anti-trafficking",
            "1 Jan 2019",
            "31 Dec 2021",
            "USD 900,000",
            "Active (ends 12/31/2021)",
            "USAID",
            "TRAFFICKING",
            "funded",
            900_000,
            date(2019, 1, 1),
            date(2021, 12, 31),
        ],
        [
            "U.S. Department of State / INL",
            "U.S. DOJ ICITAP",
            "Cyber police digital forensics laboratory",
            "Digital forensics tools and training for the Cyber Police Department.",
            "National Police of Ukraine",
            "Cybercrime",
            "July 2021",
            "June 2024",
            "$2.4 million",
            "Active",
            "USA",
            "OTHER",
            "funded",
            2_400_000,
            date(2021, 7, 1),
            date(2024, 6, 30),
        ],
        [
            "INL",
            "TBD",
            "Electronic custody records in Kyiv oblast temporary detention facilities",
            "Roll-out of the electronic custody records system and cameras in ITTs of Kyiv oblast.",
            "National Police of Ukraine",
            "Custody records / temporary detention",
            "Jan 2022",
            "Dec 2023",
            "$750,000",
            "Pending funding",
            "INL",
            "CUSTODY",
            "pipeline",
            750_000,
            date(2022, 1, 1),
            date(2023, 12, 31),
        ],
        [
            "U.S. Embassy Kyiv",
            "INL procurement section",
            "COVID-19 protective equipment for border guards",
            "PPE, thermometers and disinfectant for SBGS staff at checkpoints.",
            "State Border Guard Service",
            "COVID-19 response",
            date(2020, 4, 20),
            date(2020, 12, 31),
            "$450,000",
            "Completed",
            "USA",
            "COVID19",
            "funded",
            450_000,
            date(2020, 4, 20),
            date(2020, 12, 31),
        ],
        [
            "U.S. Embassy Kyiv / INL",
            "U.S. Coast Guard (training); vendor TBD",
            "Maritime border surveillance boats for the Sea Guard in Mariupol",
            "Patrol boats and radars for the Maritime Guard of the SBGS in the Sea of Azov.",
            "State Border Guard Service",
            "Border security",
            "Feb 2021",
            "Jan 2022",
            "$1,800,000",
            "Cancelled - funds reprogrammed",
            "USA",
            "BORDER_SECURITY",
            "cancelled",
            1_800_000,
            date(2021, 2, 1),
            date(2022, 1, 31),
        ],
    ]
    r = rebuild(ws, cols, [p[:10] for p in P], formats={"date": "mm/dd/yyyy"})
    total = sum(p[13] for p in P)
    assert total == 11_000_000
    ws.cell(r, 1, "TOTAL").font = Font(bold=True)
    ws.cell(r, 9, "$11,000,000").font = Font(bold=True)
    for p in P:
        expect(p[2], p[10], p[11], p[12], "USD", share_2021(p[13], p[14], p[15]))
    wb.save(raw / "US_projects_MIA_SWG_May2021.xlsx")


def file5_germany(raw):
    wb = openpyxl.load_workbook(TPL_BOTH)
    ws = wb["Projects"]
    GFFO = "Germany (Federal Foreign Office)"
    P = [
        [
            "DE-PF-01",
            GFFO,
            "GIZ",
            "Police Cooperation Programme: community policing in eastern Ukraine",
            "Community police stations, training of community police officers and citizen dialogue formats.",
            "NPU",
            "COMMUNITY_POLICING",
            date(2020, 1, 1),
            date(2022, 12, 31),
            4_500_000,
            "EUR",
            "ongoing",
            "COMMUNITY_POLICING",
            "funded",
            [("Germany", 1.0)],
        ],
        [
            "DE-PF-02",
            GFFO,
            "German Federal Police (Bundespolizei)",
            "Modernisation of border crossing points on the Moldovan border (Odesa oblast)",
            "Passenger terminals, queue management and document readers at three checkpoints.",
            "SBGS",
            "BORDER_CROSSING",
            date(2021, 5, 1),
            date(2022, 10, 31),
            2_750_000,
            "EUR",
            "ongoing",
            "BORDER_CROSSING",
            "funded",
            [("Germany", 1.0)],
        ],
        [
            "DE-PF-03",
            "EU (70%) / Germany – BMZ (30%)",
            "GIZ",
            "Vocational training centre for rescuers of the State Emergency Service",
            "Curricula, simulators and trainers for the SESU training centre in Kharkiv.",
            "SESU",
            None,
            date(2019, 10, 1),
            date(2021, 9, 30),
            3_000_000,
            "EUR",
            "ongoing",
            "OTHER",
            "funded",
            [("EU", 0.7), ("Germany", 0.3)],
        ],
        [
            "DE-PF-04",
            "Germany (BMZ)",
            "GIZ",
            "Prevention of drug-related crime among young people",
            "School programmes and juvenile police units against drug dealing and drug use among minors.",
            "NPU",
            "DRUGS",
            date(2021, 7, 1),
            date(2023, 6, 30),
            1_200_000,
            "EUR",
            "planned",
            "DRUGS",
            "pipeline",
            [("Germany", 1.0)],
        ],
        [
            "DE-PF-05",
            "Germany (Federal Ministry of Health)",
            "Charité – Universitätsmedizin Berlin",
            "COVID-19 laboratory testing equipment for the National Guard medical service",
            "PCR equipment, reagents and training for the NGU military hospital laboratories.",
            "NGU",
            "COVID19",
            date(2020, 11, 1),
            date(2021, 3, 31),
            640_000,
            "EUR",
            "completed",
            "COVID19",
            "funded",
            [("Germany", 1.0)],
        ],
        [
            "DE-PF-06",
            GFFO,
            "IOM Ukraine",
            "Countering trafficking in human beings along the western border",
            "Joint NPU/SBGS training on identifying victims of trafficking and cross-border investigations.",
            "NPU;SBGS",
            "TRAFFICKING",
            date(2021, 1, 1),
            date(2021, 12, 31),
            850_000,
            "EUR",
            "ongoing",
            "TRAFFICKING",
            "funded",
            [("Germany", 1.0)],
        ],
    ]
    # the example row stays in row 2; the partner pasted its block at B3 instead of A3
    for i, p in enumerate(P, 3):
        put_row(ws, i, p[:12], c0=2, date_fmt="dd.mm.yyyy", num_fmt="#,##0")
    ws.column_dimensions["M"].width = 14
    for p in P:
        for partner, sh in p[14]:
            expect(p[3], partner, p[12], p[13], "EUR", share_2021(p[9], p[7], p[8]) * sh)
    wb.save(raw / "Vorlage_ITA_Deutschland_GFFO_BMZ.xlsx")


def file6_uk_csv(raw):
    ws = openpyxl.load_workbook(TPL_EN)["Projects"]
    header = [c.value for c in ws[1]]
    ex = []
    for c in ws[2]:
        v = c.value
        if hasattr(v, "strftime"):
            v = v.strftime("%Y-%m-%d")
        elif isinstance(v, (int, float)):
            v = f"{v:,.2f}"
        ex.append(v)
    P = [
        [
            "UK-CSSF-01",
            "UK (CSSF)",
            "Albany Associates",
            "Strategic communications capacity of the Ministry of Internal Affairs",
            "Press offices, crisis communication and public information campaigns of the MIA.",
            "MIA",
            "",
            "01/04/2021",
            "31/03/2022",
            "1200000",
            "GBP",
            "ongoing",
            "OTHER",
            "funded",
            1_200_000,
        ],
        [
            "UK-CSSF-02",
            "British Embassy Kyiv",
            "IOM",
            "Tackling organised immigration crime and migrant smuggling",
            "Investigations of smuggling networks, irregular migration risk analysis, readmission cooperation.",
            "SBGS;SMS",
            "ILLEGAL_MIGRATION",
            "01/04/2020",
            "31/03/2023",
            "1,850,000.00",
            "GBP",
            "ongoing",
            "ILLEGAL_MIGRATION",
            "funded",
            1_850_000,
        ],
        [
            "UK-CSSF-03",
            "UK (CSSF)",
            "La Strada Ukraine",
            "Domestic abuse awareness training for first-responder police",
            "Training of patrol officers on domestic abuse calls, risk assessment and urgent barring orders.",
            "NPU",
            "DOMESTIC_VIOLENCE",
            "15/09/2021",
            "14/09/2022",
            "£320,000",
            "GBP",
            "pipeline - subject to CSSF allocation for FY21/22",
            "DOMESTIC_VIOLENCE",
            "pipeline",
            320_000,
        ],
        [
            "UK-CSSF-04",
            "UK (Home Office)",
            "UK National Crime Agency",
            "Modern slavery and human trafficking: joint investigation teams",
            "Joint investigation teams with NPU on labour exploitation and trafficking of Ukrainians to the UK.",
            "NPU",
            "TRAFFICKING",
            "01/10/2019",
            "30/09/2021",
            "£640,500",
            "GBP",
            "ongoing",
            "TRAFFICKING",
            "funded",
            640_500,
        ],
        [
            "UK-CSSF-05",
            "UK (CSSF)",
            "Crown Agents",
            "Border guard leadership and anti-corruption training",
            "Leadership, integrity and border management training for SBGS mid-level commanders.",
            "SBGS",
            "BORDER_SECURITY",
            "01/04/2021",
            "31/03/2024",
            "2,250,000.00",
            "GBP",
            "ongoing",
            "BORDER_SECURITY",
            "funded",
            2_250_000,
        ],
        [
            "UK-CSSF-06",
            "UK (CSSF)",
            "UK Border Force",
            "Drug trafficking investigations mentoring at the Odesa sea port",
            "Mentoring of NPU and SBGS investigators on cocaine and heroin shipments through the port.",
            "NPU;SBGS",
            "DRUGS",
            "01/04/2021",
            "31/03/2022",
            "£400,000",
            "GBP",
            "cancelled (CSSF funding cut, not started)",
            "DRUGS",
            "cancelled",
            400_000,
        ],
    ]
    n = len(header)
    lines = [
        [
            "British Embassy Kyiv - CSSF Ukraine programme: submission to the MIA SWG 'Law Enforcement "
            "Activities'"
        ]
        + [""] * (n - 1),
        ["Prepared 14/05/2021. Amounts in GBP (whole project budget); UK financial year runs April-March."]
        + [""] * (n - 1),
        [""] * n,
        header,
    ]
    lines += [p[:12] for p in P]
    lines.append(ex)
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(lines)
    (raw / "UK_CSSF_ITA_template.csv").write_bytes(buf.getvalue().encode("cp1252", errors="replace"))
    for p in P:
        d1 = date(*reversed([int(x) for x in p[7].split("/")]))
        d2 = date(*reversed([int(x) for x in p[8].split("/")]))
        expect(p[3], "UK", p[12], p[13], "GBP", share_2021(p[14], d1, d2))


def file7_poland_ru(raw):
    wb = openpyxl.load_workbook(TPL_UK)
    ws = wb["Projects"]
    nb = "\u00a0"
    P = [
        [
            "PL-01",
            "Польша (МИД РП, программа «Польская помощь»)",
            "Пограничная стража Республики Польша",
            "Повышение квалификации пограничников по стандартам Шенгена",
            "Обучение офицеров ГПСУ охране границы между пунктами пропуска, анализ рисков, патрулирование.",
            "ГПСУ",
            "Надёжная охрана границы",
            "01.03.2021",
            "28.02.2022",
            f"1{nb}250{nb}000 зл.",
            "PLN",
            "реализуется",
            "BORDER_SECURITY",
            "funded",
            1_250_000,
            date(2021, 3, 1),
            date(2022, 2, 28),
        ],
        [
            "PL-02",
            "Польша (МИД РП)",
            "Государственная пожарная служба Польши",
            "Оборудование для спасательных подразделений ГСЧС во Львовской области",
            "Пожарно-спасательная техника и снаряжение для подразделений ГСЧС.",
            "ГСЧС",
            "Другое",
            "15.06.2020",
            "14.06.2021",
            f"980{nb}000 зл.",
            "PLN",
            "завершён",
            "OTHER",
            "funded",
            980_000,
            date(2020, 6, 15),
            date(2021, 6, 14),
        ],
        [
            "PL-03",
            "Польша",
            "Фонд «Ла Страда – Польша»",
            "Противодействие торговле людьми на польско-украинской границе",
            "Выявление жертв торговли людьми среди трудовых мигрантов, совместные тренинги полиции и ГПСУ.",
            "Нацполиция, ГПСУ, ГМС",
            "Противодействие торговле людьми",
            "01.09.2021",
            "31.08.2023",
            f"2{nb}100{nb}000 зл.",
            "PLN",
            "планируется (на согласовании)",
            "TRAFFICKING",
            "pipeline",
            2_100_000,
            date(2021, 9, 1),
            date(2023, 8, 31),
        ],
        [
            "PL-04",
            "Посольство Республики Польша в Киеве",
            "Польский центр международной помощи (PCPM)",
            "Модернизация пункта пропуска «Шегини»: зона обслуживания пассажиров",
            "Навесы, электронная очередь и зал ожидания для пешеходов и автобусов в пункте пропуска.",
            "ГПСУ",
            "Удобное пересечение границы",
            "апрель 2021",
            "декабрь 2022",
            f"3{nb}400{nb}000 зл.",
            "злотый",
            "реализуется",
            "BORDER_CROSSING",
            "funded",
            3_400_000,
            date(2021, 4, 1),
            last_day(2022, 12),
        ],
    ]
    for i, p in enumerate(P, 3):  # example row ПРИКЛАД stays in row 2
        put_row(ws, i, p[:12])
    for p in P:
        expect(p[3], "Poland", p[12], p[13], "PLN", share_2021(p[14], p[15], p[16]))
    # second sheet: MORE projects that are not on sheet Projects
    ws2 = wb.create_sheet("Дополнительно")
    ws2["A1"] = (
        "Дополнительные проекты (малые гранты Посольства Республики Польша) — НЕ указаны на листе "
        "Projects, добавлены к нему."
    )
    ws2["A1"].font = Font(bold=True)
    hdr = ["№", "Название проекта", "Донор", "Получатель", "Приоритет", "Период", "Бюджет (злотых)", "Статус"]
    for j, h in enumerate(hdr, 1):
        ws2.cell(3, j, h).font = Font(bold=True)
    E = [
        [
            1,
            "Психологическая поддержка полицейских, пострадавших при исполнении служебных обязанностей",
            "Посольство РП",
            "Нацполиция",
            "Другое",
            "2021",
            400_000,
            "реализуется",
            "OTHER",
            "funded",
            date(2021, 1, 1),
            date(2021, 12, 31),
        ],
        [
            2,
            "Обучение кинологов ГПСУ по выявлению наркотиков",
            "Посольство РП",
            "ГПСУ",
            "Противодействие наркопреступности",
            "2021–2022",
            600_000,
            "реализуется",
            "DRUGS",
            "funded",
            date(2021, 1, 1),
            date(2022, 12, 31),
        ],
        [
            3,
            "Информирование иностранцев о правилах легального пребывания в Украине",
            "Посольство РП",
            "ГМС",
            "Противодействие нелегальной миграции",
            "2022",
            300_000,
            "планируется",
            "ILLEGAL_MIGRATION",
            "pipeline",
            date(2022, 1, 1),
            date(2022, 12, 31),
        ],
    ]
    for i, e in enumerate(E, 4):
        put_row(ws2, i, e[:8], num_fmt="#,##0")
        expect(e[1], "Poland", e[8], e[9], "PLN", share_2021(e[6], e[10], e[11]))
    for col, w in zip("ABCDEFGH", (5, 70, 16, 16, 36, 12, 16, 14)):
        ws2.column_dimensions[col].width = w
    wb.save(raw / "Шаблон_МТД_Польша.xlsx")


def file8_canada(raw):
    wb = openpyxl.load_workbook(TPL_BOTH)
    del wb["Instructions"]
    ws = wb["Projects"]
    wb.active = wb.sheetnames.index("Projects")
    cols = [(None, c) for c in "ABCDFGHIJKL"]  # Description (E) deleted
    C = "Canada (Global Affairs Canada)"
    P = [
        [
            "CA-01",
            C,
            "Royal Canadian Mounted Police (RCMP)",
            "Gender-responsive policing project (phase II)",
            "НПУ",
            "DOMESTIC_VIOLENCE",
            date(2019, 9, 1),
            date(2022, 8, 31),
            5_600_000,
            "CAD",
            "ongoing",
            "DOMESTIC_VIOLENCE",
            "funded",
        ],
        [
            "CA-02",
            C,
            "Canadian Police Arrangement",
            "Police training on de-escalation and community engagement",
            "НПУ; МВС",
            "COMMUNITY_POLICING",
            date(2020, 6, 1),
            date(2022, 5, 31),
            2_300_000,
            "CAD",
            "ongoing",
            "COMMUNITY_POLICING",
            "funded",
        ],
        [
            "CA-03",
            C,
            "UN Mine Action Service",
            "Support to explosive ordnance disposal teams of the National Guard",
            "НГУ",
            "other - EOD",
            date(2021, 2, 1),
            date(2022, 1, 31),
            1_150_000,
            "CAD",
            "ongoing",
            "OTHER",
            "funded",
        ],
        [
            "CA-04",
            C,
            "IOM Ukraine",
            "Irregular migration risk analysis unit at the State Migration Service",
            "ДМС",
            "ILLEGAL_MIGRATION",
            date(2021, 11, 1),
            date(2022, 10, 31),
            480_000,
            "CAD",
            "planned",
            "ILLEGAL_MIGRATION",
            "pipeline",
        ],
        [
            "CA-05",
            C,
            "Canadian Red Cross",
            "COVID-19 emergency support to the State Emergency Service",
            "ДСНС",
            "COVID19",
            date(2020, 4, 1),
            date(2021, 3, 31),
            700_000,
            "CAD",
            "completed",
            "COVID19",
            "funded",
        ],
        [
            "CA-06",
            C,
            "UNHCR Ukraine",
            "Accessibility of entry-exit checkpoints on the contact line",
            "ДПСУ",
            "BORDER_CROSSING",
            date(2021, 4, 1),
            date(2021, 12, 31),
            900_000,
            "CAD",
            "ongoing",
            "BORDER_CROSSING",
            "funded",
        ],
    ]
    top = [
        "Government of Canada – Global Affairs Canada (Peace and Stabilization Operations Program / "
        "International Development)",
        "Projects in the law enforcement sector – status as of 30 April 2021. Amount = total Canadian "
        "contribution, CAD.",
        None,
    ]
    rebuild(ws, cols, [p[:11] for p in P], header_row=4, top_lines=top, formats={"J": "#,##0.00"})
    for p in P:
        expect(p[3], "Canada", p[11], p[12], "CAD", share_2021(p[8], p[6], p[7]))
    # second sheet: a copy of their internal tracker with the SAME projects
    ws2 = wb.create_sheet("GAC tracker (copy)")
    ws2["A1"] = (
        "Copy of our internal tracker: the SAME 6 projects as on sheet 'Projects' "
        "(for reference only -- please do not count twice)."
    )
    ws2["A1"].font = Font(bold=True, color="C00000")
    hdr = [
        "Template code",
        "GAC project no.",
        "Project title",
        "Budget (CAD)",
        "Start",
        "End",
        "Status",
        "Officer",
    ]
    for j, h in enumerate(hdr, 1):
        ws2.cell(3, j, h).font = Font(bold=True)
    gac = ["P-007231-001", "P-008112-001", "P-009040-001", "P-009388-001", "P-008777-001", "P-009102-001"]
    officers = ["J. Tremblay", "J. Tremblay", "M. Roy", "M. Roy", "S. Nguyen", "S. Nguyen"]
    for i, (p, g, o) in enumerate(zip(P, gac, officers), 4):
        put_row(ws2, i, [p[0], g, p[3], p[8], p[6], p[7], p[10].capitalize(), o], num_fmt="#,##0")
        assert ws2.cell(i, 4).value == p[8]
    for col, w in zip("ABCDEFGH", (14, 16, 70, 14, 12, 12, 12, 14)):
        ws2.column_dimensions[col].width = w
    wb.save(raw / "GAC_Ukraine_LEA_template_returned.xlsx")


def main():
    out = Path(sys.argv[1] if len(sys.argv) > 1 else HERE / "out")
    raw = out / "raw"
    raw.mkdir(parents=True, exist_ok=True)
    for f in raw.iterdir():
        f.unlink()
    _write_templates(out / "templates")
    for fn in (
        file1_denmark,
        file2_switzerland,
        file3_sweden,
        file4_usa,
        file5_germany,
        file6_uk_csv,
        file7_poland_ru,
        file8_canada,
    ):
        fn(raw)
    titles = [e["title"] for e in EXPECTED]
    pairs = {(e["title"], e["partner"]) for e in EXPECTED}
    assert len(pairs) == len(EXPECTED)
    assert len(set(titles)) == 49, len(set(titles))
    assert len(EXPECTED) == 51
    with open(out / "expected.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(
            fh, fieldnames=["title", "partner", "priority", "status", "currency", "amount_2021"]
        )
        w.writeheader()
        for e in EXPECTED:
            w.writerow({**e, "amount_2021": f"{e['amount_2021']:.2f}"})
    print(f"{len(list(raw.iterdir()))} files, {len(set(titles))} projects, {len(EXPECTED)} lines -> {out}")


if __name__ == "__main__":
    main()
