# ruff: noqa: B007 - a data script written blind: its loops unpack whole rows and use a few fields
"""Blind partner files, set L: written without reading the reader's code. Expected values by hand.

Ordinary returns (title row, header, 4-5 projects, totals row, note), each with one or two quirks.
Usage: python set_l.py OUT_DIR  -> OUT_DIR/raw/<partner files>, OUT_DIR/expected.csv
Convention: a given 2021 figure is taken as is; otherwise total x days in 2021 / days of the project (both ends
included); a month runs first to last day, a quarter first to last day; outside 2021 -> 0; cancelled -> 0.
"""

import csv
import datetime as dt
import shutil
import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

OUT = Path(sys.argv[1]) / "raw"
shutil.rmtree(OUT, ignore_errors=True)
OUT.mkdir(parents=True)
EXP = []  # title, partner, priority, status(funded|pipeline|cancelled), currency, amount_2021 in currency


def exp(title, partner, priority, status, cur, a2021):
    EXP.append(
        dict(title=title, partner=partner, priority=priority, status=status, currency=cur, amount_2021=a2021)
    )


D = dt.datetime

# ------------------------------------------------------------------------------------------------------------------
# 1 Netherlands: amounts as text with the euro sign AFTER the number ("600 000 €"), an empty row between projects,
#   a beneficiary cell "all MIA agencies"
wb = Workbook()
ws = wb.active
ws.title = "Projects"
ws["A1"] = "Embassy of the Kingdom of the Netherlands in Kyiv – projects with the MIA sector, 2021"
ws["A1"].font = Font(bold=True, size=13)
ws.append([])
ws.append(["No.", "Project title", "Beneficiary", "Start", "End", "Budget", "Status"])
nl = [
    (
        1,
        "Border surveillance equipment for the State Border Guard Service on the western border",
        "SBGS",
        D(2021, 1, 1),
        D(2021, 12, 31),
        "600 000 €",
        "Ongoing",
    ),
    (
        2,
        "Countering synthetic drug production: forensic laboratory capacity of the National Police",
        "NPU",
        D(2021, 7, 1),
        D(2022, 6, 30),
        "730 000 €",
        "Ongoing",
    ),
    (
        3,
        "Gender mainstreaming in the human resources policy of the Ministry of Internal Affairs",
        "all MIA agencies",
        D(2020, 1, 1),
        D(2021, 12, 31),
        "1 462 000 €",
        "Ongoing",
    ),
    (
        4,
        "Police response to domestic violence: mobile response teams in Kharkiv oblast",
        "NPU",
        D(2021, 4, 1),
        D(2022, 3, 31),
        "365 000 €",
        "Ongoing",
    ),
]
for r in nl:
    ws.append(list(r))
    for c in ws[ws.max_row][3:5]:
        c.number_format = "DD.MM.YYYY"
    ws.append([])  # an empty row after every project
ws.append(["", "Total", "", "", "", "3 157 000 €", ""])
ws.append([])
ws.append(["Note: budgets are the Netherlands' contribution over the whole project period."])
ws.column_dimensions["B"].width = 80
wb.save(OUT / "NL_Embassy_MIA_projects_2021.xlsx")
exp(nl[0][1], "Netherlands", "BORDER_SECURITY", "funded", "EUR", 600_000)  # all of 2021
# 2021-07-01..2022-06-30 = 365 days, 184 in 2021; 730,000 x 184/365 = 368,000
exp(nl[1][1], "Netherlands", "DRUGS", "funded", "EUR", 368_000)
# 2020-01-01..2021-12-31 = 366+365 = 731 days, 365 in 2021; 1,462,000 x 365/731 = 730,000
exp(nl[2][1], "Netherlands", "OTHER", "funded", "EUR", 730_000)
# 2021-04-01..2022-03-31 = 365 days, 275 in 2021; 365,000 x 275/365 = 275,000
exp(nl[3][1], "Netherlands", "DOMESTIC_VIOLENCE", "funded", "EUR", 275_000)

