"""The autumn meeting's inbox from multilateral and smaller partners (blind set AV): a "Funding" column naming who
pays beside a "Budget" column, a programme's name before its partners' shares, an organisation's own budget named
as such, Ukraine's share given as fractions, and "Implementation from / to". Expected values are worked out by hand
from the rows written here."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook

from mtd_analysis.build import build
from mtd_analysis.ingest.columns import match_field
from mtd_analysis.ingest.partners import partner_named_in, partner_shares


def _build(tmp_path, name: str, rows: list[list]):
    raw = tmp_path / "raw"
    raw.mkdir()
    wb = Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    wb.save(raw / name)
    return build(raw, tmp_path / "out", year=2021)


def _eur_2021(result) -> dict[str, float]:
    alloc = result.allocations[result.allocations["year"] == 2021]
    money = alloc.groupby("project_id")[["amount_eur", "pipeline_eur"]].sum().sum(axis=1)
    titles = result.projects.set_index("project_id")["title"]
    return {titles[pid]: round(v, 2) for pid, v in money.items()}


def test_a_funding_column_naming_who_pays_beside_the_budget(tmp_path):
    rows = [
        ["Council of Europe Office in Ukraine"],
        ["Ref.", "Project title", "Funding", "Implementation period", "Budget", "Main beneficiaries", "Status"],
        ["PGG-1", "Human rights safeguards in police custody",
         "EU/CoE Partnership for Good Governance II - EU 90%, Council of Europe 10%", "01/2021 - 12/2021",
         "EUR 1,000,000", "НПУ", "ongoing"],
        ["VC-1", "Violence against women and domestic violence", "Voluntary contribution: Norway",
         "01/2021 - 12/2021", "EUR 900,000", "НПУ", "ongoing"],
        ["OB-1", "Asylum and return procedures", "Council of Europe ordinary budget", "01/2021 - 12/2021",
         "EUR 260,000", "ДМС", "ongoing"],
    ]  # fmt: skip
    result = _build(tmp_path, "CoE_projects_2021.xlsx", rows)
    lines = sorted(
        zip(result.projects["title"], result.projects["partner"], result.projects["amount"], strict=True)
    )
    assert lines == [
        ("Asylum and return procedures", "Council of Europe", 260_000.0),
        ("Human rights safeguards in police custody", "Council of Europe", 100_000.0),
        ("Human rights safeguards in police custody", "EU", 900_000.0),
        ("Violence against women and domestic violence", "Norway", 900_000.0),
    ]
    assert not (result.issues["severity"] == "error").any()


def test_an_organisations_own_budget_in_its_own_list(tmp_path):
    rows = [
        ["OSCE Project Co-ordinator in Ukraine"],
        ["Project", "Funding source", "Budget, EUR", "Start", "End", "Status"],
        ["Police training on hate crime", "Unified Budget", 120000, "01.01.2021", "31.12.2021", "ongoing"],
        ["Border risk analysis", "Extra-budgetary: Germany", 200000, "01.01.2021", "31.12.2021", "ongoing"],
    ]
    result = _build(tmp_path, "OSCE_PCU_projects_2021.xlsx", rows)
    partners = dict(zip(result.projects["title"], result.projects["partner"], strict=True))
    assert partners == {"Police training on hate crime": "OSCE", "Border risk analysis": "Germany"}


def test_ukraines_share_as_fractions_beside_the_whole_programmes_budget(tmp_path):
    rows = [
        ["Agency", "Project / programme", "Funding source", "Period", "Total budget, USD (whole programme)",
         "Share for Ukraine", "Status"],
        ["UNODC", "Regional programme against drug trafficking in the Black Sea region", "INL", "2021 - 2021",
         4800000, 0.4, "Ongoing"],
        ["UNODC", "Joint investigation of trafficking in persons", "Norway", "2021 - 2021", 600000, 1, "Ongoing"],
    ]  # fmt: skip
    result = _build(tmp_path, "UN_agencies_2021.xlsx", rows)
    amounts = dict(zip(result.projects["title"], result.projects["amount"], strict=True))
    assert (
        amounts
        == {
            "Regional programme against drug trafficking in the Black Sea region": 1_920_000.0,  # 40% of 4.8 million
            "Joint investigation of trafficking in persons": 600_000.0,
        }
    )
    assert set(result.projects["currency"]) == {"USD"}
    said = result.issues[result.issues["message"].str.contains("read as Ukraine's share", regex=False)]
    assert len(said) == 1


def test_implementation_from_and_to_are_the_start_and_the_end(tmp_path):
    rows = [
        ["Project title", "Counterpart", "Implementation from", "Implementation to", "Grant amount (JPY)", "Status"],
        ["Equipment for emergency response of the SES", "ДСНС", dt.datetime(2020, 3, 27), dt.datetime(2022, 3, 26),
         1300000000, "On-going"],
        ["Medical equipment for police hospitals", "НПУ", "01.08.2020 р.", dt.datetime(2021, 7, 31), 150000000,
         "Completed"],
    ]  # fmt: skip
    result = _build(tmp_path, "JICA_grant_aid.xlsx", rows)
    p = result.projects
    dates = {t: (s, e) for t, s, e in zip(p["title"], p["start_date"], p["end_date"], strict=True)}
    assert dates == {
        "Equipment for emergency response of the SES": ("2020-03-27", "2022-03-26"),
        "Medical equipment for police hospitals": ("2020-08-01", "2021-07-31"),
    }


@pytest.mark.parametrize(
    ("text", "shares"),
    [
        ("EU/CoE Partnership for Good Governance II - EU 90%, Council of Europe 10%", [("EU", 90.0), ("Council of Europe", 10.0)]),
        ("Joint programme: EU 70% / Germany 30%", [("EU", 70.0), ("Germany", 30.0)]),
        ("Phase II - 2021-2023", None),
    ],
)  # fmt: skip
def test_a_programmes_name_before_the_partners_shares(text, shares):
    assert partner_shares(text) == shares


def test_an_organisation_named_after_a_country_is_still_no_donor_state():
    assert partner_named_in("Danish Refugee Council") is None
    assert partner_named_in("Council of Europe ordinary budget") == "Council of Europe"
    assert (match_field("Implementation from").field, match_field("Implementation to").field) == (
        "start_date",
        "end_date",
    )
