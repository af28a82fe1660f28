"""Money written twice (blind set AX): the agreement's own currency and an equivalent at some rate. The money is the
agreement's; the equivalent only where nothing else is given. Expected values are worked out by hand."""

from __future__ import annotations

from openpyxl import Workbook

from mtd_analysis.build import build


def _build(tmp_path, name: str, rows: list[list]):
    raw = tmp_path / "raw"
    raw.mkdir()
    if name.endswith(".csv"):
        (raw / name).write_text("\n".join(";".join(map(str, r)) for r in rows) + "\n", encoding="utf-8")
    else:
        wb = Workbook()
        for row in rows:
            wb.active.append(row)
        wb.save(raw / name)
    return build(raw, tmp_path / "out", year=2021)


def _money(result) -> dict[str, tuple[float, str]]:
    p = result.projects
    return {t: (a, c) for t, a, c in zip(p["title"], p["amount"], p["currency"], strict=True)}


def test_the_amount_in_the_original_currency_beside_its_conversion_to_usd(tmp_path):
    rows = [
        ["Project title", "Donor", "Start", "End", "Amount in original currency", "Currency", "Rate (USD per 1 unit)",
         "Amount in USD"],
        ["Identity management at the SMS", "Japan", "01.03.2021", "28.02.2022", 120000000, "JPY", 0.0092, 1104000],
        ["Trafficking investigations", "UK", "01.04.2020", "31.03.2022", 900000, "GBP", 1.385, 1246500],
        # IOM's own money, budgeted in dollars only: the dollars are the money
        ["COVID-19 prevention at SMS centres", "IOM", "01.06.2020", "31.05.2021", "", "", "", 200000],
    ]  # fmt: skip
    result = _build(tmp_path, "IOM_projects.csv", rows)
    assert _money(result) == {
        "Identity management at the SMS": (120_000_000.0, "JPY"),
        "Trafficking investigations": (900_000.0, "GBP"),
        "COVID-19 prevention at SMS centres": (200_000.0, "USD"),
    }
    assert not (result.issues["severity"] == "error").any()


def test_a_hryvnia_equivalent_is_the_money_only_where_nothing_else_is_given(tmp_path):
    rows = [
        ["Назва проєкту", "Донор", "Початок", "Кінець", "Еквівалент, грн", "Сума, USD"],
        ["Поліцейський офіцер громади", "США", "01.03.2021", "28.02.2023", 55855400, 2000000],
        # agreed in hryvnia: no dollar figure
        [
            "Обладнання ізоляторів тимчасового тримання",
            "Нідерланди",
            "01.04.2021",
            "31.03.2022",
            3150000,
            None,
        ],
    ]
    result = _build(tmp_path, "НПУ_проєкти.xlsx", rows)
    assert _money(result) == {
        "Поліцейський офіцер громади": (2_000_000.0, "USD"),
        "Обладнання ізоляторів тимчасового тримання": (3_150_000.0, "UAH"),
    }
