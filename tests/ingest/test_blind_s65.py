"""Layouts found by partner files written blind in round 65, and by the review of round 64's rules.

Each test writes the few lines or cells that matter, as the partner's file had them, and checks the reading against
figures worked out by hand beside it.
"""

from __future__ import annotations

from blind_helpers import file_build, issues_saying, projects_by_title, text_build, xlsx_bytes, year_money

# --- the donor's part of the cost in a table that names its donor on every row -------------------------------------

_OF_WHICH_HEADER = [
    "№",
    "Project title",
    "Donor",
    "Beneficiary",
    "Total project cost (all contributors), EUR",
    "of which EU contribution, EUR",
    "Start date",
    "End date",
]


def test_the_donors_part_is_read_where_every_row_names_that_donor(tmp_path):
    rows = [
        _OF_WHICH_HEADER,
        [1, "EU support to police reform", "EU", "NPU", 1_000_000, 800_000, "2021-01-01", "2021-12-31"],
        [
            2,
            "Civil protection capacity building",
            "European Union",
            "SESU",
            500_000,
            400_000,
            "2021-01-01",
            "2021-12-31",
        ],
        [3, "Border crossing points equipment", "EU", "SBGS", 300_000, 300_000, "2021-01-01", "2021-12-31"],
    ]
    projects = projects_by_title(file_build(tmp_path, "eu_projects.xlsx", xlsx_bytes({"Projects": rows})))
    # the EU's list: its part is its money (800,000, not the 1,000,000 all contributors give)
    assert {t: p["amount"] for t, p in projects.items()} == {
        "EU support to police reform": 800_000,
        "Civil protection capacity building": 400_000,
        "Border crossing points equipment": 300_000,
    }


def test_the_whole_cost_is_read_where_the_rows_name_other_donors(tmp_path):
    rows = [
        _OF_WHICH_HEADER,
        [1, "EU support to police reform", "EU", "NPU", 1_000_000, 800_000, "2021-01-01", "2021-12-31"],
        [2, "Police human rights training", "Germany", "NPU", 600_000, 100_000, "2021-01-01", "2021-12-31"],
    ]
    result = file_build(tmp_path, "sector_register.xlsx", xlsx_bytes({"Projects": rows}))
    projects = projects_by_title(result)
    # the EU's part is not Germany's money: a register of several donors reads the whole cost, and says so
    assert projects["Police human rights training"]["amount"] == 600_000
    assert projects["Police human rights training"]["partner"] == "Germany"
    assert projects["EU support to police reform"]["amount"] == 1_000_000
    assert issues_saying(result, "is EU's part of the cost, not the rows' partners' own money")


def test_a_donor_column_of_another_donor_reads_the_whole_cost(tmp_path):
    rows = [
        _OF_WHICH_HEADER,
        [1, "Integrity in the police", "Germany", "NPU", 2_000_000, 500_000, "2021-01-01", "2021-12-31"],
        [2, "Forensic laboratory support", "Germany", "NPU", 700_000, 0, "2021-01-01", "2021-12-31"],
    ]
    result = file_build(tmp_path, "register.xlsx", xlsx_bytes({"Projects": rows}))
    projects = projects_by_title(result)
    assert projects["Integrity in the police"]["amount"] == 2_000_000
    assert projects["Forensic laboratory support"]["amount"] == 700_000
    assert issues_saying(result, "is EU's part of the cost, not Germany's own money")


# --- totals per organisation and currency in a table drawn in text (set XA) ------------------------------------------

_BAR_HEADER = "| № | Наименование проекта / Project title | Источник / Source | Валюта / Currency | Бюджет / Budget | Статус |"


