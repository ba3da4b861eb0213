"""One-tap "add to calendar" links for an occurrence: download, webcal subscription, Google and Outlook."""

import datetime
from urllib.parse import urlencode, urlsplit, urlunsplit

from django.urls import reverse

from kennispark.links import absolute_url
from kennispark.richtext import plain_text

from .recurrence import AMSTERDAM, Occurrence

GOOGLE = "https://calendar.google.com/calendar/render"
OUTLOOK = "https://outlook.live.com/calendar/0/action/compose"
DETAILS_LENGTH = 800


def ics_path(occurrence: Occurrence, *, series: bool = False) -> str:
    """Return the path of the .ics of one date (or of the whole series when asked)."""
    path = reverse("events:ics", kwargs={"pk": occurrence.event.pk})
    if occurrence.event.is_recurring and not series:
        return f"{path}?{urlencode({'date': occurrence.local_start.date().isoformat()})}"
    return path


def calendar_links(occurrence: Occurrence) -> dict[str, str]:
    """Return the links that put an occurrence in the visitor's calendar; webcal follows later changes."""
    event = occurrence.event
    download = ics_path(occurrence)
    subscribe = urlunsplit(urlsplit(absolute_url(ics_path(occurrence, series=True)))._replace(scheme="webcal"))
    location = f"{event.venue.name}, {event.venue.full_address}" if event.venue else event.online_url
    page = absolute_url(event.get_absolute_url())
    details = f"{plain_text(event.description)[:DETAILS_LENGTH]}\n\n{page}".strip()
    google = {
        "action": "TEMPLATE",
        "text": event.title,
        "dates": f"{_google_time(occurrence.starts_at, event.is_all_day)}/{_google_end(occurrence, event.is_all_day)}",
        "details": details,
        "location": location,
        "ctz": "Europe/Amsterdam",
    }
    outlook = {
        "path": "/calendar/action/compose",
        "rru": "addevent",
        "subject": event.title,
        "startdt": _outlook_time(occurrence.starts_at, event.is_all_day),
        "enddt": _outlook_time(occurrence.ends_at, event.is_all_day),
        "allday": "true" if event.is_all_day else "false",
        "body": details,
        "location": location,
    }
    return {
        "download": download,
        "subscribe": subscribe,
        "google": f"{GOOGLE}?{urlencode(google)}",
        "outlook": f"{OUTLOOK}?{urlencode(outlook)}",
    }


def _google_time(instant: datetime.datetime, all_day: bool) -> str:
    if all_day:
        return instant.astimezone(AMSTERDAM).strftime("%Y%m%d")
    return instant.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")


def _google_end(occurrence: Occurrence, all_day: bool) -> str:
    if all_day:
        # Google's all-day end date is exclusive: the day after the last day.
        return (occurrence.last_day + datetime.timedelta(days=1)).strftime("%Y%m%d")
    return _google_time(occurrence.ends_at, all_day)


def _outlook_time(instant: datetime.datetime, all_day: bool) -> str:
    local = instant.astimezone(AMSTERDAM)
    return local.date().isoformat() if all_day else local.isoformat()
