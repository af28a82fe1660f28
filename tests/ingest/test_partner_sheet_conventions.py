"""Conventions of ordinary-looking partner sheets (blind set BG): a footnote on the budget column naming its
currency, a start cell giving the whole period, a donor's money for one year, lines marked "do not use", a
described subtotal, the example row of a form, an extract of another sheet, a status named by the sheet, a legend
whose words stand on their colours, and components that give no currency or funder of their own. Expected values
are worked out by hand in each test."""

from __future__ import annotations

import pytest
from openpyxl import Workbook
from openpyxl.styles import PatternFill

from mtd_analysis.build import build
from mtd_analysis.ingest.columns import match_field
from mtd_analysis.ingest.partners import canonical_partner
from mtd_analysis.ingest.values import parse_status


def _messages(result) -> str:
    return " | ".join(result.issues["message"])


def test_a_footnote_on_the_budget_column_and_a_start_cell_giving_the_whole_period(one_sheet_build):
    rows = [
        ["Netherlands-funded projects in the law enforcement sector"],
        [],
        ["#", "Project title", "Funding instrument", "Start", "End", "Budget*", "Status"],
        [1, "Asylum case processing at the State Migration Service", "NL MFA - Stability Fund",
         "36 months from 01.07.2020", None, "1 500 000,00", "ongoing"],
        [2, "Digital evidence for cyber police units", "NL MFA - Stability Fund", "Sep 2021", "Aug 2023",
         "EUR 0.6 million (indicative)", "under appraisal"],
        [],
        [None, "* Budget = total Netherlands contribution for the whole project, in EUR (not the annual amount)."],
    ]  # fmt: skip
    result = one_sheet_build(rows, "nl.xlsx", "Projects")
    projects = result.projects.set_index("title")
    asylum = projects.loc["Asylum case processing at the State Migration Service"]
    # 36 months from 1 July 2020: to 30 June 2023; the currency from the note marked like the column
    assert (asylum["start_date"], asylum["end_date"]) == ("2020-07-01", "2023-06-30")
    assert (asylum["amount"], asylum["currency"], asylum["partner"]) == (1_500_000, "EUR", "Netherlands")
    assert projects.loc["Digital evidence for cyber police units", "status"] == "planned"
    messages = _messages(result)
    assert "'36 months from 01.07.2020' gives the whole period, the end cell being empty" in messages
    assert "the note in row 7 ('* Budget = total Netherlands contribution" in messages
    assert "has no currency" not in messages and "is not a date" not in messages


def test_a_budget_note_quoting_an_amount_gives_no_currency(one_sheet_build):
    rows = [
        ["Project title", "Start", "End", "Budget*"],
        ["Border posts", "01.01.2021", "31.12.2021", "400 000"],
        [],
        [
            None,
            "* Budget: the programme as a whole is about USD 5 million; the row gives this project's part.",
        ],
    ]
    result = one_sheet_build(rows, "x.xlsx")
    assert result.projects.iloc[0]["currency"] is None or result.projects["currency"].isna().all()
    assert "has no currency" in _messages(result)


@pytest.mark.parametrize(
    ("label", "year"),
    [
        ("EU contribution 2021*", 2021),
        ("Contribution 2021", 2021),
        ("Внесок ЄС у 2021 р.", 2021),
        ("2021 obligation*", 2021),
        ("Obligations 2022, USD", 2022),
    ],
)
def test_a_partners_money_or_obligation_in_one_year_is_that_years_column(label, year):
    found = match_field(label)
    assert (found.field, found.year) == ("yearly", year)


def test_the_total_beside_a_donors_column_for_2021_stays_the_total(one_sheet_build):
    rows = [
        ["Action title", "Implementation period", "EU contribution, total", "EU contribution 2021", "Status"],
        ["PRAVO-Police: reform of the National Police", "2019-2022", "12 000 000", "3 500 000", "ongoing"],
    ]
    result = one_sheet_build(rows, "eu.xlsx")
    project = result.projects.iloc[0]
    assert project["amount"] == 12_000_000 and project["yearly_amounts"] == "2021=3500000"


def test_a_line_marked_do_not_use_is_skipped_and_said(one_sheet_build):
    rows = [
        ["Title", "Start", "End", "Budget, GBP", "Status", "Comment"],
        ["Public order management for the National Guard", "01.04.2020", "31.03.2022", "1 500 000", "Live", None],
        ["Public order management for the National Guard", "01.04.2020", "31.03.2021", "1 200 000", "Live",
         "DUPLICATE row (entered twice, old figures) – please ignore"],
        ["Immigration crime on the western border", "01.10.2020", "30.09.2021", "900 000", "Live", None],
    ]  # fmt: skip
    result = one_sheet_build(rows, "uk.xlsx")
    assert list(result.projects["amount"]) == [1_500_000, 900_000]
    assert (
        "row 3 says it is not to be used ('DUPLICATE row (entered twice, old figures) – please ignore')"
        in (_messages(result))
    )


