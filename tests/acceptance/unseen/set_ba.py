# ruff: noqa: B905, F401, F841, UP031 - a data script written blind
"""Blind test set BA -- official Ukrainian / Russian-language government formats.

Usage:  python set_ba.py OUT_DIR   ->  OUT_DIR/raw/<7 files>  and  OUT_DIR/expected.csv

Seven files, 48 projects, 50 expected lines (two co-funded projects give two lines each).
All money is full units in expected.csv ("тис." headers multiplied out).  Where a file does
not state a 2021 figure the total is spread by days (both ends counted) with `days_in_2021`.

ba1_Реєстр_МТД_вивантаження_МВС.xlsx  (8 projects) -- export of the national register of ITA projects
    * Registration-card fields as columns; the partner is the "Донор" column, NOT "Виконавець"
      (ПРООН / МОМ / Рада Європи / UNFPA / EUBAM / ICMPD there are implementers).  A naive reader that
      takes the implementer gets UNDP/IOM/Council of Europe/UNFPA instead of Norway/USAID/Denmark/UK.
    * "Уряд Японії через Програму розвитку ООН (ПРООН)" -> Japan (not UNDP).
    * "Агентство США з міжнародного розвитку (USAID)" -> USAID; the INL bureau named alone -> INL.
    * Currency is in its own column "Валюта" (дол. США / норв. крона / євро / фунт стерлінгів /
      канад. дол.); amounts are full units written as text "9 800 000,00" (space thousands, comma decimal).
    * "у т.ч. у 2021 році" is stated -> it is the 2021 amount (it differs from a day spread on purpose).
    * Multi-line title cells (Ukrainian line + English line in brackets): title = first line.
    * "завершений" (ended 30.11.2020) -> funded, 0;  "зареєстровано, не розпочато" (starts 2022) -> funded, 0.
    * Periods written three ways: "01.10.2019–30.09.2024", "01.01.2020 - 31.12.2022", "з 15.03.2021 до 14.03.2022".

ba2_Звіт_МВС_до_КМУ_9міс_2021.xlsx  (10 projects) -- MIA consolidated report to the Cabinet
    * Agency sections as merged bold heading rows "1." НПУ, "2." ДПСУ, ..., numbered project rows "1.1.".
    * Three-row header: "Обсяг фінансування, тис. дол. США" over "загальний | освоєно у 2021 р. (з 01.01
      по 30.09.2021) | план на 2021 р.", then a row of column numbers 1..9 (not a project).
      The 2021 amount is the PLAN column; "освоєно" is 9-months execution only.  A reader that takes
      the first 2021 column gets e.g. 610 200 instead of 1 050 000.
    * "Інформація відсутня" in the plan column -> the 2021 figure is not stated -> spread total by days
      (UNFPA 1.3: 480 000 x 365/730 = 240 000; Krakovets: 8 500 000 x 365/1461).
    * "—" in the plan column of the cancelled project -> 0 (and cancelled anyway).
    * "Разом за розділом", "Усього за таблицею" rows are totals, not projects; the ДМС section holds a
      single merged text row "Проєкти МТД ... не реалізовувались" -- not a project.
    * Mid-sheet a SECOND table "Таблиця 2 ... в євро" with its own header "тис. євро": three projects
      there are EUR, not USD.  Its numbering restarts ("1.1.", "2.1.", "6.1.").
    * "Донор (виконавець)" combined column: "Уряд Швеції (виконавець — ПРООН)" -> Sweden;
      "Державний департамент США (Бюро INL)" -> USA (State Dept named first); "Уряд США (Програма EXBS)"
      -> USA; "UNFPA (власні кошти)" -> UNFPA; "Рада Європи (власні кошти)" -> Council of Europe;
      "Уряд Японії через ПРООН" -> Japan; "EUAM Україна" -> EUAM.
    * Status words: "реалізується" funded, "скасовано донором" cancelled, "на стадії погодження з донором"
      pipeline (EUAM, plan 60,0 -> pipeline 60 000 EUR; a day spread would give a different number).

ba3_ДПСУ_лист_123-5-2-456_додаток1.xlsx  (7 projects) -- ДПСУ letter-style return
    * Title block "Додаток 1 до листа ... від 12.03.2021 № 123/5/2-456" and a heading; then the table;
      signature block "Начальник управління ... О.П. Коваленко" and "Вик." line at the bottom; footnote.
    * Page break simulated: "Продовження додатка 1" + repeated header + column-number row in the middle.
    * Header "Вартість проєкту, тис. євро*" but single cells override the currency:
      "1 020,0 тис. швейц. франків (у т.ч. у 2021 р. – 290,0)" -> CHF, 2021 = 290 000 (stated in cell);
      "2,3 млн грн" -> UAH 2 300 000 total (spread over 2020–2021: x 365/731);
      "850,0 тис. дол. США" -> USD (pipeline, 2022–2023 -> 0).
    * Amounts as text "1 250,5" (thousands, comma decimal) -> 1 250 500 EUR.
      "1800,00 тис." under the "тис. євро" header is the same unit written again -> 1 800 000 EUR
      (not 1 800 000 000); spread over 2020–2022 (x 365/1096).
    * Periods: "з 01.04.2021 по 31.03.2023", "03.2021–12.2022" (1 Mar 2021 .. 31 Dec 2022),
      "2020–2022 рр.", "36 міс. з дати підписання (підписано 15.02.2021)" (money stated in the cell, so
      the exact end day does not matter), "01.09.2021–31.08.2022".
    * Statuses: "угоду підписано, реалізація з 01.04.2021" funded; "планується, проєкт на погодженні"
      pipeline; "донор відмовився від фінансування" cancelled.
    * Donor vs implementer columns: "Уряд Швейцарської Конфедерації" with implementer МОМ -> Switzerland.

ba4_ГСЧС_проекты_МТП.csv  (6 projects) -- Russian-language old template from ДСНС, CSV
    * cp1251, ';' delimiter, two preamble lines and an empty line before the header, "Итого" line at the end.
    * Header "Стоимость, тыс. долл. США": "1 250,5" (NBSP / space thousands, comma decimal) -> 1 250 500 USD.
    * No 2021 column: every figure spread by days.  Periods "2020–2022 гг.", "01.06.2020–31.05.2021",
      "07.2021–06.2024", "2021–2023 гг.", "01.03.2019–28.02.2021", "2021 г.".
    * Quoted multi-line title (Russian line + English line): title = first line.
    * Quoted donor with an embedded ';' ("Правительство Японии; через JICA") -> Japan.
    * States: "реализуется"/"завершен" funded, "планируется (заявка на рассмотрении)" pipeline,
      "отменен (донор отказался от финансирования)" cancelled.
    * "Исполнитель" column (ОБСЕ, ПРООН) is not the partner.

ba5_Картки_реєстрації_МТД_НПУ.xlsx  (5 projects, 6 lines) -- registration cards, one sheet per project
    * Vertical key/value layout (field number | field | value), not a table.
    * Sheet "Зміст" repeats the five titles as an index (no money) -- must not give extra projects.
    * Hidden sheet "Шаблон" is an empty card template (placeholders "________") -- not a project.
    * Field 11 "Обсяг фінансування за роками" as sub-rows "2020 рік / 2021 рік / 2022 рік" on two cards
      (Canada 1 400 000 CAD, UK 410 000 GBP); other cards say "розподіл за роками не визначено" -> spread.
    * Card 2 co-funded: "Європейський Союз (ЄС); Уряд ФРН", total "5 000 000,00 євро, у тому числі:
      ЄС – 4 000 000,00 євро; Уряд ФРН – 1 000 000,00 євро" -> two lines EU / Germany, each spread
      01.07.2021–30.06.2024 (184/1096).  Implementer GIZ is not the partner.
    * Currency written in words: "канадських доларів", "фунтів стерлінгів", "євро", "грн".
    * Implementer "ООН Жінки" on the Canada card -> Canada, not UN Women.

ba6_ДМС_информация_МТП_2021.xlsx  (6 projects, 7 lines) -- Russian-language ДМС table
    * Two-row header: "Объем финансирования, тыс. евро" over "Всего | 2020 г. | 2021 г. | 2022 г. | 2023 г.":
      the 2021 column is the stated figure (not "Всего", not the first year column).
    * 6.5: year cells merged with "распределение по годам не определено" -> spread 1 200 000 x 365/1095;
      status "на согласовании с донором" -> pipeline.
    * 6.2 co-funded: "Европейский Союз (90 %); МОМ – собственные средства (10 %)" -> EU 90 % and IOM 10 %
      of the 2021 column (650,0 -> 585 000 / 65 000).
    * "УВКБ ООН, собственные средства" -> UNHCR; "ВОЗ" -> WHO (own money).
    * "—" in the 2021 column of a project completed in 2020 -> 0.  "Итого" row is not a project.

ba7_МВС_пропозиції_МТД_НГУ_апарат.xlsx  (6 projects) -- MIA ITA unit: new project proposals
    * First sheet is a cover letter (text only), table on the second sheet.
    * Header "Орієнтовна вартість, тис. грн" -> UAH, x1000.  No 2021 column -> spread.
    * Column "Потенційний донор" is the partner; "Ініціатор" (НГУ, НПУ, ДПСУ ...) is not.
    * Mostly pipeline ("на погодженні з донором", "концепцію схвалено донором, угоду не підписано",
      "подано заявку, очікується рішення донора") but one row is "відхилено донором" -> cancelled and one
      is "угоду підписано 20.08.2021, реалізація розпочата" -> funded despite the pipeline-titled sheet.
    * "УНП ООН (UNODC), за рахунок власних ресурсів" -> UNODC; "ООН Жінки, власні ресурси" -> UN Women.
"""

