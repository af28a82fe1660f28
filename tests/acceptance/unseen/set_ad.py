# ruff: noqa: B905, C408, RUF001, RUF057 - a data script written blind: dict(...) rows as in earlier sets, round() kept on every hand computation
"""Blind partner files, set AD: written without reading the reader's code. Expected values by hand.

Eight files, each MIXING two to four traits (the emphasis of this set: header rows that are not at the top and not
bold, money columns headed only by a currency or by a year range, a "Budget" cell carrying its 2021 share in
brackets, periods given as a single cell "2021" / "2021-2022" / "III кв. 2021 – II кв. 2023", cancelled projects on
a sheet of their own, a sheet per agency or per priority, a summary sheet beside a detail sheet):

1. `EU_Delegation_Ukraine_home_affairs_extract_2021-10-04.csv` (EU, English): COMMA-delimited UTF-8, every cell
   quoted, amounts as "3,450,000.00"; three metadata lines and a blank line above the header; the donor is named
   only in the first line ("Delegation of the European Union to Ukraine" - the EU pays; IOM, ICMPD, Council of
   Europe, WHO and UNFPA implement); beneficiaries abbreviated (SBGS, NPU, SMS, MIA); periods "01/03/2021 -
   28/02/2023" (day first), "2021-2022" (whole years), "2021"; statuses "Ongoing", "Cancelled", "In preparation
   (Financing Agreement not yet signed)"; a Total line under the table (not a project). 6 projects.
2. `Перелік_проєктів_МТД_ДПСУ_2021.xlsx` (register sent by the State Border Guard Service, Ukrainian): the header
   in row 6 under a letter's attachment lines, NOT bold; a donor column with short names ("ЄС", "США", "Польща",
   "Австрія", "Японія", "Франція") beside an implementer column (МОМ, МЦРМП, ПРООН implement); THREE money columns
   headed only by a currency ("EUR", "USD", "грн"), each row filling one; periods "III кв. 2021 – II кв. 2023",
   "2021", "2021–2022", "01.04.2021 – 31.03.2022", "I кв. 2022 – IV кв. 2024"; statuses in words
   ("реалізується", "завершено", "планується (угоду не підписано)"); a second sheet "Скасовані" with the same money
   columns and a "Причина скасування" column instead of a status (its projects are cancelled); titles naming the
   agency (ДПСУ) - classified by what they do (trafficking, COVID-19, migration, crossing points). 8 projects.
   Austria is not in partners.csv: its canonical name is taken as the English short name of countries.csv
   ("Austria").
3. `Сводка_проектов_МТП_по_ведомствам_МВД_2021.xlsx` (Russian): a SHEET PER AGENCY ("НПУ", "ДМС", "НГУ", "ДСНС")
   with the same columns, the header in row 3, not bold; a "Бюджет" column with the currency and units in the cell
   and, for two projects, the 2021 share in brackets ("2,4 млн CHF (в т.ч. на 2021 г.: 650 тыс.)", "CAD 500 000
   (в т.ч. на 2021 г.: 220 000)" - taken as is), otherwise "NOK 8 000 000", "3 000 000 евро", "¥ 350 000 000",
   "EUR 400 000"; periods "01.01.2021 – 31.12.2023", "июль 2021 – июнь 2022", "с 01.03.2021 по 28.02.2023",
   "апрель 2021 – март 2022", "III кв. 2021 – II кв. 2022", "2021"; statuses "реализуется", "планируется",
   "отменён (...)"; donors "Швейцария (SDC)", "Норвегия", "Европейский союз", "Канада", "Япония", "Франция";
   implementers ПРООН, УНП ООН, МОМ. 6 projects.
4. `Sida_contributions_relevant_to_MIA_Ukraine_2021.xlsx` (Sweden, English): a "Summary" sheet (title and total
   only, header in row 4, a Total row) BEFORE a "Details" sheet (header in row 3) that repeats every project -
   each project is counted ONCE; on the detail sheet one contribution runs over TWO budget-line rows (one project,
   the sum of its rows; its summary total is that sum); a "Disbursement plan 2021, SEK" column (taken as is; "–"
   for nothing); "Partner organisation" is Sida's word for the implementer (UN Women, La Strada Ukraine, Swedish
   Police Authority ...): Sweden pays; "Ongoing", "Cancelled", "Planned". 5 projects.
5. `British_Embassy_Kyiv_CSSF_MIA_projects_by_priority_Aug2021.xlsx` (UK, English): a SHEET PER PRIORITY
   ("Border security", "Anti-trafficking", "Migration") with the same columns, the header in row 3 under a title
   row, not bold; the money column headed only "GBP"; start and end as real dates on the first sheet and as
   day-first text ("01/07/2021", "30/06/2022") on the others; statuses "Live", "Closed" (funded), "Pipeline",
   "Withdrawn" (cancelled). No fiscal years anywhere: calendar dates only. 5 projects.
6. `Germany_AA_projects_MIA_Ukraine_overview_Sep2021.xlsx` (Germany, English): the header in row 7 under an
   address block and a note, not bold; a "Budget" column "EUR 1.2m (of which 2021: 400k)", "EUR 2.5m", "EUR 750k",
   "EUR 3.6m (of which 2021: 0.9m)", "EUR 300k"; durations "2020-2022", "Jan 2021 – Dec 2022", "2021",
   "2021-2023", "H2 2021"; "planned – agreement not yet signed" (pipeline, its bracketed 2021 share taken as is);
   "cancelled"; GIZ, WHO and THW implement - Germany (Federal Foreign Office) pays. 5 projects.
7. `Form_2_ITA_projects_MIA_2021_filled_by_Embassy_of_the_Netherlands.xlsx` (Netherlands; the ministry's bilingual
   template filled in English): an instruction sheet first; the bilingual header in row 3, a row of column numbers
   "1 … 9" under it (not a project); amounts typed as text in European style ("€ 850.000", "€ 275.500") beside a
   "Валюта / Currency" column; periods "Sep 2021 – Aug 2023", "2020-2021", "01.04.2021 – 31.03.2022", "2021"; the
   embassy added a sheet "Cancelled" (same columns, no status column) for a cancelled project. 4 projects.
8. `Реєстр_МТД_НПУ_станом_на_01.10.2021.xlsx` (National Police register, Ukrainian): the header in row 5 under
   three title lines, not bold; the units "тис. одиниць валюти" only in the third title line; the money column
   headed only by the year range "2021–2022" (every project lies within 2021-2022, so it is each project's whole
   budget - a note under the table says so) beside a "Валюта" column of ISO codes; donors in official style
   ("Уряд Канади", "Королівство Данія", "Уряд США", "Литовська Республіка", "Королівство Норвегія", "Уряд
   Сполученого Королівства", "Республіка Польща"); periods "01.03.2021 – 28.02.2022", "2021", "2022", "III кв. 2021 –
   IV кв. 2022", "2021–2022"; statuses "реалізується", "виконано", "планується", "припинено (рішення донора)"
   (cancelled); titles naming НПУ / ГУНП. 7 projects.

Usage: python set_ad.py OUT_DIR  -> OUT_DIR/raw/<partner files>, OUT_DIR/expected.csv
Convention: a given 2021 figure is taken as is; otherwise total x days in 2021 / days of the project (both ends
included); a month runs first to last day, a quarter / half-year its calendar months, a year "2021" is 01.01-31.12,
"2021-2022" is 01.01.2021-31.12.2022; outside 2021 -> 0; cancelled (withdrawn, скасовано, отменён, припинено) -> 0
with status cancelled; planned / pipeline / not signed -> status pipeline, 2021 amount computed the same way. A
project on several rows is one project (sum of its rows); a project on a summary sheet and a detail sheet is one
project. Amounts are in the row's currency after units ("тыс."/"тис."/"k" x 1000, "млн"/"m" x 1 000 000). The
partner is the donor who pays. Day counts were checked with a separate datetime script (daycheck.py).
"""

