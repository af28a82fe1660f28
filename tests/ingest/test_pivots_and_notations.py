"""What blind set AA showed (written by a tester who had not read the reader): a PivotTable's export, roman
numerals typed in Cyrillic, half-years abbreviated, "$1.2MM", "1 млн 200 тис. грн", a remark giving the new budget
alone, and status codes explained on a legend sheet named "Обозначения" with a footnote mark after the code."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from openpyxl import Workbook

from mtd_analysis.build import build
from mtd_analysis.ingest.values import ValueProblem, parse_amount, parse_period


def _build(tmp_path, sheets: dict[str, list], name: str = "return.xlsx"):
    raw = tmp_path / "raw"
    raw.mkdir(parents=True)
    wb = Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(raw / name)
    return build(raw, tmp_path / "out", year=2021)


def _by_title(result) -> dict[str, dict]:
    return {r["title"]: r for r in result.projects.to_dict("records")}


def test_a_pivot_tables_groups_are_filled_down_and_their_totals_skipped(tmp_path):
    result = _build(
        tmp_path,
        {
            "Pivot": [
                ["Donor", "Project", "Start", "End", "MIA agency", "Sum of Budget (USD)"],
                ["Denmark", "Police custody monitoring", "2021-01-01", "2021-12-31", "NPU", 1_000_000],
                [None, "Drug interdiction at Odesa seaport", "2021-01-01", "2021-12-31", "(blank)", 730_000],
                ["Denmark Total", None, None, None, None, 1_730_000],
                [
                    "Sweden",
                    "First responders to domestic violence",
                    "2021-01-01",
                    "2021-12-31",
                    "NPU",
                    365_000,
                ],
                ["Sweden Total", None, None, None, None, 365_000],
                ["Grand Total", None, None, None, None, 2_095_000],
            ]
        },
        name="UNODC_pivot_by_donor.xlsx",
    )
    projects = _by_title(result)
    assert len(projects) == 3  # no group's total is a project
    assert (
        projects["Drug interdiction at Odesa seaport"]["partner"] == "Denmark"
    )  # not UNODC, the file's name
    assert projects["Drug interdiction at Odesa seaport"]["beneficiaries"] is None  # "(blank)" is empty
    assert not result.issues["severity"].eq("error").any()
    said = result.issues[result.issues["message"].str.contains("pivot table")]
    assert len(said) == 3  # the layout once, each group's total


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("І півріччя 2021", dt.date(2021, 1, 1), dt.date(2021, 6, 30)),  # Cyrillic І
        ("ІІ півр. 2021 – І півр. 2022", dt.date(2021, 7, 1), dt.date(2022, 6, 30)),
        ("І–ІІ квартал 2021", dt.date(2021, 1, 1), dt.date(2021, 6, 30)),
        ("ІV кв. 2021", dt.date(2021, 10, 1), dt.date(2021, 12, 31)),
        ("II полуг. 2021", dt.date(2021, 7, 1), dt.date(2021, 12, 31)),
    ],
)
def test_half_years_and_quarters_in_cyrillic_roman_numerals(text, start, end):
    assert parse_period(text) == (start, end)


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("$1.2MM", 1_200_000, "USD"),  # was read as 1.2 dollars
        ("$1.095MM", 1_095_000, "USD"),
        ("1 млн 200 тис. грн", 1_200_000, "UAH"),
        ("2 million 500 thousand EUR", 2_500_000, "EUR"),
    ],
)
def test_millions_written_the_american_way_and_in_two_parts(text, value, currency):
    amount = parse_amount(text)
    assert (amount.value, amount.currency) == (value, currency)


def test_status_codes_explained_on_an_oboznacheniya_sheet_with_a_footnote_mark(tmp_path):
    header = ["№", "Название проекта", "Донор", "Период реализации", "Бюджет", "Статус"]
    result = _build(
        tmp_path,
        {
            "ГМС": [
                header,
                [
                    "1",
                    "Пункты временного содержания иностранцев",
                    "Европейский союз",
                    "2021 г.",
                    "EUR 100 000",
                    "Р",
                ],
                ["2", "Возвращение незаконных мигрантов", "Швейцария", "2021 г.", "CHF 200 000", "П¹"],
            ],
            "Обозначения": [
                ["Код статуса", "Значение"],
                ["Р", "реализуется"],
                ["П", "планируется"],
                ["О", "отменён"],
            ],
        },
        name="MOM_proekty.xlsx",
    )
    statuses = {t: r["status"] for t, r in _by_title(result).items()}
    assert statuses == {
        "Пункты временного содержания иностранцев": "ongoing",
        "Возвращение незаконных мигрантов": "planned",
    }


def test_a_remark_giving_the_reduced_budget_alone_is_counted(tmp_path):
    result = _build(
        tmp_path,
        {
            "Sheet1": [
                ["Action title", "Period", "EU contribution", "Status", "Remarks"],
                [
                    "Cold-chain support",
                    "2021",
                    "500.000,00 €",
                    "Ongoing",
                    "Budget reduced to 300 000 € (addendum No 1)",
                ],
                [
                    "Dog units",
                    "2021",
                    "365.000,00 €",
                    "Ongoing",
                    "Продовження без збільшення бюджету до 31.03.2022",
                ],
            ]
        },
    )
    projects = _by_title(result)
    assert projects["Cold-chain support"]["amount"] == 300_000
    assert projects["Dog units"]["amount"] == 365_000  # an extension's date is no amount


def test_us_fiscal_year_columns_are_spread_over_calendar_years_by_days(tmp_path):
    result = _build(
        tmp_path,
        {
            "FY20-22": [
                ["#", "Program", "Beneficiary", "FY2021 obligations", "FY2022 obligations", "Status"],
                ["1", "Thermal cameras for border guards", "SBGS", "$730K", "$0.365MM", "Active"],
                ["2", "Migration data centre", "SMS", None, "$1.46MM", "Pending Congressional Notification"],
            ]
        },
        name="INL_Kyiv_obligations.xlsx",
    )
    projects = _by_title(result)
    cameras = projects["Thermal cameras for border guards"]
    # FY2021 = 1 Oct 2020 – 30 Sep 2021 (365 days): 92 in 2020, 273 in 2021; FY2022: 92 days in 2021
    want_2021 = 730_000 * 273 / 365 + 365_000 * 92 / 365
    yearly = dict(part.split("=") for part in cameras["yearly_amounts"].split(";"))
    assert float(yearly["2021"]) == pytest.approx(want_2021, abs=0.01)
    assert float(yearly["2020"]) == pytest.approx(730_000 * 92 / 365, abs=0.01)
    assert cameras["amount"] == pytest.approx(1_095_000) and cameras["currency"] == "USD"
    assert "amount_2021=D2+E2" in cameras["source_cells"]
    assert projects["Migration data centre"]["status"] == "planned"
    assert result.issues["message"].str.contains("INL's fiscal years").any()


def test_a_fiscal_year_of_a_partner_whose_year_is_not_known_is_said_not_counted(tmp_path):
    result = _build(
        tmp_path,
        {"Sheet1": [["Program", "Period", "FY2021 budget", "Status"], ["Radios", "2021", 100_000, "Active"]]},
        name="WHO_projects.xlsx",  # partners.csv gives no fiscal year of WHO's (the EU's is the calendar year)
    )
    assert result.issues["message"].str.contains("the fiscal year of WHO is not known").any()
    assert _by_title(result)["Radios"]["yearly_amounts"] is None


def test_a_pivots_later_groups_and_blank_titles_are_kept(tmp_path):
    """A review found a group's total taken for the table's end: the next groups' projects were dropped."""
    result = _build(
        tmp_path,
        {
            "Pivot": [
                ["Donor", "Project", "Start", "End", "Sum of Budget (USD)"],
                ["Denmark", "Police training", "2021-01-01", "2021-12-31", 100_000],
                [None, "(blank)", "2021-01-01", "2021-12-31", 200_000],
                ["Denmark Total", None, None, None, 300_000],
                ["Norway", "Average speed cameras for patrol police", "2021-01-01", "2021-12-31", 40_000],
                [None, "Середньострокове планування МВС", "2021-01-01", "2021-12-31", 70_000],
                ["Norway Total", None, None, None, 110_000],
                ["Grand Total", None, None, None, 410_000],
            ]
        },
        name="pivot.xlsx",
    )
    projects = _by_title(result)
    assert sorted(projects) == sorted(
        [
            "Police training",
            "(blank)",
            "Average speed cameras for patrol police",
            "Середньострокове планування МВС",
        ]
    )
    assert result.projects["amount"].sum() == 410_000
    assert projects["Середньострокове планування МВС"]["partner"] == "Norway"


