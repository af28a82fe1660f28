"""Tests of mtd_analysis.analysis.money: rates table, amounts per year, conversion."""

from __future__ import annotations

import io
import math
from datetime import date

import numpy as np
import pandas as pd
import pytest

from mtd_analysis import config
from mtd_analysis.analysis import money
from mtd_analysis.analysis.money import RatesError, convert, load_rates, yearly_amounts
from mtd_analysis.schema import ISSUE_COLUMNS

RATE_CURRENCIES = ["AUD", "CAD", "CHF", "CZK", "DKK", "EUR", "GBP", "JPY", "NOK", "PLN", "SEK", "UAH", "USD"]


def hand_rates(rows):
    return pd.DataFrame(rows, columns=["year", "currency", "uah_per_unit"])


def years_of(yearly):
    return dict(zip(yearly["year"].tolist(), yearly["amount"].tolist(), strict=True))


# ------------------------------------------------------------------------------------------------ rates
def test_shipped_rates_cover_2015_2022_for_every_currency():
    rates = load_rates()
    assert rates.columns.tolist() == ["year", "currency", "uah_per_unit"]
    assert sorted(rates["year"].unique().tolist()) == list(range(2015, 2023))
    for _, group in rates.groupby("year"):
        assert sorted(group["currency"]) == RATE_CURRENCIES
    assert (rates.loc[rates["currency"] == "UAH", "uah_per_unit"] == 1.0).all()
    assert (rates["uah_per_unit"] > 0).all()


def test_shipped_rates_name_their_source():
    table = pd.read_csv(config.RATES_FILE, dtype={"days": str}, keep_default_na=False)
    assert table.columns.tolist() == ["year", "currency", "uah_per_unit", "days", "partial", "source"]
    # 2022 covers 1 January to 20 July (201 days) and is marked partial; the other years are whole
    nbu = table.loc[table["currency"] != "UAH"]
    assert set(nbu.loc[nbu["year"] == 2022, "days"]) == {"201"}
    assert set(nbu.loc[nbu["year"] == 2022, "partial"]) == {"yes"}
    assert set(nbu.loc[nbu["year"].isin([2016, 2020]), "days"]) == {"366"}
    assert set(nbu.loc[nbu["year"].isin([2015, 2017, 2018, 2019, 2021]), "days"]) == {"365"}
    assert set(table.loc[table["year"] < 2022, "partial"]) == {""}
    nbu = table.loc[table["currency"] != "UAH", "source"]
    assert nbu.str.contains("National Bank of Ukraine").all()
    assert nbu.str.contains("kastaneda/nbu_rates").all()
    assert (
        table.loc[(table["year"] == 2022) & (table["currency"] == "EUR"), "source"].item().count("21 Jul")
        == 1
    )


def test_shipped_rates_agree_with_reference(reference_dir):
    reference = pd.read_csv(reference_dir / "nbu-rates" / "nbu_official_rates_annual_mean_2015_2022.csv")
    rates = load_rates()
    merged = reference.merge(rates, on=["year", "currency"], how="left", validate="one_to_one")
    assert merged["uah_per_unit"].notna().all()
    assert (merged["uah_per_unit"] == merged["uah_per_unit_mean"]).all()
    # spot checks written out by hand from the reference table
    lookup = rates.set_index(["year", "currency"])["uah_per_unit"]
    assert lookup[(2021, "EUR")] == 32.3009
    assert lookup[(2021, "USD")] == 27.2835
    assert lookup[(2015, "GBP")] == 33.3785


def test_load_rates_file_replaces_the_table(tmp_path):
    path = tmp_path / "rates.csv"
    path.write_text("year,currency,uah_per_unit\n2021,usd,27\n2021,EUR,30\n")
    rates = load_rates(path)
    assert rates.to_numpy().tolist() == [[2021, "EUR", 30.0], [2021, "USD", 27.0]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("year,currency,uah_per_unit\n2021,EUR,30\n2021,USD,-1\n", "row 3"),
        (
            "year,currency,uah_per_unit\n2021,EUR,30\n2021,EUR,31\n",
            "row 3: EUR 2021 is already given on row 2",
        ),
        ("year,currency,uah_per_unit\n2021,EURO,30\n", "row 2"),
        ("year,currency,uah_per_unit\nlast,EUR,30\n", "row 2"),
        ("year,currency,uah_per_unit\n2021,EUR,\n", "row 2"),
        ("year,currency,rate\n2021,EUR,30\n", "uah_per_unit"),
    ],
)
def test_load_rates_refuses_bad_tables(tmp_path, body, expected):
    path = tmp_path / "my_rates.csv"
    path.write_text(body)
    with pytest.raises(RatesError, match="my_rates.csv") as caught:
        load_rates(path)
    assert expected in str(caught.value)


