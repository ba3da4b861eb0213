"""Expanding (possibly recurring) events into the occurrences that fall in a window.

Recurrence is computed on Amsterdam wall-clock time, so a weekly 10:00 event stays at 10:00
across the change to and from summer time (its UTC instant shifts by an hour).
"""

import datetime
from dataclasses import dataclass
from typing import Literal
from zoneinfo import ZoneInfo

from dateutil.rrule import MONTHLY, WEEKLY, rrule
from django.utils import timezone

from .models import Event, Frequency

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
# How far ahead the agenda lists dates and visitors can register for a date of a series.
HORIZON = datetime.timedelta(days=366)
FREQUENCIES: dict[str, Literal[1, 2]] = {Frequency.WEEKLY: WEEKLY, Frequency.MONTHLY: MONTHLY}


@dataclass(frozen=True)
class Occurrence:
    """One occurrence of an event, with aware start and end instants."""

    event: Event
    starts_at: datetime.datetime
    ends_at: datetime.datetime
    # Filled in by the agenda's selectors: free places on this date (None: no limit or no registration).
    places_left: int | None = None
    # For a series shown once in a list: how many more dates follow within the horizon.
    later_dates: int = 0

    @property
    def is_full(self) -> bool:
        return self.places_left == 0

    @property
    def has_ended(self) -> bool:
        """Return whether this date is over (its availability no longer matters)."""
        return self.ends_at <= timezone.now()

    @property
    def local_start(self) -> datetime.datetime:
        return self.starts_at.astimezone(AMSTERDAM)

    @property
    def local_end(self) -> datetime.datetime:
        return self.ends_at.astimezone(AMSTERDAM)

    @property
    def first_day(self) -> datetime.date:
        """Return the local date the occurrence starts on."""
        return self.local_start.date()

    @property
    def last_day(self) -> datetime.date:
        """Return the last local date the occurrence takes place on."""
        first, last = self.local_start.date(), self.local_end.date()
        # An event that ends at midnight does not take place on the day that midnight starts.
        if last > first and self.local_end.time() == datetime.time(0):
            last -= datetime.timedelta(days=1)
        return last

    def days_within(self, first: datetime.date, last: datetime.date) -> list[datetime.date]:
        """Return the local dates between first and last (inclusive) that this occurrence touches.

        Bounded by the caller's window: an event may span years, and a grid needs only its own days.
        """
        start, end = max(self.first_day, first), min(self.last_day, last)
        return [start + datetime.timedelta(days=offset) for offset in range((end - start).days + 1)]


def exception_dates(event: Event) -> set[datetime.date]:
    """Return the dates on which a recurring event is skipped."""
    dates = set()
    for value in event.recurrence_exceptions or []:
        try:
            dates.add(datetime.date.fromisoformat(str(value)))
        except ValueError:
            continue
    return dates


def local_starts(event: Event, window_end: datetime.datetime) -> list[datetime.datetime]:
    """Return the naive Amsterdam start times of the event up to the window's end, skipping exceptions."""
    first = event.starts_at.astimezone(AMSTERDAM).replace(tzinfo=None)
    if not event.recurrence_frequency:
        return [first]
    until = window_end.astimezone(AMSTERDAM).replace(tzinfo=None)
    if event.recurrence_until:
        until = min(until, datetime.datetime.combine(event.recurrence_until, datetime.time.max))
    frequency, interval = FREQUENCIES[event.recurrence_frequency], event.recurrence_interval or 1
    if event.recurrence_count:
        # dateutil refuses COUNT with UNTIL: take the counted series, then cut it at the window.
        starts = list(rrule(frequency, dtstart=first, interval=interval, count=event.recurrence_count))
        starts = [start for start in starts if start <= until]
    else:
        starts = list(rrule(frequency, dtstart=first, interval=interval, until=until))
    skipped = exception_dates(event)
    return [start for start in starts if start.date() not in skipped]


def occurrences(event: Event, window_start: datetime.datetime, window_end: datetime.datetime) -> list[Occurrence]:
    """Return the event's occurrences that overlap [window_start, window_end)."""
    duration_local = event.ends_at.astimezone(AMSTERDAM).replace(tzinfo=None) - event.starts_at.astimezone(
        AMSTERDAM
    ).replace(tzinfo=None)
    found = []
    for start in local_starts(event, window_end):
        starts_at = start.replace(tzinfo=AMSTERDAM)
        ends_at = (start + duration_local).replace(tzinfo=AMSTERDAM)
        if starts_at < window_end and ends_at >= window_start:
            found.append(Occurrence(event=event, starts_at=starts_at, ends_at=ends_at))
    return found


def expand(events, window_start: datetime.datetime, window_end: datetime.datetime) -> list[Occurrence]:
    """Return all occurrences of the events in the window, in chronological order."""
    found = [occurrence for event in events for occurrence in occurrences(event, window_start, window_end)]
    return sorted(found, key=lambda occurrence: (occurrence.starts_at, occurrence.event.pk))


def occurrence_at(event: Event, starts_at: datetime.datetime | None) -> Occurrence:
    """Return the occurrence of the event starting then (its first, or only, one for None)."""
    if starts_at is None:
        return Occurrence(
            event=event, starts_at=event.starts_at.astimezone(AMSTERDAM), ends_at=event.ends_at.astimezone(AMSTERDAM)
        )
    local = starts_at.astimezone(AMSTERDAM).replace(tzinfo=None)
    duration = event.ends_at.astimezone(AMSTERDAM).replace(tzinfo=None) - event.starts_at.astimezone(AMSTERDAM).replace(
        tzinfo=None
    )
    return Occurrence(
        event=event, starts_at=local.replace(tzinfo=AMSTERDAM), ends_at=(local + duration).replace(tzinfo=AMSTERDAM)
    )


def open_occurrences(event: Event, now: datetime.datetime | None = None) -> list[Occurrence]:
    """Return the occurrences of an event one can still register for: not yet ended, within the horizon."""
    now = now or timezone.now()
    return occurrences(event, now, now + HORIZON)


def series_end(event: Event) -> datetime.datetime | None:
    """Return when the last occurrence of the event ends, or None for a series without an end."""
    if event.recurrence_frequency and not (event.recurrence_until or event.recurrence_count):
        return None
    far = datetime.datetime(datetime.MAXYEAR - 1, 1, 1, tzinfo=AMSTERDAM)
    starts = local_starts(event, far) or [event.starts_at.astimezone(AMSTERDAM).replace(tzinfo=None)]
    duration = event.ends_at - event.starts_at
    return starts[-1].replace(tzinfo=AMSTERDAM) + duration
