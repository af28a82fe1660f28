"""`python -m mtd_analysis` works like the `mtd-analysis` command."""

import sys

from mtd_analysis.cli import main

sys.exit(main())
