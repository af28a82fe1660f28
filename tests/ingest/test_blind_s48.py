"""Layouts and words found by partner files written blind in round 48 (sets CN, CO and CP).

Each test writes the few cells that matter, as the partner's file had them, and checks the reading against figures
worked out by hand beside it: a narrative export whose periods and money are sentences, a system's export (the
Canadian "$ CA", the State Department's "DOS/J-TIP", a register's update dates beside its period, "Terminating",
"Forecast payments 2021"), a programme whose components share its code and its years, a foreign ministry of the
interior, a year over an empty cell in a two-row header, a pipeline sheet headed "Concept", and a year's part written
in the unit of its total.
"""

from __future__ import annotations

import datetime as dt
import zipfile

import pytest
from blind_helpers import issues_saying, money_2021_of_id, projects_by_title, text_build

from mtd_analysis.build import build
from mtd_analysis.ingest.amounts import money_in_prose, period_in_prose
from mtd_analysis.ingest.columns import match_field
from mtd_analysis.ingest.values import parse_beneficiaries, parse_status

# --------------------------------------------------------------------------- sentences


def test_a_span_of_two_partial_dates_in_a_sentence_is_the_period():
    # "Q3 2021 - Q2 2022": 1 July 2021 to 30 June 2022; "October 2019 - September 2024": to the month's last day
    assert period_in_prose("Implemented Q3 2021 - Q2 2022. Revision of 14 training modules.") == (
        dt.date(2021, 7, 1),
        dt.date(2022, 6, 30),
    )
    start, end = period_in_prose("Five-year activity (October 2019 - September 2024) supporting 7 coalitions")
    assert (start.isoformat(), end.isoformat()) == ("2019-10-01", "2024-09-30")
    assert period_in_prose("Period 03.2021 – 02.2023 for 5 oblasts")[1].isoformat() == "2023-02-28"
    assert period_in_prose("Chapters 2019 - 2021 of the report") is None  # bare years: a range of anything


def test_a_sum_for_a_calendar_year_or_a_month_is_that_years_part():
    assert money_in_prose("USD 3.2 million total; USD 1.1 million in calendar year 2021") == (
        3_200_000.0,
        "USD",
        {2021: 1_100_000.0},
    )
    # tranches, each dated, none a total: the project's money is their sum
    assert money_in_prose("USD 400,000 in December 2020 and USD 250,000 in February 2021") == (
        650_000.0,
        "USD",
        {2020: 400_000.0, 2021: 250_000.0},
    )
    # a fiscal year is not the calendar year: two sums, neither a part of the other
    assert money_in_prose("USD 3.2 million total; USD 1.1 million in fiscal 2021") is None
    # two sums for one year: which is the budget is not said
    assert money_in_prose("USD 100,000 in March 2021 and USD 50,000 in May 2021") is None


NARRATIVE = (
    "Activity\tFunding source\tImplementer\tSummary\tFunding\n"
    "Patrol Police Academy Curriculum Support\tINL\tINL Kyiv\tImplemented Q3 2021 - Q2 2022. Revision of 14 "
    "training modules and training of 80 instructors.\t$1,800,000\n"
    "Countering Narcotics Trafficking through Seaports\tINL\tUNODC\tOngoing. Two port control units (Odesa, "
    "Chornomorsk) with 24 officers.\tUSD 3.2 million total; USD 1.1 million in calendar year 2021\n"
    "COVID-19 Protective Equipment for Border Guards\tU.S. Embassy Kyiv\tU.S. Embassy Kyiv\tMasks, gloves and 30 "
    "disinfection units for 60 checkpoints. Delivered in two tranches.\tUSD 400,000 in December 2020 and USD "
    "250,000 in February 2021\n"
)


