#!/usr/bin/env python
"""Blind test set "aq" -- money written in the forms real people use.

Usage:  python set_aq.py OUT_DIR   -> OUT_DIR/raw/<7 files>, OUT_DIR/expected.csv

Seven partner files, 46 projects (48 expected lines: two projects are co-funded).
Every file is an ordinary partner list; the difficulty is how the money is written.

----------------------------------------------------------------------------------
1. aq1_EUD_LEA_portfolio_Nov2020.xlsx  (English, EU Delegation; partner EU, EUR)
   Columns "Total EU contribution, EUR" (a number) and "Commitments by year (EUR)",
   a text cell holding a per-year breakdown.  The 2021 money is the 2021 entry of
   that breakdown, NOT the total and NOT the first number in the cell (which is
   often a year, e.g. "2019: 200 000").
   - EU4Border Resilience ...          "2020: 300 000; 2021: 450 000; 2022: 250 000" -> 450 000
   - Modernisation of the Krakovets... "2021: EUR 1.2 million, 2022: EUR 2.1 million,
                                        2023: EUR 1.2 million"                       -> 1 200 000
   - Community Policing Pilots ...     "2020 – 100,000 / 2021 – 300,000 / 2022 – 200,000"
                                        (commas are thousands separators)            -> 300 000
   - Support to Readmission ...        pipeline, "2022: 400 000; 2023: 400 000"; the note says
                                        a year not shown has no funds; period 2022-23 -> 0
   - Forensic Drug Profiling ...       breakdown on three lines, 2021 is the last -> 250 000
   - Protection Orders ...             cancelled; "2021: 270 000; 2022: 80 000" -> 270 000
                                        (the file states the 2021 figure; status = cancelled)
   - Strengthening Internal Control... "2021: approx. 315 000; 2022: approx. 105 000" -> 315 000
   Title cells of two projects have a second line (contract reference); title = first line.
   Every breakdown is asserted to sum to the total column.

2. aq2_US_Embassy_proekty_2021.csv  (Ukrainian, cp1251, ';', decimal commas; US Embassy -> USA)
   "Усі суми — у доларах США, якщо не зазначено інше."  Legend: in the 2021 column
   "0" = no 2021 funding; "–" = no annual split, budget spread evenly over the period.
   - Посилення спроможності ... торгівлі людьми: total "1'250'000 дол. США",
       2021 "600 000" with a NBSP                                         -> USD 600 000
   - Електронна система обліку затриманих ...: total "840.000,00" (dots = thousands),
       2021 "–", period 01.04.2020–31.03.2022 -> 840 000 * 365/730           -> USD 420 000
   - Мобільні групи реагування на домашнє насильство ...: 2021 cell
       "2021 – 40 тис., 2022 – 60 тис."                                    -> USD 40 000
   - Мобільне обладнання для виявлення наркотиків ...: "близько 300 тис. дол. США",
       2021 "близько 75 тис."                                              -> USD 75 000
   - Курс тактичної медицини для НГУ: completed 2019–2020, 2021 "0"        -> USD 0
   - Розширення програми «Офіцер громади» ...: pipeline, "1.500.000,00", 2021 "–",
       period 10.2021–09.2023 -> spread by days                           -> USD 189 041.10
   - Засоби індивідуального захисту від COVID-19 ...: cells "9 600 000 грн." /
       "3 200 000 грн." -- a cell in another currency than the file default -> UAH 3 200 000
   A naive reader reads "–" as 0 (wrong here), "1'250'000" / "840.000,00" as garbage.

3. aq3_IOM_portfel_LEA_2021_ru.xlsx  (Russian, IOM overview; donor column decides partner)
   Headers "Общий бюджет, долл. США" / "Бюджет 2021, долл. США", but several cells carry
   another currency code ("CHF 400 000", "EUR 800 000", "JPY 30 000 000"); the note says a
   code in the cell overrides the header.  "≈" = approximate (amount is the number).
   Range for pipeline projects: the note says use the LOWER end.
   - Выявление жертв торговли людьми ... : Switzerland, "CHF 400 000"      -> CHF 400 000
   - Модернизация Единой информационно-аналитической системы ... : EU,
       "EUR 800 000"                                                       -> EUR 800 000
   - Пункты временного содержания иностранцев ...: donor "Государственный департамент
       США (PRM)" -> USA, "≈ 250 000" under the USD header                 -> USD 250 000
   - Мобильные группы ГПСУ на украинско-белорусском участке: Japan,
       "JPY 30 000 000"                                                   -> JPY 30 000 000
   - Профилактика COVID-19 среди мигрантов ...: IOM own fund (Фонд МОМ по развитию),
       plain number 120000 under USD header                               -> IOM USD 120 000
   - Автоматическая проверка документов на пунктах пропуска «Ягодин» и «Устилуг»:
       Netherlands, pipeline, "150 000–200 000" -> lower end               -> USD 150 000

4. aq4_Bilateral_donor_matrix_border_migration.xlsx  (English, bilateral donors)
   Money is in the donor's own currency ("Currency" column); "EUR equivalent 2021
   (informative)" sits beside it and is NOT the amount.  "Total budget, '000 (original
   currency)" is in thousands while "2021 (original currency)" is in full units.
   - Financial Investigation Mentoring ...: UK, GBP 700 000 (EUR eq. shown)  -> GBP 700 000
   - Gender-Sensitive Response to Domestic Violence ...: Sweden            -> SEK 6 500 000
   - Green Border Surveillance Radars ...: Denmark, 2021 cell EMPTY (note: no annual split)
       -> total 15 000 ('000) = 15 000 000 spread 2021-01..2022-12 -> 365/730 -> DKK 7 500 000
   - Search and Rescue Equipment ... Carpathian: Norway                    -> NOK 8 000 000
   - Irregular Migration Risk Analysis ...: Poland, pipeline               -> PLN 200 000
   - Drug Investigation Skills ...: Canada, cancelled, 2021 stated         -> CAD 500 000
   - Mentoring of the Temporary Detention Facilities Inspection Unit: Lithuania -> EUR 120 000
   A naive reader takes the EUR equivalent (wrong currency and figure) or reads the
   thousands total as full units for the Danish project (15 000 -> 7 500).

5. aq5_UNDP_RoLS_contributions_2021.csv  (English, UTF-8 with BOM, ',' delimiter)
   Per-donor 2021 columns (EU, Denmark, Japan, Netherlands, UNDP (TRAC)) plus "Total 2021"
   = sum of the donor columns (asserted), plus "Budget revision 2021" in accounting format;
   the note says brackets are reductions of the row's 2021 amount (current = donor + revision).
   Revisions only on single-donor rows.
   - Community Security and Social Cohesion ... Police Component: co-funded
       EU 900 000 + Denmark 300 000 (Total 1 200 000 is not a partner)  -> 2 lines
   - Rapid Disinfection Capacity of SES ...: Japan 450 000, revision "(50,000)" -> 400 000
   - Legal Aid and Custody Safeguards ...: UNDP own TRAC funds          -> UNDP 150 000
   - Human Rights-Based Policing Curriculum ...: co-funded EU 200 000 + UNDP 50 000 -> 2 lines
   - Mine Action Information Management ...: pipeline, Japan 600 000, revision "–" -> 600 000
   - Anti-Trafficking Hotline ...: Netherlands 275 000, revision "(25,000)"  -> 250 000

6. aq6_Nimechchyna_proekty_MVS_2021.xlsx  (Ukrainian, German Embassy; donor BMI/AA -> Germany)
   "Загальний бюджет, тис. EUR" (thousands) beside "2021, EUR" and "2022, EUR" (full units).
   - Цифрова платформа обліку ... примусовому поверненню: "2021, EUR" and "2022, EUR"
       MERGED into one cell 640 000; note: a merged cell is the sum for both years, spread
       evenly over the period 01.07.2021–30.06.2022 -> 640 000*184/365      -> EUR 322 630.14
   - Кризові кімнати ... Харківської області: 2021 cell is TEXT "=450000"  -> EUR 450 000
   - Навчання персоналу ДСНС з реагування на хімічні аварії: 2021 "35%" of
       total 1 200 (тис.)                                                  -> EUR 420 000
   - Біометричні зчитувачі ... кордоні з Польщею: pipeline, 2021 "0"      -> EUR 0
   - Спільні розслідування торгівлі людьми НПУ та BKA: cancelled, 300 000 -> EUR 300 000
   - Відеоспостереження та електронний журнал затриманих в ІТТ Львівщини:
       2021 "30 %" of total 900 (тис.)                                      -> EUR 270 000

7. aq7_OBSE_i_donory_proekty_2021.csv  (Russian, cp1251, ';', decimal commas)
   Currency column + amounts as text: "1.250.000,00", "900'000", "350 тыс. кан. долл.",
   "около 200 000 фунтов", "2,1 млн долл. США", "700 000 долл. США" (NBSP), "1’800’000".
   Legend (DIFFERENT from file 2): empty 2021 cell = not split by year -> spread over the
   period; "0" and "–" = no 2021 funding.
   - Мобильные консультационные пункты ... на автовокзалах: OSCE, "480.000,00" -> EUR 480 000
   - Обучение полицейских офицеров громад в Николаевской области: Canada,
       "350 тыс. кан. долл."                                             -> CAD 350 000
   - Противодействие незаконному обороту наркотиков в портах ...: UK,
       "около 200 000 фунтов"                                            -> GBP 200 000
   - Гендерно-ориентированная работа полиции ... Донецкой области: Sweden, pipeline,
       EMPTY 2021 cell, "4.800.000" over 09.2021–08.2023                 -> SEK 802 191.78
   - Модернизация инфраструктуры пункта пропуска «Мамалыга»: Switzerland, cancelled,
       2021 "–"                                                           -> CHF 0
   - Оснащение пиротехнических подразделений ГСЧС: USA, "700 000 долл. США" -> USD 700 000
   - Идентификация поддельных документов ... ГМС: OSCE, completed 2020, "0" -> EUR 0
"""

