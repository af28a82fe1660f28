"""The build: read every submission in a folder and write the accounted tables.

``build(raw_dir, out_dir)`` is the main job behind ``mtd-analysis build``. It
runs the one-way flow::

    read (files -> grids) -> projects (one accounted table) -> priorities (mapping)
    -> allocations (project x priority x year, one currency) -> coverage / overlaps / quality

and writes, atomically, ``projects.csv``, ``issues.csv``, ``manifest.json``,
``allocations.csv``, ``coverage.csv``, ``subgroups.csv``, ``overlaps.csv``,
``duplication.csv`` and ``quality.csv`` into the output folder. Raw files are
only ever opened for reading.

Files are read in parallel worker processes, so that a file that crashes or
hangs the spreadsheet engine costs that file only: it becomes a file-level error
and the other files load.
"""

from __future__ import annotations

import datetime as dt
import math
import multiprocessing as mp
import os
import queue
import re
import sys
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from functools import cache, partial
from pathlib import Path

import pandas as pd

from mtd_analysis import __version__, config, schema
from mtd_analysis.ingest.amounts import dash_legend, units_noted
from mtd_analysis.ingest.columns import aliases_in_use, column_letter, use_column_aliases
from mtd_analysis.ingest.iati_table import iati_table
from mtd_analysis.ingest.partners import is_known_partner, partner_shares, partner_sums
from mtd_analysis.ingest.periods import days_per_year, split_by_days, yearly_text, yearly_values
from mtd_analysis.ingest.projects import (
    DESCRIBING_FIELDS,
    SHADED,
    canonical_partner,
    code_lists,
    colour_legend,
    colour_name,
    colour_named,
    continued_sheet,
    dated_versions,
    derived_project_id,
    earlier_versions,
    file_partner_from_name,
    legend_named,
    partner_slug,
    pivot_marker,
    priority_codes,
    project_id_from_key,
    said_not_the_list,
    sheet_projects,
    status_codes,
    summaries_of_sheets,
    swatch_legend,
    swatch_legend_across,
    swatch_legend_beside,
    table_pages,
    workbook_partner,
)
from mtd_analysis.ingest.read import (
    SubmissionError,
    discover,
    read_submission,
    row_fills,
    sheet_cell_fills,
)
from mtd_analysis.ingest.sheet import number_ranges
from mtd_analysis.ingest.sidefiles import read_rates
from mtd_analysis.ingest.values import (
    STATUSES,
    clean_text,
    figure_in,
    normalise_key,
    parse_status,
)
from mtd_analysis.processes import Forked, collector_paused, die_with_parent
from mtd_analysis.reference import partners as partners_ref
from mtd_analysis.schema import ISSUE_COLUMNS, PROJECT_COLUMNS, source_cell_names
from mtd_analysis.store import (
    check_replaceable,
    file_sha256,
    staged_folder,
    write_csv,
    write_json,
    write_reference,
)

FILE_TIMEOUT_SECONDS = 300
_MANIFEST_FILE_COLUMNS = [
    "file", "sha256", "bytes", "format", "status", "lang",
    "rows_read", "rows_loaded", "rows_rejected", "rows_skipped", "sheets",
]  # fmt: skip


@dataclass
class BuildResult:
    """Everything a build produced, as DataFrames (and the manifest as a dict)."""

    projects: pd.DataFrame
    issues: pd.DataFrame
    manifest: dict
    allocations: pd.DataFrame | None = None
    coverage: pd.DataFrame | None = None
    subgroups: pd.DataFrame | None = None
    overlaps: pd.DataFrame | None = None
    duplication: pd.DataFrame | None = None
    quality: pd.DataFrame | None = None
    mapping: pd.DataFrame | None = None
    #: The reference tables the build used (priority list, rates, column aliases, partners), by name.
    reference: dict[str, pd.DataFrame] = field(default_factory=dict)
    out_dir: Path | None = None
    written: list[Path] = field(default_factory=list)

    @property
    def n_errors(self) -> int:
        """Number of error-level issues."""
        return int((self.issues["severity"] == "error").sum()) if len(self.issues) else 0


# ---------------------------------------------------------------------------
# reading, one file per task


def _file_issue(rel: str, message: str, severity: str = "error", kind: str = "file") -> dict:
    return schema.issue(rel, message, severity=severity, kind=kind)


def _row_issue(rec: dict, message: str, severity: str) -> dict:
    """A duplicate-project issue at the record's file, sheet and row."""
    return schema.issue(
        rec["source_file"], message, sheet=rec["source_sheet"], row=rec["source_row"], severity=severity,
        kind="duplicate",
    )  # fmt: skip


def _manifest_entry(path: Path, rel: str, status: str) -> dict:
    """A file's manifest entry before its rows are counted (keys: ``_MANIFEST_FILE_COLUMNS``)."""
    entry = dict.fromkeys(_MANIFEST_FILE_COLUMNS, 0)
    entry.update(
        file=rel,
        sha256=file_sha256(path),
        bytes=path.stat().st_size,
        format=path.suffix.lower().lstrip("."),
        status=status,
        lang=None,
        sheets=[],
    )
    return entry


def read_file(
    path: Path,
    rel: str,
    country: str = "UA",
    include_hidden: bool = False,
    column_aliases: Path | None = None,
) -> dict:
    """Read one submission into records, issues and its manifest entry. Never raises for bad input.

    Parameters
    ----------
    path : Path
        The file.
    rel : str
        Its path relative to the submissions folder (POSIX), as shown in outputs.
    country : str
        ISO country code kept when the file is IATI XML.
    include_hidden : bool
        Read sheets hidden in Excel like the others.
    column_aliases : Path, optional
        The analyst's own ``column_aliases.csv`` beside the submissions.

    Returns
    -------
    dict
        ``entry`` (manifest entry), ``records`` (list of dict), ``issues`` (list of dict).
    """
    use_column_aliases(column_aliases)
    entry = _manifest_entry(path, rel, "loaded")
    records: list[dict] = []
    issues: list[dict] = []
    suffix = path.suffix.lower()
    try:
        if suffix == ".xml" and _is_iati(path):
            return _read_iati(path, rel, country, entry)
        grids = read_submission(path)  # any other XML: an Excel XML spreadsheet, else refused
    except SubmissionError as exc:
        entry["status"] = "failed"
        issues.append(_file_issue(rel, f"{rel}: {exc.message}", kind=exc.kind))
        return {"entry": entry, "records": records, "issues": issues}
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # noqa: BLE001 - a reader bug or an engine panic (a BaseException): this file's error
        entry["status"] = "failed"
        issues.append(_file_issue(rel, f"{rel}: the file could not be read ({_exception_text(exc)})"))
        return {"entry": entry, "records": records, "issues": issues}
    tables = [
        iati_table(grid.rows, country) for grid in grids
    ]  # each sheet's activities, when it is an IATI table
    if any(table is not None for table in tables):
        return _read_iati_tables(list(zip(grids, tables, strict=True)), rel, country, entry)
    file_partner = workbook_partner(grids) or file_partner_from_name(rel)
    lists = code_lists(grids)  # a system's code lists beside its data: statuses and funders by code
    for grid in grids:
        if grid.sheet in lists:
            grid.meta["code_list"] = True
    summaries = summaries_of_sheets(grids)  # "Summary": a row per other sheet, with its totals
    for grid in grids:
        if grid.sheet in summaries:
            grid.meta["summary_of"] = summaries[grid.sheet]
    codes = status_codes(grids, lists)
    if coded := priority_codes(grids):  # "Пріоритет: 5", and the list saying what 5 stands for
        for grid in grids:
            grid.meta["priority_codes"] = coded
    if (legend := dash_legend(grids)) is not None:  # "– = nil": a dash in a year's cell is no money
        for grid in grids:
            grid.meta["dash_legend"] = legend
    noted, per_sheet = units_noted(grids)
    if noted is not None:  # "All amounts in this workbook are in thousand euro"
        for grid in grids:
            if grid.sheet != noted["sheet"]:
                grid.meta["workbook_units"] = noted
    for grid in grids:  # "Sheet 'EU' – figures in thousand EUR": that sheet's, before the workbook's
        if (own := per_sheet.get(grid.sheet)) is not None:
            grid.meta["workbook_units"] = {**own, "for_sheet": True}
    _statuses_by_colour(path, rel, grids, issues)
    langs = []
    table_before: tuple | None = None  # the last table's header and item number, which a next page may follow
    for grid in grids:
        if grid.meta.get("said"):  # how the file was read, when that is not plain (a report printed as text)
            issues.append(
                {**_file_issue(rel, f"{rel}: {grid.meta['said']}", "info", "format"), "sheet": grid.sheet}
            )
        if grid.meta.get("clipped"):
            issues.append({**_file_issue(rel, grid.meta["clipped"], "warning", "sheet"), "sheet": grid.sheet})
        try:
            sheet = sheet_projects(
                grid,
                rel,
                file_partner,
                include_hidden=include_hidden,
                status_codes=codes,
                code_lists=lists,
            )
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException as exc:  # noqa: BLE001 - one sheet's failure is reported, the others go on
            issues.append(
                {
                    **_file_issue(rel, f"sheet '{grid.sheet}' could not be read ({_exception_text(exc)})"),
                    "sheet": grid.sheet,
                }
            )
            entry["sheets"].append({"sheet": grid.sheet, "status": "failed"})
            continue
        if sheet.reason == "no project table" and table_before is not None:  # a page of the sheet before
            carried = continued_sheet(
                table_before, grid, rel, file_partner, status_codes=codes, code_lists=lists
            )
            if carried is not None:
                sheet, table_before = carried  # the page after may follow this one
        elif sheet.status == "loaded" and sheet.header_row:
            table_before = table_pages(grid, sheet.header_row)
        sheet.records = _lines_as_projects(sheet.records)
        for rec in sheet.records:
            rec["lang"] = sheet.lang
            rec["_title_key"] = normalise_key(rec.get("title") or "")  # here, in parallel, for the ids
        records.extend(sheet.records)
        issues.extend(sheet.issues)
        if sheet.status == "loaded":
            langs.append(sheet.lang)
        entry["sheets"].append(
            {
                "sheet": grid.sheet,
                "status": sheet.status,
                "header_row": sheet.header_row,
                **sheet.counts,
                **({"reason": sheet.reason} if sheet.reason else {}),
            }
        )
        for key, value in sheet.counts.items():
            entry[key] += value
    _not_the_lists(grids, records, issues, rel, entry)
    _changes_by_number(grids, records, issues, rel, entry)
    _money_sheets(records, issues, rel, entry)
    records = _summary_sheets(records, issues, rel, entry)
    records = _figures_rows(records, issues, entry)
    _moved_rows(records, issues, entry)
    _described_by_code(records, issues, entry)
    # the language of most loaded sheets; of two as common, the first sheet's (a set's order changes between runs)
    entry["lang"] = max(dict.fromkeys(langs), key=langs.count) if langs else None
    if not any(s.get("status") == "loaded" for s in entry["sheets"]):
        entry["status"] = _unloaded_status(entry["sheets"])
        if entry["status"] != "failed":
            issues.append(_unloaded_issue(rel, entry))
    return {"entry": entry, "records": records, "issues": issues}


def _colour_words_in_cells(grids: list, colours: set[str]) -> bool:
    """Whether a cell of the workbook holds one of these colours' words alone ("Green", "Жовтий")."""
    return any(
        type(v) is str and len(v) <= 24 and colour_named(v.strip()) in colours
        for g in grids
        for row in g.rows
        for v in row
    )


def _legend_beside(rel: str, grids: list, cells_of, issues: list[dict]) -> None:
    """A legend of sample fills beside a table whose status cells are empty and coloured
    (:func:`~mtd_analysis.ingest.projects.swatch_legend_beside`): each row's status from its status cell's fill
    (``meta["row_status"]``), and the legend's cells cleared from the grid so that its words are not read as the
    rows' (a section row "Donor: Sweden" beside a legend line stays a section row); said once. ``cells_of(sheet)``
    gives a sheet's cell fills (:func:`~mtd_analysis.ingest.read.sheet_cell_fills`)."""
    for grid in grids:
        if not legend_named([grid]):
            continue
        found = swatch_legend_beside(grid, cells_of(grid.sheet))
        if found is None:
            continue
        first, top = found["first_col"], found["header_row"]
        for number in range(top, max(n for *_, n in found["lines"]) + 1):
            row = grid.rows[number - 1]
            if len(row) > first:
                grid.rows[number - 1] = [*row[:first], *([None] * (len(row) - first))]
        if found["statuses"]:
            grid.meta["row_status"] = found["statuses"]
        said = ", ".join(f"{colour} = {status}" for colour, status, _, _ in found["lines"])
        issues.append(
            {
                **_file_issue(
                    rel,
                    f"sheet '{grid.sheet}': the legend beside the table ({column_letter(first)}{top}: {said}) gives "
                    f"the statuses of {len(found['statuses'])} rows by the colour of their status cell "
                    f"(column {column_letter(found['status_col'])}); its cells are not read as the table's",
                    "info",
                    "status",
                ),
                "sheet": grid.sheet,
            }
        )


def _statuses_by_colour(path: Path, rel: str, grids: list, issues: list[dict]) -> None:
    """Give each grid the statuses its rows' colours say (``meta["row_status"]``: row number -> (status, colour)),
    when the workbook has a legend of colours (:func:`~mtd_analysis.ingest.projects.colour_legend`): a row's colour
    is matched to a legend line's own fill (its sample), else to the colour the line names. A legend in a file whose
    colours cannot be read is said."""
    legend = colour_legend(grids)
    if legend:  # a status cell holding a colour's word ("Green" under "RAG"): the legend says its status
        for grid in grids:
            grid.meta["status_colours"] = {colour: status for colour, status, _, _ in legend}
    workbook = path.suffix.lower() in (".xlsx", ".xlsm")
    fills = None
    if not legend and workbook and legend_named(grids):  # a legend of sample fills ("■ | — скасовано")
        fills = row_fills(path, [g.sheet for g in grids])
        # each sheet's cell fills read once, for the legend along a row and the legend beside the table
        cells_of = cache(partial(sheet_cell_fills, path))
        legend = swatch_legend(grids, fills) or swatch_legend_across(
            grids, lambda sheet, number: cells_of(sheet).get(number, {})
        )
        if not legend:
            _legend_beside(rel, grids, cells_of, issues)
    if not legend:
        return
    if fills is None:
        fills = row_fills(path, [g.sheet for g in grids]) if workbook else {}
    if not fills and _colour_words_in_cells(grids, {colour for colour, _, _, _ in legend}):
        return  # "Green" in the status cells: the legend is read for the words (projects._who), not for fills
    if not fills:
        issues.append(
            {
                **_file_issue(
                    rel,
                    f"{rel}: a legend gives statuses by the colour of a row ('{legend[0][0]}' = {legend[0][1]}); "
                    "colours cannot be read from this file, so those rows are counted by their other cells",
                    "warning",
                    "status",
                ),
                "sheet": legend[0][2],
            }
        )
        return
    samples = [fills.get(sheet, {}).get(number, (None, None))[1] for _, _, sheet, number in legend]
    # a legend written beside the table, on its projects' rows ("green = ongoing" in column J of row 5): those rows are
    # projects, their fills their own status's, not the legend's samples
    rows_of = {g.sheet: g.rows for g in grids}
    crowded = {
        (sheet, number)
        for _, _, sheet, number in legend
        if sum(1 for v in rows_of[sheet][number - 1] if v is not None and str(v).strip()) >= 3
    }
    # each legend line's own fill is its sample only when the lines' fills differ (not a legend shaded as a whole)
    distinct = len(set(samples)) == len(samples) and None not in samples and not crowded
    by_sample = (
        {rgb: status for rgb, (_, status, _, _) in zip(samples, legend, strict=True)} if distinct else {}
    )
    by_name = {colour: status for colour, status, _, _ in legend}
    legend_rows = {(sheet, number) for _, _, sheet, number in legend} - crowded
    for grid in grids:
        bars = {}  # the colours of empty cells: a timeline's bars drawn in colour (see projects._bar_status)
        for rgb in dict.fromkeys(grid.meta.get("empty_fills", {}).values()):
            colour = colour_name(rgb) if re.fullmatch(r"[0-9A-F]{6}", rgb) else None
            if status := by_sample.get(rgb) or by_name.get(colour):
                bars[rgb] = (status, colour or rgb)
        if bars:
            grid.meta["bar_statuses"] = bars
        if lines := sorted(number for s, number in legend_rows if s == grid.sheet):
            grid.meta["legend_rows"] = lines
        statuses = {}
        for number, (rgb, _) in fills.get(grid.sheet, {}).items():
            if (grid.sheet, number) in legend_rows or rgb is None:
                continue
            colour = colour_name(rgb)
            status = by_sample.get(rgb) or by_name.get(colour) or (colour and by_name.get(SHADED))
            if status:
                statuses[number] = (status, colour or rgb)
        if statuses:
            grid.meta["row_status"] = statuses


def _not_the_lists(grids: list, records: list[dict], issues: list[dict], rel: str, entry: dict) -> None:
    """Leave out the projects of the sheets that say they are not the list (an older version, a translation of
    another sheet: :func:`~mtd_analysis.ingest.projects.not_the_list`) when another sheet gives projects; each
    sheet left out is said, with its words, and its own notes are dropped."""
    found = said_not_the_list(grids)
    said = {sheet: words for sheet, (words, _) in found.items()}
    told = {sheet: teller for sheet, (_, teller) in found.items() if teller}  # said so by another sheet
    loaded = {s["sheet"] for s in entry["sheets"] if s.get("status") == "loaded"}
    # earlier versions beside the sheet saying it is the final one ("v1", "v2_revised" beside "FINAL (use this)")
    versions = {sheet: words for sheet, words in earlier_versions(grids).items() if sheet not in said}
    said.update(versions)
    # one list on two sheets at two dates ("List 14.09.2021" beside "List 19.11.2021 (UPDATED)"): the later one
    snapshots = {sheet: found for sheet, found in dated_versions(grids).items() if sheet not in said}
    said.update({sheet: words for sheet, (words, _) in snapshots.items()})
    # a pivot table beside the rows it sums ("Row Labels", "Sum of …"); read when it is the only table
    pivots = {
        grid.sheet: marker
        for grid in grids
        if len(loaded) > 1
        and grid.sheet in loaded
        and grid.sheet not in said
        and (marker := pivot_marker(grid))
    }
    said.update(pivots)
    left_out = {sheet for sheet in said if sheet in loaded}
    if not left_out or not loaded - left_out:
        return
    records[:] = [r for r in records if r["source_sheet"] not in left_out]
    issues[:] = [i for i in issues if i.get("sheet") not in left_out]
    for sheet in entry["sheets"]:
        if sheet["sheet"] in left_out:  # its rows loaded or rejected are skipped rows now
            skipped = sheet.get("rows_loaded", 0) + sheet.get("rows_rejected", 0)
            entry["rows_loaded"] -= sheet.get("rows_loaded", 0)
            entry["rows_rejected"] -= sheet.get("rows_rejected", 0)
            entry["rows_skipped"] += skipped
            sheet.update(status="skipped", reason="not the list", rows_loaded=0, rows_rejected=0)
            sheet["rows_skipped"] = sheet.get("rows_skipped", 0) + skipped
            issues.append(
                {
                    **_file_issue(
                        rel,
                        (
                            f"sheet '{sheet['sheet']}' is a pivot table ('{said[sheet['sheet']]}') summing the rows of "
                            f"the other sheets: its {skipped} row(s) were not counted; the other sheets' were"
                            if sheet["sheet"] in pivots
                            else f"sheet '{sheet['sheet']}' is an earlier version of the list "
                            f"('{said[sheet['sheet']]}') than the sheet saying it is the final one: its {skipped} "
                            "row(s) were not counted; the final sheet's were"
                            if sheet["sheet"] in versions
                            else f"sheet '{sheet['sheet']}' is an earlier version of the list "
                            f"('{said[sheet['sheet']]}') than sheet '{snapshots[sheet['sheet']][1]}', which gives the "
                            f"same projects at a later date: its {skipped} row(s) were not counted; the later sheet's "
                            "were"
                            if sheet["sheet"] in snapshots
                            else f"sheet '{sheet['sheet']}' is not the list to count, as sheet "
                            f"'{told[sheet['sheet']]}' says ('{said[sheet['sheet']]}'): its {skipped} row(s) were not "
                            "counted; the other sheets were"
                            if sheet["sheet"] in told
                            else f"sheet '{sheet['sheet']}' says it is not the list to count "
                            f"('{said[sheet['sheet']]}'): its {skipped} row(s) were not counted; the other sheets were"
                        ),
                        "info" if sheet["sheet"] in pivots else "warning",
                        "layout",
                    ),
                    "sheet": sheet["sheet"],
                }
            )


#: What a sheet of money by project code says of its rows that its join with the projects' sheet answers.
_JOINED_ROW_NOTES = re.compile(r"row \d+: (?:project \S+ has no title|no start or end date)$")


