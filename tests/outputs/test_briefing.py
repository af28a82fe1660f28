"""Findings in words (issue 14): every kind has an English and a Ukrainian sentence with the right figures."""

from __future__ import annotations

import pandas as pd
import pytest

from mtd_analysis.analysis.findings import FINDING_KINDS
from mtd_analysis.outputs.findings import briefing, finding_sentences, note

ONE_OF_EACH = pd.DataFrame(
    [
        {"kind": "not_read", "subject": "usa.pdf", "detail": "failed"},
        {"kind": "unmapped", "priority_code": "UNMAPPED", "amount": 151_000.0, "share": 0.25, "count": 1},
        {"kind": "orphan", "subgroup": "police", "priority_code": "CUSTODY", "amount": 2_000_000.0},
        {"kind": "gap", "subgroup": "border", "priority_code": "BORDER", "amount": 6_400_000.0, "share": 0.57},
        {"kind": "thin", "subgroup": "police", "priority_code": "DRUGS", "partner": "USA", "amount": 752_871.0, "count": 3},
        {"kind": "concentration", "priority_code": "BORDER", "partner": "EU", "share": 0.75, "count": 3, "amount": 1.0},
        {"kind": "duplicate", "priority_code": "DV", "partner": "Sweden / UK", "subject": "S-1 / U-1", "share": 0.867, "count": 12},
        {"kind": "ending", "count": 4, "date": "2021-09-10", "subject": "2021-06-10", "detail": "Cyber (Canada, 2021-06-30)"},
        {"kind": "data_problems", "partner": "UK", "count": 2, "rows": 1},
    ]
).assign(currency="EUR")  # fmt: skip
NAMES = {"en": {"CUSTODY": "Custody records"}, "uk": {"CUSTODY": "Облік затриманих"}}


def test_the_table_covers_every_kind():
    assert ONE_OF_EACH["kind"].tolist() == list(FINDING_KINDS)


@pytest.mark.parametrize("lang", ["en", "uk"])
def test_one_sentence_per_finding_plus_the_duplicates_count(lang):
    sentences = finding_sentences(ONE_OF_EACH, lang, year=2021, priority_names=NAMES[lang],
                                  titles={"S-1": "Shelters", "U-1": "Police response"})  # fmt: skip
    assert len(sentences) == len(ONE_OF_EACH) + 1
    assert all(s and "{" not in s for s in sentences)


def test_english_sentences_carry_the_figures():
    text = "\n".join(finding_sentences(ONE_OF_EACH, "en", year=2021, priority_names=NAMES["en"],
                                      titles={"S-1": "Shelters"}))  # fmt: skip
    assert "**usa.pdf** could not be read: its projects are not counted anywhere" in text
    assert "€151k (25% of 2021 funding, 1 project)" in text
    assert "**Custody records** (Police) has no support in 2021, although €2M is needed." in text
    assert "Gap: **BORDER** lacks €6.4M in 2021 (57% of the need is covered)." in text
    assert "**DRUGS** rests on one partner, USA (€753k in 2021)." in text
    assert "75% of the funding of **BORDER** comes from EU, although 3 partners fund it." in text
    assert (
        "12 pairs look like duplicates" in text and "«Shelters» / «U-1» (Sweden / UK; DV; score 0.87)" in text
    )
    assert "4 projects end between 2021-06-10 and 2021-09-10: Cyber (Canada, 2021-06-30)." in text
    assert "UK: 2 errors and 1 rejected row in the files" in text


def test_ukrainian_sentences_carry_the_figures():
    text = "\n".join(finding_sentences(ONE_OF_EACH, "uk", year=2021, priority_names=NAMES["uk"]))
    assert "**usa.pdf** не вдалося прочитати" in text
    assert (
        "**Облік затриманих** (Поліція) не має підтримки у 2021 р., хоча потреба становить 2 млн €." in text
    )
    assert "Дефіцит: **BORDER** бракує 6,4 млн € у 2021 р. (покрито 57 % потреби)." in text
    assert "12 пар схожі на дублювання" in text and "оцінка 0,87" in text
    assert "4 проєкти завершуються між 2021-06-10 і 2021-09-10" in text
    assert "UK: 2 помилки і 1 відхилений рядок у файлах" in text


def test_briefing_has_a_heading_the_sample_warning_and_bullets():
    text = briefing(ONE_OF_EACH.head(2), "uk", year=2021, snapshot="2021-06", sample=True)
    lines = text.splitlines()
    assert lines[0] == "### Що варто побачити насамперед — 2021-06"
    assert "демонстраційного" in text
    assert sum(line.startswith("- ") for line in lines) == 2
    assert text._repr_markdown_() == str(text)


def test_notes_exist_in_both_languages():
    for key in ("accounting", "quality", "coverage", "heatmap", "gaps", "beneficiaries", "distribution",
                "overlaps", "timeline", "changes", "pack"):  # fmt: skip
        assert note(key, "en") != note(key, "uk")
