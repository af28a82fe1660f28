"""Side files are read like submissions, and hostile ones give issues, never tracebacks (issue 13 item 4)."""

from __future__ import annotations

import math

import openpyxl
import pandas as pd
import pytest

from mtd_analysis.analysis.coverage import load_needs
from mtd_analysis.analysis.overlaps import load_decisions
from mtd_analysis.analysis.priorities import load_priorities, read_overrides, read_priorities
from mtd_analysis.build import build
from mtd_analysis.ingest.sidefiles import read_rates, read_side_table, side_number
from mtd_analysis.reference.priorities import PriorityListError
from mtd_analysis.reference.rates import RatesError

RATES = pd.DataFrame({"year": [2021, 2021], "currency": ["EUR", "USD"], "uah_per_unit": [32.0, 25.6]})
NEEDS = ["priority_code", "year", "amount", "currency"]


def test_cp1251_semicolons_bom_and_decimal_commas(tmp_path):
    path = tmp_path / "needs.csv"
    path.write_bytes(
        "\ufeffPriority_Code ; Year;Amount;Currency\r\nDRUGS;2021;1 000,5;usd\r\n;;;\r\n".encode("utf-8")
    )
    table, issues = read_side_table(path, NEEDS, kind="needs")
    assert issues == []
    assert table.to_dict("records") == [
        {"priority_code": "DRUGS", "year": "2021", "amount": "1 000,5", "currency": "usd", "source_row": 2}
    ]
    needs, problems = load_needs(path, RATES)
    assert problems.empty
    assert needs.to_numpy().tolist() == [["DRUGS", 2021, pytest.approx(1000.5 * 25.6 / 32.0)]]


