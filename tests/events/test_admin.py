import pytest
from django.urls import reverse

from community.events.models import EventStatus
from tests.factories.events import EventFactory, RegistrationFactory

pytestmark = pytest.mark.django_db


def test_editor_uses_the_admin_and_approves_with_the_action(
    client, editor, editor_permissions, django_capture_on_commit_callbacks
):
    # given
    event = EventFactory(status=EventStatus.SUBMITTED, published_at=None)
    RegistrationFactory(event=event)
    client.force_login(editor)

    # when
    pages = [
        client.get(reverse("admin:events_event_changelist")),
        client.get(reverse("admin:events_event_change", args=[event.pk])),
        client.get(reverse("admin:events_venue_changelist")),
        client.get(reverse("admin:events_registration_changelist")),
    ]
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("admin:events_event_changelist"), {"action": "approve_events", "_selected_action": [event.pk]}
        )

    # then
    assert [page.status_code for page in pages] == [200, 200, 200, 200]
    event.refresh_from_db()
    assert event.status == EventStatus.APPROVED and event.published_at