#: A row continuing the project above with its figures, its first cell a label and the funder ("Источник: INL",
#: "Source: USAID", "Джерело фінансування: ЄС") where the title would stand.
_FIGURES_ROW = re.compile(
    r"(?:source(?: of funding)?|funding|funded by|donor|источник(?: финансирования)?|финансирование|донор"
    r"|джерело(?: фінансування)?|фінансування)\s*:\s*(?P<name>.+)",
    re.IGNORECASE,
)
_MERGED_FIGURES = ("amount", "currency", "start_date", "end_date", "status", "yearly_amounts")


#: The columns of a table of changes to a list ("№ п/п | Что изменилось | Было | Стало", "No. | Change | Was | Now").
_CHANGE_REF = re.compile(
    r"(?:№|no\.?|nr\.?|#|ref\.?|reference|item)(?:\s*(?:п/п|з/п|item|in the list))?"
    # "№ рядка на аркуші «Проекти»", "Row no. on sheet 'Projects'": the number of the list's row
    r"|(?:№|no\.?)\s*(?:рядка|строки|row)\b.{0,40}|row\s+(?:no\.?|number)\b.{0,40}",
    re.IGNORECASE,
)
_CHANGE_WHAT = re.compile(
    r"(?:что|що)\s+(?:изменилось|змінилося|змінено|изменено)|what\s+changed|change|зміна|изменение"
    r"|показник|показатель|field|поле|indicator|item\s+changed",
    re.IGNORECASE,
)
_CHANGE_WAS = re.compile(r"было|було|was|before|old|previously|попередньо|прежде", re.IGNORECASE)
_CHANGE_NOW = re.compile(r"стало|now|after|new|(?:is\s+)?now|нині|тепер|теперь", re.IGNORECASE)
#: What a change says it changes: the status, the money.
_CHANGE_OF_STATUS = re.compile(r"статус|стан\b|status|state", re.IGNORECASE)
_CHANGE_OF_MONEY = re.compile(
    r"план|сум|бюджет|фінанс|финанс|кошт|средств|amount|budget|funding|plan|allocation|grant|грант",
    re.IGNORECASE,
)
#: The total a change gives after its delta: "+200 000 (итого на 2021 г. 1 350 000)".
_CHANGE_TOTAL = re.compile(
    r"(?:итого|всего|разом|усього|всього|total|in all|now)\b[^\d+−-]{0,30}"
    r"(?:20\d\d\s*(?:г\.?|р\.|рік|року|год|year)?[\s:,–—-]*)?(\d[\d\s\u00a0.,']*\d|\d)",
    re.IGNORECASE,
)


def _changes_by_number(grids: list, records: list[dict], issues: list[dict], rel: str, entry: dict) -> None:
    """A sheet of later changes to the file's list, by the list's numbers ("№ п/п | Что изменилось | Было | Стало":
    "2 | Дополнительное финансирование ЕС на 2021 г. | 1 150 000 | +200 000 (итого на 2021 г. 1 350 000)"): each
    change gives the project of that number (its row's first cell, on another sheet of the file) its new status and
    money, in the field holding the old figure (or the year the change names); said at the change (warning)."""
    if len(grids) < 2 or not records:
        return
    headers = [(grid, header) for grid in grids if (header := _change_header(grid.rows)) is not None]
    if not headers:
        return
    read_rows = {(rec["source_sheet"], rec["source_row"]) for rec in records}
    by_number: dict[str, dict] = {}
    rows_of = {grid.sheet: grid.rows for grid in grids}
    for rec in records:
        row = rows_of.get(rec["source_sheet"], [])
        cells = row[rec["source_row"] - 1] if 0 < rec["source_row"] <= len(row) else []
        first = next((clean_text(v) for v in cells if clean_text(v)), None)
        if first and re.fullmatch(r"\d{1,3}\.?", first):
            by_number.setdefault(first.rstrip("."), rec)
    for grid, (at, ref_col, what_col, was_col, now_col) in headers:
        applied = 0
        for index in range(at + 1, len(grid.rows)):
            row = grid.rows[index]
            if (
                grid.sheet,
                index + 1,
            ) in read_rows:  # a project's row (a table of new projects below the changes)
                break
            ref = clean_text(row[ref_col]) if ref_col < len(row) else None
            rec = by_number.get((ref or "").rstrip("."))
            now = clean_text(row[now_col]) if now_col < len(row) else None
            if rec is None or not now:
                continue
            what = (clean_text(row[what_col]) if what_col is not None and what_col < len(row) else None) or ""
            was = (clean_text(row[was_col]) if was_col < len(row) else None) or ""
            said = _apply_change(rec, what, was, now, f"{column_letter(now_col)}{index + 1}", grid.sheet)
            if said:
                applied += 1
                issues.append(
                    {
                        **_file_issue(
                            rel,
                            f"sheet '{grid.sheet}', row {index + 1}: a change to № {ref} ('{(rec.get('title') or '')[:60]}'"
                            f", {rec['source_sheet']} row {rec['source_row']}): {said}",
                            "warning",
                            "amount",
                        ),
                        "sheet": grid.sheet,
                        "row": index + 1,
                        "column": f"{column_letter(now_col)}{index + 1}",
                    }
                )
        if applied and not any(
            s.get("sheet") == grid.sheet and s.get("status") == "loaded" for s in entry["sheets"]
        ):
            # the sheet of changes holds no project table: said once, not as a sheet not read
            issues[:] = [
                i for i in issues if not (i.get("sheet") == grid.sheet and i.get("kind") == "not read")
            ]
            issues.append(
                {
                    **_file_issue(
                        rel,
                        f"sheet '{grid.sheet}' lists changes to the file's projects by their numbers (was → now): "
                        f"{applied} applied, each said at its row",
                        "info",
                        "sheet",
                    ),
                    "sheet": grid.sheet,
                }
            )


def _change_header(rows: list[list]) -> tuple[int, int, int | None, int, int] | None:
    """The row and columns (№, what changed, was, now) of a table of changes, in a sheet's first 30 rows."""
    for index, row in enumerate(rows[:30]):
        texts = {c: t for c, v in enumerate(row) if (t := clean_text(v))}
        ref = next((c for c, t in texts.items() if _CHANGE_REF.fullmatch(t)), None)
        was = next((c for c, t in texts.items() if _CHANGE_WAS.fullmatch(t)), None)
        now = next((c for c, t in texts.items() if _CHANGE_NOW.fullmatch(t)), None)
        if ref is not None and was is not None and now is not None:
            what = next(
                (c for c, t in texts.items() if c not in (ref, was, now) and _CHANGE_WHAT.search(t)), None
            )
            return index, ref, what, was, now
    return None


def _apply_change(rec: dict, what: str, was: str, now: str, cell: str, sheet: str) -> str | None:
    """Apply one change to a project (see :func:`_changes_by_number`); what was done, in words (None: nothing)."""
    done = []
    of_status = _CHANGE_OF_STATUS.search(what) is not None or not what
    of_money = _CHANGE_OF_MONEY.search(what) is not None or not what
    named = f"'{sheet}'!{cell}" if not re.search(r"[;=']", sheet) else None
    if of_status and (status := parse_status(now)) in STATUSES:
        if status != rec.get("status"):
            done.append(f"status {rec.get('status') or 'none'} → {status}")
            rec["status"] = status
            if named:
                kept = [
                    p for p in (rec.get("source_cells") or "").split(";") if p and not p.startswith("status=")
                ]
                rec["source_cells"] = ";".join([*kept, f"status={named}"])
    if not of_money:
        return "; ".join(done) or None
    total = _CHANGE_TOTAL.search(now)
    old = figure_in(was)
    new = None
    if total is not None:
        new = figure_in(total[1])
    elif re.match(r"\s*[+−-]\s*\d", now) and old is not None and (delta := figure_in(now)) is not None:
        new = old + (-delta if now.lstrip()[0] in "−-" else delta)
    else:
        new = figure_in(now)
    if new is None:
        return "; ".join(done) or None
    years = yearly_values(rec.get("yearly_amounts"))
    named_years = [int(y) for y in re.findall(r"\b(20\d\d)\b", what + " " + now)]
    year = next((y for y, v in years.items() if old is not None and abs(v - old) < 0.01), None)
    if year is None and old is None:
        year = next((y for y in named_years if y in years), None)
    if year is not None:
        summed = rec.get("amount") is not None and abs(sum(years.values()) - rec["amount"]) < 0.01
        done.append(f"{year} {years[year]:,.2f} → {new:,.2f}")
        years[year] = new
        rec["yearly_amounts"] = yearly_text(years)
        if summed:
            rec["amount"] = round(sum(years.values()), 2)
        key = f"amount_{year}"
    elif rec.get("amount") is not None and (old is None or abs(rec["amount"] - old) < 0.01) and not years:
        done.append(f"amount {rec['amount']:,.2f} → {new:,.2f}")
        rec["amount"] = new
        key = "amount"
    else:
        return "; ".join(done) or None
    if named:
        kept = [p for p in (rec.get("source_cells") or "").split(";") if p and not p.startswith(f"{key}=")]
        rec["source_cells"] = ";".join([*kept, f"{key}={named}"])
    return "; ".join(done)


def _figures_rows(records: list[dict], issues: list[dict], entry: dict) -> list[dict]:
    """A project written over rows (its title on one, "Источник: INL | 01.10.2019–30.09.2022 | 2 400 000" on the
    next): the second row's figures are the project's above, when that row has none of its own (no amount, no
    dates) and the label names a known partner, who funds it. Said at the row; the row is no project."""
    out: list[dict] = []
    answered: set[tuple] = set()
    for rec in records:
        said = _FIGURES_ROW.fullmatch(str(rec.get("title") or "").strip())
        above = out[-1] if out else None
        if (
            said is None
            or above is None
            or above["source_file"] != rec["source_file"]
            or above["source_sheet"] != rec["source_sheet"]
            or above["source_row"] != rec["source_row"] - 1
            or any(above.get(k) for k in ("amount", "start_date", "end_date", "yearly_amounts"))
            or not is_known_partner(said["name"])
        ):
            out.append(rec)
            continue
        for key in _MERGED_FIGURES:
            if rec.get(key) is not None and above.get(key) is None:
                above[key] = rec[key]
        above["partner"], above["partner_from"] = canonical_partner(said["name"]), "column"
        # the cells: the title row's, the figures' row's for what it gave, and the label as the partner's cell
        theirs = source_cell_names(rec.get("source_cells"))
        cells = {k: v for k, v in source_cell_names(above.get("source_cells")).items() if k != "partner"}
        cells.update({k: v for k, v in theirs.items() if k not in cells and k not in ("title", "partner")})
        if theirs.get("title"):
            cells["partner"] = theirs["title"]
        above["source_cells"] = ";".join(f"{k}={v}" for k, v in cells.items())
        issues.append(
            {
                **_row_issue(
                    rec,
                    f"row {rec['source_row']}: '{rec['title']}' and the figures beside it continue the project on row "
                    f"{above['source_row']} ('{above.get('title')}'): its money, dates and status, funded by "
                    f"{above['partner']}",
                    "info",
                ),
                "kind": "layout",
            }
        )
        _count_as_skipped(entry, rec["source_sheet"])
        answered |= {
            (above["source_sheet"], above["source_row"], f"row {above['source_row']}: {note}")
            for note in ("no amount", "no start or end date")
        }
    if answered:  # the notes the figures answer, dropped once for the file
        issues[:] = [i for i in issues if (i.get("sheet"), i.get("row"), i["message"]) not in answered]
    return out


def _resembles(short, full) -> bool:
    """Whether a short title shares a word with a full one (the first five letters of a word of four or more:
    "Торгівля людьми (НПУ)" and "… у протидії торгівлі людьми"); a title that shares none names another project."""
    stems = [{w[:5] for w in re.findall(r"[^\W\d_]{4,}", str(t or "").casefold())} for t in (short, full)]
    return bool(stems[0] & stems[1])


def _summary_sheets(records: list[dict], issues: list[dict], rel: str, entry: dict) -> list[dict]:
    """Drop the projects of a workbook's summary sheet: a sheet whose every project has one on another sheet of the
    file with the same amount and currency (and partner) under another title, the other sheet holding as many
    projects or more and telling their dates where the summary does not ("Зведення": short names and budgets;
    "Проєкти": the same projects in full). Its amounts are all different (two projects or more), so that grants of
    one standard size are never so matched. Said once per sheet (a warning naming both sheets)."""
    sheets: dict[str, list[dict]] = {}
    for rec in records:
        sheets.setdefault(rec["source_sheet"], []).append(rec)
    if len(sheets) < 2:
        return records

    def key(rec: dict) -> tuple | None:
        amount = rec.get("amount")
        return (
            None
            if amount is None or not amount
            else (rec.get("partner"), rec.get("currency"), round(amount, 2))
        )

    dropped: set[int] = set()
    for sheet, rows in sheets.items():
        keys = [key(r) for r in rows]
        if (
            len(rows) < 2
            or None in keys
            or len(set(keys)) < len(keys)
            or any(r.get("start_date") for r in rows)
        ):
            continue
        for other, theirs in sheets.items():
            if other == sheet or len(theirs) < len(rows) or not any(r.get("start_date") for r in theirs):
                continue
            found = {key(r): r for r in theirs if key(r) is not None}
            titles = {normalise_key(r.get("title") or "") for r in theirs}
            if (
                all(k in found for k in keys)
                and not any(normalise_key(r.get("title") or "") in titles for r in rows)
                and all(
                    _resembles(r.get("title"), found[k].get("title")) for r, k in zip(rows, keys, strict=True)
                )
            ):
                for rec in rows:
                    dropped.add(id(rec))
                    _count_as_skipped(entry, sheet)
                twin = found[keys[0]]
                issues.append(
                    {
                        **_file_issue(
                            rel,
                            f"sheet '{sheet}' lists the {len(rows)} projects of sheet '{other}' again, each with the "
                            f"same amount under a shorter title and without dates (e.g. '{rows[0].get('title')}' is "
                            f"'{twin.get('title')}', row {twin['source_row']}): a summary, counted once, from sheet "
                            f"'{other}'",
                            "warning",
                            "duplicate",
                        ),
                        "sheet": sheet,
                    }
                )
                break
    return [r for r in records if id(r) not in dropped] if dropped else records


def _money_sheets(records: list[dict], issues: list[dict], rel: str, entry: dict) -> None:
    """Mark the rows of a workbook's sheet of money by project code ("Budget": code, year, amount; no titles) whose
    codes name projects of another sheet ("Projects": code, title, dates; no amounts), to be joined by
    :func:`_joined_by_code`.

    Such a workbook keeps a project's facts and its money apart, joined only by the code. The money rows'
    notes that the join answers ("has no title", "no start or end date") and the projects' "no amount" are
    dropped, and the join is said once per sheet.
    """
    sheets: dict[str, list[dict]] = {}
    for rec in records:
        sheets.setdefault(rec["source_sheet"], []).append(rec)
    described = {
        sheet: {r["code"] for r in rows}
        for sheet, rows in sheets.items()
        if all(r.get("code") and r.get("title") and r.get("amount") is None for r in rows)
    }
    for sheet, rows in sheets.items():
        if sheet in described or not all(
            r.get("code") and not r.get("title") and r.get("amount") is not None for r in rows
        ):
            continue
        codes = {r["code"] for r in rows}
        other = next((s for s, named in described.items() if len(codes & named) * 2 >= len(codes)), None)
        if other is None:
            continue
        joined = [r for r in rows if r["code"] in described[other]]
        for rec in joined:
            rec["_joins"] = other
        _payments(joined, records, issues, entry)
        money_rows = {r["source_row"] for r in joined}
        paid = {r["code"] for r in joined}
        unpaid_rows = {r["source_row"] for r in sheets[other] if r["code"] in paid}
        issues[:] = [
            i
            for i in issues
            if not (
                (
                    i.get("sheet") == sheet
                    and i.get("row") in money_rows
                    and _JOINED_ROW_NOTES.fullmatch(i["message"])
                )
                or (
                    i.get("sheet") == other
                    and i.get("row") in unpaid_rows
                    and i["message"] == f"row {i['row']}: no amount"
                )
            )
        ]
        issues.append(
            {
                **_file_issue(
                    rel,
                    f"sheet '{sheet}' gives the money of the projects of sheet '{other}' by their codes "
                    f"({len(paid)} of {len(described[other])} projects): each project's amount is read there",
                    "info",
                    "layout",
                ),
                "sheet": sheet,
            }
        )


#: Sheets with content that were not read as projects: a file of only these is "not read".
_UNREAD_REASONS = ("no project table", "instructions", "hidden")


def _unloaded_status(sheets: list[dict]) -> str:
    """A file with no loaded sheet: ``failed`` (a sheet could not be opened), ``not read`` (it has content but no
    project table) or ``skipped`` (empty, or a blank intake template)."""
    if any(s.get("status") == "failed" for s in sheets):
        return "failed"
    if any(s.get("reason") in _UNREAD_REASONS and s.get("rows_read", 0) for s in sheets):
        return "not read"
    return "skipped"


def _unloaded_issue(rel: str, entry: dict) -> dict:
    if entry["status"] == "not read":
        hidden = [s["sheet"] for s in entry["sheets"] if s.get("reason") == "hidden"]
        why = f"; hidden sheets ({', '.join(hidden)}) were not read" if hidden else ""
        return _file_issue(
            rel,
            f"{rel}: not read — its {entry['rows_read']} non-empty rows hold no table of projects this tool "
            f"recognises{why}; nothing was loaded (see the sheet issues)",
            "warning",
            "not read",
        )
    return _file_issue(
        rel, f"{rel}: no sheet holds a table of projects; nothing was loaded", "warning", "sheet"
    )


def _exception_text(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {' '.join(str(exc).split())[:300]}"


def read_file_safely(
    path: Path,
    rel: str,
    country: str = "UA",
    include_hidden: bool = False,
    column_aliases: Path | None = None,
) -> dict:
    """:func:`read_file`, and whatever escapes it (a native panic, no memory) as this file's error.

    Runs inside the worker, so that nothing but a plain dict crosses the process boundary.
    """
    try:
        return read_file(path, rel, country, include_hidden, column_aliases)
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # noqa: BLE001 - MemoryError, pyo3 PanicException, OSError ...
        try:
            entry = _manifest_entry(path, rel, "failed")
        except OSError:
            entry = {
                **dict.fromkeys(_MANIFEST_FILE_COLUMNS, 0),
                "file": rel,
                "status": "failed",
                "sheets": [],
            }
            entry.update(sha256=None, format=Path(rel).suffix.lower().lstrip("."), lang=None)
        entry["status"] = "failed"
        message = f"{rel}: the file could not be read ({_exception_text(exc)})"
        return {"entry": entry, "records": [], "issues": [_file_issue(rel, message)]}


def _worker_start(memory_mb: int) -> None:
    """A reading worker: it dies with the command, its memory is bounded (Linux, RLIMIT_AS), and it is silent.

    A native panic prints a backtrace on standard error before it becomes the file's issue: the user sees the
    issue, not the backtrace.
    """
    die_with_parent()
    try:
        with open(os.devnull, "wb") as devnull:
            os.dup2(devnull.fileno(), 2)
    except OSError:  # pragma: no cover - no /dev/null
        pass
    try:
        import resource

        with open("/proc/self/statm") as fh:
            used = int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        limit = used + memory_mb * 2**20
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard == resource.RLIM_INFINITY or limit < hard:
            resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ImportError, OSError, ValueError):  # pragma: no cover - not Linux: the size checks still apply
        pass


def _is_iati(path: Path) -> bool:
    from mtd_analysis.ingest import iati

    return iati.is_iati(path)


def _read_iati(path: Path, rel: str, country: str, entry: dict) -> dict:
    try:
        from mtd_analysis.ingest import iati
    except ImportError:  # pragma: no cover - the IATI reader ships with the package
        raise SubmissionError("IATI XML is not supported by this installation") from None
    if not iati.is_iati(path):
        raise SubmissionError("the file is XML but not IATI activity data (no <iati-activities> root)")
    projects, issues, counts = iati.read_iati(path, rel, country=country)
    entry.update(
        {k: int(counts.get(k, 0)) for k in ("rows_read", "rows_loaded", "rows_rejected", "rows_skipped")}
    )
    entry["format"] = "iati"
    entry["lang"] = "en"
    entry["sheets"] = [
        {
            "sheet": "",
            "status": "loaded",
            **{k: entry[k] for k in ("rows_read", "rows_loaded", "rows_rejected", "rows_skipped")},
        }
    ]
    records, issue_records = _iati_records(projects, issues)
    unreadable = any(
        i.get("severity") == "error" and (not i.get("row") or i.get("kind") == "xml") for i in issue_records
    )
    if unreadable and not records:  # not well-formed, entities, not IATI: the file failed, never "loaded"
        entry["status"] = "failed"
    return {"entry": entry, "records": records, "issues": issue_records}