def test_an_xlsx_side_file(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.append(["project_a", "project_b", "decision"])
    wb.active.append(["EU-2", "EU-1", "Duplicate"])
    wb.save(tmp_path / "decisions.xlsx")
    decisions, issues = load_decisions(tmp_path / "decisions.xlsx")
    assert issues.empty
    assert decisions[["project_a", "project_b", "decision"]].to_numpy().tolist() == [
        ["EU-1", "EU-2", "duplicate"]
    ]


def test_hostile_needs_rows_are_issues_and_the_good_row_stays(tmp_path):
    path = tmp_path / "needs.csv"
    path.write_bytes(
        b"priority_code,year,amount,currency\n"
        b"DRUGS,2021,100,EUR\n"  # good
        b"drugs,2021,100,EUR\n"  # lower case: not a code of the list
        b"DRUGS,2021,inf,EUR\n"
        b"DRUGS,2021,1e308,EUR\n"
        b"DRUGS,2021,-5,EUR\n"
        b"DRUGS,2021,5,EUR,extra,cells\n"  # ragged: a warning, the row is read
        b"DR\xffUGS,2021,5,EUR\n"  # a damaged byte
    )
    listed = load_priorities()
    needs, issues = load_needs(path, RATES, priorities=listed)
    assert needs.to_numpy().tolist() == [["DRUGS", 2021, 105.0]]  # rows 2 and 7
    by_row = {(r, c): s for r, c, s in issues[["row", "column", "severity"]].itertuples(index=False)}
    assert by_row[(3, "priority_code")] == "error"
    assert by_row[(4, "amount")] == "error" and by_row[(5, "amount")] == "error"
    assert by_row[(6, "amount")] == "error"
    assert by_row[(7, "")] == "warning"
    assert by_row[(8, "priority_code")] == "error"
    assert all("needs.csv row" in m for m in issues.loc[issues["row"].notna(), "message"])


def test_unreadable_or_unrelated_side_files_are_issues(tmp_path):
    path = tmp_path / "needs.csv"
    path.write_bytes(b"\x00\x01\x02PK\x03" * 50)
    table, issues = read_side_table(path, NEEDS, kind="needs")
    assert table.empty and [i["severity"] for i in issues] == ["error"]
    other = tmp_path / "overrides.csv"
    other.write_text("a,b\n1,2\n")
    table, issues = read_side_table(other, ["project_id", "priority_codes"], kind="override")
    assert table.empty and "missing column(s) project_id, priority_codes" in issues[-1]["message"]


def test_overrides_keep_the_good_rows(tmp_path):
    path = tmp_path / "overrides.csv"
    path.write_text(
        "project_id;priority_codes;shares;note\n"
        "A;DRUGS;;fine\n"
        "B;drugs;;lower case is not a code\n"
        "C;DRUGS;COVID19;0,5;0,5;\n"  # four cells: shares '0,5' and ';' shifted: shares do not match codes
        "D;DRUGS;COVID19;nan\n"
        ";DRUGS;;no project\n",
        encoding="cp1251",
    )
    table, issues = read_overrides(path)
    assert table["project_id"].tolist() == ["A"]
    rows = sorted(i["row"] for i in issues if i["severity"] == "error")
    assert rows == [3, 4, 5, 6]


def test_a_bad_priority_row_is_an_issue_for_the_build_and_a_refusal_for_load(tmp_path):
    listed = load_priorities().fillna("")
    listed.loc[1, "lead_agencies"] = "FBI"
    path = tmp_path / "priorities_2022.csv"
    listed.to_csv(path, index=False, sep=";", encoding="cp1251")
    good, issues = read_priorities(path)
    assert len(good) == len(listed) - 1 and issues[0]["row"] == 3 and issues[0]["column"] == "lead_agencies"
    with pytest.raises(PriorityListError, match="priorities_2022.csv row 3: unknown lead agency FBI"):
        load_priorities(path)


def test_rates_files_read_like_submissions_and_hostile_rates_refused(tmp_path):
    path = tmp_path / "rates.csv"
    path.write_bytes("Year;Currency;UAH_per_unit\r\n2021;EUR;32,5\r\n2021;USD;1e308\r\n".encode("cp1251"))
    with pytest.raises(RatesError, match="row 3: uah_per_unit '1e308'"):
        read_rates(path)
    path.write_bytes("Year;Currency;UAH_per_unit\r\n2021;EUR;32,5\r\n2021;UAH;1\r\n".encode("cp1251"))
    assert read_rates(path)["uah_per_unit"].tolist() == [32.5, 1.0]
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "eu.csv").write_text(
        "Project code,Title,Partner,Beneficiary,Start date,End date,Budget,Currency\n"
        "EU-1,Custody records,EU,NPU,2021-01-01,2021-12-31,3250,UAH\n"
    )
    result = build(raw, None, rates=path, workers=1)
    assert result.allocations["amount_eur"].sum() == pytest.approx(100.0)  # 3250 UAH / 32.5
    assert result.manifest["rates"][0]["role"] == "given"


def test_side_numbers():
    assert side_number("1 500 000,25") == 1500000.25
    assert side_number("-5") == -5.0 and side_number("1E3") == 1000.0
    assert math.isinf(side_number("inf")) and math.isnan(side_number("ten"))


def test_a_build_goes_on_past_hostile_side_files(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "eu.csv").write_text(
        "Project code,Title,Partner,Beneficiary,Start date,End date,Budget,Currency\n"
        "EU-1,Custody records,EU,NPU,2021-01-01,2021-12-31,1000,EUR\n"
    )
    (raw / "needs.csv").write_bytes(
        b"priority_code;year;amount;currency\nCUSTODY;2021;1e308;EUR\nCUSTODY;2021;50;EUR\n"
    )
    (raw / "overrides.csv").write_bytes(b"project_id,priority_codes\nEU-1,\xff\xfe\n")
    (raw / "decisions.csv").write_bytes(b"project_a,project_b,decision\nA\n")
    result = build(raw, tmp_path / "out", workers=1)
    kinds = result.issues.loc[result.issues["file"].isin(["needs.csv", "overrides.csv", "decisions.csv"])]
    assert set(kinds["file"]) == {"needs.csv", "overrides.csv", "decisions.csv"}
    coverage = result.coverage.set_index(["year", "priority_code"])
    assert coverage.loc[(2021, "CUSTODY"), "needs_eur"] == 50.0
