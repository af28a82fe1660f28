"""Read IATI activity XML (standard 2.01-2.03) into the projects table.

Partners and aggregators (D-Portal, the IATI Datastore) publish international
technical assistance as IATI activity files. :func:`read_iati` streams such a
file, keeps the activities for one recipient country and returns them as rows
of ``schema.PROJECT_COLUMNS``, with the problems met as ``schema.ISSUE_COLUMNS``
rows and an account of every activity seen.

The rules, one per column
-------------------------
project_id
    The ``iati-identifier``. An activity without one, or repeating one already
    loaded, is rejected (error issue).
partner
    The ``reporting-org``; but when the reporting organisation is an NGO
    acting as intermediary (organisation types 21-24, e.g. a charity or a
    pooled fund) or is itself an implementing ``participating-org`` (role 4,
    same ``ref``), and the activity names exactly one funding
    ``participating-org`` (role 1) with another ``ref``, that funder is the partner. An
    organisation's name is its English narrative, else its first narrative,
    else the name listed for its ``ref`` in ``reference/data/iati_organisations.csv``,
    else the ``ref`` itself.
implementer
    The implementing participating-orgs (role 4), ``"; "``-joined, in file order.
title, description
    The English narrative, else the first. The description is taken from the
    general description (type 1) when there is one, else the first.
start_date, end_date
    Actual dates (types 2 / 4) where present and valid, else planned (1 / 3).
amount, yearly_amounts
    The sum of the budgets. Where an original (type 1) budget overlaps a
    revised (type 2) one, the revised one is used; where a budget's period
    contains other budgets' periods (a yearly total beside quarterly lines),
    the finer lines are used (a budget repeating another's period replaces
    it; other overlaps are all counted, with a warning). When the budgets do
    not add up to a positive
    total, the sum of outgoing commitments (transaction type 2) is used, else
    of incoming commitments (type 11: never both, a pass-through organisation
    reports the same money twice), else of planned disbursements, else of
    disbursements (type 3; these two with an info issue). Budget and planned
    disbursement periods are prorated over their calendar years by days;
    disbursements count in the year of their date. Commitments are signed
    once for years of work: when the disbursements made and planned add up to
    them, those give their years; else commitments all signed in one year,
    for an activity running over several, are spread over the activity's
    dates by days (each said); else each counts in the year of its date
    (``yearly_amounts`` is left empty when a value has no valid date).
    Nothing positive to add up: amount NaN and an info issue.
currency
    One per project: each value's ``currency``, falling back to the
    activity's ``default-currency``. When the values used mix currencies, the
    most frequent currency is kept (ties: the first met), the other values are
    left out, and a warning names the activity. No currency anywhere: a
    warning and NA.
sectors
    ``"15210=60;15130=40"``: DAC 5-digit codes (vocabulary 1 or absent) when
    the activity has any, else DAC 3-digit codes (vocabulary 2), written as
    they are (``"152=100"``). Other vocabularies are ignored (an info issue
    when they are the only ones). An activity without sectors takes them from
    its transactions, weighted by the transactions' values.
beneficiaries
    MIA agency codes named by a participating-org, the title or the
    description (a small regular expression per agency); NA otherwise.
status
    From ``activity-status``: 1 planned, 2 ongoing, 3 and 4 completed,
    5 cancelled, 6 suspended.
lang
    The language of the title when it is en, uk or ru.
source_sheet, source_row, source_cells
    ``""``, the 1-based position of the activity in the file, and
    ``"iati-identifier=<id>"``.

Which activities are kept
-------------------------
An activity is for the country when a ``recipient-country`` at activity level
or on any transaction has its code; others are skipped. Parents and children
(``related-activity`` type 1 parent / type 2 child) are not counted twice: when
a parent and at least one of its children are both kept, the **children are
kept and the parent is skipped**, with an info issue (a warning when the
parent declares children the file does not hold: their money is then not
counted). A multi-country activity is kept whole, with an info issue giving
the country's share.

The file is parsed with defusedxml (no entity expansion, no external
entities) and streamed with ``iterparse``, each activity cleared once read.
A file that is not well-formed is a file-level error issue naming the line,
and none of its activities are loaded.

Examples
--------
>>> import tempfile, pathlib
>>> xml = '''<iati-activities version="2.03"><iati-activity default-currency="EUR">
...   <iati-identifier>XX-1-P1</iati-identifier>
...   <reporting-org ref="XX-1" type="10"><narrative>Donor</narrative></reporting-org>
...   <title><narrative xml:lang="en">Border crossing points</narrative></title>
...   <recipient-country code="UA"/>
...   <budget type="1"><period-start iso-date="2021-01-01"/><period-end iso-date="2021-12-31"/>
...     <value>1000</value></budget>
... </iati-activity></iati-activities>'''
>>> path = pathlib.Path(tempfile.mkdtemp()) / "a.xml"
>>> _ = path.write_text(xml, encoding="utf-8")
>>> is_iati(path)
True
>>> projects, issues, counts = read_iati(path, "a.xml")
>>> projects[["project_id", "partner", "amount", "currency", "yearly_amounts"]].to_dict("records")
[{'project_id': 'XX-1-P1', 'partner': 'Donor', 'amount': 1000.0, 'currency': 'EUR', 'yearly_amounts': '2021=1000'}]
>>> counts
{'rows_read': 1, 'rows_loaded': 1, 'rows_rejected': 0, 'rows_skipped': 0}
"""

from __future__ import annotations

import io
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError

import numpy as np
import pandas as pd
from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse

from mtd_analysis.ingest.periods import amount_text, days_per_year, split_by_days, yearly_text
from mtd_analysis.ingest.sheet import COUNT_KEYS
from mtd_analysis.reference import agencies as agencies_ref
from mtd_analysis.reference import partners as partners_ref
from mtd_analysis.schema import ISSUE_COLUMNS, PROJECT_COLUMNS, empty_frame, issue

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
STATUS_WORDS = {
    "1": "planned",
    "2": "ongoing",
    "3": "completed",
    "4": "completed",
    "5": "cancelled",
    "6": "suspended",
}
INTERMEDIARY_ORG_TYPES = frozenset({"21", "22", "23", "24"})
PROJECT_LANGS = ("en", "uk", "ru")
# IATI 1.x codes for the activity-date and transaction types used here.
DATE_TYPES_1X = {"start-planned": "1", "start-actual": "2", "end-planned": "3", "end-actual": "4"}
TRANSACTION_CODES = {"C": "2", "IC": "11", "D": "3"}
_ROOT_TAG = re.compile(rb"<([A-Za-z_][\w.:-]*)")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class _FileRefused(Exception):
    """The file cannot be read as IATI activities (a file-level error issue)."""

    def __init__(self, message: str, kind: str = "xml"):
        super().__init__(message)
        self.kind = kind


@dataclass(eq=False)
class _Money:
    """One budget or transaction value."""

    value: float
    currency: str | None
    start: date | None = None  # budget period, or the transaction date (start == end)
    end: date | None = None
    budget_type: str = ""
    sectors: list[tuple[str, str | None, float | None]] = field(default_factory=list)


@dataclass
class _Activity:
    """What the reader keeps of one activity until the whole file has been seen."""

    index: int
    identifier: str
    row: dict
    issues: list[dict]
    parent_refs: set[str]
    child_refs: set[str]


# --------------------------------------------------------------------------- sniffing


def is_iati(path: str | Path) -> bool:
    """Whether a file looks like IATI activity XML (root element ``iati-activities``).

    Only the file's head is read (up to 64 KiB, so that a long DOCTYPE or comment before the root is passed).

    Parameters
    ----------
    path : str or Path

    Returns
    -------
    bool

    Examples
    --------
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.xml").write_text('<?xml version="1.0"?>\\n<!-- x --><iati-activities/>')
    >>> _ = (folder / "b.xml").write_text("<iati-organisations/>")
    >>> is_iati(folder / "a.xml"), is_iati(folder / "b.xml")
    (True, False)
    """
    with open(path, "rb") as stream:
        head = stream.read(65536)
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = head.decode("utf-16", errors="ignore").encode("utf-8")
    head = re.sub(rb"<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>", b"", head, flags=re.DOTALL)
    found = _ROOT_TAG.search(head)
    return found is not None and found.group(1) == b"iati-activities"


# --------------------------------------------------------------------------- reference data


@cache
def _organisation_names() -> dict[str, str]:
    """Publisher ``ref`` (upper case) -> partner name, from ``reference/data/iati_organisations.csv``."""
    return partners_ref.iati_publishers()


# --------------------------------------------------------------------------- small parsers


def _text(value: str | None) -> str | None:
    """Stripped text with inner whitespace collapsed, or None when empty."""
    if value is None:
        return None
    value = " ".join(value.split())
    return value or None


def _narratives(element: Element | None, default_lang: str) -> list[tuple[str, str]]:
    """(language, text) of an element's narratives; the element's own text for IATI 1.x."""
    if element is None:
        return []
    found = []
    for narrative in element.findall("narrative"):
        text = _text(narrative.text)
        if text:
            found.append(((narrative.get(XML_LANG) or default_lang).lower(), text))
    if not found and _text(element.text):
        found.append(((element.get(XML_LANG) or default_lang).lower(), _text(element.text)))
    return found


def _english_or_first(narratives: list[tuple[str, str]]) -> tuple[str | None, str | None]:
    """(text, language) of the English narrative, else the first one."""
    for lang, text in narratives:
        if lang == "en":
            return text, lang
    return (narratives[0][1], narratives[0][0]) if narratives else (None, None)


def _parse_date(value: str | None) -> date | None:
    """A date from an ``iso-date`` attribute (time part ignored), or None when it is not a date."""
    if not value or not _ISO_DATE.match(value.strip()):
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def _parse_number(value: str | None) -> float | None:
    """A float from a ``value`` element's text, or None."""
    text = _text(value)
    if text is None:
        return None
    try:
        number = float(text.replace(",", ""))
    except ValueError:
        return None
    return number if np.isfinite(number) else None


# --------------------------------------------------------------------------- money


