"""Programme and component rows: a programme row followed by its components is counted once.

Partners list a programme and then its components, marked by numbering (1 / 1.1 / 1.2),
indentation, Excel's outline levels (grouped rows) or a word ("incl.", "у т.ч.", "в т.ч.",
"з них"). The components are compared with the programme's amount:

- they add up to it (within rounding: 0.5 % or one unit): the components are the projects and
  the programme row is skipped, with an info issue;
- they add up to less: the remainder stays with the programme as its own line, with a warning;
- they add up to more: an error names the rows; the components are counted and the programme
  row is not.

Either way nothing is counted twice, and every component keeps a reference to its programme
(``parent``, which the build turns into ``parent_id``).

Examples
--------
>>> records = [{"title": "Programme", "amount": 100.0, "currency": "EUR", "_index": 1, "_number": "1"},
...            {"title": "Part A", "amount": 60.0, "currency": "EUR", "_index": 2, "_number": "1.1"},
...            {"title": "Part B", "amount": 40.0, "currency": "EUR", "_index": 3, "_number": "1.2"}]
>>> kept, skipped, issues = resolve_programmes(records, lambda i: i + 1)
>>> [r["title"] for r in kept], skipped, [r["parent"]["title"] for r in kept]
(['Part A', 'Part B'], 1, ['Programme', 'Programme'])
>>> issues[0]["severity"], issues[0]["row_index"]
('info', 1)
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable

from mtd_analysis.ingest.periods import days_per_year, split_by_days, yearly_text, yearly_values
from mtd_analysis.ingest.values import EQUIVALENT_SAID, clean_text, normalise_key
from mtd_analysis.schema import source_cell_names

__all__ = ["COMPONENT_MARKER", "component_marker", "resolve_programmes"]

#: Words saying "of which" ("incl.", "у т.ч.", "в т.ч.", "з них" ...): a component under the row above, or a
#: year's part of a total (see amounts and layouts), as a regular expression's alternatives.
OF_WHICH = (
    r"incl(?:uding\b|\.|\b)|of which\b|у т\.?\s*ч\b\.?|в т\.?\s*ч\b\.?|у тому числі\b|в тому числі\b"
    r"|в том числе\b|з них\b|из них\b|зокрема\b"
)
#: Words that introduce a component under the row above.
COMPONENT_MARKER = re.compile(rf"^\s*(?:{OF_WHICH})\s*[:.\-–—]?\s*", re.IGNORECASE)
_NUMBERING = re.compile(r"^\s*(\d{1,5}(?:\.\d{1,4})*)\.?(?:\s|$)")
#: A position lettered in the number column ("A", "A.1", "B.2"), as a list of items under projects is numbered.
_LETTERED = re.compile(r"\s*([A-ZА-ЯІЇЄҐ](?:\.\d{1,4})*)\.?\s*")
_BULLETS = "-–—•·*"  # what a component's title may start with
_BULLET = re.compile(rf"^\s*[{re.escape(_BULLETS)}]\s+")
#: Components match their programme when they differ by no more than this share of it (or one unit).
ROUNDING = 0.005


def component_marker(text) -> str | None:
    """The text after a component word ("у т.ч. Навчання" -> "Навчання"), "" for the word alone, else None.

    Examples
    --------
    >>> component_marker("у т.ч. Навчання"), component_marker("incl.:"), component_marker("Including police")
    ('Навчання', '', 'police')
    >>> component_marker("Inclusive policing") is None
    True
    """
    if not isinstance(text, str):
        return None
    m = COMPONENT_MARKER.match(text)
    return text[m.end() :].strip() if m else None


def _number_level(number, title) -> int | None:
    """1 for "1" / "1." / 1.0 / "A", 2 for "1.1" / 1.1 / "A.1", 3 for "1.1.2"; from the number cell or the title's
    start (a letter only in the number cell: "A new …" opens a title)."""
    if isinstance(number, (int, float)) and not isinstance(number, bool):
        return 1 if float(number).is_integer() else 2
    if isinstance(number, str) and (
        lettered := _LETTERED.fullmatch(number)
    ):  # "A", "A.1", "B.2" in the № column
        return lettered.group(1).count(".") + 1
    for text in (number, title):
        if isinstance(text, str):
            m = _NUMBERING.match(text)
            if m:
                return m.group(1).count(".") + 1
    return None


def _indent(title, excel_indent: int = 0) -> int | None:
    """Indentation steps of a title: Excel's indent level, plus two spaces (or a tab, or a bullet) per step;
    one stray space is none."""
    if not isinstance(title, str) or not title.strip():
        return None
    spaces = (
        len(title) - len(title.lstrip(" \u00a0\t")) + title[: len(title) - len(title.lstrip())].count("\t")
    )
    return excel_indent + spaces // 2 + (1 if _BULLET.match(title) else 0)


def _indents(records: list[dict]) -> list[int | None]:
    """:func:`_indent` of every record's title; a title that starts with neither a space nor a bullet is as
    deep as Excel indents it (the common case, without a call)."""
    out = []
    for rec in records:
        title = rec.get("_raw_title")
        if isinstance(title, str) and title and not title[0].isspace() and title[0] not in _BULLETS:
            out.append(rec.get("_excel_indent", 0))
        else:
            out.append(_indent(title, rec.get("_excel_indent", 0)))
    return out


def _numbers(records: list[dict]) -> list[int | None]:
    """Depth from the number cells, or from "1.1 Training" in the titles when most titles are numbered so."""
    numbers = [None if (v := r.get("_number")) is None else _number_level(v, None) for r in records]
    if all(n is None for n in numbers):
        in_titles = [_number_level(None, r.get("_raw_title")) for r in records]
        numbers = in_titles if sum(n is not None for n in in_titles) * 2 >= len(records) else numbers
    return numbers


def _indented_parts_add_up(records: list[dict], indents: list[int | None]) -> bool:
    """Whether the rows indented under each less indented row add up to its amount, in its currency (±0.5 %)."""
    i = 0
    while i < len(records):
        j = i + 1
        while j < len(records) and (indents[j] or 0) > (indents[i] or 0):
            j += 1
        if j > i + 1:
            parent, parts = records[i], records[i + 1 : j]
            total = parent.get("amount")
            amounts = [r.get("amount") for r in parts]
            if (
                total is None
                or any(a is None for a in amounts)
                or any(r.get("currency") != parent.get("currency") for r in parts)
                or abs(sum(amounts) - total) > 0.005 * abs(total) + 0.5
            ):
                return False
        i = j
    return True


def _levels(records: list[dict], outline: dict[int, int]) -> list[int]:
    """Each record's depth from the first signal that varies: outline levels, numbering, indentation."""
    signals = (
        lambda: [outline.get(r["_index"], 0) + 1 for r in records] if outline else [],
        lambda: _numbers(records),
        lambda: _indents(records),
    )
    levels = [1] * len(records)
    for k, signal in enumerate(signals):  # computed one after the other, only until one varies
        values = signal()
        distinct = sorted({v for v in values if v is not None})
        if len(distinct) >= 2:
            rank = {v: i + 1 for i, v in enumerate(distinct)}
            levels = [rank[v] if v is not None else 1 for v in values]
            break
        if k == 1 and len(records) > 1 and distinct and all(v is not None for v in values):
            # every row numbered at one level ("1", "2", "3"): an indented row is a component only where the
            # indented rows under a row add up to it (a running number), not where one was indented by mistake
            indents = _indents(records)
            if len({v for v in indents if v is not None}) >= 2 and _indented_parts_add_up(records, indents):
                continue
            break
    above = 0
    for i, rec in enumerate(records):  # "у т.ч. ...": one level under the last row without the word
        if rec.get("_marked"):
            levels[i] = max(levels[i], above + 1)
        else:
            above = levels[i]
    return levels


