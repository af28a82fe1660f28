"""Partner layouts of issue 2, written in the test and read with :func:`mtd_analysis.build.load_submissions`.

Each file below is one layout partners really send (a title block, a two-row merged header, totals and
notes, several project sheets beside lookup and empty sheets, the 1904 date system, per-year columns,
cp1251 / UTF-16 / UTF-8-BOM text exports). Every project row's amount, currency and dates are written by
hand next to the cells that hold them, and the tests assert that the loaded table holds exactly those,
that nothing else is loaded, and that every row read is accounted for.

All layouts sit in one folder read once per module (reading forks worker processes; once is enough).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from openpyxl.utils.datetime import CALENDAR_MAC_1904

from mtd_analysis.build import build, load_submissions
from mtd_analysis.store import read_table

NBSP = "\u00a0"
COUNT_KEYS = ("rows_read", "rows_loaded", "rows_rejected", "rows_skipped")


# ------------------------------------------------------------------------------------------- file writers
def write_workbook(
    path: Path,
    sheets: dict[str, list[list]],
    merges: dict[str, list[str]] | None = None,
    epoch=None,
    text_cells: dict[str, list[str]] | None = None,
) -> Path:
    """An .xlsx with one sheet per entry; `text_cells` are forced to text even when they start with '='."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    if epoch is not None:
        wb.epoch = epoch
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row, start=1):
                if value is not None:
                    ws.cell(row=r, column=c, value=value)
        for ref in (merges or {}).get(name, []):
            ws.merge_cells(ref)
        for ref in (text_cells or {}).get(name, []):
            ws[ref].data_type = "s"
    wb.save(path)
    return path


def write_text(path: Path, rows: list[list[str]], encoding: str, delimiter: str) -> Path:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


# ------------------------------------------------------------------------------------------------ layouts
def eu_title_block(folder: Path) -> Path:
    """Title block, one-row header with line breaks, totals row and notes under the table."""
    rows = [
        ["EU-funded technical assistance to the MIA system"],
        ["Status as of 15 March 2021"],
        [],
        [
            "№",
            "Project title",
            "Beneficiary",
            "Start date\n(dd.mm.yyyy)",
            "End date\n(dd.mm.yyyy)",
            "Budget (EUR)",
            "Status",
        ],
        [
            1,
            "Border crossing points modernisation",
            "SBGS",
            dt.datetime(2021, 3, 1),
            dt.datetime(2022, 12, 31),
            1250000,
            "Ongoing",
        ],
        [
            2,
            "Community policing in Kharkiv oblast",
            "NPU; SBGS",
            "01.03.2021",
            "28.02.2023",
            f"1{NBSP}250{NBSP}000,00",
            "Planned",
        ],
        [
            3,
            "Custody records system",
            "National Police",
            "2021-01-15",
            "2021-12-31",
            "1,250,000.50",
            "Completed",
        ],
        [None, "Total", None, None, None, 3750000.5, None],
        [],
        ["* Figures are indicative."],
        ["Source: EU Delegation to Ukraine, 2021"],
    ]
    return write_workbook(folder / "EU_title_block.xlsx", {"Projects": rows})


def merged_header(folder: Path) -> Path:
    """Ukrainian two-row header with merged group cells, a partner merged down three rows, amounts in cells."""
    rows = [
        ["Технічна допомога МВС, станом на 01.06.2021"],
        ["№ з/п", "Донор", "Назва проєкту", "Бенефіціар", "Тривалість", None, "Бюджет", None],
        [None, None, None, None, "Початок", "Кінець", "Сума", "Валюта"],
        [1, "Sweden", "Мобільні групи реагування", "НПУ, ДПСУ", "01/03/2021", "31/12/2021", 450000, "USD"],
        [2, None, "Протидія торгівлі людьми", "ДМС України", "2021-04-01", "2022-03-31", "€300k", None],
        [
            3,
            None,
            "Протидія домашньому насильству",
            "Національна поліція",
            dt.date(2020, 10, 1),
            dt.date(2021, 9, 30),
            "3 млн грн",
            None,
        ],
        [None, "Усього", None, None, None, None, None, None],
    ]
    merges = ["A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:F2", "G2:H2", "B4:B6"]
    return write_workbook(folder / "merged_header.xlsx", {"Проєкти": rows}, {"Проєкти": merges})


