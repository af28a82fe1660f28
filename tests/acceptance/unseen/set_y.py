# ruff: noqa: B007 - a data script written blind: its loops unpack whole rows and use a few fields
"""Blind partner files, set Y: written without reading the reader's code. Expected values by hand.

Files that MIX layouts, and form/survey exports. Every file combines at least three traits:
- EU (.xlsx): a "Cover" sheet before the data sheet; a summary table per beneficiary ABOVE the project list; a
  two-row header ("Budget (EUR '000)" merged over 2020..2023 + Total: thousands said only there); long titles
  wrapping onto a continuation row; an implementer column beside the donor (UNDP, Council of Europe ... are
  implementers here, not donors); a grand total row.
- Sweden (.csv, UTF-8, commas): a Google Forms response export (Timestamp, Email address, questions as headers,
  "NPU; SBGS" answers), one test response, one project sent twice (the later, corrected response counts), currency
  in its own answer (once as "шведські крони"), periods in free wording, a project co-funded with Denmark 70/30.
- UNDP (.xlsx): one sheet per year (2020, 2021, 2022) holding the same projects with that year's money; headers in
  two languages in one cell; subtotal rows per agency; statuses abbreviated in Ukrainian with a legend under the
  table; numbers as text with non-breaking spaces.
- IOM (.xlsx): an MS Forms export (ID, Start time, Completion time, Email, Name), Ukrainian questions, amount and
  currency in one answer ("USD 730 000", "3,65 млн грн"), a test response, a corrected second response.
- OSCE (.xlsx, Russian): millions said only in the title row; two-row header; amounts as text with decimal commas
  ("0,45"); subtotal per beneficiary, a total row and a notes block; abbreviated statuses ("вып.", "отм.").
- Netherlands (.xlsx): headers "Ukrainian\\nEnglish" in one cell; a currency column (EUR/USD/UAH); an
  implementer column (UNODC implements one project: the donor is still the Netherlands); titles wrapping onto a
  continuation row; amounts as text in three notations ("1.460.000", "1'095'000", "2 190 000,00"); totals per
  currency.
- UNODC (.csv, cp1251, semicolons, Russian): a summary per year ABOVE the list; year columns 2020..2023 beside a
  total; thousands said in the header; decimal commas; a subtotal row per direction (priority).
- Council of Europe (.xlsx): an instructions sheet and a data sheet; a two-row bilingual header (Funding merged over
  total / currency / of which 2021); a project co-funded EU 90% / CoE 10%; suspended and cancelled statuses; total
  row and notes.

Usage: python set_y.py OUT_DIR  -> OUT_DIR/raw/<partner files>, OUT_DIR/expected.csv
Convention: a given 2021 figure is taken as is; otherwise total x days in 2021 / days of the project (both ends
included); a month runs first to last day; outside 2021 -> 0; cancelled -> 0; planned / pipeline projects count
with status "pipeline". A project on several rows (per year or budget line) is one project: its money is the sum of
its rows (its 2021 rows for the 2021 figure). A project funded by two donors with stated shares is one expected
row per donor with its share (same title). A form's test response is no project; a project submitted twice through
a form is one row with the later response's values.
"""

import csv
import datetime as dt
import shutil
import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

OUT = Path(sys.argv[1]) / "raw"
shutil.rmtree(OUT, ignore_errors=True)
OUT.mkdir(parents=True)
EXP = []  # title, partner, priority, status(funded|pipeline|cancelled), currency, amount_2021 in currency


def exp(title, partner, priority, status, cur, a2021):
    EXP.append(
        dict(title=title, partner=partner, priority=priority, status=status, currency=cur, amount_2021=a2021)
    )


D = dt.datetime
NB = "\u00a0"  # non-breaking space, as Excel in a Ukrainian locale writes thousands


def bold_row(ws, row):
    for c in ws[row]:
        c.font = Font(bold=True)


# ------------------------------------------------------------------------------------------------------------------
# 1 EU: "Cover" sheet, then "Actions": a summary per beneficiary above the list, a two-row header with the unit
#   ("EUR '000") only in the merged group header, titles wrapping onto a continuation row (title cell only),
#   an implementer column beside the donor, a grand total.
wb = Workbook()
ws = wb.active
ws.title = "Cover"
ws["A1"] = "Delegation of the European Union to Ukraine"
ws["A1"].font = Font(bold=True, size=14)
ws["A3"] = "Overview of EU-funded actions with bodies of the Ministry of Internal Affairs"
ws["A4"] = "Prepared for the MIA international technical assistance coordination meeting, 10 December 2021"
ws["A6"] = "Contents:"
ws["A7"] = (
    "  Sheet 'Actions' - summary by beneficiary and the list of actions (contracted and in preparation)"
)
ws["A9"] = "Contact: Cooperation Section, Governance & Rule of Law team"
ws["A10"] = "This overview is indicative and does not constitute a financial commitment."
ws2 = wb.create_sheet("Actions")
ws = ws2
ws["A1"] = "EU actions in the MIA sector - status as of 30 November 2021"
ws["A1"].font = Font(bold=True, size=12)
ws["A3"] = "Summary by beneficiary"
ws["A3"].font = Font(bold=True)
ws.append(["", "Beneficiary", "Total budget", "of which 2021"])  # row 4
ws.append(["", "National Police of Ukraine", 7000, 1600])  # 2,400+3,000+1,600 ; 1,000+0+600
ws.append(["", "State Border Guard Service", 4500, 1200])
ws.append(["", "National Guard of Ukraine", 850, 0])
ws.append(["", "All beneficiaries", 12350, 2800])  # row 8
bold_row(ws, 4)
bold_row(ws, 8)
# project list: two-row header at rows 11-12
ws.append([])
ws.append([])
ws.append(
    [
        "No.",
        "Title of the action",
        "Donor",
        "Implementing organisation",
        "Beneficiary",
        "Period",
        "Status",
        "Budget (EUR '000)",
        None,
        None,
        None,
        None,
    ]
)  # row 11
ws.append([None, None, None, None, None, None, None, 2020, 2021, 2022, 2023, "Total"])  # row 12
for col in "ABCDEFG":
    ws.merge_cells(f"{col}11:{col}12")
