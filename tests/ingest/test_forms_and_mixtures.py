"""Form exports and files mixing layouts (blind set Y): a form's response per row (a timestamp, a test response, an
answer sent again), questions as headers, titles wrapped onto the next row, periods with their duration said,
status abbreviations with footnote marks, a sheet per year, donors named by country code and official word."""

from __future__ import annotations

import csv
import datetime as dt

import pandas as pd
import pytest
from openpyxl import Workbook

from mtd_analysis.build import build
from mtd_analysis.ingest.columns import content_role, match_field
from mtd_analysis.ingest.partners import canonical_partner, partner_shares
from mtd_analysis.ingest.values import parse_currency, parse_period, parse_status


def _build(tmp_path, sheets: dict[str, list], name: str = "return.xlsx"):
    raw = tmp_path / "raw"
    raw.mkdir()
    if name.endswith(".csv"):
        with open(raw / name, "w", newline="", encoding="utf-8") as fh:
            csv.writer(fh).writerows(next(iter(sheets.values())))
    else:
        wb = Workbook()
        wb.remove(wb.active)
        for title, rows in sheets.items():
            ws = wb.create_sheet(title)
            for row in rows:
                ws.append(row)
        wb.save(raw / name)
    return build(raw, tmp_path / "out", year=2021)


def _by_title(result) -> dict[str, dict]:
    return {r["title"]: r for r in result.projects.to_dict("records")}


FORM = [
    [
        "Timestamp",
        "Email address",
        "What is the project title?",
        "Total amount of the project",
        "Currency of the grant",
        "Implementation period",
        "Current status of the project",
        "Any comments?",
    ],
    ["15.11.2021 09:02:11", "a@sida.se", "test", "", "", "", "", "тест"],
    ["16.11.2021 10:05:52", "e@sida.se", "Border guards against trafficking", "4 000 000", "SEK", "2021-2023 (36 months)", "ongoing", ""],
    ["17.11.2021 14:13:44", "a@sida.se", "Protective suits for border guards (COVID-19)", "180 000", "USD", "May–Nov 2020", "completed", ""],
    ["18.11.2021 08:55:01", "e@sida.se", "Border guards against trafficking", "4 800 000", "SEK", "2021-2023 (36 months)", "ongoing", "Corrects my answer of 16 Nov"],
]  # fmt: skip


def test_a_forms_export_counts_the_latest_answer_once_and_no_test_response(tmp_path):
    result = _build(tmp_path, {"Form Responses 1": FORM}, "Sida survey (Responses).csv")
    projects = _by_title(result)
    # the test response is no project; the answer sent twice is one project, with the later answer's amount
    assert sorted(projects) == [
        "Border guards against trafficking",
        "Protective suits for border guards (COVID-19)",
    ]
    again = projects["Border guards against trafficking"]
    assert again["amount"] == 4_800_000 and again["source_row"] == 5
    # the form's timestamps are no project dates: the period column gives them
    assert (again["start_date"], again["end_date"]) == ("2021-01-01", "2023-12-31")
    covid = projects["Protective suits for border guards (COVID-19)"]
    assert (covid["start_date"], covid["end_date"]) == ("2020-05-01", "2020-11-30")
    assert covid["status"] == "completed"
    messages = " | ".join(result.issues["message"])
    assert (
        "row 3 is an earlier response of the form" in messages
        and "row 5, sent later, replaces it" in messages
    )
    assert "row 2 is a test of the form" in messages
    # the comments column is no date: no error about 'Corrects my answer…'
    assert not result.issues["message"].str.contains("is not a date").any()


