"""Synthetic partner submissions for the benchmarks, from a fixed seed.

Two corpora, both invented:

* :func:`write_workbooks` -- ``.xlsx`` workbooks written with openpyxl, one partner per file, in
  three layouts: English header on row 1; English header under a two-line title block; Ukrainian
  header and Ukrainian titles under a title block. Dates are real date cells, amounts numbers.
* :func:`write_csv_corpus` -- ``.csv`` exports of the same kind of rows: UTF-8 with ``,`` and ISO
  dates, or (one file in four) ``;`` with ``dd.mm.yyyy`` dates and decimal-comma amounts.

Every row carries the columns a partner sends: code, title, partner, implementer, beneficiaries,
declared priority, start, end, amount, currency, status. About a third of the rows are work
outside the priority list, some declare nothing (the classifier must read the title), a few
declare two priorities with percentages, and one amount in a hundred is "TBC" (so every build
has a few issues to report, as real ones do). Periods start between 2015 and mid-2021 and end
by 2022, so every year has an NBU rate.

:func:`synthetic_projects` returns the rows themselves (same seed -> same rows), and
:func:`candidate_pairs` counts, from those rows, the structural overlap candidates the build
will have to score (different partners, same priority and agency, periods overlapping): the
number that decides how the overlap step scales.

A folder is regenerated only when its stamp (``<folder>.corpus.json`` beside it, outside the
submissions) differs from the requested parameters, so repeated benchmark runs reuse the files.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import random
from pathlib import Path

import numpy as np

GENERATOR_VERSION = 3
SEED = 2021
FIXED_TIME = dt.datetime(2021, 3, 15, 9, 0, 0)

#: (partner as written, file-name slug, currency) -- names the shipped partners table knows.
PARTNERS = [
    ("European Union", "eu", "EUR"),
    ("EUAM", "euam", "EUR"),
    ("United States (INL)", "inl", "USD"),
    ("USAID", "usaid", "USD"),
    ("United Kingdom", "uk", "GBP"),
    ("Canada", "canada", "CAD"),
    ("Germany", "germany", "EUR"),
    ("GIZ", "giz", "EUR"),
    ("Sweden", "sweden", "SEK"),
    ("Denmark", "denmark", "DKK"),
    ("Norway", "norway", "NOK"),
    ("Switzerland", "switzerland", "CHF"),
    ("Netherlands", "netherlands", "EUR"),
    ("Japan", "japan", "JPY"),
    ("Lithuania", "lithuania", "EUR"),
    ("Poland", "poland", "PLN"),
    ("France", "france", "EUR"),
    ("UNDP", "undp", "USD"),
    ("IOM", "iom", "USD"),
    ("UNODC", "unodc", "USD"),
    ("OSCE", "osce", "EUR"),
    ("Council of Europe", "coe", "EUR"),
    ("ICMPD", "icmpd", "EUR"),
    ("World Bank", "world_bank", "USD"),
]
IMPLEMENTERS = [
    "UNDP",
    "IOM",
    "UNODC",
    "ICMPD",
    "DCAF",
    "La Strada Ukraine",
    "GIZ",
    "Expertise France",
    "NIRAS",
]
REGIONS = [
    ("Kharkiv", "Харківській"),
    ("Odesa", "Одеській"),
    ("Lviv", "Львівській"),
    ("Donetsk", "Донецькій"),
    ("Luhansk", "Луганській"),
    ("Zakarpattia", "Закарпатській"),
    ("Volyn", "Волинській"),
    ("Chernihiv", "Чернігівській"),
    ("Mykolaiv", "Миколаївській"),
    ("Zhytomyr", "Житомирській"),
]
#: priority: (English name, Ukrainian name, lead agencies, English title stems, Ukrainian title stems)
PRIORITIES = {
    "CUSTODY": (
        "Custody records",
        "Облік затриманих",
        ("NPU",),
        [
            "Custody records system for temporary detention facilities",
            "Prevention of ill-treatment in police custody",
        ],
        ["Облік затриманих осіб в ізоляторах тимчасового тримання"],
    ),
    "TRAFFICKING": (
        "Trafficking in human beings",
        "Протидія торгівлі людьми",
        ("NPU", "SMS"),
        ["Countering trafficking in human beings", "Support to victims of trafficking"],
        ["Протидія торгівлі людьми"],
    ),
    "DOMESTIC_VIOLENCE": (
        "Domestic violence",
        "Протидія домашньому насильству",
        ("NPU",),
        ["Mobile response groups for domestic violence calls", "Shelters for survivors of domestic violence"],
        ["Мобільні групи реагування на домашнє насильство"],
    ),
    "DRUGS": (
        "Drug crime",
        "Протидія наркозлочинності",
        ("NPU",),
        ["Countering drug trafficking", "Forensic laboratory for synthetic drugs"],
        ["Протидія незаконному обігу наркотиків"],
    ),
    "COMMUNITY_POLICING": (
        "Community policing",
        "Поліція громад",
        ("NPU",),
        ["Community policing", "Community police officers in hromadas"],
        ["Поліцейський офіцер громади"],
    ),
    "BORDER_SECURITY": (
        "Border security",
        "Безпека державного кордону",
        ("SBGS",),
        ["Border surveillance equipment", "Green border patrols"],
        ["Охорона державного кордону"],
    ),
    "BORDER_CROSSING": (
        "Border crossing",
        "Зручний перетин кордону",
        ("SBGS",),
        ["Modern border crossing points", "Electronic queue at border crossing points"],
        ["Сучасні пункти пропуску"],
    ),
    "ILLEGAL_MIGRATION": (
        "Illegal migration",
        "Протидія нелегальній міграції",
        ("SMS", "SBGS"),
        ["Countering irregular migration", "Readmission and return of irregular migrants"],
        ["Протидія нелегальній міграції"],
    ),
    "COVID19": (
        "COVID-19",
        "COVID-19",
        ("MIA", "NPU", "SESU"),
        ["Personal protective equipment against COVID-19", "Disinfection of police stations"],
        ["Засоби індивідуального захисту від COVID-19"],
    ),
}
OTHER_TITLES_EN = [
    ("Cybercrime investigation training", "NPU"),
    ("Civil protection and rescue equipment", "SESU"),
    ("Demining and mine action support", "SESU"),
    ("National Guard public order training", "NGU"),
    ("Anti-corruption compliance in the ministry", "MIA"),
    ("Forensic expertise modernisation", "NPU"),
]
OTHER_TITLES_UK = [
    ("Протидія кіберзлочинності", "NPU"),
    ("Обладнання для рятувальників", "SESU"),
    ("Протимінна діяльність", "SESU"),
]
AGENCY_NAMES = {
    "MIA": "Ministry of Internal Affairs",
    "NPU": "National Police",
    "SBGS": "State Border Guard Service",
}
AGENCY_NAMES_UK = {"MIA": "МВС", "NPU": "НПУ", "SBGS": "ДПСУ", "NGU": "НГУ", "SMS": "ДМС", "SESU": "ДСНС"}
STATUS_EN = ["Ongoing", "Ongoing", "Planned", "Completed"]
STATUS_UK = ["триває", "триває", "заплановано", "завершено"]

HEADERS_EN = [
    "Code",
    "Project title",
    "Description",
    "Partner",
    "Implementer",
    "Beneficiary",
    "Priority",
    "Start date",
    "End date",
    "Amount",
    "Currency",
    "Status",
]
HEADERS_UK = [
    "Шифр проєкту",
    "Назва проєкту",
    "Опис",
    "Донор",
    "Виконавець",
    "Бенефіціар",
    "Пріоритет",
    "Початок",
    "Завершення",
    "Сума",
    "Валюта",
    "Статус",
]
HEADERS_RU = [
    "Шифр проекта",
    "Название проекта",
    "Описание",
    "Донор",
    "Исполнитель",
    "Бенефициар",
    "Приоритет",
    "Начало",
    "Окончание",
    "Сумма",
    "Валюта",
    "Статус",
]
HEADERS = {"plain": HEADERS_EN, "titled": HEADERS_EN, "ukrainian": HEADERS_UK, "russian": HEADERS_RU}
LANGUAGE = {"plain": "en", "titled": "en", "ukrainian": "uk", "russian": "ru"}
FIELDS = [
    "code",
    "title",
    "description",
    "partner",
    "implementer",
    "beneficiaries",
    "declared_priority",
    "start",
    "end",
    "amount",
    "currency",
    "status",
]


def _month_end(year: int, month: int) -> dt.date:
    nxt = dt.date(year + month // 12, month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


#: Title parts, per language: how a partner opens a title, and what the work is for.
ACTIONS = {
    "en": [
        "Strengthening",
        "Support to",
        "Capacity building for",
        "Modernisation of",
        "Improving",
        "Developing",
        "Enhancing",
        "Training on",
        "Equipment for",
        "Technical assistance in",
        "Expert support to",
        "Institutional development of",
        "Digital tools for",
        "Better",
    ],
    "uk": [
        "Зміцнення",
        "Підтримка",
        "Розбудова спроможності у сфері",
        "Модернізація",
        "Удосконалення",
        "Розвиток",
        "Навчання з питань",
        "Обладнання для",
        "Технічна допомога у сфері",
        "Експертна підтримка",
        "Цифрові інструменти для",
    ],
    "ru": [
        "Укрепление",
        "Поддержка",
        "Развитие потенциала в сфере",
        "Модернизация",
        "Совершенствование",
        "Развитие",
        "Обучение по вопросам",
        "Оборудование для",
        "Техническая помощь в сфере",
    ],
}
#: What the work is about, per priority and language (several wordings each); None = outside the list.
TOPICS = {
    "CUSTODY": {
        "en": [
            "custody records",
            "temporary detention facilities",
            "prevention of ill-treatment in police custody",
            "detention monitoring",
            "persons held in custody",
        ],
        "uk": [
            "обліку затриманих осіб",
            "ізоляторів тимчасового тримання",
            "запобігання катуванням",
            "тримання під вартою",
        ],
        "ru": ["учета задержанных", "изоляторов временного содержания", "содержания под стражей"],
    },
    "TRAFFICKING": {
        "en": [
            "countering trafficking in human beings",
            "victims of trafficking",
            "anti-trafficking units",
            "labour exploitation cases",
            "human trafficking investigations",
        ],
        "uk": [
            "протидії торгівлі людьми",
            "допомоги жертвам торгівлі людьми",
            "протидії трудовій експлуатації",
        ],
        "ru": ["противодействия торговле людьми", "помощи жертвам торговли людьми"],
    },
    "DOMESTIC_VIOLENCE": {
        "en": [
            "mobile response groups",
            "domestic violence response",
            "survivors of domestic violence",
            "gender-based violence prevention",
            "emergency barring orders",
        ],
        "uk": [
            "мобільних груп реагування",
            "протидії домашньому насильству",
            "допомоги постраждалим від насильства",
        ],
        "ru": ["мобильных групп реагирования", "противодействия домашнему насилию"],
    },
    "DRUGS": {
        "en": [
            "countering drug trafficking",
            "forensic analysis of synthetic drugs",
            "drug crime investigations",
            "control of precursors",
            "illicit drugs interdiction",
        ],
        "uk": [
            "протидії незаконному обігу наркотиків",
            "виявлення синтетичних наркотиків",
            "протидії наркозлочинності",
        ],
        "ru": ["противодействия незаконному обороту наркотиков", "противодействия наркопреступности"],
    },
    "COMMUNITY_POLICING": {
        "en": [
            "community policing",
            "community police officers",
            "police and community dialogue",
            "community safety partnerships",
        ],
        "uk": ["поліцейських офіцерів громади", "поліції громад", "безпеки громад"],
        "ru": ["полиции сообществ", "участковых офицеров полиции"],
    },
    "BORDER_SECURITY": {
        "en": [
            "border surveillance",
            "green border patrols",
            "state border protection",
            "maritime border security",
            "integrated border management",
        ],
        "uk": ["охорони державного кордону", "прикордонного контролю", "безпеки державного кордону"],
        "ru": ["охраны государственной границы", "пограничного контроля"],
    },
    "BORDER_CROSSING": {
        "en": [
            "border crossing points",
            "electronic queue at border crossing points",
            "joint border control",
            "faster border crossing",
        ],
        "uk": ["пунктів пропуску через кордон", "перетину кордону", "електронної черги на кордоні"],
        "ru": ["пунктов пропуска", "пересечения границы"],
    },
    "ILLEGAL_MIGRATION": {
        "en": [
            "countering irregular migration",
            "readmission of irregular migrants",
            "migration management",
            "detection of illegal migrants",
        ],
        "uk": ["протидії нелегальній міграції", "реадмісії мігрантів", "міграційного контролю"],
        "ru": ["противодействия нелегальной миграции", "миграционного контроля"],
    },
    "COVID19": {
        "en": [
            "protection against COVID-19",
            "COVID-19 response",
            "personal protective equipment",
            "pandemic preparedness",
        ],
        "uk": ["захисту від COVID-19", "протидії пандемії COVID-19", "засобів індивідуального захисту"],
        "ru": ["защиты от COVID-19", "противодействия пандемии"],
    },
    None: {
        "en": [
            "cybercrime investigations",
            "civil protection and rescue",
            "demining and mine action",
            "public order management",
            "anti-corruption compliance",
            "forensic expertise",
            "human resources management",
            "internal audit",
            "public procurement",
            "strategic communications",
        ],
        "uk": [
            "протидії кіберзлочинності",
            "цивільного захисту",
            "протимінної діяльності",
            "управління персоналом",
            "внутрішнього аудиту",
            "публічних закупівель",
        ],
        "ru": [
            "противодействия киберпреступности",
            "гражданской защиты",
            "разминирования",
            "управления персоналом",
            "внутреннего аудита",
        ],
    },
}
#: Who the work is for, per language.
UNITS = {
    "en": [
        "for the National Police",
        "for patrol police",
        "for border guards",
        "for investigators",
        "for regional police units",
        "for local communities",
        "for the State Migration Service",
        "for juvenile police",
        "for district police stations",
        "for the training academies",
        "",
    ],
    "uk": [
        "для Національної поліції",
        "для патрульної поліції",
        "для прикордонників",
        "для слідчих",
        "для територіальних підрозділів",
        "для громад",
        "для Державної міграційної служби",
        "",
    ],
    "ru": [
        "для Национальной полиции",
        "для патрульной полиции",
        "для пограничников",
        "для следователей",
        "для территориальных подразделений",
        "для громад",
        "",
    ],
}
PLACES = {
    "en": [
        "in {r} oblast",
        "in {r} and neighbouring oblasts",
        "in {r}",
        "in eastern Ukraine",
        "nationwide",
        "in {r} region, phase {n}",
        "({r}, {y})",
    ],
    "uk": [
        "у {r} області",
        "в {r} та сусідніх областях",
        "на сході України",
        "по всій Україні",
        "у {r} області, етап {n}",
    ],
    "ru": ["в {r} области", "на востоке Украины", "по всей Украине", "в {r} области, этап {n}"],
}
REGION_FORMS = {
    "en": [
        "Kharkiv",
        "Odesa",
        "Lviv",
        "Donetsk",
        "Luhansk",
        "Zakarpattia",
        "Volyn",
        "Chernihiv",
        "Mykolaiv",
        "Zhytomyr",
        "Kherson",
        "Zaporizhzhia",
        "Sumy",
        "Poltava",
        "Vinnytsia",
        "Rivne",
        "Ternopil",
        "Kyiv",
    ],
    "uk": [
        "Харківській",
        "Одеській",
        "Львівській",
        "Донецькій",
        "Луганській",
        "Закарпатській",
        "Волинській",
        "Чернігівській",
        "Миколаївській",
        "Житомирській",
        "Херсонській",
        "Запорізькій",
        "Сумській",
    ],
    "ru": ["Харьковской", "Одесской", "Львовской", "Донецкой", "Луганской", "Николаевской", "Херсонской"],
}
#: Description sentences: {topic} and {other} are topics, {means} how the work is done.
SENTENCES = {
    "en": [
        "The project supports {topic} through {means}.",
        "It also addresses {other}.",
        "Activities include {means} and study visits.",
        "Expected result: better {topic} {unit}.",
        "Beneficiaries receive {means}.",
    ],
    "uk": [
        "Проєкт спрямований на розвиток {topic} шляхом {means}.",
        "Також передбачено питання {other}.",
        "Очікуваний результат: покращення {topic}.",
    ],
    "ru": ["Проект направлен на развитие {topic} путем {means}.", "Также предусмотрены вопросы {other}."],
}
MEANS = {
    "en": [
        "training and equipment",
        "legal drafting",
        "expert advice",
        "IT systems",
        "mentoring",
        "procurement of vehicles",
        "joint exercises",
        "awareness campaigns",
    ],
    "uk": ["навчання та обладнання", "експертних консультацій", "закупівлі транспорту", "спільних навчань"],
    "ru": ["обучения и оборудования", "экспертных консультаций", "закупки транспорта"],
}
#: Misspellings partners make, applied to a few titles ("trafficing").
TYPOS = [
    ("trafficking", "trafficing"),
    ("surveillance", "survelliance"),
    ("торгівлі", "торгівдлі"),
    ("migration", "migartion"),
    ("наркотиків", "наркотикв"),
]


def _title(rng: random.Random, code: str | None, lang: str) -> str:
    """A distinct-looking title: action x topic x unit x place, with a typo now and then."""
    topic = rng.choice(TOPICS[code][lang])
    place = rng.choice(PLACES[lang]).format(
        r=rng.choice(REGION_FORMS[lang]), n=rng.randint(1, 4), y=rng.randint(2015, 2021)
    )
    title = " ".join(w for w in (rng.choice(ACTIONS[lang]), topic, rng.choice(UNITS[lang]), place) if w)
    if rng.random() < 0.03:
        wrong, typo = rng.choice(TYPOS)
        title = title.replace(wrong, typo)
    return title


def _description(rng: random.Random, code: str | None, lang: str) -> str | None:
    """One to three sentences; about one project in three has none."""
    if rng.random() < 0.35:
        return None
    other = rng.choice(sorted(TOPICS, key=str))
    sentences = rng.sample(SENTENCES[lang], k=min(len(SENTENCES[lang]), rng.randint(1, 3)))
    return " ".join(
        s.format(
            topic=rng.choice(TOPICS[code][lang]),
            other=rng.choice(TOPICS[other][lang]),
            means=rng.choice(MEANS[lang]),
            unit=rng.choice(UNITS[lang]),
        )
        for s in sentences
    )


def _messy_amount(rng: random.Random, amount: float, currency: str, lang: str):
    """Amounts as partners type them, in about the sample's proportions: mostly numbers, some text."""
    roll = rng.random()
    if roll < 0.01:  # still to be confirmed
        return "TBC" if lang == "en" else "уточнюється"
    if roll < 0.09:  # "1 250 000,00" with a no-break space
        whole, cents = f"{amount:,.2f}".split(".")
        return f"{whole.replace(',', chr(0xA0))},{cents}"
    if roll < 0.14:  # "1,250,000.00"
        return f"{amount:,.2f}"
    if roll < 0.18:  # "EUR 450 000" / "$1.2m"
        return (
            f"{currency} {amount:,.0f}".replace(",", " ")
            if rng.random() < 0.5
            else f"{amount / 1e6:.2f}m {currency}"
        )
    return amount