import calendar
import csv
import io
import sys
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

Y0, Y1 = date(2021, 1, 1), date(2021, 12, 31)
EXPECTED = []


def days_in_2021(start, end):
    lo, hi = max(start, Y0), min(end, Y1)
    return max(0, (hi - lo).days + 1)


def spread(total, start, end):
    return total * days_in_2021(start, end) / ((end - start).days + 1)


def mstart(y, m):
    return date(y, m, 1)


def mend(y, m):
    return date(y, m, calendar.monthrange(y, m)[1])


def ystart(y):
    return date(y, 1, 1)


def yend(y):
    return date(y, 12, 31)


def exp(title, partner, priority, status, currency, amount):
    EXPECTED.append(
        dict(
            title=title.split("\n")[0],
            partner=partner,
            priority=priority,
            status=status,
            currency=currency,
            amount_2021=round(amount, 2),
        )
    )


THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
GREY = PatternFill("solid", fgColor="D9D9D9")


def ua(x, dec=2):
    """Ukrainian number text: 1 250 000,00"""
    s = f"{x:,.{dec}f}"
    return s.replace(",", " ").replace(".", ",")


def box_row(ws, r, c1, c2):
    for c in range(c1, c2 + 1):
        ws.cell(r, c).border = BOX


# ---------------------------------------------------------------- file 1: register export
def file1(raw):
    wb = Workbook()
    ws = wb.active
    ws.title = "Реєстр"
    ws["A1"] = "Вивантаження з Єдиного реєстру проєктів (програм) міжнародної технічної допомоги"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Реципієнт: Міністерство внутрішніх справ України (код ЄДРПОУ 00032684)"
    ws["A3"] = "Дата формування: 05.10.2021 14:32   Користувач: ita_mvs"
    head = [
        "№ з/п",
        "Реєстраційний номер",
        "Дата реєстрації",
        "Найменування проєкту (програми)",
        "Донор",
        "Виконавець",
        "Реципієнт",
        "Бенефіціар",
        "Строк реалізації",
        "Загальна вартість проєкту",
        "Валюта",
        "у т.ч. у 2021 році",
        "Стан реалізації",
    ]
    HR = 5
    for i, h in enumerate(head, 1):
        c = ws.cell(HR, i, h)
        c.font = BOLD
        c.alignment = CENTER
        c.fill = GREY
        c.border = BOX
    rows = [
        # reg no, reg date, title, donor, executor, recipient, beneficiary, period text, start, end,
        # total, currency word, ISO, 2021 stated, state, partner, priority, status
        (
            "3811-01",
            date(2019, 11, 4),
            "Протидія торгівлі людьми та захист постраждалих осіб в Україні\n"
            "(Countering Trafficking in Human Beings and Protecting Victims in Ukraine)",
            "Агентство США з міжнародного розвитку (USAID)",
            "Міжнародна організація з міграції (МОМ)",
            "МВС",
            "НПУ, ДМС",
            "01.10.2019–30.09.2024",
            date(2019, 10, 1),
            date(2024, 9, 30),
            9_800_000,
            "дол. США",
            "USD",
            2_100_000,
            "діючий",
            "USAID",
            "TRAFFICKING",
            "funded",
        ),
        (
            "3902-02",
            date(2020, 2, 17),
            "Поліція громади: розвиток превентивної діяльності Національної поліції в територіальних громадах",
            "Уряд Королівства Норвегія",
            "Програма розвитку ООН (ПРООН)",
            "МВС",
            "НПУ",
            "01.01.2020 - 31.12.2022",
            date(2020, 1, 1),
            date(2022, 12, 31),
            45_000_000,
            "норв. крона",
            "NOK",
            16_500_000,
            "діючий",
            "Norway",
            "COMMUNITY_POLICING",
            "funded",
        ),
        (
            "4120-03",
            date(2021, 3, 29),
            "Посилення спроможності ДСНС щодо реагування на поширення COVID-19",
            "Уряд Японії через Програму розвитку ООН (ПРООН)",
            "Програма розвитку ООН (ПРООН)",
            "МВС",
            "ДСНС",
            "з 15.03.2021 до 14.03.2022",
            date(2021, 3, 15),
            date(2022, 3, 14),
            2_600_000,
            "дол. США",
            "USD",
            2_150_000,
            "діючий",
            "Japan",
            "COVID19",
            "funded",
        ),
        (
            "4013-06",
            date(2020, 8, 12),
            "Система електронного обліку осіб, затриманих поліцією («Custody Records»)",
            "Уряд Королівства Данія",
            "Рада Європи",
            "МВС",
            "НПУ",
            "01.07.2020–30.06.2023",
            date(2020, 7, 1),
            date(2023, 6, 30),
            1_850_000,
            "євро",
            "EUR",
            640_000,
            "діючий",
            "Denmark",
            "CUSTODY",
            "funded",
        ),
        (
            "4133-04",
            date(2021, 4, 20),
            "Технічна підтримка МВС у сфері протидії домашньому насильству",
            "Уряд Сполученого Королівства Великої Британії і Північної Ірландії",
            "Фонд ООН у галузі народонаселення (UNFPA)",
            "МВС",
            "НПУ, апарат МВС",
            "01.04.2021–31.03.2022",
            date(2021, 4, 1),
            date(2022, 3, 31),
            780_000,
            "фунт стерлінгів",
            "GBP",
            585_000,
            "діючий",
            "UK",
            "DOMESTIC_VIOLENCE",
            "funded",
        ),
        (
            "3544-12",
            date(2017, 12, 19),
            "Модернізація пунктів пропуску на українсько-молдовському кордоні",
            "Європейський Союз (ЄС)",
            "Місія ЄС з прикордонної допомоги Молдові та Україні (EUBAM)",
            "МВС",
            "ДПСУ",
            "01.12.2017–30.11.2020",
            date(2017, 12, 1),
            date(2020, 11, 30),
            4_200_000,
            "євро",
            "EUR",
            0,
            "завершений",
            "EU",
            "BORDER_CROSSING",
            "funded",
        ),
        (
            "4207-09",
            date(2021, 9, 27),
            "Протидія незаконному обігу наркотиків у морських портах Чорноморського регіону",
            "Бюро з міжнародних питань боротьби з наркотиками та правоохоронної діяльності (INL)",
            "Управління ООН з наркотиків і злочинності (УНП ООН)",
            "МВС",
            "НПУ, ДПСУ",
            "01.01.2022–31.12.2023",
            date(2022, 1, 1),
            date(2023, 12, 31),
            1_500_000,
            "дол. США",
            "USD",
            None,
            "зареєстровано, не розпочато",
            "INL",
            "DRUGS",
            "funded",
        ),
        (
            "4155-05",
            date(2021, 5, 26),
            "Інтегроване управління кордонами: посилення охорони східної ділянки державного кордону\n"
            "(Integrated Border Management: Eastern Border Surveillance)",
            "Уряд Канади",
            "Міжнародний центр з розвитку міграційної політики (ICMPD)",
            "МВС",
            "ДПСУ",
            "01.06.2021–31.05.2024",
            date(2021, 6, 1),
            date(2024, 5, 31),
            6_300_000,
            "канад. дол.",
            "CAD",
            1_100_000,
            "діючий",
            "Canada",
            "BORDER_SECURITY",
            "funded",
        ),
    ]
    r = HR + 1
    for n, row in enumerate(rows, 1):
        (
            reg,
            rdate,
            title,
            donor,
            execu,
            recip,
            benef,
            per,
            s,
            e,
            total,
            curw,
            iso,
            y21,
            state,
            partner,
            prio,
            status,
        ) = row
        vals = [
            n,
            reg,
            rdate,
            title,
            donor,
            execu,
            recip,
            benef,
            per,
            ua(total),
            curw,
            y21 if y21 is not None else None,
            state,
        ]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v)
            c.alignment = WRAP
            c.border = BOX
        ws.cell(r, 3).number_format = "DD.MM.YYYY"
        # 2021 column: mix of numbers and text, as registers export it
        if y21 is not None:
            if n % 2:
                ws.cell(r, 12).value = ua(y21)
            else:
                ws.cell(r, 12).number_format = "#,##0.00"
        # sanity: a stated 2021 figure must be plausible and differ from a plain day spread
        if y21:
            assert y21 <= total and abs(y21 - spread(total, s, e)) > 1000, title
        else:
            assert days_in_2021(s, e) == 0
        exp(title, partner, prio, status, iso, y21 or 0)
        r += 1
    ws.cell(r + 1, 1, "Кількість записів: %d" % len(rows)).font = Font(italic=True)
    widths = [6, 12, 12, 60, 34, 34, 10, 14, 24, 18, 14, 16, 18]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[chr(64 + i)].width = w
    ws.freeze_panes = "E6"
    ws.auto_filter.ref = f"A{HR}:M{r - 1}"
    wb.save(raw / "ba1_Реєстр_МТД_вивантаження_МВС.xlsx")


