"""The impact pages cost the same number of queries with few or many figures, stories and waiting values."""

import datetime
from decimal import Decimal

import pytest

from impact.models import Indicator, IndicatorValue, ReviewStatus, Story
from impact.services.values import version_for_year
from tests.benchmark.counting import get_queries, log_in
from tests.factories.establishments import EstablishmentFactory
from tests.factories.users import UserFactory

pytestmark = pytest.mark.django_db

PUBLIC = [
    "/dashboard/",
    "/dashboard/indicator/investments/",
    "/verhalen/",
    "/api/impact/indicators/",
    "/dashboard/vergelijken/?indicators=jobs&indicators=patents&base_year=2010",
]


def add_figures(years: range, *, status=ReviewStatus.APPROVED, user=None) -> None:
    """Add a figure per year to every indicator (per category where it has them)."""
    rows = []
    for indicator in Indicator.objects.prefetch_related("versions"):
        for year in years:
            for category in [code for code, *_ in indicator.categories] or [""]:
                rows.append(
                    IndicatorValue(
                        indicator=indicator,
                        version=version_for_year(indicator=indicator, year=year),
                        year=year,
                        category=category,
                        value=Decimal(year),
                        status=status,
                        entered_by=user,
                    )
                )
    IndicatorValue.objects.bulk_create(rows)


def add_stories(count: int, *, start: int) -> None:
    establishment = EstablishmentFactory()
    for n in range(start, start + count):
        story = Story.objects.create(
            slug=f"verhaal-{n}",
            title_nl=f"Verhaal {n}",
            title_en=f"Story {n}",
            summary_nl="S",
            summary_en="S",
            body_nl="<p>B</p>",
            body_en="<p>B</p>",
            published_on=datetime.date(2025, 1, 1),
            is_published=True,
            consent_recorded=True,
            consent_note="Akkoord",
        )
        story.establishments.set([establishment])
        story.indicators.set(Indicator.objects.filter(code__in=["jobs", "patents"]))


@pytest.mark.parametrize("url", PUBLIC)
def test_public_impact_pages_cost_the_same_for_2_or_15_years(client, page_cache_off, url):
    # given
    add_figures(range(2010, 2012))
    add_stories(2, start=0)
    few, _response = get_queries(client, url)
    # when
    add_figures(range(2012, 2025))
    add_stories(12, start=2)
    many, _response = get_queries(client, url)
    # then
    assert many == few, (url, few, many)


def test_the_review_queue_costs_the_same_for_few_or_many_waiting_values(client, page_cache_off):
    # given
    editor = UserFactory(roles=["editor"], is_staff=True)
    log_in(client, editor)
    add_figures(range(2010, 2011), status=ReviewStatus.SUBMITTED, user=editor)
    few, _response = get_queries(client, "/dashboard/beheer/")
    # when
    add_figures(range(2011, 2020), status=ReviewStatus.SUBMITTED, user=editor)
    many, _response = get_queries(client, "/dashboard/beheer/")
    # then
    assert many == few
