"""Several kinds of layout in one file, and donors' own calendars (round 46).

Found by partner files written blind: a coordinator's workbook whose instructions say where a unit would be stated
(not that there is one), two exports pasted one below the other in a CSV, a table of co-funders under the projects,
a proposal "rejected" by the fund, and Japan's fiscal years under a merged "Grant amount (JPY million)". The
expected values are what a careful reader takes from the rows written here, worked out by hand beside each test.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from mtd_analysis.build import build
from mtd_analysis.ingest.columns import match_field
from mtd_analysis.ingest.values import parse_status


def _money_2021(result) -> dict[tuple[str, str], float]:
    """Each project's 2021 money in EUR (funded and pipeline), by title and partner."""
    alloc = result.allocations[result.allocations.year.eq(2021)]
    money = alloc.groupby("project_id")[["amount_eur", "pipeline_eur"]].sum().sum(axis=1)
    projects = result.projects.set_index("project_id")
    return {(projects.loc[p, "title"], projects.loc[p, "partner"]): v for p, v in money.items()}


def test_an_instruction_on_where_to_state_thousands_puts_no_unit_on_the_workbook(workbook_build):
    instructions = [
        ["Зведена таблиця проєктів МТД"],
        ["1. Кожен партнер заповнює свій аркуш."],
        ["2. Суми зазначаються у валюті партнера; якщо суми в тисячах — це вказується в заголовку аркуша."],
    ]
    eu = [
        ["Project title", "Status", "Start", "End", "Total EU contribution, EUR", "of which 2021, EUR"],
        ["Custody records in temporary detention facilities", "Ongoing", dt.date(2021, 1, 1), dt.date(2021, 12, 31),
         850_000, 850_000],
    ]  # fmt: skip
    result = workbook_build({"Інструкція": instructions, "EU": eu}, "consolidated.xlsx")
    assert result.projects.amount.tolist() == [850_000]
    assert not result.issues.message.str.contains("units of 1,000").any()