# ----------------------------------------------------------------------------------------- yearly amounts
def test_two_year_project_from_july_gives_half_to_the_middle_year(make_projects):
    # 2020-07-01..2020-12-31 = 184 days, 2021 = 365, 2022-01-01..2022-06-30 = 181; total 730
    projects = make_projects(
        [
            {
                "project_id": "P1",
                "amount": 1_000_000.0,
                "currency": "EUR",
                "start_date": "2020-07-01",
                "end_date": "2022-06-30",
            }
        ]
    )
    yearly, issues = yearly_amounts(projects)
    assert yearly.columns.tolist() == ["project_id", "year", "amount", "currency", "method"]
    assert years_of(yearly) == {2020: 252_054.79, 2021: 500_000.00, 2022: 247_945.21}
    assert set(yearly["method"]) == {"prorated"}
    assert issues.empty


def test_leap_year_days_count(make_projects):
    projects = make_projects(
        [
            # 2020 is leap: Feb..Dec 2020 = 366 - 31 = 335 days, Jan 2021 = 31; total 366
            {
                "project_id": "LEAP",
                "amount": 36_600.0,
                "currency": "EUR",
                "start_date": "2020-02-01",
                "end_date": "2021-01-31",
            },
            # 2021 is not: Feb..Dec 2021 = 334 days, Jan 2022 = 31; total 365
            {
                "project_id": "PLAIN",
                "amount": 36_500.0,
                "currency": "EUR",
                "start_date": "2021-02-01",
                "end_date": "2022-01-31",
            },
        ]
    )
    yearly, _ = yearly_amounts(projects)
    assert years_of(yearly[yearly["project_id"] == "LEAP"]) == {2020: 33_500.0, 2021: 3_100.0}
    assert years_of(yearly[yearly["project_id"] == "PLAIN"]) == {2021: 33_400.0, 2022: 3_100.0}


def test_rounding_remainder_goes_to_the_last_year(make_projects):
    # three whole non-leap years: 100 / 3 each -> 33.33, 33.33 and the remainder 33.34
    projects = make_projects(
        [
            {
                "project_id": "P",
                "amount": 100.0,
                "currency": "EUR",
                "start_date": "2021-01-01",
                "end_date": "2023-12-31",
            }
        ]
    )
    yearly, _ = yearly_amounts(projects)
    assert years_of(yearly) == {2021: 33.33, 2022: 33.33, 2023: 33.34}
    assert round(yearly["amount"].sum(), 2) == 100.0


def test_one_day_project(make_projects):
    projects = make_projects(
        [
            {
                "project_id": "P",
                "amount": 10.0,
                "currency": "EUR",
                "start_date": "2021-05-05",
                "end_date": "2021-05-05",
            }
        ]
    )
    yearly, issues = yearly_amounts(projects)
    assert years_of(yearly) == {2021: 10.0}
    assert issues.empty


def test_declared_yearly_amounts_are_kept(make_projects):
    projects = make_projects(
        [
            {
                "project_id": "OK",
                "amount": 300.0,
                "currency": "USD",
                "yearly_amounts": "2020=100;2021=200",
                "start_date": "2020-01-01",
                "end_date": "2020-12-31",
            },
            {
                "project_id": "OFF",
                "title": "Cells",
                "amount": 400.0,
                "currency": "USD",
                "yearly_amounts": "2020=100;2021=200",
            },
        ]
    )
    yearly, issues = yearly_amounts(projects)
    assert yearly[["project_id", "year", "amount", "currency", "method"]].to_numpy().tolist() == [
        ["OK", 2020, 100.0, "USD", "declared"],
        ["OK", 2021, 200.0, "USD", "declared"],
        ["OFF", 2020, 100.0, "USD", "declared"],
        ["OFF", 2021, 200.0, "USD", "declared"],
    ]
    assert issues[["row", "column", "severity", "kind"]].to_numpy().tolist() == [
        [3, "yearly_amounts", "warning", "amount"]
    ]
    assert issues["message"].item().startswith("project OFF 'Cells' (row 3): yearly amounts add up to 300.00")


