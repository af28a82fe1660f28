"""A meeting's inbox (blind set AT): a partner's list and its translation sent together, a summary sheet under the
implementer's name beside a detail sheet naming the funder, and titles that wrap onto a second row after a
section's subtotal. Expected values are worked out by hand from the rows written here."""

from __future__ import annotations

from openpyxl import Workbook

from mtd_analysis.build import build


def _workbook(path, sheets: dict[str, list[list]]) -> None:
    wb = Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(path)


ENGLISH = [
    ["Ministry of Foreign Affairs of the Republic of Lithuania"],
    ["Project", "Beneficiary", "Period", "Amount (EUR)", "Status"],
    ["Capacity building of the cyber police", "National Police", "March 2021 – December 2023", 120000, "ongoing"],
    ["Study visits on border management", "SBGS", "June 2021 – November 2021", 45000, "planned"],
    ["Patrol police against domestic violence", "National Police", "January 2020 – December 2021", 80000,
     "ongoing"],
]  # fmt: skip
UKRAINIAN = [
    ["Міністерство закордонних справ Литовської Республіки"],
    ["Назва проекту", "Бенефіціар", "Період", "Сума, EUR", "Статус"],
    ["Розбудова спроможності кіберполіції", "НПУ", "з березня 2021 по грудень 2023", 120000, "реалізується"],
    ["Навчальні візити з управління кордонами", "ДПСУ", "з червня 2021 по листопад 2021", 45000, "заплановано"],
    ["Протидія домашньому насильству патрульною поліцією", "НПУ", "з січня 2020 по грудень 2021", 80000,
     "реалізується"],
]  # fmt: skip


