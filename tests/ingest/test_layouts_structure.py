"""Layouts of issue 12 (structure): programmes and components, cards, transposed tables, statuses, what Excel hides.

Each workbook is written here with openpyxl (real outline levels, hidden rows and sheets, merged cells) and
read by the build; every expected amount is written by hand beside the cells that hold it. All amounts are
in EUR so that the 2021 EUR figures need no exchange rate: a project inside 2021 counts whole in 2021.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from mtd_analysis.build import build, worst_problems
from mtd_analysis.cli import _summary

COUNT_KEYS = ("rows_read", "rows_loaded", "rows_rejected", "rows_skipped")
HEADER = ["No", "Project title", "Beneficiary", "Start date", "End date", "Budget, EUR", "Status"]


def write(path: Path, sheets: dict[str, list[list]], setup=None) -> Path:
    """A workbook with one sheet per entry; ``setup(wb)`` adds outline levels, hidden rows, merges ..."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
    if setup:
        setup(wb)
    wb.save(path)
    return path


# -------------------------------------------------------------------------------------------------- layouts
def numbered_programme(folder: Path) -> None:
    """1 / 1.1 / 1.2: the components (600 000 + 400 000) add up to the programme (1 000 000)."""
    write(
        folder / "EU_numbered.xlsx",
        {
            "Projects": [
                ["EU projects for the MIA"],
                HEADER,
                [
                    "1",
                    "Border management programme",
                    "SBGS",
                    "2021-01-01",
                    "2021-12-31",
                    1_000_000,
                    "ongoing",
                ],
                ["1.1", "Mobile border patrols", "SBGS", "2021-01-01", "2021-12-31", 600_000, "ongoing"],
                [
                    "1.2",
                    "Border crossing points equipment",
                    "SBGS",
                    "2021-01-01",
                    "2021-12-31",
                    400_000,
                    "ongoing",
                ],
                ["2", "Community policing", "NPU", "2021-01-01", "2021-12-31", 250_000, "ongoing"],
            ]
        },
    )


def outlined_programme(folder: Path) -> None:
    """Components grouped under the programme with Excel's outline (level 1); they add up to less (700 of 1000)."""

    def group(wb):
        ws = wb["Programmes"]
        for row in (3, 4):
            ws.row_dimensions[row].outlineLevel = 1

    write(
        folder / "Denmark_outline.xlsx",
        {
            "Programmes": [
                ["Project title", "Beneficiary", "Start date", "End date", "Budget, EUR"],
                ["Police reform programme", "NPU", "2021-01-01", "2021-12-31", 1000],
                ["Forensics", "NPU", "2021-01-01", "2021-12-31", 300],
                ["Custody records", "NPU", "2021-01-01", "2021-12-31", 400],
            ]
        },
        group,
    )


def indented_programme(folder: Path) -> None:
    """Components indented under the programme add up to more (900 + 300 > 1000): an error names the rows."""
    write(
        folder / "Sweden_indent.xlsx",
        {
            "Sheet1": [
                ["Project title", "Beneficiary", "Period", "Budget, EUR"],
                ["Migration programme", "SMS", "2021", 1000],
                ["    Document checks", "SMS", "2021", 900],
                ["    Reception centres", "SMS", "2021", 300],
            ]
        },
    )


def words_programme(folder: Path) -> None:
    """ "у т.ч." before each component, and a row holding only "в т.ч.:" before two more components."""
    write(
        folder / "UNDP_words.xlsx",
        {
            "Проєкти": [
                ["Назва проєкту", "Бенефіціар", "Початок", "Завершення", "Сума, EUR"],
                ["Програма підтримки НПУ", "НПУ", "2021-01-01", "2021-12-31", 500],
                ["у т.ч. Навчання патрульних", "НПУ", "2021-01-01", "2021-12-31", 200],
                ["у т.ч. Обладнання", "НПУ", "2021-01-01", "2021-12-31", 300],
                ["Програма для ДПСУ", "ДПСУ", "2021-01-01", "2021-12-31", 800],
                ["в т.ч.:", None, None, None, None],
                ["Катери", "ДПСУ", "2021-01-01", "2021-12-31", 500],
                ["Тепловізори", "ДПСУ", "2021-01-01", "2021-12-31", 300],
                ["Кіберполіція", "НПУ", "2021-01-01", "2021-12-31", 100],
            ]
        },
    )


