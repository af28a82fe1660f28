"""Files edited by several people over time, and the marks edits leave: a workbook of versions beside the one saying it
is final, a year's figure revised in a column added later, a stale copy of a project marked in its title, a column of
current changes beside an old status, a currency changed below a total, a partner cell giving each donor's sum, an end
date with a remark. Expected values: as written in the cells, worked by hand."""

from __future__ import annotations

import pytest

from mtd_analysis.ingest.values import parse_status

HEADER = ["Project", "Beneficiary", "Start", "End", "Status", "Budget 2021 (GBP)"]


def _sheet(rows: list[list], line: str) -> list[list]:
    return [[line], [], HEADER, *rows]


def _money(result) -> dict[str, float]:
    """Project title -> its 2021 allocation in the project's currency (amount_2021 of the yearly split)."""
    projects = result.projects
    return dict(zip(projects["title"], projects["yearly_amounts"], strict=True))


def test_earlier_versions_beside_the_final_sheet_are_not_counted(workbook_build):
    final = [
        ["Border patrol boats", "SBGS", "01.01.2021", "31.12.2021", "ongoing", 800_000],
        ["Police training centre", "NPU", "01.01.2021", "31.12.2021", "ongoing", 450_000],
    ]
    v1 = [
        ["Border patrol boats", "SBGS", "01.01.2021", "31.12.2021", "planned", 600_000],
        ["Cyber forensics laboratory", "NPU", "01.01.2021", "31.12.2021", "planned", 300_000],
    ]
    result = workbook_build(
        {
            "old – do not use": _sheet(v1, "Old table from 2020, kept for reference"),
            "v1": _sheet(v1, "Draft v1, 12.03.2021"),
            "v2_revised": _sheet(final[:1], "Draft v2 (revised)"),
            "FINAL (use this)": _sheet(final, "Final version agreed 23.04.2021"),
        },
        "uk_versions.xlsx",
    )
    projects = result.projects
    assert sorted(projects["title"]) == ["Border patrol boats", "Police training centre"]
    assert set(projects["source_sheet"]) == {"FINAL (use this)"}
    assert projects.set_index("title").loc["Border patrol boats", "status"] == "ongoing"
    said = result.issues["message"]
    assert said.str.contains("sheet 'v1' is an earlier version of the list", regex=False).any()
    assert said.str.contains("sheet 'v2_revised' is an earlier version", regex=False).any()


def test_sheets_without_a_final_one_are_all_read(workbook_build):
    police = [["Police training centre", "NPU", "01.01.2021", "31.12.2021", "ongoing", 450_000]]
    border = [["Border patrol boats", "SBGS", "01.01.2021", "31.12.2021", "ongoing", 800_000]]
    result = workbook_build(
        {"Police v2": _sheet(police, "Police projects"), "Border v1": _sheet(border, "Border projects")},
        "uk_two_lists.xlsx",
    )
    assert sorted(result.projects["title"]) == ["Border patrol boats", "Police training centre"]


@pytest.mark.parametrize(
    "revised_label",
    ["Revised 2021 (EUR)", "Updated 2021 budget (EUR, Aug 2021)", "Уточнений план на 2021 рік"],
)
def test_a_revised_year_column_replaces_the_year_where_filled(one_sheet_build, revised_label):
    rows = [
        ["Project", "Start", "End", "Status", "Total (EUR)", "2021 (EUR)", revised_label],
        ["Border crossing points", "01.01.2021", "31.12.2022", "ongoing", 4_000_000, 2_400_000, 1_950_000],
        ["Community policing", "01.01.2021", "31.12.2022", "ongoing", 3_000_000, 1_200_000, None],
        ["Surveillance equipment", "01.01.2021", "31.12.2022", "planned", 2_200_000, 400_000, 0],
    ]
    result = one_sheet_build(rows, "eu.xlsx")
    money = _money(result)
    assert money["Border crossing points"].startswith("2021=1950000")
    assert money["Community policing"].startswith("2021=1200000")  # blank: the year's own figure stands
    assert money["Surveillance equipment"].startswith("2021=0")
    assert result.issues["message"].str.contains(f"column '{revised_label}' revises", regex=False).any()


