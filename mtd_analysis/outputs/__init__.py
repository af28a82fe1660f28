"""Outputs: what people read — charts, the meeting report, workbooks, feedback, the intake template.

``charts`` prepares the data behind each chart and draws it in the house style; ``report`` writes the
meeting pack; ``workbooks`` writes Excel files for people; ``feedback`` writes one workbook per
partner; ``template`` writes the intake template; ``changes`` writes the comparison of two builds.
Modules here read the analysis' tables; nothing to their left imports them.
"""
