import datetime
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from django.utils import timezone

from community.events import calendar_grid, services
from community.events.models import Event, EventStatus, RegistrationStatus
from community.events.recurrence import occurrences, open_occurrences, series_end
from tests.factories.events import EventFactory, RegistrationFactory

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def _event(**fields):
    start = fields.pop("start", datetime.datetime(2027, 1, 31, 10, tzinfo=AMSTERDAM))
    fields.setdefault("recurrence_interval", 1)
    return Event(starts_at=start, ends_at=start + datetime.timedelta(hours=2), **fields)


def test_monthly_every_two_months_with_count_and_exception():
    # given
    event = _event(
        recurrence_frequency="monthly",
        recurrence_interval=2,
        recurrence_count=4,
        recurrence_exceptions=["2027-05-31"],
        start=datetime.datetime(2027, 3, 31, 10, tzinfo=AMSTERDAM),
    )
    window = (datetime.datetime(2027, 1, 1, tzinfo=AMSTERDAM), datetime.datetime(2028, 1, 1, tzinfo=AMSTERDAM))

    # when
    found = [occurrence.local_start.date() for occurrence in occurrences(event, *window)]

    # then: dateutil skips months without a 31st, as RFC 5545 does; 31 May is an exception
    assert found == [datetime.date(2027, 3, 31), datetime.date(2027, 7, 31)]
    assert series_end(event).date() == datetime.date(2028, 1, 31)


def test_multi_day_event_touches_each_day_and_open_series_never_ends():
    # given
    start = datetime.datetime(2027, 6, 10, 9, tzinfo=AMSTERDAM)
    festival = Event(starts_at=start, ends_at=start + datetime.timedelta(days=2, hours=8))
    weekly = _event(recurrence_frequency="weekly")

    # when
    (occurrence,) = occurrences(festival, start, start + datetime.timedelta(days=5))

    # then
    assert occurrence.days_within(datetime.date(2027, 1, 1), datetime.date(2027, 12, 31)) == [
        datetime.date(2027, 6, 10), datetime.date(2027, 6, 11), datetime.date(2027, 6, 12)
    ]  # fmt: skip
    assert occurrence.days_within(datetime.date(2027, 6, 11), datetime.date(2027, 6, 30)) == [
        datetime.date(2027, 6, 11), datetime.date(2027, 6, 12)
    ]  # fmt: skip
    assert series_end(weekly) is None


def test_an_event_spanning_centuries_fills_only_the_days_of_the_grid_shown():
    # given: what an API client may send; the grid must not walk every day until the year 2500
    start = datetime.datetime(2020, 1, 1, 9, tzinfo=AMSTERDAM)
    forever = Event(starts_at=start, ends_at=datetime.datetime(2500, 1, 1, 9, tzinfo=AMSTERDAM))
    week = calendar_grid.week_days(2027, 23)
    window_start, window_end = calendar_grid.window_of(week)

    # when
    days = calendar_grid.grid(week, occurrences(forever, window_start, window_end))

    # then
    assert [len(day["occurrences"]) for day in days] == [1] * 7


@pytest.mark.django_db
def test_cancelling_an_event_tells_registrants_and_feeds(
    client, editor, mailoutbox, django_capture_on_commit_callbacks
):
    # given
    event = EventFactory(registration_open=True, capacity=5)
    RegistrationFactory(event=event, email="a@example.org")
    RegistrationFactory(event=event, email="b@example.org", status=RegistrationStatus.CANCELLED)
    client.force_login(editor)

    # when
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("events:cancel", kwargs={"pk": event.pk}))

    # then
    event.refresh_from_db()
    assert event.status == EventStatus.CANCELLED and event.sequence == 1
    assert [mail.to for mail in mailoutbox] == [["a@example.org"]]
    assert "STATUS:CANCELLED" in _text(mailoutbox[0].attachments[0][1])
    assert "STATUS:CANCELLED" in client.get(reverse("events:feed")).content.decode()


@pytest.mark.django_db
def test_registration_service_refuses_unpublished_events():
    event = EventFactory(status=EventStatus.SUBMITTED, registration_open=True, capacity=3)
    with pytest.raises(services.ValidationError):
        services.registration_create(
            event_id=event.pk, name="A", email="a@example.org", background="other", consent=True
        )
    assert not event.registrations.exists()


def _text(content) -> str:
    return content.decode() if isinstance(content, bytes) else content


@pytest.mark.django_db
def test_a_running_series_still_takes_registrations_after_its_first_date():
    # given
    first = EventFactory(registration_open=True, capacity=3, recurrence_frequency="weekly", recurrence_count=10)
    first.starts_at -= datetime.timedelta(days=14)
    first.ends_at -= datetime.timedelta(days=14)
    first.save()
    over = EventFactory(registration_open=True, capacity=3)
    over.starts_at -= datetime.timedelta(days=14)
    over.ends_at -= datetime.timedelta(days=14)
    over.save()

    # when / then
    assert first.takes_registrations() and not over.takes_registrations()
    next_occurrence = open_occurrences(first)[0]
    next_date = next_occurrence.starts_at
    # a date takes registrations until it ends (at this time of day it may have just begun)
    assert next_date > first.starts_at and next_occurrence.ends_at > timezone.now()
    registration = services.registration_create(
        event_id=first.pk, name="A", email="a@example.org", background="other", consent=True, occurrence_start=next_date
    )
    assert registration.occurrence_start == next_date
    with pytest.raises(services.ValidationError):
        services.registration_create(
            event_id=over.pk, name="A", email="a@example.org", background="other", consent=True
        )
