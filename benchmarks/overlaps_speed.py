"""Overlaps of 100,000 projects, before and after issue 15, in one run on the same input.

The input is the scaling corpus of ``benchmarks/run.py`` (1,000 CSV files of 100 rows), read, mapped
and allocated once with the current code and cached in ``benchmarks/corpus/``. Each version of
``find_overlaps`` then runs in its own child process on that same input (time from
``time.perf_counter``, peak memory from ``getrusage``): *after* is the working tree's
``mtd_analysis.analysis.overlaps``; *before* is ``overlaps.py`` (with the ``schema.py`` it was written
against) as committed at ``--before`` (default: the commit before issue 15), loaded from git.

Run: ``.venv/bin/python benchmarks/overlaps_speed.py [--files 1000] [--before REF]``.
"""

from __future__ import annotations

import argparse
import json
import pickle
import resource
import subprocess
import sys
import time
import types
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

#: overlaps.py as it was before issue 15 (the house restructure's commit).
BEFORE_REF = "2774e41"


def prepared_input(files: int, rows: int = 100) -> Path:
    """(projects, allocations) of the scaling corpus, read, mapped and allocated once, pickled."""
    import corpus

    folder = HERE / "corpus" / f"scaling-csv-{files}x{rows}"
    corpus.write_csv_corpus(folder, files, rows)
    cached = HERE / "corpus" / f"overlaps-input-{files}x{rows}.pkl"
    if cached.exists() and cached.stat().st_mtime >= max(p.stat().st_mtime for p in folder.iterdir()):
        return cached
    from mtd_analysis.analysis import allocations, money, priorities
    from mtd_analysis.build import load_submissions

    projects, _, _ = load_submissions(folder)
    mapping, _ = priorities.map_priorities(projects, priorities.load_priorities(None), None)
    allocated, _ = allocations.allocate(projects, mapping, money.load_rates(None))
    cached.write_bytes(pickle.dumps((projects, allocated)))
    return cached


def _module_at(ref: str) -> types.ModuleType:
    """``mtd_analysis/analysis/overlaps.py`` at a git ref, importing the ``schema.py`` of that ref."""

    def show(path: str) -> str:
        return subprocess.run(
            ["git", "show", f"{ref}:{path}"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout

    schema = types.ModuleType("_schema_before")
    exec(compile(show("mtd_analysis/schema.py"), "schema_before.py", "exec"), schema.__dict__)
    sys.modules["_schema_before"] = schema
    source = show("mtd_analysis/analysis/overlaps.py").replace(
        "from mtd_analysis.schema import", "from _schema_before import"
    )
    module = types.ModuleType("_overlaps_before")
    exec(compile(source, "overlaps_before.py", "exec"), module.__dict__)
    return module


def child(version: str, data: Path, ref: str) -> None:
    """Time one version of ``find_overlaps`` on the pickled input; print one JSON line."""
    projects, allocated = pickle.loads(data.read_bytes())
    if version == "before":
        module = _module_at(ref)
    else:
        from mtd_analysis.analysis import overlaps as module
    module.find_overlaps(projects.head(200), allocated)  # warm up: reference data, caches
    t0 = time.perf_counter()
    found = module.find_overlaps(projects, allocated)
    seconds = time.perf_counter() - t0
    tiers = found["tier"].value_counts().to_dict() if "tier" in found else {}
    print(
        json.dumps(
            {
                "version": version,
                "seconds": round(seconds, 2),
                "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
                "rows": len(found),
                "tiers": {str(k): int(v) for k, v in tiers.items()},
            }
        )
    )


def measure(files: int = 1000, ref: str = BEFORE_REF) -> dict:
    """Before and after on the same input of ``files`` x 100 projects."""
    data = prepared_input(files)
    out = {"projects": files * 100, "before_ref": ref}
    for version in ("before", "after"):
        done = subprocess.run(
            [sys.executable, __file__, "--child", version, str(data), "--before", ref],
            capture_output=True,
            text=True,
            cwd=ROOT,
        )
        lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
        out[version] = json.loads(lines[-1]) if lines else {"failed": done.stderr[-500:]}
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=1000, help="files of 100 projects (default 1000)")
    parser.add_argument("--before", default=BEFORE_REF, help="git ref of the 'before' overlaps.py")
    parser.add_argument("--child", nargs=2, metavar=("VERSION", "DATA"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], Path(args.child[1]), args.before)
        return
    print(json.dumps(measure(args.files, args.before), indent=2))


if __name__ == "__main__":
    main()