# ---------------------------------------------------------------- file 2: MIA report to the Cabinet
def file2(raw):
    wb = Workbook()
    ws = wb.active
    ws.title = "Звіт 9 міс. 2021"
    NC = 9
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=NC)
    ws["A1"] = "ІНФОРМАЦІЯ"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A1"].alignment = CENTER
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=NC)
    ws["A2"] = (
        "Міністерства внутрішніх справ України про стан реалізації проєктів міжнародної технічної "
        "допомоги за 9 місяців 2021 року"
    )
    ws["A2"].alignment = CENTER
    ws["A2"].font = BOLD
    ws.merge_cells(start_row=3, start_column=1, end_row=3, end_column=NC)
    ws["A3"] = "(до листа МВС до Кабінету Міністрів України від 15.10.2021 № 1/3-8812)"
    ws["A3"].alignment = CENTER

    def header(r, unit):
        for col, text in [
            (1, "№ з/п"),
            (2, "Найменування проєкту"),
            (3, "Донор (виконавець)"),
            (4, "Строк реалізації"),
            (8, "Стан реалізації"),
            (9, "Примітка"),
        ]:
            ws.merge_cells(start_row=r, start_column=col, end_row=r + 1, end_column=col)
            ws.cell(r, col, text)
        ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=7)
        ws.cell(r, 5, f"Обсяг фінансування, {unit}")
        ws.cell(r + 1, 5, "загальний")
        ws.cell(r + 1, 6, "освоєно у 2021 р. (з 01.01 по 30.09.2021)")
        ws.cell(r + 1, 7, "план на 2021 р.")
        for k in range(1, NC + 1):
            ws.cell(r + 2, k, k).alignment = CENTER
        for rr in range(r, r + 3):
            for k in range(1, NC + 1):
                c = ws.cell(rr, k)
                c.font = BOLD
                c.alignment = CENTER
                c.border = BOX
                if rr < r + 2:
                    c.fill = GREY
        return r + 3

    def section(r, num, name):
        ws.cell(r, 1, num).font = BOLD
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=NC)
        ws.cell(r, 2, name).font = BOLD
        box_row(ws, r, 1, NC)
        return r + 1

    def proj(r, num, p):
        vals = [
            num,
            p["title"],
            p["donor"],
            p["period"],
            p["total"],
            p["done"],
            p["plan"],
            p["state"],
            p.get("note"),
        ]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v)
            c.border = BOX
            c.alignment = WRAP
            if isinstance(v, float):
                c.number_format = "#,##0.0"
        plan = p["plan"]
        if isinstance(plan, float):
            amt = plan * 1000
        elif plan == "—":
            amt = 0.0
        else:
            assert plan == "Інформація відсутня"
            amt = spread(p["total"] * 1000, p["s"], p["e"])
            assert abs(amt - p["done"] * 1000) > 1000  # the executed figure is a different number
        exp(p["title"], p["partner"], p["prio"], p["status"], p["cur"], amt)
        return r + 1

    def subtotal(r, label, ps):
        ws.cell(r, 2, label).font = BOLD
        for col, key in [(5, "total"), (6, "done"), (7, "plan")]:
            v = round(sum(p[key] for p in ps if isinstance(p[key], float)), 1)
            c = ws.cell(r, col, v)
            c.number_format = "#,##0.0"
            c.font = BOLD
        box_row(ws, r, 1, NC)
        return r + 1

    t1 = {
        "1.": (
            "Національна поліція України",
            [
                dict(
                    title="Підтримка реформи кримінальної поліції: протидія наркозлочинності",
                    donor="Державний департамент США (Бюро INL)",
                    period="2019–2022 рр.",
                    s=ystart(2019),
                    e=yend(2022),
                    total=3400.0,
                    done=610.2,
                    plan=1050.0,
                    state="реалізується",
                    partner="USA",
                    prio="DRUGS",
                    status="funded",
                    cur="USD",
                ),
                dict(
                    title="Розбудова мережі офіцерів громади в сільській місцевості",
                    donor="Уряд Швеції (виконавець — ПРООН)",
                    period="01.01.2021–31.12.2023",
                    s=date(2021, 1, 1),
                    e=date(2023, 12, 31),
                    total=2150.0,
                    done=402.7,
                    plan=720.5,
                    state="реалізується",
                    partner="Sweden",
                    prio="COMMUNITY_POLICING",
                    status="funded",
                    cur="USD",
                ),
                dict(
                    title="Мобільні групи реагування на випадки домашнього насильства «ПОЛІНА»",
                    donor="Фонд ООН у галузі народонаселення (UNFPA), власні кошти",
                    period="2021–2022 рр.",
                    s=ystart(2021),
                    e=yend(2022),
                    total=480.0,
                    done=95.3,
                    plan="Інформація відсутня",
                    state="реалізується",
                    note="План на 2021 р. донором не надано",
                    partner="UNFPA",
                    prio="DOMESTIC_VIOLENCE",
                    status="funded",
                    cur="USD",
                ),
            ],
        ),
        "2.": (
            "Державна прикордонна служба України",
            [
                dict(
                    title="Оснащення відділів прикордонної служби на ділянці кордону з Республікою Білорусь",
                    donor="Уряд США (Програма EXBS)",
                    period="09.2020–08.2022",
                    s=mstart(2020, 9),
                    e=mend(2022, 8),
                    total=5600.0,
                    done=1920.4,
                    plan=2800.0,
                    state="реалізується",
                    partner="USA",
                    prio="BORDER_SECURITY",
                    status="funded",
                    cur="USD",
                ),
                dict(
                    title="Протидія нелегальній міграції: виявлення та повернення незаконних мігрантів",
                    donor="Уряд Канади (виконавець — МОМ)",
                    period="2021 р.",
                    s=ystart(2021),
                    e=yend(2021),
                    total=900.0,
                    done="—",
                    plan="—",
                    state="скасовано донором (лист від 14.06.2021)",
                    partner="Canada",
                    prio="ILLEGAL_MIGRATION",
                    status="cancelled",
                    cur="USD",
                ),
            ],
        ),
        "3.": (
            "Національна гвардія України",
            [
                dict(
                    title="Удосконалення системи підготовки НГУ до охорони громадського порядку",
                    donor="Уряд Литовської Республіки",
                    period="2020–2021 рр.",
                    s=ystart(2020),
                    e=yend(2021),
                    total=150.0,
                    done=62.0,
                    plan=75.0,
                    state="реалізується",
                    partner="Lithuania",
                    prio="OTHER",
                    status="funded",
                    cur="USD",
                ),
            ],
        ),
        "4.": ("Державна міграційна служба України", None),
        "5.": (
            "Державна служба України з надзвичайних ситуацій",
            [
                dict(
                    title="Протидія поширенню COVID-19: забезпечення підрозділів ДСНС засобами індивідуального захисту",
                    donor="Уряд Японії через ПРООН",
                    period="04.2021–03.2022",
                    s=mstart(2021, 4),
                    e=mend(2022, 3),
                    total=1200.0,
                    done=1012.0,
                    plan=1200.0,
                    state="реалізується",
                    partner="Japan",
                    prio="COVID19",
                    status="funded",
                    cur="USD",
                ),
            ],
        ),
    }
    t2 = {
        "1.": (
            "Національна поліція України",
            [
                dict(
                    title="Забезпечення прав затриманих: відеофіксація в ізоляторах тимчасового тримання НПУ",
                    donor="Рада Європи (власні кошти)",
                    period="01.01.2021–31.12.2022",
                    s=date(2021, 1, 1),
                    e=date(2022, 12, 31),
                    total=700.0,
                    done=180.0,
                    plan=350.0,
                    state="реалізується",
                    partner="Council of Europe",
                    prio="CUSTODY",
                    status="funded",
                    cur="EUR",
                ),
            ],
        ),
        "2.": (
            "Державна прикордонна служба України",
            [
                dict(
                    title="Облаштування пункту пропуску «Краковець» на українсько-польському кордоні",
                    donor="Європейський Союз (Програма транскордонного співробітництва Польща–Білорусь–Україна)",
                    period="2019–2022 рр.",
                    s=ystart(2019),
                    e=yend(2022),
                    total=8500.0,
                    done=2230.5,
                    plan="Інформація відсутня",
                    state="реалізується",
                    partner="EU",
                    prio="BORDER_CROSSING",
                    status="funded",
                    cur="EUR",
                ),
            ],
        ),
        "6.": (
            "Апарат МВС",
            [
                dict(
                    title="Стратегічні комунікації та управління ризиками в апараті МВС",
                    donor="EUAM Україна",
                    period="07.2021–06.2022",
                    s=mstart(2021, 7),
                    e=mend(2022, 6),
                    total=120.0,
                    done="—",
                    plan=60.0,
                    state="на стадії погодження з донором",
                    partner="EUAM",
                    prio="OTHER",
                    status="pipeline",
                    cur="EUR",
                ),
            ],
        ),
    }
    r = header(5, "тис. дол. США")
    allp = []
    for num, (name, ps) in t1.items():
        r = section(r, num, name)
        if ps is None:
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=NC)
            ws.cell(r, 2, "Проєкти МТД в інтересах ДМС у звітному періоді не реалізовувались").font = Font(
                italic=True
            )
            box_row(ws, r, 1, NC)
            r += 1
            continue
        for k, p in enumerate(ps, 1):
            r = proj(r, f"{num}{k}.", p)
        r = subtotal(r, f"Разом за розділом {num[:-1]}:", ps)
        allp += ps
    r = subtotal(r, "Усього за таблицею 1:", allp)
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=NC)
    ws.cell(r, 1, "Таблиця 2. Проєкти, вартість яких визначена в євро").font = Font(bold=True, size=12)
    r = header(r + 1, "тис. євро")
    allp = []
    for num, (name, ps) in t2.items():
        r = section(r, num, name)
        for k, p in enumerate(ps, 1):
            r = proj(r, f"{num}{k}.", p)
        allp += ps
    r = subtotal(r, "Усього за таблицею 2:", allp)
    r += 2
    ws.cell(r, 2, "Директор Департаменту міжнародного співробітництва МВС")
    ws.cell(r, 7, "Ю.В. Левченко")
    for i, w in enumerate([7, 55, 38, 18, 12, 16, 12, 26, 26], 1):
        ws.column_dimensions[chr(64 + i)].width = w
    ws.freeze_panes = "C8"
    ws.print_title_rows = "5:7"
    wb.save(raw / "ba2_Звіт_МВС_до_КМУ_9міс_2021.xlsx")


