"""Long and pivoted layouts (blind set AY): a row per project and beneficiary agency, in any order."""

from __future__ import annotations

import pytest

from mtd_analysis.build import build


def _build(tmp_path, name: str, text: str):
    raw = tmp_path / "raw"
    raw.mkdir(parents=True)
    (raw / name).write_text(text, encoding="utf-8")
    return build(raw, tmp_path / "out", year=2021)


HEADER = (
    "Project ID,Project Title,Funding Agency,Beneficiary Agency,Start Date,End Date,Beneficiary Share (USD)\n"
)


def test_a_row_per_project_and_agency_counts_each_project_once_at_the_sum_of_its_parts(tmp_path):
    rows = [
        ("A-1", "Community policing in small towns", "USAID", "Ministry of Internal Affairs", 300_000),
        ("B-2", "Counter-narcotics training", "USAID", "Ministry of Internal Affairs", 150_000),
        ("A-1", "Community policing in small towns", "USAID", "National Police of Ukraine", 1_200_000),
        ("C-3", "Maritime surveillance equipment", "USAID", "State Border Guard Service", 2_750_000),
        ("B-2", "Counter-narcotics training", "USAID", "State Border Guard Service", 450_000),
        ("B-2", "Counter-narcotics training", "USAID", "National Police of Ukraine", 800_000),
    ]
    text = HEADER + "".join(f"{c},{t},{f},{a},2021-01-01,2021-12-31,{m}\n" for c, t, f, a, m in rows)
    result = _build(tmp_path, "US_by_beneficiary.csv", text)
    projects = result.projects.set_index("project_id")
    assert sorted(projects.index) == ["A-1", "B-2", "C-3"]
    assert projects.loc["A-1", "amount"] == 300_000 + 1_200_000
    assert projects.loc["B-2", "amount"] == 150_000 + 450_000 + 800_000
    assert projects.loc["C-3", "amount"] == 2_750_000
    assert set(projects.loc["B-2", "beneficiaries"].split(";")) == {"MIA", "SBGS", "NPU"}
    cells = projects.loc["B-2", "source_cells"]
    assert all(f"G{n}" in cells for n in (3, 6, 7))  # each part's amount cell named
    said = result.issues["message"]
    assert said.str.contains("2 project(s) each given on a row per beneficiary agency", regex=False).any()
    assert not said.str.contains("sent twice").any()


def test_the_same_agency_twice_is_not_two_parts(tmp_path):
    """Two rows of one project for the same agency are a project sent twice (or revised), never added up."""
    rows = [
        ("A-1", "Community policing in small towns", "USAID", "National Police of Ukraine", 1_200_000),
        ("A-1", "Community policing in small towns", "USAID", "National Police of Ukraine", 1_200_000),
    ]
    text = HEADER + "".join(f"{c},{t},{f},{a},2021-01-01,2021-12-31,{m}\n" for c, t, f, a, m in rows)
    result = _build(tmp_path, "US_by_beneficiary.csv", text)
    assert result.projects["amount"].tolist() == [pytest.approx(1_200_000)]
    assert result.issues["message"].str.contains("sent twice, counted once").any()


def _workbook(tmp_path, name: str, rows: list[list], merged: tuple[str, ...] = ()):
    from openpyxl import Workbook

    raw = tmp_path / "raw"
    raw.mkdir(parents=True)
    wb = Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    for cells in merged:
        ws.merge_cells(cells)
    wb.save(raw / name)
    return build(raw, tmp_path / "out", year=2021)


def _years(project) -> dict[int, float]:
    return {int(y): float(a) for y, a in (p.split("=") for p in project["yearly_amounts"].split(";"))}


def test_a_row_per_planned_disbursement_is_one_project_its_years_the_sums_of_its_payments(tmp_path):
    """A pivot's data sheet: "Planned disbursement" (dates, a header the tool does not know) beside "Amount (EUR)", a
    row per payment with the project's cells repeated."""
    import datetime as dt

    d = dt.datetime
    rows = [
        ["Donor", "Project title", "Status", "Planned disbursement", "Amount (EUR)"],
        ["EU", "Checkpoint modernisation", "ongoing", d(2021, 11, 15), 300_000],
        ["EU", "Checkpoint modernisation", "ongoing", d(2022, 2, 15), 450_000],
        ["EU", "Checkpoint modernisation", "ongoing", d(2022, 5, 15), 450_000],
        ["Germany", "Police cooperation in Kharkiv", "ongoing", d(2020, 11, 15), 100_000],
        ["Germany", "Police cooperation in Kharkiv", "ongoing", d(2021, 2, 15), 50_000],
        ["Germany", "Police cooperation in Kharkiv", "ongoing", d(2021, 8, 15), 75_000],
    ]
    result = _workbook(tmp_path, "GIZ_data.xlsx", rows)
    got = {p["title"]: p for p in result.projects.to_dict("records")}
    assert sorted(got) == ["Checkpoint modernisation", "Police cooperation in Kharkiv"]
    assert got["Checkpoint modernisation"]["amount"] == 300_000 + 450_000 + 450_000
    assert _years(got["Checkpoint modernisation"]) == {2021: 300_000, 2022: 900_000}
    assert _years(got["Police cooperation in Kharkiv"]) == {2020: 100_000, 2021: 125_000}
    said = result.issues["message"]
    assert not said.str.contains("no start or end date").any()  # the payments date the money
    assert said.str.contains("rows 2–4: payments of project 'Checkpoint modernisation'", regex=False).any()


