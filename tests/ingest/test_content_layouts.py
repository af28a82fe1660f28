"""Issue 12, items 1 and 5-8: layouts nobody listed, read by what their cells hold, never silently wrong.

Every file is written in the test (openpyxl or csv); every expected date, amount, currency, partner and
beneficiary is written by hand beside the cell that holds it. Files are read one by one with
:func:`mtd_analysis.build.read_file` (no worker processes), or as a folder with
:func:`mtd_analysis.build.load_submissions` where a side file beside them matters.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from mtd_analysis.analysis.quality import quality
from mtd_analysis.build import load_submissions, read_file
from mtd_analysis.ingest.columns import use_column_aliases

COUNT_KEYS = ("rows_read", "rows_loaded", "rows_rejected", "rows_skipped")


def workbook(path: Path, rows: list[list], merges: list[str] = ()) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Projects"
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            if value is not None:
                ws.cell(row=r, column=c, value=value)
    for ref in merges:
        ws.merge_cells(ref)
    wb.save(path)
    return path


def text_file(path: Path, rows: list[list[str]], encoding: str, delimiter: str = ";") -> Path:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def read(path: Path) -> tuple[list[dict], list[dict], dict]:
    use_column_aliases(None)
    out = read_file(path, path.name)
    entry = out["entry"]
    assert entry["rows_read"] == sum(entry[k] for k in COUNT_KEYS[1:])
    return out["records"], out["issues"], entry


def by_title(records: list[dict]) -> dict[str, dict]:
    return {r["title"]: r for r in records}


def messages(issues: list[dict], severity: str | None = None, kind: str | None = None) -> list[str]:
    return [
        i["message"]
        for i in issues
        if (severity is None or i["severity"] == severity) and (kind is None or i["kind"] == kind)
    ]


# ---------------------------------------------------------------------------------- item 1: column roles
def test_an_unknown_agency_header_is_read_as_beneficiaries_from_its_content(tmp_path):
    """The issue's case: a column headed "Agency" silently lost the beneficiaries of four projects."""
    path = workbook(
        tmp_path / "osce.xlsx",
        [
            ["Project title", "Agency", "Start", "End", "Budget, EUR"],
            ["Training of patrol police trainers", "National Police", "2021-01-01", "2021-12-31", 100000],
            ["Mobile border surveillance units", "ДПСУ", "2021-01-01", "2021-12-31", 200000],
            ["Passport document examination", "State Migration Service", "2021-01-01", "2021-12-31", 300000],
            ["Flood rescue equipment", "ДСНС", "2021-01-01", "2021-12-31", 400000],
            ["Joint border and police patrols", "НПУ; ДПСУ", "2021-01-01", "2021-12-31", 500000],
        ],
    )
    records, issues, entry = read(path)
    got = {r["title"]: r["beneficiaries"] for r in records}
    assert got == {
        "Training of patrol police trainers": "NPU",
        "Mobile border surveillance units": "SBGS",
        "Passport document examination": "SMS",
        "Flood rescue equipment": "SESU",
        "Joint border and police patrols": "NPU;SBGS",
    }
    info = [i for i in issues if i["kind"] == "column" and i["severity"] == "info"]
    assert len(info) == 1 and info[0]["column"] == "B1"
    assert info[0]["message"].startswith(
        "column B 'Agency' read as beneficiaries: 5 of 5 values are agency names"
    )
    assert not any("'Agency' is not a project field" in m for m in messages(issues))


def test_partner_names_under_an_unknown_header_become_the_partner(tmp_path):
    path = workbook(
        tmp_path / "register.xlsx",
        [
            ["Title", "Sponsor", "Beneficiary", "Period", "Amount", "Currency"],
            ["Patrol boats for the Danube", "Уряд Японії", "ДПСУ", "2021", 1000, "USD"],
            ["Forensic laboratory equipment", "Посольство Швеції", "НПУ", "2021", 2000, "SEK"],
            ["Victim shelters", "Європейський Союз", "НПУ", "2021", 3000, "EUR"],
        ],
    )
    records, issues, _ = read(path)
    assert {r["title"]: r["partner"] for r in records} == {
        "Patrol boats for the Danube": "Japan",
        "Forensic laboratory equipment": "Sweden",
        "Victim shelters": "EU",
    }
    assert any(m.startswith("column B 'Sponsor' read as partner: 3 of 3") for m in messages(issues, "info"))