def test_two_exports_pasted_one_below_the_other_in_a_csv_are_read_each_by_its_header(tmp_path, eur_per_unit):
    raw = tmp_path / "raw"
    raw.mkdir()
    lines = [
        '"Bureau","Agreement No.","Title","Status","PoP Start","PoP End","Total Obligated (USD)"',
        '"INL","INL-1","Community policing in rural hromadas","Active","2021-01-01","2021-12-31","500000.00"',
        "",
        "USAID/Ukraine - Activities (DIS export, 15-Feb-2021)",
        '"Activity Name","Status","Start Date","End Date","Life of Activity Amount (USD)","Implementing Partner"',
        '"Safe migration and anti-trafficking","Active","01/01/2021","12/31/2022","730000.00","IOM"',
    ]
    (raw / "us_exports.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = build(raw, tmp_path / "out", year=2021)
    projects = result.projects.set_index("title")
    assert projects.loc["Safe migration and anti-trafficking", "amount"] == 730_000
    assert projects.loc["Safe migration and anti-trafficking", "implementer"] == "IOM"
    assert projects.loc["Safe migration and anti-trafficking", "source_row"] == 6
    assert len(projects) == 2  # the title line and the second header are no projects
    money = _money_2021(result)
    # 730,000 over 1 Jan 2021 - 31 Dec 2022 (730 days): 365 of them in 2021
    usd = eur_per_unit(result, 2021, "USD")
    assert sum(v for (title, _), v in money.items() if title.startswith("Safe")) == pytest.approx(
        365_000 * usd
    )
    assert result.issues.message.str.contains("two tables one under the other").any()


def test_a_table_of_co_funders_under_the_projects_splits_the_project_it_numbers(workbook_build, eur_per_unit):
    rows = [
        ["№", "Название проекта", "Донор", "Статус", "Сроки реализации", "Бюджет, USD", "в т.ч. 2021, USD"],
        ["1", "Улучшение условий в пунктах временного пребывания", "Правительство Японии", "Реализуется", "2021",
         450_000, 450_000],
        ["2", "Мобильные пограничные патрули", "ЕС, Швеция (софинансирование, см. ниже)", "Реализуется",
         "2021–2022", 1_000_000, 400_000],
        [None, "Всего", None, None, None, 1_450_000, 850_000],
        [],
        [None, "Софинансирование:"],
        [None, "Проект", "Донор", "Доля"],
        [None, "проект 2", "Европейский союз", "70 %"],
        [None, "проект 2", "Швеция (Sida)", "30 %"],
    ]  # fmt: skip
    result = workbook_build({"Проекты": rows}, "iom_projects.xlsx")
    patrols = result.projects[result.projects.title.eq("Мобильные пограничные патрули")]
    assert sorted(zip(patrols.partner, patrols.amount, strict=True)) == [("EU", 700_000), ("Sweden", 300_000)]
    money = _money_2021(result)
    usd = eur_per_unit(result, 2021, "USD")
    assert money[("Мобильные пограничные патрули", "EU")] == pytest.approx(400_000 * 0.7 * usd)
    assert money[("Мобильные пограничные патрули", "Sweden")] == pytest.approx(400_000 * 0.3 * usd)
    assert len(result.projects) == 3  # the co-funders' lines are no projects
    said = result.issues[result.issues.message.str.contains("co-funders' table")]
    assert said.row.tolist() == [7, 8, 9]


@pytest.mark.parametrize("word", ["Відхилено (не підтримано Фондом)", "Rejected", "Отклонён", "Declined"])
def test_a_proposal_rejected_is_cancelled(word):
    assert parse_status(word) == "cancelled"


def test_a_deviation_is_no_rejection():
    assert parse_status("Відхилення від графіку") != "cancelled"


def test_fiscal_years_under_a_merged_unit_are_in_that_unit(workbook_build, eur_per_unit):
    rows = [
        ["JFY = Japanese fiscal year, 1 April – 31 March."],
        ["Project", "Implementing agency", "Status", "Grant amount (JPY million)", None, None],
        [None, None, None, "JFY 2020", "JFY 2021", "Total"],
        ["Biometric document security for the State Migration Service", "IOM", "Ongoing", 120, 180, 300],
    ]
    result = workbook_build({"JFY grants": rows}, "Japan_grants.xlsx", merges={"JFY grants": ["D2:F2"]})
    assert result.projects.amount.tolist() == [300_000_000]
    assert not result.issues.message.str.contains("the total says").any()
    # JFY 2020 (1 Apr 2020 - 31 Mar 2021, 365 days): 90 days in 2021; JFY 2021 (1 Apr 2021 - 31 Mar 2022): 275 days
    jpy = eur_per_unit(result, 2021, "JPY")
    expected = (120e6 * 90 / 365 + 180e6 * 275 / 365) * jpy
    assert sum(_money_2021(result).values()) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("label", "field"),
    [
        ("Channel (implementing agency)", "implementer"),
        ("Body (beneficiary)", "beneficiaries"),
        ("Lead (donor)", "partner"),
        ("Indicative end (not yet contracted)", None),
    ],
)
def test_a_role_named_in_brackets_names_the_column(label, field):
    assert match_field(label).field == field


# --------------------------------------------------------------------------- handed-over portfolios, small partners


def test_a_sheet_named_an_archive_is_not_counted_beside_the_current_one(workbook_build):
    archive = [
        ["Project", "Budget (USD)", "Start", "End"],
        ["Community policing in eastern oblasts", 3_600_000, dt.date(2019, 10, 1), dt.date(2021, 9, 30)],
    ]
    current = [["Project title", "Total budget, USD", "Start", "End"],
               ["Community policing in eastern oblasts", 4_800_000, dt.date(2019, 10, 1), dt.date(2022, 9, 30)]]  # fmt: skip
    result = workbook_build({"2020 (архів)": archive, "2021": current}, "INL_handover.xlsx")
    assert result.projects.amount.tolist() == [4_800_000]
    assert result.issues.message.str.contains(
        "'2020 (архів)' says it is not the list to count", regex=False
    ).any()


