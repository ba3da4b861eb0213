"""The CRM reports page and its exports cost the same number of queries with 10 or 1,000 leads."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from crm.models import HousingNeed, Lead, LeadStage, SpaceKind, StageChange
from tests.benchmark.counting import log_in, queries_of
from tests.factories.crm import LostReasonFactory
from tests.factories.establishments import KeyPositionFactory

pytestmark = pytest.mark.django_db

STAGES = [LeadStage.NEW, LeadStage.QUALIFIED, LeadStage.PROPOSAL, LeadStage.WON, LeadStage.LOST, LeadStage.ON_HOLD]
REPORTS = ["funnel", "by_source", "by_type", "by_key_position", "lost_reasons", "housing", "stale"]


def add_leads(count: int, *, owner, prefix: str) -> None:
    """Create `count` leads spread over the stages, silent for 100 days, won and lost ones closed today."""
    now = timezone.now()
    created = now - datetime.timedelta(days=100)
    reasons = [LostReasonFactory(name_nl="Te duur"), LostReasonFactory(name_nl="Elders gevestigd")]
    leads = Lead.objects.bulk_create(
        Lead(name=f"{prefix} {n}", normalised_name=f"{prefix} {n}".lower(), type=["sme", "startup"][n % 2],
             source=["event", "website"][n % 2], owner=owner, stage=STAGES[n % len(STAGES)], expected_jobs=n % 9,
             created_at=created, stage_changed_at=now,
             closed_at=now if STAGES[n % len(STAGES)] in (LeadStage.WON, LeadStage.LOST) else None,
             lost_reason=reasons[n % 2] if STAGES[n % len(STAGES)] == LeadStage.LOST else None)
        for n in range(count)
    )  # fmt: skip
    StageChange.objects.bulk_create(
        StageChange(lead=lead, from_stage=LeadStage.NEW, to_stage=lead.stage, changed_by=owner, changed_at=now)
        for lead in leads
        if lead.stage != LeadStage.NEW
    )
    positions = [KeyPositionFactory(slug="medtech"), KeyPositionFactory(slug="robotics")]
    through = Lead.key_positions.through
    through.objects.bulk_create(
        through(lead_id=lead.pk, keyposition_id=positions[n % 2].pk) for n, lead in enumerate(leads)
    )
    HousingNeed.objects.bulk_create(
        HousingNeed(lead=lead, kind=SpaceKind.OFFICE, floor_area_m2=100, desired_on=datetime.date(2027 + n % 3, 1, 1))
        for n, lead in enumerate(leads)
    )


def _get(client, url: str) -> tuple[int, bytes]:
    def read():
        response = client.get(url)
        assert response.status_code == 200, url
        return b"".join(response.streaming_content) if response.streaming else response.content

    return queries_of(read)


# The page runs every report, each in a fixed number of queries; an export runs one.
PAGES = {
    "reports": (lambda: reverse("crm:reports"), 20),
    "reports-quarter": (
        lambda: reverse("crm:reports") + f"?year={timezone.localdate().year}&quarter=4&stale_days=30",
        20,
    ),
    **{f"export-{name}": (lambda name=name: reverse("crm:report_export", args=[name]), 8) for name in REPORTS},
}


@pytest.mark.parametrize("page", PAGES, ids=list(PAGES))
def test_a_report_costs_the_same_for_10_and_1000_leads(client, acquisition_user, page):
    # given
    log_in(client, acquisition_user)
    add_leads(12, owner=acquisition_user, prefix="Bulk")
    url, budget = PAGES[page][0](), PAGES[page][1]
    with_12, few = _get(client, url)

    # when
    add_leads(1188, owner=acquisition_user, prefix="Bulk more")
    with_1200, many = _get(client, url)

    # then
    assert many != few
    assert with_1200 == with_12
    assert with_1200 <= budget


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_the_lead_export_costs_the_same_for_10_and_450_leads(client, acquisition_user, fmt):
    # given: both sizes fit in one chunk of the export's iterator (each further 500 leads add one chunk)
    log_in(client, acquisition_user)
    add_leads(10, owner=acquisition_user, prefix="Bulk")
    url = reverse("crm:lead_export", args=[fmt])
    with_10, few = _get(client, url)

    # when
    add_leads(440, owner=acquisition_user, prefix="Bulk more")
    with_450, many = _get(client, url)

    # then
    assert len(many) > len(few)
    assert with_450 == with_10
    assert with_450 <= 8


def test_the_lead_export_adds_one_query_per_chunk_of_500(client, acquisition_user):
    # given
    log_in(client, acquisition_user)
    add_leads(10, owner=acquisition_user, prefix="Bulk")
    url = reverse("crm:lead_export", args=["csv"])
    with_10, _few = _get(client, url)

    # when
    add_leads(1990, owner=acquisition_user, prefix="Bulk more")
    with_2000, many = _get(client, url)

    # then: 2,000 leads are four chunks, each with one query for its key positions
    assert many.count(b"\n") == 2001
    assert with_2000 <= with_10 + 3
