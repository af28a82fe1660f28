"""Layouts and formats found by partner files written blind in round 51 (sets EA to EE).

Each test writes the few cells that matter, as the partner's file had them, and checks the reading against figures
worked out by hand beside it: words typed in two scripts ("USАID" with a Cyrillic "А"), status legends written with
hyphens or a line per code under their heading, statuses said only in a remark, a Markdown table, a web page's
tables saved as ".xls", Excel's XML Spreadsheet 2003, and a printed report's legend cut over its columns.
"""

from __future__ import annotations

import pandas as pd
import pytest
from blind_helpers import file_build, issues_saying, money_2021, projects_by_title

from mtd_analysis.ingest.read import SubmissionError, read_submission
from mtd_analysis.ingest.values import normalise_key

# --------------------------------------------------------------------------- two scripts in one word


def test_a_word_typed_in_two_scripts_is_read_in_the_script_of_its_other_letters():
    assert normalise_key("USАID") == "usaid"  # a Cyrillic "А" among Latin letters
    assert normalise_key("ЕUАМ") == "euam"  # Cyrillic "Е", "А", "М" around a Latin "U"
    assert normalise_key("Дoнoр") == normalise_key("Донор")  # Latin "o" in a Cyrillic word
    assert normalise_key("Данiя") == normalise_key("Данія")  # Latin "i" in a Ukrainian word
    # a word of one script, or one whose letters do not say which script it is, is left alone
    assert normalise_key("COVID-19 ПЛР") == "covid 19 плр"


def test_donors_and_headers_typed_with_look_alike_letters_are_known(workbook_build):
    rows = [
        ["Перелік проєктів МТД"],
        ["№", "Дoнoр", "Назва проєкту", "Термін реалізації", "Валюта", "Обсяг фінансування на 2021 рік"],
        [1, "USАID", "Підтримка громадської безпеки", "2021", "USD", 100000],
        [2, "Данiя", "Облаштування пункту пропуску", "2021", "EUR", 50000],
    ]
    projects = projects_by_title(workbook_build({"МТД": rows}, "perelik.xlsx"))
    assert projects["Підтримка громадської безпеки"]["partner"] == "USAID"
    assert projects["Облаштування пункту пропуску"]["partner"] == "Denmark"


# --------------------------------------------------------------------------- status legends


def test_a_legend_of_codes_after_hyphens_below_the_table_gives_the_status(workbook_build):
    rows = [
        ["EU-funded projects, amounts in EUR"],
        ["No.", "Project title", "Period", "2021", "Status*"],
        ["1.1", "Community safety partnerships", "01.2021 - 12.2021", 300000, "A"],
        ["1.2", "Police response units", "01.2021 - 12.2021", 200000, "P"],
        [],
        ["* Status: A - agreed / ongoing;  P - planned (in preparation);  C - closed / completed"],
    ]
    result = workbook_build({"LEA 2021": rows}, "EU_list.xlsx")
    eur = 1.0
    assert money_2021(result, "Community safety partnerships") == (300000 * eur, 0.0)
    assert money_2021(result, "Police response units") == (0.0, 200000 * eur)  # P: pipeline, not funding


def test_a_legend_written_a_code_per_row_under_its_heading_gives_the_status(workbook_build):
    rows = [
        ["Проєкти МОМ, суми в EUR"],
        ["№", "Назва проєкту", "Донор", "Період", "2021", "Статус*"],
        [1, "Гаряча лінія з протидії торгівлі людьми", "ЄС", "2021", 80000, 1],
        [2, "Дослідження міграційних ризиків", "ЄС", "2021", 40000, 2],
        [3, "Охорона ділянки кордону", "ЄС", "2021", 60000, 3],
        [],
        ["* Статус:"],
        ["1 – реалізується"],
        ["2 – на погодженні (планується)"],
        ["3 – скасовано донором"],
    ]
    result = workbook_build({"Проєкти": rows}, "MOM.xlsx")
    assert money_2021(result, "Гаряча лінія з протидії торгівлі людьми") == (80000.0, 0.0)
    assert money_2021(result, "Дослідження міграційних ризиків") == (0.0, 40000.0)
    assert money_2021(result, "Охорона ділянки кордону") == (0.0, 0.0)  # cancelled: nothing counted
    assert projects_by_title(result)["Охорона ділянки кордону"]["status"] == "cancelled"


