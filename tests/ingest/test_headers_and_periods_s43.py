"""Headers and periods a partner writes that the reader had taken for something else (round 43).

The expected values are what a careful reader takes from the rows written here.
"""

from __future__ import annotations

import pytest

from mtd_analysis.ingest.columns import match_field


@pytest.mark.parametrize(
    "label",
    [
        "Current grant after amendments",
        "Current grant (JPY)",
        "Revised allocation, EUR",
        "Уточнений грант, грн",
    ],
)
def test_the_money_as_it_stands_now_is_an_amount_not_a_currency_or_a_grantee(label):
    assert match_field(label).field == "amount"


def test_the_current_grant_is_counted_over_the_original_one(workbook_build):
    rows = [
        [
            "Project title",
            "Donor",
            "Currency",
            "Original grant",
            "Current grant after amendments",
            "Start",
            "End",
        ],
        [
            "Surveillance equipment for SBGS",
            "Japan",
            "JPY",
            200_000_000,
            170_000_000,
            "01.01.2021",
            "31.12.2021",
        ],
        [
            "Community policing in hromadas",
            "Japan",
            "JPY",
            100_000_000,
            120_000_000,
            "01.01.2021",
            "31.12.2022",
        ],
    ]
    result = workbook_build({"Projects": rows}, "japan.xlsx")
    amounts = dict(zip(result.projects.title, result.projects.amount, strict=True))
    assert amounts == {
        "Surveillance equipment for SBGS": 170_000_000,
        "Community policing in hromadas": 120_000_000,
    }
    assert set(result.projects.implementer.fillna("")) == {""}  # not read as a grantee's name


def test_a_period_of_months_of_one_year_written_by_number_is_read(workbook_build):
    rows = [
        ["Project", "Donor", "Period", "Budget, EUR"],
        ["Mobile units against domestic violence", "Sweden", "03–12.2021", 300_000],
    ]
    result = workbook_build({"Projects": rows}, "sweden.xlsx")
    project = result.projects.iloc[0]
    assert (project.start_date, project.end_date) == ("2021-03-01", "2021-12-31")
    assert result.issues[result.issues.severity.eq("error")].empty


def test_a_donor_column_that_names_co_funders_too_is_the_partner_column(workbook_build):
    rows = [
        ["№", "Назва проєкту", "Донор / співфінансування", "Виконавець", "Термін реалізації", "Бюджет, EUR"],
        [1, "Поліція громад у Донецькій області", "Німеччина (BMZ) 60% / ЄС 40%", "GIZ", "2021", 1_000_000],
        [2, "Електронна черга в центрах ДМС", "Німеччина (BMZ)", "GIZ", "2021", 500_000],
    ]
    result = workbook_build({"НПУ": rows}, "giz.xlsx")
    by_partner = result.projects.groupby("partner").amount.sum().to_dict()
    assert by_partner == {"Germany": 600_000 + 500_000, "EU": 400_000}


def test_a_remark_giving_the_years_part_in_the_tables_unit_is_that_years_money(workbook_build):
    rows = [
        ["Донор", "Проект", "Сроки реализации", "Валюта", "Сумма, тыс.", "Примечание"],
        ["МИД Финляндии", "Лаборатория ДНК-анализа", "2021–2023", "EUR", 1200, "в т.ч. 2021 г. – 300,0"],
        ["UK", "Cyber investigations", "2020–2022", "GBP", 900, "of which 2021: GBP 0.5m"],
    ]
    result = workbook_build({"Sheet1": rows}, "matrix.xlsx")
    years = dict(zip(result.projects.title, result.projects.yearly_amounts, strict=True))
    # the year's part in the table's thousands; the rest by days over the other years (365 days each)
    assert years["Лаборатория ДНК-анализа"] == "2021=300000;2022=450000;2023=450000"
    # "0.5m" says its own unit; 2020 and 2022 have 366 and 365 days: 400 000 x 366/731 and x 365/731
    assert years["Cyber investigations"] == "2020=200273.6;2021=500000;2022=199726.4"


def test_a_total_of_a_named_section_after_a_colon_is_no_project(workbook_build):
    rows = [
        ["№", "Наименование проекта", "Донор", "Срок реализации", "Сумма, EUR"],
        [None, "1. Главный сервисный центр МВД"],
        ["1.1", "Электронная очередь в сервисных центрах", "ЕС", "2021", 300_000],
        [None, "Итого по: Главный сервисный центр МВД в городах и областях", None, None, 300_000],
    ]
    result = workbook_build({"Sheet1": rows}, "mvd.xlsx")
    assert list(result.projects.title) == ["Электронная очередь в сервисных центрах"]


