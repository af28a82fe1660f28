"""The rates tables: loading and layering, the NBU answers, the annual means, and `rates update` offline."""

from __future__ import annotations

import urllib.error
import urllib.parse
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from mtd_analysis import config
from mtd_analysis.reference import rates as rates_mod
from mtd_analysis.reference.rates import (
    RatesError,
    RatesFetchError,
    annual_means,
    exchange_url,
    fetch_daily,
    load_rates,
    parse_exchange,
    rates_sources,
    read_rates_table,
    update_rates,
)

NBU_DIR = Path(__file__).resolve().parents[1] / "data" / "nbu"
TODAY = date(2026, 3, 31)


def recorded(url: str) -> bytes:
    """The answer stored for this exact URL (tests/data/nbu); an empty list, as the service answers, otherwise."""
    query = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(url).query))
    assert url.startswith("https://bank.gov.ua/NBU_Exchange/exchange_site?")
    assert (query["sort"], query["order"]) == ("exchangedate", "asc") and url.endswith("&json")
    path = NBU_DIR / f"exchange_site_{query['valcode']}_{query['start']}_{query['end']}.json"
    return path.read_bytes() if path.exists() else b"[]"


# ------------------------------------------------------------------------------------------ the NBU answers
def test_exchange_url_asks_one_currency_from_start_to_end():
    assert exchange_url("usd", date(2023, 1, 1), date(2023, 12, 31)) == (
        "https://bank.gov.ua/NBU_Exchange/exchange_site?start=20230101&end=20231231&valcode=USD"
        "&sort=exchangedate&order=asc&json"
    )


def test_parse_exchange_uses_the_rate_per_unit():
    # the range service quotes JPY per 10 units in `rate`; `rate_per_unit` is per unit
    answer = (
        '[{"exchangedate":"03.01.2023","r030":392,"cc":"JPY","txt":"Єна","enname":"Yen",'
        '"rate":2.7877,"units":10,"rate_per_unit":0.27877,"group":"1","calcdate":"30.12.2022"},'
        '{"exchangedate":"02.01.2023","r030":392,"cc":"JPY","txt":"Єна","enname":"Yen",'
        '"rate":2.7800,"units":10,"rate_per_unit":0.278,"group":"1","calcdate":"30.12.2022"}]'
    )
    daily = parse_exchange(answer)
    assert daily["date"].dt.strftime("%Y-%m-%d").tolist() == ["2023-01-02", "2023-01-03"]
    assert daily["uah_per_unit"].tolist() == [0.278, 0.27877]


@pytest.mark.parametrize("answer", ["<html>Access denied</html>", '{"message": "x"}', '[{"cc": "EUR"}]'])
def test_parse_exchange_refuses_what_is_not_a_list_of_rates(answer):
    with pytest.raises(RatesFetchError, match="not a list of NBU exchange rates"):
        parse_exchange(answer, where="the answer")


# ------------------------------------------------------------------------------------------- annual means
def test_a_day_left_out_of_an_answer_takes_the_rate_in_force_the_day_before():
    # Thursday 29 Dec 2022: 40; Tuesday 3 Jan 2023: 41; Friday 6 Jan: 43; nothing else in the answer.
    # 1 to 8 January 2023: 1-2 Jan at 40 (carried), 3-5 Jan at 41, 6-8 Jan at 43
    daily = pd.DataFrame(
        {
            "date": pd.to_datetime(["2022-12-29", "2023-01-03", "2023-01-06"]),
            "currency": ["EUR"] * 3,
            "uah_per_unit": [40.0, 41.0, 43.0],
        }
    )
    means = annual_means(daily, today=date(2023, 1, 8), years=[2023])
    assert means.to_numpy().tolist() == [[2023, "EUR", round((2 * 40 + 3 * 41 + 3 * 43) / 8, 4), 8, True]]
    # a year whose 1 January has no rate in force is not averaged (here: 2022 starts on 29 December)
    assert annual_means(daily, today=date(2023, 1, 8))["year"].tolist() == [2023]


