"""Files exported from donors' and agencies' systems (blind set AR): database column names in Ukrainian or Polish
transliteration, a row of the columns' data types under the header, ISO 4217 numbers for currencies, code lists on
sheets of their own, and a row per project, year and component. Expected values are worked out by hand."""

from __future__ import annotations

import pytest
from openpyxl import Workbook

from mtd_analysis.build import build
from mtd_analysis.ingest.columns import match_field
from mtd_analysis.ingest.periods import yearly_values
from mtd_analysis.ingest.values import ValueProblem, parse_amount, parse_currency, parse_status


def _build(tmp_path, sheets: dict[str, list[list]], name: str = "export.xlsx"):
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


def _2021(result, title_start: str) -> float:
    """The project's 2021 amount in its own currency, as its years say."""
    rows = result.projects[result.projects["title"].str.startswith(title_start)]
    assert len(rows) == 1, title_start
    return yearly_values(rows["yearly_amounts"].iloc[0]).get(2021, 0.0)


@pytest.mark.parametrize(
    ("label", "field", "year"),
    [
        ("suma", "amount", None),
        ("suma_2021", "yearly", 2021),
        ("kwota_2021", "yearly", 2021),
        ("rik", "amount_year", None),
        ("budget_yr", "amount_year", None),
        ("Budget Year", "amount_year", None),
        ("proj_nazva", "title", None),
        ("vykonavets", "implementer", None),
        ("waluta", "currency", None),
        ("eu_contrib_eur", "amount", None),  # "contrib" spelled out: a contribution, not a contractor
        ("TXN_TYPE", "transaction_type", None),
        ("Entry Type", "transaction_type", None),
    ],
)
def test_database_column_names_in_transliteration_are_read(label, field, year):
    m = match_field(label)
    assert (m.field, m.year) == (field, year)


def test_a_budget_is_still_money_and_a_budget_year_is_not():
    assert match_field("Budget").field == "amount"
    assert match_field("Budget year").field == "amount_year"


@pytest.mark.parametrize("codes", [["K1", "K2", "K1", "K3"], ["M3", "LT2", "Q3", "M4"]])
def test_a_column_of_letters_and_numbers_is_codes_not_thousands(codes):
    from mtd_analysis.ingest.columns import content_role

    assert content_role(codes).field == "project_id"


# in a column headed as money such a cell is still its money (a review found zł500 and K45 lost)
@pytest.mark.parametrize(("text", "value"), [("K45", 45_000.0), ("M1", 1_000_000.0), ("zł500", 500.0)])
def test_a_letter_before_a_number_in_a_money_cell_is_still_read(text, value):
    assert parse_amount(text).value == value


@pytest.mark.parametrize(
    ("text", "value"), [("45k", 45_000.0), ("€1.2m", 1_200_000.0), ("EUR 300k", 300_000.0)]
)
def test_a_multiplier_after_its_number_is_still_read(text, value):
    assert parse_amount(text).value == value


@pytest.mark.parametrize(("cell", "code"), [("978", "EUR"), (840, "USD"), (980.0, "UAH"), ("392", "JPY")])
def test_iso_4217_numbers_name_their_currency(cell, code):
    assert parse_currency(cell) == code


def test_an_unknown_number_is_no_currency():
    with pytest.raises(ValueProblem):
        parse_currency("123")


def test_a_row_of_data_types_under_the_header_is_no_project(tmp_path):
    result = _build(
        tmp_path,
        {
            "Data": [
                ["proj_cd", "proj_title", "start_dt", "end_dt", "budget_eur", "status_cd"],
                ["VARCHAR(12)", "NVARCHAR(400)", "DATETIME", "DATETIME", "DECIMAL(15,2)", "CHAR(3)"],
                ["P-1", "Border patrol boats", "2021-01-01", "2021-12-31", 100_000, "Ongoing"],
            ]
        },
    )
    assert result.projects["title"].tolist() == ["Border patrol boats"]
    notes = result.issues[result.issues["message"].str.contains("data types")]
    assert len(notes) == 1 and notes["severity"].iloc[0] == "info"


