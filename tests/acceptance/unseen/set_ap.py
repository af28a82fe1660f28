"""Blind set "ap" -- who pays, and what part is the sector's.

Usage:  python set_ap.py OUT_DIR   -> OUT_DIR/raw/*.xlsx|csv  and  OUT_DIR/expected.csv

Seven partner files, 45 projects (51 expected lines: co-funded projects get one line per
funding partner).  Theme: the file names the money's source in many ways (official donor
names in UA/EN/RU, pass-through chains, implementer's own resources, pooled funds, regional
programmes with a Ukraine share, multi-sector programmes with an MIA share, donor only in the
title or only in a cover letter, embassy vs agency).  The partner is always whose money it is.

Amount rule (COMMON.md): a stated 2021 figure wins; otherwise total x days-in-2021 / days of
period (both ends counted; months -> 1st of first month .. last of last month; years only ->
1 Jan .. 31 Dec).  Shares (Ukraine share, MIA share, donor share) are applied to the money first.

FILE 1  UNDP_Ukraine_MIA_portfolio_2021.xlsx  (UNDP implementer list, UA/EN bilingual, title
        block, TWO-ROW header "Період/Бюджет" with merged group cells, USD, hidden Atlas column)
  - Title cells hold "Ukrainian line\\nEnglish line": title = first (Ukrainian) line.
  - Donor column in official style in three languages:
      "Міністерство закордонних справ Королівства Нідерландів" -> Netherlands (community policing,
        stated 2021 = 812,500);
      "Government of Japan" -> Japan (domestic violence, 2021 cell "н/д" -> spread by days);
      "Федеральное министерство иностранных дел Германии" (Russian in a UA file) -> Germany
        (custody records, stated 2021 = 530,000).
  - Co-funded TIP project: title merged over two sub-rows, one per donor, each with its own total
    and 2021 -> Japan 240,000 and Netherlands 160,000.
  - "ПРООН (власні ресурси, TRAC)" -> UNDP is the partner (own core resources), 150,000.
  - "Європейський Союз (за кошти ЄС, виконавець – ПРООН)" -> EU, not UNDP; stated 2021 900,000.
  - "Міністерство закордонних справ Данії" -> Denmark; status "На погодженні / Under
    negotiation" -> pipeline; 2021 cell "—" -> spread.
  - "Посольство США в Україні (Бюро INL)" -> USA (embassy named first, INL beside it).
  - "Разом / Total" row is not a project (asserted equal to the sum of the rows).
FILE 2  IOM_Ukraine_LE_sector_projects_2021.csv  (IOM list; ';'-separated, UTF-8 BOM, one
        preamble line, amounts with space thousands separators, per-row currency, dd.mm.yyyy)
  - "USAID via IOM" -> USAID; "EU (DG NEAR) through IOM" -> EU; "IOM Development Fund (IOM own
    resources)" -> IOM; "U.S. Department of State – Bureau of Population, Refugees and Migration
    (PRM)" -> USA (State Department named first); "UK Government – CSSF" -> UK (GBP);
    "Norwegian Ministry of Foreign Affairs" -> Norway (NOK, pipeline).
  - Regional UA/MD programmes: the budget is the whole regional budget, column "Ukraine share, %"
    gives 55 / 60 -> amount = total x share x days fraction.
  - UK COVID project: "Cancelled – donor funding withdrawn (02/2021)" -> cancelled.
FILE 3  EUDEL_actions_MIA_sector_2021.xlsx  (EU Delegation; donor named ONLY in the title block
        / sheet name; implementer column lists Council of Europe, IOM, UNODC, UNDP, ICMPD)
  - Every action -> EU (implementers are not partners).
  - Partnership for Good Governance custody action: total 2,000,000, EU contribution 1,800,000;
    remark says the Council of Europe co-finances 10 % from its own budget -> EU line 1,800,000
    and Council of Europe line 200,000, both spread over 2019-2021.
  - Multi-sector rule-of-law programme: "of which MIA system: 30%" -> EU 10,000,000 x 30 % x
    365/1461; priority from the stated MIA component (community policing).
  - ICMPD action "Under preparation" -> pipeline; SES chemical action "Cancelled (withdrawn by
    the EU, January 2021)" -> cancelled.
  - TOTAL row; hidden column "CRIS ref."
FILE 4  GIZ_Ukraine_proekty_MVD_2021.xlsx  (GIZ, Russian, budgets in THOUSANDS of EUR,
        periods as "MM.YYYY – MM.YYYY" or years only)
  - "Федеральное министерство иностранных дел Германии (AA)" -> Germany; footnote: GIZ works on
    behalf of German federal ministries unless stated otherwise.
  - BMZ multi-sector programme "2019 – 2022", 15 000 thous. EUR, "из них система МВД: 30 %"
    -> Germany 15,000,000 x 0.3 x 365/1461 (MIA component: SES fire-rescue units -> OTHER).
  - "Собственные средства GIZ (фонд инноваций GIZ)" -> GIZ (own money).
  - "Европейский Союз (делегированное сотрудничество), исполнитель – GIZ" -> EU.
  - Co-financing cell "BMZ (Германия): 1 500 / SDC (Швейцария): 500" -> Germany 1,500,000 and
    Switzerland 500,000, each spread over 07.2020-06.2023.
  - BMI project "в стадии согласования" -> pipeline.
FILE 5  Sweden_support_MIA_2021.xlsx  (sheet 1 = cover letter from the Embassy of Sweden /
        Sida: the ONLY place naming the donor; sheet 2 = table without donor column, SEK)
  - All projects -> Sweden, although implementers are UN Women, UNDP, Council of Europe, MSB...
  - "Planned disbursement 2021, SEK" is the 2021 amount; "—" for the planned TIP project ->
    spread over 09.2021-08.2023; completed custody project (2019-2020) -> 0, status funded.
  - COVID PPE "Cancelled" -> cancelled (its 2021 plan 3,500,000 is still the stated figure).
FILE 6  INL_Ukraine_LE_assistance_2021.xlsx  (INL portfolio; the file names INL alone -- no
        embassy, no State Department -> INL; one USAID row shown for coordination -> USAID)
  - "CY2021 planned, USD" column where filled, else spread (3 spread rows).
  - ITT custody phase II, 2022-2023, "Proposed" -> pipeline, amount 0 (wholly outside 2021).
  - National Guard training "Terminated before start" -> cancelled.
FILE 7  OSCE_PCU_projects_MIA_2021.xlsx  (OSCE Project Co-ordinator; Unified Budget vs
        extra-budgetary; one row per donor, continuation rows have an empty title; EUR)
  - "OSCE Unified Budget" -> OSCE; UB + ExB project -> OSCE and Poland lines.
  - SALW border project: Germany / Canada / USA ("United States of America (U.S. Mission to the
    OSCE)") lines.
  - Pooled Fund for Dialogue: the row names only the fund; note 1 gives the fund's 2021
    contributors (Sweden 50 %, Denmark 30 %, Switzerland 20 %) and says projects are attributed
    in these proportions -> three lines.
  - Japan pledge "awaiting signature" -> pipeline.
"""

