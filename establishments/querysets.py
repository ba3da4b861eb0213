"""Reusable query building blocks of the register."""

from django.db import connection, models
from django.db.models import OuterRef, Q, Subquery


class EstablishmentQuerySet(models.QuerySet):
    def active(self):
        """Return the establishments that are still on the park."""
        return self.filter(is_active=True)

    def represented_by(self, user):
        """Return the establishments this user represents (none for anonymous users)."""
        if not user.is_authenticated:
            return self.none()
        return self.filter(representatives=user)

    def with_latest_jobs(self):
        """Annotate `latest_jobs`: the jobs of each establishment's most recent yearly observation."""
        from .models import YearlyObservation

        latest = YearlyObservation.objects.filter(establishment=OuterRef("pk")).order_by("-year")
        return self.annotate(latest_jobs=Subquery(latest.values("jobs")[:1]))

    def search(self, text: str):
        """Full-text search on name and descriptions (PostgreSQL), a plain substring search elsewhere."""
        text = text.strip()
        if not text:
            return self
        by_name = Q(trade_name__icontains=text)
        if connection.vendor != "postgresql":
            return self.filter(by_name | Q(description_nl__icontains=text) | Q(description_en__icontains=text))
        from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector

        vector = (
            SearchVector("trade_name", weight="A", config="simple")
            + SearchVector("description_nl", weight="B", config="dutch")
            + SearchVector("description_en", weight="B", config="english")
        )
        query = (
            SearchQuery(text, search_type="websearch", config="simple")
            | SearchQuery(text, search_type="websearch", config="dutch")
            | SearchQuery(text, search_type="websearch", config="english")
        )
        # ts_rank is not zero for partial matches, so matching is decided by @@ and rank only orders.
        return (
            self.annotate(search_document=vector, search_rank=SearchRank(vector, query))
            .filter(Q(search_document=query) | by_name)
            .order_by("-search_rank", "trade_name")
        )