ws.merge_cells("H11:L11")
bold_row(ws, 11)
bold_row(ws, 12)
eu_titles = [
    "EU Support to Integrated Border Management: Surveillance Upgrade on the Green Border with Moldova",
    (
        "Community Policing in Amalgamated Hromadas: Training and Equipment for Police Officers of",
        "Communities in Zhytomyr and Chernihiv Oblasts",
    ),
    "Custody Records: Electronic Custody Management System for Temporary Detention Facilities",
    "COVID-19 Emergency Response: Personal Protective Equipment for National Guard Units",
    (
        "Domestic Violence: Mobile Police Response Teams (POLINA) for Cases of Violence in",
        "Families in Five Oblasts",
    ),
]
eu = [
    # no, title, donor, implementer, beneficiary, period, status, 2020, 2021, 2022, 2023, total ('000 EUR)
    [1, eu_titles[0], "EU", "ICMPD", "SBGS", "Jan 2021 - Dec 2023", "Ongoing", None, 1200, 1800, 1500, 4500],
    [2, eu_titles[1], "EU", "UNDP", "NPU", "Mar 2021 - Jun 2023", "Ongoing", None, 1000, 1000, 400, 2400],
    [
        3,
        eu_titles[2],
        "EU",
        "Council of Europe",
        "NPU",
        "Jan 2022 - Dec 2023",
        "Pipeline - Financing Agreement not yet signed",
        None,
        0,
        1500,
        1500,
        3000,
    ],
    [4, eu_titles[3], "EU", "UNOPS", "NGU", "Apr-Dec 2020", "Completed", 850, None, None, None, 850],
    [5, eu_titles[4], "EU", "UN Women", "NPU", "Jul 2021 - Jun 2023", "Ongoing", None, 600, 700, 300, 1600],
]
for r in eu:
    t = r[1]
    if isinstance(t, tuple):
        ws.append([r[0], t[0]] + r[2:])
        ws.append([None, t[1]])  # continuation row: only the rest of the title
    else:
        ws.append(r)
# 2020: 850; 2021: 1,200+1,000+0+600 = 2,800; 2022: 1,800+1,000+1,500+700 = 5,000; 2023: 1,500+400+1,500+300 = 3,700
# total: 4,500+2,400+3,000+850+1,600 = 12,350 (= 850+2,800+5,000+3,700)
ws.append([None, "Grand total", None, None, None, None, None, 850, 2800, 5000, 3700, 12350])
bold_row(ws, ws.max_row)
ws.column_dimensions["B"].width = 95
wb.active = 0
wb.save(OUT / "EU_Delegation_MIA_actions_overview_Dec2021.xlsx")


def full(t):
    return t if isinstance(t, str) else t[0] + " " + t[1]


# given 2021: 1,200 '000 -> 1,200,000
exp(full(eu_titles[0]), "EU", "BORDER_SECURITY", "funded", "EUR", 1_200_000)
# given 2021: 1,000 '000 -> 1,000,000 (title joined with its continuation row)
exp(full(eu_titles[1]), "EU", "COMMUNITY_POLICING", "funded", "EUR", 1_000_000)
# pipeline, 2021 = 0 (period Jan 2022 - Dec 2023 agrees)
exp(full(eu_titles[2]), "EU", "CUSTODY", "pipeline", "EUR", 0)
# completed, Apr-Dec 2020, money only in 2020 -> 0
exp(full(eu_titles[3]), "EU", "COVID19", "funded", "EUR", 0)
# given 2021: 600 '000 -> 600,000
exp(full(eu_titles[4]), "EU", "DOMESTIC_VIOLENCE", "funded", "EUR", 600_000)

