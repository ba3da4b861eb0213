"""Community indicators per year for the monitor's 2035 dashboard."""

from django.db.models import BooleanField, Count, ExpressionWrapper, Q
from django.db.models.functions import ExtractYear
from django.utils import timezone

from .models import Audience, Background, Event, EventStatus, Registration, RegistrationStatus
from .recurrence import expand


def _empty_year(year: int) -> dict:
    return {
        "year": year,
        "events_held": 0,
        "registrations": 0,
        "attendees": 0,
        "events_by_audience": dict.fromkeys(Audience.values, 0),
        "attendees_by_background": dict.fromkeys(Background.values, 0),
        "events_open_to_outside": 0,
    }


def community_indicators_by_year(*, now=None) -> list[dict]:
    """Return per year: events held, registrations, attendees, by audience and background, open to outsiders.

    Events held counts the ended occurrences of approved events (each occurrence of a recurring event once);
    registrations count every sign-up that was not cancelled, attendees the confirmed ones of started events.
    "Open to guests from outside the park" means open to the public.
    """
    now = now or timezone.now()
    years: dict[int, dict] = {}
    approved = Event.objects.filter(status=EventStatus.APPROVED, starts_at__lt=now).only(
        "starts_at", "ends_at", "recurrence_frequency", "recurrence_interval", "recurrence_until",
        "recurrence_count", "recurrence_exceptions", "for_employees", "for_students", "for_public",
    )  # fmt: skip
    earliest = approved.order_by("starts_at").values_list("starts_at", flat=True).first()
    for occurrence in expand(approved, earliest or now, now) if earliest else []:
        if occurrence.ends_at > now:
            continue
        row = years.setdefault(occurrence.local_start.year, _empty_year(occurrence.local_start.year))
        row["events_held"] += 1
        for code in occurrence.event.audiences:
            row["events_by_audience"][code] += 1
        row["events_open_to_outside"] += occurrence.event.for_public
    counts = (
        Registration.objects.filter(event__status=EventStatus.APPROVED)
        .exclude(status=RegistrationStatus.CANCELLED)
        .annotate(
            year=ExtractYear("event__starts_at"),
            has_started=ExpressionWrapper(Q(event__starts_at__lt=now), output_field=BooleanField()),
        )
        .values("year", "status", "background", "has_started")
        .annotate(total=Count("pk"))
        .order_by()
    )
    for item in counts:
        row = years.setdefault(item["year"], _empty_year(item["year"]))
        row["registrations"] += item["total"]
        if item["status"] == RegistrationStatus.REGISTERED and item["has_started"]:
            row["attendees"] += item["total"]
            row["attendees_by_background"][item["background"]] += item["total"]
    return [years[year] for year in sorted(years)]