def inl_multi_sheet(folder: Path) -> Path:
    """Two project sheets beside a drop-down lists sheet, a pivot and an empty sheet; periods in one cell."""
    header = ["Project code", "Project title", "Beneficiary", "Period", "Amount", "Currency"]
    police = [
        header,
        ["INL-001", "Forensic laboratory equipment", "NPU", "2021-2022", "$1.2m", "USD"],
        ["INL-002", "Anti-drug unit training", "НПУ", "Q3 2021 – Q2 2022", "USD 450,000", None],
        ["Разом", None, None, None, "1 650 000", None],
    ]
    border = [
        header,
        ["INL-101", "Border crossing points equipment", "ДПСУ", "01/2021 - 12/2021", "EUR 700 000", "EUR"],
        ["INL-102", "Illegal migration analytics", "SBGS; SMS", "2020-10-01 to 2021-09-30", 250000, "USD"],
    ]
    lists = [
        ["Status", "Beneficiary", "Currency"],
        ["Ongoing", "NPU", "EUR"],
        ["Planned", "SBGS", "USD"],
        ["Completed", "SMS", "UAH"],
    ]
    pivot = [["Row Labels", "Sum of Amount"], ["NPU", 1650000], ["SBGS", 950000], ["Grand Total", 2600000]]
    return write_workbook(
        folder / "INL_multi_sheet.xlsx",
        {"Police": police, "Lists": lists, "Border": border, "Pivot": pivot, "Empty": []},
    )


def canada_1904(folder: Path) -> Path:
    """A workbook in Excel's 1904 date system with real date cells."""
    rows = [
        ["Project title", "Beneficiary", "Start date", "End date", "Amount", "Currency"],
        ["Rescue divers training", "SESU", dt.datetime(2021, 3, 1), dt.datetime(2022, 2, 28), 1250000, "CAD"],
        ["Bomb disposal kits", "ДСНС", dt.datetime(2020, 10, 1), dt.datetime(2021, 9, 30), 80000, "CAD"],
    ]
    return write_workbook(folder / "Canada_1904.xlsx", {"Projects": rows}, epoch=CALENDAR_MAC_1904)


def denmark_yearly(folder: Path) -> Path:
    """Per-year amount columns: "2020" (text), 2021 (a number), "Budget 2022", "Бюджет на 2023"."""
    rows = [
        [
            "Project title",
            "Beneficiary",
            "Start date",
            "End date",
            "Total budget",
            "2020",
            2021,
            "Budget 2022",
            "Бюджет на 2023",
            "Currency",
        ],
        [
            "Radios for patrol police",
            "NPU",
            "2020-01-01",
            "2023-12-31",
            400000,
            100000,
            250000,
            "50 000",
            None,
            "DKK",
        ],
        [
            "Border surveillance cameras",
            "SBGS",
            "2021-01-01",
            "2022-12-31",
            None,
            None,
            120000.5,
            80000,
            None,
            "DKK",
        ],
        ["Shelters for victims", "NPU", "2023", "2023", 30000, None, None, None, "30 000", "DKK"],
    ]
    return write_workbook(folder / "Denmark_yearly.xlsx", {"Projects": rows})


def giz_headings(folder: Path) -> Path:
    """Section headings inside the table (one merged across the row, one not), a totals row and a note."""
    rows = [
        ["Title", "Beneficiary", "Start date", "End date", "Amount, EUR"],
        ["Component 1: Police", None, None, None, None],
        ["Patrol cars", "NPU", "2021-01-01", "2021-12-31", 100000],
        ["Component 2: Border", None, None, None, None],
        ["Thermal cameras", "SBGS", "2021-01-01", "2021-12-31", 200000],
        ["Total", None, None, None, 300000],
        ["Note: amounts are commitments."],
    ]
    return write_workbook(folder / "GIZ_headings.xlsx", {"Projects": rows}, {"Projects": ["A2:E2"]})


def osce_cp1251(folder: Path) -> Path:
    """A CSV saved by Excel in Ukrainian Windows: cp1251, ';' delimited, decimal commas, a totals row."""
    rows = [
        ["Назва проєкту", "Бенефіціар", f"Дата{NBSP}початку", "Дата\nзавершення", "Сума", "Валюта"],
        ["Тренінги для поліції", "НПУ", "01.03.2021", "31.12.2021", f"125{NBSP}000,50", "EUR"],
        ["Обладнання для ДСНС", "ДСНС", "2021", "2022", "1 000 000,00", "грн"],
        ["Разом", "", "", "", "1 125 000,50", ""],
    ]
    return write_text(folder / "OSCE_cp1251.csv", rows, "cp1251", ";")


