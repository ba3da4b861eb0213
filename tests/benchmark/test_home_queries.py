"""The home page costs the same number of queries however many events and vacancies there are."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories.establishments import EstablishmentFactory
from tests.factories.events import EventFactory, in_days
from tests.factories.talent import VacancyFactory

pytestmark = pytest.mark.django_db


def _home_queries(client) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/")
    assert response.status_code == 200
    return len(queries)


def _add_content(count: int) -> None:
    for index in range(count):
        establishment = EstablishmentFactory()
        EventFactory(
            organiser_kind="establishment", organiser_establishment=establishment, starts_at=in_days(3 + index)
        )
        VacancyFactory(establishment=establishment)


def test_home_page_queries_do_not_grow_with_events_and_vacancies(client):
    # given: a few events and vacancies
    _add_content(2)
    few = _home_queries(client)

    # when: many more are added
    _add_content(30)
    many = _home_queries(client)

    # then
    assert many == few
    assert few <= 12
