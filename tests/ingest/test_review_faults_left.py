"""Faults a reviewer found in rows that are not projects (a legend under the table, a sheet of indicators, ...),
each read here as a careful analyst would; expected values by construction."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook
from openpyxl.styles import PatternFill

from mtd_analysis.build import build

D = dt.datetime


def _fill(colour: str) -> PatternFill:
    return PatternFill("solid", start_color=colour, end_color=colour)


def _built(tmp_path, sheets: dict, name="List.xlsx", fills=None):
    """A workbook of ``sheets`` (title -> rows), ``fills``: {(sheet, cell): colour}; built for 2021."""
    raw = tmp_path / "raw"
    raw.mkdir(parents=True)
    wb = Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    for (sheet, cell), colour in (fills or {}).items():
        wb[sheet][cell].fill = _fill(colour)
    wb.save(raw / name)
    return build(raw, tmp_path / "out", year=2021)


@pytest.mark.parametrize(
    "heading",
    ["Умовні позначення:", "Legend", "Colour key (rows):", "Условные обозначения: зелёный – реализуется"],
)
def test_a_legend_under_the_table_is_no_project(tmp_path, heading):
    rows = [["Назва проєкту", "Бюджет, євро", "Початок", "Кінець"]]
    rows += [["Сервісні центри МВС", 500_000, D(2021, 1, 1), D(2022, 12, 31)]]
    rows += [["Катери для ДПСУ", 900_000, D(2021, 1, 1), D(2022, 12, 31)]]
    rows += [[], [heading, None, "завершено", None, "скасовано"]]
    result = _built(tmp_path, {"Проєкти": rows}, name="Poland.xlsx")
    assert sorted(result.projects["title"]) == ["Катери для ДПСУ", "Сервісні центри МВС"]
    said = result.issues[result.issues["row"].eq(5)]
    assert said["message"].str.contains("legend", regex=False).any()
    assert not said["severity"].eq("error").any()


def test_a_project_whose_title_begins_with_legend_words_is_read(tmp_path):
    rows = [["Project", "Budget, EUR", "Start", "End"]]
    rows += [["Legend of the border: museum of the SBGS", 100_000, D(2021, 1, 1), D(2021, 12, 31)]]
    result = _built(tmp_path, {"List": rows}, name="Poland.xlsx")
    assert list(result.projects["title"]) == ["Legend of the border: museum of the SBGS"]


def _projects_and_results(indicator_label: str, value_label: str, budget: bool = False) -> dict:
    projects = [["Project title", "Budget, EUR", "Start", "End", "Status"]]
    projects += [["Police academy reform", 1_000_000, D(2021, 1, 1), D(2022, 12, 31), "ongoing"]]
    projects += [["Border e-services", 500_000, D(2021, 1, 1), D(2021, 12, 31), "completed"]]
    results = [["Project title", indicator_label, value_label] + (["Budget, EUR"] if budget else [])]
    for title, trained, spent in (
        ("Police academy reform", 1200, 450_000),
        ("Border e-services", 300, 480_000),
    ):
        extra = [900_000] if budget else []
        results += [[title, "Number of officers trained", trained, *extra]]
        results += [[title, "Budget spent", spent, *extra]]
        results += [[title, "Status", "on track", *extra]]
    return {"Projects": projects, "Results": results}


@pytest.mark.parametrize(
    ("indicator", "value"), [("Indicator", "Value"), ("KPI", "Target"), ("Показник результату", "Значення")]
)
def test_a_sheet_of_indicators_of_the_listed_projects_is_no_list_of_projects(tmp_path, indicator, value):
    result = _built(tmp_path, _projects_and_results(indicator, value), name="Finland_projects.xlsx")
    assert sorted(zip(result.projects["title"], result.projects["amount"], strict=True)) == [
        ("Border e-services", 500_000),
        ("Police academy reform", 1_000_000),
    ]
    said = result.issues[result.issues["sheet"].eq("Results")]
    assert said["message"].str.contains("lists indicators of projects", regex=False).any()
    assert not said["severity"].eq("error").any()


def test_indicator_rows_beside_a_budget_of_their_own_are_still_read(tmp_path):
    result = _built(tmp_path, _projects_and_results("Indicator", "Target", budget=True), name="Finland.xlsx")
    assert set(result.projects[result.projects["source_sheet"].eq("Results")]["title"]) == {
        "Police academy reform",
        "Border e-services",
    }


def test_one_code_on_rows_for_agencies_with_their_own_dates_and_status_is_not_sent_twice(tmp_path):
    rows = [["Code", "Project title", "Beneficiary agency", "Budget, USD", "Start", "End", "Status"]]
    rows += [
        [
            "X-07",
            "Law enforcement modernisation",
            "National Police",
            800_000,
            D(2021, 1, 1),
            D(2021, 12, 31),
            "completed",
        ]
    ]
    rows += [
        [
            "X-07",
            "Law enforcement modernisation",
            "State Border Guard Service",
            500_000,
            D(2022, 1, 1),
            D(2022, 12, 31),
            "planned",
        ]
    ]
    rows += [
        [
            "X-07",
            "Law enforcement modernisation",
            "State Emergency Service",
            300_000,
            D(2021, 7, 1),
            D(2022, 6, 30),
            "ongoing",
        ]
    ]
    result = _built(tmp_path, {"Projects": rows}, name="USA_projects.xlsx")
    assert sorted(zip(result.projects["amount"], result.projects["status"], strict=True)) == [
        (300_000, "ongoing"),
        (500_000, "planned"),
        (800_000, "completed"),
    ]
    assert not result.issues["message"].str.contains("sent twice, counted once", regex=False).any()
    said = result.issues[result.issues["message"].str.contains("for another agency", regex=False)]
    assert list(said["row"]) == [3, 4]


def test_one_code_on_two_rows_for_one_agency_is_still_sent_twice(tmp_path):
    rows = [["Code", "Project title", "Beneficiary agency", "Budget, USD", "Start", "End", "Status"]]
    rows += [
        [
            "X-07",
            "Law enforcement modernisation",
            "National Police",
            800_000,
            D(2021, 1, 1),
            D(2021, 12, 31),
            "completed",
        ]
    ]
    rows += [
        [
            "X-07",
            "Law enforcement modernisation",
            "National Police",
            500_000,
            D(2022, 1, 1),
            D(2022, 12, 31),
            "planned",
        ]
    ]
    result = _built(tmp_path, {"Projects": rows}, name="USA_projects.xlsx")
    assert len(result.projects) == 1


# --------------------------------------------------------------------------- meaning spread over a workbook's sheets


def test_a_notes_sheet_saying_all_amounts_are_in_thousand_euro_gives_the_tables_unit_and_currency(tmp_path):
    notes = [
        ["EU projects, 2020-2022"],
        ["IMPORTANT: all amounts in this workbook are in thousand euro (EUR '000)."],
    ]
    table = [["Ref.", "Project title", "Status", "Start", "End", "Amount"]]
    table += [
        [
            "EU-01",
            "Border crossing points on the Moldovan border",
            "Ongoing",
            D(2021, 1, 1),
            D(2021, 12, 31),
            2350.5,
        ]
    ]
    result = _built(tmp_path, {"Read me": notes, "Projects": table}, name="EU.xlsx")
    assert list(zip(result.projects["amount"], result.projects["currency"], strict=True)) == [
        (2_350_500, "EUR")
    ]
    said = result.issues[result.issues["message"].str.contains("for the whole workbook", regex=False)]
    assert len(said) == 1 and said["severity"].eq("info").all()


@pytest.mark.parametrize(
    ("letter", "header", "expected"),
    [
        ("Усі суми в додатку зазначено у фунтах стерлінгів (GBP).", "Загальний бюджет", (900_000, "GBP")),
        (
            "Усі суми в додатку зазначено у фунтах стерлінгів (GBP).",
            "Загальний бюджет, USD",
            (900_000, "USD"),
        ),
        ("Загальний бюджет програми становить 5 млн фунтів стерлінгів.", "Загальний бюджет", (900_000, None)),
    ],
)
def test_a_cover_letter_gives_the_currency_only_where_the_table_gives_none(
    tmp_path, letter, header, expected
):
    cover = [["Шановні колеги!"], [letter], ["З повагою,"]]
    table = [["Назва проєкту", "Період", header], ["Протидія торгівлі людьми", "04.2020 – 03.2022", 900_000]]
    result = _built(tmp_path, {"Лист": cover, "Проєкти": table}, name="Велика_Британія.xlsx")
    amount, currency = result.projects["amount"].iloc[0], result.projects["currency"].iloc[0]
    assert (amount, None if currency is None or currency != currency else currency) == expected


def test_a_projects_rows_on_the_sheets_of_later_years_give_its_money_and_its_status_now(tmp_path):
    header = ["Ref.", "Project title", "Beneficiary", "Status"]
    sheets = {
        "2020": [
            [*header, "Amount 2020"],
            ["EU-03", "Countering trafficking in human beings", "NPU", "Signed, starts 2021", "—"],
        ],
        "2021": [
            [*header, "Amount 2021"],
            ["EU-03", "Countering trafficking in human beings", "NPU", "Ongoing", 640_750],
        ],
        "2022": [
            [*header, "Amount 2022"],
            ["EU-03", "Countering trafficking in human beings", "NPU", "Ongoing", 410_000],
        ],
    }
    result = _built(tmp_path, sheets, name="EU_by_year.xlsx")
    assert len(result.projects) == 1
    project = result.projects.iloc[0]
    assert project["yearly_amounts"] == "2021=640750;2022=410000"
    assert project["status"] == "ongoing"
    assert "status='2021'!D2" in project["source_cells"]
    assert not result.issues["message"].str.contains("sent twice", regex=False).any()


def test_priority_and_status_codes_explained_on_a_codes_sheet_are_read(tmp_path):
    codes = [["Abbreviations"], ["NPU", "National Police of Ukraine"], ['Priority codes (column "Priority")']]
    codes += [[1, "Combating trafficking in human beings"], [2, "Domestic and gender-based violence"]]
    codes += [[5, "Custody records / temporary detention"], ['Status codes (column "St.")']]
    codes += [
        ["A", "Active – under implementation"],
        ["P", "Proposed – pending approval"],
        ["X", "Cancelled"],
    ]
    table = [["#", "Project", "Priority", "St.", "Period of performance", "Total, USD"]]
    table += [[1, "Support to the National Police units", 2, "A", "Apr 1, 2021 – Mar 31, 2022", 900_000]]
    table += [[2, "Equipment for National Police units", 5, "P", "Jul 2021 – Jun 2023", 1_650_000]]
    table += [[3, "Training of National Police units", 1, "X", "Jan 2021 – Dec 2021", 300_000]]
    result = _built(tmp_path, {"Abbreviations & codes": codes, "Projects": table}, name="USA.xlsx")
    got = result.projects.set_index("title")
    assert (
        got.loc["Support to the National Police units", "declared_priority"]
        == "Domestic and gender-based violence"
    )
    assert (
        got.loc["Equipment for National Police units", "declared_priority"]
        == "Custody records / temporary detention"
    )
    assert list(got["status"]) == ["ongoing", "planned", "cancelled"]
    mapped = result.mapping[result.mapping["method"].eq("declared")].set_index("project_id")["priority_code"]
    ids = result.projects.set_index("title")["project_id"]
    assert mapped[ids["Support to the National Police units"]] == "DOMESTIC_VIOLENCE"
    assert mapped[ids["Training of National Police units"]] == "TRAFFICKING"


def test_a_text_export_in_sections_is_read_like_a_workbook_of_sheets(tmp_path):
    lines = [
        "Global Affairs Canada - project export 2021-02-15;;;;;",
        "All financial figures in this export are in Canadian dollars (CAD);;;;;",
        ";;;;;",
        "[PROJECTS];;;;;",
        "Code;Title;Implementer;Beneficiary;Priority;Status",
        "P-101;Community policing and de-escalation training;RCMP;NPU;CP;O",
        "P-104;Counter-trafficking hotline with the National Police;IOM;NPU;THB;P",
        ";;;;;",
        "[DISBURSEMENT SCHEDULE];;;;;",
        "Code;Year;Period;Amount;;",
        "P-101;2020;FULL YEAR;1250000;;",
        "P-101;2021;H1;700000;;",
        "P-101;2021;H2;800000;;",
        "P-104;2022;FULL YEAR;400000;;",
        ";;;;;",
        "[LEGEND];;;;;",
        "Field;Code;Meaning;;;",
        "Priority;CP;Community policing;;;",
        "Priority;THB;Trafficking in human beings;;;",
        "Status;O;Ongoing;;;",
        "Status;P;Planned (not yet approved);;;",
    ]
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "Canada_export.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = build(raw, tmp_path / "out", year=2021)
    got = result.projects.set_index("title")
    policing = got.loc["Community policing and de-escalation training"]
    assert (policing["amount"], policing["currency"], policing["status"]) == (2_750_000, "CAD", "ongoing")
    assert policing["yearly_amounts"] == "2020=1250000;2021=1500000"
    assert policing["declared_priority"] == "Community policing"
    hotline = got.loc["Counter-trafficking hotline with the National Police"]
    assert (hotline["amount"], hotline["status"]) == (400_000, "planned")
    assert len(result.projects) == 2
    assert not result.issues["severity"].eq("error").any()
    said = result.issues["message"]
    assert said.str.contains("the file holds 3 sections", regex=False).any()
    assert said.str.contains("names a part of the row's year", regex=False).any()


def test_a_summary_sheet_of_the_same_projects_under_short_titles_is_counted_once(tmp_path):
    summary = [["№", "Проєкт (скорочено)", "Загальний бюджет, GBP"], [1, "Торгівля людьми (НПУ)", 900_000]]
    summary += [[2, "Морська охорона (ДПСУ)", 2_600_000], [None, "Разом", 3_500_000]]
    detail = [["№", "Назва проєкту", "Період", "Загальний бюджет, GBP"]]
    detail += [[1, "Посилення спроможності поліції у протидії торгівлі людьми", "04.2020 – 03.2022", 900_000]]
    detail += [[2, "Безпека морського кордону: навчання екіпажів", "01.2021 – 03.2023", 2_600_000]]
    result = _built(tmp_path, {"Зведення": summary, "Проєкти": detail}, name="Велика_Британія.xlsx")
    assert set(result.projects["source_sheet"]) == {"Проєкти"} and len(result.projects) == 2
    said = result.issues[result.issues["sheet"].eq("Зведення") & result.issues["kind"].eq("duplicate")]
    assert len(said) == 1 and said["message"].str.contains("a summary, counted once", regex=False).all()


def test_sheets_of_grants_of_one_size_are_not_taken_for_a_summary(tmp_path):
    first = [["Project title", "Amount, EUR"], ["Small grant A", 10_000], ["Small grant B", 10_000]]
    second = [
        ["Project", "Start", "End", "Amount, EUR"],
        ["Police station repair", D(2021, 1, 1), D(2021, 12, 31), 10_000],
    ]
    second += [["Border post repair", D(2021, 1, 1), D(2021, 12, 31), 10_000]]
    result = _built(tmp_path, {"Grants": first, "Projects": second}, name="Lithuania.xlsx")
    assert len(result.projects) == 4


def test_a_summary_by_agency_above_the_agencies_sheets_is_no_project(tmp_path):
    summary = [["Проекты технической помощи Швейцарии для МВД Украины"]]
    summary += [["Все суммы в этой книге — в швейцарских франках (CHF)."]]
    summary += [["Ведомство", "Кол-во проектов", "Бюджет проектов (весь период)"]]
    summary += [["Национальная полиция Украины (НПУ)", 1, 3_200_000]]
    summary += [["Государственная служба Украины по чрезвычайным ситуациям (ГСЧС)", 1, 420_000]]
    police = [["№", "Название проекта", "Срок реализации", "Бюджет", "Статус"]]
    police += [
        [
            1,
            "Развитие полиции сообщества в сельских громадах",
            "01.04.2020 – 31.03.2023",
            3_200_000,
            "реализуется",
        ]
    ]
    rescue = [["№", "Название проекта", "Срок реализации", "Бюджет", "Статус"]]
    rescue += [
        [
            1,
            "Поставка средств защиты от COVID-19 для спасателей",
            "01.05.2020 – 28.02.2021",
            420_000,
            "завершен",
        ]
    ]
    result = _built(tmp_path, {"Сводка": summary, "НПУ": police, "ГСЧС": rescue}, name="Швейцария.xlsx")
    assert sorted(zip(result.projects["source_sheet"], result.projects["currency"], strict=True)) == [
        ("ГСЧС", "CHF"),
        ("НПУ", "CHF"),
    ]
    skipped = result.issues[result.issues["sheet"].eq("Сводка")]["message"]
    assert skipped.str.contains("names a beneficiary agency", regex=False).sum() == 2
    mapped = result.mapping.set_index("project_id")["priority_code"]
    police_id = result.projects.set_index("source_sheet").loc["НПУ", "project_id"]
    assert mapped[police_id] == "COMMUNITY_POLICING"


# --------------------------------------------------------------------------- mixtures (blind set BC)


def test_a_group_of_year_columns_in_thousands_is_read_in_thousands(tmp_path):
    rows = [
        [
            "№",
            "Название проекта",
            "Донор",
            "Срок реализации",
            "Бюджет по годам, тыс. долл. США",
            None,
            "Всего, тыс. долл. США",
        ]
    ]
    rows += [[None, None, None, None, "2021", "2022", None]]
    rows += [
        [
            1,
            "Усиление охраны зелёной границы",
            "Правительство Японии",
            "январь 2021 – декабрь 2022",
            455.5,
            74.5,
            530,
        ]
    ]
    result = _built(tmp_path, {"Проекты": rows}, name="МОМ.xlsx")
    project = result.projects.iloc[0]
    assert (project["amount"], project["yearly_amounts"]) == (530_000, "2021=455500;2022=74500")
    assert not result.issues["message"].str.contains("differs from the sum", regex=False).any()


def test_a_third_header_row_splits_a_years_column_in_halves(tmp_path):
    rows = [["Ref", "Project title", "Status", "Budget by year (GBP)", None, None, None, "Total (GBP)"]]
    rows += [[None, None, None, "2020", "2021", None, "2022", None]]
    rows += [[None, None, None, None, "Jan–Jun", "Jul–Dec", None, None]]
    rows += [
        ["UK-1", "Community policing in eastern Ukraine", "Live", 150_000, 120_000, 130_000, 90_000, 490_000]
    ]
    raw = tmp_path / "raw"
    raw.mkdir()
    wb = Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    ws.merge_cells("D1:G1")
    ws.merge_cells("E2:F2")
    wb.save(raw / "UK.xlsx")
    result = build(raw, tmp_path / "out", year=2021)
    project = result.projects.iloc[0]
    assert (project["amount"], project["yearly_amounts"]) == (490_000, "2020=150000;2021=250000;2022=90000")


@pytest.mark.parametrize(
    ("cell", "note", "expected"),
    [
        ("ЄС / Німеччина*", "* Проєкт № 5 співфінансується: ЄС — 80 %, Федеративна Республіка Німеччина — 20 %; "
         "вказано загальну вартість проєкту.", [("EU", 800_000), ("Germany", 200_000)]),
        ("ЕС / Правительство Японии**", "** Проект № 5 софинансируется: Европейский Союз — 60 %, Правительство "
         "Японии — 40 %.", [("EU", 600_000), ("Japan", 400_000)]),
    ],
)  # fmt: skip
def test_co_funders_shares_given_in_the_footnote_the_partner_cell_points_to_are_applied(
    tmp_path, cell, note, expected
):
    rows = [["№", "Назва проєкту", "Донор", "Строк реалізації", "Загальна вартість, EUR"]]
    rows += [[5, "Запобігання торгівлі людьми на кордоні", cell, "з 01.01.2021 по 31.12.2021", 1_000_000]]
    rows += [[6, "Протидія наркозлочинності", "Уряд Японії", "з 01.01.2021 по 31.12.2021", 300_000]]
    rows += [[], ["* Проєкт № 9 – інша примітка: ЄС — 50 %, Японія — 50 %"], [note]]
    result = _built(tmp_path, {"Проєкти": rows}, name="ДПСУ.xlsx")
    split = result.projects[result.projects["title"].eq("Запобігання торгівлі людьми на кордоні")]
    assert sorted(zip(split["partner"], split["amount"], strict=True)) == expected
    assert not result.issues["message"].str.contains("without their shares", regex=False).any()


def test_a_footnote_naming_other_funders_leaves_the_cell_warned(tmp_path):
    rows = [["№", "Назва проєкту", "Донор", "Строк реалізації", "Загальна вартість, EUR"]]
    rows += [
        [
            5,
            "Запобігання торгівлі людьми на кордоні",
            "ЄС / Німеччина*",
            "з 01.01.2021 по 31.12.2021",
            1_000_000,
        ]
    ]
    rows += [[], ["* співфінансується: ЄС — 80 %, Швеція — 20 %"]]
    result = _built(tmp_path, {"Проєкти": rows}, name="ДПСУ.xlsx")
    assert len(result.projects) == 1
    assert result.issues["message"].str.contains("without their shares", regex=False).any()


@pytest.mark.parametrize(
    ("heading", "partner"),
    [
        ("Собственные средства ПРООН (TRAC)", "UNDP"),
        ("SWEDEN / ШВЕЦІЯ (via Sida)", "Sweden"),
        ("NORWAY / НОРВЕГІЯ (Ministry of Foreign Affairs)", "Norway"),
    ],
)
def test_a_heading_naming_a_partner_or_its_own_funds_gives_the_rows_below_their_partner(
    tmp_path, heading, partner
):
    rows = [["#", "Project", "Beneficiary", "Currency", "Total budget", "Period"]]
    rows += [["Донор: Правительство Японии"]]
    rows += [
        [1, "Community safety centres in eastern Ukraine", "NPU", "JPY", 85_000_000, "01.2021 – 12.2022"]
    ]
    rows += [[heading]]
    rows += [
        [2, "Digital services of the State Migration Service", "SMS", "USD", 350_000, "01.2020 – 12.2021"]
    ]
    result = _built(tmp_path, {"Projects": rows}, name="Group_projects.xlsx")
    got = result.projects.set_index("title")["partner"]
    assert got["Community safety centres in eastern Ukraine"] == "Japan"
    assert got["Digital services of the State Migration Service"] == partner


def test_headings_saying_projects_await_agreement_or_were_stopped_give_their_status(tmp_path):
    rows = [["№", "Назва проєкту", "Донор", "Строк реалізації", "Вартість, EUR"]]
    rows += [["1. Проєкти, що реалізуються"], [1, "Поліцейський офіцер громади", "ЄС", "2021–2022", 100_000]]
    rows += [
        ["2. Проєкти на стадії погодження з донором"],
        [2, "Протидія торгівлі людьми", "ЄС", "2021–2022", 200_000],
    ]
    rows += [
        ["3. Припинені (скасовані) проєкти"],
        [3, "Ситуаційні центри поліції", "ЄС", "2021–2022", 300_000],
    ]
    result = _built(tmp_path, {"Проєкти": rows}, name="НПУ.xlsx")
    assert list(result.projects.sort_values("amount")["status"]) == ["ongoing", "planned", "cancelled"]


# --------------------------------------------------------------------------- how priorities are said (blind set BD)


def test_a_matrix_of_priorities_headed_by_a_year_gives_that_years_money_beside_the_total(tmp_path):
    rows = [["тис. євро"]]
    rows += [["№", "Назва проєкту", "Бенефіціар", "Період реалізації", "Загальний бюджет, тис. євро"]]
    rows[-1] += ["Фінансування у 2021 р. за пріоритетами сектору (тис. євро)", None, None, None, "Статус"]
    rows += [[None] * 5 + ["Торгівля людьми", "Поліція громади", "Перетин кордону", "Інше", None]]
    rows += [
        [1, "Офіцери поліції громад: навчання", "НПУ", "2020-2022", 1200, None, 400, None, None, "триває"]
    ]
    rows += [[2, "Гуманітарне розмінування", "ДСНС", "2021-2023", 2000, None, None, None, 750, "триває"]]
    rows += [
        [
            3,
            "Модернізація пункту пропуску «Ягодин»",
            "ДПСУ",
            "2022-2024",
            3000,
            None,
            None,
            "x",
            None,
            "планується",
        ]
    ]
    raw = tmp_path / "raw"
    raw.mkdir()
    wb = Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    ws.merge_cells("F2:I2")
    for col in "ABCDEJ":
        ws.merge_cells(f"{col}2:{col}3")
    wb.save(raw / "Germany.xlsx")
    result = build(raw, tmp_path / "out", year=2021)
    got = result.projects.set_index("title")
    assert got.loc["Офіцери поліції громад: навчання", "yearly_amounts"] == "2021=400000"  # the rest spread
    assert got.loc["Офіцери поліції громад: навчання", "amount"] == 1_200_000
    assert got.loc["Офіцери поліції громад: навчання", "declared_priority"] == "Поліція громади"
    assert got.loc["Гуманітарне розмінування", "yearly_amounts"] == "2021=750000"
    assert got.loc["Модернізація пункту пропуску «Ягодин»", "declared_priority"] == "Перетин кордону"
    assert not result.issues["severity"].eq("error").any()
    assert not result.issues["message"].str.contains("each agency's money", regex=False).any()


# --------------------------------------------------------------------------- layouts nobody named (blind set BE)


def test_a_gantt_of_months_typed_as_dates_gives_each_months_money(tmp_path):
    months = [D(2020, m, 1) for m in (11, 12)] + [D(2021, m, 1) for m in (1, 2, 3)]
    rows = [["Figures in month cells are planned spend in £ thousands"]]
    rows += [["#", "Project", "Implementer", *months, "Total £k"]]
    rows += [[1, "Police response to domestic violence", "UN Women", 20, 20, 30, 30, None, 100]]
    rows += [[2, "Maritime border surveillance", "Crown Agents", None, None, 40, 40, 40, 120]]
    result = _built(tmp_path, {"Timeline": rows}, name="UK_CSSF.xlsx")
    got = result.projects.set_index("title")["yearly_amounts"]
    assert got["Police response to domestic violence"] == "2020=40000;2021=60000"
    assert got["Maritime border surveillance"] == "2021=120000"


def test_projects_across_with_a_partner_row_of_agencies_and_thousands_said_in_the_title(tmp_path):
    lines = [
        "Swiss Cooperation Office Ukraine",
        "Contributions to the internal affairs sector — CHF 1'000",
        "",
        "Project / Проєкт,Integrated border management,E-services for the State Migration Service,All projects / Разом",
        "Partner / Партнер,ДПСУ / SBGS,ДМС / SMS,",
        "Status / Статус,ongoing / триває,ongoing / триває,",
        '2020,"1\'050",300,"1\'350"',
        '2021,"1\'200",450.5,"1\'650.5"',
    ]
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "swiss_transposed.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = build(raw, tmp_path / "out", year=2021)
    got = result.projects.set_index("title")
    assert sorted(got.index) == ["E-services for the State Migration Service", "Integrated border management"]
    assert set(got["partner"]) == {"Switzerland"} and set(got["currency"]) == {"CHF"}
    assert got.loc["Integrated border management", "beneficiaries"] == "SBGS"
    assert got.loc["Integrated border management", "yearly_amounts"] == "2020=1050000;2021=1200000"
    assert (
        got.loc["E-services for the State Migration Service", "yearly_amounts"] == "2020=300000;2021=450500"
    )
    said = result.issues["message"]
    assert said.str.contains("names MIA agencies, the national partners", regex=False).any()


def test_a_card_naming_its_funder_where_the_amount_would_stand_takes_it_as_the_partner(tmp_path):
    card = [
        ["Project fact sheet"],
        ["Project code", "UA-DK-19-03"],
        ["Title", "Integrity in the National Police"],
    ]
    card += [
        ["Funding", "Ministry of Foreign Affairs of Denmark"],
        ["Duration", "1 July 2019 – 31 December 2022"],
    ]
    card += [["Beneficiary", "National Police of Ukraine"]]
    result = _built(tmp_path, {"UA-DK-19-03": card}, name="Programme_cards.xlsx")
    project = result.projects.iloc[0]
    assert (project["partner"], project["beneficiaries"]) == ("Denmark", "NPU")
    assert not result.issues["severity"].eq("error").any()
    assert result.issues["message"].str.contains("names who funds the project (Denmark)", regex=False).any()


@pytest.mark.parametrize(
    ("remark", "expected"),
    [
        ("Співфінансування: Норвегія 75 %, ПРООН (власні ресурси) 25 %", [("Norway", 4_500_000), ("UNDP", 1_500_000)]),
        ("Co-funded: Norway 60%, Sweden 40%. Amounts are the whole budget.", [("Norway", 3_600_000), ("Sweden", 2_400_000)]),
        ("Співфінансування: Швеція 60 %, Данія 40 %", [("Norway", 6_000_000)]),  # the row's partner not named
        ("Співфінансування: Норвегія 75 %, ПРООН 20 %", [("Norway", 6_000_000)]),  # not 100 %
    ],
)  # fmt: skip
def test_donors_shares_given_in_a_rows_remark_split_its_partner(tmp_path, remark, expected):
    rows = [["№", "Назва проєкту", "Термін реалізації", "Бюджет, NOK", "Статус", "Примітка"]]
    rows += [
        [1, "Пожежно-рятувальні автомобілі для пожежних команд", "2021-2022", 6_000_000, "триває", remark]
    ]
    result = _built(tmp_path, {"ДСНС": rows}, name="Norway_MTD_2021.xlsx")
    assert sorted(zip(result.projects["partner"], result.projects["amount"], strict=True)) == expected


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("4 000 000 EUR, з них ЄС — 3 000 000 EUR, Німеччина — 1 000 000 EUR", [("EU", 3_000_000), ("Germany", 1_000_000)]),
        ("5 000 000,00 євро, у тому числі: ЄС – 4 000 000,00 євро; Уряд ФРН – 1 000 000,00 євро", [("EU", 4_000_000), ("Germany", 1_000_000)]),
        # the parts in brackets, with no "of which" (blind set BE, file 3)
        ("2 000 000 євро (ЄС — 1 200 000; Німеччина — 800 000)", [("EU", 1_200_000), ("Germany", 800_000)]),
        ("EUR 3,000,000 (EU: 2,000,000; Germany: 1,000,000).", [("EU", 2_000_000), ("Germany", 1_000_000)]),
    ],
)  # fmt: skip
def test_an_amount_cell_giving_each_donors_part_makes_a_project_per_donor(tmp_path, cell, expected):
    card = [["Назва проєкту", "Спільна ініціатива з управління кордонами"], ["Донор", "Європейський Союз"]]
    card += [["Загальна вартість", cell], ["Строк реалізації", "01.07.2020 – 30.06.2023"]]
    result = _built(tmp_path, {"Картка": card}, name="GIZ_cards.xlsx")
    assert sorted(zip(result.projects["partner"], result.projects["amount"], strict=True)) == expected
    assert not result.issues["severity"].eq("error").any()


def test_parts_not_adding_up_to_the_amount_are_still_an_error(tmp_path):
    card = [["Назва проєкту", "Спільна ініціатива з управління кордонами"], ["Донор", "Європейський Союз"]]
    card += [["Загальна вартість", "4 000 000 EUR, з них ЄС — 2 000 000 EUR, Німеччина — 1 000 000 EUR"]]
    card += [["Строк реалізації", "01.07.2020 – 30.06.2023"]]
    result = _built(tmp_path, {"Картка": card}, name="GIZ_cards.xlsx")
    assert result.issues["severity"].eq("error").any()


def test_a_project_over_rows_title_then_funder_and_figures_is_one_project(tmp_path):
    lines = [
        "№;Проект / финансирование и сроки / описание;Получатель;Период;Бюджет всего, USD;Статус",
        "1;Полиция, ориентированная на общину: участковые станции;НПУ;;;",
        ";Источник: INL;;01.10.2019–30.09.2022;2 400 000,00;реализуется",
        ";Описание: Создание полицейских станций в громадах.;;;;",
        "2;Поддержка горячей линии по вопросам домашнего насилия;НПУ;;;",
        ";Источник: USAID;;01.03.2021–28.02.2022;420 000,00;договор подписан",
        "3;Обучение кинологов;НГУ;01.02.2020–31.01.2021;310 000,00;завершен",
        ";Источник: USAID;;01.03.2021–28.02.2022;100 000,00;",
    ]
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "inl_records.csv").write_text("\n".join(lines) + "\n", encoding="cp1251")
    result = build(raw, tmp_path / "out", year=2021)
    got = result.projects.set_index("title")
    policing = got.loc["Полиция, ориентированная на общину: участковые станции"]
    assert (policing["partner"], policing["amount"], policing["start_date"]) == (
        "INL",
        2_400_000,
        "2019-10-01",
    )
    assert "amount=E3" in policing["source_cells"] and "partner=B3" in policing["source_cells"]
    assert got.loc["Поддержка горячей линии по вопросам домашнего насилия", "partner"] == "USAID"
    # the row under a project with figures of its own continues nothing: loaded as it stands
    assert "Источник: USAID" in got.index and got.loc["Обучение кинологов", "amount"] == 310_000


def test_a_remarks_shares_leave_an_amount_that_is_one_donors_contribution_whole(tmp_path):
    rows = [["№", "Назва проєкту", "Термін реалізації", "Внесок Норвегії, NOK", "Статус", "Примітка"]]
    rows += [
        [
            1,
            "Пожежно-рятувальні автомобілі",
            "2021-2022",
            6_000_000,
            "триває",
            "Співфінансування: Норвегія 75 %, ПРООН 25 %",
        ]
    ]
    result = _built(tmp_path, {"ДСНС": rows}, name="Norway_MTD_2021.xlsx")
    assert list(zip(result.projects["partner"], result.projects["amount"], strict=True)) == [
        ("Norway", 6_000_000)
    ]


# --------------------------------------------------------------------------- where this round's rules must not reach


def test_a_row_titled_legend_with_figures_is_a_project(tmp_path):
    rows = [["Project", "Partner", "Amount, EUR", "Start", "End", "Status"]]
    rows += [["Legend", "Sweden", 80_000, D(2021, 3, 1), D(2021, 12, 31), "ongoing"]]
    rows += [
        ["Combating trafficking in human beings", "USA", 500_000, D(2021, 1, 15), D(2021, 12, 31), "ongoing"]
    ]
    result = _built(tmp_path, {"Projects": rows}, name="Donors.xlsx")
    assert sorted(result.projects["title"]) == ["Combating trafficking in human beings", "Legend"]


def test_sheets_whose_amounts_match_by_chance_under_unrelated_titles_are_both_read(tmp_path):
    police = [["Project", "Partner", "Amount, EUR", "Start", "End"]]
    police += [["Training of patrol police in Kharkiv", "USA", 100_000, D(2021, 1, 1), D(2021, 12, 31)]]
    police += [["Equipment for cyber police department", "USA", 200_000, D(2021, 1, 1), D(2021, 12, 31)]]
    border = [
        ["Project", "Partner", "Amount, EUR"],
        ["Thermal cameras", "USA", 100_000],
        ["Boats", "USA", 200_000],
    ]
    result = _built(tmp_path, {"Police": police, "Border": border}, name="USA.xlsx")
    assert len(result.projects) == 4


def test_a_threshold_in_the_title_is_no_unit(tmp_path):
    rows = [["Small grants for community policing (grants of at least EUR 1,000)"]]
    rows += [["Project", "Amount (EUR)", "Start", "End"]]
    rows += [["Community policing grant Lviv", 15_000, D(2021, 1, 1), D(2021, 12, 31)]]
    result = _built(tmp_path, {"Projects": rows}, name="Canada.xlsx")
    assert list(result.projects["amount"]) == [15_000]


def test_a_partner_column_of_donors_keeps_them_when_an_agency_pays_on_one_row(tmp_path):
    rows = [["Project", "Partner", "Amount, EUR", "Start", "End"]]
    rows += [["Border guard vessels", "EU", 5_000_000, D(2021, 1, 1), D(2023, 12, 31)]]
    rows += [["Patrol cars", "Japan", 2_000_000, D(2021, 1, 1), D(2021, 12, 31)]]
    rows += [["Own-budget training of cadets", "SBGS", 100_000, D(2021, 1, 1), D(2021, 12, 31)]]
    result = _built(tmp_path, {"Projects": rows}, name="List.xlsx")
    got = result.projects.set_index("title")["partner"]
    assert (got["Border guard vessels"], got["Patrol cars"]) == ("EU", "Japan")
    assert got["Own-budget training of cadets"] != "Japan"


def test_a_workbook_note_in_thousand_euro_leaves_a_table_in_dollars_alone(tmp_path):
    notes = [["All amounts in this workbook are in thousand euro."]]
    euro = [
        ["Project", "Amount (EUR)", "Start", "End"],
        ["Police forensics", 350, D(2021, 1, 1), D(2021, 12, 31)],
    ]
    dollars = [
        ["Project", "Amount (USD)", "Start", "End"],
        ["Anti-drug equipment", 500_000, D(2021, 1, 1), D(2021, 12, 31)],
    ]
    result = _built(tmp_path, {"Notes": notes, "Projects": euro, "Other": dollars}, name="France.xlsx")
    got = result.projects.set_index("title")["amount"]
    assert (got["Police forensics"], got["Anti-drug equipment"]) == (350_000, 500_000)


def test_a_bare_country_heading_is_no_partner_heading(tmp_path):
    rows = [["Project", "Amount, EUR", "Start", "End"], ["POLAND"]]
    rows += [["Checkpoint Shehyni reconstruction", 3_000_000, D(2021, 1, 1), D(2022, 12, 31)], ["MOLDOVA"]]
    rows += [["Checkpoint Palanca joint control", 1_000_000, D(2021, 1, 1), D(2021, 12, 31)]]
    result = _built(tmp_path, {"Projects": rows}, name="eu_projects.xlsx")
    assert set(result.projects["partner"]) == {"EU"}


def test_priority_columns_of_percentages_under_a_years_heading_are_no_money(tmp_path):
    rows = [["Project", "Partner", "Total (EUR)", "Funding in 2021 by priority (%)", None, "Start", "End"]]
    rows += [[None, None, None, "drug crime", "border security", None, None]]
    rows += [["Drug and border control programme", "USA", 1_000_000, 60, 40, D(2021, 1, 1), D(2022, 12, 31)]]
    result = _built(tmp_path, {"Projects": rows}, name="USA.xlsx")
    project = result.projects.iloc[0]
    assert project["amount"] == 1_000_000
    assert project["yearly_amounts"] is None or "2021=100" not in str(project["yearly_amounts"])


def test_an_amount_cell_giving_its_budgets_lines_counts_the_total(tmp_path):
    rows = [["Project", "Partner", "Amount", "Start", "End"]]
    rows += [
        [
            "Forensic laboratory",
            "Japan",
            "4 000 000 EUR, of which equipment — 3 000 000, training — 1 000 000",
            D(2021, 1, 1),
            D(2021, 12, 31),
        ]
    ]
    rows += [
        [
            "Cyber police unit",
            "Japan",
            "1 000 000 EUR, of which equipment — 300 000, training — 500 000",
            D(2021, 1, 1),
            D(2021, 12, 31),
        ]
    ]
    rows += [
        [
            "Patrol boats",
            "Japan",
            "EUR 2 000 000 (hulls — 1 500 000; engines — 500 000)",
            D(2021, 1, 1),
            D(2021, 12, 31),
        ]
    ]
    result = _built(tmp_path, {"Projects": rows}, name="Japan.xlsx")
    got = result.projects.set_index("title")["amount"]
    assert (
        got["Forensic laboratory"] == 4_000_000 and got["Patrol boats"] == 2_000_000
    )  # lines in brackets too
    assert list(result.projects["partner"]) == ["Japan", "Japan", "Japan"]
    errors = result.issues[result.issues["severity"].eq("error")]
    assert list(errors["row"]) == [3]  # lines not adding up to the total stay an error