def test_totals_said_in_two_languages_with_their_currency_are_no_projects(tmp_path):
    text = "\n".join(
        [
            "СПРАВКА о проектах (тыс.)",
            "+---+---+---+---+---+---+",
            _BAR_HEADER,
            "+---+---+---+---+---+---+",
            "| 1 | Противодействие торговле людьми | ОБСЕ | EUR | 250,0 | реализуется |",
            "| 2 | Профилактика домашнего насилия | Швейцария | EUR | 380,0 | реализуется |",
            "|   | Итого по ОБСЕ, без отменённых / OSCE total (EUR) | | EUR | 630,0 | |",
            "| 3 | Синтетические наркотики | Япония | USD | 600,0 | реализуется |",
            "|   | Итого по УНП ООН / UNODC total (USD) | | USD | 600,0 | |",
            "+---+---+---+---+---+---+",
        ]
    )
    result = text_build(tmp_path, "osce_unodc.txt", text)
    projects = projects_by_title(result)
    # three projects; the two totals (a currency beside their figures, nothing else) are not
    assert sorted(projects) == [
        "Противодействие торговле людьми",
        "Профилактика домашнего насилия",
        "Синтетические наркотики",
    ]
    assert len(issues_saying(result, "gives only figures and their currency")) == 2


# --- official forms: column numbers in brackets, footnote letters, a source's figures under a payer's word (set XC) --


def test_a_forms_column_numbers_footnote_letters_and_a_sources_figures(tmp_path):
    rows = [
        ["UK CSSF and FCDO support to the MIA"],
        ["Financial overview, GBP '000"],
        [],
        [
            "No.",
            "Project title",
            "Beneficiary",
            "Funding by source",
            None,
            "Total budget",
            "2021 (forecast)",
            "Status",
        ],
        [None, None, None, "CSSF", "FCDO bilateral", None, None, None],
        ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)"],
        ["A1", "Investigating trafficking in human beings", "NPU", 850, 150, 1000, "520 a)", "Ongoing"],
        ["A2", "Maritime border surveillance", "SBGS", 2000, "–", 2000, 900, "Ongoing b)"],
        [None, "GRAND TOTAL", None, 2850, 150, 3000, 1420, None],
        ["a) Indicative, subject to confirmation."],
    ]
    merged = {"Annex": ["D4:E4", "A4:A5", "B4:B5", "C4:C5", "F4:F5", "G4:G5", "H4:H5"]}
    result = file_build(tmp_path, "uk_annex.xlsx", xlsx_bytes({"Annex": rows}, merged))
    projects = projects_by_title(result)
    assert sorted(projects) == ["Investigating trafficking in human beings", "Maritime border surveillance"]
    first = projects["Investigating trafficking in human beings"]
    # "520 a)": 520 thousand with a footnote's letter, like its neighbours
    assert first["amount"] == 1_000_000
    assert year_money(first, 2021) == 520_000
    # "FCDO bilateral" (150, –) is a source's money, not the partner: the title names the UK
    assert {p["partner"] for p in projects.values()} == {"UK"}
    assert issues_saying(result, "holds figures (150")


def test_money_before_a_year_beside_that_years_column_is_the_years_before(tmp_path):
    text = "\n".join(
        [
            ";Звіт про проєкти МТД (тис. грн);;;;",
            "№ з/п;Назва проєкту;Донор;Вартість проєкту;Обсяг фінансування;;",
            ";;;;до 2021 року;2021 рік;2022–2023 роки",
            "1;Гуманітарне розмінування;Королівство Норвегія;84 500,0;38 200,0;24 800,0;21 500,0",
            "2;Оснащення рятувальників;Республіка Польща;12 300,0;–;12 300,0;–",
        ]
    )
    projects = projects_by_title(text_build(tmp_path, "dsns.csv", text, "cp1251"))
    demining = projects["Гуманітарне розмінування"]
    # "до 2021 року" beside "2021 рік" is the money before 2021, not 2021's
    assert year_money(demining, 2021) == 24_800_000
    assert year_money(demining, 2020) == 38_200_000
    assert year_money(projects["Оснащення рятувальників"], 2021) == 12_300_000


