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


def test_overlaps_csv_has_the_columns_of_the_issue_then_the_tier_columns(overlaps):
    assert overlaps.columns.tolist() == [
        *ISSUE_COLUMNS,
        "tier",
        "activity_similarity",
        "evidence",
        "agency_basis",
    ]
    assert set(overlaps["tier"]) <= {"likely duplicate", "coordinate", "internal"}


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


def test_three_partners_in_two_languages_read_in_tiers(overlaps):
    rows = overlaps[overlaps["project_a"].isin(CLUSTER) | overlaps["project_b"].isin(CLUSTER)]
    assert len(rows) == 3
    assert set(rows["partner_a"]) | set(rows["partner_b"]) == {"EU", "Canada", "UNDP"}
    assert set(rows["priority_code"]) == {"COMMUNITY_POLICING"}
    assert set(rows["subgroup"]) == {"police"}
    assert set(rows["beneficiary"]) == {"NPU"}
    # EU and UNDP both train community police officers and run safety audits in Kharkiv, one in English,
    # one in Ukrainian: the same activity. Canada's project is dialogue meetings with residents: the
    # same theme, agency and time, another activity.
    cross = row_of(overlaps, "EU-CP-1", "UNDP-0042")
    assert cross["tier"] == "likely duplicate"
    assert "training / навчання" in cross["evidence"] and "same place: Kharkiv" in cross["evidence"]
    for other in ("EU-CP-1", "UNDP-0042"):
        assert row_of(overlaps, "CA-17", other)["tier"] == "coordinate"
    # the likely duplicate is a cluster of its own, listed first; the two coordination pairs share one
    assert cross["cluster"] == 1 and (overlaps["cluster"] == 1).sum() == 1
    coordinated = {row_of(overlaps, "CA-17", other)["cluster"] for other in ("EU-CP-1", "UNDP-0042")}
    assert len(coordinated) == 1 and coordinated != {1}
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


def test_the_partners_own_projects_are_never_a_pair_between_partners(overlaps):
    # EU-BC-1 (scanners and document readers) and EU-BC-2 (queue software) are the EU's own and differ
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
        assert row.agency_basis == "stated"
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
    # Likely duplicates: EU-CP-1 / UNDP-0042 (same training and audits), EU-BC-1 / IOM-BC-7 (decided
    # duplicate). Coordination: Canada with EU and with UNDP; EU-BC-2 / IOM-BC-7 (queue software against
    # terminals); NL-TR-1 / NO-TR-2 (a hotline against investigations). US-DR-1 / UK-DR-2 is dismissed.
    community_likely = 500_000 + 300_000
    community_coordinate = 500_000 + 400_000 + 300_000
    community_all = community_coordinate + 100_000  # Japan, for the National Guard
    trafficking = 90_000 + 120_000
    drugs = 250_000 + 184_000
    violence = 150_000
    crossing_likely = 800_000 + 275_000
    crossing_coordinate = 300_000 + 275_000
    crossing = 800_000 + 300_000 + 275_000
    migration = 200_000 + 100_000
    coordinate = next(c for c in table.columns if c.startswith("funding_coordinate"))
    expected = {
        # n_pairs, n_clusters, likely money, coordinate pairs, coordinate money, funding
        ("police", "COMMUNITY_POLICING"): (1, 1, community_likely, 2, community_coordinate, community_all),
        ("police", "TRAFFICKING"): (0, 0, 0, 1, trafficking, trafficking),
        ("police", "DRUGS"): (0, 0, 0, 0, 0, drugs),
        ("police", "DOMESTIC_VIOLENCE"): (0, 0, 0, 0, 0, violence),
        ("border", "BORDER_CROSSING"): (1, 1, crossing_likely, 1, crossing_coordinate, crossing),
        ("border", "ILLEGAL_MIGRATION"): (0, 0, 0, 0, 0, migration),
    }
    for key, (n_pairs, n_clusters, money, n_coordinate, coordinated, total) in expected.items():
        row = table.loc[key]
        assert (row["n_pairs"], row["n_clusters"], row["n_coordinate_pairs"]) == (
            n_pairs,
            n_clusters,
            n_coordinate,
        )
        assert row[overlapping] == pytest.approx(money, abs=1), key
        assert row[coordinate] == pytest.approx(coordinated, abs=1), key
        assert row[funding] == pytest.approx(total, abs=1), key
        assert row["overlap_share"] == pytest.approx(money / total, abs=1e-4), key
        assert row["n_internal_pairs"] == 0
    police = table.loc[("police", "ALL")]
    police_all = community_all + trafficking + drugs + violence
    assert police[overlapping] == pytest.approx(community_likely, abs=1)
    assert police[coordinate] == pytest.approx(community_coordinate + trafficking, abs=1)
    assert police["overlap_share"] == pytest.approx(community_likely / police_all, abs=1e-4)
    assert (police["n_pairs"], police["n_clusters"], police["n_coordinate_pairs"]) == (1, 1, 3)
    border = table.loc[("border", "ALL")]
    assert border[funding] == pytest.approx(crossing + migration, abs=1)
    assert border["overlap_share"] == pytest.approx(crossing_likely / (crossing + migration), abs=1e-4)