def test_a_printed_reports_legend_cut_over_its_columns_gives_the_status(tmp_path):
    text = (
        "INL/KYIV PROGRAM PORTFOLIO              AMOUNTS IN USD\n\n"
        "PROJ NO    PROJECT TITLE                          ST START      END             TOTAL\n"
        "---------------------------------------------------------------------------------------\n"
        "UP-21-0009 Anti-trafficking hotline integration   A  02/01/2021 01/31/2022      365000\n"
        "UP-21-0015 Domestic violence response training    X  04/01/2021 03/31/2022      520000\n"
        "UP-21-0142 Border surveillance radars             P  10/01/2021 09/30/2023     3650000\n"
        "=======================================================================================\n"
        "STATUS CODES: A=ACTIVE  P=PLANNED/NOT YET OBLIGATED  C=COMPLETED  X=CANCELLED\n"
    )
    result = file_build(tmp_path, "INL_portfolio_report.txt", text.encode("utf-8"))
    projects = projects_by_title(result)
    assert projects["Anti-trafficking hotline integration"]["status"] == "ongoing"
    assert projects["Domestic violence response training"]["status"] == "cancelled"
    assert projects["Border surveillance radars"]["status"] == "planned"


# --------------------------------------------------------------------------- statuses said in remarks


def test_a_remark_opening_with_a_status_gives_it_where_the_table_has_no_status(workbook_build):
    rows = [
        ["UK-funded projects with MIA agencies, GBP"],
        ["Project title", "Start", "End", "Calendar year 2021", "Remarks"],
        ["Custody officer training", "01.06.2021", "31.05.2022", 210000, "awaiting sign-off by the Minister"],
        ["Cyber police capacity", "01.10.2020", "30.09.2021", 225000, "cancelled – HMG funding withdrawn"],
        ["Maritime capability", "01.04.2020", "31.03.2023", 400000, "MoU signed, delivery ongoing"],
        ["Drug routes analysis", "01.01.2021", "31.12.2021", 150000, "Concept approved, contract not signed"],
    ]
    result = workbook_build({"UK": rows}, "UK_Embassy_projects.xlsx")
    projects = projects_by_title(result)
    assert projects["Custody officer training"]["status"] == "planned"
    assert projects["Cyber police capacity"]["status"] == "cancelled"
    # a remark whose clauses say two statuses is not read as either: counted as committed, with a warning
    assert pd.isna(projects["Drug routes analysis"]["status"])
    assert issues_saying(result, "'Concept approved, contract not signed' reads like a status")


def test_a_remark_gives_the_status_of_a_row_whose_status_cell_is_a_dash(workbook_build):
    rows = [
        ["№", "Назва проєкту", "Донор", "Термін", "Валюта", "2021", "Стан", "Примітка"],
        [1, "Обмін досвідом з протидії нелегальній міграції", "Польща", "2021", "EUR", 300000, "—",
         "не погоджено польською стороною"],
        [2, "Тренінги для прикордонників", "Польща", "2021", "EUR", 100000, "виконується", None],
    ]  # fmt: skip
    result = workbook_build({"ДПСУ": rows}, "DPSU.xlsx")
    assert projects_by_title(result)["Обмін досвідом з протидії нелегальній міграції"]["status"] == "planned"
    assert money_2021(result, "Обмін досвідом з протидії нелегальній міграції") == (0.0, 300000.0)


