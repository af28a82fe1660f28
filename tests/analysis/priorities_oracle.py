"""The phrase matcher as it was before issue 18, frozen: the oracle the fast engine is compared with.

Copied verbatim from ``mtd_analysis/analysis/priorities.py`` (commit 2774e41): ``_tokens``, ``_find_phrases``,
``_best_window``, ``_quote_hits``, ``_mentions`` and ``_score_priorities``. It matches text word by word, in pure
Python, against the package's own lexicon (its phrases, stems and ``matches``), so both engines see the same
priority list whatever the list holds. Only tests import it.

Round 65 added one rule to both engines, written here apart: the sector's own words (``OTHER``'s ``broad_keywords``,
code ``_SECTOR``) count for ``OTHER`` only where no listed priority is named in the title or description, and a title
naming no priority, or only the sector's words beside a description naming one, leaves it to the description, which
then weighs as a title.
"""

from __future__ import annotations

from dataclasses import dataclass

from mtd_analysis.analysis.priorities import (
    _SECTOR,
    _TOKEN_RE,
    CONFIDENCE_HALF,
    DESCRIPTION_WEIGHT,
    PHRASE_WINDOW_SLACK,
    TITLE_WEIGHT,
    _word_and_stem,
    yielded,
)
from mtd_analysis.schema import SPECIAL_PRIORITIES


@dataclass(frozen=True)
class _Token:
    stem: str
    start: int
    end: int
    stop: bool


@dataclass(frozen=True)
class _Hit:
    phrase: object
    positions: frozenset[int]
    quality: float
    span: tuple[int, int]


def _tokens(text, stopwords):
    out = []
    for m in _TOKEN_RE.finditer(text):
        word, stem = _word_and_stem(m.group())
        out.append(_Token(stem, m.start(), m.end(), word in stopwords or stem in stopwords))
    return out


def _find_phrases(tokens, lexicon, kinds):
    where = {}
    for i, token in enumerate(tokens):
        if token.stop:
            continue
        for stem, quality in lexicon.matches(token.stem).items():
            where.setdefault(stem, []).append((i, quality))
    hits = []
    candidates = sorted({i for stem in where for i in lexicon.phrases_with.get(stem, ())})
    for phrase in (lexicon.phrases[i] for i in candidates):
        if phrase.kind not in kinds or any(s not in where for s in phrase.stems):
            continue
        if phrase.priority_code in SPECIAL_PRIORITIES and phrase.kind != "keyword":
            continue
        window = _best_window(phrase.stems, where, len(phrase.stems) + PHRASE_WINDOW_SLACK)
        if window is not None:
            positions, quality = window
            span = (tokens[min(positions)].start, tokens[max(positions)].end)
            # broad words (broad_keywords) count for BROAD_WEIGHT of a match
            hits.append(_Hit(phrase, frozenset(positions), quality * phrase.weight, span))
    return [h for h in hits if not any(h.positions < other.positions for other in hits)]


def _best_window(stems, where, width):
    events = sorted((pos, k, q) for k, s in enumerate(stems) for pos, q in where[s])
    best, best_key = None, None
    for i, (start, _, _) in enumerate(events):
        chosen = {}
        for pos, k, q in events[i:]:
            if pos - start >= width:
                break
            if k not in chosen or q > chosen[k][1]:
                chosen[k] = (pos, q)
        if len(chosen) == len(stems):
            positions = [p for p, _ in chosen.values()]
            quality = min(q for _, q in chosen.values())
            key = (-quality, max(positions) - min(positions))
            if best_key is None or key < best_key:
                best, best_key = (positions, quality), key
    return best


def _quote_hits(text, hits):
    spans = sorted({h.span for h in hits})
    return ", ".join(f"'{text[a:b]}'" for a, b in spans)


def _mentions(hits):
    groups = []
    for hit in sorted(hits, key=lambda h: min(h.positions)):
        if groups and groups[-1][0] & hit.positions:
            groups[-1][0].update(hit.positions)
            groups[-1][1].append(hit)
        else:
            groups.append((set(hit.positions), [hit]))
    return [g for _, g in groups]


def score_priorities(title, description, lexicon):
    """Every priority with a hit, best first: the engine of commit 2774e41 (agency names masked first, as since)."""
    from mtd_analysis.ingest.values import mask_agency_names

    title, description = mask_agency_names(title), mask_agency_names(description)
    kinds = ("name", "synonym", "keyword", "broad")
    found = {}  # label -> {code: hits}
    for label, text in (("title", title), ("description", description)):
        if not text:
            continue
        by_code = {}
        for hit in _find_phrases(_tokens(text, lexicon.stopwords), lexicon, kinds):
            by_code.setdefault(hit.phrase.priority_code, []).append(hit)
        if by_code:
            found[label] = by_code
    named = any(c not in SPECIAL_PRIORITIES and c != _SECTOR for by_code in found.values() for c in by_code)
    in_title = set(found.get("title", {}))
    title_says = bool(in_title - {_SECTOR}) or (bool(in_title) and not named)
    weights = {"title": TITLE_WEIGHT, "description": DESCRIPTION_WEIGHT if title_says else TITLE_WEIGHT}
    scores = {}
    for label, by_code in found.items():
        for code, hits in by_code.items():
            if code == _SECTOR and named:
                continue
            entry = scores.setdefault("OTHER" if code == _SECTOR else code, {"score": 0.0, "hits": {}})
            entry["score"] += weights[label] * sum(max(h.quality for h in group) for group in _mentions(hits))
            entry["hits"].setdefault(label, []).append(hits)
    texts = {"title": title, "description": description}
    out = []
    for code, entry in scores.items():
        evidence = "; ".join(
            f"{label}: " + _quote_hits(texts[label], [h for hits in groups for h in hits])
            for label, groups in entry["hits"].items()
        )
        score = round(entry["score"], 6)
        out.append(
            {
                "priority_code": code,
                "score": score,
                "confidence": round(score / (score + CONFIDENCE_HALF), 3),
                "evidence": evidence,
            }
        )
    listed = [d["score"] for d in out if d["priority_code"] not in ("OTHER", "UNMAPPED")]
    if listed and max(listed) > 0:
        out = [d for d in out if d["priority_code"] != "OTHER" or d["score"] > max(listed)]
    out = yielded(out, texts.get("title", ""), getattr(lexicon, "yields", {}))  # the list's yields_to
    return sorted(out, key=lambda d: (-d["score"], lexicon.order[d["priority_code"]]))