# ------------------------------------------------------------------------------------------------------------------
# 2 Sweden: Google Forms responses downloaded as CSV (UTF-8, commas, CRLF). A test response; the migration
#   project sent twice (the later response corrects the budget); a project co-funded with Denmark (70/30) whose
#   amount is the whole budget; currency in its own answer, once in Ukrainian words.
se_head = [
    "Timestamp",
    "Email address",
    "What is the project title?",
    "Which agency benefits? (tick all that apply)",
    "Яка загальна сума проєкту (у валюті договору)?",
    "Currency of the grant",
    "Implementation period / Період реалізації",
    "Current status of the project",
    "Is the project co-funded by another donor? If yes, name the donor and the shares",
    "Any comments?",
]
SE_T = [
    "Combating Trafficking in Human Beings: Capacity Building for the Counter-Trafficking Units of the National "
    "Police",
    "Support to the State Migration Service in Detecting Illegal Migration and Overstaying Foreigners",
    "Safe Shelters and Police Response to Domestic Violence in Donetsk and Luhansk Oblasts",
    "COVID-19 Response: Disinfection Equipment and Protective Suits for Border Guard Units",
    "Border Crossing Points Modernisation: Electronic Queue and Waiting Areas at Ukraine-Poland Checkpoints",
]
se = [
    ["15.11.2021 09:02:11", "anna.lindqvist@gov.se", "test", "NPU", "", "", "", "", "", "тест"],
    [
        "15.11.2021 11:47:30",
        "anna.lindqvist@gov.se",
        SE_T[0],
        "NPU",
        "6 000 000",
        "SEK",
        "Jan 2021 – Dec 2022",
        "ongoing",
        "No",
        "",
    ],
    [
        "16.11.2021 10:05:52",
        "erik.sandberg@sida.se",
        SE_T[1],
        "SMS; SBGS",
        "4 000 000",
        "SEK",
        "2021-2023 (36 months)",
        "ongoing",
        "No",
        "",
    ],
    [
        "16.11.2021 10:21:09",
        "erik.sandberg@sida.se",
        SE_T[2],
        "NPU",
        "10,000,000",
        "шведські крони",
        "Jan–Dec 2021",
        "реалізується",
        "Yes – Denmark (Danida) 30 %, Sweden (Sida) 70 %",
        "The amount is the full budget from both donors",
    ],
    [
        "17.11.2021 14:13:44",
        "anna.lindqvist@gov.se",
        SE_T[3],
        "SBGS",
        "180 000",
        "USD",
        "May–Nov 2020",
        "completed",
        "No",
        "",
    ],
    [
        "18.11.2021 08:55:01",
        "erik.sandberg@sida.se",
        SE_T[1],
        "SMS; SBGS",
        "4 800 000",
        "SEK",
        "2021-2023 (36 months)",
        "ongoing",
        "No",
        "Corrects my answer of 16 Nov: the budget was increased to SEK 4.8 million",
    ],
    [
        "19.11.2021 16:30:27",
        "anna.lindqvist@gov.se",
        SE_T[4],
        "SBGS",
        "7 300 000",
        "SEK",
        "Q4 2021 – Q3 2023",
        "planned, agreement not yet signed",
        "No",
        "",
    ],
]
with open(
    OUT / "Sida MIA partner survey (Responses) - Form Responses 1.csv", "w", newline="", encoding="utf-8"
) as f:
    w = csv.writer(f, delimiter=",", lineterminator="\r\n")
    w.writerow(se_head)
    for r in se:
        w.writerow(r)
# the test response ("test" / "тест", no money) -> no row
# Jan 2021 - Dec 2022 = 730 days, 365 in 2021 -> 6,000,000 x 365/730 = 3,000,000
exp(SE_T[0], "Sweden", "TRAFFICKING", "funded", "SEK", 3_000_000)
# sent twice: the later response (18.11) counts: 4,800,000; 2021-01-01..2023-12-31 = 1,095 days, 365 in 2021
#   -> 4,800,000 x 365/1,095 = 1,600,000
exp(SE_T[1], "Sweden", "ILLEGAL_MIGRATION", "funded", "SEK", 1_600_000)
# Jan-Dec 2021: the whole 10,000,000 SEK falls in 2021; Sweden 70% = 7,000,000, Denmark 30% = 3,000,000
exp(SE_T[2], "Sweden", "DOMESTIC_VIOLENCE", "funded", "SEK", 7_000_000)
exp(SE_T[2], "Denmark", "DOMESTIC_VIOLENCE", "funded", "SEK", 3_000_000)
# completed, May-Nov 2020 -> 0
exp(SE_T[3], "Sweden", "COVID19", "funded", "USD", 0)
# not yet signed -> pipeline; Q4 2021 - Q3 2023 = 2021-10-01..2023-09-30 = 92 + 365 + 273 = 730 days, 92 in 2021
#   -> 7,300,000 x 92/730 = 920,000
exp(SE_T[4], "Sweden", "BORDER_CROSSING", "pipeline", "SEK", 920_000)

# ------------------------------------------------------------------------------------------------------------------
# 3 UNDP: a sheet per year, each with that year's money and the total budget; bilingual header cells; subtotal
#   rows per agency; statuses abbreviated in Ukrainian, legend under the table; amounts as text with NBSP.
UN_T = {
    "a": "Громадська безпека та поліцейська діяльність, орієнтована на громаду, у Донецькій та Луганській "
    "областях",
    "b": "Дотримання прав затриманих: моніторинг ізоляторів тимчасового тримання та електронний журнал обліку "
    "затриманих",
    "c": "Безпека кордону: тепловізійні камери для прикордонних застав на ділянці кордону з Білоруссю",
    "d": "Протидія незаконному обігу наркотиків: мобільні лабораторії експрес-аналізу наркотичних речовин",
    "e": "COVID-19: кисневі концентратори та засоби індивідуального захисту для ДСНС",
}
# key: (beneficiary, period, total USD)
UN_P = {
    "a": ("НПУ", "2020–2022", 1_550_000),  # 400,000 + 650,000 + 500,000
    "b": ("НПУ", "02.2021–01.2022", 270_000),  # 250,000 + 20,000
    "c": ("ДПСУ", "2021", 500_000),
    "d": ("НПУ", "01.2022–12.2022", 350_000),
    "e": ("ДСНС", "05.2020–12.2020", 180_000),
}
UN_Y = {
    2020: [("НПУ", "a", "вик.", 400_000), ("ДСНС", "e", "зав.", 180_000)],
    2021: [("НПУ", "a", "вик.", 650_000), ("НПУ", "b", "вик.", 250_000), ("ДПСУ", "c", "скас.", 500_000)],
    2022: [("НПУ", "a", "вик.", 500_000), ("НПУ", "b", "зав.", 20_000), ("НПУ", "d", "підп.", 350_000)],
}


