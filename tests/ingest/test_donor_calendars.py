"""Money on the donor's own calendar: a period written as fiscal years ("FY2021/22", "FY21/22 – FY22/23"), read by
the partner's fiscal year (``partners.csv``, ``fiscal_year``), and a title line giving the currency after a long
phrase ("Budgets by UK financial year (1 April – 31 March), GBP")."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook

from mtd_analysis.build import build


def _build(tmp_path, rows: list[list], name: str):
    raw = tmp_path / "raw"
    raw.mkdir(parents=True)
    wb = Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(raw / name)
    return build(raw, tmp_path / "out", year=2021)


def _by_title(result) -> dict[str, dict]:
    return {r["title"]: r for r in result.projects.to_dict("records")}


#: NBU official annual mean rates for 2021, UAH per unit (the shipped table's figures)
UAH_2021 = {"EUR": 32.3009, "USD": 27.2835, "GBP": 37.5407, "JPY": 0.2489, "CAD": 21.7616}


def _amount_2021(result, title: str) -> float:
    """The project's 2021 funding in its own currency (EUR back at the 2021 rates)."""
    project = _by_title(result)[title]
    alloc = result.allocations
    eur = alloc.loc[
        alloc["project_id"].eq(project["project_id"]) & alloc["year"].eq(2021), "amount_eur"
    ].sum()
    return eur * UAH_2021["EUR"] / UAH_2021[project["currency"]]


def test_a_period_of_fiscal_years_is_the_partners_fiscal_years(tmp_path):
    result = _build(
        tmp_path,
        [
            ["Project", "Period", "Budget, GBP"],
            ["Drug crime investigations mentoring", "FY2021/22", 365_000],
            ["Anti-trafficking hotline", "FY21/22 – FY22/23", 730_000],
            ["Police custody records", "FY2020-21", 365_000],
        ],
        name="UK_FCDO_projects.xlsx",
    )
    projects = _by_title(result)
    # the UK's fiscal year runs 1 April to 31 March: FY2021/22 = 01.04.2021–31.03.2022
    mentoring = projects["Drug crime investigations mentoring"]
    assert (mentoring["start_date"], mentoring["end_date"]) == ("2021-04-01", "2022-03-31")
    hotline = projects["Anti-trafficking hotline"]
    assert (hotline["start_date"], hotline["end_date"]) == ("2021-04-01", "2023-03-31")
    custody = projects["Police custody records"]
    assert (custody["start_date"], custody["end_date"]) == ("2020-04-01", "2021-03-31")
    # 275 of the 365 days of FY2021/22 fall in 2021; 90 of FY2020/21's
    days = (dt.date(2022, 3, 31) - dt.date(2021, 4, 1)).days + 1
    assert _amount_2021(result, "Drug crime investigations mentoring") == pytest.approx(
        365_000 * 275 / days, abs=0.01
    )
    assert _amount_2021(result, "Police custody records") == pytest.approx(365_000 * 90 / 365, abs=0.01)
    said = result.issues["message"]
    assert said.str.contains("the period 'FY2021/22' is UK's fiscal year: 01.04.2021–31.03.2022").any()
    assert not (result.issues["severity"].eq("error")).any()


def test_a_us_fiscal_year_in_a_period_cell_runs_october_to_september(tmp_path):
    result = _build(
        tmp_path,
        [
            ["Program", "Period of performance", "Amount (USD)"],
            ["K-9 units for drug interdiction", "FY2021", 730_000],
        ],
        name="INL_programs.xlsx",
    )
    k9 = _by_title(result)["K-9 units for drug interdiction"]
    assert (k9["start_date"], k9["end_date"]) == ("2020-10-01", "2021-09-30")
    assert _amount_2021(result, "K-9 units for drug interdiction") == pytest.approx(
        730_000 * 273 / 365, abs=0.01
    )


def test_a_split_fiscal_year_of_a_partner_whose_year_is_not_known_is_april_to_march_and_said(tmp_path):
    result = _build(
        tmp_path,
        [["Project", "Period", "Budget, EUR"], ["Border surveillance drones", "FY2021/22", 100_000]],
        name="EU_projects.xlsx",
    )
    drones = _by_title(result)["Border surveillance drones"]
    assert (drones["start_date"], drones["end_date"]) == ("2021-04-01", "2022-03-31")
    warned = result.issues[result.issues["severity"].eq("warning")]["message"]
    assert warned.str.contains("read as April to March").any()