def excel_indented_programme(folder: Path) -> None:
    """Components indented with Excel's indent button (a cell style, not spaces): 250 + 250 = 500."""

    def indent(wb):
        for ref in ("B3", "B4"):
            wb["Programme"][ref].alignment = openpyxl.styles.Alignment(indent=2)

    write(
        folder / "Finland_excel_indent.xlsx",
        {
            "Programme": [
                ["Code", "Project title", "Beneficiary", "Period", "Budget, EUR"],
                ["FI-1", "Rule of law programme", "NPU", "2021", 500],
                ["FI-1a", "Prosecutors' training", "NPU", "2021", 250],
                ["FI-1b", "Case management", "NPU", "2021", 250],
            ]
        },
        indent,
    )


def registration_card(folder: Path) -> None:
    """An instruction sheet, then one project per sheet: labels in column A (Ukrainian), values in B (merged B:D)."""

    def merge(wb):
        wb["Картка"].merge_cells("B3:D3")

    write(
        folder / "Japan_card.xlsx",
        {
            "Інструкція": [
                [
                    "Заповніть картку проєкту на наступному аркуші. Одна картка — один проєкт, суми у валюті договору."
                ],
                ["Дати у форматі ДД.ММ.РРРР. Не змінюйте назви полів у стовпці A, будь ласка."],
            ],
            "Картка": [
                ["Реєстраційна картка проєкту"],
                [],
                ["Назва проєкту", "Обладнання для кінологічної служби"],
                ["Донор", "Японія"],
                ["Бенефіціар", "ДПСУ"],
                ["Дата початку", "01.03.2021"],
                ["Дата завершення", "30.11.2021"],
                ["Бюджет, EUR", 150_000],
                ["Контактна особа", "Т. Сато"],
            ],
        },
        merge,
    )


def stacked_cards(folder: Path) -> None:
    """Two cards one under the other (Russian labels): each begins with its title label."""
    write(
        folder / "OSCE_cards.xlsx",
        {
            "Проекты": [
                ["Название проекта", "Тренинги по правам человека"],
                ["Бенефициар", "НПУ"],
                ["Период", "2021"],
                ["Бюджет, EUR", 80_000],
                [],
                ["Название проекта", "Гендерная политика"],
                ["Бенефициар", "НГУ"],
                ["Период", "2021"],
                ["Бюджет, EUR", 20_000],
            ]
        },
    )


def transposed_table(folder: Path) -> None:
    """Projects are columns; field labels down column A, with a row per year."""
    write(
        folder / "Canada_transposed.xlsx",
        {
            "Overview": [
                ["Canada: projects for the MIA"],
                ["Project title", "Body cameras", "Domestic violence units", "Cyber lab"],
                ["Beneficiary", "NPU", "NPU", "NPU"],
                ["Start date", "2021-01-01", "2021-01-01", "2022-01-01"],
                ["End date", "2021-12-31", "2022-12-31", "2022-12-31"],
                ["Currency", "EUR", "EUR", "EUR"],
                [2021, 120_000, 50_000, None],
                [2022, None, 70_000, 90_000],
            ]
        },
    )


def statuses(folder: Path) -> None:
    """Cancelled, withdrawn and terminated projects are kept but not counted; planned ones are pipeline."""
    write(
        folder / "USA_statuses.xlsx",
        {
            "INL": [
                HEADER,
                [1, "Patrol police academy", "NPU", "2021-01-01", "2021-12-31", 1000, "Ongoing"],
                [2, "Radio network", "NPU", "2021-01-01", "2021-12-31", 2000, "Cancelled"],
                [3, "Body armour", "NGU", "2021-01-01", "2021-12-31", 3000, "скасовано"],
                [4, "Boat repair", "SBGS", "2021-01-01", "2021-12-31", 4000, "Withdrawn by donor"],
                [5, "K9 unit", "SBGS", "2021-01-01", "2021-12-31", 5000, "припинено"],
                [6, "Forensic DNA lab", "NPU", "2021-01-01", "2021-12-31", 6000, "Pipeline"],
                [7, "Cyber training", "NPU", "2021-01-01", "2021-12-31", 7000, "Заплановано"],
            ]
        },
    )