import csv
import datetime as dt
import sys
from pathlib import Path

import openpyxl
from openpyxl.styles import Font

D = dt.date
EXP = []


def exp(title, partner, priority, status, currency, amount_2021):
    EXP.append(
        dict(
            title=title,
            partner=partner,
            priority=priority,
            status=status,
            currency=currency,
            amount_2021=amount_2021,
        )
    )


def widths(ws, ws_widths):
    for col, w in ws_widths.items():
        ws.column_dimensions[col].width = w


# ---------------------------------------------------------------- 1. EU Delegation CSV (comma, quoted amounts)
def file1(raw):
    rows = [
        ["Delegation of the European Union to Ukraine"],
        ["Home affairs portfolio – extract prepared for the MIA donor coordination meeting"],
        ["Extracted on: 04/10/2021", "Source: contract management system", "Amounts in EUR"],
        [],
        [
            "Ref.",
            "Action title",
            "Implementing organisation",
            "Main beneficiary",
            "Period",
            "EU contribution (EUR)",
            "Status",
        ],
    ]
    t1 = (
        "Upgrading surveillance equipment of SBGS border detachments on the western section of the state "
        "border"
    )
    t2 = "Modernisation of passenger processing at road border crossing points with Poland and Slovakia"
    t3 = (
        "Support to the National Police in establishing custody records and safeguards against ill-treatment "
        "in temporary detention facilities"
    )
    t4 = "Strengthening the capacity of the State Migration Service to identify and return irregular migrants"
    t5 = "Mobile laboratories for COVID-19 testing of MIA personnel in eastern Ukraine"
    t6 = "Enhancing the response of National Police mobile groups to domestic and gender-based violence"
    data = [
        ["ENI/2021/421-118", t1, "IOM", "SBGS", "01/03/2021 - 28/02/2023", "3,450,000.00", "Ongoing"],
        ["ENI/2020/417-552", t2, "ICMPD", "SBGS", "2021-2022", "2,000,000.00", "Ongoing"],
        ["ENI/2021/423-007", t3, "Council of Europe", "NPU", "2021", "850,000.00", "Ongoing"],
        ["ENI/2020/415-903", t4, "IOM", "SMS", "15/07/2020 - 14/07/2022", "1,600,000.00", "Ongoing"],
        ["ENI/2021/424-310", t5, "WHO", "MIA", "2021", "1,250,000.00", "Cancelled"],
        [
            "",
            t6,
            "UNFPA",
            "NPU",
            "01/10/2021 - 30/09/2024",
            "2,700,000.00",
            "In preparation (Financing Agreement not yet signed)",
        ],
    ]
    total = 3_450_000 + 2_000_000 + 850_000 + 1_600_000 + 1_250_000 + 2_700_000  # 11,850,000
    rows += data
    rows.append(["", "Total", "", "", "", f"{total:,.2f}", ""])
    with open(
        raw / "EU_Delegation_Ukraine_home_affairs_extract_2021-10-04.csv", "w", encoding="utf-8", newline=""
    ) as f:
        w = csv.writer(f, delimiter=",", quoting=csv.QUOTE_ALL)
        for r in rows:
            w.writerow(r)
    # 01.03.2021-28.02.2023: 306 days in 2021 of 730
    exp(t1, "EU", "BORDER_SECURITY", "funded", "EUR", round(3_450_000 * 306 / 730, 2))
    # 2021-2022 = 01.01.2021-31.12.2022: 365 of 730
    exp(t2, "EU", "BORDER_CROSSING", "funded", "EUR", round(2_000_000 * 365 / 730, 2))
    exp(t3, "EU", "CUSTODY", "funded", "EUR", 850_000)  # the whole of 2021
    # 15.07.2020-14.07.2022: 365 of 730
    exp(t4, "EU", "ILLEGAL_MIGRATION", "funded", "EUR", round(1_600_000 * 365 / 730, 2))
    exp(t5, "EU", "COVID19", "cancelled", "EUR", 0)
    # 01.10.2021-30.09.2024: 92 of 1096 (2024 is a leap year)
    exp(t6, "EU", "DOMESTIC_VIOLENCE", "pipeline", "EUR", round(2_700_000 * 92 / 1096, 2))


