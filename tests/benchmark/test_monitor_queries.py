"""The monitor's figures API costs the same number of queries with 10 or 1,000 rows in the published snapshot."""

from decimal import Decimal

import pytest
from django.utils import timezone

from monitoring.models import MonitorFigure, MonitorSnapshot
from tests.benchmark.counting import get_queries

pytestmark = pytest.mark.django_db

URLS = {
    "all": "/api/monitor/figures/",
    "dimension": "/api/monitor/figures/?dimension=key_position",
    "year-and-dimension": "/api/monitor/figures/?year=2023&dimension=key_position",
}


def add_figures(snapshot: MonitorSnapshot, count: int, *, start: int) -> None:
    """Add `count` key-position rows for 2022 and 2023 to a snapshot (half of them per year)."""
    MonitorFigure.objects.bulk_create(
        MonitorFigure(snapshot=snapshot, year=2022 + n % 2, dimension="key_position", category=f"Positie {n // 2:04d}",
                      establishments=n, jobs=10 * n, added_value_meur=Decimal("1.5") if n % 3 else None)
        for n in range(start, start + count)
    )  # fmt: skip


@pytest.mark.parametrize("name", URLS, ids=list(URLS))
def test_the_figures_api_costs_the_same_for_10_and_1000_rows(client, name):
    # given
    published = MonitorSnapshot.objects.create(status="completed", is_published=True, started_at=timezone.now())
    add_figures(published, 10, start=0)
    with_10, few = get_queries(client, URLS[name])

    # when
    add_figures(published, 990, start=10)
    with_1000, many = get_queries(client, URLS[name])

    # then
    assert 0 < len(few.json()) < len(many.json())
    assert with_1000 == with_10
    assert with_1000 <= 3