@pytest.mark.parametrize(
    "text", ["EUR 2 million, 500 thousand disbursed", "EUR 1.5 mln, 300 тис. co-funding", "1,2 млн 300 тис."]
)
def test_two_figures_are_not_one_compound_amount(text):
    with pytest.raises(ValueProblem):
        parse_amount(text)


@pytest.mark.parametrize(
    ("remark", "want"),
    [
        ("Budget reduced to 300k EUR", 300_000),
        ("Budget cut to 30% due to reallocation", 500_000),
        ("The 2021 tranche was reduced to 100 000 EUR", 500_000),
        ("Budget of component 2 reduced to 50 000 EUR", 500_000),
    ],
)
def test_only_the_whole_budget_reduced_to_a_figure_changes_the_amount(tmp_path, remark, want):
    result = _build(
        tmp_path,
        {
            "Sheet1": [
                ["Action title", "Period", "Budget, EUR", "Remarks"],
                ["Radios", "2021", 500_000, remark],
            ]
        },
    )
    assert _by_title(result)["Radios"]["amount"] == want


def test_fiscal_years_beside_calendar_years_or_short_of_the_total(tmp_path):
    result = _build(
        tmp_path,
        {
            "Sheet1": [
                ["Program", "Beneficiary", "Total", "FY2021 obligations", "Budget 2021", "Budget 2022"],
                ["Police reform support", "NPU", 2_000_000, 1_000_000, 900_000, 1_100_000],
            ]
        },
        name="USAID_programs.xlsx",
    )
    project = _by_title(result)["Police reform support"]
    assert project["amount"] == 2_000_000 and project["yearly_amounts"] == "2021=900000;2022=1100000"
    assert result.issues["message"].str.contains("beside columns of calendar years").any()
    short = _build(
        tmp_path / "short",
        {
            "Sheet1": [
                ["Program", "Beneficiary", "Period", "Total", "FY2021 obligations"],
                ["Police reform support", "NPU", "10/2020 – 09/2022", 2_000_000, 1_000_000],
            ]
        },
        name="USAID_programs.xlsx",
    )
    project = _by_title(short)["Police reform support"]
    assert project["amount"] == 2_000_000 and pd.isna(project["yearly_amounts"])  # the total over its dates
    assert short.issues["message"].str.contains("the fiscal years' amounts add up to 1,000,000.00").any()


