"""Layouts found by partner files written blind in round 57 (sets IA "the ministry's template, changed by every
partner", IB "exports from donors' systems and finance offices", IC "small partners who don't use tables").

Each test writes the few lines or cells that matter, as the partner's file had them, and checks the reading against
figures worked out by hand beside it.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from blind_helpers import issues_saying, projects_by_title, text_build

from mtd_analysis.build import build
from mtd_analysis.ingest.amounts import period_in_prose
from mtd_analysis.ingest.columns import match_field
from mtd_analysis.ingest.values import currency_parts, parse_amount


def _by_title_and_currency(result) -> dict[tuple[str, str], dict]:
    return {(r["title"], r["currency"]): r for r in result.projects.to_dict("records")}


# --- units and rows a template leaves -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "scale"),
    [
        ("Total budget, USD thous.", 1000.0),
        ("Budget 2021, USD thous.", 1000.0),
        ("Сума, тисяч гривень", 1000.0),
        ("Budget (EUR, Tsd.)", 1000.0),
        ("Total budget, USD", 1.0),
    ],
)
def test_a_thousand_abbreviated_in_a_header_is_the_columns_unit(label, scale):
    assert match_field(label).scale == scale


@pytest.mark.parametrize(
    ("cell", "value"), [("EUR 450 thous.", 450_000), ("1 200 thsd EUR", 1_200_000), ("EUR 310 Tsd.", 310_000)]
)
def test_a_thousand_abbreviated_in_a_cell_multiplies_its_figure(cell, value):
    assert parse_amount(cell).value == value


def test_a_template_in_thousands_its_bilingual_example_row_left_in(one_sheet_build):
    rows = [
        ["U.S. Embassy Kyiv – INL"],
        ["№", "Project title", "Start", "End", "Total budget, USD thous.", "Budget 2021, USD thous.", "Status"],
        ["Приклад / Example", "Навчання патрульних / Training of patrol officers", dt.datetime(2021, 1, 1),
         dt.datetime(2021, 12, 31), 100, 50, "Триває / Ongoing"],
        [1, "Field training officer programme", dt.datetime(2019, 10, 1), dt.datetime(2022, 9, 30), 4500, 1350,
         "Ongoing"],
    ]  # fmt: skip
    result = one_sheet_build(rows, "INL_template.xlsx")
    projects = projects_by_title(result)
    # the example row is the template's, not a project; the figures are thousands of dollars
    assert list(projects) == ["Field training officer programme"]
    project = projects["Field training officer programme"]
    assert (project["amount"], project["currency"]) == (4_500_000, "USD")
    assert project["yearly_amounts"].startswith("2021=1350000")
    assert issues_saying(result, "template's example row")
    assert not issues_saying(result, "repeats a column already read")


def test_a_total_in_another_currency_with_its_rate_is_no_project(one_sheet_build):
    rows = [
        ["No.", "Project title", "Start", "End", "Currency", "Total budget", "Budget 2021", "Status"],
        [1, "Human rights monitoring in police custody", dt.datetime(2020, 3, 1), dt.datetime(2022, 2, 28), "EUR",
         360_000, 180_000, "Ongoing"],
        [2, "Container control at Odesa port", dt.datetime(2019, 1, 1), dt.datetime(2021, 12, 31), "USD", 900_000,
         300_000, "Ongoing"],
        [None, "TOTAL 2021 in EUR (USD converted at 1 USD = 0.8455 EUR, UN operational rate of exchange)", None,
         None, "EUR", None, 433_650, None],
    ]  # fmt: skip
    result = one_sheet_build(rows, "NL_projects.xlsx")
    assert sorted(projects_by_title(result)) == [
        "Container control at Odesa port",
        "Human rights monitoring in police custody",
    ]
    assert issues_saying(result, "is a totals row")


# --- two rows, two funding sources --------------------------------------------------------------------------------

DANISH_EXPORT = """Export: MFA Denmark project database - Country: UKRAINE
project_code,project_title,fs_code,start_date,end_date,currency,committed_amount,status_cd
UKR-19-0031,Community Policing Support in Eastern Ukraine,DK-PSP,2021-01-01,2022-12-31,DKK,6500000.00,A
UKR-19-0031,Community Policing Support in Eastern Ukraine,DK-NP,2021-01-01,2022-12-31,DKK,3200000.00,A
UKR-20-0107,Border Surveillance on the Ukraine-Moldova Border,DK-PSP,2021-01-01,2021-12-31,DKK,4000000.00,A
UKR-20-0107,Border Surveillance on the Ukraine-Moldova Border,SE-DEL,2021-01-01,2021-12-31,DKK,2500000.00,A

