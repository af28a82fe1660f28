"""What partners wrote that the reader had taken for something else, or not read at all (round 44).

Found by partner files written blind (a meeting folder, money in the partner's own terms, tables that went through a
PDF or a Word document). The expected values are what a careful reader takes from the rows written here, worked out
by hand beside each test.
"""

from __future__ import annotations

import pandas as pd
import pytest

from mtd_analysis.analysis.priorities import map_priorities
from mtd_analysis.ingest.columns import match_field
from mtd_analysis.ingest.programmes import is_an_agreement
from mtd_analysis.ingest.values import parse_currency, parse_date, parse_status


def _by_title(result, column: str) -> dict:
    return dict(zip(result.projects.title, result.projects[column], strict=True))


def _pairs(result, key: str, first: str, second: str) -> dict:
    """``{key: (first, second)}`` of the projects."""
    projects = result.projects
    return {k: (a, b) for k, a, b in zip(projects[key], projects[first], projects[second], strict=True)}


def _messages(result) -> str:
    return "\n".join(result.issues.message.astype(str))


# --------------------------------------------------------------------------- headers


@pytest.mark.parametrize(
    ("label", "field"),
    [
        ("Программа", "title"),
        ("Програма", "title"),
        ("Наименование программы", "title"),
        ("Страны-участницы", "country"),
        ("Країни-учасниці", "country"),
        ("Participating countries", "country"),
        ("Partner / implementer", "implementer"),
        ("Партнер / виконавець", "implementer"),
        ("Obligated (USD '000)", "amount"),
        ("Total obligated", "amount"),
        ("Одиниця виміру", "currency"),
        ("Единица измерения", "currency"),
    ],
)
def test_headers_partners_write_are_read_as_their_field(label, field):
    assert match_field(label).field == field


def test_obligated_in_thousands_keeps_its_unit_and_a_year_of_planned_spending_is_the_years_money():
    assert match_field("Obligated (USD '000)").scale == 1000.0
    found = match_field("Indicative spend in calendar 2021 (£)")
    assert (found.field, found.year, found.currency) == ("yearly", 2021, "GBP")


@pytest.mark.parametrize(
    "text",
    ["Dropped – not taken forward (overlap with EU-funded project)", "Not taken forward", "Discontinued"],
)
def test_a_project_dropped_is_cancelled(text):
    assert parse_status(text) == "cancelled"


def test_czech_crowns_written_out_are_czk():
    assert parse_currency("млн. чеських крон") == "CZK"
    assert parse_currency("чешских крон") == "CZK"


def test_a_numbered_amendment_with_its_date_is_an_agreement_not_a_component():
    assert is_an_agreement("   Amendment No.1 (12/15/2020): no-cost modification, scope adjusted")
    assert is_an_agreement("Amendment No.2 (05/14/2021)")
    assert not is_an_agreement("Agreement on readmission: SMS support")


def test_a_sum_per_period_times_the_periods_is_one_amount():
    from mtd_analysis.ingest.amounts import rate_times_count

    assert rate_times_count("USD 125,000 per quarter (8 quarters)")[:2] == (1_000_000.0, "USD")
    assert rate_times_count("£35,000/month x 24 months")[:2] == (840_000.0, "GBP")
    assert rate_times_count("EUR 300 000") is None


def test_a_start_date_before_the_dash_of_a_split_period_is_read():
    assert str(parse_date("01.10.2019 –")) == "2019-10-01"


# --------------------------------------------------------------------------- tables


def test_a_regional_programmes_ukrainian_part_is_counted_under_a_programme_header(workbook_build):
    """'Программа' is the title, 'Страны-участницы' the countries, 'в т.ч. Украина' Ukraine's part: the EU's
    programme counts EUR 3,600,000 (not the whole 9,000,000), and its title is the programme's name."""
    rows = [
        ["Региональные программы с участием Украины, Молдовы и Грузии"],
        [
            "№",
            "Программа",
            "Донор",
            "Страны-участницы",
            "Период",
            "Бюджет программы, всего",
            "в т.ч. Украина",
            "Валюта",
        ],
        [1, "Безопасные границы — Восточное партнерство", "Европейский Союз", "Украина, Молдова, Грузия",
         "01.01.2020 – 31.12.2023", 9_000_000, 3_600_000, "EUR"],
        [2, "Противодействие торговле людьми (фаза 2)", "Правительство США", "Украина, Молдова", "2021 – 2022",
         2_500_000, 1_100_000, "USD"],
    ]  # fmt: skip
    result = workbook_build({"Программы": rows}, "regional.xlsx")
    assert _by_title(result, "amount") == {
        "Безопасные границы — Восточное партнерство": 3_600_000,
        "Противодействие торговле людьми (фаза 2)": 1_100_000,
    }


