"""REST API of the offer and the facility catalogue: public, read-only, filtered like the pages."""

from django.utils.decorators import method_decorator
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import mixins, permissions, serializers, viewsets
from rest_framework.routers import DefaultRouter

from establishments.models import SubArea
from kennispark import content_versions
from kennispark.response_cache import API_HEADERS, cache_public

from . import selectors
from .forms import MAX_M2, FacilitySearchForm, SpaceSearchForm
from .models import Amenity, FacilityKind, Space, SpaceKind
from .serializers import FacilitySerializer, SpaceSerializer

app_name = "space-api"

SPACE_PARAMETERS = [
    OpenApiParameter("kind", str, enum=SpaceKind.values, many=True),
    OpenApiParameter("min_m2", int, description=f"At least this many m² (1–{MAX_M2})"),
    OpenApiParameter("max_m2", int, description=f"A divisible unit of at most this many m² (1–{MAX_M2})"),
    OpenApiParameter("sub_area", str, enum=SubArea.values, many=True),
    OpenApiParameter("available_by", str, description="Available on or before this date (YYYY-MM-DD)"),
    OpenApiParameter("amenities", str, enum=Amenity.values, many=True),
]
FACILITY_PARAMETERS = [
    OpenApiParameter("q", str, description="Words in name, technologies, description or owner"),
    OpenApiParameter("kind", str, enum=FacilityKind.values, many=True),
    OpenApiParameter("key_position", str, description="Slug of a key position"),
    OpenApiParameter("sub_area", str, enum=SubArea.values),
    OpenApiParameter("no_induction", bool, description="Only facilities usable without induction"),
]


def _filters(form_class, query_params) -> dict:
    form = form_class(query_params)
    if not form.is_valid():
        raise serializers.ValidationError(form.errors.get_json_data())
    return form.cleaned_data


@extend_schema_view(
    list=extend_schema(summary="Spaces on offer", parameters=SPACE_PARAMETERS),
    retrieve=extend_schema(summary="One space on offer"),
)
@method_decorator(cache_public(content_versions.SPACE, headers=API_HEADERS), name="dispatch")
class SpaceViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    serializer_class = SpaceSerializer
    permission_classes = [permissions.AllowAny]
    filter_backends: list = []

    def get_queryset(self):
        if self.action == "list":
            return selectors.space_search(filters=_filters(SpaceSearchForm, self.request.query_params))
        return Space.objects.public().select_related("building")


@extend_schema_view(
    list=extend_schema(summary="The catalogue of shared lab facilities", parameters=FACILITY_PARAMETERS),
    retrieve=extend_schema(summary="One shared facility"),
)
@method_decorator(
    cache_public(content_versions.SPACE, content_versions.ESTABLISHMENTS, headers=API_HEADERS), name="dispatch"
)
class FacilityViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    serializer_class = FacilitySerializer
    permission_classes = [permissions.AllowAny]
    filter_backends: list = []
    lookup_field = "slug"

    def get_queryset(self):
        if self.action == "list":
            filters = dict(_filters(FacilitySearchForm, self.request.query_params))
            if filters.get("key_position"):
                filters["key_position"] = filters["key_position"].slug
            return selectors.facility_search(filters=filters)
        return selectors.facility_search(filters={})


router = DefaultRouter()
router.include_root_view = False
router.register("spaces", SpaceViewSet, basename="space")
router.register("facilities", FacilityViewSet, basename="facility")
urlpatterns = router.urls
