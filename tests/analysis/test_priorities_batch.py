"""The batch classifier (``classify_many``) gives, text for text, what the word-by-word engine gave.

The oracle is the engine of commit 2774e41, frozen in ``priorities_oracle.py``: same priorities, scores,
confidences, evidence and order for every (title, description). The texts are built here from the priority
list's own phrases, the agencies' official names and filler, then damaged the ways partners damage them: typos,
inflections, Latin look-alike letters inside Cyrillic words, repeated words far apart, punctuation stuck to
words, odd white space, long descriptions and empty strings.
"""

from __future__ import annotations

import os
import random
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from priorities_oracle import score_priorities

from mtd_analysis.analysis import priorities as engine
from mtd_analysis.analysis.priorities import load_priorities
from mtd_analysis.ingest.values import agency_name_at, agency_name_starts, mask_agency_names
from mtd_analysis.reference import agencies as agencies_ref

_FILLER = (
    "support to the of for and in with training equipment national regional project phase 2 2021 oblast "
    "підтримка для та у в області проєкт етап поліції громади поддержка для и в области проект этап "
    "strengthening capacity police border service state ministry державної служби кордону 2021-2023 "
    "Mykolaiv (Zhytomyr, 2018) об'єктів pre-trial e-governance №5 _ – ½ 3rd"
).split()
_SPACES = [" ", " ", " ", " ", "  ", "\t", "\n", " \u00a0", "\u2003", " - ", ", ", "; ", "/"]
_LOOKALIKES = str.maketrans("асеіорхук", "aceiopxyk")


def _phrases() -> list[str]:
    phrases = []
    for row in load_priorities().itertuples(index=False):
        for column in (
            "name_en",
            "name_uk",
            "name_ru",
            "synonyms",
            "keywords_en",
            "keywords_uk",
            "keywords_ru",
        ):
            phrases += [p.strip() for p in str(getattr(row, column) or "").split(";") if p.strip()]
    return phrases


def _agency_names() -> list[str]:
    agencies = agencies_ref.agencies()
    names = agencies["name_en"].tolist() + agencies["name_uk"].tolist()
    names += [a for aliases in agencies["aliases"] for a in aliases.split(";") if " " in a]
    return names + [
        "Державної прикордонної служби України",
        "Національної поліції",
        "State-Migration Service",
    ]