def test_ms_forms_start_and_completion_times_are_not_project_dates(tmp_path):
    rows = [
        ["ID", "Start time", "Completion time", "Email", "Назва проєкту", "Загальна сума проєкту та валюта", "Період реалізації"],
        [1, dt.datetime(2021, 11, 15, 9, 10), dt.datetime(2021, 11, 15, 9, 11), "o@iom.int", "тестова відповідь", None, None],
        [2, dt.datetime(2021, 11, 17, 15, 40), dt.datetime(2021, 11, 17, 15, 48), "o@iom.int", "Протидія нелегальній міграції: пункти тимчасового перебування", "3,65 млн грн", "12 місяців з 01.07.2021"],
    ]  # fmt: skip
    result = _build(tmp_path, {"Sheet1": rows}, "IOM_survey.xlsx")
    assert list(result.projects["title"]) == ["Протидія нелегальній міграції: пункти тимчасового перебування"]
    project = result.projects.iloc[0]
    assert (project["start_date"], project["end_date"]) == ("2021-07-01", "2022-06-30")
    assert project["amount"] == 3_650_000 and project["currency"] == "UAH"


@pytest.mark.parametrize(
    ("label", "field"),
    [
        ("Any comments?", "ignore"),  # not "commencement" (a start date)
        ("Current status of the project", "status"),  # not "currency"
        ("Timestamp", "submitted"),
        ("Позначка часу", "submitted"),
        ("Funds in 2021, USD", "yearly"),  # not "funder" (the partner)
        ("Кошти у 2021 р., дол. США / Funds in 2021, USD", "yearly"),
        ("Co-funding amount", "ignore"),
    ],
)
def test_form_and_bilingual_headers(label, field):
    assert match_field(label).field == field


def test_a_title_wrapped_onto_the_next_row_is_joined(tmp_path):
    rows = [
        ["No.", "Title of the action", "Donor", "Beneficiary", "Period", "Budget, EUR"],
        [1, "Community Policing: Training for Police Officers of", "EU", "NPU", "2021", 100_000],
        [None, "Communities in Zhytomyr Oblast"],  # title case after a title cut short on "of"
        [2, "Community Safety: Local Safety Councils", "EU", "NPU", "2021", 50_000],
        [None, "in Kharkiv and Sumy Oblasts"],  # a whole title going on with a linking word
        [None, "Border Security"],  # a heading: neither cut short above nor linked
        [3, "Surveillance on the green border", "EU", "SBGS", "2021", 70_000],
    ]
    projects = _by_title(_build(tmp_path, {"Actions": rows}))
    assert sorted(projects) == [
        "Community Policing: Training for Police Officers of Communities in Zhytomyr Oblast",
        "Community Safety: Local Safety Councils in Kharkiv and Sumy Oblasts",
        "Surveillance on the green border",
    ]


def test_a_sheet_per_year_with_a_funds_column_and_a_bare_year_in_the_period(tmp_path):
    header = [
        "№",
        "Назва проєкту / Project title",
        "Отримувач / Beneficiary",
        "Термін / Duration",
        "Статус / Status",
    ]

    def sheet(year, rows):
        return [
            [
                *header,
                f"Кошти у {year} р., дол. США / Funds in {year}, USD",
                "Загальний бюджет, дол. США / Total budget, USD",
            ],
            *rows,
        ]

    sheets = {
        "2020": sheet(2020, [[1, "Поліція громади в Донецькій області", "НПУ", "2020–2022", "вик.", "400 000", "1 550 000"]]),
        "2021": sheet(2021, [
            [1, "Поліція громади в Донецькій області", "НПУ", "2020–2022", "вик.", "650 000", "1 550 000"],
            [2, "Тепловізійні камери для прикордонних застав", "ДПСУ", "2021", "скас.", "500 000", "500 000"],
            [3, "Журнал обліку затриманих в ІТТ", "НПУ", "02.2021–01.2022", "вик.", "250 000", "270 000"],
        ]),
        "2022": sheet(2022, [[1, "Поліція громади в Донецькій області", "НПУ", "2020–2022", "вик.", "500 000", "1 550 000"]]),
    }  # fmt: skip
    result = _build(tmp_path, sheets, "UNDP_2020-2022.xlsx")
    projects = _by_title(result)
    assert len(projects) == 3  # the same project on each year's sheet is one project
    police = projects["Поліція громади в Донецькій області"]
    years = dict(part.split("=") for part in police["yearly_amounts"].split(";"))
    assert years == {"2020": "400000", "2021": "650000", "2022": "500000"}
    assert police["status"] == "ongoing"
    assert projects["Тепловізійні камери для прикордонних застав"]["status"] == "cancelled"
    custody = projects["Журнал обліку затриманих в ІТТ"]
    assert (custody["start_date"], custody["end_date"]) == ("2021-02-01", "2022-01-31")