def iom_unicode(folder: Path) -> Path:
    """Excel's "Unicode text" export: UTF-16 with a BOM, tab separated."""
    rows = [
        ["Project title", "Beneficiary", "Period", "Budget, USD"],
        ["Migration data exchange", "SMS", "2021-2022", "1,250,000.00"],
        ["Border guard training", "State Border Guard Service", "Q3 2021 – Q2 2022", "$1.2m"],
    ]
    return write_text(folder / "IOM_unicode.txt", rows, "utf-16", "\t")


def unodc_bom(folder: Path) -> Path:
    """Russian labels, UTF-8 with a BOM, comma separated (amounts quoted)."""
    rows = [
        ["Название проекта", "Получатель", "Дата начала", "Дата окончания", "Сумма", "Валюта"],
        ["Лаборатория наркотиков", "НПУ", "2021-02-01", "2022-01-31", "1,250,000.00", "USD"],
        ["Обучение кинологов", "ГПСУ", "01.06.2021", "31.05.2022", "EUR 700 000", "EUR"],
    ]
    return write_text(folder / "UNODC_bom.csv", rows, "utf-8-sig", ",")


def lithuania_bad_rows(folder: Path) -> Path:
    """One good row, six rows with a bad cell (loaded with an error issue), one row with no title."""
    rows = [
        ["Title", "Beneficiary", "Start date", "End date", "Amount", "Currency"],
        ["Good project", "NPU", "2021-01-01", "2021-12-31", 1000, "EUR"],  # row 2
        ["End before start", "NPU", "01.05.2021", "01.03.2021", 1000, "EUR"],  # row 3: D3
        ["Negative amount", "NPU", "2021-01-01", "2021-12-31", -5000, "EUR"],  # row 4: E4
        ["Unknown currency", "NPU", "2021-01-01", "2021-12-31", 1000, "XYZ"],  # row 5: F5
        ["Too early", "NPU", "1999-01-01", "2021-12-31", 1000, "EUR"],  # row 6: C6
        ["No such day", "NPU", "31.02.2021", "2021-12-31", 1000, "EUR"],  # row 7: C7
        [None, "NPU", "2021-01-01", "2021-12-31", 1000, "EUR"],  # row 8: rejected
        ["Two amounts", "NPU", "2021", "2021", "100 000 / 200 000", "EUR"],  # row 9: E9
    ]
    return write_workbook(folder / "Lithuania_bad_rows.xlsx", {"Data": rows})


def unfpa_total_words(folder: Path) -> Path:
    """Project titles that begin with a totals word ("Разом" is also "together"), beside a real totals row."""
    rows = [
        ["Project code", "Назва проєкту", "Бенефіціар", "Дата початку", "Дата завершення", "Бюджет, USD"],
        ["UNFPA-7", "Разом проти домашнього насильства", "НПУ", "01.01.2021", "31.12.2021", 300000],
        ["UNFPA-8", "Total station equipment for forensics", "НПУ", "01.01.2021", "31.12.2021", 150000],
        [None, "Разом", None, None, None, 450000],
    ]
    return write_workbook(folder / "UNFPA_total_words.xlsx", {"Projects": rows})


def swiss_block_currency(folder: Path) -> Path:
    """The currency stated once in the title block; dates as bare Excel serial numbers (format lost)."""
    rows = [
        ["Swiss-funded projects for the MIA system; all amounts in CHF"],
        [],
        ["Project title", "Beneficiary", "Start date", "End date", "Budget"],
        # 2021-01-01 is serial 44197 in the 1900 system: 1 March 2021 is 44197 + 31 + 28, 31 December + 364
        ["Cybercrime unit", "NPU", 44256, 44561, 500000],
        ["Police academy curricula", "MIA", "2021", "2022", "250 000"],
    ]
    return write_workbook(folder / "Switzerland_block_currency.xlsx", {"Projects": rows})