#: A component's letter in the number cell ("а)", "b)", "c."): an item of the list a marker row opened.
_LETTER_ITEM = re.compile(r"\s*[a-zа-яіїєґ]\s*[).]\s*", re.IGNORECASE)


def _marker_groups(records: list[dict], levels: list[int]) -> None:
    """After a row holding only "incl.:" / "у т.ч.:", the following rows are components while they add up; under a
    programme with no amount of its own, while they are lettered ("а)", "б)")."""
    for i, rec in enumerate(records):
        if not rec.get("_components_follow"):
            continue
        total, amount = 0.0, rec.get("amount")
        if amount is None:
            for k, j in enumerate(range(i + 1, len(records))):
                number = records[j].get("_number")
                if (
                    not isinstance(number, str)
                    or not _LETTER_ITEM.fullmatch(number)
                    or levels[j] > levels[i]
                    or number.strip()[0].lower() not in ("abcdefgh"[k : k + 1], "абвгдежз"[k : k + 1])
                ):
                    break  # the letters run a), b), c) from the first: another list's after them
                levels[j] = levels[i] + 1
            continue
        for j in range(i + 1, len(records)):
            part = records[j].get("amount")
            if part is None or levels[j] > levels[i] or total + part > amount * (1 + ROUNDING) + 1:
                break
            levels[j] = levels[i] + 1
            total += part
            if abs(total - amount) <= max(1.0, amount * ROUNDING):
                break


def _number_of(rec: dict) -> str | None:
    """A record's outline number ("5.3"), from its number cell or its title's start; None when it has none."""
    for text in (rec.get("_number"), rec.get("_raw_title")):
        if isinstance(text, (int, float)) and not isinstance(text, bool):
            text = f"{text:g}"
        if isinstance(text, str) and (m := _NUMBERING.match(text)):
            return m.group(1)
    return None


def _parents(
    levels: list[int], broken: list[bool], numbers: list[str | None] | None = None
) -> list[int | None]:
    """The programme of each record: the nearest record above at a lower level (or, for rows grouped above
    their summary row as Excel does by default, the next record below at a lower level). ``broken[i]``: a
    heading, totals row or note lies between record i - 1 and record i; no programme reaches across it."""
    parents: list[int | None] = [None] * len(levels)
    stack: list[int] = []
    for i, level in enumerate(levels):
        if broken[i]:
            stack = []
        while stack and levels[stack[-1]] >= level:
            stack.pop()
        parents[i] = stack[-1] if stack else None
        stack.append(i)
    top = min(levels, default=1)
    for i, level in enumerate(levels):
        if parents[i] is None and level > top:
            below = next((j for j in range(i + 1, len(levels)) if levels[j] < level or broken[j]), None)
            if (
                below is not None
                and not broken[below]
                and levels[below] < level
                and all(parents[k] is None for k in range(i, below))
                # "5.3" is no part of "6": numbered rows name their programme
                and not (
                    numbers
                    and numbers[i]
                    and numbers[below]
                    and "." in numbers[i]
                    and not numbers[i].startswith(numbers[below] + ".")
                )
            ):
                parents[i] = below
    return parents


def _parents_by_reference(records: list[dict], parents: list[int | None]) -> None:
    """A row naming its parent by the parent's code ("Parent ID": 10, as a list or a database exports a hierarchy)
    is a component of the row with that code, wherever it stands."""
    refs = {
        i: _code_key(r.get("_parent_ref")) for i, r in enumerate(records) if r.get("_parent_ref") is not None
    }
    if not refs:
        return
    by_code = {_code_key(r.get("code")): i for i, r in enumerate(records) if r.get("code") is not None}
    # a reference may name the parent by its title ("Component of: Patrol Police Development Program")
    by_title: dict[str, int] = {}
    for i, r in enumerate(records):
        if r.get("title") and i not in refs:
            by_title.setdefault(normalise_key(r["title"]), i)
    for i, ref in refs.items():
        j = by_code.get(ref)
        if j is None and (k := by_title.get(normalise_key(records[i]["_parent_ref"]))) is not None:
            # a programme of the same funder (another's is no parent of this row)
            j = k if records[i].get("partner") in (None, records[k].get("partner")) else None
        if j is not None and j != i and _within(records[i], records[j]):
            parents[i] = j


def _within(part: dict, whole: dict) -> bool:
    """Whether a component's dates lie within its programme's (where both give them): a "parent" whose project
    ended before the part began is an earlier phase, not the programme it belongs to."""
    starts, ends = (
        (part.get("start_date"), whole.get("start_date")),
        (part.get("end_date"), whole.get("end_date")),
    )
    if all(starts) and starts[0] < starts[1]:
        return False
    return not (all(ends) and ends[0] > ends[1])


def _code_key(value) -> str:
    """A code as compared: 10, 10.0 and "10" alike."""
    text = str(value).strip()
    return text[:-2] if text.endswith(".0") and text[:-2].isdigit() else text


