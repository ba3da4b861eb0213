"""API representations of the CRM; writes go through the services."""

from django.contrib.auth.models import User
from rest_framework import serializers

from establishments.models import KeyPosition
from kennispark.roles import ACQUISITION
from kennispark.serializers import ModelSerializer, Serializer, SlugRelatedField

from .models import Activity, Contact, FollowUp, HousingNeed, Lead, LeadStage, LostReason


class HousingNeedSerializer(ModelSerializer):
    class Meta:
        model = HousingNeed
        fields = ["id", "kind", "floor_area_m2", "desired_on", "budget_remarks"]


def _acquisition_users():
    return User.objects.filter(groups__name=ACQUISITION, is_active=True)


class LeadSerializer(ModelSerializer):
    key_positions = SlugRelatedField(slug_field="slug", many=True, queryset=KeyPosition.objects.all(), required=False)
    owner = serializers.PrimaryKeyRelatedField(queryset=_acquisition_users(), allow_null=True, required=False)
    housing_needs = HousingNeedSerializer(many=True, read_only=True)

    class Meta:
        model = Lead
        fields = [
            "id", "name", "kvk_number", "website", "type", "source", "owner", "expected_jobs", "key_positions",
            "stage", "stage_changed_at", "lost_reason", "converted_establishment", "housing_needs", "created_at",
        ]  # fmt: skip
        read_only_fields = ["stage", "stage_changed_at", "lost_reason", "converted_establishment", "created_at"]


class StageChangeSerializer(Serializer):
    stage = serializers.ChoiceField(choices=[c for c in LeadStage.choices if c[0] != LeadStage.WON])
    lost_reason = serializers.PrimaryKeyRelatedField(
        queryset=LostReason.objects.filter(is_active=True), required=False, allow_null=True
    )


class ContactSerializer(ModelSerializer):
    lead = serializers.PrimaryKeyRelatedField(queryset=Lead.objects.all())

    class Meta:
        model = Contact
        fields = ["id", "lead", "name", "role", "email", "phone", "lawful_basis", "consent_on", "erased_at"]
        read_only_fields = ["erased_at"]
        extra_kwargs = {"name": {"allow_blank": False, "required": True}}


class ActivitySerializer(ModelSerializer):
    lead = serializers.PrimaryKeyRelatedField(queryset=Lead.objects.all())

    class Meta:
        model = Activity
        fields = ["id", "lead", "kind", "occurred_on", "text", "author", "created_at"]
        read_only_fields = ["author", "created_at"]


class FollowUpSerializer(ModelSerializer):
    lead = serializers.PrimaryKeyRelatedField(queryset=Lead.objects.all())
    assignee = serializers.PrimaryKeyRelatedField(queryset=_acquisition_users(), allow_null=True, required=False)

    class Meta:
        model = FollowUp
        fields = ["id", "lead", "due_on", "assignee", "text", "done_at", "created_at"]
        read_only_fields = ["created_at"]