def test_a_stale_copy_marked_in_its_title_is_skipped_and_said(one_sheet_build):
    rows = [
        ["Название проекта", "Бенефициар", "Сроки", "Сумма, JPY", "Статус"],
        ["Модель «Кобан» для полиции общин", "НПУ", "01.2020–12.2022", 180_000_000, "реализуется"],
        [
            "Модель «Кобан» для полиции общин (дубликат – не учитывать)",
            "НПУ",
            "01.2020–12.2021",
            150_000_000,
            "реализуется",
        ],
        ["Кампания «Не используй насилие» (повтор)", "НПУ", "01.2021–12.2021", 10_000_000, "реализуется"],
    ]
    result = one_sheet_build(rows, "japan.xlsx")
    assert sorted(result.projects["title"]) == [
        "Кампания «Не используй насилие» (повтор)",  # its brackets say "repeat", not to ignore it
        "Модель «Кобан» для полиции общин",
    ]
    assert result.issues["message"].str.contains("says it is not to be used", regex=False).any()


def test_a_column_of_current_changes_gives_the_status(one_sheet_build):
    rows = [
        [
            "Название проекта",
            "Бенефициар",
            "Сроки",
            "Бюджет, EUR",
            "Статус (на ноябрь 2020 г.)",
            "Изменения после ноября 2020 г. (актуально)",
        ],  # fmt: skip
        [
            "Поддержка полиции общин",
            "НПУ",
            "01.2021–12.2021",
            280_000,
            "планируется",
            "утверждён Постоянным советом, реализуется",
        ],  # fmt: skip
        [
            "Электронный учёт задержанных",
            "НПУ",
            "03.2021–02.2023",
            350_000,
            "планируется",
            "отменён: донор отозвал финансирование",
        ],  # fmt: skip
        [
            "Охрана общественного порядка",
            "НГУ",
            "09.2019–02.2021",
            310_000,
            "реализуется",
            "закрыт (завершён 28.02.2021)",
        ],
        [
            "Разминирование",
            "ГСЧС",
            "01.2020–12.2022",
            1_200_000,
            "реализуется",
            "сумма пересмотрена (было 1 300 000)",
        ],
    ]
    statuses = one_sheet_build(rows, "osce.xlsx").projects.set_index("title")["status"]
    assert statuses["Поддержка полиции общин"] == "ongoing"
    assert statuses["Электронный учёт задержанных"] == "cancelled"
    assert statuses["Охрана общественного порядка"] == "completed"
    assert statuses["Разминирование"] == "ongoing"  # no status among the change's words: the status cell's


def test_russian_statuses_written_with_yo_and_closed_are_read():
    assert parse_status("утверждён") == "approved"
    assert parse_status("Отменён") == "cancelled"
    assert parse_status("закрыт") == "completed"
    assert parse_status("не закрыт") != "completed"
    assert parse_status("not yet completed") != "completed"


def test_a_currency_said_for_the_rows_below_a_total_is_theirs(one_sheet_build):
    rows = [
        ["№", "Назва проєкту", "Бенефіціар", "Початок", "Завершення", "Загальний бюджет (дол. США)"],
        [1, "Поліція громад", "НПУ", "01.01.2021", "31.12.2021", 2_400_000],
        [None, "Разом, USD", None, None, None, 2_400_000],
        ["Нижче — проєкти, додані з таблиці Представництва ЄС: суми в євро"],
        [2, "Пункти пропуску", "ДПСУ", "01.01.2021", "31.12.2021", 1_800_000],
        [None, "Разом, EUR", None, None, None, 1_800_000],
    ]
    currencies = one_sheet_build(rows, "undp.xlsx").projects.set_index("title")["currency"]
    assert currencies["Поліція громад"] == "USD"
    assert currencies["Пункти пропуску"] == "EUR"


