"""Ingest: partner files → cells → headers → sheets → one accounted projects table.

``read`` opens a file safely and yields its sheets as grids of cells; ``columns`` finds the header
and the role of each column; ``values`` reads amounts, currencies, dates, periods, agencies and
statuses from cells; ``projects`` turns a sheet into project rows with the accounting of every row, with
``sheet`` (the state of a sheet being read), ``layouts`` (table shapes: ditto marks, blocks of rows, plan and
actual rows, status headings) and ``amounts`` (a row's money: amounts, currencies, units, years); ``iati``
reads IATI activity XML. Nothing here knows about priorities, coverage or charts.
"""