def test_numbered_donor_headings_give_the_partner_of_the_rows_below(workbook_build):
    rows = [
        ["№ з/п", "Назва проєкту", "Виконавець", "Строк реалізації", "Вартість", "Валюта"],
        ["1. Уряд Японії"],
        ["1.1", "Постачання обладнання для розмінування", "JICA", "2020–2022", 1_250_000_000, "JPY"],
        ["2. ПРООН (за рахунок власних коштів)"],
        ["2.1", "Система раннього оповіщення населення", "ПРООН", "2021", 180_000, "USD"],
    ]
    result = workbook_build({"ДСНС": rows}, "дснс.xlsx")
    assert _by_title(result, "partner") == {
        "Постачання обладнання для розмінування": "Japan",
        "Система раннього оповіщення населення": "UNDP",
    }
    assert "row 2 names the partner of the rows below it ('1. Уряд Японії'): Japan" in _messages(result)


def test_a_partner_implementer_column_names_the_implementers_and_the_title_the_donor(workbook_build):
    rows = [
        ["Ministry of Foreign Affairs of Denmark – Ukraine Neighbourhood Programme"],
        ["Engagement", "What it does", "Partner / implementer", "Period", "Budget (DKK)"],
        [
            "Phase III of the Sector Support",
            "Readmission of irregular migrants",
            "IOM",
            "2019 – 2021",
            6_000_000,
        ],
        ["Rapid Response Window 2021", "Protective equipment for the police", "UNOPS", "2021", 1_500_000],
    ]
    result = workbook_build({"UNP": rows}, "unp.xlsx")
    assert set(result.projects.partner) == {"Denmark"}
    assert _by_title(result, "implementer") == {
        "Phase III of the Sector Support": "IOM",
        "Rapid Response Window 2021": "UNOPS",
    }


def test_a_years_planned_spending_and_a_dropped_idea_on_a_pipeline_sheet(workbook_build):
    """'Indicative spend in calendar 2021' is 2021's money (100,000, not 600,000 x 184/731 days); a dropped idea
    is cancelled."""
    rows = [
        ["Idea", "Indicative budget (£)", "Expected start", "Duration", "Indicative spend in calendar 2021 (£)",
         "Status"],
        ["Community policing in hromadas of Zaporizhzhia oblast", 600_000, "Q3 2021", "24 months", 100_000,
         "Concept note approved – awaiting funding decision"],
        ["Electronic queue at Ukraine–Moldova checkpoints", 150_000, "Q2 2021", "12 months", 75_000,
         "Dropped – not taken forward (overlap with EU-funded project)"],
    ]  # fmt: skip
    result = workbook_build({"Pipeline": rows}, "uk_cssf.xlsx")
    years = _by_title(result, "yearly_amounts")
    assert years["Community policing in hromadas of Zaporizhzhia oblast"] == "2021=100000"
    assert _by_title(result, "status")["Electronic queue at Ukraine–Moldova checkpoints"] == "cancelled"


def test_a_donors_contribution_in_its_currency_is_kept_beside_a_merged_usd_equivalent(tmp_path):
    """Korea's own 250,000 USD is its contribution; the merged 'USD equivalent' of the whole project (802,000) is
    not, though the row's currency is USD too."""
    from openpyxl import Workbook

    from mtd_analysis.build import build

    rows = [
        ["Project", "Donor", "Donor contribution", "Currency", "Period", "Total budget, USD equivalent*"],
        ["Laboratory equipment for drug precursor analysis", "Government of Japan", 60_000_000, "JPY",
         "01.10.2021 – 30.09.2022", 802_000],
        [None, "Republic of Korea (KOICA)", 250_000, "USD", None, None],
    ]  # fmt: skip
    wb = Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    for col in ("A", "E", "F"):
        ws.merge_cells(f"{col}2:{col}3")
    (tmp_path / "raw").mkdir()
    wb.save(tmp_path / "raw" / "undp.xlsx")
    result = build(tmp_path / "raw", tmp_path / "out", year=2021)
    amounts = _pairs(result, "partner", "amount", "currency")
    assert amounts == {"Japan": (60_000_000, "JPY"), "South Korea": (250_000, "USD")}


