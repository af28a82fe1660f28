"""Draw the README's pictures from the bundled sample (run: .venv/bin/python scripts/readme_figures.py)."""

from __future__ import annotations

from mtd_analysis import config
from mtd_analysis.build import build
from mtd_analysis.outputs import charts
from mtd_analysis.outputs.report import priority_names

OUT = config.PROJ_ROOT / "docs" / "img"


def main() -> None:
    result = build(config.SAMPLE_DIR / "2021-06", year=2021)
    OUT.mkdir(parents=True, exist_ok=True)
    for subgroup, lang in (("police", "en"), ("border", "uk")):
        footnote = charts.Footnote.from_manifest(result.manifest)
        names = priority_names(result.coverage, lang)
        fig = charts.coverage_chart(
            result.coverage, subgroup, 2021, lang=lang, footnote=footnote, priority_names=names
        )
        fig.savefig(OUT / f"coverage-{subgroup}-{lang}.png", dpi=100, metadata={"Software": None})
    fig = charts.gap_ranking_chart(
        result.coverage,
        2021,
        lang="en",
        footnote=charts.Footnote.from_manifest(result.manifest),
        priority_names=priority_names(result.coverage, "en"),
    )
    fig.savefig(OUT / "gaps-en.png", dpi=100, metadata={"Software": None})


if __name__ == "__main__":
    main()