def test_codes_explained_on_sheets_of_their_own_name_the_funder_and_the_status(tmp_path):
    result = _build(
        tmp_path,
        {
            "Данные": [
                ["wbs_id", "proj_name", "donor_cd", "status_cd", "start_dt", "end_dt", "budget_usd"],
                [
                    "UA-1",
                    "Hotline for victims of trafficking",
                    "D001",
                    "AC",
                    "2021-01-01",
                    "2021-12-31",
                    300_000,
                ],
                [
                    "UA-2",
                    "Thermal cameras for border guards",
                    "D014",
                    "CN",
                    "2021-01-01",
                    "2021-12-31",
                    200_000,
                ],
                ["UA-3", "Community policing training", "D031", "PR", "2021-01-01", "2021-12-31", 50_000],
            ],
            "СПР_доноры": [
                ["donor_cd", "donor_name_ru"],
                ["D001", "Государственный департамент США – Бюро PRM"],
                ["D014", "Европейский Союз – DG NEAR"],
                ["D031", "Фонд развития МОМ (IOM Development Fund)"],
            ],
            "СПР_статусы": [
                ["status_cd", "status_name_ru"],
                ["PR", "Предложение (концепция)"],
                ["AC", "Активный (реализуется)"],
                ["CN", "Отменён"],
            ],
        },
    )
    projects = result.projects.set_index("title")
    assert projects["partner"].to_dict() == {
        "Hotline for victims of trafficking": "USA",
        "Thermal cameras for border guards": "EU",
        "Community policing training": "IOM",
    }
    assert projects["status"].to_dict() == {
        "Hotline for victims of trafficking": "ongoing",
        "Thermal cameras for border guards": "cancelled",
        "Community policing training": "planned",
    }
    lists = result.issues[result.issues["message"].str.contains("lists codes and what they mean")]
    assert sorted(lists["sheet"]) == ["СПР_доноры", "СПР_статусы"]
    assert set(lists["severity"]) == {"info"}


def test_a_list_of_codes_no_sheet_uses_is_not_taken_for_one(tmp_path):
    result = _build(
        tmp_path,
        {
            "Projects": [
                ["Title", "Donor", "Start", "End", "Amount, EUR"],
                ["Shelters for survivors", "EU", "2021-01-01", "2021-12-31", 10_000],
            ],
            "Other": [["Ref", "What"], ["X1", "Something"], ["X2", "Something else"]],
        },
    )
    assert not result.issues["message"].str.contains("lists codes").any()


def _long(rows: list[list], *, transaction: bool = False) -> dict[str, list[list]]:
    header = ["proj_cd", "proj_nazva", "donor", "start_dt", "end_dt", "komp_cd", "rik", "suma", "curr_cd"]
    if transaction:
        header[5] = "Entry Type"
    return {"Export": [header, *rows]}


_A = ["7F-1", "Mobile groups against domestic violence", "Switzerland", "2020-10-01", "2022-09-30"]
_B = ["7F-2", "Queue system at a border crossing point", "Switzerland", "2020-04-01", "2022-03-31"]


def test_a_projects_components_of_one_year_are_added_up(tmp_path):
    result = _build(
        tmp_path,
        _long(
            [
                [*_A, "K1", 2021, 180_000, "CHF"],
                [*_A, "K2", 2021, 70_000, "CHF"],
                [*_A, "K1", 2022, 150_000, "CHF"],
                [*_B, "K1", 2020, 300_000, "CHF"],
                [*_B, "K1", 2021, 450_000, "CHF"],
                [*_B, "K2", 2021, 125_000.5, "CHF"],
            ]
        ),
    )
    assert len(result.projects) == 2
    assert _2021(result, "Mobile groups") == 250_000.0  # 180 000 + 70 000
    assert _2021(result, "Queue system") == 575_000.5  # 450 000 + 125 000.50
    amounts = result.projects.set_index("title")["amount"]
    assert amounts["Mobile groups against domestic violence"] == 400_000.0  # every year's rows


def test_the_same_row_twice_is_still_counted_once(tmp_path):
    result = _build(
        tmp_path,
        _long(
            [
                [*_A, "K1", 2021, 180_000, "CHF"],
                [*_A, "K1", 2021, 180_000, "CHF"],
                [*_A, "K1", 2022, 150_000, "CHF"],
            ]
        ),
    )
    assert _2021(result, "Mobile groups") == 180_000.0
    assert result.issues["message"].str.contains("sent twice, counted once").sum() == 1


def test_in_a_table_of_transactions_the_commitments_count_and_are_added_up(tmp_path):
    result = _build(
        tmp_path,
        _long(
            [
                [*_A, "COMM", 2021, 180_000, "CHF"],
                [*_A, "DISB", 2021, 90_000, "CHF"],
                [*_A, "Commitment top-up", 2021, 20_000, "CHF"],
                [*_A, "EXP", 2021, 85_000, "CHF"],
                [*_A, "COMM", 2022, 150_000, "CHF"],
            ],
            transaction=True,
        ),
    )
    assert _2021(result, "Mobile groups") == 200_000.0  # 180 000 + 20 000: no disbursement, no expenditure
    skipped = result.issues[result.issues["message"].str.contains("not a commitment")]
    assert sorted(skipped["row"].astype(int)) == [3, 5]


