"""Coverage tells what it could not convert: per year and priority, per subgroup, and in needs (issue 16)."""

from __future__ import annotations

import pandas as pd

from mtd_analysis.analysis.allocations import allocate
from mtd_analysis.analysis.coverage import coverage, load_needs, subgroup_summary
from mtd_analysis.schema import MAPPING_COLUMNS

PRIORITIES = pd.DataFrame(
    {
        "priority_code": ["C1", "C2", "B1"],
        "subgroup": ["police", "police", "border"],
        "name_en": ["Custody", "Cells", "Border"],
        "name_uk": ["Облік", "Камери", "Кордон"],
    }
)
RATES = pd.DataFrame({"year": [2021, 2021], "currency": ["EUR", "USD"], "uah_per_unit": [32.0, 25.6]})


def mapping(rows):
    return pd.DataFrame(
        [[p, c, s, share, "declared", 1.0, ""] for p, c, s, share in rows], columns=MAPPING_COLUMNS
    )


def test_money_without_a_rate_is_counted_per_year_and_priority_in_its_own_currency(make_projects):
    # A: 2,000 USD declared 2021=1000;2022=1000, half C1 half C2; B: 600 USD in 2022 to B1; C: 100 EUR in 2022
    projects = make_projects(
        [
            {"project_id": "A", "partner": "US", "amount": 2000.0, "currency": "USD",
             "yearly_amounts": "2021=1000;2022=1000"},
            {"project_id": "B", "partner": "US", "amount": 600.0, "currency": "USD", "yearly_amounts": "2022=600"},
            {"project_id": "C", "partner": "EU", "amount": 100.0, "currency": "EUR", "yearly_amounts": "2022=100"},
        ]
    )  # fmt: skip
    shares = mapping([["A", "C1", "police", 0.5], ["A", "C2", "police", 0.5], ["B", "B1", "border", 1.0],
                      ["C", "B1", "border", 1.0]])  # fmt: skip
    allocations, issues = allocate(projects, shares, RATES, year=2021)
    table = coverage(allocations, projects, PRIORITIES).set_index(["year", "priority_code"])
    # 2021 converts: 500 USD x 25.6 / 32 = 400 EUR per priority, nothing left out
    assert table.loc[(2021, "C1"), ["funding_eur", "n_unconverted", "unconverted_amount"]].tolist() == [
        400.0,
        0,
        "",
    ]
    # 2022 has no rate: A's 1,000 USD split by its shares, B's 600 USD; C's 100 EUR needs no rate
    assert table.loc[(2022, "C1"), ["funding_eur", "n_unconverted", "unconverted_amount"]].tolist() == [
        0.0, 1, "USD=500"
    ]  # fmt: skip
    assert table.loc[(2022, "B1"), ["funding_eur", "n_unconverted", "unconverted_amount"]].tolist() == [
        100.0, 1, "USD=600"
    ]  # fmt: skip
    summary = subgroup_summary(coverage(allocations, projects, PRIORITIES), allocations, projects)
    summary = summary.set_index(["year", "subgroup"])
    # police 2022: project A once (in two priorities), 500 + 500 USD
    assert summary.loc[(2022, "police"), ["n_unconverted", "unconverted_amount"]].tolist() == [1, "USD=1000"]
    assert summary.loc[(2022, "border"), ["n_unconverted", "unconverted_amount"]].tolist() == [1, "USD=600"]
    # the 2022 rates are warnings (2021 is the focus year), one per currency: EUR and USD
    assert issues.loc[issues["kind"] == "rate", "severity"].tolist() == ["warning", "warning"]


def test_needs_in_hryvnias_name_the_euros_missing_rate(tmp_path):
    path = tmp_path / "needs.csv"
    path.write_text("priority_code,year,amount,currency\nC1,2023,3200,UAH\n", encoding="utf-8")
    needs, issues = load_needs(path, RATES)
    assert needs.empty
    assert issues["message"].item() == (
        "needs.csv row 2: no exchange rate for EUR in 2023 to convert UAH to EUR"
    )