# ------------------------------------------------------------------------------------------------------------------
# 2 Denmark: "Сума, тис. грн" with decimal-comma text amounts ("12 480,5"), a donor column naming the ministry
#   ("Міністерство закордонних справ Данії"), a beneficiary "усі органи системи МВС"
wb = Workbook()
ws = wb.active
ws.title = "Аркуш1"
ws["A1"] = "Проєкти міжнародної технічної допомоги, що фінансуються Данією, 2021 рік"
ws["A1"].font = Font(bold=True)
ws.append(["№", "Назва проєкту", "Донор", "Бенефіціар", "Дата початку", "Дата завершення", "Сума, тис. грн"])
dk = [
    (
        1,
        "Модернізація пунктів пропуску на кордоні з Молдовою: електронна черга для вантажівок",
        "Міністерство закордонних справ Данії",
        "ДПСУ",
        D(2021, 1, 1),
        D(2021, 12, 31),
        "12 480,5",
    ),
    (
        2,
        "Навчання персоналу з питань доступу до публічної інформації",
        "Міністерство закордонних справ Данії",
        "усі органи системи МВС",
        D(2021, 7, 1),
        D(2021, 12, 31),
        "950,0",
    ),
    (
        3,
        "Безпека громад: програма «Поліцейський офіцер громади» у Житомирській області",
        "Міністерство закордонних справ Данії",
        "НПУ",
        D(2021, 1, 1),
        D(2022, 12, 31),
        "3 650,8",
    ),
    (
        4,
        "Протидія торгівлі людьми: ідентифікація постраждалих підрозділами ДМС",
        "Міністерство закордонних справ Данії",
        "ДМС",
        D(2021, 10, 1),
        D(2022, 9, 30),
        "1 825,0",
    ),
]
for r in dk:
    ws.append(list(r))
    for c in ws[ws.max_row][4:6]:
        c.number_format = "DD.MM.YYYY"
ws.append(["", "Разом", "", "", "", "", "18 906,3"])
ws.append([])
ws.append(["Примітка: суми зазначено в тисячах гривень за весь період проєкту."])
ws.column_dimensions["B"].width = 80
ws.column_dimensions["C"].width = 40
wb.save(OUT / "Daniya_MTD_MVS_2021.xlsx")
exp(dk[0][1], "Denmark", "BORDER_CROSSING", "funded", "UAH", 12_480_500)  # all of 2021
exp(dk[1][1], "Denmark", "OTHER", "funded", "UAH", 950_000)  # Jul-Dec 2021
# 2021-01-01..2022-12-31 = 730 days, 365 in 2021; 3,650,800 x 365/730 = 1,825,400
exp(dk[2][1], "Denmark", "COMMUNITY_POLICING", "funded", "UAH", 1_825_400)
# 2021-10-01..2022-09-30 = 365 days, 92 in 2021; 1,825,000 x 92/365 = 460,000
exp(dk[3][1], "Denmark", "TRAFFICKING", "funded", "UAH", 460_000)

# ------------------------------------------------------------------------------------------------------------------
# 3 OSCE (Russian): statuses in Russian past tense ("завершен", "отменен"); a project finished in 2021 still counts,
#   one finished in 2020 does not, one cancelled in 2021 keeps its amount written (counts nothing)
wb = Workbook()
ws = wb.active
ws.title = "ОБСЕ"
ws["A1"] = (
    "Координатор проектов ОБСЕ – проекты в сфере МВД Украины (по состоянию на 15.01.2022), бюджет в евро"
)
ws.append([])
ws.append(["№", "Название проекта", "Получатель", "Начало", "Окончание", "Бюджет, евро", "Статус"])
osce = [
    (
        1,
        "Мониторинг мест содержания под стражей: поддержка национального превентивного механизма",
        "НПУ",
        "01.01.2020",
        "31.12.2020",
        250_000,
        "завершен",
    ),
    (
        2,
        "Электронный журнал учета задержанных лиц в изоляторах временного содержания",
        "НПУ",
        "01.03.2021",
        "28.02.2022",
        365_000,
        "реализуется",
    ),
    (
        3,
        "Противодействие распространению синтетических наркотиков через интернет",
        "НПУ",
        "01.05.2021",
        "31.12.2021",
        120_000,
        "отменен",
    ),
    (
        4,
        "Укрепление охраны зеленой границы: тепловизоры для ГПСУ",
        "ГПСУ",
        "01.01.2021",
        "31.12.2021",
        480_000,
        "завершен",
    ),
]
for r in osce:
    ws.append(list(r))
