"""Findings in words: the table of :func:`mtd_analysis.analysis.findings.findings` as a short briefing.

Every sentence is a template of ``labels.csv`` (``finding.*``) in English or
Ukrainian, filled with the finding's figures: money as "€1.2M" / "1,2 млн €"
(:func:`~mtd_analysis.outputs.charts.format_money`), shares as percentages,
priorities by their name in the chosen language.

Examples
--------
>>> import pandas as pd
>>> found = pd.DataFrame([{"kind": "thin", "subgroup": "police", "priority_code": "DRUGS", "partner": "USA",
...     "amount": 752_871.0, "currency": "EUR"}])
>>> finding_sentences(found, "en", year=2021, priority_names={"DRUGS": "Combating drug crime"})
['**Combating drug crime** rests on one partner, USA (€753k in 2021).']
>>> finding_sentences(found, "uk", year=2021, priority_names={"DRUGS": "Протидія наркозлочинності"})
['**Протидія наркозлочинності** тримається на одному партнері — USA (753 тис. € у 2021 р.).']
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd

from mtd_analysis.outputs.charts import count_label, format_money, format_percent, label, subgroup_label


class Text(str):
    """Markdown text that a notebook shows formatted (``_repr_markdown_``) and ``print`` shows as it is.

    Examples
    --------
    >>> Text("**bold**")._repr_markdown_()
    '**bold**'
    """

    def _repr_markdown_(self) -> str:
        return str(self)


def _value(rec: Mapping, key: str) -> Any:
    value = rec.get(key)
    return None if value is None or (not isinstance(value, str) and pd.isna(value)) else value


def _sentence(rec: Mapping, lang: str, year: int, names: Mapping[str, str], titles: Mapping[str, str]) -> str:
    kind = rec["kind"]
    currency = _value(rec, "currency") or "EUR"
    money = format_money(_value(rec, "amount"), str(currency), lang)
    share = format_percent(_value(rec, "share"), lang)
    code = _value(rec, "priority_code")
    priority = names.get(str(code), str(code)) if code else ""
    subgroup = subgroup_label(_value(rec, "subgroup"), lang) if _value(rec, "subgroup") else ""
    count = int(_value(rec, "count") or 0)
    if kind == "not_read":
        key = "finding.skipped" if rec.get("detail") == "skipped" else "finding.not_read"
        return label(key, lang, file=rec["subject"])
    if kind == "unmapped":
        return label("finding.unmapped", lang, amount=money, share=share, year=year,
                     projects=count_label(count, "projects", lang))  # fmt: skip
    if kind == "orphan":
        key = "finding.orphan_needs" if _value(rec, "amount") else "finding.orphan"
        return label(key, lang, priority=priority, subgroup=subgroup, year=year, amount=money)
    if kind == "gap":
        return label("finding.gap", lang, priority=priority, amount=money, year=year, share=share)
    if kind == "thin":
        return label("finding.thin", lang, priority=priority, partner=rec["partner"], amount=money, year=year)
    if kind == "concentration":
        return label("finding.concentration", lang, share=share, priority=priority, partner=rec["partner"],
                     partners=count_label(count, "partners", lang))  # fmt: skip
    if kind == "duplicate":
        pair = str(rec["subject"]).split(" / ")
        shown = " / ".join(f"«{titles.get(p, p)}»" for p in pair)
        score = f"{float(_value(rec, 'share') or 0):.2f}"
        return label("finding.duplicate", lang, titles=shown, partners=rec["partner"], priority=priority,
                     score=score if lang == "en" else score.replace(".", ","))  # fmt: skip
    if kind == "ending":
        key = "finding.ending" if _value(rec, "subject") else "finding.ending_open"
        return label(key, lang, projects=count_label(count, "projects", lang), since=rec.get("subject"),
                     date=rec["date"], detail=rec["detail"])  # fmt: skip
    if kind == "data_problems":
        return label("finding.data_problems", lang, partner=rec["partner"],
                     errors=count_label(count, "errors", lang), rows=count_label(int(rec["rows"]), "rows", lang))  # fmt: skip
    raise ValueError(f"unknown kind of finding: {kind!r}")


def finding_sentences(
    findings: pd.DataFrame,
    lang: str = "en",
    *,
    year: int,
    priority_names: Mapping[str, str] | None = None,
    titles: Mapping[str, str] | None = None,
) -> list[str]:
    """One sentence per finding (Markdown), in the table's order.

    Parameters
    ----------
    findings : DataFrame
        From :func:`mtd_analysis.analysis.findings.findings`.
    lang : {"en", "uk"}
    year : int
        The year the findings are about.
    priority_names : mapping, optional
        Priority code -> name in ``lang`` (see :func:`mtd_analysis.outputs.report.priority_names`);
        a code it lacks is shown as the code.
    titles : mapping, optional
        Project id -> title, to name the projects of a likely duplicate (default: their ids).

    Returns
    -------
    list of str
        Before the first likely duplicate, a sentence counting them all.

    Examples
    --------
    >>> found = pd.DataFrame([{"kind": "data_problems", "partner": "UK", "count": 2, "rows": 1}])
    >>> print(finding_sentences(found, "uk", year=2021)[0])
    UK: 2 помилки і 1 відхилений рядок у файлах (див. issues.csv і книгу зворотного зв'язку партнера).
    """
    names = dict(priority_names or {})
    project_titles = dict(titles or {})
    sentences = []
    counted = False
    for rec in findings.to_dict("records"):
        if rec["kind"] == "duplicate" and not counted:
            pairs = count_label(int(rec.get("count") or 0), "pairs", lang)
            sentences.append(label("finding.duplicates", lang, pairs=pairs))
            counted = True
        sentences.append(_sentence(rec, lang, year, names, project_titles))
    return sentences


def briefing(
    findings: pd.DataFrame,
    lang: str = "en",
    *,
    year: int,
    snapshot: str,
    sample: bool = False,
    priority_names: Mapping[str, str] | None = None,
    titles: Mapping[str, str] | None = None,
) -> Text:
    """The findings as a Markdown briefing: a heading, the sample warning when it applies, one bullet each.

    Examples
    --------
    >>> empty = pd.DataFrame(columns=["kind"])
    >>> print(briefing(empty, "en", year=2021, snapshot="2021-06"))
    ### What to look at first — 2021-06
    <BLANKLINE>
    - Nothing stands out: every priority has support and no file was left unread.
    """
    lines = [f"### {label('finding.title', lang, snapshot=snapshot)}", ""]
    if sample:
        lines += [f"*{label('finding.sample', lang)}*", ""]
    sentences = finding_sentences(findings, lang, year=year, priority_names=priority_names, titles=titles)
    lines += [f"- {s}" for s in sentences] or [f"- {label('finding.none', lang)}"]
    return Text("\n".join(lines))


def note(key: str, lang: str = "en") -> Text:
    """How to read a chart or a table (``note.<key>`` of ``labels.csv``), as Markdown for a notebook.

    Examples
    --------
    >>> note("coverage", "uk").startswith("Кожен стовпчик")
    True
    """
    return Text(label(f"note.{key}", lang))