def test_a_narrative_exports_periods_and_money_are_read_from_its_sentences(tmp_path, eur_per_unit):
    result = text_build(tmp_path, "US_inputs.csv", NARRATIVE, "utf-16")
    got = projects_by_title(result)
    academy = got["Patrol Police Academy Curriculum Support"]
    assert (academy["start_date"], academy["end_date"]) == ("2021-07-01", "2022-06-30")
    usd = eur_per_unit(result, 2021, "USD")
    # 1,800,000 over 365 days, 184 of them in 2021 (1 July - 31 December)
    assert money_2021_of_id(result, academy["project_id"]) == pytest.approx(
        1_800_000 * 184 / 365 * usd, rel=1e-6
    )
    ports = got["Countering Narcotics Trafficking through Seaports"]
    assert (ports["amount"], ports["yearly_amounts"]) == (3_200_000, "2021=1100000")
    assert money_2021_of_id(result, ports["project_id"]) == pytest.approx(1_100_000 * usd, rel=1e-6)
    covid = got["COVID-19 Protective Equipment for Border Guards"]
    assert (covid["amount"], covid["yearly_amounts"]) == (650_000, "2020=400000;2021=250000")
    assert money_2021_of_id(result, covid["project_id"]) == pytest.approx(250_000 * usd, rel=1e-6)
    # read from words: said, at the cell that holds them
    assert issues_saying(result, "row 2: the description gives its period (01.07.2021–30.06.2022)")


# --------------------------------------------------------------------------- systems' exports


def test_a_canadian_dollar_written_as_dollar_ca_is_cad(tmp_path):
    text = (
        "Project number / Numéro de projet,Title / Titre,Executing agency / Agence d'exécution,Start / Début,"
        "End / Fin,Maximum GAC contribution (CAD) / Contribution maximale d'AMC ($ CA)\n"
        "P009120001,Countering Drug Trafficking through Sea Ports,UNODC,2020-11-15,2022-11-14,1 750 000\n"
    )
    result = text_build(tmp_path, "GAC_extract.csv", text)
    (project,) = result.projects.to_dict("records")
    assert (project["amount"], project["currency"]) == (1_750_000, "CAD")
    assert match_field("Montant ($ CAN)").currency == "CAD" and match_field("Budget ($)").currency == "USD"


def test_the_state_departments_trafficking_office_is_the_usa(tmp_path):
    text = (
        "Project ID,Project title,Funding source,Start date,End date,Total (USD)\n"
        "UKR-JTIP-20-07,Anti-Trafficking Hotline and Victim Referral,DOS/J-TIP,2020-10-01,2022-09-30,600000\n"
    )
    result = text_build(tmp_path, "INL_tracker.csv", text)
    assert result.projects.partner.tolist() == ["USA"]


REGISTER = (
    "№ з/п;Реєстраційна картка №;Дата реєстрації;Назва проекту (програми);Донор (партнер з розвитку);Строк "
    "реалізації;Загальна вартість;Валюта;Стан;Дата оновлення\n"
    "1;3478-01;19.03.2021;Посилення охорони кордону;Уряд Литовської Республіки;04.2021 – 03.2022;450 000,00;EUR;"
    "реалізується;20.05.2021\n"
    "2;3105-03;14.02.2020;Модернізація пунктів пропуску;Європейський Союз;2020–2022;3 600 000,00;EUR;реалізується;"
    "28.01.2021\n"
)


def test_a_registers_update_date_is_no_start_beside_its_period(tmp_path):
    result = text_build(tmp_path, "reiestr.csv", REGISTER, "cp1251")
    got = projects_by_title(result)
    border = got["Посилення охорони кордону"]
    assert (border["start_date"], border["end_date"]) == ("2021-04-01", "2022-03-31")
    crossing = got["Модернізація пунктів пропуску"]
    assert (crossing["start_date"], crossing["end_date"]) == ("2020-01-01", "2022-12-31")
    # 450,000 EUR over 365 days (1 April 2021 - 31 March 2022), 275 of them in 2021
    assert money_2021_of_id(result, border["project_id"]) == pytest.approx(450_000 * 275 / 365, rel=1e-6)
    assert match_field("Дата оновлення").field == "ignore" and match_field("Last change").field == "ignore"


def test_terminating_is_a_project_closing_terminated_one_cancelled():
    assert parse_status("Terminating") == "ongoing"
    assert parse_status("Terminated") == "cancelled"
    assert parse_status("terminated before start") == "cancelled"


def test_a_columns_forecast_payments_for_a_year_are_that_years_money():
    for label in ("Forecast payments 2021 (EUR)", "Planned payments 2021", "Прогноз платежів 2021"):
        m = match_field(label)
        assert (m.field, m.year) == ("yearly", 2021), label
    assert match_field("Payment date").field == "payment_date"


