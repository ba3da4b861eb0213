"""Reads of the events calendar: what the agenda pages, feeds, API, home page and monitor show."""

import dataclasses
import datetime

from django.db.models import Count, Q, QuerySet
from django.http import Http404
from django.utils import timezone

from . import manage_links
from .filters import EventFilter
from .indicators import community_indicators_by_year  # noqa: F401 - the monitor reads it from here
from .models import Event, EventStatus, Registration, RegistrationStatus
from .recurrence import AMSTERDAM, HORIZON, Occurrence, expand

UPCOMING_HORIZON = HORIZON


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


def agenda_entries(*, params=None, now=None) -> list[Occurrence]:
    """Return the agenda list: each event once at its next date in the chosen period, with its places left."""
    now = now or timezone.now()
    start, end = now, now + UPCOMING_HORIZON
    event_filter = EventFilter(params or {})
    if event_filter.is_valid():
        start, end = _period(event_filter.form.cleaned_data, start=start, end=end)
    found = occurrences_between(start=start, end=end, params=params) if start < end else []
    later: dict[int, int] = {}
    firsts: list[Occurrence] = []
    for occurrence in found:
        if occurrence.event.pk in later:
            later[occurrence.event.pk] += 1
        else:
            later[occurrence.event.pk] = 0
            firsts.append(occurrence)
    entries = [dataclasses.replace(occurrence, later_dates=later[occurrence.event.pk]) for occurrence in firsts]
    return with_availability(entries)


def _period(cleaned: dict, *, start: datetime.datetime, end: datetime.datetime):
    date_from, date_to = cleaned.get("date_from"), cleaned.get("date_to")
    if date_from:
        start = max(start, datetime.datetime.combine(date_from, datetime.time(0), tzinfo=AMSTERDAM))
    if date_to:
        day_after = date_to + datetime.timedelta(days=1)
        end = min(end, datetime.datetime.combine(day_after, datetime.time(0), tzinfo=AMSTERDAM))
    return start, end


def with_availability(found: list[Occurrence]) -> list[Occurrence]:
    """Return the occurrences with the places left on each date of the events taking registrations (one query)."""
    open_ids = {occurrence.event.pk for occurrence in found if occurrence.event.registration_open}
    counts = _registered_counts(event_ids=open_ids)
    return [
        dataclasses.replace(occurrence, places_left=_places_left(occurrence, counts))
        if occurrence.event.pk in open_ids
        else occurrence
        for occurrence in found
    ]


def _registered_counts(*, event_ids) -> dict[tuple[int, datetime.datetime | None], int]:
    if not event_ids:
        return {}
    rows = (
        Registration.objects.filter(event_id__in=event_ids, status=RegistrationStatus.REGISTERED)
        .values("event_id", "occurrence_start")
        .annotate(count=Count("pk"))
        .order_by()
    )
    return {(row["event_id"], row["occurrence_start"]): row["count"] for row in rows}


def _places_left(occurrence: Occurrence, counts: dict) -> int | None:
    event = occurrence.event
    key = (event.pk, occurrence.starts_at if event.is_recurring else None)
    return event.places_left(registered=counts.get(key, 0))


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


def event_availability(*, event: Event, occurrence_start: datetime.datetime | None = None) -> dict:
    """Return the registered and waiting counts and the places left of an event (a series: of one date)."""
    counts = event.registrations.filter(occurrence_start=occurrence_start).aggregate(
        registered=Count("pk", filter=Q(status=RegistrationStatus.REGISTERED)),
        waiting=Count("pk", filter=Q(status=RegistrationStatus.WAITING)),
    )
    places_left = event.places_left(registered=counts["registered"])
    return {**counts, "places_left": places_left, "is_full": places_left == 0}


def attendees_of(*, event: Event):
    """Return the active registrations of an event (registered first, then the waiting list)."""
    return event.registrations.exclude(status=RegistrationStatus.CANCELLED).order_by("status", "created_at", "pk")


def registration_get_by_token(*, token: str) -> Registration:
    """Return the registration behind a manage link, else raise Http404."""
    registration = (
        Registration.objects.select_related("event", "event__venue")
        .filter(manage_token_hash=manage_links.token_hash(token))
        .first()
    )
    if registration is None or registration.anonymised_at:
        raise Http404
    return registration


def registration_waiting_position(*, registration: Registration) -> int | None:
    """Return the 1-based place of a registration on its date's waiting list, or None when it is not waiting."""
    if registration.status != RegistrationStatus.WAITING:
        return None
    ahead = Registration.objects.filter(
        event_id=registration.event_id,
        occurrence_start=registration.occurrence_start,
        status=RegistrationStatus.WAITING,
    ).filter(Q(created_at__lt=registration.created_at) | Q(created_at=registration.created_at, pk__lt=registration.pk))
    return ahead.count() + 1


def registrations_of_user(*, user) -> QuerySet[Registration]:
    """Return a member's active registrations, soonest event first."""
    return (
        Registration.objects.filter(user=user)
        .exclude(status=RegistrationStatus.CANCELLED)
        .select_related("event", "event__venue")
        .order_by("occurrence_start", "event__starts_at", "pk")
    )
