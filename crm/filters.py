"""The filters of the lead list, shared by the page, its exports and the API."""

import django_filters
from django import forms
from django.contrib.auth.models import User
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from establishments.models import KeyPosition
from kennispark.roles import ACQUISITION

from .models import Lead, LeadSource, LeadStage, LeadType

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class LeadFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(label=_("Search"), method="filter_search")
    stage = django_filters.MultipleChoiceFilter(
        label=_("Stage"), choices=LeadStage.choices, widget=forms.CheckboxSelectMultiple
    )
    type = django_filters.ChoiceFilter(label=_("Type"), choices=LeadType.choices, empty_label=_("all types"))
    source = django_filters.ChoiceFilter(label=_("Source"), choices=LeadSource.choices, empty_label=_("all sources"))
    owner = django_filters.ModelChoiceFilter(
        label=_("Owner"),
        queryset=User.objects.filter(groups__name=ACQUISITION).order_by("first_name", "username"),
        empty_label=_("all owners"),
    )
    key_position = django_filters.ModelChoiceFilter(
        label=_("Key position"),
        field_name="key_positions",
        queryset=KeyPosition.objects.all(),
        empty_label=_("all key positions"),
    )
    created_after = django_filters.DateFilter(label=_("Created from"), field_name="created_at", lookup_expr="date__gte")
    created_before = django_filters.DateFilter(
        label=_("Created until"), field_name="created_at", lookup_expr="date__lte"
    )
    ordering = django_filters.OrderingFilter(
        label=_("Sort by"),
        empty_label=_("name (A–Z)"),
        fields=(
            ("name", "name"),
            ("created_at", "created"),
            ("expected_jobs", "jobs"),
            ("stage_changed_at", "in_stage_since"),
        ),
        field_labels={
            "name": _("name"),
            "created_at": _("created"),
            "expected_jobs": _("expected jobs"),
            "stage_changed_at": _("in stage since"),
        },
    )

    class Meta:
        model = Lead
        fields = ["q", "stage", "type", "source", "owner", "key_position", "created_after", "created_before"]

    def filter_search(self, queryset, name, value):
        value = value.strip()
        if not value:
            return queryset
        return queryset.filter(Q(name__icontains=value) | Q(kvk_number=value) | Q(website_domain__icontains=value))

    def filter_queryset(self, queryset):
        # A key-position join may repeat a lead; distinct keeps counts and exports right.
        return super().filter_queryset(queryset).distinct()
