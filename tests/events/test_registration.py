import threading

import pytest
from django.db import connection, connections
from django.urls import reverse

from community.events import services
from community.events.models import Registration, RegistrationStatus
from tests.factories.events import EventFactory, RegistrationFactory

pytestmark = pytest.mark.django_db


def _register(client, event, name, email, **extra):
    data = {"name": name, "email": email, "background": "student", "consent": "on", **extra}
    return client.post(reverse("events:register", kwargs={"pk": event.pk}), data)


def test_registration_until_full_then_waiting_list_with_emails(client, mailoutbox, django_capture_on_commit_callbacks):
    # given
    event = EventFactory(registration_open=True, capacity=2)

    # when
    with django_capture_on_commit_callbacks(execute=True):
        responses = [_register(client, event, f"Bezoeker {number}", f"b{number}@example.org") for number in range(3)]

    # then: each visitor lands on their own registration's page, behind its manage link
    assert all(response.status_code == 302 for response in responses)
    assert all(response.url.startswith("/agenda/aanmelding/") for response in responses)
    statuses = list(event.registrations.order_by("pk").values_list("status", flat=True))
    assert statuses == ["registered", "registered", "waiting"]
    assert len(mailoutbox) == 3
    confirmation, _, waiting = mailoutbox
    assert confirmation.to == ["b0@example.org"]
    assert confirmation.attachments[0][0].endswith(".ics")
    attachment = confirmation.attachments[0][1]
    assert "BEGIN:VEVENT" in (attachment.decode() if isinstance(attachment, bytes) else attachment)
    assert f"{responses[0].url}\n" in confirmation.body
    assert "b0@example.org" not in confirmation.body.split("http", 1)[1]
    assert "wachtlijst" in waiting.subject.lower()
    # (English until the Dutch catalogue is compiled)
    assert "nummer 1 op de wachtlijst" in waiting.body or "number 1 on the waiting list" in waiting.body
    assert not waiting.attachments


def test_the_manage_link_is_stored_only_as_a_hash(client, django_capture_on_commit_callbacks):
    # given
    event = EventFactory(registration_open=True, capacity=2)

    # when
    with django_capture_on_commit_callbacks(execute=True):
        response = _register(client, event, "Bezoeker", "b@example.org")

    # then: the token in the link is in no column of the registration, and the link opens it
    token = response.url.rstrip("/").rsplit("/", 1)[1]
    registration = event.registrations.get()
    stored = Registration.objects.filter(pk=registration.pk).values().get()
    assert len(token) >= 32 and all(token not in str(value) for value in stored.values())
    page = client.get(response.url)
    assert page.status_code == 200 and page["Referrer-Policy"] == "same-origin"
    assert client.get(response.url.replace(token, token[:-1] + "0" if token[-1] != "0" else "1")).status_code == 404


def test_cancel_link_promotes_first_on_waiting_list(client, mailoutbox, django_capture_on_commit_callbacks):
    # given
    event = EventFactory(registration_open=True, capacity=1)
    registered = RegistrationFactory(event=event)
    first_waiting = RegistrationFactory(event=event, status=RegistrationStatus.WAITING, email="eerste@example.org")
    RegistrationFactory(event=event, status=RegistrationStatus.WAITING)

    # when
    url = reverse("events:registration_manage", kwargs={"token": registered.manage_token})
    assert client.get(url).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url)

    # then
    assert response.status_code == 302
    registered.refresh_from_db()
    first_waiting.refresh_from_db()
    assert registered.status == RegistrationStatus.CANCELLED
    assert first_waiting.status == RegistrationStatus.REGISTERED
    assert event.registrations.waiting().count() == 1
    assert [mail.to for mail in mailoutbox] == [["eerste@example.org"]]
    assert mailoutbox[0].attachments
    assert "/agenda/aanmelding/" + first_waiting.manage_token in mailoutbox[0].body


def test_cancelling_a_waiting_registration_promotes_nobody(db):
    # given
    event = EventFactory(registration_open=True, capacity=1)
    RegistrationFactory(event=event)
    waiting = RegistrationFactory(event=event, status=RegistrationStatus.WAITING)
    second = RegistrationFactory(event=event, status=RegistrationStatus.WAITING)

    # when
    promoted = services.registration_cancel(registration=waiting)

    # then
    second.refresh_from_db()
    assert promoted is None and second.status == RegistrationStatus.WAITING


def test_bad_registration_rerenders_with_errors_and_keeps_input(client):
    # given
    event = EventFactory(registration_open=True, capacity=5)
    RegistrationFactory(event=event, email="dubbel@example.org")

    # when
    no_consent = _register(client, event, "Anne", "anne@example.org", consent="")
    duplicate = _register(client, event, "Dubbel", "dubbel@example.org")

    # then
    assert no_consent.status_code == 200
    assert 'value="anne@example.org"' in no_consent.content.decode()
    assert "consent" in no_consent.context["registration_form"].errors
    assert "email" in duplicate.context["registration_form"].errors
    assert event.registrations.count() == 1


def test_registration_closed_for_events_without_registration(client):
    # given
    event = EventFactory(registration_open=False)

    # when
    response = _register(client, event, "Anne", "anne@example.org")

    # then
    assert response.status_code == 200
    assert response.context["registration_form"].non_field_errors()
    assert not event.registrations.exists()


@pytest.mark.django_db(transaction=True)
def test_capacity_holds_under_concurrent_registrations():
    # given
    if connection.vendor != "postgresql":
        pytest.skip("row locks need PostgreSQL")
    event = EventFactory(registration_open=True, capacity=3)
    barrier = threading.Barrier(10)
    errors = []

    def register(number):
        try:
            barrier.wait()
            services.registration_create(
                event_id=event.pk, name=f"P{number}", email=f"p{number}@example.org", background="student", consent=True
            )
        except Exception as error:  # noqa: BLE001 - collected and asserted below
            errors.append(error)
        finally:
            connections.close_all()

    # when
    threads = [threading.Thread(target=register, args=(number,)) for number in range(10)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    # then
    assert errors == []
    assert Registration.objects.filter(event=event, status=RegistrationStatus.REGISTERED).count() == 3
    assert Registration.objects.filter(event=event, status=RegistrationStatus.WAITING).count() == 7
