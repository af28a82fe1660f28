"""Lexicon words that fresh partner files showed missing (priorities_2021.csv keywords, issue 12).

Each title is written here with the priority a working-group analyst would choose; the agency a
title names (National Police, State Border Guard Service, ДМС) is no evidence of a priority.
"""

from __future__ import annotations

import pandas as pd
import pytest

from mtd_analysis.analysis.priorities import map_priorities

CASES = [
    ("Противодействие торговле женщинами и девочками: обучение пограничников выявлению жертв", "TRAFFICKING"),
    ("Протидія торгівлі жінками та дітьми", "TRAFFICKING"),
    ("Counternarcotics canine units for the National Police", "DRUGS"),
    ("Drug detection dogs for the Customs and the National Police", "DRUGS"),
    ("Тепловізійне обладнання для прикордонних застав на сході", "BORDER_SECURITY"),
    ("Тепловизионное оборудование для пограничных застав", "BORDER_SECURITY"),
    ("Surveillance drones for State Border Guard Service units on the northern border", "BORDER_SECURITY"),
    ("Canine units and dog handlers for border patrols", "BORDER_SECURITY"),
    ("Підготовка кінологів для Державної прикордонної служби", "BORDER_SECURITY"),
    ("Reconstruction of border crossing points on the western border", "BORDER_CROSSING"),
    ("Модернізація центрів обслуговування громадян ДМС з оформлення паспортних документів", "OTHER"),
]


@pytest.mark.parametrize(("title", "priority"), CASES)
def test_title_goes_under_its_priority(title, priority):
    projects = pd.DataFrame(
        {
            "project_id": ["P1"],
            "title": [title],
            "description": [""],
            "source_file": ["labels.csv"],
            "source_sheet": [""],
            "source_row": [2],
        }
    )
    mapping, _ = map_priorities(projects)
    best = mapping.sort_values("share", ascending=False, kind="stable").iloc[0]
    assert best["priority_code"] == priority
    assert best["share"] == pytest.approx(1.0)  # nothing else claims a part of it
