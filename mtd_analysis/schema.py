"""Canonical tables of the build, declared once.

Every step of the one-way flow (read -> projects -> allocations -> coverage /
overlaps -> charts) exchanges pandas DataFrames with the columns declared
here. The pandera schemas (:func:`table_schema`, one per table the package writes or reads: the build's
tables, the diff's, the manifest's file list and the analyst's side files) check them at the boundaries:
when a build writes its outputs, when a build folder is read back (:func:`mtd_analysis.store.load_build`)
and when a side file is read. :func:`check_table` raises :class:`TableError` naming the file, row and
column; :func:`check_rows` keeps the good rows of a side file and turns the others into issues.

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
    "parent_id",  # the programme a component belongs to (its project_id), empty for a stand-alone project
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
    "pipeline",  # planned / pipeline projects' money, apart from the committed funding
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
    # issue 15: the tier of the pair, how alike the activities are, and the evidence in words
    "tier",  # likely duplicate, internal (one partner's look-alikes) or coordinate
    "activity_similarity",  # 0..1, across languages (thesaurus, places, quantities, spelling)
    "evidence",  # shared activity terms (EN / UK), places, quantities, implementer, period
    "agency_basis",  # stated, inferred (from the texts) or not stated (compared within the priority)
]

#: ``subgroups.csv`` (money columns follow :func:`money_column`).
SUBGROUP_SUMMARY_BASE_COLUMNS = [
    "year", "subgroup", "n_priorities", "n_orphan", "n_thin", "n_crowded", "n_partners",
    "funding", "needs", "gap", "coverage_ratio",
]  # fmt: skip
#: Tiers of ``overlaps.csv`` (issue 15).
OVERLAP_TIERS = ("likely duplicate", "internal", "coordinate")
#: ``duplication.csv``.
DUPLICATION_BASE_COLUMNS = ["year", "subgroup", "priority_code", "n_pairs", "n_clusters"]
#: Fields whose completeness ``quality.csv`` grades.
QUALITY_KEY_FIELDS = (
    "title", "amount", "currency", "start_date", "end_date", "beneficiaries", "declared_priority", "implementer",
)  # fmt: skip
ROW_COUNT_COLUMNS = ("rows_read", "rows_loaded", "rows_rejected", "rows_skipped")
#: ``quality.csv``: one row per submitted file.
QUALITY_COLUMNS = (
    ["partner", "file", "status", "lang", *ROW_COUNT_COLUMNS]
    + [f"complete_{f}" for f in QUALITY_KEY_FIELDS]
    + ["completeness", "errors", "warnings", "infos", "kinds", "grade"]
)
GRADES = ("A", "B", "C", "D", "E")
#: One entry of ``manifest.json``'s ``files`` list.
MANIFEST_FILE_COLUMNS = [
    "file", "sha256", "bytes", "format", "status", "lang", *ROW_COUNT_COLUMNS, "sheets",
]  # fmt: skip
FILE_STATUSES = ("loaded", "failed", "skipped")

#: What a project did between two snapshots: ``diff.csv``.
CHANGE_KINDS = ("new", "gone", "ended", "changed", "unchanged")
#: Fields compared between the two snapshots of one project.
COMPARED_FIELDS = ("amount", "currency", "start_date", "end_date", "priority", "beneficiaries", "status")
CHANGE_COLUMNS = [
    "change", "match", "similarity", "project_id_old", "project_id_new", "partner", "title", "fields_changed",
] + [f"{field}_{side}" for field in COMPARED_FIELDS for side in ("old", "new")]  # fmt: skip
#: Review decisions an analyst may record in ``decisions.csv``.
DECISIONS = ("duplicate", "complementary", "not_related")

#: The analyst's side files, as read (text cells), and the columns each must have.
OVERRIDE_COLUMNS = ["project_id", "priority_codes", "shares", "note"]
NEEDS_COLUMNS = ["priority_code", "year", "amount", "currency"]
DECISION_COLUMNS = ["project_a", "project_b", "decision", "note", "date"]
RATE_COLUMNS = ["year", "currency", "uah_per_unit"]
ALIAS_COLUMNS = ["field", "lang", "alias", "whole_header_only"]
#: Largest amount or rate a side file may hold: beyond it the number is a typo or an overflow.
MAX_AMOUNT = 1e13
MAX_RATE = 1e6
YEAR_RANGE = (2000, 2040)
LANGUAGES = ("en", "uk", "ru")
#: The languages of column aliases: the report's, and German (exports of German agencies' systems, "Auftraggeber").
ALIAS_LANGUAGES = (*LANGUAGES, "de")

#: Agency codes and the two fixed priority codes live in ``reference/`` (one table each); these names stay
#: for code that imported them from here (see :func:`__getattr__`).
_REFERENCE_NAMES = ("AGENCY_CODES", "SPECIAL_PRIORITIES")


def __getattr__(name: str):
    """``AGENCY_CODES`` and ``SPECIAL_PRIORITIES``, asked of their loaders in :mod:`mtd_analysis.reference`."""
    if name == "AGENCY_CODES":
        from mtd_analysis.reference.agencies import agency_codes

        return agency_codes()
    if name == "SPECIAL_PRIORITIES":
        from mtd_analysis.reference.priorities import SPECIAL_PRIORITIES

        return SPECIAL_PRIORITIES
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def issue(
    file: str,
    message: str,
    *,
    sheet: str = "",
    row: int | None = None,
    column: str = "",
    severity: str = "error",
    kind: str = "file",
) -> dict:
    """One issue record (a row of ``issues.csv``): what went wrong, and where.

    Examples
    --------
    >>> issue("needs.csv", "needs.csv row 3: amount is not a number", row=3, column="amount", kind="needs")
    {'file': 'needs.csv', 'sheet': '', 'row': 3, 'column': 'amount', 'severity': 'error', 'kind': 'needs', 'message': 'needs.csv row 3: amount is not a number'}
    """
    if severity not in SEVERITIES:
        raise ValueError(f"severity must be one of {SEVERITIES}, not {severity!r}")
    return {
        "file": file,
        "sheet": sheet,
        "row": row,
        "column": column,
        "severity": severity,
        "kind": kind,
        "message": message,
    }


def source_cell_names(text) -> dict[str, str]:
    """A project's ``source_cells`` ("title=B14;amount=F14") as {field: cell}; {} when it has none.

    Examples
    --------
    >>> source_cell_names("title=B14;amount_2021='2021'!F14"), source_cell_names(None)
    ({'title': 'B14', 'amount_2021': "'2021'!F14"}, {})
    """
    if not isinstance(text, str):
        return {}
    return dict(part.split("=", 1) for part in text.split(";") if "=" in part)


def money_column(prefix: str, currency: str) -> str:
    """Name of a money column in the chosen reporting currency.

    Parameters
    ----------
    prefix : str
        ``amount``, ``funding``, ``pipeline``, ``needs`` or ``gap``.
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
    (1, 20)
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
    cols["file"] = pa.Column(None, nullable=True)  # empty for issues about the analysis itself (rates)
    cols["severity"] = pa.Column(str, pa.Check.isin(SEVERITIES))
    cols["message"] = pa.Column(str, pa.Check.str_length(min_value=1))
    return pa.DataFrameSchema(cols, strict=True, ordered=True)


