"""Long cells (descriptions) are not parsed as dates; the longest date forms still are."""

import datetime as dt

from mtd_analysis.ingest.columns import _MAX_DATE_WORDS, _text_kind, content_role
from mtd_analysis.ingest.values import parse_period


def test_long_period_forms_are_still_read_as_periods():
    longest = "з 1-го березня 2021 р. по 31 грудня 2022 року"
    assert len(longest.split()) <= _MAX_DATE_WORDS
    assert _text_kind(longest) == "period"
    assert parse_period(longest) == (dt.date(2021, 3, 1), dt.date(2022, 12, 31))


def test_start_and_duration_forms_are_still_read():
    assert parse_period("April 2021 (36 months)") == (dt.date(2021, 4, 1), dt.date(2024, 3, 31))
    assert parse_period("01.04.2021 (18 міс.)") == (dt.date(2021, 4, 1), dt.date(2022, 9, 30))
    assert parse_period("01.04.2021, 2 роки") == (dt.date(2021, 4, 1), dt.date(2023, 3, 31))


def test_a_column_of_long_descriptions_with_dates_in_them_is_long_text():
    sentence = "The project started on 01.03.2021 and supports the border guard service in Odesa region, "
    cells = [sentence * 3 + f"phase {i}" for i in range(20)]
    guess = content_role(cells)
    assert guess.kind == "long text"
    assert guess.agree == 20
