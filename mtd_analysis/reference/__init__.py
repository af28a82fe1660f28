"""Reference: the sector's facts as data files (``reference/data/``), edited without touching code.

Priorities and subgroups, agencies, partners, column aliases, currencies, exchange rates, labels.
"""
