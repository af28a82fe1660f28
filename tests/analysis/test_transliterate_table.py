"""The table-driven transliteration (one ``str.translate`` plus word-initial forms) equals the letter-by-letter
reading of the national table, on any text."""

from hypothesis import given, settings
from hypothesis import strategies as st

from mtd_analysis.analysis.activities import _transliterate_by_letter, transliterate, transliterate_all

CYRILLIC = "абвгґдеєжзиіїйклмнопрстуфхцчшщьюяыэъёАБВГҐДЕЄЖЗИІЇЙЮЯ"
ALPHABET = CYRILLIC + "abcxyz '’ʼ-.,5²_\t" + "éßÆ"


def _reference(text: str) -> str:
    return _transliterate_by_letter(text.casefold().replace("зг", "zgh"))


def test_word_initial_forms_by_hand():
    # є, ї, й, ю, я are ye, yi, y, yu, ya at the start of a word, ie, i, i, iu, ia inside it
    assert transliterate("Єнакієве, Їжаківка, Йосипівка") == "yenakiieve, yizhakivka, yosypivka"
    assert transliterate("Знам'янка") == "znamianka"  # after an apostrophe: inside the word
    assert transliterate("Згурівка 5я") == "zghurivka 5ya"  # зг -> zgh; after a digit: a new word


def test_all_texts_at_once_equal_one_by_one():
    texts = ["Єнакієве", "", "Знам'янка", "Згурівка 5я", "ящик\x00юнь"]
    assert transliterate_all(texts) == [transliterate(t) for t in texts]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=60))
def test_table_equals_letter_by_letter(text):
    assert transliterate(text) == _reference(text)