def test_a_projects_fields_on_labelled_lines_under_its_title(workbook_build):
    rows = [
        ["No.", "Project / Implementer / Period", "EU contribution, EUR", "Status"],
        [1, "Community safety hubs", 3_000_000, "Ongoing"],
        [None, "Implementer: UNDP"],
        [None, "Period: 01/2020 – 12/2022"],
        [2, "Combating trafficking in human beings", 1_100_000, "Ongoing"],
        [None, "in eastern Ukraine"],
        [None, "Implementer: IOM;  Period: 09/2020 – 08/2021, extended to 02/2022"],
    ]
    result = workbook_build({"Projects": rows}, "EU_multirow.xlsx")
    projects = result.projects.set_index("title")
    assert projects.loc["Community safety hubs", ["implementer", "start_date", "end_date"]].tolist() == [
        "UNDP", "2020-01-01", "2022-12-31"]  # fmt: skip
    trafficking = projects.loc["Combating trafficking in human beings in eastern Ukraine"]
    assert trafficking[["implementer", "start_date", "end_date"]].tolist() == [
        "IOM",
        "2020-09-01",
        "2022-02-28",
    ]
    assert "implementer=B3" in projects.loc["Community safety hubs", "source_cells"]
    assert len(projects) == 2
    assert not result.issues.message.str.contains("no start or end date|section heading").any()


def test_a_header_written_over_two_rows_through_a_pdf(workbook_build, eur_per_unit):
    head = [
        ["№", "Назва", "Донор", "Строк", "Сума", "у т.ч. у 2021"],
        ["з/п", "проєкту", None, "реалізації", "проєкту, грн", "році, грн"],
    ]
    rows = [
        *head,
        ["1.", "Обладнання для кінологічної служби ДПСУ", "Уряд Республіки Польща", "01.02.2021 – 31.01.2022",
         "3 600 000,00", "3 300 000,00"],
        [None, None, None, None, None, "Сторінка 1 з 2"],
        *head,
        ["2.", "Кіберлабораторія для кіберполіції", "МЗС Естонської Республіки", "2021", "2 100 000,00", None],
    ]  # fmt: skip
    result = workbook_build({"Table 1": rows}, "Perelik_PDF.xlsx")
    projects = result.projects.set_index("title")
    assert projects.currency.tolist() == ["UAH", "UAH"]  # "грн" on the header's second line
    assert projects.amount.tolist() == [3_600_000, 2_100_000]
    messages = "\n".join(result.issues.message)
    assert "is not understood" not in messages and "holds no number" not in messages
    assert "two tables one under the other" not in messages
    assert (
        messages.count("repeats the table header; skipped") == 2
    )  # both lines of the page's repeated header
    # the 2021 column read with its year: 3,300,000 of the first project's money is 2021's
    alloc = result.allocations[result.allocations.year.eq(2021)]
    first = projects.loc["Обладнання для кінологічної служби ДПСУ", "project_id"]
    uah = eur_per_unit(result, 2021, "UAH")
    assert alloc.loc[alloc.project_id.eq(first), "amount_eur"].sum() == pytest.approx(3_300_000 * uah)


def test_hryvnia_equivalent_in_a_title_line_is_the_currency(workbook_build):
    rows = [["(суми у гривневому еквіваленті)"], ["Назва проєкту", "Сума", "Строк"],
            ["Навчання дільничних офіцерів", "1 450 000", "2021"]]  # fmt: skip
    result = workbook_build({"Аркуш1": rows}, "perelik.xlsx")
    assert result.projects.currency.tolist() == ["UAH"]


def test_donors_sums_in_the_money_cell_make_a_project_each(workbook_build):
    rows = [["№", "Название проекта", "Срок реализации", "Финансирование", "Статус"],
            [1, "Совместная подготовка пограничных патрулей", "2021", "Литва: EUR 40 000; Польша: EUR 60 000",
             "выполняется"],
            [2, "Ситуационный центр", "2021", "Польша: PLN 1 200 000; Литва: EUR 50 000", "выполняется"]]  # fmt: skip
    result = workbook_build({"Проекты": rows}, "LT_projects.xlsx")
    patrols = result.projects[result.projects.title.eq("Совместная подготовка пограничных патрулей")]
    assert sorted(zip(patrols.partner, patrols.amount, strict=True)) == [
        ("Lithuania", 40_000),
        ("Poland", 60_000),
    ]
    # two currencies in one cell, each sum its donor's: a project each, in its own currency (round 57; it had been an
    # error at the cell, not counted)
    centre = result.projects[result.projects.title.eq("Ситуационный центр")]
    assert sorted(zip(centre.partner, centre.currency, centre.amount, strict=True)) == [
        ("Lithuania", "EUR", 50_000),
        ("Poland", "PLN", 1_200_000),
    ]
    assert not result.issues.message.str.contains("names several currencies").any()