def test_a_withdrawal_in_a_remark_outranks_ongoing_even_with_a_no_further_on(workbook_build):
    rows = [
        ["Project", "Donor", "Currency", "Start", "End", "2021 plan", "Status", "Remarks"],
        ["Drug interdiction at Black Sea ports", "Norway", "EUR", "01.01.2020", "31.12.2021", 120000, "Ongoing",
         "withdrawn by Norway, Dec 2020 – no disbursement"],
    ]  # fmt: skip
    result = workbook_build({"Export": rows}, "UNDP_export.xlsx")
    assert projects_by_title(result)["Drug interdiction at Black Sea ports"]["status"] == "cancelled"


# --------------------------------------------------------------------------- formats


def test_a_markdown_table_is_read_without_its_alignment_line_and_bold_marks(tmp_path):
    text = (
        "# Проекты Литовской Республики (2021)\n\nВсе суммы в евро.\n\n"
        "| № | Проект | Статус | Период | Бюджет, EUR | в т.ч. 2021, EUR |\n"
        "|---:|:---|:---|:---:|---:|---:|\n"
        "| 1 | Обучение кинологов ГПСУ | выполняется | 2021 | 80 000 | 80 000 |\n"
        "| 2 | Приют для пострадавших<br>(совместно с МОМ) | выполняется | 2021 | 60 000 | 60 000 |\n"
        "|  | **Итого** |  |  | **140 000** |  |\n"
    )
    result = file_build(tmp_path, "Lithuania_projects.txt", text.encode("utf-8"))
    titles = sorted(result.projects["title"])
    assert titles == ["Обучение кинологов ГПСУ", "Приют для пострадавших (совместно с МОМ)"]  # <br>: a line
    assert result.projects["amount"].sum() == 140000  # the "**Итого**" row is a total, not a project
    assert issues_saying(result, "a Markdown table")


def _html_export() -> bytes:
    return b"""<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head><meta charset="utf-8">
<style>td {mso-number-format:"\\@";}</style><title>EU Project Portal</title></head><body>
<table><tr><td colspan=2><b>EU Delegation &ndash; Project Portal</b></td></tr>
<tr><td>Report:</td><td>Portfolio by counterpart (MIA)</td></tr></table><br>
<table border=1>
<tr><td rowspan=2>Project title</td><td rowspan=2>Funding source</td><td rowspan=2>Period</td>
<td colspan=2>Budget, EUR</td></tr>
<tr><td>Total</td><td>2021</td></tr>
<tr><td>Custody records &ndash; phase II<br>CRMS-2</td><td>EU</td><td>01/01/2021 - 31/12/2022</td>
<td>1,800,000.00</td><td>900,000.00</td></tr>
<tr><td>Border crossing points</td><td>EU</td><td>01/01/2021 - 31/12/2021</td><td>500,000.00</td>
<td>500,000.00</td></tr>
<tr><td>TOTAL</td><td></td><td></td><td>2,300,000.00</td><td>1,400,000.00</td></tr>
</table></body></html>"""


def test_a_web_pages_tables_saved_as_xls_are_read_as_excel_shows_them(tmp_path):
    path = tmp_path / "EUD_portal_export.xls"
    path.write_bytes(_html_export())
    grid = read_submission(path)[0]
    # the report's two-row block, an empty row, then the table: its merged header cells in their first cell
    assert grid.rows[0][:2] == ["EU Delegation – Project Portal", None]
    assert grid.rows[3][:5] == ["Project title", "Funding source", "Period", "Budget, EUR", None]
    assert grid.rows[4][:5] == [None, None, None, "Total", "2021"]
    assert grid.rows[5][0] == "Custody records – phase II\nCRMS-2"  # <br>: a line break in the cell
    assert ((3, 0), (4, 0)) in grid.merged and ((3, 3), (3, 4)) in grid.merged
    result = file_build(tmp_path / "b", "EUD_portal_export.xls", _html_export())
    assert sorted(result.projects["amount"]) == [500000.0, 1800000.0]
    assert money_2021(result, "Border crossing points") == (500000.0, 0.0)