# ---------------------------------------------------------------- 2. ДПСУ register, money columns EUR | USD | грн
def file2(raw):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Проєкти"
    ws["F1"] = "Додаток 1"
    ws["F2"] = "до листа Адміністрації Держприкордонслужби"
    ws["F3"] = "від 20.09.2021 № 19-2345/0/6-21"
    ws["A4"] = "Інформація про проєкти міжнародної технічної допомоги, що реалізуються в інтересах ДПСУ"
    head = ["№ з/п", "Назва проєкту", "Донор", "Виконавець", "Період реалізації", "EUR", "USD", "грн", "Стан"]
    for j, h in enumerate(head, 1):
        ws.cell(row=6, column=j, value=h)
    t1 = "Облаштування ділянки кордону з Республікою Білорусь системами відеоспостереження та тепловізорами"
    t2 = "Посилення спроможності ДПСУ у виявленні та ідентифікації жертв торгівлі людьми"
    t3 = (
        "Запровадження електронної черги для вантажних транспортних засобів у пунктах пропуску на кордоні "
        "з Польщею"
    )
    t4 = "Обладнання пунктів тимчасового перебування іноземців ДПСУ та протидія незаконній міграції"
    t5 = "Забезпечення підрозділів ДПСУ засобами індивідуального захисту та тестами на COVID-19"
    t6 = "Придбання патрульних катерів для Морської охорони ДПСУ (Азово-Чорноморське регіональне управління)"
    data = [
        [1, t1, "ЄС", "МОМ", "III кв. 2021 – II кв. 2023", 4_200_000, None, None, "реалізується"],
        [2, t2, "США", "МОМ", "2021", None, 350_000, None, "реалізується"],
        [3, t3, "Польща", "—", "01.04.2021 – 31.03.2022", None, None, 3_600_000, "реалізується"],
        [4, t4, "Австрія", "МЦРМП", "2021–2022", 600_000, None, None, "реалізується"],
        [5, t5, "Японія", "ПРООН", "01.12.2020 – 31.05.2021", None, 480_000, None, "завершено"],
        [
            6,
            t6,
            "Франція",
            "—",
            "I кв. 2022 – IV кв. 2024",
            5_000_000,
            None,
            None,
            "планується (угоду не підписано)",
        ],
    ]
    r = 7
    for row in data:
        for j, v in enumerate(row, 1):
            c = ws.cell(row=r, column=j, value=v)
            if j in (6, 7, 8) and v is not None:
                c.number_format = "#,##0"
        r += 1
    ws.cell(
        row=r + 1,
        column=1,
        value="Примітка: суми зазначено в повному обсязі на весь період реалізації проєкту; "
        "скасовані проєкти – на аркуші «Скасовані».",
    )
    widths(ws, {"A": 6, "B": 70, "C": 10, "D": 10, "E": 26, "F": 12, "G": 12, "H": 12, "I": 30})

    ws2 = wb.create_sheet("Скасовані")
    ws2["A1"] = "Скасовані проєкти (станом на 20.09.2021)"
    head2 = [
        "№ з/п",
        "Назва проєкту",
        "Донор",
        "Виконавець",
        "Період реалізації",
        "EUR",
        "USD",
        "грн",
        "Причина скасування",
    ]
    for j, h in enumerate(head2, 1):
        ws2.cell(row=2, column=j, value=h)
    t7 = "Створення центру аналізу ризиків транскордонної злочинності в Одеському прикордонному загоні"
    t8 = "Обладнання пунктів пропуску «Краковець» і «Шегині» системами автоматизованого паспортного контролю"
    data2 = [
        [
            1,
            t7,
            "США",
            "—",
            "2021–2022",
            None,
            900_000,
            None,
            "відмова донора у фінансуванні (лист від 02.06.2021)",
        ],
        [
            2,
            t8,
            "ЄС",
            "МЦРМП",
            "III кв. 2021 – IV кв. 2022",
            1_100_000,
            None,
            None,
            "рішення донора від 12.07.2021 про перерозподіл коштів",
        ],
    ]
    for i, row in enumerate(data2):
        for j, v in enumerate(row, 1):
            c = ws2.cell(row=3 + i, column=j, value=v)
            if j in (6, 7, 8) and v is not None:
                c.number_format = "#,##0"
    widths(ws2, {"A": 6, "B": 70, "C": 10, "D": 10, "E": 26, "F": 12, "G": 12, "H": 12, "I": 50})
    wb.save(raw / "Перелік_проєктів_МТД_ДПСУ_2021.xlsx")

    # III кв. 2021 – II кв. 2023 = 01.07.2021-30.06.2023: 184 of 730
    exp(t1, "EU", "BORDER_SECURITY", "funded", "EUR", round(4_200_000 * 184 / 730, 2))
    exp(t2, "USA", "TRAFFICKING", "funded", "USD", 350_000)  # 2021 whole
    # 01.04.2021-31.03.2022: 275 of 365
    exp(t3, "Poland", "BORDER_CROSSING", "funded", "UAH", round(3_600_000 * 275 / 365, 2))
    # 2021-2022: 365 of 730
    exp(t4, "Austria", "ILLEGAL_MIGRATION", "funded", "EUR", round(600_000 * 365 / 730, 2))
    # 01.12.2020-31.05.2021: 151 of 182
    exp(t5, "Japan", "COVID19", "funded", "USD", round(480_000 * 151 / 182, 2))
    # 01.01.2022-31.12.2024: nothing in 2021
    exp(t6, "France", "BORDER_SECURITY", "pipeline", "EUR", 0)
    exp(t7, "USA", "BORDER_SECURITY", "cancelled", "USD", 0)
    exp(t8, "EU", "BORDER_CROSSING", "cancelled", "EUR", 0)


