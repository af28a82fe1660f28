"""For the whole test session: notebooks validated by nbval show their tables statically (no widgets, no random ids).

Interactive tables (itables, ipywidgets) are for a live session; a saved notebook and its
validation show the static table instead, so that the outputs nbval compares are the same on
every machine. ``make notebooks`` sets the same variable when it re-executes them.
"""

import os

os.environ.setdefault("MTD_ANALYSIS_STATIC", "1")
