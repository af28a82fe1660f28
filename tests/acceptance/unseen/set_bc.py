#!/usr/bin/env python3
"""Blind test set BC -- "mixtures": every file combines at least three difficulties at once.

Usage:  python set_bc.py OUT_DIR   -> OUT_DIR/raw/<7 partner files> and OUT_DIR/expected.csv

7 files, 48 projects (54 expected lines: 6 co-funded projects give 2 lines each).
Rules applied throughout (from COMMON.md):
  * a 2021 figure stated by the file (2021 column, 2021 half-years, "of which 2021") is taken as is,
    thousands headers multiplied out;
  * otherwise total x days(period inside 2021) / days(period), both ends counted, month periods from the
    1st of the first month to the last day of the last month, quarters likewise, bare years 1 Jan - 31 Dec;
  * cancelled / withdrawn projects keep the figure the file states for them (status "cancelled");
  * co-funded projects: one line per funding partner, 2021 amount x share (rounded to cents).

---------------------------------------------------------------------------------------------------------
FILE 1  bc01_МОМ_проекты_сектор_ПД.xlsx   (Russian; IOM mission in Ukraine lists projects it implements)
  Traps mixed: title block (org, address, date, caption) -> table header starts at B7, not A1;
  two-row header with "Бюджет по годам, тыс. долл. США" merged over 2020/2021/2022/2023 -> multiply by 1000;
  section rows = beneficiary agency (ГПСУ / ГМС / НПУ) -- not projects, not partners;
  subtotal rows "Итого по ГПСУ" etc. and a grand total "ВСЕГО по портфелю МОМ" -- not projects;
  an empty spacer column (F) between "Статус" and "Срок реализации";
  "–" in a year column = 0; the 2021 column is stated, so the period text must NOT be used for spreading;
  IOM is the implementer: the partner is the donor column; only "Собственные средства МОМ" makes IOM the partner;
  "Государственный департамент США (Бюро INL)" names the State Department first -> USA;
  multi-line title cell (first line is the title); project 5 co-funded per footnote (*): EU 60 %, Japan 40 %;
  project 7 "отменен**" (struck through, footnote) -> cancelled, figure kept.
  Expected (USD, 2021 column x 1000):
    1 Усиление охраны «зелёной» границы...          Japan  BORDER_SECURITY  funded    455 500.00
    2 Модернизация пунктов пропуска «Ягодин»...     EU     BORDER_CROSSING  funded  1 200 000.00
    3 Профилактика COVID-19 среди сотрудников...    IOM    COVID19          funded     40 000.00 (завершен)
    4 Поддержка ГМС в противодействии нелегальной.. USA    ILLEGAL_MIGRATION funded    95 250.00
    5 Противодействие торговле людьми...            EU 300 000.00 + Japan 200 000.00  TRAFFICKING funded
    6 Усиление реагирования полиции на домашнее...  Canada DOMESTIC_VIOLENCE funded   275 000.00
    7 Противодействие наркопреступности: кинолог... Norway DRUGS            cancelled 120 000.00

FILE 2  bc02_DPSU_perelik_proektiv_MTD.csv   (Ukrainian; State Border Guard Service; cp1251, ';', decimal commas)
  Traps mixed: cp1251 encoding; ';' delimiter (notes containing ';' are quoted); amounts "2 400 000,00"
  (space or no-break-space thousands, decimal comma); 3 title lines + blank line above the header; an unnamed
  empty column after "Строк реалізації"; status given ONLY by section rows (I. реалізуються -> funded,
  II. плануються -> pipeline, III. скасовані -> cancelled); an empty row inside section I; a subtotal row
  "Разом за розділом I, EUR" (not a project); no 2021 figures -> every amount spread by days over a period
  written as text; currency partly in words ("фунт стерлінгів" = GBP, "японська єна" = JPY); partner names
  "ЄС/EU4Border" (EU), "Уряд Республіки Польща", "Швейцарська Конфедерація", "Посольство Великобританії" (UK),
  "Уряд Японії", "Королівство Швеція", "Уряд Норвегії"; the "Виконавець" column (EUBAM, МОМ, ПРООН, ICMPD) is
  not the partner; project 5 "ЄС / Німеччина*" co-funded per note: EU 80 %, Germany 20 % of the total.
  Expected:
    1 EU  BORDER_SECURITY  funded  EUR 2 400 000 x 306/730  (01.03.2021-28.02.2023)      = 1 006 027.40
    2 Poland BORDER_CROSSING funded PLN 3 150 000 x 365/1096 ("2020–2022")              = 1 049 041.97
    3 Switzerland ILLEGAL_MIGRATION funded CHF 980 500.50 x 214/730 (Jun 2021-May 2023)  =   287 434.39
    4 UK DRUGS funded GBP 210 000 x 257/365 (15.09.2020-14.09.2021)                      =   147 863.01
    5 TRAFFICKING funded EUR 1 500 000 x 275/640 (Q2 2021-Q4 2022) = 644 531.25 -> EU 515 625.00, Germany 128 906.25
    6 Japan COVID19 pipeline JPY 45 000 000 x 184/365 (01.07.2021-30.06.2022)          = 22 684 931.51
    7 Sweden BORDER_CROSSING pipeline SEK 12 500 000, "2022–2023"                      = 0.00
    8 Norway BORDER_SECURITY cancelled NOK 8 000 000 x 365/730                         = 4 000 000.00

FILE 3  bc03_UK_Embassy_CSSF_portfolio_Feb2021.xlsx   (English; British Embassy, GBP)
  Traps mixed: title block; THREE-row header: "Budget by year (GBP)" > 2020 | 2021 (merged over two columns) |
  2022 > "Jan–Jun" | "Jul–Dec" under 2021 -> 2021 = H1 + H2; an empty column between "Funding source" and
  "Status"; an UNLABELLED grand-total row (numbers only) under table A; a second table "B. PIPELINE" on the
  same sheet with other columns (indicative total + period as text) -> spread by days; status words "Live",
  "Closed (completed)", "Withdrawn", "Proposed", "Under negotiation"; UK-CSSF-21-002 co-funded
  "UK (CSSF) 60% / Netherlands 40%" in the funding column (note 2: figures are the full budget);
  "countering drug trafficking networks" is DRUGS, not TRAFFICKING.
  Expected (GBP): 20-003 UK COMMUNITY_POLICING funded 120 000+130 000 = 250 000.00;
  21-002 DOMESTIC_VIOLENCE funded 175 000 -> UK 105 000.00, Netherlands 70 000.00;
  20-014 UK CUSTODY funded 45 500.50 (H2 "–"); 21-005 UK DRUGS funded 60 000.00 (H1 "–");
  21-009 UK TRAFFICKING cancelled 60 000.00 (original allocation kept);
  P-01 UK BORDER_SECURITY pipeline 400 000 x 275/640 (Q2 2021-Q4 2022) = 171 875.00;
  P-02 UK ILLEGAL_MIGRATION pipeline 250 000 x 214/730 (24 months from June 2021) = 73 287.67.

FILE 4  bc04_ПРООН_справка_проекты.xlsx   (Russian; UNDP office note, projects grouped by donor)
  Traps mixed: title block, table starts at C5; PARTNER GIVEN ONLY BY SECTION ROWS ("Донор: Правительство
  Японии", "Донор: Королевство Швеция", "Донор: Европейский Союз", "Донор: Королевство Дания",
  "Собственные средства ПРООН (TRAC)" -> UNDP); amounts as Russian text; two-row header ("Реализация" over
  "период" / "статус"); periods as text -> spread by days; a donor subtotal row "Итого по донору: 97,5 млн иен"
  and a count row "Всего проектов: 6" (not projects); EU project co-funded (footnote: total budget, Norway
  25 %, EU 75 %), its amount cell also carries a USD equivalent in brackets -> currency stays EUR.
  Expected:
    1 Japan COMMUNITY_POLICING funded "85 млн иен", III кв. 2020 – II кв. 2022: 85e6 x 365/730 = 42 500 000.00
    2 Japan COVID19 funded "12,5 млн иен", апрель–декабрь 2021 (wholly 2021)              = 12 500 000.00
    3 Sweden DOMESTIC_VIOLENCE funded (подписан) "18 млн шведских крон", март 2021 – февраль 2024:
      18e6 x 306/1096 (29.02.2024 counted)                                                  =  5 025 547.45
    4 CUSTODY funded "1,2 млн евро*", 01.09.2020 – 31.08.2022: 1.2e6 x 365/730 = 600 000 -> EU 450 000.00,
      Norway 150 000.00
    5 Denmark DRUGS pipeline (на стадии согласования) "4,5 млн датских крон", II кв. 2021 – I кв. 2023:
      4.5e6 x 275/730                                                                       =  1 695 205.48
    6 UNDP ILLEGAL_MIGRATION funded "350 тыс. долл. США", январь 2020 – декабрь 2021: 350e3 x 365/731
                                                                                            =    174 760.60

FILE 5  bc05_NPU_proiekty_MTD_UA.xlsx   (Ukrainian; National Police, UAH equivalent in thousands)
  Traps mixed: title block (4 lines), table at B6; THREE-row header "Фінансування, тис. грн" > "за роками" |
  "Усього" > 2020 | 2021 | 2022 -> x1000, currency UAH (note 1: hryvnia equivalent); an empty column F;
  status ONLY from section rows ("1. Проєкти, що реалізуються" funded, "2. ... на стадії погодження з
  донором" pipeline, "3. Припинені (скасовані) проєкти" cancelled); subtotal rows "Разом за розділом N"
  and grand total "УСЬОГО"; an empty row inside section 1; co-funded project 3: №/title/period cells merged
  over two rows, one row per donor (Рада Європи, Уряд Данії) with its own amounts; a hidden column K
  (registration numbers); partner names "Посольство США (INL)" -> USA (embassy named first),
  "Бюро з міжнародних питань ... (INL)" alone -> INL, "Консультативна місія ЄС (EUAM)" -> EUAM,
  "ЮНФПА, власні кошти" -> UNFPA.  The 2021 column is stated: periods are not used.
  Expected (UAH, 2021 column x 1000): 1 USA COMMUNITY_POLICING funded 12 750 500.00; 2 UNFPA
  DOMESTIC_VIOLENCE funded 3 200 000.00; 3 CUSTODY funded Council of Europe 4 500 000.00 + Denmark
  1 500 000.00; 4 INL DRUGS funded 6 800 000.00; 5 EUAM TRAFFICKING pipeline 900 000.00; 6 Canada COVID19
  pipeline 1 150 000.00; 7 EU OTHER (video surveillance / situation centres) cancelled 2 000 000.00.

FILE 6  bc06_EU_Delegation_actions_LE_sector.txt   (English with Ukrainian; UTF-8 with BOM, TAB-delimited)
  Traps mixed: 4 title lines; bilingual headers and statuses ("ongoing / триває", "signed / підписано",
  "completed / завершено"); amounts as text ("EUR 2.5 million", "€ 3,200,000", "EUR 850,000",
  "EUR 1.2 million (total)"); periods as text in several forms -> spread by days; "Funded by" column:
  "EU/EU4Border" -> EU, "EUAM Ukraine (mission budget)" -> EUAM, "EU 75% / Lithuania 25%" -> two lines;
  implementers (EUBAM, ICMPD, UNDP) are not partners; a "TOTAL current actions" line; a SECOND table
  (pipeline, "not yet adopted") with different columns and order (amount before period, no status and no
  "Funded by" column: the heading gives status pipeline, the "Indicative EU amount" header gives EU).
  Expected (EUR):
    1 EU BORDER_SECURITY funded 2.5e6, 01/12/2020 - 30/11/2022: x 365/730                = 1 250 000.00
    2 EU BORDER_CROSSING funded 3.2e6, Q2 2021 – Q4 2022: x 275/640                      = 1 375 000.00
    3 EU ILLEGAL_MIGRATION funded 850 000, 24 months from June 2021: x 214/730           =   249 178.08
    4 COVID19 funded 1.2e6, April 2020 – February 2021: x 59/334 = 211 976.05 -> EU 158 982.04,
      Lithuania 52 994.01
    5 EUAM OTHER funded 420 000, "2021"                                                  =   420 000.00
    6 EU TRAFFICKING pipeline 1.5e6, Q4 2021 – Q3 2023: x 92/730                         =   189 041.10
    7 EU DRUGS pipeline 600 000, 36 months from January 2022                             =         0.00

FILE 7  bc07_Nordic_Swiss_group_MIA_support.xlsx   (English/Ukrainian; three sheets)
  Traps mixed: first (active) sheet "Summary" holds per-donor totals only (not projects); sheet "Projects":
  title block, two-row header "of which / у т.ч." over 2021 | 2022, donor given ONLY by section rows
  ("SWEDEN / ШВЕЦІЯ (via Sida)", "NORWAY / НОРВЕГІЯ (Ministry of Foreign Affairs)", "SWITZERLAND /
  ШВЕЙЦАРІЯ (Swiss Confederation, SDC)"), two-line title cells (English line first = the title, Ukrainian
  second), a total that includes years outside 2021-22 (the stated 2021 column wins, no spreading),
  bilingual statuses; empty rows between donor blocks; hidden column K and hidden sheet "lists" (data
  validation source, not projects).
  Expected (2021 column): 1 Sweden DOMESTIC_VIOLENCE funded SEK 8 000 000.00; 2 Sweden ILLEGAL_MIGRATION
  pipeline SEK 1 500 000.00; 3 Norway COMMUNITY_POLICING funded NOK 6 200 000.00; 4 Norway OTHER (demining)
  funded (signed) NOK 12 000 000.00; 5 Switzerland BORDER_CROSSING funded CHF 900 000.00; 6 Switzerland
  TRAFFICKING cancelled CHF 400 000.00.
"""