def test_periods_with_their_duration_said():
    assert parse_period("2021-2023 (36 months)") == (dt.date(2021, 1, 1), dt.date(2023, 12, 31))
    assert parse_period("12 місяців з 01.07.2021") == (dt.date(2021, 7, 1), dt.date(2022, 6, 30))
    assert parse_period("24 months from March 2021") == (dt.date(2021, 3, 1), dt.date(2023, 2, 28))
    assert parse_period("03.2021–02.2023 (24 міс.)") == (dt.date(2021, 3, 1), dt.date(2023, 2, 28))


def test_status_abbreviations_and_footnote_marks():
    assert parse_status("отм.**") == "cancelled"
    assert parse_status("вик.") == parse_status("вып.") == "ongoing"
    assert parse_status("підп.") == "approved"
    assert parse_status("Completed*") == "completed"


def test_donors_named_by_a_country_code_and_an_official_word():
    assert canonical_partner("NL MFA") == "Netherlands"
    assert canonical_partner("DE Embassy") == "Germany"
    assert canonical_partner("XY MFA") == "XY MFA"  # no partner has that code: kept as written
    assert partner_shares("EU 90% / CoE 10% (Partnership for Good Governance)") == [
        ("EU", 90.0),
        ("Council of Europe", 10.0),
    ]


def test_currencies_in_words_of_every_case():
    assert parse_currency("шведські крони") == "SEK"
    assert parse_currency("норвежских крон") == "NOK"
    assert parse_currency("данські крони") == "DKK"


def test_a_year_alone_among_periods_is_a_period():
    assert content_role(["2020–2022", "02.2021–01.2022", "2021"]).agree == 3


def test_responses_about_different_projects_are_all_kept(tmp_path):
    """A joint programme's implementers, a purchase for each agency, a project's years: not answers sent again."""
    rows = [
        ["Timestamp", "Implementing organisation", "Donor", "Project title", "Beneficiary", "Year", "Budget (USD)", "Period"],
        ["15.11.2021 09:02:11", "UNDP", "EU", "UN Recovery Programme", "NPU", "", "4 000 000", "2021-2022"],
        ["15.11.2021 10:02:11", "UN Women", "EU", "UN Recovery Programme", "NPU", "", "1 000 000", "2021-2022"],
        ["16.11.2021 09:00:00", "UNDP", "Japan", "Equipment", "НПУ", "", "2 000 000", "2021"],
        ["16.11.2021 09:05:00", "UNDP", "Japan", "Equipment", "ДСНС", "", "3 500 000", "2021"],
        ["17.11.2021 11:00:00", "GIZ", "Germany", "Border management reform", "SBGS", "2021", "400 000", "2021-2022"],
        ["17.11.2021 11:01:00", "GIZ", "Germany", "Border management reform", "SBGS", "2022", "600 000", "2021-2022"],
    ]  # fmt: skip
    result = _build(tmp_path, {"Form Responses 1": rows}, "responses.xlsx")
    # five projects: the programme's two implementers, the equipment for each agency, the reform's two years
    assert sorted(result.projects["amount"]) == [1_000_000, 1_000_000, 2_000_000, 3_500_000, 4_000_000]
    assert not result.issues["message"].str.contains("earlier response").any()


