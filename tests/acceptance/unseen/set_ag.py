# ruff: noqa: B905, C408, RUF001, RUF057 - a data script written blind
"""Blind partner files, set AG: written without reading the reader's code. Expected values by hand.

Theme: what a coordinator's inbox really holds before a meeting - MIXTURES OF LAYOUTS IN ONE WORKBOOK. Eight files,
each mixing two to four traits, at least half of them not named in tests/acceptance/unseen/README.md ("new" below).
All figures are plain values (no formulas).

1. `EUD_Ukraine_MIA_portfolio_for_SWG_June2021.xlsx` (EU, English). Sheet "Portfolio" holds TWO STACKED TABLES
   (old): "A. Contracted actions" (Ref. | Action title | MIA beneficiary | Start | End | EU contribution | Status) and,
   further down, "B. Pipeline – Annual Action Programme 2021 (not yet contracted)" with ANOTHER COLUMN ORDER and the
   amount in "EUR m" (Action title | Indicative EU amount (EUR m) | MIA beneficiary | Indicative start | Indicative
   end | Stage). Dates are real Excel dates DISPLAYED AS "mmm-yy" (new; the title row says actions start on the first
   and end on the last day of the month shown, and the stored values are exactly those days). One contracted row has
   TWO CURRENCIES IN ONE CELL (new): "EUR 1 500 000 + UAH 12 000 000*"; the footnote under table A says the UAH is
   the MIA's own co-financing from the State Budget, not EU funding, and that the EU contribution is EUR 1 500 000.
   A careful analyst counts EUR 1 500 000 only (the partner is the donor who pays; the State Budget is not ITA), so
   expected has EUR and 1 500 000 x 275/730. A second sheet "Pivot" is a PIVOTTABLE EXPORT (old) of the contracted
   amounts by beneficiary ("Row Labels", "Sum of EU contribution (EUR)", "Grand Total"): not projects.
   6 projects: A1 green-border surveillance (funded), A2 DV mobile groups (two currencies), A3 e-gates 2019-2020
   (closed, 0), A4 COVID-19 PPE (all in 2021), B1 SMS irregular migrants (pipeline, 2.5 m), B2 trafficking (pipeline,
   2022-2023, 0).
2. `МВС_розподіл_МТД_за_пріоритетами_2021_робоча.xlsx` (MIA coordinator, Ukrainian). PRIORITIES AS COLUMNS (new):
   a two-row header (old) with a merged group "Вартість проєкту за пріоритетами МВС на 2021 рік, тис." over ten
   columns, one per priority (the nine of the list + "Інше"); each project's whole cost stands in the column of its
   priority, the others are empty. Units "тис." said in the title and the group header (old). STATUSES AS SYMBOLS
   with a LEGEND line under the table (new): ✔ реалізується, ■ завершено, ◷ планується (угоду не підписано),
   ✖ скасовано. A "Кількість проєктів" COUNTS ROW under the priority columns (new; counts, not money). Periods in
   words and digits ("квітень 2021 – березень 2023", "01.07.2020 – 30.06.2022", "2021–2022"). 7 projects
   (Sweden, Denmark, Norway, Lithuania, Japan, Netherlands, Canada).
3. `ГПСУ_реестр_МТП_по_донорам_на_01.06.2021.xlsx` (State Border Guard Service, Russian). A BENEFICIARY REGISTER
   WITH A COLUMN PER DONOR (new): "ЕС, евро" | "США, долл. США" | "Япония, иен" | "Польша, злотых"; each project's
   amount stands under the donor who pays, in that column's currency (the title says so). NOTES ROWS INSIDE THE TABLE
   (new): "Примечание: по п. 3 ..." (a cancellation letter, matching its status "отменен (см. примечание)") and
   "Примечание: по п. 4 ..." (in-kind co-financing not included: changes nothing). Periods in Russian words with
   days ("с 1 марта 2021 г. по 28 февраля 2023 г.", old) and a status heading row "Проекты на стадии согласования"
   (old) before two pipeline projects; an "Итого (без отменённых)" row per donor column. 6 projects.
4. `UNDP_Ukraine_MIA_related_projects_by_donor_Q2_2021.xlsx` (UNDP as implementer, English). Projects grouped by
   funding partner with THE CURRENCY IN EACH GROUP HEADING ROW (new: "Funding partner: Government of Japan – amounts
   in JPY", "... Kingdom of the Netherlands – amounts in EUR", "... Denmark (Danida) – amounts in DKK") over one column
   "Budget (agreement currency)"; a "USD equivalent (UN op. rate, 06/2021)" column for information (old: a converted
   column; the ORIGINAL is counted, as the title says); subtotals per donor and a grand total in USD (old); a RAG
   DELIVERY RATING column (new: "Green" / "Amber" / "Red" / "n/a"; the title says it is not a status, so a "Red"
   project is an ongoing, funded one). Partner = the donor, not UNDP. 7 projects (one pipeline, one cancelled, one
   closed in 2020).
5. `НПУ_проєкти_МТД_UA-EN_до_засідання_СРГ_06.2021.xlsx` (National Police, Ukrainian + English). THE SAME FIVE
   PROJECTS ON TWO SHEETS, "УКР" and "ENG" (new; the ENG sheet's title says it is the English version of УКР, the
   same projects): counted once, expected lists the УКР titles. A declared priority column (old) FILLED FROM A
   DROP-DOWN (Excel data validation) whose list is on a HIDDEN SHEET "Списки" (new). A third sheet "Зміни з березня"
   (new: CHANGES SINCE THE LAST MEETING: a budget raised 800 000 -> 950 000 CAD, a new project, a cancellation, and
   a 2020 project removed from the list) - not projects; the current sheet already carries them. Donors: Canada, UK,
   UNICEF (own funds), Norway, EUAM. 5 projects.
6. `GIZ_картки_проєктів_для_МВС_червень_2021.xlsx` (Germany through GIZ, Ukrainian). REGISTRATION CARDS REPEATED
   DOWN ONE SHEET (old: label / value rows, blank row between), periods IN WORDS ("з 1 квітня 2021 року по 31
   березня 2023 року", old), budgets WITH THE SUM IN WORDS in brackets ("1 200 000 (один мільйон двісті тисяч) євро",
   "2,5 млн євро (два мільйони п'ятсот тисяч євро)", new). The FIRST sheet is a VISIBLE SUPERSEDED VERSION (new):
   "Картки 03.2021 (НЕАКТУАЛЬНО)", its first row "НЕАКТУАЛЬНА ВЕРСІЯ ... замінена аркушем «Картки 06.2021
   (актуальні)». Не використовувати.", four cards with older figures; only the June sheet is counted. Donor
   "Федеральний уряд Німеччини (BMZ)" / "Федеральне міністерство закордонних справ Німеччини" -> Germany. 5 projects.
7. `SWG_police_subgroup_shared_donor_matrix_GoogleSheets_export.xlsx` (several donors, English). A shared sheet
   downloaded from Google Sheets: EVERY CELL TEXT, numbers and dates included (old). STATUS SHOWN ONLY BY COLOUR
   (new): the colour key in row 2 says grey fill with struck-through text = cancelled, yellow fill = pipeline (not
   yet signed), no fill = ongoing or completed. NOTES ROWS FROM PARTNERS INSIDE THE TABLE (new): "NOTE (UK, 28.05):
   ..." (a corrected budget, already in the cell) and "NOTE (Denmark, 04.06): the line below was cancelled ..." (the
   grey row). 6 projects (USA, UK, Sweden, Denmark, Lithuania, Council of Europe).
8. `Norway_MFA_MIA_portfolio_export_2021-06-08.csv` (Norway, English, UTF-8 with BOM, semicolons). A SUMMARY BY
   PRIORITY SECTION above the PROJECT LIST in the same file (old: a summary table above the list; its lines are not
   projects); periods as TEXT "Apr-21 – Mar-24" (mmm-yy, new; a month runs first to last day); amounts "NOK 18 mn",
   "NOK 24.4 mn" (old) and two with NARROW NO-BREAK SPACES (U+202F) as thousands separators ("3 650 000",
   "NOK 5 475 000", new); "Under consideration (not yet approved)" (pipeline), "Cancelled (...)". 6 projects.

Usage: python set_ag.py OUT_DIR  -> OUT_DIR/raw/<partner files>, OUT_DIR/expected.csv
Convention (as set AF): a given 2021 figure is taken as is; otherwise total x days in 2021 / days of the project
(both ends included); a month runs first to last day; outside 2021 -> 0; cancelled -> 0 with status cancelled;
planned / pipeline / not signed -> status pipeline, 2021 amount computed the same way. Amounts in the project's own
currency after units ("тис." x 1000, "m" / "mn" / "млн" x 1 000 000). The partner is the donor who pays, named as in
partners.csv. Every day count was checked with a separate datetime script (check_days.py). 48 projects.
"""