def test_units_written_in_the_currency_cell_scale_the_row(workbook_build):
    """'Одиниця виміру' gives each row's currency and unit: 3.6 'млн. канад. дол.' is CAD 3,600,000, 450 'тис.
    євро' EUR 450,000, 12.5 'млн. чеських крон' CZK 12,500,000; the reference column in USD is not the amount."""
    rows = [
        ["№ з/п", "Назва проєкту", "Донор", "Строк реалізації", "Загальна вартість (зобов'язання донора)",
         "Одиниця виміру", "Орієнтовний еквівалент, тис. дол. США (довідково)"],
        [1, "Посилення спроможності ДСНС у реагуванні на надзвичайні ситуації", "Уряд Канади", "2020–2022", 3.6,
         "млн. канад. дол.", 2840],
        [2, "Обладнання для піротехнічних підрозділів ДСНС", "МЗС Литовської Республіки", "2021", 450, "тис. євро",
         530],
        [3, "Підтримка ДМС у поверненні нелегальних мігрантів", "МВС Чеської Республіки", "2021", 12.5,
         "млн. чеських крон", 575],
    ]  # fmt: skip
    result = workbook_build({"ДСНС": rows}, "мвс.xlsx")
    money = _pairs(result, "partner", "amount", "currency")
    assert money == {
        "Canada": (3_600_000, "CAD"),
        "Lithuania": (450_000, "EUR"),
        "Czechia": (12_500_000, "CZK"),
    }
    assert "the cell 'тис. євро' gives the unit: 450.00 is read as 450,000.00" in _messages(result)


def test_obligations_with_numbered_amendments_a_rate_per_quarter_and_a_usaid_section(workbook_build):
    """'Obligated (USD '000)' is the amount, not 'Expended to date'. The Patrol project: 2,400 thousand plus its
    second amendment's USD 300,000 = 2,700,000 (the first is no-cost). The DV teams: USD 125,000 x 8 quarters
    = 1,000,000. The veterans' project sits under 'projects funded by USAID'."""
    rows = [
        ["U.S. Embassy Kyiv - INL Section"],
        ["Project", "Implementer", "Period of performance", "Obligated (USD '000)", "Expended to date (USD '000)",
         "Focus area"],
        ["Patrol Police Community Engagement Initiative", "Tetra Tech ARD", "10/01/2020 - 09/30/2022", 2400, 1350,
         "Community policing"],
        ["   Amendment No.1 (12/15/2020): no-cost modification, scope adjusted", None, None, "-", None, None],
        ["   Amendment No.2 (05/14/2021)", None, None, "+USD 300,000", None, None],
        ["Domestic Violence Mobile Response Teams", "La Strada-Ukraine", "Q3 2020 - Q2 2022",
         "USD 125,000 per quarter (8 quarters)", 690, "Domestic violence"],
        ["For information: other U.S. Government assistance - projects funded by USAID"],
        ["Veterans Reintegration into Police Service", "Chemonics International", "10/01/2020 - 09/30/2023", 1500,
         410, "HR / veterans"],
    ]  # fmt: skip
    result = workbook_build({"INL": rows}, "inl.xlsx")
    assert _by_title(result, "amount") == {
        "Patrol Police Community Engagement Initiative": 2_700_000,
        "Domestic Violence Mobile Response Teams": 1_000_000,
        "Veterans Reintegration into Police Service": 1_500_000,
    }
    assert _by_title(result, "partner")["Veterans Reintegration into Police Service"] == "USAID"


def test_the_revised_budget_counts_and_a_dash_there_falls_back_to_the_original_in_its_unit(workbook_build):
    rows = [
        ["Суммы — в тысячах единиц валюты проекта"],
        ["№", "Название проекта", "Донор", "Валюта", "Первоначальный бюджет, тыс.", "Пересмотренный бюджет, тыс.",
         "Сроки реализации"],
        [1, "Предотвращение торговли людьми (фаза III)", "Госдепартамент США", "USD", 1800, 2100,
         "01.10.2019 – 30.09.2022"],
        [2, "Реинтеграция возвращённых мигрантов", "Фонд развития МОМ (собственные средства МОМ)", "USD", 200, "—",
         "01.01.2021 – 31.12.2021"],
    ]  # fmt: skip
    result = workbook_build({"Текущие": rows}, "мом.xlsx")
    assert _by_title(result, "amount") == {
        "Предотвращение торговли людьми (фаза III)": 2_100_000,
        "Реинтеграция возвращённых мигрантов": 200_000,
    }