import csv
import os
import sys
from datetime import date

import openpyxl
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

NBSP = "\u00a0"


def days_in_2021(start, end):
    lo = max(start, date(2021, 1, 1))
    hi = min(end, date(2021, 12, 31))
    return max(0, (hi - lo).days + 1)


def share_2021(total, start, end):
    return round(total * days_in_2021(start, end) / ((end - start).days + 1), 2)


EXPECTED = []  # (title, partner, priority, status, currency, amount_2021)


def exp(title, partner, priority, status, currency, amount):
    EXPECTED.append((title, partner, priority, status, currency, round(float(amount), 2)))


BOLD = Font(bold=True)
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def header_row(ws, row, values, widths=None):
    for j, v in enumerate(values, 1):
        c = ws.cell(row=row, column=j, value=v)
        c.font = BOLD
        c.fill = HEAD_FILL
        c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        c.border = BOX
    if widths:
        for j, w in enumerate(widths, 1):
            ws.column_dimensions[openpyxl.utils.get_column_letter(j)].width = w


def body_row(ws, row, values):
    for j, v in enumerate(values, 1):
        c = ws.cell(row=row, column=j, value=v)
        c.alignment = WRAP
        c.border = BOX
    return row


# ---------------------------------------------------------------------------------
# File 1: EU Delegation, per-year breakdown inside one cell
# ---------------------------------------------------------------------------------
def file1(raw):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Portfolio"
    ws["A1"] = "Delegation of the European Union to Ukraine"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = (
        "Law enforcement and security sector portfolio – contribution to the SWG "
        '"Law Enforcement Activities" (2021 round)'
    )
    ws["A3"] = "Status as of 20 November 2020"
    ws["A3"].font = Font(italic=True)
    hdr = [
        "No.",
        "Project title",
        "Beneficiary",
        "Implementing partner",
        "Period",
        "Status",
        "Total EU contribution, EUR",
        "Commitments by year (EUR)",
        "Remarks",
    ]
    header_row(ws, 5, hdr, [5, 52, 16, 22, 20, 14, 16, 38, 34])
    ws.freeze_panes = "C6"

    rows = [
        # title cell, benef, impl, period text, status, total, breakdown, remarks, (expected)
        (
            "EU4Border Resilience: Surveillance Equipment for the Ukraine–Moldova Green Border",
            "SBGS (ДПСУ)",
            "ICMPD",
            "03/2020 – 12/2022",
            "Ongoing",
            1000000,
            "2020: 300 000; 2021: 450 000; 2022: 250 000",
            "Thermal cameras, mobile towers",
            ("BORDER_SECURITY", "funded", 450000),
            {2020: 300000, 2021: 450000, 2022: 250000},
        ),
        (
            "Modernisation of the Krakovets and Shehyni Border Crossing Points Processing Lanes\n"
            "(ref. ENI/2020/417-552)",
            "SBGS, State Customs Service",
            "Ukrainian Infrastructure Agency (with EU TA)",
            "01/2021 – 06/2023",
            "Contract signed",
            4500000,
            "2021: EUR 1.2 million, 2022: EUR 2.1 million, 2023: EUR 1.2 million",
            "Works start Q2 2021",
            ("BORDER_CROSSING", "funded", 1200000),
            {2021: 1200000, 2022: 2100000, 2023: 1200000},
        ),
        (
            "Community Policing Pilots in Amalgamated Hromadas of Zakarpattia Oblast",
            "National Police (НПУ)",
            "UNDP",
            "09/2020 – 08/2022",
            "Ongoing",
            600000,
            "2020 – 100,000 / 2021 – 300,000 / 2022 – 200,000",
            "",
            ("COMMUNITY_POLICING", "funded", 300000),
            {2020: 100000, 2021: 300000, 2022: 200000},
        ),
        (
            "Support to Readmission and Return Case Management of the State Migration Service",
            "SMS (ДМС)",
            "IOM",
            "01/2022 – 12/2023",
            "Planned (AAP 2021)",
            800000,
            "2022: 400 000; 2023: 400 000",
            "Subject to adoption of the Annual Action Plan",
            ("ILLEGAL_MIGRATION", "pipeline", 0),
            {2022: 400000, 2023: 400000},
        ),
        (
            "Forensic Drug Profiling Laboratory Capacity for the Expert Service of the MIA",
            "Expert Service of the MIA",
            "EU Member State consortium (BKA/NFI)",
            "07/2019 – 06/2021",
            "Ongoing",
            900000,
            "2019: 200 000\n2020: 450 000\n2021: 250 000",
            "Final tranche 2021",
            ("DRUGS", "funded", 250000),
            {2019: 200000, 2020: 450000, 2021: 250000},
        ),
        (
            "Protection Orders and Domestic Violence Response Training for Patrol Police\n"
            "(ref. ENI/2020/420-118)",
            "National Police (Patrol Police)",
            "La Strada-Ukraine",
            "03/2021 – 02/2022",
            "Cancelled",
            350000,
            "2021: 270 000; 2022: 80 000",
            "Cancelled in Oct 2020 – overlap with Spotlight Initiative",
            ("DOMESTIC_VIOLENCE", "cancelled", 270000),
            {2021: 270000, 2022: 80000},
        ),
        (
            "Strengthening Internal Control and Anti-Corruption Units of the MIA",
            "MIA (Internal Security Dept.)",
            "EU Technical Assistance (Particip GmbH)",
            "04/2021 – 03/2022",
            "Signed",
            420000,
            "2021: approx. 315 000; 2022: approx. 105 000",
            "Indicative split",
            ("OTHER", "funded", 315000),
            {2021: 315000, 2022: 105000},
        ),
    ]
    r = 6
    for i, (title, ben, imp, per, st, total, brk, rem, (prio, status, a21), split) in enumerate(rows, 1):
        assert sum(split.values()) == total, title
        assert split.get(2021, 0) == a21, title
        body_row(ws, r, [i, title, ben, imp, per, st, total, brk, rem])
        ws.cell(row=r, column=7).number_format = "#,##0"
        exp(title.split("\n")[0], "EU", prio, status, "EUR", a21)
        r += 1
    ws.cell(row=r, column=6, value="Total").font = BOLD
    ws.cell(row=r, column=7, value=sum(x[5] for x in rows)).number_format = "#,##0"
    r += 2
    ws.cell(row=r, column=1, value="Notes:").font = BOLD
    ws.cell(
        row=r + 1,
        column=1,
        value=(
            '1. "Commitments by year" is the indicative annual breakdown agreed with the '
            "implementing partner; where a year is not shown, no EU funds are planned for that year."
        ),
    )
    ws.cell(
        row=r + 2,
        column=1,
        value=(
            "2. Cancelled actions are kept in the list with their original planned figures for information."
        ),
    )
    wb.save(os.path.join(raw, "aq1_EUD_LEA_portfolio_Nov2020.xlsx"))