# --------------------------------------------------------------------------- programmes


PRIMA = [
    ["Код проекта", "Название", "Донор", "Начало", "Окончание", "Бюджет", "Валюта"],
    ["UA10P0475", "Программа поддержки управления границей", "Европейский Союз", "Jun 2020", "May 2023", 4_000_000,
     "EUR"],
    ["UA10P0475", "Компонент А. Оборудование для отделов охраны", "Европейский Союз", "Jun 2020", "May 2023",
     1_500_000, "EUR"],
    ["UA10P0475", "Компонент Б. Обучение пограничных нарядов", "Европейский Союз", "Jun 2020", "May 2023",
     1_000_000, "EUR"],
]  # fmt: skip


def test_a_component_equal_to_its_programmes_remainder_is_no_duplicate_of_it(one_sheet_build):
    # components 1.5M + 1.0M of a 4.0M programme: the remainder 1.5M stays with the programme, and component A, of
    # the same code and the same 1.5M, is a project of its own: the three add up to the programme's 4.0M
    result = one_sheet_build(PRIMA, "IOM_PRIMA.xlsx", "Проекты", indents={(3, 2): 1, (4, 2): 1})
    amounts = dict(zip(result.projects.title, result.projects.amount, strict=True))
    assert amounts == {
        "Программа поддержки управления границей": 1_500_000,
        "Компонент А. Оборудование для отделов охраны": 1_500_000,
        "Компонент Б. Обучение пограничных нарядов": 1_000_000,
    }
    assert not issues_saying(result, "sent twice, counted once")


GIZ = [
    ["Commissioning party", "Project", "Period", "Budget (EUR)", "Q1 2021", "Q2 2021", "Q3 2021", "Q4 2021"],
    ["BMZ", "Emergency response capacity of the State Emergency Service", "07/2020 - 06/2023", 3_000_000, 300_000,
     300_000, 300_000, 300_000],
    ["BMZ", "a) Rescue equipment for SES units", None, 1_500_000, None, None, None, None],
    ["BMZ", "b) Training centre for rescuers", None, 800_000, None, None, None, None],
]  # fmt: skip


def test_a_programmes_years_are_shared_with_components_that_give_none(one_sheet_build):
    # the programme says 1,200,000 of 2021 (four quarters of 300,000); its components (1.5M, 0.8M, no quarters) add
    # up to less than its 3.0M: 2021 is shared in proportion to the amounts, 1.2M x 1.5/3.0 = 600,000, x 0.8/3.0 =
    # 320,000, and the remainder's 1.2M - 920,000 = 280,000, so that 2021 still sums to the file's 1,200,000
    result = one_sheet_build(GIZ, "GIZ_portfolio.xlsx", "Portfolio", indents={(3, 2): 1, (4, 2): 1})
    years = dict(zip(result.projects.title, result.projects.yearly_amounts, strict=True))
    assert years == {
        "Emergency response capacity of the State Emergency Service": "2021=280000",
        "a) Rescue equipment for SES units": "2021=600000",
        "b) Training centre for rescuers": "2021=320000",
    }
    assert result.allocations[result.allocations.year.eq(2021)].amount_eur.sum() == pytest.approx(1_200_000)
    component = result.projects[result.projects.title.eq("a) Rescue equipment for SES units")].iloc[0]
    assert "amount_2021=E2+F2+G2+H2" in component["source_cells"]  # traced to the programme's cells
    assert issues_saying(result, "are shared among them and the remainder in proportion to their amounts")


# --------------------------------------------------------------------------- partners and headers


def test_a_foreign_ministry_of_the_interior_is_that_state_not_the_mia(tmp_path):
    assert parse_beneficiaries("Ministry of the Interior of the Czech Republic") == (
        [],
        ["Ministry of the Interior of the Czech Republic"],
    )
    assert parse_beneficiaries("Ministry of Interior of Ukraine") == (["MIA"], [])
    assert parse_beneficiaries("ГУНП в Харківській області") == (["NPU"], [])
    text = (
        "Project\tFunding source\tImplemented by\tPeriod\tTotal, EUR\n"
        "Training of dog handlers\tMinistry of the Interior of the Czech Republic\tOSCE\t01/2021 – 06/2021\t25 000\n"
    )
    result = text_build(tmp_path, "OSCE_projects.tsv", text, "utf-16")
    assert result.projects.partner.tolist() == ["Czechia"]