def test_a_header_contradicted_by_its_content_is_a_warning(tmp_path):
    """ "Donor" over agency names: the header is kept, the conflict is said, naming the column and the evidence."""
    path = workbook(
        tmp_path / "eu.xlsx",
        [
            ["Title", "Donor", "Start", "End", "Amount, EUR"],
            ["Radios for patrol police", "НПУ", "2021-01-01", "2021-12-31", 1000],
            ["Thermal cameras", "ДПСУ", "2021-01-01", "2021-12-31", 2000],
            ["Passport printers", "ДМС", "2021-01-01", "2021-12-31", 3000],
        ],
    )
    _, issues, _ = read(path)
    warnings = [i for i in issues if i["kind"] == "column" and i["severity"] == "warning"]
    assert len(warnings) == 1 and warnings[0]["column"] == "B1"
    assert (
        "read as partner from its header, but its content disagrees: 3 of 3 values are agency names"
        in (warnings[0]["message"])
    )


def test_a_table_whose_header_words_are_mostly_unknown_is_found_by_its_content(tmp_path):
    path = workbook(
        tmp_path / "ministry.xlsx",
        [
            ["Перелік заходів"],
            [],
            [
                "Що закуповуємо",
                "Отримувач",
                "Кошти",
                "Коли",
            ],  # no header word of a title ("Захід" now is one)
            ["Закупівля катерів для морської охорони", "ДПСУ", "1 000 000 грн", "2021"],
            ["Облаштування сервісних центрів", "МВС", "250 000 грн", "2021"],
        ],
    )
    records, issues, entry = read(path)
    got = {r["title"]: (r["beneficiaries"], r["amount"], r["start_date"], r["end_date"]) for r in records}
    assert got == {
        "Закупівля катерів для морської охорони": ("SBGS", 1_000_000.0, "2021-01-01", "2021-12-31"),
        "Облаштування сервісних центрів": ("MIA", 250_000.0, "2021-01-01", "2021-12-31"),
    }
    assert any("read as the table's header" in m for m in messages(issues, "info"))
    assert entry["rows_read"] == 2 and entry["rows_loaded"] == 2


def test_an_analysts_column_aliases_beside_the_submissions_are_read(tmp_path):
    """A header the package does not know ("Themenfeld") read through the analyst's own table; a bad row in
    that table is a warning naming it; the table itself is a side file, not a submission."""
    folder = tmp_path / "raw"
    folder.mkdir()
    workbook(
        folder / "giz.xlsx",
        [
            ["Title", "Themenfeld", "Beneficiary", "Period", "Budget EUR"],
            ["Community safety councils", "Community policing", "NPU", "2021", 5000],
        ],
    )
    (folder / "column_aliases.csv").write_text(
        "field,lang,alias,whole_header_only\ndeclared_priority,de,themenfeld,1\nbudgetline,de,haushalt,\n",
        encoding="utf-8",
    )
    projects, issues, manifest = load_submissions(folder, workers=1)
    assert projects["declared_priority"].tolist() == ["Community policing"]
    problems = issues[issues["file"] == "column_aliases.csv"]
    assert sorted(problems["severity"]) == ["info", "warning"]
    assert "row 3: field 'budgetline' is not one of" in " ".join(problems["message"])
    assert [f["file"] for f in manifest["files"]] == ["giz.xlsx"]
    assert not any("mtd_analysis/" in m for m in issues["message"])
    # without the table, the column is reported as unknown, with the advice to add it beside the submissions
    (folder / "column_aliases.csv").unlink()
    projects, issues, _ = load_submissions(folder, workers=1)
    assert projects["declared_priority"].isna().all()
    unknown = [m for m in issues["message"] if "'Themenfeld' is not a project field" in m]
    assert len(unknown) == 1 and "column_aliases.csv beside the submissions" in unknown[0]


