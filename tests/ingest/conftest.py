"""Fixtures shared by the reading tests."""

from __future__ import annotations

import pytest
from openpyxl import Workbook

from mtd_analysis.build import build


@pytest.fixture
def one_sheet_build(tmp_path):
    """``built(rows, name, sheet)``: a workbook ``name`` of one sheet of ``rows``, built for 2021."""

    def built(rows: list[list], name: str, sheet: str = "Sheet"):
        raw = tmp_path / "raw"
        raw.mkdir(parents=True)
        wb = Workbook()
        ws = wb.active
        ws.title = sheet
        for row in rows:
            ws.append(row)
        wb.save(raw / name)
        return build(raw, tmp_path / "out", year=2021)

    return built
