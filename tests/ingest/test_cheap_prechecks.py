"""Cheap tests that run before a costly pattern (issue 18): they may let through what the pattern then refuses,
never refuse what the pattern would find."""

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mtd_analysis.ingest import amounts, layouts, projects
from mtd_analysis.ingest.projects import _titles_wrapped_throughout
from mtd_analysis.ingest.values import holds_any


# every text a pattern finds, whatever its case, passes the cheap test run before it (hypothesis writes such texts)
@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (layouts._COFUNDED_SAID, layouts.COFUNDING_WORDS),
        (projects._UPDATED_ELSEWHERE, projects._UPDATED_WORDS),
    ],
    ids=["co-funding", "updated elsewhere"],
)
@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_texts_a_pattern_finds_pass_its_cheap_test(pattern, words, data):
    text = data.draw(st.from_regex(pattern))
    assert pattern.search(text)
    assert holds_any(text, words)


_COFUNDING = (layouts._COFUNDED_SAID, layouts.COFUNDING_WORDS)
_UPDATED = (projects._UPDATED_ELSEWHERE, projects._UPDATED_WORDS)


@pytest.mark.parametrize(
    ("check", "text"),
    [
        (_COFUNDING, "Співфінансування: Норвегія 75 %, ПРООН 25 %"),
        (_COFUNDING, "СОФИНАНСИРОВАНИЕ: Швейцария – 60 %, Швеция – 40 %"),
        (_COFUNDING, "Co-funded: UK 50%, NL 50%"),
        (_COFUNDING, "CO-FINANCING Sweden 40%"),
        (_COFUNDING, "Jointly FUNDED by Denmark (30%) and Norway (70%)"),
        (_COFUNDING, "Funding : EU 80%, Germany 20%"),
        (_COFUNDING, "спільне фінансування: Німеччина 50%, Франція 50%"),
        (_COFUNDING, "Фінансування: ЄС 60%, Польща 40%"),
        (_UPDATED, "Дані оновлено – див. розділ ІІ"),
        (_UPDATED, "ОНОВЛЕНІ ДАНІ ЗАМІНЮЮТЬ ПОДАНІ У РОЗДІЛІ І"),
        (_UPDATED, "Figures UPDATED below"),
        (_UPDATED, "These figures replace the data submitted in March"),
    ],
)
def test_remarks_in_three_languages_pass_the_cheap_test(check, text):
    pattern, words = check
    assert pattern.search(text)
    assert holds_any(text, words)


def test_texts_without_the_words_are_refused_by_both():
    for text in ["Training of border guards in Odesa", "Тренінги для поліцейських", "Бюджет уточнюється"]:
        assert not holds_any(text, layouts.COFUNDING_WORDS)
        assert not layouts._COFUNDED_SAID.search(text)
    for text in ["Training of border guards in Odesa", "see section II for the budget"]:
        assert not holds_any(text, projects._UPDATED_WORDS)
        assert not projects._UPDATED_ELSEWHERE.search(text)


def test_titles_wrapped_throughout_still_found_with_filled_columns_counted_once():
    # three projects, each title running on into the row below (a PDF converted to a sheet): wrapped
    rows = [
        ["No", "Title", "Agency", "Amount"],
        [1, "Community Policing Development with the", "НПУ", 1000],
        [None, "Patrol Police", None, None],
        [2, "Border management support for the", "ДПСУ", 2000],
        [None, "State Border Guard Service", None, None],
        [3, "Training of trainers for the", "НГУ", 3000],
        [None, "National Guard units", None, None],
    ]
    assert _titles_wrapped_throughout(rows, 1, 1) is True
    # a heading over the first project (capitalised next title), then projects: group headings, not wrapping
    headed = [rows[0], [None, "Police", None, None], *rows[1:]]
    assert _titles_wrapped_throughout(headed, 1, 1) is False
    # the same projects with no run-on rows: not wrapped
    assert _titles_wrapped_throughout([rows[0], rows[1], rows[3], rows[5]], 1, 1) is False


# the co-funding test on a lowercased title (one case-sensitive pattern) finds what the two case-insensitive patterns
# found on the title as written, whatever its case: texts hypothesis writes from either pattern, their letters'
# case drawn at random, with other words around them (the letters partners write: Latin, Cyrillic, digits, marks)
_LETTERS = (
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    "абвгґдеєжзиіїйклмнопрстуфхцчшщьюяыэъёАБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯЫЭЪЁ0123456789 -.,:;()'’«»"
)
_COFUNDED_WITH_CASE = st.tuples(
    st.text(alphabet=_LETTERS, max_size=30),
    st.one_of(
        st.from_regex(re.compile(amounts.COFINANCING.pattern), fullmatch=True, alphabet=_LETTERS),
        st.from_regex(re.compile(amounts.LOCAL_BUDGETS), fullmatch=True, alphabet=_LETTERS),
    ),
    st.lists(st.booleans(), min_size=60, max_size=60),
    st.text(alphabet=_LETTERS, max_size=30),
)


@settings(max_examples=400, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(parts=_COFUNDED_WITH_CASE)
def test_the_lowercased_cofunding_test_finds_what_the_case_insensitive_patterns_find(parts):
    before, said, upper, after = parts
    said = "".join(c.upper() if up else c for c, up in zip(said, upper[: len(said)], strict=False))
    for text in (said, f"{before} {said} {after}", f"{before} {after}"):
        as_before = amounts.COFINANCING.search(text) or re.search(amounts.LOCAL_BUDGETS, text, re.IGNORECASE)
        assert bool(amounts.COFUNDING_OR_LOCAL_LOWER.search(text.lower())) == bool(as_before), text
