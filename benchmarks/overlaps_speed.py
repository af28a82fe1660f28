"""Overlaps before and after a change, in one run on the same input (issue 15, then issue 18).

The input is the scaling corpus of ``benchmarks/run.py`` (1,000 CSV files of 100 rows), read, mapped
and allocated once with the current code and cached in ``benchmarks/corpus/``, or the projects and
allocations of a build folder (``--build``: for instance a build of 100,000 projects with distinct
titles). Each version of ``find_overlaps`` then runs in its own child process on that same input
(time from ``time.perf_counter``, peak memory from ``getrusage``), ``--repeat`` times, alternating:
*after* is the working tree's ``mtd_analysis.analysis.overlaps``; *before* is ``overlaps.py`` and the
``activities.py`` it reads texts with (and the ``schema.py`` it was written against) as committed at
``--before`` (default: the commit before issue 18), loaded from git. Both must give the same tables;
``identical`` says whether they did.

Run: ``.venv/bin/python benchmarks/overlaps_speed.py [--files 1000 | --build DIR] [--before REF] [--repeat N]``.
"""

from __future__ import annotations

import argparse
import hashlib
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

#: overlaps.py and activities.py as they were before issue 18.
BEFORE_REF = "7e2978b"


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


def build_input(folder: Path) -> Path:
    """(projects, allocations) of a build folder, pickled beside the corpora once."""
    where = hashlib.sha256(str(folder.resolve()).encode()).hexdigest()[:8]
    cached = HERE / "corpus" / f"overlaps-input-{folder.resolve().name}-{where}.pkl"
    manifest = folder / "manifest.json"
    if cached.exists() and cached.stat().st_mtime >= manifest.stat().st_mtime:
        return cached
    from mtd_analysis.store import load_build

    build = load_build(folder)
    cached.parent.mkdir(parents=True, exist_ok=True)
    cached.write_bytes(pickle.dumps((build["projects"], build["allocations"])))
    return cached


def _module_at(ref: str) -> types.ModuleType:
    """``mtd_analysis/analysis/overlaps.py`` at a git ref, importing the ``schema.py`` and
    ``activities.py`` of that ref."""

    def show(path: str) -> str:
        return subprocess.run(
            ["git", "show", f"{ref}:{path}"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout

    def load(name: str, source: str) -> types.ModuleType:
        module = types.ModuleType(name)
        sys.modules[name] = module
        exec(compile(source, f"{name}.py", "exec"), module.__dict__)
        return module

    load("_schema_before", show("mtd_analysis/schema.py"))
    load("_activities_before", show("mtd_analysis/analysis/activities.py"))
    source = (
        show("mtd_analysis/analysis/overlaps.py")
        .replace("from mtd_analysis.schema import", "from _schema_before import")
        .replace("from mtd_analysis.analysis.activities import", "from _activities_before import")
    )
    return load("_overlaps_before", source)


def child(version: str, data: Path, ref: str) -> None:
    """Time one version of ``find_overlaps`` (then ``duplication`` and ``internal_overlap_issues``, apart) on the
    pickled input; print one JSON line."""
    projects, allocated = pickle.loads(data.read_bytes())
    if version == "before":
        module = _module_at(ref)
    else:
        from mtd_analysis.analysis import overlaps as module
    module.find_overlaps(projects.head(200), allocated)  # warm up: reference data, caches
    t0 = time.perf_counter()
    found = module.find_overlaps(projects, allocated)
    seconds = time.perf_counter() - t0
    t0 = (
        time.perf_counter()
    )  # what the build does with the pairs: the duplication table, the partners' issues
    duplication = module.duplication(found, allocated, 2021)
    issues = module.internal_overlap_issues(found, projects)
    after_seconds = time.perf_counter() - t0
    tiers = found["tier"].value_counts().to_dict() if "tier" in found else {}
    written = [table.to_csv(index=False).encode() for table in (found, duplication)]
    digest = hashlib.sha256(b"".join(written)).hexdigest()[:16]
    # the partners' issues apart: their wording may change without the engine changing (a CSV's place has no sheet)
    places = (
        issues["message"].str.replace(r", sheet (?:nan|None|), row", ", row", regex=True)
        if len(issues)
        else []
    )
    issues_digest = hashlib.sha256("\n".join(places).encode()).hexdigest()[:16]
    print(
        json.dumps(
            {
                "version": version,
                "seconds": round(seconds, 2),
                "duplication_and_issues_seconds": round(after_seconds, 2),
                "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
                "rows": len(found),
                "tiers": {str(k): int(v) for k, v in tiers.items()},
                "digest": digest,
                "issues_digest": issues_digest,
            }
        )
    )


def measure(files: int = 1000, ref: str = BEFORE_REF, build: Path | None = None, repeat: int = 1) -> dict:
    """Before and after on the same input (``files`` x 100 projects, or a build folder's), alternating."""
    data = build_input(build) if build else prepared_input(files)
    out: dict = {"input": build.name if build else f"{files * 100} projects", "before_ref": ref}
    runs: dict[str, list[dict]] = {"before": [], "after": []}
    for _ in range(repeat):
        for version in ("before", "after"):
            done = subprocess.run(
                [sys.executable, __file__, "--child", version, str(data), "--before", ref],
                capture_output=True,
                text=True,
                cwd=ROOT,
            )
            lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
            runs[version].append(json.loads(lines[-1]) if lines else {"failed": done.stderr[-500:]})
    for version, found in runs.items():
        out[version] = min(found, key=lambda run: run.get("seconds", float("inf")))
        out[version]["all_seconds"] = [run.get("seconds") for run in found]
    out["identical"] = all(out["before"].get(k) == out["after"].get(k) for k in ("digest", "issues_digest"))
    if out["after"].get("seconds"):
        out["speedup"] = round(out["before"]["seconds"] / out["after"]["seconds"], 1)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=1000, help="files of 100 projects (default 1000)")
    parser.add_argument(
        "--build", type=Path, help="a build folder whose projects and allocations are the input"
    )
    parser.add_argument("--repeat", type=int, default=1, help="runs of each version, alternating (best kept)")
    parser.add_argument("--before", default=BEFORE_REF, help="git ref of the 'before' overlaps.py")
    parser.add_argument("--child", nargs=2, metavar=("VERSION", "DATA"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], Path(args.child[1]), args.before)
        return
    print(json.dumps(measure(args.files, args.before, args.build, args.repeat), indent=2))


if __name__ == "__main__":
    main()
