"""REST representations of the public offer and the facility catalogue (read-only: writes go through the pages)."""

from rest_framework import serializers

from establishments.models import KeyPosition
from kennispark.links import absolute_url
from kennispark.serializers import ModelSerializer

from .models import Amenity, Building, Facility, Space


class BuildingSerializer(ModelSerializer):
    url = serializers.SerializerMethodField()
    amenities = serializers.ListField(child=serializers.ChoiceField(choices=Amenity.choices), read_only=True)

    class Meta:
        model = Building
        fields = [
            "slug", "url", "name", "owner_name", "street_address", "postcode", "city", "sub_area",
            "gross_floor_area_m2", "year_built", "amenities",
        ]  # fmt: skip
        read_only_fields = fields

    def get_url(self, building: Building) -> str:
        return absolute_url(building.get_absolute_url())


class SpaceSerializer(ModelSerializer):
    url = serializers.SerializerMethodField()
    building = BuildingSerializer(read_only=True)

    class Meta:
        model = Space
        fields = [
            "id", "url", "name", "kind", "lab_safety_class", "iso_class", "floor_area_m2", "min_unit_m2",
            "available_from", "rent_min", "rent_max", "minimum_term_months", "status", "description_nl",
            "description_en", "building",
        ]  # fmt: skip
        read_only_fields = fields

    def get_url(self, space: Space) -> str:
        return absolute_url(space.get_absolute_url())


class FacilitySerializer(ModelSerializer):
    url = serializers.SerializerMethodField()
    owner = serializers.CharField(source="owner_name", read_only=True)
    key_positions = serializers.SlugRelatedField[KeyPosition](slug_field="slug", many=True, read_only=True)

    class Meta:
        model = Facility
        fields = [
            "slug", "url", "name", "kind", "owner", "location", "sub_area", "key_positions", "technologies",
            "access_nl", "access_en", "induction_required", "booking_lead_days", "description_nl", "description_en",
        ]  # fmt: skip
        read_only_fields = fields

    def get_url(self, facility: Facility) -> str:
        return absolute_url(facility.get_absolute_url())
