"""The ``mtd-analysis build`` command, run as a user runs it: in a subprocess (issue 2, item 3).

Exit status 0 when the outputs are written whatever was rejected; 1 with ``--strict`` and an error-level
issue; 2 for usage errors. Bad input never shows a traceback.
"""

from __future__ import annotations

import json
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
    [["build"], ["build", "raw"], ["build", "--bogus"], ["report", "o", "--to", "r", "--lang", "xx"]],
    ids=["no-folder", "no-out", "unknown-option", "unknown-lang"],
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


# ------------------------------------------------------------------ options checked before any work (issue 14)


@pytest.fixture
def clean_raw(tmp_path) -> Path:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "undp.csv").write_text(CLEAN_CSV, encoding="utf-8")
    return raw


@pytest.mark.parametrize(
    ("options", "named"),
    [
        (["--year", "1850"], "--year 1850"),
        (["--year", "twenty"], "--year"),
        (["--year", "20210"], "--year"),
        (["--date", "notadate"], "notadate"),
        (["--date", "2021-02-30"], "2021-02-30"),
        (["--date", "15.03.2021"], "15.03.2021"),
        (["--currency", "XYZ"], "XYZ"),
        (["--currency", "euro"], "euro"),
        (["--country", "Ukraine"], "Ukraine"),
        (["--rates", "missing-rates.csv"], "missing-rates.csv"),
        (["--workers", "0"], "--workers"),
    ],
)
def test_bad_option_is_one_line_and_exit_2_before_any_work(clean_raw, tmp_path, capsys, options, named):
    out = tmp_path / "out"
    assert main(["build", str(clean_raw), "--out", str(out), *options]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("mtd-analysis build: "), err
    assert named in err
    assert not out.exists()  # nothing was built


def test_currency_is_checked_against_the_given_rates_table(clean_raw, tmp_path, capsys):
    rates = tmp_path / "rates.csv"
    rates.write_text("year,currency,uah_per_unit\n2021,USD,27.3\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(clean_raw), "--out", str(out), "--rates", str(rates), "--currency", "eur"]) == 2
    assert "EUR is not in the rates table; it has UAH, USD" in capsys.readouterr().err
    assert not out.exists()


@pytest.mark.parametrize(
    ("raw", "out", "named"),
    [
        ("", "out", "submissions folder is not given"),
        ("raw", "", "--out is not given"),
        ("raw", "raw", "inside the submissions folder"),
        ("raw", "raw/built", "inside the submissions folder"),
        ("raw", "x" * 300, "too long"),
        ("nowhere", "out", "not found"),
    ],
)
def test_bad_paths_exit_2_and_write_nothing(clean_raw, tmp_path, monkeypatch, capsys, raw, out, named):
    monkeypatch.chdir(tmp_path)
    assert main(["build", raw, "--out", out]) == 2
    err = capsys.readouterr().err
    assert named in err and err.count("\n") == 1, err
    assert sorted(p.name for p in clean_raw.iterdir()) == ["undp.csv"]


def test_good_date_and_lower_case_currency_are_accepted(clean_raw, tmp_path):
    out = tmp_path / "out"
    args = ["build", str(clean_raw), "--out", str(out), "--date", "2021-03-15", "--currency", "usd", "-q"]
    assert main([*args, "--workers", "1"]) == 0
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert (manifest["date"], manifest["currency"]) == ("2021-03-15", "USD")
    assert "amount_usd" in (out / "allocations.csv").read_text(encoding="utf-8").splitlines()[0]


@pytest.mark.parametrize("command", [["report", "{b}", "--to", "{t}"], ["feedback", "{b}", "--to", "{t}"]])
def test_a_folder_that_is_not_a_build_exits_2(tmp_path, capsys, command):
    args = [a.format(b=tmp_path, t=tmp_path / "to") for a in command]
    assert main(args) == 2
    assert "no manifest.json" in capsys.readouterr().err
    assert not (tmp_path / "to").exists()


def test_verbose_and_quiet_set_the_logging_level(clean_raw, tmp_path):
    import logging

    main(["build", str(clean_raw), "--out", str(tmp_path / "a"), "-q", "--workers", "1"])
    assert logging.getLogger().level == logging.ERROR
    main(["build", str(clean_raw), "--out", str(tmp_path / "b"), "-v", "-q", "--workers", "1"])
    assert logging.getLogger().level == logging.ERROR  # quiet wins
    main(["build", str(clean_raw), "--out", str(tmp_path / "c"), "-vv", "--workers", "1"])
    assert logging.getLogger().level == logging.DEBUG


def test_help_does_not_import_pandas(tmp_path):
    code = (
        "import sys; from mtd_analysis.cli import main; import mtd_analysis; print('pandas' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=tmp_path
    )
    assert done.stdout.strip() == "False", done.stderr


def test_demo_writes_the_sample_and_builds_both_snapshots(tmp_path, capsys):
    from mtd_analysis import config, load

    assert main(["demo", str(tmp_path / "demo")]) == 0
    printed = capsys.readouterr().out
    for snapshot, date in config.SAMPLE_DATES.items():
        raw = tmp_path / "demo" / "raw" / snapshot
        assert sorted(p.name for p in raw.iterdir()) == sorted(
            p.name for p in (config.SAMPLE_DIR / snapshot).iterdir()
        )
        built = load(tmp_path / "demo" / "processed" / snapshot)
        assert built.manifest["date"] == date and built.manifest["sample"] is True
        assert f"{snapshot}: {len(built.projects)} projects" in printed
    assert (tmp_path / "demo" / "processed" / "2021-06" / "diff.csv").is_file()


def test_report_names_a_chart_that_could_not_be_drawn(clean_raw, tmp_path, capsys, monkeypatch):
    from mtd_analysis.outputs import charts

    def broken(*args, **kwargs):
        raise RuntimeError("broken on purpose")

    out, to = tmp_path / "out", tmp_path / "report"
    assert main(["build", str(clean_raw), "--out", str(out), "-q", "--workers", "1"]) == 0
    monkeypatch.setattr(charts, "quality_chart", broken)  # the workers are forked: they inherit it
    assert main(["report", str(out), "--to", str(to), "--lang", "en", "-q"]) == 0
    err = capsys.readouterr().err
    assert "1 charts or pages could not be drawn" in err
    assert "en quality: could not be drawn (RuntimeError: broken on purpose)" in err
    figures = to / "figures" / "en"
    assert (figures / "gaps.png").exists() and not (figures / "quality.png").exists()


def test_money_with_no_currency_is_named_in_words_in_the_summary(tmp_path, capsys):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "list.csv").write_text(
        "Title,Donor,Amount,Start,End\nRadios for police,EU,1000,2021,2021\nBoats for guards,EU,2000,2021,2021\n",
        encoding="utf-8",
    )
    assert main(["build", str(raw), "--out", str(tmp_path / "out"), "--workers", "1"]) == 0
    line = next(ln for ln in capsys.readouterr().out.splitlines() if "not converted" in ln)
    assert line.endswith("3,000 (currency not stated)")  # ISO's placeholder "XXX" means nothing to an analyst
