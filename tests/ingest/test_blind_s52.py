"""Layouts and words found by partner files written blind in round 52 (sets FA to FD), and two readings left wrong
in round 51's review.

Each test writes the few cells that matter, as the partner's file had them, and checks the reading against figures
worked out by hand beside it.
"""

from __future__ import annotations

import datetime as dt

from blind_helpers import file_build, issues_saying, money_2021, projects_by_title

from mtd_analysis.ingest.columns import match_field
from mtd_analysis.ingest.values import parse_status

# --------------------------------------------------------------------------- round 51's review


def test_a_status_typed_with_a_look_alike_letter_is_known():
    assert parse_status("реалiзується") == "ongoing"  # a Latin "i" in a Ukrainian word
    assert parse_status("Plаnned") == "planned"  # a Cyrillic "а" in an English word
    assert (
        parse_status("скасoвано") == "cancelled"
    )  # a Latin "o" among Cyrillic letters that all have look-alikes
    assert parse_status("Зaвершено") == "completed"


def test_a_planned_project_typed_with_a_look_alike_letter_is_not_counted_as_funded(workbook_build):
    rows = [
        ["Назва проєкту", "Статус", "Валюта", "2021"],
        ["Мобільні групи реагування на домашнє насильство", "зaплановано", "EUR", 120000],  # Latin "a"
        ["Кінологічна служба прикордонників", "реалiзується", "EUR", 80000],  # Latin "i"
    ]
    result = workbook_build({"Проєкти": rows}, "Lithuania.xlsx")
    assert money_2021(result, "Мобільні групи реагування на домашнє насильство") == (0.0, 120000.0)
    assert money_2021(result, "Кінологічна служба прикордонників") == (80000.0, 0.0)


def test_vid_kind_is_not_vid_from():
    assert match_field("Вид").field is None  # "kind" (of aid)
    assert match_field("Від").field == "start_date"  # "from"
    assert match_field("Вiд").field == "start_date"  # "from", typed with a Latin "i"


def test_a_column_of_kinds_of_aid_does_not_become_the_start(workbook_build):
    rows = [
        ["Назва проєкту", "Вид", "Початок", "Завершення", "Валюта", "Бюджет"],
        ["Обладнання для ДМС", "грант", dt.datetime(2021, 1, 1), dt.datetime(2021, 12, 31), "EUR", 50000],
    ]
    result = workbook_build({"Проєкти": rows}, "Poland.xlsx")
    project = projects_by_title(result)["Обладнання для ДМС"]
    assert str(project["start_date"])[:10] == "2021-01-01"
    assert money_2021(result, "Обладнання для ДМС") == (50000.0, 0.0)


# --------------------------------------------------------------------------- statuses


def test_agreed_and_being_agreed_are_told_apart():
    assert parse_status("Agreed") == "approved"  # counted, as committed money
    assert parse_status("Погоджено") == "approved"
    assert parse_status("Согласовано") == "approved"
    assert parse_status("Not agreed") == "planned"  # not counted as funding
    assert parse_status("в стадії узгодження") == "planned"
    assert parse_status("на стадії узгодження") == "planned"
    assert parse_status("погоджується") == "planned"
    assert parse_status("Триває (погоджено з МВС)") == "ongoing"


def test_a_project_being_agreed_is_pipeline(workbook_build):
    rows = [
        ["Назва проєкту", "Період реалізації", "Загальний бюджет, EUR", "Статус"],
        ["Модернізація пунктів пропуску на кордоні", "01.2021 – 12.2021", 365000, "в стадії узгодження"],
        ["Облік затриманих осіб", "01.2021 – 12.2021", 73000, "погоджено"],
    ]
    result = workbook_build({"Проєкти": rows}, "GIZ.xlsx")
    assert money_2021(result, "Модернізація пунктів пропуску на кордоні") == (0.0, 365000.0)
    assert money_2021(result, "Облік затриманих осіб") == (73000.0, 0.0)


