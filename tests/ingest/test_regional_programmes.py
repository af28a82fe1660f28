"""Regional and multi-country programmes (found by blind set U): only Ukraine's part is the sector's money. Expected
figures worked out by hand in the comments."""

from __future__ import annotations

import datetime as dt
import math

import pytest
from openpyxl import Workbook

from mtd_analysis.build import build
from mtd_analysis.ingest.columns import match_field
from mtd_analysis.ingest.partners import partner_in_text

D = dt.datetime


def _build(tmp_path, rows: list, merged: tuple = ()):
    raw = tmp_path / "raw"
    raw.mkdir()
    wb = Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    for cells in merged:
        ws.merge_cells(cells)
    wb.save(raw / "EU_regional.xlsx")
    return build(raw, tmp_path / "out", year=2021)


def _amounts(result) -> dict[str, float]:
    return result.projects.set_index("title")["amount"].to_dict()


@pytest.mark.parametrize(
    ("label", "field"),
    [
        ("Ukraine share, EUR", "amount"),
        ("у т.ч. Україна, PLN", "amount"),
        ("Share for Ukraine, %", "ukraine_share"),
        ("Доля Украины, %", "ukraine_share"),
        ("Країна", "country"),
        ("Countries covered", "country"),
        ("Бенефіціар в Україні", "beneficiaries"),  # Ukraine named, but not its money
    ],
)
def test_labels_naming_ukraine_or_the_country(label, field):
    assert match_field(label).field == field


def test_ukraines_share_column_is_the_amount(tmp_path):
    result = _build(
        tmp_path,
        [
            ["Programme", "Countries covered", "Start", "End", "Total budget, EUR", "Ukraine share, EUR"],
            [
                "Border security",
                "Ukraine, Moldova, Georgia",
                D(2021, 1, 1),
                D(2021, 12, 31),
                6000000,
                2920000,
            ],
        ],
    )
    assert _amounts(result) == {"Border security": 2920000}


def test_a_share_in_percent_and_rows_for_other_countries(tmp_path):
    result = _build(
        tmp_path,
        [
            ["Programme", "Країна", "Start", "End", "Budget, SEK", "Share for Ukraine, %"],
            ["Trafficking", "Україна", D(2021, 1, 1), D(2021, 12, 31), 20000000, "40%"],  # 8 000 000
            [
                "Trafficking",
                "Молдова",
                D(2021, 1, 1),
                D(2021, 12, 31),
                5000000,
                None,
            ],  # not Ukraine's: skipped
            [
                "Custody",
                "Україна, Молдова",
                D(2021, 1, 1),
                D(2021, 12, 31),
                1000000,
                0.5,
            ],  # a percentage cell: 50%
        ],
    )
    assert _amounts(result) == {"Trafficking": 8000000, "Custody": 500000}
    said = result.issues[result.issues["kind"].eq("country")]
    assert said["row"].astype(int).tolist() == [3]


def test_a_note_giving_ukraines_share_of_each_programme(tmp_path):
    result = _build(
        tmp_path,
        [
            ["Назва програми", "Виконавець", "Початок", "Завершення", "Бюджет програми, DKK"],
            ["Поліція громад", "ПРООН", D(2021, 1, 1), D(2021, 12, 31), 2500000],  # 40%: 1 000 000
            [],
            ["Частка України становить 40% бюджету кожної з наведених програм; решта – Молдова та Грузія."],
        ],
    )
    assert _amounts(result) == {"Поліція громад": 1000000}


def test_money_per_country_under_one_group(tmp_path):
    result = _build(
        tmp_path,
        [
            ["Проект", "Начало", "Окончание", "Бюджет по странам, долл. США", None, None, None],
            [None, None, None, "Украина", "Молдова", "Грузия", "Всего"],
            ["Порты", D(2021, 1, 1), D(2021, 12, 31), 1460000, 300000, 540000, 2300000],
        ],
        merged=("D1:G1", "A1:A2", "B1:B2", "C1:C2"),
    )
    assert _amounts(result) == {"Порты": 1460000}
    assert result.projects["currency"].tolist() == ["USD"]