# ------------------------------------------------------------------------------------------------ schemas
class TableError(ValueError):
    """A table does not have the shape its schema declares; the message names file, row and column."""


def _finite(pa):
    return pa.Check(lambda s: s.isna() | s.abs().lt(float("inf")), error="a finite number")


def _text(pa, nullable: bool = True, **kwargs):
    """A text column (pandas 3 text is ``str``; the dtype is left free, missing values allowed or not)."""
    return pa.Column(None, nullable=nullable, **kwargs)


def _number(pa, dtype=float, *checks, nullable: bool = True, regex: bool = False):
    return pa.Column(dtype, [_finite(pa), *checks], nullable=nullable, coerce=True, regex=regex)


def _count(pa, nullable: bool = False):
    return pa.Column("Int64", pa.Check.ge(0), nullable=nullable, coerce=True)


def _money(pa, prefix: str, nullable: bool = True):
    return _number(pa, float, nullable=nullable, regex=True), rf"^{prefix}_[a-z]{{3}}$"


def _build_columns(pa, table: str) -> dict:
    """The pandera columns of one of the build's output tables."""
    share = _number(pa, float, pa.Check.in_range(0, 1), nullable=True)
    year = pa.Column("Int64", pa.Check.in_range(*YEAR_RANGE), nullable=False, coerce=True)
    code = _text(pa, nullable=False)
    if table == "allocations":
        cols = {c: _text(pa) for c in ALLOCATION_BASE_COLUMNS}
        # a project with no usable period or amount keeps a row with no year (its money is unknown)
        cols.update(
            project_id=code,
            priority_code=code,
            share=share,
            year=pa.Column("Int64", nullable=True, coerce=True),
        )
        cols["confidence"] = _number(pa, float, pa.Check.in_range(0, 1))
        column, name = _money(pa, "amount")
        return {**cols, name: column}
    if table == "coverage":
        cols = {c: _text(pa) for c in COVERAGE_BASE_COLUMNS if c not in ("funding", "needs", "gap")}
        cols.update(
            year=year, priority_code=code, subgroup=code, n_projects=_count(pa), n_partners=_count(pa)
        )
        cols.update(
            {c: _number(pa) for c in ("coverage_ratio", "top_partner_share", "hhi", "effective_partners")}
        )
        cols["status"] = _text(pa, checks=pa.Check.isin(("orphan", "thin", "covered", "crowded")))
        for prefix in ("funding", "needs", "gap"):
            column, name = _money(pa, prefix)
            cols[name] = column
        return cols
    if table == "subgroups":
        cols = {c: _count(pa) for c in ("n_priorities", "n_orphan", "n_thin", "n_crowded", "n_partners")}
        cols.update(year=year, subgroup=code, coverage_ratio=_number(pa))
        for prefix in ("funding", "needs", "gap"):
            column, name = _money(pa, prefix)
            cols[name] = column
        return cols
    if table == "overlaps":
        cols = {c: _text(pa) for c in OVERLAP_COLUMNS}
        cols.update(project_a=code, project_b=code, overlap_months=_count(pa, nullable=True))
        cols.update({c: _number(pa, float, pa.Check.in_range(0, 1)) for c in ("similarity", "score")})
        cols["activity_similarity"] = _number(pa, float, pa.Check.in_range(0, 1))
        cols["tier"] = _text(pa, checks=pa.Check.isin(OVERLAP_TIERS))
        cols["agency_basis"] = _text(pa, checks=pa.Check.isin(("stated", "inferred", "not stated")))
        return cols
    if table == "duplication":
        cols = {c: _text(pa) for c in DUPLICATION_BASE_COLUMNS}
        cols.update(year=year, n_pairs=_count(pa), n_clusters=_count(pa), overlap_share=share)
        cols.update(n_coordinate_pairs=_count(pa), n_internal_pairs=_count(pa), coordinate_share=share)
        for prefix in ("funding_overlapping", "funding", "funding_coordinate"):
            column, name = _money(pa, prefix)
            cols[name] = column
        return cols
    if table == "quality":
        cols = {c: _text(pa) for c in QUALITY_COLUMNS}
        cols.update({c: _count(pa) for c in (*ROW_COUNT_COLUMNS, "errors", "warnings", "infos")})
        cols.update({c: share for c in QUALITY_COLUMNS if c.startswith("complete")})
        cols.update(file=code, grade=pa.Column(None, pa.Check.isin(GRADES), nullable=True))
        return cols
    raise KeyError(table)