def test_a_year_over_an_empty_cell_in_a_two_row_header_is_that_years_column(tmp_path):
    text = (
        "Project\tFunding source\tStatus\tCurrency\t2021\t\t2022\n"
        "\t\t\t\tH1\tH2\t\n"
        "Preventing trafficking in conflict-affected areas\tOSCE Unified Budget\tOngoing\tEUR\t20 000\t25 500\t48 000\n"
    )
    result = text_build(tmp_path, "OSCE_xb.tsv", text, "utf-16")
    (project,) = result.projects.to_dict("records")
    # 2021: 20,000 + 25,500; 2022: 48,000; the total is their sum, 93,500
    assert (project["yearly_amounts"], project["amount"]) == ("2021=45500;2022=48000", 93_500)


def test_a_pipeline_sheet_of_concepts_is_read(workbook_build):
    sheets = {
        "Pipeline": [
            ["CSSF Ukraine — pipeline"],
            [],
            ["Concept", "Thematic area", "Indicative value (£)", "Expected timing", "Stage"],
            ["Countering illegal migration along the northern border", "Illegal migration", 300_000,
             "Q4 2021 – Q3 2022", "Concept note"],
        ]
    }  # fmt: skip
    result = workbook_build(sheets, "UK_CSSF.xlsx")
    (project,) = result.projects.to_dict("records")
    assert project["title"] == "Countering illegal migration along the northern border"
    assert (project["amount"], project["currency"]) == (300_000, "GBP")
    assert (project["start_date"], project["end_date"]) == ("2021-10-01", "2022-09-30")
    assert project["status"] == "planned"  # the sheet's name says it


def test_a_years_part_is_read_in_the_unit_of_its_total(one_sheet_build):
    rows = [
        ["Donor", "Project idea", "Expected start", "Estimated budget, USD thousand", "of which 2021"],
        ["Denmark", "Digital queue management system for border crossing points", "Q4 2021", 1_200, 100],
    ]
    result = one_sheet_build(rows, "UNDP_letter.xlsx", "UNDP")
    (project,) = result.projects.to_dict("records")
    # 1,200 thousand in all, of which 100 thousand in 2021
    assert (project["amount"], project["yearly_amounts"], project["currency"]) == (
        1_200_000,
        "2021=100000",
        "USD",
    )
    assert issues_saying(result, "is a part of the total, which is in units of 1,000: read in the same unit")
    # no end date: the total is kept all the same, the year's column being a part of it
    assert issues_saying(
        result, "the year columns are parts of it ('of which 2021'), so the rest belongs to its other years"
    )


def test_a_three_row_header_over_titles_headed_contribution_is_read(workbook_build):
    # "Agreement period" over "From | To"; "Agreed amount, SEK" over "Total | Disbursement plan" over "2021 | 2022";
    # the titles under "Contribution", a partner's word for its projects (acceptance set W, read through one header
    # row until round 48: the dates swapped, no 2021 money)
    rows = [
        ["Embassy of Sweden / Sida – contributions"],
        [],
        ["No.", "Contribution", "Partner organisation", "Agreement period", None, "Agreed amount, SEK", None, None,
         "Status"],
        [None, None, None, "From", "To", "Total", "Disbursement plan", None, None],
        [None, None, None, None, None, None, "2021", "2022", None],
        [1, "Domestic violence response: specialised police units", "UN Women", "2020-07-01", "2022-06-30",
         12_000_000, 5_000_000, 3_000_000, "Ongoing"],
    ]  # fmt: skip
    merges = {
        "Detail": ["A3:A5", "B3:B5", "C3:C5", "D3:E3", "F3:H3", "I3:I5", "D4:D5", "E4:E5", "F4:F5", "G4:H4"]
    }
    result = workbook_build({"Detail": rows}, "Sida.xlsx", merges=merges)
    (project,) = result.projects.to_dict("records")
    assert project["title"] == "Domestic violence response: specialised police units"
    assert (project["start_date"], project["end_date"]) == ("2020-07-01", "2022-06-30")
    assert (project["amount"], project["yearly_amounts"]) == (12_000_000, "2021=5000000;2022=3000000")
    assert issues_saying(result, "column B 'Contribution' names an amount but holds texts")