import calendar
import csv
import datetime as dt
import os
import sys

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

D = dt.date
Y0, Y1 = D(2021, 1, 1), D(2021, 12, 31)


def days_in_2021(start, end):
    s, e = max(start, Y0), min(end, Y1)
    return max(0, (e - s).days + 1)


def spread(total, start, end):
    return total * days_in_2021(start, end) / ((end - start).days + 1)


def mstart(y, m):
    return D(y, m, 1)


def mend(y, m):
    return D(y, m, calendar.monthrange(y, m)[1])


EXPECTED = []
PROJECT_TITLES = []


def project(title):
    assert title not in PROJECT_TITLES, title
    PROJECT_TITLES.append(title)


def exp(title, partner, priority, status, currency, amount):
    assert title in PROJECT_TITLES
    EXPECTED.append(
        dict(
            title=title,
            partner=partner,
            priority=priority,
            status=status,
            currency=currency,
            amount_2021=round(amount + 1e-9, 2),
        )
    )


THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
TOT_FILL = PatternFill("solid", fgColor="F2F2F2")
WRAP = Alignment(wrap_text=True, vertical="top")


def style_range(ws, r1, r2, c1, c2, fill=None, bold=False):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            cell = ws.cell(r, c)
            cell.border = BORDER
            cell.alignment = WRAP
            if fill:
                cell.fill = fill
            if bold:
                cell.font = Font(bold=True)


