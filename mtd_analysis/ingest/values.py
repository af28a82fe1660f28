"""Parse the values partners write: amounts, currencies, dates, periods, agencies, statuses.

Every parser takes one cell's value (whatever the spreadsheet reader gave: str,
float, int, datetime, date or None) and returns the parsed value, or raises
:class:`ValueProblem` with a sentence a partner could act on. The sentence
names the value but not the cell: the caller adds file, sheet, row and cell.

Examples
--------
>>> parse_amount("1\\u00a0250\\u00a0000,00")
Amount(value=1250000.0, currency=None)
>>> parse_amount("€300k")
Amount(value=300000.0, currency='EUR')
>>> parse_amount("3 млн грн")
Amount(value=3000000.0, currency='UAH')
>>> parse_period("Q3 2021 – Q2 2022")
(datetime.date(2021, 7, 1), datetime.date(2022, 6, 30))
>>> parse_beneficiaries("НПУ, ДПСУ")
(['NPU', 'SBGS'], [])
"""

from __future__ import annotations

import calendar
import contextlib
import datetime as dt
import math
import re
from dataclasses import dataclass
from functools import lru_cache

from mtd_analysis import config
from mtd_analysis.ingest.words import fold
from mtd_analysis.reference import agencies as agencies_ref
from mtd_analysis.reference import currencies as currencies_ref

__all__ = [
    "Amount",
    "ValueProblem",
    "clean_text",
    "normalise_key",
    "parse_amount",
    "parse_currency",
    "parse_date",
    "parse_period",
    "parse_duration",
    "end_after",
    "date_order",
    "is_open_ended",
    "mask_agency_names",
    "agency_name_starts",
    "agency_name_at",
    "parse_beneficiaries",
    "parse_status",
    "currency_in_text",
    "excel_serial_to_date",
]


class ValueProblem(ValueError):
    """A cell value that cannot be read as what its column says it is.

    ``severity`` is ``"error"`` (the value is wrong) or ``"warning"`` (the value
    was read, but a person should look).
    """

    def __init__(
        self, message: str, severity: str = "error", kind: str = "value", negative: float | None = None
    ):
        super().__init__(message)
        self.message = message
        self.severity = severity
        self.kind = kind
        #: the amount, with its minus sign, of a negative amount (a ledger's reduction, wrong in a project's row)
        self.negative = negative


@dataclass(frozen=True)
class Amount:
    """A money amount as written: the number and, when the cell said so, its currency."""

    value: float
    currency: str | None = None


# ---------------------------------------------------------------------------
# text

_SPACES = re.compile(r"[\s\u00a0\u2007\u202f\u2009\u200b\ufeff]+")


#: A character clean_text turns into a plain space: a line break, a tab, an unusual space.
UNUSUAL_CHAR = re.compile(r"[\t\n\r\x0b\x0c\u00a0\u2007\u202f\u2009\u200b\ufeff]")
#: What makes clean_text change a text beyond stripping it: such a character, or a double space.
_UNUSUAL_SPACE = re.compile(f"{UNUSUAL_CHAR.pattern}|  |;#")


def lookup_values(text: str) -> str:
    """A SharePoint list's lookup or multiple-choice cell as its values: "12;#National Police;#16;#National Guard"
    (each value after its item's id), ";#NPU;#SBGS;#" (choices) -> the values joined by "; ".

    Examples
    --------
    >>> lookup_values("3;#Данія"), lookup_values("12;#National Police;#16;#National Guard")
    ('Данія', 'National Police; National Guard')
    >>> lookup_values(";#NPU;#SBGS;#"), lookup_values("НПУ;#ДПСУ")
    ('NPU; SBGS', 'НПУ; ДПСУ')
    """
    parts = [p.strip() for p in text.split(";#")]
    parts = [p for p in parts if p] if not parts[0] or not parts[-1] else parts
    if len(parts) >= 2 and len(parts) % 2 == 0 and all(p.isdigit() for p in parts[::2]):
        parts = parts[1::2]  # id;#value pairs: the values
    return "; ".join(p for p in parts if p)


def clean_text(value) -> str | None:
    """Strip a cell to plain text: NBSP and line breaks become single spaces; empty becomes None.

    Examples
    --------
    >>> clean_text("  Start date\\n(dd.mm.yyyy)\\u00a0")
    'Start date (dd.mm.yyyy)'
    >>> clean_text("   ") is None, clean_text("'15.03.2021")
    (True, '15.03.2021')
    >>> clean_text(2021.0)
    '2021'
    """
    if value is None:
        return None
    if type(value) is str:
        # every unusual space is unprintable: a printable text with no double space needs no pattern (the common case)
        if (not value.isprintable() or "  " in value) and _UNUSUAL_SPACE.search(value):
            value = _SPACES.sub(" ", value)
        if ";#" in value and "#;#" not in value:  # a SharePoint lookup ("12;#National Police"), not "C#;#F#"
            value = lookup_values(value)
        value = value.strip()
        if value[:1] == "'" and value[1:2].isdigit():  # "'15.03.2021": Excel's mark of a text typed in, kept
            value = value[1:]
        return value or None
    if isinstance(value, float):
        if math.isnan(value):
            return None
        if value.is_integer():
            value = int(value)
    if isinstance(value, (dt.datetime, dt.date)):
        return (
            value.isoformat()[:10]
            if not isinstance(value, dt.datetime) or _is_midnight(value)
            else str(value)
        )
    text = _SPACES.sub(" ", str(value)).strip()
    return text or None


def holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether a text, lower-cased, holds one of ``words`` (written in lower case): a test far cheaper than a
    pattern ignoring case, run first where every text the pattern finds holds one of the words.

    Examples
    --------
    >>> holds_any("Co-FUNDED: UK 50%", ("fund", "nanc")), holds_any("Training of trainers", ("fund", "nanc"))
    (True, False)
    """
    low = text.lower()
    return any(word in low for word in words)


def _is_midnight(value: dt.datetime) -> bool:
    return value.hour == 0 and value.minute == 0 and value.second == 0


#: Ukrainian and Russian letter variants folded after words.fold; one letter for one, and no letter folded
#: to is folded again, so the replacements in turn are one translation (str.translate with a dict is
#: several times slower).
_FOLD = (("є", "е"), ("ї", "и"), ("і", "и"), ("ґ", "г"), ("й", "и"))


#: Letters that look alike in Latin and Cyrillic (lower case, as :func:`~mtd_analysis.ingest.words.fold` leaves
#: them, capitals' look-alikes included: "К", "М", "Т", "Н", "В"), typed into a word of the other script
#: ("USАID" with a Cyrillic "А", "Дoнoр" with Latin "o").
_LATIN_LOOKALIKES = "aceiopxykmthb"
_CYRILLIC_LOOKALIKES = "асеіорхукмтнв"
#: Latin look-alikes put in Cyrillic (also the priority classifier's, for its Cyrillic words).
TO_CYRILLIC = str.maketrans(_LATIN_LOOKALIKES, _CYRILLIC_LOOKALIKES)
_TO_LATIN = str.maketrans(_CYRILLIC_LOOKALIKES, _LATIN_LOOKALIKES)
#: A Latin letter beside a Cyrillic one: a word typed in two scripts (a cheap test before looking at its words).
_TWO_SCRIPTS = re.compile(r"[a-z][а-яіїєґ]|[а-яіїєґ][a-z]")
_LETTER_WORD = re.compile(r"[^\W\d_]+")


def _one_script(found: re.Match) -> str:
    """A word typed in two scripts, its look-alike letters put in the script of its other letters (unchanged when
    they do not say which, or it is no look-alike that is out of place). A word of look-alikes only goes to the
    script of most of its letters, by two letters at least."""
    word = found[0]
    latin = sum(1 for ch in word if "a" <= ch <= "z" and ch not in _LATIN_LOOKALIKES)
    cyrillic = sum(1 for ch in word if ("а" <= ch <= "я" or ch in "іїєґ") and ch not in _CYRILLIC_LOOKALIKES)
    if latin > cyrillic:
        return word.translate(_TO_LATIN)
    if cyrillic > latin:
        return word.translate(TO_CYRILLIC)
    if latin == cyrillic == 0:  # every letter a look-alike ("скасoвано", "Тaкси"): the script of most of them
        latin = sum(1 for ch in word if "a" <= ch <= "z")
        if 2 * latin < len(word) - 1:
            return word.translate(TO_CYRILLIC)
        if 2 * latin > len(word) + 1:
            return word.translate(_TO_LATIN)
    return word


@lru_cache(maxsize=65536)
def normalise_key(text: str) -> str:
    """Fold text for matching: lower case, Ukrainian/Russian letter variants folded, punctuation dropped.

    Examples
    --------
    >>> normalise_key("Назва  проєкту,\\n(укр.)")
    'назва проекту укр'
    >>> normalise_key("Start-date")
    'start date'

    A word typed in two scripts is read in the script of its other letters ("USАID" with a Cyrillic "А",
    "Дoнoр" with Latin "o"):

    >>> normalise_key("USАID"), normalise_key("Дoнoр"), normalise_key("Данiя")
    ('usaid', 'донор', 'дания')
    """
    text = unfolded_key(text)
    for letter, folded in _FOLD:
        text = text.replace(letter, folded)
    return text


@lru_cache(maxsize=4096)
def unfolded_key(text: str) -> str:
    """:func:`normalise_key` without folding the Ukrainian and Russian letter variants: "від" (from) and "вид"
    (kind) stay two words.

    Examples
    --------
    >>> unfolded_key("Від:"), unfolded_key("Вид"), normalise_key("Вид")
    ('від', 'вид', 'вид')
    """
    text = fold(text)
    if _TWO_SCRIPTS.search(text):
        text = _LETTER_WORD.sub(_one_script, text)
    return " ".join(_KEY_WORDS.findall(text.replace("_", " ")))


_KEY_WORDS = re.compile(r"[#№\w]+")


# ---------------------------------------------------------------------------
# currencies


@lru_cache(maxsize=1)
def _currency_aliases() -> dict[str, str]:
    aliases: dict[str, str] = {}
    for code, spellings in currencies_ref.currency_spellings().items():
        for alias in spellings:
            aliases[alias.lower()] = code
    return aliases


@lru_cache(maxsize=1)
def _currency_pattern() -> re.Pattern:
    words = sorted(_currency_aliases(), key=len, reverse=True)
    alts = "|".join(re.escape(w) for w in words if any(ch.isalnum() for ch in w))
    signs = "|".join(re.escape(w) for w in words if not any(ch.isalnum() for ch in w))
    # a currency word stands alone: not inside a longer word (digits may touch it: "€300k", "EUR700"); a sign may
    # touch a unit's letter ("£k", "€m")
    return re.compile(rf"((?<![^\W\d_])(?:{alts})(?![^\W\d_])|{signs})", re.IGNORECASE)


def without_currency_words(text: str) -> str:
    """``text`` with its currency words blanked: the country in a currency's name ("дол. США", "U.S. dollars")
    names the money's unit, not who gives it.

    Examples
    --------
    >>> without_currency_words("Сума, дол. США"), without_currency_words("Вклад США (дол.США)")
    ('Сума,  ', 'Вклад США ( )')
    """
    return _currency_pattern().sub(" ", text)


# ISO 4217 active codes: a three-letter code outside this set is "unknown".
_ISO_4217 = frozenset(
    """AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD CAD
    CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD
    HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD
    MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR
    RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS
    UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWL""".split()
)


@lru_cache(maxsize=4096)
def _currency_cached(text: str) -> str:
    return _parse_currency_text(text)


def parse_currency(value) -> str | None:
    """An ISO 4217 code from a currency cell ("EUR", "€", "дол. США", "грн").

    Raises
    ------
    ValueProblem
        When the text is not a currency this project knows.

    Examples
    --------
    >>> parse_currency("дол. США"), parse_currency("€"), parse_currency(" eur ")
    ('USD', 'EUR', 'EUR')
    >>> parse_currency("ZAR")
    'ZAR'
    >>> parse_currency("XYZ")
    Traceback (most recent call last):
    ...
    mtd_analysis.ingest.values.ValueProblem: unknown currency code 'XYZ' (expected an ISO 4217 code such as EUR, USD or UAH)
    """
    text = clean_text(value)
    if text is None:
        return None
    return _currency_cached(text)


def currency_in_letters(value) -> str | None:
    """:func:`parse_currency` of a cell, except an ISO 4217 number ("978"), which is said as an unknown code.

    Examples
    --------
    >>> currency_in_letters("EUR"), parse_currency("978")
    ('EUR', 'EUR')
    >>> currency_in_letters("978")
    Traceback (most recent call last):
    ...
    mtd_analysis.ingest.values.ValueProblem: unknown currency code '978' (expected an ISO 4217 code such as EUR, USD or UAH)
    """
    text = clean_text(value)
    if text is not None and _CURRENCY_NUMBER.fullmatch(text):
        raise _unknown_currency(text)
    return parse_currency(value)


#: A currency's ISO 4217 number as a cell holds it ("978", 978.0).
_CURRENCY_NUMBER = re.compile(r"\d{3}(?:\.0)?")


def _unknown_currency(text: str) -> ValueProblem:
    return ValueProblem(
        f"unknown currency code '{text}' (expected an ISO 4217 code such as EUR, USD or UAH)", kind="currency"
    )


@lru_cache(maxsize=1)
def _currency_numbers() -> dict[str, str]:
    return currencies_ref.currency_numbers()


def _parse_currency_text(text: str) -> str:
    key = text.lower().strip(" .")
    aliases = _currency_aliases()
    if key in aliases:
        return aliases[key]
    if key.rstrip(".") in aliases:
        return aliases[key.rstrip(".")]
    if re.fullmatch(r"[A-Za-z]{3}", text) and text.upper() in _ISO_4217:
        return text.upper()
    if _CURRENCY_NUMBER.fullmatch(text) and text[:3] in _currency_numbers():
        return _currency_numbers()[text[:3]]  # a system's export: "978" is EUR (ISO 4217 number)
    found = currency_in_text(text)
    if found:
        return found
    raise _unknown_currency(text)


@lru_cache(maxsize=8192)
def currency_in_text(text: str | None) -> str | None:
    """The one currency named inside a longer text (a header, a title block), or None.

    Examples
    --------
    >>> currency_in_text("Бюджет, дол. США"), currency_in_text("Budget (USD)"), currency_in_text("Budget")
    ('USD', 'USD', None)
    >>> currency_in_text("All amounts in EUR unless stated")
    'EUR'
    """
    if not text:
        return None
    codes = {_currency_aliases()[m.group(1).lower()] for m in _currency_pattern().finditer(text)}
    return codes.pop() if len(codes) == 1 else None


# ---------------------------------------------------------------------------
# amounts

_MULTIPLIERS = {
    "k": 1e3,
    "th": 1e3,
    "thousand": 1e3,
    "thousands": 1e3,
    "thous": 1e3,  # "USD 450 thous.", "1,2 thsd EUR", "EUR 310 Tsd.": a thousand abbreviated
    "thsd": 1e3,
    "tsd": 1e3,
    "тис": 1e3,
    "тыс": 1e3,
    "тисяч": 1e3,
    "тысяч": 1e3,
    "m": 1e6,
    "mm": 1e6,  # "$1.2MM": US finance's million
    "mn": 1e6,
    "mln": 1e6,
    "mio": 1e6,
    "mill": 1e6,  # "NOK 4,5 mill.": the Nordic abbreviation
    "million": 1e6,
    "millions": 1e6,
    "млн": 1e6,
    "мільйон": 1e6,
    "мільйона": 1e6,
    "мільйони": 1e6,
    "мільйонів": 1e6,
    "миллион": 1e6,
    "миллиона": 1e6,
    "миллионов": 1e6,
    "тисяча": 1e3,
    "тисячі": 1e3,
    "тысяча": 1e3,
    "тысячи": 1e3,
    "b": 1e9,
    "bn": 1e9,
    "billion": 1e9,
    "млрд": 1e9,
    # donors' own languages: Czech and Slovak "3,5 mil. Kč", "tis. Kč"; Polish "tys. zł", "mld"; Hungarian
    # "150 millió", "ezer"; Finnish and Swedish "0,8 milj.", "miljoner"; German "Mrd."
    "mil": 1e6,
    "milion": 1e6,
    "miliony": 1e6,
    "milionů": 1e6,
    "milionu": 1e6,
    "millió": 1e6,
    "milj": 1e6,
    "miljoner": 1e6,
    "miljoonaa": 1e6,
    "tis": 1e3,
    "tys": 1e3,
    "ezer": 1e3,
    "mld": 1e9,
    "mrd": 1e9,
    "milliárd": 1e9,
}
_NUMBER = re.compile(r"\d[\d\s\u00a0\u202f\u2009.,'’]*")
_MULT_PATTERN = re.compile(
    r"(?<![^\W\d_])("
    + "|".join(sorted(map(re.escape, _MULTIPLIERS), key=len, reverse=True))
    + r")\.?(?![^\W\d_])",
    re.IGNORECASE,
)


_TRAILING_MINUS = re.compile(r"\d[\d\s\u00a0.,']*\s?[-−]")
_NEGATIVE = re.compile(r"(?<![\w.,])[-−–]\s*[\d€$£₴]")


def _number_from_text(raw: str, has_multiplier: bool) -> float:
    """Read one number written with any thousands/decimal convention."""
    digits = re.sub(r"[\s\u00a0\u202f\u2009'’]", "", raw).strip(".,")
    if not digits:
        raise ValueError(raw)
    has_dot, has_comma = "." in digits, "," in digits
    if has_dot and has_comma:
        decimal = "." if digits.rfind(".") > digits.rfind(",") else ","
        thousands = "," if decimal == "." else "."
        digits = digits.replace(thousands, "").replace(decimal, ".")
    elif has_comma:
        parts = digits.split(",")
        if len(parts) > 2 or (len(parts[1]) == 3 and not has_multiplier and parts[0] != "0"):
            digits = digits.replace(",", "")  # 1,250,000 or 1,250
        else:
            digits = digits.replace(",", ".")  # 1250,50 or 1,5m
    elif has_dot:
        parts = digits.split(".")
        if len(parts) > 2 or (len(parts[1]) == 3 and not has_multiplier and parts[0] not in ("0", "")):
            digits = digits.replace(
                ".", ""
            )  # 1.250.000, or 450.000 (a dot before three digits groups thousands)
    return float(digits)


#: A part of a project's budget given in one cell: "Component 1 (software): USD 300,000", "Компонент 2: 200 000".
_LABELLED_PART = re.compile(
    r"\s*(?:component|компонент|lot|лот|phase|фаза|етап|этап|output|module|модуль|activity|напрям|направление)"
    r"[^:;\n]*:\s*([^:;\n]+)",
    re.IGNORECASE,
)


def _part_label(label: str) -> bool:
    """A budget part labelled by an MIA agency ("NPU: EUR 300,000")."""
    codes, unknown = parse_beneficiaries(label)
    return bool(codes) and not unknown


def amount_parts(value) -> list[Amount]:
    """The amounts of a cell giving a project's budget by part ("Component 1: USD 500,000; Component 2: USD
    230,000"): each part labelled as a component (lot, phase, output, module), one amount per part, separated by
    ";" or a new line; [] otherwise (a total, a share of another's money or a disbursement is no part).

    Examples
    --------
    >>> amount_parts("Component 1 (software): USD 300,000; Component 2: USD 200,000")
    [Amount(value=300000.0, currency='USD'), Amount(value=200000.0, currency='USD')]
    >>> amount_parts("USD 300,000"), amount_parts("Budget: 800,000; disbursed: 300,000")
    ([], [])
    """
    if not isinstance(value, str) or ":" not in value:
        return []
    pieces = [p.strip() for p in re.split(r"[;\n]", value) if p.strip()]
    if len(pieces) < 2:
        return []
    out = []
    for piece in pieces:
        found = _LABELLED_PART.fullmatch(piece)
        if found is None and ":" in piece and _part_label(piece.split(":", 1)[0].strip()):
            found = re.fullmatch(r"[^:]*:\s*(.+)", piece)
        if found is None:
            return []
        try:
            amount = _amount_from_text(found[1].strip())
        except ValueProblem:
            return []
        out.append(amount)
    return out


def _multiplier_words(least: float, most: float) -> str:
    return "|".join(sorted((re.escape(w) for w, v in _MULTIPLIERS.items() if least <= v <= most and len(w) > 1),
                           key=len, reverse=True))  # fmt: skip


#: An amount written in whole millions and thousands: "1 млн 200 тис. грн", "2 million 500 thousand EUR" (the
#: multiplier words of _MULTIPLIERS, of a million and more, then of a thousand).
_COMPOUND = re.compile(
    rf"(?P<before>[^\d]*?)(?P<a>\d+)\s*(?P<big>{_multiplier_words(1e6, 1e9)})\.?\s+"
    rf"(?P<b>\d{{1,3}}(?:[.,]\d+)?)\s*(?:{_multiplier_words(1e3, 1e3)})\.?(?P<after>[^\d]*)",
    re.IGNORECASE,
)


#: A line that is a sum alone, with perhaps its currency or unit ("310,000", "€ 180 000", "1.2 млн євро"): at least
#: four digits, the first not a zero (a figure a converter broke over two lines, "800↵000,00", is one sum).
_FIGURE_LINE = re.compile(
    r"(?:[A-Za-z€$£¥₴]{1,4}\.?\s?)?[1-9](?=(?:[\s\u00a0.,']*\d){3})[\d\s\u00a0.,']*(?:\s?[^\W\d_]{1,6}\.?){0,2}"
)


def _a_figure_a_line(text: str) -> bool:
    r"""Whether a cell's text is two sums or more, one a line ("250,000↵310,000"), not one sum beside words or one
    sum broken over lines.

    Examples
    --------
    >>> _a_figure_a_line("250,000\n310,000"), _a_figure_a_line("800\n000,00")
    (True, False)
    >>> _a_figure_a_line("1 822 000\n(incl. 182 200 co-funding)")
    False
    """
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return len(lines) >= 2 and all(_FIGURE_LINE.fullmatch(line) for line in lines)


#: A money cell pointing to a note instead of a figure: "див. примітку 1", "see note 2", "(см. примечание)".
_SEE_NOTE = re.compile(
    r"\(?\s*(?:див\.?|дивись|дивіться|см\.?|смотри|see)\s+(?:примітк\w*|примечани\w*|прим\.|notes?|footnote)"
    r"\s*(?:№\s*)?\d{0,2}\s*\)?\.?",
    re.IGNORECASE,
)


def parse_amount(value) -> Amount | None:
    """Read an amount written as a number or as text in any of the forms partners use.

    Handles NBSP/space/comma/dot thousands separators, decimal commas, currency
    signs and codes before or after the number, and multipliers (k, m, тис., млн).

    Returns
    -------
    Amount or None
        None for an empty cell or a dash.

    Raises
    ------
    ValueProblem
        Negative amounts, several numbers in one cell, or text with no number.

    Examples
    --------
    >>> parse_amount(450000)
    Amount(value=450000.0, currency=None)
    >>> parse_amount("1,250,000.00"), parse_amount("USD 450,000"), parse_amount("EUR 700 000")
    (Amount(value=1250000.0, currency=None), Amount(value=450000.0, currency='USD'), Amount(value=700000.0, currency='EUR'))
    >>> parse_amount("$1.2m"), parse_amount("1,5 млн євро")
    (Amount(value=1200000.0, currency='USD'), Amount(value=1500000.0, currency='EUR'))
    >>> parse_amount("1 млн 200 тис. грн"), parse_amount("$1.2MM")
    (Amount(value=1200000.0, currency='UAH'), Amount(value=1200000.0, currency='USD'))
    >>> parse_amount("365 000 ± 5%"), parse_amount("EUR 1.2m +/- 10%")
    (Amount(value=365000.0, currency=None), Amount(value=1200000.0, currency='EUR'))
    >>> parse_amount("350 000 (триста п'ятдесят тисяч) євро")  # a sum in words: its "тисяч" is no unit
    Amount(value=350000.0, currency='EUR')
    >>> parse_amount("30.09.2022")  # a date in a money cell (a row shifted one column)
    Traceback (most recent call last):
    ...
    mtd_analysis.ingest.values.ValueProblem: amount cell holds a date (30.09.2022), not a number
    >>> parse_amount("-5000")
    Traceback (most recent call last):
    ...
    mtd_analysis.ingest.values.ValueProblem: amount -5000 is negative
    >>> parse_amount("250,000\\n310,000")  # two sums, a line each: not 250 000 310 000
    Traceback (most recent call last):
    ...
    mtd_analysis.ingest.values.ValueProblem: amount '250,000 / 310,000' holds several sums, one a line; give one amount per cell
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        if isinstance(value, float) and math.isnan(value):
            return None
        if value < 0:
            raise ValueProblem(
                f"amount {clean_text(value)} is negative", kind="amount", negative=float(value)
            )
        return Amount(float(value))
    if isinstance(value, (dt.date, dt.datetime)):
        raise ValueProblem(f"amount cell holds a date ({clean_text(value)}), not a number", kind="amount")
    if isinstance(value, str) and "\n" in value and _a_figure_a_line(value):
        # "250,000↵310,000↵180,000": several sums, one a line (the lines are not one number)
        raise ValueProblem(
            f"amount '{' / '.join(line.strip() for line in value.splitlines() if line.strip())}' holds several "
            "sums, one a line; give one amount per cell",
            kind="amount",
        )
    if isinstance(value, str) and _TWO_FIGURES.search(
        value
    ):  # "700 000  820 000": two figures a wide gap apart
        raise ValueProblem(
            f"amount '{clean_text(value)}' holds several numbers (two figures a wide space apart); give one amount per "
            "cell",
            kind="amount",
        )
    text = clean_text(value)
    if (
        text is None
        or (bare := text.rstrip(FOOTNOTE_MARKS).rstrip()) in _NO_AMOUNT
        or not bare
        or _NO_COST.fullmatch(bare)
        or _SEE_NOTE.fullmatch(bare)
    ):
        return None  # "–²", "*", "див. примітку 1": none, and a note's mark (see layouts.footnotes_on_cells)
    if (found := _DOTTED_DATE.fullmatch(text)) and 1 <= int(found[1]) <= 31 and 1 <= int(found[2]) <= 12:
        # "30.09.2022" in a money cell (a row shifted one column): a date, not 30 092 022
        raise ValueProblem(f"amount cell holds a date ({text}), not a number", kind="amount")
    if (share := _A_SHARE.fullmatch(text) or _A_SHARE_OF.fullmatch(text)) is not None:
        # "35%", "30 %", "45% бюджету": a share of something, not a sum
        raise ValueProblem(f"amount cell holds a percentage ({share[0]}), not a sum", kind="amount")
    if NO_FIGURE.fullmatch(text):
        raise ValueProblem(f"'{text}' gives no figure; none is counted", "warning", "amount")
    if NOT_YET_FIXED.search(text) and not re.search(r"\d", text):
        # "annual breakdown to be agreed", "уточнюється": no amount yet, said in words (no mistake in the cell)
        raise ValueProblem(f"'{text}' says the amount is not fixed yet; none is counted", "warning", "amount")
    if "T€" in text:  # "750 T€": German for a thousand euros
        text = re.sub(r"(?<=\d)\s*T€", " Tsd. €", text)
    return _amount_from_text(text)


#: Two figures in a cell with two spaces or more between them, as a struck-through old figure and the new one leave.
_TWO_FIGURES = re.compile(r"\d{3}[ \u00a0]{2,}\d")
#: A money cell saying there is none ("–", "n/a", "TBD").
_NO_AMOUNT = frozenset({"-", "–", "—", "n/a", "N/A", "na", "NA", "н/д", "tbd", "TBD", "tbc", "TBC", "?"})
#: An amount cell saying a change costs nothing ("-- no cost --", "no-cost", "без витрат"): no amount, no error.
_NO_COST = re.compile(
    r"[-–—\s(]*(?:no[- ]cost|nil|без (?:витрат|затрат|додаткових коштів|дополнительных средств))[-–—\s)]*",
    re.IGNORECASE,
)
#: A percentage alone in a money cell ("35%", "30 %", "12,5 %").
_A_SHARE = re.compile(r"\d{1,3}(?:[.,]\d+)?\s*%")
#: A share of the project's money said in words: "45% бюджету", "35 % of the budget", "30% від загальної суми".
_A_SHARE_OF = re.compile(
    r"(\d{1,3}(?:[.,]\d+)?)\s*%\s*(?:of\s+(?:the\s+)?(?:total\s+)?(?:budget|total|amount|funding)"
    r"|(?:від\s+|от\s+|з\s+|из\s+)?(?:загальн\w*\s+|общ\w*\s+)?(?:бюджет\w*|сум[иы]|суммы|вартост\w*|стоимост\w*))\.?",
    re.IGNORECASE,
)


def share_in_words(value) -> float | None:
    """The percentage a cell gives as a share of the project's money: "35%", "45% бюджету", "35 % of the budget";
    None for any other cell.

    Examples
    --------
    >>> share_in_words("45% бюджету"), share_in_words("35 % of the budget"), share_in_words("30%")
    (45.0, 35.0, 30.0)
    >>> share_in_words("45 officers") is None, share_in_words("EUR 45 000") is None
    (True, True)

    A year's cell may name its year first, or say more in brackets after its share:

    >>> share_in_words("2021: 40%"), share_in_words("100% (лише 2021 р.)")
    (40.0, 100.0)
    """
    text = clean_text(value) if isinstance(value, str) else None
    if text is None:
        return None
    text = _YEAR_THEN_SHARE.sub("", text)  # "2021: 40%" (the caller checks the year is its column's)
    if "(" in text and _A_SHARE.fullmatch(bare := _REMARK_IN_BRACKETS.sub("", text).strip()):
        text = bare  # "100% (лише 2021 р.)"
    if (said := _A_SHARE_OF.fullmatch(text)) is not None:
        return float(said[1].replace(",", "."))
    return parse_percentage(text) if _A_SHARE.fullmatch(text) else None


#: A year written before its share in a year's cell: "2021: 40%", "2021 р. – 35 %".
_YEAR_THEN_SHARE = re.compile(r"^20\d\d\s*(?:р\.|г\.)?\s*[:–—-]\s*(?=\d{1,3}(?:[.,]\d+)?\s*%)")


#: A date written with dots, as a cell of money must not be read: "30.09.2022", "1.10.2021".
_DOTTED_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})")
#: Words saying an amount is not fixed yet ("annual breakdown to be agreed", "уточнюється", "уточняется"); "TBC"
#: alone stays an error at the cell, as it was.
NOT_YET_FIXED = re.compile(
    r"\bto be (?:agreed|confirmed|decided|determined|defined|fixed)\b|not yet (?:fixed|known|agreed|defined)"
    r"|уточнюєт|уточняет|буде визначен|будет определен|підлягає уточненн|подлежит уточнени"
    r"|не визначен|не определен|not (?:determined|defined)\b",
    re.IGNORECASE,
)
#: A money cell saying it gives no figure ("Інформація відсутня", "нет данных", "no information").
NO_FIGURE = re.compile(
    r"^(?:інформаці\w* відсутн\w*|відсутн\w* інформаці\w*|немає (?:інформації|даних)|дані відсутні"
    r"|информаци\w* отсутств\w*|отсутств\w* информаци\w*|нет (?:информации|данных)|данные отсутствуют"
    r"|no (?:information|data)(?: available)?|(?:information|data) not available|not available)\.?$",
    re.IGNORECASE,
)


