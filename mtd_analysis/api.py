"""The analyst's front door: a build as one object, loaded from its folder or built from the raw files::

    import mtd_analysis
    b = mtd_analysis.load("data/processed/sample/2021-06")
    b                      # in a notebook: snapshot, files, funding per subgroup, orphans, worst problems
    b.projects_of("EU")

:func:`load` reads a finished build folder (every table, schema-checked);
:func:`build` runs the pipeline (:func:`mtd_analysis.build.build`) and returns
the same :class:`Build`; :func:`open_build` loads a build when it is there and
up to date with the raw files, and builds it in memory otherwise (what the
notebooks call). Every table is a DataFrame attribute; the views of
:mod:`mtd_analysis.analysis.views` and the findings are methods.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import tempfile
from pathlib import Path

import pandas as pd

from mtd_analysis import __version__, config, schema, store

#: The tables of a build folder, by attribute name (``None`` when the folder lacks an optional one).
TABLES = ("projects", "issues", "allocations", "coverage", "subgroups", "overlaps", "duplication", "quality")
REQUIRED = ("projects", "issues", "allocations", "coverage")


class BuildFolderError(FileNotFoundError):
    """A folder is not a finished build (a table or the manifest is missing)."""


@dataclasses.dataclass
class Build:
    """A build: every table as a DataFrame, the manifest, and the reference tables it used.

    Attributes
    ----------
    projects, issues, allocations, coverage, subgroups, overlaps, duplication, quality : DataFrame
        The build's tables (see :mod:`mtd_analysis.schema`); ``None`` for an optional table the folder lacks.
    manifest : dict
        ``manifest.json``: files read and ignored, totals, options.
    priorities : DataFrame
        The priority list the build used (names in English and Ukrainian).
    reference : dict
        The reference tables the build recorded (``priorities``, ``rates``, ``column_aliases``, ``partners``).
    out_dir : Path or None
        The folder it was read from or written to (None for a build kept in memory).
    lang : {"en", "uk"}
        Language of the notebook display and of :meth:`briefing`.
    """

    projects: pd.DataFrame
    issues: pd.DataFrame
    manifest: dict
    allocations: pd.DataFrame
    coverage: pd.DataFrame
    subgroups: pd.DataFrame | None = None
    overlaps: pd.DataFrame | None = None
    duplication: pd.DataFrame | None = None
    quality: pd.DataFrame | None = None
    priorities: pd.DataFrame | None = None
    reference: dict = dataclasses.field(default_factory=dict)
    out_dir: Path | None = None
    lang: str = "en"

    # ------------------------------------------------------------------ facts of the build
    @property
    def year(self) -> int:
        """The year under discussion."""
        return int(
            self.manifest.get("year") or self.manifest.get("options", {}).get("year") or config.DEFAULT_YEAR
        )

    @property
    def currency(self) -> str:
        """The reporting currency (ISO code)."""
        return str(self.manifest.get("currency") or config.DEFAULT_CURRENCY)

    @property
    def snapshot(self) -> str:
        """The snapshot's name (its submissions folder)."""
        return str(self.manifest.get("snapshot", ""))

    @property
    def files(self) -> pd.DataFrame:
        """One row per file found: status, language, rows read, loaded, rejected and skipped."""
        columns = ["file", "status", "lang", "rows_read", "rows_loaded", "rows_rejected", "rows_skipped"]
        return pd.DataFrame(self.manifest.get("files", []), columns=columns)

    def priority_names(self, lang: str | None = None) -> dict[str, str]:
        """Priority code -> name in ``lang`` (default: the build's ``lang``)."""
        from mtd_analysis.outputs.report import priority_names

        return priority_names(self.coverage, lang or self.lang, self.priorities)

    def with_lang(self, lang: str) -> Build:
        """The same build, displayed in another language (``"en"`` or ``"uk"``)."""
        from mtd_analysis.outputs.charts import label

        label("chart.empty", lang)  # refuses an unknown language
        return dataclasses.replace(self, lang=lang)

    # ------------------------------------------------------------------ views
    def funding_by_partner_priority(
        self, year: int | None = None, subgroup: str | None = None
    ) -> pd.DataFrame:
        """Partners x priorities, money in the build's currency (default year: the build's)."""
        from mtd_analysis.analysis import views

        return views.funding_by_partner_priority(self.allocations, self.projects, year or self.year, subgroup)

    def funding_by_agency(self, year: int | None = None) -> pd.DataFrame:
        """Funding per beneficiary agency (default year: the build's)."""
        from mtd_analysis.analysis import views

        return views.funding_by_agency(self.allocations, self.projects, year or self.year)

    def projects_ending_before(self, date: str, since: str | None = None) -> pd.DataFrame:
        """Projects ending before ``date`` (ISO), soonest first."""
        from mtd_analysis.analysis import views

        return views.projects_ending_before(self.projects, date, since=since)

    def projects_of(self, partner: str) -> pd.DataFrame:
        """The projects of one partner."""
        from mtd_analysis.analysis import views

        return views.projects_of(self.projects, partner)

    def evidence(self, project_id: str) -> pd.DataFrame:
        """Why a project sits under its priorities, and the cells it was read from."""
        from mtd_analysis.analysis import views

        return views.mapping_evidence(self.allocations, project_id, self.projects)

    # ------------------------------------------------------------------ findings
    def next_meeting(self, months: int = 3) -> str | None:
        """The date ``months`` after the snapshot's date (None when the build has no date)."""
        day = pd.to_datetime(self.manifest.get("date"), errors="coerce", format="%Y-%m-%d")
        return None if pd.isna(day) else (day + pd.DateOffset(months=months)).strftime("%Y-%m-%d")

    def findings(self, until: str | None = None) -> pd.DataFrame:
        """The findings as figures (:func:`mtd_analysis.analysis.findings.findings`)."""
        from mtd_analysis.analysis.findings import findings

        return findings(
            self.coverage,
            year=self.year,
            projects=self.projects,
            overlaps=self.overlaps,
            quality=self.quality,
            files=self.files,
            since=self.manifest.get("date"),
            until=until or self.next_meeting(),
        )

    def briefing(self, lang: str | None = None, until: str | None = None):
        """The findings in words (Markdown), in ``lang`` (default: the build's)."""
        from mtd_analysis.outputs.findings import briefing

        lang = lang or self.lang
        titles = dict(zip(self.projects["project_id"], self.projects["title"], strict=True))
        return briefing(
            self.findings(until),
            lang,
            year=self.year,
            snapshot=self.snapshot,
            sample=bool(self.manifest.get("sample")),
            priority_names=self.priority_names(lang),
            titles=titles,
        )

    # ------------------------------------------------------------------ notebook display
    def _repr_html_(self) -> str:
        from mtd_analysis.outputs.display import summary_html

        return summary_html(
            self.manifest,
            subgroups=self.subgroups,
            coverage=self.coverage,
            issues=self.issues,
            lang=self.lang,
            priority_names=self.priority_names(),
        )

    def __repr__(self) -> str:
        t = self.manifest.get("totals", {})
        return (
            f"<Build {self.snapshot!r} year={self.year} currency={self.currency}: {t.get('files', 0)} files, "
            f"{len(self.projects)} projects, {len(self.issues)} issues>"
        )