def test_declared_within_half_a_percent_is_not_flagged(make_projects):
    projects = make_projects(
        [{"project_id": "P", "amount": 1000.0, "currency": "EUR", "yearly_amounts": "2021=996"}]
    )
    _, issues = yearly_amounts(projects)
    assert issues.empty


def test_unreadable_yearly_amounts_fall_back_to_the_period(make_projects):
    projects = make_projects(
        [
            {
                "project_id": "P",
                "amount": 50.0,
                "currency": "EUR",
                "yearly_amounts": "2021: fifty",
                "start_date": "2021-01-01",
                "end_date": "2021-12-31",
            }
        ]
    )
    yearly, issues = yearly_amounts(projects)
    assert yearly[["year", "amount", "method"]].to_numpy().tolist() == [[2021, 50.0, "prorated"]]
    assert issues[["severity", "column"]].to_numpy().tolist() == [["error", "yearly_amounts"]]


def test_incomplete_periods(make_projects):
    projects = make_projects(
        [
            {"project_id": "START", "amount": 10.0, "currency": "EUR", "start_date": "2021-03-01"},
            {"project_id": "END", "amount": 20.0, "currency": "EUR", "end_date": "2022-03-01"},
            {"project_id": "NONE", "amount": 30.0, "currency": "EUR"},
            {
                "project_id": "BACK",
                "amount": 40.0,
                "currency": "EUR",
                "start_date": "2022-01-01",
                "end_date": "2021-01-01",
            },
            {
                "project_id": "NOAMOUNT",
                "currency": "EUR",
                "start_date": "2021-01-01",
                "end_date": "2021-12-31",
            },
        ]
    )
    yearly, issues = yearly_amounts(projects)
    assert yearly[["project_id", "year", "amount", "method"]].to_numpy().tolist() == [
        ["START", 2021, 10.0, "start_year"],
        ["END", 2022, 20.0, "end_year"],
    ]
    assert issues.columns.tolist() == ISSUE_COLUMNS
    assert issues[["row", "severity", "kind"]].to_numpy().tolist() == [
        [2, "warning", "date"],
        [3, "warning", "date"],
        [4, "warning", "date"],
        [5, "info", "date"],  # the reader reports the dates as an error; this is the consequence
    ]
    assert "no period: not assigned to a year" in issues["message"].iloc[2]
    assert issues["message"].iloc[2].startswith("project NONE")
    assert set(issues["file"]) == {"hand.xlsx"}


def test_yearly_amounts_same_from_csv_and_input_untouched(make_projects):
    projects = make_projects(
        [
            {
                "project_id": "A",
                "amount": 1000.0,
                "currency": "EUR",
                "start_date": "2020-07-01",
                "end_date": "2022-06-30",
            },
            {"project_id": "B", "amount": 500.0, "currency": "USD", "yearly_amounts": "2021=200;2022=300"},
            {"project_id": "C", "currency": "GBP"},
        ]
    )
    before = projects.copy()
    yearly, issues = yearly_amounts(projects)
    pd.testing.assert_frame_equal(projects, before)
    buffer = io.StringIO()
    projects.to_csv(buffer, index=False)
    buffer.seek(0)
    yearly_csv, issues_csv = yearly_amounts(pd.read_csv(buffer))
    pd.testing.assert_frame_equal(yearly, yearly_csv)
    pd.testing.assert_frame_equal(issues, issues_csv)


# ------------------------------------------------------------------------------------------------ convert
def test_usd_converted_with_that_years_rate():
    # NBU annual means for 2021 (reference table): 27.2835 UAH per USD, 32.3009 UAH per EUR
    rates = load_rates()
    yearly = pd.DataFrame(
        {
            "project_id": ["P"],
            "year": [2021],
            "amount": [1_000_000.0],
            "currency": ["USD"],
            "method": ["declared"],
        }
    )
    converted, issues = convert(yearly, rates, to="EUR")
    assert converted["amount_eur"].item() == pytest.approx(1_000_000 * 27.2835 / 32.3009, abs=0.005)
    assert converted["amount_eur"].item() == pytest.approx(844_666.87, abs=0.01)
    assert issues.empty


