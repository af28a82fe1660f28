"""Overlaps as before issue 18, frozen: the oracle the fast engine is compared with.

Copied verbatim from ``mtd_analysis/analysis/overlaps.py`` (commit 7e2978b), module docstring left out, reading its
text features from ``activities_oracle`` (the activities module of the same commit). Only tests import it.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from pathlib import Path

import numpy as np
import pandas as pd
from activities_oracle import (
    TextFeatures,
    activity_match,
    agencies_in_text,
    load_activity_terms,
    load_places,
    mask_members,
    text_features,
)
from rapidfuzz import fuzz
from rapidfuzz.process import cpdist

from mtd_analysis import config
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
    empty (``agency_basis`` ``not stated``) and the project is compared across agencies.
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
    stated = df["beneficiaries"].ne("")
    text = _text_column(df["title"]) + " . " + _text_column(df["description"])
    inferred = pd.Series("", index=df.index, dtype="str")
    unstated = np.flatnonzero(~stated.to_numpy())
    if len(unstated):
        found = {t: ";".join(agencies_in_text(t)) for t in text.iloc[unstated].unique()}
        inferred.iloc[unstated] = text.iloc[unstated].map(found).to_numpy()
    basis = np.where(stated, AGENCY_STATED, np.where(inferred.ne(""), AGENCY_INFERRED, AGENCY_NOT_STATED))
    return df.assign(agencies=df["beneficiaries"].where(stated, inferred), agency_basis=basis)


def _agencies(beneficiaries: str) -> list[str]:
    """Sorted, de-duplicated agency codes of a ``;``-joined list."""
    return sorted({code.strip().upper() for code in beneficiaries.split(";") if code.strip()})


def _priority_frame(allocations: pd.DataFrame, project_codes: pd.Series) -> pd.DataFrame:
    """(project code, priority, subgroup, share) for priorities that can overlap."""
    alloc = pd.DataFrame(
        {
            "project_id": _text_column(allocations["project_id"]),
            "priority_code": _text_column(allocations["priority_code"]),
            "subgroup": _text_column(allocations["subgroup"]),
            "share": pd.to_numeric(allocations["share"], errors="coerce").fillna(0.0).astype(float),
        }
    )
    alloc = alloc.loc[alloc["priority_code"].ne("") & ~alloc["priority_code"].isin(SPECIAL_PRIORITIES)]
    alloc = alloc.assign(code=alloc["project_id"].map(project_codes)).dropna(subset=["code"])
    alloc = alloc.assign(code=alloc["code"].astype(np.int64))
    return (
        alloc.sort_values(["code", "priority_code", "share"], ascending=[True, True, False], kind="stable")
        .drop_duplicates(["code", "priority_code"])
        .reset_index(drop=True)[["code", "priority_code", "subgroup", "share"]]
    )


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
    a: np.ndarray, b: np.ndarray, priority: np.ndarray, combined: np.ndarray, several: np.ndarray, n: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(positions of one row per pair, keys and priorities of the rows of pairs listed more than once).

    The row kept for a pair is the one with the larger combined share, then the first priority.
    Only a pair whose projects both sit in ``several`` blocks can be listed twice, so only
    those rows are hashed and sorted.
    """
    keys = a.astype(np.int64) * n + b
    maybe = np.flatnonzero(several[a] & several[b])
    which = pd.factorize(keys[maybe])[0]
    repeated = maybe[np.bincount(which)[which] > 1] if len(maybe) else maybe
    single = np.ones(len(a), dtype=bool)
    single[repeated] = False
    order = repeated[np.lexsort((priority[repeated], -combined[repeated], keys[repeated]))]
    sorted_keys = keys[order]
    first = order[np.r_[True, sorted_keys[1:] != sorted_keys[:-1]]] if len(order) else order
    rows = np.sort(np.concatenate([np.flatnonzero(single), first]))
    return rows, keys[repeated], priority[repeated]


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


