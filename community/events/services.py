"""Writes of the events calendar: submission and review of events, registrations and the personal-data purge."""

import datetime

from django.conf import settings
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from establishments.models import Establishment
from kennispark import content_versions
from kennispark.content_versions import content_version_bump
from kennispark.outbox import task_enqueue
from kennispark.roles import user_is_editor

from . import hooks, manage_links
from .models import Event, EventStatus, OrganiserKind, Registration, RegistrationStatus
from .recurrence import AMSTERDAM, open_occurrences, series_end

DEFAULT_RETENTION_DAYS = 30
# A published event whose time or place changes is "moved" for those who registered or saved it.
MOVE_FIELDS = ("starts_at", "ends_at", "venue_id")


def _send_later(kind: str, pk: int) -> None:
    from .tasks import send_event_mail

    task_enqueue(send_event_mail, kind, pk)


@transaction.atomic
def event_save(*, event: Event, user: User) -> Event:
    """Save an event from any form or the API: an editor's new one is published, an organiser's goes to review."""
    # An editor's edit keeps the status; the editors' promotion below fills places a raised capacity freed.
    is_editor = user_is_editor(user)
    if not is_editor:
        represented = Establishment.objects.represented_by(user)
        if not event.organiser_establishment_id or not represented.filter(pk=event.organiser_establishment_id).exists():
            raise ValidationError({"organiser_establishment": _("Choose an establishment you represent.")})
        event.organiser_kind = OrganiserKind.ESTABLISHMENT
    previous = Event.objects.filter(pk=event.pk).values(*MOVE_FIELDS, "published_at").first() if event.pk else None
    if event.pk is None:
        event.submitted_by = user
        if is_editor and event.status == EventStatus.DRAFT:
            event.status = EventStatus.APPROVED
    else:
        event.sequence += 1
    if not is_editor:
        event.status = EventStatus.SUBMITTED
        event.rejection_reason = ""
    if event.status == EventStatus.APPROVED and event.published_at is None:
        event.published_at = timezone.now()
    event.full_clean()
    event.save()
    if previous and previous["starts_at"] != event.starts_at:
        _registrations_follow_series(event, moved_by=_local(event.starts_at) - _local(previous["starts_at"]))
    if is_editor:
        _waiting_list_promote(event)
    else:
        _send_later("submitted", event.pk)
    content_version_bump(area=content_versions.EVENTS)
    if previous and previous["published_at"] and any(previous[name] != getattr(event, name) for name in MOVE_FIELDS):
        hooks.event_changed(event=event, change="moved")
    return event


def _local(instant: datetime.datetime) -> datetime.datetime:
    return instant.astimezone(AMSTERDAM).replace(tzinfo=None)


def _registrations_follow_series(event: Event, *, moved_by: datetime.timedelta) -> None:
    """Move the registrations for dates of a series along when its start moves (in wall-clock time)."""
    moved = list(event.registrations.filter(occurrence_start__isnull=False))
    for registration in moved:
        if registration.occurrence_start:
            registration.occurrence_start = (_local(registration.occurrence_start) + moved_by).replace(tzinfo=AMSTERDAM)
    Registration.objects.bulk_update(moved, ["occurrence_start"])


@transaction.atomic
def event_approve(*, event: Event, user: User) -> Event:
    """Publish a submitted event and tell its organiser."""
    event.status = EventStatus.APPROVED
    event.rejection_reason = ""
    event.published_at = event.published_at or timezone.now()
    event.sequence += 1
    event.full_clean()
    event.save()
    _send_later("approved", event.pk)
    _waiting_list_promote(event)
    content_version_bump(area=content_versions.EVENTS)
    return event


@transaction.atomic
def event_reject(*, event: Event, user: User, reason: str) -> Event:
    """Reject a submitted event with a reason the organiser receives by e-mail."""
    if not reason.strip():
        raise ValidationError({"rejection_reason": _("Give a reason for the rejection.")})
    event.status = EventStatus.REJECTED
    event.rejection_reason = reason.strip()
    event.sequence += 1
    event.full_clean()
    event.save()
    _send_later("rejected", event.pk)
    content_version_bump(area=content_versions.EVENTS)
    return event


@transaction.atomic
def event_cancel(*, event: Event, user: User) -> Event:
    """Cancel an event: feeds mark it cancelled and its registrants are told."""
    event.status = EventStatus.CANCELLED
    event.sequence += 1
    event.registration_open = False
    event.full_clean()
    event.save()
    for pk in event.registrations.exclude(status=RegistrationStatus.CANCELLED).values_list("pk", flat=True):
        _send_later("event_cancelled", pk)
    content_version_bump(area=content_versions.EVENTS)
    hooks.event_changed(event=event, change="cancelled")
    return event


def _occurrence_check(event: Event, occurrence_start: datetime.datetime | None) -> datetime.datetime | None:
    """Return the start of the date registered for (None for a one-off event), refusing unknown or past dates."""
    if not event.is_recurring:
        return None
    if occurrence_start is None:
        raise ValidationError({"occurrence": _("Choose the date you want to come.")})
    if not any(occurrence.starts_at == occurrence_start for occurrence in open_occurrences(event)):
        raise ValidationError({"occurrence": _("This date is not (or no longer) open for registration.")})
    return occurrence_start