@pytest.mark.parametrize("merged", [True, False], ids=["merged", "group cell spread over blanks"])
def test_money_per_country_under_one_group_another_country_first(tmp_path, merged):
    # the row of country labels is the header's lower row wherever Ukraine stands in it: it had been skipped as
    # "repeating the header", and the first country's money (Moldova's) read as the amount, silently
    result = _build(
        tmp_path,
        [
            ["Проект", "Начало", "Окончание", "Бюджет по странам, долл. США", None, None, None],
            [None, None, None, "Молдова", "Украина", "Грузия", "Всего"],
            ["Порты", D(2021, 1, 1), D(2021, 12, 31), 300000, 1460000, 540000, 2300000],
            ["Изоляторы", D(2021, 1, 1), D(2021, 12, 31), 200000, None, 150000, 715000],
        ],
        merged=("D1:G1", "A1:A2", "B1:B2", "C1:C2") if merged else (),
    )
    # a blank part for Ukraine counts the whole (said), never another country's money
    assert _amounts(result) == {"Порты": 1460000, "Изоляторы": 715000}
    cells = result.projects.set_index("title")["source_cells"]
    assert "amount=E3" in cells["Порты"]
    issues = result.issues
    assert issues["message"].str.contains("Молдова").any()  # its column is said not to be loaded
    assert issues["message"].str.contains("Ukraine's part").sum() == 1


def test_original_and_amended_amounts_under_a_money_group_alone(tmp_path):
    result = _build(
        tmp_path,
        [
            ["Проект", "Начало", "Окончание", "Бюджет, EUR", None],
            [None, None, None, "первоначальный", "с учётом изменений"],
            ["Порты", D(2021, 1, 1), D(2021, 12, 31), 500000, 650000],
            ["Изоляторы", D(2021, 1, 1), D(2021, 12, 31), 300000, "–"],
        ],
        merged=("D1:E1", "A1:A2", "B1:B2", "C1:C2"),
    )
    assert _amounts(result) == {"Порты": 650000, "Изоляторы": 300000}
    assert result.projects["currency"].tolist() == ["EUR", "EUR"]


def test_a_units_row_under_year_columns_stays_a_units_row(tmp_path):
    result = _build(
        tmp_path,
        [
            ["Project title", "Start", "End", "Budget 2021", "Budget 2022"],
            [None, None, None, "тис. грн", "тис. грн"],
            ["Boats", D(2021, 1, 1), D(2022, 12, 31), 120, 80],
        ],
    )
    yearly = result.projects.set_index("title")["yearly_amounts"]["Boats"]
    assert "2021" in yearly and "120000" in yearly.replace(".0", "")
    assert result.projects["currency"].tolist() == ["UAH"]


def test_the_donor_named_before_the_countries_in_the_title():
    title = "Міністерство закордонних справ Данії – регіональні програми (Україна, Молдова, Грузія)"
    assert partner_in_text(title) == "Denmark"


@pytest.mark.parametrize(
    ("title", "partner"),
    [
        ("Projects in Ukraine, Moldova and Georgia funded by Sweden", "Sweden"),
        ("Проекти в Україні, Молдові та Грузії, що фінансуються Швецією", "Sweden"),
        ("Проекты в Украине и Молдове при поддержке Норвегии", "Norway"),
        ("Regional programme for Moldova and Ukraine (Denmark)", "Denmark"),  # a bracket ends the list
        ("Canada–Ukraine police project", "Canada"),  # a dash joins two sides, not a list
        ("Sweden and Ukraine: joint projects", "Sweden"),  # a donor beside Ukraine alone may be the donor
        ("Moldova and Georgia", "Moldova"),  # no Ukraine: no region to leave out
        ("Canada_GAC_Ukraine_MIA_export_2021", "Canada"),
        # a donor is never taken for a country the projects are in, listed or not (the review of this rule)
        ("Denmark_Ukraine_Moldova_Georgia_regional_2021", "Denmark"),
        ("Sweden, Denmark and Ukraine: joint projects implemented by UNDP", "Sweden"),
        ("EU, Ukraine and Moldova: border projects run by IOM, 2021", "EU"),
        ("Moldova_Ukraine_regional_Sweden", "Sweden"),
    ],
)
def test_countries_listed_with_ukraine_are_where_the_projects_are_not_who_pays(title, partner):
    assert partner_in_text(title) == partner