# ---------------------------------------------------------------- FILE 1: UNDP
def file1(raw):
    wb = Workbook()
    ws = wb.active
    ws.title = "Портфель ПРООН"
    ws["A1"] = "Програма розвитку ООН в Україні / United Nations Development Programme in Ukraine"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = (
        "Проєкти ПРООН на підтримку органів системи МВС України станом на 01.03.2021 / "
        "UNDP projects supporting MIA system agencies as of 01.03.2021"
    )
    ws["A3"] = "Суми – у доларах США / Amounts in USD"
    ws["A3"].font = Font(italic=True)
    # two-row header, rows 5-6
    h1 = [
        "№",
        "Назва проєкту / Project title",
        "Донор / Donor",
        "Atlas Award ID",
        "Бенефіціар / Beneficiary",
        "Період реалізації / Implementation period",
        None,
        "Бюджет, дол. США / Budget, USD",
        None,
        "Статус / Status",
        "Опис / Description",
    ]
    h2 = [
        None,
        None,
        None,
        None,
        None,
        "Початок / Start",
        "Завершення / End",
        "Загальний / Total",
        "у т.ч. 2021 / of which 2021",
        None,
        None,
    ]
    for c, v in enumerate(h1, 1):
        ws.cell(5, c, v)
    for c, v in enumerate(h2, 1):
        if v:
            ws.cell(6, c, v)
    for c in (1, 2, 3, 4, 5, 10, 11):
        ws.merge_cells(start_row=5, start_column=c, end_row=6, end_column=c)
    ws.merge_cells("F5:G5")
    ws.merge_cells("H5:I5")
    style_range(ws, 5, 6, 1, 11, HEAD_FILL, True)

    NL = "Міністерство закордонних справ Королівства Нідерландів"
    JP = "Government of Japan"
    DE = "Федеральное министерство иностранных дел Германии"
    # (no, title, donor, atlas, benef, start, end, total, y2021, status, descr)
    P = [
        (
            "1",
            "Зміцнення громадської безпеки та поліцейської діяльності в громадах сходу України\n"
            "Strengthening Community Security and Policing in Eastern Ukraine",
            NL,
            "00112385",
            "НПУ",
            D(2019, 7, 1),
            D(2022, 6, 30),
            2400000,
            812500,
            "Реалізується / Ongoing",
            "Офіцери громади, безпекові ради громад у Донецькій і Луганській областях",
        ),
        (
            "2",
            "Мобільні групи поліції для реагування на домашнє насильство в малих громадах\n"
            "Police Mobile Teams Responding to Domestic Violence in Small Hromadas",
            JP,
            "00119021",
            "НПУ",
            D(2020, 4, 1),
            D(2022, 3, 31),
            1150000,
            "н/д",
            "Реалізується / Ongoing",
            "Розширення мережі мобільних груп «ПОЛІНА», навчання, обладнання",
        ),
        (
            "3",
            "Цифрова система обліку осіб, доставлених до органів поліції («Custody Records»)\n"
            "Digital Custody Records System for Persons Brought to Police Premises",
            DE,
            "00121740",
            "НПУ / МВС",
            D(2021, 1, 1),
            D(2022, 12, 31),
            980000,
            530000,
            "Підписано / Signed",
            "Впровадження електронного журналу перебування затриманих у ІТТ та відділах поліції",
        ),
    ]
    TIP = (
        "Протидія торгівлі людьми: посилення спроможності слідчих Національної поліції\n"
        "Countering Trafficking in Human Beings: Capacity of National Police Investigators"
    )
    P2 = [
        (
            "5",
            "Цифрова система моніторингу надзвичайних ситуацій ДСНС (пілот)\n"
            "SES Digital Emergency Monitoring System (pilot)",
            "ПРООН (власні ресурси, TRAC) / UNDP core resources (TRAC)",
            "00123002",
            "ДСНС",
            D(2021, 3, 1),
            D(2021, 12, 31),
            150000,
            150000,
            "Реалізується / Ongoing",
            "Пілотна ГІС-платформа моніторингу надзвичайних ситуацій у 3 областях",
        ),
        (
            "6",
            "Модернізація пунктів пропуску на українсько-молдовському кордоні\n"
            "Modernisation of Border Crossing Points on the Ukraine–Moldova Border",
            "Європейський Союз (за кошти ЄС, виконавець – ПРООН)",
            "00122610",
            "ДПСУ",
            D(2021, 6, 1),
            D(2023, 5, 31),
            3200000,
            900000,
            "Підписано / Signed",
            "Реконструкція інфраструктури та облаштування пунктів пропуску, скорочення черг",
        ),
        (
            "7",
            "Захист особового складу НГУ та ДПСУ від COVID-19\n"
            "COVID-19 Protection of National Guard and Border Guard Personnel",
            "Міністерство закордонних справ Данії",
            "—",
            "НГУ, ДПСУ",
            D(2021, 7, 1),
            D(2022, 6, 30),
            500000,
            "—",
            "На погодженні / Under negotiation",
            "ЗІЗ, тест-системи, дезінфекція для підрозділів на лінії зіткнення",
        ),
        (
            "8",
            "Посилення спроможності ДМС щодо виявлення нелегальних мігрантів і реадмісії\n"
            "Strengthening SMS Capacity to Detect Irregular Migrants and Implement Readmission",
            "Посольство США в Україні (Бюро INL)",
            "00117455",
            "ДМС",
            D(2020, 1, 1),
            D(2021, 6, 30),
            750000,
            250000,
            "Реалізується / Ongoing",
            "Аналітична система ризиків нелегальної міграції, навчання інспекторів",
        ),
    ]
    r = 7
    for p in P:
        for c, v in enumerate(p, 1):
            ws.cell(r, c, v)
        r += 1
    # co-funded project, title merged over two donor sub-rows
    ws.cell(r, 1, "4")
    ws.cell(r, 2, TIP)
    ws.cell(r, 3, JP + " (співфінансування)")
    ws.cell(r + 1, 3, NL + " (співфінансування)")
    ws.cell(r, 4, "00120377")
    ws.cell(r, 5, "НПУ")
    ws.cell(r, 6, D(2020, 9, 1))
    ws.cell(r, 7, D(2022, 8, 31))
    ws.cell(r, 8, 600000)
    ws.cell(r, 9, 240000)
    ws.cell(r + 1, 8, 400000)
    ws.cell(r + 1, 9, 160000)
    ws.cell(r, 10, "Реалізується / Ongoing")
    ws.cell(r, 11, "Спеціалізовані підрозділи протидії торгівлі людьми, методичні рекомендації")
    for c in (1, 2, 4, 5, 6, 7, 10, 11):
        ws.merge_cells(start_row=r, start_column=c, end_row=r + 1, end_column=c)
    r += 2
    for p in P2:
        for c, v in enumerate(p, 1):
            ws.cell(r, c, v)
        r += 1
    last = r - 1
    tot = sum(p[7] for p in P + P2) + 600000 + 400000
    tot21 = sum(p[8] for p in P + P2 if isinstance(p[8], int)) + 240000 + 160000
    assert tot == 10130000 and tot21 == 3042500
    ws.cell(r, 2, "Разом / Total")
    ws.cell(r, 8, tot)
    ws.cell(r, 9, tot21)
    style_range(ws, 7, last, 1, 11)
    style_range(ws, r, r, 1, 11, TOT_FILL, True)
    for rr in range(7, r + 1):
        for c in (6, 7):
            ws.cell(rr, c).number_format = "DD.MM.YYYY"
        for c in (8, 9):
            ws.cell(rr, c).number_format = "#,##0"
    ws.cell(
        r + 2,
        1,
        "Примітки: TRAC – регулярні (власні) ресурси ПРООН. «н/д» – розподіл за роками не визначено.",
    )
    ws.cell(r + 2, 1).font = Font(italic=True, size=9)
    ws.cell(7, 9).comment = Comment("За планом робіт на 2021 рік", "UNDP")
    widths = [5, 55, 38, 12, 14, 12, 12, 14, 14, 18, 45]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHIJK"[i]].width = w
    ws.column_dimensions["D"].hidden = True
    ws.freeze_panes = "C7"
    wb.save(os.path.join(raw, "UNDP_Ukraine_MIA_portfolio_2021.xlsx"))

    def first(t):
        return t.split("\n")[0]

    t = [first(p[1]) for p in P] + [first(TIP)] + [first(p[1]) for p in P2]
    for x in t:
        project(x)
    exp(t[0], "Netherlands", "COMMUNITY_POLICING", "funded", "USD", 812500)
    exp(t[1], "Japan", "DOMESTIC_VIOLENCE", "funded", "USD", spread(1150000, D(2020, 4, 1), D(2022, 3, 31)))
    exp(t[2], "Germany", "CUSTODY", "funded", "USD", 530000)
    exp(t[3], "Japan", "TRAFFICKING", "funded", "USD", 240000)
    exp(t[3], "Netherlands", "TRAFFICKING", "funded", "USD", 160000)
    exp(t[4], "UNDP", "OTHER", "funded", "USD", 150000)
    exp(t[5], "EU", "BORDER_CROSSING", "funded", "USD", 900000)
    exp(t[6], "Denmark", "COVID19", "pipeline", "USD", spread(500000, D(2021, 7, 1), D(2022, 6, 30)))
    exp(t[7], "USA", "ILLEGAL_MIGRATION", "funded", "USD", 250000)