def test_annual_means_of_the_recorded_answers_by_hand():
    daily = fetch_daily(["EUR", "USD", "UAH"], 2023, 2026, get=recorded)
    means = annual_means(daily, today=TODAY, years=range(2023, 2027)).set_index(["year", "currency"])
    # EUR 2023: 40 from 1 Jan to Sunday 2 Jul (183 days), 41 from Monday 3 Jul (182 days)
    assert means.loc[(2023, "EUR"), "uah_per_unit"] == round((183 * 40 + 182 * 41) / 365, 4) == 40.4986
    # USD 2023: 36.5686 to Monday 2 Oct (275 days), 37 from 3 Oct (90 days)
    assert means.loc[(2023, "USD"), "uah_per_unit"] == round((275 * 36.5686 + 90 * 37) / 365, 4)
    assert means.loc[(2024, "EUR"), ["uah_per_unit", "days", "partial"]].tolist() == [44.0, 366, False]
    assert means.loc[(2025, "USD"), ["uah_per_unit", "days", "partial"]].tolist() == [41.5, 365, False]
    # 2026 to 31 March: 31 + 28 + 31 days, marked partial
    assert means.loc[(2026, "EUR"), ["uah_per_unit", "days", "partial"]].tolist() == [48.0, 90, True]
    assert "UAH" not in means.index.get_level_values("currency")  # 1 by definition, never fetched


def test_the_method_gives_the_shipped_means_from_the_nbus_daily_rates(reference_dir):
    """The shipped means are the calendar-day means of the rate in force; other means would not do."""
    daily = pd.read_csv(
        reference_dir / "nbu-rates" / "nbu_official_rates_daily_2015_2022.csv", parse_dates=["date"]
    )
    shipped = read_rates_table(config.RATES_FILE)
    shipped = shipped.loc[shipped["currency"] != "UAH"].set_index(["year", "currency"])["uah_per_unit"]
    means = annual_means(daily, today=date(2022, 7, 21)).set_index(["year", "currency"])
    means = means["uah_per_unit"].reindex(shipped.index)
    whole = shipped.index.get_level_values("year") < 2022
    assert (means[whole] == shipped[whole]).all()  # all 84 means of 2015-2021, to the 4th decimal
    # 2022 (to 21 July): the archived daily values lack 2 March, which the shipped mean left out and the
    # calendar-day mean fills with 1 March's rate
    assert (means[~whole] - shipped[~whole]).abs().max() < 0.012
    # the plain mean of business days (another method) misses the shipped means by up to 0.028 UAH
    weekdays = daily.loc[daily["date"].dt.day_of_week < 5]
    plain = weekdays.groupby([weekdays["date"].dt.year.rename("year"), "currency"])["uah_per_unit"].mean()
    assert (plain.round(4) - shipped)[whole].abs().max() > 0.02


# ---------------------------------------------------------------------------------------------- the tables
def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_the_analysts_table_is_laid_over_the_shipped_one(tmp_path, monkeypatch):
    analyst = write(
        tmp_path / "nbu_rates_annual_mean.csv",
        "year,currency,uah_per_unit,days,partial,source\n2021,EUR,99.5,365,,typed\n2026,EUR,48.0,90,yes,NBU\n",
    )
    monkeypatch.setattr(config, "EXTERNAL_RATES_FILE", analyst)
    lookup = load_rates().set_index(["year", "currency"])["uah_per_unit"]
    assert lookup[(2021, "EUR")] == 99.5  # the analyst's figure wins
    assert lookup[(2021, "USD")] == 27.2835  # the shipped figures stay for the rest
    assert lookup[(2026, "EUR")] == 48.0
    assert load_rates(details=True).set_index(["year", "currency"]).loc[(2026, "EUR"), "partial"]
    # a file given explicitly replaces both
    given = write(tmp_path / "mine.csv", "year,currency,uah_per_unit\n2021,EUR,30\n")
    assert load_rates(given).to_numpy().tolist() == [[2021, "EUR", 30.0]]
    sources = rates_sources()
    assert [(s["role"], s["years"], s["partial_years"]) for s in sources] == [
        ("shipped", "2015-2022", [2022]),
        ("analyst", "2021-2026", [2026]),
    ]
    assert sources[1]["table"] == "nbu_rates_annual_mean.csv"  # outside the project: the name only
    assert len(sources[1]["sha256"]) == 64


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "year,currency,uah_per_unit,partial\n2021,EUR,32,maybe\n",
            "row 2: partial 'maybe' is not yes or no",
        ),
        ("year,currency,uah_per_unit,days\n2021,EUR,32,many\n", "row 2: days 'many' is not a whole number"),
        ("year,currency\n2021,EUR\n", "missing column(s) uah_per_unit"),
    ],
)
def test_read_rates_table_names_the_bad_line(tmp_path, body, expected):
    with pytest.raises(RatesError, match=expected.replace("(", r"\(").replace(")", r"\)")):
        read_rates_table(write(tmp_path / "r.csv", body))


