"""What partners wrote that the reader had taken for something else, or not read at all (round 45).

Found by partner files written blind: money laid out across columns (years split into halves under a merged year,
donors as columns), agencies' own returns (equipment items under a project, a list and its translation on two
sheets), and exports from systems (grant systems with a legend of codes, a row per sector, an accounting report
grouped by donor, a pivot table's "(blank)"). The expected values are what a careful reader takes from the rows
written here, worked out by hand beside each test.
"""

from __future__ import annotations

import pandas as pd
import pytest

from mtd_analysis.analysis.priorities import map_priorities
from mtd_analysis.build import build
from mtd_analysis.ingest.columns import match_field
from mtd_analysis.ingest.partners import canonical_partner, partner_shares, shares_in_note


def _funded_2021(result) -> dict[str, float]:
    """Each project's 2021 money (funded and pipeline), by title and partner."""
    alloc = result.allocations[result.allocations.year.eq(2021)]
    money = alloc.groupby("project_id")[["amount_eur", "pipeline_eur"]].sum().sum(axis=1)
    projects = result.projects.set_index("project_id")
    return {(projects.loc[p, "title"], projects.loc[p, "partner"]): round(v, 2) for p, v in money.items()}


def _messages(result) -> str:
    return "\n".join(result.issues.message.astype(str))


# --------------------------------------------------------------------------- headers


@pytest.mark.parametrize(
    ("label", "field"),
    [
        ("Country of Delivery", "country"),
        ("Recipient country", "country"),
        ("Total Approved Grant Value (full units)", "amount"),
        ("Grand Total", "amount"),
        ("Agreement period start", "start_date"),
        ("Agreement period end", "end_date"),
        ("Срок действия с", "start_date"),
        ("Срок действия по", "end_date"),
        ("Sector code (DAC 5)", "budget_line"),
        ("Sector share (%)", "line_share"),
        ("к-сть", "quantity"),
        ("ціна за од.", "unit_price"),
        ("Донор (частка фінансування)", "partner"),
    ],
)
def test_headers_of_exports_and_returns_are_read_as_their_field(label, field):
    assert match_field(label).field == field


def test_a_funders_share_of_the_money_is_not_the_partner_column():
    assert match_field("UK Funding Share (%)").field is None


def test_money_disbursed_in_a_year_is_that_years_money():
    found = match_field("Disbursed 2020 (SEK)")
    assert (found.field, found.year, found.currency) == ("yearly", 2020, "SEK")


# --------------------------------------------------------------------------- who pays


def test_partners_named_in_the_sectors_own_words():
    assert canonical_partner("ВООЗ") == "WHO"
    assert canonical_partner("UNDP core (TRAC)") == "UNDP"
    assert canonical_partner("UK Good Governance Fund") == "UK"
    # SECO is Switzerland's: the Swiss share of a project co-funded with BMZ
    assert partner_shares(
        "BMZ – 70 %; Державний секретаріат Швейцарії з економічних питань (SECO) – 30 %"
    ) == [
        ("Germany", 70.0),
        ("Switzerland", 30.0),
    ]


def test_shares_each_given_before_its_donor_and_joined_by_and():
    note = "The table shows the full budget, co-financed 90% by the EU and 10% by the Council of Europe."
    assert shares_in_note(note.split("co-financed", 1)[1]) == [("EU", 90.0), ("Council of Europe", 10.0)]


# --------------------------------------------------------------------------- layouts