# ---------------------------------------------------------------- 3. Russian, a sheet per agency, "Бюджет" with 2021 share
def file3(raw):
    wb = openpyxl.Workbook()
    head = ["№", "Название проекта", "Донор", "Исполнитель", "Сроки реализации", "Бюджет", "Статус"]
    t1 = "Развитие сети офицеров полиции общины в объединённых территориальных громадах Донецкой области"
    t2 = (
        "Противодействие наркопреступности: оснащение лаборатории Экспертной службы МВД для исследования "
        "новых психоактивных веществ"
    )
    t3 = "Укрепление потенциала ДМС по выявлению нелегальных мигрантов и реадмиссии"
    t4 = "Обучение военнослужащих НГУ стандартам охраны общественного порядка во время массовых мероприятий"
    t5 = (
        "Оснащение пиротехнических подразделений ДСНС для гуманитарного разминирования в Донецкой и "
        "Луганской областях"
    )
    t6 = "Защита спасателей ДСНС от COVID-19: средства индивидуальной защиты и дезинфекция"
    sheets = {
        "НПУ": (
            "Проекты МТП: Национальная полиция Украины (НПУ)",
            [
                [
                    1,
                    t1,
                    "Швейцария (SDC)",
                    "ПРООН",
                    "01.01.2021 – 31.12.2023",
                    "2,4 млн CHF (в т.ч. на 2021 г.: 650 тыс.)",
                    "реализуется",
                ],
                [2, t2, "Норвегия", "УНП ООН", "июль 2021 – июнь 2022", "NOK 8 000 000", "реализуется"],
            ],
        ),
        "ДМС": (
            "Проекты МТП: Государственная миграционная служба (ДМС)",
            [
                [
                    1,
                    t3,
                    "Европейский союз",
                    "МОМ",
                    "с 01.03.2021 по 28.02.2023",
                    "3 000 000 евро",
                    "реализуется",
                ],
            ],
        ),
        "НГУ": (
            "Проекты МТП: Национальная гвардия Украины (НГУ)",
            [
                [
                    1,
                    t4,
                    "Канада",
                    "—",
                    "апрель 2021 – март 2022",
                    "CAD 500 000 (в т.ч. на 2021 г.: 220 000)",
                    "реализуется",
                ],
            ],
        ),
        "ДСНС": (
            "Проекты МТП: Государственная служба по чрезвычайным ситуациям (ДСНС)",
            [
                [1, t5, "Япония", "ПРООН", "III кв. 2021 – II кв. 2022", "¥ 350 000 000", "планируется"],
                [2, t6, "Франция", "—", "2021", "EUR 400 000", "отменён (средства перераспределены донором)"],
            ],
        ),
    }
    first = True
    for name, (title, rows) in sheets.items():
        if first:
            ws = wb.active
            ws.title = name
            first = False
        else:
            ws = wb.create_sheet(name)
        ws["A1"] = title
        ws["A1"].font = Font(bold=True)
        for j, h in enumerate(head, 1):
            ws.cell(row=3, column=j, value=h)
        for i, row in enumerate(rows):
            for j, v in enumerate(row, 1):
                ws.cell(row=4 + i, column=j, value=v)
        widths(ws, {"A": 5, "B": 80, "C": 20, "D": 12, "E": 28, "F": 44, "G": 40})
    wb.save(raw / "Сводка_проектов_МТП_по_ведомствам_МВД_2021.xlsx")

    exp(t1, "Switzerland", "COMMUNITY_POLICING", "funded", "CHF", 650_000)  # given 2021 share (650 тыс.)
    # июль 2021 – июнь 2022 = 01.07.2021-30.06.2022: 184 of 365
    exp(t2, "Norway", "DRUGS", "funded", "NOK", round(8_000_000 * 184 / 365, 2))
    # 01.03.2021-28.02.2023: 306 of 730
    exp(t3, "EU", "ILLEGAL_MIGRATION", "funded", "EUR", round(3_000_000 * 306 / 730, 2))
    exp(t4, "Canada", "OTHER", "funded", "CAD", 220_000)  # given 2021 share
    # III кв. 2021 – II кв. 2022 = 01.07.2021-30.06.2022: 184 of 365
    exp(t5, "Japan", "OTHER", "pipeline", "JPY", round(350_000_000 * 184 / 365, 2))
    exp(t6, "France", "COVID19", "cancelled", "EUR", 0)