def test_cli_max_per_project_bounds_new_candidates(raw, overlaps):
    out = raw.parent / "out_k1"
    done = run_cli("build", raw, "--out", out, "--max-per-project", "1", "--quiet", cwd=raw.parent)
    assert done.returncode == 0, done.stderr[-3000:]
    bounded = pd.read_csv(out / "overlaps.csv")
    new = bounded[bounded["decision"].isna()]
    for _, tier in new.groupby("tier"):  # at most one new pair per project in each tier
        per_project = pd.concat([tier["project_a"], tier["project_b"]]).value_counts()
        assert per_project.max() == 1, per_project
    # the likely duplicate stays; of Canada's two coordination pairs, the best one: Canada's project lies
    # wholly inside EU-CP-1's period (overlap share 1) but only 4 of its 7 months inside UNDP's (0.57), and
    # two pairs sharing only a theme differ by at most 0.4 x 0.45 in activity
    policing = new[new["priority_code"] == "COMMUNITY_POLICING"]
    assert pairs_of(policing) == {pair("EU-CP-1", "UNDP-0042"), pair("EU-CP-1", "CA-17")}
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


# --------------------------------------------------------------------------------------------------------------
# Issue 15: tiers across languages, planted duplicates, look-alikes, missing agencies, one partner twice.
#
# Planted, by hand (all 2021, overlapping):
# * likely duplicates written by different partners in different languages: thermal imagers for the border
#   detachments on the Belarus border (Poland in Ukrainian, USA in English); body cameras for Dnipro patrol police
#   (Japan in Russian, Canada in English, and Japan again in English);
# * look-alikes that are not duplicates: radars against thermal imagers on the same border; renovation of two
#   different crossing points (Ustyluh, Yahodyn); training on readmission against building a readmission centre;
# * Norway's file has no beneficiary column: its drug-laboratory project names the National Police in its title
#   (agency inferred), its forensic-laboratory project names no agency (compared within the priority);
# * Japan's two body-camera projects are one partner's look-alikes: internal, for Japan's feedback.
TIER_HEADER = ["Project code", "Partner", "Project title", "Description", "Beneficiary", "Priority",
               "Start date", "End date", "Amount", "Currency"]  # fmt: skip
