"""Report figures on a known data set, with exact expected numbers."""

import datetime

import pytest
from django.utils import timezone

from crm import reports
from crm.models import LeadSource, LeadStage, LeadType, SpaceKind, StageChange
from crm.services.pipeline import lead_stage_change, stage_write
from tests.factories.crm import ActivityFactory, HousingNeedFactory, LeadFactory, LostReasonFactory
from tests.factories.establishments import KeyPositionFactory

S = LeadStage


def at(year, month, day):
    return timezone.make_aware(datetime.datetime(year, month, day, 10))


def make_lead(*, created, path, source, lead_type, key_positions=(), lost_reason=None):
    lead = LeadFactory(created_at=at(*created), source=source, type=lead_type, key_positions=list(key_positions))
    StageChange.objects.create(lead=lead, from_stage="", to_stage=S.NEW, changed_at=lead.created_at)
    for stage, day in path:
        # Winning normally goes through the conversion; these leads only need the dated stage history.
        move = stage_write if stage == S.WON else lead_stage_change
        lead = move(
            lead=lead,
            to_stage=stage,
            changed_by=None,
            at=at(*day),
            lost_reason=lost_reason if stage == S.LOST else None,
        )
    return lead


@pytest.fixture
def known_data(db):
    a = KeyPositionFactory(slug="kp-a", name_nl="A-tech", name_en="A-tech")
    b = KeyPositionFactory(slug="kp-b", name_nl="B-tech", name_en="B-tech")
    too_far, no_answer = LostReasonFactory(name_nl="Te ver"), LostReasonFactory(name_nl="Geen reactie")
    y = 2024
    leads = {
        "l1": make_lead(created=(y, 1, 10), source=LeadSource.NOVEL_T, lead_type=LeadType.STARTUP, key_positions=[a],
                        path=[(S.CONTACTED, (y, 1, 20)), (S.QUALIFIED, (y, 2, 1)), (S.SITE_VISIT, (y, 2, 10)),
                              (S.PROPOSAL, (y, 3, 1)), (S.WON, (y, 3, 10))]),
        "l2": make_lead(created=(y, 2, 1), source=LeadSource.NOVEL_T, lead_type=LeadType.STARTUP, key_positions=[a, b],
                        path=[(S.QUALIFIED, (y, 2, 5)), (S.WON, (y, 2, 21))]),
        "l3": make_lead(created=(y, 1, 5), source=LeadSource.NOVEL_T, lead_type=LeadType.SPINOFF, key_positions=[b],
                        path=[(S.CONTACTED, (y, 1, 8)), (S.QUALIFIED, (y, 2, 1)), (S.PROPOSAL, (y, 3, 1)),
                              (S.LOST, (y, 4, 1))], lost_reason=too_far),
        "l4": make_lead(created=(y, 3, 1), source=LeadSource.OOST_NL, lead_type=LeadType.RD_BRANCH,
                        path=[(S.SITE_VISIT, (y, 4, 1)), (S.WON, (y, 6, 30))]),
        "l5": make_lead(created=(y, 5, 1), source=LeadSource.OOST_NL, lead_type=LeadType.SME,
                        path=[(S.CONTACTED, (y, 5, 5)), (S.LOST, (y, 5, 20))], lost_reason=no_answer),
        "l6": make_lead(created=(y, 6, 1), source=LeadSource.BROKER, lead_type=LeadType.SME,
                        path=[(S.CONTACTED, (y, 6, 2)), (S.QUALIFIED, (y, 6, 3))]),
        "l7": make_lead(created=(y, 7, 1), source=LeadSource.WEBSITE, lead_type=LeadType.STARTUP, path=[]),
        "l8": make_lead(created=(2023, 12, 1), source=LeadSource.EVENT, lead_type=LeadType.SME,
                        path=[(S.ON_HOLD, (y, 1, 2))]),
        # The previous period (2023): one win after 120 days, one loss.
        "p1": make_lead(created=(2023, 1, 1), source=LeadSource.NOVEL_T, lead_type=LeadType.STARTUP,
                        path=[(S.WON, (2023, 5, 1))]),
        "p2": make_lead(created=(2023, 2, 1), source=LeadSource.NOVEL_T, lead_type=LeadType.SME,
                        path=[(S.LOST, (2023, 3, 1))], lost_reason=no_answer),
    }  # fmt: skip
    HousingNeedFactory(lead=leads["l6"], kind=SpaceKind.OFFICE, floor_area_m2=200, desired_on=datetime.date(2025, 3, 1))
    HousingNeedFactory(lead=leads["l6"], kind=SpaceKind.LAB, floor_area_m2=50, desired_on=None)
    HousingNeedFactory(lead=leads["l7"], kind=SpaceKind.OFFICE, floor_area_m2=100, desired_on=datetime.date(2026, 1, 1))
    HousingNeedFactory(lead=leads["l1"], kind=SpaceKind.OFFICE, floor_area_m2=999)  # won: no longer open demand
    ActivityFactory(lead=leads["l6"], occurred_on=datetime.date(2024, 6, 10))
    ActivityFactory(lead=leads["l8"], occurred_on=datetime.date(2024, 7, 20))
    return leads


def _by(rows, key="value"):
    return {row[key]: row for row in rows}