def sp(n):
    return f"{n:,}".replace(",", NB)


wb = Workbook()
first = True
for year, rows in UN_Y.items():
    ws = wb.active if first else wb.create_sheet()
    first = False
    ws.title = str(year)
    ws["A1"] = f"ПРООН в Україні — проєкти міжнародної технічної допомоги з органами системи МВС, {year} рік"
    ws["A1"].font = Font(bold=True)
    ws.append([])
    ws.append(
        [
            "№ з/п",
            "Назва проєкту / Project title",
            "Виконавець / Implementer",
            "Отримувач / Beneficiary",
            "Термін / Duration",
            "Статус / Status",
            f"Кошти у {year} р., дол. США / Funds in {year}, USD",
            "Загальний бюджет, дол. США / Total budget, USD",
        ]
    )
    bold_row(ws, 3)
    n = 0
    for agency in ("НПУ", "ДПСУ", "ДСНС"):
        sel = [r for r in rows if r[0] == agency]
        if not sel:
            continue
        for ag, key, st, money in sel:
            n += 1
            ben, per, tot = UN_P[key]
            ws.append([n, UN_T[key], "ПРООН", ben, per, st, sp(money), sp(tot)])
        sub = sum(r[3] for r in sel)
        ws.append([None, f"Разом за {agency}", None, None, None, None, sp(sub), None])
        bold_row(ws, ws.max_row)
    ws.append([None, f"Усього за {year} рік", None, None, None, None, sp(sum(r[3] for r in rows)), None])
    bold_row(ws, ws.max_row)
    ws.append([])
    ws.append(
        [
            None,
            "Умовні позначення: вик. — виконується; зав. — завершено; скас. — скасовано; "
            "підп. — угоду підписано, реалізація починається у наступному році",
        ]
    )
    ws.column_dimensions["B"].width = 100
# 2020 sheet: НПУ 400,000 | ДСНС 180,000 | total 580,000
# 2021 sheet: НПУ 650,000+250,000 = 900,000 | ДПСУ 500,000 | total 1,400,000
# 2022 sheet: НПУ 500,000+20,000+350,000 = 870,000 | total 870,000
wb.save(OUT / "UNDP_MVS_proiekty_2020-2022.xlsx")
# one project on three sheets: its 2021 sheet row: 650,000
exp(UN_T["a"], "UNDP", "COMMUNITY_POLICING", "funded", "USD", 650_000)
# 2021 sheet: 250,000 (20,000 on the 2022 sheet is 2022 money)
exp(UN_T["b"], "UNDP", "CUSTODY", "funded", "USD", 250_000)
# "скас." = cancelled -> 0 (its 500,000 on the 2021 sheet not counted)
exp(UN_T["c"], "UNDP", "BORDER_SECURITY", "cancelled", "USD", 0)
# signed ("підп."), starts 01.2022, only on the 2022 sheet -> 0 in 2021, still a funded project
exp(UN_T["d"], "UNDP", "DRUGS", "funded", "USD", 0)
# completed ("зав."), 05-12.2020, only on the 2020 sheet -> 0
exp(UN_T["e"], "UNDP", "COVID19", "funded", "USD", 0)