LEGEND status_cd: A = Active (ongoing); C = Completed
LEGEND fs_code: DK-PSP = Danish Peace and Stabilisation Programme; DK-NP = Danish Neighbourhood Programme; SE-DEL = Sweden (Sida) co-financing - Swedish funds administered by Denmark
"""


def test_rows_of_one_project_from_two_funding_sources_add_up(tmp_path):
    result = text_build(tmp_path, "DK_portfolio_export.csv", DANISH_EXPORT)
    rows = result.projects.sort_values(["title", "partner"])[["title", "partner", "amount", "currency"]]
    # two Danish programmes' lines of one project: 6 500 000 + 3 200 000, not "sent twice, counted once"; the
    # Swedish funds Denmark administers are Sweden's, by the key under the table
    assert rows.values.tolist() == [
        ["Border Surveillance on the Ukraine-Moldova Border", "Denmark", 4_000_000, "DKK"],
        ["Border Surveillance on the Ukraine-Moldova Border", "Sweden", 2_500_000, "DKK"],
        ["Community Policing Support in Eastern Ukraine", "Denmark", 9_700_000, "DKK"],
    ]
    assert issues_saying(result, "funding source 'DK-NP' of the project")
    assert not issues_saying(result, "sent twice")


# --- one row, two currencies --------------------------------------------------------------------------------------


def test_sums_in_two_currencies_in_one_row_are_a_project_each(one_sheet_build):
    rows = [
        ["№", "Назва проєкту", "Донор", "Початок", "Завершення", "Загальний бюджет", "Бюджет на 2021", "Статус"],
        [1, "Прозорий облік затриманих осіб – етап 2", "Данія", dt.datetime(2020, 1, 1), dt.datetime(2022, 12, 31),
         "DKK 2 000 000 + € 150 000", "DKK 800 000 + € 60 000", "триває"],
        [2, "Підтримка поліцейських офіцерів громад", "ЄС", dt.datetime(2021, 1, 1), dt.datetime(2021, 12, 31),
         "€ 310 тис.", "€ 310 тис.", "триває"],
    ]  # fmt: skip
    result = one_sheet_build(rows, "UNDP_projects.xlsx")
    found = _by_title_and_currency(result)
    dkk = found[("Прозорий облік затриманих осіб – етап 2", "DKK")]
    eur = found[("Прозорий облік затриманих осіб – етап 2", "EUR")]
    assert (dkk["partner"], dkk["amount"], dkk["yearly_amounts"]) == ("Denmark", 2_000_000, "2021=800000")
    assert (eur["partner"], eur["amount"], eur["yearly_amounts"]) == ("Denmark", 150_000, "2021=60000")
    assert issues_saying(result, "one project per currency")
    assert not issues_saying(result, "names several currencies")
    # one row read as two projects is not a partner's project sent twice
    assert not issues_saying(result, "looks like your project")


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        (
            "NOK 6 000 000 (Norway) + SEK 5 000 000 (Sweden, co-financing through the same UNDP programme)",
            [("Norway", "NOK", 6_000_000), ("Sweden", "SEK", 5_000_000)],
        ),
        (
            "Литва – 40 000 EUR; Польща – 150 000 PLN",
            [("Lithuania", "EUR", 40_000), ("Poland", "PLN", 150_000)],
        ),
    ],
)
def test_each_currencys_sum_goes_to_the_donor_the_cell_names_beside_it(one_sheet_build, cell, expected):
    rows = [
        ["Project", "Donor", "Period", "Budget"],
        ["Community policing in Donetsk and Luhansk oblasts", "Norway", "2021-2022", cell],
    ]
    result = one_sheet_build(rows, "cofunded.xlsx")
    got = sorted((r["partner"], r["currency"], r["amount"]) for r in result.projects.to_dict("records"))
    assert got == sorted(expected)


def test_currency_parts_leave_a_sum_and_its_equivalent_or_hryvnia_alone():
    assert currency_parts("EUR 1 500 000 + UAH 12 000 000") is None  # Ukraine's co-financing beside it
    assert currency_parts("EUR 100 + EUR 50") is None  # one currency: a sum
    assert currency_parts("1 000 000 EUR (2021: 300 000) + USD 5") is None  # a year's part, not a donor


# --- projects written in cells, cards and letters -----------------------------------------------------------------


def test_a_tables_title_cells_holding_cards_give_each_projects_fields(one_sheet_build):
    rows = [
        ["Проекты МОМ в сфере деятельности МВД Украины"],
        ["№", "Проект", "Бенефициар", "Статус"],
        [1, "Противодействие торговле людьми: усиление потенциала Национальной полиции\nДонор: Государственный "
            "департамент США\nБюджет: 200 тыс. долларов США\nСроки реализации: 01.10.2020 – 30.09.2022", "НПУ",
         "реализуется"],
        [2, "Ускоренное прохождение пограничного контроля в аэропортах\nДонор: Европейский Союз\nБюджет: € 350 000\n"
            "Сроки реализации: январь 2021 – декабрь 2021", "ГПСУ", "реализуется"],
    ]  # fmt: skip
    result = one_sheet_build(rows, "IOM_projects_RU.xlsx")
    projects = projects_by_title(result)
    trafficking = projects["Противодействие торговле людьми: усиление потенциала Национальной полиции"]
    airports = projects["Ускоренное прохождение пограничного контроля в аэропортах"]
    assert (trafficking["partner"], trafficking["amount"], trafficking["currency"]) == ("USA", 200_000, "USD")
    assert (trafficking["start_date"], trafficking["end_date"]) == ("2020-10-01", "2022-09-30")
    assert (airports["partner"], airports["amount"], airports["currency"]) == ("EU", 350_000, "EUR")
    assert (airports["start_date"], airports["end_date"]) == ("2021-01-01", "2021-12-31")
    assert issues_saying(result, "holds each project as a card")
    assert not issues_saying(result, "no amount")


NUMBERED_EMAIL = """From: Solberg, Ingrid <ingrid.solberg@mfa.no>
Subject: RE: SWG "Law Enforcement Activities" - request for information on projects