def _project(rng: random.Random, file_index: int, row_index: int, lang: str) -> dict:
    """One invented project row of a file (``lang`` 'en', 'uk' or 'ru')."""
    name, slug, currency = PARTNERS[file_index % len(PARTNERS)]
    roll = rng.random()
    named = "en" if lang == "en" else "uk"  # priority and agency names: English or Ukrainian
    if roll < 0.65:  # a priority of the 2021 list
        code = rng.choice(sorted(PRIORITIES))
        name_en, name_uk, leads, _, _ = PRIORITIES[code]
        title = _title(rng, code, lang)
        agencies = [rng.choice(leads)]
        form = rng.random()
        if form < 0.4:
            declared = code
        elif form < 0.6:
            declared = name_en if named == "en" else name_uk
        elif form < 0.7:  # two priorities with shares
            second = rng.choice([c for c in sorted(PRIORITIES) if c != code])
            declared = f"{code} 60%; {second} 40%"
            agencies.append(rng.choice(PRIORITIES[second][2]))
        else:  # nothing declared: the classifier reads the title and description
            declared = None
    else:  # work in the sector outside the list
        title = _title(rng, None, lang)
        agencies = [rng.choice(["NPU", "SESU", "NGU", "MIA"])]
        declared = rng.choice(["Other", "Other", None]) if named == "en" else rng.choice(["Інше", None])
    description = _description(rng, code if roll < 0.65 else None, lang)
    if rng.random() < 0.15:
        agencies.append(rng.choice(["NPU", "SBGS", "SMS", "NGU"]))
    agencies = list(dict.fromkeys(agencies))
    if named == "uk":
        beneficiaries = ", ".join(AGENCY_NAMES_UK[a] for a in agencies)
    elif rng.random() < 0.3:
        beneficiaries = "; ".join(AGENCY_NAMES.get(a, a) for a in agencies)
    else:
        beneficiaries = "; ".join(agencies)
    year, month = rng.randint(2015, 2021), rng.randint(1, 12)
    if year == 2021:
        month = min(month, 6)
    start = dt.date(year, month, 1)
    months = rng.randint(6, 36)
    end_year, end_month = divmod(month - 1 + months - 1, 12)
    end = min(_month_end(year + end_year, end_month + 1), dt.date(2022, 12, 31))
    scale = {"JPY": 120.0, "SEK": 10.0, "NOK": 10.0, "DKK": 7.0, "PLN": 4.5}.get(currency, 1.0)
    amount = round(float(np.exp(rng.uniform(np.log(50_000), np.log(8_000_000)))) * scale, -3)
    status = (STATUS_EN if named == "en" else STATUS_UK)[rng.randrange(4)]
    return {
        "code": f"{slug.upper()}-{file_index:04d}-{row_index:04d}",
        "title": title,
        "description": description,
        "partner": name,
        "implementer": rng.choice(IMPLEMENTERS),
        "beneficiaries": beneficiaries,
        "declared_priority": declared,
        # one date in ten typed as text, as in the sample
        "start": start.strftime("%d.%m.%Y") if rng.random() < 0.1 else start,
        "end": end,
        "amount": _messy_amount(rng, amount, currency, lang),
        "currency": currency,
        "status": status,
        # truth, not written to files: what the overlap blocking sees
        "_start": start,
        "_priorities": [p for p in sorted(PRIORITIES) if declared and p in declared]
        or ([code] if roll < 0.65 else []),
        "_agencies": agencies,
    }


