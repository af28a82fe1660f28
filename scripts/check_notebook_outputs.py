"""Refuse notebooks whose sources or saved outputs show a machine's absolute path.

Notebooks are committed with their outputs (nbval compares them), so a path into someone's home
folder, a temporary folder or a CI workspace (POSIX or Windows) in a traceback, a warning or a
printed value would leak a machine into the repository and make the notebook fail elsewhere.

Usage::

    python scripts/check_notebook_outputs.py notebooks/*.ipynb

Exit status 0 when every notebook is clean, 1 when any cell shows a machine path (each one
is named on stderr with its notebook, cell number and where in the cell), 2 when a file
cannot be read as a notebook. Used by the ``notebook-paths`` hook in ``.pre-commit-config.yaml``.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

# Top-level folders that only exist on somebody's machine (or a CI runner). A match must not
# follow a letter, digit, dot or dash, so a URL's path or a relative ``data/tmp/`` passes.
_POSIX_ROOTS = (
    "home",
    "Users",
    "root",
    "tmp",
    "work",
    "mnt",
    "media",
    "opt",
    "srv",
    "usr",
    "var",
    "private",
    "Volumes",
    "builds",
)
MACHINE_PATH = re.compile(
    r"(?<![\w.\-])/(?:" + "|".join(_POSIX_ROOTS) + r")/[^\s'\"<>]*"
    r"|(?<![\w])[A-Za-z]:(?:\\|/)[\w$~.\-]+"
)
# Output bundles that are text a person reads (images are base64 and are not searched).
TEXT_MIME_TYPES = ("text/plain", "text/html", "text/markdown", "text/latex", "application/json")


def _text(value: object) -> str:
    """A notebook string field, stored either as one string or as a list of lines."""
    if isinstance(value, list):
        return "".join(str(part) for part in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else str(value)


def cell_texts(cell: dict) -> Iterator[tuple[str, str]]:
    """Yield ``(where, text)`` for the source and every readable output of one cell."""
    yield "source", _text(cell.get("source"))
    for number, output in enumerate(cell.get("outputs", []) or [], start=1):
        kind = output.get("output_type", "output")
        if kind == "stream":
            yield f"output {number} ({output.get('name', 'stream')})", _text(output.get("text"))
        elif kind == "error":
            parts = [_text(output.get("ename")), _text(output.get("evalue"))]
            parts += [_text(line) for line in output.get("traceback", []) or []]
            yield f"output {number} (error)", "\n".join(parts)
        else:
            bundle = output.get("data", {}) or {}
            for mime in TEXT_MIME_TYPES:
                if mime in bundle:
                    yield f"output {number} ({mime})", _text(bundle[mime])


def notebook_findings(path: Path) -> list[str]:
    """Messages naming each cell of one notebook that shows a machine path.

    Raises
    ------
    ValueError
        When the file is not a notebook (not JSON, or without a ``cells`` list).
    """
    try:
        notebook = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"{path}: not a notebook ({exc})") from exc
    if not isinstance(notebook, dict) or not isinstance(notebook.get("cells"), list):
        raise ValueError(f"{path}: not a notebook (no 'cells' list)")
    findings = []
    for index, cell in enumerate(notebook["cells"], start=1):
        for where, text in cell_texts(cell):
            match = MACHINE_PATH.search(text)
            if match:
                findings.append(
                    f"{path}: cell {index} ({cell.get('cell_type', 'cell')}) {where} shows the machine "
                    f"path {match.group(0)!r}; use config paths or a relative path and re-run the notebook"
                )
    return findings


def main(argv: Sequence[str] | None = None) -> int:
    """Check the notebooks named in ``argv``; return the exit status."""
    paths = [Path(arg) for arg in (sys.argv[1:] if argv is None else argv)]
    status = 0
    for path in paths:
        try:
            findings = notebook_findings(path)
        except (OSError, ValueError) as exc:
            print(exc, file=sys.stderr)
            status = max(status, 2)
            continue
        for finding in findings:
            print(finding, file=sys.stderr)
        if findings:
            status = max(status, 1)
    return status


if __name__ == "__main__":
    sys.exit(main())
