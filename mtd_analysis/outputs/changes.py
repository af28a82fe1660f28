"""What changed between two build folders, written out: ``diff.csv``, ``diff_funding.csv``, ``diff.png``.

The comparison itself is :mod:`mtd_analysis.analysis.diff`; this module reads two build folders,
runs it and writes its tables and the funding-change chart.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from mtd_analysis.analysis.diff import diff_builds
from mtd_analysis.schema import check_table
from mtd_analysis.store import (
    load_build,
    output_lock,
    read_manifest,
    read_table,
    staged_folder,
    write_bytes,
    write_csv,
)


def _read_build(out_dir: Path) -> tuple[pd.DataFrame, pd.DataFrame | None, dict]:
    if (Path(out_dir) / "manifest.json").is_file() and (Path(out_dir) / "projects.csv").is_file():
        build = load_build(out_dir)  # a build folder: every table checked against its schema
        return build["projects"], build.get("allocations"), build.manifest
    projects = read_table(out_dir, "projects.csv")
    allocations = (
        read_table(out_dir, "allocations.csv") if (Path(out_dir) / "allocations.csv").is_file() else None
    )
    manifest = read_manifest(out_dir) if (Path(out_dir) / "manifest.json").is_file() else {}
    return projects, allocations, manifest


def _build_currency(manifest: dict, allocations: pd.DataFrame | None) -> str:
    if manifest.get("currency"):
        return str(manifest["currency"]).upper()
    if allocations is not None:
        money = sorted(c for c in allocations.columns if c.startswith("amount_") and len(c) == 10)
        if money:
            return money[0].removeprefix("amount_").upper()
    return "EUR"


def diff_dirs(old_out: str | Path, new_out: str | Path, to: str | Path | None = None) -> pd.DataFrame:
    """Compare two build folders; write ``diff.csv``, ``diff_funding.csv`` and ``diff.png``.

    Parameters
    ----------
    old_out, new_out : path
        Build folders (``projects.csv``; ``allocations.csv`` and ``manifest.json`` when present).
        The snapshot year and currency come from the new build's manifest (``year``, ``currency``).
    to : path, optional
        Folder to write into (default ``new_out``). Into a build folder, the files are added beside its
        tables (each atomically, holding the folder's lock); any other folder is replaced as a whole.

    Returns
    -------
    DataFrame
        The project changes (see :func:`project_changes`).

    Raises
    ------
    FileNotFoundError
        When a folder has no ``projects.csv``.

    Examples
    --------
    >>> import tempfile, pathlib, pandas as pd
    >>> root = pathlib.Path(tempfile.mkdtemp())
    >>> for name, amount in (("old", 1.0), ("new", 2.0)):
    ...     (root / name).mkdir()
    ...     pd.DataFrame({"project_id": ["A"], "partner": ["EU"], "title": ["T"],
    ...                   "amount": [amount]}).to_csv(root / name / "projects.csv", index=False)
    >>> diff_dirs(root / "old", root / "new")["change"].tolist()
    ['changed']
    >>> sorted(p.name for p in (root / "new").glob("diff*"))
    ['diff.csv', 'diff.png', 'diff_funding.csv']
    """
    old_projects, old_alloc, _ = _read_build(Path(old_out))
    new_projects, new_alloc, manifest = _read_build(Path(new_out))
    year = manifest.get("year")
    year = int(year) if year is not None and str(year).isdigit() else None
    currency = _build_currency(manifest, new_alloc)
    changes, funding = diff_builds(
        old_projects, new_projects, old_alloc, new_alloc, year=year, currency=currency
    )

    target = Path(to) if to is not None else Path(new_out)
    check_table(changes, "diff", "diff.csv")
    check_table(funding, "diff_funding", "diff_funding.csv")
    png = _chart_png(funding, currency, bool(manifest.get("sample")), manifest.get("snapshot"))
    # into a build folder: beside its tables, while holding its lock; elsewhere: a whole folder of its own
    into_build = (target / "manifest.json").is_file() or (target / "projects.csv").is_file()
    with output_lock(target) if into_build else staged_folder(target, "diff") as staging:
        folder: Path = target if into_build or staging is None else staging
        write_csv(changes, folder / "diff.csv")
        write_csv(funding, folder / "diff_funding.csv")
        write_bytes(folder / "diff.png", png)
    return changes


def _chart_png(
    funding: pd.DataFrame, currency: str, sample: bool = False, snapshot: str | None = None
) -> bytes:
    """The funding-change chart (the chart module's ``diff_chart``, slide size) as PNG bytes."""
    import io

    from mtd_analysis.analysis.priorities import priority_labels
    from mtd_analysis.outputs import charts

    footnote = charts.Footnote(snapshot=snapshot, sample=sample)
    names = priority_labels(lang="en")
    fig = charts.diff_chart(funding, currency=currency, footnote=footnote, priority_names=names)
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=100, metadata={"Software": None})
    return buffer.getvalue()
