"""Make the bundled sample of partner submissions (``data/raw/sample``), and state its truth.

Two meeting snapshots of the MIA Sectoral Working Group "Law Enforcement Activities":

* ``2021-03/``: eight partner files in every layout the reader must survive (title blocks, two-row merged
  headers, totals and notes, several sheets beside a lookup sheet and an empty one, Ukrainian headers, .xls,
  .ods, a cp1251 ``;`` CSV with decimal commas, a UTF-16 tab-separated text export, a workbook in the 1904 date
  system, amounts and periods written as text), plus a truncated workbook, an Excel lock file, ``needs.csv`` and
  ``decisions.csv``;
* ``2021-06/``: the same partners three months later, with a known list of changes.

All figures are invented. Everything comes from the hand-written project lists below and a fixed seed, so two
runs write byte-identical files. :func:`expected` returns what a correct build must find (the test
``tests/test_sample.py`` imports it).

Run::

    .venv/bin/python scripts/make_sample.py [--out data/raw/sample]
"""

from __future__ import annotations

import argparse
import calendar
import csv
import dataclasses
import datetime as dt
import io
import random
import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

SNAPSHOTS = ("2021-03", "2021-06")
SEED = 2021
NBSP = "\u00a0"
FIXED_ZIP_TIME = (2021, 3, 15, 9, 0, 0)
FIXED_STAMP = "2021-03-15T09:00:00Z"
BROKEN_BYTES = 2000

PRIORITY_NAMES = {  # code: (English name, Ukrainian name) as partners write them
    "COMMUNITY_POLICING": ("Community policing", "Поліція громад"),
    "DOMESTIC_VIOLENCE": ("Domestic violence", "Протидія домашньому насильству"),
    "TRAFFICKING": ("Trafficking in human beings", "Протидія торгівлі людьми"),
    "DRUGS": ("Drug crime", "Протидія наркозлочинності"),
    "BORDER_SECURITY": ("Border security", "Безпека державного кордону"),
    "BORDER_CROSSING": ("Border crossing", "Зручний перетин кордону"),
    "ILLEGAL_MIGRATION": ("Illegal migration", "Протидія нелегальній міграції"),
    "COVID19": ("COVID-19", "COVID-19"),
}

DESCRIPTION_PHRASES = (
    "Training of trainers, equipment and study visits.",
    "Technical assistance, equipment and regional workshops.",
    "Advisory support, pilot regions and a final evaluation.",
    "Capacity building for units in pilot oblasts.",
    "Equipment delivery and on-the-job coaching.",
)


# --------------------------------------------------------------------------------------------------
# One project as a partner wrote it
# --------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Project:
    """One row of a partner file: the values written and, unless ``unasserted``, the truth."""

    title: str
    partner: str  # canonical funding partner (truth)
    implementer: str
    beneficiaries: tuple[str, ...]  # agency codes (truth)
    beneficiary_text: str  # as written
    priority: str  # intended priority code (or OTHER)
    declared: str  # declared priority as written ("" = none: the classifier decides)
    start: str | None  # ISO dates as written
    end: str | None
    amount: float | None  # as written (a negative stays negative here)
    currency: str | None  # ISO code of the written currency
    status: str = "ongoing"  # canonical: ongoing, planned, completed
    status_text: str = ""  # as written ("" = the file's word for `status`)
    code: str | None = None
    description: str = ""
    yearly: tuple[tuple[int, float], ...] = ()
    shares: tuple[tuple[str, int], ...] = ()  # declared split, when the partner gave one
    sheet: str = ""
    group: str = ""  # section heading the row sits under (files with headings)
    amount_style: str = "number"
    date_style: str = "excel"
    currency_text: str = ""  # as written in a currency column ("" = the ISO code)
    fate: str = "loaded"  # loaded | rejected | duplicate
    unasserted: tuple[str, ...] = ()  # truth fields the build may leave empty (see `issue`)
    issue: str = ""  # kind of issue the build must raise on this row


def _p(base: dict | None = None, **kw) -> Project:
    """A project from a partner's defaults (``base``) and its own fields (which win)."""
    return Project(**{**(base or {}), **kw})


# --------------------------------------------------------------------------------------------------
# Written forms of amounts and dates (each checks that the truth is exactly representable)
# --------------------------------------------------------------------------------------------------
def _grouped(value: float, sep: str) -> str:
    return f"{int(value):,}".replace(",", sep)


def _exact(value: float, text_value: float, form: str) -> None:
    if abs(value - text_value) > 1e-6:
        raise ValueError(f"{value!r} cannot be written exactly as {form}")


def amount_text(value: float, style: str, currency: str | None = None) -> str | float:
    """The cell for an amount in one of the partner styles (a number for ``number``)."""
    if style == "number":
        return float(value)
    whole, cents = divmod(round(value * 100), 100)
    if style == "nbsp_comma":  # 1 250 000,00 (NBSP thousands, decimal comma)
        return f"{_grouped(whole, NBSP)},{cents:02d}"
    if style == "comma_dot":  # 1,250,000.00
        return f"{whole:,}.{cents:02d}"
    if style == "plain":
        _exact(value, whole, style)
        return str(whole)
    if style == "spaced":  # 1 200 000
        _exact(value, whole, style)
        return _grouped(whole, " ")
    symbol = {"EUR": "€", "USD": "$"}.get(currency or "", "")
    if style in ("k", "m"):  # €300k, $1.2m
        scale = 1_000 if style == "k" else 1_000_000
        text = f"{value / scale:g}"
        _exact(value, float(text) * scale, style)
        return f"{symbol}{text}{style}"
    if style == "code_comma":  # USD 450,000
        _exact(value, whole, style)
        return f"{currency} {whole:,}"
    if style == "code_space":  # EUR 700 000
        _exact(value, whole, style)
        return f"{currency} {_grouped(whole, ' ')}"
    if style == "mln_uah":  # 3 млн грн
        text = f"{value / 1e6:g}".replace(".", ",")
        _exact(value, float(text.replace(",", ".")) * 1e6, style)
        return f"{text} млн грн"
    raise ValueError(f"unknown amount style {style!r}")


def _d(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso)


def _month_end(day: dt.date) -> bool:
    return day.day == calendar.monthrange(day.year, day.month)[1]


def period_text(start: str, end: str, style: str) -> str:
    """One cell holding a whole period, in one of the partner styles."""
    s, e = _d(start), _d(end)
    if style == "years":  # 2021-2022
        if (s.month, s.day, e.month, e.day) != (1, 1, 12, 31):
            raise ValueError(f"{start}..{end} is not whole years")
        return f"{s.year}-{e.year}"
    if style == "quarters":  # Q3 2021 – Q2 2022
        if s.day != 1 or s.month % 3 != 1 or e.month % 3 != 0 or not _month_end(e):
            raise ValueError(f"{start}..{end} is not whole quarters")
        return f"Q{(s.month + 2) // 3} {s.year} \u2013 Q{e.month // 3} {e.year}"
    if style == "months":  # 01/2021 - 12/2021
        if s.day != 1 or not _month_end(e):
            raise ValueError(f"{start}..{end} is not whole months")
        return f"{s.month:02d}/{s.year} - {e.month:02d}/{e.year}"
    if style == "iso_to":  # 2020-10-01 to 2021-09-30
        return f"{start} to {end}"
    raise ValueError(f"unknown period style {style!r}")