def _iati_records(projects: pd.DataFrame, issues: pd.DataFrame) -> tuple[list[dict], list[dict]]:
    """The IATI reader's projects as the records a sheet gives (the identifier as the partner's code), and its
    issues as records."""
    records = projects.astype(object).where(projects.notna(), None).to_dict("records")
    for rec in records:
        rec["code"] = rec.pop("project_id", None)
        rec["partner_from"] = "column"
    return records, issues.astype(object).where(issues.notna(), None).to_dict("records")


def _read_iati_tables(sheets: list, rel: str, country: str, entry: dict) -> dict:
    """A file whose sheet is IATI activities flattened into a table (:mod:`mtd_analysis.ingest.iati_table`):
    read as the XML the table describes, by the IATI reader's rules; each project and problem named by the row
    of its activity's first line. The file's other sheets are not read (said)."""
    from mtd_analysis.ingest import iati

    entry.update(format="iati table", lang="en")
    records: list[dict] = []
    issues: list[dict] = []
    for grid, table in sheets:  # (grid, its IATI table or None)
        if table is None:
            message = (
                f"{rel}: sheet '{grid.sheet}' not read: the file's other sheet is a table of IATI activities"
            )
            issues.append({**_file_issue(rel, message, "warning", "sheet"), "sheet": grid.sheet})
            entry["sheets"].append(
                {"sheet": grid.sheet, "status": "skipped", "reason": "beside an IATI table"}
            )
            continue
        projects, found, counts = iati.read_iati(table.xml, rel, country=country)
        sheet_records, sheet_issues = _iati_records(projects, found)

        def line(activity: object, rows: list[int] = table.rows) -> object:
            """The table's row of the n-th activity (1-based)."""
            return (
                rows[activity - 1] if isinstance(activity, int) and 1 <= activity <= len(rows) else activity
            )

        letter = column_letter(table.id_column)
        for rec in sheet_records:
            rec["source_row"] = line(int(rec["source_row"]))
            rec["source_sheet"] = grid.sheet
            rec["source_cells"] = f"iati-identifier={letter}{rec['source_row']}"
        for found_issue in sheet_issues:
            row = found_issue.get("row")
            found_issue["row"] = line(int(row)) if row is not None and not pd.isna(row) else None
            found_issue["sheet"] = grid.sheet
            found_issue["message"] = re.sub(
                r"\(activity (\d+)\)",
                lambda m: f"(row {line(int(m.group(1)))})",
                str(found_issue["message"]),
            )
        records.extend(sheet_records)
        issues.extend(sheet_issues)
        if table.country_assumed:
            message = (
                f"{rel}: sheet '{grid.sheet}' names no recipient country (no recipient-country column): every "
                f"activity is taken to be for {country}"
            )
            issues.append({**_file_issue(rel, message, "warning", "country"), "sheet": grid.sheet})
        entry["sheets"].append(
            {"sheet": grid.sheet, "status": "loaded", "header_row": table.header_row, **counts}
        )
        for key in ("rows_read", "rows_loaded", "rows_rejected", "rows_skipped"):
            entry[key] += int(counts.get(key, 0))
        issues.append(
            {
                **_file_issue(
                    rel,
                    f"{rel}: sheet '{grid.sheet}' is a table of IATI activities (columns named by their place in "
                    f"IATI XML, header in row {table.header_row}): read by the IATI rules, "
                    f"{counts['rows_loaded']} of {counts['rows_read']} activities loaded",
                    "info",
                    "format",
                ),
                "sheet": grid.sheet,
            }
        )
    return {"entry": entry, "records": records, "issues": issues}


def _pool_context():
    if sys.platform.startswith("linux"):
        return mp.get_context("fork")
    return mp.get_context()


def _warm_up() -> None:
    """Load the alias tables and the spreadsheet engine once, before workers are forked from this process."""
    import python_calamine  # noqa: F401

    from mtd_analysis.ingest import columns, partners, values

    values._currency_pattern()
    values._agency_aliases()
    columns._alias_table()
    columns._exact_aliases()
    partners._exact()
    values.parse_date("01.03.2021")
    values.parse_amount("€1,5m")


def _prepare_analysis() -> None:
    """Import the analysis modules and load what they read from the package's reference data.

    Run in a thread while the reader workers read (this process waits for them meanwhile); whatever
    fails here fails again, and is reported, where the build uses it.
    """
    try:
        import pandera.pandas  # noqa: F401 - the tables' schemas, checked before they are written

        from mtd_analysis.analysis import activities, allocations, coverage, overlaps, priorities, quality  # noqa: F401

        activities.load_activity_terms()
        activities.load_places()
    except Exception:  # noqa: BLE001 - only a head start
        return


