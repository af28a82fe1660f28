"""Where this round's rules (sets AY, AZ, BA) must not reach, found by a reviewer who had not read the code; and the
natural variants they must read the same way."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook

from mtd_analysis.build import build
from mtd_analysis.ingest.values import parse_currency, parse_status

D = dt.datetime


def _xlsx(tmp_path, rows, name="List.xlsx", formats=None, hidden_cols=(), hidden_rows=()):
    raw = tmp_path / "raw"
    raw.mkdir(parents=True)
    wb = Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    for cell, fmt in (formats or {}).items():
        ws[cell].number_format = fmt
    for c in hidden_cols:
        ws.column_dimensions[c].hidden = True
    for r in hidden_rows:
        ws.row_dimensions[r].hidden = True
    wb.save(raw / name)
    return build(raw, tmp_path / "out", year=2021)


def _projects(result) -> list[tuple]:
    return sorted(
        zip(result.projects["title"], result.projects["partner"], result.projects["amount"], strict=True)
    )


def test_a_projects_total_repeated_on_each_agencys_row_is_not_added_up(tmp_path):
    rows = [["Code", "Title", "Beneficiary", "Start", "End", "Total project budget, EUR"]]
    rows += [
        ["EU-04", "ICT for the MIA", a, D(2021, 1, 1), D(2022, 12, 31), 2_400_000]
        for a in ("NPU", "SBGS", "SMS")
    ]
    result = _xlsx(tmp_path, rows, name="EU.xlsx")
    assert _projects(result) == [("ICT for the MIA", "EU", 2_400_000)]


def test_a_blank_kept_for_a_currency_symbol_is_no_currency_and_a_bare_dollar_is_warned(tmp_path):
    rows = [["Project", "Start", "End", "Budget"], ["Mine action", D(2021, 1, 1), D(2021, 12, 31), 4_000_000]]
    spaced = _xlsx(tmp_path / "a", rows, name="Norway.xlsx", formats={"D2": "_-* #,##0.00 _€_-"})
    assert spaced.issues["message"].str.contains("has no currency").any()  # "_€" shows no €
    dollar = _xlsx(tmp_path / "b", rows, name="Canada.xlsx", formats={"D2": '"$"#,##0'})
    warned = dollar.issues[dollar.issues["severity"].eq("warning")]["message"]
    assert warned.str.contains("'$' names no country: read as US dollars", regex=False).any()


def test_a_hidden_column_of_a_year_shown_nowhere_else_is_read(tmp_path):
    rows = [
        ["Project", "Start", "End", "Budget, USD", "Budget, UAH", "2021, USD"],
        ["Body cameras", D(2021, 1, 1), D(2022, 12, 31), 1_000_000, 27_000_000, 600_000],
    ]
    result = _xlsx(tmp_path, rows, name="USA.xlsx", hidden_cols=("E", "F"))
    assert result.projects["yearly_amounts"].tolist() == ["2021=600000"]


@pytest.mark.parametrize(
    ("second", "label"),
    [(450_000, "revised (replaces plan)"), (400_000, "of which: equipment")],
)
def test_a_revision_or_a_breakdown_of_a_year_under_a_project_is_not_another_line(tmp_path, second, label):
    rows = [
        ["Title", "Funding source", "Year", "Note", "Amount, USD"],
        ["Police training programme", "USA", 2021, "original plan", 500_000],
        [None, None, 2021, label, second],
        [None, None, 2022, None, 500_000],
    ]
    result = _xlsx(tmp_path, rows)
    years = ";".join(result.projects["yearly_amounts"].dropna())
    assert "2021=950000" not in years and "2021=900000" not in years  # never both figures of one year added


def test_a_note_saying_hidden_rows_are_not_yet_approved_makes_them_planned(tmp_path):
    rows = [
        ["Project title", "Budget, EUR", "Start", "End"],
        ["Border guard vehicles", 800_000, D(2021, 1, 1), D(2021, 12, 31)],
        ["Migration registry", 400_000, D(2021, 1, 1), D(2021, 12, 31)],
        [],
        ["Note: hidden rows are projects not yet approved (pipeline)."],
    ]
    result = _xlsx(tmp_path, rows, name="Estonia.xlsx", hidden_rows=(3,))
    status = dict(zip(result.projects["title"], result.projects["status"], strict=True))
    assert status["Migration registry"] == "planned"


def test_a_running_sum_by_month_is_no_schedule_of_payments(tmp_path):
    rows = [["Project", "Month", "Disbursed (cumulative), EUR"]]
    rows += [
        ["Police mobile stations", D(2021, m, 1), a] for m, a in ((1, 100_000), (2, 250_000), (3, 400_000))
    ]
    result = _xlsx(tmp_path, rows, name="Netherlands.xlsx")
    assert (
        sum(result.projects["amount"]) != 750_000 or len(result.projects) != 1
    )  # never one project of the sums


def test_a_block_of_fields_above_a_table_is_a_cover_and_the_table_is_read(tmp_path):
    rows = [
        ["Field", "Value"],
        ["Title", "Norway: support to the MIA, 2021 report"],
        ["Donor", "Norway"],
        ["Currency", "NOK"],
        ["Status", "final"],
        [],
        ["Project title", "Budget, NOK", "Start", "End", "Status"],
        ["Humanitarian demining", 20_000_000, D(2020, 1, 1), D(2022, 12, 31), "ongoing"],
        ["Police reform in the East", 8_000_000, D(2021, 1, 1), D(2021, 12, 31), "completed"],
    ]
    result = _xlsx(tmp_path, rows, name="Norway_report.xlsx")
    assert sorted(result.projects["title"]) == ["Humanitarian demining", "Police reform in the East"]


def test_a_known_payment_date_header_beside_the_amount_reads_a_schedule(tmp_path):
    rows = [["Project", "Tranche date", "Amount, EUR"]]
    rows += [["SBGS patrol boats", D(2020, 11, 1), 300_000], ["SBGS patrol boats", D(2021, 5, 1), 500_000]]
    rows += [["NPU body armour", D(2021, 3, 1), 150_000]]
    result = _xlsx(tmp_path, rows, name="Denmark.xlsx")
    got = dict(zip(result.projects["title"], result.projects["yearly_amounts"], strict=True))
    assert got == {"SBGS patrol boats": "2020=300000;2021=500000", "NPU body armour": "2021=150000"}


def test_the_partners_own_share_in_money_gives_the_co_funder_the_rest(tmp_path):
    rows = [
        ["Project", "Start", "End", "Total budget (GBP)", "UK share, GBP", "Co-funder"],
        ["Joint police reform", D(2021, 1, 1), D(2021, 12, 31), 1_000_000, 600_000, "Canada"],
    ]
    result = _xlsx(tmp_path, rows, name="UK.xlsx")
    assert _projects(result) == [
        ("Joint police reform", "Canada", 400_000),
        ("Joint police reform", "UK", 600_000),
    ]


def test_unlabelled_subtotals_per_group_and_a_grand_total_are_totals_rows(tmp_path):
    rows = [["Project", "Start", "End", "Budget, USD"]]
    rows += [["Border guard training", D(2021, 1, 1), D(2021, 12, 31), 200_000]]
    rows += [["Migration data system", D(2021, 1, 1), D(2021, 12, 31), 300_000], [None, None, None, 500_000]]
    rows += [["Police human rights", D(2021, 1, 1), D(2021, 12, 31), 400_000]]
    rows += [["Forensics", D(2021, 1, 1), D(2021, 12, 31), 100_000], [None, None, None, 500_000]]
    rows += [[None, None, None, 1_000_000]]
    result = _xlsx(tmp_path, rows, name="Norway.xlsx")
    assert len(result.projects) == 4 and not result.issues["severity"].eq("error").any()


def test_a_registration_number_is_no_year_of_money():
    """'3955-04' (a register's number) had been read as a column of the money of year 3955, month 4."""
    from mtd_analysis.ingest.columns import match_field

    assert match_field("3955-04").field is None
    assert (match_field("2021-04").field, match_field("2021-04").year) == ("yearly", 2021)


def test_official_words_for_a_refusal_and_abbreviated_currencies():
    assert parse_status("проєктну пропозицію відхилено донором (лист від 06.09.2021)") == "cancelled"
    assert parse_status("донор відмовився від фінансування") == "cancelled"
    assert parse_status("Extension rejected") == "completed"  # ended at its first end, as before
    assert (parse_currency("НОРВ. КРОНА"), parse_currency("швейц. франків")) == ("NOK", "CHF")


def test_a_letters_signature_block_and_an_agency_heading_with_no_project_are_no_projects(tmp_path):
    """Set BA: an official return ends with its signature ("Начальник управління … | полковник | О.П. Коваленко",
    the position over two rows); a section heading names an agency with no project under it."""
    rows = [
        ["№", "Назва проєкту", "Донор", "Строк реалізації", "Вартість, тис. євро", "у т.ч. 2021"],
        ["1.", "Національна поліція України"],
        ["1.1.", "Кінологічні підрозділи", "Уряд Німеччини", "2021–2022 рр.", 420, "Інформація відсутня"],
        ["2.", "Державна міграційна служба України"],
        [None, "Проєкти в інтересах ДМС у звітному періоді не реалізовувались"],
        [],
        [None, "Начальник управління міжнародного співробітництва"],
        [None, "Адміністрації Держприкордонслужби", None, "полковник", "О.П. Коваленко"],
    ]
    result = _xlsx(tmp_path, rows, name="DPSU_letter.xlsx")
    assert result.projects["title"].tolist() == ["Кінологічні підрозділи"]
    assert result.projects["amount"].tolist() == [420_000]
    issues = result.issues
    assert not issues["severity"].eq("error").any()
    said = issues["message"]
    assert said.str.contains(
        "row 8 is a signature (a position and a name: 'О.П. Коваленко'); skipped", regex=False
    ).any()
    assert said.str.contains(
        "row 4 has only the number '2.' and the text 'Державна міграційна служба України'", regex=False
    ).any()
    warned = issues[issues["severity"].eq("warning")]["message"]
    assert warned.str.contains("'Інформація відсутня' gives no figure; none is counted", regex=False).any()