def test_each_year_uses_its_own_rate_and_same_currency_needs_no_rate():
    rates = hand_rates([[2020, "EUR", 30.0], [2020, "USD", 24.0], [2021, "EUR", 32.0], [2021, "USD", 28.0]])
    yearly = pd.DataFrame(
        {
            "project_id": ["P", "P", "Q", "R"],
            "year": [2020, 2021, 2030, 2021],
            "amount": [300.0, 320.0, 50.0, 3200.0],
            "currency": ["USD", "USD", "EUR", "UAH"],
            "method": ["prorated"] * 4,
        }
    )
    before = yearly.copy()
    converted, issues = convert(yearly, rates, to="EUR")
    pd.testing.assert_frame_equal(yearly, before)
    # 300 * 24 / 30 = 240; 320 * 28 / 32 = 280; EUR stays EUR in any year
    assert converted["amount_eur"].tolist()[:3] == [240.0, 280.0, 50.0]
    # UAH is not in this table, and needs no rate: 1 UAH per UAH; 3200 / 32 = 100 EUR
    assert converted["amount_eur"].iloc[3] == 100.0
    assert issues.empty


def test_missing_rate_issue_names_the_currency_year_projects_and_money(make_projects):
    projects = make_projects(
        [
            {
                "project_id": "EU-12",
                "title": "Border crossing points",
                "amount": 10.0,
                "currency": "USD",
                "yearly_amounts": "2030=4;2031=6",
                "source_file": "eu.xlsx",
                "source_sheet": "ITA",
                "source_row": 14,
            }
        ]
    )
    yearly, _ = yearly_amounts(projects)
    converted, issues = convert(yearly, load_rates(), projects=projects)
    assert converted["amount_eur"].isna().all()
    # the shipped table has neither EUR nor USD after 2022: one issue per currency and year, errors when
    # no focus year is given (every year counts)
    assert issues[["file", "severity", "kind"]].drop_duplicates().to_numpy().tolist() == [
        ["exchange rates", "error", "rate"]
    ]
    assert [m.split(": ")[1] for m in issues["message"]] == [
        "no rate for EUR in 2030 (the rates tables have EUR for 2015-2022)",
        "no rate for USD in 2030 (the rates tables have USD for 2015-2022)",
        "no rate for EUR in 2031 (the rates tables have EUR for 2015-2022)",
        "no rate for USD in 2031 (the rates tables have USD for 2015-2022)",
    ]
    assert issues["message"].iloc[0] == (
        "exchange rates: no rate for EUR in 2030 (the rates tables have EUR for 2015-2022): the 2030 money of "
        "1 project is not converted to EUR and not counted (4.00 USD); projects EU-12; "
        "fetch the NBU rates with `mtd-analysis rates update`, or pass --rates"
    )


def test_hryvnia_needs_no_rate_the_missing_one_is_the_euros():
    rates = hand_rates([[2022, "EUR", 33.0]])
    yearly = pd.DataFrame(
        {"project_id": ["U"], "year": [2023], "amount": [5_000_000.0], "currency": ["UAH"], "method": ["x"]}
    )
    _, issues = convert(yearly, rates, year=2023)
    assert len(issues) == 1
    assert "no rate for EUR in 2023" in issues["message"].item()
    assert "UAH in 2023" not in issues["message"].item()
    assert "(5,000,000.00 UAH)" in issues["message"].item()