def _read_all(
    paths: list[Path], raw_dir: Path, country: str, workers: int, progress: bool, include_hidden: bool = False
) -> list[dict]:
    """Read files in worker processes; a crash or a hang costs only the file that caused it."""
    aliases = _local_aliases(raw_dir)
    use_column_aliases(aliases)
    _warm_up()
    rels = [p.relative_to(raw_dir).as_posix() for p in paths]
    results: dict[int, dict] = {}
    bar = None
    if progress and len(paths) >= 10:
        from tqdm import tqdm

        bar = tqdm(total=len(paths), unit="file", desc="reading", leave=False)

    def run(indices: list[int], n_workers: int, then=None) -> list[int]:
        """Run some files; return those whose worker died (to retry one by one).

        ``then`` is called once the workers have started (forked), while they read.
        """
        lost: list[int] = []  # i + 1 for a file whose worker died, -(i + 1) for one stopped by the timeout
        executor = ProcessPoolExecutor(
            max_workers=n_workers,
            mp_context=_pool_context(),
            initializer=_worker_start,
            initargs=(config.READ_WORKER_MEMORY_MB,),
        )
        try:
            # each finished file is put in a queue as it finishes: waiting on the set of pending files
            # instead (concurrent.futures.wait) costs this process time in proportion to that set, per file
            finished: queue.SimpleQueue = queue.SimpleQueue()
            futures = {}
            for i in indices:
                fut = executor.submit(read_file_safely, paths[i], rels[i], country, include_hidden, aliases)
                futures[fut] = i
                fut.add_done_callback(finished.put)
            pending = set(futures)
            if then is not None:
                then()
            while pending:
                try:
                    fut = finished.get(timeout=FILE_TIMEOUT_SECONDS)
                except queue.Empty:  # no file finished for that long
                    lost.extend(-(futures[fut] + 1) for fut in pending)
                    _kill(executor)
                    return lost
                pending.discard(fut)
                i = futures[fut]
                try:
                    results[i] = fut.result()
                except (BrokenProcessPool, Exception):  # noqa: BLE001 - retried alone, then this file's error
                    lost.append(i + 1)
                if bar:
                    bar.update(1)
        finally:
            executor.shutdown(wait=False, cancel_futures=True)
        return lost

    # the workers share one memory budget: each may use READ_WORKER_MEMORY_MB beyond what it starts with
    by_memory = max(1, config.READ_MEMORY_BUDGET_MB // config.READ_WORKER_MEMORY_MB)
    # while the workers read, this process loads what the analysis needs (its workers are forked by now)
    preparing = threading.Thread(target=_prepare_analysis, name="prepare-analysis", daemon=True)
    lost = run(list(range(len(paths))), max(1, min(workers, len(paths), by_memory)), then=preparing.start)
    if preparing.ident is not None:
        preparing.join()  # before any other worker is forked: a fork must not copy a half-done import
    # isolate the culprit(s): each lost file alone in a fresh worker
    for marker in lost:
        i = abs(marker) - 1
        if marker < 0:
            again = [marker]
        else:
            again = run([i], 1)
        if i in results:
            continue
        entry = _manifest_entry(paths[i], rels[i], "failed")
        reason = (
            f"reading took longer than {FILE_TIMEOUT_SECONDS} s and was stopped"
            if (again and again[0] < 0)
            else "the spreadsheet engine crashed on this file, or needed more than "
            f"{config.READ_WORKER_MEMORY_MB} MB to read it (it is damaged, hostile or far too large)"
        )
        results[i] = {
            "entry": entry,
            "records": [],
            "issues": [
                _file_issue(rels[i], f"{rels[i]}: {reason}; please open it in Excel and save it again")
            ],
        }
    if bar:
        bar.close()
    return [results[i] for i in range(len(paths))]


def _local_aliases(raw_dir: Path) -> Path | None:
    path = Path(raw_dir) / config.COLUMN_ALIASES_NAME
    return path if path.is_file() else None


def _alias_issues(raw_dir: Path) -> list[dict]:
    """The analyst's column_aliases.csv beside the submissions: used (info), and its rows that cannot be."""
    path = _local_aliases(raw_dir)
    problems = use_column_aliases(path)
    if path is None:
        return []
    name = config.COLUMN_ALIASES_NAME
    out = [_file_issue(name, f"{name}: {p}", "warning", "header") for p in problems]
    out.append(
        _file_issue(
            name, f"{name} beside the submissions adds its header words to the package's", "info", "header"
        )
    )
    return out


def _kill(executor: ProcessPoolExecutor) -> None:
    for proc in list(getattr(executor, "_processes", {}).values()):
        try:
            proc.kill()
        except Exception:  # noqa: BLE001 - already gone
            pass


# ---------------------------------------------------------------------------
# one accounted table


def _lines_as_projects(records: list[dict]) -> list[dict]:
    """The projects typed into one row a line each (``_more_lines``, see
    :func:`mtd_analysis.ingest.projects._several_projects_in_rows`): a record for each further line, with its
    title, amount and years, the row's other cells the first line's (the row's issue says so)."""
    if not any("_more_lines" in rec for rec in records):
        return records
    out = []
    for rec in records:
        more = rec.pop("_more_lines", None)
        out.append(rec)
        for line in more or ():
            part = dict(rec, title=line["title"], amount=line.get("amount"))
            part["yearly_amounts"] = yearly_text(line["years"]) if line["years"] else None
            if line.get("currency"):  # a sum in another currency of the same row (see _currency_lines)
                part["currency"] = line["currency"]
            if line.get("partner"):
                part["partner"], part["partner_from"] = line["partner"], "column"
            out.append(part)
    return out


def _another_currency_of_the_row(first: dict, rec: dict) -> bool:
    """Whether two records are one row's lines in two currencies (a project in each, said at the row when read), or a
    project's row and the line under it giving its money in another currency, not a project sent twice.

    Examples
    --------
    >>> row = {"source_file": "a.xlsx", "source_sheet": "S", "source_row": 7, "currency": "USD"}
    >>> _another_currency_of_the_row(row, dict(row, currency="UAH")), _another_currency_of_the_row(row, dict(row))
    (True, False)
    """
    return (
        first.get("currency") != rec.get("currency")
        and first.get("source_file") == rec.get("source_file")
        and first.get("source_sheet") == rec.get("source_sheet")
        # the row itself, or the project's row above a line of its money in another currency ("incl. USD part")
        and first.get("source_row") in (rec.get("source_row"), rec.get("_money_line_of"))
    )


def _shared_partners(records: list[dict], issues: list[dict]) -> list[dict]:
    """A row whose partner cell names several donors with their shares ("EU 70% / Germany 30%") becomes a project
    per donor, each with its share of the money (one row, several projects: said at the row). Shares that do
    not add up to 100 % leave the row as it is, and that is said."""
    out: list[dict] = []
    for rec in records:
        donors = rec.pop("_donor_parts", None)
        if donors and rec.get("partner_from") != "column":  # "EU | Denmark | Japan": each donor's own column
            _donors_columns(rec, donors, issues, out)
            continue
        # a partner cell, or a heading over the rows, naming donors with their shares
        shares = (
            partner_shares(rec.get("partner")) if rec.get("partner_from") in ("column", "heading") else None
        )
        if not shares:
            out.append(rec)
            continue
        sums = partner_sums(rec.get("partner"))  # "USAID: 200 000; Canada: 100 000": shares of their sum
        if sums and rec.get("amount") and not _sums_are_the_amount(sums, rec, issues):
            out.append(rec)
            continue
        total = sum(share for _, share in shares)
        if not math.isclose(total, 100.0, abs_tol=0.5):
            issues.append(
                {
                    **_row_issue(
                        rec,
                        f"row {rec['source_row']}: the partner cell names donors with shares ('{rec['partner']}') that "
                        f"add up to {total:g} %, not 100 %: the project is not split between them",
                        "warning",
                    ),
                    "kind": "partner",
                    "column": source_cell_names(rec.get("source_cells")).get("partner"),
                }
            )
            out.append(rec)
            continue
        issues.append(
            {
                **_row_issue(
                    rec,
                    f"row {rec['source_row']}: the "
                    + ("partner cell" if rec.get("partner_from") == "column" else "heading above it")
                    + f" names {len(shares)} donors with their shares ('{rec['partner']}'): one project per donor, "
                    "each with its share of the money",
                    "info",
                ),
                "kind": "partner",
                "column": source_cell_names(rec.get("source_cells")).get("partner"),
            }
        )
        years = yearly_values(rec.get("yearly_amounts"))
        # each donor's part knows the others: a breakdown of the row's years is theirs too (see _breakdown)
        parts: list[dict] = []
        for partner, share in shares:
            part = dict(rec, partner=partner, _share=share, _parts=parts)
            parts.append(part)
            if rec.get("amount") is not None:
                part["amount"] = round(rec["amount"] * share / 100, 2)
            if years:
                part["yearly_amounts"] = yearly_text({y: round(v * share / 100, 2) for y, v in years.items()})
            out.append(part)
    return out


def _donors_columns(rec: dict, donors: list, issues: list[dict], out: list[dict]) -> None:
    """A row whose money stands in each donor's own column: a project per donor with money, each its part of the
    row's amount and years (their sum is the row's); said at the row."""
    merged: dict[str, float] = {}
    for donor, value in donors:  # "BMZ | Auswärtiges Amt": one donor's two columns, one line
        merged[donor] = merged.get(donor, 0.0) + value
    donors = list(merged.items())
    total = sum(v for _, v in donors)
    years = yearly_values(rec.get("yearly_amounts"))
    cells = source_cell_names(rec.get("source_cells"))
    names = [name for name, _ in donors]
    if len(donors) > 1:
        issues.append(
            {
                **_row_issue(
                    rec,
                    f"row {rec['source_row']}: the donors' columns give {len(donors)} donors' money "
                    f"({', '.join(names)}): one project per donor, each with its part",
                    "info",
                ),
                "kind": "partner",
            }
        )
    for donor, value in donors:
        share = value / total
        part = dict(rec, partner=donor, partner_from="column")
        part["amount"] = round(rec["amount"] * share, 2) if rec.get("amount") is not None else round(value, 2)
        if years:
            part["yearly_amounts"] = yearly_text({y: round(v * share, 2) for y, v in years.items()})
        cell = cells.get(f"amount_{donor}")
        if cell and part.get("source_cells"):  # the donor's own cell, in place of the other donors'
            kept = [
                c
                for c in part["source_cells"].split(";")
                if not c.startswith("amount_") or c.startswith(f"amount_{donor}=")
            ]
            part["source_cells"] = ";".join(kept + [f"partner={cell}"])
        out.append(part)


def _sums_are_the_amount(sums: list[tuple[str, float]], rec: dict, issues: list[dict]) -> bool:
    """Whether the donors' sums a partner cell gives add up to the row's amount (within rounding), so that they split
    it. Where one donor's sum is the amount ("USAID: 2 000 000; UK: 500 000" beside "USAID contribution
    2,000,000"), the row is that donor's; otherwise it is not split. Either is said at the cell."""
    amount, total = float(rec["amount"]), sum(v for _, v in sums)
    # "BMZ 3.0 / EU 2.0" beside "Budget (EUR million)": 5: the sums in the amount's unit
    if any(math.isclose(total * unit, amount, rel_tol=0.01) for unit in (1.0, 1e3, 1e6)):
        return True
    column = source_cell_names(rec.get("source_cells")).get("partner")
    own = [name for name, v in sums if math.isclose(v, amount, rel_tol=0.01)]
    if len(own) == 1:
        text, rec["partner"] = rec["partner"], own[0]
        message = (
            f"row {rec['source_row']}: the partner cell names donors with their sums ('{text}'); the row's amount "
            f"{amount:,.2f} is {own[0]}'s: credited to {own[0]}"
        )
        issues.append({**_row_issue(rec, message, "info"), "kind": "partner", "column": column})
        return False
    text, rec["partner"] = rec["partner"], sums[0][0]
    message = (
        f"row {rec['source_row']}: the partner cell names donors with sums ('{text}') adding up to {total:,.2f}, "
        f"not the row's amount {amount:,.2f}: the project is not split between them, and is credited to "
        f"{sums[0][0]}, named first — check it"
    )
    issues.append({**_row_issue(rec, message, "warning"), "kind": "partner", "column": column})
    return False


def _name_partners(records: list[dict]) -> None:
    """One name per partner and implementer (IATI names, free text); the file name when nothing names one."""
    for rec in records:
        if rec.get("partner"):
            rec["partner"] = canonical_partner(rec["partner"])
        if rec.get("implementer"):
            rec["implementer"] = canonical_partner(rec["implementer"])
        if (
            not rec.get("partner")
            and rec.get("implementer")
            and is_known_partner(rec["implementer"], codes=False)
        ):
            # an organisation's own export ("IMPL_ORG: GIZ") names no donor: the known organisation implementing it
            rec["partner"], rec["partner_from"] = rec["implementer"], "implementer"
        if not rec.get("partner"):
            rec["partner"] = canonical_partner(Path(rec["source_file"]).stem)
            rec["partner_from"] = "file name"


def _translation_key(rec: dict) -> tuple | None:
    """What a translation keeps of a project: its partner, amount, currency and dates (None when it lacks any)."""
    amount = rec.get("amount")
    if amount is None or (isinstance(amount, float) and math.isnan(amount)) or not rec.get("title"):
        return None
    dates = (rec.get("start_date"), rec.get("end_date"))
    if not any(dates):
        return None
    return (rec["partner"], round(float(amount), 2), rec.get("currency"), *dates)


def _translations(records: list[dict], issues: list[dict], entries: dict[str, dict]) -> list[dict]:
    """A list that is another list of the same partner in another language (an English file and its Ukrainian
    translation sent together, or a workbook's sheets "EN" and "UA"): each of its projects has one in the other
    list with the same amount, currency, start and end (and agencies, where both name them) and a title in another
    language. Its projects are counted once, from the list read first (a warning names both), not twice under two
    titles. A list is a file in one language, or a sheet of a file whose sheets are in different languages. Only
    whole lists of at least two projects, no two of them alike in money and dates and not all of one amount, are
    so matched: two projects alike in money and dates alone are not one, nor are two lists of grants of standard
    sizes."""
    files: dict[str, list[dict]] = {}
    for rec in records:
        files.setdefault(rec["source_file"], []).append(rec)
    lists: dict[tuple[str, str | None], list[dict]] = {}
    for name, recs in files.items():
        if len({r.get("lang") for r in recs}) == 1:
            lists[(name, None)] = recs
        else:  # a workbook of sheets in different languages: each sheet a list
            for rec in recs:
                lists.setdefault((name, rec["source_sheet"]), []).append(rec)
    # only lists in one language each, sharing a project's partner, money and dates, may be one another's translation
    langs = {key: {r.get("lang") for r in recs} for key, recs in lists.items()}
    order = [key for key in lists if len(langs[key]) == 1 and None not in langs[key]]
    holders: dict[tuple, list[int]] = {}
    for i, key in enumerate(order):
        for rec in lists[key]:
            if (held := _translation_key(rec)) is not None and i not in holders.setdefault(held, [i]):
                holders[held].append(i)
    pairs = sorted({(a, b) for held in holders.values() for a in held for b in held if a < b})
    dropped: set[int] = set()
    if pairs:
        _translations_among([(order[a], order[b]) for a, b in pairs], lists, langs, dropped, issues, entries)
    return [r for r in records if id(r) not in dropped] if dropped else records


def _list_name(key: tuple[str, str | None]) -> str:
    """A list as the warning names it: the file, or the file's sheet."""
    name, sheet = key
    return name if sheet is None else f"{name}, sheet {sheet}"


def _translations_among(
    pairs: list[tuple[tuple[str, str | None], tuple[str, str | None]]],
    lists: dict[tuple[str, str | None], list[dict]],
    langs: dict[tuple[str, str | None], set],
    dropped: set[int],
    issues: list[dict],
    entries: dict[str, dict],
) -> None:
    """The translations among pairs of lists (see :func:`_translations`; each pair in the order the lists were
    read): the projects of the list that is the other's translation (the later one, or the one with fewer
    projects) are dropped (their ids added to ``dropped``), said."""
    gone: set[tuple[str, str | None]] = (
        set()
    )  # the lists found to be translations (all their projects dropped)
    for first, second in pairs:
        if first in gone or second in gone or langs[second] == langs[first]:
            continue
        kept, copy = first, second
        matched = _translated(lists[kept], lists[copy])
        if matched is None:  # the later list the fuller one: the earlier is its translation
            kept, copy = second, first
            matched = _translated(lists[kept], lists[copy])
        if matched is None:
            continue
        gone.add(copy)
        for rec in lists[copy]:
            dropped.add(id(rec))
            _count_as_skipped(entries[copy[0]], rec["source_sheet"])
        spoken = sorted(str(lang) for lang in langs[kept] | langs[copy])
        partners = sorted({str(rec["partner"]) for rec in lists[copy]})
        issues.append(
            schema.issue(
                copy[0],
                f"{_list_name(copy)}: its {len(lists[copy])} projects are those of {_list_name(kept)} in another "
                f"language ({'/'.join(spoken)}: same partner{'s' if len(partners) > 1 else ''} "
                f"{', '.join(partners)}, each with the same amount, currency and dates, e.g. "
                f"'{matched[0][1].get('title')}' is '{matched[0][0].get('title')}'): a translation, counted once, "
                f"from {_list_name(kept)}",
                sheet=copy[1] or "",
                severity="warning",
                kind="duplicate",
            )
        )


def _translated(first: list[dict], second: list[dict]) -> list[tuple[dict, dict]] | None:
    """Each project of ``second`` paired with one of ``first`` as its translation; None when they are not so."""
    if len(second) < 2 or len(second) > len(first):
        return None
    keys = [_translation_key(r) for r in second]
    if None in keys or len(set(keys)) < len(keys) or len({k[1] for k in keys if k}) < 2:
        return None  # grants of a standard size in the same round tell no project from another
    free: dict[tuple, list[dict]] = {}
    for rec in first:
        if (key := _translation_key(rec)) is not None:
            free.setdefault(key, []).append(rec)
    pairs = []
    for rec in second:
        key = _translation_key(rec)
        match = next(
            (
                r
                for r in free.get(key, [])
                if not (r.get("beneficiaries") and rec.get("beneficiaries"))
                or r["beneficiaries"] == rec["beneficiaries"]
            ),
            None,
        )
        if key is None or match is None or normalise_key(match["title"]) == normalise_key(rec["title"]):
            return None
        free[key].remove(match)
        pairs.append((match, rec))
    return pairs


#: A status saying a project moved to another list ("Moved", "Transferred to IOM sheet", "Перенесено").
_MOVED = re.compile(r"(?:moved|relocated|перенесен|перемещен|переміщен)\w*\b", re.IGNORECASE)


def _moved_rows(records: list[dict], issues: list[dict], entry: dict) -> None:
    """A row whose status says its project moved to another list of the workbook ("Moved" beside "MOVED to IOM
    sheet – see there") is skipped where that list gives the project (by its title): counted once, there. A moved
    row whose project is found nowhere else stays, with the warning its unknown status word gets."""
    moved = [r for r in records if isinstance(r.get("status"), str) and _MOVED.match(r["status"])]
    if not moved:
        return
    others = {
        (r["_title_key"], r.get("source_sheet"))
        for r in records
        if not any(r is m for m in moved) and r.get("_title_key")
    }
    for rec in moved:  # the project given again on another sheet of the file
        if not any(
            key == rec.get("_title_key") and sheet != rec.get("source_sheet") for key, sheet in others
        ):
            continue
        records.remove(rec)
        _count_as_skipped(entry, rec.get("source_sheet"))
        issues[:] = [  # its status word is read now: not "counted as committed"
            i
            for i in issues
            if not (
                i.get("sheet") == rec.get("source_sheet")
                and i.get("row") == rec["source_row"]
                and "is not a status this tool knows" in str(i.get("message"))
            )
        ]
        issues.append(
            {
                **_row_issue(
                    rec,
                    f"row {rec['source_row']}: status '{rec['status']}': the project moved to another list of this "
                    f"file, which gives it ('{str(rec.get('title'))[:60]}'); counted there, this row is skipped",
                    "info",
                ),
                "kind": "status",
            }
        )


def _described_by_code(records: list[dict], issues: list[dict], entry: dict) -> None:
    """Rows with a project's code and no title or amount ("P-UA-0130 | Equipment … (as description) | Cancelled |
    dates | SMS"), on a sheet describing the projects whose money rows, with their titles, are on another sheet of
    the file (a ledger and its projects' sheet): each gives its status, dates and agencies to those rows where they
    say none, and is skipped (said), not loaded as a project without a title."""
    titled: dict[str, list[dict]] = {}
    for r in records:
        if r.get("code") and r.get("title"):
            titled.setdefault(r["code"], []).append(r)
    if not titled:
        return
    for rec in [r for r in records if r.get("code") and not r.get("title") and r.get("amount") is None]:
        # the same project: its description is the money rows' title (codes alone collide: "01" on two sheets)
        named = normalise_key(rec.get("description") or "")
        rows = [
            r
            for r in titled.get(rec["code"], ())
            if r.get("source_sheet") != rec.get("source_sheet") and named and r.get("_title_key") == named
        ]
        if not rows:
            continue
        differing = sorted(
            {k for r in rows for k in DESCRIBING_FIELDS if r.get(k) and rec.get(k) and r[k] != rec[k]}
            - {"description"}
        )
        for r in rows:
            for key in DESCRIBING_FIELDS:
                if not r.get(key) and rec.get(key):
                    r[key] = rec[key]
        if differing:
            issues.append(
                {
                    **_row_issue(
                        rec,
                        f"row {rec['source_row']}: project {rec['code']} is described here with another "
                        f"{', '.join(differing)} than its rows of money on sheet '{rows[0]['source_sheet']}': those "
                        "rows' are kept; check which is right",
                        "warning",
                    ),
                    "kind": "joined",
                }
            )
        records.remove(rec)
        _count_as_skipped(entry, rec.get("source_sheet"))
        issues.append(
            {
                **_row_issue(
                    rec,
                    f"row {rec['source_row']}: project {rec['code']} is described here without a title or an amount; "
                    f"its rows of money, with its title, are on sheet '{rows[0]['source_sheet']}' (row "
                    f"{rows[0]['source_row']}): its status, dates and agencies are taken for them, and this row is not "
                    "a project of its own",
                    "info",
                ),
                "kind": "joined",
            }
        )


def _count_as_skipped(entry: dict, sheet_name: str) -> None:
    """A loaded row found to be a project sent twice moves to the skipped rows of its file and sheet."""
    entry["rows_loaded"] -= 1
    entry["rows_skipped"] += 1
    for sheet in entry["sheets"]:
        if sheet.get("sheet") == sheet_name and sheet.get("rows_loaded", 0) > 0:
            sheet["rows_loaded"] -= 1
            sheet["rows_skipped"] += 1
            break


#: A sheet of money added to the projects listed elsewhere ("Additional 2021", "New commitments", "Top-ups", "Додаткові
#: кошти"), whose rows are no breakdown of those projects' years.
_MORE_MONEY_SHEET = re.compile(
    r"addition|\bnew\b|top-?up|supplement|amendment|додатков|нов[іиае]|дополнительн|доп\.", re.IGNORECASE
)


def _breakdown(first: dict, rec: dict, mine: dict, theirs: dict) -> list[int] | None:
    """The years of a project given on another sheet of its file with nothing else of it ("2021 поквартально": its
    title and a year's quarters, no dates, no total of its own), for a project whose row gives its total and dates but
    no years: they are that project's years (a co-funded project's, each donor's part of them). None when ``rec`` is
    no such row, or its years exceed the project's total or fall outside its dates."""
    if mine or not theirs or rec.get("start_date") or rec.get("end_date") or first.get("amount") is None:
        return None
    if rec.get("currency") not in (None, first.get("currency")):
        return None
    year_cells = {
        n: c for n, c in source_cell_names(rec.get("source_cells")).items() if n.startswith("amount_") and c
    }
    # a year's figure in one cell is money of its own, not a breakdown; so is a sheet of money added ("Additional
    # 2021", "New commitments 2021"); and a total of its own beside its years (a project of its own, or sent twice)
    if not year_cells or not all("+" in c for c in year_cells.values()):
        return None
    if _MORE_MONEY_SHEET.search(str(rec.get("source_sheet") or "")):
        return None
    given = sum(theirs.values())
    if rec.get("amount") is not None and not math.isclose(rec["amount"], given, abs_tol=0.01):
        return None
    share = first.get("_share") or 100.0
    if given > first["amount"] * 100 / share + 0.01 or not _years_within(rec, first):
        return None
    cells = [_on_its_sheet(rec, name, cell) for name, cell in year_cells.items()]
    for part in first.get("_parts") or [first]:
        part_share = (part.get("_share") or 100.0) / 100
        part["yearly_amounts"] = yearly_text({y: round(v * part_share, 2) for y, v in sorted(theirs.items())})
        part["source_cells"] = ";".join(filter(None, [part.get("source_cells"), *cells]))
    return sorted(theirs)


def _other_months(first: dict, rec: dict, years) -> dict[int, list[int]] | None:
    """The months of each year two rows of a project cover together, when each gives ``years`` by parts of them
    (quarters, months: ``_year_months``) and no month twice; None otherwise (a year given whole, or a month
    given by both: a repeat or a revision, not another part).

    Examples
    --------
    >>> q1, q2 = {"_year_months": {2021: [1, 2, 3]}}, {"_year_months": {2021: [4, 5, 6]}}
    >>> _other_months(q1, q2, {2021})
    {2021: [1, 2, 3, 4, 5, 6]}
    >>> _other_months(q1, q1, {2021}) is None, _other_months(q1, {}, {2021}) is None
    (True, True)
    """
    mine, theirs = first.get("_year_months") or {}, rec.get("_year_months") or {}
    together = {y: sorted(set(mine.get(y, ())) | set(theirs.get(y, ()))) for y in mine.keys() | theirs.keys()}
    if not years or any(not mine.get(y) or not theirs.get(y) or set(mine[y]) & set(theirs[y]) for y in years):
        return None
    return together


def _merged_years(first: dict, rec: dict) -> list[int] | None:
    """Merge ``rec`` into ``first`` when it is the same project given for other years.

    Two layouts give a project's years apart: a workbook with a sheet per year (the project on each sheet
    with that year's budget) and a table with a row per project and year (a year column, the project's
    cells repeated or merged down; see :func:`_rows_per_year`). The rows are one project, whose yearly
    amounts are those of every row (not a project sent twice, counted once, which would lose every year but
    the first). Only rows of the same file, in the same currency, with amounts for years the other row has
    none for, are merged: on different sheets, or on one sheet when both are rows of a year. The amount is
    the sum of the years when each row's amount was its years' sum, else it must be the same total on both.
    Returns the years added (None when ``rec`` is not such a row, and ``first`` is left as it was).
    """
    by_year = bool(first.get("_year_row") and rec.get("_year_row"))
    if rec["source_file"] != first["source_file"] or (
        rec["source_sheet"] == first["source_sheet"] and not by_year
    ):
        return None
    mine, theirs = yearly_values(first.get("yearly_amounts")), yearly_values(rec.get("yearly_amounts"))
    if not by_year and (years := _breakdown(first, rec, mine, theirs)) is not None:
        return years
    fiscal = (
        by_year and first.get("_fiscal_row") and rec.get("_fiscal_row")
    )  # two fiscal years meet in a year
    # rows of one project and year that differ in a cell (a component, a budget line, a top-up) are parts of it
    seen = first.get("_parts_seen") or {first.get("_row_cells")}
    part = (
        by_year
        and rec["source_sheet"] == first["source_sheet"]
        and rec.get("_row_cells") not in seen
        and _same_project(first, rec)
    )
    # on another sheet, a row of the project's other years; or its row on a year's sheet with none ("—") for it
    no_money = not mine and first.get("amount") is None
    # on another sheet, the project's money for other months of its years (a sheet per quarter): added
    months = _other_months(first, rec, mine.keys() & theirs.keys()) if not by_year else None
    if (not by_year and (not theirs or (not mine and not no_money))) or (
        mine.keys() & theirs.keys() and not fiscal and not part and months is None
    ):
        return None
    if first.get("currency") != rec.get("currency") and first.get("amount") is not None:
        return None
    summed = all(
        (r.get("amount") is None and not y)
        or (r.get("amount") is not None and math.isclose(r["amount"], sum(y.values()), abs_tol=0.01))
        for r, y in ((first, mine), (rec, theirs))
    )
    if not summed and first.get("amount") != rec.get("amount"):
        return None
    years = {y: round(mine.get(y, 0.0) + theirs.get(y, 0.0), 2) for y in sorted(mine.keys() | theirs.keys())}
    first["yearly_amounts"] = yearly_text(years)
    if months is not None:
        first["_year_months"] = months
    if by_year:
        first["_parts_seen"] = seen | {rec.get("_row_cells")}
        rec["_same_years"] = sorted(mine.keys() & theirs.keys())  # said by the caller: a part, or a revision?
    if summed and years:
        first["amount"] = sum(years[y] for y in sorted(years))
        first["currency"] = first.get("currency") or rec.get("currency")
        # the amount is now the sum of the years, whose cells are named: no single cell holds it
        first["source_cells"] = ";".join(
            part for part in (first.get("source_cells") or "").split(";") if not part.startswith("amount=")
        )
    here = rec["source_sheet"] == first["source_sheet"]
    if (
        not here
        and rec.get("status")
        and rec["status"] != first.get("status")
        and min(theirs) > max(mine, default=0)
    ):
        # the sheets of later years say what the project is now ("Planned" on 2020's sheet, "Ongoing" on 2021's)
        rec["_status_taken"] = first.get("status")
        first["status"] = rec["status"]
        status_cell = source_cell_names(rec.get("source_cells")).get("status")
        kept = [c for c in (first.get("source_cells") or "").split(";") if c and not c.startswith("status=")]
        moved = _on_its_sheet(rec, "status", status_cell) if status_cell else None
        first["source_cells"] = ";".join([*kept, *([moved] if moved else [])])
    cells = [
        f"{name}={cell}" if here else _on_its_sheet(rec, name, cell)
        for name, cell in source_cell_names(rec.get("source_cells")).items()
        if name.startswith("amount_") and cell
    ]
    cells = [c for c in cells if c]
    if cells:
        first["source_cells"] = ";".join(filter(None, [first.get("source_cells"), *cells]))
    return sorted(theirs)


#: What two rows of one project agree on (where both say it): a row naming another agency or implementer is another
#: project of the same title (dates may be each row's own: a ledger's posting dates).
_PROJECT_CELLS = ("beneficiaries", "implementer", "code")


def _in_programme(rec: dict, programme: dict) -> bool:
    """Whether ``rec`` is a component of ``programme`` (its ``parent``, see :mod:`mtd_analysis.ingest.programmes`):
    a component may share the programme's code, and even its amount when it equals the programme's remainder."""
    parent = rec.get("parent")
    if parent is None:
        return False
    where = ("source_file", "source_sheet", "source_row")
    return parent is programme or all(parent.get(k) == programme.get(k) for k in where)


def _another_agencys_part(first: dict, rec: dict) -> bool:
    """Whether two rows of one code and title are parts of the project for two beneficiary agencies, each with its
    own amount and dates or status (not one project sent twice): the parts' money would be lost if one were kept.
    Rows for agencies alike in all but the amount are merged before (see :func:`_rows_per_agency`)."""
    agencies = first.get("beneficiaries"), rec.get("beneficiaries")
    if not all(agencies) or agencies[0] == agencies[1]:
        return False
    return first.get("amount") != rec.get("amount") and any(
        first.get(k) != rec.get(k) for k in ("start_date", "end_date", "status")
    )


def _same_project(first: dict, rec: dict) -> bool:
    return all(not first.get(k) or not rec.get(k) or first[k] == rec[k] for k in _PROJECT_CELLS)


def _rows_per_year(records: list[dict], issues: list[dict]) -> None:
    """Rows of a table with a year column ("Рік", "Year", "Год") read as a row per project and year.

    When some project of a sheet (same partner and title) has rows for two years or more, each row's amount
    is that year's (``yearly_amounts``, its cell named ``amount_<year>``) and the rows are merged into one
    project by :func:`_assign_ids`. When no project has rows for several years the year column is not used
    (each amount is spread over its project's dates, as without it), and that is said once per sheet.
    """
    sheets: dict[tuple, list[dict]] = {}
    for rec in records:
        if "_amount_year" in rec:
            sheets.setdefault((rec["source_file"], rec["source_sheet"]), []).append(rec)
    for (file, sheet), rows in sheets.items():
        years: dict[tuple, set] = {}
        for rec in rows:
            # rows without a title (a sheet of money by code) are a project's by their code
            key = (
                rec["partner"],
                rec.get("_title_key") or normalise_key(rec.get("title") or "") or rec.get("code"),
            )
            if rec["_amount_year"] is not None:
                years.setdefault(key, set()).add(rec["_amount_year"])
        # a sheet of money by code (joined to the projects): its year column says each amount's year
        by_year = any(len(found) > 1 for found in years.values()) or all(r.get("_joins") for r in rows)
        dated: list[dict] = []  # rows of no dates, their year their period
        for rec in rows:
            year, year_cell = rec.pop("_amount_year"), rec.pop("_amount_year_cell", None)
            if not by_year:
                if isinstance(year, int) and not rec.get("start_date") and not rec.get("end_date"):
                    # "Рік: 2021" on a card with no dates: the year the project runs
                    rec["start_date"], rec["end_date"] = f"{year}-01-01", f"{year}-12-31"
                    if year_cell:
                        rec["source_cells"] = ";".join(
                            p for p in (rec.get("source_cells"), f"period={year_cell}") if p
                        )
                    dated.append(rec)
                continue
            rec["_year_row"] = True
            reduction = next((value for y, value, _ in rec.get("_negatives") or [] if y is None), None)
            if year is not None and rec.get("amount") is None and reduction is not None:
                # a ledger's reduction of a project's year ("Budget reversal", -140 000): a part of that year, if the
                # project has other rows (else its error stands: see _assign_ids)
                rec["amount"], rec["_reduction"] = reduction, True
            if year is not None and rec.get("amount") is not None and not rec.get("yearly_amounts"):
                parts = (  # a fiscal year's amount split over its days
                    {year: rec["amount"]}
                    if isinstance(year, int)
                    else split_by_days(rec["amount"], days_per_year(*year))
                )
                rec["_fiscal_row"] = not isinstance(year, int)  # its years may meet another row's (summed)
                rec["yearly_amounts"] = yearly_text(parts)
                cell = source_cell_names(rec.get("source_cells")).get("amount")
                if cell:
                    rec["source_cells"] += "".join(f";amount_{y}={cell}" for y in parts)
        if dated:
            undated = {(rec["source_row"], f"row {rec['source_row']}: no start or end date") for rec in dated}
            issues[:] = [  # their dates are known now
                i
                for i in issues
                if not (
                    i.get("file") == file
                    and i.get("sheet") == sheet
                    and (i.get("row"), i.get("message")) in undated
                )
            ]
        if not by_year:
            rows_said = number_ranges(sorted(int(rec["source_row"]) for rec in dated))
            issues.append(
                schema.issue(
                    file,
                    (f"sheet '{sheet}': " if sheet else "")
                    + "the year column gives one year per row, but no project has rows for several years: the "
                    "years were not used (each amount is spread over its project's dates)"
                    + (f"; rows {rows_said} give no dates: each runs over its year" if dated else ""),
                    sheet=sheet,
                    severity="info",
                    kind="years",
                )
            )


def _on_its_sheet(rec: dict, name: str, cell: str) -> str | None:
    """ "name='Sheet'!cell": a cell of ``rec`` named in another row's cells (None when the sheet's name holds ";" or
    "=", which the cells' text cannot carry)."""
    sheet = str(rec["source_sheet"]).replace("'", "''")
    return None if {";", "="} & set(sheet) else f"{name}='{sheet}'!{cell}"


def _line_cell(rec: dict) -> str | None:
    """ "amount_row<n>=cell": the amount cell of one of the rows a project's amount adds up (lines, payments)."""
    cell = source_cell_names(rec.get("source_cells")).get("amount")
    return f"amount_row{rec['source_row']}={cell}" if cell else None


#: What a summary sheet's row may give that the detail row of the same project does not.
_FILLED_FROM_SUMMARY = ("status", "code", "beneficiaries", "implementer", "description", "declared_priority")


def _fill_from(detail: dict, listed: dict) -> None:
    """The fields a project's detail row leaves empty, taken from its summary row (with their cells, named with
    the summary's sheet)."""
    names = source_cell_names(listed.get("source_cells"))
    added = []
    for key in _FILLED_FROM_SUMMARY:
        if listed.get(key) and not detail.get(key):
            detail[key] = listed[key]
            name = "project_id" if key == "code" else key
            if names.get(name) and (named := _on_its_sheet(listed, name, names[name])):
                added.append(named)
    # money by year given on the summary ("By program: 2021 | 2022") and not beside the dates: the years are the
    # partner's, not a spread by days; taken when each year is one cell (named with the summary's sheet)
    years = {k: v for k, v in names.items() if _YEAR_CELL.fullmatch(k)}
    if (
        listed.get("yearly_amounts")
        and not detail.get("yearly_amounts")
        and years
        and all(_ONE_CELL.fullmatch(v) for v in years.values())
    ):
        detail["yearly_amounts"] = listed["yearly_amounts"]
        added += [named for k, v in years.items() if (named := _on_its_sheet(listed, k, v))]
    if added:
        detail["source_cells"] = ";".join(filter(None, [detail.get("source_cells"), *added]))


_YEAR_CELL = re.compile(r"amount_\d{4}")
_ONE_CELL = re.compile(r"\$?[A-Z]{1,3}\$?\d+")


def _agree(key: str, a: str, b: str) -> bool:
    """Whether a summary's and a detail's value of a field can be the same project's: agencies one within the
    other ("NPU" and "NPU;SBGS"), codes in any case, an implementer's name one the start of the other ("UNOPS",
    "UNOPS Ukraine"), a status the same."""
    if key == "beneficiaries":
        mine, theirs = set(a.split(";")), set(b.split(";"))
        return mine <= theirs or theirs <= mine
    x, y = normalise_key(a), normalise_key(b)
    if key == "implementer":  # "UNOPS" and "UNOPS Ukraine", not "UN" and "UNDP"
        short, long = sorted((x, y), key=len)
        return short == long or (len(short) >= 4 and long.startswith(short + " "))
    return x == y


#: A sheet named a summary of the others: "Summary", "Overview", "Свод", "Зведений перелік", "Зведена".
_SUMMARY_SHEET = re.compile(
    r"summary|overview|recap|зведен|свод|сводн|загальн\w* перелік|общий перечень", re.IGNORECASE
)


def _listed_again(other: dict, rec: dict) -> bool:
    """Whether two rows of one file, on different sheets, with the same partner and the same title but for a bracket
    at the end of one ("Біометрична реєстрація (INL)"), give the same money, currency and years and no dates: one
    project listed twice (a matrix and its flat list).

    Examples
    --------
    >>> a = {"source_file": "m.xlsx", "source_sheet": "Matrix", "amount": 900.0, "currency": "USD",
    ...      "yearly_amounts": "2021=300"}
    >>> _listed_again(a, dict(a, source_sheet="List")), _listed_again(a, dict(a, source_sheet="List", amount=800.0))
    (True, False)
    """
    if rec["source_file"] != other["source_file"] or rec["source_sheet"] == other["source_sheet"]:
        return False
    if any(r.get("start_date") or r.get("end_date") for r in (rec, other)):
        return False
    same = ("amount", "currency")
    if any(rec.get(k) != other.get(k) for k in same) or rec.get("amount") is None:
        return False
    return yearly_values(rec.get("yearly_amounts")) == yearly_values(other.get("yearly_amounts"))


def _summary_twin(other: dict, rec: dict) -> str | None:
    """Which of two rows of one file, on different sheets, with the same partner, title and amount is a summary's
    row ("first" or "second"): the one with no dates, when the other has them; None when they are not so."""
    if rec["source_file"] != other["source_file"] or rec["source_sheet"] == other["source_sheet"]:
        return None
    amounts = other.get("amount"), rec.get("amount")
    if None in amounts or not math.isclose(*amounts, abs_tol=0.01):
        return None
    if (other.get("currency") or rec.get("currency")) != (rec.get("currency") or other.get("currency")):
        return None
    if other.get("yearly_amounts") and rec.get("yearly_amounts"):
        # both split by year: a summary's listing only when the years agree and the undated row's sheet is named a
        # summary ("Summary", "Свод", "Зведений перелік"); else two projects, or its years taken (_fill_from)
        if yearly_values(other["yearly_amounts"]) != yearly_values(rec["yearly_amounts"]):
            return None
        undated = other if not (other.get("start_date") or other.get("end_date")) else rec
        if not _SUMMARY_SHEET.search(undated.get("source_sheet") or ""):
            return None
    for key in ("beneficiaries", "status", "code", "implementer"):  # both given and different: two projects
        if other.get(key) and rec.get(key) and not _agree(key, str(other[key]), str(rec[key])):
            return None

    def dated(r: dict) -> bool:
        return bool(r.get("start_date") or r.get("end_date"))

    if not dated(other) and dated(rec):
        return "first" if _years_within(other, rec) else None
    if dated(other) and not dated(rec):
        return "second" if _years_within(rec, other) else None
    return None


#: An award's modification or amendment by its code: the award's code, then "-M3", "/A1", "-MOD2", " Amd 1".
_MODIFICATION_CODE = re.compile(
    r"(?P<base>.+?)\s*[-/ ]\s*(?:m|mod|a|am|amd|amend)\.?\s*(?P<n>\d{1,2})", re.IGNORECASE
)
#: A status or type naming a modification of an award ("Modification", "Amendment", "Mod.", "Зміни").
_MODIFICATION_WORD = re.compile(r"^(?:modification|amendment|mod\.?|amd\.?|зміни|изменения)\b", re.IGNORECASE)


def _modified_award(rec: dict, title_key: str, by_code: dict) -> dict | None:
    """The award a row modifies: its code is the award's with a modification's number ("INL-UKR-1043-M3"), its title
    the award's or none, its status a modification's ("Modification"), no dates of its own; None otherwise."""
    found = _MODIFICATION_CODE.fullmatch(str(rec.get("code") or "").strip())
    if found is None or not _MODIFICATION_WORD.match(str(rec.get("status") or "")):
        return None
    base = by_code.get((rec["partner"], found["base"].strip()))
    if base is None or rec.get("start_date") or rec.get("end_date"):
        return None
    if title_key and title_key != normalise_key(base.get("title") or ""):
        return None
    return base


def _modification_applied(base: dict, rec: dict, issues: list[dict]) -> None:
    """A modification's figures replace its award's: each year it gives, and its total where it gives one (a
    modification restates the award's plan: "CY2021 planned amount revised from 250,000 to 215,000"); said as a
    warning, with the figures before and after, at the modification's row."""
    years, given = yearly_values(base.get("yearly_amounts")), yearly_values(rec.get("yearly_amounts"))
    changes = []
    for year, value in sorted(given.items()):
        changes.append(f"{year}: {years.get(year, 0.0):,.2f} → {value:,.2f}")
        years[year] = value
    if given:
        base["yearly_amounts"] = yearly_text(years)
    total_given = rec.get("amount") is not None and not (
        given and math.isclose(rec["amount"], sum(given.values()))
    )
    if total_given:
        changes.append(f"total: {base.get('amount') or 0.0:,.2f} → {rec['amount']:,.2f}")
        base["amount"] = rec["amount"]
    elif given and base.get("amount") is not None and sum(years.values()) > base["amount"] + 0.01:
        base["amount"] = round(sum(years.values()), 2)
    cells = [
        f"{k}_row{rec['source_row']}={v}"
        for k, v in source_cell_names(rec.get("source_cells")).items()
        if k.startswith("amount")
    ]
    base["source_cells"] = ";".join(filter(None, [base.get("source_cells"), *cells]))
    where = (rec["source_file"], rec["source_sheet"], rec["source_row"])
    issues[:] = [  # what its row lacked as a project (a status known, dates, a total) is the award's
        i
        for i in issues
        if (i.get("file"), i.get("sheet"), i.get("row")) != where
        or i.get("kind") not in ("status", "date", "amount")
    ]
    sheet = f", sheet '{base['source_sheet']}'" if base["source_sheet"] else ""
    issues.append(
        {
            **_row_issue(
                rec,
                f"row {rec['source_row']}: '{rec.get('code')}' ({rec.get('status')}) modifies award {base.get('code')} "
                f"on {base['source_file']}{sheet}, row {base['source_row']}: its figures replace the award's "
                f"({'; '.join(changes) or 'no figure given'}); if it adds to them instead, correct the award's row",
                "warning",
            ),
            "kind": "amount",
        }
    )


_LAST_BRACKET = re.compile(r"\s*[(\[][^()\[\]]*[)\]]\s*$")


def _bare_title_key(title, key: str | None = None) -> str | None:
    """A title's key without a bracket at its end ("… oblasts (Phase II, ENI/2019/412-345)", "… (контракт № 7)"),
    of three words at least: how a summary sheet may list a project a detail sheet names in full; None when
    the title has no such bracket and is short.

    Examples
    --------
    >>> _bare_title_key("Support to Community Policing (Phase II, ENI/2019/412)"), _bare_title_key("Radios (2)")
    ('support to community policing', None)
    >>> _bare_title_key("Support to Community Policing")
    'support to community policing'
    """
    if not isinstance(title, str):
        return None
    if title.rstrip().endswith((")", "]")) or key is None:  # (``key``: the whole title's, when it has none)
        key = normalise_key(_LAST_BRACKET.sub("", title))
    return key if key.count(" ") >= 2 else None


def _title_halves(title) -> list[str]:
    """The keys of a title written in two languages, one after the other ("Цифровізація реєстру мігрантів /
    Digitalisation of the migration registry"), each of three words at least; none for any other title.

    Examples
    --------
    >>> halves = _title_halves("Цифровізація реєстру мігрантів / Digitalisation of the migration registry")
    >>> len(halves), halves[1]
    (2, 'digitalisation of the migration registry')
    >>> _title_halves("Body-worn cameras / radios"), _title_halves("Patrol police")
    ([], [])
    """
    if not isinstance(title, str) or title.count(" / ") != 1:
        return []
    halves = [normalise_key(h) for h in title.split(" / ")]
    cyrillic = [bool(re.search(r"[\u0400-\u04FF]", h)) for h in halves]
    if any(h.count(" ") < 2 for h in halves) or cyrillic[0] == cyrillic[1]:  # two languages, two scripts
        return []
    return halves


def _named_elsewhere(other: dict | None, rec: dict) -> dict | None:
    """``other``, a row of the same file and title as ``rec`` on another sheet, when one of the two names its
    partner in a column and the other has only the one its file gives (a summary sheet under the implementer's
    name, a detail sheet with a "Commissioned by" column): the same project, whose partner is the column's."""
    if other is None or other["source_sheet"] == rec["source_sheet"]:
        return None
    sources = {other.get("partner_from"), rec.get("partner_from")}
    return other if "column" in sources and sources & {"file", "file name"} else None


def _years_within(listed: dict, detail: dict) -> bool:
    """Whether the years a summary row gives money in ("2021=100000;2022=300000") fall within the dates of the detail
    row (a row with other years is another project: "2022 | 2023" beside a project of 2021–2022)."""
    years = [year for year, amount in yearly_values(listed.get("yearly_amounts")).items() if amount]
    if not years:
        return True
    first, last = (str(detail.get(k) or "")[:4] for k in ("start_date", "end_date"))
    # an open side (no end, or no start) takes any year on that side
    return (not first or int(first) <= min(years)) and (not last or max(years) <= int(last))


def _other_funding_source(first: dict, rec: dict) -> bool:
    """Whether two rows of one project come from two funding sources a key explains ("DK-PSP", "DK-NP") and cannot
    be added up as its lines (another currency, period or status): two projects, neither a repeat of the other."""
    codes = (first.get("_funding_code"), rec.get("_funding_code"))
    if None in codes or codes[0] == codes[1]:
        return False
    same = all(first.get(k) == rec.get(k) for k in ("currency", "start_date", "end_date", "status"))
    return not same or bool(yearly_values(first.get("yearly_amounts"))) != bool(
        yearly_values(rec.get("yearly_amounts"))
    )


def _funding_lines(first: dict, rec: dict) -> bool:
    """Merge ``rec`` into ``first`` when they are one project's lines from two funding sources of one donor, coded on
    the sheet and explained by its key ("DK-PSP = Danish Peace and Stabilisation Programme; DK-NP = Danish
    Neighbourhood Programme": two rows of one project, each with its money), as :func:`_merged_line` merges budget
    lines. Returns whether it was merged."""
    codes = (first.get("_funding_code"), rec.get("_funding_code"))
    if None in codes or codes[0] == codes[1] or "_line" in first or "_line" in rec:
        return False
    if first.get("amount") is None or rec.get("amount") is None:
        return False
    first["_line"], rec["_line"] = codes
    merged = _merged_line(first, rec)
    if not merged:
        first.pop("_line"), first.pop("_lines", None)
    rec.pop("_line")
    return merged


def _merged_line(first: dict, rec: dict) -> bool:
    """Merge ``rec`` into ``first`` when both are budget lines of one project on one sheet.

    An export with a row per project and budget line ("Budget Line", "Стаття витрат"; a year column too, or not)
    repeats the project's cells on every line: the project's amount, and each year's, are the sums of its
    lines'. Only lines of the same sheet, in the same currency, with the same dates and both with or both
    without a year are merged; a row repeating a line already read (same line, years and amount) is a project
    sent twice, and is not merged. Each line's amount cell is named (``amount_row<n>``). Returns whether
    ``rec`` was merged (``first`` is left as it was when not).
    """
    if "_line" not in first or "_line" not in rec:
        return False
    if rec["source_file"] != first["source_file"] or rec["source_sheet"] != first["source_sheet"]:
        return False
    if rec.get("currency") and first.get("currency") and rec["currency"] != first["currency"]:
        return False
    if (rec.get("start_date"), rec.get("end_date")) != (first.get("start_date"), first.get("end_date")):
        return False
    mine, theirs = yearly_values(first.get("yearly_amounts")), yearly_values(rec.get("yearly_amounts"))
    if bool(mine) != bool(theirs):
        return False
    lines = first.setdefault("_lines", [(first["_line"], tuple(sorted(mine.items())), first["amount"])])
    key = (rec["_line"], tuple(sorted(theirs.items())), rec["amount"])
    if key in lines:
        return False
    lines.append(key)
    shares = (first.get("_line_share"), rec.get("_line_share"))
    if None not in shares and shares[0] != shares[1] and (key[1:] == lines[0][1:]):
        # "Sector share (%)" 60 and 40 beside the same amount and years: the project's whole repeated on each
        # sector's row, counted once (its lines named)
        rec["_whole_repeated"] = True
        first["source_cells"] = ";".join(filter(None, [first.get("source_cells"), _line_cell(rec)]))
        return True
    if len(lines) == 2:  # the first line's own cell, named as a line's
        kept = [p for p in (first.get("source_cells") or "").split(";") if p and not p.startswith("amount")]
        first["source_cells"] = ";".join(filter(None, [*kept, _line_cell(first)]))
    first["source_cells"] = ";".join(filter(None, [first.get("source_cells"), _line_cell(rec)]))
    first["amount"] += rec["amount"]
    first["currency"] = first.get("currency") or rec.get("currency")
    if rec.get("_line_kind") == "agency":  # an agency's part: the project's agencies are all its parts'
        both = f"{first.get('beneficiaries') or ''};{rec.get('beneficiaries') or ''}".split(";")
        first["beneficiaries"] = ";".join(dict.fromkeys(a for a in both if a))
    if mine:
        years = dict(mine)
        for year, amount in theirs.items():
            years[year] = years.get(year, 0.0) + amount
        first["yearly_amounts"] = yearly_text(years)
    return True


def _payments(rows: list[dict], records: list[dict], issues: list[dict], entry: dict) -> None:
    """Rows of a money sheet giving a code's money in several payments (no year or budget-line column: "Payment
    date | Amount"): one row whose amount is their sum, each year's amount the sum of the payments dated in it (when
    every payment is dated; a single payment's too), each payment's cell named (``amount_row<n>``). The others are
    skipped, said once per code. Payments in different currencies are left as they are."""
    by_code: dict[tuple, list[dict]] = {}
    for rec in rows:
        if "_amount_year" not in rec and "_line" not in rec and rec.get("amount") is not None:
            by_code.setdefault((rec["code"], rec.get("partner"), rec.get("currency")), []).append(rec)
    dropped: set[int] = set()
    if all(len(paid) < 2 for paid in by_code.values()):
        return  # a row per code: its money, as any table's (a sheet of payments has several for some code)
    for (code, _, currency), paid in by_code.items():
        if any(r.get("yearly_amounts") for r in paid):
            continue
        first = paid[0]
        cells = [p for p in (first.get("source_cells") or "").split(";") if p and not p.startswith("amount")]
        cells += filter(None, map(_line_cell, paid))
        years: dict[int, float] = {}
        dated = all(r.get("start_date") for r in paid)
        for rec in paid:
            if dated:
                year = int(rec["start_date"][:4])
                years[year] = years.get(year, 0.0) + rec["amount"]
        first["amount"] = round(sum(r["amount"] for r in paid), 2)
        first["yearly_amounts"] = yearly_text(years) if dated else None
        first["source_cells"] = ";".join(cells)
        first["start_date"] = first["end_date"] = None  # a payment's date is no project's date
        for rec in paid[1:]:
            dropped.add(id(rec))
            _count_as_skipped(entry, rec["source_sheet"])
        if len(paid) < 2:
            continue
        rows_said = ", ".join(str(r["source_row"]) for r in paid)
        issues.append(
            {
                **_row_issue(
                    first,
                    f"rows {rows_said}: {len(paid)} payments to project {code} ({currency or 'no currency'}): their "
                    "sum is the project's money" + (", each in the year of its date" if dated else ""),
                    "info",
                ),
                "kind": "amount",
            }
        )
    if dropped:
        records[:] = [r for r in records if id(r) not in dropped]


#: A source of money that is Ukraine's own budget ("Government of Ukraine (co-financing)", "Державний бюджет").
_NATIONAL_BUDGET = re.compile(
    r"ukrain|україн|украин|state budget|national budget|державн\w* бюджет|держбюджет|государственн\w* бюджет"
    r"|госбюджет",
    re.IGNORECASE,
)
#: A project's facts a row of money joined by code takes from the project's row when it pays for another partner.
_DESCRIBED = (
    "title", "description", "beneficiaries", "declared_priority", "start_date", "end_date", "status", "implementer",
)  # fmt: skip


def _joined_by_code(kept: list[dict], issues: list[dict], entries: dict[str, dict]) -> list[dict]:
    """Join each row of money marked by :func:`_money_sheets` (its lines and years merged already) with the project of
    its code on the projects' sheet: the project takes its amount, currency, years and cells. A row paid by
    another partner (a "Funding source" column naming a co-funder) stays a project of that partner, with the
    project's title, dates, status and agencies. Returns the records kept."""
    described: dict[tuple, dict] = {}
    for rec in kept:
        if rec.get("code") and rec.get("title") and not rec.get("_joins"):
            described.setdefault((rec["source_file"], rec["code"]), rec)
    out = []
    for rec in kept:
        sheet_of_projects = rec.pop("_joins", None)
        project = described.get((rec["source_file"], rec.get("code"))) if sheet_of_projects else None
        if project is None:
            out.append(rec)
            continue
        cells = [
            _on_its_sheet(rec, name, cell)
            for name, cell in source_cell_names(rec.get("source_cells")).items()
            if name.startswith("amount") and cell
        ]
        source = rec["partner"]
        if rec.get("partner_from") != "column" or not is_known_partner(source):
            # the money sheet names no partner of its own, or a source of money that is no donor ("Core resources
            # (TRAC)"): the project's partner's money, the source said when the sheet names one
            if rec.get("partner_from") == "column" and _NATIONAL_BUDGET.search(source or ""):
                message = (
                    f"row {rec['source_row']}: money for project {rec['code']} from '{source}', Ukraine's own budget: "
                    "not international assistance, not counted"
                )
                issues.append({**_row_issue(rec, message, "warning"), "kind": "partner"})
                _count_as_skipped(entries[rec["source_file"]], rec["source_sheet"])
                continue
            if rec.get("partner_from") == "column" and source != project["partner"]:
                message = (
                    f"row {rec['source_row']}: the funding source '{source}' is no partner this tool knows: counted as "
                    f"{project['partner']}'s money for project {rec['code']}"
                )
                issues.append({**_row_issue(rec, message, "info"), "kind": "partner"})
            rec["partner"] = project["partner"]
        if rec["partner"] == project["partner"] and project.get("amount") is None:
            project["amount"], project["currency"] = rec.get("amount"), rec.get("currency")
            project["yearly_amounts"] = rec.get("yearly_amounts")
            project["source_cells"] = ";".join(filter(None, [project.get("source_cells"), *cells]))
            _count_as_skipped(entries[rec["source_file"]], rec["source_sheet"])
            continue
        for name in _DESCRIBED:
            if rec.get(name) is None:
                rec[name] = project.get(name)
        message = (
            f"row {rec['source_row']}: {rec['partner']}'s money for project {rec['code']} ('{project['title'][:60]}', "
            f"sheet '{project['source_sheet']}', row {project['source_row']}): a project of {rec['partner']}, "
            "described as that one"
        )
        issues.append({**_row_issue(rec, message, "info"), "kind": "partner"})
        out.append(rec)
    return out


#: What stands for a partner no column, title row or file name names (see :func:`_name_partners`), as said.
_PARTNER_USED = {
    "implementer": "the implementer named on its rows ('{partner}', a partner this tool knows)",
    "file name": "'{partner}' (the file name)",
}


def _assign_ids(records: list[dict], issues: list[dict], entries: dict[str, dict]) -> list[dict]:
    """Give every record its project id, and skip projects sent twice by the same partner."""
    records = _shared_partners(records, issues)
    _name_partners(records)
    records = _translations(records, issues, entries)
    _rows_per_year(records, issues)
    # codes used by several partners are prefixed with the partner
    code_partners: dict[str, set] = {}
    for rec in records:
        if rec.get("code"):
            code_partners.setdefault(rec["code"], set()).add(rec["partner"])
    warned_partner_files = set()
    kept: list[dict] = []
    by_code: dict[tuple, dict] = {}
    by_content: dict[tuple, dict] = {}
    by_title: dict[
        tuple, dict
    ] = {}  # the first project of each partner and title: its other years' sheets join it
    by_file_title: dict[tuple, dict] = {}  # the first project of each file and title
    by_title_currency: dict[tuple, dict] = {}  # ... of each partner, title and currency
    by_bare_title: dict[tuple, dict] = {}  # ... of each partner and title without its bracket at the end
    used_ids: dict[str, dict] = {}
    settled: set[tuple] = set()  # the places of negative amounts read as reductions (see _negatives_read)
    for rec in records:
        used = _PARTNER_USED.get(rec.get("partner_from"))
        if used and rec["source_file"] not in warned_partner_files:
            warned_partner_files.add(rec["source_file"])
            issues.append(
                _file_issue(
                    rec["source_file"],
                    f"{rec['source_file']}: no partner (donor) is named in a column, the title rows or the file name; "
                    f"{used.format(partner=rec['partner'])} is used — add a Partner column",
                    "warning",
                    "partner",
                )
            )
        title_key = rec.pop("_title_key", None)
        if title_key is None:
            title_key = normalise_key(rec.get("title") or "")
        content_key = (
            rec["partner"],
            title_key,
            rec.get("start_date"),
            rec.get("end_date"),
            rec.get("amount"),
        )
        code = rec.get("code")
        first = None
        if code and (base := _modified_award(rec, title_key, by_code)) is not None:
            _modification_applied(
                base, rec, issues
            )  # "INL-UKR-1043-M3 | … | Modification": the award's new figures
            _count_as_skipped(entries[rec["source_file"]], rec["source_sheet"])
            continue
        if (
            code and not title_key and not rec.get("_joins")
        ):  # a ledger's later line of a project: its code alone
            line_of = by_code.get((rec["partner"], code))
            if line_of is not None and _added_line(line_of, rec, issues, settled):
                _count_as_skipped(entries[rec["source_file"]], rec["source_sheet"])
                continue
        if code:
            first = by_code.get((rec["partner"], code))
            if (
                first is not None
                and normalise_key(first.get("title") or "") != title_key
                and first.get("amount") != rec.get("amount")
            ):
                first = None  # the same code for a different project: not a duplicate
            elif first is not None and (_in_programme(rec, first) or _in_programme(first, rec)):
                first = (
                    None  # a programme's component under the programme's code, beside its remainder's line
                )
            elif first is not None and _another_agencys_part(first, rec):
                rec["_part_of"] = (
                    first  # a part of the project for another agency, with its own money and dates
                )
                first = None
        if (
            first is not None
            and rec.get("_item_line")
            and first.get("_item_line")
            and normalise_key(first.get("title") or "") == title_key
            and _added_line(first, rec, issues, settled, items=True)
        ):  # a procurement export's lines of one project's items, its code and title on each: their sum
            _count_as_skipped(entries[rec["source_file"]], rec["source_sheet"])
            continue
        if first is None and title_key:
            first = by_content.get(content_key)
        other = (
            first if first is not None else by_title.get((rec["partner"], title_key)) if title_key else None
        )
        if first is None and other is not None and other.get("currency") != rec.get("currency"):
            # one project's lines in two currencies under one title: this line's twin is the one in its currency
            other = by_title_currency.get((rec["partner"], title_key, rec.get("currency")), other)
        if rec.get("_part_of") is not None:
            other = None  # another agency's part: a project of its own, not another year or line of the first
        elif (
            other is None and title_key
        ):  # the partner one sheet names in a column, the other only by its file
            other = _named_elsewhere(by_file_title.get((rec["source_file"], title_key)), rec)
        if other is not None and (pointer := _amount_given_elsewhere(other, rec)) is not None:
            _counted_where_given(other, rec, pointer, issues, entries)
            continue
        if other is not None and _merged_line(other, rec):
            sheet = f", sheet '{other['source_sheet']}'" if other["source_sheet"] else ""
            part = (
                f"the part for {rec['_line']}"
                if rec.get("_line_kind") == "agency"
                else f"budget line '{rec['_line']}'"
            )
            message = (
                f"row {rec['source_row']}: {part} of the project on {other['source_file']}"
                f"{sheet}, row {other['source_row']} ('{rec.get('title') or code}'): its amount is added to that "
                "project's"
            )
            if rec.pop("_whole_repeated", False):
                message = (
                    f"row {rec['source_row']}: {part} of the project on {other['source_file']}{sheet}, row "
                    f"{other['source_row']} ('{rec.get('title') or code}'), its share "
                    f"{rec.get('_line_share'):g}% beside the project's whole amount repeated: counted once"
                )
            issues.append({**_row_issue(rec, message, "info"), "kind": "amount"})
            _count_as_skipped(entries[rec["source_file"]], rec["source_sheet"])
            continue
        if other is not None and (years := _merged_years(other, rec)) is not None:
            for row in (other, rec):
                if row.pop("_reduction", False):  # a reduction read as a part of the year, not an error
                    _negatives_read(row, settled)
            sheet = f", sheet '{other['source_sheet']}'" if other["source_sheet"] else ""
            where = f"{other['source_file']}{sheet}, row {other['source_row']}"
            what = (
                f"for {', '.join(map(str, years))}: its amounts are added to that project's years"
                if years
                else "with no amount of its own: counted in that project"
            )
            if "_status_taken" in rec:
                what += (
                    f"; its status '{rec['status']}' (of a later year's sheet) replaces "
                    f"'{rec.pop('_status_taken') or 'none'}'"
                )
            again = rec.pop("_same_years", None)
            if again:  # a component, a budget line or a top-up; or a revision, which would count twice
                what += (
                    f" (it differs from the project's other row for {', '.join(map(str, again))} in some cell: added "
                    "as a part of that year; if it revises or repeats that row, count it once)"
                )
            message = (
                f"row {rec['source_row']}: the same project as {where} ('{rec.get('title') or code}', same partner "
                f"{rec['partner']}), {what}"
            )
            issues.append({**_row_issue(rec, message, "warning" if again else "info"), "kind": "years"})
            _count_as_skipped(entries[rec["source_file"]], rec["source_sheet"])
            continue
        bare_key = _bare_title_key(rec.get("title"), title_key)
        if other is None and first is None and title_key:
            # "… oblasts" on a summary, "… oblasts (Phase II, …)"; "Digitalisation …" and "Цифровізація … /
            # Digitalisation …"; and the other way round, this title bare, an earlier one with its bracket ("… (INL)")
            for key in [bare_key, *_title_halves(rec.get("title")), title_key]:
                other = by_bare_title.get((rec["partner"], key)) if key else None
                if other is not None and _listed_again(other, rec):
                    first = other  # "… (INL)" on a matrix, "…" on the list beside it: one project sent twice
                    break
                if other is not None and _summary_twin(other, rec) is not None:
                    break
                other = None
        summary = _summary_twin(other, rec) if other is not None and first is None else None
        if summary is not None:  # a summary sheet's row and the same project's row on a detail sheet
            listed, detail = (other, rec) if summary == "first" else (rec, other)
            there = f"sheet '{detail['source_sheet']}', row {detail['source_row']}"
            issues.append(
                {
                    **_row_issue(
                        listed,
                        f"row {listed['source_row']}: the same project as {there} "
                        f"('{rec.get('title') or code}', same partner {rec['partner']}, same amount) listed without "
                        "its dates, as in a summary: counted once, from the row with its details",
                        "info",
                    ),
                    "kind": "duplicate",
                }
            )
            _count_as_skipped(entries[listed["source_file"]], listed["source_sheet"])
            named = next((r for r in (listed, detail) if r.get("partner_from") == "column"), detail)
            _fill_from(detail, listed)
            detail["partner"], detail["partner_from"] = named["partner"], named.get("partner_from")
            if summary == "first":  # the detail row takes the summary row's place (and id)
                pid = other["project_id"]
                other.clear()
                other.update(rec, project_id=pid)
            continue
        if first is not None and _another_currency_of_the_row(first, rec):
            first = None  # the row's money in another currency, a project of its own (see _lines_as_projects)
        if first is not None and _other_funding_source(first, rec):
            first = None  # the line of another funding source, kept apart from the first: not the project sent twice
        if first is not None and _funding_lines(first, rec):
            sheet = f", sheet '{first['source_sheet']}'" if first["source_sheet"] else ""
            message = (
                f"row {rec['source_row']}: funding source '{rec['_funding_code']}' of the project on "
                f"{first['source_file']}{sheet}, row {first['source_row']} ('{rec.get('title') or code}', funding "
                f"source '{first['_funding_code']}', both {rec['partner']}'s): its amount is added to that project's"
            )
            issues.append({**_row_issue(rec, message, "info"), "kind": "amount"})
            _count_as_skipped(entries[rec["source_file"]], rec["source_sheet"])
            continue
        if first is not None:
            where = (
                f"{first['source_file']}"
                + (f", sheet '{first['source_sheet']}'" if first["source_sheet"] else "")
                + f", row {first['source_row']}"
            )
            message = (
                f"row {rec['source_row']}: the same project as {where} ('{rec.get('title') or code}', "
                f"same partner {rec['partner']}); sent twice, counted once"
            )
            issues.append(_row_issue(rec, message, "warning"))
            _count_as_skipped(entries[rec["source_file"]], rec["source_sheet"])
            continue
        if code:
            pid = code if len(code_partners.get(code, ())) == 1 else f"{partner_slug(rec['partner'])}:{code}"
            by_code[(rec["partner"], code)] = rec
        else:
            pid = project_id_from_key(rec["partner"], title_key)
        if title_key:
            by_content[content_key] = rec
            by_title.setdefault((rec["partner"], title_key), rec)
            by_title_currency.setdefault((rec["partner"], title_key, rec.get("currency")), rec)
            by_file_title.setdefault((rec["source_file"], title_key), rec)
            if bare_key:
                by_bare_title.setdefault((rec["partner"], bare_key), rec)
            for half in _title_halves(
                rec.get("title")
            ):  # "Цифровізація … / Digitalisation …": each language's
                by_bare_title.setdefault((rec["partner"], half), rec)
        base, n = pid, 2
        if pid in used_ids and rec.get("currency") and _another_currency_of_the_row(used_ids[pid], rec):
            base = pid = (
                f"{pid}-{rec['currency'].lower()}"  # the row's line in another currency: "INL-0480-uah"
            )
        while pid in used_ids:
            pid = f"{base}-{n}"
            n += 1
        if pid != base and not rec.get("_joins"):  # a money row to be joined is no project of its own
            other = used_ids[base]
            part_of = rec.pop("_part_of", None)
            message = (
                f"row {rec['source_row']}: project id '{base}' is already used by {other['source_file']} row "
                f"{other['source_row']} for a different project; this one is '{pid}'"
                if part_of is None
                else f"row {rec['source_row']}: code '{code}' and title as on row {part_of['source_row']}, for "
                f"another agency ({rec['beneficiaries']}) with its own amount, dates or status: read as a project "
                f"of its own, '{pid}' (not one project sent twice)"
            )
            issues.append(_row_issue(rec, message, "warning" if code else "info"))
        rec.pop("_part_of", None)
        used_ids[pid] = rec
        rec["project_id"] = pid
        kept.append(rec)
    _without_settled(issues, settled)
    kept = _joined_by_code(kept, issues, entries)
    for rec in kept:
        if rec.pop(
            "_reduction", False
        ):  # a negative amount no other row of its project took: its error stands
            rec["amount"] = rec["yearly_amounts"] = None
            rec["source_cells"] = ";".join(
                c for c in (rec.get("source_cells") or "").split(";") if c and not c.startswith("amount")
            )
        pointer = rec.pop("_amount_elsewhere", None)
        if (
            pointer and rec.get("amount") is None
        ):  # "see Annex 2": nothing in the file gave the figure it points to
            issues.append(
                {
                    **_row_issue(
                        rec,
                        f"row {rec['source_row']}: the amount cell points elsewhere ('{pointer}'), and no row of the "
                        "file with the same title gives the amount: no money is counted for this project",
                        "warning",
                    ),
                    "kind": "amount",
                }
            )
        rec.pop("_negatives", None)
        rec.pop("_line_words", None)
        rec.pop("_item_line", None)
        rec.pop("_year_row", None)
        rec.pop("_year_months", None)
        rec.pop("_fiscal_row", None)
        rec.pop("_line", None)
        rec.pop("_funding_code", None)
        rec.pop("_line_share", None)
        rec.pop("_lines", None)
        rec.pop("_line_kind", None)
        if "parent" in rec or not rec.get("parent_id"):  # IATI child activities name their parent themselves
            rec["parent_id"] = _parent_id(rec.pop("parent", None), code_partners, rec["partner"])
    return kept


#: Words of a coded line that is no change to its project's money: its spending, a payment, a part of it.
_NOT_A_CHANGE = re.compile(
    r"actual|disburs|spent|expenditure|paid|payment|tranche|instal+ment|of which|\bincl|component|subtotal"
    r"|факт|виплач|освоєн|освоен|сплачен|оплачен|выплач|транш|у т\.?\s?ч|в т\.?\s?ч|з них|из них|компонент",
    re.IGNORECASE,
)


def _line_years(rec: dict, years_of: dict[int, float] | None = None) -> dict[int, float] | None:
    """A row's money by year: its yearly amounts, its reductions by year, or its amount (or its reduction) spread
    over its own dates; None when it has money that cannot be placed in years, {} when it has none.

    ``years_of``: the money by year of the project the row adds to; a row without a period of its own (a change
    dated by the day it was agreed) changes the year of a project given for one year only."""
    years = yearly_values(rec.get("yearly_amounts"))
    negatives = rec.get("_negatives") or []
    for year, value, _ in negatives:
        if year is not None:
            years[year] = round(years.get(year, 0.0) + value, 2)
    amount = rec.get("amount")
    if amount is None:
        amount = next((value for year, value, _ in negatives if year is None), None)
    if amount is None or rec.get("yearly_amounts"):
        return years
    start, end = (_as_date(rec.get(k)) for k in ("start_date", "end_date"))
    if (start is None or end is None) and years_of is not None and len(years_of) == 1:
        return {next(iter(years_of)): round(amount, 2)}
    if start is None or end is None or end < start:
        return None
    return {y: round(v, 2) for y, v in split_by_days(amount, days_per_year(start, end)).items()}


def _as_date(text) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(text)[:10]) if text else None
    except ValueError:
        return None


