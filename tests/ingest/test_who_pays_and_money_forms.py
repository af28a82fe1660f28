"""Who pays and in what form the money is written (blind sets AP and AQ): a column of money per donor, a year's
share given as a percentage of the total, the payer named before an implementer in brackets, and the official names
of a ministry's bureau or an implementer's own funds."""

from __future__ import annotations

import datetime as dt

from openpyxl import Workbook

from mtd_analysis.build import build
from mtd_analysis.ingest.partners import canonical_partner

D = dt.datetime


def _build(tmp_path, rows: list[list], name: str = "partner.xlsx"):
    raw = tmp_path / "raw"
    raw.mkdir(parents=True)
    wb = Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(raw / name)
    return build(raw, tmp_path / "out", year=2021)


def test_a_column_of_money_per_donor_makes_a_project_per_donor(tmp_path):
    result = _build(
        tmp_path,
        [
            ["UNDP Rule of Law programme – donor contributions for 2021, USD"],
            [
                "Project title",
                "Status",
                "Start",
                "End",
                "EU",
                "Denmark",
                "Japan",
                "UNDP (TRAC)",
                "Total 2021",
            ],
            [
                "Community security",
                "Ongoing",
                D(2021, 1, 1),
                D(2021, 12, 31),
                900_000,
                300_000,
                None,
                None,
                1_200_000,
            ],
            [
                "Disinfection capacity",
                "Ongoing",
                D(2021, 1, 1),
                D(2021, 12, 31),
                None,
                None,
                450_000,
                None,
                450_000,
            ],
            [
                "Legal aid in custody",
                "Ongoing",
                D(2021, 1, 1),
                D(2021, 12, 31),
                None,
                None,
                None,
                150_000,
                150_000,
            ],
        ],
        "undp.xlsx",
    )
    lines = sorted(
        zip(result.projects["title"], result.projects["partner"], result.projects["amount"], strict=True)
    )
    assert lines == [
        ("Community security", "Denmark", 300_000.0),
        ("Community security", "EU", 900_000.0),
        ("Disinfection capacity", "Japan", 450_000.0),
        ("Legal aid in custody", "UNDP", 150_000.0),
    ]
    cells = dict(zip(result.projects["partner"], result.projects["source_cells"], strict=True))
    assert "partner=F3" in cells["Denmark"] and "amount_EU" not in cells["Denmark"]  # each donor's own cell


def test_columns_of_the_countries_a_regional_programme_covers_are_no_donors(tmp_path):
    result = _build(
        tmp_path,
        [
            ["Programme", "Start", "End", "Ukraine, EUR", "Moldova", "Georgia"],
            ["EU4IBM green border", D(2021, 1, 1), D(2021, 12, 31), 2_920_000, 1_000_000, 800_000],
        ],
        "eu.xlsx",
    )
    assert result.projects["partner"].tolist() == ["EU"]


def test_a_years_cell_giving_a_percentage_is_that_share_of_the_total(tmp_path):
    result = _build(
        tmp_path,
        [
            ["Назва проєкту", "Термін реалізації", "Загальний бюджет, EUR", "2021, EUR", "2022, EUR"],
            ["Навчання персоналу ДСНС", "01.2021–12.2022", 1_200_000, "35%", "65 %"],
        ],
        "germany.xlsx",
    )
    assert result.projects["yearly_amounts"].tolist() == ["2021=420000;2022=780000"]
    said = result.issues[result.issues["message"].str.contains("gives a share of the total")]
    assert said["column"].tolist() == ["D2", "E2"]


def test_a_percentage_alone_in_an_amount_cell_is_no_sum(tmp_path):
    result = _build(
        tmp_path,
        [["Project", "Start", "End", "Amount, EUR"], ["Radios", D(2021, 1, 1), D(2021, 12, 31), "35%"]],
    )
    assert result.projects["amount"].isna().all()
    assert result.issues["message"].str.contains("holds a percentage").any()


def test_the_payer_before_an_implementer_in_brackets_and_official_names():
    assert canonical_partner("Європейський Союз (за кошти ЄС, виконавець – ПРООН)") == "EU"
    assert (
        canonical_partner("U.S. Department of State – Bureau of Population, Refugees and Migration (PRM)")
        == "USA"
    )
    assert canonical_partner("Собственные средства GIZ (фонд инноваций GIZ)") == "GIZ"
    assert canonical_partner("Фонд МОМ по развитию (собственные средства МОМ)") == "IOM"


