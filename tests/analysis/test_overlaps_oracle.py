"""The array engine of overlaps (issue 18) against the engine before it (``overlaps_oracle.py``, ``activities_oracle.py``).

Generated project sets, built here from the package's own thesaurus and places in three languages, with the
texts that make word splitting, transliteration and number reading hard (apostrophes, NUL characters,
numerals that are not digits such as ``²``, letters at the start of a word after a digit, grouped
numbers, years, repeated titles and descriptions, missing texts and agencies): both engines must give
the same table, cell for cell and byte for byte once written, and the same text features.
"""

from __future__ import annotations

import random

import activities_oracle as old_activities
import numpy as np
import overlaps_oracle as old_overlaps
import pandas as pd
import pytest

from conftest import projects_frame
from mtd_analysis.analysis import activities, overlaps
from mtd_analysis.reference import activities as reference_activities
from mtd_analysis.schema import ALLOCATION_BASE_COLUMNS
from mtd_analysis.store import csv_bytes, neutralise_formulas

PRIORITIES = ["BORDER_SURVEILLANCE", "COMMUNITY_POLICING", "CUSTODY", "TRAFFICKING", "OTHER"]
AGENCIES = ["NPU", "SBGS", "SESU", "MIA", "NGU"]
#: Pieces of text that are hard to split or read, mixed into the generated texts.
ODD_PIECES = [
    "м'ясо",
    "громадськ’ість",
    "5ю",
    "²я",
    "½ єдиний",
    "a\x00b",
    "2 000",
    "10,000",
    "3.5",
    "1 234 567",
    "2021",
    "40",
    "40",
    "Юрій Їжакевич",
    "Згурівка",
    "ЁЛКА",
    "state border guard service",
    "Національної поліції",
    "ДПСУ",
    "—",
    "«Шегині»",
    "№ 7",
    "𝟘 ja",
    "",
]


def _terms() -> list[str]:
    """Terms of the thesaurus in the three languages (the ``*`` of a stem completed) and the places' stems."""
    table = reference_activities.activity_terms()
    terms = [
        term.strip().replace("*", "ами")
        for lang in ("en", "uk", "ru")
        for cell in table[lang]
        for term in str(cell).split(";")
        if term.strip()
    ]
    stems = [s for cell in reference_activities.places()["stems"] for s in cell.split(";") if s]
    return terms + [s + "i" for s in stems] + ["Шегинях", "Краковець", "Львові", "Kharkiv", "Одеса"]


def _text(rng: random.Random, terms: list[str], words: int) -> str:
    parts = [rng.choice(terms) if rng.random() < 0.75 else rng.choice(ODD_PIECES) for _ in range(words)]
    glue = rng.choice([" ", ", ", " and ", " та ", "; ", "-", " . "])
    return glue.join(parts)