# ------------------------------------------------------------------------------------------------------------------
# 4 IOM: an MS Forms export (.xlsx): ID, Start time, Completion time, Email, Name, then the Ukrainian questions;
#   amount and currency in one answer; multi-choice answers "ДМС;ДПСУ;"; a test response; a corrected response.
IOM_T = [
    "Протидія торгівлі людьми: навчання прикордонників виявленню потенційних жертв торгівлі людьми у пунктах "
    "пропуску",
    "Гуманне управління кордоном: модернізація пунктів пропуску для зручного та швидкого перетину кордону",
    "COVID-19: засоби індивідуального захисту та експрес-тести для працівників ДМС і ДПСУ",
    "Протидія нелегальній міграції: облаштування пунктів тимчасового перебування іноземців ДМС",
    "Безпека кордону: обладнання для перевірки документів на другій лінії контролю в аеропортах",
]
wb = Workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(
    [
        "ID",
        "Start time",
        "Completion time",
        "Email",
        "Name",
        "Назва проєкту",
        "Які органи є бенефіціарами? (оберіть усі, що підходять)",
        "Загальна сума проєкту та валюта",
        "Період реалізації",
        "Статус проєкту",
        "Коментар",
    ]
)
iom = [
    [
        1,
        D(2021, 11, 15, 9, 10, 2),
        D(2021, 11, 15, 9, 11, 40),
        "okoval@iom.int",
        "Олена Коваль",
        "тест",
        "НПУ;",
        None,
        None,
        None,
        "тестова відповідь",
    ],
    [
        2,
        D(2021, 11, 15, 14, 2, 11),
        D(2021, 11, 15, 14, 9, 58),
        "okoval@iom.int",
        "Олена Коваль",
        IOM_T[0],
        "ДПСУ;",
        "USD 730 000",
        "з березня 2021 по лютий 2023",
        "реалізується",
        None,
    ],
    [
        3,
        D(2021, 11, 16, 10, 30, 0),
        D(2021, 11, 16, 10, 36, 45),
        "pshevchenko@iom.int",
        "Петро Шевченко",
        IOM_T[1],
        "ДПСУ;ДМС;",
        "EUR 500 000",
        "01.01.2021–31.12.2021",
        "реалізується",
        None,
    ],
    [
        4,
        D(2021, 11, 16, 11, 2, 19),
        D(2021, 11, 16, 11, 5, 3),
        "pshevchenko@iom.int",
        "Петро Шевченко",
        IOM_T[2],
        "ДМС;ДПСУ;",
        "EUR 95 000",
        "квітень–грудень 2021",
        "завершено",
        None,
    ],
    [
        5,
        D(2021, 11, 17, 15, 40, 12),
        D(2021, 11, 17, 15, 48, 30),
        "okoval@iom.int",
        "Олена Коваль",
        IOM_T[3],
        "ДМС;",
        "3,65 млн грн",
        "12 місяців з 01.07.2021",
        "реалізується",
        None,
    ],
    [
        6,
        D(2021, 11, 19, 9, 15, 5),
        D(2021, 11, 19, 9, 20, 41),
        "pshevchenko@iom.int",
        "Петро Шевченко",
        IOM_T[1],
        "ДПСУ;ДМС;",
        "EUR 600 000",
        "01.01.2021–31.12.2022",
        "реалізується",
        "Уточнена відповідь: замінює відповідь від 16.11 (змінено суму та строки)",
    ],
    [
        7,
        D(2021, 11, 22, 12, 0, 33),
        D(2021, 11, 22, 12, 4, 50),
        "okoval@iom.int",
        "Олена Коваль",
        IOM_T[4],
        "ДПСУ;",
        "USD 250,000",
        "I–IV квартал 2022 р.",
        "планується, угоду не підписано",
        None,
    ],
]
for r in iom:
    ws.append(r)
for row in ws.iter_rows(min_row=2, min_col=2, max_col=3):
    for c in row:
        c.number_format = "m/d/yy h:mm:ss"
wb.save(OUT / "Опитування партнерів МВС (МОМ)(1-7).xlsx")
# response 1 is a test ("тест", no money) -> no row
# 2021-03-01..2023-02-28 = 306 + 365 + 59 = 730 days, 306 in 2021 -> 730,000 x 306/730 = 306,000
exp(IOM_T[0], "IOM", "TRAFFICKING", "funded", "USD", 306_000)
# sent twice (responses 3 and 6): response 6 counts: EUR 600,000, 2021-01-01..2022-12-31 = 730 days, 365 in 2021
#   -> 300,000 (response 3 alone would give 500,000)
exp(IOM_T[1], "IOM", "BORDER_CROSSING", "funded", "EUR", 300_000)
# April-December 2021, all in 2021 -> 95,000
exp(IOM_T[2], "IOM", "COVID19", "funded", "EUR", 95_000)
# 3.65 million UAH; 12 months from 01.07.2021 = 2021-07-01..2022-06-30 = 365 days, 184 in 2021
#   -> 3,650,000 x 184/365 = 1,840,000
exp(IOM_T[3], "IOM", "ILLEGAL_MIGRATION", "funded", "UAH", 1_840_000)
# not signed -> pipeline; Q1-Q4 2022 -> 0
exp(IOM_T[4], "IOM", "BORDER_SECURITY", "pipeline", "USD", 0)

# ------------------------------------------------------------------------------------------------------------------
# 5 OSCE (Russian): "млн евро" only in the title row; a two-row header (Финансирование over всего / в т.ч. 2021);
#   amounts as text with decimal commas; subtotal per beneficiary, a total row, a notes block; abbreviated
#   statuses.
OS_T = [
    "Противодействие торговле людьми: усиление потенциала мобильных групп Национальной полиции по выявлению "
    "жертв",
    "Предупреждение домашнего насилия: внедрение программ коррекционной работы с обидчиками",
    "Пункты пропуска: электронная очередь и навесы для ожидания на КПВВ «Станица Луганская»",
    "COVID-19: поставка средств индивидуальной защиты для подразделений ГСЧС",
]
wb = Workbook()
ws = wb.active
ws.title = "ОБСЕ"
ws["A1"] = "Проекты Координатора проектов ОБСЕ в Украине в секторе МВД (суммы — в млн евро)"
ws["A1"].font = Font(bold=True)
ws["A2"] = "по состоянию на 01.12.2021"
ws.append([])
ws.append(["№", "Название проекта", "Бенефициар", "Сроки реализации", "Статус", "Финансирование", None])  # 4
ws.append([None, None, None, None, None, "всего", "в т.ч. 2021 г."])  # 5
for col in "ABCDE":
    ws.merge_cells(f"{col}4:{col}5")
