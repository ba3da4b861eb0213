"""API representations of the programme board; writes go through the services."""

from typing import Any

from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from kennispark.serializers import ModelSerializer

from .models import NEEDS_REASON, Milestone, ProgressUpdate, Project
from .quarters import quarter_code_valid


def _quarter(value: int | None) -> int | None:
    if value is not None and not quarter_code_valid(value):
        raise serializers.ValidationError(_("Give a quarter as YYYYQ, e.g. 20253."))
    return value


class QuarterField(serializers.IntegerField):
    """A quarter as YYYYQ (20253 is Q3 2025)."""

    def __init__(self, **kwargs: Any):
        super().__init__(min_value=20001, max_value=21004, **kwargs)
        self.validators.append(_quarter)  # type: ignore[arg-type]  # a plain validator may return its value


class MilestoneSerializer(ModelSerializer):
    project = serializers.PrimaryKeyRelatedField(queryset=Project.objects.none())
    planned_quarter = QuarterField()

    class Meta:
        model = Milestone
        fields = ["id", "project", "title_nl", "title_en", "planned_quarter", "done_on"]


class ProjectSerializer(ModelSerializer):
    theme: serializers.StringRelatedField = serializers.StringRelatedField()
    programme_line: serializers.SlugRelatedField = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    lead_organisation: serializers.StringRelatedField = serializers.StringRelatedField()
    leads: serializers.ManyRelatedField = serializers.ManyRelatedField(
        child_relation=serializers.PrimaryKeyRelatedField(read_only=True), read_only=True
    )
    targets: serializers.RelatedField = serializers.SlugRelatedField(slug_field="indicator", many=True, read_only=True)
    year_plans: serializers.RelatedField = serializers.SlugRelatedField(slug_field="year", many=True, read_only=True)
    status = serializers.CharField(source="current_status", read_only=True, allow_null=True)
    last_update_at = serializers.DateTimeField(read_only=True, allow_null=True)
    code = serializers.CharField(read_only=True)

    class Meta:
        model = Project
        fields = [
            "id", "code", "number", "sub_number", "parent", "name_nl", "name_en", "description_nl", "description_en",
            "theme", "programme_line", "lead_organisation", "leads", "planning_note", "start_quarter", "end_quarter",
            "targets", "year_plans", "is_public", "status", "last_update_at",
        ]  # fmt: skip
        read_only_fields = [
            "number", "sub_number", "parent", "name_nl", "name_en", "planning_note", "start_quarter", "end_quarter",
            "is_public",
        ]  # fmt: skip


class ProgressUpdateSerializer(ModelSerializer):
    project = serializers.PrimaryKeyRelatedField(queryset=Project.objects.none())
    quarter = QuarterField()
    path_to_green_by = QuarterField(required=False, allow_null=True)
    percent_done = serializers.IntegerField(min_value=0, max_value=100)
    milestones_done = serializers.PrimaryKeyRelatedField(many=True, queryset=Milestone.objects.all(), required=False)
    corrects = serializers.PrimaryKeyRelatedField(
        queryset=ProgressUpdate.objects.all(), required=False, allow_null=True
    )

    class Meta:
        model = ProgressUpdate
        fields = [
            "id", "project", "quarter", "status", "summary", "next_steps", "risks", "reason", "path_to_green",
            "path_to_green_by", "percent_done", "public_summary", "milestones_done", "corrects", "correction_reason",
            "author", "submitted_at", "acknowledged_by", "acknowledged_at",
        ]  # fmt: skip
        read_only_fields = ["author", "submitted_at", "acknowledged_by", "acknowledged_at"]
        extra_kwargs = {
            name: {"max_length": 5000}
            for name in ("summary", "next_steps", "risks", "reason", "path_to_green", "public_summary",
                         "correction_reason")
        }  # fmt: skip

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        errors = {}
        project = attrs.get("project")
        if attrs.get("status") in NEEDS_REASON:
            for name in ("reason", "path_to_green"):
                if not (attrs.get(name) or "").strip():
                    errors[name] = [_("Needed when the project is not on track.")]
        for milestone in attrs.get("milestones_done", []):
            if project is not None and milestone.project_id != project.pk:
                errors["milestones_done"] = [_("A milestone of another project cannot be ticked off here.")]
        corrects = attrs.get("corrects")
        if corrects is not None:
            if project is not None and corrects.project_id != project.pk:
                errors["corrects"] = [_("Only an update of the same project can be corrected.")]
            if not (attrs.get("correction_reason") or "").strip():
                errors["correction_reason"] = [_("A correction needs its reason.")]
        if errors:
            raise serializers.ValidationError(errors)
        return attrs