def test_a_monthly_plan_with_the_project_merged_down_its_months_counts_each_month_in_its_year(tmp_path):
    import datetime as dt

    d = dt.datetime
    head = ["№", "Назва проєкту", "Донор", "Бенефіціар", "Місяць", "Сума (план)", "Валюта"]
    months = [
        (d(2020, 11, 1), 12_000),
        (d(2020, 12, 1), 12_000),
        (d(2021, 1, 1), 15_000),
        (d(2021, 2, 1), 18_000),
    ]
    rows = [
        head,
        [1, "Протидія торгівлі людьми", "Велика Британія", "НПУ", months[0][0], months[0][1], "GBP"],
    ]
    rows += [[None, None, None, None, m, a, "GBP"] for m, a in months[1:]]
    rows += [[None, "Разом за проєктом", None, None, None, sum(a for _, a in months), "GBP"]]
    result = _workbook(tmp_path, "UK_plan.xlsx", rows, merged=("A2:A5", "B2:B5"))
    (project,) = result.projects.to_dict("records")
    assert (project["partner"], project["currency"]) == ("UK", "GBP")
    assert project["amount"] == sum(a for _, a in months)
    assert _years(project) == {2020: 24_000, 2021: 33_000}


def test_a_dated_column_of_one_payment_per_project_is_its_start(tmp_path):
    """No project has two rows: "Planned disbursement" dates each project's start, as before it was read as payments."""
    import datetime as dt

    rows = [
        ["Donor", "Project title", "Planned disbursement", "Amount (EUR)"],
        ["EU", "Checkpoint modernisation", dt.datetime(2021, 11, 15), 300_000],
        ["EU", "Border dogs", dt.datetime(2021, 3, 1), 80_000],
    ]
    result = _workbook(tmp_path, "EU_plan.xlsx", rows)
    got = {p["title"]: p for p in result.projects.to_dict("records")}
    assert got["Border dogs"]["start_date"] == "2021-03-01" and got["Border dogs"]["amount"] == 80_000
    assert "start_date=C3" in got["Border dogs"]["source_cells"]


def test_two_tranches_of_one_year_under_a_project_are_both_its_money(tmp_path):
    """A row per project, year and tranche, the project's cells on its first row only: "2021 | T2" under "2021 | T1"
    is the project's too (a totals row repeating the year names no other tranche)."""
    rows = [
        ["CRIS No", "Title", "Funding source", "Year", "Tranche", "Amount EUR"],
        ["ENI/2020/415", "Joint border control point", "EU", 2021, "T1", 300_000],
        [None, None, None, 2021, "T2", 450_000],
        [None, None, None, 2022, "T3", 200_000],
        ["ENI/2019/041", "Community policing support", "EU", 2021, None, 850_000],
    ]
    result = _workbook(tmp_path, "EU_export.xlsx", rows)
    got = {p["title"]: p for p in result.projects.to_dict("records")}
    assert sorted(got) == ["Community policing support", "Joint border control point"]
    assert got["Joint border control point"]["amount"] == 950_000
    assert _years(got["Joint border control point"]) == {2021: 750_000, 2022: 200_000}
    assert not result.issues["severity"].eq("error").any()


def test_money_under_the_priorities_beside_a_total_declares_the_priority_holding_the_most(tmp_path):
    """ "Пріоритети сектору" over a column per priority, beside "Разом, USD": the amount is the total, the priority the
    column its money stands under (most of it, when split), even where the title names another priority."""
    import datetime as dt

    d = dt.datetime
    head1 = [
        "№",
        "Назва проєкту",
        "Донор",
        "Початок",
        "Завершення",
        "Пріоритети сектору",
        None,
        None,
        "Разом, USD",
    ]
    head2 = [
        None,
        None,
        None,
        None,
        None,
        "Протидія торгівлі людьми",
        "Нелегальна міграція",
        "COVID-19",
        None,
    ]
    rows = [
        head1,
        head2,
        [1, "COVID-19: тестування персоналу пунктів пропуску", "ВООЗ", d(2021, 1, 1), d(2021, 12, 31), None, None,
         250_000, 250_000],
        [2, "Управління міграцією на кордоні та виявлення жертв торгівлі людьми", "МОМ", d(2021, 1, 1),
         d(2021, 12, 31), 100_000, 300_000, None, 400_000],
    ]  # fmt: skip
    merged = (
        "A1:A2",
        "B1:B2",
        "C1:C2",
        "D1:D2",
        "E1:E2",
        "F1:H1",
        "I1:I2",
    )  # as Excel centres a two-row header
    result = _workbook(tmp_path, "UN_matrix.xlsx", rows, merged=merged)
    got = {p["title"][:12]: p for p in result.projects.to_dict("records")}
    assert got["COVID-19: те"]["amount"] == 250_000 and got["Управління м"]["amount"] == 400_000
    alloc = result.allocations.groupby("project_id")["priority_code"].first()
    assert alloc[got["COVID-19: те"]["project_id"]] == "COVID19"
    assert alloc[got["Управління м"]["project_id"]] == "ILLEGAL_MIGRATION"
    cells = dict(c.split("=") for c in got["Управління м"]["source_cells"].split(";"))
    assert cells["amount"] == "I4" and cells["declared_priority"] == "G4"
