"""Column headers partners write, and the field each one means (``reference/data/column_aliases.csv``).

Columns: ``field`` (a canonical column of ``projects.csv``, or a helper role), ``lang``, ``alias`` (as a
person writes it) and ``whole_header_only`` (``1`` when the alias counts only as the whole header).

Examples
--------
>>> table = column_aliases()
>>> table.loc[table["alias"] == "donor", "field"].tolist()
['partner']
"""

from __future__ import annotations

import pandas as pd

from mtd_analysis.reference._files import in_use, package_table

COLUMN_ALIASES_FILE = "column_aliases.csv"
ALIAS_COLUMNS = ["field", "lang", "alias", "whole_header_only"]


def column_aliases() -> pd.DataFrame:
    """The column aliases in use (a build's, see :func:`mtd_analysis.reference.using`, else the package's)."""
    chosen = in_use("column_aliases")
    return (package_table(COLUMN_ALIASES_FILE) if chosen is None else chosen.copy())[ALIAS_COLUMNS]


IATI_COLUMNS_FILE = "iati_columns.csv"


def iati_columns() -> pd.DataFrame:
    """Column names of IATI exports flattened by name rather than by XML path (a datastore's CSV: "recipient-country-code",
    "participating-org (Funding)", a "record-type" per row), and the path in an activity each stands for: ``column``
    (lower case), ``record`` (the row's record type the path is for: ``transaction``, ``budget``,
    ``planned-disbursement``; empty for every row), ``path``, ``note``.

    Examples
    --------
    >>> table = iati_columns()
    >>> table.loc[table["column"].eq("recipient-country-code"), "path"].tolist()
    ['recipient-country/@code']
    >>> sorted(table.loc[table["column"].eq("value"), "record"])
    ['budget', 'planned-disbursement', 'transaction']
    """
    return package_table(IATI_COLUMNS_FILE)
