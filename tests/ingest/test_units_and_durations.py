"""Set AB's reading defects (a blind set of eight partner files): units after a year or a total in a header,
"(000 EUR)", Canadian dollars abbreviated, a duration in an end-date cell, a table whose only money is fiscal years.

Expected values are worked out by hand in each test.
"""

from __future__ import annotations

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