def test_iati_transaction_codes_and_a_code_list_say_which_rows_are_commitments(tmp_path):
    rows = [
        [*_A, "2", 2021, 300_000, "CHF"],  # IATI 2: outgoing commitment
        [*_A, "3", 2021, 100_000, "CHF"],  # 3: disbursement
        [*_A, "4", 2021, 95_000, "CHF"],  # 4: expenditure
        [*_B, "K", 2021, 40_000, "CHF"],  # explained on the code list below
        [*_B, "P", 2021, 10_000, "CHF"],
        [*_A, "2", 2022, 200_000, "CHF"],
        [*_B, "K", 2022, 60_000, "CHF"],
    ]
    sheets = _long(rows, transaction=True)
    sheets["Entry Types"] = [
        ["Code", "Description"],
        ["K", "Commitment for the budget year"],
        ["P", "Payment"],
    ]
    result = _build(tmp_path, sheets)
    assert _2021(result, "Mobile groups") == 300_000.0
    assert _2021(result, "Queue system") == 40_000.0


def test_kinds_of_transaction_not_read_are_said_and_rows_not_added_up(tmp_path):
    result = _build(
        tmp_path,
        _long(
            [
                [*_A, "ZX", 2021, 180_000, "CHF"],
                [*_A, "QY", 2021, 90_000, "CHF"],
                [*_A, "ZX", 2022, 150_000, "CHF"],
            ],
            transaction=True,
        ),
    )
    assert _2021(result, "Mobile groups") == 180_000.0  # the first row, not 270 000
    said = result.issues[result.issues["message"].str.contains("kind of transaction")]
    assert len(said) == 1 and said["severity"].iloc[0] == "warning" and "'QY'" in said["message"].iloc[0]


@pytest.mark.parametrize(
    ("code_label", "name_label"), [("DONOR_ID", "DONOR_NAME"), ("donor_cd", "donor_nazva")]
)
@pytest.mark.parametrize("codes_first", [True, False])
def test_a_column_of_funders_names_wins_over_a_column_of_their_codes(
    tmp_path, code_label, name_label, codes_first
):
    labels, cells = [code_label, name_label], ["00067", "Denmark - Ministry of Foreign Affairs (DANIDA)"]
    if not codes_first:
        labels, cells = labels[::-1], cells[::-1]
    result = _build(
        tmp_path,
        {
            "Export": [
                ["PROJECT_TITLE", *labels, "START_DT", "END_DT", "BUDGET_USD"],
                ["Hromada safety councils", *cells, "2021-01-01", "2021-12-31", 200_000],
            ]
        },
    )
    assert result.projects["partner"].tolist() == ["Denmark"]


def test_numeric_status_codes_explained_in_a_note_under_the_table(tmp_path):
    header = ["proj_cd", "proj_nazva", "donor", "status_cd", "start_dt", "end_dt", "suma", "curr_cd"]
    result = _build(
        tmp_path,
        {
            "Export": [
                header,
                [
                    "7F-1",
                    "Mobile groups against domestic violence",
                    "Switzerland",
                    30,
                    "2021-01-01",
                    "2021-12-31",
                ]
                + [100_000, "CHF"],
                [
                    "7F-2",
                    "Identification of irregular migrants",
                    "Switzerland",
                    10,
                    "2021-01-01",
                    "2021-12-31",
                ]
                + [60_000, "CHF"],
                [
                    "7F-3",
                    "Anti-trafficking network in Zakarpattia",
                    "Switzerland",
                    90,
                    "2021-01-01",
                    "2021-12-31",
                ]
                + [150_000, "CHF"],
                [],
                ["Коди статусів: 10 – концепція (у розробці); 30 – у реалізації; 90 – скасовано"],
            ]
        },
    )
    assert result.projects.set_index("title")["status"].to_dict() == {
        "Mobile groups against domestic violence": "ongoing",
        "Identification of irregular migrants": "planned",
        "Anti-trafficking network in Zakarpattia": "cancelled",
    }