def test_a_heading_over_projects_being_agreed_with_donors_gives_their_status(workbook_build):
    rows = [
        ["Національна поліція України"],
        ["1. Діючі проєкти міжнародної технічної допомоги"],
        ["№", "Назва проєкту", "Донор", "Початок", "Закінчення", "Бюджет", "Валюта"],
        [
            1,
            "Мобільні групи реагування на домашнє насильство",
            "UNFPA",
            "01.01.2021",
            "31.12.2021",
            73000,
            "EUR",
        ],
        ["2. Проєкти на стадії погодження з донорами"],
        ["№", "Назва", "Можливий донор", "Орієнтовна сума, EUR", "Строк"],
        [1, "Лабораторія дослідження наркотичних засобів", "Норвегія", 50000, "2021"],
    ]
    result = workbook_build({"НПУ": rows}, "zvedena.xlsx")
    assert money_2021(result, "Мобільні групи реагування на домашнє насильство") == (73000.0, 0.0)
    assert money_2021(result, "Лабораторія дослідження наркотичних засобів") == (0.0, 50000.0)


def test_a_legend_of_codes_in_two_cells_under_its_heading_gives_the_status(workbook_build):
    rows = [
        ["Project ID", "Title", "Start date", "End date", "Approved budget (EUR)", "Status code"],
        ["F-01", "Electronic queue at border crossing points", "01.01.2021", "31.12.2021", 100000, "A"],
        ["F-02", "Regional mobile units against human trafficking", "01.01.2021", "31.12.2021", 60000, "PC"],
        ["F-03", "Forensic drug testing laboratory equipment", "01.01.2021", "31.12.2021", 40000, "W"],
        [None, "Total", None, None, 200000, None],
        [],
        ["Status codes:"],
        ["A", "approved by the Fund Steering Committee, under implementation"],
        ["PC", "pending Steering Committee approval"],
        ["W", "withdrawn by the implementing organisation before start"],
    ]
    result = workbook_build({"Projects": rows}, "Netherlands_fund.xlsx")
    assert money_2021(result, "Electronic queue at border crossing points") == (100000.0, 0.0)
    assert money_2021(result, "Regional mobile units against human trafficking") == (0.0, 60000.0)
    assert money_2021(result, "Forensic drug testing laboratory equipment") == (0.0, 0.0)  # withdrawn
    assert len(result.projects) == 3  # the legend's lines are no projects


# --------------------------------------------------------------------------- text files, durations, units


def test_a_pipe_table_with_rules_of_dashes_is_read(tmp_path):
    text = (
        "EMBASSY OF SWEDEN, KYIV\n"
        "Amounts in SEK (total contribution over the agreement period)\n\n"
        " Contribution                          | Implementing partner | Agreement period        |   Amount SEK | Status\n"
        "---------------------------------------+----------------------+-------------------------+--------------+-------\n"
        " Monitoring of places of police custody | Council of Europe    | 2021-01-01 - 2021-12-31 |    6 000 000 | Agreed\n"
        " Gender-based violence prevention       | UN Women             | 2021-01-01 - 2022-12-31 |   10 000 000 | Agreed\n"
        "---------------------------------------+----------------------+-------------------------+--------------+-------\n"
        " Total                                  |                      |                         |   16 000 000 |\n"
    )
    result = file_build(tmp_path, "Sweden_Sida_contributions.txt", text.encode())
    projects = projects_by_title(result)
    assert set(projects) == {"Monitoring of places of police custody", "Gender-based violence prevention"}
    assert projects["Monitoring of places of police custody"]["amount"] == 6_000_000
    assert projects["Gender-based violence prevention"]["currency"] == "SEK"


