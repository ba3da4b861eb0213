"""Reusable query building blocks of the register."""

from django.db import models


class EstablishmentQuerySet(models.QuerySet):
    def active(self):
        """Return the establishments that are still on the park."""
        return self.filter(is_active=True)

    def represented_by(self, user):
        """Return the establishments this user represents (none for anonymous users)."""
        if not user.is_authenticated:
            return self.none()
        return self.filter(representatives=user)
