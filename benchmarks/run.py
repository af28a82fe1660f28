"""Benchmarks of mtd-analysis: ingest, kernels, scaling, report, notebooks and cold start, on synthetic partner files.

Run from the repository root::

    .venv/bin/python benchmarks/run.py             # everything but the fresh-clone demo
    .venv/bin/python benchmarks/run.py --quick     # small smoke run (results in benchmarks/corpus/quick-results)
    .venv/bin/python benchmarks/run.py --only ingest --only help
    .venv/bin/python benchmarks/run.py --cold      # also `make demo` in a fresh clone (slow)

A full run writes ``benchmarks/results/latest.json``, ``latest.md`` and ``scaling.png``. A run with
``--only`` updates those scenarios in the existing results and keeps the others. See
``benchmarks/README.md`` for what each scenario measures.

Every build that is timed runs in a child process of this script (``--child-build``), which calls
``mtd_analysis.build.build()`` in-process and reports its own timings, so that a memory watchdog can
stop a build that outgrows ``--memory-limit`` before it hurts the machine.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import io
import json
import os
import platform
import pstats
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

import corpus  # noqa: E402  (benchmarks/corpus.py, beside this script)

RESULTS_DIR = HERE / "results"
CORPUS_DIR = HERE / "corpus"
SCENARIOS = ("ingest", "kernels", "scaling", "overlaps", "report", "notebooks", "help", "demo")
PHASES = ("read", "map", "allocate", "coverage", "overlaps", "quality", "write")

#: Targets of issues 8 and 18.
TARGET_INGEST_RATIO, BAR_INGEST_RATIO = 1.0, 1.5
TARGET_100K_SECONDS, TARGET_100K_MB = 15.0, 1024.0
TARGET_GROWTH = 12.0
TARGET_NOTEBOOKS_SECONDS = 60.0
TARGET_HELP_SECONDS = 0.3
TARGET_CLASSIFY_SECONDS = 1.0
TARGET_REPORT_YARDSTICKS = 2.0
SAMPLE_SNAPSHOT = ROOT / "data" / "raw" / "sample" / "2021-06"

#: The report's yardstick: twenty plain slide-sized bar charts saved as 200-dpi PNG and SVG, in one process.
YARDSTICK = """
import io, matplotlib
matplotlib.use("Agg")
from matplotlib.figure import Figure
for i in range(20):
    fig = Figure(figsize=(10, 5.625))
    ax = fig.add_subplot()
    ax.barh([f"Priority {k}" for k in range(10)], [(k * 7919 + i) % 1000 * 1e3 for k in range(10)])
    ax.set_title(f"Chart {i}")
    fig.savefig(io.BytesIO(), format="png", dpi=200)
    fig.savefig(io.BytesIO(), format="svg")
"""


# ---------------------------------------------------------------------------
# measuring


def _mb(kilobytes: float) -> float:
    return round(kilobytes / 1024, 1)


def _proportional_kb(pid: int) -> int | None:
    """A process's proportional set size (kB): its own pages plus its share of pages shared with others."""
    try:
        rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except OSError:
        return None
    match = re.search(r"^Pss:\s+(\d+)", rollup, re.M)
    return int(match.group(1)) if match else None


def _tree_rss_kb(pid: int) -> int:
    """Memory (kB) of a process and all its descendants, read from /proc (0 elsewhere).

    The proportional set size where Linux gives it: a forked worker shares the parent's pages until one of
    them writes, and resident sizes would count those pages once per process. Resident size otherwise.
    """
    proc = Path("/proc")
    if not proc.is_dir():
        return 0
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in proc.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            status = (entry / "status").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry.name))
        match = re.search(r"^VmRSS:\s+(\d+)", status, re.M)
        rss[int(entry.name)] = int(match.group(1)) if match else 0
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        proportional = _proportional_kb(current)
        total += rss.get(current, 0) if proportional is None else proportional
        todo.extend(children.get(current, []))
    return total


def run_watched(cmd: list[str], *, timeout: float, memory_limit_mb: float, cwd: Path = ROOT) -> dict:
    """Run a command, polling the resident memory of its process tree; stop it past the limits.

    Returns ``returncode``, ``seconds`` (wall clock), ``stdout``, ``stderr``, ``tree_peak_mb``
    (largest sum of RSS over the process and its workers, sampled every 0.1 s) and ``stopped``
    (None, ``"memory"`` or ``"timeout"``).
    """
    start = time.perf_counter()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(cmd, cwd=cwd, stdout=out, stderr=err, start_new_session=True)
        peak, stopped = 0, None
        while proc.poll() is None:
            peak = max(peak, _tree_rss_kb(proc.pid))
            elapsed = time.perf_counter() - start
            if peak / 1024 > memory_limit_mb or elapsed > timeout:
                stopped = "memory" if peak / 1024 > memory_limit_mb else "timeout"
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(proc.pid, 9)
                proc.wait()
                break
            time.sleep(0.1)
        seconds = time.perf_counter() - start
        out.seek(0)
        err.seek(0)
        return {
            "returncode": proc.returncode,
            "seconds": seconds,
            "stdout": out.read().decode("utf-8", "replace"),
            "stderr": err.read().decode("utf-8", "replace"),
            "tree_peak_mb": _mb(peak),
            "stopped": stopped,
        }


def _median(values: list[float]) -> float | None:
    return round(statistics.median(values), 3) if values else None


def _timed(fn, repeats: int) -> list[float]:
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(round(time.perf_counter() - t0, 3))
    return times


def _repeated(measure, repeats: int, long_run: float) -> list[dict]:
    """Up to ``repeats`` measurements; stop early after one that did not finish or took over ``long_run`` s."""
    runs = []
    for _ in range(repeats):
        runs.append(measure())
        if runs[-1]["seconds"] is None or runs[-1]["seconds"] > long_run:
            break
    return runs


def _relative(path: Path) -> str:
    try:
        return Path(path).resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return Path(path).name


def _scrub_paths(text: str) -> str:
    """Profile text without machine paths: repository, site-packages and stdlib prefixes shortened."""
    import sysconfig

    prefixes = [
        (sysconfig.get_paths()["purelib"], "site-packages"),
        (sysconfig.get_paths()["platlib"], "site-packages"),
        (str(ROOT), "."),
        (sysconfig.get_paths()["stdlib"], "<stdlib>"),
        (sys.base_prefix, "<python>"),
        (sys.prefix, "<venv>"),
    ]
    for prefix, short in prefixes:
        text = text.replace(prefix + "/", short + "/")
    return text


# ---------------------------------------------------------------------------
# the child: one build, timed from inside


