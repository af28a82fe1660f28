"""How often the classifier puts a project under the right priority (issue 12, item 10).

Two labelled sets of project titles and descriptions in English, Ukrainian and Russian, written by hand for
these tests (not from the keyword list), each with the priority a working-group analyst would choose:

- ``tests/data/priority_labels.csv`` (207 projects): the development set. The lexicon
  (``priorities_2021.csv`` keywords) was revised while looking at its misses, so its accuracy is optimistic.
- ``tests/data/priority_labels_holdout.csv`` (100 projects): written after the lexicon was revised and never
  used to change it; its accuracy is the honest figure.
- ``tests/data/priority_labels_blind65.csv`` (148 projects): the titles and descriptions of three sets of partner
  files that helpers wrote blind in round 65, each with the priority they chose (column ``set``). Set XB's misses
  led to that round's rule (the sector's own words count for nothing beside a listed priority) and to a few
  keywords; XA and XC were scored first and changed little.

A project counts as right when the priority with its largest share is the labelled one (a project the
classifier cannot place is ``UNMAPPED``, which is never a label here). The thresholds sit a little under the
measured figures (round 65: development 100 %, held-out 97 %, blind sets 99.3 %), so that a real regression fails
and noise does not.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from mtd_analysis.analysis.priorities import map_priorities

DATA = Path(__file__).resolve().parents[1] / "data"


def top_priority(frame: pd.DataFrame) -> pd.Series:
    projects = pd.DataFrame(
        {
            "project_id": [f"P{i}" for i in range(len(frame))],
            "title": frame["title"].to_numpy(),
            "description": frame["description"].to_numpy(),
            "source_file": "labels.csv",
            "source_sheet": "",
            "source_row": range(2, len(frame) + 2),
        }
    )
    mapping, _ = map_priorities(projects)
    best = mapping.sort_values(["project_id", "share"], ascending=[True, False], kind="stable")
    best = best.drop_duplicates("project_id").set_index("project_id")["priority_code"]
    return pd.Series([best[p] for p in projects["project_id"]], index=frame.index)


@pytest.mark.parametrize(
    ("name", "size", "threshold"),
    [
        ("priority_labels.csv", 207, 0.97),
        ("priority_labels_holdout.csv", 100, 0.94),
        ("priority_labels_blind65.csv", 148, 0.96),
    ],
)
def test_classifier_accuracy_on_hand_labelled_projects(name, size, threshold):
    labels = pd.read_csv(DATA / name, keep_default_na=False)
    assert len(labels) == size
    assert set(labels["lang"]) == {"en", "uk", "ru"}
    predicted = top_priority(labels)
    accuracy = (predicted == labels["priority"]).mean()
    assert accuracy >= threshold, labels[predicted != labels["priority"]].assign(predicted=predicted)


def test_every_language_is_read_well_on_the_held_out_set():
    labels = pd.read_csv(DATA / "priority_labels_holdout.csv")
    right = top_priority(labels) == labels["priority"]
    by_lang = right.groupby(labels["lang"]).mean()
    assert (by_lang >= 0.8).all(), by_lang


@pytest.mark.parametrize(
    ("title", "priority"),
    [
        # a beneficiary's name is not evidence for a priority
        ("Навчання прикордонників з виявлення жертв торгівлі людьми", "TRAFFICKING"),
        ("COVID-19 protective equipment for front-line police and border guards", "COVID19"),
        ("Засоби захисту від COVID-19 для Державної міграційної служби", "COVID19"),
        ("Обладнання для відділів прикордонної служби", "OTHER"),
        ("Equipment for the National Police", "OTHER"),
        # narcotics work is drugs work, whatever the word next to it
        ("Counternarcotics support to the National Police", "DRUGS"),
        ("Narcotics trafficking investigations along the Danube", "DRUGS"),
    ],
)
def test_agency_names_and_narcotics_do_not_mislead_the_classifier(title, priority):
    assert _shares_of(title) == [[priority, 1.0]]


def _shares_of(title: str) -> list[list]:
    """(priority, share) of one project with this title, as map_priorities gives them."""
    projects = pd.DataFrame(
        {
            "project_id": ["P"],
            "title": [title],
            "source_file": "x.xlsx",
            "source_sheet": "S",
            "source_row": [2],
        }
    )
    mapping, _ = map_priorities(projects)
    return mapping[["priority_code", "share"]].values.tolist()


@pytest.mark.parametrize(
    ("title", "shares"),
    [
        # broad words (broad_keywords: a means, a wide field) weigh half a priority named outright: 1 / 1.5, 0.5 / 1.5
        (
            "Canine units for drug detection at the National Police: dogs, handlers' training and kennels",
            [["DRUGS", 2 / 3], ["BORDER_SECURITY", 1 / 3]],
        ),
        (
            "Протидія незаконному обігу наркотиків: підтримка кінологічних підрозділів",
            [["DRUGS", 2 / 3], ["BORDER_SECURITY", 1 / 3]],
        ),
        # ... and alone they still name the priority they serve
        ("Кінологічне забезпечення: службові собаки та кінологи", [["BORDER_SECURITY", 1.0]]),
    ],
)
def test_broad_words_weigh_half_a_priority_named_outright(title, shares):
    got = _shares_of(title)
    assert [code for code, _ in got] == [code for code, _ in shares]
    assert [share for _, share in got] == pytest.approx([share for _, share in shares])


@pytest.mark.parametrize(
    ("title", "priority"),
    [
        ("COVID-19 Preparedness at Border Crossing Points", "COVID19"),
        ("Запобігання поширенню COVID-19 у пунктах пропуску через державний кордон", "COVID19"),
        ("COVID-19 infection control in temporary accommodation centres for migrants", "COVID19"),
        ("Противодействие торговле людьми: выявление жертв в пунктах пропуска через границу", "TRAFFICKING"),
        ("Drug interdiction at border crossing points", "DRUGS"),
        ("Modernisation of border crossing points on the border with Poland", "BORDER_CROSSING"),
    ],
)
def test_a_place_yields_to_the_aim_named_as_strongly(title, priority):
    assert _shares_of(title) == [[priority, 1.0]]


def test_without_the_lists_yields_to_the_place_and_the_aim_share_the_project():
    from mtd_analysis.analysis.priorities import load_priorities

    listed = load_priorities().drop(columns="yields_to")
    project = {
        "project_id": ["P1"],
        "title": ["COVID-19 Preparedness at Border Crossing Points"],
        "description": [""],
        "source_file": "f.csv",
        "source_sheet": "",
        "source_row": [2],
    }
    mapping, _ = map_priorities(pd.DataFrame(project), priorities=listed)
    assert dict(zip(mapping["priority_code"], mapping["share"], strict=True)) == {
        "BORDER_CROSSING": 0.5,
        "COVID19": 0.5,
    }


@pytest.mark.parametrize(
    "title",
    [
        "Renovation of checkpoint Krakovets (works suspended during COVID-19 lockdown)",
        "Modernisation of border crossing points; drug detection dogs",
    ],
)
def test_a_place_named_first_keeps_its_share(title):
    assert "BORDER_CROSSING" in [code for code, _ in _shares_of(title)]
