"""Reads of the events calendar: what the agenda pages, feeds, API, home page and monitor show."""

import datetime

from django.db.models import Count, Q, QuerySet
from django.http import Http404
from django.utils import timezone

from .filters import EventFilter
from .indicators import community_indicators_by_year  # noqa: F401 - the monitor reads it from here
from .models import Event, EventStatus, Registration, RegistrationStatus
from .recurrence import Occurrence, expand

UPCOMING_HORIZON = datetime.timedelta(days=366)


def filtered_events(*, params=None, queryset=None):
    """Return the public events narrowed by the agenda's GET filters (none for an unknown filter value)."""
    queryset = Event.objects.public() if queryset is None else queryset
    event_filter = EventFilter(params or {}, queryset=queryset.with_related())
    return event_filter.qs if event_filter.is_valid() else queryset.none()


def occurrences_between(*, start: datetime.datetime, end: datetime.datetime, params=None) -> list[Occurrence]:
    """Return the public occurrences in [start, end), recurring events expanded."""
    return expand(filtered_events(params=params).overlapping(start, end), start, end)


def upcoming_occurrences(*, params=None, now=None, limit=None) -> list[Occurrence]:
    """Return the public occurrences that have not ended, for the coming year."""
    now = now or timezone.now()
    found = occurrences_between(start=now, end=now + UPCOMING_HORIZON, params=params)
    return found[:limit] if limit else found


def home_upcoming_events(limit: int = 4) -> list[Occurrence]:
    """Return the next few public occurrences for the home page."""
    return upcoming_occurrences(limit=limit)


def establishment_upcoming_events(*, establishment, limit: int = 5) -> list[Occurrence]:
    """Return an establishment's next public occurrences, for its directory page."""
    queryset = Event.objects.public().filter(organiser_establishment=establishment)
    now = timezone.now()
    events = queryset.with_related().overlapping(now, now + UPCOMING_HORIZON)
    return expand(events, now, now + UPCOMING_HORIZON)[:limit]


def feed_events(*, params=None):
    """Return the events of a feed: public ones and those cancelled after publication."""
    return filtered_events(params=params, queryset=Event.objects.in_feed())


def event_get_visible(*, pk: int, user) -> Event:
    """Return an event the user may see (public, or manageable by them), else raise Http404."""
    visible = Event.objects.public() | Event.objects.filter(status=EventStatus.CANCELLED, published_at__isnull=False)
    event = visible.with_related().filter(pk=pk).first()
    if event is None:
        event = Event.objects.manageable_by(user).with_related().filter(pk=pk).first()
    if event is None:
        raise Http404
    return event


def event_get_manageable(*, pk: int, user) -> Event:
    """Return an event the user may edit, else raise Http404 (another company's event does not exist for them)."""
    event = Event.objects.manageable_by(user).with_related().filter(pk=pk).first()
    if event is None:
        raise Http404
    return event


def event_is_manageable(*, event: Event, user) -> bool:
    """Return whether the user may edit the event and see its attendees."""
    return Event.objects.manageable_by(user).filter(pk=event.pk).exists()


def events_manageable_by(*, user):
    """Return the events the user may manage, newest first, with their registration counts."""
    return (
        Event.objects.manageable_by(user)
        .with_related()
        .annotate(
            registered_count=Count("registrations", filter=Q(registrations__status=RegistrationStatus.REGISTERED)),
            waiting_count=Count("registrations", filter=Q(registrations__status=RegistrationStatus.WAITING)),
        )
        .order_by("-starts_at")
    )


def review_queue() -> QuerySet[Event]:
    """Return the events awaiting an editor's review, oldest submission first."""
    return (
        Event.objects.filter(status=EventStatus.SUBMITTED)
        .with_related()
        .select_related("submitted_by")
        .order_by("updated_at")
    )


def event_availability(*, event: Event) -> dict:
    """Return the registered and waiting counts and the places left of an event."""
    counts = event.registrations.aggregate(
        registered=Count("pk", filter=Q(status=RegistrationStatus.REGISTERED)),
        waiting=Count("pk", filter=Q(status=RegistrationStatus.WAITING)),
    )
    places_left = event.places_left(registered=counts["registered"])
    return {**counts, "places_left": places_left, "is_full": places_left == 0}


def attendees_of(*, event: Event):
    """Return the active registrations of an event (registered first, then the waiting list)."""
    return event.registrations.exclude(status=RegistrationStatus.CANCELLED).order_by("status", "created_at", "pk")


def registration_get_by_token(*, token: str) -> Registration:
    """Return the registration behind a cancel link, else raise Http404."""
    registration = Registration.objects.select_related("event").filter(token=token).first()
    if registration is None or registration.anonymised_at:
        raise Http404
    return registration