_PLAIN_NUMBER = re.compile(r"\d[\d\s\u00a0\u202f.,']*")
#: Marks of a footnote written after a cell's value ("П¹", "400 000*").
FOOTNOTE_MARKS = "*¹²³⁴⁵⁶⁷⁸⁹⁰†‡"
#: A margin written after an amount ("365 000 ± 5%", "1.2m +/- 10%"): the amount is the number before it.
_MARGIN = re.compile(
    r"\s*[(\[]?\s*(?:±|\+\s*/\s*[-−–]|\+[-−–])\s*\d[\d\s\u00a0.,]*"
    r"(?:%|(?<![^\W\d_])(?:k|m|mn|mln|тис|млн|тыс)\.?(?![^\W\d_]))?\s*[)\]]?",
    re.IGNORECASE,
)
#: Words and signs that make an amount approximate.
_APPROXIMATE = re.compile(
    r"[≈~±]|\+\s*/\s*[-−–]|(?<![^\W\d_])(?:approx|approximately|about|circa|ca|around|estimated|близько|"
    r"приблизно|орієнтовно|около|примерно|ориентировочно)(?![^\W\d_])",
    re.IGNORECASE,
)


def foreign_part(value) -> Amount | None:
    """Of an amount cell adding sums in hryvnia and in one other currency ("EUR 1 500 000 + UAH 12 000 000"), the
    sum in the other currency (the partner's money; the hryvnia is Ukraine's co-financing); None for any other cell.

    Examples
    --------
    >>> foreign_part("EUR 1 500 000 + UAH 12 000 000*"), foreign_part("EUR 100 + USD 50") is None
    (Amount(value=1500000.0, currency='EUR'), True)
    """
    text = clean_text(value)
    if not text or "+" not in text:
        return None
    parts = [p.strip(" *") for p in text.rstrip(FOOTNOTE_MARKS + " ").split("+")]
    if len(parts) != 2:
        return None
    try:
        amounts = [_amount_from_text(p) for p in parts if p]
    except ValueProblem:
        return None
    others = [a for a in amounts if a.currency and a.currency != "UAH"]
    if len(amounts) != 2 or len(others) != 1 or not any(a.currency == "UAH" for a in amounts):
        return None
    return others[0]


#: Where a cell's sums in several currencies are joined: "+", ";", "and", "та", "і", "и" between two sums.
SUMS_JOINED = re.compile(r"\s*(?:\+|;|\s(?:and|plus|та|і|и|й)\s)\s*", re.IGNORECASE)
#: A sum and, after it in brackets, whose money it is: "NOK 6 000 000 (Norway)", "SEK 5 000 000 (Sweden, co-financing)".
_SUM_THEN_WHOSE = re.compile(
    r"(?:(?P<who>[^\W\d_][^:\d–—()]{1,60}?)\s*[:–—]\s*)?"  # "Литва – 40 000 EUR", "Poland: PLN 150 000"
    r"(?P<sum>[^()]*\d[^()]*?)\s*(?:\((?P<whose>[^()\d]{2,120})\))?\s*"
)


def currency_parts(value, hryvnia: bool = False) -> list[tuple[Amount, str | None]] | None:
    """Of an amount cell adding sums in two currencies or more, none of them the hryvnia ("DKK 2 000 000 + € 150 000",
    "NOK 6 000 000 (Norway) + SEK 5 000 000 (Sweden, co-financing)", "Литва – 40 000 EUR; Польща – 150 000 PLN"):
    each sum, and the words naming whose money it is (before it, or in brackets after it, as written), in the
    cell's order; None for any other cell (one currency, a sum and its
    equivalent, a part in hryvnia: Ukraine's co-financing, see :func:`foreign_part`).

    Examples
    --------
    >>> currency_parts("DKK 800 000 + € 60 000")
    [(Amount(value=800000.0, currency='DKK'), None), (Amount(value=60000.0, currency='EUR'), None)]
    >>> currency_parts("NOK 6 000 000 (Norway) + SEK 5 000 000 (Sweden, co-financing)")[1]
    (Amount(value=5000000.0, currency='SEK'), 'Sweden, co-financing')
    >>> currency_parts("Литва – 40 000 EUR; Польща – 150 000 PLN")[1]
    (Amount(value=150000.0, currency='PLN'), 'Польща')
    >>> currency_parts("EUR 100 + EUR 50"), currency_parts("EUR 1 500 000 + UAH 12 000 000"), currency_parts("EUR 100")
    (None, None, None)

    ``hryvnia``: the row says the partner pays in hryvnia too (its currency cell names both, "EUR, UAH"), so a
    part in hryvnia is one of its sums:

    >>> currency_parts("250 000 EUR + 1 000 000 UAH", hryvnia=True)[1]
    (Amount(value=1000000.0, currency='UAH'), None)
    """
    text = clean_text(value)
    if not text or not SUMS_JOINED.search(text):
        return None
    out: list[tuple[Amount, str | None]] = []
    for piece in SUMS_JOINED.split(text.rstrip(FOOTNOTE_MARKS + " .")):
        found = _SUM_THEN_WHOSE.fullmatch(piece)
        if found is None:
            return None
        try:
            amount = _amount_from_text(found["sum"].strip())
        except ValueProblem:
            return None
        if (
            amount.currency is None
            or (amount.currency == "UAH" and not hryvnia)
            or not _bare_sum(found["sum"].strip())
        ):
            return None
        whose = found["who"] or found["whose"]
        out.append((amount, clean_text(whose) if whose else None))
    if len(out) < 2 or len({a.currency for a, _ in out}) < 2:
        return None
    return out


#: A sum and, in brackets, a second sum ("74 475 000 грн (2 250 000 євро)", "USD 1,000,000 (EUR 850,000)").
_BRACKETED_SUM = re.compile(r"(?P<a>[^()]*\d[^()]*?)\s*\((?P<b>[^()]*\d[^()]*)\)")
#: What is left of a sum once its number, unit and currency words are blanked: nothing, for a bare sum.
_SUM_LEFT = re.compile(r"[\d\s.,'’:;–—-]+")


def _bare_sum(text: str) -> bool:
    """Whether a text is a number with its unit and currency and no other word ("2 250 000 євро", "EUR 850,000")."""
    return not _SUM_LEFT.sub("", _MULT_PATTERN.sub(" ", without_currency_words(text)))


def equivalent_in_brackets(value) -> tuple[Amount, Amount] | None:
    """Of an amount cell giving a sum and, in brackets, a sum in another currency, each a bare sum ("74 475 000 грн
    (2 250 000 євро)"): (the sum read, the other). The same money in two currencies: the donor's currency is read
    and the hryvnia beside it taken for its equivalent; of two other currencies, the first. None for any other cell
    (a word in the brackets, "co-funding", makes it another sum).

    Examples
    --------
    >>> equivalent_in_brackets("74 475 000 грн (2 250 000 євро)")
    (Amount(value=2250000.0, currency='EUR'), Amount(value=74475000.0, currency='UAH'))
    >>> equivalent_in_brackets("USD 1,000,000 (EUR 850,000)")[0]
    Amount(value=1000000.0, currency='USD')
    >>> equivalent_in_brackets("1 000 000 грн (co-funding 200 000 EUR)") is None
    True
    >>> equivalent_in_brackets("EUR 400 000 (EUR 150 000)") is None  # one currency: not the same money twice
    True
    """
    text = clean_text(value)
    if not text or not (found := _BRACKETED_SUM.fullmatch(text.rstrip(FOOTNOTE_MARKS + " "))):
        return None
    a, b = found["a"].strip(), found["b"].strip()
    if not (_bare_sum(a) and _bare_sum(b)):
        return None
    try:
        first, second = _amount_from_text(a), _amount_from_text(b)
    except ValueProblem:
        return None
    if not first.currency or not second.currency or first.currency == second.currency:
        return None
    return (second, first) if first.currency == "UAH" else (first, second)


def approximate(value) -> str | None:
    """The word or sign that makes an amount's text approximate ("≈", "± 5%", "близько"), or None.

    Examples
    --------
    >>> approximate("≈ 400 000"), approximate("365 000 ± 5%"), approximate("близько 1 млн грн")
    ('≈', '±', 'близько')
    >>> approximate("400 000") is None, approximate(400000.0) is None
    (True, True)
    >>> approximate("DKK 2 000 000 (≈ USD 318 000)") is None  # the equivalent is approximate, not the amount
    True
    """
    if not isinstance(value, str):
        return None
    if (equal := _EQUIVALENT.fullmatch(value.strip())) is not None:
        value = equal["main"]
    if (corrected := amount_correction(value)) is not None:  # "~~4 000 000~~ 3 600 000" is no "~"
        value = corrected[0]
    found = _APPROXIMATE.search(value)
    return found.group(0) if found else None


#: "Fr. 1'092'000", "SFr. 20 000": Swiss francs, said before the figure ("fr." alone is no currency word).
_FRANCS = re.compile(r"^\s*s?fr\.?\s*(?=\d)|(?<=\d)\s*s?fr\.?\s*$|(?<=[\d.\-])\s*s?fr\.\s*$", re.IGNORECASE)


#: An amount and, in brackets, a part it includes ("1 822 000 (incl. 182 200 co-funding)", "500 000 (у т.ч. 50 000
#: співфінансування)"): the amount is the whole. A part naming a year ("of which 2021: 150 000") is that year's
#: (see amounts._total_and_year_part).
_INCLUDED = re.compile(
    r"(?P<total>[^()+]*\d[^()+]*?)\s*\((?![^()]*(?<!\d)20\d\d(?!\d))\s*(?:incl\.?|including|of which|у\s*т\.\s*ч\.|в\s*т\.\s*ч\.|у тому числі"
    r"|в том числе|з них|из них)\s[^()]*\)",
    re.IGNORECASE,
)
#: Two amounts added up in a cell, a word after them ("250 000 + 30 000 top-up", "1 000 000 + 200 000 (доповнення)").
_ADDED = re.compile(
    r"(?P<a>[^+±()]*\d[^+±()]*?)\s*\+\s*(?P<b>[^+±()/%]*\d[\d\s\u00a0.,'’]*)"
    r"(?P<rest>\s*(?:[^\W\d_][^\d%±+()]*)?(?:\([^\d%()]*\))?\s*(?:,\s*)?(?:[^\W\d_][^\d%±+()]*)?)",
)
#: What may follow two amounts added up: a top-up's word, in brackets or not ("top-up", "(додаткове фінансування)").
_TOP_UP_WORDS = re.compile(
    r"top[- ]?up|additional|supplement|increase|amendment|extension|додатков|доповнен|збільшен|дополнит|увеличен",
    re.IGNORECASE,
)


def _added_up(found: re.Match) -> bool:
    """Whether "A + B …" adds two plain amounts: no multiplier ("250k + 30k", "1,5 млн + 300 тис." are not read
    here), B no year ("500 000 + 2022"), and after them nothing but a top-up's words and a currency."""
    if _MULT_PATTERN.search(found.group(0)) or re.fullmatch(r"20[0-4]\d", found["b"].strip()):
        return False
    rest = _currency_pattern().sub(" ", found["rest"] or "")
    rest = re.sub(r"[\s,.;:()–—-]+", " ", rest).strip()
    return not rest or _TOP_UP_WORDS.search(rest) is not None


