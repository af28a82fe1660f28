"""Tests of mtd_analysis.ingest.iati: hand-written IATI XML with values worked out by hand, hostile files, real data."""

from __future__ import annotations

import time

import numpy as np
import pandas as pd
import pytest

from mtd_analysis.ingest.iati import is_iati, read_iati
from mtd_analysis.schema import ISSUE_COLUMNS, PROJECT_COLUMNS, issue_schema, project_schema

# Four activities: a parent (UA) and its child (UA), one for Moldova only, and one UA activity with
# commitments, no currency anywhere, an invalid date and a damaged title.
SMALL = """<?xml version="1.0" encoding="UTF-8"?>
<iati-activities version="2.03" generated-datetime="2022-07-20T00:00:00">
 <iati-activity default-currency="EUR" hierarchy="1" xml:lang="en">
  <iati-identifier>XX-1-PARENT</iati-identifier>
  <reporting-org ref="XX-1" type="10"><narrative>Kingdom of Examples MFA</narrative></reporting-org>
  <title><narrative>Border programme</narrative></title>
  <activity-status code="2"/>
  <recipient-country code="UA" percentage="100"/>
  <related-activity ref="XX-1-CHILD" type="2"/>
  <budget type="1"><period-start iso-date="2021-01-01"/><period-end iso-date="2021-12-31"/>
   <value>1000000</value></budget>
 </iati-activity>
 <iati-activity default-currency="EUR" hierarchy="2">
  <iati-identifier>XX-1-CHILD</iati-identifier>
  <reporting-org ref="XX-CHC-9" type="21"><narrative>Helping Hands</narrative></reporting-org>
  <title>
   <narrative xml:lang="uk">Пункти пропуску</narrative>
   <narrative xml:lang="en">Border crossing points</narrative>
  </title>
  <description type="1"><narrative xml:lang="en">Training for the State Border Guard Service and the
   National Police of Ukraine.</narrative></description>
  <participating-org ref="XX-EX-1" role="1"><narrative>Examples Fund</narrative></participating-org>
  <participating-org ref="XX-CHC-9" role="4"><narrative>Helping Hands</narrative></participating-org>
  <activity-status code="2"/>
  <activity-date iso-date="0" type="2"/>
  <activity-date iso-date="2021-07-01" type="1"/>
  <activity-date iso-date="2022-06-30" type="3"/>
  <recipient-country code="UA"/>
  <sector vocabulary="2" code="152" percentage="60"/>
  <sector vocabulary="2" code="151" percentage="40"/>
  <sector vocabulary="10" code="X1" percentage="100"/>
  <related-activity ref="XX-1-PARENT" type="1"/>
  <budget type="1"><period-start iso-date="2021-07-01"/><period-end iso-date="2022-06-30"/>
   <value>300000</value></budget>
  <budget type="2"><period-start iso-date="2021-07-01"/><period-end iso-date="2022-06-30"/>
   <value>365000</value></budget>
 </iati-activity>
 <iati-activity default-currency="USD">
  <iati-identifier>XX-2-MD</iati-identifier>
  <reporting-org ref="XX-2" type="10"><narrative>Republic of Examples</narrative></reporting-org>
  <title><narrative xml:lang="en">Moldova project</narrative></title>
  <recipient-country code="MD"/>
  <budget><period-start iso-date="2022-01-01"/><period-end iso-date="2022-12-31"/><value>5</value></budget>
 </iati-activity>
 <iati-activity>
  <iati-identifier>XX-2-UA</iati-identifier>
  <reporting-org ref="XX-2" type="10"><narrative xml:lang="en">Republic of Examples</narrative></reporting-org>
  <title><narrative xml:lang="en">Police \ufffd custody</narrative></title>
  <activity-status code="3"/>
  <activity-date iso-date="2020-03-01" type="2"/>
  <activity-date iso-date="2021-02-28" type="4"/>
  <recipient-country code="UA"/>
  <transaction><transaction-type code="2"/><transaction-date iso-date="2020-03-01"/><value>500</value>
   <sector vocabulary="1" code="15210" percentage="100"/></transaction>
  <transaction><transaction-type code="2"/><transaction-date iso-date="2021-02-01"/><value>250</value>
   <sector code="15130"/></transaction>
  <transaction><transaction-type code="3"/><transaction-date iso-date="2021-02-01"/><value>700</value>
  </transaction>
 </iati-activity>
</iati-activities>
"""