def _declared_totals(programme: dict, parts: list[dict]) -> list[dict] | None:
    """The components with the totals they declare (``_declared_total``: a row whose year columns overruled its
    total, for want of dates) when those add up to the programme's amount, or when the programme gives no amount
    and dates them (its start and end); None otherwise, or when none declares one.
    """
    amount = programme.get("amount")
    if not any("_declared_total" in part for part in parts):
        return None
    totals = [part.get("_declared_total", part.get("amount")) for part in parts]
    if any(t is None for t in totals):
        return None
    if amount is None and not (programme.get("start_date") and programme.get("end_date")):
        return None
    if amount is not None and abs(sum(totals) - amount) > max(1.0, abs(amount) * ROUNDING):
        return None
    return [dict(part, amount=total) for part, total in zip(parts, totals, strict=True)]


#: A line giving a sum's equivalent in another currency: "(еквівалент)", "EUR equivalent", "по курсу", "≈".
_EQUIVALENT_LINE = re.compile(rf"{EQUIVALENT_SAID.pattern}|≈|approx|екв\.|экв\.", re.IGNORECASE)
#: The words a line of a project's money may say besides its marker and currency: "part", "funds", "кошти" …
_MONEY_WORDS = frozenset(
    "part portion share funds funding money amount component in the of сума сумма частина часть кошти коштів средства "
    "средств у в на".split()
)


def names_only_money(title) -> bool:
    """Whether a component's title names only money in a currency ("incl. USD part", "в т.ч. средства в долл. США*",
    "у т.ч. кошти в гривнях"), no work of its own.

    Examples
    --------
    >>> names_only_money("incl. USD part"), names_only_money("в т.ч. средства в долл. США*")
    (True, True)
    >>> names_only_money("incl. training of border guards"), names_only_money(None)
    (False, False)
    """
    from mtd_analysis.ingest.values import without_currency_words

    if not isinstance(title, str) or not title.strip():
        return False
    rest = without_currency_words(COMPONENT_MARKER.sub("", title.strip()))
    words = [w for w in re.findall(r"[^\W\d_]+", rest.lower()) if w not in _MONEY_WORDS]
    return not words and rest != title.strip()


def _rows_text(rows: list[int]) -> str:
    return ", ".join(str(r) for r in rows)


def _reconcile(programme: dict, parts: list[dict], row_of: Callable[[int], int]) -> tuple[str, dict]:
    """What happens to a programme row with these components: "skip" or "keep", and the issue saying so."""
    n, title = row_of(programme["_index"]), programme.get("title") or programme.get("code") or ""
    rows = [row_of(p["_index"]) for p in parts]
    where = f"rows {_rows_text(rows)}" if len(rows) > 1 else f"row {rows[0]}"
    amount, currency = programme.get("amount"), programme.get("currency")
    known = [p["amount"] for p in parts if p.get("amount") is not None]
    issue = {"row_index": programme["_index"], "severity": "info"}
    if amount is None:
        msg = f"row {n}: programme '{title}' has no amount of its own; its components ({where}) are the projects"
        return "skip", {**issue, "message": msg}
    if not known:
        msg = (
            f"row {n}: the components of programme '{title}' ({where}) have no amounts; the programme's amount "
            "stays with the programme and the components are loaded without money"
        )
        return "keep", {**issue, "severity": "warning", "message": msg}
    currencies = {p.get("currency") for p in parts if p.get("amount") is not None} - {None}
    if (
        currency
        and currencies
        and currency not in currencies
        and any(_EQUIVALENT_LINE.search(str(p.get("title") or "")) for p in parts)
    ):
        # "в т.ч. в грн (еквівалент)", "incl. USD equivalent (approx.)": the programme's money converted, not more
        msg = (
            f"row {n}: the components of programme '{title}' ({where}) give its money in "
            f"{', '.join(sorted(currencies))} as an equivalent: the programme's {currency} is counted, the equivalent "
            "not"
        )
        return "keep", {**issue, "message": msg, "drop_parts": True}
    if currency and currencies and currency not in currencies:
        # "incl. USD part | USD | 500 000" under a project in DKK: money in another currency is no share of the
        # programme's sum; each is counted in its own currency (a partner's conversion would read as a part in the
        # same currency, or as an equivalent in brackets)
        msg = (
            f"row {n}: programme '{title}' is in {currency} and its components ({where}) in "
            f"{', '.join(sorted(currencies))}: money in another currency is no part of the programme's sum, so both "
            "are counted, each in its own currency — check that the components are not the programme's money "
            "converted"
        )
        return "keep", {**issue, "severity": "warning", "message": msg, "currency_lines": True}
    if currency and currencies and currencies != {currency}:
        msg = (
            f"row {n}: programme '{title}' is in {currency} but its components ({where}) are in "
            f"{', '.join(sorted(currencies))}; the components are counted, the programme row is not — check it"
        )
        return "skip", {**issue, "severity": "error", "message": msg}
    total = sum(known)
    if abs(total - amount) <= max(1.0, abs(amount) * ROUNDING):
        msg = (
            f"row {n}: programme '{title}' ({amount:,.2f}) is the sum of its components ({where}); "
            "the components are the projects, the programme row is not counted"
        )
        return "skip", {**issue, "message": msg}
    if total < amount:
        rest = round(amount - total, 2)
        msg = (
            f"row {n}: the components of programme '{title}' ({where}) add up to {total:,.2f}, less than its "
            f"{amount:,.2f}; the remainder {rest:,.2f} stays with the programme as its own line"
        )
        return "keep", {**issue, "severity": "warning", "message": msg, "remainder": rest}
    msg = (
        f"row {n}: the components of programme '{title}' ({where}) add up to {total:,.2f}, more than the "
        f"programme's {amount:,.2f}; the components are counted, the programme row is not — check rows "
        f"{_rows_text([n, *rows])}"
    )
    return "skip", {**issue, "severity": "error", "message": msg}


#: The words of a component that is only a stage of its project ("Фаза I", "Phase 2 (extension)", "Вступительная
#: фаза", "Етап 1"): no subject of its own, a stage word and at most a numeral or a word saying which stage.
STAGE_WORD = re.compile(r"phase|фаза|етап|этап|stage|стадія|стадия", re.IGNORECASE)
_STAGE_WORDS = frozenset(
    "inception pilot main extension bridging final first second third initial "
    "вступна вступительная пілотна пилотная основна основная перша друга третя первая вторая третья заключна "
    "заключительная початкова начальная підготовча подготовительная".split()
)
_NUMERAL = re.compile(r"^(?:[ivx]+|\d+|[a-zа-я]|р|рр|гг)$", re.IGNORECASE)


