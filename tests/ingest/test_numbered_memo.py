"""A memo pasted into a sheet: numbered paragraphs, each a project's title over lines of its fields in the same
column ("Donor: …", "Budget: …"), read as cards (blind set BE, file 3); expected values by construction."""

from __future__ import annotations

MEMO = [
    ["IOM Mission in Ukraine"],
    ["Projects for the meeting of the Sectoral Working Group (March 2021)"],
    [],
    ["1.", "Thermal imagers for border patrols"],
    [None, "Donor: European Union"],
    [None, "Beneficiary: SBGS"],
    [None, "Budget: EUR 400,000"],
    [None, "Period: 01.01.2021 – 31.12.2021"],
    [],
    ["2.", "Training of police investigators on human trafficking"],
    [None, "Donor: Government of Japan"],
    [None, "Budget: USD 120,000"],
    [None, "Beneficiary: National Police"],
    [None, "Period: 01.07.2021 – 30.06.2022"],
    [None, "Status: ongoing"],
    [],
    [None, "Contact: programme coordinator, Kyiv"],
]


def test_numbered_paragraphs_with_field_lines_are_projects(one_sheet_build):
    result = one_sheet_build(MEMO, "IOM.xlsx", "Memo")
    projects = result.projects.sort_values("source_row")
    assert list(projects["title"]) == [
        "Thermal imagers for border patrols",
        "Training of police investigators on human trafficking",
    ]
    assert list(projects["partner"]) == ["EU", "Japan"]
    assert list(projects["amount"]) == [400_000.0, 120_000.0]
    assert list(projects["currency"]) == ["EUR", "USD"]
    assert list(projects["start_date"]) == ["2021-01-01", "2021-07-01"]
    assert list(projects["end_date"]) == ["2021-12-31", "2022-06-30"]
    assert list(projects["beneficiaries"]) == ["SBGS", "NPU"]
    # every figure names the cell it came from: the title where it was written, each value in its line's cell
    first = dict(part.split("=") for part in projects["source_cells"].iloc[0].split(";"))
    assert (first["title"], first["partner"], first["amount"], first["period"]) == ("B4", "B5", "B7", "B8")
    messages = " ".join(result.issues["message"])
    assert "rows 4, 10 are numbered paragraphs" in messages
    assert "rows 17 do not name a project field; they were not loaded" in messages  # the contact line, said


def test_a_numbered_list_of_titles_without_field_lines_is_not_read_as_cards(one_sheet_build):
    rows = [["Project", "Budget, EUR"], ["Radios for the police", 50_000], ["Boats for the SBGS", 90_000], []]
    rows += [["1.", "Thermal imagers for border patrols"], ["2.", "Training of police investigators"]]
    result = one_sheet_build(rows, "Poland.xlsx", "Memo")
    assert "Radios for the police" in set(result.projects["title"])
    assert not result.issues["message"].str.contains("numbered paragraphs", regex=False).any()