import calendar
import csv
import os
import sys
from datetime import date

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

# ----------------------------------------------------------------------------------------------- helpers
Y0, Y1 = date(2021, 1, 1), date(2021, 12, 31)


def days_in_2021(start, end):
    a, b = max(start, Y0), min(end, Y1)
    return max(0, (b - a).days + 1)


def spread(total, start, end):
    assert end >= start
    return round(total * days_in_2021(start, end) / ((end - start).days + 1), 2)


def m0(y, m):
    return date(y, m, 1)


def m1(y, m):
    return date(y, m, calendar.monthrange(y, m)[1])


def q0(y, q):
    return m0(y, 3 * q - 2)


def q1(y, q):
    return m1(y, 3 * q)


def k(x):
    """thousands -> full units, exact to the cent"""
    return round(x * 1000, 2)


EXPECTED = []


def exp(title, partner, priority, status, currency, amount):
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


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
TOPLINE = Border(top=Side(style="medium"))
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
SEC_FILL = PatternFill("solid", fgColor="FFF2CC")
SUB_FILL = PatternFill("solid", fgColor="EDEDED")


def put(
    ws,
    row,
    col,
    val,
    bold=False,
    fmt=None,
    wrap=False,
    fill=None,
    border=True,
    italic=False,
    strike=False,
    halign=None,
    size=None,
):
    c = ws.cell(row=row, column=col, value=val)
    c.font = Font(bold=bold, italic=italic, strike=strike, size=size)
    if fmt:
        c.number_format = fmt
    c.alignment = Alignment(wrap_text=wrap, vertical="top", horizontal=halign)
    if fill:
        c.fill = fill
    if border:
        c.border = BOX
    return c


def head(ws, r1, c1, r2, c2, text):
    if (r1, c1) != (r2, c2):
        ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            cc = ws.cell(row=r, column=c)
            cc.border = BOX
            cc.fill = HEAD_FILL
    c = ws.cell(row=r1, column=c1, value=text)
    c.font = Font(bold=True)
    c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")


def section(ws, row, c1, c2, text, fill=SEC_FILL):
    ws.merge_cells(start_row=row, start_column=c1, end_row=row, end_column=c2)
    c = ws.cell(row=row, column=c1, value=text)
    c.font = Font(bold=True, italic=True)
    c.fill = fill
    for col in range(c1, c2 + 1):
        ws.cell(row=row, column=col).border = BOX
        ws.cell(row=row, column=col).fill = fill


def widths(ws, d):
    for col, w in d.items():
        ws.column_dimensions[col].width = w


def ua_num(x, dec=2, sep=" "):
    s = f"{x:,.{dec}f}".replace(",", "\x00").replace(".", ",").replace("\x00", sep)
    return s