# ---------------------------------------------------------------------------------
# File 2: US Embassy, Ukrainian CSV cp1251, "0" vs "–"
# ---------------------------------------------------------------------------------
def file2(raw):
    lines = []
    lines.append(["Посольство США в Україні – програми Бюро INL"])
    lines.append(
        ["Перелік проєктів міжнародної технічної допомоги для органів системи МВС станом на 01.12.2020"]
    )
    lines.append(["Усі суми — у доларах США, якщо не зазначено інше."])
    lines.append([])
    lines.append(
        [
            "№",
            "Назва проєкту",
            "Бенефіціар",
            "Виконавець",
            "Період реалізації",
            "Статус",
            "Загальний бюджет",
            "Фінансування 2021 р.",
            "Примітки",
        ]
    )

    custody_total = 840000
    custody = share_2021(custody_total, date(2020, 4, 1), date(2022, 3, 31))
    assert custody == 420000.0
    cp_total = 1500000
    cp = share_2021(cp_total, date(2021, 10, 1), date(2023, 9, 30))

    rows = [
        (
            "Посилення спроможності підрозділів протидії торгівлі людьми Національної поліції",
            "НПУ (ДП «Протидія торгівлі людьми»)",
            "МОМ",
            "01.2021–12.2022",
            "реалізується",
            "1'250'000 дол. США",
            "600" + NBSP + "000",
            "",
            ("TRAFFICKING", "funded", "USD", 600000),
        ),
        (
            "Електронна система обліку затриманих осіб «Custody Records» в ІТТ Київської та "
            "Харківської областей",
            "НПУ",
            "Chemonics International",
            "01.04.2020–31.03.2022",
            "реалізується",
            "840.000,00",
            "–",
            "",
            ("CUSTODY", "funded", "USD", custody),
        ),
        (
            "Мобільні групи реагування на домашнє насильство «ПОЛІНА» в Одеській області",
            "НПУ (ГУНП в Одеській обл.)",
            "ГО «Ла Страда-Україна»",
            "2021–2022",
            "підписано",
            "100 тис. дол. США",
            "2021 – 40 тис., 2022 – 60 тис.",
            "",
            ("DOMESTIC_VIOLENCE", "funded", "USD", 40000),
        ),
        (
            "Мобільне обладнання для виявлення наркотиків у міжнародних поштових відправленнях",
            "НПУ (Департамент протидії наркозлочинності)",
            "INL (пряма закупівля)",
            "07.2021–06.2023",
            "підписано",
            "близько 300 тис. дол. США",
            "близько 75 тис.",
            "сума орієнтовна",
            ("DRUGS", "funded", "USD", 75000),
        ),
        (
            "Курс тактичної медицини для інструкторів Національної гвардії України",
            "НГУ",
            "INL / Техаський університет",
            "2019–2020",
            "завершено",
            "450 000",
            "0",
            "завершено у грудні 2020 р.",
            ("OTHER", "funded", "USD", 0),
        ),
        (
            "Розширення програми «Офіцер громади» у Донецькій та Луганській областях",
            "НПУ",
            "INL",
            "10.2021–09.2023",
            "планується",
            "1.500.000,00",
            "–",
            "очікує погодження Держдепартаменту",
            ("COMMUNITY_POLICING", "pipeline", "USD", cp),
        ),
        (
            "Засоби індивідуального захисту від COVID-19 для підрозділів ДПСУ на пунктах пропуску",
            "ДПСУ",
            "INL (закупівля через місцевого постачальника)",
            "05.2020–04.2021",
            "реалізується",
            "9 600 000 грн.",
            "3 200 000 грн.",
            "закупівля у гривні",
            ("COVID19", "funded", "UAH", 3200000),
        ),
    ]
    for i, (t, b, imp, per, st, tot, a21, rem, (prio, status, cur, amt)) in enumerate(rows, 1):
        lines.append([str(i), t, b, imp, per, st, tot, a21, rem])
        exp(t, "USA", prio, status, cur, amt)
    lines.append([])
    lines.append(["Умовні позначення до колонки «Фінансування 2021 р.»:"])
    lines.append(["«0» — фінансування у 2021 р. не передбачено;"])
    lines.append(
        [
            "«–» — розподіл бюджету за роками не визначено, бюджет розподіляється "
            "рівномірно на весь період реалізації."
        ]
    )
    with open(os.path.join(raw, "aq2_US_Embassy_proekty_2021.csv"), "w", encoding="cp1251", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        for ln in lines:
            w.writerow(ln)


# ---------------------------------------------------------------------------------
# File 3: IOM, Russian xlsx, header currency vs cell currency code, ≈, range
# ---------------------------------------------------------------------------------
def file3(raw):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Проекты МОМ"
    ws["A1"] = "Представительство МОМ в Украине — проекты в секторе правоохранительной деятельности"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Информация к заседанию секторальной рабочей группы, декабрь 2020 г."
    hdr = [
        "№",
        "Название проекта",
        "Донор",
        "Бенефициар",
        "Срок реализации",
        "Статус",
        "Общий бюджет, долл. США",
        "Бюджет 2021, долл. США",
        "Комментарий",
    ]
    header_row(ws, 4, hdr, [5, 55, 30, 14, 18, 16, 20, 20, 30])
    rows = [
        (
            "Выявление жертв торговли людьми среди трудовых мигрантов на пунктах пропуска",
            "Швейцария (SDC)",
            "ГПСУ, НПУ",
            "07.2020–06.2023",
            "реализуется",
            "CHF 1 100 000",
            "CHF 400 000",
            "",
            ("Switzerland", "TRAFFICKING", "funded", "CHF", 400000),
        ),
        (
            "Модернизация Единой информационно-аналитической системы управления миграционными процессами",
            "Европейский Союз",
            "ГМС",
            "01.2020–12.2022",
            "реализуется",
            "EUR 2 400 000",
            "EUR 800 000",
            "",
            ("EU", "ILLEGAL_MIGRATION", "funded", "EUR", 800000),
        ),
        (
            "Пункты временного содержания иностранцев: условия содержания и медицинское обслуживание",
            "Государственный департамент США (PRM)",
            "ГМС",
            "10.2020–09.2022",
            "реализуется",
            "≈ 600 000",
            "≈ 250 000",
            "сумма уточняется",
            ("USA", "ILLEGAL_MIGRATION", "funded", "USD", 250000),
        ),
        (
            "Мобильные группы ГПСУ на украинско-белорусском участке границы",
            "Правительство Японии",
            "ГПСУ",
            "03.2021–02.2022",
            "подписан",
            "JPY 55 000 000",
            "JPY 30 000 000",
            "грант через МОМ",
            ("Japan", "BORDER_SECURITY", "funded", "JPY", 30000000),
        ),
        (
            "Профилактика COVID-19 среди мигрантов в пунктах временного размещения ГМС",
            "Фонд МОМ по развитию (собственные средства МОМ)",
            "ГМС",
            "06.2020–05.2021",
            "реализуется",
            180000,
            120000,
            "",
            ("IOM", "COVID19", "funded", "USD", 120000),
        ),
        (
            "Автоматическая проверка документов на пунктах пропуска «Ягодин» и «Устилуг»",
            "Королевство Нидерландов",
            "ГПСУ",
            "07.2021–06.2023",
            "на согласовании",
            "400 000–500 000",
            "150 000–200 000",
            "предварительная оценка",
            ("Netherlands", "BORDER_CROSSING", "pipeline", "USD", 150000),
        ),
    ]
    r = 5
    for i, (t, don, ben, per, st, tot, a21, rem, (partner, prio, status, cur, amt)) in enumerate(rows, 1):
        body_row(ws, r, [i, t, don, ben, per, st, tot, a21, rem])
        for c in (7, 8):
            if isinstance(ws.cell(row=r, column=c).value, (int, float)):
                ws.cell(row=r, column=c).number_format = "#,##0"
            ws.cell(row=r, column=c).alignment = Alignment(horizontal="right", vertical="top")
        exp(t, partner, prio, status, cur, amt)
        r += 1
    r += 1
    notes = [
        "Примечания:",
        "1. Суммы указаны в долларах США. Если в ячейке указан код другой валюты, сумма "
        "приведена в этой валюте (валюта соглашения с донором).",
        "2. Знак «≈» — ориентировочная сумма.",
        "3. Для проектов на стадии согласования указан диапазон; для планирования "
        "используется нижняя граница диапазона.",
        "4. Донор — организация, предоставляющая финансирование; МОМ — исполнитель, за "
        "исключением проектов Фонда МОМ по развитию.",
    ]
    for k, n in enumerate(notes):
        ws.cell(row=r + k, column=2, value=n).font = BOLD if k == 0 else Font(italic=True)
    wb.save(os.path.join(raw, "aq3_IOM_portfel_LEA_2021_ru.xlsx"))


# ---------------------------------------------------------------------------------
# File 4: bilateral donors, original currency vs EUR equivalent, '000 total
# ---------------------------------------------------------------------------------
ECB_31DEC2020 = {
    "GBP": 0.89903,
    "SEK": 10.0343,
    "DKK": 7.4409,
    "NOK": 10.4703,
    "PLN": 4.5597,
    "CAD": 1.5633,
    "EUR": 1.0,
}


def file4(raw):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Bilateral"
    ws["A1"] = (
        "Donor matrix – bilateral contributions to MIA agencies (border, migration, policing, civil protection)"
    )
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = 'Compiled for the SWG "Law Enforcement Activities", December 2020'
    hdr = [
        "#",
        "Donor",
        "Project",
        "Beneficiary",
        "Implementing partner",
        "Duration",
        "Status",
        "Currency",
        "Total budget, '000 (original currency)",
        "2021 (original currency)",
        "EUR equivalent 2021 (informative)",
        "Comments",
    ]
    header_row(ws, 4, hdr, [4, 26, 52, 14, 22, 20, 14, 9, 16, 16, 16, 34])
    ws.freeze_panes = "D5"

    dk_total_k = 15000
    dk21 = share_2021(dk_total_k * 1000, date(2021, 1, 1), date(2022, 12, 31))
    assert dk21 == 7500000.0

    rows = [
        (
            "United Kingdom (CSSF)",
            "Financial Investigation Mentoring for Organised Crime Units of the National Police",
            "NPU",
            "Crown Agents",
            "Apr 2020 – Mar 2022",
            "Ongoing",
            "GBP",
            1400,
            700000,
            "",
            ("UK", "OTHER", "funded"),
        ),
        (
            "Sweden (Sida)",
            "Gender-Sensitive Response to Domestic Violence in Police Training Institutions",
            "NPU, MIA universities",
            "UN Women",
            "2019 – 2022",
            "Ongoing",
            "SEK",
            24000,
            6500000,
            "",
            ("Sweden", "DOMESTIC_VIOLENCE", "funded"),
        ),
        (
            "Denmark (MFA, Peace and Stabilisation Programme)",
            "Green Border Surveillance Radars for the Izmail Border Detachment",
            "SBGS",
            "NIRAS A/S",
            "Jan 2021 – Dec 2022",
            "Signed",
            "DKK",
            dk_total_k,
            None,
            "Annual breakdown not provided by the donor",
            ("Denmark", "BORDER_SECURITY", "funded"),
        ),
        (
            "Norway (MFA)",
            "Search and Rescue Equipment for SES Units in the Carpathian Region",
            "SES (ДСНС)",
            "Norwegian Directorate for Civil Protection (DSB)",
            "Jul 2020 – Dec 2021",
            "Ongoing",
            "NOK",
            12000,
            8000000,
            "",
            ("Norway", "OTHER", "funded"),
        ),
        (
            "Poland (Polish Aid)",
            "Irregular Migration Risk Analysis: Exchange with the Polish Border Guard",
            "SBGS, SMS",
            "Polish Border Guard",
            "Sep 2021 – Aug 2022",
            "Proposed",
            "PLN",
            850,
            200000,
            "Call for proposals 2021",
            ("Poland", "ILLEGAL_MIGRATION", "pipeline"),
        ),
        (
            "Canada (PSOPs)",
            "Drug Investigation Skills for the Cyber and Drug Crime Police Departments",
            "NPU",
            "RCMP",
            "Jan 2021 – Dec 2021",
            "Cancelled",
            "CAD",
            500,
            500000,
            "Withdrawn by the donor (Nov 2020)",
            ("Canada", "DRUGS", "cancelled"),
        ),
        (
            "Lithuania (MFA Development Cooperation)",
            "Mentoring of the Temporary Detention Facilities Inspection Unit",
            "NPU (ІТТ)",
            "Lithuanian Police Department",
            "Mar 2021 – Nov 2021",
            "Signed",
            "EUR",
            120,
            120000,
            "",
            ("Lithuania", "CUSTODY", "funded"),
        ),
    ]
    r = 5
    for i, (don, t, ben, imp, dur, st, cur, tot_k, a21, com, (partner, prio, status)) in enumerate(rows, 1):
        eur = round(a21 / ECB_31DEC2020[cur]) if a21 is not None else None
        body_row(ws, r, [i, don, t, ben, imp, dur, st, cur, tot_k, a21, eur, com])
        for c in (9, 10, 11):
            ws.cell(row=r, column=c).number_format = "#,##0"
        ws.cell(row=r, column=11).font = Font(italic=True, color="808080")
        amount = a21 if a21 is not None else dk21
        assert amount <= tot_k * 1000
        exp(t, partner, prio, status, cur, amount)
        r += 1
    ws.cell(row=5, column=11).comment = Comment(
        "EUR equivalents at ECB reference rates of 31.12.2020, for comparison only.", "compiler"
    )
    r += 1
    for k, n in enumerate(
        [
            "Notes:",
            '- Amounts are in the currency of the donor\'s commitment (column "Currency"). The EUR '
            "equivalent column is informative only (ECB rate of 31.12.2020) and is not the commitment.",
            "- Total budget is given in thousands of the original currency; the 2021 column is in full units.",
            "- Where the 2021 column is empty, the donor has not provided an annual breakdown.",
        ]
    ):
        ws.cell(row=r + k, column=2, value=n).font = BOLD if k == 0 else Font(italic=True)
    wb.save(os.path.join(raw, "aq4_Bilateral_donor_matrix_border_migration.xlsx"))


# ---------------------------------------------------------------------------------
# File 5: UNDP CSV, per-donor columns + total + accounting-format revisions
# ---------------------------------------------------------------------------------
def fmt_usd(x):
    if x is None:
        return ""
    if x < 0:
        return f"({-x:,.0f})"
    return f"{x:,.0f}"


def file5(raw):
    donors = ["EU", "Denmark", "Japan", "Netherlands", "UNDP"]
    head = [
        "Output ID",
        "Project title",
        "National partner",
        "Status",
        "Start",
        "End",
        "EU",
        "Denmark",
        "Japan",
        "Netherlands",
        "UNDP (TRAC)",
        "Total 2021",
        "Budget revision 2021",
        "Remarks",
    ]
    rows = [
        (
            "00112871",
            "Community Security and Social Cohesion in Donetsk and Luhansk Oblasts – Police Component",
            "NPU",
            "Ongoing",
            "Mar 2019",
            "Dec 2022",
            {"EU": 900000, "Denmark": 300000},
            None,
            "",
            "COMMUNITY_POLICING",
            "funded",
        ),
        (
            "00121340",
            "Rapid Disinfection Capacity of SES Units for COVID-19 Response in Public Spaces",
            "SES",
            "Ongoing",
            "Jun 2020",
            "Jun 2021",
            {"Japan": 450000},
            -50000,
            "Mid-year review: procurement savings",
            "COVID19",
            "funded",
        ),
        (
            "00119002",
            "Legal Aid and Custody Safeguards for Persons Held in Temporary Detention Facilities",
            "NPU, Free Legal Aid Centres",
            "Ongoing",
            "Jan 2020",
            "Dec 2021",
            {"UNDP": 150000},
            None,
            "UNDP core resources",
            "CUSTODY",
            "funded",
        ),
        (
            "00118755",
            "Human Rights-Based Policing Curriculum for the Dnipro State University of Internal Affairs",
            "MIA, DSUIA",
            "Ongoing",
            "Sep 2020",
            "Aug 2022",
            {"EU": 200000, "UNDP": 50000},
            None,
            "",
            "OTHER",
            "funded",
        ),
        (
            "pipeline",
            "Mine Action Information Management System for the State Emergency Service",
            "SES",
            "Pipeline (under negotiation)",
            "Jul 2021",
            "Jun 2023",
            {"Japan": 600000},
            "–",
            "Subject to Japan Supplementary Budget",
            "OTHER",
            "pipeline",
        ),
        (
            "00123410",
            "Anti-Trafficking Hotline Integration with the 102 Police Dispatch Service",
            "NPU, MSP",
            "Ongoing",
            "Jan 2021",
            "Dec 2022",
            {"Netherlands": 275000},
            -25000,
            "Reduced scope of call-centre works",
            "TRAFFICKING",
            "funded",
        ),
    ]
    out = []
    out.append(["UNDP Ukraine – Rule of Law, Justice and Security Programme"])
    out.append(["Donor contributions for calendar year 2021 by funding source, USD (as of 15 January 2021)"])
    out.append([])
    out.append(head)
    col_tot = {d: 0 for d in donors}
    for oid, t, np_, st, s, e, contrib, rev, rem, prio, status in rows:
        total = sum(contrib.values())
        cells = [fmt_usd(contrib.get(d)) for d in donors]
        if isinstance(rev, str):
            rev_txt = rev
        else:
            rev_txt = fmt_usd(rev)
        out.append([oid, t, np_, st, s, e] + cells + [fmt_usd(total), rev_txt, rem])
        for d in donors:
            col_tot[d] += contrib.get(d, 0)
        assert not (len(contrib) > 1 and isinstance(rev, int)), "revisions only on single-donor rows"
        for d, v in contrib.items():
            amt = v + (rev if isinstance(rev, int) else 0)
            exp(t, d, prio, status, "USD", amt)
    grand = sum(col_tot.values())
    out.append(
        ["", "TOTAL", "", "", "", ""]
        + [fmt_usd(col_tot[d]) for d in donors]
        + [fmt_usd(grand), fmt_usd(-75000), ""]
    )
    out.append([])
    out.append(["Notes"])
    out.append(
        [
            "1. Donor columns show the 2021 contribution of each funding source; UNDP (TRAC) = UNDP's own core resources."
        ]
    )
    out.append(["2. 'Total 2021' is the sum of the donor columns for the row."])
    out.append(
        [
            "3. 'Budget revision 2021': figures in brackets are reductions of the row's 2021 amount agreed at "
            "the mid-year review; the current 2021 amount = donor contribution + revision."
        ]
    )
    with open(
        os.path.join(raw, "aq5_UNDP_RoLS_contributions_2021.csv"), "w", encoding="utf-8-sig", newline=""
    ) as f:
        w = csv.writer(f, delimiter=",", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        for ln in out:
            w.writerow(ln)


# ---------------------------------------------------------------------------------
# File 6: German Embassy, Ukrainian xlsx: '000 total, merged 2021–2022, "=450000", %
# ---------------------------------------------------------------------------------
def file6(raw):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Проєкти ФРН"
    ws["A1"] = "Посольство Федеративної Республіки Німеччина в Україні"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Проєкти міжнародної технічної допомоги органам системи МВС, що фінансуються Урядом ФРН (2021)"
    hdr = [
        "№",
        "Назва проєкту",
        "Донор",
        "Бенефіціар",
        "Виконавець",
        "Термін реалізації",
        "Статус",
        "Загальний бюджет, тис. EUR",
        "2021, EUR",
        "2022, EUR",
        "Примітка",
    ]
    header_row(ws, 4, hdr, [4, 55, 26, 12, 16, 24, 14, 14, 14, 14, 34])
    ws.freeze_panes = "C5"

    mig = share_2021(640000, date(2021, 7, 1), date(2022, 6, 30))
    assert mig == 322630.14, mig

    r = 5
    # 1 merged 2021-2022
    t1 = "Цифрова платформа обліку іноземців, що підлягають примусовому поверненню (ДМС)"
    body_row(
        ws,
        r,
        [
            1,
            t1,
            "Федеральне міністерство внутрішніх справ ФРН (BMI)",
            "ДМС",
            "GIZ",
            "01.07.2021–30.06.2022",
            "підписано",
            640,
            640000,
            None,
            "",
        ],
    )
    ws.merge_cells(start_row=r, start_column=9, end_row=r, end_column=10)
    ws.cell(row=r, column=9).number_format = "#,##0"
    ws.cell(row=r, column=9).alignment = Alignment(horizontal="center", vertical="top")
    exp(t1, "Germany", "ILLEGAL_MIGRATION", "funded", "EUR", mig)
    r += 1
    # 2 "=450000" as text
    t2 = "Кризові кімнати для постраждалих від домашнього насильства у відділах поліції Харківської області"
    body_row(
        ws,
        r,
        [
            2,
            t2,
            "Федеральне міністерство закордонних справ ФРН",
            "НПУ",
            "GIZ",
            "01.2021–12.2021",
            "реалізується",
            450,
            None,
            0,
            "",
        ],
    )
    c = ws.cell(row=r, column=9)
    c.value = "=450000"
    c.data_type = "s"
    c.alignment = Alignment(horizontal="right", vertical="top")
    exp(t2, "Germany", "DOMESTIC_VIOLENCE", "funded", "EUR", 450000)
    r += 1
    # 3 percentage of total
    t3 = "Навчання персоналу ДСНС з реагування на хімічні аварії"
    body_row(
        ws,
        r,
        [
            3,
            t3,
            "Федеральне міністерство закордонних справ ФРН",
            "ДСНС",
            "THW",
            "01.2020–12.2022",
            "реалізується",
            1200,
            "35%",
            "25%",
            "У 2020 р. використано 40% бюджету",
        ],
    )
    assert 40 + 35 + 25 == 100
    exp(t3, "Germany", "OTHER", "funded", "EUR", 1200 * 1000 * 0.35)
    r += 1
    # 4 pipeline
    t4 = "Біометричні зчитувачі паспортів для пунктів пропуску на кордоні з Польщею"
    body_row(
        ws,
        r,
        [
            4,
            t4,
            "Федеральне міністерство внутрішніх справ ФРН (BMI)",
            "ДПСУ",
            "GIZ",
            "01.2022–12.2023",
            "планується",
            2500,
            0,
            1250000,
            "Очікує рішення Бундестагу",
        ],
    )
    exp(t4, "Germany", "BORDER_CROSSING", "pipeline", "EUR", 0)
    r += 1
    # 5 cancelled
    t5 = "Спільні розслідування торгівлі людьми: НПУ та Федеральне відомство кримінальної поліції (BKA)"
    body_row(
        ws,
        r,
        [
            5,
            t5,
            "Федеральне міністерство внутрішніх справ ФРН (BMI)",
            "НПУ",
            "BKA",
            "01.2021–12.2021",
            "скасовано",
            300,
            300000,
            None,
            "Скасовано у зв'язку з обмеженнями COVID-19",
        ],
    )
    exp(t5, "Germany", "TRAFFICKING", "cancelled", "EUR", 300000)
    r += 1
    # 6 percentage with space
    t6 = "Відеоспостереження та електронний журнал затриманих в ІТТ Львівської області"
    body_row(
        ws,
        r,
        [
            6,
            t6,
            "Федеральне міністерство закордонних справ ФРН",
            "НПУ",
            "GIZ",
            "01.2021–12.2023",
            "реалізується",
            900,
            "30 %",
            "40 %",
            "2023 р. – 30 %",
        ],
    )
    exp(t6, "Germany", "CUSTODY", "funded", "EUR", 900 * 1000 * 0.30)
    for rr in range(5, r + 1):
        for cc in (8, 9, 10):
            if isinstance(ws.cell(row=rr, column=cc).value, (int, float)):
                ws.cell(row=rr, column=cc).number_format = "#,##0"
    r += 2
    for k, n in enumerate(
        [
            "Примітки:",
            "1. Загальний бюджет — у тисячах євро; розподіл за роками (колонки 2021, 2022) — у євро.",
            "2. Об'єднана клітинка «2021–2022» означає суму на обидва роки разом: щорічний розподіл не "
            "визначено, кошти розподіляються рівномірно протягом терміну реалізації.",
            "3. Значення у % — частка від загального бюджету проєкту.",
            "4. Виконавці (GIZ, THW, BKA) реалізують проєкти за кошти федеральних міністерств ФРН.",
        ]
    ):
        ws.cell(row=r + k, column=2, value=n).font = BOLD if k == 0 else Font(italic=True)
    wb.save(os.path.join(raw, "aq6_Nimechchyna_proekty_MVS_2021.xlsx"))


# ---------------------------------------------------------------------------------
# File 7: OSCE + donors, Russian CSV cp1251: text amounts; blank = spread, 0/– = none
# ---------------------------------------------------------------------------------
def file7(raw):
    se = share_2021(4800000, date(2021, 9, 1), date(2023, 8, 31))
    lines = [
        ["Координатор проектов ОБСЕ в Украине"],
        ["Проекты в сфере правоохранительной деятельности (Унифицированный бюджет и внебюджетные проекты)"],
        [],
        [
            "№",
            "Название проекта",
            "Донор",
            "Бенефициар",
            "Период",
            "Статус",
            "Валюта",
            "Общая сумма",
            "Сумма на 2021 год",
            "Примечание",
        ],
    ]
    rows = [
        (
            "Мобильные консультационные пункты по противодействию торговле людьми на автовокзалах",
            "ОБСЕ (Унифицированный бюджет)",
            "НПУ",
            "01.2020–12.2022",
            "реализуется",
            "EUR",
            "1.250.000,00",
            "480.000,00",
            "",
            ("OSCE", "TRAFFICKING", "funded", "EUR", 480000),
        ),
        (
            "Обучение полицейских офицеров громад в Николаевской области",
            "Канада",
            "НПУ",
            "04.2020–03.2022",
            "реализуется",
            "CAD",
            "900'000",
            "350 тыс. кан. долл.",
            "внебюджетный проект",
            ("Canada", "COMMUNITY_POLICING", "funded", "CAD", 350000),
        ),
        (
            "Противодействие незаконному обороту наркотиков в портах Одессы и Черноморска",
            "Великобритания",
            "НПУ, ГПСУ",
            "2021–2023",
            "подписан",
            "GBP",
            "ок. 600 000 фунтов",
            "около 200 000 фунтов",
            "внебюджетный проект",
            ("UK", "DRUGS", "funded", "GBP", 200000),
        ),
        (
            "Гендерно-ориентированная работа полиции с пострадавшими от домашнего насилия в Донецкой области",
            "Швеция",
            "НПУ",
            "09.2021–08.2023",
            "на согласовании",
            "SEK",
            "4.800.000",
            "",
            "внебюджетный проект",
            ("Sweden", "DOMESTIC_VIOLENCE", "pipeline", "SEK", se),
        ),
        (
            "Модернизация инфраструктуры пункта пропуска «Мамалыга»",
            "Швейцария",
            "ГПСУ",
            "2021–2023",
            "отменён",
            "CHF",
            "1’800’000",
            "–",
            "донор отозвал финансирование",
            ("Switzerland", "BORDER_CROSSING", "cancelled", "CHF", 0),
        ),
        (
            "Оснащение пиротехнических подразделений ГСЧС для разминирования",
            "США (Государственный департамент)",
            "ГСЧС",
            "06.2020–05.2023",
            "реализуется",
            "USD",
            "2,1 млн долл. США",
            "700" + NBSP + "000 долл. США",
            "внебюджетный проект",
            ("USA", "OTHER", "funded", "USD", 700000),
        ),
        (
            "Идентификация поддельных документов: повышение квалификации сотрудников ГМС",
            "ОБСЕ (Унифицированный бюджет)",
            "ГМС",
            "02.2020–11.2020",
            "завершён",
            "EUR",
            "95.000,00",
            "0",
            "",
            ("OSCE", "ILLEGAL_MIGRATION", "funded", "EUR", 0),
        ),
    ]
    for i, (t, don, ben, per, st, cur, tot, a21, rem, (partner, prio, status, c2, amt)) in enumerate(rows, 1):
        assert cur == c2
        lines.append([str(i), t, don, ben, per, st, cur, tot, a21, rem])
        exp(t, partner, prio, status, cur, amt)
    lines += [
        [],
        ["Условные обозначения к графе «Сумма на 2021 год»:"],
        [
            "пустая ячейка — сумма на 2021 г. отдельно не выделена, средства распределяются равномерно на весь период проекта;"
        ],
        ["«0» и «–» — в 2021 г. финансирование не предусмотрено."],
    ]
    with open(
        os.path.join(raw, "aq7_OBSE_i_donory_proekty_2021.csv"), "w", encoding="cp1251", newline=""
    ) as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        for ln in lines:
            w.writerow(ln)


def main():
    out = sys.argv[1]
    raw = os.path.join(out, "raw")
    os.makedirs(raw, exist_ok=True)
    for fn in (file1, file2, file3, file4, file5, file6, file7):
        fn(raw)
    titles = {}
    for t, p, *_ in EXPECTED:
        titles.setdefault(t, set()).add(p)
    assert 40 <= len(titles) <= 50, len(titles)
    with open(os.path.join(out, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["title", "partner", "priority", "status", "currency", "amount_2021"])
        for t, p, pr, st, cur, a in EXPECTED:
            w.writerow([t, p, pr, st, cur, f"{a:.2f}"])
    print(len(titles), "projects,", len(EXPECTED), "lines")


if __name__ == "__main__":
    main()
