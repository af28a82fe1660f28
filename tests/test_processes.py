"""``processes.Forked``: work done in a forked worker is trusted only when it arrives whole.

And the build's use of it: the tables final before the overlaps are written by a worker while the overlaps
are computed; whatever happens to that worker, the build's folder is the one written without it.
"""

from __future__ import annotations

import os
import signal
import sys
import time

import pandas as pd
import pytest

from mtd_analysis import build as build_module
from mtd_analysis import processes
from mtd_analysis.build import build
from mtd_analysis.processes import Forked

linux_only = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="workers are forked on Linux only"
)


def _pid_and(value):
    return os.getpid(), value


def _dies_in_a_worker(parent: int, value):
    """Kill the calling process when it is not ``parent`` (a forked worker); return the value otherwise."""
    if os.getpid() != parent:
        os.kill(os.getpid(), signal.SIGKILL)
    return value


def _raises_in_a_worker(parent: int, value):
    if os.getpid() != parent:
        raise MemoryError("only in the worker")
    return value


def _never_ends(parent: int):
    if os.getpid() != parent:
        time.sleep(600)
    return "here"


@linux_only
def test_the_function_runs_in_another_process_and_its_result_comes_back():
    pid, value = Forked(_pid_and, {"a": [1, 2]}).result()
    assert value == {"a": [1, 2]}
    assert pid != os.getpid()


@linux_only
@pytest.mark.parametrize("function", [_dies_in_a_worker, _raises_in_a_worker])
def test_a_worker_that_dies_or_fails_costs_time_not_the_result(function):
    assert Forked(function, os.getpid(), 42).result() == 42  # computed again, here


def test_without_a_worker_the_function_runs_here_when_its_result_is_asked(monkeypatch):
    monkeypatch.setattr(processes, "fork_context", lambda: None)
    calls = []
    job = Forked(lambda: calls.append(os.getpid()) or "done")
    assert calls == []  # nothing runs before it is asked for
    assert job.result() == "done"
    assert calls == [os.getpid()]


def test_an_error_of_the_function_itself_is_raised_here():
    with pytest.raises(ZeroDivisionError):
        Forked(divmod, 1, 0).result()


@linux_only
def test_close_stops_a_worker_still_running():
    job = Forked(_never_ends, os.getpid())
    worker = job._worker
    assert worker is not None and worker.is_alive()
    job.close()
    assert not worker.is_alive()


# ------------------------------------------------------------------------------------------ the build


def _submissions(folder):
    folder.mkdir(parents=True)
    (folder / "eu.csv").write_text(
        "Project title,Beneficiary,Budget EUR,Start,End\n"
        "Support to community policing in Kharkiv,National Police,250000,2021-01-01,2021-12-31\n"
        "Border crossing points equipment,State Border Guard Service,400000,2021-03-01,2022-02-28\n"
        "Combating domestic violence hotline,National Police,90000,2021-02-01,2021-11-30\n",
        encoding="utf-8",
    )
    (folder / "us.csv").write_text(
        "Title,Agency,Amount (USD),Period\n"
        "Community policing in Kharkiv region,NPU,300000,2021-2022\n"
        "Anti-trafficking training for police,National Police,120000,2021\n",
        encoding="utf-8",
    )
    return folder


def _folder_bytes(folder):
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


@linux_only
def test_the_early_tables_are_written_by_a_worker_and_the_folder_is_the_same_as_written_at_the_end(
    tmp_path, monkeypatch
):
    raw = _submissions(tmp_path / "raw")
    log = tmp_path / "writers.txt"
    real = build_module._write_tables

    def noting_the_writer(tables, folder):
        with open(log, "a", encoding="utf-8") as stream:  # a forked worker's memory is lost: a file is not
            stream.write(f"{os.getpid()} {' '.join(sorted(tables))}\n")
        return real(tables, folder)

    monkeypatch.setattr(build_module, "_write_tables", noting_the_writer)
    early = build(raw, tmp_path / "early", workers=1)
    first = log.read_text(encoding="utf-8").splitlines()
    log.unlink()
    monkeypatch.setattr(
        processes, "fork_context", lambda: None
    )  # no worker: everything written at the end, here
    late = build(raw, tmp_path / "late", workers=1)
    second = log.read_text(encoding="utf-8").splitlines()

    assert _folder_bytes(tmp_path / "early") == _folder_bytes(tmp_path / "late")
    by_writer = {line.split(" ", 1)[1]: int(line.split()[0]) for line in first}
    assert sorted(by_writer) == [
        "allocations coverage projects subgroups",  # final before the overlaps: written meanwhile
        "duplication issues overlaps quality",
    ]
    assert by_writer["allocations coverage projects subgroups"] != os.getpid()  # by a worker
    assert by_writer["duplication issues overlaps quality"] == os.getpid()
    assert len(second) == 2 and {int(line.split()[0]) for line in second} == {os.getpid()}
    assert [p.relative_to(tmp_path / "early") for p in early.written] == [
        p.relative_to(tmp_path / "late") for p in late.written
    ]


class _WorkerKilled(Forked):
    """A Forked whose worker is killed as soon as it starts."""

    def __init__(self, function, *args):
        super().__init__(function, *args)
        if self._worker is not None:
            self._worker.kill()


@linux_only
def test_a_killed_table_writer_costs_time_not_a_table(tmp_path, monkeypatch):
    raw = _submissions(tmp_path / "raw")
    build(raw, tmp_path / "normal", workers=1)
    monkeypatch.setattr(build_module, "Forked", _WorkerKilled)
    build(raw, tmp_path / "killed", workers=1)
    assert _folder_bytes(tmp_path / "normal") == _folder_bytes(tmp_path / "killed")


def test_a_table_replaced_after_the_worker_started_is_written_again(tmp_path, monkeypatch):
    """The worker's files count only for the very frames the result still holds."""
    raw = _submissions(tmp_path / "raw")
    real = build_module._write_into

    def with_a_changed_coverage(result, staging, *written_already):
        result.coverage = result.coverage.assign(n_projects=result.coverage["n_projects"] + 1)
        return real(result, staging, *written_already)

    monkeypatch.setattr(build_module, "_write_into", with_a_changed_coverage)
    result = build(raw, tmp_path / "out", workers=1)
    written = pd.read_csv(tmp_path / "out" / "coverage.csv")
    assert written["n_projects"].tolist() == result.coverage["n_projects"].tolist()
    assert (written["n_projects"] >= 1).all()


def test_collector_paused_restores_the_state_it_found_even_after_an_error():
    import gc

    from mtd_analysis.processes import collector_paused

    assert gc.isenabled()
    with pytest.raises(ZeroDivisionError), collector_paused():
        assert not gc.isenabled()
        1 / 0  # noqa: B018
    assert gc.isenabled()  # enabled again after the error
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()  # a caller's pause is kept
    finally:
        gc.enable()
