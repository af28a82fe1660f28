"""The ``mtd-analysis build`` command, run as a user runs it: in a subprocess (issue 2, item 3).

Exit status 0 when the outputs are written whatever was rejected; 1 with ``--strict`` and an error-level
issue; 2 for usage errors. Bad input never shows a traceback.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from mtd_analysis.cli import main

CORE_OUTPUTS = {"projects.csv", "issues.csv", "manifest.json"}

# Two projects, one row without a title (rejected, an error issue), one totals row (skipped).
PROJECTS_CSV = (
    "Title,Partner,Beneficiary,Period,Budget EUR\n"
    "Patrol cars for border units,UNDP,SBGS,2021,1000\n"
    "Custody cameras,UNDP,NPU,2021-2022,2500\n"
    ",UNDP,NPU,2021,700\n"
    "Total,,,,4200\n"
)
CLEAN_CSV = "Title,Partner,Beneficiary,Period,Budget EUR\nCustody cameras,UNDP,NPU,2021-2022,2500\n"


def run_cli(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "mtd_analysis", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=180,
        cwd=cwd,
        env={**os.environ, "PYTHONWARNINGS": "ignore", "PYTHONIOENCODING": "utf-8"},
    )


@pytest.fixture
def raw_with_errors(tmp_path) -> Path:
    """A readable file with a rejected row, and a zero-byte workbook (a failed file)."""
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "undp.csv").write_text(PROJECTS_CSV, encoding="utf-8")
    (raw / "empty.xlsx").write_bytes(b"")
    return raw


def test_build_writes_outputs_and_a_summary(raw_with_errors, tmp_path):
    out = tmp_path / "out"
    done = run_cli("build", raw_with_errors, "--out", out, cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]
    assert CORE_OUTPUTS <= {p.name for p in out.iterdir()}
    assert "Traceback" not in done.stderr
    summary = done.stdout
    assert re.search(r"\b2 files\b", summary), summary  # undp.csv and empty.xlsx
    assert re.search(r"\b1 failed\b", summary), summary  # empty.xlsx
    assert re.search(r"\b2 loaded\b", summary) or re.search(r"\b2 projects\b", summary), summary
    assert re.search(r"\b1 rejected\b", summary), summary  # the row without a title
    assert "empty.xlsx" in summary  # named among the worst problems


def test_strict_with_an_error_exits_1_after_writing(raw_with_errors, tmp_path):
    out = tmp_path / "out"
    done = run_cli("build", raw_with_errors, "--out", out, "--strict", "--quiet", cwd=tmp_path)
    assert done.returncode == 1, done.stderr[-3000:]
    assert CORE_OUTPUTS <= {p.name for p in out.iterdir()}
    assert "Traceback" not in done.stderr


def test_missing_folder_exits_2_without_traceback(tmp_path):
    done = run_cli("build", tmp_path / "nowhere", "--out", tmp_path / "out", cwd=tmp_path)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert "nowhere" in done.stderr
    assert not (tmp_path / "out" / "projects.csv").exists()


# The cases below call the command's entry point in this process (same code path, no interpreter start-up).


def test_strict_and_quiet_on_a_clean_folder_exit_0_silently(tmp_path, capsys):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "undp.csv").write_text(CLEAN_CSV, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(raw), "--out", str(out), "--strict", "--quiet", "--workers", "1"]) == 0
    assert capsys.readouterr().out == ""
    assert CORE_OUTPUTS <= {p.name for p in out.iterdir()}


def test_a_file_given_as_the_folder_exits_2(tmp_path, capsys):
    raw = tmp_path / "undp.csv"
    raw.write_text(PROJECTS_CSV, encoding="utf-8")
    assert main(["build", str(raw), "--out", str(tmp_path / "out")]) == 2
    assert "undp.csv" in capsys.readouterr().err


def test_output_path_that_is_a_file_exits_2(tmp_path, capsys):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "undp.csv").write_text(PROJECTS_CSV, encoding="utf-8")
    taken = tmp_path / "out.txt"
    taken.write_text("not a folder\n", encoding="utf-8")
    assert main(["build", str(raw), "--out", str(taken), "--quiet", "--workers", "1"]) == 2
    assert "out.txt" in capsys.readouterr().err
    assert taken.read_text(encoding="utf-8") == "not a folder\n"


@pytest.mark.parametrize(
    "args",
    [["build"], ["build", "raw"], ["build", "raw", "--out", "o", "--year", "twenty"], ["build", "--bogus"]],
    ids=["no-folder", "no-out", "bad-year", "unknown-option"],
)
def test_usage_errors_exit_2(tmp_path, capsys, args):
    with pytest.raises(SystemExit) as stopped:
        main(args)
    assert stopped.value.code == 2
    assert "usage" in capsys.readouterr().err.lower()


def test_help_works(tmp_path):
    top = run_cli("--help", cwd=tmp_path)
    assert top.returncode == 0
    assert "build" in top.stdout
    sub = run_cli("build", "--help", cwd=tmp_path)
    assert sub.returncode == 0
    for option in ("--out", "--strict", "--quiet", "--year"):
        assert option in sub.stdout


def test_console_script_is_installed(tmp_path):
    script = Path(sys.executable).parent / ("mtd-analysis.exe" if os.name == "nt" else "mtd-analysis")
    assert script.is_file()
    assert os.access(script, os.X_OK)
    done = subprocess.run([str(script), "--help"], capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert done.returncode == 0
    assert "build" in done.stdout
