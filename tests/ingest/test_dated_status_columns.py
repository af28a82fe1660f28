"""Two columns of one field, told apart by their dates or their content.

A table keeping a project's status at two dates ("Status" over "March 2021 | September 2021", or "Статус станом на
01.03.2021 | Статус станом на 30.09.2021"): the latest is the status, the earlier one is said and not loaded, and
neither is read as money. A money label over who pays ("Co-financing": "-" or "Switzerland 70% / Germany 30%") beside
the budget: the partner. Expected values: as written in the cells (a 70 / 30 split worked by hand)."""

from __future__ import annotations

import pytest
from openpyxl import Workbook

from mtd_analysis.build import build


def _statuses(result) -> dict[str, str]:
    return dict(zip(result.projects["title"], result.projects["status"], strict=True))


ROWS = [
    ("Community policing in Donetsk oblast", 1_200_000, "pipeline", "signed 14.06.2021"),
    ("Border patrol vehicles", 800_000, "ongoing", "cancelled (funds reallocated)"),
    ("Hotline for victims of trafficking", 300_000, "planned", "ongoing"),
]


def _two_row_header_workbook(path, later_first: bool) -> None:
    wb = Workbook()
    ws = wb.active
    months = ["September 2021", "March 2021"] if later_first else ["March 2021", "September 2021"]
    ws.append(["Project", "Budget (EUR)", "Start", "End", "Status", None])
    ws.append([None, None, None, None, *months])
    ws.merge_cells("E1:F1")
    for title, amount, march, september in ROWS:
        statuses = [september, march] if later_first else [march, september]
        ws.append([title, amount, "01.01.2021", "31.12.2021", *statuses])
    wb.save(path)


@pytest.mark.parametrize("later_first", [False, True])
def test_statuses_under_two_months_the_latest_is_read_and_none_is_money(tmp_path, later_first):
    raw = tmp_path / "raw"
    raw.mkdir()
    _two_row_header_workbook(raw / "denmark.xlsx", later_first)
    result = build(raw, tmp_path / "out", year=2021)
    statuses = _statuses(result)
    # "signed 14.06.2021", not "pipeline"
    assert statuses["Community policing in Donetsk oblast"] == "approved"
    assert statuses["Border patrol vehicles"] == "cancelled"
    assert statuses["Hotline for victims of trafficking"] == "ongoing"
    assert result.projects["amount"].tolist() == [1_200_000, 800_000, 300_000]
    issues = result.issues
    assert not issues["severity"].eq("error").any()
    earlier = issues[issues["message"].str.contains("earlier status", regex=False)]
    assert len(earlier) == 1
    assert earlier["column"].iloc[0] == ("F2" if later_first else "E2")
    assert "03.2021" in earlier["message"].iloc[0] and "09.2021" in earlier["message"].iloc[0]


@pytest.mark.parametrize(
    "labels",
    [
        ["Status (March 2021)", "Status (September 2021)"],
        ["Статус станом на 30.09.2021", "Статус станом на 01.03.2021"],
    ],
)
def test_two_status_columns_dated_in_one_header_row_the_latest_wins(one_sheet_build, labels):
    later = 1 if "September" in labels[1] else 0
    rows = [["Назва проєкту", "Бюджет, EUR", "Початок", "Кінець", *labels]]
    for title, amount, march, september in ROWS:
        statuses = [march, march]
        statuses[later] = september
        rows.append([title, amount, "01.01.2021", "31.12.2021", *statuses])
    result = one_sheet_build(rows, "poland.xlsx")
    statuses = _statuses(result)
    assert statuses["Border patrol vehicles"] == "cancelled"
    assert statuses["Hotline for victims of trafficking"] == "ongoing"
    said = result.issues[result.issues["message"].str.contains("earlier status", regex=False)]
    assert said["column"].tolist() == ["F1" if later == 0 else "E1"]


def test_two_status_columns_without_dates_keep_the_first_and_say_the_repeat(one_sheet_build):
    rows = [["Project", "Budget, EUR", "Start", "End", "Status", "Status"]]
    for title, amount, march, september in ROWS:
        rows.append([title, amount, "01.01.2021", "31.12.2021", march, september])
    result = one_sheet_build(rows, "norway.xlsx")
    assert _statuses(result)["Border patrol vehicles"] == "ongoing"  # the first: nothing says which is newer
    assert result.issues["message"].str.contains("repeats a column already read", regex=False).any()


# a money label over who pays: "Co-financing" saying "-" for most projects and the donors' shares for one, beside the
# amount ("Total budget (CHF)"). Expected: each project's budget as written; the co-funded one split 70 / 30.

COFINANCED = [
    ("Asylum procedure quality", "-", 1_800_000),
    ("Rescue units in the east", "Switzerland 70% / Germany 30%", 3_000_000),
    ("Hotline and victim referral", "-", 900_000),
]


def _money_by_partner(result) -> dict[tuple[str, str], float]:
    projects = result.projects
    return {
        (t, p): a for t, p, a in zip(projects["title"], projects["partner"], projects["amount"], strict=True)
    }


def test_a_cofinancing_label_of_shares_in_a_transposed_table_names_the_payers(workbook_build):
    rows = [
        ["Swiss Cooperation Programme: law enforcement portfolio"],
        [],
        ["Project title", *[t for t, _, _ in COFINANCED]],
        ["Implementer", "UNHCR", "Swiss Humanitarian Aid", "La Strada"],
        ["Co-financing", *[c for _, c, _ in COFINANCED]],
        ["Duration", "Jan 2021 - Dec 2021", "Jan 2021 - Dec 2021", "Jan 2021 - Dec 2021"],
        ["Total budget (CHF)", *[a for _, _, a in COFINANCED]],
        ["Status", "ongoing", "ongoing", "ongoing"],
    ]
    result = workbook_build({"Portfolio": rows}, "switzerland.xlsx")
    money = _money_by_partner(result)
    assert money == {
        ("Asylum procedure quality", "Switzerland"): 1_800_000,
        ("Rescue units in the east", "Switzerland"): 2_100_000,
        ("Rescue units in the east", "Germany"): 900_000,
        ("Hotline and victim referral", "Switzerland"): 900_000,
    }
    assert not result.issues["severity"].eq("error").any()
    assert result.issues["message"].str.contains("'Co-financing' names who pays", regex=False).any()


def test_a_cofinancing_column_of_shares_in_a_table_names_the_payers(one_sheet_build):
    rows = [["Project title", "Co-financing", "Start", "End", "Total budget (CHF)", "Status"]]
    rows += [[t, c, "01.01.2021", "31.12.2021", a, "ongoing"] for t, c, a in COFINANCED]
    money = _money_by_partner(one_sheet_build(rows, "switzerland.xlsx"))
    assert money[("Rescue units in the east", "Germany")] == 900_000
    assert money[("Asylum procedure quality", "Switzerland")] == 1_800_000