#: An amount and its equivalent in another currency in brackets ("DKK 2 000 000 (≈ USD 318 000)", "€500 000
#: (еквівалент 16,5 млн грн)"): the amount is the first, in the grant's currency.
#: Words saying a figure is another's converted or given for reference: "equivalent", "еквівалент", "за курсом".
EQUIVALENT_SAID = re.compile(
    r"equivalent|equiv\.|еквівалент|эквивалент|перерах|пересч|converted|довідков|справочн|за курсом|по курсу"
    r"|\bat (?:the )?(?:\w+ )?rate\b|for reference|reference only",
    re.IGNORECASE,
)


_EQUIVALENT = re.compile(
    r"(?P<main>[^()]*\d[^()]*?)\s*\(\s*(?:[≈~]|approx\w*\.?|equivalent|equiv\.|еквівалент\w*|эквивалент\w*|екв\.|экв\.)"
    r"[^()]*\)",
    re.IGNORECASE,
)


def parse_percentage(value) -> float | None:
    """A share as a percentage: "40%", "40", "12,5 %", 40 or a cell formatted as a percentage (0.4) -> 40.0; None
    for anything else (unreadable, empty).

    Examples
    --------
    >>> parse_percentage("40%"), parse_percentage("12,5 %"), parse_percentage(0.4), parse_percentage(25)
    (40.0, 12.5, 40.0, 25.0)
    >>> parse_percentage("about a third") is None, parse_percentage(None) is None
    (True, True)
    """
    text = clean_text(value) if value is not None and not isinstance(value, bool) else None
    if text is None:
        return None
    number = re.fullmatch(r"(\d+(?:[.,]\d+)?)\s*%?", text.replace("\u00a0", " ").strip())
    share = float(number[1].replace(",", ".")) if number else None
    if share is not None and isinstance(value, float) and "%" not in text and share <= 1:
        share *= 100  # a cell formatted as a percentage holds 0.4
    return share


#: A sum written out in words in brackets, as on contracts: "1 200 000 (один мільйон двісті тисяч) євро".
_IN_WORDS = re.compile(
    r"\(([^()\d]{6,}(?:\s\d{1,2}\s*(?:центів|центи|цент|копійок|копійки|коп\.?|копеек|копейки|cents?|ct)\.?)?)\)",
    re.IGNORECASE,
)  # "(триста десять тисяч євро 00 центів)": the cents written as figures
_SCALE_WORD = re.compile(
    r"thousand|million|billion|тисяч|мільйон|мільярд|тысяч|миллион|миллиард", re.IGNORECASE
)
_CARDINAL_WORD = re.compile(
    r"(?<![^\W\d_])(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty"
    r"|fifty|sixty|seventy|eighty|ninety|hundred|один|одна|два|дві|две|три|чотири|четыре|п.ять|пять|шість|шесть"
    r"|сім|семь|вісім|восемь|дев.ять|девять|десять|[\w'’ʼ]+дцять|\w+дцать|[\w'’ʼ]+десят|сорок|сто|двісті|двести"
    r"|\w+ста|[\w'’ʼ]+сот)(?![^\W\d_])",
    re.IGNORECASE,
)


#: The words a sum written out may hold: its numbers, scales and joining words ("one and a half", "п'ятсот").
_IN_WORDS_TOKEN = re.compile(
    rf"(?:{_CARDINAL_WORD.pattern})|\w*(?:{_SCALE_WORD.pattern})\w*|and|a|half|і|й|та|и|з|половиною|пів"
    r"|цент\w*|копі\w*|копе\w*|cents?|ct",
    re.IGNORECASE,
)
#: A word of a sum written out, its apostrophe kept ("п'ятдесят", "дев’ятсот").
_IN_WORDS_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")


def sum_in_words(value) -> bool:
    """Whether an amount cell writes its sum out in words in brackets, as contracts do ("350 000 (триста п'ятдесят
    тисяч) євро"); the words are not read as the figure's unit.

    Examples
    --------
    >>> sum_in_words("350 000 (триста п'ятдесят тисяч) євро"), sum_in_words("1,5 (one and a half million)")
    (True, False)
    >>> sum_in_words("310 000,00 євро (триста десять тисяч євро 00 центів)")
    True
    """
    text = clean_text(value)
    return bool(text) and "(" in text and _without_sum_in_words(text) != text


def _without_sum_in_words(text: str) -> str:
    """``text`` without a sum written out in words in brackets (its currency kept): its "тисяч" or "thousand" is
    a word of the sum, not the unit of the figure before it ("350 000 (триста п'ятдесят тисяч) євро")."""

    def figures(found: re.Match) -> str:
        inner = found.group(1)
        if not (_SCALE_WORD.search(inner) and _CARDINAL_WORD.search(inner)):
            return found.group(0)
        head = text[: found.start()].strip()
        try:
            figure = _amount_from_text(head).value if head and "(" not in head else 0.0
        except ValueProblem:
            figure = 0.0
        # the words repeat a whole figure ("350 000 (триста п'ятдесят тисяч)"); after "1,5" ("one and a half
        # million") or "400" ("four hundred thousand") they are its unit
        words = _IN_WORDS_WORD.findall(inner)
        if figure < 1000 or not all(_IN_WORDS_TOKEN.fullmatch(w) or currency_in_text(w) for w in words):
            return found.group(0)
        return f" {currency_in_text(inner) or ''} "

    return re.sub(r"\s+", " ", _IN_WORDS.sub(figures, text)).strip() if "(" in text else text


#: A letter O typed for a zero inside a figure ("45O 000", Cyrillic "3О0 000").
_LETTER_ZERO = re.compile(r"(?<=\d)[OoОо](?=[\d\s.,]|$)|(?<=[\s\d])[OoОо](?=\d)")


def letter_zeros(value) -> bool:
    """Whether an amount cell has a letter O typed for a zero ("45O 000"): read as 0, said by the caller.

    Examples
    --------
    >>> letter_zeros("45O 000"), letter_zeros("3О0 000"), letter_zeros("EUR 450 000")
    (True, True, False)
    """
    return isinstance(value, str) and bool(_LETTER_ZERO.search(value))


#: A number in scientific notation, as R and other tools print round amounts: "1e+06", "5e+07", "1.5E6".
_SCIENTIFIC = re.compile(r"\d+(?:\.\d+)?[eE][+-]?\d{1,2}")


#: Words saying the figure after them is an earlier one ("450 000 (was 520 000)", "(замість 200 000)").
_EARLIER = (
    r"was|previously|formerly|instead\s+of|originally|initially|initial|original|old|before|було|раніше|замість"
    r"|спочатку|попередньо|первісно|было|ранее|вместо|первоначально|изначально"
    r"|(?:reduced|increased|revised|changed|cut|raised|lowered)\s+from|(?:зменшено|збільшено|змінено|скорочено)\s+з"
    r"|(?:уменьшено|увеличено|изменено|сокращено)\s+с"
)
#: Words saying the figure after them is the current one ("(уточнено: 1,2 млн)", "revised: 450 000").
_CURRENT = (
    r"revised|updated|corrected|amended|now|уточнено|уточнена|уточнений|уточнённ\w*|уточненн\w*|скориговано"
    r"|скорректировано|оновлено|обновлено|змінено|изменено|тепер|теперь|нова\s+сума|новая\s+сумма"
)
#: Words saying the figure after them is the one now, after an earlier one ("было 500 000, стало 650 000").
_BECAME = r"стало|стала|став|now|тепер|теперь"
#: A cell correcting its amount in place, and which figure stands: "450 000 (was 520 000)", "1 000 000 (уточнено:
#: 1,2 млн)", "уточнено: 180 000 (замість 200 000)", "~~4 000 000~~ 3 600 000", "500 000 → 450 000".
_FIGURE = r"[^()\[\]~→]*\d[^()\[\]~→]*?"
_CORRECTIONS = [
    re.compile(
        rf"(?:(?:{_CURRENT})\s*:?\s*)?(?P<now>{_FIGURE})\s*[(\[]\s*(?:{_EARLIER})(?![^\W\d_])\s*:?\s*"
        rf"(?P<old>{_FIGURE})\s*[)\]]",
        re.IGNORECASE,
    ),
    re.compile(
        rf"(?P<old>{_FIGURE})\s*[(\[]\s*(?:{_CURRENT})(?![^\W\d_])\s*:?\s*(?P<now>{_FIGURE})\s*[)\]]",
        re.IGNORECASE,
    ),
    re.compile(r"~~(?P<old>[^~]*\d[^~]*)~~\s*(?P<now>[^~]*\d[^~]*)"),
    re.compile(
        rf"(?P<old>{_FIGURE})\s*(?:→|->|=>)\s*(?P<now>{_FIGURE})(?:\s*\((?:{_CURRENT})\))?", re.IGNORECASE
    ),
    # "было 500 000, стало 650 000", "was 500,000; now 650,000", "було 1 млн – стало 1,2 млн": both said in words
    re.compile(
        rf"(?:{_EARLIER})\s*:?\s*(?P<old>{_FIGURE})\s*[,;–—-]?\s*(?:{_BECAME})(?![^\W\d_])\s*:?\s*(?P<now>{_FIGURE})",
        re.IGNORECASE,
    ),
]
#: A date or part of one ("15.03.2021", "03.2021", "01.06", "1.06.21", "2021-03-15"), which no corrected sum is.
_DATE_LIKE = re.compile(
    r"(?<![\d.,])(?:(?:0?[1-9]|[12]\d|3[01])[./](?:0?[1-9]|1[0-2])[./]\d{2,4}|(?:0?[1-9]|1[0-2])[./](?:19|20)\d\d"
    r"|(?:0?[1-9]|[12]\d|3[01])[./](?:0[1-9]|1[0-2])|(?:19|20)\d\d-\d\d(?:-\d\d)?)(?![\d\w.,])"
)
#: An amount with a remark in brackets naming a year only ("0 (postponed to 2022)", "450 000 (from 2021)").
_YEAR_REMARK = re.compile(r"(?P<now>[^()]*\d[^()]*?)\s*\((?P<note>[^()]*\d[^()]*)\)")
#: A bare year, which no correction's figure is.
_BARE_YEAR = re.compile(r"(?:19|20)\d\d")
#: A year of this century's first half standing alone among digits ("2021", "FY2021/22", not "120215"): the
#: years a label, a heading or a date names.
YEAR_2000S = re.compile(r"(?<!\d)(20[0-4]\d)(?!\d)")
#: A remark giving a part of the amount ("of which 2021: 0.9m", "у т.ч. 2021 – 300 тис."): read elsewhere, not here.
_OF_WHICH_NOTE = re.compile(
    r"of which|incl|including|т\.\s?ч\.|з них|из них|зокрема|в том числе", re.IGNORECASE
)


#: What a sum may hold besides its currency and multiplier words: digits, separators, brackets, dashes.
_MONEY_REST = re.compile(r"[\d\s.,'’()\-–—]+")


#: A cell pointing to where its figure is given ("see SBGS sheet", "див. рядок 4", "см. выше", "included in
#: row 3", "counted under the NPU sheet"): a reference, and no amount of its own.
_ELSEWHERE = re.compile(
    r"(?:see|cf\.?|refer\s+to|as\s+(?:per|in)|included\s+(?:in|under)|counted\s+(?:in|under)|"
    r"див(?:\.|ись|іться)?|дивись|врахован\w*\s+(?:у|в|на)|включен\w*\s+(?:у|в|до)|"
    r"см(?:\.|отри)?|учтен\w*\s+(?:в|на)|указан\w*\s+(?:в|на))\s+\S",
    re.IGNORECASE,
)
#: What such a reference points to: a sheet, a row, a line, a project, another place above or below.
_ELSEWHERE_TARGET = re.compile(
    r"sheet|tab|row|line|above|below|project|annex|appendix|attachment|note|table|item"
    r"|аркуш|лист|рядк|рядок|строк|вище|нижче|выше|ниже|проєкт|проект|додат|приложени|примітк|примечани|прим\."
    r"|таблиц|п\.\s*\d|пункт",
    re.IGNORECASE,
)


#: A year or a date inside a sentence about money ("на 2021 г.", "12.07.2021"): not a sum.
_A_YEAR_OR_DATE = re.compile(
    r"\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\b20\d\d\b(?:\s*(?:г\.?|рік|року|год|year))?", re.IGNORECASE
)


def figure_in(text: str) -> float | None:
    """The one sum a sentence gives, its years, dates and brackets set aside; None when it gives none or several.

    Examples
    --------
    >>> figure_in("проект отозван донором; на 2021 г. — 0"), figure_in("«240 000» ")
    (0.0, 240000.0)
    >>> figure_in("350 000 (уточнено донором 12.08.2021)"), figure_in("100 000 and 200 000") is None
    (350000.0, True)
    """
    bare = _A_YEAR_OR_DATE.sub(" ", re.sub(r"\([^)]*\)", " ", text))
    figures = _A_FIGURE.findall(bare)
    if len(figures) != 1:
        return None
    try:
        found = parse_amount(figures[0].strip())
    except ValueProblem:
        return None
    return None if found is None else found.value


_A_FIGURE = re.compile(r"\d[\d\s\u00a0.,']*\d|\d")


def refers_elsewhere(value) -> bool:
    """Whether an amount cell says its figure is given in another row or sheet (and gives none itself).

    Examples
    --------
    >>> refers_elsewhere("see SBGS sheet"), refers_elsewhere("див. аркуш ДПСУ"), refers_elsewhere("см. строку 4")
    (True, True, True)
    >>> refers_elsewhere("included in row 3 (joint project)"), refers_elsewhere("see budget: 120 000 EUR")
    (True, False)
    >>> refers_elsewhere("tbd"), refers_elsewhere("see annex"), refers_elsewhere("see Annex 2")
    (False, True, True)
    >>> refers_elsewhere("см. п. 4"), refers_elsewhere("see note 3")
    (True, True)
    """
    text = clean_text(value) if isinstance(value, str) else None
    if not text or len(text) > 80 or not _ELSEWHERE.match(text) or not _ELSEWHERE_TARGET.search(text):
        return False
    # a figure of money beside the reference is an amount (a row or a sheet's number is not)
    rest = re.sub(r"(?:row|line|рядк\w*|рядок|строк\w*|№|no\.?|#)\s*\d+", "", text, flags=re.IGNORECASE)
    return not re.search(r"\d{3}|\d[.,]\d", rest)


def money_only(text: str) -> bool:
    """Digits, separators, currency and multiplier words only ("EUR 1.2 million", "1,2 млн євро"); not a
    code with digits in it ("ET060207", "TD19").

    Examples
    --------
    >>> money_only("EUR 1.2 million"), money_only("1,2 млн євро"), money_only("ET060207"), money_only("120 persons")
    (True, True, False, False)
    """
    if _MONEY_REST.fullmatch(text) and _no_money_word_is_made_of_digits_and_separators():
        return bool(_DIGIT.search(text))  # no currency or multiplier word in it: nothing to take out
    rest = _MULT_PATTERN.sub(" ", _currency_pattern().sub(" ", text))
    return bool(_DIGIT.search(rest)) and _MONEY_REST.fullmatch(rest) is not None


@lru_cache(maxsize=1)
def _no_money_word_is_made_of_digits_and_separators() -> bool:
    """True when no currency or multiplier word is written in digits and separators only, so that none can
    be found in a text written in them alone (which :func:`money_only` then need not search)."""
    return not any(_MONEY_REST.fullmatch(word) for word in [*_currency_aliases(), *_MULTIPLIERS])


def _a_figure(text: str) -> bool:
    """Whether a part of a cell is a sum alone (:func:`money_only`), not a year or a date."""
    text = text.strip()
    return not (_BARE_YEAR.fullmatch(text) or _DATE_LIKE.fullmatch(text)) and money_only(text)


def _comparable(now: str, old: str) -> bool:
    """Whether two figures of a correction are sums of one size (a tenth to ten times): "1 200 000" and "200 000"
    may be a change, "3 600 000" and "15" are not one sum corrected."""
    try:
        a, b = _amount_from_text(now.strip()), _amount_from_text(old.strip())
    except ValueProblem:
        return False
    if not a.value or not b.value:
        return True  # "0 (was 250 000)": cut to nothing
    return 0.1 <= a.value / b.value <= 10


_YEAR_PART = re.compile(
    r"(?P<year>(?:19|20)\d\d)\s*(?:р\.?|рік|год|г\.)?\s*[:–—-]\s*(?P<amount>.+?)\s*"
    r"(?=[;/\n]|,\s*(?:19|20)\d\d\s*(?:р\.?|рік|год|г\.)?\s*[:–—-]|$)"
)


def year_breakdown(value) -> dict[int, float] | None:
    """The money a cell gives year by year ("2020: 300 000; 2021: 450 000", "2021 – 40 тис., 2022 – 60 тис.", one
    year a line): {year: amount}; None unless the whole cell is two such parts or more, each a sum.

    Examples
    --------
    >>> year_breakdown("2020: 300 000; 2021: 450 000; 2022: 250 000")
    {2020: 300000.0, 2021: 450000.0, 2022: 250000.0}
    >>> year_breakdown("2021: EUR 1.2 million, 2022: EUR 2.1 million"), year_breakdown("2020 – 100,000 / 2021 – 300,000")
    ({2021: 1200000.0, 2022: 2100000.0}, {2020: 100000.0, 2021: 300000.0})
    >>> year_breakdown("2021: 450 000") is None, year_breakdown("01.2021 – 12.2022") is None
    (True, True)
    >>> year_breakdown("2020: 120 persons; 2021: 300 persons") is None, year_breakdown("2020: Q3; 2021: Q4") is None
    (True, True)
    """
    if not isinstance(value, str) or value.count("20") < 2:
        return None
    found = _sums_by_year(value.strip())
    if found is None or len(found[0]) < 2:
        return None
    return {year: amount.value for year, amount in found[0].items()}


def _sums_by_year(text: str, remarks: bool = False) -> tuple[dict[int, Amount], set[str | None]] | None:
    """A cell's text that is nothing but sums by year ("2020: 300 000; 2021 р. – 420,5"): each year's sum and the
    currencies they name; None when any part is no sum ("120 persons", "Q3") or a year comes twice. ``remarks``: a
    remark in brackets after a sum is set aside ("2021 р. – 480 (проект лише у 2021 р.)")."""
    out: dict[int, Amount] = {}
    for found in _YEAR_PART.finditer(text):
        said = found["amount"].strip(" ,;")
        if remarks:
            said = _REMARK_IN_BRACKETS.sub("", said).strip(" ,;.")
        if not _a_figure(_APPROXIMATE.sub(" ", said)):  # "120 persons", "Q3", "5 000 km": no sums
            return None
        try:
            amount = parse_amount(said)
        except ValueProblem:
            return None
        year = int(found["year"])
        if amount is None or year in out:
            return None
        out[year] = amount
    if _YEAR_PART.sub(" ", text).strip(" ,;/\n\t"):
        return None
    return out, {amount.currency for amount in out.values()}


#: The total closing a cell's money by year: "…; разом – 1 000", "…, total: 160", "всього – 150".
_TOTAL_AFTER_YEARS = re.compile(
    r"[;,/\n]\s*(?:разом|всього|усього|загалом|итого|всего|в сумме|total|in total|overall)\s*[:–—-]\s*"
    r"(?P<amount>[^;/\n]+?)\s*\.?\s*$",
    re.IGNORECASE,
)
_REMARK_IN_BRACKETS = re.compile(r"\s*\([^()]*\)")
#: A total, then its years in brackets: "85 тыс. евро (2020 г. – 40 тыс., 2021 г. – 45 тыс.)".
_TOTAL_THEN_YEARS = re.compile(r"(?P<total>[^()]*\d[^()]*?)\s*\((?P<parts>\s*(?:19|20)\d\d[^()]+)\)\s*\.?")
#: A total, a colon, then its years: "Всего 2 000 000 евро: 2020 г. – 500 000, 2021 г. – 900 000".
_TOTAL_COLON_YEARS = re.compile(
    r"(?P<total>[^():;]*\d[^():;]*?)\s*:\s*(?P<parts>(?:19|20)\d\d(?!\d)[^()]+?)\s*\.?"
)


def total_written(value) -> bool:
    """Whether a cell of money by year writes its total too (see :func:`years_and_total`), not only its years.

    Examples
    --------
    >>> total_written("2019 р. – 45; 2020 р. – 60; разом – 105"), total_written("2021 р. – 480 (проект лише у 2021 р.)")
    (True, False)
    """
    text = value.strip() if isinstance(value, str) else ""
    return bool(
        _TOTAL_THEN_YEARS.fullmatch(text)
        or _TOTAL_COLON_YEARS.fullmatch(text)
        or _TOTAL_AFTER_YEARS.search(text)
    )