# ---------------------------------------------------------------- 4. Sida: summary sheet + detail sheet
def file4(raw):
    t1 = "Strengthening police response to domestic violence in Kharkiv, Zaporizhzhia and Mykolaiv oblasts"
    t2 = "Support to the National Police in combating trafficking in women and children"
    t3 = "Community safety partnerships between police and residents in Luhansk oblast"
    t4 = "Independent monitoring of places of detention by the National Preventive Mechanism"
    t5 = "Mine risk education and explosive ordnance disposal support for the State Emergency Service"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = "Sweden (Sida) – contributions relevant to the Ministry of Internal Affairs of Ukraine"
    ws["A2"] = "Amounts in SEK; details on the next sheet"
    ws["A4"] = "Contribution"
    ws["B4"] = "Total, SEK"
    summ = [(t1, 7_000_000 + 5_000_000), (t2, 6_500_000), (t3, 9_000_000), (t4, 4_000_000), (t5, 15_000_000)]
    r = 5
    for t, v in summ:
        ws.cell(row=r, column=1, value=t)
        ws.cell(row=r, column=2, value=v).number_format = "#,##0"
        r += 1
    ws.cell(row=r, column=1, value="Total")
    ws.cell(row=r, column=2, value=sum(v for _, v in summ)).number_format = "#,##0"  # 46,500,000
    widths(ws, {"A": 95, "B": 16})

    ws2 = wb.create_sheet("Details")
    ws2["A1"] = "Contribution details (as of 15 September 2021)"
    head = [
        "Contribution no.",
        "Title",
        "Budget line",
        "Partner organisation",
        "Agreement period",
        "Total, SEK",
        "Disbursement plan 2021, SEK",
        "Status",
    ]
    for j, h in enumerate(head, 1):
        ws2.cell(row=3, column=j, value=h)
    det = [
        [
            "51170123",
            t1,
            "Training and mentoring of police officers",
            "UN Women",
            "2020-06-01 – 2023-05-31",
            7_000_000,
            2_500_000,
            "Ongoing",
        ],
        [
            "51170123",
            t1,
            "Equipment for mobile response groups",
            "UN Women",
            "2020-06-01 – 2023-05-31",
            5_000_000,
            1_500_000,
            "Ongoing",
        ],
        [
            "51170140",
            t2,
            "All components",
            "La Strada Ukraine",
            "2021-01-01 – 2022-12-31",
            6_500_000,
            3_000_000,
            "Ongoing",
        ],
        [
            "51170155",
            t3,
            "All components",
            "Swedish Police Authority",
            "2021-05-01 – 2024-04-30",
            9_000_000,
            1_800_000,
            "Ongoing",
        ],
        [
            "51170168",
            t4,
            "All components",
            "Ukrainian Helsinki Human Rights Union",
            "2021-09-01 – 2023-08-31",
            4_000_000,
            "–",
            "Cancelled",
        ],
        [
            "51170172",
            t5,
            "All components",
            "Swedish Civil Contingencies Agency (MSB)",
            "2022-01-01 – 2024-12-31",
            15_000_000,
            "–",
            "Planned",
        ],
    ]
    for i, row in enumerate(det):
        for j, v in enumerate(row, 1):
            c = ws2.cell(row=4 + i, column=j, value=v)
            if isinstance(v, int):
                c.number_format = "#,##0"
    widths(ws2, {"A": 16, "B": 90, "C": 40, "D": 38, "E": 26, "F": 14, "G": 16, "H": 12})
    wb.save(raw / "Sida_contributions_relevant_to_MIA_Ukraine_2021.xlsx")

    exp(
        t1, "Sweden", "DOMESTIC_VIOLENCE", "funded", "SEK", 2_500_000 + 1_500_000
    )  # two budget lines, given 2021
    exp(t2, "Sweden", "TRAFFICKING", "funded", "SEK", 3_000_000)
    exp(t3, "Sweden", "COMMUNITY_POLICING", "funded", "SEK", 1_800_000)
    exp(t4, "Sweden", "CUSTODY", "cancelled", "SEK", 0)
    exp(t5, "Sweden", "OTHER", "pipeline", "SEK", 0)  # 2022-2024, plan 2021 "–"


