"""The ``mtd-analysis`` command: a thin layer over the library's functions.

Heavy modules (pandas, matplotlib) are imported inside the commands, so that
``mtd-analysis --help`` answers at once. Bad input never shows a traceback:
every option (year, date, currency, language, paths) is checked before any
work, and a wrong one, like a library error, becomes one sentence and exit
status 2. ``-v`` / ``-q`` set the level of the standard :mod:`logging` module.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import re
import shutil
import sys
from pathlib import Path

from mtd_analysis import __version__, config

EXIT_OK, EXIT_STRICT, EXIT_USAGE = 0, 1, 2
MAX_PATH_CHARS = 4096
MAX_NAME_CHARS = 255
log = logging.getLogger("mtd_analysis")


class UsageError(ValueError):
    """An option the command cannot work with: said in one line, exit status 2."""


def _common() -> argparse.ArgumentParser:
    """-v / -q, accepted after any command."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("-v", "--verbose", action="count", default=0, help="say more (-vv: debug)")
    common.add_argument("-q", "--quiet", action="store_true", help="errors only: no progress bar or summary")
    return common


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mtd-analysis",
        description="Aid-gap analysis of international technical assistance (МТД) for the MIA sectoral working group.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    common = _common()

    for add in (
        _build_command,
        _report_command,
        _template_command,
        _feedback_command,
        _rates_command,
        _diff_command,
        _demo_command,
    ):
        add(sub, common)
    return parser


