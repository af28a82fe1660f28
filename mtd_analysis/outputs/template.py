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

from mtd_analysis import config, schema
from mtd_analysis.ingest.read import TEMPLATE_TITLE
from mtd_analysis.outputs.workbooks import workbook_bytes
from mtd_analysis.store import write_bytes

#: Template columns (canonical names) with their header labels in English and Ukrainian.
HEADER_LABELS = {
    "project_id": ("Project code", "Шифр проєкту"),
    "partner": ("Partner (donor)", "Партнер (донор)"),
    "implementer": ("Implementer", "Виконавець"),
    "title": ("Project title", "Назва проєкту"),
    "description": ("Description", "Опис"),
    "beneficiaries": ("Beneficiary agencies", "Бенефіціари"),
    "declared_priority": ("Priority", "Пріоритет"),
    "start_date": ("Start date", "Дата початку"),
    "end_date": ("End date", "Дата завершення"),
    "amount": ("Amount", "Сума"),
    "currency": ("Currency", "Валюта"),
    "status": ("Status", "Статус"),
}
TEMPLATE_COLUMNS = list(HEADER_LABELS)

#: Currencies offered in the drop-down list.
TEMPLATE_CURRENCIES = (
    "EUR",
    "USD",
    "UAH",
    "GBP",
    "CHF",
    "CAD",
    "SEK",
    "DKK",
    "NOK",
    "PLN",
    "JPY",
    "CZK",
    "AUD",
)
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

_INSTRUCTIONS = {
    "en": [
        "Template for international technical assistance (ITA) projects",
        "MIA Sectoral Working Group 'Law Enforcement Activities'",
        "",
        "1. Fill one row per project on the sheet 'Projects', starting below the example row.",
        "2. Keep the example row (project code EXAMPLE) or delete it: it is never counted.",
        "3. Project code: your own code for the project, the same in every submission.",
        "4. Beneficiary agencies: codes from the list (MIA, NPU, SBGS, NGU, SMS, SESU); "
        "several agencies separated by ';' (e.g. NPU;SBGS).",
        "5. Priority: code(s) of the MIA priority list (sheet 'Lists'); several separated by ';'.",
        "6. Dates as dates (YYYY-MM-DD). Amount: the total budget as a number, without currency signs.",
        "7. Currency: ISO code from the list. Status: ongoing, planned or completed.",
        "8. Do not rename, reorder or delete the header row.",
    ],
    "uk": [
        "Шаблон для проєктів міжнародної технічної допомоги (МТД)",
        "Секторальна робоча група МВС «Правоохоронна діяльність»",
        "",
        "1. Заповніть один рядок на проєкт на аркуші 'Projects', під рядком-прикладом.",
        "2. Рядок-приклад (шифр ПРИКЛАД) можна залишити або видалити: він не враховується.",
        "3. Шифр проєкту: ваш власний шифр проєкту, однаковий у кожному поданні.",
        "4. Бенефіціари: коди зі списку (MIA, NPU, SBGS, NGU, SMS, SESU); "
        "кілька — через ';' (напр. NPU;SBGS).",
        "5. Пріоритет: код(и) переліку пріоритетів МВС (аркуш 'Lists'); кілька — через ';'.",
        "6. Дати — як дати (РРРР-ММ-ДД). Сума: загальний бюджет числом, без знаків валюти.",
        "7. Валюта: код ISO зі списку. Статус: ongoing (триває), planned (заплановано), "
        "completed (завершено).",
        "8. Не перейменовуйте, не переставляйте і не видаляйте рядок заголовків.",
    ],
}


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
    if lang == "en":
        return [en for en, _ in HEADER_LABELS.values()]
    if lang == "uk":
        return [uk for _, uk in HEADER_LABELS.values()]
    return [f"{en} / {uk}" for en, uk in HEADER_LABELS.values()]


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
        try:
            from mtd_analysis.analysis.priorities import load_priorities
        except ImportError:
            load_priorities = None
        if load_priorities is not None:
            table = load_priorities()
        elif config.PRIORITIES_FILE.is_file():
            table = pd.read_csv(config.PRIORITIES_FILE, dtype=str)
        else:
            table = pd.DataFrame({"priority_code": []})
    elif isinstance(priorities, pd.DataFrame):
        table = priorities
    elif isinstance(priorities, str | os.PathLike):
        table = pd.read_csv(priorities, dtype=str)
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
    out = out[out["priority_code"].ne("") & ~out["priority_code"].isin(schema.SPECIAL_PRIORITIES)]
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