def date_cell(iso: str | None, style: str):
    """One date cell: a real date (``excel``), ISO text or ``dd.mm.yyyy`` text."""
    if iso is None:
        return None
    if style == "excel":
        return _d(iso)
    if style == "iso":
        return iso
    if style == "dotted":
        return _d(iso).strftime("%d.%m.%Y")
    raise ValueError(f"unknown date style {style!r}")


# --------------------------------------------------------------------------------------------------
# The hand-written project lists (March 2021)
# --------------------------------------------------------------------------------------------------
def _eu() -> list[Project]:
    e = {"partner": "EU", "currency": "EUR"}
    return [
        _p(e, code="EU-01", title="Border crossing points modernisation on the western border",
           implementer="IOM", beneficiaries=("SBGS",), beneficiary_text="SBGS", priority="BORDER_CROSSING",
           declared="Border crossing", start="2020-01-01", end="2022-12-31", amount=8_500_000),
        _p(e, code="EU-02", title="Integrated border management: surveillance equipment for the eastern border",
           implementer="ICMPD", beneficiaries=("SBGS",), beneficiary_text="SBGS", priority="BORDER_SECURITY",
           declared="Border security", start="2021-01-15", end="2023-01-14", amount=6_200_000),
        _p(e, code="EU-03", title="Community policing in Donetsk and Luhansk oblasts",
           implementer="UNDP", beneficiaries=("NPU",), beneficiary_text="NPU", priority="COMMUNITY_POLICING",
           declared="Community policing", start="2019-07-01", end="2021-12-31", amount=4_000_000),
        _p(e, code="EU-04", title="Readmission and return of irregular migrants: capacity of the migration service",
           implementer="ICMPD", beneficiaries=("SMS", "SBGS"), beneficiary_text="SMS; SBGS",
           priority="ILLEGAL_MIGRATION", declared="Illegal migration", start="2020-06-01", end="2022-05-31",
           amount=2_750_000),
        _p(e, code="EU-05", title="COVID-19 protective equipment for front-line police and border guards",
           implementer="UNDP", beneficiaries=("NPU", "SBGS"), beneficiary_text="NPU; SBGS", priority="COVID19",
           declared="COVID-19", start="2020-05-01", end="2021-04-30", amount=1_500_000, currency_text="EURO"),
        _p(e, code="EU-06", title="EUAM advisory support to police reform in the regions",
           implementer="EUAM Ukraine", beneficiaries=("NPU", "MIA"), beneficiary_text="NPU; MIA",
           priority="COMMUNITY_POLICING", declared="Community policing", start="2021-01-01", end="2021-12-31",
           amount=3_200_000),
        _p(e, code="EU-07", title="Investigation capacity against organised crime at the border",
           implementer="DCAF", beneficiaries=("SBGS",), beneficiary_text="SBGS", priority="BORDER_SECURITY",
           declared="Border security", start="2022-06-30", end="2021-07-01", amount=1_100_000,
           unasserted=("start", "end"), issue="date"),
        _p(e, code="EU-08", title="Mobile community police stations in rural hromadas",
           implementer="UNDP", beneficiaries=("NPU",), beneficiary_text="National Police of Ukraine",
           priority="COMMUNITY_POLICING", declared="", start="2021-02-01", end="2022-07-31", amount=1_850_000),
        _p(e, code="EU-09", title="Domestic violence response teams (POLINA) in pilot regions",
           implementer="UNDP", beneficiaries=("NPU",), beneficiary_text="NPU", priority="DOMESTIC_VIOLENCE",
           declared="Domestic violence", start="2021-03-01", end="2023-02-28", amount=2_400_000,
           status="planned"),
    ]  # fmt: skip


def _usa() -> list[Project]:
    u = {"partner": "USA", "currency": "USD"}
    dup = _p(u, code="INL-P-02", sheet="Police",
             title="Countering human trafficking and drug crime along transit routes", implementer="UNODC",
             beneficiaries=("NPU", "SBGS"), beneficiary_text="NPU; SBGS", priority="TRAFFICKING",
             shares=(("TRAFFICKING", 60), ("DRUGS", 40)), declared="TRAFFICKING 60%; DRUGS 40%",
             start="2021-07-01", end="2022-06-30", date_style="quarters", amount=450_000,
             amount_style="code_comma", status="planned")  # fmt: skip
    return [
        _p(u, code="INL-P-01", sheet="Police", title="Patrol police training academy support",
           implementer="INL", beneficiaries=("NPU",), beneficiary_text="NPU", priority="COMMUNITY_POLICING",
           declared="COMMUNITY_POLICING", start="2021-01-01", end="2022-12-31", date_style="years",
           amount=1_200_000, amount_style="m"),
        dup,
        _p(u, code="INL-P-03", sheet="Police", title="Forensic laboratory for synthetic drugs detection",
           implementer="UNODC", beneficiaries=("NPU",), beneficiary_text="NPU", priority="DRUGS",
           declared="DRUGS", start="2020-01-01", end="2021-12-31", date_style="years", amount=1_250_000,
           amount_style="comma_dot"),
        _p(u, code="INL-P-04", sheet="Police", title="Mobile response groups for domestic violence calls",
           implementer="La Strada Ukraine", beneficiaries=("NPU",), beneficiary_text="National Police",
           priority="DOMESTIC_VIOLENCE", declared="DOMESTIC_VIOLENCE", start="2021-01-01", end="2022-12-31",
           date_style="years", amount=800_000, amount_style="comma_dot"),
        _p(u, code="INL-P-05", sheet="Police", title="School and youth safety officers",
           implementer="INL", beneficiaries=("NPU",), beneficiary_text="National Police",
           priority="COMMUNITY_POLICING", declared="COMMUNITY_POLICING", start="2021-01-01", end="2021-12-31",
           date_style="quarters", amount=600_000, amount_style="k"),
        _p(u, code="INL-B-01", sheet="Border", title="Border guard patrol vehicles and thermal cameras",
           implementer="INL", beneficiaries=("SBGS",), beneficiary_text="SBGS", priority="BORDER_SECURITY",
           declared="BORDER_SECURITY", start="2020-01-01", end="2022-12-31", date_style="years",
           amount=3_500_000, amount_style="m"),
        _p(u, code="INL-B-02", sheet="Border", title="Green border surveillance on the Moldovan section",
           implementer="ICMPD", beneficiaries=("SBGS",), beneficiary_text="SBGS", priority="BORDER_SECURITY",
           declared="BORDER_SECURITY", start="2021-01-01", end="2023-12-31", date_style="years",
           amount=2_000_000, amount_style="code_comma"),
        _p(u, code="INL-B-03", sheet="Border", title="Document fraud detection at border crossing points",
           implementer="IOM", beneficiaries=("SBGS",), beneficiary_text="SBGS", priority="BORDER_CROSSING",
           declared="BORDER_CROSSING", start="2021-04-01", end="2022-03-31", date_style="quarters",
           amount=750_000, amount_style="code_comma"),
        dataclasses.replace(dup, sheet="Border", fate="duplicate", issue="duplicate"),
        _p(u, code="INL-B-04", sheet="Border", title="Victim identification training for border guards",
           implementer="IOM", beneficiaries=("SBGS", "SMS"), beneficiary_text="SBGS; SMS",
           priority="TRAFFICKING", declared="TRAFFICKING", start="2021-01-01", end="2022-12-31",
           date_style="years", amount=400_000, amount_style="k"),
    ]  # fmt: skip