def _choose_budgets(budgets: list[_Money]) -> tuple[list[_Money], list[str]]:
    """The budgets to add up (revised over original, finer over containing periods), and overlap notes.

    Examples
    --------
    >>> year = _Money(100.0, "USD", date(2022, 1, 1), date(2022, 12, 31), "2")
    >>> halves = [_Money(50.0, "USD", date(2022, 1, 1), date(2022, 6, 30), "2"),
    ...           _Money(50.0, "USD", date(2022, 7, 1), date(2022, 12, 31), "2")]
    >>> original = _Money(80.0, "USD", date(2022, 1, 1), date(2022, 12, 31), "1")
    >>> chosen, notes = _choose_budgets([original, year, *halves])
    >>> [b.value for b in chosen], notes
    ([50.0, 50.0], [])
    """

    def dated(b: _Money) -> bool:
        return b.start is not None and b.end is not None

    def overlaps(a: _Money, b: _Money) -> bool:
        return a.start <= b.end and b.start <= a.end

    revised = [b for b in budgets if dated(b) and b.budget_type == "2"]
    kept = [
        b for b in budgets if not (dated(b) and b.budget_type != "2" and any(overlaps(b, r) for r in revised))
    ]

    def contains(i: int, j: int) -> bool:
        """Budget i's period contains budget j's (same period: the later one is kept)."""
        a, b = kept[i], kept[j]
        if i == j or not (dated(a) and dated(b)) or not (a.start <= b.start and b.end <= a.end):
            return False
        return (a.start, a.end) != (b.start, b.end) or j > i

    chosen = [b for i, b in enumerate(kept) if not any(contains(i, j) for j in range(len(kept)))]
    notes = []
    with_period = [b for b in chosen if dated(b)]
    for i, a in enumerate(with_period):
        for b in with_period[i + 1 :]:
            if overlaps(a, b):
                notes.append(f"{a.start}..{a.end} and {b.start}..{b.end}")
    return chosen, notes


def _dominant_currency(values: list[_Money]) -> tuple[str | None, list[_Money], list[_Money]]:
    """(currency, values in it, values left out) by the most frequent currency (ties: first met)."""
    currencies = [v.currency for v in values if v.currency]
    if not currencies:
        return None, values, []
    counts = Counter(currencies)
    first_met = {c: currencies.index(c) for c in counts}
    currency = max(counts, key=lambda c: (counts[c], -first_met[c]))
    kept = [v for v in values if v.currency == currency]
    return currency, kept, [v for v in values if v.currency != currency]


def _yearly_amounts(values: list[_Money]) -> str | None:
    """``"2020=100;2021=250"`` from dated values, or None when any value cannot be placed in a year."""
    if not values or any(v.start is None or v.end is None or v.end < v.start for v in values):
        return None
    parts: dict[int, list[float]] = {}
    for v in values:
        for year, part in split_by_days(v.value, days_per_year(v.start, v.end)).items():
            parts.setdefault(year, []).append(part)
    per_year = {year: math.fsum(amounts) for year, amounts in parts.items()}
    return yearly_text({y: a for y, a in per_year.items() if round(a, 2) != 0})


def _committed_years(
    commitments: list[_Money],
    total: float,
    currency: str | None,
    disbursed: list[_Money],
    planned: list[_Money],
    period: tuple[date | None, date | None],
) -> tuple[str | None, str | None]:
    """The years of a total made of commitments, and a sentence saying how they were found (None: as dated).

    A commitment is signed once for years of work. When the disbursements made and planned (in the total's
    currency) add up to the total, they are its years; when they add up to less, reach past the last commitment's
    year and the activity gives no dates, they give their years and the rest is in no year; else commitments all
    signed in one year, for an activity running over several, are spread over the activity's dates by days; else
    each counts in the year of its date.
    """
    schedule = [m for m in [*disbursed, *planned] if m.currency == currency]
    if schedule and abs(math.fsum(m.value for m in schedule) - total) <= max(1.0, 0.005 * abs(total)):
        yearly = _yearly_amounts(schedule)
        if yearly:
            return yearly, (
                "the commitments' total is spread over the years as its disbursements and planned disbursements "
                "give it"
            )
    start, end = period
    paid = math.fsum(m.value for m in schedule)
    if (
        (start is None or end is None)
        and schedule
        and 0 < paid < total - max(1.0, 0.005 * abs(total))
        and max((m.end.year for m in schedule if m.end), default=0)
        > max((m.start.year for m in commitments if m.start), default=9999)
        and (known := _yearly_amounts(schedule))
    ):
        # no activity dates to spread the commitments over, disbursed (or planned) in part, and in years after the
        # last commitment's (commitments signed once for years of work, not one a year): the disbursements give their
        # years, the rest of the commitments is placed in no year
        return known, (
            f"the disbursements made and planned ({paid:,.2f}) give their years of the commitments' total "
            f"({total:,.2f}); the rest, {total - paid:,.2f}, is placed in no year (the activity gives no dates)"
        )
    years = {m.start.year for m in commitments if m.start is not None}
    if (
        start
        and end
        and start < end
        and len(years) == 1
        and (start.year != end.year or years != {start.year})
    ):
        signed = years.pop()
        yearly = _yearly_amounts([_Money(total, currency, start, end)])
        return yearly, (
            f"the commitments, signed in {signed}, are spread over the activity's dates ({start} to {end}) by days"
        )
    return _yearly_amounts(commitments), None