EU_YEARS = [
    ["EU-funded technical assistance in the law-enforcement sector, allocations by calendar year, EUR"],
    ["No.", "Project title", "Implementing partner", "Status", "2020", "2021", None, "2022", "Total", "Remarks"],
    [None, None, None, None, None, "H1", "H2", None, None, None],
    [1, "Support to transparent custody records in police detention", "UNDP", "Ongoing", 350000, 280000, 320000,
     250000, 1200000, None],
    [2, "Cybercrime investigation capacity of the National Police", "Council of Europe", "Ongoing", 220000, 140000,
     160000, 180000, 700000, "Joint action - see note 1"],
    [None, "Total", None, None, 570000, 420000, 480000, 430000, 1900000, None],
    ["1) Joint action of the European Union and the Council of Europe, co-financed 90% by the EU and 10% by the "
     "Council of Europe."],
]  # fmt: skip
EU_MERGES = ["A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "F2:G2", "H2:H3", "I2:I3", "J2:J3"]


def test_a_year_split_into_halves_under_its_merged_label_beside_labels_merged_over_both_rows(workbook_build):
    """'2021' merged over 'H1 | H2', the other labels merged down over both rows: the header is the two rows, and a
    project's 2021 is H1 + H2 (280,000 + 320,000), not H1 alone."""
    result = workbook_build(
        {"Allocations": EU_YEARS}, "EU_allocations.xlsx", merges={"Allocations": EU_MERGES}
    )
    money = _funded_2021(result)
    assert money[("Support to transparent custody records in police detention", "EU")] == 600_000


def test_a_remark_sending_to_a_note_gives_the_shares_the_note_states(workbook_build):
    """'Joint action - see note 1' and note 1: 90 % the EU's, 10 % the Council of Europe's of 140,000 + 160,000."""
    result = workbook_build(
        {"Allocations": EU_YEARS}, "EU_allocations.xlsx", merges={"Allocations": EU_MERGES}
    )
    money = _funded_2021(result)
    title = "Cybercrime investigation capacity of the National Police"
    assert money[(title, "EU")] == 270_000
    assert money[(title, "Council of Europe")] == 30_000


def test_donors_as_columns_under_a_funding_source_group_are_each_donors_money(workbook_build):
    """'Funding source' merged over 'European Union | Denmark | UNDP core (TRAC)': a project per donor with money.
    2021 of a 2020-2022 project: 365 / 1,096 days of each donor's part."""
    rows = [
        ["Donor contributions by project, USD, for the whole project period"],
        [None, None, None, "Funding source", None, None, None],
        ["#", "Project", "Period", "European Union", "Denmark", "UNDP core (TRAC)", "Total, USD"],
        [1, "Mobile justice and community security in Eastern Ukraine", "2020-2022", 1500000, 600000, 150000,
         2250000],
        [2, "Digital evidence and cybercrime units support", "2021", None, 800000, 100000, 900000],
        [None, "TOTAL", None, 1500000, 1400000, 250000, 3150000],
    ]  # fmt: skip
    result = workbook_build({"Donor matrix": rows}, "UNDP_matrix.xlsx", merges={"Donor matrix": ["D2:F2"]})
    projects = result.projects
    assert sorted(zip(projects.title, projects.partner, projects.amount, strict=True)) == [
        ("Digital evidence and cybercrime units support", "Denmark", 800_000),
        ("Digital evidence and cybercrime units support", "UNDP", 100_000),
        ("Mobile justice and community security in Eastern Ukraine", "Denmark", 600_000),
        ("Mobile justice and community security in Eastern Ukraine", "EU", 1_500_000),
        ("Mobile justice and community security in Eastern Ukraine", "UNDP", 150_000),
    ]
    assert set(projects.currency) == {"USD"}


def test_equipment_items_under_a_project_are_its_items_and_its_year_is_both_halves(workbook_build):
    """An agency's return: items (quantity x unit price) under each project. A project with no sum of its own is
    the sum of its items (120 x 1,850 + 2 x 185,000 = 592,000); one with its own (2,300,000) keeps it, and its
    2021 is I + II half-year (800,000 + 1,000,000)."""
    rows = [
        ["№", "Назва проєкту / найменування обладнання", "Партнер (донор)", "Дата початку", "Дата завершення",
         "Обладнання", None, "Вартість, дол. США", "у т.ч. у 2021 році", None],
        [None, None, None, None, None, "к-сть", "ціна за од.", None, "I півріччя", "II півріччя"],
        [1, "Гуманітарне розмінування: оснащення піротехнічних підрозділів ДСНС", "Державний департамент США",
         "01.01.2021", "31.12.2021", None, None, None, None, None],
        ["1.1", "металошукачі", None, None, None, 120, 1850, 222000, None, None],
        ["1.2", "броньовані автомобілі", None, None, None, 2, 185000, 370000, None, None],
        [2, "Підвищення готовності до реагування на надзвичайні ситуації", "Японія", "01.01.2021", "30.06.2022",
         None, None, 2300000, 800000, 1000000],
        ["2.1", "пожежні автоцистерни", None, None, None, 8, 250000, 2000000, None, None],
        ["2.2", "аварійно-рятувальні автомобілі", None, None, None, 2, 150000, 300000, None, None],
    ]  # fmt: skip
    merges = ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:E2", "F1:G1", "H1:H2", "I1:J1"]
    result = workbook_build({"Проєкти": rows}, "ДСНС_МТД.xlsx", merges={"Проєкти": merges})
    projects = result.projects.set_index("title")
    assert sorted(projects.index) == [
        "Гуманітарне розмінування: оснащення піротехнічних підрозділів ДСНС",
        "Підвищення готовності до реагування на надзвичайні ситуації",
    ]
    assert (
        projects.loc["Гуманітарне розмінування: оснащення піротехнічних підрозділів ДСНС", "amount"]
        == 592_000
    )
    assert projects.loc["Підвищення готовності до реагування на надзвичайні ситуації", "amount"] == 2_300_000
    assert projects.loc["Підвищення готовності до реагування на надзвичайні ситуації", "yearly_amounts"] == (
        "2021=1800000"
    )


def test_a_list_and_its_translation_on_two_sheets_of_one_workbook_are_counted_once(workbook_build):
    """Sheets 'EN' and 'UA' hold the same two projects (EU and EUAM) in two languages, each with the same amount,
    currency and dates: counted once, from the sheet read first, and said at the other."""
    english = [
        ["Project", "Donor", "Start", "End", "Budget (EUR)", "Status"],
        ["EU4Forensics: support to the Expert Service", "EU", "2021-01-01", "2022-12-31", 1460000, "ongoing"],
        ["Mobile community police stations", "EUAM", "2021-03-01", "2021-12-31", 185000, "ongoing"],
    ]
    ukrainian = [
        ["Назва проєкту", "Донор", "Початок", "Кінець", "Бюджет (EUR)", "Статус"],
        [
            "EU4Forensics: підтримка Експертної служби МВС",
            "ЄС",
            "2021-01-01",
            "2022-12-31",
            1460000,
            "триває",
        ],
        ["Мобільні станції поліції громади", "КМЄС", "2021-03-01", "2021-12-31", 185000, "триває"],
    ]
    result = workbook_build({"EN": english, "UA": ukrainian}, "EUD_projects_EN_UA.xlsx")
    assert sorted(result.projects.title) == sorted(row[0] for row in english[1:])
    said = result.issues[result.issues.message.str.contains("a translation", regex=False)]
    assert said.sheet.tolist() == ["UA"]
    assert "sheet UA: its 2 projects are those of EUD_projects_EN_UA.xlsx, sheet EN" in said.message.iloc[0]


# --------------------------------------------------------------------------- exports


def test_a_grant_systems_export_codes_countries_and_a_funders_share(workbook_build):
    """A grant system's export: status codes explained on a 'Legend' sheet ("Grant Status Code | ACT | Active …"),
    rows for other countries of delivery, the UK's share beside a co-funder, and a grant for another ministry."""
    grants = [
        ["Grant Reference Number", "Country of Delivery", "Grant Title", "Grant Status Code", "Start Date",
         "End Date", "Total Approved Grant Value (full units)", "Grant Currency Code", "Co-funding Donor (if any)",
         "UK Funding Share (%)"],
        ["UKR-2021-0051", "Ukraine", "Mobile border patrol units on the Azov Sea coast", "ACT", "2021-01-01",
         "2021-12-31", 1000000, "GBP", "Global Affairs Canada", 60],
        ["UKR-2021-0078", "Ukraine", "Domestic violence rapid response teams", "PIP", "2021-07-01", "2021-12-31",
         350000, "GBP", None, 100],
        ["UKR-2021-0090", "Ukraine", "Drug crime analytics unit for the National Police", "CAN", "2021-05-01",
         "2021-12-31", 150000, "GBP", None, 100],
        ["MDA-2021-0007", "Moldova", "Community policing in Moldovan border districts", "ACT", "2021-01-01",
         "2021-12-31", 260000, "GBP", None, 100],
        ["UKR-2019-0210", "Ukraine", "Energy security dialogue with the Ministry of Energy of Ukraine", "ACT",
         "2021-01-01", "2021-12-31", 520000, "GBP", None, 100],
    ]  # fmt: skip
    legend = [
        ["Field", "Code", "Meaning"],
        ["Grant Status Code", "ACT", "Active - grant agreement signed, implementation ongoing"],
        ["Grant Status Code", "PIP", "Pipeline - concept note stage, not yet approved"],
        ["Grant Status Code", "CAN", "Cancelled - withdrawn before implementation started"],
    ]
    result = workbook_build({"Grants Export": grants, "Legend": legend}, "CSSF_grants_export.xlsx")
    projects = result.projects
    statuses = dict(zip(projects.title, projects.status, strict=False))
    assert statuses["Domestic violence rapid response teams"] == "planned"
    assert statuses["Drug crime analytics unit for the National Police"] == "cancelled"
    assert "Community policing in Moldovan border districts" not in set(projects.title)
    assert "Energy security dialogue with the Ministry of Energy of Ukraine" not in set(projects.title)
    # the UK's 60 % and Canada's 40 % of GBP 1,000,000 (the whole of it in 2021)
    azov = projects[projects.title.eq("Mobile border patrol units on the Azov Sea coast")]
    assert sorted(zip(azov.partner, azov.amount, strict=True)) == [("Canada", 400_000), ("UK", 600_000)]
    assert "Ministry of Energy" in _messages(result)


def test_a_contribution_on_a_row_per_sector_is_one_project_at_the_rows_sum(workbook_build):
    """An aid register's export: a row per sector, each with its share and its part of the money. The parts add up
    (4,200,000 + 2,800,000 SEK; 2021: 1,440,000 + 960,000); a row whose only sector is another's (23183, energy
    efficiency) and whose words name none of the system's work is not counted."""
    rows = [
        ["Contribution ID", "Contribution title", "Sector code (DAC 5)", "Sector share (%)", "Agreement period start",
         "Agreement period end", "Agreed amount (SEK)", "Planned disbursement 2021 (SEK)"],
        ["51040123", "Custody records and detainee rights in police facilities", "15130", 60, "2021-01-01",
         "2022-12-31", 4200000, 1440000],
        ["51040123", "Custody records and detainee rights in police facilities", "15160", 40, "2021-01-01",
         "2022-12-31", 2800000, 960000],
        ["51040201", "Energy efficiency in district heating of Zhytomyr", "23183", 100, "2019-01-01", "2022-12-31",
         25000000, 7000000],
    ]  # fmt: skip
    result = workbook_build({"Export": rows}, "openaid_sida_UA.xlsx")
    projects = result.projects
    assert projects.title.tolist() == ["Custody records and detainee rights in police facilities"]
    assert projects.amount.tolist() == [7_000_000]
    assert "sector code 23183 is another sector's" in _messages(result)


def test_an_accounting_reports_donor_rows_with_their_sums_head_the_projects_below(workbook_build):
    """A 1C-style report: a donor's row (no title, its sums) over its contracts, which name no donor; 'Итого' closes
    the report. The contracts are the donor's; the donor rows are no projects and add nothing."""
    rows = [
        ["Контрагент", "Номер договора", "Наименование проекта", "Срок действия с", "Срок действия по", "Валюта",
         "Сумма договора"],
        ["Правительство Японии (через JICA)", None, None, None, None, "JPY", 620000000],
        [None, "JP-2020/14", "Поставка аварийно-спасательной техники", "01.11.2020", "31.10.2022", "JPY", 500000000],
        [None, "JP-2021/03", "Оборудование для пиротехнических подразделений", "01.04.2021", "31.12.2021", "JPY",
         120000000],
        ["Республика Польша (МВДиА Польши)", None, None, None, None, "PLN", 180000],
        [None, "PL-MSWiA-2021-7", "Подготовка спасателей-кинологов", "01.03.2021", "31.08.2021", "PLN", 180000],
        ["Итого", None, None, None, None, None, None],
    ]  # fmt: skip
    result = workbook_build({"TDSheet": rows}, "1C_dogovory.xlsx")
    projects = result.projects
    assert sorted(
        zip(projects.title, projects.partner, projects.amount, projects.start_date, strict=True)
    ) == [
        ("Оборудование для пиротехнических подразделений", "Japan", 120_000_000, "2021-04-01"),
        ("Подготовка спасателей-кинологов", "Poland", 180_000, "2021-03-01"),
        ("Поставка аварийно-спасательной техники", "Japan", 500_000_000, "2020-11-01"),
    ]
    assert not (result.issues.severity.eq("error")).any()


def test_a_pivot_tables_blank_line_is_no_project_and_money_of_no_year_is_spread_over_the_dates(
    workbook_build,
):
    """A pivot table: 'Grand Total' is each row's whole; a '(blank)' line with no figure is no project; money only
    under the '(blank)' year is spread over the project's dates (72,000 x 214 / 365 days in 2021)."""
    rows = [
        ["Sum of Amount (EUR)", None, None, None, None, "Year", None, None, None],
        ["Donor", "Project", "Start", "End", 2020, 2021, 2022, "(blank)", "Grand Total"],
        ["EUAM", "Equipment for the Kharkiv police situation centre", "2021-03-01", "2021-09-30", None, 85000, None,
         None, 85000],
        [None, "(blank)", "(blank)", "(blank)", None, None, None, None, None],
        ["EUAM Total", None, None, None, None, 85000, None, None, 85000],
        ["Estonia", "Cyber forensics laboratory software licences", "2021-06-01", "2022-05-31", None, None, None,
         72000, 72000],
        ["Estonia Total", None, None, None, None, None, None, 72000, 72000],
        ["Grand Total", None, None, None, None, 85000, None, 72000, 157000],
    ]  # fmt: skip
    result = workbook_build({"Pivot": rows}, "EUAM_pivot.xlsx")
    assert sorted(result.projects.title) == [
        "Cyber forensics laboratory software licences",
        "Equipment for the Kharkiv police situation centre",
    ]
    money = _funded_2021(result)
    assert money[("Cyber forensics laboratory software licences", "Estonia")] == pytest.approx(
        72_000 * 214 / 365, abs=0.01
    )


# --------------------------------------------------------------------------- lexicon


@pytest.mark.parametrize(
    ("title", "priority"),
    [
        ("Протидія наркотрафіку через морські порти України", "DRUGS"),
        ("Підвищення спроможності мобільних прикордонних підрозділів", "BORDER_SECURITY"),
        ("Modernisation of MIA service centres: electronic queue and online booking", "OTHER"),
        ("Модернизация сервисных центров МВД: электронная очередь", "OTHER"),
        ("Електронна черга на кордоні для вантажівок", "BORDER_CROSSING"),
    ],
)
def test_wordings_of_the_sector_map_to_their_priority(title, priority):
    projects = pd.DataFrame({"project_id": ["p"], "title": [title], "description": [None]})
    mapping, _ = map_priorities(projects)
    assert mapping.priority_code.tolist() == [priority]


def test_dollars_without_saying_whose_are_the_currency_columns_dollars(tmp_path):
    """'$9,000,000' beside 'CAD': Canadian dollars (no warning); 'USD 600,000' beside 'CAD' names the US dollar
    outright: USD, with a warning."""
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "GAC_projects.csv").write_text(
        '"Project Number","Project Title","Start Date","End Date","Maximum GAC Contribution","Currency"\n'
        '"P-006543","Community-oriented policing in Ukraine","2019-03-28","2022-03-31","$9,000,000","CAD"\n'
        '"P-007288","Drug interdiction K9 units at Odesa sea port","2021-04-01","2022-03-31","USD 600,000","CAD"\n',
        encoding="utf-8",
    )
    result = build(raw, tmp_path / "out", year=2021)
    currencies = dict(zip(result.projects.title, result.projects.currency, strict=True))
    assert currencies == {
        "Community-oriented policing in Ukraine": "CAD",
        "Drug interdiction K9 units at Odesa sea port": "USD",
    }
    warned = result.issues[result.issues.kind.eq("currency") & result.issues.severity.eq("warning")]
    assert warned.row.tolist() == [3]


