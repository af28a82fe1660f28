"""Activities (text features, activity match) as before issue 18, frozen: the oracle of the fast engine.

Copied verbatim from ``mtd_analysis/analysis/activities.py`` (commit 7e2978b), module docstring and doctests left
out. Only tests import it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

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
_NUMBER = re.compile(r"(?<![\w.,])(\d{1,3}(?:[ \u00a0\u202f,.]\d{3})+|\d+)(?![\w]|[.,]\d)")
_CYRILLIC = re.compile(r"[а-яіїєґёыэъ]")


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
    inside, initial = _transliteration()
    low = text.casefold().replace("зг", "zgh")
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
    if not isinstance(text, str):
        return []
    found: list[int] = []
    for raw in _NUMBER.findall(text):
        grouped = not raw.isdigit()
        value = int(re.sub(r"\D", "", raw))
        if value <= 1 or (not grouped and len(raw) == 4 and 1990 <= value <= 2040) or value in found:
            continue
        found.append(value)
    return found[:MAX_QUANTITIES]


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


def text_features(texts: list[str] | np.ndarray) -> TextFeatures:
    """Read each text once: its concepts (objects, actions), places, regions and quantities.

    Parameters
    ----------
    texts : sequence of str
        Distinct texts (a title and its description joined), ``""`` for none.

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
    thesaurus = load_activity_terms()
    places, place_matcher = load_places()
    kinds = thesaurus.concepts["kind"].to_numpy()
    regions = pd.factorize(places["region"])[0]
    concept_cache: dict[str, frozenset[int]] = {}
    place_cache: dict[str, frozenset[int]] = {}
    found_concepts, found_places, found_regions = [], [], []
    quantities = np.full((len(texts), MAX_QUANTITIES), -1, dtype=np.int64)
    for row, text in enumerate(texts):
        text = text if isinstance(text, str) else ""
        found_concepts.append(thesaurus.matcher.labels(words(text), concept_cache))
        latin = transliterate(text) if _CYRILLIC.search(text.casefold()) else text
        where = place_matcher.labels(words(latin), place_cache)
        found_places.append(where)
        found_regions.append({int(regions[i]) for i in where})
        numbers = quantities_of(text)
        quantities[row, : len(numbers)] = numbers
    width = len(kinds)
    implied = pd.Index(thesaurus.concepts["concept"]).get_indexer(thesaurus.concepts["implies"])
    objects = [{i for i in found if kinds[i] != "action"} for found in found_concepts]
    concrete = [{i for i in found if kinds[i] == "object"} for found in found_concepts]
    named = [{i for i in found if kinds[i] == "action"} for found in found_concepts]
    actions = [
        given or {int(implied[i]) for i in found if implied[i] >= 0}
        for given, found in zip(named, found_concepts, strict=True)
    ]
    fine = set(np.flatnonzero(places["kind"].isin(SPECIFIC_PLACE_KINDS).to_numpy()).tolist())
    return TextFeatures(
        objects=_masks(objects, width),
        concrete=_masks(concrete, width),
        actions=_masks(actions, width),
        named=_masks(named, width),
        places=_masks(found_places, len(places)),
        specific=_masks([where & fine for where in found_places], len(places)),
        regions=_masks(found_regions, int(regions.max(initial=0)) + 1),
        quantities=quantities,
    )


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
    weights = _weight_masks()
    wa, wb = _weighted(features.objects[i], weights), _weighted(features.objects[j], weights)
    shared = _weighted(features.objects[i] & features.objects[j], weights)
    both = (wa > 0) & (wb > 0)
    concept = np.full(len(i), np.nan)
    concept[both] = shared[both] / np.sqrt(wa[both] * wb[both])
    act_a, act_b = features.actions[i], features.actions[j]
    action_conflict = act_a.any(axis=1) & act_b.any(axis=1) & ~(act_a & act_b).any(axis=1)
    place_a, place_b = features.places[i], features.places[j]
    shared_place = (place_a & place_b).any(axis=1)
    region_shared = (features.regions[i] & features.regions[j]).any(axis=1)
    fine_a, fine_b = features.specific[i], features.specific[j]
    fine_conflict = fine_a.any(axis=1) & fine_b.any(axis=1) & ~(fine_a & fine_b).any(axis=1)
    place_conflict = (
        place_a.any(axis=1) & place_b.any(axis=1) & ~shared_place & (~region_shared | fine_conflict)
    )
    qa, qb = features.quantities[i], features.quantities[j]
    equal = (qa[:, :, None] == qb[:, None, :]) & (qa[:, :, None] >= 0)
    shared_quantity = equal.any(axis=(1, 2))
    quantity_conflict = (qa[:, 0] >= 0) & (qb[:, 0] >= 0) & ~shared_quantity
    concrete = (features.concrete[i] & features.concrete[j]).any(axis=1)
    named = (features.named[i] & features.named[j]).any(axis=1)
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