# ---------------------------------------------------------------- file 3: ДПСУ letter return
def file3(raw):
    wb = Workbook()
    ws = wb.active
    ws.title = "Додаток 1"
    NC = 7
    for r, t in enumerate(
        [
            "Додаток 1",
            "до листа Адміністрації",
            "Державної прикордонної служби України",
            "від 12.03.2021 № 123/5/2-456",
        ],
        1,
    ):
        ws.cell(r, 6, t)
    ws.merge_cells("A6:G6")
    ws["A6"] = "ІНФОРМАЦІЯ"
    ws["A6"].font = Font(bold=True, size=13)
    ws["A6"].alignment = CENTER
    ws.merge_cells("A7:G7")
    ws["A7"] = (
        "про проєкти міжнародної технічної допомоги, що реалізуються (плануються до реалізації) "
        "в інтересах Державної прикордонної служби України"
    )
    ws["A7"].alignment = CENTER
    ws.row_dimensions[7].height = 32
    head = [
        "№ з/п",
        "Назва проєкту",
        "Донор",
        "Виконавець",
        "Строк реалізації",
        "Вартість проєкту, тис. євро*",
        "Стан реалізації, примітки",
    ]

    def header(r):
        for i, h in enumerate(head, 1):
            c = ws.cell(r, i, h)
            c.font = BOLD
            c.alignment = CENTER
            c.border = BOX
            ws.cell(r + 1, i, str(i)).alignment = CENTER
            ws.cell(r + 1, i).border = BOX
        return r + 2

    P = [
        dict(
            title="Посилення охорони морської ділянки державного кордону в Азово-Чорноморському регіоні",
            donor="Уряд Французької Республіки",
            execu="Civipol",
            period="з 01.04.2021 по 31.03.2023",
            s=date(2021, 4, 1),
            e=date(2023, 3, 31),
            cell="1 250,5",
            total=1_250_500,
            cur="EUR",
            state="угоду підписано, реалізація з 01.04.2021",
            partner="France",
            prio="BORDER_SECURITY",
            status="funded",
        ),
        dict(
            title="Розвиток інфраструктури пунктів пропуску на кордоні з Угорщиною та Словаччиною",
            donor="Європейський Союз (ЄС)",
            execu="Програма транскордонного співробітництва «Угорщина–Словаччина–Румунія–Україна»",
            period="03.2021–12.2022",
            s=mstart(2021, 3),
            e=mend(2022, 12),
            cell="3 400,0",
            total=3_400_000,
            cur="EUR",
            state="реалізується",
            partner="EU",
            prio="BORDER_CROSSING",
            status="funded",
        ),
        dict(
            title="Зміцнення спроможності ДПСУ з виявлення жертв торгівлі людьми на кордоні",
            donor="Уряд Швейцарської Конфедерації",
            execu="Міжнародна організація з міграції (МОМ)",
            period="36 міс. з дати підписання (підписано 15.02.2021)",
            s=date(2021, 2, 15),
            e=None,
            cell="1 020,0 тис. швейц. франків\n(у т.ч. у 2021 р. – 290,0)",
            total=1_020_000,
            y21=290_000,
            cur="CHF",
            state="реалізується",
            partner="Switzerland",
            prio="TRAFFICKING",
            status="funded",
        ),
        dict(
            title="Запобігання поширенню COVID-19 у пунктах пропуску через державний кордон",
            donor="Уряд Республіки Польща",
            execu="Польське агентство допомоги розвитку (Polish Aid)",
            period="2020–2021 рр.",
            s=ystart(2020),
            e=yend(2021),
            cell="2,3 млн грн",
            total=2_300_000,
            cur="UAH",
            state="реалізується, завершення у грудні 2021 р.",
            partner="Poland",
            prio="COVID19",
            status="funded",
        ),
        dict(
            title="Автоматизація процедур реадмісії та повернення іноземців",
            donor="Європейський Союз (ЄС)",
            execu="Міжнародний центр з розвитку міграційної політики (ICMPD)",
            period="2020–2022 рр.",
            s=ystart(2020),
            e=yend(2022),
            cell="1800,00 тис.",
            total=1_800_000,
            cur="EUR",
            state="реалізується",
            partner="EU",
            prio="ILLEGAL_MIGRATION",
            status="funded",
        ),
        dict(
            title="Модернізація системи відеоспостереження на ділянці кордону з Румунією",
            donor="Уряд Сполучених Штатів Америки",
            execu="—",
            period="2022–2023 рр.",
            s=ystart(2022),
            e=yend(2023),
            cell="850,0 тис. дол. США",
            total=850_000,
            cur="USD",
            state="планується, проєкт на погодженні",
            partner="USA",
            prio="BORDER_SECURITY",
            status="pipeline",
        ),
        dict(
            title="Підготовка кінологічних підрозділів ДПСУ для охорони державного кордону",
            donor="Уряд Федеративної Республіки Німеччина",
            execu="GIZ",
            period="01.09.2021–31.08.2022",
            s=date(2021, 9, 1),
            e=date(2022, 8, 31),
            cell="420,0",
            total=420_000,
            cur="EUR",
            state="донор відмовився від фінансування (лист від 02.03.2021)",
            partner="Germany",
            prio="BORDER_SECURITY",
            status="cancelled",
        ),
    ]
    r = header(9)
    for n, p in enumerate(P, 1):
        if n == 5:  # page break: continuation heading and repeated header
            ws.cell(r, 7, "Продовження додатка 1").font = Font(italic=True)
            r = header(r + 1)
        vals = [f"{n}.", p["title"], p["donor"], p["execu"], p["period"], p["cell"], p["state"]]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v)
            c.alignment = WRAP
            c.border = BOX
        if "y21" in p:
            amt = p["y21"]
        else:
            amt = spread(p["total"], p["s"], p["e"])
        exp(p["title"], p["partner"], p["prio"], p["status"], p["cur"], amt)
        r += 1
    ws.cell(r, 1, "* Якщо в графі 6 не зазначено іншу валюту.").font = Font(italic=True, size=9)
    r += 3
    ws.cell(r, 2, "Начальник управління міжнародного співробітництва")
    ws.cell(r + 1, 2, "Адміністрації Держприкордонслужби")
    ws.cell(r + 1, 5, "полковник")
    ws.cell(r + 1, 6, "О.П. Коваленко")
    ws.cell(r + 4, 1, "Вик. Сидоренко І.В., (044) 527-63-18").font = Font(size=8)
    for i, w in enumerate([6, 48, 28, 30, 24, 22, 30], 1):
        ws.column_dimensions[chr(64 + i)].width = w
    wb.save(raw / "ba3_ДПСУ_лист_123-5-2-456_додаток1.xlsx")