def load(out_dir: str | os.PathLike, *, lang: str = "en") -> Build:
    """Load a finished build folder: every table as a DataFrame, schema-checked.

    Reads the folder with :func:`mtd_analysis.store.load_build` (each table checked against its schema in
    :mod:`mtd_analysis.schema`, the reference tables the build used checked against the manifest).

    Parameters
    ----------
    out_dir : path-like
        A folder written by ``mtd-analysis build`` (or :func:`build` with ``out_dir``).
    lang : {"en", "uk"}
        Language of the notebook display and the briefing.

    Returns
    -------
    Build

    Raises
    ------
    BuildFolderError
        When the manifest or a required table is missing, or a table does not match its schema.

    Examples
    --------
    >>> import tempfile
    >>> load(tempfile.mkdtemp())
    Traceback (most recent call last):
    ...
    mtd_analysis.api.BuildFolderError: manifest.json is missing from the build folder ...: run the build first
    """
    folder = Path(out_dir)
    try:
        stored = store.load_build(folder)
    except FileNotFoundError as exc:
        raise BuildFolderError(str(exc)) from None
    except schema.TableError as exc:
        raise BuildFolderError(f"{folder.name}: {exc}") from None
    missing = [f"{name}.csv" for name in REQUIRED if name not in stored.tables]
    if missing:
        raise BuildFolderError(
            f"{', '.join(missing)} missing from the build folder {folder.name!r}: run the build first"
        )
    tables = {name: stored.tables.get(name) for name in TABLES}
    priorities = stored.reference.get("priorities")
    return Build(
        **tables,
        manifest=stored.manifest,
        priorities=priorities if priorities is not None else _priorities(stored.manifest),
        reference=stored.reference,
        out_dir=folder,
        lang=lang,
    )


def _priorities(manifest: dict) -> pd.DataFrame | None:
    from mtd_analysis.analysis.priorities import load_priorities

    used = manifest.get("options", {}).get("priorities")
    return load_priorities() if used in (None, config.PRIORITIES_FILE.name) else None