# ======================================================================================= FILE 1 (RU, IOM)
def build_f1(raw):
    fn = "bc01_МОМ_проекты_сектор_ПД.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Проекты МОМ"
    ws["A1"] = "Международная организация по миграции (МОМ) — Представительство в Украине"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "ул. Михайловская, 8, г. Киев, 01001, Украина"
    ws["A3"] = "Дата: 12.02.2021"
    ws.merge_cells("B5:L5")
    ws["B5"] = (
        "Перечень проектов МОМ в секторе «Правоохранительная деятельность» "
        "(к заседанию секторальной рабочей группы, 2021 г.)"
    )
    ws["B5"].font = Font(bold=True, size=13)
    # header rows 7-8; columns B..L ; F is an empty spacer column
    head(ws, 7, 2, 8, 2, "№ п/п")
    head(ws, 7, 3, 8, 3, "Название проекта")
    head(ws, 7, 4, 8, 4, "Донор")
    head(ws, 7, 5, 8, 5, "Статус")
    # F (6) deliberately blank
    head(ws, 7, 7, 8, 7, "Срок реализации")
    head(ws, 7, 8, 7, 11, "Бюджет по годам, тыс. долл. США")
    for i, y in enumerate((2020, 2021, 2022, 2023)):
        head(ws, 8, 8 + i, 8, 8 + i, str(y))
    head(ws, 7, 12, 8, 12, "Всего, тыс. долл. США")
    widths(
        ws,
        {
            "A": 3,
            "B": 6,
            "C": 62,
            "D": 30,
            "E": 14,
            "F": 3,
            "G": 26,
            "H": 11,
            "I": 11,
            "J": 11,
            "K": 11,
            "L": 13,
        },
    )
    ws.freeze_panes = "C9"

    N = None  # dash
    # (section, title_cell, donor, status, period, years(2020..2023) in thousand USD, expected partners)
    data = [
        (
            "1. Государственная пограничная служба Украины (ГПСУ)",
            [
                (
                    "Усиление охраны «зелёной» границы: мобильные группы наблюдения ГПСУ\n"
                    "(закупка тепловизоров и патрульных автомобилей)",
                    "Правительство Японии",
                    "реализуется",
                    "март 2020 – февраль 2022",
                    (310.0, 455.5, 74.5, N),
                    [("Japan", 1)],
                    "BORDER_SECURITY",
                    "funded",
                ),
                (
                    "Модернизация пунктов пропуска «Ягодин» и «Устилуг»: электронная очередь для грузовиков",
                    "Европейский Союз",
                    "реализуется",
                    "январь 2021 – декабрь 2022",
                    (N, 1200.0, 650.0, N),
                    [("EU", 1)],
                    "BORDER_CROSSING",
                    "funded",
                ),
                (
                    "Профилактика COVID-19 среди сотрудников пунктов пропуска: средства индивидуальной защиты",
                    "Собственные средства МОМ",
                    "завершен",
                    "июнь 2020 – январь 2021",
                    (60.0, 40.0, N, N),
                    [("IOM", 1)],
                    "COVID19",
                    "funded",
                ),
            ],
            "Итого по ГПСУ",
        ),
        (
            "2. Государственная миграционная служба Украины (ГМС)",
            [
                (
                    "Поддержка ГМС в противодействии нелегальной миграции: пункты временного содержания "
                    "иностранцев и реадмиссия",
                    "Государственный департамент США (Бюро INL)",
                    "реализуется",
                    "июль 2020 – июнь 2021",
                    (140.0, 95.25, N, N),
                    [("USA", 1)],
                    "ILLEGAL_MIGRATION",
                    "funded",
                ),
                (
                    "Противодействие торговле людьми: выявление жертв среди трудовых мигрантов",
                    "ЕС / Правительство Японии*",
                    "реализуется",
                    "апрель 2021 – сентябрь 2022",
                    (N, 500.0, 300.0, N),
                    [("EU", 0.6), ("Japan", 0.4)],
                    "TRAFFICKING",
                    "funded",
                ),
            ],
            "Итого по ГМС",
        ),
        (
            "3. Национальная полиция Украины (НПУ)",
            [
                (
                    "Усиление реагирования полиции на домашнее насилие в Донецкой и Луганской областях",
                    "Правительство Канады",
                    "реализуется",
                    "октябрь 2020 – сентябрь 2022",
                    (35.0, 275.0, 180.0, N),
                    [("Canada", 1)],
                    "DOMESTIC_VIOLENCE",
                    "funded",
                ),
                (
                    "Противодействие наркопреступности: кинологический центр НПУ по поиску наркотиков",
                    "Правительство Норвегии",
                    "отменен**",
                    "январь 2021 – март 2023",
                    (N, 120.0, 80.0, 20.0),
                    [("Norway", 1)],
                    "DRUGS",
                    "cancelled",
                ),
            ],
            "Итого по НПУ",
        ),
    ]
    r = 9
    num = 0
    grand = [0.0] * 5
    FMT = "#,##0.00"
    for sec, projects, subl in data:
        section(ws, r, 2, 12, sec)
        r += 1
        sub = [0.0] * 5
        for title, donor, status, period, years, partners, prio, st in projects:
            num += 1
            cancelled = st == "cancelled"
            put(ws, r, 2, num, halign="center")
            put(ws, r, 3, title, wrap=True, strike=cancelled)
            put(ws, r, 4, donor, wrap=True, strike=cancelled)
            put(ws, r, 5, status)
            ws.cell(row=r, column=6).border = BOX
            put(ws, r, 7, period, wrap=True)
            tot = 0.0
            for i, v in enumerate(years):
                put(ws, r, 8 + i, "–" if v is None else v, fmt=FMT, halign="right", strike=cancelled)
                if v is not None:
                    tot += v
                    sub[i] += v
            put(ws, r, 12, round(tot, 2), fmt=FMT, bold=True, strike=cancelled)
            sub[4] += tot
            y21 = k(years[1] or 0)
            first_line = title.split("\n")[0]
            for p, share in partners:
                exp(first_line, p, prio, st, "USD", y21 * share)
            r += 1
        put(ws, r, 3, subl, bold=True, fill=SUB_FILL)
        for cidx in (2, 4, 5, 6, 7):
            put(ws, r, cidx, None, fill=SUB_FILL)
        for i in range(4):
            put(ws, r, 8 + i, round(sub[i], 2), fmt=FMT, bold=True, fill=SUB_FILL)
        put(ws, r, 12, round(sub[4], 2), fmt=FMT, bold=True, fill=SUB_FILL)
        grand = [g + s for g, s in zip(grand, sub, strict=False)]
        r += 1
    put(ws, r, 3, "ВСЕГО по портфелю МОМ", bold=True)
    for i in range(4):
        put(ws, r, 8 + i, round(grand[i], 2), fmt=FMT, bold=True)
    put(ws, r, 12, round(grand[4], 2), fmt=FMT, bold=True)
    assert round(grand[4], 2) == round(sum(grand[:4]), 2) == 4535.25, grand
    r += 2
    ws.cell(
        row=r,
        column=2,
        value="* Проект № 5 софинансируется: Европейский Союз — 60 %, Правительство Японии "
        "— 40 %; суммы указаны по проекту в целом.",
    )
    ws.cell(
        row=r + 1,
        column=2,
        value="** Проект № 7 отменен донором в январе 2021 г.; указан первоначально "
        "утвержденный бюджет, средства перераспределены.",
    )
    ws.cell(
        row=r + 2,
        column=2,
        value="Примечание: МОМ является исполнителем; финансирование предоставляется "
        "донорами, указанными в графе «Донор». «–» — финансирование не предусмотрено.",
    )
    ws.cell(row=r + 4, column=2, value="Исп.: Отдел программ МОМ, тел. +380 44 568 50 15")
    ws.cell(row=r + 4, column=2).font = Font(italic=True, size=9)
    wb.save(os.path.join(raw, fn))


