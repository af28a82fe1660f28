"""The front door (issue 14): load() a finished build, build() one, open_build() whichever is needed."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pandas as pd
import pytest

import mtd_analysis
from mtd_analysis import api, config

CSV = (
    "Title,Partner,Beneficiary,Period,Budget EUR,Priority\n"
    "Patrol cars for border units,UNDP,SBGS,2021,1000,Border security\n"
    "Custody cameras,UNDP,NPU,2021-2022,2500,Custody\n"
    ",UNDP,NPU,2021,700,Custody\n"
)


@pytest.fixture
def raw(tmp_path):
    folder = tmp_path / "raw"
    folder.mkdir()
    (folder / "undp.csv").write_text(CSV, encoding="utf-8")
    return folder


def test_build_and_load_give_the_same_tables(raw, tmp_path):
    built = mtd_analysis.build(raw, tmp_path / "out", year=2021, date="2021-03-15", workers=1)
    loaded = mtd_analysis.load(tmp_path / "out")
    assert isinstance(built, api.Build) and isinstance(loaded, api.Build)
    assert len(loaded.projects) == 2  # the row without a title is rejected
    assert (loaded.year, loaded.currency, loaded.snapshot) == (2021, "EUR", "raw")
    for name in ("projects", "allocations", "coverage", "issues"):
        left, right = getattr(built, name), getattr(loaded, name)
        assert left.shape == right.shape, name
        assert left.columns.tolist() == right.columns.tolist(), name
    money = loaded.allocations.groupby("year")["amount_eur"].sum().to_dict()
    # 1000 in 2021; 2500 over 2021-2022 split by months (12 and 12): 1250 each
    assert money == pytest.approx({2021: 2250.0, 2022: 1250.0})


def test_the_pipeline_module_still_works_and_is_the_same_function(raw):
    from mtd_analysis.build import BuildResult, build

    assert isinstance(build(raw, workers=1), BuildResult)
    assert mtd_analysis.build.build is build  # the module, callable as the front door
    assert isinstance(mtd_analysis.build(raw, workers=1), api.Build)


def test_load_refuses_a_folder_that_is_not_a_build(tmp_path):
    with pytest.raises(api.BuildFolderError, match="manifest.json is missing"):
        mtd_analysis.load(tmp_path)


def test_load_checks_the_schema(raw, tmp_path):
    mtd_analysis.build(raw, tmp_path / "out", workers=1)
    projects = tmp_path / "out" / "projects.csv"
    frame = pd.read_csv(projects)
    frame.drop(columns="source_row").to_csv(projects, index=False)
    with pytest.raises(api.BuildFolderError, match="source_row"):
        mtd_analysis.load(tmp_path / "out")


def test_load_refuses_a_table_without_its_columns(raw, tmp_path):
    mtd_analysis.build(raw, tmp_path / "out", workers=1)
    (tmp_path / "out" / "coverage.csv").write_text("year\n2021\n", encoding="utf-8")
    with pytest.raises(api.BuildFolderError, match="coverage.csv"):
        mtd_analysis.load(tmp_path / "out")


def test_notebook_display_names_snapshot_files_and_problems(raw, tmp_path):
    (raw / "broken.xlsx").write_bytes(b"not a workbook")
    b = mtd_analysis.build(raw, tmp_path / "out", workers=1, year=2021)
    html = b._repr_html_()
    assert "Snapshot raw · 2021 · EUR" in html
    assert "Files: 1 read, 1 not read" in html and "broken.xlsx" in html
    assert "Worst problems" in html
    assert "Зріз raw" in b.with_lang("uk")._repr_html_()
    assert "could not be read" in b.briefing("en")


def test_is_current_follows_the_raw_files(raw, tmp_path):
    out = tmp_path / "out"
    mtd_analysis.build(raw, out, workers=1)
    assert api.is_current(out, raw)
    (raw / "undp.csv").write_text(CSV + "Drug lab,UNDP,NPU,2021,10,Drugs\n", encoding="utf-8")
    assert not api.is_current(out, raw)  # a file changed
    mtd_analysis.build(raw, out, workers=1)
    assert api.is_current(out, raw)
    (raw / "eu.csv").write_text(CSV, encoding="utf-8")
    assert not api.is_current(out, raw)  # a file was added


def test_a_build_made_by_other_code_or_reference_data_is_not_current(raw, tmp_path, monkeypatch):
    # a lexicon or an alias edited in reference/data since the build changes what a build reads: build again
    out = tmp_path / "out"
    mtd_analysis.build(raw, out, workers=1)
    assert api.is_current(out, raw)
    monkeypatch.setattr(api.config, "package_fingerprint", lambda: "0" * 64)
    assert not api.is_current(out, raw)


def test_open_build_loads_a_current_build_and_builds_otherwise(raw, tmp_path):
    out = tmp_path / "out"
    assert api.open_build(raw, out, workers=1).out_dir is None  # nothing there yet: built in memory
    assert not out.exists()  # ... and nothing written
    mtd_analysis.build(raw, out, workers=1, date="2021-03-15")
    assert api.open_build(raw, out, date="2021-03-15").out_dir == out
    assert api.open_build(raw, out, date="2021-06-10", workers=1).out_dir is None  # other options: rebuilt
    (out / "coverage.csv").write_text("year\n2021\n", encoding="utf-8")  # tables of an older version
    assert api.open_build(raw, out, date="2021-03-15", workers=1).out_dir is None


def test_open_build_defaults_to_the_sample():
    b = api.open_build(snapshot="2021-03", workers=1)
    assert b.manifest["sample"] is True
    assert b.manifest["date"] == config.SAMPLE_DATES["2021-03"]
    with pytest.raises(ValueError, match="2021-03"):
        api.open_build(snapshot="1999-01")


def test_views_as_methods(raw):
    b = mtd_analysis.build(raw, workers=1, year=2021)
    assert b.projects_of("undp")["title"].tolist() == ["Patrol cars for border units", "Custody cameras"]
    assert b.projects_ending_before("2022-01-01")["title"].tolist() == ["Patrol cars for border units"]
    assert b.funding_by_agency()["agency"].tolist() == ["NPU", "SBGS"]  # 1250 and 1000 in 2021
    assert b.funding_by_partner_priority().index.tolist() == ["UNDP"]
    custody = b.projects.loc[b.projects["title"] == "Custody cameras", "project_id"].iloc[0]
    assert b.evidence(custody)["source_row"].tolist() == [3]


def test_next_meeting_is_three_months_after_the_snapshot(raw):
    assert mtd_analysis.build(raw, workers=1, date="2021-03-15").next_meeting() == "2021-06-15"
    assert mtd_analysis.build(raw, workers=1).next_meeting() is None


def test_notebook_lang_from_the_environment(monkeypatch):
    monkeypatch.setenv("MTD_ANALYSIS_LANG", "uk")
    assert api.notebook_lang("en") == "uk"
    monkeypatch.setenv("MTD_ANALYSIS_LANG", "fr")
    assert api.notebook_lang("en") == "en"
    monkeypatch.delenv("MTD_ANALYSIS_LANG")
    monkeypatch.setenv("LANG", "uk_UA.UTF-8")  # the locale is not read: saved outputs must not vary with it
    assert api.notebook_lang("en") == "en"


def test_import_is_light():
    code = "import sys, mtd_analysis; print(sorted(m for m in ('pandas', 'matplotlib') if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "[]", done.stderr


def test_manifest_of_a_loaded_build_is_the_file(raw, tmp_path):
    mtd_analysis.build(raw, tmp_path / "out", workers=1)
    on_disk = json.loads((tmp_path / "out" / "manifest.json").read_text(encoding="utf-8"))
    assert mtd_analysis.load(tmp_path / "out").manifest == on_disk


def test_packaged_sample_is_used_without_a_checkout(tmp_path, monkeypatch):
    """After a plain `pip install .` there is no data/raw: the sample copied into the wheel is used."""
    import importlib.util

    hook = config.PROJ_ROOT / "setup.py"
    if not hook.is_file():
        pytest.skip("not a checkout")
    spec = importlib.util.spec_from_file_location("setup_hook", hook)
    setup_hook = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(setup_hook)
    built = setup_hook.copy_sample(tmp_path / "lib")
    assert sorted(p.name for p in built.iterdir()) == sorted(config.SAMPLE_DATES)
    for snapshot in config.SAMPLE_DATES:
        shipped = sorted(p.name for p in (built / snapshot).iterdir())
        assert shipped == sorted(p.name for p in (config.RAW_DATA_DIR / "sample" / snapshot).iterdir())
    # the installed package's config: no data/raw/sample beside it, so the packaged copy is the sample
    package = tmp_path / "site" / "mtd_analysis"
    shutil.copytree(config.PROJ_ROOT / "mtd_analysis", package, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(built, package / "sample")
    code = (
        "from mtd_analysis import config; print(config.SAMPLE_DIR.relative_to(config.PROJ_ROOT).as_posix())"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                          cwd=tmp_path / "site", env={"PYTHONPATH": str(tmp_path / "site")})  # fmt: skip
    assert done.stdout.strip() == "mtd_analysis/sample", done.stderr
