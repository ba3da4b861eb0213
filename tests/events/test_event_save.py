import re

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from community.events import services
from community.events.models import Event, EventStatus, RegistrationStatus
from tests.events.test_rules import _form_data
from tests.factories.events import EventFactory, RegistrationFactory

pytestmark = pytest.mark.django_db


def test_editor_raising_the_capacity_promotes_from_the_waiting_list(
    client, editor, establishment, mailoutbox, django_capture_on_commit_callbacks
):
    # given: one place, taken, and three people waiting
    event = EventFactory(establishment=establishment, registration_open=True, capacity=1)
    RegistrationFactory(event=event)
    first, second, third = (
        RegistrationFactory(event=event, status=RegistrationStatus.WAITING, email=f"wacht{n}@example.org")
        for n in range(3)
    )
    client.force_login(editor)

    # when: the editor makes room for two more
    data = _form_data(establishment, title_nl=event.title_nl, capacity=3, organiser_kind="establishment")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("events:edit", kwargs={"pk": event.pk}), data)

    # then: the first two on the waiting list are registered and told, the third still waits
    assert response.status_code == 302
    statuses = [registration.status for registration in Event.objects.get().registrations.order_by("pk")][1:]
    assert statuses == [RegistrationStatus.REGISTERED, RegistrationStatus.REGISTERED, RegistrationStatus.WAITING]
    assert [mail.to for mail in mailoutbox] == [[first.email], [second.email]]
    assert third.email not in str([mail.to for mail in mailoutbox])


def test_capacity_raised_through_the_api_promotes_too(client, editor, mailoutbox, django_capture_on_commit_callbacks):
    # given
    event = EventFactory(registration_open=True, capacity=1)
    RegistrationFactory(event=event)
    waiting = RegistrationFactory(event=event, status=RegistrationStatus.WAITING)
    client.force_login(editor)

    # when
    with django_capture_on_commit_callbacks(execute=True):
        response = client.patch(f"/api/events/{event.pk}/", {"capacity": 2}, content_type="application/json")

    # then
    assert response.status_code == 200, response.json()
    waiting.refresh_from_db()
    assert waiting.status == RegistrationStatus.REGISTERED
    assert [mail.to for mail in mailoutbox] == [[waiting.email]]


def test_capacity_raise_of_an_event_in_review_promotes_once_it_is_approved(
    representative, editor, establishment, django_capture_on_commit_callbacks
):
    # given: an organiser raises the capacity; the change goes back to review
    event = EventFactory(establishment=establishment, registration_open=True, capacity=1)
    RegistrationFactory(event=event)
    waiting = RegistrationFactory(event=event, status=RegistrationStatus.WAITING)
    event.capacity = 2
    services.event_save(event=event, user=representative)
    waiting.refresh_from_db()
    assert (event.status, waiting.status) == (EventStatus.SUBMITTED, RegistrationStatus.WAITING)

    # when
    services.event_approve(event=event, user=editor)

    # then
    waiting.refresh_from_db()
    assert waiting.status == RegistrationStatus.REGISTERED


def test_event_form_without_audience_shows_an_error_instead_of_a_500(client, representative, establishment):
    # given
    client.force_login(representative)
    data = _form_data(establishment)
    del data["audience"]

    # when
    missing = client.post(reverse("events:create"), data)
    unknown = client.post(reverse("events:create"), {**data, "audience": ["astronauts"]})

    # then
    for response in (missing, unknown):
        assert response.status_code == 400
        assert response.context["form"].errors["audience"]
    assert not Event.objects.exists()


def test_service_refuses_an_organiser_for_an_establishment_they_do_not_represent(representative, other_establishment):
    # given
    event = EventFactory.build(establishment=other_establishment, status=EventStatus.DRAFT, venue=None)
    event.online_url = "https://example.org/live"

    # when
    with pytest.raises(ValidationError) as refused:
        services.event_save(event=event, user=representative)

    # then
    assert "organiser_establishment" in refused.value.message_dict
    assert not Event.objects.exists()


def test_form_and_api_refuse_the_same_invalid_event_with_the_same_field_error(client, representative, establishment):
    # given: neither a venue nor an online link
    client.force_login(representative)
    form_data = _form_data(establishment, venue="")
    api_data = {
        "title_nl": form_data["title_nl"],
        "category": form_data["category"],
        "audience": ["students"],
        "starts_at": form_data["starts_at"],
        "ends_at": form_data["ends_at"],
        "organiser_establishment": establishment.slug,
    }

    # when
    page = client.post(reverse("events:create"), form_data)
    api = client.post("/api/events/", api_data, content_type="application/json")

    # then
    assert page.status_code == api.status_code == 400
    assert page.context["form"].errors["venue"] == api.json()["venue"]
    assert not Event.objects.exists()


def test_capacity_raised_in_the_admin_promotes_too(rf, editor):
    # given
    from django.contrib import admin

    event = EventFactory(registration_open=True, capacity=1)
    RegistrationFactory(event=event)
    waiting = RegistrationFactory(event=event, status=RegistrationStatus.WAITING)
    request = rf.post("/")
    request.user = editor

    # when
    event.capacity = 2
    admin.site._registry[Event].save_model(request, event, form=None, change=True)

    # then
    waiting.refresh_from_db()
    event.refresh_from_db()
    assert waiting.status == RegistrationStatus.REGISTERED
    assert (event.status, event.sequence) == (EventStatus.APPROVED, 1)


def test_a_one_off_event_needs_no_repeat_interval(client, representative, establishment):
    # given: "does not repeat" and the interval left empty, as a person leaves it
    client.force_login(representative)
    data = {**_form_data(establishment), "recurrence_frequency": "", "recurrence_interval": ""}

    # when
    page = client.get(reverse("events:create")).content.decode()
    response = client.post(reverse("events:create"), data)

    # then: the field is not marked required, and the event is submitted with the model's default
    interval_input = re.search(r'<input[^>]*name="recurrence_interval"[^>]*>', page).group(0)
    assert " required" not in interval_input
    assert response.status_code == 302
    assert Event.objects.get().recurrence_interval == 1
