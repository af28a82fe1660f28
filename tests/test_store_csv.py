"""The build folder's CSV serialiser writes exactly what pandas' to_csv writes (issue 18)."""

from __future__ import annotations

import random

import numpy as np
import pandas as pd
import pytest

from mtd_analysis.store import csv_text, read_table, write_csv

_PIECES = [
    "a",
    "Б",
    "є",
    " ",
    ",",
    '"',
    "\n",
    "\r",
    ";",
    "=1+2",
    "'",
    "0",
    "001",
    "-",
    "€",
    "None",
    "nan",
    "\t",
    "\x00",  # the serialiser joins a column's cells with NUL: a NUL inside a cell must not mislead it
    ", ,",
]


def _text(rng):
    return "".join(rng.choices(_PIECES, k=rng.randint(0, 6)))


def _float(rng):
    return rng.choice(
        [0.0, -0.0, 0.1, 1 / 3, 1e-05, 1e16, 123456789.125, 2.5e-300, float("nan"), rng.random() * 1e6]
    )


def _frame(rng, rows):
    """A frame of every column type the build writes, with awkward values."""
    return pd.DataFrame(
        {
            "text": pd.Series([None if rng.random() < 0.1 else _text(rng) for _ in range(rows)], dtype="str"),
            "mixed, object": pd.Series(
                [
                    rng.choice(
                        [None, np.nan, pd.NA, 1, 2.5, np.float64(0.1), True, "x,y", (1, 2), _text(rng)]
                    )
                    for _ in range(rows)
                ],
                dtype=object,
            ),
            "float": [_float(rng) for _ in range(rows)],
            "int": [rng.randint(-(10**12), 10**12) for _ in range(rows)],
            "nullable": pd.array(
                [None if rng.random() < 0.3 else rng.randint(0, 3000) for _ in range(rows)], dtype="Int64"
            ),
            "flag": [rng.random() < 0.5 for _ in range(rows)],
            'say "hi"': pd.Series([_text(rng) for _ in range(rows)], dtype=object),
        }
    )


@pytest.mark.parametrize("seed", range(20))
def test_csv_text_is_what_to_csv_writes(seed):
    rng = random.Random(seed)
    frame = _frame(rng, rng.choice([0, 1, 2, 7, 200]))
    assert csv_text(frame) == frame.to_csv(index=False, lineterminator="\n")


def test_csv_text_of_other_shapes_is_what_to_csv_writes():
    frames = [
        pd.DataFrame(),
        pd.DataFrame({"only": ["", None, "x"]}),  # one column: an empty cell is written ""
        pd.DataFrame({"a": ["", ""], "b": [None, None]}),
        pd.DataFrame({"when": pd.to_datetime(["2021-01-01", None]), "n": [1, 2]}),  # written by pandas
        pd.DataFrame({"c": pd.Categorical(["x", None]), "f": pd.array([0.5, None], dtype="Float64")}),
        pd.DataFrame([[1, 2]], columns=["same", "same"]),
        pd.DataFrame({1: ["a"], 2.5: ["b"]}),
    ]
    for frame in frames:
        assert csv_text(frame) == frame.to_csv(index=False, lineterminator="\n")


def test_write_csv_round_trips_through_read_table(tmp_path):
    frame = pd.DataFrame(
        {"project_id": ["001", 'A,"B"'], "amount": [1250000.0, np.nan], "source_row": [5, 6]}
    )
    path = write_csv(frame, tmp_path / "projects.csv")
    assert path.read_bytes() == b'project_id,amount,source_row\n001,1250000.0,5\n"A,""B""",,6\n'
    back = read_table(tmp_path, "projects.csv")
    assert back["project_id"].tolist() == ["001", 'A,"B"']
    assert back["amount"].isna().tolist() == [False, True]


@pytest.mark.parametrize("rows", [1, 7, 1000])
def test_a_table_written_in_parts_is_the_table_written_whole(rows):
    from mtd_analysis.store import csv_parts, neutralise_formulas

    frame = _frame(random.Random(rows), 50)
    whole = neutralise_formulas(frame).to_csv(index=False, lineterminator="\n").encode("utf-8")
    parts = list(csv_parts(frame, rows=rows))
    assert len(parts) == -(-50 // rows) and b"".join(parts) == whole
    empty = frame.iloc[:0]
    assert b"".join(csv_parts(empty, rows=rows)) == empty.to_csv(index=False, lineterminator="\n").encode()


@pytest.mark.parametrize("seed", range(40))
def test_written_text_is_neutralise_formulas_then_to_csv(seed):
    """Formulas are neutralised in the scan that finds the cells to quote: the bytes of neutralising first."""
    from mtd_analysis.store import csv_parts, neutralise_formulas

    rng = random.Random(1000 + seed)
    frame = _frame(rng, rng.choice([1, 2, 7, 200]))
    if seed % 4 == 0:  # text at the first cell of a column and in columns of one piece each
        frame.iloc[0, 0] = rng.choice(["=1", "'=x", "\t", "-", "\r=", "+"])
        frame["formulas"] = pd.Series([rng.choice(_PIECES[9:]) for _ in range(len(frame))], dtype="str")
    expected = neutralise_formulas(frame).to_csv(index=False, lineterminator="\n").encode("utf-8")
    assert b"".join(csv_parts(frame, rows=rng.choice([1, 3, 1000]))) == expected