def _diff_columns(pa, table: str) -> dict:
    if table == "diff":
        cols = {c: _text(pa) for c in CHANGE_COLUMNS}
        cols["change"] = pa.Column(None, pa.Check.isin(CHANGE_KINDS))
        cols["similarity"] = _number(pa, float, pa.Check.in_range(0, 100))
        return cols
    cols = {c: _text(pa) for c in ("priority_code", "subgroup")}
    cols.update(n_projects_old=_count(pa, True), n_projects_new=_count(pa, True))
    for prefix in ("funding_old", "funding_new", "change"):
        column, name = _money(pa, prefix)
        cols[name] = column
    return cols


def _side_columns(pa, table: str) -> dict:
    """The side files once read and parsed (text made numbers where the file holds numbers)."""
    code = pa.Column(None, pa.Check.str_matches(r"^[A-Z][A-Z0-9_]*$"), nullable=False)
    currency = pa.Column(None, pa.Check.str_matches(r"^[A-Z]{3}$"), nullable=False)
    year = pa.Column("Int64", pa.Check.in_range(*YEAR_RANGE), nullable=False, coerce=True)
    text = {"nullable": False}
    if table == "overrides":
        return {
            "project_id": pa.Column(None, pa.Check.str_length(min_value=1), **text),
            "priority_codes": _text(pa, False),
        }
    if table == "needs":
        amount = _number(pa, float, pa.Check.in_range(0, MAX_AMOUNT), nullable=False)
        return {"priority_code": code, "year": year, "amount": amount, "currency": currency}
    if table == "decisions":
        ids = {
            c: pa.Column(None, pa.Check.str_length(min_value=1), **text) for c in ("project_a", "project_b")
        }
        return {**ids, "decision": pa.Column(None, pa.Check.isin(DECISIONS), **text)}
    if table == "rates":
        rate = _number(pa, float, pa.Check.gt(0), pa.Check.le(MAX_RATE), nullable=False)
        return {"year": year, "currency": currency, "uah_per_unit": rate}
    if table == "column_aliases":
        return {
            "field": pa.Column(None, pa.Check.str_length(min_value=1), **text),
            "lang": pa.Column(None, pa.Check.isin(ALIAS_LANGUAGES), **text),
            "alias": pa.Column(None, pa.Check.str_length(min_value=1), **text),
        }
    if table == "priorities":
        from mtd_analysis.reference.priorities import PRIORITY_COLUMNS

        cols = {c: _text(pa) for c in PRIORITY_COLUMNS}
        cols.update(priority_code=code, subgroup=pa.Column(None, pa.Check.str_matches(r"^[a-z][a-z0-9_]*$")))
        return cols
    raise KeyError(table)


