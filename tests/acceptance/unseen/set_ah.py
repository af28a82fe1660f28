# ruff: noqa: B905, C408, RUF001, RUF057 - a data script written blind: dict(...) rows as in earlier sets, round() kept on every hand computation
"""Blind partner files, set AH: written without reading the reader's code. Expected values by hand.

Returns from the beneficiary agencies and from implementers, filled in by busy officers: the files the MIA's own
services (border guard, National Police) and the implementing organisations (UNDP, IOM, OSCE, GIZ, ICMPD, Council
of Europe) send, each reporting projects paid by several donors. Eight files, each MIXING two to four traits, most of
them not in the earlier sets: a donor named only in a sentence of a description column, a contribution in the
agreement's currency beside an "equivalent" column, UN life-cycle statuses, dates labelled inside one cell, a status
given only by the row's colour under a legend, a visible superseded sheet, trailing spaces and no-break spaces, two
amount columns both filled with a "contract currency" column choosing, donor cells naming the channel first,
apostrophes before text dates, phone numbers in a contact column, own-budget vs voluntary-contribution funding, a
three-level merged header with "сума | валюта" under both the total and the 2021 part, words in the 2021 column
("в повному обсязі"), GIZ project numbers that look like decimals, commissioning-party acronyms with a key, an end
date with a duration and no start, a donor share in percent with an in-kind remainder, a budget per year in one cell.
All figures are plain values (no formulas).

1. `UNDP_Ukraine_RoLS_portfolio_MIA_partners_30.09.2021.xlsx` (UNDP, English). NO donor column: each donor is named
   only in a sentence of the "Description" column ("Funded by the Government of Denmark.", "With financial support of
   the Government of Japan.", "The project is funded by the European Union.", "Funding: United Kingdom (CSSF).",
   "Funding from Sweden (Sida) is expected", "Donor: Government of Canada."); "Atlas Award ID" as text with leading
   zeros ("00121734"); "Contribution (agreement currency)" as "DKK 15,000,000" beside "USD equivalent (UNORE)" filled
   for every row (the title lines say the USD is indicative, for information: the project's money is the agreement
   currency); dates LABELLED in one cell over two lines ("Start: 01 Mar 2021" / "End: 28 Feb 2023"); UN statuses
   "Ongoing", "Operationally closed" (ended, funded), "Hard pipeline" (pipeline), "Terminated" (cancelled, 0).
   6 projects: Denmark COMMUNITY_POLICING, Japan COVID19, EU OTHER (demining), UK CUSTODY, Sweden DOMESTIC_VIOLENCE
   (pipeline), Canada DRUGS (cancelled).
2. `МОМ_проєкти_з_органами_МВС_30.09.2021.xlsx` (IOM, Ukrainian). NO status column: the status is the FILL COLOUR of
   each row, explained by a legend above the table with coloured swatches ("зелений – реалізується; сірий – завершено;
   жовтий – у розробці (угоду з донором не підписано); червоний – скасовано"); a second VISIBLE sheet "Версія 15.06 –
   не враховувати" holding the superseded table (older amounts, the cancelled project still green), its first line
   saying not to use it (not counted); TRAILING SPACES in header and value cells ("Валюта ", "EUR ", "ЄС "), amounts as
   text with NO-BREAK SPACES as thousands and a trailing space ("1 800 000 "); donors in official style ("Уряд
   Сполученого Королівства", "Королівство Нідерландів"). 6 projects: EU ILLEGAL_MIGRATION, UK TRAFFICKING (2020-21),
   Japan ILLEGAL_MIGRATION, Canada BORDER_CROSSING (yellow: pipeline), Netherlands BORDER_SECURITY (red: cancelled),
   USA COVID19 (2020 only, 0).
3. `ДПСУ_інформація_щодо_проєктів_МТД_на_лист_МВС_1245-02.xlsx` (State Border Guard Service, Ukrainian). "Вартість,
   EUR" and "Вартість, грн" BOTH FILLED on every row (one an equivalent at the NBU rate of the signing date) and a
   column "Валюта договору" (EUR or грн) saying which is the contract's: the note under the title says so; two
   projects are UAH contracts (a Canadian grant to a Ukrainian NGO, a Swiss works contract); the donor column names
   the CHANNEL FIRST and the donor after it ("МОМ (кошти ЄС)", "ICMPD / фінансування ЄС", "ГО «Ла Страда-Україна»
   (грант Уряду Канади)", "Швейцарське бюро співробітництва (договір підряду з ТОВ «Буд-Захід»)"); beneficiaries as
   regional directorates ("Азово-Чорноморське РУ ДПСУ", "Західне РУ"); dates as text with Excel's quote prefix and
   two with a LITERAL leading apostrophe ("'15.03.2021") pasted from the document system; "заплановано (проєкт на
   погодженні в донора)" (pipeline). 6 projects: EU BORDER_SECURITY, EU BORDER_CROSSING, Canada TRAFFICKING (UAH),
   Poland BORDER_SECURITY (pipeline, 2022: 0), Switzerland ILLEGAL_MIGRATION (UAH), Lithuania COVID19.
4. `ОБСЕ_КПУ_проекты_в_интересах_МВД_01.10.2021.xlsx` (OSCE Project Co-ordinator, Russian). One "Бюджет" column with
   the currency in Russian WORDS in the cell ("420 тыс. евро", "1,2 млн канадских долларов", "350 тыс. долларов
   США", "480 000 швейцарских франков"); "Источник финансирования" distinguishing the OSCE's own "Сводный бюджет ОБСЕ"
   (partner OSCE) from extra-budgetary projects "Внебюджетный проект; финансируется Министерством иностранных дел
   Германии" (partner the country); a "Контактное лицо (ФИО, тел., e-mail)" column with PHONE NUMBERS and e-mails;
   "январь – декабрь 2021 г."; "отменен (...)" (cancelled), "на согласовании с донором" (pipeline). 5 projects:
   Germany TRAFFICKING, Canada DOMESTIC_VIOLENCE, OSCE OTHER, USA OTHER (cancelled), Switzerland DRUGS (pipeline).
5. `НПУ_УМС_відомості_про_проєкти_МТД_III_квартал_2021.xlsx` (National Police, Ukrainian). A THREE-LEVEL merged
   header: "Фінансування" over "загальна вартість" | "у т.ч. у 2021 році", each over "сума | валюта" (and "Строк
   реалізації" over "початок | закінчення" on the lower two rows); the 2021 column holds a number, the WORDS "в
   повному обсязі" (the whole cost falls in 2021: the note says so), "—" (nothing in 2021) or is blank (no split in the
   agreement: by days); beneficiaries as police abbreviations ("ГУНП в Харківській обл.", "ДПН", "ДКП", "ДПП");
   "на етапі підписання угоди" (pipeline). 6 projects: Canada COMMUNITY_POLICING (2021 given), EU CUSTODY ("в повному
   обсязі"), France DRUGS, Netherlands DOMESTIC_VIOLENCE (2019-20, "—"), UK TRAFFICKING, Japan OTHER (pipeline).
6. `GIZ_Ukraine_MIA_projects_overview_15Nov2021.xlsx` (GIZ, English). "PN" project numbers that LOOK LIKE DECIMALS
   ("2019.2106.7", "n/a (offer)"); "Commissioning party" as ACRONYMS with a KEY under the table ("AA", "BMZ", "BMI" =
   German ministries -> Germany; "EU" = delegated cooperation -> EU; "SDC" -> Switzerland); "Budget (EUR m)" in
   millions with decimals (3.5, 0.85); "Term" as "01.2020 – 12.2022"; GIZ statuses "in implementation", "final
   phase", "completed", "offer stage – commission expected Q1 2022" (pipeline). 5 projects: Germany
   COMMUNITY_POLICING, EU ILLEGAL_MIGRATION, Germany COVID19, Germany OTHER (2018-20: 0), Switzerland BORDER_CROSSING
   (pipeline, 2022-24: 0).
7. `ICMPD_Ukraine_MIA_projects_2021-10-20.csv` (ICMPD, English, UTF-8, semicolons, three metadata lines). NO START
   DATE: "End date" and "Duration (months)" only (the metadata says a project runs that many full calendar months up
   to and including its end date); "Total budget (EUR)" beside "Donor share (%)" (90%, 85%: the remainder is the
   beneficiary's in-kind contribution, not money, as the metadata says: the donor's money is the total x the share);
   statuses "Inception phase", "Implementation", "Closed", "Awaiting Grant Agreement signature" (pipeline),
   "Withdrawn by donor (...)" (cancelled). 6 projects: EU BORDER_SECURITY (90%), Poland BORDER_CROSSING, Netherlands
   ILLEGAL_MIGRATION (85%), Switzerland TRAFFICKING (2019-20: 0), Denmark ILLEGAL_MIGRATION (pipeline, 2022-23: 0),
   Germany BORDER_SECURITY (cancelled).
8. `CoE_Office_Ukraine_MIA_projects_2021.xlsx` (Council of Europe, English / Ukrainian). Header cells in both
   languages; agency SECTION ROWS merged across ("NATIONAL POLICE / НАЦІОНАЛЬНА ПОЛІЦІЯ"); a "Budget by year"
   column with the YEARS IN ONE CELL ("2021: 400 000; 2022: 600 000", a 2021 figure taken as is) or blank (not yet
   agreed: by days, as the note says); "Funding" distinguishing "CoE ordinary budget" (partner Council of Europe) from
   "Voluntary contribution of Norway" (the country); "24 months from signature (signed 01.04.2021)"; "Planned –
   awaiting funding confirmation" (pipeline). 6 projects: Norway CUSTODY (2021 given), Council of Europe
   DOMESTIC_VIOLENCE (24 months from signature), Switzerland TRAFFICKING (2021 given), Denmark ILLEGAL_MIGRATION,
   Lithuania OTHER (pipeline, 2022-23: 0), Council of Europe OTHER (2019-20: 0).

46 projects, one line each in expected.csv, every title distinct.

Usage: python set_ah.py OUT_DIR  -> OUT_DIR/raw/<partner files>, OUT_DIR/expected.csv
Convention (as set AF): a given 2021 figure is taken as is; otherwise total x days in 2021 / days of the project
(both ends included); a month runs first to last day; "N months from" a date ends the day before the same date N
months later; N months up to an end date are the N full calendar months ending with it; outside 2021 -> 0;
cancelled / terminated / withdrawn -> 0 with status cancelled; planned / pipeline / hard pipeline / offer stage /
awaiting signature / not signed -> status pipeline, 2021 amount computed the same way; completed and closed projects
are funded. Amounts in the project's own currency (the agreement's or the contract's, never an "equivalent"), after
units ("тыс." x 1000, "млн" x 1 000 000, "EUR m" x 1 000 000) and after a donor share in percent. The partner is the
donor who pays, named as in partners.csv (an implementer's own budget -> the implementer). Day counts were checked
with a separate datetime script (check_days.py).
"""

