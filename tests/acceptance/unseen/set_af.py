# ruff: noqa: B905, C408, RUF001, RUF057 - a data script written blind: dict(...) rows as in earlier sets, round() kept on every hand computation
"""Blind partner files, set AF: written without reading the reader's code. Expected values by hand.

Eight files of ordinary, slightly careless hand-made Excel work, each MIXING two to four traits; the emphasis of
this set is the Excel mechanics: numbers stored as text ("1 250 000", "CHF 1'800'000", "850.000,00", "£850,000"),
dates as real Excel dates, as text in several formats and as Excel serial numbers left in a text column ("44378"),
merged cells (a title merged over two or three rows, a donor merged down over its projects), hidden columns with old
figures, an Excel table object with a totals row, frozen headers, a header that is not on the first row and not bold,
a blank column inside the table, a column of row numbers "1.", "2.", remarks that change nothing, and a sector-wide
list whose non-MIA projects are marked as such. All figures are written as plain values (no formulas: openpyxl
stores no cached values); where the office's original had formulas (totals) they are pasted as values.

1. `Перелік_проєктів_МТД_МВС_станом_на_01.10.2021.xlsx` (MIA's international cooperation department, Ukrainian):
   three title lines, the header in row 5 (not bold), panes frozen under it; column A "№ з/п" as "1.", "2.", ...;
   "Донор" MERGED DOWN over its projects (Німеччина x2, Японія x2, Нідерланди, Канада, Польща); GIZ, JICA, UNDP,
   IOM, OSCE implement; a BLANK column (no header, no values) between "Виконавець" and "Загальна вартість"; the
   amount as TEXT with spaces ("1 250 000", "120 000 000") and a separate "Валюта" column; a HIDDEN column "Сума за
   попередньою редакцією переліку (01.03.2021)" with old figures (not counted); start dates as text "01.04.2021", one
   as a real Excel date, one as the serial number "44378" (= 01.07.2021) in the text column, one ISO "2021-09-01";
   "Примітки" with remarks that change nothing; statuses "реалізується", "завершено", "заплановано (угода на етапі
   підписання)" (pipeline), "скасовано (лист Посольства від 05.05.2021)" (cancelled). 7 projects.
2. `EU_Delegation_JHA_actions_MIA_table_30-09-2021.xlsx` (EU, English): an Excel TABLE OBJECT ("tblJHA", header
   in row 4, panes frozen) with a TOTALS ROW ("Total", pasted values); real Excel dates; EUR numbers; one action on
   TWO rows (budget lines "Grant" and "Supplies", same Ref. and title: one project, the sum); a column "Planned 2021
   (EUR)" filled for one action only (taken as is; the others by days, as the note under the table says the split
   is not yet agreed); "Closed" in 2020 (funded, 0), "Pipeline – financing decision pending" (pipeline),
   "Cancelled (contract terminated ...)" (cancelled). 5 projects.
3. `ГПСУ_перечень_проектов_МТП_на_01.09.2021.xlsx` (State Border Guard Service, Russian): titles MERGED over two
   or three rows; two projects have a row per year ("Год" 2021 / 2022, and 2020 / 2021 / 2022) with the other cells
   merged over them (the 2021 row is the 2021 amount), the others "весь период" with the whole amount; amounts as
   European TEXT "850.000,00"; periods as text "01.05.2021 – 30.04.2022", "с 01.10.2020 по 30.09.2022", "18 месяцев
   с 01.09.2021"; donors Польша, Литва, Австрия, Канада and "Посольство США в Украине (INL)" (the embassy named
   first -> USA); "отменен донором (письмо от 14.04.2021)" (cancelled). 5 projects.
4. `Swiss_Embassy_SDC_MIA_portfolio_October_2021.xlsx` (Switzerland, English): title row "Embassy of Switzerland
   in Ukraine – Swiss Agency for Development and Cooperation (SDC)"; amounts as TEXT with APOSTROPHES ("CHF
   3'000'000", "CHF 1'200'000.–"); programme 1 whose components 1.1 + 1.2 ADD UP (lines = components), programme 2
   whose components 2.1 + 2.2 fall SHORT by CHF 500'000 (lines = components + the remainder under the programme's
   title); durations as text "01.07.2021 – 31.12.2023" and "12 months from 1 November 2021"; "in preparation
   (agreement not yet signed)" (pipeline); remarks that change nothing; a "Total" line. 6 lines.
5. `Nordic_donors_justice_security_sector_overview_2021.xlsx` (Sweden, Norway, Denmark, English): a SECTOR-WIDE
   list; the donor MERGED DOWN over its projects; a column "MIA system" Yes/No, and the file says in its third line
   that projects marked "No" (courts, prosecution, probation) are outside the MIA sector and listed for information
   only (three such projects, not counted); real Excel dates; numbers; "Planned (approval expected December 2021)"
   (pipeline, starts 2022 -> 0); remarks. 5 projects.
6. `ДСНС_інформація_про_проєкти_МТД_15.09.2021.xlsx` (State Emergency Service, Ukrainian): header in row 4, not
   bold; units only in the title's third line "(суми – тис. одиниць валюти проєкту)"; row numbers "1." ...; dates
   in TEXT columns partly as Excel SERIAL numbers ("44287", "44561", "44256", "44408"), partly "01.02.2021", one a
   real Excel date; a BLANK column inside the table; amounts as text "1 850", "95 000"; "У т.ч. на 2021 рік" given
   for one project (taken as is); donors in official style ("Уряд Французької Республіки", "Австрійська
   Республіка", "Уряд Японії", "Європейський Союз", "Уряд Канади"); "скасовано (...)" (cancelled). 5 projects.
7. `British_Embassy_CSSF_MIA_register_Q3-2021.xlsx` (UK, English): a "Summary" sheet first (counts by status, no
   projects), then "Projects": title "British Embassy Kyiv – Conflict, Stability and Security Fund (CSSF)", header
   in row 4 (not bold, frozen); a HIDDEN column "FY2020/21 forecast (GBP) – superseded"; budgets as text "£850,000";
   one project on TWO rows (two implementers: UNODC programme and Crown Agents equipment); "Timeframe" as text
   "01/04/2021 – 31/03/2022", "Q3 2021 – Q2 2023", "October 2020 – September 2021", "calendar year 2022" (the file
   says calendar-year figures, dates dd/mm/yyyy); "Pipeline – awaiting ministerial approval", "Cancelled – funding
   reprioritised (June 2021)". 5 projects.
8. `INL_Kyiv_MIA_award_tracker_export_2021-09-15.csv` (USA, English): UTF-8 CSV, three metadata lines and a blank
   line above the header; "#" column "1.", "2."; dates MM/DD/YYYY (said in a metadata line) and two Excel SERIAL
   numbers ("44378", "44210") where the tracker exported them unformatted (the metadata line says so); amounts
   "1,500,000" in quotes; a "Grand total" line; "Pending award" (pipeline); remarks. 5 projects.

Usage: python set_af.py OUT_DIR  -> OUT_DIR/raw/<partner files>, OUT_DIR/expected.csv
Convention: a given 2021 figure is taken as is; otherwise total x days in 2021 / days of the project (both ends
included); a month runs first to last day, a quarter its calendar months, "N months" from a start ends the day
before the same date N months later; outside 2021 -> 0; cancelled -> 0 with status cancelled; planned / pipeline /
pending award / not signed -> status pipeline, 2021 amount computed the same way. A project on several rows (per
year, per budget line, per implementer) is one project with the sum; a programme whose components add up is its
components, one whose components fall short is its components plus the remainder under the programme's title.
Amounts in the row's currency after units ("тис." x 1000, a unit in the title applies to every amount). The partner
is the donor who pays; a title row naming an embassy and one of its agencies -> the one named first (the country).
Excel serial numbers: 44197 = 01.01.2021. Day counts were checked with a separate datetime script (check_days.py).
"""

