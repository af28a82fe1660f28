"""Layouts found by partner files written blind in round 65, and by the review of round 64's rules.

Each test writes the few lines or cells that matter, as the partner's file had them, and checks the reading against
figures worked out by hand beside it.
"""

from __future__ import annotations

from blind_helpers import file_build, issues_saying, projects_by_title, xlsx_bytes

# --- the donor's part of the cost in a table that names its donor on every row -------------------------------------

_OF_WHICH_HEADER = [
    "№",
    "Project title",
    "Donor",
    "Beneficiary",
    "Total project cost (all contributors), EUR",
    "of which EU contribution, EUR",
    "Start date",
    "End date",
]


def test_the_donors_part_is_read_where_every_row_names_that_donor(tmp_path):
    rows = [
        _OF_WHICH_HEADER,
        [1, "EU support to police reform", "EU", "NPU", 1_000_000, 800_000, "2021-01-01", "2021-12-31"],
        [
            2,
            "Civil protection capacity building",
            "European Union",
            "SESU",
            500_000,
            400_000,
            "2021-01-01",
            "2021-12-31",
        ],
        [3, "Border crossing points equipment", "EU", "SBGS", 300_000, 300_000, "2021-01-01", "2021-12-31"],
    ]
    projects = projects_by_title(file_build(tmp_path, "eu_projects.xlsx", xlsx_bytes({"Projects": rows})))
    # the EU's list: its part is its money (800,000, not the 1,000,000 all contributors give)
    assert {t: p["amount"] for t, p in projects.items()} == {
        "EU support to police reform": 800_000,
        "Civil protection capacity building": 400_000,
        "Border crossing points equipment": 300_000,
    }


def test_the_whole_cost_is_read_where_the_rows_name_other_donors(tmp_path):
    rows = [
        _OF_WHICH_HEADER,
        [1, "EU support to police reform", "EU", "NPU", 1_000_000, 800_000, "2021-01-01", "2021-12-31"],
        [2, "Police human rights training", "Germany", "NPU", 600_000, 100_000, "2021-01-01", "2021-12-31"],
    ]
    result = file_build(tmp_path, "sector_register.xlsx", xlsx_bytes({"Projects": rows}))
    projects = projects_by_title(result)
    # the EU's part is not Germany's money: a register of several donors reads the whole cost, and says so
    assert projects["Police human rights training"]["amount"] == 600_000
    assert projects["Police human rights training"]["partner"] == "Germany"
    assert projects["EU support to police reform"]["amount"] == 1_000_000
    assert issues_saying(result, "is EU's part of the cost, not the rows' partners' own money")


def test_a_donor_column_of_another_donor_reads_the_whole_cost(tmp_path):
    rows = [
        _OF_WHICH_HEADER,
        [1, "Integrity in the police", "Germany", "NPU", 2_000_000, 500_000, "2021-01-01", "2021-12-31"],
        [2, "Forensic laboratory support", "Germany", "NPU", 700_000, 0, "2021-01-01", "2021-12-31"],
    ]
    result = file_build(tmp_path, "register.xlsx", xlsx_bytes({"Projects": rows}))
    projects = projects_by_title(result)
    assert projects["Integrity in the police"]["amount"] == 2_000_000
    assert projects["Forensic laboratory support"]["amount"] == 700_000
    assert issues_saying(result, "is EU's part of the cost, not Germany's own money")