# --------------------------------------------------------------------------- IATI exported by column names

IATI_FLAT = (
    "iati-identifier,reporting-org-ref,reporting-org,title,recipient-country-code,recipient-country,sector-code,"
    "sector-percentage,activity-status-code,activity-date-start-planned,activity-date-end-planned,"
    "participating-org (Funding),default-currency,record-type,transaction-type,transaction-date,period-start,"
    "period-end,value,value-currency\n"
    # a commitment signed in 2020, its disbursement of 2021 and the planned ones after: 700 + 750 + 350 = 1,800
    "XI-EC-1,XI-IATI-EC,European Commission,Digital custody records in police holding facilities,UA,Ukraine,15130,"
    "100,2,2021-02-01,2023-01-31,European Union,EUR,transaction,2 - Outgoing Commitment,2020-12-18,,,1800000,EUR\n"
    "XI-EC-1,XI-IATI-EC,European Commission,Digital custody records in police holding facilities,UA,Ukraine,15130,"
    "100,2,2021-02-01,2023-01-31,European Union,EUR,transaction,3 - Disbursement,2021-03-10,,,700000,EUR\n"
    "XI-EC-1,XI-IATI-EC,European Commission,Digital custody records in police holding facilities,UA,Ukraine,15130,"
    "100,2,2021-02-01,2023-01-31,European Union,EUR,planned-disbursement,,,2022-01-01,2022-12-31,750000,EUR\n"
    "XI-EC-1,XI-IATI-EC,European Commission,Digital custody records in police holding facilities,UA,Ukraine,15130,"
    "100,2,2021-02-01,2023-01-31,European Union,EUR,planned-disbursement,,,2023-01-01,2023-01-31,350000,EUR\n"
    # one commitment signed before the work starts, nothing else: spread over 2021-04-01..2022-09-30 (548 days)
    "FI-3-1,FI-3,Ministry for Foreign Affairs of Finland,Police mobile teams for domestic violence response,UA,"
    "Ukraine,15180,100,2,2021-04-01,2022-09-30,Ministry for Foreign Affairs of Finland,EUR,transaction,"
    "2 - Outgoing Commitment,2021-03-15,,,548000,\n"
    # planned disbursements only (a pipeline activity)
    "CH-4-1,CH-4,SDC,Queue management at road border crossing points,UA,Ukraine,33120,100,1,2021-07-01,"
    "2022-12-31,SDC,CHF,planned-disbursement,,,2021-07-01,2021-12-31,400000,\n"
    "CH-4-1,CH-4,SDC,Queue management at road border crossing points,UA,Ukraine,33120,100,1,2021-07-01,"
    "2022-12-31,SDC,CHF,planned-disbursement,,,2022-01-01,2022-12-31,900000,\n"
    # another country's activity, and another sector's
    'CH-4-2,CH-4,SDC,Police reform support in Moldova,MD,"Moldova, Republic of",15210,100,2,2020-01-01,'
    "2023-12-31,SDC,CHF,transaction,2 - Outgoing Commitment,2019-12-01,,,4200000,CHF\n"
    "CH-4-3,CH-4,SDC,Medical education and primary health care reform,UA,Ukraine,12220,100,2,2018-11-01,"
    "2022-10-31,SDC,CHF,budget,Original,,2021-01-01,2021-12-31,2100000,\n"
)


