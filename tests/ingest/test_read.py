"""Bad and hostile submissions: one test per kind of bad input named in issue 2.

Every file is built here, in ``tmp_path``, byte by byte where the point is the bytes (hand-written xlsx parts,
a hand-built OLE compound file). For every file-level failure the same three things are checked:

- :func:`read_submission` raises :class:`SubmissionError` whose message is a sentence a partner can act on;
- through :func:`load_submissions` the file is listed as ``failed`` with an error issue naming it;
- a good file beside it still loads (a broken file never stops the others).

The cases that could crash or hang the process (a cell at XFD1048576) are read in a subprocess or through
``load_submissions``, which reads in worker processes.
"""

from __future__ import annotations

import io
import random
import re
import struct
import subprocess
import sys
import time
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from mtd_analysis import config
from mtd_analysis.build import load_submissions
from mtd_analysis.ingest.read import SubmissionError, discover, is_ignored, read_submission

# ------------------------------------------------------------------------------------------ builders

# The good file that sits beside every bad one: two projects of UNDP, by hand.
GOOD_NAME = "undp.csv"
GOOD_CSV = (
    "Title,Partner,Beneficiary,Period,Budget EUR\n"
    "Patrol cars for border units,UNDP,SBGS,2021,1000\n"
    "Custody cameras,UNDP,NPU,2021-2022,2500\n"
)
GOOD_TITLES = ["Custody cameras", "Patrol cars for border units"]

# A small project table for the hand-written workbooks: three projects of the EU.
ROWS = [
    ["Title", "Partner", "Beneficiary", "Period", "Budget, EUR"],
    ["Mobile border patrols", "EU", "SBGS", "2021", 300000],
    ["Custody records", "EU", "NPU", "2021-2022", 150000],
    ["Shelters for survivors", "EU", "NPU; SMS", "2020", 50000],
]

_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

