"""Reading cells column by column (:mod:`mtd_analysis.ingest.cells`) reads every cell as the per-cell parsers do.

The oracle is the per-cell path: :func:`clean_text`, :func:`parse_date`, :func:`parse_amount` and
:func:`parse_currency` called on each cell alone. Columns are generated messy on purpose (mixed types,
blanks, formulas written as text, dates written as text in three languages, decimal commas, unusual
spaces), so that the column-wise fast paths and their fallbacks both run. A few cells are also checked
against values written by hand.
"""

from __future__ import annotations

import datetime as dt
import math
import random

import pytest

from mtd_analysis.ingest import projects
from mtd_analysis.ingest.cells import (
    Failed,
    _plain,
    amount_column,
    clean_column,
    date_column,
    raw_columns,
    starts_with,
    text_column,
)
from mtd_analysis.ingest.read import Grid
from mtd_analysis.ingest.values import (
    _UNUSUAL_SPACE,
    ValueProblem,
    clean_text,
    parse_amount,
    parse_currency,
    parse_date,
)

NBSP = "\u00a0"

#: Cells a partner's column can hold, by kind; a generated column draws from several kinds.
MESSY = {
    "blank": [None, "", "   ", NBSP, "\t"],
    "text": [
        "Border crossing points",
        "  Mobile groups ",
        f"Training{NBSP}of police",
        "two  spaces",
        "line\nbreak",
        "Навчання поліції",
        "\ufeffBOM title",
        "Radio\u200bnetwork",
        "#org",
        "# not a tag",
    ],
    "formula": ["=SUM(A1:A3)", "+380 44 123 45 67", "-5000", "@user", "= 1+2", "=", "-"],
    "number": [
        0.0,
        -0.0,
        1.0,
        2021.0,
        450000.0,
        1250000.5,
        -5.0,
        44256.0,
        42794.0,
        7,
        2021,
        0,
        float("nan"),
        float("inf"),
        True,
        False,
        10**20,
        1e300,
    ],
    "date": [
        dt.date(2021, 3, 1),
        dt.date(1999, 1, 1),
        dt.date(2045, 1, 1),
        dt.datetime(2021, 3, 1, 9, 30),
        dt.datetime(2021, 12, 31),
        dt.datetime(1990, 5, 5, 1, 2),
    ],
    "date text": [
        "01.03.2021",
        "2021-03-01",
        "03/04/2021",
        "03/14/2021",
        "2021",
        "Q3 2021",
        "15 March 2021",
        "March 2021",
        "1 квітня 2021 р.",
        "березня 2021",
        "1 апреля 2021",
        "в марте 2021",
        "31.02.2021",
        "ongoing",
        "безстроково",
        "2021-2022",
        "Q3 2021 – Q2 2022",
        "soon",
        "н/д",
        "-",
        "1999",
    ],
    "amount text": [
        "1 250 000,00",
        f"1{NBSP}250{NBSP}000,00",
        "1,250,000.00",
        "1250,50",
        "450.000",
        "€300k",
        "USD 450,000",
        "EUR 700 000",
        "$1.2m",
        "1,5 млн євро",
        "3 млн грн",
        "-5000",
        "(5000)",
        "n/a",
        "?",
        "EUR 5 USD 6",
        "1 2 3",
        "lots",
        "0",
    ],
    "currency": ["EUR", " eur ", "€", "дол. США", "грн", "UAH.", "XYZ", "ZAR", "euro", "Budget in USD"],
}


def messy_column(rng: random.Random, n: int = 60) -> list:
    """A column of ``n`` cells drawn from two to five kinds of :data:`MESSY`."""
    kinds = rng.sample(sorted(MESSY), rng.randint(2, 5))
    return [rng.choice(MESSY[rng.choice(kinds)]) for _ in range(n)]


def clean_only(rng: random.Random, kind: str, n: int = 60) -> list:
    """A column of one kind, the shape the fast paths take without falling back."""
    return [rng.choice(MESSY[kind]) for _ in range(n)]


def per_cell(parse, values: list) -> list:
    """The oracle: ``parse`` on each cell alone, its problem (or other exception) in the cell's place."""
    out = []
    for v in values:
        try:
            out.append(parse(v))
        except ValueProblem as exc:
            out.append(exc)
        except Exception as exc:  # noqa: BLE001 - compared with the column's Failed cells
            out.append(Failed(exc))
    return out


def comparable(outcome):
    """An outcome as something ``==`` compares exactly: problems by their sentence, floats by their repr."""
    if isinstance(outcome, ValueProblem):
        return ("problem", outcome.message, outcome.severity, outcome.kind)
    if isinstance(outcome, Failed):
        return ("failed", type(outcome.exception).__name__, str(outcome.exception))
    if isinstance(outcome, float):
        return ("float", repr(outcome))
    if isinstance(outcome, tuple):
        return tuple(comparable(v) for v in outcome)
    return (type(outcome).__name__, outcome)


