"""Header recognition (:mod:`mtd_analysis.ingest.columns`): labels in three languages, two-row headers, title blocks.

Each label below is one a partner could write; the field it names is stated by hand. Grids are lists of rows
as the spreadsheet reader gives them (row 1 of the sheet at index 0, None for an empty cell).
"""

from __future__ import annotations

import pytest

from mtd_analysis.ingest.columns import find_header, header_repeats, match_field

NBSP = "\u00a0"


# ------------------------------------------------------------------------------------------ one header cell
@pytest.mark.parametrize(
    ("label", "field"),
    [
        # title
        ("Title", "title"),
        ("Project title", "title"),
        ("PROJECT TITLE", "title"),
        ("Project\ntitle", "title"),
        (f"Project{NBSP}title", "title"),
        ("  Project   name  ", "title"),
        ("Project title (in English)", "title"),
        ("Назва проєкту", "title"),
        (f"Назва{NBSP}проєкту", "title"),
        ("Назва проекту", "title"),  # the older spelling, without є
        ("Название проекта", "title"),
        # code
        ("Project code", "project_id"),
        ("Код проєкту", "project_id"),
        # partner
        ("Донор", "partner"),
        ("Donor", "partner"),
        ("Development partner", "partner"),
        ("Партнер з розвитку", "partner"),
        ("Источник финансирования", "partner"),
        # implementer
        ("Implementing partner", "implementer"),
        ("Виконавець", "implementer"),
        ("Исполнитель", "implementer"),
        # description
        ("Description", "description"),
        ("Опис проєкту", "description"),
        ("Описание", "description"),
        # beneficiaries
        ("Beneficiary agency", "beneficiaries"),
        ("Бенефіціар", "beneficiaries"),
        ("Beneficiary\n(NPU, SBGS, NGU, SMS, SESU, MIA)", "beneficiaries"),
        # priority
        ("Пріоритет МВС", "declared_priority"),
        ("MIA priority", "declared_priority"),
        # dates and periods
        ("Start date\n(dd.mm.yyyy)", "start_date"),
        ("Start date", "start_date"),
        ("Дата початку", "start_date"),
        ("Дата начала", "start_date"),
        ("End date", "end_date"),
        ("Дата завершення", "end_date"),
        ("Дата окончания", "end_date"),
        ("Сроки реализации", "period"),
        ("Період реалізації", "period"),
        ("Implementation period", "period"),
        ("Duration", "period"),
        # money
        ("Budget", "amount"),
        ("Total budget", "amount"),
        ("Бюджет", "amount"),
        ("Сума фінансування", "amount"),
        ("Стоимость", "amount"),
        ("Currency", "currency"),
        ("Валюта", "currency"),
        # status
        ("Status", "status"),
        ("Статус проєкту", "status"),
        ("Состояние", "status"),
    ],
)
def test_match_field_in_three_languages(label, field):
    assert match_field(label).field == field


@pytest.mark.parametrize(
    ("label", "currency"),
    [
        ("Бюджет, дол. США", "USD"),
        ("Budget (USD)", "USD"),
        ("Total budget, EUR", "EUR"),
        ("Budget, EUR (total for the whole period)", "EUR"),
        ("Сума, грн", "UAH"),
        ("Бюджет\n(євро)", "EUR"),
        (f"Amount,{NBSP}USD", "USD"),
    ],
)
def test_match_field_amount_with_the_currency_in_the_header(label, currency):
    m = match_field(label)
    assert (m.field, m.currency) == ("amount", currency)


@pytest.mark.parametrize(
    ("label", "year", "currency"),
    [
        ("2020", 2020, None),
        ("2021", 2021, None),
        ("Budget 2021", 2021, None),
        ("Бюджет на 2021", 2021, None),
        ("Бюджет на 2021 рік", 2021, None),
        ("Budget 2022 (EUR)", 2022, "EUR"),
        ("2021, USD", 2021, "USD"),
    ],
)
def test_match_field_per_year_amount_columns(label, year, currency):
    m = match_field(label)
    assert (m.field, m.year, m.currency) == ("yearly", year, currency)


@pytest.mark.parametrize("label", ["Colour", "Колір", "", "   ", None, "#org+acronym"])
def test_match_field_unrecognised_labels(label):
    assert match_field(label).field is None