# --------------------------------------------------------------------------- agencies' own lists (set CQ)


AGENCY_LIST = [
    ["Перелік проектів МТД, отриманої Національною поліцією України (станом на 01.10.2021)"],
    [],
    ["№ з/п", "Назва проекту (програми)", "Період реалізації", "Вартість, грн", "Еквівалент у валюті донора",
     "Валюта донора", "Примітка"],
    ["Донор: Бюро з міжнародних питань боротьби з наркотиками та правоохоронної діяльності Державного департаменту "
     "США (INL)"],
    ["1.1", "Мобільні лабораторії для виявлення синтетичних наркотиків", "2021 рік", 15_943_200, 584_000, "USD", None],
    ["Донори: Європейський Союз (75 %) та Уряд Королівства Данія (25 %) – спільне фінансування"],
    ["2.1", "Модернізація пунктів тимчасового перебування іноземців", "2021-2022 рр.", 26_080_000, 800_000, "EUR",
     "у т.ч. у 2021 р. – 600 000 EUR"],
]  # fmt: skip


def test_an_agencys_list_counts_the_donors_currency_not_the_hryvnia(one_sheet_build):
    result = one_sheet_build(AGENCY_LIST, "NPU_MTD.xlsx", "Додаток 1")
    got = {(r["title"], r["partner"]): r for r in result.projects.to_dict("records")}
    # the donor's figure in the donor's currency, not the hryvnia figure labelled with it (15.9M "USD" before)
    labs = got[("Мобільні лабораторії для виявлення синтетичних наркотиків", "INL")]
    assert (labs["amount"], labs["currency"]) == (584_000, "USD")
    # two donors with their shares in the heading: a line each, 75 % and 25 % of 800,000 and of its years (the remark's
    # 600,000 of 2021, the other 200,000 in 2022)
    eu = got[("Модернізація пунктів тимчасового перебування іноземців", "EU")]
    dk = got[("Модернізація пунктів тимчасового перебування іноземців", "Denmark")]
    assert (eu["amount"], dk["amount"]) == (600_000, 200_000)
    assert (eu["yearly_amounts"], dk["yearly_amounts"]) == (
        "2021=450000;2022=150000",
        "2021=150000;2022=50000",
    )


def test_a_columns_hryvnia_label_against_a_currency_column_is_said(one_sheet_build):
    rows = [["Назва проекту", "Донор", "Період", "Вартість, грн", "Валюта"],
            ["Мобільні лабораторії", "Уряд Канади", "2021", 15_943_200, "USD"]]  # fmt: skip
    result = one_sheet_build(rows, "x.xlsx")
    said = issues_saying(result, "the amount's column is headed in UAH but the currency column says USD")
    assert said and said[0]["severity"] == "warning" and said[0]["column"] == "E2"


def test_equipment_written_with_its_quantity_and_price_is_an_item_of_its_project(one_sheet_build):
    rows = [
        ["№ з/п", "Назва проекту", "Період реалізації", "Еквівалент у валюті донора", "Валюта"],
        [
            2,
            "Постачання спеціальної аварійно-рятувальної техніки",
            "липень–вересень 2021",
            566_000_000,
            "JPY",
        ],
        [None, "у тому числі:", None, None, None],
        [None, "– Автомобіль пожежний (автоцистерна), 10 од. × 42 000 000 JPY", None, 420_000_000, "JPY"],
        [None, "– Автомобіль аварійно-рятувальний, 4 од. × 36 500 000 JPY", None, 146_000_000, "JPY"],
    ]
    result = one_sheet_build(rows, "DSNS.xlsx", "Японія")
    assert result.projects.title.tolist() == ["Постачання спеціальної аварійно-рятувальної техніки"]
    assert result.projects.amount.tolist() == [566_000_000]
    assert issues_saying(
        result, "are the equipment of project 'Постачання спеціальної аварійно-рятувальної техніки'"
    )