def test_a_response_time_no_date_parser_reads_costs_nothing(tmp_path):
    rows = [
        ["Timestamp", "Project title", "Budget (USD)", "Period"],
        ["2021/11/15 9:12:40 AM GMT+2", "Mobile police stations", "300 000", "2021"],
        ["2021/11/16 9:12:40 AM GMT+2", "Community security", "1 200 000", "2021-2022"],
        ["2021/11/17 1:12:40 PM GMT+2", "Community security", "1 450 000", "2021-2023"],
    ]
    result = _build(tmp_path, {"Form": rows}, "UNDP_form.csv")
    # the responses are in the order they were sent: the last one about a project is the project
    assert sorted(result.projects["amount"]) == [300_000, 1_450_000]


def test_start_and_completion_times_holding_dates_alone_are_a_projects_dates(tmp_path):
    rows = [
        ["No", "Project", "Donor", "Budget, EUR", "Start time", "Completion time"],
        [1, "Support to the National Police reform", "EU", 2_000_000, dt.datetime(2020, 3, 1), dt.datetime(2022, 2, 28)],
        [2, "Demining equipment for SES", "Japan", 1_500_000, dt.datetime(2021, 6, 1), dt.datetime(2022, 12, 31)],
    ]  # fmt: skip
    projects = _by_title(_build(tmp_path, {"Projects": rows}))
    assert projects["Demining equipment for SES"]["start_date"] == "2021-06-01"
    assert projects["Demining equipment for SES"]["end_date"] == "2022-12-31"


def test_a_note_under_a_whole_title_is_not_joined_to_it(tmp_path):
    rows = [
        ["Назва проєкту", "Донор", "Сума, грн", "Період"],
        ["Підтримка ювенальної поліції", "ЄС", 1_000_000, "2021"],
        ["у 2022 р. планується продовження"],
        ["Підтримка ДСНС", "Японія", 900_000, "2021"],
        ["на стадії погодження з МВС"],
        ["Навчання прикордонників", "ЄС", 3_000_000, "2021"],
    ]
    projects = _by_title(_build(tmp_path, {"Аркуш1": rows}))
    assert sorted(projects) == ["Навчання прикордонників", "Підтримка ДСНС", "Підтримка ювенальної поліції"]


# --- blind set Z: facts and money apart, timelines, bilingual halves


def test_a_budget_sheet_joined_to_the_projects_sheet_by_code(tmp_path):
    sheets = {
        "Projects": [
            ["Project code", "Project title", "Beneficiary", "Start date", "End date", "Status"],
            ["EU-1", "Custody records in temporary detention facilities", "NPU", "2021-01-01", "2022-12-31", "Ongoing"],
            ["EU-2", "Green border surveillance", "SBGS", "2020-07-01", "2022-06-30", "Ongoing"],
        ],
        "Budget": [
            ["Code", "Budget line", "Year", "Amount (EUR '000)"],
            ["EU-2", "Equipment", "2021", "500"],
            ["EU-2", "Training", "2021", "150"],
            ["EU-2", "Equipment", "2022", "250"],
            ["EU-1", "Grant (total)", "2021", "600"],
            ["EU-1", "Grant (total)", "2022", "400"],
            ["TOTAL", None, None, "1900"],
        ],
    }  # fmt: skip
    result = _build(tmp_path, sheets, "EU_projects_and_budget.xlsx")
    projects = _by_title(result)
    assert sorted(projects) == [
        "Custody records in temporary detention facilities",
        "Green border surveillance",
    ]
    border = projects["Green border surveillance"]
    assert border["amount"] == 900_000 and border["currency"] == "EUR"
    assert dict(p.split("=") for p in border["yearly_amounts"].split(";")) == {
        "2021": "650000",
        "2022": "250000",
    }
    assert "'Budget'!" in border["source_cells"]  # the money's cells are named on their own sheet
    assert projects["Custody records in temporary detention facilities"]["amount"] == 1_000_000
    messages = " | ".join(result.issues["message"])
    assert "sheet 'Budget' gives the money of the projects of sheet 'Projects' by their codes" in messages
    assert "has no title" not in messages and "no amount" not in messages


