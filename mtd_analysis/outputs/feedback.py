"""Feedback workbooks for partners: each partner's problems, cell by cell, in the partner's language.

:func:`write_feedback` reads a build folder (``projects.csv``, ``issues.csv``, ``manifest.json``
and ``quality.csv`` when present) and writes one workbook per partner with three sheets: a cover
note, a summary of each submitted file with its quality grade (:mod:`mtd_analysis.analysis.quality`), and
the list of problems by file, sheet, row and cell with the message. Column headers and the note are
in the partner's language (the manifest's ``lang`` of their files: ``uk`` or ``en``; ``ru`` is
answered in Ukrainian); the issue messages themselves are as the build wrote them.

Every word of the workbooks is in ``reference/data/labels.csv`` (keys ``feedback.<name>``, ``en`` and
``uk`` columns).

Examples
--------
>>> safe_file_name("Delegation of the EU / ЄС (2021)")
'Delegation_of_the_EU_ЄС_2021'
>>> cell_reference("F", 14), cell_reference("amount", 14), cell_reference("F14", 14)
('F14', '', 'F14')
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import numpy as np
import pandas as pd

from mtd_analysis import schema
from mtd_analysis.analysis.quality import quality
from mtd_analysis.outputs.workbooks import write_workbook
from mtd_analysis.reference import labels
from mtd_analysis.store import load_build, staged_folder

FEEDBACK_COLUMNS = ["partner", "lang", "workbook", "path", "files", "errors", "warnings", "grade"]

_SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
_LANG_OF = {"en": "en", "uk": "uk", "ru": "uk"}


def label(key: str, lang: str = "en", **values) -> str:
    """A feedback label in ``en`` or ``uk``, with ``{placeholders}`` filled.

    Examples
    --------
    >>> label("sheet.issues", "uk"), label("note.partner", "en", partner="EU")
    ('Зауваження', 'Partner: EU')
    """
    return labels.label(f"feedback.{key}", lang if lang in labels.LANGS else "en", **values)


def safe_file_name(name: str, max_length: int = 80) -> str:
    """A file-name stem from a partner's name: letters (any script), digits, ``-``; ``_`` between words.

    Examples
    --------
    >>> safe_file_name("U.S. Embassy: INL"), safe_file_name("  ")
    ('U_S_Embassy_INL', 'partner')
    """
    text = unicodedata.normalize("NFC", str(name))
    text = re.sub(r"[^\w-]+", "_", text, flags=re.UNICODE).strip("_.-")
    text = re.sub(r"_+", "_", text)[:max_length].strip("_")
    return text or "partner"


def cell_reference(column, row) -> str:
    """The Excel cell of an issue (``F14``) when its column is a column letter; else empty.

    Examples
    --------
    >>> cell_reference("AB", 3.0), cell_reference(None, 3), cell_reference("C", None)
    ('AB3', '', '')
    """
    if column is None or pd.isna(column):
        return ""
    text = str(column).strip()
    if re.fullmatch(r"[A-Z]{1,3}[0-9]+", text):
        return text
    if re.fullmatch(r"[A-Z]{1,3}", text) and row is not None and not pd.isna(row):
        return f"{text}{int(row)}"
    return ""


def _read_build(out_dir: Path) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, pd.DataFrame | None]:
    for name in ("projects.csv", "issues.csv", "manifest.json"):
        if not (out_dir / name).is_file():
            raise FileNotFoundError(f"{out_dir / name}: the build folder has no {name}")
    build = load_build(out_dir)  # every table checked against its schema
    files = pd.DataFrame(build.manifest.get("files", []))
    if "file" not in files.columns:
        files = pd.DataFrame({"file": pd.Series(dtype=str)})
    return build["projects"], build["issues"], files, build.get("quality")


def _partner_lang(langs: pd.Series) -> str:
    known = langs.dropna().astype(str).str.lower().map(_LANG_OF).dropna()
    if known.empty:
        return "en"
    counts = known.value_counts()
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0] != "uk"))
    return top[0][0]


def _worst_grade(grades: pd.Series):
    graded = sorted(g for g in grades.dropna().astype(str) if g)
    return graded[-1] if graded else pd.NA


def _issues_sheet(issues: pd.DataFrame, lang: str) -> pd.DataFrame:
    rows = pd.to_numeric(issues["row"], errors="coerce")
    table = pd.DataFrame(
        {
            "file": issues["file"].to_numpy(),
            "sheet": issues["sheet"].to_numpy(),
            "row": rows.astype("Int64").to_numpy(),
            "cell": [cell_reference(c, r) for c, r in zip(issues["column"], rows, strict=True)],
            "severity": [
                label(f"severity.{s}", lang) if s in _SEVERITY_ORDER else s for s in issues["severity"]
            ],
            "kind": issues["kind"].to_numpy(),
            "message": issues["message"].to_numpy(),
            # the message is the build's sentence; what to do is said in the partner's language
            "todo": [_todo(k, lang) for k in issues["kind"]],
        }
    )
    return table.rename(columns={c: label(f"col.{c}", lang) for c in table.columns})


def _todo(kind, lang: str) -> str:
    """What the partner can do about an issue of this kind, in their language ("" when nothing is said)."""
    key = f"todo.{kind}"
    if labels.has_label(f"feedback.{key}"):
        return label(key, lang)
    return ""


def _summary_sheet(card: pd.DataFrame, lang: str) -> pd.DataFrame:
    cols = ["file", "status", "rows_read", "rows_loaded", "rows_rejected", "rows_skipped"]
    cols += ["completeness", "errors", "warnings", "grade"]
    table = card.reindex(columns=cols).copy()
    table["status"] = [
        label(f"status.{s}", lang) if labels.has_label(f"feedback.status.{s}") else s for s in table["status"]
    ]
    return table.rename(columns={c: label(f"col.{c}", lang) for c in cols})


def _note_sheet(partner: str, lang: str, card: pd.DataFrame, n_problems: int, grade) -> pd.DataFrame:
    lines = [
        label("note.title", lang),
        label("note.partner", lang, partner=partner),
        label(
            "note.counts",
            lang,
            files=len(card),
            loaded=int(card["rows_loaded"].sum()),
            errors=int(card["errors"].sum()),
            warnings=int(card["warnings"].sum()),
        ),
    ]
    if not pd.isna(grade):
        lines.append(label("note.grade", lang, grade=grade))
    if n_problems:
        lines.append(label("note.problems", lang, sheet=label("sheet.issues", lang)))
    else:
        lines.append(label("note.no_problems", lang))
    lines += [label("note.grades", lang), label("note.template", lang)]
    return pd.DataFrame({label("col.note", lang): lines})


def write_feedback(
    out_dir: str | Path, to_dir: str | Path, severities: tuple[str, ...] = ("error", "warning")
) -> pd.DataFrame:
    """Write one feedback workbook per partner from a build folder.

    Parameters
    ----------
    out_dir : path
        Build folder with ``projects.csv``, ``issues.csv``, ``manifest.json`` (``quality.csv`` is
        used when present, else computed with :func:`mtd_analysis.analysis.quality.quality`).
    to_dir : path
        Folder for the workbooks, ``feedback_<partner>.xlsx``: new, empty or earlier feedback; replaced as a
        whole once every workbook is written (no stale workbook stays).
    severities : tuple of str
        Issue severities listed to partners (notes are left out by default).

    Returns
    -------
    DataFrame
        ``FEEDBACK_COLUMNS``, one row per workbook written: partner, lang (``en``/``uk``), workbook
        (file name), path, files (submissions), errors, warnings, grade (the partner's worst file
        grade). Sorted by partner. A partner is the one named by the file's projects, else by the
        manifest; a file with neither is reported under its own file stem.

    Raises
    ------
    FileNotFoundError
        When the build folder lacks one of its files.

    Examples
    --------
    >>> import json, tempfile, pathlib, pandas as pd
    >>> from mtd_analysis import schema
    >>> out = pathlib.Path(tempfile.mkdtemp())
    >>> pd.DataFrame([{"project_id": "EU-1", "partner": "EU", "title": "Patrols", "source_file": "eu.xlsx",
    ...               "source_sheet": "S", "source_row": 2}], columns=schema.PROJECT_COLUMNS
    ...              ).to_csv(out / "projects.csv", index=False)
    >>> pd.DataFrame(columns=schema.ISSUE_COLUMNS).to_csv(out / "issues.csv", index=False)
    >>> _ = (out / "manifest.json").write_text(json.dumps({"files": [{"file": "eu.xlsx", "status": "loaded",
    ...     "rows_read": 1, "rows_loaded": 1, "lang": "uk"}]}))
    >>> write_feedback(out, out / "feedback")[["partner", "lang", "workbook"]].values.tolist()
    [['EU', 'uk', 'feedback_EU.xlsx']]
    """
    out_dir, to_dir = Path(out_dir), Path(to_dir)
    projects, issues, files, card = _read_build(out_dir)

    if card is None:
        card = quality(files, issues, projects)
    card = card.assign(file=card["file"].astype(str))
    card["partner"] = [
        p if isinstance(p, str) and p.strip() else Path(f).stem
        for p, f in zip(card["partner"], card["file"], strict=True)
    ]
    langs = (
        files.assign(file=files["file"].astype(str)).set_index("file")["lang"] if "lang" in files else None
    )
    project_langs = (
        projects.dropna(subset=["source_file"]).groupby("source_file")["lang"].first()
        if "lang" in projects.columns
        else pd.Series(dtype=object)
    )
    card["lang"] = [
        (
            langs.get(f)
            if langs is not None and not pd.isna(langs.get(f, np.nan))
            else project_langs.get(f, pd.NA)
        )
        for f in card["file"]
    ]
    wanted = issues[issues["severity"].isin(severities) & ~issues["kind"].isin(schema.ANALYST_KINDS)].assign(
        _order=lambda d: d["severity"].map(_SEVERITY_ORDER),
        _row=lambda d: pd.to_numeric(d["row"], errors="coerce"),
    )

    written: list[dict] = []
    used_names: set[str] = set()
    with staged_folder(to_dir, "feedback") as staging:  # the folder is replaced as a whole: no stale workbook
        for partner in sorted(card["partner"].unique()):
            written.append(_partner_workbook(partner, card, wanted, staging, to_dir, used_names))
    return pd.DataFrame(written, columns=FEEDBACK_COLUMNS)


def _partner_workbook(
    partner: str, card: pd.DataFrame, wanted: pd.DataFrame, staging: Path, to_dir: Path, used_names: set
) -> dict:
    """Write one partner's feedback workbook into the staging folder; its row of the returned table."""
    own = card[card["partner"].eq(partner)].sort_values("file", kind="stable")
    lang = _partner_lang(own["lang"])
    problems = wanted[wanted["file"].isin(own["file"])].sort_values(
        ["file", "_order", "sheet", "_row", "column", "kind", "message"],
        kind="stable",
        na_position="first",
    )
    grade = _worst_grade(own["grade"])
    stem = f"feedback_{safe_file_name(partner)}"
    name, n = f"{stem}.xlsx", 2
    while name.casefold() in used_names:
        name, n = f"{stem}-{n}.xlsx", n + 1
    used_names.add(name.casefold())
    sheets = {
        label("sheet.note", lang): _note_sheet(partner, lang, own, len(problems), grade),
        label("sheet.summary", lang): _summary_sheet(own, lang),
        label("sheet.issues", lang): _issues_sheet(problems, lang),
    }
    path = to_dir / name
    write_workbook(sheets, staging / name, percent_columns=(label("col.completeness", lang),))
    return {
        "partner": partner,
        "lang": lang,
        "workbook": name,
        "path": str(path),
        "files": len(own),
        "errors": int(problems["severity"].eq("error").sum()),
        "warnings": int(problems["severity"].eq("warning").sum()),
        "grade": grade,
    }