def test_a_period_heading_split_over_two_columns_on_a_converted_page(workbook_build):
    rows = [
        ["№ з/п", "Назва проекту", "Донор", "Термін", "реалізації", "Загальний бюджет", "Валюта"],
        [8, "Підтримка Стратегії інтегрованого управління кордонами", "Європейський Союз", "01.10.2019 –",
         "30.09.2022", "3 000 000,00", "EUR"],
        [9, "Відеоспостереження на ділянці кордону", "Уряд Сполученого Королівства", "2021", None, 1_200_000, "GBP"],
        [10, "Протидія контрабанді наркотичних засобів", "Уряд Канади", "01.02.2021 –", "31.01.2023", "900 000,00",
         "CAD"],
    ]  # fmt: skip
    result = workbook_build({"Table 3": rows}, "dpsu.xlsx")
    periods = _pairs(result, "title", "start_date", "end_date")
    assert periods["Підтримка Стратегії інтегрованого управління кордонами"] == ("2019-10-01", "2022-09-30")
    assert periods["Протидія контрабанді наркотичних засобів"] == ("2021-02-01", "2023-01-31")
    assert result.issues[result.issues.severity.eq("error")].empty


def test_a_title_going_on_in_quotes_after_a_page_break_is_joined(workbook_build):
    header = ["№ з/п", "Назва проекту", "Донор", "Термін реалізації", "Загальний бюджет", "Валюта"]
    rows = [
        header,
        [1, "Система автоматизованого контролю у пунктах пропуску «Ягодин»,", "Уряд Республіки Польща", "2021",
         2_000_000, "PLN"],
        [None, None, None, None, None, "Сторінка 1 з 2"],
        header,
        [None, "«Рава-Руська» та «Краківець»"],
        [2, "Протидія нелегальній міграції", "Уряд Канади", "2021", 900_000, "CAD"],
    ]  # fmt: skip
    result = workbook_build({"Table 1": rows}, "dpsu.xlsx")
    assert set(result.projects.title) == {
        "Система автоматизованого контролю у пунктах пропуску «Ягодин», «Рава-Руська» та «Краківець»",
        "Протидія нелегальній міграції",
    }


def test_a_footnote_saying_the_figure_is_one_years_allocation_alone(workbook_build):
    """'450 000*' with '* 2021 allocation only; the total budget … is £1,200,000': 2021 has 450,000, the project's
    total is 1,200,000."""
    rows = [
        ["No.", "Project title", "Period", "Budget, GBP", "Status"],
        ["1.", "Countering Human Trafficking in Border Regions", "2021 – 2023", "450 000*", "Ongoing"],
        ["2.", "Strengthening Community Policing", "April 2020 – March 2022", "1 500 000", "Ongoing"],
        [],
        ["* 2021 allocation only; the total budget of the project for 2021–2023 is £1,200,000."],
    ]
    result = workbook_build({"Sheet1": rows}, "uk.xlsx")
    project = result.projects.set_index("title").loc["Countering Human Trafficking in Border Regions"]
    assert project.amount == 1_200_000
    assert "2021=450000" in project.yearly_amounts


# --------------------------------------------------------------------------- priorities


@pytest.mark.parametrize(
    ("title", "declared", "priority"),
    [
        (
            "Безопасные границы — Восточное партнерство",
            "Интегрированное управление границами",
            "BORDER_SECURITY",
        ),
        ("Support", "Integrated border management", "BORDER_SECURITY"),
        (
            "EU4ResilientRegions: посилення спроможності місцевих пожежно-рятувальних підрозділів",
            None,
            "OTHER",
        ),
        ("Система раннього оповіщення населення в Луганській області", None, "OTHER"),
        ("Модернізація системи оформлення біометричних документів", None, "OTHER"),
        ("Пілотування системи управління ризиками в ГУНП", None, "OTHER"),
        ("Strengthening Investigative Capacity on Organised Immigration Crime", None, "ILLEGAL_MIGRATION"),
    ],
)
def test_wordings_of_the_sector_map_to_their_priority(title, declared, priority):
    projects = pd.DataFrame(
        {"project_id": ["p"], "title": [title], "description": [None], "declared_priority": [declared]}
    )
    mapping, _ = map_priorities(projects)
    assert mapping.priority_code.tolist() == [priority]


