"""Reference: the sector's facts as data files (``reference/data/``), each read by one loader.

========================  ======================================  =========================================
Fact                      Table (``reference/data/``)             Loader
========================  ======================================  =========================================
priorities, subgroups,    ``priorities_2021.csv``                 :mod:`~mtd_analysis.reference.priorities`
OTHER / UNMAPPED          (+ ``priority_stopwords.csv``)
MIA agencies              ``agencies.csv``                        :mod:`~mtd_analysis.reference.agencies`
bodies outside the MIA    ``outside_bodies.csv``                  :mod:`~mtd_analysis.reference.agencies`
partners, IATI publishers ``partners.csv``,                       :mod:`~mtd_analysis.reference.partners`
                          ``iati_organisations.csv``
column headers            ``column_aliases.csv``                  :mod:`~mtd_analysis.reference.aliases`
IATI column names         ``iati_columns.csv``                    :mod:`~mtd_analysis.reference.aliases`
currencies                ``currencies.csv``                      :mod:`~mtd_analysis.reference.currencies`
words people read         ``labels.csv``                          :mod:`~mtd_analysis.reference.labels`
exchange rates            ``nbu_rates_annual_mean.csv``           :mod:`~mtd_analysis.reference.rates`
========================  ======================================  =========================================

A build copies the tables it used into its output folder (``reference/``); whoever reads the build makes
them the ones in use with :func:`using`.
"""

from mtd_analysis.reference._files import in_use, using

__all__ = ["using", "in_use"]