def file_layout(file_index: int) -> str:
    """Layout of a file: 'plain' (header on row 1), 'titled' (title block), 'ukrainian' or 'russian'."""
    return ("plain", "titled", "ukrainian", "russian")[file_index % 4]


def synthetic_projects(n_files: int, rows: int, seed: int = SEED) -> list[list[dict]]:
    """The invented rows, file by file (same arguments -> same rows)."""
    rng = random.Random(seed)
    return [[_project(rng, i, r, LANGUAGE[file_layout(i)]) for r in range(rows)] for i in range(n_files)]


def _file_name(i: int, suffix: str) -> str:
    return f"{PARTNERS[i % len(PARTNERS)][1]}_{i:04d}.{suffix}"


def _stamp_path(folder: Path) -> Path:
    return folder.parent / f"{folder.name}.corpus.json"


def _stamp_matches(folder: Path, stamp: dict) -> bool:
    path = _stamp_path(folder)
    return path.exists() and json.loads(path.read_text(encoding="utf-8")) == stamp


def _write_stamp(folder: Path, stamp: dict) -> None:
    _stamp_path(folder).write_text(json.dumps(stamp, sort_keys=True) + "\n", encoding="utf-8")


def _clear(folder: Path) -> None:
    _stamp_path(folder).unlink(missing_ok=True)
    folder.mkdir(parents=True, exist_ok=True)
    for path in folder.iterdir():
        if path.is_file() and path.suffix in (".xlsx", ".csv"):
            path.unlink()


