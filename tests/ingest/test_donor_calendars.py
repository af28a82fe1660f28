"""Money on the donor's own calendar: a period written as fiscal years ("FY2021/22", "FY21/22 – FY22/23"), read by
the partner's fiscal year (``partners.csv``, ``fiscal_year``), and a title line giving the currency after a long
phrase ("Budgets by UK financial year (1 April – 31 March), GBP")."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook

from mtd_analysis.build import build


def _build(tmp_path, rows: list[list], name: str):
    raw = tmp_path / "raw"
    raw.mkdir(parents=True)
    wb = Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(raw / name)
    return build(raw, tmp_path / "out", year=2021)


def _by_title(result) -> dict[str, dict]:
    return {r["title"]: r for r in result.projects.to_dict("records")}


#: NBU official annual mean rates for 2021, UAH per unit (the shipped table's figures)
UAH_2021 = {"EUR": 32.3009, "USD": 27.2835, "GBP": 37.5407}


def _amount_2021(result, title: str) -> float:
    """The project's 2021 funding in its own currency (EUR back at the 2021 rates)."""
    project = _by_title(result)[title]
    alloc = result.allocations
    eur = alloc.loc[
        alloc["project_id"].eq(project["project_id"]) & alloc["year"].eq(2021), "amount_eur"
    ].sum()
    return eur * UAH_2021["EUR"] / UAH_2021[project["currency"]]


def test_a_period_of_fiscal_years_is_the_partners_fiscal_years(tmp_path):
    result = _build(
        tmp_path,
        [
            ["Project", "Period", "Budget, GBP"],
            ["Drug crime investigations mentoring", "FY2021/22", 365_000],
            ["Anti-trafficking hotline", "FY21/22 – FY22/23", 730_000],
            ["Police custody records", "FY2020-21", 365_000],
        ],
        name="UK_FCDO_projects.xlsx",
    )
    projects = _by_title(result)
    # the UK's fiscal year runs 1 April to 31 March: FY2021/22 = 01.04.2021–31.03.2022
    mentoring = projects["Drug crime investigations mentoring"]
    assert (mentoring["start_date"], mentoring["end_date"]) == ("2021-04-01", "2022-03-31")
    hotline = projects["Anti-trafficking hotline"]
    assert (hotline["start_date"], hotline["end_date"]) == ("2021-04-01", "2023-03-31")
    custody = projects["Police custody records"]
    assert (custody["start_date"], custody["end_date"]) == ("2020-04-01", "2021-03-31")
    # 275 of the 365 days of FY2021/22 fall in 2021; 90 of FY2020/21's
    days = (dt.date(2022, 3, 31) - dt.date(2021, 4, 1)).days + 1
    assert _amount_2021(result, "Drug crime investigations mentoring") == pytest.approx(
        365_000 * 275 / days, abs=0.01
    )
    assert _amount_2021(result, "Police custody records") == pytest.approx(365_000 * 90 / 365, abs=0.01)
    said = result.issues["message"]
    assert said.str.contains("the period 'FY2021/22' is UK's fiscal year: 01.04.2021–31.03.2022").any()
    assert not (result.issues["severity"].eq("error")).any()


def test_a_us_fiscal_year_in_a_period_cell_runs_october_to_september(tmp_path):
    result = _build(
        tmp_path,
        [
            ["Program", "Period of performance", "Amount (USD)"],
            ["K-9 units for drug interdiction", "FY2021", 730_000],
        ],
        name="INL_programs.xlsx",
    )
    k9 = _by_title(result)["K-9 units for drug interdiction"]
    assert (k9["start_date"], k9["end_date"]) == ("2020-10-01", "2021-09-30")
    assert _amount_2021(result, "K-9 units for drug interdiction") == pytest.approx(
        730_000 * 273 / 365, abs=0.01
    )


def test_a_split_fiscal_year_of_a_partner_whose_year_is_not_known_is_april_to_march_and_said(tmp_path):
    result = _build(
        tmp_path,
        [["Project", "Period", "Budget, EUR"], ["Border surveillance drones", "FY2021/22", 100_000]],
        name="EU_projects.xlsx",
    )
    drones = _by_title(result)["Border surveillance drones"]
    assert (drones["start_date"], drones["end_date"]) == ("2021-04-01", "2022-03-31")
    warned = result.issues[result.issues["severity"].eq("warning")]["message"]
    assert warned.str.contains("read as April to March").any()


def test_a_fiscal_year_alone_of_a_partner_whose_year_is_not_known_stays_an_error(tmp_path):
    result = _build(
        tmp_path,
        [["Project", "Period", "Budget, EUR"], ["Border surveillance drones", "FY2021", 100_000]],
        name="EU_projects.xlsx",
    )
    errors = result.issues[result.issues["severity"].eq("error")]["message"]
    assert errors.str.contains("FY2021").any()
    assert _amount_2021(result, "Border surveillance drones") == 0


def test_a_title_line_gives_the_currency_after_a_long_phrase(tmp_path):
    result = _build(
        tmp_path,
        [
            ["UK Government (FCDO) – projects with the MIA, May 2021"],
            ["Budgets by UK financial year (1 April – 31 March), GBP"],
            ["Project title", "Beneficiary", "Status", "FY2020/21", "FY2021/22", "Total"],
            ["Green border surveillance training", "SBGS", "ongoing", 100_000, 365_000, 465_000],
        ],
        name="UK_projects.xlsx",
    )
    project = _by_title(result)["Green border surveillance training"]
    assert project["currency"] == "GBP"
    # FY2020/21: 90 of 365 days in 2021; FY2021/22: 275 of 365
    assert _amount_2021(result, "Green border surveillance training") == pytest.approx(
        100_000 * 90 / 365 + 365_000 * 275 / 365, abs=0.01
    )
