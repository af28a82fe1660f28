"""Money that changed after it was first written: ledgers of amendments, addenda, change sheets, top-ups (blind set BN).

Every expected figure is worked out by hand here, from the rows as written.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mtd_analysis.build import build
from mtd_analysis.ingest.columns import match_field


def _days_in_2021(start: dt.date, end: dt.date) -> int:
    first, last = max(start, dt.date(2021, 1, 1)), min(end, dt.date(2021, 12, 31))
    return max(0, (last - first).days + 1)


def _spread_2021(total: float, start: dt.date, end: dt.date) -> float:
    return total * _days_in_2021(start, end) / ((end - start).days + 1)


def _built(tmp_path, name: str, text: str, encoding: str = "utf-8"):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / name).write_bytes(text.encode(encoding))
    return build(raw, tmp_path / "out", year=2021)


def _by_title(result):
    return result.projects.set_index("title")


LEDGER = """INL - Ukraine program;;;;;;;;
Ledger of funding actions, calendar year 2021 - amounts are funds for 2021, USD;;;;;;;;
;;;;;;;;
Line;Project code;Project title;Beneficiary;Action;Action date;Amount for 2021 (USD);Project status;Comment
1;INL-101;Police capacity to investigate synthetic drug trafficking;NPU;Original obligation;01/15/2021;1,200,000;Ongoing;
2;INL-102;Community policing in Donetsk oblast;NPU;Original obligation;01/20/2021;800,000;Ongoing;
3;INL-103;Mobile surveillance equipment for SBGS units;SBGS;Original obligation;01/28/2021;2,000,000;Ongoing;
4;INL-104;K9 drug detection teams for the Odesa seaport;NPU;Original obligation;02/03/2021;300,000;Ongoing;
5;INL-103;;;Amendment 1 - reduction;02/25/2021;-250,000;;part procured under other funds
6;INL-101;;;Amendment 1 - top-up;03/02/2021;+150,000;;additional lab kits
7;INL-102;;;Amendment 1 - reduction;03/18/2021;(80,000);;activities postponed
8;INL-104;;;De-obligation;03/30/2021;(300,000);Cancelled;project cancelled before start
9;INL-103;;;Amendment 2 - top-up;04/06/2021;+400,000;;thermal cameras added
;;;;;;;;
;;Net total obligated 2021;;;;4,220,000;;
;;Planned (not yet obligated);;;;500,000;;
"""


def test_a_ledgers_amendment_lines_add_to_their_project_by_its_code(tmp_path):
    result = _built(tmp_path, "inl_ledger.csv", LEDGER)
    projects = _by_title(result)
    # each project's 2021 money is the sum of its lines, signs and brackets read: by hand
    assert projects.loc["Police capacity to investigate synthetic drug trafficking", "amount"] == 1_350_000
    assert projects.loc["Community policing in Donetsk oblast", "amount"] == 720_000  # 800 000 - 80 000
    assert (
        projects.loc["Mobile surveillance equipment for SBGS units", "amount"] == 2_150_000
    )  # - 250 000 + 400 000
    seaport = projects.loc["K9 drug detection teams for the Odesa seaport"]
    assert seaport.amount == 0 and seaport.status == "cancelled"  # refunded in full; the later line's status
    # the lines are parts of their projects, not projects; the summary lines under the total are no projects
    assert len(projects) == 4
    assert result.projects.title.notna().all()
    # a reduction is no error once it is read as a part of its project, and its cell is named with the project's
    assert not result.issues.severity.eq("error").any()
    assert "amount_2021=G9" in projects.loc["Mobile surveillance equipment for SBGS units", "source_cells"]
    said = result.issues.message[result.issues.message.str.contains("a later line of project INL-103")]
    assert len(said) == 2 and said.str.contains("-250,000.00").any()
    totals = result.manifest["totals"]
    assert totals["rows_read"] == totals["rows_loaded"] + totals["rows_rejected"] + totals["rows_skipped"]


def test_a_negative_amount_that_is_no_part_of_another_row_stays_an_error(tmp_path):
    text = "Title,Donor,Start,End,Budget EUR\nPolice training in Lviv,EU,2021-01-01,2021-12-31,-50000\n"
    result = _built(tmp_path, "list.csv", text)
    errors = result.issues[result.issues.severity.eq("error")]
    assert errors.message.str.contains("is negative").any()
    assert result.projects.amount.isna().all()


def test_addenda_each_with_its_own_period_are_spread_over_it_and_summed(tmp_path):
    text = (
        "Grant no.\tTitle\tBeneficiary\tAgreement\tFrom\tTo\tAmount (NOK)\tStatus\n"
        "UKR-20/0012\tMaritime surveillance in the Sea of Azov\tSBGS\tOriginal agreement\t2020-03-01\t2022-02-28"
        "\t12 000 000\tActive\n"
        "UKR-20/0012\t\t\tAddendum 1 (top-up)\t2021-06-01\t2022-05-31\t3 000 000\t\n"
        "UKR-20/0031\tDomestic violence response in Zaporizhzhia oblast\tNPU\tOriginal agreement\t2020-09-01"
        "\t2022-08-31\t8 000 000\tActive\n"
        "UKR-20/0031\t\t\tAddendum 1 (reduction)\t2020-09-01\t2022-08-31\t−1 000 000\t\n"
    )
    result = _built(tmp_path, "norway_grants.txt", "Royal Norwegian Embassy in Kyiv\n\n" + text)
    alloc = result.allocations[result.allocations.year.eq(2021)]
    projects = _by_title(result)
    azov = projects.loc["Maritime surveillance in the Sea of Azov"]
    expected = _spread_2021(12e6, dt.date(2020, 3, 1), dt.date(2022, 2, 28)) + _spread_2021(
        3e6, dt.date(2021, 6, 1), dt.date(2022, 5, 31)
    )
    years = dict(part.split("=") for part in azov.yearly_amounts.split(";"))
    assert float(years["2021"]) == pytest.approx(expected, abs=0.02)
    assert (azov.start_date, azov.end_date) == ("2020-03-01", "2022-05-31")  # the addendum's period widens it
    dv = projects.loc["Domestic violence response in Zaporizhzhia oblast"]
    assert dv.amount == 7_000_000  # the Unicode minus read as a reduction
    assert len(projects) == 2 and len(alloc.project_id.unique()) == 2
    assert not result.issues.severity.eq("error").any()


def test_a_sheet_of_changes_by_reference_changes_the_year_its_projects_are_given_for(workbook_build):
    portfolio = [
        ["CSSF Ukraine: MIA-related projects, 2021 allocations, £ thousand"],
        ["Ref", "Project title", "Beneficiary", "Status", "2021 allocation (£k)"],
        ["UK-01", "Disrupting human trafficking networks", "NPU", "Ongoing", 850],
        ["UK-02", "Strategic communications of the National Police", "NPU", "Ongoing", 400],
        [None, "Total", None, None, 1250],
    ]
    changes = [
        ["Changes to 2021 allocations agreed after 1 February 2021 (£ thousand)"],
        ["Date", "Ref", "Change", "£k", "Comment"],
        [dt.datetime(2021, 3, 12), "UK-01", "Uplift", 150, "from the reserve"],
        [dt.datetime(2021, 3, 26), "UK-02", "Reduction", -60, "underspend released"],
        [None, None, "Net change", 90, None],
    ]
    result = workbook_build(
        {"Portfolio (1 Feb)": portfolio, "Changes after 1 Feb": changes}, "uk_portfolio.xlsx"
    )
    projects = _by_title(result)
    assert projects.loc["Disrupting human trafficking networks", "yearly_amounts"] == "2021=1000000"
    assert projects.loc["Strategic communications of the National Police", "yearly_amounts"] == "2021=340000"
    assert projects.currency.eq("GBP").all()
    # a change's date is the day it was agreed, not a period of the project
    assert projects.start_date.isna().all()
    assert len(projects) == 2
    assert not result.issues.severity.eq("error").any()


@pytest.mark.parametrize(
    ("header", "currency", "scale"),
    [("£k", "GBP", 1e3), ("€m", "EUR", 1e6), ("$k", "USD", 1e3), ("£ thousand", "GBP", 1e3)],
)
def test_a_header_of_a_currency_sign_and_a_unit_is_money(header, currency, scale):
    found = match_field(header)
    assert (found.field, found.currency, found.scale) == ("amount", currency, scale)


def test_a_co_funders_share_in_the_rows_notes_splits_the_files_project(tmp_path):
    text = (
        "British Embassy Kyiv - CSSF projects\n"
        "Ref,Project title,Start,End,Budget GBP,Notes\n"
        "UK-03,Independent custody monitoring in NPU temporary detention,2021-01-01,2021-12-31,600000,"
        '"Joint UK–Netherlands project. Funding: UK 50%, NL 50%. Figure shows the total."\n'
        "UK-04,COVID-19 infection control for first responders,2021-01-01,2021-12-31,250000,"
        '"Partners consulted: NL, DE"\n'
    )
    result = _built(tmp_path, "uk.csv", text)
    custody = result.projects[result.projects.title.str.startswith("Independent custody")]
    assert sorted(zip(custody.partner, custody.amount, strict=True)) == [
        ("Netherlands", 300_000),
        ("UK", 300_000),
    ]
    covid = result.projects[result.projects.title.str.startswith("COVID-19")]
    assert covid.partner.tolist() == ["UK"] and covid.amount.tolist() == [250_000]


def test_an_initial_and_a_supplementary_grant_make_the_projects_money(tmp_path):
    text = (
        "Embassy of Japan in Ukraine - grant aid\n"
        "#,Project,Period from,Period to,Initial grant (JPY),Supplementary grant (JPY),"
        "Difference from the January list (JPY),Status\n"
        "1,Equipment of the State Emergency Service for COVID-19 response,2020-12-01,2021-11-30,300000000,"
        "120000000,+120000000,Implementation\n"
        "2,Border control equipment of the State Border Guard Service,2021-04-01,2023-03-31,1000000000,,—,"
        "Implementation\n"
    )
    result = _built(tmp_path, "japan.csv", text)
    projects = _by_title(result)
    assert (
        projects.loc["Equipment of the State Emergency Service for COVID-19 response", "amount"]
        == 420_000_000
    )
    assert (
        projects.loc["Border control equipment of the State Border Guard Service", "amount"] == 1_000_000_000
    )
    assert projects.partner.eq("Japan").all()
    # the difference from an earlier list is not added
    assert not result.issues.message.str.contains("read as implementer").any()


def test_a_ledgers_reduction_of_a_years_budget_lines_is_subtracted(tmp_path):
    text = (
        "Project ID,Project Title,Donor Name,Fiscal Year,Line Descr,Amount\n"
        "00112233,Police-Community Dialogue in Eastern Ukraine,Denmark,2021,Grants to CSOs,420000\n"
        "00112233,Police-Community Dialogue in Eastern Ukraine,Denmark,2022,Grants to CSOs,300000\n"
        "00112233,Police-Community Dialogue in Eastern Ukraine,Denmark,2021,BR-02 budget revision - reduction,"
        "-60000\n"
        "00116040,COVID-19 Prevention at National Guard Sites,Norway,2021,PPE for NGU units,140000\n"
        "00116040,COVID-19 Prevention at National Guard Sites,Norway,2021,Budget reversal - cancelled,(140000)\n"
    )
    result = _built(tmp_path, "undp_ledger.csv", text)
    projects = _by_title(result)
    assert (
        projects.loc["Police-Community Dialogue in Eastern Ukraine", "yearly_amounts"]
        == "2021=360000;2022=300000"
    )
    assert projects.loc["COVID-19 Prevention at National Guard Sites", "yearly_amounts"] == "2021=0"
    assert not result.issues.severity.eq("error").any()


def test_a_status_alone_with_a_sum_under_a_table_is_no_project(tmp_path):
    text = (
        "Code,Title,Start,End,Amount EUR,Status\n"
        "A-1,Police training in Lviv,2021-01-01,2021-12-31,100000,Ongoing\n"
        "A-2,Border guard dogs for Chop,2021-01-01,2021-12-31,50000,Planned\n"
        ",,,,,\n"
        ",Total current budget (amended where filled),,,150000,\n"
        ",Planned (not yet signed),,,50000,\n"
    )
    result = _built(tmp_path, "list.csv", text)
    assert sorted(result.projects.title) == ["Border guard dogs for Chop", "Police training in Lviv"]
    skipped = result.issues[result.issues.kind.eq("total")]
    assert len(skipped) == 2


def test_a_projects_agreements_grouped_under_it_are_counted_in_it_once(workbook_build):
    rows = [
        ["Проєкти МТД, що фінансуються Німеччиною. Суми в євро."],
        ["№", "Назва проєкту / складова", "Бенефіціар", "Період реалізації", "Загальна сума", "Статус"],
        [1, "Підтримка реформи Національної гвардії", "НГУ", "02.2020–12.2022", 1_700_000, "триває"],
        ["1.1", "первісна угода від 10.02.2020", None, None, 1_200_000, None],
        ["1.2", "додаткова угода №1 від 12.01.2021 (збільшення)", None, None, 500_000, None],
        [2, "Поліцейська діяльність, орієнтована на громаду", "НПУ", "01.2020–12.2022", 900_000, "триває"],
        ["2.1", "первісна угода від 20.12.2019", None, None, 1_000_000, None],
        ["2.2", "додаткова угода №2 від 05.03.2021 (зменшення)", None, None, -100_000, None],
    ]
    result = workbook_build({"Sheet": rows}, "germany.xlsx", outline={4: 1, 5: 1, 7: 1, 8: 1})
    projects = _by_title(result)
    # the projects' own totals stand; their agreements (with a reduction among them) are no projects of their own
    assert projects["amount"].to_dict() == {
        "Підтримка реформи Національної гвардії": 1_700_000,
        "Поліцейська діяльність, орієнтована на громаду": 900_000,
    }
    assert not result.issues.severity.eq(
        "error"
    ).any()  # the reduction is an agreement of its project, no error
    said = result.issues.message[result.issues.message.str.contains("are the agreements of project")]
    assert len(said) == 2


def test_a_remark_giving_the_sums_by_period_spreads_each_over_its_years(tmp_path):
    text = (
        "No.,Project title,Start,End,Budget EUR,Status,Remarks\n"
        "5,Support to the reform of temporary detention,2020-01-01,2022-12-31,500000,Ongoing,"
        "EUR 300 000 for 2020–2021 and EUR 200 000 for 2022\n"
        "6,Border security equipment for the SBGS,2021-01-01,2023-12-31,800000,Ongoing,"
        "250 000 євро на 2021 рік та 550 000 євро на 2022–2023 роки\n"
        "7,Police training in Lviv,2021-01-01,2022-12-31,400000,Ongoing,trained 300 officers in 2021 and 200 in 2022\n"
        "8,Community policing in Poltava,2021-01-01,2022-12-31,400000,Ongoing,EUR 100 000 for 2021 and EUR 200 000 for 2022\n"
    )
    result = _built(tmp_path, "eu.csv", "EU Delegation\n" + text)
    years = {
        title: dict(
            part.split("=") for part in (yearly if isinstance(yearly, str) else "").split(";") if part
        )
        for title, yearly in zip(result.projects.title, result.projects.yearly_amounts, strict=True)
    }
    # 300 000 over 2020-2021 (731 days, 365 of them in 2021), 200 000 in 2022
    assert float(years["Support to the reform of temporary detention"]["2021"]) == pytest.approx(
        300_000 * 365 / 731, abs=0.01
    )
    assert float(years["Support to the reform of temporary detention"]["2022"]) == 200_000
    assert years["Border security equipment for the SBGS"]["2021"] == "250000"
    # no money in the remark, or sums that are not the amount: the amount is spread over the dates as ever
    assert years["Police training in Lviv"] == {} and years["Community policing in Poltava"] == {}
    said = result.issues.message[result.issues.message.str.contains("gives the amount by periods")]
    assert len(said) == 2