def test_an_iati_export_by_column_names_with_a_row_per_record(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "iati_flat_export_UA_MD.csv").write_text(IATI_FLAT, encoding="utf-8")
    result = build(raw, tmp_path / "out", year=2021)
    projects = result.projects.set_index("project_id")
    # Moldova's activity is not Ukraine's; the health activity is kept, under OTHER (IATI activities outside every
    # priority go there)
    assert sorted(projects.index) == ["CH-4-1", "CH-4-3", "FI-3-1", "XI-EC-1"]
    assert set(result.allocations.loc[result.allocations.project_id.eq("CH-4-3"), "priority_code"]) == {
        "OTHER"
    }
    # the commitment's years as its disbursements give them, not all in 2020 when it was signed
    assert projects.loc["XI-EC-1", "yearly_amounts"] == "2021=700000;2022=750000;2023=350000"
    # spread over the activity's 548 days: 275 in 2021 (1 April - 31 December), 273 in 2022
    assert projects.loc["FI-3-1", "yearly_amounts"] == "2021=275000;2022=273000"
    assert projects.loc["FI-3-1", "partner"] == "Finland"
    # no budget nor commitment: the planned disbursements
    assert (projects.loc["CH-4-1", "amount"], projects.loc["CH-4-1", "currency"]) == (1_300_000, "CHF")
    assert projects.loc["CH-4-1", "status"] == "planned"


