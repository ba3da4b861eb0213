"""The events API keeps to its published schema."""

import pytest

from tests.factories.events import EventFactory
from tests.fixtures.openapi import schema_errors

pytestmark = pytest.mark.django_db


def test_an_online_event_without_venue_keeps_to_the_schema(client):
    # given
    event = EventFactory(venue=None, online_url="https://meet.example.org/kennispark")

    # when
    response = client.get(f"/api/events/{event.pk}/")

    # then: the schema admits the missing venue
    assert response.status_code == 200
    assert response.json()["venue_detail"] is None
    assert schema_errors(response.json(), "Event") == []
