"""Reports printed by a system and saved as text: columns aligned by spaces, the report's heading over every page,
amounts in the currency's minor unit. Expected values are worked out by hand from the lines written here."""

from __future__ import annotations

import pytest

from mtd_analysis.build import build
from mtd_analysis.ingest.columns import money_like
from mtd_analysis.ingest.fixed_width import fixed_width_rows
from mtd_analysis.ingest.periods import yearly_values

HEADING = """ACME DEVELOPMENT AGENCY - UKRAINE                                                         Page:     {page}
Report ID : PRJ_BUD      Run Date: 18/02/2021
Note      : All amounts in MINOR UNITS of the transaction currency (1/100, e.g. 12345600 = 123,456.00).
----------------------------------------------------------------------------------------------------------------
Project  Title                                        Donor                  Cur   Budget 2021 Total Budget Start      End        Status
----------------------------------------------------------------------------------------------------------------
"""
PAGE_1 = """00112233 Emergency response capacity of the SES       GOVERNMENT OF JAPAN    JPY      45000000    120000000 01/04/2020 31/03/2023 ON GOING
00109876 Community policing in eastern hromadas       GOVERNMENT OF DENMARK  DKK     350000000   1000000000 01/01/2019 31/12/2022 ON GOING

(continued on next page)
"""
PAGE_2 = """00115555 Access to justice for survivors of violence  GOVERNMENT OF SWITZERLAND CHF   80000000    210000000 01/07/2020 30/06/2023 ON GOING
----------------------------------------------------------------------------------------------------------------
Records selected: 3        *** END OF REPORT ***
"""
REPORT = HEADING.format(page=1) + PAGE_1 + HEADING.format(page=2) + PAGE_2


def test_a_report_printed_as_text_is_cut_where_its_header_labels_stand():
    rows = fixed_width_rows(REPORT).rows
    assert rows[4] == [
        "Project", "Title", "Donor", "Cur", "Budget 2021", "Total Budget", "Start", "End", "Status",
    ]  # fmt: skip
    assert rows[6] == [
        "00112233", "Emergency response capacity of the SES", "GOVERNMENT OF JAPAN", "JPY", "45000000", "120000000",
        "01/04/2020", "31/03/2023", "ON GOING",
    ]  # fmt: skip
    # a word wider than its column's label stays in it ("GOVERNMENT OF SWITZERLAND" runs under "Cur")
    assert rows[16][2:4] == ["GOVERNMENT OF SWITZERLAND", "CHF"]
    assert rows[9] == ["(continued on next page)"]
    assert fixed_width_rows(REPORT).repeated_heading == [11, 12, 13]  # page 2's heading lines, left empty
    assert rows[10:14] == [[], [], [], []]
    assert rows[18] == ["Records selected: 3        *** END OF REPORT ***"]


def test_the_report_is_read_with_its_amounts_in_minor_units(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "PRJ_BUD_20210218.txt").write_text(REPORT, encoding="utf-8")
    result = build(raw, tmp_path / "out", year=2021)
    projects = result.projects.set_index("project_id")
    assert sorted(projects.index) == ["00109876", "00112233", "00115555"]
    # the project column holds codes, the title column the titles
    assert projects.loc["00112233", "title"] == "Emergency response capacity of the SES"
    # yen have no minor unit: as written; the others are hundredths
    assert projects.loc["00112233", ["amount", "currency"]].tolist() == [120_000_000.0, "JPY"]
    assert projects.loc["00109876", ["amount", "currency"]].tolist() == [10_000_000.0, "DKK"]
    assert yearly_values(projects.loc["00109876", "yearly_amounts"])[2021] == 3_500_000.0
    assert projects.loc["00115555", "amount"] == 2_100_000.0
    assert set(projects["partner"]) == {"Japan", "Denmark", "Switzerland"}
    said = " ".join(result.issues["message"])
    assert "a report printed as text" in said and "3 lines repeating its heading" in said
    assert "minor unit" in said
    assert not (result.issues["severity"] == "error").any()


def test_a_delimited_file_is_not_taken_for_a_printed_report():
    assert fixed_width_rows("Title;Amount;Start;End\nRadios;100;2021;2022\n") is None


@pytest.mark.parametrize(
    ("values", "money"),
    [
        (["900,000", "45,500", "120,000"], True),  # a comma before three digits groups thousands
        (["12,5", "7,25", "3,0"], False),  # a decimal comma
        (["1,200,000", "350,000"], True),
    ],
)
def test_money_like_reads_a_comma_before_three_digits_as_thousands(values, money):
    assert money_like(values) is money


@pytest.mark.parametrize(
    ("codes", "swapped"),
    [
        (["P-001", "P-002", "P-003"], True),
        (["00112233", "00109876", "00115555"], True),
        (["FI-UA-2021-01", "FI-UA-2021-02", "1234"], True),  # codes and numbers together
        # the first column holds titles too: the first column headed as the title stays the title
        (["Radios for police", "Boats for guards", "Cars for SMS"], False),
    ],
)
def test_a_column_of_codes_headed_as_the_title_beside_one_of_words(tmp_path, codes, swapped):
    raw = tmp_path / "raw"
    raw.mkdir()
    titles = ["Emergency response of the SES", "Community policing in hromadas", "Custody records"]
    lines = ["Project,Title,Donor,Amount EUR,Start,End"]
    lines += [
        f"{c},{t},EU,{100_000 * (i + 1)},2021,2022"
        for i, (c, t) in enumerate(zip(codes, titles, strict=True))
    ]
    (raw / "list.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = build(raw, tmp_path / "out", year=2021)
    assert sorted(result.projects["title"]) == sorted(titles if swapped else codes)
    if swapped:
        assert sorted(result.projects["project_id"]) == sorted(codes)


def test_a_row_squeezed_together_in_a_printed_report_is_said_not_dropped(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "czech_report.txt").write_text(
        "Donor     Project title                  Start        End          Status       Amount      Currency\n"
        "Czechia   Humanitarian demining          2021-01-01   2021-12-31   Completed    12500000    CZK\n"
        "Czechia   Support to schools and kindergartens in Donbas 2020-05-01 2022-04-30 Ongoing 1200000 CZK\n"
        "Czechia   Mobile clinics                 2021-03-01   2021-09-30   Completed    950000      CZK\n",
        encoding="utf-8",
    )
    result = build(raw, tmp_path / "out", year=2021)
    assert len(result.projects) == 3
    row_3 = result.issues[(result.issues["row"] == 3) & (result.issues["severity"] == "error")]
    assert len(row_3) >= 1  # the squeezed row's cells do not fit its columns: an error at the row, not a note


def test_row_numbers_under_a_title_label_beside_the_titles_are_no_codes(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "finland_ua.csv").write_text(
        "Проєкт,Назва,Донор,Початок,Кінець,Сума,Валюта\n"
        "1,Підтримка Нової української школи,Фінляндія,2018-01-01,2022-12-31,6000000,EUR\n"
        "2,Партнерство з енергетики та довкілля,Фінляндія,2021-01-01,2023-12-31,2000000,EUR\n",
        encoding="utf-8",
    )
    result = build(raw, tmp_path / "out", year=2021)
    assert sorted(result.projects["title"]) == [
        "Партнерство з енергетики та довкілля",
        "Підтримка Нової української школи",
    ]
    assert (
        not result.projects["project_id"].isin(["1", "2"]).any()
    )  # the rows' numbers, not the projects' codes
