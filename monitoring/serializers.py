"""Serializers of the monitor API: the query parameters and the tidy figure rows."""

from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from .stats import DIMENSIONS


class FigureQuerySerializer(serializers.Serializer):
    year = serializers.IntegerField(required=False, min_value=1990, max_value=2100, help_text=_("Only this year."))
    dimension = serializers.ChoiceField(choices=DIMENSIONS, required=False, help_text=_("Only this breakdown."))
    category = serializers.CharField(
        required=False, max_length=120, help_text=_("Only this category, e.g. 'UT Campus' or 'UT Campus|ict'.")
    )


class FigureSerializer(serializers.Serializer):
    year = serializers.IntegerField()
    dimension = serializers.ChoiceField(choices=DIMENSIONS)
    category = serializers.CharField()
    establishments = serializers.IntegerField()
    jobs = serializers.IntegerField(help_text=_("Unrounded number of jobs."))
    added_value_meur = serializers.FloatField(
        allow_null=True, help_text=_("Added value in € million at constant 2021 prices; null when unknown.")
    )
    establishments_share_enschede = serializers.FloatField(
        allow_null=True,
        help_text=_(
            "Share of Enschede's establishments, same year and category (a fraction); null without a reference total."
        ),
    )
    establishments_share_twente = serializers.FloatField(
        allow_null=True,
        help_text=_(
            "Share of Twente's establishments, same year and category (a fraction); null without a reference total."
        ),
    )
    jobs_share_enschede = serializers.FloatField(
        allow_null=True,
        help_text=_("Share of Enschede's jobs, same year and category (a fraction); null without a reference total."),
    )
    jobs_share_twente = serializers.FloatField(
        allow_null=True,
        help_text=_("Share of Twente's jobs, same year and category (a fraction); null without a reference total."),
    )
