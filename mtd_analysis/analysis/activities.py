"""What a project does, whatever the language: activity concepts, places and quantities of its texts.

Projects are compared on what they do, not on spelling. Three pieces of reference data, edited
without touching code, make an English, a Ukrainian and a Russian description of the same
thing agree:

* ``activity_terms.csv``: the sector's thesaurus. One row per *concept* (``thermal_imager``,
  ``body_camera``, ``crossing_point``, ``training``, ...) with its ``kind`` (``action``: what is
  done, such as supply, construction, training, drafting; ``object``: a concrete thing it is
  done to, such as thermal imagers, shelters, a database; ``theme``: a broad topic, such as
  community policing or human trafficking, which alone does not make two projects the same
  activity), an integer ``weight`` (1 broad theme, 2 common object, 3 specific object) and its
  terms in ``en``, ``uk`` and ``ru`` (``;``-separated). A term is one or more words; a word
  ending in ``*`` matches any word starting with it (``тепловіз*`` matches ``тепловізорів``,
  ``тепловізійних``), which is how inflection is handled. Hyphens count as spaces. The words
  of a term may have one other word between them (``thermal imag*`` matches
  "thermal *and* imaging").
  ``implies`` names the action an object goes with when a text names none (thermal imagers
  are bought: ``supply``; fire stations are built: ``construction``).
* ``transliteration_uk.csv``: the Ukrainian national transliteration table (Cabinet of Ministers
  resolution 55 of 2010, with the forms used at the start of a word), plus the four Russian
  letters it lacks, so that ``Шегині`` reads ``shehyni``.
* ``places.csv``: places of the sector (oblasts, cities, border crossing points, neighbouring
  countries) as Latin stems of their spellings, with the region they lie in. Texts are
  transliterated before places are looked up, so ``Шегинях``, ``Shehyni`` and ``Шегини`` are one
  place. Stems of four letters or fewer match a word at most three letters longer.

:func:`text_features` reads each distinct text once, all texts together: their words are split in
one pass (:func:`token_stream`), each distinct word is looked up once and the terms are followed
over the words of all texts with array operations, so no Python loop runs per text or per word of
a text. :func:`activity_match` compares pairs of texts with bit masks, so millions of pairs cost a
few numpy passes.

Examples
--------
>>> transliterate("Шегині, Згурівка, Яготин")
'shehyni, zghurivka, yahotyn'
>>> sorted(concepts_of("Закупівля тепловізорів для прикордонників"))
['supply', 'thermal_imager']
>>> sorted(concepts_of("Supply of handheld thermal imaging cameras"))
['supply', 'thermal_imager']
>>> places_of("Реконструкція пункту пропуску «Шегині»"), places_of("Shehyni BCP on the Polish border")
(['Shehyni'], ['Poland', 'Shehyni'])
>>> quantities_of("40 тепловізорів, 2 000 шоломів у 2021 році; 10,000 tests")
[40, 2000, 10000]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property

import numpy as np
import pandas as pd

from mtd_analysis.ingest.words import fold
from mtd_analysis.reference import activities as reference_activities
from mtd_analysis.reference.agencies import agency_spellings

#: Languages of the thesaurus columns.
LANGUAGES = ("en", "uk", "ru")
KINDS = ("action", "object", "theme")
#: Most quantities kept per text (the first ones written).
MAX_QUANTITIES = 4
#: Kinds of places finer than a region: two texts naming different ones speak of different places.
SPECIFIC_PLACE_KINDS = ("crossing point", "town", "airport")
#: Most words allowed between the words of a multi-word term.
TERM_GAP = 1

_WORD = re.compile(r"[^\W_]+")
#: A whole number: digits, or groups of three after a separator (``2 000``, ``10,000``), not inside a word or a
#: decimal. Written digit first (the look-behind after it), so that the search skips to the digits.
_NUMBER = re.compile(r"(\d(?<![\w.,]\d)(?:\d{0,2}(?:[ \u00a0\u202f,.]\d{3})+|\d*))(?![\w]|[.,]\d)")
_CYRILLIC = re.compile(r"[а-яіїєґёыэъ]")
#: A Cyrillic letter and the rest of its text (texts joined by NULs): one match per text that has one.
_CYRILLIC_TEXT = re.compile(r"[а-яіїєґёыэъ][^\x00]*")


def words(text: object) -> list[str]:
    """Lower-case words of a text: apostrophes dropped, ``ё`` read as ``е``, hyphens and punctuation split words.

    Examples
    --------
    >>> words("Body-worn cameras, м'ясо; Ёлка")
    ['body', 'worn', 'cameras', 'мясо', 'елка']
    """
    if text is None or (not isinstance(text, str) and pd.isna(text)):
        return []
    return _WORD.findall(fold(str(text)))


def _expand(
    start: np.ndarray,
    count: np.ndarray,
    which: np.ndarray,
    values: np.ndarray,
    carry: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Items joined with the members of their group: (the item's ``carry`` (else its position), member value).

    Group ``g`` holds ``values[start[g] : start[g] + count[g]]``; item ``k`` belongs to group ``which[k]``.
    """
    n = count[which]
    offset = np.arange(int(n.sum())) - np.repeat(np.cumsum(n) - n, n)
    left = np.repeat(np.arange(len(which)) if carry is None else carry, n)
    return left, values[np.repeat(start[which], n) + offset]


_TOKEN_OR_BREAK = re.compile(r"[^\W_]+|\x00")
#: The same in a text without ``_`` (the only word character that is not a letter or digit): faster to match.
_TOKEN_OR_BREAK_NO_UNDERSCORE = re.compile(r"\x00|\w+")


