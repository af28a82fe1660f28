"""Analysis: projects → allocations → coverage, overlaps, quality, changes.

``priorities`` maps projects to the sector's priorities; ``money`` converts currencies and spreads
amounts over years; ``allocations`` builds the project × priority × year table in EUR; ``coverage``
measures funding, gaps and orphan priorities per subgroup; ``overlaps`` finds pairs of projects
that duplicate or must coordinate; ``quality`` grades each partner's submission; ``diff`` compares
two snapshots. Modules here import from ``ingest`` and ``reference``, never from ``outputs``.
"""