def is_a_stage(title) -> bool:
    """Whether a component's title names only a stage of its project ("Фаза II", "Phase 1 (pilot)", "Вступна фаза").

    Examples
    --------
    >>> [is_a_stage(t) for t in ("   Фаза I", "Phase 2 (extension)", "Вступительная фаза", "Phase 2: training")]
    [True, True, True, False]
    >>> is_a_stage("Phase II (2021–2023)"), is_a_stage("Phase 2 (thermal cameras for the green border)")
    (True, False)
    """
    if not isinstance(title, str):
        return False
    words = re.findall(
        r"[^\W_]+", title.lower()
    )  # words in brackets too: "Phase 2 (thermal cameras …)" has a subject
    stage = [w for w in words if STAGE_WORD.fullmatch(w)]
    return len(stage) == 1 and all(
        STAGE_WORD.fullmatch(w) or w in _STAGE_WORDS or _NUMERAL.match(w) for w in words
    )


#: A line of a project that is one of its agreements, not a part of its work: the original agreement, an amendment
#: (addendum, rider, supplementary agreement), a top-up, a reduction, a refund.
_AGREEMENT = re.compile(
    # "Mod 1 - top-up: …", "Modification No. 2: partial de-obligation": a modification of the award, numbered
    r"(?:mod(?:ification)?\.?\s*(?:no\.?\s*)?\d+\s*(?:[-–—:]\s*|$))?(?:"
    r"(?:(?:original|initial|first)\s+)?(?:grant\s+)?(?:agreement|contract)\b"
    # not "Amendments to the Criminal Procedure Code"; its number and date ("Amendment No.2 (05/14/2021)") are its own
    r"|amendment(?!s)(?!\s+(?:to|of)\s+the\b)(?:\s*(?:no\.?|№|#)\s*\d+(?:\s*\([^()]{0,30}\))?)?|addendum|rider\b"
    r"|supplementary\s+agreement|top[- ]?up\b|reduction\b|refund|return\s+of\s+funds|(?:partial\s+)?de-?obligation"
    r"|(?:no[- ]cost\s+)?extension\b|modification\b|(?=\s*$)"
    r"|(?:первісн\w*|початков\w*|основн\w*|додатков\w*)\s+угод\w*|угод\w*\s+про\s+(?:внесення\s+)?змін"
    r"|повернення\s+коштів|(?:первоначальн\w*|основн\w*|дополнительн\w*)\s+соглашени\w*|возврат\s+средств)",
    re.IGNORECASE,
)
#: The agreement a project began with, among its agreements ("первісна угода", "Original agreement").
_ORIGINAL = re.compile(r"original|initial|first|первісн|початков|основн|первоначальн|исходн", re.IGNORECASE)


def is_an_agreement(title) -> bool:
    """Whether a component's title names one of its project's agreements (the original, an amendment, a refund),
    not a part of its work.

    Examples
    --------
    >>> [is_an_agreement(t) for t in ("первісна угода від 10.02.2020", "додаткова угода №1 (збільшення)",
    ...                               "повернення коштів (проєкт скасовано)", "Amendment 2 - top-up")]
    [True, True, True, True]
    >>> is_an_agreement("Training of border guards"), is_an_agreement("Agreement on readmission: SMS support")
    (False, False)
    >>> is_an_agreement("Mod 2 - partial de-obligation, unused fuel-card funds"), is_an_agreement("Modernisation")
    (True, False)
    """
    if not isinstance(title, str):
        return False
    text = re.sub(r"^\s*[\d.]+\s*[.)]?\s*", "", title).strip()  # "1.2 додаткова угода": its number
    found = _AGREEMENT.match(text)
    if found is None or not text or found.end() == 0:
        return False
    said = text[: found.end()]
    # "Amendment No.1 (12/15/2020): no-cost modification": a numbered amendment says what it changed after a colon
    return (
        said.lower().startswith("mod") or bool(re.search(r"\d", said)) or ":" not in text[: found.end() + 20]
    )


def _agreements_sum(parts: list[dict]) -> tuple[float, dict[int, float]] | None:
    """The sum of a project's agreements (negative amounts counted: a reduction, a refund) and of their years."""
    total, years = 0.0, {}
    for part in parts:
        amount = part.get("amount")
        if amount is None:
            amount = next((value for year, value, _ in part.get("_negatives") or [] if year is None), None)
        amount = amount or 0.0  # none of its own: an extension, a change of dates
        total += amount
        for year, value in yearly_values(part.get("yearly_amounts")).items():
            years[year] = years.get(year, 0.0) + value
        for year, value, _ in part.get("_negatives") or []:
            if year is not None:
                years[year] = years.get(year, 0.0) + value
    return round(total, 2), {y: round(v, 2) for y, v in years.items()}


def _stage_years(programme: dict, parts: list[dict]) -> dict[int, float] | None:
    """The project's money by year when its components are its stages, each with its own amount and dates in the
    project's currency, adding up to the project's amount: each stage's amount spread over its own days. None
    when a stage lacks them (the components are then read as usual)."""
    amount, currency = programme.get("amount"), programme.get("currency")
    years: dict[int, float] = {}
    for part in parts:
        start, end = part.get("start_date"), part.get("end_date")
        if part.get("amount") is None or part.get("currency") not in (None, currency):
            return None
        own = yearly_values(part.get("yearly_amounts"))  # the stage's own year columns, as given
        if not own:
            if not start or not end or end < start:
                return None
            own = split_by_days(
                part["amount"], days_per_year(dt.date.fromisoformat(start), dt.date.fromisoformat(end))
            )
        for year, value in own.items():
            years[year] = years.get(year, 0.0) + value
    total = sum(p["amount"] for p in parts)
    if amount is not None and abs(total - amount) > max(1.0, abs(amount) * ROUNDING):
        return None
    return {y: round(v, 2) for y, v in sorted(years.items())}