# ---------------------------------------------------------------------------------------- item 5: dates
def test_us_dates_are_read_month_first_when_the_column_proves_it(tmp_path):
    path = workbook(
        tmp_path / "inl.xlsx",
        [
            ["Title", "Beneficiary", "Start Date", "End Date", "Amount (USD)"],
            ["Body cameras", "NPU", "03/14/2021", "04/01/2022", 1000],  # 14 > 12: month first
            ["Canine units", "SBGS", "04/01/2021", "03/31/2022", 2000],
            ["Cyber lab", "NPU", "01/02/2021", "12/01/2021", 3000],
        ],
    )
    records, issues, _ = read(path)
    got = {r["title"]: (r["start_date"], r["end_date"]) for r in records}
    assert got == {
        "Body cameras": ("2021-03-14", "2022-04-01"),
        "Canine units": ("2021-04-01", "2022-03-31"),
        "Cyber lab": ("2021-01-02", "2021-12-01"),
    }
    assert not messages(issues, "warning", "column")


def test_ambiguous_dates_follow_the_partners_convention_with_a_warning(tmp_path):
    """No date proves the order: a US partner's "03/04/2021" is 4 March, an EU partner's is 3 April; both warned."""
    rows = [
        ["Title", "Beneficiary", "Start", "End", "Amount"],
        ["Radios", "NPU", "03/04/2021", "06/05/2022", "1 000"],
        ["Boats", "SBGS", "02/01/2021", "11/10/2021", "2 000"],
    ]
    us, us_issues, _ = read(workbook(tmp_path / "usa_projects.xlsx", [["Donor: USA"], *rows]))
    eu, eu_issues, _ = read(workbook(tmp_path / "eu_projects.xlsx", [["Donor: EU"], *rows]))
    assert {r["title"]: (r["start_date"], r["end_date"]) for r in us} == {
        "Radios": ("2021-03-04", "2022-06-05"),
        "Boats": ("2021-02-01", "2021-11-10"),
    }
    assert {r["title"]: (r["start_date"], r["end_date"]) for r in eu} == {
        "Radios": ("2021-04-03", "2022-05-06"),
        "Boats": ("2021-01-02", "2021-10-11"),
    }
    us_warn = messages(us_issues, "warning", "column")
    eu_warn = messages(eu_issues, "warning", "column")
    assert len(us_warn) == 2 and all("read month first (USA writes dates month first)" in m for m in us_warn)
    assert len(eu_warn) == 2 and all("read day first (the usual convention)" in m for m in eu_warn)
    assert "column C 'Start'" in us_warn[0] and "03/04/2021" in us_warn[0]


@pytest.mark.parametrize(
    ("period", "start", "end"),
    [
        ("березень 2021 – лютий 2023", "2021-03-01", "2023-02-28"),
        ("з 1 квітня 2021 р. по 31.12.2022", "2021-04-01", "2022-12-31"),
        ("квітень – грудень 2021", "2021-04-01", "2021-12-31"),
        ("Jul 2020 – Jun 2023", "2020-07-01", "2023-06-30"),
        ("с 1 апреля 2021 г. по 31 марта 2023 г.", "2021-04-01", "2023-03-31"),
        ("у березні 2021 – у лютому 2022", "2021-03-01", "2022-02-28"),
        ("15 вересня 2021 - 14 вересня 2022", "2021-09-15", "2022-09-14"),
        ("01.04.2021 (24 міс.)", "2021-04-01", "2023-03-31"),
        ("з 01.03.2021 безстроково", "2021-03-01", None),
        ("April 2021 - ongoing", "2021-04-01", None),
    ],
)
def test_periods_as_partners_write_them(tmp_path, period, start, end):
    path = workbook(
        tmp_path / "undp.xlsx",
        [["Назва проєкту", "Бенефіціар", "Період реалізації", "Бюджет, EUR"], ["Катери", "ДПСУ", period, 10]],
    )
    records, issues, _ = read(path)
    assert (records[0]["start_date"], records[0]["end_date"]) == (start, end)
    assert not messages(issues, "error")