def test_a_header_merged_down_over_a_group_split_below_and_a_signature_marked(tmp_path):
    rows = [
        ["СВЕДЕНИЯ о проектах МТП"],
        ["(тыс. долл. США)"],
        [
            "№ п/п",
            "Наименование проекта",
            "Донор",
            "Стоимость проекта, всего",
            "в том числе",
            None,
            None,
            "Состояние",
        ],
        [None, None, None, None, "освоено на 01.01.2021", "план на 2021 год", "остаток", None],
        [1, 2, 3, 4, 5, 6, 7, 8],
        ["1.1", "Укрепление доверия населения", "США", 1200, 350, 500, 350, "реализуется"],
        ["1.2", "Оснащение средствами разведки", "Япония", 780, "–", 780, "–", "реализуется"],
        [None, "ВСЕГО", None, 1980, 350, 1280, 350, None],
        [],
        [None, "Директор Департамента международного сотрудничества"],
        [None, "и европейской интеграции МВД Украины", None, "(подпись)", None, None, "И. В. Бондаренко"],
    ]
    merged = {"Лист1": ["E3:G3", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "H3:H4"]}
    result = file_build(tmp_path, "svedeniya.xlsx", xlsx_bytes({"Лист1": rows}, merged))
    projects = projects_by_title(result)
    # two projects: the signature's second line ("(подпись)", a name) is none
    assert sorted(projects) == ["Оснащение средствами разведки", "Укрепление доверия населения"]
    # "план на 2021 год" under "в том числе", the rows of the header merged down beside it
    assert year_money(projects["Укрепление доверия населения"], 2021) == 500_000
    assert year_money(projects["Оснащение средствами разведки"], 2021) == 780_000


def test_a_text_table_with_a_rule_under_every_record_joins_each_records_lines(tmp_path):
    rule = "+------+------------------------------+-------------+-----------+-----------+-------------+"
    text = "\n".join(
        [
            "                 (тыс. евро)",
            rule,
            "| №    | Наименование проекта         | Донор       | Средства  | в т.ч.    | Состояние   |",
            "| п/п  |                              |             | донора    | 2021      |             |",
            "|      |                              |             | всего     |           |             |",
            rule,
            "| 1    | Подготовка кинологов ГПСУ    | Литовская   |     320,0 |     120,0 | реализуется |",
            "|      | для охраны границы           | Республика  |           |           | (с апреля)  |",
            rule,
            "| 2    | Развитие службы офицеров     | Республика  |     540,0 |     250,0 | реализуется |",
            "|      | полиции общины               | Польша      |           |           |             |",
            rule,
            "|      | ИТОГО                        |             |     860,0 |     370,0 |             |",
            rule,
        ]
    )
    projects = projects_by_title(text_build(tmp_path, "perechen.txt", text))
    assert sorted(projects) == [
        "Подготовка кинологов ГПСУ для охраны границы",
        "Развитие службы офицеров полиции общины",
    ]
    dogs = projects["Подготовка кинологов ГПСУ для охраны границы"]
    # "Средства донора всего": the donor's money, not the donor
    assert (dogs["partner"], dogs["amount"], year_money(dogs, 2021)) == ("Lithuania", 320_000, 120_000)
    assert projects["Развитие службы офицеров полиции общины"]["partner"] == "Poland"


def test_a_row_of_years_longer_than_the_row_under_it_is_read(tmp_path):
    # the years' row reaches past the labels' row (a CSV's rows of different lengths): read, no failure
    text = "\n".join([",,2020,2021", "Назва,Донор", "Радари,ЄС,10,20"])
    result = text_build(tmp_path, "years.csv", text)
    assert not issues_saying(result, "could not be read")


# --- last year's list left beside this year's (set XD) --------------------------------------------------------------


def _side_by_side(right_titles):
    rows = [
        ["Проєкти МТД Німеччини (GIZ), станом на 01.02.2021", None, None, None, None, None],
        [None, None, None, None, "МТД Німеччини – 2020 рік", None, None],
        [
            "№",
            "Назва проєкту",
            "Загальний бюджет, євро",
            "Обсяг у 2021 р., євро",
            None,
            "Назва проєкту",
            "Обсяг 2020, євро",
        ],
        [1, "Інтегроване управління кордонами", 3_200_000, 900_000, None, right_titles[0], 800_000],
        [2, "Ідентифікація особи ДМС", 1_150_000, 600_000, None, right_titles[1], 500_000],
    ]
    return xlsx_bytes({"МТД": rows})


def test_last_years_list_beside_this_years_is_set_aside(tmp_path):
    result = file_build(
        tmp_path,
        "germany.xlsx",
        _side_by_side(["Інтегроване управління кордонами", "Обладнання для біометрії"]),
    )
    projects = projects_by_title(result)
    # the right table repeats a project of the left one with 2020's money only: last year's list, not read
    assert sorted(projects) == ["Ідентифікація особи ДМС", "Інтегроване управління кордонами"]
    assert year_money(projects["Інтегроване управління кордонами"], 2021) == 900_000
    assert issues_saying(result, "an earlier year's list left beside the current one")