# ---------------------------------------------------------------- 5. UK CSSF, a sheet per priority, money headed "GBP"
def file5(raw):
    t1 = "Maritime domain awareness for the Maritime Guard of the SBGS in the Sea of Azov"
    t2 = "Mobile surveillance systems for SBGS border detachments in Chernihiv and Sumy oblasts"
    t3 = "Survivor-centred investigation of human trafficking cases by the National Police"
    t4 = "Improving asylum and refugee status determination procedures of the State Migration Service"
    t5 = "Investigating migrant smuggling networks: analytical support to the SBGS and the National Police"
    head = ["Project title", "Implementer", "Beneficiary", "Start", "End", "GBP", "Status"]
    sheets = {
        "Border security": [
            [t1, "Crown Agents", "SBGS", D(2021, 4, 1), D(2023, 3, 31), 1_800_000, "Live"],
            [t2, "Crown Agents", "SBGS", D(2020, 10, 1), D(2021, 9, 30), 950_000, "Closed"],
        ],
        "Anti-trafficking": [
            [t3, "IOM", "NPU", "01/07/2021", "30/06/2022", 400_000, "Live"],
        ],
        "Migration": [
            [t4, "UNHCR", "SMS", "01/01/2022", "31/12/2023", 700_000, "Pipeline"],
            [t5, "IOM", "SBGS, NPU", "01/03/2021", "28/02/2022", 500_000, "Withdrawn"],
        ],
    }
    wb = openpyxl.Workbook()
    first = True
    for name, rows in sheets.items():
        if first:
            ws = wb.active
            ws.title = name
            first = False
        else:
            ws = wb.create_sheet(name)
        ws["A1"] = (
            f"British Embassy Kyiv – CSSF Ukraine programme: {name.lower()} projects (as of 31/08/2021)"
        )
        for j, h in enumerate(head, 1):
            ws.cell(row=3, column=j, value=h)
        for i, row in enumerate(rows):
            for j, v in enumerate(row, 1):
                c = ws.cell(row=4 + i, column=j, value=v)
                if isinstance(v, dt.date):
                    c.number_format = "DD/MM/YYYY"
                elif isinstance(v, int):
                    c.number_format = "#,##0"
        widths(ws, {"A": 90, "B": 16, "C": 14, "D": 12, "E": 12, "F": 12, "G": 12})
    wb.save(raw / "British_Embassy_Kyiv_CSSF_MIA_projects_by_priority_Aug2021.xlsx")

    # 01.04.2021-31.03.2023: 275 of 730
    exp(t1, "UK", "BORDER_SECURITY", "funded", "GBP", round(1_800_000 * 275 / 730, 2))
    # 01.10.2020-30.09.2021: 273 of 365
    exp(t2, "UK", "BORDER_SECURITY", "funded", "GBP", round(950_000 * 273 / 365, 2))
    # 01.07.2021-30.06.2022: 184 of 365
    exp(t3, "UK", "TRAFFICKING", "funded", "GBP", round(400_000 * 184 / 365, 2))
    exp(t4, "UK", "ILLEGAL_MIGRATION", "pipeline", "GBP", 0)  # 2022-2023
    exp(t5, "UK", "ILLEGAL_MIGRATION", "cancelled", "GBP", 0)