Dear colleagues,

Please find below a short overview of the projects funded by Norway in the law enforcement sector.

1. Strengthening the Capacity of the National Police to Respond to Domestic Violence
Implementing partner: La Strada Ukraine
Period: 1 January 2020 - 31 December 2022
Budget: NOK 9 000 000 (of which NOK 3 200 000 in 2021)

2. Support to Humanitarian Demining by the State Emergency Service of Ukraine
Implementing partner: Norwegian People's Aid (NPA)
Period: July 2021 - June 2024
Budget: NOK 12.5 million

3. Community Policing in Donetsk and Luhansk Oblasts
Implementing partner: UNDP
Period: 2021-2022
Budget: NOK 6 000 000 (Norway) + SEK 5 000 000 (Sweden, co-financing through the same UNDP programme)

Best regards,
Ingrid Solberg
"""


def test_numbered_titles_over_label_lines_in_an_email_are_cards(tmp_path):
    result = text_build(tmp_path, "Norway_MFA_email.txt", NUMBERED_EMAIL)
    found = _by_title_and_currency(result)
    violence = found[
        ("Strengthening the Capacity of the National Police to Respond to Domestic Violence", "NOK")
    ]
    demining = found[("Support to Humanitarian Demining by the State Emergency Service of Ukraine", "NOK")]
    assert (violence["partner"], violence["amount"]) == ("Norway", 9_000_000)
    assert violence["yearly_amounts"].startswith("2021=3200000")
    # "Support … Service" is a title, though a word of it looks like a field's ("Service" as a status, faintly)
    assert (demining["amount"], demining["start_date"], demining["end_date"]) == (
        12_500_000,
        "2021-07-01",
        "2024-06-30",
    )
    norway = found[("Community Policing in Donetsk and Luhansk Oblasts", "NOK")]
    sweden = found[("Community Policing in Donetsk and Luhansk Oblasts", "SEK")]
    assert (norway["partner"], norway["amount"]) == ("Norway", 6_000_000)
    assert (sweden["partner"], sweden["amount"]) == ("Sweden", 5_000_000)
    assert len(result.projects) == 4


MEMO = """ДОВІДКА
щодо проєктів Фонду ООН у галузі народонаселення (UNFPA) в Україні

•  Проєкт «Мобільні бригади соціально-психологічної допомоги постраждалим від домашнього насильства»
   – фінансування: Уряд Великої Британії, 1 450 000 фунтів стерлінгів на весь період;
   – термін: ІІ квартал 2020 р. – І квартал 2022 р.;
   – у 2021 році: 620 000 фунтів стерлінгів;
   – партнери: Національна поліція, Мінсоцполітики, обласні державні адміністрації.

•  Проєкт «Протидія торгівлі жінками та дівчатами в прикордонних регіонах»
   – фінансування: Норвегія, 2 100 000 норвезьких крон;
   – термін: 01.02.2021 – 31.01.2023;
   – партнери: Національна поліція, Державна прикордонна служба, ГО «Ла Страда-Україна».