def test_funnel_counts_leads_that_reached_each_step(known_data):
    # when
    rows = _by(reports.funnel(period=reports.Period(2024)), key="stage")

    # then
    assert [rows[s]["reached"] for s in (S.NEW, S.CONTACTED, S.QUALIFIED, S.SITE_VISIT, S.PROPOSAL, S.WON)] == [
        7, 6, 5, 4, 4, 3,
    ]  # fmt: skip
    assert [rows[s]["step_rate"] for s in (S.CONTACTED, S.QUALIFIED, S.SITE_VISIT, S.PROPOSAL, S.WON)] == [
        85.7, 83.3, 80.0, 100.0, 75.0,
    ]  # fmt: skip
    assert {s: rows[s]["current"] for s in S.values} == {
        S.NEW: 1, S.CONTACTED: 0, S.QUALIFIED: 1, S.SITE_VISIT: 0, S.PROPOSAL: 0, S.WON: 3, S.LOST: 2, S.ON_HOLD: 0,
    }  # fmt: skip


def test_conversion_by_source_compares_with_the_previous_year(known_data):
    # when
    rows = _by(reports.conversion(period=reports.Period(2024), dimension="source"))

    # then
    novel_t, oost_nl = rows[LeadSource.NOVEL_T], rows[LeadSource.OOST_NL]
    assert (novel_t["won"], novel_t["closed"], novel_t["rate"], novel_t["median_days"]) == (2, 3, 66.7, 40)
    assert (novel_t["previous_won"], novel_t["previous_closed"], novel_t["previous_rate"]) == (1, 2, 50.0)
    assert novel_t["previous_median_days"] == 120
    assert novel_t["rate_change"] == 16.7
    assert (oost_nl["won"], oost_nl["closed"], oost_nl["rate"], oost_nl["median_days"]) == (1, 2, 50.0, 121)
    assert oost_nl["previous_rate"] is None
    assert set(rows) == {LeadSource.NOVEL_T, LeadSource.OOST_NL}


def test_conversion_by_type_and_key_position(known_data):
    # when
    by_type = _by(reports.conversion(period=reports.Period(2024), dimension="type"))
    by_position = _by(reports.conversion(period=reports.Period(2024), dimension="key_position"))

    # then
    assert {k: (v["won"], v["closed"], v["rate"], v["median_days"]) for k, v in by_type.items()} == {
        LeadType.STARTUP: (2, 2, 100.0, 40),
        LeadType.SPINOFF: (0, 1, 0.0, None),
        LeadType.RD_BRANCH: (1, 1, 100.0, 121),
        LeadType.SME: (0, 1, 0.0, None),
    }
    assert by_type[LeadType.STARTUP]["rate_change"] == 0.0
    assert {k: (v["won"], v["closed"], v["rate"], v["median_days"]) for k, v in by_position.items()} == {
        "kp-a": (2, 2, 100.0, 40),
        "kp-b": (1, 2, 50.0, 20),
        "": (1, 2, 50.0, 121),
    }


def test_conversion_per_quarter_compares_with_the_quarter_before(known_data):
    # when
    q2 = _by(reports.conversion(period=reports.Period(2024, 2), dimension="source"))

    # then
    assert (q2[LeadSource.NOVEL_T]["won"], q2[LeadSource.NOVEL_T]["closed"]) == (0, 1)
    assert q2[LeadSource.NOVEL_T]["previous_rate"] == 100.0
    assert q2[LeadSource.NOVEL_T]["rate_change"] == -100.0
    assert (q2[LeadSource.OOST_NL]["won"], q2[LeadSource.OOST_NL]["closed"]) == (1, 2)
    assert reports.Period(2024, 1).previous == reports.Period(2023, 4)


def test_lost_reasons_housing_demand_and_stale_leads(known_data):
    # when
    lost = reports.lost_reasons(period=reports.Period(2024))
    housing = reports.housing_demand()
    stale = reports.stale_leads(days=30, today=datetime.date(2024, 8, 1))

    # then
    assert sorted((row["label"], row["count"], row["share"]) for row in lost) == [
        ("Geen reactie", 1, 50.0),
        ("Te ver", 1, 50.0),
    ]
    assert housing["years"] == [2025, 2026, None]
    assert _by(housing["rows"], key="kind")[SpaceKind.OFFICE]["cells"] == [200, 100, 0]
    assert _by(housing["rows"], key="kind")[SpaceKind.LAB]["cells"] == [0, 0, 50]
    assert housing["total"] == 350
    assert [(lead.name, lead.silent_days) for lead in stale] == [
        (known_data["l6"].name, 52),
        (known_data["l7"].name, 31),
    ]


def test_reports_page_and_csv_show_the_figures(client, acquisition_user, known_data):
    # given
    client.force_login(acquisition_user)

    # when
    page = client.get("/en/crm/reports/", {"year": 2024, "stale_days": 30})
    csv = client.get("/en/crm/reports/by_source.csv", {"year": 2024, "stale_days": 30})

    # then
    assert page.status_code == 200
    assert b"66.7%" in page.content
    assert b"<svg" in page.content
    assert "Novel-T;2;3;66,7;40,0;1;2;50,0;120" in csv.content.decode("utf-8-sig").splitlines()