def _money(
    budgets: list[_Money],
    transactions: dict[str, list[_Money]],
    default_currency: str | None,
    funder_behind: bool = False,
    planned: list[_Money] | None = None,
    period: tuple[date | None, date | None] = (None, None),
) -> tuple[float, str | None, str | None, list[tuple[str, str, str, str]]]:
    """(amount, currency, yearly_amounts, notes) where notes are (severity, kind, column, message).

    ``funder_behind``: the partner is the funder behind the reporting organisation, whose incoming commitments
    are that funder's money (its budgets and outgoing commitments, what it plans and passes on), so they come
    first. ``planned``: the planned disbursements, counted when there is no budget or commitment. ``period``: the
    activity's start and end, over which commitments signed in one year are spread (see :func:`_committed_years`).
    """
    notes: list[tuple[str, str, str, str]] = []
    chosen_budgets, overlap_notes = _choose_budgets(budgets)
    commitments = [
        ("outgoing commitments (transaction type 2)", transactions.get("2", [])),
        ("incoming commitments (transaction type 11)", transactions.get("11", [])),
    ]
    candidates = [
        ("budgets", chosen_budgets),
        *commitments,
        ("planned disbursements", planned or []),
        ("disbursements (transaction type 3)", transactions.get("3", [])),
        # a promise alone, before any commitment (a project in preparation): spread like a commitment, said
        ("outgoing pledges (transaction type 12)", transactions.get("12", [])),
    ]
    if (
        funder_behind
    ):  # the funder's money is what the reporting implementer received from it, not its own budget
        candidates = [commitments[1], candidates[0], commitments[0], *candidates[-2:]]
    for source, values in candidates:
        if not values:
            continue
        column = "budget" if source == "budgets" else "transaction"
        currency, kept, left_out = _dominant_currency(values)
        total = round(sum(v.value for v in kept), 2)
        if total <= 0:
            continue
        if source == "budgets" and overlap_notes:
            notes.append(
                (
                    "warning",
                    "amount",
                    column,
                    f"budget periods overlap ({'; '.join(overlap_notes)}); all are counted",
                )
            )
        if source.startswith("disbursements"):
            notes.append(
                ("info", "amount", column, "no budget or commitment: the amount is the sum of disbursements")
            )
        if left_out:
            others = sorted({v.currency or "none" for v in left_out})
            notes.append(
                (
                    "warning",
                    "currency",
                    column,
                    f"{source} mix currencies; kept {currency}, left out {len(left_out)} value(s) "
                    f"in {', '.join(others)}",
                )
            )
        if currency is None:
            notes.append(
                ("warning", "currency", column, f"no currency on the {source} nor a default-currency")
            )
        if source.startswith("planned"):
            notes.append(("info", "amount", "planned-disbursement", "no budget or commitment: the amount is the "
                          "sum of the planned disbursements"))  # fmt: skip
        if source.startswith("outgoing pledges"):
            notes.append(("info", "amount", column, "no budget, commitment or disbursement: the amount is the sum of "
                          "the outgoing pledges (promised, not yet committed)"))  # fmt: skip
        if "commitments" in source or "pledges" in source:
            yearly, said = _committed_years(
                kept, total, currency, transactions.get("3", []), planned or [], period
            )
            if said:
                notes.append(("info", "amount", column, said))
            return total, currency, yearly, notes
        return total, currency, _yearly_amounts(kept), notes
    if budgets or transactions:
        notes.append(
            ("info", "amount", "budget", "no budget, commitment or disbursement with a positive total")
        )
    else:
        notes.append(("info", "amount", "budget", "no budget and no transaction; amount left empty"))
    return float("nan"), default_currency, None, notes


# --------------------------------------------------------------------------- sectors


def _sector_rows(element: Element) -> list[tuple[str, str | None, float | None]]:
    """(vocabulary, code, percentage) of an element's ``sector`` children."""
    rows = []
    for sector in element.findall("sector"):
        vocabulary = (sector.get("vocabulary") or "1").strip()
        percentage = _parse_number(sector.get("percentage"))
        rows.append((vocabulary, _text(sector.get("code")), percentage))
    return rows


def _dac_level(vocabulary: str, code: str | None) -> int | None:
    """5 for a DAC 5-digit purpose code, 3 for a DAC 3-digit code, None otherwise."""
    if not code or not code.isdigit():
        return None
    if vocabulary == "1" and len(code) in (3, 5):
        return len(code)
    if vocabulary == "2" and len(code) == 3:
        return 3
    return None


def _sector_shares(rows: list[tuple[str, str | None, float | None]]) -> dict[str, float]:
    """Code -> percentage for the finest DAC level present; missing percentages share what is left."""
    levels = {level for v, c, _ in rows if (level := _dac_level(v, c))}
    if not levels:
        return {}
    level = max(levels)
    picked = [(c, p) for v, c, p in rows if _dac_level(v, c) == level]
    given = sum(p for _, p in picked if p is not None)
    missing = [c for c, p in picked if p is None]
    rest = max(100.0 - given, 0.0) / len(missing) if missing else 0.0
    shares: dict[str, float] = {}
    for code, p in picked:
        shares[code] = shares.get(code, 0.0) + (p if p is not None else rest)
    return shares


def _sectors_text(shares: dict[str, float]) -> str | None:
    """``"15210=60;15130=40"`` sorted by share (largest first), then code."""
    if not shares:
        return None
    ordered = sorted(shares.items(), key=lambda kv: (-round(kv[1], 2), kv[0]))
    return ";".join(f"{code}={amount_text(p)}" for code, p in ordered if round(p, 2) > 0) or None


def _transaction_shares(transactions: list[_Money]) -> dict[str, float]:
    """Code -> percentage from transactions' sectors, weighted by the transactions' values."""
    with_sectors = [(t, shares) for t in transactions if (shares := _sector_shares(t.sectors))]
    if not with_sectors:
        return {}
    level = max(len(next(iter(shares))) for _, shares in with_sectors)
    picked = [(t, shares) for t, shares in with_sectors if len(next(iter(shares))) == level]
    weights = [abs(t.value) for t, _ in picked]
    if sum(weights) == 0:
        weights = [1.0] * len(picked)
    weighted: dict[str, float] = {}
    for (_, shares), weight in zip(picked, weights, strict=True):
        for code, p in shares.items():
            weighted[code] = weighted.get(code, 0.0) + weight * p
    total = sum(weighted.values())
    return {code: 100 * w / total for code, w in weighted.items()} if total else {}