def years_and_total(value) -> tuple[dict[int, float], float, str | None] | None:
    """A money cell written year by year, perhaps closed by its total ("2020 р. – 350; 2021 р. – 420,5; разом – 770,5",
    "2021 р. – 480 (проект лише у 2021 р.)"): ``({year: amount}, total, currency)``, the total the sum of the years
    when none is written; None for any other cell, or one whose parts name two currencies.

    Examples
    --------
    >>> years_and_total("2019 р. – 45; 2020 р. – 60; 2021 р. – 55; разом – 160")
    ({2019: 45.0, 2020: 60.0, 2021: 55.0}, 160.0, None)
    >>> years_and_total("2021 р. – 480 (проект лише у 2021 р.)"), years_and_total("2021: EUR 150 000, total: EUR 400 000")
    (({2021: 480.0}, 480.0, None), ({2021: 150000.0}, 400000.0, 'EUR'))
    >>> years_and_total("85 тыс. евро (2020 г. – 40 тыс., 2021 г. – 45 тыс.)")
    ({2020: 40000.0, 2021: 45000.0}, 85000.0, 'EUR')
    >>> years_and_total("Всего 2 000 000 евро: 2020 г. – 500 000, 2021 г. – 900 000, 2022 г. – 600 000")
    ({2020: 500000.0, 2021: 900000.0, 2022: 600000.0}, 2000000.0, 'EUR')
    >>> years_and_total("480 000") is None, years_and_total("01.2021 – 12.2022") is None
    (True, True)
    """
    if not isinstance(value, str) or not re.search(r"(?:19|20)\d\d", value):
        return None
    text, total, currencies = value.strip(), None, set()
    if (
        first := _TOTAL_THEN_YEARS.fullmatch(text) or _TOTAL_COLON_YEARS.fullmatch(text)
    ) is not None:  # "85 тыс. евро (2020 г. – 40 тыс., 2021 г. – 45 тыс.)"
        try:
            said = parse_amount(first["total"])
        except ValueProblem:
            return None
        inner = years_and_total(first["parts"]) if said is not None else None
        if (
            inner is None
            or _TOTAL_AFTER_YEARS.search(first["parts"])
            or sum(inner[0].values()) > said.value * 1.005
        ):
            return None
        if inner[2] not in (None, said.currency):
            return None
        return inner[0], said.value, said.currency
    closing = _TOTAL_AFTER_YEARS.search(text)
    if closing:
        try:
            said = parse_amount(_REMARK_IN_BRACKETS.sub("", closing["amount"]))
        except ValueProblem:
            return None
        if said is None:
            return None
        total, text = said.value, text[: closing.start()]
        currencies.add(said.currency)
    found = _sums_by_year(text, remarks=True)
    if found is None:
        return None
    out = {year: amount.value for year, amount in found[0].items()}
    currencies |= found[1]
    if not out or len(currencies - {None}) > 1:
        return None
    return (
        out,
        total if total is not None else round(sum(out.values()), 2),
        next(iter(currencies - {None}), None),
    )


#: A sum for a period in words: "EUR 300 000 for 2020–2021", "250 000 євро на 2021 рік", "550 000 євро на 2022–2023
#: роки", "USD 1.2 million in 2022".
_PERIOD_PART = re.compile(
    r"(?P<money>(?:(?:EUR|USD|GBP|CHF|SEK|NOK|DKK|JPY|PLN|CAD|UAH|€|\$|£)\s*)?\d[\d\s\u00a0.,']*\d"
    r"(?:\s*(?:тис\.?|тыс\.?|thousand|млн\.?|million|mln|k|m)(?![^\W\d_]))?(?:\s*(?:[^\W\d_]{1,6}\.?|[€$£]))?)"
    r"\s*(?:[-–—:]\s*)?(?:for|in|на|за|в|у)\s+(?:the\s+)?(?:(?:period|період|период)\s+)?"
    r"(?P<y1>20\d\d)(?:\s*[-–—/]\s*(?P<y2>20\d\d))?(?!\d)",
    re.IGNORECASE,
)


def period_parts(text) -> list[tuple[float, str | None, int, int]] | None:
    """The sums a remark gives for periods of years ("EUR 300 000 for 2020–2021 and EUR 200 000 for 2022"):
    ``(amount, currency, first year, last year)`` each, two or more, in order; None otherwise.

    Examples
    --------
    >>> period_parts("EUR 300 000 for 2020–2021 and EUR 200 000 for 2022")
    [(300000.0, 'EUR', 2020, 2021), (200000.0, 'EUR', 2022, 2022)]
    >>> period_parts("250 000 євро на 2021 рік та 550 000 євро на 2022–2023 роки")
    [(250000.0, 'EUR', 2021, 2021), (550000.0, 'EUR', 2022, 2023)]
    >>> period_parts("Trained 300 officers in 2021 and 200 in 2022") is None  # no money said
    True
    """
    if not isinstance(text, str) or len(text) > 400:
        return None
    parts = []
    for found in _PERIOD_PART.finditer(text):
        try:
            amount = parse_amount(found["money"].strip())
        except ValueProblem:
            return None
        first = int(found["y1"])
        last = int(found["y2"]) if found["y2"] else first
        if amount is None or last < first:
            return None
        parts.append((amount.value, amount.currency, first, last))
    if len(parts) < 2 or not any(currency for _, currency, _, _ in parts):
        return None  # a sum of money says its currency once at least ("300 officers in 2021" is none)
    return parts


def amount_correction(value) -> tuple[str, str] | None:
    """Of an amount cell correcting itself in place, the figure that stands and the one it replaces (as written);
    None for any other cell. Of an amount with a remark naming a year only, the amount and the remark.

    Examples
    --------
    >>> amount_correction("450 000 (was 520 000)"), amount_correction("1 000 000 (уточнено: 1,2 млн)")
    (('450 000', '520 000'), ('1,2 млн', '1 000 000'))
    >>> amount_correction("уточнено: 180 000 (замість 200 000)"), amount_correction("~~4 000 000~~ 3 600 000")
    (('180 000', '200 000'), ('3 600 000', '4 000 000'))
    >>> amount_correction("0 (postponed to 2022)"), amount_correction("450 000") is None
    (('0', 'postponed to 2022'), True)
    >>> amount_correction("1 822 000 (incl. 182 200 co-funding)") is None
    True
    >>> amount_correction("500 000 → 2021") is None, amount_correction("500 000 (2 tranches)") is None
    (True, True)
    >>> amount_correction("3 600 000 (уточнено 15.03.2021)"), amount_correction("1 200 000 (new: 200 000)") is None
    (('3 600 000', 'уточнено 15.03.2021'), True)
    >>> amount_correction("450 000 [reduced from 520 000]"), amount_correction("1 200 000 (збільшено з 1 000 000)")
    (('450 000', '520 000'), ('1 200 000', '1 000 000'))
    >>> amount_correction("было 500 000, стало 650 000"), amount_correction("was 1,200,000; now 1,450,000")
    (('650 000', '500 000'), ('1,450,000', '1,200,000'))
    """
    if not isinstance(value, str) or not _CORRECTION_SIGNS.search(value):
        return None  # the common case: no bracket, strike or arrow
    return _correction(value)


_CORRECTION_SIGNS = re.compile(r"[(\[~→]|->|=>|стал|став|now|тепер", re.IGNORECASE)


@lru_cache(maxsize=65536)
def _correction(value: str) -> tuple[str, str] | None:
    if not any(c.isdigit() for c in value):
        return None
    text = clean_text(value) or ""
    for pattern in _CORRECTIONS:
        if (
            (found := pattern.fullmatch(text)) is not None
            and _a_figure(found["now"])
            and _a_figure(found["old"])
            and _comparable(found["now"], found["old"])
        ):
            return found["now"].strip(), found["old"].strip()
    if (
        (found := _YEAR_REMARK.fullmatch(text)) is not None
        and any(c.isalpha() for c in found["note"])
        and not _OF_WHICH_NOTE.search(found["note"])
        and not any(c.isdigit() for c in _BARE_YEAR.sub(" ", _DATE_LIKE.sub(" ", found["note"])))
        and _a_figure(found["now"])
    ):  # "0 (postponed to 2022)", "3 600 000 (уточнено 15.03.2021)": a remark with a date, not a second sum
        return found["now"].strip(), found["note"].strip()
    return None


#: The mark of whole units after a sum ("450 000,-", "1.200.000,–", "300,=" ): no cents, not a minus.
_WHOLE_UNITS_MARK = re.compile(r"(?<=\d)[,.][-–—=]{1,2}(?![\d-])")


#: A footnote's letter after a figure: "520 a)", "1 200 b)" (not a multiplier: "b" is no billion there).
FOOTNOTE_LETTER = re.compile(r"(?<=\d)\s+\(?[^\W\d_]\)\s*$")


@lru_cache(maxsize=65536)
def _amount_from_text(text: str) -> Amount:
    if (corrected := amount_correction(text)) is not None:  # "450 000 (was 520 000)": the figure that stands
        return _amount_from_text(corrected[0])
    if _SCIENTIFIC.fullmatch(text):  # "1e+06" had been read as 1 + 06, a sum with a top-up
        return Amount(round(float(text), 2))
    if _LETTER_ZERO.search(text):
        text = _LETTER_ZERO.sub("0", text)
    if _FRANCS.search(text):
        text = _FRANCS.sub(" CHF ", text, count=1).strip()
    if _PLAIN_NUMBER.fullmatch(text):  # the common case: digits and separators only
        if not text.isdigit() and _not_thousands(text):
            raise ValueProblem(_SIDE_BY_SIDE.format(text=text), kind="amount")
        try:
            # to the millionth, not the cent: "0,425" under "млн євро" is 425 000 once the column's unit is applied
            return Amount(round(_number_from_text(text, False), 6))
        except ValueError:
            pass
    text = _without_sum_in_words(text)
    if FOOTNOTE_LETTER.search(text):  # "1 200 b)": a note's letter, not "b(illion)"
        text = FOOTNOTE_LETTER.sub("", text)
    if text[-1] in FOOTNOTE_MARKS:  # "250 000*", "1,2 млн¹": a note's mark, not part of the amount
        text = text.rstrip(FOOTNOTE_MARKS + " ") or text
    if (
        included := _INCLUDED.fullmatch(text)
    ) is not None:  # "1 822 000 (incl. 182 200 co-funding)": the whole
        return _amount_from_text(included["total"].strip())
    # "DKK 2 000 000 (≈ USD 318 000)": the amount in the grant's currency
    if (equal := _EQUIVALENT.fullmatch(text)) is not None:
        return _amount_from_text(equal["main"].strip())
    if (added := _ADDED.fullmatch(text)) is not None and _added_up(added):  # "250 000 + 30 000 top-up"
        first, second = _amount_from_text(added["a"].strip()), _amount_from_text(added["b"].strip())
        said = {
            _currency_aliases()[m.group(1).lower()] for m in _currency_pattern().finditer(added["rest"] or "")
        }
        currencies = {c for c in (first.currency, second.currency, *said) if c}
        if len(currencies) <= 1:
            return Amount(round(first.value + second.value, 2), currencies.pop() if currencies else None)
    if "±" in text or "+" in text:
        central = _MARGIN.sub(" ", text).strip()
        if not central:
            raise ValueProblem(f"amount '{text}' holds a margin and no amount", kind="amount")
        text = central
    # "450 000,-", "450.000,- EUR": whole units, no cents (a mark of Central European accounting), no minus
    text = _WHOLE_UNITS_MARK.sub("", text)
    negative = (
        bool(_NEGATIVE.search(text))
        or (text.endswith(")") and text.lstrip(" €$£₴").startswith("("))
        or bool(_TRAILING_MINUS.fullmatch(text))  # "250,000-": a reduction as SAP writes it
    )
    if _TRAILING_MINUS.fullmatch(text):
        text = text.rstrip("-− ")
    multipliers = [m.group(1).lower() for m in _MULT_PATTERN.finditer(text)]
    currency = None
    found = {_currency_aliases()[m.group(1).lower()] for m in _currency_pattern().finditer(text)}
    if len(found) == 2 and "USD" in found and "$" in text:
        from mtd_analysis.reference.currencies import dollar_currencies

        (other,) = found - {"USD"}
        if other in dollar_currencies():  # "CAD $9,600,000": the Canadian dollar's sign, not the US dollar
            found = {other}
    if len(found) > 1:
        raise ValueProblem(
            f"amount '{text}' names several currencies ({', '.join(sorted(found))})", kind="amount"
        )
    if found:
        currency = found.pop()
    numbers = [m.group(0).strip() for m in _NUMBER.finditer(text)]
    numbers = [n for n in numbers if re.search(r"\d", n)]
    if not numbers:
        raise ValueProblem(f"amount '{text}' holds no number", kind="amount")
    if (
        len(numbers) == 2
        and (compound := _COMPOUND.fullmatch(text.strip())) is not None
        and not without_currency_words(compound["before"] + " " + compound["after"]).strip(" .,;:()")
    ):
        # "1 млн 200 тис. грн": a million and two hundred thousand
        return Amount(
            round(
                int(compound["a"]) * _MULTIPLIERS[compound["big"].lower()]
                + _number_from_text(compound["b"], True) * 1e3,
                2,
            ),
            currency,
        )
    if len(numbers) > 1:
        parts = amount_parts(text)
        if parts:  # "Component 1: USD 500,000; Component 2: USD 230,000"
            currencies = {p.currency for p in parts} - {None}
            if len(currencies) <= 1:
                return Amount(round(sum(p.value for p in parts), 2), currencies.pop() if currencies else None)
        raise ValueProblem(f"amount '{text}' holds several numbers; give one amount per cell", kind="amount")
    if len({_MULTIPLIERS[m] for m in multipliers}) > 1:  # "1,5 млн / mln": one million, in two languages
        raise ValueProblem(f"amount '{text}' has several multipliers", kind="amount")
    if _not_thousands(
        numbers[0]
    ):  # "7 000 8 200": two figures side by side (an old one struck through), not one
        raise ValueProblem(_SIDE_BY_SIDE.format(text=text), kind="amount")
    try:
        number = _number_from_text(numbers[0], bool(multipliers))
    except ValueError:
        raise ValueProblem(f"amount '{text}' is not a number", kind="amount") from None
    if multipliers:
        number *= _MULTIPLIERS[multipliers[0]]
    if negative and number:
        raise ValueProblem(f"amount {text} is negative", kind="amount", negative=-round(number, 2))
    return Amount(round(number, 2), currency)


_SIDE_BY_SIDE = (
    "amount '{text}' holds several numbers (its groups of digits are not thousands); give one amount per cell"
)


def _not_thousands(number: str) -> bool:
    """Whether a figure written with spaces between its digits is no thousands grouping: a group after the first not
    of three digits ("7 000 8 200", "12 5000"; a first group of four, "1250 000", is a thousands' typing slip).

    Examples
    --------
    >>> _not_thousands("7 000 8 200"), _not_thousands("1 250 000,00"), _not_thousands("1250 000")
    (True, False, False)
    """
    parts = re.split(r"[ \u00a0\u202f\u2007\u2009]+", number.strip())
    return len(parts) > 1 and any(
        not re.fullmatch(r"\d{3}(?:['’]\d{3})*(?:[.,]\d*)?['’.,]*", part) for part in parts[1:]
    )


# ---------------------------------------------------------------------------
# dates

_MONTHS = {
    # English
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
    "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
    "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
    # German, as German partners' timelines head their months ("Mär", "Mai", "Okt", "Dez")
    "januar": 1, "februar": 2, "mär": 3, "märz": 3, "maerz": 3, "mai": 5, "juni": 6, "juli": 7, "okt": 10,
    "oktober": 10, "dez": 12, "dezember": 12,
}  # fmt: skip
# Ukrainian and Russian month stems (nominative and genitive both start so)
_MONTH_STEMS = [
    ("січ", 1), ("лют", 2), ("берез", 3), ("квіт", 4), ("травн", 5), ("трав", 5), ("черв", 6), ("лип", 7),
    ("серп", 8), ("верес", 9), ("жовт", 10), ("листоп", 11), ("груд", 12),
    ("янв", 1), ("фев", 2), ("мар", 3), ("апр", 4), ("ма", 5), ("июн", 6), ("июл", 7), ("авг", 8),
    ("сен", 9), ("окт", 10), ("ноя", 11), ("дек", 12),
    ("бер", 3), ("вер", 9), ("лист", 11),
]  # fmt: skip


_DASH_INSIDE = re.compile(r"[-–—/]")


def _month_number(word: str) -> int | None:
    word = word.lower().strip(".")
    if word in _MONTHS:
        return _MONTHS[word]
    # "березень–травень" is two months, not one
    if re.fullmatch(r"[a-z]+", word) or _DASH_INSIDE.search(word):
        return None
    for stem, number in _MONTH_STEMS:
        if word.startswith(stem):
            return number
    return None


_EXCEL_1900 = dt.date(1899, 12, 30)
_EXCEL_1904 = dt.date(1904, 1, 1)


def excel_serial_to_date(serial: float, date1904: bool = False) -> dt.date:
    """Convert an Excel serial day number to a date, in either of Excel's date systems.

    Examples
    --------
    >>> excel_serial_to_date(44256), excel_serial_to_date(42794, date1904=True)
    (datetime.date(2021, 3, 1), datetime.date(2021, 3, 1))
    """
    base = _EXCEL_1904 if date1904 else _EXCEL_1900
    return base + dt.timedelta(days=int(serial))