def test_a_timeline_of_marked_months_gives_the_period(tmp_path):
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    wb_rows = [
        [None, None, None, "2021", *[None] * 11, "2022", *[None] * 11],
        ["No.", "Project", "Total budget, USD", *months, *months],
        ["1", "K-9 drug detection teams", "900000", *[None] * 6, *["x"] * 6, *["x"] * 6, *[None] * 6],
    ]
    raw = tmp_path / "raw"
    raw.mkdir()
    wb = Workbook()
    ws = wb.active
    ws.title = "Timeline"
    for row in wb_rows:
        ws.append(row)
    ws.merge_cells("D1:O1")
    ws.merge_cells("P1:AA1")
    wb.save(raw / "INL_timeline.xlsx")
    result = build(raw, tmp_path / "out", year=2021)
    project = result.projects.iloc[0]
    assert (project["start_date"], project["end_date"]) == ("2021-07-01", "2022-06-30")
    assert project["amount"] == 900_000
    assert not (result.issues["severity"] == "error").any()  # the marks are no amounts


@pytest.mark.parametrize(
    ("label", "field"),
    [
        ("Insats / Project", "title"),
        ("Slut / End", "end_date"),
        ("Totalt / Total", "amount"),
        ("NPU / SBGS", None),
    ],
)
def test_a_header_in_two_languages_is_read_by_the_half_that_names_a_field(label, field):
    assert match_field(label).field == field


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("250 000 + 30 000 top-up", 280_000),
        ("1 822 000\n(incl. 182 200 co-funding)", 1_822_000),
        ("500 000 (у т.ч. 50 000 співфінансування)", 500_000),
    ],
)
def test_amounts_added_or_including_a_part(text, value):
    from mtd_analysis.ingest.values import parse_amount

    assert parse_amount(text).value == value


def test_periods_without_a_year_take_the_year_of_the_title_rows(tmp_path):
    rows = [
        ["Global Affairs Canada: PSOPs plan for 2021"],
        [],
        ["No.", "Project", "Period", "Amount, original currency (CAD)", "Status"],
        ["1", "Domestic violence: police response training", "March–December", "400000", "Ongoing"],
        ["2", "Community policing: rural hromadas", "Q2–Q4", "750000", "Ongoing"],
        ["3", "Counter-trafficking: referral mechanism", "October – March 2022", "182000", "Ongoing"],
    ]
    projects = _by_title(_build(tmp_path, {"PSOPs plan": rows}, "GAC_plan.xlsx"))
    dates = {title: (p["start_date"], p["end_date"]) for title, p in projects.items()}
    assert dates == {
        "Domestic violence: police response training": ("2021-03-01", "2021-12-31"),
        "Community policing: rural hromadas": ("2021-04-01", "2021-12-31"),
        "Counter-trafficking: referral mechanism": (
            "2021-10-01",
            "2022-03-31",
        ),  # from October of the year before
    }


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("DKK 2 000 000 (≈ USD 318 000)", 2_000_000, "DKK"),
        ("275 000 + 25 000 (додаткове фінансування), DKK", 300_000, "DKK"),
        ("EUR 500 000 (еквівалент 16,5 млн грн)", 500_000, "EUR"),
    ],
)
def test_an_amount_beside_its_equivalent_or_a_top_up(text, value, currency):
    from mtd_analysis.ingest.values import parse_amount

    found = parse_amount(text)
    assert (found.value, found.currency) == (value, currency)


def test_a_period_extended_to_a_month():
    from mtd_analysis.ingest.layouts import extended_end

    assert extended_end("2021–2022\n(extended to 06.2023)") == dt.date(2023, 6, 30)


# --- the review of set Z's rules (each failed on the code before it)


@pytest.mark.parametrize(
    "text", ["250k + 30k", "1,5 млн + 300 тис.", "100 000 EUR + 50 000 USD", "500 000 + 2022"]
)
def test_amounts_added_only_when_plain(text):
    """Units or currencies in an "A + B" cell, or a year after the plus: an error (said), never a wrong sum."""
    from mtd_analysis.ingest.values import ValueProblem, parse_amount

    with pytest.raises(ValueProblem):
        parse_amount(text)