# ---------------------------------------------------------------- 6. Germany, "Budget" cells with the 2021 share
def file6(raw):
    t1 = "Modernisation of the forensic drug analysis capacity of the MIA Expert Service"
    t2 = "Digital custody records for temporary detention facilities of the National Police"
    t3 = "Oxygen concentrators for MIA hospitals treating COVID-19 patients"
    t4 = "Flood rescue boats and equipment for State Emergency Service units in Zakarpattia"
    t5 = "Mobile response groups on domestic violence in Odesa oblast: equipment and training"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Overview"
    ws["A1"] = "Embassy of the Federal Republic of Germany, Kyiv"
    ws["A2"] = (
        "Federal Foreign Office – projects supporting the Ministry of Internal Affairs of Ukraine and its agencies"
    )
    ws["A3"] = "Status: 10 September 2021"
    ws["A5"] = "Note: budgets are total project budgets; where known, the 2021 share is given in brackets."
    head = ["Project", "Implementing partner", "Ukrainian partner", "Duration", "Budget", "Status"]
    for j, h in enumerate(head, 1):
        ws.cell(row=7, column=j, value=h)
    rows = [
        [t1, "GIZ", "MIA Expert Service", "2020-2022", "EUR 1.2m (of which 2021: 400k)", "ongoing"],
        [t2, "GIZ", "NPU", "Jan 2021 – Dec 2022", "EUR 2.5m", "ongoing"],
        [t3, "WHO", "MIA (Medical Department)", "2021", "EUR 750k", "completed"],
        [
            t4,
            "THW (Federal Agency for Technical Relief)",
            "SESU (ДСНС)",
            "2021-2023",
            "EUR 3.6m (of which 2021: 0.9m)",
            "planned – agreement not yet signed",
        ],
        [t5, "GIZ", "NPU", "H2 2021", "EUR 300k", "cancelled"],
    ]
    for i, row in enumerate(rows):
        for j, v in enumerate(row, 1):
            ws.cell(row=8 + i, column=j, value=v)
    widths(ws, {"A": 85, "B": 40, "C": 26, "D": 22, "E": 34, "F": 36})
    wb.save(raw / "Germany_AA_projects_MIA_Ukraine_overview_Sep2021.xlsx")

    exp(t1, "Germany", "DRUGS", "funded", "EUR", 400_000)  # given
    # Jan 2021 – Dec 2022: 365 of 730
    exp(t2, "Germany", "CUSTODY", "funded", "EUR", round(2_500_000 * 365 / 730, 2))
    exp(t3, "Germany", "COVID19", "funded", "EUR", 750_000)  # 2021 whole
    exp(t4, "Germany", "OTHER", "pipeline", "EUR", 900_000)  # given 0.9m
    exp(t5, "Germany", "DOMESTIC_VIOLENCE", "cancelled", "EUR", 0)


# ---------------------------------------------------------------- 7. Netherlands: the ministry's template filled in
def file7(raw):
    t1 = "Local safety councils: partnership between police and residents in Zakarpattia hromadas"
    t2 = "Shelters and legal aid for survivors of domestic violence in Dnipropetrovsk oblast"
    t3 = "Civil society monitoring of police detention facilities and of the rights of detainees"
    t4 = "Preventing labour exploitation of Ukrainian seasonal workers in EU agriculture"
    donor = "Kingdom of the Netherlands (Embassy in Kyiv)"
    wb = openpyxl.Workbook()
    wi = wb.active
    wi.title = "Інструкція"
    wi["A1"] = "Інструкція щодо заповнення форми 2 / Instructions for Form 2"
    wi["A3"] = "1. Заповніть по одному рядку на кожен проєкт / One row per project."
    wi["A4"] = "2. Суму зазначайте за весь період реалізації / Amount for the whole implementation period."
    wi["A5"] = "3. Не змінюйте заголовки колонок / Do not change the column headers."
    widths(wi, {"A": 100})

    head = [
        "№",
        "Назва проєкту / Project title",
        "Донор / Donor",
        "Виконавець / Implementer",
        "Бенефіціар / Beneficiary",
        "Період реалізації / Implementation period",
        "Сума / Amount",
        "Валюта / Currency",
        "Статус / Status",
    ]
    ws = wb.create_sheet("Форма 2")
    ws["A1"] = (
        "Форма 2. Інформація про проєкти міжнародної технічної допомоги / Form 2. Information on ITA projects"
    )
    for j, h in enumerate(head, 1):
        ws.cell(row=3, column=j, value=h)
        ws.cell(row=4, column=j, value=j)
    rows = [
        [1, t1, donor, "VNG International", "NPU", "Sep 2021 – Aug 2023", "€ 850.000", "EUR", "ongoing"],
        [
            2,
            t2,
            donor,
            "Women's Perspectives Centre",
            "NPU; local authorities",
            "2020-2021",
            "€ 420.000",
            "EUR",
            "ongoing",
        ],
        [
            3,
            t3,
            donor,
            "Kharkiv Human Rights Protection Group",
            "NPU",
            "01.04.2021 – 31.03.2022",
            "€ 275.500",
            "EUR",
            "ongoing",
        ],
    ]
    for i, row in enumerate(rows):
        for j, v in enumerate(row, 1):
            ws.cell(row=5 + i, column=j, value=v)
    widths(ws, {"A": 5, "B": 85, "C": 40, "D": 36, "E": 24, "F": 26, "G": 14, "H": 12, "I": 14})

    wc = wb.create_sheet("Cancelled")
    wc["A1"] = "Cancelled in 2021 (added by the Embassy)"
    headc = head[:-1] + ["Remarks"]
    for j, h in enumerate(headc, 1):
        wc.cell(row=2, column=j, value=h)
    rowc = [1, t4, donor, "IOM", "NPU, SMS", "2021", "€ 300.000", "EUR", "MFA budget cuts, June 2021"]
    for j, v in enumerate(rowc, 1):
        wc.cell(row=3, column=j, value=v)
    widths(wc, {"A": 5, "B": 85, "C": 40, "D": 12, "E": 14, "F": 14, "G": 14, "H": 12, "I": 30})
    wb.save(raw / "Form_2_ITA_projects_MIA_2021_filled_by_Embassy_of_the_Netherlands.xlsx")

    # Sep 2021 – Aug 2023 = 01.09.2021-31.08.2023: 122 of 730
    exp(t1, "Netherlands", "COMMUNITY_POLICING", "funded", "EUR", round(850_000 * 122 / 730, 2))
    # 2020-2021 = 01.01.2020-31.12.2021: 365 of 731 (2020 is a leap year)
    exp(t2, "Netherlands", "DOMESTIC_VIOLENCE", "funded", "EUR", round(420_000 * 365 / 731, 2))
    # 01.04.2021-31.03.2022: 275 of 365
    exp(t3, "Netherlands", "CUSTODY", "funded", "EUR", round(275_500 * 275 / 365, 2))
    exp(t4, "Netherlands", "TRAFFICKING", "cancelled", "EUR", 0)