def test_a_country_column_of_places_in_ukraine_drops_nothing(tmp_path):
    result = _build(
        tmp_path,
        [
            ["Project title", "Country", "Start", "End", "Budget, EUR"],
            ["Police stations", "Kyiv", D(2021, 1, 1), D(2021, 12, 31), 100000],
            ["Shelters", "Донецька область", D(2021, 1, 1), D(2021, 12, 31), 200000],
            ["Radios", "UA", D(2021, 1, 1), D(2021, 12, 31), 300000],
            ["Boats", None, D(2021, 1, 1), D(2021, 12, 31), 400000],
            [
                "Border posts",
                "Moldova",
                D(2021, 1, 1),
                D(2021, 12, 31),
                500000,
            ],  # another country: skipped, said
        ],
    )
    assert sorted(result.projects["title"]) == ["Boats", "Police stations", "Radios", "Shelters"]


# found by a review of the rules (33 probe files): nothing a national list holds is dropped or scaled


def test_a_country_column_of_donors_names_the_partners(tmp_path):
    result = _build(
        tmp_path,
        [
            ["Project title", "Country", "Start", "End", "Budget, EUR"],
            ["Police stations", "Germany", D(2021, 1, 1), D(2021, 12, 31), 500000],
            ["Shelters", "Sweden", D(2021, 1, 1), D(2021, 12, 31), 300000],
            ["Radios", "France", D(2021, 1, 1), D(2021, 12, 31), 200000],
        ],
    )
    assert result.projects.set_index("title")["partner"].to_dict() == {
        "Police stations": "Germany",
        "Shelters": "Sweden",
        "Radios": "France",
    }


@pytest.mark.parametrize(
    "note",
    [
        "Ukraine's share of EU funding in the region grew by 40% compared with all previous years.",
        "Equipment for Ukraine: 30% delivered, all trainings done",
    ],
)
def test_notes_that_give_no_share_scale_nothing(tmp_path, note):
    result = _build(
        tmp_path,
        [
            ["Project title", "Start", "End", "Budget, EUR"],
            ["Police stations", D(2021, 1, 1), D(2021, 12, 31), 1000000],
            [],
            [note],
        ],
    )
    assert _amounts(result) == {"Police stations": 1000000}


@pytest.mark.parametrize(
    "label",
    [
        "Кошти бюджету України, NOK",
        "Ukrainian side, EUR",
        "Local co-funding (Ukraine), EUR",
        "Ukraine office",
    ],
)
def test_columns_naming_ukraine_that_are_not_its_part_leave_the_amount(tmp_path, label):
    result = _build(
        tmp_path,
        [
            ["Project title", "Start", "End", "Budget, EUR", label],
            ["Police stations", D(2021, 1, 1), D(2021, 12, 31), 1000000, 200000 if "," in label else "Kyiv"],
        ],
    )
    assert _amounts(result) == {"Police stations": 1000000}


def test_a_blank_ukraine_part_counts_the_whole_and_says_so(tmp_path):
    result = _build(
        tmp_path,
        [
            ["Project title", "Start", "End", "Total budget, SEK", "Ukraine, SEK"],
            ["A", D(2021, 1, 1), D(2021, 12, 31), 1000000, None],
            ["B", D(2021, 1, 1), D(2021, 12, 31), 1000000, 400000],
        ],
    )
    assert _amounts(result) == {"A": 1000000, "B": 400000}
    said = result.issues[result.issues["message"].str.contains("Ukraine's part")]
    assert said["row"].astype(int).tolist() == [2]


def test_a_share_beside_ukraines_amount_is_not_applied_twice_and_years_are_shared(tmp_path):
    result = _build(
        tmp_path,
        [
            ["Project title", "Start", "End", "Total, EUR", "Ukraine share, EUR", "Share for Ukraine, %"],
            ["A", D(2021, 1, 1), D(2021, 12, 31), 1000000, 400000, "40%"],
        ],
    )
    assert _amounts(result) == {"A": 400000}
    (tmp_path / "years").mkdir()
    years = _build(
        tmp_path / "years",
        [
            ["Project title", "Start", "End", "2021, DKK", "2022, DKK", "Частка України, %"],
            ["A", D(2021, 1, 1), D(2022, 12, 31), 1000000, 1000000, "40%"],
        ],
    )
    assert years.projects["yearly_amounts"].tolist() == ["2021=400000;2022=400000"]
    assert years.projects["amount"].tolist() == [800000]