def build(
    raw_dir: str | os.PathLike, out_dir: str | os.PathLike | None = None, *, lang: str = "en", **options
) -> Build:
    """Build a folder of partner submissions and return the :class:`Build` (written too when ``out_dir``).

    The tables come back as :func:`load` reads them (through the build folder's files, a temporary one when
    ``out_dir`` is None), so that a build made now and one loaded later are the same object: same types,
    same missing values, same schema checks.

    Parameters
    ----------
    raw_dir : path-like
        The partner files (never modified).
    out_dir : path-like, optional
        Where to write the tables; nothing is kept on disk when None.
    lang : {"en", "uk"}
    **options
        Passed to :func:`mtd_analysis.build.build`: ``year``, ``currency``, ``date``, ``priorities``,
        ``rates``, ``needs``, ``decisions``, ``workers`` ...

    Returns
    -------
    Build
    """
    from mtd_analysis.analysis.priorities import load_priorities
    from mtd_analysis.build import build as run_build

    priorities = load_priorities(options.get("priorities"))
    if out_dir is not None:
        run_build(Path(raw_dir), Path(out_dir), **options)
        return dataclasses.replace(load(out_dir, lang=lang), priorities=priorities)
    with tempfile.TemporaryDirectory(prefix="mtd-build-") as folder:
        run_build(Path(raw_dir), Path(folder), **options)
        made = load(folder, lang=lang)
    return dataclasses.replace(made, out_dir=None, priorities=priorities)


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def is_current(out_dir: str | os.PathLike, raw_dir: str | os.PathLike) -> bool:
    """True when ``out_dir`` holds a build of exactly the files now in ``raw_dir`` by this version of the code and
    its reference data (:func:`mtd_analysis.config.package_fingerprint`).

    The files the manifest lists must be there with the same contents (sha256), and no submission may
    have been added; side files (``needs.csv``, ``decisions.csv``, ``overrides.csv``) are compared too.

    Examples
    --------
    >>> import tempfile
    >>> is_current(tempfile.mkdtemp(), tempfile.mkdtemp())
    False
    """
    from mtd_analysis.ingest.read import discover

    out, raw = Path(out_dir), Path(raw_dir)
    try:
        manifest = store.read_manifest(out)
    except (FileNotFoundError, ValueError):
        return False
    if manifest.get("version") != __version__ or not raw.is_dir():
        return False
    if manifest.get("package") != config.package_fingerprint():
        return False  # made by other code or other reference data (a lexicon or an alias edited since)
    listed = {f["file"]: f.get("sha256") for f in manifest.get("files", [])}
    found, _ = discover(raw)
    if sorted(p.relative_to(raw).as_posix() for p in found) != sorted(listed):
        return False
    if any(_sha256(raw / name) != digest for name, digest in listed.items()):
        return False
    side = {
        "needs": config.NEEDS_NAME,
        "decisions": config.DECISIONS_NAME,
        "overrides": config.OVERRIDES_NAME,
    }
    used = manifest.get("options", {})
    return all((used.get(key) is not None) == (raw / name).is_file() for key, name in side.items()) and all(
        (raw / name).stat().st_mtime <= (out / "manifest.json").stat().st_mtime
        for name in side.values()
        if (raw / name).is_file()
    )


def open_build(
    raw_dir: str | os.PathLike | None = None,
    out_dir: str | os.PathLike | None = None,
    *,
    snapshot: str = "2021-06",
    lang: str = "en",
    **options,
) -> Build:
    """Load the finished build in ``out_dir`` when it is current (:func:`is_current`) and fits today's
    schemas, else build in memory.

    What the notebooks call: after ``make demo`` they read the finished build; in a fresh clone, after a
    plain ``pip install``, or when the raw files changed, they build it without writing anything.

    Parameters
    ----------
    raw_dir : path-like, optional
        The partner files; default: the invented sample's ``snapshot`` (shipped with the package), whose
        build folder is ``out_dir``'s default and whose meeting date is ``date``'s default.
    out_dir : path-like, optional
        A finished build of ``raw_dir``.
    snapshot : str
        The sample's snapshot used when ``raw_dir`` is None (see :data:`mtd_analysis.config.SAMPLE_DATES`).
    lang : {"en", "uk"}
    **options
        For :func:`build` (``year``, ``date`` ...); a finished build made with other options is not used.
        ``None`` values are left out.
    """
    options = {k: v for k, v in options.items() if v is not None}
    if raw_dir is None:
        if snapshot not in config.SAMPLE_DATES:
            raise ValueError(f"the sample has the snapshots {list(config.SAMPLE_DATES)}, not {snapshot!r}")
        raw_dir = config.SAMPLE_DIR / snapshot
        out_dir = out_dir or config.SAMPLE_OUT_DIR / snapshot
        options.setdefault("date", config.SAMPLE_DATES[snapshot])
    if out_dir is not None and is_current(out_dir, raw_dir):
        try:
            found = load(out_dir, lang=lang)
        except BuildFolderError:  # made by an older version of the tables: build again
            found = None
        made = {**found.manifest.get("options", {}), "date": found.manifest.get("date")} if found else {}
        wanted = {k: (v.upper() if k == "currency" else v) for k, v in options.items()}
        if found is not None and all(made.get(k) == v for k, v in wanted.items() if k in made):
            return found
    return build(raw_dir, None, lang=lang, **options)


def notebook_lang(default: str = "en") -> str:
    """The language a notebook speaks: ``MTD_ANALYSIS_LANG`` when set (``en`` or ``uk``), else ``default``.

    The locale's ``LANG`` is not read: a notebook's saved outputs must not change with the machine that
    validates it. Choose the language with ``MTD_ANALYSIS_LANG=uk`` or papermill's ``-p LANG uk``.

    Examples
    --------
    >>> notebook_lang("en") in ("en", "uk")
    True
    """
    lang = os.environ.get("MTD_ANALYSIS_LANG", "").strip().lower() or default
    return lang if lang in ("en", "uk") else default