def write_workbooks(folder: Path, n_files: int = 100, rows: int = 500, seed: int = SEED) -> list[Path]:
    """Write ``n_files`` partner workbooks of ``rows`` projects each into ``folder``; return their paths.

    Files are named ``<partner>_<nnnn>.xlsx``; a stamp beside the folder records the parameters
    so an up-to-date folder is reused as is.
    """
    import openpyxl

    folder = Path(folder)
    stamp = {"kind": "xlsx", "files": n_files, "rows": rows, "seed": seed, "version": GENERATOR_VERSION}
    paths = [folder / _file_name(i, "xlsx") for i in range(n_files)]
    if _stamp_matches(folder, stamp) and all(p.exists() for p in paths):
        return paths
    _clear(folder)
    for i, projects in enumerate(synthetic_projects(n_files, rows, seed)):
        layout = file_layout(i)
        wb = openpyxl.Workbook(write_only=True)
        wb.properties.created = wb.properties.modified = FIXED_TIME
        ws = wb.create_sheet({"ukrainian": "Проєкти", "russian": "Проекты"}.get(layout, "Projects"))
        partner = PARTNERS[i % len(PARTNERS)][0]
        if layout == "titled":
            ws.append([f"{partner}: technical assistance to the MIA system, status as of 15 March 2021"])
            ws.append(['Compiled for the SWG "Law Enforcement Activities"'])
            ws.append([])
        elif layout == "ukrainian":
            ws.append([f"Проєкти міжнародної технічної допомоги ({partner}) для системи МВС"])
            ws.append([])
        elif layout == "russian":
            ws.append([f"Проекты международной технической помощи ({partner}) для системы МВД"])
        ws.append(HEADERS[layout])
        for p in projects:
            ws.append([p[f] for f in FIELDS])
        wb.save(paths[i])
    _write_stamp(folder, stamp)
    return paths