ws.merge_cells("F4:G4")
bold_row(ws, 4)
bold_row(ws, 5)
for r in [
    ["1", OS_T[0], "НПУ", "03.2021–02.2023", "вып.", "1,2", "0,45"],
    ["2", OS_T[1], "НПУ", "01.09.2021–31.08.2022", "вып.", "0,73", ""],
    [None, "Итого НПУ", None, None, None, "1,93", "0,45"],
    ["3", OS_T[2], "ГПСУ", "2021", "отм.**", "0,3", "0,3"],
    [None, "Итого ГПСУ", None, None, None, "0,3", "0,3"],
    ["4", OS_T[3], "ГСЧС", "апр.–дек. 2020", "заверш.", "0,15", "–"],
    [None, "Итого ГСЧС", None, None, None, "0,15", "–"],
    [None, "ВСЕГО", None, None, None, "2,38", "0,75"],
]:
    ws.append(r)
    if r[0] is None:
        bold_row(ws, ws.max_row)
    for c in ws[ws.max_row][5:7]:
        c.number_format = "@"
ws.append([])
ws.append([None, "Примечания:"])
ws.append([None, "* вып. — выполняется; заверш. — завершён; отм. — отменён."])
ws.append([None, "** проект отменён в связи с закрытием КПВВ; средства перераспределены в 2022 г."])
ws.append([None, "Данные о расходах 2021 г. — плановые."])
ws.column_dimensions["B"].width = 100
wb.save(OUT / "OBSE_proekty_MVD_2021.xlsx")
# given 2021: 0,45 million -> 450,000
exp(OS_T[0], "OSCE", "TRAFFICKING", "funded", "EUR", 450_000)
# 2021 cell empty -> by days: 2021-09-01..2022-08-31 = 365 days, 122 in 2021 -> 730,000 x 122/365 = 244,000
exp(OS_T[1], "OSCE", "DOMESTIC_VIOLENCE", "funded", "EUR", 244_000)
# cancelled ("отм.") -> 0
exp(OS_T[2], "OSCE", "BORDER_CROSSING", "cancelled", "EUR", 0)
# completed, Apr-Dec 2020, 2021 cell "–" -> 0
exp(OS_T[3], "OSCE", "COVID19", "funded", "EUR", 0)

# ------------------------------------------------------------------------------------------------------------------
# 6 Netherlands: bilingual header cells ("UA\nEN"); donor + implementer columns (UNODC implements one project);
#   a currency column; amounts as text in three notations; wrapped titles; totals per currency.
NL_T = [
    (
        "Community Safety: Strengthening Police–Community Dialogue through Local Safety Councils",
        "in Kharkiv and Sumy Oblasts",
    ),
    "Combating Drug Trafficking: Container Control Programme at the Port of Odesa",
    (
        "Rights of Detainees: Video Recording in Interview Rooms and Electronic Custody Logs",
        "in Police Temporary Holding Facilities of Kyiv and Odesa",
    ),
    "Convenient Border Crossing: Passenger Processing Upgrade at the Shehyni–Medyka Checkpoint",
    "Prevention of Domestic Violence: Training Juvenile Prevention Officers to Respond to Violence in Families",
]
wb = Workbook()
ws = wb.active
ws.title = "Projects MIA"
ws["A1"] = (
    "Kingdom of the Netherlands – Embassy in Kyiv: MATRA and Human Rights Fund projects with MIA bodies"
)
ws["A1"].font = Font(bold=True)
ws.append([])
ws.append(
    [
        "Донор\nDonor",
        "Виконавець\nImplementing partner",
        "Назва проєкту\nProject title",
        "Бенефіціар\nBeneficiary",
        "Період\nPeriod",
        "Статус\nStatus",
        "Валюта\nCurrency",
        "Сума\nAmount",
    ]
)
bold_row(ws, 3)
for c in ws[3]:
    c.alignment = Alignment(wrap_text=True)
nl = [
    [
        "NL MFA",
        "Institute for Public Safety Initiatives",
        NL_T[0],
        "NPU",
        "01.04.2021 – 31.03.2023",
        "Ongoing / Триває",
        "EUR",
        "1.460.000",
    ],
    ["NL MFA", "UNODC", NL_T[1], "SBGS", "2021 – 2023", "Ongoing / Триває", "USD", "1'095'000"],
    [
        "NL MFA",
        "Ukrainian Helsinki Human Rights Union",
        NL_T[2],
        "NPU",
        "Jul 2021 – Jun 2022",
        "Ongoing",
        "UAH",
        "2 190 000,00",
    ],
    [
        "NL MFA",
        "Crown Agents",
        NL_T[3],
        "SBGS",
        "03.2022 – 02.2024",
        "Approved, starts March 2022 / Затверджено",
        "EUR",
        "900 000",
    ],
    [
        "NL MFA",
        "La Strada-Ukraine",
        NL_T[4],
        "NPU",
        "2021 (12 months)",
        "Completed / Завершено",
        "EUR",
        "300,000",
    ],
]
for r in nl:
    t = r[2]
    if isinstance(t, tuple):
        ws.append(r[:2] + [t[0]] + r[3:])
        ws.append([None, None, t[1]])
    else:
        ws.append(r)