def _added_line(first: dict, rec: dict, issues: list[dict], settled: set[tuple], items: bool = False) -> bool:
    """Add to a project a later row of the same file giving only its code and money (a ledger's amendment, top-up or
    reduction; an addendum with its own period): each row's money is placed in years (its own year cells, else its
    own dates), and the years are summed. Returns False, leaving both as they were, when the rows' currencies
    differ or a row's money cannot be placed in years. ``items``: the rows are lines of the project's items (a
    procurement export), each at a stage of its own: lines at different stages make the project under way."""
    if first["source_file"] != rec["source_file"] or first.get("_joins"):
        return False
    if rec.get("currency") and first.get("currency") and rec["currency"] != first["currency"]:
        return False
    if any(rec.get(k) and first.get(k) and rec[k] != first[k] for k in ("implementer", "beneficiaries")):
        return False  # another implementer or agency: another project under the same programme's code
    if _NOT_A_CHANGE.search(rec.get("_line_words") or ""):
        return False  # the project's actual spending, a payment, a part of it: not money added to it
    mine = _line_years(first)
    theirs = _line_years(rec, mine)
    undated = (
        theirs is None
        and not any(rec.get(k) for k in ("start_date", "end_date", "yearly_amounts"))
        and not first.get("yearly_amounts")
        and first.get("amount") is not None
    )
    if (
        undated
    ):  # a line of a total alone ("250,000-"): added to the project's total, spread over its own dates
        theirs = {}
        added = (
            rec["amount"]
            if rec.get("amount") is not None
            else sum(v for _, v, _ in rec.get("_negatives") or [])
        )
        first["amount"] = round((first.get("amount") or 0.0) + added, 2)
    elif mine is None or theirs is None:
        return False
    else:
        added = sum(theirs.values())
    if theirs:
        years = {
            y: round(mine.get(y, 0.0) + theirs.get(y, 0.0), 2) for y in sorted(mine.keys() | theirs.keys())
        }
        first["yearly_amounts"] = yearly_text(years)
        first["amount"] = round(sum(years.values()), 2)
        cells = [
            f"{name}={cell}"
            for name, cell in source_cell_names(rec.get("source_cells")).items()
            if name == "amount" or name.startswith("amount_")
        ]
        cells += [
            f"amount_{y}={cell}" if y else f"amount={cell}" for y, _, cell in rec.get("_negatives") or []
        ]
        first["source_cells"] = ";".join(filter(None, [first.get("source_cells"), *cells]))
        for key, pick in (
            (("start_date", min), ("end_date", max)) if rec.get("start_date") and rec.get("end_date") else ()
        ):
            dates = [
                d for d in (first.get(key), rec.get(key)) if d
            ]  # the line's own period widens the project's
            first[key] = pick(dates)
    if items and rec.get("status") != first.get("status"):
        first["status"] = (
            "ongoing"  # some items delivered, others ordered or planned: the project is under way
        )
    elif rec.get("status") and rec["status"] != first.get("status"):
        first["status"] = rec["status"]  # the later line says what the project is now
    _negatives_read(rec, settled)
    sheet = f", sheet '{first['source_sheet']}'" if first["source_sheet"] else ""
    what = (
        f"its money ({added:+,.2f}) is added to that project's"
        + (f" ({', '.join(f'{y}: {v:+,.2f}' for y, v in sorted(theirs.items()))})" if theirs else "")
        if added
        else "with no amount of its own: counted in that project"
    )
    issues.append(
        {
            **_row_issue(
                rec,
                f"row {rec['source_row']}: a later line of project {rec['code']} ({rec['source_file']}{sheet}, row "
                f"{first['source_row']}: same code, no title of its own), as in a ledger of amendments: {what}",
                "info",
            ),
            "kind": "amount",
        }
    )
    return True