# =============================================================================== FILE 2 (UA CSV, ДПСУ)
def build_f2(raw):
    fn = "bc02_DPSU_perelik_proektiv_MTD.csv"
    NB = "\xa0"
    lines = [
        "Державна прикордонна служба України;;;;;;;;",
        "Перелік проєктів міжнародної технічної допомоги, сектор «Правоохоронна діяльність»;;;;;;;;",
        "станом на 01.03.2021;;;;;;;;",
        ";;;;;;;;",
        "№ з/п;Назва проєкту;Донор;Виконавець;Строк реалізації;;Загальна вартість;Валюта;Примітка",
    ]
    # (no, title, donor, implementer, period text, (start,end), total, amount text, currency word, iso,
    #  partners, priority, note)
    P = [
        (
            1,
            "Посилення охорони «зеленого» кордону на українсько-молдовській ділянці",
            "ЄС/EU4Border",
            "Місія ЄС EUBAM",
            "з 01.03.2021 по 28.02.2023",
            (date(2021, 3, 1), date(2023, 2, 28)),
            2400000.00,
            "EUR",
            "EUR",
            [("EU", 1)],
            "BORDER_SECURITY",
            "",
        ),
        (
            2,
            "Розбудова пунктів пропуску «Краковець» і «Шегині»: спільний прикордонний контроль з Польщею",
            "Уряд Республіки Польща",
            "ДПСУ",
            "2020–2022",
            (date(2020, 1, 1), date(2022, 12, 31)),
            3150000.00,
            "PLN",
            "PLN",
            [("Poland", 1)],
            "BORDER_CROSSING",
            "",
        ),
        (
            3,
            "Протидія незаконній міграції: мобільні групи ДПСУ з виявлення нелегальних мігрантів",
            "Швейцарська Конфедерація",
            "МОМ",
            "24 місяці з червня 2021",
            (m0(2021, 6), m1(2023, 5)),
            980500.50,
            "CHF",
            "CHF",
            [("Switzerland", 1)],
            "ILLEGAL_MIGRATION",
            "",
        ),
        (
            4,
            "Протидія наркозлочинності: лабораторія експрес-аналізу наркотичних речовин ДПСУ",
            "Посольство Великобританії",
            "ПРООН",
            "з 15.09.2020 по 14.09.2021",
            (date(2020, 9, 15), date(2021, 9, 14)),
            210000.00,
            "фунт стерлінгів",
            "GBP",
            [("UK", 1)],
            "DRUGS",
            "",
        ),
        (
            5,
            "Запобігання торгівлі людьми на кордоні: навчання прикордонників з виявлення жертв",
            "ЄС / Німеччина*",
            "ICMPD",
            "II кв. 2021 – IV кв. 2022",
            (q0(2021, 2), q1(2022, 4)),
            1500000.00,
            "EUR",
            "EUR",
            [("EU", 0.8), ("Germany", 0.2)],
            "TRAFFICKING",
            "співфінансування, див. примітку",
        ),
        (
            6,
            "Профілактика COVID-19 на пунктах пропуску: санітарно-карантинні пункти",
            "Уряд Японії",
            "ПРООН",
            "з 01.07.2021 по 30.06.2022",
            (date(2021, 7, 1), date(2022, 6, 30)),
            45000000,
            "японська єна",
            "JPY",
            [("Japan", 1)],
            "COVID19",
            "",
        ),
        (
            7,
            "Електронна черга для легкових автомобілів на пунктах пропуску",
            "Королівство Швеція",
            "—",
            "2022–2023",
            (date(2022, 1, 1), date(2023, 12, 31)),
            12500000.00,
            "SEK",
            "SEK",
            [("Sweden", 1)],
            "BORDER_CROSSING",
            "початок не раніше 2022 р.",
        ),
        (
            8,
            "Морська охорона: патрульні катери для Азово-Чорноморського регіонального управління",
            "Уряд Норвегії",
            "—",
            "з 01.01.2021 по 31.12.2022",
            (date(2021, 1, 1), date(2022, 12, 31)),
            8000000.00,
            "NOK",
            "NOK",
            [("Norway", 1)],
            "BORDER_SECURITY",
            "скасовано донором 20.01.2021",
        ),
    ]
    status_of = {
        1: "funded",
        2: "funded",
        3: "funded",
        4: "funded",
        5: "funded",
        6: "pipeline",
        7: "pipeline",
        8: "cancelled",
    }

    def row(p, sep=" "):
        no, title, donor, impl, ptxt, _, total, cur, _, _, _, note = p
        amt = ua_num(total, 0 if cur == "японська єна" else 2, sep)
        return f"{no};{title};{donor};{impl};{ptxt};;{amt};{cur};{note}"

    lines.append("I. ПРОЄКТИ, ЩО РЕАЛІЗУЮТЬСЯ;;;;;;;;")
    lines += [row(P[0]), row(P[1], NB), row(P[2]), row(P[3])]
    lines.append(";;;;;;;;")  # empty row in the middle of section I
    lines.append(row(P[4]))
    eur_sub = P[0][6] + P[4][6]
    assert eur_sub == 3900000
    lines.append(f"Разом за розділом I, EUR;;;;;;{ua_num(eur_sub)};EUR;")
    lines.append("II. ПРОЄКТИ, ЩО ПЛАНУЮТЬСЯ (на стадії погодження);;;;;;;;")
    lines += [row(P[5]), row(P[6])]
    lines.append("III. СКАСОВАНІ ПРОЄКТИ;;;;;;;;")
    lines.append(row(P[7]))
    lines += [
        ";;;;;;;;",
        "Примітки:;;;;;;;;",
        '"* Проєкт № 5 співфінансується: ЄС — 80 %, Федеративна Республіка Німеччина — 20 %; '
        'вказано загальну вартість проєкту.";;;;;;;;',
        '"Вартість проєктів зазначено у валюті донора; розподіл за роками донорами не надано.";;;;;;;;',
        "Графа «Виконавець» — організація, що реалізує проєкт (не донор).;;;;;;;;",
    ]
    for ln in lines:  # every line has the same 9 fields
        assert len(next(csv.reader([ln], delimiter=";"))) == 9, ln
    text = "\r\n".join(lines) + "\r\n"
    with open(os.path.join(raw, fn), "wb") as f:
        f.write(text.encode("cp1251"))
    for p in P:
        no, title, _, _, _, (s, e), total, _, iso, partners, prio, _ = p
        a21 = spread(total, s, e)
        for partner, share in partners:
            exp(title, partner, prio, status_of[no], iso, a21 * share)