import csv
import sys
from datetime import datetime
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

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


# ---------------------------------------------------------------------------------------------------------------
# 1. MIA department register (Ukrainian)
# ---------------------------------------------------------------------------------------------------------------
def file1(raw: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Перелік"
    ws["A1"] = "Міністерство внутрішніх справ України"
    ws["A2"] = "Департамент міжнародного співробітництва та європейської інтеграції"
    ws["A3"] = (
        "Перелік проєктів міжнародної технічної допомоги, бенефіціаром яких є система МВС, станом на 01.10.2021"
    )
    header = [
        "№ з/п",
        "Донор",
        "Назва проєкту",
        "Бенефіціар",
        "Виконавець",
        None,  # blank column inside the table
        "Загальна вартість",
        "Валюта",
        "Сума за попередньою редакцією переліку (01.03.2021)",  # hidden, old figures
        "Дата початку",
        "Дата завершення",
        "Стан реалізації",
        "Примітки",
    ]
    for c, h in enumerate(header, 1):
        ws.cell(row=5, column=c, value=h)  # not bold
    rows = [
        # no, donor, title, benef, impl, blank, amount(text), cur, old(hidden), start, end, status, remarks
        (
            "1.",
            "Німеччина",
            "Підтримка мобільних груп реагування поліції на домашнє насильство у Київській області",
            "НПУ",
            "GIZ",
            None,
            "1 250 000",
            "EUR",
            "1 000 000",
            "01.04.2021",
            "31.03.2023",
            "реалізується",
            "триває моніторинг",
        ),
        (
            "2.",
            None,
            "Облаштування ізоляторів тимчасового тримання НПУ системами відеоспостереження",
            "НПУ",
            "GIZ",
            None,
            "640 000",
            "EUR",
            "700 000",
            "44378",
            "30.06.2022",
            "реалізується",
            "контактну особу донора змінено",
        ),
        (
            "3.",
            "Японія",
            "Постачання рятувальної техніки підрозділам ДСНС у Донецькій області",
            "ДСНС",
            "JICA",
            None,
            "120 000 000",
            "JPY",
            "150 000 000",
            datetime(2021, 2, 1),
            "31.01.2022",
            "реалізується",
            "техніку передано частково",
        ),
        (
            "4.",
            None,
            "Придбання засобів індивідуального захисту та дезінфекції для Національної гвардії України",
            "НГУ",
            "ПРООН",
            None,
            "45 000 000",
            "JPY",
            "45 000 000",
            "15.01.2021",
            "15.06.2021",
            "завершено",
            "звіт отримано",
        ),
        (
            "5.",
            "Нідерланди",
            "Посилення спроможності ДМС щодо виявлення нелегальних мігрантів та їх повернення",
            "ДМС",
            "МОМ",
            None,
            "800 000",
            "EUR",
            "",
            "2021-09-01",
            "31.08.2023",
            "заплановано (угода на етапі підписання)",
            "",
        ),
        (
            "6.",
            "Канада",
            "Навчання поліцейських офіцерів громади у сільських громадах Полтавської області",
            "НПУ",
            "ОБСЄ",
            None,
            "950 000",
            "CAD",
            "950 000",
            "01.01.2020",
            "31.12.2021",
            "реалізується",
            "триває моніторинг",
        ),
        (
            "7.",
            "Польща",
            "Посилення охорони ділянки кордону з Білоруссю системами відеоспостереження",
            "ДПСУ",
            "Польська агенція з питань співробітництва",
            None,
            "2 000 000",
            "PLN",
            "2 000 000",
            "01.06.2021",
            "31.05.2022",
            "скасовано (лист Посольства від 05.05.2021)",
            "",
        ),
    ]
    for r, row in enumerate(rows, 6):
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=r, column=c, value=v)
            if isinstance(v, datetime):
                cell.number_format = "DD.MM.YYYY"
            elif c in (7, 9, 10, 11):
                cell.number_format = "@"
            cell.alignment = WRAP
    ws.merge_cells("B6:B7")  # Німеччина
    ws.merge_cells("B8:B9")  # Японія
    ws["A14"] = "Примітка: вартість зазначено у валюті проєкту; суми перенесено з робочої таблиці значеннями."
    ws.column_dimensions["I"].hidden = True
    for col, w in zip("ABCDEFGHIJKLM", (6, 14, 60, 10, 16, 3, 16, 8, 18, 13, 15, 30, 28)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    wb.save(raw / "Перелік_проєктів_МТД_МВС_станом_на_01.10.2021.xlsx")

    exp(
        "Підтримка мобільних груп реагування поліції на домашнє насильство у Київській області",
        "Germany",
        "DOMESTIC_VIOLENCE",
        "funded",
        "EUR",
        round(1_250_000 * 275 / 730, 2),
    )  # 01.04.21-31.03.23
    exp(
        "Облаштування ізоляторів тимчасового тримання НПУ системами відеоспостереження",
        "Germany",
        "CUSTODY",
        "funded",
        "EUR",
        round(640_000 * 184 / 365, 2),
    )  # 44378=01.07.21 - 30.06.22
    exp(
        "Постачання рятувальної техніки підрозділам ДСНС у Донецькій області",
        "Japan",
        "OTHER",
        "funded",
        "JPY",
        round(120_000_000 * 334 / 365, 2),
    )  # 01.02.21-31.01.22
    exp(
        "Придбання засобів індивідуального захисту та дезінфекції для Національної гвардії України",
        "Japan",
        "COVID19",
        "funded",
        "JPY",
        round(45_000_000 * 152 / 152, 2),
    )  # all in 2021
    exp(
        "Посилення спроможності ДМС щодо виявлення нелегальних мігрантів та їх повернення",
        "Netherlands",
        "ILLEGAL_MIGRATION",
        "pipeline",
        "EUR",
        round(800_000 * 122 / 730, 2),
    )  # 01.09.21-31.08.23
    exp(
        "Навчання поліцейських офіцерів громади у сільських громадах Полтавської області",
        "Canada",
        "COMMUNITY_POLICING",
        "funded",
        "CAD",
        round(950_000 * 365 / 731, 2),
    )  # 2020 leap + 2021
    exp(
        "Посилення охорони ділянки кордону з Білоруссю системами відеоспостереження",
        "Poland",
        "BORDER_SECURITY",
        "cancelled",
        "PLN",
        0,
    )


# ---------------------------------------------------------------------------------------------------------------
# 2. EU Delegation, Excel table object with a totals row
# ---------------------------------------------------------------------------------------------------------------
def file2(raw: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "JHA actions"
    ws["A1"] = (
        "Delegation of the European Union to Ukraine – Justice and Home Affairs portfolio (MIA beneficiaries)"
    )
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Status as of 30 September 2021. All amounts in EUR (EU contribution)."
    header = [
        "Ref.",
        "Action title",
        "Budget line",
        "Beneficiary",
        "Implementing partner",
        "Start",
        "End",
        "EU contribution (EUR)",
        "Planned 2021 (EUR)",
        "Status",
    ]
    for c, h in enumerate(header, 1):
        ws.cell(row=4, column=c, value=h)
    green = "EU support to surveillance of the green border with Moldova and Romania"
    rows = [
        (
            "ENI/2020/412-118",
            green,
            "Grant",
            "SBGS",
            "IOM",
            datetime(2020, 7, 1),
            datetime(2022, 12, 31),
            2_400_000,
            None,
            "Ongoing",
        ),
        (
            "ENI/2020/412-118",
            green,
            "Supplies",
            "SBGS",
            "IOM (procurement)",
            datetime(2020, 7, 1),
            datetime(2022, 12, 31),
            1_100_000,
            None,
            "Ongoing",
        ),
        (
            "ENI/2021/420-015",
            "Modernisation of passenger flow at western border crossing points",
            "Grant",
            "SBGS",
            "ICMPD",
            datetime(2021, 3, 1),
            datetime(2022, 8, 31),
            1_800_000,
            900_000,
            "Ongoing",
        ),
        (
            "ENI/2018/398-044",
            "Countering trafficking in human beings and protecting trafficking victims in Ukraine",
            "Grant",
            "NPU, SMS",
            "IOM",
            datetime(2019, 1, 1),
            datetime(2020, 12, 31),
            750_000,
            None,
            "Closed",
        ),
        (
            "ENI/2021/PIPE-03",
            "Strengthening forensic capacities of the National Police expert service",
            "Service contract",
            "NPU",
            "to be selected",
            datetime(2021, 10, 1),
            datetime(2023, 9, 30),
            2_000_000,
            None,
            "Pipeline – financing decision pending",
        ),
        (
            "ENI/2020/409-221",
            "Support to the State Emergency Service in chemical accident response",
            "Grant",
            "SESU",
            "UNDP",
            datetime(2021, 2, 1),
            datetime(2022, 1, 31),
            650_000,
            None,
            "Cancelled (contract terminated by mutual agreement, May 2021)",
        ),
    ]
    for r, row in enumerate(rows, 5):
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=r, column=c, value=v)
            if isinstance(v, datetime):
                cell.number_format = "DD/MM/YYYY"
            elif isinstance(v, int):
                cell.number_format = "#,##0"
    # totals row (pasted values)
    ws.cell(row=11, column=1, value="Total")
    ws.cell(row=11, column=8, value=8_700_000).number_format = "#,##0"
    ws.cell(row=11, column=9, value=900_000).number_format = "#,##0"
    tab = Table(displayName="tblJHA", ref="A4:J11", totalsRowCount=1)
    tab.tableColumns = [TableColumn(id=i + 1, name=h) for i, h in enumerate(header)]
    tab.tableColumns[0].totalsRowLabel = "Total"
    tab.autoFilter = AutoFilter(ref="A4:J10")
    tab.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    ws.add_table(tab)
    ws["A13"] = (
        "Planned 2021 is filled in only where the payment schedule has been agreed with the partner; "
        "for the other actions the split by year is not yet agreed."
    )
    for col, w in zip("ABCDEFGHIJ", (18, 62, 16, 10, 20, 12, 12, 20, 18, 44)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(raw / "EU_Delegation_JHA_actions_MIA_table_30-09-2021.xlsx")

    exp(
        green, "EU", "BORDER_SECURITY", "funded", "EUR", round((2_400_000 + 1_100_000) * 365 / 914, 2)
    )  # 01.07.20-31.12.22, two budget lines
    exp(
        "Modernisation of passenger flow at western border crossing points",
        "EU",
        "BORDER_CROSSING",
        "funded",
        "EUR",
        900_000,
    )  # given
    exp(
        "Countering trafficking in human beings and protecting trafficking victims in Ukraine",
        "EU",
        "TRAFFICKING",
        "funded",
        "EUR",
        0,
    )  # 2019-2020
    exp(
        "Strengthening forensic capacities of the National Police expert service",
        "EU",
        "OTHER",
        "pipeline",
        "EUR",
        round(2_000_000 * 92 / 730, 2),
    )  # 01.10.21-30.09.23
    exp(
        "Support to the State Emergency Service in chemical accident response",
        "EU",
        "OTHER",
        "cancelled",
        "EUR",
        0,
    )


# ---------------------------------------------------------------------------------------------------------------
# 3. Border guard list (Russian), titles merged over rows, per-year rows, European text numbers
# ---------------------------------------------------------------------------------------------------------------
def file3(raw: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Проекты МТП"
    ws["A1"] = "Государственная пограничная служба Украины"
    ws["A2"] = "Перечень проектов международной технической помощи (по состоянию на 01.09.2021)"
    ws["A3"] = (
        "Суммы указаны в валюте проекта; по проектам с разбивкой по годам сумма указана на каждый год, "
        "по остальным – за весь период."
    )
    header = [
        "№",
        "Наименование проекта",
        "Донор",
        "Исполнитель",
        "Период реализации",
        "Год",
        "Сумма",
        "Валюта",
        "Состояние",
    ]
    for c, h in enumerate(header, 1):
        ws.cell(row=5, column=c, value=h).font = Font(bold=True)

    def put(r, vals):
        for c, v in vals.items():
            ws.cell(row=r, column=c, value=v).alignment = WRAP

    # project 1: rows 6-7, per year
    t1 = "Поставка тепловизионного оборудования для пограничных застав Волынского пограничного отряда"
    put(
        6,
        {
            1: "1",
            2: t1,
            3: "Польша",
            4: "Польское агентство по сотрудничеству",
            5: "01.05.2021 – 30.04.2022",
            6: "2021",
            7: "850.000,00",
            8: "PLN",
            9: "реализуется",
        },
    )
    put(7, {6: "2022", 7: "400.000,00"})
    for col in "ABCDEHI":
        ws.merge_cells(f"{col}6:{col}7")
    # project 2: rows 8-9, whole period, long title merged over two rows
    t2 = "Обучение сотрудников ГПСУ выявлению нелегальных мигрантов и процедурам реадмиссии"
    put(
        8,
        {
            1: "2",
            2: t2,
            3: "Литва",
            4: "Государственная пограничная служба Литвы",
            5: "18 месяцев с 01.09.2021",
            6: "весь период",
            7: "180.000,00",
            8: "EUR",
            9: "реализуется",
        },
    )
    for col in "ABCDEFGHI":
        ws.merge_cells(f"{col}8:{col}9")
    # project 3: rows 10-12, per year
    t3 = "Модернизация пунктов пропуска «Ягодин» и «Устилуг» для сокращения очередей на границе"
    put(
        10,
        {
            1: "3",
            2: t3,
            3: "Австрия",
            4: "ICMPD",
            5: "01.07.2020 – 30.06.2022",
            6: "2020",
            7: "300.000,00",
            8: "EUR",
            9: "реализуется",
        },
    )
    put(11, {6: "2021", 7: "500.000,00"})
    put(12, {6: "2022", 7: "200.000,00"})
    for col in "ABCDEHI":
        ws.merge_cells(f"{col}10:{col}12")
    # project 4: rows 13-14, cancelled
    t4 = "Патрульные катера для охраны морского участка границы в Азовском море"
    put(
        13,
        {
            1: "4",
            2: t4,
            3: "Канада",
            4: "Координатор проектов ОБСЕ в Украине",
            5: "01.06.2021 – 31.05.2023",
            6: "весь период",
            7: "1.300.000,00",
            8: "CAD",
            9: "отменен донором (письмо от 14.04.2021)",
        },
    )
    for col in "ABCDEFGHI":
        ws.merge_cells(f"{col}13:{col}14")
    # project 5: rows 15-16
    t5 = "Мобильные системы наблюдения для охраны участка границы с Приднестровским регионом Молдовы"
    put(
        15,
        {
            1: "5",
            2: t5,
            3: "Посольство США в Украине (INL)",
            4: "Chemonics International",
            5: "с 01.10.2020 по 30.09.2022",
            6: "весь период",
            7: "2.400.000,00",
            8: "USD",
            9: "реализуется",
        },
    )
    for col in "ABCDEFGHI":
        ws.merge_cells(f"{col}15:{col}16")
    ws["A18"] = "Всего проектов: 5"
    for col, w in zip("ABCDEFGHI", (5, 48, 22, 28, 24, 12, 14, 8, 26)):
        ws.column_dimensions[col].width = w
    wb.save(raw / "ГПСУ_перечень_проектов_МТП_на_01.09.2021.xlsx")

    exp(t1, "Poland", "BORDER_SECURITY", "funded", "PLN", 850_000)  # 2021 row given
    exp(
        t2, "Lithuania", "ILLEGAL_MIGRATION", "funded", "EUR", round(180_000 * 122 / 546, 2)
    )  # 18 months from 01.09.21 -> 28.02.23
    exp(t3, "Austria", "BORDER_CROSSING", "funded", "EUR", 500_000)  # 2021 row given
    exp(t4, "Canada", "BORDER_SECURITY", "cancelled", "CAD", 0)
    exp(t5, "USA", "BORDER_SECURITY", "funded", "USD", round(2_400_000 * 365 / 730, 2))  # 01.10.20-30.09.22


# ---------------------------------------------------------------------------------------------------------------
# 4. Swiss programmes and components, apostrophe thousands
# ---------------------------------------------------------------------------------------------------------------
def file4(raw: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Portfolio"
    ws["A1"] = "Embassy of Switzerland in Ukraine – Swiss Agency for Development and Cooperation (SDC)"
    ws["A2"] = (
        "Projects with beneficiaries in the Ministry of Internal Affairs system – situation October 2021"
    )
    ws["A3"] = (
        "Programmes are listed with their components (numbered x.1, x.2, indented). "
        "Amounts: Swiss contribution in CHF."
    )
    header = [
        "No.",
        "Programme / component",
        "Beneficiary",
        "Implementer",
        "Duration",
        "Swiss contribution (CHF)",
        "Status",
        "Remarks",
    ]
    for c, h in enumerate(header, 1):
        ws.cell(row=5, column=c, value=h).font = Font(bold=True)
    p1 = "Swiss support to the reform of the civil protection system of Ukraine"
    c11 = "Modernisation of rescue equipment for SESU units in Luhansk oblast"
    c12 = "Training of State Emergency Service pyrotechnic units in humanitarian demining"
    p2 = "Swiss programme for human rights-based policing in Ukraine"
    c21 = "Independent monitoring of temporary detention facilities of the National Police"
    c22 = "Police response to domestic violence in Zaporizhzhia oblast"
    p3 = "Support to the State Migration Service in registering asylum seekers"
    rows = [
        ("1", p1, "SESU", "", "01.01.2021 – 31.12.2023", "CHF 3'000'000", "ongoing", ""),
        (
            "1.1",
            "    " + c11,
            "SESU",
            "UNDP",
            "01.01.2021 – 31.12.2022",
            "CHF 1'800'000",
            "ongoing",
            "procurement about 70 % completed",
        ),
        (
            "1.2",
            "    " + c12,
            "SESU",
            "Swiss Foundation for Mine Action (FSD)",
            "01.07.2021 – 31.12.2023",
            "CHF 1'200'000.–",
            "ongoing",
            "",
        ),
        (
            "2",
            p2,
            "NPU",
            "",
            "01.04.2020 – 31.03.2024",
            "CHF 2'500'000",
            "ongoing",
            "annual report 2020 received",
        ),
        (
            "2.1",
            "    " + c21,
            "NPU",
            "Ukrainian Helsinki Human Rights Union",
            "01.04.2020 – 31.03.2024",
            "CHF 900'000",
            "ongoing",
            "steering committee met in June",
        ),
        ("2.2", "    " + c22, "NPU", "UNFPA", "01.04.2020 – 31.03.2024", "CHF 1'100'000", "ongoing", ""),
        (
            "3",
            p3,
            "SMS",
            "UNHCR",
            "12 months from 1 November 2021",
            "CHF 400'000",
            "in preparation (agreement not yet signed)",
            "ongoing consultations with SMS",
        ),
        ("", "Total Swiss contribution (programmes 1–3)", "", "", "", "CHF 5'900'000", "", ""),
    ]
    for r, row in enumerate(rows, 6):
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.number_format = "@"
            if c == 2 and r in (6, 9, 12):
                cell.font = Font(bold=True)
    for col, w in zip("ABCDEFGH", (6, 70, 11, 34, 30, 22, 36, 32)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    wb.save(raw / "Swiss_Embassy_SDC_MIA_portfolio_October_2021.xlsx")

    # programme 1: 1'800'000 + 1'200'000 = 3'000'000 -> its components
    exp(c11, "Switzerland", "OTHER", "funded", "CHF", round(1_800_000 * 365 / 730, 2))  # 01.01.21-31.12.22
    exp(c12, "Switzerland", "OTHER", "funded", "CHF", round(1_200_000 * 184 / 914, 2))  # 01.07.21-31.12.23
    # programme 2: 900'000 + 1'100'000 = 2'000'000 < 2'500'000 -> components + remainder 500'000
    exp(c21, "Switzerland", "CUSTODY", "funded", "CHF", round(900_000 * 365 / 1461, 2))  # 01.04.20-31.03.24
    exp(c22, "Switzerland", "DOMESTIC_VIOLENCE", "funded", "CHF", round(1_100_000 * 365 / 1461, 2))
    exp(p2, "Switzerland", "OTHER", "funded", "CHF", round((2_500_000 - 900_000 - 1_100_000) * 365 / 1461, 2))
    exp(
        p3, "Switzerland", "ILLEGAL_MIGRATION", "pipeline", "CHF", round(400_000 * 61 / 365, 2)
    )  # 01.11.21-31.10.22


# ---------------------------------------------------------------------------------------------------------------
# 5. Nordic sector-wide overview with MIA Yes/No
# ---------------------------------------------------------------------------------------------------------------
def file5(raw: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Overview"
    ws["A1"] = "Nordic donors' support to Ukraine's justice and security sector – joint overview 2021"
    ws["A2"] = "Compiled by the Embassy of Sweden on behalf of the Nordic donor group, 20 September 2021"
    ws["A3"] = (
        "Column 'MIA system' shows whether the beneficiary belongs to the Ministry of Internal Affairs "
        "system. Projects marked 'No' (courts, prosecution, probation) are outside the MIA sector and are "
        "listed for information only."
    )
    header = [
        "Donor",
        "Project",
        "Beneficiary",
        "MIA system",
        "Implementer",
        "Start date",
        "End date",
        "Amount",
        "Currency",
        "Status",
        "Remarks",
    ]
    for c, h in enumerate(header, 1):
        ws.cell(row=5, column=c, value=h).font = Font(bold=True)
    rows = [
        (
            "Sweden (Sida)",
            "Swedish support to the Patrol Police academy curriculum reform",
            "National Police (Patrol Police Department)",
            "Yes",
            "Swedish Police Authority",
            datetime(2021, 1, 1),
            datetime(2022, 12, 31),
            8_000_000,
            "SEK",
            "Ongoing",
            "mid-term review planned for 2022",
        ),
        (
            None,
            "Support to the High Council of Justice on judicial ethics and discipline",
            "High Council of Justice",
            "No",
            "Council of Europe",
            datetime(2020, 9, 1),
            datetime(2022, 8, 31),
            5_000_000,
            "SEK",
            "Ongoing",
            "",
        ),
        (
            None,
            "Training National Police investigators on human trafficking cases",
            "National Police",
            "Yes",
            "IOM",
            datetime(2021, 6, 1),
            datetime(2022, 5, 31),
            3_500_000,
            "SEK",
            "Ongoing",
            "ongoing monitoring",
        ),
        (
            "Norway (Norwegian MFA)",
            "Humanitarian demining of Donetsk region by State Emergency Service teams",
            "State Emergency Service",
            "Yes",
            "Norwegian People's Aid",
            datetime(2020, 11, 1),
            datetime(2022, 10, 31),
            25_000_000,
            "NOK",
            "Ongoing",
            "",
        ),
        (
            None,
            "Strengthening the Office of the Prosecutor General in documenting conflict-related crimes",
            "Office of the Prosecutor General",
            "No",
            "UNDP",
            datetime(2021, 1, 1),
            datetime(2023, 12, 31),
            18_000_000,
            "NOK",
            "Ongoing",
            "",
        ),
        (
            "Denmark (Danida)",
            "Danish support to COVID-19 vaccination of National Guard personnel",
            "National Guard",
            "Yes",
            "WHO",
            datetime(2021, 3, 1),
            datetime(2021, 9, 30),
            4_200_000,
            "DKK",
            "Completed",
            "final report received",
        ),
        (
            None,
            "Reform of the probation service of the Ministry of Justice",
            "Ministry of Justice",
            "No",
            "Danish Institute for Human Rights",
            datetime(2020, 1, 1),
            datetime(2022, 12, 31),
            7_500_000,
            "DKK",
            "Ongoing",
            "",
        ),
        (
            None,
            "Border surveillance drones for the State Border Guard Service",
            "State Border Guard Service",
            "Yes",
            "to be determined",
            datetime(2022, 1, 1),
            datetime(2022, 12, 31),
            6_000_000,
            "DKK",
            "Planned (approval expected December 2021)",
            "",
        ),
    ]
    for r, row in enumerate(rows, 6):
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            if isinstance(v, datetime):
                cell.number_format = "YYYY-MM-DD"
            elif isinstance(v, int):
                cell.number_format = "#,##0"
    ws.merge_cells("A6:A8")
    ws.merge_cells("A9:A10")
    ws.merge_cells("A11:A13")
    for col, w in zip("ABCDEFGHIJK", (18, 60, 30, 10, 26, 12, 12, 14, 8, 30, 30)):
        ws.column_dimensions[col].width = w
    wb.save(raw / "Nordic_donors_justice_security_sector_overview_2021.xlsx")

    exp(
        "Swedish support to the Patrol Police academy curriculum reform",
        "Sweden",
        "OTHER",
        "funded",
        "SEK",
        round(8_000_000 * 365 / 730, 2),
    )
    exp(
        "Training National Police investigators on human trafficking cases",
        "Sweden",
        "TRAFFICKING",
        "funded",
        "SEK",
        round(3_500_000 * 214 / 365, 2),
    )  # 01.06.21-31.05.22
    exp(
        "Humanitarian demining of Donetsk region by State Emergency Service teams",
        "Norway",
        "OTHER",
        "funded",
        "NOK",
        round(25_000_000 * 365 / 730, 2),
    )  # 01.11.20-31.10.22
    exp(
        "Danish support to COVID-19 vaccination of National Guard personnel",
        "Denmark",
        "COVID19",
        "funded",
        "DKK",
        round(4_200_000 * 214 / 214, 2),
    )  # all in 2021
    exp(
        "Border surveillance drones for the State Border Guard Service",
        "Denmark",
        "BORDER_SECURITY",
        "pipeline",
        "DKK",
        0,
    )  # 2022 only


# ---------------------------------------------------------------------------------------------------------------
# 6. State Emergency Service (Ukrainian): serial numbers in text date columns, thousands in the title
# ---------------------------------------------------------------------------------------------------------------
def file6(raw: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "МТД"
    ws["A1"] = "ДЕРЖАВНА СЛУЖБА УКРАЇНИ З НАДЗВИЧАЙНИХ СИТУАЦІЙ"
    ws["A2"] = "Інформація про проєкти міжнародної технічної допомоги в інтересах ДСНС (станом на 15.09.2021)"
    ws["A3"] = "(суми – тис. одиниць валюти проєкту)"
    header = [
        "№ п/п",
        "Назва проєкту",
        "Донор",
        "Виконавець",
        "Дата початку",
        "Дата закінчення",
        None,
        "Загальна сума",
        "У т.ч. на 2021 рік",
        "Валюта",
        "Стан реалізації",
    ]
    for c, h in enumerate(header, 1):
        ws.cell(row=4, column=c, value=h)  # not bold
    t1 = "Постачання пожежних автомобілів для пожежно-рятувальних частин Херсонської області"
    t2 = "Підготовка водолазів-рятувальників ДСНС на базі навчального центру в Черкасах"
    t3 = "Закупівля кисневих концентраторів для лікування хворих на COVID-19 у закладах охорони здоров'я МВС"
    t4 = "Відновлення системи оповіщення населення про надзвичайні ситуації в Луганській області"
    t5 = "Закупівля дистанційно керованих машин для розмінування підрозділами ДСНС"
    rows = [
        (
            "1.",
            t1,
            "Уряд Французької Республіки",
            "Expertise France",
            "44287",
            "31.03.2022",
            None,
            "1 850",
            "",
            "EUR",
            "реалізується",
        ),
        (
            "2.",
            t2,
            "Австрійська Республіка",
            "Австрійський Червоний Хрест",
            "01.02.2021",
            "44561",
            None,
            "320",
            "",
            "EUR",
            "реалізується",
        ),
        ("3.", t3, "Уряд Японії", "ПРООН", "44256", "44408", None, "95 000", "", "JPY", "завершено"),
        (
            "4.",
            t4,
            "Європейський Союз",
            "ПРООН",
            datetime(2020, 7, 1),
            "30.06.2023",
            None,
            "2 400",
            "600",
            "EUR",
            "реалізується",
        ),
        (
            "5.",
            t5,
            "Уряд Канади",
            "Координатор проєктів ОБСЄ в Україні",
            "01.06.2021",
            "31.05.2023",
            None,
            "1 200",
            "",
            "CAD",
            "скасовано (донор переспрямував кошти, лист від 10.03.2021)",
        ),
    ]
    for r, row in enumerate(rows, 5):
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            if isinstance(v, datetime):
                cell.number_format = "DD.MM.YYYY"
            elif c in (5, 6, 8, 9):
                cell.number_format = "@"
    for col, w in zip("ABCDEFGHIJK", (6, 58, 26, 30, 13, 15, 3, 14, 14, 8, 34)):
        ws.column_dimensions[col].width = w
    wb.save(raw / "ДСНС_інформація_про_проєкти_МТД_15.09.2021.xlsx")

    exp(t1, "France", "OTHER", "funded", "EUR", round(1_850 * 1000 * 275 / 365, 2))  # 44287=01.04.21-31.03.22
    exp(t2, "Austria", "OTHER", "funded", "EUR", round(320 * 1000 * 334 / 334, 2))  # 01.02.21-44561=31.12.21
    exp(
        t3, "Japan", "COVID19", "funded", "JPY", round(95_000 * 1000 * 153 / 153, 2)
    )  # 44256=01.03-44408=31.07.21
    exp(t4, "EU", "OTHER", "funded", "EUR", 600 * 1000)  # given for 2021
    exp(t5, "Canada", "OTHER", "cancelled", "CAD", 0)


# ---------------------------------------------------------------------------------------------------------------
# 7. UK CSSF register: summary sheet first, hidden old column, one project on two rows
# ---------------------------------------------------------------------------------------------------------------
def file7(raw: Path) -> None:
    wb = openpyxl.Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "British Embassy Kyiv – CSSF MIA portfolio: number of projects by status (30 September 2021)"
    for r, (k, v) in enumerate(
        [
            ("Status", "Number of projects"),
            ("Live", 2),
            ("Completed in 2021", 1),
            ("Pipeline", 1),
            ("Cancelled", 1),
            ("All", 5),
        ],
        3,
    ):
        s.cell(row=r, column=1, value=k)
        s.cell(row=r, column=2, value=v)
    ws = wb.create_sheet("Projects")
    ws["A1"] = "British Embassy Kyiv – Conflict, Stability and Security Fund (CSSF)"
    ws["A2"] = (
        "MIA-related projects, register as at 30 September 2021. Budgets are whole-project budgets in GBP; "
        "timeframes are calendar periods, dates dd/mm/yyyy."
    )
    header = [
        "Project title",
        "MIA beneficiary",
        "Implementer",
        "Timeframe",
        "FY2020/21 forecast (GBP) – superseded",
        "Budget (GBP)",
        "Status",
        "Remarks",
    ]
    for c, h in enumerate(header, 1):
        ws.cell(row=4, column=c, value=h)  # not bold
    t1 = "UK support to the cyber police in countering ransomware attacks"
    t2 = "Strengthening the National Police response to drug trafficking via darknet markets"
    t3 = "Public order management training for the National Guard of Ukraine"
    t4 = "Victim-centred police response to domestic abuse in Odesa oblast"
    t5 = "Roll-out of the Custody Records system in Kharkiv police detention facilities"
    rows = [
        (
            t1,
            "Cyber Police Department (NPU)",
            "Chemonics UK",
            "01/04/2021 – 31/03/2022",
            "£500,000",
            "£850,000",
            "Live",
            "quarterly reporting",
        ),
        (t2, "NPU", "UNODC", "Q3 2021 – Q2 2023", "£200,000", "£600,000", "Live", "programme component"),
        (
            t2,
            "NPU",
            "Crown Agents",
            "Q3 2021 – Q2 2023",
            "",
            "£150,000",
            "Live",
            "equipment component (procurement agent)",
        ),
        (
            t3,
            "NGU",
            "Saferworld",
            "October 2020 – September 2021",
            "£210,000",
            "£420,000",
            "Completed",
            "final report due November 2021",
        ),
        (
            t4,
            "NPU",
            "UN Women",
            "calendar year 2022",
            "",
            "£300,000",
            "Pipeline – awaiting ministerial approval",
            "",
        ),
        (
            t5,
            "NPU",
            "Council of Europe",
            "01/05/2021 – 30/04/2022",
            "£190,000",
            "£380,000",
            "Cancelled – funding reprioritised (June 2021)",
            "",
        ),
    ]
    for r, row in enumerate(rows, 5):
        for c, v in enumerate(row, 1):
            ws.cell(row=r, column=c, value=v).alignment = WRAP
    ws.column_dimensions["E"].hidden = True
    for col, w in zip("ABCDEFGH", (62, 26, 20, 30, 20, 14, 40, 36)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(raw / "British_Embassy_CSSF_MIA_register_Q3-2021.xlsx")

    exp(t1, "UK", "OTHER", "funded", "GBP", round(850_000 * 275 / 365, 2))  # 01.04.21-31.03.22
    exp(t2, "UK", "DRUGS", "funded", "GBP", round((600_000 + 150_000) * 184 / 730, 2))  # 01.07.21-30.06.23
    exp(t3, "UK", "OTHER", "funded", "GBP", round(420_000 * 273 / 365, 2))  # 01.10.20-30.09.21
    exp(t4, "UK", "DOMESTIC_VIOLENCE", "pipeline", "GBP", 0)  # 2022
    exp(t5, "UK", "CUSTODY", "cancelled", "GBP", 0)


# ---------------------------------------------------------------------------------------------------------------
# 8. INL award tracker CSV export
# ---------------------------------------------------------------------------------------------------------------
def file8(raw: Path) -> None:
    t1 = "Community policing pilots with patrol police in Mariupol hromadas"
    t2 = "Drug detection dogs and handler training for National Police counternarcotics"
    t3 = "Custody records management system for National Police temporary detention facilities"
    t4 = "Armored patrol vehicles for the National Guard rapid reaction units"
    t5 = "Anti-trafficking hotline and referral support with La Strada Ukraine"
    lines = [
        ["U.S. Embassy Kyiv – Bureau of International Narcotics and Law Enforcement Affairs (INL)"],
        ["Assistance to Ministry of Internal Affairs agencies – export from the award tracker, 09/15/2021"],
        [
            "Dates are MM/DD/YYYY. A few dates were exported as Excel serial numbers (unformatted cells). "
            "Amounts: total award in USD."
        ],
        [],
        [
            "#",
            "Project title",
            "MIA agency",
            "Implementer",
            "Start date",
            "End date",
            "Total award (USD)",
            "Status",
            "Remarks",
        ],
        ["1.", t1, "NPU", "UNDP", "03/01/2021", "02/28/2023", "1,500,000", "Ongoing", "ongoing monitoring"],
        ["2.", t2, "NPU", "ICITAP", "44378", "12/31/2021", "450,000", "Ongoing", ""],
        [
            "3.",
            t3,
            "NPU",
            "Chemonics International",
            "10/01/2020",
            "09/30/2023",
            "2,000,000",
            "Ongoing",
            "site visits in Q3",
        ],
        ["4.", t4, "NGU", "", "11/01/2021", "10/31/2022", "3,000,000", "Pending award", ""],
        [
            "5.",
            t5,
            "NPU",
            "La Strada Ukraine",
            "01/15/2020",
            "44210",
            "250,000",
            "Completed",
            "closing report received",
        ],
        ["", "Grand total", "", "", "", "", "7,200,000", "", ""],
    ]
    with open(
        raw / "INL_Kyiv_MIA_award_tracker_export_2021-09-15.csv", "w", encoding="utf-8", newline=""
    ) as f:
        csv.writer(f).writerows(lines)

    exp(
        t1, "USA", "COMMUNITY_POLICING", "funded", "USD", round(1_500_000 * 306 / 730, 2)
    )  # 01.03.21-28.02.23
    exp(t2, "USA", "DRUGS", "funded", "USD", round(450_000 * 184 / 184, 2))  # 44378=01.07.21-31.12.21
    exp(t3, "USA", "CUSTODY", "funded", "USD", round(2_000_000 * 365 / 1095, 2))  # 01.10.20-30.09.23
    exp(t4, "USA", "OTHER", "pipeline", "USD", round(3_000_000 * 61 / 365, 2))  # 01.11.21-31.10.22
    exp(t5, "USA", "TRAFFICKING", "funded", "USD", round(250_000 * 14 / 366, 2))  # 15.01.20-44210=14.01.21


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
            f, fieldnames=["title", "partner", "priority", "status", "currency", "amount_2021"]
        )
        w.writeheader()
        w.writerows(EXPECTED)
    print(f"{len(EXPECTED)} expected lines, {len(list(raw.iterdir()))} files -> {out}")


if __name__ == "__main__":
    main()
