"""Acceptance tests for issue 6 (the loop with partners), as the reviewers will check it.

"A freshly generated template, filled by a script that finds its columns by their headers, loads back whole with no
error issue. A diff of two snapshots reports exactly the changes made between them."

Everything goes through the command line (``python -m mtd_analysis template | feedback | diff``) and the build, on
files written here: templates in English, Ukrainian and both languages filled with openpyxl as partners fill them
(dates as dates, amounts as numbers, values picked from the drop-down lists), a Ukrainian template and an English CSV
with planted problems, and two meeting snapshots with one change of each kind.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from mtd_analysis import config
from mtd_analysis.build import build
from mtd_analysis.cli import main

# Header labels of the template, as the issue's canonical columns read in each language (written by hand).
LABELS = {
    "project_id": ("Project code", "Шифр проєкту"),
    "partner": ("Partner (donor)", "Партнер (донор)"),
    "implementer": ("Implementer", "Виконавець"),
    "title": ("Project title", "Назва проєкту"),
    "description": ("Description", "Опис"),
    "beneficiaries": ("Beneficiary agencies", "Бенефіціари"),
    "declared_priority": ("Priority", "Пріоритет"),
    "start_date": ("Start date", "Дата початку"),
    "end_date": ("End date", "Дата завершення"),
    "amount": ("Amount", "Сума"),
    "currency": ("Currency", "Валюта"),
    "status": ("Status", "Статус"),
}
DROP_DOWNS = ("beneficiaries", "declared_priority", "currency", "status")


def run_cli(*args, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "mtd_analysis", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=cwd,
        env={**os.environ, "PYTHONWARNINGS": "ignore", "PYTHONIOENCODING": "utf-8"},
    )


def template_columns(ws) -> dict[str, int]:
    """Field -> column number, found by the header labels (English, Ukrainian or "English / Українська")."""
    found = {}
    for cell in ws[1]:
        parts = [p.strip() for p in str(cell.value or "").split(" / ")]
        for field, labels in LABELS.items():
            if any(p in labels for p in parts):
                found[field] = cell.column
    assert set(found) == set(LABELS), f"template headers not recognised: {[c.value for c in ws[1]]}"
    return found


def drop_down_values(wb, column: int) -> list[str]:
    """The values offered by the drop-down list on a column of the Projects sheet (row 3, the first row to fill)."""
    ws = wb["Projects"]
    letter = openpyxl.utils.get_column_letter(column)
    for validation in ws.data_validations.dataValidation:
        if validation.type == "list" and f"{letter}3" in validation.sqref:
            sheet, cells = validation.formula1.split("!")
            first, last = cells.replace("$", "").split(":")
            return [c.value for row in wb[sheet.strip("'")][first:last] for c in row if c.value is not None]
    raise AssertionError(f"no drop-down list on column {letter}")


def fill_template(path: Path, projects: list[dict]) -> None:
    """Fill the Projects sheet below the example row, as a partner would; drop-down values must be offered."""
    wb = openpyxl.load_workbook(path)
    ws = wb["Projects"]
    columns = template_columns(ws)
    offered = {field: drop_down_values(wb, columns[field]) for field in DROP_DOWNS}
    for n, project in enumerate(projects, start=3):
        for field, value in project.items():
            if field in DROP_DOWNS and value is not None and field != "beneficiaries":
                assert value in offered[field], f"{value!r} is not offered in the {field} drop-down"
            if field == "beneficiaries" and value:
                assert set(value.split(";")) <= set(offered[field])
            ws.cell(row=n, column=columns[field], value=value)
    wb.save(path)


def write_template(path: Path, lang: str, cwd: Path) -> None:
    done = run_cli("template", path, "--lang", lang, cwd=cwd)
    assert done.returncode == 0, done.stderr[-3000:]
    assert path.is_file()


# --- three partners fill the template, one per language -------------------------------------------------------

EU_PROJECTS = [
    {"project_id": "EU-MIA-01", "partner": "European Union", "implementer": "UNDP",
     "title": "Custody records system for temporary detention facilities",
     "description": "Software and training for custody officers", "beneficiaries": "NPU",
     "declared_priority": "CUSTODY", "start_date": dt.datetime(2021, 2, 1), "end_date": dt.datetime(2022, 1, 31),
     "amount": 1_250_000.5, "currency": "EUR", "status": "ongoing"},
    {"project_id": "EU-MIA-02", "partner": "European Union", "implementer": "IOM",
     "title": "Biometric kits for the State Migration Service", "description": "Kits and a case database",
     "beneficiaries": "SMS;SBGS", "declared_priority": "ILLEGAL_MIGRATION",
     "start_date": dt.datetime(2020, 7, 1), "end_date": dt.datetime(2021, 6, 30), "amount": 480_000,
     "currency": "EUR", "status": "completed"},
]  # fmt: skip
POLAND_PROJECTS = [
    {"project_id": "PL-7", "partner": "Польща", "implementer": "Фонд Солідарності",
     "title": "Обладнання для пунктів пропуску на польському кордоні",
     "description": "Сканери для пасажирських смуг", "beneficiaries": "SBGS",
     "declared_priority": "BORDER_CROSSING", "start_date": dt.datetime(2021, 5, 1),
     "end_date": dt.datetime(2021, 12, 31), "amount": 2_000_000, "currency": "PLN", "status": "planned"},
]  # fmt: skip
CANADA_PROJECTS = [
    {"project_id": "CA-2021-3", "partner": "Canada", "implementer": "OSCE",
     "title": "Mobile groups against domestic violence", "description": "Vehicles and training",
     "beneficiaries": "NPU", "declared_priority": "DOMESTIC_VIOLENCE", "start_date": dt.datetime(2021, 1, 1),
     "end_date": dt.datetime(2021, 12, 31), "amount": 750_000, "currency": "CAD", "status": "ongoing"},
]  # fmt: skip


@pytest.fixture(scope="module")
def clean(tmp_path_factory) -> Path:
    """Three filled templates (en, uk, both) built into ``out``; returns the folder holding raw/ and out/."""
    root = tmp_path_factory.mktemp("loop_clean")
    raw = root / "raw"
    raw.mkdir()
    write_template(raw / "eu_2021.xlsx", "en", cwd=root)  # the command as a user runs it
    for name, lang in (("poland_uk.xlsx", "uk"), ("canada.xlsx", "both")):
        assert main(["template", str(raw / name), "--lang", lang]) == 0
    fill_template(raw / "eu_2021.xlsx", EU_PROJECTS)
    fill_template(raw / "poland_uk.xlsx", POLAND_PROJECTS)
    fill_template(raw / "canada.xlsx", CANADA_PROJECTS)
    build(raw, root / "out", year=2021)
    return root


def test_template_has_instructions_projects_lists_and_an_example_row(tmp_path):
    path = tmp_path / "blank.xlsx"
    write_template(path, "uk", cwd=tmp_path)
    wb = openpyxl.load_workbook(path)
    assert {"Instructions", "Projects", "Lists"} <= set(wb.sheetnames)
    ws = wb["Projects"]
    columns = template_columns(ws)
    assert ws.max_row == 2  # the header and the example row
    example = ws.cell(row=2, column=columns["start_date"])
    assert isinstance(example.value, dt.datetime) and "yy" in example.number_format.lower()
    assert isinstance(ws.cell(row=2, column=columns["amount"]).value, int | float)


def test_template_drop_downs_hold_the_current_priority_codes(tmp_path):
    path = tmp_path / "t.xlsx"
    assert main(["template", str(path), "--lang", "en"]) == 0
    wb = openpyxl.load_workbook(path)
    columns = template_columns(wb["Projects"])
    shipped = pd.read_csv(config.PRIORITIES_FILE, dtype=str)["priority_code"]
    listed = [c for c in shipped if c not in ("OTHER", "UNMAPPED")]
    assert drop_down_values(wb, columns["declared_priority"]) == listed
    assert set(drop_down_values(wb, columns["beneficiaries"])) == {"MIA", "NPU", "SBGS", "NGU", "SMS", "SESU"}
    assert {"EUR", "USD", "UAH"} <= set(drop_down_values(wb, columns["currency"]))
    # a priority file of one's own gives its codes
    own = tmp_path / "priorities_2022.csv"
    pd.DataFrame({"priority_code": ["CYBER", "DEMINING"], "name_en": ["Cyber", "Demining"]}).to_csv(
        own, index=False
    )
    assert main(["template", str(tmp_path / "t2.xlsx"), "--priorities", str(own)]) == 0
    wb2 = openpyxl.load_workbook(tmp_path / "t2.xlsx")
    assert drop_down_values(wb2, template_columns(wb2["Projects"])["declared_priority"]) == [
        "CYBER",
        "DEMINING",
    ]


def test_filled_templates_load_with_no_error_or_warning(clean):
    issues = pd.read_csv(clean / "out" / "issues.csv")
    bad = issues[issues["severity"].isin(["error", "warning"])]
    assert bad.empty, bad.to_string()


def test_filled_templates_load_exactly(clean):
    projects = pd.read_csv(clean / "out" / "projects.csv").set_index("project_id")
    assert sorted(projects.index) == ["CA-2021-3", "EU-MIA-01", "EU-MIA-02", "PL-7"]  # example rows left out
    expected = {
        # id: partner, implementer, title, beneficiaries, priority, start, end, amount, currency, status, file, row
        "EU-MIA-01": ("EU", "UNDP", "Custody records system for temporary detention facilities", {"NPU"},
                      "CUSTODY", "2021-02-01", "2022-01-31", 1_250_000.5, "EUR", "ongoing", "eu_2021.xlsx", 3),
        "EU-MIA-02": ("EU", "IOM", "Biometric kits for the State Migration Service", {"SMS", "SBGS"},
                      "ILLEGAL_MIGRATION", "2020-07-01", "2021-06-30", 480_000.0, "EUR", "completed",
                      "eu_2021.xlsx", 4),
        "PL-7": ("Poland", "Фонд Солідарності", "Обладнання для пунктів пропуску на польському кордоні", {"SBGS"},
                 "BORDER_CROSSING", "2021-05-01", "2021-12-31", 2_000_000.0, "PLN", "planned", "poland_uk.xlsx", 3),
        "CA-2021-3": ("Canada", "OSCE", "Mobile groups against domestic violence", {"NPU"}, "DOMESTIC_VIOLENCE",
                      "2021-01-01", "2021-12-31", 750_000.0, "CAD", "ongoing", "canada.xlsx", 3),
    }  # fmt: skip
    for pid, (
        partner,
        implementer,
        title,
        agencies,
        priority,
        start,
        end,
        amount,
        currency,
        status,
        file,
        row,
    ) in expected.items():
        got = projects.loc[pid]
        assert (got["partner"], got["implementer"], got["title"]) == (partner, implementer, title), pid
        assert set(got["beneficiaries"].split(";")) == agencies, pid
        assert (got["declared_priority"], got["start_date"], got["end_date"]) == (priority, start, end), pid
        assert got["amount"] == amount and got["currency"] == currency and got["status"] == status, pid
        assert (got["source_file"], got["source_sheet"], got["source_row"]) == (file, "Projects", row), pid
    assert projects.loc["PL-7", "lang"] == "uk"
    assert projects.loc["EU-MIA-01", "lang"] == "en"
    allocations = pd.read_csv(clean / "out" / "allocations.csv")
    mapped = allocations.groupby("project_id")["priority_code"].agg(lambda s: sorted(set(s)))
    assert mapped.to_dict() == {
        "CA-2021-3": ["DOMESTIC_VIOLENCE"],
        "EU-MIA-01": ["CUSTODY"],
        "EU-MIA-02": ["ILLEGAL_MIGRATION"],
        "PL-7": ["BORDER_CROSSING"],
    }


def test_quality_of_clean_templates(clean):
    card = pd.read_csv(clean / "out" / "quality.csv").set_index("file")
    assert sorted(card.index) == ["canada.xlsx", "eu_2021.xlsx", "poland_uk.xlsx"]  # one row per submission
    # each file: the example row (read, skipped) and the partner's projects
    assert card.loc["eu_2021.xlsx", ["rows_read", "rows_loaded", "rows_rejected", "rows_skipped"]].tolist() == [
        3, 2, 0, 1
    ]  # fmt: skip
    assert card.loc["poland_uk.xlsx", ["rows_read", "rows_loaded", "rows_rejected", "rows_skipped"]].tolist() == [
        2, 1, 0, 1
    ]  # fmt: skip
    assert set(card["grade"]) == {"A"}
    assert (card[["errors", "warnings"]] == 0).all().all()
    complete = [c for c in card.columns if c.startswith("complete_")]
    assert len(complete) >= 5
    assert (card[complete] == 1.0).all().all()
    assert card.loc["poland_uk.xlsx", "partner"] == "Poland"


# --- a submission with known problems, and feedback to each partner ---------------------------------------------

UK_CSV = (
    "Project title,Partner,Implementer,Beneficiary,Priority,Start date,End date,Budget GBP\n"
    "Equipment for the cyber police,United Kingdom,FCDO,NPU,OTHER,2021-01-01,2021-12-31,100000\n"
    "Anti-trafficking hotline,United Kingdom,IOM,NPU,TRAFFICKING,2021-13-45,2021-12-31,50000\n"
)


@pytest.fixture(scope="module")
def problems(clean, tmp_path_factory) -> Path:
    """EU's clean template, Poland's template with planted problems, a UK CSV with a bad date; built into out."""
    root = tmp_path_factory.mktemp("loop_problems")
    raw = root / "raw"
    raw.mkdir()
    shutil.copy(clean / "raw" / "eu_2021.xlsx", raw / "eu_2021.xlsx")
    assert main(["template", str(raw / "poland_uk.xlsx"), "--lang", "uk"]) == 0
    base = {"partner": "Польща", "implementer": "Фонд Солідарності", "beneficiaries": "SBGS",
            "declared_priority": "BORDER_CROSSING", "currency": "EUR", "status": "ongoing"}  # fmt: skip
    fill_template(
        raw / "poland_uk.xlsx",
        [
            # row 3: a start date that does not exist (H3), an amount in words (J3)
            {**base, "project_id": "PL-1", "title": "Сканери для пунктів пропуску", "start_date": "31.02.2021",
             "end_date": dt.datetime(2021, 12, 31), "amount": "багато"},
            # row 4: no code and no title: cannot be a project
            {"partner": "Польща", "beneficiaries": "SBGS", "start_date": dt.datetime(2021, 1, 1),
             "end_date": dt.datetime(2021, 12, 31), "amount": 1000, "currency": "EUR"},
            # row 5: ends before it starts (H5/I5), a currency that does not exist (K5)
            {**base, "project_id": "PL-3", "title": "Навчання прикордонників", "start_date": dt.datetime(2021, 6, 1),
             "end_date": dt.datetime(2021, 1, 31), "amount": 5000, "currency": None},
            # row 6: a clean row
            {**base, "project_id": "PL-4", "title": "Тепловізори для прикордонних загонів",
             "start_date": dt.datetime(2021, 3, 1), "end_date": dt.datetime(2021, 9, 30), "amount": 70_000},
        ],
    )  # fmt: skip
    # the currency drop-down refuses 'XYZ' in Excel; a partner typing over it in another tool gets it through
    wb = openpyxl.load_workbook(raw / "poland_uk.xlsx")
    wb["Projects"][f"{openpyxl.utils.get_column_letter(template_columns(wb['Projects'])['currency'])}5"] = (
        "XYZ"
    )
    wb.save(raw / "poland_uk.xlsx")
    (raw / "uk_fcdo.csv").write_text(UK_CSV, encoding="utf-8")
    build(raw, root / "out", year=2021)
    return root


def test_quality_scorecard_of_a_submission_with_known_problems(problems):
    card = pd.read_csv(problems / "out" / "quality.csv").set_index("file")
    assert sorted(card.index) == ["eu_2021.xlsx", "poland_uk.xlsx", "uk_fcdo.csv"]
    poland = card.loc["poland_uk.xlsx"]
    # example row skipped, row 4 rejected, rows 3, 5 and 6 loaded
    assert poland[["rows_read", "rows_loaded", "rows_rejected", "rows_skipped"]].tolist() == [5, 3, 1, 1]
    # of the 3 loaded projects, PL-1 has no usable amount nor start date; the other fields are all filled
    assert poland["complete_amount"] == pytest.approx(2 / 3)
    assert poland["complete_start_date"] == pytest.approx(2 / 3)
    assert poland["complete_title"] == 1.0 and poland["complete_beneficiaries"] == 1.0
    assert poland["grade"] not in ("A", "B")
    uk = card.loc["uk_fcdo.csv"]
    assert uk[["rows_read", "rows_loaded", "rows_rejected", "rows_skipped"]].tolist() == [2, 2, 0, 0]
    assert uk["errors"] == 1 and uk["grade"] != "A"  # the start date 2021-13-45
    assert card.loc["eu_2021.xlsx", "grade"] == "A"
    assert (
        card.loc["eu_2021.xlsx", "grade"] < uk["grade"]
        and card.loc["eu_2021.xlsx", "grade"] < poland["grade"]
    )
    kinds = poland["kinds"]
    for kind in ("date", "amount", "currency"):
        assert re.search(rf"\b{kind}=\d+", kinds), kinds
    # five planted problems, each one error: start date, amount, rejected row, end before start, currency
    assert poland["errors"] == 5


def read_sheet(ws) -> pd.DataFrame:
    rows = list(ws.iter_rows(values_only=True))
    return pd.DataFrame(rows[1:], columns=rows[0])


@pytest.fixture(scope="module")
def feedback(problems) -> Path:
    target = problems / "feedback"
    done = run_cli("feedback", problems / "out", "--to", target, cwd=problems)
    assert done.returncode == 0, done.stderr[-3000:]
    return target


def test_feedback_writes_one_workbook_per_partner(feedback):
    names = sorted(p.name for p in feedback.glob("*.xlsx"))
    assert len(names) == 3, names
    for partner in ("EU", "Poland", "UK"):
        assert any(partner.lower() in n.lower() for n in names), (partner, names)


def workbook_of(feedback: Path, partner: str):
    path = next(p for p in feedback.glob("*.xlsx") if partner.lower() in p.name.lower())
    return openpyxl.load_workbook(path)


def issues_table(wb, title: str, file_col: str, sheet_col: str, row_col: str, cell_col: str) -> pd.DataFrame:
    assert title in wb.sheetnames, wb.sheetnames
    table = read_sheet(wb[title])
    for col in (file_col, sheet_col, row_col, cell_col):
        assert col in table.columns, (col, table.columns.tolist())
    return table


def test_feedback_for_a_ukrainian_submission_is_in_ukrainian_and_lists_each_cell(feedback):
    wb = workbook_of(feedback, "Poland")
    table = issues_table(wb, "Зауваження", "Файл", "Аркуш", "Рядок", "Клітинка")
    assert "Повідомлення" in table.columns
    assert set(table["Файл"]) == {"poland_uk.xlsx"}  # only this partner's files
    assert set(table["Аркуш"]) == {"Projects"}
    cells = set(table["Клітинка"].dropna())
    assert {"H3", "J3", "K5"} <= cells, cells
    assert cells & {"H5", "I5"}, cells  # the end before the start
    assert 4 in set(table["Рядок"])  # the rejected row
    assert table["Повідомлення"].map(lambda m: isinstance(m, str) and len(m) > 10).all()


def test_feedback_for_an_english_submission_is_in_english(feedback):
    wb = workbook_of(feedback, "UK")
    table = issues_table(wb, "Issues", "File", "Sheet", "Row", "Cell")
    assert set(table["File"]) == {"uk_fcdo.csv"}
    assert "F3" in set(table["Cell"])  # the start date 2021-13-45 of the second project (row 3, column F)


def test_feedback_for_a_clean_submission_lists_no_problem(feedback):
    wb = workbook_of(feedback, "EU")
    sheets = wb.sheetnames
    issues_sheet = next(name for name in sheets if name in ("Issues", "Зауваження"))
    assert wb[issues_sheet].max_row <= 1  # the header only


# --- what changed between two meetings ---------------------------------------------------------------------------

SNAPSHOT_HEADER = (
    "Project code,Partner,Project title,Beneficiary,Priority,Start date,End date,Amount,Currency,Status\n"
)
MARCH = [
    "EU-1,EU,Equipment for border crossing points,SBGS,BORDER_CROSSING,2021-01-01,2021-12-31,100000,EUR,ongoing",
    "EU-2,EU,Custody records system,NPU,CUSTODY,2021-01-01,2021-12-31,200000,EUR,ongoing",
    "EU-3,EU,Support to the National Police phase 2,NPU,DOMESTIC_VIOLENCE,2021-01-01,2021-12-31,50000,EUR,ongoing",
    "EU-4,EU,Community policing in Sumy,NPU,COMMUNITY_POLICING,2021-01-01,2021-12-31,80000,EUR,ongoing",
    "EU-5,EU,Migration records database,SMS,ILLEGAL_MIGRATION,2021-01-01,2021-12-31,60000,EUR,ongoing",
    "EU-6,EU,Training of border guards,SBGS,BORDER_SECURITY,2021-01-01,2021-12-31,70000,EUR,ongoing",
    "UNDP-OLD-7,UNDP,Forensic laboratory for drug analysis,NPU,DRUGS,2021-01-01,2021-12-31,90000,EUR,ongoing",
    "UNDP-9,UNDP,Counter-trafficking hotline,NPU,TRAFFICKING,2021-01-01,2021-12-31,40000,EUR,ongoing",
]
SEPTEMBER = [
    "EU-1,EU,Equipment for border crossing points,SBGS,BORDER_CROSSING,2021-01-01,2021-12-31,150000,EUR,ongoing",
    "EU-2,EU,Custody records system,NPU,CUSTODY,2021-04-01,2021-12-31,200000,EUR,ongoing",
    "EU-3,EU,Support to the National Police phase 2,NPU,DRUGS,2021-01-01,2021-12-31,50000,EUR,ongoing",
    "EU-4,EU,Community policing in Sumy,NPU,COMMUNITY_POLICING,2021-01-01,2021-12-31,80000,EUR,completed",
    "EU-6,EU,Training of border guards,SBGS;NPU,BORDER_SECURITY,2021-01-01,2021-12-31,70000,EUR,ongoing",
    "EU-8,EU,Thermal cameras for the green border,SBGS,BORDER_SECURITY,2021-01-01,2021-12-31,30000,EUR,planned",
    "UNDP-2021-07,UNDP,Forensic laboratory for drug analysis,NPU,DRUGS,2021-01-01,2021-12-31,90000,EUR,ongoing",
    "UNDP-9,UNDP,Counter-trafficking hotline,NPU,TRAFFICKING,2021-01-01,2021-12-31,40000,EUR,ongoing",
]


@pytest.fixture(scope="module")
def snapshots(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("loop_diff")
    for name, rows in (("2021-03", MARCH), ("2021-09", SEPTEMBER)):
        raw = root / "raw" / name
        raw.mkdir(parents=True)
        (raw / "projects.csv").write_text(SNAPSHOT_HEADER + "\n".join(rows) + "\n", encoding="utf-8")
        build(raw, root / "out" / name, year=2021)
    return root


@pytest.fixture(scope="module")
def diff(snapshots) -> Path:
    target = snapshots / "diff"
    done = run_cli(
        "diff", snapshots / "out" / "2021-03", snapshots / "out" / "2021-09", "--to", target, cwd=snapshots
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return target


def test_diff_reports_exactly_the_changes_made(diff):
    changes = pd.read_csv(diff / "diff.csv")
    got = {
        (
            row.change,
            None if pd.isna(row.project_id_old) else row.project_id_old,
            None if pd.isna(row.project_id_new) else row.project_id_new,
        ): ("" if pd.isna(row.fields_changed) else row.fields_changed)
        for row in changes.itertuples(index=False)
    }
    assert got == {
        ("changed", "EU-1", "EU-1"): "amount",
        ("changed", "EU-2", "EU-2"): "start_date",
        ("changed", "EU-3", "EU-3"): "priority",
        ("ended", "EU-4", "EU-4"): "status",
        ("gone", "EU-5", None): "",
        ("changed", "EU-6", "EU-6"): "beneficiaries",
        ("unchanged", "UNDP-OLD-7", "UNDP-2021-07"): "",
        ("new", None, "EU-8"): "",
        ("unchanged", "UNDP-9", "UNDP-9"): "",
    }
    renamed = changes[changes["project_id_new"] == "UNDP-2021-07"].iloc[0]
    assert renamed["match"] == "title"
    priority = changes[changes["project_id_new"] == "EU-3"].iloc[0]
    assert (priority["priority_old"], priority["priority_new"]) == ("DOMESTIC_VIOLENCE", "DRUGS")
    amount = changes[changes["project_id_new"] == "EU-1"].iloc[0]
    assert (amount["amount_old"], amount["amount_new"]) == (100_000, 150_000)


def test_diff_funding_change_per_priority_and_subgroup(diff):
    funding = pd.read_csv(diff / "diff_funding.csv").set_index("priority_code")
    change = next(c for c in funding.columns if c.startswith("change_"))
    # every project runs within 2021 in EUR, so its 2021 funding is its amount
    expected = {
        "BORDER_CROSSING": 150_000 - 100_000,
        "CUSTODY": 0,
        "DOMESTIC_VIOLENCE": 0 - 50_000,
        "DRUGS": (50_000 + 90_000) - 90_000,
        "COMMUNITY_POLICING": 0,  # ended, but its 2021 money was spent in 2021
        "ILLEGAL_MIGRATION": 0 - 60_000,
        "BORDER_SECURITY": 70_000 - 70_000,  # EU-8 (30 000) is planned: pipeline, not funding
        "TRAFFICKING": 0,
    }
    for code, value in expected.items():
        assert funding.loc[code, change] == pytest.approx(value, abs=1), code
    per_subgroup = funding.groupby("subgroup")[change].sum()
    assert per_subgroup["border"] == pytest.approx(50_000 - 60_000, abs=1)
    assert per_subgroup["police"] == pytest.approx(0, abs=1)


def test_diff_writes_a_chart(diff):
    charts = [p for p in diff.iterdir() if p.suffix.lower() in (".png", ".svg", ".pdf")]
    assert charts, sorted(p.name for p in diff.iterdir())
    png = [p for p in charts if p.suffix.lower() == ".png"]
    assert not png or png[0].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_diff_writes_into_the_new_build_by_default(snapshots, diff):
    old, new = snapshots / "out" / "2021-03", snapshots / "out" / "2021-09"
    copy = snapshots / "new_copy"
    shutil.copytree(new, copy)
    assert main(["diff", str(old), str(copy)]) == 0
    assert (copy / "diff.csv").is_file()
    assert (copy / "diff.csv").read_bytes() == (diff / "diff.csv").read_bytes()