def test_a_web_page_with_no_table_of_data_is_still_refused_naming_html(tmp_path):
    path = tmp_path / "page.xls"
    path.write_bytes(b"<html><body><p>Session expired</p><table></table></body></html>")
    with pytest.raises(SubmissionError, match="HTML"):
        read_submission(path)


def _xml_spreadsheet() -> bytes:
    return """<?xml version="1.0" encoding="UTF-8"?>
<?mso-application progid="Excel.Sheet"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:x="urn:schemas-microsoft-com:office:excel"
 xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
 <Worksheet ss:Name="Курсы"><Table><Row><Cell><Data ss:Type="String">USD/UAH</Data></Cell>
  <Cell><Data ss:Type="Number">27.28</Data></Cell></Row></Table>
  <WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel"><Visible>SheetHidden</Visible></WorksheetOptions>
 </Worksheet>
 <Worksheet ss:Name="Проекты"><Table>
  <Row><Cell><Data ss:Type="String">Проекты МОМ, суммы в USD</Data></Cell></Row>
  <Row ss:Index="3"><Cell><Data ss:Type="String">Наименование</Data></Cell><Cell><Data ss:Type="String">Донор</Data></Cell>
   <Cell><Data ss:Type="String">Период</Data></Cell><Cell><Data ss:Type="String">Бюджет 2021, USD</Data></Cell></Row>
  <Row><Cell ss:MergeDown="1"><Data ss:Type="String">Противодействие торговле людьми</Data></Cell>
   <Cell><Data ss:Type="String">США</Data></Cell><Cell><Data ss:Type="String">2021</Data></Cell>
   <Cell><Data ss:Type="Number">800000</Data></Cell></Row>
  <Row><Cell ss:Index="2"><Data ss:Type="String">Япония</Data></Cell><Cell><Data ss:Type="String">2021</Data></Cell>
   <Cell><Data ss:Type="String">1 500 000</Data></Cell></Row>
 </Table></Worksheet></Workbook>""".encode()


def test_an_excel_xml_spreadsheet_is_read_like_a_workbook(tmp_path):
    path = tmp_path / "MOM.xml"
    path.write_bytes(_xml_spreadsheet())
    rates, projects = read_submission(path)
    assert (rates.sheet, rates.visible) == ("Курсы", False)  # a hidden worksheet stays hidden
    assert projects.rows[2] == ["Наименование", "Донор", "Период", "Бюджет 2021, USD"]
    assert projects.rows[3] == ["Противодействие торговле людьми", "США", "2021", 800000]
    assert projects.rows[4] == [None, "Япония", "2021", "1 500 000"]  # ss:Index="2": its first cell is empty
    result = file_build(tmp_path / "b", "MOM.xml", _xml_spreadsheet())
    # the title merged down over the second donor's row: one project, co-funded, each donor's money its own
    cofunded = result.projects[result.projects["title"].eq("Противодействие торговле людьми")]
    assert dict(zip(cofunded["partner"], cofunded["amount"], strict=True)) == {
        "USA": 800000,
        "Japan": 1500000,
    }
    assert result.manifest["files"][0]["status"] == "loaded"


def test_xml_that_is_neither_iati_nor_a_spreadsheet_is_refused_with_its_reason(tmp_path):
    result = file_build(tmp_path, "export.xml", b'<?xml version="1.0"?><projects><p>1</p></projects>')
    assert result.manifest["files"][0]["status"] == "failed"
    assert issues_saying(result, "neither IATI activity data")


# --------------------------------------------------------------------------- headers cut short or mistyped


