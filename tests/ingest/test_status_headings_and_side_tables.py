"""Headings that say the status of the projects below them, two tables side by side on one sheet, a card's
"у т.ч. на 2021 рік" and amounts written as approximate (found by blind set E)."""

from __future__ import annotations

import datetime as dt

from openpyxl import Workbook

from mtd_analysis.build import build

D = dt.datetime


def _built(tmp_path, fill, name="partner.xlsx"):
    raw = tmp_path / "raw"
    raw.mkdir()
    wb = Workbook()
    fill(wb.active)
    wb.save(raw / name)
    return build(raw, tmp_path / "out", year=2021)


def test_headings_inside_a_table_give_the_rows_below_their_status(tmp_path):
    def fill(ws):
        ws.title = "Литва"
        ws.append(["№", "Назва проєкту", "Отримувач", "Початок", "Завершення", "Сума, євро", "Статус"])
        ws.append(["Проєкти, що реалізуються"])  # row 2
        ws.append([1, "Навчальний візит фахівців до Литви", "НПУ", D(2021, 5, 1), D(2021, 5, 31), 40_000])
        ws.append([2, "Підтримка кризового центру", "НПУ", D(2021, 1, 1), D(2021, 12, 31), 60_000])
        ws.append([None, "Разом", None, None, None, 100_000])  # row 5: the group's totals end its heading
        ws.append([3, "Семінари для офіцерів", "ДПСУ", D(2021, 2, 1), D(2021, 4, 30), 20_000])  # row 6
        ws.append(["Заплановані проєкти (за умови погодження)"])  # row 7
        ws.append([4, "Передача обладнання", "ДПСУ", D(2021, 12, 1), D(2021, 12, 31), 150_000])
        ws.append([5, "Тренінг для слідчих", "НПУ", D(2021, 9, 1), D(2021, 9, 30), 5_000, "Скасовано"])
        ws.append(["Проєкти поліції"])  # row 10: a heading that says no status
        ws.append([6, "Обладнання для патрулів", "НПУ", D(2021, 3, 1), D(2021, 3, 31), 7_000])

    result = _built(tmp_path, fill)
    projects = result.projects.set_index("title")
    status = projects["status"]
    assert status["Навчальний візит фахівців до Литви"] == "ongoing"
    assert status["Підтримка кризового центру"] == "ongoing"
    assert status.isna()["Семінари для офіцерів"]  # below the totals row: no heading reaches it
    assert status["Передача обладнання"] == "planned"
    assert status["Тренінг для слідчих"] == "cancelled"  # its own cell wins
    assert (
        status["Обладнання для патрулів"] == "planned"
    )  # "Проєкти поліції" is no status: the last one holds
    assert "status=A2" in projects.loc["Підтримка кризового центру", "source_cells"]
    assert "status=A7" in projects.loc["Передача обладнання", "source_cells"]
    said = result.issues[result.issues["kind"].eq("heading") & result.issues["severity"].eq("info")]
    assert said["column"].tolist() == ["A2", "A7"]
    # the planned project's money is pipeline, not funding
    planned = projects.loc["Передача обладнання", "project_id"]
    allocated = result.allocations[result.allocations["project_id"].eq(planned)]
    assert allocated["amount_eur"].sum() == 0 and allocated["pipeline_eur"].sum() == 150_000
    assert len(result.projects) == 6


def test_a_heading_right_above_the_table_gives_its_rows_their_status(tmp_path):
    def fill(ws):
        ws["A1"] = "Swiss Cooperation Office Ukraine"
        ws["A3"] = "Pipeline projects 2021"
        ws.append(["Project title", "Beneficiary", "Start", "End", "Budget, CHF", "Status"])  # row 4
        ws.append(["Forensic laboratory equipment", "NPU", D(2021, 7, 1), D(2021, 12, 31), 90_000])
        ws.append(["Border dog training", "SBGS", D(2021, 1, 1), D(2021, 12, 31), 30_000, "Ongoing"])

    projects = _built(tmp_path, fill, "switzerland.xlsx").projects.set_index("title")
    assert projects.loc["Forensic laboratory equipment", "status"] == "planned"
    assert "status=A3" in projects.loc["Forensic laboratory equipment", "source_cells"]
    assert projects.loc["Border dog training", "status"] == "ongoing"


def test_a_sheet_title_above_the_table_is_no_status(tmp_path):
    def fill(ws):
        ws["A1"] = "Projects of the Swiss Cooperation Office with the MIA system"
        ws.append([])
        ws.append(["Project title", "Beneficiary", "Start", "End", "Budget, CHF"])
        ws.append(["Forensic laboratory equipment", "NPU", D(2021, 7, 1), D(2021, 12, 31), 90_000])

    projects = _built(tmp_path, fill, "switzerland.xlsx").projects
    assert projects["status"].isna().all()