# ---------------------------------------------------------------- FILE 2: IOM CSV
def file2(raw):
    def sp(n):  # "2 700 000"
        return f"{n:,}".replace(",", " ")

    header = [
        "Project code",
        "Project title",
        "Donor / funding source",
        "Implementing entity",
        "Counterpart",
        "Start date",
        "End date",
        "Currency",
        "Total budget",
        "Ukraine share, %",
        "Status",
        "Thematic area",
    ]
    P = [
        (
            "UA-CT-0107",
            "Countering Trafficking in Persons through Enhanced Investigative Capacity of the National Police",
            "USAID via IOM",
            "IOM Ukraine",
            "National Police (NPU)",
            D(2020, 10, 1),
            D(2023, 9, 30),
            "USD",
            2700000,
            100,
            "Ongoing",
            "Counter-trafficking",
            "USAID",
            "TRAFFICKING",
            "funded",
        ),
        (
            "UA-MM-0093",
            "Strengthening Readmission and Migration Management Capacity of the State Migration Service",
            "EU (DG NEAR) through IOM",
            "IOM Ukraine",
            "State Migration Service (SMS)",
            D(2019, 12, 1),
            D(2022, 11, 30),
            "EUR",
            4500000,
            100,
            "Ongoing",
            "Migration management / readmission",
            "EU",
            "ILLEGAL_MIGRATION",
            "funded",
        ),
        (
            "RG-BM-0021",
            "Joint Border Security Capacity at the Ukraine–Republic of Moldova Border (regional UA/MD)",
            "Government of Japan",
            "IOM Ukraine & IOM Moldova",
            "State Border Guard Service (SBGS) / Border Police of Moldova",
            D(2021, 2, 1),
            D(2022, 7, 31),
            "USD",
            1800000,
            55,
            "Ongoing",
            "Border security / patrolling",
            "Japan",
            "BORDER_SECURITY",
            "funded",
        ),
        (
            "UA-IBM-0115",
            "Passenger Information and Queue-Management Kiosks at Selected Road Border Crossing Points",
            "IOM Development Fund (IOM own resources)",
            "IOM Ukraine",
            "SBGS",
            D(2021, 4, 1),
            D(2022, 3, 31),
            "USD",
            200000,
            100,
            "Ongoing",
            "Border crossing facilitation",
            "IOM",
            "BORDER_CROSSING",
            "funded",
        ),
        (
            "UA-MM-0120",
            "Improving Asylum Procedures and Reception Conditions for Asylum Seekers in Ukraine",
            "U.S. Department of State – Bureau of Population, Refugees and Migration (PRM)",
            "IOM Ukraine",
            "SMS",
            D(2021, 1, 1),
            D(2021, 12, 31),
            "USD",
            650000,
            100,
            "Signed",
            "Asylum",
            "USA",
            "ILLEGAL_MIGRATION",
            "funded",
        ),
        (
            "RG-HE-0030",
            "COVID-19 Infection Prevention and Control for Frontline Border and Migration Officers in Ukraine and Moldova",
            "UK Government – Conflict, Stability and Security Fund (CSSF)",
            "IOM Ukraine & IOM Moldova",
            "SBGS, SMS / Moldovan counterparts",
            D(2021, 4, 1),
            D(2022, 3, 31),
            "GBP",
            900000,
            60,
            "Cancelled – donor funding withdrawn (02/2021)",
            "Health / COVID-19",
            "UK",
            "COVID19",
            "cancelled",
        ),
        (
            "UA-MM-0131",
            "Assisted Voluntary Return and Reintegration Counselling for Irregular Migrants in Temporary Accommodation Centres",
            "Norwegian Ministry of Foreign Affairs",
            "IOM Ukraine",
            "SMS",
            D(2021, 9, 1),
            D(2023, 8, 31),
            "NOK",
            6000000,
            100,
            "Proposal submitted – pending donor approval",
            "Irregular migration / AVRR",
            "Norway",
            "ILLEGAL_MIGRATION",
            "pipeline",
        ),
    ]
    path = os.path.join(raw, "IOM_Ukraine_LE_sector_projects_2021.csv")
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write(
            "IOM Mission in Ukraine - projects relevant to SWG 'Law Enforcement Activities' "
            "(as of 15.02.2021);;;;;;;;;;;\r\n"
        )
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerow(header)
        for p in P:
            w.writerow(
                [
                    p[0],
                    p[1],
                    p[2],
                    p[3],
                    p[4],
                    p[5].strftime("%d.%m.%Y"),
                    p[6].strftime("%d.%m.%Y"),
                    p[7],
                    sp(p[8]),
                    p[9],
                    p[10],
                    p[11],
                ]
            )
        w.writerow([])
        w.writerow(
            [
                "Note: for regional (UA/MD) projects the total budget is the full regional "
                "budget; the part for Ukraine is given in 'Ukraine share, %'."
            ]
            + [""] * 11
        )
    for p in P:
        project(p[1])
        exp(p[1], p[12], p[13], p[14], p[7], spread(p[8] * p[9] / 100, p[5], p[6]))


