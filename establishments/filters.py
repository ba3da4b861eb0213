"""The directory's filters, shared by the public pages and the REST API."""

import django_filters
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .models import Establishment, KeyPosition, Sector, SizeClass, SubArea

SIZE_CLASS_RANGES = {
    SizeClass.ZZP: Q(latest_jobs__lte=1),
    SizeClass.MICRO: Q(latest_jobs__gte=2, latest_jobs__lte=9),
    SizeClass.SMALL: Q(latest_jobs__gte=10, latest_jobs__lte=49),
    SizeClass.MEDIUM: Q(latest_jobs__gte=50, latest_jobs__lte=249),
    SizeClass.LARGE: Q(latest_jobs__gte=250),
}


class CompanyKind:
    STARTUP = "startup"
    SPINOFF = "spinoff"
    RD_BRANCH = "rd_branch"
    KNOWLEDGE_INTENSIVE = "knowledge_intensive"

    choices = [
        (STARTUP, _("Start-ups")),
        (SPINOFF, _("University spin-offs")),
        (RD_BRANCH, _("R&D branches")),
        (KNOWLEDGE_INTENSIVE, _("Knowledge-intensive")),
    ]
    fields = {
        STARTUP: "is_startup",
        SPINOFF: "is_spinoff",
        RD_BRANCH: "is_rd_branch",
        KNOWLEDGE_INTENSIVE: "is_knowledge_intensive",
    }


class DirectoryFilter(django_filters.FilterSet):
    """Search and filter active establishments; expects a queryset annotated with `latest_jobs`."""

    q = django_filters.CharFilter(label=_("Search"), method="filter_search", max_length=100)
    key_position = django_filters.ModelChoiceFilter(
        label=_("Key position"),
        field_name="key_positions",
        to_field_name="slug",
        queryset=KeyPosition.objects.all(),
        empty_label=_("All key positions"),
    )
    sector = django_filters.ModelChoiceFilter(
        label=_("Sector"),
        field_name="sbi_division__sector",
        to_field_name="slug",
        queryset=Sector.objects.all(),
        empty_label=_("All sectors"),
    )
    sub_area = django_filters.ChoiceFilter(label=_("Sub-area"), choices=SubArea.choices, empty_label=_("All sub-areas"))
    size_class = django_filters.ChoiceFilter(
        label=_("Size"), choices=SizeClass.choices, method="filter_size_class", empty_label=_("All sizes")
    )
    kind = django_filters.ChoiceFilter(
        label=_("Type"), choices=CompanyKind.choices, method="filter_kind", empty_label=_("All types")
    )

    class Meta:
        model = Establishment
        fields = ["q", "key_position", "sector", "sub_area", "size_class", "kind"]

    def filter_search(self, queryset, name, value):
        return queryset.search(value)

    def filter_size_class(self, queryset, name, value):
        return queryset.filter(SIZE_CLASS_RANGES[value])

    def filter_kind(self, queryset, name, value):
        return queryset.filter(**{CompanyKind.fields[value]: True})