def test_a_fiscal_year_alone_of_a_partner_whose_year_is_not_known_stays_an_error(tmp_path):
    result = _build(
        tmp_path,
        [["Project", "Period", "Budget, EUR"], ["Border surveillance drones", "FY2021", 100_000]],
        name="WHO_projects.xlsx",  # partners.csv gives no fiscal year of WHO's (the EU's is the calendar year)
    )
    errors = result.issues[result.issues["severity"].eq("error")]["message"]
    assert errors.str.contains("FY2021").any()
    assert _amount_2021(result, "Border surveillance drones") == 0


def test_a_title_line_gives_the_currency_after_a_long_phrase(tmp_path):
    result = _build(
        tmp_path,
        [
            ["UK Government (FCDO) – projects with the MIA, May 2021"],
            ["Budgets by UK financial year (1 April – 31 March), GBP"],
            ["Project title", "Beneficiary", "Status", "FY2020/21", "FY2021/22", "Total"],
            ["Green border surveillance training", "SBGS", "ongoing", 100_000, 365_000, 465_000],
        ],
        name="UK_projects.xlsx",
    )
    project = _by_title(result)["Green border surveillance training"]
    assert project["currency"] == "GBP"
    # FY2020/21: 90 of 365 days in 2021; FY2021/22: 275 of 365
    assert _amount_2021(result, "Green border surveillance training") == pytest.approx(
        100_000 * 90 / 365 + 365_000 * 275 / 365, abs=0.01
    )


def test_a_split_year_of_a_partner_with_a_fiscal_year_is_read_as_calendar_years_and_warned(tmp_path):
    result = _build(
        tmp_path,
        [["Project", "Period", "Budget, GBP"], ["Police custody records", "2021-22", 730_000]],
        name="UK_projects.xlsx",
    )
    custody = _by_title(result)["Police custody records"]
    assert (custody["start_date"], custody["end_date"]) == ("2021-01-01", "2022-12-31")
    warned = result.issues[result.issues["severity"].eq("warning")]["message"]
    assert warned.str.contains(
        r"if it is UK's fiscal year \(01.04.2021–31.03.2022\), write 'FY2021/22'"
    ).any()


def test_a_split_year_of_a_partner_on_the_calendar_year_is_not_warned(tmp_path):
    result = _build(
        tmp_path,
        [["Project", "Period", "Budget, EUR"], ["Police custody records", "2021-22", 730_000]],
        name="EU_projects.xlsx",
    )
    assert not result.issues["message"].str.contains("fiscal year").any()


def _build_wb(tmp_path, rows: list[list], name: str, merged: tuple[str, ...] = ()):
    raw = tmp_path / "raw"
    raw.mkdir(parents=True)
    wb = Workbook()
    for row in rows:
        wb.active.append(row)
    for cells in merged:
        wb.active.merge_cells(cells)
    wb.save(raw / name)
    return build(raw, tmp_path / "out", year=2021)


def test_fiscal_year_columns_of_any_money_word_in_thousands_said_in_the_title(tmp_path):
    result = _build(
        tmp_path,
        [
            ["British Embassy Kyiv – CSSF: projects with MIA agencies | all figures £000"],
            [
                "No.",
                "Project title",
                "FY2019/20 outturn",
                "FY2020/21 outturn",
                "FY2021/22 allocation",
                "FY22/23 indicative",
            ],
            [1, "Community policing in eastern Ukraine", None, 420, 510, 380],
        ],
        name="UK_CSSF_projects.xlsx",
    )
    # FY2020/21: 90 of its 365 days in 2021; FY2021/22: 275 of 365 (the UK's year runs April to March)
    want = 420_000 * 90 / 365 + 510_000 * 275 / 365
    assert _amount_2021(result, "Community policing in eastern Ukraine") == pytest.approx(want, abs=0.01)
    assert _by_title(result)["Community policing in eastern Ukraine"]["amount"] == pytest.approx(1_310_000)