# ======================================================================== FILE 3 (EN, UK Embassy, GBP)
def build_f3(raw):
    fn = "bc03_UK_Embassy_CSSF_portfolio_Feb2021.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Portfolio"
    ws["B1"] = "British Embassy Kyiv"
    ws["B1"].font = Font(bold=True, size=13)
    ws["B2"] = "Conflict, Stability and Security Fund (CSSF) — Ukraine programme"
    ws["B3"] = "Law Enforcement sector: project portfolio as of 20 February 2021 (for SWG meeting)"
    ws["B3"].font = Font(italic=True)
    ws["B6"] = "A. CURRENT PORTFOLIO"
    ws["B6"].font = Font(bold=True, size=12)
    head(ws, 7, 2, 9, 2, "Ref")
    head(ws, 7, 3, 9, 3, "Project title")
    head(ws, 7, 4, 9, 4, "Beneficiary")
    head(ws, 7, 5, 9, 5, "Funding source")
    head(ws, 7, 7, 9, 7, "Status")
    head(ws, 7, 8, 7, 11, "Budget by year (GBP)")
    head(ws, 8, 8, 9, 8, "2020")
    head(ws, 8, 9, 8, 10, "2021")
    head(ws, 9, 9, 9, 9, "Jan–Jun")
    head(ws, 9, 10, 9, 10, "Jul–Dec")
    head(ws, 8, 11, 9, 11, "2022")
    head(ws, 7, 12, 9, 12, "Total (GBP)")
    widths(
        ws,
        {
            "A": 2,
            "B": 15,
            "C": 70,
            "D": 16,
            "E": 26,
            "F": 3,
            "G": 18,
            "H": 12,
            "I": 12,
            "J": 12,
            "K": 12,
            "L": 13,
        },
    )
    FMT = "#,##0.00"
    D = None
    A = [
        (
            "UK-CSSF-20-003",
            "Community Policing in Eastern Ukraine: police station officers in Donetsk and Luhansk oblasts",
            "NPU",
            "UK (CSSF)",
            "Live",
            (150000, 120000, 130000, 90000),
            [("UK", 1)],
            "COMMUNITY_POLICING",
            "funded",
        ),
        (
            "UK-CSSF-21-002",
            "Tackling Domestic Violence: specialist training for National Police response units",
            "NPU",
            "UK (CSSF) 60% / Netherlands 40%",
            "Live",
            (D, 80000, 95000, 60000),
            [("UK", 0.6), ("Netherlands", 0.4)],
            "DOMESTIC_VIOLENCE",
            "funded",
        ),
        (
            "UK-CSSF-20-014",
            "Custody Records System: electronic registration of detainees in temporary holding facilities",
            "NPU / MIA",
            "UK (CSSF)",
            "Closed (completed)",
            (200000, 45500.50, D, D),
            [("UK", 1)],
            "CUSTODY",
            "funded",
        ),
        (
            "UK-CSSF-21-005",
            "Serious and Organised Crime: countering drug trafficking networks (NPU Department "
            "of Drug Crime Counteraction)",
            "NPU",
            "UK (CSSF)",
            "Live",
            (D, D, 60000, 140000),
            [("UK", 1)],
            "DRUGS",
            "funded",
        ),
        (
            "UK-CSSF-21-009",
            "Human Trafficking: victim identification at Boryspil International Airport",
            "SBGS / NPU",
            "UK (CSSF)",
            "Withdrawn",
            (D, 30000, 30000, D),
            [("UK", 1)],
            "TRAFFICKING",
            "cancelled",
        ),
    ]
    r = 10
    tot = [0.0] * 5
    for ref, title, ben, fund, status, yrs, partners, prio, st in A:
        put(ws, r, 2, ref)
        put(ws, r, 3, title, wrap=True)
        put(ws, r, 4, ben)
        put(ws, r, 5, fund, wrap=True)
        put(ws, r, 7, status)
        t = 0.0
        for i, v in enumerate(yrs):
            put(ws, r, 8 + i, "–" if v is None else v, fmt=FMT, halign="right")
            if v is not None:
                t += v
                tot[i] += v
        put(ws, r, 12, t, fmt=FMT, bold=True)
        tot[4] += t
        y21 = (yrs[1] or 0) + (yrs[2] or 0)
        for p, share in partners:
            exp(title, p, prio, st, "GBP", y21 * share)
        r += 1
    # unlabelled grand total row
    for i in range(5):
        c = put(ws, r, 8 + i, round(tot[i], 2), fmt=FMT, bold=True, border=False)
        c.border = TOPLINE
    assert round(tot[4], 2) == 1230500.50
    ws.cell(row=3, column=12).comment = Comment(
        "Figures provisional until CSSF Q4 reconciliation.", "Programme team"
    )
    r += 2
    ws.cell(row=r, column=2, value="B. PIPELINE (subject to CSSF allocation for FY 2021/22)").font = Font(
        bold=True, size=12
    )
    r += 1
    for c, h in (
        (2, "Ref"),
        (3, "Project title"),
        (4, "Beneficiary"),
        (5, "Funding source"),
        (7, "Status"),
        (8, "Indicative budget (GBP)"),
        (9, "Indicative period"),
    ):
        head(ws, r, c, r, c, h)
    ws.merge_cells(start_row=r, start_column=9, end_row=r, end_column=10)
    r += 1
    B = [
        (
            "UK-CSSF-P-01",
            "Border Security: maritime domain awareness for the State Border Guard Service in the "
            "Sea of Azov",
            "SBGS",
            "UK (CSSF)",
            "Proposed",
            400000,
            "Q2 2021 – Q4 2022",
            (q0(2021, 2), q1(2022, 4)),
            "BORDER_SECURITY",
        ),
        (
            "UK-CSSF-P-02",
            "Migration Management: asylum case processing for the State Migration Service",
            "SMS",
            "UK (CSSF)",
            "Under negotiation",
            250000,
            "24 months from June 2021",
            (m0(2021, 6), m1(2023, 5)),
            "ILLEGAL_MIGRATION",
        ),
    ]
    for ref, title, ben, fund, status, total, ptxt, (s, e), prio in B:
        put(ws, r, 2, ref)
        put(ws, r, 3, title, wrap=True)
        put(ws, r, 4, ben)
        put(ws, r, 5, fund)
        put(ws, r, 7, status)
        put(ws, r, 8, total, fmt=FMT)
        put(ws, r, 9, ptxt)
        ws.merge_cells(start_row=r, start_column=9, end_row=r, end_column=10)
        exp(title, "UK", prio, "pipeline", "GBP", spread(total, s, e))
        r += 1
    r += 1
    notes = [
        "Notes:",
        "1. All budgets in GBP. 2021 figures are split by half-year to match the CSSF reporting cycle.",
        "2. UK-CSSF-21-002 is co-funded by the Embassy of the Kingdom of the Netherlands; figures show the full "
        "project budget, shares as in the 'Funding source' column.",
        "3. UK-CSSF-21-009 was withdrawn in January 2021 before start; figures show the original allocation.",
        "4. UK-CSSF-20-014 completed in January 2021.",
    ]
    for i, n in enumerate(notes):
        ws.cell(row=r + i, column=2, value=n).font = Font(italic=(i > 0), bold=(i == 0))
    wb.save(os.path.join(raw, fn))


# ========================================================================== FILE 4 (RU, UNDP by donor)
def build_f4(raw):
    fn = "bc04_ПРООН_справка_проекты.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Справка"
    ws["C1"] = "Программа развития ООН (ПРООН) в Украине"
    ws["C1"].font = Font(bold=True, size=12)
    ws["C2"] = "Справка о проектах в секторе правоохранительной деятельности (по донорам)"
    ws["C3"] = "Киев, 05.03.2021"
    ws["C3"].font = Font(italic=True)
    head(ws, 5, 3, 6, 3, "№")
    head(ws, 5, 4, 6, 4, "Наименование проекта")
    head(ws, 5, 5, 6, 5, "Бенефициар")
    head(ws, 5, 6, 6, 6, "Бюджет")
    head(ws, 5, 7, 5, 8, "Реализация")
    head(ws, 6, 7, 6, 7, "период")
    head(ws, 6, 8, 6, 8, "статус")
    widths(ws, {"A": 2, "B": 2, "C": 5, "D": 70, "E": 14, "F": 34, "G": 28, "H": 22})
    # section -> projects (title, beneficiary, amount text, amount, iso, period text, (s,e), status txt,
    #                      status, priority, partners)
    S = [
        (
            "Донор: Правительство Японии",
            [
                (
                    "Повышение безопасности общин на востоке Украины: центры безопасности громад и полицейские "
                    "офицеры общины",
                    "НПУ",
                    "85 млн иен",
                    85e6,
                    "JPY",
                    "III кв. 2020 – II кв. 2022",
                    (q0(2020, 3), q1(2022, 2)),
                    "реализуется",
                    "funded",
                    "COMMUNITY_POLICING",
                    [("Japan", 1)],
                ),
                (
                    "Профилактика COVID-19 в подразделениях ГСЧС: закупка экспресс-тестов и средств защиты",
                    "ГСЧС",
                    "12,5 млн иен",
                    12.5e6,
                    "JPY",
                    "апрель 2021 – декабрь 2021",
                    (m0(2021, 4), m1(2021, 12)),
                    "реализуется",
                    "funded",
                    "COVID19",
                    [("Japan", 1)],
                ),
            ],
            "Итого по донору: 97,5 млн иен",
        ),
        (
            "Донор: Королевство Швеция",
            [
                (
                    "Противодействие домашнему и гендерному насилию: обучение полиции и прокуроров",
                    "НПУ, ОГП",
                    "18 млн шведских крон",
                    18e6,
                    "SEK",
                    "март 2021 – февраль 2024",
                    (m0(2021, 3), m1(2024, 2)),
                    "подписан",
                    "funded",
                    "DOMESTIC_VIOLENCE",
                    [("Sweden", 1)],
                ),
            ],
            None,
        ),
        (
            "Донор: Европейский Союз",
            [
                (
                    "Поддержка реформы полиции: прозрачная система учета задержанных (Custody Records) в ИВС",
                    "НПУ, МВД",
                    "1,2 млн евро* (≈ 1,45 млн долл. США)",
                    1.2e6,
                    "EUR",
                    "01.09.2020 – 31.08.2022",
                    (date(2020, 9, 1), date(2022, 8, 31)),
                    "реализуется",
                    "funded",
                    "CUSTODY",
                    [("EU", 0.75), ("Norway", 0.25)],
                ),
            ],
            None,
        ),
        (
            "Донор: Королевство Дания",
            [
                (
                    "Противодействие наркопреступности в морских портах Одесской области",
                    "НПУ, ГПСУ",
                    "4,5 млн датских крон",
                    4.5e6,
                    "DKK",
                    "II кв. 2021 – I кв. 2023",
                    (q0(2021, 2), q1(2023, 1)),
                    "на стадии согласования",
                    "pipeline",
                    "DRUGS",
                    [("Denmark", 1)],
                ),
            ],
            None,
        ),
        (
            "Собственные средства ПРООН (TRAC)",
            [
                (
                    "Цифровизация услуг ГМС для иностранцев и лиц без гражданства: миграционный контроль и "
                    "учет иностранцев",
                    "ГМС",
                    "350 тыс. долл. США",
                    350e3,
                    "USD",
                    "январь 2020 – декабрь 2021",
                    (m0(2020, 1), m1(2021, 12)),
                    "реализуется",
                    "funded",
                    "ILLEGAL_MIGRATION",
                    [("UNDP", 1)],
                ),
            ],
            None,
        ),
    ]
    r = 7
    n = 0
    jp = 0
    for sec, projs, subl in S:
        section(ws, r, 3, 8, sec)
        r += 1
        for title, ben, atxt, amt, iso, ptxt, (s, e), sttxt, st, prio, partners in projs:
            n += 1
            put(ws, r, 3, n, halign="center")
            put(ws, r, 4, title, wrap=True)
            put(ws, r, 5, ben)
            put(ws, r, 6, atxt, wrap=True)
            put(ws, r, 7, ptxt)
            put(ws, r, 8, sttxt)
            a21 = spread(amt, s, e)
            for p, share in partners:
                exp(title, p, prio, st, iso, a21 * share)
            if iso == "JPY":
                jp += amt
            r += 1
        if subl:
            put(ws, r, 4, subl.split(":")[0] + ":", bold=True, fill=SUB_FILL, halign="right")
            put(ws, r, 6, subl.split(": ")[1], bold=True, fill=SUB_FILL)
            r += 1
    assert jp == 97.5e6 and n == 6
    put(ws, r, 4, "Всего проектов: 6 (в т.ч. 1 — в стадии согласования)", bold=True, border=False)
    r += 2
    ws.cell(
        row=r,
        column=3,
        value="* Общий бюджет проекта. Проект софинансируется Правительством Норвегии "
        "(25 % бюджета); доля ЕС — 75 %.",
    )
    ws.cell(
        row=r + 1,
        column=3,
        value="Суммы указаны в валюте соглашения с донором; эквивалент в долл. США — справочно.",
    )
    ws.cell(
        row=r + 2,
        column=3,
        value="ПРООН выступает исполнителем проектов; источник финансирования указан в заголовке раздела.",
    )
    ws.cell(row=r + 4, column=3, value="Адрес: ул. Кловский спуск, 1, Киев, 01021").font = Font(
        size=9, italic=True
    )
    wb.save(os.path.join(raw, fn))