"""


def test_a_memos_bullets_with_dash_lines_name_funder_money_and_national_partners(tmp_path):
    result = text_build(tmp_path, "UNFPA_dovidka.txt", MEMO)
    projects = projects_by_title(result)
    teams = projects[
        "Мобільні бригади соціально-психологічної допомоги постраждалим від домашнього насильства"
    ]
    trafficking = projects["Протидія торгівлі жінками та дівчатами в прикордонних регіонах"]
    # who pays is named before the sum; the "partners" are the national ones: the beneficiaries, not the donor
    assert (teams["partner"], teams["amount"], teams["currency"]) == ("UK", 1_450_000, "GBP")
    assert teams["yearly_amounts"].startswith("2021=620000")
    assert (teams["start_date"], teams["end_date"]) == ("2020-04-01", "2022-03-31")
    assert teams["beneficiaries"] == "NPU"
    assert (trafficking["partner"], trafficking["amount"], trafficking["currency"]) == (
        "Norway",
        2_100_000,
        "NOK",
    )
    assert trafficking["beneficiaries"] == "NPU;SBGS"
    assert len(projects) == 2


def test_a_letters_point_cut_after_its_title_and_a_neighbour_named_at_the_border(one_sheet_build):
    rows = [
        ["Посольство Республіки Польща в Україні"],
        ["Посольство інформує про проєкти, що фінансуються Польщею в рамках програми «Польська допомога»:"],
        ["1. Проєкт «Модернізація пунктів пропуску: електронна черга» на суму 450 тис. євро з квітня 2021 по "
         "березень 2022 року."],
        ["2. Проєкт «Технічне оснащення прикордонних застав» (Державна прикордонна служба України, ділянка кордону "
         "з Республікою Білорусь):"],
        ["у 2021 році передбачено 180 тис. злотих (загальний бюджет проєкту на 2020–2022 рр. — 500 тис. злотих)."],
        ["3. Проєкт «Підвищення кваліфікації фахівців кіберполіції» вартістю 320 000 злотих, терміном реалізації з "
         "01.10.2020 по 30.09.2021."],
    ]  # fmt: skip
    result = one_sheet_build(rows, "Lyst_Posolstvo_Polshchi.xlsx", "Лист")
    projects = projects_by_title(result)
    outposts = projects["Технічне оснащення прикордонних застав"]
    # the point goes on on the next row; Belarus, the border's other side, is no funder
    assert (outposts["partner"], outposts["currency"], outposts["amount"]) == ("Poland", "PLN", 500_000)
    assert outposts["yearly_amounts"].startswith("2021=180000")
    cyber = projects["Підвищення кваліфікації фахівців кіберполіції"]
    assert (cyber["start_date"], cyber["end_date"], cyber["amount"]) == ("2020-10-01", "2021-09-30", 320_000)


def test_a_period_between_two_dates_in_a_sentence():
    assert period_in_prose(
        "вартістю 320 000 злотих, терміном реалізації з 01.10.2020 по 30.09.2021, виконавець"
    ) == (
        dt.date(2020, 10, 1),
        dt.date(2021, 9, 30),
    )


SWISS = """Embassy of Switzerland in Ukraine / Swiss Cooperation Office;;;;
All amounts in CHF;;;;
;;;;
No.;Project;Implementer;Duration;SWG priority
1;Human Rights-Based Policing in Ukraine;DCAF;01.01.2020-31.12.2023;Community policing
;Budget 2021 / Total;650'000;2'400'000;
2;Psychosocial Support for First Responders of the State Emergency Service;Swiss Red Cross;01.07.2021-30.06.2024;Other
;Budget 2021 / Total;–;1'200'000;
;TOTAL portfolio;;;
;Budget 2021 / Total;650'000;3'600'000;
"""


def test_a_row_of_money_under_each_projects_row_is_that_projects(tmp_path):
    result = text_build(tmp_path, "Switzerland_SCO_portfolio.csv", SWISS)
    projects = projects_by_title(result)
    assert sorted(projects) == [
        "Human Rights-Based Policing in Ukraine",
        "Psychosocial Support for First Responders of the State Emergency Service",
    ]
    policing = projects["Human Rights-Based Policing in Ukraine"]
    assert (policing["amount"], policing["currency"]) == (2_400_000, "CHF")
    assert policing["yearly_amounts"].startswith("2021=650000")
    # "–" for 2021: no figure given, the total spread by days (2021: 184 of 1096 days)
    support = projects["Psychosocial Support for First Responders of the State Emergency Service"]
    assert support["amount"] == 1_200_000 and pd.isna(support["yearly_amounts"])
    assert "source_cells" in policing and "amount=D6" in policing["source_cells"]
    assert not issues_saying(result, "is not understood")
    assert issues_saying(result, "each give the money of the project above them")


# --- statuses a row says otherwise --------------------------------------------------------------------------------


def test_a_row_struck_out_in_its_status_is_not_counted(one_sheet_build):
    rows = [
        ["No.", "Project title", "Status", "Total budget (EUR)", "Start", "End"],
        [2, "Mentoring of community police officers", "Ongoing", 95_000, dt.datetime(2021, 1, 15),
         dt.datetime(2021, 11, 30)],
        [2, "Mentoring of community police officers", "DELETED – duplicate of No. 2", 90_000,
         dt.datetime(2021, 1, 15), dt.datetime(2021, 11, 30)],
    ]  # fmt: skip
    result = one_sheet_build(rows, "EUAM_input.xlsx")
    assert list(result.projects["amount"]) == [95_000]
    assert issues_saying(result, "its status says the row is deleted or a duplicate")


def test_rows_shaded_as_the_note_says_cancelled_rows_are_cancelled(tmp_path):
    from openpyxl import Workbook
    from openpyxl.styles import PatternFill

    wb = Workbook()
    ws = wb.active
    ws.append(["№", "Project title", "Status", "Start", "End", "Budget 2021, USD"])
    ws.append(
        [1, "Maintenance of patrol boats", "Planned", dt.datetime(2021, 7, 1), dt.datetime(2023, 6, 30), 900]
    )
    ws.append([2, "Migrant smuggling case management", "Planned", dt.datetime(2021, 1, 1),
               dt.datetime(2022, 12, 31), 375])  # fmt: skip
    ws.append([])
    ws.append(["Shaded rows: project cancelled / withdrawn – kept for reference only."])
    for col in range(1, 7):
        ws.cell(3, col).fill = PatternFill("solid", fgColor="BFBFBF")
    raw = tmp_path / "raw"
    raw.mkdir()
    wb.save(raw / "INL.xlsx")
    result = build(raw, tmp_path / "out", year=2021)
    statuses = dict(zip(result.projects["title"], result.projects["status"], strict=True))
    assert statuses == {
        "Maintenance of patrol boats": "planned",
        "Migrant smuggling case management": "cancelled",
    }
    warned = issues_saying(result, "the row's colour (grey) says cancelled")
    assert [w["severity"] for w in warned] == ["warning"]


def test_components_of_a_programme_with_no_amount_keep_their_totals(one_sheet_build):
    rows = [
        ["WBS code", "Project / Output", "Donor", "Start", "End", "Status", "Budget 2021 (USD)", "Total budget (USD)"],
        ["UA10P0512", "Enhancing border crossing management", "EU", dt.datetime(2020, 3, 1),
         dt.datetime(2022, 2, 28), "Ongoing", None, None],
        ["UA10P0512.01", "Output 1: Passenger processing upgraded", "EU", None, None, None, 410_000, 1_100_000],
        ["UA10P0512.02", "Output 2: Border guards trained", "EU", None, None, None, 185_000, 400_000],
    ]  # fmt: skip
    # the outputs indented under their project, as the agency's report has them
    result = one_sheet_build(rows, "IOM_portfolio_by_output.xlsx", "Portfolio", {(3, 2): 2, (4, 2): 2})
    projects = projects_by_title(result)
    first = projects["Output 1: Passenger processing upgraded"]
    # the outputs are the projects, dated by the programme: their totals stand, their 2021 figures a part of them
    assert (first["amount"], first["start_date"], first["end_date"]) == (
        1_100_000,
        "2020-03-01",
        "2022-02-28",
    )
    assert first["yearly_amounts"].startswith("2021=410000")
    assert projects["Output 2: Border guards trained"]["amount"] == 400_000
    assert not issues_saying(result, "the total is taken as their sum")


# --- round 57, second sets: compiled files (JA), government forms (JB), updates (JC) ------------------------------


def test_a_total_of_a_group_with_no_donor_status_or_period_is_no_project(one_sheet_build):
    rows = [
        ["Title", "Donor", "Implementer", "Status", "Period", "2021 (EUR)"],
        ["Joint border patrols and risk analysis", "EU", "ICMPD", "Ongoing", "2021–2023", 1_500_000],
        ["Shelters for survivors of domestic violence", "France", "Expertise France", "Ongoing", "2020–2021", 320_000],
        [],
        ["Total Team Europe 2021 (as reported by each partner)", None, None, None, None, 1_820_000],
    ]  # fmt: skip
    result = one_sheet_build(rows, "Team_Europe_list.xlsx")
    assert len(result.projects) == 2
    assert issues_saying(result, "begins with a totals word and gives only figures and their currency")


def test_blocks_one_under_another_each_in_the_currency_its_caption_names(one_sheet_build):
    rows = [
        ["Consolidated partner inputs for 2021"],
        ["1. EU Delegation to Ukraine — amounts in EUR"],
        ["Project", "Implementing partner", "Status", "2021 allocation"],
        ["Electronic custody register in police units", "Council of Europe", "Ongoing", 1_250_000],
        ["Subtotal EU", None, None, 1_250_000],
        [],
        ["2. United Kingdom (British Embassy Kyiv, CSSF) — GBP"],
        ["Programme", "Start", "End", "Total budget", "Stage"],
        ["Countering modern slavery in Ukraine", dt.datetime(2021, 1, 1), dt.datetime(2021, 12, 31), 1_460_000,
         "Implementation"],
    ]  # fmt: skip
    result = one_sheet_build(rows, "Secretariat_consolidated.xlsx", "Consolidated")
    projects = projects_by_title(result)
    slavery = projects["Countering modern slavery in Ukraine"]
    assert (slavery["partner"], slavery["currency"], slavery["amount"]) == ("UK", "GBP", 1_460_000)
    register = projects["Electronic custody register in police units"]
    assert (register["currency"], register["amount"]) == ("EUR", 1_250_000)
    assert not issues_saying(result, "has no currency")


def test_a_grant_table_with_a_year_typed_with_a_letter_o_and_its_agencies_the_implementers(one_sheet_build):
    rows = [
        ["Embassy of Japan in Ukraine — Grant assistance to MIA agencies, 2020–2022 (USD)"],
        ["Funded by the Government of Japan (supplementary budget), implemented through international organisations."],
        [],
        ["Project", "Agency", "Status", "2020", "2O21", "2022", "Total"],
        ["Drug testing kits for the Expert Service", "UNODC", "Completed", 120_000, 80_000, "-", 200_000],
        ["Detection of irregular migrants", "IOM", "Ongoing", "-", 350_000, 150_000, 500_000],
    ]  # fmt: skip
    result = one_sheet_build(rows, "Japan_grant_aid.xls.xlsx", "Grant aid")
    projects = projects_by_title(result)
    kits = projects["Drug testing kits for the Expert Service"]
    # the agencies carry the projects out; Japan pays, in dollars (the title's currency beside the years it covers)
    assert (kits["partner"], kits["implementer"], kits["currency"]) == ("Japan", "UNODC", "USD")
    assert kits["yearly_amounts"] == "2020=120000;2021=80000"
    assert projects["Detection of irregular migrants"]["yearly_amounts"] == "2021=350000;2022=150000"
    assert issues_saying(result, "writes its year with a letter O for a zero: read as 2021")
    assert issues_saying(result, "read as the implementers")


def test_a_government_form_of_funders_lines_each_in_its_currency(one_sheet_build):
    rows = [
        ["№ з/п", "Назва проєкту", "Донор", "Валюта фінансування", "Загальний обсяг, тис. од. валюти",
         "Обсяг на 2021 рік, тис. од. валюти", "Стан реалізації"],
        [1, "Впровадження електронного кабінету водія", "ЄС, Уряд Швеції", None, None, None, "реалізується"],
        [None, "у тому числі:", "ЄС", "євро", 5400, 1800, None],
        [None, None, "Уряд Швеції", "шв. крона", 19500, 6500, None],
        [2, "Навчальний центр для водіїв патрульної поліції", "Уряд США (INL)", None, None, None, "реалізується"],
        [None, "у тому числі:", "у т.ч. кошти в дол. США", "дол. США", 900, 300, None],
        [None, None, "у т.ч. кошти в гривні", "грн", 7500, 2500, None],
    ]  # fmt: skip
    result = one_sheet_build(rows, "GSC_MVS.xlsx", "МТД 2021")
    got = sorted(
        (r["title"][:20], r["partner"], r["currency"], r["amount"], r["yearly_amounts"])
        for r in result.projects.to_dict("records")
    )
    # each line its funder's (or the project's funder's) money in thousands of its own currency; the project rows,
    # naming funders and no money, are no projects of their own
    assert got == [
        ("Впровадження електро", "EU", "EUR", 5_400_000, "2021=1800000"),
        ("Впровадження електро", "Sweden", "SEK", 19_500_000, "2021=6500000"),
        ("Навчальний центр для", "USA", "UAH", 7_500_000, "2021=2500000"),
        ("Навчальний центр для", "USA", "USD", 900_000, "2021=300000"),
    ]
    assert issues_saying(result, "names its funders and no money")
    assert not issues_saying(result, "has no project title or code")


def test_a_title_on_two_rows_of_a_merged_number_block_with_the_money_on_the_second(workbook_build):
    rows = [
        ["№ з/п", "Назва проєкту", "Донор", "Строк реалізації", "Обсяг фінансування, тис. дол. США", "Стан"],
        [1, "Створення системи «Custody Records» в органах", "Рада Європи", "2020–2022", None, None],
        [None, "і підрозділах Національної поліції України", None, None, 749.3, "реалізується"],
        [2, "Протидія незаконному обігу наркотиків у кіберпросторі", "Уряд Канади", "2021–2022", 1000, "реалізується"],
        [None, "Т.в.о. начальника відділу міжнародного співробітництва", None, None, "Н. ШЕВЧУК", None],
    ]  # fmt: skip
    merges = {"Форма": ["A2:A3", "C2:C3", "D2:D3"]}
    result = workbook_build({"Форма": rows}, "NPU_form.xlsx", merges=merges)
    projects = projects_by_title(result)
    custody = projects[
        "Створення системи «Custody Records» в органах і підрозділах Національної поліції України"
    ]
    assert (custody["partner"], custody["amount"], custody["currency"]) == (
        "Council of Europe",
        749_300,
        "USD",
    )
    assert len(projects) == 2  # the acting head's signature is no project
    assert issues_saying(result, "is a signature")


WRAPPED_LETTER = """НАЦІОНАЛЬНА ПОЛІЦІЯ УКРАЇНИ
ДЕПАРТАМЕНТ ПРЕВЕНЦІЇ

