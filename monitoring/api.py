"""The monitor API: the published snapshot as a tidy table, like CBS StatLine."""

from typing import cast

from django.utils.decorators import method_decorator
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers, viewsets
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.routers import DefaultRouter

from kennispark import content_versions
from kennispark.response_cache import API_HEADERS, cache_public

from . import selectors
from .serializers import FigureQuerySerializer, FigureSerializer

app_name = "monitoring_api"


@method_decorator(cache_public(content_versions.MONITOR, headers=API_HEADERS), name="dispatch")
class FigureViewSet(viewsets.ViewSet):
    """Figures of the published monitor snapshot."""

    permission_classes = [AllowAny]

    @extend_schema(
        summary="Monitor figures",
        description=(
            "Rows of the published snapshot: establishments, unrounded jobs and added value (€ million, constant "
            "2021 prices, null when unknown) per year, dimension and category. Empty before the first snapshot."
        ),
        parameters=[
            FigureQuerySerializer,
            OpenApiParameter(
                "dimension",
                enum=list(cast(serializers.ChoiceField, FigureQuerySerializer().fields["dimension"]).choices),
            ),
        ],
        responses=FigureSerializer(many=True),
    )
    def list(self, request):
        query = FigureQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        rows = selectors.published_figures(**query.validated_data)
        return Response(FigureSerializer(rows, many=True).data)


router = DefaultRouter(trailing_slash=True)
router.include_root_view = False
router.register("figures", FigureViewSet, basename="figures")

urlpatterns = router.urls