def _germany() -> list[Project]:
    g = {"partner": "Germany", "currency": "UAH"}
    return [
        _p(g, code="GIZ-01", title="Сучасні пункти пропуску на кордоні з Польщею", implementer="GIZ",
           beneficiaries=("SBGS",), beneficiary_text="ДПСУ", priority="BORDER_CROSSING",
           declared="Зручний перетин кордону", start="2021-03-01", end="2023-02-28", date_style="dotted",
           amount=45_000_000, amount_style="nbsp_comma"),
        _p(g, code="GIZ-02", title="Спроможність ДМС у протидії нелегальній міграції", implementer="IOM",
           beneficiaries=("SMS",), beneficiary_text="ДМС України", priority="ILLEGAL_MIGRATION",
           declared="Протидія нелегальній міграції", start="2020-09-01", end="2022-08-31", amount=3_000_000,
           amount_style="mln_uah"),
        _p(g, code="GIZ-03", title="Технічне оснащення відділів прикордонної служби", implementer="GIZ",
           beneficiaries=("SBGS",), beneficiary_text="ДПСУ", priority="BORDER_SECURITY",
           declared="Безпека державного кордону", start="2021-01-01", end="2022-12-31", amount=62_500_000),
        _p(g, code="GIZ-04", title="Поліція громад у Житомирській області", implementer="GIZ",
           beneficiaries=("NPU",), beneficiary_text="НПУ", priority="COMMUNITY_POLICING",
           declared="Поліція громад", start="2020-07-01", end="2022-06-30", date_style="dotted",
           amount=18_000_000),
        _p(g, code="GIZ-05", title="Спільні патрулі поліції та прикордонників у прикордонних громадах",
           implementer="GIZ", beneficiaries=("NPU", "SBGS"), beneficiary_text="НПУ, ДПСУ",
           priority="BORDER_SECURITY", declared="Безпека державного кордону", start="2021-05-01",
           end="2022-04-30", date_style="dotted", amount=1_250_000, amount_style="nbsp_comma", status="planned",
           status_text="заплановано"),
        _p(g, code="GIZ-06", title="Рятувальні підрозділи ДСНС у громадах", implementer="GIZ",
           beneficiaries=("SESU",), beneficiary_text="ДСНС", priority="OTHER", declared="",
           start="2020-01-01", end="2021-12-31", amount=9_800_000),
        _p(g, code="GIZ-07", title="Засоби захисту від COVID-19 для Національної гвардії", implementer="GIZ",
           beneficiaries=("NGU",), beneficiary_text="НГУ", priority="COVID19", declared="COVID-19",
           start="2020-04-01", end="2021-06-30", amount=7_500_000),
        _p(g, code="GIZ-08", title="Електронна черга на пунктах пропуску", implementer="GIZ",
           beneficiaries=("SBGS",), beneficiary_text="ДПСУ", priority="BORDER_CROSSING", declared="",
           start="2021-01-01", end="2021-12-31", date_style="dotted", amount=4_200_000,
           amount_style="nbsp_comma"),
    ]  # fmt: skip


def _uk() -> list[Project]:
    k = {"partner": "UK", "currency": "GBP"}
    police, border = "POLICE", "BORDER AND MIGRATION"
    return [
        _p(k, group=police, title="Strengthening community policing in Kharkiv oblast", implementer="DCAF",
           beneficiaries=("NPU",), beneficiary_text="National Police", priority="COMMUNITY_POLICING",
           declared="Community policing", start="2020-04-01", end="2022-03-31", amount=950_000),
        _p(k, group=police, title="Specialised police response to domestic and gender-based violence",
           implementer="La Strada Ukraine", beneficiaries=("NPU",), beneficiary_text="National Police",
           priority="DOMESTIC_VIOLENCE", declared="Domestic violence", start="2021-01-01", end="2021-12-31",
           date_style="iso", amount=420_000),
        _p(k, group=police, title="Human trafficking victim support and police referral",
           implementer="La Strada Ukraine", beneficiaries=("NPU", "MIA"), beneficiary_text="National Police; MIA",
           priority="TRAFFICKING", declared="", start="2021-04-01", end="2022-03-31", amount=300_000),
        _p(k, group=police, title="", implementer="DCAF", beneficiaries=("NPU",),
           beneficiary_text="National Police", priority="COMMUNITY_POLICING", declared="Community policing",
           start="2021-01-01", end="2021-12-31", amount=150_000, fate="rejected", issue="title"),
        _p(k, group=police, title="Police leadership and human rights training", implementer="DCAF",
           beneficiaries=("NPU",), beneficiary_text="National Police", priority="COMMUNITY_POLICING",
           declared="Community policing", start="2021-02-01", end="2022-01-31", amount=-75_000,
           unasserted=("amount",), issue="amount"),
        _p(k, group=border, title="Maritime border surveillance in the Sea of Azov", implementer="DCAF",
           beneficiaries=("SBGS",), beneficiary_text="State Border Guard Service", priority="BORDER_SECURITY",
           declared="Border security", start="2020-10-01", end="2022-09-30", amount=2_100_000),
        _p(k, group=border, title="Smuggling of migrants: joint investigation teams", implementer="IOM",
           beneficiaries=("SMS", "SBGS"), beneficiary_text="State Migration Service; State Border Guard Service",
           priority="ILLEGAL_MIGRATION", declared="Illegal migration", start="2021-06-01", end="2022-05-31",
           date_style="iso", amount=500_000, status="planned"),
    ]  # fmt: skip


def _canada() -> list[Project]:
    c = {"partner": "Canada", "currency": "CAD"}
    return [
        _p(c, code="CA-01", title="Community safety and policing in hromadas", implementer="Canadian Police Arrangement",
           beneficiaries=("NPU",), beneficiary_text="NPU", priority="COMMUNITY_POLICING",
           declared="Community policing", start="2020-01-01", end="2022-12-31", amount=3_000_000,
           yearly=((2020, 1_000_000), (2021, 1_000_000), (2022, 1_000_000))),
        _p(c, code="CA-02", title="Gender-responsive police services against domestic violence",
           implementer="UN Women", beneficiaries=("NPU",), beneficiary_text="NPU", priority="DOMESTIC_VIOLENCE",
           declared="Domestic violence", start="2021-01-01", end="2022-12-31", amount=1_800_000,
           yearly=((2021, 900_000), (2022, 900_000))),
        _p(c, code="CA-03", title="Patrol police field training officers", implementer="Canadian Police Arrangement",
           beneficiaries=("NPU",), beneficiary_text="NPU", priority="COMMUNITY_POLICING",
           declared="Community policing", start="2020-04-01", end="2021-09-30", amount=2_500_000,
           yearly=((2020, 1_500_000), (2021, 1_000_000))),
        _p(c, code="CA-04", title="National Guard public order management training", implementer="OSCE",
           beneficiaries=("NGU",), beneficiary_text="NGU", priority="OTHER", declared="", start="2021-01-01",
           end="2021-12-31", amount=600_000, yearly=((2021, 600_000),)),
        _p(c, code="CA-05", title="Integrity at border crossing points", implementer="DCAF",
           beneficiaries=("SBGS",), beneficiary_text="SBGS", priority="BORDER_CROSSING",
           declared="Border crossing", start="2021-04-01", end="2022-03-31", amount=450_000,
           yearly=((2021, 337_500), (2022, 112_500))),
        _p(c, code="CA-06", title="Cybercrime unit capacity building", implementer="Canadian Police Arrangement",
           beneficiaries=("NPU",), beneficiary_text="NPU", priority="OTHER", declared="", start="2020-07-01",
           end="2021-06-30", amount=700_000, yearly=((2020, 350_000), (2021, 350_000))),
    ]  # fmt: skip