def test_a_delivery_period_dates_a_delivery(tmp_path):
    assert (
        match_field("Період поставки").field == "period" and match_field("Delivery period").field == "period"
    )


def test_a_year_column_of_half_years_adds_them_to_the_year(workbook_build):
    rows = [
        ["Donor", "Project", "Year", "Amount in donor currency", "Currency", "Status"],
        ["Ministry of Foreign Affairs of Denmark", "Border surveillance on the Belarusian border", "2020", 1_800_000,
         "DKK", "completed"],
        [None, None, "2021 H1", 1_100_000, "DKK", "completed"],
        [None, None, "2021 H2", 1_300_000, "DKK", "ongoing"],
    ]  # fmt: skip
    result = workbook_build({"ITA": rows}, "SBGS.xlsx", merges={"ITA": ["A2:A4", "B2:B4"]})
    (project,) = result.projects.to_dict("records")
    # 2021: the two halves, 1,100,000 + 1,300,000
    assert (project["amount"], project["yearly_amounts"]) == (4_200_000, "2020=1800000;2021=2400000")


# --------------------------------------------------------------------------- updated lists (set CR)


def _inl_list(title: str, cyber_2021: int) -> list[list]:
    return [
        [title],
        [],
        ["#", "Project", "Funder", "Total funding (USD)", "2021 (USD)", "Status", "Notes"],
        [1, "Community policing and patrol police capacity building", "INL", 8_500_000, 2_100_000, "ongoing", None],
        [2, "Counter-narcotics capacity building for the drug police", "INL", 1_200_000, 400_000, "ongoing",
         "2021 figure corrected to USD 350,000"],
        [3, "Cybercrime investigation support to the Cyber Police", "INL", 2_000_000, cyber_2021,
         "ongoing (moved from pipeline in October 2021)", None],
    ]  # fmt: skip


def test_the_later_of_two_dated_sheets_of_one_list_is_counted(workbook_build, eur_per_unit):
    sheets = {
        "List 14.09.2021": _inl_list("INL projects - list as of 14 September 2021", 500_000),
        "List 19.11.2021": _inl_list(
            "INL projects - UPDATED list (replaces the list of 14 September)", 600_000
        ),
    }
    result = workbook_build(sheets, "INL_Kyiv.xlsx")
    assert set(result.projects.source_sheet) == {"List 19.11.2021"}
    said = issues_saying(result, "sheet 'List 14.09.2021' is an earlier version of the list")
    assert said and said[0]["severity"] == "warning"
    got = projects_by_title(result)
    # the remark's figure for 2021, not the cell's 400,000; the status it has now, not the one it had
    assert got["Counter-narcotics capacity building for the drug police"]["yearly_amounts"] == "2021=350000"
    assert got["Cybercrime investigation support to the Cyber Police"]["status"] == "ongoing"
    assert issues_saying(result, "the remark G5 corrects the figure of '2021 (USD)' (400000")
    # 2021: 2,100,000 + 350,000 + 600,000 of the later sheet
    usd = eur_per_unit(result, 2021, "USD")
    a = result.allocations
    assert a[a.year.eq(2021)].amount_eur.sum() == pytest.approx(3_050_000 * usd, rel=1e-6)


def test_a_sheet_another_sheets_letter_keeps_for_comparison_is_not_counted(workbook_build):
    rows = [
        ["№", "Наименование проекта", "Донор", "Период реализации", "Общий бюджет, USD"],
        [1, "Противодействие незаконному обороту наркотиков в портах", "Правительство Японии", "2020–2022", 1_600_000],
        [2, "Электронный журнал учета задержанных в изоляторах", "Правительство Канады", "07.2021–06.2023", 600_000],
    ]  # fmt: skip
    letter = ["Направляем обновленный перечень. Актуальные данные приведены на этом листе; лист «Перечень_июнь_2021» "
              "сохранен только для сравнения с предыдущей версией."]  # fmt: skip
    sheets = {
        "Перечень_обновл": [letter, [], *rows],
        "Перечень_июнь_2021": [["По состоянию на 10.06.2021"], [], *rows],
    }
    result = workbook_build(sheets, "UNODC.xlsx")
    assert set(result.projects.source_sheet) == {"Перечень_обновл"}
    assert issues_saying(
        result, "sheet 'Перечень_июнь_2021' is not the list to count, as sheet 'Перечень_обновл' says"
    )