def _last_day(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _quarter_bounds(q: int, year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 3 * q - 2, 1), _last_day(year, 3 * q)


_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
# "р." / "року" / "г." / "года" / "year" after a year: noise around a date ("1 квітня 2021 р.")
_YEAR_WORD = re.compile(
    r"(?<=\d)\s*(?:р\.?|рік|року|роки|г\.?|год|года|году|year)(?=[\s.,)]|$)", re.IGNORECASE
)
_DIGIT = re.compile(r"\d")
#: A time of day after a date ("01.03.2021 0:00:00", "3/1/2021 12:00:00 AM").
_CLOCK_TAIL = re.compile(r"\s+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[ap]\.?m\.?)?$", re.IGNORECASE)
_TWELVE_HOUR = re.compile(r"[ap]\.?m\.?$", re.IGNORECASE)


def on_twelve_hour_clock(text: str) -> bool:
    """Whether a date's time of day is on a 12-hour clock ("6/1/2021 12:00:00 AM"), as US exports write it.

    Examples
    --------
    >>> on_twelve_hour_clock("6/1/2021 12:00:00 AM"), on_twelve_hour_clock("01.06.2021 0:00:00")
    (True, False)
    """
    clock = _CLOCK_TAIL.search(text.strip())
    return clock is not None and _TWELVE_HOUR.search(clock.group()) is not None


_ISO_DATETIME = re.compile(
    r"\d{4}-\d{2}-\d{2}[t ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:z|[+-]\d{2}:?\d{2})?"
)


# the forms of a date in one cell, compiled once (re's cache of patterns given as text costs each call a lookup)
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_YEAR_FIRST_DATE = re.compile(r"(\d{4})[./](\d{1,2})[./](\d{1,2})")
_NUMERIC_DATE_CELL = re.compile(r"(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})")
_YEAR = re.compile(r"(\d{4})")
_MONTH_YEAR = re.compile(r"(\d{1,2})[./-](\d{4})")
_YEAR_MONTH = re.compile(r"(\d{4})[./-](\d{1,2})")
#: "01/21", "12/22": a month and a two-digit year (a zero-padded month, a slash; the year 2015–2035), in a date
#: or period column only: a column of such codes ("03/19") is not guessed to hold dates (see reads_as_date)
_MONTH_SHORT_YEAR = re.compile(r"(0[1-9]|1[0-2])/(1[5-9]|2\d|3[0-5])")
_QUARTER_YEAR = re.compile(r"q([1-4])\s*[/-]?\s*(\d{4})")
_YEAR_QUARTER = re.compile(r"(\d{4})\s*[/-]?\s*q([1-4])")
#: "II кв. 2021", "з II кварталу 2021 року", "с III квартала 2021 г.": a quarter and its year.
_QUARTER_WORD = re.compile(
    r"([1-4]|i{1,3}|iv)\s*(?:-?й|-?ий|-?го)?\s*(?:кв|квартал[уа]?|quarter|qtr)\.?\s*(\d{4})"
    r"(?:\s*(?:р|рік|року|г|год|года)\.?)?"
)
_HALF_YEAR = re.compile(r"(?:h([12])|([12])h)\s*[/-]?\s*(\d{4})")
_HALF_WORD = re.compile(
    r"([12]|i{1,2}|перше|першого|друге|другого|первое|первого|второе|второго|first|second|1st|2nd)"
    r"(?:-?[ей]|-?го)?\s*(?:півріччя|півр\.?|полугодие|полугодия|полуг\.?|half(?:\s+of)?(?:\s+the\s+year)?)\s*"
    r"(\d{4})"
    r"(?:\s*(?:р|рік|року|г|года)\.?)?"
)
_HALF_NUMBER = {"перше": 1, "першого": 1, "первое": 1, "первого": 1, "first": 1, "1st": 1, "друге": 2, "другого": 2,
                "второе": 2, "второго": 2, "second": 2, "2nd": 2}  # fmt: skip
_DAY_MONTH_NAME = re.compile(r"(\d{1,2})(?:-?го)?[\s.-]+([^\d\s.,-]+)\.?[\s.,-]+(\d{4}|\d{2})")
_MONTH_NAME_YEAR = re.compile(r"(?:(?:in|у|в)\s+)?([^\d\s.,-]+)\.?[\s.,-]+(\d{4}|\d{2})")
_MONTH_NAME_DAY = re.compile(r"([^\d\s.,-]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})")


def _numeric_day_month(first: int, second: int, order: str | None) -> tuple[int, int]:
    """(day, month) of "a/b/yyyy": a part above 12 decides; otherwise the column's order (day first by default)."""
    if second > 12:
        return second, first
    if first > 12 or order != "mdy":
        return first, second
    return second, first


def _partial_date(text: str, order: str | None = None) -> tuple[dt.date, dt.date] | None:
    """The first and last day a date-like text can mean ("2021" -> whole year, "03/2021" -> March).

    ``order`` ("dmy" or "mdy") reads "03/04/2021" when no part is above 12. Raises ValueError for a
    day that does not exist ("31.02.2021"). Each text is read once: a column's guess and its cells'
    parsers ask about the same texts.
    """
    if not _DIGIT.search(text):  # every form has a digit: a text without one is no date (the fast way out)
        return None
    bounds = _partial_date_once(text, order)
    if bounds is _NO_SUCH_DAY:
        raise ValueError(f"{text} names a day that does not exist")
    return bounds


#: What :func:`_partial_date_once` keeps for a text naming a day that does not exist.
_NO_SUCH_DAY = object()


@lru_cache(maxsize=65536)
def _partial_date_once(text: str, order: str | None):
    try:
        return _read_partial_date(text, order)
    except ValueError:
        return _NO_SUCH_DAY


#: A roman numeral typed with the Cyrillic "І" (Ukrainian keyboards) before a quarter's or a half-year's word:
#: "І півріччя 2021", "ІІ кв. 2021", "ІV квартал".
_CYRILLIC_ROMAN = re.compile(
    r"(?<![^\W\d_])([іi]{1,3}|[іi]v)"
    r"(?=(?:\s*[-–—]\s*(?:[іi]{1,3}|[іi]v))?\s*(?:-?[ей]|-?го|-?й|-?ий)?\s*(?:кв|квартал|півр|полуг|half|quarter))",
    re.IGNORECASE,
)


def _latin_roman(text: str) -> str:
    """``text`` with the roman numerals of its quarters and half-years in Latin letters ("І півріччя 2021")."""
    return (
        _CYRILLIC_ROMAN.sub(lambda m: m[1].replace("і", "i").replace("І", "I"), text)
        if "і" in text.lower()
        else text
    )


def _read_partial_date(text: str, order: str | None) -> tuple[dt.date, dt.date] | None:
    t = _YEAR_WORD.sub("", text.strip().lower()).strip(" .,")
    t = _latin_roman(t)
    if _ISO_DATETIME.fullmatch(t):  # "2021-03-01T09:00:00+02:00": the date as written, before any time zone
        d = dt.date(int(t[:4]), int(t[5:7]), int(t[8:10]))
        return d, d
    if m := _ISO_DATE.fullmatch(t):
        d = dt.date(int(m[1]), int(m[2]), int(m[3]))
        return d, d
    # "01.03.2021 0:00:00", an accounting system's export: the day, its time dropped
    if (clock := _CLOCK_TAIL.search(t)) and _NUMERIC_DATE_CELL.fullmatch(t[: clock.start()]):
        t = t[: clock.start()]
        if order is None and _TWELVE_HOUR.search(clock.group()):
            order = "mdy"  # "6/1/2021 12:00:00 AM": a 12-hour clock is a US export's, month first
    elif clock and (day := _worded_date(t[: clock.start()].strip(" .,"))) and day[0] == day[1]:
        return day  # "1 березня 2021 0:00", "March 1, 2021 9:00 AM": a day in words, its time dropped
    if m := _YEAR_FIRST_DATE.fullmatch(t):
        d = dt.date(int(m[1]), int(m[2]), int(m[3]))
        return d, d
    if m := _NUMERIC_DATE_CELL.fullmatch(t):
        day, month = _numeric_day_month(int(m[1]), int(m[3]), order)
        year = int(m[4]) + (2000 if len(m[4]) == 2 else 0)
        d = dt.date(year, month, day)
        return d, d
    return _worded_date(t)


def _worded_date(t: str) -> tuple[dt.date, dt.date] | None:
    """Years, months, quarters and halves, and dates with month names (EN/UK/RU)."""
    if m := _YEAR.fullmatch(t):
        y = int(m[1])
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    if m := _MONTH_YEAR.fullmatch(t):
        y, mo = int(m[2]), int(m[1])
        return dt.date(y, mo, 1), _last_day(y, mo)
    if m := _YEAR_MONTH.fullmatch(t):
        y, mo = int(m[1]), int(m[2])
        return dt.date(y, mo, 1), _last_day(y, mo)
    if m := _MONTH_SHORT_YEAR.fullmatch(t):
        y, mo = 2000 + int(m[2]), int(m[1])
        return dt.date(y, mo, 1), _last_day(y, mo)
    if m := _QUARTER_YEAR.fullmatch(t) or _YEAR_QUARTER.fullmatch(t):
        q, y = (int(m[1]), int(m[2])) if t.startswith("q") else (int(m[2]), int(m[1]))
        return _quarter_bounds(q, y)
    if m := _QUARTER_WORD.fullmatch(t):
        q = _ROMAN.get(m[1]) or int(m[1])
        return _quarter_bounds(q, int(m[2]))
    if m := _HALF_YEAR.fullmatch(t):
        h, y = int(m[1] or m[2]), int(m[3])
        return (dt.date(y, 1, 1), dt.date(y, 6, 30)) if h == 1 else (dt.date(y, 7, 1), dt.date(y, 12, 31))
    if m := _HALF_WORD.fullmatch(t):
        h = _HALF_NUMBER.get(m[1]) or _ROMAN.get(m[1]) or int(m[1])
        y = int(m[2])
        return (dt.date(y, 1, 1), dt.date(y, 6, 30)) if h == 1 else (dt.date(y, 7, 1), dt.date(y, 12, 31))
    # "15 March 2021", "15-Mar-2021", "15-mar-21", "1 квітня 2021", "1-го березня 2021"
    if m := _DAY_MONTH_NAME.fullmatch(t):
        mo = _month_number(m[2])
        if mo:
            y = int(m[3]) + (2000 if len(m[3]) == 2 else 0)
            d = dt.date(y, mo, int(m[1]))
            return d, d
    # "March 2021", "Mar-21", "березень 2021", "у березні 2021", "березня 2021"
    if m := _MONTH_NAME_YEAR.fullmatch(t):
        mo = _month_number(m[1])
        if mo:
            y = int(m[2]) + (2000 if len(m[2]) == 2 else 0)
            return dt.date(y, mo, 1), _last_day(y, mo)
    # "March 15, 2021", "Mar 15 2021"
    if m := _MONTH_NAME_DAY.fullmatch(t):
        mo = _month_number(m[1])
        if mo:
            d = dt.date(int(m[3]), mo, int(m[2]))
            return d, d
    return None


def _check_range(d: dt.date, text: str) -> dt.date:
    lo, hi = config.VALID_YEARS
    if not lo <= d.year <= hi:
        raise ValueProblem(f"date {text} is outside {lo}–{hi}", kind="date")
    return d


#: A value's former one said in brackets after it: "(was 12/2022)", "(було: 400 000)", "(было: 01.2022)".
_FORMER_WORDS = r"was|previously|formerly|earlier|було|было|раніше|ранее|прежде|попередньо"
_FORMER_VALUE = re.compile(rf"\s*[(\[]\s*(?:{_FORMER_WORDS})\b[^()\[\]]*[)\]]", re.IGNORECASE)


def parse_date(
    value, *, end: bool = False, date1904: bool = False, order: str | None = None
) -> dt.date | None:
    """Read a start or end date.

    A partial date means its first day when it starts a project and its last day
    when it ends one: a year alone starts on 1 January and ends on 31 December.

    Parameters
    ----------
    value : str, float, date or datetime
        The cell as read. Numbers are Excel serial days (in the workbook's date system).
    end : bool
        True for an end date.
    date1904 : bool
        The workbook uses Excel's 1904 date system.
    order : {"dmy", "mdy"}, optional
        How "03/04/2021" is read when no part is above 12 (see :func:`date_order`); day first by default.

    Raises
    ------
    ValueProblem
        An unreadable or impossible date (error), or an open-ended end ("ongoing", "безстроково"):
        a ``ValueProblem`` of severity ``info``, the end staying unknown.

    Examples
    --------
    >>> parse_date("01.03.2021"), parse_date("2021", end=True), parse_date("Q3 2021", end=True)
    (datetime.date(2021, 3, 1), datetime.date(2021, 12, 31), datetime.date(2021, 9, 30))
    >>> parse_date("березня 2021"), parse_date(44256.0), parse_date("15-Mar-2021")
    (datetime.date(2021, 3, 1), datetime.date(2021, 3, 1), datetime.date(2021, 3, 15))
    >>> parse_date("03/04/2021"), parse_date("03/04/2021", order="mdy"), parse_date("03/14/2021")
    (datetime.date(2021, 4, 3), datetime.date(2021, 3, 4), datetime.date(2021, 3, 14))
    >>> parse_date("1 квітня 2021 р."), parse_date("2021-03-01T23:30:00+02:00")
    (datetime.date(2021, 4, 1), datetime.date(2021, 3, 1))
    >>> parse_date("28.02.2023 0:00:00"), parse_date("3/14/2021 12:00:00 AM")
    (datetime.date(2023, 2, 28), datetime.date(2021, 3, 14))
    >>> parse_date("06/2023 (was 12/2022)", end=True), parse_date("30.06.2022 (було: 31.12.2021)", end=True)
    (datetime.date(2023, 6, 30), datetime.date(2022, 6, 30))
    >>> parse_date("31.03.2022 (extended at no cost)", end=True), parse_date("01.10.2019 –")
    (datetime.date(2022, 3, 31), datetime.date(2019, 10, 1))
    >>> parse_date("до кінця 2022 року"), parse_date("the beginning of 2021")
    (datetime.date(2022, 12, 31), datetime.date(2021, 1, 1))
    >>> parse_date("1999-01-01")
    Traceback (most recent call last):
    ...
    mtd_analysis.ingest.values.ValueProblem: date 1999-01-01 is outside 2000–2040
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return _check_range(value.date(), value.date().isoformat())
    if isinstance(value, dt.date):
        return _check_range(value, value.isoformat())
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if isinstance(value, float) and math.isnan(value):
            return None
        if 1990 <= value <= 2100 and float(value).is_integer():
            return parse_date(str(int(value)), end=end)
        if 19_900_101 <= value <= 21_001_231 and float(value).is_integer():  # 20210301: a database's YYYYMMDD
            n = int(value)
            try:
                d = dt.date(n // 10_000, n // 100 % 100, n % 100)
            except ValueError:
                raise ValueProblem(f"date {n} is not a date", kind="date") from None
            return _check_range(d, str(n))
        if 1 <= value < 2958466:
            d = excel_serial_to_date(value, date1904)
            return _check_range(d, d.isoformat())
        raise ValueProblem(f"date {clean_text(value)} is not a date", kind="date")
    text = clean_text(value)
    if text and ("(" in text or "[" in text) and (was := _FORMER_VALUE.search(text)) and was.start():
        text = (
            text[: was.start()] + text[was.end() :]
        )  # "06/2023 (was 12/2022)": the date now, the old one aside
    if text is None or text in _NO_DATE:
        return None
    if len(text) == 8 and text.isascii() and text.isdigit() and text[:2] in ("19", "20", "21"):
        return parse_date(int(text), end=end)  # "20210301" exported as text: a database's YYYYMMDD
    if len(text) == 5 and text.isascii() and text.isdigit() and 32_874 <= int(text) <= 54_789:
        # "44378" pasted as text: an Excel serial day (1990–2049), as a number cell would be read
        return parse_date(int(text), end=end, date1904=date1904)
    if edge := _YEAR_EDGE.fullmatch(text):  # "кінця 2022 року", "end of 2022", "начала 2021 года"
        year = int(edge["year"])
        return _check_range(dt.date(year, 1, 1) if edge["start"] else dt.date(year, 12, 31), text)
    try:
        return _date_from_text(text, end, order)
    except ValueProblem:
        # "31.03.2022 (продовжено без збільшення бюджету)", "30.06.2021 (extended)": a full date, then a remark
        remarked = _DATE_THEN_REMARK.fullmatch(text) or (None if end else DATE_THEN_DASH.fullmatch(text))
        if remarked is None:
            raise
        return _date_from_text(remarked["date"], end, order)


#: The end or the start of a year in words ("кінця 2022 року", "the end of 2022", "начала 2021 г.").
_YEAR_EDGE = re.compile(
    r"(?:(?:до|по|until|till|to|by)\s+)?(?:the\s+)?(?:(?P<start>beginning|start|початку|початок|начала|начало)|end|кінця|кінець|конца|конец)"
    r"\s+(?:of\s+)?(?P<year>20[0-4]\d)(?:\s*(?:року|рік|р\.?|года|год|г\.?))?",
    re.IGNORECASE,
)
#: A full date written out, then words in brackets, no figure among them ("31.03.2022 (extended at no cost)").
_DATE_THEN_REMARK = re.compile(
    r"(?P<date>\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)\s*\((?=[^()]*[^\W\d_])[^()\d]*\)"
)  # a remark with figures ("(extended to 31.12.2022)") may change the date: not set aside
#: A start date, then the dash of a period whose end stands in the next cell ("01.10.2019 –" | "30.09.2022").
DATE_THEN_DASH = re.compile(r"(?P<date>\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)\s*[–—-]")
_NO_DATE = {"-", "–", "—", "n/a", "N/A", "tbd", "TBD", "н/д"}
#: A month, a quarter or a year, then a remark in words ("Q2 2021 (planned)", "04.2021 (очікується)"); a remark with
#: figures may change the period and is not set aside.
_PERIOD_THEN_REMARK = re.compile(r"(?P<period>.*?\d)\s*\((?=[^()]*[^\W\d_])[^()\d]*\)")
#: A period, then a remark in brackets dating a step within it: "2021 (поставка – ІІІ квартал 2021 р.)".
_PERIOD_THEN_DATED_REMARK = re.compile(r"(?P<period>[^()]*?\d)\s*\((?P<remark>[^()]*[^\W\d_][^()]*)\)\.?")
#: A remark moving a period ("extended to 06.2022", "продовжено до", "перенесено на"): not a step within it.
_MOVED = re.compile(
    r"extend|prolong|postpon|moved|продовж|продл|перенес|відклад|відтерм|отлож", re.IGNORECASE
)


def reads_as_date(text: str) -> bool:
    """True when :func:`parse_date` reads a text as a start date without a problem (no message is built).

    Examples
    --------
    >>> reads_as_date("01.03.2021"), reads_as_date("Q3 2021"), reads_as_date("2021 to 2022")
    (True, True, False)
    >>> reads_as_date("31.02.2021"), reads_as_date("1999"), reads_as_date("ongoing"), reads_as_date("-")
    (False, False, False, True)
    """
    text = clean_text(text)
    if text is None or text in _NO_DATE:
        return True
    if _OPEN_ENDED.match(text) or _MONTH_SHORT_YEAR.fullmatch(text):
        return False
    try:
        bounds = _partial_date(text)
    except ValueError:
        return False
    lo, hi = config.VALID_YEARS
    return bounds is not None and lo <= bounds[0].year <= hi


_OPEN_WORDS = (
    r"ongoing|on-going|open[- ]ended|present|now|until further notice|continuing|indefinite(?:ly)?|tbc"
    r"|триває|дотепер|по теперішній час|по теперішнього часу|до теперішнього часу|наст\.? ч(?:ас)?\.?|по сьогодні"
    r"|безстроково|безстроковий|безстрокова|не визначено|бессрочно|бессрочный|по настоящее время|продолжается"
)
_OPEN_ENDED = re.compile(rf"^\(?(?:{_OPEN_WORDS})\)?\.?$", re.IGNORECASE)
_OPEN_TAIL = re.compile(
    rf"^(.+?)\s*(?:[-–—,(]|\bto\b|\bпо\b|\bдо\b|\buntil\b)?\s*\(?(?:{_OPEN_WORDS})\)?\.?$", re.IGNORECASE
)


#: What every text _OPEN_TAIL matches ends with (searched first: it is linear, _OPEN_TAIL is not).
_OPEN_END = re.compile(rf"(?:{_OPEN_WORDS})\)?\.?$", re.IGNORECASE)


def day_past_month_end(value) -> dt.date | None:
    """The month's last day for an end date typed past it ("31.06.2021", "30.02.2022"), else None.

    Examples
    --------
    >>> day_past_month_end("31.06.2021"), day_past_month_end("31.07.2021") is None
    (datetime.date(2021, 6, 30), True)
    """
    found = re.fullmatch(r"\s*(29|30|31)[./](\d{1,2})[./]((?:19|20)\d{2})\s*", clean_text(value) or "")
    if found is None or not 1 <= int(found[2]) <= 12:
        return None
    year, month, day = int(found[3]), int(found[2]), int(found[1])
    last = calendar.monthrange(year, month)[1]
    return dt.date(year, month, last) if day > last else None


def is_open_ended(value) -> bool:
    """True for an end written as open ("ongoing", "безстроково", "по теперішній час").

    Examples
    --------
    >>> is_open_ended("Ongoing"), is_open_ended("безстроково"), is_open_ended("31.12.2021")
    (True, True, False)
    """
    text = clean_text(value)
    return bool(text and isinstance(value, str) and _OPEN_ENDED.match(text))


_COMMA_DATE = re.compile(r"\d{1,2},\d{1,2},(?:19|20)\d{2}")
_SHORT_QUARTER = re.compile(r"[QqКк]\s*([1-4])\s*/\s*([0-4]\d)")
#: A word before a date saying it is a start or an end ("з 01.2021", "since March 2021", "до 12.2022").
#: Words before a date or a period saying it is where a project starts ("з 01.2021", "since March 2021").
_FROM_WORDS = r"з|із|зі|від|с|со|от|from|since|starting"
_START_WORD = re.compile(rf"^(?:{_FROM_WORDS})\s+(?=.*\d)", re.IGNORECASE)
_END_WORD = re.compile(r"^(?:до|по|until|till|to|by|end(?:ing)?|ends?)\s+(?=.*\d)", re.IGNORECASE)


@lru_cache(maxsize=65536)
def _date_from_text(text: str, end: bool, order: str | None = None) -> dt.date:
    if _COMMA_DATE.fullmatch(text):  # "01,04,2021": a date typed with commas for dots
        text = text.replace(",", ".")
    if short := _SHORT_QUARTER.fullmatch(text):  # "Q3/21": the quarter of 2021
        text = f"Q{short[1]} 20{short[2]}"
    core = (_END_WORD if end else _START_WORD).sub(
        "", text, count=1
    )  # "з 01.2021" a start, "до 12.2022" an end
    if core != text:
        try:
            bounds = _partial_date(core, order)
        except ValueError:
            bounds = None
        if bounds is not None:
            return _check_range(bounds[1] if end else bounds[0], text)
    if _OPEN_ENDED.match(text):
        if end:
            raise ValueProblem(
                f"'{text}' is open-ended: no end date is known, the project is taken to run on",
                severity="info",
                kind="date",
            )
        raise ValueProblem(f"'{text}' is not a start date", kind="date")
    try:
        bounds = _partial_date(text, order)
    except ValueError:
        raise ValueProblem(f"date {text} does not exist", kind="date") from None
    if bounds is None:
        period = _split_period(text)
        if period:
            raise ValueProblem(f"'{text}' is a period, not a single date", kind="date")
        raise ValueProblem(f"'{text}' is not a date (expected e.g. 01.03.2021 or 2021-03-01)", kind="date")
    return _check_range(bounds[1] if end else bounds[0], text)


_PERIOD_SEP = re.compile(
    r"\s*(?:–|—|−|→|->|⇒|\bto\b|\buntil\b|\bдо\b|\bпо\b|\bthrough\b|\s-\s|(?<![^\W\d_])-(?=\s*\d{4}\b)"
    r"|-(?=\s*q[1-4]))\s*",
    re.IGNORECASE,
)


_YEARS_WORD = re.compile(r"\s*(?:рр|роки|років|гг|годы|years|yrs)\.?$", re.IGNORECASE)


_FROM = re.compile(rf"^(?:{_FROM_WORDS})\s+", re.IGNORECASE)
_ISO_PERIOD = re.compile(r"(\d{4}-\d{2}-\d{2})\s*(?:-|–|—|to|до|по)\s*(\d{4}-\d{2}-\d{2})", re.IGNORECASE)
_YEARS_PERIOD = re.compile(r"(\d{4})\s*[-–—/]\s*(\d{4})")
_YEAR_SPAN = re.compile(r"(20\d{2})\s*[-–—/]\s*(\d{2})")
_MONTHS_PERIOD = re.compile(r"([^\d\s]+)\s*[-–—]\s*([^\d\s]+)\s+(\d{4})(?:\s*(?:р|рік|року|г|года)\.?)?")
_ANY_SEPARATOR = re.compile(r"\s*[-–—/]\s*")
#: Months of one year by number, written as a month is ("03.2021"): "03–12.2021", "3-12/2021 р." (March to
#: December 2021). "1-2 2021" could be quarters as well: not read.
_MONTH_NUMBERS_PERIOD = re.compile(
    r"(0?[1-9]|1[0-2])\s*[-–—]\s*(0?[1-9]|1[0-2])\s*[./]\s*(\d{4})(?:\s*(?:р|рік|року|г|года)\.?)?"
)

#: Two quarters of one year: "I–II квартал 2021", "1-2 кв. 2021", "II-III квартали 2021 р.", "Q1–Q2 2021".
_QUARTERS_OF_A_YEAR = re.compile(
    r"q?([1-4]|i{1,3}|iv)\s*[-–—]\s*q?([1-4]|i{1,3}|iv)\s*(?:-?й|-?ий)?\s*"
    r"(?:кв|квартал[иіа]?|quarters?|qtrs?)\.?\s*(\d{4})(?:\s*(?:р|рік|року|г|года)\.?)?",
    re.IGNORECASE,
)


def _split_period(text: str) -> tuple[str, str] | None:
    t = _FROM.sub("", _latin_roman(text.strip()))
    t = _YEARS_WORD.sub("", t)
    # ISO dates contain hyphens: split on separators that are not inside them
    iso = _ISO_PERIOD.fullmatch(t)
    if iso:
        return iso[1], iso[2]
    if m := _YEARS_PERIOD.fullmatch(t):
        return m[1], m[2]
    if m := _YEAR_SPAN.fullmatch(t):  # "2021/22": a span of years, not March 2021
        return m[1], f"20{m[2]}"
    if m := _MONTHS_PERIOD.fullmatch(t):  # "Jan-Dec 2021", "січень–грудень 2021"
        if _month_number(m[1]) and _month_number(m[2]):
            return f"{m[1]} {m[3]}", f"{m[2]} {m[3]}"
    if m := _QUARTERS_OF_A_YEAR.fullmatch(t):  # "I–II квартал 2021", "1-2 кв. 2021", "Q1–Q2 2021"
        return f"{m[1]} квартал {m[3]}", f"{m[2]} квартал {m[3]}"
    if m := _MONTH_NUMBERS_PERIOD.fullmatch(t):  # "03–12.2021": March to December 2021
        first, last, year = int(m[1]), int(m[2]), int(m[3])
        return f"{first:02d}.{year - (first > last)}", f"{last:02d}.{year}"  # "10-03.2022": from October 2021
    parts = [p for p in _PERIOD_SEP.split(t) if p.strip()]
    if len(parts) == 2:
        return parts[0], parts[1]
    # "01.03.2021-31.12.2022", "10/2020-09/2021", "2021-03-01/2022-12-31": try each separator
    for m in _ANY_SEPARATOR.finditer(t):
        left, right = t[: m.start()], t[m.end() :]
        try:
            if left and right and _partial_date(left) and _partial_date(right):
                return left, right
        except ValueError:
            continue
    return None


#: The units a duration is written in ("24 months", "18 міс.", "2 роки", "3 года").
_DURATION_UNITS = (
    r"months?|mos?\.?|mths?|міс(?:\.|яці|яців|яць)?|мес(?:\.|яца|яцев|яц)?"
    r"|years?|yrs?|рік|роки|років|року|год|года|лет"
)
_DURATION = re.compile(
    rf"^(?:for\s+|на\s+|протягом\s+|в течение\s+)?(\d{{1,3}}(?:[.,]5)?)\s*({_DURATION_UNITS})?\.?$",
    re.IGNORECASE,
)


#: What a text with a duration at its end (``_start_and_duration``) ends with: a unit of _DURATION, then
#: perhaps a full stop and a closing bracket.
_DURATION_END = re.compile(rf"(?:{_DURATION_UNITS})\.?\s*\)?$", re.IGNORECASE)


def parse_duration(value, *, unit_months: bool = False) -> int | None:
    """A project's length in months from "24 months", "18 міс.", "2 роки" (a bare number when ``unit_months``).

    Returns None when the cell is empty or is not a duration.

    Examples
    --------
    >>> parse_duration("24 months"), parse_duration("18 міс."), parse_duration("2 роки"), parse_duration("36")
    (24, 18, 24, None)
    >>> parse_duration(36, unit_months=True), parse_duration("1,5 years")
    (36, 18)
    """
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if unit_months and 0 < value < 241 and float(value).is_integer():
            return int(value)
        return None
    text = clean_text(value)
    m = _DURATION.match(text) if text else None
    if not m or (not m[2] and not unit_months):
        return None
    number = float(m[1].replace(",", "."))
    unit = (m[2] or "m").lower()
    months = number * 12 if unit[0] in "yрлг" else number
    return int(round(months)) if months > 0 else None


def end_after(start: dt.date, months: int) -> dt.date:
    """The last day of a project that starts on ``start`` and lasts ``months`` months.

    Examples
    --------
    >>> end_after(dt.date(2021, 4, 1), 24), end_after(dt.date(2021, 1, 31), 1)
    (datetime.date(2023, 3, 31), datetime.date(2021, 2, 27))
    """
    total = start.month - 1 + months
    year, month = start.year + total // 12, total % 12 + 1
    day = min(start.day, calendar.monthrange(year, month)[1])
    return dt.date(year, month, day) - dt.timedelta(days=1)


def start_before(end: dt.date, months: int) -> dt.date:
    """The first day of a project that ends on ``end`` after lasting ``months`` months (:func:`end_after` undone).

    Examples
    --------
    >>> start_before(dt.date(2022, 6, 30), 18), start_before(dt.date(2023, 3, 31), 24)
    (datetime.date(2021, 1, 1), datetime.date(2021, 4, 1))
    """
    after = end + dt.timedelta(days=1)
    total = after.month - 1 - months
    year, month = after.year + total // 12, total % 12 + 1
    return dt.date(year, month, min(after.day, calendar.monthrange(year, month)[1]))


_UNTIL = re.compile(r"^(?:until|till|to|up to|до|по)\s+(.+)$", re.IGNORECASE)
_A_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_YEAR_OR_DATE = re.compile(r"\d{4}|\d[./]\d{1,2}[./]\d{2}")


#: A period written as its two ends, each with its label: "Start: 01 Mar 2021 End: 28 Feb 2023", "Початок:
#: 01.03.2021; Завершення: 28.02.2023".
_LABELLED_ENDS = re.compile(
    r"(?:start(?:\s+date)?|from|begin\w*|початок|дата\s+початку|начало|дата\s+начала)\s*[:=]\s*(?P<start>.+?)"
    r"[\s,;/|]+(?:end(?:\s+date)?|until|to|finish|кінець|завершення|закінчення|дата\s+завершення|окончание"
    r"|конец|дата\s+окончания)\s*[:=]\s*(?P<end>.+?)[\s.;]*",
    re.IGNORECASE | re.DOTALL,
)

#: Words around a year saying the period is that calendar year ("calendar year 2022", "CY2022", "протягом 2021
#: року", "в течение 2021 года", "2021 calendar year"); a fiscal year ("FY 2022") is not one.
_YEAR_SAID = re.compile(
    r"^(?:(?:the\s+)?(?:whole\s+|full\s+)?(?:calendar\s+)?years?|cy|during|throughout|протягом|упродовж|"
    r"в\s+течени[ея]|на\s+протяжении|календарн\w+)\s*(?=(?:19|20)\d{2}\b)|(?<=\d)\s+calendar\s+years?$",
    re.IGNORECASE,
)

#: A period saying only when it ends ("до кінця 2022 року", "until the end of 2021", "до конца 2021 года").
_END_ONLY = re.compile(
    r"(?:до|по|until|till|by|through)\s+(?:the\s+)?(?:кінця|конца|end\s+of)\s+((?:19|20)\d{2})"
    r"(?:\s*(?:р\.|року|рік|г\.|года|год))?\.?",
    re.IGNORECASE,
)


#: Words before a delivery's date: "handed over 14.05.2021", "planned handover: October 2021", "передано 12.03.2021"
#: (a tentative period's word after it, "2022 (tentative)", is :data:`_TENTATIVE_TAIL`'s).
_DELIVERY_WORDS = re.compile(
    r"^\s*(?:(?:planned|expected|scheduled|actual)\s+)?(?:handed\s+over|handover|hand-over|delivered|delivery|"
    r"transferred|transfer|donated|передано|передан\w*|поставлено|поставк\w*|доставлено|передача|"
    r"запланован\w*\s+передач\w*)\b\s*(?:on|in|:)?\s*",
    re.IGNORECASE,
)


#: A tentative period's word in brackets after it: "(предварительно)", "(ориент.)", "(tentative)", "(indicative)".
_TENTATIVE_TAIL = re.compile(
    r"\s*\((?:tentative|provisional|estimated|indicative|approx\w*\.?|орієнтовно|ориентировочно|попередньо"
    r"|предварительно|ориент\.?|орієнт\.?|прибл\w*\.?)\)\s*$",
    re.IGNORECASE,
)


def parse_period(
    value, *, date1904: bool = False, order: str | None = None
) -> tuple[dt.date | None, dt.date | None]:
    """Read a period written in one cell: "2021-2022", "Q3 2021 – Q2 2022", "01/2021 - 12/2021".

    A single year or quarter is a period too ("2021" is the whole of 2021). An open end ("ongoing",
    "безстроково") leaves the end unknown; a start with a duration ("01.04.2021, 24 months") ends when
    the duration does.

    Examples
    --------
    >>> parse_period("2021-2022")
    (datetime.date(2021, 1, 1), datetime.date(2022, 12, 31))
    >>> parse_period("01/2021 - 12/2021")
    (datetime.date(2021, 1, 1), datetime.date(2021, 12, 31))
    >>> parse_period("2020-10-01 to 2021-09-30")
    (datetime.date(2020, 10, 1), datetime.date(2021, 9, 30))
    >>> parse_period("березень 2021 – лютий 2022")
    (datetime.date(2021, 3, 1), datetime.date(2022, 2, 28))
    >>> parse_period("з 1 квітня 2021 р. по 31.12.2022")
    (datetime.date(2021, 4, 1), datetime.date(2022, 12, 31))
    >>> parse_period("Jan-2021 to Jun-2022"), parse_period("с 1 марта по 31 декабря 2021 г.")[0]
    ((datetime.date(2021, 1, 1), datetime.date(2022, 6, 30)), datetime.date(2021, 3, 1))
    >>> parse_period("з 01.03.2021 безстроково"), parse_period("01.04.2021, 24 months")
    ((datetime.date(2021, 3, 1), None), (datetime.date(2021, 4, 1), datetime.date(2023, 3, 31)))
    >>> parse_period("October – March 2022")
    (datetime.date(2021, 10, 1), datetime.date(2022, 3, 31))
    >>> parse_period("12 місяців з 01.07.2021"), parse_period("2021-2023 (36 months)")[1]
    ((datetime.date(2021, 7, 1), datetime.date(2022, 6, 30)), datetime.date(2023, 12, 31))
    >>> parse_period("2021 – 2023 (предварительно)"), parse_period("2021–2023 (ориент.)")[1]
    ((datetime.date(2021, 1, 1), datetime.date(2023, 12, 31)), datetime.date(2023, 12, 31))
    >>> parse_period("handed over 14.05.2021"), parse_period("2022 (tentative)")[1]
    ((datetime.date(2021, 5, 14), datetime.date(2021, 5, 14)), datetime.date(2022, 12, 31))
    >>> parse_period("2021 (поставка – ІІІ квартал 2021 р.)")
    (datetime.date(2021, 1, 1), datetime.date(2021, 12, 31))
    >>> parse_period("03–12.2021"), parse_period("10-03.2022")[0]
    ((datetime.date(2021, 3, 1), datetime.date(2021, 12, 31)), datetime.date(2021, 10, 1))
    >>> parse_period("до кінця 2022 року")
    Traceback (most recent call last):
    ...
    mtd_analysis.ingest.values.ValueProblem: period 'до кінця 2022 року' gives only its end (the end of 2022), no start; write the start date (e.g. '01.07.2021 – 31.12.2022')
    """
    if value is None:
        return None, None
    if not isinstance(value, str):
        d = parse_date(value, date1904=date1904)
        return d, d
    text = clean_text(value)
    if text and ("(" in text or "[" in text) and (was := _FORMER_VALUE.search(text)) and was.start():
        text = text[: was.start()] + text[was.end() :]  # "01.2020 – 12.2022 (було: 01.2020 – 06.2022)"
    if text is None:
        return None, None
    try:
        whole = _partial_date(text, order)
        if whole is None and (remarked := _PERIOD_THEN_REMARK.fullmatch(text)):
            whole = _partial_date(remarked["period"], order)  # "Q2 2021 (planned)", "04.2021 (estimate)"
        if whole is None and (remarked := _PERIOD_THEN_DATED_REMARK.fullmatch(text)):
            # "2021 (поставка – ІІІ квартал 2021 р.)": a step dated within the period, which the remark does not move
            try:
                within = parse_period(remarked["period"].strip(" ,;"), order=order)
            except ValueProblem:
                within = None
            years = [int(y) for y in re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", remarked["remark"])]
            if (
                within is not None
                and None not in within
                and years  # a dated step ("ІІІ квартал 2021 р."), not a duration ("24 міс.")
                and not _MOVED.search(remarked["remark"])
                and all(within[0].year <= y <= within[1].year for y in years)
            ):
                whole = within
    except ValueError:
        whole = None
    if whole is not None:
        return _check_range(whole[0], text), _check_range(whole[1], text)
    if _OPEN_ENDED.match(text):
        raise ValueProblem(
            f"period '{text}' is open-ended and names no start", severity="warning", kind="date"
        )
    if found := _END_ONLY.fullmatch(text):
        year = found.group(1)
        raise ValueProblem(
            f"period '{text}' gives only its end (the end of {year}), no start; write the start date "
            f"(e.g. '01.07.2021 – 31.12.{year}')",
            kind="date",
        )
    if (
        _OPEN_END.search(text)  # the cheap necessary condition first: _OPEN_TAIL is quadratic on long texts
        and (ongoing := _OPEN_TAIL.match(text))
        and not _OPEN_ENDED.match(ongoing.group(1))
    ):
        head = _FROM.sub("", ongoing.group(1).strip(" ,"))
        return parse_date(head, order=order), None
    if with_duration := _start_and_duration(text, order) or _duration_then_start(text, order):
        return with_duration
    if (bare := _DURATION_SAID.sub("", text)) != text and bare:
        return parse_period(bare, date1904=date1904, order=order)  # "2021-2023 (36 months)"
    if labelled := _LABELLED_ENDS.fullmatch(text):  # "Start: 01 Mar 2021\nEnd: 28 Feb 2023"
        with contextlib.suppress(ValueProblem):
            start, end = (
                parse_date(labelled["start"], order=order),
                parse_date(labelled["end"], end=True, order=order),
            )
            return _check_range(start, text), _check_range(end, text)
    if (years := _YEAR_SAID.sub("", text)) != text:
        with contextlib.suppress(ValueProblem):
            return parse_period(years, date1904=date1904, order=order)  # "calendar year 2022": 2022
    # "2021 – 2023 (предварительно)", "2021–2023 (ориент.)": a tentative period, its dates as written
    text = _TENTATIVE_TAIL.sub("", text).strip() or text
    parts = _split_period(text)
    until = _UNTIL.match(text)
    if parts is None and until:
        return None, parse_date(until.group(1), end=True, order=order)
    if parts is None and (bare := _DELIVERY_WORDS.sub("", text).strip(" ,;:")) != text and bare:
        # "handed over 14.05.2021", "planned handover: October 2021", "2022 (tentative)": the date itself
        with contextlib.suppress(ValueProblem):
            return parse_period(bare, date1904=date1904, order=order)
    if parts is None:
        raise ValueProblem(
            f"period '{text}' is not understood (expected e.g. '2021-2022', 'Q3 2021 – Q2 2022' or "
            "'01.03.2021 - 31.12.2022')",
            kind="date",
        )
    start, end = parts
    year = _A_YEAR.search(end)
    last = parse_date(end, end=True, order=order)
    if year and not _YEAR_OR_DATE.search(start):  # "з 1 березня по 31 грудня 2021"
        first = parse_date(f"{start.strip(' ,')} {year.group(0)}", order=order)
    else:  # the end's year is given to a start without one by _split_period ("October 2022 – March 2022")
        first = parse_date(start, order=order)
    if first and last and first > last and len(set(_A_YEAR.findall(text))) == 1:
        # "грудень – березень 2022", "October – March 2022": a start named without its year, after the end, is in
        # the year before
        first = parse_date(f"{start.strip(' ,').replace(str(first.year), '')} {first.year - 1}", order=order)
    return first, last


#: A start and then a duration ("01.04.2021, 24 months", "з 01.04.2021 на 18 міс."): the duration is a number and
#: its unit at the end, after a separator or a space.
_START_AND_DURATION = re.compile(
    rf"(?:(?:з|с|from|від|since)\s+)?(.+?)(?:\s*[,;(]\s*|\s+)(?:(?:\+|for|на|протягом)\s*)?"
    rf"(\d{{1,3}}(?:[.,]5)?\s*(?:{_DURATION_UNITS})\.?)\s*\)?",
    re.IGNORECASE,
)


def _start_and_duration(text: str, order: str | None) -> tuple[dt.date, dt.date] | None:
    """ "01.04.2021, 24 months", "з 01.04.2021 на 18 міс.", "April 2021 (36 months)"."""
    if not _DURATION_END.search(text):  # no duration at the end (checked in linear time): none at all
        return None
    m = _START_AND_DURATION.fullmatch(text)
    return _start_for(m[1].strip(" ,;"), m[2], order) if m else None


#: A duration first, then the start: "12 місяців з 01.07.2021", "24 months from March 2021", "на 18 міс. з 01.2021".
_DURATION_THEN_START = re.compile(
    rf"(?:(?:на|for|протягом|within)\s+)?(\d{{1,3}}(?:[.,]5)?\s*(?:{_DURATION_UNITS})\.?)\s*,?\s*"
    r"(?:з|с|from|від|since|starting|beginning|починаючи\s+з|начиная\s+с)\s+(.+)",
    re.IGNORECASE,
)
#: A period's duration said in brackets after it: "2021-2023 (36 months)", "03.2021–02.2023 (24 міс.)".
_DURATION_SAID = re.compile(
    rf"\s*\(\s*\d{{1,3}}(?:[.,]5)?\s*(?:{_DURATION_UNITS})\.?\s*\)\s*$", re.IGNORECASE
)


def _duration_then_start(text: str, order: str | None) -> tuple[dt.date, dt.date] | None:
    """ "12 місяців з 01.07.2021", "24 months from March 2021"."""
    m = _DURATION_THEN_START.fullmatch(text)
    if m is None:
        return None
    found = _start_for(m[2].strip(" ,;."), m[1], order)
    if found is None:  # "24 months from signature (signed 01.04.2021)": the one date the words name
        dates = set(re.findall(r"(?<!\d)\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}(?!\d)", m[2]))
        found = _start_for(dates.pop(), m[1], order) if len(dates) == 1 else None
    return found


def _start_for(start_text: str, duration_text: str, order: str | None) -> tuple[dt.date, dt.date] | None:
    """A start and the end its duration gives, or None when either cannot be read."""
    months = parse_duration(duration_text)
    if not months:
        return None
    try:
        start = parse_date(start_text, order=order)
    except ValueProblem:
        return None
    return (start, end_after(start, months)) if start else None


_NUMERIC_DATE = re.compile(r"(?<![\d./-])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\d./-])")


def date_order(values) -> tuple[str | None, int, int, list[str]]:
    """Day/month order proven by a column's dates written "a/b/yyyy": a part above 12 proves it.

    Returns
    -------
    (order, day_first, month_first, ambiguous)
        ``order`` is "dmy" or "mdy" when the column proves one and only one order, else None;
        the counts of values proving each; and the values that read both ways ("03/04/2021").

    Examples
    --------
    >>> date_order(["03/14/2021", "04/01/2021", "12/31/2022"])
    ('mdy', 0, 2, ['04/01/2021'])
    >>> date_order(["01.03.2021", "2021-05-01"])
    (None, 0, 0, ['01.03.2021'])
    """
    day_first = month_first = 0
    ambiguous: list[str] = []
    for value in values:
        if not isinstance(value, str):
            continue
        text = clean_text(value) or ""
        for m in _NUMERIC_DATE.finditer(text):
            first, second = int(m[1]), int(m[3])
            if first > 12 and second <= 12:
                day_first += 1
            elif second > 12 and first <= 12:
                month_first += 1
            elif first != second and first <= 12 and second <= 12 and len(ambiguous) < 1000:
                ambiguous.append(text)
    order = "dmy" if day_first and not month_first else "mdy" if month_first and not day_first else None
    return order, day_first, month_first, list(dict.fromkeys(ambiguous))


# ---------------------------------------------------------------------------
# agencies and statuses


@lru_cache(maxsize=1)
def _agency_aliases() -> dict[str, str]:
    aliases: dict[str, str] = {}
    for code, spellings in agencies_ref.agency_spellings().items():
        for alias in spellings:
            aliases[normalise_key(alias)] = code
    return aliases


_AGENCY_SPLIT = re.compile(r"\s*(?:;|,|/|\+|&|\n|\band\b|\bта\b|\bі\b|\bи\b)\s*", re.IGNORECASE)
_COUNTRY_TAIL = re.compile(r"\s+(?:of\s+)?(?:україни|украины|ukraine)$", re.IGNORECASE)


@lru_cache(maxsize=65536)
def parse_beneficiaries(value) -> tuple[list[str], list[str]]:
    """Agency codes from a cell naming one or several agencies, by code or name, in any language.

    Returns
    -------
    (codes, unknown)
        The codes in the order written (no repeats), and the parts that name no known agency.

    Examples
    --------
    >>> parse_beneficiaries("NPU; SBGS")
    (['NPU', 'SBGS'], [])
    >>> parse_beneficiaries("ДМС України")
    (['SMS'], [])
    >>> parse_beneficiaries("National Police, Prosecutor's Office")
    (['NPU'], ["Prosecutor's Office"])
    """
    text = clean_text(value)
    if text is None:
        return [], []
    aliases = _agency_aliases()
    whole = normalise_key(_COUNTRY_TAIL.sub("", text))
    if whole in aliases:
        return [aliases[whole]], []
    codes: list[str] = []
    unknown: list[str] = []
    for part in _AGENCY_SPLIT.split(text):
        part = _unbracketed(part.strip(" ."))
        if not part:
            continue
        code = _agency_named(part)
        if (
            code is None and "(" in part
        ):  # "Cyber Police Department (NPU)", "Кіберполіція (Національна поліція)"
            inner, outer = part.partition("(")[2].strip(" )."), part.partition("(")[0]
            code = _agency_named(inner) or _agency_named(outer)
        if code is None and (last := part.rsplit(None, 1)[-1]).isupper() and len(last) > 2 and last != part:
            code = aliases.get(
                normalise_key(last)
            )  # "Департамент кіберполіції НПУ": the agency's abbreviation last
        if code is None:
            unknown.append(part)
        elif code not in codes:
            codes.append(code)
    return codes, unknown


def only_an_agency(value) -> str | None:
    """The code of the agency a text names and nothing else ("Национальная полиция Украины (НПУ)", "SBGS", "ДМС
    України"), or None (a project's title naming an agency among other words is no agency's name).

    Examples
    --------
    >>> only_an_agency("Национальная полиция Украины (НПУ)"), only_an_agency("Support to the National Police")
    ('NPU', None)
    """
    text = clean_text(value)
    if not text:
        return None
    aliases = _agency_aliases()
    bracket = re.fullmatch(r"(.*?)\s*\(([^()]*)\)", text)
    base, inner = (bracket.group(1), bracket.group(2)) if bracket else (text, None)
    code = (
        aliases.get(normalise_key(_COUNTRY_TAIL.sub("", base)))
        or aliases.get(normalise_key(base))
        or aliases.get(
            normalise_key(re.sub(r"\s+(?:of\s+)?(?:україни|украины|ukraine)\b", "", base, flags=re.I))
        )
    )  # "Государственная служба Украины по чрезвычайным ситуациям"
    if code is None or (inner is not None and aliases.get(normalise_key(inner)) != code):
        return None
    return code


def _unbracketed(part: str) -> str:
    """``part`` without brackets left unbalanced by the split ("(NPU" -> "NPU", "Police (NPU" -> "Police (NPU)")."""
    part = part.lstrip("(") if part.startswith("(") and ")" not in part else part
    part = part.rstrip(")") if part.endswith(")") and "(" not in part else part
    return part + ")" if part.count("(") > part.count(")") else part


def _agency_named(part: str) -> str | None:
    """The code of the agency ``part`` names: a name or code, with "of Ukraine" or not, or a known name
    followed by a place or unit ("ГУНП в Харківській області", "Адміністрація ДПСУ")."""
    aliases, key = _agency_aliases(), normalise_key(part)
    code = aliases.get(key) or aliases.get(normalise_key(_COUNTRY_TAIL.sub("", part)))
    if code is not None:
        return code
    code, rest = _known_name_before_words(key)
    if code is not None:
        from mtd_analysis.ingest.partners import names_a_state  # partners reads values: imported when needed

        if names_a_state(rest):  # "Ministry of the Interior of the Czech Republic": that state's, not the MIA
            return None
    return code


@lru_cache(maxsize=1)
def _alias_order() -> dict[str, int]:
    return {k: i for i, k in enumerate(_agency_aliases())}


def _known_name_before_words(key: str) -> tuple[str | None, str]:
    """The code of the first alias (in the table's order) of three characters or more that ``key`` starts
    with, followed by a space, and the words after it: each prefix of ``key`` that ends before a space is looked
    up (not every alias tried against the key). ``(None, "")`` when none."""
    aliases, order = _agency_aliases(), _alias_order()
    found = [key[:i] for i, ch in enumerate(key) if ch == " " and i >= 3 and key[:i] in aliases]
    if not found:
        return None, ""
    first = min(found, key=order.__getitem__)
    return aliases[first], key[len(first) :].strip()


#: Phrases saying a project is not yet agreed ("у розробці", "на етапі погодження", "under consideration").
NOT_YET_AGREED = (
    r"under (?:consideration|review|preparation|development|appraisal|assessment|discussion)|being (?:appraised|discussed)"
    r"|not yet approved|pending (?:\w+ )?(?:approval|funding)|^(?:in|for) discussion\b|^to be discussed\b"
    r"|^(?:в|у) обговоренн|на (?:етапі |стадії )?обговоренн|обговорюється|^(?:в|на) обсуждени|обсуждается"
    r"|на (?:етапі |стадії )?розробк\w*|на (?:этапе |стадии )?разработк\w*"
    r"|(?:financing|funding|commission|approval)\s+decision\s+pending|pending\s+(?:financing\s+|funding\s+|commission\s+)?decision"
    r"|^identification\b|в\s+процес\w*\s+(?:підписан|подписан|погоджен|согласован|затвердж|утвержд)"
    r"|awaiting (?:(?:[\w-]+ ){0,2}(?:approval|funding|sign-?off)|(?:[\w-]+ ){0,3}signature)|(?:^|\s)не (?:погоджен|согласован)\w*|очікує (?:фінансування|погодження)|ожидает (?:финансирования|согласования)"
    r"|not (?:yet )?signed|not (?:yet )?contracted|to be contracted|(?:ще |ещё |еще )?не законтрактован|in principle|ще не підписан|не підписан|ещё не подписан|еще не подписан|не подписан"
    r"|у розробці|в розробці|розробляється|на (?:етапі |стадії )?погодженн|на розгляді"
    r"|[ву] (?:стадии|стадії|процессе|процесі) (?:согласовани|погодженн|узгодженн)|на (?:етапі |стадії )?узгодженн"
    r"|погоджується|узгоджується|согласовывается|not (?:yet )?agreed|^to be agreed\b|(?:^|\s)не узгоджен"
    r"|в (?:стадии |стадії )?разработк\w*|у стадії розробк\w*|в стадії розробк\w*|разрабатывается|на (?:этапе |стадии )?согласовани|на рассмотрении"
    r"|(?<!re)negotiat|переговор|на (?:етапі |стадії )?підписанн|на (?:этапе |стадии )?подписани"
    r"|pending award|concept note|concept stage|concept phase|на етапі концепції|на этапе концепции"
    # the EU's project cycle before a contract: identification, formulation
    r"|(?:in |under )?formulation(?: (?:phase|stage))?$|identification (?:phase|stage)|на етапі формулювання"
    # a US award waiting for the Congress to be notified before the money is obligated
    r"|pending (?:congressional )?notification|pending cn\b|\bcn pending\b|congressional notification pending"
    r"|awaiting (?:congressional )?notification|^pending\b(?!\s+(?:final|completion|closure|close))"
    r"|(?:в|на|у) (?:стадии|стадії|етапі|этапе) (?:обсуждени|обговоренн)"
    r"|(?:підписання|подписание|signature|signing)\s+(?:очікується|ожидается|expected|is expected|foreseen)"
    r"|не утвержд|не одобрен|не затвердж|не схвал|на рассмотрение|на розгляд"
    r"|в процесі підписанн|awaiting signature|signature pending|pending signature|очікує підписанн|ожидает подписани"
    r"|to be signed|unsigned|непідписан|неподписан|(?:готу\w*|підготов\w*) до підписанн|(?:готов\w*|подготов\w*) к подписани"
    r"|очіку\w*\s+(?:на\s+)?(?:підписанн|затвердженн|погодженн|фінансуванн|схваленн|рішенн)"
    r"|ожида\w*\s+(?:подписани|утверждени|согласовани|финансировани|одобрени|решени)"
    r"|expected to be (?:signed|approved|agreed)|awaiting (?:signature|decision)"
)

#: A step of the project done or dropped, not the project: "закрыт тендер", "отменён тендер", "Phase 1 completed",
#: "Completed procurement; implementation ongoing".
_A_STEP_DONE = (
    r"(?:закрит|закрыт|complet|заверш|cancel|отмен|скасов)\w*\s+(?:тендер|tender|procurement|закупівл|закупк|поїздк"
    r"|поездк|visit|візит|визит|семінар|семинар|workshop)|(?:phase|етап|этап|stage)\s*(?:\d|i+\b)[^,;]*?"
    r"(?:complet|заверш|cancel|отмен|скасов)"
)
#: "Очікується завершення", "ожидается окончание": its end awaited, so the project is under way.
_AWAITED_END = r"(?:очіку\w*|ожида\w*)\s+(?:заверш|закінч|оконч)"

#: A project that never started, its money given elsewhere: "не розпочинався, кошти перерозподілено", "not started,
#: funds reallocated" (cancelled).
NEVER_STARTED_REALLOCATED = (
    r"(?:not started|never started|не розпочин|не розпочат|не начин|не начат)[^;]*?(?:перерозподіл|перераспредел"
    r"|reallocat|re-allocat|redirect|reprogramm|перенаправ)"
)

_STATUS = [
    (
        "cancelled",
        # not negated ("приостановлен (не отменён)"), not a part of the project ("отменён тендер, объявлен повторно")
        rf"^(?!.*(?:\b(?:не|not|ні|нет)\s+(?:отмен|скасов|cancel|відмін|terminat|withdr)|{_A_STEP_DONE}))(?:.*?)"
        r"(?:cancel|withdr[ae]wn|terminat(?!ing\.?\s*$)|annul|de-?obligat|скасов|відклик|відмінен|анульов|(?<!зу)припинен|отмен|отозван|прекращ"
        r"|аннулир|(?<![^\W\d_])dropped(?![^\W\d_])|not taken forward|not (?:being )?pursued|discontinued|abandoned)"
        r"|^(?:canc|скас|отм)\.?$"
        # a proposal the donor turned down, a donor that withdrew its funding
        r"|(?:відхилен|отклонен|rejected|declined)\w*\s+(?:by\s+(?:the\s+)?)?(?:донор|donor|funder)"
        # the status itself: "Відхилено (не підтримано Фондом)", "Rejected", "Отклонён"
        r"|^(?:відхилен|отклон[её]н|rejected|declined)(?:[оаиі]|ий|ый|ая)?(?![^\W\d_])"
        r"|(?:proposal|application|заявк|пропозиці|предложени)\w*\s+(?:\w+\s+){0,2}(?:відхилен|отклонен|rejected|declined)"
        r"|(?:відмовив|відмовил|отказал)\w*\s+від\s+фінансуванн|отказал\w*\s+от\s+финансировани"
        # taken off the list before it was agreed: "снят с рассмотрения", "знято з розгляду"
        r"|(?:снят|снято|снята|знят|знято|знята)\w*\s+(?:с|з)\s+(?:рассмотрени|розгляд)"
        r"|declined\s+to\s+fund|refused\s+(?:to\s+fund|funding)"
        # never started, its money given elsewhere: "не розпочинався, кошти перерозподілено", "not started, funds
        # reallocated"
        rf"|{NEVER_STARTED_REALLOCATED}"
        # German: "storniert", "abgebrochen", "zurückgezogen"
        r"|storniert|abgebrochen|zurückgezogen|annulliert",
    ),
    # a share of the work done: under way ("70% delivered", "Contract signed 02/2021; 40% delivered"), not completed
    (
        "ongoing",
        r"^(?!\s*(?:complet|closed|finish|заверш|закрит|закрыт|закінч|оконч)).*?"
        r"(?<![\d.,])[1-9]\d?(?:[.,]\d+)?\s*%\s*(?:of\s+(?:the\s+)?(?:[^\W\d_]+\s+){1,2})?(?:delivered|"
        r"complete|completed|done|implemented|disbursed|spent|achieved|виконан|выполнен|освоєн|освоен|реалізован"
        r"|реализован)",
    ),
    # put on hold and resumed since: under way ("On hold (COVID-19) March-April 2021, activities resumed in May")
    (
        "ongoing",
        r"(?:suspend|on hold|призупин|приостанов).*(?:resumed|restarted|відновлен|возобновлен|поновлен)",
    ),
    # work done, its report awaited: completed ("Pending final report", "final report pending")
    ("completed", r"^pending\s+(?:the\s+)?final\s+report|final\s+report\s+(?:pending|awaited|due)"),
    # not a project put on hold before it was agreed ("on hold - funding decision postponed, not yet approved")
    (
        "suspended",
        r"^(?!.*(?:not (?:yet )?(?:approved|signed|agreed|contracted)|decision (?:is )?(?:postponed|pending)"
        r"|ще не (?:затвердж|підписан|погоджен)|не затвердж|не утвержд|ещё не подписан|еще не подписан))"
        r".*(?:suspend|on hold|призупин|приостанов)",
    ),
    # closing down, as a donor's system says it ("Closing", "Close-out", Global Affairs Canada's "Terminating")
    ("ongoing", r"\bclosing\b|\bclose-out\b|^terminating\.?\s*$"),
    # a running project's rating ("On track", "Behind schedule", "At risk"); a programme cycle's phase said alone
    # ("Delivery", "Implementation phase"; the UK's "Pipeline | Design | Delivery | Closed")
    (
        "ongoing",
        r"^(?:on[\s-]+(?:track|schedule)|off[\s-]+track|behind\s+schedule|at\s+risk|delayed|(?:in\s+)?delivery(?:\s+phase)?"
        r"|implementation(?:\s+phase)?)\.?\s*(?:\((?![^()]*(?:not|не\s|closed|complet|заверш|cancel|скас|отмен|pipeline|plan"
        r"|suspend|hold))[^()]*\))?\s*$",
    ),
    ("planned", r"^(?:design|identification|formulation)(?:\s+(?:phase|stage))?\.?\s*(?:\([^()]*\))?\s*$"),
    (
        "completed",
        # a share done ("выполнено около 60 %") is no completion, unless the text opens on it ("Completed (95% …)")
        r"^(?!(?!\s*(?:complet|closed|finish|заверш|закрит|закрыт|закінч|оконч)).*?(?<![\d.,])\d{1,2}(?:[.,]\d+)?\s*%)"
        r"(?!.*(?:частков|частичн|\bpartly\b|\bpartially\b|\bin part\b"
        r"|\bне\s+(?:выполн|викон|закрит|закрыт|заверш)"
        r"|\bnot\s+(?:yet\s+)?(?:complet|closed|finish)|на\s+\d{1,2}\s*%|to\s+be\s+complet|incomplet|незаверш|незакінч"
        rf"|{_AWAITED_END}|{_A_STEP_DONE}|expected\s+(?:to\s+)?(?:end|be\s+)?complet|completion\s+expected))"
        r"(?:.*?)(?:complet|closed|finish|\bended|done|заверш|закінч|виконан|выполнен|закрит|закрыт|оконч|завершен|реалізован|реализован)"
        r"|^compl\.?$|^зав\.?$|^(?!.*\bnicht\b).*(?:abgeschlossen|beendet)"
        # ended at its first end, said alone: "Expired", "Not extended", "Extension rejected", "Не продовжено"
        r"|^(?:expired|not extended|extension (?:was )?(?:rejected|refused|declined|not (?:granted|approved|agreed))"
        r"|не продовжен\w*|не продлен\w*|продовжен\w* (?:не погоджен\w*|відхилен\w*)"
        r"|продлени\w* (?:не согласован\w*|отклонен\w*))\.?$",
    ),
    # equipment being delivered: under way
    ("ongoing", r"\bin delivery\b|\bbeing delivered\b|\bdelivery in progress\b|поставляєт|поставляет"),
    # "Поточний", "Текущий проект": the current one, under way (before "проєкт" alone, a draft, below)
    ("ongoing", r"^(?:поточн|текущ|діюч|действующ)\w*(?:\s+(?:проєкт|проект)\w*)?\.?$"),
    (
        "planned",
        # not a count of things planned ("проведено 6 тренингов из 8 запланированных": under way)
        r"(?<!\d\s)(?<![^\W_])(?:plan|заплан|планує|план)|pipeline|propos|підготов|подготов|in preparation"
        # not started, and not said signed or approved ("не розпочато (угоду підписано …)" is committed, below)
        r"|^(?!.*(?:підписан|подписан|\bsigned\b|затверджен|утвержден|\bapproved\b|зареєстрован|зарегистрирован"
        r"|\bregistered\b)).*(?:not started|не розпочат|не начат)|^\W*(?:not yet started|не ще розпочат|ще не розпочат"
        r"|ещ[её] не начат)"
        r"|pre-?\s?award|^draft(?:ed)?(?![^\W\d_])|^чернетк|^черновик|(?<![^\W\d_])(?:pre-?\s?)?solicitation(?![^\W\d_])"
        # registration as ITA still to come: "подано на реєстрацію", "на реєстрації", "на регистрации в Минэкономики",
        # "registration with MoE pending"
        r"|подан\w*\s+на\s+(?:реєстрац|регистрац)|^(?:перебуває\s+|находится\s+)?на\s+(?:реєстрації|регистрации)\b"
        r"|(?:очіку\w*|ожида\w*)\s+(?:державної\s+|государственной\s+)?(?:реєстрац|регистрац)"
        r"|(?:registration|реєстрація|регистрация)\b[^;.]{0,30}\b(?:pending|awaited|очікується|ожидается)\b"
        r"|submitted\s+for\s+registration|pending\s+registration"
        r"|^geplant\b|^in planung\b|^in vorbereitung\b"  # German: "geplant", "in Vorbereitung"
        # "Проєкт угоди", "проєкт на етапі розробки": a draft; not the noun of "проєкт реалізується"
        r"|проєкт(?![^\W\d_]*\s+(?:реаліз|викон|заверш|закінч|трива|діє|розпочат|стартув|скасов|призупин))"
        # "Очікується (Q3 2021)", "Поставка очікується у 2022": awaited; not once signed ("Угоду підписано, поставка
        # очікується"), nor its completion ("очікується завершення": under way)
        rf"|^(?!.*(?:підписан|подписан|\bsigned\b|затверджен|утвержден|{_AWAITED_END})).*(?:очіку|ожида)"
        r"|^(?:tbc|tbd)\.?$|to be (?:confirmed|decided|determined)|^offer(?:\s+(?:submitted|pending))?\s*(?:[–—(-]|$)"
        r"|\boffer (?:stage|phase)\b"
        # a start still to come, an agreement still to sign: "start foreseen June 2021", "under signature" (not
        # "Ongoing; amendment under signature": an amendment of a project under way)
        r"|^(?!.*(?:ongoing|on-going|in progress|under way|underway|триває|реаліз|реализ|amendment|змін|изменен|addendum))"
        r"(?:.*\bstart(?:ing)?\s+(?:date\s+)?(?:is\s+)?(?:foreseen|expected|scheduled)\b|.*\b(?:under|awaiting)\s+signature\b"
        r"|.*на\s+(?:стадії\s+|стадии\s+)?(?:підписанн|подписани))",
    ),
    (
        "ongoing",
        # approved or signed, not yet started ("Approved – agreement signed, implementation not yet started"):
        # committed, below, whatever word of implementation it says
        r"^(?!.*(?:approved|\bsigned\b|підписан|подписан|затверджен|утвержден).*(?:not (?:yet )?started|не розпочат"
        r"|не начат))(?!.*(?<![\d.,])0(?:[.,]0+)?\s*%)(?:.*?)(?:"  # "виконано 0 %": nothing done, not under way
        r"ongoing|on-going|in progress|^laufend\w*$|^in durchführung|^in umsetzung|стартовал|стартував|(?<!не )розпочат|(?<!не )начат|(?<!not )(?<!not yet )started|launched|progress|active|implement(?!ers?\b)|current|running|^operational$|^in operation$|^extended$|^amended$|under amendment|(?<!не )продовжен|(?<!не )продлен|(?<!не )продолжа(?:ется|ются)(?!\s+(?:согласован|поиск|переговор|подготовк|обсужден|рассмотрен|оформлен))|(?<!не )продовжу(?:ється|ються)(?!\s+(?:погоджен|узгоджен|пошук|переговор|підготовк|обговорен|розгляд|оформлен))|змін\w* погоджен|изменени\w* согласован|трива|реаліз|(?<!не )викон|(?<!не )выполня|діюч|активн|действ|реализ"
        rf"|{_AWAITED_END}|completion expected|expected to (?:end|be completed)"
        r"|^ong\.?$|^(?:вик|вып)\.?$|(?<!не )в работе|(?<!не )в роботі|(?<!не )в процес(?!\w*\s+(?:підписан|подписан|погоджен|согласован|затвердж|утвержд))|^on going\b|^live\b|(?:^|[,;]\s*)(?:inception|final|closing) phase\s*(?:[–—(,;-]|$)"
        # "extended until 06.2022 (no-cost extension)"; money being paid: "first tranche disbursed"; "under way"
        r"|(?<!fully )(?<!not )(?<!not yet )\bdisbursed\b"
        r"|транш\w*\s+(?:\w+\s+)?(?:перерахован|виплачен|перечислен|отриман|получен)|\bunder\s?way\b)",  # "Live", "Live (extended)": the UK's word
    ),
    # not yet agreed, after "ongoing": "Триває (погоджено з МВС)" is ongoing, "Розроблено" is no status word
    ("planned", NOT_YET_AGREED),
    # done in part, nothing left waiting: under way ("partially completed")
    ("ongoing", r"частков|частичн|\bpartly\b|\bpartially\b|\bin part\b"),
    # equipment handed over, nothing said to follow ("Delivered", "Передано у квітні 2021 р."): done; a part handed
    # over, the rest to come ("Передано перші 10 тепловізорів, решта – у 2022 р."): under way
    ("ongoing", r"решт[аи]|остальн|the rest\b|remaining|перш\w*\s+\d|first\s+\d"),
    (
        "completed",
        r"^(?!.*(?:\bnot\b|to be|pending|\bне\s|очіку|ожида))"
        r".*(?:\bdelivered\b|\bhanded over\b|передан|поставлен|доставлен)",
    ),
    # approved, not yet under way: committed money ("not yet approved" is planned, above)
    (
        "approved",
        r"approved|затверджен|утвержден|одобрен|схвален|(?<![^\W\d_])signed\b|(?<![^\W\d_])підписан|(?<![^\W\d_])подписан"
        r"|^(?:підп|подп)\.?$|(?<!not )(?<!not yet )(?<!to be )\b(?:awarded|contracted)\b"
        # registered as international technical assistance ("зареєстровано, не розпочато"): committed
        r"|(?<!не )зареєстрован|(?<!не )зарегистрирован"
        r"|(?<!не )законтрактован|^obligated\b|bewilligt|zugesagt|genehmigt"  # a US award whose money is obligated: committed
        # agreed, said alone: "Agreed", "Погоджено", "Согласован" ("not agreed" is planned, above)
        # the contract being concluded after the decision to fund: the EU's "Contracting"
        r"|^(?:in\s+|under\s+)?contracting\b|^adopted\b|^(?:financing\s+)?decision\s+adopted\b|^(?:на\s+етапі\s+)?контрактуванн|^(?:на\s+этапе\s+)?контрактовани"
        r"|^agreed\b|^(?:погоджен|узгоджен|согласован)\w*(?:\s+(?:донором|з\s+донором|с\s+донором))?\.?$",
    ),
    # at the idea's stage ("Предложение (концепция)"), when no later word says more ("Концепцію погоджено, проект
    # реалізується" is ongoing, above) and it was not turned down
    (
        "planned",
        r"^(?!.*(?:reject|відхил|отклон|declin|refus))"
        r".*(?:концепц|(?<![^\W\d_])concept(?![^\W\d_])|предложени|пропозиці)",
    ),
]


_STATUS_PATTERNS = [(status, re.compile(pattern)) for status, pattern in _STATUS]


#: Colour words of a legend ("жовтий – у розробці", "grey rows = CANCELLED") and the colour each names.
COLOUR_WORDS = {
    "yellow": r"yellow|жовт(?:ий|а|е|і|ого|им)|желт(?:ый|ая|ое|ые|ого|ым)",
    "red": r"red|pink|червон(?:ий|а|е|і|ого|им)|рожев(?:ий|а|е|і)|красн(?:ый|ая|ое|ые|ого|ым)|розов(?:ый|ая|ые)",
    "grey": r"gr[ae]y|сір(?:ий|а|е|і|ого|им)|сер(?:ый|ая|ое|ые|ого|ым)",
    "green": r"green|зелен(?:ий|а|е|і|ого|им)|зел[её]н(?:ый|ая|ое|ые|ого|ым)",
    "orange": r"orange|amber|помаранчев(?:ий|а|е|і)|оранжев(?:ый|ая|ое|ые)",
    "blue": r"blue|син(?:ій|я|є|і|ього|ім)|син(?:ий|яя|ее|ие|его|им)|блакитн(?:ий|а|е|і)|голуб(?:ой|ая|ые)",
}
#: A tracker's status chip before its word ("🟢 On track", "✔️ Completed", "● Ongoing"): symbols, no letter.
_STATUS_CHIP = re.compile(r"^[^\w\s\"'«“„(\[]+\s*")
#: A rating's colour with its word in brackets ("Amber (delayed)", "Green (on track)", "Жовтий (затримка)").
_COLOUR_THEN_WORD = re.compile(
    r"(?:" + "|".join(COLOUR_WORDS.values()) + r")\s*[(\[]\s*([^()\[\]]+?)\s*[)\]]", re.IGNORECASE
)


@lru_cache(maxsize=4096)
def _status_word(low: str) -> str:
    for status, pattern in _STATUS_PATTERNS:
        if pattern.search(low):
            return status
    return low


#: The words of a heading over a group of projects that says their status ("Planned projects", "Завершені
#: проєкти", "Проєкти, що реалізуються", "Pipeline"): status -> adjective; the projects' word around it.
_HEADING_STATUS = {
    "ongoing": r"ongoing|on-going|current|active|running|live|in progress|under implementation|поточні|діючі|чинні"
    r"|(?:що|які) (?:реалізуються|тривають|виконуються)|текущие|действующие|реализуемые|(?:которые )?реализуются",
    "planned": r"planned|pipeline|proposed|future|upcoming|заплановані|плановані|планові|перспективні"
    r"|(?:що|які) плануються(?: до реалізації)?|планируемые|запланированные|будущие"
    r"|(?:которые )?планируются(?: к реализации)?"
    r"|на стадії (?:погодження|підготовки|розробки|планування)(?: з донор(?:ом|ами))?"
    r"|на стадии (?:согласования|подготовки|разработки|планирования)"
    r"(?: с донор(?:ом|ами))?|under (?:negotiation|preparation|consideration)",
    "completed": r"completed|finished|closed|завершені|закінчені|виконані|завершенные|законченные",
    "cancelled": r"cancell?ed|withdrawn|terminated|dropped|discontinued|скасовані|припинені|відкликані|отмененные"
    r"|отменённые|прекращ[её]нные|отозванные",
}
_HEADING_PROJECTS = (
    r"projects?|activities|programmes?|programs?|interventions|actions|works|grants|contracts|проєкти|проекти"
    r"|проекты|заходи|мероприятия|програми|программы|роботи|работы|гранти|гранты|контракти|контракты"
    r"|proposals|пропозиції|предложения"
)
#: What projects are, said after the word ("Діючі проєкти міжнародної технічної допомоги", "Проекты МТП").
_OF_ITA = (
    r"(?:\s+(?:міжнародної\s+технічної\s+допомоги|международной\s+технической\s+помощи"
    r"|of\s+international\s+technical\s+assistance|МТД|МТП|ITA))?"
)
_HEADING_ADJ = "|".join(f"(?:{p})" for p in _HEADING_STATUS.values())
_STATUS_HEADING = re.compile(
    r"(?:(?:table|таблиця|таблица)\s*\d{1,2}[.:]?\s*)?"  # "Таблиця 2. Планові проєкти": a letter's second table
    r"(?:\d{1,2}[.)]\s*|[ivxі]{1,4}[.)]\s*|[a-zа-яіїєґ][.)]\s+)?"  # "2.", "II.", "ІІ." (Cyrillic), "B." / "б)"
    # "Припинені (скасовані) проєкти", "Текущие проекты (реализуются) – ОБСЕ"
    rf"(?:(?P<a>{_HEADING_ADJ})(?:\s*\([^()]*\))?(?:\s+(?:{_HEADING_PROJECTS}){_OF_ITA}(?:\s*\([^()]*\))?)?"
    rf"|(?:{_HEADING_PROJECTS}){_OF_ITA}\s*(?:in\s+|у\s+|в\s+)?[,:–—-]?\s*(?P<b>{_HEADING_ADJ}))"
    r"(?P<sub>\s+[–—-]\s+[^()–—]{1,60})?"  # "PIPELINE – Annual Action Programme 2021 (…)", "Cancelled – donor decision"
    r"\s*(?:\([^()]*\))?\s*(?:(?:in\s+|у\s+|в\s+)?20\d\d(?:\s*р(?:оку|оці|\.)?|\s*г(?:ода|оду|\.)?)?)?"
    r"\s*(?:\([^()]*\))?\s*[.:]?",  # "Cancelled in 2021 (added by the Embassy)"
    re.IGNORECASE,
)
_HEADING_WORDS = [
    (status, re.compile(rf"^(?:{pattern})$", re.IGNORECASE)) for status, pattern in _HEADING_STATUS.items()
]


_HEADING_STATUS_SEARCH = [
    (status, re.compile(rf"(?<![^\W\d_])(?:{pattern})(?![^\W\d_])", re.IGNORECASE))
    for status, pattern in [
        *_HEADING_STATUS.items(),
        ("planned", NOT_YET_AGREED + r"|in preparation|concept stage|not (?:yet )?approved"),
    ]
]


def status_in_heading(text: str | None) -> str | None:
    """The status a heading over a group of projects names among other words ("Projects under preparation",
    "Completed projects in Donetsk oblast"), by the heading words of :func:`status_heading` only; None when it
    names none or two.

    Examples
    --------
    >>> status_in_heading("Projects under preparation"), status_in_heading("Projects in Donetsk and Luhansk oblasts")
    ('planned', None)
    """
    if not text:
        return None
    found = {status for status, pattern in _HEADING_STATUS_SEARCH if pattern.search(text)}
    return found.pop() if len(found) == 1 else None


def status_heading(text: str | None) -> str | None:
    """The status a heading over a group of projects gives them ("Planned projects (pipeline)", "Завершені
    проєкти", "Проєкти, що реалізуються"), or None for any other text.

    Examples
    --------
    >>> status_heading("PLANNED PROJECTS (pipeline, subject to approval)"), status_heading("Завершені проєкти")
    ('planned', 'completed')
    >>> status_heading("Проєкти, що реалізуються"), status_heading("2. Ongoing projects 2021:")
    ('ongoing', 'ongoing')
    >>> status_heading("B. Pipeline (identified actions, financing decision expected in 2021)")
    'planned'
    >>> status_heading("В. Скасовані / відкликані проєкти / Cancelled"), status_heading("Проєкти / Projects") is None
    ('cancelled', True)
    >>> status_heading("Проєкти поліції") is None, status_heading("Completed training of 200 officers") is None
    (True, True)
    """
    text = clean_text(text)
    if text is None or len(text) > 120:
        return None
    found = _STATUS_HEADING.fullmatch(text)
    if found is None:
        # a heading in two languages ("Б. Заплановані проєкти / Pipeline", "В. Скасовані / відкликані проєкти /
        # Cancelled"): each half a heading of the same status
        halves = [h for h in re.split(r"\s*/\s*", text) if h.strip()] if "/" in text else []
        said = {status_heading(h) for h in halves} if len(halves) >= 2 else {None}
        return said.pop() if len(said) == 1 else None
    word = (found.group("a") or found.group("b")).strip()
    if found.group("sub") and _FIGURES_SAID.search(found.group("sub")):  # "Planned – actual expenditure 2021"
        return None
    return next((status for status, pattern in _HEADING_WORDS if pattern.match(word)), None)


#: A heading's dashed subtitle about money spent or a count, not the projects' status ("– actual expenditure 2021",
#: "– 3 of 5 activities"; "– COVID-19", "– Phase 1", "– subject to budget approval" leave the heading its status).
_FIGURES_SAID = re.compile(
    r"expend|actual|spent|disburs|amount|видатк|витрат|расход|факт|сум[аи]\b|сумм"
    r"|\d+\s*(?:of|з|із|из)\s*\d+",  # "– 3 of 5 activities"
    re.IGNORECASE,
)
#: A status cell that says nothing ("n/a", "-").
_NO_STATUS = frozenset({"-", "–", "—", "n/a", "na", "н/д", "н/а", "?", "..."})
#: The statuses :func:`parse_status` knows; any other word is kept as written.
STATUSES = ("ongoing", "approved", "planned", "completed", "cancelled", "suspended")


#: A status's former one said beside it: "(moved from pipeline in October 2021)", "(previously planned)", "(ранее –
#: в стадии планирования)", "(раніше – заплановано)".
_FORMER_STATUS = re.compile(
    r"[(\[]\s*(?:moved|transferred|changed|переведен\w*|переведено|перенесен\w*)\s+(?:from|з|із|с|из)\b[^)\]]*[)\]]"
    rf"|{_FORMER_VALUE.pattern}",
    re.IGNORECASE,
)


#: A date the project is to start or end said beside its status: "(завершение 06.2021)", "(completion Dec 2021)",
#: "(старт 07.2021)": a remark, not the status ("реализуется (завершение 06.2021)" is ongoing).
#: Words of a project's start or end before its date: "completion", "завершення", "старт", "начало".
_DATE_WORDS = (
    r"complet\w*|ends?|ending|end date|due|starts?|starting|start date"
    r"|заверш\w*|окончан\w*|закінчен\w*|старт\w*|початок|початку|начало|начала"
)
#: A status's date after a comma: "Триває, завершення – грудень 2022 р.", "Погоджено донором, старт – вересень 2021 р.".
_DATED_CLAUSE = re.compile(
    rf"\s*[,;]\s*(?:{_DATE_WORDS}|реалізація\s+з|реализация\s+с|implementation\s+from)\b"
    r"(?:\s+(?:of\s+implementation|реалізації|реализации|проєкту|проекту|проекта))?"
    r"\s*(?:in\s+|у\s+|в\s+)?[:–—-]?\s*"
    # only a date after the word: "грудень 2022 р.", "06.2021", "Q2 2021"; not "старт перенесён на 01.2022 – планируется"
    r"(?:[^\W\d_]{1,12}\.?\s+|[IVXІ]{1,3}\s+(?:квартал|кв\.)\s+)?(?:\d{1,2}[./])?(?:\d{1,2}[./])?(?:19|20)\d\d"
    r"\s*(?:р\.|г\.|року|года|рік|год)?\s*\.?$",
    re.IGNORECASE,
)
_DATED_REMARK = re.compile(
    rf"[(\[]\s*(?:{_DATE_WORDS}|expected)\b[^)\]]*\d[^)\]]*[)\]]",
    re.IGNORECASE,
)


def parse_status(value) -> str | None:
    """One of ongoing, approved (committed, not yet under way), planned, completed, cancelled, suspended; otherwise the partner's word, lower case.

    Examples
    --------
    >>> parse_status("In progress"), parse_status("Завершено"), parse_status("Заплановано")
    ('ongoing', 'completed', 'planned')
    >>> parse_status("реалізується"), parse_status("отм.**"), parse_status("вик.")
    ('ongoing', 'cancelled', 'ongoing')
    >>> parse_status("Утверждён"), parse_status("отменён")
    ('approved', 'cancelled')
    >>> parse_status("ongoing (moved from pipeline in October 2021)"), parse_status("реализуется (ранее – планировался)")
    ('ongoing', 'ongoing')
    >>> parse_status("реализуется (завершение 06.2021)"), parse_status("Ongoing (completion Dec 2021)")
    ('ongoing', 'ongoing')
    >>> parse_status("Planned → Ongoing"), parse_status("Ongoing -> Cancelled (May 2021)")
    ('ongoing', 'cancelled')
    >>> parse_status("Триває, завершення – грудень 2022 р."), parse_status("Погоджено донором, старт – вересень 2021 р.")
    ('ongoing', 'approved')
    >>> parse_status("утвержден, начало реализации — март 2021 г."), parse_status("затверджено, реалізація з квітня 2021 р.")
    ('approved', 'approved')
    >>> parse_status("start foreseen June 2021, 7 months; financing agreement under signature")
    'planned'

    A word typed with a look-alike letter of the other script ("реалiзується" with a Latin "i", "Plаnned" with a
    Cyrillic "а") is read in the script of its other letters:

    >>> parse_status("реалiзується"), parse_status("Plаnned")
    ('ongoing', 'planned')

    A tracker's chip before the word, a rating's colour before it in brackets:

    >>> parse_status("🟢 On track"), parse_status("✔️ Completed"), parse_status("Amber (delayed)")
    ('ongoing', 'completed', 'ongoing')
    """
    text = clean_text(value)
    if text is not None:
        # "отм.**": the status, and a mark for a footnote
        text = text.rstrip(FOOTNOTE_MARKS).rstrip() or None
    if text is not None and not text[0].isalnum():  # "🟢 On track": the tracker's chip, then its word
        text = _STATUS_CHIP.sub("", text) or text
    if text is None or text.lower() in _NO_STATUS:
        return None
    # "ongoing (moved from pipeline in October 2021)", "реализуется (ранее – в стадии планирования)": the status it
    # has now, not the one it had
    text = _FORMER_STATUS.sub("", text).strip() or text
    # "реализуется (завершение 06.2021)": a date, no status
    if "(" in text or "[" in text:
        text = _DATED_REMARK.sub("", text).strip() or text
    if ("," in text or ";" in text) and (
        _status_word(undated := _DATED_CLAUSE.sub("", text).strip().lower()) in STATUSES
    ):  # "Триває, завершення – грудень 2022 р.": the status, then its date
        text = undated
    if "→" in text or "->" in text:  # "Planned → Ongoing": a tracked change, the status after the arrow
        before, after = (p.strip() for p in re.split(r"→|->", text, maxsplit=1))
        after = re.split(r"→|->", after)[-1].strip()
        text = after if _status_word(after.lower()) in STATUSES else before or text
    word = _status_word(text.lower())
    if word not in STATUSES and _TWO_SCRIPTS.search(text.lower()):  # "реалiзується" with a Latin "i"
        one_script = _status_word(_LETTER_WORD.sub(_one_script, text.lower()))
        if one_script in STATUSES:
            return one_script
    if word not in STATUSES and "ё" in text.lower():  # "утверждён", "отменён": the words are kept with "е"
        folded = _status_word(text.lower().replace("ё", "е"))
        if folded in STATUSES:
            return folded
    if word not in STATUSES and (rated := _COLOUR_THEN_WORD.fullmatch(text)):  # "Amber (delayed)": its word
        said = parse_status(rated[1])
        if said in STATUSES:
            return said
    return word


#: Words that make a name an institution's official name ("State Migration Service", "прикордонна служба"),
#: not a description of people or work ("border guards", "police patrols").
_INSTITUTION_WORDS = frozenset(
    normalise_key(w)
    for w in (
        "state service ministry national department державна державної служба служби національна міністерство "
        "государственная служба национальная министерство"
    ).split()
)


@lru_cache(maxsize=1)
def _agency_name_pattern() -> tuple[re.Pattern, dict[str, str]] | None:
    """One pattern for every official agency name (any case ending), and each name's agency code."""
    names: dict[str, str] = {}
    for rec in agencies_ref.agencies().to_dict("records"):
        for alias in [rec["name_en"], rec["name_uk"], *rec["aliases"].split(";")]:
            words = normalise_key(alias).split()
            if len(words) >= 2 and _INSTITUTION_WORDS & set(words):
                names.setdefault(" ".join(words), rec["code"].strip())
    if not names:
        return None

    keys = sorted(names, key=lambda k: (-len(k), k))
    alternatives = "|".join(r"[\s'’-]+".join(_name_word(w) + r"\w*" for w in key.split()) for key in keys)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE), names


def _name_word(w: str) -> str:
    """The pattern of one word of an agency name: its stem (any case ending), letter variants folded."""
    stem = w[: len(w) - 2] if len(w) >= 5 else w
    return "".join(f"[{c}{_UNFOLD.get(c, '')}]" if c in _UNFOLD else re.escape(c) for c in stem)


@lru_cache(maxsize=1)
def _agency_name_starts() -> re.Pattern | None:
    """The first word of every official agency name, at a word start: where a name can begin."""
    found = _agency_name_pattern()
    if found is None:
        return None
    firsts = sorted({_name_word(key.split()[0]) for key in found[1]})
    return re.compile(rf"(?<!\w)(?:{'|'.join(firsts)})", re.IGNORECASE)


@lru_cache(maxsize=65536)
def agency_name_starts(chunk: str) -> tuple[int, ...]:
    """Where an official agency name may begin in a run of non-space characters: a safe pre-check.

    Every name :func:`mask_agency_names` replaces begins at one of these offsets of a whitespace-separated
    piece of the text (see :func:`agency_name_at`), so a batch of texts needs the full search only where
    one does.

    Examples
    --------
    >>> agency_name_starts("(Державної"), agency_name_starts("training")
    ((1,), ())
    """
    starts = _agency_name_starts()
    found = []
    m = None if starts is None else starts.search(chunk)
    while m is not None:
        found.append(m.start())
        m = starts.search(chunk, m.start() + 1)
    return tuple(found)


def agency_name_at(text: str, start: int) -> bool:
    """Whether an official agency name, as :func:`mask_agency_names` finds it, begins at ``text[start]``.

    Examples
    --------
    >>> text = "Support to the National Police"
    >>> agency_name_at(text, text.index("National")), agency_name_at(text, 0)
    (True, False)
    """
    found = _agency_name_pattern()
    return found is not None and found[0].match(text, start) is not None


_UNFOLD = {"е": "еєё", "и": "иіїй", "г": "гґ"}  # normalise_key folds these letters together


def mask_agency_names(text: str) -> str:
    """Replace each beneficiary agency's official name by its code: a name is not evidence for a priority.

    "Training for departments of the border guard service" is not border protection because of the
    service's name, and "Державна міграційна служба" is not illegal migration. Descriptions of people
    or work ("border guards", "police patrols") are left as written.

    Examples
    --------
    >>> mask_agency_names("Обладнання для відділів прикордонної служби")
    'Обладнання для відділів SBGS служби'
    >>> mask_agency_names("PPE for the State Migration Service and the National Police")
    'PPE for the SMS Service and the NPU Police'
    >>> mask_agency_names("Border guard patrol vehicles")
    'Border guard patrol vehicles'
    """
    found = _agency_name_pattern()
    if not text or found is None:
        return text
    pattern = found[0]
    if not pattern.search(text):
        return text

    return pattern.sub(lambda m: _masked_name(m.group(0)), text)


@lru_cache(maxsize=65536)
def _masked_name(matched: str) -> str:
    """What :func:`mask_agency_names` writes for one name it found: the agency's code and the head noun."""
    names = _agency_name_pattern()[1]
    key = normalise_key(matched)
    words = key.split()
    agency = names.get(key) or next(
        (
            a
            for name, a in names.items()
            if len(name.split()) == len(words)
            and all(
                w.startswith(p[: len(p) - 2] if len(p) >= 5 else p)
                for p, w in zip(name.split(), words, strict=True)
            )
        ),
        None,
    )
    # the qualifying words go, the head noun stays ("trust in the National Police" is about the police)
    return f"{agency} {matched.split()[-1]}" if agency else matched