def _denmark() -> list[Project]:
    d = {"partner": "Denmark", "date_style": "dotted", "amount_style": "nbsp_comma"}
    return [
        _p(d, currency="DKK", title="Danish support to community policing in Mykolaiv oblast", implementer="UNDP",
           beneficiaries=("NPU",), beneficiary_text="Національна поліція", priority="COMMUNITY_POLICING",
           declared="Community policing", start="2021-01-01", end="2023-12-31", amount=5_000_000),
        _p(d, currency="DKK", title="Shelters and hotline for survivors of domestic violence", implementer="La Strada Ukraine",
           beneficiaries=("NPU",), beneficiary_text="НПУ", priority="DOMESTIC_VIOLENCE",
           declared="Domestic violence", start="2020-03-01", end="2022-02-28", amount=2_750_000.5),
        _p(d, currency="DKK", title="Police human rights and integrity training", implementer="DCAF", beneficiaries=("NPU",),
           beneficiary_text="НПУ", priority="COMMUNITY_POLICING", declared="COMMUNITY_POLICING",
           start="2020-09-01", end="2021-08-31", amount=1_400_000),
        _p(d, currency="DKK", title="Regional police cooperation with the Baltic states", implementer="DCAF",
           beneficiaries=("NPU",), beneficiary_text="НПУ", priority="COMMUNITY_POLICING",
           declared="Community policing", start="2021-06-01", end="2022-05-31", amount=350_000,
           currency_text="XYZ", unasserted=("amount", "currency"), issue="currency"),
        _p(d, currency="DKK", title="Gender-based violence investigation training", implementer="UNFPA",
           beneficiaries=("NPU",), beneficiary_text="НПУ", priority="DOMESTIC_VIOLENCE",
           declared="Domestic violence", start="2021-09-01", end="2023-08-31", amount=1_200_000,
           status="planned", status_text="заплановано",
           description='=HYPERLINK("https://example.org/gbv","Project page")'),
        _p(d, currency="EUR", title="Emergency response training for SESU rescuers", implementer="UNDP",
           beneficiaries=("SESU",), beneficiary_text="ДСНС", priority="OTHER", declared="",
           start="2021-01-01", end="2021-12-31", amount=400_000),
        _p(d, currency="DKK", title="Counter-trafficking awareness in western oblasts", implementer="La Strada Ukraine",
           beneficiaries=("NPU", "SMS"), beneficiary_text="НПУ; ДМС", priority="TRAFFICKING",
           declared="Протидія торгівлі людьми", start="2021-01-01", end="2021-12-31", amount=600_000),
    ]  # fmt: skip


def _japan() -> list[Project]:
    j = {"partner": "Japan", "currency": "USD", "date_style": "iso", "amount_style": "plain"}
    return [
        _p(j, title="Тепловізійне обладнання для охорони кордону", implementer="UNDP", beneficiaries=("SBGS",),
           beneficiary_text="ДПСУ", priority="BORDER_SECURITY", declared="Безпека державного кордону",
           start="2021-02-01", end="2022-01-31", amount=1_800_000),
        _p(j, title="Засоби захисту від COVID-19 для Державної міграційної служби", implementer="IOM",
           beneficiaries=("SMS",), beneficiary_text="ДМС України", priority="COVID19", declared="COVID-19",
           start="2020-06-01", end="2021-05-31", amount=500_000),
        _p(j, title="Обладнання для поліцейських станцій громад", implementer="UNDP", beneficiaries=("NPU",),
           beneficiary_text="НПУ", priority="COMMUNITY_POLICING", declared="Поліція громад",
           start="2021-01-01", end="2022-12-31", amount=900_000, amount_style="spaced"),
        _p(j, title="Навчання прикордонників з виявлення жертв торгівлі людьми", implementer="IOM",
           beneficiaries=("SBGS",), beneficiary_text="ДПСУ", priority="TRAFFICKING",
           declared="Протидія торгівлі людьми", start="2021-04-01", end="2022-03-31", amount=350_000),
        _p(j, title="Обладнання для рятувальників ДСНС у Донецькій області", implementer="UNDP",
           beneficiaries=("SESU",), beneficiary_text="ДСНС", priority="OTHER", declared="",
           start="2020-01-01", end="2021-12-31", amount=1_200_000, amount_style="spaced"),
        _p(j, title="Біометричний реєстр мігрантів", implementer="IOM", beneficiaries=("SMS",),
           beneficiary_text="ДМС України", priority="ILLEGAL_MIGRATION", declared="Протидія нелегальній міграції",
           start="2021-07-01", end="2023-06-30", amount=650_000, status="planned", status_text="заплановано"),
    ]  # fmt: skip


def _sweden() -> list[Project]:
    s = {"partner": "Sweden"}
    return [
        _p(s, title="Gender-based violence prevention and police response", implementer="UNFPA",
           beneficiaries=("NPU",), beneficiary_text="NPU", priority="DOMESTIC_VIOLENCE",
           declared="Domestic violence", start="2021-01-01", end="2021-12-31", date_style="months",
           amount=300_000, currency="EUR", amount_style="k"),
        _p(s, title="Anti-trafficking hotline and victim referral", implementer="La Strada Ukraine",
           beneficiaries=("NPU", "SMS"), beneficiary_text="NPU; SMS", priority="TRAFFICKING", declared="",
           start="2020-10-01", end="2021-09-30", date_style="iso_to", amount=700_000, currency="EUR",
           amount_style="code_space"),
        _p(s, title="Community policing and human rights in eastern Ukraine", implementer="UNDP",
           beneficiaries=("NPU",), beneficiary_text="NPU", priority="COMMUNITY_POLICING",
           declared="Community policing", start="2021-01-01", end="2023-12-31", date_style="years",
           amount=15_000_000, currency="SEK", amount_style="code_space"),
        _p(s, title="Migrant rights and registration support", implementer="IOM", beneficiaries=("SMS",),
           beneficiary_text="SMS", priority="ILLEGAL_MIGRATION", declared="ILLEGAL_MIGRATION",
           start="2021-07-01", end="2023-06-30", date_style="months", amount=1_500_000, currency="EUR",
           amount_style="m", status="planned"),
        _p(s, title="Border management and human rights training", implementer="OSCE", beneficiaries=("SBGS",),
           beneficiary_text="SBGS", priority="BORDER_SECURITY", declared="Border security", start="2021-01-01",
           end="2022-12-31", date_style="quarters", amount=950_000, currency="EUR", amount_style="code_space"),
    ]  # fmt: skip


def _osce() -> list[Project]:  # the broken file: written whole, then cut to its first 2000 bytes
    o = {"partner": "OSCE", "currency": "EUR"}
    return [
        _p(o, title="Police dialogue with communities", implementer="OSCE", beneficiaries=("NPU",),
           beneficiary_text="NPU", priority="COMMUNITY_POLICING", declared="Community policing",
           start="2021-01-01", end="2021-12-31", amount=250_000),
        _p(o, title="Gender mainstreaming in the border guard service", implementer="OSCE",
           beneficiaries=("SBGS",), beneficiary_text="SBGS", priority="BORDER_SECURITY",
           declared="Border security", start="2021-01-01", end="2022-12-31", amount=400_000),
    ]  # fmt: skip


