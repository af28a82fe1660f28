"""Blind partner files, set D, written without reading the reader's code. Expected values worked out by hand.

Usage: python set_d.py OUT_DIR   -> OUT_DIR/raw/* and OUT_DIR/expected.csv

Convention for amount_2021 (in the project's own currency):
* a 2021 figure given by the file is taken as is;
* otherwise total x days in 2021 / days of the project (both ends included; a month alone runs from its first
  to its last day);
* a project that ended before 2021 or starts after it -> 0; pipeline keeps its 2021 amount; cancelled -> 0.
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
EXP = []  # title, partner, priority, status (funded|pipeline|cancelled), currency, amount_2021 in currency


def exp(title, partner, priority, status, cur, a2021):
    EXP.append(
        dict(title=title, partner=partner, priority=priority, status=status, currency=cur, amount_2021=a2021)
    )


D = dt.datetime

# =====================================================================================================
# 1 Sweden (Sida), English. Mess: units AND currency only in a footnote BELOW the table
#   ("* All amounts in thousands of Swedish kronor (SEK '000)"); headers say "Budget 2021*" etc.
#   One row has blank year columns but a total and dates (pro rata).
# =====================================================================================================
wb = Workbook()
ws = wb.active
ws.title = "Sida portfolio"
ws["A1"] = "Embassy of Sweden in Kyiv - Sida-funded support to the law-enforcement sector"
ws["A2"] = "Submission to the MIA Sectoral Working Group 'Law Enforcement Activities', February 2021"
ws.append([])
ws.append(
    [
        "Project",
        "Implementing partner",
        "Beneficiary",
        "Start",
        "End",
        "Total budget*",
        "Budget 2021*",
        "Budget 2022*",
        "Status",
    ]
)
ws.append(
    [
        "Support to the National Police in implementing community policing in hromadas",
        "Swedish Police Authority",
        "National Police",
        D(2020, 1, 1),
        D(2023, 12, 31),
        24000,
        9500,
        7000,
        "Ongoing",
    ]
)
ws.append(
    [
        "Strengthening the response to gender-based violence: police mobile response groups",
        "UN Women",
        "National Police",
        D(2021, 1, 1),
        D(2022, 12, 31),
        12500,
        6250,
        6250,
        "Ongoing",
    ]
)
ws.append(
    [
        "Human rights safeguards for persons held in police custody (temporary holding facilities)",
        "Raoul Wallenberg Institute",
        "National Police",
        D(2021, 7, 1),
        D(2022, 6, 30),
        3650,
        None,
        None,
        "Ongoing",
    ]
)
ws.append(
    [
        "Anti-trafficking capacity building for the State Migration Service",
        "IOM",
        "State Migration Service",
        D(2021, 4, 1),
        D(2022, 3, 31),
        2000,
        1200,
        800,
        "Pipeline",
    ]
)
ws.append([])
ws.append(["* All amounts in thousands of Swedish kronor (SEK '000)."])
for r in range(5, 9):
    for c in "DE":
        ws[f"{c}{r}"].number_format = "yyyy-mm-dd"
ws.column_dimensions["A"].width = 80
wb.save(OUT / "sweden_sida_portfolio.xlsx")
# given 2021 figure 9,500 thousand -> 9,500 x 1,000 = 9,500,000 SEK
exp(
    "Support to the National Police in implementing community policing in hromadas",
    "Sweden",
    "COMMUNITY_POLICING",
    "funded",
    "SEK",
    9_500_000,
)
# 6,250 thousand -> 6,250,000 SEK
exp(
    "Strengthening the response to gender-based violence: police mobile response groups",
    "Sweden",
    "DOMESTIC_VIOLENCE",
    "funded",
    "SEK",
    6_250_000,
)
# no year figures: total 3,650 thousand = 3,650,000 SEK; 2021-07-01..2022-06-30 = 184 + 181 = 365 days,
# 2021 part Jul 1 - Dec 31 = 31+31+30+31+30+31 = 184 days -> 3,650,000 x 184 / 365 = 1,840,000
exp(
    "Human rights safeguards for persons held in police custody (temporary holding facilities)",
    "Sweden",
    "CUSTODY",
    "funded",
    "SEK",
    1_840_000,
)
# pipeline keeps its 2021 amount: 1,200 thousand -> 1,200,000 SEK
exp(
    "Anti-trafficking capacity building for the State Migration Service",
    "Sweden",
    "TRAFFICKING",
    "pipeline",
    "SEK",
    1_200_000,
)

# =====================================================================================================
# 2 UNDP, English, sent by the implementing agency on behalf of several donors: an "Implementing agency"
#   column (UNDP on every row) and a "Funding partner" column. Each project's partner is the donor.
#   Dates as month names only ("Jan 2021", "Dec 2022"), text cells.
# =====================================================================================================
wb = Workbook()
ws = wb.active
ws.title = "UNDP MIA projects"
ws["A1"] = "UNDP Ukraine - projects with MIA agencies implemented by UNDP, by funding partner"
ws["A2"] = "Prepared by UNDP Democratic Governance / Rule of Law portfolio for the SWG meeting"
ws.append([])
ws.append(
    [
        "#",
        "Project",
        "Funding partner",
        "Implementing agency",
        "Beneficiary",
        "Budget (USD)",
        "Start",
        "End",
        "Status",
    ]
)
undp_rows = [
    (
        1,
        "Enhancing surveillance of the green border: thermal imagers for border units",
        "Government of Japan",
        "UNDP",
        "SBGS",
        2_000_000,
        "Jan 2021",
        "Dec 2022",
        "Ongoing",
    ),
    (
        2,
        "Mobile response teams on domestic violence in Donetsk and Luhansk oblasts",
        "Denmark (Danida)",
        "UNDP",
        "National Police",
        900_000,
        "Apr 2021",
        "Mar 2022",
        "Ongoing",
    ),
    (
        3,
        "Personal protective equipment against COVID-19 for SESU and NGU personnel",
        "European Union",
        "UNDP",
        "SESU; NGU",
        450_000,
        "Mar 2020",
        "Dec 2020",
        "Completed",
    ),
    (
        4,
        "Community security and social cohesion: dialogues between police and residents",
        "Norway",
        "UNDP",
        "National Police",
        1_460_000,
        "Jul 2021",
        "Jun 2023",
        "Ongoing",
    ),
    (
        5,
        "Electronic queue system at border crossing points",
        "Sweden (Sida)",
        "UNDP",
        "SBGS",
        600_000,
        "Jan 2022",
        "Dec 2022",
        "Approved",
    ),
]
for r in undp_rows:
    ws.append(list(r))
ws.column_dimensions["B"].width = 75
wb.save(OUT / "undp_multi_donor_register.xlsx")
# Jan 2021 - Dec 2022 = 2021-01-01..2022-12-31 = 730 days, 365 in 2021 -> 2,000,000 x 365/730 = 1,000,000
exp(
    "Enhancing surveillance of the green border: thermal imagers for border units",
    "Japan",
    "BORDER_SECURITY",
    "funded",
    "USD",
    1_000_000,
)
# Apr 2021 - Mar 2022 = 2021-04-01..2022-03-31 = 365 days; 2021 part Apr 1 - Dec 31 = 30+31+30+31+31+30+31+30+31
# = 275 days -> 900,000 x 275/365 = 678,082.19
exp(
    "Mobile response teams on domestic violence in Donetsk and Luhansk oblasts",
    "Denmark",
    "DOMESTIC_VIOLENCE",
    "funded",
    "USD",
    678_082.19,
)
# ended Dec 2020 -> 0
exp(
    "Personal protective equipment against COVID-19 for SESU and NGU personnel",
    "EU",
    "COVID19",
    "funded",
    "USD",
    0,
)
# Jul 2021 - Jun 2023 = 184 (2021) + 365 (2022) + 181 (2023 Jan-Jun) = 730 days -> 1,460,000 x 184/730 = 368,000
exp(
    "Community security and social cohesion: dialogues between police and residents",
    "Norway",
    "COMMUNITY_POLICING",
    "funded",
    "USD",
    368_000,
)
# starts Jan 2022 -> 0 for 2021 (approved = funded)
exp("Electronic queue system at border crossing points", "Sweden", "BORDER_CROSSING", "funded", "USD", 0)

# =====================================================================================================
# 3 INL, English, currency column per row with symbols and Ukrainian abbreviations ($, ₴, "грн", "дол.", €),
#   amounts partly as text with spaces; US dates (month first; 01/15/2021 proves the order).
# =====================================================================================================
wb = Workbook()
ws = wb.active
ws.title = "INL awards"
ws["A1"] = "Bureau of International Narcotics and Law Enforcement Affairs (INL) - Kyiv office"
ws["A2"] = "Awards supporting MIA agencies (as of 02/10/2021)"
ws.append([])
ws.append(
    [
        "Award title",
        "Implementer",
        "Recipient agency",
        "Currency",
        "Total award amount",
        "Start date",
        "End date",
    ]
)
inl_rows = [
    (
        "Forensic laboratory equipment for the State Research Forensic Center of the MIA",
        "ICITAP",
        "MIA",
        "$",
        750_000,
        "01/15/2021",
        "01/14/2022",
    ),
    (
        "Counternarcotics canine units for the National Police",
        "ICITAP",
        "NPU",
        "дол.",
        "1 095 000",
        "03/01/2021",
        "02/28/2023",
    ),
    (
        "Renovation of custody suites in Kharkiv police stations",
        "Local contractor",
        "NPU",
        "₴",
        3_650_000,
        "06/01/2021",
        "11/30/2021",
    ),
    (
        "Translation and printing of anti-trafficking training materials",
        "La Strada Ukraine",
        "NPU",
        "грн",
        "120 000",
        "10/12/2021",
        "12/20/2021",
    ),
    (
        "Cybercrime investigations mentoring program",
        "U.S. Department of Justice",
        "NPU",
        "$",
        500_000,
        "09/30/2020",
        "09/29/2021",
    ),
    (
        "Modernisation of passenger processing at the Krakovets border crossing point",
        "IOM",
        "SBGS",
        "€",
        800_000,
        "07/01/2021",
        "06/30/2022",
    ),
]
for r in inl_rows:
    ws.append(list(r))
ws.column_dimensions["A"].width = 75
wb.save(OUT / "inl_awards_mixed_currency.xlsx")
# 01/15/2021..01/14/2022 = 365 days; 2021 part Jan 15 - Dec 31 = 365 - 14 = 351 -> 750,000 x 351/365 = 721,232.88
exp(
    "Forensic laboratory equipment for the State Research Forensic Center of the MIA",
    "INL",
    "OTHER",
    "funded",
    "USD",
    721_232.88,
)
# 03/01/2021..02/28/2023 = 306 (Mar-Dec 2021) + 365 + 59 (Jan-Feb 2023) = 730 -> 1,095,000 x 306/730 = 459,000
exp("Counternarcotics canine units for the National Police", "INL", "DRUGS", "funded", "USD", 459_000)
# Jun 1 - Nov 30 2021: wholly in 2021 -> 3,650,000 UAH
exp("Renovation of custody suites in Kharkiv police stations", "INL", "CUSTODY", "funded", "UAH", 3_650_000)
# Oct 12 - Dec 20 2021: wholly in 2021 -> 120,000 UAH
exp(
    "Translation and printing of anti-trafficking training materials",
    "INL",
    "TRAFFICKING",
    "funded",
    "UAH",
    120_000,
)
# 09/30/2020..09/29/2021 = 93 (Sep 30 - Dec 31 2020) + 272 (Jan 1 - Sep 29 2021) = 365
# -> 500,000 x 272/365 = 372,602.74
exp("Cybercrime investigations mentoring program", "INL", "OTHER", "funded", "USD", 372_602.74)
# 07/01/2021..06/30/2022 = 365 days, 184 in 2021 -> 800,000 x 184/365 = 403,287.67 EUR
exp(
    "Modernisation of passenger processing at the Krakovets border crossing point",
    "INL",
    "BORDER_CROSSING",
    "funded",
    "EUR",
    403_287.67,
)

# =====================================================================================================
# 4 OSCE, Russian. Amounts as text with trailing currency ("1 250 000 грн.", "240 000,00 долл. США"),
#   apostrophe thousands ("85'000 EUR"), an in-kind zero written in the cell, Russian month names with "г.",
#   a cancelled row, a completed row (still counts for its 2021 months). No currency column.
# =====================================================================================================
wb = Workbook()
ws = wb.active
ws.title = "Проекты ОБСЕ"
ws["A1"] = "Координатор проектов ОБСЕ в Украине"
ws["A2"] = "Проекты в поддержку МВД Украины и центральных органов исполнительной власти, 2021 г."
ws.append([])
ws.append(["№ п/п", "Название проекта", "Бенефициар", "Начало", "Окончание", "Сумма", "Статус"])
osce_rows = [
    (
        1,
        "Противодействие торговле людьми: обучение сотрудников ювенальной полиции",
        "Национальная полиция",
        "январь 2021 г.",
        "декабрь 2021 г.",
        "1 250 000 грн.",
        "реализуется",
    ),
    (
        2,
        "Поддержка мобильных групп реагирования на случаи домашнего насилия",
        "Национальная полиция",
        "июль 2021 г.",
        "июнь 2022 г.",
        "85'000 EUR",
        "реализуется",
    ),
    (
        3,
        "Развитие системы реадмиссии и возвращения нелегальных мигрантов",
        "ГМС Украины",
        "сентябрь 2020 г.",
        "август 2021 г.",
        "240 000,00 долл. США",
        "завершен",
    ),
    (
        4,
        "Обучение специалистов ГСЧС по гуманитарному разминированию",
        "ГСЧС",
        "апрель 2021 г.",
        "март 2022 г.",
        "300'000 EUR",
        "отменен",
    ),
    (
        5,
        "Средства индивидуальной защиты от COVID-19 для сотрудников Национальной полиции",
        "Национальная полиция",
        "март 2021 г.",
        "май 2021 г.",
        "0 EUR (в натуральной форме)",
        "завершен",
    ),
]
for r in osce_rows:
    ws.append(list(r))
ws.column_dimensions["B"].width = 75
wb.save(OUT / "osce_pcu_ru.xlsx")
# Jan - Dec 2021: wholly 2021 -> 1,250,000 UAH
exp(
    "Противодействие торговле людьми: обучение сотрудников ювенальной полиции",
    "OSCE",
    "TRAFFICKING",
    "funded",
    "UAH",
    1_250_000,
)
# Jul 2021 - Jun 2022: 365 days, 184 in 2021 -> 85,000 x 184/365 = 42,849.32 EUR
exp(
    "Поддержка мобильных групп реагирования на случаи домашнего насилия",
    "OSCE",
    "DOMESTIC_VIOLENCE",
    "funded",
    "EUR",
    42_849.32,
)
# Sep 2020 - Aug 2021 = 122 (Sep 1 - Dec 31 2020) + 243 (Jan 1 - Aug 31 2021) = 365
# -> 240,000 x 243/365 = 159,780.82 USD
exp(
    "Развитие системы реадмиссии и возвращения нелегальных мигрантов",
    "OSCE",
    "ILLEGAL_MIGRATION",
    "funded",
    "USD",
    159_780.82,
)
# cancelled -> 0 (demining is outside the priority list -> OTHER)
exp("Обучение специалистов ГСЧС по гуманитарному разминированию", "OSCE", "OTHER", "cancelled", "EUR", 0)
# in kind, 0 EUR
exp(
    "Средства индивидуальной защиты от COVID-19 для сотрудников Национальной полиции",
    "OSCE",
    "COVID19",
    "funded",
    "EUR",
    0,
)

# =====================================================================================================
# 5 Lithuania, Ukrainian. Rows grouped under priority headings naming the MIA priority in Ukrainian; the rows
#   themselves have no priority and generic titles; subtotal rows per heading and a grand total;
#   dates "травень 2021 р." and one dotted date.
# =====================================================================================================
wb = Workbook()
ws = wb.active
ws.title = "Литва"
ws["A1"] = "Посольство Литовської Республіки в Україні"
ws["A2"] = "Допомога Литовської Республіки органам системи МВС України у 2021 році"
ws.append([])
ws.append(["№", "Захід / проєкт", "Отримувач", "Початок", "Завершення", "Сума, євро"])
lt = [
    ("Пріоритет: Протидія домашньому насильству",),
    (
        1,
        "Навчальний візит фахівців Національної поліції до Литви",
        "НПУ",
        "травень 2021 р.",
        "травень 2021 р.",
        40_000,
    ),
    (
        2,
        "Підтримка кризового центру у Львівській області",
        "НПУ",
        "жовтень 2021 р.",
        "вересень 2022 р.",
        60_000,
    ),
    (None, "Разом за пріоритетом", None, None, None, 100_000),
    ("Пріоритет: Надійна охорона державного кордону",),
    (
        3,
        "Передача обладнання (дар Литовської Республіки)",
        "ДПСУ",
        "грудень 2021 р.",
        "грудень 2021 р.",
        150_000,
    ),
    (4, "Обмін досвідом: семінари для офіцерів", "ДПСУ", "лютий 2022 р.", "квітень 2022 р.", 20_000),
    (None, "Разом за пріоритетом", None, None, None, 170_000),
    ("Пріоритет: Протидія нелегальній міграції",),
    (5, "Аналітична підтримка та експертні консультації", "ДМС", "01.07.2021", "30.06.2022", 36_500),
    (None, "Разом за пріоритетом", None, None, None, 36_500),
    (None, "УСЬОГО", None, None, None, 306_500),
]
for r in lt:
    ws.append(list(r))
for row in ws.iter_rows(min_row=5):
    if isinstance(row[0].value, str) and row[0].value.startswith("Пріоритет"):
        ws.merge_cells(start_row=row[0].row, start_column=1, end_row=row[0].row, end_column=6)
        row[0].font = Font(bold=True)
ws.column_dimensions["B"].width = 60
wb.save(OUT / "lithuania_embassy_uk.xlsx")
# May 2021 only -> 40,000
exp(
    "Навчальний візит фахівців Національної поліції до Литви",
    "Lithuania",
    "DOMESTIC_VIOLENCE",
    "funded",
    "EUR",
    40_000,
)
# Oct 2021 - Sep 2022 = 365 days, 2021 part Oct 1 - Dec 31 = 31+30+31 = 92 -> 60,000 x 92/365 = 15,123.29
exp(
    "Підтримка кризового центру у Львівській області",
    "Lithuania",
    "DOMESTIC_VIOLENCE",
    "funded",
    "EUR",
    15_123.29,
)
# Dec 2021 only -> 150,000
exp(
    "Передача обладнання (дар Литовської Республіки)",
    "Lithuania",
    "BORDER_SECURITY",
    "funded",
    "EUR",
    150_000,
)
# Feb - Apr 2022 -> 0
exp("Обмін досвідом: семінари для офіцерів", "Lithuania", "BORDER_SECURITY", "funded", "EUR", 0)
# 01.07.2021..30.06.2022 = 365 days, 184 in 2021 -> 36,500 x 184/365 = 18,400
exp(
    "Аналітична підтримка та експертні консультації",
    "Lithuania",
    "ILLEGAL_MIGRATION",
    "funded",
    "EUR",
    18_400,
)

# =====================================================================================================
# 6 Poland, English, Excel "Unicode text" export: UTF-16 LE with BOM, tab separated, a title line above the
#   header, amounts with non-breaking-space thousands and decimal comma ("730 000,00"), dotted dates.
# =====================================================================================================
NB = "\u00a0"
pl_lines = [
    ["Polish Aid - projects of the Embassy of the Republic of Poland in Kyiv for the MIA of Ukraine, 2021"],
    [],
    ["Project title", "Beneficiary", "Amount", "Currency", "Start date", "End date", "Status"],
    [
        "Training of SBGS maritime guard officers on surveillance of the maritime border",
        "SBGS",
        f"730{NB}000,00",
        "PLN",
        "01.04.2021",
        "31.03.2023",
        "ongoing",
    ],
    [
        "Equipment for community police officers in Volyn hromadas",
        "National Police",
        f"365{NB}000,00",
        "PLN",
        "01.01.2021",
        "31.12.2021",
        "ongoing",
    ],
    [
        "Support to the State Migration Service in processing asylum applications",
        "SMS",
        f"200{NB}000,00",
        "PLN",
        "01.09.2021",
        "31.08.2022",
        "planned",
    ],
    [
        "Workshop on police cooperation against drug trafficking",
        "National Police",
        f"50{NB}000,00",
        "PLN",
        "15.11.2019",
        "14.11.2020",
        "completed",
    ],
]
with open(OUT / "poland_polish_aid_unicode.txt", "w", encoding="utf-16", newline="") as f:
    for line in pl_lines:
        f.write("\t".join(line) + "\r\n")
# 01.04.2021..31.03.2023 = 275 + 365 + 90 = 730 days -> 730,000 x 275/730 = 275,000 PLN
exp(
    "Training of SBGS maritime guard officers on surveillance of the maritime border",
    "Poland",
    "BORDER_SECURITY",
    "funded",
    "PLN",
    275_000,
)
# whole 2021 -> 365,000 PLN
exp(
    "Equipment for community police officers in Volyn hromadas",
    "Poland",
    "COMMUNITY_POLICING",
    "funded",
    "PLN",
    365_000,
)
# planned; 01.09.2021..31.08.2022 = 365 days, 2021 part Sep 1 - Dec 31 = 30+31+30+31 = 122
# -> 200,000 x 122/365 = 66,849.32 PLN (pipeline)
exp(
    "Support to the State Migration Service in processing asylum applications",
    "Poland",
    "ILLEGAL_MIGRATION",
    "pipeline",
    "PLN",
    66_849.32,
)
# ended 14.11.2020 -> 0
exp("Workshop on police cooperation against drug trafficking", "Poland", "DRUGS", "funded", "PLN", 0)

# =====================================================================================================
# 7 Netherlands, English. Each project listed twice on the same sheet: an overview block at the top (title +
#   total budget) and the detail table below (must count once). The detail table's header is repeated in the
#   middle (page-break copy). Dates are Excel serial numbers left unformatted (44197 = 2021-01-01).
# =====================================================================================================
wb = Workbook()
ws = wb.active
ws.title = "NL support MIA"
ws["A1"] = "Embassy of the Kingdom of the Netherlands in Kyiv - MATRA / Human Rights Fund"
ws["A3"] = "Overview"
ws["A3"].font = Font(bold=True)
ws.append(["Project", "Total budget (EUR)"])
nl = [
    # title, implementer, beneficiary, total, 2021, start serial, end serial
    (
        "Strengthening accountability in police custody: video recording in interview rooms",
        "Helsinki Foundation",
        "National Police",
        500_000,
        220_000,
        44075,
        44804,
    ),  # 2020-09-01 .. 2022-08-31
    (
        "Preventing domestic violence through perpetrator programmes",
        "La Strada Ukraine",
        "National Police",
        300_000,
        150_000,
        44197,
        44926,
    ),  # 2021-01-01 .. 2022-12-31
    (
        "Anti-corruption compliance in MIA public procurement",
        "Transparency International Ukraine",
        "MIA",
        240_000,
        None,
        44470,
        45199,
    ),  # 2021-10-01 .. 2023-09-30
    (
        "Joint trainings for police and border guards on trafficking in women",
        "IOM",
        "NPU; SBGS",
        180_000,
        180_000,
        44228,
        44530,
    ),  # 2021-02-01 .. 2021-11-30
]
for t, _, _, tot, *_ in nl:
    ws.append([t, tot])
ws.append(["Total", sum(x[3] for x in nl)])
ws.append([])
ws.append(["Project details"])
ws.cell(ws.max_row, 1).font = Font(bold=True)
hdr = [
    "Project title",
    "Implementer",
    "Beneficiary",
    "Total budget (EUR)",
    "2021 (EUR)",
    "Start date",
    "End date",
]
ws.append(hdr)
for i, (t, imp, ben, tot, y21, s, e) in enumerate(nl):
    if i == 2:
        ws.append(hdr)  # header repeated at a page break
    ws.append([t, imp, ben, tot, y21, s, e])
ws.column_dimensions["A"].width = 80
wb.save(OUT / "netherlands_matra_overview_details.xlsx")
# 2021 figure given -> 220,000
exp(
    "Strengthening accountability in police custody: video recording in interview rooms",
    "Netherlands",
    "CUSTODY",
    "funded",
    "EUR",
    220_000,
)
# 2021 figure given -> 150,000
exp(
    "Preventing domestic violence through perpetrator programmes",
    "Netherlands",
    "DOMESTIC_VIOLENCE",
    "funded",
    "EUR",
    150_000,
)
# 2021 blank: 2021-10-01..2023-09-30 = 92 + 365 + 273 = 730 -> 240,000 x 92/730 = 30,246.58
exp(
    "Anti-corruption compliance in MIA public procurement", "Netherlands", "OTHER", "funded", "EUR", 30_246.58
)
# 2021 figure given -> 180,000 (= total, Feb-Nov 2021)
exp(
    "Joint trainings for police and border guards on trafficking in women",
    "Netherlands",
    "TRAFFICKING",
    "funded",
    "EUR",
    180_000,
)

# =====================================================================================================
# 8 EU Delegation, Ukrainian. Long layout: one row per project and year ("Рік" | "Сума, євро"), the title,
#   number, beneficiary, period and status merged vertically over the project's three year rows; a merged title
#   cell spanning the whole table width; dash for an empty year; a total row per year at the bottom.
# =====================================================================================================
wb = Workbook()
ws = wb.active
ws.title = "ЄС"
ws["A1"] = (
    "Представництво Європейського Союзу в Україні: проєкти міжнародної технічної допомоги у секторі МВС"
)
ws.merge_cells("A1:G1")
ws["A1"].alignment = Alignment(horizontal="center")
ws["A2"] = "станом на 01.03.2021"
ws.merge_cells("A2:G2")
ws.append([])
ws.append(["№", "Назва проєкту", "Бенефіціар", "Період реалізації", "Статус", "Рік", "Сума, євро"])
eu = [
    (
        1,
        "EU4Border: посилення охорони морської ділянки державного кордону",
        "ДПСУ",
        "01.01.2021 – 31.12.2023",
        "виконується",
        [1_200_000, 1_500_000, 800_000],
    ),
    (
        2,
        "Запровадження спільного контролю в пунктах пропуску на кордоні з Польщею",
        "ДПСУ",
        "01.01.2022 – 31.12.2023",
        "затверджено",
        ["—", 2_000_000, 1_000_000],
    ),
    (
        3,
        "Протидія незаконному обігу наркотиків: підтримка кінологічних підрозділів",
        "НПУ",
        "01.03.2021 – 28.02.2023",
        "виконується",
        [350_000, 350_000, 60_000],
    ),
    (
        4,
        "Консультативна підтримка стратегічного планування в МВС",
        "МВС",
        "01.01.2021 – 31.12.2022",
        "заплановано",
        [900_000, 600_000, "—"],
    ),
]
for no, t, ben, per, st, years in eu:
    first = ws.max_row + 1
    for k, (yr, amt) in enumerate(zip((2021, 2022, 2023), years, strict=True)):
        if k == 0:
            ws.append([no, t, ben, per, st, yr, amt])
        else:
            ws.append([None, None, None, None, None, yr, amt])
    for col in range(1, 6):
        ws.merge_cells(start_row=first, start_column=col, end_row=first + 2, end_column=col)
        ws.cell(first, col).alignment = Alignment(vertical="center", wrap_text=True)
ws.append([None, "Разом 2021", None, None, None, 2021, 2_450_000])
ws.column_dimensions["B"].width = 70
wb.save(OUT / "eu_delegation_long_years_uk.xlsx")
# 2021 row -> 1,200,000
exp(
    "EU4Border: посилення охорони морської ділянки державного кордону",
    "EU",
    "BORDER_SECURITY",
    "funded",
    "EUR",
    1_200_000,
)
# 2021 row is a dash and the project starts 01.01.2022 -> 0
exp(
    "Запровадження спільного контролю в пунктах пропуску на кордоні з Польщею",
    "EU",
    "BORDER_CROSSING",
    "funded",
    "EUR",
    0,
)
# 2021 row -> 350,000
exp(
    "Протидія незаконному обігу наркотиків: підтримка кінологічних підрозділів",
    "EU",
    "DRUGS",
    "funded",
    "EUR",
    350_000,
)
# planned; 2021 row -> 900,000 (pipeline)
exp("Консультативна підтримка стратегічного планування в МВС", "EU", "OTHER", "pipeline", "EUR", 900_000)
# (check of the total row: 1,200,000 + 0 + 350,000 + 900,000 = 2,450,000)

# =====================================================================================================
# 9 NATO CAP trust funds, English. Start / end as "MM/YYYY" text (a month alone), amounts as "€1.46M",
#   "€450k", "€ 250,000"; a planned row starting 2022.
# =====================================================================================================
wb = Workbook()
ws = wb.active
ws.title = "CAP Trust Funds"
ws["A1"] = "NATO Representation to Ukraine - Comprehensive Assistance Package (CAP) Trust Funds"
ws["A2"] = "Activities benefiting MIA agencies"
ws.append([])
ws.append(
    [
        "Trust Fund / activity",
        "Implementer",
        "Beneficiary",
        "Budget",
        "Start (MM/YYYY)",
        "End (MM/YYYY)",
        "Status",
    ]
)
nato = [
    (
        "C4 Trust Fund: secure communications for border guard units on the state border",
        "NSPA",
        "SBGS",
        "€1.46M",
        "03/2021",
        "02/2023",
        "Ongoing",
    ),
    (
        "EOD and Countermining Trust Fund: explosive ordnance disposal training for SESU",
        "NSPA",
        "SESU",
        "€450k",
        "07/2020",
        "06/2021",
        "Completed",
    ),
    (
        "Medical Rehabilitation Trust Fund: rehabilitation of injured MIA personnel",
        "NSPA",
        "MIA",
        "€300k",
        "01/2022",
        "12/2022",
        "Planned",
    ),
    (
        "Maintenance of patrol boats of the Maritime Guard",
        "NSPA",
        "SBGS",
        "€ 250,000",
        "12/2021",
        "12/2021",
        "Ongoing",
    ),
]
for r in nato:
    ws.append(list(r))
ws.column_dimensions["A"].width = 80
wb.save(OUT / "nato_cap_trust_funds.xlsx")
# 03/2021..02/2023 = 2021-03-01..2023-02-28 = 306 + 365 + 59 = 730 -> 1,460,000 x 306/730 = 612,000
exp(
    "C4 Trust Fund: secure communications for border guard units on the state border",
    "NATO",
    "BORDER_SECURITY",
    "funded",
    "EUR",
    612_000,
)
# 07/2020..06/2021 = 184 (Jul-Dec 2020) + 181 (Jan-Jun 2021) = 365 -> 450,000 x 181/365 = 223,150.68
exp(
    "EOD and Countermining Trust Fund: explosive ordnance disposal training for SESU",
    "NATO",
    "OTHER",
    "funded",
    "EUR",
    223_150.68,
)
# planned, starts 01/2022 -> 0
exp(
    "Medical Rehabilitation Trust Fund: rehabilitation of injured MIA personnel",
    "NATO",
    "OTHER",
    "pipeline",
    "EUR",
    0,
)
# 12/2021 alone: Dec 1 - Dec 31 2021 -> 250,000
exp("Maintenance of patrol boats of the Maritime Guard", "NATO", "BORDER_SECURITY", "funded", "EUR", 250_000)

with open(OUT.parent / "expected.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=list(EXP[0]))
    w.writeheader()
    w.writerows(EXP)
print(len(EXP), "projects")
