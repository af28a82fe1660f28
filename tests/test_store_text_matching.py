"""Finding the cells to neutralise by position in the joined column equals testing every cell."""

import random

import pandas as pd
import pytest

from mtd_analysis.store import _CR, _FORMULA, _NEUTRALISED, _text_matching

ALPHABET = ["=", "+", "-", "@", "\t", "\r", "'", "a", "б", " ", "\x00", "1"]


def _every_cell(values: pd.Series, pattern, start: bool) -> list[bool]:
    search = pattern.match if start else pattern.search
    return [isinstance(v, str) and search(v) is not None for v in values.to_numpy(dtype=object)]


def _columns(seed: int):
    rng = random.Random(seed)
    for _ in range(400):
        values = []
        for _ in range(rng.randint(1, 12)):
            k = rng.random()
            if k < 0.1:
                values.append(None)
            elif k < 0.2:
                values.append(rng.choice([-1.5, 2, float("nan")]))
            else:
                values.append("".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 5))))
        yield pd.Series(values, dtype=object)
        if all(v is None or isinstance(v, str) for v in values):
            yield pd.Series(values, dtype="string")


@pytest.mark.parametrize(("pattern", "start"), [(_FORMULA, True), (_NEUTRALISED, True), (_CR, False)])
def test_positions_find_exactly_the_matching_cells(pattern, start):
    for column in _columns(seed=2021):
        expected = _every_cell(column, pattern, start)
        found = _text_matching(column, pattern, start=start)
        assert (found.tolist() if found is not None else [False] * len(column)) == expected, column.tolist()


def test_a_formula_in_the_first_and_last_cell():
    column = pd.Series(["=1+1", "ok", "-x", "@y"], dtype=object)
    assert _text_matching(column, _FORMULA, start=True).tolist() == [True, False, True, True]