#: A component line giving one funder's part of its project ("– German contribution (Federal Foreign Office)",
#: "EU co-financing", "внесок Швеції", "співфінансування ЄС", "доля Японии").
_FUNDERS_LINE = re.compile(
    r"contribution|co-?financ\w*|co-?fund\w*|\bshare\b|внес\w*|вклад\w*|співфінансуван\w*|софинансир\w*|частка|доля"
    r"|кошт\w*|средств\w*|\bfunds?\b|\bfunding\b",  # "у т.ч. кошти уряду: Данія", "of which funds of Norway"
    re.IGNORECASE,
)
#: A contribution given to someone ("Contribution to UNDP", "внесок до програми", "вклад в фонд").
_CONTRIBUTION_TO = re.compile(
    r"(?:contribution|внес\w*|вклад\w*)\s+(?:to|towards|into|for|до|у|в|на)(?![^\W\d_])", re.IGNORECASE
)
#: What a funder's line takes from its project when it does not give it itself.
_FROM_THE_PROJECT = (
    "start_date", "end_date", "status", "beneficiaries", "implementer", "description", "declared_priority", "code",
)  # fmt: skip


#: What a component takes from its programme where it gives none of its own.
_FROM_THE_PROGRAMME = ("start_date", "end_date", "status", "beneficiaries", "implementer")
_TIME_KEYS = ("start_date", "end_date", "status")
_YEARS_NAMED = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _programme_context(programme: dict) -> tuple[str, str | None] | None:
    """What a component without a description of its own takes as one: its programme's description, else its
    programme's title; and the cell it is in."""
    cells = source_cell_names(programme.get("source_cells"))
    for key in ("description", "title"):
        if programme.get(key):
            return str(programme[key]), cells.get(key)
    return None


def _status_heading(programme: dict) -> str | None:
    """The status a group row's title is, and nothing else ("Active", "Pipeline", "Завершені"), or None."""
    from mtd_analysis.ingest.values import STATUSES, parse_status

    title = programme.get("title")
    if not isinstance(title, str) or len(title.split()) > 3 or programme.get("start_date"):
        return None
    try:
        status = parse_status(title)
    except ValueError:
        return None
    return status if status in STATUSES else None


def _said(programme: dict, row_of: Callable[[int], int], message: str) -> dict:
    """An info issue at a programme's row."""
    row = programme["_index"]
    return {"row_index": row, "severity": "info", "message": f"row {row_of(row)}: {message}"}


def _adds_up(programme: dict, parts: list[dict], row_of: Callable[[int], int]) -> bool:
    """Whether a programme's components add up to it (or it has no amount of its own), in its currency."""
    fate, issue = _reconcile(programme, parts, row_of)
    return fate == "skip" and issue["severity"] == "info"


def _a_line_of(line: dict, project: dict, keys: tuple[str, ...]) -> None:
    """A component made a line of its own: no programme above it, and the project's ``keys`` where it gives none."""
    line.pop("parent", None)
    for key in keys:
        if not line.get(key) and project.get(key):
            line[key] = project[key]


def _kind(status) -> str | None:
    """What a status says of the money: "pipeline", "cancelled", "committed" (any other status), None (none)."""
    if not status:
        return None
    return {"planned": "pipeline", "cancelled": "cancelled"}.get(status, "committed")


def _funder_of_line(title) -> str | None:
    """The funder a component's title names as giving its part of the project, or None.

    Examples
    --------
    >>> _funder_of_line("– EU co-financing (delegated cooperation)"), _funder_of_line("внесок Швеції")
    ('EU', 'Sweden')
    >>> _funder_of_line("Training of border guards") is None
    True
    >>> _funder_of_line("у т.ч. кошти уряду: Данія"), _funder_of_line("Кошти на обладнання") is None
    ('Denmark', True)
    """
    from mtd_analysis.ingest.partners import partner_in_text

    if not isinstance(title, str) or not _FUNDERS_LINE.search(title) or len(title.split()) > 8:
        return None
    if _CONTRIBUTION_TO.search(title):
        return None  # "Contribution to UNDP", "внесок до Цільового фонду НАТО": who receives it, not who pays
    return partner_in_text(title)


def _funders_cells(line_cells: str | None, project_cells: str | None) -> str | None:
    """A funder's line's cells: the project's title cell for its title, its own title cell for its partner."""
    if not line_cells:
        return line_cells
    pairs = [pair.partition("=") for pair in line_cells.split(";")]
    own = {name: cell for name, _, cell in pairs}
    theirs = dict(pair.partition("=")[::2] for pair in (project_cells or "").split(";") if "=" in pair)
    out = [
        f"{name}={theirs.get('title', cell) if name == 'title' else cell}"
        for name, _, cell in pairs
        if name != "partner"
    ]
    if own.get("title"):
        out.append(f"partner={own['title']}")
    return ";".join(out)


def _amount_cell(part: dict) -> str | None:
    """ "amount_row<n>=cell": a stage's amount cell, named among its project's cells."""
    for pair in (part.get("source_cells") or "").split(";"):
        name, _, cell = pair.partition("=")
        if name == "amount" and cell:
            return f"amount_row{part.get('source_row')}={cell}"
    return None


def _remainder_years(programme: dict, parts: list[dict]) -> str | None:
    """The programme's yearly amounts minus its components', when both are given per year; else None."""

    def years(rec):
        return yearly_values(rec.get("yearly_amounts")) or None

    mine = years(programme)
    theirs = [years(p) for p in parts]
    if mine is None or any(t is None for t in theirs):
        return None
    rest = {y: round(v - sum(t.get(y, 0.0) for t in theirs), 2) for y, v in mine.items()}
    if any(v < 0 for v in rest.values()):
        return None
    return yearly_text(rest)  # a year the components use up is 0 for the programme, not spread to it again


def _years_in_proportion(programme: dict, components: list[dict], rest: float) -> list[str | None] | None:
    """A programme's yearly amounts shared among its components and its remainder in proportion to their amounts,
    when the programme gives them per year and no component does, all over the programme's period (a component of
    other dates keeps its own): one yearly text per component (None for one without an amount), then the
    remainder's, the year's shares adding up to the programme's figure. None otherwise.

    Examples
    --------
    >>> programme = {"amount": 3000.0, "yearly_amounts": "2021=1200", "start_date": "2020-01-01",
    ...              "end_date": "2022-12-31"}
    >>> parts = [{"amount": 1500.0, "start_date": "2020-01-01", "end_date": "2022-12-31"},
    ...          {"amount": 800.0, "start_date": "2020-01-01", "end_date": "2022-12-31"}]
    >>> _years_in_proportion(programme, parts, 700.0)
    ['2021=600', '2021=320', '2021=280']
    """
    mine, amount = yearly_values(programme.get("yearly_amounts")), programme.get("amount")
    if not mine or not amount or amount <= 0:
        return None
    period = (programme.get("start_date"), programme.get("end_date"))
    if any(
        yearly_values(c.get("yearly_amounts")) or (c.get("start_date"), c.get("end_date")) != period
        for c in components
    ):
        return None
    shares: list[str | None] = []
    given = dict.fromkeys(mine, 0.0)
    for component in components:
        if component.get("amount") is None:
            shares.append(None)
            continue
        years = {y: round(v * component["amount"] / amount, 2) for y, v in mine.items()}
        given = {y: given[y] + years[y] for y in mine}
        shares.append(yearly_text(years))
    shares.append(yearly_text({y: round(v - given[y], 2) for y, v in mine.items()}) if rest > 0 else None)
    return shares


