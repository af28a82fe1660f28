"""Calibration of the overlap tiers on labelled project pairs: threshold, precision and recall.

``benchmarks/overlaps_pairs.csv`` holds project pairs written by hand for this purpose (police, border
guards, migration service, national guard, emergency service, MIA), independently of the thesaurus:
``duplicate`` (the same things bought, built, trained or written, often in two languages),
``coordinate`` (same agency and theme, different activity: look-alikes included) and ``unrelated``.
Each pair is put through :func:`find_overlaps` end to end (its own priority, the same agency unless
one side leaves it blank, overlapping periods, two partners). The likely-duplicate threshold is
chosen on the ``tune`` half (the middle of the range of thresholds with the best F1) and precision and
recall of the likely-duplicate tier are reported on the ``held_out`` half, which played no part in
the choice.

Run: ``.venv/bin/python benchmarks/overlaps_calibration.py`` (also run by ``benchmarks/run.py``).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from mtd_analysis import config  # noqa: E402
from mtd_analysis.analysis.overlaps import LIKELY, find_overlaps  # noqa: E402

PAIRS_FILE = HERE / "overlaps_pairs.csv"


def labelled_pairs(path: Path = PAIRS_FILE) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def scored_pairs(pairs: pd.DataFrame) -> pd.DataFrame:
    """Each labelled pair with the activity similarity and tier ``find_overlaps`` gives it (threshold 0)."""
    records, allocations = [], []
    for rec in pairs.to_dict("records"):
        for side, start, end in (("a", "2021-01-01", "2021-12-31"), ("b", "2021-04-01", "2022-03-31")):
            pid = f"{rec['pair']}-{side}"
            records.append(
                {
                    "project_id": pid,
                    "partner": f"partner {side.upper()}",
                    "implementer": "",
                    "title": rec[f"title_{side}"],
                    "description": rec[f"description_{side}"] or None,
                    "beneficiaries": rec[f"agency_{side}"] or None,
                    "start_date": start,
                    "end_date": end,
                }
            )
            allocations.append(
                {"project_id": pid, "priority_code": rec["pair"], "subgroup": "s", "share": 1.0}
            )
    found = find_overlaps(pd.DataFrame(records), pd.DataFrame(allocations), threshold=0.0)
    found = found.assign(pair=found["project_a"].str[:-2]).set_index("pair")
    return pairs.assign(
        activity_similarity=pairs["pair"].map(found["activity_similarity"]),
        found=pairs["pair"].isin(found.index),
        cross_language=pairs["lang_a"] != pairs["lang_b"],
    )


def _rates(predicted: np.ndarray, truth: np.ndarray) -> dict:
    tp, fp, fn = (
        int((predicted & truth).sum()),
        int((predicted & ~truth).sum()),
        int((~predicted & truth).sum()),
    )
    return {
        "pairs": int(len(truth)),
        "duplicates": int(truth.sum()),
        "precision": round(tp / (tp + fp), 3) if tp + fp else None,
        "recall": round(tp / (tp + fn), 3) if tp + fn else None,
        "false_positives": fp,
        "missed": fn,
    }


def choose_threshold(similarity: np.ndarray, truth: np.ndarray) -> float:
    """The middle of the range of thresholds (0.30..0.95, step 0.01) with the best F1 on these pairs."""
    grid = np.round(np.arange(0.30, 0.951, 0.01), 2)
    f1 = []
    for t in grid:
        predicted = similarity >= t
        tp = (predicted & truth).sum()
        f1.append(2 * tp / (2 * tp + (predicted & ~truth).sum() + (~predicted & truth).sum()))
    best = np.flatnonzero(np.isclose(f1, max(f1)))
    return float(np.round((grid[best[0]] + grid[best[-1]]) / 2, 2))


def calibrate() -> dict:
    scored = scored_pairs(labelled_pairs())
    truth = (scored["label"] == "duplicate").to_numpy()
    similarity = scored["activity_similarity"].fillna(-1).to_numpy(float)
    tune = (scored["split"] == "tune").to_numpy()
    chosen = choose_threshold(similarity[tune], truth[tune])
    shipped = config.OVERLAP_LIKELY_THRESHOLD
    likely = similarity >= shipped
    held = ~tune
    cross = scored["cross_language"].to_numpy()
    wrong = scored.loc[
        likely != truth, ["pair", "split", "label", "activity_similarity", "title_a", "title_b"]
    ]
    return {
        "pairs": int(len(scored)),
        "labels": scored["label"].value_counts().to_dict(),
        "cross_language_pairs": int(cross.sum()),
        "every_pair_found": bool(scored["found"].all()),
        "threshold_chosen_on_tune": chosen,
        "threshold_shipped": shipped,
        "held_out": _rates(likely[held], truth[held]),
        "held_out_cross_language": _rates(likely[held & cross], truth[held & cross]),
        "tune": _rates(likely[tune], truth[tune]),
        "all": _rates(likely, truth),
        "misclassified": wrong.to_dict("records"),
        "tier_name": LIKELY,
    }


def main() -> None:
    result = calibrate()
    held = result["held_out"]
    print(
        f"Overlap calibration: {result['pairs']} labelled pairs ({result['labels']}; "
        f"{result['cross_language_pairs']} across languages)"
    )
    print(
        f"threshold chosen on the tune half: {result['threshold_chosen_on_tune']}; "
        f"shipped (config.OVERLAP_LIKELY_THRESHOLD): {result['threshold_shipped']}"
    )
    for part in ("held_out", "held_out_cross_language", "tune", "all"):
        r = result[part]
        print(
            f"  {part:24s} pairs {r['pairs']:3d}  duplicates {r['duplicates']:3d}  "
            f"precision {r['precision']}  recall {r['recall']}  (false positives {r['false_positives']}, "
            f"missed {r['missed']})"
        )
    for rec in result["misclassified"]:
        print(f"  misclassified {rec['pair']} ({rec['split']}, {rec['label']}, {rec['activity_similarity']}): "
              f"{rec['title_a']} | {rec['title_b']}")  # fmt: skip
    if "--json" in sys.argv:
        print(json.dumps(result, ensure_ascii=False))
    if held["precision"] is None or held["precision"] < 0.9 or (held["recall"] or 0) < 0.9:
        print("held-out precision or recall below the 0.9 target")


if __name__ == "__main__":
    main()
