"""Instructions a reader spends per file, counted by valgrind's cachegrind: a measure of the code, not of the machine.

Timings on a shared machine drift by half from hour to hour, and a change worth 5 % of reading is lost in them.
The count of instructions executed to read a file does not depend on the machine's load: this script reads the
first ``n1`` and then the first ``n2`` files of a folder in one process each (``build.read_file``, as a reader
worker does), under ``valgrind --tool=cachegrind --cache-sim=no``, and prints the difference per file (the
start-up and the first file's one-off work cancel out). Give ``--code`` to count another checkout's package (a
worktree of an earlier commit), so that two versions are compared on the same files.

    python benchmarks/instructions.py benchmarks/corpus/ingest-xlsx-100x500 3 8
    python benchmarks/instructions.py benchmarks/corpus/ingest-xlsx-100x500 3 8 --code /tmp/old-worktree

Needs valgrind (``apt-get install valgrind``); about 20 s of valgrind per 500-row workbook. Python's string hashes
are salted per process, so two counts of the same code differ by a few tenths of a percent.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: Reads the first n files of a folder as a reader worker does (the folder's own column aliases included).
_READER = """
import sys
from pathlib import Path
import mtd_analysis.build as B
folder, n = Path(sys.argv[1]), int(sys.argv[2])
aliases = B._local_aliases(folder)
for path in sorted(p for p in folder.iterdir() if p.is_file())[:n]:
    B.read_file(path, path.name, "UA", False, aliases)
"""


def count(folder: Path, n: int, code: Path) -> int:
    """Instructions executed by a fresh Python reading the first ``n`` files of ``folder`` with ``code``'s package."""
    env = {**os.environ, "PYTHONPATH": str(code)}
    out = subprocess.run(
        [
            "valgrind",
            "--tool=cachegrind",
            "--cache-sim=no",
            "--cachegrind-out-file=/dev/null",
            sys.executable,
            "-c",
            _READER,
            str(folder),
            str(n),
        ],
        cwd=Path(os.sep),  # not a checkout's folder: the package comes from PYTHONPATH
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    found = re.search(r"I\s+refs:\s+([\d,]+)", out.stderr)
    if found is None:
        raise SystemExit(f"valgrind gave no instruction count:\n{out.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="a folder of partner files")
    parser.add_argument("n1", type=int, help="files read in the first count")
    parser.add_argument("n2", type=int, help="files read in the second count (more than n1)")
    parser.add_argument(
        "--code", type=Path, default=ROOT, help="checkout whose package is counted (default: this)"
    )
    args = parser.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (apt-get install valgrind)", file=sys.stderr)
        return 2
    if args.n2 <= args.n1:
        parser.error("n2 must be more than n1")
    # the package compiled ahead, so that neither count holds compiling it (PYTHONDONTWRITEBYTECODE or not)
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(args.code / "mtd_analysis")], check=True)
    first, second = count(args.folder, args.n1, args.code), count(args.folder, args.n2, args.code)
    per_file = (second - first) / (args.n2 - args.n1)
    print(
        f"{args.code}: {per_file / 1e6:,.1f} million instructions per file ({args.folder.name}, files {args.n1 + 1}-{args.n2})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
