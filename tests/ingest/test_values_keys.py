"""normalise_key folds letters with str.replace: the same keys as folding them with one str.translate."""

from __future__ import annotations

import random
import re

from mtd_analysis.ingest.values import _TWO_SCRIPTS, normalise_key
from mtd_analysis.ingest.words import fold

_TRANSLATE = str.maketrans({"є": "е", "ї": "и", "і": "и", "ґ": "г", "й": "и"})


def key_by_translation(text: str) -> str:
    """The key as written before: the letter variants folded in one translation."""
    folded = fold(text).translate(_TRANSLATE)
    return " ".join(re.findall(r"[#№\w]+", folded.replace("_", " ")))


def test_keys_of_random_texts():
    rng = random.Random(18)
    alphabet = list("aZ _#№-.,'’ʼ\u00a0\tєїіґйЄЇІҐЙёЁеи0") + [
        chr(rng.randint(32, 0x2FFF)) for _ in range(500)
    ]
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 10)))
        if _TWO_SCRIPTS.search(fold(text)):
            continue  # a word typed in two scripts: its look-alike letters are folded too (test_blind_s51)
        assert normalise_key.__wrapped__(text) == key_by_translation(text), repr(text)


def test_keys_written_by_hand():
    assert normalise_key("Назва  проєкту,\n(укр.)") == "назва проекту укр"
    assert normalise_key("Ґрант_їжа Йод") == "грант ижа иод"
