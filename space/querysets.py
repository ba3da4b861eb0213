"""Reusable query building blocks of the space and facility pages."""

import datetime

from django.db import models
from django.utils import timezone

# An offer not confirmed for this long is flagged to its owner and the editors ...
STALE_AFTER = datetime.timedelta(days=90)
# ... and after this long it leaves the public list, so visitors never see a stale offer.
HIDDEN_AFTER = STALE_AFTER + datetime.timedelta(days=30)
OFFERED = ("available", "option")


class SpaceQuerySet(models.QuerySet):
    def public(self, *, now: datetime.datetime | None = None):
        """Return the spaces visitors see: approved, still on offer and confirmed within the last 120 days."""
        now = now or timezone.now()
        return self.filter(review_status="approved", status__in=OFFERED, confirmed_at__gte=now - HIDDEN_AFTER)

    def stale(self, *, now: datetime.datetime | None = None):
        """Return the offered spaces whose owner has not confirmed them for 90 days."""
        now = now or timezone.now()
        return self.filter(status__in=OFFERED, confirmed_at__lt=now - STALE_AFTER)

    def owned_by(self, user):
        """Return the spaces in the buildings this user manages (none for anonymous users)."""
        if not user.is_authenticated:
            return self.none()
        return self.filter(building__owner=user)


class HousingQuestionQuerySet(models.QuerySet):
    def open(self):
        """Return the questions still waiting for a space."""
        return self.filter(status="open")


class FacilityQuerySet(models.QuerySet):
    def public(self):
        """Return the facilities the editors approved, of active companies or of partners."""
        return self.filter(review_status="approved").exclude(establishment__is_active=False)

    def managed_by(self, user):
        """Return the facilities of the companies this user represents (none for anonymous users)."""
        if not user.is_authenticated:
            return self.none()
        return self.filter(establishment__representatives=user)
