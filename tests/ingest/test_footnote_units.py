"""The amounts' currency and unit said only in a note below the table ("* All amounts in thousands of SEK")."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook

from mtd_analysis.build import build

ROWS = [
    ("Community policing in hromadas", "National Police", 24_000, 9_500),
    ("Police mobile response groups", "National Police", 12_500, 6_250),
]


def _portfolio(path, headers: tuple[str, str], note: str | None) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Portfolio"
    ws.append(["Embassy of Sweden in Kyiv: support to the law-enforcement sector"])
    ws.append([])
    ws.append(["Project", "Beneficiary", "Start", "End", *headers])
    for title, agency, total, y2021 in ROWS:
        ws.append([title, agency, dt.datetime(2021, 1, 1), dt.datetime(2022, 12, 31), total, y2021])
    ws.append([])
    if note:
        ws.append([note])
    wb.save(path)


def test_a_footnote_gives_the_currency_and_the_unit(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    note = "* All amounts in thousands of Swedish kronor (SEK '000)."
    _portfolio(raw / "sweden.xlsx", ("Total budget*", "Budget 2021*"), note)
    result = build(raw, tmp_path / "out", year=2021)
    projects = result.projects.set_index("title")
    assert projects["currency"].tolist() == ["SEK", "SEK"]
    assert projects.loc["Community policing in hromadas", "amount"] == 24_000_000
    assert projects.loc["Community policing in hromadas", "yearly_amounts"] == "2021=9500000"
    said = result.issues[result.issues["message"].str.contains("gives the amounts'")]
    assert said["column"].tolist() == ["A7"] and said["severity"].tolist() == [
        "info"
    ]  # title, blank, header, 2 rows, blank
    assert "SEK × 1,000" in said["message"].item()
    assert not result.issues["message"].str.contains("has no currency").any()


def test_a_footnote_unit_with_the_currency_in_the_header(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    _portfolio(raw / "eu.xlsx", ("Total, EUR*", "2021, EUR*"), "* amounts in thousands")
    projects = build(raw, tmp_path / "out", year=2021).projects.set_index("title")
    assert projects["currency"].tolist() == ["EUR", "EUR"]
    assert projects.loc["Police mobile response groups", "amount"] == pytest.approx(12_500_000)


@pytest.mark.parametrize("note", [None, "* Source: the embassy's records, March 2021"])
def test_no_footnote_on_the_amounts_changes_nothing(tmp_path, note):
    raw = tmp_path / "raw"
    raw.mkdir()
    _portfolio(raw / "sweden.xlsx", ("Total budget", "Budget 2021"), note)
    result = build(raw, tmp_path / "out", year=2021)
    assert result.projects["amount"].tolist() == [24_000, 12_500]
    assert result.projects["currency"].isna().all()
    warned = result.issues["severity"].eq("warning") & result.issues["message"].str.contains(
        "has no currency"
    )
    assert warned.sum() == 2


def test_a_footnote_that_only_quotes_an_amount_sets_no_unit(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    note = "* Note: the total budget of the programme is EUR 5 million, of which 1.2 million committed"
    _portfolio(raw / "eu.xlsx", ("Total, EUR", "2021, EUR"), note)
    result = build(raw, tmp_path / "out", year=2021)
    assert result.projects["amount"].tolist() == [24_000, 12_500]
    assert not result.issues["message"].str.contains("gives the amounts'").any()
