"""schema.org Event data for search engines (JSON-LD)."""

import json

from django.conf import settings
from django.utils.html import strip_tags
from django.utils.safestring import SafeString, mark_safe

from .models import EventStatus
from .recurrence import AMSTERDAM, Occurrence

# The characters that could close the script element or start HTML, escaped as JSON allows.
JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def event_json_ld(occurrence: Occurrence) -> dict:
    """Return the schema.org Event of an occurrence."""
    event = occurrence.event
    url = settings.SITE_URL.rstrip("/") + event.get_absolute_url()
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "url": url,
        "startDate": _date(occurrence.local_start, event.is_all_day),
        "endDate": _date(occurrence.local_end, event.is_all_day),
        "eventStatus": "https://schema.org/EventCancelled"
        if event.status == EventStatus.CANCELLED
        else "https://schema.org/EventScheduled",
        "organizer": {"@type": "Organization", "name": event.organiser_name},
    }
    if event.description:
        data["description"] = strip_tags(event.description)[:500]
    if event.venue:
        data["eventAttendanceMode"] = "https://schema.org/OfflineEventAttendanceMode"
        data["location"] = {
            "@type": "Place",
            "name": event.venue.name,
            "address": {"@type": "PostalAddress", "streetAddress": event.venue.address, "addressLocality": "Enschede"},
        }
    else:
        data["eventAttendanceMode"] = "https://schema.org/OnlineEventAttendanceMode"
        data["location"] = {"@type": "VirtualLocation", "url": event.online_url}
    if event.image:
        data["image"] = [settings.SITE_URL.rstrip("/") + event.image.url]
    return data


def _date(value, all_day: bool) -> str:
    local = value.astimezone(AMSTERDAM)
    return local.date().isoformat() if all_day else local.isoformat()


def json_ld_script(data: dict) -> SafeString:
    """Return a JSON-LD script element with the data escaped so it cannot break out of the element."""
    payload = json.dumps(data, ensure_ascii=False).translate(JSON_SCRIPT_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{payload}</script>')  # noqa: S308 - escaped above