def _year_cells(programme: dict) -> str:
    """The cells of a programme's yearly amounts (``amount_<year>=…``), for the components that share them."""
    cells = (programme.get("source_cells") or "").split(";")
    return ";".join(c for c in cells if re.match(r"amount_\d{4}=", c))


def _years_said(programme: dict) -> str:
    return "; ".join(
        f"{y}: {v:,.2f}" for y, v in sorted(yearly_values(programme.get("yearly_amounts")).items())
    )


def _amount_from_parts(out: dict, parts: list[dict]) -> None:
    """A project whose amount is its parts' sum (stages, items): its amount cell is theirs (``amount_row<n>``)."""
    cells = [c for part in parts if (c := _amount_cell(part))]
    if cells and out.get("source_cells"):
        kept = [c for c in out["source_cells"].split(";") if not c.startswith("amount=")]
        out["source_cells"] = ";".join(kept + cells)


def _an_item(part: dict, project: dict) -> bool:
    """Whether a line under a project is an item of its equipment: its quantity or unit price in a column or in its
    name; when only its name ends on a quantity ("Scanners for BCP Krakovets (3 units)"), with no dates, status or
    funder of its own (a component with those is a project, whatever its name counts)."""
    if part.get("_item") is True:
        return True
    return part.get("_item") == "title" and not (
        part.get("start_date")
        or part.get("end_date")
        or part.get("status")
        or part.get("partner") not in (None, project.get("partner"))
    )


def _items_of(
    project: dict, items: list[dict], out: dict, row_of: Callable[[int], int], rows: str, issues
) -> None:
    """A project's lines of equipment (each with its quantity or unit price) under it: the project is counted once,
    at its own amount, or, when it gives none, at the sum of its items not cancelled (their cells named)."""
    title = project.get("title") or project.get("code") or ""
    live = [i for i in items if _kind(i.get("status")) != "cancelled" and i.get("amount") is not None]
    if project.get("amount") is None and live:
        out["amount"] = round(sum(i["amount"] for i in live), 2)
        _amount_from_parts(out, live)
        if not out.get("currency"):
            out["currency"] = next((i.get("currency") for i in live if i.get("currency")), None)
        dropped = len(items) - len(live)
        how = f"its amount is the sum of its {len(live)} item(s)" + (
            f" ({dropped} cancelled or without a value, not counted)" if dropped else ""
        )
    else:
        how = "its amount is its own"
    if years := _years_of_items(out, live):
        out["yearly_amounts"] = yearly_text(years)
        how += "; each item is counted in the year of its date (its delivery), the project's years their sums"
    issues.append(
        _said(
            project,
            row_of,
            f"rows {rows} are the equipment of project '{title}' (quantities, unit prices, values): its items, not "
            f"projects; {how}",
        )
    )


def _years_of_items(project: dict, items: list[dict]) -> dict[int, float] | None:
    """The years of a project with no years of its own whose every item (not cancelled) is dated: each item's value
    in its date's year (a period of its own spread by days), which says more than the project's own period spread by
    days ("Dec 2020 – Oct 2021" over kits delivered in December 2020 and vans in June 2021); None unless the items'
    values add up to the project's amount."""
    if project.get("yearly_amounts") or not items:
        return None
    total, summed = project.get("amount"), sum(i["amount"] for i in items)
    if total is None or abs(total - summed) > max(0.5, 0.005 * abs(total)):
        return None
    return years_of_dated_items(items)


def years_of_dated_items(items: list[dict]) -> dict[int, float] | None:
    """Each item's value in the year of its date (its delivery; a period of its own spread by days) when every item
    is dated; else None.

    Examples
    --------
    >>> years_of_dated_items([{"amount": 100.0, "start_date": "2020-12-21"}, {"amount": 50.0, "end_date": "2021-06-10"}])
    {2020: 100.0, 2021: 50.0}
    >>> years_of_dated_items([{"amount": 100.0}]) is None
    True
    """
    years: dict[int, float] = {}
    for item in items:
        start, end = (
            item.get("start_date") or item.get("end_date"),
            item.get("end_date") or item.get("start_date"),
        )
        if not start:
            return None
        first, last = dt.date.fromisoformat(start[:10]), dt.date.fromisoformat(end[:10])
        parts = (
            split_by_days(item["amount"], days_per_year(first, last))
            if last > first
            else {first.year: item["amount"]}
        )
        for year, part in parts.items():
            years[year] = round(years.get(year, 0.0) + part, 2)
    return years


#: A component's line naming where money comes from, not a part of the work: "- кошти ЄС (грант)", "кошти уряду
#: Канади: компонент малих грантів", "средства Германии", "EU funds", "Funding from Sweden", "Contribution of Japan".
_FUNDING_LINE = re.compile(
    r"\W*(?:кошти|средства|фінансування\s+(?:з|від)|финансирование\s+(?:из|от)|внесок|взнос|funds?\b|funding\s+(?:from|by|of)"
    r"|contribution\s+(?:from|of|by)|grant\s+(?:from|of|by))",
    re.IGNORECASE,
)


