"""A board of projects written one per cell (blind set BF, file 6): each card's first line is its title, its next
lines name its fields ("Донор: …", "Бюджет: …"), and the column it stands in (the board's lane) says its status.
Expected values by construction."""

from __future__ import annotations

from mtd_analysis.ingest.projects import cell_card

BOARD = [
    [None, "Проєкти МТД в інтересах НГУ та ДСНС — дошка статусів"],
    [None, "Кожна картка — один проєкт. Колонка, у якій стоїть картка, визначає стан проєкту."],
    [],
    [None, "РЕАЛІЗУЮТЬСЯ", None, "ГОТУЮТЬСЯ (концепція / погодження)", None, "СКАСОВАНІ / ВІДКЛИКАНІ"],
    [
        None,
        "Засоби індивідуального захисту НГУ\nДонор: Уряд Японії (через ЮНОПС)\nБюджет: 120 млн єн\n"
        "Строк: 01.09.2020 – 31.08.2021\nОтримувач: НГУ",
        None,
        "Запобігання домашньому насильству в сім'ях військовослужбовців\nДонор: ЮНФПА (власні ресурси)\n"
        "Бюджет: 95 тис. дол. США\nСтрок: 2021 рік\nОтримувач: НГУ",
        None,
        "Кінологічний центр НГУ\nДонор: Польща\nБюджет: 400 000 злотих\nСтрок: 2021–2022\nОтримувач: НГУ\n"
        "Відкликано донором 12.01.2021",
    ],
    [],
    [
        None,
        "Пожежно-рятувальні пости ДСНС\nДонор: Швеція (Sida), виконавець — ПРООН\nБюджет: 18,5 млн шведських крон\n"
        "Строк: 01.05.2021 – 30.04.2024\nОтримувач: ДСНС\nУгоду підписано 22.01.2021",
    ],
    [],
    [None, "Усього карток: 4"],
]


def test_each_card_is_a_project_with_its_lanes_status(one_sheet_build):
    result = one_sheet_build(BOARD, "board.xlsx", "Дошка")
    projects = result.projects.set_index("title")
    assert list(projects.index) == [
        "Засоби індивідуального захисту НГУ",
        "Пожежно-рятувальні пости ДСНС",
        "Запобігання домашньому насильству в сім'ях військовослужбовців",
        "Кінологічний центр НГУ",
    ]  # lane by lane, top to bottom
    assert list(projects["partner"]) == ["Japan", "Sweden", "UNFPA", "Poland"]
    assert list(projects["status"]) == ["ongoing", "ongoing", "planned", "cancelled"]
    assert list(projects["amount"]) == [120_000_000, 18_500_000, 95_000, 400_000]
    assert list(projects["currency"]) == ["JPY", "SEK", "USD", "PLN"]
    assert list(projects["start_date"]) == ["2020-09-01", "2021-05-01", "2021-01-01", "2021-01-01"]
    assert list(projects["end_date"]) == ["2021-08-31", "2024-04-30", "2021-12-31", "2022-12-31"]
    assert list(projects["beneficiaries"]) == ["NGU", "SESU", "NGU", "NGU"]
    # every value names its card's cell; the status, its lane's heading
    cells = dict(
        part.split("=") for part in projects.loc["Кінологічний центр НГУ", "source_cells"].split(";")
    )
    assert (cells["title"], cells["amount"], cells["partner"], cells["status"]) == ("F5", "F5", "F5", "F4")
    messages = " | ".join(result.issues["message"])
    assert "holds 4 projects written one per cell" in messages
    assert "not read" not in messages


def test_a_cell_of_a_title_and_one_field_or_of_fields_only_is_no_card():
    assert cell_card("Border posts\nDonor: EU\nRemark: urgent") is None  # one field only besides a remark
    assert cell_card("Budget: EUR 5 million\nDonor: EU\nPeriod: 2021") is None  # no title line
    assert cell_card("Border posts\nDonor: EU\nBeneficiary: SBGS") is None  # neither money nor dates
    title, fields, remarks = cell_card("Border posts\nDonor: EU\nBudget: EUR 1 million\nurgent")
    assert (title, fields, remarks) == (
        "Border posts",
        [("Donor", "EU"), ("Budget", "EUR 1 million")],
        ["urgent"],
    )