# ------------------------------------------------------------------------------------------------- headers
def test_find_header_below_a_title_block():
    rows = [
        ["EU-funded technical assistance to the MIA system"],
        ["status as of 15 March 2021"],
        [],
        [None, None, "All amounts in EUR"],
        ["№", "Назва проєкту", "Бенефіціар", "Дата початку", "Дата завершення", "Бюджет, євро"],
        [1, "Mobile border patrols", "ДПСУ", "01.03.2021", "31.12.2022", "700 000"],
        [2, "Custody records", "НПУ", "2021", "2022", "300 000"],
    ]
    header = find_header(rows)
    assert (header.first_row, header.row) == (4, 4)
    assert header.fields() == {
        "title": 1,
        "beneficiaries": 2,
        "start_date": 3,
        "end_date": 4,
        "amount": 5,
    }
    assert header.columns[5].currency == "EUR"


def test_find_header_two_rows_with_merged_group_cells():
    # row 3: "Duration" merged over C3:D3, "Budget" merged over E3:F3; row 4 names the columns
    rows = [
        ["Projects of the partner, status as of 15 March 2021"],
        [],
        ["No", "Project title", "Duration", None, "Budget", None, "Beneficiary"],
        [None, None, "Start", "End", "Amount", "Currency", None],
        [1, "Border crossing points", "2021-01-01", "2021-12-31", 1000, "EUR", "SBGS"],
    ]
    merged = [((2, 2), (2, 3)), ((2, 4), (2, 5)), ((2, 0), (3, 0)), ((2, 1), (3, 1)), ((2, 6), (3, 6))]
    header = find_header(rows, merged)
    assert (header.first_row, header.row) == (2, 3)
    assert header.fields() == {
        "title": 1,
        "start_date": 2,
        "end_date": 3,
        "amount": 4,
        "currency": 5,
        "beneficiaries": 6,
    }


def test_find_header_two_rows_without_merge_information():
    # a CSV export keeps the group labels but loses the merges: the group spans the empty cells to its right
    rows = [
        ["Назва проєкту", "Строки реалізації", None, "Бюджет", None],
        [None, "Початок", "Завершення", "Сума", "Валюта"],
        ["Радіостанції", "01.03.2021", "31.12.2021", "1 000", "EUR"],
    ]
    header = find_header(rows)
    assert (header.first_row, header.row) == (0, 1)
    assert header.fields() == {"title": 0, "start_date": 1, "end_date": 2, "amount": 3, "currency": 4}


def test_find_header_two_rows_with_years_under_a_budget_group():
    rows = [
        ["Project title", "Beneficiary", "Budget, EUR", None, None],
        [None, None, 2020, 2021, 2022],
        ["Radios", "NPU", 100, 200, 300],
    ]
    header = find_header(rows, [((0, 2), (0, 4))])
    assert (header.first_row, header.row) == (0, 1)
    assert header.fields() == {"title": 0, "beneficiaries": 1}
    assert header.yearly() == {2: 2020, 3: 2021, 4: 2022}
    assert header.columns[3].currency == "EUR"


def test_find_header_one_row_is_not_paired_with_its_first_data_row():
    rows = [
        ["Title", "Start date", "End date", "Amount", "Currency"],
        ["Radios", "2021-01-01", "2021-12-31", 1000, "EUR"],
        ["Cars", "2021-02-01", "2021-11-30", 2000, "USD"],
    ]
    header = find_header(rows)
    assert (header.first_row, header.row) == (0, 0)
    assert header.fields() == {"title": 0, "start_date": 1, "end_date": 2, "amount": 3, "currency": 4}


def test_a_first_data_row_whose_words_read_as_labels_is_no_second_header_row():
    # an export of transactions: "Department of State", "Narcotics Control" and "2020" read as labels of a
    # status, an implementer and a year, but the row holds a sum of money and a day: a project's row
    header = [
        "Country Name",
        "Managing Agency Name",
        "Implementing Partner Name",
        "Activity ID",
        "Activity Name",
        "US Sector Name",
        "Fiscal Year",
        "Transaction Date",
        "Current Dollar Amount",
    ]
    first = [
        "Ukraine",
        "Department of State",
        "UNODC",
        "19INL001",
        "Countering Drug Trafficking Networks",
        "Narcotics Control",
        "2020",
        "2020-09-15",
        "1500000",
    ]
    second = [
        "Ukraine",
        "Department of State",
        "IOM",
        "20INL014",
        "Border Management Capacity Building",
        "Conflict Peace and Security",
        "2021",
        "2021-03-01",
        "2000000",
    ]
    found = find_header([header, first, second])
    assert (found.first_row, found.row) == (0, 0)
    assert found.fields()["title"] == 4 and found.fields()["amount"] == 8


