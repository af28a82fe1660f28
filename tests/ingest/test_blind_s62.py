"""Layouts found by partner files written blind in round 62 (sets UA "everyday tables whose headers use wordings
nobody anticipated", UB "mixtures: three or four everyday difficulties in each file").

Each test writes the few lines or cells that matter, as the partner's file had them, and checks the reading against
figures worked out by hand beside it.
"""

from __future__ import annotations

import pytest
from blind_helpers import file_build, issues_saying, projects_by_title, text_build, xlsx_bytes, year_money

from mtd_analysis.ingest.columns import match_field
from mtd_analysis.ingest.layouts import _leading_status
from mtd_analysis.ingest.partners import canonical_partner
from mtd_analysis.ingest.values import ValueProblem, parse_amount, parse_status


def _xlsx(rows: list[list], merged: list[str] = (), name: str = "Sheet") -> bytes:
    """A workbook of one sheet of the given rows, with cells merged as given."""
    return xlsx_bytes({name: rows}, {name: list(merged)})


_year = year_money


# --- headers ----------------------------------------------------------------------------------------------------------


def test_a_funding_envelope_with_its_currency_is_the_money_and_the_provider_the_donor(tmp_path):
    rows = [
        ["All amounts in EUR"],
        [],
        [
            "Funding envelope (EUR)",
            "Name of the action",
            "Allocated 2021",
            "Timeline",
            "Current state",
            "Provider",
        ],
        [9500000, "Integrated border management support", 2600000, "01/2020 – 12/2023", "ongoing", "EU"],
        [4200000, "Forensic laboratories modernisation", 1350000, "07/2019 – 06/2022", "ongoing", "EU"],
    ]
    result = file_build(tmp_path, "eu.xlsx", _xlsx(rows))
    projects = projects_by_title(result)
    ibm = projects["Integrated border management support"]
    assert (ibm["partner"], ibm["amount"], _year(ibm, 2021)) == ("EU", 9_500_000, 2_600_000)
    assert projects["Forensic laboratories modernisation"]["amount"] == 4_200_000
    assert not issues_saying(result, "is read as partner from its header")


def test_a_word_like_a_donors_beside_a_currency_is_money_but_a_donor_column_stays_the_donor():
    assert (match_field("Funding pot (EUR)").field, match_field("Funding pot (EUR)").currency) == (
        "amount",
        "EUR",
    )
    assert match_field("Funding envelope").field == "amount"
    assert match_field("Aid provider").field == "partner"
    assert match_field("Provider").field is None  # a contractor as often as a donor: read by its content
    assert match_field("Service provider").field == "implementer"
    assert match_field("Donor").field == "partner"


def test_planned_and_used_in_a_year_head_that_years_money(tmp_path):
    for label, year in (
        ("Планується у 2021 р.", 2021),
        ("Планируется в 2021 г.", 2021),
        ("Освоєно у 2020 р.", 2020),
        ("Освоено в 2020 г.", 2020),
    ):
        m = match_field(label)
        assert (m.field, m.year) == ("yearly", year), label
    text = (
        "Захід\tДжерело фінансування\tОбсяг фінансування\tВалюта\tОсвоєно у 2020 р.\tПланується у 2021 р.\tПеріод\n"
        "Центри безпеки громад\tУряд Швейцарії\t1 800 000,00\tCHF\t450 000,00\t600 000,00\t2019–2022\n"
        "Пошук і рятування в завалах\tMSB (Швеція)\t12 500 000,00\tSEK\t3 000 000,00\t4 500 000,00\t2020–2022\n"
    )
    result = text_build(tmp_path, "dsns.tsv", text)
    projects = projects_by_title(result)
    centres = projects["Центри безпеки громад"]
    # the 2021 column as written, not 1 800 000 spread over four years
    assert (_year(centres, 2020), _year(centres, 2021)) == (450_000, 600_000)
    usar = projects["Пошук і рятування в завалах"]
    assert (usar["partner"], _year(usar, 2021)) == ("Sweden", 4_500_000)


# --- statuses ---------------------------------------------------------------------------------------------------------


def test_a_running_projects_rating_and_a_programme_cycles_phase_are_statuses():
    assert [
        parse_status(t) for t in ("On track", "Behind schedule", "At risk", "Delivery", "Implementation")
    ] == ["ongoing"] * 5
    assert parse_status("Design phase") == "planned"
    assert parse_status("Inception phase") == "ongoing"  # started: its first months
    assert parse_status("Closed") == "completed"