def test_a_number_with_the_donors_currency_in_brackets_is_in_the_headers_unit_and_currency(workbook_build):
    rows = [
        ["Наименование проекта", "Донор", "Срок реализации", "Сумма, тыс. грн"],
        ["Модуль учёта задержанных", "Европейский Союз", "2021", "41 250,0 (EUR)"],
    ]
    result = workbook_build({"Sheet1": rows}, "mvd.xlsx")
    project = result.projects.iloc[0]
    assert (project.amount, project.currency) == (41_250_000, "UAH")
    said = result.issues[result.issues.kind.eq("currency")]
    assert said.severity.tolist() == ["warning"] and "EUR" in said.message.iloc[0]


def test_a_bracketed_currency_with_a_unit_but_no_currency_in_the_header_is_the_amounts(workbook_build):
    rows = [
        ["Project", "Donor", "Period", "Amount, thousand"],
        ["Border cameras", "Japan", "2021", "1 450 (EUR)"],
    ]
    result = workbook_build({"Sheet1": rows}, "list.xlsx")
    project = result.projects.iloc[0]
    assert (project.amount, project.currency) == (1_450_000, "EUR")


@pytest.mark.parametrize(
    "cell, partner",
    [
        ("Посольство США (Бюро INL) / виконавець – Міжнародна організація з міграції", "USA"),
        ("Швейцарська Конфедерація / виконавець – Рада Європи", "Switzerland"),
        ("Уряд Канади (Global Affairs Canada) / виконавець – Структура ООН Жінки", "Canada"),
    ],
)
def test_the_implementer_named_after_a_slash_is_not_the_partner(workbook_build, cell, partner):
    rows = [["Назва проекту", "Донор / виконавець", "Строк реалізації", "Вартість, EUR"]]
    rows.append(["Протидія домашньому насильству", cell, "2021", 100_000])
    result = workbook_build({"Додаток": rows}, "npu.xlsx")
    assert result.projects.partner.tolist() == [partner]


@pytest.mark.parametrize(
    "title, priority",
    [
        ("Постачання рятувального обладнання для ДСНС", "OTHER"),
        ("Support to the State Border Guard Service in the maritime domain (Sea of Azov)", "BORDER_SECURITY"),
        ("Community Security and Social Cohesion – police component", "COMMUNITY_POLICING"),
    ],
)
def test_priorities_of_titles_a_blind_set_wrote(workbook_build, title, priority):
    rows = [["Project", "Donor", "Period", "Amount, EUR"], [title, "Japan", "2021", 100_000]]
    result = workbook_build({"Sheet1": rows}, "list.xlsx")
    assert result.allocations.priority_code.unique().tolist() == [priority]


@pytest.mark.parametrize("halves", [["І півріччя", "ІІ півріччя"], ["І півріччя 2021", "ІІ півріччя 2021"]])
def test_half_years_in_cyrillic_numerals_under_the_years_group_are_that_years_money(tmp_path, halves):
    from openpyxl import Workbook

    from mtd_analysis.build import build

    wb = Workbook()
    ws = wb.active
    ws.append(["№", "Найменування проекту", "Донор", "Період реалізації", "Вартість, тис.", "Валюта"])
    ws.append([None] * 6)
    ws["G1"], ws["G2"], ws["H2"] = "у т.ч. у 2021 році, тис.", *halves
    for col in "ABCDEF":
        ws.merge_cells(f"{col}1:{col}2")
    ws.merge_cells("G1:H1")
    ws.append([1, "Навчання кінологів ДПСУ", "Польща", "2021–2022 рр.", 380, "PLN", 150, 230])
    (tmp_path / "raw").mkdir()
    wb.save(tmp_path / "raw" / "dpsu.xlsx")
    result = build(tmp_path / "raw", tmp_path / "out", year=2021)
    # 2021 is the two halves, in thousands: 150 000 + 230 000; the total's rest (0) for 2022
    assert result.projects.yearly_amounts.tolist() == ["2021=380000"]


@pytest.mark.parametrize(
    "heading, partner",
    [("Королівство Норвегія", "Norway"), ("Уряд Японії", "Japan"), ("Європейський Союз", "EU")],
)
def test_a_donor_named_alone_in_official_style_heads_its_rows(workbook_build, heading, partner):
    rows = [
        ["№", "Найменування проекту", "Виконавець", "Період реалізації", "Вартість, EUR"],
        ["Королівство Данія"],
        [1, "Навчання кінологів ДПСУ", "ПРООН", "2021", 100_000],
        [None, "Разом за донором", None, None, 100_000],
        [heading],
        [2, "Підтримка морської охорони ДПСУ", "ПРООН", "2021", 200_000],
    ]
    result = workbook_build({"Перелік": rows}, "dpsu.xlsx")
    assert result.projects.partner.tolist() == ["Denmark", partner]


