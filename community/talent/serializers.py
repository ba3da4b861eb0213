"""REST representations of vacancies; validation at the edge, writes through the services."""

from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from establishments.models import Establishment
from kennispark.links import absolute_url
from kennispark.roles import user_is_editor
from kennispark.serializers import ModelSerializer, SlugRelatedField

from .forms import validate_closing_date
from .models import EducationLevel, FieldOfWork, Vacancy
from .services import VACANCY_FIELDS


class VacancySerializer(ModelSerializer):
    establishment = SlugRelatedField(slug_field="slug", queryset=Establishment.objects.none())
    establishment_name = serializers.CharField(source="establishment.trade_name", read_only=True)
    field = SlugRelatedField(slug_field="slug", queryset=FieldOfWork.objects.all())
    education_levels = serializers.MultipleChoiceField(choices=EducationLevel.choices, allow_empty=False)
    url = serializers.SerializerMethodField()

    class Meta:
        model = Vacancy
        fields = [
            "id",
            "slug",
            "url",
            "establishment",
            "establishment_name",
            *VACANCY_FIELDS,
            "status",
            "posted_at",
        ]
        read_only_fields = ["id", "slug", "status", "posted_at"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        request = self.context.get("request")
        if request is None or not request.user.is_authenticated:
            return
        establishments = Establishment.objects.active()
        if not user_is_editor(request.user):
            establishments = establishments.represented_by(request.user)
        self.fields["establishment"].queryset = establishments

    def get_url(self, vacancy: Vacancy) -> str:
        return absolute_url(vacancy.get_absolute_url())

    def to_representation(self, instance):
        data = super().to_representation(instance)
        data["education_levels"] = instance.education_levels
        return data

    def validate_closing_date(self, value):
        if self.instance is None or value != self.instance.closing_date:
            try:
                validate_closing_date(value)
            except Exception as error:
                raise serializers.ValidationError(list(getattr(error, "messages", [str(error)]))) from error
        return value

    def validate(self, attrs):
        hours_min = attrs.get("hours_min", getattr(self.instance, "hours_min", None))
        hours_max = attrs.get("hours_max", getattr(self.instance, "hours_max", None))
        if hours_min is not None and hours_max is not None and hours_min > hours_max:
            raise serializers.ValidationError({"hours_max": [_("The maximum cannot be lower than the minimum.")]})
        apply_url = attrs.get("apply_url", getattr(self.instance, "apply_url", ""))
        apply_email = attrs.get("apply_email", getattr(self.instance, "apply_email", ""))
        if not apply_url and not apply_email:
            raise serializers.ValidationError(
                {"apply_url": [_("Tell candidates how to apply: a web page, an e-mail address or both.")]}
            )
        moved = self.instance is not None and attrs.get("establishment", self.instance.establishment)
        if moved and moved != self.instance.establishment:
            raise serializers.ValidationError({"establishment": [_("A vacancy cannot move to another company.")]})
        return attrs