def activity(identifier: str, body: str, country: str = "UA", attributes: str = "") -> str:
    """One activity reported by a government donor, for ``country``."""
    return (
        f"<iati-activity {attributes}><iati-identifier>{identifier}</iati-identifier>"
        '<reporting-org ref="XX-3" type="10"><narrative>Donor</narrative></reporting-org>'
        f"<title><narrative>Project {identifier}</narrative></title>"
        f'<recipient-country code="{country}"/>{body}</iati-activity>'
    )


def budget(start: str, end: str, value: str, kind: str = "1", currency: str = "") -> str:
    currency = f' currency="{currency}"' if currency else ""
    return (
        f'<budget type="{kind}"><period-start iso-date="{start}"/><period-end iso-date="{end}"/>'
        f"<value{currency}>{value}</value></budget>"
    )


def read_text(tmp_path, text: str, name: str = "file.xml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_iati(path, f"iati/{name}")


def read_activities(tmp_path, *activities: str):
    return read_text(
        tmp_path, "<iati-activities version='2.03'>" + "".join(activities) + "</iati-activities>"
    )


def issue_messages(issues: pd.DataFrame, kind: str) -> list[str]:
    return issues.loc[issues["kind"] == kind, "message"].tolist()


@pytest.fixture
def small(tmp_path):
    return read_text(tmp_path, SMALL, "small.xml")


def test_small_file_counts_and_columns(small):
    projects, issues, counts = small
    assert counts == {"rows_read": 4, "rows_loaded": 2, "rows_rejected": 0, "rows_skipped": 2}
    assert projects.columns.tolist() == PROJECT_COLUMNS
    assert issues.columns.tolist() == ISSUE_COLUMNS
    # Children are kept, the parent is skipped; the Moldova activity is skipped.
    assert projects["project_id"].tolist() == ["XX-1-CHILD", "XX-2-UA"]
    assert projects["source_row"].tolist() == [2, 4]
    project_schema().validate(projects)
    issue_schema().validate(issues.assign(row=issues["row"].astype(object)))


def test_child_activity_by_hand(small):
    child = small[0].set_index("project_id").loc["XX-1-CHILD"]
    # An NGO reporting one funder (with a ref): the funder is the partner.
    assert child["partner"] == "Examples Fund"
    assert child["implementer"] == "Helping Hands"
    assert child["title"] == "Border crossing points"
    assert child["lang"] == "en"
    assert child["beneficiaries"] == "NPU;SBGS"
    # Actual start "0" is invalid: the planned start is used.
    assert (child["start_date"], child["end_date"]) == ("2021-07-01", "2022-06-30")
    # The revised budget replaces the original one for the same period: 365000 over 365 days,
    # 184 days in 2021 (July-December) and 181 in 2022 (January-June).
    assert child["amount"] == 365000.0
    assert child["currency"] == "EUR"
    assert child["yearly_amounts"] == "2021=184000;2022=181000"
    assert child["sectors"] == "152=60;151=40"
    assert child["status"] == "ongoing"
    assert pd.isna(child["declared_priority"])
    assert child["source_file"] == "iati/small.xml"
    assert child["source_sheet"] == ""
    assert child["source_cells"] == "iati-identifier=XX-1-CHILD"


def test_commitments_without_currency_by_hand(small):
    projects, issues, _ = small
    row = projects.set_index("project_id").loc["XX-2-UA"]
    # No budget: outgoing commitments 500 (2020) + 250 (2021); the disbursement is not added.
    assert row["amount"] == 750.0
    assert row["yearly_amounts"] == "2020=500;2021=250"
    assert pd.isna(row["currency"])
    # Sectors from transactions, weighted by value: 500/750 and 250/750.
    assert row["sectors"] == "15210=66.67;15130=33.33"
    assert row["status"] == "completed"
    assert (row["start_date"], row["end_date"]) == ("2020-03-01", "2021-02-28")
    assert pd.isna(row["beneficiaries"])
    row_issues = issues[issues["row"] == 4]
    assert set(row_issues["kind"]) == {"currency", "text"}
    assert (row_issues["severity"] == "warning").all()
    assert all("XX-2-UA" in m for m in row_issues["message"])


def test_small_file_issues(small):
    _, issues, _ = small
    date_issue = issues[issues["kind"] == "date"]
    assert date_issue["row"].tolist() == [2]
    assert "'0'" in date_issue["message"].iloc[0]
    hierarchy = issues[issues["kind"] == "hierarchy"]
    assert hierarchy["row"].tolist() == [1]
    assert hierarchy["severity"].tolist() == ["info"]
    assert "child activity XX-1-CHILD is loaded instead" in hierarchy["message"].iloc[0]
    assert issue_messages(issues, "country") == [
        "iati/small.xml: 1 of 4 activities are not for UA and were skipped"
    ]
    # File-level issues come first.
    assert pd.isna(issues["row"].iloc[0])


def test_same_input_same_output(tmp_path, small):
    again = read_text(tmp_path, SMALL, "small.xml")
    pd.testing.assert_frame_equal(small[0], again[0])
    pd.testing.assert_frame_equal(small[1], again[1])


def test_round_trip_through_csv(tmp_path, small):
    path = tmp_path / "projects.csv"
    small[0].to_csv(path, index=False)
    back = pd.read_csv(path)
    assert back["amount"].tolist() == [365000.0, 750.0]
    assert back["yearly_amounts"].tolist() == ["2021=184000;2022=181000", "2020=500;2021=250"]


def test_mixed_currencies_keep_the_dominant_one(tmp_path):
    body = (
        budget("2021-01-01", "2021-12-31", "100", currency="USD")
        + budget("2022-01-01", "2022-12-31", "200", currency="usd")
        + budget("2023-01-01", "2023-12-31", "999", currency="EUR")
    )
    projects, issues, _ = read_activities(
        tmp_path, activity("XX-3-A", body, attributes='default-currency="GBP"')
    )
    assert projects[["amount", "currency", "yearly_amounts"]].iloc[0].tolist() == [
        300.0,
        "USD",
        "2021=100;2022=200",
    ]
    [message] = issue_messages(issues, "currency")
    assert "XX-3-A" in message and "EUR" in message


def test_nested_and_overlapping_budgets(tmp_path):
    # A year total beside its four quarters (all revised): the quarters are summed, not the total too.
    quarters = "".join(
        budget(s, e, "25", kind="2")
        for s, e in [
            ("2022-01-01", "2022-03-31"),
            ("2022-04-01", "2022-06-30"),
            ("2022-07-01", "2022-09-30"),
            ("2022-10-01", "2022-12-31"),
        ]
    )
    nested = budget("2022-01-01", "2022-12-31", "100", kind="2") + quarters
    # An original budget partly overlapped by a revised one: the revised one is used.
    revised = budget("2022-03-03", "2022-08-31", "70") + budget("2022-03-31", "2022-08-31", "90", kind="2")
    projects, issues, _ = read_activities(
        tmp_path,
        activity("XX-3-Q", nested, attributes='default-currency="USD"'),
        activity("XX-3-R", revised, attributes='default-currency="USD"'),
    )
    assert projects["amount"].tolist() == [100.0, 90.0]
    assert projects["yearly_amounts"].tolist() == ["2022=100", "2022=90"]
    assert issue_messages(issues, "amount") == []


def test_repeated_and_partly_overlapping_budgets(tmp_path):
    # The same period twice: the later line replaces the earlier one.
    repeated = budget("2022-01-01", "2022-12-31", "10") + budget("2022-01-01", "2022-12-31", "12")
    # Two periods overlapping by a month (neither inside the other): both counted, with a warning.
    partly = budget("2022-01-01", "2022-06-30", "10") + budget("2022-06-01", "2022-12-31", "20")
    projects, issues, _ = read_activities(
        tmp_path,
        activity("XX-3-P", repeated, attributes='default-currency="USD"'),
        activity("XX-3-O", partly, attributes='default-currency="USD"'),
    )
    assert projects["amount"].tolist() == [12.0, 30.0]
    [message] = issue_messages(issues, "amount")
    assert "XX-3-O" in message and "2022-01-01..2022-06-30 and 2022-06-01..2022-12-31" in message


def test_no_money_leaves_amount_empty(tmp_path):
    invalid_period = budget("0", "2022-12-31", "10")
    projects, issues, _ = read_activities(
        tmp_path,
        activity("XX-3-N", ""),
        activity("XX-3-I", invalid_period, attributes='default-currency="EUR"'),
    )
    assert np.isnan(projects["amount"].iloc[0]) and pd.isna(projects["currency"].iloc[0])
    assert issue_messages(issues, "amount")[0].startswith("project XX-3-N 'Project XX-3-N' (activity 1)")
    # A budget without a valid period still counts in the amount, but cannot be placed in a year.
    assert projects["amount"].iloc[1] == 10.0 and pd.isna(projects["yearly_amounts"].iloc[1])
    assert issues.loc[issues["kind"] == "date", "row"].tolist() == [2]


def test_sector_vocabularies(tmp_path):
    mixed = (
        '<sector vocabulary="1" code="15210" percentage="60"/><sector code="15130" percentage="40"/>'
        '<sector vocabulary="2" code="152" percentage="100"/><sector vocabulary="99" code="A" percentage="100"/>'
    )
    three_only = '<sector vocabulary="2" code="152"/>'
    other_only = '<sector vocabulary="99" code="A"/><sector vocabulary="10" code="B"/>'
    projects, issues, _ = read_activities(
        tmp_path, activity("XX-3-M", mixed), activity("XX-3-T", three_only), activity("XX-3-O", other_only)
    )
    assert projects["sectors"].tolist()[:2] == ["15210=60;15130=40", "152=100"]
    assert pd.isna(projects["sectors"].iloc[2])
    [message] = issue_messages(issues, "sector")
    assert "XX-3-O" in message and "10, 99" in message


def test_country_on_transaction_and_multi_country_share(tmp_path):
    on_transaction = activity(
        "XX-3-T",
        '<transaction><transaction-type code="2"/><value currency="EUR">10</value>'
        '<recipient-country code="UA"/></transaction>',
        country="PL",
    )
    shared = (
        "<iati-activity><iati-identifier>XX-3-S</iati-identifier>"
        '<reporting-org ref="XX-3" type="10"><narrative>Donor</narrative></reporting-org>'
        '<recipient-country code="PL" percentage="75"/><recipient-country code="UA" percentage="25"/>'
        "</iati-activity>"
    )
    projects, issues, counts = read_activities(tmp_path, on_transaction, shared, activity("XX-3-X", "", "RO"))
    assert projects["project_id"].tolist() == ["XX-3-T", "XX-3-S"]
    assert projects["amount"].iloc[0] == 10.0
    assert counts == {"rows_read": 3, "rows_loaded": 2, "rows_rejected": 0, "rows_skipped": 1}
    assert any("UA 25%" in m for m in issue_messages(issues, "country"))


def test_duplicate_and_missing_identifiers_are_rejected(tmp_path):
    nameless = "<iati-activity><recipient-country code='UA'/></iati-activity>"
    projects, issues, counts = read_activities(
        tmp_path, activity("XX-3-D", ""), activity("XX-3-D", ""), nameless
    )
    assert projects["project_id"].tolist() == ["XX-3-D"]
    assert counts == {"rows_read": 3, "rows_loaded": 1, "rows_rejected": 2, "rows_skipped": 0}
    errors = issues[issues["severity"] == "error"]
    assert errors["row"].tolist() == [2, 3]
    assert errors["kind"].tolist() == ["duplicate", "identifier"]


def test_billion_laughs_is_refused_quickly(tmp_path):
    entities = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10)
    ]
    text = (
        '<?xml version="1.0"?>\n<!DOCTYPE iati-activities [\n' + "\n".join(entities) + "\n]>\n"
        "<iati-activities><iati-activity><iati-identifier>&lol9;</iati-identifier>"
        "</iati-activity></iati-activities>"
    )
    started = time.perf_counter()
    projects, issues, counts = read_text(tmp_path, text, "laughs.xml")
    assert time.perf_counter() - started < 2
    assert projects.empty
    assert issues[["severity", "kind"]].values.tolist() == [["error", "xml"]]
    assert "iati/laughs.xml" in issues["message"].iloc[0]
    assert counts == {"rows_read": 0, "rows_loaded": 0, "rows_rejected": 0, "rows_skipped": 0}