@pytest.mark.parametrize("amount", [1500000, 25_000.5, "1 500 000,00", "1,500,000", "-200,000", "12500"])
def test_a_row_with_a_sum_is_never_a_header_row(amount):
    from mtd_analysis.ingest.columns import _holds_a_sum

    assert _holds_a_sum(["Radios", "2021", amount])


@pytest.mark.parametrize(
    "row",
    [
        ["2021", "2022", "Q1 2021"],
        [1, 2, 3, 4, 5],
        ["EUR", "тис. грн"],
        [2021, 2022.0],
        ["1 000", "9999", "5.000"],
    ],
)
def test_labels_of_a_lower_header_row_hold_no_sum(row):
    from mtd_analysis.ingest.columns import _holds_a_sum

    assert not _holds_a_sum(row)


def test_find_header_russian_labels():
    rows = [
        ["Название проекта", "Донор", "Сроки реализации", "Бюджет, долл. США", "Получатель"],
        ["Патрульная полиция", "США", "2020-2021", "450 000", "НПУ"],
    ]
    header = find_header(rows)
    assert header.fields() == {"title": 0, "partner": 1, "period": 2, "amount": 3, "beneficiaries": 4}
    assert header.columns[3].currency == "USD"


# ------------------------------------------------------------------------------- tables that are not projects
@pytest.mark.parametrize(
    "rows",
    [
        pytest.param(
            [
                ["Code", "Agency", "Назва"],
                ["NPU", "National Police", "Національна поліція"],
                ["SBGS", "State Border Guard Service", "Державна прикордонна служба"],
            ],
            id="agency-lookup",
        ),
        pytest.param(
            [
                ["Status", "Beneficiary", "Currency"],
                ["Ongoing", "NPU", "EUR"],
                ["Planned", "SBGS", "USD"],
                ["Completed", "SMS", "UAH"],
            ],
            id="drop-down-lists",
        ),
        pytest.param(
            [
                ["Priority code", "Priority", "Subgroup"],
                ["P1", "Custody", "Police"],
                ["P2", "Trafficking", "Police"],
            ],
            id="priority-lookup",
        ),
        pytest.param(
            [
                ["Row Labels", "Sum of Budget, EUR"],
                ["NPU", 1000000],
                ["SBGS", 700000],
                ["Grand Total", 1700000],
            ],
            id="pivot",
        ),
        pytest.param(
            [["Currency", "Rate to UAH", "Year"], ["EUR", 32.3, 2020], ["USD", 26.96, 2020]],
            id="rates",
        ),
        pytest.param(
            [["Prepared by the EU Delegation, 15 March 2021"], ["Contact: someone"]], id="text-only"
        ),
        pytest.param([], id="empty"),
    ],
)
def test_find_header_does_not_take_a_lookup_table_for_projects(rows):
    assert find_header(rows) is None


def test_header_repeats_on_a_page_break():
    header = find_header([["Title", "Start date", "Amount"], ["Radios", "2021", 5]])
    assert header_repeats(["Title", "Start date", "Amount"], header)
    assert header_repeats(["TITLE", "Start\ndate", "Amount"], header)
    assert not header_repeats(["Radios", "2021", 5], header)


# -------------------------------------------------------------------------- issue 12: roles from content
def test_content_roles_name_the_kind_most_cells_share():
    from mtd_analysis.ingest.columns import content_role

    assert content_role(["NPU", "ДПСУ", "Національна поліція"]).field == "beneficiaries"
    assert content_role(["EUR", "USD", "UAH", "грн"]).field == "currency"
    assert content_role(["1 000 000 EUR", "€250k", "€300k"]).field == "amount"
    assert content_role(["1 000 000", 250000, 30]).kind == "number"  # plain numbers: not money by themselves
    assert content_role(["01.03.2021", "2021-04-01"]).field == "date"
    assert content_role(["2021-2022", "Q1 2021 – Q4 2021"]).field == "period"
    assert content_role(["Japan", "Уряд Швеції", "OSCE"]).field == "partner"
    assert content_role(["ongoing", "Завершено", "planned"]).field == "status"
    long = (
        "A long description of what the project does, for whom, where and with which equipment and training"
    )
    assert content_role([long, long + " again"]).field == "description"
    guess = content_role(["NPU", "SBGS", "radios", "boats", "cars"])  # 2 of 5 agencies: not enough
    assert guess.field != "beneficiaries"


