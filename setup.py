"""Packaging hook: the invented sample goes into the wheel as package data (``mtd_analysis/sample``).

The repository keeps one copy of the sample, in ``data/raw/sample`` (where the Makefile, the tests
and the notebooks of a checkout read it). A wheel has no ``data/`` folder, so that after a plain
``pip install .`` the notebooks' defaults and ``mtd-analysis demo DIR`` still find the sample, the
wheel build copies it to ``mtd_analysis/sample/`` (see ``mtd_analysis.config.SAMPLE_DIR``). Everything
else is declared in pyproject.toml.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

SAMPLE = Path(__file__).resolve().parent / "data" / "raw" / "sample"


def copy_sample(build_lib: str | Path) -> Path:
    """Copy each snapshot folder of the sample (all its files, the lock file too) into the built package."""
    target = Path(build_lib) / "mtd_analysis" / "sample"
    for snapshot in sorted(p for p in SAMPLE.iterdir() if p.is_dir()):
        shutil.copytree(snapshot, target / snapshot.name, dirs_exist_ok=True)
    return target


class build_py_with_sample(build_py):
    """build_py, then the sample copied into the built package."""

    def run(self):
        super().run()
        if SAMPLE.is_dir():  # an sdist made without the sample gives a wheel without it
            copy_sample(self.build_lib)


if __name__ == "__main__":  # as setuptools' build backend runs it (importing it, a test gets copy_sample)
    setup(cmdclass={"build_py": build_py_with_sample})