def test_a_countrys_bare_name_does_not_head_a_donors_rows(workbook_build):
    # a border guard's list by section of the border: "POLAND" is the border with Poland, not a donor
    rows = [
        ["№", "Project", "Implementer", "Period", "Budget, EUR"],
        ["POLAND"],
        [1, "Cameras on the green border", "IOM", "2021", 100_000],
    ]
    result = workbook_build({"List": rows}, "sbgs.xlsx")
    assert result.projects.partner.tolist() != ["Poland"]


@pytest.mark.parametrize(
    "label", ["у т.ч. 2021 р., одиниць валюти / of which 2021, units", "of which 2021, units"]
)
def test_a_years_part_said_in_units_of_the_currency_is_the_years_money(label):
    found = match_field(label)
    assert (found.field, found.year, found.scale) == ("yearly", 2021, 1.0)


def test_a_total_projects_row_over_its_funders_rows_is_a_project_per_funder_counted_once(tmp_path):
    from openpyxl import Workbook

    from mtd_analysis.build import build

    wb = Workbook()
    ws = wb.active
    ws.append(["No", "Project title", "Source of funds", "Budget (USD)", "AWP 2021", "Implementation period"])
    ws.append([1, "Community policing in Donetsk oblast", "Total project", 3_150_000, 1_050_000, "2020-2022"])
    ws.append([None, None, "EU (DG NEAR)", 2_400_000, None, None])
    ws.append([None, None, "MFA Denmark", 600_000, None, None])
    ws.append([None, None, "UNDP TRAC", 150_000, None, None])
    for col in "ABEF":
        ws.merge_cells(f"{col}2:{col}5")
    (tmp_path / "raw").mkdir()
    wb.save(tmp_path / "raw" / "undp.xlsx")
    result = build(tmp_path / "raw", tmp_path / "out", year=2021)
    got = result.projects.set_index("partner")
    assert sorted(got.index) == ["Denmark", "EU", "UNDP"]  # no project of a partner "Total project"
    assert got.amount.to_dict() == {"EU": 2_400_000, "Denmark": 600_000, "UNDP": 150_000}
    # the year's 1 050 000 split by the funders' shares: 2.4/3.15, 0.6/3.15, 0.15/3.15
    assert got.yearly_amounts.to_dict() == {
        "EU": "2021=800000",
        "Denmark": "2021=200000",
        "UNDP": "2021=50000",
    }


def test_a_years_work_plan_is_its_money_and_a_years_delivery_is_what_was_spent(tmp_path):
    from openpyxl import Workbook

    from mtd_analysis.build import build

    wb = Workbook()
    ws = wb.active
    ws.append(["Project title", "Source of funds", "Budget (USD)", None, "Delivery (USD)", None, "Period"])
    ws.append([None, None, "Total", "AWP 2021", "2021", "Cumulative", None])
    for col in "ABG":
        ws.merge_cells(f"{col}1:{col}2")
    ws.merge_cells("C1:D1")
    ws.merge_cells("E1:F1")
    ws.append(
        ["Custody records in police facilities", "MFA NL", 480_000, 165_000, 158_730, 472_118, "2019-2021"]
    )
    (tmp_path / "raw").mkdir()
    wb.save(tmp_path / "raw" / "undp.xlsx")
    result = build(tmp_path / "raw", tmp_path / "out", year=2021)
    # the work plan's 165 000, not the 158 730 delivered (spent) in 2021
    assert dict(zip(result.projects.partner, result.projects.yearly_amounts, strict=True)) == {
        "Netherlands": "2021=165000"
    }


def test_a_column_named_volume_is_the_amount_and_donors_sums_in_its_currency_split_it(workbook_build):
    rows = [
        ["Project title", "Commissioning party / source of funds", "Volume", "Currency", "Term"],
        ["Integrated border management", "BMZ: EUR 1.5 m; EU (DG NEAR) co-financing: EUR 3.5 m", 5_000_000, "EUR", "2021"],
    ]  # fmt: skip
    result = workbook_build({"GIZ": rows}, "giz.xlsx")
    assert dict(zip(result.projects.partner, result.projects.amount, strict=True)) == {
        "Germany": 1_500_000,
        "EU": 3_500_000,
    }


