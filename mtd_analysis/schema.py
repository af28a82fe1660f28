"""Canonical tables of the build, declared once.

Every step of the one-way flow (read -> projects -> allocations -> coverage /
overlaps -> charts) exchanges pandas DataFrames with the columns declared
here. The pandera models check them at the boundaries (when a build writes its
outputs), so functions do not re-describe them.

Money columns carry the currency in their name: ``amount_eur`` by default,
``amount_usd`` with ``--currency USD`` (see :func:`money_column`).

Examples
--------
>>> PROJECT_COLUMNS[:3]
['project_id', 'partner', 'implementer']
>>> money_column("amount", "EUR"), money_column("funding", "usd")
('amount_eur', 'funding_usd')
>>> empty_frame(ISSUE_COLUMNS).columns.tolist()
['file', 'sheet', 'row', 'column', 'severity', 'kind', 'message']
"""

from __future__ import annotations

import pandas as pd

#: One row per project: ``projects.csv``.
PROJECT_COLUMNS = [
    "project_id",  # partner's own code when given, else partner slug + hash of normalised title
    "partner",  # funding development partner (canonical name when known)
    "implementer",
    "title",
    "description",
    "beneficiaries",  # ';'-joined agency codes: MIA, NPU, SBGS, NGU, SMS, SESU
    "declared_priority",  # the partner's own words or codes, as written
    "start_date",  # ISO date text (YYYY-MM-DD) or empty
    "end_date",
    "amount",  # float, original currency, empty when unknown
    "currency",  # ISO 4217 code
    "yearly_amounts",  # "2020=100000;2021=250000" in `currency`, empty when not given
    "status",  # ongoing, planned, completed, or the partner's word
    "sectors",  # "15210=60;15130=40" (CRS purpose codes with percentages; IATI), else empty
    "lang",  # language of the submission: en, uk, ru
    "source_file",  # path relative to the submissions folder, POSIX separators
    "source_sheet",
    "source_row",  # row number as Excel shows it (1-based); line number for text files
    "source_cells",  # "title=B14;amount=F14;start_date=D14" for traceability
]

#: ``issues.csv``: every problem met, named by file, sheet, row and cell.
ISSUE_COLUMNS = ["file", "sheet", "row", "column", "severity", "kind", "message"]
SEVERITIES = ("error", "warning", "info")
#: Issue kinds about the analysis itself (the shipped rates table), not about a partner's file: they are left out
#: of partners' quality grades and feedback workbooks, but stay in issues.csv for the analyst.
ANALYST_KINDS = ("rate",)

#: Project x priority shares: output of :mod:`mtd_analysis.analysis.priorities`.
MAPPING_COLUMNS = ["project_id", "priority_code", "subgroup", "share", "method", "confidence", "evidence"]
MAPPING_METHODS = ("declared", "classifier", "override", "crs", "none")

#: Project x priority x year money: ``allocations.csv``.
ALLOCATION_BASE_COLUMNS = [
    "project_id",
    "priority_code",
    "subgroup",
    "share",
    "method",
    "confidence",
    "evidence",
    "year",
]

#: ``coverage.csv`` (money columns for the chosen currency follow :func:`money_column`).
COVERAGE_BASE_COLUMNS = [
    "year",
    "subgroup",
    "priority_code",
    "priority_name",
    "n_projects",
    "n_partners",
    "funding",
    "needs",
    "coverage_ratio",
    "gap",
    "top_partner",
    "top_partner_share",
    "hhi",
    "effective_partners",
    "status",
    "n_unconverted",  # projects whose money of that year is left out for want of an exchange rate
    "unconverted_amount",  # that money, in its own currencies: "DKK=2000;USD=1234.5" (empty when none)
]

#: ``overlaps.csv``.
OVERLAP_COLUMNS = [
    "project_a",
    "project_b",
    "partner_a",
    "partner_b",
    "priority_code",
    "subgroup",
    "beneficiary",
    "overlap_start",
    "overlap_end",
    "overlap_months",
    "similarity",
    "score",
    "cluster",
    "reasons",
    "decision",
]

AGENCY_CODES = ("MIA", "NPU", "SBGS", "NGU", "SMS", "SESU")
SPECIAL_PRIORITIES = ("OTHER", "UNMAPPED")


def money_column(prefix: str, currency: str) -> str:
    """Name of a money column in the chosen reporting currency.

    Parameters
    ----------
    prefix : str
        ``amount``, ``funding``, ``needs`` or ``gap``.
    currency : str
        ISO 4217 code, any case.

    Returns
    -------
    str

    Examples
    --------
    >>> money_column("gap", "UAH")
    'gap_uah'
    """
    return f"{prefix}_{currency.lower()}"


def empty_frame(columns: list[str]) -> pd.DataFrame:
    """An empty DataFrame with the given columns (all ``object`` dtype).

    Examples
    --------
    >>> empty_frame(["a", "b"]).shape
    (0, 2)
    """
    return pd.DataFrame({c: pd.Series(dtype="object") for c in columns})


def project_schema():
    """The pandera schema of ``projects.csv`` (imported lazily: pandera is slow to import).

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame([{c: None for c in PROJECT_COLUMNS}])
    >>> df = df.assign(project_id="P1", partner="EU", title="t", source_file="a.xlsx",
    ...                source_sheet="S", source_row=3, amount=1.0)
    >>> project_schema().validate(df).shape
    (1, 19)
    """
    import pandera.pandas as pa

    text = {"nullable": True, "required": True}  # pandas 3 text is `str`; dtype left free
    cols = {c: pa.Column(None, **text) for c in PROJECT_COLUMNS}
    cols["project_id"] = pa.Column(str, nullable=False, unique=True)
    cols["partner"] = pa.Column(str, nullable=False)
    cols["source_file"] = pa.Column(str, nullable=False)
    cols["source_row"] = pa.Column(int, pa.Check.ge(1), nullable=False, coerce=True)
    cols["amount"] = pa.Column(float, pa.Check.ge(0), nullable=True, coerce=True)
    return pa.DataFrameSchema(cols, strict=True, ordered=True)


def issue_schema():
    """The pandera schema of ``issues.csv``.

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame([["a.csv", "", 3, "C", "error", "amount", "row 3: ..."]], columns=ISSUE_COLUMNS)
    >>> len(issue_schema().validate(df))
    1
    """
    import pandera.pandas as pa

    cols = {c: pa.Column(None, nullable=True) for c in ISSUE_COLUMNS}
    cols["file"] = pa.Column(str, nullable=False)
    cols["severity"] = pa.Column(str, pa.Check.isin(SEVERITIES))
    cols["message"] = pa.Column(str, pa.Check.str_length(min_value=1))
    return pa.DataFrameSchema(cols, strict=True, ordered=True)
