"""Reading an ordinary inbox (blind set BM): habits no template asked for, each read as a careful analyst would.

Expected values are worked out by hand from the rows written here.
"""

from __future__ import annotations

import pandas as pd
import pytest

from mtd_analysis.ingest.partners import canonical_partner
from mtd_analysis.ingest.values import parse_status

HEADER = ["Title", "Implementer", "Start", "End", "Amount, USD", "Status", "Beneficiary"]
JOINT = "Integrated border security along the Ukraine–Belarus border"


def _money_2021(result, project_id: str) -> float:
    alloc = result.allocations
    return float(alloc.loc[alloc.project_id.eq(project_id) & alloc.year.eq(2021), "amount_eur"].sum())


@pytest.mark.parametrize("money_first", [True, False])
def test_a_joint_project_listed_under_two_agencies_points_to_its_money_and_counts_once(
    workbook_build, money_first
):
    # one sheet per agency; the joint project stands on both, its amount on one and "see … sheet" on the other
    with_money = [JOINT, "U.S. CBP", "2021-01-01", "2021-12-31", 3_000_000, "Ongoing"]
    pointing = [JOINT, "U.S. CBP", "2021-01-01", "2021-12-31", "see SBGS sheet", "Ongoing"]
    other = ["Migration data management for the State Migration Service", "IOM", "2021-01-01", "2021-12-31"]
    sbgs = [["U.S. Embassy Kyiv"], HEADER, [*(with_money if money_first else pointing), "ДПСУ"]]
    sms = [
        ["U.S. Embassy Kyiv"],
        HEADER,
        [*other, 800_000, "Ongoing", "ДМС"],
        [*(pointing if money_first else with_money), "ДМС"],
    ]
    result = workbook_build({"SBGS": sbgs, "SMS": sms}, "usa_by_agency.xlsx")
    projects = result.projects
    joint = projects[projects.title.eq(JOINT)]
    assert len(joint) == 1, "counted once"
    row = joint.iloc[0]
    assert row.amount == 3_000_000
    assert set(row.beneficiaries.split(";")) == {"SBGS", "SMS"}
    # both projects in USD over 2021: the joint one's euros are 3 000 000 / 800 000 times the other's
    other_id = projects.loc[~projects.title.eq(JOINT), "project_id"].iloc[0]
    assert _money_2021(result, row.project_id) == pytest.approx(_money_2021(result, other_id) * 3.75, abs=1)
    # its money stays traced to the cell that holds it
    assert "amount=E3" in row.source_cells if money_first else "amount=E4" in row.source_cells
    assert result.issues.loc[result.issues.severity.eq("error")].empty  # "see SBGS sheet" is no bad amount
    said = result.issues.message[result.issues.message.str.contains("points to", regex=False)]
    assert len(said) == 1 and "see SBGS sheet" in said.iloc[0]
    # every row read is accounted for: 3 projects' rows, one counted in another
    totals = result.manifest["totals"]
    assert totals["rows_read"] == totals["rows_loaded"] + totals["rows_rejected"] + totals["rows_skipped"]
    assert len(projects) == 2


def test_a_reference_with_a_sum_beside_it_is_not_taken_for_a_pointer(one_sheet_build):
    # "see budget: 120 000" gives a figure, so it is not a reference to another row; it stays a problem said
    rows = [
        ["Title", "Partner", "Start", "End", "Amount, EUR"],
        ["Police training in Kharkiv", "EU", "2021-01-01", "2021-12-31", "see budget: 120 000 and 40 000"],
    ]
    result = one_sheet_build(rows, "eu.xlsx")
    assert result.issues.severity.eq("error").any()


def test_funders_shares_in_another_column_of_the_row_split_the_project(tmp_path):
    from mtd_analysis.build import build

    raw = tmp_path / "raw"
    raw.mkdir()
    text = (
        "Код проєкту;Назва проєкту;Бенефіціар;Донор;Розподіл фінансування;Дата початку;Дата завершення;"
        "Бюджет, євро;Стан\n"
        "UKR-19-07;Запобігання та протидія домашньому насильству;НПУ;ЄС / Рада Європи;"
        "ЄС – 90 %, Рада Європи – 10 %;01.01.2021;31.12.2021;1500000,00;виконується\n"
        "UKR-21-02;Протидія торгівлі людьми;НПУ;Данія;;01.01.2021;31.12.2021;480000,00;виконується\n"
    )
    (raw / "coe_export.csv").write_bytes(text.encode("cp1251"))
    result = build(raw, tmp_path / "out", year=2021)
    projects = result.projects.set_index("partner")
    assert projects.loc["EU", "amount"] == pytest.approx(1_350_000)  # 90 % of 1 500 000
    assert projects.loc["Council of Europe", "amount"] == pytest.approx(150_000)
    assert projects.loc["Denmark", "amount"] == 480_000
    assert "partner_shares=E2" in projects.loc["EU", "source_cells"]
    assert not result.issues.message.str.contains("without their shares").any()


def test_a_funders_split_naming_other_funders_is_not_taken(tmp_path):
    from mtd_analysis.build import build

    raw = tmp_path / "raw"
    raw.mkdir()
    pd.DataFrame(
        {
            "Title": ["Border surveillance on the Moldova border"],
            "Donor": ["EU / Germany"],
            "Remark": ["Sweden 60 %, Norway 40 % of the second phase"],
            "Start": ["2021-01-01"],
            "End": ["2021-12-31"],
            "Budget EUR": [1_000_000],
        }
    ).to_csv(raw / "list.csv", index=False)
    result = build(raw, tmp_path / "out", year=2021)
    assert result.projects.partner.tolist() == ["EU"]  # not split by the shares of others
    assert result.issues.message.str.contains("without their shares").any()


@pytest.mark.parametrize(
    "text",
    [
        "Under discussion with beneficiary",
        "under discussion",
        "в обговоренні",
        "на етапі обговорення",
        "на обсуждении",
        "на етапі розробки",
        "на этапе разработки",
    ],
)
def test_a_project_still_discussed_or_drafted_is_in_the_pipeline(text):
    assert parse_status(text) == "planned"


@pytest.mark.parametrize(
    "name",
    [
        "Federal Ministry of the Interior, Building and Community (BMI)",
        "Federal Ministry of the Interior and Community",
        "Bundesministerium des Innern, für Bau und Heimat",
    ],
)
def test_germanys_interior_ministry_is_germany(name):
    assert canonical_partner(name) == "Germany"


def test_an_interior_ministry_not_named_as_germanys_is_not_taken_for_germany():
    # Austria's ministry is the "Federal Ministry of the Interior" too (Bundesministerium für Inneres)
    assert canonical_partner("Federal Ministry of the Interior") != "Germany"
    assert canonical_partner("Bundesministerium für Inneres") != "Germany"