#: Columns a table cannot do without; its other declared columns are checked when present.
KEY_COLUMNS = {
    "allocations": ("project_id", "priority_code"),
    "coverage": ("year", "subgroup", "priority_code"),
    "subgroups": ("year", "subgroup"),
    "overlaps": ("project_a", "project_b"),
    "duplication": ("year", "priority_code"),
    "quality": ("file",),
    "diff": ("change",),
    "diff_funding": ("priority_code",),
    "manifest_files": ("file", "status"),
}


def _keyed(pa, cols: dict, table: str) -> dict:
    """The columns, required only when they are among the table's :data:`KEY_COLUMNS`."""
    keys = KEY_COLUMNS.get(table, ())
    return {
        name: pa.Column(
            col.dtype,
            col.checks,
            nullable=col.nullable,
            coerce=col.coerce,
            regex=col.regex,
            required=name in keys,
        )
        for name, col in cols.items()
    }


#: Every table with a schema: the build's, the diff's, the manifest's file list, the side files.
BUILD_TABLES = (
    "projects",
    "issues",
    "allocations",
    "coverage",
    "subgroups",
    "overlaps",
    "duplication",
    "quality",
)
DIFF_TABLES = ("diff", "diff_funding")
SIDE_TABLES = ("overrides", "needs", "decisions", "rates", "column_aliases", "priorities")
TABLES = (*BUILD_TABLES, *DIFF_TABLES, "manifest_files", *SIDE_TABLES)


