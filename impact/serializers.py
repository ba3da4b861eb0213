"""The impact API's shapes: an indicator with its definition and published series."""

from rest_framework import serializers


class PointSerializer(serializers.Serializer):
    year = serializers.IntegerField()
    value = serializers.DecimalField(max_digits=16, decimal_places=2)
    change = serializers.DecimalField(max_digits=16, decimal_places=2, allow_null=True)
    version = serializers.IntegerField(help_text="Definition version; a change of version is a break in the series.")
    revision = serializers.IntegerField(help_text="0 for the first approved figure, higher after a revision.")
    revision_reason = serializers.CharField()
    target_trajectory = serializers.FloatField(
        source="required", allow_null=True, help_text="The 2035 trajectory's value for the year."
    )


class CategorySerializer(serializers.Serializer):
    code = serializers.CharField()
    values = serializers.DictField(child=serializers.DecimalField(max_digits=16, decimal_places=2))


class IndicatorSerializer(serializers.Serializer):
    code = serializers.CharField(source="indicator.code")
    name = serializers.CharField(source="version.name")
    definition = serializers.CharField(source="version.definition")
    computation = serializers.CharField(source="version.computation")
    unit = serializers.CharField(source="version.unit")
    direction = serializers.CharField(source="version.direction")
    source_organisation = serializers.CharField(source="version.source_organisation")
    kind = serializers.CharField(source="indicator.source")
    trend = serializers.CharField()
    status = serializers.CharField()
    points = PointSerializer(many=True)
    categories = CategorySerializer(many=True)