def test_headers_cut_short_or_mistyped_are_read_by_the_words_they_stand_for_and_said(workbook_build):
    rows = [
        ["UNDP Ukraine - Rule of Law portfolio, status as of 15.02.2021"],
        ["#", "Ttile", "Fndr", "Implementor", "Duraton", "Totl Budjet (USD)", "Budjet 2021 (USD)", "Staus"],
        [1, "Improving police response to domestic violence", "Sweden", "UNDP", "2020-2022", 1250000, 420000,
         "Ongoing"],
        [2, "Cybercrime investigation capacity", "Norway", "UNDP", "2021-2023", 450000, 150000, "Cancelld"],
        [None, "TOTL", None, None, None, 1700000, 570000, None],
    ]  # fmt: skip
    result = workbook_build({"LE portfolio": rows}, "UNDP_portfolio.xlsx")
    projects = projects_by_title(result)
    assert sorted(projects) == [
        "Cybercrime investigation capacity",
        "Improving police response to domestic violence",
    ]
    assert projects["Improving police response to domestic violence"]["partner"] == "Sweden"
    assert money_2021(result, "Improving police response to domestic violence")[0] > 0
    assert projects["Cybercrime investigation capacity"]["status"] == "cancelled"  # "Cancelld"
    assert issues_saying(result, "column 'Ttile' read as title: its words taken for 'title'")
    assert issues_saying(result, "column 'Staus' read as status")


def test_a_transliterated_totals_word_alone_is_a_totals_row_but_razom_is_a_name(workbook_build):
    rows = [
        ["Nazva proektu", "Donor", "Suma, hrn", "Period"],
        ["Razom for Ukraine: community safety", "Norway", 300000, "2021"],
        ["Patrol police training", "Norway", 200000, "2021"],
        ["RAZOM", "Norway", 100000, "2021"],  # a programme's name, with its own money and dates
        ["Vsogo", None, 600000, None],
    ]
    projects = projects_by_title(workbook_build({"Proekty": rows}, "Proekty.xlsx"))
    assert sorted(projects) == ["Patrol police training", "RAZOM", "Razom for Ukraine: community safety"]


# --------------------------------------------------------------------------- fiscal years written over two years


def _years(result, title: str) -> dict[int, float]:
    from mtd_analysis.ingest.periods import yearly_values

    return {
        y: round(v, 2) for y, v in yearly_values(projects_by_title(result)[title]["yearly_amounts"]).items()
    }


def test_fiscal_years_written_over_two_years_are_spread_over_the_partners_fiscal_year(workbook_build):
    rows = [
        ["Project title", "Implementing partner", "Status", "2020/21 (GBP)", "2021/22 (GBP)", "Total (GBP)"],
        ["Modern slavery prevention", "IOM", "Live", 365000, 730000, 1095000],
    ]
    result = workbook_build({"Projects": rows}, "UK_CSSF_portfolio.xlsx")
    # the UK's year runs April to March (partners.csv): 2020/21 has 275 days in 2020 and 90 in 2021 (of 365),
    # 2021/22 has 275 in 2021 and 90 in 2022 (of 365)
    assert _years(result, "Modern slavery prevention") == {
        2020: 275000.0,
        2021: 90000.0 + 550000.0,
        2022: 180000.0,
    }
    assert issues_saying(
        result, "give fiscal years written over two years ('2020/21 (GBP)' runs 01.04.2020–31.03.2021"
    )


def test_fiscal_years_on_a_row_under_a_label_saying_their_months_are_read_by_those_months(workbook_build):
    rows = [
        ["Security sector projects, amounts in US dollars"],
        ["Project number", "Project title", "Status", "Planned disbursements by fiscal year (October 1 - September 30), USD",
         None, "Total"],
        [None, None, None, "2020-21", "2021-22", None],
        ["P-1", "Maritime border security", "Active", 365000, 365000, 730000],
    ]  # fmt: skip
    merges = {"Projects": ["A2:A3", "B2:B3", "C2:C3", "D2:E2", "F2:F3"]}
    result = workbook_build({"Projects": rows}, "Partner_projects.xlsx", merges=merges)
    # October to September, as the label says: 2020-21 has 92 days in 2020 and 273 in 2021 (of 365); 2021-22 has
    # 92 in 2021 and 273 in 2022 (of 365)
    assert _years(result, "Maritime border security") == {
        2020: 92000.0,
        2021: 273000.0 + 92000.0,
        2022: 273000.0,
    }
    assert issues_saying(result, "as the table says")