def test_an_earlier_years_table_of_other_projects_is_read(tmp_path):
    result = file_build(
        tmp_path, "germany.xlsx", _side_by_side(["Обладнання для біометрії", "Навчання персоналу"])
    )
    # none of its projects is listed again: projects of their own, read
    assert len(projects_by_title(result)) == 4
    assert not issues_saying(result, "an earlier year's list")


# --- set YC: headers the reader did not know, a transposed table's currencies, German statuses ---------------------


def test_an_amount_for_a_calendar_year_written_cy21(tmp_path):
    rows = [
        ["EU-funded actions – MIA sector"],
        ["all amounts '000 EUR"],
        [],
        ["#", "Action", "Counterpart", "Ccy", "Val.", "Amt CY21", "Stage"],
        ["1", "Police custody records", "NPU", "EUR", 1200, 400, "Implementation"],
        ["2", "Border surveillance equipment", "SBGS", "EUR", 900, 900, "Implementation"],
    ]
    projects = projects_by_title(file_build(tmp_path, "eud_actions.xlsx", xlsx_bytes({"Actions": rows})))
    # "Amt CY21": the amount for calendar year 2021, in thousands as the title says
    assert year_money(projects["Police custody records"], 2021) == 400_000
    assert projects["Police custody records"]["amount"] == 1_200_000


def test_a_transposed_tables_currencies_from_the_groups_over_its_projects(tmp_path):
    rows = [
        ["Проекти МТД, бенефіціар – ДСНС України", None, None, None, None],
        [None, None, "тис. євро (EUR)", None, "тис. дол. США (USD)"],
        [None, "Показник", "Проект 1", "Проект 2", "Проект 3"],
        [None, "Назва проекту", "Гуманітарне розмінування", "Рятувальна техніка", "Система оповіщення"],
        [None, "Донор", "Європейський Союз", "Федеративна Республіка Німеччина", "Уряд США"],
        [None, "Загальна вартість", 2500, 1100, 1300],
        [None, "у т.ч. 2021 р.", 900, 700, 650],
        [None, "Стан", "реалізується", "реалізується", "реалізується"],
    ]
    result = file_build(tmp_path, "dsns.xlsx", xlsx_bytes({"Проекти": rows}, {"Проекти": ["C2:D2"]}))
    projects = projects_by_title(result)
    # the group merged over C–D is in euro, the one over E in dollars: each project in its own, in thousands
    assert {t: (p["currency"], year_money(p, 2021)) for t, p in projects.items()} == {
        "Гуманітарне розмінування": ("EUR", 900_000),
        "Рятувальна техніка": ("EUR", 700_000),
        "Система оповіщення": ("USD", 650_000),
    }


def test_a_german_status_in_preparation_is_planned():
    from mtd_analysis.ingest.values import parse_status

    assert [parse_status(s) for s in ("in Vorbereitung", "laufend", "storniert")] == [
        "planned",
        "ongoing",
        "cancelled",
    ]


# --- set ZB: tables in shapes a reader does not expect ---------------------------------------------------------------


def test_a_transposed_tables_currency_merged_over_several_projects(tmp_path):
    rows = [
        ["Danish Neighbourhood Programme – Ukraine"],
        [],
        ["Currency →", "DKK ('000) – amounts in thousand Danish kroner", None, "EUR – amounts in euro"],
        ["Project code", "DNP-1", "DNP-2", "DNP-3"],
        ["Project title", "Integrated border management", "Mine action capacity", "Document security"],
        ["Ukrainian beneficiary", "SBGS", "SESU", "SMS"],
        ["Implementation period", "01/2020 – 12/2022", "04/2021 – 03/2023", "10/2020 – 09/2022"],
        ["Total budget (whole period)", 18500, 12000, 1200000],
        ["Q1 2021", 1500, "–", 150000],
        ["Q2 2021", 2000, 1000, 150000],
        ["Q3 2021", 2000, 1500, 175000],
        ["Q4 2021", 1750, 1500, 175000],
    ]
    result = file_build(tmp_path, "denmark.xlsx", xlsx_bytes({"Portfolio": rows}, {"Portfolio": ["B3:C3"]}))
    projects = projects_by_title(result)
    # "DKK ('000)" merged over B–C is each one's currency and unit; D's euro are euro
    assert {t: (p["currency"], year_money(p, 2021)) for t, p in projects.items()} == {
        "Integrated border management": ("DKK", 7_250_000),
        "Mine action capacity": ("DKK", 4_000_000),
        "Document security": ("EUR", 650_000),
    }