def test_a_column_of_phases_under_an_unknown_header_is_read_as_the_status(tmp_path):
    text = (
        "Progress,What we fund,Funding source,Commitment (USD),Planned for calendar year 2021 (USD),Start,Duration\n"
        'On track,Patrol police field coaching,INL,"$4,800,000","$1,600,000",Oct 2019,36 months\n'
        'On track,Border surveillance equipment,INL,"$2,350,000","$900,000",Jan 2020,24 months\n'
        'Completed,Forensic DNA laboratory,INL,"$1,100,000",$0,Mar 2018,30 months\n'
        'Pipeline (awaiting notification),NCO academy support,INL,"$3,000,000","$500,000",Sep 2021,36 months\n'
    )
    result = text_build(tmp_path, "inl.csv", text)
    statuses = {t: p["status"] for t, p in projects_by_title(result).items()}
    assert statuses == {
        "Patrol police field coaching": "ongoing",
        "Border surveillance equipment": "ongoing",
        "Forensic DNA laboratory": "completed",
        "NCO academy support": "planned",
    }


def test_a_status_said_last_in_a_remark_and_an_opener_with_the_word_after_it():
    assert _leading_status("Extended to 12.2022; ongoing") == "ongoing"
    assert _leading_status("впроваджує GIZ; триває") == "ongoing"
    assert _leading_status("Extended to 12.2022; training ongoing") is None  # a part of the project
    assert _leading_status("Tender cancelled; ongoing") is None  # the clauses say two statuses
    assert _leading_status("очікує реєстрації") == "planned"
    assert _leading_status("ожидает регистрации в Минэкономики") == "planned"
    assert _leading_status("Скасовано навчальний візит до Литви") is None


def test_a_cancelled_project_whose_years_are_zero_keeps_its_budget(tmp_path):
    text = (
        "Мероприятие;Источник финансирования;Сроки;Общий бюджет;Валюта;2020 (факт);2021 (план);Текущее состояние\n"
        "Видеонаблюдение на КПВВ;Европейский Союз;01.2021-12.2021;1000000;EUR;0;0;отменено (средства перенаправлены)\n"
        "Правовая помощь лицам без гражданства;Норвегия;01.2021-12.2021;450000;USD;0;0;реализуется\n"
    )
    result = text_build(tmp_path, "un.csv", text)
    projects = projects_by_title(result)
    cancelled = projects["Видеонаблюдение на КПВВ"]
    assert (cancelled["status"], cancelled["amount"], _year(cancelled, 2021)) == ("cancelled", 1_000_000, 0)
    assert issues_saying(result, "is kept as the budget it had")
    # a running project whose years say no money and whose total says some: the years win, said as before
    assert projects["Правовая помощь лицам без гражданства"]["amount"] == 0
    assert issues_saying(result, "the yearly amounts are used and the total is taken as their sum")


# --- who pays, and in which currency ----------------------------------------------------------------------------------


def test_a_donors_heading_naming_its_ministry_is_a_heading_not_another_sectors_row(tmp_path):
    rows = [
        ["Project", "Beneficiary", "Currency", "2021", "Total", "Remarks"],
        ["DENMARK (Ministry of Foreign Affairs / DANIDA)"],
        ["Anti-corruption in the National Police", "NPU", "DKK", 5_500_000, 12_500_000, "Ongoing"],
        ["SWEDEN (Sida)"],
        ["Gender-responsive policing", "NPU", "SEK", 9_000_000, 24_000_000, "Ongoing"],
    ]
    result = file_build(tmp_path, "nordic.xlsx", _xlsx(rows, ["A2:F2", "A4:F4"]))
    projects = projects_by_title(result)
    assert projects["Anti-corruption in the National Police"]["partner"] == "Denmark"
    assert projects["Gender-responsive policing"]["partner"] == "Sweden"
    assert not issues_saying(result, "another sector's project")