def test_a_donors_programme_office_named_with_shares_joined_by_and():
    from mtd_analysis.ingest.partners import partner_shares

    assert partner_shares("EUAM Project Cell (50%) and Lithuania (50%)") == [
        ("EUAM", 50.0),
        ("Lithuania", 50.0),
    ]


def test_half_years_written_after_their_year_are_the_years_parts(workbook_build):
    """'2021 г. I полугодие' 90,000 and 'II полугодие' 95,000: 2021 is 185,000 (not 360,000 x 365/730 = 180,000);
    '–' in the first half and 70,000 in the second: 2021 is 70,000."""
    rows = [
        ["№ п/п", "Наименование проекта", "Источник финансирования", "Период реализации", "Общий бюджет, евро",
         "2021 г. I полугодие, евро", "2021 г. II полугодие, евро"],
        [3, "Противодействие домашнему насилию", "Внебюджетный проект, донор – Норвегия", "01.07.2020-30.06.2022",
         "360 000,00", "90 000,00", "95 000,00"],
        [5, "Усиление потенциала киберполиции", "Внебюджетный проект, донор – Великобритания",
         "01.09.2021-31.08.2022", "210 000,00", "–", "70 000,00"],
    ]  # fmt: skip
    result = workbook_build({"ОБСЕ": rows}, "osce.xlsx")
    years = _by_title(result, "yearly_amounts")
    assert "2021=185000" in years["Противодействие домашнему насилию"]
    assert "2021=70000" in years["Усиление потенциала киберполиции"]


def test_a_total_naming_its_currency_and_a_remark_is_no_project_and_a_note_gives_a_cells_currency(
    workbook_build,
):
    """'Итого, евро (без учёта п. 4)' is a totals row (its 3,000,000 was read as a project); '450 000*' with '* сумма
    указана в швейцарских франках (CHF)' is CHF 450,000 though the header says euros."""
    rows = [
        ["№ п/п", "Название проекта", "Источник финансирования", "Срок реализации", "Бюджет, евро"],
        ["1.", "Поддержка системы «Custody Records»", "Совет Европы", "01.01.2021 – 31.12.2022", "2 550 000"],
        ["2.", "Улучшение условий в ИВС", "Добровольный взнос Швейцарии", "09.2021 – 08.2023", "450 000*"],
        ["3.", "Реформа дисциплинарной системы полиции", "Совет Европы", "2021", "450 000"],
        [None, "Итого, евро (без учёта п. 2)", None, None, "3 000 000"],
        [],
        ["* сумма указана в швейцарских франках (CHF)."],
    ]
    result = workbook_build({"Лист1": rows}, "coe.xlsx")
    assert len(result.projects) == 3
    assert _pairs(result, "title", "amount", "currency")["Улучшение условий в ИВС"] == (450_000, "CHF")


def test_sheets_a_converter_made_of_each_page_go_on_with_the_first_pages_header(workbook_build):
    """Items 3 and 4 on a sheet of their own with no header, item 5 on a third: read with the first sheet's header,
    each row keeping its own sheet and row."""
    header = ["#", "Project", "Funding partner(s)", "Beneficiary", "Duration", "Budget", "Status"]
    sheets = {
        "Table 1": [
            ["UNDP Rule of Law portfolio"],
            header,
            ["1", "Community policing in Donetsk oblast", "Switzerland (SDC)", "National Police", "2020-2022",
             "CHF 2'400'000", "Ongoing"],
            ["2", "Mobile response teams on domestic violence", "Sweden (Sida)", "National Police",
             "Q2 2021 – Q1 2023", "SEK 18 000 000", "Ongoing"],
            [None, None, None, "Page 1 of 3"],
        ],
        "Table 2": [
            ["3", "Cybercrime and digital evidence", "Denmark (60%), Netherlands (40%)", "Cyber Police",
             "07/2019 – 06/2023", "USD 3,000,000", "Ongoing"],
            ["4", "Protective equipment for first responders", "UNDP (core resources, TRAC)", "SESU",
             "04/2020 – 03/2021", "USD 250,000", "Completed"],
        ],
        "Table 3": [
            ["5", "Emergency dispatch system", "Government of Japan", "SESU", "2021", "JPY 120 000 000", "Ongoing"],
        ],
    }  # fmt: skip
    result = workbook_build(sheets, "undp-converted.xlsx")
    where = {t: (s, r) for t, s, r in zip(result.projects.title, result.projects.source_sheet,
                                            result.projects.source_row, strict=True)}  # fmt: skip
    assert where["Cybercrime and digital evidence"] == ("Table 2", 1)
    assert where["Protective equipment for first responders"] == ("Table 2", 2)
    assert where["Emergency dispatch system"] == ("Table 3", 1)
    assert len(result.projects) == 6  # Denmark's and the Netherlands' shares: two projects
    assert "its rows go on numbering the projects of the table headed at sheet 'Table 1', row 2" in _messages(
        result
    )