def test_the_donors_column_under_a_funding_group_is_its_money(tmp_path):
    # "Donor | Co-financing | Total" under "Funding, USD" (written once, blanks to its right): "Donor" there is
    # the donor's money; it had been read as the partner column, and the partner became a number
    result = _build(
        tmp_path,
        [
            ["INL: projects in the MIA sector"],
            ["Project", "Start", "End", "Funding, USD", None, None],
            [None, None, None, "Donor", "Co-financing", "Total"],
            ["Canine units", D(2021, 1, 1), D(2021, 12, 31), 800000, 200000, 1000000],
        ],
    )
    assert _amounts(result) == {"Canine units": 800000}
    assert result.projects["partner"].tolist() == ["INL"]  # from the title row, not a number


def test_agencies_under_a_group_that_names_recipients_and_money(tmp_path):
    # "Фінансування за отримувачами" (funding by recipient) names the beneficiaries and money: the agencies'
    # columns under it are their amounts; a units row under them gives the currency
    result = _build(
        tmp_path,
        [
            ["Проєкт", "Початок", "Завершення", "Фінансування за отримувачами", None, None],
            [None, None, None, "НПУ", "ДПСУ", "ДМС"],
            [None, "дд.мм.рррр", "дд.мм.рррр", "USD", "USD", "USD"],
            ["Спільні мобільні групи", D(2021, 1, 1), D(2021, 12, 31), 365000, 219000, "–"],
        ],
        merged=("D1:F1", "A1:A3"),
    )
    assert _amounts(result) == {"Спільні мобільні групи": 584000}
    assert result.projects["currency"].tolist() == ["USD"]
    assert set(result.projects["beneficiaries"].iloc[0].split(";")) == {"NPU", "SBGS"}


def test_a_blank_amended_amount_takes_the_original_under_a_ukrainian_group(tmp_path):
    # "початковий" alone reads as a start ("початок"); under "Бюджет, EUR" beside "зі змінами" it is the original
    result = _build(
        tmp_path,
        [
            ["Назва проєкту", "Термін реалізації", None, "Бюджет, EUR", None],
            [None, "з", "по", "початковий", "зі змінами"],
            ["Мобільні групи", D(2021, 1, 1), D(2021, 12, 31), 1460000, None],
            ["Поліція громади", D(2021, 1, 1), D(2021, 12, 31), 2000000, 2400000],
        ],
        merged=("B1:C1", "D1:E1", "A1:A2"),
    )
    assert _amounts(result) == {"Мобільні групи": 1460000, "Поліція громади": 2400000}


@pytest.mark.parametrize("merged", [True, False], ids=["merged", "written once"])
def test_a_third_header_row_of_plan_and_fact_under_the_years(tmp_path, merged):
    # "Financing, JPY" / "2021 | 2022" / "plan | fact | plan | fact": the plan of each year is its money, the fact is
    # set aside (as "План 2021 | Факт 2021" in one row); the 2021 fact had been taken for the project's total
    result = _build(
        tmp_path,
        [
            ["Project", "Start", "End", "Financing, JPY", None, None, None],
            [None, None, None, 2021, None, 2022, None],
            [None, None, None, "plan", "fact", "plan", "fact"],
            ["Scanners", D(2021, 1, 1), D(2022, 12, 31), 300_000_000, 240_000_000, 60_000_000, None],
            ["Masks", D(2021, 1, 1), D(2021, 12, 31), 110_000_000, 108_500_000, None, None],
        ],
        merged=("D1:G1", "D2:E2", "F2:G2", "A1:A3", "B1:B3", "C1:C3") if merged else (),
    )
    assert _amounts(result) == {"Scanners": 360_000_000, "Masks": 110_000_000}
    yearly = result.projects.set_index("title")["yearly_amounts"]
    assert yearly["Scanners"] == "2021=300000000;2022=60000000"
    cells = result.projects.set_index("title")["source_cells"]
    assert "amount_2021=D4" in cells["Scanners"] and "amount_2022=F4" in cells["Scanners"]
    assert result.issues["message"].str.contains("third row").any()
    assert not result.issues["message"].str.contains("differs from the sum").any()