def test_whole_numbers_under_duration_beside_a_start_are_months(workbook_build):
    rows = [
        ["#", "Project", "Start (month)", "Duration", "Budget, EUR"],
        [1, "Digital custody records pilot", "11/2020", 10, 100000],  # Nov 2020 - Aug 2021
        [2, "Equipment for the cyber police laboratory", "01/2021", 6, 50000],  # Jan - Jun 2021
    ]
    result = workbook_build({"EUAM": rows}, "EUAM.xlsx")
    projects = projects_by_title(result)
    assert str(projects["Digital custody records pilot"]["end_date"])[:10] == "2021-08-31"
    assert str(projects["Equipment for the cyber police laboratory"]["end_date"])[:10] == "2021-06-30"
    days_2021, days_all = 243, 304  # 1 Jan - 31 Aug 2021; 1 Nov 2020 - 31 Aug 2021
    assert money_2021(result, "Digital custody records pilot")[0] == round(100000 * days_2021 / days_all, 2)
    assert issues_saying(result, "read as duration (months)")


def test_duration_in_months_said_after_a_comma_is_a_duration():
    assert match_field("Duration, months").field == "duration"
    assert match_field("Тривалість, міс.").field == "duration"


def test_a_workbook_note_on_one_sheets_unit_is_not_the_workbooks(workbook_build):
    notes = [
        ["How to use this file:"],
        ["1. Sheet 'Summary' repeats the actions of the donor sheets."],
        ["2. Sheet 'EU' – actions financed by the EU budget. Figures in thousand EUR."],
        ["3. Sheet 'EUAM' – projects financed by EUAM from its own budget. Figures in EUR."],
    ]
    eu = [
        ["EU-funded actions (amounts in '000 EUR)"],
        ["No", "Action title", "Start", "End", "Total"],
        [
            1,
            "Support to community policing in Donetsk oblast",
            dt.datetime(2021, 1, 1),
            dt.datetime(2021, 12, 31),
            1450,
        ],
    ]
    euam = [
        ["#", "Project", "Start", "End", "Budget, EUR"],
        [
            1,
            "Equipment for the cyber police laboratory",
            dt.datetime(2021, 1, 1),
            dt.datetime(2021, 12, 31),
            96400,
        ],
    ]
    result = workbook_build({"Read me": notes, "EU": eu, "EUAM": euam}, "EU_Delegation.xlsx")
    assert money_2021(result, "Support to community policing in Donetsk oblast") == (1_450_000.0, 0.0)
    assert money_2021(result, "Equipment for the cyber police laboratory") == (96400.0, 0.0)  # not thousands


def test_thousands_written_before_the_currency_in_a_note_under_the_table(workbook_build):
    rows = [
        ["Kingdom of the Netherlands – Human Rights Fund"],
        ["Activity title", "Start", "End", "Commitment", "2021", "Status"],
        [
            "Human rights compliance of police",
            dt.datetime(2021, 1, 1),
            dt.datetime(2022, 12, 31),
            900,
            350,
            "Ongoing",
        ],
        [],
        ["* All amounts in '000 EUR, as per the Activity Appraisal Document."],
    ]
    result = workbook_build({"Netherlands": rows}, "UNDP_portfolio.xlsx")
    assert money_2021(result, "Human rights compliance of police") == (350_000.0, 0.0)


# --------------------------------------------------------------------------- summaries and sections


def test_a_summary_sheet_listing_a_title_without_its_bracket_is_counted_once(workbook_build):
    summary = [
        ["Overview of donor support – all actions (EUR)"],
        ["Donor", "Project", "Total budget, EUR"],
        ["EU", "Support to Community Policing in Donetsk and Luhansk oblasts", 4200000],
    ]
    detail = [
        ["No", "Action title", "Start", "End", "Total, EUR"],
        [
            1,
            "Support to Community Policing in Donetsk and Luhansk oblasts\n(Phase II, ENI/2019/412-345)",
            dt.datetime(2021, 1, 1),
            dt.datetime(2022, 12, 31),
            4200000,
        ],
    ]
    result = workbook_build({"Summary": summary, "EU": detail}, "EU_consolidated.xlsx")
    assert len(result.projects) == 1
    funded = result.allocations[result.allocations["year"].eq(2021)]["amount_eur"].sum()
    assert round(funded, 2) == 2_100_000.0  # 365 of 730 days
    assert issues_saying(result, "as in a summary: counted once")