def test_a_sheet_whose_numbers_do_not_follow_is_not_taken_for_a_page(workbook_build):
    sheets = {
        "Projects": [
            ["#", "Project", "Budget, EUR"],
            ["1", "Police radios", 100_000],
            ["2", "Patrol cars", 200_000],
        ],
        "Notes": [["7", "See the annex of 2019", 5]],
    }
    result = workbook_build(sheets, "eu.xlsx")
    assert set(result.projects.source_sheet) == {"Projects"}


def test_the_community_safety_police_is_community_policing():
    projects = pd.DataFrame(
        {
            "project_id": ["p"],
            "title": ["Поддержка реформы Национальной полиции: полиция общественной безопасности"],
            "description": [None],
            "declared_priority": [None],
        }
    )
    mapping, _ = map_priorities(projects)
    assert mapping.priority_code.tolist() == ["COMMUNITY_POLICING"]


# --------------------------------------------------------------------------- a donor's wider list


def test_a_donors_whole_portfolio_counts_only_the_mia_systems_rows(workbook_build):
    """Rows whose counterparts are other ministries, courts or the SBU, naming none of the system's work, are another
    sector's: not counted (said). A row for the police, and a row for the Ministry of Defence's demining (its words are
    the system's work), stay."""
    rows = [
        ["Program", "Implementer", "Ukrainian counterpart(s)", "Period of performance", "Total value (USD)"],
        ["HIV Reform in Action", "Deloitte", "Ministry of Health; Public Health Center", "Oct 2017 – Sep 2022",
         36_000_000],
        ["Ukraine Security Assistance Initiative: training", "DoD / JMTG-U", "Ministry of Defence of Ukraine",
         "2021", 125_000_000],
        ["Security Service reform support", "Adam Smith Int.", "Служба безпеки України", "2021", 350_000],
        ["Community Policing and Patrol Police Development", "INL Kyiv", "National Police of Ukraine",
         "Oct 2018 – Sep 2023", 18_500_000],
        ["Support to the Demining Centre", "Canadian Armed Forces", "Ministry of Defence of Ukraine", "2021", 250_000],
    ]  # fmt: skip
    result = workbook_build({"USAID": rows}, "us_government.xlsx")
    assert set(result.projects.title) == {
        "Community Policing and Patrol Police Development",
        "Support to the Demining Centre",
    }
    assert "are outside the MIA system and its texts name none of the system's work" in _messages(result)


def test_the_mia_systems_share_and_its_part_of_a_years_money_are_counted(workbook_build):
    """'Частка МВС' 40% of CAD 5,000,000 is 2,000,000. 'of which MIA bodies, CY2021' 900,000 of 2,400,000 planned for
    2021: 2021 is 900,000 and the project's amount 6,500,000 x 900/2,400 = 2,437,500."""
    shares = [
        ["№", "Назва проєкту", "Бенефіціар в Україні", "Початок", "Завершення", "Бюджет проєкту, CAD", "Частка МВС"],
        [1, "Протидія домашньому насильству: поліція, прокуратура, суди", "Національна поліція України",
         "01.01.2020", "31.12.2022", 5_000_000, 0.4],
    ]  # fmt: skip
    result = workbook_build({"Безпека": shares}, "canada.xlsx")
    assert result.projects.amount.tolist() == [2_000_000]