def _own_peak_mb() -> float:
    """This process's peak resident memory (MB) since it started its program.

    ``/proc/self/status`` VmHWM where Linux gives it: ``getrusage(RUSAGE_SELF).ru_maxrss`` keeps the
    high-water mark of the process it was forked from (run.py itself) across ``exec``.
    """
    try:
        match = re.search(r"^VmHWM:\s+(\d+)", Path("/proc/self/status").read_text(), re.M)
    except OSError:
        match = None
    return _mb(int(match.group(1)) if match else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def child_build(raw_dir: Path, out_dir: Path, workers: int | None, loader_only: bool) -> None:
    """Run one build (or ``load_submissions`` only) and print JSON lines: one per finished phase, then the total.

    Phases are timed by wrapping the library functions ``build()`` calls (the wrappers only time
    them). Lines are printed as phases end, so a build stopped by the watchdog still tells how
    far it got.
    """
    import mtd_analysis.analysis.allocations as allocations_mod
    import mtd_analysis.analysis.coverage as coverage_mod
    import mtd_analysis.analysis.overlaps as overlaps_mod
    import mtd_analysis.analysis.priorities as priorities_mod
    import mtd_analysis.analysis.quality as quality_mod
    import mtd_analysis.build as build_mod

    def timed(module, name: str, phase: str) -> None:
        original = getattr(module, name)

        def wrapper(*args, **kwargs):
            t0 = time.perf_counter()
            result = original(*args, **kwargs)
            print(json.dumps({"phase": phase, "seconds": round(time.perf_counter() - t0, 3)}), flush=True)
            return result

        setattr(module, name, wrapper)

    for module, name, phase in [
        (build_mod, "load_submissions", "read"),
        (priorities_mod, "map_priorities", "map"),
        (allocations_mod, "allocate", "allocate"),
        (coverage_mod, "coverage", "coverage"),
        (overlaps_mod, "find_overlaps", "overlaps"),
        (quality_mod, "quality", "quality"),
        (build_mod, "_write_into", "write"),  # what is left to write once the overlaps are known
    ]:
        timed(module, name, phase)
    t0 = time.perf_counter()
    if loader_only:
        projects, issues, _ = build_mod.load_submissions(raw_dir, workers=workers)
        counts = {"projects": len(projects), "issues": len(issues), "overlaps": None}
    else:
        result = build_mod.build(raw_dir, out_dir, workers=workers)
        counts = {
            "projects": len(result.projects),
            "issues": len(result.issues),
            "overlaps": len(result.overlaps),
        }
    seconds = time.perf_counter() - t0
    print(
        json.dumps(
            {
                "total": round(seconds, 3),
                "main_peak_mb": _own_peak_mb(),
                "worker_peak_mb": _mb(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss),
                **counts,
            }
        ),
        flush=True,
    )


def measure_build(raw_dir: Path, args, *, loader_only: bool = False, timeout: float | None = None) -> dict:
    """One build in a watched child; returns its timings, phases, memory and counts (or why it stopped)."""
    with tempfile.TemporaryDirectory(prefix="mtd-bench-out-") as out:
        cmd = [sys.executable, str(Path(__file__).resolve()), "--child-build", str(raw_dir), out]
        if args.workers:
            cmd += ["--workers", str(args.workers)]
        if loader_only:
            cmd.append("--loader-only")
        run = run_watched(cmd, timeout=timeout or args.timeout, memory_limit_mb=args.memory_limit)
    phases: dict[str, float] = {}
    summary: dict = {}
    for line in run["stdout"].splitlines():
        with contextlib.suppress(ValueError):
            record = json.loads(line)
            if "phase" in record:
                phases[record["phase"]] = round(phases.get(record["phase"], 0) + record["seconds"], 3)
            elif "total" in record:
                summary = record
    outcome = {
        "seconds": summary.get("total"),
        "wall_seconds": round(run["seconds"], 3),
        "phases": phases,
        "main_peak_mb": summary.get("main_peak_mb"),
        "worker_peak_mb": summary.get("worker_peak_mb"),
        "tree_peak_mb": run["tree_peak_mb"],
        "projects": summary.get("projects"),
        "issues": summary.get("issues"),
        "overlaps": summary.get("overlaps"),
    }
    if run["stopped"]:
        outcome["stopped"] = (
            f"stopped after {run['seconds']:.0f} s: the process tree passed {args.memory_limit:.0f} MB"
            if run["stopped"] == "memory"
            else f"stopped after {run['seconds']:.0f} s (time limit)"
        )
        last = list(phases)[-1] if phases else None
        outcome["stopped"] += f"; last finished phase: {last}" if last else "; no phase finished"
    elif not summary:
        tail = run["stderr"].strip().splitlines()[-3:]
        outcome["stopped"] = "failed: " + " | ".join(_scrub_paths(line) for line in tail)
    return outcome


# ---------------------------------------------------------------------------
# scenarios


def scenario_ingest(args) -> dict:
    """build() vs a pandas.read_excel loop (openpyxl) vs a bare calamine loop, over the same workbooks."""
    import pandas as pd

    n_files, rows = (10, 100) if args.quick else (100, 500)
    folder = CORPUS_DIR / f"ingest-xlsx-{n_files}x{rows}"
    t0 = time.perf_counter()
    paths = corpus.write_workbooks(folder, n_files, rows)
    generated = round(time.perf_counter() - t0, 1)
    repeats = 1 if args.quick else args.repeats

    def read_excel_loop(engine: str):
        return pd.concat([pd.read_excel(p, engine=engine) for p in paths], ignore_index=True)

    calamine = _timed(lambda: read_excel_loop("calamine"), repeats)
    openpyxl = _timed(lambda: read_excel_loop("openpyxl"), repeats)  # pandas' default engine for .xlsx
    builds = _repeated(lambda: measure_build(folder, args), repeats, args.long_run)
    loads = _repeated(lambda: measure_build(folder, args, loader_only=True), repeats, args.long_run)
    with tempfile.TemporaryDirectory(prefix="mtd-bench-cli-") as out:
        cli_cmd = [sys.executable, "-m", "mtd_analysis", "build", str(folder), "--out", out, "--quiet"]
        if args.workers:
            cli_cmd += ["--workers", str(args.workers)]
        cli = run_watched(cli_cmd, timeout=args.timeout, memory_limit_mb=args.memory_limit)

    build_times = [b["seconds"] for b in builds if b["seconds"] is not None]
    load_times = [b["seconds"] for b in loads if b["seconds"] is not None]
    build_s, load_s = _median(build_times), _median(load_times)
    calamine_s, openpyxl_s = _median(calamine), _median(openpyxl)
    result = {
        "corpus": {
            "folder": _relative(folder),
            "files": n_files,
            "rows_per_file": rows,
            "projects": n_files * rows,
            "layouts": "1/4 header on row 1, 1/4 two-line title block, 1/4 Ukrainian, 1/4 Russian (title block + header)",
            "generation_seconds": generated,
            "candidate_pairs": corpus.candidate_pairs(corpus.synthetic_projects(n_files, rows)),
        },
        "repeats": repeats,
        "workers": args.workers or os.cpu_count(),
        "build": {
            "median_s": build_s,
            "runs_s": build_times,
            "last": builds[-1],
            "peak_mb": builds[-1]["tree_peak_mb"],
        },
        "load_submissions": {"median_s": load_s, "runs_s": load_times, "last": loads[-1]},
        "read_excel_openpyxl": {"median_s": openpyxl_s, "runs_s": openpyxl},
        "read_excel_calamine": {"median_s": calamine_s, "runs_s": calamine},
        "cli_build": {
            "seconds": round(cli["seconds"], 3),
            "returncode": cli["returncode"],
            "tree_peak_mb": cli["tree_peak_mb"],
            "stopped": cli["stopped"],
        },
        "ratio_build_over_calamine": round(build_s / calamine_s, 2) if build_s and calamine_s else None,
        "ratio_load_over_calamine": round(load_s / calamine_s, 2) if load_s and calamine_s else None,
        "ratio_openpyxl_over_build": round(openpyxl_s / build_s, 2) if build_s and openpyxl_s else None,
        "ratio_openpyxl_over_load": round(openpyxl_s / load_s, 2) if load_s and openpyxl_s else None,
    }
    if (
        result["ratio_build_over_calamine"] is None
        or result["ratio_build_over_calamine"] > TARGET_INGEST_RATIO
    ):
        result["profiles"] = profiles(paths[:10])
    return result


def _profile(function, paths: list[Path], label: str) -> dict:
    """cProfile of ``function(folder)`` over copies of some workbooks, reading in this process (top 15 cumulative).

    ``load_submissions`` always reads through a process pool, even with ``workers=1``, so the pool is
    replaced here by the same per-file call (``read_file``) made in this process; otherwise the profile
    would only show the parent waiting for its workers.
    """
    from unittest import mock

    import mtd_analysis.build as build_mod

    def read_here(paths_, raw_dir, country, workers, progress, include_hidden=False):
        aliases = build_mod._local_aliases(raw_dir)
        return [
            build_mod.read_file(p, p.relative_to(raw_dir).as_posix(), country, include_hidden, aliases)
            for p in paths_
        ]

    with tempfile.TemporaryDirectory(prefix="mtd-bench-profile-") as tmp:
        raw = Path(tmp) / "raw"
        raw.mkdir()
        for p in paths:
            shutil.copy2(p, raw / p.name)
        profiler = cProfile.Profile()
        with mock.patch.object(build_mod, "_read_all", read_here):
            t0 = time.perf_counter()
            profiler.enable()
            function(raw, Path(tmp) / "out")
            profiler.disable()
            seconds = time.perf_counter() - t0
    text = io.StringIO()
    pstats.Stats(profiler, stream=text).sort_stats("cumulative").print_stats(15)
    lines = [line.rstrip() for line in text.getvalue().splitlines()]
    start = next((i for i, line in enumerate(lines) if "ncalls" in line), 0)
    return {
        "what": label,
        "files": len(paths),
        "seconds_profiled": round(seconds, 3),
        "top15_cumulative": _scrub_paths("\n".join(line for line in lines[start:] if line)),
    }


def profiles(paths: list[Path]) -> list[dict]:
    """Where the time goes: load_submissions (reading) and the whole build, over the same workbooks."""
    import pandera.pandas  # noqa: F401  (imported before profiling, so imports do not fill the top 15)

    import mtd_analysis.analysis.allocations  # noqa: F401
    import mtd_analysis.analysis.coverage  # noqa: F401
    import mtd_analysis.analysis.money  # noqa: F401
    import mtd_analysis.analysis.overlaps  # noqa: F401
    import mtd_analysis.analysis.priorities  # noqa: F401
    import mtd_analysis.analysis.quality  # noqa: F401
    import mtd_analysis.build as build_mod

    return [
        _profile(lambda raw, out: build_mod.load_submissions(raw, workers=1), paths, "load_submissions"),
        _profile(lambda raw, out: build_mod.build(raw, out, workers=1), paths, "build (with writing)"),
    ]


def scenario_scaling(args) -> dict:
    """Full builds over 1k, 10k and 100k projects of CSV input, 100 rows per file, each in a watched child."""
    sizes = [(10, 100), (100, 100)] if args.quick else [(10, 100), (100, 100), (1000, 100)]
    points = []
    for n_files, rows in sizes:
        folder = CORPUS_DIR / f"scaling-csv-{n_files}x{rows}"
        corpus.write_csv_corpus(folder, n_files, rows)
        projects = n_files * rows
        repeats = 1 if (args.quick or projects >= 100_000) else args.repeats
        runs = _repeated(lambda folder=folder: measure_build(folder, args), repeats, args.long_run)
        times = [r["seconds"] for r in runs if r["seconds"] is not None]
        points.append(
            {
                "projects": projects,
                "files": n_files,
                "rows_per_file": rows,
                "candidate_pairs": corpus.candidate_pairs(corpus.synthetic_projects(n_files, rows)),
                "repeats": len(runs),
                "median_s": _median(times),
                "runs_s": times,
                "main_peak_mb": max((r["main_peak_mb"] or 0) for r in runs) or None,
                "worker_peak_mb": max((r["worker_peak_mb"] or 0) for r in runs) or None,
                "tree_peak_mb": max(r["tree_peak_mb"] for r in runs),
                "phases": runs[-1]["phases"],
                "overlaps": runs[-1]["overlaps"],
                "stopped": next((r["stopped"] for r in runs if r.get("stopped")), None),
                "wall_s_if_stopped": max(r["wall_seconds"] for r in runs) if not times else None,
            }
        )
    growth = []
    for small, big in zip(points, points[1:], strict=False):
        if small["median_s"] and big["median_s"]:
            growth.append(
                {
                    "from": small["projects"],
                    "to": big["projects"],
                    "time_factor": round(big["median_s"] / small["median_s"], 1),
                    "candidate_pairs_factor": round(
                        big["candidate_pairs"] / max(small["candidate_pairs"], 1), 1
                    ),
                }
            )
        else:
            growth.append({"from": small["projects"], "to": big["projects"], "time_factor": None})
    return {
        "input": "CSV, 100 rows per file (10 / 100 / 1000 files); 1/4 of files ';' with dd.mm.yyyy and decimal commas",
        "workers": args.workers or os.cpu_count(),
        "points": points,
        "growth": growth,
    }


def _kernel_name() -> str:
    jupyter = Path(sys.executable).with_name("jupyter")
    listing = subprocess.run(
        [str(jupyter), "kernelspec", "list"], capture_output=True, text=True, check=False
    )
    return "mtd-analysis" if re.search(r"^\s*mtd-analysis\s", listing.stdout, re.M) else "python3"


def scenario_notebooks(args) -> dict:
    """Execute every notebook in notebooks/ with nbconvert, one after another, into a temporary folder."""
    notebooks = sorted((ROOT / "notebooks").glob("*.ipynb"))
    if not notebooks:
        return {"skipped": "no notebooks in notebooks/ yet", "seconds": None, "notebooks": []}
    kernel = _kernel_name()
    jupyter = Path(sys.executable).with_name("jupyter")
    per = []
    with tempfile.TemporaryDirectory(prefix="mtd-bench-nb-") as out:
        for nb in notebooks:
            cmd = [
                str(jupyter),
                "nbconvert",
                "--execute",
                "--to",
                "notebook",
                "--output-dir",
                out,
                f"--ExecutePreprocessor.kernel_name={kernel}",
                str(nb),
            ]
            run = run_watched(cmd, timeout=args.timeout, memory_limit_mb=args.memory_limit)
            per.append(
                {
                    "notebook": nb.name,
                    "seconds": round(run["seconds"], 3),
                    "ok": run["returncode"] == 0,
                    "error": None
                    if run["returncode"] == 0
                    else _scrub_paths(" | ".join(run["stderr"].strip().splitlines()[-2:])),
                }
            )
    return {"kernel": kernel, "seconds": round(sum(p["seconds"] for p in per), 3), "notebooks": per}


def scenario_help(args) -> dict:
    """`mtd-analysis --help` as a subprocess, median of 5 (console script, and python -m)."""
    script = Path(sys.executable).with_name("mtd-analysis")
    result = {}
    commands = {"python -m mtd_analysis --help": [sys.executable, "-m", "mtd_analysis", "--help"]}
    if script.exists():
        commands = {"mtd-analysis --help": [str(script), "--help"], **commands}
    for label, cmd in commands.items():
        times = []
        for _ in range(5):
            t0 = time.perf_counter()
            subprocess.run(cmd, cwd=ROOT, capture_output=True, check=True)
            times.append(round(time.perf_counter() - t0, 3))
        result[label] = {"median_s": _median(times), "runs_s": times}
    result["median_s"] = next(iter(result.values()))["median_s"]
    return result


def scenario_demo(args) -> dict:
    """`make demo` in a fresh clone (committed work only), with the pip cache as it is."""
    if not args.cold:
        return {"skipped": "run with --cold", "seconds": None}
    with tempfile.TemporaryDirectory(prefix="mtd-bench-clone-") as tmp:
        clone = Path(tmp) / "mtd-analysis"
        subprocess.run(["git", "clone", "--quiet", str(ROOT), str(clone)], check=True)
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=clone, capture_output=True, text=True, check=True
        ).stdout.strip()
        run = run_watched(["make", "demo"], cwd=clone, timeout=3600, memory_limit_mb=args.memory_limit)
    return {
        "commit": commit,
        "seconds": round(run["seconds"], 1),
        "ok": run["returncode"] == 0,
        "error": None
        if run["returncode"] == 0
        else _scrub_paths(" | ".join(run["stderr"].strip().splitlines()[-3:])),
        "note": "a fresh clone sees committed work only; includes creating .venv and pip install with a warm cache",
    }