def test_a_remark_corrects_a_half_years_figure(one_sheet_build):
    rows = [
        ["Project", "Funder", "Period", "Total (SEK)", "H1 2021 (SEK)", "H2 2021 (SEK)", "Change since last meeting"],
        ["Prevention of domestic violence through community services", "Sida", "2021", 4_250_000, 2_000_000,
         2_250_000, "UPDATED: H2 2021 disbursement increased to SEK 2,750,000"],
    ]  # fmt: skip
    result = one_sheet_build(rows, "Sweden.xlsx")
    (project,) = result.projects.to_dict("records")
    assert project["yearly_amounts"] == "2021=4750000"  # 2,000,000 + 2,750,000
    assert issues_saying(result, "corrects the figure of 'H2 2021 (SEK)' (2250000")


# --------------------------------------------------------------------------- a week's mixture (set CS)


def test_donors_share_columns_name_any_state_or_an_organisations_own_budget(one_sheet_build):
    rows = [
        ["Ref.", "Project title", "Implementation period", "Budget, EUR",
         "Contributions (share of project budget, %)", None, None, None],
        [None, None, None, None, "Denmark", "Finland", "Council of Europe ordinary budget", "Norway"],
        ["UKR-2019-03", "Human rights compliance of police custody", "01/2019 – 12/2021", 1_850_000, 0.5, None, 0.2,
         0.3],
        ["UKR-2020-04", "Cybercrime and electronic evidence", "01/2020 – 12/2022", 1_200_000, None, 1, None, None],
        ["UKR-2021-09", "Shares that fall short", "01/2021 – 12/2021", 100_000, 0.5, None, None, 0.3],
    ]  # fmt: skip
    result = one_sheet_build(rows, "CoE_multidonor.xlsx", "AP 2018-2022")
    got = {(r["title"], r["partner"]): r["amount"] for r in result.projects.to_dict("records")}
    # 1,850,000 x 50 % / 20 % / 30 %; Finland's whole share; the Council of Europe's own budget is its share
    assert got[("Human rights compliance of police custody", "Denmark")] == 925_000
    assert got[("Human rights compliance of police custody", "Council of Europe")] == 370_000
    assert got[("Human rights compliance of police custody", "Norway")] == 555_000
    assert got[("Cybercrime and electronic evidence", "Finland")] == 1_200_000
    said = issues_saying(result, "the donors' shares add up to 80 %, not 100 %")
    assert said and said[0]["severity"] == "warning"


def test_a_file_in_two_encodings_is_read_line_by_line(tmp_path):
    raw = (
        "Название проекта;Донор;Начало;Окончание;Сумма, EUR\n"
        "Полиция общины в Луганской области;Швейцария;01.04.2021;31.12.2022;200 000,00\n"
    ).encode(
        "cp1251"
    ) + "Противодействие обороту наркотиков в портах;США;01.09.2021;31.08.2022;240 000,00\n".encode()
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "OSCE_proekty.csv").write_bytes(raw)
    result = build(tmp_path / "raw", tmp_path / "out", year=2021)
    assert sorted(result.projects.title) == ["Полиция общины в Луганской области",
                                             "Противодействие обороту наркотиков в портах"]  # fmt: skip
    assert sorted(result.projects.partner) == ["Switzerland", "USA"]
    assert issues_saying(result, "the file's lines are in two encodings")


def test_a_remark_giving_a_years_share_sets_that_years_money(one_sheet_build):
    rows = [
        ["#", "Project", "Period of performance", "Total (USD)", "2021 (USD)", "Remarks"],
        [1, "Community policing expansion in Kharkiv oblast", "Jan 2020 – Dec 2022", 3_600_000, None, "35% in 2021"],
    ]  # fmt: skip
    result = one_sheet_build(rows, "INL.xlsx")
    (project,) = result.projects.to_dict("records")
    # 35 % of 3,600,000 = 1,260,000 in 2021; the other 2,340,000 over 2020 (366 days) and 2022 (365 days)
    years = dict(part.split("=") for part in project["yearly_amounts"].split(";"))
    assert float(years["2021"]) == 1_260_000
    assert float(years["2020"]) == pytest.approx(2_340_000 * 366 / 731, abs=0.01)


