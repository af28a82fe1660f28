"""Set AB's reading defects (a blind set of eight partner files): units after a year or a total in a header,
"(000 EUR)", Canadian dollars abbreviated, a duration in an end-date cell, a table whose only money is fiscal years.

Expected values are worked out by hand in each test.
"""

from __future__ import annotations

import pandas as pd
import pytest
from openpyxl import Workbook

from mtd_analysis.build import build
from mtd_analysis.ingest.columns import match_field
from mtd_analysis.ingest.values import currency_in_text


def _build(tmp_path, rows: list, name: str = "return.xlsx"):
    raw = tmp_path / "raw"
    raw.mkdir()
    wb = Workbook()
    ws = wb.active
    ws.title = "Projects"
    for row in rows:
        ws.append(row)
    wb.save(raw / name)
    return build(raw, tmp_path / "out", year=2021)


@pytest.mark.parametrize(
    ("label", "field", "year", "currency", "scale"),
    [
        ("2021, тис. грн", "yearly", 2021, "UAH", 1000.0),
        ("2021, EUR thousand", "yearly", 2021, "EUR", 1000.0),
        ("2022, млн грн", "yearly", 2022, "UAH", 1e6),
        ("Усього, тис. грн", "amount", None, "UAH", 1000.0),
        ("Всего, тыс. долл. США", "amount", None, "USD", 1000.0),
        ("Total (000 EUR)", "amount", None, "EUR", 1000.0),
        ("Budget, EUR 000", "amount", None, "EUR", 1000.0),
        ("Budget, EUR", "amount", None, "EUR", 1.0),
    ],
)
def test_a_unit_beside_a_year_or_a_total_is_the_columns_scale(label, field, year, currency, scale):
    m = match_field(label)
    assert (m.field, m.year, m.currency, m.scale) == (field, year, currency, scale)


def test_a_number_in_a_label_is_no_unit():
    assert match_field("Projects above 1 000 000").scale == 1.0


@pytest.mark.parametrize(
    "text", ["1,2 млн канад. дол.", "350 000 канад.дол.", "500 000 кан. дол.", "2 млн доларів Канади"]
)
def test_canadian_dollars_abbreviated_are_not_us_dollars(text):
    assert currency_in_text(text) == "CAD"


def test_a_register_in_thousands_of_hryvnias_by_year(tmp_path):
    result = _build(
        tmp_path,
        [
            [
                "№",
                "Назва проєкту",
                "Партнер",
                "Орган",
                "Строк реалізації",
                "2020, тис. грн",
                "2021, тис. грн",
                "Усього, тис. грн",
                "Стан",
            ],
            [
                1,
                "Навчання офіцерів поліції громад",
                "Посольство Швеції",
                "НПУ",
                "2020–2021",
                "1 500,0",
                "2 750,5",
                "4 250,5",
                "виконується",
            ],
        ],  # fmt: skip
    )
    alloc = result.allocations
    row = result.projects.iloc[0]
    assert (row["currency"], row["amount"]) == ("UAH", 4_250_500.0)
    # 2,750,500 UAH at the NBU's 2021 means (UAH per unit: EUR 32.3009): 2,750,500 / 32.3009 EUR
    got = alloc.loc[alloc["year"].eq(2021), "amount_eur"].sum()
    assert got == pytest.approx(2_750_500 / 32.3009, abs=0.01)


def test_a_duration_in_the_end_date_cell_runs_from_the_start(tmp_path):
    result = _build(
        tmp_path,
        [
            ["Назва проєкту", "Донор", "Початок", "Завершення / тривалість", "Сума, EUR"],
            [
                "Кризові кімнати для протидії домашньому насильству",
                "Швеція",
                "01.03.2021",
                "18 міс.",
                548_000,
            ],
        ],
    )
    row = result.projects.iloc[0]
    # 1 March 2021 + 18 months - 1 day = 31 August 2022
    assert (str(row["start_date"]), str(row["end_date"])) == ("2021-03-01", "2022-08-31")
    assert "is a duration" in " ".join(result.issues["message"])


