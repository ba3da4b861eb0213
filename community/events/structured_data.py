"""schema.org Event data for search engines (JSON-LD)."""

from django.conf import settings
from django.utils.html import strip_tags

from .models import EventStatus
from .recurrence import AMSTERDAM, Occurrence


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