def same(column_wise: list, cell_by_cell: list) -> None:
    assert [comparable(v) for v in column_wise] == [comparable(v) for v in cell_by_cell]


COLUMNS = [messy_column(random.Random(seed)) for seed in range(300)] + [
    clean_only(random.Random(seed), kind) for seed, kind in enumerate(sorted(MESSY))
]


# ----------------------------------------------------------------------------------------------- one column
@pytest.mark.parametrize("values", COLUMNS)
def test_clean_column_is_clean_text_of_each_cell(values):
    same(clean_column(values), [clean_text(v) for v in values])


@pytest.mark.parametrize("values", COLUMNS)
@pytest.mark.parametrize(
    ("end", "date1904", "order"), [(False, False, None), (True, False, "mdy"), (False, True, "dmy")]
)
def test_date_column_is_parse_date_of_each_cell(values, end, date1904, order):
    expected = per_cell(lambda v: parse_date(v, end=end, date1904=date1904, order=order), values)
    same(date_column(values, end=end, date1904=date1904, order=order), expected)


@pytest.mark.parametrize("values", COLUMNS)
def test_amount_column_is_parse_amount_of_each_cell(values):
    def pair(v):
        a = parse_amount(v)
        return None if a is None else (a.value, a.currency)

    same(amount_column(values), per_cell(pair, values))


@pytest.mark.parametrize("values", COLUMNS)
def test_text_column_is_the_parser_on_each_cell(values):
    expected = per_cell(lambda v: None if v is None else parse_currency(v), values)
    same(text_column(parse_currency, values), expected)


def test_hand_written_cells():
    # written out from the text of each cell
    assert clean_column([f" 1{NBSP}250 ", "two  spaces", "a\nb", None, "  ", 2021.0, 1.5, dt.date(2021, 3, 1)]) == [
        "1 250", "two spaces", "a b", None, None, "2021", "1.5", "2021-03-01"]  # fmt: skip
    starts = date_column(
        ["1 квітня 2021 р.", "15 March 2021", "1 апреля 2021", dt.datetime(2021, 3, 1, 9, 30)]
    )
    assert starts == [dt.date(2021, 4, 1), dt.date(2021, 3, 15), dt.date(2021, 4, 1), dt.date(2021, 3, 1)]
    assert date_column(["2021", "Q3 2021"], end=True) == [dt.date(2021, 12, 31), dt.date(2021, 9, 30)]
    assert amount_column(["1 250,50", 450000.0, "€300k", None]) == [
        (1250.5, None), (450000.0, None), (300000.0, "EUR"), None]  # fmt: skip
    negative = amount_column([-0.0, -5.0])
    assert math.copysign(1, negative[0][0]) == -1 and negative[1].message == "amount -5 is negative"


def test_one_problem_per_distinct_text_is_kept_in_every_cell_that_holds_it():
    cells = date_column(["soon", "01.03.2021", "soon"])
    assert cells[1] == dt.date(2021, 3, 1)
    assert isinstance(cells[0], ValueProblem) and cells[0] is cells[2]


def test_plain_is_the_unusual_space_pattern():
    rng = random.Random(7)
    alphabet = ["a", " ", "  ", "\t", "\n", NBSP, "\u2009", "\u200b", "\ufeff", "\x00", "б", "\u2028"]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 6)))
        assert _plain(text) == (not _UNUSUAL_SPACE.search(text)), repr(text)


def test_starts_with_looks_at_first_characters_only():
    assert starts_with(["Title", None, "=SUM(A1)"], "=+-@")
    assert not starts_with(["a=b", "x+y", None], "=+-@")
    assert starts_with([None, "#org"], "#") and not starts_with([], "#")


def test_raw_columns_of_ragged_rows():
    rows = [["a", 1.0], ["b"], [], ["c", 2.0, "extra"]]
    assert raw_columns(rows, 2) == [
        ["a", "b", None, "c"],
        [1.0, None, None, 2.0],
        [None, None, None, "extra"],
    ]
    assert raw_columns([], 2) == [[], []]


# ----------------------------------------------------------------------------------------------- whole sheets
HEADER = ["№", "Code", "Project title", "Description", "Partner", "Implementer", "Beneficiary", "Start date",
          "End date", "Period", "Amount", "Currency", "Status", "2021", "2022"]  # fmt: skip
