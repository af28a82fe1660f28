"""Files that came out of software as they came out (blind set AK): a dashboard's export with its currency only in
its filters, a pivot table pasted as values, a form tool's submissions, a list tool's folders, parents and
co-funders."""

from __future__ import annotations

import pytest
from openpyxl import Workbook
from openpyxl.styles import Alignment

from mtd_analysis.build import build

#: NBU official annual mean rates for 2021, UAH per unit (the shipped table's figures)
UAH_2021 = {"EUR": 32.3009, "USD": 27.2835, "CAD": 21.7616, "NOK": 3.1757}


def _build(tmp_path, sheets: dict[str, list[list]], name: str, indented: tuple[int, ...] = ()):
    """Build one file; ``indented``: rows (1-based) whose first cell Excel indents (a pivot's items)."""
    raw = tmp_path / "raw"
    raw.mkdir(parents=True)
    if name.endswith(".csv"):
        (raw / name).write_text(next(iter(sheets.values())), encoding="utf-8")
    else:
        wb = Workbook()
        wb.remove(wb.active)
        for title, rows in sheets.items():
            ws = wb.create_sheet(title)
            for row in rows:
                ws.append(row)
            if title == "Pivot":
                for r in indented:
                    ws.cell(row=r, column=1).alignment = Alignment(indent=1)
        wb.save(raw / name)
    return build(raw, tmp_path / "out", year=2021)


def _by_title(result) -> dict[str, dict]:
    return {r["title"]: r for r in result.projects.to_dict("records")}


def _eur_2021(result, project_id: str) -> float:
    alloc = result.allocations
    return alloc.loc[alloc["project_id"].eq(project_id) & alloc["year"].eq(2021), "amount_eur"].sum()


def test_a_dashboards_export_gives_its_currency_in_its_filters(tmp_path):
    result = _build(
        tmp_path,
        {
            "Export": [
                [
                    "Funding Agency",
                    "Activity Name",
                    "Activity Status",
                    "Calendar Year",
                    "Sum of Obligated Amount",
                ],
                ["USAID/Ukraine", "Countering trafficking in persons", "Active", 2021, 1_200_000],
                ["USAID/Ukraine", "Countering trafficking in persons", "Active", 2022, 900_000],
                ["Total", None, None, None, 2_100_000],
                [],
                ["Applied filters:\nCountry is Ukraine\nCurrency is USD\nCalendar Year is 2021 or 2022"],
            ]
        },
        name="data (3).xlsx",
    )
    project = _by_title(result)["Countering trafficking in persons"]
    assert project["currency"] == "USD" and project["yearly_amounts"] == "2021=1200000;2022=900000"
    assert _eur_2021(result, project["project_id"]) == pytest.approx(
        1_200_000 * UAH_2021["USD"] / UAH_2021["EUR"]
    )


PIVOT = [
    ["Currency", "CAD"],
    [],
    ["Sum of Commitment (CAD '000)", "Column Labels"],
    ["Row Labels", 2021, 2022, "Grand Total"],
    ["Active", 900, 600, 1500],
    ["Community policing in frontline oblasts", 900, 600, 1500],
    ["Pipeline", None, 750, 750],
    ["Postal drug trafficking", None, 750, 750],
    ["Grand Total", 900, 1350, 2250],
]


def test_a_pivot_table_alone_is_read_its_groups_are_statuses(tmp_path):
    result = _build(tmp_path, {"Pivot": PIVOT}, name="GAC_pivot.xlsx", indented=(6, 8))
    projects = _by_title(result)
    assert sorted(projects) == ["Community policing in frontline oblasts", "Postal drug trafficking"]
    policing = projects["Community policing in frontline oblasts"]
    assert policing["status"] == "ongoing" and policing["currency"] == "CAD"
    assert policing["yearly_amounts"] == "2021=900000;2022=600000"  # in thousands
    assert projects["Postal drug trafficking"]["status"] == "planned"


def test_a_pivot_table_beside_the_rows_it_sums_is_left_out(tmp_path):
    detail = [
        ["Project", "Status", "2021, CAD", "2022, CAD"],
        ["Community policing in frontline oblasts", "Active", 900_000, 600_000],
        ["Postal drug trafficking", "Pipeline", None, 750_000],
    ]
    result = _build(tmp_path, {"Detail": detail, "Pivot": PIVOT}, name="GAC_portfolio.xlsx", indented=(6, 8))
    assert len(result.projects) == 2 and set(result.projects["source_sheet"]) == {"Detail"}
    assert result.issues["message"].str.contains("sheet 'Pivot' is a pivot table").any()


