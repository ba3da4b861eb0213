"""RFC 5545 iCalendar output: the subscribable feeds, the per-event download and the e-mail attachment."""

import datetime

import icalendar
from django.utils import timezone
from django.utils.translation import gettext as _

from kennispark.links import absolute_url
from kennispark.richtext import plain_text

from .models import Event, EventStatus, Frequency
from .recurrence import AMSTERDAM, Occurrence, exception_dates

PRODID = "-//Kennispark Twente//Events calendar//NL"
UID_DOMAIN = "agenda.kennispark.nl"


def amsterdam_timezone() -> icalendar.Timezone:
    """Return a VTIMEZONE for Europe/Amsterdam with the EU summer-time rules (valid for every year)."""
    zone = icalendar.Timezone()
    zone.add("tzid", "Europe/Amsterdam")
    zone.add("x-lic-location", "Europe/Amsterdam")
    daylight = icalendar.TimezoneDaylight()
    daylight.add("tzname", "CEST")
    daylight.add("dtstart", datetime.datetime(1970, 3, 29, 2, 0, 0))
    daylight.add("tzoffsetfrom", datetime.timedelta(hours=1))
    daylight.add("tzoffsetto", datetime.timedelta(hours=2))
    daylight.add("rrule", {"freq": "yearly", "bymonth": 3, "byday": "-1su"})
    standard = icalendar.TimezoneStandard()
    standard.add("tzname", "CET")
    standard.add("dtstart", datetime.datetime(1970, 10, 25, 3, 0, 0))
    standard.add("tzoffsetfrom", datetime.timedelta(hours=2))
    standard.add("tzoffsetto", datetime.timedelta(hours=1))
    standard.add("rrule", {"freq": "yearly", "bymonth": 10, "byday": "-1su"})
    zone.add_component(daylight)
    zone.add_component(standard)
    return zone


def _rrule(event: Event) -> dict:
    rule: dict[str, str | int | datetime.datetime] = {
        "freq": "weekly" if event.recurrence_frequency == Frequency.WEEKLY else "monthly"
    }
    if event.recurrence_interval > 1:
        rule["interval"] = event.recurrence_interval
    if event.recurrence_count:
        rule["count"] = event.recurrence_count
    elif event.recurrence_until:
        # With a TZID start, RFC 5545 wants UNTIL in UTC: the end of the last day in Amsterdam.
        last = datetime.datetime.combine(event.recurrence_until, datetime.time(23, 59, 59), tzinfo=AMSTERDAM)
        rule["until"] = last.astimezone(datetime.UTC)
    return rule


def _set_times(component: icalendar.Event, event: Event) -> None:
    start = event.starts_at.astimezone(AMSTERDAM)
    end = event.ends_at.astimezone(AMSTERDAM)
    if event.is_all_day:
        component.add("dtstart", start.date())
        component.add("dtend", end.date() + datetime.timedelta(days=1))
    else:
        component.add("dtstart", start)
        component.add("dtend", end)
    if event.recurrence_frequency:
        component.add("rrule", _rrule(event))
        skipped = sorted(exception_dates(event))
        if skipped:
            if event.is_all_day:
                component.add("exdate", skipped)
            else:
                component.add("exdate", [datetime.datetime.combine(day, start.timetz()) for day in skipped])


def _set_occurrence_times(component: icalendar.Event, occurrence: Occurrence) -> None:
    if occurrence.event.is_all_day:
        component.add("dtstart", occurrence.first_day)
        component.add("dtend", occurrence.last_day + datetime.timedelta(days=1))
    else:
        component.add("dtstart", occurrence.local_start)
        component.add("dtend", occurrence.local_end)


def event_component(event: Event, *, occurrence: Occurrence | None = None) -> icalendar.Event:
    """Return the VEVENT of an event (recurrence as RRULE/EXDATE, not expanded), or of one date of a series."""
    component = icalendar.Event()
    if occurrence is not None and event.is_recurring:
        # One date on its own, for those registered for it: its own UID, so it does not replace the series.
        component.add("uid", f"{event.uid}-{occurrence.local_start:%Y%m%d}@{UID_DOMAIN}")
        _set_occurrence_times(component, occurrence)
    else:
        component.add("uid", f"{event.uid}@{UID_DOMAIN}")
        _set_times(component, event)
    component.add("dtstamp", (event.updated_at or timezone.now()).astimezone(datetime.UTC))
    component.add("sequence", event.sequence)
    component.add("summary", event.title)
    if event.description:
        component.add("description", plain_text(event.description))
    location = f"{event.venue.name}, {event.venue.full_address}" if event.venue else event.online_url
    if location:
        component.add("location", location)
    component.add("url", absolute_url(event.get_absolute_url()))
    component.add("categories", [str(event.get_category_display())])
    component.add("status", "CANCELLED" if event.status == EventStatus.CANCELLED else "CONFIRMED")
    return component


def calendar_for(events, *, name: str, occurrence: Occurrence | None = None) -> bytes:
    """Return a complete VCALENDAR for the events (or one date of a series), named for calendar clients."""
    # The calendar name properties are single-line values to icalendar, unlike SUMMARY, which escapes newlines.
    name = " ".join(name.split())
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("name", name)
    calendar.add("x-wr-timezone", "Europe/Amsterdam")
    calendar.add("refresh-interval", datetime.timedelta(hours=6), parameters={"value": "DURATION"})
    calendar.add("x-published-ttl", "PT6H")
    calendar.add_component(amsterdam_timezone())
    for event in events:
        calendar.add_component(event_component(event, occurrence=occurrence))
    return calendar.to_ical()


def feed_name(*, category_label: str = "", organiser_name: str = "") -> str:
    """Return the calendar name of a feed, after its filter."""
    base = _("Kennispark Twente events")
    detail = category_label or organiser_name
    return f"{base} – {detail}" if detail else base