def test_a_described_subtotal_and_the_forms_example_row_are_no_projects(one_sheet_build):
    rows = [
        ["Program", "Funding source", "Period", "Total amount, USD", "Status"],
        ["Support to community policing in Kharkiv oblast (example)", "Embassy of X", "2021", "100 000", "ongoing"],
        ["Patrol police field coaching", "INL", "Jan 2020 – Dec 2021", "1 250 000", "Ongoing"],
        ["Canine units for the State Border Guard Service", "INL", "10/2020–09/2022", "450 000", "Ongoing"],
        ["Subtotal – State Department / INL funded (excl. TBD)", None, None, "1 700 000", None],
        ["Victim identification by the National Police", "USAID", "Q4 2019 – Q3 2021", "1 800 000", "Ongoing"],
    ]  # fmt: skip
    result = one_sheet_build(rows, "us.xlsx")
    assert list(result.projects["title"]) == [
        "Patrol police field coaching",
        "Canine units for the State Border Guard Service",
        "Victim identification by the National Police",
    ]
    messages = _messages(result)
    assert "row 2 is the template's example row; skipped" in messages
    assert "'Subtotal – State Department / INL funded (excl. TBD)' is a totals row" in messages


def test_the_sheets_name_gives_the_status_and_an_extract_of_another_sheet_is_not_counted(workbook_build):
    header = ["Ref.", "Project title", "Funding source", "Duration", "Budget, EUR"]
    result = workbook_build(
        {
            "Ongoing": [["Council of Europe Office – law enforcement projects"], [], header,
                        ["2144-AP", "Human rights compliance of the National Guard", "CoE ordinary budget",
                         "2021–2022", 300_000]],
            "Pipeline": [header, ["2170-VC", "Rights of migrants in detention", "Voluntary contribution of Lithuania",
                                  "Q2 2021 – Q1 2022", 120_000]],
            "Completed 2018-2020": [header, ["1877-VC", "Istanbul Convention standards for police",
                                             "Denmark (voluntary contribution)", "2018–2020", 480_000]],
            "Key projects for MIA": [["Extract from sheet 'Ongoing' for the MIA note (same projects, not additional)"],
                                     [], ["Project", "Budget", "Period"],
                                     ["Human rights compliance of the National Guard", "€ 300 000", "2021–2022"]],
        },
        "coe.xlsx",
    )  # fmt: skip
    statuses = dict(zip(result.projects["title"], result.projects["status"], strict=True))
    assert statuses == {
        "Human rights compliance of the National Guard": "ongoing",
        "Rights of migrants in detention": "planned",
        "Istanbul Convention standards for police": "completed",
    }  # and the extract's copy is not a fourth project
    messages = _messages(result)
    assert "the sheet's name ('Pipeline') says its projects' status" in messages
    assert "the sheet's name ('Completed 2018-2020') says its projects' status" in messages


@pytest.mark.parametrize(
    ("text", "status"), [("under appraisal", "planned"), ("Under assessment", "planned")]
)
def test_a_proposal_under_appraisal_is_planned(text, status):
    assert parse_status(text) == status


def test_an_embassy_ministry_written_short_is_its_country():
    assert canonical_partner("NL MFA - Stability Fund") == "Netherlands"
    assert canonical_partner("NL MFA - Human Rights Fund") == "Netherlands"