def test_a_table_whose_only_money_is_fiscal_years_is_found(tmp_path):
    result = _build(
        tmp_path,
        [
            ["U.S. Department of State - INL, Kyiv"],
            [],
            ["Program", "FY2021", "FY2022", "Status"],
            ["Community policing training for patrol police officers", 730_000, 365_000, "Ongoing"],
        ],
        name="usa.xlsx",
    )
    assert len(result.projects) == 1
    row = result.projects.iloc[0]
    # FY2021 = 1 Oct 2020 - 30 Sep 2021 (365 days, 92 in 2020); FY2022 = 1 Oct 2021 - 30 Sep 2022 (92 in 2021):
    # 2020: 730,000 x 92/365 = 184,000; 2021: 730,000 x 273/365 + 365,000 x 92/365 = 546,000 + 92,000
    assert row["yearly_amounts"] == "2020=184000;2021=638000;2022=273000"


def test_incl_in_the_reference_column_marks_a_component_not_its_code(tmp_path):
    result = _build(
        tmp_path,
        [
            ["Ref.", "Project title", "Donor", "Period", "Budget, EUR"],
            ["UA-TIP-01", "Counter-trafficking programme for Ukraine", "EU", "2021", 1_000_000],
            ["incl.", "Identification of victims of trafficking by the police", "EU", "2021", 600_000],
            ["incl.", "Prevention of labour exploitation abroad", "EU", "2021", 400_000],
        ],
    )
    projects = result.projects
    # the components add up (600,000 + 400,000 = 1,000,000): they are the projects, the programme is not counted
    assert sorted(projects["amount"]) == [400_000.0, 600_000.0]
    assert not projects["project_id"].str.contains("incl").any()
    assert not result.issues["message"].str.contains("already used").any()


@pytest.mark.parametrize(
    ("label", "scale"),
    [("Разом", 1.0), ("Разом, тис. грн", 1000.0), ("Итого, тыс. евро", 1000.0), ("Загалом", 1.0)],
)
def test_razom_and_itogo_head_the_total_column(label, scale):
    m = match_field(label)
    assert (m.field, m.scale) == ("amount", scale)


def test_a_header_and_its_translation_on_the_row_below_are_one_header(tmp_path):
    result = _build(
        tmp_path,
        [
            ["Назва проєкту", "Бенефіціар", "2021", "2022", "Разом", "Статус"],
            ["Project title", "Beneficiary", "2021", "2022", "Total", "Status"],
            ["Thermal imaging cameras for the border guard", "SBGS", 450, 150, 600, "ongoing"],
        ],
    )
    # one project: the English header row is no project (it was one, with 2,021 and 2,022 as its money)
    assert result.projects["title"].tolist() == ["Thermal imaging cameras for the border guard"]
    assert result.projects["yearly_amounts"].tolist() == ["2021=450;2022=150"]


@pytest.mark.parametrize(
    "label",
    [
        "Budget, EUR (e.g. 250,000)",
        "Budget (EUR, rounded to 1,000)",
        "Бюджет, дол. США (округлено до 1.000)",
    ],
)
def test_an_example_figure_in_a_header_is_no_unit(label):
    assert match_field(label).scale == 1.0


@pytest.mark.parametrize(
    "label",
    [
        "Сума, тис. грн (за курсом НБУ на 01.01.2021)",
        "Бюджет (станом на 01.06.2021), тис. грн",
        "Total budget (as at 31.03.2021), EUR thousand",
        "Total, EUR (2021 exchange rate)",
    ],
)
def test_a_date_in_a_header_is_no_year_of_the_money(label):
    m = match_field(label)
    assert (m.field, m.year) == ("amount", None)


