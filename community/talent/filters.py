"""The vacancy search: one FilterSet shared by the list page, the RSS feed, the API and saved searches."""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django_stubs_ext import StrOrPromise

from establishments.models import KeyPosition

from .models import EducationLevel, FieldOfWork, Vacancy, VacancyKind, VacancyLanguage

FILTER_KEYS = ("q", "kind", "level", "field", "key_position", "language")


class VacancyFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label=_("Search"),
        widget=forms.TextInput(attrs={"type": "search", "placeholder": _("Title, company or keyword")}),
    )
    kind = django_filters.ChoiceFilter(label=_("Kind"), choices=VacancyKind.choices, empty_label=_("All kinds"))
    level = django_filters.ChoiceFilter(
        label=_("Education level"), choices=EducationLevel.choices, empty_label=_("All levels")
    )
    field = django_filters.ModelChoiceFilter(
        label=pgettext_lazy("field of work", "Field"),
        queryset=FieldOfWork.objects.all(),
        to_field_name="slug",
        empty_label=_("All fields"),
    )
    key_position = django_filters.ModelChoiceFilter(
        label=_("Key position"),
        queryset=KeyPosition.objects.all(),
        to_field_name="slug",
        field_name="establishment__key_positions",
        empty_label=_("All key positions"),
    )
    language = django_filters.ChoiceFilter(
        label=_("Working language"),
        choices=VacancyLanguage.choices,
        empty_label=_("Any language"),
    )

    class Meta:
        model = Vacancy
        fields: list = []

    def filter_queryset(self, queryset):
        # One implementation of the search for pages, feed, API and e-mailed saved searches.
        return queryset.matching(self.cleaned_filters())

    def cleaned_filters(self) -> dict:
        """Return the valid filters as plain values (slugs for the lists), as a saved search stores them."""
        cleaned = {}
        for key in FILTER_KEYS:
            value = self.form.cleaned_data.get(key)
            if value:
                cleaned[key] = getattr(value, "slug", value)
        return cleaned


def filters_from_query(data) -> dict:
    """Return the known, non-empty vacancy filters of a query string, as a plain dict."""
    return {key: data.get(key).strip() for key in FILTER_KEYS if (data.get(key) or "").strip()}


def filter_names() -> dict:
    """Return the fields of work and key positions by slug, to name a search's list filters (two queries)."""
    return {
        "field": {field.slug: field for field in FieldOfWork.objects.all()},
        "key_position": {position.slug: position for position in KeyPosition.objects.all()},
    }


def describe_filters(filters: dict, *, names: dict | None = None) -> list[str]:
    """Return a search's filters in words ("Kind: internship"), in the active language, for pages and e-mails."""
    if not filters:
        return []
    names = names if names is not None else filter_names()
    choices: dict[str, dict[str, StrOrPromise]] = {
        "kind": dict(VacancyKind.choices),
        "level": dict(EducationLevel.choices),
        "language": dict(VacancyLanguage.choices),
    }
    described = []
    for key in FILTER_KEYS:
        value = filters.get(key)
        if not value:
            continue
        if key in names:
            named = names[key].get(value)
            shown = named.name if named else value
        else:
            shown = choices.get(key, {}).get(value, value)
        described.append(f"{VacancyFilter.base_filters[key].label}: {shown}")
    return described
