"""Overlaps: explainable duplicate candidates per subgroup, with review decisions remembered.

Two projects are a *candidate overlap* when they come from different partners, share a
priority (other than OTHER and UNMAPPED) and a beneficiary agency, and their periods
overlap by at least ``min_months`` whole calendar months. Candidates are found by
blocking on (priority, beneficiary) and sweeping start dates, so the work grows with
the number of candidates, not with the square of the number of projects; in a crowded
block each project is compared with at most ``config.OVERLAP_WINDOW`` later-starting ones.
Each distinct title and description is read once, all of them in one pass over their
words (:func:`activities.token_stream`, :func:`activities.joined_text_features`); a whole
text (title, `` . ``, description) is put together from the words of its parts. Pairs are
compared with array operations, candidates are sorted by pair once and scored in chunks (the
activity similarity kept, in thousandths, for the pairs kept), the spelling of two titles is
compared once and only where the thesaurus knows neither text or the pair is kept, and only the
kept pairs are described (the words about their texts once per distinct set of shared things,
each pair's reasons and evidence in one pass), so memory stays a few arrays of the candidate count.

Each candidate is scored (see :func:`find_overlaps`), explained in words (``reasons``),
bounded to a few per project, and grouped into clusters, so that three partners doing
the same thing read as one item. The working group's review decisions
(``decisions.csv`` beside the submissions, read by :func:`load_decisions`) are carried
into the output, so a decided pair is never raised as new again.

Examples
--------
>>> month_span_label("2021-03-01", "2021-12-31")
'Mar–Dec 2021'
>>> normalise_text("Поліції громадської безпеки, Kharkiv!")
'поліц грома безпе khark'
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from pathlib import Path

import numpy as np
import pandas as pd
from rapidfuzz import fuzz
from rapidfuzz.process import cpdist

from mtd_analysis import config
from mtd_analysis.analysis.activities import (
    TextFeatures,
    TokenStream,
    activity_match,
    agencies_in_text,
    concept_similarity,
    joined_text_features,
    load_activity_terms,
    load_places,
    mask_members,
    object_features,
    token_stream,
)
from mtd_analysis.ingest.sidefiles import read_side_table
from mtd_analysis.ingest.words import fold
from mtd_analysis.schema import (
    AGENCY_CODES,
    DECISIONS,
    ISSUE_COLUMNS,
    OVERLAP_COLUMNS,
    SPECIAL_PRIORITIES,
    empty_frame,
    issue,
    money_column,
)

#: Decisions that dismiss a pair: it stays visible but is no longer counted as duplication.
DISMISSED = ("complementary", "not_related")
DECISION_COLUMNS = ["project_a", "project_b", "decision", "note", "date"]
DUPLICATION_BASE_COLUMNS = ["year", "subgroup", "priority_code", "n_pairs", "n_clusters"]
#: Added by issue 15 (after ``overlap_share``, with ``funding_coordinate_<cur>`` before the share): the
#: coordination tier counted apart, and the partners' own look-alikes.
DUPLICATION_TIER_COLUMNS = ["n_coordinate_pairs", "coordinate_share", "n_internal_pairs"]

#: Weights of the score: period overlap, activity similarity, same implementer.
SCORE_WEIGHTS = (0.5, 0.4, 0.1)

#: The tiers of a pair, in the order they are listed: the same activity of two partners; the same
#: activity twice in one partner's list; the same priority, agency and time but different activities.
LIKELY, INTERNAL, COORDINATE = "likely duplicate", "internal", "coordinate"
TIERS = (LIKELY, INTERNAL, COORDINATE)
#: How a pair's agency is known: both stated; inferred from a text; not stated (compared within the priority).
AGENCY_STATED, AGENCY_INFERRED, AGENCY_NOT_STATED = "stated", "inferred", "not stated"
#: Factors of the activity similarity (set by judgement, not fitted; only the threshold,
#: ``config.OVERLAP_LIKELY_THRESHOLD``, is chosen on the labelled pairs of benchmarks/overlaps_pairs.csv):
#: different actions on the same object (training against supply), different places, different quantities.
ACTION_CONFLICT_FACTOR = 0.5
PLACE_CONFLICT_FACTOR = 0.4
QUANTITY_CONFLICT_FACTOR = 0.85
#: When the texts share only broad themes (community policing, trafficking, ...), no concrete object and no action.
THEME_ONLY_FACTOR = 0.4
#: When they share broad themes and a named action (training, supply, ...) but no concrete object.
THEME_ACTION_FACTOR = 0.85
#: Added for a shared place and for a shared quantity.
SHARED_PLACE_BONUS = 0.05
SHARED_QUANTITY_BONUS = 0.05
#: Weight of the spelling similarity of the titles when the thesaurus recognises no object in either text.
SPELLING_WEIGHT = 0.8
#: Words are cut to this many characters, a crude stemmer for English and Ukrainian inflection.
STEM_LENGTH = 5
#: Words shorter than this are dropped (prepositions, conjunctions, single letters).
MIN_WORD_LENGTH = 3

_MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "uk": ("січ", "лют", "бер", "кві", "тра", "чер", "лип", "сер", "вер", "жов", "лис", "гру"),
}
_NON_WORD = re.compile(r"[\W_]+")
_DAY_KEY = 10**7  # separates blocks in the sweep key; far wider than any span of days


def normalise_text(text: object) -> str:
    """Text reduced for comparison: case-folded, punctuation dropped, words cut to their stems.

    Apostrophes are removed (``громадськ'ість`` -> ``громадськість``), ``ё`` becomes ``е``,
    anything that is not a letter or digit separates words, words shorter than
    ``MIN_WORD_LENGTH`` are dropped and longer ones are cut to their first ``STEM_LENGTH``
    characters, so that ``поліції`` / ``поліція`` and ``police`` / ``policing`` agree.

    Parameters
    ----------
    text : object
        A title or description; NA gives ``""``.

    Returns
    -------
    str
        Space-separated word stems, in their original order.

    Examples
    --------
    >>> normalise_text("Community Policing in Kharkiv")
    'commu polic khark'
    >>> normalise_text(None)
    ''
    """
    if text is None or (not isinstance(text, str) and pd.isna(text)):
        return ""
    folded = fold(str(text))
    words = _NON_WORD.sub(" ", folded).split()
    return " ".join(w[:STEM_LENGTH] for w in words if len(w) >= MIN_WORD_LENGTH)


def month_span_label(start: object, end: object, lang: str = "en") -> str:
    """A period in words: ``Mar–Dec 2021``, ``Nov 2020–Mar 2021`` or ``Mar 2021``.

    Parameters
    ----------
    start, end : date-like
        ISO text, ``datetime.date`` or ``pd.Timestamp``.
    lang : {"en", "uk"}
        Language of the month abbreviations.

    Returns
    -------
    str

    Raises
    ------
    ValueError
        When ``lang`` is not known.

    Examples
    --------
    >>> month_span_label("2021-03-01", "2021-12-31", lang="uk")
    'бер–гру 2021'
    >>> month_span_label("2020-11-15", "2021-03-01")
    'Nov 2020–Mar 2021'
    >>> month_span_label("2021-03-01", "2021-03-20")
    'Mar 2021'
    """
    if lang not in _MONTHS:
        raise ValueError(f"unknown language {lang!r}; expected one of {sorted(_MONTHS)}")
    names = _MONTHS[lang]
    s, e = (date.fromisoformat(d[:10]) if isinstance(d, str) else pd.Timestamp(d) for d in (start, end))
    if (s.year, s.month) == (e.year, e.month):
        return f"{names[s.month - 1]} {s.year}"
    if s.year == e.year:
        return f"{names[s.month - 1]}–{names[e.month - 1]} {s.year}"
    return f"{names[s.month - 1]} {s.year}–{names[e.month - 1]} {e.year}"


def whole_months(start: np.ndarray, end: np.ndarray) -> np.ndarray:
    """Whole calendar months from ``start`` to ``end`` (both days included).

    ``2021-03-01``..``2021-12-31`` is 10 months, ``2021-02-01``..``2021-02-28`` is 1,
    20 days within two months is 0.

    Parameters
    ----------
    start, end : numpy.ndarray of datetime64[D]

    Returns
    -------
    numpy.ndarray of int64

    Examples
    --------
    >>> s = np.array(["2021-03-01", "2021-01-15"], dtype="datetime64[D]")
    >>> e = np.array(["2021-12-31", "2021-02-03"], dtype="datetime64[D]")
    >>> whole_months(s, e).tolist()
    [10, 0]
    """
    s = np.asarray(start, dtype="datetime64[D]")
    after = np.asarray(end, dtype="datetime64[D]") + np.timedelta64(1, "D")
    s_month, after_month = s.astype("datetime64[M]"), after.astype("datetime64[M]")
    s_day = s - s_month.astype("datetime64[D]")  # day of month - 1
    after_day = after - after_month.astype("datetime64[D]")
    return (after_month - s_month).astype(np.int64) - (after_day < s_day)


def _text_column(series: pd.Series) -> pd.Series:
    """Text with NA and blanks as ``""``, stripped (once per distinct value)."""
    codes, distinct = pd.factorize(series.astype("object"), use_na_sentinel=True)
    stripped = np.array([str(v).strip() for v in distinct] + [""], dtype=object)  # NA -> last
    return pd.Series(stripped[codes], index=series.index, name=series.name, dtype="str")


def _project_frame(projects: pd.DataFrame) -> pd.DataFrame:
    """One row per usable project (id and dates known), sorted by id, with its agencies and their basis.

    ``agencies`` are the stated beneficiaries; when none is stated, the agencies named in the title
    or description (``agency_basis`` ``inferred``); when none is found there either, the list is
    empty (``agency_basis`` ``not stated``) and the project is compared across agencies. ``title`` and
    ``description`` are stripped, NA as ``""``.
    """
    df = pd.DataFrame(
        {
            "project_id": _text_column(projects["project_id"]),
            "partner": _text_column(projects["partner"]),
            "implementer": _text_column(projects["implementer"]),
            "title": projects["title"],
            "description": projects["description"],
            "beneficiaries": _text_column(projects["beneficiaries"]),
            "start": pd.to_datetime(projects["start_date"], format="%Y-%m-%d", errors="coerce"),
            "end": pd.to_datetime(projects["end_date"], format="%Y-%m-%d", errors="coerce"),
        }
    )
    usable = df["project_id"].ne("") & df["start"].notna() & df["end"].notna() & (df["end"] >= df["start"])
    df = df.loc[usable].sort_values("project_id", kind="stable").drop_duplicates("project_id")
    df = df.reset_index(drop=True)
    df = df.assign(title=_text_column(df["title"]), description=_text_column(df["description"]))  # read once
    stated = df["beneficiaries"].ne("")
    inferred = pd.Series("", index=df.index, dtype="str")
    unstated = np.flatnonzero(~stated.to_numpy())
    if len(unstated):  # the whole texts are put together only where an agency is looked for in them
        text = df["title"].iloc[unstated] + " . " + df["description"].iloc[unstated]
        found = {t: ";".join(agencies_in_text(t)) for t in text.unique()}
        inferred.iloc[unstated] = text.map(found).to_numpy()
    basis = np.where(stated, AGENCY_STATED, np.where(inferred.ne(""), AGENCY_INFERRED, AGENCY_NOT_STATED))
    return df.assign(agencies=df["beneficiaries"].where(stated, inferred), agency_basis=basis)


def _agencies(beneficiaries: str) -> list[str]:
    """Sorted, de-duplicated agency codes of a ``;``-joined list."""
    return sorted({code.strip().upper() for code in beneficiaries.split(";") if code.strip()})


def _priority_frame(allocations: pd.DataFrame, project_codes: pd.Series) -> pd.DataFrame:
    """(project code, priority, subgroup, share) for priorities that can overlap.

    One row per project and priority, the one with the largest share (the first of equal ones); rows
    sorted by code then priority. Codes are looked up by position and the rows sorted as integers.
    """
    alloc = pd.DataFrame(
        {
            "project_id": _text_column(allocations["project_id"]),
            "priority_code": _text_column(allocations["priority_code"]),
            "subgroup": _text_column(allocations["subgroup"]),
            "share": pd.to_numeric(allocations["share"], errors="coerce").fillna(0.0).astype(float),
        }
    )
    alloc = alloc.loc[alloc["priority_code"].ne("") & ~alloc["priority_code"].isin(SPECIAL_PRIORITIES)]
    at = pd.Index(project_codes.index).get_indexer(alloc["project_id"])
    alloc = alloc.loc[at >= 0].assign(code=project_codes.to_numpy()[at[at >= 0]].astype(np.int64))
    code = alloc["code"].to_numpy()
    priority = pd.factorize(alloc["priority_code"], sort=True)[0]
    order = np.lexsort((-alloc["share"].to_numpy(), priority, code))  # stable, as sorting the frame was
    code, priority = code[order], priority[order]
    first = np.r_[True, (code[1:] != code[:-1]) | (priority[1:] != priority[:-1])] if len(order) else order
    return alloc.iloc[order[first]].reset_index(drop=True)[["code", "priority_code", "subgroup", "share"]]


def _structural_pairs(
    blocks: pd.DataFrame,
    start: np.ndarray,
    end: np.ndarray,
    min_months: int,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Arrays a < b, priority (int32), combined share of the candidate pairs found within a block.

    A candidate has two projects (of any partners) whose periods overlap by at least
    ``min_months`` whole calendar months. ``blocks`` has one row per project x priority x
    agency. Rows are sorted by block and start day; for each row, the later-starting rows of
    its block that start early enough are found with one binary search, so the cost is
    O(n log n + pairs). In a block where more than ``config.OVERLAP_WINDOW`` later projects
    overlap one project, only the nearest that many by start date are compared with it, so
    100k projects never make 10^9 pairs. Pairs are made one step at a time (each row with the
    row ``step`` places later) and filtered at once, so no array holds the unfiltered pairs.
    A pair sharing several blocks appears once per block.
    """
    min_days = max(28 * min_months, 1)  # no whole months fit in fewer days
    block = blocks.groupby(["priority", "agency"], sort=True).ngroup().to_numpy(np.int64)
    code = blocks["code"].to_numpy(np.int64)
    day_start = start[code].astype(np.int64) + _DAY_KEY // 2
    day_end = end[code].astype(np.int64) + _DAY_KEY // 2
    order = np.lexsort((code, day_start, block))
    key = block[order] * _DAY_KEY + day_start[order]
    last_start = block[order] * _DAY_KEY + day_end[order] - (min_days - 1)
    upper = np.searchsorted(key, last_start, side="right")
    # in a crowded block, compare each project with the next ``window`` by start date only:
    # the cost stays linear in projects instead of quadratic (config.OVERLAP_WINDOW)
    counts = np.clip(upper - np.arange(1, len(order) + 1), 0, config.OVERLAP_WINDOW)
    row_code = code[order]
    row_share = blocks["share"].to_numpy(float)[order]
    row_priority = blocks["priority"].to_numpy(np.int64)[order]
    found: list[tuple[np.ndarray, ...]] = []
    for step in range(1, int(counts.max(initial=0)) + 1):
        left = np.flatnonzero(counts >= step)
        right = left + step
        code_i, code_j = row_code[left], row_code[right]
        a, b = np.minimum(code_i, code_j), np.maximum(code_i, code_j)
        keep = a != b  # the same partner's pairs are kept too: they may be internal overlaps
        # whole months are counted only where the overlap's length in days leaves a doubt:
        # k whole months span at least 28 k days and fewer than 31 (k + 1)
        first_day, last_day = np.maximum(start[a], start[b]), np.minimum(end[a], end[b])
        days = (last_day - first_day).astype(np.int64) + 1
        keep &= days >= 28 * min_months
        doubt = np.flatnonzero(keep & (days < 31 * (min_months + 1)))
        keep[doubt] = whole_months(first_day[doubt], last_day[doubt]) >= min_months
        found.append(
            (
                a[keep].astype(np.int32),
                b[keep].astype(np.int32),
                row_priority[left[keep]].astype(np.int32),
                row_share[left[keep]] + row_share[right[keep]],
            )
        )
    if not found:
        empty = np.zeros(0, dtype=np.int32)
        return empty, empty, empty, np.zeros(0)
    return tuple(np.concatenate(column) for column in zip(*found, strict=True))


def _one_per_pair(
    a: np.ndarray, b: np.ndarray, priority: np.ndarray, combined: np.ndarray, n: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(positions of one row per pair, ordered by pair (a, then b); keys and priorities of the rows of pairs
    listed more than once).

    The row kept for a pair is the one with the larger combined share, then the first priority. The rows
    are sorted by pair once: a pair's rows are then neighbours, and the pairs come in the order that
    :func:`_ranking` takes without sorting them again.
    """
    keys = a.astype(np.int64) * n + b
    if len(keys) == 0:
        return np.zeros(0, dtype=np.int64), keys, priority
    order = _stable_order(keys)  # a pair's rows in their order
    sorted_keys = keys[order]
    same = sorted_keys[1:] == sorted_keys[:-1]
    listed_twice = np.r_[same, False] | np.r_[False, same]
    repeated = order[listed_twice]
    best = repeated[np.lexsort((priority[repeated], -combined[repeated], keys[repeated]))]
    first = best[np.r_[True, keys[best[1:]] != keys[best[:-1]]]] if len(best) else best
    chosen = np.zeros(len(keys), dtype=bool)
    chosen[order[~listed_twice]] = True
    chosen[first] = True
    return order[chosen[order]], keys[repeated], priority[repeated]


def _stable_order(keys: np.ndarray) -> np.ndarray:
    """``np.argsort(keys, kind="stable")`` of non-negative integer keys, as a radix sort.

    One stable sort of each 16-bit digit of the keys, the lowest first: numpy sorts 16-bit integers by
    counting, which for millions of pairs is cheaper than comparing whole keys.
    """
    keys = np.asarray(keys, dtype=np.int64)
    order = np.argsort((keys & 0xFFFF).astype(np.uint16), kind="stable")
    shift, top = 16, int(keys.max(initial=0))
    while top >> shift:
        digit = ((keys[order] >> shift) & 0xFFFF).astype(np.uint16)
        order = order[np.argsort(digit, kind="stable")]
        shift += 16
    return order


def _decision_word(series: pd.Series) -> pd.Series:
    """Decision words as stored: lower case, spaces and hyphens as ``_`` (``Not related`` -> ``not_related``)."""
    return _text_column(series).str.lower().str.replace(r"[\s\-]+", "_", regex=True)


def _normalise_decisions(decisions: pd.DataFrame | None) -> pd.DataFrame:
    """Decisions keyed by ordered pair (a < b); the last row of a pair wins."""
    if decisions is None or len(decisions) == 0:
        return pd.DataFrame({"project_a": [], "project_b": [], "decision": []}, dtype="str")
    a = _text_column(decisions["project_a"])
    b = _text_column(decisions["project_b"])
    word = _decision_word(decisions["decision"])
    frame = pd.DataFrame({"project_a": a.where(a <= b, b), "project_b": b.where(a <= b, a), "decision": word})
    frame = frame.loc[frame["decision"].isin(DECISIONS)]
    return frame.drop_duplicates(["project_a", "project_b"], keep="last").reset_index(drop=True)


#: Candidate pairs scored at a time: bounds the memory of the temporary arrays of the score.
_SCORE_CHUNK = 1 << 18


def combined_similarity(full: dict, title: dict, spelling: np.ndarray) -> np.ndarray:
    """The activity similarity of pairs from their measures (:func:`activities.activity_match`).

    The concept similarity is the larger of the titles' and the whole texts' (titles joined with
    descriptions); when neither names an object the thesaurus knows, the titles' spelling similarity
    times ``SPELLING_WEIGHT`` stands in. It is multiplied by the conflict factors (different actions,
    places or quantities; only broad themes in common) and the shared-place and shared-quantity bonuses are added; the result is
    clipped to 0..1.

    Parameters
    ----------
    full, title : dict of numpy.ndarray
        :func:`activities.activity_match` of the whole texts and of the titles.
    spelling : numpy.ndarray
        ``token_set_ratio / 100`` of the normalised titles.

    Returns
    -------
    numpy.ndarray

    Examples
    --------
    >>> m = {"concept_similarity": np.array([1.0, np.nan]), "action_conflict": np.array([True, False]),
    ...      "theme_only": np.array([False, True]), "theme_and_action": np.array([False, False]),
    ...      "place_conflict": np.array([False, False]), "quantity_conflict": np.array([False, False]),
    ...      "shared_place": np.array([False, True]), "shared_quantity": np.array([False, False])}
    >>> combined_similarity(m, {"concept_similarity": np.array([np.nan, np.nan])}, np.array([0.2, 0.5])).tolist()
    [0.5, 0.45]
    """
    concept = np.fmax(full["concept_similarity"], title["concept_similarity"])
    base = np.where(np.isnan(concept), SPELLING_WEIGHT * spelling, concept)
    factor = (
        np.where(full["action_conflict"], ACTION_CONFLICT_FACTOR, 1.0)
        * np.where(full["place_conflict"], PLACE_CONFLICT_FACTOR, 1.0)
        * np.where(full["quantity_conflict"], QUANTITY_CONFLICT_FACTOR, 1.0)
        * np.where(full["theme_only"] & ~np.isnan(concept), THEME_ONLY_FACTOR, 1.0)
        * np.where(full["theme_and_action"] & ~np.isnan(concept), THEME_ACTION_FACTOR, 1.0)
    )
    bonus = SHARED_PLACE_BONUS * full["shared_place"] + SHARED_QUANTITY_BONUS * full["shared_quantity"]
    return np.clip(np.round(base * factor + bonus, 3), 0.0, 1.0)


def _distinct_match(features: TextFeatures, i: np.ndarray, j: np.ndarray) -> dict[str, np.ndarray]:
    """:func:`activities.activity_match` of text pairs (i, j), computed once per distinct pair."""
    width = max(len(features.quantities), 1)
    which, distinct = pd.factorize(i * width + j)
    found = activity_match(features, distinct // width, distinct % width)
    return {name: values[which] for name, values in found.items()}


class _PairMeasures:
    """The measures of project pairs given by code arrays: overlap, similarities, score.

    Built once per call of :func:`find_overlaps` (texts normalised and read once per distinct
    text); calling it on arrays ``a``, ``b`` gives a dict of arrays, the same for a pair whatever
    the other pairs in the call. The titles' spelling similarity of a pair of titles is computed
    once per call (:class:`_Spelling`), whether it ranks the pair or describes it.
    """

    def __init__(self, proj: pd.DataFrame, start: np.ndarray, end: np.ndarray):
        self.start, self.end = start, end
        self.days = (end - start).astype(np.int64) + 1
        title_codes, title_values = pd.factorize(proj["title"])  # stripped, NA as "" (:func:`_project_frame`)
        text_codes, text_values = pd.factorize(proj["description"])
        titles, texts = (np.asarray(values, dtype=object).tolist() for values in (title_values, text_values))
        title_words, text_words = token_stream(titles), token_stream(texts)
        self.title_codes, self.titles = _normalised_codes(title_words, title_codes)
        self.text_codes, self.texts = _normalised_codes(text_words, text_codes)
        self.title_spelling = _Spelling(self.title_codes, self.titles)
        self.has_text = self.texts[self.text_codes] != ""
        self.implementer, implementers = pd.factorize(proj["implementer"].str.casefold())
        self.named = np.asarray(implementers != "", dtype=bool)[self.implementer]
        # the whole text is the title, " . " and the description: each distinct title and description is read once
        self.full_codes, wholes = pd.factorize(title_codes.astype(np.int64) * len(texts) + text_codes)
        self.full = joined_text_features(
            titles, texts, wholes // len(texts), wholes % len(texts), (title_words, text_words)
        )
        self.heading_codes, self.heading = title_codes.astype(np.int64), object_features(title_words)

    def activity(self, a: np.ndarray, b: np.ndarray) -> tuple[dict, dict]:
        """:func:`activities.activity_match` of the whole texts and of the titles of each pair.

        Each distinct pair of texts is compared once when partners repeat their texts (most projects share one).
        """
        # when most projects have texts of their own, their pairs are distinct: no point looking for repeats
        match = _distinct_match if 2 * len(self.full.quantities) < len(self.start) else activity_match
        return (
            match(self.full, self.full_codes[a], self.full_codes[b]),
            {
                "concept_similarity": concept_similarity(
                    self.heading, self.heading_codes[a], self.heading_codes[b]
                )
            },
        )

    def activity_similarity(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """:func:`combined_similarity` of each pair.

        The titles' spelling is compared only where the thesaurus knows no object in either text
        (elsewhere :func:`combined_similarity` does not use it), so most candidates skip rapidfuzz.
        """
        full, title = self.activity(a, b)
        unknown = np.flatnonzero(np.isnan(np.fmax(full["concept_similarity"], title["concept_similarity"])))
        spelling = np.zeros(len(a))
        spelling[unknown] = self.title_spelling(a[unknown], b[unknown])
        return combined_similarity(full, title, spelling)

    def overlap(self, a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The first and last common day of each pair's periods."""
        return np.maximum(self.start[a], self.start[b]), np.minimum(self.end[a], self.end[b])

    def ranked(
        self, a: np.ndarray, b: np.ndarray, activity: np.ndarray | None = None
    ) -> dict[str, np.ndarray]:
        """What ranks and tiers a pair: overlap, activity similarity, same implementer, score.

        ``activity``: the pairs' :meth:`activity_similarity` when it is known already.
        """
        overlap_start, overlap_end = self.overlap(a, b)
        overlap_days = (overlap_end - overlap_start).astype(np.int64) + 1
        overlap_share = overlap_days / np.minimum(self.days[a], self.days[b])
        if activity is None:
            activity = self.activity_similarity(a, b)
        same_implementer = (self.implementer[a] == self.implementer[b]) & self.named[a]
        w_overlap, w_activity, w_implementer = SCORE_WEIGHTS
        score = np.round(
            w_overlap * overlap_share + w_activity * activity + w_implementer * same_implementer, 3
        )
        return {
            "overlap_start": overlap_start,
            "overlap_end": overlap_end,
            "same_implementer": same_implementer,
            "activity_similarity": activity,
            "score": score,
        }

    def __call__(
        self, a: np.ndarray, b: np.ndarray, activity: np.ndarray | None = None
    ) -> dict[str, np.ndarray]:
        """:meth:`ranked` and the spelling similarities of titles and descriptions."""
        title_similarity = self.title_spelling(a, b)
        described = self.has_text[a] & self.has_text[b]
        description_similarity = np.full(len(a), np.nan)
        if described.any():
            description_similarity[described] = _pair_similarity(
                self.text_codes, self.texts, a[described], b[described]
            )
        similarity = np.where(described, (title_similarity + description_similarity) / 2, title_similarity)
        return {
            **self.ranked(a, b, activity),
            "title_similarity": title_similarity,
            "description_similarity": description_similarity,
            "similarity": similarity,
        }


class _Spelling:
    """``token_set_ratio / 100`` of the texts of project pairs, each distinct pair of texts computed once
    for all the calls (the ratios found so far are kept as sorted keys and values)."""

    def __init__(self, codes: np.ndarray, texts: np.ndarray):
        self.codes, self.texts = codes, texts
        self.keys, self.ratios = np.zeros(0, dtype=np.int64), np.zeros(0)

    def __call__(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        if len(a) == 0:
            return np.zeros(0)
        width = len(self.texts)
        key = self.codes[a] * width + self.codes[b]
        which, distinct = pd.factorize(key)
        at = np.searchsorted(self.keys, distinct)
        known = np.zeros(len(distinct), dtype=bool)
        inside = at < len(self.keys)
        known[inside] = self.keys[at[inside]] == distinct[inside]
        ratio = np.empty(len(distinct))
        ratio[known] = self.ratios[at[known]]
        new = distinct[~known]
        if len(new):
            ratio[~known] = cpdist(
                self.texts[new // width], self.texts[new % width], scorer=fuzz.token_set_ratio,
                dtype=np.float64, workers=-1,
            )  # fmt: skip
            fresh = np.argsort(new)  # two sorted runs: the stable sort merges them
            keys, ratios = np.r_[self.keys, new[fresh]], np.r_[self.ratios, ratio[~known][fresh]]
            order = np.argsort(keys, kind="stable")
            self.keys, self.ratios = keys[order], ratios[order]
        return ratio[which] / 100


def _ranking(score: np.ndarray, a: np.ndarray, b: np.ndarray, n: int) -> np.ndarray:
    """Positions by descending score, then a, then b (scores are rounded to 3 decimals).

    When the pairs come ordered by (a, b) (as :func:`_one_per_pair` gives them), one stable sort of the
    scores in thousandths (a radix sort of 16-bit integers); else one sort of a single integer key when it
    fits in 63 bits, else a three-key lexsort.
    """
    milli = np.rint(score * 1000).astype(np.int64)
    top = int(milli.max(initial=0))
    low = int(milli.min(initial=0))
    pair = np.asarray(a, dtype=np.int64) * n + b
    if top - low < 2**15 and bool(np.all(pair[1:] > pair[:-1])):
        return np.argsort((top - milli).astype(np.int16), kind="stable")
    if (top - low + 1) * n * n < 2**62:
        return np.argsort((top - milli) * (n * n) + a * n + b)
    return np.lexsort((b, a, -score))


def _other_priorities(
    kept_keys: np.ndarray,
    kept_priorities: np.ndarray,
    shared_keys: np.ndarray,
    shared_priorities: np.ndarray,
    priority_names: np.ndarray,
) -> dict[int, list[str]]:
    """For each kept pair listed under several priorities: the names of the other ones, in code order.

    The (pair, priority) rows of the kept pairs are sorted and made distinct with arrays; only the other
    priorities are walked.
    """
    at = pd.Index(kept_keys).get_indexer(shared_keys)  # kept pairs' keys are distinct
    listed = np.flatnonzero(at >= 0)
    key, other = shared_keys[listed], shared_priorities[listed]
    order = np.lexsort((other, key))
    key, other, chosen = key[order], other[order], kept_priorities[at[listed[order]]]
    first = np.r_[True, (key[1:] != key[:-1]) | (other[1:] != other[:-1])] if len(key) else np.zeros(0, bool)
    keep = first & (other != chosen)
    others: dict[int, list[str]] = {}
    for pair, code in zip(key[keep].tolist(), other[keep].tolist(), strict=True):
        others.setdefault(pair, []).append(priority_names[code])
    return others


def _bounded(a: np.ndarray, b: np.ndarray, decided: np.ndarray, max_per_project: int, n: int) -> np.ndarray:
    """Mask of the pairs kept when each project may have at most ``max_per_project`` new pairs.

    Pairs come ranked (descending score, then ids) and are taken greedily: a new pair is kept
    while both of its projects have fewer than ``max_per_project`` kept new pairs. Decided
    pairs are always kept and use up no places. The ranked pairs are walked in chunks: pairs
    whose project is already full are dropped in one vectorised step, so the pair-by-pair
    walk only sees pairs that may still be kept.
    """
    keep = np.array(decided, dtype=bool)
    new = np.flatnonzero(~keep)
    used = np.zeros(n, dtype=np.int64)
    counts = [0] * n  # the same counts as a list: indexing it per pair is far cheaper
    chunk = 1 << 15
    for begin in range(0, len(new), chunk):
        part = new[begin : begin + chunk]
        part = part[(used[a[part]] < max_per_project) & (used[b[part]] < max_per_project)]
        taken = []
        for i, ai, bi in zip(part.tolist(), a[part].tolist(), b[part].tolist(), strict=True):
            if counts[ai] < max_per_project and counts[bi] < max_per_project:
                taken.append(i)
                counts[ai] += 1
                counts[bi] += 1
        if taken:
            taken_rows = np.asarray(taken, dtype=np.int64)
            keep[taken_rows] = True
            np.add.at(used, a[taken_rows], 1)
            np.add.at(used, b[taken_rows], 1)
    return keep


def _components(a: np.ndarray, b: np.ndarray, n: int) -> np.ndarray:
    """Smallest project code of the connected component of each of ``n`` projects, joined by pairs (a, b).

    Label propagation with pointer jumping, all in numpy: each round every project takes the
    smallest label among its pairs, then labels follow their own labels to a fixed point.
    """
    label = np.arange(n, dtype=np.int64)
    while True:
        low = np.minimum(label[a], label[b])
        nxt = label.copy()
        np.minimum.at(nxt, a, low)
        np.minimum.at(nxt, b, low)
        while True:
            jumped = nxt[nxt]
            if np.array_equal(jumped, nxt):
                break
            nxt = jumped
        if np.array_equal(nxt, label):
            return label
        label = nxt


def _clusters(pairs: pd.DataFrame, n: int) -> np.ndarray:
    """Cluster number of each pair: connected undismissed pairs of one tier share a number, dismissed get 0.

    Clusters are numbered 1, 2, ... by tier (likely duplicates first), then descending best
    score, then smallest project id; pairs of different tiers never share a cluster.
    """
    live = ~pairs["decision"].isin(DISMISSED).to_numpy()
    tier = pd.Index(TIERS).get_indexer(pairs["tier"]).astype(np.int64)
    a = pairs["a"].to_numpy(np.int64) + tier * n
    b = pairs["b"].to_numpy(np.int64) + tier * n
    roots = np.where(live, _components(a[live], b[live], len(TIERS) * n)[a], -1)
    components = (
        pd.DataFrame(
            {"root": roots, "tier": tier, "score": pairs["score"].to_numpy(), "low": np.minimum(a, b) % n}
        )
        .loc[live]
        .groupby("root")
        .agg(tier=("tier", "min"), best=("score", "max"), low=("low", "min"))
        .sort_values(["tier", "best", "low"], ascending=[True, False, True], kind="stable")
    )
    number = np.arange(1, len(components) + 1, dtype=np.int64)
    found = pd.Index(components.index).get_indexer(roots)
    return np.where(found >= 0, number[found], 0).astype(np.int64)


def _normalised_codes(stream: TokenStream, codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(code per row, distinct normalised texts): :func:`normalise_text` of the texts of ``stream``, row
    ``k`` holding text ``codes[k]`` (codes as :func:`pandas.factorize` gives them: every text held by a row).

    :func:`normalise_text` keeps the stems of the words :func:`activities.words` finds, so the stems
    are cut once per distinct word of the stream and joined text by text.
    """
    stems = np.array(
        [w[:STEM_LENGTH] if len(w) >= MIN_WORD_LENGTH else "" for w in stream.words], dtype=object
    )
    token_stems = stems[stream.word]
    kept = token_stems != ""
    words, text = token_stems[kept].tolist(), stream.text[kept]
    bounds = np.searchsorted(text, np.arange(stream.count + 1)).tolist()
    normalised = np.array(
        [" ".join(words[begin:end]) for begin, end in zip(bounds[:-1], bounds[1:], strict=True)], dtype=object
    )
    # each text once: ``codes`` number the texts as pandas.factorize does (in the order rows first hold them), so
    # the normalised texts come in the order rows first hold them too
    norm_codes, norm_distinct = pd.factorize(normalised)
    return norm_codes.astype(np.int64)[codes], np.asarray(norm_distinct, dtype=object)


def _pair_similarity(codes: np.ndarray, texts: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """``token_set_ratio / 100`` of the texts of each pair, computed once per distinct (text a, text b)."""
    if len(a) == 0:
        return np.zeros(0)
    key = codes[a] * len(texts) + codes[b]
    which, distinct = pd.factorize(key)
    left, right = distinct // len(texts), distinct % len(texts)
    ratio = cpdist(texts[left], texts[right], scorer=fuzz.token_set_ratio, dtype=np.float64, workers=-1)
    return ratio[which] / 100


def _span_labels(start: np.ndarray, end: np.ndarray) -> np.ndarray:
    """:func:`month_span_label` of each (start, end) pair of ``datetime64[D]``, once per distinct month pair."""
    if len(start) == 0:
        return np.zeros(0, dtype=object)
    months_start = start.astype("datetime64[M]").astype(np.int64)
    months_end = end.astype("datetime64[M]").astype(np.int64)
    low = int(min(months_start.min(), months_end.min()))
    width = int(max(months_start.max(), months_end.max())) - low + 1
    which, distinct = pd.factorize((months_start - low) * width + (months_end - low))

    def first_day(month: int) -> str:
        return f"{month // 12 + 1970:04d}-{month % 12 + 1:02d}-01"

    labels = [
        month_span_label(first_day(s + low), first_day(e + low))
        for s, e in zip((distinct // width).tolist(), (distinct % width).tolist(), strict=True)
    ]
    return np.asarray(labels, dtype=object)[which]


def _reasons(
    pairs: pd.DataFrame,
    others: dict[int, list[str]],
    keys: np.ndarray,
    span: np.ndarray,
    implementer: np.ndarray,
) -> np.ndarray:
    """The reasons of each pair, in words, one string per pair put together in one pass."""
    if len(pairs) == 0:
        return np.zeros(0, dtype=object)
    title_pct = np.rint(pairs["title_similarity"].to_numpy(float) * 100).astype(np.int64).tolist()
    described = pairs["description_similarity"].to_numpy(float)
    description_pct = np.rint(np.nan_to_num(described) * 100).astype(np.int64).tolist()
    months = pairs["overlap_months"].to_numpy(np.int64).tolist()
    listed = pd.Index(list(others)).get_indexer(keys) if others else np.full(len(pairs), -1)
    shared = np.asarray(
        ["; also share " + ", ".join(names) for names in others.values()] + [""], dtype=object
    )
    also = shared[listed].tolist()  # -1: the last, ""
    beneficiary = [str(text).replace(";", ", ") for text in pairs["beneficiary"].tolist()]
    reasons = [
        f"same priority {code}{more}; both {agencies}; overlap {period} ({count} "
        f"{'month' if count == 1 else 'months'}); titles {title}% similar"
        + (f"; descriptions {text}% similar" if has_text else "")
        + (f"; same implementer {name}" if same else "")
        for code, more, agencies, period, count, title, text, has_text, same, name in zip(
            pairs["priority_code"].tolist(),
            also,
            beneficiary,
            span.tolist(),
            months,
            title_pct,
            description_pct,
            (~np.isnan(described)).tolist(),
            pairs["same_implementer"].to_numpy(bool).tolist(),
            implementer.tolist(),
            strict=True,
        )
    ]
    return np.asarray(reasons, dtype=object)


@cache
def _concept_labels() -> tuple[list[str], list[str]]:
    """(each concept in both languages, ``thermal imagers / тепловізори``; each place's name)."""
    concepts = load_activity_terms().concepts
    both = [f"{en} / {uk}" for en, uk in zip(concepts["label_en"], concepts["label_uk"], strict=True)]
    return both, load_places()[0]["place"].tolist()


def _concept_words(indexes: list[int]) -> str:
    """Concepts named in both languages: ``thermal imagers / тепловізори, ...``."""
    labels = _concept_labels()[0]
    return ", ".join(labels[i] for i in indexes)


def _row_words(rows: np.ndarray, write) -> np.ndarray:
    """``write(row)`` of each row of a 2-D array, called once per distinct row."""
    which = np.zeros(len(rows), dtype=np.int64)
    for column in rows.T:  # one code per distinct row, a column at a time (hashing, no sort)
        codes, distinct = pd.factorize(column)
        which = pd.factorize(which * len(distinct) + codes)[0]
    first = np.zeros(int(which.max(initial=-1)) + 1, dtype=np.int64)
    first[which[::-1]] = np.arange(len(rows) - 1, -1, -1)
    return np.array([write(rows[k]) for k in first.tolist()] + [""], dtype=object)[which]


def _part(prefix: str, masks: np.ndarray, names: list[str]) -> np.ndarray:
    """``prefix`` and the names of the members of each mask, ``""`` for an empty mask (most of them: only the
    others are written)."""
    words = np.full(len(masks), "", dtype=object)
    some = masks.any(axis=1)
    if some.any():
        words[some] = _row_words(
            masks[some], lambda row: prefix + ", ".join(names[k] for k in mask_members(row))
        )
    return words


def _against(
    prefix: str, first: np.ndarray, second: np.ndarray, names: list[str], where: np.ndarray
) -> np.ndarray:
    """``prefix`` ``A against B`` of two masks per pair where ``where``, else ``""``."""
    words = np.full(len(first), "", dtype=object)
    if where.any():
        half = first.shape[1]

        def write(row: np.ndarray) -> str:
            left, right = mask_members(row[:half]), mask_members(row[half:])
            return f"{prefix}{', '.join(names[k] for k in left)} against {', '.join(names[k] for k in right)}"

        words[where] = _row_words(np.hstack([first[where], second[where]]), write)
    return words


def _shared_quantities(first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """``same quantity: ...`` of the numbers two texts share (in ascending order), ``""`` when none."""
    words = np.full(len(first), "", dtype=object)
    some = ((first[:, :, None] == second[:, None, :]) & (first[:, :, None] >= 0)).any(axis=(1, 2))
    if some.any():
        half = first.shape[1]

        def write(row: np.ndarray) -> str:
            common = sorted(set(row[:half][row[:half] >= 0].tolist()) & set(row[half:].tolist()))
            return "same quantity: " + ", ".join(f"{q:,}" for q in common)

        words[some] = _row_words(np.hstack([first[some], second[some]]), write)
    return words


def _activity_words(full: TextFeatures, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """What texts ``i`` and ``j`` share or where they differ, in words (things, actions, themes, places,
    quantities), pair by pair; ``""`` when nothing.

    Each part is written once per distinct set of members and the parts are joined column-wise.
    """
    concepts, places = _concept_labels()
    things = full.concrete[i] & full.concrete[j]
    actions = full.actions[i] & full.actions[j]
    has_action = full.any_bit["actions"]
    different = has_action[i] & has_action[j] & ~actions.any(axis=1)
    shared_place = full.places[i] & full.places[j]
    has_place = full.any_bit["places"]
    parts = [
        _part("same things: ", things, concepts),
        _part("same action: ", actions, concepts),
        _against("different actions: ", full.actions[i], full.actions[j], concepts, different),
        _part("same theme: ", full.objects[i] & full.objects[j] & ~things, concepts),
        _part("same place: ", shared_place, places),
        _against(
            "places ",
            full.places[i],
            full.places[j],
            places,
            ~shared_place.any(axis=1) & has_place[i] & has_place[j],
        ),  # fmt: skip
        _shared_quantities(full.quantities[i], full.quantities[j]),
    ]
    words = parts[0].copy()
    for part in parts[1:]:  # each part joined where it says something (most say nothing)
        given = np.flatnonzero(part.astype(bool))
        before = words[given].astype(bool)
        words[given] = np.where(before, words[given] + "; " + part[given], part[given])
    return words


_BASIS_WORDS = {
    AGENCY_STATED: "",
    AGENCY_INFERRED: "; agency inferred from the title or description",
    AGENCY_NOT_STATED: "; agency not stated: compared within the priority",
}


def _evidence(
    pairs: pd.DataFrame, measure: _PairMeasures, span: np.ndarray, implementer: np.ndarray
) -> np.ndarray:
    """Each pair's evidence in words: activity, places, quantities, implementer, period, agency basis.

    The words about the texts are written once per distinct pair of texts; the rest is joined column-wise.
    """
    a, b = pairs["a"].to_numpy(np.int64), pairs["b"].to_numpy(np.int64)
    width = max(len(measure.full.quantities), 1)
    which, distinct = pd.factorize(measure.full_codes[a] * width + measure.full_codes[b])
    about = np.r_[
        _activity_words(measure.full, distinct // width, distinct % width), np.array([""], dtype=object)
    ]
    about = about[which if len(which) else np.zeros(0, dtype=np.int64)]
    blank = np.flatnonzero(about == "")
    if len(blank):
        activity = pairs["activity_similarity"].to_numpy(float)[blank]
        alike = np.array([f"titles alike ({round(x * 100)}%)" for x in activity.tolist()], dtype=object)
        coordinate = pairs["tier"].to_numpy(object)[blank] == COORDINATE
        about[blank] = np.where(coordinate, "no activity in common", alike)
    basis = [_BASIS_WORDS[name] for name in pairs["agency_basis"].tolist()]
    evidence = [
        # a name read as numpy text loses its trailing NULs, as the evidence has always written it
        f"{words}; same implementer {str(name).rstrip(chr(0))}; period {period}{more}"
        if same
        else f"{words}; period {period}{more}"
        for words, same, name, period, more in zip(
            about.tolist(), pairs["same_implementer"].to_numpy(bool).tolist(), implementer.tolist(),
            span.tolist(), basis, strict=True,
        )
    ]  # fmt: skip
    return np.asarray(evidence, dtype=object).reshape(len(pairs))


def _empty_overlaps() -> pd.DataFrame:
    frame = empty_frame(OVERLAP_COLUMNS)
    return frame.astype(
        {
            "overlap_months": np.int64,
            "similarity": float,
            "activity_similarity": float,
            "score": float,
            "cluster": np.int64,
        }
    )


def _blocks(proj: pd.DataFrame, prio: pd.DataFrame) -> tuple[pd.DataFrame, list[list[str]], np.ndarray]:
    """(blocks: code, priority, agency, share; agency lists; list number of each project).

    A project whose agencies are not known (stated nor inferred) joins the block of every agency
    in the priority, so it is compared across agencies.
    """
    n = len(proj)
    list_code, lists = pd.factorize(proj["agencies"])
    agency_sets = [_agencies(text) for text in lists]
    known = sorted({agency for found in agency_sets for agency in found} | set(AGENCY_CODES))
    exploded = [found or known for found in agency_sets]
    agencies = (
        pd.DataFrame({"list": np.arange(len(exploded)), "agency": exploded})
        .explode("agency")
        .dropna()
        .merge(pd.DataFrame({"code": np.arange(n, dtype=np.int64), "list": list_code}), on="list")
        .sort_values(["code", "agency"], kind="stable")[["code", "agency"]]
    )
    return prio.merge(agencies, on="code", how="inner"), agency_sets, list_code


def _tiers(
    activity: np.ndarray, same_partner: np.ndarray, duplicate: np.ndarray, threshold: float
) -> np.ndarray:
    """Tier index (into ``TIERS``) of each pair; -1 for a partner's own pair that is not alike (dropped)."""
    alike = (activity >= threshold) | duplicate
    tier = np.where(alike, TIERS.index(LIKELY), TIERS.index(COORDINATE))
    return np.where(same_partner, np.where(alike, TIERS.index(INTERNAL), -1), tier)


def _decided(decisions: pd.DataFrame | None, codes: pd.Series, a: np.ndarray, b: np.ndarray, n: int):
    """(position of each pair's decision or -1, the decision words)."""
    decided = _normalise_decisions(decisions)
    decided_a = codes.reindex(decided["project_a"]).to_numpy()
    decided_b = codes.reindex(decided["project_b"]).to_numpy()
    known = ~(np.isnan(decided_a) | np.isnan(decided_b))
    decided_keys = decided_a[known].astype(np.int64) * n + decided_b[known].astype(np.int64)
    found = pd.Index(decided_keys).get_indexer(a * n + b)
    return found, decided["decision"].to_numpy(object)[known]


def _scored(
    measure: _PairMeasures, a: np.ndarray, b: np.ndarray, same_partner: np.ndarray, duplicate: np.ndarray,
    threshold: float,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:  # fmt: skip
    """(score as float32, tier as int8, activity similarity in thousandths as int16) of the pairs, in chunks
    (bounded temporary memory).

    The activity similarity is rounded to 3 decimals (:func:`combined_similarity`), so ``milli / 1000`` gives it
    back exactly for the pairs that are kept.
    """
    score = np.zeros(len(a), dtype=np.float32)
    tier = np.zeros(len(a), dtype=np.int8)
    activity_milli = np.zeros(len(a), dtype=np.int16)
    for at in range(0, len(a), _SCORE_CHUNK):
        part = slice(at, at + _SCORE_CHUNK)
        measured = measure.ranked(a[part], b[part])
        score[part] = measured["score"]
        activity_milli[part] = np.rint(measured["activity_similarity"] * 1000)
        tier[part] = _tiers(measured["activity_similarity"], same_partner[part], duplicate[part], threshold)
    return score, tier, activity_milli


def _kept_pairs(score, tier, a, b, found, max_per_project: int, n: int) -> np.ndarray:
    """Positions of the pairs kept: per tier, taken by descending score while both projects have room."""
    kept = []
    for index in range(len(TIERS)):
        within = np.flatnonzero(tier == index)
        rank = within[_ranking(score[within], a[within], b[within], n)]
        kept.append(rank[_bounded(a[rank], b[rank], found[rank] >= 0, max_per_project, n)])
    return np.sort(np.concatenate(kept))


#: The projects' columns :func:`find_overlaps` reads (what a :class:`ProjectTexts` was computed from).
_READ_COLUMNS = (
    "project_id", "partner", "implementer", "title", "description", "beneficiaries", "start_date", "end_date"
)  # fmt: skip


def _fingerprint(projects: pd.DataFrame) -> np.ndarray:
    """A hash per row of the columns :func:`find_overlaps` reads (equal arrays: the same projects)."""
    return pd.util.hash_pandas_object(projects[list(_READ_COLUMNS)], index=False, categorize=False).to_numpy()


class ProjectTexts:
    """What :func:`find_overlaps` reads from the projects alone: usable projects, periods, words of the texts.

    Made by :func:`prepare_texts`; it depends on the projects only (not on their allocations), so a build
    computes it while a second process maps the priorities, and hands it to :func:`find_overlaps`, which uses
    it only for the very projects it was made from (the same rows, row for row).
    """

    def __init__(self, projects: pd.DataFrame):
        self.fingerprint = _fingerprint(projects)
        self.proj = _project_frame(projects)
        self.start = self.proj["start"].to_numpy().astype("datetime64[D]")
        self.end = self.proj["end"].to_numpy().astype("datetime64[D]")
        self.measure = _PairMeasures(self.proj, self.start, self.end)

    def made_from(self, projects: pd.DataFrame) -> bool:
        """Whether these are the texts of ``projects`` (the columns :func:`find_overlaps` reads, row for row)."""
        return len(self.fingerprint) == len(projects) and bool(
            np.array_equal(self.fingerprint, _fingerprint(projects))
        )


def prepare_texts(projects: pd.DataFrame) -> ProjectTexts:
    """The part of :func:`find_overlaps` that reads the projects alone (their texts above all), done ahead.

    Reading each distinct title and description into words, things, actions and places is a third of
    :func:`find_overlaps`' time and does not depend on the allocations: a build does it while a second
    process maps the priorities. The projects are not modified.

    Examples
    --------
    >>> projects = pd.DataFrame({
    ...     "project_id": ["EU-1", "PL-2"], "partner": ["EU", "Poland"], "implementer": ["IOM", "IOM"],
    ...     "title": ["Thermal imagers for border patrols", "Закупівля тепловізорів"],
    ...     "description": [None, None], "beneficiaries": ["SBGS", "SBGS"],
    ...     "start_date": ["2021-01-01", "2021-03-01"], "end_date": ["2021-12-31", "2022-06-30"]})
    >>> texts = prepare_texts(projects)
    >>> texts.made_from(projects), texts.made_from(projects.assign(title="Training"))
    (True, False)
    """
    return ProjectTexts(projects)


def find_overlaps(
    projects: pd.DataFrame,
    allocations: pd.DataFrame,
    decisions: pd.DataFrame | None = None,
    min_months: int = config.OVERLAP_MIN_MONTHS,
    max_per_project: int = config.OVERLAP_MAX_PER_PROJECT,
    threshold: float = config.OVERLAP_LIKELY_THRESHOLD,
    texts: ProjectTexts | None = None,
) -> pd.DataFrame:
    """Overlapping pairs of projects in tiers — likely duplicates, internal, coordinate — scored and explained.

    A pair is *structural* when the two projects share a priority (not OTHER or UNMAPPED) and
    a beneficiary agency, and their periods overlap by at least ``min_months`` whole calendar
    months. A project without stated beneficiaries takes the agencies its title or description
    names (``agency_basis`` ``inferred``); when none is named it is compared with every project
    of its priorities whatever their agency (``not stated``). Projects without start or end
    date, or ending before they start, are left out.

    Each structural pair gets an ``activity_similarity`` (0..1, see :func:`combined_similarity`):
    what the projects do, read through the EN/UK/RU thesaurus (``activity_terms.csv``), places
    (transliterated) and quantities, so that an English and a Ukrainian description of the same
    purchase agree. Its tier:

    * ``likely duplicate``: different partners and ``activity_similarity >= threshold``
      (``config.OVERLAP_LIKELY_THRESHOLD``, chosen on labelled pairs; see
      benchmarks/overlaps_calibration.py), or decided ``duplicate`` by the group;
    * ``internal``: one partner's two projects that are alike (for the partner's feedback, not
      duplication between partners); a partner's projects that are not alike give no row;
    * ``coordinate``: different partners, same priority, agency and time, different activities.

    ``score = 0.5 * overlap_share + 0.4 * activity_similarity + 0.1 * same_implementer`` ranks the
    pairs (``overlap_share``: common days over the shorter project's days). ``similarity`` is
    the spelling similarity (``token_set_ratio`` of :func:`normalise_text` titles, averaged with
    the descriptions'). A pair sharing several priorities gives one row (the larger combined
    share). New pairs are bounded per tier: by descending score, a pair is kept while both
    projects have fewer than ``max_per_project`` kept new pairs of that tier. Decided pairs
    (``decisions``) are always kept; ``not_related`` and ``complementary`` ones are dismissed
    (``cluster`` 0). The others are connected into clusters within their tier, numbered by tier
    then descending best score. This function does not mutate its inputs.

    Parameters
    ----------
    projects : pandas.DataFrame
        Projects table (``schema.PROJECT_COLUMNS``).
    allocations : pandas.DataFrame
        Allocations (project_id, priority_code, subgroup, share, ...; any years).
    decisions : pandas.DataFrame, optional
        project_a, project_b, decision (``duplicate``, ``complementary``, ``not_related``).
    min_months : int
        Least whole calendar months of overlap; 0 accepts one common day.
    max_per_project : int
        Most new pairs per project and tier.
    threshold : float
        Least activity similarity of a likely duplicate (and of an internal overlap).
    texts : ProjectTexts, optional
        :func:`prepare_texts` of these projects, computed ahead; ignored (computed again) when it was made
        from other projects. The result is the same with or without it.

    Returns
    -------
    pandas.DataFrame
        ``schema.OVERLAP_COLUMNS``, ``project_a < project_b``, sorted by dismissed last, tier,
        cluster, descending score, then ids. ``decision`` is NA for new pairs.

    Examples
    --------
    >>> projects = pd.DataFrame({
    ...     "project_id": ["EU-1", "PL-2"], "partner": ["EU", "Poland"], "implementer": ["IOM", "IOM"],
    ...     "title": ["Thermal imagers for border patrols", "Закупівля тепловізорів для прикордонних нарядів"],
    ...     "description": [None, None], "beneficiaries": ["SBGS", "SBGS"],
    ...     "start_date": ["2021-01-01", "2021-03-01"], "end_date": ["2021-12-31", "2022-06-30"]})
    >>> allocations = pd.DataFrame({
    ...     "project_id": ["EU-1", "PL-2"], "priority_code": ["BORDER_SURVEILLANCE"] * 2,
    ...     "subgroup": ["border"] * 2, "share": [1.0, 1.0]})
    >>> found = find_overlaps(projects, allocations)
    >>> found[["project_a", "project_b", "tier", "activity_similarity", "overlap_months"]]
      project_a project_b              tier  activity_similarity  overlap_months
    0      EU-1      PL-2  likely duplicate                  1.0              10
    >>> found["evidence"].iloc[0]
    'same things: thermal imagers / тепловізори; same action: supply of equipment / постачання обладнання; same theme: border surveillance / охорона кордону; same implementer IOM; period Mar–Dec 2021'
    """
    if min_months < 0 or max_per_project < 1:
        raise ValueError("min_months must be >= 0 and max_per_project >= 1")
    if texts is None or not texts.made_from(projects):
        texts = ProjectTexts(projects)
    proj, start, end, measure = texts.proj, texts.start, texts.end, texts.measure
    n = len(proj)
    codes = pd.Series(np.arange(n, dtype=np.int64), index=proj["project_id"].to_numpy())
    prio = _priority_frame(allocations, codes)
    priority_names = np.array(sorted(prio["priority_code"].unique()), dtype=object)
    prio = prio.assign(priority=pd.Index(priority_names).get_indexer(prio["priority_code"]))
    blocks, agency_sets, list_code = _blocks(proj, prio)
    if blocks.empty:
        return _empty_overlaps()
    a, b, priority, combined = _structural_pairs(blocks, start, end, min_months)
    if len(a) == 0:
        return _empty_overlaps()
    rows, shared_keys, shared_priorities = _one_per_pair(a, b, priority, combined, n)
    a, b, priority = a[rows].astype(np.int64), b[rows].astype(np.int64), priority[rows]
    del combined, rows
    found, decision_words = _decided(decisions, codes, a, b, n)
    duplicate = np.zeros(len(a), dtype=bool)
    duplicate[found >= 0] = decision_words[found[found >= 0]] == "duplicate"
    partner = pd.factorize(proj["partner"].str.casefold())[0]
    score, tier, activity_milli = _scored(measure, a, b, partner[a] == partner[b], duplicate, threshold)
    kept = _kept_pairs(score, tier, a, b, found, max_per_project, n)
    a, b, priority, found, tier = a[kept], b[kept], priority[kept], found[kept], tier[kept].astype(np.int64)
    activity = activity_milli[kept] / 1000
    del score, duplicate, activity_milli
    decision = np.full(len(a), None, dtype=object)
    decision[found >= 0] = decision_words[found[found >= 0]]
    pairs = _pair_table(proj, measure, a, b, priority, priority_names, tier, decision, activity)
    pairs = pairs.assign(cluster=_clusters(pairs, n))
    others = _other_priorities(
        a * n + b, pairs["priority"].to_numpy(), shared_keys, shared_priorities, priority_names
    )
    pairs = _described(pairs, proj, prio, measure, others, agency_sets, list_code, n)
    order = np.lexsort(
        (b, a, -pairs["score"].to_numpy(), pairs["cluster"].to_numpy(), tier, pairs["dismissed"].to_numpy())
    )
    return pairs[OVERLAP_COLUMNS].iloc[order].reset_index(drop=True)


def _pair_table(proj, measure, a, b, priority, priority_names, tier, decision, activity) -> pd.DataFrame:
    """The kept pairs with their measures (codes ``a``, ``b`` and ``priority`` kept for the next steps)."""
    kept_measures = measure(a, b, activity)
    overlap_start, overlap_end = kept_measures["overlap_start"], kept_measures["overlap_end"]
    ids = proj["project_id"].to_numpy(object)
    return pd.DataFrame(
        {
            "a": a,
            "b": b,
            "project_a": ids[a],
            "project_b": ids[b],
            "priority": priority,
            "priority_code": priority_names[priority],
            "overlap_start": _day_text(overlap_start),
            "overlap_end": _day_text(overlap_end),
            "overlap_months": whole_months(overlap_start, overlap_end),
            "title_similarity": kept_measures["title_similarity"],
            "description_similarity": kept_measures["description_similarity"],
            "same_implementer": kept_measures["same_implementer"],
            "similarity": np.round(kept_measures["similarity"], 3),
            "activity_similarity": kept_measures["activity_similarity"],
            "score": kept_measures["score"],
            "tier": np.asarray(TIERS, dtype=object)[tier],
            "decision": pd.array(decision, dtype="str"),
        }
    )


def _day_text(days: np.ndarray) -> np.ndarray:
    """``YYYY-MM-DD`` of each ``datetime64[D]`` as Python text, each distinct day written once."""
    distinct, which = np.unique(days, return_inverse=True)
    return np.datetime_as_string(distinct, unit="D").astype(object)[which.reshape(-1)]


def _described(pairs, proj, prio, measure, others, agency_sets, list_code, n) -> pd.DataFrame:
    """The kept pairs with partners, subgroup, shared agencies, reasons and evidence in words."""
    pair_a, pair_b = pairs["a"].to_numpy(np.int64), pairs["b"].to_numpy(np.int64)
    subgroup = prio.drop_duplicates("priority_code").set_index("priority_code")["subgroup"]
    n_lists = len(agency_sets)
    which, list_pairs = pd.factorize(list_code[pair_a] * n_lists + list_code[pair_b])
    common = []
    for i, j in zip((list_pairs // n_lists).tolist(), (list_pairs % n_lists).tolist(), strict=True):
        first, second = set(agency_sets[i]), set(agency_sets[j])
        common.append(";".join(sorted(first & second if first and second else first | second)))
    beneficiary = np.asarray(common, dtype=object)[which] if len(which) else np.zeros(0, dtype=object)
    basis = proj["agency_basis"].to_numpy(object)
    pair_basis = np.where(
        (basis[pair_a] == AGENCY_NOT_STATED) | (basis[pair_b] == AGENCY_NOT_STATED),
        AGENCY_NOT_STATED,
        np.where(
            (basis[pair_a] == AGENCY_INFERRED) | (basis[pair_b] == AGENCY_INFERRED),
            AGENCY_INFERRED,
            AGENCY_STATED,
        ),
    )
    pairs = pairs.assign(
        partner_a=proj["partner"].to_numpy(object)[pair_a],
        partner_b=proj["partner"].to_numpy(object)[pair_b],
        subgroup=pairs["priority_code"].map(subgroup).replace("", pd.NA),
        beneficiary=beneficiary,
        agency_basis=pair_basis,
    )
    span = _span_labels(*measure.overlap(pair_a, pair_b))
    implementer_name = proj["implementer"].to_numpy(object)[pair_a]
    keys = pair_a * n + pair_b
    reasons, evidence = np.empty(len(pairs), dtype=object), np.empty(len(pairs), dtype=object)
    for begin in range(0, len(pairs), _WORDS_CHUNK):  # the words of a chunk of pairs at a time: less memory
        part = slice(begin, begin + _WORDS_CHUNK)
        chunk = pairs.iloc[part]
        reasons[part] = _reasons(chunk, others, keys[part], span[part], implementer_name[part])
        evidence[part] = _evidence(chunk, measure, span[part], implementer_name[part])
    return pairs.assign(reasons=reasons, evidence=evidence, dismissed=pairs["cluster"].eq(0))


#: Pairs whose reasons and evidence are written at a time.
_WORDS_CHUNK = 1 << 15


def internal_overlap_issues(overlaps: pd.DataFrame, projects: pd.DataFrame) -> pd.DataFrame:
    """Issues for the partners' feedback: each ``internal`` pair (one partner's two look-alike projects).

    One ``warning`` of kind ``overlap`` per pair, at the row of its second project (``project_b``), naming
    the first one (file, sheet and row) and the evidence, so that the partner says whether it is the
    same project twice or two projects that differ. Not duplication between partners: such pairs are
    not counted in :func:`duplication`. Two projects read from one row (its sums in two currencies) are not
    asked about. This function does not mutate its inputs.

    Parameters
    ----------
    overlaps : pandas.DataFrame
        Output of :func:`find_overlaps`.
    projects : pandas.DataFrame
        ``schema.PROJECT_COLUMNS`` (source_file, source_sheet, source_row).

    Returns
    -------
    pandas.DataFrame
        ``schema.ISSUE_COLUMNS``, in the order of the pairs.

    Examples
    --------
    >>> overlaps = pd.DataFrame({"project_a": ["JP-1"], "project_b": ["JP-2"], "tier": ["internal"],
    ...     "evidence": ["same things: body cameras / нагрудні камери"]})
    >>> projects = pd.DataFrame({"project_id": ["JP-1", "JP-2"], "source_file": ["jp.xlsx"] * 2,
    ...     "source_sheet": ["P", "P"], "source_row": [3, 7]})
    >>> internal_overlap_issues(overlaps, projects)[["file", "row", "kind", "message"]].values.tolist()[0][:3]
    ['jp.xlsx', 7, 'overlap']
    """
    if "tier" not in overlaps or not len(overlaps):
        return empty_frame(ISSUE_COLUMNS)
    internal = overlaps.loc[overlaps["tier"].astype("str").eq(INTERNAL)]
    where = projects.assign(project_id=_text_column(projects["project_id"])).drop_duplicates("project_id")
    index = pd.Index(where["project_id"])
    files, sheets, lines = (where[c].to_numpy(object) for c in ("source_file", "source_sheet", "source_row"))
    rows = []
    for first, second, evidence, i, j in zip(
        internal["project_a"],
        internal["project_b"],
        internal["evidence"],
        index.get_indexer(internal["project_a"]).tolist(),
        index.get_indexer(internal["project_b"]).tolist(),
        strict=True,
    ):  # the rows of both projects found by position, not one look-up per pair
        if i < 0 or j < 0:
            continue
        if files[i] == files[j] and sheets[i] == sheets[j] and lines[i] == lines[j]:
            continue  # one row read as several projects (its sums in two currencies, a line each): not sent twice
        sheet = (
            sheets[i] if isinstance(sheets[i], str) and sheets[i] else None
        )  # none in a CSV or an XML file
        place = f"{files[i]}, " + (f"sheet {sheet}, " if sheet else "") + f"row {lines[i]}"
        rows.append(
            issue(
                str(files[j]),
                f"project {second} looks like your project {first} ({place}): {evidence}. "
                "If it is the same project, keep one row; if not, say in the description how they differ.",
                sheet=sheets[j],
                row=lines[j],
                column="title",
                severity="warning",
                kind="overlap",
            )
        )
    return pd.DataFrame(rows, columns=ISSUE_COLUMNS)


def undecided(overlaps: pd.DataFrame) -> pd.DataFrame:
    """Only the new pairs: those without a review decision.

    Parameters
    ----------
    overlaps : pandas.DataFrame
        Output of :func:`find_overlaps` (or ``overlaps.csv`` read back).

    Returns
    -------
    pandas.DataFrame
        The same columns, the rows whose ``decision`` is NA or blank, in their order.

    Examples
    --------
    >>> df = pd.DataFrame({"project_a": ["A", "B"], "decision": ["duplicate", None]})
    >>> undecided(df)["project_a"].tolist()
    ['B']
    """
    new = _text_column(overlaps["decision"]).eq("")
    return overlaps.loc[new].reset_index(drop=True)


def load_decisions(path: str | Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Read the working group's review decisions (``decisions.csv`` beside the submissions).

    Columns: project_a, project_b, decision (``duplicate``, ``complementary`` or
    ``not_related``; case and ``-``/space are forgiven), note, date. The pair is stored in
    order (project_a < project_b), so either order in the file means the same pair; when a
    pair is decided twice the later row wins (with a warning). A row with an unknown
    decision or a missing project id is reported as an error and ignored. A missing file
    means no decisions.

    Parameters
    ----------
    path : str or pathlib.Path
        The decisions file.

    Returns
    -------
    decisions : pandas.DataFrame
        ``DECISION_COLUMNS``, one row per pair, sorted by pair.
    issues : pandas.DataFrame
        ``schema.ISSUE_COLUMNS``; ``row`` is the line number in the file (header = 1).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "decisions.csv").write_text(
    ...     "project_a,project_b,decision,note,date\\nUN-7,EU-1,Not related,,2021-05-01\\nA,B,maybe,,\\n")
    >>> decisions, issues = load_decisions(folder / "decisions.csv")
    >>> decisions[["project_a", "project_b", "decision"]].values.tolist()
    [['EU-1', 'UN-7', 'not_related']]
    >>> issues["message"].tolist()
    ["row 3: decision 'maybe' is not one of duplicate, complementary, not_related; row ignored"]
    """
    path = Path(path)
    if not path.is_file():
        return empty_frame(DECISION_COLUMNS), empty_frame(ISSUE_COLUMNS)
    # read like a submission: any encoding and delimiter, or a workbook; unreadable -> an issue
    raw, issues = read_side_table(path, [], kind="decision", optional=DECISION_COLUMNS)
    if any(i["severity"] == "error" for i in issues):
        return empty_frame(DECISION_COLUMNS), pd.DataFrame(issues, columns=ISSUE_COLUMNS)
    raw = raw.loc[:, [c for c in raw.columns if raw[c].ne("").any() or c == "source_row"]]

    def note(row, column, severity, message):
        issues.append(issue(path.name, message, row=row, column=column, severity=severity, kind="decision"))

    missing = [c for c in ("project_a", "project_b", "decision") if c not in raw.columns]
    if missing:
        note(1, ", ".join(missing), "error", f"missing column(s) {', '.join(missing)}; no decisions read")
        return empty_frame(DECISION_COLUMNS), pd.DataFrame(issues, columns=ISSUE_COLUMNS)
    frame = raw.reindex(columns=DECISION_COLUMNS, fill_value="").apply(lambda col: col.str.strip())
    frame = frame.assign(
        decision=_decision_word(frame["decision"]),
        written=frame["decision"],
        line=raw["source_row"].to_numpy(),
    )
    valid = []
    for rec in frame.itertuples(index=False):
        if not rec.project_a or not rec.project_b:
            note(rec.line, "project_a/project_b", "error", f"row {rec.line}: project id missing; row ignored")
        elif rec.decision not in DECISIONS:
            note(
                rec.line,
                "decision",
                "error",
                f"row {rec.line}: decision {rec.written!r} is not one of {', '.join(DECISIONS)}; row ignored",
            )
        else:
            valid.append(rec)
    decisions = pd.DataFrame(valid, columns=[*DECISION_COLUMNS, "written", "line"])
    a, b = decisions["project_a"], decisions["project_b"]
    decisions = decisions.assign(project_a=a.where(a <= b, b), project_b=b.where(a <= b, a))
    repeated = decisions.duplicated(["project_a", "project_b"], keep="last")
    for rec in decisions.loc[repeated].itertuples(index=False):
        note(
            rec.line,
            "decision",
            "warning",
            f"row {rec.line}: pair {rec.project_a} / {rec.project_b} is decided again further down; "
            "the later row is used",
        )
    decisions = (
        decisions.loc[~repeated]
        .sort_values(["project_a", "project_b"], kind="stable")
        .reset_index(drop=True)[DECISION_COLUMNS]
    )
    issues_frame = pd.DataFrame(issues, columns=ISSUE_COLUMNS)
    return decisions, issues_frame.sort_values("row", kind="stable").reset_index(drop=True)


def _live_pairs(overlaps: pd.DataFrame) -> pd.DataFrame:
    """Undismissed pairs with their tier flags (a pair decided ``duplicate`` counts as a likely duplicate).

    An ``overlaps.csv`` written before tiers existed has no ``tier``: its pairs count as likely duplicates.
    """
    live = overlaps.loc[~_text_column(overlaps["decision"]).isin(DISMISSED)]
    tier = _text_column(live["tier"]) if "tier" in live else pd.Series(LIKELY, index=live.index, dtype="str")
    tier = tier.where(_text_column(live["decision"]).ne("duplicate"), LIKELY)
    frame = pd.DataFrame(
        {
            "project_a": _text_column(live["project_a"]),
            "project_b": _text_column(live["project_b"]),
            "priority_code": _text_column(live["priority_code"]),
            "tier": tier.to_numpy(),
            "cluster": live["cluster"].to_numpy(),
        }
    )
    return frame.assign(
        likely=frame["tier"].eq(LIKELY),
        coordinate=frame["tier"].eq(COORDINATE),
        internal=frame["tier"].eq(INTERNAL),
        likely_cluster=frame["cluster"].where(frame["tier"].eq(LIKELY)),
    )


def _member_amounts(alloc: pd.DataFrame, pairs: pd.DataFrame) -> np.ndarray:
    """Each allocation's amount when its project is in one of ``pairs`` under that priority, else 0.

    (project, priority) are compared as integer keys: each allocation's codes, the pairs' looked up in them.
    """
    project_codes, projects = pd.factorize(alloc["project_id"])
    priority_codes, priorities = pd.factorize(alloc["priority_code"])
    width = max(len(priorities), 1)
    priority = pd.Index(priorities).get_indexer(pairs["priority_code"])
    members = [
        pd.Index(projects).get_indexer(pairs[column]) * width + priority
        for column in ("project_a", "project_b")
    ]
    found = np.concatenate([key[(key >= 0) & (priority >= 0)] for key in members])
    inside = np.isin(project_codes * width + priority_codes, found)
    return np.where(inside, alloc["amount"].to_numpy(float), 0.0)


def duplication(
    overlaps: pd.DataFrame, allocations: pd.DataFrame, year: int, currency: str = config.DEFAULT_CURRENCY
) -> pd.DataFrame:
    """How much of a year's funding per priority sits in projects with an undismissed overlap.

    A pair is undismissed when its decision is empty or ``duplicate``. A priority's
    overlapping funding is that year's allocated money (``amount_<cur>``) of the projects
    that appear in any undismissed pair of that priority (each pair counts for the one
    priority it is listed under). OTHER and UNMAPPED are left out. Each subgroup gets a
    total row with ``priority_code`` ``"ALL"``. This function does not mutate its inputs.

    Parameters
    ----------
    overlaps : pandas.DataFrame
        Output of :func:`find_overlaps`.
    allocations : pandas.DataFrame
        Allocations with ``year`` and ``amount_<cur>``; rows without a year are left out.
    year : int
    currency : str

    Returns
    -------
    pandas.DataFrame
        year, subgroup, priority_code, n_pairs, n_clusters, funding_overlapping_<cur>,
        funding_<cur>, overlap_share (NaN when the priority has no funding), sorted by
        subgroup then priority with the subgroup's ``ALL`` row last.

    Raises
    ------
    KeyError
        When allocations have no ``amount_<cur>`` column.

    Examples
    --------
    >>> overlaps = pd.DataFrame({"project_a": ["A"], "project_b": ["B"], "priority_code": ["DRUGS"],
    ...     "subgroup": ["police"], "cluster": [1], "decision": [None]})
    >>> allocations = pd.DataFrame({"project_id": ["A", "B", "C"], "priority_code": ["DRUGS"] * 3,
    ...     "subgroup": ["police"] * 3, "year": [2021] * 3, "amount_eur": [100.0, 50.0, 250.0]})
    >>> table = duplication(overlaps, allocations, 2021)
    >>> table[["priority_code", "n_pairs", "funding_overlapping_eur", "funding_eur", "overlap_share"]]
      priority_code  n_pairs  funding_overlapping_eur  funding_eur  overlap_share
    0         DRUGS        1                    150.0        400.0          0.375
    1           ALL        1                    150.0        400.0          0.375
    """
    amount = money_column("amount", currency)
    funding, overlapping = money_column("funding", currency), money_column("funding_overlapping", currency)
    coordinated = money_column("funding_coordinate", currency)
    columns = [*DUPLICATION_BASE_COLUMNS, overlapping, funding, "overlap_share", *DUPLICATION_TIER_COLUMNS]
    columns.insert(-2, coordinated)
    if amount not in allocations.columns:
        raise KeyError(f"allocations have no {amount!r} column (currency {currency})")
    alloc = pd.DataFrame(
        {
            "project_id": _text_column(allocations["project_id"]),
            "priority_code": _text_column(allocations["priority_code"]),
            "subgroup": _text_column(allocations["subgroup"]),
            "year": pd.to_numeric(allocations["year"], errors="coerce"),
            "amount": pd.to_numeric(allocations[amount], errors="coerce").fillna(0.0).astype(float),
        }
    )
    alloc = alloc.loc[alloc["year"].eq(year) & ~alloc["priority_code"].isin(("", *SPECIAL_PRIORITIES))]
    live = _live_pairs(overlaps)
    likely = live.loc[live["tier"].eq(LIKELY)]
    coordinate = live.loc[live["tier"].eq(COORDINATE)]
    alloc = alloc.assign(
        overlapping_amount=_member_amounts(alloc, likely),
        coordinate_amount=_member_amounts(alloc, coordinate),
    )
    money = alloc.groupby(["subgroup", "priority_code"], sort=True).agg(
        funding=("amount", "sum"),
        overlapping=("overlapping_amount", "sum"),
        coordinate=("coordinate_amount", "sum"),
    )
    if money.empty:
        return empty_frame(columns)
    subgroup_of = money.reset_index().drop_duplicates("priority_code").set_index("priority_code")["subgroup"]
    live = live.assign(subgroup=live["priority_code"].map(subgroup_of))
    counts = []
    for keys, total in ((["subgroup", "priority_code"], False), (["subgroup"], True)):
        grouped = live.groupby(keys).agg(
            n_pairs=("likely", "sum"),
            n_clusters=("likely_cluster", "nunique"),
            n_coordinate_pairs=("coordinate", "sum"),
            n_internal_pairs=("internal", "sum"),
        )
        counts.append(
            grouped.assign(priority_code="ALL").set_index("priority_code", append=True) if total else grouped
        )
    totals = money.groupby(level="subgroup").sum().assign(priority_code="ALL")
    table = pd.concat([money, totals.set_index("priority_code", append=True)])
    table = table.join(pd.concat(counts)).reset_index()
    positive = table["funding"].where(table["funding"] > 0)
    table = table.assign(
        year=year,
        **{
            c: table[c].fillna(0).astype(np.int64)
            for c in ("n_pairs", "n_clusters", "n_coordinate_pairs", "n_internal_pairs")
        },
        overlap_share=(table["overlapping"] / positive).round(4),
        coordinate_share=(table["coordinate"] / positive).round(4),
        is_total=table["priority_code"].eq("ALL"),
    )
    table = table.sort_values(["subgroup", "is_total", "priority_code"], kind="stable")
    table = table.rename(columns={"funding": funding, "overlapping": overlapping, "coordinate": coordinated})
    return table[columns].reset_index(drop=True)
