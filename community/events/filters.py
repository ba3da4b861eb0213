"""The filters of the agenda (text, period, category, audience, organiser, sub-area), shared by pages, feeds, API."""

import datetime

import django_filters
from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from establishments.models import Establishment, SubArea

from .models import Audience, Category, Event, OrganiserKind, PartnerOrganisation
from .recurrence import AMSTERDAM


def organiser_choices() -> list[tuple[str, str]]:
    """Return the organisers that have public events, as (filter value, name) pairs."""
    establishments = (
        Establishment.objects.filter(events__status="approved").distinct().values_list("slug", "trade_name")
    )
    partners = PartnerOrganisation.objects.filter(events__status="approved").distinct().values_list("slug", "name")
    choices = [(OrganiserKind.KENNISPARK.value, str(OrganiserKind.KENNISPARK.label))]
    return choices + sorted([*establishments, *partners], key=lambda choice: choice[1].lower())


EARLIEST, LATEST = datetime.date(2000, 1, 1), datetime.date(2100, 12, 31)
DATE_WIDGET = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class EventFilterForm(forms.Form):
    """Check the period: real dates in a sensible range, the end not before the start."""

    def clean(self):
        cleaned = super().clean()
        date_from, date_to = cleaned.get("date_from"), cleaned.get("date_to")
        for name, value in (("date_from", date_from), ("date_to", date_to)):
            if value and not EARLIEST <= value <= LATEST:
                self.add_error(name, _("Choose a date between 2000 and 2100."))
        if date_from and date_to and date_to < date_from:
            self.add_error("date_to", _("The end date must not be before the start date."))
        return cleaned


class EventFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label=_("Search"), method="filter_text", max_length=100, widget=forms.TextInput(attrs={"type": "search"})
    )
    date_from = django_filters.DateFilter(label=_("From"), method="filter_period", widget=DATE_WIDGET)
    date_to = django_filters.DateFilter(label=_("Until"), method="filter_period", widget=DATE_WIDGET)
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
        fields = ["q", "date_from", "date_to", "category", "audience", "organiser", "sub_area"]
        form = EventFilterForm

    def filter_text(self, queryset, name: str, value: str):
        words = value.split()
        for word in words:
            queryset = queryset.filter(
                Q(title_nl__icontains=word)
                | Q(title_en__icontains=word)
                | Q(description_nl__icontains=word)
                | Q(description_en__icontains=word)
                | Q(venue__name__icontains=word)
                | Q(organiser_establishment__trade_name__icontains=word)
                | Q(organiser_partner__name__icontains=word)
            )
        return queryset

    def filter_period(self, queryset, name: str, value):
        # Both ends are applied together in filter_queryset, as one window the occurrences must overlap.
        return queryset

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        date_from, date_to = self.form.cleaned_data.get("date_from"), self.form.cleaned_data.get("date_to")
        if not (date_from or date_to):
            return queryset
        start = datetime.datetime.combine(date_from or EARLIEST, datetime.time(0), tzinfo=AMSTERDAM)
        end = datetime.datetime.combine(
            (date_to or LATEST) + datetime.timedelta(days=1), datetime.time(0), tzinfo=AMSTERDAM
        )
        return queryset.overlapping(start, end)

    def filter_audience(self, queryset, name: str, value: str):
        return queryset.filter(**{f"for_{value}": True})

    def filter_organiser(self, queryset, name: str, value: str):
        if value == OrganiserKind.KENNISPARK:
            return queryset.filter(organiser_kind=OrganiserKind.KENNISPARK)
        return queryset.filter(Q(organiser_establishment__slug=value) | Q(organiser_partner__slug=value))
