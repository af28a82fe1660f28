"""The country in a currency's name ("дол. США", "U.S. dollars") names the money's unit, not its giver.

A table whose only mention of a country is its amount column's currency ("Сума, дол. США") was credited to the
USA; a title block naming the EU after "суми в дол. США" was too. Expected partners are read off the files as a
person would: the EU where the EU is named, nobody where nobody is.
"""

from __future__ import annotations

import pytest
from openpyxl import Workbook

from mtd_analysis.build import build
from mtd_analysis.ingest.partners import partner_in_text


@pytest.mark.parametrize(
    ("text", "partner"),
    [
        ("Сума, дол. США", None),
        ("Сума (дол.США)", None),
        ("Сумма, долл. США", None),
        ("Бюджет (тис. доларів США)", None),
        ("Amounts in U.S. dollars", None),
        ("Суми в дол. США; проєкти ЄС", "EU"),
        ("Вклад США, дол. США", "USA"),  # the USA named as the giver as well
        ("Внесок Японії, єн", "Japan"),
        ("EU contribution (EUR)", "EU"),
    ],
)
def test_a_currency_names_no_partner(text, partner):
    assert partner_in_text(text) == partner


def _build(tmp_path, rows, name):
    raw = tmp_path / "raw"
    raw.mkdir()
    wb = Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(raw / name)
    return build(raw, tmp_path / "out", year=2021)


def test_an_amount_in_us_dollars_is_not_the_usas_money(tmp_path):
    result = _build(
        tmp_path,
        [
            ["Назва проєкту", "Сума, дол. США", "Початок", "Кінець"],
            ["Підтримка кінологічної служби", 120000, "01.01.2021", "31.12.2021"],
        ],
        "perelik.xlsx",
    )
    project = result.projects.iloc[0]
    assert project["currency"] == "USD" and project["amount"] == 120000
    assert project["partner"] != "USA"
    # the partner nobody named is said, not guessed
    messages = " ".join(result.issues["message"])
    assert "partner" in messages.lower()


def test_a_title_block_naming_the_eu_after_a_currency(tmp_path):
    result = _build(
        tmp_path,
        [
            ["Суми в дол. США; проєкти ЄС у секторі МВС"],
            [],
            ["Назва проєкту", "Сума", "Початок", "Кінець"],
            ["Підтримка кінологічної служби", 120000, "01.01.2021", "31.12.2021"],
        ],
        "perelik.xlsx",
    )
    assert result.projects.iloc[0]["partner"] == "EU"