def test_japans_fiscal_years_under_a_money_group_in_millions_with_a_footnote_mark(tmp_path):
    result = _build_wb(
        tmp_path,
        [
            ["Embassy of Japan in Ukraine"],
            ["No.", "Project", "Amount by Japanese fiscal year (JPY million)", None, "Status"],
            [None, None, "JFY2020\n(2020年度)", "JFY2021\n(2021年度)", None],
            [1, "Border surveillance on the Ukraine–Belarus border", 310, "290.0*", "Ongoing"],
        ],
        name="Japan_Embassy_assistance.xlsx",
        merged=("C2:D2", "A2:A3", "B2:B3", "E2:E3"),
    )
    # Japan's fiscal year runs April to March and is named by its start: JFY2020 has 90 days in 2021, JFY2021 275
    want = 310e6 * 90 / 365 + 290e6 * 275 / 365
    assert _amount_2021(result, "Border surveillance on the Ukraine–Belarus border") == pytest.approx(
        want, rel=1e-9
    )


def test_a_schedule_of_payments_is_one_project_its_years_the_payments_dated_in_them(tmp_path):
    result = _build_wb(
        tmp_path,
        [
            ["Графік виплат траншів, євро"],
            [
                "№",
                "Назва проекту",
                "Період реалізації",
                "Бюджет ЄС, євро",
                "Статус",
                "№ траншу",
                "Дата виплати",
                "Сума траншу, євро",
                "Стан траншу",
            ],
            [
                1,
                "Протидія торгівлі людьми",
                "01.07.2021 – 30.06.2023",
                1_500_000,
                "триває",
                1,
                dt.datetime(2021, 7, 12),
                600_000,
                "сплачено",
            ],
            [None, None, None, None, None, 2, "20.12.2021", 450_000, "заплановано"],
            [None, None, None, None, None, 3, dt.datetime(2022, 9, 15), 450_000, "заплановано"],
            [
                2,
                "Модернізація пунктів пропуску",
                "01.11.2021 – 31.10.2024",
                None,
                "підписано",
                1,
                "30.11.2021",
                3_000_000,
                "заплановано",
            ],
            [None, None, None, None, None, 2, "30.11.2022", 4_000_000, "заплановано"],
        ],
        name="EU_tranches.xlsx",
        merged=("A3:A5", "B3:B5", "C3:C5", "D3:D5", "E3:E5", "A6:A7", "B6:B7", "C6:C7", "E6:E7"),
    )
    projects = _by_title(result)
    assert len(projects) == 2  # a project per title, not per tranche
    trafficking = projects["Протидія торгівлі людьми"]
    assert trafficking["amount"] == 1_500_000  # the project's own amount
    assert trafficking["yearly_amounts"] == "2021=1050000;2022=450000"  # two payments dated 2021
    assert (trafficking["start_date"], trafficking["end_date"]) == ("2021-07-01", "2023-06-30")
    assert "amount_row4=H4" in trafficking["source_cells"]
    crossing = projects["Модернізація пунктів пропуску"]
    assert crossing["amount"] == 7_000_000 and crossing["yearly_amounts"] == "2021=3000000;2022=4000000"
    assert _amount_2021(result, "Протидія торгівлі людьми") == pytest.approx(1_050_000, abs=0.01)
    said = result.issues["message"]
    assert said.str.contains("payments of project 'Протидія торгівлі людьми'").any()
    assert not said.str.contains("reads like a status").any()  # a payment's state is no remark on the project
    entry = result.manifest["files"][0]
    assert entry["rows_read"] == entry["rows_loaded"] + entry["rows_rejected"] + entry["rows_skipped"]


def test_a_payment_date_beside_a_projects_amount_alone_is_its_start_as_before(tmp_path):
    result = _build(
        tmp_path,
        [["Project", "Payment date", "Amount, EUR"], ["Police radios", "2021-03-01", 100_000]],
        name="EU_list.xlsx",
    )
    assert _by_title(result)["Police radios"]["start_date"] == "2021-03-01"


