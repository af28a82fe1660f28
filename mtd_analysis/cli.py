"""The ``mtd-analysis`` command: a thin layer over the library's functions.

Heavy modules (pandas, matplotlib) are imported inside the commands, so that
``mtd-analysis --help`` answers at once. Bad input never shows a traceback:
library errors become one sentence and exit status 2.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from mtd_analysis import __version__, config

EXIT_OK, EXIT_STRICT, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mtd-analysis",
        description="Aid-gap analysis of international technical assistance (МТД) for the MIA sectoral working group.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    b = sub.add_parser("build", help="read a folder of partner files and write the accounted tables")
    b.add_argument("raw_dir", type=Path, help="folder of partner submissions (read only)")
    b.add_argument(
        "--out", type=Path, required=True, help="output folder (projects.csv, issues.csv, manifest.json, ...)"
    )
    b.add_argument(
        "--year", type=int, default=config.DEFAULT_YEAR, help="year under discussion (default %(default)s)"
    )
    b.add_argument(
        "--strict", action="store_true", help="exit with status 1 when any error-level issue is found"
    )
    b.add_argument(
        "--currency", default=config.DEFAULT_CURRENCY, help="reporting currency (default %(default)s)"
    )
    b.add_argument("--priorities", type=Path, help="priority list CSV (default: the shipped 2021 list)")
    b.add_argument(
        "--overrides", type=Path, help="overrides CSV (default: overrides.csv beside the submissions)"
    )
    b.add_argument("--rates", type=Path, help="rates CSV replacing the shipped NBU annual means")
    b.add_argument("--needs", type=Path, help="needs CSV (default: needs.csv beside the submissions)")
    b.add_argument(
        "--decisions", type=Path, help="review decisions CSV (default: decisions.csv beside the submissions)"
    )
    b.add_argument("--country", default="UA", help="country kept from IATI files (default %(default)s)")
    b.add_argument(
        "--crowded", type=int, default=config.CROWDED_PARTNERS, help="partners that make a priority crowded"
    )
    b.add_argument(
        "--min-months", type=int, default=config.OVERLAP_MIN_MONTHS, help="overlap needed for a candidate"
    )
    b.add_argument(
        "--max-per-project", type=int, default=config.OVERLAP_MAX_PER_PROJECT, help="candidates per project"
    )
    b.add_argument("--workers", type=int, help="reader processes (default: number of cores)")
    b.add_argument("--date", help="the snapshot's date for chart footnotes, e.g. 2021-03-15")
    b.add_argument("--quiet", action="store_true", help="no progress bar or summary")
    b.add_argument("--include-hidden", action="store_true", help="read sheets hidden in Excel too")

    r = sub.add_parser(
        "report", help="charts (PNG, SVG), PDF meeting packs and summary.xlsx from a build folder"
    )
    r.add_argument("out_dir", type=Path, help="a build's output folder")
    r.add_argument("--to", type=Path, required=True, help="folder for the report")
    r.add_argument("--lang", choices=["en", "uk", "both"], default="both")
    r.add_argument("--date", help="date printed in the charts' footnotes, e.g. 2021-03-15 (default: none)")
    r.add_argument("-q", "--quiet", action="store_true", help="no progress bar")

    t = sub.add_parser("template", help="write the intake workbook partners fill in")
    t.add_argument("out", type=Path, help="the .xlsx to write")
    t.add_argument("--lang", choices=["en", "uk", "both"], default="both")
    t.add_argument("--priorities", type=Path, help="priority list CSV for the drop-down")

    f = sub.add_parser("feedback", help="one workbook per partner listing the problems in their files")
    f.add_argument("out_dir", type=Path, help="a build's output folder")
    f.add_argument("--to", type=Path, required=True, help="folder for the workbooks")

    rt = sub.add_parser(
        "rates", help="exchange rates: fetch the NBU's official rates (the only command online)"
    )
    rates_actions = rt.add_subparsers(dest="rates_action", required=True)
    ru = rates_actions.add_parser(
        "update",
        help="fetch the NBU's daily rates and write each year's mean to data/external/ (uses the network)",
    )
    ru.add_argument(
        "--from",
        dest="first_year",
        type=int,
        metavar="YEAR",
        help="first year (default: the first the tables lack)",
    )
    ru.add_argument(
        "--to",
        dest="last_year",
        type=int,
        metavar="YEAR",
        help="last year (default: this year, marked partial)",
    )
    ru.add_argument(
        "--currencies", nargs="+", metavar="CODE", help="ISO codes (default: those of the tables)"
    )

    d = sub.add_parser("diff", help="what changed between two builds (two meeting snapshots)")
    d.add_argument("old_out", type=Path)
    d.add_argument("new_out", type=Path)
    d.add_argument("--to", type=Path, help="folder for diff.csv and the chart (default: NEW_OUT)")
    return parser


def _summary(result) -> str:
    from mtd_analysis.build import worst_problems

    t = result.manifest["totals"]
    issues = t.get("issues", {})
    lines = [
        f"{t['files']} files: {t['files_loaded']} loaded, {t['files_failed'] + t.get('files_not_read', 0)} not read "
        f"({t['files_failed']} failed, {t.get('files_not_read', 0)} with no project table), {t['files_skipped']} skipped",
        f"{t['rows_read']} rows read: {t['rows_loaded']} loaded, {t['rows_rejected']} rejected, {t['rows_skipped']} skipped"
        f" -> {t['projects']} projects",
        f"issues: {issues.get('error', 0)} errors, {issues.get('warning', 0)} warnings, {issues.get('info', 0)} notes",
    ]
    worst, more = worst_problems(result.issues)
    if worst:
        lines.append("worst problems:")
        lines.extend(f"  - {text}" for text in worst)
        if more:
            lines.append(f"  ... and {more} more in issues.csv")
    if result.coverage is not None and len(result.coverage):
        year = result.manifest.get("year")
        cov = result.coverage[result.coverage["year"] == year]
        money = [c for c in cov.columns if c.startswith("funding_")]
        if money and len(cov):
            cur = money[0].split("_", 1)[1].upper()
            from mtd_analysis.reference.priorities import SPECIAL_PRIORITIES

            listed = ~cov["priority_code"].isin(SPECIAL_PRIORITIES)
            orphans = cov.loc[listed & (cov["status"] == "orphan"), "priority_code"]
            pipeline = cov[f"pipeline_{cur.lower()}"].sum() if f"pipeline_{cur.lower()}" in cov else 0.0
            lines.append(
                f"{year} funding mapped: {cov[money[0]].sum():,.0f} {cur} committed, {pipeline:,.0f} {cur} "
                "pipeline (planned); orphan priorities: " + (", ".join(orphans) or "none")
            )
            from mtd_analysis.analysis.money import parse_unconverted

            added: dict[str, float] = {}
            for text in cov.get("unconverted_amount", []):
                for code, amount in parse_unconverted(text).items():
                    added[code] = added.get(code, 0.0) + amount
            if added:  # money of the year that no rate could convert: not in the figure above
                lines.append(
                    f"{year} not converted for want of an exchange rate (not in that figure): "
                    + ", ".join(f"{a:,.0f} {c}" for c, a in sorted(added.items()))
                )
    if result.overlaps is not None:
        lines.append(f"overlap candidates: {len(result.overlaps)}")
    return "\n".join(lines)


def _build(args) -> int:
    from mtd_analysis.build import build

    result = build(
        args.raw_dir,
        args.out,
        year=args.year,
        strict=args.strict,
        currency=args.currency.upper(),
        priorities=args.priorities,
        overrides=args.overrides,
        rates=args.rates,
        needs=args.needs,
        decisions=args.decisions,
        country=args.country.upper(),
        crowded=args.crowded,
        min_months=args.min_months,
        max_per_project=args.max_per_project,
        workers=args.workers,
        progress=not args.quiet,
        date=args.date,
        include_hidden=args.include_hidden,
    )
    if not args.quiet:
        print(_summary(result))
        print(f"written to {args.out}")
    if args.strict and result.n_errors:
        print(f"--strict: {result.n_errors} error-level issues (see issues.csv)", file=sys.stderr)
        return EXIT_STRICT
    return EXIT_OK


def _report(args) -> int:
    from mtd_analysis.outputs.report import write_report

    files = write_report(args.out_dir, args.to, lang=args.lang, date=args.date, progress=not args.quiet)
    print(f"{len(files)} files written to {args.to}")
    return EXIT_OK


def _template(args) -> int:
    from mtd_analysis.outputs.template import write_template

    path = write_template(args.out, lang=args.lang, priorities=args.priorities)
    print(f"template written to {path}")
    return EXIT_OK


def _feedback(args) -> int:
    from mtd_analysis.outputs.feedback import write_feedback

    files = write_feedback(args.out_dir, args.to)
    print(f"{len(files)} feedback workbooks written to {args.to}")
    return EXIT_OK


def _diff(args) -> int:
    from mtd_analysis.outputs.changes import diff_dirs

    changes = diff_dirs(args.old_out, args.new_out, to=args.to)
    counts = changes["change"].value_counts()
    print(", ".join(f"{counts.get(k, 0)} {k}" for k in ("new", "gone", "ended", "changed", "unchanged")))
    print(f"written to {args.to or args.new_out}")
    return EXIT_OK


def _rates(args) -> int:
    from mtd_analysis.reference.rates import RatesFetchError, update_rates

    codes = [c for text in args.currencies or [] for c in text.replace(",", " ").split()] or None
    try:
        rows, path = update_rates(args.first_year, args.last_year, codes)
    except RatesFetchError as exc:  # offline, refused, or a rate the NBU does not have: one line
        print(f"mtd-analysis rates update: {exc}", file=sys.stderr)
        return EXIT_USAGE
    fetched = rows[rows["currency"] != "UAH"]
    partial = fetched.loc[fetched["partial"]].drop_duplicates("year")
    print(
        f"{', '.join(sorted(set(fetched['currency'])))}: {fetched['year'].min()}-{fetched['year'].max()}"
        + "".join(f"; {r.year} partial ({r.days} days)" for r in partial.itertuples())
        + f"; written to {path}"
    )
    return EXIT_OK


_COMMANDS = {
    "build": _build,
    "report": _report,
    "template": _template,
    "feedback": _feedback,
    "diff": _diff,
    "rates": _rates,
}


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return EXIT_USAGE
    try:
        return _COMMANDS[args.command](args)
    except OSError as exc:  # a folder that is missing, a file where a folder should be, no permission ...
        where = f": {exc.filename}" if getattr(exc, "filename", None) else ""
        print(f"mtd-analysis {args.command}: {exc.strerror or exc}{where}", file=sys.stderr)
        return EXIT_USAGE
    except ValueError as exc:  # the library's own errors (bad priority list, rates, overrides ...)
        print(f"mtd-analysis {args.command}: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