def test_rows_per_uk_financial_year_are_one_project_spread_by_days(tmp_path):
    result = _build(
        tmp_path,
        {
            "Export": [
                ["Programme", "MIA beneficiary", "Financial year", "Allocation (GBP)", "Status"],
                ["Modern slavery (Phase II)", "NPU", "2021/22", 365_000, "Live"],
                ["Modern slavery (Phase II)", "NPU", "2022/23", 365_000, "Live"],
                ["Mine action", "SESU", "2020/21", 365_000, "Closed"],
            ]
        },
        name="UK_CSSF_export.xlsx",
    )
    projects = _by_title(result)
    assert len(projects) == 2  # the two financial years of Phase II are one project
    phase_two = projects["Modern slavery (Phase II)"]
    # 2021/22 = 1 Apr 2021 – 31 Mar 2022: 275 days in 2021, 90 in 2022; 2022/23: 275 in 2022, 90 in 2023
    assert phase_two["yearly_amounts"] == "2021=275000;2022=365000;2023=90000"
    assert phase_two["amount"] == 730_000
    assert projects["Mine action"]["yearly_amounts"] == "2020=275000;2021=90000"


def test_a_split_year_of_a_partner_whose_fiscal_year_is_not_known_is_said(tmp_path):
    result = _build(
        tmp_path,
        {
            "Sheet1": [
                ["Programme", "Beneficiary", "Financial year", "Amount, EUR"],
                ["Radios", "NPU", "2021/22", 365_000],
                ["Radios", "NPU", "2022/23", 365_000],
            ]
        },
        name="EU_projects.xlsx",
    )
    assert _by_title(result)["Radios"]["yearly_amounts"] == "2021=275000;2022=365000;2023=90000"
    assert result.issues["message"].str.contains("each is read as April to March").sum() == 1