def _build_command(sub, common: argparse.ArgumentParser) -> None:
    """``build RAW_DIR --out OUT_DIR``: read, map, measure, write the tables."""
    b = sub.add_parser(
        "build", parents=[common], help="read a folder of partner files and write the accounted tables"
    )
    b.add_argument("raw_dir", help="folder of partner submissions (read only)")
    b.add_argument(
        "--out", required=True, help="output folder (projects.csv, issues.csv, manifest.json, ...)"
    )
    b.add_argument(
        "--year", default=str(config.DEFAULT_YEAR), help="year under discussion (default %(default)s)"
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
    b.add_argument(
        "--date",
        help="the snapshot's date, e.g. 2021-03-15: chart footnotes, and projects sent without a status and ended "
        "before it read as completed",
    )
    b.add_argument("--include-hidden", action="store_true", help="read sheets hidden in Excel too")


def _report_command(sub, common: argparse.ArgumentParser) -> None:
    """``report OUT_DIR --to DIR``: charts, PDF packs, summary.xlsx."""
    r = sub.add_parser(
        "report",
        parents=[common],
        help="charts (PNG, SVG), PDF meeting packs and summary.xlsx from a build folder",
    )
    r.add_argument("out_dir", help="a build's output folder")
    r.add_argument("--to", required=True, help="folder for the report")
    r.add_argument("--lang", choices=["en", "uk", "both"], default="both")
    r.add_argument("--date", help="date printed in the charts' footnotes, e.g. 2021-03-15 (default: none)")


def _template_command(sub, common: argparse.ArgumentParser) -> None:
    """``template OUT.xlsx``: the intake workbook."""
    t = sub.add_parser("template", parents=[common], help="write the intake workbook partners fill in")
    t.add_argument("out", help="the .xlsx to write")
    t.add_argument("--lang", choices=["en", "uk", "both"], default="both")
    t.add_argument("--priorities", type=Path, help="priority list CSV for the drop-down")


def _feedback_command(sub, common: argparse.ArgumentParser) -> None:
    """``feedback OUT_DIR --to DIR``: one workbook per partner."""
    f = sub.add_parser(
        "feedback", parents=[common], help="one workbook per partner listing the problems in their files"
    )
    f.add_argument("out_dir", help="a build's output folder")
    f.add_argument("--to", required=True, help="folder for the workbooks")


def _rates_command(sub, common: argparse.ArgumentParser) -> None:
    """``rates update``: the NBU's rates (the only command online)."""
    rt = sub.add_parser(
        "rates", help="exchange rates: fetch the NBU's official rates (the only command online)"
    )
    rates_actions = rt.add_subparsers(dest="rates_action", required=True)
    ru = rates_actions.add_parser(
        "update",
        parents=[common],
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


def _diff_command(sub, common: argparse.ArgumentParser) -> None:
    """``diff OLD_OUT NEW_OUT``: what changed between two builds."""
    d = sub.add_parser(
        "diff", parents=[common], help="what changed between two builds (two meeting snapshots)"
    )
    d.add_argument("old_out")
    d.add_argument("new_out")
    d.add_argument("--to", help="folder for diff.csv and the chart (default: NEW_OUT)")


def _demo_command(sub, common: argparse.ArgumentParser) -> None:
    """``demo DIR``: the sample written out and built."""
    m = sub.add_parser(
        "demo", parents=[common], help="write the invented sample into a folder and build its two snapshots"
    )
    m.add_argument("dir", help="folder for raw/<snapshot> (the sample's files) and processed/<snapshot>")


def _overlaps_line(overlaps) -> str:
    """Likely duplicates first, then the pairs to coordinate and one partner's look-alikes."""
    if "tier" not in overlaps:
        return f"overlap candidates: {len(overlaps)}"
    n = overlaps["tier"].value_counts()
    return (
        f"likely duplicates: {n.get('likely duplicate', 0)} pairs; to coordinate: {n.get('coordinate', 0)}; "
        f"one partner's look-alikes: {n.get('internal', 0)}"
    )


# --------------------------------------------------------------------------- checks before any work


def _path(text: str | None, what: str) -> Path:
    """A path argument: not empty, not absurdly long, no NUL."""
    if text is None or not str(text).strip():
        raise UsageError(f"{what} is not given (the argument is empty)")
    if len(text) > MAX_PATH_CHARS or any(len(part) > MAX_NAME_CHARS for part in re.split(r"[\\/]", text)):
        raise UsageError(f"{what} is too long ({len(text)} characters): {text[:60]}...")
    if "\x00" in text:
        raise UsageError(f"{what} contains a NUL character")
    return Path(text)


def _folder(text: str, what: str) -> Path:
    path = _path(text, what)
    if not path.exists():
        raise UsageError(f"{what} not found: {path}")
    if not path.is_dir():
        raise UsageError(f"{what} is not a folder: {path}")
    return path


def _build_folder(text: str, what: str) -> Path:
    path = _folder(text, what)
    if not (path / "manifest.json").is_file():
        raise UsageError(
            f"{what} is not a build folder (no manifest.json): {path}; run mtd-analysis build first"
        )
    return path


def _not_inside(out: Path, raw: Path, what: str) -> None:
    """Refuse an output folder that is the raw folder or inside it: raw files are never modified."""
    out_abs, raw_abs = out.resolve(), raw.resolve()
    if out_abs == raw_abs or raw_abs in out_abs.parents:
        raise UsageError(f"{what} {out} is inside the submissions folder {raw}: choose a folder outside it")


def _year(text: str) -> int:
    low, high = config.VALID_YEARS
    if not re.fullmatch(r"\d{4}", str(text).strip()):
        raise UsageError(f"--year must be a year such as {config.DEFAULT_YEAR}, not {text!r}")
    year = int(text)
    if not low <= year <= high:
        raise UsageError(f"--year {year} is outside {low}-{high}")
    return year


def _date(text: str | None) -> str | None:
    if text is None:
        return None
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text.strip()):
            raise ValueError
        return dt.date.fromisoformat(text.strip()).isoformat()
    except ValueError:
        raise UsageError(f"--date must be a date written YYYY-MM-DD, e.g. 2021-03-15, not {text!r}") from None


def rate_currencies(path: Path | None = None) -> set[str]:
    """The currencies a rates table can convert: ``--rates FILE`` read as the build reads it, else the
    shipped table with the analyst's ``rates update`` laid over it; UAH, the base, always."""
    from mtd_analysis.ingest.sidefiles import read_rates
    from mtd_analysis.reference.rates import load_rates

    table = read_rates(path) if path is not None else load_rates()
    return {str(c).strip().upper() for c in table["currency"].dropna()} | {"UAH"}


def _currency(text: str, rates: Path | None) -> str:
    from mtd_analysis.reference.rates import RatesError

    code = str(text).strip().upper()
    if not re.fullmatch(r"[A-Z]{3}", code):
        raise UsageError(f"--currency must be a three-letter ISO code such as EUR, not {text!r}")
    try:
        known = rate_currencies(rates)
    except (OSError, RatesError) as exc:
        raise UsageError(f"--rates: {exc}") from None
    if code not in known:
        raise UsageError(f"--currency {code} is not in the rates table; it has {', '.join(sorted(known))}")
    return code


def _file(text: str | None, what: str) -> Path | None:
    if text is None:
        return None
    path = _path(str(text), what)
    if not path.is_file():
        raise UsageError(f"{what} not found: {path}")
    return path


def _check_build(args) -> argparse.Namespace:
    raw = _folder(args.raw_dir, "the submissions folder")
    out = _path(args.out, "--out")
    if out.exists() and not out.is_dir():
        raise UsageError(f"--out is a file, not a folder: {out}")
    _not_inside(out, raw, "--out")
    files = {
        k: _file(getattr(args, k), f"--{k}")
        for k in ("priorities", "overrides", "rates", "needs", "decisions")
    }
    for name, number in (("crowded", args.crowded), ("min_months", args.min_months)):
        if number < 1:
            raise UsageError(f"--{name.replace('_', '-')} must be 1 or more, not {number}")
    if args.workers is not None and args.workers < 1:
        raise UsageError(f"--workers must be 1 or more, not {args.workers}")
    return argparse.Namespace(
        **{**vars(args), **files, "raw_dir": raw, "out": out, "year": _year(args.year), "date": _date(args.date),
           "currency": _currency(args.currency, files["rates"]), "country": _country(args.country)}
    )  # fmt: skip


def _country(text: str) -> str:
    code = str(text).strip().upper()
    if not re.fullmatch(r"[A-Z]{2}", code):
        raise UsageError(f"--country must be a two-letter ISO code such as UA, not {text!r}")
    return code


def _check(args) -> argparse.Namespace:
    """Every option of the command, checked before any work (UsageError names the first wrong one)."""
    if args.command == "build":
        return _check_build(args)
    checked = vars(args).copy()
    if args.command in ("report", "feedback"):
        checked["out_dir"] = _build_folder(args.out_dir, "the build folder")
        checked["to"] = _path(args.to, "--to")
    if args.command == "report":
        checked["date"] = _date(args.date)
    if args.command == "template":
        checked["out"] = _path(args.out, "the template's path")
        checked["priorities"] = _file(args.priorities, "--priorities")
    if args.command == "diff":
        checked["old_out"] = _build_folder(args.old_out, "the old build folder")
        checked["new_out"] = _build_folder(args.new_out, "the new build folder")
        checked["to"] = _path(args.to, "--to") if args.to is not None else None
    if args.command == "demo":
        checked["dir"] = _path(args.dir, "the demo folder")
        if checked["dir"].exists() and not checked["dir"].is_dir():
            raise UsageError(f"the demo folder is a file: {checked['dir']}")
    return argparse.Namespace(**checked)


def _logging(verbose: int, quiet: bool) -> None:
    level = (
        logging.ERROR
        if quiet
        else (logging.DEBUG if verbose > 1 else logging.INFO if verbose else logging.WARNING)
    )
    logging.basicConfig(
        level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr, force=True
    )


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
                from mtd_analysis.outputs.charts import label

                named = {
                    c: label(f"currency.{c}", "en") if c == "XXX" else c for c in added
                }  # ISO: no currency
                lines.append(
                    f"{year} not converted for want of an exchange rate (not in that figure): "
                    + ", ".join(f"{a:,.0f} {named[c]}" for c, a in sorted(added.items()))
                )
    if result.overlaps is not None:
        lines.append(_overlaps_line(result.overlaps))
    return "\n".join(lines)


def _build(args) -> int:
    from mtd_analysis.build import build

    result = build(
        args.raw_dir,
        args.out,
        year=args.year,
        strict=args.strict,
        currency=args.currency,
        priorities=args.priorities,
        overrides=args.overrides,
        rates=args.rates,
        needs=args.needs,
        decisions=args.decisions,
        country=args.country,
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
    failed = files.attrs.get("failed", [])
    if failed:  # each one is logged as a warning, which -q hides
        named = "".join(f"\n  {sentence}" for sentence in failed) if args.quiet else " (named above)"
        print(f"{len(failed)} charts or pages could not be drawn{named}", file=sys.stderr)
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


def _demo(args) -> int:
    from mtd_analysis.build import build
    from mtd_analysis.outputs.changes import diff_dirs

    raw, processed = args.dir / "raw", args.dir / "processed"
    for snapshot, date in config.SAMPLE_DATES.items():
        source = config.SAMPLE_DIR / snapshot
        shutil.copytree(source, raw / snapshot, dirs_exist_ok=True)
        log.info("sample %s copied to %s", snapshot, raw / snapshot)
        result = build(raw / snapshot, processed / snapshot, year=config.DEFAULT_YEAR, date=date)
        if not args.quiet:
            print(
                f"{snapshot}: {len(result.projects)} projects, {result.n_errors} errors -> {processed / snapshot}"
            )
    old, new = (processed / s for s in list(config.SAMPLE_DATES)[-2:])
    changes = diff_dirs(old, new)
    if not args.quiet:
        counts = changes["change"].value_counts()
        print(
            "what changed: "
            + ", ".join(f"{counts.get(k, 0)} {k}" for k in ("new", "gone", "ended", "changed"))
        )
        print(
            f"next: mtd-analysis report {new} --to {args.dir / 'report'}; in Python: mtd_analysis.load({str(new)!r})"
        )
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
    "demo": _demo,
    "rates": _rates,
}


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return EXIT_USAGE
    _logging(args.verbose, args.quiet)
    try:
        args = _check(args)
    except UsageError as exc:
        print(f"mtd-analysis {args.command}: {exc}", file=sys.stderr)
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
