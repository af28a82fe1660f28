"""Acceptance tests for issue 4 (overlaps between partners), as the reviewers will check it.

"On partner files you have not seen: every planted overlap is found, and no pair without time overlap or without a
shared agency and priority appears."

Four partner files written here, unlike the bundled sample: an EU workbook in English with a title block, a Canadian
workbook in English, a UNDP CSV in Ukrainian (';', dd.mm.yyyy dates, priority in words) and a workbook of several
partners. A ``decisions.csv`` beside them holds the working group's verdicts on two pairs. Planted, by hand:

* community policing for the National Police in 2021 by the EU, Canada and UNDP (the UNDP one in Ukrainian): three
  pairs, one cluster; Japan's community policing is for the National Guard, so it joins no pair;
* border crossing points for the SBGS: EU-BC-1 and EU-BC-2 are the EU's own (never a pair), IOM-BC-7 overlaps both;
  the group decided that EU-BC-1 / IOM-BC-7 is a duplicate;
* drug crime for the police: the group decided that US-DR-1 / UK-DR-2 are not related (6 months of overlap);
* domestic violence: Sweden's project ended in 2020, Norway's runs in 2021 (no time overlap, no pair);
* illegal migration: Denmark's project is for the SMS, Switzerland's for the SBGS (no shared agency, no pair);
* trafficking: the Netherlands and Norway overlap for 3 months only (Jan-Mar 2021).

All amounts are in EUR, so a project's 2021 funding is its amount times the share of its days (both ends included)
falling in 2021; each figure is worked out below.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import Workbook

from mtd_analysis.build import build

# overlaps.csv columns, exactly as issue 4 lists them
ISSUE_COLUMNS = [
    "project_a",
    "project_b",
    "partner_a",
    "partner_b",
    "priority_code",
    "subgroup",
    "beneficiary",
    "overlap_start",
    "overlap_end",
    "overlap_months",
    "similarity",
    "score",
    "cluster",
    "reasons",
    "decision",
]

HEADER = ["Project code", "Partner", "Implementer", "Project title", "Description", "Beneficiary", "Priority",
          "Start date", "End date", "Amount", "Currency"]  # fmt: skip


def d(y: int, m: int, day: int) -> dt.datetime:
    return dt.datetime(y, m, day)


EU_ROWS = [
    ["EU-CP-1", "European Union", "Council of Europe", "Community policing in Kharkiv oblast",
     "Training of community police officers and joint safety audits with local councils", "NPU",
     "COMMUNITY_POLICING", d(2021, 3, 1), d(2021, 12, 31), 500_000, "EUR"],
    ["EU-BC-1", "European Union", "ICMPD", "Equipment for border crossing points on the Polish border",
     "Scanners and document readers for passenger lanes", "SBGS", "BORDER_CROSSING",
     d(2021, 1, 1), d(2021, 12, 31), 800_000, "EUR"],
    ["EU-BC-2", "European Union", "ICMPD", "Electronic queue at border crossing points",
     "Queue management software for lorries", "SBGS", "BORDER_CROSSING", d(2021, 2, 1), d(2021, 11, 30),
     300_000, "EUR"],
]  # fmt: skip
CANADA_ROWS = [
    ["CA-17", "Canada", "OSCE", "Police and community dialogue in Kharkiv",
     "Community police officers meet residents; local safety plans", "NPU", "COMMUNITY_POLICING",
     d(2021, 6, 1), d(2021, 12, 31), 400_000, "EUR"],
]  # fmt: skip
OTHER_ROWS = [
    ["IOM-BC-7", "IOM", "IOM", "Modernisation of border crossing points at the Polish border",
     "Renovated passenger terminals", "SBGS", "BORDER_CROSSING", d(2021, 4, 1), d(2022, 3, 31), 365_000, "EUR"],
    ["US-DR-1", "USA", "INL", "Drug crime investigation capacity", "Training of drug investigators", "NPU",
     "DRUGS", d(2021, 1, 1), d(2021, 12, 31), 250_000, "EUR"],
    ["UK-DR-2", "UK", "UNODC", "Forensic laboratory for drug analysis", "Laboratory equipment", "NPU", "DRUGS",
     d(2021, 7, 1), d(2022, 6, 30), 365_000, "EUR"],
    ["SE-DV-1", "Sweden", "UN Women", "Mobile response groups on domestic violence", None, "NPU",
     "DOMESTIC_VIOLENCE", d(2019, 1, 1), d(2020, 6, 30), 200_000, "EUR"],
    ["NO-DV-2", "Norway", "UNFPA", "Shelters and police response to domestic violence", None, "NPU",
     "DOMESTIC_VIOLENCE", d(2021, 1, 1), d(2021, 12, 31), 150_000, "EUR"],
    ["DK-MI-1", "Denmark", "IOM", "Return of irregular migrants", None, "SMS", "ILLEGAL_MIGRATION",
     d(2021, 1, 1), d(2021, 12, 31), 200_000, "EUR"],
    ["CH-MI-2", "Switzerland", "ICMPD", "Detection of irregular migrants at the green border", None, "SBGS",
     "ILLEGAL_MIGRATION", d(2021, 1, 1), d(2021, 12, 31), 100_000, "EUR"],
    ["NL-TR-1", "Netherlands", "IOM", "Counter-trafficking hotline", None, "NPU", "TRAFFICKING",
     d(2020, 1, 1), d(2021, 3, 31), 456_000, "EUR"],
    ["NO-TR-2", "Norway", "OSCE", "Investigation of human trafficking cases", None, "NPU", "TRAFFICKING",
     d(2021, 1, 1), d(2021, 12, 31), 120_000, "EUR"],
    ["JP-CP-9", "Japan", "JICA", "Koban community police boxes for the National Guard", None, "NGU",
     "COMMUNITY_POLICING", d(2021, 1, 1), d(2021, 12, 31), 100_000, "EUR"],
]  # fmt: skip
UNDP_CSV = (
    "Шифр проєкту;Донор;Виконавець;Назва проєкту;Опис;Бенефіціар;Пріоритет;Дата початку;Дата завершення;Сума;Валюта\n"
    "UNDP-0042;ПРООН;ПРООН;Поліцейський офіцер громади у Харківській області;"
    "Навчання поліцейських офіцерів громади та безпекові аудити громад;Національна поліція України;"
    "Взаємодія поліції та населення на засадах партнерства;01.01.2021;30.09.2021;300 000,00;EUR\n"
)
DECISIONS_CSV = (
    "project_a,project_b,decision,note,date\n"
    "IOM-BC-7,EU-BC-1,duplicate,same passenger terminals,2021-05-12\n"
    "UK-DR-2,US-DR-1,Not related,laboratory versus investigators,2021-05-12\n"
)

CLUSTER = {"EU-CP-1", "CA-17", "UNDP-0042"}


def pair(a: str, b: str) -> tuple[str, str]:
    return (min(a, b), max(a, b))


def write_xlsx(path: Path, rows: list[list], title: str | None = None) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Projects"
    if title:
        ws.append([title])
        ws.append([])
    ws.append(HEADER)
    for row in rows:
        ws.append(row)
    wb.save(path)


def run_cli(*args, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "mtd_analysis", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=cwd,
        env={**os.environ, "PYTHONWARNINGS": "ignore", "PYTHONIOENCODING": "utf-8"},
    )


@pytest.fixture(scope="module")
def raw(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("overlaps") / "submissions"
    folder.mkdir()
    write_xlsx(
        folder / "eu_projects.xlsx", EU_ROWS, title="EU-funded projects for the MIA system, March 2021"
    )
    write_xlsx(folder / "canada.xlsx", CANADA_ROWS)
    write_xlsx(folder / "partners_2021.xlsx", OTHER_ROWS)
    (folder / "undp_uk.csv").write_text(UNDP_CSV, encoding="utf-8")
    (folder / "decisions.csv").write_text(DECISIONS_CSV, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def out(raw) -> Path:
    target = raw.parent / "out"
    build(raw, target, year=2021)
    return target


@pytest.fixture(scope="module")
def overlaps(out) -> pd.DataFrame:
    return pd.read_csv(out / "overlaps.csv")


def pairs_of(frame: pd.DataFrame) -> set[tuple[str, str]]:
    return {pair(a, b) for a, b in zip(frame["project_a"], frame["project_b"], strict=True)}


def row_of(frame: pd.DataFrame, a: str, b: str) -> pd.Series:
    found = frame[
        [pair(x, y) == pair(a, b) for x, y in zip(frame["project_a"], frame["project_b"], strict=True)]
    ]
    assert len(found) == 1, f"pair {a} / {b} appears {len(found)} times:\n{frame.to_string()}"
    return found.iloc[0]


def test_every_submission_loads_cleanly(out):
    projects = pd.read_csv(out / "projects.csv")
    issues = pd.read_csv(out / "issues.csv")
    assert len(projects) == len(EU_ROWS) + len(CANADA_ROWS) + len(OTHER_ROWS) + 1
    assert issues[issues["severity"] == "error"].empty, issues.to_string()
    undp = projects.set_index("project_id").loc["UNDP-0042"]
    assert (undp["partner"], undp["beneficiaries"], undp["lang"]) == ("UNDP", "NPU", "uk")
    allocations = pd.read_csv(out / "allocations.csv")
    mapped = allocations[allocations["project_id"] == "UNDP-0042"]["priority_code"].unique().tolist()
    assert mapped == ["COMMUNITY_POLICING"]  # declared in Ukrainian words


def test_overlaps_csv_has_exactly_the_columns_of_the_issue(overlaps):
    assert overlaps.columns.tolist() == ISSUE_COLUMNS


def test_planted_pairs_are_found_and_nothing_else(overlaps):
    expected = {
        pair("EU-CP-1", "CA-17"),
        pair("EU-CP-1", "UNDP-0042"),
        pair("CA-17", "UNDP-0042"),
        pair("EU-BC-1", "IOM-BC-7"),
        pair("EU-BC-2", "IOM-BC-7"),
        pair("US-DR-1", "UK-DR-2"),
        pair("NL-TR-1", "NO-TR-2"),
    }
    assert pairs_of(overlaps) == expected
    assert len(overlaps) == len(expected)  # one row per pair


def test_three_partners_in_two_languages_read_as_one_cluster(overlaps):
    rows = overlaps[overlaps["project_a"].isin(CLUSTER) | overlaps["project_b"].isin(CLUSTER)]
    assert len(rows) == 3
    assert rows["cluster"].nunique() == 1 and rows["cluster"].iloc[0] >= 1
    assert set(rows["partner_a"]) | set(rows["partner_b"]) == {"EU", "Canada", "UNDP"}
    assert set(rows["priority_code"]) == {"COMMUNITY_POLICING"}
    assert set(rows["subgroup"]) == {"police"}
    assert set(rows["beneficiary"]) == {"NPU"}
    # no other pair is in that cluster
    assert (overlaps["cluster"] == rows["cluster"].iloc[0]).sum() == 3
    # the pair in two languages surfaced through the structural rule
    cross = row_of(overlaps, "EU-CP-1", "UNDP-0042")
    assert 0 <= cross["similarity"] <= 1 and 0 <= cross["score"] <= 1


@pytest.mark.parametrize(
    ("a", "b", "start", "end", "months", "span"),
    [
        # EU 1 Mar-31 Dec, Canada 1 Jun-31 Dec, UNDP 1 Jan-30 Sep (all 2021)
        ("EU-CP-1", "CA-17", "2021-06-01", "2021-12-31", 7, "Jun–Dec 2021"),
        ("EU-CP-1", "UNDP-0042", "2021-03-01", "2021-09-30", 7, "Mar–Sep 2021"),
        ("CA-17", "UNDP-0042", "2021-06-01", "2021-09-30", 4, "Jun–Sep 2021"),
        # EU-BC-1 whole 2021, IOM-BC-7 1 Apr 2021-31 Mar 2022
        ("EU-BC-1", "IOM-BC-7", "2021-04-01", "2021-12-31", 9, "Apr–Dec 2021"),
        ("NL-TR-1", "NO-TR-2", "2021-01-01", "2021-03-31", 3, "Jan–Mar 2021"),
    ],
)
def test_reasons_say_priority_agency_months_and_similarity(overlaps, a, b, start, end, months, span):
    row = row_of(overlaps, a, b)
    assert (row["overlap_start"], row["overlap_end"], row["overlap_months"]) == (start, end, months)
    reasons = row["reasons"]
    assert f"same priority {row['priority_code']}" in reasons
    assert f"both {row['beneficiary']}" in reasons
    assert f"overlap {span} ({months} months)" in reasons
    assert "% similar" in reasons


def test_the_partners_own_projects_are_never_a_pair(overlaps):
    assert pair("EU-BC-1", "EU-BC-2") not in pairs_of(overlaps)
    assert pair("NO-DV-2", "NO-TR-2") not in pairs_of(overlaps)
    assert (overlaps["partner_a"] != overlaps["partner_b"]).all()


def test_no_pair_without_time_overlap_or_shared_agency(overlaps):
    found = pairs_of(overlaps)
    assert pair("SE-DV-1", "NO-DV-2") not in found  # 2019-2020 against 2021
    assert pair("DK-MI-1", "CH-MI-2") not in found  # SMS against SBGS
    assert not any("JP-CP-9" in p for p in found)  # community policing for the National Guard


def test_every_pair_shares_priority_agency_and_time(out, overlaps):
    """The reviewer's check on the whole output, against projects.csv and allocations.csv."""
    projects = pd.read_csv(out / "projects.csv").set_index("project_id")
    allocations = pd.read_csv(out / "allocations.csv")
    priorities = allocations.groupby("project_id")["priority_code"].agg(set)
    for row in overlaps.itertuples(index=False):
        a, b = projects.loc[row.project_a], projects.loc[row.project_b]
        assert (a["partner"], b["partner"]) == (row.partner_a, row.partner_b)
        assert a["partner"] != b["partner"]
        assert row.priority_code in priorities[row.project_a] & priorities[row.project_b]
        for agency in row.beneficiary.split(";"):
            assert agency in a["beneficiaries"].split(";") and agency in b["beneficiaries"].split(";")
        assert max(a["start_date"], b["start_date"]) == row.overlap_start
        assert min(a["end_date"], b["end_date"]) == row.overlap_end
        assert row.overlap_start <= row.overlap_end


