"""schema.org Event data for search engines (JSON-LD)."""

from kennispark.links import absolute_url
from kennispark.richtext import plain_text

from .models import EventStatus
from .recurrence import AMSTERDAM, Occurrence


def event_json_ld(occurrence: Occurrence) -> dict:
    """Return the schema.org Event of an occurrence."""
    event = occurrence.event
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "url": absolute_url(event.get_absolute_url()),
        "startDate": _date(occurrence.local_start, event.is_all_day),
        "endDate": _date(occurrence.local_end, event.is_all_day),
        "eventStatus": "https://schema.org/EventCancelled"
        if event.status == EventStatus.CANCELLED
        else "https://schema.org/EventScheduled",
        "organizer": {"@type": "Organization", "name": event.organiser_name},
    }
    if event.description:
        data["description"] = plain_text(event.description)[:500]
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
        data["image"] = [absolute_url(event.image.url)]
    return data


def _date(value, all_day: bool) -> str:
    local = value.astimezone(AMSTERDAM)
    return local.date().isoformat() if all_day else local.isoformat()