def test_a_third_row_of_units_under_agencies_is_a_units_row(tmp_path):
    result = _build(
        tmp_path,
        [
            ["Проєкт", "Початок", "Завершення", "Бюджет", None],
            [None, None, None, "НПУ", "ДПСУ"],
            [None, None, None, "EUR", "EUR"],
            ["Мобільні групи", D(2021, 1, 1), D(2021, 12, 31), 100, 50],
        ],
        merged=("D1:E1",),
    )
    assert _amounts(result) == {"Мобільні групи": 150}
    assert result.projects["currency"].tolist() == ["EUR"]


def test_the_mia_sectors_part_said_in_a_remark(tmp_path):
    result = _build(
        tmp_path,
        [
            ["Project title", "Start", "End", "Budget, EUR", "Remarks"],
            [
                "Safe hromadas",
                D(2021, 1, 1),
                D(2022, 12, 31),
                2000000,
                "Multi-sector; of which MIA / law enforcement: 30%",
            ],
            ["Border posts", D(2021, 1, 1), D(2021, 12, 31), 500000, "30% delivered by June"],
            ["Shelters", D(2021, 1, 1), D(2021, 12, 31), 400000, "з них на МВС – 25 %"],
        ],
    )
    assert _amounts(result) == {"Safe hromadas": 600000, "Border posts": 500000, "Shelters": 100000}
    cells = result.projects.set_index("title")["source_cells"]
    assert "sector_share=E2" in cells["Safe hromadas"]
    said = result.issues[result.issues["message"].str.contains("MIA sector's part")]
    assert said["row"].astype(int).tolist() == [2, 4]


@pytest.mark.parametrize(
    ("group", "sources"),
    [
        ("Фінансування, EUR", ["ЄС", "Україна", "Всього"]),  # Ukraine here is the Ukrainian side's co-funding
        ("Funding, EUR", ["EU", "Government of Ukraine", "Total"]),
        ("Джерела фінансування, EUR", ["ЄС", "Україна", "Всього"]),  # "sources of funding" names money in EUR
    ],
)
def test_the_donors_column_among_funding_sources(tmp_path, group, sources):
    result = _build(
        tmp_path,
        [
            ["EU Delegation: projects with the MIA"],
            ["Project", "Start", "End", group, None, None],
            [None, None, None, *sources],
            ["Green border cameras", D(2021, 1, 1), D(2021, 12, 31), 2000000, 500000, 2500000],
        ],
        merged=("D2:F2",),
    )
    assert _amounts(result) == {"Green border cameras": 2000000}
    assert result.projects["partner"].tolist() == ["EU"]


def test_original_and_amended_beside_start_and_end_columns(tmp_path):
    # "початковий" under money had been read as a second start date: the real start was lost
    result = _build(
        tmp_path,
        [
            ["Назва проєкту", "Початок", "Завершення", "Бюджет, EUR", None],
            [None, None, None, "початковий", "зі змінами"],
            ["Облік затриманих", D(2020, 1, 1), D(2022, 12, 31), 1000000, 1200000],
            ["Мобільні групи", D(2021, 1, 1), D(2021, 12, 31), 400000, None],
        ],
        merged=("D1:E1", "A1:A2", "B1:B2", "C1:C2"),
    )
    assert _amounts(result) == {"Облік затриманих": 1200000, "Мобільні групи": 400000}
    starts = result.projects.set_index("title")["start_date"]
    assert starts["Облік затриманих"] == "2020-01-01"


@pytest.mark.parametrize("units", ["in thousands", "у тисячах", "в тыс."])
def test_a_row_of_units_in_words_under_the_money(tmp_path, units):
    result = _build(
        tmp_path,
        [
            ["Project title", "Start", "End", "Budget, CAD", "2021, CAD"],
            [None, None, None, units, units],
            ["Custody records", D(2021, 1, 1), D(2021, 12, 31), 1200, 1200],
        ],
    )
    assert _amounts(result) == {"Custody records": 1200000}