def test_a_row_said_superseded_in_a_comment_beside_its_revision(tmp_path):
    rows = [
        ["Project ref", "Project title", "Year", "Amount", "Currency", "Status", "Comment"],
        [
            "UA-017",
            "Explosive ordnance disposal training",
            2021,
            1_100_000,
            "GBP",
            "Ongoing",
            "SUPERSEDED – revised below",
        ],
        [
            "UA-017",
            "Explosive ordnance disposal training",
            2021,
            900_000,
            "GBP",
            "Ongoing",
            "revised Feb 2021",
        ],
        ["UA-017", "Explosive ordnance disposal training", 2022, 1_000_000, "GBP", "Ongoing", None],
    ]
    result = file_build(tmp_path, "cssf.xlsx", xlsx_bytes({"CSSF": rows}))
    project = projects_by_title(result)["Explosive ordnance disposal training"]
    # the superseded 2021 row is an earlier version: 2021 is the revised 900,000, and the project is not cancelled
    assert (year_money(project, 2021), year_money(project, 2022), project["status"]) == (
        900_000,
        1_000_000,
        "ongoing",
    )
    assert issues_saying(result, "taken for an earlier version, not loaded")


def test_a_printed_pages_repeated_header_keeps_a_programmes_components_together(tmp_path):
    header = (
        "№ з/п;Назва програми / проєкту;Бенефіціар;Загальний бюджет, євро;Фінансування у 2021 р., євро;Статус"
    )
    text = "\n".join(
        [
            header,
            "1;Програма «EU4Police»;НПУ;20 000 000,00;5 000 000,00;триває",
            "1.1;    Компонент 1.1. Сервісна модель поліції;НПУ;9 000 000,00;2 000 000,00;триває",
            "1.2;    Компонент 1.2. Підготовка поліцейських;НПУ;6 000 000,00;1 800 000,00;триває",
            ";;;;;",
            ";;;;Сторінка 1 з 2;",
            header,
            "1.3;    Компонент 1.3. Аналітична спроможність;НПУ;2 500 000,00;700 000,00;триває",
            "2;Підтримка ДСНС (EU4Resilience);ДСНС;4 000 000,00;700 000,00;заплановано",
        ]
    )
    result = text_build(tmp_path, "eu_print.csv", text)
    projects = projects_by_title(result)
    # the component after the page break is programme 1's ("1.3"), not programme 2's: 1's remainder is 2,500,000
    assert projects["Підтримка ДСНС (EU4Resilience)"]["amount"] == 4_000_000
    assert projects["Програма «EU4Police»"]["amount"] == 2_500_000
    assert year_money(projects["Програма «EU4Police»"], 2021) == 500_000


def test_cells_wrapped_onto_the_next_row_as_a_pdf_converter_leaves_them(tmp_path):
    rows = [
        ["No.", "Project title", "Beneficiary", "Implementer", "Period", "Total budget", "CY 2021", "Status"],
        [
            "1.",
            "Border security equipment for the State Border Guard",
            "SBGS",
            "INL through",
            "2020–2022",
            "$3,250,000",
            "$1,250,000",
            "Ongoing",
        ],
        [None, "Service (non-lethal)", None, "IOM", None, None, None, None],
        [
            "2.",
            "Forensic laboratory modernization of the Expert",
            "MIA",
            "INL / DOJ",
            "2018–2021",
            "$2,100,000",
            "$300,000",
            "Ongoing",
        ],
        [None, "Service of the MIA", None, "ICITAP", None, None, None, None],
    ]
    result = file_build(tmp_path, "inl_from_pdf.xlsx", xlsx_bytes({"Table 1": rows}))
    projects = projects_by_title(result)
    assert sorted(projects) == [
        "Border security equipment for the State Border Guard Service (non-lethal)",
        "Forensic laboratory modernization of the Expert Service of the MIA",
    ]
    assert (
        projects["Border security equipment for the State Border Guard Service (non-lethal)"]["implementer"]
        == "INL through IOM"
    )


