"""Where the reading rules of blind sets AK and AL must not reach (a review wrote files to tempt each one): a
denied unit or currency, payments in another currency, two money series of one fiscal year, stages with a status or
a subject of their own, a dollar sign alone, contributions given to someone, and payment columns that are no
schedule."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from openpyxl import Workbook

from mtd_analysis.build import build

D = dt.datetime
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


# ------------------------------------------------------------------ a review of blind sets AN and AO's rules


@pytest.mark.parametrize(
    "cell",
    [
        "3 600 000 (уточнено 15.03.2021)",
        "2 000 000 (updated 03.2021)",
        "1 000 000 (оновлено 01.06)",
        "600 000 (уточнено 1.06.21)",
    ],
)
def test_a_date_beside_an_amount_is_no_corrected_sum(cell):
    from mtd_analysis.ingest.values import parse_amount

    figure = float(cell.split(" (")[0].replace(" ", ""))
    assert parse_amount(cell).value == figure  # the amount, the date a remark (was: the date read as the sum)


def test_new_funding_beside_an_amount_is_no_correction():
    from mtd_analysis.ingest.values import ValueProblem, parse_amount

    with pytest.raises(ValueProblem):
        parse_amount("1 200 000 (new: 200 000)")  # an addition or a correction: not for the tool to guess


def test_a_units_row_about_the_rows_above_or_a_part_reaches_no_row_below(tmp_path):
    rows = [
        ["Project", "Donor", "Start", "End", "Amount"],
        ["Mine action", "Norway", D(2021, 1, 1), D(2021, 12, 31), 12_000],
        ["Norway – amounts above in NOK thousand"],
        ["Border dogs", "Sweden", D(2021, 1, 1), D(2021, 12, 31), 6_500_000],
        ["Amounts below exclude UAH co-financing by the MIA"],
        ["Fire safety", "Denmark", D(2021, 1, 1), D(2021, 12, 31), 3_000_000],
        ["Projects disbursed in full"],
        ["Patrol cars", "Denmark", D(2021, 1, 1), D(2021, 12, 31), 800_000],
    ]
    amounts = {t: r["amount"] for t, r in _by_title(_build(tmp_path, rows, "nordic.xlsx")).items()}
    assert amounts == {
        "Mine action": 12_000,
        "Border dogs": 6_500_000,
        "Fire safety": 3_000_000,
        "Patrol cars": 800_000,
    }


@pytest.mark.parametrize(
    "remark",
    [
        "Conference cancelled (COVID-19)",
        "Workshop cancelled due to quarantine, moved online",
        "Навчання скасовано через карантин, проведено онлайн",
        "Скасовано поїздку до Данії",
        "Procurement cancelled 15.04.2021, re-launched in June",
    ],
)
def test_a_part_of_a_project_cancelled_leaves_the_project_under_way(tmp_path, remark):
    rows = [
        ["Project", "Start", "End", "Amount, EUR", "Status", "Remarks"],
        ["Police academy", D(2021, 1, 1), D(2021, 12, 31), 100_000, "Ongoing", remark],
    ]
    assert _by_title(_build(tmp_path, rows, "giz.xlsx"))["Police academy"]["status"] == "ongoing"


@pytest.mark.parametrize(
    "remark",
    [
        "MoU signed 12.03.2021; financing agreement to follow",
        "Concept note signed 12.03.2021",
        "Signed 15.06.2021 (MoU only)",
        "Підписано меморандум 12.03.2021",
    ],
)
def test_a_memorandum_or_a_concept_signed_commits_nothing(tmp_path, remark):
    rows = [
        ["Project", "Start", "End", "Amount, EUR", "Status", "Remarks"],
        ["Darknet unit", D(2021, 1, 1), D(2021, 12, 31), 100_000, "Planned", remark],
    ]
    assert _by_title(_build(tmp_path, rows, "giz.xlsx"))["Darknet unit"]["status"] == "planned"


def test_a_column_up_to_the_year_beside_that_years_own_column_is_the_years_before(tmp_path):
    rows = [
        ["Назва проєкту", "Початок", "Кінець", "Бюджет, USD", "до 2021 р.", "2021", "2022"],
        ["Рятувальна техніка", D(2019, 1, 1), D(2022, 12, 31), 4_000_000, 2_500_000, 1_000_000, 500_000],
    ]
    project = _by_title(_build(tmp_path, rows, "japan.xlsx"))["Рятувальна техніка"]
    assert project["yearly_amounts"] == "2020=2500000;2021=1000000;2022=500000"


def test_a_revised_column_in_another_unit_reads_the_original_in_its_own(tmp_path):
    rows = [
        ["Project", "Start", "End", "Total, SEK", "2021, SEK thousand", "2021 (revised), SEK"],
        ["Border reform", D(2021, 1, 1), D(2021, 12, 31), 8_000_000, 8_000, None],
    ]
    assert _by_title(_build(tmp_path, rows, "sida.xlsx"))["Border reform"]["yearly_amounts"] == "2021=8000000"


def test_handed_over_is_no_move_and_a_generic_title_twice_on_one_sheet_stays_twice(tmp_path):
    rows = [
        ["Назва", "Бенефіціар", "Початок", "Кінець", "Сума, USD", "Статус"],
        ["Закупівля тепловізорів", "ДПСУ", D(2021, 1, 1), D(2021, 12, 31), 500_000, "Передано"],
        ["Закупівля тепловізорів", "НГУ", D(2021, 1, 1), D(2021, 12, 31), 300_000, "Реалізується"],
        ["Службові собаки", "ДПСУ", D(2021, 1, 1), D(2021, 12, 31), 100_000, "Moved"],
        ["Службові собаки", "НГУ", D(2021, 1, 1), D(2021, 12, 31), 200_000, "Реалізується"],
    ]
    result = _build(tmp_path, rows, "japan.xlsx")
    assert sorted(result.projects["amount"]) == [
        100_000,
        200_000,
        300_000,
        500_000,
    ]  # "moved" only to another sheet


def test_drafts_called_project_stay_planned():
    from mtd_analysis.ingest.values import parse_status

    assert [
        parse_status(t) for t in ("Проєкт на етапі розробки", "Проєкт угоди", "проєкт, пошук фінансування")
    ] == ["planned"] * 3


def test_a_component_naming_its_own_years_and_a_declared_priority_take_nothing_from_the_programme(tmp_path):
    rows = [
        ["No.", "Project title", "Priority", "Period", "Status", "Budget, EUR"],
        [1, "Border programme", "BORDER_SECURITY", "2020–2023", "Ongoing", 3_000_000],
        [None, "   Component 1 – Community policing in Donetsk oblast", None, None, None, 2_000_000],
        [None, "   Component 2 – Phase II (2022–2023): migration data", None, None, None, 1_000_000],
    ]
    projects = _by_title(_build(tmp_path, rows, "eu.xlsx"))
    first, second = (projects[k] for k in sorted(projects))
    assert pd.isna(first["declared_priority"]) and first["status"] == "ongoing"
    assert pd.isna(second["start_date"]) and pd.isna(second["status"])


def test_a_legend_is_its_lines_under_its_heading_not_section_headings_of_one_colour(tmp_path):
    from openpyxl.styles import PatternFill

    raw = tmp_path / "raw"
    raw.mkdir()
    wb = Workbook()
    ws = wb.active
    for row in [
        ["Swiss projects"],
        ["Legend: * co-funded"],
        ["Project", "Start", "End", "Amount, CHF"],
        ["Ongoing"],
        ["Mine action", D(2021, 1, 1), D(2021, 12, 31), 100_000],
        ["Pipeline"],
        ["Rescue boats", D(2021, 1, 1), D(2021, 12, 31), 200_000],
    ]:
        ws.append(row)
    blue = PatternFill("solid", fgColor="BDD7EE")
    for number in (4, 5, 6):
        for col in range(1, 5):
            ws.cell(number, col).fill = blue
    wb.save(raw / "switzerland.xlsx")
    result = build(raw, tmp_path / "out", year=2021)
    statuses = dict(zip(result.projects["title"], result.projects["status"], strict=True))
    assert statuses == {
        "Mine action": "ongoing",
        "Rescue boats": "planned",
    }  # from the headings, not the fills


def test_donors_with_years_or_sums_not_the_amount_do_not_split_it(tmp_path):
    rows = [
        ["Project", "Donor", "Start", "End", "USAID contribution, USD"],
        ["Hotline", "Canada – 2021, Norway – 2022", D(2021, 1, 1), D(2021, 12, 31), 400_000],
        ["E-services", "USAID: 2 000 000; UK: 500 000", D(2021, 1, 1), D(2021, 12, 31), 2_000_000],
    ]
    result = _build(tmp_path, rows, "usaid.xlsx")
    assert len(result.projects) == 2  # nothing split
    assert _by_title(result)["E-services"]["partner"] == "USAID"


def test_a_share_of_the_government_of_ukraine_is_said(tmp_path):
    rows = [
        ["Project", "Donor", "Start", "End", "Amount, EUR"],
        [
            "Human rights training",
            "EU 80 %, Government of Ukraine 20 %",
            D(2021, 1, 1),
            D(2021, 12, 31),
            500_000,
        ],
    ]
    result = _build(tmp_path, rows, "coe.xlsx")
    assert result.issues["message"].str.contains("gives shares this tool cannot split").any()


# ------------------------------------------------------------------ a review of blind sets AP and AQ's rules


def test_co_financing_columns_beside_the_donors_own_amount_are_no_donors_parts(tmp_path):
    rows = [
        [
            "Project",
            "Start",
            "End",
            "EU contribution, EUR",
            "Co-financing – Germany",
            "Co-financing – Sweden",
        ],
        ["Border surveillance", D(2021, 1, 1), D(2021, 12, 31), 8_000_000, 2_000_000, 1_000_000],
    ]
    result = _build(tmp_path, rows, "eu.xlsx")
    assert list(zip(result.projects["partner"], result.projects["amount"], strict=True)) == [
        ("EU", 8_000_000)
    ]


@pytest.mark.parametrize(
    ("values", "what"),
    [((2018, 2019, 2020), "years"), ((1, 0, 1), "marks"), ((120, 45, 300), "counts of people")],
)
def test_donor_named_columns_of_years_marks_or_counts_split_nothing(tmp_path, values, what):
    rows = [["Project", "Start", "End", "Total, EUR", "USA", "Germany", "EU"]]
    rows += [
        [f"Project {i}", D(2021, 1, 1), D(2021, 12, 31), 500_000 * (i + 1), v, v, v]
        for i, v in enumerate(values)
    ]
    result = _build(tmp_path, rows, "japan.xlsx")
    assert len(result.projects) == 3 and set(result.projects["partner"]) == {"Japan"}, what


def test_donor_columns_in_different_currencies_split_nothing(tmp_path):
    rows = [
        ["Project", "Start", "End", "Japan, JPY", "EU, EUR", "Total, USD"],
        ["Disinfection", D(2021, 1, 1), D(2021, 12, 31), 110_000_000, 800_000, 1_950_000],
    ]
    result = _build(tmp_path, rows, "undp.xlsx")
    assert len(result.projects) == 1


def test_the_donor_named_inside_an_implementers_brackets():
    from mtd_analysis.ingest.partners import canonical_partner

    assert [
        canonical_partner(t)
        for t in (
            "ПРООН (донор – Японія)",
            "ОБСЄ (позабюджетні внески – Німеччина)",
            "UNODC (funding source – Sweden)",
            "Funded by the implementer – IOM Development Fund",
        )
    ] == ["Japan", "Germany", "Sweden", "IOM"]


def test_a_ukrainian_department_of_state_service_is_no_us_department(tmp_path):
    from mtd_analysis.ingest.partners import canonical_partner

    assert canonical_partner("Department of State Migration Service in Odesa Oblast") != "USA"
    assert canonical_partner("Department of State Emergency Service of Ukraine in Lviv Oblast") != "USA"


def test_a_percentage_of_work_done_under_a_years_column_is_no_money(tmp_path):
    rows = [
        ["Project", "Start", "End", "Total budget, NOK", "2021 (% completed)"],
        ["Mine action", D(2019, 1, 1), D(2021, 12, 31), 30_000_000, "100%"],
    ]
    project = _by_title(_build(tmp_path, rows, "norway.xlsx"))["Mine action"]
    assert pd.isna(project["yearly_amounts"])  # the total, spread over its three years by days


# ------------------------------------------------------------------ a review of the last rules (funders' lines, year cells)


@pytest.mark.parametrize(
    "cell",
    [
        "2020: 120 persons; 2021: 300 persons; 2022: 400 persons",
        "2020: Q3; 2021: Q4",
        "2020: 5 000 km; 2021: 7 500 km",
    ],
)
def test_years_of_counts_targets_or_milestones_in_one_cell_are_no_money(tmp_path, cell):
    rows = [
        ["Project title", "Start", "End", "Budget, EUR", "By year"],
        ["Patrol training", D(2020, 1, 1), D(2022, 12, 31), 900_000, cell],
        ["Border vehicles", D(2020, 1, 1), D(2022, 12, 31), 600_000, cell],
    ]
    result = _build(tmp_path, rows, "eu.xlsx")
    assert result.projects["yearly_amounts"].isna().all() and result.projects["amount"].tolist() == [
        900_000,
        600_000,
    ]


def test_a_summary_by_donor_under_the_table_adds_no_funders_lines(tmp_path):
    rows = [
        ["Project title", "Donor", "Amount, EUR", "Start", "End"],
        ["Police stations", "EU", 400_000, D(2021, 1, 1), D(2021, 12, 31)],
        ["Border dogs", "Denmark", 600_000, D(2021, 1, 1), D(2021, 12, 31)],
        ["Cyber police training", "Canada", 200_000, D(2021, 1, 1), D(2021, 12, 31)],
        [None, "EU", 400_000, None, None],
        [None, "Denmark", 600_000, None, None],
        [None, "Canada", 200_000, None, None],
    ]
    result = _build(tmp_path, rows, "matrix.xlsx")
    assert sorted(result.projects["amount"]) == [200_000, 400_000, 600_000]


def test_a_share_of_people_is_no_share_of_the_money(tmp_path):
    rows = [
        ["Project", "Start", "End", "Amount, EUR", "Remarks"],
        [
            "Police training",
            D(2021, 1, 1),
            D(2021, 12, 31),
            1_000_000,
            "of which MIA system: 30% of trainees",
        ],
    ]
    result = _build(tmp_path, rows, "sweden.xlsx")
    assert result.allocations.loc[result.allocations["year"].eq(2021), "amount_eur"].sum() == 1_000_000


def test_donor_named_columns_of_people_trained_split_nothing(tmp_path):
    rows = [
        ["Project", "Start", "End", "Amount, EUR", "EU (persons trained)", "Denmark (persons trained)"],
        ["Police training", D(2021, 1, 1), D(2021, 12, 31), 900_000, 1_200, 1_500],
        ["Border training", D(2021, 1, 1), D(2021, 12, 31), 600_000, 2_000, 3_000],
    ]
    result = _build(tmp_path, rows, "undp.xlsx")
    assert set(result.projects["partner"]) == {"UNDP"} and len(result.projects) == 2