ws.append([])
# EUR: 1,460,000 + 900,000 + 300,000 = 2,660,000; USD 1,095,000; UAH 2,190,000
ws.append([None, None, "Total EUR", None, None, None, "EUR", "2.660.000"])
ws.append([None, None, "Total USD", None, None, None, "USD", "1'095'000"])
ws.append([None, None, "Total UAH", None, None, None, "UAH", "2 190 000,00"])
ws.column_dimensions["C"].width = 95
wb.save(OUT / "NL_Embassy_projects_MIA_2021.xlsx")
# 2021-04-01..2023-03-31 = 275 + 365 + 90 = 730 days, 275 in 2021 -> 1,460,000 x 275/730 = 550,000
exp(full(NL_T[0]), "Netherlands", "COMMUNITY_POLICING", "funded", "EUR", 550_000)
# donor Netherlands (UNODC only implements); 2021-01-01..2023-12-31 = 1,095 days, 365 in 2021
#   -> 1,095,000 x 365/1,095 = 365,000
exp(NL_T[1], "Netherlands", "DRUGS", "funded", "USD", 365_000)
# 2021-07-01..2022-06-30 = 365 days, 184 in 2021 -> 2,190,000 x 184/365 = 1,104,000
exp(full(NL_T[2]), "Netherlands", "CUSTODY", "funded", "UAH", 1_104_000)
# approved, 2022-03-01..2024-02-29 -> 0 in 2021, funded
exp(NL_T[3], "Netherlands", "BORDER_CROSSING", "funded", "EUR", 0)
# 2021 (12 months) = 2021-01-01..2021-12-31, all in 2021 -> 300,000
exp(NL_T[4], "Netherlands", "DOMESTIC_VIOLENCE", "funded", "EUR", 300_000)

# ------------------------------------------------------------------------------------------------------------------
# 7 UNODC: Russian CSV in cp1251 with semicolons (Excel "CSV (разделители - запятые)" on a Russian Windows): a
#   summary per year above the list; year columns + total; "тыс. долл. США" in the header; decimal commas;
#   a subtotal row per direction; a programme total.
UO_T = [
    "Противодействие незаконному обороту наркотиков: служебные собаки и досмотровое оборудование для ГПСУ",
    "Профилактика наркомании среди молодёжи совместно с ювенальной превенцией Национальной полиции",
    "Противодействие торговле людьми: подготовка следователей к расследованию дел о торговле людьми",
    "Противодействие незаконной миграции: система анализа рисков и обмена данными между ГМС и ГПСУ",
    "Киберпреступность: обучение киберполиции расследованию преступлений с использованием виртуальных активов",
]
uo_lines = [
    ["УНП ООН — Программа помощи Украине в секторе МВД"],
    ["по состоянию на 01.10.2021"],
    [],
    ["Сводка по годам, тыс. долл. США"],
    ["Год", "Сумма"],
    ["2020", "150,00"],
    ["2021", "675,75"],
    ["2022", "720,00"],
    ["2023", "250,00"],
    ["Итого", "1795,75"],
    [],
    [
        "№",
        "Направление",
        "Название проекта",
        "Получатель",
        "Статус",
        "2020",
        "2021",
        "2022",
        "2023",
        "Всего, тыс. долл. США",
    ],
    ["1", "Наркотики", UO_T[0], "ГПСУ", "выполняется", "", "320,50", "180,00", "", "500,50"],
    ["2", "Наркотики", UO_T[1], "НПУ", "завершён", "150,00", "", "", "", "150,00"],
    ["", "Итого по направлению «Наркотики»", "", "", "", "150,00", "320,50", "180,00", "", "650,50"],
    ["3", "Торговля людьми", UO_T[2], "НПУ", "выполняется", "", "210,00", "240,00", "", "450,00"],
    ["", "Итого по направлению «Торговля людьми»", "", "", "", "", "210,00", "240,00", "", "450,00"],
    [
        "4",
        "Миграция",
        UO_T[3],
        "ГМС, ГПСУ",
        "планируется (соглашение не подписано)",
        "",
        "50,00",
        "300,00",
        "250,00",
        "600,00",
    ],
    ["", "Итого по направлению «Миграция»", "", "", "", "", "50,00", "300,00", "250,00", "600,00"],
    ["5", "Прочее", UO_T[4], "НПУ", "выполняется", "", "95,25", "", "", "95,25"],
    ["", "Итого по направлению «Прочее»", "", "", "", "", "95,25", "", "", "95,25"],
    ["", "Всего по программе", "", "", "", "150,00", "675,75", "720,00", "250,00", "1795,75"],
]
# 2021: 320.50+210+50+95.25 = 675.75; 2022: 180+240+300 = 720; 2023: 250; 2020: 150
# total: 500.50+150+450+600+95.25 = 1,795.75 = 150+675.75+720+250
with open(OUT / "UNODC_proekty_MVD_2021.csv", "w", newline="", encoding="cp1251") as f:
    w = csv.writer(f, delimiter=";", lineterminator="\r\n")
    for r in uo_lines:
        w.writerow(r)
# given 2021: 320,50 thousand -> 320,500
exp(UO_T[0], "UNODC", "DRUGS", "funded", "USD", 320_500)
# completed, money only in 2020 -> 0
exp(UO_T[1], "UNODC", "DRUGS", "funded", "USD", 0)
# given 2021: 210 thousand -> 210,000
exp(UO_T[2], "UNODC", "TRAFFICKING", "funded", "USD", 210_000)
# not signed -> pipeline; given 2021: 50 thousand -> 50,000
exp(UO_T[3], "UNODC", "ILLEGAL_MIGRATION", "pipeline", "USD", 50_000)
# given 2021: 95,25 thousand -> 95,250
exp(UO_T[4], "UNODC", "OTHER", "funded", "USD", 95_250)