# =============================================================================== FILE 5 (UA, НПУ, UAH)
def build_f5(raw):
    fn = "bc05_NPU_proiekty_MTD_UA.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "МТД_НПУ"
    ws["B1"] = "НАЦІОНАЛЬНА ПОЛІЦІЯ УКРАЇНИ"
    ws["B1"].font = Font(bold=True, size=12)
    ws["B2"] = "Департамент міжнародного поліцейського співробітництва"
    ws["B3"] = (
        "Інформація щодо проєктів міжнародної технічної допомоги, що реалізуються або плануються "
        "в інтересах Національної поліції України"
    )
    ws["B3"].font = Font(bold=True)
    ws["B4"] = "станом на 10.03.2021"
    head(ws, 6, 2, 8, 2, "№ з/п")
    head(ws, 6, 3, 8, 3, "Назва проєкту")
    head(ws, 6, 4, 8, 4, "Донор (партнер)")
    head(ws, 6, 5, 8, 5, "Строк реалізації")
    head(ws, 6, 7, 6, 10, "Фінансування, тис. грн")
    head(ws, 7, 7, 7, 9, "за роками")
    head(ws, 7, 10, 8, 10, "Усього")
    for i, y in enumerate((2020, 2021, 2022)):
        head(ws, 8, 7 + i, 8, 7 + i, str(y))
    head(ws, 6, 11, 8, 11, "Реєстр. № МТД")
    ws.column_dimensions["K"].hidden = True
    widths(ws, {"A": 2, "B": 6, "C": 66, "D": 44, "E": 22, "F": 3, "G": 11, "H": 11, "I": 11, "J": 12})
    FMT = "#,##0.0"
    D = None
    # each project: (title, period, [(donor, partner, (2020,2021,2022))], priority, regno)
    S = [
        (
            "1. Проєкти, що реалізуються",
            "funded",
            [
                (
                    "Поліцейський офіцер громади: розширення програми на Донецьку та Луганську області",
                    "01.07.2020–30.06.2022",
                    [("Посольство США (INL)", "USA", (5400.0, 12750.5, 8000.0))],
                    "COMMUNITY_POLICING",
                    "3512-04",
                ),
                (
                    "Протидія домашньому насильству: мобільні групи реагування «ПОЛІНА»",
                    "01.01.2021–31.12.2022",
                    [
                        (
                            "Фонд ООН у галузі народонаселення (ЮНФПА), власні кошти",
                            "UNFPA",
                            (D, 3200.0, 2100.0),
                        )
                    ],
                    "DOMESTIC_VIOLENCE",
                    "3520-01",
                ),
                None,  # empty row
                (
                    "Прозора система обліку затриманих осіб (Custody Records) в ізоляторах тимчасового тримання",
                    "01.01.2021–31.12.2022",
                    [
                        ("Рада Європи", "Council of Europe", (D, 4500.0, 3000.0)),
                        ("Уряд Данії", "Denmark", (D, 1500.0, 1000.0)),
                    ],
                    "CUSTODY",
                    "3527-02",
                ),
                (
                    "Протидія наркозлочинності: обладнання для експертних лабораторій Національної поліції",
                    "01.10.2020–30.09.2021",
                    [
                        (
                            "Бюро з міжнародних питань боротьби з наркотиками та правоохоронної діяльності (INL)",
                            "INL",
                            (1200.0, 6800.0, D),
                        )
                    ],
                    "DRUGS",
                    "3498-07",
                ),
            ],
        ),
        (
            "2. Проєкти на стадії погодження з донором",
            "pipeline",
            [
                (
                    "Протидія торгівлі людьми: спеціалізовані підрозділи кримінальної поліції",
                    "IV кв. 2021 – IV кв. 2022",
                    [("Консультативна місія ЄС (EUAM)", "EUAM", (D, 900.0, 2500.0))],
                    "TRAFFICKING",
                    "—",
                ),
                (
                    "Профілактика COVID-19 серед патрульних поліцейських: засоби індивідуального захисту",
                    "травень – грудень 2021",
                    [("Уряд Канади", "Canada", (D, 1150.0, D))],
                    "COVID19",
                    "—",
                ),
            ],
        ),
        (
            "3. Припинені (скасовані) проєкти",
            "cancelled",
            [
                (
                    "Ситуаційні центри поліції Київської області: системи відеоспостереження",
                    "2021–2022",
                    [("Європейський Союз", "EU", (D, 2000.0, 1500.0))],
                    "OTHER",
                    "3531-03",
                ),
            ],
        ),
    ]
    r = 9
    n = 0
    grand = [0.0] * 4
    for sec, st, projs in S:
        section(ws, r, 2, 11, sec)
        r += 1
        sub = [0.0] * 4
        for p in projs:
            if p is None:
                r += 1
                continue
            title, period, donors, prio, regno = p
            n += 1
            nd = len(donors)
            for j, (dname, partner, yrs) in enumerate(donors):
                rr = r + j
                if j == 0:
                    put(ws, rr, 2, n, halign="center")
                    put(ws, rr, 3, title, wrap=True)
                    put(ws, rr, 5, period)
                    put(ws, rr, 11, regno)
                put(ws, rr, 4, dname, wrap=True)
                ws.cell(row=rr, column=6).border = BOX
                t = 0.0
                for i, v in enumerate(yrs):
                    put(ws, rr, 7 + i, "–" if v is None else v, fmt=FMT, halign="right")
                    if v is not None:
                        t += v
                        sub[i] += v
                put(ws, rr, 10, round(t, 1), fmt=FMT, bold=True)
                sub[3] += t
                exp(title, partner, prio, st, "UAH", k(yrs[1] or 0))
            if nd > 1:
                for c in (2, 3, 5, 11):
                    ws.merge_cells(start_row=r, start_column=c, end_row=r + nd - 1, end_column=c)
            r += nd
        put(ws, r, 3, f"Разом за розділом {sec[0]}", bold=True, fill=SUB_FILL)
        for c in (2, 4, 5, 6):
            put(ws, r, c, None, fill=SUB_FILL)
        for i in range(4):
            put(ws, r, 7 + i, round(sub[i], 1), fmt=FMT, bold=True, fill=SUB_FILL)
        grand = [g + s for g, s in zip(grand, sub, strict=False)]
        r += 1
    put(ws, r, 3, "УСЬОГО", bold=True)
    for i in range(4):
        put(ws, r, 7 + i, round(grand[i], 1), fmt=FMT, bold=True)
    assert round(grand[1], 1) == 32800.5 and n == 7
    r += 2
    notes = [
        "Примітка 1. Фінансування зазначено в гривневому еквіваленті (тис. грн) за офіційним курсом НБУ на "
        "01.03.2021.",
        "Примітка 2. Проєкт № 3 фінансується спільно Радою Європи та Урядом Данії; частку кожного донора "
        "наведено окремим рядком.",
        "Примітка 3. Проєкт № 7 припинено до початку реалізації у зв'язку з перерозподілом коштів донора; "
        "наведено первинно погоджений обсяг.",
    ]
    for i, t in enumerate(notes):
        ws.cell(row=r + i, column=2, value=t).font = Font(italic=True)
    wb.save(os.path.join(raw, fn))


