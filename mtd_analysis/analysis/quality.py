"""Quality scorecard of partner submissions: one row per file, with a grade A-E.

The scorecard tells the working group (and each partner, through :mod:`mtd_analysis.outputs.feedback`)
how usable a submission was: how many rows were read, loaded, rejected or skipped, how complete
the key fields of the loaded projects are, how many problems were met and of which kind.

Grade rule (``completeness`` is the mean share of loaded projects with each key field filled;
``error_rate`` is errors per row read, ``warning_rate`` warnings per row read):

* **E** - the file failed to load, or no project was loaded from it;
* **A** - no errors, completeness >= 95 % and warning_rate <= 10 %;
* **B** - error_rate <= 5 % and completeness >= 85 %;
* **C** - error_rate <= 15 % and completeness >= 70 %;
* **D** - anything else that loaded at least one project.

A file the build skipped on purpose (``status`` ``skipped``: not a submission, a duplicate) is
not graded (grade left empty).

Examples
--------
>>> import pandas as pd
>>> files = pd.DataFrame([{"file": "eu.xlsx", "status": "loaded", "rows_read": 2, "rows_loaded": 2,
...                        "rows_rejected": 0, "rows_skipped": 0}])
>>> projects = pd.DataFrame({"source_file": ["eu.xlsx"] * 2, "partner": ["EU"] * 2,
...                          "title": ["A", "B"], "amount": [1.0, None]})
>>> card = quality(files, pd.DataFrame(columns=["file", "severity", "kind"]), projects)
>>> card[["partner", "complete_title", "complete_amount", "grade"]].values.tolist()
[['EU', 1.0, 0.5, 'D']]
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from mtd_analysis.schema import ANALYST_KINDS, QUALITY_COLUMNS, QUALITY_KEY_FIELDS, ROW_COUNT_COLUMNS

#: Fields whose completeness is measured (share of loaded projects with a non-empty value).
KEY_FIELDS = QUALITY_KEY_FIELDS

#: Grade thresholds: (grade, max error rate, min completeness, max warning rate).
GRADE_RULES = (
    ("A", 0.0, 0.95, 0.10),
    ("B", 0.05, 0.85, np.inf),
    ("C", 0.15, 0.70, np.inf),
)

COUNT_COLUMNS = ROW_COUNT_COLUMNS


def _filled(values: pd.Series) -> pd.Series:
    """True where a value is present and not blank text.

    Numbers are filled when present; text is tested once per distinct value (partners repeat
    the same currency, dates and agencies thousands of times).
    """
    present = values.notna()
    if pd.api.types.is_numeric_dtype(values.dtype) or pd.api.types.is_bool_dtype(values.dtype):
        return present
    codes, distinct = pd.factorize(values, use_na_sentinel=True)
    blank = np.array([str(v).strip() == "" for v in distinct], dtype=bool)
    filled = np.zeros(len(values), dtype=bool)
    known = codes >= 0
    filled[known] = ~blank[codes[known]]
    return pd.Series(filled, index=values.index) & present


def kinds_text(kinds: pd.Series) -> str:
    """``"date=3; amount=1"``: issue counts by kind, most frequent first (ties alphabetical).

    Examples
    --------
    >>> import pandas as pd
    >>> kinds_text(pd.Series(["amount", "date", "date", "currency", "date"]))
    'date=3; amount=1; currency=1'
    >>> kinds_text(pd.Series([], dtype=object))
    ''
    """
    counts = kinds.dropna().astype(str).value_counts()
    ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return "; ".join(f"{kind}={n}" for kind, n in ordered)


def grade(status: str, rows_read: int, rows_loaded: int, errors: int, warnings: int, completeness: float):
    """The grade A-E of one submission (rule in the module docstring); NA for a skipped file.

    Examples
    --------
    >>> grade("loaded", 20, 20, 0, 1, 0.97), grade("loaded", 20, 19, 1, 0, 0.9), grade("failed", 0, 0, 1, 0, 0)
    ('A', 'B', 'E')
    """
    if status == "skipped":
        return pd.NA
    if status == "failed" or rows_loaded <= 0:
        return "E"
    error_rate = errors / max(rows_read, 1)
    warning_rate = warnings / max(rows_read, 1)
    completeness = 0.0 if pd.isna(completeness) else completeness
    for letter, max_errors, min_complete, max_warnings in GRADE_RULES:
        if error_rate <= max_errors and completeness >= min_complete and warning_rate <= max_warnings:
            return letter
    return "D"


def _partner_of_files(projects: pd.DataFrame) -> pd.Series:
    """Every partner among each file's loaded projects, most frequent first (ties alphabetical), joined by "; ".

    A register sent by a beneficiary agency with a donor column credits each donor it names.
    """
    if projects.empty or "partner" not in projects.columns:
        return pd.Series(dtype=object)
    pairs = projects[["source_file", "partner"]].dropna().astype(str)
    counts = pairs.value_counts().reset_index(name="n")
    counts = counts.sort_values(["source_file", "n", "partner"], ascending=[True, False, True], kind="stable")
    joined = counts.groupby("source_file", sort=True)["partner"].agg("; ".join)
    return pd.Series(joined.to_numpy(), index=joined.index.to_numpy(), dtype=object)


def _loaded_shares(projects: pd.DataFrame) -> pd.DataFrame:
    """Per source file: ``n`` loaded projects and the filled share of each key field (0.0 when absent).

    One grouping over all projects, so the cost is linear in projects, not files x projects.
    """
    filled = pd.DataFrame(
        {field: (_filled(projects[field]) if field in projects.columns else False) for field in KEY_FIELDS},
        index=projects.index,
    ).astype(float)
    grouped = filled.groupby(projects["source_file"], sort=True, dropna=True)
    return grouped.mean().assign(n=grouped.size())


def _severity_counts(issues: pd.DataFrame) -> dict[str, tuple[int, int, int]]:
    """(errors, warnings, infos) per issue file."""
    if issues.empty:
        return {}
    frame = pd.DataFrame(
        {
            "file": issues["file"].astype(str),
            "severity": issues["severity"].astype(str).str.lower(),
        }
    )
    table = pd.crosstab(frame["file"], frame["severity"]).reindex(
        columns=["error", "warning", "info"], fill_value=0
    )
    return {
        name: (int(e), int(w), int(i))
        for name, e, w, i in zip(
            table.index.tolist(), table["error"], table["warning"], table["info"], strict=True
        )
    }


def _kinds_of_files(issues: pd.DataFrame) -> dict[str, str]:
    """:func:`kinds_text` of each issue file, from one count over all issues."""
    if issues.empty or "kind" not in issues.columns:
        return {}
    frame = pd.DataFrame({"file": issues["file"].astype(str), "kind": issues["kind"]}).dropna(subset=["kind"])
    frame = frame.assign(kind=frame["kind"].astype(str))
    counts = frame.value_counts(["file", "kind"], sort=False).reset_index(name="n")
    counts = counts.sort_values(["file", "n", "kind"], ascending=[True, False, True], kind="stable")
    texts: dict[str, list[str]] = {}
    for name, kind, n in zip(
        counts["file"].tolist(), counts["kind"].tolist(), counts["n"].tolist(), strict=True
    ):
        texts.setdefault(name, []).append(f"{kind}={n}")
    return {name: "; ".join(parts) for name, parts in texts.items()}


def quality(manifest_files: pd.DataFrame, issues: pd.DataFrame, projects: pd.DataFrame) -> pd.DataFrame:
    """Scorecard of each partner submission.

    Parameters
    ----------
    manifest_files : DataFrame
        ``manifest.json`` ``files`` entries (``file``, ``status``, ``rows_read``, ``rows_loaded``,
        ``rows_rejected``, ``rows_skipped``, optional ``lang`` and ``partner``).
    issues : DataFrame
        ``schema.ISSUE_COLUMNS`` (only ``file``, ``severity`` and ``kind`` are used).
    projects : DataFrame
        Projects table (``source_file``, ``partner`` and the key fields).

    Returns
    -------
    DataFrame
        ``QUALITY_COLUMNS``: partner (from the file's projects, else the manifest's ``partner``),
        file, status, lang, the row counts, ``complete_<field>`` for each of ``KEY_FIELDS``
        (share 0-1 of loaded projects; NaN when none), ``completeness`` (their mean), errors,
        warnings, infos, ``kinds`` (``"date=3; amount=1"``) and ``grade``. Sorted by partner, file.
        Inputs are not mutated.

    Examples
    --------
    >>> import pandas as pd
    >>> files = pd.DataFrame([{"file": "x.csv", "status": "failed", "partner": "GIZ"}])
    >>> issues = pd.DataFrame([{"file": "x.csv", "severity": "error", "kind": "file"}])
    >>> quality(files, issues, pd.DataFrame(columns=["source_file", "partner"]))[
    ...     ["partner", "rows_read", "errors", "kinds", "grade"]].values.tolist()
    [['GIZ', 0, 1, 'file=1', 'E']]
    """
    files = manifest_files.copy()
    if "file" not in files.columns:
        raise KeyError("manifest files need a 'file' column")
    files["file"] = files["file"].astype(str)
    for col in COUNT_COLUMNS:
        values = files[col] if col in files.columns else pd.Series(0, index=files.index)
        files[col] = pd.to_numeric(values, errors="coerce").fillna(0).astype(np.int64)
    for col in ("status", "lang", "partner"):
        if col not in files.columns:
            files[col] = pd.NA
    files = files.drop_duplicates("file", keep="last")

    has_projects = len(projects) > 0
    projects = projects.assign(source_file=projects["source_file"].astype(str)) if has_projects else projects
    partners = _partner_of_files(projects) if has_projects else pd.Series(dtype=object)
    loaded = _loaded_shares(projects) if has_projects else pd.DataFrame()
    issues = issues.loc[~issues["kind"].isin(ANALYST_KINDS)] if "kind" in issues.columns else issues
    severity = _severity_counts(issues)
    kinds = _kinds_of_files(issues)

    shares_of = loaded.to_dict("index") if len(loaded) else {}
    rows = []
    for rec in files.to_dict("records"):
        name = rec["file"]
        file_shares = shares_of.get(name)
        n_loaded = int(file_shares["n"]) if file_shares else 0
        row = {
            "partner": partners.get(name, rec["partner"] if not pd.isna(rec["partner"]) else pd.NA),
            "file": name,
            "status": rec["status"],
            "lang": rec["lang"],
            **{col: rec[col] for col in COUNT_COLUMNS},
        }
        shares = []
        for field in KEY_FIELDS:
            share = float(file_shares[field]) if n_loaded else np.nan
            row[f"complete_{field}"] = share
            shares.append(share)
        row["completeness"] = float(np.mean(shares)) if n_loaded else np.nan
        counts = severity.get(name, (0, 0, 0))
        row["errors"], row["warnings"], row["infos"] = counts
        row["kinds"] = kinds.get(name, "")
        row["grade"] = grade(
            str(rec["status"]),
            row["rows_read"],
            max(row["rows_loaded"], n_loaded),
            row["errors"],
            row["warnings"],
            row["completeness"],
        )
        rows.append(row)

    card = pd.DataFrame(rows, columns=QUALITY_COLUMNS)
    for col in ("errors", "warnings", "infos", *COUNT_COLUMNS):
        card[col] = card[col].astype(np.int64)
    for col in [f"complete_{f}" for f in KEY_FIELDS] + ["completeness"]:
        card[col] = card[col].astype(float)
    return card.sort_values(["partner", "file"], kind="stable", na_position="last").reset_index(drop=True)


# ------------------------------------------------------------------------------------- worst problems

#: Issue kinds of whole files or sheets that were not read: listed first among the worst problems.
UNREAD_KINDS = ("not read", "no rows")


def worst_issues(issues: pd.DataFrame, limit: int = 5) -> tuple[pd.DataFrame, int]:
    """The issues a summary shows first, and how many errors and warnings it leaves to ``issues.csv``.

    In this order: every file that could not be read or held no project table (all of them, never
    cut), sheets with a header and no rows, the first ``limit`` other errors, then, while fewer than
    ``limit`` errors are shown, warnings: one per file, sheet and kind (its first), so that a sheet
    with thirty undated rows takes one place and another file's columns left unread are seen too.

    Parameters
    ----------
    issues : DataFrame
        ``issues.csv``'s rows (``file``, ``sheet``, ``row``, ``severity``, ``kind``, ``message``).
    limit : int
        Places for errors and warnings (files and sheets not read are always all shown).

    Returns
    -------
    (DataFrame, int)
        The issues shown, in order, with column ``alike``: how many other warnings of the same file,
        sheet and kind the row stands for (0 for the others); and how many errors and warnings are
        neither shown nor stood for.

    Examples
    --------
    >>> issues = pd.DataFrame({
    ...     "file": ["a.xlsx", "a.xlsx", "a.xlsx", "b.csv"], "sheet": ["S", "S", "S", ""],
    ...     "row": [4, 5, 6, None], "severity": ["warning", "warning", "error", "warning"],
    ...     "kind": ["date", "date", "amount", "not read"],
    ...     "message": ["row 4: no date", "row 5: no date", "row 6: bad amount", "b.csv: not read"]})
    >>> shown, left = worst_issues(issues)
    >>> shown[["file", "message", "alike"]].values.tolist(), left
    ([['b.csv', 'b.csv: not read', 0], ['a.xlsx', 'row 6: bad amount', 0], ['a.xlsx', 'row 4: no date', 1]], 0)
    >>> worst_issues(issues, limit=1)[1]  # the error takes the only place: two warnings left
    2
    """
    if issues.empty:
        return issues.assign(alike=pd.Series(dtype="int64")), 0
    absent = {
        c: None for c in ("sheet", "row", "kind") if c not in issues
    }  # a partial table: taken as unknown
    issues = issues.assign(**absent) if absent else issues
    severity = issues["severity"]
    unread = issues["kind"].isin(UNREAD_KINDS) & (severity != "info")
    file_level = issues["row"].isna() & (severity == "error")
    whole = pd.Series(  # "eu.xlsx: not read — ...": about the whole file
        [str(m).startswith(f"{f}:") for f, m in zip(issues["file"], issues["message"], strict=True)],
        index=issues.index,
    )
    first = issues.loc[(unread & whole) | file_level]
    sheets = issues.loc[unread & ~whole & ~issues["file"].isin(first["file"])]
    # an amount far above its file's others is shown with the errors: one cell can outweigh the whole file
    errors = issues.loc[((severity == "error") | (issues["kind"] == "outlier")) & ~file_level]
    warnings = issues.loc[(severity == "warning") & ~unread & (issues["kind"] != "outlier")]
    room = max(0, limit - len(errors))
    groups = warnings.groupby(
        [
            warnings["file"].astype(str),
            warnings["sheet"].fillna("").astype(str),
            warnings["kind"].astype(str),
        ],
        sort=False,
    )
    alike = groups["message"].transform("size") - 1
    firsts = warnings.loc[~groups.cumcount().astype(bool)].head(room)
    shown = pd.concat(
        [
            first.assign(alike=0),
            sheets.assign(alike=0),
            errors.head(limit).assign(alike=0),
            firsts.assign(alike=alike.loc[firsts.index]),
        ]
    )
    shown["alike"] = shown["alike"].astype("int64")
    left = max(0, len(errors) - limit) + len(warnings) - len(firsts) - int(shown["alike"].sum())
    return shown, left