def test_missing_rates_outside_the_focus_year_are_one_warning_per_currency_and_year():
    # projects to 2026, table to 2022, focus 2021: 2021 converts, later years give one warning per currency
    # and year, with the projects counted and the money added up by hand
    rates = hand_rates(
        [[y, c, v] for y in (2021, 2022) for c, v in (("EUR", 32.0), ("USD", 25.6), ("DKK", 4.0))]
    )
    yearly = pd.DataFrame(
        {
            "project_id": ["A", "A", "B", "B", "C", "D"],
            "year": [2021, 2023, 2023, 2024, 2023, 2023],
            "amount": [1000.0, 500.0, 200.0, 300.0, 3200.0, 40.0],
            "currency": ["USD", "USD", "USD", "USD", "UAH", "EUR"],
            "method": ["prorated"] * 6,
        }
    )
    converted, issues = convert(yearly, rates, year=2021)
    assert converted["amount_eur"].iloc[0] == 800.0  # 1000 * 25.6 / 32
    assert converted["amount_eur"].iloc[5] == 40.0  # EUR to EUR needs no rate
    assert issues["severity"].tolist() == ["warning"] * 4
    messages = issues["message"].tolist()
    # EUR 2023: A (500 USD), B (200 USD), C (3200 UAH); D is EUR and needs no rate
    assert messages[0].startswith(
        "exchange rates: no rate for EUR in 2023 (the rates tables have EUR for 2021-2022)"
    )
    assert (
        "the 2023 money of 3 projects is not converted to EUR and not counted (3,200.00 UAH, 700.00 USD)"
        in (messages[0])
    )
    assert (
        "no rate for USD in 2023" in messages[1]
        and "2 projects" in messages[1]
        and "(700.00 USD)" in messages[1]
    )
    assert (
        "no rate for EUR in 2024" in messages[2]
        and "1 project " in messages[2]
        and "(300.00 USD)" in messages[2]
    )
    assert "no rate for USD in 2024" in messages[3]
    # warnings about other years do not list projects; the focus year's errors do
    assert not any("projects A" in m for m in messages)


def test_missing_rate_in_the_focus_year_is_an_error_naming_the_projects():
    rates = hand_rates([[2021, "EUR", 32.0], [2021, "USD", 25.6]])
    yearly = pd.DataFrame(
        {
            "project_id": [f"P{i}" for i in range(7)],
            "year": [2022] * 7,
            "amount": [1.0] * 7,
            "currency": ["EUR"] + ["USD"] * 6,
            "method": ["declared"] * 7,
        }
    )
    _, issues = convert(yearly, rates, year=2022)
    assert issues["severity"].tolist() == ["error", "error"]
    assert "the 2022 money of 6 projects" in issues["message"].iloc[0]
    assert "projects P1, P2, P3, P4, P5, ...;" in issues["message"].iloc[0]


def test_a_currency_no_table_has_is_an_error_naming_project_cell_and_amount(make_projects):
    projects = make_projects(
        [
            {
                "project_id": "KZ-1",
                "title": "Radios",
                "amount": 1_500_000.0,
                "currency": "KZT",
                "yearly_amounts": "2025=500000;2026=1000000",
                "source_file": "kz.xlsx",
                "source_sheet": "Sheet1",
                "source_row": 7,
                "source_cells": "title=B7;amount=E7;currency=F7",
            }
        ]
    )
    yearly, _ = yearly_amounts(projects)
    converted, issues = convert(yearly, load_rates(), projects=projects, year=2021)
    assert converted["amount_eur"].isna().all()  # never converted 1:1
    assert issues[["file", "sheet", "row", "column", "severity", "kind"]].to_numpy().tolist() == [
        ["kz.xlsx", "Sheet1", 7, "currency", "error", "currency"]
    ]
    assert issues["message"].item() == (
        "project KZ-1 'Radios' (row 7): currency KZT (cell F7) is in no exchange-rate table: "
        "1,500,000.00 KZT (2025, 2026) is not converted to EUR and not counted (never taken as 1:1); "
        "correct the currency, or add KZT's rates with `mtd-analysis rates update --currencies KZT`"
    )


def test_convert_to_usd_names_the_column():
    rates = hand_rates([[2021, "EUR", 32.0], [2021, "USD", 25.6]])
    yearly = pd.DataFrame(
        {"project_id": ["P"], "year": [2021], "amount": [800.0], "currency": ["EUR"], "method": ["x"]}
    )
    converted, _ = convert(yearly, rates, to="usd")
    # 800 * 32 / 25.6 = 1000
    assert converted["amount_usd"].item() == pytest.approx(1000.0)


# ------------------------------------------------------------------------------ many projects at once
def test_three_whole_years_with_a_leap_year_by_hand(make_projects):
    # 2020 (366) + 2021 (365) + 2022 (365) = 1096 days: 100 * 366 / 1096 = 33.394 -> 33.39,
    # 100 * 365 / 1096 = 33.303 -> 33.30, the last year takes 100 - 66.69 = 33.31
    projects = make_projects(
        [
            {
                "project_id": "P",
                "amount": 100.0,
                "currency": "EUR",
                "start_date": "2020-01-01",
                "end_date": "2022-12-31",
            }
        ]
    )
    yearly, _ = yearly_amounts(projects)
    assert years_of(yearly) == {2020: 33.39, 2021: 33.30, 2022: 33.31}


