"""A build folder is opened by one function that validates it (issue 13 items 2 and 3)."""

from __future__ import annotations

import pandas as pd
import pytest

from mtd_analysis import schema
from mtd_analysis.build import build
from mtd_analysis.store import load_build


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    raw = tmp_path_factory.mktemp("raw")
    (raw / "eu.csv").write_text(
        "Project code,Title,Partner,Beneficiary,Priority,Start date,End date,Budget,Currency\n"
        "EU-1,Custody records,EU,NPU,CUSTODY,2021-01-01,2021-12-31,1000,EUR\n"
        "EU-2,Border patrols,EU,SBGS,BORDER_SECURITY,2021-01-01,2021-12-31,3000,EUR\n"
    )
    out = tmp_path_factory.mktemp("out")
    build(raw, out, workers=1)
    return out


def test_load_build_returns_every_table_the_manifest_and_the_reference(built):
    folder = load_build(built)
    assert set(folder.tables) == {
        "projects", "issues", "allocations", "coverage", "subgroups", "overlaps", "duplication", "quality",
    }  # fmt: skip
    assert folder["projects"]["project_id"].tolist() == ["EU-1", "EU-2"]
    assert folder.manifest["totals"]["projects"] == 2
    assert set(folder.reference) == {"priorities", "rates", "column_aliases", "partners"}
    assert folder.reference["rates"]["uah_per_unit"].dtype == "float64"


def test_a_damaged_table_is_named_by_file_row_and_column(built, tmp_path):
    copy = tmp_path / "copy"
    copy.mkdir()
    for path in built.rglob("*"):
        if path.is_file():
            target = copy / path.relative_to(built)
            target.parent.mkdir(exist_ok=True)
            target.write_bytes(path.read_bytes())
    coverage = pd.read_csv(copy / "coverage.csv", dtype=str, keep_default_na=False)
    coverage.loc[2, "n_projects"] = "many"
    coverage.to_csv(copy / "coverage.csv", index=False)
    with pytest.raises(schema.TableError, match=r"coverage.csv row 4: n_projects 'many'"):
        load_build(copy)


def test_a_reference_table_changed_after_the_build_is_refused(built, tmp_path):
    copy = tmp_path / "copy"
    for path in built.rglob("*"):
        if path.is_file():
            target = copy / path.relative_to(built)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(path.read_bytes())
    with open(copy / "reference" / "rates.csv", "a", encoding="utf-8") as fh:
        fh.write("2021,XYZ,1.0\n")
    with pytest.raises(schema.TableError, match="reference/rates.csv .* was changed after the build"):
        load_build(copy)


@pytest.mark.parametrize("table", schema.TABLES)
def test_every_table_has_a_schema(table):
    assert len(schema.table_schema(table).columns) >= 1


def test_a_table_that_breaks_its_schema_is_not_written(tmp_path):
    allocations = pd.DataFrame(
        {"project_id": ["A"], "priority_code": ["X"], "subgroup": ["police"], "share": [1.5], "year": [2021]}
    )
    with pytest.raises(schema.TableError, match="allocations.csv row 2: share 1.5 is outside the range"):
        schema.check_table(allocations, "allocations", "allocations.csv")