def test_a_legend_of_words_on_their_colours_gives_the_rows_statuses(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    wb = Workbook()
    ws = wb.active
    ws.title = "ДПСУ"
    ws.append(["МОМ в Україні – проєкти МТД, бенефіціар: ДПСУ"])
    ws.append(
        [
            "Легенда (колір рядка = статус):",
            None,
            "реалізується",
            None,
            "на етапі погодження",
            None,
            "скасовано",
        ]
    )
    ws.append([])
    ws.append(["№", "Назва проєкту", "Донор", "Період реалізації", "Бюджет"])
    ws.append([1, "Мобільні групи з виявлення нелегальних мігрантів", "Уряд Японії", "2021", "95 млн єн"])
    ws.append(
        [2, "Сервісна зона у пункті пропуску «Ягодин»", "Посольство Нідерландів", "2021", "300 тис. дол. США"]
    )
    ws.append([3, "Цифровізація процедур реадмісії", "Уряд Швейцарії", "2021", "CHF 640 000"])
    green, yellow, red = "C6EFCE", "FFEB9C", "FFC7CE"
    for col, colour in ((3, green), (5, yellow), (7, red)):
        ws.cell(2, col).fill = PatternFill("solid", fgColor=colour)  # each word on its own colour
    for number, colour in ((5, green), (6, yellow), (7, red)):
        for col in range(1, 6):
            ws.cell(number, col).fill = PatternFill("solid", fgColor=colour)
    wb.save(raw / "iom.xlsx")
    result = build(raw, tmp_path / "out", year=2021)
    assert list(result.projects.sort_values("source_row")["status"]) == ["ongoing", "planned", "cancelled"]


def test_components_take_their_programmes_currency_funder_and_dates_and_keep_their_own_totals(
    one_sheet_build,
):
    rows = [
        ["№", "Назва проєкту", "Джерело фінансування", "Період", "Загальний бюджет", "2021", "Статус"],
        [1, "Поліція громад у Донецькій та Луганській областях", "ПРООН за кошти Данії", "2019–2022",
         "USD 1,1 млн", "USD 300 тис.", "реалізується"],
        ["1.1", "Компонент 1: навчання офіцерів громади", None, None, 500_000, 150_000, None],
        ["1.2", "Компонент 2: облаштування поліцейських станцій", None, None, 600_000, 150_000, None],
    ]  # fmt: skip
    result = one_sheet_build(rows, "undp.xlsx")
    parts = result.projects.set_index("title")
    # the components' totals, 500 000 + 600 000, are the programme's 1 100 000: they are its projects, each with the
    # programme's funder, currency and period, its own total (its 2021 figure a part of it, not the whole)
    assert list(parts.index) == [
        "Компонент 1: навчання офіцерів громади",
        "Компонент 2: облаштування поліцейських станцій",
    ]
    assert list(parts["amount"]) == [500_000, 600_000]
    assert set(parts["currency"]) == {"USD"} and set(parts["partner"]) == {"Denmark"}
    assert set(parts["start_date"]) == {"2019-01-01"} and set(parts["end_date"]) == {"2022-12-31"}
    assert list(parts["yearly_amounts"]) == ["2021=150000", "2021=150000"]
    messages = _messages(result)
    assert "has no currency" not in messages and "is taken as their sum" not in messages
    assert "row 3: a component of row 2, takes its start date (2019-01-01)" in messages


def test_components_adding_up_to_less_leave_their_programme_the_rest_but_not_its_years_again(one_sheet_build):
    rows = [
        ["№", "Назва проєкту", "Джерело фінансування", "Період", "Загальний бюджет", "2021", "Статус"],
        [1, "Поліція громад у Донецькій та Луганській областях", "ПРООН за кошти Данії", "2019–2022",
         "USD 1,1 млн", "USD 300 тис.", "реалізується"],
        ["1.1", "Компонент 1: навчання офіцерів громади", None, None, 200_000, 150_000, None],
        ["1.2", "Компонент 2: облаштування поліцейських станцій", None, None, 250_000, 150_000, None],
    ]  # fmt: skip
    result = one_sheet_build(rows, "undp.xlsx")
    lines = result.projects.set_index("title")
    programme = "Поліція громад у Донецькій та Луганській областях"
    # 200 000 + 250 000 is not the programme's 1 100 000: each component keeps its total, its 2021 figure (150 000)
    # a part of it (an undated row's one year is a part of its total, round 57); the programme keeps
    # 1 100 000 - 200 000 - 250 000 = 650 000, none of it in 2021, which the components use up
    assert lines.loc[programme, "amount"] == 650_000 and lines.loc[programme, "yearly_amounts"] == "2021=0"
    assert lines.loc["Компонент 1: навчання офіцерів громади", "amount"] == 200_000
    alloc = result.allocations[result.allocations["year"].eq(2021)].groupby("project_id")["amount_eur"].sum()
    ids = lines["project_id"]
    assert alloc[ids[programme]] == 0
    parts = [t for t in lines.index if t != programme]
    assert alloc[ids[parts[0]]] == pytest.approx(alloc[ids[parts[1]]]) and alloc[ids[parts[0]]] > 0
    assert "has no currency" not in _messages(result)


def test_a_title_cell_in_two_languages_is_the_first_line_and_its_translation(one_sheet_build):
    rows = [
        ["No.", "Project title", "Period", "Amount, JPY"],
        [1, "Mine-detection equipment for the State Emergency Service\nОбладнання для виявлення мін для ДСНС",
         "2021", 150_000_000],
        [2, "Border surveillance on the eastern border of Ukraine\nand along the Sea of Azov coast", "2021", 90_000_000],
    ]  # fmt: skip
    result = one_sheet_build(rows, "japan.xlsx")
    projects = result.projects.sort_values("source_row")
    assert (
        list(projects["title"])
        == [
            "Mine-detection equipment for the State Emergency Service",
            "Border surveillance on the eastern border of Ukraine and along the Sea of Azov coast",  # one title wrapped
        ]
    )
    assert projects.iloc[0]["description"] == "Обладнання для виявлення мін для ДСНС"
    cells = dict(part.split("=") for part in projects.iloc[0]["source_cells"].split(";"))
    assert cells["title"] == cells["description"] == "B2"