def _distinct_features(texts: pd.Series) -> tuple[np.ndarray, TextFeatures]:
    """(code per row, :func:`text_features` of the distinct texts): each distinct text is read once."""
    codes, distinct = pd.factorize(_text_column(texts), use_na_sentinel=True)
    return codes.astype(np.int64), text_features(list(distinct))


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
    the other pairs in the call.
    """

    def __init__(self, proj: pd.DataFrame, start: np.ndarray, end: np.ndarray):
        self.start, self.end = start, end
        self.days = (end - start).astype(np.int64) + 1
        self.title_codes, self.titles = _normalised_codes(proj["title"])
        self.text_codes, self.texts = _normalised_codes(proj["description"])
        self.has_text = self.texts[self.text_codes] != ""
        self.implementer, implementers = pd.factorize(proj["implementer"].str.casefold())
        self.named = np.asarray(implementers != "", dtype=bool)[self.implementer]
        whole = _text_column(proj["title"]) + " . " + _text_column(proj["description"])
        self.full_codes, self.full = _distinct_features(whole)
        self.heading_codes, self.heading = _distinct_features(proj["title"])

    def activity(self, a: np.ndarray, b: np.ndarray) -> tuple[dict, dict]:
        """:func:`activities.activity_match` of the whole texts and of the titles of each pair.

        Each distinct pair of texts is compared once (partners repeat the same titles).
        """
        return (
            _distinct_match(self.full, self.full_codes[a], self.full_codes[b]),
            _distinct_match(self.heading, self.heading_codes[a], self.heading_codes[b]),
        )

    def ranked(self, a: np.ndarray, b: np.ndarray) -> dict[str, np.ndarray]:
        """What ranks and tiers a pair: overlap, activity similarity, same implementer, score.

        The titles' spelling is compared only where the thesaurus knows no object in either text
        (elsewhere :func:`combined_similarity` does not use it), so most candidates skip rapidfuzz.
        """
        overlap_start = np.maximum(self.start[a], self.start[b])
        overlap_end = np.minimum(self.end[a], self.end[b])
        overlap_days = (overlap_end - overlap_start).astype(np.int64) + 1
        overlap_share = overlap_days / np.minimum(self.days[a], self.days[b])
        full, title = self.activity(a, b)
        unknown = np.flatnonzero(np.isnan(np.fmax(full["concept_similarity"], title["concept_similarity"])))
        spelling = np.zeros(len(a))
        spelling[unknown] = _pair_similarity(self.title_codes, self.titles, a[unknown], b[unknown])
        activity = combined_similarity(full, title, spelling)
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

    def __call__(self, a: np.ndarray, b: np.ndarray) -> dict[str, np.ndarray]:
        """:meth:`ranked` and the spelling similarities of titles and descriptions."""
        title_similarity = _pair_similarity(self.title_codes, self.titles, a, b)
        described = self.has_text[a] & self.has_text[b]
        description_similarity = np.full(len(a), np.nan)
        if described.any():
            description_similarity[described] = _pair_similarity(
                self.text_codes, self.texts, a[described], b[described]
            )
        similarity = np.where(described, (title_similarity + description_similarity) / 2, title_similarity)
        return {
            **self.ranked(a, b),
            "title_similarity": title_similarity,
            "description_similarity": description_similarity,
            "similarity": similarity,
        }


def _ranking(score: np.ndarray, a: np.ndarray, b: np.ndarray, n: int) -> np.ndarray:
    """Positions by descending score, then a, then b (scores are rounded to 3 decimals).

    One sort of a single integer key when it fits in 63 bits, else a three-key lexsort.
    """
    milli = np.rint(score * 1000).astype(np.int64)
    top = int(milli.max(initial=0))
    low = int(milli.min(initial=0))
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
    """For each kept pair listed under several priorities: the names of the other ones, in code order."""
    listed = np.isin(shared_keys, kept_keys)
    chosen = dict(zip(kept_keys.tolist(), kept_priorities.tolist(), strict=True))
    others: dict[int, list[str]] = {}
    for key, other in sorted(
        set(zip(shared_keys[listed].tolist(), shared_priorities[listed].tolist(), strict=True))
    ):
        if other != chosen[key]:
            others.setdefault(key, []).append(priority_names[other])
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


def _normalised_codes(texts: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """(code per row, distinct normalised texts): :func:`normalise_text` once per distinct text."""
    codes, distinct = pd.factorize(texts.astype(object), use_na_sentinel=True)
    normalised = np.array([normalise_text(t) for t in distinct] + [""], dtype=object)  # NA -> last
    norm_codes, norm_distinct = pd.factorize(normalised[codes])
    return norm_codes.astype(np.int64), np.asarray(norm_distinct, dtype=object)


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
) -> list[str]:
    """The reasons of each pair, in words."""
    title_pct = np.rint(pairs["title_similarity"].to_numpy(float) * 100)
    described = pairs["description_similarity"].to_numpy(float)
    description_pct = np.rint(np.nan_to_num(described) * 100)
    reasons = []
    for code, key, both, label, months, t_pct, d_pct, has_d, same, who in zip(
        pairs["priority_code"].tolist(),
        keys.tolist(),
        pairs["beneficiary"].tolist(),
        span.tolist(),
        pairs["overlap_months"].tolist(),
        title_pct.astype(np.int64).tolist(),
        description_pct.astype(np.int64).tolist(),
        (~np.isnan(described)).tolist(),
        pairs["same_implementer"].tolist(),
        implementer.tolist(),
        strict=True,
    ):
        parts = [f"same priority {code}"]
        if key in others:
            parts.append(f"also share {', '.join(others[key])}")
        parts.append("both " + both.replace(";", ", "))
        parts.append(f"overlap {label} ({months} {'month' if months == 1 else 'months'})")
        parts.append(f"titles {t_pct}% similar")
        if has_d:
            parts.append(f"descriptions {d_pct}% similar")
        if same:
            parts.append(f"same implementer {who}")
        reasons.append("; ".join(parts))
    return reasons


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


def _activity_words(full: TextFeatures, i: int, j: int) -> list[str]:
    """What two texts share or where they differ, in words (things, actions, themes, places, quantities)."""
    parts = []
    things = mask_members(full.concrete[i] & full.concrete[j])
    actions = mask_members(full.actions[i] & full.actions[j])
    themes = [k for k in mask_members(full.objects[i] & full.objects[j]) if k not in things]
    if things:
        parts.append("same things: " + _concept_words(things))
    if actions:
        parts.append("same action: " + _concept_words(actions))
    only_a, only_b = mask_members(full.actions[i]), mask_members(full.actions[j])
    if only_a and only_b and not actions:
        parts.append(f"different actions: {_concept_words(only_a)} against {_concept_words(only_b)}")
    if themes:
        parts.append("same theme: " + _concept_words(themes))
    places = _concept_labels()[1]
    shared = mask_members(full.places[i] & full.places[j])
    first, second = mask_members(full.places[i]), mask_members(full.places[j])
    if shared:
        parts.append("same place: " + ", ".join(places[k] for k in shared))
    elif first and second:
        parts.append(
            f"places {', '.join(places[k] for k in first)} against {', '.join(places[k] for k in second)}"
        )
    quantities = sorted(
        set(full.quantities[i][full.quantities[i] >= 0].tolist()) & set(full.quantities[j].tolist())
    )
    if quantities:
        parts.append("same quantity: " + ", ".join(f"{q:,}" for q in quantities))
    return parts


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
    about = np.array(
        ["; ".join(_activity_words(measure.full, int(k // width), int(k % width))) for k in distinct] + [""],
        dtype=object,
    )[which if len(which) else np.zeros(0, dtype=np.int64)]
    blank = np.flatnonzero(about == "")
    if len(blank):
        activity = pairs["activity_similarity"].to_numpy(float)[blank]
        alike = np.array([f"titles alike ({round(x * 100)}%)" for x in activity.tolist()], dtype=object)
        coordinate = pairs["tier"].to_numpy(object)[blank] == COORDINATE
        about[blank] = np.where(coordinate, "no activity in common", alike)
    same = pairs["same_implementer"].to_numpy(bool)
    who = np.where(same, "; same implementer " + implementer.astype(str).astype(object), "")
    basis = pairs["agency_basis"].map(_BASIS_WORDS).to_numpy(object)
    return about + who + "; period " + span.astype(object) + basis


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
) -> tuple[np.ndarray, np.ndarray]:  # fmt: skip
    """(score as float32, tier as int8) of the pairs, in chunks (bounded temporary memory)."""
    score = np.zeros(len(a), dtype=np.float32)
    tier = np.zeros(len(a), dtype=np.int8)
    for at in range(0, len(a), _SCORE_CHUNK):
        part = slice(at, at + _SCORE_CHUNK)
        measured = measure.ranked(a[part], b[part])
        score[part] = measured["score"]
        tier[part] = _tiers(measured["activity_similarity"], same_partner[part], duplicate[part], threshold)
    return score, tier


def _kept_pairs(score, tier, a, b, found, max_per_project: int, n: int) -> np.ndarray:
    """Positions of the pairs kept: per tier, taken by descending score while both projects have room."""
    kept = []
    for index in range(len(TIERS)):
        within = np.flatnonzero(tier == index)
        rank = within[_ranking(score[within], a[within], b[within], n)]
        kept.append(rank[_bounded(a[rank], b[rank], found[rank] >= 0, max_per_project, n)])
    return np.sort(np.concatenate(kept))


def find_overlaps(
    projects: pd.DataFrame,
    allocations: pd.DataFrame,
    decisions: pd.DataFrame | None = None,
    min_months: int = config.OVERLAP_MIN_MONTHS,
    max_per_project: int = config.OVERLAP_MAX_PER_PROJECT,
    threshold: float = config.OVERLAP_LIKELY_THRESHOLD,
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
    proj = _project_frame(projects)
    n = len(proj)
    codes = pd.Series(np.arange(n, dtype=np.int64), index=proj["project_id"].to_numpy())
    prio = _priority_frame(allocations, codes)
    priority_names = np.array(sorted(prio["priority_code"].unique()), dtype=object)
    prio = prio.assign(priority=pd.Index(priority_names).get_indexer(prio["priority_code"]))
    blocks, agency_sets, list_code = _blocks(proj, prio)
    if blocks.empty:
        return _empty_overlaps()
    start = proj["start"].to_numpy().astype("datetime64[D]")
    end = proj["end"].to_numpy().astype("datetime64[D]")
    a, b, priority, combined = _structural_pairs(blocks, start, end, min_months)
    if len(a) == 0:
        return _empty_overlaps()
    several = np.bincount(blocks["code"].to_numpy(np.int64), minlength=n) > 1
    rows, shared_keys, shared_priorities = _one_per_pair(a, b, priority, combined, several, n)
    a, b, priority = a[rows].astype(np.int64), b[rows].astype(np.int64), priority[rows]
    del combined, rows
    measure = _PairMeasures(proj, start, end)
    found, decision_words = _decided(decisions, codes, a, b, n)
    duplicate = np.zeros(len(a), dtype=bool)
    duplicate[found >= 0] = decision_words[found[found >= 0]] == "duplicate"
    partner = pd.factorize(proj["partner"].str.casefold())[0]
    score, tier = _scored(measure, a, b, partner[a] == partner[b], duplicate, threshold)
    kept = _kept_pairs(score, tier, a, b, found, max_per_project, n)
    a, b, priority, found, tier = a[kept], b[kept], priority[kept], found[kept], tier[kept].astype(np.int64)
    del score, duplicate
    decision = np.full(len(a), None, dtype=object)
    decision[found >= 0] = decision_words[found[found >= 0]]
    pairs = _pair_table(proj, measure, a, b, priority, priority_names, tier, decision)
    pairs = pairs.assign(cluster=_clusters(pairs, n))
    others = _other_priorities(
        a * n + b, pairs["priority"].to_numpy(), shared_keys, shared_priorities, priority_names
    )
    pairs = _described(pairs, proj, prio, measure, others, agency_sets, list_code, n)
    order = np.lexsort(
        (b, a, -pairs["score"].to_numpy(), pairs["cluster"].to_numpy(), tier, pairs["dismissed"].to_numpy())
    )
    return pairs[OVERLAP_COLUMNS].iloc[order].reset_index(drop=True)


def _pair_table(proj, measure, a, b, priority, priority_names, tier, decision) -> pd.DataFrame:
    """The kept pairs with their measures (codes ``a``, ``b`` and ``priority`` kept for the next steps)."""
    kept_measures = measure(a, b)
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
            "overlap_start": np.datetime_as_string(overlap_start, unit="D").astype(object),
            "overlap_end": np.datetime_as_string(overlap_end, unit="D").astype(object),
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
    start = np.asarray(pairs["overlap_start"].tolist(), dtype="datetime64[D]")
    end = np.asarray(pairs["overlap_end"].tolist(), dtype="datetime64[D]")
    span = _span_labels(start, end)
    implementer_name = proj["implementer"].to_numpy(object)[pair_a]
    return pairs.assign(
        reasons=_reasons(pairs, others, pair_a * n + pair_b, span, implementer_name),
        evidence=_evidence(pairs, measure, span, implementer_name) if len(pairs) else [],
        dismissed=pairs["cluster"].eq(0),
    )


def internal_overlap_issues(overlaps: pd.DataFrame, projects: pd.DataFrame) -> pd.DataFrame:
    """Issues for the partners' feedback: each ``internal`` pair (one partner's two look-alike projects).

    One ``warning`` of kind ``overlap`` per pair, at the row of its second project (``project_b``), naming
    the first one (file, sheet and row) and the evidence, so that the partner says whether it is the
    same project twice or two projects that differ. Not duplication between partners: such pairs are
    not counted in :func:`duplication`. This function does not mutate its inputs.

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
    where = where.set_index("project_id")[["source_file", "source_sheet", "source_row"]]
    rows = []
    for first, second, evidence in zip(
        internal["project_a"], internal["project_b"], internal["evidence"], strict=True
    ):
        if second not in where.index or first not in where.index:
            continue
        a, b = where.loc[first], where.loc[second]
        sheet = a["source_sheet"] if isinstance(a["source_sheet"], str) and a["source_sheet"] else None
        place = f"{a['source_file']}, " + (f"sheet {sheet}, " if sheet else "") + f"row {a['source_row']}"
        rows.append(
            issue(
                str(b["source_file"]),
                f"project {second} looks like your project {first} ({place}): {evidence}. "
                "If it is the same project, keep one row; if not, say in the description how they differ.",
                sheet=b["source_sheet"],
                row=b["source_row"],
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
    """Each allocation's amount when its project is in one of ``pairs`` under that priority, else 0."""
    members = pd.concat(
        [
            pairs[["project_a", "priority_code"]].rename(columns={"project_a": "project_id"}),
            pairs[["project_b", "priority_code"]].rename(columns={"project_b": "project_id"}),
        ]
    ).drop_duplicates()
    key = pd.MultiIndex.from_frame(alloc[["project_id", "priority_code"]])
    inside = key.isin(pd.MultiIndex.from_frame(members)) if len(members) else np.zeros(len(alloc), dtype=bool)
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