def test_the_mia_systems_part_of_one_year(workbook_build):
    rows = [
        ["Program", "Ukrainian counterpart(s)", "Period of performance", "Total value (USD)", "CY2021 planned (USD)",
         "of which MIA bodies, CY2021 (USD)"],
        ["Cybercrime Investigations Capacity", "National Police – Cyber Police; Office of the Prosecutor General",
         "Jul 2019 – Jun 2022", 6_500_000, 2_400_000, 900_000],
        ["Maritime Border Security Assistance", "State Border Guard Service", "Jan 2020 – Dec 2023", 5_200_000,
         1_300_000, None],
    ]  # fmt: skip
    result = workbook_build({"INL": rows}, "inl.xlsx")
    project = result.projects.set_index("title").loc["Cybercrime Investigations Capacity"]
    assert project.amount == 2_437_500
    assert "2021=900000" in project.yearly_amounts
    assert result.projects.set_index("title").loc["Maritime Border Security Assistance"].amount == 5_200_000


def test_donors_named_in_one_cell_and_their_bare_shares_in_the_next(workbook_build):
    rows = [
        ["Проєкт", "Донор", "Частка донора", "Валюта", "Загальний бюджет", "Національний партнер", "Період"],
        ["Безпека громад: поліцейські офіцери громади", "Данія / Норвегія", "60% / 40%", "USD", 4_000_000,
         "Національна поліція України", "2021"],
    ]  # fmt: skip
    result = workbook_build({"Портфель": rows}, "undp.xlsx")
    assert _pairs(result, "partner", "amount", "beneficiaries") == {
        "Denmark": (2_400_000, "NPU"),
        "Norway": (1_600_000, "NPU"),
    }


def test_a_fiscal_year_saying_its_months_in_brackets_is_read_over_them(workbook_build):
    """UK financial years 'FY2020/21 (Apr 2020 - Mar 2021)' 146,000 and 'FY2021/22 (Apr 2021 - Mar 2022)' 292,000:
    2021 is 146,000 x 90/365 + 292,000 x 275/365 = 36,000 + 220,000 = 256,000."""
    rows = [
        ["Project title", "Beneficiary (UA)", "Budget FY2020/21 (Apr 2020 - Mar 2021) GBP",
         "Budget FY2021/22 (Apr 2021 - Mar 2022) GBP", "Status"],
        ["Police mobile teams responding to domestic violence", "Національна поліція України", 146_000, 292_000,
         "Ongoing"],
    ]  # fmt: skip
    result = workbook_build({"CSSF": rows}, "UK_CSSF_programme.xlsx")
    years = dict(item.split("=") for item in result.projects.yearly_amounts.iloc[0].split(";"))
    assert float(years["2021"]) == pytest.approx(256_000, abs=1)


def test_a_sheet_title_naming_the_implementer_credits_the_funder_it_names(workbook_build):
    sheets = {
        "UNDP": [
            ["Projects implemented by UNDP — annual breakdown of EU contribution (EUR)"],
            [],
            ["Project", "Start", "End", "Total, EUR", "2021"],
            [
                "Strengthening Community Safety in Donetsk Oblast",
                "2020-03-01",
                "2022-12-31",
                2_800_000,
                1_050_000,
            ],
        ]
    }
    result = workbook_build(sheets, "portfolio_2021.xlsx")
    assert result.projects.partner.tolist() == ["EU"]


# --------------------------------------------------------------------------- hand-typed returns


def test_a_projects_lines_under_its_merged_number_are_its_own_and_name_its_donor(tmp_path):
    """'1.' merged over three rows: the title, its English name and 'Донор: …; исполнитель: …' are one project, whose
    partner is the donor named (the Netherlands), not three projects."""
    from openpyxl import Workbook

    from mtd_analysis.build import build

    wb = Workbook()
    ws = wb.active
    for row in [
        ["№ п/п", "Наименование проекта\n(англ. название; донор; исполнитель)", "Срок реализации", "Стоимость",
         "Состояние"],
        ["1.", "Оснащение центров обеспечения прав задержанных", "I кв. 2021 г. – IV кв. 2021 г.", "€ 180 000",
         "реализуется"],
        [None, "Equipping Custody Records Centres in Kharkiv Oblast", None, None, None],
        [None, "Донор: Посольство Королевства Нидерландов; исполнитель: Харьковская правозащитная группа", None,
         None, None],
    ]:  # fmt: skip
        ws.append(row)
    for col in "ACDE":
        ws.merge_cells(f"{col}2:{col}4")
    (tmp_path / "raw").mkdir()
    wb.save(tmp_path / "raw" / "gunp.xlsx")
    result = build(tmp_path / "raw", tmp_path / "out", year=2021)
    assert len(result.projects) == 1
    project = result.projects.iloc[0]
    assert (project.title, project.partner, project.amount) == (
        "Оснащение центров обеспечения прав задержанных",
        "Netherlands",
        180_000,
    )


