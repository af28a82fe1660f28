"""Where the reference tables live, how they are read, and which ones a build is using.

Every loader of :mod:`mtd_analysis.reference` reads its table here, once per process (text cells, empty
cells as ``""``). A report or a notebook that opens a build folder makes the build's own tables the ones in use
with :func:`using`, so that every module asking a loader gets the facts the build used, not the package's.

Examples
--------
>>> package_table("currencies.csv").columns.tolist()
['code', 'numeric', 'minor_unit', 'aliases']
>>> import pandas as pd
>>> with using(priorities=pd.DataFrame({"priority_code": ["X"]})):
...     in_use("priorities")["priority_code"].tolist()
['X']
>>> in_use("priorities") is None
True
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextvars import ContextVar
from functools import cache
from pathlib import Path

import pandas as pd

DATA_DIR = Path(__file__).resolve().parent / "data"

_IN_USE: ContextVar[dict[str, pd.DataFrame]] = ContextVar("mtd_reference_in_use", default={})  # noqa: B039


@cache
def _read(name: str) -> pd.DataFrame:
    return pd.read_csv(DATA_DIR / name, dtype=str, keep_default_na=False, encoding="utf-8")


def package_table(name: str) -> pd.DataFrame:
    """A table shipped in ``reference/data/`` (a copy: the cached table is never mutated)."""
    return _read(name).copy()


@contextlib.contextmanager
def using(**tables: pd.DataFrame | None) -> Iterator[None]:
    """Make a build's reference tables (``priorities=``, ``rates=``, ...) the ones the loaders return."""
    token = _IN_USE.set({**_IN_USE.get(), **{k: v for k, v in tables.items() if v is not None}})
    try:
        yield
    finally:
        _IN_USE.reset(token)


def in_use(kind: str) -> pd.DataFrame | None:
    """The table of this kind set by :func:`using`, or None (the package's own is then in use)."""
    return _IN_USE.get().get(kind)
