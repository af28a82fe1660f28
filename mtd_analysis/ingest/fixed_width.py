"""Printed reports saved as text: columns aligned by spaces, not separated by a delimiter.

A system's report printed to a ``.txt`` ("Report ID : …  Page: 1", a rule of dashes, ``Project  Title  …  Budget
2021  Start  End  Status``, the rows under it, the page's heading again over the next page, totals at the end)
has no delimiter to split on. :func:`fixed_width_rows` finds its header (a line of four labels or more, two of them
the names of project fields, each label apart from the next by two spaces or more) and cuts every line of the table
where the header's labels stand:

* a word of a row goes to the column whose label it overlaps most (a figure right-aligned under its label, even a
  figure wider than the label), else to the last column whose label starts at or before it (a title's later words);
  a word running past the start of the next label, one space after a word of its own column, stays in that column
  ("GOVERNMENT OF SWITZERLAND" over the start of "Cur");
* a line of the report's heading again at the top of a later page (the same words, page numbers aside) is left
  empty (the lines are listed); a line holding one or two pieces of text ("(continued on next page)", "TOTALS BY
  CURRENCY") and everything above the header are one cell each, in the first column, read as title rows and
  notes are;
* a rule of dashes is an empty row.

Examples
--------
>>> text = '''ACME AID OFFICE                         Page: 1
... ---------------------------------------------------------------
... Project  Title                        Donor          Amount  Status
... ---------------------------------------------------------------
... P-1      Radios for border guards     EU            1200000  ON GOING
... P-2      Patrol cars                  JAPAN           50000  PLANNED
... (continued on next page)'''
>>> rows = fixed_width_rows(text).rows
>>> rows[2], rows[4], rows[6]
(['Project', 'Title', 'Donor', 'Amount', 'Status'], ['P-1', 'Radios for border guards', 'EU', '1200000', 'ON GOING'], ['(continued on next page)'])
>>> fixed_width_rows("a;b;c\\n1;2;3") is None
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Pieces of a line: runs of words apart by single spaces, two spaces or more between pieces.
_PIECE = re.compile(r"\S+(?: \S+)*")
_WORD = re.compile(r"\S+")
_RULE = re.compile(r"\s*[-=_*~.]{10,}\s*")
_DIGITS = re.compile(r"\d+")
_NUMBER = re.compile(r"(?<!\S)[\d.,/'-]*\d[\d.,/'-]*(?!\S)")
#: Lines of the file looked at for the header.
HEADER_SEARCH_LINES = 80


@dataclass(frozen=True)
class FixedWidth:
    """A report's lines cut into cells (``rows``, one per line), and the lines (1-based) that repeat its heading
    over later pages, left empty."""

    rows: list[list]
    repeated_heading: list[int]


def _pieces(line: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _PIECE.finditer(line)]


def _header(lines: list[str]) -> int | None:
    """The index of the header line: four labels or more, two of them project fields, and a row of as many
    pieces or nearly under it (a rule of dashes between them passed)."""
    from mtd_analysis.ingest.columns import match_field

    for i, line in enumerate(lines[:HEADER_SEARCH_LINES]):
        labels = _pieces(line)
        if len(labels) < 4 or sum(1 for *_, text in labels if match_field(text).field) < 2:
            continue
        # a row of as many pieces under it, a rule or a group's heading ("Донор: ЄС") between them passed
        below = [ln for ln in lines[i + 1 : i + 5] if ln.strip() and not _RULE.fullmatch(ln)]
        enough = [len(_pieces(ln)) >= max(3, len(labels) // 2) for ln in below[:2]]
        if enough[:1] == [True] or (
            enough == [False, True] and len(_pieces(below[0])) == 1 and re.search(r"[^\W\d_]", below[0])
        ):  # a row under the header, or a group's heading line ("Донор: ЄС") and then a row
            return i
    return None


def _labels(header: str, data: list[str]) -> list[tuple[int, int, str]]:
    """The header's labels; two labels one space apart ("Total Budget Start") are told apart where every row
    under them has a space too, with words on both sides in some row."""
    labels = []
    for start, end, text in _pieces(header):
        cut = start
        for m in re.finditer(" ", text):
            at = start + m.start()
            blank = all(len(line) <= at or line[at] == " " for line in data) and not any(
                _thousands_at(line, at) for line in data
            )  # not the space of "22 000" under "2021 рік": a figure's thousands, not two columns
            left = any(line[cut:at].strip() for line in data)
            right = any(line[at + 1 : end].strip() for line in data)
            if data and blank and left and right:
                labels.append((cut, at, header[cut:at]))
                cut = at + 1
        labels.append((cut, end, header[cut:end]))
    return labels


def _thousands_at(line: str, at: int) -> bool:
    """Whether the space at ``at`` separates a figure's thousands ("22 000": a digit before it, three after).

    >>> _thousands_at("  22 000  ", 4), _thousands_at("  2021 рік", 6)
    (True, False)
    """
    return (
        0 < at < len(line) - 3
        and line[at - 1].isdigit()
        and line[at + 1 : at + 4].isdigit()
        and (at + 4 == len(line) or not line[at + 4].isdigit())
    )


def _shape(line: str) -> str:
    """A line with its numbers and runs of spaces made alike (a page heading's "Page: 1" and "Page: 2")."""
    return re.sub(r"\s+", " ", _DIGITS.sub("#", line)).strip()


def _cells(line: str, labels: list[tuple[int, int, str]]) -> list:
    """A row of the table cut where the header's labels stand; a row of as many pieces (two spaces or more apart)
    as labels, each piece ending past the start of its label, is cut at its own gaps (a title running past its
    column, labels centred over their columns)."""
    pieces = _pieces(line)
    if len(pieces) == len(labels) and all(
        end > a and (k + 1 == len(labels) or start < labels[k + 1][0] + (labels[k + 1][1] - labels[k + 1][0]))
        for k, ((start, end, _), (a, _, _)) in enumerate(zip(pieces, labels, strict=True))
    ):
        return [text for *_, text in pieces]
    chosen: dict[int, list[tuple[int, int]]] = {}
    last: tuple[int, int] | None = None  # the column and the end of the word before
    for match in _WORD.finditer(line):
        start, end = match.span()
        overlaps = [min(end, b) - max(start, a) for a, b, _ in labels]
        best = max(range(len(labels)), key=lambda k: overlaps[k])
        if overlaps[best] <= 0:
            best = max((k for k, (a, _, _) in enumerate(labels) if a <= start), default=0)
        elif (
            last is not None
            and start == last[1] + 1
            and start < labels[best][0]
            and not any(c.isdigit() for c in match.group())
        ):
            best = last[0]  # a name running on past its column ("GOVERNMENT OF SWITZERLAND"), not a figure
        chosen.setdefault(best, []).append((start, end))
        last = (best, end)
    cells: list = [None] * len(labels)
    for k, spans in chosen.items():
        cells[k] = line[spans[0][0] : spans[-1][1]]
    return cells


def _a_sentence(line: str) -> bool:
    """A line of words one space apart, mostly letters, not opening on a row's number: a footnote below the table
    ("* Сума на 2021 рік орієнтовна, перераховано за курсом НБУ станом на 01.02.2021."), not a row squeezed together.

    >>> _a_sentence("* Сума на 2021 рік орієнтовна, перераховано за курсом НБУ станом на 01.02.2021.")
    True
    >>> _a_sentence("1.   Пожежні автомобілі   2021   40 500,0"), _a_sentence("P-1 Radios 2021 1200000 ONGOING")
    (False, False)
    """
    pieces = _pieces(line)
    if len(pieces) != 1 or pieces[0][2][:1].isdigit():
        return False
    text = pieces[0][2]
    return len(text.split()) >= 6 and sum(c.isalpha() for c in text) >= 0.6 * len(text.replace(" ", ""))


def fixed_width_rows(text: str) -> FixedWidth | None:
    """The rows of a report whose columns are aligned by spaces, each line cut into the header's columns.

    Parameters
    ----------
    text : str
        The file's text.

    Returns
    -------
    FixedWidth or None
        ``rows``: one per line of the file (a line's cells, None where empty; a line repeating the report's heading
        over a later page is left empty and listed in ``repeated_heading``); None when the text is no such report
        (no header of four labels or more, two of them project fields, with a row under it).
    """
    lines = text.splitlines()
    index = _header(lines)
    if index is None:
        return None
    heading = {_shape(line) for line in lines[:index] if line.strip()}
    header_shape = _shape(lines[index])
    data = [
        line
        for line in lines[index + 1 :]
        if len(_pieces(line)) >= 3 and _shape(line) not in heading and _shape(line) != header_shape
    ][:50]
    labels = _labels(lines[index], data)
    repeated: list[int] = []
    rows: list[list] = []
    for i, line in enumerate(lines):
        if not line.strip() or _RULE.fullmatch(line):
            rows.append([])
        elif i > index and _shape(line) in heading:
            rows.append([])  # the report's heading again, over a later page
            repeated.append(i + 1)
        elif i < index or (len(_pieces(line)) < 3 and len(_NUMBER.findall(line)) < 2) or _a_sentence(line):
            rows.append([line.strip()])  # a note ("(continued on next page)"), not a row squeezed together
        elif i == index or _shape(line) == header_shape:
            rows.append([label for *_, label in labels])
        else:
            rows.append(_cells(line, labels))
    return FixedWidth(rows, repeated)