def generated(seed: int, n: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``n`` projects of a few partners and their allocations, from a seed."""
    rng = random.Random(seed)
    terms = _terms()
    titles = [_text(rng, terms, rng.randint(1, 6)) for _ in range(max(n // 3, 1))]
    descriptions = [_text(rng, terms, rng.randint(0, 14)) for _ in range(max(n // 4, 1))] + [None, ""]
    records, allocations = [], []
    for k in range(n):
        start = pd.Timestamp("2020-01-01") + pd.Timedelta(days=rng.randint(0, 700))
        end = start + pd.Timedelta(days=rng.randint(-5, 900))
        pid = f"P{k:04d}"
        records.append(
            {
                "project_id": pid,
                "partner": rng.choice(["EU", "UNDP", "USA", "Japan", "eu"]),
                "implementer": rng.choice(["IOM", "UNDP", "", "iom", None]),
                "title": rng.choice(titles) if rng.random() < 0.5 else _text(rng, terms, rng.randint(1, 6)),
                "description": rng.choice(descriptions),
                "beneficiaries": ";".join(rng.sample(AGENCIES, rng.choice([0, 0, 1, 1, 2]))),
                "start_date": start.strftime("%Y-%m-%d"),
                "end_date": end.strftime("%Y-%m-%d") if rng.random() > 0.03 else None,
            }
        )
        for code in rng.sample(PRIORITIES, rng.choice([1, 1, 2, 3])):
            allocations.append((pid, code, "police", round(rng.random(), 3), 2021, 1000.0))
    frame = pd.DataFrame(
        [
            {"project_id": p, "priority_code": c, "subgroup": s, "share": sh, "method": "declared",
             "confidence": 1.0, "evidence": "hand", "year": y, "amount_eur": a}
            for p, c, s, sh, y, a in allocations
        ],
        columns=[*ALLOCATION_BASE_COLUMNS, "amount_eur"],
    )  # fmt: skip
    return projects_frame(records), frame


def _texts(seed: int, n: int) -> list[str]:
    projects, _ = generated(seed, n)
    title, description = projects["title"].fillna(""), projects["description"].fillna("")
    return list(dict.fromkeys([*title, *description, *(title + " . " + description)]))


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_text_features_as_before(seed):
    texts = _texts(seed, 300)
    before, after = old_activities.text_features(texts), activities.text_features(texts)
    for field in activities.TextFeatures.__dataclass_fields__:
        assert np.array_equal(getattr(before, field), getattr(after, field)), field
    objects = activities.text_features(texts, objects_only=True).objects
    assert np.array_equal(objects, before.objects)


@pytest.mark.parametrize("seed", [4, 5])
def test_joined_text_features_are_those_of_the_joined_texts(seed):
    projects, _ = generated(seed, 300)
    titles = list(dict.fromkeys(projects["title"].fillna("")))
    descriptions = list(dict.fromkeys(projects["description"].fillna("")))
    rng = np.random.default_rng(seed)
    i, j = rng.integers(0, len(titles), 400), rng.integers(0, len(descriptions), 400)
    joined = [f"{titles[a]} . {descriptions[b]}" for a, b in zip(i.tolist(), j.tolist(), strict=True)]
    before = old_activities.text_features(joined)
    after = activities.joined_text_features(titles, descriptions, i, j)
    for field in activities.TextFeatures.__dataclass_fields__:
        assert np.array_equal(getattr(before, field), getattr(after, field)), field


def test_transliteration_words_and_quantities_as_before():
    texts = _texts(6, 300) + ["Юрій ²я ⅻю 5є 'ї ’й ʼя", "я", "", "зг Зг", "\U0001d7d8я 𝟘ю"]
    for text in texts:
        assert activities.transliterate(text) == old_activities.transliterate(text)
        assert activities.quantities_of(text) == old_activities.quantities_of(text)
    stream = activities.token_stream(texts)
    split = [[] for _ in texts]
    for text, word in zip(stream.text.tolist(), stream.word.tolist(), strict=True):
        split[text].append(stream.words[word])
    assert split == [old_activities.words(text) for text in texts]


def test_activity_match_as_before():
    texts = _texts(7, 200)
    rng = np.random.default_rng(7)
    i, j = rng.integers(0, len(texts), 3000), rng.integers(0, len(texts), 3000)
    before = old_activities.activity_match(old_activities.text_features(texts), i, j)
    after = activities.activity_match(activities.text_features(texts), i, j)
    assert before.keys() == after.keys()
    for name in before:
        np.testing.assert_array_equal(before[name], after[name], err_msg=name)


@pytest.mark.parametrize(
    ("seed", "n", "max_per_project"), [(11, 60, 5), (12, 400, 5), (13, 400, 2), (14, 900, 5)]
)
def test_find_overlaps_as_before(seed, n, max_per_project):
    projects, allocations = generated(seed, n)
    decisions = None
    before = old_overlaps.find_overlaps(projects, allocations, max_per_project=max_per_project)
    if len(before) > 3:  # decide a few of the pairs found, as the working group would
        decisions = pd.DataFrame(
            {
                "project_a": before["project_b"].iloc[:3].tolist(),
                "project_b": before["project_a"].iloc[:3].tolist(),
                "decision": ["duplicate", "Not related", "complementary"],
            }
        )
        before = old_overlaps.find_overlaps(projects, allocations, decisions, max_per_project=max_per_project)
    after = overlaps.find_overlaps(projects, allocations, decisions, max_per_project=max_per_project)
    assert len(before) > 0
    assert set(before["tier"]) >= {"likely duplicate", "coordinate"}
    pd.testing.assert_frame_equal(before, after)
    assert csv_bytes(neutralise_formulas(before)) == csv_bytes(neutralise_formulas(after))


def test_find_overlaps_as_before_when_nothing_overlaps():
    projects, allocations = generated(21, 30)
    allocations = allocations.assign(priority_code="OTHER")
    pd.testing.assert_frame_equal(
        old_overlaps.find_overlaps(projects, allocations), overlaps.find_overlaps(projects, allocations)
    )


def test_text_features_as_before_when_texts_are_split_in_chunks(monkeypatch):
    texts = _texts(8, 120)
    monkeypatch.setattr(activities, "_STREAM_CHUNK", 7)
    before, after = old_activities.text_features(texts), activities.text_features(texts)
    for field in activities.TextFeatures.__dataclass_fields__:
        assert np.array_equal(getattr(before, field), getattr(after, field)), field


def test_joined_text_features_when_made_in_chunks(monkeypatch):
    projects, _ = generated(9, 200)
    titles = list(dict.fromkeys(projects["title"].fillna("")))
    descriptions = list(dict.fromkeys(projects["description"].fillna("")))
    rng = np.random.default_rng(9)
    i, j = rng.integers(0, len(titles), 100), rng.integers(0, len(descriptions), 100)
    joined = [f"{titles[a]} . {descriptions[b]}" for a, b in zip(i.tolist(), j.tolist(), strict=True)]
    monkeypatch.setattr(activities, "_JOIN_CHUNK", 9)
    before = old_activities.text_features(joined)
    after = activities.joined_text_features(titles, descriptions, i, j)
    for field in activities.TextFeatures.__dataclass_fields__:
        assert np.array_equal(getattr(before, field), getattr(after, field)), field


def test_find_overlaps_as_before_when_words_are_written_in_chunks(monkeypatch):
    projects, allocations = generated(15, 300)
    monkeypatch.setattr(overlaps, "_WORDS_CHUNK", 11)
    monkeypatch.setattr(overlaps, "_SCORE_CHUNK", 13)
    before = old_overlaps.find_overlaps(projects, allocations)
    assert len(before) > 11
    pd.testing.assert_frame_equal(before, overlaps.find_overlaps(projects, allocations))


def test_find_overlaps_as_before_when_partners_repeat_their_texts():
    projects, allocations = generated(16, 300)
    repeated = projects.assign(
        title=projects["title"].iloc[np.arange(len(projects)) % 7].to_numpy(),
        description=projects["description"].iloc[np.arange(len(projects)) % 5].to_numpy(),
    )
    before = old_overlaps.find_overlaps(repeated, allocations)
    assert len(before) > 0
    pd.testing.assert_frame_equal(before, overlaps.find_overlaps(repeated, allocations))


def test_internal_overlap_issues_as_before():
    projects, allocations = generated(17, 400)
    projects = projects.assign(
        source_sheet=pd.array(["Projects", None] * (len(projects) // 2), dtype="str"),
        source_file=[f"{p}.xlsx" for p in projects["partner"]],
    )
    found = old_overlaps.find_overlaps(projects, allocations)
    found = pd.concat([found, found.iloc[:2].assign(project_a="GONE", tier="internal")], ignore_index=True)
    before = old_overlaps.internal_overlap_issues(found, projects)
    assert len(before) > 0
    pd.testing.assert_frame_equal(before, overlaps.internal_overlap_issues(found, projects))


def test_duplication_as_before():
    projects, allocations = generated(18, 400)
    found = old_overlaps.find_overlaps(projects, allocations)
    found.loc[found.index[:4], "decision"] = ["not_related", "duplicate", "complementary", "duplicate"]
    missing = found.iloc[:3].assign(
        project_a="GONE", priority_code="NOWHERE"
    )  # ids and a priority not allocated
    found = pd.concat([found, missing], ignore_index=True)
    before = old_overlaps.duplication(found, allocations, 2021)
    assert before["n_pairs"].sum() > 0
    pd.testing.assert_frame_equal(before, overlaps.duplication(found, allocations, 2021))
