"""Reusable query building blocks of the events calendar."""

from django.db import models
from django.db.models import Q

from kennispark.roles import user_is_editor


class EventQuerySet(models.QuerySet):
    def public(self):
        """Return the events anyone may see: approved ones."""
        return self.filter(status="approved")

    def in_feed(self):
        """Return the events a subscribed calendar should know of: approved, or cancelled after publication."""
        return self.filter(Q(status="approved") | Q(status="cancelled", published_at__isnull=False))

    def manageable_by(self, user):
        """Return the events this user may edit: all for editors, their establishments' events for representatives."""
        if user_is_editor(user):
            return self
        if not user.is_authenticated:
            return self.none()
        return self.filter(organiser_establishment__representatives=user).distinct()

    def overlapping(self, start, end):
        """Return the events that may have an occurrence between two instants (recurrences expanded later)."""
        single = Q(recurrence_frequency="") & Q(starts_at__lt=end) & Q(ends_at__gte=start)
        recurring = (
            ~Q(recurrence_frequency="")
            & Q(starts_at__lt=end)
            & (Q(recurrence_until__isnull=True) | Q(recurrence_until__gte=start.date()))
        )
        return self.filter(single | recurring)

    def with_related(self):
        """Select the venue and organiser that every listing shows."""
        return self.select_related("venue", "organiser_establishment", "organiser_partner")


class RegistrationQuerySet(models.QuerySet):
    def registered(self) -> "RegistrationQuerySet":
        """Return the confirmed (not waiting, not cancelled) registrations."""
        return self.filter(status="registered")

    def waiting(self) -> "RegistrationQuerySet":
        """Return the waiting-list registrations, first come first."""
        return self.filter(status="waiting").order_by("created_at", "pk")