@dataclass(frozen=True)
class TokenStream:
    """The words of many texts in one array: ``word`` (code into ``words``) and ``text`` (index) of each token."""

    word: np.ndarray
    text: np.ndarray
    words: list[str]
    count: int

    def joined(self, parts: list[np.ndarray]) -> TokenStream:
        """Texts made of texts of this stream, one after the other: text ``k`` has the tokens of text
        ``parts[0][k]``, then of ``parts[1][k]``, ... (-1: no text)."""
        begin = np.searchsorted(self.text, np.arange(self.count + 1))
        length = np.r_[begin[1:] - begin[:-1], 0]  # text -1 has no tokens
        pieces = np.stack([np.asarray(p, dtype=np.int64) for p in parts], axis=1).reshape(-1)
        owner = np.repeat(np.arange(len(parts[0]), dtype=np.int64), len(parts))
        text, word = _expand(np.r_[begin[:-1], 0], length, pieces, self.word, owner)
        return TokenStream(word=word, text=text, words=self.words, count=len(parts[0]))

    @staticmethod
    def merged(streams: list[TokenStream]) -> TokenStream:
        """The texts of several streams in one (the texts of the second after those of the first, ...)."""
        word: list[np.ndarray] = []
        text: list[np.ndarray] = []
        words: list[str] = []
        count = 0
        for stream in streams:
            word.append(stream.word + len(words))
            text.append(stream.text + count)
            words += stream.words
            count += stream.count
        return TokenStream(word=np.concatenate(word), text=np.concatenate(text), words=words, count=count)


def token_stream(texts: list[str]) -> TokenStream:
    """The :func:`words` of each text, all texts folded and split in one pass.

    The texts are joined with NUL characters, which :func:`fold` keeps and no word contains (NFKC,
    case folding and the apostrophe rule act within a character or a starter's marks, so folding
    the joined text folds each text); a NUL inside a text is read as a space first.

    Examples
    --------
    >>> s = token_stream(["Body-worn cameras", "", "Ёлка"])
    >>> [s.words[w] for w in s.word], s.text.tolist()
    (['body', 'worn', 'cameras', 'елка'], [0, 0, 0, 2])
    """
    vocabulary: dict[str, int] = {}
    word_parts, text_parts = [], []
    for begin in range(0, len(texts), _STREAM_CHUNK):  # a chunk at a time: few words held as strings at once
        chunk = texts[begin : begin + _STREAM_CHUNK]
        joined = "\x00".join(chunk)
        if joined.count("\x00") != len(chunk) - 1:
            joined = "\x00".join(t.replace("\x00", " ") for t in chunk)
        folded = fold(joined)
        pattern = _TOKEN_OR_BREAK if "_" in folded else _TOKEN_OR_BREAK_NO_UNDERSCORE
        tokens = np.asarray(pattern.findall(folded), dtype=object).reshape(-1)
        codes, distinct = pd.factorize(tokens)
        known = np.fromiter(
            (vocabulary.setdefault(word, len(vocabulary)) for word in distinct),
            dtype=np.int64,
            count=len(distinct),
        )
        is_break = codes == pd.Index(distinct).get_indexer(["\x00"])[0]
        text_parts.append(np.cumsum(is_break)[~is_break] + begin)
        word_parts.append(known[codes[~is_break]])
    empty = [np.zeros(0, dtype=np.int64)]
    return TokenStream(
        word=np.concatenate(word_parts + empty).astype(np.int64),
        text=np.concatenate(text_parts + empty).astype(np.int64),
        words=list(vocabulary),
        count=len(texts),
    )


#: Texts split at a time by :func:`token_stream`.
_STREAM_CHUNK = 8192


