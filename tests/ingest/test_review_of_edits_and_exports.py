"""Ordinary files on which this stop's reading rules (statuses at two dates, co-funders, versions, revised years,
current columns, currency notes, compact pivots, pasted e-mails) must not fire, found by a review written blind
against them (review 9). Expected values: as a careful human reads the cells."""

from __future__ import annotations

import datetime as dt

import pytest

from mtd_analysis.ingest.values import parse_status

EN = ["No.", "Project title", "Donor", "Implementer", "Beneficiary", "Start date", "End date", "Total budget"]
EN += ["Currency", "2021"]


def _d(text: str) -> dt.datetime:
    return dt.datetime.strptime(text, "%d.%m.%Y")


def _statuses(result) -> list:
    return result.projects.sort_values("source_row")["status"].tolist()


def test_a_later_column_that_is_no_status_does_not_replace_the_status(one_sheet_build):
    rows = [
        EN + ["Status (as of 01.03.2021)", "Status confirmed by MIA (September 2021)"],
        [
            1,
            "Community policing in Kherson oblast",
            "Sweden",
            "UNDP",
            "NPU",
            _d("01.01.2020"),
            _d("31.12.2022"),
            3_000_000,
            "SEK",
            1_000_000,
            "Ongoing",
            "Yes",
        ],  # fmt: skip
        [
            2,
            "Gender-sensitive policing curriculum",
            "Sweden",
            "UN Women",
            "NPU",
            _d("01.06.2021"),
            _d("31.05.2023"),
            2_400_000,
            "SEK",
            600_000,
            "Approved",
            "No",
        ],  # fmt: skip
    ]
    assert _statuses(one_sheet_build(rows, "sweden.xlsx")) == ["ongoing", "approved"]


def test_a_forecast_status_column_is_not_the_status(one_sheet_build):
    rows = [
        EN + ["Status (March 2021)", "Expected status (December 2021)"],
        [
            1,
            "Border surveillance radars",
            "Finland",
            "ICMPD",
            "SBGS",
            _d("01.07.2021"),
            _d("30.06.2023"),
            2_000_000,
            "EUR",
            500_000,
            "Approved",
            "Ongoing",
        ],  # fmt: skip
        [
            2,
            "Migration service data exchange",
            "Finland",
            "IOM",
            "SMS",
            _d("01.01.2020"),
            _d("31.12.2021"),
            900_000,
            "EUR",
            450_000,
            "Ongoing",
            "Completed",
        ],  # fmt: skip
    ]
    assert _statuses(one_sheet_build(rows, "finland.xlsx")) == ["approved", "ongoing"]


def test_the_earlier_status_stands_where_the_later_is_empty_and_years_date_the_columns(one_sheet_build):
    rows = [
        EN + ["Status (March 2021)", "Status (September 2021)"],
        [
            1,
            "E-governance for SMS centres",
            "Estonia",
            "eGA",
            "SMS",
            _d("01.01.2021"),
            _d("31.12.2022"),
            600_000,
            "EUR",
            300_000,
            "Approved",
            "Ongoing",
        ],  # fmt: skip
        [
            2,
            "Patrol police IT security audit",
            "Estonia",
            "eGA",
            "NPU",
            _d("01.01.2020"),
            _d("31.12.2021"),
            250_000,
            "EUR",
            125_000,
            "Ongoing",
            None,
        ],  # fmt: skip
        [
            3,
            "Cyber hygiene training",
            "Estonia",
            "eGA",
            "NPU",
            _d("01.05.2021"),
            _d("30.11.2021"),
            80_000,
            "EUR",
            80_000,
            "Planned",
            "",
        ],  # fmt: skip
    ]
    assert _statuses(one_sheet_build(rows, "estonia.xlsx")) == ["ongoing", "ongoing", "planned"]


def test_status_columns_dated_by_years_take_the_later_year(one_sheet_build):
    rows = [
        EN + ["Status 2020", "Status 2021"],
        [
            1,
            "Border guard dog training centre",
            "Lithuania",
            "SBGS Lithuania",
            "SBGS",
            _d("01.03.2020"),
            _d("28.02.2022"),
            300_000,
            "EUR",
            150_000,
            "Approved",
            "Ongoing",
        ],  # fmt: skip
        [
            2,
            "Exchange of patrol police officers",
            "Lithuania",
            "MoI Lithuania",
            "NPU",
            _d("01.01.2019"),
            _d("31.12.2020"),
            120_000,
            "EUR",
            0,
            "Ongoing",
            "Completed",
        ],  # fmt: skip
    ]
    assert _statuses(one_sheet_build(rows, "lithuania.xlsx")) == ["ongoing", "completed"]