def table_schema(table: str):
    """The pandera schema of a table, by name (one of :data:`TABLES`).

    Tables keep the columns they declare, in any order, and may carry more (new columns are additions).

    Examples
    --------
    >>> sorted(table_schema("needs").columns)
    ['amount', 'currency', 'priority_code', 'year']
    >>> table_schema("coverage").columns["^funding_[a-z]{3}$"].regex
    True
    """
    import pandera.pandas as pa

    if table == "projects":
        return project_schema()
    if table == "issues":
        return issue_schema()
    if table == "manifest_files":
        cols = {c: _count(pa) for c in ROW_COUNT_COLUMNS}
        cols.update(file=_text(pa, False), status=_text(pa, False))
        return pa.DataFrameSchema(_keyed(pa, cols, table))
    if table in BUILD_TABLES:
        return pa.DataFrameSchema(_keyed(pa, _build_columns(pa, table), table))
    if table in DIFF_TABLES:
        return pa.DataFrameSchema(_keyed(pa, _diff_columns(pa, table), table))
    if table in SIDE_TABLES:
        return pa.DataFrameSchema(_side_columns(pa, table))
    raise KeyError(f"no schema for a table named {table!r}; known: {', '.join(TABLES)}")


def _failures(exc, lines: pd.Series | None) -> pd.DataFrame:
    """pandera's failure cases as ``row`` (as the file shows it), ``column``, ``check``, ``value``."""
    cases = exc.failure_cases
    index = cases["index"]
    if lines is not None:
        row = [lines.get(i) if not pd.isna(i) else None for i in index]
    else:
        row = [None if pd.isna(i) else int(i) + 2 for i in index]  # the header is line 1
    table = pd.DataFrame(
        {
            "row": row,
            "index": index,
            "column": cases["column"],
            "check": cases["check"],
            "value": cases["failure_case"],
        }
    )
    table["row"] = pd.Series([None if r is None or pd.isna(r) else int(r) for r in row], dtype=object)
    # a check that failed on the whole column because some cells are not numbers says nothing more
    cells = table["index"].notna()
    echo = ~cells & table["column"].isin(set(table.loc[cells, "column"]))
    return (
        table.loc[~echo].drop_duplicates(["index", "column"]).reset_index(drop=True)
    )  # one problem per cell


def _failure_text(rec: dict) -> str:
    """What is wrong with a cell, in words (after the column's name)."""
    check, value = str(rec["check"]), rec["value"]
    shown = (
        "empty"
        if value is None or (not isinstance(value, str) and pd.isna(value)) or value == ""
        else repr(value)
    )
    if check.startswith("column_in_dataframe"):
        return f"is missing (column {value!r})"
    if check == "not_nullable" or (check.startswith("str_length") and shown == "empty"):
        return "is empty" if shown == "empty" else f"{shown} is not a number"
    if check.startswith("str_length"):
        return "is empty"
    if check.startswith("str_matches"):
        return f"{shown} is not of the form {check[len('str_matches(') : -1]}"
    if check.startswith("in_range"):
        return f"{shown} is outside the range {check[len('in_range') :]}"
    if check.startswith("isin"):
        return f"{shown} is not one of {check[len('isin(') : -1]}"
    if check == "a finite number":
        return f"{shown} is not a finite number"
    if "dtype" in check or check.startswith("coerce"):
        return f"{shown} is not of the expected type"
    return f"{shown} fails the check {check}"