@dataclass(frozen=True)
class _Matcher:
    """Word patterns (exact or prefix) and the terms (pattern sequences) that name each label."""

    exact: dict[str, tuple[int, ...]]
    prefix: dict[str, tuple[int, ...]]
    prefix_lengths: tuple[int, ...]
    short_prefix: frozenset[int]  # prefix patterns of <= 4 letters: a word at most 3 letters longer
    first: dict[int, tuple[tuple[int, tuple[int, ...]], ...]]  # pattern -> (label, rest of the term)

    @classmethod
    def of(cls, terms: list[tuple[int, str]], all_prefix: bool = False) -> _Matcher:
        """From (label, term) pairs; ``all_prefix`` reads every word as a prefix (place stems)."""
        patterns: dict[tuple[str, bool], int] = {}
        first: dict[int, list[tuple[int, tuple[int, ...]]]] = {}
        for label_index, term in terms:
            ids = []
            for raw in term.split():
                star = raw.endswith("*") or all_prefix
                for part in words(raw):
                    ids.append(patterns.setdefault((part, star), len(patterns)))
            if ids:
                first.setdefault(ids[0], []).append((label_index, tuple(ids[1:])))
        exact: dict[str, list[int]] = {}
        prefix: dict[str, list[int]] = {}
        for (word, star), pid in patterns.items():
            (prefix if star else exact).setdefault(word, []).append(pid)
        short = frozenset(pid for (word, star), pid in patterns.items() if star and len(word) <= 4)
        return cls(
            exact={k: tuple(v) for k, v in exact.items()},
            prefix={k: tuple(v) for k, v in prefix.items()},
            prefix_lengths=tuple(sorted({len(k) for k in prefix})),
            short_prefix=short,
            first={k: tuple(v) for k, v in first.items()},
        )

    def patterns_of(self, word: str) -> frozenset[int]:
        found = set(self.exact.get(word, ()))
        for length in self.prefix_lengths:
            if length > len(word):
                break
            for pid in self.prefix.get(word[:length], ()):
                if pid not in self.short_prefix or len(word) <= length + 3:
                    found.add(pid)
        return frozenset(found)

    def labels(self, tokens: list[str], cache_: dict[str, frozenset[int]]) -> set[int]:
        """Indexes of the labels whose terms occur in ``tokens`` (multi-word terms with small gaps)."""
        matched = []
        for token in tokens:
            hit = cache_.get(token)
            if hit is None:
                hit = cache_[token] = self.patterns_of(token)
            matched.append(hit)
        found: set[int] = set()
        for i, hits in enumerate(matched):
            for pid in hits:
                for label_index, rest in self.first.get(pid, ()):
                    if label_index not in found and self._follows(matched, i, rest):
                        found.add(label_index)
        return found

    @cached_property
    def _terms(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, int]:
        """The terms as arrays: (label, rest (padded with -1), start of each pattern's terms, their
        positions in that order, the number of patterns)."""
        n_patterns = 1 + max(
            (p for ids in (*self.exact.values(), *self.prefix.values()) for p in ids), default=-1
        )
        entries = sorted((pid, label, rest) for pid, found in self.first.items() for label, rest in found)
        longest = max((len(rest) for _, _, rest in entries), default=0)
        label = np.array([e[1] for e in entries], dtype=np.int64)
        rest = np.full((len(entries), max(longest, 1)), -1, dtype=np.int64)
        for row, (_, _, more) in enumerate(entries):
            rest[row, : len(more)] = more
        first = np.array([e[0] for e in entries], dtype=np.int64)
        begin = np.searchsorted(first, np.arange(n_patterns + 1))
        return label, rest, begin, first, np.array([longest]), n_patterns

    @cached_property
    def _word_patterns(self) -> dict[str, tuple[int, ...]]:
        """Patterns of each word met so far (sorted), shared by every call of :meth:`stream_labels`."""
        return {}

    def word_hits(self, words: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """(patterns of each word: how many, all of them word after word) of a stream's ``words``."""
        known = self._word_patterns
        found = []
        for word in words:
            hit = known.get(word)
            if hit is None:
                hit = known[word] = tuple(sorted(self.patterns_of(word)))
            found.append(hit)
        per_word = np.fromiter(map(len, found), dtype=np.int64, count=len(found))
        flat = np.fromiter((p for hit in found for p in hit), dtype=np.int64, count=int(per_word.sum()))
        return per_word, flat

    def stream_labels(
        self, stream: TokenStream, hits: tuple[np.ndarray, np.ndarray] | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """(text, label) of each label whose terms occur in the texts of ``stream``, each pair once.

        The same labels as :meth:`labels` text by text, found with array operations over all
        texts at once: each distinct word is looked up once; a multi-word term is followed from
        every position of its first word, taking at each step the nearest next word (at most
        ``TERM_GAP`` words away, within the same text) that fits, as :meth:`_follows` does.
        ``hits``: the :meth:`word_hits` of ``stream.words`` when the caller has them (chunks of one stream).
        """
        label, rest, begin, _, longest, n_patterns = self._terms
        per_word, flat = self.word_hits(stream.words) if hits is None else hits
        hit_pos, hit_pid = _expand(np.cumsum(per_word) - per_word, per_word, stream.word, flat)
        hit_key = hit_pos * n_patterns + hit_pid  # sorted: positions ascend, patterns ascend within a word
        term_count = begin[1:] - begin[:-1]
        at0, term = _expand(begin[:-1], term_count, hit_pid, np.arange(len(label)), hit_pos)
        at, alive = at0.copy(), np.ones(len(term), dtype=bool)
        n_tokens, text = len(stream.word), stream.text
        for step in range(int(longest[0])):
            need = rest[term, step]
            active = alive & (need >= 0)
            nxt = np.full(len(term), -1, dtype=np.int64)
            for gap in range(1, TERM_GAP + 2):
                cand = at + gap
                inside = active & (nxt < 0) & (cand < n_tokens)
                inside[inside] = text[cand[inside]] == text[at0[inside]]
                key = cand[inside] * n_patterns + need[inside]
                place = np.minimum(np.searchsorted(hit_key, key), max(len(hit_key) - 1, 0))
                matched = np.zeros(len(term), dtype=bool)
                matched[inside] = hit_key[place] == key if len(hit_key) else False
                nxt = np.where(matched, cand, nxt)
            alive &= ~active | (nxt >= 0)
            at = np.where(active, nxt, at)
        width = int(label.max(initial=0)) + 1
        pairs = np.unique(text[at0[alive]] * width + label[term[alive]])
        return pairs // width, pairs % width

    @staticmethod
    def _follows(matched: list[frozenset[int]], at: int, rest: tuple[int, ...]) -> bool:
        for pid in rest:
            nxt = next(
                (j for j in range(at + 1, min(at + 2 + TERM_GAP, len(matched))) if pid in matched[j]), None
            )
            if nxt is None:
                return False
            at = nxt
        return True


@dataclass(frozen=True)
class Thesaurus:
    """The activity concepts (``concepts``: concept, kind, weight, implies, label_en, label_uk) and their matcher."""

    concepts: pd.DataFrame
    matcher: _Matcher


def load_activity_terms(table: pd.DataFrame | None = None) -> Thesaurus:
    """The thesaurus (``activity_terms.csv``, or ``table`` with its columns) as a :class:`Thesaurus`.

    Raises
    ------
    ValueError
        When a kind is not ``action``/``object``/``theme``, a weight is not 1, 2 or 3, concepts
        repeat, or ``implies`` names no action.

    Examples
    --------
    >>> thesaurus = load_activity_terms()
    >>> len(thesaurus.concepts) >= 80
    True
    >>> thesaurus.concepts.set_index("concept").loc["body_camera", ["kind", "weight"]].astype(str).tolist()
    ['object', '3']
    """
    if table is None:
        return _shipped_thesaurus()
    return _thesaurus(table)


@cache
def _shipped_thesaurus() -> Thesaurus:
    return _thesaurus(reference_activities.activity_terms())


def _thesaurus(table: pd.DataFrame) -> Thesaurus:
    table = table.astype(str).apply(lambda col: col.str.strip())
    table = table.reindex(columns=[*table.columns.drop("implies", errors="ignore"), "implies"], fill_value="")
    bad_kind = sorted(set(table["kind"]) - set(KINDS))
    bad_weight = sorted(set(table["weight"]) - {"1", "2", "3"})
    repeated = sorted(table.loc[table["concept"].duplicated(), "concept"])
    unknown = sorted(set(table["implies"]) - set(table.loc[table["kind"].eq("action"), "concept"]) - {""})
    if bad_kind or bad_weight or repeated or unknown:
        raise ValueError(
            f"activity_terms.csv: kinds {bad_kind} / weights {bad_weight} / repeated concepts {repeated} / "
            f"'implies' naming no action {unknown} not allowed"
        )
    terms = [
        (i, term.strip())
        for i, rec in enumerate(table.to_dict("records"))
        for lang in LANGUAGES
        for term in rec[lang].split(";")
        if term.strip()
    ]
    concepts = table[["concept", "kind", "weight", "implies", "label_en", "label_uk"]].assign(
        weight=table["weight"].astype(np.int64)
    )
    return Thesaurus(concepts.reset_index(drop=True), _Matcher.of(terms))


@cache
def _transliteration() -> tuple[dict[str, str], dict[str, str]]:
    table = reference_activities.transliteration()
    inside = dict(zip(table["letter"], table["latin"], strict=True))
    initial = dict(zip(table["letter"], table["latin_initial"], strict=True))
    return inside, initial


def transliterate(text: str) -> str:
    """Latin letters for Cyrillic ones by the Ukrainian national table (``transliteration_uk.csv``).

    Lower-cases the text. The initial forms (``є`` -> ``ye``, ``ї`` -> ``yi``, ``й`` -> ``y``, ``ю`` -> ``yu``,
    ``я`` -> ``ya``) are used at the start of a word, and ``зг`` is written ``zgh``, as the table prescribes.

    Examples
    --------
    >>> transliterate("Юрій Їжакевич, Шегині")
    'yurii yizhakevych, shehyni'
    """
    return _transliterate_folded(text.casefold())


def _transliterate_folded(folded: str) -> str:
    """:func:`transliterate` of a text already case-folded."""
    table, initial, at_start = _transliteration_rules()
    low = folded.replace("зг", "zgh")
    if _ASTRAL.search(low):  # beyond the characters the start-of-word pattern was built for
        return _transliterate_by_letter(low)
    if at_start is not None:
        low = at_start.sub(lambda found: initial[found.group()], low)
    return low.translate(table)


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def transliterate_all(texts: list[str]) -> list[str]:
    """:func:`transliterate` of each text, all texts in one pass.

    The texts are joined with NUL characters: no rule reaches across one (it is not a letter, so a
    letter after it starts a word). A text without a character of the table (an English one) is only
    case-folded; the others are transliterated together, or text by text when they hold characters beyond
    the Basic Multilingual Plane. With a NUL inside a text, text by text.

    Examples
    --------
    >>> transliterate_all(["Юрій", "", "Шегині"])
    ['yurii', '', 'shehyni']
    """
    joined = "\x00".join(texts)
    if joined.count("\x00") != max(len(texts) - 1, 0):
        return [transliterate(text) for text in texts]
    # a text none of whose case-folded characters the table replaces is only case-folded; the others are
    # transliterated together (no rule reaches across a NUL)
    low = joined.casefold()  # case folding folds each character alone: the joined text's parts are the texts'
    folded = low.split("\x00") if texts else []
    ends = np.cumsum(np.fromiter(map(len, folded), dtype=np.int64, count=len(folded)) + 1)
    starts = np.asarray([found.start() for found in _table_letters().finditer(low)], dtype=np.int64)
    some = np.unique(np.searchsorted(ends, starts, side="right")).tolist()
    # the texts as case-folded above, not folded again (no character folds into or out of the astral ones)
    if some:
        together = "\x00".join(folded[k] for k in some)
        if _ASTRAL.search(together):
            done = [transliterate(texts[k]) for k in some]
        else:
            done = _transliterate_folded(together).split("\x00")
        for k, text in zip(some, done, strict=True):
            folded[k] = text
    return folded


@cache
def _table_letters() -> re.Pattern[str]:
    """The characters the transliteration table replaces, from one to the end of its text (texts joined by NULs)."""
    inside, initial = _transliteration()
    return re.compile(f"[{re.escape(''.join(sorted(set(inside) | set(initial))))}][^\\x00]*")


@cache
def _transliteration_rules() -> tuple[dict[int, str], dict[str, str], re.Pattern[str] | None]:
    """(translation table, the initial forms that differ, a pattern of the letters at the start of a word).

    A letter is at the start of a word when it comes first or after a character that is neither a letter
    (``str.isalpha``) nor an apostrophe. ``[^\\W\\d_]`` is a letter but for the numerals that are not
    decimal digits (``²``, ``½``, ...), which are listed apart.
    """
    inside, initial = _transliteration()
    differ = {letter: latin for letter, latin in initial.items() if latin != inside.get(letter)}
    numerals = "".join(
        c for c in map(chr, range(0x10000)) if c.isalnum() and not c.isalpha() and not c.isdecimal()
    )
    pattern = None
    if differ:
        # the letter first, then what precedes it: the pattern is tried only where such a letter stands
        pattern = re.compile(
            f"[{re.escape(''.join(differ))}](?<!['’ʼ].)(?:(?<![^\\W\\d_].)|(?<=[{re.escape(numerals)}].))",
            re.DOTALL,
        )
    return str.maketrans(inside), differ, pattern


def _transliterate_by_letter(low: str) -> str:
    """:func:`transliterate` of a case-folded text, one letter at a time."""
    inside, initial = _transliteration()
    out = []
    at_start = True
    for char in low:
        out.append((initial if at_start else inside).get(char, char))
        at_start = not char.isalpha() and char not in "'’ʼ"
    return "".join(out)


@cache
def load_places() -> tuple[pd.DataFrame, _Matcher]:
    """``places.csv``: (places: place, region, kind; a matcher of their Latin stems).

    Examples
    --------
    >>> places, _ = load_places()
    >>> places.set_index("place").loc["Shehyni", "region"]
    'Lviv'
    """
    table = reference_activities.places()
    terms = [(i, stem) for i, stems in enumerate(table["stems"]) for stem in stems.split(";") if stem.strip()]
    return table[["place", "region", "kind"]].reset_index(drop=True), _Matcher.of(terms, all_prefix=True)


def concepts_of(text: object) -> set[str]:
    """Names of the thesaurus concepts a text mentions (see :func:`load_activity_terms`)."""
    thesaurus = load_activity_terms()
    found = thesaurus.matcher.labels(words(text), {})
    return set(thesaurus.concepts["concept"].iloc[sorted(found)])


def places_of(text: object) -> list[str]:
    """Sorted names of the places of ``places.csv`` a text mentions, in any script."""
    places, matcher = load_places()
    tokens = words(transliterate(str(text))) if isinstance(text, str) else []
    return sorted(places["place"].iloc[sorted(matcher.labels(tokens, {}))])


def quantities_of(text: object) -> list[int]:
    """Whole numbers written in a text (``2 000`` and ``10,000`` read as one), without years (1990-2040), 0, 1
    and decimals (``3.5`` is an amount, not a count).

    At most ``MAX_QUANTITIES``, in the order written, without repeats.
    """
    return _numbers_of(text)[:MAX_QUANTITIES]


def _numbers_of(text: object) -> list[int]:
    """All the numbers :func:`quantities_of` keeps, in the order written."""
    if not isinstance(text, str):
        return []
    found: list[int] = []
    for raw in _NUMBER.findall(text):
        value = _count_value(raw, found)
        if value is not None:
            found.append(value)
    return found


def _count_value(raw: str, found: list[int]) -> int | None:
    """The count a number written ``raw`` gives, or None for 0, 1, a year (1990-2040) or one already ``found``."""
    grouped = not raw.isdigit()
    value = int(re.sub(r"\D", "", raw)) if grouped else int(raw)  # digits alone: nothing to drop
    if value <= 1 or (not grouped and len(raw) == 4 and 1990 <= value <= 2040) or value in found:
        return None
    return value


def _masks(indexes: list[set[int]], width: int) -> np.ndarray:
    """Bit masks (n, ceil(width / 64)) uint64 of sets of small integers."""
    n_words = max(1, -(-width // 64))
    masks = np.zeros((len(indexes), n_words), dtype=np.uint64)
    for row, found in enumerate(indexes):
        for index in found:
            masks[row, index // 64] |= np.uint64(1) << np.uint64(index % 64)
    return masks


def mask_members(mask: np.ndarray) -> list[int]:
    """Indexes of the bits set in one row of a mask (``(n_words,)`` uint64).

    Examples
    --------
    >>> mask_members(np.array([5, 1], dtype=np.uint64))
    [0, 2, 64]
    """
    found = []
    for w, word in enumerate(mask.tolist()):
        while word:
            low = word & -word
            found.append(w * 64 + low.bit_length() - 1)
            word ^= low
    return found


@dataclass(frozen=True)
class TextFeatures:
    """What each of ``n`` texts says, as arrays: concept masks by kind, places, regions, quantities."""

    objects: np.ndarray  # (n, words) uint64: objects and themes
    concrete: np.ndarray  # objects only (no themes)
    actions: np.ndarray  # actions named, else those the objects imply
    named: np.ndarray  # actions named
    places: np.ndarray
    specific: np.ndarray  # places of a kind finer than a region (crossing points, towns, airports)
    regions: np.ndarray
    quantities: np.ndarray  # (n, MAX_QUANTITIES) int64, -1 where none

    @cached_property
    def columns(self) -> dict[str, list[np.ndarray]]:
        """Each mask's words as contiguous columns, what pairs are compared on (made once, not per call)."""
        return {name: _mask_columns(getattr(self, name)) for name in _MASK_FIELDS}

    @cached_property
    def any_bit(self) -> dict[str, np.ndarray]:
        """Whether each text has a bit set in each mask."""
        return {name: np.asarray(getattr(self, name).any(axis=1), dtype=bool) for name in _MASK_FIELDS}

    @cached_property
    def object_weights(self) -> tuple[np.ndarray, dict[int, list[np.ndarray]]]:
        """(each text's object weight, the columns of its objects of each weight) for :func:`concept_similarity`."""
        weights = _weight_masks()
        by_weight = {weight: _mask_columns(self.objects & wmask) for weight, wmask in weights.items()}
        return _weighted(self.objects, weights), by_weight


def _mask_columns(masks: np.ndarray) -> list[np.ndarray]:
    """A mask array's words (its columns), each contiguous in memory."""
    return [np.ascontiguousarray(masks[:, word]) for word in range(masks.shape[1])]


_MASK_FIELDS = ("objects", "concrete", "actions", "named", "places", "specific", "regions")


def text_features(texts: list[str] | np.ndarray, objects_only: bool = False) -> TextFeatures:
    """Read each text once: its concepts (objects, actions), places, regions and quantities.

    All texts are split into words in one pass (:func:`token_stream`) and the thesaurus and the
    places are matched over all their words at once (:meth:`_Matcher.stream_labels`).

    Parameters
    ----------
    texts : sequence of str
        Distinct texts (a title and its description joined), ``""`` for none.
    objects_only : bool
        Read only the objects and themes (what :func:`concept_similarity` needs); the other
        masks are left empty and the quantities -1.

    Returns
    -------
    TextFeatures

    Examples
    --------
    >>> f = text_features(["Тепловізори для загону в Шегинях", "Thermal imagers at Shehyni, 40 units", ""])
    >>> f.objects.shape, int(f.quantities[1, 0]), int(f.quantities[0, 0])
    ((3, 2), 40, -1)
    >>> bool((f.objects[0] & f.objects[1]).any()), bool((f.places[0] & f.places[1]).any())
    (True, True)
    """
    texts = [text if isinstance(text, str) else "" for text in texts]
    if objects_only:
        return _features(token_stream(texts), None, None)
    cyrillic = _cyrillic(texts).tolist()
    latin = transliterate_all([text if c else "" for text, c in zip(texts, cyrillic, strict=True)])
    latin = [t if c else text for t, text, c in zip(latin, texts, cyrillic, strict=True)]
    return _features(
        token_stream(texts), token_stream(latin), _quantity_array(len(texts), _quantity_lists(texts))
    )


def object_features(stream: TokenStream) -> TextFeatures:
    """:func:`text_features` with ``objects_only`` of the texts of a :func:`token_stream`."""
    return _features(stream, None, None)


def joined_text_features(
    first: list[str] | np.ndarray,
    second: list[str] | np.ndarray,
    i: np.ndarray,
    j: np.ndarray,
    streams: tuple[TokenStream, TokenStream] | None = None,
) -> TextFeatures:
    """:func:`text_features` of the texts ``first[i[k]] + " . " + second[j[k]]``, each part read once.

    A title and a description joined by `` . `` have the words, the numbers and (transliterated
    with them when either is Cyrillic) the Latin words of the title, then those of the description:
    no word, number or transliteration rule reaches across `` . ``. So the parts are read once
    each, however many projects repeat them, and only their words are put together. ``streams``:
    the :func:`token_stream` of ``first`` and ``second`` when the caller has them already.

    Examples
    --------
    >>> titles, descriptions = ["Thermal imagers", "Training"], ["", "у Шегинях, 40 шт."]
    >>> f = joined_text_features(titles, descriptions, np.array([0, 1]), np.array([1, 1]))
    >>> g = text_features(["Thermal imagers . у Шегинях, 40 шт.", "Training . у Шегинях, 40 шт."])
    >>> all(np.array_equal(getattr(f, k), getattr(g, k)) for k in TextFeatures.__dataclass_fields__)
    True
    """
    first = [text if isinstance(text, str) else "" for text in first]
    second = [text if isinstance(text, str) else "" for text in second]
    i, j = np.asarray(i, dtype=np.int64), np.asarray(j, dtype=np.int64)
    n_first, n_parts = len(first), len(first) + len(second)
    plain = TokenStream.merged(list(streams) if streams else [token_stream(first), token_stream(second)])
    cyrillic_part = _cyrillic(first + second)
    cyrillic = cyrillic_part[i] | cyrillic_part[n_first + j]
    needed = np.zeros(n_parts, dtype=bool)
    needed[np.r_[i[cyrillic], n_first + j[cyrillic]]] = True
    parts = [t if need else "" for t, need in zip(first + second, needed.tolist(), strict=True)]
    latin = transliterate_all(parts)
    both = TokenStream.merged([plain, token_stream(latin)])
    latin_stream = _Joined(
        both, [np.where(cyrillic, n_parts + i, i), np.where(cyrillic, n_parts + n_first + j, n_first + j)]
    )
    numbers = _quantity_lists(first + second)
    lists = {}
    for k in np.flatnonzero(np.isin(i, list(numbers)) | np.isin(n_first + j, list(numbers))).tolist():
        found = list(numbers.get(int(i[k]), []))
        found += [v for v in numbers.get(n_first + int(j[k]), []) if v not in found]
        lists[k] = found
    return _features(_Joined(plain, [i, n_first + j]), latin_stream, _quantity_array(len(i), lists))


def _cyrillic(texts: list[str]) -> np.ndarray:
    """Whether each text, case-folded, has a Cyrillic letter, all texts in one pass.

    The texts are joined with NUL characters, which case folding keeps (it folds each character alone)
    and no letter matches; with a NUL inside a text, text by text.

    Examples
    --------
    >>> _cyrillic(["Thermal imagers", "", "ЗАКУПІВЛЯ", "Київ and Lviv"]).tolist()
    [False, False, True, True]
    """
    joined = "\x00".join(texts)
    if joined.count("\x00") != max(len(texts) - 1, 0):
        return np.array([bool(_CYRILLIC.search(text.casefold())) for text in texts], dtype=bool)
    low = joined.casefold()
    ends = np.cumsum(np.fromiter(map(len, low.split("\x00")), dtype=np.int64, count=max(len(texts), 1)) + 1)
    found = np.zeros(len(texts), dtype=bool)
    found[np.searchsorted(ends, [m.start() for m in _CYRILLIC_TEXT.finditer(low)], side="right")] = True
    return found


@dataclass(frozen=True)
class _Joined:
    """The texts :meth:`TokenStream.joined` makes of ``base`` and ``parts``, made and matched a chunk at a time
    (their words are many: each part is repeated in every text it is in)."""

    base: TokenStream
    parts: list[np.ndarray]

    @property
    def count(self) -> int:
        return len(self.parts[0])


#: Texts of a :class:`_Joined` made and matched at a time.
_JOIN_CHUNK = 16384


def _labels(matcher: _Matcher, stream: TokenStream | _Joined) -> tuple[np.ndarray, np.ndarray]:
    """:meth:`_Matcher.stream_labels` of a stream, or of joined texts a chunk at a time."""
    if isinstance(stream, TokenStream):
        return matcher.stream_labels(stream)
    rows, labels = [np.zeros(0, dtype=np.int64)], [np.zeros(0, dtype=np.int64)]
    hits = matcher.word_hits(stream.base.words)  # the chunks share the base's words: looked up once
    for begin in range(0, stream.count, _JOIN_CHUNK):
        chunk = stream.base.joined([part[begin : begin + _JOIN_CHUNK] for part in stream.parts])
        row, label = matcher.stream_labels(chunk, hits)
        rows.append(row + begin)
        labels.append(label)
    return np.concatenate(rows), np.concatenate(labels)


def _features(
    stream: TokenStream | _Joined, latin: TokenStream | _Joined | None, quantities: np.ndarray | None
) -> TextFeatures:
    """:class:`TextFeatures` of the texts of ``stream`` (their words) and ``latin`` (their words, transliterated
    when Cyrillic); only the objects when ``latin`` is None."""
    n = stream.count
    thesaurus = load_activity_terms()
    places, place_matcher = load_places()
    kinds = thesaurus.concepts["kind"].to_numpy()
    width = len(kinds)
    row, concept = _labels(thesaurus.matcher, stream)
    action = kinds[concept] == "action"
    if latin is None or quantities is None:
        empty = np.zeros((n, 1), dtype=np.uint64)
        objects = _pair_masks(n, row[~action], concept[~action], width)
        no_quantity = np.full((n, MAX_QUANTITIES), -1, dtype=np.int64)
        return TextFeatures(objects, empty, empty, empty, empty, empty, empty, no_quantity)
    implied = pd.Index(thesaurus.concepts["concept"]).get_indexer(thesaurus.concepts["implies"])
    # actions named, else those the objects imply
    unnamed = ~np.isin(row, row[action]) & (implied[concept] >= 0)
    where, place = _labels(place_matcher, latin)
    regions = pd.factorize(places["region"])[0]
    fine = places["kind"].isin(SPECIFIC_PLACE_KINDS).to_numpy()[place]
    return TextFeatures(
        objects=_pair_masks(n, row[~action], concept[~action], width),
        concrete=_pair_masks(n, row[kinds[concept] == "object"], concept[kinds[concept] == "object"], width),
        actions=_pair_masks(
            n, np.r_[row[action], row[unnamed]], np.r_[concept[action], implied[concept[unnamed]]], width
        ),
        named=_pair_masks(n, row[action], concept[action], width),
        places=_pair_masks(n, where, place, len(places)),
        specific=_pair_masks(n, where[fine], place[fine], len(places)),
        regions=_pair_masks(n, where, regions[place], int(regions.max(initial=0)) + 1),
        quantities=quantities,
    )


def _pair_masks(n: int, rows: np.ndarray, indexes: np.ndarray, width: int) -> np.ndarray:
    """Bit masks (n, ceil(width / 64)) uint64 with bit ``indexes[k]`` set in row ``rows[k]``."""
    masks = np.zeros((n, max(1, -(-width // 64))), dtype=np.uint64)
    indexes = np.asarray(indexes, dtype=np.int64)
    bits = np.left_shift(np.uint64(1), (indexes % 64).astype(np.uint64))
    np.bitwise_or.at(masks, (np.asarray(rows, dtype=np.int64), indexes // 64), bits)
    return masks


def _quantity_lists(texts: list[str]) -> dict[int, list[int]]:
    """For each text with numbers: the numbers :func:`quantities_of` keeps, all of them (not only the first
    ``MAX_QUANTITIES``).

    The numbers of all texts are found in one pass over the texts joined with NUL characters (the
    pattern's edges read a NUL like the start or end of a text); with a NUL inside a text, text by text.
    """
    joined = "\x00".join(texts)
    if joined.count("\x00") != max(len(texts) - 1, 0):
        return {row: numbers for row, text in enumerate(texts) if (numbers := _numbers_of(text))}
    ends = np.cumsum(np.fromiter(map(len, texts), dtype=np.int64, count=len(texts)) + 1)
    matches = [(m.start(), m.group(1)) for m in _NUMBER.finditer(joined)]
    at = np.searchsorted(ends, [start for start, _ in matches], side="right").tolist()
    found: dict[int, list[int]] = {}
    for row, (_, raw) in zip(at, matches, strict=True):
        value = _count_value(raw, found.setdefault(row, []))
        if value is not None:
            found[row].append(value)
    return {row: numbers for row, numbers in found.items() if numbers}


def _quantity_array(n: int, lists: dict[int, list[int]]) -> np.ndarray:
    """(n, ``MAX_QUANTITIES``) int64: the first numbers of each row's list, -1 where none."""
    quantities = np.full((n, MAX_QUANTITIES), -1, dtype=np.int64)
    for row, numbers in lists.items():
        quantities[row, : min(len(numbers), MAX_QUANTITIES)] = numbers[:MAX_QUANTITIES]
    return quantities


def _weighted(masks: np.ndarray, weight_masks: dict[int, np.ndarray]) -> np.ndarray:
    """Sum of the weights of the concepts set in each row of ``masks``."""
    total = np.zeros(len(masks), dtype=np.int64)
    for weight, wmask in weight_masks.items():
        total += weight * np.bitwise_count(masks & wmask).sum(axis=1).astype(np.int64)
    return total


def _weight_masks() -> dict[int, np.ndarray]:
    concepts = load_activity_terms().concepts
    width = len(concepts)
    return {
        int(w): _masks([set(np.flatnonzero(concepts["weight"].to_numpy() == w).tolist())], width)[0]
        for w in sorted(concepts["weight"].unique())
    }


#: Measures of :func:`activity_match`, in the order returned.
MATCH_FIELDS = ("concept_similarity", "action_conflict", "place_conflict", "shared_place", "shared_quantity",
                "quantity_conflict", "theme_only", "theme_and_action")  # fmt: skip


def _share(columns: list[np.ndarray], i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """Whether rows ``i`` and ``j`` of a mask (its ``columns``, :attr:`TextFeatures.columns`) have a bit in
    common, pair by pair (one mask word at a time)."""
    found = np.zeros(len(i), dtype=bool)
    for column in columns:
        found |= (column[i] & column[j]) != 0
    return found


def _common_bits(columns: list[np.ndarray], i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """How many bits rows ``i`` and ``j`` of a mask (its ``columns``) have in common, pair by pair."""
    count = np.zeros(len(i), dtype=np.int64)
    for column in columns:
        count += np.bitwise_count(column[i] & column[j])
    return count


def concept_similarity(features: TextFeatures, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """The ``concept_similarity`` of :func:`activity_match` alone: shared object weight over the geometric mean.

    Examples
    --------
    >>> f = text_features(["Закупівля тепловізорів", "Thermal imagers and body cameras", "Training"], objects_only=True)
    >>> np.round(concept_similarity(f, np.array([0, 0]), np.array([1, 2])), 3).tolist()
    [0.707, nan]
    """
    text_weight, by_weight = features.object_weights  # once per text, not per pair (nor per call)
    wa, wb = text_weight[i], text_weight[j]
    shared = np.zeros(len(i), dtype=np.int64)
    for weight, columns in by_weight.items():
        shared += weight * _common_bits(columns, i, j)
    both = (wa > 0) & (wb > 0)
    concept = np.full(len(i), np.nan)
    concept[both] = shared[both] / np.sqrt(wa[both] * wb[both])
    return concept


def activity_match(features: TextFeatures, i: np.ndarray, j: np.ndarray) -> dict[str, np.ndarray]:
    """How alike the activities of texts ``i`` and ``j`` are, pair by pair (arrays of equal length).

    ``concept_similarity`` is the weight of the shared object concepts over the geometric mean of
    the two texts' weights (1 for the same concepts, 0 for none shared; NaN when a text names no
    object concept). ``action_conflict``: both name actions and none is shared (training
    against supply). ``place_conflict``: both name places and share none, and either share no
    region or name different crossing points or towns (Krakovets against Shehyni).
    Actions are those a text names, else those its objects imply. ``shared_place``, ``shared_quantity``: a place, a number in common;
    ``quantity_conflict``: both give numbers and none is shared. ``theme_only``: the texts share
    no concrete object and no action they name (only broad themes, or nothing);
    ``theme_and_action``: no concrete object, but an action both name (training on human rights).

    Examples
    --------
    >>> f = text_features(["Закупівля тепловізорів", "Supply of thermal imagers", "Training on thermal imagers"])
    >>> m = activity_match(f, np.array([0, 0]), np.array([1, 2]))
    >>> m["concept_similarity"].tolist(), m["action_conflict"].tolist()
    ([1.0, 1.0], [False, True])
    """
    concept = concept_similarity(features, i, j)
    has_action, has_place, has_fine = (features.any_bit[name] for name in ("actions", "places", "specific"))
    columns = features.columns
    action_conflict = has_action[i] & has_action[j] & ~_share(columns["actions"], i, j)
    shared_place = _share(columns["places"], i, j)
    region_shared = _share(columns["regions"], i, j)
    fine_conflict = has_fine[i] & has_fine[j] & ~_share(columns["specific"], i, j)
    place_conflict = has_place[i] & has_place[j] & ~shared_place & (~region_shared | fine_conflict)
    counted = features.quantities[:, 0] >= 0
    numbered = np.flatnonzero(counted[i] & counted[j])  # only texts that both give numbers can share one
    qa, qb = features.quantities[i[numbered]], features.quantities[j[numbered]]
    shared_quantity = np.zeros(len(i), dtype=bool)
    shared_quantity[numbered] = ((qa[:, :, None] == qb[:, None, :]) & (qa[:, :, None] >= 0)).any(axis=(1, 2))
    quantity_conflict = counted[i] & counted[j] & ~shared_quantity
    concrete = _share(columns["concrete"], i, j)
    named = _share(columns["named"], i, j)
    return {
        "concept_similarity": concept,
        "theme_only": ~concrete & ~named,
        "theme_and_action": ~concrete & named,
        "action_conflict": action_conflict,
        "place_conflict": place_conflict,
        "shared_place": shared_place,
        "shared_quantity": shared_quantity,
        "quantity_conflict": quantity_conflict,
    }


@cache
def _agency_matcher() -> tuple[list[str], _Matcher, dict[str, int]]:
    """(codes, matcher of the long names, short aliases -> index) from the agencies' spellings.

    Words of seven letters or more are read as stems (``поліція`` -> ``поліц*``), so that inflected
    names are found; aliases of four letters or fewer (``НПУ``, ``SBGS``) count only when written in
    capitals.
    """
    spellings = agency_spellings()
    terms, short = [], {}
    for index, names in enumerate(spellings.values()):
        for alias in sorted(set(names)):
            alias_words = words(alias)
            if len(alias_words) == 1 and len(alias_words[0]) <= 4:
                short[alias_words[0]] = index
            elif alias_words:
                terms.append(
                    (index, " ".join(w[: len(w) - 2] + "*" if len(w) >= 7 else w for w in alias_words))
                )
    return list(spellings), _Matcher.of(terms), short


_CAPITALS = re.compile(r"\b[A-ZА-ЯІЇЄҐ]{2,4}\b")


def agencies_in_text(text: object) -> list[str]:
    """Codes of the agencies (``agencies.csv``) a free text names, in the file's order.

    Examples
    --------
    >>> agencies_in_text("Тренінги для Національної поліції та ДПСУ")
    ['NPU', 'SBGS']
    >>> agencies_in_text("Support to the State Border Guard Service; policy advice")
    ['SBGS']
    """
    if not isinstance(text, str):
        return []
    codes, matcher, short = _agency_matcher()
    found = set(matcher.labels(words(text), {}))
    found |= {short[w.casefold()] for w in _CAPITALS.findall(text) if w.casefold() in short}
    return [codes[i] for i in sorted(found)]