# ===================================================================== FILE 6 (EN/UA TXT, EU Delegation)
def build_f6(raw):
    fn = "bc06_EU_Delegation_actions_LE_sector.txt"
    T = "\t"
    L = [
        "Delegation of the European Union to Ukraine",
        "EU-funded actions — Law Enforcement sector / Правоохоронна діяльність",
        "Prepared for the SWG meeting, 18 March 2021",
        "(amounts in EUR; dates dd/mm/yyyy)",
        "",
        T.join(
            [
                "No.",
                "Action title",
                "Funded by",
                "Beneficiary / Бенефіціар",
                "Implementing partner",
                "Total budget",
                "Period",
                "Status / Статус",
            ]
        ),
    ]
    A = [
        (
            "EUBAM: joint border patrols and surveillance on the Transnistrian segment of the Ukraine–Moldova border",
            "EU/EU4Border",
            "ДПСУ / SBGS",
            "EUBAM",
            "EUR 2.5 million",
            2.5e6,
            "01/12/2020 - 30/11/2022",
            (date(2020, 12, 1), date(2022, 11, 30)),
            "ongoing / триває",
            "funded",
            "BORDER_SECURITY",
            [("EU", 1)],
        ),
        (
            "Joint control at the Rava-Ruska – Hrebenne border crossing point with Poland",
            "EU",
            "ДПСУ / SBGS",
            "Polish Border Guard",
            "€ 3,200,000",
            3.2e6,
            "Q2 2021 – Q4 2022",
            (q0(2021, 2), q1(2022, 4)),
            "signed / підписано",
            "funded",
            "BORDER_CROSSING",
            [("EU", 1)],
        ),
        (
            "Readmission and voluntary return: support to the State Migration Service",
            "EU",
            "ДМС / SMS",
            "ICMPD",
            "EUR 850,000",
            850e3,
            "24 months from June 2021",
            (m0(2021, 6), m1(2023, 5)),
            "ongoing / триває",
            "funded",
            "ILLEGAL_MIGRATION",
            [("EU", 1)],
        ),
        (
            "COVID-19 response: protective equipment and disinfection for State Emergency Service units",
            "EU 75% / Lithuania 25%",
            "ДСНС / SESU",
            "UNDP",
            "EUR 1.2 million (total)",
            1.2e6,
            "April 2020 – February 2021",
            (m0(2020, 4), m1(2021, 2)),
            "completed / завершено",
            "funded",
            "COVID19",
            [("EU", 0.75), ("Lithuania", 0.25)],
        ),
        (
            "Criminal investigation reform: joint training for NPU investigators and prosecutors",
            "EUAM Ukraine (mission budget)",
            "НПУ / NPU",
            "EUAM",
            "EUR 420,000",
            420e3,
            "2021",
            (date(2021, 1, 1), date(2021, 12, 31)),
            "ongoing / триває",
            "funded",
            "OTHER",
            [("EUAM", 1)],
        ),
    ]
    tot = 0
    for i, a in enumerate(A, 1):
        title, fb, ben, impl, atxt, amt, ptxt, (s, e), sttxt, st, prio, partners = a
        L.append(T.join([str(i), title, fb, ben, impl, atxt, ptxt, sttxt]))
        a21 = spread(amt, s, e)
        for p, share in partners:
            exp(title, p, prio, st, "EUR", a21 * share)
        tot += amt
    assert tot == 8.17e6
    L.append(T.join(["", "TOTAL current actions", "", "", "", "EUR 8,170,000", "", ""]))
    L += [
        "",
        "",
        "PIPELINE — Annual Action Programme 2021 (not yet adopted / ще не затверджено)",
        T.join(["Action title", "Indicative EU amount", "Indicative period", "Beneficiary / Бенефіціар"]),
    ]
    B = [
        (
            "Anti-trafficking: victim support and joint cross-border investigations with EU Member States",
            "EUR 1.5 million",
            1.5e6,
            "Q4 2021 – Q3 2023",
            (q0(2021, 4), q1(2023, 3)),
            "НПУ / NPU",
            "TRAFFICKING",
        ),
        (
            "Drug crime: forensic drug analysis capacity of the MIA Expert Service",
            "EUR 600,000",
            600e3,
            "36 months from January 2022",
            (m0(2022, 1), m1(2024, 12)),
            "ЕКЦ МВС / MIA Expert Service",
            "DRUGS",
        ),
    ]
    for title, atxt, amt, ptxt, (s, e), ben, prio in B:
        L.append(T.join([title, atxt, ptxt, ben]))
        exp(title, "EU", prio, "pipeline", "EUR", spread(amt, s, e))
    L += [
        "",
        "Notes:",
        "- Action 4 is co-financed by Lithuania (25% of the total budget shown); the EU share is 75%.",
        "- Action 5 is financed from the budget of the EU Advisory Mission (EUAM Ukraine), not from bilateral "
        "assistance.",
        "- Implementing partners are not donors.",
    ]
    data = ("\r\n".join(L) + "\r\n").encode("utf-8-sig")
    with open(os.path.join(raw, fn), "wb") as f:
        f.write(data)