# --------------------------------------------------------------------------- the same traps said otherwise (set CT)


def test_section_headings_name_the_partners_of_their_rows(one_sheet_build):
    rows = [
        ["№", "Назва проєкту", "Період", "Сума, EUR"],
        ["Розділ 1. Спільне фінансування: Європейський Союз — 70 %, Федеральне міністерство внутрішніх справ "
         "Німеччини — 30 %"],
        [1, "Протидія торгівлі людьми на шляхах трудової міграції", "2021", 100_000],
        ["Розділ 2. Фінансування Уряду Канади"],
        [2, "Безпечне перетинання лінії розмежування", "2021", 50_000],
    ]  # fmt: skip
    result = one_sheet_build(rows, "IOM.xlsx")
    got = sorted(zip(result.projects.partner, result.projects.amount, strict=True))
    assert got == [("Canada", 50_000), ("EU", 70_000), ("Germany", 30_000)]


def test_a_years_share_and_a_years_correction_said_in_other_words():
    from mtd_analysis.ingest.layouts import _YEAR_SHARE_SAID, year_figure_changed

    shares = [
        _YEAR_SHARE_SAID.search(text)
        for text in (
            "На 2021 рік припадає 35 % загального бюджету проєкту",
            "40% of the total budget falls in 2021",
            "На 2021 год приходится около четверти бюджета (25 %)",
        )
    ]
    assert [(m["year"] or m["year2"], m["pct"] or m["pct2"]) for m in shares] == [
        ("2021", "35"),
        ("2021", "40"),
        ("2021", "25"),
    ]
    # a half-year in words and a thousand after the figure; a quarter written as its months
    assert year_figure_changed("Сума за II півріччя 2021 р. уточнена донором: 850 тис. дол. США") == (
        2021,
        "07-12",
        850_000.0,
        "USD",
    )
    assert year_figure_changed("Jul-Sep 2021 amount corrected to CAD 210,000 after amendment no. 2") == (
        2021,
        "07-09",
        210_000.0,
        "CAD",
    )


def test_an_ods_files_merged_cells_are_read(tmp_path):
    from mtd_analysis.ingest.read import _ods_tables

    cell = '<table:table-cell office:value-type="string"><text:p>{}</text:p></table:table-cell>'
    rows = "".join(
        f"<table:table-row>{body}</table:table-row>"
        for body in (
            cell.format("Project") + cell.format("Period") + cell.format("Amount"),
            '<table:table-cell table:number-rows-spanned="2" office:value-type="string"><text:p>Border posts'
            "</text:p></table:table-cell>" + cell.format("H1 2021") + cell.format("100"),
            "<table:covered-table-cell/>" + cell.format("H2 2021") + cell.format("200"),
        )
    )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body>'
        f'<office:spreadsheet><table:table table:name="IOM">{rows}</table:table></office:spreadsheet>'
        "</office:body></office:document-content>"
    )
    path = tmp_path / "iom.ods"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("content.xml", content)
    with zipfile.ZipFile(path) as zf:  # read in the scan that bounds the file's tables (calamine gives none)
        assert _ods_tables(zf, zf.getinfo("content.xml")) == {"IOM": [((1, 0), (2, 0))]}


def test_a_remark_of_work_done_in_a_year_is_no_share_of_its_money(one_sheet_build):
    rows = [
        ["#", "Project", "Period of performance", "Total (USD)", "Remarks"],
        [1, "Community policing expansion in Kharkiv oblast", "Jan 2020 – Dec 2022", 3_600_000,
         "Implementation 80% in 2021"],
    ]  # fmt: skip
    result = one_sheet_build(rows, "INL.xlsx")
    (project,) = result.projects.to_dict("records")
    assert project["yearly_amounts"] is None or "2021=2880000" not in str(project["yearly_amounts"])
    assert not issues_saying(result, "gives the 2021 share of the amount")