def _joined_workbook(tmp_path, budget_header, budget_rows, title_row=None, donor=None):
    projects = [["Code", "Title", *(["Donor"] if donor else []), "Start", "End", "Status"]]
    projects += [
        [
            "P-1",
            "Community policing in hromadas",
            *([donor] if donor else []),
            "2020-01-01",
            "2022-12-31",
            "Ongoing",
        ],
        [
            "P-2",
            "Border surveillance equipment",
            *([donor] if donor else []),
            "2020-01-01",
            "2021-12-31",
            "Ongoing",
        ],
    ]
    if title_row:
        projects = [[title_row], [], *projects]
    return _build(
        tmp_path, {"Projects": projects, "Budget": [budget_header, *budget_rows]}, "portfolio_2021.xlsx"
    )


def test_a_money_sheet_naming_no_partner_is_the_projects_partners_and_its_one_year_is_kept(tmp_path):
    result = _joined_workbook(
        tmp_path,
        ["Code", "Year", "Amount, EUR"],
        [["P-1", "2021", "300 000"], ["P-2", "2021", "150 000"]],
        title_row="Delegation of the European Union to Ukraine: home affairs portfolio",
    )
    projects = result.projects
    assert sorted(projects["partner"]) == ["EU", "EU"] and len(projects) == 2
    assert sorted(projects["yearly_amounts"]) == ["2021=150000", "2021=300000"]  # the year said, not spread


def test_a_funding_source_no_donor_is_the_projects_partners_and_ukraines_budget_no_aid(tmp_path):
    result = _joined_workbook(
        tmp_path,
        ["Code", "Funding source", "Year", "Amount, USD"],
        [
            ["P-1", "Core resources (TRAC)", "2021", "100 000"],
            ["P-1", "European Union", "2021", "300 000"],
            ["P-2", "Government of Ukraine (co-financing)", "2021", "50 000"],
            ["P-2", "Core resources (TRAC)", "2021", "150 000"],
        ],
        title_row="UNDP Ukraine: projects with the MIA",
    )
    money = {(r["partner"], r["title"]): r["amount"] for r in result.projects.to_dict("records")}
    assert money == {
        ("UNDP", "Community policing in hromadas"): 100_000,
        ("EU", "Community policing in hromadas"): 300_000,
        ("UNDP", "Border surveillance equipment"): 150_000,
    }
    assert result.issues["message"].str.contains("Ukraine's own budget: not international assistance").any()


def test_a_corrected_response_naming_more_agencies_replaces_the_first_and_time_orders_them(tmp_path):
    rows = [
        ["Timestamp", "Project title", "Beneficiary", "Budget (EUR)", "Period"],
        [
            "18.11.2021 10:00:00",
            "Police station officers",
            "NPU, MIA",
            "450 000",
            "2021-2022",
        ],  # newest first
        ["16.11.2021 09:00:00", "Police station officers", "NPU", "400 000", "2021-2022"],
    ]
    result = _build(tmp_path, {"Form Responses 1": rows}, "Sweden_form.xlsx")
    assert list(result.projects["amount"]) == [450_000]


def test_a_timeline_of_filled_and_empty_boxes_and_a_row_marked_everywhere(tmp_path):
    quarters = ["I кв.", "II кв.", "III кв.", "IV кв."]
    rows = [
        [None, None, "2021", None, None, None, "2022", None, None, None],
        ["Проєкт", "Бюджет, USD", *quarters, *quarters],
        ["Кінологічна служба ДПСУ", "800000", "■", "■", "■", "■", "□", "□", "□", "□"],
        ["Навчання рятувальників ДСНС", "600000", *["х"] * 8],  # "х" everywhere: not applicable
    ]
    raw = tmp_path / "raw"
    raw.mkdir()
    wb = Workbook()
    for row in rows:
        wb.active.append(row)
    wb.active.merge_cells("C1:F1")
    wb.active.merge_cells("G1:J1")
    wb.save(raw / "Japan_plan.xlsx")
    projects = _by_title(build(raw, tmp_path / "out", year=2021))
    dogs = projects["Кінологічна служба ДПСУ"]
    assert (dogs["start_date"], dogs["end_date"]) == ("2021-01-01", "2021-12-31") and dogs[
        "amount"
    ] == 800_000
    assert pd.isna(projects["Навчання рятувальників ДСНС"]["start_date"])  # no period made up