def _side_by_side(ws):
    ws.title = "Projects 2021"
    ws["A1"] = "Japan – projects with the MIA system"
    ws["A3"] = "ONGOING PROJECTS"
    ws["H3"] = "PLANNED PROJECTS"
    ws.merge_cells("A3:F3")
    ws.merge_cells("H3:M3")
    head = ["No.", "Project title", "Beneficiary", "Start", "End", "Budget (USD)"]
    for j, h in enumerate(head):
        ws.cell(row=4, column=1 + j, value=h)
        ws.cell(row=4, column=8 + j, value=h)
    left = [
        (1, "Patrol cars for the National Police", "NPU", D(2021, 1, 1), D(2021, 12, 31), 100_000),
        (2, "Thermal cameras for the border guard", "SBGS", D(2021, 7, 1), D(2021, 12, 31), 50_000),
        (3, "Body cameras for patrol officers", "NPU", D(2021, 3, 1), D(2021, 3, 31), 10_000),
    ]
    right = [
        (1, "Mobile labs for drug testing", "NPU", D(2021, 10, 1), D(2021, 12, 31), 30_000),
    ]
    for i, row in enumerate(left):
        for j, v in enumerate(row):
            ws.cell(row=5 + i, column=1 + j, value=v)
    for i, row in enumerate(right):
        for j, v in enumerate(row):
            ws.cell(row=5 + i, column=8 + j, value=v)


def test_two_tables_side_by_side_are_both_read_with_their_own_cells(tmp_path):
    result = _built(tmp_path, _side_by_side, "japan.xlsx")
    projects = result.projects.set_index("title")
    assert len(projects) == 4
    mobile = projects.loc["Mobile labs for drug testing"]
    assert mobile["amount"] == 30_000 and mobile["currency"] == "USD" and mobile["partner"] == "Japan"
    assert mobile["status"] == "planned"
    assert {"title=I5", "amount=M5", "status=H3"} <= set(mobile["source_cells"].split(";"))
    assert projects.loc["Patrol cars for the National Police", "status"] == "ongoing"
    assert "amount=F5" in projects.loc["Patrol cars for the National Police", "source_cells"]
    assert not result.issues["message"].str.contains("repeats a column already read").any()
    said = result.issues[result.issues["kind"].eq("layout")]["message"]
    assert said.str.contains("two tables side by side").any()
    entry = result.manifest["files"][0]
    assert entry["rows_loaded"] == 4
    assert entry["rows_read"] == entry["rows_loaded"] + entry["rows_rejected"] + entry["rows_skipped"]


def test_a_cards_of_which_in_2021_row_gives_the_years_amount(tmp_path):
    def fill(ws):
        ws.title = "Проєкт 1"
        for label, value in [
            ("Назва проєкту", "Шкільні офіцери поліції"),
            ("Донор", "Данія"),
            ("Бенефіціар", "НПУ"),
            ("Загальний бюджет", 1_000_000),
            ("у т.ч. на 2021 рік", 400_000),
            ("Валюта", "DKK"),
            ("Дата початку", D(2021, 1, 1)),
            ("Дата завершення", D(2023, 12, 31)),
        ]:
            ws.append([label, value])

    projects = _built(tmp_path, fill, "denmark.xlsx").projects
    assert projects["yearly_amounts"].tolist() == ["2021=400000"]
    assert "amount_2021=B5" in projects["source_cells"].iloc[0]


def test_approximate_amounts_are_counted_and_said(tmp_path):
    def fill(ws):
        ws.append(["Project title", "Beneficiary", "Start", "End", "Budget, EUR"])
        ws.append(
            ["Training of trainers on domestic violence", "NPU", D(2021, 1, 1), D(2021, 12, 31), "≈ 400 000"]
        )
        ws.append(["Istanbul Convention training", "NPU", D(2021, 1, 1), D(2021, 12, 31), "365 000 ± 5%"])
        ws.append(["Custody records software", "NPU", D(2021, 1, 1), D(2021, 12, 31), "250 000"])

    result = _built(tmp_path, fill, "council_of_europe.xlsx")
    amounts = result.projects.set_index("title")["amount"]
    assert amounts["Training of trainers on domestic violence"] == 400_000
    assert amounts["Istanbul Convention training"] == 365_000
    warned = result.issues[result.issues["message"].str.contains("approximate")]
    assert warned["column"].tolist() == ["E2", "E3"]
    assert warned["severity"].eq("warning").all()


# found by blind set F


