"""Issue 13: a 2022 priority list with a new subgroup works end to end with no code change.

The list is typed into a workbook (openpyxl) and saved as Excel does on a Ukrainian Windows laptop: cp1251
text, ``;`` between cells, a decimal comma in the needs file. The build, the Ukrainian report, the feedback
workbooks, the intake template and the diff all use the build's list, not the package's 2021 list.
"""

from __future__ import annotations

import csv
import io

import openpyxl
import pandas as pd
import pytest

from mtd_analysis.build import build
from mtd_analysis.outputs import charts
from mtd_analysis.outputs.changes import diff_dirs
from mtd_analysis.outputs.feedback import write_feedback
from mtd_analysis.outputs.report import priority_names, write_report
from mtd_analysis.outputs.template import write_template
from mtd_analysis.reference import priorities as priorities_ref
from mtd_analysis.reference import using
from mtd_analysis.store import load_build

HEADER = [
    "priority_code", "subgroup", "subgroup_name_en", "subgroup_name_uk", "name_en", "name_uk",
    "keywords_en", "keywords_uk", "keywords_ru", "crs_codes", "lead_agencies",
]  # fmt: skip
ROWS_2022 = [
    ["PATROL", "police", "Police", "Поліція", "Patrol police", "Патрульна поліція", "patrol", "патруль", "", "", "NPU"],
    ["BORDER_2022", "border", "Border", "Кордон", "Border checks", "Прикордонний контроль", "border", "кордон", "", "", "SBGS"],
    ["CYBER_FRAUD", "cyber", "Cybercrime", "Кіберзлочинність", "Online fraud", "Онлайн-шахрайство",
     "online fraud;cybercrime", "шахрайство", "", "", "NPU"],
    ["OTHER", "other", "Other", "Інше", "Other work", "Інша діяльність", "", "", "", "", ""],
    ["UNMAPPED", "unmapped", "Not mapped", "Не визначено", "Not mapped", "Не віднесено", "", "", "", "", ""],
]  # fmt: skip


def excel_csv(rows: list[list], path, encoding: str = "cp1251") -> None:
    """Rows typed into a workbook with openpyxl, saved as Excel's "CSV (;)" in a Windows code page."""
    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    text = io.StringIO()
    writer = csv.writer(text, delimiter=";", lineterminator="\r\n")
    for row in wb.active.iter_rows(values_only=True):
        writer.writerow(["" if v is None else v for v in row])
    path.write_bytes(text.getvalue().encode(encoding))


def submission(folder, partner: str, rows: list[list]) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Projects"
    ws.append(["Project code", "Title", "Partner", "Beneficiary", "Priority", "Start date", "End date",
               "Budget", "Currency"])  # fmt: skip
    for row in rows:
        ws.append(row)
    wb.save(folder / f"{partner.lower()}.xlsx")


@pytest.fixture(scope="module")
def two_builds(tmp_path_factory):
    root = tmp_path_factory.mktemp("list2022")
    listed = root / "priorities_2022.csv"
    excel_csv([HEADER, *ROWS_2022], listed)
    builds = {}
    for snapshot, extra in (("2022-03", []), ("2022-06", [["EU-3", "Patrol cars", "EU", "NPU", "PATROL",
                                                           "2022-01-01", "2022-12-31", 40000, "EUR"]])):  # fmt: skip
        raw = root / snapshot
        raw.mkdir()
        submission(raw, "EU", [
            ["EU-1", "Online fraud investigations", "EU", "NPU", "CYBER_FRAUD", "2022-01-01", "2022-12-31", 120000, "EUR"],
            ["EU-2", "Border checks at Chop", "EU", "SBGS", "BORDER_2022", "2022-01-01", "2022-12-31", 80000, "EUR"],
            *extra,
        ])  # fmt: skip
        excel_csv([["priority_code", "year", "amount", "currency"], ["CYBER_FRAUD", 2022, "200000,50", "EUR"]],
                  raw / "needs.csv")  # fmt: skip
        out = root / f"out-{snapshot}"
        build(raw, out, year=2022, priorities=listed, workers=1)
        builds[snapshot] = out
    return builds