Про стан реалізації проєктів МТД

1. За підтримки Уряду Канади продовжується реалізація проєкту «Поліція, орієнтована на громаду»
(2019–2022 рр.). Проєкт спрямований на впровадження моделі поліцейської діяльності, орієнтованої на
громаду, у Харківській, Львівській та Дніпропетровській областях. Обсяг фінансування на 2021 рік
становить 3 250,0 тис. канадських доларів. Стан: реалізується.

2. Проєкт «Протидія торгівлі дітьми та їх експлуатації», що фінансувався ЮНІСЕФ за власні кошти,
реалізовувався у 2019–2020 роках; загальна вартість — 820,0 тис. грн. Проєкт завершено.

3. Проєкт «Поліцейські офіцери громад у сільській місцевості» (донор — Уряд Швейцарії, через
Швейцарську агенцію розвитку та співробітництва) перебуває на стадії підписання. Обсяг фінансування
на 2021 рік — 2 100,0 тис. швейцарських франків, на 2022 рік — 1 800,0 тис. швейцарських франків.
"""


def test_a_letter_wrapped_at_a_width_is_read_paragraph_by_paragraph(tmp_path):
    result = text_build(tmp_path, "lyst_Departament_preventsii.txt", WRAPPED_LETTER)
    projects = projects_by_title(result)
    policing = projects["Поліція, орієнтована на громаду"]
    assert (policing["partner"], policing["currency"], policing["amount"]) == ("Canada", "CAD", 3_250_000)
    children = projects["Протидія торгівлі дітьми та їх експлуатації"]
    assert (children["start_date"], children["end_date"]) == ("2019-01-01", "2020-12-31")
    rural = projects["Поліцейські офіцери громад у сільській місцевості"]
    # at the signing stage: not yet signed, planned
    assert (rural["partner"], rural["status"], rural["yearly_amounts"]) == (
        "Switzerland",
        "planned",
        "2021=2100000;2022=1800000",
    )
    assert issues_saying(result, "a text of lines, not of columns")


def test_a_partners_name_with_a_footnotes_mark_is_the_partner():
    from mtd_analysis.ingest.partners import canonical_partner

    assert (canonical_partner("ВООЗ¹"), canonical_partner("USAID*")) == ("WHO", "USAID")


CORRECTION_EMAIL = """Від: Ingrid Solberg <ingrid.solberg@mfa.no>
Надіслано: п'ятниця, 5 лютого 2021 р. 16:42
Кому: Олена Коваль <o.koval@mvs.gov.ua>
Тема: RE: Перелік проектів Норвегії