def test_the_swiss_cooperation_office_named_in_a_file_name_is_switzerland(tmp_path):
    result = _build(
        tmp_path,
        {
            "Export": [
                ["proj_nazva", "benef_cd", "start_dt", "end_dt", "suma", "curr_cd"],
                [
                    "Queue system at a border crossing point",
                    "ДПСУ",
                    "2021-01-01",
                    "2021-12-31",
                    450_000,
                    "CHF",
                ],
            ]
        },
        name="SCO_Ukraine_biudzhet_proektiv_2021-02-12.xlsx",
    )
    assert result.projects["partner"].tolist() == ["Switzerland"]


def test_a_row_describing_database_columns_explains_them_and_only_a_projects_first_row_holds_its_cells(
    tmp_path,
):
    result = _build(
        tmp_path,
        {
            "Export": [
                ["Report generated: 2021-02-15T09:12:44Z (OPSYS BI – commitments by budget year)"],
                [],
                ["action_ref", "proj_title_en", "benef_inst", "start_dt", "end_dt", "is_multi_country"]
                + ["budget_yr", "eu_contrib_eur"],
                [
                    "Action reference",
                    "Action title (EN)",
                    "Beneficiary institution",
                    "Start date (planned or actual)",
                ]
                + [
                    "End date (planned or actual)",
                    "TRUE = regional action; amounts are the Ukraine allocation only",
                ]
                + ["Budget year of the commitment", "EU contribution committed for the budget year, EUR"],
                [
                    "ACT-1",
                    "Thermal surveillance towers for the SBGS",
                    "SBGS",
                    "2020-09-01",
                    "2023-08-31",
                    "FALSE",
                ]
                + [2020, 700_000],
                [None, None, None, None, None, None, 2021, 1_000_000],
                [None, None, None, None, None, None, 2021, 350_000],  # a top-up for 2021
                [None, None, None, None, None, None, 2022, 250_000],
                [
                    "ACT-2",
                    "Victim support units of the National Police",
                    "NPU",
                    "2019-01-15",
                    "2021-06-30",
                    "FALSE",
                ]
                + [2020, 200_000],
                [None, None, None, None, None, None, 2021, 150_000],
            ]
        },
    )
    assert sorted(result.projects["title"]) == [
        "Thermal surveillance towers for the SBGS",
        "Victim support units of the National Police",
    ]
    assert _2021(result, "Thermal surveillance") == 1_350_000.0
    assert _2021(result, "Victim support") == 150_000.0
    amounts = result.projects.set_index("title")["amount"]
    assert amounts["Thermal surveillance towers for the SBGS"] == 2_300_000.0  # every year's rows
    assert (result.issues["severity"] == "error").sum() == 0


def test_a_csv_exports_first_row_of_values_is_no_row_of_descriptions():
    from mtd_analysis.ingest.columns import _names_over_descriptions

    names = ["BUSINESS_UNIT", "PROJECT_ID", "PROJECT_TITLE", "PROJECT_START_DT", "BUDGET_AMOUNT", "TXN_CCY"]
    values = ["UKR10", "00119345", "Hromada Safety Councils", "2020-07-01 00:00:00", "350000.00", "EUR"]
    described = [
        "Business unit",
        "Project number",
        "Title of the project",
        "Start date",
        "Budget, EUR",
        "Currency",
    ]
    assert not _names_over_descriptions(names, values)
    assert _names_over_descriptions(names, described)
    assert not _names_over_descriptions(
        ["Title", "Budget", "Start"], described[:3]
    )  # no database names above


def _rows_by_year(tmp_path, header, rows, name="export.xlsx"):
    return _build(tmp_path, {"Export": [header, *rows]}, name=name)


def test_a_plain_year_column_is_the_rows_year_over_a_budget_year(tmp_path):
    header = ["Title", "Donor", "Start", "End", "Budget year", "Year", "Amount, EUR"]
    base = ["Border surveillance equipment", "EU", "2020-01-01", "2022-12-31", 2019]
    result = _rows_by_year(
        tmp_path, header, [[*base, 2020, 1_000_000], [*base, 2021, 1_200_000], [*base, 2022, 800_000]]
    )
    assert len(result.projects) == 1
    assert _2021(result, "Border surveillance") == 1_200_000.0


def test_a_number_beside_an_amount_headed_in_hryvnia_is_no_currency_of_it(tmp_path):
    result = _build(
        tmp_path,
        {
            "Реєстр": [
                ["Назва проєкту", "Донор", "Початок", "Кінець", "Сума, грн", "Валюта договору"],
                ["Обладнання для ДПСУ", "ЄС", "2021-01-01", "2021-12-31", 30_000_000, 978],
            ]
        },
    )
    assert (
        "EUR" not in result.projects["currency"].tolist()
    )  # not 30 million euros (as before: said, not counted)
    assert result.issues["message"].str.contains("unknown currency code '978'").any()