def test_a_dash_for_ukraines_part_counts_nothing_and_says_so(tmp_path):
    result = _build(
        tmp_path,
        [
            ["Проект", "Начало", "Окончание", "Бюджет по странам, долл. США", None, None],
            [None, None, None, "Молдова", "Украина", "Всего"],
            ["Изоляторы", D(2021, 1, 1), D(2021, 12, 31), 350000, "–", 350000],
        ],
        merged=("D1:F1", "A1:A2", "B1:B2", "C1:C2"),
    )
    assert _amounts(result) == {"Изоляторы": 0}
    said = result.issues[result.issues["message"].str.contains("nothing of the programme")]
    assert said["row"].astype(int).tolist() == [3]


def test_a_row_of_currencies_under_one_money_group(tmp_path):
    result = _build(
        tmp_path,
        [
            ["Назва проєкту", "Початок", "Завершення", "Бюджет", None],
            [None, None, None, "в євро", "в гривнях"],
            ["Облік затриманих", D(2021, 1, 1), D(2021, 12, 31), 500000, None],
            ["Мобільні групи", D(2021, 1, 1), D(2021, 12, 31), None, 3000000],
        ],
        merged=("D1:E1",),
    )
    assert _amounts(result) == {"Облік затриманих": 500000, "Мобільні групи": 3000000}
    assert result.projects.set_index("title")["currency"].to_dict() == {
        "Облік затриманих": "EUR",
        "Мобільні групи": "UAH",
    }


def test_fiscal_years_under_a_money_group_leave_the_total(tmp_path):
    result = _build(
        tmp_path,
        [
            ["Project", "Start", "End", "Budget, USD", None, None],
            [None, None, None, "FY20", "FY21", "Total"],
            ["Custody records", D(2021, 1, 1), D(2021, 12, 31), 0, 900000, 900000],
        ],
        merged=("D1:F1",),
    )
    assert _amounts(result) == {"Custody records": 900000}


def test_a_summary_of_contributions_with_a_totals_row(tmp_path):
    # "Contribution" heads the titles (the partner's word for its projects); the "Total" row under them had made
    # the column look like no titles, and the sheet was not read at all
    result = _build(
        tmp_path,
        [
            ["Contribution", "Partner organisation", "Total, SEK", "Status"],
            ["Domestic violence response: specialised units", "UN Women", 12000000, "Ongoing"],
            ["Community policing in Eastern Ukraine", "UNDP", 15000000, "Ongoing"],
            ["Total", None, 27000000, None],
        ],
    )
    assert _amounts(result) == {
        "Domestic violence response: specialised units": 12000000,
        "Community policing in Eastern Ukraine": 15000000,
    }


def test_remarks_about_people_or_an_amount_already_the_sectors_scale_nothing(tmp_path):
    result = _build(
        tmp_path,
        [
            ["Project title", "Start", "End", "MIA component, DKK", "Remarks"],
            ["Trainings", D(2021, 1, 1), D(2021, 12, 31), 500000, "MIA share of trainees: 40%"],
            ["Online courses", D(2021, 1, 1), D(2021, 12, 31), 200000, "of which MIA trainings: 50% online"],
            ["Programme", D(2021, 1, 1), D(2021, 12, 31), 2500000, "MIA share: 25% of the total programme"],
        ],
    )
    assert _amounts(result) == {"Trainings": 500000, "Online courses": 200000, "Programme": 2500000}


def test_ukraine_beside_the_total_alone_is_ukraines_part(tmp_path):
    result = _build(
        tmp_path,
        [
            ["Programme", "Start", "End", "Budget, EUR", None],
            [None, None, None, "Total programme", "Ukraine"],
            ["Border posts", D(2021, 1, 1), D(2021, 12, 31), 900000, 300000],
        ],
        merged=("D1:E1",),
    )
    assert _amounts(result) == {"Border posts": 300000}