def test_stages_of_a_project_are_its_money_over_their_dates_not_projects(tmp_path):
    result = _build(
        tmp_path,
        [
            ["№", "Проект / фаза", "Получатель", "Начало", "Окончание", "Бюджет, CHF", "Статус"],
            [
                1,
                "Поддержка реформы полиции: общественно ориентированная полицейская деятельность",
                "НПУ",
                "01.07.2018",
                "30.06.2025",
                12_000_000,
                "Реализуется",
            ],
            ["1.1", "   Фаза I", None, "01.07.2018", "30.06.2021", 2_400_000, "завершена"],
            ["1.2", "   Фаза II", None, "01.07.2021", "30.06.2025", 9_600_000, "утверждена"],
        ],
        name="Switzerland_SDC_projects.xlsx",
    )
    projects = _by_title(result)
    assert list(projects) == [
        "Поддержка реформы полиции: общественно ориентированная полицейская деятельность"
    ]
    project = next(iter(projects.values()))
    assert project["amount"] == 12_000_000 and project["status"] == "ongoing"
    # phase I: 181 of its 1096 days in 2021; phase II: 184 of its 1461 days
    want = 2_400_000 * 181 / 1096 + 9_600_000 * 184 / 1461
    years = dict(part.split("=") for part in project["yearly_amounts"].split(";"))
    assert float(years["2021"]) == pytest.approx(want, abs=0.02)
    assert "amount_row3=F3" in project["source_cells"] and "amount_row4=F4" in project["source_cells"]
    assert result.issues["message"].str.contains("rows 3, 4 are the stages of project").any()
    alloc = result.allocations
    assert set(alloc.loc[alloc["project_id"].eq(project["project_id"]), "priority_code"]) == {
        "COMMUNITY_POLICING"
    }


def test_funders_lines_under_a_project_are_a_project_line_per_funder(tmp_path):
    result = _build(
        tmp_path,
        [
            ["#", "Project", "Implementer", "Duration", "2021", "2022", "Total commitment", "Status"],
            [
                4,
                "Prevention of trafficking in human beings",
                "GIZ",
                "01/2021 – 12/2022",
                None,
                None,
                1_800_000,
                "ongoing",
            ],
            [
                None,
                "   – German contribution (Federal Foreign Office)",
                None,
                None,
                350_000,
                350_000,
                700_000,
                None,
            ],
            [
                None,
                "   – EU co-financing (delegated cooperation)",
                None,
                None,
                500_000,
                600_000,
                1_100_000,
                None,
            ],
        ],
        name="Germany_FFO_commitments.xlsx",
    )
    lines = result.projects.set_index("partner")
    assert sorted(lines.index) == ["EU", "Germany"]
    assert set(lines["title"]) == {"Prevention of trafficking in human beings"}
    assert lines.loc["Germany", "yearly_amounts"] == "2021=350000;2022=350000"
    assert lines.loc["EU", "amount"] == 1_100_000 and lines.loc["EU", "status"] == "ongoing"
    assert lines.loc["EU", "start_date"] == "2021-01-01"
    assert "partner=B4" in lines.loc["EU", "source_cells"] and "title=B2" in lines.loc["EU", "source_cells"]


def test_quarters_of_fiscal_years_and_the_currency_named_in_the_title(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "Canada_payment_plan.csv").write_text(
        "Payment plan by Government of Canada fiscal quarter, Canadian dollars (CAD)\n\n"
        "Project title;Status;2020-21 Q4;2021-22 Q1;2021-22 Q2;2021-22 Q3;2021-22 Q4;Total\n"
        "Asylum system support;Active;80,000.00;90,000.00;90,000.00;90,000.00;90,000.00;440,000.00\n",
        encoding="utf-8",
    )
    result = build(raw, tmp_path / "out", year=2021)
    project = _by_title(result)["Asylum system support"]
    assert project["currency"] == "CAD"
    # 2020-21 Q4 is January–March 2021; 2021-22 Q4 is January–March 2022
    assert project["yearly_amounts"] == "2021=350000;2022=90000"
    said = result.issues["message"]
    assert said.str.contains("read as quarters of Canada's fiscal year").any()
    assert said.str.contains("the title rows name one currency, CAD").any()


def test_an_amount_not_fixed_yet_in_words(tmp_path):
    result = _build_wb(
        tmp_path,
        [
            ["Project", "Duration", "2021", "2022", "Total commitment, EUR", "Status"],
            [
                "Drug precursor control",
                "10/2021 – 09/2023",
                "annual breakdown to be agreed",
                None,
                1_200_000,
                "signed",
            ],
            ["Flood response equipment", "2021", None, None, "to be agreed", "pipeline"],
        ],
        name="Germany_FFO.xlsx",
        merged=("C2:D2",),
    )
    # no breakdown yet: the total over the project's days (92 of 730 in 2021)
    assert _amount_2021(result, "Drug precursor control") == pytest.approx(1_200_000 * 92 / 730, abs=0.01)
    assert not result.issues["severity"].eq("error").any()
    warned = result.issues[result.issues["severity"].eq("warning")]["message"]
    assert warned.str.contains("'to be agreed' says the amount is not fixed yet").any()
    assert warned.str.contains("'annual breakdown to be agreed' says the amount is not fixed yet").any()
