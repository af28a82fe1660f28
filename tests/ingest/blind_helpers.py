"""Helpers shared by the tests of the blind rounds (``test_blind_s*.py``): build one partner file, look up a
project, the issues that say something, a project's 2021 money.

Imported by name (``from blind_helpers import ...``): pytest puts this folder on ``sys.path`` for its test
modules, which are not a package.
"""

from __future__ import annotations

import io

from mtd_analysis.build import build


def xlsx_bytes(sheets: dict[str, list[list]], merged: dict[str, list[str]] | None = None) -> bytes:
    """A workbook of the given sheets (name -> rows), with cells merged as given (name -> ranges)."""
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
        for cells in (merged or {}).get(name, []):
            ws.merge_cells(cells)
    stream = io.BytesIO()
    wb.save(stream)
    return stream.getvalue()


def year_money(project: dict, year: int) -> float | None:
    """A project's money for one year, from its ``yearly_amounts`` ("2020=400000;2021=600000"); None when not given."""
    for part in (project.get("yearly_amounts") or "").split(";"):
        if part.startswith(f"{year}="):
            return float(part.split("=")[1])
    return None


def projects_by_title(result) -> dict[str, dict]:
    """The build's projects, each a dict, by title."""
    return {r["title"]: r for r in result.projects.to_dict("records")}


def issues_saying(result, words: str) -> list[dict]:
    """The build's issues whose message contains ``words``."""
    return [i for i in result.issues.to_dict("records") if words in i["message"]]


def file_build(tmp_path, name: str, content: bytes):
    """Build a submissions folder holding one file, ``name``, of ``content`` (bytes)."""
    raw = tmp_path / "raw"
    raw.mkdir(parents=True)
    (raw / name).write_bytes(content)
    return build(raw, tmp_path / "out", year=2021)


def text_build(tmp_path, name: str, text: str, encoding: str = "utf-8"):
    """Build a submissions folder holding one text file, ``name``, written in ``encoding``."""
    return file_build(tmp_path, name, text.encode(encoding))


def money_2021_of_id(result, project_id: str) -> float:
    """A project's 2021 funding in EUR (as allocated), by its id."""
    a = result.allocations
    return a[a.project_id.eq(project_id) & a.year.eq(2021)].amount_eur.sum()


def money_2021(result, title: str) -> tuple[float, float]:
    """A project's 2021 funding and pipeline in EUR (as allocated), by its title."""
    pid = projects_by_title(result)[title]["project_id"]
    rows = result.allocations[result.allocations["project_id"].eq(pid) & result.allocations["year"].eq(2021)]
    return round(rows["amount_eur"].sum(), 2), round(rows["pipeline_eur"].sum(), 2)