def test_start_dates_durations_and_open_ends(tmp_path):
    path = workbook(
        tmp_path / "iom.xlsx",
        [
            ["Title", "Beneficiary", "Start", "Duration (months)", "End", "Amount EUR"],
            ["Shelter network", "NPU", "15-Mar-2021", 24, None, 100],
            ["Returnee reception", "SMS", "2021-04-01T09:00:00+03:00", "18 міс.", None, 200],
            ["Hotline", "NPU", "1 квітня 2021 р.", None, "безстроково", 300],
            ["Border data exchange", "SBGS", "March 1, 2021", None, "ongoing", 400],
        ],
    )
    records, issues, _ = read(path)
    got = {r["title"]: (r["start_date"], r["end_date"]) for r in records}
    assert got == {
        "Shelter network": ("2021-03-15", "2023-03-14"),
        "Returnee reception": ("2021-04-01", "2022-09-30"),
        "Hotline": ("2021-04-01", None),
        "Border data exchange": ("2021-03-01", None),
    }
    assert not messages(issues, "error")
    open_ended = [m for m in messages(issues, "info", "date") if "open-ended" in m]
    assert len(open_ended) == 2
    assert (
        len([m for m in messages(issues, "info", "date") if "plus 24 months" in m or "plus 18 months" in m])
        == 2
    )


# ---------------------------------------------------------------------------------------- item 6: money
def test_money_as_partners_write_it(tmp_path):
    path = workbook(
        tmp_path / "mixed.xlsx",
        [
            ["Project title", "Beneficiary", "Period", "Budget", None, "Cost ('000 EUR)"],
            [None, None, None, "Amount", "Currency", None],
            ["Drones", "SBGS", "2021", "EUR 1.2 million", None, None],
            ["Shelters", "NPU", "2021", "1,2 млн євро", None, None],
            ["Patrol cars", "NPU", "2021", "¥150,000,000", None, None],
            ["Radios", "NPU", "2021", 5000, "USD", None],
        ],
        merges=["D1:E1"],
    )
    records, issues, _ = read(path)
    got = {r["title"]: (r["amount"], r["currency"]) for r in records}
    assert got == {
        "Drones": (1_200_000.0, "EUR"),
        "Shelters": (1_200_000.0, "EUR"),
        "Patrol cars": (150_000_000.0, "JPY"),
        "Radios": (5000.0, "USD"),
    }


def test_units_and_currency_in_headers_and_title_rows(tmp_path):
    million = workbook(
        tmp_path / "usa.xlsx",
        [
            ["Назва", "Бенефіціар", "Рік", "Бюджет, млн дол. США"],
            ["Кінологічні центри", "ДПСУ", "2021", "1,5"],
        ],
    )
    merged_currency = workbook(
        tmp_path / "canada.xlsx",
        [
            ["Title", "Beneficiary", "Period", "Funding (CAD)", None],
            [None, None, None, "2021", "2022"],
            ["Gender-responsive policing", "NPU", "2021-2022", 300, 200],
        ],
        merges=["D1:E1"],
    )
    title_row = workbook(
        tmp_path / "mvs.xlsx",
        [
            ["Перелік проєктів (тис. грн)"],
            ["Назва", "Отримувач", "Рік", "Сума"],
            ["Рації", "НПУ", "2021", 250],
        ],
    )
    assert [(r["amount"], r["currency"]) for r in read(million)[0]] == [(1_500_000.0, "USD")]
    (rec,) = read(merged_currency)[0]
    assert (rec["amount"], rec["currency"], rec["yearly_amounts"]) == (500.0, "CAD", "2021=300;2022=200")
    assert [(r["amount"], r["currency"]) for r in read(title_row)[0]] == [(250_000.0, "UAH")]