def _sectors(
    activity_rows: list[tuple[str, str | None, float | None]], transactions: list[_Money]
) -> tuple[str | None, str | None]:
    """(sectors text, info message or None): activity sectors, else the transactions' sectors."""
    shares = _sector_shares(activity_rows)
    if not activity_rows:
        shares = _transaction_shares(transactions)
        activity_rows = [row for t in transactions for row in t.sectors]
    message = None
    if not shares and activity_rows:
        vocabularies = sorted({v for v, _, _ in activity_rows}, key=lambda v: (len(v), v))
        message = f"sectors only in non-DAC vocabularies ({', '.join(vocabularies)}); sectors left empty"
    return _sectors_text(shares), message


# --------------------------------------------------------------------------- one activity


def _org_name(element: Element, default_lang: str) -> str | None:
    """An organisation's English narrative, else first narrative, else known name of its ref, else ref."""
    name, _ = _english_or_first(_narratives(element, default_lang))
    ref = _text(element.get("ref"))
    if name is None and ref:
        name = _organisation_names().get(ref.upper(), ref)
    return name


def _partner(activity: Element, default_lang: str) -> tuple[str | None, bool]:
    """The reporting org, or its single funder when the reporting org is an NGO intermediary or is itself the
    activity's implementer (GIZ reporting work the Foreign Office funds; IOM, Japan's); and whether it is that
    funder. Organisations are told apart by ``ref``; a funder without one counts only when its name is a partner
    of ``partners.csv`` ("Government of Japan", not "Donations public - unrestricted own resources")."""
    from mtd_analysis.ingest.partners import canonical_partner, is_listed_partner

    def key(org: Element) -> str:
        ref = (_text(org.get("ref")) or "").upper()
        name = _org_name(org, default_lang)
        return ref or (canonical_partner(name).casefold() if name and is_listed_partner(name) else "")

    reporting = activity.find("reporting-org")
    name = _org_name(reporting, default_lang) if reporting is not None else None
    orgs = activity.findall("participating-org")
    funders = [o for o in orgs if (o.get("role") or "").strip() == "1"]
    funder_keys = {key(o) for o in funders}
    reporting_type = (reporting.get("type") or "").strip() if reporting is not None else ""
    reporting_keys = (
        {k for k in ((_text(reporting.get("ref")) or "").upper(), key(reporting)) if k}
        if reporting is not None
        else set()
    )
    if name is not None:
        reporting_keys.add(canonical_partner(name).casefold())
    implements = any(
        (o.get("role") or "").strip() == "4"
        and (key(o) in reporting_keys or _same_name(o, name, default_lang))
        for o in orgs
    )
    if len(funder_keys) == 1 and "" not in funder_keys and not funder_keys & reporting_keys:
        if name is None or reporting_type in INTERMEDIARY_ORG_TYPES or implements:
            return _org_name(funders[0], default_lang), True
    return name, False


def _same_name(org: Element, name: str | None, default_lang: str) -> bool:
    """Whether an organisation is named as ``name`` is (the same partner once canonical)."""
    from mtd_analysis.ingest.partners import canonical_partner

    own = _org_name(org, default_lang)
    return bool(own and name) and canonical_partner(own).casefold() == canonical_partner(name).casefold()


def _beneficiaries(texts: list[str]) -> str | None:
    """``;``-joined MIA agency codes named in the texts, in the agencies table's order.

    Examples
    --------
    >>> _beneficiaries(["Обладнання для Державної прикордонної служби", "support to the National Police"])
    'NPU;SBGS'
    >>> _beneficiaries(["SMS alerts for households"]) is None
    True
    """
    joined = "\n".join(texts)
    codes = [code for code, pattern in agencies_ref.agency_patterns().items() if pattern.search(joined)]
    return ";".join(codes) or None


def _money_element(element: Element, default_currency: str | None) -> tuple[float | None, str | None, str]:
    """(value, currency, raw text) of an element's ``value`` child."""
    value = element.find("value")
    if value is None:
        return None, None, ""
    currency = _text(value.get("currency")) or default_currency
    return _parse_number(value.text), currency.upper() if currency else None, (value.text or "").strip()


@dataclass
class _Notes:
    """The issues of one activity, each named after the project (``name``) and its activity number."""

    index: int
    name: str
    issues: list[dict] = field(default_factory=list)

    def __call__(self, severity: str, kind: str, column: str | None, message: str) -> None:
        text = f"{self.name}: {message}"
        self.issues.append(issue("", text, row=self.index, column=column, severity=severity, kind=kind))


def _activity_dates(activity: Element, note: _Notes) -> tuple[date | None, date | None]:
    """Start and end: actual over planned; unreadable dates are warnings."""
    dates: dict[str, date] = {}
    for element in activity.findall("activity-date"):
        kind = (element.get("type") or "").strip()
        kind = DATE_TYPES_1X.get(kind, kind)
        raw = element.get("iso-date")
        parsed = _parse_date(raw)
        if parsed is None:
            note(
                "warning", "date", f"activity-date[@type={kind}]", f"iso-date {raw!r} is not a date; ignored"
            )
        elif kind not in dates:
            dates[kind] = parsed
    start = dates.get("2") or dates.get("1")
    end = dates.get("4") or dates.get("3")
    if start and end and end < start:
        note("warning", "date", "activity-date", f"end date {end} is before start date {start}")
    return start, end