def test_two_donors_columns_under_one_group_give_each_donor_its_part(tmp_path):
    # "EU | Germany | Total" in GIZ's file: each donor's money in its own column, the total their sum; a project per
    # donor (blind set AQ; this test had the total credited to GIZ, the file's partner, both columns said unread)
    result = _build(
        tmp_path,
        [
            ["GIZ: projects with the MIA"],
            ["Project", "Start", "End", "Funding, EUR", None, None],
            [None, None, None, "EU", "Germany", "Total"],
            ["Police stations", D(2021, 1, 1), D(2021, 12, 31), 3000000, 1000000, 4000000],
        ],
        merged=("D2:F2",),
    )
    lines = sorted(zip(result.projects["partner"], result.projects["amount"], strict=True))
    assert lines == [("EU", 3000000), ("Germany", 1000000)]  # the total, 4 000 000, kept whole
    assert result.issues["message"].str.contains("hold each donor's money").any()


@pytest.mark.parametrize("heading", ["Summary by programme", None])
def test_a_table_under_the_projects_that_is_no_second_table_of_them(tmp_path, heading):
    # a summary under the projects, or a placeholder row of texts after a blank row, had been read as a second
    # table's header: the summary counted as a project again, the projects under the placeholder lost
    rows = [
        ["Project", "Start", "End", "Budget, DKK", "Status"],
        ["Border posts", D(2021, 1, 1), D(2021, 12, 31), 2000000, "Ongoing"],
        ["Custody records", D(2021, 1, 1), D(2021, 12, 31), 3000000, "Ongoing"],
        [],
    ]
    if heading:
        rows += [
            [heading],
            ["Programme", "Total budget, DKK", "Period"],
            ["Rule of law", 5000000, "2021–2022"],
        ]
    else:
        rows += [
            ["Programme", "Grant", "tbd", "Grant", "Completed"],
            ["Cyber lab", D(2021, 1, 1), D(2021, 12, 31), 150000, "Ongoing"],
        ]
    result = _build(tmp_path, rows)
    amounts = _amounts(result)
    assert amounts["Border posts"] == 2000000 and amounts["Custody records"] == 3000000
    assert math.isnan(
        amounts.get("Rule of law", math.nan)
    )  # the summary's row counts no money again (warned)
    if not heading:
        assert amounts["Cyber lab"] == 150000


def test_a_blank_donors_part_counts_the_total_and_says_so(tmp_path):
    result = _build(
        tmp_path,
        [
            ["Canada: projects with the MIA"],
            ["Project", "Start", "End", "Funding, CAD", None, None],
            [None, None, None, "Donor", "Ukraine", "Total"],
            ["Custody records", D(2021, 1, 1), D(2021, 12, 31), 800000, "–", 800000],
            ["Mobile teams", D(2021, 1, 1), D(2021, 12, 31), None, None, 400000],
        ],
        merged=("D2:F2",),
    )
    assert _amounts(result) == {"Custody records": 800000, "Mobile teams": 400000}
    said = result.issues[result.issues["message"].str.contains("the donor's part")]
    assert said["row"].astype(int).tolist() == [5]


def test_a_country_outside_partners_csv_beside_the_eu_is_a_funder_too(tmp_path):
    # "Estonia | EU | Total": Estonia is no partner of partners.csv but pays; with two funders the total is counted
    # (the EU's column had been taken for Estonia's money)
    result = _build(
        tmp_path,
        [
            ["Estonia: projects with the MIA"],
            ["Project", "Start", "End", "Funding, EUR", None, None],
            [None, None, None, "Estonia", "EU", "Total"],
            ["Cyber lab", D(2021, 1, 1), D(2021, 12, 31), 200000, 800000, 1000000],
        ],
        merged=("D2:F2",),
    )
    assert _amounts(result) == {"Cyber lab": 1000000}


def test_a_blank_donors_part_never_takes_the_co_financing(tmp_path):
    result = _build(
        tmp_path,
        [
            ["Project", "Start", "End", "Funding, USD", None, None],
            [None, None, None, "Donor", "Co-financing", "Total"],
            ["Canine units", D(2021, 1, 1), D(2021, 12, 31), None, 200000, 1000000],
        ],
    )
    assert _amounts(result) == {"Canine units": 1000000}
