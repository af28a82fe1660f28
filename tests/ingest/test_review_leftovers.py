"""What the reviews of sets Q and R left: a donor cell naming several funders without their shares, a totals block
by year under the table, a lettered heading over "works", and a day in words with a time of day."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook

from mtd_analysis.build import build
from mtd_analysis.ingest.partners import payers_within
from mtd_analysis.ingest.values import parse_date, status_heading

HEADER = ["Title", "Donor", "Beneficiary", "Start", "End", "Budget, USD", "Status"]


def _build(tmp_path, rows: list):
    raw = tmp_path / "raw"
    raw.mkdir()
    wb = Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    wb.save(raw / "return.xlsx")
    return build(raw, tmp_path / "out", year=2021)


@pytest.mark.parametrize(
    ("cell", "payers"),
    [
        ("Implemented by UNDP with funding from the EU and Denmark", ["EU", "Denmark"]),
        ("за кошти Швеції та Норвегії", ["Sweden", "Norway"]),
        ("ЄС та Данія через ПРООН", ["EU", "Denmark"]),
        ("UNDP through a grant from Sweden and Norway", ["Sweden", "Norway"]),
        ("EU and Denmark", ["EU", "Denmark"]),
        ("Sweden, Norway", ["Sweden", "Norway"]),
        ("UNDP (funded by Japan)", ["Japan"]),
        ("Європейський Союз через ПРООН", ["EU"]),
        # names with "and" inside are one name, not two funders
        ("United Nations Office on Drugs and Crime", []),
        ("Bureau of International Narcotics and Law Enforcement Affairs", ["INL"]),
        ("Danish Refugee Council", []),
        # the implementer named after the payer is no funder (found by a review)
        ("Funded by the Government of Japan, implemented by UNDP", ["Japan"]),
        ("Funded by the EU, implemented by UNDP and UNOPS", ["EU"]),
        ("EU/Denmark", ["EU", "Denmark"]),
    ],
)
def test_every_payer_a_donor_cell_names(cell, payers):
    assert payers_within(cell) == payers


def test_co_funders_without_shares_are_credited_to_the_first_and_said(tmp_path):
    result = _build(
        tmp_path,
        [
            HEADER,
            [
                "Border equipment",
                "Implemented by UNDP with funding from the EU and Denmark",
                "ДПСУ",
                "01.01.2021",
                "31.12.2021",
                500000,
                "ongoing",
            ],
            ["Shelters", "Sweden, Norway", "НПУ", "01.01.2021", "31.12.2021", 200000, "ongoing"],
            ["Radios", "UNDP (funded by Japan)", "НПУ", "01.01.2021", "31.12.2021", 100000, "ongoing"],
        ],
    )
    partners = result.projects.set_index("title")["partner"].to_dict()
    assert partners == {"Border equipment": "EU", "Shelters": "Sweden", "Radios": "Japan"}
    # the whole amount stays one project: nothing is split on a guess
    assert result.projects.set_index("title").loc["Border equipment", "amount"] == 500000
    said = result.issues[result.issues["kind"].eq("partner") & result.issues["severity"].eq("warning")]
    assert sorted(said["row"].astype(int)) == [2, 3]
    assert said["message"].str.contains("2 funders").all()
    assert (
        said["message"].str.contains("EU, Denmark").any()
        and said["message"].str.contains("Sweden, Norway").any()
    )


def test_year_rows_under_a_totals_heading_are_no_projects(tmp_path):
    result = _build(
        tmp_path,
        [
            HEADER,
            ["Community policing", "EU", "НПУ", "01.01.2021", "31.12.2022", 730000, "ongoing"],
            [
                "Shelters for victims of domestic violence",
                "Sweden",
                "НПУ",
                "01.03.2021",
                "28.02.2022",
                365000,
                "ongoing",
            ],
            [],
            ["Totals by year"],
            ["2021", None, None, None, None, 1000000],
            ["2022 рік", None, None, None, None, 95000],
        ],
    )
    assert sorted(result.projects["title"]) == [
        "Community policing",
        "Shelters for victims of domestic violence",
    ]
    said = result.issues[result.issues["kind"].eq("total")]
    assert sorted(said["row"].astype(int)) == [5, 6, 7]
    entry = result.manifest["files"][0]
    # five rows under the header (the blank one is not a row read): two projects, three totals skipped
    assert (entry["rows_read"], entry["rows_loaded"], entry["rows_skipped"]) == (5, 2, 3)


def test_a_year_titled_row_inside_the_table_is_still_loaded_and_warned(tmp_path):
    # no totals row above it: the row is not silently dropped (it is warned as having no dates)
    result = _build(
        tmp_path,
        [HEADER, ["2021", "EU", "НПУ", None, None, 1000, "ongoing"]],
    )
    assert list(result.projects["title"]) == ["2021"]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("c) Completed works", "completed"),
        ("Завершені роботи", "completed"),
        ("Заплановані гранти", "planned"),
        ("Completed training of 200 officers", None),
    ],
)
def test_headings_over_works_grants_and_contracts(text, status):
    assert status_heading(text) == status


@pytest.mark.parametrize(
    "text", ["1 березня 2021 0:00", "March 1, 2021 9:00 AM", "1 марта 2021 г. 0:00:00", "01.03.2021 0:00:00"]
)
def test_a_day_in_words_with_a_time_of_day(text):
    assert parse_date(text) == dt.date(2021, 3, 1)


def test_a_month_with_a_time_of_day_is_no_date():
    # a time of day belongs to a day: "березень 2021 0:00" is not quietly read as March
    with pytest.raises(Exception, match="not a date"):
        parse_date("березень 2021 0:00")


def test_a_second_agreed_extension_ends_the_project_later(tmp_path):
    """Left from the review of set Z: the first of two agreed extensions was taken as the end."""
    result = _build(
        tmp_path,
        [
            ["Title", "Donor", "Start", "End", "Budget, USD"],
            ["Dog units", "USA", "01.01.2022", "31.12.2022 (extended to 30.06.2023; second extension to 31.12.2023)", 700_000],
            ["Radios", "USA", "01.01.2022", "31.12.2022 (extended to 30.06.2023; a second extension requested)", 300_000],
        ],
    )  # fmt: skip
    ends = dict(zip(result.projects["title"], result.projects["end_date"], strict=True))
    assert str(ends["Dog units"])[:10] == "2023-12-31"
    assert str(ends["Radios"])[:10] == "2023-06-30"  # the second is only asked for


def test_a_later_extension_refused_does_not_end_the_project():
    from mtd_analysis.ingest.layouts import extended_end

    assert extended_end("Extended to 31.12.2021; extension to 30.06.2022 not approved") == dt.date(
        2021, 12, 31
    )
    assert extended_end("Продовжено до 31.12.2021; продовження до 30.06.2022 скасовано") == dt.date(
        2021, 12, 31
    )


def test_a_remark_giving_the_new_budget_alone():
    from mtd_analysis.ingest.layouts import amount_changed

    assert amount_changed("Budget reduced to 300 000 € (addendum No 1, August 2021)") == (
        None,
        300_000.0,
        "EUR",
    )
    assert amount_changed("Бюджет скорочено до 300.000,00 €") == (None, 300_000.0, "EUR")
    # an end date, not an amount; a figure that is not money
    assert amount_changed("Погоджено продовження строку без збільшення бюджету до 31.03.2022") is None
    assert amount_changed("Training days reduced to 20") is None


def test_a_summary_line_under_the_totals_row_is_no_project(tmp_path):
    """Set AA: 'Number of programmes | 5' under 'Total allocation' was loaded as a project."""
    result = _build(
        tmp_path,
        [
            ["Programme", "Implementer", "Allocation (GBP)"],
            ["Domestic abuse: police response", "UNFPA", 292_000],
            ["Total allocation", None, 292_000],
            ["Number of programmes", 1],
            ["Кількість проєктів", 1],
        ],
    )
    assert list(result.projects["title"]) == ["Domestic abuse: police response"]
    # each count line is said: under the totals row it sums the table up, or, named so, it is a totals row
    said = result.issues[result.issues["message"].str.contains("sums the table up|is a totals row")]
    assert said["row"].tolist().count(4) == 1 and said["row"].tolist().count(5) == 1