def test_a_line_per_funding_source_under_a_project_is_another_funders_line(tmp_path):
    result = _build(
        tmp_path,
        [
            ["Project No.", "Project title", "Donor", "Contribution, EUR", "Start", "End", "Status"],
            [
                "1102097",
                "Small arms at the green border",
                "Germany",
                400_000,
                D(2020, 9, 1),
                D(2022, 8, 31),
                "Ongoing",
            ],
            [None, None, "Canada (Global Affairs Canada)", 250_000, None, None, None],
            [None, None, "United States of America", 150_000, None, None, None],
            [
                "2100213",
                "Trafficking investigators",
                "OSCE Unified Budget",
                210_000,
                D(2021, 1, 1),
                D(2021, 12, 31),
                "Ongoing",
            ],
        ],  # fmt: skip
        "osce.xlsx",
    )
    lines = sorted(
        zip(result.projects["title"], result.projects["partner"], result.projects["amount"], strict=True)
    )
    assert lines == [
        ("Small arms at the green border", "Canada", 250_000.0),
        ("Small arms at the green border", "Germany", 400_000.0),
        ("Small arms at the green border", "USA", 150_000.0),
        ("Trafficking investigators", "OSCE", 210_000.0),
    ]
    assert set(result.projects["start_date"].astype(str).str[:10]) == {"2020-09-01", "2021-01-01"}
    assert not result.issues["severity"].eq("error").any()


def test_a_column_giving_the_sectors_share_of_a_multi_sector_programme(tmp_path):
    result = _build(
        tmp_path,
        [
            ["Action title", "Start", "End", "EU contribution, EUR", "Share for MIA system"],
            ["Rule of law programme", D(2021, 1, 1), D(2021, 12, 31), 10_000_000, "of which MIA system: 30%"],
            ["Border crossing points", D(2021, 1, 1), D(2021, 12, 31), 6_000_000, "100%"],
        ],
        "eu.xlsx",
    )
    alloc = result.allocations[result.allocations["year"].eq(2021)]
    titles = result.projects.set_index("project_id")["title"]
    eur = {titles[k]: v for k, v in alloc.groupby("project_id")["amount_eur"].sum().items()}
    assert eur == {"Rule of law programme": 3_000_000, "Border crossing points": 6_000_000}


def test_a_calendar_years_column_and_an_implementer_named_after_the_payer(tmp_path):
    result = _build(
        tmp_path,
        [
            ["Project", "Donor", "Start", "End", "Total (USD)", "CY2021 planned (USD)"],
            [
                "Drug investigations",
                "Европейский Союз (делегированное сотрудничество), исполнитель – GIZ",
                D(2021, 1, 1),
                D(2022, 12, 31),
                1_200_000,
                700_000,
            ],
        ],  # fmt: skip
        "giz.xlsx",
    )
    project = result.projects.iloc[0]
    assert (project["partner"], project["yearly_amounts"]) == ("EU", "2021=700000")


def test_a_column_of_the_money_year_by_year_in_one_cell(tmp_path):
    result = _build(
        tmp_path,
        [
            ["Project title", "Period", "Total EU contribution, EUR", "Commitments by year (EUR)"],
            [
                "Surveillance equipment",
                "03/2020 – 12/2022",
                1_000_000,
                "2020: 300 000; 2021: 450 000; 2022: 250 000",
            ],
            [
                "Crossing points",
                "01/2021 – 06/2023",
                4_500_000,
                "2021: EUR 1.2 million, 2022: EUR 2.1 million, 2023: EUR 1.2 million",
            ],
            ["Readmission", "01/2022 – 12/2023", 800_000, "2022: 400 000; 2023: 400 000"],
            ["Drug profiling", "07/2019 – 06/2021", 900_000, "2019: 200 000\n2020: 450 000\n2021: 250 000"],
        ],  # fmt: skip
        "eu.xlsx",
    )
    years = dict(zip(result.projects["title"], result.projects["yearly_amounts"], strict=True))
    assert years == {
        "Surveillance equipment": "2020=300000;2021=450000;2022=250000",
        "Crossing points": "2021=1200000;2022=2100000;2023=1200000",
        "Readmission": "2022=400000;2023=400000",  # no 2021 money: none of its years is 2021
        "Drug profiling": "2019=200000;2020=450000;2021=250000",
    }