# --------------------------------------------------------------------------- the ministry's template, filled in


def test_projects_typed_into_one_row_a_line_each_are_projects_each(workbook_build):
    """Three purchases typed into one row, a line each in the title, the budget and the 2021 cells: three projects,
    each with its own figures (not one sum of 250,000,310,000,180,000)."""
    rows = [
        ["No.", "Project title", "Donor", "Start date", "End date", "Budget, USD", "2021 amount, USD", "Status"],
        [1, "Counter-narcotics canine program", "INL", "01/15/2021", "01/14/2022", 450000, 300000, "Ongoing"],
        [2, "Forensic lab equipment – Kharkiv\nForensic lab equipment – Dnipro\nForensic lab equipment – Lviv", "INL",
         "04/01/2021", "03/31/2022", "250,000\n310,000\n180,000", "190,000\n230,000\n135,000", "Ongoing"],
    ]  # fmt: skip
    result = workbook_build({"ITA projects": rows}, "US_Embassy_template.xlsx")
    projects = result.projects.set_index("title")
    assert sorted(projects.index) == [
        "Counter-narcotics canine program",
        "Forensic lab equipment – Dnipro",
        "Forensic lab equipment – Kharkiv",
        "Forensic lab equipment – Lviv",
    ]
    assert projects.loc["Forensic lab equipment – Dnipro", "amount"] == 310_000
    assert projects.loc["Forensic lab equipment – Lviv", "yearly_amounts"] == "2021=135000"
    assert "holds 3 projects typed into one row" in _messages(result)