@transaction.atomic
def registration_create(
    *,
    event_id: int,
    name: str,
    email: str,
    background: str,
    consent: bool,
    language: str = "nl",
    occurrence_start: datetime.datetime | None = None,
    user: User | None = None,
) -> Registration:
    """Register a visitor for an event (a series: one date), or put them on that date's waiting list when full."""
    # Locking the event row serialises registrations for one event, so two requests never take the last place.
    event = Event.objects.select_for_update().get(pk=event_id)
    if not event.takes_registrations():
        raise ValidationError(_("Registration for this event is closed."))
    if not consent:
        raise ValidationError({"consent": _("Please agree to the processing of your data.")})
    occurrence_start = _occurrence_check(event, occurrence_start)
    active = event.registrations.exclude(status=RegistrationStatus.CANCELLED).filter(occurrence_start=occurrence_start)
    if active.filter(email__iexact=email).exists():
        raise ValidationError({"email": _("This e-mail address is already registered for this event.")})
    if user is not None and active.filter(user=user).exists():
        raise ValidationError(_("You are already registered for this event."))
    registered = active.filter(status=RegistrationStatus.REGISTERED).count()
    is_full = event.places_left(registered=registered) == 0
    registration = Registration(
        event=event,
        occurrence_start=occurrence_start,
        user=user,
        name=name,
        email=email,
        background=background,
        consent=consent,
        language=language,
        status=RegistrationStatus.WAITING if is_full else RegistrationStatus.REGISTERED,
    )
    registration.full_clean()
    registration.save()
    _send_later("registration", registration.pk)
    # The agenda shows the places left.
    content_version_bump(area=content_versions.EVENTS)
    return registration


@transaction.atomic
def registration_cancel(*, registration: Registration) -> Registration | None:
    """Cancel a registration; a freed place goes to the first on that date's waiting list, who is returned."""
    event = Event.objects.select_for_update().get(pk=registration.event_id)
    registration = Registration.objects.get(pk=registration.pk)
    if registration.status == RegistrationStatus.CANCELLED:
        return None
    was_registered = registration.status == RegistrationStatus.REGISTERED
    registration.status = RegistrationStatus.CANCELLED
    registration.cancelled_at = timezone.now()
    registration.save(update_fields=["status", "cancelled_at"])
    content_version_bump(area=content_versions.EVENTS)
    if not was_registered:
        return None
    promoted = _waiting_list_promote(event, occurrence_starts=[registration.occurrence_start])
    return promoted[0] if promoted else None


@transaction.atomic
def registration_manage_token(*, registration: Registration) -> str:
    """Return the token of a registration's manage link, storing its hash anew if the secret key has changed."""
    token = registration.manage_token
    token_hash = manage_links.token_hash(token)
    if token_hash != registration.manage_token_hash:
        # Links mailed before the secret key rotated (or before this scheme) stop working; the new one works.
        Registration.objects.filter(pk=registration.pk).update(manage_token_hash=token_hash)
        registration.manage_token_hash = token_hash
    return token


def _waiting_list_promote(
    event: Event, *, occurrence_starts: list[datetime.datetime | None] | None = None
) -> list[Registration]:
    """Give the free places of each date of an event taking registrations to the first waiting, and tell them."""
    # Callers have locked or written the event row, so no registration takes a place while this counts.
    if not event.takes_registrations():
        return []
    if occurrence_starts is None:
        waiting_dates = event.registrations.waiting().order_by().values_list("occurrence_start", flat=True)
        occurrence_starts = list(waiting_dates.distinct())
    promoted: list[Registration] = []
    for occurrence_start in occurrence_starts:
        on_date = event.registrations.filter(occurrence_start=occurrence_start)
        places = event.places_left(registered=on_date.registered().count())
        waiting = on_date.waiting()
        promoted += list(waiting[:places] if places is not None else waiting)
    for registration in promoted:
        registration.status = RegistrationStatus.REGISTERED
    Registration.objects.bulk_update(promoted, ["status"])
    for registration in promoted:
        _send_later("promoted", registration.pk)
    return promoted


@transaction.atomic
def registrations_purge(*, now: datetime.datetime | None = None) -> int:
    """Blank the name and e-mail of registrations a set time after their event, keeping status and background."""
    now = now or timezone.now()
    days = getattr(settings, "EVENTS_PERSONAL_DATA_RETENTION_DAYS", DEFAULT_RETENTION_DAYS)
    cutoff = now - datetime.timedelta(days=days)
    candidates = Event.objects.filter(ends_at__lt=cutoff, registrations__anonymised_at__isnull=True).distinct()
    expired_ids = [event.pk for event in candidates if (end := series_end(event)) is not None and end < cutoff]
    return Registration.objects.filter(event_id__in=expired_ids, anonymised_at__isnull=True).update(
        name="", email="", anonymised_at=now
    )
