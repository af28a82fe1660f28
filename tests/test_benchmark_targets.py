"""The benchmark's table of the issue's targets (``benchmarks/run.py``): a failed run never reads as a target met."""

import importlib.util
from pathlib import Path

import pytest

RUN = Path(__file__).resolve().parents[1] / "benchmarks" / "run.py"


@pytest.fixture(scope="module")
def run():
    spec = importlib.util.spec_from_file_location("bench_run", RUN)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _notebooks_row(run, oks: list[bool], seconds: float) -> dict:
    notebooks = {
        "seconds": seconds,
        "notebooks": [{"notebook": f"{i}.ipynb", "ok": ok, "seconds": 1.0} for i, ok in enumerate(oks)],
    }
    rows = run.targets({"scenarios": {"notebooks": notebooks}})
    return next(r for r in rows if r["scenario"].startswith("Notebooks"))


def test_notebooks_that_ran_in_time_meet_the_target(run):
    assert _notebooks_row(run, [True, True], 20.0)["reached"] == "yes"


def test_notebooks_that_failed_do_not_meet_the_target_however_fast(run):
    row = _notebooks_row(run, [True, False], 20.0)
    assert row["reached"] == "no (failed)"
    assert "failed" in row["measured"]


def test_notebooks_slower_than_the_target_do_not_meet_it(run):
    assert _notebooks_row(run, [True], run.TARGET_NOTEBOOKS_SECONDS + 1)["reached"] == "no"
