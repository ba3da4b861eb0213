"""schema.org Event data for search engines (JSON-LD)."""

from django.utils.translation import get_language

from kennispark.links import absolute_url
from kennispark.richtext import plain_text

from .models import Event, EventStatus
from .recurrence import AMSTERDAM, Occurrence

DESCRIPTION_LENGTH = 500
IN_STOCK = "https://schema.org/InStock"
SOLD_OUT = "https://schema.org/SoldOut"


def event_json_ld(occurrence: Occurrence) -> dict:
    """Return the schema.org Event of an occurrence (with its places left, when the selectors filled them in)."""
    event = occurrence.event
    url = absolute_url(event.get_absolute_url())
    data: dict = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "url": url,
        "startDate": _date(occurrence.local_start, event.is_all_day),
        "endDate": _date(occurrence.local_end, event.is_all_day),
        "eventStatus": "https://schema.org/EventCancelled"
        if event.status == EventStatus.CANCELLED
        else "https://schema.org/EventScheduled",
        "organizer": _organizer(event),
        "description": _description(event),
        "inLanguage": get_language() or "nl",
    }
    if event.venue:
        data["eventAttendanceMode"] = "https://schema.org/OfflineEventAttendanceMode"
        data["location"] = {
            "@type": "Place",
            "name": event.venue.name,
            "address": {
                "@type": "PostalAddress",
                "streetAddress": event.venue.address,
                "postalCode": event.venue.postcode,
                "addressLocality": event.venue.city,
                "addressCountry": "NL",
            },
        }
    else:
        data["eventAttendanceMode"] = "https://schema.org/OnlineEventAttendanceMode"
        data["location"] = {"@type": "VirtualLocation", "url": event.online_url}
    if event.image:
        data["image"] = [absolute_url(event.image.url)]
    data["offers"] = {
        "@type": "Offer",
        "price": "0",
        "priceCurrency": "EUR",
        "url": url,
        "availability": SOLD_OUT if occurrence.is_full or event.status == EventStatus.CANCELLED else IN_STOCK,
    }
    return data


def _organizer(event: Event) -> dict:
    organizer = {"@type": "Organization", "name": event.organiser_name}
    if event.organiser_establishment:
        organizer["url"] = absolute_url(event.organiser_establishment.get_absolute_url())
    elif event.organiser_partner and event.organiser_partner.website:
        organizer["url"] = event.organiser_partner.website
    return organizer


def _description(event: Event) -> str:
    # Plain text, entities decoded, one paragraph or list item a line; cut at a word near the limit.
    text = plain_text(event.description)
    if len(text) <= DESCRIPTION_LENGTH:
        return text
    return text[:DESCRIPTION_LENGTH].rsplit(" ", 1)[0] + "…"


def _date(value, all_day: bool) -> str:
    local = value.astimezone(AMSTERDAM)
    return local.date().isoformat() if all_day else local.isoformat()