Шановна пані Олено,

будь ласка, замініть суму для проекту «Мобільні групи реагування поліції» на 1 250 000 NOK.

З повагою,
Інгрід Солберг

-----Original Message-----
Від: Ingrid Solberg <ingrid.solberg@mfa.no>
Надіслано: вівторок, 2 лютого 2021 р. 11:05
Кому: Олена Коваль <o.koval@mvs.gov.ua>
Тема: Перелік проектів Норвегії

на Ваш запит надсилаю перелік проектів, які фінансує Королівство Норвегія (суми в норвезьких кронах, NOK):

1. «Підтримка ДПСУ у захисті морського кордону»
   виконавець: Норвезька берегова охорона
   період реалізації: 2021–2022
   бюджет на 2021 р.: 4 000 000 NOK

2. «Мобільні групи реагування поліції»
   виконавець: ПРООН
   період реалізації: 01.01.2021–31.12.2021
   бюджет на 2021 р.: 1 520 000 NOK
"""


def test_a_reply_naming_no_project_leaves_the_quoted_list_read_and_said(tmp_path):
    result = text_build(tmp_path, "Norway_email.txt", CORRECTION_EMAIL)
    projects = projects_by_title(result)
    # the numbered titles in quotes are the titles, without them
    assert sorted(projects) == [
        "Мобільні групи реагування поліції",
        "Підтримка ДПСУ у захисті морського кордону",
    ]
    assert projects["Підтримка ДПСУ у захисті морського кордону"]["yearly_amounts"].startswith("2021=4000000")
    # the correction asked for in words is not applied, and that is said where the analyst looks
    warned = issues_saying(result, "names no project of its own: the e-mail quoted below it")
    assert [w["severity"] for w in warned] == ["warning"]


@pytest.mark.parametrize("cell", ["див. примітку 1", "see note 2", "(см. примечание)"])
def test_a_money_cell_pointing_to_a_note_holds_no_figure(cell):
    assert parse_amount(cell) is None  # not the note's number, 1 or 2


def test_one_years_figure_beside_a_larger_total_on_an_undated_row_leaves_the_total(one_sheet_build):
    rows = [
        ["Назва проєкту", "Донор", "Загальний обсяг, тис. євро", "Обсяг на 2021 рік, тис. євро",
         "Обсяг на 2022 рік, тис. євро"],
        ["Кабінет водія", "ЄС", 5400, 1800, None],
        ["Обмін даними з ДМС", "ЄС", 1400, 600, 700],
    ]  # fmt: skip
    result = one_sheet_build(rows, "form.xlsx")
    projects = projects_by_title(result)
    # one year given: a part of the total, which stands (the rest placed in no year, said)
    driver = projects["Кабінет водія"]
    assert (driver["amount"], driver["yearly_amounts"]) == (5_400_000, "2021=1800000")
    assert issues_saying(result, "the row gives no dates: the total stands")
    # two years falling short of the total on an undated row: a slip, the years counted and the total their sum
    exchange = projects["Обмін даними з ДМС"]
    assert (exchange["amount"], exchange["yearly_amounts"]) == (1_300_000, "2021=600000;2022=700000")
    assert issues_saying(result, "the yearly amounts are used and the total is taken as their sum")


def test_a_sheet_of_corrections_by_the_lists_numbers_is_applied(workbook_build):
    projects_sheet = [
        ["№", "Назва проекту", "Період реалізації", "Загальний бюджет, CHF", "Бюджет на 2021 рік, CHF", "Статус"],
        [1, "Безпека громад та поліцейська діяльність", "2020–2023", 2_400_000, 600_000, "реалізується"],
        [2, "Протидія торгівлі людьми в Закарпатській області", "01.06.2021–31.05.2024", 900_000, "—", "затверджено"],
        [3, "Мобільні групи реагування на домашнє насильство", "2021–2022", 500_000, 230_000, "заплановано"],
    ]  # fmt: skip
    corrections = [
        ["Виправлення до аркуша «Проекти»"],
        [],
        ["№ рядка на аркуші «Проекти»", "Назва проекту", "Показник", "Було", "Стало"],
        [1, "Безпека громад та поліцейська діяльність", "Бюджет на 2021 рік, CHF", 600_000, 720_000],
        [2, "Протидія торгівлі людьми в Закарпатській області", "Загальний бюджет, CHF", 900_000, 1_050_000],
        [3, "Мобільні групи реагування на домашнє насильство", "Статус", "заплановано", "затверджено"],
    ]  # fmt: skip
    result = workbook_build({"Проекти": projects_sheet, "Corrections": corrections}, "Switzerland_2021.xlsx")
    projects = projects_by_title(result)
    assert projects["Безпека громад та поліцейська діяльність"]["yearly_amounts"].startswith("2021=720000")
    assert projects["Протидія торгівлі людьми в Закарпатській області"]["amount"] == 1_050_000
    assert projects["Мобільні групи реагування на домашнє насильство"]["status"] == "approved"
    assert issues_saying(
        result, "lists changes to the file's projects by their numbers (was → now): 3 applied"
    )
    assert not issues_saying(result, "holds no project table")


@pytest.mark.parametrize(
    ("said", "status"),
    [
        ("не розпочато", "planned"),  # "not started", as the English "not started" reads
        ("не начат (проект на рассмотрении донора)", "planned"),
        ("не розпочато\n(угоду підписано 22.12.2020)", "approved"),  # not started, but signed: committed
        ("зареєстровано, не розпочато", "approved"),  # registered as technical assistance: committed
        ("розпочато", "ongoing"),
    ],
)
def test_not_started_is_planned_unless_signed_or_registered(said, status):
    from mtd_analysis.ingest.values import parse_status

    assert parse_status(said) == status


def test_driver_services_and_road_safety_are_the_sectors_other_work():
    from mtd_analysis.analysis.priorities import priority_scores

    for title in (
        "Впровадження електронного кабінету водія",
        "Аналітична система обліку дорожньо-транспортних пригод",
    ):
        assert priority_scores(title)["priority_code"].tolist() == ["OTHER"]


# --- the review's cases (a helper who had not read the code, 113 cases before and after) --------------------------


def test_two_funding_sources_in_two_currencies_stay_two_projects(tmp_path):
    text = (
        "project_code,project_title,fs_code,start_date,end_date,currency,committed_amount\n"
        "UKR-2101,Humanitarian demining in the East,DK-PSP,2021-01-01,2022-12-31,DKK,5000000\n"
        "UKR-2101,Humanitarian demining in the East,DK-NP,2021-01-01,2022-12-31,EUR,300000\n"
        "\n"
        "Key: DK-PSP = Danish Peace and Stabilisation Programme; DK-NP = Danish Neighbourhood Programme\n"
    )
    result = text_build(tmp_path, "danida_codes.csv", text)
    got = sorted((r["partner"], r["currency"], r["amount"]) for r in result.projects.to_dict("records"))
    # not added (two currencies), and not one sent twice: both counted, each Denmark's
    assert got == [("Denmark", "DKK", 5_000_000), ("Denmark", "EUR", 300_000)]
    assert not issues_saying(result, "sent twice")


REPLY_OVER_ANOTHERS_LIST = """Thank you, noted. See you at the meeting.

