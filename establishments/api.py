"""Public, read-only REST API of the register: the directory and the SBI reference."""

from django.utils.decorators import method_decorator
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import permissions, viewsets
from rest_framework.routers import SimpleRouter

from kennispark import content_versions
from kennispark.response_cache import API_HEADERS, cache_public

from . import selectors
from .filters import DirectoryFilter
from .serializers import EstablishmentSerializer, SbiDivisionSerializer


@extend_schema_view(
    list=extend_schema(
        summary="List active establishments",
        description="The public company directory: search with `q`, filter like the directory page. "
        "Jobs and added value of individual companies are not public.",
        tags=["register"],
    ),
    retrieve=extend_schema(summary="Public profile of an establishment", tags=["register"]),
)
@method_decorator(cache_public(content_versions.ESTABLISHMENTS, headers=API_HEADERS), name="dispatch")
class EstablishmentViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = EstablishmentSerializer
    permission_classes = [permissions.AllowAny]
    filter_backends = [DjangoFilterBackend]
    filterset_class = DirectoryFilter
    lookup_field = "slug"

    def get_queryset(self):
        return selectors.establishment_directory_list()


@extend_schema_view(
    list=extend_schema(
        summary="List SBI divisions",
        description="Every SBI 2008 division with its section, the sector of the monitor report and its economic "
        "base (stuwend/verzorgend) as the portal classifies it.",
        tags=["register"],
    ),
    retrieve=extend_schema(summary="One SBI division", tags=["register"]),
)
@method_decorator(cache_public(content_versions.ESTABLISHMENTS, headers=API_HEADERS), name="dispatch")
class SbiDivisionViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = SbiDivisionSerializer
    permission_classes = [permissions.AllowAny]
    pagination_class = None
    filter_backends = []
    lookup_field = "code"
    queryset = selectors.sbi_division_list()


router = SimpleRouter()
router.register("establishments", EstablishmentViewSet, basename="api-establishment")
router.register("sbi", SbiDivisionViewSet, basename="api-sbi")

urlpatterns = router.urls