def test_the_build_maps_and_measures_the_new_subgroup(two_builds):
    out = two_builds["2022-03"]
    coverage = pd.read_csv(out / "coverage.csv", keep_default_na=False)
    row = coverage.loc[coverage["year"].eq(2022) & coverage["priority_code"].eq("CYBER_FRAUD")].iloc[0]
    assert row["subgroup"] == "cyber"
    assert float(row["funding_eur"]) == pytest.approx(120000.0)
    assert float(row["needs_eur"]) == pytest.approx(200000.5)  # "200000,50" in cp1251 with ';'
    names = dict(zip(coverage["priority_code"], coverage["priority_name"], strict=False))
    assert names["OTHER"] == "Other work"  # OTHER is named by the list in use, not by code
    subgroups = pd.read_csv(out / "subgroups.csv")
    assert set(subgroups.loc[subgroups["year"].eq(2022), "subgroup"]) >= {"police", "border", "cyber"}
    issues = pd.read_csv(out / "issues.csv", keep_default_na=False)
    assert not issues["kind"].isin(["priority_list", "needs"]).any()


def test_the_build_carries_the_list_it_used(two_builds):
    build_folder = load_build(two_builds["2022-03"])
    used = build_folder.reference["priorities"]
    assert used["priority_code"].tolist() == [r[0] for r in ROWS_2022]
    assert build_folder.manifest["reference"]["priorities"]["file"] == "reference/priorities.csv"
    assert len(build_folder.manifest["reference"]["priorities"]["sha256"]) == 64
    with using(**build_folder.reference):
        assert priorities_ref.subgroup_order() == ("police", "border", "cyber", "other", "unmapped")
        assert charts.subgroup_label("cyber", "uk") == "Кіберзлочинність"
        assert charts.subgroup_colour("cyber") not in {
            charts.UNKNOWN_COLOUR,
            charts.subgroup_colour("police"),
        }
        names = priority_names(build_folder["coverage"], "uk")
    assert names["CYBER_FRAUD"] == "Онлайн-шахрайство" and names["OTHER"] == "Інша діяльність"
    # outside the build's context the package's 2021 list is in use again
    assert charts.subgroup_label("cyber", "uk") == "cyber"


def test_the_ukrainian_report_has_a_pack_for_the_new_subgroup(two_builds, tmp_path):
    written = write_report(two_builds["2022-03"], tmp_path / "report", lang="uk", workers=1)
    paths = set(written["path"])
    assert {"pack-police-uk.pdf", "pack-border-uk.pdf", "pack-cyber-uk.pdf"} <= paths
    assert "figures/uk/coverage-cyber.png" in paths


def test_feedback_template_and_diff_use_the_build(two_builds, tmp_path):
    feedback = write_feedback(two_builds["2022-03"], tmp_path / "feedback")
    assert feedback["partner"].tolist() == ["EU"]
    with using(**load_build(two_builds["2022-03"]).reference):
        template = openpyxl.load_workbook(write_template(tmp_path / "t.xlsx", lang="uk"))
    codes = [c.value for c in template["Lists"]["C"][1:] if c.value]
    assert codes == ["PATROL", "BORDER_2022", "CYBER_FRAUD"]
    changes = diff_dirs(two_builds["2022-03"], two_builds["2022-06"], tmp_path / "diff")
    assert changes.loc[changes["change"].eq("new"), "project_id_new"].tolist() == ["EU-3"]
    funding = pd.read_csv(tmp_path / "diff" / "diff_funding.csv")
    patrol = funding.loc[funding["priority_code"].eq("PATROL")].iloc[0]
    assert (patrol["subgroup"], patrol["change_eur"]) == ("police", pytest.approx(40000.0))
