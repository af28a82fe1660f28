"""Equipment and in-kind assistance (blind set AW): a delivery's date written with its words ("handed over
14.05.2021"), a tentative year, and the statuses of deliveries. Expected values are worked out by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from mtd_analysis.build import build
from mtd_analysis.ingest.values import parse_period, parse_status


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("handed over 14.05.2021", (dt.date(2021, 5, 14), dt.date(2021, 5, 14))),
        ("planned handover: October 2021", (dt.date(2021, 10, 1), dt.date(2021, 10, 31))),
        ("передано 12.03.2021", (dt.date(2021, 3, 12), dt.date(2021, 3, 12))),
        ("2022 (tentative)", (dt.date(2022, 1, 1), dt.date(2022, 12, 31))),
        ("delivered in March 2021", (dt.date(2021, 3, 1), dt.date(2021, 3, 31))),
    ],
)
def test_a_deliverys_date_with_its_words(text, period):
    assert parse_period(text) == period


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Delivered", "completed"),
        ("Передано", "completed"),
        ("Equipment delivered in September 2021", "completed"),
        ("In delivery", "ongoing"),
        # a part handed over, the rest to come; or handed over while the work goes on: under way
        ("Передано перші 10 тепловізорів, решта – у 2022 р.", "ongoing"),
        ("Cameras delivered in June 2021; training ongoing", "ongoing"),
        ("Обладнання частково передано у квітні 2021 р., монтаж триває", "ongoing"),
    ],
)
def test_the_statuses_of_deliveries(text, status):
    assert parse_status(text) == status


def test_a_donation_handed_over_in_2021_counts_in_2021(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "LT_in-kind.csv").write_text(
        '"No.","Title","Recipient","Value, EUR","Date of handover / implementation period","Status"\n'
        '"1","Thermal imaging cameras for the state border","SBGS","120000","handed over 14.05.2021","Delivered"\n'
        '"2","Protective equipment for the SES","SES","85500","22.12.2020","Delivered"\n'
        '"3","Digital radio stations for the National Guard","NGU","210000","planned handover: October 2021",'
        '"Planned"\n',
        encoding="utf-8",
    )
    result = build(raw, tmp_path / "out", year=2021)
    by_year = result.allocations[result.allocations["year"] == 2021]
    assert by_year["amount_eur"].sum() == pytest.approx(120_000.0)  # the 2020 donation is 2020's
    assert by_year["pipeline_eur"].sum() == pytest.approx(210_000.0)
    assert not (result.issues["severity"] == "error").any()


def _workbook(path, rows, merged=()):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    for cells in merged:
        ws.merge_cells(cells)
    wb.save(path)


HEAD = ["No.", "Project / equipment item", "Beneficiary", "Period", "Status", "Quantity", "Unit price, USD",
        "Total value, USD"]  # fmt: skip


def test_a_projects_equipment_lines_are_its_items_not_projects(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    rows = [
        HEAD,
        ["1", "Video recording systems for temporary detention facilities", "NPU", "01/2021 – 12/2021", "Ongoing",
         None, None, 550000],
        ["1.1", "   Video surveillance kits", None, None, None, 27, 14800, 399600],
        ["1.2", "   Installation and training", None, None, None, 1, 150400, 150400],
        ["2", "Thermal imaging equipment for border detachments", "SBGS", "01/2021 – 12/2021", "Ongoing",
         None, None, None],
        ["2.1", "   Handheld thermal imagers", None, None, None, 60, 9850, 591000],
        ["2.2", "   Night-vision monoculars", None, None, None, 120, 2300, 276000],
        ["2.3", "   Motorcycles – not procured", None, None, "Cancelled", 20, 7500, 150000],
    ]  # fmt: skip
    _workbook(raw / "US_INL_equipment.xlsx", rows)
    result = build(raw, tmp_path / "out", year=2021)
    amounts = dict(zip(result.projects["title"], result.projects["amount"], strict=True))
    assert (
        amounts
        == {
            "Video recording systems for temporary detention facilities": 550_000.0,  # its own total
            "Thermal imaging equipment for border detachments": 867_000.0,  # 591,000 + 276,000, the cancelled line not
        }
    )
    said = result.issues[result.issues["message"].str.contains("are the equipment of project", regex=False)]
    assert len(said) == 2
    # the item lines need no dates of their own: no warning says they lack them
    assert not result.issues["message"].str.contains("row 3: no start or end date", regex=False).any()
    # the summed project's cells name its items' values
    thermal = result.projects[result.projects["title"].str.startswith("Thermal")].iloc[0]
    cells = thermal["source_cells"]
    assert (
        "=H6" in cells and "=H7" in cells and "=H8" not in cells
    )  # the cancelled line's value is not counted


def test_rows_with_a_quantity_and_no_project_above_stay_projects(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    rows = [
        HEAD,
        [
            "1",
            "Handheld thermal imagers for the SBGS",
            "SBGS",
            "01/2021 – 12/2021",
            "Ongoing",
            60,
            9850,
            591000,
        ],
        [
            "2",
            "Patrol cars for the National Police",
            "NPU",
            "01/2021 – 12/2021",
            "Ongoing",
            50,
            21400,
            1070000,
        ],
    ]
    _workbook(raw / "donations.xlsx", rows)
    result = build(raw, tmp_path / "out", year=2021)
    assert sorted(result.projects["amount"]) == [591_000.0, 1_070_000.0]


def test_deliveries_by_year_with_their_quantities_are_the_projects_years(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    rows = [
        ["Project", "Item", "Year of delivery", "Qty", "Unit cost (GBP)", "Total (GBP)", "Delivery status"],
        ["Protective equipment for National Guard units", "Helmets", 2020, 1200, 95, 114000, "Delivered"],
        [None, "Body protection kits", 2021, 1500, 240, 360000, "Delivered"],
        [None, "Gas masks", 2021, 1000, 60, 60000, "Delivered"],
        [None, "Total project value (2020–2021)", None, None, None, 534000, None],
    ]
    _workbook(
        raw / "UK_CSSF_deliveries.xlsx", rows, merged=["A2:A4"]
    )  # the project's title merged down its rows
    result = build(raw, tmp_path / "out", year=2021)
    assert len(result.projects) == 1
    project = result.projects.iloc[0]
    # "Total" beside a quantity and a unit cost is each line's total, not the project's: the years are used
    assert (project["amount"], project["yearly_amounts"]) == (534_000.0, "2020=114000;2021=420000")


def test_item_lines_whose_project_title_stands_on_its_first_line_only(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "CA_PSSS_equipment_lines.txt").write_text(
        "Proj.#\tProject title\tBeneficiary\tPeriod\tStatus\tItem\tQty\tUnit price\tLine total\tCurr.\n"
        "PSSS-01\tEquipment for police mobile groups (POLINA)\tNPU\t01.01.2021-31.12.2021\tOngoing\tPatrol vehicles"
        "\t12\t32,500.00\t390,000.00\tCAD\n"
        "\t\t\t\t\tTablets\t24\t1,150.00\t27,600.00\tCAD\n"
        "\t\t\t\t\tBody-worn cameras\t48\t890.00\t42,720.00\tCAD\n"
        "PSSS-02\tHelmets for the National Guard\tNGU\t01.01.2021-31.12.2021\tOngoing\tHelmets\t500\t180.00"
        "\t90,000.00\tCAD\n",
        encoding="utf-8",
    )
    result = build(raw, tmp_path / "out", year=2021)
    amounts = dict(zip(result.projects["project_id"], result.projects["amount"], strict=True))
    assert amounts == {"PSSS-01": 460_320.0, "PSSS-02": 90_000.0}  # 390,000 + 27,600 + 42,720
    assert not (result.issues["severity"] == "error").any()