def test_a_cards_year_is_its_period(workbook_build):
    rows = [["Назва проєкту:", "Обладнання для вибухотехнічної служби"], ["Бенефіціар:", "Національна поліція"],
            ["Рік:", "2021"], ["Бюджет:", "CZK 2 750 000"], ["Статус:", "реалізується"], [],
            ["Назва проєкту:", "Підтримка притулків"], ["Бенефіціар:", "Національна поліція"],
            ["Рік:", "2022"], ["Бюджет:", "CZK 1 000 000"], ["Статус:", "планується"]]  # fmt: skip
    result = workbook_build({"Проєкти": rows}, "CZ_embassy.xlsx")
    projects = result.projects.set_index("title")
    assert projects.start_date.tolist() == ["2021-01-01", "2022-01-01"]
    assert projects.end_date.tolist() == ["2021-12-31", "2022-12-31"]


# --------------------------------------------------------------------------- what Excel users do, how people spell


def test_two_tables_side_by_side_when_the_right_title_label_is_the_stronger(workbook_build):
    rows = [
        ["EU support to the MIA – overview for the SWG"],
        ["ONGOING PROJECTS", None, None, None, None, "PIPELINE"],
        ["No.", "Project / implementer", "Period", "Total budget, EUR", None, "Indicative budget, EUR", "Project title",
         "Expected duration"],
        [1, "Anti-trafficking action\nImplemented by: IOM", "01.03.2020 – 28.02.2023", 2_400_000, None, 900_000,
         "Cybercrime investigation capacity", "Q3 2021 – Q2 2023"],
        [2, "Custody records\nImplemented by: UNDP", "15.09.2020 – 14.09.2022", 1_200_000, None, 120_000,
         "Passenger flow at Krakovets", "2021"],
    ]  # fmt: skip
    result = workbook_build({"SWG": rows}, "EU_side_by_side.xlsx", merges={"SWG": ["A2:D2", "F2:H2"]})
    projects = result.projects.set_index("title")
    assert projects.amount.to_dict() == {
        "Anti-trafficking action": 2_400_000,
        "Custody records": 1_200_000,
        "Cybercrime investigation capacity": 900_000,
        "Passenger flow at Krakovets": 120_000,
    }
    assert projects.loc["Passenger flow at Krakovets", "status"] == "planned"  # under "PIPELINE"
    assert result.issues.message.str.contains("two tables side by side").any()


def test_a_total_and_its_years_part_in_brackets_after_a_colon():
    from mtd_analysis.ingest.amounts import _total_and_year_part

    assert _total_and_year_part("GBP 450,000\n(2021: 150,000)") == ((450_000, "GBP"), (2021, 150_000))
    assert _total_and_year_part("450 000 (2021–2022)") is None  # a period, not a year's part


def test_donors_share_columns_split_each_project(workbook_build):
    rows = [
        ["Ref", "Project title", "Period", "Currency", "Total budget", "UK share", "Canada share", "Status"],
        ["UKR-02", "Joint support to the SBGS", "Jan 2021 – Dec 2021", "GBP", 2_500_000, 0.7, 0.3, "Ongoing"],
        ["UKR-02", "Joint support to the SBGS", "Jan 2021 – Dec 2021", "GBP", 1_100_000, 1, 0, "Draft v1 (superseded)"],
        ["UKR-06", "Gender-based violence training", "2021", "CAD", 1_000_000, 0, 1, "Ongoing"],
    ]  # fmt: skip
    result = workbook_build({"UK-CAN": rows}, "UK_Canada_joint.xlsx")
    lines = sorted(zip(result.projects.partner, result.projects.amount, strict=True))
    # 70 % and 30 % of 2,500,000; the superseded draft is no project; Canada alone funds the training
    assert lines == [("Canada", 750_000), ("Canada", 1_000_000), ("UK", 1_750_000)]
    messages = "\n".join(result.issues.message)
    assert "is not a project field this tool knows" not in messages
    assert "row 3: its status says it is an earlier version" in messages