def test_a_row_paid_in_euros_and_hryvnias_as_its_currency_cell_says_is_a_project_in_each(tmp_path):
    rows = [
        ["Обсяг, всього", "у т.ч. 2021", "Валюта", "Захід", "Донор"],
        ["250 000 EUR + 1 000 000 UAH", "100 000 EUR + 400 000 UAH", "EUR, UAH", "Обмін досвідом", "Литва"],
        ["300 000 EUR + 2 000 000 UAH", "100 000 EUR", "EUR", "Обладнання для ДПСУ", "Польща"],
    ]
    result = file_build(tmp_path, "lt.xlsx", _xlsx(rows))
    lines = result.projects[result.projects.title.eq("Обмін досвідом")]
    by_currency = {r["currency"]: r for r in lines.to_dict("records")}
    assert set(by_currency) == {"EUR", "UAH"}
    assert (by_currency["EUR"]["amount"], _year(by_currency["EUR"], 2021)) == (250_000, 100_000)
    assert (by_currency["UAH"]["amount"], _year(by_currency["UAH"], 2021)) == (1_000_000, 400_000)
    assert {r["partner"] for r in by_currency.values()} == {"Lithuania"}
    # a currency cell naming one currency: the hryvnia is Ukraine's co-financing, as before
    poland = result.projects[result.projects.title.eq("Обладнання для ДПСУ")]
    assert list(poland.currency) == ["EUR"] and list(poland.amount) == [300_000]


def test_a_rows_money_in_columns_of_two_currencies_under_one_code_is_not_sent_twice(tmp_path):
    text = (
        "Project ID\tTitle\tStart\tEnd\tStatus\tCY2021 USD\tTotal USD\tCY2021 UAH\tTotal UAH\n"
        "INL-0412\tPatrol academy support\t2019-10-01\t2022-09-30\tOngoing\t1,250,000\t4,000,000\t\t\n"
        "INL-0480\tCommunity policing small grants\t2020\t2022\tongoing\t300,000\t750,000\t2,800,000\t6,500,000\n"
    )
    result = text_build(tmp_path, "inl.tsv", text)
    lines = result.projects[result.projects.title.eq("Community policing small grants")]
    by_currency = {r["currency"]: r for r in lines.to_dict("records")}
    assert (by_currency["USD"]["amount"], _year(by_currency["USD"], 2021)) == (750_000, 300_000)
    assert (by_currency["UAH"]["amount"], _year(by_currency["UAH"], 2021)) == (6_500_000, 2_800_000)
    assert sorted(lines.project_id) == ["INL-0480", "INL-0480-uah"]
    assert not issues_saying(result, "sent twice")
    assert not issues_saying(result, "is already used by")


# --- set UC: wide trackers, numbers that are not the money -----------------------------------------------------------


def test_a_marked_columns_currency_said_last_in_its_footnote(tmp_path):
    rows = [
        ["Бюро INL — перелік проєктів МТД у системі МВС"],
        [],
        ["№", "Сума*", "у т.ч. 2021**", "Назва проєкту", "Навчено осіб", "Курс, грн/USD", "Статус"],
        [1, 5600000, 1450000, "Патрульна поліція: навчальні центри", 2850, 27.95, "Реалізується"],
        [2, 650000, 650000, "Академія патрульної поліції", 0, 27.95, "Реалізується"],
        [],
        ["* Сума — загальний обсяг фінансування проєкту (зобов'язання INL за угодою), дол. США."],
        ["** Плановий обсяг фінансування на 2021 календарний рік, дол. США."],
    ]
    result = file_build(tmp_path, "inl.xlsx", _xlsx(rows))
    projects = projects_by_title(result)
    centres = projects["Патрульна поліція: навчальні центри"]
    assert (centres["currency"], centres["amount"], _year(centres, 2021)) == ("USD", 5_600_000, 1_450_000)
    assert projects["Академія патрульної поліції"]["currency"] == "USD"
    assert not issues_saying(result, "has no currency")


def test_of_them_for_a_year_is_that_years_part():
    m = match_field("з них на 2021 р., тис.")
    assert (m.field, m.year, m.scale) == ("yearly", 2021, 1000.0)
    assert (match_field("из них 2021").field, match_field("из них 2021").year) == ("yearly", 2021)
    assert match_field("Фінансування з 2021").field != "yearly"  # from 2021: no one year's money