def test_fractions_of_a_cent_stay_in_the_last_year(make_projects):
    projects = make_projects(
        [
            # two equal years: 1.0025 / 2 = 0.50125 -> 0.50; the remainder 0.5025 is not rounded,
            # so that the years still add up to the total
            {
                "project_id": "P",
                "amount": 1.0025,
                "currency": "EUR",
                "start_date": "2021-01-01",
                "end_date": "2022-12-31",
            },
            # a tenth of a cent in one year is kept as it is
            {
                "project_id": "Q",
                "amount": 0.001,
                "currency": "EUR",
                "start_date": "2021-03-01",
                "end_date": "2021-03-31",
            },
        ]
    )
    yearly, _ = yearly_amounts(projects)
    assert years_of(yearly[yearly["project_id"] == "P"]) == {2021: 0.5, 2022: 1.0025 - 0.5}
    assert years_of(yearly[yearly["project_id"] == "Q"]) == {2021: 0.001}


def test_half_cents_round_as_python_rounds():
    # the binary value of 729.655 lies just below the half cent, 460.045 just above, 0.125 exactly on it
    values = np.array([729.655, 460.045, 0.125, 0.375, -2.675, 3.0e12 + 0.125, 12.345678])
    assert money._round_cents(values).tolist() == [round(v, 2) for v in values.tolist()]
    assert money._round_cents(values).tolist()[:4] == [729.65, 460.05, 0.12, 0.38]


def test_sums_by_project_are_those_of_fsum():
    # owner 0: ten times 0.1 (a plain running sum gives 0.9999999999999999); owner 1: cancellation
    owner = np.array([0] * 10 + [1, 1, 1])
    rank = np.array(list(range(10)) + [0, 1, 2])
    values = np.array([0.1] * 10 + [1e16, 1.0, -1e16])
    sums = money._fsum_by_owner(owner, rank, values, 3)
    assert sums.tolist() == [1.0, 1.0, 0.0]
    assert sums.tolist()[:2] == [math.fsum([0.1] * 10), math.fsum([1e16, 1.0, -1e16])]


def test_many_projects_prorated_as_one_project_is(make_projects):
    periods = [
        ("2019-08-01", "2020-05-31"),
        ("2020-02-29", "2024-02-28"),
        ("2021-12-31", "2022-01-01"),
        ("2018-03-03", "2018-03-03"),
        ("1900-01-01", "2021-12-31"),  # more than a century: spread one project at a time
    ]
    amounts = [2_554_000.0, 1459.31, 0.07, 10.0, 1_000_000.01]
    records = [
        {"project_id": f"P{i}", "amount": amount, "currency": "EUR", "start_date": s, "end_date": e}
        for i, ((s, e), amount) in enumerate(zip(periods, amounts, strict=True))
    ]
    yearly, issues = yearly_amounts(make_projects(records))
    assert issues.empty
    for i, ((s, e), amount) in enumerate(zip(periods, amounts, strict=True)):
        got = years_of(yearly[yearly["project_id"] == f"P{i}"])
        one = money._prorate(amount, date.fromisoformat(s), date.fromisoformat(e))
        assert got == one
        assert list(got) == list(range(int(s[:4]), int(e[:4]) + 1))
        assert math.fsum(got.values()) == pytest.approx(amount, abs=1e-6)


def test_issues_in_project_order_and_each_distinct_date_read_once(make_projects, monkeypatch):
    calls = []
    parse = money._parse_date
    monkeypatch.setattr(money, "_parse_date", lambda value: calls.append(value) or parse(value))
    fine = {"amount": 10.0, "currency": "EUR", "start_date": "2021-01-01", "end_date": "2021-12-31"}
    records = [{"project_id": f"F{i}", **fine} for i in range(300)]
    records[120] = {"project_id": "BAD", "amount": 5.0, "currency": "EUR", "yearly_amounts": "x"}
    records[40] = {"project_id": "OPEN", "amount": 5.0, "currency": "EUR", "start_date": "2021-06-01"}
    yearly, issues = yearly_amounts(make_projects(records))
    assert len(yearly) == 298 + 1
    # OPEN (row 42) before BAD (row 122); BAD: unreadable yearly amounts, then no period
    assert issues[["row", "column", "severity"]].to_numpy().tolist() == [
        [42, "end_date", "warning"],
        [122, "yearly_amounts", "error"],
        [122, "start_date", "warning"],
    ]
    # the 300 start and end dates hold 2 distinct texts (+ 2021-06-01); then once per project with an issue
    assert len(calls) == 3 + 2 * 2