ws.append(["", "Всего по программе", "", "", "", 1_215_000, ""])
ws.append([])
ws.append(["Примечание: проект № 3 отменен в июне 2021 г. по решению донора, средства не использовались."])
ws.column_dimensions["B"].width = 80
wb.save(OUT / "OBSE_proekty_MVD_2021.xlsx")
exp(osce[0][1], "OSCE", "CUSTODY", "funded", "EUR", 0)  # completed in 2020
# 2021-03-01..2022-02-28 = 365 days, 306 in 2021; 365,000 x 306/365 = 306,000
exp(osce[1][1], "OSCE", "CUSTODY", "funded", "EUR", 306_000)
exp(osce[2][1], "OSCE", "DRUGS", "cancelled", "EUR", 0)  # cancelled, amount still written
exp(osce[3][1], "OSCE", "BORDER_SECURITY", "funded", "EUR", 480_000)  # completed at end of 2021: counts

# ------------------------------------------------------------------------------------------------------------------
# 4 USAID CSV (English, comma, UTF-8): months abbreviated with a period ("Sept. 2021", "Jan. 2021"),
#   statuses "on track" / "delayed" / "awaiting approval"
rows = [
    ["USAID Ukraine - activities with the Ministry of Internal Affairs, FY2021"],
    [],
    ["Activity", "Agency", "Start", "End", "Total (USD)", "Status"],
    [
        "Community policing: safety audits in Donetsk oblast hromadas",
        "NPU",
        "Jan. 2021",
        "Dec. 2022",
        "2000000",
        "on track",
    ],
    [
        "Counter-trafficking hotline and victim referral mechanism",
        "NPU",
        "Sept. 2021",
        "Aug. 2022",
        "730000",
        "delayed",
    ],
    [
        "COVID-19 protective equipment for patrol police officers",
        "NPU",
        "Mar. 2021",
        "June 2021",
        "300000",
        "completed",
    ],
    [
        "Faster passenger crossing: e-queue at checkpoints on the border with Poland",
        "SBGS",
        "Oct. 2021",
        "Sept. 2022",
        "365000",
        "awaiting approval",
    ],
    ["TOTAL", "", "", "", "3395000", ""],
    [],
    ["Months are inclusive: a project running Jan. 2021 - Dec. 2022 covers both full years."],
]
with open(OUT / "usaid_mia_activities_fy2021.csv", "w", newline="", encoding="utf-8") as f:
    csv.writer(f).writerows(rows)
us = rows[3:7]
# 2021-01-01..2022-12-31 = 730 days, 365 in 2021 -> 1,000,000
exp(us[0][0], "USAID", "COMMUNITY_POLICING", "funded", "USD", 1_000_000)
# 2021-09-01..2022-08-31 = 365 days, 122 in 2021 (30+31+30+31); 730,000 x 122/365 = 244,000; delayed = funded
exp(us[1][0], "USAID", "TRAFFICKING", "funded", "USD", 244_000)
exp(us[2][0], "USAID", "COVID19", "funded", "USD", 300_000)  # Mar-Jun 2021, all in 2021
# 2021-10-01..2022-09-30 = 365 days, 92 in 2021; 365,000 x 92/365 = 92,000; awaiting approval = pipeline
exp(us[3][0], "USAID", "BORDER_CROSSING", "pipeline", "USD", 92_000)

# ------------------------------------------------------------------------------------------------------------------
# 5 Sweden CSV (Ukrainian, semicolon, UTF-8): period in one column as "2021 Q2 – 2022 Q1" (year before quarter),
#   amounts with space thousands, a beneficiary "МВС та ЦОВВ"
rows = [
    ["Посольство Швеції в Україні – проєкти у секторі МВС, суми у шведських кронах (SEK)"],
    ["№", "Назва проєкту", "Бенефіціар", "Період", "Сума, SEK", "Статус"],
    [
        "1",
        "Гендерно чутлива поліцейська діяльність у протидії домашньому насильству",
        "НПУ",
        "2021 Q1 – 2022 Q4",
        "4 000 000",
        "виконується",
    ],
    [
        "2",
        "Реформа управління людськими ресурсами в системі МВС",
        "МВС та ЦОВВ",
        "2021 Q2 – 2022 Q1",
        "3 650 000",
        "виконується",
    ],
    ["3", "Підтримка ДСНС у реагуванні на пандемію COVID-19", "ДСНС", "2021 Q3", "1 200 000", "завершено"],
    [
        "4",
        "Інтегроване управління кордонами: аналіз ризиків для ДПСУ",
        "ДПСУ",
        "2022 Q1 – 2022 Q4",
        "2 000 000",
        "заплановано",
    ],
    ["", "Усього", "", "", "10 850 000", ""],
    ["Примітка: проєкт 4 очікує рішення Sida, фінансування не підтверджене."],
]
with open(OUT / "Shvetsiya_proekty_MVS.csv", "w", newline="", encoding="utf-8") as f:
    csv.writer(f, delimiter=";").writerows(rows)