def test_an_unknown_column_takes_its_role_from_content_only_when_the_role_is_missing():
    from mtd_analysis.ingest.columns import read_header

    rows = [
        ["Title", "Beneficiary", "Agency", "Amount"],
        ["Radios for patrols", "NPU", "SBGS", 10],
        ["Boats for the coast", "SBGS", "NPU", 20],
    ]
    header = read_header(rows)
    assert (
        header.fields()["beneficiaries"] == 1 and 2 not in header.columns
    )  # the role is taken: C stays unknown


def test_a_weak_header_word_gives_way_to_content():
    from mtd_analysis.ingest.columns import read_header

    rows = [
        ["Title", "Contributor", "Beneficiary", "Period", "Amount"],
        ["Radios for patrols", "Japan", "NPU", "2021", 10],
        ["Boats for the coast", "Уряд Швеції", "SBGS", "2021", 20],
    ]
    header = read_header(rows)
    assert header.fields()["partner"] == 1 and header.fields()["amount"] == 4
    assert [f[0] for f in header.findings] == ["warning", "info"]  # B read as partner, E as amount again


def test_analyst_aliases_are_added_and_removed(tmp_path):
    from mtd_analysis.ingest.columns import match_field, use_column_aliases

    local = tmp_path / "column_aliases.csv"
    local.write_text("field,lang,alias,whole_header_only\ntitle,de,vorhaben,\n", encoding="utf-8")
    try:
        assert use_column_aliases(local) == []
        assert match_field("Vorhaben").field == "title"
    finally:
        use_column_aliases(None)
    assert match_field("Vorhaben").field is None


def test_date_orders_of_a_table():
    from mtd_analysis.ingest.columns import date_orders, find_header

    rows = [["Title", "Start", "End"], ["A", "03/04/2021", "05/06/2021"]]
    orders, findings = date_orders(rows, find_header(rows), "INL")
    assert orders == {1: "mdy", 2: "mdy"} and [f[0] for f in findings] == ["warning", "warning"]
    orders, findings = date_orders(rows, find_header(rows), "EU")
    assert orders == {1: "dmy", 2: "dmy"}
    dotted = [["Title", "Start", "End"], ["A", "03.04.2021", "05.06.2021"]]
    assert date_orders(dotted, find_header(dotted), None) == ({1: "dmy", 2: "dmy"}, [])


def test_a_header_is_contradicted_when_four_fifths_of_its_cells_say_otherwise():
    """The content check of a known header stops early only when no kind can reach 4 in 5 of the sample."""
    from mtd_analysis.ingest.columns import read_header

    agencies = ["NPU", "SBGS", "National Police", "ДПСУ", "НПУ", "МВС", "ДСНС", "SBGS", "NPU", "ДМС України"]
    # "Status" holds agency names in 8 of 10 rows (the header is kept, with a warning naming the content) ...
    rows = [["Title", "Status", "Amount"]]
    rows += [[f"Radios for patrol unit {i}", a, 10 * i] for i, a in enumerate(agencies[:8] + ["x y", "z w"])]
    warnings = [f for f in read_header(rows).findings if f[0] == "warning"]
    assert len(warnings) == 1 and warnings[0][1] == 1 and "8 of 10 values are agency names" in warnings[0][2]
    # ... in 7 of 10 it is not enough: no finding
    rows = [["Title", "Status", "Amount"]]
    rows += [[f"Radios for patrol unit {i}", a, 10 * i] for i, a in enumerate(agencies[:7] + ["x y"] * 3)]
    assert [f for f in read_header(rows).findings if f[0] == "warning"] == []


# ------------------------------------------------------------------------------------------ money by content


@pytest.mark.parametrize(
    "text",
    ["1,150,000.00", "125 000,00", "(1 000)", "12-34", "1'000", "-", "2021 – 2022", "EUR 5", "5k", "TD19"],
)
def test_a_text_of_digits_and_separators_is_money_as_the_words_taken_out_would_say(text):
    """The quick answer for digits and separators equals taking the currency and multiplier words out first."""
    import re

    from mtd_analysis.ingest import columns, values
    from mtd_analysis.ingest.values import _MULT_PATTERN, _currency_pattern

    assert values._no_money_word_is_made_of_digits_and_separators()  # what makes the quick answer right
    rest = _MULT_PATTERN.sub(" ", _currency_pattern().sub(" ", text))
    expected = bool(re.search(r"\d", rest)) and re.fullmatch(r"[\d\s.,'’()\-–—]+", rest) is not None
    assert columns.money_only(text) is expected
