"""IATI activities flattened into a table (columns named by their place in the XML), read by the IATI rules: one row
per activity with repeated elements joined by ';', or one row per transaction. Expected values are worked out by
hand from the rows written here."""

from __future__ import annotations

import csv

import pytest
from openpyxl import Workbook

from mtd_analysis.build import build
from mtd_analysis.ingest.iati_table import iati_table
from mtd_analysis.ingest.periods import yearly_values

ACTIVITIES = [
    "iati-identifier",
    "reporting-org/@ref",
    "reporting-org/narrative",
    "title/narrative",
    "activity-status/@code",
    "activity-date@type=1",
    "activity-date@type=3",
    "default-currency",
    "participating-org/@role",
    "participating-org/@ref",
    "participating-org/narrative",
    "recipient-country/@code",
    "budget/@type",
    "budget/period-start/@iso-date",
    "budget/period-end/@iso-date",
    "budget/value",
]


def _write_csv(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


def _build(tmp_path, name, rows):
    raw = tmp_path / "raw"
    raw.mkdir(exist_ok=True)
    _write_csv(raw / name, rows)
    return build(raw, tmp_path / "out", year=2021)


def _project(result, identifier):
    rows = result.projects[result.projects["project_id"] == identifier]
    assert len(rows) == 1, identifier
    return rows.iloc[0]


def test_one_row_per_activity_with_repeated_elements_joined(tmp_path):
    rows = [
        ACTIVITIES,
        # the implementer reports; the Foreign Office (role 1, its own ref) funds: the partner is Germany
        [
            "XM-DAC-5-7-1", "XM-DAC-5-7", "Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ) GmbH",
            "Risk-based border surveillance for the State Border Guard Service", "2", "2021-01-01", "2022-12-31",
            "EUR", "4;1", "XM-DAC-5-7;DE-7", "GIZ;Federal Foreign Office (Auswärtiges Amt)", "UA",
            "1;1", "2021-01-01;2022-01-01", "2021-12-31;2022-12-31", "400000;600000",
        ],
        # the donor reports and funds itself: it is the partner
        [
            "SE-0-77", "SE-0", "Swedish International Development Cooperation Agency (Sida)",
            "Police response to domestic violence", "2", "2020-07-01", "2022-06-30", "SEK",
            "1;4", "SE-0;XM-DAC-41119", "Sweden;UNFPA", "UA", "1", "2021-01-01", "2021-12-31", "7500000",
        ],
        # another country's activity: skipped, and said
        [
            "SE-0-78", "SE-0", "Sida", "Police reform in Moldova", "2", "2021-01-01", "2021-12-31", "SEK",
            "1", "SE-0", "Sweden", "MD", "1", "2021-01-01", "2021-12-31", "100",
        ],
    ]  # fmt: skip
    result = _build(tmp_path, "iati_activities.csv", rows)
    giz = _project(result, "XM-DAC-5-7-1")
    assert (giz["partner"], giz["implementer"], giz["currency"]) == ("Germany", "GIZ", "EUR")
    assert giz["amount"] == 1_000_000.0
    assert yearly_values(giz["yearly_amounts"]) == {2021: 400_000.0, 2022: 600_000.0}
    # the project traces to the table's row and the identifier's cell
    assert (giz["source_row"], giz["source_cells"]) == (2, "iati-identifier=A2")
    sida = _project(result, "SE-0-77")
    assert (sida["partner"], sida["amount"], sida["currency"]) == ("Sweden", 7_500_000.0, "SEK")
    assert yearly_values(sida["yearly_amounts"]) == {2021: 7_500_000.0}
    assert len(result.projects) == 2
    messages = " ".join(result.issues["message"])
    assert "is a table of IATI activities" in messages
    assert "1 of 3 activities are not for UA and were skipped" in messages
    assert not (result.issues["severity"] == "error").any()


TRANSACTIONS = [
    "iati-identifier",
    "reporting-org/@ref",
    "reporting-org/narrative",
    "title/narrative",
    "activity-status/@code",
    "activity-date[@type='2']/@iso-date",
    "activity-date[@type='3']/@iso-date",
    "default-currency",
    "participating-org[@role='1']/narrative",
    "participating-org[@role='4']/narrative",
    "recipient-country/@code",
    "transaction/transaction-type/@code",
    "transaction/transaction-date/@iso-date",
    "transaction/value",
    "transaction/value/@currency",
]


def test_one_row_per_transaction_the_activity_repeated(tmp_path):
    uk = ["GB-GOV-1-3", "GB-GOV-1", "UK - Foreign, Commonwealth and Development Office",
          "Asset tracing for the National Police", "2", "2020-04-01", "2022-03-31", "GBP",
          "UK - Foreign, Commonwealth and Development Office", "Crown Agents", "UA"]  # fmt: skip
    iom = ["XM-DAC-47066-9", "XM-DAC-47066", "International Organization for Migration (IOM)",
           "Queue management at the Krakivets checkpoint", "2", "2021-02-01", "2021-12-31", "USD",
           "Government of Japan", "International Organization for Migration", "UA"]  # fmt: skip
    rows = [
        TRANSACTIONS,
        # commitments (2) are the money, in the year of their date; disbursements (3) and expenditure (4) are not
        [*uk, "2", "2020-04-20", "300000", ""],
        [*uk, "3", "2020-06-30", "150000", ""],
        [*uk, "2", "2021-01-18", "450000", ""],
        [*uk, "4", "2021-01-31", "98250.40", ""],
        # IOM reports and implements; Japan (role 1, no ref, a partner this tool knows) funds: the partner is Japan,
        # and Japan's money is IOM's incoming commitment (11), not IOM's own purchase order (2)
        [*iom, "11", "2021-01-22", "84000000", "JPY"],
        [*iom, "2", "2021-02-12", "31500000", "JPY"],
    ]
    result = _build(tmp_path, "iati_transactions.csv", rows)
    uk_project = _project(result, "GB-GOV-1-3")
    assert (uk_project["partner"], uk_project["currency"], uk_project["amount"]) == ("UK", "GBP", 750_000.0)
    assert yearly_values(uk_project["yearly_amounts"]) == {2020: 300_000.0, 2021: 450_000.0}
    assert uk_project["source_row"] == 2
    japan = _project(result, "XM-DAC-47066-9")
    assert (japan["partner"], japan["currency"], japan["amount"]) == ("Japan", "JPY", 84_000_000.0)
    assert japan["source_row"] == 6
    assert len(result.projects) == 2


def test_a_row_without_an_identifier_is_an_error_at_its_row(tmp_path):
    rows = [
        ACTIVITIES,
        ["", "SE-0", "Sida", "Untitled", "2", "2021-01-01", "2021-12-31", "SEK", "1", "SE-0", "Sweden", "UA",
         "1", "2021-01-01", "2021-12-31", "5"],
        ["SE-0-1", "SE-0", "Sida", "Border checkpoints", "2", "2021-01-01", "2021-12-31", "SEK", "1", "SE-0",
         "Sweden", "UA", "1", "2021-01-01", "2021-12-31", "900"],
    ]  # fmt: skip
    result = _build(tmp_path, "iati.csv", rows)
    assert result.projects["project_id"].tolist() == ["SE-0-1"]
    errors = result.issues[result.issues["severity"] == "error"]
    assert errors["row"].tolist() == [2]
    assert "no iati-identifier" in errors["message"].iloc[0]


def test_another_sheet_beside_an_iati_table_is_said_not_read(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    wb = Workbook()
    ws = wb.active
    ws.title = "activities"
    ws.append(ACTIVITIES)
    ws.append(["SE-0-1", "SE-0", "Sida", "Border checkpoints", "2", "2021-01-01", "2021-12-31", "SEK", "1",
               "SE-0", "Sweden", "UA", "1", "2021-01-01", "2021-12-31", "900"])  # fmt: skip
    notes = wb.create_sheet("notes")
    notes.append(["Title", "Amount"])
    notes.append(["Radios", 100])
    wb.save(raw / "export.xlsx")
    result = build(raw, tmp_path / "out", year=2021)
    assert result.projects["project_id"].tolist() == ["SE-0-1"]
    said = result.issues[result.issues["sheet"] == "notes"]
    assert said["severity"].tolist() == ["warning"]
    assert "not read" in said["message"].iloc[0]


@pytest.mark.parametrize(
    "header",
    [
        ["Title", "Amount", "Donor"],
        ["iati-identifier", "Title", "Amount"],  # an identifier column alone is no IATI table
        ["IATI identifier", "project/title", "budget"],
    ],
)
def test_tables_that_are_not_iati_are_not_taken_for_one(header):
    assert iati_table([header, ["a", "b", "c"]]) is None


def test_the_funder_behind_the_implementer_is_counted_by_what_it_committed_not_the_implementers_budget(
    tmp_path,
):
    header = ["iati-identifier", "reporting-org/@ref", "reporting-org/narrative", "title/narrative",
              "participating-org/@role", "participating-org/narrative", "activity-date[@type='2']/@iso-date",
              "activity-date[@type='4']/@iso-date", "budget/period-start/@iso-date", "budget/period-end/@iso-date",
              "budget/value", "budget/value/@currency", "transaction/transaction-type/@code",
              "transaction/transaction-date/@iso-date", "transaction/value", "transaction/value/@currency"]  # fmt: skip
    rows = [
        header,
        # UNDP's budget (USD) is its plan; the EU's money is the incoming commitment (EUR), a disbursement aside
        ["XM-DAC-41114-UA-1", "XM-DAC-41114", "UNDP", "Recovery of eastern hromadas", "1;4", "European Union;UNDP",
         "2021-01-01", "2021-12-31", "2021-01-01", "2021-12-31", "5000000", "USD", "11;3", "2021-01-10;2021-03-01",
         "4000000;1000000", "EUR;EUR"],
    ]  # fmt: skip
    result = _build(tmp_path, "undp_activities.csv", rows)
    project = _project(result, "XM-DAC-41114-UA-1")
    assert (project["partner"], project["amount"], project["currency"]) == ("EU", 4_000_000.0, "EUR")
    # no recipient-country column: every activity is taken to be Ukraine's, and that is said
    said = result.issues[result.issues["kind"] == "country"]
    assert said["severity"].tolist() == ["warning"]
    assert "names no recipient country" in said["message"].iloc[0]


def test_an_activity_of_two_funders_credited_to_its_reporting_org_is_warned(tmp_path):
    rows = [
        ["iati-identifier", "reporting-org/@ref", "reporting-org/narrative", "title/narrative",
         "participating-org/@role", "participating-org/narrative", "recipient-country/@code", "budget/value",
         "budget/period-start/@iso-date", "budget/period-end/@iso-date", "default-currency"],
        ["XM-DAC-41114-UA-5", "XM-DAC-41114", "UNDP", "Mine action", "1;1;4", "Canada;Japan;UNDP", "UA", "3000000",
         "2021-01-01", "2021-12-31", "USD"],
    ]  # fmt: skip
    result = _build(tmp_path, "undp.csv", rows)
    assert _project(result, "XM-DAC-41114-UA-5")["partner"] == "UNDP"
    warned = result.issues[result.issues["message"].str.contains("names 2 funders", regex=False)]
    assert warned["severity"].tolist() == ["warning"] and "Canada, Japan" in warned["message"].iloc[0]
