"""Query budgets of the register's pages and API: the same number of queries for 10 and for 1,000 establishments."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from establishments.models import Establishment, YearlyObservation
from tests.factories.establishments import EstablishmentFactory, KeyPositionFactory, SbiDivisionFactory

pytestmark = pytest.mark.django_db


def add_establishments(count: int, *, prefix: int) -> list[Establishment]:
    """Create `count` active establishments, each with two key positions and two yearly observations."""
    template = EstablishmentFactory.build(sbi_division=SbiDivisionFactory(code="72"))
    fields = {
        field.attname: getattr(template, field.attname)
        for field in Establishment._meta.concrete_fields
        if field.attname not in ("id", "kvk_number", "branch_number", "slug", "trade_name")
    }
    establishments = Establishment.objects.bulk_create(
        [
            Establishment(
                **fields,
                kvk_number=f"{prefix * 10_000_000 + n:08d}",
                branch_number=f"{prefix * 100_000_000_000 + n:012d}",
                slug=f"bedrijf-{prefix}-{n}",
                trade_name=f"Bedrijf {prefix}-{n:04d}",
            )
            for n in range(count)
        ]
    )
    key_positions = [
        KeyPositionFactory(slug="medtech", name_nl="MedTech", name_en="MedTech"),
        KeyPositionFactory(slug="robotics", name_nl="Robotica", name_en="Robotics"),
    ]
    through = Establishment.key_positions.through
    through.objects.bulk_create(
        [through(establishment=e, keyposition=kp) for e in establishments for kp in key_positions]
    )
    YearlyObservation.objects.bulk_create(
        [
            YearlyObservation(establishment=e, year=year, jobs=(n * 7) % 300)
            for n, e in enumerate(establishments)
            for year in (2023, 2024)
        ]
    )
    return establishments


def count_queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries)


PAGES = {
    "directory": lambda e: reverse("establishments:directory"),
    "directory-filtered": lambda e: (
        reverse("establishments:directory") + "?key_position=medtech&size_class=small&q=Bedrijf"
    ),
    "detail": lambda e: e.get_absolute_url(),
    "api-list": lambda e: "/api/establishments/?key_position=robotics&q=Bedrijf",
    "api-detail": lambda e: f"/api/establishments/{e.slug}/",
}


@pytest.mark.parametrize("page", PAGES, ids=list(PAGES))
def test_a_page_costs_the_same_for_10_and_1000_establishments(client, page):
    # given
    first = add_establishments(10, prefix=1)[0]
    url = PAGES[page](first)
    with_10 = count_queries(client, url)

    # when
    add_establishments(990, prefix=2)
    with_1000 = count_queries(client, url)

    # then
    assert with_1000 == with_10
    assert with_1000 <= 6