def test_fiscal_years_of_a_partner_whose_year_is_not_known_are_read_april_to_march_with_a_warning(
    workbook_build,
):
    rows = [["Project", "Donor", "2021-22", "2022-23"], ["Border crossing queues", "Sender", 365000, 365000]]
    result = workbook_build({"List": rows}, "list.xlsx")
    assert _years(result, "Border crossing queues") == {
        2021: 275000.0,
        2022: 90000.0 + 275000.0,
        2023: 90000.0,
    }
    warned = [
        i
        for i in issues_saying(result, "April to March, the fiscal year most partners keep")
        if i["severity"] == "warning"
    ]
    assert len(warned) == 1


# --------------------------------------------------------------------------- a title wrapped beside merged cells


def test_a_title_wrapped_onto_the_next_row_beside_an_agency_merged_over_both_is_one_project(workbook_build):
    rows = [
        ["No.", "Project title", "Beneficiary", "Period", "Total budget", "2021"],
        [
            "2.1",
            "EU4IBM: integrated border management",
            "State Border Guard Service",
            "2019-2022",
            4000000,
            1000000,
        ],
        ["2.2", "Modernisation of Border Crossing Points", None, "2020-2022", 5000000, 2500000],
        [None, "on the Ukrainian-Moldovan border", None, None, None, None],
        ["2.3", "Mobile border surveillance units", None, "2020-2022", 1400000, 700000],
    ]
    merges = {"EU": ["C2:C5"]}  # the agency merged over the section's rows
    result = workbook_build({"EU": rows}, "EU_Delegation_projects.xlsx", merges=merges)
    assert sorted(result.projects["title"]) == [
        "EU4IBM: integrated border management",
        "Mobile border surveillance units",
        "Modernisation of Border Crossing Points on the Ukrainian-Moldovan border",
    ]
    assert issues_saying(result, "(its other cells merged down from above)")


def test_a_row_of_its_own_item_in_small_letters_beside_merged_cells_is_not_glued_to_the_title_above(
    workbook_build,
):
    rows = [
        ["Project", "Donor", "Amount, CAD", "Period"],
        ["Body armour for the National Guard", "Canada", 200000, "2021"],
        ["e-learning platform for SESU rescuers", None, None, None],
        ["Mine-detection dogs", None, 50000, "2021"],
    ]
    result = workbook_build({"List": rows}, "Canada_list.xlsx", merges={"List": ["B2:B4"]})
    assert "Body armour for the National Guard" in set(result.projects["title"])


def test_a_remark_about_a_part_of_the_project_gives_no_status(workbook_build):
    rows = [
        ["Назва проєкту", "Донор", "Період", "Сума 2021, EUR", "Примітка"],
        ["Підтримка ДПСУ в управлінні кордонами", "ЄС", "2021", 150000, "Скасовано навчальний візит до Литви (COVID-19)"],
        ["Support to the Patrol Police in Donbas", "ЄС", "2021", 200000, "Planned extension to 2022"],
    ]  # fmt: skip
    result = workbook_build({"Проєкти": rows}, "EU_projects.xlsx")
    assert money_2021(result, "Підтримка ДПСУ в управлінні кордонами") == (150000.0, 0.0)
    assert money_2021(result, "Support to the Patrol Police in Donbas") == (200000.0, 0.0)


def test_two_years_written_in_full_are_no_fiscal_years_where_neither_months_nor_the_partners_year_are_known(
    workbook_build,
):
    rows = [
        ["Project", "Donor", "Start", "End", "2020/2021 (EUR)", "2022/2023 (EUR)"],
        ["Human rights compliant policing", "Council of Europe", "01.01.2020", "31.12.2023", 300000, 300000],
    ]
    result = workbook_build({"Projects": rows}, "coe_action_plan.xlsx")
    # a biennium's budget as much as a fiscal year: not read as April-March years; said, not guessed
    assert not issues_saying(result, "fiscal years written over two years")
    assert issues_saying(result, "column '2020/2021 (EUR)' is not a project field")