def test_year_columns_against_a_total(tmp_path):
    """Rounding: info, the total kept. More than rounding: warning, the years win. A dash is an empty year;
    0 is no money (in kind), a blank amount is unknown."""
    path = workbook(
        tmp_path / "sweden.xlsx",
        [
            ["Title", "Beneficiary", "Start", "End", "Total, EUR", "2021", "2022"],
            ["Rounded total", "NPU", "2021-01-01", "2022-12-31", 1_000_000, 333_333, 666_666],
            ["Wrong total", "NPU", "2021-01-01", "2022-12-31", 900_000, 500_000, 500_000],
            ["Dash year", "SBGS", "2021-01-01", "2021-12-31", 40_000, 40_000, "-"],
            ["In kind", "SMS", "2021-01-01", "2021-12-31", 0, None, None],
            ["Unknown", "SMS", "2021-01-01", "2021-12-31", None, None, None],
        ],
    )
    records, issues, _ = read(path)
    got = {r["title"]: (r["amount"], r["yearly_amounts"]) for r in records}
    assert got == {
        "Rounded total": (1_000_000.0, "2021=333333;2022=666666"),
        "Wrong total": (1_000_000.0, "2021=500000;2022=500000"),
        "Dash year": (40_000.0, "2021=40000"),
        "In kind": (0.0, None),
        "Unknown": (None, None),
    }
    amount_issues = {i["row"]: (i["severity"], i["message"]) for i in issues if i["kind"] == "amount"}
    assert amount_issues[2][0] == "info" and "(rounding)" in amount_issues[2][1]
    assert amount_issues[3][0] == "warning" and "the yearly amounts are used" in amount_issues[3][1]
    assert 4 not in amount_issues
    assert amount_issues[5][0] == "info" and "in kind" in amount_issues[5][1]
    assert amount_issues[6] == ("warning", "row 6: no amount")


# ------------------------------------------------------------------------------------ item 7: encodings
@pytest.mark.parametrize(
    ("encoding", "title", "beneficiary"),
    [
        ("cp1252", "Ausrüstung für Grenzübergänge – Maßnahmen", "SBGS"),
        ("cp1250", "Wyposażenie przejść granicznych, szkolenie służb", "SBGS"),
        ("cp1251", "Обладнання пунктів пропуску через державний кордон", "ДПСУ"),
        ("koi8_u", "Обладнання пунктів пропуску через державний кордон", "ДПСУ"),
    ],
)
def test_text_exports_in_legacy_code_pages_keep_their_script(tmp_path, encoding, title, beneficiary):
    path = text_file(
        tmp_path / "export.csv",
        [["Title", "Beneficiary", "Period", "Amount EUR"], [title, beneficiary, "2021", "1000"]],
        encoding,
    )
    records, issues, _ = read(path)
    assert [r["title"] for r in records] == [title]
    guessed = messages(issues, "info", "encoding")
    assert len(guessed) == 1 and "not UTF-8" in guessed[0]


def test_a_utf8_export_has_no_encoding_issue(tmp_path):
    path = text_file(
        tmp_path / "eu.csv",
        [["Title", "Beneficiary", "Period", "Amount EUR"], ["Рації", "НПУ", "2021", "1"]],
        "utf-8",
    )
    _, issues, _ = read(path)
    assert not messages(issues, kind="encoding")


# ------------------------------------------------------------------------------------- item 8: partners
@pytest.mark.parametrize(
    ("written", "partner"),
    [
        ("Уряд Японії", "Japan"),
        ("Government of Japan", "Japan"),
        ("JICA", "Japan"),
        ("Посольство Швеції", "Sweden"),
        ("Sida", "Sweden"),
        ("Республіка Польща", "Poland"),
        ("EU Delegation", "EU"),
        ("ЄС", "EU"),
        ("Представництво Європейського Союзу в Україні", "EU"),
        ("Посольство Великої Британії", "UK"),
        ("Federal Republic of Germany", "Germany"),
        ("Міністерство закордонних справ Данії", "Denmark"),
        ("Королевство Нидерландов", "Netherlands"),
        ("Уряд Естонії", "Estonia"),
        ("ОБСЄ", "OSCE"),
        ("Міжнародна організація з міграції", "IOM"),
        ("ICMPD", "ICMPD"),
        ("УНП ООН", "UNODC"),
        ("Програма розвитку ООН", "UNDP"),
        ("DANIDA", "Denmark"),
        ("GIZ", "GIZ"),
        ("INL", "INL"),
    ],
)
def test_one_name_per_partner_in_any_language_and_style(written, partner):
    from mtd_analysis.ingest.partners import canonical_partner

    assert canonical_partner(written) == partner