def resolve_programmes(
    records: list[dict],
    row_of: Callable[[int], int],
    outline: dict[int, int] | None = None,
    breaks: list[int] | None = None,
) -> tuple[list[dict], int, list[dict]]:
    """Count a programme and its components once.

    Parameters
    ----------
    records : list of dict
        One sheet's project records in row order, each with ``_index`` (the row's 0-based index) and
        optionally ``_number`` (the number cell), ``_raw_title`` (the title as written, with its
        indentation), ``_excel_indent`` (the title cell's indent level in Excel), ``_marked`` (the title began with "incl." / "у т.ч.") and ``_components_follow``
        (a row holding only such a word follows this record).
    row_of : callable
        Row index -> the row number shown to people.
    outline : dict, optional
        Row index -> Excel outline level (grouped rows).
    breaks : list of int, optional
        Indices of rows that end a group (section headings, totals, notes): no programme reaches across them.

    Returns
    -------
    (kept, skipped, issues)
        The records to load (components carry ``parent``: their programme's record), the number of
        programme rows skipped, and issues as dicts with ``row_index``, ``severity`` and ``message``.
        The records given are not changed; kept records are copies where they differ.
    """
    if len(records) < 2:
        return records, 0, []
    levels = _levels(records, outline or {})
    _marker_groups(records, levels)
    cuts = sorted(breaks or [])
    broken = [
        False
    ] + [  # a cut between the two rows: the first cut after the upper row comes before the lower
        bisect.bisect_right(cuts, records[i - 1]["_index"]) < bisect.bisect_left(cuts, records[i]["_index"])
        for i in range(1, len(records))
    ]
    parents = _parents(levels, broken, [_number_of(r) for r in records])
    _parents_by_reference(records, parents)
    children: dict[int, list[int]] = {}
    for i, p in enumerate(parents):
        if p is not None:
            children.setdefault(p, []).append(i)
    if not children:
        return records, 0, []
    out = [dict(r) for r in records]
    skip: set[int] = set()
    issues = []
    for p in sorted(children, reverse=True):  # the deepest programmes first
        parts = [records[k] for k in children[p]]
        if records[p].get("amount") is not None and all(is_an_agreement(part.get("title")) for part in parts):
            # "первісна угода | додаткова угода №1 | повернення коштів" under a project: its agreements, whose
            # money its own row gives already (the project's figures stand; the agreements are not projects)
            rows = _rows_text([row_of(part["_index"]) for part in parts])
            skip.update(children[p])
            summed = _agreements_sum(parts)
            title = records[p].get("title") or records[p].get("code") or ""
            own_years = yearly_values(records[p].get("yearly_amounts"))
            if summed is not None and (
                abs(summed[0] - records[p]["amount"]) <= max(1.0, 0.005 * abs(summed[0]))
                or (
                    own_years
                    and summed[1]
                    and all(abs(summed[1].get(y, 0.0) - v) <= 1.0 for y, v in own_years.items())
                )
            ):  # their totals, or their years (a row's total may have been taken as the sum of its years)
                said = f"rows {rows} are the agreements of project '{title}' (the original, amendments, refunds), which its own figures add up: counted in it, not as projects"
                issues.append(_said(records[p], row_of, said))
            elif (
                summed is not None
                and not own_years
                and not any(_ORIGINAL.search(str(part.get("title") or "")) for part in parts)
            ):
                # "Mod 1 - top-up | Mod 2 - partial de-obligation | Mod 1 - no-cost extension" under an award: the
                # changes to it since, added to its amount; an extension moves its end
                out[p]["amount"] = round(records[p]["amount"] + summed[0], 2)
                ends = [part["end_date"] for part in parts if part.get("end_date")]
                end = max([records[p].get("end_date") or "", *ends]) or None
                moved = end is not None and end != records[p].get("end_date")
                if moved:
                    out[p]["end_date"] = end
                cells = [c for part in parts if (c := _amount_cell(part))]
                cells += [
                    f"amount_row{part.get('source_row')}={cell}"
                    for part in parts
                    for *_, cell in part.get("_negatives") or []
                ]
                if cells:
                    out[p]["source_cells"] = ";".join(filter(None, [out[p].get("source_cells"), *cells]))
                issues.append(
                    _said(
                        records[p],
                        row_of,
                        (f"rows {rows} modify" if len(parts) > 1 else f"row {rows} modifies")
                        + f" project '{title}' (top-ups, reductions, extensions): "
                        + ("their amounts" if len(parts) > 1 else "its amount")
                        + f" ({summed[0]:+,.2f}) added to its {records[p]['amount']:,.2f}"
                        + (f"; its end moves to {end}" if moved else "")
                        + "; not projects of their own",
                    )
                )
            else:
                shown = "cannot be added up" if summed is None else f"add up to {summed[0]:,.2f}"
                issues.append(
                    {
                        **_said(
                            records[p],
                            row_of,
                            f"rows {rows} are the agreements of project '{title}' (the original, amendments, refunds); "
                            f"they {shown}, not the project's {records[p]['amount']:,.2f}: the project's own figure is "
                            "counted — check the rows",
                        ),
                        "severity": "warning",
                    }
                )
            continue
        if all(is_a_stage(part.get("title")) for part in parts) and (
            stages := _stage_years(records[p], parts)
        ):
            # "Фаза I | Фаза II" under a project: its stages, with their own dates and budgets, not projects; a stage
            # planned or cancelled under a project under way is a line of its own (its money is not the project's)
            own = [
                k
                for k in children[p]
                if _kind(records[k].get("status")) not in (None, _kind(records[p].get("status")))
            ]
            merged = [records[k] for k in children[p] if k not in own]
            if own and merged:
                stages = _stage_years({**records[p], "amount": None}, merged) or stages
            for k in own:
                line = out[k]
                line["title"] = f"{records[p].get('title')} – {str(line.get('title') or '').strip()}"
                _a_line_of(line, records[p], (*_FROM_THE_PROJECT, "partner", "partner_from"))
            rows = _rows_text([row_of(records[k]["_index"]) for k in children[p] if k not in own])
            out[p]["amount"] = round(sum(part["amount"] for part in merged), 2)
            out[p]["yearly_amounts"] = yearly_text(stages)
            _amount_from_parts(out[p], merged)
            skip.update(k for k in children[p] if k not in own)
            if own:
                said = _rows_text([row_of(records[k]["_index"]) for k in own])
                issues.append(
                    _said(
                        records[p],
                        row_of,
                        f"stage(s) on row(s) {said} of project '{records[p].get('title')}' have a status of their "
                        "own: each is a line of its own",
                    )
                )
            issues.append(
                _said(
                    records[p],
                    row_of,
                    f"rows {rows} are the stages of project '{records[p].get('title') or records[p].get('code') or ''}'"
                    ", each with its own dates and budget: one project, its money spread over each stage's dates",
                )
            )
            continue
        rows = _rows_text([row_of(part["_index"]) for part in parts])
        if (
            all(_an_item(part, records[p]) for part in parts)
            and not records[p].get("_item")
            and len(({part.get("currency") for part in parts} | {records[p].get("currency")}) - {None}) <= 1
        ):  # (items in two currencies are not added up: each stays a line of its own, in its currency)
            # "1.1 Handheld thermal imagers | 60 | 9,850 | 591,000" under a project: its equipment, not projects
            _items_of(records[p], parts, out[p], row_of, rows, issues)
            skip.update(children[p])
            continue
        heading = _status_heading(records[p])
        if heading is not None and _adds_up(records[p], parts, row_of):
            # "Active | Completed | Pipeline" over their projects (a pivot's groups): their status, not programmes
            for k in children[p]:
                _a_line_of(out[k], {"status": heading}, ("status",))
            skip.add(p)
            issues.append(
                _said(
                    records[p],
                    row_of,
                    f"'{records[p].get('title')}' heads rows {rows} with their sum: a group of projects by status "
                    f"({heading}), not a project",
                )
            )
            continue
        funders = [_funder_of_line(part.get("title")) for part in parts]
        declared = _declared_totals(records[p], parts) if all(funders) else None
        if (
            len(parts) >= 2
            and all(funders)
            and len(set(funders)) == len(funders)
            and (
                _adds_up(records[p], parts, row_of)
                or (declared is not None and _adds_up(records[p], declared, row_of))
            )
        ):
            # "– German contribution | – EU co-financing" under a project: each funder's line of it (its total the
            # one it declares where its year columns overruled it: "у т.ч. кошти уряду: Данія | 600 000 | … | 250 000")
            title = records[p].get("title")
            for k, funder in zip(children[p], funders, strict=True):
                line = out[k]
                line["title"], line["partner"], line["partner_from"] = title, funder, "title"
                if declared is not None and "_declared_total" in records[k]:
                    line["amount"] = records[k]["_declared_total"]
                line["source_cells"] = _funders_cells(
                    line.get("source_cells"), records[p].get("source_cells")
                )
                _a_line_of(line, records[p], _FROM_THE_PROJECT)
            skip.add(p)
            issues.append(
                _said(
                    records[p],
                    row_of,
                    f"rows {rows} give the contributions of {', '.join(funders)} to project '{title}': a project "
                    "line per funder, the project row is not counted",
                )
            )
            continue
        if (declared := _declared_totals(records[p], parts)) is not None:
            # components whose year columns overruled their totals, having no dates: their totals add up to the
            # programme's, so they are its parts, dated by it; their years are a part of each (see row_money)
            parts = declared
            for k, part in zip(children[p], parts, strict=True):
                if "_declared_total" in records[k]:
                    out[k]["amount"] = part["amount"]
                    out[k]["_taken"] = ["total"]
        fate, issue = _reconcile(records[p], parts, row_of)
        issues.append(issue)
        for k in children[p]:
            out[k]["parent"] = out[p]
            # a component giving no dates, status or agency: its programme's (not when its title names its own
            # years: "Component 4 – Phase II (2022–2023)" is no part of the programme's present)
            dated = _YEARS_NAMED.search(str(out[k].get("title") or "")) is not None
            taken = []
            for key in _FROM_THE_PROGRAMME:
                if not out[k].get(key) and records[p].get(key) and not (dated and key in _TIME_KEYS):
                    out[k][key] = records[p][key]
                    taken.append(key)
            if (
                out[k].get("amount") is not None
                and not out[k].get("currency")
                and records[p].get("currency")
                and (
                    out[k].get("partner_from")
                    in (None, "file")  # a component of another funder: its own money
                    or out[k].get("partner")
                    == records[p].get("partner")  # the programme's funder's, filled down
                )
            ):
                out[k]["currency"] = records[p]["currency"]  # "Компонент 1 | 500 000" under "USD 1,1 млн"
                taken.append("currency")
            if out[k].get("partner_from") in (None, "file") and records[p].get("partner_from") not in (
                None,
                "file",
            ):
                # the programme's funder named in its row ("ПРООН за кошти Данії"), not the file's sender
                for key in ("partner", "partner_from"):
                    out[k][key] = records[p].get(key)
                taken.append("partner")
            if (
                _FUNDING_LINE.match(str(out[k].get("title") or ""))
                and records[p].get("title")
                and records[p].get("amount") is None  # a project's row of no money over its funders' lines
            ):
                # "- кошти ЄС (грант)", "EU funds": a line of the project's money by source, titled by its project
                out[k]["title"] = f"{records[p]['title']} ({clean_text(out[k]['title']).lstrip('-–—•* ')})"
                taken.append("title")
            if taken:  # said by the sheet's reader, which drops the warnings they answer
                out[k]["_taken"] = [*taken, *out[k].get("_taken", [])]
            if not out[k].get("description") and (about := _programme_context(records[p])):
                # "Component A – Accommodation centres" says what it does, its programme's title what for
                out[k]["description"], cell = about
                if cell and out[k].get("source_cells"):
                    out[k]["source_cells"] = f"{out[k]['source_cells']};description={cell}"
        if issue.pop("drop_parts", False):
            skip.update(children[p])
        if issue.pop("currency_lines", False):
            for k in children[p]:
                if names_only_money(out[k].get("title")) and records[p].get("title"):
                    # "incl. USD part", "в т.ч. средства в долл. США*": the project's money in that currency
                    out[k]["title"] = records[p]["title"]
                    out[k]["_money_line_of"] = records[p].get("source_row")
                    out[k]["_taken"] = ["title", *out[k].get("_taken", [])]
        if fate == "skip":
            skip.add(p)
        elif "remainder" in issue:
            kids = [out[k] for k in children[p]]
            shared = _years_in_proportion(records[p], kids, issue["remainder"])
            out[p]["amount"] = issue["remainder"]
            out[p]["yearly_amounts"] = _remainder_years(records[p], parts)
            if shared is not None:
                for kid, years in zip(kids, shared[:-1], strict=True):
                    if years is not None:
                        kid["yearly_amounts"] = years
                        kid["source_cells"] = ";".join(
                            c for c in (kid.get("source_cells"), _year_cells(records[p])) if c
                        )
                out[p]["yearly_amounts"] = shared[-1]
                issue["message"] += (
                    f"; the programme's years ({_years_said(records[p])}), which its components do not give, are "
                    "shared among them and the remainder in proportion to their amounts"
                )
    issues.sort(key=lambda i: i["row_index"])
    return [r for i, r in enumerate(out) if i not in skip], len(skip), issues