# --------------------------------------------------------------------------------------------- the update
def test_update_writes_the_analysts_table_from_the_recorded_answers(tmp_path):
    target = tmp_path / "external" / "nbu_rates_annual_mean.csv"
    rows, written = update_rates(2023, 2026, ["eur", "USD"], today=TODAY, to=target, get=recorded)
    assert written == target
    table = read_rates_table(target)
    assert table.columns.tolist() == ["year", "currency", "uah_per_unit", "days", "partial", "source"]
    assert table[["year", "currency"]].to_numpy().tolist() == [
        [y, c] for y in range(2023, 2027) for c in ("EUR", "UAH", "USD")
    ]
    assert table.loc[table["currency"] == "UAH", "uah_per_unit"].tolist() == [1.0] * 4
    assert table.loc[table["partial"], ["year", "currency"]].to_numpy().tolist() == [
        [2026, "EUR"],
        [2026, "USD"],
    ]
    assert table["source"].str.contains("National Bank of Ukraine").sum() == 8
    assert table["source"].str.contains("fetched 2026-03-31").sum() == 8
    pd.testing.assert_frame_equal(rows.reset_index(drop=True), table)
    # a second update of one year keeps the other rows of the table
    update_rates(2024, 2024, ["EUR"], today=TODAY, to=target, get=recorded)
    assert len(read_rates_table(target)) == 12


def test_update_starts_where_the_tables_stop(tmp_path):
    asked = []

    def get(url):
        asked.append(dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(url).query)))
        return recorded(url)

    with pytest.raises(RatesFetchError, match="the NBU has no official rate for EUR 2022"):
        update_rates(currencies=["EUR"], today=TODAY, to=tmp_path / "r.csv", get=get)
    # the shipped table's last whole year is 2021 (2022 is partial): the update starts in 2022
    assert asked[0] == {
        "start": "20211212",
        "end": "20221231",
        "valcode": "EUR",
        "sort": "exchangedate",
        "order": "asc",
    }
    assert not (tmp_path / "r.csv").exists()  # nothing written when anything is missing


def test_a_currency_the_tables_lack_is_fetched_from_their_first_year(tmp_path):
    asked = []

    def get(url):
        asked.append(dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(url).query)))
        return recorded(url)

    with pytest.raises(RatesFetchError, match=r"no official rate for KZT 2015-2026 \(12 years\); nothing"):
        update_rates(currencies=["KZT"], today=TODAY, to=tmp_path / "r.csv", get=get)
    assert (asked[0]["valcode"], asked[0]["start"], asked[0]["end"]) == ("KZT", "20141212", "20151231")


def test_a_currency_the_nbu_does_not_quote_stops_the_update(tmp_path):
    with pytest.raises(RatesFetchError, match=r"no official rate for XTS 2023-2024 \(2 years\); nothing"):
        update_rates(2023, 2024, ["EUR", "XTS"], today=TODAY, to=tmp_path / "r.csv", get=recorded)
    assert not (tmp_path / "r.csv").exists()


def test_offline_the_update_says_so_in_one_sentence(tmp_path, monkeypatch):
    def no_network(*args, **kwargs):
        raise urllib.error.URLError(OSError(-3, "Temporary failure in name resolution"))

    monkeypatch.setattr(rates_mod.urllib.request, "urlopen", no_network)
    with pytest.raises(RatesFetchError) as caught:
        update_rates(2023, 2023, ["EUR"], today=TODAY, to=tmp_path / "r.csv")
    assert str(caught.value).startswith("cannot reach bank.gov.ua (")
    assert "no network? Nothing was changed" in str(caught.value)
    assert "\n" not in str(caught.value)
    assert not (tmp_path / "r.csv").exists()


def test_an_http_error_names_the_status(monkeypatch):
    def forbidden(request, timeout):
        raise urllib.error.HTTPError(request.full_url, 403, "Forbidden", {}, None)

    monkeypatch.setattr(rates_mod.urllib.request, "urlopen", forbidden)
    with pytest.raises(RatesFetchError, match="bank.gov.ua answered HTTP 403 Forbidden"):
        fetch_daily(["EUR"], 2023, 2023)


def test_from_after_to_is_refused(tmp_path):
    with pytest.raises(ValueError, match="--from 2026 is after --to 2024"):
        update_rates(2026, 2024, ["EUR"], today=TODAY, to=tmp_path / "r.csv", get=recorded)
