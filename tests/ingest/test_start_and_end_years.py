"""Two columns of years or dates under headers the reader does not know: the first is the start, the second the
end, when no row ends before it starts; and the start and end years under their transliterated database names.
Expected values are worked out by hand from the rows written here."""

from __future__ import annotations

import csv

import pytest

from mtd_analysis.build import build
from mtd_analysis.ingest.columns import match_field


def _build(tmp_path, rows: list[list]):
    raw = tmp_path / "raw"
    raw.mkdir()
    with open(raw / "projects.csv", "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)
    return build(raw, tmp_path / "out", year=2021)


def _dates(result) -> list[tuple[str, str]]:
    p = result.projects.sort_values("source_row")
    return [(str(s)[:10], str(e)[:10]) for s, e in zip(p["start_date"], p["end_date"], strict=True)]


@pytest.mark.parametrize(
    ("label", "field"),
    [
        ("rik_pochatku", "start_date"),
        ("rik_zakinchennia", "end_date"),
        ("data_pochatku", "start_date"),
        ("god_nachala", "start_date"),
        ("god_okonchaniya", "end_date"),
        ("data_okonchaniia", "end_date"),
        ("data_rozpoczęcia", "start_date"),
        ("data_zakończenia", "end_date"),
    ],
)
def test_start_and_end_under_transliterated_names(label, field):
    assert match_field(label).field == field


def test_two_unknown_year_columns_in_order_are_the_start_and_the_end(tmp_path):
    rows = [
        ["Назва", "Донор", "Colonna A", "Colonna B", "Сума, EUR"],
        ["Навчання патрульної поліції", "ЄС", 2020, 2022, 150000],
        ["Обладнання для кордону", "Японія", 2021, 2021, 300000],
    ]
    result = _build(tmp_path, rows)
    assert _dates(result) == [("2020-01-01", "2022-12-31"), ("2021-01-01", "2021-12-31")]
    assert not (result.issues["severity"] == "error").any()
    said = result.issues[result.issues["message"].str.contains("read as the start and the end", regex=False)]
    assert said["column"].tolist() == ["D1"]
    assert said["severity"].tolist() == [
        "warning"
    ]  # two years may be other dates: said where it is looked at
    # the first column is not also said to be the whole period
    assert not result.issues["message"].str.contains("'Colonna A' read as period", regex=False).any()


def test_two_year_columns_out_of_order_are_not_taken_for_a_start_and_an_end(tmp_path):
    rows = [
        ["Назва", "Донор", "Colonna A", "Colonna B", "Сума, EUR"],
        ["Навчання патрульної поліції", "ЄС", 2020, 2022, 150000],
        ["Обладнання для кордону", "Японія", 2023, 2021, 300000],
    ]
    result = _build(tmp_path, rows)
    assert not result.issues["message"].str.contains("read as the start and the end", regex=False).any()
    # the second row cannot be right whichever way round: it is an error, not a silent reading
    assert (result.issues["severity"] == "error").any()


def test_a_column_of_spans_is_the_period_and_a_date_beside_it_is_not_its_end(tmp_path):
    rows = [
        ["Назва", "Донор", "Colonna A", "Colonna B", "Сума, EUR"],
        ["Навчання патрульної поліції", "ЄС", "2020-2022", "01.03.2023", 150000],
        ["Обладнання для кордону", "Японія", "2021-2023", "15.06.2024", 300000],
    ]
    result = _build(tmp_path, rows)
    assert not result.issues["message"].str.contains("read as the start and the end", regex=False).any()
