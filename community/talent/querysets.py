"""Reusable query building blocks of the talent pages."""

import datetime

from django.db import models
from django.db.models import Q
from django.utils import timezone


class VacancyQuerySet(models.QuerySet):
    def published(self, *, today: datetime.date | None = None):
        """Return the vacancies visitors may see: published and not past their closing date."""
        today = today or timezone.localdate()
        return self.filter(status="published", closing_date__gte=today, establishment__is_active=True)

    def overdue(self, *, today: datetime.date | None = None):
        """Return the published vacancies whose closing date has passed."""
        today = today or timezone.localdate()
        return self.filter(status="published", closing_date__lt=today)

    def owned_by(self, user):
        """Return the vacancies of the establishments this user represents (none for anonymous users)."""
        if not user.is_authenticated:
            return self.none()
        return self.filter(establishment__representatives=user)

    def for_level(self, level: str):
        """Return the vacancies open to an education level (mbo, hbo, wo)."""
        return self.filter(**{f"for_{level}": True})

    def in_language(self, language: str):
        """Return the vacancies whose working language includes this one; 'both' suits everyone."""
        if language == "both":
            return self.filter(language="both")
        return self.filter(Q(language=language) | Q(language="both"))

    def search(self, text: str):
        """Return the vacancies whose title, description or company name contains every word of the text."""
        queryset = self
        for word in text.split()[:8]:
            queryset = queryset.filter(
                Q(title_nl__icontains=word)
                | Q(title_en__icontains=word)
                | Q(description_nl__icontains=word)
                | Q(description_en__icontains=word)
                | Q(establishment__trade_name__icontains=word)
            )
        return queryset

    def matching(self, filters: dict):
        """Return the vacancies matching a search's filters (validated slugs and choice values)."""
        queryset = self
        if filters.get("q"):
            queryset = queryset.search(filters["q"])
        if filters.get("kind"):
            queryset = queryset.filter(kind=filters["kind"])
        if filters.get("level") in {"mbo", "hbo", "wo"}:
            queryset = queryset.for_level(filters["level"])
        if filters.get("field"):
            queryset = queryset.filter(field__slug=filters["field"])
        if filters.get("key_position"):
            queryset = queryset.filter(establishment__key_positions__slug=filters["key_position"])
        if filters.get("language"):
            queryset = queryset.in_language(filters["language"])
        return queryset

    def with_listing_data(self):
        """Return the vacancies with what a list shows loaded in the same query."""
        return self.select_related("establishment", "field")


class VacancySubscriptionQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(confirmed_at__isnull=False)

    def unconfirmed_before(self, moment: datetime.datetime):
        """Return the subscriptions still unconfirmed that were made before the moment."""
        return self.filter(confirmed_at__isnull=True, created_at__lt=moment)