@pytest.mark.parametrize("cofunding", ["10% (MIA, in kind)", "Yes (MIA 15%)"])
def test_a_cofunding_cell_naming_no_donor_keeps_the_whole_with_the_partner(one_sheet_build, cofunding):
    rows = [
        ["No.", "Project title", "Donor", "Start date", "End date", "Budget (EUR)", "Co-funding", "Status"],
        [
            1,
            "Mine risk education",
            "Austria",
            _d("01.01.2021"),
            _d("31.12.2021"),
            1_000_000,
            cofunding,
            "Ongoing",
        ],
        [2, "Demining machines", "Austria", _d("01.01.2021"), _d("31.12.2022"), 4_000_000, "-", "Ongoing"],
    ]
    projects = one_sheet_build(rows, "austria.xlsx").projects
    assert projects["partner"].tolist() == ["Austria", "Austria"]
    assert projects["amount"].tolist() == [1_000_000, 4_000_000]


def test_a_revised_plan_saying_no_change_keeps_the_plan(one_sheet_build):
    rows = [
        [
            "№",
            "Назва проєкту",
            "Донор",
            "Початок",
            "Завершення",
            "Бюджет, грн",
            "План на 2021 рік",
            "Уточнений план на 2021 рік",
            "Статус",
        ],  # fmt: skip
        [
            1,
            "Поліція громад у Полтавській області",
            "ПРООН",
            _d("01.01.2021"),
            _d("31.12.2022"),
            8_000_000,
            6_000_000,
            "без змін",
            "триває",
        ],  # fmt: skip
        [
            2,
            "Обладнання для кінологічних центрів",
            "ПРООН",
            _d("01.03.2021"),
            _d("28.02.2022"),
            2_000_000,
            1_500_000,
            "-",
            "триває",
        ],  # fmt: skip
        [
            3,
            "Навчання операторів 102",
            "ПРООН",
            _d("01.05.2021"),
            _d("31.12.2021"),
            900_000,
            900_000,
            750_000,
            "триває",
        ],  # fmt: skip
    ]
    years = one_sheet_build(rows, "undp.xlsx").projects.sort_values("source_row")["yearly_amounts"].tolist()
    assert [y.split(";")[0] for y in years] == ["2021=6000000", "2021=1500000", "2021=750000"]


def test_a_column_of_update_dates_is_no_revised_year(one_sheet_build):
    rows = [
        [
            "No.",
            "Project title",
            "Donor",
            "Start date",
            "End date",
            "Total (GBP)",
            "2021",
            "Updated in 2021",
            "Status",
        ],
        [
            1,
            "Cyber crime unit support",
            "UK",
            _d("01.01.2021"),
            _d("31.12.2022"),
            800_000,
            600_000,
            _d("15.06.2021"),
            "Ongoing",
        ],  # fmt: skip
    ]
    result = one_sheet_build(rows, "uk.xlsx")
    assert result.projects["yearly_amounts"].iloc[0].startswith("2021=600000")
    assert not result.issues["severity"].eq("error").any()


def test_free_text_news_columns_do_not_change_the_status(one_sheet_build):
    rows = [
        EN + ["Status", "Latest update", "Up to date?"],
        [
            1,
            "EU4Border: surveillance equipment",
            "EU",
            "ICMPD",
            "SBGS",
            _d("01.01.2021"),
            _d("31.12.2023"),
            6_200_000,
            "EUR",
            2_000_000,
            "Ongoing",
            "Planned to be completed in December 2023",
            "Yes",
        ],  # fmt: skip
        [
            2,
            "Police training centre in Lviv",
            "EU",
            "UNDP",
            "NPU",
            _d("01.01.2021"),
            _d("31.12.2022"),
            2_000_000,
            "EUR",
            800_000,
            "Ongoing",
            "March workshop cancelled due to COVID, moved online",
            "No - to be completed",
        ],  # fmt: skip
    ]
    assert _statuses(one_sheet_build(rows, "eu.xlsx")) == ["ongoing", "ongoing"]


@pytest.mark.parametrize(
    ("text", "not_status"),
    [
        ("закрыт тендер, идёт поставка", "completed"),
        ("приостановлен (не отменён)", "cancelled"),
        ("отменён тендер, объявлен повторно", "cancelled"),
        ("Phase 1 completed, phase 2 ongoing", "completed"),
        ("Completed procurement; implementation ongoing", "completed"),
        ("To be completed in 2023", "completed"),
        ("Incomplete - extension requested", "completed"),
    ],
)
def test_a_step_done_or_a_negated_word_is_not_the_projects_status(text, not_status):
    assert parse_status(text) != not_status


