"""The phrase matcher as it was before issue 18, frozen: the oracle the fast engine is compared with.

Copied verbatim from ``mtd_analysis/analysis/priorities.py`` (commit 2774e41): ``_tokens``, ``_find_phrases``,
``_best_window``, ``_quote_hits``, ``_mentions`` and ``_score_priorities``. It matches text word by word, in pure
Python, against the package's own lexicon (its phrases, stems and ``matches``), so both engines see the same
priority list whatever the list holds. Only tests import it.
"""

from __future__ import annotations

from dataclasses import dataclass

from mtd_analysis.analysis.priorities import (
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
    scores = {}
    kinds = ("name", "synonym", "keyword", "broad")
    for label, text, weight in (
        ("title", title, TITLE_WEIGHT),
        ("description", description, DESCRIPTION_WEIGHT),
    ):
        if not text:
            continue
        by_code = {}
        for hit in _find_phrases(_tokens(text, lexicon.stopwords), lexicon, kinds):
            by_code.setdefault(hit.phrase.priority_code, []).append(hit)
        for code, hits in by_code.items():
            entry = scores.setdefault(code, {"score": 0.0, "hits": {}})
            entry["score"] += weight * sum(max(h.quality for h in group) for group in _mentions(hits))
            entry["hits"][label] = hits
    texts = {"title": title, "description": description}
    out = []
    for code, entry in scores.items():
        evidence = "; ".join(
            f"{label}: {_quote_hits(texts[label], hits)}" for label, hits in entry["hits"].items()
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