# ---------------------------------------------------------------- FILE 3: EU Delegation
def file3(raw):
    wb = Workbook()
    ws = wb.active
    ws.title = "EU-funded actions"
    ws["A1"] = (
        "Delegation of the European Union to Ukraine — EU-funded actions supporting "
        "Ministry of Internal Affairs agencies"
    )
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:L1")
    ws["A2"] = "Status: February 2021. Contact: Rule of Law / Security section"
    ws.merge_cells("A2:L2")
    hdr = [
        "No",
        "Action title",
        "Implementing partner",
        "Main beneficiary",
        "CRIS ref.",
        "Start",
        "End",
        "Total action budget, EUR",
        "EU contribution, EUR",
        "Share for MIA system",
        "Status",
        "Remarks",
    ]
    for c, v in enumerate(hdr, 1):
        ws.cell(4, c, v)
    style_range(ws, 4, 4, 1, 12, HEAD_FILL, True)
    P = [
        (
            "Partnership for Good Governance II: Combating Ill-treatment and Impunity in Police Custody",
            "Council of Europe",
            "NPU, MIA",
            "ENI/2019/405-117",
            D(2019, 1, 1),
            D(2021, 12, 31),
            2000000,
            1800000,
            "100%",
            "Ongoing",
            "Joint EU/CoE programme: EU 90%, Council of Europe co-financing 10% from its own budget",
        ),
        (
            "EU4IBM: Modernisation of Road Border Crossing Points on the Western Border",
            "IOM",
            "SBGS, State Customs Service",
            "ENI/2020/413-902",
            D(2020, 7, 1),
            D(2023, 6, 30),
            6000000,
            6000000,
            "100%",
            "Ongoing",
            "Infrastructure and equipment of 4 road BCPs; joint control with PL/SK/HU",
        ),
        (
            "Container Control at Black Sea Ports to Counter Illicit Drug Trafficking",
            "UNODC",
            "NPU, SBGS, State Customs Service",
            "ENI/2021/421-066",
            D(2021, 3, 1),
            D(2023, 2, 28),
            1500000,
            1500000,
            "100%",
            "Signed",
            "Joint port control units; detection of narcotics in containers",
        ),
        (
            "EU Rule of Law Support Programme – Justice and Police Window",
            "UNDP",
            "MIA, NPU, Ministry of Justice, PGO",
            "ENI/2019/410-551",
            D(2020, 1, 1),
            D(2023, 12, 31),
            10000000,
            10000000,
            "of which MIA system: 30%",
            "Ongoing",
            "Multi-sector. MIA component: community policing model in Donetsk and Luhansk oblasts",
        ),
        (
            "Migration Partnership Facility: Readmission Case Management for the State Migration Service",
            "ICMPD",
            "SMS",
            "—",
            D(2021, 10, 1),
            D(2023, 9, 30),
            2000000,
            2000000,
            "100%",
            "Under preparation – contract signature expected Q3 2021",
            "Electronic readmission case management, return of irregular migrants",
        ),
        (
            "Chemical Emergency Response Capacity of the State Emergency Service in Donetsk and Luhansk Oblasts",
            "UNDP",
            "SES",
            "—",
            D(2021, 2, 1),
            D(2022, 12, 31),
            1200000,
            1200000,
            "100%",
            "Cancelled (withdrawn by the EU, January 2021)",
            "Funds reallocated to the EU4IBM action",
        ),
    ]
    r = 5
    for i, p in enumerate(P, 1):
        ws.cell(r, 1, i)
        for c, v in enumerate(p, 2):
            ws.cell(r, c, v)
        r += 1
    ws.cell(r, 2, "TOTAL")
    ws.cell(r, 8, sum(p[6] for p in P))
    ws.cell(r, 9, sum(p[7] for p in P))
    assert sum(p[6] for p in P) == 22700000 and sum(p[7] for p in P) == 22500000
    style_range(ws, 5, r - 1, 1, 12)
    style_range(ws, r, r, 1, 12, TOT_FILL, True)
    for rr in range(5, r + 1):
        ws.cell(rr, 6).number_format = "DD/MM/YYYY"
        ws.cell(rr, 7).number_format = "DD/MM/YYYY"
        ws.cell(rr, 8).number_format = "#,##0"
        ws.cell(rr, 9).number_format = "#,##0"
    for col, w in zip("ABCDEFGHIJKL", [5, 60, 18, 24, 16, 11, 11, 14, 14, 22, 30, 50], strict=False):
        ws.column_dimensions[col].width = w
    ws.column_dimensions["E"].hidden = True
    ws.freeze_panes = "C5"
    wb.save(os.path.join(raw, "EUDEL_actions_MIA_sector_2021.xlsx"))

    for p in P:
        project(p[0])
    t = [p[0] for p in P]
    exp(t[0], "EU", "CUSTODY", "funded", "EUR", spread(1800000, D(2019, 1, 1), D(2021, 12, 31)))
    exp(t[0], "Council of Europe", "CUSTODY", "funded", "EUR", spread(200000, D(2019, 1, 1), D(2021, 12, 31)))
    exp(t[1], "EU", "BORDER_CROSSING", "funded", "EUR", spread(6000000, D(2020, 7, 1), D(2023, 6, 30)))
    exp(t[2], "EU", "DRUGS", "funded", "EUR", spread(1500000, D(2021, 3, 1), D(2023, 2, 28)))
    exp(
        t[3],
        "EU",
        "COMMUNITY_POLICING",
        "funded",
        "EUR",
        spread(10000000 * 0.30, D(2020, 1, 1), D(2023, 12, 31)),
    )
    exp(t[4], "EU", "ILLEGAL_MIGRATION", "pipeline", "EUR", spread(2000000, D(2021, 10, 1), D(2023, 9, 30)))
    exp(t[5], "EU", "OTHER", "cancelled", "EUR", spread(1200000, D(2021, 2, 1), D(2022, 12, 31)))