Regards,
Embassy of Canada

-----Original Message-----
From: MIA International Cooperation Department
Sent: 1 June 2021
To: Donor coordination group
Subject: Projects to be discussed on 10 June

1. Border crossing points upgrade
Donor: EU
Budget: EUR 3 000 000
Period: 2021-2022

2. K9 training for SBGS
Donor: USA
Budget: USD 500 000
Period: 2021
"""


def test_a_reply_over_someone_elses_quoted_list_reads_none_of_it(tmp_path):
    result = text_build(tmp_path, "re_ministry_list.txt", REPLY_OVER_ANOTHERS_LIST)
    assert result.projects.empty  # the ministry's list is not Canada's projects
    assert issues_saying(result, "are an earlier e-mail quoted below this one: not read")


def test_a_header_in_thousands_over_whole_sums_is_read_as_written(one_sheet_build):
    rows = [
        ["Project", "Start", "End", "Budget, USD thous.", "2021, USD thous."],
        ["Cyber police forensic laboratory", dt.datetime(2020, 1, 1), dt.datetime(2022, 12, 31), 1_250_000, 400_000],
        ["Training of investigators", dt.datetime(2021, 1, 1), dt.datetime(2021, 12, 31), 300_000, 300_000],
    ]  # fmt: skip
    result = one_sheet_build(rows, "USAID_template.xlsx")
    projects = projects_by_title(result)
    # a thousand times 1 250 000 dollars would be 1.25 billion: the figures are whole sums, and that is said
    assert projects["Cyber police forensic laboratory"]["amount"] == 1_250_000
    assert projects["Training of investigators"]["yearly_amounts"] == "2021=300000"
    assert issues_saying(result, "is headed in thousands, but its figures are whole sums")