def test_a_bare_partner_column_beside_the_funding_source_is_the_implementer(tmp_path):
    rows = [
        ["№", "Партнер", "Источник финансирования", "Наименование проекта", "Сумма, тыс. евро", "Статус"],
        [
            1,
            "ОБСЕ (Координатор проектов)",
            "Унифицированный бюджет ОБСЕ",
            "Реформа полиции",
            1150,
            "Реализуется",
        ],
        [
            2,
            "ОБСЕ (Координатор проектов)",
            "Внебюджетный взнос Канады",
            "Противодействие торговле людьми",
            780,
            "Реализуется",
        ],
        [3, "Совет Европы", "План действий Совета Европы", "Права человека в полиции", 1600, "Реализуется"],
    ]
    result = file_build(tmp_path, "osce.xlsx", _xlsx(rows))
    who = {t: (p["partner"], p["implementer"]) for t, p in projects_by_title(result).items()}
    assert who["Противодействие торговле людьми"] == ("Canada", "OSCE")
    assert who["Реформа полиции"] == ("OSCE", "OSCE")
    assert who["Права человека в полиции"][0] == "Council of Europe"
    assert projects_by_title(result)["Реформа полиции"]["amount"] == 1_150_000


# --- set UD: small files typed in a hurry -----------------------------------------------------------------------------


def test_whole_units_marked_after_a_sum_are_no_minus():
    assert parse_amount("450 000,-").value == 450_000
    assert parse_amount("1.200.000,- EUR") == parse_amount("EUR 1 200 000")
    assert parse_amount("300,=").value == 300
    with pytest.raises(ValueProblem, match="negative"):
        parse_amount("250,000-")  # a reduction as SAP writes it: still negative


def test_donors_names_cut_short():
    assert [
        canonical_partner(n) for n in ("нім. уряд", "Brit. Emb.", "Норв.", "Нидерл.", "Gov. of Japan")
    ] == [
        "Germany",
        "UK",
        "Norway",
        "Netherlands",
        "Japan",
    ]
    assert canonical_partner("вик.") == "вик."  # a status cut short names no donor
    assert canonical_partner("нем. правительство") == "Germany"


def test_an_untitled_row_for_another_agency_under_a_project_is_its_part(tmp_path):
    text = (
        "Назва проєкту;Донор;Отримувач;Бюджет всього, EUR;у т.ч. 2021, EUR;Статус;Термін реалізації\n"
        "Цифровізація міграційних процедур;ГИЗ;ДМС;800 000;250 000;виконується;01.07.2020 - 30.06.2022\n"
        ";;ДПСУ;400 000;150 000;;\n"
        "Психологічна підтримка працівників ДСНС;Німеччина;ДСНС;450 000,-;30 000,-;завершено;01.04.2020 - 31.01.2021\n"
    )
    result = text_build(tmp_path, "giz.csv", text)
    projects = projects_by_title(result)
    assert len(result.projects) == 2
    digital = projects["Цифровізація міграційних процедур"]
    # 800 000 + 400 000 and 250 000 + 150 000: the project's parts for the SMS and the SBGS
    assert (digital["amount"], _year(digital, 2021)) == (1_200_000, 400_000)
    assert set(digital["beneficiaries"].split(";")) == {"SMS", "SBGS"}
    assert issues_saying(result, "the part for it of the project above")
    support = projects["Психологічна підтримка працівників ДСНС"]
    assert (support["amount"], _year(support, 2021)) == (450_000, 30_000)
    assert not issues_saying(result, "has no project title or code")


# --- set UE: one project over several rows ----------------------------------------------------------------------------


def test_a_year_column_and_its_years_money_beside_the_total(tmp_path):
    text = (
        "No.;Project title;Commissioning party;Beneficiary;Year;Annual amount (EUR);Total project budget (EUR);Status\n"
        "1;Police Reform Support;BMZ;NPU;2020;400 000;1 500 000;ongoing\n"
        ";;;;2021;600 000;;\n"
        ";;;;2022;500 000;;\n"
        "2;Mine action capacity;German Federal Foreign Office;SES;2021;500 000;1 800 000;planned\n"
        "3;Rescue equipment;German Federal Foreign Office;SES;2021;750 000;750 000;planned\n"
    )
    result = text_build(tmp_path, "giz.csv", text)
    projects = projects_by_title(result)
    assert len(result.projects) == 3
    reform = projects["Police Reform Support"]
    assert (reform["amount"], _year(reform, 2020), _year(reform, 2021), _year(reform, 2022)) == (
        1_500_000,
        400_000,
        600_000,
        500_000,
    )
    mines = projects["Mine action capacity"]  # one year given: the total stands, the rest in its other years
    assert (mines["amount"], _year(mines, 2021)) == (1_800_000, 500_000)
    assert issues_saying(result, "gives only a year (2021) and its money")
    assert not issues_saying(result, "has no project title or code")


