"""Column letters are written without openpyxl: the same letters as openpyxl's get_column_letter."""

from __future__ import annotations

from openpyxl.utils import get_column_letter

from mtd_analysis.ingest.columns import column_letter


def test_every_column_of_a_sheet_as_openpyxl_names_it():
    assert all(column_letter(i) == get_column_letter(i + 1) for i in range(18278))  # A .. ZZZ


def test_letters_written_by_hand():
    assert [column_letter(i) for i in (0, 1, 25, 26, 51, 52, 701, 702, 16383)] == [
        "A", "B", "Z", "AA", "AZ", "BA", "ZZ", "AAA", "XFD"]  # fmt: skip