def test_incl_in_the_reference_column_under_a_totals_row_breaks_the_total_down(tmp_path):
    result = _build(
        tmp_path,
        [
            ["Ref.", "Project title", "Donor", "Period", "Budget, EUR"],
            ["UA-01", "Radios for the patrol police", "EU", "2021", 100_000],
            [None, "Total", None, None, 100_000],
            ["incl.", "National Police", None, None, 100_000],
        ],
    )
    assert result.projects["title"].tolist() == ["Radios for the patrol police"]


def test_a_summary_sheet_by_year_is_the_detail_rows_years_not_more_projects(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    wb = Workbook()
    ws = wb.active
    ws.title = "Projects"
    for row in [
        ["Project", "Implementer", "Start", "End", "Total, USD"],
        ["Community policing support in Kharkiv", "ICITAP", "01.07.2021", "30.06.2022", 400_000],
    ]:
        ws.append(row)
    summary = wb.create_sheet("By program")
    for row in [
        ["Program", "2021, USD", "2022, USD"],
        ["Community policing support in Kharkiv", 100_000, 300_000],
        ["Total", 100_000, 300_000],
    ]:
        summary.append(row)
    wb.save(raw / "usa.xlsx")
    result = build(raw, tmp_path / "out", year=2021)
    # one project: the summary's row is the detail row's, and its years are the partner's (100,000 in 2021, not
    # 400,000 x 184/365 = 201,643.84 spread by days)
    row = result.projects.iloc[0]
    assert len(result.projects) == 1
    assert row["yearly_amounts"] == "2021=100000;2022=300000"
    assert "amount_2021='By program'!B2" in row["source_cells"]


def test_money_columns_headed_by_their_currency_alone(tmp_path):
    result = _build(
        tmp_path,
        [
            ["№ з/п", "Назва проєкту", "Донор", "Період реалізації", "EUR", "USD", "грн", "Стан"],
            [1, "Відеоспостереження на ділянці кордону", "ЄС", "2021", 4_200_000, None, None, "реалізується"],
            [2, "Виявлення жертв торгівлі людьми", "США", "2021", None, 350_000, None, "реалізується"],
            [
                3,
                "Електронна черга в пунктах пропуску",
                "Польща",
                "2021",
                None,
                None,
                3_600_000,
                "реалізується",
            ],
        ],
    )
    money = zip(result.projects["amount"], result.projects["currency"], strict=True)
    got = dict(zip(result.projects["title"], money, strict=True))
    assert got == {
        "Відеоспостереження на ділянці кордону": (4_200_000.0, "EUR"),
        "Виявлення жертв торгівлі людьми": (350_000.0, "USD"),
        "Електронна черга в пунктах пропуску": (3_600_000.0, "UAH"),
    }


@pytest.mark.parametrize(
    ("label", "field"),
    [("2021–2022", "amount"), ("2021-2023 рр., EUR", "amount"), ("2021/2022", None), ("2021, 2022", None)],
)
def test_a_span_of_years_heads_the_money_of_those_years(label, field):
    assert match_field(label).field == field


@pytest.mark.parametrize(
    "name", ["Уряд Сполученого Королівства", "Об’єднане Королівство", "Соединённое Королевство"]
)
def test_the_united_kingdom_in_official_style(name):
    from mtd_analysis.ingest.partners import canonical_partner

    assert canonical_partner(name) == "UK"


def test_a_sheet_headed_cancelled_in_2021_holds_cancelled_projects(tmp_path):
    result = _build(
        tmp_path,
        [
            ["Cancelled in 2021 (added by the Embassy)"],
            ["№", "Project title", "Donor", "Period", "Amount", "Currency", "Remarks"],
            [
                1,
                "Preventing labour exploitation of seasonal workers",
                "Netherlands",
                "2021",
                300_000,
                "EUR",
                "cuts",
            ],
        ],
    )
    assert result.projects["status"].tolist() == ["cancelled"]
    assert result.allocations["amount_eur"].sum() == 0


# ---------------------------------------------------------------------------- a review of these rules (regressions)


@pytest.mark.parametrize(
    ("label", "scale"),
    [
        ("Budget (in 1.000 EUR)", 1000.0),
        ("Total (GBP 1,000)", 1000.0),
        ("Amount (x 1,000 EUR)", 1000.0),
        ("Budget (EUR, rounded to 1,000)", 1.0),
    ],
)
def test_a_thousand_written_as_a_figure_is_the_unit(label, scale):
    assert match_field(label).scale == scale


def test_a_header_in_two_languages_keeps_the_currency_one_half_says():
    m = match_field("Total (EUR) / Разом")
    assert (m.field, m.currency) == ("amount", "EUR")


def test_contract_numbers_before_the_contract_titles_are_not_the_titles(tmp_path):
    result = _build(
        tmp_path,
        [
            ["Contract", "Contract title", "Contractor", "Start", "End", "Contracted amount (EUR)"],
            [
                "ENI/2020/417-123",
                "Mobile surveillance units for the border guard",
                "IOM",
                "01.01.2021",
                "31.12.2021",
                400_000,
            ],
        ],  # fmt: skip
    )
    assert result.projects["title"].tolist() == ["Mobile surveillance units for the border guard"]


def test_a_report_table_with_long_headers_is_no_transposed_table(tmp_path):
    result = _build(
        tmp_path,
        [
            [
                "Project",
                "Objective of the project (short description)",
                "Main achievements in 2021 so far",
                "Challenges encountered and lessons learned",
                "Implementer",
                "Budget 2021, GBP",
            ],
            [
                "Budget support to community policing in Donbas",
                "Trust",
                "Patrols",
                "Turnover",
                "UNDP",
                300_000,
            ],
            [
                "Grant to the State Border Guard Service for radios",
                "Radios",
                "Bought",
                "Delays",
                "IOM",
                200_000,
            ],
            ["TOTAL", None, None, None, None, 500_000],
        ],  # fmt: skip
    )
    assert len(result.projects) == 2
    assert result.projects["amount"].sum() == 500_000


def test_components_marked_in_the_number_column_after_a_group_subtotal_are_read(tmp_path):
    result = _build(
        tmp_path,
        [
            ["№", "Назва проєкту", "Донор", "Період", "Сума, EUR"],
            [1, "Радіостанції для патрульної поліції", "ЄС", "2021", 100_000],
            [None, "Разом по НПУ", None, None, 100_000],
            [2, "Програма безпеки кордону", "ЄС", "2021", 300_000],
            ["у т.ч.", "Тепловізори для прикордонних загонів", "ЄС", "2021", 200_000],
            ["у т.ч.", "Катери для морської охорони", "ЄС", "2021", 100_000],
        ],
    )
    # the components add up to their programme: they are the projects (the subtotal above ends no table)
    assert sorted(result.projects["amount"]) == [100_000.0, 100_000.0, 200_000.0]


def test_a_title_with_a_dash_after_a_status_word_is_no_status_heading(tmp_path):
    result = _build(
        tmp_path,
        [
            ["Planned – actual expenditure 2021 (EUR)"],
            ["Project title", "Donor", "Period", "Amount, EUR"],
            ["Radios for the patrol police", "EU", "2021", 500_000],
        ],
    )
    assert result.projects["status"].isna().all() or (result.projects["status"] != "planned").all()
    assert result.allocations["amount_eur"].sum() == 500_000


def test_a_first_row_whose_words_name_fields_is_data_when_it_holds_figures(tmp_path):
    result = _build(
        tmp_path,
        [
            ["Donor", "Project", "Implementer", "Amount, EUR", "Status"],
            [
                "Multi-donor trust fund",
                "Radios for the patrol police",
                "Implementing partner TBD",
                300_000,
                "Planned",
            ],
            ["EU", "Boats for the maritime guard", "IOM", 200_000, "Ongoing"],
        ],  # fmt: skip
    )
    assert len(result.projects) == 2


def test_a_contribution_number_is_the_code_not_the_amount(tmp_path):
    result = _build(
        tmp_path,
        [
            [
                "Contribution No.",
                "Contribution title",
                "Partner organisation",
                "Agreement period",
                "Agreed amount, SEK",
            ],
            [
                "51170123",
                "Mobile police response groups on domestic violence",
                "UNFPA",
                "2021-01-01 – 2021-12-31",
                24_000_000,
            ],
            [],
            ["New contributions under preparation: see sheet 'Cards'."],
        ],  # fmt: skip
    )
    row = result.projects.iloc[0]
    assert (len(result.projects), row["amount"], row["currency"]) == (1, 24_000_000.0, "SEK")
    assert not result.issues["severity"].eq("error").any()  # the pointer to another sheet is a note


# ---------------------------------------------------------------------------- a third review (regressions)


def test_section_headings_with_a_dash_give_their_status(tmp_path):
    result = _build(
        tmp_path,
        [
            ["Project title", "Implementer", "Period", "Budget, EUR"],
            ["Ongoing projects"],
            ["Radios for the patrol police", "UNDP", "2021", 400_000],
            ["Cancelled – donor decision"],
            ["Boats for the maritime guard", "IOM", "2021", 300_000],
            ["Planned – agreement not yet signed"],
            ["Shelters for survivors of domestic violence", "UNFPA", "2021", 200_000],
        ],
    )
    status = dict(zip(result.projects["title"], result.projects["status"], strict=True))
    assert status == {
        "Radios for the patrol police": "ongoing",
        "Boats for the maritime guard": "cancelled",
        "Shelters for survivors of domestic violence": "planned",
    }


def test_a_row_with_other_years_on_another_sheet_is_another_project(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    wb = Workbook()
    ws = wb.active
    ws.title = "NPU"
    ws.append(["Project", "Implementer", "Start", "End", "Amount, USD"])
    ws.append(["Provision of equipment", "JICA", "01.04.2021", "31.03.2022", 1_000_000])
    other = wb.create_sheet("SESU")
    other.append(["Project", "2022, USD", "2023, USD"])
    other.append(["Provision of equipment", 500_000, 500_000])
    wb.save(raw / "japan.xlsx")
    result = build(raw, tmp_path / "out", year=2021)
    # two projects: the SESU row's years (2022, 2023) are not within the NPU row's dates
    assert len(result.projects) == 2


def test_a_column_headed_usd_holding_rates_is_no_money(tmp_path):
    result = _build(
        tmp_path,
        [
            ["№", "Назва проєкту", "Виконавець", "Період", "Сума, грн", "USD", "Стан"],
            [
                1,
                "Навчання поліцейських протидії домашньому насильству",
                "ПРООН",
                "2021",
                2_750_000,
                27.5,
                "триває",
            ],
        ],
    )
    row = result.projects.iloc[0]
    assert (row["amount"], row["currency"]) == (2_750_000.0, "UAH")


def test_fiscal_years_as_spans_are_not_one_spans_money(tmp_path):
    result = _build(
        tmp_path,
        [
            ["Project", "Implementer", "Start", "End", "2020-2021", "2021-2022", "Status"],
            [
                "Strengthening border security at the eastern border",
                "IOM",
                "01.04.2020",
                "31.03.2022",
                400_000,
                600_000,
                "Live",
            ],
        ],  # fmt: skip
    )
    row = result.projects.iloc[0]
    assert (
        pd.isna(row["amount"]) and row["status"] == "ongoing"
    )  # the columns are said, not taken as the total


def test_a_transposed_table_with_implementer_budget_and_status_labels(tmp_path):
    result = _build(
        tmp_path,
        [
            [
                "Project",
                "Police reform support in eastern Ukraine",
                "Border management capacity building",
                "TOTAL",
            ],
            ["Implementing organisation", "UNDP", "IOM", None],
            ["Total budget (CHF)", 500_000, 700_000, 1_200_000],
            ["Status", "ongoing", "ongoing", None],
        ],
    )
    assert sorted(result.projects["amount"]) == [500_000.0, 700_000.0]


@pytest.mark.parametrize(
    ("text", "want"), [("44378", "2021-07-01"), ("44197", "2021-01-01"), ("44561", "2021-12-31")]
)
def test_an_excel_serial_day_typed_as_text_is_a_date(text, want):
    from mtd_analysis.ingest.values import parse_date

    assert parse_date(text).isoformat() == want


def test_rows_per_year_beside_whole_period_amounts_merged_over_two_rows(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    wb = Workbook()
    ws = wb.active
    for row in [
        ["№", "Наименование проекта", "Донор", "Период реализации", "Год", "Сумма", "Валюта"],
        ["1", "Поставка тепловизоров для пограничных застав", "Польша", "01.05.2021 – 30.04.2022", "2021", 850_000,
         "PLN"],
        [None, None, None, None, "2022", 400_000, None],
        ["2", "Обучение сотрудников выявлению нелегальных мигрантов", "Литва", "01.01.2021 – 31.12.2021",
         "весь период", 180_000, "EUR"],
        [None, None, None, None, None, None, None],
    ]:  # fmt: skip
        ws.append(row)
    for cells in ("A2:A3", "B2:B3", "C2:C3", "D2:D3", "G2:G3", "A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:E5", "F4:F5",
                  "G4:G5"):  # fmt: skip
        ws.merge_cells(cells)
    wb.save(raw / "border.xlsx")
    result = build(raw, tmp_path / "out", year=2021)
    got = dict(zip(result.projects["title"], result.projects["yearly_amounts"], strict=True))
    # the first project by its year rows (the years are the partner's); the second by its whole period (no row more)
    assert len(result.projects) == 2
    assert got["Поставка тепловизоров для пограничных застав"] == "2021=850000;2022=400000"
    assert (
        result.projects.set_index("title").loc[
            "Обучение сотрудников выявлению нелегальных мигрантов", "amount"
        ]
        == 180_000
    )


# ---------------------------------------------------------------------------- a fourth review


@pytest.mark.parametrize(
    "label", ["Project title / Contract No.", "Назва проєкту / Contract No.", "Action / contract"]
)
def test_a_title_and_its_number_in_one_header_is_the_title(label):
    assert match_field(label).field == "title"


def test_sidas_contribution_column_of_titles_beside_its_number(tmp_path):
    result = _build(
        tmp_path,
        [
            ["Contribution No.", "Contribution", "Partner", "Agreed amount, SEK", "Start", "End"],
            [
                "51170123",
                "Support to police reform in Ukraine",
                "UNDP",
                10_000_000,
                "2021-01-01",
                "2022-12-31",
            ],
            [
                "51170456",
                "Gender equality in the National Police",
                "UN Women",
                4_000_000,
                "2021-01-01",
                "2021-12-31",
            ],
        ],
    )
    assert sorted(result.projects["title"]) == [
        "Gender equality in the National Police",
        "Support to police reform in Ukraine",
    ]
    assert sorted(result.projects["amount"]) == [4_000_000.0, 10_000_000.0]
    assert set(result.projects["currency"]) == {"SEK"}


@pytest.mark.parametrize(
    ("heading", "status"),
    [("Cancelled – COVID-19", "cancelled"), ("Completed – Phase 1", "completed"), ("Live projects", "ongoing"),
     ("Planned – subject to budget approval", "planned"), ("Planned – actual expenditure 2021", None)],
)  # fmt: skip
def test_dashed_headings(heading, status):
    from mtd_analysis.ingest.values import status_heading

    assert status_heading(heading) == status


@pytest.mark.parametrize("label", ["Всього 2021, тис. грн", "Итого 2021, тыс.", "Разом 2021, тис. грн"])
def test_a_total_word_with_a_year_is_that_years_money(label):
    m = match_field(label)
    assert (m.field, m.year, m.scale) == ("yearly", 2021, 1000.0)