def hidden_things(folder: Path) -> None:
    """A hidden project row (read and reported) and a hidden sheet (skipped unless asked for)."""

    def hide(wb):
        wb["Visible"].row_dimensions[3].hidden = True
        wb["Old"].sheet_state = "hidden"

    write(
        folder / "GIZ_hidden.xlsx",
        {
            "Visible": [
                ["Project title", "Beneficiary", "Period", "Budget, EUR"],
                ["Shelters", "NPU", "2021", 100],
                ["Hotline", "NPU", "2021", 200],
            ],
            "Old": [
                ["Project title", "Beneficiary", "Period", "Budget, EUR"],
                ["Old draft project", "NPU", "2021", 999],
            ],
        },
        hide,
    )


def not_a_project_table(folder: Path) -> None:
    """A staff list: content, but no table of projects."""
    write(
        folder / "Lithuania_contacts.xlsx",
        {
            "Sheet1": [
                ["Name", "Position", "Phone", "E-mail"],
                ["A. Petraitis", "Attaché", "+370 5 000", "a@example.org"],
                ["B. Jonaitis", "Counsellor", "+370 5 001", "b@example.org"],
            ]
        },
    )


def header_only(folder: Path) -> None:
    write(
        folder / "Poland_empty.xlsx",
        {"Projects": [["Project title", "Beneficiary", "Period", "Budget, EUR"]]},
    )


def formula_without_value(folder: Path) -> None:
    """openpyxl saves formulas without a computed value, like many programs that write xlsx."""
    write(
        folder / "Norway_formula.xlsx",
        {
            "Projects": [
                [
                    "Project title",
                    "Beneficiary",
                    "Period",
                    "Budget 2021, EUR",
                    "Budget 2022, EUR",
                    "Total, EUR",
                ],
                ["Demining", "SESU", "2021-2022", 100, 200, "=D2+E2"],
            ]
        },
    )


LAYOUTS = (
    numbered_programme,
    outlined_programme,
    indented_programme,
    words_programme,
    excel_indented_programme,
    registration_card,
    stacked_cards,
    transposed_table,
    statuses,
    hidden_things,
    not_a_project_table,
    header_only,
    formula_without_value,
)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    raw = tmp_path_factory.mktemp("raw")
    for layout in LAYOUTS:
        layout(raw)
    return build(raw, tmp_path_factory.mktemp("out"), workers=2)


def projects_of(result, file: str) -> pd.DataFrame:
    return result.projects.loc[result.projects["source_file"] == file].sort_values(
        "source_row", kind="stable"
    )


def entry(result, file: str) -> dict:
    return next(e for e in result.manifest["files"] if e["file"] == file)


def counts(record: dict) -> tuple[int, ...]:
    return tuple(record[k] for k in COUNT_KEYS)


def issues_of(result, file: str) -> pd.DataFrame:
    return result.issues.loc[result.issues["file"] == file]


def eur_2021(result, project_ids) -> float:
    alloc = result.allocations
    mine = alloc.loc[alloc["project_id"].isin(list(project_ids)) & (alloc["year"] == 2021)]
    return float(mine["amount_eur"].sum())


# ------------------------------------------------------------------------------------------- row accounting
def test_every_non_empty_row_of_every_sheet_is_accounted_for(built):
    for e in built.manifest["files"]:
        read, loaded, rejected, skipped = counts(e)
        assert read == loaded + rejected + skipped, e["file"]
        assert sum(s.get("rows_read", 0) for s in e["sheets"]) == read, e["file"]
        loaded_here = (built.projects["source_file"] == e["file"]).sum()
        assert loaded_here == loaded, e["file"]