def test_notes_naming_a_project_by_its_number_change_its_currency_and_status_and_a_signature_is_no_project(
    workbook_build,
):
    rows = [
        ["№ з/п", "Назва проєкту", "Партнер", "Період реалізації", "Сума", "Валюта", "Статус"],
        [6, "Гендерно-чутливий підхід у роботі поліції", "Посольство Королівства Нідерландів", "2021", "260 000,00",
         "євро", "реалізується"],
        [8, "Смуга швидкого перетину кордону у пункті пропуску «Краковець»", "Уряд Республіки Польща", "2021",
         "1 200 000", "злотих", "погоджено"],
        [],
        ["Примітка:"],
        ["1. Сума за проєктом № 6 зазначена в доларах США (у графі «Валюта» помилково вказано «євро»)."],
        ["2. Проєкт № 8 припинено донором 01.06.2021 до початку реалізації."],
        [],
        [None, "Директор Департаменту міжнародного співробітництва", None, "(підпис)", None, "Марина ГРИЦЕНКО"],
    ]  # fmt: skip
    result = workbook_build({"Зведена": rows}, "mvs.xlsx")
    assert len(result.projects) == 2
    by_title = result.projects.set_index("title")
    assert by_title.loc["Гендерно-чутливий підхід у роботі поліції", "currency"] == "USD"
    assert (
        by_title.loc["Смуга швидкого перетину кордону у пункті пропуску «Краковець»", "status"] == "cancelled"
    )


def test_a_note_on_a_project_by_its_item_abbreviated_gives_its_signature(workbook_build):
    rows = [
        ["№ п/п", "Наименование проекта", "Донор", "Срок реализации", "Стоимость, долл. США", "Состояние"],
        [4, "Повышение доверия к полиции", "USAID", "2021–2022", 1_200_000, "запланирован"],
        [],
        ["Примечание: по проекту п. 4 соглашение подписано 15.06.2021 г., проект реализуется."],
    ]
    result = workbook_build({"Проекты": rows}, "gunp.xlsx")
    assert result.projects.status.tolist() == ["ongoing"]


def test_a_donor_then_implementer_column_a_sum_in_words_with_its_cents_and_currencies_in_short(
    workbook_build,
):
    """'ЄС / ПРООН (UNDP)' under 'Донор / виконавець' is the EU's project, UNDP implementing; '310 000,00 євро
    (триста десять тисяч євро 00 центів)' is EUR 310,000; '45 000 000 шв. крон' SEK, '420 тис. ф. ст.' GBP 420,000."""
    rows = [
        ["№ з/п", "Назва програми / проєкту", "Донор / виконавець", "Строк реалізації", "Вартість"],
        ["1.", "Посилення спроможності реагування на надзвичайні ситуації", "ЄС / ПРООН (UNDP)", "2021",
         "310 000,00 євро\n(триста десять тисяч євро 00 центів)"],
        ["2.", "Мобільні групи реагування «ПОЛІНА»", "Уряд Швеції (SIDA)", "2021", "45 000 000 шв. крон"],
        ["3.", "Посилення спроможності кіберполіції", "Уряд Великої Британії", "2021", "420 тис. ф. ст."],
        ["4.", "Перетин кордону", "ICMPD / фінансування ЄС", "2021", "100 000 євро"],
    ]  # fmt: skip
    result = workbook_build({"ДСНС": rows}, "dsns.xlsx")
    got = {t: (p, i, a, c) for t, p, i, a, c in zip(result.projects.title, result.projects.partner,
           result.projects.implementer, result.projects.amount, result.projects.currency, strict=True)}  # fmt: skip
    assert got["Посилення спроможності реагування на надзвичайні ситуації"] == ("EU", "UNDP", 310_000, "EUR")
    assert got["Мобільні групи реагування «ПОЛІНА»"][2:] == (45_000_000, "SEK")
    assert got["Посилення спроможності кіберполіції"][2:] == (420_000, "GBP")
    assert got["Перетин кордону"][0] == "EU"  # the cell says who pays: not split at its slash
