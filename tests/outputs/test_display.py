"""Tables for people (issue 14): money, percentages, names and headers in the notebook's language."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from mtd_analysis.outputs import display


@pytest.fixture
def coverage() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "subgroup": ["police", "border"],
            "priority_code": ["DRUGS", "BORDER"],
            "funding_eur": [1_234_567.0, 300_000.0],
            "coverage_ratio": [0.5, None],
            "status": ["thin", "orphan"],
        }
    )


def test_formatted_in_ukrainian(coverage):
    shown = display.formatted(coverage, "uk", priority_names={"DRUGS": "Наркозлочинність"})
    assert shown.columns.tolist() == ["Підгрупа", "Пріоритет", "Фінансування", "Покриття потреб", "Статус"]
    assert shown.iloc[0].tolist() == ["Поліція", "Наркозлочинність", "1,2 млн €", "50 %", "thin"]
    assert shown.iloc[1].tolist() == ["Кордон", "BORDER", "300 тис. €", "—", "orphan"]  # no name: the code


def test_formatted_in_english_and_input_untouched(coverage):
    before = coverage.copy()
    shown = display.formatted(coverage, "en")
    assert shown["Funding"].tolist() == ["€1.2M", "€300k"]
    assert shown["Coverage of needs"].tolist() == ["50%", "—"]
    pd.testing.assert_frame_equal(coverage, before)


def test_readable_html_is_deterministic_with_bars_and_formatted_money(coverage):
    first = display.readable(coverage, "en", uuid="cov").to_html()
    second = display.readable(coverage, "en", uuid="cov").to_html()
    assert first == second
    assert "€1.2M" in first and "€300k" in first and "50%" in first
    assert "linear-gradient" in first  # the in-cell bar
    assert set(re.findall(r'id="T_([a-z]+)_', first)) == {"cov"}


def test_pivot_of_priorities_as_money_by_name():
    pivot = pd.DataFrame({"DRUGS": [300_000.0, 0.0]}, index=pd.Index(["UNDP", "EU"], name="partner"))
    pivot.columns.name = "priority_code"
    html = display.readable(pivot, "uk", currency="EUR", priority_names={"DRUGS": "Наркотики"}).to_html()
    assert "Наркотики" in html and "300 тис. €" in html and "Партнер" in html and "0 €" in html


def test_explore_degrades_to_a_static_table_with_a_caption():
    frame = pd.DataFrame({"partner": ["EU"] * 30, "amount_eur": [1000.0] * 30})
    shown = display.explore(frame, "uk", static=True, rows=5)
    assert len(shown.data) == 5
    assert "перші 5 з 30" in shown.to_html()


def test_explore_is_static_when_the_environment_says_so(monkeypatch):
    monkeypatch.setenv(display.STATIC_ENV, "1")
    shown = display.explore(pd.DataFrame({"partner": ["EU"]}), "en")
    assert hasattr(shown, "to_html")


def test_filter_rows_by_agency_and_partner():
    frame = pd.DataFrame({"partner": ["EU", "EU", "UNDP"], "beneficiaries": ["NPU;SBGS", "MIA", "sbgs"]})
    assert display.filter_rows(frame, agency="SBGS")["partner"].tolist() == ["EU", "UNDP"]
    assert display.filter_rows(frame, agency="SBGS", partner="EU").index.tolist() == [0]


def test_summary_html_names_files_not_read_orphans_and_worst_problems():
    manifest = {
        "snapshot": "2021-06", "year": 2021, "currency": "EUR", "sample": True, "ignored": [{"file": "SAMPLE"}],
        "files": [{"file": "eu.xlsx", "status": "loaded"}, {"file": "usa.pdf", "status": "failed"}],
        "totals": {"files_loaded": 1, "files_failed": 1, "files_skipped": 0, "rows_read": 5, "rows_loaded": 3,
                   "rows_rejected": 1, "rows_skipped": 1, "projects": 3},
    }  # fmt: skip
    subgroups = pd.DataFrame({"year": [2021], "subgroup": ["police"], "n_priorities": [2], "n_orphan": [1],
                              "n_partners": [1], "funding_eur": [2_500_000.0], "gap_eur": [100.0]})  # fmt: skip
    coverage = pd.DataFrame(
        {"year": [2021, 2021], "priority_code": ["CUSTODY", "OTHER"], "status": ["orphan"] * 2}
    )
    issues = pd.DataFrame(
        {"file": ["usa.pdf"], "sheet": [None], "severity": ["error"], "message": ["usa.pdf: not a table"]}
    )
    html = display.summary_html(manifest, subgroups=subgroups, coverage=coverage, issues=issues, lang="uk",
                                priority_names={"CUSTODY": "Облік затриманих"})  # fmt: skip
    assert "Зріз 2021-06" in html and "демонстраційного" in html
    assert "прочитано 1, не прочитано 1" in html and "usa.pdf" in html
    assert "Рядки: прочитано 5 = завантажено 3 + відхилено 1 + пропущено 1 → 3 проєкти" in html
    assert "2,5 млн €" in html
    assert "<li>Облік затриманих</li>" in html and "OTHER" not in html
    assert "<li>usa.pdf: not a table</li>" in html


def test_summary_html_lists_warnings_when_errors_leave_room_in_the_notebook_language():
    manifest = {"snapshot": "2021-06", "year": 2021, "totals": {}}
    issues = pd.DataFrame(
        {
            "file": ["eu.xlsx"] * 3,
            "sheet": ["2021"] * 3,
            "row": [7, 8, 9],
            "severity": ["warning"] * 3,
            "kind": ["date"] * 3,
            "message": [f"row {r}: no start or end date" for r in (7, 8, 9)],
        }
    )
    html = display.summary_html(manifest, subgroups=None, coverage=None, issues=issues, lang="uk")
    assert "Найсерйозніші проблеми" in html
    assert "<li>eu.xlsx [2021]: row 7: no start or end date (і ще подібних: 2)</li>" in html
    assert "row 8" not in html and "і ще 0" not in html


def test_header_falls_back_to_the_column_name():
    assert display.header("gap_usd", "uk") == "Дефіцит"
    assert display.header("something_new", "uk") == "something_new"