def test_a_years_rows_under_a_total_merged_over_them(tmp_path):
    rows = [
        [
            "№",
            "Назва проекту",
            "Бенефіціар",
            "Рік",
            "Сума за рік, канад. дол.",
            "Загальний бюджет проекту, канад. дол.",
        ],
        [1, "Підтримка реформи НГУ", "НГУ", 2020, 1_000_000, 3_600_000],
        [None, None, None, 2021, 1_400_000, None],
        [None, None, None, 2022, 1_200_000, None],
        [2, "Розмінування", "ДСНС", 2021, 300_000, 300_000],
    ]
    merged = ["A2:A4", "B2:B4", "C2:C4", "F2:F4"]
    result = file_build(tmp_path, "ca.xlsx", _xlsx(rows, merged))
    projects = projects_by_title(result)
    assert len(result.projects) == 2
    ngu = projects["Підтримка реформи НГУ"]
    assert (ngu["amount"], _year(ngu, 2021), _year(ngu, 2022)) == (3_600_000, 1_400_000, 1_200_000)


def test_agency_rows_adding_up_to_the_project_are_its_breakdown_and_others_its_parts(tmp_path):
    text = (
        "№;Назва проекту;Отримувач;Загальна вартість, тис. дол. США;Обсяг на 2021 рік, тис. дол. США;Термін;Стан\n"
        "1;Реформа підготовки поліції;МВС (всього);2 000,0;800,0;2020–2023;реалізується\n"
        ";;НПУ;1 200,0;500,0;;\n"
        ";;НГУ;500,0;200,0;;\n"
        ";;ДСНС;300,0;100,0;;\n"
        "2;Протидія торгівлі людьми;ДПСУ;600,0;250,0;2020–2023;реалізується\n"
        ";;ДМС;400,0;150,0;;\n"
    )
    result = text_build(tmp_path, "inl.csv", text)
    projects = projects_by_title(result)
    assert len(result.projects) == 2
    reform = projects["Реформа підготовки поліції"]  # 1 200 + 500 + 300 = 2 000: its breakdown, counted once
    assert (reform["amount"], _year(reform, 2021)) == (2_000_000, 800_000)
    assert len(issues_saying(result, "breaking the project above down by agency")) == 3
    trafficking = projects["Протидія торгівлі людьми"]  # 400 is no breakdown of 600: the SMS's part, added
    assert (trafficking["amount"], _year(trafficking, 2021)) == (1_000_000, 400_000)


def test_a_line_of_a_projects_money_in_another_currency_is_its_own_money(tmp_path):
    rows = [
        ["#", "Project", "Beneficiary", "Period", "Currency", "Total", "2021", "Status"],
        [1, "Danish-Ukrainian Partnership for Police Reform", "NPU", "2019-2022", "DKK", 15_000_000, 6_000_000,
         "Ongoing"],
        [None, "incl. USD part", None, None, "USD", 500_000, 200_000, None],
        [2, "Anti-corruption in the MIA system", "MIA", "2020-2022", "DKK", 3_000_000, 1_000_000, "Ongoing"],
        [],
        ["Note: 'incl. USD part' rows show funding provided in USD, additional to the DKK amount."],
    ]  # fmt: skip
    result = file_build(tmp_path, "dk.xlsx", _xlsx(rows))
    lines = result.projects[result.projects.title.eq("Danish-Ukrainian Partnership for Police Reform")]
    by_currency = {r["currency"]: r for r in lines.to_dict("records")}
    assert (by_currency["DKK"]["amount"], _year(by_currency["DKK"], 2021)) == (15_000_000, 6_000_000)
    assert (by_currency["USD"]["amount"], _year(by_currency["USD"], 2021)) == (500_000, 200_000)
    assert issues_saying(result, "both are counted, each in its own currency")
    assert not issues_saying(result, "is already used by")