CONTENT_TYPES = (
    _XML_DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    "</Types>"
)
ROOT_RELS = (
    _XML_DECL + f'<Relationships xmlns="{_REL_NS}"><Relationship Id="rId1" '
    f'Type="{_DOC_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
WORKBOOK = (
    _XML_DECL + f'<workbook xmlns="{_NS}" xmlns:r="{_DOC_REL}">'
    '<sheets><sheet name="Projects" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
WORKBOOK_RELS = (
    _XML_DECL + f'<Relationships xmlns="{_REL_NS}">'
    f'<Relationship Id="rId1" Type="{_DOC_REL}/worksheet" Target="worksheets/sheet1.xml"/>'
    f'<Relationship Id="rId2" Type="{_DOC_REL}/sharedStrings" Target="sharedStrings.xml"/>'
    "</Relationships>"
)
EMPTY_SHARED_STRINGS = _XML_DECL + f'<sst xmlns="{_NS}" count="0" uniqueCount="0"/>'


def column_letters(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def sheet_xml(
    rows: list[list],
    *,
    dimension: str | None = None,
    extra_rows: str = "",
    prolog: str = _XML_DECL,
    padding: bytes = b"",
) -> bytes:
    """A worksheet part: text as inline strings, numbers as values; ``padding`` goes in a comment at the end."""
    out = [prolog, f'<worksheet xmlns="{_NS}">']
    if dimension:
        out.append(f'<dimension ref="{dimension}"/>')
    out.append("<sheetData>")
    for r, row in enumerate(rows, start=1):
        out.append(f'<row r="{r}">')
        for c, value in enumerate(row):
            ref = f"{column_letters(c)}{r}"
            if isinstance(value, (int, float)):
                out.append(f'<c r="{ref}"><v>{value}</v></c>')
            elif value is not None:
                out.append(f'<c r="{ref}" t="inlineStr"><is><t>{escape(value)}</t></is></c>')
        out.append("</row>")
    out.append(extra_rows)
    out.append("</sheetData></worksheet>")
    body = "".join(out).encode("utf-8")
    if padding:
        body += b"<!--" + padding + b"-->"
    return body


def xlsx_bytes(sheet: bytes, shared_strings: str | bytes = EMPTY_SHARED_STRINGS) -> bytes:
    """A minimal one-sheet workbook ("Projects"), written part by part with fixed timestamps."""
    parts = [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", ROOT_RELS),
        ("xl/workbook.xml", WORKBOOK),
        ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS),
        ("xl/sharedStrings.xml", shared_strings),
        ("xl/worksheets/sheet1.xml", sheet),
    ]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for name, content in parts:
            info = zipfile.ZipInfo(name, date_time=(2021, 3, 15, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, content.encode("utf-8") if isinstance(content, str) else content)
    return buffer.getvalue()


def good_xlsx() -> bytes:
    return xlsx_bytes(sheet_xml(ROWS))


def encrypted_ooxml_bytes() -> bytes:
    """A compound file (OLE/CFB, version 3) laid out as Excel saves a password-protected .xlsx.

    Sector 0 is the FAT, sector 1 the directory, sectors 2-9 the stream "EncryptionInfo" and 10-17 the stream
    "EncryptedPackage" (4096 bytes each, so that no mini stream is needed).
    """
    endofchain, fatsect, freesect, nostream = 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF, 0xFFFFFFFF
    header = bytearray(512)
    header[0:8] = bytes.fromhex("D0CF11E0A1B11AE1")
    struct.pack_into("<HHHHH", header, 24, 0x003E, 0x0003, 0xFFFE, 9, 6)
    struct.pack_into("<I", header, 44, 1)  # number of FAT sectors
    struct.pack_into("<I", header, 48, 1)  # first directory sector
    struct.pack_into("<I", header, 56, 4096)  # mini stream cutoff
    struct.pack_into("<III", header, 60, endofchain, 0, endofchain)  # mini FAT, its count, DIFAT
    struct.pack_into("<I", header, 72, 0)  # DIFAT count
    struct.pack_into("<109I", header, 76, 0, *([freesect] * 108))  # the FAT is sector 0

    fat = [fatsect, endofchain]
    fat += [*range(3, 10), endofchain]  # EncryptionInfo: 2 -> 3 -> ... -> 9
    fat += [*range(11, 18), endofchain]  # EncryptedPackage: 10 -> ... -> 17
    fat += [freesect] * (128 - len(fat))
    fat_sector = struct.pack("<128I", *fat)

    def entry(name: str, kind: int, left: int, right: int, child: int, start: int, size: int) -> bytes:
        raw = bytearray(128)
        encoded = (name + "\0").encode("utf-16-le")
        raw[0 : len(encoded)] = encoded
        struct.pack_into("<HBB", raw, 64, len(encoded), kind, 1)
        struct.pack_into("<III", raw, 68, left, right, child)
        struct.pack_into("<IQ", raw, 116, start, size)
        return bytes(raw)

    directory = (
        entry("Root Entry", 5, nostream, nostream, 1, endofchain, 0)
        + entry("EncryptionInfo", 2, nostream, 2, nostream, 2, 4096)
        + entry("EncryptedPackage", 2, nostream, nostream, nostream, 10, 4096)
        + bytes(128)
    )
    streams = bytes([0x04, 0x00, 0x04, 0x00]) + bytes(4092) + bytes(range(256)) * 16
    return bytes(header) + fat_sector + directory + streams


# ------------------------------------------------------------------------------------------ checks


def assert_sentence(message: str) -> None:
    """A message a partner can read: several words on one line, no Python internals."""
    assert isinstance(message, str)
    assert len(message.split()) >= 5, message
    assert "\n" not in message, message
    assert "Traceback" not in message, message
    assert not re.search(r"\b[A-Z]\w*(Error|Exception)\b", message), message


def refused(path: Path, *words: str) -> SubmissionError:
    """read_submission raises SubmissionError with a sentence holding every word given (case-insensitive)."""
    with pytest.raises(SubmissionError) as caught:
        read_submission(path)
    message = caught.value.message
    assert str(caught.value) == message
    assert_sentence(message)
    for word in words:
        assert word.lower() in message.lower(), f"{word!r} not in {message!r}"
    return caught.value


def load_beside_good(folder: Path, name: str, content: bytes):
    """Write a bad file and the good file into a folder and load both; the good one must load."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(content)
    (folder / GOOD_NAME).write_text(GOOD_CSV, encoding="utf-8")
    projects, issues, manifest = load_submissions(folder, workers=2)
    entries = {e["file"]: e for e in manifest["files"]}
    assert sorted(entries) == sorted([name, GOOD_NAME])
    good = entries[GOOD_NAME]
    assert good["status"] == "loaded"
    assert (good["rows_read"], good["rows_loaded"]) == (2, 2)
    assert sorted(projects.loc[projects["source_file"] == GOOD_NAME, "title"]) == GOOD_TITLES
    return projects, issues, entries[name]


def assert_failed_beside_good(folder: Path, name: str, content: bytes, *words: str) -> None:
    """Through load_submissions: the bad file is failed, named by an error issue, and the good one loads."""
    projects, issues, entry = load_beside_good(folder, name, content)
    assert entry["status"] == "failed"
    assert [entry[k] for k in ("rows_read", "rows_loaded", "rows_rejected", "rows_skipped")] == [0, 0, 0, 0]
    assert not (projects["source_file"] == name).any()
    errors = issues[(issues["file"] == name) & (issues["severity"] == "error")]
    assert len(errors) >= 1
    for message in errors["message"]:
        assert name in message
    joined = " ".join(errors["message"]).lower()
    for word in words:
        assert word.lower() in joined, f"{word!r} not in {joined!r}"


# ------------------------------------------------------------------------------------------ broken files


def test_zero_byte_xlsx_is_refused_and_the_next_file_loads(tmp_path):
    bad = tmp_path / "eu.xlsx"
    bad.write_bytes(b"")
    refused(bad, "empty")
    assert_failed_beside_good(tmp_path / "raw", "eu.xlsx", b"", "empty")


@pytest.mark.parametrize("keep", [100, 0.5, -30], ids=["first-100-bytes", "half", "all-but-the-end"])
def test_truncated_xlsx_is_refused_and_the_next_file_loads(tmp_path, keep):
    whole = good_xlsx()
    cut = whole[: int(len(whole) * keep)] if isinstance(keep, float) else whole[:keep]
    assert 0 < len(cut) < len(whole)
    bad = tmp_path / "eu.xlsx"
    bad.write_bytes(cut)
    refused(bad)
    assert_failed_beside_good(tmp_path / "raw", "eu.xlsx", cut)


def test_password_protected_workbook_says_password_protected(tmp_path):
    content = encrypted_ooxml_bytes()
    bad = tmp_path / "osce.xlsx"
    bad.write_bytes(content)
    refused(bad, "password-protected")
    assert_failed_beside_good(tmp_path / "raw", "osce.xlsx", content, "password-protected")


def test_password_protected_workbook_named_xls_says_password_protected(tmp_path):
    bad = tmp_path / "osce.xls"
    bad.write_bytes(encrypted_ooxml_bytes())
    refused(bad, "password-protected")


@pytest.mark.parametrize(
    "page",
    [
        b"<html><body><p>Your session expired. Please sign in.</p></body></html>",
        b"\r\n\r\n<!DOCTYPE html>\n<html><head><meta charset='utf-8'></head><body><table></table></body></html>",
        b"<html><body><table><tr><td> </td><td>&nbsp;</td></tr></table></body></html>",
    ],
    ids=["no-table", "doctype-after-blank-lines", "empty-cells"],
)
def test_html_page_with_no_table_of_data_named_xls_is_refused_naming_html(tmp_path, page):
    bad = tmp_path / "giz.xls"
    bad.write_bytes(page)
    refused(bad, "HTML")
    assert_failed_beside_good(tmp_path / "raw", "giz.xls", page, "HTML")


@pytest.mark.parametrize(
    "page",
    [
        b"<html><body><table><tr><td>Title</td><td>Budget</td></tr><tr><td>Radios</td><td>10</td></tr></table>"
        b"</body></html>",
        b'<table border="1"><tr><td>Title</td><td>Budget</td></tr><tr><td>Radios</td><td>10</td></tr></table>',
    ],
    ids=["html", "bare-table"],
)
def test_html_table_named_xls_is_read_as_excel_shows_it(tmp_path, page):
    """A web system's "Excel" export is an HTML table: Excel opens it as a sheet, and so does the reader."""
    path = tmp_path / "giz.xls"
    path.write_bytes(page)
    (grid,) = read_submission(path)
    assert grid.rows == [["Title", "Budget"], ["Radios", "10"]]
    assert "web page (HTML)" in grid.meta["said"]


def test_tab_separated_text_named_xls_is_read_as_text_with_a_warning(tmp_path):
    content = "Title\tPartner\tBeneficiary\tPeriod\tBudget, EUR\nRadios for patrols\tOSCE\tNPU\t2021\t1000\n"
    bad = tmp_path / "osce.xls"
    bad.write_bytes(content.encode("utf-8"))
    grids = read_submission(bad)
    assert len(grids) == 1
    assert grids[0].rows == [
        ["Title", "Partner", "Beneficiary", "Period", "Budget, EUR"],
        ["Radios for patrols", "OSCE", "NPU", "2021", "1000"],
    ]

    projects, issues, entry = load_beside_good(tmp_path / "raw", "osce.xls", content.encode("utf-8"))
    assert entry["status"] == "loaded"
    assert (entry["rows_read"], entry["rows_loaded"]) == (1, 1)
    mine = projects[projects["source_file"] == "osce.xls"]
    assert mine["title"].tolist() == ["Radios for patrols"]
    assert mine["amount"].tolist() == [1000.0]
    warnings = issues[(issues["file"] == "osce.xls") & (issues["severity"] == "warning")]
    assert warnings["message"].str.contains("text").any(), warnings["message"].tolist()


# ------------------------------------------------------------------------------------------ hostile files

# A "billion laughs": nine levels of ten references each would expand to 10**9 copies of "lol".
_LAUGHS = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE lolz [<!ENTITY lol0 "lol">'
    + "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
    + "]>\n"
)


def _laughing_workbook(part: str, prolog: str = _LAUGHS) -> bytes:
    """A workbook whose sheet or shared strings declare the entities and use the biggest one."""
    if part == "sheet":
        rows = [row[:] for row in ROWS] + [["&lol9;", "EU", "NPU", "2021", 1]]
        sheet = sheet_xml(rows, prolog=prolog).replace(b"&amp;lol9;", b"&lol9;")
        return xlsx_bytes(sheet)
    shared = prolog + f'<sst xmlns="{_NS}" count="1" uniqueCount="1"><si><t>&lol9;</t></si></sst>'
    sheet = sheet_xml(ROWS + [[None, "EU", "NPU", "2021", 1]]).replace(
        b'<row r="5">', b'<row r="5"><c r="A5" t="s"><v>0</v></c>'
    )
    return xlsx_bytes(sheet, shared)


@pytest.mark.parametrize("part", ["sheet", "shared-strings"])
def test_xml_entity_expansion_is_refused_quickly(tmp_path, part):
    content = _laughing_workbook(part)
    bad = tmp_path / "eu.xlsx"
    bad.write_bytes(content)
    started = time.perf_counter()
    error = refused(bad, "entit")
    assert time.perf_counter() - started < 5
    assert error.kind == "hostile"
    assert_failed_beside_good(tmp_path / "raw", "eu.xlsx", content, "entit")


def test_xml_entities_declared_after_a_long_comment_do_not_expand(tmp_path):
    prolog = '<?xml version="1.0" encoding="UTF-8"?>\n<!--' + "x" * 8000 + "-->\n" + _LAUGHS.split("\n", 1)[1]
    content = _laughing_workbook("shared-strings", prolog)
    bad = tmp_path / "eu.xlsx"
    bad.write_bytes(content)
    started = time.perf_counter()
    refused(bad)
    assert time.perf_counter() - started < 5


def test_decompression_bomb_over_the_size_limit_is_refused_before_reading(tmp_path, monkeypatch):
    monkeypatch.setattr(config, "MAX_UNCOMPRESSED_BYTES", 2**20)
    content = xlsx_bytes(sheet_xml(ROWS, padding=b" " * (2 * 2**20)))
    assert len(content) < 20_000  # a small file that would unpack to 2 MB, twice the (patched) limit
    bad = tmp_path / "eu.xlsx"
    bad.write_bytes(content)
    error = refused(bad, "refused")
    assert error.kind == "hostile"
    assert_failed_beside_good(tmp_path / "raw", "eu.xlsx", content, "refused")


def _member_ratio(content: bytes, name: str = "xl/worksheets/sheet1.xml") -> float:
    info = zipfile.ZipFile(io.BytesIO(content)).getinfo(name)
    return info.file_size / info.compress_size


def test_part_with_a_high_compression_ratio_is_refused_before_reading(tmp_path):
    content = xlsx_bytes(sheet_xml(ROWS, padding=b" " * (11 * 2**20)))
    assert _member_ratio(content) > config.MAX_COMPRESSION_RATIO  # 11 MB of spaces shrink about 1000 times
    bad = tmp_path / "eu.xlsx"
    bad.write_bytes(content)
    error = refused(bad, "refused")
    assert error.kind == "hostile"
    assert_failed_beside_good(tmp_path / "raw", "eu.xlsx", content, "refused")


def test_compression_ratio_limit_comes_from_config(tmp_path, monkeypatch):
    rng = random.Random(2021)
    padding = "".join(" " * 100 + str(rng.randrange(10**6)) for _ in range(11 * 2**20 // 106)).encode()
    content = xlsx_bytes(sheet_xml(ROWS, padding=padding))
    ratio = _member_ratio(content)
    assert 10 < ratio < config.MAX_COMPRESSION_RATIO
    bad = tmp_path / "eu.xlsx"
    bad.write_bytes(content)
    assert len(read_submission(bad)[0].rows) == 4  # under the shipped limit it is an ordinary workbook
    monkeypatch.setattr(config, "MAX_COMPRESSION_RATIO", 10)
    error = refused(bad, "refused")
    assert error.kind == "hostile"


def _lying_sizes(content: bytes, name: str, declared: int) -> bytes:
    """Rewrite a part's uncompressed size in its local header and central directory entry."""
    data = bytearray(content)
    info = zipfile.ZipFile(io.BytesIO(content)).getinfo(name)
    assert data[info.header_offset : info.header_offset + 4] == b"PK\x03\x04"
    struct.pack_into("<I", data, info.header_offset + 22, declared)
    start = data.find(b"PK\x01\x02")
    while start != -1:
        length = struct.unpack_from("<H", data, start + 28)[0]
        if bytes(data[start + 46 : start + 46 + length]) == name.encode():
            struct.pack_into("<I", data, start + 24, declared)
        start = data.find(b"PK\x01\x02", start + 4)
    return bytes(data)


def test_part_that_inflates_beyond_its_declared_size_is_refused(tmp_path):
    # A bomb that lies: the directory says 5,000 bytes, the stream inflates to 2 MB.
    honest = xlsx_bytes(sheet_xml(ROWS, padding=b" " * (2 * 2**20)))
    content = _lying_sizes(honest, "xl/worksheets/sheet1.xml", 5000)
    bad = tmp_path / "eu.xlsx"
    bad.write_bytes(content)
    refused(bad)
    assert_failed_beside_good(tmp_path / "raw", "eu.xlsx", content)


def test_million_row_dimension_with_three_rows_loads(tmp_path):
    content = xlsx_bytes(sheet_xml(ROWS, dimension="A1:XFD1048576"))
    path = tmp_path / "eu.xlsx"
    path.write_bytes(content)
    grids = read_submission(path)
    assert [g.sheet for g in grids] == ["Projects"]
    assert len(grids[0].rows) == 4
    assert grids[0].rows[1] == ["Mobile border patrols", "EU", "SBGS", "2021", 300000.0]

    projects, issues, entry = load_beside_good(tmp_path / "raw", "eu.xlsx", content)
    assert entry["status"] == "loaded"
    assert [entry[k] for k in ("rows_read", "rows_loaded", "rows_rejected", "rows_skipped")] == [3, 3, 0, 0]
    mine = projects[projects["source_file"] == "eu.xlsx"].sort_values("source_row")
    assert mine["title"].tolist() == ["Mobile border patrols", "Custody records", "Shelters for survivors"]
    assert mine["source_row"].tolist() == [2, 3, 4]
    assert mine["amount"].tolist() == [300000.0, 150000.0, 50000.0]


_FAR_CELL = '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'
_READ_CLIPPED_IN_CHILD = (
    "import resource, sys\n"
    "from mtd_analysis.ingest.read import read_submission\n"
    "(grid,) = read_submission(sys.argv[1])\n"
    # VmHWM: ru_maxrss of an exec'd child keeps the pytest process's peak on Linux
    "peak_kb = next(int(line.split()[1]) for line in open('/proc/self/status') if line.startswith('VmHWM'))\n"
    "print(len(grid.rows), peak_kb // 1024)\n"
    "print(grid.meta['clipped'])\n"
)


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="peak memory read from /proc")
def test_a_stray_cell_at_xfd1048576_is_left_out_with_a_warning_and_the_table_loads(tmp_path):
    content = xlsx_bytes(sheet_xml(ROWS, extra_rows=_FAR_CELL))
    bad = tmp_path / "eu.xlsx"
    bad.write_bytes(content)
    # in a child process: handed to the spreadsheet engine, such a sheet takes gigabytes
    child = subprocess.run(
        [sys.executable, "-c", _READ_CLIPPED_IN_CHILD, str(bad)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert child.returncode == 0, child.stderr[-2000:]
    counts, note = child.stdout.splitlines()[:2]
    n_rows, peak_mb = (int(v) for v in counts.split())
    assert n_rows == len(ROWS)  # the table, not a million empty rows down to the stray cell
    assert peak_mb < 300, peak_mb
    assert_sentence(note)
    assert "XFD1048576" in note and "not read" in note

    projects, issues, entry = load_beside_good(tmp_path / "raw", "eu.xlsx", content)
    assert entry["status"] == "loaded" and (entry["rows_read"], entry["rows_loaded"]) == (3, 3)
    assert sorted(projects.loc[projects["source_file"] == "eu.xlsx", "title"]) == sorted(
        r[0] for r in ROWS[1:]
    )
    warned = issues[
        (issues["file"] == "eu.xlsx") & (issues["severity"] == "warning") & (issues["kind"] == "sheet")
    ]
    assert warned["message"].str.contains("XFD1048576").any(), warned["message"].tolist()


def test_a_sheet_whose_cells_run_down_a_million_rows_is_refused_before_parsing(tmp_path):
    # a cell every 5,000 rows: no gap wide enough to call them stray, so the sheet is too tall to read
    far = "".join(f'<row r="{r}"><c r="A{r}"><v>1</v></c></row>' for r in range(5000, 1_000_001, 5000))
    content = xlsx_bytes(sheet_xml(ROWS, extra_rows=far))
    with pytest.raises(SubmissionError) as refused:
        read_submission(_written(tmp_path / "tall.xlsx", content))
    assert refused.value.kind == "hostile"
    assert_sentence(refused.value.message)
    assert re.search(r"1,?000,?000", refused.value.message), refused.value.message
    assert_failed_beside_good(tmp_path / "raw", "tall.xlsx", content, "refused")


def _written(path: Path, content: bytes) -> Path:
    path.write_bytes(content)
    return path


# ------------------------------------------------------------------------------------------ rows and cells


def test_ragged_csv_rows_load_and_extra_cells_are_named(tmp_path):
    content = (
        "Title,Partner,Beneficiary,Period,Budget EUR\n"
        "Radios,UNDP,NPU,2021,1000\n"
        "Cars,UNDP,SBGS\n"
        "Boats,UNDP,SBGS,2021,2000,spare engines,night vision\n"
        "Dogs,UNDP,SBGS,2022,3000\n"
    )
    path = tmp_path / "ragged.csv"
    path.write_text(content, encoding="utf-8")
    grid = read_submission(path)[0]
    assert [len(row) for row in grid.rows] == [5, 5, 3, 7, 5]

    folder = tmp_path / "raw"
    folder.mkdir()
    (folder / "ragged.csv").write_text(content, encoding="utf-8")
    projects, issues, manifest = load_submissions(folder, workers=1)
    (entry,) = manifest["files"]
    assert [entry[k] for k in ("rows_read", "rows_loaded", "rows_rejected", "rows_skipped")] == [4, 4, 0, 0]
    by_row = projects.set_index("source_row")
    assert by_row.loc[2, "title"] == "Radios"
    assert by_row.loc[3, "title"] == "Cars"
    assert by_row.loc[4, ["title", "amount"]].tolist() == ["Boats", 2000.0]  # the extra cells change nothing
    assert by_row.loc[5, ["title", "amount"]].tolist() == ["Dogs", 3000.0]
    assert by_row.loc[3, "amount"] != by_row.loc[3, "amount"]  # NaN: the short row has no amount

    short = issues[(issues["row"] == 3) & (issues["severity"] == "warning")]
    assert short["message"].str.contains("amount").any(), short["message"].tolist()
    extra = issues[(issues["severity"] == "warning") & issues["message"].str.contains("F4")]
    assert len(extra) >= 1, issues["message"].tolist()
    assert extra["message"].str.contains("G4").all()


FORMULA_CSV = (
    "Title,Partner,Beneficiary,Period,Budget EUR,Description\n"
    '"=HYPERLINK(""http://x"",""click"")",OSCE,NPU,2021,1000,=1+2\n'
    "+380 hotline,OSCE,NPU,2021,1000,@SUM(A1:A9)\n"
    "-minus training,OSCE,NPU,2021,1000,-2+3\n"
    "@cmd drills,OSCE,NPU,2021,1000,+A1\n"
)


def test_formula_like_cells_stay_text(tmp_path):
    folder = tmp_path / "raw"
    folder.mkdir()
    (folder / "osce.csv").write_text(FORMULA_CSV, encoding="utf-8")
    sheet = sheet_xml(ROWS + [["=2+3", "EU", "NPU", "2021", 10], ["@user training", "EU", "NPU", "2021", 20]])
    (folder / "eu.xlsx").write_bytes(xlsx_bytes(sheet))
    projects, issues, manifest = load_submissions(folder, workers=2)
    assert {e["file"]: e["status"] for e in manifest["files"]} == {"eu.xlsx": "loaded", "osce.csv": "loaded"}

    osce = projects[projects["source_file"] == "osce.csv"].sort_values("source_row")
    assert osce["title"].tolist() == [
        '=HYPERLINK("http://x","click")',
        "+380 hotline",
        "-minus training",
        "@cmd drills",
    ]
    assert osce["description"].tolist() == ["=1+2", "@SUM(A1:A9)", "-2+3", "+A1"]
    eu = projects[projects["source_file"] == "eu.xlsx"].sort_values("source_row")
    assert eu["title"].tolist()[-2:] == ["=2+3", "@user training"]
    assert eu["amount"].tolist()[-2:] == [10.0, 20.0]

    warned = issues[(issues["kind"] == "formula") & (issues["file"] == "osce.csv")]
    assert set(warned["column"]) >= {"A2", "A3", "A4", "A5", "F2", "F3", "F5"}
    assert (warned["severity"] == "warning").all()


# ------------------------------------------------------------------------------------------ not submissions


def test_lock_and_system_files_are_not_submissions(tmp_path):
    folder = tmp_path / "raw"
    folder.mkdir()
    (folder / GOOD_NAME).write_text(GOOD_CSV, encoding="utf-8")
    not_submissions = {
        "~$undp.xlsx": b"\x08Analyst" + bytes(150),
        ".~lock.eu.ods#": b"Analyst,host,01.03.2021 10:00;",
        ".DS_Store": b"\x00\x00\x00\x01Bud1" + bytes(64),
        "Thumbs.db": bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504),
        "desktop.ini": b"[.ShellClassInfo]\r\n",
    }
    for name, content in not_submissions.items():
        (folder / name).write_bytes(content)
        assert is_ignored(folder / name), name
    assert is_ignored(folder / GOOD_NAME) is None

    candidates, ignored = discover(folder)
    assert [p.name for p in candidates] == [GOOD_NAME]
    assert sorted(p.name for p, _ in ignored) == sorted(not_submissions)

    projects, issues, manifest = load_submissions(folder, workers=1)
    assert [e["file"] for e in manifest["files"]] == [GOOD_NAME]
    assert sorted(i["file"] for i in manifest["ignored"]) == sorted(not_submissions)
    assert len(projects) == 2
    assert not issues["file"].isin(list(not_submissions)).any()
    assert (issues["severity"] != "error").all()


def test_an_xls_declaring_cells_as_far_as_iv65536_is_refused_before_parsing(tmp_path):
    import xlwt

    book = xlwt.Workbook()
    sheet = book.add_sheet("Projects")
    for r, row in enumerate(ROWS):
        for c, value in enumerate(row):
            sheet.write(r, c, value)
    sheet.write(65535, 255, "stray")  # Excel 97's last cell: 16.7 million cells for the engine to hold
    path = tmp_path / "uk.xls"
    book.save(str(path))
    with pytest.raises(SubmissionError) as refused:
        read_submission(path)
    assert refused.value.kind == "hostile"
    assert_sentence(refused.value.message)
    assert re.search(r"65,?536", refused.value.message), refused.value.message


def test_a_text_export_with_more_lines_than_the_bound_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(config, "MAX_SHEET_ROWS", 50)
    path = tmp_path / "eu.csv"
    path.write_text("Title,Budget\n" + "".join(f"Project {n},{n}\n" for n in range(60)), encoding="utf-8")
    with pytest.raises(SubmissionError) as refused:
        read_submission(path)
    assert refused.value.kind == "hostile" and "split it" in refused.value.message
    path.write_text("Title,Budget\n" + "".join(f"Project {n},{n}\n" for n in range(40)), encoding="utf-8")
    assert len(read_submission(path)[0].rows) == 41