# ---------------------------------------------------------------- FILE 4: GIZ (Russian)
def file4(raw):
    wb = Workbook()
    ws = wb.active
    ws.title = "Проекты GIZ"
    ws["A1"] = "Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ) GmbH"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = (
        "Обзор проектов, касающихся системы МВД Украины (к заседанию секторальной рабочей "
        "группы «Правоохранительная деятельность», март 2021 г.)"
    )
    ws["A2"].font = Font(bold=True)
    hdr = [
        "№",
        "Название проекта",
        "Источник финансирования",
        "Партнёр (получатель)",
        "Срок реализации",
        "Бюджет, тыс. евро",
        "Доля системы МВД",
        "Статус",
        "Краткое описание",
    ]
    for c, v in enumerate(hdr, 1):
        ws.cell(4, c, v)
    style_range(ws, 4, 4, 1, 9, HEAD_FILL, True)
    P = [
        (
            "Усиление охраны «зелёной» границы: мобильные патрульные группы ГПСУ",
            "Федеральное министерство иностранных дел Германии (AA)",
            "ГПСУ",
            "03.2020 – 02.2022",
            2400,
            "100 %",
            "реализуется",
            "Транспорт, тепловизоры и обучение мобильных групп вне пунктов пропуска",
        ),
        (
            "Программа восстановления общин Востока Украины (многосекторальная)",
            "Федеральное министерство экономического сотрудничества и развития Германии (BMZ)",
            "Минреинтеграции, ГСЧС, местные власти",
            "2019 – 2022",
            15000,
            "из них система МВД: 30 %",
            "реализуется",
            "Компонент МВД: восстановление пожарно-спасательных частей ГСЧС вблизи линии соприкосновения",
        ),
        (
            "Пилотная цифровая платформа обратной связи «Полиция и громада»",
            "Собственные средства GIZ (фонд инноваций GIZ)",
            "НПУ",
            "04.2021 – 03.2022",
            180,
            "100 %",
            "реализуется",
            "Онлайн-обратная связь жителей громад с офицерами громады",
        ),
        (
            "Противодействие торговле людьми: поддержка специализированных подразделений Национальной полиции",
            "Европейский Союз (делегированное сотрудничество), исполнитель – GIZ",
            "НПУ",
            "01.2021 – 12.2023",
            3600,
            "100 %",
            "реализуется",
            "Департамент противодействия торговле людьми, совместные следственные группы",
        ),
        (
            "Предотвращение домашнего насилия: мобильные группы полиции «ПОЛИНА»",
            "Софинансирование:\n– BMZ (Германия): 1 500\n– Швейцарское управление по развитию "
            "и сотрудничеству (SDC): 500",
            "НПУ",
            "07.2020 – 06.2023",
            2000,
            "100 %",
            "реализуется",
            "Обучение и оснащение мобильных групп реагирования на домашнее насилие",
        ),
        (
            "Электронная очередь для грузовых автомобилей на пунктах пропуска украинско-польской границы",
            "Федеральное министерство внутренних дел Германии (BMI)",
            "ГПСУ",
            "10.2021 – 09.2023",
            1200,
            "100 %",
            "в стадии согласования",
            "Система электронной очереди и информирования водителей в пунктах пропуска",
        ),
    ]
    r = 5
    for i, p in enumerate(P, 1):
        ws.cell(r, 1, i)
        for c, v in enumerate(p, 2):
            ws.cell(r, c, v)
        ws.cell(r, 6).number_format = "# ##0"
        r += 1
    assert sum(p[4] for p in P) == 24380
    ws.cell(r, 2, "Итого")
    ws.cell(r, 6, sum(p[4] for p in P))
    ws.cell(r, 6).number_format = "# ##0"
    style_range(ws, 5, r - 1, 1, 9)
    style_range(ws, r, r, 1, 9, TOT_FILL, True)
    ws.cell(
        r + 2,
        1,
        "* GIZ реализует проекты по поручению федеральных министерств Германии "
        "(AA, BMZ, BMI) за счёт средств федерального бюджета Германии, если не "
        "указано иное.",
    )
    ws.cell(r + 3, 1, "** Суммы указаны в тысячах евро.")
    for col, w in zip("ABCDEFGHI", [4, 55, 45, 24, 18, 12, 22, 18, 50], strict=False):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(raw, "GIZ_Ukraine_proekty_MVD_2021.xlsx"))

    for p in P:
        project(p[0])
    t = [p[0] for p in P]
    exp(t[0], "Germany", "BORDER_SECURITY", "funded", "EUR", spread(2400000, mstart(2020, 3), mend(2022, 2)))
    exp(t[1], "Germany", "OTHER", "funded", "EUR", spread(15000000 * 0.30, D(2019, 1, 1), D(2022, 12, 31)))
    exp(t[2], "GIZ", "COMMUNITY_POLICING", "funded", "EUR", spread(180000, mstart(2021, 4), mend(2022, 3)))
    exp(t[3], "EU", "TRAFFICKING", "funded", "EUR", spread(3600000, mstart(2021, 1), mend(2023, 12)))
    exp(
        t[4], "Germany", "DOMESTIC_VIOLENCE", "funded", "EUR", spread(1500000, mstart(2020, 7), mend(2023, 6))
    )
    exp(
        t[4],
        "Switzerland",
        "DOMESTIC_VIOLENCE",
        "funded",
        "EUR",
        spread(500000, mstart(2020, 7), mend(2023, 6)),
    )
    exp(
        t[5],
        "Germany",
        "BORDER_CROSSING",
        "pipeline",
        "EUR",
        spread(1200000, mstart(2021, 10), mend(2023, 9)),
    )


# ---------------------------------------------------------------- FILE 5: Sweden
def file5(raw):
    wb = Workbook()
    cl = wb.active
    cl.title = "Супровідний лист"
    lines = [
        ("Посольство Швеції в Україні / Embassy of Sweden in Kyiv", True),
        ("Відділ співробітництва з розвитку / Development Cooperation Section", False),
        ("", False),
        ("Кому: Секретаріату секторальної робочої групи «Правоохоронна діяльність», МВС України", False),
        ("Київ, 22 лютого 2021 р.", False),
        ("", False),
        ("Шановні колеги,", False),
        (
            "Надсилаємо перелік проєктів на підтримку органів системи МВС, які фінансуються "
            "Урядом Швеції через Шведське агентство міжнародного співробітництва з розвитку (Sida).",
            False,
        ),
        (
            "Організації-виконавці отримують кошти за угодами з Sida. Усі суми – у шведських кронах "
            "(SEK); «Planned disbursement 2021» – запланована виплата у 2021 календарному році.",
            False,
        ),
        (
            "Dear colleagues, please find attached the list of Swedish-funded (Sida) projects "
            "supporting MIA agencies. All amounts in SEK.",
            False,
        ),
        ("", False),
        ("З повагою,", False),
        ("Анна Ліндквіст, Перший секретар / First Secretary", False),
    ]
    for i, (t, b) in enumerate(lines, 1):
        cl.cell(i, 1, t).font = Font(bold=b)
    cl.column_dimensions["A"].width = 120

    ws = wb.create_sheet("Projects")
    hdr = [
        "#",
        "Project",
        "Implementing partner",
        "Ukrainian counterpart",
        "Agreement period",
        "Contribution, SEK",
        "Planned disbursement 2021, SEK",
        "Status",
    ]
    for c, v in enumerate(hdr, 1):
        ws.cell(1, c, v)
    style_range(ws, 1, 1, 1, 8, HEAD_FILL, True)
    P = [
        (
            "Gender-Responsive Policing for the Prevention of Domestic Violence in Hromadas",
            "UN Women",
            "National Police",
            "09.2018 – 08.2022",
            45000000,
            11000000,
            "Ongoing",
            "DOMESTIC_VIOLENCE",
            "funded",
        ),
        (
            "Crisis Management and Rescue Capacity of the State Emergency Service",
            "MSB (Swedish Civil Contingencies Agency)",
            "SES",
            "01.2020 – 12.2022",
            30000000,
            10500000,
            "Ongoing",
            "OTHER",
            "funded",
        ),
        (
            "Community Policing Dialogue Platforms in Government-Controlled Areas of Donetsk and Luhansk Oblasts",
            "UNDP",
            "National Police",
            "01.2021 – 12.2023",
            24000000,
            8000000,
            "Ongoing",
            "COMMUNITY_POLICING",
            "funded",
        ),
        (
            "Swedish–Ukrainian Police Cooperation on Trafficking in Human Beings Investigations",
            "Swedish Police Authority",
            "National Police",
            "09.2021 – 08.2023",
            12000000,
            "—",
            "Planned – decision expected June 2021",
            "TRAFFICKING",
            "pipeline",
        ),
        (
            "COVID-19 Personal Protective Equipment for National Guard Units",
            "UNOPS",
            "National Guard",
            "01.2021 – 06.2021",
            3500000,
            3500000,
            "Cancelled",
            "COVID19",
            "cancelled",
        ),
        (
            "Human Rights Standards Training for Staff of Temporary Detention Isolators",
            "Council of Europe",
            "National Police",
            "03.2019 – 12.2020",
            8000000,
            0,
            "Completed",
            "CUSTODY",
            "funded",
        ),
    ]
    for i, p in enumerate(P, 1):
        ws.cell(i + 1, 1, i)
        for c, v in enumerate(p[:7], 2):
            ws.cell(i + 1, c, v)
        ws.cell(i + 1, 6).number_format = "#,##0"
        ws.cell(i + 1, 7).number_format = "#,##0"
    style_range(ws, 2, len(P) + 1, 1, 8)
    for col, w in zip("ABCDEFGH", [4, 70, 30, 18, 20, 16, 18, 32], strict=False):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(raw, "Sweden_support_MIA_2021.xlsx"))

    for p in P:
        project(p[0])
        if p[5] == "—":
            amt = spread(p[4], mstart(2021, 9), mend(2023, 8))
        else:
            amt = p[5]
        exp(p[0], "Sweden", p[7], p[8], "SEK", amt)


