"""The array shortcuts of overlaps and activities (issue 18) against the plain definitions they stand for.

Each shortcut is compared with what it replaces, computed directly text by text or pair by pair: the
transliteration of texts without Cyrillic letters, the words of texts with and without ``_``, the ranking
of pairs that come ordered by pair, the choice of one row per pair, the spelling similarities kept
between calls, the Cyrillic letters looked for in texts joined, the days written once each, and the texts of a
project read once.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from rapidfuzz import fuzz

from mtd_analysis.analysis import activities, overlaps

TEXTS = [
    "Thermal imagers for border patrols",
    "Закупівля тепловізорів у Шегинях",
    "",
    "rock'n'roll and O’Neill",  # apostrophes are in the table: transliterated (dropped), not only case-folded
    "ЗГУРІВКА Згурівка",
    "Straße ǅ ﬁre",  # case folding changes the length: positions are read in the folded text
    "\U0001d7d8 ja",  # beyond the Basic Multilingual Plane, no Cyrillic
    "\U0001d7d8 юрій",  # beyond the Basic Multilingual Plane, with Cyrillic
    "Юрій Їжакевич, ²я",
    "Police training",
]


@pytest.mark.parametrize(
    "texts",
    [
        TEXTS,
        TEXTS[:3] + TEXTS[9:],  # nothing beyond the Basic Multilingual Plane
        [TEXTS[0], TEXTS[9]],  # no text to transliterate
        ["a\x00b", "Шегині"],  # a NUL inside a text
        [],
        [""],
    ],
)
def test_transliterate_all_is_transliterate_of_each_text(texts):
    assert activities.transliterate_all(texts) == [activities.transliterate(text) for text in texts]


def test_ranking_of_pairs_ordered_by_pair_is_by_score_then_ids():
    rng = np.random.default_rng(3)
    n = 40
    keys = np.unique(rng.integers(0, n * n, 300))
    a, b = keys // n, keys % n
    score = (rng.integers(0, 6, len(a)) / 5).astype(np.float32)  # many ties
    expected = np.lexsort((b, a, -score))
    assert np.array_equal(overlaps._ranking(score, a, b, n), expected)
    shuffled = rng.permutation(len(a))  # not ordered by pair: the general sort
    assert np.array_equal(
        overlaps._ranking(score[shuffled], a[shuffled], b[shuffled], n),
        np.lexsort((b[shuffled], a[shuffled], -score[shuffled])),
    )


def test_one_row_per_pair_the_larger_share_then_the_first_priority():
    # pair (0, 1) three times, (2, 3) once, (0, 2) twice with equal shares
    a = np.array([0, 2, 0, 0, 0, 0])
    b = np.array([1, 3, 2, 1, 2, 1])
    priority = np.array([4, 0, 3, 2, 1, 5])
    combined = np.array([1.0, 0.5, 0.7, 1.5, 0.7, 1.5])
    rows, shared_keys, shared_priorities = overlaps._one_per_pair(a, b, priority, combined, 4)
    assert rows.tolist() == [
        3,
        4,
        1,
    ]  # (0, 1): share 1.5, priority 2; (0, 2): equal shares, priority 1; (2, 3)
    assert sorted(zip(shared_keys.tolist(), shared_priorities.tolist(), strict=True)) == [
        (1, 2),
        (1, 4),
        (1, 5),
        (2, 1),
        (2, 3),
    ]


def test_spelling_is_token_set_ratio_whatever_was_asked_before():
    texts = np.array(["commu polic khark", "polic commu", "borde guard", ""], dtype=object)
    codes = np.array([0, 1, 2, 3, 0])
    spelling = overlaps._Spelling(codes, texts)
    first = spelling(np.array([0, 1]), np.array([1, 2]))
    second = spelling(np.array([1, 4, 0, 2]), np.array([2, 1, 3, 2]))  # one pair of texts asked before
    for (i, j), value in zip(
        [(0, 1), (1, 2), (1, 2), (4, 1), (0, 3), (2, 2)], [*first, *second], strict=True
    ):
        assert value == fuzz.token_set_ratio(texts[codes[i]], texts[codes[j]]) / 100


@pytest.mark.parametrize("texts", [TEXTS, [*TEXTS, "snake_case and __init__"], ["a\x00b", "_"]])
def test_token_stream_gives_the_words_of_each_text(texts):
    stream = activities.token_stream(texts)
    split: list[list[str]] = [[] for _ in texts]
    for text, word in zip(stream.text.tolist(), stream.word.tolist(), strict=True):
        split[text].append(stream.words[word])
    assert split == [activities.words(text) for text in texts]


@pytest.mark.parametrize(
    "texts",
    [
        TEXTS,
        ["a\x00b", "Шегині", "x"],  # a NUL inside a text: text by text
        ["ß", "ǅ", "ﬁre Ё", "İ я"],  # case folding changes the length before a Cyrillic letter
        [],
        [""],
        ["", "", "я"],
    ],
)
def test_cyrillic_of_texts_joined_is_the_search_of_each_folded_text(texts):
    expected = [bool(activities._CYRILLIC.search(text.casefold())) for text in texts]
    assert activities._cyrillic(texts).tolist() == expected


def test_day_text_is_the_iso_text_of_each_day():
    days = np.array(["2021-03-01", "2020-12-31", "2021-03-01", "1999-01-09"], dtype="datetime64[D]")
    assert overlaps._day_text(days).tolist() == ["2021-03-01", "2020-12-31", "2021-03-01", "1999-01-09"]
    assert overlaps._day_text(days[:0]).tolist() == []


def test_project_frame_strips_texts_and_infers_agencies_of_unstated_projects_only():
    projects = {
        "project_id": ["B-2", "A-1", "C-3"],
        "partner": ["EU", "EU", "UN"],
        "implementer": ["", "", ""],
        "title": [
            "  Training for the State Border Guard Service ",
            None,
            "Тренінги для Національної поліції",
        ],
        "description": [None, " Body cameras ", ""],
        "beneficiaries": ["", "NPU", ""],
        "start_date": ["2021-01-01"] * 3,
        "end_date": ["2021-12-31"] * 3,
    }
    frame = overlaps._project_frame(pd.DataFrame(projects))
    assert frame["project_id"].tolist() == ["A-1", "B-2", "C-3"]
    assert frame["title"].tolist() == [
        "",
        "Training for the State Border Guard Service",
        projects["title"][2],
    ]
    assert frame["description"].tolist() == ["Body cameras", "", ""]
    assert frame["agencies"].tolist() == ["NPU", "SBGS", "NPU"]
    assert frame["agency_basis"].tolist() == ["stated", "inferred", "inferred"]


@pytest.mark.parametrize("top", [1, 2**16, 2**34, 2**62])
def test_stable_order_is_the_stable_argsort(top):
    rng = np.random.default_rng(7)
    keys = rng.integers(0, top, 5000)
    keys[::4] = keys[1::4][: len(keys[::4])]  # repeated keys: their rows stay in order
    assert np.array_equal(overlaps._stable_order(keys), np.argsort(keys, kind="stable"))
    assert overlaps._stable_order(keys[:0]).tolist() == []


def test_normalised_codes_are_those_of_the_normalised_text_of_each_row():
    rows = [
        "Community Policing",
        "Police training",
        "community policing!",
        "Community Policing",
        "",
        "Police training",
    ]
    codes, texts = pd.factorize(pd.Series(rows))
    stream = activities.token_stream(list(texts))
    norm_codes, norm_texts = overlaps._normalised_codes(stream, codes)
    expected_codes, expected_texts = pd.factorize(pd.Series([overlaps.normalise_text(row) for row in rows]))
    assert norm_codes.tolist() == expected_codes.tolist()
    assert norm_texts.tolist() == list(expected_texts)


def _projects_for_texts_ahead() -> tuple[pd.DataFrame, pd.DataFrame]:
    """Six projects of three partners on one priority and agency, two of them alike, one without dates."""
    projects = pd.DataFrame(
        {
            "project_id": ["EU-1", "PL-2", "PL-3", "DE-4", "DE-5", "EU-6"],
            "partner": ["EU", "Poland", "Poland", "Germany", "Germany", "EU"],
            "implementer": ["IOM", "IOM", "", "GIZ", "GIZ", ""],
            "title": [
                "Thermal imagers for border patrols",
                "Закупівля тепловізорів для прикордонних нарядів",
                "Training of border guards",
                "Thermal imaging cameras, 40 pcs",
                "Drones for the border",
                "Border patrol vehicles",
            ],
            "description": [None, "40 шт.", None, "Шегині", None, None],
            "beneficiaries": ["SBGS"] * 6,
            "start_date": ["2021-01-01", "2021-03-01", "2021-02-01", "2021-01-15", "2021-06-01", None],
            "end_date": ["2021-12-31", "2022-06-30", "2021-11-30", "2021-12-31", "2022-05-31", None],
        }
    )
    allocations = pd.DataFrame(
        {
            "project_id": projects["project_id"],
            "priority_code": ["BORDER_SURVEILLANCE"] * 6,
            "subgroup": ["border"] * 6,
            "share": [1.0] * 6,
        }
    )
    return projects, allocations


def test_texts_read_ahead_give_the_same_overlaps_and_are_used_only_for_their_own_projects(monkeypatch):
    projects, allocations = _projects_for_texts_ahead()
    plain = overlaps.find_overlaps(projects, allocations)
    assert len(plain) >= 3  # the case is not empty: alike pairs and pairs to coordinate
    made = []
    real = overlaps.ProjectTexts
    monkeypatch.setattr(overlaps, "ProjectTexts", lambda p: made.append(len(p)) or real(p))
    ahead = real(projects)
    pd.testing.assert_frame_equal(overlaps.find_overlaps(projects, allocations, texts=ahead), plain)
    assert made == []  # the texts given were used, not read again
    # texts of other projects (a title changed, a row left out, the rows reordered) are read again, not used
    for other in (
        projects.assign(title=projects["title"].str.upper()),
        projects.iloc[:-1],
        projects.iloc[::-1],
    ):
        assert not ahead.made_from(other)
        made.clear()
        pd.testing.assert_frame_equal(
            overlaps.find_overlaps(other, allocations, texts=ahead),
            overlaps.find_overlaps(other, allocations),
        )
        assert made == [len(other), len(other)]
    assert ahead.made_from(projects.copy())  # equal projects, another frame: the same texts
