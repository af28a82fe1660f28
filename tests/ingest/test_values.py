"""Value parsers (:mod:`mtd_analysis.ingest.values`): every form partners write, each expected value by hand.

The forms come from issue 2 ("What partners really send"). Expected values are written out by hand
from the text of the input, never taken from running the code.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mtd_analysis.ingest.values import (
    Amount,
    ValueProblem,
    parse_amount,
    parse_beneficiaries,
    parse_currency,
    parse_date,
    parse_period,
    parse_status,
)

NBSP = "\u00a0"
D = dt.date


# ----------------------------------------------------------------------------------------------- amounts
@pytest.mark.parametrize(
    ("cell", "value", "currency"),
    [
        # numbers as the spreadsheet engine gives them
        (450000, 450000.0, None),
        (1250000.5, 1250000.5, None),
        (0, 0.0, None),
        # the text forms
        (f"1{NBSP}250{NBSP}000,00", 1250000.0, None),
        ("1 250 000,00", 1250000.0, None),
        ("1,250,000.00", 1250000.0, None),
        ("€300k", 300000.0, "EUR"),
        ("$1.2m", 1200000.0, "USD"),
        ("USD 450,000", 450000.0, "USD"),
        ("EUR 700 000", 700000.0, "EUR"),
        ("3 млн грн", 3000000.0, "UAH"),
        # neighbours of those forms
        ("1.250.000,50", 1250000.5, None),
        ("250000", 250000.0, None),
        ("1 000,50", 1000.5, None),
        ("700 000 EUR", 700000.0, "EUR"),
        ("450 000 дол. США", 450000.0, "USD"),
        ("1,5 млн євро", 1500000.0, "EUR"),
        ("2 тис. грн", 2000.0, "UAH"),
        ("£50,000", 50000.0, "GBP"),
        (f"{NBSP}12{NBSP}345{NBSP}", 12345.0, None),
        # multipliers in words as they decline (had been read as 1.5, 2.5, 1.2, silently)
        ("1,5 мільйона грн", 1500000.0, "UAH"),
        ("2,5 тисячі євро", 2500.0, "EUR"),
        ("1,2 миллиона гривен", 1200000.0, "UAH"),
    ],
)
def test_parse_amount_reads_every_form(cell, value, currency):
    assert parse_amount(cell) == Amount(value, currency)


@pytest.mark.parametrize("cell", [None, "", "   ", "-", "–", "n/a", "н/д", float("nan")])
def test_parse_amount_empty_or_dash_is_none(cell):
    assert parse_amount(cell) is None


@pytest.mark.parametrize(
    ("cell", "words"),
    [
        (-5000, "negative"),
        ("-5000", "negative"),
        ("(5 000)", "negative"),
        ("EUR -700 000", "negative"),
        ("100 000 / 200 000", "several numbers"),
        ("2021: 100000; 2022: 50000", "several numbers"),
        ("USD 100 / EUR 90", "several currencies"),
        ("see remarks", "no number"),
        (dt.date(2021, 3, 1), "date"),
    ],
)
def test_parse_amount_refuses_what_is_not_one_amount(cell, words):
    with pytest.raises(ValueProblem) as info:
        parse_amount(cell)
    assert words in info.value.message
    assert info.value.severity == "error"
    assert info.value.kind == "amount"


def test_parse_amount_message_quotes_the_value():
    with pytest.raises(ValueProblem, match="100 000 / 200 000"):
        parse_amount("100 000 / 200 000")


# --------------------------------------------------------------------------------------------- currencies
@pytest.mark.parametrize(
    ("cell", "code"),
    [
        ("EUR", "EUR"),
        (" eur ", "EUR"),
        ("€", "EUR"),
        ("євро", "EUR"),
        ("USD", "USD"),
        ("$", "USD"),
        ("дол. США", "USD"),
        ("грн", "UAH"),
        ("грн.", "UAH"),
        ("UAH", "UAH"),
        ("GBP", "GBP"),
        ("CHF", "CHF"),
        ("SEK", "SEK"),
    ],
)
def test_parse_currency_codes_signs_and_words(cell, code):
    assert parse_currency(cell) == code


def test_parse_currency_empty_is_none():
    assert parse_currency(None) is None
    assert parse_currency("  ") is None


@pytest.mark.parametrize("cell", ["XYZ", "ABC", "Monopoly money"])
def test_parse_currency_unknown_code_is_an_error_naming_it(cell):
    with pytest.raises(ValueProblem) as info:
        parse_currency(cell)
    assert cell in info.value.message
    assert "currency" in info.value.message
    assert info.value.severity == "error"


# ------------------------------------------------------------------------------------------------ dates
@pytest.mark.parametrize(
    ("cell", "start", "end"),
    [
        # the forms; the same date whether it starts or ends a project
        ("2021-03-01", D(2021, 3, 1), D(2021, 3, 1)),
        ("01.03.2021", D(2021, 3, 1), D(2021, 3, 1)),
        ("01/03/2021", D(2021, 3, 1), D(2021, 3, 1)),
        (dt.datetime(2021, 3, 1), D(2021, 3, 1), D(2021, 3, 1)),
        (dt.datetime(2021, 3, 1, 0, 0, 0), D(2021, 3, 1), D(2021, 3, 1)),
        (D(2021, 3, 1), D(2021, 3, 1), D(2021, 3, 1)),
        # day first: 31.12 can only be day.month
        ("31.12.2022", D(2022, 12, 31), D(2022, 12, 31)),
        ("15/09/2020", D(2020, 9, 15), D(2020, 9, 15)),
        (f"{NBSP}01.03.2021\n", D(2021, 3, 1), D(2021, 3, 1)),
        # a year alone: 1 January .. 31 December
        ("2021", D(2021, 1, 1), D(2021, 12, 31)),
        (2021, D(2021, 1, 1), D(2021, 12, 31)),
        (2021.0, D(2021, 1, 1), D(2021, 12, 31)),
        # a month or a quarter: its first .. last day
        ("03/2021", D(2021, 3, 1), D(2021, 3, 31)),
        ("Q3 2021", D(2021, 7, 1), D(2021, 9, 30)),
        ("02.2024", D(2024, 2, 1), D(2024, 2, 29)),
    ],
)
def test_parse_date_forms_start_and_end(cell, start, end):
    assert parse_date(cell) == start
    assert parse_date(cell, end=True) == end


@pytest.mark.parametrize(
    ("serial", "date1904", "expected"),
    [
        # 1900 system: serial 1 is 1900-01-01 and Excel counts a false 29 Feb 1900, so from March 1900 the
        # serial is days since 1899-12-30. 2021-03-01: 2021-01-01 is 44197 (well known), + 31 + 28 = 44256.
        (44256, False, D(2021, 3, 1)),
        (44197.0, False, D(2021, 1, 1)),
        (44197.75, False, D(2021, 1, 1)),  # a time of day does not move the date
        # 1904 system: serial 0 is 1904-01-01, so every date is 1462 less than in the 1900 system.
        (44256 - 1462, True, D(2021, 3, 1)),
        (44197 - 1462, True, D(2021, 1, 1)),
    ],
)
def test_parse_date_excel_serials_in_both_date_systems(serial, date1904, expected):
    assert parse_date(serial, date1904=date1904) == expected


@pytest.mark.parametrize(
    ("cell", "words"),
    [
        ("1999-01-01", "outside 2000"),
        ("01.03.1999", "outside 2000"),
        ("2041", "outside"),
        ("31.02.2021", "does not exist"),
        ("30.02.2022", "does not exist"),
        ("soon", "not a date"),
        ("2021-2022", "period"),
    ],
)
def test_parse_date_refuses_impossible_or_out_of_range_dates(cell, words):
    with pytest.raises(ValueProblem) as info:
        parse_date(cell)
    assert words in info.value.message
    assert cell in info.value.message
    assert info.value.severity == "error"


def test_parse_date_empty_is_none():
    assert parse_date(None) is None
    assert parse_date("") is None
    assert parse_date("  ") is None


# ---------------------------------------------------------------------------------------------- periods
@pytest.mark.parametrize(
    ("cell", "start", "end"),
    [
        ("2021-2022", D(2021, 1, 1), D(2022, 12, 31)),
        ("2021 - 2022", D(2021, 1, 1), D(2022, 12, 31)),
        ("2021–2022", D(2021, 1, 1), D(2022, 12, 31)),
        ("Q3 2021 – Q2 2022", D(2021, 7, 1), D(2022, 6, 30)),
        ("Q3 2021 - Q2 2022", D(2021, 7, 1), D(2022, 6, 30)),
        ("01/2021 - 12/2021", D(2021, 1, 1), D(2021, 12, 31)),
        ("2020-10-01 to 2021-09-30", D(2020, 10, 1), D(2021, 9, 30)),
        ("2020-10-01 - 2021-09-30", D(2020, 10, 1), D(2021, 9, 30)),
        ("01.03.2021 - 31.12.2022", D(2021, 3, 1), D(2022, 12, 31)),
        ("01.03.2021 – 28.02.2023", D(2021, 3, 1), D(2023, 2, 28)),
        # a year or a quarter alone is a period too
        ("2021", D(2021, 1, 1), D(2021, 12, 31)),
        ("Q1 2022", D(2022, 1, 1), D(2022, 3, 31)),
    ],
)
def test_parse_period_forms(cell, start, end):
    assert parse_period(cell) == (start, end)


def test_parse_period_empty_is_none_none():
    assert parse_period(None) == (None, None)
    assert parse_period("") == (None, None)


@pytest.mark.parametrize(
    ("cell", "year", "last"),
    [
        ("calendar year 2022", 2022, 2022),
        ("CY2021", 2021, 2021),
        ("2021 calendar year", 2021, 2021),
        ("протягом 2021 року", 2021, 2021),
        ("в течение 2021 года", 2021, 2021),
        ("календарний 2022 рік", 2022, 2022),
        ("during 2021-2022", 2021, 2022),
    ],
)
def test_a_calendar_year_said_in_words_is_that_year(cell, year, last):
    assert parse_period(cell) == (dt.date(year, 1, 1), dt.date(last, 12, 31))


@pytest.mark.parametrize(
    ("cell", "words"),
    [
        ("FY 2022", "not understood"),  # a fiscal year is the partner's, not the calendar's
        ("some time next year", "not understood"),
        ("1998-1999", "outside"),
        ("31.02.2021 - 31.12.2021", "does not exist"),
    ],
)
def test_parse_period_refuses_what_it_cannot_read(cell, words):
    with pytest.raises(ValueProblem) as info:
        parse_period(cell)
    assert words in info.value.message


# ------------------------------------------------------------------------------------------ beneficiaries
@pytest.mark.parametrize(
    ("cell", "codes"),
    [
        ("NPU; SBGS", ["NPU", "SBGS"]),
        ("НПУ, ДПСУ", ["NPU", "SBGS"]),
        ("National Police", ["NPU"]),
        ("ДМС України", ["SMS"]),
        ("MIA", ["MIA"]),
        ("npu;sbgs;npu", ["NPU", "SBGS"]),  # no repeats, order as written
        ("State Border Guard Service", ["SBGS"]),
        ("Національна гвардія України", ["NGU"]),
        ("ДСНС", ["SESU"]),
        ("МВС, НПУ, ДПСУ, НГУ, ДМС, ДСНС", ["MIA", "NPU", "SBGS", "NGU", "SMS", "SESU"]),
        ("SBGS / SMS", ["SBGS", "SMS"]),
    ],
)
def test_parse_beneficiaries_codes_and_names_in_both_languages(cell, codes):
    assert parse_beneficiaries(cell) == (codes, [])


def test_parse_beneficiaries_keeps_unknown_parts_apart():
    assert parse_beneficiaries("NPU; Prosecutor General's Office") == (
        ["NPU"],
        ["Prosecutor General's Office"],
    )


@pytest.mark.parametrize(
    ("cell", "codes"),
    [
        ("Cyber Police Department (NPU)", ["NPU"]),  # a unit, its agency in brackets
        ("Кіберполіція (Національна поліція України)", ["NPU"]),
        ("Департамент кіберполіції НПУ", ["NPU"]),  # the agency's abbreviation last
        ("(NPU), SBGS", ["NPU", "SBGS"]),
    ],
)
def test_parse_beneficiaries_reads_a_unit_by_its_agency_in_brackets_or_last(cell, codes):
    assert parse_beneficiaries(cell) == (codes, [])


def test_parse_beneficiaries_names_an_unknown_part_with_its_brackets_whole():
    # the split once cut the closing bracket: "'Prosecutor General (PGO' is not an MIA agency"
    assert parse_beneficiaries("NPU, Prosecutor General (PGO)") == (["NPU"], ["Prosecutor General (PGO)"])
    # a police force outside the MIA is not the National Police for its last word
    assert parse_beneficiaries("Military police") == ([], ["Military police"])


@pytest.mark.parametrize(
    ("cell", "value", "currency"),
    [
        (
            "350 000 (триста п'ятдесят тисяч) євро",
            350_000,
            "EUR",
        ),  # was 350 000 000: "тисяч" read as the unit
        ("1 200 000 (один мільйон двісті тисяч) євро", 1_200_000, "EUR"),  # was "several multipliers"
        ("2,5 млн євро (два мільйони п'ятсот тисяч євро)", 2_500_000, "EUR"),
        ("EUR 400 000 (four hundred thousand)", 400_000, "EUR"),
        ("1 200 000 (один миллион двести тысяч евро)", 1_200_000, "EUR"),  # the currency only in the words
        ("1 200 (in thousands of euro)", 1_200_000, "EUR"),  # a unit in brackets is still the unit
    ],
)
def test_a_sum_written_out_in_words_in_brackets_is_not_read_as_a_unit(cell, value, currency):
    assert parse_amount(cell) == Amount(value, currency)


def test_parse_beneficiaries_empty():
    assert parse_beneficiaries(None) == ([], [])
    assert parse_beneficiaries("  ") == ([], [])


# --------------------------------------------------------------------------------------------- statuses
@pytest.mark.parametrize(
    ("cell", "status"),
    [
        ("Ongoing", "ongoing"),
        ("In progress", "ongoing"),
        ("Триває", "ongoing"),
        ("Completed", "completed"),
        ("Завершено", "completed"),
        ("Planned", "planned"),
        ("Заплановано", "planned"),
        ("Cancelled", "cancelled"),
        ("Suspended", "suspended"),
        ("Something else", "something else"),
        # a project not yet agreed is planned (pipeline), not committed money
        ("у розробці", "planned"),
        ("на етапі погодження", "planned"),
        ("на розгляді", "planned"),
        ("в разработке", "planned"),
        ("на согласовании", "planned"),
        ("Under consideration", "planned"),
        ("under preparation", "planned"),
        ("Under implementation", "ongoing"),
        # a project under way whose remark mentions an agreement or a development is still ongoing
        ("Триває (погоджено з МВС)", "ongoing"),
        ("Реалізується, розробка системи", "ongoing"),
        ("Ongoing, under review", "ongoing"),
        ("действующий (согласован)", "ongoing"),
        ("Розроблено", "розроблено"),
        # ended at its first end (the reviews of set T saw these unknown)
        ("Not extended", "completed"),
        ("Extension rejected", "completed"),
        ("Expired", "completed"),
        ("Не продовжено", "completed"),
        ("Продление не согласовано", "completed"),
        ("Extended", "ongoing"),
        # said alone only: a remark around the word says more (the review of these words)
        ("Agreement expired 30.06.2021, follow-up phase ongoing", "ongoing"),
        ("Not extended yet, request pending", "not extended yet, request pending"),
    ],
)
def test_parse_status(cell, status):
    assert parse_status(cell) == status


def test_parse_status_empty_is_none():
    assert parse_status(None) is None


@pytest.mark.parametrize(
    "text, start, end",
    [
        ("01.03.2021-31.12.2022", dt.date(2021, 3, 1), dt.date(2022, 12, 31)),  # no spaces around the dash
        ("01/03/2021-31/12/2022", dt.date(2021, 3, 1), dt.date(2022, 12, 31)),
        ("2021-03-01/2022-12-31", dt.date(2021, 3, 1), dt.date(2022, 12, 31)),  # ISO interval
        ("03.2021-12.2022", dt.date(2021, 3, 1), dt.date(2022, 12, 31)),
        ("10/2020-09/2021", dt.date(2020, 10, 1), dt.date(2021, 9, 30)),
        ("2021-2022 рр.", dt.date(2021, 1, 1), dt.date(2022, 12, 31)),  # "роки" written after the years
        ("2021/2022", dt.date(2021, 1, 1), dt.date(2022, 12, 31)),
        ("until 31.12.2022", None, dt.date(2022, 12, 31)),
        (
            "03–12.2021",
            dt.date(2021, 3, 1),
            dt.date(2021, 12, 31),
        ),  # months of one year, as "03.2021" is written
        ("3-6/2022 р.", dt.date(2022, 3, 1), dt.date(2022, 6, 30)),
        ("10–03.2022", dt.date(2021, 10, 1), dt.date(2022, 3, 31)),  # October to March: from the year before
    ],
)
def test_parse_period_without_spaces_and_with_words(text, start, end):
    assert parse_period(text) == (start, end)


# ------------------------------------------------------------------------------------- issue 12: dates
@pytest.mark.parametrize(
    ("cell", "order", "start", "end"),
    [
        ("15-Mar-2021", None, D(2021, 3, 15), D(2021, 3, 15)),
        ("15 Mar 2021", None, D(2021, 3, 15), D(2021, 3, 15)),
        ("March 15, 2021", None, D(2021, 3, 15), D(2021, 3, 15)),
        ("1 квітня 2021 р.", None, D(2021, 4, 1), D(2021, 4, 1)),
        ("1 апреля 2021 г.", None, D(2021, 4, 1), D(2021, 4, 1)),
        ("у березні 2021", None, D(2021, 3, 1), D(2021, 3, 31)),
        ("лют. 2022", None, D(2022, 2, 1), D(2022, 2, 28)),
        ("2021-03-01T23:30:00+02:00", None, D(2021, 3, 1), D(2021, 3, 1)),
        ("2021-03-01T08:00:00Z", None, D(2021, 3, 1), D(2021, 3, 1)),
        ("03/04/2021", None, D(2021, 4, 3), D(2021, 4, 3)),
        ("03/04/2021", "dmy", D(2021, 4, 3), D(2021, 4, 3)),
        ("03/04/2021", "mdy", D(2021, 3, 4), D(2021, 3, 4)),
        ("13/04/2021", "mdy", D(2021, 4, 13), D(2021, 4, 13)),  # a part above 12 wins over the column's order
        ("04/13/2021", "dmy", D(2021, 4, 13), D(2021, 4, 13)),
        ("03-04-2021", "mdy", D(2021, 3, 4), D(2021, 3, 4)),
    ],
)
def test_dates_as_partners_write_them(cell, order, start, end):
    assert parse_date(cell, order=order) == start
    assert parse_date(cell, end=True, order=order) == end


@pytest.mark.parametrize(
    "cell", ["ongoing", "Ongoing", "безстроково", "по теперішній час", "бессрочно", "open-ended"]
)
def test_an_open_end_is_an_info_not_an_error(cell):
    with pytest.raises(ValueProblem) as raised:
        parse_date(cell, end=True)
    assert raised.value.severity == "info" and "open-ended" in raised.value.message
    with pytest.raises(ValueProblem) as raised:
        parse_date(cell)  # a start cannot be open
    assert raised.value.severity == "error"


@pytest.mark.parametrize(
    ("cell", "start", "end"),
    [
        ("березень 2021 – лютий 2023", D(2021, 3, 1), D(2023, 2, 28)),
        ("з 1 квітня 2021 р. по 31.12.2022", D(2021, 4, 1), D(2022, 12, 31)),
        ("квітень – грудень 2021", D(2021, 4, 1), D(2021, 12, 31)),
        ("Jul 2020 – Jun 2023", D(2020, 7, 1), D(2023, 6, 30)),
        ("с 1 апреля 2021 г. по 31 марта 2023 г.", D(2021, 4, 1), D(2023, 3, 31)),
        ("01.04.2021 (24 міс.)", D(2021, 4, 1), D(2023, 3, 31)),
        ("з 01.03.2021 безстроково", D(2021, 3, 1), None),
        ("2021 - ongoing", D(2021, 1, 1), None),
        # two months of one year joined by a dash with no spaces: both months, not the first one alone
        ("березень–травень 2021 р.", D(2021, 3, 1), D(2021, 5, 31)),
        ("січень—червень 2021", D(2021, 1, 1), D(2021, 6, 30)),
        ("март–май 2021", D(2021, 3, 1), D(2021, 5, 31)),
        # two quarters of one year
        ("I–II квартал 2021", D(2021, 1, 1), D(2021, 6, 30)),
        ("II-III квартали 2021 р.", D(2021, 4, 1), D(2021, 9, 30)),
        ("1-2 кв. 2021", D(2021, 1, 1), D(2021, 6, 30)),
        ("III–IV quarter 2021", D(2021, 7, 1), D(2021, 12, 31)),
        ("III-IV квартал 2021 г.", D(2021, 7, 1), D(2021, 12, 31)),
        # a start and a duration, with a word between them
        ("з 01.04.2021 на 18 міс.", D(2021, 4, 1), D(2022, 9, 30)),
        ("с 01.04.2021 на 18 месяцев", D(2021, 4, 1), D(2022, 9, 30)),
        ("from 1 April 2021 for 18 months", D(2021, 4, 1), D(2022, 9, 30)),
        ("01.04.2021 + 2 роки", D(2021, 4, 1), D(2023, 3, 31)),
        ("з 01.04.2021 на 1,5 року", D(2021, 4, 1), D(2022, 9, 30)),
    ],
)
def test_periods_with_month_names_durations_and_open_ends(cell, start, end):
    assert parse_period(cell) == (start, end)


@pytest.mark.parametrize("cell", ["1-2 2021", "березень–травень", "I–II квартал", "15-20.06.2021"])
def test_what_could_be_two_months_or_two_quarters_without_saying_so_is_not_read_as_a_period(cell):
    with pytest.raises(ValueProblem):
        parse_period(cell)


@pytest.mark.parametrize(
    ("cell", "months"),
    [("24 months", 24), ("18 міс.", 18), ("18 місяців", 18), ("36 мес.", 36), ("2 роки", 24), ("1 year", 12)],
)
def test_durations(cell, months):
    from mtd_analysis.ingest.values import parse_duration

    assert parse_duration(cell) == months


def test_end_after_a_duration_is_the_day_before_the_same_date():
    from mtd_analysis.ingest.values import end_after

    assert end_after(D(2021, 4, 1), 24) == D(2023, 3, 31)
    assert end_after(D(2020, 3, 15), 18) == D(2021, 9, 14)


def test_date_order_is_proven_by_a_part_above_12():
    from mtd_analysis.ingest.values import date_order

    assert date_order(["03/14/2021", "01/02/2021"]) == ("mdy", 0, 1, ["01/02/2021"])
    assert date_order(["14.03.2021", "01.02.2021"]) == ("dmy", 1, 0, ["01.02.2021"])
    assert date_order(["14/03/2021", "03/14/2021"])[0] is None  # the column contradicts itself
    assert date_order(["2021-03-01", 44256.0, None]) == (None, 0, 0, [])


def test_agency_names_are_masked_but_descriptions_of_people_are_not():
    from mtd_analysis.ingest.values import mask_agency_names

    assert mask_agency_names("Навчання для відділів Державної прикордонної служби") == (
        "Навчання для відділів SBGS служби"
    )
    assert mask_agency_names("Support to the National Police") == "Support to the NPU Police"
    assert mask_agency_names("Training of border guards") == "Training of border guards"


def test_reads_as_date_agrees_with_parse_date():
    from mtd_analysis.ingest.values import ValueProblem, parse_date, reads_as_date

    texts = ["01.03.2021", "2021", "Q3 2021", "березня 2021", "15-Mar-2021", "2021-03-01T09:00:00+02:00",
             "31.02.2021", "1999-01-01", "ongoing", "-", "n/a", "2021 to 2022", "Radios for patrols, phase 2",
             "Training to police", "1 квітня 2021 р.", "CANADA-0005-0001"]  # fmt: skip
    for text in texts:
        try:
            parse_date(text)
            expected = True
        except ValueProblem:
            expected = False
        assert reads_as_date(text) is expected, text


def test_a_known_agency_followed_by_a_place_is_read_by_the_first_alias_in_the_table():
    from mtd_analysis.ingest.values import _agency_aliases, normalise_key, parse_beneficiaries

    assert parse_beneficiaries("ГУНП в Харківській області") == (["NPU"], [])
    aliases = _agency_aliases()
    for text in [
        "ГУНП в Харківській області",
        "Національна поліція України в Києві",
        "SBGS Odesa detachment",
    ]:
        key = normalise_key(text)
        # the rule as stated: the first alias of 3+ characters, in the table's order, that the name starts with
        first = next((c for k, c in aliases.items() if len(k) >= 3 and key.startswith(k + " ")), None)
        codes, _ = parse_beneficiaries(text)
        assert codes[:1] == [aliases.get(key) or first], text


# ------------------------------------------------------------------------------------------ a date-like text read once


def test_a_date_like_text_is_read_once_and_a_day_that_does_not_exist_is_refused_every_time():
    import datetime as dt_

    from mtd_analysis.ingest import values

    values._partial_date_once.cache_clear()
    march = (dt_.date(2021, 3, 1), dt_.date(2021, 3, 31))
    assert values._partial_date("03/2021") == march
    assert values._partial_date("03/2021") == march  # the second time from what the first read kept
    assert values._partial_date_once.cache_info().hits == 1
    for _ in range(2):  # kept as refused, and refused again
        with pytest.raises(ValueError):
            values._partial_date("31.02.2021")
    assert values._partial_date("Radios for patrols") is None  # no digit: never kept
    assert values._partial_date_once.cache_info().currsize == 2
    # the order of day and month is part of what is kept
    assert values._partial_date("03/04/2021", "mdy")[0] == dt_.date(2021, 3, 4)
    assert values._partial_date("03/04/2021", "dmy")[0] == dt_.date(2021, 4, 3)


@pytest.mark.parametrize(
    "cell", ["to be confirmed", "annual breakdown to be agreed", "уточнюється", "уточняется"]
)
def test_an_amount_not_fixed_yet_is_a_warning_not_a_mistake(cell):
    with pytest.raises(ValueProblem) as info:
        parse_amount(cell)
    assert info.value.severity == "warning" and "not fixed yet" in info.value.message