# ---------------------------------------------------------------------------
# machine, verdicts and outputs


def machine() -> dict:
    """CPU, cores, memory, load and library versions."""
    from importlib.metadata import version

    import numpy
    import openpyxl
    import pandas

    import mtd_analysis

    cpuinfo = Path("/proc/cpuinfo").read_text() if Path("/proc/cpuinfo").exists() else ""
    meminfo = Path("/proc/meminfo").read_text() if Path("/proc/meminfo").exists() else ""
    cpu = re.search(r"^model name\s*:\s*(.+)$", cpuinfo, re.M)
    total = re.search(r"^MemTotal:\s+(\d+)", meminfo, re.M)
    git = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    dirty = subprocess.run(  # the benchmarks' own files do not make the measured code "uncommitted"
        ["git", "status", "--porcelain", "--", ".", ":!benchmarks"], cwd=ROOT, capture_output=True, text=True
    )
    return {
        "cpu": cpu.group(1).strip() if cpu else platform.processor() or platform.machine(),
        "cores": os.cpu_count(),
        "cores_usable": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
        "ram_gb": round(int(total.group(1)) / 1024**2, 1) if total else None,
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()]
        if hasattr(os, "getloadavg")
        else None,
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "pandas": pandas.__version__,
        "numpy": numpy.__version__,
        "openpyxl": openpyxl.__version__,
        "python_calamine": version("python-calamine"),
        "mtd_analysis": mtd_analysis.__version__,
        "commit": (git.stdout.strip() or "?") + ("+uncommitted" if dirty.stdout.strip() else ""),
    }


