"""Tests of mtd_analysis.analysis.activities: thesaurus, transliteration, places, quantities, agencies, matching."""

from __future__ import annotations

import numpy as np
import pytest

from mtd_analysis.analysis.activities import (
    activity_match,
    agencies_in_text,
    concepts_of,
    load_activity_terms,
    places_of,
    quantities_of,
    text_features,
    transliterate,
    words,
)
from mtd_analysis.reference.activities import activity_terms


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        # examples of the national table (Cabinet of Ministers resolution 55 of 2010), lower-cased
        ("Алушта", "alushta"),
        ("Згорани", "zghorany"),
        ("Розгон", "rozghon"),
        ("Галаґан", "halagan"),
        ("Єнакієве", "yenakiieve"),
        ("Їжакевич", "yizhakevych"),
        ("Кадиївка", "kadyivka"),
        ("Йосипівка", "yosypivka"),
        ("Стрий", "stryi"),
        ("Олексій", "oleksii"),
        ("Хмельницький", "khmelnytskyi"),
        ("Щербухи", "shcherbukhy"),
        ("Юрій", "yurii"),
        ("Корюківка", "koriukivka"),
        ("Яготин", "yahotyn"),
        ("Ічня", "ichnia"),
        ("Знам'янка", "znamianka"),
        ("Шегині", "shehyni"),
    ],
)
def test_transliteration_follows_the_national_table(cyrillic, latin):
    assert transliterate(cyrillic) == latin


def test_words_fold_case_apostrophes_and_hyphens():
    assert words("Body-Worn CAMERAS, п’ять м'ячів; ёж") == ["body", "worn", "cameras", "пять", "мячів", "еж"]
    assert words(None) == [] and words(float("nan")) == []


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Handheld thermal imaging cameras", "thermal_imager"),
        ("Закупівля тепловізорів", "thermal_imager"),
        ("оснащення тепловізійними камерами", "thermal_imager"),
        ("Приобретение тепловизоров", "thermal_imager"),
        ("Bodycams for patrol officers", "body_camera"),
        ("нагрудні відеокамери", "body_camera"),
        ("нагрудных видеорегистраторов", "body_camera"),
        ("Центр реадмісії", "readmission"),
        ("readmission centre", "readmission"),
        ("пунктів пропуску через кордон", "crossing_point"),
        ("Border crossing points", "crossing_point"),
        ("гаряча лінія для постраждалих", "hotline"),
        ("телефон доверия", "hotline"),
        ("Єдиний державний реєстр", "database"),
        ("облаштування укриттів", "civil_shelter"),
        ("притулок для постраждалих від домашнього насильства", "victim_shelter"),
    ],
)
def test_concepts_are_found_whatever_the_language_and_inflection(text, concept):
    assert concept in concepts_of(text)


def test_multi_word_terms_need_their_words_close_together():
    assert "body_camera" in concepts_of("body worn cameras")
    assert "body_camera" not in concepts_of("body armour and helmets; cameras for the cars")
    assert "police_station" not in concepts_of("Patrol police field training officers")


def test_the_thesaurus_is_broad_and_complete():
    concepts = load_activity_terms().concepts
    assert len(concepts) >= 80
    table = activity_terms()
    for lang in ("en", "uk", "ru", "label_en", "label_uk"):
        assert table[lang].str.strip().ne("").all(), lang
    assert set(table["kind"]) == {"action", "object", "theme"}
    assert set(table["implies"]) - {""} <= set(table.loc[table["kind"] == "action", "concept"])


def test_a_bad_thesaurus_is_refused():
    table = activity_terms()
    with pytest.raises(ValueError, match="kinds \\['verb'\\]"):
        load_activity_terms(table.assign(kind=["verb"] + table["kind"].iloc[1:].tolist()))
    with pytest.raises(ValueError, match="'implies' naming no action \\['fly'\\]"):
        load_activity_terms(table.assign(implies="fly"))


def test_places_in_any_script():
    assert places_of("Реконструкція пункту пропуску «Шегині»") == ["Shehyni"]
    assert places_of("Shehyni BCP") == ["Shehyni"]
    assert places_of("в Харківській області") == ["Kharkiv"] == places_of("Харьковской области")
    assert places_of("кордон з Польщею") == ["Poland"] == places_of("the Polish border")
    # a short stem matches a word at most three letters longer: Chop, Чопського, not "chopper"
    assert places_of("Чоп") == ["Chop"] and places_of("choppers") == []


def test_quantities_by_hand():
    assert quantities_of("1 200 officers, 40 thermal imagers, 2021-2022, 1 year") == [1200, 40]
    assert quantities_of("10,000 tests; 10 000 again; 3.5 million") == [10000]
    assert quantities_of(None) == []


def test_agencies_named_in_free_text():
    assert agencies_in_text("Навчання для працівників Національної поліції") == ["NPU"]
    assert agencies_in_text("Support to the State Border Guard Service and the SMS") == ["SBGS", "SMS"]
    assert agencies_in_text("sms messages to citizens") == []  # short codes count in capitals only
    assert agencies_in_text(None) == []


def test_activity_match_by_hand():
    texts = [
        "Закупівля 40 тепловізорів для загону в Шегинях",  # 0
        "Supply of 40 thermal imagers, Shehyni",  # 1
        "Training of operators of thermal imagers",  # 2
        "Supply of thermal imagers, Krakovets",  # 3
        "Community policing in Kharkiv",  # 4
        "Community policing in Kharkiv oblast",  # 5
        "Supply of 25 thermal imagers",  # 6
        "Something the thesaurus does not know",  # 7
    ]
    f = text_features(texts)
    i, j = np.array([0, 0, 0, 4, 0, 0]), np.array([1, 2, 3, 5, 6, 7])
    m = activity_match(f, i, j)
    # 0-1: the same objects (thermal imagers only, weight 3): similarity 1, a place and a number shared
    assert m["concept_similarity"][0] == 1.0
    assert (m["shared_place"][0], m["shared_quantity"][0], m["action_conflict"][0]) == (True, True, False)
    # 0-2: the same object but training against supply
    assert m["action_conflict"][1] and not m["theme_only"][1]
    # 0-3: Shehyni against Krakovets, both crossing points of the Lviv region: different places
    assert m["place_conflict"][2]
    # 4-5: only the community-policing theme in common, no action named
    assert m["theme_only"][3] and m["concept_similarity"][3] == 1.0
    # 0-6: 40 against 25 thermal imagers
    assert m["quantity_conflict"][4] and not m["shared_quantity"][4]
    # 0-7: nothing known in the second text
    assert np.isnan(m["concept_similarity"][5])