def test_a_matrix_of_a_years_money_by_priority_with_no_dates_is_that_years_money(workbook_build):
    rows = [
        [None, None, None, "Фінансування у 2021 р. за пріоритетами, тис. EUR"],
        ["Проєкт", "Партнер (донор)", "Статус", "Поліція громад", "Безпека державного кордону", "Разом"],
        ["Розвиток поліцейських станцій у громадах", "Німеччина (GIZ)", "Триває", 1150, None, 1150],
        ["Охорона кордону з Білоруссю", "Министерство иностранных дел ФРГ", "Триває", None, 40, 40],
    ]
    result = workbook_build({"Матриця": rows}, "matrix.xlsx")
    assert result.projects.yearly_amounts.tolist() == ["2021=1150000", "2021=40000"]
    assert result.projects.partner.tolist() == ["Germany", "Germany"]  # "ФРГ" is Germany


def test_sections_of_a_table_by_currency_give_their_rows_currency_even_after_a_total(workbook_build):
    rows = [
        ["№", "Наименование проекта", "Донор", "Период", "Сумма"],
        ["Проекты в евро (EUR)"],
        [
            1,
            "Общественная безопасность в Донецкой области",
            "Европейский Союз",
            "01.2021 – 12.2021",
            2_700_000,
        ],
        [None, "Итого EUR", None, None, 2_700_000],
        ["Проекты в долларах США (USD)"],
        [2, "Поддержка ГМС в пунктах временного содержания", "Нидерланды", "01.2021 – 12.2021", 480_000],
        [None, "Итого USD", None, None, 480_000],
    ]
    result = workbook_build({"Портфель": rows}, "undp.xlsx")
    assert result.projects.currency.tolist() == ["EUR", "USD"]


def test_two_rounds_side_by_side_read_the_latest_and_an_archived_rounds_sheet_is_not_counted(tmp_path):
    from openpyxl import Workbook

    from mtd_analysis.build import build

    wb = Workbook()
    ws = wb.active
    ws.title = "Порівняння"
    ws.append(["Мапування МТД: порівняння раундів березня та вересня 2021 р."])
    ws.append([None, None, None, "Раунд березня 2021", None, "Раунд вересня 2021", None])
    ws.append(["Проєкт", "Партнер", "Валюта", "Статус", "Сума 2021", "Статус", "Сума 2021"])
    ws.append(
        [
            "Police Academy Curriculum Reform",
            "INL",
            "USD",
            "Реалізується",
            1_200_000,
            "Реалізується",
            1_350_000,
        ]
    )
    ws.append(
        ["Postal drug trafficking", "Посольство США", "USD", "Планується", 400_000, "Реалізується", 250_000]
    )
    ws.merge_cells("D2:E2")
    ws.merge_cells("F2:G2")
    old = wb.create_sheet("Березень (архів)")
    old.append(["АРХІВ: раунд березня 2021 р. — замінено даними вересня (див. аркуш «Порівняння»)"])
    old.append(["Проєкт", "Партнер", "Статус", "Валюта", "Сума 2021"])
    old.append(["Police Academy Curriculum Reform", "INL", "Реалізується", "USD", 1_200_000])
    (tmp_path / "raw").mkdir()
    wb.save(tmp_path / "raw" / "rounds.xlsx")
    result = build(tmp_path / "raw", tmp_path / "out", year=2021)
    pairs = zip(result.projects.status, result.projects.amount, strict=True)
    got = dict(zip(result.projects.title, pairs, strict=True))
    assert got == {
        "Police Academy Curriculum Reform": ("ongoing", 1_350_000),
        "Postal drug trafficking": ("ongoing", 250_000),
    }


def test_a_ukraine_share_column_mixing_percentages_and_sums_applies_each_row_by_row(workbook_build):
    rows = [
        ["Project title", "Donor(s)", "Total budget (USD)", "Ukraine share", "Start date", "End date"],
        [
            "Container control, Ukraine component",
            "INL",
            45_000_000,
            "USD 720,000",
            "01.01.2021",
            "31.12.2021",
        ],
        ["Black Sea drug route", "Norway (MFA)", 3_000_000, "40%", "01.01.2021", "31.12.2021"],
        ["Nelson Mandela Rules in police custody", "EU", 900_000, "100%", "01.01.2021", "31.12.2021"],
    ]
    result = workbook_build({"Projects": rows}, "unodc.xlsx")
    assert dict(zip(result.projects.title, result.projects.amount, strict=True)) == {
        "Container control, Ukraine component": 720_000,  # the part given as a sum
        "Black Sea drug route": 1_200_000,  # 40 % of 3 000 000
        "Nelson Mandela Rules in police custody": 900_000,
    }
    assert result.issues[result.issues.severity.eq("error")].empty