KOBO = (
    '"start";"end";"today";"project_info/title";"project_info/funding_partner";'
    '"project_info/funding_partner_other";"project_info/status";"budget/currency";"budget/total";'
    '"period/start_date";"period/end_date";"_id";"_uuid";"_submission_time";"_status";"__version__"\n'
    '"2021-02-13T10:05:33.000+02:00";"2021-02-13T10:14:33.000+02:00";"2021-02-13";'
    '"Prevention of trafficking among IDPs";"other";"U.S. Department of State – J/TIP Office";"ongoing";"USD";'
    '"730000";"2021-01-01";"2022-12-31";"10237";"f43a4f99";"2021-02-13T10:14:33";"submitted_via_web";"vLk3"\n'
)


def test_a_form_tools_own_columns_are_set_aside_and_other_takes_its_written_name(tmp_path):
    result = _build(tmp_path, {"": KOBO}, name="Mapping_projects_-_all_versions.csv")
    project = _by_title(result)["Prevention of trafficking among IDPs"]
    # the form's own start and end (when it was filled) are no project dates; "_status" is no project status
    assert (project["start_date"], project["end_date"]) == ("2021-01-01", "2022-12-31")
    assert project["status"] == "ongoing"
    assert project["partner"] == "USA"  # "other", named in the question's "other" field
    assert "partner=F2" in project["source_cells"]


SHAREPOINT = (
    "ID,Title,Record Type,Parent ID,Funding Source,Status,Total Budget,Start Date,End Date,"
    "Co-funded,Co-funding Partner,Co-funding Share,Item Type\n"
    "3,Archive 2019,,,,,,,,,,,Folder\n"
    '10,EU Support to Police Reform – Police Package,Programme,,EU Delegation,Ongoing,"€5,250,000.00",'
    "1/1/2021,12/31/2021,FALSE,,,Item\n"
    '15,Border crossing points on the Polish border,Project,,EU Delegation,Ongoing,"€1,000,000.00",'
    "1/1/2021,12/31/2021,TRUE,Poland,25%,Item\n"
    '11,Community policing roll-out,Project,10,EU Delegation,Ongoing,"€3,400,000.00",1/1/2021,12/31/2021,'
    "FALSE,,,Item\n"
    '12,Custody records roll-out,Project,10,EU Delegation,Ongoing,"€1,850,000.00",1/1/2021,12/31/2021,'
    "FALSE,,,Item\n"
)


def test_a_lists_folders_parents_and_co_funders(tmp_path):
    result = _build(tmp_path, {"": SHAREPOINT}, name="Project Tracker.csv")
    titles = sorted(result.projects["title"])
    # the folder is no project; the programme is the sum of its children (named by their parent's ID)
    assert titles == [
        "Border crossing points on the Polish border",
        "Border crossing points on the Polish border",
        "Community policing roll-out",
        "Custody records roll-out",
    ]
    crossing = result.projects[result.projects["title"].str.startswith("Border crossing")].set_index(
        "partner"
    )
    assert crossing.loc["EU", "amount"] == 750_000 and crossing.loc["Poland", "amount"] == 250_000
    assert "cofunder=K4" in crossing.loc["Poland", "source_cells"]
    said = result.issues["message"]
    assert said.str.contains("row 2 is a folder of the list").any()
    assert said.str.contains("programme 'EU Support to Police Reform – Police Package'").any()
    assert _eur_2021(result, crossing.loc["Poland", "project_id"]) == pytest.approx(250_000)


def test_a_co_funder_without_a_share_is_said(tmp_path):
    rows = (
        "Project,Budget (CHF),Start,End,Co-funding donor\n"
        "Police custody monitoring,400000,2021-01-01,2021-12-31,Denmark\n"
    )
    result = _build(tmp_path, {"": rows}, name="Switzerland_projects.csv")
    assert set(result.projects["partner"]) == {"Switzerland"}
    warned = result.issues[result.issues["severity"].eq("warning")]["message"]
    assert warned.str.contains("co-funder Denmark .* is named without a share").any()