JAPAN_HEADER = ["Title", "Beneficiary", "Start date", "End date", "Amount", "Currency"]
JAPAN_RESCUE = ["Rescue equipment for SESU", "ДСНС", "2021-01-01", "2021-12-31", 50000000, "JPY"]


def japan_twice(folder: Path) -> tuple[Path, Path]:
    """The same project sent by the same partner in two files (March and June)."""
    march = write_workbook(folder / "Japan_march.xlsx", {"Projects": [JAPAN_HEADER, JAPAN_RESCUE]})
    june = write_workbook(
        folder / "Japan_june.xlsx",
        {
            "Projects": [
                JAPAN_HEADER,
                ["Flood response training", "SESU", "2021-06-01", "2022-05-31", 20000000, "JPY"],
                JAPAN_RESCUE,
            ]
        },
    )
    return march, june


LAYOUTS = (
    eu_title_block,
    merged_header,
    inl_multi_sheet,
    canada_1904,
    denmark_yearly,
    giz_headings,
    osce_cp1251,
    iom_unicode,
    unodc_bom,
    lithuania_bad_rows,
    unfpa_total_words,
    swiss_block_currency,
    japan_twice,
)


@pytest.fixture(scope="module")
def loaded(tmp_path_factory):
    """(projects, issues, manifest) from one folder holding every layout."""
    folder = tmp_path_factory.mktemp("raw")
    for write in LAYOUTS:
        write(folder)
    return load_submissions(folder, workers=2)


def rows_of(projects: pd.DataFrame, file: str) -> pd.DataFrame:
    return projects[projects["source_file"] == file].sort_values(
        ["source_sheet", "source_row"], kind="stable"
    )


def facts(projects: pd.DataFrame, file: str) -> list[tuple]:
    """(title, amount, currency, start, end) per loaded row of a file, in sheet and row order."""
    return [
        (r.title, r.amount, r.currency, r.start_date, r.end_date)
        for r in rows_of(projects, file).itertuples(index=False)
    ]


def entry(manifest: dict, file: str) -> dict:
    return next(e for e in manifest["files"] if e["file"] == file)


def counts(record: dict) -> tuple[int, int, int, int]:
    return tuple(record[k] for k in COUNT_KEYS)


# --------------------------------------------------------------------------------------------- accounting
def test_every_file_and_every_sheet_accounts_for_every_row(loaded):
    projects, _, manifest = loaded
    assert len(manifest["files"]) == 14
    for e in manifest["files"]:
        read, ok, rejected, skipped = counts(e)
        assert read == ok + rejected + skipped, e["file"]
        assert ok == int((projects["source_file"] == e["file"]).sum()), e["file"]
        for sheet in e["sheets"]:
            if "rows_read" in sheet:
                read, ok, rejected, skipped = counts(sheet)
                assert read == ok + rejected + skipped, (e["file"], sheet["sheet"])
                in_table = (projects["source_file"] == e["file"]) & (
                    projects["source_sheet"] == sheet["sheet"]
                )
                assert ok == int(in_table.sum()), (e["file"], sheet["sheet"])
    assert manifest["totals"]["rows_loaded"] == len(projects)


@pytest.mark.parametrize(
    "file",
    [
        "EU_title_block.xlsx",
        "merged_header.xlsx",
        "INL_multi_sheet.xlsx",
        "Canada_1904.xlsx",
        "Denmark_yearly.xlsx",
        "GIZ_headings.xlsx",
        "OSCE_cp1251.csv",
        "IOM_unicode.txt",
        "UNODC_bom.csv",
        "UNFPA_total_words.xlsx",
        "Switzerland_block_currency.xlsx",
        "Japan_march.xlsx",
        "Japan_june.xlsx",
    ],
)
def test_a_clean_layout_raises_no_error_issue(loaded, file):
    _, issues, manifest = loaded
    assert entry(manifest, file)["status"] == "loaded"
    errors = issues[(issues["file"] == file) & (issues["severity"] == "error")]
    assert errors["message"].tolist() == []


def test_every_project_points_back_to_its_cells(loaded):
    projects, _, _ = loaded
    assert projects["source_row"].ge(2).all()
    assert projects["source_file"].notna().all()
    assert projects["project_id"].is_unique


