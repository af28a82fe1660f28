"""Paths and defaults, in one place.

Every other module takes its paths and default settings from here, so that a
notebook or the CLI never spells ``../data``.

Examples
--------
>>> from mtd_analysis import config
>>> config.RAW_DATA_DIR.name, config.PROCESSED_DATA_DIR.name
('raw', 'processed')
>>> config.SAMPLE_DIR.relative_to(config.PROJ_ROOT).as_posix()
'data/raw/sample'
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

PROJ_ROOT = Path(__file__).resolve().parents[1]
PACKAGE_DATA_DIR = Path(__file__).resolve().parent / "reference" / "data"

DATA_DIR = PROJ_ROOT / "data"
RAW_DATA_DIR = DATA_DIR / "raw"
#: The invented sample ships inside the package too (a wheel has no data/raw): used when no checkout is around.
PACKAGED_SAMPLE_DIR = Path(__file__).resolve().parent / "sample"
SAMPLE_DIR = RAW_DATA_DIR / "sample" if (RAW_DATA_DIR / "sample").is_dir() else PACKAGED_SAMPLE_DIR
#: The sample's snapshots and the dates of the meetings they were prepared for.
SAMPLE_DATES = {"2021-03": "2021-03-15", "2021-06": "2021-06-10"}
PROCESSED_DATA_DIR = DATA_DIR / "processed"
EXTERNAL_DATA_DIR = DATA_DIR / "external"  # third-party data the analyst fetched (cookiecutter-data-science)
SAMPLE_OUT_DIR = PROCESSED_DATA_DIR / "sample"
REPORTS_DIR = PROJ_ROOT / "reports"
FIGURES_DIR = REPORTS_DIR / "figures"
NOTEBOOKS_DIR = PROJ_ROOT / "notebooks"

# Shipped reference data (edited without touching code).
COLUMN_ALIASES_FILE = PACKAGE_DATA_DIR / "column_aliases.csv"
AGENCIES_FILE = PACKAGE_DATA_DIR / "agencies.csv"
CURRENCIES_FILE = PACKAGE_DATA_DIR / "currencies.csv"
PARTNERS_FILE = PACKAGE_DATA_DIR / "partners.csv"
PRIORITIES_FILE = PACKAGE_DATA_DIR / "priorities_2021.csv"
RATES_FILE = PACKAGE_DATA_DIR / "nbu_rates_annual_mean.csv"
LABELS_FILE = PACKAGE_DATA_DIR / "labels.csv"
# The analyst's rates table, written by `mtd-analysis rates update`; laid over RATES_FILE when present.
EXTERNAL_RATES_FILE = EXTERNAL_DATA_DIR / "nbu_rates_annual_mean.csv"

# Files an analyst may place beside the submissions (read on every build).
OVERRIDES_NAME = "overrides.csv"
NEEDS_NAME = "needs.csv"
DECISIONS_NAME = "decisions.csv"
COLUMN_ALIASES_NAME = "column_aliases.csv"  # the analyst's own header words, added to the package's
SIDE_FILES = (OVERRIDES_NAME, NEEDS_NAME, DECISIONS_NAME, COLUMN_ALIASES_NAME)

# Defaults
DEFAULT_YEAR = 2021
DEFAULT_CURRENCY = "EUR"
VALID_YEARS = (2000, 2040)
CROWDED_PARTNERS = 4
CLASSIFIER_THRESHOLD = 0.5
OVERLAP_MIN_MONTHS = 1
OVERLAP_MAX_PER_PROJECT = 5
#: Least activity similarity of a likely duplicate: chosen on the tuning half of the labelled pairs
#: (benchmarks/overlaps_pairs.csv) by benchmarks/overlaps_calibration.py.
OVERLAP_LIKELY_THRESHOLD = 0.58
OVERLAP_WINDOW = 30  # projects compared with each one inside a crowded priority x agency block

# Safety limits for hostile input: refused before parsing.
MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES = 1024 * 1024 * 1024
MAX_COMPRESSION_RATIO = 200
# A sheet's extent (last row x last column holding a cell, repeats counted) beyond which it is not handed to the
# spreadsheet engine, which holds every cell of the extent in memory (about 32 bytes each): cells far outside
# the table are left out with a warning when that brings it within bounds, else the sheet or file is refused.
MAX_SHEET_CELLS = 5_000_000
MAX_SHEET_ROWS = 100_000  # rows of one sheet (repeats counted): far more than any partner's project list
# Cells separated from the rest of a sheet by more empty rows / columns than this are "far" (stray) cells.
FAR_CELL_GAP_ROWS = 10_000
FAR_CELL_GAP_COLUMNS = 1_000
# Reading workers share one memory budget: each may use READ_WORKER_MEMORY_MB beyond what it starts with
# (a hard limit on Linux), and no more run at once than the budget holds.
READ_MEMORY_BUDGET_MB = 1024
READ_WORKER_MEMORY_MB = 448
# One project's amount beyond this (in EUR, converted at the year's rate) is an error, kept out of the totals:
# well above the largest real ITA projects, so that a typo (1e15) or a formula error cannot fill the charts.
MAX_PROJECT_AMOUNT_EUR = 1_000_000_000
# An amount more than this many times the median of its file's amounts, and above OUTLIER_MIN_EUR, is warned about
# (counted all the same): real lists span two orders of magnitude, a unit applied twice spans three.
OUTLIER_TIMES_MEDIAN = 100
OUTLIER_MIN_EUR = 10_000_000
HEADER_SCAN_ROWS = 40
PARALLEL_MIN_FILES = 4


@lru_cache(maxsize=1)
def package_fingerprint() -> str:
    """A sha256 of the package's code and its reference data as installed, so that a finished build made by other
    code or other facts (a priority's keywords, a partner's alias edited in ``reference/data``) is not taken for
    current (see :func:`mtd_analysis.api.is_current`).

    Examples
    --------
    >>> len(package_fingerprint()), package_fingerprint() == package_fingerprint()
    (64, True)
    """
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.is_file() and path.suffix in (".py", ".csv", ".json") and "__pycache__" not in path.parts:
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()