def test_sections_of_donors_in_a_csv_each_take_their_heading_and_an_overview_is_not_counted(tmp_path):
    text = (
        "Nordic-Baltic donors: support to MIA law enforcement agencies\n"
        "Compiled by the Embassy of Sweden in Kyiv, 12 February 2021\n\n"
        "SWEDEN (Sida) – amounts in SEK\n"
        "Project;Implementer;Start;End;Total;Status\n"
        "Police Academy curriculum on domestic violence;Swedish Police Authority;2021-01-01;2021-12-31;6 000 000;Ongoing\n"
        "\n"
        "NORWAY (Norwegian Ministry of Foreign Affairs) – amounts in NOK '000\n"
        "Project;Period;Amount;Status\n"
        "Demining training for State Emergency Service units;2021;12 000;Ongoing\n"
        "\n"
        "LITHUANIA (Development Cooperation Programme)\n"
        "Project;Amount;Period;Status\n"
        "Study visit programme on EU border surveillance;EUR 45 000;2021;Approved\n"
        "\n"
        '"OVERVIEW – all donors, total budgets in EUR equivalent (for information; projects listed above)"\n'
        "Donor;Project;EUR equiv.\n"
        "Sweden;Police Academy curriculum on domestic violence;588 000\n"
        "Norway;Demining training for State Emergency Service units;1 164 000\n"
        "Lithuania;Study visit programme on EU border surveillance;45 000\n"
    )
    result = file_build(tmp_path, "Nordic_Baltic_donors.csv", text.encode("utf-8-sig"))
    projects = projects_by_title(result)
    assert set(projects) == {
        "Police Academy curriculum on domestic violence",
        "Demining training for State Emergency Service units",
        "Study visit programme on EU border surveillance",
    }
    assert projects["Demining training for State Emergency Service units"]["partner"] == "Norway"
    assert projects["Demining training for State Emergency Service units"]["amount"] == 12_000_000  # NOK '000
    assert projects["Study visit programme on EU border surveillance"]["partner"] == "Lithuania"
    assert projects["Police Academy curriculum on domestic violence"]["partner"] == "Sweden"
    assert issues_saying(result, "list again the projects above, as a summary")


# --------------------------------------------------------------------------- programmes and agencies' parts


def test_agencies_rows_under_a_project_without_an_amount_are_its_parts(workbook_build):
    rows = [
        [
            "No",
            "Project / beneficiary agency",
            "Donor",
            "Implementation period",
            "2021 allocation, USD",
            "Status",
        ],
        [
            1,
            "Modernising the Unified Register of Detained Persons",
            "UNDP",
            "01.2021 - 12.2021",
            None,
            "Ongoing",
        ],
        [None, "National Police of Ukraine", None, None, 210000, None],
        [None, "Main Service Centre of the MIA", None, None, 95000, None],
        [
            2,
            "Safe and Convenient Crossing at Entry-Exit Checkpoints",
            "Japan",
            "01.2021 - 12.2021",
            550000,
            "Ongoing",
        ],
        [None, "State Border Guard Service of Ukraine", None, None, 420000, None],
        [None, "National Police of Ukraine", None, None, 130000, None],
    ]
    result = workbook_build({"2021": rows}, "UNDP_by_beneficiary.xlsx")
    projects = projects_by_title(result)
    assert set(projects) == {
        "Modernising the Unified Register of Detained Persons",
        "Safe and Convenient Crossing at Entry-Exit Checkpoints",
    }
    register = projects["Modernising the Unified Register of Detained Persons"]
    assert register["amount"] == 210000 + 95000
    assert set(register["beneficiaries"].split(";")) == {"NPU", "MIA"}
    # a project giving its own amount keeps it: the agencies' rows are its breakdown
    assert projects["Safe and Convenient Crossing at Entry-Exit Checkpoints"]["amount"] == 550000
    assert issues_saying(result, "part of the project, added to it")