# ------------------------------------------------------------------------------------- programmes, components
def test_components_that_add_up_replace_the_programme(built):
    table = projects_of(built, "EU_numbered.xlsx")
    assert table["title"].tolist() == [
        "Mobile border patrols",
        "Border crossing points equipment",
        "Community policing",
    ]
    assert table["amount"].tolist() == [600_000.0, 400_000.0, 250_000.0]
    parents = table["parent_id"].tolist()
    assert parents[0] == parents[1] and isinstance(parents[0], str) and parents[0]
    assert pd.isna(parents[2])
    # title + header rows are not table rows; 4 rows read: the programme (row 3) skipped, 3 projects
    assert counts(entry(built, "EU_numbered.xlsx")) == (4, 3, 0, 1)
    said = issues_of(built, "EU_numbered.xlsx")
    programme = said.loc[said["kind"] == "programme"]
    assert programme["row"].tolist() == [3] and programme["severity"].tolist() == ["info"]
    # counted once: 600 000 + 400 000 + 250 000
    assert eur_2021(built, table["project_id"]) == pytest.approx(1_250_000.0)


def test_outline_components_adding_up_to_less_leave_the_remainder_with_the_programme(built):
    table = projects_of(built, "Denmark_outline.xlsx")
    assert table["title"].tolist() == ["Police reform programme", "Forensics", "Custody records"]
    assert table["amount"].tolist() == [300.0, 300.0, 400.0]  # 1000 - (300 + 400) stays with the programme
    programme_id = table["project_id"].iloc[0]
    assert table["parent_id"].tolist()[1:] == [programme_id, programme_id]
    said = issues_of(built, "Denmark_outline.xlsx")
    warning = said.loc[said["kind"] == "programme"]
    assert warning["severity"].tolist() == ["warning"] and warning["row"].tolist() == [2]
    assert "remainder 300.00" in warning["message"].item()
    assert eur_2021(built, table["project_id"]) == pytest.approx(1000.0)


def test_indented_components_adding_up_to_more_are_an_error_naming_the_rows(built):
    table = projects_of(built, "Sweden_indent.xlsx")
    assert table["title"].tolist() == ["Document checks", "Reception centres"]
    said = issues_of(built, "Sweden_indent.xlsx")
    error = said.loc[(said["kind"] == "programme") & (said["severity"] == "error")]
    assert len(error) == 1
    assert "rows 2, 3, 4" in error["message"].item()
    assert eur_2021(built, table["project_id"]) == pytest.approx(1200.0)  # never 2200


def test_components_marked_by_words_are_counted_once(built):
    table = projects_of(built, "UNDP_words.xlsx")
    assert table["title"].tolist() == [
        "Навчання патрульних",
        "Обладнання",
        "Катери",
        "Тепловізори",
        "Кіберполіція",
    ]
    assert table["amount"].tolist() == [200.0, 300.0, 500.0, 300.0, 100.0]
    parents = table["parent_id"].tolist()
    assert parents[0] == parents[1] and parents[2] == parents[3] and parents[0] != parents[2]
    assert pd.isna(parents[4])  # after 500 + 300 = 800 the components of the second programme end
    # rows 2..9: two programme rows and the "в т.ч.:" row skipped
    assert counts(entry(built, "UNDP_words.xlsx")) == (8, 5, 0, 3)
    assert eur_2021(built, table["project_id"]) == pytest.approx(1400.0)


def test_components_indented_by_an_excel_style_replace_the_programme(built):
    table = projects_of(built, "Finland_excel_indent.xlsx")
    assert table["project_id"].tolist() == ["FI-1a", "FI-1b"]
    assert table["parent_id"].tolist() == [
        "FI-1",
        "FI-1",
    ]  # the programme's own code, though its row is skipped
    assert eur_2021(built, table["project_id"]) == pytest.approx(500.0)


# ---------------------------------------------------------------------------------- cards, transposed tables
def test_a_registration_card_is_one_project_and_the_instructions_are_skipped(built):
    table = projects_of(built, "Japan_card.xlsx")
    assert len(table) == 1
    rec = table.iloc[0]
    assert (rec["title"], rec["partner"], rec["beneficiaries"]) == (
        "Обладнання для кінологічної служби",
        "Japan",
        "SBGS",
    )
    assert (rec["start_date"], rec["end_date"], rec["amount"], rec["currency"]) == (
        "2021-03-01",
        "2021-11-30",
        150_000.0,
        "EUR",
    )
    assert rec["source_sheet"] == "Картка"
    assert "title=B3" in rec["source_cells"] and "amount=B8" in rec["source_cells"]
    e = entry(built, "Japan_card.xlsx")
    sheets = {s["sheet"]: s for s in e["sheets"]}
    assert counts(sheets["Інструкція"]) == (2, 0, 0, 2)
    assert counts(sheets["Картка"]) == (8, 1, 0, 7)  # 8 non-empty rows, one project
    said = issues_of(built, "Japan_card.xlsx")
    assert (said.loc[said["sheet"] == "Інструкція", "severity"] == "info").all()
    assert said.loc[said["sheet"] == "Інструкція", "message"].str.contains("instructions").any()