def _classify_child(n: int) -> None:
    """In a fresh process: classify every distinct (title, description) of the ingest corpus's first ``n`` rows
    in one batch (:func:`mtd_analysis.analysis.priorities.classify_many`, as ``map_priorities`` does)."""
    from mtd_analysis.analysis import priorities

    rows = [p for projects in corpus.synthetic_projects(100, 500) for p in projects][:n]
    texts = list(dict.fromkeys((p["title"], p["description"] or "") for p in rows))
    lexicon = priorities._lexicon(priorities.load_priorities())
    before, t0, c0 = os.times(), time.perf_counter(), time.process_time()
    priorities.classify_many([t for t, _ in texts], [d for _, d in texts], lexicon)
    seconds, cpu, after = time.perf_counter() - t0, time.process_time() - c0, os.times()
    worker = (after.children_user + after.children_system) - (before.children_user + before.children_system)
    print(
        json.dumps(
            {
                "texts": len(texts),
                "distinct_titles": len({t for t, _ in texts}),
                "seconds": seconds,
                "cpu_s": round(cpu, 3),  # this process
                "worker_cpu_s": round(worker, 3),  # the forked worker ranking half the pairs (0: none)
                "forked_above_pairs": priorities.PARALLEL_MIN_PAIRS,
            }
        )
    )