def _with_descriptions(projects: list[Project], rng: random.Random) -> list[Project]:
    return [
        p if p.description else dataclasses.replace(p, description=rng.choice(DESCRIPTION_PHRASES))
        for p in projects
    ]


def march_projects() -> dict[str, list[Project]]:
    """The 2021-03 project lists, per partner key (descriptions drawn from the fixed seed)."""
    rng = random.Random(SEED)
    lists = {
        "eu": _eu(),
        "usa": _usa(),
        "germany": _germany(),
        "uk": _uk(),
        "canada": _canada(),
        "denmark": _denmark(),
        "japan": _japan(),
        "sweden": _sweden(),
        "osce": _osce(),
    }
    return {key: _with_descriptions(projects, rng) for key, projects in lists.items()}


# --------------------------------------------------------------------------------------------------
# June 2021: the same partners, with a known list of changes
# --------------------------------------------------------------------------------------------------
JUNE_NEW = {
    "eu": _p(partner="EU", currency="EUR", code="EU-10", title="Canine units for border guard detachments",
             implementer="ICMPD", beneficiaries=("SBGS",), beneficiary_text="SBGS", priority="BORDER_SECURITY",
             declared="Border security", start="2021-07-01", end="2023-06-30", amount=900_000, status="planned",
             description="Dogs, kennels and handler training."),
    "usa": _p(partner="USA", currency="USD", code="INL-P-06", sheet="Police",
              title="Cyber-enabled drug crime investigations", implementer="UNODC", beneficiaries=("NPU",),
              beneficiary_text="NPU", priority="DRUGS", declared="DRUGS", start="2021-07-01", end="2022-06-30",
              date_style="quarters", amount=350_000, amount_style="k", status="planned",
              description="Darknet investigation training and software."),
    "sweden": _p(partner="Sweden", title="Safe shelters network for domestic violence survivors",
                 implementer="UN Women", beneficiaries=("NPU",), beneficiary_text="NPU",
                 priority="DOMESTIC_VIOLENCE", declared="Domestic violence", start="2021-07-01", end="2022-12-31",
                 date_style="months", amount=450_000, currency="EUR", amount_style="code_space",
                 status="planned", description="Shelters in four oblasts and police referral protocols."),
}  # fmt: skip
JUNE_ENDED = {  # title: status written
    "COVID-19 protective equipment for front-line police and border guards": "Completed",
    "Засоби захисту від COVID-19 для Державної міграційної служби": "завершено",
}
JUNE_GONE = (
    "Emergency response training for SESU rescuers",
    "Victim identification training for border guards",
)
JUNE_AMOUNTS = {
    "Технічне оснащення відділів прикордонної служби": 70_000_000,
    "Community policing and human rights in eastern Ukraine": 18_000_000,
    "Maritime border surveillance in the Sea of Azov": 2_400_000,
}
JUNE_DATES = {
    "Integrated border management: surveillance equipment for the eastern border": (
        "2021-01-15",
        "2023-07-14",
    ),
    "Тепловізійне обладнання для охорони кордону": ("2021-02-01", "2022-06-30"),
}
JUNE_PRIORITY = {  # title: (declared as written, intended code)
    "Document fraud detection at border crossing points": ("BORDER_SECURITY", "BORDER_SECURITY"),
}
JUNE_UNCHANGED = "canada"  # this partner sent the very same file again


def june_projects() -> dict[str, list[Project]]:
    """The 2021-06 project lists: March's, with the changes above applied."""
    june: dict[str, list[Project]] = {}
    for key, projects in march_projects().items():
        if key == "osce":
            continue  # OSCE sent nothing in June (its March file was broken)
        rows = []
        for p in projects:
            if p.title in JUNE_GONE:
                continue
            if p.title in JUNE_ENDED:
                p = dataclasses.replace(p, status="completed", status_text=JUNE_ENDED[p.title])
            if p.title in JUNE_AMOUNTS:
                p = dataclasses.replace(p, amount=JUNE_AMOUNTS[p.title])
            if p.title in JUNE_DATES:
                start, end = JUNE_DATES[p.title]
                p = dataclasses.replace(p, start=start, end=end)
            if p.title in JUNE_PRIORITY:
                declared, code = JUNE_PRIORITY[p.title]
                p = dataclasses.replace(p, declared=declared, priority=code)
            rows.append(p)
        if key in JUNE_NEW:
            new = JUNE_NEW[key]
            # a new row goes at the end of its sheet (before a duplicate re-sent at the very end)
            last = max(
                (i for i, r in enumerate(rows) if r.sheet == new.sheet and r.fate != "duplicate"), default=-1
            )
            rows.insert(last + 1, new)
        june[key] = rows
    return june


# --------------------------------------------------------------------------------------------------
# Sheets as grids of cells: written by the writers below, counted by `expected`
# --------------------------------------------------------------------------------------------------
@dataclass
class Sheet:
    """A sheet as rows of cells, with what each row is (for the truth)."""

    name: str
    rows: list[list] = field(default_factory=list)
    header_last: int = 0  # 1-based row number of the last header row (0: not a project sheet)
    merges: list[str] = field(default_factory=list)
    kinds: dict[int, str] = field(
        default_factory=dict
    )  # row -> project|duplicate|rejected|total|note|heading
    projects: dict[int, Project] = field(default_factory=dict)

    def add(self, cells: Iterable, kind: str = "", project: Project | None = None) -> int:
        self.rows.append(list(cells))
        row = len(self.rows)
        if kind:
            self.kinds[row] = kind
        if project is not None:
            self.projects[row] = project
        return row


@dataclass
class Submission:
    """One file of a snapshot: its name, format and sheets."""

    name: str
    fmt: str  # xlsx | xlsx1904 | xls | ods | csv | txt | broken
    partner: str
    sheets: list[Sheet]


def _status_word(p: Project, lang: str) -> str:
    if p.status_text:
        return p.status_text
    words = {"en": {"ongoing": "Ongoing", "planned": "Planned", "completed": "Completed"},
             "uk": {"ongoing": "триває", "planned": "заплановано", "completed": "завершено"}}  # fmt: skip
    return words[lang][p.status]


def _add_project(sheet: Sheet, p: Project, cells: list) -> None:
    kind = {"loaded": "project", "rejected": "rejected", "duplicate": "duplicate"}[p.fate]
    sheet.add(cells, kind, p)


def _total(projects: list[Project]) -> float:
    return float(sum(p.amount for p in projects if p.fate == "loaded" and p.amount and p.amount > 0))


def _eu_sheets(projects: list[Project], as_of: str) -> list[Sheet]:
    sheet = Sheet("Projects")
    sheet.add([f"EU-funded technical assistance to the MIA system \u2014 status as of {as_of}"])
    sheet.add(
        [
            'Compiled by the Delegation of the European Union to Ukraine for the SWG "Law Enforcement Activities"'
        ]
    )
    sheet.add([])
    head = [
        "Code",
        "Project title",
        "Implementer",
        "Beneficiary",
        "Priority",
        "Duration",
        None,
        "Budget",
        None,
    ]
    sheet.add([*head, "Status", "Description"])
    sheet.add([None, None, None, None, None, "Start", "End", "Amount", "Currency", None, None])
    sheet.header_last = 5
    sheet.merges = [
        "A1:K1",
        "A2:K2",
        "A4:A5",
        "B4:B5",
        "C4:C5",
        "D4:D5",
        "E4:E5",
        "F4:G4",
        "H4:I4",
        "J4:J5",
        "K4:K5",
    ]
    for p in projects:
        cells = [p.code, p.title, p.implementer, p.beneficiary_text, p.declared or None,
                 date_cell(p.start, p.date_style), date_cell(p.end, p.date_style), amount_text(p.amount, p.amount_style),
                 p.currency_text or p.currency, _status_word(p, "en"), p.description]  # fmt: skip
        _add_project(sheet, p, cells)
    sheet.add([None, "Total", None, None, None, None, None, _total(projects), "EUR", None, None], "total")
    sheet.add([])
    sheet.add(["Notes:"], "note")
    sheet.add(["1. Amounts are EU contributions; national co-financing is not included."], "note")
    sheet.add(["2. Dates are contractual start and end dates."], "note")
    return [sheet]


