"""The filters of the agenda (category, audience, organiser, sub-area), shared by pages, feeds and the API."""

import django_filters
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from establishments.models import Establishment, SubArea

from .models import Audience, Category, Event, OrganiserKind, PartnerOrganisation


def organiser_choices() -> list[tuple[str, str]]:
    """Return the organisers that have public events, as (filter value, name) pairs."""
    establishments = (
        Establishment.objects.filter(events__status="approved").distinct().values_list("slug", "trade_name")
    )
    partners = PartnerOrganisation.objects.filter(events__status="approved").distinct().values_list("slug", "name")
    choices = [(OrganiserKind.KENNISPARK.value, str(OrganiserKind.KENNISPARK.label))]
    return choices + sorted([*establishments, *partners], key=lambda choice: choice[1].lower())


class EventFilter(django_filters.FilterSet):
    category = django_filters.ChoiceFilter(label=_("Category"), choices=Category.choices, empty_label=_("All"))
    audience = django_filters.ChoiceFilter(
        label=_("Audience"), choices=Audience.choices, method="filter_audience", empty_label=_("Everyone")
    )
    organiser = django_filters.ChoiceFilter(
        label=_("Organiser"), choices=organiser_choices, method="filter_organiser", empty_label=_("All organisers")
    )
    sub_area = django_filters.ChoiceFilter(
        label=_("Sub-area"), field_name="venue__sub_area", choices=SubArea.choices, empty_label=_("Whole park")
    )

    class Meta:
        model = Event
        fields = ["category", "audience", "organiser", "sub_area"]

    def filter_audience(self, queryset, name: str, value: str):
        return queryset.filter(**{f"for_{value}": True})

    def filter_organiser(self, queryset, name: str, value: str):
        if value == OrganiserKind.KENNISPARK:
            return queryset.filter(organiser_kind=OrganiserKind.KENNISPARK)
        return queryset.filter(Q(organiser_establishment__slug=value) | Q(organiser_partner__slug=value))