def test_title_and_description_in_one_cell_are_split(tmp_path):
    def fill(ws):
        ws.append(["Activity (title / description)", "Beneficiary", "Start", "End", "Total (USD)"])
        ws.append(
            [
                "Safe Communities\nCommunity police officers in 12 hromadas",
                "NPU",
                D(2021, 1, 1),
                D(2021, 12, 31),
                100,
            ]
        )
        ws.append(["Border radios\nfor units", "SBGS", D(2021, 1, 1), D(2021, 12, 31), 50])

    projects = _built(tmp_path, fill, "usaid.xlsx").projects
    assert projects["title"].tolist() == [
        "Safe Communities",
        "Border radios",
    ]  # the header says so: both split
    assert projects["description"].tolist() == ["Community police officers in 12 hromadas", "for units"]
    assert "description=A2" in projects["source_cells"].iloc[0]


def test_a_wrapped_title_under_a_title_header_stays_whole(tmp_path):
    def fill(ws):
        ws.append(["Project title", "Beneficiary", "Start", "End", "Total (USD)"])
        ws.append(["Thermal cameras for the\nborder guard", "SBGS", D(2021, 1, 1), D(2021, 12, 31), 50])
        ws.append(
            [
                "Support to the police\nTraining of 200 officers in the Kharkiv region",
                "NPU",
                D(2021, 1, 1),
                D(2021, 12, 31),
                70,
            ]
        )

    projects = _built(tmp_path, fill, "usaid.xlsx").projects
    assert projects["title"].tolist() == ["Thermal cameras for the border guard", "Support to the police"]
    assert projects["description"].tolist()[1] == "Training of 200 officers in the Kharkiv region"


def test_an_amount_column_per_currency_each_row_filling_one(tmp_path):
    def fill(ws):
        ws.append(["Project", "Beneficiary", "Start", "End", "Budget EUR", "Budget USD"])
        ws.append(["Trafficking training", "NPU", D(2021, 1, 1), D(2021, 12, 31), 250_000, None])
        ws.append(["Darknet drugs", "NPU", D(2021, 1, 1), D(2021, 12, 31), None, 365_000])
        ws.append(["Both given", "NPU", D(2021, 1, 1), D(2021, 12, 31), 10, 20])

    result = _built(tmp_path, fill, "osce.xlsx")
    projects = result.projects.set_index("title")
    assert (
        projects.loc["Trafficking training", "amount"],
        projects.loc["Trafficking training", "currency"],
    ) == (
        250_000,
        "EUR",
    )
    assert (projects.loc["Darknet drugs", "amount"], projects.loc["Darknet drugs", "currency"]) == (
        365_000,
        "USD",
    )
    assert "amount=F3" in projects.loc["Darknet drugs", "source_cells"]
    assert (projects.loc["Both given", "amount"], projects.loc["Both given", "currency"]) == (10, "EUR")
    warned = result.issues[result.issues["message"].str.contains("more than one currency column")]
    assert warned["column"].tolist() == ["F4"]
    assert not result.issues["message"].str.contains("repeats a column already read").any()


def test_contribution_headers_and_a_two_row_total_over_2021(tmp_path):
    def fill(ws):
        ws.append(
            [
                "Contribution ID",
                "Contribution title",
                "Partner organisation",
                "Agreement period",
                "Бюджет, EUR",
                None,
            ]
        )
        ws.append([None, None, None, None, "Загальний", "у т.ч. 2021"])
        ws.merge_cells("E1:F1")
        ws.append(
            [51170123, "Police response to domestic violence", "La Strada", "2020–2022", 3_000_000, 800_000]
        )

    projects = _built(tmp_path, fill, "sweden.xlsx").projects
    row = projects.iloc[0]
    assert (
        row["project_id"] == "51170123" and row["implementer"] == "La Strada" and row["amount"] == 3_000_000
    )
    assert row["yearly_amounts"] == "2021=800000"
    assert (row["start_date"], row["end_date"]) == ("2020-01-01", "2022-12-31")


def test_a_totals_row_whose_agency_column_holds_a_sum_is_no_project(tmp_path):
    def fill(ws):
        ws.append(["Наименование проекта", "Бенефициар", "Сумма, JPY"])
        ws.append(["Сканеры для пунктов пропуска", "ГПСУ", 1000])
        ws.append(["Итого", 48_250_000, 1000])

    result = _built(tmp_path, fill, "japan.xlsx")
    assert result.projects["title"].tolist() == ["Сканеры для пунктов пропуска"]
    assert result.issues["message"].str.contains("'Итого' is a totals row").any()


def test_money_in_a_column_set_aside_is_said(tmp_path):
    def fill(ws):
        ws.append(["Project", "Start", "End", "Budget CHF", "Co-funding donor", "Co-funding amount (DKK)"])
        ws.append(["Community policing", D(2021, 1, 1), D(2021, 12, 31), 365_000, "Denmark", 730_000])

    result = _built(tmp_path, fill, "switzerland.xlsx")
    assert result.projects["partner"].tolist() == ["Switzerland"]
    said = result.issues[result.issues["message"].str.contains("its amounts are not counted")]
    assert said["column"].tolist() == ["F1"] and said["severity"].eq("warning").all()