import csv
import sys
from datetime import datetime
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

EXPECTED: list[dict] = []


def exp(title, partner, priority, status, currency, amount):
    EXPECTED.append(
        dict(
            title=title,
            partner=partner,
            priority=priority,
            status=status,
            currency=currency,
            amount_2021=amount,
        )
    )


WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def put_row(ws, r, values, fmt_dates="DD.MM.YYYY", bold=False):
    for c, v in enumerate(values, 1):
        if v is None:
            continue
        cell = ws.cell(row=r, column=c, value=v)
        cell.alignment = WRAP
        if isinstance(v, datetime):
            cell.number_format = fmt_dates
        elif isinstance(v, int) and not isinstance(v, bool) and abs(v) >= 1000:
            cell.number_format = "#,##0"
        if bold:
            cell.font = BOLD


def widths(ws, cols, ws_widths):
    for col, w in zip(cols, ws_widths):
        ws.column_dimensions[col].width = w


# ---------------------------------------------------------------------------------------------------------------
# 1. EU Delegation: two stacked tables, "mmm-yy" dates, two currencies in one cell, a pivot sheet
# ---------------------------------------------------------------------------------------------------------------
def file1(raw: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Portfolio"
    ws["A1"] = "Delegation of the European Union to Ukraine"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Justice and Home Affairs section – actions benefiting the MIA system, as at 10 June 2021"
    ws["A3"] = (
        "Amounts in EUR unless stated. Dates are shown as month-year: actions start on the first day and end on "
        "the last day of the month shown."
    )
    ws["A5"] = "A. Contracted actions"
    ws["A5"].font = BOLD
    put_row(
        ws,
        6,
        [
            "Ref.",
            "Action title",
            "MIA beneficiary",
            "Start",
            "End",
            "EU contribution",
            "Status",
        ],
        bold=True,
    )
    a1 = "Mobile surveillance systems for SBGS border detachments on the green border with Belarus"
    a2 = "Mobile response groups for domestic violence cases in Donetsk and Luhansk oblasts"
    a3 = "Automated passport control e-gates at the Uzhhorod and Chop border crossing points"
    a4 = "COVID-19 protective equipment and rapid tests for the State Emergency Service and National Guard"
    rows_a = [
        (
            "ENI/2020/417-332",
            a1,
            "SBGS",
            datetime(2020, 9, 1),
            datetime(2022, 8, 31),
            3_200_000,
            "Ongoing",
        ),
        (
            "ENI/2021/423-105",
            a2,
            "NPU",
            datetime(2021, 4, 1),
            datetime(2023, 3, 31),
            "EUR 1 500 000 + UAH 12 000 000*",
            "Ongoing",
        ),
        (
            "ENI/2019/408-771",
            a3,
            "SBGS",
            datetime(2019, 7, 1),
            datetime(2020, 12, 31),
            2_400_000,
            "Closed",
        ),
        (
            "ENI/2021/425-880",
            a4,
            "SESU, NGU",
            datetime(2021, 2, 1),
            datetime(2021, 7, 31),
            900_000,
            "Ongoing",
        ),
    ]
    for r, row in enumerate(rows_a, 7):
        put_row(ws, r, row, fmt_dates="mmm-yy")
    ws["A11"] = (
        "* UAH 12 000 000 is the co-financing of the Ministry of Internal Affairs from the State Budget of Ukraine, "
        "shown for completeness; it is not EU funding. The EU contribution to this action is EUR 1 500 000."
    )
    ws["A13"] = "B. Pipeline – Annual Action Programme 2021 (not yet contracted)"
    ws["A13"].font = BOLD
    put_row(
        ws,
        14,
        [
            "Action title",
            "Indicative EU amount (EUR m)",
            "MIA beneficiary",
            "Indicative start",
            "Indicative end",
            "Stage",
        ],
        bold=True,
    )
    b1 = "Strengthening the State Migration Service's capacity to identify and return irregular migrants"
    b2 = "Countering trafficking in human beings through joint police and labour inspection teams"
    rows_b = [
        (
            b1,
            2.5,
            "SMS",
            datetime(2021, 10, 1),
            datetime(2024, 9, 30),
            "Financing decision pending",
        ),
        (
            b2,
            1.2,
            "NPU",
            datetime(2022, 1, 1),
            datetime(2023, 12, 31),
            "Identification",
        ),
    ]
    for r, row in enumerate(rows_b, 15):
        put_row(ws, r, row, fmt_dates="mmm-yy")
    ws["A18"] = "Pipeline amounts are indicative (EUR million) and subject to the financing decision."
    widths(ws, "ABCDEFG", (58, 60, 16, 14, 14, 30, 16))

    pv = wb.create_sheet("Pivot")
    pv["A1"] = "Status"
    pv["B1"] = "(Multiple Items)"
    pv["A3"] = "Sum of EU contribution (EUR)"
    pv["A4"] = "Row Labels"
    pv["B4"] = "Total"
    for r, (k, v) in enumerate(
        [
            ("NPU", 1_500_000),
            ("SBGS", 5_600_000),
            ("SESU, NGU", 900_000),
            ("Grand Total", 8_000_000),
        ],
        5,
    ):
        pv.cell(row=r, column=1, value=k)
        pv.cell(row=r, column=2, value=v).number_format = "#,##0"
    pv["A10"] = "Contracted actions only (table A of sheet Portfolio)."
    widths(pv, "AB", (32, 16))
    wb.save(raw / "EUD_Ukraine_MIA_portfolio_for_SWG_June2021.xlsx")

    exp(a1, "EU", "BORDER_SECURITY", "funded", "EUR", round(3_200_000 * 365 / 730, 2))  # 01.09.20-31.08.22
    exp(
        a2, "EU", "DOMESTIC_VIOLENCE", "funded", "EUR", round(1_500_000 * 275 / 730, 2)
    )  # EUR only; UAH = MIA's own
    exp(a3, "EU", "BORDER_CROSSING", "funded", "EUR", 0)  # 07.2019-12.2020, closed
    exp(a4, "EU", "COVID19", "funded", "EUR", round(900_000 * 181 / 181, 2))  # 01.02.21-31.07.21
    exp(
        b1,
        "EU",
        "ILLEGAL_MIGRATION",
        "pipeline",
        "EUR",
        round(2_500_000 * 92 / 1096, 2),
    )  # 01.10.21-30.09.24
    exp(b2, "EU", "TRAFFICKING", "pipeline", "EUR", 0)  # 2022-2023


# ---------------------------------------------------------------------------------------------------------------
# 2. MIA coordinator: priorities as columns, statuses as symbols with a legend, a counts row
# ---------------------------------------------------------------------------------------------------------------
def file2(raw: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "За пріоритетами"
    ws["A1"] = "Міністерство внутрішніх справ України – Управління міжнародної технічної допомоги"
    ws["A2"] = "Розподіл проєктів МТД за пріоритетами МВС на 2021 рік (робоча таблиця до засідання СРГ)"
    ws["A3"] = (
        "Суми – у тис. одиниць валюти проєкту. Загальну вартість проєкту зазначено в колонці того пріоритету, "
        "якому відповідає проєкт."
    )
    prio_cols = [
        "Облік осіб, які тримаються під вартою",
        "Протидія торгівлі людьми",
        "Протидія домашньому насильству",
        "Протидія наркозлочинності",
        "Взаємодія поліції та населення",
        "Охорона державного кордону",
        "Перетин кордону (пункти пропуску)",
        "Протидія нелегальній міграції",
        "Запобігання поширенню COVID-19",
        "Інше (поза переліком пріоритетів)",
    ]
    codes = [
        "CUSTODY",
        "TRAFFICKING",
        "DOMESTIC_VIOLENCE",
        "DRUGS",
        "COMMUNITY_POLICING",
        "BORDER_SECURITY",
        "BORDER_CROSSING",
        "ILLEGAL_MIGRATION",
        "COVID19",
        "OTHER",
    ]
    fixed = ["№", "Донор", "Назва проєкту", "Бенефіціар", "Період реалізації", "Валюта"]
    for c, h in enumerate(fixed, 1):
        ws.cell(row=5, column=c, value=h).font = BOLD
        ws.merge_cells(start_row=5, start_column=c, end_row=6, end_column=c)
    ws.cell(row=5, column=7, value="Вартість проєкту за пріоритетами МВС на 2021 рік, тис.").font = BOLD
    ws.merge_cells(start_row=5, start_column=7, end_row=5, end_column=16)
    for i, h in enumerate(prio_cols):
        cell = ws.cell(row=6, column=7 + i, value=h)
        cell.font = BOLD
        cell.alignment = WRAP
    ws.cell(row=5, column=17, value="Стан").font = BOLD
    ws.merge_cells(start_row=5, start_column=17, end_row=6, end_column=17)

    t1 = "Запровадження поліцейських офіцерів громади в об'єднаних територіальних громадах Житомирської області"
    t2 = "Розширення мережі кризових кімнат для постраждалих від домашнього насильства у відділах поліції"
    t3 = "Посилення спроможності слідчих поліції та ДМС у розслідуванні справ про торгівлю людьми"
    t4 = "Технічні засоби спостереження для прикордонних застав на ділянці кордону з Білоруссю"
    t5 = "Закупівля апаратів ШВЛ та кисневих концентраторів для лікування хворих на COVID-19 у госпіталях МВС"
    t6 = "Посилення спроможності ДМС щодо ідентифікації та видворення нелегальних мігрантів"
    t7 = "Підготовка піротехнічних підрозділів ДСНС до гуманітарного розмінування"
    # no, donor, title, benef, period, cur, priority code, amount (thousands), status symbol
    rows = [
        (
            "1",
            "Швеція",
            t1,
            "НПУ",
            "квітень 2021 – березень 2023",
            "SEK",
            "COMMUNITY_POLICING",
            "9 600",
            "✔",
        ),
        (
            "2",
            "Данія",
            t2,
            "НПУ",
            "01.07.2020 – 30.06.2022",
            "DKK",
            "DOMESTIC_VIOLENCE",
            "3 650",
            "✔",
        ),
        (
            "3",
            "Норвегія",
            t3,
            "НПУ, ДМС",
            "вересень 2021 – серпень 2022",
            "NOK",
            "TRAFFICKING",
            "4 380",
            "◷",
        ),
        (
            "4",
            "Литва",
            t4,
            "ДПСУ",
            "01.03.2021 – 31.12.2021",
            "EUR",
            "BORDER_SECURITY",
            "420",
            "✔",
        ),
        (
            "5",
            "Японія",
            t5,
            "МВС",
            "грудень 2020 – травень 2021",
            "JPY",
            "COVID19",
            "180 000",
            "■",
        ),
        (
            "6",
            "Нідерланди",
            t6,
            "ДМС",
            "2021–2022",
            "EUR",
            "ILLEGAL_MIGRATION",
            "750",
            "✖",
        ),
        (
            "7",
            "Канада",
            t7,
            "ДСНС",
            "січень 2022 – грудень 2023",
            "CAD",
            "OTHER",
            "1 100",
            "◷",
        ),
    ]
    for r, (no, donor, title, ben, period, cur, code, amt, st) in enumerate(rows, 7):
        vals = [no, donor, title, ben, period, cur] + [None] * 10 + [st]
        vals[6 + codes.index(code)] = amt
        put_row(ws, r, vals)
    counts = [sum(1 for row in rows if row[6] == code) for code in codes]
    ws.cell(row=14, column=3, value="Кількість проєктів")
    for i, n in enumerate(counts):
        ws.cell(row=14, column=7 + i, value=n)
    ws["A16"] = (
        "Умовні позначення (колонка «Стан»): ✔ – реалізується; ■ – завершено; "
        "◷ – планується (угоду ще не підписано); ✖ – скасовано."
    )
    widths(ws, "ABCDEF", (5, 14, 60, 12, 28, 8))
    for i in range(10):
        ws.column_dimensions[get_column_letter(7 + i)].width = 14
    ws.column_dimensions["Q"].width = 8
    ws.freeze_panes = "G7"
    wb.save(raw / "МВС_розподіл_МТД_за_пріоритетами_2021_робоча.xlsx")

    exp(
        t1,
        "Sweden",
        "COMMUNITY_POLICING",
        "funded",
        "SEK",
        round(9_600_000 * 275 / 730, 2),
    )  # 04.2021-03.2023
    exp(
        t2,
        "Denmark",
        "DOMESTIC_VIOLENCE",
        "funded",
        "DKK",
        round(3_650_000 * 365 / 730, 2),
    )  # 01.07.20-30.06.22
    exp(t3, "Norway", "TRAFFICKING", "pipeline", "NOK", round(4_380_000 * 122 / 365, 2))  # 09.2021-08.2022
    exp(
        t4,
        "Lithuania",
        "BORDER_SECURITY",
        "funded",
        "EUR",
        round(420_000 * 306 / 306, 2),
    )  # 01.03-31.12.21
    exp(t5, "Japan", "COVID19", "funded", "JPY", round(180_000_000 * 151 / 182, 2))  # 12.2020-05.2021
    exp(t6, "Netherlands", "ILLEGAL_MIGRATION", "cancelled", "EUR", 0)
    exp(t7, "Canada", "OTHER", "pipeline", "CAD", 0)  # 2022-2023


# ---------------------------------------------------------------------------------------------------------------
# 3. Border Guard register (Russian): a column per donor, notes rows inside the table
# ---------------------------------------------------------------------------------------------------------------
def file3(raw: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Реестр"
    ws["A1"] = "Администрация Государственной пограничной службы Украины"
    ws["A2"] = "Реестр проектов международной технической помощи по донорам (по состоянию на 01.06.2021)"
    ws["A3"] = (
        "Сумма проекта указана в колонке донора, который его финансирует, в валюте, указанной в заголовке колонки."
    )
    put_row(
        ws,
        5,
        [
            "№ п/п",
            "Наименование проекта",
            "Срок реализации",
            "Исполнитель",
            "ЕС, евро",
            "США, долл. США",
            "Япония, иен",
            "Польша, злотых",
            "Состояние",
        ],
        bold=True,
    )
    t1 = "Оснащение пограничных отрядов мобильными системами наблюдения на приднестровском участке границы"
    t2 = "Электронная очередь и расширение пропускной способности пунктов пропуска на границе с Польшей"
    t3 = "Тепловизионное оборудование для охраны морского участка границы на Азовском побережье"
    t4 = (
        "Противодействие незаконной переправке мигрантов через западную границу: совместные мобильные группы "
        "ГПСУ и ГМС"
    )
    t5 = "Автоматизированная система паспортного контроля в международном аэропорту «Львов»"
    t6 = "Патрульные катера для охраны государственной границы в Черном море"
    put_row(
        ws,
        6,
        [
            "1",
            t1,
            "с 1 марта 2021 г. по 28 февраля 2023 г.",
            "МОМ",
            2_400_000,
            None,
            None,
            None,
            "выполняется",
        ],
    )
    put_row(
        ws,
        7,
        [
            "2",
            t2,
            "с 1 июля 2020 г. по 30 июня 2021 г.",
            "МЦРМП",
            None,
            None,
            None,
            3_000_000,
            "выполняется",
        ],
    )
    put_row(
        ws,
        8,
        [
            "3",
            t3,
            "с 1 мая 2021 г. по 30 апреля 2022 г.",
            "—",
            None,
            1_800_000,
            None,
            None,
            "отменен (см. примечание)",
        ],
    )
    ws["A9"] = (
        "Примечание: по п. 3 финансирование отменено донором (письмо Посольства США от 14.04.2021); строка "
        "сохранена для сверки с предыдущей редакцией реестра."
    )
    ws.merge_cells("A9:I9")
    ws["A9"].alignment = WRAP
    put_row(
        ws,
        10,
        [
            "4",
            t4,
            "с 1 октября 2020 г. по 31 марта 2022 г.",
            "ПРООН",
            None,
            None,
            150_000_000,
            None,
            "выполняется",
        ],
    )
    ws["A11"] = (
        "Примечание: по п. 4 сумма указана без учета софинансирования ГПСУ в натуральной форме (помещения, "
        "транспорт)."
    )
    ws.merge_cells("A11:I11")
    ws["A11"].alignment = WRAP
    ws["A12"] = "Проекты на стадии согласования"
    ws["A12"].font = BOLD
    ws.merge_cells("A12:I12")
    put_row(
        ws,
        13,
        [
            "5",
            t5,
            "с 1 ноября 2021 г. по 31 октября 2023 г.",
            "МЦРМП",
            1_100_000,
            None,
            None,
            None,
            "на согласовании",
        ],
    )
    put_row(
        ws,
        14,
        [
            "6",
            t6,
            "с 1 января 2022 г. по 31 декабря 2023 г.",
            "—",
            None,
            4_500_000,
            None,
            None,
            "ожидается подписание соглашения",
        ],
    )
    put_row(
        ws,
        15,
        [
            None,
            "Итого (без отмененных)",
            None,
            None,
            3_500_000,
            4_500_000,
            150_000_000,
            3_000_000,
        ],
        bold=True,
    )
    widths(ws, "ABCDEFGHI", (7, 62, 30, 12, 14, 16, 16, 16, 30))
    wb.save(raw / "ГПСУ_реестр_МТП_по_донорам_на_01.06.2021.xlsx")

    exp(t1, "EU", "BORDER_SECURITY", "funded", "EUR", round(2_400_000 * 306 / 730, 2))  # 01.03.21-28.02.23
    exp(
        t2,
        "Poland",
        "BORDER_CROSSING",
        "funded",
        "PLN",
        round(3_000_000 * 181 / 365, 2),
    )  # 01.07.20-30.06.21
    exp(t3, "USA", "BORDER_SECURITY", "cancelled", "USD", 0)
    exp(
        t4,
        "Japan",
        "ILLEGAL_MIGRATION",
        "funded",
        "JPY",
        round(150_000_000 * 365 / 547, 2),
    )  # 01.10.20-31.03.22
    exp(t5, "EU", "BORDER_CROSSING", "pipeline", "EUR", round(1_100_000 * 61 / 730, 2))  # 01.11.21-31.10.23
    exp(t6, "USA", "BORDER_SECURITY", "pipeline", "USD", 0)  # 2022-2023


# ---------------------------------------------------------------------------------------------------------------
# 4. UNDP register by donor: the currency in the group headings, a USD equivalent, a RAG rating
# ---------------------------------------------------------------------------------------------------------------
def file4(raw: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "By funding partner"
    ws["A1"] = "United Nations Development Programme in Ukraine"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Projects benefiting the MIA system, by funding partner – status as of 30 June 2021"
    ws["A3"] = (
        "Budgets are given in the currency of each funding agreement, named in the funding partner's heading row. "
        "The USD column is an equivalent at the UN operational rate of June 2021, for information only. "
        "RAG = delivery rating (Green: on track; Amber: minor delays; Red: major delays); it is not a status."
    )
    put_row(
        ws,
        5,
        [
            "Project / output",
            "MIA beneficiary",
            "Start",
            "End",
            "Budget (agreement currency)",
            "USD equivalent (UN op. rate, 06/2021)",
            "Status",
            "RAG",
        ],
        bold=True,
    )
    t1 = "Rescue equipment for State Emergency Service units in Donetsk and Luhansk oblasts"
    t2 = "COVID-19 vaccination support and PPE for National Police personnel"
    t3 = "Community policing and local safety councils in eastern Ukraine hromadas"
    t4 = "Legal aid and case management for victims of human trafficking identified by the police"
    t5 = "Digital case management of asylum applications for the State Migration Service"
    t6 = "Survivor-centred response to gender-based violence by police mobile groups in Kharkiv oblast"
    t7 = "Monitoring of the rights of detainees in temporary detention facilities of the National Police"
    d = datetime
    lines = [
        ("Funding partner: Government of Japan – amounts in JPY",),
        (
            t1,
            "SESU",
            d(2020, 4, 1),
            d(2022, 3, 31),
            220_000_000,
            2_000_000,
            "Ongoing",
            "Amber",
        ),
        (
            t2,
            "NPU",
            d(2021, 3, 1),
            d(2021, 8, 31),
            55_000_000,
            500_000,
            "Ongoing",
            "Green",
        ),
        (
            "Subtotal – Government of Japan (USD equivalent)",
            None,
            None,
            None,
            None,
            2_500_000,
        ),
        ("Funding partner: Kingdom of the Netherlands – amounts in EUR",),
        (
            t3,
            "NPU",
            d(2020, 1, 1),
            d(2022, 12, 31),
            1_800_000,
            2_150_000,
            "Ongoing",
            "Red",
        ),
        (
            t4,
            "NPU",
            d(2021, 7, 1),
            d(2023, 6, 30),
            600_000,
            715_000,
            "Pipeline – project document under signature",
            "n/a",
        ),
        (
            t5,
            "SMS",
            d(2021, 9, 1),
            d(2022, 8, 31),
            450_000,
            535_000,
            "Cancelled – donor funds reallocated (May 2021)",
            "–",
        ),
        (
            "Subtotal – Kingdom of the Netherlands (USD equivalent, excl. cancelled)",
            None,
            None,
            None,
            None,
            2_865_000,
        ),
        ("Funding partner: Denmark (Danida) – amounts in DKK",),
        (
            t6,
            "NPU",
            d(2020, 10, 1),
            d(2021, 9, 30),
            2_500_000,
            400_000,
            "Ongoing",
            "Green",
        ),
        (
            t7,
            "NPU",
            d(2020, 6, 1),
            d(2020, 12, 31),
            900_000,
            145_000,
            "Closed",
            "Green",
        ),
        ("Subtotal – Denmark (USD equivalent)", None, None, None, None, 545_000),
        (
            "GRAND TOTAL (USD equivalent, excl. cancelled)",
            None,
            None,
            None,
            None,
            5_910_000,
        ),
    ]
    for r, row in enumerate(lines, 6):
        put_row(ws, r, list(row), fmt_dates="DD/MM/YYYY", bold=len(row) < 8)
    widths(ws, "ABCDEFGH", (70, 14, 12, 12, 18, 20, 36, 8))
    ws.freeze_panes = "A6"
    wb.save(raw / "UNDP_Ukraine_MIA_related_projects_by_donor_Q2_2021.xlsx")

    exp(t1, "Japan", "OTHER", "funded", "JPY", round(220_000_000 * 365 / 730, 2))  # 01.04.20-31.03.22
    exp(t2, "Japan", "COVID19", "funded", "JPY", round(55_000_000 * 184 / 184, 2))  # 01.03.21-31.08.21
    exp(
        t3,
        "Netherlands",
        "COMMUNITY_POLICING",
        "funded",
        "EUR",
        round(1_800_000 * 365 / 1096, 2),
    )  # 2020-2022
    exp(
        t4,
        "Netherlands",
        "TRAFFICKING",
        "pipeline",
        "EUR",
        round(600_000 * 184 / 730, 2),
    )  # 01.07.21-30.06.23
    exp(t5, "Netherlands", "ILLEGAL_MIGRATION", "cancelled", "EUR", 0)
    exp(
        t6,
        "Denmark",
        "DOMESTIC_VIOLENCE",
        "funded",
        "DKK",
        round(2_500_000 * 273 / 365, 2),
    )  # 01.10.20-30.09.21
    exp(t7, "Denmark", "CUSTODY", "funded", "DKK", 0)  # 2020 only


# ---------------------------------------------------------------------------------------------------------------
# 5. National Police: the same projects in Ukrainian and English, a drop-down priority, a changes sheet
# ---------------------------------------------------------------------------------------------------------------
def file5(raw: Path) -> None:
    prio_uk = {
        "CUSTODY": "Прозора система обліку осіб, які тримаються під вартою",
        "TRAFFICKING": "Протидія торгівлі людьми",
        "DOMESTIC_VIOLENCE": "Протидія домашньому насильству",
        "DRUGS": "Протидія злочинності у сфері обігу наркотиків",
        "COMMUNITY_POLICING": "Взаємодія поліції та населення на засадах партнерства",
        "OTHER": "Інша діяльність у секторі (поза переліком пріоритетів)",
    }
    prio_en = {
        "CUSTODY": "Transparent system of accounting of persons held in custody",
        "TRAFFICKING": "Combating human trafficking",
        "DOMESTIC_VIOLENCE": "Combating domestic violence",
        "DRUGS": "Combating drug crime",
        "COMMUNITY_POLICING": "Police-population interaction based on partnership (community policing)",
        "OTHER": "Other sector work (outside the priority list)",
    }
    uk_titles = [
        "Навчання поліцейських офіцерів громади у Херсонській та Миколаївській областях",
        "Протидія кіберзлочинності: підготовка фахівців кіберполіції",
        "Дружнє до дитини опитування поліцією дітей, постраждалих від домашнього насильства",
        "Запобігання наркоманії серед молоді: профілактичні програми ювенальної поліції",
        "Облік затриманих осіб: електронний журнал в ізоляторах тимчасового тримання",
    ]
    en_titles = [
        "Training of community police officers in Kherson and Mykolaiv oblasts",
        "Countering cybercrime: training of cyber police specialists",
        "Child-friendly interviewing by the police of children affected by domestic violence",
        "Prevention of drug addiction among young people: prevention programmes of the juvenile police",
        "Custody records: an electronic register of detained persons in temporary detention facilities",
    ]
    codes = ["COMMUNITY_POLICING", "OTHER", "DOMESTIC_VIOLENCE", "DRUGS", "CUSTODY"]
    donors_uk = [
        "Уряд Канади",
        "Уряд Великої Британії (CSSF)",
        "ЮНІСЕФ (власні кошти)",
        "Норвегія (МЗС)",
        "Консультативна місія ЄС (EUAM)",
    ]
    donors_en = [
        "Government of Canada",
        "UK Government (CSSF)",
        "UNICEF (own funds)",
        "Norway (MFA)",
        "EU Advisory Mission (EUAM)",
    ]
    impl_uk = [
        "Канадська поліцейська місія в Україні",
        "Crown Agents",
        "ГО «Ла Страда-Україна»",
        "ГО «Молодь за здоров'я»",
        "EUAM (власними силами)",
    ]
    impl_en = [
        "Canadian Police Arrangement in Ukraine",
        "Crown Agents",
        "NGO La Strada-Ukraine",
        "NGO Youth for Health",
        "EUAM (own staff)",
    ]
    d = datetime
    starts = [
        d(2021, 1, 1),
        d(2021, 4, 1),
        d(2020, 9, 1),
        d(2021, 10, 1),
        d(2021, 5, 1),
    ]
    ends = [
        d(2022, 12, 31),
        d(2022, 3, 31),
        d(2021, 8, 31),
        d(2023, 9, 30),
        d(2021, 12, 31),
    ]
    amounts = [950_000, 400_000, 300_000, 6_000_000, 250_000]
    curs = ["CAD", "GBP", "USD", "NOK", "EUR"]
    st_uk = [
        "реалізується",
        "реалізується",
        "реалізується",
        "планується (угода на етапі підписання)",
        "скасовано донором (травень 2021)",
    ]
    st_en = [
        "ongoing",
        "ongoing",
        "ongoing",
        "planned (agreement being signed)",
        "cancelled by the donor (May 2021)",
    ]

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "УКР"
    ws["A1"] = "Національна поліція України"
    ws["A2"] = "Проєкти МТД, бенефіціаром яких є Національна поліція (станом на 01.06.2021)"
    hdr_uk = [
        "№",
        "Донор",
        "Назва проєкту",
        "Пріоритет МВС (оберіть зі списку)",
        "Виконавець",
        "Початок",
        "Закінчення",
        "Бюджет",
        "Валюта",
        "Стан",
    ]
    put_row(ws, 4, hdr_uk, bold=True)
    for i in range(5):
        put_row(
            ws,
            5 + i,
            [
                i + 1,
                donors_uk[i],
                uk_titles[i],
                prio_uk[codes[i]],
                impl_uk[i],
                starts[i],
                ends[i],
                amounts[i],
                curs[i],
                st_uk[i],
            ],
        )
    widths(ws, "ABCDEFGHIJ", (5, 26, 60, 40, 30, 12, 12, 12, 8, 30))
    ws.freeze_panes = "A5"

    en = wb.create_sheet("ENG")
    en["A1"] = "National Police of Ukraine"
    en["A2"] = (
        "ITA projects benefiting the National Police (as of 01.06.2021) – English version of sheet УКР for "
        "development partners (the same projects, translated)"
    )
    hdr_en = [
        "No.",
        "Donor",
        "Project title",
        "MIA priority (select from the list)",
        "Implementer",
        "Start",
        "End",
        "Budget",
        "Currency",
        "Status",
    ]
    put_row(en, 4, hdr_en, bold=True)
    for i in range(5):
        put_row(
            en,
            5 + i,
            [
                i + 1,
                donors_en[i],
                en_titles[i],
                prio_en[codes[i]],
                impl_en[i],
                starts[i],
                ends[i],
                amounts[i],
                curs[i],
                st_en[i],
            ],
        )
    widths(en, "ABCDEFGHIJ", (5, 26, 60, 40, 30, 12, 12, 12, 8, 30))
    en.freeze_panes = "A5"

    ch = wb.create_sheet("Зміни з березня")
    ch["A1"] = (
        "Зміни порівняно з переліком до засідання СРГ 15.03.2021 (для довідки; чинний перелік – аркуш УКР)"
    )
    put_row(ch, 3, ["Проєкт", "Зміна", "Було", "Стало"], bold=True)
    changes = [
        (uk_titles[0], "збільшено бюджет", "800 000 CAD", "950 000 CAD"),
        (uk_titles[3], "новий проєкт", "—", "6 000 000 NOK (планується)"),
        (uk_titles[4], "скасовано донором", "реалізується", "скасовано"),
        (
            "Оснащення кінологічних підрозділів поліції службовими собаками",
            "вилучено з переліку (завершено у 2020 р.)",
            "реалізується",
            "—",
        ),
    ]
    for r, row in enumerate(changes, 4):
        put_row(ch, r, list(row))
    widths(ch, "ABCD", (70, 40, 22, 28))

    ls = wb.create_sheet("Списки")
    ls["A1"] = "Пріоритети МВС 2021"
    full_uk = [
        "Прозора система обліку осіб, які тримаються під вартою",
        "Протидія торгівлі людьми",
        "Протидія домашньому насильству",
        "Протидія злочинності у сфері обігу наркотиків",
        "Взаємодія поліції та населення на засадах партнерства",
        "Надійна охорона державного кордону",
        "Зручне обслуговування під час перетину державного кордону",
        "Протидія нелегальній міграції",
        "Запобігання поширенню COVID-19 у системі МВС",
        "Інша діяльність у секторі (поза переліком пріоритетів)",
    ]
    for r, v in enumerate(full_uk, 2):
        ls.cell(row=r, column=1, value=v)
    ls["C1"] = "Priorities 2021 (EN)"
    full_en = [
        "Transparent system of accounting of persons held in custody",
        "Combating human trafficking",
        "Combating domestic violence",
        "Combating drug crime",
        "Police-population interaction based on partnership (community policing)",
        "Reliable protection of the state border",
        "Convenient service when crossing the border",
        "Combating illegal migration",
        "Preventing the spread of COVID-19 in the MIA system",
        "Other sector work (outside the priority list)",
    ]
    for r, v in enumerate(full_en, 2):
        ls.cell(row=r, column=3, value=v)
    ls.sheet_state = "hidden"
    dv_uk = DataValidation(type="list", formula1="'Списки'!$A$2:$A$11", allow_blank=True)
    dv_uk.add("D5:D40")
    ws.add_data_validation(dv_uk)
    dv_en = DataValidation(type="list", formula1="'Списки'!$C$2:$C$11", allow_blank=True)
    dv_en.add("D5:D40")
    en.add_data_validation(dv_en)
    wb.save(raw / "НПУ_проєкти_МТД_UA-EN_до_засідання_СРГ_06.2021.xlsx")

    exp(
        uk_titles[0],
        "Canada",
        "COMMUNITY_POLICING",
        "funded",
        "CAD",
        round(950_000 * 365 / 730, 2),
    )  # 2021-2022
    exp(uk_titles[1], "UK", "OTHER", "funded", "GBP", round(400_000 * 275 / 365, 2))  # 01.04.21-31.03.22
    exp(
        uk_titles[2],
        "UNICEF",
        "DOMESTIC_VIOLENCE",
        "funded",
        "USD",
        round(300_000 * 243 / 365, 2),
    )  # 09.20-08.21
    exp(
        uk_titles[3],
        "Norway",
        "DRUGS",
        "pipeline",
        "NOK",
        round(6_000_000 * 92 / 730, 2),
    )  # 01.10.21-30.09.23
    exp(uk_titles[4], "EUAM", "CUSTODY", "cancelled", "EUR", 0)


# ---------------------------------------------------------------------------------------------------------------
# 6. GIZ cards: a visible superseded sheet, cards down a sheet, periods in words, sums in words
# ---------------------------------------------------------------------------------------------------------------
def write_cards(ws, first_row, cards):
    labels = [
        "Назва проєкту:",
        "Донор:",
        "Виконавець:",
        "Бенефіціар:",
        "Бюджет:",
        "Період реалізації:",
        "Стан:",
    ]
    r = first_row
    for card in cards:
        for lab, val in zip(labels, card):
            ws.cell(row=r, column=1, value=lab).font = BOLD
            ws.cell(row=r, column=2, value=val).alignment = WRAP
            r += 1
        r += 1  # blank row between cards
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 90


def file6(raw: Path) -> None:
    t1 = "Посилення спроможності ДМС щодо виявлення та видворення іноземців, які незаконно перебувають в Україні"
    t2 = "Безпечні громади: партнерство поліції та населення у Донецькій області"
    t3 = (
        "Захисне спорядження та дезінфекційні засоби для підрозділів Національної гвардії у зв'язку з пандемією "
        "COVID-19"
    )
    t4 = "Модернізація пунктів пропуску на кордоні з Польщею: спільний контроль та скорочення черг"
    t5 = "Навчання рятувальників ДСНС проведенню пошуково-рятувальних операцій у зруйнованих будівлях"
    bmz = "Федеральний уряд Німеччини (BMZ)"
    aa = "Федеральне міністерство закордонних справ Німеччини"
    giz = "GIZ"
    wb = openpyxl.Workbook()
    old = wb.active
    old.title = "Картки 03.2021 (НЕАКТУАЛЬНО)"
    old["A1"] = (
        "НЕАКТУАЛЬНА ВЕРСІЯ (станом на 01.03.2021) – замінена аркушем «Картки 06.2021 (актуальні)». "
        "Не використовувати."
    )
    old["A1"].font = Font(bold=True, color="C00000")
    old["A2"] = "Картки проєктів GIZ для МВС України"
    write_cards(
        old,
        4,
        [
            (
                t1,
                bmz,
                giz,
                "ДМС",
                "1 000 000 (один мільйон) євро",
                "з 1 квітня 2021 року по 31 березня 2023 року",
                "на етапі погодження",
            ),
            (
                t2,
                bmz,
                giz,
                "НПУ",
                "2 000 000 (два мільйони) євро",
                "з 1 липня 2020 року по 30 червня 2023 року",
                "реалізується",
            ),
            (
                t4,
                aa,
                giz,
                "ДПСУ",
                "2 500 000 (два мільйони п'ятсот тисяч) євро",
                "з 1 січня 2022 року по 31 грудня 2024 року",
                "у розробці",
            ),
            (
                t5,
                aa,
                giz,
                "ДСНС",
                "480 000 (чотириста вісімдесят тисяч) євро",
                "з 1 вересня 2020 року по 31 серпня 2021 року",
                "реалізується",
            ),
        ],
    )
    new = wb.create_sheet("Картки 06.2021 (актуальні)")
    new["A1"] = "Картки проєктів GIZ для МВС України (актуальні, станом на 01.06.2021)"
    new["A1"].font = BOLD
    new["A2"] = (
        "GIZ реалізує проєкти за дорученням Федерального уряду Німеччини; донор кожного проєкту зазначено в картці."
    )
    write_cards(
        new,
        4,
        [
            (
                t1,
                bmz,
                giz,
                "ДМС",
                "1 200 000 (один мільйон двісті тисяч) євро",
                "з 1 квітня 2021 року по 31 березня 2023 року",
                "реалізується",
            ),
            (
                t2,
                bmz,
                giz,
                "НПУ",
                "2,5 млн євро (два мільйони п'ятсот тисяч євро)",
                "з 1 липня 2020 року по 30 червня 2023 року",
                "реалізується",
            ),
            (
                t3,
                aa,
                giz,
                "НГУ",
                "350 000 (триста п'ятдесят тисяч) євро",
                "з 15 березня 2021 року по 15 вересня 2021 року",
                "реалізується",
            ),
            (
                t4,
                aa,
                giz,
                "ДПСУ",
                "3 000 000 (три мільйони) євро",
                "з 1 січня 2022 року по 31 грудня 2024 року",
                "у розробці (угоду не підписано)",
            ),
            (
                t5,
                aa,
                giz,
                "ДСНС",
                "480 000 (чотириста вісімдесят тисяч) євро",
                "з 1 вересня 2020 року по 31 серпня 2021 року",
                "реалізується",
            ),
        ],
    )
    wb.save(raw / "GIZ_картки_проєктів_для_МВС_червень_2021.xlsx")

    exp(
        t1,
        "Germany",
        "ILLEGAL_MIGRATION",
        "funded",
        "EUR",
        round(1_200_000 * 275 / 730, 2),
    )  # 01.04.21-31.03.23
    exp(
        t2,
        "Germany",
        "COMMUNITY_POLICING",
        "funded",
        "EUR",
        round(2_500_000 * 365 / 1095, 2),
    )  # 07.20-06.23
    exp(t3, "Germany", "COVID19", "funded", "EUR", round(350_000 * 185 / 185, 2))  # 15.03.21-15.09.21
    exp(t4, "Germany", "BORDER_CROSSING", "pipeline", "EUR", 0)  # 2022-2024
    exp(t5, "Germany", "OTHER", "funded", "EUR", round(480_000 * 243 / 365, 2))  # 01.09.20-31.08.21


# ---------------------------------------------------------------------------------------------------------------
# 7. Shared donor matrix exported from Google Sheets: all text, status by colour, notes rows
# ---------------------------------------------------------------------------------------------------------------
def file7(raw: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Matrix"
    ws["A1"] = (
        "SWG Law Enforcement – Police subgroup – shared donor matrix (partners edit it in Google Sheets)"
    )
    ws["A2"] = (
        "Colour key: grey rows with struck-through text = CANCELLED; yellow rows = PIPELINE (not yet signed); "
        "no fill = ongoing or completed. Please keep the colours when editing!"
    )
    ws["A3"] = (
        "All amounts are whole-project budgets in the currency of the Currency column. Dates dd.mm.yyyy."
    )
    header = [
        "Partner",
        "Project",
        "Agency",
        "From",
        "To",
        "Budget",
        "Currency",
        "Last edited by",
    ]
    for c, h in enumerate(header, 1):
        ws.cell(row=5, column=c, value=h).number_format = "@"
    t1 = "Equipment for police drug enforcement units to detect synthetic drugs"
    t2 = "Training of custody officers in safeguards against ill-treatment of detainees"
    t3 = "Mobile response groups for domestic violence survivors in rural hromadas of Chernihiv oblast"
    t4 = "Community safety councils and school police officers in Mykolaiv"
    t5 = "Training of police investigators on trafficking of women for sexual exploitation"
    t6 = "Human rights standards in National Police disciplinary procedures"
    grey = PatternFill("solid", fgColor="D9D9D9")
    yellow = PatternFill("solid", fgColor="FFFF00")
    strike = Font(strike=True, color="7F7F7F")
    rows = [
        (
            [
                "United States",
                t1,
                "NPU",
                "01.04.2021",
                "31.03.2022",
                "1250000",
                "USD",
                "INL Kyiv, 27.05.2021",
            ],
            None,
        ),
        (
            [
                "United Kingdom",
                t2,
                "NPU",
                "01.10.2020",
                "30.09.2022",
                "500000",
                "GBP",
                "British Embassy, 28.05.2021",
            ],
            None,
        ),
        (
            [
                "NOTE (UK, 28.05): budget of the line above corrected from 600000 to 500000 after the mid-term review; "
                "no other change."
            ],
            "note",
        ),
        (
            [
                "Sweden",
                t3,
                "NPU",
                "01.06.2021",
                "31.05.2023",
                "7300000",
                "SEK",
                "Sida Kyiv, 02.06.2021",
            ],
            "pipeline",
        ),
        (
            ["NOTE (Denmark, 04.06): the line below was cancelled on 1 June 2021 – greyed out as agreed."],
            "note",
        ),
        (
            [
                "Denmark",
                t4,
                "NPU",
                "01.09.2021",
                "31.08.2023",
                "3000000",
                "DKK",
                "Danish Embassy, 04.06.2021",
            ],
            "cancelled",
        ),
        (
            [
                "Lithuania",
                t5,
                "NPU",
                "01.01.2021",
                "30.06.2021",
                "85000",
                "EUR",
                "Lithuanian Embassy, 20.05.2021",
            ],
            None,
        ),
        (
            [
                "Council of Europe",
                t6,
                "NPU",
                "01.01.2019",
                "31.12.2020",
                "420000",
                "EUR",
                "CoE Office, 19.05.2021",
            ],
            None,
        ),
    ]
    for r, (vals, kind) in enumerate(rows, 6):
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.number_format = "@"
            if kind == "note":
                cell.font = Font(italic=True)
        if kind == "note":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        elif kind in ("pipeline", "cancelled"):
            for c in range(1, 9):
                cell = ws.cell(row=r, column=c)
                cell.fill = yellow if kind == "pipeline" else grey
                if kind == "cancelled":
                    cell.font = strike
    widths(ws, "ABCDEFGH", (18, 70, 8, 12, 12, 12, 9, 28))
    ws.freeze_panes = "A6"
    wb.save(raw / "SWG_police_subgroup_shared_donor_matrix_GoogleSheets_export.xlsx")

    exp(t1, "USA", "DRUGS", "funded", "USD", round(1_250_000 * 275 / 365, 2))  # 01.04.21-31.03.22
    exp(t2, "UK", "CUSTODY", "funded", "GBP", round(500_000 * 365 / 730, 2))  # 01.10.20-30.09.22
    exp(
        t3,
        "Sweden",
        "DOMESTIC_VIOLENCE",
        "pipeline",
        "SEK",
        round(7_300_000 * 214 / 730, 2),
    )  # yellow
    exp(t4, "Denmark", "COMMUNITY_POLICING", "cancelled", "DKK", 0)  # grey, struck through, note row
    exp(t5, "Lithuania", "TRAFFICKING", "funded", "EUR", round(85_000 * 181 / 181, 2))  # 01.01.21-30.06.21
    exp(t6, "Council of Europe", "OTHER", "funded", "EUR", 0)  # 2019-2020


# ---------------------------------------------------------------------------------------------------------------
# 8. Norway CSV: a summary section above the list, "Apr-21 – Mar-24", "NOK 18 mn", narrow no-break spaces
# ---------------------------------------------------------------------------------------------------------------
def file8(raw: Path) -> None:
    nn = "\u202f"  # narrow no-break space
    t1 = "Maritime border surveillance: radar coverage of the Sea of Azov coast"
    t2 = "Humanitarian demining by the State Emergency Service in Luhansk oblast"
    t3 = "Shelters and reintegration support for victims of human trafficking referred by the police"
    t4 = "Support to the State Migration Service's migrant accommodation centres and return of irregular migrants"
    t5 = "Police response to domestic violence: training of mobile groups in Zaporizhzhia oblast"
    t6 = "Oxygen equipment for COVID-19 patients in MIA hospitals"
    lines = [
        ["Royal Norwegian Embassy in Kyiv – Norwegian MFA support to the MIA system"],
        [
            "Export 2021-06-08; all amounts in NOK; periods are month-year (from the first to the last day of the month)"
        ],
        [],
        ["SUMMARY BY PRIORITY"],
        ["Priority", "Number of projects", "Total, NOK"],
        ["Reliable protection of the state border", "1", "18 000 000"],
        ["Combating human trafficking", "1", "3 650 000"],
        ["Combating illegal migration", "1", "5 475 000"],
        ["Combating domestic violence (planned)", "1", "9 500 000"],
        ["Other sector work (demining)", "1", "24 400 000"],
        ["Total (excl. cancelled)", "5", "61 025 000"],
        [],
        ["PROJECT LIST"],
        ["Project", "Beneficiary", "Period", "Amount", "Status", "Comment"],
        [
            t1,
            "SBGS",
            "Apr-21 – Mar-24",
            "NOK 18 mn",
            "Agreement signed",
            "radars delivered in phases",
        ],
        [t2, "SESU", "Jan-20 – Dec-21", "NOK 24.4 mn", "Ongoing", ""],
        [
            t3,
            "NPU",
            "Jul-21 – Jun-22",
            f"3{nn}650{nn}000",
            "Ongoing",
            "with La Strada-Ukraine",
        ],
        [
            t4,
            "SMS",
            "Oct-20 – Sep-21",
            f"NOK 5{nn}475{nn}000",
            "Ongoing",
            "IOM implements",
        ],
        [
            t5,
            "NPU",
            "Jan-22 – Dec-23",
            "NOK 9.5 mn",
            "Under consideration (not yet approved)",
            "",
        ],
        [
            t6,
            "MIA",
            "Feb-21 – Jul-21",
            "NOK 4 mn",
            "Cancelled (funds moved to the WHO appeal, March 2021)",
            "",
        ],
    ]
    with open(
        raw / "Norway_MFA_MIA_portfolio_export_2021-06-08.csv",
        "w",
        encoding="utf-8-sig",
        newline="",
    ) as f:
        csv.writer(f, delimiter=";").writerows(lines)

    exp(
        t1,
        "Norway",
        "BORDER_SECURITY",
        "funded",
        "NOK",
        round(18_000_000 * 275 / 1096, 2),
    )  # 04.2021-03.2024
    exp(t2, "Norway", "OTHER", "funded", "NOK", round(24_400_000 * 365 / 731, 2))  # 2020-2021
    exp(t3, "Norway", "TRAFFICKING", "funded", "NOK", round(3_650_000 * 184 / 365, 2))  # 07.2021-06.2022
    exp(
        t4,
        "Norway",
        "ILLEGAL_MIGRATION",
        "funded",
        "NOK",
        round(5_475_000 * 273 / 365, 2),
    )  # 10.2020-09.2021
    exp(t5, "Norway", "DOMESTIC_VIOLENCE", "pipeline", "NOK", 0)  # 2022-2023
    exp(t6, "Norway", "COVID19", "cancelled", "NOK", 0)


def main() -> None:
    out = Path(sys.argv[1])
    raw = out / "raw"
    raw.mkdir(parents=True, exist_ok=True)
    for fn in (file1, file2, file3, file4, file5, file6, file7, file8):
        fn(raw)
    titles = [e["title"] for e in EXPECTED]
    assert len(titles) == len(set(titles)), "duplicate titles"
    with open(out / "expected.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(
            f,
            fieldnames=[
                "title",
                "partner",
                "priority",
                "status",
                "currency",
                "amount_2021",
            ],
        )
        w.writeheader()
        w.writerows(EXPECTED)
    print(f"{len(EXPECTED)} expected lines, {len(list(raw.iterdir()))} files -> {out}")


if __name__ == "__main__":
    main()
