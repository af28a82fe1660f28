"""Issue 16, as it will be checked: a 2021 build of projects running to 2026, before and after `rates update`.

The partners' files are written here by hand. Every project runs from 1 January 2021 to 31 December 2026
(2,191 days), so 2021 holds 365/2191 of each amount: 2,191,000 becomes 365,000 in 2021, converted with the
shipped 2021 NBU means (UAH per unit: EUR 32.3009, USD 27.2835, DKK 4.3433, CHF 29.8522).
"""

from __future__ import annotations

import csv
import urllib.parse
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from mtd_analysis import config
from mtd_analysis.build import build
from mtd_analysis.cli import main
from mtd_analysis.reference.rates import update_rates

NBU_DIR = Path(__file__).resolve().parents[1] / "data" / "nbu"
HEADER = ["Donor", "Project code", "Project", "Beneficiary", "Priority", "Start", "End", "Amount", "Currency"]
PROJECTS = {
    "denmark.csv": [
        "Denmark",
        "DK-1",
        "Community policing in Mykolaiv",
        "NPU",
        "COMMUNITY_POLICING",
        "2191000",
        "DKK",
    ],
    "usa.csv": ["USA", "US-1", "Border surveillance equipment", "SBGS", "BORDER_SECURITY", "2191000", "USD"],
    "undp.csv": [
        "UNDP",
        "UA-1",
        "Shelters for survivors of violence",
        "NPU",
        "DOMESTIC_VIOLENCE",
        "21910000",
        "UAH",
    ],
    "swiss.csv": [
        "Switzerland",
        "CH-1",
        "Border crossing points service",
        "SBGS",
        "BORDER_CROSSING",
        "2191000",
        "CHF",
    ],
    "eu.csv": ["EU", "EU-1", "Patrol police training", "NPU", "COMMUNITY_POLICING", "2191000", "EUR"],
}
# 2021 in EUR, by hand: 365,000 x UAH per unit / 32.3009 (UAH: 3,650,000 / 32.3009)
EXPECTED_2021 = {
    "COMMUNITY_POLICING": 365_000 * 4.3433 / 32.3009 + 365_000.0,
    "BORDER_SECURITY": 365_000 * 27.2835 / 32.3009,
    "DOMESTIC_VIOLENCE": 3_650_000 / 32.3009,
    "BORDER_CROSSING": 365_000 * 29.8522 / 32.3009,
}


def write_files(folder: Path, extra: dict[str, list[str]] | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, (donor, code, title, agency, priority, amount, currency) in {
        **PROJECTS,
        **(extra or {}),
    }.items():
        with open(folder / name, "w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            writer.writerow(HEADER)
            writer.writerow(
                [donor, code, title, agency, priority, "2021-01-01", "2026-12-31", amount, currency]
            )
    return folder


def recorded(url: str) -> bytes:
    query = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(url).query))
    path = NBU_DIR / f"exchange_site_{query['valcode']}_{query['start']}_{query['end']}.json"
    return path.read_bytes() if path.exists() else b"[]"


def rate_warnings(issues: pd.DataFrame) -> pd.DataFrame:
    rates = issues.loc[issues["kind"] == "rate"]
    found = rates["message"].str.extract(r"no rate for (?P<currency>[A-Z]{3}) in (?P<year>\d{4})")
    return rates.assign(currency=found["currency"], year=found["year"].astype(int))