def _usa_sheets(projects: list[Project]) -> list[Sheet]:
    head = [
        "Code",
        "Project",
        "Donor",
        "Implementer",
        "Beneficiary",
        "Priority",
        "Period",
        "Budget, USD",
        "Status",
    ]
    sheets = []
    for name in ("Police", "Border"):
        sheet = Sheet(name)
        sheet.add(head)
        sheet.header_last = 1
        for p in (p for p in projects if p.sheet == name):
            cells = [p.code, p.title, "United States (INL)", p.implementer, p.beneficiary_text, p.declared or None,
                     period_text(p.start, p.end, p.date_style), amount_text(p.amount, p.amount_style, p.currency),
                     _status_word(p, "en")]  # fmt: skip
            _add_project(sheet, p, cells)
        sheets.append(sheet)
    lists = Sheet("Lists")
    lists.add(["Priority codes", "Agencies"])
    codes = [*PRIORITY_NAMES, "CUSTODY"]
    agencies = ["MIA", "NPU", "SBGS", "NGU", "SMS", "SESU"]
    for i in range(max(len(codes), len(agencies))):
        lists.add([codes[i] if i < len(codes) else None, agencies[i] if i < len(agencies) else None])
    return [*sheets, lists, Sheet("Sheet3")]


def _germany_sheets(projects: list[Project]) -> list[Sheet]:
    sheet = Sheet("Проєкти")
    sheet.add(["Проєкти міжнародної технічної допомоги Німеччини (GIZ) для системи МВС"])
    sheet.add([])
    sheet.add(["Шифр проєкту", "Назва проєкту", "Донор", "Виконавець", "Бенефіціар", "Пріоритет", "Бюджет, грн",
               "Початок", "Завершення", "Статус"])  # fmt: skip
    sheet.header_last = 3
    for p in projects:
        cells = [p.code, p.title, "Німеччина", p.implementer, p.beneficiary_text, p.declared or None,
                 amount_text(p.amount, p.amount_style), date_cell(p.start, p.date_style),
                 date_cell(p.end, p.date_style), _status_word(p, "uk")]  # fmt: skip
        _add_project(sheet, p, cells)
    sheet.add([None, "Усього", None, None, None, None, _total(projects), None, None, None], "total")
    return [sheet]


def _uk_sheets(projects: list[Project]) -> list[Sheet]:
    sheet = Sheet("UK projects")
    sheet.add(["Project title", "Implementing partner", "Beneficiary", "Priority area", "Start", "End",
               "Budget (GBP)", "Status"])  # fmt: skip
    sheet.header_last = 1
    group = None
    for p in projects:
        if p.group != group:
            group = p.group
            sheet.add([group], "heading")
        cells = [p.title or None, p.implementer, p.beneficiary_text, p.declared or None,
                 date_cell(p.start, p.date_style), date_cell(p.end, p.date_style), float(p.amount),
                 _status_word(p, "en")]  # fmt: skip
        _add_project(sheet, p, cells)
    return [sheet]


def _canada_sheets(projects: list[Project]) -> list[Sheet]:
    sheet = Sheet("Canada ITA")
    years = (2020, 2021, 2022)
    sheet.add(["Code", "Project", "Donor", "Implementer", "Beneficiary", "Priority", "Start date", "End date",
               "Total (CAD)", "2020", "2021", "Budget 2022", "Status"])  # fmt: skip
    sheet.header_last = 1
    for p in projects:
        yearly = dict(p.yearly)
        if abs(sum(yearly.values()) - p.amount) > 1e-6:
            raise ValueError(f"yearly amounts of {p.title!r} do not add up to its amount")
        cells = [
            p.code,
            p.title,
            "Global Affairs Canada",
            p.implementer,
            p.beneficiary_text,
            p.declared or None,
            _d(p.start),
            _d(p.end),
            float(p.amount),
            *[yearly.get(y) for y in years],
            _status_word(p, "en"),
        ]
        _add_project(sheet, p, cells)
    return [sheet]


def _denmark_sheets(projects: list[Project]) -> list[Sheet]:
    sheet = Sheet("")
    sheet.add(["Donor", "Project", "Implementer", "Beneficiary", "Priority", "Start", "End", "Amount", "Currency",
               "Status", "Опис"])  # fmt: skip
    sheet.header_last = 1
    for p in projects:
        status = _status_word(p, "uk")
        cells = ["Denmark (DANIDA)", p.title, p.implementer, p.beneficiary_text, p.declared,
                 date_cell(p.start, p.date_style), date_cell(p.end, p.date_style),
                 amount_text(p.amount, p.amount_style), p.currency_text or p.currency, status, p.description]  # fmt: skip
        _add_project(sheet, p, cells)
    return [sheet]


def _japan_sheets(projects: list[Project]) -> list[Sheet]:
    sheet = Sheet("")
    sheet.add(["Назва проєкту", "Донор", "Виконавець", "Бенефіціар", "Пріоритет", "Бюджет, дол. США", "Початок",
               "Завершення", "Статус"])  # fmt: skip
    sheet.header_last = 1
    for p in projects:
        cells = [p.title, "Японія", p.implementer, p.beneficiary_text, p.declared,
                 amount_text(p.amount, p.amount_style), date_cell(p.start, p.date_style),
                 date_cell(p.end, p.date_style), _status_word(p, "uk")]  # fmt: skip
        _add_project(sheet, p, cells)
    sheet.add(["Разом", "", "", "", "", amount_text(_total(projects), "plain"), "", "", ""], "total")
    return [sheet]


def _sweden_sheets(projects: list[Project]) -> list[Sheet]:
    sheet = Sheet("Sida")
    sheet.add(
        ["Project", "Donor", "Implementer", "Beneficiaries", "Priority area", "Budget", "Period", "Status"]
    )
    sheet.header_last = 1
    for p in projects:
        cells = [p.title, "Sweden (Sida)", p.implementer, p.beneficiary_text, p.declared or None,
                 amount_text(p.amount, p.amount_style, p.currency), period_text(p.start, p.end, p.date_style),
                 _status_word(p, "en")]  # fmt: skip
        _add_project(sheet, p, cells)
    return [sheet]


def _osce_sheets(projects: list[Project]) -> list[Sheet]:
    sheet = Sheet("OSCE")
    sheet.add(["Project", "Donor", "Beneficiary", "Priority", "Start", "End", "Budget, EUR"])
    sheet.header_last = 1
    for p in projects:
        sheet.add([p.title, "OSCE", p.beneficiary_text, p.declared, _d(p.start), _d(p.end), float(p.amount)])
    return [sheet]


