"""Every CRM API list and detail costs the same number of queries with 10 or 1,000 leads."""

import datetime

import pytest

from crm.models import Activity, Contact, FollowUp, HousingNeed, Lead, LeadStage, SpaceKind
from establishments.models import KeyPosition
from tests.benchmark.counting import get_queries, log_in
from tests.factories.establishments import KeyPositionFactory

pytestmark = pytest.mark.django_db

MAX_QUERIES = 10


def add_leads(count: int, *, owner, prefix: str) -> list[Lead]:
    """Create `count` leads, each with two key positions, a housing need, a contact, an activity and a follow-up."""
    stages = [LeadStage.NEW, LeadStage.CONTACTED, LeadStage.QUALIFIED]
    leads = Lead.objects.bulk_create(
        Lead(name=f"{prefix} {n}", normalised_name=f"{prefix} {n}".lower(), type="sme", source="event",
             owner=owner, stage=stages[n % 3], expected_jobs=n % 9)
        for n in range(count)
    )  # fmt: skip
    positions = [KeyPositionFactory(slug="medtech"), KeyPositionFactory(slug="robotics")]
    through = Lead.key_positions.through
    through.objects.bulk_create(through(lead_id=lead.pk, keyposition_id=kp.pk) for lead in leads for kp in positions)
    HousingNeed.objects.bulk_create(
        HousingNeed(lead=lead, kind=SpaceKind.OFFICE, floor_area_m2=100 + n) for n, lead in enumerate(leads)
    )
    Contact.objects.bulk_create(
        Contact(lead=lead, name=f"Contact {n}", email=f"c{n}@example.org", lawful_basis="legitimate_interest")
        for n, lead in enumerate(leads)
    )
    Activity.objects.bulk_create(Activity(lead=lead, kind="call", text="Gebeld", author=owner) for lead in leads)
    FollowUp.objects.bulk_create(
        FollowUp(lead=lead, due_on=datetime.date(2027, 1, 4), text="Nabellen", assignee=owner) for lead in leads
    )
    return leads


LISTS = {
    "leads": "/api/crm/leads/",
    "leads-filtered": "/api/crm/leads/?stage=contacted&key_position={kp}&q=Bulk",
    "contacts": "/api/crm/contacts/",
    "activities": "/api/crm/activities/",
    "follow-ups": "/api/crm/follow-ups/",
}
DETAILS = {
    "lead": lambda lead: f"/api/crm/leads/{lead.pk}/",
    "contact": lambda lead: f"/api/crm/contacts/{lead.contacts.get().pk}/",
    "activity": lambda lead: f"/api/crm/activities/{lead.activities.get().pk}/",
    "follow-up": lambda lead: f"/api/crm/follow-ups/{lead.follow_ups.get().pk}/",
}


@pytest.mark.parametrize("name", LISTS, ids=list(LISTS))
def test_a_crm_api_list_costs_the_same_for_10_and_1000_leads(client, acquisition_user, name):
    # given
    log_in(client, acquisition_user)
    add_leads(10, owner=acquisition_user, prefix="Bulk")
    url = LISTS[name].format(kp=KeyPosition.objects.get(slug="medtech").pk)
    with_10, few = get_queries(client, url)

    # when
    add_leads(990, owner=acquisition_user, prefix="Bulk more")
    with_1000, many = get_queries(client, url)

    # then
    assert len(few.json()["results"]) > 0
    assert many.json()["count"] > few.json()["count"]
    assert with_1000 == with_10
    assert with_1000 <= MAX_QUERIES


@pytest.mark.parametrize("name", DETAILS, ids=list(DETAILS))
def test_a_crm_api_detail_costs_the_same_for_10_and_1000_leads(client, acquisition_user, name):
    # given
    log_in(client, acquisition_user)
    first = add_leads(10, owner=acquisition_user, prefix="Bulk")[0]
    url = DETAILS[name](first)
    with_10, few = get_queries(client, url)

    # when
    add_leads(990, owner=acquisition_user, prefix="Bulk more")
    with_1000, many = get_queries(client, url)

    # then
    assert many.json() == few.json()
    assert with_1000 == with_10
    assert with_1000 <= MAX_QUERIES