def test_decided_pairs_keep_their_decision_and_are_not_new(overlaps):
    duplicate = row_of(overlaps, "EU-BC-1", "IOM-BC-7")
    unrelated = row_of(overlaps, "US-DR-1", "UK-DR-2")
    assert duplicate["decision"] == "duplicate"
    assert unrelated["decision"] == "not_related"
    assert unrelated["cluster"] == 0  # dismissed: joins no cluster
    new = overlaps[overlaps["decision"].isna()]
    assert pairs_of(new) == {
        pair("EU-CP-1", "CA-17"),
        pair("EU-CP-1", "UNDP-0042"),
        pair("CA-17", "UNDP-0042"),
        pair("EU-BC-2", "IOM-BC-7"),
        pair("NL-TR-1", "NO-TR-2"),
    }


def test_duplication_figures_by_hand(out):
    table = pd.read_csv(out / "duplication.csv")
    table = table[table["year"] == 2021].set_index(["subgroup", "priority_code"])
    overlapping = next(c for c in table.columns if c.startswith("funding_overlapping"))
    funding = next(c for c in table.columns if c.startswith("funding_") and c != overlapping)

    # 2021 money: NL-TR-1 456,000 over 2020-01-01..2021-03-31 (366 + 90 days) -> 90,000 in 2021;
    # IOM-BC-7 365,000 over 365 days from 2021-04-01 -> 275 days in 2021 -> 275,000;
    # UK-DR-2 365,000 over 365 days from 2021-07-01 -> 184 days in 2021 -> 184,000; SE-DV-1 ended in 2020.
    community = 500_000 + 400_000 + 300_000  # EU, Canada, UNDP: the cluster
    community_all = community + 100_000  # Japan, for the National Guard
    trafficking = 90_000 + 120_000
    drugs = 250_000 + 184_000  # decided not related: not duplication
    violence = 150_000
    police_overlap = community + trafficking
    police_all = community_all + trafficking + drugs + violence
    crossing = 800_000 + 300_000 + 275_000  # the duplicate pair and the new pair EU-BC-2 / IOM-BC-7
    migration = 200_000 + 100_000
    expected = {
        ("police", "COMMUNITY_POLICING"): (3, 1, community, community_all),
        ("police", "TRAFFICKING"): (1, 1, trafficking, trafficking),
        ("police", "DRUGS"): (0, 0, 0, drugs),
        ("police", "DOMESTIC_VIOLENCE"): (0, 0, 0, violence),
        ("border", "BORDER_CROSSING"): (2, 1, crossing, crossing),
        ("border", "ILLEGAL_MIGRATION"): (0, 0, 0, migration),
    }
    for key, (n_pairs, n_clusters, money, total) in expected.items():
        row = table.loc[key]
        assert (row["n_pairs"], row["n_clusters"]) == (n_pairs, n_clusters), key
        assert row[overlapping] == pytest.approx(money, abs=1), key
        assert row[funding] == pytest.approx(total, abs=1), key
        assert row["overlap_share"] == pytest.approx(money / total, abs=1e-4), key
    # the subgroup's share: funding in overlapping projects over the subgroup's funding for the year
    police = table.loc[("police", "ALL")]
    assert police[overlapping] == pytest.approx(police_overlap, abs=1)
    assert police[funding] == pytest.approx(police_all, abs=1)
    assert police["overlap_share"] == pytest.approx(police_overlap / police_all, abs=1e-4)
    border = table.loc[("border", "ALL")]
    assert border[funding] == pytest.approx(crossing + migration, abs=1)
    assert border["overlap_share"] == pytest.approx(crossing / (crossing + migration), abs=1e-4)
    assert (police["n_pairs"], police["n_clusters"]) == (4, 2)


