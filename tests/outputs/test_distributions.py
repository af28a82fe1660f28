"""seaborn charts in the house style (issue 14): the data behind each chart, and Cyrillic labels."""

from __future__ import annotations

import pandas as pd

from mtd_analysis.outputs import charts, distributions


def test_project_sizes_sum_all_years_under_the_main_subgroup():
    alloc = pd.DataFrame({"project_id": ["A", "A", "A", "B"], "subgroup": ["police", "police", "border", "cross"],
                          "amount_eur": [10.0, 20.0, 25.0, 0.0]})  # fmt: skip
    sizes = distributions.project_sizes(alloc)
    # A: police 30 > border 25 -> police, 55 in all; B has no money and is left out
    assert sizes.to_dict("records") == [{"project_id": "A", "subgroup": "police", "amount_eur": 55.0}]


def test_months_inclusive_and_missing():
    proj = pd.DataFrame({"start_date": ["2021-01-01", "2021-03-15", None, "2022-01-01"],
                         "end_date": ["2021-12-31", "2021-03-20", "2021-01-01", "2021-01-01"]})  # fmt: skip
    assert distributions.project_months(proj).tolist() == [12, 1, pd.NA, pd.NA]


def test_size_chart_stacks_the_projects_by_subgroup_in_ukrainian():
    alloc = pd.DataFrame({"project_id": ["A", "B", "C"], "subgroup": ["police", "police", "border"],
                          "amount_eur": [100_000.0, 120_000.0, 2_000_000.0]})  # fmt: skip
    fig = distributions.project_size_chart(alloc, lang="uk", footnote=charts.Footnote(sample=True))
    ax = fig.axes[0]
    assert sum(p.get_height() for p in ax.patches) == 3  # three projects counted once each
    assert charts.chart_title(fig) == "Розмір проєктів"
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["Поліція", "Кордон"]
    assert any("ДЕМОНСТРАЦІЙНІ" in t.get_text() for t in fig.texts)


def test_funding_map_cells_hold_the_money_in_words():
    table = pd.DataFrame({"DRUGS": [1_500_000.0, 0.0], "CUSTODY": [0.0, 250_000.0]}, index=["USA", "EU"])
    fig = distributions.funding_map(table, 2021, lang="uk", priority_names={"DRUGS": "Наркотики"})
    ax = fig.axes[0]
    assert sorted(t.get_text() for t in ax.texts if t.get_text()) == ["1,5 млн €", "250 тис. €"]
    assert ax.get_xticklabels()[0].get_text() == "Наркотики"
    assert [t.get_text() for t in ax.get_yticklabels()] == ["USA", "EU"]


def test_empty_inputs_say_so():
    fig = distributions.funding_map(pd.DataFrame(), 2021)
    assert any("Nothing to show" in t.get_text() for t in fig.axes[0].texts)