def test_a_2021_build_of_projects_to_2026_is_right_for_2021_and_passes_strict(tmp_path):
    raw = write_files(tmp_path / "raw")
    result = build(raw, tmp_path / "out", year=2021, strict=True)
    cov = result.coverage.loc[result.coverage["year"] == 2021].set_index("priority_code")
    for code, expected in EXPECTED_2021.items():
        assert cov.loc[code, "funding_eur"] == pytest.approx(expected, abs=0.01)
    assert cov["n_unconverted"].sum() == 0 and (cov["unconverted_amount"] == "").all()
    # no error anywhere: --strict passes
    assert result.n_errors == 0, result.issues.loc[result.issues["severity"] == "error", "message"].tolist()
    assert (
        main(["build", str(raw), "--out", str(tmp_path / "cli"), "--year", "2021", "--strict", "--quiet"])
        == 0
    )
    # 2023-2026 have no rates: one warning per currency and year, never per project, never about UAH
    warnings = rate_warnings(result.issues)
    assert (warnings["severity"] == "warning").all()
    assert not warnings.duplicated(["currency", "year"]).any()
    assert sorted(set(zip(warnings["currency"], warnings["year"], strict=True))) == [
        (c, y) for c in ("CHF", "DKK", "EUR", "USD") for y in range(2023, 2027)
    ]
    assert not result.issues["message"].str.contains("UAH in 20").any()
    eur_2023 = warnings.loc[(warnings["currency"] == "EUR") & (warnings["year"] == 2023), "message"].item()
    # 2023 = 365 days of 2191: 365,000 of each 2,191,000 and 3,650,000 UAH; the EUR project needs no rate
    assert "the 2023 money of 4 projects" in eur_2023
    assert "(365,000.00 CHF, 365,000.00 DKK, 3,650,000.00 UAH, 365,000.00 USD)" in eur_2023
    # coverage says what it left out, per year
    cov_2023 = result.coverage.loc[result.coverage["year"] == 2023].set_index("priority_code")
    assert cov_2023.loc["BORDER_SECURITY", ["n_unconverted", "unconverted_amount"]].tolist() == [
        1,
        "USD=365000",
    ]
    assert cov_2023.loc["COMMUNITY_POLICING", "funding_eur"] == 365_000.0  # the EUR project still counts
    assert cov_2023.loc["COMMUNITY_POLICING", "unconverted_amount"] == "DKK=365000"
    sub = result.subgroups.loc[result.subgroups["year"] == 2024].set_index("subgroup")
    assert sub.loc["border", ["n_unconverted", "unconverted_amount"]].tolist() == [2, "CHF=366000;USD=366000"]
    # the manifest records the table used and its hash
    assert [(s["role"], s["years"]) for s in result.manifest["rates"]] == [("shipped", "2015-2022")]


def test_after_rates_update_the_later_years_convert_too(tmp_path, monkeypatch):
    external = tmp_path / "external" / "nbu_rates_annual_mean.csv"
    monkeypatch.setattr(config, "EXTERNAL_RATES_FILE", external)
    update_rates(2023, 2026, ["EUR", "USD"], today=date(2026, 3, 31), get=recorded)
    result = build(write_files(tmp_path / "raw"), None, year=2021)
    cov = result.coverage.set_index(["year", "priority_code"])
    # 2023 (tests/data/nbu, by hand): EUR 40.4986, USD (275 x 36.5686 + 90 x 37) / 365 = 36.6750
    assert cov.loc[(2023, "BORDER_SECURITY"), "funding_eur"] == pytest.approx(
        365_000 * 36.675 / 40.4986, abs=0.01
    )
    assert cov.loc[(2023, "DOMESTIC_VIOLENCE"), "funding_eur"] == pytest.approx(3_650_000 / 40.4986, abs=0.01)
    # 2026 (partial year, 90 days): USD 42 / EUR 48
    assert cov.loc[(2026, "BORDER_SECURITY"), "funding_eur"] == pytest.approx(365_000 * 42 / 48, abs=0.01)
    assert cov.loc[(2026, "BORDER_SECURITY"), "n_unconverted"] == 0
    # the 2021 figures do not move; DKK and CHF were not fetched: still one warning per currency and year
    assert cov.loc[(2021, "BORDER_SECURITY"), "funding_eur"] == pytest.approx(
        EXPECTED_2021["BORDER_SECURITY"]
    )
    warnings = rate_warnings(result.issues)
    assert sorted(set(warnings["currency"])) == ["CHF", "DKK"] and len(warnings) == 8
    assert [(s["role"], s["years"], s["partial_years"]) for s in result.manifest["rates"]] == [
        ("shipped", "2015-2022", [2022]),
        ("analyst", "2023-2026", [2026]),
    ]


def test_a_currency_no_table_knows_is_an_error_naming_the_project(tmp_path):
    moldova = {
        "moldova.csv": [
            "Moldova",
            "MD-1",
            "Joint border patrols",
            "SBGS",
            "BORDER_SECURITY",
            "2191000",
            "MDL",
        ]
    }
    result = build(write_files(tmp_path / "raw", moldova), None, year=2021, strict=True)
    errors = result.issues.loc[result.issues["severity"] == "error"]
    assert len(errors) == 1 and result.n_errors == 1
    error = errors.iloc[0]
    assert (error["file"], error["row"], error["column"], error["kind"]) == (
        "moldova.csv",
        2,
        "I2",
        "currency",
    )
    assert error["message"].startswith("project MD-1 'Joint border patrols' (row 2): currency MDL (cell I2)")
    assert "2,191,000.00 MDL (2021, 2022, 2023, 2024, 2025, 2026) is not converted to EUR" in error["message"]
    # never 1:1: the project's money is in no year's funding
    cov = result.coverage.loc[result.coverage["year"] == 2021].set_index("priority_code")
    assert cov.loc["BORDER_SECURITY", "funding_eur"] == pytest.approx(EXPECTED_2021["BORDER_SECURITY"])
    assert cov.loc["BORDER_SECURITY", "unconverted_amount"] == "MDL=365000"