def test_a_partner_cell_giving_each_donors_sum_splits_the_project(one_sheet_build):
    rows = [
        ["Назва проєкту", "Донор", "Початок", "Завершення", "Бюджет, EUR"],
        [
            "Пункти тимчасового перебування",
            "ЄС — 1 000 000 EUR; Норвегія — 500 000 EUR",
            "01.01.2021",
            "31.12.2021",
            1_500_000,
        ],  # fmt: skip
        ["Навчання ДМС", "ЄС — 300 000; Норвегія — 100 000", "01.01.2021", "31.12.2021", 500_000],
    ]
    result = one_sheet_build(rows, "undp.xlsx")
    projects = result.projects
    split = projects[projects["title"].eq("Пункти тимчасового перебування")]
    assert dict(zip(split["partner"], split["amount"], strict=True)) == {"EU": 1_000_000, "Norway": 500_000}
    unsplit = projects[projects["title"].eq("Навчання ДМС")]
    assert (
        len(unsplit) == 1 and unsplit["amount"].iloc[0] == 500_000
    )  # 300 000 + 100 000 is not the amount: said
    assert result.issues["message"].str.contains("adding up to 400,000.00, not the row's", regex=False).any()


def test_an_end_date_with_a_remark_in_brackets_is_read(one_sheet_build):
    rows = [
        ["Project", "Start", "End", "Budget, USD"],
        ["Fire stations", "01.10.2019", "30.09.2021 → 31.03.2022 (extended at no cost)", 3_000_000],
    ]
    projects = one_sheet_build(rows, "undp.xlsx").projects
    assert str(projects["end_date"].iloc[0])[:10] == "2022-03-31"


def test_a_letters_note_on_a_numbered_project_changes_its_status(one_sheet_build):
    rows = [
        ["ПОСОЛЬСТВО ЯПОНИИ В УКРАИНЕ"],
        [
            "Обращаем внимание, что проект № 3 был отменён японской стороной 10 августа 2021 г. Статус в таблице не изменён."
        ],
        [],
        ["№", "Наименование проекта", "Получатель", "Период", "Сумма, JPY", "Статус"],
        [1, "Пожарно-спасательная техника", "ГСЧС", "2021", 350_000_000, "реализуется"],
        [2, "Оборудование для выявления наркотиков", "НПУ", "2021", 120_000_000, "реализуется"],
        [3, "Пункты пропуска на границе с Молдовой", "ГПСУ", "2021", 480_000_000, "реализуется"],
    ]
    result = one_sheet_build(rows, "japan_letter.xlsx")
    statuses = result.projects.set_index("title")["status"]
    assert statuses["Пункты пропуска на границе с Молдовой"] == "cancelled"
    assert statuses["Пожарно-спасательная техника"] == "ongoing"
    said = result.issues[result.issues["message"].str.contains("says project № 3 is cancelled", regex=False)]
    assert said["column"].tolist() == ["F7"]  # the status cell the note overrides


@pytest.mark.parametrize(
    ("funding", "unit", "amount", "expected"),
    [
        (
            "ЄС — 1 000 000 EUR; Норвегія — 500 000 EUR",
            "Бюджет, EUR",
            1_500_000,
            {"EU": 1_000_000, "Norway": 500_000},
        ),
        (
            "EU (USD 1,500,000) + Germany (USD 500,000), cost-shared",
            "Budget, USD",
            2_000_000,
            {"EU": 1_500_000, "Germany": 500_000},
        ),  # fmt: skip
        (
            "BMZ 3.0 / EU 2.0 (delegated cooperation)",
            "Budget (EUR million)",
            5,
            {"Germany": 3_000_000, "EU": 2_000_000},
        ),
        (
            "Внебюджетный взнос: Канада / Великобритания (50/50)",
            "Бюджет, EUR",
            900_000,
            {"Canada": 450_000, "UK": 450_000},
        ),
    ],
)
def test_a_funding_cell_naming_each_donors_sum_or_ratio_splits_the_project(
    one_sheet_build, funding, unit, amount, expected
):
    rows = [
        ["Project", "Funding", "Start", "End", unit],
        ["Temporary accommodation centres", funding, "01.01.2021", "31.12.2021", amount],
    ]
    projects = one_sheet_build(rows, "partner.xlsx").projects
    assert dict(zip(projects["partner"], projects["amount"], strict=True)) == expected