def test_a_list_of_implementers_by_contract_does_not_name_the_funders(tmp_path):
    result = _build(
        tmp_path,
        {
            "Projects": [
                ["Title", "Donor", "Start", "End", "Amount, EUR"],
                ["Police training", "EU/01", "2021-01-01", "2021-12-31", 1_000_000],
                ["Border equipment", "EU/02", "2021-01-01", "2021-12-31", 1_200_000],
            ],
            "Implementers": [["Contract no.", "Implementing partner"], ["EU/01", "UNDP"], ["EU/02", "IOM"]],
        },
    )
    assert not {"UNDP", "IOM"} & set(result.projects["partner"])


def test_rows_of_one_title_for_other_agencies_are_other_projects(tmp_path):
    header = ["Title", "Donor", "Beneficiary", "Start", "End", "Year", "Amount, EUR"]
    sbgs = ["Equipment supply", "EU", "SBGS", "2020-01-01", "2022-12-31"]
    npu = ["Equipment supply", "EU", "NPU", "2021-01-01", "2021-12-31"]
    result = _rows_by_year(
        tmp_path, header, [[*sbgs, 2020, 1_000_000], [*sbgs, 2021, 1_200_000], [*npu, 2021, 700_000]]
    )
    assert sorted(result.projects["beneficiaries"]) == ["NPU", "SBGS"]


def test_a_second_row_for_the_same_year_is_added_and_said(tmp_path):
    header = ["Title", "Donor", "Start", "End", "Year", "Amount, EUR", "Comment"]
    base = ["Shelters for survivors", "EU", "2020-01-01", "2022-12-31"]
    result = _rows_by_year(
        tmp_path,
        header,
        [[*base, 2020, 500_000, None], [*base, 2021, 1_200_000, None], [*base, 2021, 1_200_000, "checked"]],
    )
    said = result.issues[result.issues["message"].str.contains("if it revises or repeats that row")]
    assert len(said) == 1 and said["severity"].iloc[0] == "warning"


def test_budget_and_plan_rows_are_the_money_actual_and_expenditure_rows_not(tmp_path):
    result = _build(
        tmp_path,
        _long(
            [
                [*_A, "Budget", 2021, 400_000, "CHF"],
                [*_A, "Expenditure", 2021, 120_000, "CHF"],
                [*_A, "Budget", 2022, 300_000, "CHF"],
                [*_B, "Plan", 2021, 1_000_000, "CHF"],
                [*_B, "Actual", 2021, 950_000, "CHF"],
                [*_B, "Plan", 2022, 500_000, "CHF"],
            ],
            transaction=True,
        ),
    )
    assert _2021(result, "Mobile groups") == 400_000.0
    assert _2021(result, "Queue system") == 1_000_000.0


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Предложение (концепция)", "planned"),
        ("Концепцію погоджено, проект реалізується", "ongoing"),
        ("Концепция одобрена, контракт подписан", "approved"),
    ],
)
def test_a_concept_is_planned_unless_more_is_said(text, status):
    assert parse_status(text) == status


@pytest.mark.parametrize("text", ["Concept rejected", "Пропозицію відхилено", "Предложение отклонено"])
def test_a_rejected_concept_is_not_planned(text):
    assert parse_status(text) != "planned"


def test_a_sheet_describing_a_ledgers_projects_by_code_gives_them_its_status_and_dates(tmp_path):
    result = _build(
        tmp_path,
        {
            "Ledger": [
                ["Entry No.", "Project No.", "Project Name", "Funding Source", "Entry Type", "Budget Year"]
                + ["Amount (EUR)"],
                [1, "P-1", "Risk analysis unit of the SBGS", "EU", "COMM", 2021, 550_000],
                [2, "P-2", "Accommodation centre for foreigners", "EU", "COMM", 2021, 260_000],
                [3, "P-1", "Risk analysis unit of the SBGS", "EU", "COMM", 2022, 300_000],
                [4, "P-2", "Accommodation centre for foreigners", "EU", "COMM", 2022, 100_000],
            ],
            "Projects": [
                ["Project No.", "Description", "Status", "Starting Date", "Ending Date", "Beneficiary"],
                ["P-1", "Risk analysis unit of the SBGS", "Open", "2021-01-01", "2022-12-31", "SBGS"],
                [
                    "P-2",
                    "Accommodation centre for foreigners",
                    "Cancelled",
                    "2021-04-01",
                    "2022-03-31",
                    "SMS",
                ],
            ],
        },
    )
    projects = result.projects.set_index("title")
    assert sorted(projects.index) == ["Accommodation centre for foreigners", "Risk analysis unit of the SBGS"]
    assert projects.loc["Accommodation centre for foreigners", "status"] == "cancelled"
    assert projects.loc["Risk analysis unit of the SBGS", "beneficiaries"] == "SBGS"
    said = result.issues[result.issues["message"].str.contains("is described here without a title")]
    assert len(said) == 2 and set(said["severity"]) == {"info"}


