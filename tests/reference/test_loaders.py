"""Each fact of the sector lives in one table, read by one loader (issue 13 item 1)."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pandas as pd
import pytest

from mtd_analysis import schema
from mtd_analysis.reference import agencies, labels, partners, priorities, using

PACKAGE = Path(priorities.__file__).resolve().parents[1]


def test_subgroups_come_from_the_list_in_order_with_labels_and_colours():
    table = priorities.subgroups()
    assert table["subgroup"].tolist() == ["police", "border", "cross", "other", "unmapped"]
    assert table.loc[0, ["name_uk", "label_uk"]].tolist() == ["Реалізація поліцейської діяльності", "Поліція"]
    assert table["colour"].is_unique and table["colour"].str.fullmatch(r"#[0-9A-F]{6}").all()


def test_a_list_with_a_new_subgroup_is_used_by_every_loader_while_in_use():
    listed = priorities.priorities()
    extra = listed.iloc[[0]].assign(
        priority_code="CYBER", subgroup="cyber", subgroup_name_en="Cybercrime", subgroup_name_uk="Кіберзлочинність",
        subgroup_label_en=pd.NA, subgroup_label_uk=pd.NA, subgroup_colour=pd.NA,
    )  # fmt: skip
    with using(priorities=pd.concat([listed, extra], ignore_index=True)):
        assert priorities.subgroup_order()[-1] == "cyber"
        assert labels.label("subgroup.cyber", "uk") == "Кіберзлочинність"
    with pytest.raises(KeyError):
        labels.label("subgroup.cyber", "uk")


def test_special_rows_are_named_by_the_list():
    listed = priorities.priorities().set_index("priority_code")
    assert priorities.special_names("uk") == {c: listed.at[c, "name_uk"] for c in ("OTHER", "UNMAPPED")}
    assert schema.SPECIAL_PRIORITIES == ("OTHER", "UNMAPPED")


def test_agencies_in_one_table():
    table = pd.read_csv(PACKAGE / "reference" / "data" / "agencies.csv", dtype=str, keep_default_na=False)
    assert agencies.agency_codes() == tuple(table["code"]) == schema.AGENCY_CODES
    assert agencies.agency_spellings()["NPU"][:2] == ["NPU", "National Police"]
    found = [c for c, p in agencies.agency_patterns().items() if p.search("support to the National Police")]
    assert found == ["NPU"]
    assert labels.label("agency.SBGS", "en") == table.set_index("code").at["SBGS", "label_en"]


def test_partner_spellings_keep_the_canonical_name_first():
    table = partners.partners()
    first = table.iloc[0]
    assert partners.partner_spellings()[first["partner"]][0] == first["partner"]


def test_no_module_reads_a_reference_table_but_its_loader():
    """The reference CSV files are opened only under reference/ (a fact is never read twice)."""
    names = [p.name for p in (PACKAGE / "reference" / "data").glob("*.csv")]
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if "reference" in path.relative_to(PACKAGE).parts or path.name == "config.py":
            continue
        text = path.read_text(encoding="utf-8")
        offenders += [f"{path.name}: {n}" for n in names if re.search(rf"[\"']{re.escape(n)}[\"']", text)]
        read = [m for m in re.findall(r"config\.\w+_FILE\b(?!\.name)", text) if m != "config.RATES_FILE"]
        offenders += [
            f"{path.name}: {m}" for m in read
        ]  # rates: read by analysis.money.load_rates, their loader
    assert offenders == []


def test_every_label_has_both_languages():
    with open(PACKAGE / "reference" / "data" / "labels.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert all(r["en"] and r["uk"] for r in rows)
    assert not [
        r["key"] for r in rows if r["key"].startswith(("subgroup.", "agency.")) and r["key"] != "agency.none"
    ]