# ------------------------------------------------------------------------------- conversion, in bulk
def test_conversion_factors_missing_values_and_spelling():
    rates = hand_rates([[2021, "EUR", 32.0], [2021, "USD", 25.6]])
    years = pd.Series([2021, 2021, pd.NA, 2021, 2021], dtype="Int64")
    currencies = ["usd", " USD ", "USD", pd.NA, "eur"]
    # 25.6 / 32 = 0.8; a missing year or currency gives NaN; the target currency gives 1
    assert money.conversion_factors(years, currencies, rates).tolist()[:2] == [0.8, 0.8]
    assert np.isnan(money.conversion_factors(years, currencies, rates)[2:4]).all()
    assert money.conversion_factors(years, currencies, rates)[4] == 1.0
    with pytest.raises(ValueError, match="2 years but 1 currencies"):
        money.conversion_factors([2021, 2021], ["EUR"], rates)


def test_missing_rate_issues_one_per_project_and_currency_in_order():
    rates = hand_rates([[2021, "EUR", 32.0], [2021, "USD", 25.6]])
    yearly = pd.DataFrame(
        {
            "project_id": ["Q", "P", "P", "Q", "P", "P"],
            "year": [2031, 2030, 2021, 2030, 2021, 2029],
            "amount": [1.0] * 6,
            "currency": ["SEK", "XXX", "SEK", "SEK", pd.NA, "SEK"],
            "method": ["declared"] * 6,
        }
    )
    _, issues = convert(yearly, rates)
    # Q first (it appears first), years sorted; then P's currencies in alphabetical order, no currency last
    assert [m.split(": ", 1)[0] for m in issues["message"]] == [
        "project Q",
        "project P",
        "project P",
        "project P",
    ]
    assert issues["severity"].tolist() == ["error", "error", "info", "info"]  # no currency: the reader warned
    # SEK is in no table: an error per project with its money, whatever the year
    assert "currency SEK is in no exchange-rate table: 2.00 SEK (2030, 2031)" in issues["message"].iloc[0]
    assert "currency SEK is in no exchange-rate table: 2.00 SEK (2021, 2029)" in issues["message"].iloc[1]
    assert "currency XXX is not an ISO 4217 code: the 2030 amount" in issues["message"].iloc[2]
    assert "its 2021 part cannot be converted" in issues["message"].iloc[3]


def test_yearly_amounts_short_of_the_total_leave_the_rest_to_the_other_years_of_the_period():
    # 9,000,000 from 2021-01-01 to 2023-06-30, with 2021 = 2M and 2022 = 3M declared: the other 4M belong to 2023
    # (the only year not given), so the years add up to the total.
    projects = pd.DataFrame(
        {
            "project_id": ["N", "M"],
            "amount": [9_000_000.0, 1_000.0],
            "currency": ["NOK", "EUR"],
            "start_date": ["2021-01-01", "2020-07-01"],
            "end_date": ["2023-06-30", "2022-06-30"],
            "yearly_amounts": ["2021=2000000;2022=3000000", "2021=400"],
            "source_file": ["n.xlsx", "m.xlsx"],
            "source_sheet": ["S", "S"],
            "source_row": [3, 4],
        }
    )
    yearly, issues = yearly_amounts(projects)
    got = yearly[["project_id", "year", "amount"]].to_numpy().tolist()
    # M: 600 left over 2020-07-01..12-31 (184 days) and 2022-01-01..06-30 (181 days): 600*184/365 = 302.47
    assert got == [
        ["N", 2021, 2_000_000.0],
        ["N", 2022, 3_000_000.0],
        ["N", 2023, 4_000_000.0],
        ["M", 2020, 302.47],
        ["M", 2021, 400.0],
        ["M", 2022, 297.53],
    ]
    assert issues["severity"].tolist() == ["warning", "warning"]
