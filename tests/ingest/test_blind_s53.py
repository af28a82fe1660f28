"""Layouts and words found by partner files written blind in round 53 (sets GA to GC): official annexes from
Ukrainian and Russian-speaking offices, exports from systems and coded tables, and spreadsheet mechanics that
change what a cell means.

Each test writes the few cells that matter, as the partner's file had them, and checks the reading against figures
worked out by hand beside it.
"""

from __future__ import annotations

import datetime as dt
import io

from blind_helpers import file_build, issues_saying, money_2021, projects_by_title, text_build

from mtd_analysis.ingest.partners import partner_in_text, payers_within
from mtd_analysis.ingest.values import parse_status


def _xlsx(
    rows: list[list], formats: dict[tuple[int, int], str] | None = None, hidden: tuple[int, ...] = ()
) -> bytes:
    """A one-sheet workbook of ``rows``; ``formats`` ((row, column), 1-based -> number format), ``hidden`` rows."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Проєкти"
    for row in rows:
        ws.append(row)
    for (r, c), code in (formats or {}).items():
        ws.cell(r, c).number_format = code
    for r in hidden:
        ws.row_dimensions[r].hidden = True
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


# --------------------------------------------------------------------------- official annexes (GA)


def test_a_numbered_section_naming_a_donor_gives_its_projects_their_partner(workbook_build):
    rows = [
        ["№ з/п", "Назва проєкту", "Отримувач", "Строк реалізації", "Вартість, грн"],
        ["1.", "Уряд Королівства Данія"],
        ["1.1.", "Протидія домашньому насильству", "НПУ", "2021 р.", 800000],
        ["1.2.", "Поліцейські офіцери громади", "НПУ", "2021 р.", 200000],
        ["2.", "Уряд Канади"],
        ["2.1.", "Підтримка реформування Національної гвардії", "НГУ", "2021 р.", 500000],
    ]
    result = workbook_build({"Додаток 1": rows}, "Додаток_1_до_листа.xlsx")
    got = projects_by_title(result)
    assert set(got) == {
        "Протидія домашньому насильству",
        "Поліцейські офіцери громади",
        "Підтримка реформування Національної гвардії",
    }  # the donors' rows are headings, no programmes
    assert got["Протидія домашньому насильству"]["partner"] == "Denmark"
    assert got["Поліцейські офіцери громади"]["partner"] == "Denmark"
    assert got["Підтримка реформування Національної гвардії"]["partner"] == "Canada"


def test_an_agency_with_a_donors_financial_support_is_the_donors():
    assert payers_within("ЮНФПА за фінансової підтримки Уряду Великої Британії") == ["UK"]
    assert payers_within("МОМ при финансовой поддержке Правительства Японии") == ["Japan"]
    assert payers_within("ЮНФПА за підтримки Уряду Канади") == ["Canada"]


def test_an_embassys_signature_under_the_table_is_no_project(workbook_build):
    rows = [
        ["№", "Наименование проекта", "Сроки реализации", "Бюджет, долл. США"],
        [1, "Оснащение кинологической службы", "2021 г.", 310000],
        [None, "Итого", None, 310000],
        [],
        [None, "Первый секретарь Посольства", "Т. Накамура"],
        [None, "Начальник відділу міжнародного співробітництва", "полковник Андрій ГРИЦЕНКО"],
    ]
    result = workbook_build({"Справка": rows}, "Посольство_Японии.xlsx")
    assert list(projects_by_title(result)) == ["Оснащение кинологической службы"]
    assert len(issues_saying(result, "is a signature")) == 2


def test_rows_a_note_marks_take_the_currency_it_gives_them(workbook_build, eur_per_unit):
    rows = [
        ["№ з/п", "Назва проєкту", "Донор", "Строк реалізації", "2021, тис."],
        [1, "Підтримка ДПСУ на ділянці кордону з Білоруссю", "Європейський Союз", "2021 р.", 620],
        ["2**", "Виявлення підроблених документів", "Бюро INL", "2021 р.", 380],
        [],
        ["Примітка: суми зазначено в тис. євро; у рядках, позначених **, – у тис. дол. США."],
    ]
    result = workbook_build({"Реалізуються": rows}, "ДПСУ.xlsx")
    got = projects_by_title(result)
    assert got["Підтримка ДПСУ на ділянці кордону з Білоруссю"]["currency"] == "EUR"
    assert got["Виявлення підроблених документів"]["currency"] == "USD"
    assert money_2021(result, "Підтримка ДПСУ на ділянці кордону з Білоруссю") == (620000.0, 0.0)
    usd = round(380_000 * eur_per_unit(result, 2021, "USD"), 2)
    assert abs(money_2021(result, "Виявлення підроблених документів")[0] - usd) < 0.05
    assert issues_saying(result, "says it is in USD")


# --------------------------------------------------------------------------- exports from systems (GB)


def test_a_german_export_names_the_commissioning_ministry_the_partner(tmp_path):
    text = (
        "Projekttitel;Auftraggeber;Durchführungsorganisation;Partner (UA);Status;Laufzeit;Währung;Gesamtvolumen;"
        "Plan 2021;Schwerpunkt (MIA-Priorität)\n"
        "Prävention häuslicher Gewalt;Bundesministerium für wirtschaftliche Zusammenarbeit und Entwicklung (BMZ);"
        "GIZ;Nationale Polizei der Ukraine;laufend;01/2021 - 12/2022;EUR;1.000.000,00;400.000,00;Häusliche Gewalt\n"
        "Schutz vor Covid-19;GIZ (Eigenmittel);GIZ;Staatlicher Grenzschutzdienst der Ukraine;storniert;"
        "04/2021 - 12/2021;EUR;95.000,00;95.000,00;COVID-19\n"
    )
    result = text_build(tmp_path, "GIZ_Projektliste.csv", text)
    got = projects_by_title(result)
    assert got["Prävention häuslicher Gewalt"]["partner"] == "Germany"  # not the Ukrainian partner agency
    assert got["Prävention häuslicher Gewalt"]["status"] == "ongoing"
    assert got["Schutz vor Covid-19"]["partner"] == "GIZ"
    assert got["Schutz vor Covid-19"]["status"] == "cancelled"
    assert money_2021(result, "Prävention häuslicher Gewalt") == (400000.0, 0.0)
    assert got["Prävention häuslicher Gewalt"]["declared_priority"] == "Häusliche Gewalt"
    assert got["Prävention häuslicher Gewalt"]["beneficiaries"] == "NPU"  # "Partner (UA)": the agency
    allocations = result.allocations
    pid = got["Prävention häuslicher Gewalt"]["project_id"]
    # the list writes "hausliche gewalt" (a Cyrillic code page has no "ä"): the marked letter is read as the plain one
    assert set(allocations[allocations.project_id.eq(pid)].priority_code) == {"DOMESTIC_VIOLENCE"}


def test_german_status_words():
    assert parse_status("laufend") == "ongoing"
    assert parse_status("abgeschlossen") == "completed"
    assert parse_status("nicht abgeschlossen") != "completed"
    assert parse_status("storniert") == "cancelled"
    assert parse_status("bewilligt") == "approved"


def test_a_draft_and_a_pre_solicitation_are_pipeline():
    assert parse_status("Draft") == "planned"
    assert parse_status("Pre-solicitation") == "planned"
    assert parse_status("Чернетка") == "planned"


def test_a_us_funding_account_names_its_agency():
    assert partner_in_text("ESF") == "USAID"  # Economic Support Fund
    assert partner_in_text("NADR") == "USA"  # the State Department's nonproliferation account
    assert partner_in_text("INCLE") == "INL"


def test_iati_transactions_a_row_each_with_planned_disbursements_and_a_pledge(tmp_path):
    head = (
        "iati-identifier,title,activity-status,activity-date-start-planned,activity-date-end-planned,"
        "participating-org (Funding),recipient-country-code,transaction-type,transaction-date,transaction-value,"
        "transaction-value-currency\n"
    )
    cthb = "GB-1-1,Countering Trafficking in Human Beings,Implementation,2020-01-01,2022-12-31,UK,UA"
    drugs = "GB-1-2,Countering Online Drug Trafficking,Pipeline/identification,2021-07-01,2023-06-30,UK,UA"
    text = head + "\n".join(
        [
            f"{cthb},Outgoing Commitment,2020-01-01,1000000,GBP",
            f"{cthb},Disbursement,2020-06-30,400000,GBP",
            f"{cthb},Disbursement,2021-02-01,250000,GBP",
            f"{cthb},Planned Disbursement,2021-09-30,150000,GBP",
            f"{cthb},Planned Disbursement,2022-03-31,200000,GBP",
            f"{drugs},Outgoing Pledge,2021-01-20,730000,GBP",
        ]
    )
    result = text_build(tmp_path, "FCDO_transactions.csv", text + "\n")
    got = projects_by_title(result)
    # the commitment (1,000,000) spread as its disbursements made and planned give it: 250,000 + 150,000 in 2021
    assert "2021=400000" in got["Countering Trafficking in Human Beings"]["yearly_amounts"]
    # a pledge alone, spread by days over 01.07.2021–30.06.2023 (730 days): 184 days in 2021
    assert round(float(got["Countering Online Drug Trafficking"]["amount"])) == 730000
    assert "2021=184000" in got["Countering Online Drug Trafficking"]["yearly_amounts"]
    assert issues_saying(result, "the sum of the outgoing pledges")


def test_a_pivot_tables_status_columns_give_each_project_its_status_and_money(workbook_build):
    rows = [
        ["IOM portfolio, 2021"],
        [],
        ["Sum of Budget 2021 (EUR)", "Column Labels"],
        ["Row Labels", "Ongoing", "Pipeline", "(blank)", "Grand Total"],
        ["Japan", 420000, None, None, 420000],
        ["Green border surveillance with Belarus", 420000, None, None, 420000],
        ["Germany (Federal Foreign Office)", 350000, 500000, None, 850000],
        ["Capacity building of the State Migration Service", 350000, None, None, 350000],
        ["Modernisation of the Shehyni crossing point", None, 500000, None, 500000],
        ["Grand Total", 770000, 500000, None, 1270000],
    ]
    indents = {(6, 1): 1, (8, 1): 1, (9, 1): 1}
    result = workbook_build({"Pivot": rows}, "IOM_pivot.xlsx", indents)
    got = projects_by_title(result)
    assert set(got) == {
        "Green border surveillance with Belarus",
        "Capacity building of the State Migration Service",
        "Modernisation of the Shehyni crossing point",
    }
    assert got["Green border surveillance with Belarus"]["partner"] == "Japan"
    assert got["Modernisation of the Shehyni crossing point"]["partner"] == "Germany"
    assert got["Modernisation of the Shehyni crossing point"]["status"] == "planned"
    assert money_2021(result, "Modernisation of the Shehyni crossing point") == (0.0, 500000.0)
    assert money_2021(result, "Capacity building of the State Migration Service") == (350000.0, 0.0)


# --------------------------------------------------------------------------- spreadsheet mechanics (GC)


def test_thousands_shown_by_the_number_format_are_read_as_stored(tmp_path):
    rows = [
        ["Назва проєкту", "Донор", "Початок", "Кінець", "Бюджет, тис. дол. США"],
        ["Мобільні групи реагування", "Данія", dt.datetime(2021, 1, 1), dt.datetime(2021, 12, 31), 1250000],
        ["Електронний облік затриманих", "Данія", dt.datetime(2021, 1, 1), dt.datetime(2021, 12, 31), 400000],
    ]
    content = _xlsx(rows, formats={(2, 5): "#,##0,", (3, 5): "#,##0,"})
    result = file_build(tmp_path, "ПРООН.xlsx", content)
    got = projects_by_title(result)
    assert float(got["Мобільні групи реагування"]["amount"]) == 1250000  # shown as 1,250 under "тис."
    assert float(got["Електронний облік затриманих"]["amount"]) == 400000
    assert issues_saying(result, "the amounts are read as stored")


def test_thousands_said_of_a_column_without_such_a_format_stay_thousands(tmp_path):
    rows = [
        ["Назва проєкту", "Донор", "Початок", "Кінець", "Бюджет, тис. дол. США"],
        ["Мобільні групи реагування", "Данія", dt.datetime(2021, 1, 1), dt.datetime(2021, 12, 31), 1250],
    ]
    result = file_build(tmp_path, "ПРООН.xlsx", _xlsx(rows, formats={(2, 5): "#,##0"}))
    assert float(projects_by_title(result)["Мобільні групи реагування"]["amount"]) == 1250000


def test_a_hidden_row_repeating_a_shown_project_is_its_earlier_version(tmp_path):
    rows = [
        ["Project title", "Status", "Start", "End", "Budget 2021 (EUR)"],
        [
            "Custody records digitisation",
            "Ongoing",
            dt.datetime(2021, 1, 1),
            dt.datetime(2021, 12, 31),
            240000,
        ],
        ["Custody records digitisation", "Draft", dt.datetime(2021, 1, 1), dt.datetime(2021, 12, 31), 300000],
        [
            "Forensic laboratory accreditation",
            "Ongoing",
            dt.datetime(2021, 1, 1),
            dt.datetime(2021, 12, 31),
            150000,
        ],
    ]
    result = file_build(tmp_path, "EUAM.xlsx", _xlsx(rows, hidden=(3, 4)))
    titles = result.projects.title.tolist()
    assert titles.count("Custody records digitisation") == 1
    assert money_2021(result, "Custody records digitisation") == (240000.0, 0.0)
    said = issues_saying(result, "is hidden in Excel and repeats the project of row 2")
    assert said and said[0]["severity"] == "warning" and said[0]["row"] == 3
    # a hidden row of its own is a project all the same (said)
    assert money_2021(result, "Forensic laboratory accreditation") == (150000.0, 0.0)
    assert issues_saying(result, "row 4 is hidden in Excel; it was read like the others")


def test_a_reallocation_of_the_years_money_in_brackets_is_subtracted(workbook_build):
    rows = [
        ["Project title", "Donor", "Start", "End", "Currency", "Budget 2021", "Reallocation 2021"],
        [
            "Reintegration of victims",
            "USAID",
            dt.datetime(2021, 1, 1),
            dt.datetime(2022, 12, 31),
            "EUR",
            500000,
            "(35,000)",
        ],
        [
            "Border crossing points",
            "EU",
            dt.datetime(2021, 1, 1),
            dt.datetime(2022, 12, 31),
            "EUR",
            700000,
            "50,000",
        ],
    ]
    result = workbook_build({"Projects": rows}, "IOM.xlsx")
    assert money_2021(result, "Reintegration of victims") == (465000.0, 0.0)
    assert money_2021(result, "Border crossing points") == (750000.0, 0.0)


# --------------------------------------------------------------------------- money in parts (GD)


def test_a_donor_named_in_a_sentence_of_the_title_rows_is_the_name_alone(workbook_build):
    rows = [
        ["Contributions of Switzerland to the MIA sector, 2021"],
        ["Donor of all projects below: Switzerland. Amounts in CHF."],
        [],
        ["No.", "Project", "Duration", "Status", "Cash contribution"],
        [1, "Document security training for checkpoint staff", "01.01.2021 - 31.12.2021", "Ongoing", 120000],
    ]
    result = workbook_build({"CH 2021": rows}, "Switzerland_contributions.xlsx")
    project = projects_by_title(result)["Document security training for checkpoint staff"]
    assert project["partner"] == "Switzerland"
    assert project["currency"] == "CHF"


def test_of_which_rows_give_the_years_of_the_project_above(workbook_build):
    rows = [
        ["Ref", "Project", "Timeframe", "Status", "Budget (EUR)"],
        ["UA-0142", "Police response to domestic violence", "Apr 2020 - Mar 2022", "Ongoing", 850000],
        [None, "    of which 2020", None, None, 300000],
        [None, "    of which 2021", None, None, 400000],
        [None, "    of which 2022", None, None, 150000],
        ["UA-0171", "Maritime border surveillance", "2021 - 2023", "Ongoing", 1500000],
        [None, "    of which 2021", None, None, 450000],
        [None, "    of which 2022-2023", None, None, 1050000],
    ]
    result = workbook_build({"Projects": rows}, "EU_projects.xlsx")
    assert set(projects_by_title(result)) == {
        "Police response to domestic violence",
        "Maritime border surveillance",
    }
    assert money_2021(result, "Police response to domestic violence") == (400000.0, 0.0)
    assert money_2021(result, "Maritime border surveillance") == (450000.0, 0.0)
    years = projects_by_title(result)["Maritime border surveillance"]["yearly_amounts"]
    # 1,050,000 over 2022–2023 by days: 365 and 365 days
    assert "2022=525000" in years and "2023=525000" in years
    assert issues_saying(result, "'of which 2021' gives the 2021 part of project 'Police response")


def test_a_total_and_its_years_part_on_the_next_line_of_the_cell(workbook_build):
    rows = [
        ["Назва проекту", "Донор", "Строк реалізації", "Валюта", "Бюджет проекту"],
        [
            "Програма EU4Border",
            "ЄС",
            "01.01.2020 – 31.12.2022",
            "EUR",
            "4 200 000\nз них у 2021 р. – 1 500 000",
        ],
    ]
    result = workbook_build({"Проекти": rows}, "Данія.xlsx")
    project = projects_by_title(result)["Програма EU4Border"]
    assert float(project["amount"]) == 4200000
    assert money_2021(result, "Програма EU4Border") == (1500000.0, 0.0)


def test_equipment_items_dated_give_their_projects_years(workbook_build):
    rows = [
        ["Source of funds: EUAM Ukraine mission budget (donor: EUAM). All amounts in EUR."],
        [],
        [
            "No.",
            "Item description",
            "Qty",
            "Unit price, EUR",
            "Amount, EUR",
            "Delivery date",
            "Status / remarks",
        ],
        ["1", "Custody records video monitoring", None, None, 89000, None, "Status: Ongoing"],
        ["1.1", "Desktop computer", 40, 850, 34000, dt.datetime(2020, 12, 10), "delivered"],
        ["1.2", "Laser printer A4", 40, 320, 12800, dt.datetime(2021, 1, 12), "delivered"],
        ["1.3", "IP video camera", 60, 410, 24600, "03.2021", "in transit"],
        ["1.4", "Network video recorder", 12, 1150, 13800, "Q2 2021 (planned)", "contract signed"],
        ["1.5", "Custody register licence", 40, 95, 3800, dt.datetime(2022, 1, 15), "contract signed"],
    ]
    result = workbook_build({"Equipment": rows}, "EUAM_equipment.xlsx")
    assert list(projects_by_title(result)) == ["Custody records video monitoring"]
    # the items delivered in 2021: 12,800 + 24,600 + 13,800
    assert money_2021(result, "Custody records video monitoring") == (51200.0, 0.0)
    years = projects_by_title(result)["Custody records video monitoring"]["yearly_amounts"]
    assert "2020=34000" in years and "2022=3800" in years


def test_a_month_or_a_quarter_with_a_remark_in_words_is_a_period():
    from mtd_analysis.ingest.values import parse_period

    assert parse_period("Q2 2021 (planned)") == (dt.date(2021, 4, 1), dt.date(2021, 6, 30))
    assert parse_period("04.2021 (очікується)") == (dt.date(2021, 4, 1), dt.date(2021, 4, 30))