def _writer_times(build_dir: Path, repeats: int) -> dict:
    """The build's tables read back, written by the package's serialiser and by ``to_csv`` (best of repeats)."""
    from mtd_analysis.store import csv_text, read_table

    tables = {p.name: read_table(build_dir, p.name) for p in sorted(build_dir.glob("*.csv"))}
    ours = min(_timed(lambda: [csv_text(t) for t in tables.values()], repeats))
    pandas = min(
        _timed(lambda: [t.to_csv(index=False, lineterminator="\n") for t in tables.values()], repeats)
    )
    same = all(csv_text(t) == t.to_csv(index=False, lineterminator="\n") for t in tables.values())
    rows = sum(len(t) for t in tables.values())
    return {"tables": len(tables), "rows": rows, "csv_text_s": ours, "to_csv_s": pandas, "identical": same}


def scenario_kernels(args) -> dict:
    """Classification of 50,000 distinct titles and descriptions (fresh process), and the tables' writer."""
    n = 5_000 if args.quick else 50_000
    runs = []
    for _ in range(1 if args.quick else args.repeats):
        out = subprocess.run(
            [sys.executable, str(Path(__file__).resolve()), "--child-classify", str(n)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
        runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
    result = {
        "classify": {
            **runs[-1],
            "median_s": _median([r["seconds"] for r in runs]),
            "runs_s": [round(r["seconds"], 3) for r in runs],
        }
    }
    n_files, rows = (10, 100) if args.quick else (100, 500)
    folder = CORPUS_DIR / f"ingest-xlsx-{n_files}x{rows}"
    paths = corpus.write_workbooks(folder, n_files, rows)
    with tempfile.TemporaryDirectory(prefix="mtd-bench-writer-") as out:
        cmd = [sys.executable, "-m", "mtd_analysis", "build", str(folder), "--out", out, "--quiet"]
        run_watched(cmd, timeout=args.timeout, memory_limit_mb=args.memory_limit)
        result["writer"] = _writer_times(Path(out), 1 if args.quick else args.repeats)
    result["writer"]["projects"] = len(paths) * rows
    return result


def scenario_report(args) -> dict:
    """`report --lang both` on the sample snapshot vs the yardstick (twenty plain charts), in the same run."""
    repeats = 1 if args.quick else args.repeats
    with tempfile.TemporaryDirectory(prefix="mtd-bench-report-") as tmp:
        build_dir = Path(tmp) / "build"
        subprocess.run(
            [
                sys.executable,
                "-m",
                "mtd_analysis",
                "build",
                str(SAMPLE_SNAPSHOT),
                "--out",
                str(build_dir),
                "--year",
                "2021",
                "--date",
                "2021-06-10",
                "--quiet",
            ],
            cwd=ROOT,
            capture_output=True,
            check=False,
        )
        report_runs, yard_runs, listings = [], [], []
        report_cpu, yard_cpu = [], []
        for k in range(repeats):
            to = Path(tmp) / f"report-{k}"
            seconds, cpu = _timed_child(
                [
                    sys.executable,
                    "-m",
                    "mtd_analysis",
                    "report",
                    str(build_dir),
                    "--to",
                    str(to),
                    "--lang",
                    "both",
                    "-q",
                ]
            )
            report_runs.append(seconds)
            report_cpu.append(cpu)
            seconds, cpu = _timed_child([sys.executable, "-c", YARDSTICK])
            yard_runs.append(seconds)
            yard_cpu.append(cpu)
            listings.append(
                {p.relative_to(to).as_posix(): p.read_bytes() for p in sorted(to.rglob("*")) if p.is_file()}
            )
    report_s, yard_s = _median(report_runs), _median(yard_runs)
    report_c, yard_c = _median(report_cpu), _median(yard_cpu)
    return {
        "report": {"median_s": report_s, "runs_s": report_runs, "files": len(listings[0]), "cpu_s": report_c},
        "yardstick": {
            "median_s": yard_s,
            "runs_s": yard_runs,
            "cpu_s": yard_c,
            "what": "20 bar charts 10 x 5.6 in, PNG 200 dpi + SVG",
        },
        "ratio_report_over_yardstick": round(report_s / yard_s, 2) if report_s and yard_s else None,
        # CPU seconds (the command and its workers): steadier than the wall clock on a shared machine
        "cpu_ratio_report_over_yardstick": round(report_c / yard_c, 2) if report_c and yard_c else None,
        "byte_identical_across_runs": all(listing == listings[0] for listing in listings),
    }


def _timed_child(cmd: list[str]) -> tuple[float, float]:
    """Wall-clock and CPU seconds (user + system, the command and the workers it waited for) of a command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(cmd, cwd=ROOT, capture_output=True, check=True)
    seconds = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return round(seconds, 3), round(cpu, 3)


def _verdict(value: float | None, target: float, bar: float | None = None) -> str:
    if value is None:
        return "not measured"
    if value <= target:
        return "yes"
    if bar is not None and value <= bar:
        return "bar only"
    return "no"


def targets(results: dict) -> list[dict]:
    """The issue's targets as rows: scenario, measured, target, reached."""
    rows = []
    scenarios = results["scenarios"]
    ingest = scenarios.get("ingest")
    if ingest:
        ratio = ingest["ratio_build_over_calamine"]
        b, c = ingest["build"]["median_s"], ingest["read_excel_calamine"]["median_s"]
        measured = (
            f"{ratio:.2f}x ({b:.1f} s vs {c:.1f} s)"
            if ratio
            else f"build did not finish ({ingest['build']['last'].get('stopped')})"
        )
        rows.append(
            {
                "scenario": f"Ingest, {ingest['corpus']['files']} workbooks x {ingest['corpus']['rows_per_file']} rows: "
                "build / bare calamine loop",
                "measured": measured,
                "target": "<= 1.0x (bar 1.5x)",
                "reached": _verdict(ratio, TARGET_INGEST_RATIO, BAR_INGEST_RATIO),
            }
        )
        lr = ingest["ratio_load_over_calamine"]
        rows.append(
            {
                "scenario": "Ingest: load_submissions (reading only) / bare calamine loop",
                "measured": f"{lr:.2f}x ({ingest['load_submissions']['median_s']:.1f} s)"
                if lr
                else "not measured",
                "target": "(diagnostic)",
                "reached": "",
            }
        )
        ob = ingest["ratio_openpyxl_over_build"]
        o = ingest["read_excel_openpyxl"]["median_s"]
        rows.append(
            {
                "scenario": "Ingest: read_excel loop (openpyxl) / build",
                "measured": f"{ob:.2f}x ({o:.1f} s)"
                if ob
                else f"openpyxl loop {o:.1f} s; build not finished",
                "target": "(diagnostic)",
                "reached": "",
            }
        )
    scaling = scenarios.get("scaling")
    if scaling:
        biggest = scaling["points"][-1]
        n = f"{biggest['projects']:,}"
        secs = biggest["median_s"]
        rows.append(
            {
                "scenario": f"Scaling: build of {n} projects (CSV)",
                "measured": f"{secs:.1f} s" if secs else (biggest["stopped"] or "not measured"),
                "target": f"<= {TARGET_100K_SECONDS:.0f} s"
                if biggest["projects"] >= 100_000
                else "(quick run)",
                "reached": _verdict(secs, TARGET_100K_SECONDS) if secs else "no",
            }
        )
        # the tree's proportional memory includes the build process and its workers; sampling may miss a peak
        peak = (
            max(biggest["main_peak_mb"] or 0, biggest["tree_peak_mb"] or 0)
            if secs
            else biggest["tree_peak_mb"]
        )
        rows.append(
            {
                "scenario": f"Scaling: peak memory of the {n} build",
                "measured": (
                    f"{biggest['main_peak_mb']:.0f} MB main process, {biggest['tree_peak_mb']:.0f} MB sampled over the process tree"
                    if secs
                    else f"> {peak:.0f} MB (stopped)"
                ),
                "target": "< 1 GB",
                "reached": ("yes" if peak < TARGET_100K_MB else "no") if peak else "not measured",
            }
        )
        for g in scaling["growth"]:
            f = g["time_factor"]
            rows.append(
                {
                    "scenario": f"Scaling: time growth {g['from']:,} -> {g['to']:,} projects",
                    "measured": f"{f:.1f}x" if f else "build did not finish",
                    "target": f"<= {TARGET_GROWTH:.0f}x",
                    "reached": _verdict(f, TARGET_GROWTH) if f else "no",
                }
            )
    rows += _overlap_targets(scenarios.get("overlaps"))
    notebooks = scenarios.get("notebooks")
    if notebooks:
        ok = all(p["ok"] for p in notebooks["notebooks"])
        secs = notebooks["seconds"]
        rows.append(
            {
                "scenario": f"Notebooks: execute all ({len(notebooks['notebooks'])})",
                "measured": notebooks.get("skipped") or (f"{secs:.1f} s" + ("" if ok else " (some failed)")),
                "target": f"< {TARGET_NOTEBOOKS_SECONDS:.0f} s",
                # a notebook that failed is no notebook run in time, however fast the failure
                "reached": "not measured"
                if secs is None
                else "no (failed)"
                if not ok
                else _verdict(secs, TARGET_NOTEBOOKS_SECONDS),
            }
        )
    kernels = scenarios.get("kernels")
    if kernels:
        c = kernels["classify"]
        rows.append(
            {
                "scenario": f"Classification: {c['texts']:,} distinct titles + descriptions ({c['distinct_titles']:,} distinct titles)",
                "measured": f"{c['median_s']:.2f} s",
                "target": f"<= {TARGET_CLASSIFY_SECONDS:.0f} s",
                "reached": _verdict(c["median_s"], TARGET_CLASSIFY_SECONDS),
            }
        )
        w = kernels["writer"]
        rows.append(
            {
                "scenario": f"Writing the {w['tables']} tables of a {w['projects']:,}-project build: serialiser / to_csv",
                "measured": f"{w['csv_text_s'] / w['to_csv_s']:.2f}x ({w['csv_text_s']:.2f} s vs {w['to_csv_s']:.2f} s), "
                + ("byte-identical" if w["identical"] else "DIFFERENT bytes"),
                "target": "a fraction, identical bytes",
                "reached": "yes" if w["identical"] and w["csv_text_s"] < w["to_csv_s"] else "no",
            }
        )
    report = scenarios.get("report")
    if report:
        r = report["ratio_report_over_yardstick"]
        rows.append(
            {
                "scenario": "Report: `report --lang both` on the sample / yardstick (20 plain charts, PNG 200 dpi + SVG)",
                "measured": f"{r:.2f}x ({report['report']['median_s']:.1f} s vs {report['yardstick']['median_s']:.1f} s)"
                + ("" if report["byte_identical_across_runs"] else "; files differ between runs"),
                "target": f"<= {TARGET_REPORT_YARDSTICKS:.0f}x",
                "reached": _verdict(r, TARGET_REPORT_YARDSTICKS),
            }
        )
    help_ = scenarios.get("help")
    if help_:
        label = next(k for k in help_ if k.endswith("--help"))
        rows.append(
            {
                "scenario": f"Cold start: `{label}` (median of 5)",
                "measured": f"{help_['median_s']:.2f} s",
                "target": f"< {TARGET_HELP_SECONDS} s",
                "reached": _verdict(help_["median_s"], TARGET_HELP_SECONDS),
            }
        )
    demo = scenarios.get("demo")
    if demo:
        rows.append(
            {
                "scenario": "Cold start: `make demo` in a fresh clone (warm pip cache)",
                "measured": demo.get("skipped")
                or (f"{demo['seconds']:.0f} s" + ("" if demo["ok"] else " (failed)")),
                "target": "(diagnostic)",
                "reached": "",
            }
        )
    return rows


def _phase_text(phases: dict) -> str:
    return ", ".join(f"{k} {phases[k]}" for k in PHASES if k in phases)


def markdown(results: dict) -> str:
    """The results as markdown: the targets table (for the README), then details."""
    m = results["machine"]
    lines = [
        "# Benchmark results",
        "",
        f"Machine: {m['cpu']}, {m['cores']} cores ({m['cores_usable']} usable), {m['ram_gb']} GB RAM, "
        f"load average {m['load_average_at_start']} at start; {m['os']}. Python {m['python']}, pandas {m['pandas']}, "
        f"numpy {m['numpy']}, openpyxl {m['openpyxl']}, python-calamine {m['python_calamine']}; "
        f"mtd-analysis {m['mtd_analysis']} at {m['commit']}.",
        "",
        "| Scenario | Measured | Target | Reached |",
        "|---|---|---|---|",
    ]
    for row in results["targets"]:
        lines.append(f"| {row['scenario']} | {row['measured']} | {row['target']} | {row['reached']} |")
    s = results["scenarios"]
    if "ingest" in s:
        i = s["ingest"]
        lines += [
            "",
            f"## Ingest ({i['corpus']['projects']:,} projects in {i['corpus']['files']} workbooks; "
            f"median of up to {i['repeats']} runs, one when a build takes over {results['settings']['long_run_s']:.0f} s; "
            f"build with {i['workers']} workers)",
            "",
            "| Reader | Median s | Runs s |",
            "|---|---|---|",
        ]
        for key, label in [
            ("build", "`build()` (read, map, allocate, coverage, overlaps, write)"),
            ("load_submissions", "`load_submissions()` (reading only)"),
            ("read_excel_openpyxl", "`pd.read_excel(f)` loop (openpyxl)"),
            ("read_excel_calamine", '`pd.read_excel(f, engine="calamine")` loop'),
        ]:
            lines.append(f"| {label} | {i[key]['median_s']} | {i[key]['runs_s']} |")
        cli = i["cli_build"]
        lines.append(
            f"| `mtd-analysis build --quiet` (CLI subprocess, once) | {cli['seconds']} | exit {cli['returncode']} |"
        )
        last = i["build"]["last"]
        pairs = i["corpus"]["candidate_pairs"]
        kept = (
            f"{last['overlaps']:,} overlap rows kept out of ~{pairs:,} structural candidates"
            if last.get("overlaps") is not None
            else f"stopped: {last.get('stopped')} (~{pairs:,} structural candidates)"
        )
        phases = _phase_text(last["phases"])
        lines += ["", f"Phases of the last build (s): {phases}; {kept}."]
    if "scaling" in s:
        sc = s["scaling"]
        lines += [
            "",
            f"## Scaling ({sc['input']}; {sc['workers']} workers; full build with overlaps)",
            "",
            "| Projects | Files | Median s | Main peak MB | Tree peak MB (sampled) | Candidate pairs | Phases (s) | Note |",
            "|---|---|---|---|---|---|---|---|",
        ]
        for p in sc["points"]:
            phases = _phase_text(p["phases"])
            lines.append(
                f"| {p['projects']:,} | {p['files']} | {p['median_s']} | {p['main_peak_mb']} | {p['tree_peak_mb']} | "
                f"{p['candidate_pairs']:,} | {phases} | {p['stopped'] or ''} |"
            )
        lines += ["", "![build time vs projects](scaling.png)"]
    if "kernels" in s:
        c, w = s["kernels"]["classify"], s["kernels"]["writer"]
        lines += [
            "",
            "## Kernels",
            "",
            f"Classification of {c['texts']:,} distinct title + description pairs: runs {c['runs_s']} s. "
            f"Writing {w['tables']} tables ({w['rows']:,} rows): `csv_text` {w['csv_text_s']:.3f} s, "
            f"`to_csv` {w['to_csv_s']:.3f} s, identical bytes: {w['identical']}.",
        ]
    if "report" in s:
        r = s["report"]
        lines += [
            "",
            "## Report",
            "",
            f"`report --lang both` ({r['report']['files']} files): runs {r['report']['runs_s']} s; yardstick "
            f"({r['yardstick']['what']}): runs {r['yardstick']['runs_s']} s; files byte-identical across runs: "
            f"{r['byte_identical_across_runs']}.",
        ]
    lines += _overlap_markdown(s.get("overlaps"))
    if "notebooks" in s and s["notebooks"]["notebooks"]:
        lines += ["", "## Notebooks", "", "| Notebook | s | ok |", "|---|---|---|"]
        for nb in s["notebooks"]["notebooks"]:
            lines.append(f"| {nb['notebook']} | {nb['seconds']} | {nb['ok']} |")
    for profile in s.get("ingest", {}).get("profiles", []):
        lines += [
            "",
            f"## Profile: {profile['what']} over {profile['files']} of the ingest workbooks, read in-process "
            f"({profile['seconds_profiled']} s under cProfile), top 15 by cumulative time",
            "",
            "```",
            profile["top15_cumulative"],
            "```",
        ]
    return "\n".join(lines) + "\n"


def scaling_chart(scaling: dict, path: Path) -> None:
    """Build time vs projects, log-log, with the 100k target and a linear-growth reference."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.ticker import FixedLocator, FuncFormatter, NullFormatter, NullLocator

    points = scaling["points"]
    done = [p for p in points if p["median_s"]]
    stopped = [p for p in points if not p["median_s"] and p.get("wall_s_if_stopped")]
    fig, ax = plt.subplots(figsize=(7, 4.5), dpi=120)
    xs = [p["projects"] for p in points] + [100_000]
    if done:
        ax.plot(
            [p["projects"] for p in done], [p["median_s"] for p in done], "o-", label="full build (median)"
        )
        for p in done:
            ax.annotate(
                f"{p['median_s']:.1f} s",
                (p["projects"], p["median_s"]),
                textcoords="offset points",
                xytext=(6, -12),
                fontsize=8,
            )
        base = done[0]
        ax.plot(
            [base["projects"], max(xs)],
            [base["median_s"], base["median_s"] * max(xs) / base["projects"]],
            ":",
            color="grey",
            label="linear growth from the smallest build",
        )
    for n, p in enumerate(stopped):
        ax.plot(
            [p["projects"]],
            [p["wall_s_if_stopped"]],
            "x",
            color="crimson",
            markersize=10,
            label="did not finish (time when stopped)" if n == 0 else None,
        )
    ax.plot(
        [100_000],
        [TARGET_100K_SECONDS],
        "*",
        color="darkorange",
        markersize=14,
        label=f"target: 100,000 in {TARGET_100K_SECONDS:.0f} s",
    )
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlim(min(xs) / 1.5, max(xs) * 1.5)
    ax.xaxis.set_major_locator(FixedLocator(sorted(set(xs))))
    ax.xaxis.set_minor_locator(NullLocator())
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:,.0f}"))
    values = [p["median_s"] for p in done] + [p["wall_s_if_stopped"] for p in stopped] + [TARGET_100K_SECONDS]
    low, high = min(values) / 2, max(values) * 2
    ticks = [t * 10**e for e in range(-2, 5) for t in (1, 2, 5) if low <= t * 10**e <= high]
    ax.set_ylim(low, high)
    ax.yaxis.set_major_locator(FixedLocator(ticks))
    ax.yaxis.set_minor_formatter(NullFormatter())
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:g}"))
    ax.set_xlabel("projects in the submissions (CSV files of 100 rows)")
    ax.set_ylabel("build time, seconds")
    ax.set_title("mtd-analysis build: time vs number of projects (log-log)")
    ax.grid(True, which="major", alpha=0.3)
    ax.legend(loc="upper left", fontsize=8)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, metadata={"Software": None})
    plt.close(fig)


def write_results(results: dict, folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    json_path, md_path = folder / "latest.json", folder / "latest.md"
    # the measurements first: a summary that fails to render must not lose a long run
    json_path.write_text(
        json.dumps(results, indent=2, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    results["targets"] = targets(results)
    json_path.write_text(
        json.dumps(results, indent=2, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    md_path.write_text(markdown(results), encoding="utf-8")
    written = [json_path, md_path]
    if "scaling" in results["scenarios"]:
        scaling_chart(results["scenarios"]["scaling"], folder / "scaling.png")
        written.append(folder / "scaling.png")
    return written


# ---------------------------------------------------------------------------
# overlaps (issue 15): calibration of the tiers, and find_overlaps before / after on 100,000 projects

#: Target of issue 15 for the likely-duplicate tier on the held-out labelled pairs.
TARGET_OVERLAP_PRECISION = TARGET_OVERLAP_RECALL = 0.9


def scenario_overlaps(args) -> dict:
    """Precision and recall of the likely-duplicate tier (overlaps_calibration.py), then overlaps_speed.py."""
    import overlaps_calibration
    import overlaps_speed

    calibration = overlaps_calibration.calibrate()
    speed = overlaps_speed.measure(files=10 if args.quick else 1000)
    return {"calibration": calibration, "speed": speed}


def _overlap_targets(overlaps: dict | None) -> list[dict]:
    if not overlaps:
        return []
    held = overlaps["calibration"]["held_out"]
    rows = [
        {
            "scenario": f"Overlaps: likely-duplicate tier on {held['pairs']} held-out labelled pairs, precision",
            "measured": f"{held['precision']}",
            "target": f">= {TARGET_OVERLAP_PRECISION}",
            "reached": "yes" if (held["precision"] or 0) >= TARGET_OVERLAP_PRECISION else "no",
        },
        {
            "scenario": "Overlaps: likely-duplicate tier, recall (same pairs)",
            "measured": f"{held['recall']}",
            "target": f">= {TARGET_OVERLAP_RECALL}",
            "reached": "yes" if (held["recall"] or 0) >= TARGET_OVERLAP_RECALL else "no",
        },
    ]
    speed = overlaps["speed"]
    before, after = speed["before"].get("seconds"), speed["after"].get("seconds")
    rows.append(
        {
            "scenario": f"Overlaps: find_overlaps of {speed['input']}, before -> after issue 18 (same run)",
            "measured": f"{before} s -> {after} s; peak {speed['before'].get('peak_mb')} -> "
            f"{speed['after'].get('peak_mb')} MB; identical tables: {speed.get('identical')}",
            "target": "(within the build's 30 s)",
            "reached": "",
        }
    )
    return rows


def _overlap_markdown(overlaps: dict | None) -> list[str]:
    if not overlaps:
        return []
    c = overlaps["calibration"]
    lines = [
        "",
        f"## Overlaps: calibration ({c['pairs']} labelled pairs, {c['cross_language_pairs']} across languages; "
        f"threshold {c['threshold_chosen_on_tune']} chosen on the tune half, {c['threshold_shipped']} shipped)",
        "",
        "| Part | Pairs | Duplicates | Precision | Recall | False positives | Missed |",
        "|---|---|---|---|---|---|---|",
    ]
    for part in ("held_out", "held_out_cross_language", "tune", "all"):
        r = c[part]
        lines.append(
            f"| {part} | {r['pairs']} | {r['duplicates']} | {r['precision']} | {r['recall']} | "
            f"{r['false_positives']} | {r['missed']} |"
        )
    sp = overlaps["speed"]
    lines += [
        "",
        f"## Overlaps: speed ({sp['input']}; before = overlaps.py and activities.py at {sp['before_ref']}; "
        f"identical tables: {sp.get('identical')})",
        "",
        "| Version | s | Peak MB | Rows | Tiers |",
        "|---|---|---|---|---|",
    ]
    for version in ("before", "after"):
        v = sp[version]
        lines.append(
            f"| {version} | {v.get('seconds')} | {v.get('peak_mb')} | {v.get('rows')} | {v.get('tiers') or ''} |"
        )
    return lines


RUNNERS = {
    "ingest": scenario_ingest,
    "kernels": scenario_kernels,
    "report": scenario_report,
    "scaling": scenario_scaling,
    "overlaps": scenario_overlaps,
    "notebooks": scenario_notebooks,
    "help": scenario_help,
    "demo": scenario_demo,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="small smoke run (results beside the corpora)")
    parser.add_argument(
        "--only", action="append", choices=SCENARIOS, help="run only this scenario (repeatable)"
    )
    parser.add_argument("--cold", action="store_true", help="also time `make demo` in a fresh clone (slow)")
    parser.add_argument(
        "--repeats", type=int, default=3, help="repeats for ingest and small scaling (default 3)"
    )
    parser.add_argument(
        "--long-run", type=float, default=60, help="a build slower than this (s) is not repeated (default 60)"
    )
    parser.add_argument("--workers", type=int, help="reader processes for the builds (default: all cores)")
    parser.add_argument("--timeout", type=float, default=1200, help="seconds before a build is stopped")
    parser.add_argument(
        "--memory-limit",
        type=float,
        default=8192,
        help="MB of resident memory (build + workers) before it is stopped",
    )
    parser.add_argument("--out", type=Path, help="results folder (default benchmarks/results)")
    parser.add_argument("--child-build", nargs=2, type=Path, metavar=("RAW", "OUT"), help=argparse.SUPPRESS)
    parser.add_argument("--loader-only", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--child-classify", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child_classify:
        _classify_child(args.child_classify)
        return 0

    if args.child_build:
        child_build(*args.child_build, workers=args.workers, loader_only=args.loader_only)
        return 0
    names = args.only or [s for s in SCENARIOS if s != "demo" or args.cold]
    folder = args.out or (CORPUS_DIR / "quick-results" if args.quick else RESULTS_DIR)
    previous = folder / "latest.json"
    results = {"scenarios": {}}
    if args.only and previous.exists():
        results = json.loads(previous.read_text(encoding="utf-8"))
    results["machine"] = machine()
    results["settings"] = {
        "quick": args.quick,
        "repeats": args.repeats,
        "seed": corpus.SEED,
        "memory_limit_mb": args.memory_limit,
        "timeout_s": args.timeout,
        "long_run_s": args.long_run,
    }
    for name in names:
        print(f"[bench] {name} ...", file=sys.stderr, flush=True)
        t0 = time.perf_counter()
        results["scenarios"][name] = RUNNERS[name](args)
        print(f"[bench] {name} done in {time.perf_counter() - t0:.0f} s", file=sys.stderr, flush=True)
    results["machine"]["load_average_at_end"] = (
        [round(x, 2) for x in os.getloadavg()] if hasattr(os, "getloadavg") else None
    )
    for path in write_results(results, folder):
        print(f"[bench] wrote {_relative(path)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