def test_a_database_dump_of_entity_attribute_value_rows_is_read_a_project_per_entity(tmp_path):
    rows = (
        "entity_type,entity_id,attribute,value,updated_at\n"
        "project,PRJ-0101,title,Safe Cities: community policing pilots,2021-01-11 10:00:00\n"
        'project,PRJ-0101,budget,"{""currency"": ""GBP"", ""total"": 780000}",2021-02-10 11:47:13\n'
        "project,PRJ-0101,status,active,2021-01-11 10:00:00\n"
        "project,PRJ-0101,period,start=2021-04; end=2022-03,2021-01-11 10:00:00\n"
        "project,PRJ-0101,beneficiary,National Police of Ukraine,2021-01-11 10:00:00\n"
    )
    result = _build(tmp_path, {"": rows}, name="dcp_export_projects.csv")
    (project,) = result.projects.to_dict("records")  # one project, not one per row
    assert project["project_id"] == "PRJ-0101"  # the entity's id
    assert project["title"] == "Safe Cities: community policing pilots"
    assert (project["amount"], project["currency"]) == (
        780_000,
        "GBP",
    )  # the budget's JSON read field by field
    assert (project["start_date"], project["end_date"]) == ("2021-04-01", "2022-03-31")
    assert project["beneficiaries"] == "NPU"
    cells = dict(c.split("=") for c in project["source_cells"].split(";"))
    assert (
        cells["title"] == "D2" and cells["amount"] == "D3" and cells["currency"] == "D3"
    )  # where they stand
    said = result.issues["message"]
    assert said.str.contains("a table of entity | attribute | value rows", regex=False).any()
    assert said.str.contains("column(s) E ('updated_at') beside the values not read", regex=False).any()
    entry = result.manifest["files"][0]
    assert (entry["rows_read"], entry["rows_loaded"]) == (6, 1)  # the header and five rows, one project


def test_a_tableau_export_of_measure_names_and_values_is_read_a_project_per_id(tmp_path):
    """Tableau's "Measure Names | Measure Values": a row per project and field, one project naming a field the
    others do not ("Budget 2021"): each value stays with its own project."""
    rows = [["Project ID", "Measure Names", "Measure Values"]]
    projects = [
        ("SE-1", {"Budget 2021": "4,200,000", "Currency": "SEK", "Donor": "Sweden (Sida)", "End Date": "6/30/2023",
                  "Project Title": "Domestic violence investigation units", "Start Date": "7/1/2020",
                  "Total Budget": "12,000,000"}),
        ("NO-1", {"Currency": "NOK", "Donor": "Norway (MFA)", "End Date": "12/31/2022",
                  "Project Title": "Demining capacity of the State Emergency Service", "Start Date": "1/1/2021",
                  "Total Budget": "30,000,000"}),
        ("CH-1", {"Currency": "CHF", "Donor": "Switzerland (SDC)", "End Date": "10/31/2022",
                  "Project Title": "Community safety dialogue in eastern Ukraine", "Start Date": "11/1/2019",
                  "Total Budget": "2,400,000"}),
    ]  # fmt: skip
    for pid, fields in projects:
        rows += [[pid, name, value] for name, value in fields.items()]
    text = "\n".join("\t".join(r) for r in rows) + "\n"
    result = _build(tmp_path, {"": text}, name="Nordic_Tableau_export.csv")
    got = _by_title(result)
    assert set(got) == {fields["Project Title"] for _, fields in projects}
    for pid, fields in projects:
        p = got[fields["Project Title"]]
        assert (p["project_id"], p["partner"], p["currency"]) == (
            pid,
            fields["Donor"].split()[0],
            fields["Currency"],
        )
        assert p["amount"] == float(fields["Total Budget"].replace(",", ""))
    sweden = got["Domestic violence investigation units"]
    assert (sweden["start_date"], sweden["end_date"]) == ("2020-07-01", "2023-06-30")
    # Sweden's 2021 is its own figure; Norway's whole budget falls in 2021-22, spread by days (365 of 730)
    assert sweden["yearly_amounts"] == "2021=4200000"
    alloc = result.allocations[result.allocations["year"].eq(2021)].groupby("project_id")["amount_eur"].sum()
    assert alloc["NO-1"] == pytest.approx(
        30_000_000 * 365 / 730 * UAH_2021["NOK"] / UAH_2021["EUR"], rel=1e-6
    )
    cells = dict(c.split("=") for c in sweden["source_cells"].split(";"))
    assert cells["amount"] == "C8" and cells["partner"] == "C4"  # the rows the values stand on
    # a field is named as a field, at the cell first naming it, never as a column the sheet does not have
    order = result.issues[result.issues["message"].str.contains("could be read either way")]
    assert order["message"].str.startswith("field 'Start Date'").all() and order["column"].tolist() == ["B7"]
