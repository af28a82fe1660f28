"""Where the reading rules of blind sets AK and AL must not reach (a review wrote files to tempt each one): a
denied unit or currency, payments in another currency, two money series of one fiscal year, stages with a status or
a subject of their own, a dollar sign alone, contributions given to someone, and payment columns that are no
schedule."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook

from mtd_analysis.build import build

UAH_2021 = {"EUR": 32.3009, "USD": 27.2835, "GBP": 37.5407, "CHF": 29.8522}


def _build(tmp_path, rows: list[list], name: str, merged: tuple[str, ...] = ()):
    raw = tmp_path / "raw"
    raw.mkdir(parents=True)
    wb = Workbook()
    for row in rows:
        wb.active.append(row)
    for cells in merged:
        wb.active.merge_cells(cells)
    wb.save(raw / name)
    return build(raw, tmp_path / "out", year=2021)


def _by_title(result) -> dict[str, dict]:
    return {r["title"]: r for r in result.projects.to_dict("records")}


def _eur_2021(result, title: str) -> float:
    pid = _by_title(result)[title]["project_id"]
    alloc = result.allocations
    return alloc.loc[alloc["project_id"].eq(pid) & alloc["year"].eq(2021), "amount_eur"].sum()


def test_a_unit_the_title_denies_is_no_unit(tmp_path):
    result = _build(
        tmp_path,
        [
            ["UK projects | all figures in full GBP (not £000)"],
            ["Project", "Start", "End", "Budget"],
            ["Cyber crime investigations", "2021-01-01", "2021-12-31", 450_000],
        ],
        name="UK_projects.xlsx",
    )
    assert _by_title(result)["Cyber crime investigations"]["amount"] == 450_000


def test_a_currency_the_title_denies_is_no_currency(tmp_path):
    result = _build(
        tmp_path,
        [
            ["Amounts are given in the currency of the agreement (not converted to UAH)"],
            ["Project", "Start", "End", "Budget", "Currency"],
            ["Emergency service equipment", "2021-01-01", "2021-12-31", 5_000_000, None],
        ],
        name="Sweden_projects.xlsx",
    )
    project = _by_title(result)["Emergency service equipment"]
    assert pd_isna(project["currency"])


def pd_isna(value) -> bool:
    return value is None or value != value


def test_a_dollar_sign_alone_in_the_title_is_no_currency(tmp_path):
    result = _build(
        tmp_path,
        [
            ["Global Affairs Canada – projects with the MIA, $"],
            ["Project", "Start", "End", "Budget"],
            ["Police response to gender-based violence", "2021-01-01", "2021-12-31", 1_000_000],
        ],
        name="Canada_projects.xlsx",
    )
    assert pd_isna(_by_title(result)["Police response to gender-based violence"]["currency"])


def test_payments_in_another_currency_than_the_project_are_not_its_years(tmp_path):
    result = _build(
        tmp_path,
        [
            ["Назва проекту", "Період", "Бюджет проекту, євро", "Дата виплати", "Сума траншу, грн"],
            ["Посилення спроможності ДСНС", "01.01.2021 – 31.12.2022", 1_000_000, "10.04.2021", 16_000_000],
            [None, None, None, "10.10.2021", 8_000_000],
            [None, None, None, "10.04.2022", 8_000_000],
        ],
        name="EU_tranches.xlsx",
        merged=("A2:A4", "B2:B4", "C2:C4"),
    )
    project = _by_title(result)["Посилення спроможності ДСНС"]
    assert project["amount"] == 1_000_000 and project["currency"] == "EUR"
    assert _eur_2021(result, "Посилення спроможності ДСНС") == pytest.approx(1_000_000 * 365 / 730, abs=0.01)
    assert (
        result.issues["message"]
        .str.contains("are in UAH, its amount in EUR: the payments are not used")
        .any()
    )


def test_payment_columns_of_one_payment_per_project_are_no_schedule(tmp_path):
    result = _build(
        tmp_path,
        [
            ["Project", "Start", "End", "Budget, SEK", "Payment date", "Payment amount, SEK"],
            ["Anti-trafficking hotline", "2021-01-01", "2022-12-31", 2_000_000, "2021-03-01", 500_000],
            ["Green border surveillance", "2021-01-01", "2021-12-31", 1_000_000, "2020-12-20", 1_000_000],
        ],
        name="Sweden_projects.xlsx",
    )
    projects = _by_title(result)
    assert projects["Anti-trafficking hotline"]["amount"] == 2_000_000
    assert pd_isna(projects["Anti-trafficking hotline"]["yearly_amounts"])
    assert result.issues["message"].str.contains("one payment per project, not a schedule").any()


def test_two_numbered_projects_with_one_title_are_not_one_schedule(tmp_path):
    result = _build(
        tmp_path,
        [
            ["№", "Назва", "Бенефіціар", "Бюджет, EUR", "Дата виплати", "Сума траншу, EUR"],
            [1, "Постачання обладнання", "НПУ", 500_000, "01.03.2021", 300_000],
            [None, None, None, None, "01.09.2021", 200_000],
            [2, "Постачання обладнання", "ДПСУ", 800_000, "01.04.2021", 800_000],
        ],
        name="EU_tranches.xlsx",
    )
    assert len(result.projects) == 2
    assert sorted(result.projects["amount"]) == [500_000, 800_000]


def test_two_money_series_of_one_fiscal_year_count_the_first(tmp_path):
    result = _build(
        tmp_path,
        [
            [
                "Project",
                "FY2020/21 allocation",
                "FY2020/21 outturn",
                "FY2021/22 allocation",
                "FY2021/22 forecast",
            ],
            ["Community policing in eastern Ukraine", 400_000, 380_000, 500_000, 520_000],
        ],
        name="UK_CSSF_GBP.xlsx",
    )
    project = _by_title(result)["Community policing in eastern Ukraine"]
    assert project["amount"] == 900_000  # one series per fiscal year
    assert result.issues["message"].str.contains("gives fiscal year 2020 again").any()


def test_stages_with_their_own_year_columns_keep_them(tmp_path):
    result = _build(
        tmp_path,
        [
            ["#", "Project", "Start", "End", "2021, CHF", "2022, CHF", "Total, CHF", "Status"],
            [
                "1",
                "Community policing in eastern Ukraine",
                "2021-01-01",
                "2022-12-31",
                None,
                None,
                1_300_000,
                "ongoing",
            ],
            ["1.1", "Phase I", "2021-01-01", "2021-06-30", 600_000, None, 600_000, "ongoing"],
            ["1.2", "Phase II", "2021-07-01", "2022-12-31", 300_000, 400_000, 700_000, "ongoing"],
        ],
        name="Switzerland_projects.xlsx",
    )
    project = _by_title(result)["Community policing in eastern Ukraine"]
    assert project["yearly_amounts"] == "2021=900000;2022=400000"


def test_a_planned_stage_under_a_project_under_way_is_a_line_of_its_own(tmp_path):
    result = _build(
        tmp_path,
        [
            ["#", "Project", "Start", "End", "Budget, CHF", "Status"],
            ["1", "Community policing in eastern Ukraine", "2020-01-01", "2022-12-31", 2_000_000, "ongoing"],
            ["1.1", "Phase I", "2020-01-01", "2021-06-30", 1_000_000, "ongoing"],
            ["1.2", "Phase II", "2021-07-01", "2022-12-31", 1_000_000, "pipeline (not yet approved)"],
        ],
        name="Switzerland_projects.xlsx",
    )
    projects = _by_title(result)
    assert projects["Community policing in eastern Ukraine"]["amount"] == 1_000_000
    stage = projects["Community policing in eastern Ukraine – Phase II"]
    assert stage["status"] == "planned" and stage["amount"] == 1_000_000
    alloc = result.allocations[result.allocations["year"].eq(2021)]
    assert alloc.loc[alloc["project_id"].eq(stage["project_id"]), "amount_eur"].sum() == 0
    # phase I: 181 of its 547 days in 2021
    want = 1_000_000 * 181 / 547 * UAH_2021["CHF"] / UAH_2021["EUR"]
    assert _eur_2021(result, "Community policing in eastern Ukraine") == pytest.approx(want, rel=1e-6)


def test_a_phase_with_a_subject_is_a_project(tmp_path):
    result = _build(
        tmp_path,
        [
            ["#", "Project", "Beneficiary", "Start", "End", "Budget, EUR"],
            ["1", "Border security programme", "SBGS", "2021-01-01", "2022-12-31", 2_000_000],
            ["1.1", "Phase 1 (mobile patrols)", "SBGS", "2021-01-01", "2021-12-31", 1_000_000],
            [
                "1.2",
                "Phase 2 (thermal cameras for the green border)",
                "SBGS",
                "2022-01-01",
                "2022-12-31",
                1_000_000,
            ],
        ],
        name="EU_projects.xlsx",
    )
    assert "Phase 2 (thermal cameras for the green border)" in _by_title(result)


def test_a_contribution_to_someone_names_who_receives_it(tmp_path):
    result = _build(
        tmp_path,
        [
            ["#", "Project", "Start", "End", "Budget, DKK"],
            ["1", "Rule of law in Ukraine", "2021-01-01", "2021-12-31", 15_000_000],
            ["1.1", "Contribution to UNDP (rule of law programme)", "2021-01-01", "2021-12-31", 9_000_000],
            ["1.2", "Contribution to OSCE PCU", "2021-01-01", "2021-12-31", 6_000_000],
        ],
        name="Denmark_MFA_projects.xlsx",
    )
    assert set(result.projects["partner"]) == {"Denmark"}


def test_quarters_of_a_partners_fiscal_year_starting_in_october(tmp_path):
    result = _build(
        tmp_path,
        [
            ["USAID Ukraine – obligations by quarter of the U.S. fiscal year, USD"],
            ["Project", "Q1 2020-21", "Q2 2020-21", "Q3 2020-21", "Q4 2020-21"],
            ["Cybercrime investigations support", 100_000, 100_000, 100_000, 100_000],
        ],
        name="USAID_quarters.xlsx",
    )
    # the USA's fiscal 2020-21 starts on 1 October 2020: Q1 is October–December 2020, the rest is 2021
    assert (
        _by_title(result)["Cybercrime investigations support"]["yearly_amounts"] == "2020=100000;2021=300000"
    )


def test_a_us_period_of_two_fiscal_years_written_short(tmp_path):
    result = _build(
        tmp_path,
        [["Program", "Period", "Amount (USD)"], ["Patrol police training", "FY21-22", 730_000]],
        name="INL_programs.xlsx",
    )
    project = _by_title(result)["Patrol police training"]
    assert (project["start_date"], project["end_date"]) == ("2020-10-01", "2022-09-30")
    first, last = dt.date(2020, 10, 1), dt.date(2022, 9, 30)
    assert (last - first).days + 1 == 730


# ---------------------------------------------------------------- a second review: the rules of sets AK and AM
def _csv(tmp_path, text: str, name: str):
    raw = tmp_path / "raw"
    raw.mkdir(parents=True)
    (raw / name).write_text(text, encoding="utf-8")
    return build(raw, tmp_path / "out", year=2021)


def test_a_currency_alone_over_a_totals_row_or_another_project_is_not_continued(tmp_path):
    result = _build(
        tmp_path,
        [
            ["№", "Project", "Period", "Budget"],
            [1, "Police radios", "01.01.2021 – 31.12.2021", "EUR 300 000"],
            [2, "Border boats", "01.01.2021 – 31.12.2021", "EUR"],
            [None, "Thermal cameras for the SBGS", "01.01.2021 – 31.12.2021", "EUR 350 000"],
            [None, "TOTAL", None, "EUR 900 000"],
        ],
        name="EU_projects.xlsx",
    )
    projects = _by_title(result)
    assert sorted(projects) == ["Border boats", "Police radios", "Thermal cameras for the SBGS"]
    assert pd_isna(projects["Border boats"]["amount"])
    assert projects["Thermal cameras for the SBGS"]["amount"] == 350_000


def test_a_grand_total_column_outside_a_pivot_names_no_amount(tmp_path):
    result = _build(
        tmp_path,
        [
            [
                "Project",
                "Start",
                "End",
                "EU contribution (EUR)",
                "National co-financing (EUR)",
                "Grand total (EUR)",
            ],
            ["Border surveillance", "2021-01-01", "2021-12-31", 900_000, 100_000, 1_000_000],
        ],
        name="EU_projects.xlsx",
    )
    assert _by_title(result)["Border surveillance"]["amount"] == 900_000


def test_a_note_naming_the_agreements_currency_and_the_converted_one_gives_neither(tmp_path):
    result = _build(
        tmp_path,
        [
            ["Project", "Start", "End", "Budget"],
            ["Fire engines for the SESU", "2021-01-01", "2021-12-31", 1_500_000],
            [],
            ["Currency: JPY in the exchange of notes; amounts here converted to EUR at the NBU rate"],
        ],
        name="Japan_projects.xlsx",
    )
    assert _by_title(result)["Fire engines for the SESU"]["currency"] != "JPY"


def test_start_and_finish_times_of_a_planning_tool_are_the_projects_dates(tmp_path):
    result = _build(
        tmp_path,
        [
            ["Task", "Start", "End", "Cost, EUR"],
            ["Patrol police body cameras", "01.07.2021 08:00", "30.06.2022 17:00", 340_000],
        ],
        name="EU_schedule.xlsx",
    )
    project = _by_title(result)["Patrol police body cameras"]
    assert (project["start_date"], project["end_date"]) == ("2021-07-01", "2022-06-30")


def test_a_parent_that_ended_before_its_part_began_is_an_earlier_phase(tmp_path):
    result = _csv(
        tmp_path,
        "ID,Title,Parent ID,Start,End,Budget (CHF)\n"
        "1,Police reform support phase 1,,2019-01-01,2021-06-30,2000000\n"
        "2,Police reform support phase 2,1,2021-07-01,2023-06-30,3000000\n",
        "Switzerland_projects.csv",
    )
    assert len(result.projects) == 2 and sorted(result.projects["amount"]) == [2_000_000, 3_000_000]


def test_a_co_funders_share_beside_a_partners_own_contribution_is_not_taken_from_it(tmp_path):
    result = _csv(
        tmp_path,
        "Project,Start,End,EU contribution (EUR),Co-funding partner,Co-funding share\n"
        "Border crossing points,2021-01-01,2021-12-31,750000,Poland,25%\n",
        "EU_projects.csv",
    )
    assert list(result.projects["partner"]) == ["EU"] and list(result.projects["amount"]) == [750_000]
    assert result.issues["message"].str.contains("the co-funder's part is not counted").any()


def test_a_databases_own_status_column_is_read(tmp_path):
    result = _csv(
        tmp_path,
        "_id,title,_start_date,_end_date,budget_eur,_status\n"
        "1,Police dialogue training,2021-01-01,2021-12-31,300000,ongoing\n"
        "2,Gender-based violence response units,2021-01-01,2022-12-31,500000,cancelled\n",
        "OSCE_export.csv",
    )
    assert _by_title(result)["Gender-based violence response units"]["status"] == "cancelled"


def test_a_total_of_all_pages_ends_the_table(tmp_path):
    result = _build(
        tmp_path,
        [
            ["Project", "Start", "End", "Budget, CAD"],
            ["Police training", "2021-01-01", "2021-12-31", 1_000_000],
            ["TOTAL (all pages)", None, None, 1_000_000],
            ["2021", None, None, 1_000_000],
        ],
        name="Canada_projects.xlsx",
    )
    assert list(_by_title(result)) == ["Police training"]