# ---------------------------------------------------------------------------------------------- layouts
def test_title_block_totals_and_notes(loaded):
    projects, issues, manifest = loaded
    file = "EU_title_block.xlsx"
    assert facts(projects, file) == [
        ("Border crossing points modernisation", 1250000.0, "EUR", "2021-03-01", "2022-12-31"),
        ("Community policing in Kharkiv oblast", 1250000.0, "EUR", "2021-03-01", "2023-02-28"),
        ("Custody records system", 1250000.5, "EUR", "2021-01-15", "2021-12-31"),
    ]
    table = rows_of(projects, file)
    assert table["source_row"].tolist() == [5, 6, 7]
    assert table["source_sheet"].tolist() == ["Projects"] * 3
    assert table["partner"].tolist() == ["EU"] * 3
    assert table["beneficiaries"].tolist() == ["SBGS", "NPU;SBGS", "NPU"]
    assert table["status"].tolist() == ["ongoing", "planned", "completed"]
    # 3 projects + the totals row + 2 notes were read; totals and notes skipped
    assert counts(entry(manifest, file)) == (6, 3, 0, 3)
    total = issues[(issues["file"] == file) & (issues["kind"] == "total")]
    assert total["row"].tolist() == [8]


def test_two_row_merged_header_and_a_partner_merged_down(loaded):
    projects, _, manifest = loaded
    file = "merged_header.xlsx"
    assert facts(projects, file) == [
        ("Мобільні групи реагування", 450000.0, "USD", "2021-03-01", "2021-12-31"),
        ("Протидія торгівлі людьми", 300000.0, "EUR", "2021-04-01", "2022-03-31"),
        ("Протидія домашньому насильству", 3000000.0, "UAH", "2020-10-01", "2021-09-30"),
    ]
    table = rows_of(projects, file)
    assert table["partner"].tolist() == ["Sweden", "Sweden", "Sweden"]
    assert table["beneficiaries"].tolist() == ["NPU;SBGS", "SMS", "NPU"]
    assert table["source_row"].tolist() == [4, 5, 6]
    assert counts(entry(manifest, file)) == (4, 3, 0, 1)


def test_two_project_sheets_beside_lookup_pivot_and_empty_sheets(loaded):
    projects, issues, manifest = loaded
    file = "INL_multi_sheet.xlsx"
    assert facts(projects, file) == [
        ("Border crossing points equipment", 700000.0, "EUR", "2021-01-01", "2021-12-31"),
        ("Illegal migration analytics", 250000.0, "USD", "2020-10-01", "2021-09-30"),
        ("Forensic laboratory equipment", 1200000.0, "USD", "2021-01-01", "2022-12-31"),
        ("Anti-drug unit training", 450000.0, "USD", "2021-07-01", "2022-06-30"),
    ]
    table = rows_of(projects, file)
    assert table["project_id"].tolist() == ["INL-101", "INL-102", "INL-001", "INL-002"]
    assert table["source_sheet"].tolist() == ["Border", "Border", "Police", "Police"]
    assert table["beneficiaries"].tolist() == ["SBGS", "SBGS;SMS", "NPU", "NPU"]
    e = entry(manifest, file)
    # every non-empty row of every sheet is read: Lists and Pivot hold 4 rows each, skipped with their reason
    assert counts(e) == (13, 4, 0, 9)
    sheets = {s["sheet"]: s for s in e["sheets"]}
    assert set(sheets) == {"Police", "Lists", "Border", "Pivot", "Empty"}
    assert counts(sheets["Police"]) == (3, 2, 0, 1)
    assert counts(sheets["Border"]) == (2, 2, 0, 0)
    assert counts(sheets["Lists"]) == counts(sheets["Pivot"]) == (4, 0, 0, 4)
    for name in ("Lists", "Pivot", "Empty"):
        assert sheets[name]["status"] == "skipped"
        said = issues[(issues["file"] == file) & (issues["sheet"] == name)]
        assert len(said) >= 1, f"no issue says why sheet {name} was skipped"
        assert set(said["severity"]) == {"info"}


def test_1904_date_system_workbook(loaded):
    projects, _, manifest = loaded
    file = "Canada_1904.xlsx"
    assert facts(projects, file) == [
        ("Rescue divers training", 1250000.0, "CAD", "2021-03-01", "2022-02-28"),
        ("Bomb disposal kits", 80000.0, "CAD", "2020-10-01", "2021-09-30"),
    ]
    assert counts(entry(manifest, file)) == (2, 2, 0, 0)