def test_a_cards_half_years_written_a_column_right_of_its_labels(tmp_path):
    card = [
        ["РЕЄСТРАЦІЙНА КАРТКА ПРОЄКТУ / PROJECT REGISTRATION CARD"],
        [],
        ["Назва проєкту / Project title", None, "Обладнання для піротехнічних підрозділів ДСНС"],
        ["Донор / Donor", None, "Уряд Канади"],
        ["Бенефіціар / Beneficiary", None, "Державна служба України з надзвичайних ситуацій"],
        ["Строк реалізації / Implementation period", None, "2020 – 2022"],
        ["Статус / Status", None, "Триває (завершення – грудень 2022 р.)"],
        ["Валюта / Currency", None, "CAD"],
        ["Загальний бюджет / Total budget", None, "950 000,00"],
        ["Розподіл фінансування за півріччями / Funding by half-year"],
        [None, "І півріччя 2021 р. / H1 2021", "300 000,00"],
        [None, "ІІ півріччя 2021 р. / H2 2021", "250 000,00"],
        [None, "І півріччя 2022 р. / H1 2022", "—"],
    ]
    merged = ["A3:B3", "A4:B4", "A5:B5", "A6:B6", "A7:B7", "A8:B8", "A9:B9"]
    result = file_build(tmp_path, "canada_cards.xlsx", xlsx_bytes({"Картка 1": card}, {"Картка 1": merged}))
    project = projects_by_title(result)["Обладнання для піротехнічних підрозділів ДСНС"]
    # the half-years give 2021 (300,000 + 250,000); the status keeps its bracket whole ("… – грудень 2022 р.)")
    assert (year_money(project, 2021), project["status"]) == (550_000, "ongoing")


# --- set ZA: official forms and annexes --------------------------------------------------------------------------


def test_a_numbered_status_section_and_a_figure_in_millions_with_three_decimals(tmp_path):
    text = "\n".join(
        [
            ";Інформація про проєкти МТД ДМС;;;;;",
            ';"(обсяги МТД – млн євро)";;;;;',
            "№ з/п;Назва проєкту;Донор;Строк реалізації;Загальний обсяг МТД, млн євро;у т.ч. на 2021 рік, млн євро",
            "1.;Проєкти, що реалізуються;;;;",
            "1.1;Протидія нелегальній міграції;Європейський Союз;2020–2023 рр.;3,60;1,15",
            "1.2;Цифровізація адміністративних послуг ДМС;Німеччина;з 01.07.2020 по 30.06.2022;0,85;0,425",
            "2.;Проєкти, що плануються до реалізації;;;;",
            "2.1;Розвиток навчального центру ДМС;Королівство Швеція;2022–2023 рр.;0,50;0,00",
        ]
    )
    result = text_build(tmp_path, "dms.csv", text, "cp1251")
    projects = projects_by_title(result)
    # "1. | Проєкти, що реалізуються" says the status of the rows under it (no programme of theirs)
    assert {t: p["status"] for t, p in projects.items()} == {
        "Протидія нелегальній міграції": "ongoing",
        "Цифровізація адміністративних послуг ДМС": "ongoing",
        "Розвиток навчального центру ДМС": "planned",
    }
    # "0,425" million euro is 425,000 (not 0.42 million)
    assert year_money(projects["Цифровізація адміністративних послуг ДМС"], 2021) == 425_000


def test_components_filled_with_the_programmes_donor_take_its_currency(tmp_path):
    rows = [
        ["(тис. одиниць валюти, зазначеної у графі 4)"],
        ["№ з/п", "Назва проєкту", "Донор", "Валюта", "Період реалізації", "2020 рік", "2021 рік", "Усього"],
        [
            "1.",
            "Посилення охорони кордону: мобільні патрульні групи",
            "Європейський Союз",
            "євро",
            "2020–2022 рр.",
            450,
            1200,
            2500,
        ],
        [None, "в т.ч.: закупівля патрульних автомобілів", None, None, None, 300, 800, 1600],
        [None, "          навчання персоналу прикордонних застав", None, None, None, 150, 400, 900],
    ]
    result = file_build(tmp_path, "dpsu.xlsx", xlsx_bytes({"Додаток 3": rows}))
    projects = projects_by_title(result)
    # the components are the projects (they add up); each in the programme's euro, not without a currency
    assert {p["currency"] for p in projects.values()} == {"EUR"}
    assert sum(year_money(p, 2021) for p in projects.values()) == 1_200_000


