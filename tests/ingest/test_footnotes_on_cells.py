"""Notes under a table that cells point to by a mark at their end ("1 000 000¹" … "¹ Co-funding: 25 % …"), as in
blind set BF's file 8: what a note marked on a cell says is read where it can change the cell (a currency on money,
a newer status on the status cell, donors' shares on money), and said where it is not. Expected values by hand."""

from __future__ import annotations

import pandas as pd

ROWS = [
    ["Проекты МИД Германии в интересах МВД. Суммы в евро, если в сноске не указано иное."],
    [],
    ["№", "Проект", "Бенефициар", "Срок", "Финансирование 2021 г.", "Общий объем", "Статус"],
    [1, "Потенциал ГМС в сфере реадмиссии", "ГМС", "01/2021 – 12/2021", "1\u00a0000\u00a0000¹", "1\u00a0000\u00a0000¹",
     "реализуется"],
    [2, "Горячая линия по противодействию торговле людьми", "НПУ", "01/2021 – 12/2021", "300\u00a0000³",
     "300\u00a0000³", "реализуется"],
    [3, "Модернизация пункта пропуска «Краковец»", "ГПСУ", "2021 – 2023", 800_000, 2_400_000, "планируется⁴"],
    [4, "Партнерства безопасности полиции и громад", "НПУ", "2021 – 2023", "500\u00a0000⁵", 1_500_000, "одобрен⁵"],
    [5, "Мониторинг содержания под стражей", "НПУ", "07/2019 – 06/2021", "–²", 800_000, "реализуется"],
    [6, "Обучение кинологов", "ГПСУ", "2021", "90\u00a0000⁶", "90\u00a0000", "реализуется"],
    [],
    ["¹ Софинансирование: 25 % каждой указанной суммы — взнос Нидерландов (через GIZ), 75 % — средства Германии."],
    ["² Транш на 2021 г. пока не определен."],
    ["³ Сумма в долларах США (договор с МОМ заключен в USD)."],
    ["⁴ Обновление от 10.02.2021: соглашение о финансировании подписано, реализация начата."],
    ["⁵ Отменен 02.02.2021: средства перепрограммированы на проект № 3."],
    ["⁶ Предварительные данные."],
]  # fmt: skip


def test_notes_marked_on_cells_change_their_cells(one_sheet_build):
    result = one_sheet_build(ROWS, "germany.xlsx", "Проекты")
    projects = result.projects
    by_title = projects.groupby("title")
    # ¹ 25 % Netherlands, 75 % Germany: one line each, 250 000 and 750 000
    shares = dict(zip(by_title.get_group("Потенциал ГМС в сфере реадмиссии")["partner"],
                      by_title.get_group("Потенциал ГМС в сфере реадмиссии")["amount"], strict=True))  # fmt: skip
    assert shares == {"Netherlands": 250_000, "Germany": 750_000}
    one = projects.set_index("title")
    assert one.loc["Горячая линия по противодействию торговле людьми", "currency"] == "USD"  # ³
    assert one.loc["Модернизация пункта пропуска «Краковец»", "status"] == "ongoing"  # ⁴ signed, started
    assert one.loc["Партнерства безопасности полиции и громад", "status"] == "cancelled"  # ⁵
    assert (
        one.loc["Мониторинг содержания под стражей", "amount"] == 800_000
    )  # "–²": no 2021 figure, not an error
    messages = " | ".join(result.issues["message"])
    assert (
        "the note at A11 says the project is co-funded, with the donors' shares: Netherlands 25% / Germany 75%"
        in (messages)
    )
    assert "row 5: the note at A13, marked on the row's money, says it is in USD" in messages
    assert (
        "row 6: the note ⁴ (A14: 'Обновление от 10.02.2021: соглашение о финансировании подписано" in messages
    )
    assert (
        "says the project is ongoing, unlike its status cell ('планируется'): counted as ongoing" in messages
    )
    assert (
        "row 7: the note ⁵ (A15: 'Отменен 02.02.2021: средства перепрограммированы на проект № 3.')"
        in messages
    )
    assert (
        "says the project is cancelled, unlike its status cell ('одобрен'): counted as cancelled" in messages
    )
    # a note read for none of these is said at its cell; one read at another cell of the row is not said again
    assert (
        "row 9: cell E9 is marked ⁶: the note at A16 ('Предварительные данные.') is not read for values"
        in messages
    )
    assert "cell E7 is marked ⁵" not in messages and "cell E8 is marked ²" not in messages
    assert not (result.issues["severity"] == "error").any()


def test_year_cells_holding_only_a_mark_for_a_note_saying_the_years_are_not_fixed(one_sheet_build):
    rows = [
        ["Назва проєкту", "Період", "Загальний бюджет, NOK", "2021", "2022"],
        ["Патрульні катери для Морської охорони", "01.01.2021 – 31.12.2022", 20_000_000, "*", "*"],
        [],
        ["* Розподіл за роками ще не затверджено - вказано лише загальний бюджет."],
    ]
    result = one_sheet_build(rows, "norway.xlsx")
    project = result.projects.iloc[0]
    # no year's figure: the total is spread over the period, and the note explains the marks (nothing to warn)
    assert project["amount"] == 20_000_000 and pd.isna(project["yearly_amounts"])
    messages = " | ".join(result.issues["message"])
    assert "holds no number" not in messages and "is marked" not in messages


def test_shares_said_in_a_notes_second_clause_by_nationality(one_sheet_build):
    rows = [
        ["Project", "Start", "End", "Total, DKK"],
        ["Joint Nordic Support to Border Crossing Points*", "01.01.2021", "31.12.2021", 12_000_000],
        [],
        ["* Joint Nordic budget shown in full; Danish share 60%, Swedish share 40% (Sida funds)."],
    ]
    result = one_sheet_build(rows, "Denmark_projects.xlsx")
    lines = dict(zip(result.projects["partner"], result.projects["amount"], strict=True))
    assert lines == {"Denmark": 7_200_000, "Sweden": 4_800_000}  # 60 % and 40 % of 12 000 000
