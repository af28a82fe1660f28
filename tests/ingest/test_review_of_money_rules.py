"""Where this stop's rules on money that changed must not reach (a blind review's probe files, rebuilt here).

Each case was read rightly by the code before the stop and wrongly by the first version of the rules (or read wrongly
both times, silently): the expected values are what a careful reader takes from the rows written here.
"""

from __future__ import annotations

import datetime as dt

from mtd_analysis.ingest.columns import match_field


def _amounts(result) -> dict:
    return dict(zip(result.projects.title, result.projects.amount, strict=True))


def test_an_untitled_row_with_its_own_implementer_is_not_a_line_of_the_project_above(workbook_build):
    # the reference is the financing decision both projects share; the second has its own implementer and dates
    rows = [
        ["Programme ref.", "Project title", "Donor", "Implementer", "Start date", "End date", "Amount (EUR)"],
        [
            "ENI/2019/041-558",
            "EU4Border: surveillance equipment",
            "EU",
            "ICMPD",
            "2021-01-01",
            "2023-12-31",
            6_000_000,
        ],
        ["ENI/2019/041-558", None, "EU", "UNOPS", "2021-07-01", "2023-06-30", 1_500_000],
    ]
    result = workbook_build({"Projects": rows}, "list.xlsx")
    assert sorted(result.projects.amount) == [1_500_000, 6_000_000]


def test_a_coded_line_of_actual_spending_is_not_added_to_the_plan(workbook_build):
    rows = [
        ["Code", "Project title", "Donor", "Start date", "End date", "Type", "Amount (PLN)"],
        [
            "PL-1",
            "Equipment for border crossing Yahodyn",
            "Poland",
            "2021-01-01",
            "2021-12-31",
            "Plan",
            1_000_000,
        ],
        ["PL-1", None, None, None, None, "Actual (disbursed to 01.09.2021)", 750_000],
    ]
    result = workbook_build({"Projects": rows}, "list.xlsx")
    assert _amounts(result)["Equipment for border crossing Yahodyn"] == 1_000_000


def test_a_reduction_written_with_a_trailing_minus_is_subtracted(workbook_build):
    rows = [
        ["Code", "Project title", "Donor", "Start date", "End date", "Amount (CHF)", "Notes"],
        [
            "CH-1",
            "Police reform support in Odesa oblast",
            "Switzerland",
            "2021-01-01",
            "2022-12-31",
            1_500_000,
            None,
        ],
        ["CH-1", None, None, None, None, "250,000-", "reduction (SAP export)"],
    ]
    result = workbook_build({"Projects": rows}, "list.xlsx")
    assert _amounts(result) == {"Police reform support in Odesa oblast": 1_250_000}


def test_components_drafting_amendments_to_a_code_are_components(workbook_build):
    rows = [
        ["No.", "Title", "Start date", "End date", "Amount (EUR)"],
        ["1", "Criminal justice reform support", "2021-01-01", "2022-12-31", 1_000_000],
        ["1.1", "Amendments to the Criminal Procedure Code (drafting)", "2021-01-01", "2021-12-31", 600_000],
        ["1.2", "Amendments to the Law on the National Police", "2021-01-01", "2022-12-31", 400_000],
    ]
    result = workbook_build({"Projects": rows}, "list.xlsx", outline={3: 1, 4: 1})
    assert sum(result.projects.amount) == 1_000_000  # not 1.0m + 0.6m + 0.4m read as modifications


def test_columns_that_are_not_money_added_to_the_grant_are_not_top_ups():
    for header in (
        "of which: mobile top-up cards (EUR)",
        "Additional funding required (EUR)",
        "Additional funding from other donors (EUR)",
        "Total budget incl. top-up",
    ):
        assert match_field(header).field != "top_up", header


def test_a_total_that_includes_its_top_ups_is_not_added_to_again(workbook_build):
    rows = [
        [
            "Project title",
            "Donor",
            "Start date",
            "End date",
            "Top-up (NOK)",
            "Total budget incl. top-up (NOK)",
        ],
        ["Demining equipment for SESU units", "Norway", "2021-01-01", "2022-12-31", 1_000_000, 6_000_000],
    ]
    result = workbook_build({"Projects": rows}, "list.xlsx")
    assert _amounts(result) == {"Demining equipment for SESU units": 6_000_000}


def test_shares_of_an_earlier_phase_do_not_split_the_project(workbook_build):
    rows = [
        ["UK projects"],
        ["Code", "Project title", "Start date", "End date", "Total budget", "Currency", "Notes"],
        [
            "UK-11",
            "Border dogs training, phase 2",
            dt.datetime(2021, 1, 1),
            dt.datetime(2021, 12, 31),
            200_000,
            "GBP",
            "Phase 1 (2018-2020) was co-funded: UK 50%, NL 50%. Phase 2 is funded by the UK only.",
        ],
    ]
    result = workbook_build({"Projects": rows}, "uk_2021.xlsx")
    assert result.projects.partner.tolist() == ["UK"] and result.projects.amount.tolist() == [200_000]


def test_a_planned_project_whose_title_begins_with_total_is_a_project(workbook_build):
    rows = [
        ["Code", "Project title", "Donor", "Start date", "End date", "Amount (EUR)", "Status"],
        [
            "FR-1",
            "Gendarmerie cooperation with the NGU",
            "France",
            "2021-02-01",
            "2021-12-31",
            400_000,
            "Ongoing",
        ],
        [
            None,
            "Total Quality Management (TQM) training for SESU managers (pilot)",
            None,
            None,
            None,
            45_000,
            "Planned",
        ],
        [None, "Total", None, None, None, 445_000, None],
    ]
    result = workbook_build({"Projects": rows}, "list.xlsx")
    assert sorted(result.projects.amount) == [45_000, 400_000]


def test_a_pointer_is_no_amount_and_one_pointing_nowhere_is_said(workbook_build):
    rows = [
        ["Project title", "Donor", "Start date", "End date", "Amount (SEK)"],
        ["Forensic laboratory equipment", "Sweden", "2021-01-01", "2021-12-31", "see Annex 2"],
        ["Police training in Lviv", "Sweden", "2021-01-01", "2021-12-31", 300_000],
    ]
    result = workbook_build({"Projects": rows}, "list.xlsx")
    amounts = _amounts(result)
    assert amounts["Police training in Lviv"] == 300_000
    assert (
        amounts["Forensic laboratory equipment"] != amounts["Forensic laboratory equipment"]
    )  # none (NaN), not 2
    warned = result.issues[result.issues.severity.eq("warning")].message
    assert warned.str.contains("points elsewhere").any()