def test_cli_max_per_project_bounds_new_candidates(raw, overlaps):
    out = raw.parent / "out_k1"
    done = run_cli("build", raw, "--out", out, "--max-per-project", "1", "--quiet", cwd=raw.parent)
    assert done.returncode == 0, done.stderr[-3000:]
    bounded = pd.read_csv(out / "overlaps.csv")
    new = bounded[bounded["decision"].isna()]
    per_project = pd.concat([new["project_a"], new["project_b"]]).value_counts()
    assert per_project.max() == 1, per_project
    # each community-policing pair shares a project with the others: one of the three can stay, the best one
    policing = new[new["priority_code"] == "COMMUNITY_POLICING"]
    assert len(policing) == 1
    # the best: Canada's project lies wholly inside EU-CP-1 and both titles are English and alike, while the other
    # two pairs overlap for part of the shorter period only and compare an English title with a Ukrainian one
    assert pairs_of(policing) == {pair("EU-CP-1", "CA-17")}
    best = overlaps[overlaps["priority_code"] == "COMMUNITY_POLICING"].sort_values("score").iloc[-1]
    assert pair(best["project_a"], best["project_b"]) == pair("EU-CP-1", "CA-17")
    # decided pairs stay, whatever the bound
    assert row_of(bounded, "EU-BC-1", "IOM-BC-7")["decision"] == "duplicate"
    assert row_of(bounded, "US-DR-1", "UK-DR-2")["decision"] == "not_related"


def test_cli_min_months_drops_short_overlaps(raw):
    out = raw.parent / "out_m6"
    done = run_cli("build", raw, "--out", out, "--min-months", "6", "--quiet", cwd=raw.parent)
    assert done.returncode == 0, done.stderr[-3000:]
    found = pairs_of(pd.read_csv(out / "overlaps.csv"))
    assert pair("NL-TR-1", "NO-TR-2") not in found  # 3 months
    assert pair("CA-17", "UNDP-0042") not in found  # 4 months
    assert pair("EU-CP-1", "CA-17") in found  # 7 months
    assert pair("US-DR-1", "UK-DR-2") in found  # exactly 6 months: kept


def test_same_submissions_give_byte_identical_overlaps(raw, out):
    again = raw.parent / "out_again"
    build(raw, again, year=2021)
    for name in ("overlaps.csv", "duplication.csv"):
        assert (again / name).read_bytes() == (out / name).read_bytes(), name
