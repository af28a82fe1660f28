"""Project lists exported from partners' information systems (blind set X): a row per budget line, YYYYMMDD dates
as text, a row numbering the columns, page headings at page breaks, status codes explained in a note, an
organisation's own export naming no donor."""

from __future__ import annotations

import csv

import pytest
from openpyxl import Workbook

from mtd_analysis.build import build
from mtd_analysis.ingest.columns import match_field
from mtd_analysis.ingest.values import parse_date, parse_status


def _build(tmp_path, rows: list, name: str = "return.xlsx"):
    raw = tmp_path / "raw"
    raw.mkdir()
    if name.endswith(".csv"):
        with open(raw / name, "w", newline="", encoding="utf-8") as fh:
            csv.writer(fh, delimiter=";").writerows(rows)
    else:
        wb = Workbook()
        for row in rows:
            wb.active.append(row)
        wb.save(raw / name)
    return build(raw, tmp_path / "out", year=2021)


def _money_2021(result) -> dict[str, float]:
    alloc = result.allocations[result.allocations["year"].eq(2021)]
    return alloc.groupby("project_id")[["amount_eur", "pipeline_eur"]].sum().sum(axis=1).to_dict()


LINES = [
    "Project Number",
    "Project Title",
    "Donor",
    "Start Date",
    "End Date",
    "Status",
    "Budget Line",
    "Amount (EUR)",
]


def test_a_project_on_a_row_per_budget_line_is_one_project_with_their_sum(tmp_path):
    rows = [
        LINES,
        [
            "P-1",
            "Community policing in Eastern Ukraine",
            "EU",
            "2021-01-01",
            "2021-12-31",
            "ongoing",
            "Staff",
            100000,
        ],
        [
            "P-1",
            "Community policing in Eastern Ukraine",
            "EU",
            "2021-01-01",
            "2021-12-31",
            "ongoing",
            "Travel",
            20000,
        ],
        [
            "P-1",
            "Community policing in Eastern Ukraine",
            "EU",
            "2021-01-01",
            "2021-12-31",
            "ongoing",
            "Equipment",
            30000,
        ],
        [
            "P-2",
            "Border crossing points modernisation",
            "EU",
            "2021-01-01",
            "2021-12-31",
            "ongoing",
            "Works",
            50000,
        ],
    ]
    result = _build(tmp_path, rows)
    projects = result.projects.set_index("project_id")
    assert projects.loc["P-1", "amount"] == 150000  # 100,000 + 20,000 + 30,000
    assert len(projects) == 2
    cells = projects.loc["P-1", "source_cells"]
    assert all(f"amount_row{n}=H{n}" in cells for n in (2, 3, 4))  # each line's cell named
    assert _money_2021(result)["P-1"] == pytest.approx(150000)
    said = result.issues[result.issues["message"].str.contains("budget line 'Travel'", regex=False)]
    assert len(said) == 1


def test_lines_per_year_add_up_within_each_year(tmp_path):
    header = [
        "Project Number",
        "Project Title",
        "Donor",
        "Start Date",
        "End Date",
        "Calendar Year",
        "Budget Line",
        "Amount (EUR)",
    ]
    p = ["P-7", "Gender-responsive policing: domestic violence units", "EU", "2020-04-01", "2023-03-31"]
    rows = [
        header,
        [*p, 2020, "Training", 300000],
        [*p, 2021, "Training", 250000],
        [*p, 2021, "Equipment", 150000],
        [*p, 2022, "Training", 200000],
    ]
    result = _build(tmp_path, rows)
    project = result.projects.set_index("project_id").loc["P-7"]
    assert project["amount"] == 900000
    assert project["yearly_amounts"] == "2020=300000;2021=400000;2022=200000"
    assert _money_2021(result)["P-7"] == pytest.approx(400000)  # the 2021 lines, not days


def test_a_line_sent_twice_is_counted_once(tmp_path):
    line = [
        "P-1",
        "Community policing in Eastern Ukraine",
        "EU",
        "2021-01-01",
        "2021-12-31",
        "ongoing",
        "Staff",
        100000,
    ]
    result = _build(tmp_path, [LINES, line, list(line)])
    assert result.projects["amount"].tolist() == [100000]
    assert result.issues["message"].str.contains("sent twice, counted once").any()