def test_a_register_sent_by_an_agency_credits_each_donor(tmp_path):
    """A Border Guard register with a donor column: each project's partner is its donor, in quality.csv too."""
    folder = tmp_path / "raw"
    folder.mkdir()
    workbook(
        folder / "dpsu_reiestr.xlsx",
        [
            ["Державна прикордонна служба України. Реєстр проєктів МТД"],
            ["Назва проєкту", "Донор", "Період", "Сума", "Валюта"],
            ["Катери для морської охорони", "Уряд Японії", "2021", 1000, "USD"],
            ["Тепловізори", "Посольство Швеції", "2021", 2000, "EUR"],
            ["Кінологічний центр", "Уряд Японії", "2021", 3000, "USD"],
            ["Навчання прикордонників", "ЄС", "2021", 4000, "EUR"],
        ],
    )
    projects, issues, manifest = load_submissions(folder, workers=1)
    assert sorted(zip(projects["title"], projects["partner"], strict=True)) == [
        ("Катери для морської охорони", "Japan"),
        ("Кінологічний центр", "Japan"),
        ("Навчання прикордонників", "EU"),
        ("Тепловізори", "Sweden"),
    ]
    card = quality(pd.DataFrame(manifest["files"]), issues, projects)
    assert card["partner"].tolist() == ["Japan; EU; Sweden"]