@pytest.mark.parametrize(
    ("written", "partner"),
    [
        ("Представництво EC в Україні", "EU"),  # "EC" in Latin letters inside a Ukrainian name
        ("KOICA", "South Korea"),
        ("Agence française de développement", "France"),
        ("AFD", "France"),
    ],
)
def test_donors_named_by_their_agencies(written, partner):
    from mtd_analysis.ingest.partners import canonical_partner

    assert canonical_partner(written) == partner


# --------------------------------------------------------------------------- money and periods said in sentences


def test_money_and_period_in_the_description_where_no_column_gives_them(workbook_build):
    rows = [
        ["No.", "Project title", "Funding / implementation", "Description / budget"],
        [1, "Community policing pilots", "EUAM Project Cell (own funds)",
         "Rolling out community policing in 12 hromadas:\n• training of 240 officers;\n• 36 vehicles.\n"
         "The total budget of the project is EUR 1.2 million, of which EUR 400,000 is planned for 2021. "
         "Implemented from January 2020 to December 2022."],
        [2, "Public order training for the National Guard", "EUAM Project Cell",
         "Implemented from March 2021 to February 2023, the project will train 450 officers. Budget: EUR 650,000."],
        [3, "Forensic laboratories", "EUAM Project Cell", "Two mobile laboratories (4 vehicles) handed over."],
    ]  # fmt: skip
    result = workbook_build({"Overview": rows}, "EUAM_overview.xlsx")
    projects = result.projects.set_index("title")
    assert projects.loc["Community policing pilots", ["amount", "currency"]].tolist() == [1_200_000, "EUR"]
    assert projects.loc["Public order training for the National Guard", ["start_date", "end_date"]].tolist() == [
        "2021-03-01", "2023-02-28"]  # fmt: skip
    assert "amount=D2" in projects.loc["Community policing pilots", "source_cells"]
    money = _money_2021(result)
    assert money[("Community policing pilots", "EUAM")] == pytest.approx(400_000)  # the year's part, as said
    # 650,000 over 1 Mar 2021 - 28 Feb 2023 (730 days): 306 days in 2021
    assert money[("Public order training for the National Guard", "EUAM")] == pytest.approx(
        650_000 * 306 / 730
    )
    # no sum in the words: no amount, said as before (the counts of vehicles are no money)
    assert pd.isna(projects.loc["Forensic laboratories", "amount"])
    assert result.issues.message.str.contains("row 4: no amount", regex=False).any()
    said = result.issues[result.issues.message.str.contains("the description gives its amount")]
    assert said.severity.tolist() == ["warning", "warning"]  # figures read from words: to be checked


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Проєкт впроваджується з березня 2021 року по лютий 2023 року; навчання 60 кінологів.",
         (dt.date(2021, 3, 1), dt.date(2023, 2, 28))),
        ("Тривалість проєкту – 18 місяців, починаючи з 1 липня 2021 року; 100 заходів.",
         (dt.date(2021, 7, 1), dt.date(2022, 12, 31))),
        ("Термін реалізації: ІІ квартал 2021 р. – І квартал 2022 р. Реконструкція 12 смуг руху.",
         (dt.date(2021, 4, 1), dt.date(2022, 3, 31))),
        ("Впровадження протягом 2021 року у 15 ІТТ; охоплення 40 % затриманих.", (dt.date(2021, 1, 1), dt.date(2021, 12, 31))),
    ],
)  # fmt: skip
def test_periods_said_in_sentences(text, period):
    from mtd_analysis.ingest.amounts import period_in_prose

    assert period_in_prose(text) == period
