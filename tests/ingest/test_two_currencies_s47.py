"""One sum written in two currencies in a money cell (round 47).

Found by partner files written blind (set CM): an official list gives each grant in hryvnias with the donor's
currency in brackets ("74 475 000 грн (2 250 000 євро)"). The cell had been refused as naming several currencies, and
the project counted no money. The expected values are the figures written here: the donor's sum is the grant.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mtd_analysis.ingest.values import equivalent_in_brackets

HEADER = ["Назва проєкту", "Донор", "Початок", "Завершення", "Вартість"]


def _said(result, words: str) -> list[dict]:
    return [i for i in result.issues.to_dict("records") if words in i["message"]]


def test_hryvnias_with_the_donors_currency_in_brackets_count_the_donors_sum(one_sheet_build):
    rows = [
        HEADER,
        ["Пункти пропуску", "ЄС", dt.date(2021, 1, 1), dt.date(2021, 12, 31), "74 475 000 грн (2 250 000 євро)"],
        ["Протидія торгівлі людьми", "США", dt.date(2021, 1, 1), dt.date(2021, 12, 31),
         "27 500 000 грн (1 000 000 дол. США)"],
        ["Мобільні групи", "Велика Британія", dt.date(2021, 1, 1), dt.date(2021, 12, 31),
         "18 950 000 грн (500 000 фунтів стерлінгів)"],
    ]  # fmt: skip
    result = one_sheet_build(rows, "perelik.xlsx")
    got = result.projects[["title", "amount", "currency"]].values.tolist()
    assert got == [
        ["Пункти пропуску", 2_250_000, "EUR"],
        ["Протидія торгівлі людьми", 1_000_000, "USD"],
        ["Мобільні групи", 500_000, "GBP"],
    ]
    said = _said(result, "gives a sum in two currencies")
    assert [(i["row"], i["severity"]) for i in said] == [(2, "warning"), (3, "warning"), (4, "warning")]
    assert "the hryvnia taken for its equivalent" in said[0]["message"]
    assert not _said(result, "names several currencies")


def test_the_sum_in_two_currencies_is_counted_in_euros_from_the_donors_figure(one_sheet_build, eur_per_unit):
    rows = [HEADER, ["Пункти пропуску", "ЄС", dt.date(2021, 1, 1), dt.date(2021, 12, 31), "1 000 000 дол. США "
                     "(27 500 000 грн)"]]  # fmt: skip
    result = one_sheet_build(rows, "usa.xlsx")
    funded = result.allocations[result.allocations.year.eq(2021)].amount_eur.sum()
    assert funded == pytest.approx(1_000_000 * eur_per_unit(result, 2021, "USD"), rel=1e-6)


def test_two_foreign_currencies_read_the_first(one_sheet_build):
    rows = [
        ["Project", "Donor", "Start", "End", "Budget"],
        [
            "Border surveillance",
            "Norway",
            dt.date(2021, 1, 1),
            dt.date(2021, 12, 31),
            "NOK 10 000 000 (EUR 950 000)",
        ],
    ]
    result = one_sheet_build(rows, "norway.xlsx")
    assert result.projects[["amount", "currency"]].values.tolist() == [[10_000_000, "NOK"]]
    assert "the first, the other taken for its equivalent" in _said(result, "two currencies")[0]["message"]


@pytest.mark.parametrize(
    "text",
    [
        "1 000 000 грн (co-funding 200 000 EUR)",  # a word in the brackets: another sum
        "EUR 400 000 (EUR 150 000)",  # one currency
        "400 000 (150 000)",  # no currency
        "EUR 400 000 (2021: 150 000)",  # a year's part
    ],
)
def test_other_sums_in_brackets_are_not_one_sum_in_two_currencies(text):
    assert equivalent_in_brackets(text) is None


def test_a_cell_with_a_word_in_the_brackets_is_still_refused_and_said(one_sheet_build):
    rows = [HEADER, ["Катери", "ЄС", dt.date(2021, 1, 1), dt.date(2021, 12, 31),
                     "1 000 000 грн (співфінансування 200 000 EUR)"]]  # fmt: skip
    result = one_sheet_build(rows, "eu.xlsx")
    assert result.projects.amount.isna().all()
    assert _said(result, "names several currencies")