def test_stacked_cards_are_one_project_each(built):
    table = projects_of(built, "OSCE_cards.xlsx")
    assert table["title"].tolist() == ["Тренинги по правам человека", "Гендерная политика"]
    assert table["beneficiaries"].tolist() == ["NPU", "NGU"]
    assert table["amount"].tolist() == [80_000.0, 20_000.0]
    assert counts(entry(built, "OSCE_cards.xlsx")) == (8, 2, 0, 6)


def test_a_transposed_table_reads_one_project_per_column(built):
    table = projects_of(built, "Canada_transposed.xlsx").sort_values("title")
    assert table["title"].tolist() == ["Body cameras", "Cyber lab", "Domestic violence units"]
    assert table["amount"].tolist() == [120_000.0, 90_000.0, 120_000.0]  # sums of the year rows
    assert table["yearly_amounts"].tolist() == ["2021=120000", "2022=90000", "2021=50000;2022=70000"]
    cells = dict(p.split("=") for p in table.iloc[2]["source_cells"].split(";"))
    assert (cells["title"], cells["amount_2021"], cells["amount_2022"]) == ("C2", "C7", "C8")
    assert eur_2021(built, table["project_id"]) == pytest.approx(170_000.0)


# ----------------------------------------------------------------------------------------- status, pipeline
def test_cancelled_projects_are_kept_but_not_counted_and_planned_ones_are_pipeline(built):
    table = projects_of(built, "USA_statuses.xlsx")
    assert len(table) == 7  # all kept in projects.csv
    assert table["status"].tolist() == [
        "ongoing",
        "cancelled",
        "cancelled",
        "cancelled",
        "cancelled",
        "planned",
        "planned",
    ]
    alloc = built.allocations.loc[built.allocations["project_id"].isin(table["project_id"])]
    assert set(alloc["project_id"]) == set(table["project_id"].iloc[[0, 5, 6]])
    assert alloc["amount_eur"].sum() == pytest.approx(1000.0)  # committed only
    assert alloc["pipeline_eur"].sum() == pytest.approx(13_000.0)  # 6000 + 7000
    said = issues_of(built, "USA_statuses.xlsx")
    assert sorted(said.loc[said["kind"] == "status", "row"].tolist()) == [3, 4, 5, 6]


def test_coverage_shows_funding_and_pipeline_apart(built):
    cov = built.coverage.loc[built.coverage["year"] == 2021]
    alloc = built.allocations.loc[built.allocations["year"] == 2021]
    assert cov["funding_eur"].sum() == pytest.approx(alloc["amount_eur"].sum())
    assert cov["pipeline_eur"].sum() == pytest.approx(alloc["pipeline_eur"].sum())
    assert cov["pipeline_eur"].sum() >= 13_000.0
    assert "pipeline_eur" in built.subgroups.columns
    assert "pipeline (planned)" in _summary(built)


# ------------------------------------------------------------------------------------- what Excel hides
def test_hidden_rows_are_read_and_reported_and_hidden_sheets_skipped(built):
    table = projects_of(built, "GIZ_hidden.xlsx")
    assert table["title"].tolist() == ["Shelters", "Hotline"]
    said = issues_of(built, "GIZ_hidden.xlsx")
    hidden = said.loc[said["kind"] == "hidden"]
    assert hidden["sheet"].tolist() == ["Visible", "Old"]
    assert "row 3 is hidden" in hidden["message"].iloc[0]
    assert (hidden["severity"] == "info").all()
    sheets = {s["sheet"]: s for s in entry(built, "GIZ_hidden.xlsx")["sheets"]}
    assert counts(sheets["Old"]) == (2, 0, 0, 2)