def test_a_revised_status_column_and_a_revised_year_dated_by_day_are_read(one_sheet_build):
    rows = [
        [
            "Project",
            "Start",
            "End",
            "2021 planned (USD)",
            "Status (March 2021)",
            "REVISED 2021 (USD) - 15 Sep",
            "REVISED status - 15 Sep",
        ],  # fmt: skip
        ["Anti-trafficking task forces", "01.01.2021", "31.12.2022", 750_000, "ongoing", 0, "cancelled"],
        [
            "Custody records software",
            "01.07.2021",
            "30.06.2023",
            500_000,
            "planned",
            None,
            "signed 02.08.2021",
        ],
    ]
    projects = one_sheet_build(rows, "usa.xlsx").projects.set_index("title")
    assert projects.loc["Anti-trafficking task forces", "status"] == "cancelled"
    assert projects.loc["Custody records software", "status"] == "approved"
    assert projects.loc["Custody records software", "yearly_amounts"].startswith("2021=500000")


@pytest.mark.parametrize("text", ["7 000 8 200", "700 000  820 000", "1 200 000 95 000"])
def test_two_figures_side_by_side_are_said_not_read_as_one(text):
    from mtd_analysis.ingest.values import ValueProblem, parse_amount

    with pytest.raises(ValueProblem, match="several numbers"):
        parse_amount(text)


@pytest.mark.parametrize(
    ("text", "value"), [("1 250 000,00", 1_250_000), ("1250 000", 1_250_000), ("2 190 000'", 2_190_000)]
)
def test_thousands_written_with_spaces_are_one_figure(text, value):
    from mtd_analysis.ingest.values import parse_amount

    assert parse_amount(text).value == value


def test_a_code_the_sheets_note_explains_as_no_partner_is_not_read_as_one(one_sheet_build):
    rows = [
        ["№", "Название проекта", "Бенефициар", "Источник финансирования", "Сроки", "Бюджет, EUR", "Статус"],
        [
            1,
            "Поддержка полиции общин",
            "НПУ",
            "Унифицированный бюджет ОБСЕ",
            "01.2021–12.2021",
            280_000,
            "реализуется",
        ],
        [2, "Противодействие торговле людьми", "НПУ", "ВБ — США", "01.2021–12.2021", 900_000, "реализуется"],
        [3, "Кинологи ГПСУ", "ГПСУ", "ВБ — Германия", "01.2021–12.2021", 240_000, "реализуется"],
        [],
        ["ВБ — внебюджетный проект ОБСЕ, финансируемый указанным государством-донором"],
    ]
    result = one_sheet_build(rows, "osce.xlsx")
    partners = result.projects.set_index("title")["partner"]
    assert partners.to_dict() == {
        "Поддержка полиции общин": "OSCE",
        "Противодействие торговле людьми": "USA",
        "Кинологи ГПСУ": "Germany",
    }


def test_a_partners_code_the_note_explains_as_that_partner_stays_it(one_sheet_build):
    rows = [
        ["Название проекта", "Донор", "Начало", "Окончание", "Бюджет, USD"],
        ["Обмен данными пограничных служб", "ВБ — ЕС", "01.01.2021", "31.12.2021", 500_000],
        [],
        ["ВБ — Всемирный банк (целевой фонд для Украины)"],
    ]
    assert one_sheet_build(rows, "wb.xlsx").projects["partner"].tolist() == ["World Bank"]