TIER_ROWS = [
    ["PL-TI-1", "Poland", "Закупівля тепловізорів для прикордонних загонів на кордоні з Білоруссю",
     "30 тепловізійних камер для прикордонних нарядів", "ДПСУ", "BORDER_SECURITY", d(2021, 2, 1), d(2021, 12, 31),
     300_000, "EUR"],
    ["US-TI-2", "USA", "Thermal imaging cameras for border detachments on the Belarus border",
     "Supply of 30 handheld thermal imagers", "SBGS", "BORDER_SECURITY", d(2021, 4, 1), d(2022, 3, 31), 365_000,
     "EUR"],
    ["LT-RD-3", "Lithuania", "Radar stations for the Belarus border", "Ground surveillance radars for detachments",
     "SBGS", "BORDER_SECURITY", d(2021, 1, 1), d(2021, 12, 31), 500_000, "EUR"],
    ["EU-BC-4", "EU", "Renovation of the Ustyluh border crossing point", "New passenger terminal and lanes", "SBGS",
     "BORDER_CROSSING", d(2021, 1, 1), d(2021, 12, 31), 900_000, "EUR"],
    ["PL-BC-5", "Poland", "Реконструкція пункту пропуску «Ягодин»", "Ремонт пасажирського терміналу та смуг руху",
     "ДПСУ", "BORDER_CROSSING", d(2021, 3, 1), d(2021, 12, 31), 700_000, "EUR"],
    ["JP-BW-6", "Japan", "Нагрудные видеокамеры для патрульной полиции Днепра", "Поставка 400 нагрудных камер",
     "Национальная полиция", "COMMUNITY_POLICING", d(2021, 1, 1), d(2021, 12, 31), 400_000, "EUR"],
    ["CA-BW-7", "Canada", "Body-worn cameras for Dnipro patrol police", "400 body cameras with docking stations",
     "NPU", "COMMUNITY_POLICING", d(2021, 5, 1), d(2022, 4, 30), 365_000, "EUR"],
    ["SE-MI-8", "Sweden", "Training of migration officers on readmission procedures",
     "Courses for staff of the migration service", "SMS", "ILLEGAL_MIGRATION", d(2021, 1, 1), d(2021, 12, 31),
     100_000, "EUR"],
    ["DE-MI-9", "Germany", "Будівництво центру реадмісії у Волинській області", "Будівельні роботи", "ДМС",
     "ILLEGAL_MIGRATION", d(2021, 1, 1), d(2021, 12, 31), 1_000_000, "EUR"],
    ["UK-DA-11", "UK", "Мобільні лабораторії для аналізу наркотиків", "Дві пересувні лабораторії", "НПУ", "DRUGS",
     d(2021, 1, 1), d(2021, 12, 31), 250_000, "EUR"],
    ["CH-FL-13", "Switzerland", "Пересувні криміналістичні лабораторії для огляду місць події", None, "НПУ",
     "CUSTODY", d(2021, 1, 1), d(2021, 12, 31), 150_000, "EUR"],
    ["JP-BW-14", "Japan", "Body cameras for patrol officers in Dnipro", "400 wearable cameras", "NPU",
     "COMMUNITY_POLICING", d(2021, 2, 1), d(2021, 12, 31), 330_000, "EUR"],
]  # fmt: skip
NORWAY_HEADER = ["Project code", "Partner", "Project title", "Priority", "Start date", "End date", "Amount",
                 "Currency"]  # fmt: skip
NORWAY_ROWS = [
    ["NO-DA-10", "Norway", "Mobile laboratories for drug analysis for the National Police", "DRUGS",
     d(2021, 3, 1), d(2021, 12, 31), 200_000, "EUR"],
    ["NO-FL-12", "Norway", "Mobile forensic laboratories for crime scene examination", "CUSTODY",
     d(2021, 3, 1), d(2021, 12, 31), 120_000, "EUR"],
]  # fmt: skip
LIKELY = {
    pair("PL-TI-1", "US-TI-2"),
    pair("CA-BW-7", "JP-BW-6"),
    pair("CA-BW-7", "JP-BW-14"),
    pair("NO-DA-10", "UK-DA-11"),
    pair("CH-FL-13", "NO-FL-12"),
}
COORDINATE = {
    pair("LT-RD-3", "PL-TI-1"),
    pair("LT-RD-3", "US-TI-2"),
    pair("EU-BC-4", "PL-BC-5"),
    pair("DE-MI-9", "SE-MI-8"),
}
INTERNAL = {pair("JP-BW-14", "JP-BW-6")}


def _sheet(path: Path, header: list[str], rows: list[list]) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(header)
    for row in rows:
        ws.append(row)
    wb.save(path)