def test_a_measure_column_giving_each_rows_figure_total_then_years(tmp_path):
    rows = [
        ["(тыс. единиц валюты, указанной в графе 6)"],
        [
            "№ п/п",
            "Наименование проекта",
            "Донор",
            "Срок реализации",
            "Статус",
            "Валюта",
            "Показатель",
            "Сумма, тыс.",
        ],
        [
            "1.",
            "Реформирование военного образования НГУ",
            "Правительство Канады",
            "2019–2022 гг.",
            "реализуется",
            "канад. долл.",
            "Всего по проекту",
            2000,
        ],
        [None, None, None, None, None, None, "в т.ч. 2020 г. и ранее", 900],
        [None, None, None, None, None, None, "в т.ч. 2021 г.", 600],
        [None, None, None, None, None, None, "в т.ч. 2022–2023 гг.", 500],
        [
            "2.",
            "Защита личного состава НГУ от COVID-19",
            "США (USAID)",
            "2020–2021 гг.",
            "реализуется",
            "долл. США",
            "Всего по проекту",
            750,
        ],
        [None, None, None, None, None, None, "в т.ч. 2020 г. и ранее", 450],
        [None, None, None, None, None, None, "в т.ч. 2021 г.", 300],
        [None, None, None, None, None, None, "в т.ч. 2022–2023 гг.", "—"],
    ]
    merged = [f"{c}{a}:{c}{a + 3}" for a in (3, 7) for c in "ABCDEF"]
    result = file_build(
        tmp_path, "svedeniya.xlsx", xlsx_bytes({"Приложение 1": rows}, {"Приложение 1": merged})
    )
    projects = projects_by_title(result)
    # two projects, not eight: the rows under each total give its years
    assert sorted(projects) == [
        "Защита личного состава НГУ от COVID-19",
        "Реформирование военного образования НГУ",
    ]
    canada = projects["Реформирование военного образования НГУ"]
    assert (canada["amount"], year_money(canada, 2021), year_money(canada, 2020)) == (
        2_000_000,
        600_000,
        900_000,
    )
    assert year_money(projects["Защита личного состава НГУ от COVID-19"], 2021) == 300_000


def test_a_table_drawn_in_box_characters(tmp_path):
    text = "\n".join(
        [
            "                                              (тис. дол. США)",
            "┌─────┬──────────────────────────────┬──────────────┬─────────────────────┐",
            "│  №  │        Назва проєкту         │     Стан     │  Обсяг МТД          │",
            "│     │                              │              ├──────────┬──────────┤",
            "│     │                              │              │ 2021 рік │  Усього  │",
            "├─────┼──────────────────────────────┼──────────────┼──────────┼──────────┤",
            "│  1. │ Розбудова системи обліку     │ реалізується │    950,0 │  2 600,0 │",
            "│     │ затриманих осіб              │              │          │          │",
            "├─────┼──────────────────────────────┼──────────────┼──────────┼──────────┤",
            "│  2. │ Офіцер громади у сільській   │ планується   │    400,0 │  1 200,0 │",
            "│     │ місцевості                   │              │          │          │",
            "└─────┴──────────────────────────────┴──────────────┴──────────┴──────────┘",
        ]
    )
    projects = projects_by_title(text_build(tmp_path, "npu_print.txt", text))
    assert {t: (p["amount"], year_money(p, 2021)) for t, p in projects.items()} == {
        "Розбудова системи обліку затриманих осіб": (2_600_000, 950_000),
        "Офіцер громади у сільській місцевості": (1_200_000, 400_000),
    }


