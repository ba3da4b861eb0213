"""The impact API: every indicator with its definition and published (approved) series."""

from django.http import Http404
from django.utils.decorators import method_decorator
from drf_spectacular.utils import extend_schema
from rest_framework import viewsets
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.routers import DefaultRouter

from kennispark import content_versions
from kennispark.response_cache import API_HEADERS, cache_public

from . import selectors
from .models import Indicator
from .serializers import IndicatorSerializer

app_name = "impact_api"


@method_decorator(cache_public(content_versions.IMPACT, content_versions.MONITOR, headers=API_HEADERS), name="dispatch")
class IndicatorViewSet(viewsets.ViewSet):
    """Impact indicators with their published series."""

    permission_classes = [AllowAny]
    lookup_field = "code"
    lookup_value_regex = "[-a-z0-9_]{1,60}"

    @extend_schema(summary="Impact indicators", responses=IndicatorSerializer(many=True))
    def list(self, request):
        return Response(IndicatorSerializer(selectors.all_series(), many=True).data)

    @extend_schema(summary="One impact indicator", responses=IndicatorSerializer)
    def retrieve(self, request, code=None):
        try:
            indicator = selectors.indicator_get(code=code)
        except Indicator.DoesNotExist:
            raise Http404 from None
        return Response(IndicatorSerializer(selectors.indicator_series(indicator=indicator)).data)


router = DefaultRouter(trailing_slash=True)
router.include_root_view = False
router.register("indicators", IndicatorViewSet, basename="indicators")

urlpatterns = router.urls