# ------------------------------------------------------------------------------------------------------------------
# 8 Council of Europe: an MIA template with an instructions sheet and a data sheet; a two-row bilingual header;
#   a project co-funded EU 90% / CoE 10%; suspended and cancelled projects; a total row and notes.
CE_T = [
    "Custody Safeguards: Introducing Electronic Custody Records in Temporary Detention Isolators of the National "
    "Police",
    "Combating Violence against Women: Istanbul Convention Standards in Police Response to Domestic Violence",
    "Cybercrime: Budapest Convention Training for the Cyber Police Department",
    "Action against Trafficking in Human Beings: Identification of Victims by Border Guards",
]
wb = Workbook()
ws = wb.active
ws.title = "Інструкція"
ws["A1"] = "Інструкція щодо заповнення"
ws["A1"].font = Font(bold=True)
ws["A3"] = "1. Заповніть аркуш «Проєкти»: один рядок — один проєкт."
ws["A4"] = "2. Суму зазначайте у валюті угоди; у графі «у т.ч. 2021» — кошти, заплановані на 2021 рік."
ws["A5"] = "3. Якщо проєкт фінансують кілька донорів, зазначте частку кожного."
ws["A6"] = "4. Заповнений файл надішліть до Департаменту міжнародного співробітництва МВС до 10.12.2021."
ws = wb.create_sheet("Проєкти")
ws["A1"] = "Рада Європи / Council of Europe — проєкти у секторі МВС"
ws["A1"].font = Font(bold=True)
ws.append([])
ws.append(
    [
        "№",
        "Назва проєкту / Project title",
        "Донор(и) / Donor(s)",
        "Бенефіціар / Beneficiary",
        "Строки / Timeframe",
        "Статус / Status",
        "Фінансування / Funding",
        None,
        None,
    ]
)  # row 3
ws.append(
    [
        None,
        None,
        None,
        None,
        None,
        None,
        "Загальна сума / Total",
        "Валюта / Currency",
        "у т.ч. 2021 р. / of which 2021",
    ]
)  # row 4
for col in "ABCDEF":
    ws.merge_cells(f"{col}3:{col}4")
ws.merge_cells("G3:I3")
bold_row(ws, 3)
bold_row(ws, 4)
for r in [
    [
        1,
        CE_T[0],
        "EU 90% / CoE 10% (Partnership for Good Governance)",
        "НПУ",
        "01.01.2021 – 31.12.2022",
        "виконується / ongoing",
        1_000_000,
        "EUR",
        500_000,
    ],
    [
        2,
        CE_T[1],
        "Council of Europe",
        "НПУ",
        "Sep 2021 – Feb 2023",
        "виконується / ongoing",
        546_000,
        "EUR",
        None,
    ],
    [
        3,
        CE_T[2],
        "Council of Europe",
        "НПУ",
        "2021–2022",
        "призупинено* / suspended*",
        400_000,
        "EUR",
        150_000,
    ],
    [4, CE_T[3], "Council of Europe", "ДПСУ", "2021", "скасовано / cancelled", 250_000, "EUR", 125_000],
]:
    ws.append(r)
    for c in (ws.cell(ws.max_row, 7), ws.cell(ws.max_row, 9)):
        c.number_format = "# ##0"
# 1,000,000+546,000+400,000+250,000 = 2,196,000; 2021: 500,000+150,000+125,000 = 775,000
ws.append([None, "Усього / Total", None, None, None, None, 2_196_000, "EUR", 775_000])
bold_row(ws, ws.max_row)
ws.append([])
ws.append(
    [None, "* Проєкт призупинено з листопада 2021 р. на прохання бенефіціара; кошти 2021 р. використано."]
)
ws.append(
    [None, "Проєкт 1 — спільна програма ЄС та Ради Європи; частки фінансування зазначено у графі «Донор(и)»."]
)
ws.column_dimensions["B"].width = 100
wb.active = 1
wb.save(OUT / "CoE_MVS_shablon_zapovnenyi.xlsx")
# given 2021: 500,000 of the joint project; EU 90% = 450,000, CoE 10% = 50,000
exp(CE_T[0], "EU", "CUSTODY", "funded", "EUR", 450_000)
exp(CE_T[0], "Council of Europe", "CUSTODY", "funded", "EUR", 50_000)
# 2021 cell empty -> by days: 2021-09-01..2023-02-28 = 122 + 365 + 59 = 546 days, 122 in 2021
#   -> 546,000 x 122/546 = 122,000
exp(CE_T[1], "Council of Europe", "DOMESTIC_VIOLENCE", "funded", "EUR", 122_000)
# suspended (not cancelled; the note says the 2021 money was used) -> funded, given 2021: 150,000
exp(CE_T[2], "Council of Europe", "OTHER", "funded", "EUR", 150_000)
# cancelled -> 0 (its 125,000 in the 2021 cell not counted)
exp(CE_T[3], "Council of Europe", "TRAFFICKING", "cancelled", "EUR", 0)

with open(OUT.parent / "expected.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=list(EXP[0]))
    w.writeheader()
    w.writerows(EXP)
print(len(EXP), "expected lines")
