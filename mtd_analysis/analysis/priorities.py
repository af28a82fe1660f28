"""The MIA 2021 priority list, and mapping projects to it.

The list is shipped as ``mtd_analysis/reference/data/priorities_2021.csv`` (read by :mod:`mtd_analysis.reference.priorities`): one row per
priority, with its subgroup, names in English, Ukrainian and Russian, synonyms, keywords in the three languages,
OECD DAC CRS purpose codes and lead agencies. Its source is the Deputy Minister's 2021 priorities for international
technical assistance (ITA, "МТД") and the subgroups' remits, announced at the second meeting of the MIA Sectoral
Working Group "Law Enforcement Activities" (February 2021); the ``note`` column of every row repeats it. An analyst
adds a priority, a keyword or a 2022 list by editing or adding a CSV file, without touching this code.

File conventions
----------------
* ``synonyms`` and ``keywords_*`` hold ``;``-separated phrases, written as a person would write them; they are
  matched whatever their inflection, word order or case.
* ``crs_codes`` holds ``;``-separated CRS purpose codes. A plain code (``15180``) maps its share of a project to
  the priority; a code marked ``~`` (``~15210``) is *broad*: the classifier decides from the title and description,
  and, when it recognises nothing, the share goes to ``OTHER`` (work in the sector, outside the list), saying why.
* ``broad_keywords`` (optional) holds a priority's broad words, a means or a wide field rather than the aim
  ("canine units", "migration"): they weigh half. ``OTHER``'s are the sector's own words ("police", "investigation",
  the agencies' names): they count for ``OTHER`` only where the title and description name no listed priority, and
  a title made of them alone leaves the priority to the description.
* Two special rows are required: ``OTHER`` (subgroup ``other``) and ``UNMAPPED`` (subgroup ``unmapped``).
* ``priority_stopwords.csv`` lists words that carry no priority meaning ("of", "протидія", "support").

How a project is mapped (first rule that applies wins)
------------------------------------------------------
1. ``override``: an analyst's row in ``overrides.csv`` (:func:`load_overrides`), confidence 1.
2. ``declared``: the partner's ``declared_priority`` names codes, names or synonyms (several allowed, with or
   without percentages). A value that matches nothing falls through, with a warning naming it.
3. ``crs``: CRS codes in ``sectors`` (IATI), split by their percentages. The share of broad codes and of codes
   outside the list goes to the classifier; when it recognises nothing, to ``OTHER`` (broad) or ``UNMAPPED``.
4. ``classifier``: transparent keyword scoring on the title (weight 1) and description (weight 0.4, or 1 when the
   title names no priority); a phrase counts when all its word stems occur close together. Confidence is ``score / (score + 0.5)``. Below the
   threshold the project is ``UNMAPPED`` (method ``none``) with an info issue: it is never guessed silently.

Examples
--------
>>> import pandas as pd
>>> projects = pd.DataFrame({"project_id": ["EU-1", "UN-2"],
...     "title": ["Протидія торгівлі людьми в Одеській області", "Mobile response groups on domestic violence"],
...     "source_file": "eu.xlsx", "source_sheet": "ITA", "source_row": [5, 6]})
>>> mapping, issues = map_priorities(projects)
>>> mapping[["project_id", "priority_code", "share", "method"]]
  project_id      priority_code  share      method
0       EU-1        TRAFFICKING    1.0  classifier
1       UN-2  DOMESTIC_VIOLENCE    1.0  classifier
>>> mapping.loc[1, "evidence"]
"title: 'Mobile response groups', 'domestic violence'"
"""

from __future__ import annotations

import marshal
import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from fractions import Fraction
from functools import lru_cache
from itertools import chain, islice
from operator import itemgetter, sub
from pathlib import Path
from typing import NamedTuple

import numpy as np
import pandas as pd
from rapidfuzz import process
from rapidfuzz.distance import OSA

from mtd_analysis import config
from mtd_analysis.ingest.sidefiles import read_side_table, side_number
from mtd_analysis.ingest.values import TO_CYRILLIC, agency_name_at, agency_name_starts, mask_agency_names
from mtd_analysis.ingest.words import fold
from mtd_analysis.processes import Forked, collector_paused, fork_context
from mtd_analysis.reference import priorities as priorities_ref
from mtd_analysis.reference.priorities import (
    OPTIONAL_PRIORITY_COLUMNS,
    PRIORITY_COLUMNS,
    SPECIAL_PRIORITIES,
    PriorityListError,
)
from mtd_analysis.schema import ISSUE_COLUMNS, MAPPING_COLUMNS, OVERRIDE_COLUMNS, check_rows, issue

__all__ = [
    "PRIORITY_COLUMNS",
    "OVERRIDE_COLUMNS",
    "PriorityListError",
    "load_priorities",
    "read_priorities",
    "load_overrides",
    "read_overrides",
    "priority_labels",
    "priority_scores",
    "map_priorities",
]

TITLE_WEIGHT = 1.0
DESCRIPTION_WEIGHT = 0.4
FUZZY_QUALITY = 0.8  # a phrase matched through a typo counts for less
FUZZY_MIN = 6  # letters a stem needs before typos (one edit or swap) are tolerated
NEAR_STEM_QUALITY = 0.9
NEAR_STEM_MIN = 7  # letters two stems must share (all but the keyword stem's last) to count as one word
CONFIDENCE_HALF = 0.5  # confidence = score / (score + CONFIDENCE_HALF)
CO_PRIORITY_RATIO = 0.5  # a second priority is kept when its score is at least this share of the best
CRS_CONFIDENCE = 0.9
BROAD_CRS_CONFIDENCE = 0.6
DECLARED_MIN_SCORE = 0.6
DECLARED_KEYWORD_FACTOR = 0.9
#: What a match of a broad word counts (``broad_keywords``: a means such as "canine units" / "кінологи", a wide field
#: such as "migration" / "міграція"): a priority named outright in the same text outweighs them two to one (dogs for
#: drug detection: 2/3 DRUGS, 1/3 BORDER_SECURITY), and they still name their priority when nothing else does (at the
#: classifier's threshold).
BROAD_WEIGHT = 0.5
#: The code the classifier gives the sector's own words (``OTHER``'s ``broad_keywords``: "police", "investigation",
#: the agencies' names): they say a project is the sector's work, not which of its priorities. They count for
#: ``OTHER`` where the title and description name no listed priority, and for nothing where they do; a title naming
#: only them leaves the priority to the description. Never an output's code.
_SECTOR = "OTHER~sector"
PHRASE_WINDOW_SLACK = 3  # a phrase of n stems must fit in n + 3 consecutive words
SHARE_TOLERANCE = 1e-6
#: Batches of more distinct (title, description) pairs than this are ranked in two parts, one in a forked worker.
PARALLEL_MIN_PAIRS = 5_000
_HERE_SHARE = 0.45  # of the pairs ranked here: this process also groups them and receives the worker's lists
_GROUP_PREFIX = 8  # pairs whose titles start alike go to the same part (they share texts and patterns)