def _negatives_read(rec: dict, settled: set[tuple]) -> None:
    """A row's negative amounts, read after all as a reduction: their errors (and the row's "no amount") are to go,
    in one pass once every row is placed (:func:`_without_settled`); what they became is said by the caller."""
    place = (rec["source_file"], rec["source_sheet"] or "", rec["source_row"])
    for _, _, cell in rec.get("_negatives") or []:
        settled.add((*place, cell))
        settled.add((*place, None))


def _without_settled(issues: list[dict], settled: set[tuple]) -> None:
    """``issues`` without the errors of the negative amounts read as reductions (see :func:`_negatives_read`)."""
    if not settled:
        return

    def gone(issue: dict) -> bool:
        place = (issue.get("file"), issue.get("sheet") or "", issue.get("row"))
        if issue.get("severity") == "error" and "is negative" in issue["message"]:
            return (*place, issue.get("column")) in settled
        return (
            issue.get("kind") == "amount"
            and issue["message"].endswith(": no amount")
            and (*place, None) in settled
        )

    issues[:] = [issue for issue in issues if not gone(issue)]


def _amount_given_elsewhere(first: dict, rec: dict) -> dict | None:
    """Of two rows of one file, partner and title, the one whose amount cell points to the other ("see SBGS sheet":
    a joint project listed under each agency, its money once); None when neither does, or both give an amount."""
    if first["source_file"] != rec["source_file"] or first is rec:
        return None
    for pointer, given in ((rec, first), (first, rec)):
        if (
            pointer.get("_amount_elsewhere")
            and pointer.get("amount") is None
            and given.get("amount") is not None
        ):
            return pointer
    return None


def _counted_where_given(
    first: dict, rec: dict, pointer: dict, issues: list[dict], entries: dict[str, dict]
) -> None:
    """Count once a project whose second row points to the first for its amount (or the first to the second):
    the row with the amount is kept, in the place (and with the id) of the first; the agencies of both are its."""
    given = rec if pointer is first else first
    agencies = [a for r in (first, rec) for a in (r.get("beneficiaries") or "").split(";") if a]
    if agencies:
        given["beneficiaries"] = ";".join(dict.fromkeys(agencies))
    sheet = f", sheet '{given['source_sheet']}'" if given["source_sheet"] else ""
    issues.append(
        {
            **_row_issue(
                pointer,
                f"row {pointer['source_row']}: the same project as {given['source_file']}{sheet}, row "
                f"{given['source_row']} ('{given.get('title') or given.get('code')}', same partner {given['partner']}), "
                f"whose amount this row's cell points to ('{pointer['_amount_elsewhere']}'): counted once, there, "
                f"for the agencies of both rows",
                "info",
            ),
            "kind": "duplicate",
        }
    )
    _count_as_skipped(entries[pointer["source_file"]], pointer["source_sheet"])
    if pointer is first:  # the row with the amount takes the first row's place (and id)
        pid = first.get("project_id")
        first.clear()
        first.update(given)
        if pid is not None:
            first["project_id"] = pid


