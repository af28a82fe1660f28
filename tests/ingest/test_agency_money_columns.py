"""A matrix of money by beneficiary agency in one header row ("Project | … | NPU | SBGS | SMS | Total"), as Sida's
matrix of set Z: the agencies with money are the project's beneficiaries, the total its amount (their sum where
no total is given). The agency columns were warned as unknown and the beneficiaries left empty."""

from __future__ import annotations

import pandas as pd
from openpyxl import Workbook

from mtd_analysis.build import build
from mtd_analysis.ingest.columns import match_field


def _build(tmp_path, rows: list):
    raw = tmp_path / "raw"
    raw.mkdir()
    wb = Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(raw / "Sida_matrix.xlsx")
    return build(raw, tmp_path / "out", year=2021)


def _projects(result) -> dict[str, dict]:
    return {r["title"]: r for r in result.projects.to_dict("records")}


def test_agencies_with_money_beside_a_total_are_the_beneficiaries(tmp_path):
    result = _build(
        tmp_path,
        [
            ["Amounts in SEK thousands by beneficiary agency"],
            [],
            ["Project", "Start", "End", "NPU", "SBGS", "SMS", "Total"],
            ["Electronic queue at border checkpoints", "2021-01-01", "2021-12-31", None, 6000, 2000, 8000],
            ["Police response to domestic violence", "2021-01-01", "2021-12-31", 3650, 0, None, 3650],
            ["Biometrics for migration control", "2021-01-01", "2021-12-31", None, 1000, 1000, 2500],
        ],
    )
    projects = _projects(result)
    border = projects["Electronic queue at border checkpoints"]
    assert border["beneficiaries"] == "SBGS;SMS"
    assert border["amount"] == 8_000_000 and border["currency"] == "SEK"
    assert "beneficiaries_SBGS=E4" in border["source_cells"] and "amount=G4" in border["source_cells"]
    assert projects["Police response to domestic violence"]["beneficiaries"] == "NPU"  # a zero is no money
    # parts that do not add up to the total: the total is counted, and that is said at the row
    biometrics = projects["Biometrics for migration control"]
    assert biometrics["amount"] == 2_500_000
    said = result.issues[result.issues["message"].str.contains("add up to 2,000,000.00")]
    assert len(said) == 1 and said.iloc[0]["row"] == 6
    # the agency columns are read, not warned as unknown
    assert not result.issues["message"].str.contains("is not a project field").any()


def test_without_a_total_the_agencies_money_is_summed(tmp_path):
    result = _build(
        tmp_path,
        [
            ["Sida projects with MIA agencies, amounts in EUR"],
            [],
            ["Project", "Start", "End", "National Police", "State Border Guard Service"],
            ["Radios for patrols and border posts", "2021-01-01", "2021-12-31", 100_000, 50_000],
        ],
    )
    project = _projects(result)["Radios for patrols and border posts"]
    assert project["amount"] == 150_000 and project["currency"] == "EUR"
    assert project["beneficiaries"] == "NPU;SBGS"


def test_agency_columns_of_marks_are_not_money(tmp_path):
    result = _build(
        tmp_path,
        [
            ["Project", "Budget, EUR", "NPU", "SBGS"],
            ["Radios for patrols", 100_000, "x", None],
        ],
    )
    assert _projects(result)["Radios for patrols"]["amount"] == 100_000


def test_agencies_money_under_a_group_cell_beside_its_total(tmp_path):
    result = _build(
        tmp_path,
        [
            ["Назва проєкту", "Фінансування, грн", None, None],
            [None, "НПУ", "ДПСУ", "Всього"],
            ["Рації для патрулів", 100_000, None, 100_000],
            ["Катери для прикордонників", 20_000, 230_000, 250_000],
        ],
    )
    projects = _projects(result)
    assert projects["Рації для патрулів"]["beneficiaries"] == "NPU"
    assert projects["Катери для прикордонників"]["beneficiaries"] == "NPU;SBGS"
    assert projects["Катери для прикордонників"]["amount"] == 250_000


def test_the_parts_take_the_totals_currency_where_the_total_is_empty(tmp_path):
    result = _build(
        tmp_path,
        [
            ["Project", "NPU", "SBGS", "SMS", "Total, USD"],
            ["Radios", 100_000, None, None, 100_000],
            ["Data centre", None, 60_000, 40_000, None],
        ],
    )
    centre = _projects(result)["Data centre"]
    assert (centre["amount"], centre["currency"], centre["beneficiaries"]) == (100_000, "USD", "SBGS;SMS")


def test_agency_columns_of_people_or_shares_beside_a_budget_are_not_money(tmp_path):
    result = _build(
        tmp_path,
        [
            ["Project", "Budget, EUR", "NPU", "SBGS"],  # trainees per agency
            ["Training of patrol officers", 800_000, 120, 30],
            ["Rescue training (budget tbc)", None, 15, 10],
        ],
    )
    projects = _projects(result)
    assert projects["Training of patrol officers"]["amount"] == 800_000
    assert pd.isna(projects["Rescue training (budget tbc)"]["amount"])  # no budget: none made up from people


def test_a_field_named_after_an_agency_is_still_that_field():
    assert match_field("NPU budget").field == "amount"
    assert match_field("MIA strategic priority").field == "declared_priority"
    assert match_field("State Border Guard Service").field is None