def check_table(frame: pd.DataFrame, table: str, file: str | None = None) -> pd.DataFrame:
    """Validate a table against its schema; the frame is returned unchanged when it conforms.

    Raises
    ------
    TableError
        Listing (up to 10) problems, each naming the file, the row as the file shows it and the column.

    Examples
    --------
    >>> needs = pd.DataFrame({"priority_code": ["DRUGS", "drugs"], "year": [2021, 2021],
    ...                       "amount": [1.0, float("inf")], "currency": ["EUR", "EUR"]})
    >>> check_table(needs, "needs", "needs.csv")
    Traceback (most recent call last):
    ...
    mtd_analysis.schema.TableError: needs.csv does not have the expected shape:
      needs.csv row 3: priority_code 'drugs' is not of the form '^[A-Z][A-Z0-9_]*$'
      needs.csv row 3: amount inf is not a finite number
    """
    import pandera.pandas as pa

    try:
        table_schema(table).validate(frame, lazy=True)
    except pa.errors.SchemaErrors as exc:
        name = file or table
        failures = _failures(exc, frame["source_row"] if "source_row" in frame else None)
        lines = [
            f"  {name}"
            + (f" row {r['row']}" if r["row"] is not None else "")
            + f": {r['column']} {_failure_text(r)}"
            for r in failures.to_dict("records")
        ]
        more = f"\n  ... and {len(lines) - 10} more" if len(lines) > 10 else ""
        raise TableError(
            f"{name} does not have the expected shape:\n" + "\n".join(lines[:10]) + more
        ) from None
    return frame


def check_rows(
    frame: pd.DataFrame, table: str, file: str, kind: str, shown: pd.DataFrame | None = None
) -> tuple[pd.DataFrame, list[dict]]:
    """Keep the rows of a side file that fit its schema; every other row becomes an error issue.

    Parameters
    ----------
    frame : DataFrame
        The side file, parsed; a ``source_row`` column (the row as the file shows it) is used in messages.
    table : str
        Its schema's name (``needs``, ``overrides``, ``decisions``, ``rates``, ...).
    file, kind : str
        The file's name and the issues' ``kind``.
    shown : DataFrame, optional
        The cells as written (same index), quoted in the messages instead of the parsed values.

    Returns
    -------
    (DataFrame, list of dict)
        The good rows (unchanged) and one issue per bad cell.

    Raises
    ------
    TableError
        When a column is missing: no row can be read.

    Examples
    --------
    >>> needs = pd.DataFrame({"priority_code": ["DRUGS", "drugs"], "year": [2021, 2021],
    ...                       "amount": [1.0, 1e308], "currency": ["EUR", "EUR"], "source_row": [2, 3]})
    >>> good, problems = check_rows(needs, "needs", "needs.csv", "needs")
    >>> good["priority_code"].tolist(), [p["message"] for p in problems]
    (['DRUGS'], ["needs.csv row 3: priority_code 'drugs' is not of the form '^[A-Z][A-Z0-9_]*$'", 'needs.csv row 3: amount 1e+308 is outside the range (0, 10000000000000.0)'])
    """
    import pandera.pandas as pa

    try:
        table_schema(table).validate(frame, lazy=True)
    except pa.errors.SchemaErrors as exc:
        failures = _failures(exc, frame["source_row"] if "source_row" in frame else None)
        if failures["index"].isna().any():
            check_table(frame, table, file)  # a missing column or a wrong table: raise, naming it
        problems = []
        for rec in failures.to_dict("records"):
            if shown is not None and rec["column"] in shown:
                rec["value"] = shown.at[rec["index"], rec["column"]]
            message = f"{file} row {rec['row']}: {rec['column']} {_failure_text(rec)}"
            problems.append(issue(file, message, row=rec["row"], column=str(rec["column"]), kind=kind))
        bad = set(failures["index"].dropna())
        return frame.loc[[i not in bad for i in frame.index]], problems
    return frame, []