def test_several_sums_a_line_each_in_one_cell_are_no_one_number():
    from mtd_analysis.ingest.values import ValueProblem, parse_amount

    with pytest.raises(ValueProblem, match="several sums"):
        parse_amount("250,000\n310,000\n180,000")
    # a figure a converter broke over two lines, and a sum with a remark under it, stay one sum each
    assert parse_amount("800\n000,00").value == 800_000
    assert parse_amount("1 000 000\nEUR").value == 1_000_000


def test_shares_before_a_remark_after_a_dash_and_a_ministry_by_its_acronym():
    assert partner_shares("Германия (60%), Швейцария (40%) – внебюджетные взносы") == [
        ("Germany", 60.0),
        ("Switzerland", 40.0),
    ]
    assert partner_shares("ЄС – 75 %, BMI – 25 %") == [("EU", 75.0), ("Germany", 25.0)]


def test_under_negotiation_with_the_implementer_is_planned():
    from mtd_analysis.ingest.values import parse_status

    assert parse_status("Under negotiation with implementer") == "planned"
    assert parse_status("Implementation ongoing") == "ongoing"


def test_a_services_personnel_policy_and_training_centre_are_other_sector_work():
    projects = pd.DataFrame(
        {"project_id": ["p"], "title": ["Кадрова політика та навчальний центр ДМС"], "description": [None]}
    )
    mapping, _ = map_priorities(projects)
    assert mapping.priority_code.tolist() == ["OTHER"]