# ---------------------------------------------------------------- FILE 6: INL
def file6(raw):
    wb = Workbook()
    ws = wb.active
    ws.title = "INL portfolio"
    ws["A1"] = "Bureau of International Narcotics and Law Enforcement Affairs (INL) – Ukraine"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = (
        "Law enforcement assistance programs relevant to MIA agencies – prepared for the "
        "SWG 'Law Enforcement Activities', March 2021"
    )
    ws["A3"] = "Funding source: INL unless indicated otherwise. Amounts in USD."
    ws["A3"].font = Font(italic=True)
    hdr = [
        "Program",
        "Implementer",
        "MIA beneficiary",
        "Start",
        "End",
        "Total funding (USD)",
        "CY2021 planned (USD)",
        "Funding source",
        "Status",
        "LOA ref.",
    ]
    for c, v in enumerate(hdr, 1):
        ws.cell(5, c, v)
    style_range(ws, 5, 5, 1, 10, HEAD_FILL, True)
    P = [
        (
            "Police Officer of the Community: Expansion to Rural Hromadas",
            "Canadian Police Arrangement / INL advisors",
            "NPU",
            D(2020, 6, 1),
            D(2022, 5, 31),
            3500000,
            None,
            "INL",
            "Ongoing",
            "LOA-19-UA-07",
            "COMMUNITY_POLICING",
            "funded",
        ),
        (
            "Drug Enforcement Investigations Capacity of the National Police Counter-Narcotics Department",
            "INL (direct implementation)",
            "NPU",
            D(2021, 1, 1),
            D(2022, 12, 31),
            1200000,
            700000,
            "INL",
            "Ongoing",
            "LOA-20-UA-03",
            "DRUGS",
            "funded",
        ),
        (
            "Maritime Surveillance Equipment for the Azov-Black Sea Regional Border Guard Directorate",
            "INL (procurement)",
            "SBGS",
            D(2019, 10, 1),
            D(2021, 9, 30),
            4000000,
            None,
            "INL",
            "Ongoing – final deliveries",
            "LOA-19-UA-11",
            "BORDER_SECURITY",
            "funded",
        ),
        (
            "Electronic Custody Records System for Temporary Detention Isolators (ITT) – Phase II",
            "TBD",
            "NPU",
            D(2022, 1, 1),
            D(2023, 12, 31),
            900000,
            None,
            "INL",
            "Proposed",
            "—",
            "CUSTODY",
            "pipeline",
        ),
        (
            "Hromada Referral Networks against Domestic Violence",
            "Chemonics International",
            "NPU, local authorities",
            D(2019, 10, 1),
            D(2024, 9, 30),
            5000000,
            None,
            "USAID (shown for coordination; not INL funds)",
            "Ongoing",
            "—",
            "DOMESTIC_VIOLENCE",
            "funded",
        ),
        (
            "Public Order Management and Human Rights Training for the National Guard",
            "INL advisors",
            "NGU",
            D(2021, 5, 1),
            D(2022, 4, 30),
            750000,
            None,
            "INL",
            "Terminated before start",
            "LOA-21-UA-02",
            "OTHER",
            "cancelled",
        ),
    ]
    for i, p in enumerate(P):
        r = 6 + i
        for c, v in enumerate(p[:10], 1):
            ws.cell(r, c, v)
        ws.cell(r, 4).number_format = "MM/DD/YYYY"
        ws.cell(r, 5).number_format = "MM/DD/YYYY"
        ws.cell(r, 6).number_format = "$#,##0"
        ws.cell(r, 7).number_format = "$#,##0"
    style_range(ws, 6, 5 + len(P), 1, 10)
    for col, w in zip("ABCDEFGHIJ", [70, 30, 18, 12, 12, 16, 16, 30, 24, 14], strict=False):
        ws.column_dimensions[col].width = w
    ws.column_dimensions["J"].hidden = True
    ws.freeze_panes = "B6"
    wb.save(os.path.join(raw, "INL_Ukraine_LE_assistance_2021.xlsx"))

    for p in P:
        project(p[0])
        partner = "USAID" if p[7].startswith("USAID") else "INL"
        amt = p[6] if p[6] is not None else spread(p[5], p[3], p[4])
        exp(p[0], partner, p[10], p[11], "USD", amt)