def submissions(snapshot: str) -> list[Submission]:
    """Every partner file of a snapshot, as grids (no file is written)."""
    if snapshot not in SNAPSHOTS:
        raise ValueError(f"unknown snapshot {snapshot!r}; expected one of {SNAPSHOTS}")
    march = snapshot == "2021-03"
    lists = march_projects() if march else june_projects()
    tag = "2021-03" if march else "2021-06"
    canada_tag = "2021-03"  # Canada's June file is its March file, sent again
    subs = [
        Submission(f"eu_{'2021-03-15' if march else '2021-06-10'}.xlsx", "xlsx", "EU",
                   _eu_sheets(lists["eu"], "15 March 2021" if march else "10 June 2021")),
        Submission(f"usa_inl_{tag}.xlsx", "xlsx", "USA", _usa_sheets(lists["usa"])),
        Submission(f"giz_germany_{tag}.xlsx", "xlsx", "Germany", _germany_sheets(lists["germany"])),
        Submission(f"uk_{tag}.xls", "xls", "UK", _uk_sheets(lists["uk"])),
        Submission(f"canada_{canada_tag}.xlsx", "xlsx1904", "Canada", _canada_sheets(lists["canada"])),
        Submission(f"denmark_{tag}.csv", "csv", "Denmark", _denmark_sheets(lists["denmark"])),
        Submission(f"japan_{tag}.txt", "txt", "Japan", _japan_sheets(lists["japan"])),
        Submission(f"sweden_sida_{tag}.ods", "ods", "Sweden", _sweden_sheets(lists["sweden"])),
    ]  # fmt: skip
    if march:
        subs.append(Submission("osce_2021-03.xlsx", "broken", "OSCE", _osce_sheets(lists["osce"])))
    return subs


LOCK_FILE = "~$eu_2021-03-15.xlsx"
NEEDS = [  # priority_code, year, amount, currency
    ("BORDER_SECURITY", 2021, 15_000_000, "EUR"),
    ("COMMUNITY_POLICING", 2021, 8_000_000, "EUR"),
    ("CUSTODY", 2021, 2_000_000, "EUR"),
    ("DOMESTIC_VIOLENCE", 2021, 3_000_000, "EUR"),
    ("DRUGS", 2021, 1_500_000, "EUR"),
]
DECISIONS = [  # project_a, project_b, decision, note, date
    ("EU-02", "INL-B-02", "complementary",
     "Reviewed at the March meeting: EU equips the eastern border, INL the Moldovan section.", "2021-03-18"),
]  # fmt: skip


# --------------------------------------------------------------------------------------------------
# The truth
# --------------------------------------------------------------------------------------------------
def _blank(cells: list) -> bool:
    return all(c is None or (isinstance(c, str) and not c.strip()) for c in cells)


def _file_counts(sub: Submission) -> dict:
    counts = {"status": "loaded", "rows_read": 0, "rows_loaded": 0, "rows_rejected": 0, "rows_skipped": 0}
    if sub.fmt == "broken":
        return {**counts, "status": "failed"}
    for sheet in sub.sheets:
        if not sheet.header_last:  # a sheet with no project table: its non-empty rows are read and skipped
            nonblank = sum(1 for cells in sheet.rows if not _blank(cells))
            counts["rows_read"] += nonblank
            counts["rows_skipped"] += nonblank
            continue
        for row, cells in enumerate(sheet.rows, start=1):
            if row <= sheet.header_last or _blank(cells):
                continue
            kind = sheet.kinds.get(row)
            if kind is None:
                raise AssertionError(f"{sub.name} row {row}: a non-blank row with no designed kind")
            counts["rows_read"] += 1
            bucket = {"project": "rows_loaded", "rejected": "rows_rejected"}.get(kind, "rows_skipped")
            counts[bucket] += 1
    return counts


def _truth_row(sub: Submission, sheet: Sheet, row: int, p: Project) -> dict:
    hidden = set(p.unasserted)
    return {
        "partner": p.partner,
        "code": p.code,
        "title": p.title,
        "amount": None if "amount" in hidden else (float(p.amount) if p.amount is not None else None),
        "currency": None if "currency" in hidden else p.currency,
        "start_date": None if "start" in hidden else p.start,
        "end_date": None if "end" in hidden else p.end,
        "beneficiaries": tuple(sorted(p.beneficiaries)),
        "priority": p.priority,
        "priority_shares": dict(p.shares) if p.shares else {p.priority: 100},
        "declared_priority": p.declared,
        "yearly_amounts": {y: float(a) for y, a in p.yearly},
        "status": p.status,
        "unasserted": tuple(sorted(hidden)),
        "source_file": sub.name,
        "source_sheet": sheet.name,
        "source_row": row,
    }


def expected(snapshot: str) -> dict:
    """What a correct build of one snapshot must find, by construction.

    Returns
    -------
    dict
        ``sample`` (True); ``files``: file name -> {partner, status, rows_read, rows_loaded, rows_rejected,
        rows_skipped} for every submission (the broken file: status ``failed``, all counts 0);
        ``not_submissions``: files in the folder that are not submissions (lock file, side files, SAMPLE);
        ``projects``: one dict per project that must load (see :func:`_truth_row`; a field named in its
        ``unasserted`` is None: the build may leave it empty and must raise an issue on that row instead);
        ``issue_rows``: rows that must be named in the issues (file, sheet, row, kind, title);
        ``broken_files``; ``duplicates``; ``totals``: sum of asserted amounts per currency; ``coverage``:
        the designed orphan, thin and crowded priorities for 2021; ``changes`` (2021-06 only).

    Examples
    --------
    >>> truth = expected("2021-03")
    >>> truth["files"]["osce_2021-03.xlsx"]["status"]
    'failed'
    """
    subs = submissions(snapshot)
    files, projects, issue_rows, duplicates = {}, [], [], []
    for sub in subs:
        files[sub.name] = {"partner": sub.partner, **_file_counts(sub)}
        if sub.fmt == "broken":
            continue
        for sheet in sub.sheets:
            for row, p in sheet.projects.items():
                where = {"file": sub.name, "sheet": sheet.name, "row": row, "title": p.title}
                if p.fate == "loaded":
                    projects.append(_truth_row(sub, sheet, row, p))
                if p.fate == "duplicate":
                    duplicates.append(where)
                if p.issue:
                    issue_rows.append({**where, "kind": p.issue})
    totals: dict[str, float] = {}
    for t in projects:
        if t["amount"] is not None:
            totals[t["currency"]] = totals.get(t["currency"], 0.0) + t["amount"]
    truth = {
        "snapshot": snapshot,
        "sample": True,
        "files": files,
        "not_submissions": sorted(
            ([LOCK_FILE] if snapshot == "2021-03" else []) + ["SAMPLE", "decisions.csv", "needs.csv"]
        ),
        "broken_files": [s.name for s in subs if s.fmt == "broken"],
        "projects": projects,
        "issue_rows": issue_rows,
        "duplicates": duplicates,
        "totals": dict(sorted(totals.items())),
        "coverage": {"year": 2021, "orphan": "CUSTODY", "thin": "DRUGS", "crowded": "COMMUNITY_POLICING"},
        "needs": [dict(zip(("priority_code", "year", "amount", "currency"), n, strict=True)) for n in NEEDS],
        "decisions": [
            dict(zip(("project_a", "project_b", "decision", "note", "date"), d, strict=True))
            for d in DECISIONS
        ],  # fmt: skip
    }
    if snapshot == "2021-06":
        truth["changes"] = {
            "new": sorted(p.title for p in JUNE_NEW.values()),
            "ended": sorted(JUNE_ENDED),
            "gone": sorted(JUNE_GONE),
            "amount_changed": dict(sorted((t, float(a)) for t, a in JUNE_AMOUNTS.items())),
            "dates_changed": dict(sorted(JUNE_DATES.items())),
            "priority_changed": {t: code for t, (_, code) in sorted(JUNE_PRIORITY.items())},
            "unchanged_file": next(s.name for s in subs if s.partner == "Canada"),
        }
    return truth