# --------------------------------------------------------------------------- money over time, who pays, PDF tables


def test_tranches_under_a_project_are_counted_in_the_years_of_their_payment(workbook_build):
    rows = [
        ["Note: each tranche is counted in the year of its payment date."],
        [
            "Nr.",
            "Project / Tranche",
            "Implementing organisation",
            "Project period",
            "Payment date",
            "Amount (EUR)",
        ],
        [
            1,
            "Strengthening forensic capacities of the National Police",
            "GIZ",
            "01.07.2020 – 30.06.2022",
            None,
            1200000,
        ],
        [None, "   1. Tranche", None, None, dt.datetime(2020, 8, 14), 350000],
        [None, "   2. Tranche", None, None, dt.datetime(2021, 2, 15), 400000],
        [None, "   3. Tranche", None, None, "30.09.2021", 250000],
        [None, "   4. Tranche", None, None, dt.datetime(2022, 3, 1), 200000],
        [
            2,
            "Police response to domestic violence: training centres",
            "GIZ",
            "10/2021 – 09/2023",
            None,
            700000,
        ],
        [None, "   1. Tranche", None, None, "IV/2021 (geplant)", 150000],
        [None, "   2. Tranche", None, None, "II/2022 (geplant)", 550000],
    ]
    result = workbook_build({"Projects": rows}, "AA_Germany_tranches.xlsx")
    projects = projects_by_title(result)
    assert len(projects) == 2  # the tranches are no projects
    assert money_2021(result, "Strengthening forensic capacities of the National Police") == (650000.0, 0.0)
    assert money_2021(result, "Police response to domestic violence: training centres") == (150000.0, 0.0)
    assert issues_saying(result, "is a payment of project")


def test_each_governments_funds_under_a_project_are_its_lines(workbook_build):
    rows = [
        [
            "№",
            "Назва проєкту",
            "Донор",
            "Період реалізації",
            "Загальний бюджет, USD",
            "План на 2021 рік",
            "Статус",
        ],
        [
            1,
            "Моніторинг ізоляторів тимчасового тримання",
            "Данія, Норвегія",
            "07.2020–06.2023",
            1000000,
            430000,
            "реалізується",
        ],
        [None, "   у т.ч. кошти уряду: Данія", "Данія", None, 600000, 250000, None],
        [None, "   у т.ч. кошти уряду: Норвегія", "Норвегія", None, 400000, 180000, None],
    ]
    result = workbook_build({"Звіт": rows}, "UNDP_zvit.xlsx")
    lines = result.projects
    assert set(lines["title"]) == {"Моніторинг ізоляторів тимчасового тримання"}
    by_partner = dict(zip(lines["partner"], lines["amount"], strict=True))
    assert by_partner == {"Denmark": 600000.0, "Norway": 400000.0}
    allocated = result.allocations[result.allocations["year"].eq(2021)]
    ids = dict(zip(lines["partner"], lines["project_id"], strict=True))
    usd = allocated[allocated["project_id"].eq(ids["Denmark"])]["amount_eur"].sum()
    nok = allocated[allocated["project_id"].eq(ids["Norway"])]["amount_eur"].sum()
    assert round(usd / nok, 6) == round(250000 / 180000, 6)  # each its own 2021 plan, in one currency


def test_until_the_end_of_a_year_in_words():
    from mtd_analysis.ingest.values import parse_date, parse_period

    assert parse_period("з 01.09.2020 до кінця 2022 року") == (dt.date(2020, 9, 1), dt.date(2022, 12, 31))
    assert parse_period("с 01.09.2020 до конца 2022 года") == (dt.date(2020, 9, 1), dt.date(2022, 12, 31))
    assert parse_date("the end of 2021") == dt.date(2021, 12, 31)