# ---------------------------------------------------------------- 8. НПУ register, money column "2021–2022", тис.
def file8(raw):
    t1 = "Розвиток мобільних груп реагування НПУ на випадки домашнього насильства у Львівській області"
    t2 = "Облаштування кімнат для допитів та камер для затриманих у ГУНП в Харківській області"
    t3 = "Протидія наркозлочинності в мережі Інтернет: навчання працівників кіберполіції НПУ"
    t4 = "Школа поліцейських офіцерів громади для новоутворених територіальних громад"
    t5 = "Протидія торгівлі людьми з метою трудової експлуатації: посилення спроможності слідчих НПУ"
    t6 = "Засоби захисту від COVID-19 для працівників патрульної поліції м. Києва"
    t7 = "Підготовка інструкторів НПУ з домедичної допомоги (тактична медицина)"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Реєстр"
    ws["A1"] = "Національна поліція України"
    ws["A2"] = "Реєстр проєктів міжнародної технічної допомоги (станом на 01.10.2021)"
    ws["A3"] = "(обсяги фінансування – тис. одиниць валюти)"
    head = ["№", "Назва проєкту", "Донор", "Строк реалізації", "Валюта", "2021–2022", "Стан"]
    for j, h in enumerate(head, 1):
        ws.cell(row=5, column=j, value=h)
    rows = [
        [1, t1, "Уряд Канади", "01.03.2021 – 28.02.2022", "CAD", 640, "реалізується"],
        [2, t2, "Королівство Данія", "2021", "DKK", 2100, "виконано"],
        [3, t3, "Уряд США", "01.07.2021 – 31.12.2022", "USD", 450, "реалізується"],
        [4, t4, "Литовська Республіка", "III кв. 2021 – IV кв. 2022", "EUR", 180, "реалізується"],
        [5, t5, "Королівство Норвегія", "2022", "NOK", 3000, "планується"],
        [6, t6, "Уряд Сполученого Королівства", "2021", "GBP", 250, "припинено (рішення донора)"],
        [7, t7, "Республіка Польща", "2021–2022", "PLN", 600, "реалізується"],
    ]
    for i, row in enumerate(rows):
        for j, v in enumerate(row, 1):
            ws.cell(row=6 + i, column=j, value=v)
    ws.cell(
        row=6 + len(rows) + 1,
        column=1,
        value="* Строк реалізації кожного проєкту – у межах 2021–2022 рр.; у графі «2021–2022» зазначено "
        "загальний обсяг фінансування проєкту.",
    )
    widths(ws, {"A": 5, "B": 90, "C": 30, "D": 28, "E": 8, "F": 12, "G": 28})
    wb.save(raw / "Реєстр_МТД_НПУ_станом_на_01.10.2021.xlsx")

    # 01.03.2021-28.02.2022: 306 of 365
    exp(t1, "Canada", "DOMESTIC_VIOLENCE", "funded", "CAD", round(640_000 * 306 / 365, 2))
    exp(t2, "Denmark", "CUSTODY", "funded", "DKK", 2_100_000)  # 2021 whole
    # 01.07.2021-31.12.2022: 184 of 549
    exp(t3, "USA", "DRUGS", "funded", "USD", round(450_000 * 184 / 549, 2))
    # III кв. 2021 – IV кв. 2022 = 01.07.2021-31.12.2022: 184 of 549
    exp(t4, "Lithuania", "COMMUNITY_POLICING", "funded", "EUR", round(180_000 * 184 / 549, 2))
    exp(t5, "Norway", "TRAFFICKING", "pipeline", "NOK", 0)  # 2022
    exp(t6, "UK", "COVID19", "cancelled", "GBP", 0)
    # 2021-2022: 365 of 730
    exp(t7, "Poland", "OTHER", "funded", "PLN", round(600_000 * 365 / 730, 2))


def main():
    out = Path(sys.argv[1])
    raw = out / "raw"
    raw.mkdir(parents=True, exist_ok=True)
    for f in (file1, file2, file3, file4, file5, file6, file7, file8):
        f(raw)
    titles = [e["title"] for e in EXP]
    assert len(titles) == len(set(titles)), "titles must be unique"
    with open(out / "expected.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(
            f, fieldnames=["title", "partner", "priority", "status", "currency", "amount_2021"]
        )
        w.writeheader()
        for e in EXP:
            w.writerow(e)


if __name__ == "__main__":
    main()