def test_per_year_columns_land_in_yearly_amounts(loaded):
    projects, _, manifest = loaded
    file = "Denmark_yearly.xlsx"
    table = rows_of(projects, file)
    assert table["title"].tolist() == [
        "Radios for patrol police",
        "Border surveillance cameras",
        "Shelters for victims",
    ]
    assert table["yearly_amounts"].tolist() == [
        "2020=100000;2021=250000;2022=50000",
        "2021=120000.5;2022=80000",
        "2023=30000",
    ]
    # the total column when given; the sum of the years (120000.5 + 80000) when not
    assert table["amount"].tolist() == [400000.0, 200000.5, 30000.0]
    assert table["currency"].tolist() == ["DKK"] * 3
    assert table["start_date"].tolist() == ["2020-01-01", "2021-01-01", "2023-01-01"]
    assert table["end_date"].tolist() == ["2023-12-31", "2022-12-31", "2023-12-31"]
    assert counts(entry(manifest, file)) == (3, 3, 0, 0)


def test_section_headings_totals_and_notes_are_not_projects(loaded):
    projects, issues, manifest = loaded
    file = "GIZ_headings.xlsx"
    assert facts(projects, file) == [
        ("Patrol cars", 100000.0, "EUR", "2021-01-01", "2021-12-31"),
        ("Thermal cameras", 200000.0, "EUR", "2021-01-01", "2021-12-31"),
    ]
    assert rows_of(projects, file)["source_row"].tolist() == [3, 5]
    # two headings, the totals row and the note: read and skipped
    assert counts(entry(manifest, file)) == (6, 2, 0, 4)
    mine = issues[issues["file"] == file]
    assert not (mine["severity"] == "error").any(), mine["message"].tolist()


def test_cp1251_semicolon_csv_with_decimal_commas(loaded):
    projects, _, manifest = loaded
    file = "OSCE_cp1251.csv"
    assert facts(projects, file) == [
        ("Тренінги для поліції", 125000.5, "EUR", "2021-03-01", "2021-12-31"),
        ("Обладнання для ДСНС", 1000000.0, "UAH", "2021-01-01", "2022-12-31"),
    ]
    table = rows_of(projects, file)
    # line numbers of the text file: the quoted header cell "Дата\nзавершення" spans lines 1-2
    assert table["source_row"].tolist() == [3, 4]
    assert table["beneficiaries"].tolist() == ["NPU", "SESU"]
    assert table["partner"].tolist() == ["OSCE", "OSCE"]
    assert counts(entry(manifest, file)) == (3, 2, 0, 1)


def test_utf16_tab_separated_unicode_text(loaded):
    projects, _, manifest = loaded
    file = "IOM_unicode.txt"
    assert facts(projects, file) == [
        ("Migration data exchange", 1250000.0, "USD", "2021-01-01", "2022-12-31"),
        ("Border guard training", 1200000.0, "USD", "2021-07-01", "2022-06-30"),
    ]
    assert rows_of(projects, file)["beneficiaries"].tolist() == ["SMS", "SBGS"]
    assert counts(entry(manifest, file)) == (2, 2, 0, 0)


def test_utf8_bom_csv_with_russian_labels(loaded):
    projects, _, manifest = loaded
    file = "UNODC_bom.csv"
    assert facts(projects, file) == [
        ("Лаборатория наркотиков", 1250000.0, "USD", "2021-02-01", "2022-01-31"),
        ("Обучение кинологов", 700000.0, "EUR", "2021-06-01", "2022-05-31"),
    ]
    assert rows_of(projects, file)["beneficiaries"].tolist() == ["NPU", "SBGS"]
    assert counts(entry(manifest, file)) == (2, 2, 0, 0)


def test_currency_from_the_title_block_and_serial_number_dates(loaded):
    projects, _, manifest = loaded
    file = "Switzerland_block_currency.xlsx"
    assert facts(projects, file) == [
        ("Cybercrime unit", 500000.0, "CHF", "2021-03-01", "2021-12-31"),
        ("Police academy curricula", 250000.0, "CHF", "2021-01-01", "2022-12-31"),
    ]
    assert rows_of(projects, file)["partner"].tolist() == ["Switzerland", "Switzerland"]
    assert counts(entry(manifest, file)) == (2, 2, 0, 0)