def _build_workbook(lang: str, codes: pd.DataFrame) -> Workbook:
    wb = Workbook()
    wb.properties.created = _FIXED_TIME
    wb.properties.modified = _FIXED_TIME
    wb.properties.creator = "mtd-analysis"
    wb.properties.title = TEMPLATE_TITLE.decode()  # how the reader recognises the template
    bold = Font(bold=True)
    header_fill = PatternFill("solid", fgColor="DDEBF7")
    example_font = Font(italic=True, color="808080")

    # Instructions
    info = wb.active
    info.title = "Instructions"
    lines = _INSTRUCTIONS["en"] + [""] + _INSTRUCTIONS["uk"] if lang == "both" else _INSTRUCTIONS[lang]
    for n, line in enumerate(lines, start=1):
        info.cell(row=n, column=1, value=line)
    info["A1"].font = Font(bold=True, size=13)
    if lang == "both":
        info.cell(row=len(_INSTRUCTIONS["en"]) + 2, column=1).font = Font(bold=True, size=13)
    info.column_dimensions["A"].width = 120

    # Projects
    ws = wb.create_sheet("Projects")
    labels = header_labels(lang)
    for col, label in enumerate(labels, start=1):
        cell = ws.cell(row=1, column=col, value=label)
        cell.font = bold
        cell.fill = header_fill
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    letter = {name: get_column_letter(i) for i, name in enumerate(TEMPLATE_COLUMNS, start=1)}
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
        cell.font = example_font
        if name in ("start_date", "end_date"):
            cell.number_format = DATE_FORMAT
        elif name == "amount":
            cell.number_format = AMOUNT_FORMAT
    ws.freeze_panes = "A2"
    last_row = TEMPLATE_ROWS + 1
    ws.auto_filter.ref = f"A1:{letter[TEMPLATE_COLUMNS[-1]]}{last_row}"

    # Lists
    lists = wb.create_sheet("Lists")
    columns = [
        ("Beneficiary agencies / Бенефіціари", list(schema.AGENCY_CODES)),
        ("Currencies / Валюти", list(TEMPLATE_CURRENCIES)),
        ("Priority codes / Коди пріоритетів", codes["priority_code"].tolist()),
        ("Priority (en)", codes["name_en"].tolist()),
        ("Пріоритет (uk)", codes["name_uk"].tolist()),
        ("Status / Статус", list(TEMPLATE_STATUSES)),
    ]
    for col, (title, values) in enumerate(columns, start=1):
        lists.cell(row=1, column=col, value=title).font = bold
        for row, value in enumerate(values, start=2):
            lists.cell(row=row, column=col, value=value).number_format = "@"
        lists.column_dimensions[get_column_letter(col)].width = 60 if col in (4, 5) else 22
    lists.freeze_panes = "A2"

    uk = lang == "uk"
    validations = [
        (
            "beneficiaries",
            _list_validation(
                "A",
                len(schema.AGENCY_CODES),
                strict=False,
                title="Бенефіціари" if uk else "Beneficiary agencies",
                prompt="Код(и) зі списку; кілька через ';'"
                if uk
                else "Code(s) from the list; several with ';'",
            ),
        ),
        (
            "currency",
            _list_validation(
                "B",
                len(TEMPLATE_CURRENCIES),
                strict=True,
                title="Валюта" if uk else "Currency",
                prompt="Код валюти ISO" if uk else "ISO currency code",
            ),
        ),
        (
            "declared_priority",
            _list_validation(
                "C",
                len(codes),
                strict=False,
                title="Пріоритет" if uk else "Priority",
                prompt="Код(и) пріоритету МВС; кілька через ';'"
                if uk
                else "MIA priority code(s); several with ';'",
            ),
        ),
        (
            "status",
            _list_validation(
                "F",
                len(TEMPLATE_STATUSES),
                strict=False,
                title="Статус" if uk else "Status",
                prompt="ongoing / planned / completed",
            ),
        ),
    ]
    low, high = (
        to_excel(dt.datetime(y, m, d))
        for y, m, d in ((config.VALID_YEARS[0], 1, 1), (config.VALID_YEARS[1], 12, 31))
    )
    date_check = DataValidation(
        type="date", operator="between", formula1=str(int(low)), formula2=str(int(high)), allow_blank=True
    )
    date_check.error = "Дата у форматі РРРР-ММ-ДД" if uk else "A date (YYYY-MM-DD)"
    date_check.showErrorMessage = True
    validations.append(("start_date", date_check))
    amount_check = DataValidation(
        type="decimal", operator="greaterThanOrEqual", formula1="0", allow_blank=True
    )
    amount_check.error = "Сума — невід'ємне число" if uk else "The amount is a number, 0 or more"
    amount_check.showErrorMessage = True
    validations.append(("amount", amount_check))
    for name, validation in validations:
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
