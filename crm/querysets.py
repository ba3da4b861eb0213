"""Reusable query building blocks of the lead CRM."""

from django.db import models


class LeadQuerySet(models.QuerySet):
    def open(self):
        """Return the leads still in the active part of the pipeline."""
        from .models import OPEN_STAGES

        return self.filter(stage__in=OPEN_STAGES)

    def for_listing(self):
        """Return the leads with what a list row or board card shows, in a fixed number of queries."""
        return self.select_related("owner").prefetch_related("key_positions")