@pytest.fixture(scope="module")
def tiers_out(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("tiers") / "submissions"
    folder.mkdir()
    _sheet(folder / "partners.xlsx", TIER_HEADER, TIER_ROWS)
    _sheet(folder / "norway.xlsx", NORWAY_HEADER, NORWAY_ROWS)
    build(folder, folder.parent / "out", year=2021)
    return folder.parent / "out"


@pytest.fixture(scope="module")
def tiered(tiers_out) -> pd.DataFrame:
    return pd.read_csv(tiers_out / "overlaps.csv")


def _tier_pairs(frame: pd.DataFrame, tier: str) -> set[tuple[str, str]]:
    return pairs_of(frame[frame["tier"] == tier])


def test_every_planted_duplicate_is_likely_and_no_look_alike_is(tiered):
    assert _tier_pairs(tiered, "likely duplicate") == LIKELY


def test_every_structural_pair_is_in_one_of_the_two_tiers(tiered):
    between = tiered[tiered["tier"] != "internal"]
    assert pairs_of(between) == LIKELY | COORDINATE
    assert len(between) == len(LIKELY | COORDINATE)
    assert _tier_pairs(tiered, "coordinate") == COORDINATE


def test_cross_language_evidence_names_the_activity_in_both_languages(tiered):
    imagers = row_of(tiered, "PL-TI-1", "US-TI-2")
    assert "thermal imagers / тепловізори" in imagers["evidence"]
    assert "same quantity: 30" in imagers["evidence"]
    assert imagers["activity_similarity"] >= 0.58
    cameras = row_of(tiered, "CA-BW-7", "JP-BW-6")  # English against Russian
    assert (
        "body cameras / нагрудні камери" in cameras["evidence"]
        and "same place: Dnipro" in cameras["evidence"]
    )
    places = row_of(tiered, "EU-BC-4", "PL-BC-5")  # Ukrainian place name transliterated
    assert "places Ustyluh against Yahodyn" in places["evidence"]


def test_missing_agencies_are_inferred_or_compared_within_the_priority(tiered):
    inferred = row_of(tiered, "NO-DA-10", "UK-DA-11")
    assert (inferred["agency_basis"], inferred["beneficiary"]) == ("inferred", "NPU")
    assert "agency inferred from the title or description" in inferred["evidence"]
    unknown = row_of(tiered, "CH-FL-13", "NO-FL-12")
    assert unknown["agency_basis"] == "not stated"
    assert "agency not stated: compared within the priority" in unknown["evidence"]


def test_one_partners_look_alikes_are_internal_and_reach_its_feedback(tiers_out, tiered):
    internal = tiered[tiered["tier"] == "internal"]
    assert pairs_of(internal) == INTERNAL
    assert (internal["partner_a"] == internal["partner_b"]).all()
    issues = pd.read_csv(tiers_out / "issues.csv")
    overlap = issues[issues["kind"] == "overlap"]
    assert len(overlap) == 1
    row = overlap.iloc[0]
    # JP-BW-6 is the second of the pair (ids sorted); it is the 7th row of the sheet (header on row 1)
    assert (row["file"], row["row"], row["severity"]) == ("partners.xlsx", 7, "warning")
    assert "JP-BW-14" in row["message"] and "row 13" in row["message"]
    from mtd_analysis.outputs.feedback import write_feedback

    written = write_feedback(tiers_out, tiers_out.parent / "feedback")
    japan = written[written["partner"].str.contains("Japan")]  # the workbook of the file Japan's rows are in
    assert len(japan) == 1 and japan["warnings"].iloc[0] >= 1


def test_duplication_leads_with_likely_duplicates(tiers_out):
    table = pd.read_csv(tiers_out / "duplication.csv").set_index(["subgroup", "priority_code"])
    # body cameras: Canada with both of Japan's (likely), Japan with itself (internal, not duplication);
    # 2021 money: CA-BW-7 365,000 over 365 days from 1 May -> 245 days in 2021; JP 400,000 and 330,000
    police = table.loc[("police", "COMMUNITY_POLICING")]
    assert (police["n_pairs"], police["n_coordinate_pairs"], police["n_internal_pairs"]) == (2, 0, 1)
    assert police["funding_overlapping_eur"] == pytest.approx(245_000 + 400_000 + 330_000, abs=1)
    border = table.loc[("border", "BORDER_SECURITY")]
    # thermal imagers: PL 300,000 (all in 2021) + US 365,000 from 1 Apr -> 275 days in 2021
    assert (border["n_pairs"], border["n_coordinate_pairs"]) == (1, 2)
    assert border["funding_overlapping_eur"] == pytest.approx(300_000 + 275_000, abs=1)
    assert border["funding_coordinate_eur"] == pytest.approx(300_000 + 275_000 + 500_000, abs=1)
