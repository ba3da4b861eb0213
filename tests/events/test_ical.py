import datetime
from zoneinfo import ZoneInfo

import icalendar
import pytest
from dateutil.rrule import rrulestr
from django.urls import reverse

from community.events.models import EventStatus
from tests.factories.events import EventFactory

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
UTC = datetime.UTC

pytestmark = pytest.mark.django_db


def _feed(client, **params):
    response = client.get(reverse("events:feed"), params)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return icalendar.Calendar.from_ical(response.content)


def _vevents(calendar):
    return list(calendar.walk("VEVENT"))


def test_feed_parses_with_timezone_name_and_stable_uids(client):
    # given
    EventFactory.create_batch(3)

    # when
    first, second = _feed(client), _feed(client)

    # then
    assert first["X-WR-CALNAME"] == second["NAME"]
    assert [zone["TZID"] for zone in first.walk("VTIMEZONE")] == ["Europe/Amsterdam"]
    uids = [str(event["UID"]) for event in _vevents(first)]
    assert len(uids) == 3 and len(set(uids)) == 3
    assert uids == [str(event["UID"]) for event in _vevents(second)]
    for event in _vevents(first):
        assert event["DTSTAMP"] and event["SEQUENCE"] == 0 and event["CATEGORIES"]


def test_weekly_event_across_the_change_to_winter_time_keeps_local_time(client):
    # given: weekly at 10:00 Amsterdam around the last Sunday of October 2026 (25 October)
    start = datetime.datetime(2026, 10, 14, 10, 0, tzinfo=AMSTERDAM)
    event = EventFactory(
        starts_at=start,
        ends_at=start + datetime.timedelta(hours=1),
        recurrence_frequency="weekly",
        recurrence_until=datetime.date(2026, 11, 11),
        recurrence_exceptions=["2026-10-21"],
    )

    # when
    vevent = _vevents(_feed(client))[0]
    rule = vevent.get("RRULE")
    dtstart = vevent.decoded("DTSTART")
    instants = list(rrulestr(rule.to_ical().decode(), dtstart=dtstart))
    skipped = {value.dt for exdate in [vevent["EXDATE"]] for value in exdate.dts}
    instants = [instant for instant in instants if instant not in skipped]

    # then: 08:00Z in summer time, 09:00Z after the change; 21 October skipped
    as_utc = [instant.astimezone(UTC) for instant in instants]
    assert as_utc[0] == datetime.datetime(2026, 10, 14, 8, 0, tzinfo=UTC)
    assert datetime.datetime(2026, 10, 21, 8, 0, tzinfo=UTC) not in as_utc
    assert as_utc[1] == datetime.datetime(2026, 10, 28, 9, 0, tzinfo=UTC)
    assert as_utc[-1] == datetime.datetime(2026, 11, 11, 9, 0, tzinfo=UTC)
    assert str(vevent["DTSTART"].params["TZID"]) == "Europe/Amsterdam"
    assert str(vevent["UID"]).startswith(str(event.uid))


def test_feed_marks_cancelled_events_and_hides_unpublished_ones(client):
    # given
    cancelled = EventFactory(status=EventStatus.CANCELLED)
    EventFactory(status=EventStatus.SUBMITTED, published_at=None, title_nl="Nog niet goedgekeurd")
    EventFactory(status=EventStatus.CANCELLED, published_at=None, title_nl="Nooit gepubliceerd")

    # when
    events = _vevents(_feed(client))

    # then
    assert len(events) == 1
    assert str(events[0]["UID"]).startswith(str(cancelled.uid))
    assert events[0]["STATUS"] == "CANCELLED"


def test_category_and_organiser_feeds(client, establishment):
    # given
    run = EventFactory(category="sports", title_nl="Kennispark Run")
    EventFactory(category="lecture")
    company_event = EventFactory(establishment=establishment, category="company_visit")

    # when
    sports = _feed(client, category="sports")
    company = _feed(client, organiser=establishment.slug)

    # then
    assert [str(e["SUMMARY"]) for e in _vevents(sports)] == [run.title_nl]
    assert "sport" in str(sports["X-WR-CALNAME"]).lower()
    assert [str(e["UID"]) for e in _vevents(company)] == [f"{company_event.uid}@agenda.kennispark.nl"]
    assert establishment.trade_name in str(company["X-WR-CALNAME"])


def test_all_day_multi_day_event_uses_dates_with_exclusive_end(client):
    # given
    start = datetime.datetime(2027, 3, 10, 0, 0, tzinfo=AMSTERDAM)
    EventFactory(is_all_day=True, starts_at=start, ends_at=start + datetime.timedelta(days=2, hours=23, minutes=59))

    # when
    vevent = _vevents(_feed(client))[0]

    # then
    assert vevent.decoded("DTSTART") == datetime.date(2027, 3, 10)
    assert vevent.decoded("DTEND") == datetime.date(2027, 3, 13)


def test_single_event_download(client):
    # given
    event = EventFactory()

    # when
    response = client.get(reverse("events:ics", kwargs={"pk": event.pk}))

    # then
    assert response["Content-Disposition"].startswith("attachment")
    calendar = icalendar.Calendar.from_ical(response.content)
    assert len(_vevents(calendar)) == 1 and calendar.walk("VTIMEZONE")


def test_single_event_download_of_a_title_with_a_newline_is_a_valid_calendar(client):
    # given
    event = EventFactory(title_nl="Open dag\nSensorlab", title_en="")

    # when
    single = client.get(reverse("events:ics", kwargs={"pk": event.pk}))
    feed = _feed(client)

    # then
    assert single.status_code == 200
    calendar = icalendar.Calendar.from_ical(single.content)
    assert [str(vevent["SUMMARY"]) for vevent in _vevents(calendar)] == ["Open dag\nSensorlab"]
    assert str(calendar["X-WR-CALNAME"]) == "Open dag Sensorlab"
    assert [str(vevent["SUMMARY"]) for vevent in _vevents(feed)] == ["Open dag\nSensorlab"]