def _budgets(activity: Element, default_currency: str | None, note: _Notes) -> list[_Money]:
    budgets = []
    for element in activity.findall("budget"):
        value, currency, raw = _money_element(element, default_currency)
        if value is None:
            note("warning", "amount", "budget", f"budget value {raw!r} is not a number; ignored")
            continue
        period = []
        for edge in ("period-start", "period-end"):
            found = element.find(edge)
            raw_date = found.get("iso-date") if found is not None else None
            period.append(_parse_date(raw_date))
            if period[-1] is None:
                said = f"{raw_date!r} is not a date" if raw_date else "is not given"
                note("warning", "date", f"budget/{edge}", f"budget {edge} {said}")
        budget_type = (element.get("type") or "1").strip()
        budgets.append(_Money(value, currency, period[0], period[1], budget_type))
    return budgets


def _planned_disbursements(activity: Element, default_currency: str | None, note: _Notes) -> list[_Money]:
    """The activity's planned disbursements, each over its period (its start alone when it has no end)."""
    planned = []
    for element in activity.findall("planned-disbursement"):
        value, currency, raw = _money_element(element, default_currency)
        if value is None:
            note(
                "warning",
                "amount",
                "planned-disbursement",
                f"planned disbursement {raw!r} is not a number; ignored",
            )
            continue
        edges = [element.find(edge) for edge in ("period-start", "period-end")]
        start, end = (_parse_date(e.get("iso-date")) if e is not None else None for e in edges)
        planned.append(_Money(value, currency, start, end or start))
    return planned


def _transactions(
    elements: list[Element], default_currency: str | None, note: _Notes
) -> tuple[dict[str, list[_Money]], list[_Money]]:
    """Transactions by type code, and all of them in order."""
    transactions: dict[str, list[_Money]] = {}
    every = []
    for element in elements:
        type_element = element.find("transaction-type")
        code = (type_element.get("code") or "").strip() if type_element is not None else ""
        code = TRANSACTION_CODES.get(code, code)
        value, currency, raw = _money_element(element, default_currency)
        if value is None:
            note("warning", "amount", "transaction", f"transaction value {raw!r} is not a number; ignored")
            continue
        date_element = element.find("transaction-date")
        raw_date = date_element.get("iso-date") if date_element is not None else None
        when = _parse_date(raw_date)
        if when is None:
            value_element = element.find("value")
            when = _parse_date(value_element.get("value-date")) if value_element is not None else None
        money = _Money(value, currency, when, when, sectors=_sector_rows(element))
        transactions.setdefault(code, []).append(money)
        every.append(money)
    return transactions, every


def _people(
    activity: Element, default_lang: str, title: str | None
) -> tuple[str | None, str | None, str | None]:
    """Implementers (participating orgs of role 4), beneficiary agencies named anywhere, and the status word."""
    implementers = []
    for org in activity.findall("participating-org"):
        org_name = _org_name(org, default_lang)
        if (org.get("role") or "").strip() == "4" and org_name and org_name not in implementers:
            implementers.append(org_name)
    org_texts = [text for org in activity.findall("participating-org") for _, text in _narratives(org, "")]
    all_descriptions = [text for d in activity.findall("description") for _, text in _narratives(d, "")]
    beneficiaries = _beneficiaries(org_texts + [title or ""] + all_descriptions)
    status_element = activity.find("activity-status")
    status_code = (status_element.get("code") or "").strip() if status_element is not None else ""
    return "; ".join(implementers) or None, beneficiaries, STATUS_WORDS.get(status_code, status_code or None)


def _row_notes(row: dict, countries: list[tuple[str, float | None]], country: str, note: _Notes) -> None:
    """Warnings about damaged text, and a note when the activity covers several countries."""
    damaged = [c for c in ("partner", "implementer", "title", "description") if row[c] and "\ufffd" in row[c]]
    if damaged:
        note(
            "warning",
            "text",
            ", ".join(damaged),
            f"replacement characters (\ufffd) in {', '.join(damaged)}: the publisher's text was "
            "damaged by a wrong encoding",
        )
    if len(countries) > 1:
        share = next((p for code, p in countries if code == country), None)
        share_text = f"{country} {amount_text(share)}%" if share is not None else f"{country} share not given"
        note(
            "info",
            "country",
            "recipient-country",
            f"activity covers {len(countries)} countries ({share_text}); the amount is the whole activity's",
        )


def _for_country(activity: Element, country: str) -> list[tuple[str, float | None]] | None:
    """The activity's recipient countries (code, percentage), or None when ``country`` is not among them."""
    countries = [
        ((_text(c.get("code")) or "").upper(), _parse_number(c.get("percentage")))
        for c in activity.findall("recipient-country")
    ]
    on_transactions = any(
        (_text(c.get("code")) or "").upper() == country
        for t in activity.findall("transaction")
        for c in t.findall("recipient-country")
    )
    return countries if any(code == country for code, _ in countries) or on_transactions else None


