"""The space and facility pages cost the same number of queries with few or many rows."""

import pytest
from django.urls import reverse

from tests.benchmark.counting import get_queries, log_in
from tests.factories.crm import HousingNeedFactory
from tests.factories.space import (
    BuildingFactory,
    FacilityFactory,
    HousingQuestionFactory,
    SpaceFactory,
)

pytestmark = pytest.mark.django_db

MAX_QUERIES = 12


def add_offer(count: int, owner=None) -> None:
    """Create `count` public spaces in a few buildings, and as many facilities."""
    buildings = [BuildingFactory(**({"owner": owner} if owner else {})) for _n in range(2)]
    for n in range(count):
        SpaceFactory(building=buildings[n % 2], kind="office" if n % 2 else "lab", floor_area_m2=100 + n)
        FacilityFactory()


PUBLIC_PAGES = {
    "space-list": lambda: reverse("space:list"),
    "space-list-filtered": lambda: reverse("space:list") + "?kind=lab&min_m2=50&sub_area=bs_park",
    "facility-list": lambda: reverse("facilities:list"),
    "facility-open-data": lambda: reverse("facilities:open_data"),
    "api-spaces": lambda: "/api/spaces/",
    "api-facilities": lambda: "/api/facilities/",
}


@pytest.mark.parametrize("page", PUBLIC_PAGES, ids=list(PUBLIC_PAGES))
def test_a_public_page_costs_the_same_for_few_and_many_rows(client, page):
    # given
    add_offer(3)
    url = PUBLIC_PAGES[page]()
    few, _response = get_queries(client, url)

    # when
    add_offer(30)
    many, _response = get_queries(client, url)

    # then
    assert many == few
    assert many <= MAX_QUERIES


def test_the_owners_buildings_page_costs_the_same_for_few_and_many_spaces(client, owner):
    # given
    log_in(client, owner)
    add_offer(3, owner=owner)
    few, _response = get_queries(client, reverse("space:my_buildings"))

    # when
    add_offer(30, owner=owner)
    many, _response = get_queries(client, reverse("space:my_buildings"))

    # then
    assert many == few <= MAX_QUERIES + 4


def test_the_demand_overview_costs_one_query_set_per_demand_not_per_space(client, acquisition_user):
    # given
    log_in(client, acquisition_user)
    add_offer(3)
    HousingQuestionFactory()
    HousingNeedFactory()
    few, _response = get_queries(client, reverse("space:demand"))

    # when
    add_offer(30)
    many, _response = get_queries(client, reverse("space:demand"))

    # then
    assert many == few <= MAX_QUERIES + 4


@pytest.fixture
def owner(db):
    from tests.factories.users import UserFactory

    return UserFactory(roles=["property_owner"])
