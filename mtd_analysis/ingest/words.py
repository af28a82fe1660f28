"""Text folded for comparison, one rule for every matcher (headers, aliases, priorities, overlaps, diff).

:func:`fold` makes two spellings of the same words equal: Unicode compatibility forms (NFKC: a non-breaking
space, full-width letters), case (``casefold``), apostrophes of any kind dropped (``громадськ'ість``,
``громадськ’ість``) and ``ё`` as ``е``. Matchers build on it: :func:`mtd_analysis.ingest.values.normalise_key`
also folds Ukrainian and Russian letter variants and drops punctuation; the priority classifier strips
endings; overlaps cut words to a prefix.

Examples
--------
>>> fold("Громадськ’ість  ЁЛКА\\u00a0Policing")
'громадськість  елка policing'
"""

from __future__ import annotations

import re
import unicodedata

APOSTROPHES = re.compile(r"['’ʼ`´]")


def fold(text: str) -> str:
    """``text`` in NFKC, case-folded, without apostrophes, ``ё`` as ``е`` (see the module docstring)."""
    return APOSTROPHES.sub("", unicodedata.normalize("NFKC", text).casefold()).replace("ё", "е")