def test_a_budget_line_with_a_unit_or_a_year_is_money():
    assert match_field("Budget Line").field == "budget_line"
    assert match_field("Budget line 2021, EUR").field == "amount"
    assert match_field("Budget line (EUR)").field == "amount"


def test_yyyymmdd_written_as_text_is_a_date():
    assert parse_date("20210301").isoformat() == "2021-03-01"
    assert parse_date("20230228", end=True).isoformat() == "2023-02-28"
    with pytest.raises(Exception, match="not a date"):
        parse_date("20211301")


def test_a_row_numbering_the_columns_is_skipped(tmp_path):
    rows = [
        ["№", "Назва проєкту", "Донор", "Дата початку", "Дата завершення", "Вартість, EUR"],
        [1, 2, 3, 4, 5, 6],
        [1, "Протидія торгівлі людьми", "ЄС", "01.01.2021", "31.12.2021", 365000],
    ]
    result = _build(tmp_path, rows)
    assert result.projects["title"].tolist() == ["Протидія торгівлі людьми"]
    assert result.issues["message"].str.contains("numbers the table's columns").any()
    assert not result.issues["severity"].eq("error").any()


def test_a_page_heading_repeated_at_a_page_break_is_no_project(tmp_path):
    header = ["Prog. ID", "Programme Title", "Donor", "Start", "End", "Budget (GBP)"]
    rows = [
        ["FCDO Programme Information System - Budget report", None, None, None, None, "Page 1 of 2"],
        header,
        ["UA-1", "Custody records in police detention facilities", "UK", "2021-01-01", "2021-12-31", 100000],
        ["FCDO Programme Information System - Budget report", None, None, None, None, "Page 2 of 2"],
        header,
        ["UA-2", "Border security surveillance equipment", "UK", "2021-01-01", "2021-12-31", 200000],
    ]
    result = _build(tmp_path, rows)
    assert sorted(result.projects["title"]) == [
        "Border security surveillance equipment",
        "Custody records in police detention facilities",
    ]
    assert result.issues["message"].str.contains("heads a printed page ('Page 2 of 2')", regex=False).any()


def test_status_codes_explained_in_a_note_and_the_implementer_as_partner(tmp_path):
    rows = [
        ["WBS_ELEMENT", "PROJ_DESC", "IMPL_ORG", "VALID_FROM", "VALID_TO", "BUDGET_EUR", "STATUS_CD"],
        [
            "P-1",
            "Border crossing points: queue management",
            "GIZ",
            "20210101",
            "20211231",
            "365000.00",
            "REL",
        ],
        [
            "P-2",
            "COVID-19 protective equipment for MIA service centres",
            "GIZ",
            "20210101",
            "20211231",
            "100000.00",
            "DLFL",
        ],
        [
            "P-3",
            "Irregular migration case management for SMS",
            "GIZ",
            "20210101",
            "20211231",
            "50000.00",
            "CRTD",
        ],
        [],
        [
            "* STATUS_CD: CRTD = created (planning, not yet approved); REL = released (in implementation); "
            "DLFL = deletion flag set (measure cancelled)"
        ],
    ]
    result = _build(tmp_path, rows, "ZPS_WBS_EXPORT_20211220.csv")
    projects = result.projects.set_index("title")
    assert projects["status"].to_dict() == {
        "Border crossing points: queue management": "ongoing",
        "COVID-19 protective equipment for MIA service centres": "cancelled",
        "Irregular migration case management for SMS": "planned",
    }
    assert set(projects["partner"]) == {"GIZ"}  # not the file name
    assert (
        result.issues["message"].str.contains("the implementer named on its rows ('GIZ'", regex=False).any()
    )
    assert projects.loc["Border crossing points: queue management", "start_date"] == "2021-01-01"
    money = _money_2021(result)
    pid = projects["project_id"]
    assert money[pid["Border crossing points: queue management"]] == pytest.approx(365000)
    assert money.get(pid["COVID-19 protective equipment for MIA service centres"], 0.0) == 0.0


@pytest.mark.parametrize("text", ["в стадии подготовки", "in preparation", "Pre-Award", "pre award"])
def test_statuses_of_projects_in_preparation_are_planned(text):
    assert parse_status(text) == "planned"