def test_a_cards_rows_of_figures_it_cannot_place_are_a_warning(tmp_path):
    card = [
        ["CARD No. 1"],
        ["Project title", "Civil protection reform: local fire and rescue centres"],
        ["Donor", "Switzerland (SDC)"],
        ["Beneficiary", "SESU"],
        ["Duration", "2019–2022"],
        ["Total budget", "CHF 3 600 000"],
        ["Quarterly funding, thousand", "I кв. 2021", "II кв. 2021", "III кв. 2021", "IV кв. 2021"],
        [None, 300, 350, 400, 350],
    ]
    result = file_build(tmp_path, "swiss_cards.xlsx", xlsx_bytes({"Cards": card}))
    # the quarters' figures are not read: said where the analyst looks, not as an aside
    said = issues_saying(result, "hold figures: check whether they are money")
    assert said and said[0]["severity"] == "warning"


# --- the blind review of round 65's rules (35 cases) -------------------------------------------------------------


def test_a_footnote_letter_is_no_multiplier():
    from mtd_analysis.ingest.values import parse_amount

    # "b)" after a figure is a note's letter, not "billion"; "2 b" still is
    assert parse_amount("1 200 b)").value == 1200
    assert parse_amount("2 b").value == 2_000_000_000


def test_a_total_amount_beside_an_earlier_years_amount(tmp_path):
    text = "\n".join(
        [
            "Project Name,Implementer,Total Amt,Amt CY20,Cur",
            "Police canine unit development,ICITAP,450000,450000,USD",
            "SES hazardous materials response,INL,700000,300000,USD",
        ]
    )
    projects = projects_by_title(text_build(tmp_path, "inl_cy20.csv", text))
    # "Total Amt" is the amount; "Amt CY20" is 2020's, and gives no 2021 figure
    response = projects["SES hazardous materials response"]
    assert (response["amount"], year_money(response, 2020), year_money(response, 2021)) == (
        700_000,
        300_000,
        None,
    )


def test_figures_under_a_payers_group_with_their_labels_left_below(tmp_path):
    rows = [
        ["UK-funded technical assistance to the MIA sector, 2021 (FCDO / CSSF)"],
        ["Project", "Implementer", "Funding by source (GBP thousand)", None, "Total (GBP thousand)"],
        [None, None, "FCDO bilateral", "CSSF", None],
        ["Strengthening the National Police cybercrime unit", "Crown Agents", 150, "–", 150],
        ["Mine action: SES capacity building", "HALO Trust", "–", 200, 200],
        ["Anti-corruption in the State Border Guard Service", "Crown Agents", 300, 100, 400],
    ]
    merged = {"UK": ["C2:D2", "A1:E1", "B2:B3", "A2:A3", "E2:E3"]}
    projects = projects_by_title(file_build(tmp_path, "uk.xlsx", xlsx_bytes({"UK": rows}, merged)))
    assert {p["partner"] for p in projects.values()} == {"UK"}
    assert projects["Anti-corruption in the State Border Guard Service"]["amount"] == 400_000


def test_a_measure_rows_span_of_years_is_spread_over_them(tmp_path):
    rows = [
        ["№ п/п", "Наименование проекта", "Донор", "Показатель", "Сумма, тыс. евро"],
        [1, "Поддержка реформы ГПСУ (EU4IBM)", "ЕС", "Всего по проекту", 5000],
        [None, None, None, "в т.ч. 2020 г. и ранее", 2000],
        [None, None, None, "в т.ч. 2021 г.", 1500],
        [None, None, None, "в т.ч. 2022–2023 гг.", 1500],
        [2, "Развитие гражданской защиты", "ЕС", "Всего по проекту", 2400],
        [None, None, None, "в т.ч. 2020 г. и ранее", 0],
        [None, None, None, "в т.ч. 2021 г.", 800],
        [None, None, None, "в т.ч. 2022–2023 гг.", 1600],
    ]
    merged = {"Форма 3": [f"{c}{a}:{c}{a + 3}" for a in (2, 6) for c in "ABC"]}
    projects = projects_by_title(file_build(tmp_path, "forma3.xlsx", xlsx_bytes({"Форма 3": rows}, merged)))
    ibm = projects["Поддержка реформы ГПСУ (EU4IBM)"]
    # the total stands; "2022–2023" is spread over its two years by their days (365 each)
    assert ibm["amount"] == 5_000_000
    assert [year_money(ibm, y) for y in (2020, 2021, 2022, 2023)] == [2_000_000, 1_500_000, 750_000, 750_000]