def test_hidden_sheets_are_read_when_asked(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    hidden_things(raw)
    result = build(raw, None, workers=1, include_hidden=True)
    assert sorted(result.projects["title"]) == ["Hotline", "Old draft project", "Shelters"]


# ------------------------------------------------------------------------------- files that were not read
def test_a_file_with_content_but_no_project_table_is_not_read_and_among_the_worst_problems(built):
    e = entry(built, "Lithuania_contacts.xlsx")
    assert e["status"] == "not read"
    assert counts(e) == (3, 0, 0, 3)
    said = issues_of(built, "Lithuania_contacts.xlsx")
    assert (said["severity"] == "warning").any()
    assert built.manifest["totals"]["files_not_read"] == 1
    worst, _ = worst_problems(built.issues)
    assert any(line.startswith("Lithuania_contacts.xlsx: not read") for line in worst)
    summary = _summary(built)
    assert "1 not read (0 failed, 1 with no project table)" in summary


def test_a_header_without_rows_is_a_warning_among_the_worst_problems(built):
    said = issues_of(built, "Poland_empty.xlsx")
    assert said.loc[said["kind"] == "no rows", "severity"].tolist() == ["warning"]
    worst, _ = worst_problems(built.issues)
    assert any("Poland_empty.xlsx" in line for line in worst)


def test_a_formula_without_a_saved_value_names_its_formula(built):
    said = issues_of(built, "Norway_formula.xlsx")
    formula = said.loc[said["kind"] == "formula"]
    assert formula["column"].tolist() == ["F2"]
    assert "=D2+E2" in formula["message"].item()
    table = projects_of(built, "Norway_formula.xlsx")
    assert table["amount"].tolist() == [300.0]  # the year columns, since the total has no value


# ------------------------------------------------------------------------- what is not a programme
def read_grid(rows: list[list], **meta) -> list[dict]:
    from mtd_analysis.ingest.projects import sheet_projects
    from mtd_analysis.ingest.read import Grid

    return sheet_projects(Grid("S", rows, meta=meta), "x.xlsx").records


def test_a_stray_space_or_a_number_in_a_title_makes_no_programme():
    records = read_grid(
        [
            ["Project title", "Beneficiary", "Period", "Budget, EUR"],
            ["Patrol cars", "NPU", "2021", 1000],
            [" Radios", "NPU", "2021", 400],
            ["3.5-tonne trucks", "NPU", "2021", 300],
            ["2 boats for the river police", "NPU", "2021", 200],
        ]
    )
    assert [(r["title"], r["amount"], r.get("parent")) for r in records] == [
        ("Patrol cars", 1000.0, None),
        ("Radios", 400.0, None),
        ("3.5-tonne trucks", 300.0, None),
        ("2 boats for the river police", 200.0, None),
    ]


def test_rows_grouped_under_a_section_heading_are_not_components_of_the_project_above():
    rows = [
        ["Project title", "Beneficiary", "Period", "Budget, EUR"],
        ["Patrol cars", "NPU", "2021", 1000],
        ["Completed projects", None, None, None],
        ["Radios", "NPU", "2020", 400],
        ["Boats", "NPU", "2020", 300],
    ]
    records = read_grid(rows, outline={3: 1, 4: 1})
    assert [(r["title"], r["amount"], r.get("parent")) for r in records] == [
        ("Patrol cars", 1000.0, None),
        ("Radios", 400.0, None),
        ("Boats", 300.0, None),
    ]


def test_components_grouped_above_their_programme_row_excel_default():
    rows = [
        ["Project title", "Beneficiary", "Period", "Budget, EUR"],
        ["Radios", "NPU", "2021", 400],
        ["Boats", "NPU", "2021", 600],
        ["Equipment programme", "NPU", "2021", 1000],
    ]
    records = read_grid(rows, outline={1: 1, 2: 1})
    assert [(r["title"], r["parent"]["title"]) for r in records] == [
        ("Radios", "Equipment programme"),
        ("Boats", "Equipment programme"),
    ]


def test_nested_programmes_count_the_leaves_once():
    rows = [
        ["No", "Project title", "Beneficiary", "Period", "Budget, EUR"],
        ["1", "Border programme", "SBGS", "2021", 1000],
        ["1.1", "Eastern border", "SBGS", "2021", 700],
        ["1.1.1", "Cameras", "SBGS", "2021", 300],
        ["1.1.2", "Boats", "SBGS", "2021", 400],
        ["1.2", "Training", "SBGS", "2021", 300],
    ]
    records = read_grid(rows)
    assert [(r["title"], r["amount"], r["parent"]["title"]) for r in records] == [
        ("Cameras", 300.0, "Eastern border"),
        ("Boats", 400.0, "Eastern border"),
        ("Training", 300.0, "Border programme"),
    ]


def test_a_numbered_card_with_labels_and_values_in_one_cell():
    from mtd_analysis.ingest.projects import sheet_projects
    from mtd_analysis.ingest.read import Grid

    rows = [
        ["Реєстраційна картка проєкту міжнародної технічної допомоги"],
        ["1.", "Назва проекту (програми)", "Протидія домашньому насильству"],
        ["2.", "Донор: Уряд Канади", None],
        ["3.", "Бенефіціар", "Національна поліція України"],
        ["4.", "Строк реалізації", "01.01.2021 - 31.12.2021"],
        ["5.", "Вартість проекту, євро", "250 000"],
    ]
    sheet = sheet_projects(Grid("Картка", rows), "card.xlsx")
    assert len(sheet.records) == 1
    rec = sheet.records[0]
    assert (rec["title"], rec["partner"], rec["beneficiaries"]) == (
        "Протидія домашньому насильству",
        "Canada",
        "NPU",
    )
    assert (rec["start_date"], rec["end_date"], rec["amount"], rec["currency"]) == (
        "2021-01-01",
        "2021-12-31",
        250_000.0,
        "EUR",
    )
    cells = dict(p.split("=") for p in rec["source_cells"].split(";"))
    assert (cells["title"], cells["partner"], cells["amount"]) == ("C2", "B3", "C6")
    assert sheet.counts == {"rows_read": 6, "rows_loaded": 1, "rows_rejected": 0, "rows_skipped": 5}


def test_a_sheet_explaining_the_fields_is_not_a_card():
    from mtd_analysis.ingest.projects import sheet_projects
    from mtd_analysis.ingest.read import Grid

    rows = [
        ["How to fill in the list"],
        ["Project title: the name of the project as in the agreement."],
        ["Beneficiary: codes from the list, several separated by ';'."],
        ["Budget: the total budget as a number, without currency signs."],
        ["Start date: the day the agreement was signed."],
    ]
    sheet = sheet_projects(Grid("Sheet2", rows), "x.xlsx")
    assert sheet.records == []
    assert sheet.counts == {"rows_read": 5, "rows_loaded": 0, "rows_rejected": 0, "rows_skipped": 5}
    assert [(i["severity"], i["kind"]) for i in sheet.issues] == [("info", "sheet")]


def test_a_status_in_brackets_at_the_end_of_the_title_when_there_is_no_status_column():
    records = read_grid(
        [
            ["Project title", "Beneficiary", "Period", "Budget, EUR"],
            ["Radio network (cancelled)", "NPU", "2021", 100],
            ["Forensic lab [заплановано]", "NPU", "2021", 200],
            ["Training (phase 2)", "NPU", "2021", 300],
        ]
    )
    assert [r["status"] for r in records] == ["cancelled", "planned", None]


def test_the_cli_flag_reads_hidden_sheets(tmp_path):
    import json

    from mtd_analysis.cli import main

    raw = tmp_path / "raw"
    raw.mkdir()
    hidden_things(raw)
    assert (
        main(
            [
                "build",
                str(raw),
                "--out",
                str(tmp_path / "out"),
                "--include-hidden",
                "--quiet",
                "--workers",
                "1",
            ]
        )
        == 0
    )
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["options"]["include_hidden"] is True
    assert manifest["totals"]["projects"] == 3


def test_subtotal_rows_in_any_spelling_are_not_projects():
    records = read_grid(
        [
            ["Project title", "Partner", "Budget, EUR"],
            ["Radios", "EU", 100],
            ["Sub-total", "EU", 100],
            ["Boats", "USA", 200],
            ["Загальна сума", None, 300],
        ]
    )
    assert [(r["title"], r["amount"]) for r in records] == [("Radios", 100.0), ("Boats", 200.0)]