# --------------------------------------------------------------------------- tables out of letters


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("з II кварталу 2021 року по I квартал 2022 року", "2021-04-01", "2022-03-31"),
        ("с III квартала 2021 г. по II квартал 2022 г.", "2021-07-01", "2022-06-30"),
        ("з ІV кварталу 2021 року по ІV квартал 2022 року", "2021-10-01", "2022-12-31"),
    ],
)
def test_a_period_of_quarters_written_out_in_a_letter(text, start, end):
    from mtd_analysis.ingest.values import parse_period

    found = parse_period(text)
    assert (found[0].isoformat(), found[1].isoformat()) == (start, end)


def test_a_count_of_things_planned_is_no_planned_status():
    from mtd_analysis.ingest.values import parse_status

    assert parse_status("Реализуется, проведено 6 тренингов из 8 запланированных.") == "ongoing"
    assert parse_status("Запланований") == "planned"


def test_a_letters_table_its_donors_with_shares_in_the_title_cell_and_its_second_table_of_planned_projects(
    workbook_build,
):
    """A border guard's letter: a title cell naming the donors with their shares ("Донори: … – 80 %, … – 20 %"), and
    under "Таблиця 2. Планові проєкти" a second table whose projects are planned. EUR 2,500,000 over 1 April 2021 -
    31 March 2022: 275 of 365 days in 2021, 80 % the EU's, 20 % Poland's."""
    rows = [
        ["АДМІНІСТРАЦІЯ ДЕРЖАВНОЇ ПРИКОРДОННОЇ СЛУЖБИ УКРАЇНИ"],
        ["Таблиця 1. Проєкти, що реалізуються"],
        ["№ з/п", "Назва проєкту, донор, виконавець", "Бюджет", "Термін реалізації", "Стан реалізації"],
        ["1.", "Модернізація пункту пропуску «Шегині»\nДонори: Європейський Союз – 80 %, Уряд Республіки Польща – 20 %"
         "\nВиконавець: Адміністрація Держприкордонслужби", "2,5 млн. євро",
         "з II кварталу 2021 року по I квартал 2022 року", "Реалізується"],
        [],
        ["Таблиця 2. Планові проєкти"],
        ["№", "Період реалізації", "Назва проєкту", "Орієнтовна вартість", "Донор (джерело фінансування)"],
        ["1.", "2022–2023 рр.", "Автоматизований паспортний контроль у пункті пропуску «Ягодин»", "3 млн євро",
         "Європейський Союз"],
    ]  # fmt: skip
    result = workbook_build({"Лист": rows}, "ДПСУ_лист.xlsx")
    money = _funded_2021(result)
    assert money[("Модернізація пункту пропуску «Шегині»", "EU")] == pytest.approx(
        2_500_000 * 275 / 365 * 0.8, abs=0.01
    )
    assert money[("Модернізація пункту пропуску «Шегині»", "Poland")] == pytest.approx(
        2_500_000 * 275 / 365 * 0.2, abs=0.01
    )
    statuses = dict(zip(result.projects.title, result.projects.status, strict=True))
    assert statuses["Автоматизований паспортний контроль у пункті пропуску «Ягодин»"] == "planned"


