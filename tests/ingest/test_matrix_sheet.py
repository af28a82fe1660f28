"""A matrix of agencies (rows) by directions (columns), each cell listing its projects ("• Title — 1 800 (2020–2022)"),
as an embassy summarises its portfolio (blind set BE, file 2); expected values by construction."""

from __future__ import annotations

MATRIX = [
    ["Embassy of Sweden: projects by beneficiary and direction"],
    ["Amounts in thousand EUR for the whole project; years in brackets"],
    [],
    ["Agency \\ Direction", "Human trafficking", "Border security", "Other directions"],
    ["National Police", "• Training of investigators on trafficking cases — 200 (2021)", "–", "see SBGS"],
    [
        "State Border Guard Service",
        "–",
        "• Thermal imagers for border patrols — 1 500 (2021–2022)\n• Patrol boats for the Azov Sea — 900 (plan; 2022–2023)",
        "–",
    ],
    ["Total, thousand EUR", 200, 2400, 0],
]


def test_each_project_of_a_matrix_cell_is_read_with_its_row_agency_and_column_direction(one_sheet_build):
    result = one_sheet_build(MATRIX, "Sweden.xlsx", "Matrix")
    projects = result.projects.set_index("title")
    assert sorted(projects.index) == [
        "Patrol boats for the Azov Sea",
        "Thermal imagers for border patrols",
        "Training of investigators on trafficking cases",
    ]
    training = projects.loc["Training of investigators on trafficking cases"]
    assert (training["partner"], training["amount"], training["currency"]) == ("Sweden", 200_000, "EUR")
    assert (training["start_date"], training["end_date"]) == ("2021-01-01", "2021-12-31")
    assert (training["beneficiaries"], training["declared_priority"]) == ("NPU", "Human trafficking")
    imagers = projects.loc["Thermal imagers for border patrols"]
    assert (imagers["amount"], imagers["end_date"], imagers["beneficiaries"]) == (
        1_500_000,
        "2022-12-31",
        "SBGS",
    )
    boats = projects.loc["Patrol boats for the Azov Sea"]
    assert (boats["amount"], boats["status"], boats["start_date"]) == (900_000, "planned", "2022-01-01")
    # each value names the cell it stands in: the title's, the agency's row and the direction's heading
    cells = dict(part.split("=") for part in imagers["source_cells"].split(";"))
    assert (cells["title"], cells["amount"], cells["beneficiaries"], cells["declared_priority"]) == (
        "C6",
        "C6",
        "A6",
        "C4",
    )
    messages = " ".join(result.issues["message"])
    assert "is a matrix of agencies (column A) by directions (row 4)" in messages
    assert "cells D5 list no project" in messages  # the cross-reference, said
    assert not result.issues["severity"].eq("error").any()


def test_bullet_lists_in_one_column_only_are_not_a_matrix(one_sheet_build):
    rows = [["Project", "Budget, EUR", "Outputs"]]
    rows += [["Radios for the police", 50_000, "• Radios — 40 (2021)\n• Chargers — 40 (2021)"]]
    rows += [["Boats for the SBGS", 90_000, "• Boats — 2 (2021)"]]
    result = one_sheet_build(rows, "Poland.xlsx", "Matrix")
    assert sorted(result.projects["title"]) == ["Boats for the SBGS", "Radios for the police"]
    assert not result.issues["message"].str.contains("matrix", regex=False).any()


def test_a_matrix_of_partners_gives_each_project_its_rows_partner(one_sheet_build):
    rows = [["МВС: проєкти МТД за партнерами та напрямами (тис. євро)"], []]
    rows += [["№", "Партнер \\ Напрям", "Протидія торгівлі людьми", "Безпека кордону"]]
    rows += [[1, "Європейський Союз", "–", "• Тепловізори для прикордонних нарядів — 1 200 (2021)"]]
    rows += [
        [2, "Японія", "• Навчання слідчих НПУ — 300 (2021–2022)", "• Патрульні катери — 2 000 (2021–2023)"]
    ]
    result = one_sheet_build(rows, "MIA_summary.xlsx", "Matrix")
    got = result.projects.set_index("title")[["partner", "amount", "currency", "declared_priority"]]
    assert got.loc["Тепловізори для прикордонних нарядів"].tolist() == [
        "EU",
        1_200_000,
        "EUR",
        "Безпека кордону",
    ]
    assert got.loc["Навчання слідчих НПУ"].tolist() == ["Japan", 300_000, "EUR", "Протидія торгівлі людьми"]
    assert got.loc["Патрульні катери"].tolist() == ["Japan", 2_000_000, "EUR", "Безпека кордону"]
    boats = result.projects.set_index("title").loc["Патрульні катери"]
    cells = dict(part.split("=") for part in boats["source_cells"].split(";"))
    assert (cells["partner"], cells["amount"]) == ("B5", "D5")
    assert result.issues["message"].str.contains("is a matrix of partners (column B)", regex=False).any()


def test_a_block_beside_a_transposed_table_is_said_not_read_as_its_projects(one_sheet_build):
    import datetime as dt

    D = dt.datetime
    rows = [["Project", "Radios for the police", "Boats for the SBGS", None, "PIPELINE (not yet decided)"]]
    rows += [["Budget, EUR", 100_000, 200_000, None, "Proposed intervention", "Drones for the SBGS"]]
    rows += [["Start date", D(2021, 1, 1), D(2021, 3, 1), None, "Indicative amount, EUR", 5_000]]
    rows += [["End date", D(2021, 12, 31), D(2022, 2, 28), None, "Tentative period", "2022 – 2023"]]
    result = one_sheet_build(rows, "Sweden.xlsx", "Matrix")
    got = result.projects.set_index("title")["amount"].to_dict()
    assert got == {"Radios for the police": 100_000, "Boats for the SBGS": 200_000}
    said = result.issues[result.issues["message"].str.contains("another block", regex=False)]
    assert list(said["severity"]) == ["warning"]
    assert "columns E–F, right of the table after an empty column" in said["message"].iloc[0]
