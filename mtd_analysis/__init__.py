"""mtd-analysis: aid-gap analysis of international technical assistance (ITA, Ukrainian "МТД")
for the MIA Sectoral Working Group "Law Enforcement Activities".

Data flows one way::

    read -> projects -> allocations -> coverage / overlaps -> charts / report / notebooks

Heavy modules (pandas, matplotlib) are imported lazily by the CLI so that
``mtd-analysis --help`` answers at once.
"""

__version__ = "0.1.0"
