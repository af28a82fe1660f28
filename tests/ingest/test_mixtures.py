"""Ordinary returns with one quirk each, and workbooks mixing layouts (found by blind set M): a units row under
the header, "тис. євро" in the title rows, a partner named only by its sheet, MM/YY periods, Swiss francs written
"Fr.", an amount in hryvnia beside the partner's own currency, a title wrapping onto the next row, "Contribution"
as the partner's word for its projects, and status words of agreements being signed."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from openpyxl import Workbook

from mtd_analysis.build import build
from mtd_analysis.ingest.amounts import units_with_currency
from mtd_analysis.ingest.columns import match_field, read_header, titles_not_money
from mtd_analysis.ingest.partners import canonical_partner, partner_in_text
from mtd_analysis.ingest.values import parse_amount, parse_period, parse_status

D = dt.datetime


def _workbook(tmp_path, sheets: dict, name="partner.xlsx"):
    raw = tmp_path / "raw"
    raw.mkdir()
    wb = Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(raw / name)
    return build(raw, tmp_path / "out", year=2021)


def _funding(result, title: str) -> tuple[float, float]:
    """The 2021 funding and pipeline (EUR) of the project with this title."""
    pid = result.projects.set_index("title").loc[title, "project_id"]
    rows = result.allocations[result.allocations["project_id"].eq(pid) & result.allocations["year"].eq(2021)]
    return round(rows["amount_eur"].sum(), 2), round(rows["pipeline_eur"].sum(), 2)


# ------------------------------------------------------------------------------------------------ units row


def test_a_units_row_under_the_header_gives_the_currency_and_is_no_project(tmp_path):
    result = _workbook(
        tmp_path,
        {
            "УВКБ ООН": [
                ["№", "Название проекта", "Бюджет", "Начало", "Окончание"],
                [None, None, "EUR", "дд.мм.гггг", "дд.мм.гггг"],  # row 2: the units, nothing else
                [1, "Противодействие торговле людьми", 100_000, "01.01.2021", "31.12.2021"],
            ]
        },
        "unhcr.xlsx",
    )
    assert len(result.projects) == 1
    assert result.projects["currency"].tolist() == ["EUR"]
    assert _funding(result, "Противодействие торговле людьми") == (100_000, 0)
    assert not result.issues["severity"].eq("error").any()  # the units row is no project without a title
    said = result.issues[result.issues["message"].str.contains("under the header gives the units")]
    assert said["row"].tolist() == [2]


def test_a_units_row_in_thousands_scales_the_amounts_and_a_format_row_is_skipped():
    rows = [
        ["Title", "Budget", "Start"],
        [None, "тис. грн", "dd.mm.yyyy"],
        ["Radios", 1_500, "01.01.2021"],
    ]
    header = read_header(rows)
    assert header.row == 1
    assert (header.columns[1].currency, header.columns[1].scale) == ("UAH", 1000.0)
    formats_only = read_header(
        [["Title", "Budget, EUR", "Start"], [None, None, "dd.mm.yyyy"], ["Radios", 5, "2021"]]
    )
    assert formats_only.row == 1 and formats_only.columns[1].currency == "EUR"
    # a first project row is not taken for units: its title is no unit
    data = read_header([["Title", "Budget", "Start"], ["Radios", "EUR", "2021"]])
    assert data.row == 0


# ------------------------------------------------------------------------------------ units in the title rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Проєкти у системі МВС, тис. євро / Projects in the MIA system, EUR thousand", ("EUR", 1000.0)),
        ("Projects (USD, thousands)", ("USD", 1000.0)),
        ("Перелік проєктів, млн дол. США", ("USD", 1e6)),
        ("Total budget EUR 5 thousand", None),  # a figure quoted, not the unit of the table
        ("Budget: 1 200 тис. євро", None),
        ("All amounts in EUR", None),  # a currency without a unit: read elsewhere
    ],
)
def test_a_unit_written_beside_a_currency_in_a_title_line(text, expected):
    assert units_with_currency(text) == expected


def test_thousands_of_euro_said_in_the_title_rows_are_counted_as_such(tmp_path):
    result = _workbook(
        tmp_path,
        {
            "AA projects": [
                ["Federal Foreign Office of Germany"],
                ["Проєкти у системі МВС, тис. євро / Projects in the MIA system, EUR thousand"],
                ["Project title", "Beneficiary", "2021", "2022", "Total"],
                ["Thermal imaging cameras", "SBGS", 450, 150, 600],
            ]
        },
        "germany.xlsx",
    )
    assert _funding(result, "Thermal imaging cameras") == (450_000, 0)
    assert result.projects["amount"].tolist() == [600_000]


# -------------------------------------------------------------------------------------------------- partners


def test_a_sheet_named_after_a_partner_credits_its_projects_to_it(tmp_path):
    head = ["№", "Project", "Beneficiary", "Start", "End", "Budget, EUR"]
    result = _workbook(
        tmp_path,
        {
            "Norway": [head, [1, "Training of investigators", "NPU", D(2021, 1, 1), D(2021, 12, 31), 10_000]],
            "Switzerland": [head, [1, "Community safety", "NPU", D(2021, 1, 1), D(2021, 12, 31), 20_000]],
            "Police": [head, [1, "Patrol cars", "NPU", D(2021, 1, 1), D(2021, 12, 31), 30_000]],
        },
        "SWG_coordinator_returns.xlsx",
    )
    partners = result.projects.set_index("title")["partner"]
    assert partners["Training of investigators"] == "Norway"
    assert partners["Community safety"] == "Switzerland"
    # "Police" is no partner (it is not Poland): the file names none, which is said
    assert partners["Patrol cars"] == "SWG_coordinator_returns"
    assert result.issues["message"].str.contains("no partner (donor) is named", regex=False).any()


def test_english_words_are_not_declined_into_partner_names():
    assert partner_in_text("PIPELINE – contributions under preparation") is None  # not UNDP
    assert canonical_partner("Police") == "Police"  # not Poland ("polish")
    assert partner_in_text("Проєкти, що фінансуються Урядом Японії") == "Japan"  # Ukrainian is declined
    assert partner_in_text("проекти ПРООН") == "UNDP"
    assert partner_in_text("Swedish International Development Cooperation Agency") == "Sweden"


# ----------------------------------------------------------------------------------------- dates and money


def test_months_with_two_digit_years():
    assert parse_period("01/21–12/22") == (dt.date(2021, 1, 1), dt.date(2022, 12, 31))
    assert parse_period("04/21–09/21") == (dt.date(2021, 4, 1), dt.date(2021, 9, 30))


def test_swiss_francs_written_fr():
    for text, value in (
        ("Fr. 1'092'000", 1_092_000.0),
        ("CHF 500'000.-", 500_000.0),
        ("SFr. 20 000", 20_000.0),
    ):
        amount = parse_amount(text)
        assert (amount.value, amount.currency) == (value, "CHF")


def test_an_amount_in_hryvnia_beside_the_partners_currency_gives_way_to_it(tmp_path):
    head = ["Project", "Start", "End", "Amount, UAH", "Rate, UAH/EUR", "Amount, EUR"]
    result = _workbook(
        tmp_path,
        {"EUD": [head, ["Crossing point", D(2021, 1, 1), D(2021, 12, 31), 3_300_000, 33, 100_000]]},
        "eu.xlsx",
    )
    assert (result.projects["amount"].tolist(), result.projects["currency"].tolist()) == ([100_000], ["EUR"])
    said = result.issues[result.issues["message"].str.contains("give an amount in")]
    assert said["message"].str.contains("'Amount, EUR' was used").all() and len(said) == 1


def test_a_column_saying_it_is_an_equivalent_is_the_conversion(tmp_path):
    head = ["Project", "Start", "End", "Сума, грн", "Еквівалент, USD"]
    result = _workbook(
        tmp_path,
        {"МВС": [head, ["Обладнання", D(2021, 1, 1), D(2021, 12, 31), 2_700_000, 100_000]]},
        "usa.xlsx",
    )
    assert (result.projects["amount"].tolist(), result.projects["currency"].tolist()) == (
        [2_700_000],
        ["UAH"],
    )


def test_a_column_whose_amounts_are_found_by_content_keeps_the_currency_of_its_header():
    rows = [
        ["Activity", "Beneficiary", "Allocated so far, USD"],
        ["Radios for patrols", "NPU", 1_000_000],
        ["Boats for the border guards", "SBGS", 250_000],
        ["Cars for the migration service", "SMS", 300_000],
    ]
    assert match_field("Allocated so far, USD").field is None  # the header names no field, only a currency
    header = read_header(rows)
    assert header.fields()["amount"] == 2
    assert header.columns[2].currency == "USD"


# ------------------------------------------------------------------------------------------------- titles


def test_a_title_wrapping_onto_the_next_row_is_joined_and_a_heading_is_not(tmp_path):
    head = ["Activity", "Beneficiary", "Start", "End", "Total estimated cost, USD"]
    result = _workbook(
        tmp_path,
        {
            "USAID": [
                head,
                ["Countering trafficking in persons: victim identification and", "NPU", D(2021, 1, 1),
                 D(2021, 12, 31), 730_000],
                ["reintegration support with the National Police"],  # small letter: the title goes on
                ["Border projects"],  # a capital: a heading, as before
                ["Mobile patrols", "SBGS", D(2021, 1, 1), D(2021, 12, 31), 100_000],
            ]
        },
        "usaid.xlsx",
    )  # fmt: skip
    titles = result.projects["title"].tolist()
    assert titles == [
        "Countering trafficking in persons: victim identification and reintegration support with the National Police",
        "Mobile patrols",
    ]
    assert result.projects["currency"].tolist() == ["USD", "USD"]
    messages = result.issues.set_index("row")["message"]
    assert "read as the rest of that title" in messages[3]
    assert "taken as a section heading" in messages[4]


def test_contribution_as_the_partners_word_for_its_projects(tmp_path):
    head = ["Contribution", "Beneficiary", "Agreement start", "Agreement end", "Budget, SEK", "Status"]
    result = _workbook(
        tmp_path,
        {
            "Ongoing": [
                ["Sida – contributions to the MIA sector"],
                head,
                ["Mobile surveillance equipment", "SBGS", D(2021, 1, 1), D(2021, 12, 31), 1_000_000, "signed"],
                ["Police response to domestic violence", "NPU", D(2021, 1, 1), D(2021, 12, 31), 500_000, "signed"],
            ],
            "Pipeline": [
                ["Contribution", "Victim identification", "Canine units"],
                ["Beneficiary", "NPU", "NPU"],
                ["Planned start", D(2021, 7, 1), D(2021, 1, 1)],
                ["Planned end", D(2021, 12, 31), D(2021, 12, 31)],
                ["Indicative budget, SEK", 200_000, 300_000],
                ["Status", "in negotiation", "in negotiation"],
            ],
        },
        "sida.xlsx",
    )  # fmt: skip
    projects = result.projects.set_index("title")
    assert sorted(projects.index) == [
        "Canine units",
        "Mobile surveillance equipment",
        "Police response to domestic violence",
        "Victim identification",
    ]
    assert set(projects["partner"]) == {"Sweden"}
    assert projects.loc["Mobile surveillance equipment", "amount"] == 1_000_000
    assert projects.loc["Victim identification", "end_date"] == "2021-12-31"
    assert projects["status"].to_dict() == {
        "Mobile surveillance equipment": "approved",
        "Police response to domestic violence": "approved",
        "Victim identification": "planned",
        "Canine units": "planned",
    }


def test_texts_under_an_amount_label():
    assert titles_not_money(["Mobile surveillance equipment", "Police response to domestic violence"])
    assert not titles_not_money(["1 250 000", "EUR 300 000"])
    assert not titles_not_money([1_000_000, "Radios for patrols"])  # a number among them: money
    assert not titles_not_money(["Radios"])  # one word: a code or a note, not a title


# ------------------------------------------------------------------------------------------------ statuses


@pytest.mark.parametrize(
    ("word", "status"),
    [
        ("signed", "approved"),
        ("підписано", "approved"),
        ("contract signed", "approved"),
        ("not signed", "planned"),
        ("in negotiation", "planned"),
        ("на стадії підписання", "planned"),
        ("на стадии подписания", "planned"),
        ("реалізовано", "completed"),
        ("реалізується", "ongoing"),
    ],
)
def test_status_words_of_agreements(word, status):
    assert parse_status(word) == status


@pytest.mark.parametrize("label", ["Planned end", "Agreement end", "Project end", "end of project"])
def test_end_date_labels_of_more_than_one_word(label):
    assert match_field(label).field == "end_date"


# ------------------------------------------------------------------------------------------ found by set N


def test_a_period_header_over_two_columns_of_dates_without_a_merge(tmp_path):
    head = ["No.", "Project\ntitle", "Implementation\nperiod", None, "Total budget\n(GBP)"]
    result = _workbook(
        tmp_path,
        {"UK return": [head, [1, "Financial investigations", D(2021, 4, 1), D(2022, 3, 31), 365_000]]},
        "uk.xlsx",
    )
    projects = result.projects
    assert (projects["start_date"].tolist(), projects["end_date"].tolist()) == (
        ["2021-04-01"],
        ["2022-03-31"],
    )
    assert not result.issues["severity"].eq("error").any()


def test_a_remark_contradicting_the_status_or_moving_the_dates_is_said(tmp_path):
    head = ["Project", "Start", "End", "Budget, EUR", "Status", "Comment"]
    result = _workbook(
        tmp_path,
        {
            "Return": [
                head,
                ["Modern slavery teams", D(2021, 1, 1), D(2021, 12, 31), 600_000, "ongoing", "cancelled in May 2021"],
                ["Custody visitors", D(2021, 7, 1), D(2021, 12, 31), 146_000, "ongoing", "moved to 2022"],
                ["Mobile stations", D(2021, 1, 1), D(2021, 12, 31), 220_000, "cancelled", "cancelled in May"],
            ]
        },
        "uk.xlsx",
    )  # fmt: skip
    warned = result.issues[result.issues["severity"].eq("warning")].set_index("row")
    assert "was withdrawn or cancelled after its status cell ('ongoing')" in warned.loc[2, "message"]
    assert "says the project's dates moved" in warned.loc[3, "message"]
    assert 4 not in warned.index  # the status cell says what the remark says
    # the cancellation the remark tells is newer than the status cell (blind sets N, AA, AO): not counted
    assert _funding(result, "Modern slavery teams") == (0, 0)


def test_a_sub_row_per_year_under_a_project_gives_its_years(tmp_path):
    head = ["№", "Назва проєкту", "Бенефіціар", "Початок", "Завершення", "Бюджет, EUR"]
    result = _workbook(
        tmp_path,
        {
            "Дані": [
                head,
                [1, "Поліція діалогу", "НПУ", D(2021, 4, 1), D(2023, 3, 31), 900_000],
                [None, "2021: 250 000"],
                [None, "2022: 450 000"],
                [None, "2023: 200 000"],
                [2, "Мобільні групи", "НПУ", D(2021, 1, 1), D(2021, 12, 31), 180_000],
                [None, "Проєкти ДПСУ"],  # a heading, not a year's part
            ]
        },
        "giz.xlsx",
    )
    projects = result.projects.set_index("title")
    assert projects.loc["Поліція діалогу", "yearly_amounts"] == "2021=250000;2022=450000;2023=200000"
    assert "amount_2022=B4" in projects.loc["Поліція діалогу", "source_cells"]
    assert _funding(result, "Поліція діалогу") == (250_000, 0)
    assert len(projects) == 2


def test_more_names_of_partners_and_agencies():
    from mtd_analysis.ingest.values import parse_beneficiaries

    assert canonical_partner("ВБ") == "World Bank"
    assert parse_beneficiaries("ГСЦ МВС") == (["MIA"], [])


# ------------------------------------------------------------------- found by a review of the rules above


@pytest.mark.parametrize(
    ("word", "status"),
    [
        ("Designed", "designed"),  # no status word: kept as written, and warned
        ("Consultant assigned", "consultant assigned"),
        ("Resigned", "resigned"),
        ("Unsigned", "planned"),
        ("to be signed", "planned"),
        ("готується до підписання", "planned"),
        ("непідписаний", "planned"),
        ("Реалізовано частково", "ongoing"),
        ("partially completed", "ongoing"),
        ("Renegotiation of the amendment", "renegotiation of the amendment"),
    ],
)
def test_words_that_only_contain_a_status_word(word, status):
    assert parse_status(word) == status


def test_the_file_names_the_partner_before_its_sheets_do_and_a_disagreement_is_said(tmp_path):
    head = ["Project", "Start", "End", "Budget, EUR"]
    result = _workbook(
        tmp_path,
        {
            "UNDP": [head, ["Rule of law", D(2021, 1, 1), D(2021, 12, 31), 900_000]],
            "IOM": [head, ["Migration management", D(2021, 1, 1), D(2021, 12, 31), 700_000]],
        },
        "EU_delegation_by_implementer.xlsx",
    )
    assert set(result.projects["partner"]) == {"EU"}
    said = result.issues[result.issues["message"].str.contains("is named after a partner", regex=False)]
    assert sorted(said["sheet"]) == ["IOM", "UNDP"] and said["severity"].eq("warning").all()


def test_possessives_adjectives_and_short_names():
    assert partner_in_text("Sida's support to the Ministry of Internal Affairs") == "Sweden"
    assert partner_in_text("USAID’s activities") == "USAID"
    assert partner_in_text("Austrian Development Agency") == "Austria"
    assert partner_in_text("Перелік проєктів МТД") is None  # not Peru
    assert partner_in_text("Посольства Польщі") == "Poland" and partner_in_text("Уряду Литви") == "Lithuania"


def test_a_units_row_disagreeing_with_the_header_is_not_applied_and_said():
    rows = [["Title", "Budget, EUR", "Start"], [None, "тис. грн", "dd.mm.yyyy"], ["Radios", 500_000, "2021"]]
    header = read_header(rows)
    assert (header.columns[1].currency, header.columns[1].scale) == ("EUR", 1.0)
    assert any(
        severity == "warning" and "units its header does not" in text for severity, _, text in header.findings
    )


def test_a_currency_alone_under_the_titles_is_no_units_row():
    rows = [["Title", "Budget", "Start"], ["EUR", None, None], ["Radios", 500_000, "2021"]]
    assert read_header(rows).row == 0


def test_an_amount_at_a_rate_or_for_reference_is_the_conversion(tmp_path):
    head = ["Назва", "Початок", "Кінець", "Вартість, грн", "Вартість, дол. США (довідково, за курсом НБУ)"]
    result = _workbook(
        tmp_path,
        {"ДСНС": [head, ["Пожежне депо", D(2021, 1, 1), D(2021, 12, 31), 27_000_000, 1_000_000]]},
        "dsns.xlsx",
    )
    assert (result.projects["amount"].tolist(), result.projects["currency"].tolist()) == (
        [27_000_000],
        ["UAH"],
    )


def test_remarks_under_an_amount_label_are_no_titles():
    assert not titles_not_money(["in kind contribution", "not applicable"])
    assert not titles_not_money(["Co-funding", "Co-funding", "Co-funding"])  # titles differ
    assert titles_not_money(["Mobile units", "Mobile units", "Custody records"])  # a row pasted twice


def test_a_lowercase_row_joins_the_title_only_where_the_title_is_cut_short(tmp_path):
    head = ["Project", "Start", "End", "Budget, EUR"]
    result = _workbook(
        tmp_path,
        {
            "EU": [
                head,
                ["Police reform", D(2021, 1, 1), D(2021, 12, 31), 300_000],
                ["capacity building of the patrol police in 5 oblasts."],  # a description line
                ["iPads for patrol police", D(2021, 1, 1), D(2021, 12, 31), 100_000],
                ["mHealth for emergency service"],  # a name written small first
                ["Support to the border guards in"],
                ["в т.ч. закупівля транспортних засобів"],  # a component marker
            ]
        },
        "eu.xlsx",
    )
    assert result.projects["title"].tolist()[:2] == ["Police reform", "iPads for patrol police"]
    assert not result.issues["message"].str.contains("read as the rest of that title", regex=False).any()


def test_francs_only_before_a_figure_and_month_year_codes_are_codes():
    from mtd_analysis.ingest.columns import content_role
    from mtd_analysis.ingest.values import currency_in_text

    assert currency_in_text("Funding fr. 2021") is None
    assert match_field("Budget (incl. Fr. share), EUR").currency == "EUR"
    assert content_role(["03/19", "11/20", "07/21"]).field == "project_id"  # references, not months
    with pytest.raises(ValueError, match="not understood"):
        parse_period("10/12")  # October 2012 is no project's month: an error, not a date


# ------------------------------------------------------------------------------------------ found by set O


def test_a_total_with_a_years_part_in_one_cell(tmp_path):
    head = ["Action", "Start", "End", "EU contribution (EUR)"]
    result = _workbook(
        tmp_path,
        {
            "Actions 2021": [
                head,
                ["Waiting times at border crossings", D(2021, 3, 1), D(2022, 12, 31), "EUR 400 000 (of which 2021: 150 000)"],
            ]
        },
        "actions.xlsx",  # the file names no partner: the money's header does
    )  # fmt: skip
    project = result.projects.iloc[0]
    assert (project["title"], project["partner"], project["amount"]) == (
        "Waiting times at border crossings",
        "EU",
        400_000,
    )
    assert "2021=150000" in project["yearly_amounts"]
    assert _funding(result, "Waiting times at border crossings") == (150_000, 0)
    assert not result.issues["severity"].eq("error").any()


@pytest.mark.parametrize(
    "cell",
    [
        "EUR 400 000, of which 2021: 150 000",
        "400 000 евро, в т.ч. на 2021 г. — 150 000 евро",  # a memo's budget line (blind set BE, file 3)
        "400 000 EUR; у тому числі у 2021 році – 150 000",
    ],
)
def test_a_total_with_a_years_part_after_a_comma(tmp_path, cell):
    head = ["Action", "Start", "End", "EU contribution (EUR)"]
    rows = [head, ["Waiting times at border crossings", D(2021, 3, 1), D(2022, 12, 31), cell]]
    result = _workbook(tmp_path, {"Actions 2021": rows}, "actions.xlsx")
    project = result.projects.iloc[0]
    assert (project["amount"], project["currency"]) == (400_000, "EUR")
    assert "2021=150000" in project["yearly_amounts"]
    assert _funding(result, "Waiting times at border crossings") == (150_000, 0)
    assert not result.issues["severity"].eq("error").any()


def test_an_agreement_partner_column_names_the_implementer(tmp_path):
    head = ["Project", "Agreement partner", "Beneficiary", "Start", "End", "Amount (NOK)"]
    result = _workbook(
        tmp_path,
        {
            "Norway MFA": [
                ["Royal Norwegian Embassy in Kyiv – grants to the MIA sector"],
                head,
                ["Humanitarian demining", "Norwegian People's Aid", "SESU", D(2021, 1, 1), D(2021, 12, 31), 5_000_000],
            ]
        },
        "grants.xlsx",
    )  # fmt: skip
    project = result.projects.iloc[0]
    assert (project["partner"], project["implementer"]) == ("Norway", "Norwegian People's Aid")


@pytest.mark.parametrize(
    ("word", "status"),
    [
        ("Pending Award", "planned"),
        ("Concept note stage", "planned"),
        ("Closing", "ongoing"),
        ("Agreement signed", "approved"),
        ("Completed (final report pending)", "completed"),
    ],
)
def test_status_words_of_grants(word, status):
    assert parse_status(word) == status


def test_a_guard_is_not_custody_and_drug_addiction_is_drugs():
    from mtd_analysis.analysis.priorities import priority_scores

    def top(title):
        scores = priority_scores(title)
        return scores["priority_code"].iloc[0] if len(scores) else None

    assert top("Обмін досвідом з протидії нелегальній міграції між Прикордонною вартою Польщі та ДПСУ") == (
        "ILLEGAL_MIGRATION"
    )
    assert top("Облік осіб, які тримаються під вартою") == "CUSTODY"
    assert top("Учет лиц, содержащихся под стражей") == "CUSTODY"
    assert top("Профилактика наркомании среди подростков") == "DRUGS"
    assert top("Drug use prevention in schools") == "DRUGS"


# ------------------------------------------------------------------ found by a review of set N's rules


def test_a_year_line_must_be_a_bare_amount_within_the_project(tmp_path):
    head = ["№", "Project", "Start", "End", "Budget, EUR"]
    result = _workbook(
        tmp_path,
        {
            "GIZ": [
                head,
                [1, "Community policing", D(2021, 1, 1), D(2022, 12, 31), 600_000],
                [None, "2021: 15 vehicles delivered"],  # a count, not money
                [None, "2021: 40%"],
                [None, "2022-2023"],  # a heading of years
                [2, "Cyber police lab", D(2021, 1, 1), D(2022, 12, 31), 900_000],
                [None, "2021: 250 000"],
                [None, "2024: 350 000"],  # outside the project's years
            ]
        },
        "giz.xlsx",
    )
    projects = result.projects.set_index("title")
    assert pd.isna(projects.loc["Community policing", "yearly_amounts"])
    assert projects.loc["Cyber police lab", "yearly_amounts"] == "2021=250000"
    headings = result.issues[result.issues["message"].str.contains("taken as a section heading", regex=False)]
    assert sorted(headings["row"]) == [3, 4, 5, 8]


def test_a_period_pair_needs_free_start_and_end_and_dates_in_order():
    from mtd_analysis.ingest.columns import read_header

    signature = [
        ["Project", "Period", None, "End", "Budget, EUR"],
        ["Border surveillance", D(2021, 1, 1), D(2020, 11, 20), D(2021, 12, 31), 500_000],
    ]
    fields = read_header(signature).fields()
    assert fields.get("end_date") == 3  # the labelled end stays the end; the unnamed date is no end
    pair = [["Project", "Period", None, "Budget, EUR"], ["Border", D(2021, 1, 1), D(2021, 12, 31), 5]]
    assert (read_header(pair).fields()["start_date"], read_header(pair).fields()["end_date"]) == (1, 2)


def test_contribution_titles_survive_a_title_with_a_remark_word_and_phases():
    assert titles_not_money(["In-kind donation of fire trucks to the SES", "Mobile surveillance equipment"])
    assert titles_not_money(["Phase 1 units", "Phase 1 units", "Phase 2 units", "Phase 2 units"])


def test_swiss_francs_in_a_header_or_after_the_figure():
    assert match_field("Budget, Fr.").currency == "CHF"
    amount = parse_amount("500'000 Fr.")
    assert (amount.value, amount.currency) == (500_000.0, "CHF")


def test_common_words_and_internal_security_are_no_partners():
    assert partner_in_text("Projects implemented through regional offices of the SES") is None
    assert partner_in_text("guineas and jerseys for Americans") is None
    assert partner_in_text("Проєкти МТД для Управління ВБ Національної поліції") is None
    assert canonical_partner("ВБ") == "World Bank"  # as a whole cell, in a donor column
    assert canonical_partner("Дані") == "Дані"  # "data", not Denmark
    assert canonical_partner("Данії") == "Denmark"


@pytest.mark.parametrize(
    ("word", "status"),
    [
        ("Partially funded, rest in pipeline", "planned"),
        ("частково профінансовано, решта на розгляді", "planned"),
        ("в процесі підписання", "planned"),
        ("awaiting signature", "planned"),
        ("partially completed", "ongoing"),
    ],
)
def test_partly_done_and_waiting_for_signature(word, status):
    assert parse_status(word) == status


def test_remarks_about_a_part_or_a_place_are_not_said(tmp_path):
    head = ["Project", "Start", "End", "Budget, EUR", "Status", "Comment"]
    remarks = [
        "not cancelled, continues as planned",
        "tender cancelled and re-announced",
        "next phase under preparation",
        "extended to the whole oblast",
        "trainings moved to online format",
        "budget amendment not yet signed",
        "start postponed to 2022",  # this one is said
    ]
    rows = [
        [f"Project {i}", D(2021, 1, 1), D(2021, 12, 31), 1000, "ongoing", r] for i, r in enumerate(remarks)
    ]
    result = _workbook(tmp_path, {"UK": [head, *rows]}, "uk.xlsx")
    said = result.issues[result.issues["message"].str.contains("the remark", regex=False)]
    assert said["row"].tolist() == [8]


def test_a_coordinators_workbook_takes_its_sheets_partners(tmp_path):
    head = ["Project", "Start", "End", "Budget, EUR"]
    result = _workbook(
        tmp_path,
        {
            "Norway": [head, ["Police reform", D(2021, 1, 1), D(2021, 12, 31), 100_000]],
            "Japan": [head, ["Demining kits", D(2021, 1, 1), D(2021, 12, 31), 300_000]],
        },
        "EUAM_donor_coordination_matrix.xlsx",
    )
    assert result.projects.set_index("title")["partner"].to_dict() == {
        "Police reform": "Norway",
        "Demining kits": "Japan",
    }


# ------------------------------------------------------------------------------------------ found by set P


def test_a_remark_giving_a_years_part_is_read_and_date_words_in_a_units_row(tmp_path):
    head = ["№", "Назва проєкту", "Бюджет", "Початок", "Завершення", "Примітка"]
    result = _workbook(
        tmp_path,
        {
            "Польща": [
                head,
                [None, None, "PLN", "дата", "дата", None],
                [1, "Відеоспостереження в ІТТ", 480_000, "01.07.2021", "30.06.2023", "у т.ч. на 2021 рік – 120 000 PLN"],
            ]
        },
        "poland.xlsx",
    )  # fmt: skip
    assert result.projects["currency"].tolist() == ["PLN"]
    assert not result.issues["severity"].eq("error").any()
    # the remark's 2021 part is read (round 43): the rest, 360 000, by days over 2022 (365) and 2023 (181 of 546)
    assert result.projects["yearly_amounts"].tolist() == ["2021=120000;2022=240659.34;2023=119340.66"]
    said = result.issues[result.issues["message"].str.contains("gives the 2021 part", regex=False)]
    assert said["column"].tolist() == ["F3"]


@pytest.mark.parametrize(
    ("word", "status"),
    [
        ("подан на рассмотрение (не утверждён)", "planned"),
        ("стартовал", "ongoing"),
        ("not started", "planned"),
    ],
)
def test_russian_statuses_of_a_start_and_a_submission(word, status):
    assert parse_status(word) == status