# ----------------------------------------------------------------------------------------- bad rows named
@pytest.mark.parametrize(
    ("row", "cell", "kind"),
    [
        (3, "D3", "date"),  # end 01.03.2021 before start 01.05.2021
        (4, "E4", "amount"),  # -5000
        (5, "F5", "currency"),  # XYZ
        (6, "C6", "date"),  # 1999
        (7, "C7", "date"),  # 31.02.2021
        (9, "E9", "amount"),  # two numbers
    ],
)
def test_bad_cells_are_error_issues_naming_file_sheet_row_and_cell(loaded, row, cell, kind):
    _, issues, _ = loaded
    found = issues[(issues["file"] == "Lithuania_bad_rows.xlsx") & (issues["row"] == row)]
    errors = found[found["severity"] == "error"]
    assert len(errors) == 1, found["message"].tolist()
    issue = errors.iloc[0]
    assert (issue["sheet"], issue["column"], issue["kind"]) == ("Data", cell, kind)
    assert f"row {row}" in issue["message"]


def test_end_before_start_message_quotes_both_dates(loaded):
    _, issues, _ = loaded
    found = issues[(issues["file"] == "Lithuania_bad_rows.xlsx") & (issues["row"] == 3)]
    message = found[found["severity"] == "error"]["message"].iloc[0]
    assert "01.03.2021" in message and "01.05.2021" in message


def test_rows_with_bad_cells_load_and_a_row_without_title_is_rejected(loaded):
    projects, issues, manifest = loaded
    file = "Lithuania_bad_rows.xlsx"
    table = rows_of(projects, file)
    assert table["source_row"].tolist() == [2, 3, 4, 5, 6, 7, 9]
    assert counts(entry(manifest, file)) == (8, 7, 1, 0)
    rejected = issues[(issues["file"] == file) & (issues["row"] == 8)]
    assert rejected["severity"].tolist() == ["error"]
    # nothing of a negative or doubled amount is loaded as if it were right
    assert table.loc[table["source_row"] == 4, "amount"].isna().all()
    assert table.loc[table["source_row"] == 9, "amount"].isna().all()


def test_a_project_whose_title_starts_with_a_totals_word_is_loaded(loaded):
    projects, _, manifest = loaded
    file = "UNFPA_total_words.xlsx"
    assert facts(projects, file) == [
        ("Разом проти домашнього насильства", 300000.0, "USD", "2021-01-01", "2021-12-31"),
        ("Total station equipment for forensics", 150000.0, "USD", "2021-01-01", "2021-12-31"),
    ]
    assert counts(entry(manifest, file)) == (3, 2, 0, 1)


# ---------------------------------------------------------------------------------------- sent twice
def test_same_project_sent_twice_by_the_same_partner_is_loaded_once(loaded):
    projects, issues, manifest = loaded
    rescue = projects[projects["title"] == "Rescue equipment for SESU"]
    assert len(rescue) == 1
    assert rescue["partner"].tolist() == ["Japan"]
    assert (rescue["amount"].tolist(), rescue["currency"].tolist()) == ([50000000.0], ["JPY"])
    assert (projects["title"] == "Flood response training").sum() == 1
    kept = rescue["source_file"].iloc[0]
    other = ({"Japan_march.xlsx", "Japan_june.xlsx"} - {kept}).pop()
    other_row = 2 if other == "Japan_march.xlsx" else 3
    duplicate = issues[issues["kind"] == "duplicate"]
    assert duplicate[["file", "row"]].values.tolist() == [[other, other_row]]
    assert kept in duplicate["message"].iloc[0]
    march, june = entry(manifest, "Japan_march.xlsx"), entry(manifest, "Japan_june.xlsx")
    assert march["rows_read"] + june["rows_read"] == 3
    assert march["rows_loaded"] + june["rows_loaded"] == 2
    assert march["rows_skipped"] + june["rows_skipped"] == 1


