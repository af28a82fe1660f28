"""IATI activities flattened into a table (CSV or a sheet), read as the IATI XML they came from.

Exports of IATI data as a table name each column by its place in the XML: ``iati-identifier``,
``reporting-org/narrative``, ``participating-org/@role``, ``activity-date[@type='2']/@iso-date`` or
``activity-date@type=1``, ``budget/value``, ``transaction/transaction-type/@code``. Such a table is either one row
per activity, an element that repeats (budgets, participating organisations, sectors) writing its instances in one
cell joined by ``;``, or one row per transaction, the activity's own cells repeated on each of its rows.

:func:`iati_table` tells such a table by its header (an ``iati-identifier`` column and at least two other columns
that are paths into an activity) and builds the ``<iati-activities>`` document the columns describe, so that the
IATI reader (:mod:`mtd_analysis.ingest.iati`) applies the same rules to it as to the XML: the budgets over the
transactions, the funder behind an intermediary, the recipient country, the activity status. Each activity's
first row is kept, to say which row a project and its problems come from.

How a column's cells are placed
-------------------------------
* A path ending in ``@name`` sets that attribute; one ending in ``narrative`` or ``value`` (or ``iati-identifier``)
  is the element's text; an element named alone gets its usual field: the ``iso-date`` of a date, the ``code`` of
  a status, sector, country or transaction type, the ``narrative`` of a title, description or organisation.
* ``element[@a='v']`` and ``element@a=v`` name the instance of the element with that attribute.
* In an element that may repeat, a cell's ``;``-separated parts are its instances, in order; a single value in a
  column beside columns of several parts is every instance's (``sector/@vocabulary`` = ``1`` for each sector).
* An activity on several rows: each row's transactions are its own; other repeated elements are the activity's
  when every row gives the same (else each row's are added); an element that does not repeat takes the first row's
  value.

Examples
--------
>>> header = ["iati-identifier", "reporting-org/narrative", "title/narrative", "default-currency",
...           "recipient-country/@code", "budget/period-start/@iso-date", "budget/period-end/@iso-date",
...           "budget/value"]
>>> rows = [header, ["XX-1-P1", "Donor", "Border crossing points", "EUR", "UA", "2021-01-01;2022-01-01",
...                  "2021-12-31;2022-12-31", "1000;2000"]]
>>> found = iati_table(rows)
>>> found.rows, found.xml.count(b"<budget>")
([2], 2)
>>> iati_table([["Title", "Amount"], ["Radios", 100]]) is None
True
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from xml.etree.ElementTree import Element, SubElement, tostring

#: Elements of an activity that may appear more than once: a cell's ";"-separated parts are its instances.
REPEATING = frozenset(
    {
        "participating-org",
        "budget",
        "transaction",
        "sector",
        "recipient-country",
        "recipient-region",
        "activity-date",
        "planned-disbursement",
        "related-activity",
        "policy-marker",
        "other-identifier",
        "location",
        "tag",
        "humanitarian-scope",
        "document-link",
    }
)
#: The activity's direct children a table's path may start with (besides the repeating ones).
SINGLE = frozenset(
    {
        "iati-identifier",
        "reporting-org",
        "title",
        "description",
        "activity-status",
        "activity-scope",
        "collaboration-type",
        "default-flow-type",
        "default-finance-type",
        "default-aid-type",
        "default-tied-status",
        "capital-spend",
        "contact-info",
        "conditions",
        "crs-add",
        "fss",
    }
)
#: Attributes of <iati-activity> itself, which tables write as a column of their own.
ACTIVITY_ATTRIBUTES = frozenset({"default-currency", "last-updated-datetime", "hierarchy", "humanitarian"})
_DATE_ELEMENTS = frozenset({"activity-date", "period-start", "period-end", "transaction-date", "value-date"})
_CODE_ELEMENTS = frozenset(
    {
        "activity-status",
        "activity-scope",
        "collaboration-type",
        "default-flow-type",
        "default-finance-type",
        "default-aid-type",
        "default-tied-status",
        "sector",
        "recipient-country",
        "recipient-region",
        "transaction-type",
        "flow-type",
        "finance-type",
        "aid-type",
        "tied-status",
        "disbursement-channel",
        "policy-marker",
    }
)
_TEXT_ELEMENTS = frozenset({"narrative", "value", "iati-identifier"})
_STEP = re.compile(
    r"""^(?P<name>@?[A-Za-z][\w.:-]*?)
        (?:\[@(?P<a1>[\w:-]+)\s*=\s*['"]?(?P<v1>[^'"\]]*)['"]?\]|@(?P<a2>[\w:-]+)=['"]?(?P<v2>[^'"]*)['"]?)?$""",
    re.VERBOSE,
)


@dataclass(frozen=True)
class Path:
    """Where a column's cells go: the activity's child (with the attributes naming its instance), the steps
    below it, and the attribute set at the end (None: the element's text)."""

    top: str
    predicate: tuple[tuple[str, str], ...]
    steps: tuple[tuple[str, tuple[tuple[str, str], ...]], ...]
    attribute: str | None


@dataclass(frozen=True)
class Found:
    """An IATI table: the XML it describes, the 1-based row of each activity's first line (in order), the
    header's row and the identifiers' column."""

    xml: bytes
    rows: list[int]
    header_row: int
    id_column: int
    country_assumed: bool = False


def _parse_path(label: object) -> Path | None:
    """A column header read as a path into an activity; None when it is not one.

    Examples
    --------
    >>> _parse_path("activity-date[@type='2']/@iso-date")
    Path(top='activity-date', predicate=(('type', '2'),), steps=(), attribute='iso-date')
    >>> _parse_path("activity-date@type=1").attribute, _parse_path("Title")
    ('iso-date', None)
    """
    if not isinstance(label, str):
        return None
    text = label.strip().lstrip("/").removeprefix("iati-activity/")
    if not text or " " in text:
        return None
    parts = [p for p in re.split(r"/(?![^\[]*\])", text) if p]
    parsed = []
    for part in parts:
        m = _STEP.match(part)
        if m is None:
            return None
        attr, value = m["a1"] or m["a2"], m["v1"] if m["a1"] else m["v2"]
        parsed.append((m["name"], ((attr, value),) if attr else ()))
    attribute = None
    if parsed[-1][0].startswith("@"):
        attribute = parsed.pop()[0][1:]
    if not parsed:  # "@default-currency"
        return Path(attribute, (), (), None) if attribute in ACTIVITY_ATTRIBUTES else None
    (top, predicate), steps = parsed[0], tuple(parsed[1:])
    if top in ACTIVITY_ATTRIBUTES and not steps and attribute is None:
        return Path(top, (), (), None)
    if top not in REPEATING and top not in SINGLE:
        return None
    last = steps[-1][0] if steps else top
    if attribute is None and last not in _TEXT_ELEMENTS:
        if last in _DATE_ELEMENTS:
            attribute = "iso-date"
        elif last in _CODE_ELEMENTS:
            attribute = "code"
        else:
            steps = (*steps, ("narrative", ()))  # a title, a description, an organisation: its name
    return Path(top, predicate, steps, attribute)


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _header(rows: list[list]) -> tuple[int, dict[int, Path]] | None:
    """The header row (0-based, among the first ten) and its IATI columns, when the table is one."""
    for index, row in enumerate(rows[:10]):
        labels = [_text(v).lower() for v in row]
        if "iati-identifier" not in labels:
            continue
        paths = {j: p for j, v in enumerate(labels) if (p := _parse_path(v)) is not None}
        if sum(1 for p in paths.values() if p.top != "iati-identifier") >= 2:
            return index, paths
    return None


def _instances(cells: dict[int, str], paths: dict[int, Path]) -> list[dict[int, str]]:
    """One group of columns (an element and its instance's attributes) on one row: each instance's cells."""
    top = next(iter(paths.values())).top
    if top not in REPEATING:
        return [cells] if any(cells.values()) else []
    parts = {j: [p.strip() for p in text.split(";")] if text else [] for j, text in cells.items()}
    n = max((len(p) for p in parts.values()), default=0)
    out = []
    for i in range(n):
        instance = {}
        for j, values in parts.items():
            if len(values) == 1 and n > 1:
                instance[j] = values[0]  # one value beside several: every instance's
            elif i < len(values) and values[i]:
                instance[j] = values[i]
        if instance:
            out.append(instance)
    return out


def _place(parent: Element, path: Path, text: str) -> None:
    element = parent
    for name, predicate in path.steps:
        found = next((c for c in element if c.tag == name and all(c.get(a) == v for a, v in predicate)), None)
        element = found if found is not None else SubElement(element, name, dict(predicate))
    if path.attribute is None:
        element.text = text
    else:
        element.set(path.attribute, text)


def _activity(rows: list[list], columns: dict[int, Path]) -> Element:
    activity = Element("iati-activity")
    groups: dict[tuple, dict[int, Path]] = {}
    for j, path in columns.items():
        groups.setdefault((path.top, path.predicate), {})[j] = path
    for (top, predicate), paths in groups.items():
        if top in ACTIVITY_ATTRIBUTES:
            value = next((t for r in rows for j in paths if (t := _text(r[j] if j < len(r) else None))), "")
            if value:
                activity.set(top, value)
            continue
        per_row = [_instances({j: _text(r[j] if j < len(r) else None) for j in paths}, paths) for r in rows]
        if top not in REPEATING:
            instances = next((i for i in per_row if i), [])
        elif top != "transaction" and all(i == per_row[0] for i in per_row):
            instances = per_row[0]  # the activity's, repeated on each of its rows
        else:
            instances = [i for row in per_row for i in row]
        for cells in instances:
            element = SubElement(activity, top, dict(predicate))
            for j, text in cells.items():
                _place(element, paths[j], text)
    identifier = activity.find("iati-identifier")
    if identifier is not None:  # the reader looks for it first; its place among the children is not a rule
        activity.remove(identifier)
        activity.insert(0, identifier)
    return activity


#: A record's type code before its name: "2 - Outgoing Commitment", "11: Incoming Commitment".
_LEADING_CODE = re.compile(r"^\s*([0-9A-Za-z]{1,3})\s*(?:[-–:.]\s+|$)")
#: IATI's BudgetType codelist by name.
_BUDGET_TYPES = {"original": "1", "revised": "2"}
#: IATI's TransactionType codelist by name (an export writing the names alone).
_TRANSACTION_TYPES = {
    "incoming funds": "1",
    "outgoing commitment": "2",
    "commitment": "2",
    "disbursement": "3",
    "expenditure": "4",
    "interest payment": "5",
    "loan repayment": "6",
    "reimbursement": "7",
    "purchase of equity": "8",
    "sale of equity": "9",
    "credit guarantee": "10",
    "incoming commitment": "11",
    "outgoing pledge": "12",
    "incoming pledge": "13",
}


#: IATI's ActivityStatus codelist by name ("2 - Implementation", "Closed").
_ACTIVITY_STATUSES = {
    "pipeline/identification": "1",
    "pipeline": "1",
    "identification": "1",
    "implementation": "2",
    "finalisation": "3",
    "finalization": "3",
    "closed": "4",
    "cancelled": "5",
    "canceled": "5",
    "suspended": "6",
}


def _coded(path: str, text: str) -> str:
    """A cell's value as its path takes it: a transaction's or a budget's type, an activity's status, as its code.

    >>> _coded("activity-status/@code", "2 - Implementation"), _coded("activity-status/@code", "Closed")
    ('2', '4')
    """
    if not text or not path.endswith(("transaction-type/@code", "budget/@type", "activity-status/@code")):
        return text
    if path.endswith("activity-status/@code"):
        names = _ACTIVITY_STATUSES
    else:
        names = _BUDGET_TYPES if path.endswith("@type") else _TRANSACTION_TYPES
    if (found := _LEADING_CODE.match(text)) and (found[1].isdigit() or found.end() < len(text)):
        return found[1]
    return names.get(text.strip().lower(), text)


@lru_cache(maxsize=1)
def _flat_names() -> dict[str, list[tuple[str, str]]]:
    """``iati_columns.csv`` as column name -> its (record type, path) pairs, read once."""
    from mtd_analysis.reference.aliases import iati_columns

    table = iati_columns()
    known: dict[str, list[tuple[str, str]]] = {}
    for column, record, path in zip(table["column"], table["record"], table["path"], strict=True):
        known.setdefault(column.strip().lower(), []).append((record.strip(), path.strip()))
    return known


def flat_export(rows: list[list]) -> list[list] | None:
    """A table of IATI activities exported by column names ("recipient-country-code", "participating-org
    (Funding)", "start-planned") with a row per record ("record-type": transaction, budget,
    planned-disbursement; its "value", "period-start" … are that record's), rewritten with its columns as XML paths
    (see ``reference/data/iati_columns.csv``); None for any other table. Rows keep their places; a name's column
    beside its code's ("recipient-country" beside "recipient-country-code") is left out.

    Examples
    --------
    >>> rows = [["iati-identifier", "title", "recipient-country-code", "recipient-country", "record-type",
    ...          "transaction-type", "period-start", "value"],
    ...         ["XX-1", "Radios", "UA", "Ukraine", "transaction", "2 - Outgoing Commitment", "", "500"],
    ...         ["XX-1", "Radios", "UA", "Ukraine", "budget", "Original", "2021-01-01", "400"]]
    >>> flat = flat_export(rows)
    >>> [label for label in flat[0] if label][:3]
    ['iati-identifier', 'title', 'recipient-country/@code']
    >>> dict(zip(flat[0], flat[1]))["transaction/transaction-type/@code"], dict(zip(flat[0], flat[2]))["budget/@type"]
    ('2', '1')
    """
    known = _flat_names()
    index = next(
        (
            i
            for i, row in enumerate(rows[:10])
            if "iati-identifier" in (texts := [_text(v).lower() for v in row])
            and any(t in known for t in texts)
        ),
        None,
    )
    if index is None:
        return None
    labels = [_text(v).lower() for v in rows[index]]
    record_col = next((j for j, label in enumerate(labels) if label in ("record-type", "record type")), None)
    columns: list[tuple[int, str, str]] = []  # (column, record type or "", path)
    for j, label in enumerate(labels):
        if label in known:
            columns += [
                (j, record, path)
                for record, path in known[label]
                # no record type: "transaction-type", "transaction-value" are a transaction's, by their names
                if record == ""
                or record_col is not None
                or (record == "transaction" and label.startswith("transaction"))
            ]
        elif f"{label}-code" in labels:
            continue  # "recipient-country" (names) beside "recipient-country-code"
        elif _parse_path(label) is not None:
            columns.append((j, "", label))
    type_col = next((j for j, _, path in columns if path == "transaction/transaction-type/@code"), None)
    if record_col is None and type_col is not None:
        # a row per transaction whose type says "Planned Disbursement" (no transaction type in IATI): a planned
        # disbursement, its date the start of its period
        columns += [
            (j, "planned-disbursement", _AS_PLANNED[path])
            for j, record, path in columns
            if path in _AS_PLANNED
        ]
    out = [list(r) for r in rows[:index]]
    out.append([path for _, _, path in columns])
    for row in rows[index + 1 :]:
        kind = _text(row[record_col] if record_col is not None and record_col < len(row) else None).lower()
        if record_col is None and type_col is not None:
            said = _text(row[type_col] if type_col < len(row) else None).lower()
            kind = "planned-disbursement" if _PLANNED_TYPE.fullmatch(said) else "transaction"
        out.append(
            [
                _coded(path, _text(row[j] if j < len(row) else None)) if record in ("", kind) else ""
                for j, record, path in columns
            ]
        )
    return out


#: A transaction's paths and the planned disbursement's they stand for on a row typed "Planned Disbursement".
_AS_PLANNED = {
    "transaction/value": "planned-disbursement/value",
    "transaction/value/@currency": "planned-disbursement/value/@currency",
    "transaction/value/@value-date": "planned-disbursement/value/@value-date",
    "transaction/transaction-date/@iso-date": "planned-disbursement/period-start/@iso-date",
}
_PLANNED_TYPE = re.compile(r"(?:\d+\s*[-–:]\s*)?planned[\s-]+disbursements?")


def iati_table(rows: list[list], country: str | None = None) -> Found | None:
    """The IATI activities a table of XML paths describes, as XML; None when the table is not one.

    Parameters
    ----------
    rows : list of list
        A sheet's cells (``Grid.rows``).
    country : str, optional
        The recipient country every activity is taken to be for when no column names one (an export of one
        country's activities often leaves it out); ``country_assumed`` says it was.

    Returns
    -------
    Found or None
        ``xml`` (an ``<iati-activities>`` document, an activity per identifier in the order first met),
        ``rows`` (the 1-based row of each activity's first line), ``header_row`` (1-based) and ``id_column``
        (0-based, the identifiers').

    Examples
    --------
    >>> rows = [["iati-identifier", "title/narrative", "transaction/transaction-type/@code", "transaction/value"],
    ...         ["XX-1", "Radios", "2", "500"], ["XX-1", "Radios", "2", "700"], ["XX-2", "Boats", "2", "9"]]
    >>> found = iati_table(rows)
    >>> found.rows, found.xml.count(b"<transaction>")
    ([2, 4], 3)
    """
    flat = flat_export(rows)
    if flat is not None:
        rows = flat
    header = _header(rows)
    if header is None:
        return None
    index, columns = header
    id_column = next(j for j, p in columns.items() if p.top == "iati-identifier")
    activities: dict[str, list[list]] = {}
    first: dict[str, int] = {}
    for number, row in enumerate(rows[index + 1 :], start=index + 2):
        key = _text(row[id_column] if id_column < len(row) else None)
        if not key:
            if any(_text(v) for v in row):  # a row with cells but no identifier: an activity of its own
                key = f"\0row {number}"
            else:
                continue
        activities.setdefault(key, []).append(row)
        first.setdefault(key, number)
    countries = any(
        p.top in ("recipient-country", "recipient-region")
        or (
            p.top == "transaction" and any(n in ("recipient-country", "recipient-region") for n, _ in p.steps)
        )
        for p in columns.values()
    )
    assume = country is not None and not countries
    root = Element("iati-activities", {"version": "2.03"})
    for lines in activities.values():
        activity = _activity(lines, columns)
        if assume:
            SubElement(activity, "recipient-country", {"code": str(country), "percentage": "100"})
        root.append(activity)
    xml = tostring(root, encoding="utf-8", xml_declaration=True)
    return Found(xml, list(first.values()), index + 1, id_column, assume)