import csv
import sys
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill

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


def widths(ws, spec):
    for col, w in spec.items():
        ws.column_dimensions[col].width = w


def put_row(ws, r, vals, start_col=1, bold=False):
    for c, v in enumerate(vals, start_col):
        if v is None:
            continue
        cell = ws.cell(row=r, column=c, value=v)
        cell.alignment = WRAP
        if bold:
            cell.font = BOLD


# ---------------------------------------------------------------------------------------------------------------
# 1. UNDP portfolio: donor only in the description, agreement currency + USD equivalent, labelled dates in one cell
# ---------------------------------------------------------------------------------------------------------------
def file1(raw: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "MIA portfolio"
    ws["A1"] = "United Nations Development Programme (UNDP) in Ukraine"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = (
        "Democratic Governance – Rule of Law and Security portfolio: projects with MIA agencies (as of 30 September 2021)"
    )
    ws["A3"] = (
        "Contributions are stated in the currency of the donor agreement. The USD column is an indicative equivalent "
        "at the UN operational rate of exchange (September 2021), for information only."
    )
    header = [
        "Atlas Award ID",
        "Project title",
        "Description",
        "MIA partner",
        "Dates",
        "Contribution (agreement currency)",
        "USD equivalent (UNORE)",
        "Status",
    ]
    put_row(ws, 5, header, bold=True)
    t1 = "Community policing and safer hromadas in Donetsk and Luhansk oblasts"
    t2 = "Rapid response to COVID-19: PPE and oxygen concentrators for the National Police and State Emergency Service"
    t3 = "Strengthening the State Emergency Service's capacity for humanitarian demining in eastern Ukraine"
    t4 = "Custody records and video recording in temporary detention facilities of the National Police"
    t5 = "Mobile response teams of the National Police to domestic and gender-based violence in Zaporizhzhia oblast"
    t6 = "Countering illicit drug trafficking: analytical and field-testing capacity of National Police counter-narcotics units"
    rows = [
        (
            "00121734",
            t1,
            (
                "Joint work of community police officers and hromada councils on local safety plans in 24 hromadas. "
                "Funded by the Government of Denmark."
            ),
            "NPU",
            "Start: 01 Mar 2021\nEnd: 28 Feb 2023",
            "DKK 15,000,000",
            "2,390,000",
            "Ongoing",
        ),
        (
            "00118240",
            t2,
            (
                "With financial support of the Government of Japan. Emergency procurement of personal protective "
                "equipment and oxygen concentrators for MIA medical units; handed over in May 2021."
            ),
            "NPU, SESU",
            "Start: 15 Jun 2020\nEnd: 31 May 2021",
            "JPY 330,000,000",
            "3,010,000",
            "Operationally closed",
        ),
        (
            "00124415",
            t3,
            (
                "Training of SESU pyrotechnic units and supply of mine detectors. The project is funded by the European "
                "Union."
            ),
            "SESU",
            "Start: 01 Jul 2021\nEnd: 30 Jun 2024",
            "EUR 4,500,000",
            "5,310,000",
            "Ongoing",
        ),
        (
            "00119902",
            t4,
            (
                "Roll-out of the electronic custody records system in 30 temporary detention facilities. "
                "Funding: United Kingdom (Conflict, Stability and Security Fund)."
            ),
            "NPU",
            "Start: 01 Oct 2020\nEnd: 31 Mar 2022",
            "GBP 1,200,000",
            "1,650,000",
            "Ongoing",
        ),
        (
            "00126031",
            t5,
            (
                "Scaling up the police mobile response teams and referral to shelters. Funding from Sweden (Sida) is "
                "expected; the agreement is under negotiation."
            ),
            "NPU",
            "Start: 01 Nov 2021\nEnd: 31 Oct 2023",
            "SEK 18,000,000",
            "2,080,000",
            "Hard pipeline",
        ),
        (
            "00113377",
            t6,
            (
                "Donor: Government of Canada. The donor agreement was terminated in April 2021 and the unspent balance "
                "returned to the donor."
            ),
            "NPU",
            "Start: 01 Sep 2020\nEnd: 31 Aug 2022",
            "CAD 2,000,000",
            "1,580,000",
            "Terminated",
        ),
    ]
    for r, row in enumerate(rows, 6):
        put_row(ws, r, row)
        ws.cell(row=r, column=1).number_format = "@"
    widths(ws, {"A": 14, "B": 60, "C": 70, "D": 12, "E": 22, "F": 22, "G": 18, "H": 20})
    ws.freeze_panes = "C6"
    wb.save(raw / "UNDP_Ukraine_RoLS_portfolio_MIA_partners_30.09.2021.xlsx")

    exp(
        t1, "Denmark", "COMMUNITY_POLICING", "funded", "DKK", round(15_000_000 * 306 / 730, 2)
    )  # 01.03.21-28.02.23
    exp(
        t2, "Japan", "COVID19", "funded", "JPY", round(330_000_000 * 151 / 351, 2)
    )  # 15.06.20-31.05.21, closed
    exp(t3, "EU", "OTHER", "funded", "EUR", round(4_500_000 * 184 / 1096, 2))  # 01.07.21-30.06.24 (2024 leap)
    exp(t4, "UK", "CUSTODY", "funded", "GBP", round(1_200_000 * 365 / 547, 2))  # 01.10.20-31.03.22
    exp(
        t5, "Sweden", "DOMESTIC_VIOLENCE", "pipeline", "SEK", round(18_000_000 * 61 / 730, 2)
    )  # 01.11.21-31.10.23
    exp(t6, "Canada", "DRUGS", "cancelled", "CAD", 0)  # terminated


# ---------------------------------------------------------------------------------------------------------------
# 2. IOM: status by row colour only (legend), a visible superseded sheet, trailing spaces and no-break spaces
# ---------------------------------------------------------------------------------------------------------------
GREEN = PatternFill(fill_type="solid", start_color="C6EFCE", end_color="C6EFCE")
GREY = PatternFill(fill_type="solid", start_color="D9D9D9", end_color="D9D9D9")
YELLOW = PatternFill(fill_type="solid", start_color="FFEB9C", end_color="FFEB9C")
RED = PatternFill(fill_type="solid", start_color="FFC7CE", end_color="FFC7CE")
NB = "\u00a0"


def iom_sheet(ws, title_lines, rows, fills):
    for i, line in enumerate(title_lines, 1):
        ws.cell(row=i, column=1, value=line)
    ws["A1"].font = Font(bold=True, size=12)
    # legend with swatches
    ws["B4"] = "Умовні позначення (колір рядка):"
    for r, (fill, text) in enumerate(
        [
            (GREEN, "зелений – реалізується"),
            (GREY, "сірий – завершено"),
            (YELLOW, "жовтий – у розробці (угоду з донором не підписано)"),
            (RED, "червоний – скасовано"),
        ],
        5,
    ):
        ws.cell(row=r, column=1).fill = fill
        ws.cell(row=r, column=2, value=text)
    header = [
        "№ ",
        "Назва проєкту ",
        "Донор",
        "Бенефіціар ",
        "Період реалізації",
        f"Бюджет{NB}",
        "Валюта ",
        "Примітки",
    ]
    put_row(ws, 10, header, bold=True)
    for r, (row, fill) in enumerate(zip(rows, fills), 11):
        put_row(ws, r, row)
        for c in range(1, len(header) + 1):
            ws.cell(row=r, column=c).fill = fill
        ws.cell(row=r, column=6).number_format = "@"
    widths(ws, {"A": 6, "B": 70, "C": 30, "D": 16, "E": 26, "F": 16, "G": 8, "H": 36})


def file2(raw: Path) -> None:
    t1 = "Удосконалення процедур реадмісії та добровільного повернення іноземців, які незаконно перебувають в Україні"
    t2 = "Виявлення постраждалих від торгівлі людьми серед внутрішньо переміщених осіб і трудових мігрантів"
    t3 = "Облаштування пунктів тимчасового перебування іноземців ДМС у Чернігівській і Волинській областях"
    t4 = "Скорочення черг і часу оформлення пасажирів у пунктах пропуску на кордоні з Польщею"
    t5 = "Посилення охорони зеленої ділянки кордону з Молдовою: тепловізори та патрульні автомобілі"
    t6 = "Засоби індивідуального захисту та дезінфекції для територіальних органів ДМС (протидія COVID-19)"

    def amt(s):
        return s.replace(" ", NB) + " "

    rows = [
        (
            "1",
            t1 + " ",
            "Європейський Союз ",
            "ДМС",
            "01.01.2021 – 31.12.2022 ",
            amt("1 800 000"),
            "EUR ",
            "звіт за I півріччя надано",
        ),
        (
            "2",
            t2,
            "Уряд Сполученого Королівства",
            "НПУ, ДМС ",
            "01.04.2020 – 31.03.2021",
            amt("650 000"),
            "GBP",
            "фінальний звіт – травень 2021 ",
        ),
        ("3", t3 + " ", "Уряд Японії ", "ДМС ", "01.02.2021 – 31.01.2022 ", amt("95 000 000"), "JPY ", ""),
        ("4", t4, "Уряд Канади", "ДПСУ", "01.10.2021 – 30.09.2023", amt("1 200 000"), "CAD", ""),
        (
            "5",
            t5 + " ",
            "Королівство Нідерландів ",
            "ДПСУ ",
            "01.06.2021 – 31.05.2022",
            amt("900 000"),
            "EUR",
            "",
        ),
        (
            "6",
            t6,
            "Уряд США ",
            "ДМС",
            "01.05.2020 – 31.12.2020 ",
            amt("400 000"),
            "USD ",
            "обладнання передано",
        ),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Проєкти (30.09.2021)"
    iom_sheet(
        ws,
        [
            "Представництво Міжнародної організації з міграції (МОМ) в Україні ",
            "Проєкти МОМ, бенефіціарами яких є органи системи МВС (станом на 30.09.2021) ",
            "Бюджет – загальний бюджет проєкту за угодою з донором, у валюті угоди.",
        ],
        rows,
        [GREEN, GREY, GREEN, YELLOW, RED, GREY],
    )
    # the superseded version, left visible
    old = wb.create_sheet("Версія 15.06 – не враховувати")
    old_rows = [
        ("1", t1, "Європейський Союз", "ДМС", "01.01.2021 – 31.12.2022", amt("1 500 000"), "EUR", ""),
        (
            "2",
            t2,
            "Уряд Сполученого Королівства",
            "НПУ, ДМС",
            "01.04.2020 – 31.03.2021",
            amt("650 000"),
            "GBP",
            "",
        ),
        ("3", t3, "Уряд Японії", "ДМС", "01.02.2021 – 31.01.2022", amt("90 000 000"), "JPY", ""),
        ("4", t4, "Уряд Канади", "ДПСУ", "01.10.2021 – 30.09.2023", amt("1 000 000"), "CAD", ""),
        ("5", t5, "Королівство Нідерландів", "ДПСУ", "01.06.2021 – 31.05.2022", amt("900 000"), "EUR", ""),
        ("6", t6, "Уряд США", "ДМС", "01.05.2020 – 31.12.2020", amt("400 000"), "USD", ""),
    ]
    iom_sheet(
        old,
        [
            "ПОПЕРЕДНЯ ВЕРСІЯ від 15.06.2021 – НЕ ВРАХОВУВАТИ (актуальні дані – на аркуші «Проєкти (30.09.2021)»)",
            "Проєкти МОМ, бенефіціарами яких є органи системи МВС (станом на 15.06.2021)",
            "Бюджет – загальний бюджет проєкту за угодою з донором, у валюті угоди.",
        ],
        old_rows,
        [GREEN, GREY, GREEN, YELLOW, GREEN, GREY],
    )
    wb.save(raw / "МОМ_проєкти_з_органами_МВС_30.09.2021.xlsx")

    exp(t1, "EU", "ILLEGAL_MIGRATION", "funded", "EUR", round(1_800_000 * 365 / 730, 2))  # green, 2021-2022
    exp(t2, "UK", "TRAFFICKING", "funded", "GBP", round(650_000 * 90 / 365, 2))  # grey, 01.04.20-31.03.21
    exp(
        t3, "Japan", "ILLEGAL_MIGRATION", "funded", "JPY", round(95_000_000 * 334 / 365, 2)
    )  # green, 01.02.21-31.01.22
    exp(
        t4, "Canada", "BORDER_CROSSING", "pipeline", "CAD", round(1_200_000 * 92 / 730, 2)
    )  # yellow, 01.10.21-30.09.23
    exp(t5, "Netherlands", "BORDER_SECURITY", "cancelled", "EUR", 0)  # red
    exp(t6, "USA", "COVID19", "funded", "USD", 0)  # grey, 2020 only


# ---------------------------------------------------------------------------------------------------------------
# 3. Border guard: EUR and UAH both filled + contract currency, channel first in the donor cell, apostrophes
# ---------------------------------------------------------------------------------------------------------------
def file3(raw: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "МТД"
    ws["A1"] = "Адміністрація Державної прикордонної служби України"
    ws["A2"] = (
        "Інформація щодо проєктів міжнародної технічної допомоги (на лист МВС від 04.10.2021 № 1245/02)"
    )
    ws["A3"] = (
        "Вартість наведено в євро та в гривнях (одна з сум – еквівалент за курсом НБУ на дату підписання); валюта, "
        "в якій укладено договір (угоду), зазначена у графі «Валюта договору»."
    )
    header = [
        "№ з/п",
        "Назва проєкту",
        "Донор / виконавець",
        "Отримувач (підрозділ ДПСУ)",
        "Дата початку",
        "Дата завершення",
        "Вартість, EUR",
        "Вартість, грн",
        "Валюта договору",
        "Стан",
    ]
    put_row(ws, 5, header, bold=True)
    t1 = "Посилення охорони морської ділянки кордону в Азовському морі: патрульні катери"
    t2 = "Автоматизована система обліку пасажиропотоку в пунктах пропуску «Шегині» та «Краківець»"
    t3 = "Навчання прикордонників виявленню постраждалих від торгівлі людьми"
    t4 = "Встановлення систем відеоспостереження на ділянці кордону з Білоруссю"
    t5 = "Облаштування пункту тимчасового перебування незаконних мігрантів при Чопському прикордонному загоні"
    t6 = "Засоби індивідуального захисту та дезінфекції для персоналу ДПСУ в умовах пандемії COVID-19"
    rows = [
        (
            "1",
            t1,
            "МОМ (кошти ЄС)",
            "Азово-Чорноморське РУ ДПСУ",
            "01.03.2021",
            "31.08.2022",
            3_200_000,
            104_000_000,
            "EUR",
            "реалізується",
        ),
        (
            "2",
            t2,
            "ICMPD / фінансування ЄС",
            "Західне РУ ДПСУ",
            "01.07.2020",
            "30.06.2022",
            1_500_000,
            49_350_000,
            "EUR",
            "реалізується",
        ),
        (
            "3",
            t3,
            "ГО «Ла Страда-Україна» (грант Уряду Канади)",
            "Навчальний центр ДПСУ",
            "'15.03.2021",
            "'14.03.2022",
            61_538,
            2_000_000,
            "грн",
            "реалізується",
        ),
        (
            "4",
            t4,
            "Польська агенція співробітництва (Polish Aid)",
            "Північне РУ ДПСУ",
            "01.01.2022",
            "31.12.2022",
            400_000,
            12_800_000,
            "EUR",
            "заплановано (проєкт на погодженні в донора)",
        ),
        (
            "5",
            t5,
            "Швейцарське бюро співробітництва (договір підряду з ТОВ «Буд-Захід»)",
            "Західне РУ ДПСУ (Чопський ПЗ)",
            "01.05.2021",
            "31.12.2021",
            200_000,
            6_500_000,
            "грн",
            "виконано",
        ),
        (
            "6",
            t6,
            "Уряд Литовської Республіки (через Держприкордонслужбу Литви)",
            "Адміністрація ДПСУ",
            "01.10.2020",
            "31.03.2021",
            150_000,
            5_040_000,
            "EUR",
            "завершено",
        ),
    ]
    for r, row in enumerate(rows, 6):
        put_row(ws, r, row)
        for c in (5, 6):
            cell = ws.cell(row=r, column=c)
            cell.number_format = "@"
            if not str(cell.value).startswith("'"):
                cell.quotePrefix = True  # typed as '01.03.2021 in Excel
        for c in (7, 8):
            ws.cell(row=r, column=c).number_format = "#,##0"
    ws["A13"] = "Виконавець: ст. офіцер відділу міжнародного співробітництва, тел. 527-63-14"
    widths(ws, {"A": 6, "B": 62, "C": 40, "D": 26, "E": 13, "F": 15, "G": 14, "H": 16, "I": 10, "J": 30})
    wb.save(raw / "ДПСУ_інформація_щодо_проєктів_МТД_на_лист_МВС_1245-02.xlsx")

    exp(t1, "EU", "BORDER_SECURITY", "funded", "EUR", round(3_200_000 * 306 / 549, 2))  # 01.03.21-31.08.22
    exp(t2, "EU", "BORDER_CROSSING", "funded", "EUR", round(1_500_000 * 365 / 730, 2))  # 01.07.20-30.06.22
    exp(
        t3, "Canada", "TRAFFICKING", "funded", "UAH", round(2_000_000 * 292 / 365, 2)
    )  # UAH contract, 15.03.21-14.03.22
    exp(t4, "Poland", "BORDER_SECURITY", "pipeline", "EUR", 0)  # 2022 only
    exp(
        t5, "Switzerland", "ILLEGAL_MIGRATION", "funded", "UAH", round(6_500_000 * 245 / 245, 2)
    )  # UAH contract, all 2021
    exp(t6, "Lithuania", "COVID19", "funded", "EUR", round(150_000 * 90 / 182, 2))  # 01.10.20-31.03.21


# ---------------------------------------------------------------------------------------------------------------
# 4. OSCE (Russian): currency words in the cell, own budget vs extra-budgetary, phones in a contact column
# ---------------------------------------------------------------------------------------------------------------
def file4(raw: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Проекты"
    ws["A1"] = "Координатор проектов ОБСЕ в Украине"
    ws["A2"] = (
        "Проекты, реализуемые в интересах МВД Украины и органов системы МВД (по состоянию на 01.10.2021)"
    )
    ws["A3"] = "Бюджет – общий бюджет проекта за весь период реализации."
    header = [
        "№ п/п",
        "Название проекта ",
        "Источник финансирования",
        "Получатель",
        "Сроки реализации",
        "Бюджет ",
        "Статус",
        "Контактное лицо (ФИО, тел., e-mail)",
    ]
    put_row(ws, 5, header, bold=True)
    t1 = "Противодействие торговле людьми: подготовка следователей и прокуроров по делам о торговле людьми"
    t2 = "Реагирование полиции на домашнее насилие: мобильные группы в Донецкой и Луганской областях"
    t3 = "Подготовка пиротехнических подразделений ГСЧС по гуманитарному разминированию"
    t4 = "Обеспечение общественного порядка Национальной гвардией во время мирных собраний: тренинги по правам человека"
    t5 = "Противодействие распространению наркотиков среди молодежи: программа ювенальной превенции Национальной полиции"
    rows = [
        (
            "1",
            t1,
            "Внебюджетный проект; финансируется Министерством иностранных дел Германии",
            "НПУ",
            "01.02.2021 – 31.01.2023",
            "420 тыс. евро",
            "реализуется",
            "Коваленко Ирина, +380 44 492 03 82, iryna.kovalenko@osce.org",
        ),
        (
            "2",
            t2,
            "Внебюджетный проект; Правительство Канады",
            "НПУ (ГУНП в Донецкой и Луганской обл.)",
            "01.07.2020 – 30.06.2022",
            "1,2 млн канадских долларов",
            "реализуется",
            "Мельник Андрей, +380 67 215 40 19",
        ),
        (
            "3",
            t3,
            "Сводный бюджет ОБСЕ",
            "ГСЧС",
            "январь – декабрь 2021 г.",
            "350 тыс. евро",
            "реализуется",
            "Шевчук Олег, +380 44 492 03 90, oleh.shevchuk@osce.org",
        ),
        (
            "4",
            t4,
            "Внебюджетный проект; Правительство США",
            "НГУ",
            "01.04.2021 – 31.03.2022",
            "350 тыс. долларов США",
            "отменен (средства перераспределены донором, письмо от 12.03.2021)",
            "Мельник Андрей, +380 67 215 40 19",
        ),
        (
            "5",
            t5,
            "Внебюджетный проект; Швейцарская Конфедерация",
            "НПУ",
            "01.11.2021 – 31.10.2023",
            "480 000 швейцарских франков",
            "на согласовании с донором",
            "Коваленко Ирина, +380 44 492 03 82",
        ),
    ]
    for r, row in enumerate(rows, 6):
        put_row(ws, r, row)
    widths(ws, {"A": 6, "B": 62, "C": 40, "D": 24, "E": 24, "F": 26, "G": 34, "H": 40})
    wb.save(raw / "ОБСЕ_КПУ_проекты_в_интересах_МВД_01.10.2021.xlsx")

    exp(t1, "Germany", "TRAFFICKING", "funded", "EUR", round(420_000 * 334 / 730, 2))  # 01.02.21-31.01.23
    exp(
        t2, "Canada", "DOMESTIC_VIOLENCE", "funded", "CAD", round(1_200_000 * 365 / 730, 2)
    )  # 01.07.20-30.06.22
    exp(t3, "OSCE", "OTHER", "funded", "EUR", round(350_000 * 365 / 365, 2))  # all 2021, OSCE's own budget
    exp(t4, "USA", "OTHER", "cancelled", "USD", 0)
    exp(t5, "Switzerland", "DRUGS", "pipeline", "CHF", round(480_000 * 61 / 730, 2))  # 01.11.21-31.10.23


# ---------------------------------------------------------------------------------------------------------------
# 5. National Police: three-level merged header, words in the 2021 column, police abbreviations
# ---------------------------------------------------------------------------------------------------------------
def file5(raw: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "III кв. 2021"
    ws["A1"] = "Національна поліція України – Управління міжнародного співробітництва"
    ws["A2"] = "Відомості про проєкти міжнародної технічної допомоги за III квартал 2021 року"
    ws["A3"] = (
        "У графі «у т.ч. у 2021 році» зазначено суму, передбачену угодою на 2021 рік; «в повному обсязі» – уся "
        "вартість проєкту припадає на 2021 рік; «—» – у 2021 році коштів не передбачено; графу не заповнено, якщо "
        "угода не містить розподілу за роками."
    )
    # header rows 5-7
    for col, text in (
        (1, "№ з/п"),
        (2, "Назва проєкту"),
        (3, "Донор"),
        (4, "Виконавець"),
        (5, "Отримувач"),
        (12, "Стан"),
    ):
        ws.cell(row=5, column=col, value=text)
        ws.merge_cells(start_row=5, start_column=col, end_row=7, end_column=col)
    ws.cell(row=5, column=6, value="Строк реалізації")
    ws.merge_cells(start_row=5, start_column=6, end_row=6, end_column=7)
    ws.cell(row=7, column=6, value="початок")
    ws.cell(row=7, column=7, value="закінчення")
    ws.cell(row=5, column=8, value="Фінансування")
    ws.merge_cells(start_row=5, start_column=8, end_row=5, end_column=11)
    ws.cell(row=6, column=8, value="загальна вартість")
    ws.merge_cells(start_row=6, start_column=8, end_row=6, end_column=9)
    ws.cell(row=6, column=10, value="у т.ч. у 2021 році")
    ws.merge_cells(start_row=6, start_column=10, end_row=6, end_column=11)
    for col, text in ((8, "сума"), (9, "валюта"), (10, "сума"), (11, "валюта")):
        ws.cell(row=7, column=col, value=text)
    for r in (5, 6, 7):
        for c in range(1, 13):
            ws.cell(row=r, column=c).font = BOLD
            ws.cell(row=r, column=c).alignment = Alignment(
                wrap_text=True, horizontal="center", vertical="center"
            )
    t1 = "Розбудова мережі поліцейських офіцерів громад у Харківській області"
    t2 = "Запровадження системи «Custody Records» в ізоляторах тимчасового тримання ГУНП у Львівській та Волинській областях"
    t3 = "Протидія незаконному обігу наркотиків через мережу Інтернет: підготовка підрозділів протидії наркозлочинності"
    t4 = "Мобільні групи реагування на домашнє насильство: транспорт і навчання для ГУНП в Одеській області"
    t5 = "Посилення спроможності поліції у виявленні злочинів торгівлі людьми з метою трудової експлуатації"
    t6 = "Придбання нагрудних камер для патрульної поліції"
    rows = [
        (
            "1",
            t1,
            "Уряд Канади",
            "Канадська поліцейська місія",
            "ГУНП в Харківській обл.",
            "01.01.2021",
            "31.12.2023",
            2_400_000,
            "CAD",
            700_000,
            "CAD",
            "реалізується",
        ),
        (
            "2",
            t2,
            "Європейський Союз",
            "Рада Європи",
            "ГУНП у Львівській обл., ГУНП у Волинській обл.",
            "01.04.2021",
            "30.09.2021",
            380_000,
            "EUR",
            "в повному обсязі",
            "EUR",
            "завершено",
        ),
        (
            "3",
            t3,
            "Посольство Франції в Україні",
            "УНП ООН",
            "ДПН",
            "01.09.2021",
            "31.08.2022",
            250_000,
            "EUR",
            None,
            None,
            "реалізується",
        ),
        (
            "4",
            t4,
            "Королівство Нідерландів",
            "ЮНФПА",
            "ГУНП в Одеській обл.",
            "01.07.2019",
            "30.06.2020",
            500_000,
            "EUR",
            "—",
            None,
            "завершено",
        ),
        (
            "5",
            t5,
            "Уряд Великої Британії",
            "МОМ",
            "ДКП",
            "01.02.2021",
            "31.01.2022",
            300_000,
            "GBP",
            None,
            None,
            "реалізується",
        ),
        (
            "6",
            t6,
            "Уряд Японії",
            "ПРООН",
            "ДПП",
            "01.12.2021",
            "30.11.2022",
            60_000_000,
            "JPY",
            None,
            None,
            "на етапі підписання угоди",
        ),
    ]
    for r, row in enumerate(rows, 8):
        put_row(ws, r, row)
        for c in (8, 10):
            if isinstance(ws.cell(row=r, column=c).value, int):
                ws.cell(row=r, column=c).number_format = "#,##0"
    ws["B15"] = "Начальник УМС НПУ                                   (підпис)"
    widths(
        ws,
        {
            "A": 6,
            "B": 60,
            "C": 26,
            "D": 24,
            "E": 28,
            "F": 12,
            "G": 12,
            "H": 14,
            "I": 8,
            "J": 18,
            "K": 8,
            "L": 26,
        },
    )
    wb.save(raw / "НПУ_УМС_відомості_про_проєкти_МТД_III_квартал_2021.xlsx")

    exp(t1, "Canada", "COMMUNITY_POLICING", "funded", "CAD", 700_000)  # given for 2021
    exp(
        t2, "EU", "CUSTODY", "funded", "EUR", 380_000
    )  # "в повному обсязі" = all of it in 2021 (01.04-30.09.2021)
    exp(t3, "France", "DRUGS", "funded", "EUR", round(250_000 * 122 / 365, 2))  # 01.09.21-31.08.22
    exp(t4, "Netherlands", "DOMESTIC_VIOLENCE", "funded", "EUR", 0)  # 2019-2020, "—"
    exp(t5, "UK", "TRAFFICKING", "funded", "GBP", round(300_000 * 334 / 365, 2))  # 01.02.21-31.01.22
    exp(t6, "Japan", "OTHER", "pipeline", "JPY", round(60_000_000 * 31 / 365, 2))  # 01.12.21-30.11.22


# ---------------------------------------------------------------------------------------------------------------
# 6. GIZ: PN numbers like decimals, commissioning-party acronyms with a key, EUR millions
# ---------------------------------------------------------------------------------------------------------------
def file6(raw: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Overview"
    ws["A1"] = "Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ) GmbH – Ukraine"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Overview of GIZ projects with partners in the MIA system (status: 15 November 2021)"
    ws["A3"] = "Budget = commissioned volume for the whole term."
    header = [
        "PN",
        "Project",
        "Commissioning party",
        "Partner (MIA system)",
        "Term",
        "Budget (EUR m)",
        "Status",
        "Comment",
    ]
    put_row(ws, 5, header, bold=True)
    t1 = "Community policing and public safety in eastern Ukraine"
    t2 = "Migration management: readmission and return of irregular migrants with the State Migration Service"
    t3 = "COVID-19 emergency support: protective equipment for MIA service centres and the National Guard"
    t4 = "Training of fire and rescue instructors of the State Emergency Service"
    t5 = "Modernisation of passenger processing at border crossing points on the Hungarian and Slovak borders"
    rows = [
        (
            "2019.2106.7",
            t1,
            "AA",
            "NPU",
            "01.2020 – 12.2022",
            3.5,
            "in implementation",
            "second phase under discussion",
        ),
        ("2020.2254.3", t2, "EU", "SMS", "07.2020 – 06.2023", 4.2, "in implementation", ""),
        (
            "2021.2030.1",
            t3,
            "BMZ",
            "MIA; NGU",
            "04.2021 – 12.2021",
            0.85,
            "final phase",
            "handover protocols signed",
        ),
        ("2018.2165.9", t4, "BMI", "SESU", "03.2018 – 12.2020", 1.6, "completed", "final report submitted"),
        (
            "n/a (offer)",
            t5,
            "SDC",
            "SBGS",
            "01.2022 – 12.2024",
            2.0,
            "offer stage – commission expected Q1 2022",
            "",
        ),
    ]
    for r, row in enumerate(rows, 6):
        put_row(ws, r, row)
        ws.cell(row=r, column=1).number_format = "@"
        ws.cell(row=r, column=6).number_format = "0.00"
    ws["A12"] = "Commissioning parties:"
    ws["A13"] = (
        "AA = German Federal Foreign Office; BMZ = German Federal Ministry for Economic Cooperation and Development;"
    )
    ws["A14"] = (
        "BMI = German Federal Ministry of the Interior, Building and Community; EU = European Union (delegated cooperation: EU funds implemented by GIZ);"
    )
    ws["A15"] = "SDC = Swiss Agency for Development and Cooperation."
    widths(ws, {"A": 14, "B": 70, "C": 12, "D": 14, "E": 20, "F": 12, "G": 30, "H": 30})
    wb.save(raw / "GIZ_Ukraine_MIA_projects_overview_15Nov2021.xlsx")

    exp(
        t1, "Germany", "COMMUNITY_POLICING", "funded", "EUR", round(3_500_000 * 365 / 1096, 2)
    )  # 01.01.20-31.12.22
    exp(t2, "EU", "ILLEGAL_MIGRATION", "funded", "EUR", round(4_200_000 * 365 / 1095, 2))  # 01.07.20-30.06.23
    exp(t3, "Germany", "COVID19", "funded", "EUR", round(850_000 * 275 / 275, 2))  # 04.2021-12.2021
    exp(t4, "Germany", "OTHER", "funded", "EUR", 0)  # 2018-2020
    exp(t5, "Switzerland", "BORDER_CROSSING", "pipeline", "EUR", 0)  # 2022-2024


# ---------------------------------------------------------------------------------------------------------------
# 7. ICMPD CSV: end date + duration, donor share in percent
# ---------------------------------------------------------------------------------------------------------------
def file7(raw: Path) -> None:
    t1 = "Strengthening integrated border management at the Ukraine–Moldova border: surveillance and patrol capacities"
    t2 = "Border crossing facilitation: automated passport control and e-queue at Ukraine–Poland crossing points"
    t3 = "Return counselling and assisted voluntary return of irregular migrants from Ukraine"
    t4 = "Anti-trafficking: joint investigation teams of the National Police and SBGS against trafficking in human beings"
    t5 = "Risk analysis of irregular migration flows: analytical unit of the State Migration Service"
    t6 = "Mobile border surveillance units on the Ukraine–Belarus border"
    lines = [
        ["International Centre for Migration Policy Development (ICMPD) – Ukraine office"],
        ["Projects with MIA beneficiaries, as reported to the MIA on 20 October 2021"],
        [
            (
                "Start dates are not kept in this register: each project runs for 'Duration (months)' full calendar months "
                "up to and including its 'End date'. 'Donor share' is the donor's part of the total budget; the remainder "
                "is the beneficiary's in-kind contribution (premises, staff time), not money."
            )
        ],
        [
            "Project",
            "Acronym",
            "Funding source",
            "Beneficiary",
            "End date",
            "Duration (months)",
            "Total budget (EUR)",
            "Donor share (%)",
            "Status",
        ],
        [
            t1,
            "IBM-MD",
            "European Union (DG NEAR)",
            "SBGS",
            "30.06.2022",
            "18",
            "2000000",
            "90%",
            "Implementation",
        ],
        [
            t2,
            "BCP-PL",
            "Government of Poland (Polish Aid)",
            "SBGS",
            "31.12.2021",
            "12",
            "600000",
            "100%",
            "Implementation",
        ],
        [
            t3,
            "AVR-UA",
            "Kingdom of the Netherlands (MFA)",
            "SMS",
            "28.02.2023",
            "24",
            "1500000",
            "85%",
            "Inception phase",
        ],
        [
            t4,
            "THB-JIT",
            "Swiss Confederation (State Secretariat for Migration)",
            "NPU; SBGS",
            "31.12.2020",
            "24",
            "700000",
            "100%",
            "Closed",
        ],
        [
            t5,
            "MIGRA-RA",
            "Denmark (Danida)",
            "SMS",
            "31.12.2023",
            "24",
            "900000",
            "100%",
            "Awaiting Grant Agreement signature",
        ],
        [
            t6,
            "MBSU-BY",
            "Federal Republic of Germany (Federal Foreign Office)",
            "SBGS",
            "31.08.2022",
            "12",
            "1100000",
            "100%",
            "Withdrawn by donor (letter of 02.09.2021)",
        ],
    ]
    with open(raw / "ICMPD_Ukraine_MIA_projects_2021-10-20.csv", "w", encoding="utf-8", newline="") as f:
        csv.writer(f, delimiter=";").writerows(lines)

    exp(
        t1, "EU", "BORDER_SECURITY", "funded", "EUR", round(2_000_000 * 0.90 * 365 / 546, 2)
    )  # 01.01.21-30.06.22
    exp(t2, "Poland", "BORDER_CROSSING", "funded", "EUR", round(600_000 * 365 / 365, 2))  # 01.01.21-31.12.21
    exp(
        t3, "Netherlands", "ILLEGAL_MIGRATION", "funded", "EUR", round(1_500_000 * 0.85 * 306 / 730, 2)
    )  # 01.03.21-28.02.23
    exp(t4, "Switzerland", "TRAFFICKING", "funded", "EUR", 0)  # 01.01.19-31.12.20
    exp(t5, "Denmark", "ILLEGAL_MIGRATION", "pipeline", "EUR", 0)  # 01.01.22-31.12.23
    exp(t6, "Germany", "BORDER_SECURITY", "cancelled", "EUR", 0)


# ---------------------------------------------------------------------------------------------------------------
# 8. Council of Europe: budget per year in one cell, ordinary budget vs voluntary contributions, section rows
# ---------------------------------------------------------------------------------------------------------------
def file8(raw: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "MIA projects"
    ws["A1"] = "Council of Europe Office in Ukraine / Офіс Ради Європи в Україні"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = (
        "Projects with the Ministry of Internal Affairs and its agencies (Action Plan for Ukraine 2018–2022) / "
        "Проєкти з МВС та органами системи МВС"
    )
    ws["A3"] = (
        "Budget by year: amounts agreed per calendar year, EUR; blank where the split by year is not yet agreed. / "
        "Бюджет за роками: суми за календарними роками, EUR; не заповнено, якщо розподіл ще не погоджено."
    )
    header = [
        "Project / Проєкт",
        "Funding / Фінансування",
        "MIA partner / Партнер",
        "Duration / Тривалість",
        "Total budget, EUR / Загальний бюджет, EUR",
        "Budget by year / Бюджет за роками",
        "Status / Стан",
    ]
    put_row(ws, 5, header, bold=True)
    t1 = "Preventing ill-treatment in police custody: video recording of interrogations and custody records"
    t2 = "Implementing the Istanbul Convention: police response to violence against women and domestic violence"
    t3 = "Safeguards in return procedures for irregular migrants at the State Migration Service"
    t4 = "Combating trafficking in human beings for labour exploitation: GRETA recommendations for the National Police"
    t5 = "Human rights training for the National Guard: use of force in public order operations"
    t6 = "Personal data protection in MIA registers: alignment with Convention 108+"
    layout = [
        ("NATIONAL POLICE / НАЦІОНАЛЬНА ПОЛІЦІЯ", None),
        (
            None,
            (
                t1,
                "Voluntary contribution of Norway / Добровільний внесок Норвегії",
                "NPU",
                "01.01.2021 – 31.12.2022",
                1_000_000,
                "2021: 400 000; 2022: 600 000",
                "Ongoing / Реалізується",
            ),
        ),
        (
            None,
            (
                t2,
                "CoE ordinary budget / Звичайний бюджет РЄ",
                "NPU",
                "24 months from signature (signed 01.04.2021) / 24 місяці з дати підписання (01.04.2021)",
                600_000,
                None,
                "Ongoing / Реалізується",
            ),
        ),
        (
            None,
            (
                t4,
                "Voluntary contribution of Switzerland / Добровільний внесок Швейцарії",
                "NPU",
                "01.07.2021 – 30.06.2023",
                700_000,
                "2021: 150 000; 2022: 350 000; 2023: 200 000",
                "Ongoing / Реалізується",
            ),
        ),
        ("STATE MIGRATION SERVICE / ДЕРЖАВНА МІГРАЦІЙНА СЛУЖБА", None),
        (
            None,
            (
                t3,
                "Voluntary contribution of Denmark / Добровільний внесок Данії",
                "SMS",
                "01.09.2020 – 31.08.2022",
                450_000,
                None,
                "Ongoing / Реалізується",
            ),
        ),
        ("NATIONAL GUARD / НАЦІОНАЛЬНА ГВАРДІЯ", None),
        (
            None,
            (
                t5,
                "Voluntary contribution of Lithuania / Добровільний внесок Литви",
                "NGU",
                "2022 – 2023",
                300_000,
                "2022: 150 000; 2023: 150 000",
                "Planned – awaiting funding confirmation / Планується",
            ),
        ),
        ("MINISTRY OF INTERNAL AFFAIRS / МВС", None),
        (
            None,
            (
                t6,
                "CoE ordinary budget / Звичайний бюджет РЄ",
                "MIA",
                "01.01.2019 – 31.12.2020",
                250_000,
                "2019: 100 000; 2020: 150 000",
                "Completed / Завершено",
            ),
        ),
    ]
    r = 6
    for section, row in layout:
        if section:
            ws.cell(row=r, column=1, value=section).font = BOLD
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        else:
            put_row(ws, r, row)
            ws.cell(row=r, column=5).number_format = "#,##0"
        r += 1
    widths(ws, {"A": 64, "B": 36, "C": 12, "D": 36, "E": 18, "F": 34, "G": 30})
    wb.save(raw / "CoE_Office_Ukraine_MIA_projects_2021.xlsx")

    exp(t1, "Norway", "CUSTODY", "funded", "EUR", 400_000)  # 2021 given in the cell
    exp(
        t2, "Council of Europe", "DOMESTIC_VIOLENCE", "funded", "EUR", round(600_000 * 275 / 730, 2)
    )  # 01.04.21-31.03.23
    exp(t4, "Switzerland", "TRAFFICKING", "funded", "EUR", 150_000)  # 2021 given in the cell
    exp(
        t3, "Denmark", "ILLEGAL_MIGRATION", "funded", "EUR", round(450_000 * 365 / 730, 2)
    )  # 01.09.20-31.08.22
    exp(t5, "Lithuania", "OTHER", "pipeline", "EUR", 0)  # 2022-2023
    exp(t6, "Council of Europe", "OTHER", "funded", "EUR", 0)  # 2019-2020


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