# ---------------------------------------------------------------------------------------- formula-like text
def test_formula_like_text_stays_text_in_projects_csv(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    header = [
        "Project code",
        "Title",
        "Description",
        "Implementer",
        "Beneficiary",
        "Start date",
        "Amount, EUR",
    ]
    write_workbook(
        raw / "Norway_formulas.xlsx",
        {
            "Projects": [
                header,
                ["NO-1", "=1+1", "+380 44 123 45 67", "@x", "NPU", "2021-01-01", 1000],
                ["NO-2", '=HYPERLINK("http://x")', "-minus first", "+Partner", "SBGS", "2021-01-01", 2000],
            ]
        },
        text_cells={"Projects": ["B2", "B3"]},
    )
    write_text(
        raw / "Norway_formulas.csv",
        [header, ["NO-3", "@risk assessment", "=cmd|' /C calc'!A0", "-x", "SMS", "2021-01-01", "3000"]],
        "utf-8",
        ",",
    )
    build(raw, tmp_path / "out", workers=2)
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text(encoding="utf-8"))
    written = pd.read_csv(tmp_path / "out" / "projects.csv", dtype=str, keep_default_na=False)
    # a spreadsheet shows it as text, never runs it
    assert written.set_index("project_id").loc["NO-1", "title"] == "'=1+1"
    table = read_table(tmp_path / "out", "projects.csv")  # the text as the partner wrote it
    by_code = table.set_index("project_id")
    assert by_code.loc["NO-1", ["title", "description", "implementer"]].tolist() == [
        "=1+1",
        "+380 44 123 45 67",
        "@x",
    ]
    assert by_code.loc["NO-2", ["title", "description", "implementer"]].tolist() == [
        '=HYPERLINK("http://x")',
        "-minus first",
        "+Partner",
    ]
    assert by_code.loc["NO-3", ["title", "description", "implementer"]].tolist() == [
        "@risk assessment",
        "=cmd|' /C calc'!A0",
        "-x",
    ]
    assert manifest["totals"]["rows_loaded"] == len(table) == 3
    assert by_code.loc[["NO-1", "NO-2", "NO-3"], "amount"].astype(float).tolist() == [1000.0, 2000.0, 3000.0]


# ------------------------------------------------------------------------------- units in the header
def test_amounts_in_a_column_headed_in_thousands_are_thousands(tmp_path):
    """An official table in "тис. грн": 1 250,5 written there is 1,250,500 hryvnias; a cell saying its own unit
    ("3 млн грн") keeps it; per-year columns headed "(тис. євро)" are thousands of euros too."""
    folder = tmp_path / "raw"
    folder.mkdir()
    write_workbook(
        folder / "ministry_table.xlsx",
        {
            "Проєкти": [
                ["Назва проєкту", "Донор", "Бенефіціар", "Строк реалізації", "Обсяг фінансування, тис. грн"],
                ["Мобільні групи реагування", "ЄС", "НПУ", "2021", "1 250,5"],
                ["Сервісні центри МВС", "ЄС", "МВС", "2021-2022", 800],
                ["Пункти пропуску", "ЄС", "ДПСУ", "2021", "3 млн грн"],
            ],
            "Roki": [
                ["Project title", "Partner", "Beneficiary", "Period", "2021 (тис. євро)", "2022 (тис. євро)"],
                ["Border dogs", "EU", "SBGS", "2021-2022", 100, 50],
            ],
        },
    )
    projects, issues, manifest = load_submissions(folder)
    got = {
        (
            row.title,
            row.amount,
            row.currency,
            row.yearly_amounts if isinstance(row.yearly_amounts, str) else None,
        )
        for row in projects.itertuples()
    }
    assert got == {
        ("Мобільні групи реагування", 1_250_500.0, "UAH", None),
        ("Сервісні центри МВС", 800_000.0, "UAH", None),
        ("Пункти пропуску", 3_000_000.0, "UAH", None),
        ("Border dogs", 150_000.0, "EUR", "2021=100000;2022=50000"),
    }


def test_title_rows_saying_thousands_scale_the_amount_column(tmp_path):
    folder = tmp_path / "raw"
    folder.mkdir()
    write_workbook(
        folder / "usaid.xlsx",
        {
            "Projects": [
                ["USAID projects for the MIA, status as of 1 March 2021"],
                ["All amounts in thousand USD"],
                [],
                ["Project title", "Beneficiary", "Start", "End", "Budget"],
                ["Police academy curriculum", "NPU", "2021-01-01", "2021-12-31", 750],
            ]
        },
    )
    projects, _, _ = load_submissions(folder)
    assert projects[["title", "partner", "amount", "currency"]].values.tolist() == [
        ["Police academy curriculum", "USAID", 750_000.0, "USD"]
    ]