def test_a_list_and_its_translation_are_counted_once(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    _workbook(raw / "06_Lithuania_EN.xlsx", {"Projects": ENGLISH})
    _workbook(raw / "07_Lithuania_UA.xlsx", {"Проекти": UKRAINIAN})
    result = build(raw, tmp_path / "out", year=2021)
    assert sorted(result.projects["title"]) == sorted(r[0] for r in ENGLISH[2:])
    # 2021: 120,000 × 306/1,036 days + 45,000 (planned) + 80,000 × 365/731 days
    funded = result.allocations.loc[result.allocations["year"] == 2021, "amount_eur"].sum()
    assert abs(funded - (120_000 * 306 / 1036 + 80_000 * 365 / 731)) < 0.01
    said = result.issues[result.issues["file"] == "07_Lithuania_UA.xlsx"]
    assert said["severity"].tolist() == ["warning"]
    assert "a translation, counted once, from 06_Lithuania_EN.xlsx" in said["message"].iloc[0]


def test_two_files_alike_in_money_but_not_in_every_project_are_both_counted(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    other = [row[:] for row in UKRAINIAN]
    other[4][3] = 90000  # one project's amount differs: not a translation of the English list
    _workbook(raw / "06_Lithuania_EN.xlsx", {"Projects": ENGLISH})
    _workbook(raw / "07_Lithuania_UA.xlsx", {"Проекти": other})
    result = build(raw, tmp_path / "out", year=2021)
    assert len(result.projects) == 6
    assert not result.issues["message"].str.contains("a translation", regex=False).any()


def test_a_single_project_alike_in_another_language_is_not_taken_for_a_translation(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    _workbook(raw / "06_Lithuania_EN.xlsx", {"Projects": ENGLISH[:3]})
    _workbook(raw / "07_Lithuania_UA.xlsx", {"Проекти": UKRAINIAN[:3]})
    result = build(raw, tmp_path / "out", year=2021)
    assert len(result.projects) == 2


def test_a_summary_under_the_implementers_name_and_a_detail_sheet_naming_the_funder_are_one_list(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    summary = [
        ["Project", "Beneficiary", "Total budget (EUR)", "Status"],
        ["Police training centre curriculum", "National Police", 2000000, "ongoing"],
        ["Migration data analytics", "SMS", 1350000, "under negotiation"],
        ["Total", None, 3350000, None],
    ]
    details = [
        ["Project", "Start", "End", "Budget (EUR)", "Commissioned by"],
        ["Police training centre curriculum", "01.02.2020", "31.01.2023", 2000000, "BMZ"],
        ["Migration data analytics", "01.10.2021", "30.09.2023", 1350000, "Federal Foreign Office"],
    ]
    _workbook(raw / "GIZ_projects_2021.xlsx", {"Summary": summary, "Project details": details})
    result = build(raw, tmp_path / "out", year=2021)
    projects = result.projects.set_index("title")
    assert len(projects) == 2
    assert set(projects["partner"]) == {"Germany"}
    # the status is the summary's, the dates the detail sheet's
    assert projects.loc["Migration data analytics", "status"] == "planned"
    assert projects.loc["Police training centre curriculum", "start_date"] == "2020-02-01"
    by_year = result.allocations[result.allocations["year"] == 2021]
    # 2021: 2,000,000 × 365/1,096 days funded; 1,350,000 × 92/730 days in the pipeline
    assert abs(by_year["amount_eur"].sum() - 2_000_000 * 365 / 1096) < 0.01
    assert abs(by_year["pipeline_eur"].sum() - 1_350_000 * 92 / 730) < 0.01


def test_a_title_wrapping_onto_a_second_row_after_a_sections_subtotal(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    rows = [
        ["Programme / project", "Implementer", "Duration", "Total budget (£)", "Status"],
        ["Programme: Security and Justice", None, None, None, None],
        ["Police accountability and custody oversight", "DCAF", "01.04.2021 – 31.03.2023", 850000, "Ongoing"],
        ["Subtotal Security and Justice", None, None, 850000, None],
        ["Programme: Border and Migration", None, None, None, None],
        ["Queue management for road border crossing points", "Crown Agents", "01.02.2021 – 31.01.2023", 720000,
         "Ongoing"],
        ["on the Ukraine–Poland border", None, None, None, None],
        ["TOTAL", None, None, 1570000, None],
        ["Figures as of March 2021", None, None, None, None],
    ]  # fmt: skip
    _workbook(raw / "UK_Embassy_projects.xlsx", {"CSSF": rows})
    result = build(raw, tmp_path / "out", year=2021)
    assert sorted(result.projects["title"]) == [
        "Police accountability and custody oversight",
        "Queue management for road border crossing points on the Ukraine–Poland border",
    ]


def test_a_translation_among_three_files_of_one_partner(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    other = [ENGLISH[0], ENGLISH[1], ["Mobile anti-drug teams", "National Police", "2022", 50000, "planned"]]
    _workbook(raw / "05_Lithuania_other_EN.xlsx", {"Projects": other})
    _workbook(raw / "06_Lithuania_EN.xlsx", {"Projects": ENGLISH})
    _workbook(raw / "07_Lithuania_UA.xlsx", {"Проекти": UKRAINIAN})
    _workbook(raw / "08_Lithuania_UA_again.xlsx", {"Проекти": UKRAINIAN})
    result = build(raw, tmp_path / "out", year=2021)
    # the English list once, the other list's project, and no Ukrainian copy
    assert sorted(result.projects["title"]) == sorted(
        [*(r[0] for r in ENGLISH[2:]), "Mobile anti-drug teams"]
    )
    said = result.issues[result.issues["message"].str.contains("a translation", regex=False)]
    assert sorted(said["file"]) == ["07_Lithuania_UA.xlsx", "08_Lithuania_UA_again.xlsx"]


def test_two_lists_of_grants_of_standard_sizes_are_not_taken_for_translations(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    lviv = [
        ["Donor", "Project title", "Start date", "End date", "Status", "Amount", "Currency"],
        ["USAID", "Youth civic hub in Lviv", "2021-01-01", "2021-12-31", "Completed", 25000, "USD"],
        [
            "USAID",
            "Accessible city: ramps for Lviv schools",
            "2021-01-01",
            "2021-12-31",
            "Completed",
            25000,
            "USD",
        ],
        ["USAID", "Local media literacy clubs", "2021-04-01", "2021-12-31", "Completed", 10000, "USD"],
    ]
    kharkiv = [
        ["Донор", "Назва проєкту", "Дата початку", "Дата завершення", "Статус", "Сума", "Валюта"],
        ["USAID", "Молодіжний простір у Харкові", "2021-01-01", "2021-12-31", "Завершено", 25000, "USD"],
        [
            "USAID",
            "Відкриті бюджети громад Харківщини",
            "2021-01-01",
            "2021-12-31",
            "Завершено",
            25000,
            "USD",
        ],
        ["USAID", "Психологічна підтримка ветеранів", "2021-04-01", "2021-12-31", "Завершено", 10000, "USD"],
    ]
    _workbook(raw / "usaid_small_grants_lviv.xlsx", {"Grants": lviv})
    _workbook(raw / "usaid_mali_granty_kharkiv.xlsx", {"Гранти": kharkiv})
    result = build(raw, tmp_path / "out", year=2021)
    assert len(result.projects) == 6
    assert not result.issues["message"].str.contains("a translation", regex=False).any()


def test_a_translation_read_first_gives_way_to_the_fuller_list_read_after(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    _workbook(raw / "06_Lithuania_EN.xlsx", {"Projects": ENGLISH[:4]})  # two of the three projects
    _workbook(raw / "07_Lithuania_UA.xlsx", {"Проекти": UKRAINIAN})
    result = build(raw, tmp_path / "out", year=2021)
    assert sorted(result.projects["title"]) == sorted(r[0] for r in UKRAINIAN[2:])
    said = result.issues[result.issues["message"].str.contains("a translation", regex=False)]
    assert said["file"].tolist() == ["06_Lithuania_EN.xlsx"]