FIELD_KINDS = {  # the kinds each column draws most of its cells from
    0: ["blank", "number", "formula"],
    1: ["text", "formula", "blank"],
    2: ["text", "formula", "blank", "date text"],
    3: ["text", "blank", "formula"],
    4: ["text", "blank"],
    5: ["text", "blank"],
    6: ["text", "blank"],
    7: ["date", "date text", "number", "blank"],
    8: ["date", "date text", "number", "blank"],
    9: ["date text", "blank"],
    10: ["number", "amount text", "blank", "formula"],
    11: ["currency", "blank"],
    12: ["text", "blank"],
    13: ["number", "amount text", "blank"],
    14: ["number", "amount text", "blank"],
}
EXTRA = {  # whole cells that make a row something other than a project
    2: ["Total", "Разом", "Note: amounts in EUR", "у т.ч.:", "incl. Training", "Example", "Project title"],
    4: ["EU", "European Union", "ЄС", "Japan", "Уряд Японії", "UNDP"],
    6: ["НПУ; ДПСУ", "National Police", "МВС", "Unknown agency", "SBGS, NGU"],
    12: ["Ongoing", "Завершено", "planned", "скасовано"],
}


def messy_sheet(seed: int, n_rows: int = 80) -> Grid:
    """A sheet of generated rows: each cell drawn from its column's kinds (or a row-making text)."""
    rng = random.Random(seed)
    rows: list[list] = [["Donor: EU. All amounts in EUR"], [], HEADER]
    for _ in range(n_rows):
        row = []
        for col, kinds in FIELD_KINDS.items():
            if col in EXTRA and rng.random() < 0.3:
                row.append(rng.choice(EXTRA[col]))
            else:
                row.append(rng.choice(MESSY[rng.choice(kinds)]))
        if rng.random() < 0.1:
            row = row[: rng.randint(1, len(row))]  # a short row
        if rng.random() < 0.05:
            row += [None, "beyond the table"]
        if rng.random() < 0.05:
            row = [None] * len(row)
        rows.append(row)
    return Grid(f"Sheet {seed}", rows)


def per_cell_paths(monkeypatch) -> None:
    """Make the reader parse every cell alone: the column-wise functions replaced by the oracle."""
    monkeypatch.setattr(projects, "clean_column", lambda values: [clean_text(v) for v in values])
    monkeypatch.setattr(
        projects,
        "date_column",
        lambda values, *, end=False, date1904=False, order=None: per_cell(
            lambda v: parse_date(v, end=end, date1904=date1904, order=order), values
        ),
    )

    def pair(v):
        a = parse_amount(v)
        return None if a is None else (a.value, a.currency)

    monkeypatch.setattr(projects, "amount_column", lambda values: per_cell(pair, values))
    monkeypatch.setattr(
        projects,
        "text_column",
        lambda parse, values: per_cell(lambda v: None if v is None else parse(v), values),
    )


def read(grid: Grid):
    sheet = projects.sheet_projects(grid, "messy.xlsx")
    records = [
        {k: (repr(v) if isinstance(v, float) else v) for k, v in r.items() if k != "parent"}
        for r in sheet.records
    ]
    return records, sheet.issues, sheet.counts, sheet.status


@pytest.mark.parametrize("seed", range(40))
def test_a_messy_sheet_reads_the_same_column_wise_and_cell_by_cell(seed, monkeypatch):
    grid = messy_sheet(seed)
    column_wise = read(grid)
    per_cell_paths(monkeypatch)
    assert read(grid) == column_wise


@pytest.mark.parametrize("seed", range(5))
def test_rows_read_a_few_at_a_time_read_the_same(seed, monkeypatch):
    grid = messy_sheet(seed)
    all_at_once = read(grid)
    monkeypatch.setattr(projects, "_ROWS_AT_A_TIME", 7)  # the columns of 7 rows at a time
    assert read(grid) == all_at_once


def test_messy_sheets_exercise_the_problems():
    """The generated sheets are messy enough: every kind of cell problem and row outcome appears."""
    kinds, counts = set(), {"rows_loaded": 0, "rows_rejected": 0, "rows_skipped": 0}
    for seed in range(40):
        records, issues, sheet_counts, _ = read(messy_sheet(seed))
        kinds |= {(i["severity"], i["kind"]) for i in issues}
        for key in counts:
            counts[key] += sheet_counts[key]
        # reading notes are dropped; the build's own notes stay (a negative amount, kept should it be a reduction)
        assert all(
            not k.startswith("_") or k in ("_negatives", "_amount_elsewhere", "_line_words")
            for r in records
            for k in r
        )
    assert {("error", "date"), ("error", "amount"), ("error", "currency"), ("warning", "formula"),
            ("info", "total"), ("warning", "beneficiary"), ("warning", "header")} <= kinds  # fmt: skip
    assert all(counts.values())
