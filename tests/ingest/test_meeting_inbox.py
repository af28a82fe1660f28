"""Conventions of one meeting's inbox (blind set BH): a header denying its unit, a note giving the unit first, a
programme's total row, the state named before its bureau after a dash, numbered labels of a form, a cover letter's
list of the projects on the other sheets, shares in brackets with words, German month headers, a co-funding note
marked on a remark, "tbc" for a year. Expected values worked out by hand in each test."""

from __future__ import annotations

import pandas as pd
import pytest
from openpyxl import Workbook
from openpyxl.styles import PatternFill

from mtd_analysis.build import build
from mtd_analysis.ingest.columns import match_field
from mtd_analysis.ingest.partners import canonical_partner, partner_shares


def _messages(result) -> str:
    return " | ".join(result.issues["message"])


@pytest.mark.parametrize(
    ("label", "field", "year", "scale"),
    [
        ("Indicative budget (£, full amount - not thousands)", "amount", None, 1.0),
        ("Сума (не в тис. грн)", "amount", None, 1.0),
        ("Budget, EUR thousand", "amount", None, 1000.0),
        ("8. Of which planned for 2021", "yearly", 2021, 1.0),
        ("CY2021 estimate (USD)", "yearly", 2021, 1.0),
        ("4. Ukrainian counterpart", "beneficiaries", None, 1.0),
        ("5. Outline", "description", None, 1.0),
    ],
)
def test_labels_of_money_and_of_a_forms_numbered_items(label, field, year, scale):
    found = match_field(label)
    assert (found.field, found.year, found.scale) == (field, year, scale)


def test_the_state_named_before_its_bureau_and_shares_in_brackets_with_words():
    assert canonical_partner("U.S. Embassy Kyiv – INL") == "USA"
    assert canonical_partner("INL") == "INL"
    assert partner_shares("Канада (75 %) / МОМ (25 %, собственные средства)") == [
        ("Canada", 75.0),
        ("IOM", 25.0),
    ]


def test_a_unit_said_first_in_the_note_and_a_sheet_in_full_pounds_and_programme_totals(workbook_build):
    current = [
        ["British Embassy Kyiv - CSSF"],
        [],
        ["Project", "Ukrainian partner", "Start", "End", "Total budget*", "Status"],
        ["CSSF Ukraine - Security Sector Reform programme"],
        ["Public order training for the National Guard", "НГУ", "01/01/2021", "31/12/2021", 900, "Live"],
        ["Programme total", None, None, None, 900, None],
        [],
        ["* £ thousand (£k), whole project lifetime."],
    ]
    pipeline = [
        ["CSSF Ukraine - pipeline"],
        [],
        [
            "Project",
            "Ukrainian partner",
            "Indicative timing",
            "Indicative budget (£, full amount - not thousands)",
        ],
        ["Canine detection at the eastern border", "ДПСУ", "Jan 2021 - Dec 2021", 600_000],
    ]
    result = workbook_build({"Current": current, "Pipeline": pipeline}, "uk.xlsx")
    amounts = dict(zip(result.projects["title"], result.projects["amount"], strict=True))
    assert amounts == {
        "Public order training for the National Guard": 900_000,  # × 1000 by the note
        "Canine detection at the eastern border": 600_000,  # full pounds, as its header says
    }
    assert set(result.projects["currency"]) == {"GBP"}
    messages = _messages(result)
    assert "'Programme total' is a totals row" in messages
    assert "gives the amounts' currency and unit: GBP × 1,000" in messages


def test_a_cover_letters_list_of_the_projects_on_the_sheets_is_not_counted_again(workbook_build):
    cover = [
        ["Embassy of Japan in Ukraine"],
        [],
        ["Each project is described on a separate sheet. All amounts are in Japanese yen (JPY)."],
        [],
        ["List of projects (details on the sheets - not additional projects):"],
        ["Sheet", "Project", "Counterpart"],
        ["Project 1", "Community police station in Stanytsia Luhanska", "НПУ"],
    ]
    card = [
        ["PROJECT INFORMATION SHEET"],
        [],
        ["1. Project title", "Community police station in Stanytsia Luhanska"],
        ["2. Donor / funding scheme", "Government of Japan - Grassroots grant (Kusanone)"],
        ["4. Ukrainian counterpart", "National Police of Ukraine"],
        ["6. Period of implementation", "April 2021 - March 2023"],
        ["7. Total amount", "JPY 240,000,000"],
        ["8. Of which planned for 2021", "JPY 90 million"],
    ]
    result = workbook_build({"Cover": cover, "Project 1": card}, "japan.xlsx")
    assert len(result.projects) == 1
    project = result.projects.iloc[0]
    assert (project["amount"], project["currency"], project["yearly_amounts"]) == (
        240_000_000,
        "JPY",
        "2021=90000000",
    )
    assert project["beneficiaries"] == "NPU"


