"""Tables that went through a PDF or Word before arriving (blind set AM): a title wrapped over three rows or cut
mid-phrase, a printed page's total inside the table, each line of a cell on a row of its own, a header in two
languages repeated on each page, and the money written in the period's cell."""

from __future__ import annotations

from openpyxl import Workbook

from mtd_analysis.build import build


def _build(tmp_path, rows: list[list], name: str):
    raw = tmp_path / "raw"
    raw.mkdir(parents=True)
    if name.endswith(".csv"):
        (raw / name).write_text(
            "\n".join(";".join("" if v is None else str(v) for v in r) for r in rows) + "\n"
        )
    else:
        wb = Workbook()
        for row in rows:
            wb.active.append(row)
        wb.save(raw / name)
    return build(raw, tmp_path / "out", year=2021)


def _by_title(result) -> dict[str, dict]:
    return {r["title"]: r for r in result.projects.to_dict("records")}


def test_a_title_wrapped_over_three_rows_and_one_cut_mid_phrase_across_a_page_total(tmp_path):
    result = _build(
        tmp_path,
        [
            ["No.", "Project title", "Implementation period", "EU contribution (EUR)", "Status"],
            [
                1,
                "Support to the State Border Guard Service in",
                "01.01.2020 – 31.12.2022",
                6_000_000,
                "ongoing",
            ],
            [None, "integrated border management along the", None, None, None],
            [None, "eastern land border (EU4IBM-East)", None, None, None],
            [None, "Total page 1", None, 6_000_000, None],
            [
                2,
                "Modernisation of temporary detention facilities and electronic",
                "01.09.2021 – 31.08.2023",
                1_900_000,
                "ongoing",
            ],
            [None, "custody records of the National Police", None, None, None],
            [None, "GRAND TOTAL", None, 7_900_000, None],
        ],
        name="EU_Annex_II.xlsx",
    )
    assert sorted(_by_title(result)) == [
        "Modernisation of temporary detention facilities and electronic custody records of the National Police",
        "Support to the State Border Guard Service in integrated border management along the eastern land border "
        "(EU4IBM-East)",
    ]


def test_each_line_of_a_cell_on_a_row_of_its_own(tmp_path):
    result = _build(
        tmp_path,
        [
            [
                "№",
                "Project title / Назва проєкту",
                "Donor / Донор",
                "Duration / Тривалість",
                "Budget / Бюджет",
            ],
            [
                1,
                "Integrated border management at the Ukrainian–Moldovan border:",
                "European Union",
                "01.12.2019 –",
                "EUR",
            ],
            [None, "joint border control points", None, "30.11.2022", "2 600 000"],
            [None, None, None, None, "Page 1 of 2"],
            [
                "№",
                "Project title / Назва проєкту",
                "Donor / Донор",
                "Duration / Тривалість",
                "Budget / Бюджет",
            ],
            [
                2,
                "Police response to domestic violence",
                "U.S. Department of State (PRM)",
                "01.09.2021 – 31.08.2022",
                "USD",
            ],
            [None, None, None, None, "750 000"],
        ],
        name="IOM_projects_from_Word.csv",
    )
    projects = _by_title(result)
    border = projects[
        "Integrated border management at the Ukrainian–Moldovan border: joint border control points"
    ]
    assert (border["start_date"], border["end_date"]) == ("2019-12-01", "2022-11-30")
    assert border["amount"] == 2_600_000 and border["currency"] == "EUR"
    assert projects["Police response to domestic violence"]["amount"] == 750_000
    assert len(projects) == 2  # the header again on page 2, in two languages, is no project
    assert result.issues["message"].str.contains("carry on the cells of the row above").any()
    entry = result.manifest["files"][0]
    assert entry["rows_read"] == entry["rows_loaded"] + entry["rows_rejected"] + entry["rows_skipped"]


def test_the_money_written_in_the_periods_cell(tmp_path):
    result = _build(
        tmp_path,
        [
            ["№", "Назва проєкту", "Донор", "Період реалізації та бюджет", "Статус"],
            [
                1,
                "Підтримка реформи Національної поліції",
                "Данія",
                "01.03.2021–28.02.2023 EUR 450,000",
                "реалізується",
            ],
            [2, "Захист ДМС від COVID-19", "Швеція", "01.05.2020–31.03.2021 USD 300 000", "завершено"],
        ],
        name="UNDP_projects_pdf2xlsx.xlsx",
    )
    projects = _by_title(result)
    police = projects["Підтримка реформи Національної поліції"]
    assert (police["start_date"], police["end_date"]) == ("2021-03-01", "2023-02-28")
    assert police["amount"] == 450_000 and police["currency"] == "EUR"
    assert "amount=D2" in police["source_cells"]
    assert projects["Захист ДМС від COVID-19"]["currency"] == "USD"


def test_project_sheets_pasted_from_word_with_values_on_two_lines(tmp_path):
    result = _build(
        tmp_path,
        [
            ["Swedish support to the MIA system – project sheets"],
            ["All amounts: agreed Swedish contribution for the whole agreement period."],
            [],
            ["Project / Проєкт", "Gender-responsive policing: support to the National Police"],
            [None, "in responding to domestic violence"],
            ["Period / Період", "01.01.2020 – 31.12.2022"],
            ["Swedish contribution / Внесок Швеції", "SEK 15 000 000"],
            [],
            ["Project / Проєкт", "Combating trafficking in human beings in the Black Sea region"],
            ["Period and budget / Період і бюджет", "01.03.2021–28.02.2023 SEK 4 500 000"],
            [],
            ["Project / Проєкт", "COVID-19 disinfection of public spaces"],
            ["Period / Період", "01.05.2020 – 30.04.2021"],
            ["Swedish contribution / Внесок Швеції", "SEK"],
            [None, "2 400 000"],
        ],
        name="Sweden_Embassy_project_sheets.xlsx",
    )
    projects = _by_title(result)
    policing = projects[
        "Gender-responsive policing: support to the National Police in responding to domestic violence"
    ]
    assert (
        policing["amount"] == 15_000_000
    )  # the card's own contribution, not the title rows' "All amounts: …"
    trafficking = projects["Combating trafficking in human beings in the Black Sea region"]
    assert trafficking["amount"] == 4_500_000
    assert (trafficking["start_date"], trafficking["end_date"]) == ("2021-03-01", "2023-02-28")
    assert projects["COVID-19 disinfection of public spaces"]["amount"] == 2_400_000
    assert not result.issues["severity"].eq("error").any()


def test_a_row_shifted_one_column_right_puts_no_date_in_the_money(tmp_path):
    result = _build(
        tmp_path,
        [
            ["Ref.", "Project title", "Implementer", "Start", "End", "Budget (GBP '000)", "Status"],
            [
                "UA-CSSF-187",
                "Police communications in Eastern Ukraine",
                "ASI",
                "01.04.2019",
                "31.03.2021",
                900,
                "Completed",
            ],
            [
                None,
                "UA-CSSF-220",
                "Border crossing at Kyiv Boryspil airport",
                "SBGS",
                "01.10.2021",
                "30.09.2022",
                300,
            ],
        ],
        name="UK_CSSF_Annex_A.xlsx",
    )
    # '30.09.2022' under the budget is a date, not 30 092 022 thousand pounds
    assert result.projects["amount"].max() == 900_000
    errors = result.issues[result.issues["severity"].eq("error")]["message"]
    assert errors.str.contains(r"amount cell holds a date \(30.09.2022\)").any()