def test_a_footnote_mark_after_a_header_does_not_hide_its_year(workbook_build):
    rows = [
        ["Project title", "Duration", "Total budget (CAD)¹", "2021 budget (CAD)¹", "Status"],
        [
            "Expert deployment to the State Border Guard Service",
            "Jan 2021 – Dec 2022",
            600000,
            450000,
            "Ongoing",
        ],
        [],
        ["¹ Amounts in Canadian dollars."],
    ]
    result = workbook_build({"Table 1": rows}, "Canada.xlsx")
    project = projects_by_title(result)["Expert deployment to the State Border Guard Service"]
    assert "2021=450000" in project["yearly_amounts"]


def test_titles_a_pdf_converter_wrapped_below_their_rows_are_joined(workbook_build):
    rows = [
        ["Project title", "Implementing partner", "Duration", "Total budget (CAD)", "Status"],
        ["Community Policing Development with the", "RCMP", "Jan 2021 – Dec 2021", 100000, "Ongoing"],
        ["Patrol Police", None, None, None, None],  # an agency's name, here the title's rest
        ["Expert Deployment to the State Border Guard", "DND", "Jan 2021 – Dec 2021", 200000, "Ongoing"],
        ["Service on Maritime Border Surveillance", None, None, None, None],
        ["Support to the Explosive Ordnance Disposal", "UNDP", "Jan 2021 – Dec 2021", 300000, "Ongoing"],
        ["Units of the National Police", None, None, None, None],
    ]
    projects = projects_by_title(workbook_build({"Table 1": rows}, "Canada_from_PDF.xlsx"))
    assert set(projects) == {
        "Community Policing Development with the Patrol Police",
        "Expert Deployment to the State Border Guard Service on Maritime Border Surveillance",
        "Support to the Explosive Ordnance Disposal Units of the National Police",
    }
    assert not projects["Community Policing Development with the Patrol Police"]["beneficiaries"]


def test_an_obligated_us_award_is_committed():
    assert parse_status("Obligated") == "approved"


def test_an_awards_modification_row_restates_its_figures_and_is_no_project(tmp_path):
    text = (
        "Award ID,Award Title,Funding Agency,PoP Start,PoP End,Total Award (USD),CY2021 Planned (USD),Status\n"
        "INL-UKR-1043,Patrol police drug interdiction training,INL,01/01/2021,12/31/2022,600000.00,250000.00,Active\n"
        "INL-UKR-1057,Border Guard K-9 detection units,INL,01/01/2021,12/31/2022,900000.00,400000.00,Active\n"
        "INL-UKR-1043-M3,Patrol police drug interdiction training,INL,,,,215000.00,Modification\n"
    )
    result = file_build(tmp_path, "USEmbassy_award_export.csv", text.encode())
    projects = projects_by_title(result)
    assert len(projects) == 2  # the modification is no project of its own
    assert "2021=215000" in projects["Patrol police drug interdiction training"]["yearly_amounts"]
    said = issues_saying(result, "modifies award INL-UKR-1043")
    assert said and said[0]["severity"] == "warning" and "250,000.00 → 215,000.00" in said[0]["message"]
    assert not issues_saying(result, "status 'Modification' is not a status")


# --------------------------------------------------------------------------- a review's cases (round 52)


def test_a_notes_line_naming_a_sheet_gives_that_sheets_unit(workbook_build):
    notes = [["Notes"], ["Sheet 'EU' – figures in thousand EUR"], ["Sheet 'UNDP' – figures in USD"]]
    eu = [["Project", "Start", "End", "Amount"], ["Mobile police stations", "01.01.2021", "31.12.2021", 1200]]
    undp = [
        ["Project", "Start", "End", "Amount"],
        ["Rescue boats for the SES", "01.01.2021", "31.12.2021", 450000],
    ]
    result = workbook_build({"Notes": notes, "EU": eu, "UNDP": undp}, "consolidated.xlsx")
    projects = projects_by_title(result)
    assert (projects["Mobile police stations"]["amount"], projects["Mobile police stations"]["currency"]) == (
        1_200_000,
        "EUR",
    )
    assert (
        projects["Rescue boats for the SES"]["amount"],
        projects["Rescue boats for the SES"]["currency"],
    ) == (
        450_000,
        "USD",
    )
    assert issues_saying(result, "says for this sheet")


