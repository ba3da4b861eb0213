"""Read-only representations of the register for the public API (no jobs or added value of companies)."""

from rest_framework import serializers

from kennispark.links import absolute_url
from kennispark.serializers import ModelSerializer

from .models import Establishment, KeyPosition, SbiDivision, SbiSection, Sector


class KeyPositionSerializer(ModelSerializer):
    class Meta:
        model = KeyPosition
        fields = ["slug", "name_nl", "name_en"]


class SectorSerializer(ModelSerializer):
    class Meta:
        model = Sector
        fields = ["slug", "name_nl", "name_en"]


class SbiSectionSerializer(ModelSerializer):
    class Meta:
        model = SbiSection
        fields = ["code", "name_nl", "name_en"]


class SbiDivisionSerializer(ModelSerializer):
    section = SbiSectionSerializer(read_only=True)
    sector = SectorSerializer(read_only=True)

    class Meta:
        model = SbiDivision
        fields = ["code", "name_nl", "name_en", "section", "sector", "base"]


class EstablishmentSerializer(ModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api-establishment-detail", lookup_field="slug")
    profile_url = serializers.SerializerMethodField()
    sector = SectorSerializer(source="sbi_division.sector", read_only=True)
    sbi_division = serializers.CharField(source="sbi_division.code", read_only=True)
    key_positions = KeyPositionSerializer(many=True, read_only=True)
    logo = serializers.ImageField(read_only=True, use_url=True)

    class Meta:
        model = Establishment
        fields = [
            "url",
            "profile_url",
            "slug",
            "trade_name",
            "street_address",
            "postcode",
            "city",
            "sub_area",
            "sbi_code",
            "sbi_division",
            "sector",
            "key_positions",
            "is_startup",
            "is_spinoff",
            "is_rd_branch",
            "is_knowledge_intensive",
            "founded_on",
            "settled_on",
            "website",
            "description_nl",
            "description_en",
            "logo",
            "contact_name",
            "contact_email",
            "contact_phone",
        ]
        read_only_fields = fields

    def get_profile_url(self, establishment) -> str:
        return absolute_url(establishment.get_absolute_url())