# ---------------------------------------------------------------- file 4: Russian CSV (ДСНС / ГСЧС)
def file4(raw):
    NB = "\u00a0"
    P = [
        dict(
            title="Гуманитарное разминирование на территории Донецкой и Луганской областей\n"
            "(Humanitarian demining in Donetsk and Luhansk oblasts)",
            donor="Правительство Королевства Нидерландов",
            execu="Координатор проектов ОБСЕ в Украине",
            period="2020–2022 гг.",
            s=ystart(2020),
            e=yend(2022),
            cost=f"1{NB}250,5",
            total=1_250_500,
            state="реализуется",
            partner="Netherlands",
            prio="OTHER",
            status="funded",
        ),
        dict(
            title="Усиление возможностей ГСЧС по реагированию на COVID-19 в восточных регионах",
            donor="Европейский Союз",
            execu="ПРООН",
            period="01.06.2020–31.05.2021",
            s=date(2020, 6, 1),
            e=date(2021, 5, 31),
            cost="980,0",
            total=980_000,
            state="завершен",
            partner="EU",
            prio="COVID19",
            status="funded",
        ),
        dict(
            title="Создание пожарно-спасательных подразделений в объединенных территориальных общинах",
            donor="Правительство Королевства Швеция",
            execu="ПРООН",
            period="07.2021–06.2024",
            s=mstart(2021, 7),
            e=mend(2024, 6),
            cost="2 400,0",
            total=2_400_000,
            state="реализуется",
            partner="Sweden",
            prio="OTHER",
            status="funded",
        ),
        dict(
            title="Подготовка спасателей к ликвидации последствий химических аварий",
            donor="НАТО (Программа «Наука ради мира и безопасности»)",
            execu="ГСЧС",
            period="2021–2023 гг.",
            s=ystart(2021),
            e=yend(2023),
            cost="350,0",
            total=350_000,
            state="планируется (заявка на рассмотрении)",
            partner="NATO",
            prio="OTHER",
            status="pipeline",
        ),
        dict(
            title="Оснащение пиротехнических подразделений ГСЧС",
            donor="Правительство Японии; через JICA",
            execu="Японское агентство международного сотрудничества",
            period="01.03.2019–28.02.2021",
            s=date(2019, 3, 1),
            e=date(2021, 2, 28),
            cost=f"1{NB}600,0",
            total=1_600_000,
            state="завершен",
            partner="Japan",
            prio="OTHER",
            status="funded",
        ),
        dict(
            title="Модернизация системы оповещения населения о чрезвычайных ситуациях",
            donor="Всемирный банк (грант)",
            execu="ГСЧС",
            period="2021 г.",
            s=ystart(2021),
            e=yend(2021),
            cost="500,0",
            total=500_000,
            state="отменен (донор отказался от финансирования)",
            partner="World Bank",
            prio="OTHER",
            status="cancelled",
        ),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(
        [
            "Информация о проектах международной технической помощи, реализуемых в интересах ГСЧС Украины",
            "",
            "",
            "",
            "",
            "",
            "",
        ]
    )
    w.writerow(["по состоянию на 01.10.2021", "", "", "", "", "", ""])
    w.writerow([""] * 7)
    w.writerow(
        [
            "№ п/п",
            "Наименование проекта",
            "Донор",
            "Исполнитель",
            "Сроки реализации",
            "Стоимость, тыс. долл. США",
            "Состояние",
        ]
    )
    tot = 0
    for n, p in enumerate(P, 1):
        w.writerow([n, p["title"], p["donor"], p["execu"], p["period"], p["cost"], p["state"]])
        v = float(p["cost"].replace(NB, "").replace(" ", "").replace(",", ".")) * 1000
        assert abs(v - p["total"]) < 0.01
        tot += p["total"]
        exp(p["title"], p["partner"], p["prio"], p["status"], "USD", spread(p["total"], p["s"], p["e"]))
    w.writerow(["", "Итого", "", "", "", ua(tot / 1000, 1), ""])
    (raw / "ba4_ГСЧС_проекты_МТП.csv").write_bytes(buf.getvalue().encode("cp1251"))


# ---------------------------------------------------------------- file 5: registration cards
FIELDS = [
    "Реєстраційний номер",
    "Дата реєстрації",
    "Найменування проєкту (програми)",
    "Донор (країна / міжнародна організація)",
    "Виконавець",
    "Реципієнт",
    "Бенефіціар(и)",
    "Мета проєкту",
    "Строк реалізації",
    "Загальна вартість проєкту",
    "Обсяг фінансування за роками",
    "Стан реалізації",
]


def card(ws, vals, years):
    ws.merge_cells("A1:C1")
    ws["A1"] = "РЕЄСТРАЦІЙНА КАРТКА\nпроєкту (програми) міжнародної технічної допомоги"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A1"].alignment = CENTER
    ws.row_dimensions[1].height = 36
    r = 3
    for k, (f, v) in enumerate(zip(FIELDS, vals), 1):
        ws.cell(r, 1, f"{k}.")
        ws.cell(r, 2, f).font = BOLD
        c = ws.cell(r, 3, v)
        c.alignment = WRAP
        box_row(ws, r, 1, 3)
        r += 1
        if k == 11 and years:
            for y, a in years:
                ws.cell(r, 2, f"{y} рік").alignment = Alignment(indent=2)
                c = ws.cell(r, 3, a)
                c.number_format = "#,##0.00"
                c.alignment = Alignment(horizontal="left")
                box_row(ws, r, 1, 3)
                r += 1
    ws.cell(r + 2, 2, "Відповідальна особа: головний спеціаліст ВМТД ДЗЗ НПУ")
    ws.cell(r + 2, 3, "_____________  Н.С. Бондар")
    ws.column_dimensions["A"].width = 5
    ws.column_dimensions["B"].width = 42
    ws.column_dimensions["C"].width = 80


def file5(raw):
    wb = Workbook()
    idx = wb.active
    idx.title = "Зміст"
    idx["A1"] = "Реєстраційні картки проєктів МТД, бенефіціаром яких є Національна поліція України"
    idx["A1"].font = Font(bold=True)
    for i, h in enumerate(["№ картки", "Реєстраційний номер", "Найменування проєкту (програми)", "Аркуш"], 1):
        idx.cell(3, i, h).font = BOLD
    cards = [
        dict(
            reg="3955-04",
            rdate="22.04.2020",
            title="Впровадження стандартів роботи поліції з постраждалими від домашнього насильства",
            donor="Уряд Канади",
            execu="Структура ООН з питань гендерної рівності (ООН Жінки)",
            aim="Підвищення якості реагування поліції на випадки домашнього та гендерно зумовленого насильства",
            period="01.01.2020–31.12.2022",
            cost="3 600 000,00 канадських доларів",
            years=[(2020, 1_000_000), (2021, 1_400_000), (2022, 1_200_000)],
            total=3_600_000,
            state="діючий",
            lines=[("Canada", "CAD", 1.0)],
            prio="DOMESTIC_VIOLENCE",
        ),
        dict(
            reg="4172-07",
            rdate="08.07.2021",
            title="Розвиток кримінального аналізу в боротьбі з незаконним обігом наркотиків",
            donor="Європейський Союз (ЄС);\nУряд Федеративної Республіки Німеччина",
            execu="Німецьке товариство міжнародного співробітництва (GIZ)",
            aim="Впровадження методів кримінального аналізу в підрозділах протидії наркозлочинності НПУ",
            period="01.07.2021–30.06.2024",
            s=date(2021, 7, 1),
            e=date(2024, 6, 30),
            cost="5 000 000,00 євро,\nу тому числі:\nЄС – 4 000 000,00 євро;\nУряд ФРН – 1 000 000,00 євро",
            years=None,
            total=5_000_000,
            state="діючий",
            lines=[("EU", "EUR", 0.8), ("Germany", "EUR", 0.2)],
            prio="DRUGS",
        ),
        dict(
            reg="4110-03",
            rdate="15.03.2021",
            title="Безпечне місто: модель поліції громади в Харківській області",
            donor="Посольство Великої Британії в Україні (Фонд конфліктів, стабільності та безпеки)",
            execu="ГО «Агенція безпеки громад»",
            aim="Запровадження моделі community policing у 12 територіальних громадах Харківської області",
            period="04.2021–03.2023",
            cost="1 150 000,00 фунтів стерлінгів",
            years=[(2021, 410_000), (2022, 560_000), (2023, 180_000)],
            total=1_150_000,
            state="діючий",
            lines=[("UK", "GBP", 1.0)],
            prio="COMMUNITY_POLICING",
        ),
        dict(
            reg="4231-10",
            rdate="19.10.2021",
            title="Електронна система обліку затриманих осіб в ізоляторах тимчасового тримання (Custody Records – 2 етап)",
            donor="Рада Європи (за рахунок власних коштів Програми співробітництва)",
            execu="Рада Європи",
            aim="Поширення електронної системи «Custody Records» на всі ізолятори тимчасового тримання",
            period="з 01.11.2021 по 31.10.2023",
            s=date(2021, 11, 1),
            e=date(2023, 10, 31),
            cost="900 000,00 євро",
            years=None,
            total=900_000,
            state="діючий",
            lines=[("Council of Europe", "EUR", 1.0)],
            prio="CUSTODY",
        ),
        dict(
            reg="4098-02",
            rdate="24.02.2021",
            title="Протидія торгівлі людьми з метою сексуальної експлуатації в мережі Інтернет",
            donor="Організація з безпеки та співробітництва в Європі (ОБСЄ)",
            execu="Координатор проєктів ОБСЄ в Україні",
            aim="Посилення спроможності кіберполіції у виявленні та розслідуванні торгівлі людьми онлайн",
            period="2021 рік",
            s=ystart(2021),
            e=yend(2021),
            cost="4 200 000,00 грн",
            years=None,
            total=4_200_000,
            state="діючий",
            lines=[("OSCE", "UAH", 1.0)],
            prio="TRAFFICKING",
        ),
    ]
    for n, c in enumerate(cards, 1):
        ws = wb.create_sheet(f"Картка_{n}")
        yv = "розподіл за роками не визначено" if c["years"] is None else "(див. нижче)"
        card(
            ws,
            [
                c["reg"],
                c["rdate"],
                c["title"],
                c["donor"],
                c["execu"],
                "Міністерство внутрішніх справ України",
                "Національна поліція України",
                c["aim"],
                c["period"],
                c["cost"],
                yv,
                c["state"],
            ],
            c["years"],
        )
        idx.cell(3 + n, 1, n)
        idx.cell(3 + n, 2, c["reg"])
        idx.cell(3 + n, 3, c["title"])
        idx.cell(3 + n, 4, f"Картка_{n}")
        if c["years"]:
            assert sum(a for _, a in c["years"]) == c["total"]
            y21 = dict(c["years"])[2021]
        else:
            y21 = spread(c["total"], c["s"], c["e"])
        for partner, cur, sh in c["lines"]:
            exp(c["title"], partner, c["prio"], "funded", cur, y21 * sh)
    idx.column_dimensions["C"].width = 90
    idx.column_dimensions["B"].width = 20
    t = wb.create_sheet("Шаблон")
    card(t, ["________"] * 12, None)
    t.sheet_state = "hidden"
    wb.save(raw / "ba5_Картки_реєстрації_МТД_НПУ.xlsx")


# ---------------------------------------------------------------- file 6: ДМС, Russian xlsx with year columns
def file6(raw):
    wb = Workbook()
    ws = wb.active
    ws.title = "ГМС"
    NC = 11
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=NC)
    ws["A1"] = (
        "Информация Государственной миграционной службы Украины о проектах международной "
        "технической помощи (по состоянию на 01.09.2021)"
    )
    ws["A1"].font = Font(bold=True, size=12)
    ws["A1"].alignment = CENTER
    ws.row_dimensions[1].height = 34
    HR = 3
    for col, t in [
        (1, "№ п/п"),
        (2, "Наименование проекта"),
        (3, "Донор"),
        (4, "Исполнитель"),
        (5, "Сроки реализации"),
        (11, "Состояние"),
    ]:
        ws.merge_cells(start_row=HR, start_column=col, end_row=HR + 1, end_column=col)
        ws.cell(HR, col, t)
    ws.merge_cells(start_row=HR, start_column=6, end_row=HR, end_column=10)
    ws.cell(HR, 6, "Объем финансирования, тыс. евро")
    for col, t in zip(range(6, 11), ["Всего", "2020 г.", "2021 г.", "2022 г.", "2023 г."]):
        ws.cell(HR + 1, col, t)
    for rr in (HR, HR + 1):
        for k in range(1, NC + 1):
            c = ws.cell(rr, k)
            c.font = BOLD
            c.alignment = CENTER
            c.fill = GREY
            c.border = BOX
    D = "—"
    P = [
        dict(
            title="Укрепление системы убежища в Украине в соответствии со стандартами ЕС",
            donor="Управление Верховного комиссара ООН по делам беженцев (УВКБ ООН), собственные средства",
            execu="УВКБ ООН",
            period="2020–2022 гг.",
            years=[180.0, 190.0, 170.0, D],
            state="реализуется",
            lines=[("UNHCR", 1.0)],
            prio="ILLEGAL_MIGRATION",
            status="funded",
        ),
        dict(
            title="Управление миграцией и реинтеграция возвращающихся мигрантов",
            donor="Европейский Союз (90 %);\nМОМ – собственные средства (10 %)",
            execu="МОМ",
            period="01.01.2021–31.12.2023",
            years=[D, 650.0, 700.0, 650.0],
            state="реализуется",
            lines=[("EU", 0.9), ("IOM", 0.1)],
            prio="ILLEGAL_MIGRATION",
            status="funded",
        ),
        dict(
            title="Противодействие торговле людьми среди внутренне перемещённых лиц",
            donor="Правительство Соединенного Королевства",
            execu="«Ла Страда-Украина»",
            period="04.2021–03.2022",
            years=[D, 232.5, 77.5, D],
            state="реализуется",
            lines=[("UK", 1.0)],
            prio="TRAFFICKING",
            status="funded",
        ),
        dict(
            title="Реадмиссия: создание пунктов временного содержания иностранцев",
            donor="Европейский Союз",
            execu="МЦРМП (ICMPD)",
            period="2018–2020 гг.",
            total=1450.0,
            years=[320.0, D, D, D],
            state="завершен",
            lines=[("EU", 1.0)],
            prio="ILLEGAL_MIGRATION",
            status="funded",
        ),
        dict(
            title="Интегрированная информационная система миграционного контроля",
            donor="Государственный департамент США",
            execu="—",
            period="2021–2023 гг.",
            s=ystart(2021),
            e=yend(2023),
            total=1200.0,
            years=None,
            state="на согласовании с донором",
            lines=[("USA", 1.0)],
            prio="ILLEGAL_MIGRATION",
            status="pipeline",
        ),
        dict(
            title="Профилактика COVID-19 в пунктах временного размещения беженцев",
            donor="Всемирная организация здравоохранения (ВОЗ)",
            execu="ВОЗ",
            period="05.2021–12.2021",
            years=[D, 85.0, D, D],
            state="реализуется",
            lines=[("WHO", 1.0)],
            prio="COVID19",
            status="funded",
        ),
    ]
    r = HR + 2
    sums = [0.0] * 5
    for n, p in enumerate(P, 1):
        if p["years"] is not None:
            total = p.get("total", sum(v for v in p["years"] if isinstance(v, float)))
        else:
            total = p["total"]
        vals = [n, p["title"], p["donor"], p["execu"], p["period"], total]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v)
            c.alignment = WRAP
            c.border = BOX
        ws.cell(r, 6).number_format = "#,##0.0"
        if p["years"] is None:
            ws.merge_cells(start_row=r, start_column=7, end_row=r, end_column=10)
            ws.cell(r, 7, "распределение по годам не определено").alignment = CENTER
            y21 = spread(total * 1000, p["s"], p["e"])
        else:
            for k, v in enumerate(p["years"]):
                c = ws.cell(r, 7 + k, v)
                c.number_format = "#,##0.0"
                c.alignment = Alignment(horizontal="right")
                if isinstance(v, float):
                    sums[1 + k] += v
            y21 = p["years"][1] * 1000 if isinstance(p["years"][1], float) else 0.0
        sums[0] += total
        ws.cell(r, 11, p["state"]).alignment = WRAP
        box_row(ws, r, 1, NC)
        for partner, sh in p["lines"]:
            exp(p["title"], partner, p["prio"], p["status"], "EUR", y21 * sh)
        r += 1
    ws.cell(r, 2, "Итого").font = BOLD
    for k, v in enumerate(sums):
        c = ws.cell(r, 6 + k, round(v, 1))
        c.font = BOLD
        c.number_format = "#,##0.0"
    box_row(ws, r, 1, NC)
    ws.cell(r + 3, 2, "Начальник отдела международного сотрудничества ГМС Украины")
    ws.cell(r + 3, 8, "А.В. Мельник")
    for i, w in enumerate([6, 50, 36, 20, 18, 10, 9, 9, 9, 9, 24], 1):
        ws.column_dimensions[chr(64 + i)].width = w
    wb.save(raw / "ba6_ДМС_информация_МТП_2021.xlsx")