def test_the_committed_country_table_is_what_pycountry_makes():
    """countries.csv is generated (scripts/make_countries.py); it must not drift from its source."""
    pytest.importorskip("pycountry")
    import importlib.util

    from mtd_analysis.ingest.partners import COUNTRIES_FILE

    script = Path(__file__).resolve().parents[2] / "scripts" / "make_countries.py"
    spec = importlib.util.spec_from_file_location("make_countries", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert COUNTRIES_FILE.read_text(encoding="utf-8") == module.countries_csv()


def test_dates_read_are_dates(tmp_path):
    """A datetime cell, a serial number and text give the same day."""
    path = workbook(
        tmp_path / "eu.xlsx",
        [
            ["Title", "Beneficiary", "Start", "End", "Amount EUR"],
            ["A project", "NPU", dt.datetime(2021, 3, 1), "31 грудня 2021", 1],
        ],
    )
    (rec,) = read(path)[0]
    assert (rec["start_date"], rec["end_date"]) == ("2021-03-01", "2021-12-31")


def test_thousands_written_as_000_in_the_header(tmp_path):
    path = workbook(
        tmp_path / "eu.xlsx",
        [["Title", "Beneficiary", "Period", "Budget ('000 EUR)"], ["Border dogs", "SBGS", "2021", 1500]],
    )
    assert [(r["amount"], r["currency"]) for r in read(path)[0]] == [(1_500_000.0, "EUR")]


# ------------------------------------------------------------------------------------------ end to end
def test_a_mixture_of_unlisted_layouts_gives_each_projects_2021_euros_under_its_priority(tmp_path):
    """Four partners, four layouts nobody listed; every 2021 euro computed by hand (EUR only: no rates)."""
    from mtd_analysis.build import build

    folder = tmp_path / "raw"
    folder.mkdir()
    # a US partner: month-first dates proven by 12/31/2021, beneficiaries under "Agency", a dash for 2022
    workbook(
        folder / "inl_2021.xlsx",
        [
            ["Donor: INL"],
            ["Project title", "Agency", "Start Date", "End Date", "2021 (EUR)", "2022 (EUR)"],
            [
                "Counternarcotics investigations training",
                "National Police",
                "01/04/2021",
                "12/31/2021",
                120_000,
                "-",
            ],
            [
                "Identification of trafficking victims by border guards",
                "ДПСУ",
                "02/01/2021",
                "01/31/2022",
                50_000,
                4_000,
            ],
        ],
    )
    # a beneficiary agency's register with a donor column and periods in words
    workbook(
        folder / "dmsu_reiestr.xlsx",
        [
            ["Державна міграційна служба України — реєстр проєктів МТД (EUR)"],
            ["Назва проєкту", "Донор", "Отримувач", "Період", "Сума, EUR"],
            ["Реадмісія незаконних мігрантів", "Уряд Японії", "ДМС", "січень – грудень 2021", 300_000],
            [
                "Засоби захисту від COVID-19 для Державної міграційної служби",
                "Посольство Швеції",
                "ДМС",
                "з 1 липня 2021 р. по 31.12.2021",
                80_000,
            ],
        ],
    )
    # a German text export in cp1252
    text_file(
        folder / "giz_export.csv",
        [
            ["Titel", "Beneficiary", "Period", "Amount EUR"],
            [
                "Mobile response groups for domestic violence – Ausrüstung für Gruppen",
                "NPU",
                "2021",
                "70.000",
            ],
        ],
        "cp1252",
    )
    result = build(folder, tmp_path / "out", year=2021, workers=1)
    projects = result.projects.set_index("title")
    assert projects.loc[
        "Counternarcotics investigations training", ["partner", "beneficiaries", "start_date", "end_date"]
    ].tolist() == ["INL", "NPU", "2021-01-04", "2021-12-31"]
    alloc = result.allocations[result.allocations["year"] == 2021].merge(
        result.projects[["project_id", "title"]], on="project_id"
    )
    got = {
        (row.title, row.priority_code): round(row.amount_eur, 2)
        for row in alloc.itertuples()
        if row.amount_eur
    }
    assert got == {
        ("Counternarcotics investigations training", "DRUGS"): 120_000.0,
        ("Identification of trafficking victims by border guards", "TRAFFICKING"): 50_000.0,
        ("Реадмісія незаконних мігрантів", "ILLEGAL_MIGRATION"): 300_000.0,
        ("Засоби захисту від COVID-19 для Державної міграційної служби", "COVID19"): 80_000.0,
        (
            "Mobile response groups for domestic violence – Ausrüstung für Gruppen",
            "DOMESTIC_VIOLENCE",
        ): 70_000.0,
    }
    assert sorted(result.projects["partner"]) == ["GIZ", "INL", "INL", "Japan", "Sweden"]
    totals = result.manifest["totals"]
    assert totals["rows_read"] == totals["rows_loaded"] + totals["rows_rejected"] + totals["rows_skipped"]


def test_lists_that_are_not_funded_projects_are_not_read_as_projects(tmp_path):
    """An events list (titles and dates, counts but no money) and a 3W presence list (organisations, place
    codes, counts) look like tables: read by content they must still not become projects."""
    events = workbook(
        tmp_path / "events.xlsx",
        [
            ["ISO3", "Land", "Event Name", "Beginn", "Displaced"],
            ["AFG", "Afghanistan", "Floods in the north", "01/07/2021", 3250],
            ["SOM", "Somalia", "Drought response", "15/08/2021", 180],
            ["TCD", "Chad", "Lake Chad flooding", "02/09/2021", 2],
        ],
    )
    presence = workbook(
        tmp_path / "presence.xlsx",
        [
            ["Organisation", "Typ", "Admin1", "Pcode", "Aktivitäten"],
            ["Action Against Hunger", "INGO", "Borno", "NGA008", 16],
            ["Save the Children", "INGO", "Yobe", "NGA036", 17],
            ["Local Relief Network", "NNGO", "Adamawa", "NGA002", 18],
        ],
    )
    for path in (events, presence):
        records, issues, entry = read(path)
        assert records == [] and entry["rows_loaded"] == 0
        assert not messages(issues, "info", "column")
