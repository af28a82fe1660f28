"""Quality scorecard of partner submissions: one row per file, with a grade A-E.

The scorecard tells the working group (and each partner, through :mod:`mtd_analysis.feedback`)
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

#: Fields whose completeness is measured (share of loaded projects with a non-empty value).
KEY_FIELDS = (
    "title",
    "amount",
    "currency",
    "start_date",
    "end_date",
    "beneficiaries",
    "declared_priority",
    "implementer",
)

#: Grade thresholds: (grade, max error rate, min completeness, max warning rate).
GRADE_RULES = (
    ("A", 0.0, 0.95, 0.10),
    ("B", 0.05, 0.85, np.inf),
    ("C", 0.15, 0.70, np.inf),
)

COUNT_COLUMNS = ("rows_read", "rows_loaded", "rows_rejected", "rows_skipped")

QUALITY_COLUMNS = (
    ["partner", "file", "status", "lang", *COUNT_COLUMNS]
    + [f"complete_{f}" for f in KEY_FIELDS]
    + ["completeness", "errors", "warnings", "infos", "kinds", "grade"]
)


def _filled(values: pd.Series) -> pd.Series:
    """True where a value is present and not blank text."""
    return values.notna() & values.astype(object).map(lambda v: str(v).strip() != "")


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
    """Most frequent partner among each file's loaded projects (ties alphabetical)."""
    if projects.empty or "partner" not in projects.columns:
        return pd.Series(dtype=object)
    pairs = projects[["source_file", "partner"]].dropna().astype(str)
    counts = pairs.value_counts().reset_index(name="n")
    counts = counts.sort_values(["source_file", "n", "partner"], ascending=[True, False, True], kind="stable")
    first = counts.drop_duplicates("source_file")
    return pd.Series(first["partner"].to_numpy(), index=first["source_file"].to_numpy(), dtype=object)


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

    projects = projects.assign(source_file=projects["source_file"].astype(str)) if len(projects) else projects
    partners = _partner_of_files(projects) if len(projects) else pd.Series(dtype=object)

    sev = issues.assign(
        file=issues["file"].astype(str),
        severity=issues["severity"].astype(str).str.lower(),
    )

    rows = []
    for rec in files.to_dict("records"):
        name = rec["file"]
        loaded = projects[projects["source_file"].eq(name)] if len(projects) else projects
        file_issues = sev[sev["file"].eq(name)]
        row = {
            "partner": partners.get(name, rec["partner"] if not pd.isna(rec["partner"]) else pd.NA),
            "file": name,
            "status": rec["status"],
            "lang": rec["lang"],
            **{col: rec[col] for col in COUNT_COLUMNS},
        }
        shares = []
        for field in KEY_FIELDS:
            if len(loaded) and field in loaded.columns:
                share = float(_filled(loaded[field]).mean())
            elif len(loaded):
                share = 0.0
            else:
                share = np.nan
            row[f"complete_{field}"] = share
            shares.append(share)
        row["completeness"] = float(np.mean(shares)) if len(loaded) else np.nan
        row["errors"] = int(file_issues["severity"].eq("error").sum())
        row["warnings"] = int(file_issues["severity"].eq("warning").sum())
        row["infos"] = int(file_issues["severity"].eq("info").sum())
        kinds = file_issues["kind"] if "kind" in file_issues.columns else pd.Series(dtype=object)
        row["kinds"] = kinds_text(kinds)
        row["grade"] = grade(
            str(rec["status"]),
            row["rows_read"],
            max(row["rows_loaded"], len(loaded)),
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