# ---------------------------------------------------------------- file 7: MIA proposals (pipeline)
def file7(raw):
    wb = Workbook()
    cov = wb.active
    cov.title = "Супровідний лист"
    text = [
        "МІНІСТЕРСТВО ВНУТРІШНІХ СПРАВ УКРАЇНИ",
        "Управління з питань міжнародної технічної допомоги Департаменту міжнародного співробітництва",
        "",
        "Членам секторальної робочої групи «Правоохоронна діяльність»",
        "",
        "Направляємо для розгляду на засіданні секторальної робочої групи перелік проєктних пропозицій",
        "Національної гвардії України, Національної поліції України, ДПСУ та апарату МВС, що перебувають",
        "на стадії підготовки.",
        "Орієнтовна вартість наведена у тисячах гривень.",
        "",
        "Додаток: на 1 арк. (аркуш «Пропозиції»).",
        "",
        "Начальник Управління                                   Т.М. Гнатюк",
    ]
    for i, t in enumerate(text, 1):
        cov.cell(i, 1, t)
    cov.column_dimensions["A"].width = 110
    ws = wb.create_sheet("Пропозиції")
    ws["A1"] = "Перелік проєктних пропозицій МТД (стадія підготовки) — НГУ, НПУ, ДПСУ та апарат МВС"
    ws["A1"].font = Font(bold=True, size=12)
    head = [
        "№ з/п",
        "Назва проєктної пропозиції",
        "Ініціатор",
        "Потенційний донор",
        "Орієнтовний строк реалізації",
        "Орієнтовна вартість, тис. грн",
        "Стадія підготовки",
    ]
    for i, h in enumerate(head, 1):
        c = ws.cell(3, i, h)
        c.font = BOLD
        c.alignment = CENTER
        c.fill = GREY
        c.border = BOX
    P = [
        dict(
            title="Навчальний центр НГУ з підготовки до дій під час масових заходів",
            init="НГУ",
            donor="Уряд Республіки Польща",
            period="2021–2022 рр.",
            s=ystart(2021),
            e=yend(2022),
            cost=12500.0,
            state="на погодженні з донором",
            partner="Poland",
            prio="OTHER",
            status="pipeline",
        ),
        dict(
            title="Протидія домашньому насильству: кризові кімнати у підрозділах поліції",
            init="НПУ",
            donor="ООН Жінки (UN Women), власні ресурси",
            period="з 01.07.2021 по 30.06.2022",
            s=date(2021, 7, 1),
            e=date(2022, 6, 30),
            cost=3650.0,
            state="концепцію схвалено донором, угоду не підписано",
            partner="UN Women",
            prio="DOMESTIC_VIOLENCE",
            status="pipeline",
        ),
        dict(
            title="Спрощення перетину кордону для осіб з інвалідністю на пунктах пропуску",
            init="ДПСУ, апарат МВС",
            donor="Уряд Королівства Нідерландів",
            period="2022–2023 рр.",
            s=ystart(2022),
            e=yend(2023),
            cost=4000.0,
            state="на погодженні з донором",
            partner="Netherlands",
            prio="BORDER_CROSSING",
            status="pipeline",
        ),
        dict(
            title="Цифровізація обліку речових доказів у справах про наркозлочини",
            init="НПУ, апарат МВС",
            donor="УНП ООН (UNODC), за рахунок власних ресурсів",
            period="10.2021–09.2022",
            s=mstart(2021, 10),
            e=mend(2022, 9),
            cost=2190.0,
            state="проєктну пропозицію відхилено донором (лист від 06.09.2021)",
            partner="UNODC",
            prio="DRUGS",
            status="cancelled",
        ),
        dict(
            title="Підвищення інституційної спроможності НГУ відповідно до стандартів НАТО",
            init="НГУ",
            donor="НАТО (Трастовий фонд з розвитку потенціалу)",
            period="2021–2023 рр.",
            s=ystart(2021),
            e=yend(2023),
            cost=9000.0,
            state="подано заявку, очікується рішення донора",
            partner="NATO",
            prio="OTHER",
            status="pipeline",
        ),
        dict(
            title="Запобігання COVID-19 серед особового складу НГУ",
            init="НГУ",
            donor="Уряд Швейцарської Конфедерації",
            period="09.2021–02.2022",
            s=mstart(2021, 9),
            e=mend(2022, 2),
            cost=1800.0,
            state="угоду підписано 20.08.2021, реалізація розпочата",
            partner="Switzerland",
            prio="COVID19",
            status="funded",
        ),
    ]
    r = 4
    for n, p in enumerate(P, 1):
        vals = [n, p["title"], p["init"], p["donor"], p["period"], p["cost"], p["state"]]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v)
            c.alignment = WRAP
            c.border = BOX
        ws.cell(r, 6).number_format = "#,##0.0"
        if p["status"] == "funded":
            ws.cell(r, 7).comment = Comment("Угоду підписано — перенести до переліку діючих проєктів", "ITA")
        exp(p["title"], p["partner"], p["prio"], p["status"], "UAH", spread(p["cost"] * 1000, p["s"], p["e"]))
        r += 1
    ws.cell(r, 2, "Усього").font = BOLD
    ws.cell(r, 6, sum(p["cost"] for p in P)).number_format = "#,##0.0"
    for i, w in enumerate([6, 60, 18, 36, 24, 16, 40], 1):
        ws.column_dimensions[chr(64 + i)].width = w
    wb.save(raw / "ba7_МВС_пропозиції_МТД_НГУ_апарат.xlsx")


def main():
    out = Path(sys.argv[1])
    raw = out / "raw"
    raw.mkdir(parents=True, exist_ok=True)
    for f in (file1, file2, file3, file4, file5, file6, file7):
        f(raw)
    # titles unique across the set (co-funded projects repeat the same title on purpose)
    seen = {}
    for e in EXPECTED:
        seen.setdefault(e["title"], set()).add(e["partner"])
    assert len(seen) == 48, len(seen)
    assert sum(len(v) for v in seen.values()) == len(EXPECTED) == 50
    assert all(e["status"] in ("funded", "pipeline", "cancelled") for e in EXPECTED)
    with open(out / "expected.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(
            fh, fieldnames=["title", "partner", "priority", "status", "currency", "amount_2021"]
        )
        w.writeheader()
        w.writerows(EXPECTED)
    print(f"{len(EXPECTED)} lines, {len(seen)} projects -> {out}")


if __name__ == "__main__":
    main()
