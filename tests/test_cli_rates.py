"""`mtd-analysis rates update`: the only command that uses the network, and only when asked."""

from __future__ import annotations

import io
import urllib.error
import urllib.parse
from pathlib import Path

import pytest

from mtd_analysis import config
from mtd_analysis.cli import main
from mtd_analysis.reference import rates as rates_mod
from mtd_analysis.reference.rates import read_rates_table

NBU_DIR = Path(__file__).resolve().parent / "data" / "nbu"


def test_offline_it_says_so_in_one_line_and_changes_nothing(tmp_path, monkeypatch, capsys):
    target = tmp_path / "external" / "nbu_rates_annual_mean.csv"
    monkeypatch.setattr(config, "EXTERNAL_RATES_FILE", target)

    def offline(request, timeout):
        raise urllib.error.URLError(OSError(-3, "Temporary failure in name resolution"))

    monkeypatch.setattr(rates_mod.urllib.request, "urlopen", offline)
    assert main(["rates", "update", "--from", "2023", "--to", "2023", "--currencies", "EUR"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith("mtd-analysis rates update: cannot reach bank.gov.ua (")
    assert not target.exists()


def test_update_writes_the_table_builds_then_use(tmp_path, monkeypatch, capsys):
    target = tmp_path / "external" / "nbu_rates_annual_mean.csv"
    monkeypatch.setattr(config, "EXTERNAL_RATES_FILE", target)
    asked = []

    def answer(request, timeout):
        asked.append(request)
        query = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(request.full_url).query))
        return io.BytesIO(
            (NBU_DIR / f"exchange_site_{query['valcode']}_{query['start']}_{query['end']}.json").read_bytes()
        )

    monkeypatch.setattr(rates_mod.urllib.request, "urlopen", answer)
    assert main(["rates", "update", "--from", "2023", "--to", "2025", "--currencies", "eur,usd"]) == 0
    out, _ = capsys.readouterr()
    assert out == f"EUR, USD: 2023-2025; written to {target}\n"
    assert len(asked) == 6  # one request per currency and year
    assert asked[0].get_header("User-agent").startswith("Mozilla/5.0 (compatible; mtd-analysis/")
    table = read_rates_table(target)
    assert sorted(set(table["year"])) == [2023, 2024, 2025] and not table["partial"].any()
    assert table.set_index(["year", "currency"]).loc[(2024, "EUR"), "uah_per_unit"] == 44.0


def test_an_action_is_required(capsys):
    with pytest.raises(SystemExit) as caught:
        main(["rates"])
    assert caught.value.code == 2
    assert "{update}" in capsys.readouterr().err