# ---------------------------------------------------------------- FILE 7: OSCE
def file7(raw):
    wb = Workbook()
    ws = wb.active
    ws.title = "UB+ExB 2021"
    ws["A1"] = "OSCE Project Co-ordinator in Ukraine"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Projects supporting MIA agencies, 2021 – Unified Budget (UB) and extra-budgetary (ExB)"
    ws["A3"] = "Contributions in EUR; one line per funding source"
    hdr = [
        "Project No.",
        "Project title",
        "Funding type",
        "Donor",
        "Contribution, EUR",
        "Start",
        "End",
        "Status",
        "Beneficiary",
    ]
    for c, v in enumerate(hdr, 1):
        ws.cell(5, c, v)
    style_range(ws, 5, 5, 1, 9, HEAD_FILL, True)
    # (no, title, [(type, donor_label, partner, amount)], start, end, status, benef, prio, st)
    P = [
        (
            "2100213",
            "Capacity Building for Investigators on Trafficking in Human Beings Cases",
            [("UB", "OSCE Unified Budget", "OSCE", 210000)],
            D(2021, 1, 1),
            D(2021, 12, 31),
            "Ongoing",
            "NPU",
            "TRAFFICKING",
            "funded",
        ),
        (
            "1102097",
            "Countering Cross-border Smuggling of Small Arms and Light Weapons at the Green Border",
            [
                ("ExB", "Germany (Federal Foreign Office)", "Germany", 400000),
                ("ExB", "Canada (Global Affairs Canada)", "Canada", 250000),
                ("ExB", "United States of America (U.S. Mission to the OSCE)", "USA", 150000),
            ],
            D(2020, 9, 1),
            D(2022, 8, 31),
            "Ongoing",
            "SBGS",
            "BORDER_SECURITY",
            "funded",
        ),
        (
            "1102140",
            "Forensic Drug Analysis Equipment and Training for the Expert Service of the MIA",
            [("ExB", "Norway", "Norway", 180000), ("ExB", "Switzerland", "Switzerland", 120000)],
            D(2021, 3, 1),
            D(2022, 2, 28),
            "Ongoing",
            "Expert Service of the MIA",
            "DRUGS",
            "funded",
        ),
        (
            "1102151",
            "Police–Community Mediation and Dialogue in Eastern Ukraine",
            [("ExB", "Pooled Fund for Dialogue (see note 1)", None, 300000)],
            D(2021, 2, 1),
            D(2022, 1, 31),
            "Ongoing",
            "NPU",
            "COMMUNITY_POLICING",
            "funded",
        ),
        (
            "1102166",
            "Mine Action and Explosive Ordnance Disposal Capacity of the State Emergency Service",
            [("ExB", "Japan", "Japan", 500000)],
            D(2021, 7, 1),
            D(2022, 12, 31),
            "Pledged – awaiting signature",
            "SES",
            "OTHER",
            "pipeline",
        ),
        (
            "2000977",
            "COVID-19 Safe Workplace Measures in State Migration Service Centres",
            [("UB", "OSCE Unified Budget", "OSCE", 40000), ("ExB", "Poland", "Poland", 60000)],
            D(2020, 11, 1),
            D(2021, 4, 30),
            "Completed",
            "SMS",
            "COVID19",
            "funded",
        ),
    ]
    POOL = [("Sweden", 0.50), ("Denmark", 0.30), ("Switzerland", 0.20)]
    r = 6
    grand = 0
    for p in P:
        for j, (ft, dl, _, amt) in enumerate(p[2]):
            if j == 0:
                ws.cell(r, 1, p[0])
                ws.cell(r, 2, p[1])
                ws.cell(r, 6, p[3])
                ws.cell(r, 7, p[4])
                ws.cell(r, 8, p[5])
                ws.cell(r, 9, p[6])
            ws.cell(r, 3, ft)
            ws.cell(r, 4, dl)
            ws.cell(r, 5, amt)
            ws.cell(r, 5).number_format = "#,##0"
            ws.cell(r, 6).number_format = "DD.MM.YYYY"
            ws.cell(r, 7).number_format = "DD.MM.YYYY"
            grand += amt
            r += 1
    style_range(ws, 6, r - 1, 1, 9)
    ws.cell(r, 2, "Total")
    ws.cell(r, 5, grand)
    ws.cell(r, 5).number_format = "#,##0"
    assert grand == 2210000
    style_range(ws, r, r, 1, 9, TOT_FILL, True)
    ws.cell(
        r + 2,
        1,
        "Note 1: Pooled Fund for Dialogue – contributions for 2021: Sweden 50%, "
        "Denmark 30%, Switzerland 20%. Projects financed from the Pooled Fund are "
        "attributed to the contributors in these proportions.",
    )
    ws.cell(
        r + 3,
        1,
        "UB = OSCE Unified Budget (participating States' assessed contributions); "
        "ExB = extra-budgetary contributions.",
    )
    for col, w in zip("ABCDEFGHI", [11, 70, 10, 44, 14, 12, 12, 26, 22], strict=False):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(raw, "OSCE_PCU_projects_MIA_2021.xlsx"))

    for p in P:
        project(p[1])
        for _ft, _dl, partner, amt in p[2]:
            if partner is None:
                assert sum(s for _, s in POOL) == 1.0
                for pp, s in POOL:
                    exp(p[1], pp, p[7], p[8], "EUR", spread(amt * s, p[3], p[4]))
            else:
                exp(p[1], partner, p[7], p[8], "EUR", spread(amt, p[3], p[4]))


def main():
    out = sys.argv[1]
    raw = os.path.join(out, "raw")
    os.makedirs(raw, exist_ok=True)
    for f in (file1, file2, file3, file4, file5, file6, file7):
        f(raw)
    assert 40 <= len(PROJECT_TITLES) <= 50, len(PROJECT_TITLES)
    with open(os.path.join(out, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(
            f, fieldnames=["title", "partner", "priority", "status", "currency", "amount_2021"]
        )
        w.writeheader()
        for e in EXPECTED:
            e = dict(e)
            e["amount_2021"] = f"{e['amount_2021']:.2f}"
            w.writerow(e)
    print(len(PROJECT_TITLES), "projects,", len(EXPECTED), "expected lines")


if __name__ == "__main__":
    main()
