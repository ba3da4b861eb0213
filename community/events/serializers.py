"""REST representations of events: read for everyone, write for their organisers and the editors."""

from django.urls import reverse
from rest_framework import serializers

from establishments.models import Establishment
from kennispark.links import absolute_url
from kennispark.richtext import rich_text_clean
from kennispark.serializers import ModelSerializer, SlugRelatedField

from .models import Audience, Event, OrganiserKind, Venue


class VenueSerializer(ModelSerializer):
    class Meta:
        model = Venue
        fields = ["id", "name", "address", "sub_area"]


class EventSerializer(ModelSerializer):
    """An event; organisers write the same fields they fill in on the portal form."""

    url = serializers.SerializerMethodField()
    ics_url = serializers.SerializerMethodField()
    organiser_name = serializers.CharField(read_only=True)
    venue_detail = VenueSerializer(source="venue", read_only=True, allow_null=True)
    audience = serializers.ListField(
        child=serializers.ChoiceField(choices=Audience.choices), source="audiences", allow_empty=False
    )
    organiser_establishment = SlugRelatedField(
        slug_field="slug", queryset=Establishment.objects.all(), required=False, allow_null=True
    )

    class Meta:
        model = Event
        fields = [
            "id", "uid", "url", "ics_url", "title_nl", "title_en", "description_nl", "description_en",
            "starts_at", "ends_at", "is_all_day", "venue", "venue_detail", "online_url",
            "organiser_kind", "organiser_establishment", "organiser_partner", "organiser_name",
            "category", "audience", "recurrence_frequency", "recurrence_interval", "recurrence_until",
            "recurrence_count", "recurrence_exceptions", "registration_open", "capacity", "status", "sequence",
        ]  # fmt: skip
        read_only_fields = ["uid", "status", "sequence"]
        extra_kwargs = {"organiser_kind": {"required": False}}

    def get_url(self, event) -> str:
        return absolute_url(event.get_absolute_url())

    def get_ics_url(self, event) -> str:
        return absolute_url(reverse("events:ics", kwargs={"pk": event.pk}))

    def validate_description_nl(self, value):
        return rich_text_clean(value)

    def validate_description_en(self, value):
        return rich_text_clean(value)

    def validate_recurrence_exceptions(self, value):
        field = serializers.ListField(child=serializers.DateField())
        return sorted({day.isoformat() for day in field.to_internal_value(value)})

    def validate(self, attrs):
        # The rules of an event (organiser, times, venue, capacity) are the model's and the service's: see event_save.
        audiences = set(attrs.pop("audiences", None) or (self.instance.audiences if self.instance else []))
        attrs.update({f"for_{code}": code in audiences for code in Audience.values})
        if "organiser_kind" not in attrs and not self.instance:
            attrs["organiser_kind"] = (
                OrganiserKind.ESTABLISHMENT if attrs.get("organiser_establishment") else OrganiserKind.KENNISPARK
            )
        return attrs