def _read_activity(
    activity: Element, index: int, root_lang: str, country: str
) -> tuple[str, _Activity | None]:
    """('skip' | 'reject' | 'keep', activity record) for one ``iati-activity`` element."""
    country = country.upper()
    default_lang = (activity.get(XML_LANG) or root_lang or "").lower()
    default_currency = _text(activity.get("default-currency"))
    default_currency = default_currency.upper() if default_currency else None
    identifier = _text(activity.findtext("iati-identifier"))
    countries = _for_country(activity, country)
    if countries is None:
        return "skip", None

    title, title_lang = _english_or_first(_narratives(activity.find("title"), default_lang))
    descriptions = activity.findall("description")
    general = [d for d in descriptions if (d.get("type") or "1").strip() == "1"] or descriptions
    description, _ = _english_or_first(_narratives(general[0], default_lang)) if general else (None, None)
    note = _Notes(index, f"project {identifier or '(no identifier)'} '{title or ''}' (activity {index})")
    if identifier is None:
        note("error", "identifier", "iati-identifier", "no iati-identifier; activity not loaded")
        return "reject", _Activity(index, "", {}, note.issues, set(), set())
    partner, funder_behind = _partner(activity, default_lang)
    funders = sorted(
        {
            n
            for o in activity.findall("participating-org")
            if (o.get("role") or "").strip() == "1" and (n := _org_name(o, default_lang))
        }
    )
    if not funder_behind and len(funders) > 1 and partner not in funders:
        note(
            "warning",
            "partner",
            "participating-org",
            f"the activity names {len(funders)} funders ({', '.join(funders[:4])}"
            + (f" and {len(funders) - 4} more" if len(funders) > 4 else "")
            + f") without their shares: credited to "
            f"{partner}, the reporting organisation; give each funder's activity or share",
        )
    if partner is None:
        note("error", "partner", "reporting-org", "no reporting-org or funder named; activity not loaded")
        return "reject", _Activity(index, identifier, {}, note.issues, set(), set())

    start, end = _activity_dates(activity, note)
    budgets = _budgets(activity, default_currency, note)
    transactions, all_transactions = _transactions(activity.findall("transaction"), default_currency, note)
    planned = _planned_disbursements(activity, default_currency, note)
    amount, currency, yearly, money_notes = _money(
        budgets, transactions, default_currency, funder_behind, planned, (start, end)
    )
    for severity, kind, column, message in money_notes:
        note(severity, kind, column, message)
    sectors, sector_message = _sectors(_sector_rows(activity), all_transactions)
    if sector_message:
        note("info", "sector", "sector", sector_message)
    implementer, beneficiaries, status = _people(activity, default_lang, title)

    row = {
        "project_id": identifier,
        "partner": partner,
        "implementer": implementer,
        "title": title,
        "description": description,
        "beneficiaries": beneficiaries,
        "declared_priority": None,
        "start_date": start.isoformat() if start else None,
        "end_date": end.isoformat() if end else None,
        "amount": amount,
        "currency": currency,
        "yearly_amounts": yearly,
        "status": status,
        "sectors": sectors,
        "lang": title_lang if title_lang in PROJECT_LANGS else None,
        "source_sheet": "",
        "source_row": index,
        "source_cells": f"iati-identifier={identifier}",
    }
    _row_notes(row, countries, country, note)
    relations = [
        ((r.get("type") or "").strip(), _text(r.get("ref"))) for r in activity.findall("related-activity")
    ]
    parents = {ref for kind, ref in relations if kind == "1" and ref}
    children = {ref for kind, ref in relations if kind == "2" and ref}
    return "keep", _Activity(index, identifier, row, note.issues, parents, children)


# --------------------------------------------------------------------------- the file


def _stream_activities(path: Path | bytes, country: str, counts: dict, issues: list[dict]) -> list[_Activity]:
    """Activities for the country (duplicates and rejects accounted in ``counts`` and ``issues``); ``path`` may
    be the document itself (a table's activities, :mod:`mtd_analysis.ingest.iati_table`)."""
    kept: list[_Activity] = []
    seen: set[str] = set()
    root = None
    root_lang = ""
    depth = 0
    with io.BytesIO(path) if isinstance(path, bytes) else open(path, "rb") as stream:
        for event, element in iterparse(stream, events=("start", "end")):
            if event == "start":
                depth += 1
                if root is None:
                    root = element
                    if element.tag != "iati-activities":
                        raise _FileRefused(
                            f"root element is <{element.tag}>, not <iati-activities>", kind="format"
                        )
                    root_lang = element.get(XML_LANG) or ""
                continue
            depth -= 1
            if depth != 1:
                continue
            # A child of the root has been read whole: use it, then let it go.
            root.remove(element)
            if element.tag != "iati-activity":
                continue
            counts["rows_read"] += 1
            outcome, activity = _read_activity(element, counts["rows_read"], root_lang, country)
            if outcome == "skip":
                counts["rows_skipped"] += 1
            elif outcome == "reject":
                counts["rows_rejected"] += 1
                issues.extend(activity.issues)
            elif activity.identifier in seen:
                counts["rows_rejected"] += 1
                message = (
                    f"project {activity.identifier} '{activity.row['title'] or ''}' (activity {activity.index}): "
                    "iati-identifier already loaded from an earlier activity; this one is not loaded"
                )
                issues.append(
                    issue("", message, row=activity.index, column="iati-identifier", kind="duplicate")
                )
            else:
                seen.add(activity.identifier)
                kept.append(activity)
    if root is None:
        raise _FileRefused("the file holds no XML element", kind="format")
    return kept