def test_group_headings_over_projects_are_no_wrapped_titles(workbook_build):
    rows = [
        ["Project", "Start", "End", "Amount, EUR"],
        ["Police"],
        ["Mobile police stations", "01.01.2021", "31.12.2021", 100000],
        ["Border"],
        ["Patrol cars", "01.01.2021", "31.12.2021", 200000],
        ["Emergency"],
        ["Rescue boats", "01.01.2021", "31.12.2021", 300000],
        ["Other"],
        ["Forensic laboratory", "01.01.2021", "31.12.2021", 400000],
    ]
    projects = projects_by_title(workbook_build({"EU": rows}, "EU.xlsx"))
    assert set(projects) == {"Mobile police stations", "Patrol cars", "Rescue boats", "Forensic laboratory"}


def test_a_duration_in_years_is_not_read_as_months(workbook_build):
    rows = [
        ["Project", "Start", "Duration (years)", "Budget, EUR"],
        ["Police academy curriculum", "01.01.2021", 3, 3000000],
    ]
    project = projects_by_title(workbook_build({"P": rows}, "Denmark.xlsx"))["Police academy curriculum"]
    assert str(project["end_date"]) in ("", "nan", "None")  # not the end of March 2021


def test_until_the_end_of_a_year_in_an_end_column(workbook_build):
    rows = [
        ["Project", "Start", "End", "Budget, CHF"],
        ["Community policing in Poltava oblast", "01.01.2021", "до кінця 2022 року", 2_400_000],
    ]
    result = workbook_build({"P": rows}, "Switzerland.xlsx")
    assert (
        str(projects_by_title(result)["Community policing in Poltava oblast"]["end_date"])[:10]
        == "2022-12-31"
    )


def test_thousands_as_three_zeros_after_in_in_a_title_row(workbook_build):
    rows = [
        ["U.S. assistance to MIA, in 000 USD"],
        ["Project", "Start", "End", "Amount"],
        ["Border guard K-9 units", "01.01.2021", "31.12.2021", 450],
    ]
    project = projects_by_title(workbook_build({"USA": rows}, "USA.xlsx"))["Border guard K-9 units"]
    assert (project["amount"], project["currency"]) == (450_000, "USD")


def test_a_de_obligated_award_is_cancelled():
    assert parse_status("De-obligated") == "cancelled"
    assert parse_status("deobligated") == "cancelled"


def test_a_wrapped_title_starting_on_the_row_above_its_values(workbook_build):
    rows = [
        ["Project title", "Implementing partner", "Duration", "Total budget (CAD)", "Status"],
        ["Police Training on Investigation of Sexual", None, None, None, None],
        ["and Gender-Based Violence and Domestic", "UNFPA", "Jan 2021 – Dec 2021", 100000, "Ongoing"],
        ["Violence Cases", None, None, None, None],
        ["Community Policing Development with the", "RCMP", "Jan 2021 – Dec 2021", 200000, "Ongoing"],
        ["Patrol Police", None, None, None, None],
        ["Expert Deployment to the State Border Guard", "DND", "Jan 2021 – Dec 2021", 300000, "Ongoing"],
        ["Service on Maritime Border Surveillance", None, None, None, None],
    ]
    result = workbook_build({"Table 1": rows}, "Canada_from_PDF.xlsx")
    projects = projects_by_title(result)
    title = "Police Training on Investigation of Sexual and Gender-Based Violence and Domestic Violence Cases"
    assert title in projects
    assert "title_start=A2" in projects[title]["source_cells"]  # the title's first cell, named
    assert len(projects) == 3
