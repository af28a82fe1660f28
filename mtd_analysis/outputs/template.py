"""The intake template partners fill in: one workbook the reader understands without guessing.

:func:`write_template` writes an ``.xlsx`` with three sheets:

* **Instructions** - what to fill and how, in the chosen language(s);
* **Projects** - the header row with the canonical columns (labels the reader recognises), one
  example row (project code ``EXAMPLE`` / ``ПРИКЛАД``, skipped by the reader), drop-down lists,
  date and number formats, a frozen header and filters;
* **Lists** - the values behind the drop-down lists: beneficiary agencies, currencies,
  priority codes (from the priority file in use) and statuses.

The file is deterministic: fixed document times and fixed zip entry times, so the same
arguments give byte-identical workbooks.

Examples
--------
>>> import tempfile, pathlib
>>> path = write_template(pathlib.Path(tempfile.mkdtemp()) / "template.xlsx", lang="both", priorities=["1.1"])
>>> import openpyxl
>>> wb = openpyxl.load_workbook(path)
>>> wb.sheetnames, wb["Projects"]["D1"].value, wb["Projects"]["A2"].value
(['Instructions', 'Projects', 'Lists'], 'Project title / Назва проєкту', 'EXAMPLE')
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable
from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel
from openpyxl.worksheet.datavalidation import DataValidation

from mtd_analysis import config
from mtd_analysis.ingest.read import TEMPLATE_TITLE
from mtd_analysis.ingest.sidefiles import read_side_table
from mtd_analysis.outputs.workbooks import workbook_bytes
from mtd_analysis.reference import agencies as agencies_ref
from mtd_analysis.reference import currencies as currencies_ref
from mtd_analysis.reference import labels
from mtd_analysis.reference import priorities as priorities_ref
from mtd_analysis.store import write_bytes

#: Template columns (canonical names); their header labels are ``template.col.<name>`` in ``labels.csv``.
TEMPLATE_COLUMNS = [
    "project_id", "partner", "implementer", "title", "description", "beneficiaries", "declared_priority",
    "start_date", "end_date", "amount", "currency", "status",
]  # fmt: skip


def template_currencies() -> tuple[str, ...]:
    """Currencies offered in the drop-down list: those of the currencies table, in its order.

    Examples
    --------
    >>> template_currencies()[:3]
    ('EUR', 'USD', 'UAH')
    """
    return tuple(currencies_ref.currency_spellings())


#: Statuses offered in the drop-down list (canonical words, whatever the language).
TEMPLATE_STATUSES = ("ongoing", "planned", "completed")
#: Code of the example row in each language; the reader skips rows with this project code.
EXAMPLE_CODES = {"en": "EXAMPLE", "uk": "ПРИКЛАД", "both": "EXAMPLE"}
#: Rows of the Projects sheet that carry drop-down lists and formats (header excluded).
TEMPLATE_ROWS = 1000

LANGS = ("en", "uk", "both")
DATE_FORMAT = "yyyy-mm-dd"
AMOUNT_FORMAT = "#,##0.00"
_FIXED_TIME = dt.datetime(2021, 1, 1)


def _text(key: str, lang: str, **fields) -> str:
    """A template text from ``labels.csv`` (``template.<key>``)."""
    return labels.label(f"template.{key}", lang, **fields)


def instructions(lang: str) -> list[str]:
    """The lines of the Instructions sheet in ``en`` or ``uk`` (``template.instructions.*`` in ``labels.csv``).

    Examples
    --------
    >>> instructions("en")[6][:70]
    '4. Beneficiary agencies: codes from the list (MIA, NPU, SBGS, NGU, SMS'
    """
    keys = sorted(k for k in labels.labels("en") if k.startswith("template.instructions."))
    agencies = ", ".join(agencies_ref.agency_codes())
    lines = [
        labels.label(k, lang, agencies=agencies) if "{" in labels.label(k, "en") else labels.label(k, lang)
        for k in keys
    ]
    return [*lines[:2], "", *lines[2:]]  # the title and the working group, a blank line, the steps


class TemplateError(ValueError):
    """The template cannot be written with the arguments given."""


def header_labels(lang: str = "en") -> list[str]:
    """Header labels of the Projects sheet in the chosen language(s).

    Examples
    --------
    >>> header_labels("uk")[:2], header_labels("both")[3]
    (['Шифр проєкту', 'Партнер (донор)'], 'Project title / Назва проєкту')
    """
    if lang not in LANGS:
        raise TemplateError(f"lang must be one of {', '.join(LANGS)}, not {lang!r}")
    if lang in ("en", "uk"):
        return [_text(f"col.{name}", lang) for name in TEMPLATE_COLUMNS]
    return [f"{_text(f'col.{name}', 'en')} / {_text(f'col.{name}', 'uk')}" for name in TEMPLATE_COLUMNS]


def priority_list(priorities=None) -> pd.DataFrame:
    """Priority codes (and names when known) offered in the template.

    Parameters
    ----------
    priorities : DataFrame, path, iterable of str or None
        A priorities table (``priority_code``, optional ``name_en`` / ``name_uk``), a CSV file of
        one, a list of codes, or None for the priority file in use (``priorities.load_priorities``).

    Returns
    -------
    DataFrame
        ``priority_code``, ``name_en``, ``name_uk`` (text, empty when unknown), one row per code in
        the order given.

    Examples
    --------
    >>> priority_list(["1.1", "2.1", "1.1"])["priority_code"].tolist()
    ['1.1', '2.1']
    """
    if priorities is None:
        table = priorities_ref.priorities()  # the list in use (a build's, or the package's)
    elif isinstance(priorities, pd.DataFrame):
        table = priorities
    elif isinstance(priorities, str | os.PathLike):
        # read like a submission: any encoding, delimiter, or a workbook
        table, problems = read_side_table(priorities, ["priority_code"], kind="priority_list")
        if problems and problems[-1]["severity"] == "error":
            raise TemplateError(problems[-1]["message"])
    elif isinstance(priorities, Iterable):
        table = pd.DataFrame({"priority_code": [str(code) for code in priorities]})
    else:
        raise TemplateError(
            f"priorities must be a table, a CSV path or a list of codes, not {type(priorities)}"
        )
    if "priority_code" not in table.columns:
        raise TemplateError("the priorities table has no 'priority_code' column")
    out = pd.DataFrame({"priority_code": table["priority_code"]})
    for col in ("name_en", "name_uk"):
        out[col] = table[col] if col in table.columns else ""
    out = out.astype(object).where(out.notna(), "")
    out = out.map(lambda v: str(v).strip())
    out = out[out["priority_code"].ne("") & ~out["priority_code"].isin(priorities_ref.SPECIAL_PRIORITIES)]
    return out.drop_duplicates("priority_code").reset_index(drop=True)


def _example_row(lang: str, priority_code: str | None) -> dict:
    uk = lang == "uk"
    return {
        "project_id": EXAMPLE_CODES[lang],
        "partner": "Європейський Союз" if uk else "European Union",
        "implementer": "Організація-виконавець" if uk else "Implementing organisation",
        "title": "Приклад: обладнання пунктів пропуску"
        if uk
        else "Example: equipment for border crossing points",
        "description": "Короткий опис проєкту" if uk else "Short description of the project",
        "beneficiaries": "SBGS;NPU",
        "declared_priority": priority_code or "",
        "start_date": dt.datetime(2021, 1, 1),
        "end_date": dt.datetime(2022, 12, 31),
        "amount": 1500000,
        "currency": "EUR",
        "status": "ongoing",
    }


def _list_validation(column: str, count: int, strict: bool, title: str, prompt: str) -> DataValidation:
    last = max(count, 1) + 1
    validation = DataValidation(
        type="list",
        formula1=f"Lists!${column}$2:${column}${last}",
        allow_blank=True,
        showErrorMessage=strict,
        errorStyle="stop" if strict else "information",
    )
    validation.promptTitle = title[:32]
    validation.prompt = prompt[:255]
    validation.showInputMessage = True
    return validation


_BOLD = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
_EXAMPLE_FONT = Font(italic=True, color="808080")


def _instructions_sheet(wb: Workbook, lang: str) -> None:
    info = wb.active
    info.title = "Instructions"
    lines = instructions("en") + [""] + instructions("uk") if lang == "both" else instructions(lang)
    for n, line in enumerate(lines, start=1):
        info.cell(row=n, column=1, value=line)
    info["A1"].font = Font(bold=True, size=13)
    if lang == "both":
        info.cell(row=len(instructions("en")) + 2, column=1).font = Font(bold=True, size=13)
    info.column_dimensions["A"].width = 120


def _projects_sheet(wb: Workbook, lang: str, codes: pd.DataFrame, letter: dict[str, str]):
    ws = wb.create_sheet("Projects")
    for col, text in enumerate(header_labels(lang), start=1):
        cell = ws.cell(row=1, column=col, value=text)
        cell.font = _BOLD
        cell.fill = _HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    widths = {"title": 45, "description": 50, "partner": 24, "implementer": 24, "beneficiaries": 20}
    for name in TEMPLATE_COLUMNS:
        ws.column_dimensions[letter[name]].width = widths.get(name, 16 if lang != "both" else 22)
    for name in ("start_date", "end_date"):
        ws.column_dimensions[letter[name]].number_format = DATE_FORMAT
    ws.column_dimensions[letter["amount"]].number_format = AMOUNT_FORMAT
    for name in ("project_id", "beneficiaries", "declared_priority", "currency", "status"):
        ws.column_dimensions[letter[name]].number_format = "@"
    first_code = codes["priority_code"].iloc[0] if len(codes) else None
    for name, value in _example_row(lang, first_code).items():
        cell = ws[f"{letter[name]}2"]
        cell.value = value
        cell.font = _EXAMPLE_FONT
        if name in ("start_date", "end_date"):
            cell.number_format = DATE_FORMAT
        elif name == "amount":
            cell.number_format = AMOUNT_FORMAT
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{letter[TEMPLATE_COLUMNS[-1]]}{TEMPLATE_ROWS + 1}"
    return ws


def _lists_sheet(wb: Workbook, codes: pd.DataFrame) -> dict[str, int]:
    """The Lists sheet; returns how many values each drop-down list has."""
    lists = wb.create_sheet("Lists")
    columns = [
        ("beneficiaries", list(agencies_ref.agency_codes())),
        ("currencies", list(template_currencies())),
        ("priority_codes", codes["priority_code"].tolist()),
        ("priority_en", codes["name_en"].tolist()),
        ("priority_uk", codes["name_uk"].tolist()),
        ("statuses", list(TEMPLATE_STATUSES)),
    ]
    for col, (key, values) in enumerate(columns, start=1):
        lists.cell(row=1, column=col, value=_text(f"list.{key}", "en")).font = _BOLD
        for row, value in enumerate(values, start=2):
            lists.cell(row=row, column=col, value=value).number_format = "@"
        lists.column_dimensions[get_column_letter(col)].width = 60 if col in (4, 5) else 22
    lists.freeze_panes = "A2"
    return {key: len(values) for key, values in columns}


def _validations(lang: str, counts: dict[str, int]) -> list[tuple[str, DataValidation]]:
    """The drop-down lists and checks of the Projects sheet, by template column."""
    words = "uk" if lang == "uk" else "en"
    lists = [
        ("beneficiaries", "A", "beneficiaries", "beneficiaries", False),
        ("currency", "B", "currencies", "currency", True),
        ("declared_priority", "C", "priority_codes", "priority", False),
        ("status", "F", "statuses", "status", False),
    ]
    validations = [
        (
            name,
            _list_validation(
                column,
                counts[count],
                strict=strict,
                title=_text(f"check.{key}.title", words),
                prompt=_text(f"check.{key}.prompt", words),
            ),
        )
        for name, column, count, key, strict in lists
    ]
    low, high = (
        to_excel(dt.datetime(y, m, d))
        for y, m, d in ((config.VALID_YEARS[0], 1, 1), (config.VALID_YEARS[1], 12, 31))
    )
    date_check = DataValidation(
        type="date", operator="between", formula1=str(int(low)), formula2=str(int(high)), allow_blank=True
    )
    date_check.error = _text("check.date.error", words)
    date_check.showErrorMessage = True
    amount_check = DataValidation(
        type="decimal", operator="greaterThanOrEqual", formula1="0", allow_blank=True
    )
    amount_check.error = _text("check.amount.error", words)
    amount_check.showErrorMessage = True
    return validations + [("start_date", date_check), ("amount", amount_check)]


def _build_workbook(lang: str, codes: pd.DataFrame) -> Workbook:
    wb = Workbook()
    wb.properties.created = _FIXED_TIME
    wb.properties.modified = _FIXED_TIME
    wb.properties.creator = "mtd-analysis"
    wb.properties.title = TEMPLATE_TITLE.decode()  # how the reader recognises the template
    letter = {name: get_column_letter(i) for i, name in enumerate(TEMPLATE_COLUMNS, start=1)}
    _instructions_sheet(wb, lang)
    ws = _projects_sheet(wb, lang, codes, letter)
    counts = _lists_sheet(wb, codes)
    last_row = TEMPLATE_ROWS + 1
    for name, validation in _validations(lang, counts):
        ws.add_data_validation(validation)
        validation.add(f"{letter[name]}2:{letter[name]}{last_row}")
        if name == "start_date":
            validation.add(f"{letter['end_date']}2:{letter['end_date']}{last_row}")
    wb.active = 1
    return wb


def write_template(path: str | os.PathLike, lang: str = "en", priorities=None) -> Path:
    """Write the intake template partners fill in.

    Parameters
    ----------
    path : path
        The ``.xlsx`` file to write (replaced atomically; the folder is created when missing).
    lang : {"en", "uk", "both"}
        Language of the header labels and instructions; ``both`` writes ``"English / Українська"``.
    priorities : DataFrame, path, iterable of str or None
        Priority codes for the drop-down list (see :func:`priority_list`); None for the priority
        file in use.

    Returns
    -------
    Path
        The file written.

    Raises
    ------
    TemplateError
        For an unknown ``lang`` or an unusable priorities argument.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> a = write_template(folder / "a.xlsx", lang="uk", priorities=["1.1", "1.2"])
    >>> b = write_template(folder / "b.xlsx", lang="uk", priorities=["1.1", "1.2"])
    >>> a.read_bytes() == b.read_bytes()
    True
    """
    if lang not in LANGS:
        raise TemplateError(f"lang must be one of {', '.join(LANGS)}, not {lang!r}")
    target = Path(path)
    payload = workbook_bytes(_build_workbook(lang, priority_list(priorities)))
    return write_bytes(target, payload)