def _decimal_comma(amount: float) -> str:
    whole, cents = f"{amount:,.2f}".split(".")
    return f"{whole.replace(',', ' ')},{cents}"


def write_csv_corpus(folder: Path, n_files: int, rows: int = 100, seed: int = SEED) -> list[Path]:
    """Write ``n_files`` CSV exports of ``rows`` projects each into ``folder``; return their paths.

    Three files in four are UTF-8, ``,``-separated with ISO dates; the fourth is ``;``-separated
    with ``dd.mm.yyyy`` dates and decimal-comma amounts, as a spreadsheet saved in a Ukrainian locale.
    """
    folder = Path(folder)
    stamp = {"kind": "csv", "files": n_files, "rows": rows, "seed": seed, "version": GENERATOR_VERSION}
    paths = [folder / _file_name(i, "csv") for i in range(n_files)]
    if _stamp_matches(folder, stamp) and all(p.exists() for p in paths):
        return paths
    _clear(folder)
    for i, projects in enumerate(synthetic_projects(n_files, rows, seed)):
        local = i % 4 == 1
        with open(paths[i], "w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh, delimiter=";" if local else ",", lineterminator="\n")
            writer.writerow(HEADERS[file_layout(i)])
            for p in projects:
                values = dict(p)
                start = p["_start"]
                if local:
                    values["start"] = start.strftime("%d.%m.%Y")
                    values["end"] = p["end"].strftime("%d.%m.%Y")
                    values["amount"] = (
                        _decimal_comma(p["amount"]) if isinstance(p["amount"], float) else p["amount"]
                    )
                else:
                    values["start"], values["end"] = start.isoformat(), p["end"].isoformat()
                    values["amount"] = f"{p['amount']:.2f}" if isinstance(p["amount"], float) else p["amount"]
                if isinstance(p["start"], str):  # typed as text in the partner's sheet
                    values["start"] = p["start"]
                writer.writerow(["" if values[f] is None else values[f] for f in FIELDS])
    _write_stamp(folder, stamp)
    return paths


def candidate_pairs(files: list[list[dict]], min_days: int = 28) -> int:
    """Structural overlap candidates among the invented rows: pairs of projects of different partners
    sharing a declared priority and an agency, whose periods overlap by at least ``min_days``.

    Counted without listing the pairs (sort and binary search per block), so it is cheap even
    when the count is in the hundreds of millions. Pairs sharing several blocks count once per
    block, so this is an upper bound of what the build scores, close to it.
    """
    rows = [
        (prio, agency, p["partner"], p["_start"].toordinal(), p["end"].toordinal())
        for projects in files
        for p in projects
        for prio in p["_priorities"]
        for agency in p["_agencies"]
    ]
    if not rows:
        return 0
    total = 0
    blocks: dict[tuple, list] = {}
    for prio, agency, partner, start, end in rows:
        blocks.setdefault((prio, agency), []).append((start, end, partner))
    for key in sorted(blocks):
        members = blocks[key]
        start = np.array([m[0] for m in members], dtype=np.int64)
        end = np.array([m[1] for m in members], dtype=np.int64)
        order = np.argsort(start, kind="stable")
        start, end = start[order], end[order]
        upper = np.searchsorted(start, end - (min_days - 1), side="right")
        total += int(np.clip(upper - np.arange(1, len(start) + 1), 0, None).sum())
        # same-partner pairs are not candidates: subtract them partner by partner
        partners = np.array([m[2] for m in members], dtype=object)[order]
        for name in sorted(set(partners)):
            mine = partners == name
            s, e = start[mine], end[mine]
            up = np.searchsorted(s, e - (min_days - 1), side="right")
            total -= int(np.clip(up - np.arange(1, len(s) + 1), 0, None).sum())
    return total