def _parent_id(parent: dict | None, code_partners: dict[str, set], partner: str) -> str | None:
    """The project id of a component's programme: its id when it was loaded, else the id it would have had."""
    if parent is None:
        return None
    if parent.get("project_id"):
        return parent["project_id"]
    partner = canonical_partner(parent["partner"]) if parent.get("partner") else partner
    code = parent.get("code")
    if code:
        return code if len(code_partners.get(code, ())) <= 1 else f"{partner_slug(partner)}:{code}"
    return derived_project_id(partner, parent.get("title") or "")


#: The project a later step's message names (:func:`mtd_analysis.analysis.money.project_label`).
_LABELLED = re.compile(r"project (\S+) '")


def _cells_for_fields(issues: list[dict], projects: pd.DataFrame) -> list[dict]:
    """Project-level issues from later steps name a field ("amount"); give them the cell it was read from ("G7")."""
    # a row may hold two projects (tables side by side, donors with shares): the message names the project
    cells: dict[tuple, dict[str, dict[str, str]]] = {}
    wanted = {
        (issue["file"], issue.get("sheet") or "", int(issue["row"]))
        for issue in issues
        if issue.get("column")
        and issue.get("row") is not None
        and not (isinstance(issue["column"], str) and issue["column"][:1].isupper())
    }
    keys = zip(projects["source_file"], projects["source_sheet"], projects["source_row"], strict=True)
    at = [i for i, (f, s, r) in enumerate(keys) if (f, s or "", int(r)) in wanted]  # only rows an issue names
    for rec in (
        projects[["project_id", "source_file", "source_sheet", "source_row", "source_cells"]]
        .iloc[at]
        .itertuples(index=False)
    ):
        if isinstance(rec.source_cells, str) and rec.source_cells:
            key = (rec.source_file, rec.source_sheet or "", int(rec.source_row))
            cells.setdefault(key, {})[rec.project_id] = source_cell_names(rec.source_cells)
    fallbacks = {
        "currency": ("amount",),
        "start_date": ("period",),
        "end_date": ("period",),
        "period": ("start_date",),
        "yearly_amounts": ("amount",),
        "amount": ("currency",),
    }
    for issue in issues:
        column, row = issue.get("column"), issue.get("row")
        if not column or row is None or (isinstance(column, str) and column[:1].isupper()):
            continue
        at_row = cells.get((issue["file"], issue.get("sheet") or "", int(row)), {})
        if len(at_row) > 1:
            named = _LABELLED.match(str(issue.get("message") or ""))
            known = at_row.get(named.group(1), {}) if named else {}
        else:
            known = next(iter(at_row.values()), {})
        cell = known.get(column) or next((known[f] for f in fallbacks.get(column, ()) if f in known), None)
        if cell:
            issue["column"] = cell
    return issues


def projects_frame(records: list[dict]) -> pd.DataFrame:
    """Records as the canonical projects DataFrame (schema.PROJECT_COLUMNS, canonical dtypes)."""
    if not records:
        frame = pd.DataFrame({c: pd.Series(dtype="str") for c in PROJECT_COLUMNS})
        frame["amount"] = frame["amount"].astype(float)
        frame["source_row"] = frame["source_row"].astype("int64")
        return frame
    # pandas reads the records' keys in C (a comprehension of .get per column took twice as long); a key a record
    # lacks is NaN there, None in the frame below
    frame = pd.DataFrame.from_records(records, columns=PROJECT_COLUMNS)
    frame["amount"] = pd.to_numeric(frame["amount"], errors="coerce").astype(float)
    frame["source_row"] = frame["source_row"].astype("int64")
    for col in PROJECT_COLUMNS:
        if col not in ("amount", "source_row"):
            frame[col] = (
                frame[col].astype("str").where(frame[col].notna(), None)
                if frame[col].notna().any()
                else pd.Series([None] * len(frame), index=frame.index, dtype=object)
            )
    return frame


def issues_frame(issues: list[dict]) -> pd.DataFrame:
    """Issue dicts as the canonical issues DataFrame (text columns as str, row as nullable Int64)."""
    if not issues:
        frame = pd.DataFrame({c: pd.Series(dtype="str") for c in ISSUE_COLUMNS})
        frame["row"] = frame["row"].astype("Int64")
        return frame
    frame = pd.DataFrame.from_records(
        [{c: i.get(c) for c in ISSUE_COLUMNS} for i in issues], columns=ISSUE_COLUMNS
    )
    frame["row"] = pd.array([None if pd.isna(v) else int(v) for v in frame["row"]], dtype="Int64")
    for col in ("sheet", "column"):
        frame[col] = frame[col].fillna("")
    return frame


def is_sample(raw_dir: Path) -> bool:
    """True when the submissions are the bundled invented sample (a SAMPLE marker file or a 'sample' folder)."""
    raw_dir = Path(raw_dir).resolve()
    return (raw_dir / "SAMPLE").exists() or any(p.name == "sample" for p in [raw_dir, *raw_dir.parents][:3])


def load_submissions(
    raw_dir: str | Path,
    *,
    country: str = "UA",
    workers: int | None = None,
    progress: bool = False,
    include_hidden: bool = False,
) -> tuple[pd.DataFrame, pd.DataFrame, dict]:
    """Read every submission under a folder into one accounted projects table.

    Parameters
    ----------
    raw_dir : path
        The folder of partner files (read only; never modified).
    country : str
        ISO code of the country kept from IATI files.
    workers : int, optional
        Worker processes (default: the number of cores).
    progress : bool
        Show a progress bar when there are many files.
    include_hidden : bool
        Read sheets hidden in Excel (by default they are skipped with an info issue).

    Returns
    -------
    (projects, issues, manifest)
        ``manifest["files"]`` has one entry per file found, with
        ``rows_read == rows_loaded + rows_rejected + rows_skipped``.
    """
    raw_dir = Path(raw_dir)
    if not raw_dir.is_dir():
        raise FileNotFoundError(f"submissions folder not found: {raw_dir}")
    paths, ignored = discover(raw_dir)
    workers = workers or os.cpu_count() or 1
    alias_issues = _alias_issues(raw_dir)
    results = _read_all(paths, raw_dir, country, workers, progress, include_hidden) if paths else []
    with collector_paused():  # the rows read: hundreds of thousands of small dicts, none in a cycle
        entries = {r["entry"]["file"]: r["entry"] for r in results}
        records = [rec for r in results for rec in r["records"]]
        issues = alias_issues + [i for r in results for i in r["issues"]]
        # links that leave the folder, or loop, are named where the analyst looks
        for path, reason in ignored:
            if reason.startswith("symbolic link"):
                rel = path.relative_to(raw_dir).as_posix()
                issues.append(_file_issue(rel, f"{rel}: {reason}; it was not read", "info", "file"))
        # lock, system and side files are listed in the manifest ("ignored"), not as issues
        records = _assign_ids(records, issues, entries)
        projects = projects_frame(records)
    manifest = {
        "version": __version__,
        "package": config.package_fingerprint(),  # the code and reference data that made it (see api.is_current)
        "snapshot": raw_dir.resolve().name,
        "sample": is_sample(raw_dir),
        "files": [r["entry"] for r in results],
        "ignored": [{"file": p.relative_to(raw_dir).as_posix(), "reason": reason} for p, reason in ignored],
    }
    manifest["totals"] = {
        "files": len(results),
        "files_loaded": sum(1 for r in results if r["entry"]["status"] == "loaded"),
        "files_failed": sum(1 for r in results if r["entry"]["status"] == "failed"),
        "files_skipped": sum(1 for r in results if r["entry"]["status"] == "skipped"),
        "files_not_read": sum(1 for r in results if r["entry"]["status"] == "not read"),
        **{
            k: sum(r["entry"][k] for r in results)
            for k in ("rows_read", "rows_loaded", "rows_rejected", "rows_skipped")
        },
        "projects": len(projects),
    }
    return projects, issues_frame(issues), manifest


def worst_problems(issues: pd.DataFrame, limit: int = 5) -> tuple[list[str], int]:
    """The problems a summary lists first, as sentences, and how many more there are.

    Every file that could not be read or held no project table comes first (all of them, never cut),
    then sheets with a header and no rows, then the first ``limit`` other errors, then, while there is
    room, warnings, one per file, sheet and kind (see :func:`mtd_analysis.analysis.quality.worst_issues`).

    Examples
    --------
    >>> issues = issues_frame([
    ...     {"file": "a.xlsx", "sheet": "S", "row": 4, "severity": "error", "kind": "date", "message": "row 4: bad"},
    ...     {"file": "b.xlsx", "sheet": "", "row": None, "severity": "warning", "kind": "not read",
    ...      "message": "b.xlsx: not read — ..."},
    ...     {"file": "a.xlsx", "sheet": "S", "row": 5, "severity": "warning", "kind": "date",
    ...      "message": "row 5: no start or end date"},
    ...     {"file": "a.xlsx", "sheet": "S", "row": 6, "severity": "warning", "kind": "date",
    ...      "message": "row 6: no start or end date"}])
    >>> worst_problems(issues)  # doctest: +NORMALIZE_WHITESPACE
    (['b.xlsx: not read — ...', 'a.xlsx [S]: row 4: bad',
      'a.xlsx [S]: row 5: no start or end date (and 1 more like it)'], 0)
    """
    from mtd_analysis.analysis.quality import worst_issues
    from mtd_analysis.reference.labels import label

    shown, more = worst_issues(issues, limit)
    lines = []
    for rec in shown.itertuples():
        where = rec.file + (f" [{rec.sheet}]" if rec.sheet else "")
        line = rec.message if rec.message.startswith(f"{rec.file}:") else f"{where}: {rec.message}"
        lines.append(line + (" " + label("summary.alike", n=rec.alike) if rec.alike else ""))
    return lines, more


# ---------------------------------------------------------------------------
# writing


def write_csv_atomic(frame: pd.DataFrame, path: Path) -> Path:
    """Write a DataFrame as UTF-8 CSV via a temporary file and a rename (see :mod:`mtd_analysis.store`)."""
    return write_csv(frame, path)


def write_json_atomic(obj: dict, path: Path) -> Path:
    """Write JSON (sorted keys, UTF-8, stable) via a temporary file and a rename."""
    return write_json(obj, path)


_MAX_PATH_BYTES = 4096
_MAX_NAME_BYTES = 255


def check_folders(raw_dir: str | os.PathLike, out_dir: str | os.PathLike | None = None) -> None:
    """Refuse, before any work, folders a build must not use.

    An empty or over-long path, an output folder equal to or inside the
    submissions folder (the build would write into its inputs and read its own
    outputs back as a partner's), or one that contains it (the output folder
    is replaced as a whole).

    Raises
    ------
    ValueError
        With one sentence naming the problem.

    Examples
    --------
    >>> check_folders("data/raw/2021-03", "data/raw/2021-03/out")
    Traceback (most recent call last):
    ...
    ValueError: the output folder data/raw/2021-03/out is inside the submissions folder data/raw/2021-03: ...
    >>> check_folders("", "out")
    Traceback (most recent call last):
    ...
    ValueError: the submissions folder is an empty path; name a folder
    """
    for label, value in (("the submissions folder", raw_dir), ("the output folder", out_dir)):
        if value is None:
            continue
        text = os.fspath(value)
        if not str(text).strip():
            raise ValueError(f"{label} is an empty path; name a folder")
        encoded = os.fsencode(text)
        if len(encoded) > _MAX_PATH_BYTES or any(len(part) > _MAX_NAME_BYTES for part in encoded.split(b"/")):
            raise ValueError(f"{label} path is too long ({len(encoded):,} bytes); name a shorter one")
    if out_dir is None:
        return
    raw, out = Path(raw_dir).resolve(), Path(out_dir).resolve()
    if out == raw or raw in out.parents:
        raise ValueError(
            f"the output folder {os.fspath(out_dir)} is inside the submissions folder {os.fspath(raw_dir)}: "
            "choose a folder outside it (a build never writes among its inputs)"
        )
    if out in raw.parents:
        raise ValueError(
            f"the output folder {os.fspath(out_dir)} contains the submissions folder {os.fspath(raw_dir)}: "
            "choose another (the output folder is replaced as a whole)"
        )


_CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_IDENTITY_COLUMNS = ("source_file", "source_sheet", "source_cells", "amount", "source_row")


def _project_issue(row, column: str, severity: str, kind: str, message: str) -> dict:
    return {
        "file": row.source_file,
        "sheet": row.source_sheet or "",
        "row": int(row.source_row),
        "column": column,
        "severity": severity,
        "kind": kind,
        "message": f"row {int(row.source_row)}: {message}",
    }


def without_control_characters(projects: pd.DataFrame) -> tuple[pd.DataFrame, list[dict]]:
    """NUL and other control characters removed from the projects' text, with a note for each cell.

    Tabs and line breaks stay. The input is not mutated.

    Examples
    --------
    >>> projects = projects_frame([{"title": "Ra" + chr(0) + "dios", "source_file": "eu.csv", "source_sheet": "",
    ...                             "source_row": 2}])
    >>> clean, notes = without_control_characters(projects)
    >>> clean["title"].tolist(), notes[0]["message"]
    (['Radios'], 'row 2: control characters (such as NUL) were removed from the title')
    """
    result, issues = projects, []
    for column in projects.columns:
        values = projects[column]
        if column in _IDENTITY_COLUMNS or values.dtype.kind in "fiub":
            continue
        texts = values.to_numpy(dtype=object).tolist()
        if not _CONTROL_CHARACTERS.search("\n".join(v for v in texts if type(v) is str)):
            continue  # one scan of the column's text: nearly every column has nothing to remove
        hits = pd.Series(
            [isinstance(v, str) and _CONTROL_CHARACTERS.search(v) is not None for v in texts],
            index=values.index,
        )
        if result is projects:
            result = projects.copy()
        result[column] = values.where(~hits, values[hits].str.replace(_CONTROL_CHARACTERS, "", regex=True))
        what = column.replace("_", " ")
        for row in projects[hits].itertuples(index=False):
            issues.append(
                _project_issue(
                    row,
                    column,
                    "info",
                    "text",
                    f"control characters (such as NUL) were removed from the {what}",
                )
            )
    return result, issues


def statuses_from_dates(
    projects: pd.DataFrame, as_of: str | None, said: pd.DataFrame | None = None
) -> tuple[pd.DataFrame, list[dict]]:
    """Projects sent with no status, their status read from their dates against the snapshot's date ``as_of``
    (``build(date=...)``, e.g. the meeting's): ``completed`` when the project ended before that day. That counts the
    money as committed, as an empty status does, so no figure moves. A project running on that day or starting
    after it keeps no status, said: its dates cannot tell a project under way from one finished early, still in the
    pipeline or on hold (a title, a sheet's name or a remark may, which are the partner's to say). Each is said at
    its row (info). Nothing is done without ``as_of``, nor for a project whose row already has a warning about its
    status (``said``: issues; a remark reading like one is the word to check, not the dates). The input is not
    mutated.

    Examples
    --------
    >>> row = {"source_file": "eu.csv", "source_sheet": "", "end_date": "2022-12-31"}
    >>> projects = projects_frame([
    ...     {**row, "title": "A", "start_date": "2019-01-01", "end_date": "2021-03-31", "source_row": 2},
    ...     {**row, "title": "B", "start_date": "2021-01-01", "source_row": 3},
    ...     {**row, "title": "C", "start_date": "2021-09-01", "source_row": 4},
    ...     {**row, "title": "D", "start_date": "2019-01-01", "status": "planned", "source_row": 5}])
    >>> read, notes = statuses_from_dates(projects, "2021-06-10")
    >>> read["status"].fillna("").tolist(), len(notes), projects["status"].fillna("").tolist()
    (['completed', '', '', 'planned'], 3, ['', '', '', 'planned'])
    >>> notes[2]["message"][:56]
    'row 4: no status given; it starts after 2021-06-10, the '
    """
    if not as_of or projects.empty:
        return projects, []
    try:
        day = dt.date.fromisoformat(str(as_of)).isoformat()
    except ValueError:
        return projects, []
    status = projects["status"]
    empty = status.isna() | status.astype("str").str.strip().eq("")
    if said is not None and len(said):
        warned = said[said["kind"].eq("status") & said["severity"].eq("warning")]
        keys = set(
            zip(warned["file"], warned["sheet"].fillna(""), warned["row"].astype("Int64"), strict=True)
        )
        rows = zip(
            projects["source_file"], projects["source_sheet"].fillna(""), projects["source_row"], strict=True
        )
        empty = empty & ~pd.Series([key in keys for key in rows], index=projects.index)
    start, end = projects["start_date"], projects["end_date"]
    ended = empty & end.notna() & (end.astype("str") < day)
    running = (
        empty
        & ~ended
        & start.notna()
        & (start.astype("str") <= day)
        & (end.isna() | (end.astype("str") >= day))
    )
    later = empty & start.notna() & (start.astype("str") > day)
    if not (ended.any() or running.any() or later.any()):
        return projects, []
    result = projects.copy()
    result.loc[ended, "status"] = "completed"

    def message(row, word: str) -> str:
        period = f"{row.start_date or '…'} – {row.end_date or '…'}"
        if word == "later":
            return (
                f"no status given; it starts after {day}, the snapshot's date ({row.start_date}): its money is "
                "counted as committed, as sent — the partner should say 'planned' if it is not agreed yet"
            )
        if word == "running":
            return (
                f"no status given; its dates ({period}) run through {day}, the snapshot's date: its money is counted "
                "as committed, as sent; whether it is under way, on hold or finished early is the partner's to say"
            )
        return (
            f"no status given; its dates ({period}) ended before {day}, the snapshot's date: read as completed (its "
            "money counts as committed either way)"
        )

    issues = [
        _project_issue(row, "status", "info", "status", message(row, word))
        for rows, word in ((ended, "completed"), (running, "running"), (later, "later"))
        for row in projects[rows].itertuples(index=False)
    ]
    issues.sort(key=lambda i: (i["file"], i["sheet"], i["row"]))
    return result, issues


def _yearly_values(text) -> list[float]:
    if not isinstance(text, str):
        return []
    values = []
    for part in text.split(";"):
        try:
            values.append(float(part.split("=", 1)[1]))
        except (IndexError, ValueError):
            continue
    return values


def implausible_amounts(
    projects: pd.DataFrame, rates: pd.DataFrame, limit_eur: float | None = None
) -> tuple[pd.DataFrame, list[dict]]:
    """Amounts that are not finite, negative or beyond what one project can plausibly hold, kept out of the totals.

    Each amount is converted to EUR at its start year's rate (a currency or year
    the rates table lacks is taken at the lowest rate it holds, so that only an
    amount implausible in any currency is caught); above ``limit_eur`` (default
    :data:`mtd_analysis.config.MAX_PROJECT_AMOUNT_EUR`), not a finite number, or
    below zero (a project read from returns or reductions alone: "50.000,00-"
    with no budget of its own to reduce), its ``amount`` and ``yearly_amounts``
    are emptied with an error naming the cell. The input is not mutated.

    Examples
    --------
    >>> rates = pd.DataFrame({"year": [2021, 2021], "currency": ["EUR", "UAH"], "uah_per_unit": [32.0, 1.0]})
    >>> projects = projects_frame([
    ...     {"title": "Radios", "amount": 5e5, "currency": "EUR", "source_file": "eu.csv", "source_row": 2},
    ...     {"title": "Typo", "amount": 2e15, "currency": "EUR", "source_file": "eu.csv", "source_row": 3}])
    >>> kept, errors = implausible_amounts(projects, rates)
    >>> kept["amount"].tolist()[0], pd.isna(kept["amount"].tolist()[1]), errors[0]["row"]
    (500000.0, True, 3)
    >>> returned = projects_frame([{"title": "KBR0", "amount": -150000.0, "currency": "EUR",
    ...     "yearly_amounts": "2020=-50000;2021=-100000", "source_file": "sap.xlsx", "source_row": 8}])
    >>> kept, errors = implausible_amounts(returned, rates)
    >>> pd.isna(kept["amount"].tolist()[0]), "negative" in errors[0]["message"]
    (True, True)
    """
    limit = float(config.MAX_PROJECT_AMOUNT_EUR if limit_eur is None else limit_eur)
    if projects.empty:
        return projects, []
    factors = _eur_factors(projects, rates)
    amounts = pd.to_numeric(projects["amount"], errors="coerce").astype(float).tolist()
    found: dict[
        int, tuple[float, float] | float | None
    ] = {}  # row position -> (largest amount, factor); the lowest amount when below zero; None: not finite
    for i, (amount, yearly, factor) in enumerate(
        zip(amounts, projects["yearly_amounts"].tolist(), factors, strict=True)
    ):
        values = [v for v in [amount, *_yearly_values(yearly)] if not math.isnan(v)]
        worst = max((abs(v) for v in values), default=0.0)
        if not all(math.isfinite(v) for v in values):
            found[i] = None
        elif (
            values and min(values) < 0
        ):  # no reading rule leaves a project below zero unless it holds returns alone
            found[i] = min(values)
        elif worst * factor > limit:
            found[i] = (worst, factor)
    if not found:
        return projects, []
    issues = []
    for what, row in zip(found.values(), projects.iloc[list(found)].itertuples(index=False), strict=True):
        if what is None:
            message = "the amount is not a finite number; it is kept out of the totals"
        elif isinstance(what, float):
            message = (
                f"the project's amounts come to a negative sum ({what:,.2f} {row.currency or '(no currency)'}): "
                "returns or reductions with no budget of their own to reduce, read as a project; check the cells "
                "it was read from — it is kept out of the totals"
            )
        else:
            worst, factor = what
            message = (
                f"amount {worst:,.0f} {row.currency or '(no currency)'} (about {worst * factor:,.0f} EUR) is more "
                f"than one project can plausibly hold (limit {limit:,.0f} EUR); check the cell — it is kept out "
                "of the totals"
            )
        issues.append(_project_issue(row, "amount", "error", "amount", message))
    mask = pd.Series(False, index=projects.index)
    mask.iloc[list(found)] = True
    result = projects.copy()
    result["amount"] = result["amount"].where(~mask, float("nan"))
    result["yearly_amounts"] = result["yearly_amounts"].where(~mask, None)
    return result, issues


