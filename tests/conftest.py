"""Shared fixtures: small frames written by hand, and the real reference data when present."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from mtd_analysis.schema import PROJECT_COLUMNS

REPO_ROOT = Path(__file__).resolve().parents[1]
# ../shared/reference beside the checkout (read-only, absent on some machines); MTD_REFERENCE_DIR points elsewhere.
REFERENCE_DIR = Path(os.environ.get("MTD_REFERENCE_DIR") or REPO_ROOT.parent / "shared" / "reference")


@pytest.fixture
def reference_dir() -> Path:
    """The shared reference data folder; the test is skipped when it is absent."""
    if not REFERENCE_DIR.is_dir():
        pytest.skip("../shared/reference is not present on this machine")
    return REFERENCE_DIR


@pytest.fixture(autouse=True)
def _no_analyst_rates(monkeypatch):
    """Tests see the shipped rates only, whatever ``rates update`` wrote into this checkout's data/external."""
    from mtd_analysis import config

    monkeypatch.setattr(config, "EXTERNAL_RATES_FILE", REPO_ROOT / "tests" / "data" / "absent" / "rates.csv")


def projects_frame(records: list[dict]) -> pd.DataFrame:
    """A projects table in the canonical in-memory form, from a few hand-written fields per row.

    Missing text fields are NA, ``amount`` is float (NaN when missing), ``source_row`` is int.
    """
    rows = []
    for i, rec in enumerate(records):
        row = dict.fromkeys(PROJECT_COLUMNS, pd.NA)
        row.update({"source_file": "hand.xlsx", "source_sheet": "Projects", "source_row": i + 2})
        row.update(rec)
        rows.append(row)
    df = pd.DataFrame(rows, columns=PROJECT_COLUMNS)
    df["amount"] = pd.to_numeric(df["amount"], errors="coerce").astype(float)
    df["source_row"] = df["source_row"].astype(np.int64)
    return df


@pytest.fixture
def make_projects():
    """Factory fixture: ``make_projects([{...}, ...])`` -> canonical projects DataFrame."""
    return projects_frame


# generators of blind partner files, run by tests/acceptance/test_acceptance_unseen.py (not modules to import)
collect_ignore_glob = ["acceptance/unseen/*.py"]


@pytest.fixture
def eur_per_unit():
    """``rate(result, year, currency)``: units of EUR per unit of ``currency`` in ``year``, from a build's own rates
    table (UAH per unit of each), so that a test's expected euros are worked out from the figures it wrote."""

    def rate(result, year: int, currency: str) -> float:
        rates = result.reference["rates"].set_index(["year", "currency"]).uah_per_unit
        return rates[(year, currency)] / rates[(year, "EUR")]

    return rate


@pytest.fixture
def workbook_build(tmp_path):
    """``built(sheets, name, indents, outline, merges)``: a workbook ``name`` of ``sheets`` (title -> rows), built for
    2021; ``indents`` ((row, column), 1-based -> Excel's indent level) indents cells of every sheet, ``outline`` (row,
    1-based -> Excel's outline level) groups rows of every sheet, ``merges`` (title -> ranges, "A1:A2") merges cells."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment

    from mtd_analysis.build import build

    def built(
        sheets: dict[str, list[list]],
        name: str,
        indents: dict[tuple[int, int], int] | None = None,
        outline: dict[int, int] | None = None,
        merges: dict[str, list[str]] | None = None,
    ):
        raw = tmp_path / "raw"
        raw.mkdir(parents=True)
        wb = Workbook()
        wb.remove(wb.active)
        for title, rows in sheets.items():
            ws = wb.create_sheet(title)
            for row in rows:
                ws.append(row)
            for (r, c), level in (indents or {}).items():
                ws.cell(r, c).alignment = Alignment(indent=level)
            for r, level in (outline or {}).items():
                ws.row_dimensions[r].outline_level = level
            for cells in (merges or {}).get(title, []):
                ws.merge_cells(cells)
        wb.save(raw / name)
        return build(raw, tmp_path / "out", year=2021)

    return built


@pytest.fixture
def one_sheet_build(workbook_build):
    """``built(rows, name, sheet, indents)``: a workbook ``name`` of one sheet of ``rows``, built for 2021."""

    def built(rows: list[list], name: str, sheet: str = "Sheet", indents: dict | None = None):
        return workbook_build({sheet: rows}, name, indents)

    return built