def test_start_and_end_times_at_midnight_are_dates():
    from mtd_analysis.ingest.projects import _time_of_day

    assert not _time_of_day("2021-03-01 00:00:00") and _time_of_day("15.11.2021 09:02:11")


def test_not_awarded_is_no_approval():
    assert parse_status("Awarded") == "approved"
    assert parse_status("Not awarded") != "approved" and parse_status("To be awarded") != "approved"


def test_a_sheet_of_payments_by_code_adds_each_projects_payments_in_their_years(tmp_path):
    projects = [
        ["Project code", "Project title", "Start date", "End date", "Status"],
        ["SE-01", "Community policing in hromadas", "2021-01-01", "2022-12-31", "Ongoing"],
        ["SE-02", "Border surveillance equipment", "2021-04-01", "2022-03-31", "Ongoing"],
    ]
    payments = [
        ["Project code", "Payment date", "Amount, SEK"],
        ["SE-01", "2021-03-01", "1000000"],
        ["SE-01", "2021-09-01", "500000"],
        ["SE-02", "2021-06-01", "400000"],
        ["SE-02", "2022-01-15", "200000"],
    ]
    result = _build(tmp_path, {"Projects": projects, "Disbursements": payments}, "Sweden_projects.xlsx")
    money = {r["title"]: (r["amount"], r["yearly_amounts"]) for r in result.projects.to_dict("records")}
    assert money == {
        "Community policing in hromadas": (1_500_000, "2021=1500000"),
        "Border surveillance equipment": (600_000, "2021=400000;2022=200000"),
    }
    assert not result.issues["message"].str.contains("sent twice").any()


def test_a_forms_no_to_co_funding_is_said_once_not_per_row(tmp_path):
    question = "Is the project co-funded by another donor? If yes, name the donor"
    rows = [
        ["Timestamp", "What is the project title?", "Total amount", "Currency", "Period", question],
        ["15.11.2021 09:02:11", "Police radios", "100 000", "SEK", "2021", "No"],
        ["15.11.2021 10:02:11", "Border boats", "200 000", "SEK", "2021", "No"],
        ["15.11.2021 11:02:11", "Migration database", "300 000", "SEK", "2021", "Ні"],
    ]
    result = _build(tmp_path, {"Form": rows}, name="Sida survey (Responses).csv")
    assert set(result.projects["partner"]) == {"Sweden"}
    said = result.issues[result.issues["message"].str.contains("a yes or no, not a partner")]
    assert len(said) == 1
    issue = said.iloc[0]
    assert (
        issue["severity"] == "info"
        and issue["message"].startswith("rows 2–4:")
        and "'No', 'Ні'" in issue["message"]
    )


def test_a_timelines_legend_is_a_note_not_a_heading(tmp_path):
    rows = [
        ["Project", "Budget, USD", "Jan 2021", "Feb 2021", "Mar 2021"],
        ["Police radios", 30_000, "x", "x", "x"],
        [],
        ["x = month of implementation"],
        ["■ — период реализации проекта"],
    ]
    result = _build(tmp_path, {"Timeline": rows}, name="INL_timeline.xlsx")
    messages = result.issues.set_index("row")["message"]
    assert "is a note under or inside the table" in messages[4] and "is a note" in messages[5]
    assert not result.issues["message"].str.contains("section heading").any()