def test_a_project_written_in_words_under_database_names_is_still_a_project():
    from mtd_analysis.ingest.columns import _names_over_descriptions

    names = ["proj_title", "donor_name", "status_cd", "start_period", "end_period", "budget_note"]
    project = [
        "Police vehicles donation",
        "Government of Japan",
        "ongoing",
        "first quarter",
        "fourth quarter",
        "in kind",
    ]
    assert not _names_over_descriptions(names, project)


def test_units_said_in_the_description_row_are_the_columns(tmp_path):
    result = _build(
        tmp_path,
        {
            "Export": [
                ["proj_title", "donor_name", "start_dt", "end_dt", "contrib_amt", "curr_cd"],
                [
                    "Project title",
                    "Donor name",
                    "Start date",
                    "End date",
                    "Contribution amount (in thousands)",
                    "Currency code",
                ],
                ["Community policing training", "USAID", "2021-01-01", "2021-12-31", 1200, "USD"],
            ]
        },
    )
    assert result.projects["amount"].tolist() == [1_200_000.0]


def test_a_line_of_a_year_and_a_sum_under_the_last_project_is_no_year_of_it(tmp_path):
    header = ["Title", "Donor", "Start", "End", "Year", "Amount, EUR"]
    result = _rows_by_year(
        tmp_path,
        header,
        [
            ["Border management", "EU", "2020-01-01", "2022-12-31", 2020, 1_000_000],
            ["Border management", "EU", "2020-01-01", "2022-12-31", 2021, 1_200_000],
            ["Police vehicles", "Japan", "2021-01-01", "2021-12-31", 2021, 1_500_000],
            [None, None, None, None, 2021, 3_500_000],  # a subtotal without its word
        ],
    )
    assert _2021(result, "Police vehicles") == 1_500_000.0


def test_a_blank_title_with_its_own_dates_is_no_year_of_the_project_above(tmp_path):
    header = ["Title", "Donor", "Beneficiary", "Start", "End", "Year", "Amount, EUR"]
    result = _rows_by_year(
        tmp_path,
        header,
        [
            ["Border management", "EU", "SBGS", "2020-01-01", "2022-12-31", 2020, 1_000_000],
            [None, None, None, None, None, 2021, 1_200_000],  # the project's next year
            [
                None,
                "EU",
                "SESU",
                "2021-03-01",
                "2021-12-31",
                2021,
                400_000,
            ],  # a new project, its title left blank
        ],
    )
    assert _2021(result, "Border management") == 1_200_000.0


def test_a_sheet_of_other_things_numbered_alike_describes_no_project(tmp_path):
    result = _build(
        tmp_path,
        {
            "Funded 2021": [
                ["No.", "Title", "Donor", "Start", "End", "Amount, EUR"],
                ["01", "Border management", "EU", "2021-01-01", "2021-12-31", 3_000_000],
            ],
            "Pipeline": [
                ["No.", "Description", "Status", "Start", "End", "Beneficiary"],
                ["01", "Idea: drones for the SESU", "Planned", "2023-01-01", "2025-12-31", "SESU"],
            ],
        },
    )
    funded = result.projects.set_index("title").loc["Border management"]
    assert funded["status"] != "planned" and funded["start_date"] == "2021-01-01"


def test_a_second_year_column_not_used_is_said(tmp_path):
    header = ["Title", "Donor", "Start", "End", "Budget year", "Year", "Amount, EUR"]
    base = ["Border surveillance equipment", "EU", "2020-01-01", "2022-12-31"]
    result = _rows_by_year(tmp_path, header, [[*base, 2020, 2021, 1_000_000], [*base, 2021, 2021, 1_200_000]])
    said = result.issues[result.issues["message"].str.contains("gives a year per row too")]
    assert len(said) == 1 and said["severity"].iloc[0] == "warning"
