"""`python -m mtd_analysis` works like the `mtd-analysis` command."""

import sys

from .cli import main

sys.exit(main())
