"""Turn the cells of a partner's sheet into project records, accounting for every row.

Each non-blank row below the header is *read* and ends as exactly one of:

- **loaded**: it can be a project (it has a title or a project code); problems in
  its cells are issues, but the row is kept;
- **rejected**: it cannot be a project (no title and no code), with an error issue;
- **skipped**: a totals row, a repeated header, a note or section heading, the
  template's example row, or (decided later, across files) the same project
  sent twice.

Examples
--------
>>> from mtd_analysis.ingest.read import Grid
>>> grid = Grid("Projects", [["Donor: EU"], ["Title", "Beneficiary", "Period", "Budget, EUR"],
...                          ["Mobile groups", "НПУ", "2021", "1 000 000"],
...                          ["Total", None, None, "1 000 000"]])
>>> sheet = sheet_projects(grid, "eu.xlsx")
>>> [(r["title"], r["partner"], r["beneficiaries"], r["start_date"], r["end_date"], r["amount"], r["currency"])
...  for r in sheet.records]
[('Mobile groups', 'EU', 'NPU', '2021-01-01', '2021-12-31', 1000000.0, 'EUR')]
>>> sheet.counts
{'rows_read': 2, 'rows_loaded': 1, 'rows_rejected': 0, 'rows_skipped': 1}
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import PurePosixPath

from mtd_analysis import config
from mtd_analysis.ingest.columns import Header, find_header, header_repeats, is_hxl_tag, match_field
from mtd_analysis.ingest.read import Grid
from mtd_analysis.ingest.values import (
    _PLAIN_NUMBER,
    ValueProblem,
    clean_text,
    currency_in_text,
    normalise_key,
    parse_amount,
    parse_beneficiaries,
    parse_currency,
    parse_date,
    parse_period,
    parse_status,
)

_TOTAL = re.compile(
    r"^(grand |sub ?)?totals?\b|^(усього|разом|всього|загалом|итого|всего|підсумок|в т ч|sum)\b",
    re.IGNORECASE,
)
_NOTE = re.compile(
    r"^(\*|note|notes|примітк|примечан|джерело|source|sources|prepared by|підготував|n\.?b\.?)", re.IGNORECASE
)
_EXAMPLE = {"example", "приклад", "пример", "зразок"}
_FORMULA_START = ("=", "+", "-", "@")
_TEXT_FIELDS = ("title", "description", "partner", "implementer", "declared_priority", "project_id", "status")


def column_letter(index: int) -> str:
    """Excel's column letters for a 0-based column index.

    Examples
    --------
    >>> column_letter(0), column_letter(25), column_letter(27)
    ('A', 'Z', 'AB')
    """
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


@lru_cache(maxsize=1024)
def _letters(index: int) -> str:
    return column_letter(index)


@lru_cache(maxsize=1)
def _partner_alias_map() -> dict[str, str]:
    return dict(reversed(_partner_aliases()))


@lru_cache(maxsize=1)
def _partner_aliases() -> list[tuple[str, str]]:
    rows = []
    with open(config.PARTNERS_FILE, encoding="utf-8", newline="") as fh:
        for rec in csv.DictReader(fh):
            name = rec["partner"].strip()
            for alias in [name, *rec["aliases"].split(";")]:
                key = normalise_key(alias)
                if key:
                    rows.append((key, name))
    rows.sort(key=lambda r: -len(r[0]))
    return rows


@lru_cache(maxsize=16384)
def canonical_partner(name: str) -> str:
    """The canonical name of a development partner or implementer, or the name as written.

    Examples
    --------
    >>> canonical_partner("European Union"), canonical_partner("ЄС"), canonical_partner("La Strada Ukraine")
    ('EU', 'EU', 'La Strada Ukraine')
    >>> canonical_partner("Denmark (DANIDA)"), canonical_partner("United States (INL)")
    ('Denmark', 'USA')
    """
    aliases = _partner_alias_map()
    key = normalise_key(name)
    if key in aliases:
        return aliases[key]
    for part in re.split(r"\s+[-–—]\s+", name)[:2] if re.search(r"\s[-–—]\s", name) else ():
        # IATI style "UK - Foreign, Commonwealth and Development Office", "Deutschland - Auswärtiges Amt"
        if normalise_key(part) in aliases:
            return aliases[normalise_key(part)]
    # "United States (INL)", "Denmark (DANIDA)": the funder is named outside the brackets
    outside = normalise_key(re.sub(r"\([^)]*\)", " ", name))
    if outside in aliases:
        return aliases[outside]
    return name.strip()


def partner_in_text(text: str) -> str | None:
    """The partner named first in free text (a title block or a file name), or None.

    Examples
    --------
    >>> partner_in_text("EU-funded technical assistance to the MIA system — status as of 15 March 2021")
    'EU'
    >>> partner_in_text("USA INL 2021"), partner_in_text("projects_2021") is None
    ('USA', True)
    """
    key = f" {normalise_key(text)} "
    found: list[tuple[int, str]] = []
    for alias, canonical in _partner_aliases():
        if len(alias) < 2:
            continue
        at = key.find(f" {alias} ")
        if at >= 0:
            found.append((at, canonical))
            key = (
                key[:at] + " " + "_" * len(alias) + " " + key[at + len(alias) + 2 :]
            )  # longest alias wins its place
    return min(found)[1] if found else None


def detect_language(texts: list[str]) -> str:
    """en, uk or ru from a few header labels.

    Examples
    --------
    >>> detect_language(["Назва проєкту", "Бюджет"]), detect_language(["Title"]), detect_language(["Название"])
    ('uk', 'en', 'ru')
    """
    joined = " ".join(texts).lower()
    cyrillic = len(re.findall(r"[а-яіїєґё]", joined))
    latin = len(re.findall(r"[a-z]", joined))
    if cyrillic <= latin:
        return "en"
    if re.search(r"[іїєґ]", joined):
        return "uk"
    return "ru"  # Ukrainian text almost always carries і, ї, є or ґ


@dataclass
class SheetResult:
    """What one sheet gave: project records, issues, and its row accounting."""

    sheet: str
    status: str  # loaded, skipped, failed
    records: list[dict] = field(default_factory=list)
    issues: list[dict] = field(default_factory=list)
    counts: dict = field(default_factory=lambda: dict.fromkeys(_COUNT_KEYS, 0))
    header_row: int | None = None
    lang: str | None = None
    reason: str = ""


_COUNT_KEYS = ("rows_read", "rows_loaded", "rows_rejected", "rows_skipped")


def _blank(row: list) -> bool:
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in row)


def _likely_header(rows: list[list]) -> tuple[str, int]:
    """The first row of short text cells that looks like column names, for a message; ("", -1) when none."""
    for index, row in enumerate(rows[: config.HEADER_SCAN_ROWS]):
        texts = [clean_text(v) for v in row if isinstance(v, str) and clean_text(v)]
        if len(texts) >= 4 and all(len(t) <= 60 for t in texts):
            shown = ", ".join(f"'{t}'" for t in texts[:6]) + (" …" if len(texts) > 6 else "")
            return shown, index
    return "", -1


def _fill_merged(
    rows: list[list], merged: list, first_data_row: int, money_cols: set[int]
) -> dict[tuple, tuple]:
    """Fill cells merged down several data rows (a partner named once for three projects) with the top value.

    Ranges merged across columns only (a heading spread over the table's width) are left as
    read: the value stays in its first cell. Money is never copied down: it would be counted
    several times. Returns the money cells merged over several rows: {(row, col): (top row, bottom row)}.
    """
    money_spans = {}
    for (r0, c0), (r1, _c1) in merged:
        if r1 < first_data_row or r1 == r0 or r0 >= len(rows):
            continue
        top = rows[r0][c0] if c0 < len(rows[r0]) else None
        if c0 in money_cols:
            money_spans[(r0, c0)] = (r0, r1)
            continue
        for r in range(max(r0 + 1, first_data_row), min(r1, len(rows) - 1) + 1):
            row = rows[r]
            if len(row) <= c0:
                row.extend([None] * (c0 + 1 - len(row)))
            row[c0] = top
    return money_spans


class _Sheet:
    """State while reading one sheet: where issues go and how cells are named."""

    def __init__(self, grid: Grid, source_file: str):
        self.grid = grid
        self.file = source_file
        self.issues: list[dict] = []
        self.line_of_row = grid.meta.get("line_of_row")
        # set by _read_table once the header is known
        self.header: Header | None = None
        self.fields: dict[str, int] = {}
        self.yearly: dict[int, int] = {}
        self.sheet_partner: str | None = None
        self.block_currency: str | None = None
        self.money_spans: dict = {}
        self.probe: tuple[int, str] | None = None

    def row_number(self, index: int) -> int:
        if self.line_of_row and index < len(self.line_of_row):
            return self.line_of_row[index]
        return index + 1

    def cell(self, index: int, col: int | None) -> str:
        if col is None:
            return ""
        return f"{_letters(col)}{self.row_number(index)}"

    def issue(self, severity: str, kind: str, message: str, index: int | None = None, col: int | None = None):
        self.issues.append(
            {
                "file": self.file,
                "sheet": self.grid.sheet,
                "row": self.row_number(index) if index is not None else None,
                "column": self.cell(index, col)
                if (index is not None and col is not None)
                else (column_letter(col) if col is not None else ""),
                "severity": severity,
                "kind": kind,
                "message": message,
            }
        )


def _title_block(rows: list[list], header_first_row: int) -> str:
    texts = []
    for row in rows[:header_first_row]:
        texts.extend(t for t in (clean_text(v) for v in row) if t)
    return " ".join(texts)


def _labelled_value(block_rows: list[list], labels: tuple[str, ...]) -> str | None:
    """A value written after a label in the title block: "Donor: EU" or "Donor | EU"."""
    for row in block_rows:
        cells = [clean_text(v) for v in row]
        for i, text in enumerate(cells):
            if not text:
                continue
            low = normalise_key(text)
            for label in labels:
                if low == label or low.startswith(label + " "):
                    rest = re.split(r"[:：]", text, maxsplit=1)
                    if len(rest) == 2 and rest[1].strip():
                        return rest[1].strip()
                    following = [c for c in cells[i + 1 :] if c]
                    if following:
                        return following[0]
    return None


_PARTNER_LABELS = (
    "donor",
    "partner",
    "development partner",
    "funded by",
    "донор",
    "партнер",
    "партнер з розвитку",
    "фінансується",
)
_CURRENCY_LABELS = ("currency", "валюта", "all amounts in", "amounts in", "суми в", "сума в", "усі суми в")


def sheet_projects(grid: Grid, source_file: str, file_partner: str | None = None) -> SheetResult:
    """Read one sheet's project table into records.

    Parameters
    ----------
    grid : Grid
        The sheet's cells (see :mod:`mtd_analysis.ingest.read`).
    source_file : str
        The file's path relative to the submissions folder, as shown in outputs.
    file_partner : str, optional
        The partner known for the whole file (from its name), used when neither a
        column nor the title block names one.

    Returns
    -------
    SheetResult
        Records carry the :data:`mtd_analysis.schema.PROJECT_COLUMNS` fields except
        ``project_id`` (assigned across files by the build) plus ``code`` (the
        partner's own project code) and ``partner_from``.
    """
    state = _Sheet(grid, source_file)
    result = SheetResult(grid.sheet, "skipped")
    rows = grid.rows
    nonblank = sum(1 for r in rows if not _blank(r))
    where = f"sheet '{grid.sheet}'" if grid.sheet else "the file"
    if grid.meta.get("error"):
        state.issue(
            "error", "sheet", f"{where} cannot be read ({grid.meta['error']}); its rows were not loaded"
        )
        result.status, result.issues = "failed", state.issues
        return result
    if grid.meta.get("kind") and grid.meta["kind"] != "WorkSheet":
        state.issue("info", "sheet", f"{where} is a {grid.meta['kind']} (not a table of projects); skipped")
        result.issues = state.issues
        return result
    if nonblank == 0:
        state.issue("info", "sheet", f"{where} is empty; skipped")
        result.issues = state.issues
        return result
    header = find_header(rows, grid.merged)
    if header is None and grid.meta.get("template"):
        result.reason = "template sheet"  # the intake template's instructions and lists: nothing to report
        return result
    if header is None:
        looks_like, row_index = _likely_header(rows)
        hint = (
            f"; row {state.row_number(row_index)} looks like column names ({looks_like}) — if this is a project "
            "list, rename its columns or add them to mtd_analysis/data/column_aliases.csv"
            if looks_like
            else ""
        )
        state.issue(
            "warning" if looks_like and nonblank > 3 else "info",
            "sheet",
            f"{where} holds no project table (no header row with a project title or code column and an amount, "
            f"date, period or beneficiary column in its first {config.HEADER_SCAN_ROWS} rows); "
            f"its {nonblank} non-empty rows were not loaded{hint}",
        )
        result.issues, result.reason = state.issues, "no project table"
        return result
    if not grid.visible:
        state.issue(
            "info",
            "sheet",
            f"{where} is hidden; its project table ({nonblank} non-empty rows) was not loaded",
        )
        result.issues, result.reason = state.issues, "hidden"
        return result
    if grid.meta.get("named_as"):
        state.issue(
            "warning",
            "file",
            f"the file is named {grid.meta['named_as']} but holds plain text; it was read as a delimited text export",
        )
    if grid.meta.get("replacement_chars"):
        state.issue("warning", "encoding", "the file holds characters that could not be decoded (shown as �)")
    return _read_table(state, header, file_partner, result)


def _read_table(state: _Sheet, header: Header, file_partner: str | None, result: SheetResult) -> SheetResult:
    grid = state.grid
    rows = [list(r) for r in grid.rows]  # the grid stays as read
    fields = header.fields()
    yearly = header.yearly()
    money_cols = set(yearly) | ({fields["amount"]} if "amount" in fields else set())
    money_spans = _fill_merged(rows, grid.merged, header.row + 1, money_cols)
    block = rows[: header.first_row]
    block_text = _title_block(rows, header.first_row)
    labelled_partner = _labelled_value(block, _PARTNER_LABELS)
    sheet_partner = (
        canonical_partner(labelled_partner) if labelled_partner else partner_in_text(block_text)
    ) or file_partner
    block_currency = None
    labelled_currency = _labelled_value(block, _CURRENCY_LABELS)
    if labelled_currency:
        block_currency = currency_in_text(labelled_currency) or currency_in_text(f"x {labelled_currency}")
    elif block_text:
        m = re.search(r"(?:amounts?|суми|сума|budget|бюджет)[^.;]{0,40}", block_text, re.IGNORECASE)
        block_currency = currency_in_text(m.group(0)) if m else None
    block_scale = _block_scale(block_text)
    if (
        block_scale != 1.0
    ):  # "(тис. грн)" / "amounts in thousand EUR" under the title: money columns in thousands
        header.columns = {
            c: (replace(m, scale=block_scale) if m.field in ("amount", "yearly") and m.scale == 1.0 else m)
            for c, m in header.columns.items()
        }
    labels = [header.labels.get(c, "") for c in sorted(header.columns)]
    result.lang = detect_language(labels + [block_text])
    result.header_row = state.row_number(header.row)
    # the table ends at its last labelled column; cells further right are reported row by row
    width = 1 + max(
        (c for r in rows[header.first_row : header.row + 1] for c, v in enumerate(r) if clean_text(v)),
        default=-1,
    )

    # columns the reader does not know: reported once, if they hold anything
    for col in range(width):
        label = " / ".join(
            t
            for t in (
                clean_text(rows[r][col]) if col < len(rows[r]) else None
                for r in range(header.first_row, header.row + 1)
            )
            if t
        )
        m = header.columns.get(col)
        if m and m.field not in (None, "duplicate"):
            continue
        has_data = any(col < len(r) and clean_text(r[col]) for r in rows[header.row + 1 :])
        if not has_data:
            continue
        if m and m.field == "duplicate":
            state.issue(
                "warning",
                "header",
                f"column '{label}' repeats a column already read; its values were not loaded",
                header.row,
                col,
            )
        elif label:
            state.issue(
                "info" if m and m.field == "ignore" else "warning",
                "header",
                f"column '{label}' is not a project field this tool knows; its values were not loaded "
                "(rename it, or add its name to mtd_analysis/data/column_aliases.csv)",
                header.row,
                col,
            )
        else:
            state.issue(
                "warning",
                "header",
                f"column {column_letter(col)} has values but no header; they were not loaded",
                header.row,
                col,
            )

    seen_total = False
    # what every row of this table is read against
    state.header, state.fields, state.yearly = header, fields, yearly
    state.sheet_partner, state.block_currency, state.money_spans = sheet_partner, block_currency, money_spans
    state.probe = _repeat_probe(header)
    for index in range(header.row + 1, len(rows)):
        row = rows[index]
        cleaned = [None if v is None else clean_text(v) for v in row]
        if not any(cleaned):
            continue
        result.counts["rows_read"] += 1
        extra = [c for c in range(width, len(row)) if cleaned[c]]
        if extra:
            cells = ", ".join(state.cell(index, c) for c in extra[:5]) + (" …" if len(extra) > 5 else "")
            state.issue(
                "warning",
                "header",
                f"row {state.row_number(index)} has values beyond the table's last column ({cells}); "
                "they have no header and were not loaded",
                index,
                extra[0],
            )
        try:
            outcome = _read_row(state, row, cleaned, index, seen_total)
        except Exception as exc:  # noqa: BLE001 - a row's problem costs that row, never the sheet
            state.issue(
                "error",
                getattr(exc, "kind", "row"),
                f"row {state.row_number(index)} could not be read ({getattr(exc, 'message', None) or exc}); "
                "it was not loaded",
                index,
            )
            outcome = "rejected"
        if outcome == "total":
            seen_total = True
            result.counts["rows_skipped"] += 1
        elif outcome in ("skipped",):
            result.counts["rows_skipped"] += 1
        elif outcome == "rejected":
            result.counts["rows_rejected"] += 1
        else:
            result.records.append(outcome)
            result.counts["rows_loaded"] += 1
    result.status = "loaded"
    result.issues = state.issues
    return result


def _value(row: list, col: int | None):
    if col is None or col >= len(row):
        return None
    return row[col]


def _repeat_probe(header: Header) -> tuple[int, str] | None:
    """A column and its header text: a data row repeating the header has that text there (a cheap first test)."""
    for col in sorted(header.columns):
        label = header.labels.get(col)
        if label:
            return col, label.split(" / ")[-1].lower()
    return None


def _read_row(state: _Sheet, row: list, cleaned: list, index: int, seen_total: bool):
    """What one non-blank row below the header is: "total", "skipped", "rejected" or a project record."""
    header, fields, yearly, probe = state.header, state.fields, state.yearly, state.probe
    n = state.row_number(index)
    texts = [(c, t) for c, t in enumerate(cleaned) if t]
    key_cols = [fields.get(f) for f in ("title", "project_id", "number") if fields.get(f) is not None]
    # totals rows
    # "Разом проти насильства" (Together against violence) is a project: a row with a code, dates or an agency is one
    has_identity = any(
        (v := _value(cleaned, fields.get(f))) and not _TOTAL.match(v.lower())
        for f in ("project_id", "start_date", "end_date", "period", "beneficiaries")
    )
    for c, t in texts[:4]:
        if not has_identity and isinstance(row[c], str) and _TOTAL.match(t.lower()) and len(t.split()) <= 5:
            state.issue(
                "info", "total", f"row {n}: '{t}' is a totals row; skipped (totals are recomputed)", index, c
            )
            return "total"
    hxl = sum(1 for _, t in texts if t[0] == "#" and is_hxl_tag(t))
    if hxl and hxl * 2 >= len(texts):
        state.issue(
            "info", "header", f"row {n} holds HXL hashtags (#org, #sector ...), not a project; skipped", index
        )
        return "skipped"
    if (
        probe is not None
        and probe[0] < len(cleaned)
        and cleaned[probe[0]]
        and cleaned[probe[0]].lower() == probe[1]
        and header_repeats(row, header)
    ):
        state.issue("info", "header", f"row {n} repeats the table header; skipped", index)
        return "skipped"
    code_text = _value(cleaned, fields.get("project_id"))
    title_text = _value(cleaned, fields.get("title"))
    if (code_text and code_text.lower() in _EXAMPLE) or (
        title_text and title_text[:8].split(":")[0].strip().lower() in _EXAMPLE
    ):
        if not state.grid.meta.get("template"):  # in the intake template the example row is expected
            state.issue("info", "example", f"row {n} is the template's example row; skipped", index)
        return "skipped"
    recognised = [
        c
        for c, _ in texts
        if c in header.columns and header.columns[c].field not in ("number", "ignore", "duplicate", None)
    ]
    numeric_fields = {
        fields.get("amount"),
        fields.get("start_date"),
        fields.get("end_date"),
        fields.get("period"),
        *yearly,
    }
    has_numbers = any(c in numeric_fields for c in recognised)
    only_text = len(texts) == 1 and isinstance(row[texts[0][0]], str)
    if only_text and (not has_numbers):
        c, t = texts[0]
        snippet = t if len(t) <= 80 else t[:77] + "…"
        if _NOTE.match(t) or seen_total or c not in key_cols[:2]:
            state.issue(
                "info",
                "note",
                f"row {n} is a note under or inside the table ('{snippet}'); skipped",
                index,
                c,
            )
        else:
            state.issue(
                "warning",
                "heading",
                f"row {n} has only the text '{snippet}' and no amount, dates, agency or partner: "
                "taken as a section heading, not a project",
                index,
                c,
            )
        return "skipped"
    if seen_total and not title_text and not code_text:
        state.issue("info", "note", f"row {n} lies below the totals row and names no project; skipped", index)
        return "skipped"
    if not title_text and not code_text:
        where = ", ".join(f"{state.cell(index, c)}='{t[:30]}'" for c, t in texts[:3])
        state.issue(
            "error",
            "title",
            f"row {n} has no project title or code, so it cannot be a project ({where}); rejected — add the title",
            index,
            fields.get("title"),
        )
        return "rejected"
    return _project(state, row, cleaned, index, n, title_text, code_text)


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _project(state: _Sheet, row: list, cleaned: list, index: int, n: int, title_text, code_text) -> dict:
    """The project record of a row that can be one, with an issue for every cell that is wrong."""
    fields, yearly, header = state.fields, state.yearly, state.header
    sheet_partner, block_currency, money_spans = state.sheet_partner, state.block_currency, state.money_spans
    cells: dict[str, str] = {}
    rec: dict = {}

    def get(name):
        col = fields.get(name)
        value = _value(row, col)
        if value is not None and col is not None:
            cells[name] = state.cell(index, col)
        return value, col

    def text(name):
        col = fields.get(name)
        value = _value(cleaned, col)
        if value is not None:
            cells[name] = state.cell(index, col)
        return value, col

    def problem(exc: ValueProblem, col, what):
        state.issue(
            exc.severity, exc.kind, f"row {n}, {what} ({state.cell(index, col)}): {exc.message}", index, col
        )

    rec["code"] = code_text
    rec["title"] = title_text
    if not title_text:
        state.issue(
            "warning", "title", f"row {n}: project {code_text} has no title", index, fields.get("title")
        )
    text("project_id")
    text("title")
    rec["description"], _ = text("description")

    partner_text, partner_col = text("partner")
    if partner_text:
        rec["partner"] = canonical_partner(partner_text)
        rec["partner_from"] = "column"
    elif sheet_partner:
        rec["partner"] = sheet_partner
        rec["partner_from"] = "file"
    else:
        rec["partner"] = None
        rec["partner_from"] = None
    impl_text, _ = text("implementer")
    rec["implementer"] = canonical_partner(impl_text) if impl_text else None

    ben, ben_col = text("beneficiaries")
    codes, unknown = parse_beneficiaries(ben) if ben else ([], [])
    rec["beneficiaries"] = ";".join(codes) if codes else None
    for part in unknown:
        state.issue(
            "warning",
            "beneficiary",
            f"row {n}: beneficiary '{part}' is not an MIA agency this tool knows "
            "(MIA, NPU, SBGS, NGU, SMS, SESU, by code or name)",
            index,
            ben_col,
        )
    rec["declared_priority"], _ = text("declared_priority")
    status, _ = text("status")
    rec["status"] = parse_status(status)

    # dates
    start = end = None
    start_value, start_col = get("start_date")
    end_value, end_col = get("end_date")
    period_value, period_col = get("period")
    d1904 = state.grid.date1904
    if start_value is not None:
        try:
            start = parse_date(start_value, date1904=d1904)
        except ValueProblem as exc:
            try:  # "2021-2050" in a Start cell costs that cell, never the sheet
                if "is a period" not in exc.message:
                    raise
                start, period_end = parse_period(start_value)
                if end_value is None:
                    end = period_end
            except ValueProblem as cell_exc:
                problem(cell_exc, start_col, "start date")
    if end_value is not None:
        try:
            end = parse_date(end_value, end=True, date1904=d1904)
        except ValueProblem as exc:
            try:
                if "is a period" not in exc.message:
                    raise
                _, end = parse_period(end_value)
            except ValueProblem as cell_exc:
                problem(cell_exc, end_col, "end date")
    if period_value is not None and (start is None or end is None):
        try:
            p_start, p_end = parse_period(period_value, date1904=d1904)
            start = start or p_start
            end = end or p_end
        except ValueProblem as exc:
            problem(exc, period_col, "period")
    if start and end and end < start:
        state.issue(
            "error",
            "date",
            f"row {n}: end date {_show(end_value, end)} is before start date {_show(start_value or period_value, start)}",
            index,
            end_col if end_col is not None else period_col,
        )
    if start is None and end is None and start_value is None and end_value is None and period_value is None:
        state.issue(
            "warning",
            "date",
            f"row {n}: no start or end date",
            index,
            start_col if start_col is not None else period_col,
        )
    rec["start_date"], rec["end_date"] = _iso(start), _iso(end)

    # money
    amount_value, amount_col = get("amount")
    amount = None
    cell_currency = None
    if amount_value is not None:
        try:
            parsed = parse_amount(amount_value)
            if parsed is not None:
                amount, cell_currency = parsed.value, parsed.currency
                amount = _in_units(amount, amount_value, header.columns[amount_col].scale)
        except ValueProblem as exc:
            problem(exc, amount_col, "amount")
    if amount_col is not None and (index, amount_col) in money_spans:
        r0, r1 = money_spans[(index, amount_col)]
        state.issue(
            "warning",
            "amount",
            f"row {n}: the amount is merged over rows {state.row_number(r0)}–{state.row_number(r1)}; "
            f"it is counted once, on row {n}",
            index,
            amount_col,
        )
    currency_value, currency_col = get("currency")
    column_currency = None
    if currency_value is not None:
        try:
            column_currency = parse_currency(currency_value)
        except ValueProblem as exc:
            problem(exc, currency_col, "currency")
            column_currency = clean_text(currency_value).upper()
    header_currency = header.columns[amount_col].currency if amount_col is not None else None
    year_amounts: dict[int, float] = {}
    year_currency = None
    for col, year in yearly.items():
        value = _value(row, col)
        if value is None:
            continue
        try:
            parsed = parse_amount(value)
        except ValueProblem as exc:
            problem(exc, col, f"amount for {year}")
            continue
        if parsed is None:
            continue
        cells[f"amount_{year}"] = state.cell(index, col)
        value_in_units = _in_units(parsed.value, value, header.columns[col].scale)
        year_amounts[year] = year_amounts.get(year, 0.0) + value_in_units
        year_currency = year_currency or parsed.currency or header.columns[col].currency
    currency = cell_currency or column_currency or header_currency or year_currency or block_currency
    if cell_currency and column_currency and cell_currency != column_currency:
        state.issue(
            "warning",
            "currency",
            f"row {n}: the amount says {cell_currency} but the currency column says {column_currency}; "
            f"{cell_currency} was used",
            index,
            amount_col,
        )
    if amount is None and year_amounts:
        amount = round(sum(year_amounts.values()), 2)
        state.issue(
            "info",
            "amount",
            f"row {n}: no total amount; the sum of the yearly amounts ({amount:,.2f}) is used",
            index,
            amount_col,
        )
    if amount is None and amount_value is None:
        state.issue("warning", "amount", f"row {n}: no amount", index, amount_col)
    if amount is not None and not currency:
        state.issue(
            "warning",
            "currency",
            f"row {n}: amount {amount:,.2f} has no currency (none in the cell, column, header or title)",
            index,
            currency_col if currency_col is not None else amount_col,
        )
    rec["amount"] = amount
    rec["currency"] = currency
    rec["yearly_amounts"] = ";".join(f"{y}={_fmt(v)}" for y, v in sorted(year_amounts.items())) or None

    for name in _TEXT_FIELDS:
        col = fields.get(name)
        value = _value(cleaned, col)
        if value and value[0] in "=+-@" and isinstance(row[col], str):
            if name == "status" or not value[1:2].strip():
                continue
            state.issue(
                "warning",
                "formula",
                f"row {n}: cell {state.cell(index, col)} starts with '{value[0]}', like a spreadsheet formula; "
                "it is kept as plain text and never evaluated",
                index,
                col,
            )
    rec["sectors"] = None
    rec["lang"] = None
    rec["source_file"] = state.file
    rec["source_sheet"] = state.grid.sheet
    rec["source_row"] = n
    rec["source_cells"] = ";".join(f"{k}={v}" for k, v in cells.items())
    return rec


_BLOCK_UNITS = re.compile(
    r"(?:amounts?|figures|sums?|суми|сума|budget|бюджет|обсяг)[^.;]{0,30}?\b(thousands?|тис|тыс|millions?|млн)"
    r"|^\(?\s*(тис|тыс|млн)\.?\s",
    re.IGNORECASE,
)


def _block_scale(block_text: str) -> float:
    """1000 when the title rows say the amounts are in thousands ("сума, тис. грн"), 1e6 for millions.

    Examples
    --------
    >>> _block_scale("EU projects. All amounts in thousand EUR"), _block_scale("Status as of 15 March 2021")
    (1000.0, 1.0)
    """
    m = _BLOCK_UNITS.search(block_text or "")
    if not m:
        return 1.0
    unit = (m.group(1) or m.group(2) or "").lower()
    return 1e6 if unit.startswith(("million", "млн")) else 1000.0


def _in_units(value: float, raw, scale: float) -> float:
    """A plain number in a column headed in thousands (or millions) is that many thousands."""
    if scale == 1.0:
        return value
    if isinstance(raw, (int, float)) or (isinstance(raw, str) and _PLAIN_NUMBER.fullmatch(raw.strip())):
        return round(value * scale, 2)
    return value  # "3 млн грн" written in the cell says its own unit


def _fmt(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _show(raw, parsed: dt.date) -> str:
    """A date as the partner wrote it, or as dd.mm.yyyy when the cell held a number, a date or a whole period."""
    text = clean_text(raw)
    if text and not isinstance(raw, (dt.date, dt.datetime, float, int)):
        try:
            if parse_date(text) == parsed or parse_date(text, end=True) == parsed:
                return text
        except ValueProblem:
            pass
    return parsed.strftime("%d.%m.%Y")


# ---------------------------------------------------------------------------
# identifiers


def partner_slug(partner: str) -> str:
    """A short ASCII-or-Cyrillic slug of a partner's name for project ids.

    Examples
    --------
    >>> partner_slug("Council of Europe"), partner_slug("ЄС")
    ('council-of-europe', 'єс')
    """
    slug = re.sub(r"[^\w]+", "-", partner.lower()).strip("-")
    return slug[:24] or "partner"


def derived_project_id(partner: str, title: str) -> str:
    """A stable project id from the partner and the normalised title.

    Examples
    --------
    >>> derived_project_id("EU", "Border  crossing points") == derived_project_id("EU", "border crossing points")
    True
    >>> pid = derived_project_id("EU", "Border crossing points")
    >>> pid.startswith("eu-"), len(pid)
    (True, 11)
    """
    digest = hashlib.sha1(normalise_key(title).encode("utf-8")).hexdigest()[:8]
    return f"{partner_slug(partner)}-{digest}"


def file_partner_from_name(source_file: str) -> str | None:
    """A partner named in a submission's file name or folder ("EU_projects.xlsx", "UNDP/list.csv").

    Examples
    --------
    >>> file_partner_from_name("2021-03/UNDP_projects_MIA.xlsx"), file_partner_from_name("list.csv") is None
    ('UNDP', True)
    """
    path = PurePosixPath(source_file)
    for text in [path.stem, *reversed(path.parts[:-1])]:
        found = partner_in_text(text.replace("_", " ").replace("-", " "))
        if found:
            return found
    return None


def match_header_label(label: str) -> str | None:
    """The field a header label names (exposed for the template's self-check).

    Examples
    --------
    >>> match_header_label("Дата завершення")
    'end_date'
    """
    return match_field(label).field