# --------------------------------------------------------------------------- long data


def test_a_long_export_of_metrics_and_values_beside_the_projects_columns(tmp_path):
    """A row per project and metric ("budget_total", "budget_2021", "period_start" …), the project's other fields
    in columns of their own, and a "unit" column ("тыс."): one project each, its money in units (420 and 180.5
    thousand EUR)."""
    raw = tmp_path / "raw"
    raw.mkdir()
    lines = ["project_code,project_name,funding_partner,status,currency,unit,metric,value"]
    for metric, value in [("budget_total", "420"), ("budget_2021", "180.5"), ("spent_2021", "95.2"),
                          ("period_start", "2021-03-01"), ("period_end", "2022-02-28")]:  # fmt: skip
        lines.append(
            f"OSCE-THB-21,Counter-trafficking training for police investigators,OSCE,Ongoing,EUR,тыс.,{metric},{value}"
        )
    for metric, value in [
        ("budget_total", "900000"),
        ("period_start", "2019-01-01"),
        ("period_end", "2021-06-30"),
    ]:
        lines.append(
            f"COE-DET,Safeguards for persons detained by the police,Council of Europe,Completed,EUR,ед.,{metric},{value}"
        )
    (raw / "un_partners_long_export.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = build(raw, tmp_path / "out", year=2021)
    projects = result.projects.set_index("project_id")
    assert sorted(projects.index) == ["COE-DET", "OSCE-THB-21"]
    assert projects.loc["OSCE-THB-21", "amount"] == 420_000
    assert projects.loc["OSCE-THB-21", "yearly_amounts"].startswith("2021=180500")
    assert projects.loc["COE-DET", "amount"] == 900_000


def test_a_units_column_naming_the_currency_is_the_currency_column(one_sheet_build):
    rows = [
        ["Назва проєкту / Project title", "Донор / Donor", "Од. виміру / Unit", "2021", "2022"],
        ["Розвиток системи професійної підготовки НГУ", "Уряд США", "тис. дол. США", 650, 300],
        ["Забезпечення громадського порядку під час масових заходів", "ОБСЄ", "євро", "120 000,00", None],
    ]
    result = one_sheet_build(rows, "NGU_projects.xlsx")
    projects = result.projects.set_index("title")
    assert projects.loc["Розвиток системи професійної підготовки НГУ", "currency"] == "USD"
    assert (
        projects.loc["Розвиток системи професійної підготовки НГУ", "yearly_amounts"]
        == "2021=650000;2022=300000"
    )
    assert projects.loc["Забезпечення громадського порядку під час масових заходів", "currency"] == "EUR"


def test_a_check_row_repeating_the_sums_under_the_total_is_no_project(one_sheet_build):
    """A check row, "контроль (сума розділів)", under the grand total repeats its sums (a hidden check row): no project."""
    rows = [
        ["Назва проєкту", "Донор", "Бюджет, тис. грн"],
        ["Навчання кіберполіції", "ЄС", 1200],
        ["Обладнання для ДСНС", "Японія", 800],
        ["УСЬОГО по системі МВС", None, 2000],
        ["контроль (сума розділів)", None, 2000],
    ]
    result = one_sheet_build(rows, "МВС_зведена.xlsx")
    assert sorted(result.projects.title) == ["Навчання кіберполіції", "Обладнання для ДСНС"]