def _eur_factors(projects: pd.DataFrame, rates: pd.DataFrame) -> list[float]:
    """EUR per unit of each project's currency at its start year's rate; a currency or year the rates table lacks is
    taken at the lowest rate it holds (so that only an amount implausible in any currency is caught)."""
    euro = rates[rates["currency"].astype(str).str.upper() == "EUR"]["uah_per_unit"].astype(float)
    lenient = 1.0 / euro.max() if len(euro) and euro.max() > 0 else 1.0
    years = pd.to_datetime(projects["start_date"], errors="coerce").dt.year
    currencies = projects["currency"].fillna("").astype(str).str.upper()
    from mtd_analysis.analysis.money import conversion_factors

    factors = conversion_factors(
        years.where(years.notna(), None), currencies.where(currencies != "", None), rates
    )
    return [f if math.isfinite(f) and f > 0 else lenient for f in factors]


def outlying_amounts(projects: pd.DataFrame, rates: pd.DataFrame) -> list[dict]:
    """A warning at each amount far above the others of its file: over
    :data:`~mtd_analysis.config.OUTLIER_TIMES_MEDIAN` times the median of the file's amounts (in EUR, five amounts
    or more) and over :data:`~mtd_analysis.config.OUTLIER_MIN_EUR` — a unit read twice, a date or a code taken for
    money, two figures run together. The amount is counted; the analyst is told where to look.

    Examples
    --------
    >>> rates = pd.DataFrame({"year": [2021], "currency": ["EUR"], "uah_per_unit": [32.0]})
    >>> rows = [{"title": f"P{i}", "amount": a, "currency": "EUR", "source_file": "eu.csv", "source_row": i + 2}
    ...         for i, a in enumerate([5e5, 8e5, 1.2e6, 6.5e5, 9e8])]
    >>> [(w["row"], w["severity"]) for w in outlying_amounts(projects_frame(rows), rates)]
    [(6, 'warning')]
    """
    if projects.empty:
        return []
    frame = pd.DataFrame(
        {
            "file": projects["source_file"].astype(str),
            "eur": pd.to_numeric(projects["amount"], errors="coerce").astype(float)
            * pd.Series(_eur_factors(projects, rates), index=projects.index),
        }
    )
    sizes = frame.groupby("file")["eur"].transform("count")
    medians = frame.groupby("file")["eur"].transform("median")
    times = frame["eur"] / medians
    far = (sizes >= 5) & (times > config.OUTLIER_TIMES_MEDIAN) & (frame["eur"] > config.OUTLIER_MIN_EUR)
    issues = []
    for i in [k for k, f in enumerate(far.tolist()) if f]:
        row = projects.iloc[i]
        issues.append(
            _project_issue(
                row,
                "amount",
                "warning",
                "outlier",
                f"amount {row['amount']:,.0f} {row['currency'] or ''} (about {frame['eur'].iloc[i]:,.0f} EUR) is "
                f"{times.iloc[i]:,.0f} times the median amount of this file's projects; check the cell (a unit "
                "applied twice, a date or a code read as money, two figures run together)",
            )
        )
    return issues


def _side_file(raw_dir: Path, given, name: str) -> Path | None:
    if given:
        return Path(given)
    candidate = raw_dir / name
    return candidate if candidate.exists() else None


def _needs(
    needs_path: Path | None, rate_table: pd.DataFrame, currency: str, priority_list: pd.DataFrame
) -> tuple[pd.DataFrame | None, pd.DataFrame]:
    """The needs side file converted to the reporting currency, and its issues (an unusable file costs only it)."""
    from mtd_analysis.analysis import coverage as coverage_mod

    if not needs_path:
        return None, issues_frame([])
    try:
        return coverage_mod.load_needs(needs_path, rate_table, currency=currency, priorities=priority_list)
    except coverage_mod.NeedsError as exc:
        message = f"{exc}; no needs were used"
        return None, issues_frame([schema.issue(needs_path.name, message, kind="needs", severity="error")])


def _all_issues(
    extra_issues: list[pd.DataFrame], issues: pd.DataFrame, projects: pd.DataFrame
) -> pd.DataFrame:
    """Every issue of the build in one table, each naming the cell of the field it is about."""
    found = [f for f in extra_issues if len(f)]
    combined = pd.concat(found, ignore_index=True) if found else issues
    records = combined.astype(object).where(combined.notna(), None).to_dict("records")
    return issues_frame(_cells_for_fields(records, projects))


def _file_options(priorities, rates, overrides_path, needs_path, decisions_path) -> dict:
    """The names of the priority list, rates table and side files a build used (for the manifest)."""
    return {
        "priorities": Path(priorities).name if priorities else config.PRIORITIES_FILE.name,
        "rates": Path(rates).name if rates else config.RATES_FILE.name,
        "overrides": overrides_path.name if overrides_path else None,
        "needs": needs_path.name if needs_path else None,
        "decisions": decisions_path.name if decisions_path else None,
    }


def _record_in_manifest(
    manifest: dict, options: dict, rates: list, date: str | None, issues: pd.DataFrame
) -> None:
    """What the build was asked, which rates tables converted its money, its date and its issues by severity."""
    manifest["options"] = options
    manifest["year"] = options["year"]
    manifest["currency"] = options["currency"]
    manifest["rates"] = (
        rates  # the shipped table, the analyst's data/external one or --rates, with their hash
    )
    manifest["date"] = (
        date  # the meeting's date for chart footnotes (never today's: outputs stay reproducible)
    )
    severity_counts = issues["severity"].value_counts()
    manifest["totals"]["issues"] = {s: int(severity_counts.get(s, 0)) for s in ("error", "warning", "info")}


def build(
    raw_dir: str | Path,
    out_dir: str | Path | None = None,
    *,
    year: int = config.DEFAULT_YEAR,
    strict: bool = False,
    currency: str = config.DEFAULT_CURRENCY,
    priorities: str | Path | None = None,
    overrides: str | Path | None = None,
    rates: str | Path | None = None,
    needs: str | Path | None = None,
    decisions: str | Path | None = None,
    country: str = "UA",
    crowded: int = config.CROWDED_PARTNERS,
    min_months: int = config.OVERLAP_MIN_MONTHS,
    max_per_project: int = config.OVERLAP_MAX_PER_PROJECT,
    workers: int | None = None,
    progress: bool = False,
    date: str | None = None,
    include_hidden: bool = False,
) -> BuildResult:
    """Read a folder of partner submissions, map and measure them, and write the build's tables.

    Parameters
    ----------
    raw_dir : path
        Folder of partner files (never modified). ``overrides.csv``, ``needs.csv``
        and ``decisions.csv`` beside them are read as side files.
    out_dir : path, optional
        Where to write the outputs; nothing is written when None.
    year : int
        The year under discussion (coverage is computed for every year; the
        duplication summary and the CLI summary for this one).
    strict : bool
        Recorded in the manifest; the CLI exits 1 when there are error issues.
    currency : str
        Reporting currency (EUR, USD or UAH, or any in the rates table).
    priorities, overrides, rates, needs, decisions : path, optional
        Replace the shipped priority list / rates table, or the side files.
    date : str, optional
        The snapshot's date (e.g. the meeting's, ``2021-03-15``), recorded in the manifest and printed in
        chart footnotes.
    include_hidden : bool
        Read sheets hidden in Excel like the others (by default they are skipped with an info issue).

    Returns
    -------
    BuildResult
    """
    check_folders(raw_dir, out_dir)
    settings = {
        "year": year, "strict": strict, "currency": currency, "priorities": priorities, "overrides": overrides,
        "rates": rates, "needs": needs, "decisions": decisions, "country": country, "crowded": crowded,
        "min_months": min_months, "max_per_project": max_per_project, "workers": workers, "progress": progress,
        "date": date, "include_hidden": include_hidden,
    }  # fmt: skip
    if out_dir is None:
        return _built(Path(raw_dir), None, **settings)
    out_dir = Path(out_dir)
    check_replaceable(out_dir, "build")  # before the reading, so that a wrong folder is told at once
    with staged_folder(out_dir, "build") as staging:
        result = _built(Path(raw_dir), staging, **settings)
    return _written(result, out_dir)


#: Builds of fewer projects do everything in this process (a second one would cost more than it saves).
_FUNDING_AHEAD_MIN_PROJECTS = 2_000
#: Builds of more projects reckon the duplication, issues and quality after writing the overlaps table, not beside it:
#: the second process's reading of the projects and issues copies the memory pages holding them, which took the build
#: of 100,000 projects from about 800 MB to 1,136 MB (the process tree's resident memory, sampled) for a second saved.
_RECKONING_AHEAD_MAX_PROJECTS = 60_000


def _funding(
    projects: pd.DataFrame,
    priority_list: pd.DataFrame,
    override_table: pd.DataFrame | None,
    rate_table: pd.DataFrame,
    needs_table: pd.DataFrame | None,
    currency: str,
    year: int,
    crowded: int,
) -> tuple[pd.DataFrame, ...]:
    """The projects mapped to the priorities, their money allocated, the coverage and the subgroups' summary.

    Returns ``(mapping, map_issues, allocations, allocation_issues, coverage, subgroups)``; :func:`_built`
    runs it in this process, or in a second one while this one reads the overlaps' texts.
    """
    from mtd_analysis.analysis import allocations as allocations_mod
    from mtd_analysis.analysis import coverage as coverage_mod
    from mtd_analysis.analysis import priorities as priorities_mod

    mapping, map_issues = priorities_mod.map_priorities(projects, priority_list, override_table)
    allocations, alloc_issues = allocations_mod.allocate(
        projects, mapping, rate_table, currency=currency, year=year
    )
    coverage = coverage_mod.coverage(
        allocations, projects, priority_list, needs_table, currency=currency, crowded=crowded
    )
    subgroups = coverage_mod.subgroup_summary(coverage, allocations, projects)
    return mapping, map_issues, allocations, alloc_issues, coverage, subgroups


def _after_overlaps(
    overlap_table: pd.DataFrame,
    allocations: pd.DataFrame,
    projects: pd.DataFrame,
    extra_issues: list[pd.DataFrame],
    issues: pd.DataFrame,
    manifest_files: pd.DataFrame,
    year: int,
    currency: str,
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """The duplication table, every issue of the build (the overlaps' own for the partners' feedback last) and the
    quality table: ``(duplication, issues, quality)``. ``extra_issues`` is not modified."""
    from mtd_analysis.analysis import overlaps
    from mtd_analysis.analysis import quality as quality_mod

    duplication = overlaps.duplication(overlap_table, allocations, year, currency=currency)
    internal = overlaps.internal_overlap_issues(overlap_table, projects)  # for partner feedback
    all_issues = _all_issues([*extra_issues, internal], issues, projects)
    return duplication, all_issues, quality_mod.quality(manifest_files, all_issues, projects)


def _built(
    raw_dir: Path,
    staging: Path | None,
    *,
    year: int,
    strict: bool,
    currency: str,
    priorities,
    overrides,
    rates,
    needs,
    decisions,
    country: str,
    crowded: int,
    min_months: int,
    max_per_project: int,
    workers: int | None,
    progress: bool,
    date: str | None,
    include_hidden: bool,
) -> BuildResult:
    """:func:`build`'s work; the tables are written into ``staging`` (when given) as soon as each is final.

    The tables that do not depend on the overlaps are written by a forked worker while the overlaps are
    computed (:class:`~mtd_analysis.processes.Forked`); the others, the reference and the manifest after them.
    """
    from mtd_analysis.analysis import money, overlaps
    from mtd_analysis.analysis import priorities as priorities_mod
    from mtd_analysis.reference.rates import rates_sources

    projects, issues, manifest = load_submissions(
        raw_dir, country=country, workers=workers, progress=progress, include_hidden=include_hidden
    )
    # an analyst's rates file is read like a submission (cp1251, ';', decimal commas, a workbook)
    given_rates = read_rates(rates) if rates else None
    rate_table = money.load_rates() if given_rates is None else given_rates[money.RATE_COLUMNS]
    projects, text_notes = without_control_characters(projects)
    projects, amount_errors = implausible_amounts(projects, rate_table)
    amount_errors += outlying_amounts(projects, rate_table)
    projects, status_notes = statuses_from_dates(
        projects, date, issues
    )  # no status sent: read from the dates, and said
    amount_errors += status_notes
    extra_issues = [issues, issues_frame(text_notes + amount_errors)]

    # side files are read like submissions: a bad row is an issue, the build goes on without it
    priority_list, list_issues = priorities_mod.read_priorities(priorities)
    extra_issues.append(issues_frame(list_issues))
    overrides_path = _side_file(raw_dir, overrides, config.OVERRIDES_NAME)
    override_table = None
    if overrides_path:
        override_table, override_issues = priorities_mod.read_overrides(overrides_path, priority_list)
        extra_issues.append(issues_frame(override_issues))
    needs_path = _side_file(raw_dir, needs, config.NEEDS_NAME)
    needs_table, needs_issues = _needs(needs_path, rate_table, currency, priority_list)
    funding = (projects, priority_list, override_table, rate_table, needs_table, currency, year, crowded)
    # the mapping to the priorities up to the coverage needs the projects alone, and so does the overlaps'
    # reading of their texts: a second process maps while this one reads the texts (which are large, and stay
    # here: a second process reading them had to send them back, a second copy that brought the build of
    # 100,000 projects near 1 GB)
    mapped = Forked(_funding, *funding) if len(projects) >= _FUNDING_AHEAD_MIN_PROJECTS else None
    early = after = None
    try:  # the workers are stopped whatever happens (their results are no longer wanted)
        texts = None  # the overlaps' texts, read by now
        if mapped is not None:
            texts = overlaps.prepare_texts(projects)
            mapping, map_issues, allocations, alloc_issues, coverage, subgroups = mapped.result()
        else:
            mapping, map_issues, allocations, alloc_issues, coverage, subgroups = _funding(*funding)
        extra_issues += [map_issues, alloc_issues, needs_issues]
        if staging is not None:  # the tables final by now are written while the overlaps are computed
            final = {
                "projects": projects,
                "allocations": allocations,
                "coverage": coverage,
                "subgroups": subgroups,
            }
            early = Forked(_write_tables, final, staging)
        decisions_path = _side_file(raw_dir, decisions, config.DECISIONS_NAME)
        decision_table = None
        if decisions_path:
            decision_table, decision_issues = overlaps.load_decisions(decisions_path)
            extra_issues.append(decision_issues)
        overlap_table = overlaps.find_overlaps(
            projects,
            allocations,
            decision_table,
            min_months=min_months,
            max_per_project=max_per_project,
            texts=texts,
        )
        manifest_files = pd.DataFrame(
            manifest["files"], columns=_MANIFEST_FILE_COLUMNS if not manifest["files"] else None
        )
        reckoning = (
            overlap_table,
            allocations,
            projects,
            extra_issues,
            issues,
            manifest_files,
            year,
            currency,
        )
        written: dict[str, dict] = {}
        if (
            staging is not None
            and _FUNDING_AHEAD_MIN_PROJECTS <= len(projects) <= _RECKONING_AHEAD_MAX_PROJECTS
        ):
            # the overlaps table is final: this process writes it while a second one does the reckoning after it
            after = Forked(_after_overlaps, *reckoning)
            written = _write_tables({"overlaps": overlap_table}, staging)
            duplication, all_issues, quality = after.result()
        else:
            duplication, all_issues, quality = _after_overlaps(*reckoning)

        options = {
            "year": year,
            "currency": currency.upper(),
            "strict": strict,
            "country": country,
            "crowded": crowded,
            "min_months": min_months,
            "max_per_project": max_per_project,
            "include_hidden": include_hidden,
            **_file_options(priorities, rates, overrides_path, needs_path, decisions_path),
        }
        _record_in_manifest(manifest, options, rates_sources(rates, given=given_rates), date, all_issues)

        result = BuildResult(
            reference={
                "priorities": priority_list,
                "rates": rate_table,
                "column_aliases": aliases_in_use(),  # the analyst's own aliases beside the submissions, then the package's
                "partners": partners_ref.partners(),
            },
            projects=projects,
            issues=all_issues,
            manifest=manifest,
            allocations=allocations,
            coverage=coverage,
            subgroups=subgroups,
            overlaps=overlap_table,
            duplication=duplication,
            quality=quality,
            mapping=mapping,
        )
        if staging is not None:
            _write_into(result, staging, early, written)
    finally:
        for worker in (mapped, early, after):
            if worker is not None:
                worker.close()
    return result


def write_build(result: BuildResult, out_dir: Path) -> list[Path]:
    """Write a build's folder as a whole; returns the files written.

    The tables go into a staging folder beside ``out_dir`` which then replaces
    it in one step (:func:`mtd_analysis.store.staged_folder`): a reader sees the
    complete previous build or the complete new one, and no file of an earlier
    build survives. The manifest lists every table with its SHA-256
    (``tables``), which readers check.
    """
    out_dir = Path(out_dir)
    with staged_folder(out_dir, "build") as staging:
        _write_into(result, staging)
    return _written(result, out_dir).written


def _write_tables(tables: dict[str, pd.DataFrame], folder: Path) -> dict[str, dict]:
    """Check each table against its schema, then write it as ``<name>.csv``; ``{name: {sha256, rows}}``.

    Every table is checked before any is written: a table that does not fit stops the writing whole.
    """
    for name, frame in tables.items():
        schema.check_table(frame, name, f"{name}.csv")
    hashes = {}
    for name, frame in tables.items():
        path = write_csv_atomic(frame, folder / f"{name}.csv")
        hashes[name] = {"sha256": file_sha256(path), "rows": len(frame)}
    return hashes


def _write_into(
    result: BuildResult, staging: Path, early: Forked | None = None, written: dict[str, dict] | None = None
) -> None:
    """Write the build's tables, its reference and its manifest into ``staging``.

    ``early`` is the worker that already wrote some of the tables (:func:`_built`); a table it wrote is
    taken as written only when ``result`` still holds the very frame the worker was given. ``written``:
    the tables this process wrote already, ``{name: {sha256, rows}}`` (:func:`_write_tables`). The overlaps
    table is written by the build's own process, not by a second worker: a worker reading a table's text
    copies the memory pages that hold it (reference counts), which for the overlaps of 100,000 projects
    measured about 370 MB more at the build's peak.
    """
    tables = {
        name: getattr(result, name) for name in schema.BUILD_TABLES if getattr(result, name) is not None
    }
    done: dict[str, dict] = dict(written or {})
    if early is not None:
        given = early.arguments[0]
        done.update(
            {name: entry for name, entry in early.result().items() if tables.get(name) is given.get(name)}
        )
    rest = _write_tables({name: frame for name, frame in tables.items() if name not in done}, staging)
    # the manifest lists the tables in the order of BUILD_TABLES
    hashes = {f"{name}.csv": done[name] if name in done else rest[name] for name in tables}
    # the build carries what it used: report, feedback and diff read these, not the package's defaults
    manifest = {**result.manifest, "tables": hashes}
    manifest["reference"] = write_reference(result.reference, staging)
    write_json_atomic(manifest, staging / "manifest.json")
    result.manifest = manifest


def _written(result: BuildResult, out_dir: Path) -> BuildResult:
    """``result`` with the folder it was written to and the list of its files."""
    manifest = result.manifest
    written = [out_dir / name for name in manifest["tables"]]
    written += [out_dir / entry["file"] for entry in manifest["reference"].values()]
    written.append(out_dir / "manifest.json")
    result.out_dir = out_dir
    result.written = written
    return result