def test_a_second_donors_row_under_a_project_when_that_donor_has_a_project_of_its_own(tmp_path):
    text = (
        '№,Проект,Донор,Бенефициар,"Вклад донора, USD","в т.ч. 2021, USD",Период,Статус\n'
        '1,Верховенство права на востоке Украины,Дания,"НПУ, ГСЧС","1,800,000","700,000",2019-2022,реализуется\n'
        ',,Швеция,,"1,200,000","500,000",,\n'
        '2,Служба экстренной помощи 112,Япония,ГСЧС,"900,000","300,000",2020-2022,реализуется\n'
        '3,Гендерно-ориентированная работа полиции,Швеция,НПУ,"350,000",0,2018-2020,завершен\n'
        ",Итого по донорам,,,,,,\n"
        ',,Швеция,,"1,550,000","500,000",,\n'
    )
    result = text_build(tmp_path, "undp.csv", text)
    p = result.projects
    rule_of_law = p[p.title.eq("Верховенство права на востоке Украины")].set_index("partner")
    # Sweden's line of project 1 (a project of Sweden's own follows, under Japan's): its own money, counted
    assert rule_of_law.loc["Denmark", "amount"] == 1_800_000
    assert rule_of_law.loc["Sweden", "amount"] == 1_200_000
    # the summary by donor under the projects is no line of the last project
    assert sorted(p[p.partner.eq("Sweden")].amount) == [350_000, 1_200_000]


# --- set UG: the donor's contribution and the project's cost ----------------------------------------------------------


def test_a_named_donors_share_of_the_total_cost_is_applied(tmp_path):
    rows = [
        ["№", "Назва проєкту", "Отримувач", "Період реалізації",
         "Загальна вартість проєкту (з урахуванням співфінансування), канад. дол.", "Частка Канади, %", "Статус"],
        [1, "Підтримка реформування поліції", "НПУ", "04.2019 – 03.2024", 12_500_000, "80%", "реалізується"],
        [2, "Навчання інструкторів поліції", "НПУ", "лютий – листопад 2021", 640_000, "62,5%", "реалізується"],
    ]  # fmt: skip
    result = file_build(tmp_path, "canada.xlsx", _xlsx(rows))
    projects = projects_by_title(result)
    assert projects["Підтримка реформування поліції"]["amount"] == 10_000_000  # 12 500 000 × 80 %
    assert projects["Навчання інструкторів поліції"]["amount"] == 400_000  # 640 000 × 62,5 %
    assert match_field("Доля финансирования Германии, %").field == match_field("Частка донора, %").field


def test_the_donors_own_money_over_the_projects_cost_for_the_total_and_the_year(tmp_path):
    rows = [
        ["№ з/п", "Найменування проєкту", "Донор", "Строк реалізації", "Загальна вартість проєкту",
         "у т.ч. кошти донора", "кошти держбюджету (співфінансування)", "План на 2021 рік", None, "Стан"],
        [None, None, None, None, None, None, None, "всього", "у т.ч. кошти донора", None],
        [1, "Охорона морської ділянки кордону", "Японія", "2020–2022", 84_600, 78_000, 6_600, 33_400, 31_200,
         "реалізується"],
    ]  # fmt: skip
    merged = ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:E2", "F1:F2", "G1:G2", "H1:I1", "J1:J2"]
    result = file_build(tmp_path, "dpsu.xlsx", _xlsx(rows, merged))
    sea = projects_by_title(result)["Охорона морської ділянки кордону"]
    assert (sea["amount"], _year(sea, 2021)) == (
        78_000,
        31_200,
    )  # the donor's, not the cost with co-financing


def test_a_donors_contribution_in_a_year_and_the_projects_cost_in_a_year():
    assert (
        match_field("Внесок донора у 2021 році").field,
        match_field("Внесок донора у 2021 році").year,
    ) == (
        "yearly",
        2021,
    )
    assert match_field("Общая стоимость проекта в 2021 г.").year == 2021
    assert match_field("Total project cost").field == "amount"


def test_zlotys_and_swiss_francs_cut_short():
    assert parse_amount("1 150 000 зл.").currency == "PLN"
    assert parse_amount("650 тыс. шв. фр.") == parse_amount("650 000 CHF")


# --- mends after a blind review of the round's rules (136 cases) ------------------------------------------------------


def test_a_total_counting_people_or_events_is_no_money():
    assert match_field("Обсяг усього (осіб)").field is None
    assert match_field("Объем, всего (мероприятий)").field is None
    assert match_field("Обсяг, всього").field == "amount"


def test_a_ratings_words_after_it_may_say_another_status():
    assert parse_status("Off track – closed early") == "completed"
    assert parse_status("Delayed (not yet started)") != "ongoing"
    assert parse_status("At risk (procurement)") == "ongoing"