def _skip_parents(activities: list[_Activity], counts: dict) -> tuple[list[_Activity], list[dict]]:
    """Drop parents whose children are also kept (children carry the money); info issues for them."""
    by_id = {a.identifier: a for a in activities}
    children_of: dict[str, set[str]] = {}
    for a in activities:
        for child in a.child_refs:
            if child in by_id and child != a.identifier:
                children_of.setdefault(a.identifier, set()).add(child)
        for parent in a.parent_refs:
            if parent in by_id and parent != a.identifier:
                children_of.setdefault(parent, set()).add(a.identifier)
    kept, issues = [], []
    for a in activities:
        children = sorted(children_of.get(a.identifier, []))
        if not children:
            kept.append(a)
            continue
        for child in children:  # projects.csv's parent_id: the programme the child activity belongs to
            by_id[child].row.setdefault("parent_id", a.identifier)
        counts["rows_skipped"] += 1
        missing = sorted(a.child_refs - set(by_id))
        message = (
            f"project {a.identifier} '{a.row['title'] or ''}' (activity {a.index}): parent activity not loaded, "
            f"so that money is not counted twice: its child activit{'y' if len(children) == 1 else 'ies'} "
            f"{', '.join(children)} {'is' if len(children) == 1 else 'are'} loaded instead"
        )
        severity = "info"
        if missing:
            severity = "warning"
            message += (
                f"; {len(missing)} other declared child activit{'y is' if len(missing) == 1 else 'ies are'} "
                f"not loaded ({', '.join(missing)}): not in the file or not for this country, so not counted"
            )
        issues.append(
            issue("", message, row=a.index, column="related-activity", severity=severity, kind="hierarchy")
        )
    return kept, issues


def _projects_frame(rows: list[dict]) -> pd.DataFrame:
    """The projects table in canonical column order and dtypes."""
    if not rows:
        frame = empty_frame(PROJECT_COLUMNS)
    else:
        frame = pd.DataFrame(rows, columns=PROJECT_COLUMNS)
    return frame.assign(amount=frame["amount"].astype(float), source_row=frame["source_row"].astype(np.int64))


def _issues_frame(issues: list[dict], source_file: str) -> pd.DataFrame:
    """The issues table: file-level issues first, then by activity, in the order met."""
    if not issues:
        return empty_frame(ISSUE_COLUMNS)
    frame = pd.DataFrame(
        [
            {
                "file": source_file,
                "sheet": "",
                **{k: i.get(k) for k in ("row", "column", "severity", "kind", "message")},
            }
            for i in issues
        ],
        columns=ISSUE_COLUMNS,
    )
    frame = frame.assign(row=frame["row"].astype("Int64"))
    order = frame["row"].fillna(0).astype(np.int64).to_numpy()
    return frame.iloc[np.argsort(order, kind="stable")].reset_index(drop=True)


def read_iati(
    path: str | Path | bytes, source_file: str, country: str = "UA"
) -> tuple[pd.DataFrame, pd.DataFrame, dict[str, int]]:
    """Read an IATI activity file into projects, issues and counts.

    The rules for each column, for the country filter and for parent and
    child activities are in the module docstring. The file is streamed, so
    its size does not bound the memory needed.

    Parameters
    ----------
    path : str, Path or bytes
        The XML file, or the XML document itself.
    source_file : str
        The path to show in ``source_file`` and in issues (relative, POSIX).
    country : str, default "UA"
        ISO 3166-1 alpha-2 code of the recipient country to keep.

    Returns
    -------
    projects : DataFrame
        ``schema.PROJECT_COLUMNS``, one row per loaded activity, in file order.
    issues : DataFrame
        ``schema.ISSUE_COLUMNS``; a file that is not well-formed XML, declares
        entities or is not an activity file yields one error issue and no projects.
    counts : dict
        ``rows_read`` (activities seen), ``rows_loaded``, ``rows_rejected``,
        ``rows_skipped`` (other countries, parents of loaded children), with
        ``rows_read == rows_loaded + rows_rejected + rows_skipped``.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "broken.xml"
    >>> _ = path.write_text("<iati-activities>\\n<iati-activity>\\n</iati-activities>")
    >>> projects, issues, counts = read_iati(path, "broken.xml")
    >>> len(projects), issues.loc[0, "severity"], int(issues.loc[0, "row"])
    (0, 'error', 3)
    """
    path = path if isinstance(path, bytes) else Path(path)
    counts = dict.fromkeys(COUNT_KEYS, 0)
    issues: list[dict] = []
    try:
        activities = _stream_activities(path, country, counts, issues)
    except (ParseError, DefusedXmlException, _FileRefused) as error:
        if isinstance(error, ParseError):
            line = error.position[0]
            message = (
                f"{source_file}: not well-formed XML at line {line}, column {error.position[1] + 1} ({error})"
            )
            kind = "xml"
        elif isinstance(error, DefusedXmlException):
            line = None
            message = f"{source_file}: refused: the XML declares entities or external references ({error})"
            kind = "xml"
        else:
            line, kind = None, error.kind
            message = f"{source_file}: not an IATI activity file: {error}"
        if counts["rows_read"]:
            message += f"; none of the {counts['rows_read']} activities read before it are loaded"
        counts = {**counts, "rows_loaded": 0, "rows_rejected": counts["rows_read"], "rows_skipped": 0}
        error_issue = issue(source_file, message, row=line, column=None, kind=kind)
        return _projects_frame([]), _issues_frame([error_issue], source_file), counts
    other_countries = counts["rows_skipped"]
    kept, hierarchy_issues = _skip_parents(activities, counts)
    for activity in kept:
        issues.extend(activity.issues)
    issues.extend(hierarchy_issues)
    if other_countries:
        message = (
            f"{source_file}: {other_countries} of {counts['rows_read']} activities are not for "
            f"{country.upper()} and were skipped"
        )
        issues.append(
            issue(source_file, message, column="recipient-country", severity="info", kind="country")
        )
    counts["rows_loaded"] = len(kept)
    rows = [{**a.row, "source_file": source_file} for a in kept]
    return _projects_frame(rows), _issues_frame(issues, source_file), counts
