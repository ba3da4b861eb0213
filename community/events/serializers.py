"""REST representations of events: read for everyone, write for their organisers and the editors."""

from django.core.exceptions import ValidationError as DjangoValidationError
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from establishments.models import Establishment

from .models import Audience, Event, OrganiserKind, Venue
from .sanitising import sanitise_html


class VenueSerializer(serializers.ModelSerializer):
    class Meta:
        model = Venue
        fields = ["id", "name", "address", "sub_area"]


class EventSerializer(serializers.ModelSerializer):
    """An event; organisers write the same fields they fill in on the portal form."""

    url = serializers.SerializerMethodField()
    ics_url = serializers.SerializerMethodField()
    organiser_name = serializers.CharField(read_only=True)
    venue_detail = VenueSerializer(source="venue", read_only=True)
    audience = serializers.ListField(
        child=serializers.ChoiceField(choices=Audience.choices), source="audiences", allow_empty=False
    )
    organiser_establishment = serializers.SlugRelatedField(
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
        request = self.context.get("request")
        return request.build_absolute_uri(event.get_absolute_url()) if request else event.get_absolute_url()

    def get_ics_url(self, event) -> str:
        path = reverse("events:ics", kwargs={"pk": event.pk})
        request = self.context.get("request")
        return request.build_absolute_uri(path) if request else path

    def validate_description_nl(self, value):
        return sanitise_html(value)

    def validate_description_en(self, value):
        return sanitise_html(value)

    def validate_recurrence_exceptions(self, value):
        field = serializers.ListField(child=serializers.DateField())
        return sorted({day.isoformat() for day in field.to_internal_value(value)})

    def validate(self, attrs):
        audiences = set(attrs.pop("audiences", None) or (self.instance.audiences if self.instance else []))
        attrs.update({f"for_{code}": code in audiences for code in Audience.values})
        if not self.context["is_editor"]:
            establishment = attrs.get("organiser_establishment") or (
                self.instance.organiser_establishment if self.instance else None
            )
            if establishment is None or not self.context["represented"].filter(pk=establishment.pk).exists():
                raise serializers.ValidationError(
                    {"organiser_establishment": _("Choose an establishment you represent.")}
                )
            attrs["organiser_kind"] = OrganiserKind.ESTABLISHMENT
        elif "organiser_kind" not in attrs and not self.instance:
            attrs["organiser_kind"] = (
                OrganiserKind.ESTABLISHMENT if attrs.get("organiser_establishment") else OrganiserKind.KENNISPARK
            )
        candidate = Event(**{**self._current_values(), **attrs})
        try:
            candidate.clean()
        except DjangoValidationError as error:
            raise serializers.ValidationError(serializers.as_serializer_error(error)) from error
        attrs["organiser_establishment"] = candidate.organiser_establishment
        attrs["organiser_partner"] = candidate.organiser_partner
        return attrs

    def _current_values(self) -> dict:
        if not self.instance:
            return {}
        names = [field.name for field in Event._meta.concrete_fields if field.name != "id"]
        return {name: getattr(self.instance, name) for name in names}