def test_a_status_said_last_about_a_phase_or_a_change_asked_for_is_not_the_projects():
    assert _leading_status("Друга фаза (обладнання) з 2022 р.; планується") is None
    assert _leading_status("Procurement finished; training to follow; completed") is None
    assert _leading_status("No-cost extension requested; approved") is None
    assert (
        _leading_status("Розширення на 3 області у 2022 р.; планується") is None
    )  # the expansion is planned
    assert _leading_status("Extended to 12.2022; ongoing") == "ongoing"


def test_a_hryvnia_sum_said_to_be_ukraines_co_funding_stays_apart(tmp_path):
    rows = [
        ["Обсяг, всього", "у т.ч. 2021", "Валюта", "Захід", "Донор"],
        [
            "250 000 EUR + 1 000 000 UAH (співфінансування МВС)",
            "100 000 EUR",
            "EUR, UAH",
            "Обмін досвідом з Литвою",
            "ЄС",
        ],
    ]
    result = file_build(tmp_path, "eu.xlsx", _xlsx(rows))
    assert list(result.projects.currency) == ["EUR"] and list(result.projects.amount) == [250_000]
    text = (
        "Donor,Project title,Beneficiary,Start,End,Amount,Currency\n"
        'EU,Service centres,SMS,01.01.2021,31.12.2022,250 000 EUR + 1 000 000 UAH (national co-financing),"EUR, UAH"\n'
    )
    inkind = text_build(tmp_path / "inkind", "eu.csv", text)
    assert list(inkind.projects.currency) == ["EUR"] and list(inkind.projects.amount) == [250_000]


def test_agency_rows_under_a_project_said_to_be_the_whole_are_its_breakdown_even_when_short(tmp_path):
    text = (
        "№;Назва проекту;Отримувач;Загальна вартість, USD;Термін;Стан\n"
        "1;Реформа підготовки поліції;МВС (всього);1 000 000;2020–2023;реалізується\n"
        ";;НПУ;600 000;;\n"
        ";;ДПСУ;300 000;;\n"
        "2;Кінологічна служба;ДПСУ;500 000;2021–2022;реалізується\n"
        ";;ДМС;200 000;;\n"
    )
    result = text_build(tmp_path, "inl.csv", text)
    projects = projects_by_title(result)
    assert projects["Реформа підготовки поліції"]["amount"] == 1_000_000  # 600 + 300 of the whole: not added
    assert projects["Кінологічна служба"]["amount"] == 700_000  # the SMS's part, added


def test_a_line_giving_the_projects_equivalent_in_another_currency_is_not_counted_again(tmp_path):
    rows = [
        ["#", "Project", "Beneficiary", "Period", "Currency", "Total", "Status"],
        [1, "Maritime border surveillance", "SBGS", "2020-2022", "NOK", 9_000_000, "Ongoing"],
        [None, "incl. USD equivalent (approx.)", None, None, "USD", 1_050_000, None],
    ]
    result = file_build(tmp_path, "no.xlsx", _xlsx(rows))
    assert list(result.projects.currency) == ["NOK"] and list(result.projects.amount) == [9_000_000]
    assert issues_saying(result, "as an equivalent")


def test_a_matrix_and_its_flat_list_count_each_project_once(tmp_path):
    matrix = [
        ["Донор / направление", "Пограничная безопасность", "Незаконная миграция"],
        ["ЕС", "Проект «Усиление контроля на границе» – 1,5 млн евро (2021: 0,5 млн евро)", "–"],
        [
            "США",
            "–",
            "Проект «Биометрическая регистрация мигрантов» (INL) – 0,9 млн долл. США (2021: 0,3 млн долл. США)",
        ],
    ]
    listed = [
        ["№", "Донор", "Проект", "Бюджет", "2021 г."],
        [1, "ЕС", "Усиление контроля на границе", "1,5 млн евро", "0,5 млн евро"],
        [2, "США", "Биометрическая регистрация мигрантов", "0,9 млн долл. США", "0,3 млн долл. США"],
    ]
    result = file_build(tmp_path, "matrix.xlsx", xlsx_bytes({"Матрица": matrix, "Список": listed}))
    p = result.projects
    assert sorted(zip(p.partner, p.amount, strict=True)) == [("EU", 1_500_000), ("USA", 900_000)]
    assert len(issues_saying(result, "the same project as")) == 2