# ======================================================================== FILE 7 (EN/UA, Nordic-Swiss)
def build_f7(raw):
    fn = "bc07_Nordic_Swiss_group_MIA_support.xlsx"
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    ws = wb.create_sheet("Projects")
    ls = wb.create_sheet("lists")
    ls.sheet_state = "hidden"
    for i, v in enumerate(
        [
            "ongoing / триває",
            "signed / підписано",
            "pipeline / планується",
            "cancelled / скасовано",
            "completed / завершено",
        ],
        1,
    ):
        ls.cell(row=i, column=1, value=v)
    for i, v in enumerate(["SEK", "NOK", "CHF", "DKK", "EUR"], 1):
        ls.cell(row=i, column=2, value=v)

    ws["B1"] = "Nordic–Swiss donor coordination group / Група донорів Північних країн та Швейцарії"
    ws["B1"].font = Font(bold=True, size=12)
    ws["B2"] = "Support to the MIA system of Ukraine — project list for the SWG «Law Enforcement»"
    ws["B3"] = "Compiled by the Embassy of Switzerland on behalf of the group, version 3 (22.02.2021)"
    ws["B3"].font = Font(italic=True)
    head(ws, 5, 2, 6, 2, "#")
    head(ws, 5, 3, 6, 3, "Project / Проєкт")
    head(ws, 5, 4, 6, 4, "Beneficiary / Бенефіціар")
    head(ws, 5, 5, 6, 5, "Status / Статус")
    head(ws, 5, 6, 6, 6, "Currency / Валюта")
    head(ws, 5, 7, 6, 7, "Total budget / Загальний бюджет")
    head(ws, 5, 8, 5, 9, "of which / у т.ч.")
    head(ws, 6, 8, 6, 8, "2021")
    head(ws, 6, 9, 6, 9, "2022")
    head(ws, 5, 10, 6, 10, "Period / Період")
    head(ws, 5, 11, 6, 11, "Internal ref")
    ws.column_dimensions["K"].hidden = True
    widths(ws, {"A": 2, "B": 4, "C": 64, "D": 18, "E": 22, "F": 10, "G": 16, "H": 14, "I": 14, "J": 22})
    ws.freeze_panes = "C7"
    FMT = "#,##0"
    S = [
        (
            "SWEDEN / ШВЕЦІЯ (via Sida)",
            "Sweden",
            [
                (
                    "Domestic violence response units in five oblasts\nПідрозділи реагування на домашнє насильство у "
                    "п'яти областях",
                    "NPU / НПУ",
                    "ongoing / триває",
                    "funded",
                    "SEK",
                    24e6,
                    8e6,
                    8e6,
                    "01.03.2020 – 28.02.2023",
                    "DOMESTIC_VIOLENCE",
                    "SE-51170",
                ),
                (
                    "Asylum and migration management: reception centres of the State Migration Service\n"
                    "Притулок і управління міграцією: пункти тимчасового розміщення біженців ДМС",
                    "SMS / ДМС",
                    "pipeline / планується",
                    "pipeline",
                    "SEK",
                    6.5e6,
                    1.5e6,
                    5e6,
                    "07.2021 – 12.2022",
                    "ILLEGAL_MIGRATION",
                    "SE-51302",
                ),
            ],
        ),
        (
            "NORWAY / НОРВЕГІЯ (Ministry of Foreign Affairs)",
            "Norway",
            [
                (
                    "Community policing in Kharkiv oblast: police stations in amalgamated hromadas\n"
                    "Поліцейські станції в об'єднаних територіальних громадах Харківщини",
                    "NPU / НПУ",
                    "ongoing / триває",
                    "funded",
                    "NOK",
                    15e6,
                    6.2e6,
                    8.8e6,
                    "01.2021 – 12.2022",
                    "COMMUNITY_POLICING",
                    "UKR-20/0044",
                ),
                (
                    "Humanitarian demining capacity of the State Emergency Service\n"
                    "Спроможності ДСНС з гуманітарного розмінування",
                    "SESU / ДСНС",
                    "signed / підписано",
                    "funded",
                    "NOK",
                    30e6,
                    12e6,
                    18e6,
                    "2021 – 2022",
                    "OTHER",
                    "UKR-20/0051",
                ),
            ],
        ),
        (
            "SWITZERLAND / ШВЕЙЦАРІЯ (Swiss Confederation, SDC)",
            "Switzerland",
            [
                (
                    "Convenient border crossing: pedestrian and bicycle lanes at the Luzhanka checkpoint "
                    "(Ukraine–Hungary)\nЗручний перетин кордону: пункт пропуску «Лужанка»",
                    "SBGS / ДПСУ",
                    "signed / підписано",
                    "funded",
                    "CHF",
                    1.8e6,
                    900e3,
                    900e3,
                    "01.2021 – 12.2022",
                    "BORDER_CROSSING",
                    "7F-10455",
                ),
                (
                    "Anti-trafficking hotline and shelters for victims of human trafficking\n"
                    "Гаряча лінія та притулки для постраждалих від торгівлі людьми",
                    "NPU, MSP / НПУ, Мінсоцполітики",
                    "cancelled / скасовано",
                    "cancelled",
                    "CHF",
                    750e3,
                    400e3,
                    350e3,
                    "01.2021 – 12.2022",
                    "TRAFFICKING",
                    "7F-10461",
                ),
            ],
        ),
    ]
    r = 7
    n = 0
    summary = []
    for sec, partner, projs in S:
        section(ws, r, 2, 11, sec)
        r += 1
        cnt, tot, t21 = 0, 0.0, 0.0
        cur0 = projs[0][4]
        for title, ben, sttxt, st, cur, total, y21, y22, ptxt, prio, ref in projs:
            n += 1
            put(ws, r, 2, n, halign="center")
            put(ws, r, 3, title, wrap=True)
            put(ws, r, 4, ben, wrap=True)
            put(ws, r, 5, sttxt)
            put(ws, r, 6, cur, halign="center")
            put(ws, r, 7, total, fmt=FMT)
            put(ws, r, 8, y21, fmt=FMT)
            put(ws, r, 9, y22, fmt=FMT)
            put(ws, r, 10, ptxt)
            put(ws, r, 11, ref)
            ws.row_dimensions[r].height = 32
            exp(title.split("\n")[0], partner, prio, st, cur, y21)
            if st != "cancelled":
                cnt += 1
                tot += total
                t21 += y21
            r += 1
        summary.append((partner, cur0, cnt, tot, t21))
        r += 1  # empty row between donor blocks
    ws.cell(
        row=r,
        column=2,
        value="Totals include amounts disbursed before 2021 or planned after 2022 where the "
        "period extends beyond 2021–2022.",
    ).font = Font(italic=True)
    ws.cell(
        row=r + 1, column=2, value="Status column uses the group's list (see data validation)."
    ).font = Font(italic=True, size=9)

    sm["A1"] = "Nordic–Swiss donor group — summary by donor (excluding cancelled projects)"
    sm["A1"].font = Font(bold=True, size=12)
    sm["A2"] = "Details per project: see sheet «Projects»."
    for c, h in enumerate(
        ["Donor / Донор", "Currency", "Number of projects", "Total committed", "of which 2021"], 1
    ):
        head(sm, 4, c, 4, c, h)
    for i, (p, cur, cnt, tot, t21) in enumerate(summary, 5):
        put(sm, i, 1, p)
        put(sm, i, 2, cur)
        put(sm, i, 3, cnt)
        put(sm, i, 4, tot, fmt=FMT)
        put(sm, i, 5, t21, fmt=FMT)
    assert summary == [
        ("Sweden", "SEK", 2, 30.5e6, 9.5e6),
        ("Norway", "NOK", 2, 45e6, 18.2e6),
        ("Switzerland", "CHF", 1, 1.8e6, 900e3),
    ], summary
    widths(sm, {"A": 22, "B": 10, "C": 18, "D": 16, "E": 14})
    dv = DataValidation(type="list", formula1="=lists!$A$1:$A$5", allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(f"E8:E{r}")
    wb.active = 0
    wb.save(os.path.join(raw, fn))


# ============================================================================================== main
def main():
    if len(sys.argv) != 2:
        sys.exit("usage: python set_bc.py OUT_DIR")
    out = sys.argv[1]
    raw = os.path.join(out, "raw")
    os.makedirs(raw, exist_ok=True)
    for b in (build_f1, build_f2, build_f3, build_f4, build_f5, build_f6, build_f7):
        b(raw)
    titles = {}
    for e in EXPECTED:
        titles.setdefault(e["title"], set()).add(e["partner"])
    assert 40 <= len(titles) <= 50, len(titles)
    # every (title, partner) pair unique
    pairs = [(e["title"], e["partner"]) for e in EXPECTED]
    assert len(pairs) == len(set(pairs))
    # cross-check the spread figures quoted in the docstring / notes.md
    check = {
        ("Посилення охорони", "EU"): 1006027.40,
        ("Розбудова пунктів", "Poland"): 1049041.97,
        ("Протидія незаконній", "Switzerland"): 287434.39,
        ("Протидія наркозлочинності: лаб", "UK"): 147863.01,
        ("Запобігання торгівлі", "EU"): 515625.00,
        ("Запобігання торгівлі", "Germany"): 128906.25,
        ("Профілактика COVID-19 на пунктах", "Japan"): 22684931.51,
        ("Електронна черга", "Sweden"): 0.0,
        ("Морська охорона", "Norway"): 4000000.00,
        ("Border Security: maritime", "UK"): 171875.00,
        ("Migration Management", "UK"): 73287.67,
        ("Повышение безопасности", "Japan"): 42500000.00,
        ("Противодействие домашнему", "Sweden"): 5025547.45,
        ("Поддержка реформы", "Norway"): 150000.00,
        ("Противодействие наркопреступности в", "Denmark"): 1695205.48,
        ("Цифровизация", "UNDP"): 174760.60,
        ("EUBAM", "EU"): 1250000.00,
        ("Joint control", "EU"): 1375000.00,
        ("Readmission", "EU"): 249178.08,
        ("COVID-19 response", "EU"): 158982.04,
        ("COVID-19 response", "Lithuania"): 52994.01,
        ("Anti-trafficking: victim", "EU"): 189041.10,
        ("Drug crime", "EU"): 0.0,
    }
    for (pre, p), v in check.items():
        hits = [e for e in EXPECTED if e["title"].startswith(pre) and e["partner"] == p]
        assert len(hits) == 1 and abs(hits[0]["amount_2021"] - v) < 0.005, (pre, p, hits)
    assert days_in_2021(date(2021, 3, 1), date(2024, 2, 29)) == 306
    with open(os.path.join(out, "expected.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(
            f, fieldnames=["title", "partner", "priority", "status", "currency", "amount_2021"]
        )
        w.writeheader()
        for e in EXPECTED:
            e = dict(e)
            e["amount_2021"] = f"{e['amount_2021']:.2f}"
            w.writerow(e)
    print(f"{len(titles)} projects, {len(EXPECTED)} expected lines -> {out}")


if __name__ == "__main__":
    main()