def test_a_line_below_a_total_about_a_comments_currency_leaves_the_amounts_currency(one_sheet_build):
    rows = [
        ["US DoD assistance to the SBGS (amounts in USD)"],
        ["No.", "Project title", "Donor", "Start date", "End date", "Amount", "2021", "Status", "Comments"],
        [1, "Thermal cameras", "USA", _d("01.01.2021"), _d("31.12.2021"), 700_000, 700_000, "Ongoing", None],
        [None, "Total", None, None, None, 700_000, 700_000, None, None],
        ["Below: projects co-funded with the EU (the EU share in EUR is given in the Comments column)"],
        [
            2,
            "Border patrol boats",
            "USA",
            _d("01.03.2021"),
            _d("28.02.2023"),
            2_400_000,
            800_000,
            "Ongoing",
            "EU share: EUR 500 000",
        ],  # fmt: skip
    ]
    assert set(one_sheet_build(rows, "usa.xlsx").projects["currency"]) == {"USD"}


def test_an_instructions_sheet_saying_use_this_is_no_final_version(workbook_build):
    head = ["No.", "Project title", "Donor", "Start date", "End date", "Amount", "Currency", "2021", "Status"]
    result = workbook_build(
        {
            "Instructions - use this format": [["How to fill in this file"], ["1. One project per row."]],
            "Current projects": [
                head,
                [
                    1,
                    "Vehicles for the National Police",
                    "Japan",
                    _d("01.04.2021"),
                    _d("31.03.2022"),
                    180_000_000,
                    "JPY",
                    180_000_000,
                    "Ongoing",
                ],
            ],  # fmt: skip
            "Old projects 2019-2020": [
                head,
                [
                    1,
                    "Fire trucks for Odesa oblast",
                    "Japan",
                    _d("01.01.2019"),
                    _d("31.12.2020"),
                    300_000_000,
                    "JPY",
                    0,
                    "Completed",
                ],
            ],  # fmt: skip
        },
        "japan.xlsx",
    )
    assert sorted(result.projects["title"]) == [
        "Fire trucks for Odesa oblast",
        "Vehicles for the National Police",
    ]


def test_an_email_quoting_an_earlier_table_reads_the_reply_only(one_sheet_build):
    head = ["No.", "Project title", "Donor", "Start date", "End date", "Amount", "Currency", "Status"]
    rows = [
        ["From: EU Delegation <delegation@example.eu>"],
        ["Sent: Tuesday, 8 June 2021 10:15"],
        ["To: SWG secretariat"],
        ["Subject: RE: updated list of EU projects"],
        [],
        ["Dear colleagues, please find the updated list below."],
        head,
        [1, "EU4Border surveillance", "EU", _d("01.01.2021"), _d("31.12.2023"), 6_500_000, "EUR", "Ongoing"],
        [
            2,
            "Police training centre in Lviv",
            "EU",
            _d("01.01.2021"),
            _d("31.12.2022"),
            2_000_000,
            "EUR",
            "Ongoing",
        ],
        [],
        ["From: SWG secretariat"],
        ["Sent: Monday, 1 March 2021 09:00"],
        ["To: EU Delegation"],
        ["Subject: updated list of EU projects"],
        head,
        [1, "EU4Border surveillance", "EU", _d("01.01.2021"), _d("31.12.2023"), 6_200_000, "EUR", "Approved"],
    ]
    result = one_sheet_build(rows, "eu_mail.xlsx")
    projects = result.projects.set_index("title")
    assert sorted(projects.index) == ["EU4Border surveillance", "Police training centre in Lviv"]
    assert projects.loc["EU4Border surveillance", "amount"] == 6_500_000
    sheet = result.manifest["files"][0]["sheets"][0]
    assert sheet["rows_read"] == sheet["rows_loaded"] + sheet["rows_rejected"] + sheet["rows_skipped"]


def test_a_card_whose_fields_are_subject_from_and_to_is_no_email(one_sheet_build):
    rows = [
        ["Subject:", "Police training centre in Lviv"],
        ["From:", "01.01.2021"],
        ["To:", "31.12.2022"],
        ["Budget (EUR):", 2_000_000],
        ["Donor:", "EU"],
    ]
    result = one_sheet_build(rows, "eu_card.xlsx")
    assert not result.issues["message"].str.contains("e-mail", regex=False).any()
