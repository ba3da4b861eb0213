"""The CRM board and lead list cost the same number of queries with 20 or 2,000 leads."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from crm.models import HousingNeed, Lead, LeadStage, SpaceKind
from tests.benchmark.counting import log_in
from tests.factories.establishments import KeyPositionFactory

PAGES = ["crm:board", "crm:lead_list"]
MAX_QUERIES = 12
# A repeat visit while the CRM's data is unchanged: session, user, second factor, role, the CRM's version (from
# the database here; production reads it from Redis) and the navigation's member lookup.
MAX_CACHED_QUERIES = 6


def _make_leads(count: int, owner, positions) -> None:
    stages = LeadStage.values
    leads = Lead.objects.bulk_create(
        Lead(name=f"Bulk {i}", normalised_name=f"bulk {i}", type="sme", source="event", owner=owner,
             stage=stages[i % len(stages)] if stages[i % len(stages)] not in ("lost", "won") else "new",
             expected_jobs=i % 7)
        for i in range(count)
    )  # fmt: skip
    through = Lead.key_positions.through
    through.objects.bulk_create(
        through(lead_id=lead.pk, keyposition_id=positions[i % len(positions)].pk) for i, lead in enumerate(leads)
    )
    HousingNeed.objects.bulk_create(
        HousingNeed(lead=lead, kind=SpaceKind.OFFICE, floor_area_m2=100 + i) for i, lead in enumerate(leads)
    )


def _queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries)


@pytest.mark.parametrize("name", PAGES)
def test_page_costs_the_same_with_20_and_2000_leads(client, acquisition_user, name):
    # given
    positions = [KeyPositionFactory(), KeyPositionFactory()]
    log_in(client, acquisition_user)
    url = reverse(name)
    _make_leads(20, acquisition_user, positions)
    _queries(client, url)  # the first visit ever also stores the areas' first versions
    # bulk_create sends no signals, so the CRM's version does not move: empty the cache to measure the build
    cache.clear()
    few = _queries(client, url)

    # when
    _make_leads(1980, acquisition_user, positions)
    cache.clear()
    many = _queries(client, url)
    repeat = _queries(client, url)

    # then
    assert Lead.objects.count() == 2000
    assert few == many
    assert many <= MAX_QUERIES
    assert repeat <= MAX_CACHED_QUERIES < many