# --------------------------------------------------------------------------------------------------
# Writers (deterministic: fixed timestamps inside every archive)
# --------------------------------------------------------------------------------------------------
def _rezip(raw: bytes, first: str | None = None, stored: tuple[str, ...] = ()) -> bytes:
    """Rewrite a zip archive with fixed entry times and a fixed document timestamp."""
    src = zipfile.ZipFile(io.BytesIO(raw))
    names = src.namelist()
    if first:
        names = [first] + [n for n in names if n != first]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for name in names:
            body = src.read(name)
            if name == "docProps/core.xml":
                body = re.sub(
                    rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>" + FIXED_STAMP.encode(), body
                )
            info = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_STORED if name in stored else zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 0
            dst.writestr(info, body)
    return out.getvalue()


def _xlsx_bytes(sheets: list[Sheet], epoch_1904: bool = False) -> bytes:
    import openpyxl
    from openpyxl.utils.datetime import CALENDAR_MAC_1904

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    if epoch_1904:
        wb.epoch = CALENDAR_MAC_1904
    wb.properties.creator = "mtd-analysis sample"
    wb.properties.created = dt.datetime(2021, 3, 15, 9, 0, 0)
    for sheet in sheets:
        ws = wb.create_sheet(sheet.name)
        for r, cells in enumerate(sheet.rows, start=1):
            for c, value in enumerate(cells, start=1):
                if value is None or value == "":
                    continue
                cell = ws.cell(row=r, column=c, value=value)
                if isinstance(value, str) and value.startswith("="):
                    cell.data_type = "s"  # text, not a formula
                if isinstance(value, dt.date):
                    cell.number_format = "dd.mm.yyyy"
        for rng in sheet.merges:
            ws.merge_cells(rng)
    buf = io.BytesIO()
    wb.save(buf)
    return _rezip(buf.getvalue())


def _xls_bytes(sheets: list[Sheet]) -> bytes:
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    date_style = xlwt.easyxf(num_format_str="DD.MM.YYYY")
    for sheet in sheets:
        ws = book.add_sheet(sheet.name)
        for r, cells in enumerate(sheet.rows):
            for c, value in enumerate(cells):
                if value is None or value == "":
                    continue
                if isinstance(value, dt.date):
                    ws.write(r, c, dt.datetime.combine(value, dt.time()), date_style)
                else:
                    ws.write(r, c, value)
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()


def _ods_cell(value) -> str:
    if value is None or value == "":
        return "<table:table-cell/>"
    if isinstance(value, dt.date):
        iso = value.isoformat()
        return f'<table:table-cell office:value-type="date" office:date-value="{iso}"><text:p>{iso}</text:p></table:table-cell>'
    if isinstance(value, int | float):
        return f'<table:table-cell office:value-type="float" office:value="{value!r}"><text:p>{value!r}</text:p></table:table-cell>'
    return f'<table:table-cell office:value-type="string"><text:p>{escape(str(value))}</text:p></table:table-cell>'


def _ods_bytes(sheets: list[Sheet]) -> bytes:
    ns = (
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"'
    )
    tables = []
    for sheet in sheets:
        rows = "".join(f"<table:table-row>{''.join(_ods_cell(v) for v in cells) or '<table:table-cell/>'}</table:table-row>"
                       for cells in sheet.rows)  # fmt: skip
        tables.append(f'<table:table table:name="{escape(sheet.name)}">{rows}</table:table>')
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ns}>'
        f"<office:body><office:spreadsheet>{''.join(tables)}</office:spreadsheet></office:body>"
        "</office:document-content>"
    )
    styles = f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles {ns}/>'
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", content)
        z.writestr("styles.xml", styles)
        z.writestr("META-INF/manifest.xml", manifest)
    return _rezip(buf.getvalue(), first="mimetype", stored=("mimetype",))


def _text_rows(sheet: Sheet) -> list[list[str]]:
    return [["" if v is None else str(v) for v in cells] for cells in sheet.rows]


def _csv_bytes(sheets: list[Sheet]) -> bytes:
    buf = io.StringIO()
    csv.writer(buf, delimiter=";", lineterminator="\r\n").writerows(_text_rows(sheets[0]))
    return buf.getvalue().encode("cp1251")


def _txt_bytes(sheets: list[Sheet]) -> bytes:
    buf = io.StringIO()
    csv.writer(buf, delimiter="\t", lineterminator="\r\n").writerows(_text_rows(sheets[0]))
    return b"\xff\xfe" + buf.getvalue().encode("utf-16-le")  # Excel "Unicode text"


def submission_bytes(sub: Submission) -> bytes:
    """The bytes of one partner file."""
    if sub.fmt == "xlsx":
        return _xlsx_bytes(sub.sheets)
    if sub.fmt == "xlsx1904":
        return _xlsx_bytes(sub.sheets, epoch_1904=True)
    if sub.fmt == "broken":
        return _xlsx_bytes(sub.sheets)[:BROKEN_BYTES]
    if sub.fmt == "xls":
        return _xls_bytes(sub.sheets)
    if sub.fmt == "ods":
        return _ods_bytes(sub.sheets)
    if sub.fmt == "csv":
        return _csv_bytes(sub.sheets)
    if sub.fmt == "txt":
        return _txt_bytes(sub.sheets)
    raise ValueError(f"unknown format {sub.fmt!r}")


def _lock_file_bytes(user: str = "Olena") -> bytes:
    """An Excel owner file (``~$name.xlsx``): the user's name twice, padded to 165 bytes."""
    body = bytes([len(user)]) + user.encode("ascii").ljust(53, b" ")
    body += len(user).to_bytes(2, "little") + user.encode("utf-16-le")
    return body.ljust(165, b"\x00")


def _side_csv(header: tuple[str, ...], rows: list[tuple]) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buf.getvalue().encode("utf-8")


def snapshot_files(snapshot: str) -> dict[str, bytes]:
    """Every file of one snapshot folder: name -> bytes."""
    files = {sub.name: submission_bytes(sub) for sub in submissions(snapshot)}
    files["SAMPLE"] = b""
    files["needs.csv"] = _side_csv(("priority_code", "year", "amount", "currency"), NEEDS)
    files["decisions.csv"] = _side_csv(("project_a", "project_b", "decision", "note", "date"), DECISIONS)
    if snapshot == "2021-03":
        files[LOCK_FILE] = _lock_file_bytes()
    return dict(sorted(files.items()))


def write_sample(out: Path) -> list[Path]:
    """Write both snapshots under ``out`` (replacing the files it makes; nothing else is touched)."""
    written = []
    for snapshot in SNAPSHOTS:
        folder = out / snapshot
        folder.mkdir(parents=True, exist_ok=True)
        for name, body in snapshot_files(snapshot).items():
            path = folder / name
            path.write_bytes(body)
            written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--out", type=Path, default=Path(__file__).resolve().parents[1] / "data" / "raw" / "sample"
    )
    args = parser.parse_args(argv)
    written = write_sample(args.out)
    print(f"wrote {len(written)} files under {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