def _damaged(word: str, rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.06 and len(word) >= 6:  # a typo: a letter dropped, doubled or swapped with its neighbour
        i = rng.randrange(1, len(word) - 2)
        return rng.choice(
            [
                word[:i] + word[i + 1 :],
                word[:i] + word[i] + word[i:],
                word[:i] + word[i + 1] + word[i] + word[i + 2 :],
            ]
        )
    if roll < 0.10:
        return word + rng.choice(["s", "ами", "ів", "ою", "ing", "ed", "ies", "ого"])
    if roll < 0.14:  # Latin letters typed inside a Cyrillic word
        return "".join(c.translate(_LOOKALIKES) if rng.random() < 0.5 else c for c in word)
    if roll < 0.18:
        return rng.choice(["(", "«", '"', ""]) + word + rng.choice([",", ".", ")", "»", ":", "'s", "’"])
    if roll < 0.20:
        return word.upper()
    return word


def _texts(n: int, seed: int, long: bool = False) -> list[str]:
    rng = random.Random(seed)
    phrases, names = _phrases(), _agency_names()
    texts = []
    for _ in range(n):
        if rng.random() < 0.08:
            texts.append("")
            continue
        words: list[str] = []
        for _ in range(rng.randint(1, 12 if long else 4)):
            words += rng.choices(_FILLER, k=rng.randint(0, 6 if long else 3))
            source = rng.choice(names) if rng.random() < 0.2 else rng.choice(phrases)
            phrase = source.split()
            if len(phrase) > 1 and rng.random() < 0.2:
                rng.shuffle(phrase)
            words += [_damaged(w, rng) for w in phrase]
            if rng.random() < 0.1 and words:  # a word said again, further on
                words += rng.choices(_FILLER, k=rng.randint(3, 12)) + [rng.choice(words)]
        text = words[0] if words else ""
        for w in words[1:]:
            text += (rng.choice(_SPACES) if rng.random() < 0.15 else " ") + w
        texts.append(text if rng.random() > 0.05 else rng.choice(_SPACES) + text + rng.choice(_SPACES))
    return texts


def _oracle(titles, descriptions):
    lexicon = engine._lexicon(load_priorities())
    return [score_priorities(t, d, lexicon) for t, d in zip(titles, descriptions, strict=True)]


def test_batch_matches_the_word_by_word_engine_on_thousands_of_texts():
    titles, descriptions = _texts(3000, seed=180), _texts(3000, seed=1800, long=True)
    fast = engine.classify_many(titles, descriptions, engine._lexicon(load_priorities()))
    expected = _oracle(titles, descriptions)
    differing = [(t, d) for t, d, f, e in zip(titles, descriptions, fast, expected, strict=True) if f != e]
    assert differing == []
    # the corpus exercises the engine: most pairs name priorities, many several, some only through typos;
    # agency names are masked in many
    assert sum(bool(r) for r in fast) > 2000
    assert sum(len(r) > 1 for r in fast) > 1000
    assert sum(r[0]["score"] % 0.1 > 1e-9 for r in fast if r) > 100
    assert sum(mask_agency_names(t) != t for t in titles + descriptions) > 300


def test_a_text_gets_the_same_result_alone_or_in_any_batch():
    """Regular spacing (offsets from lengths) and odd spacing (offsets from the characters) agree."""
    titles, descriptions = _texts(400, seed=7), _texts(400, seed=8, long=True)
    together = engine.classify_many(titles, descriptions, engine._lexicon(load_priorities()))
    alone = engine._lexicon(load_priorities())
    for title, description, result in zip(titles, descriptions, together, strict=True):
        assert engine.classify_many([title], [description], alone) == [result]
    # and a batch repeating pairs answers each repetition alike
    repeated = engine.classify_many(
        titles + titles, descriptions + descriptions, engine._lexicon(load_priorities())
    )
    assert repeated == together + together


def test_batch_of_nothing_and_of_texts_without_priority_words():
    lexicon = engine._lexicon(load_priorities())
    assert engine.classify_many([], [], lexicon) == []
    assert (
        engine.classify_many(["", "   ", "2021 – 2023", "Phase 2"], ["", "", "\t", "—"], lexicon) == [[]] * 4
    )


def test_agency_pre_check_finds_every_text_where_a_name_is_masked():
    """A text is masked only when a name begins at a place the pre-check offers in one of its pieces."""
    names = _agency_names()
    texts = names + [f"for the {n}, 2021" for n in names] + [f"({n.upper()})" for n in names]
    texts += _texts(500, seed=5, long=True)
    masked = 0
    for text in texts:
        offered = [m.start() + k for m in re.finditer(r"\S+", text) for k in agency_name_starts(m.group())]
        if mask_agency_names(text) != text:
            masked += 1
            assert any(agency_name_at(text, start) for start in offered), text
    assert masked > 200
    assert agency_name_starts("trafficking") == ()
    assert agency_name_starts("(State") == (1,)


def test_white_space_is_only_in_the_basic_multilingual_plane():
    """The batch tokeniser's table of white space covers the BMP: Unicode has none beyond it."""
    assert not any(chr(c).isspace() for c in range(0x10000, 0x110000))


_WORDS = sorted(
    {w for p in _phrases() for w in p.split()}
    | set(_FILLER)
    | {w for n in _agency_names() for w in n.split()}
)
_SOUP = st.lists(
    st.tuples(
        st.one_of(
            st.sampled_from(_WORDS),
            st.sampled_from(_WORDS).map(lambda w: w[:-1] if len(w) > 6 else w + "s"),
            st.text(alphabet="abcxyzабвгґєіїйьʼ'’`-0123456789_.,()", min_size=1, max_size=6),
        ),
        st.sampled_from(_SPACES),
    ),
    max_size=40,
).map(lambda pieces: "".join(w + s for w, s in pieces))


@settings(
    max_examples=150,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(st.lists(st.tuples(_SOUP, _SOUP), min_size=1, max_size=8))
def test_batch_equals_the_word_by_word_engine_on_word_soups(pairs):
    titles, descriptions = [t for t, _ in pairs], [d for _, d in pairs]
    fast = engine.classify_many(titles, descriptions, engine._lexicon(load_priorities()))
    assert fast == _oracle(titles, descriptions)


def test_a_batch_split_with_a_forked_worker_equals_the_batch_ranked_here(monkeypatch):
    """Above the threshold half the pairs are ranked in a forked worker: same lists, same order."""
    titles, descriptions = _texts(600, seed=31), _texts(600, seed=32, long=True)
    serial = engine.classify_many(titles, descriptions, engine._lexicon(load_priorities()))
    monkeypatch.setattr(engine, "PARALLEL_MIN_PAIRS", 100)
    forked = []
    split = engine._ranked_in_two
    monkeypatch.setattr(
        engine, "_ranked_in_two", lambda pairs, lex: forked.append(len(pairs)) or split(pairs, lex)
    )
    parallel = engine.classify_many(titles, descriptions, engine._lexicon(load_priorities()))
    assert forked == [len(set(zip(titles, descriptions, strict=True)))]
    assert parallel == serial
    assert parallel == _oracle(titles, descriptions)
    # below the threshold no worker is asked for
    forked.clear()
    engine.classify_many(titles[:50], descriptions[:50], engine._lexicon(load_priorities()))
    assert forked == []


def test_a_worker_that_dies_leaves_its_half_to_this_process(monkeypatch):
    if engine.fork_context() is None:
        pytest.skip("no fork start method here: batches are ranked in this process")
    titles, descriptions = _texts(300, seed=41), _texts(300, seed=42)
    expected = _oracle(titles, descriptions)
    monkeypatch.setattr(engine, "PARALLEL_MIN_PAIRS", 10)
    parent, ranked = os.getpid(), engine._ranked_pairs

    def dies_in_the_worker(pairs, lexicon):
        if os.getpid() != parent:
            os._exit(3)  # dies before sending
        return ranked(pairs, lexicon)

    monkeypatch.setattr(engine, "_ranked_pairs", dies_in_the_worker)
    by_pair = dict(zip(zip(titles, descriptions, strict=True), expected, strict=True))
    pairs = list(by_pair)
    assert engine._ranked_in_two(pairs, engine._lexicon(load_priorities())) == [by_pair[p] for p in pairs]
    assert engine.classify_many(titles, descriptions, engine._lexicon(load_priorities())) == expected


def test_the_worker_sends_the_lists_its_half_gets_here():
    if engine.fork_context() is None:
        pytest.skip("no fork start method here: batches are ranked in this process")
    titles, descriptions = _texts(200, seed=51), _texts(200, seed=52)
    by_pair = dict(zip(zip(titles, descriptions, strict=True), _oracle(titles, descriptions), strict=True))
    pairs = list(by_pair)
    assert engine._ranked_in_two(pairs, engine._lexicon(load_priorities())) == [by_pair[p] for p in pairs]


def test_pairs_regrouped_by_title_for_the_worker_come_back_in_order():
    """The pairs are grouped by the start of their title before the cut: alternating wordings are moved apart
    and put back, each pair with its own list."""
    if engine.fork_context() is None:
        pytest.skip("no fork start method here: batches are ranked in this process")
    english, ukrainian = _texts(150, seed=61), _texts(150, seed=62)
    titles = [t for pair in zip(english, ["Протидія " + u for u in ukrainian], strict=True) for t in pair]
    descriptions = _texts(300, seed=63, long=True)
    by_pair = dict(zip(zip(titles, descriptions, strict=True), _oracle(titles, descriptions), strict=True))
    pairs = list(by_pair)
    assert engine._ranked_in_two(pairs, engine._lexicon(load_priorities())) == [by_pair[p] for p in pairs]


def test_a_batch_keeps_the_pairs_lists_and_drops_its_matches():
    lexicon = engine._lexicon(load_priorities())
    titles, descriptions = _texts(200, seed=71), _texts(200, seed=72)
    first = engine.classify_many(titles, descriptions, lexicon)
    assert lexicon._keyed == {} and lexicon._stretch_windows == {}
    assert len(lexicon._classified) == len(set(zip(titles, descriptions, strict=True)))
    # a later batch matches its patterns again, with the same results
    more_titles, more_descriptions = _texts(200, seed=73), _texts(200, seed=74)
    assert engine.classify_many(titles + more_titles, descriptions + more_descriptions, lexicon) == (
        first + _oracle(more_titles, more_descriptions)
    )
    assert first == _oracle(titles, descriptions)


def test_a_batch_of_new_distinct_pairs_returns_the_cached_lists():
    lexicon = engine._lexicon(load_priorities())
    titles, descriptions = _texts(100, seed=91), _texts(100, seed=92)
    found = engine.classify_many(titles, descriptions, lexicon)
    assert all(
        found[i] is lexicon._classified[pair] for i, pair in enumerate(zip(titles, descriptions, strict=True))
    )
    assert found == _oracle(titles, descriptions)


def test_a_batch_repeating_pairs_split_with_a_worker_answers_each_repetition(monkeypatch):
    """A batch repeating pairs, above the threshold: each distinct pair is ranked once (here or in the worker)
    and every repetition gets its list."""
    titles, descriptions = _texts(300, seed=101), _texts(300, seed=102, long=True)
    expected = _oracle(titles, descriptions)
    monkeypatch.setattr(engine, "PARALLEL_MIN_PAIRS", 100)
    lexicon = engine._lexicon(load_priorities())
    found = engine.classify_many(titles + titles[:120], descriptions + descriptions[:120], lexicon)
    assert found == expected + expected[:120]
    assert len(lexicon._classified) == len(set(zip(titles, descriptions, strict=True)))


def test_a_place_named_after_an_aim_yields_when_an_agency_stands_between():
    """The title's quotes are of the text as read, its agencies' names masked ("drugs SBGS service passport
    control"): the crossing point named after drugs yields to them, in the batch as word by word."""
    title = "Drugs border guard service passport control"
    lexicon = engine._lexicon(load_priorities())
    batch = engine.classify_many([title], [""], lexicon)[0]
    assert batch == score_priorities(title, "", lexicon)
    assert "BORDER_CROSSING" not in [d["priority_code"] for d in batch]
    assert "DRUGS" in [d["priority_code"] for d in batch]