_CRS_RE = re.compile(r"^(~?)(\d{5})$")
_TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’ʼ`][^\W\d_]+)*|\d+")
# A share written after the name ("DRUGS 40%", "DRUGS=40", "DRUGS (40 %)") or before it ("40% DRUGS").
_PERCENT_RE = re.compile(
    r"[\s=:(–-]*(\d{1,3}(?:[.,]\d+)?)\s*%\)?\s*$|[=:]\s*(\d{1,3}(?:[.,]\d+)?)\s*$|^\s*(\d{1,3}(?:[.,]\d+)?)\s*%[\s:–-]*"
)
_EMPTY_DECLARED = {"", "-", "—", "–", "?", "n/a", "na", "none", "немає", "нема", "нет", "не визначено", "0"}
_CYRILLIC_ENDINGS = sorted(
    """ьому ього ьми ями ами ими іми ого ому ему его ої ою ею єю ий ій ім их іх ів їв ам ям ах ях ом ем єм ові
    еві ая яя ое ее ые ие ых ую юю ой ей ый ов ев ия ии ию ием иям иях ання ення ння анням енням нням анні енні
    нні анню енню нню ість ості істю ость ости остью а я о е є у ю і ї и ы ь й""".split(),
    key=len,
    reverse=True,
)


# ----------------------------------------------------------------------------------------------------------
# Words: normalisation, stems, phrases
# ----------------------------------------------------------------------------------------------------------


def _is_missing(value) -> bool:
    return value is None or (not isinstance(value, str) and pd.isna(value))


def _text(value) -> str:
    return "" if _is_missing(value) else str(value).strip()


#: A Latin letter with a mark ("ä", "é", "ü"): matched as the plain letter, so that a list kept in a Cyrillic code
#: page ("hausliche gewalt") meets a German file's "Häusliche Gewalt".
_MARKED_LATIN = re.compile(r"[à-öø-ÿ]")


def _normalise_word(word: str) -> str:
    word = fold(word).replace("ґ", "г")
    if _MARKED_LATIN.search(word):
        word = _MARKED_LATIN.sub(lambda m: unicodedata.normalize("NFKD", m[0])[0], word)
    if re.search(r"[а-яіїє]", word) and re.search(r"[a-z]", word):
        word = word.translate(TO_CYRILLIC)  # Latin look-alikes typed inside a Cyrillic word
    return word


def _stem(word: str) -> str:
    """A light stem: one inflectional ending off (Ukrainian/Russian), or plural/-ing/-ed/-e off (English)."""
    if re.search(r"[а-яіїє]", word):
        for ending in _CYRILLIC_ENDINGS:
            if word.endswith(ending) and len(word) - len(ending) >= 3:
                return word[: -len(ending)]
        return word
    if word.isdigit():
        return word
    if len(word) > 4 and word.endswith("ies"):
        word = word[:-3] + "y"
    elif len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    if len(word) > 5 and word.endswith("ing"):
        word = word[:-3]
    elif len(word) > 4 and word.endswith("ed"):
        word = word[:-2]
    if len(word) > 3 and word.endswith("e"):
        word = word[:-1]
    return word


@dataclass(frozen=True)
class _Token:
    stem: str
    start: int
    end: int
    stop: bool


@lru_cache(maxsize=100_000)
def _word_and_stem(raw: str) -> tuple[str, str]:
    word = _normalise_word(raw)
    return word, _stem(word)


def _tokens(text: str, stopwords: frozenset[str]) -> list[_Token]:
    out = []
    for m in _TOKEN_RE.finditer(text):
        word, stem = _word_and_stem(m.group())
        out.append(_Token(stem, m.start(), m.end(), word in stopwords or stem in stopwords))
    return out


def _split_list(value) -> list[str]:
    return [part.strip() for part in _text(value).split(";") if part.strip()]


@dataclass(frozen=True)
class _Phrase:
    priority_code: str
    text: str
    stems: tuple[str, ...]
    kind: str  # name, synonym, keyword, broad, code
    weight: float = 1.0  # what a match counts: BROAD_WEIGHT for broad words (broad_keywords), else 1


@dataclass
class _Lexicon:
    """The priority list prepared for matching."""

    stopwords: frozenset[str]
    phrases: list[_Phrase]
    order: dict[str, int]
    subgroup: dict[str, str]
    direct_crs: dict[str, str]
    broad_crs: set[str]
    #: priority -> the priorities that take its share when named as strongly (the list's ``yields_to``)
    yields: dict[str, frozenset[str]] = field(default_factory=dict)
    vocabulary: set[str] = field(default_factory=set)
    phrases_with: dict[str, list[int]] = field(default_factory=dict)
    specificity: dict[str, float] = field(default_factory=dict)
    _near: dict[str, list[str]] = field(default_factory=dict)
    _long_vocabulary: list[str] = field(default_factory=list)
    _cache: dict[str, dict[str, float]] = field(default_factory=dict)
    # Partners repeat the same wording thousands of times: each declared value and each (title, description)
    # is matched once per lexicon.
    _declared: dict[str, tuple[str, float, str] | None] = field(default_factory=dict)
    _classified: dict[tuple[str, str], list[dict]] = field(default_factory=dict)
    # What a whole declared value maps to (merged rows, issues): it depends on that text alone.
    _declared_rows: dict[str, tuple[list[dict], list]] = field(default_factory=dict)
    # Distinct titles still share their words and the way priority words stand in them: each raw word is
    # looked up once, and each pattern of priority words (stems at relative positions) is matched once in a
    # batch (classify_many empties _stretch_windows and _keyed after each batch).
    _words: dict[str, str] = field(default_factory=dict)
    _stretch_windows: dict[tuple, tuple] = field(default_factory=dict)
    # The batch engine's patterns: int32 (position, stem id) pairs as bytes, stems numbered per lexicon.
    # A pattern's hits: the id of its (code, quality) signature and the spans each hit quotes.
    _keyed: dict[bytes, tuple[int, list]] = field(default_factory=dict)
    _stem_ids: dict[str, int] = field(default_factory=dict)
    _stem_names: list[str] = field(default_factory=list)
    _signature_ids: dict[tuple[tuple[str, float], ...], int] = field(default_factory=dict)
    _signatures: list[tuple[tuple[str, float], ...]] = field(default_factory=list)
    # per signature id: the places of OTHER and of the sector's words in it when it holds both (quoted together)
    _other_and_sector: dict[int, tuple[int, int] | None] = field(default_factory=dict)
    # The ranking of a (title signature, description signature) pair (-1: no hits), evidence aside.
    _plans: dict[tuple[int, int], list[tuple[str, float, float, int, int]]] = field(default_factory=dict)
    phrase_size: list[int] = field(default_factory=list)
    classifier_phrases_with: dict[str, list[int]] = field(default_factory=dict)
    _long_phrases: dict[str, int] = field(default_factory=dict)
    # spanning[d]: the phrases (bit i for phrase i) whose window can span a gap of d words; none beyond the list
    spanning: list[int] = field(default_factory=list)

    def __post_init__(self):
        self.vocabulary = {s for p in self.phrases for s in p.stems}
        for i, p in enumerate(self.phrases):
            for s in p.stems:
                self.phrases_with.setdefault(s, []).append(i)
        owners: dict[str, set[str]] = {}
        for p in self.phrases:
            for s in p.stems:
                owners.setdefault(s, set()).add("OTHER" if p.priority_code == _SECTOR else p.priority_code)
        # A stem used by one priority ("трафікінг") says more than one used by many ("поліц").
        self.specificity = {s: 1.0 / len(codes) for s, codes in owners.items()}
        for s in sorted(self.vocabulary):
            if len(s) >= NEAR_STEM_MIN + 1:
                self._near.setdefault(s[:-1], []).append(s)
        self._long_vocabulary = sorted(s for s in self.vocabulary if len(s) >= FUZZY_MIN)
        self.phrase_size = [len(p.stems) for p in self.phrases]
        self.spanning = [
            sum(1 << i for i, n in enumerate(self.phrase_size) if n + PHRASE_WINDOW_SLACK > gap)
            for gap in range(max(self.phrase_size, default=0) + PHRASE_WINDOW_SLACK)
        ]
        for i, p in enumerate(self.phrases):
            # "other" / "інше" name the fallback, they are no evidence of sector work
            if p.kind in _CLASSIFIER_KINDS and (
                p.priority_code not in SPECIAL_PRIORITIES or p.kind == "keyword"
            ):
                for s in p.stems:
                    self.classifier_phrases_with.setdefault(s, []).append(i)

    def priority_stem(self, raw: str) -> str:
        """The stem of a word as written when it can match a phrase (no stopword, some vocabulary match), else ""."""
        try:
            return self._words[raw]
        except KeyError:
            word, stem = _word_and_stem(raw)
            stop = word in self.stopwords or stem in self.stopwords
            found = "" if stop or not self.matches(stem) else stem
            self._words[raw] = found
            return found

    def long_phrases(self, stem: str) -> int:
        """Phrases of three or more stems (windows of six or more words) a text stem can stand in: bit i for
        phrase i."""
        try:
            return self._long_phrases[stem]
        except KeyError:
            found = 0
            for s in self.matches(stem):
                for i in self.phrases_with.get(s, ()):
                    if self.phrase_size[i] >= 3:
                        found |= 1 << i
            self._long_phrases[stem] = found
            return found

    def matches(self, stem: str) -> dict[str, float]:
        """Vocabulary stems this text stem stands for, with a quality.

        1 for the same stem or a longer word starting with it ("міграці" in "міграційн"), 0.9 for a word
        sharing all but the stem's last letter ("криминалистик" / "криминалистическ"), 0.8 for a typo
        (one edit or swap of neighbours, words of 6+ letters).
        """
        if stem in self._cache:
            return self._cache[stem]
        found = {stem: 1.0} if stem in self.vocabulary else {}
        min_prefix = 5 if re.search(r"[а-яіїє]", stem) else 6
        for length in range(min_prefix, len(stem)):
            if stem[:length] in self.vocabulary:
                found.setdefault(stem[:length], 1.0)
        for length in range(NEAR_STEM_MIN, len(stem) + 1):
            for candidate in self._near.get(stem[:length], ()):
                found.setdefault(candidate, NEAR_STEM_QUALITY)
        if len(stem) >= FUZZY_MIN and not found:
            for candidate, _, _ in process.extract(
                stem, self._long_vocabulary, scorer=OSA.distance, score_cutoff=1, limit=None
            ):
                if not (candidate.startswith(stem) or stem.startswith(candidate)):  # "traffic" is no typo
                    found.setdefault(candidate, FUZZY_QUALITY)
        self._cache[stem] = found
        return found


def _load_stopwords() -> frozenset[str]:
    words = {_normalise_word(w) for w in priorities_ref.stopwords()}
    return frozenset(words | {_stem(w) for w in words})


def _phrase(code: str, text: str, kind: str, stopwords: frozenset[str]) -> _Phrase | None:
    stems = tuple(dict.fromkeys(t.stem for t in _tokens(text, stopwords) if not t.stop))
    if not stems:
        return None
    if code == "OTHER" and kind == "broad":  # the sector's own words (see _SECTOR)
        return _Phrase(_SECTOR, text, stems, kind, 1.0)
    return _Phrase(code, text, stems, kind, BROAD_WEIGHT if kind == "broad" else 1.0)


def _lexicon(priorities: pd.DataFrame) -> _Lexicon:
    stopwords = _load_stopwords()
    codes = set(priorities["priority_code"])
    phrases, direct_crs, broad_crs = [], {}, set()
    for row in priorities.itertuples(index=False):
        code = row.priority_code
        texts = [(_text(getattr(row, c, "")), "name") for c in ("name_en", "name_uk", "name_ru")]
        texts += [(s, "synonym") for s in _split_list(getattr(row, "synonyms", ""))]
        if code != "OTHER":
            texts += [(code.replace("_", " ").lower(), "code")]
        for column in ("keywords_en", "keywords_uk", "keywords_ru"):
            texts += [(s, "keyword") for s in _split_list(getattr(row, column))]
        texts += [(s, "broad") for s in _split_list(getattr(row, "broad_keywords", ""))]
        for text, kind in texts:
            phrase = _phrase(code, text, kind, stopwords) if text else None
            if phrase is not None:
                phrases.append(phrase)
        for crs in _split_list(row.crs_codes):
            broad, number = _CRS_RE.match(crs).groups()
            if broad:
                broad_crs.add(number)
            else:
                direct_crs[number] = code
    return _Lexicon(
        stopwords=stopwords,
        phrases=phrases,
        order={c: i for i, c in enumerate(priorities["priority_code"])},
        subgroup=dict(zip(priorities["priority_code"], priorities["subgroup"], strict=True)),
        direct_crs=direct_crs,
        broad_crs=broad_crs - set(direct_crs),
        yields={
            row.priority_code: frozenset(
                c
                for c in _split_list(getattr(row, "yields_to", ""))
                if c in codes and c not in SPECIAL_PRIORITIES
            )
            for row in priorities.itertuples(index=False)
            if _split_list(getattr(row, "yields_to", ""))
        },
    )


class _Hit(NamedTuple):
    phrase: _Phrase
    positions: frozenset[int]
    quality: float
    span: tuple[int, int]  # character span in the text, for evidence


def _best_window(stems, where, width) -> tuple[list[int], float] | None:
    """The best-quality, then narrowest, set of positions holding every stem within ``width`` words."""
    places = [where[s] for s in stems]
    if all(len(p) == 1 for p in places):  # each stem once: one window, if it fits
        positions = [p[0][0] for p in places]
        if max(positions) - min(positions) >= width:
            return None
        return positions, min(p[0][1] for p in places)
    events = sorted([(pos, k, q) for k, s in enumerate(stems) for pos, q in where[s]])
    best, best_key = None, None
    for i, (start, _, _) in enumerate(events):
        chosen: dict[int, tuple[int, float]] = {}
        to_the_end = True
        for pos, k, q in islice(events, i, None):
            if pos - start >= width:
                to_the_end = False
                break
            if k not in chosen or q > chosen[k][1]:
                chosen[k] = (pos, q)
        if len(chosen) == len(stems):
            positions = [p for p, _ in chosen.values()]
            quality = min([q for _, q in chosen.values()])
            key = (-quality, max(positions) - min(positions))
            if best_key is None or key < best_key:
                best, best_key = (positions, quality), key
        elif to_the_end:  # a later start sees fewer of these words: no window there either
            break
    return best


# ----------------------------------------------------------------------------------------------------------
# Loading and validating the lists
# ----------------------------------------------------------------------------------------------------------


def read_priorities(path: str | Path | None = None) -> tuple[pd.DataFrame, list[dict]]:
    """Read a priority list; its bad rows become issues and are left out.

    Parameters
    ----------
    path : str or Path, optional
        The analyst's list: a CSV in any encoding and delimiter, or a workbook (read like a submission, see
        :mod:`mtd_analysis.ingest.sidefiles`). Default: the list in use (the package's 2021 list).

    Returns
    -------
    (DataFrame, list of dict)
        The good rows (see :func:`mtd_analysis.reference.priorities.check_priorities`) and one issue per bad
        row, naming the file, row and column.

    Raises
    ------
    PriorityListError
        When the file cannot be read, lacks a required column, or has no good ``OTHER`` / ``UNMAPPED`` row.
    """
    if path is None:
        return priorities_ref.priorities(), []
    path = Path(path)
    columns = [c.lower() for c in PRIORITY_COLUMNS]
    raw, problems = read_side_table(path, columns, kind="priority_list", optional=OPTIONAL_PRIORITY_COLUMNS)
    unusable = [p for p in problems if p["row"] is None and p["severity"] == "error"]
    if unusable:
        raise PriorityListError(unusable[0]["message"])
    listed, bad_rows = priorities_ref.check_priorities(raw, path.name)
    return listed, problems + bad_rows


def load_priorities(path: str | Path | None = None) -> pd.DataFrame:
    """Read and validate a priority list, refusing it at its first problem.

    Parameters
    ----------
    path : str or Path, optional
        A priority list (CSV in any encoding and delimiter, or a workbook); default: the list in use (the
        package's ``reference/data/priorities_2021.csv`` unless a build's list is, see
        :func:`mtd_analysis.reference.using`).

    Returns
    -------
    DataFrame
        One row per priority, in file order: the required columns, ``name_ru``, ``synonyms``, ``note``, the
        subgroup's label and colour columns, then any other; every column text, NA when empty.

    Raises
    ------
    PriorityListError
        A column is missing, a code is empty, malformed or repeated, a subgroup is not a lower-case code, a
        CRS code or an agency is malformed, or ``OTHER`` / ``UNMAPPED`` is absent. The message names the file
        and row.

    Examples
    --------
    >>> priorities = load_priorities()
    >>> priorities.loc[priorities["subgroup"] == "border", "priority_code"].tolist()
    ['BORDER_SECURITY', 'BORDER_CROSSING', 'ILLEGAL_MIGRATION']
    >>> priorities.set_index("priority_code").loc["TRAFFICKING", "name_uk"]
    'Протидія торгівлі людьми'
    """
    listed, problems = read_priorities(path)
    errors = [p for p in problems if p["severity"] == "error"]
    if errors:
        raise PriorityListError(errors[0]["message"])
    return listed


def _override_shares(codes: list[str], shares_text: str, where: str) -> list[float]:
    shares, why = _parse_override_shares(codes, shares_text)
    if shares is None:
        raise PriorityListError(f"{where}: {why}")
    return shares


def _parse_override_shares(codes: list[str], shares_text: str) -> tuple[list[float] | None, str]:
    """The shares of an override row, or None and what is wrong with them."""
    if not shares_text:
        return [1.0 / len(codes)] * len(codes), ""
    parts = [s.strip() for s in shares_text.split(";")]
    shares = [side_number(s) for s in parts]
    if any(math.isnan(s) for s in shares):
        return None, f"shares {shares_text!r} must be numbers separated by ';'"
    if len(shares) != len(codes):
        return None, f"{len(codes)} priority code(s) but {len(shares)} share(s)"
    if any(not math.isfinite(s) or s < 0 for s in shares) or abs(math.fsum(shares) - 1.0) > SHARE_TOLERANCE:
        return None, f"shares {shares_text!r} must be >= 0 and sum to 1"
    return shares, ""


def read_overrides(
    path: str | Path, priorities: pd.DataFrame | None = None
) -> tuple[pd.DataFrame, list[dict]]:
    """Read an analyst's ``overrides.csv``; bad rows become issues naming the file, row and column.

    Parameters
    ----------
    path : str or Path
        Columns ``project_id, priority_codes, shares, note`` (any encoding, delimiter, or a workbook): codes
        ``;``-separated, shares ``;``-separated fractions summing to 1, or empty for equal shares.
    priorities : DataFrame, optional
        The priority list the codes must come from; default the list in use.

    Returns
    -------
    (DataFrame, list of dict)
        ``project_id, priority_codes, shares, note, source_file, source_row`` for the good rows (shares filled
        in, equal when empty), and the issues. A code is never upper-cased silently: ``drugs`` is an unknown code.
    """
    path = Path(path)
    known = set((priorities_ref.priorities() if priorities is None else priorities)["priority_code"])
    raw, problems = read_side_table(
        path, ["project_id", "priority_codes"], kind="override", optional=["shares", "note"]
    )
    raw, bad = check_rows(raw, "overrides", path.name, "override")
    problems += bad
    rows, seen = [], {}
    for row in raw.to_dict("records"):
        line, project_id = row["source_row"], row["project_id"].strip()

        def refuse(column: str, message: str, line=line) -> None:
            problems.append(
                issue(
                    path.name, f"{path.name} row {line}: {message}", row=line, column=column, kind="override"
                )
            )

        codes = [c.strip() for c in row["priority_codes"].split(";") if c.strip()]
        unknown = [c for c in codes if c not in known]
        shares, why = _parse_override_shares(codes, row["shares"].strip()) if codes else (None, "")
        if project_id in seen:
            refuse("project_id", f"project {project_id} is overridden already in row {seen[project_id]}")
        elif not codes:
            refuse("priority_codes", f"no priority code for project {project_id}")
        elif unknown:
            refuse("priority_codes", f"unknown priority code {', '.join(unknown)} for project {project_id}")
        elif shares is None:
            refuse("shares", why)
        else:
            seen[project_id] = line
            rows.append(
                {
                    "project_id": project_id,
                    "priority_codes": ";".join(codes),
                    "shares": ";".join(f"{s:.10g}" for s in shares),
                    "note": row["note"].strip(),
                    "source_file": path.name,
                    "source_row": line,
                }
            )
    columns = OVERRIDE_COLUMNS + ["source_file", "source_row"]
    return pd.DataFrame(rows, columns=columns).astype({"source_row": "int64"}), problems


def load_overrides(path: str | Path, priorities: pd.DataFrame | None = None) -> pd.DataFrame:
    """Read and validate an analyst's ``overrides.csv``, refusing it at its first problem.

    See :func:`read_overrides` (which the build uses: there a bad row is an issue and the others are kept).

    Raises
    ------
    PriorityListError
        Missing column, empty or repeated project_id, unknown priority code, or shares that do not sum to 1;
        the message names the file and row.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "overrides.csv").write_text(
    ...     "project_id,priority_codes,shares,note\\nEU-7,TRAFFICKING;DRUGS,,agreed with the partner\\n")
    >>> load_overrides(folder / "overrides.csv")[["project_id", "priority_codes", "shares"]]
      project_id    priority_codes    shares
    0       EU-7  TRAFFICKING;DRUGS  0.5;0.5
    """
    table, problems = read_overrides(path, priorities)
    errors = [p for p in problems if p["severity"] == "error"]
    if errors:
        raise PriorityListError(errors[0]["message"])
    return table


def priority_labels(priorities: pd.DataFrame | None = None, lang: str = "en") -> dict[str, str]:
    """Display name of every priority code, OTHER and UNMAPPED included.

    Parameters
    ----------
    priorities : DataFrame, optional
        From :func:`load_priorities`; default the 2021 list.
    lang : {"en", "uk", "ru"}
        Language of the names (``ru`` falls back to ``en`` where a name is missing).

    Returns
    -------
    dict
        ``{priority_code: name}`` in list order.

    Examples
    --------
    >>> labels = priority_labels(lang="uk")
    >>> labels["DOMESTIC_VIOLENCE"], labels["UNMAPPED"]
    ('Протидія домашньому насильству', 'Не віднесено до пріоритету')
    >>> priority_labels()["OTHER"]
    'Other sector work (outside the priority list)'
    """
    if lang not in ("en", "uk", "ru"):
        raise ValueError(f"lang must be 'en', 'uk' or 'ru', not {lang!r}")
    priorities = priorities_ref.priorities() if priorities is None else priorities
    names = priorities[f"name_{lang}"] if f"name_{lang}" in priorities else priorities["name_en"]
    names = names.where(names.notna(), priorities["name_en"]).where(
        lambda s: s.notna(), priorities["priority_code"]
    )
    return dict(zip(priorities["priority_code"], names, strict=True))


# ----------------------------------------------------------------------------------------------------------
# The classifier
# ----------------------------------------------------------------------------------------------------------


def _mention_qualities(hits: list[_Hit]) -> list[float]:
    """Group hits that share a word (each group is one mention): the best quality of each mention."""
    qualities: list[float] = []
    covered: set[int] = set()
    for hit in sorted(hits, key=_first_position):
        if covered.isdisjoint(hit.positions):
            covered = set(hit.positions)
            qualities.append(hit.quality)
        else:
            covered.update(hit.positions)
            if hit.quality > qualities[-1]:
                qualities[-1] = hit.quality
    return qualities


def _first_position(hit: _Hit) -> int:
    return hit.span[0]


def _classify(title: str, description: str, lexicon: _Lexicon) -> list[dict]:
    """Score every priority: one dict per priority with any hit, best first (cached; do not modify)."""
    return classify_many([title], [description], lexicon)[0]


_CLASSIFIER_KINDS = ("name", "synonym", "keyword", "broad")

#: A stretch of priority words: (relative word position, stem) pairs, no two neighbours a phrase window apart.
_Pattern = tuple[tuple[int, str], ...]
#: Where a phrase stands in a pattern: (phrase index, word positions, quality, (-quality, width)).
_Window = tuple[int, frozenset[int], float, tuple[float, int]]


def _pattern_windows(pattern: _Pattern, lexicon: _Lexicon) -> list[_Window]:
    """The best window of every classifier phrase found in one stretch of priority words (in phrase order)."""
    where: dict[str, list[tuple[int, float]]] = {}
    known = lexicon._cache
    for position, stem in pattern:
        matched = known.get(stem)
        if matched is None:
            matched = lexicon.matches(stem)
        for vocabulary_stem, quality in matched.items():
            places = where.get(vocabulary_stem)
            if places is None:
                where[vocabulary_stem] = [(position, quality)]
            else:
                places.append((position, quality))
    # a phrase's stems are distinct: it is found when as many of its stems are present as it has
    with_stem = lexicon.classifier_phrases_with
    present = Counter(chain.from_iterable([with_stem[s] for s in where if s in with_stem]))
    size, phrases = lexicon.phrase_size, lexicon.phrases
    windows = []
    for i in sorted([i for i, n in present.items() if n == size[i]]):
        stems = phrases[i].stems
        if len(stems) == 1:  # one stem: its first place of the best quality
            places = where[stems[0]]
            if len(places) == 1:
                position, quality = places[0]
            else:
                quality = max([q for _, q in places])
                position = next(p for p, q in places if q == quality)
            quality *= phrases[i].weight
            windows.append((i, frozenset((position,)), quality, (-quality, 0)))
            continue
        places = [where[s] for s in stems]
        if sum(map(len, places)) == len(stems):  # each stem once: one window, if it fits
            positions = [p[0][0] for p in places]
            low, high = min(positions), max(positions)
            if high - low < len(stems) + PHRASE_WINDOW_SLACK:
                quality = min([p[0][1] for p in places]) * phrases[i].weight
                windows.append((i, frozenset(positions), quality, (-quality, high - low)))
            continue
        window = _best_window(stems, where, len(stems) + PHRASE_WINDOW_SLACK)
        if window is not None:
            positions, quality = window
            quality *= phrases[i].weight
            windows.append((i, frozenset(positions), quality, (-quality, max(positions) - min(positions))))
    return windows


def _stretches(found: _Pattern, lexicon: _Lexicon) -> list[tuple[int, _Pattern]]:
    """Split priority words where no phrase window can span the gap between two neighbours.

    A phrase of n stems fits in n + 3 words, so a gap of d words is spanned only by a phrase of at least
    d - 2 stems matched on both sides of it.
    """
    short = 2 + PHRASE_WINDOW_SLACK  # gaps below this may be spanned by two-stem phrases
    positions = [p for p, _ in found]
    if len(found) == 1 or max(map(sub, positions[1:], positions[:-1])) < short:
        return [(found[0][0], found)] if found[0][0] == 0 else [(found[0][0], _rebased(found))]
    # the long phrases (bits) each word can stand in, from the left of the stretch and from the right of the text
    reach = [lexicon.long_phrases(stem) for _, stem in found]
    right = [0] * (len(found) + 1)
    for k in range(len(found) - 1, -1, -1):
        right[k] = right[k + 1] | reach[k]
    spanning = lexicon.spanning
    out, start, left = [], 0, 0
    for k in range(1, len(found) + 1):
        if k < len(found):
            left |= reach[k - 1]
            gap = found[k][0] - found[k - 1][0]
            if gap < short or (gap < len(spanning) and left & right[k] & spanning[gap]):
                continue
        out.append((found[start][0], _rebased(found[start:k])))
        start, left = k, 0
    return out


def _rebased(found: _Pattern) -> _Pattern:
    first = found[0][0]
    return tuple([(i - first, stem) for i, stem in found])


def _mention_hits(hits: list[_Hit]) -> list[tuple[str, list[float], list[tuple[int, int]]]]:
    """Per priority: the quality of each mention and the spans to quote, from hits in phrase order."""
    # A phrase inside a longer matched phrase ("trafficking" in "drug trafficking") does not count on its own
    # (only a larger set of positions can hold a set strictly).
    if len(hits) > 1:
        sizes = [len(h.positions) for h in hits]
        largest = max(sizes)
        if min(sizes) < largest:
            # a one-word hit is inside another when a hit of several words holds its word
            held = set().union(*[h.positions for h, n in zip(hits, sizes, strict=True) if n > 1])
            hits = [
                h
                for h, n in zip(hits, sizes, strict=True)
                if n == largest
                or (
                    held.isdisjoint(h.positions)
                    if n == 1
                    else not any(
                        m > n and h.positions < other.positions for other, m in zip(hits, sizes, strict=True)
                    )
                )
            ]
    by_code: dict[str, list[_Hit]] = {}
    for hit in hits:
        code = hit.phrase.priority_code
        if code in by_code:
            by_code[code].append(hit)
        else:
            by_code[code] = [hit]
    # One mention counts once, however many of the priority's phrases it matches.
    out = []
    for code, found in by_code.items():
        if len(found) == 1:
            hit = found[0]
            out.append((code, [hit.quality], [hit.span]))
        else:
            out.append((code, _mention_qualities(found), sorted({h.span for h in found})))
    return out


def _stretch_hits(pattern: _Pattern, lexicon: _Lexicon) -> tuple[frozenset[int], list, list[_Window]]:
    """The phrases a stretch holds, its mentions as if it were the whole text, their spans as (first, last)
    indices among the stretch's words, and its windows (cached for the batch).

    The windows are needed again only when a phrase occurs in two stretches of a text.
    """
    found = lexicon._stretch_windows.get(pattern)
    if found is None:
        windows = _pattern_windows(pattern, lexicon)
        hits = [_Hit(lexicon.phrases[i], p, q, (min(p), max(p))) for i, p, q, _ in windows]
        index = {p: k for k, (p, _) in enumerate(pattern)}
        mentions = [
            (code, qualities, [(index[a], index[b]) for a, b in spans])
            for code, qualities, spans in _mention_hits(hits)
        ]
        found = lexicon._stretch_windows[pattern] = (frozenset(w[0] for w in windows), mentions, windows)
    return found


def _pattern_hits(found: _Pattern, lexicon: _Lexicon) -> list[tuple[str, float, list]]:
    """Phrases found among priority words at word positions: (code, mention quality, (first, last) spans), the
    spans as indices among the priority words.

    A phrase counts when all its stems occur within a window of n + 3 words (any order), once, in its best
    window (best quality, then narrowest, then first); a phrase inside a longer matched phrase does not count
    on its own; hits sharing a word are one mention. Windows are found per stretch of nearby words (cached
    per stretch: texts repeat stretches far more often than whole texts). When no phrase occurs in two
    stretches, the stretches' mentions are simply put end to end; otherwise each phrase keeps its best window.
    """
    parts = _stretches(found, lexicon)
    if len(parts) == 1:  # one stretch: its mentions are the text's
        _, mentions, _ = _stretch_hits(parts[0][1], lexicon)
        return [(code, sum(qualities), spans) for code, qualities, spans in mentions]
    stretches = [(first, pattern, _stretch_hits(pattern, lexicon)) for first, pattern in parts]
    if sum(len(phrases) for _, _, (phrases, _, _) in stretches) == len(
        frozenset().union(*(phrases for _, _, (phrases, _, _) in stretches))
    ):
        by_code: dict[str, tuple[list[float], list[tuple[int, int]]]] = {}
        offset = 0  # index of the stretch's first word among the text's priority words
        for _, pattern, (_, mentions, _) in stretches:
            for code, qualities, spans in mentions:
                entry = by_code.setdefault(code, ([], []))
                entry[0].extend(qualities)
                entry[1].extend([(offset + a, offset + b) for a, b in spans])
            offset += len(pattern)
        return [(code, sum(qualities), spans) for code, (qualities, spans) in by_code.items()]
    best: dict[int, tuple[tuple[float, int], frozenset[int], float]] = {}
    for first, _, (_, _, windows) in stretches:
        for i, positions, quality, key in windows:
            if i not in best or key < best[i][0]:  # ties: the earlier window, as one scan would keep
                best[i] = (key, frozenset(first + p for p in positions), quality)
    hits = [
        _Hit(lexicon.phrases[i], positions, quality, (min(positions), max(positions)))
        for i, (_, positions, quality) in sorted(best.items())
    ]
    index = {p: k for k, (p, _) in enumerate(found)}
    return [
        (code, sum(qualities), [(index[a], index[b]) for a, b in spans])
        for code, qualities, spans in _mention_hits(hits)
    ]


@dataclass(frozen=True)
class _Words:
    """The priority words of many texts, found at once (see :func:`_priority_words`).

    The texts are joined by new lines into ``joined``; priority word ``j`` is the ``positions[j]``-th word of
    its text, stands for ``stems[j]`` and runs from ``starts[j]`` to ``ends[j]`` in ``joined``. The words of
    text ``i`` are ``bounds[i]`` to ``bounds[i + 1]``; ``keys`` holds (position from the text's first priority
    word, stem) as int32 pairs, 8 bytes a word, so that a text's pattern is a slice of it.
    """

    joined: str
    bounds: list[int]
    positions: list[int]
    stems: list[int]
    starts: list[int]
    ends: list[int]
    keys: bytes
    # texts where an official agency name stands (to be masked): where in the text the first one begins
    may_name_agency: dict[int, int]


@lru_cache(maxsize=1)
def _space_table() -> np.ndarray:
    """``str.isspace`` of every code point (Unicode has no white space outside the Basic Multilingual Plane)."""
    table = np.zeros(0x110000, dtype=bool)
    table[[c for c in range(0x10000) if chr(c).isspace()]] = True
    return table


def _chunk_starts(joined: str, lengths: np.ndarray) -> np.ndarray:
    """Where each piece of ``joined.split()`` starts in ``joined``."""
    steps = lengths + 1
    if len(joined) == int(steps.sum()) - 1:  # one white space between pieces, none at the ends
        return np.cumsum(steps) - steps
    codes = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    space = _space_table()[codes]
    after_space = np.concatenate(([True], space[:-1]))
    return np.flatnonzero(after_space & ~space)


def _chunk_words(chunks: dict[str, int], lexicon: _Lexicon, agency: bool) -> tuple:
    """Per distinct piece: its word count, where an agency name may start in it, and its priority words.

    The priority words of piece ``c`` are ``first[c]`` to ``first[c + 1]`` of the flat arrays: word index in
    the piece, stem id, start and end in the piece.
    """
    counts, flags, first, rows = [], [], [0], []
    stem_id = lexicon._stem_ids
    for chunk in chunks:
        n = 0
        for m in _TOKEN_RE.finditer(chunk):
            raw = m.group()
            stem = lexicon._words.get(raw)
            if stem is None:
                stem = lexicon.priority_stem(raw)
            if stem:
                if stem not in stem_id:
                    stem_id[stem] = len(lexicon._stem_names)
                    lexicon._stem_names.append(stem)
                rows.append((n, stem_id[stem], m.start(), m.end()))
            n += 1
        counts.append(n)
        flags.append(agency_name_starts(chunk) if agency else ())
        first.append(len(rows))
    flat = np.array(rows, dtype=np.int64).reshape(-1, 4)
    return np.array(counts, dtype=np.int64), flags, np.array(first), flat


def _priority_words(texts: list[str], lexicon: _Lexicon, agency: bool = True) -> _Words:
    """Tokenise many texts at once: each distinct whitespace-separated piece is tokenised once.

    Words never span white space, so a text's words are its pieces' words in order; numpy places each piece
    in its text and numbers the words.
    """
    joined = "\n".join(texts)
    chunks = joined.split()
    distinct = dict.fromkeys(chunks)
    ids = dict(zip(distinct, range(len(distinct)), strict=True))
    codes = np.fromiter(map(ids.__getitem__, chunks), dtype=np.intp, count=len(chunks))
    lengths = np.fromiter(map(len, distinct), dtype=np.int64, count=len(distinct))[codes]
    starts = _chunk_starts(joined, lengths)
    text_starts = np.cumsum([0] + [len(t) + 1 for t in texts[:-1]])
    text_of = np.searchsorted(text_starts, starts, side="right") - 1
    counts, name_starts, first, flat = _chunk_words(distinct, lexicon, agency)
    # index of each piece's first word in its text
    words = counts[codes]
    before = np.cumsum(words) - words
    first_piece = np.searchsorted(text_of, np.arange(len(texts)))
    word_base = before - np.concatenate((before, [0]))[first_piece][text_of]
    # one row per priority word
    per_piece = (first[1:] - first[:-1])[codes]
    holding = np.flatnonzero(per_piece)
    repeat = per_piece[holding]
    piece = np.repeat(holding, repeat)
    row = first[codes[piece]] + np.arange(len(piece)) - np.repeat(np.cumsum(repeat) - repeat, repeat)
    unit = text_of[piece]
    position = word_base[piece] + flat[row, 0]
    bounds = np.searchsorted(unit, np.arange(len(texts) + 1))
    keys = np.empty((len(piece), 2), dtype=np.int32)
    held = np.flatnonzero(np.diff(bounds))  # texts with priority words
    keys[:, 0] = position - np.repeat(position[bounds[held]], np.diff(bounds)[held])
    keys[:, 1] = flat[row, 1]
    return _Words(
        joined=joined,
        bounds=bounds.tolist(),
        positions=keys[:, 0].tolist(),
        stems=keys[:, 1].tolist(),
        starts=(starts[piece] + flat[row, 2]).tolist(),
        ends=(starts[piece] + flat[row, 3]).tolist(),
        keys=keys.tobytes(),
        may_name_agency=_agency_texts(joined, codes, starts, text_of, text_starts, name_starts),
    )


def _agency_texts(
    joined: str, codes, starts, text_of, text_starts, name_starts: list[tuple[int, ...]]
) -> dict[int, int]:
    """The texts where an official agency name begins, and where in the text the first one does (tried only where
    the pre-check lets one begin).

    Trying the name pattern in the joined texts finds every name a text holds (and, rarely, one running on
    into the next text: that text is then searched in vain). No name begins in a text before the place given.
    """
    may = np.array([bool(s) for s in name_starts], dtype=bool)
    found: dict[int, int] = {}
    pieces = np.flatnonzero(may[codes]) if len(may) else np.array([], dtype=np.intp)
    for code, start, text in zip(
        codes[pieces].tolist(), starts[pieces].tolist(), text_of[pieces].tolist(), strict=True
    ):
        if text not in found:
            for k in name_starts[code]:
                if agency_name_at(joined, start + k):
                    found[text] = start + k - int(text_starts[text])
                    break
    return found


def _keyed_hits(positions: list[int], stems: list[int], lexicon: _Lexicon) -> tuple[int, list]:
    """Hits of one pattern of priority words: its signature id, and per hit the (first, last) indices among the
    pattern's words of the spans to quote."""
    hits = _pattern_hits(
        tuple(zip(positions, map(lexicon._stem_names.__getitem__, stems), strict=True)), lexicon
    )
    signature = tuple([(code, quality) for code, quality, _ in hits])
    found = lexicon._signature_ids.get(signature)
    if found is None:
        found = lexicon._signature_ids[signature] = len(lexicon._signatures)
        lexicon._signatures.append(signature)
    return found, [spans for _, _, spans in hits]


#: The priorities a text names: the id of their (code, mention quality) signature, and each one's quoted evidence.
_TextHits = tuple[int, list[str]]


def _words_hits(words: _Words, lexicon: _Lexicon, skip=frozenset()) -> list[_TextHits | None]:
    """Priorities named in each text (None: none), in phrase order."""
    out: list[_TextHits | None] = [None] * (len(words.bounds) - 1)
    cache, bounds, joined, starts, ends = lexicon._keyed, words.bounds, words.joined, words.starts, words.ends
    for i in range(len(out)):
        a, b = bounds[i], bounds[i + 1]
        if a == b or i in skip:
            continue
        key = words.keys[8 * a : 8 * b]
        hits = cache.get(key)
        if hits is None:
            hits = cache[key] = _keyed_hits(words.positions[a:b], words.stems[a:b], lexicon)
        signature, spans = hits
        if spans:
            quotes = []
            for quoted in spans:  # "'a'", or "'a', 'b'" for a priority named in two places
                if len(quoted) == 1:
                    f, t = quoted[0]
                    quotes.append("'" + joined[starts[a + f] : ends[a + t]] + "'")
                else:
                    quotes.append(
                        "'" + "', '".join([joined[starts[a + f] : ends[a + t]] for f, t in quoted]) + "'"
                    )
            pair = lexicon._other_and_sector.get(signature, False)
            if pair is False:
                codes = [code for code, _ in lexicon._signatures[signature]]
                pair = lexicon._other_and_sector[signature] = (
                    (codes.index("OTHER"), codes.index(_SECTOR))
                    if "OTHER" in codes and _SECTOR in codes
                    else None
                )
            if pair is not None:
                # quoted together when the sector's words count for OTHER (see _plan), in the text's order
                both = sorted({*spans[pair[0]], *spans[pair[1]]})
                quotes.append("'" + "', '".join([joined[starts[a + f] : ends[a + t]] for f, t in both]) + "'")
            out[i] = (signature, quotes)
    return out


def _texts_hits(
    texts: list[str], lexicon: _Lexicon, masked_out: dict[str, str] | None = None
) -> list[_TextHits | None]:
    """Priorities named in each text, agency names masked first (they are not evidence); ``masked_out`` gets each
    text an agency's name was masked in, as matched."""
    words = _priority_words(texts, lexicon)
    # no name begins before the first one found: masking starts there (the same text as masking it all)
    masked = {i: texts[i][:at] + mask_agency_names(texts[i][at:]) for i, at in words.may_name_agency.items()}
    changed = [i for i, text in masked.items() if text != texts[i]]
    if masked_out is not None:
        masked_out.update((texts[i], masked[i]) for i in changed)
    out = _words_hits(words, lexicon, skip=frozenset(changed))
    if changed:
        again = _words_hits(_priority_words([masked[i] for i in changed], lexicon, agency=False), lexicon)
        for i, hits in zip(changed, again, strict=True):
            out[i] = hits
    return out


def _plan(title: int, description: int, lexicon: _Lexicon) -> list[tuple[str, float, float, tuple, tuple]]:
    """The scored priorities of a title and description from their signatures (-1: no hits), best first.

    Each is ``(code, score, confidence, k, j)``: its evidence is the title's quotes numbered ``k`` and the
    description's numbered ``j`` (empty: none). The sector's own words (:data:`_SECTOR`) count for ``OTHER`` only
    where no listed priority is named; a title naming no priority, or only the sector's words beside a description
    naming one, leaves the priority to the description, which then weighs as a title.
    """
    title_hits = lexicon._signatures[title] if title >= 0 else ()
    description_hits = lexicon._signatures[description] if description >= 0 else ()
    named = any(
        code not in SPECIAL_PRIORITIES and code != _SECTOR for code, _ in chain(title_hits, description_hits)
    )
    # "Project BRIDGE" | "… counter-trafficking units …"; "Gender-responsive policing" | "… domestic violence …"
    title_says = any(code != _SECTOR for code, _ in title_hits) or (title_hits and not named)
    weights = (TITLE_WEIGHT, DESCRIPTION_WEIGHT if title_says else TITLE_WEIGHT)
    scores: dict[str, float] = {}
    quoted: dict[str, tuple[list[int], list[int]]] = {}
    for side, hits in enumerate((title_hits, description_hits)):
        for i, (code, quality) in enumerate(hits):
            if code == _SECTOR:
                if named:
                    continue  # "police" beside "domestic violence" says nothing of the priority
                code = "OTHER"
            scores[code] = scores.get(code, 0.0) + weights[side] * quality
            quoted.setdefault(code, ([], []))[side].append(i)
    if "OTHER" in quoted:
        for side, hits in enumerate((title_hits, description_hits)):
            if len(quoted["OTHER"][side]) == 2:  # OTHER's own words and the sector's: their quote together
                quoted["OTHER"][side][:] = [len(hits)]
    out = []
    for code, raw in scores.items():
        score = round(raw, 6)
        k, j = quoted[code]
        out.append((code, score, round(score / (score + CONFIDENCE_HALF), 3), tuple(k), tuple(j)))
    if len(out) > 1:
        listed = [d[1] for d in out if d[0] not in SPECIAL_PRIORITIES]
        if "OTHER" in scores and listed and max(listed) > 0:
            # OTHER is sector work outside the list: a project that names a listed priority at least as strongly
            # belongs there ("gender-sensitive policing and DV response" is DOMESTIC_VIOLENCE, not OTHER)
            out = [d for d in out if d[0] != "OTHER" or d[1] > max(listed)]
        order = lexicon.order
        out.sort(key=lambda d: (-d[1], order[d[0]]))
    return out


def classify_many(titles, descriptions, lexicon: _Lexicon) -> list[list[dict]]:
    """Score every priority for many (title, description) pairs at once: what :func:`_classify` gives each.

    Distinct texts are tokenised together (:func:`_priority_words`), agency names are searched only where one
    may begin, each distinct pattern of priority words is matched once per batch, and evidence is quoted
    only where a priority was found. Above :data:`PARALLEL_MIN_PAIRS` new pairs, a forked worker ranks part of
    them (Linux; same results, in order; this process ranks them itself when no worker can run).

    Parameters
    ----------
    titles, descriptions : sequences of str
        Stripped texts, "" when missing, pair by pair.
    lexicon : _Lexicon
        From ``_lexicon(load_priorities())``; it caches words, patterns and results between calls.

    Returns
    -------
    list of list of dict
        Per pair, ``priority_code, score, confidence, evidence`` of every priority with a hit, best first.
        The lists are cached in the lexicon and shared: do not modify them.

    Examples
    --------
    >>> lexicon = _lexicon(load_priorities())
    >>> found = classify_many(["Протидія торгівлі людьми", "Procurement of vehicles"], ["", ""], lexicon)
    >>> [[(r["priority_code"], r["score"], r["evidence"]) for r in ranked] for ranked in found]
    [[('TRAFFICKING', 1.0, "title: 'торгівлі людьми'")], []]
    """
    pairs = list(zip(titles, descriptions, strict=True))
    classified = lexicon._classified
    todo = list(dict.fromkeys(pairs))
    if classified:
        todo = [pair for pair in todo if pair not in classified]
    if todo:
        with collector_paused():  # hundreds of thousands of small, acyclic objects are made here
            try:
                ranked = _ranked_in_two(todo, lexicon) if len(todo) > PARALLEL_MIN_PAIRS else None
                if ranked is None:
                    ranked = _ranked_pairs(todo, lexicon)
                classified.update(zip(todo, ranked, strict=True))
            finally:
                _forget_matches(lexicon)
        if len(todo) == len(pairs):  # every pair new and named once: the lists are the batch's, in order
            return ranked
    return [classified[pair] for pair in pairs]


def _forget_matches(lexicon: _Lexicon) -> None:
    """Drop the patterns' and stretches' matches at the end of a batch (the pairs' lists are kept), so that the
    garbage collector does not walk them when it runs again."""
    lexicon._keyed.clear()
    lexicon._stretch_windows.clear()


def _first_quote_at(title: str, evidence: str) -> int:
    """Where in the title the first phrase an evidence quotes from it stands (-1: none quoted from the title)."""
    said = re.match(r"title: '(.*?)'(?:,|;|$)", evidence)
    return title.casefold().find(said.group(1).casefold()) if said else -1


def yielded(
    ranked: list[dict], title: str, yields: dict[str, frozenset[str]], masked: str | None = None
) -> list[dict]:
    """The priorities of one project without those that only say where its work is done (the list's
    ``yields_to``): a place named in the title after an aim named as strongly before it ("COVID-19 prevention at
    checkpoints", "Victims of trafficking identified at crossing points"). A place named first ("Modernisation of
    border crossing points; drug detection dogs", "Renovation of a checkpoint (suspended during COVID-19)") keeps its
    share.

    Examples
    --------
    >>> ranked = [{"priority_code": "COVID19", "score": 1.0, "evidence": "title: 'COVID-19'"},
    ...           {"priority_code": "BORDER_CROSSING", "score": 1.0, "evidence": "title: 'checkpoints'"}]
    >>> yields = {"BORDER_CROSSING": frozenset({"COVID19"})}
    >>> [d["priority_code"] for d in yielded(ranked, "COVID-19 prevention at checkpoints", yields)]
    ['COVID19']
    >>> [d["priority_code"] for d in yielded(ranked, "Checkpoints: works suspended for COVID-19", yields)]
    ['COVID19', 'BORDER_CROSSING']
    >>> ranked = [{"priority_code": "DRUGS", "score": 1.0, "evidence": "title: 'drugs SBGS service passport control'"},
    ...           {"priority_code": "BORDER_CROSSING", "score": 1.0, "evidence": "title: 'passport control'"}]
    >>> yields = {"BORDER_CROSSING": frozenset({"DRUGS"})}
    >>> [d["priority_code"] for d in yielded(ranked, "Drugs border guard service passport control", yields)]
    ['DRUGS']
    """
    if not yields or len(ranked) < 2:
        return ranked
    codes = {d["priority_code"] for d in ranked}
    if all(codes.isdisjoint(yields.get(code, ())) for code in codes):  # none yields to another found here
        return ranked
    # the quotes are of the title as it was read, its agencies' names masked ("drugs SBGS service passport control"):
    # a word is found where it was read, not inside an agency's name before it ("State Migration Service … migration")
    masked = mask_agency_names(title) if masked is None else masked  # given when known (the title as matched)
    at = {d["priority_code"]: _first_quote_at(masked, d["evidence"]) for d in ranked}
    kept = [
        d
        for d in ranked
        if not any(
            o["priority_code"] in yields.get(d["priority_code"], ())
            and o["score"] >= d["score"]
            and 0 <= at[o["priority_code"]] < at[d["priority_code"]]
            for o in ranked
        )
    ]
    return kept if len(kept) < len(ranked) else ranked


def _ranked_pairs(pairs: list[tuple[str, str]], lexicon: _Lexicon) -> list[list[dict]]:
    """The scored priorities of each (title, description) pair, in this process."""
    texts = list(dict.fromkeys(text for pair in pairs for text in pair if text))
    masked: dict[str, str] = {}
    hits = dict(zip(texts, _texts_hits(texts, lexicon, masked), strict=True)) if texts else {}
    plans = lexicon._plans
    out: list[list[dict]] = []
    for title, description in pairs:
        found_title, found_description = hits.get(title), hits.get(description)
        if found_title is None and found_description is None:
            out.append([])
            continue
        key = (
            -1 if found_title is None else found_title[0],
            -1 if found_description is None else found_description[0],
        )
        plan = plans.get(key)
        if plan is None:
            plan = plans[key] = _plan(*key, lexicon)
        title_quotes = [] if found_title is None else found_title[1]
        description_quotes = [] if found_description is None else found_description[1]
        out.append(
            [
                {
                    "priority_code": code,
                    "score": score,
                    "confidence": confidence,
                    # one quote a side (OTHER's own words and the sector's have one together: see _plan)
                    "evidence": (
                        "description: " + description_quotes[j[0]]
                        if not k
                        else "title: " + title_quotes[k[0]]
                        if not j
                        else "title: " + title_quotes[k[0]] + "; description: " + description_quotes[j[0]]
                    ),
                }
                for code, score, confidence, k, j in plan
            ]
        )
        if lexicon.yields and len(out[-1]) > 1:  # "COVID-19 prevention at checkpoints": where, after what
            out[-1] = yielded(out[-1], title, lexicon.yields, masked.get(title, title))
    return out


def _marshalled_ranks(pairs: list[tuple[str, str]], lexicon: _Lexicon) -> bytes:
    """:func:`_ranked_pairs` as :mod:`marshal` bytes: lists of dicts of text and numbers, sent back from a worker
    and read here in a fraction of what unpickling them costs."""
    return marshal.dumps(_ranked_pairs(pairs, lexicon))


def _ranked_in_two(pairs: list[tuple[str, str]], lexicon: _Lexicon) -> list[list[dict]] | None:
    """Rank part (55%) of the pairs in a forked worker while this process ranks the rest.

    The pairs are grouped by the start of their title before they are cut in two, so that the two processes
    share few texts and patterns of priority words (each would tokenise and match them again). The worker
    (:class:`~mtd_analysis.processes.Forked`) inherits the lexicon and sends its lists back; results are those
    of :func:`_ranked_pairs`, in order. None when no worker can be forked; when the worker fails, this
    process ranks the worker's part itself.
    """
    if fork_context() is None:
        return None
    by_start: dict[str, list[int]] = {}
    for i, (title, _) in enumerate(pairs):
        by_start.setdefault(title[:_GROUP_PREFIX], []).append(i)
    order = [i for start in sorted(by_start) for i in by_start[start]]
    half = int(len(pairs) * _HERE_SHARE)
    mine, theirs = [pairs[i] for i in order[:half]], [pairs[i] for i in order[half:]]
    agency_name_starts("")  # the agency names' patterns compiled once, before the fork, for both processes
    worker = Forked(_marshalled_ranks, theirs, lexicon)
    try:
        first = _ranked_pairs(mine, lexicon)
        _forget_matches(lexicon)  # while the worker may still be ranking
        second = marshal.loads(worker.result())
    finally:
        worker.close()
    # the lists in pair order: list k of the parts goes to pair order[k]
    parts = first + second
    return list(itemgetter(*np.argsort(order).tolist())(parts)) if len(parts) > 1 else parts


def priority_scores(title, description=None, priorities: pd.DataFrame | None = None) -> pd.DataFrame:
    """Explain the classifier: every priority whose words occur in a title and description.

    Parameters
    ----------
    title, description : str
        Text in English, Ukrainian or Russian (any inflection).
    priorities : DataFrame, optional
        From :func:`load_priorities`; default the 2021 list.

    Returns
    -------
    DataFrame
        ``priority_code, score, confidence, evidence``, best first.

    Examples
    --------
    >>> priority_scores("Охорона державного кордону та протидія нелегальній міграції")[
    ...     ["priority_code", "score", "confidence"]]
           priority_code  score  confidence
    0    BORDER_SECURITY    1.0       0.667
    1  ILLEGAL_MIGRATION    1.0       0.667
    """
    lexicon = _lexicon(load_priorities() if priorities is None else priorities)
    rows = _classify(_text(title), _text(description), lexicon)
    return pd.DataFrame(rows, columns=["priority_code", "score", "confidence", "evidence"])


# ----------------------------------------------------------------------------------------------------------
# Mapping projects
# ----------------------------------------------------------------------------------------------------------


def _exact_shares(weights: list[float]) -> list[float]:
    """Shares proportional to weights whose sum is exactly 1 whatever the summation algorithm.

    Two shares are kept readable when their exact (rational) sum is 1 (0.6 and 0.4); three or more are put
    on a grid of 2**-30 (error below 1e-9), on which every partial sum is exact.

    Examples
    --------
    >>> _exact_shares([60, 40]), _exact_shares([1, 3])
    ([0.6, 0.4], [0.25, 0.75])
    >>> shares = _exact_shares([1, 1, 1])
    >>> sum(shares) == sum(reversed(shares)) == 1.0, round(shares[0], 6)
    (True, 0.333333)
    """
    total = sum(weights)
    ideal = [w / total for w in weights]
    if len(ideal) == 1:
        return [1.0]
    if len(ideal) == 2:
        for pair in ([1.0 - ideal[1], ideal[1]], [ideal[0], 1.0 - ideal[0]]):
            if Fraction(pair[0]) + Fraction(pair[1]) == 1:
                return pair
    grid = 2**30
    ticks = [math.floor(x * grid) for x in ideal]
    # hand the ticks lost to rounding down to the largest remainders, first in list order on ties
    by_remainder = sorted(range(len(ideal)), key=lambda i: (-(ideal[i] * grid - ticks[i]), i))
    for i in by_remainder[: grid - sum(ticks)]:
        ticks[i] += 1
    return [t / grid for t in ticks]


#: An issue about a project's wording, before it is placed: (severity, column, message).
_Note = tuple[str, str, str]


@dataclass(frozen=True)
class _Wording:
    """What a project's mapping depends on, overrides aside: projects worded alike are mapped alike, once."""

    title: str
    description: str
    declared: str
    sectors: str

    def issue(self, severity: str, column: str, message: str) -> _Note:
        return severity, column, message


@dataclass
class _Project:
    """Where a project's issues are placed and how they name it."""

    project_id: str
    title: str
    file: str
    sheet: object
    row: object

    @property
    def name(self) -> str:
        title = self.title if len(self.title) <= 60 else self.title[:57] + "..."
        row = "" if _is_missing(self.row) else f" (row {self.row})"
        return f"project {self.project_id} '{title}'{row}"

    def issue(self, severity: str, column: str, message: str) -> dict:
        return {
            "file": self.file,
            "sheet": self.sheet,
            "row": self.row,
            "column": column,
            "severity": severity,
            "kind": "priority",
            "message": f"{self.name}: {message}",
        }


def _declared_part_match(text: str, lexicon: _Lexicon) -> tuple[str, float, str] | None:
    """Best priority for one declared value: (code, score, matched wording), or None (cached per text)."""
    if text not in lexicon._declared:
        lexicon._declared[text] = _best_declared_priority(text, lexicon)
    return lexicon._declared[text]


def _best_declared_priority(text: str, lexicon: _Lexicon) -> tuple[str, float, str] | None:
    squashed = re.sub(r"[^0-9A-Z]", "", unicodedata.normalize("NFKC", text).upper())
    for code in lexicon.order:
        if squashed and squashed == code.replace("_", ""):
            return code, 1.0, code
    tokens = [t for t in _tokens(text, lexicon.stopwords) if not t.stop]
    if not tokens:
        return None
    token_matches = [lexicon.matches(t.stem) for t in tokens]
    # Words weigh by how specific they are: "Police" alone names no priority, "trafficking" does.
    token_weight = [max((lexicon.specificity[s] for s in m), default=1.0) for m in token_matches]
    best: dict[str, tuple[float, str]] = {}
    # Only phrases sharing a stem with the wording can score; they are visited in list order, as ties go to
    # the first.
    candidates = sorted({i for m in token_matches for s in m for i in lexicon.phrases_with.get(s, ())})
    for phrase in (lexicon.phrases[i] for i in candidates):
        if phrase.kind in ("keyword", "broad") and phrase.priority_code in ("OTHER", _SECTOR):
            continue
        covered, quality, used = 0.0, 1.0, set()
        for stem in phrase.stems:
            found = [(i, m[stem]) for i, m in enumerate(token_matches) if stem in m]
            if found:
                covered += lexicon.specificity[stem]
                quality = min(quality, max(q for _, q in found))
                used.update(i for i, _ in found)
        if not covered:
            continue
        # precision: how much of the phrase the partner wrote; recall: how much of the wording it explains
        precision = covered / sum(lexicon.specificity[s] for s in phrase.stems)
        recall = sum(token_weight[i] for i in used) / sum(token_weight)
        if phrase.kind in ("keyword", "broad"):
            score = DECLARED_KEYWORD_FACTOR * phrase.weight * recall if precision > 1.0 - 1e-9 else 0.0
        else:
            score = 2 * precision * recall / (precision + recall)
        score *= quality
        if score > best.get(phrase.priority_code, (0.0, ""))[0]:
            best[phrase.priority_code] = (score, phrase.text)
    ranked = sorted(best.items(), key=lambda kv: (-kv[1][0], lexicon.order[kv[0]]))
    if not ranked or ranked[0][1][0] < DECLARED_MIN_SCORE:
        return None
    if len(ranked) > 1 and ranked[1][1][0] >= ranked[0][1][0] - 0.05:
        return None  # ambiguous: two priorities fit the wording equally
    code, (score, wording) = ranked[0]
    return code, round(score, 3), wording


def _percent(part: str) -> tuple[str, float | None]:
    """Split "TRAFFICKING 60%" into ("TRAFFICKING", 60.0); no share -> None."""
    m = _PERCENT_RE.search(part)
    if not m:
        return part.strip(), None
    number = next(g for g in m.groups() if g is not None)
    return (part[: m.start()] + part[m.end() :]).strip(" -–—:,()"), float(number.replace(",", "."))


def _declared_parts(
    declared: str,
) -> list[tuple[tuple[str, float | None], list[tuple[str, float | None]], bool]]:
    """Values separated by ';', '|' or new lines, each as (whole, comma pieces, pieces forced).

    The pieces are forced when a share stands inside the text ("TRAFFICKING 70%, DRUGS").

    Examples
    --------
    >>> _declared_parts("TRAFFICKING 60%; DRUGS 40%")
    [(('TRAFFICKING', 60.0), [('TRAFFICKING', 60.0)], False), (('DRUGS', 40.0), [('DRUGS', 40.0)], False)]
    >>> _declared_parts("TRAFFICKING 70%, DRUGS")[0][1:]
    ([('TRAFFICKING', 70.0), ('DRUGS', None)], True)
    """
    parts = []
    for raw in re.split(r"[;\n|]+", declared):
        if raw.strip():
            pieces = [_percent(p) for p in raw.split(",") if p.strip()]
            forced = len(pieces) > 1 and any(pct is not None for _, pct in pieces[:-1])
            parts.append((_percent(raw), pieces, forced))
    return parts


def _declared_weights(percents: list[float | None]) -> tuple[list[float], str]:
    """Weights from declared percentages: the rest of 100% is split among values without one.

    Examples
    --------
    >>> _declared_weights([60.0, None, None])
    ([60.0, 20.0, 20.0], '')
    >>> _declared_weights([50.0, 30.0])[1]
    'declared percentages sum to 80%, not 100%; shares rescaled'
    """
    known = [p for p in percents if p is not None]
    if not known:
        return [1.0] * len(percents), ""
    n_without = len(percents) - len(known)
    rest = max(0.0, 100.0 - sum(known))
    weights = [p if p is not None else rest / n_without for p in percents]
    if sum(weights) <= 0:
        return [1.0] * len(percents), "declared percentages are all zero; shares split equally"
    if n_without and rest == 0:
        return (
            weights,
            f"declared percentages sum to {sum(known):g}%, leaving nothing for the values without one",
        )
    if not n_without and abs(sum(known) - 100.0) > 1e-6:
        return weights, f"declared percentages sum to {sum(known):g}%, not 100%; shares rescaled"
    return weights, ""


def _map_declared(project: _Wording, lexicon: _Lexicon) -> tuple[list[dict], list[_Note]]:
    issues, unknown = [], []
    matched = []  # (code, percent, confidence, evidence)
    for whole, split, forced in _declared_parts(project.declared):
        pieces = [whole]
        if forced or (len(split) > 1 and all(_declared_part_match(text, lexicon) for text, _ in split)):
            pieces = split  # "A, B": two values, when each is recognised or a share says so
        for text, pct in pieces:
            hit = _declared_part_match(text, lexicon)
            if hit is None:
                unknown.append(text)
                continue
            code, score, wording = hit
            evidence = f"declared: '{text}'" + ("" if wording in (code, text) else f" ~ '{wording}'")
            matched.append((code, pct, score, evidence))
    then = (
        "ignored; the recognised declared priorities share the project"
        if matched
        else "classified from title and description instead"
    )
    for text in unknown:
        issues.append(
            project.issue(
                "warning",
                "declared_priority",
                f"declared priority '{text}' matches no priority of the list; {then}",
            )
        )
    if not matched:
        return [], issues
    weights, message = _declared_weights([pct for _, pct, _, _ in matched])
    if message:
        issues.append(project.issue("warning", "declared_priority", message))
    rows = [
        {"priority_code": code, "weight": w, "method": "declared", "confidence": conf, "evidence": ev}
        for (code, _, conf, ev), w in zip(matched, weights, strict=True)
    ]
    return rows, issues


def _map_classifier(project: _Wording, lexicon: _Lexicon, threshold: float, weight: float = 1.0):
    """Classifier rows for one project (or for the broad-CRS part of it), or [] when below threshold."""
    ranked = _classify(project.title, project.description, lexicon)
    listed = [
        r for r in ranked if r["priority_code"] not in SPECIAL_PRIORITIES and r["confidence"] >= threshold
    ]
    if listed:
        top = listed[0]["score"]
        kept = [r for r in listed if r["score"] >= CO_PRIORITY_RATIO * top]
    else:
        kept = [r for r in ranked if r["priority_code"] == "OTHER" and r["confidence"] >= threshold]
    rows = [
        {
            "priority_code": r["priority_code"],
            "weight": weight * r["score"] / sum(k["score"] for k in kept),
            "method": "classifier",
            "confidence": r["confidence"],
            "evidence": r["evidence"],
        }
        for r in kept
    ]
    return rows, ranked


def _below_threshold(ranked: list[dict], threshold: float) -> str:
    if not ranked:
        return "no priority words in title or description"
    best = ranked[0]
    return (
        f"best candidate {best['priority_code']} at confidence {best['confidence']:g} < {threshold:g} "
        f"({best['evidence']})"
    )


def _parse_sectors(sectors: str) -> list[tuple[str, float | None]]:
    out = []
    for part in re.split(r"[;,|]+", sectors):
        m = re.match(r"^\s*(\d{5}|\d{3})\s*(?:[=:]\s*(\d+(?:\.\d+)?)\s*%?)?\s*$", part)
        if m:
            out.append((m.group(1), None if m.group(2) is None else float(m.group(2))))
    return out


def _unmapped_row(weight: float, why: str) -> dict:
    return {
        "priority_code": "UNMAPPED",
        "weight": weight,
        "method": "none",
        "confidence": 0.0,
        "evidence": why,
    }


def _unmapped_issue(project: _Wording, why: str, share: float = 1.0) -> _Note:
    part = "" if share == 1.0 else f"{100 * share:.4g}% of it "
    return project.issue(
        "info",
        "title",
        f"no priority recognised ({why}); {part}counted as UNMAPPED: add an override to assign it",
    )


_BROAD_CATEGORIES = frozenset({"151", "152"})


def _map_crs(project: _Wording, lexicon: _Lexicon, threshold: float) -> tuple[list[dict], list[_Note]]:
    """Rows from CRS codes: listed codes map directly; broad and other codes leave their share to the classifier.

    When the classifier recognises nothing, the share of broad codes goes to OTHER (work in the sector), and so
    does the share of codes outside the list (issue: "activities outside every priority go under OTHER").
    """
    sectors = _parse_sectors(project.sectors)
    if not sectors:
        return [], []
    percents = [p for _, p in sectors]
    weights = percents if None not in percents and sum(percents) > 0 else [1.0] * len(sectors)
    total = sum(weights)
    rows, issues = [], []
    broad: dict[str, float] = {}
    outside: dict[str, float] = {}
    for (crs, _), w in zip(sectors, weights, strict=True):
        if w <= 0:
            continue
        if crs in lexicon.direct_crs:
            rows.append(
                {
                    "priority_code": lexicon.direct_crs[crs],
                    "weight": w / total,
                    "method": "crs",
                    "confidence": CRS_CONFIDENCE,
                    "evidence": f"sectors: CRS {crs} {100 * w / total:.4g}%",
                }
            )
        else:
            # 3-digit DAC categories 151 (government and civil society) and 152 (conflict, peace and security)
            # are as broad as 15130 / 15210: the classifier decides
            is_broad = crs in lexicon.broad_crs or crs in _BROAD_CATEGORIES
            target = broad if is_broad else outside
            target[crs] = target.get(crs, 0.0) + w / total
    if not broad and not outside:
        return rows, issues
    broad_share, outside_share = sum(broad.values()), sum(outside.values())
    said = "; ".join(
        f"{label} {', '.join(codes)}"
        for label, codes in (("broad CRS", broad), ("CRS outside the list", outside))
        if codes
    )
    found, ranked = _map_classifier(project, lexicon, threshold, broad_share + outside_share)
    for r in found:
        r["evidence"] = f"sectors: {said} -> classifier; {r['evidence']}"
    if found:
        return rows + found, issues
    why = _below_threshold(ranked, threshold)
    if broad:
        codes = ", ".join(broad)
        rows.append(
            {
                "priority_code": "OTHER",
                "weight": broad_share,
                "method": "crs",
                "confidence": BROAD_CRS_CONFIDENCE,
                "evidence": f"sectors: broad CRS {codes} and {why} -> OTHER",
            }
        )
        issues.append(
            project.issue(
                "info",
                "sectors",
                f"broad CRS code(s) {codes} and no priority recognised in the title or description; "
                f"{100 * broad_share:.4g}% counted as OTHER (in-sector work outside the list)",
            )
        )
    if outside:
        codes = ", ".join(outside)
        rows.append(
            {
                "priority_code": "OTHER",
                "weight": outside_share,
                "method": "crs",
                "confidence": CRS_CONFIDENCE,
                "evidence": f"sectors: CRS {codes} outside the priority list and {why} -> OTHER",
            }
        )
        issues.append(
            project.issue(
                "info",
                "sectors",
                f"CRS sector(s) {codes} lie outside the priority list and no priority was recognised in the "
                f"title or description; {100 * outside_share:.4g}% counted as OTHER",
            )
        )
    return rows, issues


def _override_rows(override: dict) -> list[dict]:
    codes = override["priority_codes"].split(";")
    shares = _override_shares(codes, _text(override.get("shares")), f"override of {override['project_id']}")
    note = _text(override.get("note")) or "(no note)"
    return [
        {
            "priority_code": c,
            "weight": s,
            "method": "override",
            "confidence": 1.0,
            "evidence": f"override: {note}",
        }
        for c, s in zip(codes, shares, strict=True)
    ]


def _merge(rows: list[dict], lexicon: _Lexicon) -> list[dict]:
    """One row per priority (weights added, evidence joined, method of its first source), in list order."""
    merged: dict[str, dict] = {}
    if any(r["weight"] > 0 for r in rows):
        rows = [r for r in rows if r["weight"] > 0]  # "A 100%, B": B gets nothing
    for r in rows:
        if r["priority_code"] in merged:
            m = merged[r["priority_code"]]
            m["weight"] += r["weight"]
            m["confidence"] = max(m["confidence"], r["confidence"])
            if r["evidence"] not in m["evidence"]:
                m["evidence"] += " | " + r["evidence"]
        else:
            merged[r["priority_code"]] = dict(r)
    ordered = sorted(merged.values(), key=lambda r: lexicon.order[r["priority_code"]])
    shares = _exact_shares([r["weight"] for r in ordered])
    return [
        {
            "priority_code": r["priority_code"],
            "subgroup": lexicon.subgroup[r["priority_code"]],
            "share": share,
            "method": r["method"],
            "confidence": float(r["confidence"]),
            "evidence": r["evidence"],
        }
        for r, share in zip(ordered, shares, strict=True)
    ]


def _map_wording(wording: _Wording, lexicon: _Lexicon, threshold: float) -> tuple[list[dict], list[_Note]]:
    """Merged mapping rows (without project_id) and issues for one wording: declared, then CRS, then classifier.

    What a declared value gives is worked out once per lexicon (its rows and issues depend on that text
    alone, and when it names a priority, CRS codes and the classifier are not asked): many wordings declare
    alike.
    """
    rows: list[dict] = []
    notes: list[_Note] = []
    if wording.declared.lower() not in _EMPTY_DECLARED:
        known = lexicon._declared_rows.get(wording.declared)
        if known is None:
            rows, found = _map_declared(wording, lexicon)
            known = lexicon._declared_rows[wording.declared] = (_merge(rows, lexicon) if rows else [], found)
        merged, found = known
        if merged:
            return [dict(r) for r in merged], list(found)
        notes += found
    if not rows and wording.sectors:
        rows, found = _map_crs(wording, lexicon, threshold)
        notes += found
    if not rows:
        rows, ranked = _map_classifier(wording, lexicon, threshold)
        if not rows:
            why = _below_threshold(ranked, threshold)
            rows = [_unmapped_row(1.0, why)]
            notes.append(_unmapped_issue(wording, why))
    return _merge(rows, lexicon), notes


def _may_need_classifier(wording: _Wording, lexicon: _Lexicon) -> bool:
    """Whether mapping a wording without a declared priority asks the classifier (no CRS code, or one not listed)."""
    if wording.declared.lower() not in _EMPTY_DECLARED:
        return False  # declared values are read first; the classifier is asked only when none is recognised
    sectors = _parse_sectors(wording.sectors) if wording.sectors else []
    return not sectors or any(crs not in lexicon.direct_crs for crs, _ in sectors)


def _column_texts(projects: pd.DataFrame, name: str) -> np.ndarray:
    """A column as stripped text ("" when missing or absent), converted once per distinct value."""
    if name not in projects.columns:
        return np.full(len(projects), "", dtype=object)
    column = projects[name]
    if isinstance(column.dtype, pd.StringDtype):
        return column.str.strip().fillna("").to_numpy(dtype=object)
    codes, uniques = pd.factorize(column, use_na_sentinel=False)
    return np.array([_text(u) for u in uniques.tolist()] + [""], dtype=object)[codes]


def map_priorities(
    projects: pd.DataFrame,
    priorities: pd.DataFrame | None = None,
    overrides: pd.DataFrame | None = None,
    threshold: float = config.CLASSIFIER_THRESHOLD,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Map every project to one or more priorities, with shares, method, confidence and evidence.

    This function does not mutate its inputs.

    Parameters
    ----------
    projects : DataFrame
        The projects table (:data:`schema.PROJECT_COLUMNS`; only ``project_id`` is required, ``title``,
        ``description``, ``declared_priority``, ``sectors`` and the ``source_*`` columns are used when present).
    priorities : DataFrame, optional
        From :func:`load_priorities`; default the 2021 list.
    overrides : DataFrame, optional
        From :func:`load_overrides`.
    threshold : float
        Minimum classifier confidence; below it a project is ``UNMAPPED``.

    Returns
    -------
    mapping : DataFrame
        :data:`schema.MAPPING_COLUMNS`; at least one row per project, in project order, shares per project
        summing exactly to 1.
    issues : DataFrame
        :data:`schema.ISSUE_COLUMNS`, kind ``priority``: unrecognised declared priorities and declared
        percentages off 100% (warning), unmapped projects and broad CRS codes counted as OTHER (info),
        overrides for unknown projects (warning).

    Notes
    -----
    A project's mapping depends only on its title, description, declared priority and sectors (and on an
    override): projects worded alike are mapped once, and each gets the rows, and issues naming itself.

    Examples
    --------
    >>> import pandas as pd
    >>> projects = pd.DataFrame({"project_id": ["P1", "P2", "P3"],
    ...     "title": ["Support to the SBGS", "Procurement of vehicles", "Зміцнення громад"],
    ...     "declared_priority": ["TRAFFICKING 60%; DRUGS 40%", None, None],
    ...     "sectors": [None, "16063", None]})
    >>> mapping, issues = map_priorities(projects)
    >>> mapping[["project_id", "priority_code", "share", "method"]]
      project_id priority_code  share    method
    0         P1   TRAFFICKING    0.6  declared
    1         P1         DRUGS    0.4  declared
    2         P2         DRUGS    1.0       crs
    3         P3      UNMAPPED    1.0      none
    >>> issues[["severity", "kind"]].values.tolist()
    [['info', 'priority']]
    """
    if "project_id" not in projects.columns:
        raise KeyError("projects table has no 'project_id' column")
    lexicon = _lexicon(load_priorities() if priorities is None else priorities)
    override_by_id = (
        {} if overrides is None else {str(r["project_id"]): r for r in overrides.to_dict("records")}
    )
    for o in override_by_id.values():
        unknown = [c for c in str(o["priority_codes"]).split(";") if c not in lexicon.order]
        if unknown:
            raise PriorityListError(
                f"override of {o['project_id']}: unknown priority code {', '.join(unknown)}"
            )

    project_ids = _column_texts(projects, "project_id")
    texts = [_column_texts(projects, c) for c in ("title", "description", "declared_priority", "sectors")]
    overridden = pd.Series(project_ids, dtype=object).isin(list(override_by_id)).to_numpy(dtype=bool)

    # Every distinct wording is mapped once; projects then take the rows (and issues) of their wording.
    worded = np.flatnonzero(~overridden)
    wording_of = (
        pd.DataFrame({k: pd.factorize(t[worded])[0] for k, t in enumerate(texts)})
        .groupby([0, 1, 2, 3], sort=False)
        .ngroup()
        .to_numpy(dtype=np.intp)
    )
    _, first = np.unique(wording_of, return_index=True)
    wordings = [_Wording(*(t[i] for t in texts)) for i in worded[first]]
    # the classifier reads the titles and descriptions of all wordings it will be asked about at once
    asked = [w for w in wordings if _may_need_classifier(w, lexicon)]
    classify_many([w.title for w in asked], [w.description for w in asked], lexicon)
    with collector_paused():  # rows and notes: many small, acyclic dicts and lists
        results = [_map_wording(wording, lexicon, threshold) for wording in wordings]
        results += [
            (_merge(_override_rows(override_by_id[project_ids[i]]), lexicon), [])
            for i in np.flatnonzero(overridden)
        ]
        key = np.empty(len(projects), dtype=np.intp)
        key[worded] = wording_of
        key[overridden] = len(first) + np.arange(overridden.sum())

        # Output row j of project i is row j of its wording: unit row (first of the wording) + j.
        row_counts = np.array([len(rows) for rows, _ in results], dtype=np.intp)
        first_unit_row = np.cumsum(row_counts) - row_counts
        per_project = row_counts[key]
        first_output_row = np.cumsum(per_project) - per_project
        take = np.repeat(first_unit_row[key] - first_output_row, per_project) + np.arange(per_project.sum())
        unit_rows = [r for rows, _ in results for r in rows]
        mapping_columns = {"project_id": np.repeat(project_ids, per_project).tolist()}
        for name in MAPPING_COLUMNS[1:]:
            mapping_columns[name] = np.array([r[name] for r in unit_rows], dtype=object)[take].tolist()

    issues = []
    note_counts = np.array([len(notes) for _, notes in results], dtype=np.intp)[key]
    if note_counts.any():
        where = {
            c: projects[c].tolist() if c in projects.columns else [pd.NA] * len(projects)
            for c in ("source_file", "source_sheet", "source_row")
        }
        for i in np.flatnonzero(note_counts):
            sheet, row = where["source_sheet"][i], where["source_row"][i]
            project = _Project(
                project_id=project_ids[i],
                title=texts[0][i],
                file=_text(where["source_file"][i]),
                sheet=None if _is_missing(sheet) else sheet,
                row=None if _is_missing(row) else int(row),
            )
            issues += [project.issue(*note) for note in results[key[i]][1]]

    present = set(project_ids.tolist())
    for pid, o in override_by_id.items():
        if pid not in present:
            issues.append(
                {
                    "file": _text(o.get("source_file")) or config.OVERRIDES_NAME,
                    "sheet": None,
                    "row": o.get("source_row"),
                    "column": "project_id",
                    "severity": "warning",
                    "kind": "priority",
                    "message": f"override for project {pid} matches no project of this build; it is ignored",
                }
            )
    # no projects: no columns to infer types from (text columns stay object, as for an empty list of rows)
    mapping = pd.DataFrame(mapping_columns if len(take) else [], columns=MAPPING_COLUMNS).astype(
        {"share": "float64", "confidence": "float64"}
    )
    return mapping, pd.DataFrame(issues, columns=ISSUE_COLUMNS)