def test_a_gantt_headed_with_german_months_and_a_co_funding_note_on_a_remark(tmp_path):
    months = ["Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"]
    raw = tmp_path / "raw"
    raw.mkdir()
    wb = Workbook()
    ws = wb.active
    ws.title = "Zeitplan"
    ws.append(["GIZ – Zeitplan Innere Sicherheit (Budget in EUR)"])
    ws.append([None, None, None, "2021", *[None] * 11])
    ws.append(["Vorhaben / Проєкт", "Auftraggeber / Донор", "Budget, EUR", *months, "Bemerkung"])
    ws.merge_cells("D2:O2")
    ws.append(["Grenzüberwachung an der Westgrenze", "EU", 1_200_000, *[None] * 12, "kofinanziert**"])
    for col in range(6, 16):  # Mär to Dez 2021 coloured: 1 March - 31 December
        ws.cell(4, col).fill = PatternFill("solid", fgColor="A9D08E")
    ws.append([])
    ws.append(["** Co-financed: EU 80 % / Germany (BMZ) 20 %, implemented by GIZ."])
    wb.save(raw / "giz.xlsx")
    result = build(raw, tmp_path / "out", year=2021)
    lines = result.projects.set_index("partner")
    assert set(lines.index) == {"EU", "Germany"}
    assert (lines.loc["EU", "amount"], lines.loc["Germany", "amount"]) == (960_000, 240_000)
    assert set(lines["start_date"]) == {"2021-03-01"} and set(lines["end_date"]) == {"2021-12-31"}
    assert "the note at A6 says the project is co-funded, with the donors' shares: EU 80% / Germany 20%" in (
        _messages(result)
    )


def test_tbc_for_a_year_is_no_figure_and_a_note_line_is_no_stale_row(one_sheet_build):
    rows = [
        ["Action", "Period", "Total, EUR", "2021, EUR", "Status"],
        [
            "Custody records in temporary detention facilities",
            "06/2020 - 05/2022",
            2_400_000,
            "tbc",
            "ongoing",
        ],
        [],
        ["* tbc - the 2021 tranche is not yet fixed; do not add the Total column to other donors' figures."],
    ]
    result = one_sheet_build(rows, "eu.xlsx")
    project = result.projects.iloc[0]
    assert project["amount"] == 2_400_000 and pd.isna(project["yearly_amounts"])  # no 2021 figure: spread
    messages = _messages(result)
    assert "holds no number" not in messages and "not to be used" not in messages


def test_agency_headings_give_the_rows_their_agency_and_a_project_marked_in_two_sections_counts_once(
    one_sheet_build,
):
    rows = [
        ["ПЕРЕЛІК проєктів МТД за відомствами-отримувачами"],
        ["Примітка. Проєкти кількох відомств наведено в розділі кожного з сумою, що припадає на нього (позначено *)."],
        [],
        ["№ з/п", "Назва проєкту", "Донор", "Строк реалізації", "Валюта", "Сума, всього", "у т.ч. на 2021 рік"],
        ["1. Національна поліція України"],
        ["1.1", "Протидія домашньому насильству", "Велика Британія", "01.04.2020 – 31.03.2022", "GBP", 950_000, 420_000],
        ["2. Державна прикордонна служба України"],
        ["2.1*", "Спільний аналіз ризиків нелегальної міграції", "ЄС", "01.2020 – 12.2022", "EUR", 1_200_000, 500_000],
        ["Разом за розділом 2, EUR", None, None, None, "EUR", 1_200_000, 500_000],
        ["3. Державна міграційна служба України"],
        ["3.1*", "Спільний аналіз ризиків нелегальної міграції", "ЄС", "01.2020 – 12.2022", "EUR", 800_000, 300_000],
    ]  # fmt: skip
    result = one_sheet_build(rows, "mvs.xlsx")
    projects = result.projects.set_index("title")
    assert projects.loc["Протидія домашньому насильству", "beneficiaries"] == "NPU"
    # one project at the sum of its two agencies' parts: 1 200 000 + 800 000, of which 2021: 500 000 + 300 000
    shared = projects.loc["Спільний аналіз ризиків нелегальної міграції"]
    assert (shared["beneficiaries"], shared["amount"], shared["yearly_amounts"]) == (
        "SBGS;SMS",
        2_000_000,
        "2021=800000",
    )
    assert len(result.projects) == 2
    cells = dict(
        part.split("=") for part in projects.loc["Протидія домашньому насильству", "source_cells"].split(";")
    )
    assert cells["beneficiaries"] == "A5"
    assert "row 5 names the agency of the rows below it ('1. Національна поліція України'): NPU" in _messages(
        result
    )