def test_malformed_xml_names_the_line(tmp_path):
    text = "<iati-activities>\n" + activity("XX-3-A", "") + "\n<iati-activity>\n<title>\n</iati-activities>\n"
    projects, issues, counts = read_text(tmp_path, text, "broken.xml")
    assert projects.empty
    [message] = issues["message"].tolist()
    assert "line 5" in message and "iati/broken.xml" in message
    assert issues["row"].tolist() == [5]
    assert counts == {"rows_read": 1, "rows_loaded": 0, "rows_rejected": 1, "rows_skipped": 0}


def test_not_an_activity_file(tmp_path):
    projects, issues, counts = read_text(tmp_path, "<iati-organisations/>", "orgs.xml")
    assert projects.empty and counts["rows_read"] == 0
    assert issues["severity"].tolist() == ["error"]
    assert "iati-organisations" in issues["message"].iloc[0]


def test_empty_projects_have_canonical_dtypes(tmp_path):
    projects, _, _ = read_activities(tmp_path, activity("XX-3-X", "", "RO"))
    assert projects.columns.tolist() == PROJECT_COLUMNS
    assert projects["amount"].dtype == np.float64 and projects["source_row"].dtype == np.int64


def test_is_iati(tmp_path):
    (tmp_path / "a.xml").write_text(
        "\ufeff<?xml version='1.0'?>\n<!-- note -->\n<iati-activities/>", encoding="utf-8"
    )
    (tmp_path / "b.xml").write_text("<root><iati-activities/></root>", encoding="utf-8")
    (tmp_path / "c.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    assert [is_iati(tmp_path / n) for n in ("a.xml", "b.xml", "c.csv")] == [True, False, False]


# --------------------------------------------------------------------------- real data

REFERENCE_XML = "iati-ukraine/ua_iati_dportal_prefiltered_2022-07-20.xml"


@pytest.fixture(scope="module")
def reference_read():
    cache = {}

    def read(reference_dir):
        if "result" not in cache:
            cache["result"] = read_iati(reference_dir / REFERENCE_XML, "iati/ua.xml")
        return cache["result"]

    return read


def test_reference_counts(reference_dir, reference_read):
    projects, issues, counts = reference_read(reference_dir)
    assert counts["rows_read"] == 174
    assert counts["rows_read"] == counts["rows_loaded"] + counts["rows_rejected"] + counts["rows_skipped"]
    assert len(projects) == counts["rows_loaded"]
    # 150 activities are for UA (README); those not loaded are parents skipped for their children.
    parents = issues[issues["kind"] == "hierarchy"]
    assert counts["rows_loaded"] + counts["rows_rejected"] + len(parents) == 150
    assert "iati/ua.xml: 24 of 174 activities are not for UA and were skipped" in issue_messages(
        issues, "country"
    )
    assert not set(parents["message"].str.extract(r"project (\S+)")[0]) & set(projects["project_id"])
    project_schema().validate(projects)


def test_reference_against_ocha_flattening(reference_dir, reference_read):
    projects, _, _ = reference_read(reference_dir)
    ocha = pd.read_csv(reference_dir / "iati-ukraine/ua_iati_transactions_2022-07-20.csv", skiprows=[1])
    ukraine = (
        ocha[ocha["Recipient country"] == "Ukraine"].groupby("Activity id")["Reporting org name"].first()
    )
    loaded = projects.set_index("project_id")
    # Every activity OCHA counted for Ukraine is loaded (OCHA too counts children, not their parents).
    assert set(ukraine.index) <= set(loaded.index)
    assert "XM-DAC-3-1-286780" not in loaded.index and "XM-DAC-3-1-286780-35506" in loaded.index
    for identifier in ["CA-3-P011317001", "XM-DAC-3-1-286781-35507"]:
        assert loaded.loc[identifier, "partner"] == ukraine[identifier]
    # UNDP reports this output and implements it (participating-org role 4, its own ref); the one funder, role 1,
    # is the European Investment Bank: the partner is the bank, not the reporting org OCHA's table names
    undp = "XM-DAC-41114-OUTPUT-00104480"
    assert ukraine[undp] == "United Nations Development Programme"
    assert (loaded.loc[undp, "partner"], loaded.loc[undp, "implementer"]) == (
        "European Investment Bank",
        "United Nations Development Programme",
    )
    halo = loaded.loc["GB-CHC-1001813-NLUkraine2020-2024"]
    assert halo["title"] == "Humanitarian mine action in Ukraine NL MFA 2020-2024"
    assert (halo["start_date"], halo["end_date"]) == ("2020-09-01", "2024-08-31")
    assert halo["beneficiaries"] == "SESU"
    # The CBPF grants: an intermediary reporting one funder.
    cbpf = loaded[loaded.index.str.startswith("XM-OCHA-CBPF-UKR-22")]
    assert (cbpf["partner"] == "Ukraine Humanitarian Fund").all()


def test_three_levels_declared_by_children_only(tmp_path):
    # Children come first and only they name their parent: only the leaf is kept.
    leaf = activity("XX-3-L3", '<related-activity ref="XX-3-L2" type="1"/>')
    middle = activity("XX-3-L2", '<related-activity ref="XX-3-L1" type="1"/>')
    top = activity("XX-3-L1", "")
    projects, issues, counts = read_activities(tmp_path, leaf, middle, top)
    assert projects["project_id"].tolist() == ["XX-3-L3"]
    assert counts == {"rows_read": 3, "rows_loaded": 1, "rows_rejected": 0, "rows_skipped": 2}
    assert issues.loc[issues["kind"] == "hierarchy", "row"].tolist() == [2, 3]


def _org(role: str, name: str, ref: str = "") -> str:
    ref = f' ref="{ref}"' if ref else ""
    return f'<participating-org role="{role}"{ref}><narrative>{name}</narrative></participating-org>'


def _commitment(value: str, date: str, kind: str = "2") -> str:
    return (
        f'<transaction><transaction-type code="{kind}"/><transaction-date iso-date="{date}"/>'
        f"<value>{value}</value></transaction>"
    )


@pytest.mark.parametrize(
    ("orgs", "partner"),
    [
        # the reporting org (ref XX-3) implements; one funder with another ref: the funder
        (_org("1", "Federal Foreign Office", "DE-7") + _org("4", "Donor", "XX-3"), "Federal Foreign Office"),
        # the implementer named without a ref but with the reporting org's name
        (_org("1", "Federal Foreign Office", "DE-7") + _org("4", "Donor"), "Federal Foreign Office"),
        # a funder without a ref that is a partner this tool knows
        (_org("1", "Government of Japan") + _org("4", "Donor", "XX-3"), "Government of Japan"),
        # ... and one that is not: the reporting org
        (_org("1", "Donations public - own resources") + _org("4", "Donor", "XX-3"), "Donor"),
        # the reporting org funds as well: itself
        (_org("1", "Donor", "XX-3") + _org("4", "Donor", "XX-3"), "Donor"),
        # two funders: the reporting org (the money is not one funder's)
        (_org("1", "Sweden", "SE-0") + _org("1", "Denmark", "DK-1") + _org("4", "Donor", "XX-3"), "Donor"),
        # the reporting org does not implement it (a donor reporting a co-funder's money): itself
        (_org("1", "Sweden", "SE-0") + _org("4", "UNDP", "XM-DAC-41114"), "Donor"),
    ],
)
def test_the_funder_behind_an_implementer_that_reports(tmp_path, orgs, partner):
    projects, _, _ = read_activities(
        tmp_path, activity("A-1", orgs + budget("2021-01-01", "2021-12-31", "10"))
    )
    assert projects.loc[0, "partner"] == partner


def test_the_funder_behind_an_implementer_is_counted_by_its_incoming_commitment(tmp_path):
    body = _org("1", "Sweden", "SE-0") + _org("4", "Donor", "XX-3")
    body += _commitment("800", "2021-02-01", kind="11") + _commitment("300", "2021-03-01", kind="2")
    projects, _, _ = read_activities(tmp_path, activity("A-1", body, attributes='default-currency="EUR"'))
    assert (projects.loc[0, "partner"], projects.loc[0, "amount"]) == ("Sweden", 800.0)
    # reported by the donor itself: its outgoing commitment, as before
    own = _commitment("800", "2021-02-01", kind="11") + _commitment("300", "2021-03-01", kind="2")
    projects, _, _ = read_activities(tmp_path, activity("A-2", own, attributes='default-currency="EUR"'))
    assert (projects.loc[0, "partner"], projects.loc[0, "amount"]) == ("Donor", 300.0)
