"""mtd-analysis: aid-gap analysis of international technical assistance (ITA, Ukrainian "МТД")
for the MIA Sectoral Working Group "Law Enforcement Activities".

Data flows one way::

    read -> projects -> allocations -> coverage / overlaps -> charts / report / notebooks

The front door for analysts::

    import mtd_analysis
    b = mtd_analysis.load("data/processed/sample/2021-06")   # a finished build folder
    b = mtd_analysis.build("data/raw/sample/2021-06")         # or build one (nothing written without out_dir)
    b.projects_of("EU"); b.funding_by_agency(); b.briefing("uk")

``load``, ``build``, ``open_build`` and ``Build`` come from :mod:`mtd_analysis.api`, imported on first use so
that ``import mtd_analysis`` and ``mtd-analysis --help`` stay fast (no pandas). ``mtd_analysis.build`` is also
the pipeline's module (``from mtd_analysis.build import build`` keeps working): calling it,
``mtd_analysis.build(RAW_DIR, ...)``, runs :func:`mtd_analysis.api.build`.
"""

from __future__ import annotations

import importlib
import sys
import types

__version__ = "0.1.0"
__all__ = ["Build", "build", "load", "open_build", "__version__"]

_FRONT_DOOR = ("load", "open_build", "Build", "notebook_lang")


class _BuildModule(types.ModuleType):
    """The pipeline module :mod:`mtd_analysis.build`, callable as the front door's ``build``."""

    def __call__(self, raw_dir, out_dir=None, **options):
        from mtd_analysis.api import build

        return build(raw_dir, out_dir, **options)


class _Package(types.ModuleType):
    """This package: when the import system sets the submodule ``build`` on it, that module becomes callable."""

    def __setattr__(self, name: str, value: object) -> None:
        if name == "build" and isinstance(value, types.ModuleType) and type(value) is types.ModuleType:
            value.__class__ = _BuildModule
        super().__setattr__(name, value)


def __getattr__(name: str):
    if name in _FRONT_DOOR:
        return getattr(importlib.import_module("mtd_analysis.api"), name)
    if name == "build":
        return importlib.import_module("mtd_analysis.build")  # callable: see _BuildModule
    raise AttributeError(f"module 'mtd_analysis' has no attribute {name!r}")


sys.modules[__name__].__class__ = _Package
