"""Projects written as prose (round 47).

Found by partner files written blind (sets CE and CN): an agency's letter listing its projects as numbered paragraphs
("1. | Проєкт «…» (донор – Уряд Японії, виконавець – ПРООН). Загальний бюджет – 2,5 млн. дол. США, у тому числі на
2021 рік – 900 тис. дол. США. …"), a file of two columns, a title and a paragraph about it, and a table whose
"Финансирование и статус" column holds a sentence. Nothing of them had been read, and the first project under a
"№" column had been taken for the header's second line. The expected values are the figures the sentences give,
worked out by hand beside each test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mtd_analysis.ingest.amounts import money_in_prose, period_in_prose
from mtd_analysis.ingest.columns import find_header, match_field


def _said(result, words: str) -> list[dict]:
    return [i for i in result.issues.to_dict("records") if words in i["message"]]


def _by_title(result) -> dict[str, dict]:
    return {r["title"]: r for r in result.projects.to_dict("records")}


LETTER = [
    ["ДЕРЖАВНА СЛУЖБА УКРАЇНИ З НАДЗВИЧАЙНИХ СИТУАЦІЙ", None],
    ["Інформація щодо стану реалізації проєктів міжнародної технічної допомоги", None],
    [None, "Відповідно до листа МВС від 14.10.2021 № 18542/41-2021 ДСНС інформує про таке."],
    ["1.", "Проєкт «Підтримка гуманітарного розмінування» (донор – Уряд Японії, виконавець – Програма розвитку ООН). "
           "Загальний бюджет – 2,5 млн. дол. США, у тому числі на 2021 рік – 900 тис. дол. США. Термін реалізації: "
           "2020–2022 рр. Стан реалізації: отримано 4 машини, проєкт триває."],
    ["2.", "Проєкт «Оснащення підрозділів швидкого реагування» (донор – Уряд Республіки Польща). Бюджет – "
           "2 400 000 злотих,"],
    [None, "термін реалізації – протягом 2021 року. Обладнання передано підрозділам у вересні 2021 року."],
    ["3.", "Проєкт «Центр підготовки водолазів» (донор – Уряд Чеської Республіки). Бюджет – 3,6 млн. чеських крон, "
           "термін – 2021–2022 рр. Проєкт скасовано донором у квітні 2021 року."],
    [None, "Заступник Голови ДСНС"],
]  # fmt: skip


def test_a_letters_numbered_paragraphs_are_read_as_projects(one_sheet_build):
    result = one_sheet_build(LETTER, "dsns_lyst.xlsx", "Інформація")
    got = _by_title(result)
    assert set(got) == {"Підтримка гуманітарного розмінування", "Оснащення підрозділів швидкого реагування",
                        "Центр підготовки водолазів"}  # fmt: skip
    demining = got["Підтримка гуманітарного розмінування"]
    assert (demining["partner"], demining["implementer"]) == ("Japan", "UNDP")
    assert (demining["amount"], demining["currency"]) == (2_500_000, "USD")
    assert (demining["start_date"], demining["end_date"]) == ("2020-01-01", "2022-12-31")
    assert demining["yearly_amounts"] == "2021=900000"
    assert demining["status"] == "ongoing"
    equipment = got["Оснащення підрозділів швидкого реагування"]  # its paragraph goes on in the row below
    assert (equipment["partner"], equipment["amount"], equipment["currency"]) == ("Poland", 2_400_000, "PLN")
    assert (equipment["start_date"], equipment["end_date"]) == ("2021-01-01", "2021-12-31")
    divers = got["Центр підготовки водолазів"]
    assert (divers["partner"], divers["status"], divers["amount"]) == ("Czechia", "cancelled", 3_600_000)
    assert (divers["start_date"], divers["end_date"]) == ("2021-01-01", "2022-12-31")
    # each value named at its paragraph's cell, the title too
    assert "B4" in demining["source_cells"] and demining["source_row"] == 4
    assert _said(result, "3 projects written as paragraphs")[0]["severity"] == "warning"


def test_the_2021_part_a_paragraph_gives_is_the_projects_2021_money(one_sheet_build, eur_per_unit):
    result = one_sheet_build(LETTER, "dsns_lyst.xlsx", "Інформація")
    demining = _by_title(result)["Підтримка гуманітарного розмінування"]["project_id"]
    alloc = result.allocations[result.allocations.project_id.eq(demining) & result.allocations.year.eq(2021)]
    assert alloc.amount_eur.sum() == pytest.approx(900_000 * eur_per_unit(result, 2021, "USD"), rel=1e-6)


def test_a_title_beside_a_paragraph_about_it_is_a_project(one_sheet_build):
    rows = [
        ["Назва проєкту", "Інформація про проєкт"],
        ["Захист прав жінок", "Донор – Швейцарська Конфедерація (SDC). Виконавець – ГО «Ла Страда-Україна». Загальний "
                              "бюджет 1 800 000 швейцарських франків на 2020–2023 рр. У 2021 р. заплановано 450 тис. "
                              "CHF. Проєкт триває."],
        ["Електронна черга", "Пропозицію подано на розгляд донора (Посольство Швейцарії в Україні). Орієнтовна вартість "
                             "700 000 швейцарських франків, реалізація у 2022 році."],
        ["Спорядження водолазів", "Міністерство закордонних справ Норвегії; 15 млн норвезьких крон: 5 млн у 2021 р. "
                                  "та 10 млн у 2022 р. Угоду підписано."],
        ["Контактна особа: Департамент міжнародного співробітництва МВС", None],
    ]  # fmt: skip
    got = _by_title(one_sheet_build(rows, "informatsiia.xlsx"))
    assert set(got) == {"Захист прав жінок", "Електронна черга", "Спорядження водолазів"}
    women = got["Захист прав жінок"]
    assert (women["partner"], women["amount"], women["currency"], women["status"]) == (
        "Switzerland",
        1_800_000,
        "CHF",
        "ongoing",
    )
    assert (women["start_date"], women["end_date"], women["yearly_amounts"]) == (
        "2020-01-01",
        "2023-12-31",
        "2021=450000",
    )
    queue = got["Електронна черга"]
    assert (queue["partner"], queue["status"], queue["start_date"]) == (
        "Switzerland",
        "planned",
        "2022-01-01",
    )
    divers = got["Спорядження водолазів"]
    assert (divers["partner"], divers["status"], divers["yearly_amounts"]) == (
        "Norway",
        "approved",
        "2021=5000000;2022=10000000",
    )


def test_one_paragraph_is_no_letter_of_projects(one_sheet_build):
    rows = [["1.", "Проєкт «Катери» (донор – ЄС). Бюджет – 2 400 000 євро, термін – 2021–2022 рр."]]
    result = one_sheet_build(rows, "one.xlsx")
    assert result.projects.empty
    assert _said(result, "holds no project table")


def test_a_sentence_in_the_money_and_status_column_gives_money_period_and_status(one_sheet_build):
    rows = [
        ["№", "Проект", "Донор / источник финансирования", "Финансирование и статус"],
        [1, "Мобильные консультационные пункты", "ОБСЕ, унифицированный бюджет",
         "Общий бюджет – 420 000 евро (2020–2022 гг.), из них на 2021 год предусмотрено 150 000 евро. Проект "
         "реализуется."],
        [2, "Кинологическая служба ГПСУ", "Внебюджетный проект ОБСЕ, финансируется Правительством Норвегии",
         "Бюджет: 275 000 евро. Сроки: с 1 июня 2021 г. по 31 мая 2022 г. Соглашение с донором подписано."],
        [3, "Видеонаблюдение в ИВС", "ОБСЕ, унифицированный бюджет",
         "Проект был отменён в апреле 2021 г. На 2021 год планировалось 90 000 евро."],
    ]  # fmt: skip
    result = one_sheet_build(rows, "obse.xlsx")
    got = _by_title(result)
    assert set(got) == {
        "Мобильные консультационные пункты",
        "Кинологическая служба ГПСУ",
        "Видеонаблюдение в ИВС",
    }
    points = got["Мобильные консультационные пункты"]
    assert (points["amount"], points["currency"], points["yearly_amounts"]) == (420_000, "EUR", "2021=150000")
    assert (points["start_date"], points["end_date"], points["status"]) == (
        "2020-01-01",
        "2022-12-31",
        "ongoing",
    )
    dogs = got["Кинологическая служба ГПСУ"]
    assert (dogs["partner"], dogs["amount"], dogs["status"]) == ("Norway", 275_000, "approved")
    assert (dogs["start_date"], dogs["end_date"]) == ("2021-06-01", "2022-05-31")
    assert got["Видеонаблюдение в ИВС"]["status"] == "cancelled"
    assert _said(result, "the amount cell is a sentence")
    assert _said(result, "the money cell's sentence gives its period")


def test_the_first_numbered_project_is_no_second_line_of_the_header():
    rows = [
        ["№", "Проект", "Донор / источник финансирования", "Мероприятия", "Финансирование и статус"],
        [
            1,
            "Мобильные консультационные пункты (проект № 2200112)",
            "ОБСЕ, унифицированный бюджет",
            "• 12 мобильных консультационных пунктов; • обучение 300 сотрудников полиции",
            "Общий бюджет – 420 000 евро (2020–2022 гг.), из них на 2021 год предусмотрено 150 000 евро.",
        ],
    ]
    header = find_header(rows)
    assert (header.first_row, header.row) == (0, 0)
    numbered_columns = [["№", "Проект", "Донор", "Сума"], [1, 2, 3, 4], [1, "Катери", "ЄС", 100_000]]
    assert find_header(numbered_columns).row in (
        0,
        1,
    )  # a row numbering the columns may still join the header


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Загальний бюджет – 2,5 млн. дол. США, у тому числі на 2021 рік – 900 тис. дол. США.",
         (2_500_000, "USD", {2021: 900_000})),
        ("Финансирование: 1 500 000 канадских долларов на 2020–2022 гг., из них 600 000 – в 2021 году.",
         (1_500_000, "CAD", {2021: 600_000})),
        ("Бюджет 1 800 000 CHF на 2020–2023 рр.", (1_800_000, "CHF", {})),  # a span of years is no year's part
        ("EUR 300,000 for equipment and EUR 200,000 for training", None),
    ],
)  # fmt: skip
def test_money_in_a_sentence_and_its_years_parts(text, expected):
    assert money_in_prose(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Бюджет – 3,6 млн. чеських крон, термін – 2021–2022 рр.", (dt.date(2021, 1, 1), dt.date(2022, 12, 31))),
        ("Бюджет – півтора мільйона гривень. Термін – II півріччя 2021 року.",
         (dt.date(2021, 7, 1), dt.date(2021, 12, 31))),
        ("Общий бюджет – 420 000 евро (2020–2022 гг.)", (dt.date(2020, 1, 1), dt.date(2022, 12, 31))),
        ("реалізація у 2022 році на 5 пунктах пропуску", (dt.date(2022, 1, 1), dt.date(2022, 12, 31))),
        ("Trained 2021 officers in 12 regions", None),
    ],
)  # fmt: skip
def test_a_period_in_a_sentence(text, expected):
    assert period_in_prose(text) == expected


def test_a_label_of_money_and_status_is_the_money():
    assert match_field("Финансирование и статус").field == "amount"
    assert match_field("Funding and status").field == "amount"
    assert match_field("Status and remarks").field != "amount"


def test_a_note_naming_the_project_of_an_item_withdrawn_cancels_it(one_sheet_build):
    rows = [
        ["№", "Назва проєкту", "Донор", "Термін", "Сума"],
        ["1.", "Катери", "ЄС", "2021 р.", "1 000 000 євро"],
        ["2.", "Паспортне обладнання", "Латвія", "2021 р.",
         "4 500 000,00 грн. (чотири мільйони п'ятсот тисяч гривень 00 коп.)"],
        ["Примітка: проєкт, зазначений у п. 2, відкликано донором (лист від 15.06.2021 № 2-4/318); кошти не надходили."],
    ]  # fmt: skip
    result = one_sheet_build(rows, "dms.xlsx")
    got = _by_title(result)
    assert got["Паспортне обладнання"]["status"] == "cancelled"
    assert (got["Паспортне обладнання"]["amount"], got["Паспортне обладнання"]["currency"]) == (
        4_500_000,
        "UAH",
    )
    assert got["Катери"]["status"] != "cancelled"
    assert _said(result, "says project № 2 is cancelled")


def test_a_comment_revising_the_budget_to_a_sum_with_its_currency_first_gives_the_amount(one_sheet_build):
    rows = [
        ["Ref", "Project", "Start", "End", "Total budget (GBP)", "Status", "Comments"],
        ["UA-104", "Mobile response teams", dt.date(2020, 7, 1), dt.date(2021, 6, 30), 320_000, "Ongoing",
         "Total budget revised to GBP 400,000 (amendment of March 2021); 50 mobile teams trained."],
        ["UA-105", "Demining units", dt.date(2021, 1, 1), dt.date(2021, 12, 31), 700_000, "Ongoing",
         "Number of trainees increased to 120."],
    ]  # fmt: skip
    result = one_sheet_build(rows, "cssf.xlsx")
    got = _by_title(result)
    assert got["Mobile response teams"]["amount"] == 400_000
    assert got["Demining units"]["amount"] == 700_000
    assert _said(result, "changes the amount from 320,000.00 to 400,000.00")


def test_an_undated_total_keeps_the_years_part_its_own_cell_gives(one_sheet_build):
    rows = [
        ["Project", "Donor", "Funding and status"],
        [
            "Border posts",
            "EU",
            "Total budget EUR 400,000, of which EUR 150,000 for 2021. The project is ongoing.",
        ],
        ["Boats", "EU", "Budget EUR 90,000 for 2021, signed."],
    ]
    got = _by_title(one_sheet_build(rows, "eu.xlsx"))
    posts = got["Border posts"]
    assert (posts["amount"], posts["yearly_amounts"], posts["status"]) == (400_000, "2021=150000", "ongoing")
    assert (got["Boats"]["amount"], got["Boats"]["status"]) == (90_000, "approved")