se = rows[2:6]
# 2021-01-01..2022-12-31 = 730 days, 365 in 2021; 4,000,000 / 2 = 2,000,000
exp(se[0][1], "Sweden", "DOMESTIC_VIOLENCE", "funded", "SEK", 2_000_000)
# 2021-04-01..2022-03-31 = 365 days, 275 in 2021; 3,650,000 x 275/365 = 2,750,000
exp(se[1][1], "Sweden", "OTHER", "funded", "SEK", 2_750_000)
exp(se[2][1], "Sweden", "COVID19", "funded", "SEK", 1_200_000)  # Q3 2021 only
exp(se[3][1], "Sweden", "BORDER_SECURITY", "pipeline", "SEK", 0)  # 2022 only, planned

# ------------------------------------------------------------------------------------------------------------------
# 6 Poland (English): a "2021 allocation" column filled for some rows only (others: prorate the total), and a
#   "Funding confirmed (Y/N)" column instead of a status (N = pipeline)
wb = Workbook()
ws = wb.active
ws.title = "Polish Aid"
ws["A1"] = (
    "Polish Aid (Ministry of Foreign Affairs of the Republic of Poland) – projects for the MIA of Ukraine"
)
ws["A1"].font = Font(bold=True)
ws.append(["All amounts in PLN"])
ws.append(
    [
        "#",
        "Project",
        "Beneficiary",
        "Start date",
        "End date",
        "Total budget",
        "2021 allocation",
        "Funding confirmed (Y/N)",
    ]
)
pl = [
    (
        1,
        "Equipment for the Border Guard's mobile surveillance units in Volyn oblast",
        "SBGS",
        D(2021, 1, 1),
        D(2022, 12, 31),
        1_000_000,
        600_000,
        "Y",
    ),
    (
        2,
        "Study visits for Ukrainian police on community policing in Polish municipalities",
        "NPU",
        D(2021, 6, 1),
        D(2021, 11, 30),
        150_000,
        None,
        "Y",
    ),
    (
        3,
        "Detection of irregular migrants and readmission procedures: training for the State Migration Service",
        "SMS",
        D(2021, 9, 1),
        D(2022, 8, 31),
        365_000,
        None,
        "Y",
    ),
    (4, "Road safety education for patrol police", "NPU", D(2022, 1, 1), D(2022, 12, 31), 200_000, None, "N"),
    (
        5,
        "Rescue equipment for State Emergency Service units",
        "SESU",
        D(2021, 3, 1),
        D(2021, 12, 31),
        400_000,
        400_000,
        "Y",
    ),
]
for r in pl:
    ws.append(list(r))
    for c in ws[ws.max_row][3:5]:
        c.number_format = "YYYY-MM-DD"
    for c in ws[ws.max_row][5:7]:
        c.number_format = "#,##0"
ws.append(["", "Total", "", "", "", 2_115_000, 1_000_000, ""])
ws.append(
    ["Where the 2021 allocation is blank, it has not been set yet; the budget runs evenly over the period."]
)
ws.column_dimensions["B"].width = 90
wb.save(OUT / "PolishAid_MIA_2021.xlsx")
exp(pl[0][1], "Poland", "BORDER_SECURITY", "funded", "PLN", 600_000)  # given 2021 allocation
exp(pl[1][1], "Poland", "COMMUNITY_POLICING", "funded", "PLN", 150_000)  # all in 2021
# 2021-09-01..2022-08-31 = 365 days, 122 in 2021; 365,000 x 122/365 = 122,000
exp(pl[2][1], "Poland", "ILLEGAL_MIGRATION", "funded", "PLN", 122_000)
exp(pl[3][1], "Poland", "OTHER", "pipeline", "PLN", 0)  # 2022 only, not confirmed
exp(pl[4][1], "Poland", "OTHER", "funded", "PLN", 400_000)  # given 2021 allocation

with open(OUT.parent / "expected.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=list(EXP[0]))
    w.writeheader()
    w.writerows(EXP)
print(len(EXP), "expected lines")
