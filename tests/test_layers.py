"""The folder tree is the architecture: reference <- ingest <- analysis <- outputs <- build <- cli.

The contract lives in ``pyproject.toml`` (``[tool.importlinter]``); ``make lint`` runs it too.
"""

import importlib.util
import os
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.skipif(importlib.util.find_spec("importlinter") is None, reason="import-linter not installed")
def test_imports_follow_the_flow(monkeypatch):
    from importlinter.cli import lint_imports

    monkeypatch.chdir(REPO_ROOT)
    assert lint_imports(config_filename=os.fspath(REPO_ROOT / "pyproject.toml")) == 0


def test_no_stage_module_at_the_top():
    top = sorted(p.stem for p in (REPO_ROOT / "mtd_analysis").glob("*.py"))
    # beside the pipeline (build), its shell (cli, api) and what every step may use: config, schema, store (files
    # and folders) and processes (worker processes), no stage module
    assert top == ["__init__", "__main__", "api", "build", "cli", "config", "processes", "schema", "store"]
