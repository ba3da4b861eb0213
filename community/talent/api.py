"""REST API of the vacancies: public read of published vacancies, writes for their owners and editors."""

from django.db import models
from django.utils.decorators import method_decorator
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import mixins, permissions, viewsets
from rest_framework.routers import DefaultRouter

from kennispark import content_versions
from kennispark.response_cache import API_HEADERS, cache_public
from kennispark.roles import user_is_editor

from . import services
from .filters import VacancyFilter
from .models import Vacancy, VacancyStatus
from .serializers import VacancySerializer

app_name = "talent-api"

FILTER_PARAMETERS = [
    OpenApiParameter("q", str, description="Words in title, description or company name"),
    OpenApiParameter("kind", str, enum=["job", "internship", "graduation_project", "traineeship", "side_job"]),
    OpenApiParameter("level", str, enum=["mbo", "hbo", "wo"]),
    OpenApiParameter("field", str, description="Slug of a field of work"),
    OpenApiParameter("key_position", str, description="Slug of a key position of the establishment"),
    OpenApiParameter("language", str, enum=["nl", "en", "both"]),
]


@extend_schema_view(
    list=extend_schema(summary="Published vacancies", parameters=FILTER_PARAMETERS),
    retrieve=extend_schema(summary="One published vacancy (owners also see their offline ones)"),
    create=extend_schema(summary="Post a vacancy for an establishment you represent"),
    update=extend_schema(summary="Replace one of your vacancies"),
    partial_update=extend_schema(summary="Change one of your vacancies"),
    destroy=extend_schema(summary="Withdraw one of your vacancies (it stays, offline)"),
)
@method_decorator(
    cache_public(content_versions.TALENT, content_versions.ESTABLISHMENTS, headers=API_HEADERS), name="dispatch"
)
class VacancyViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    mixins.UpdateModelMixin,
    mixins.DestroyModelMixin,
    viewsets.GenericViewSet,
):
    serializer_class = VacancySerializer
    # Anyone reads; only signed-in users write, and the queryset limits them to their own vacancies.
    permission_classes = [permissions.IsAuthenticatedOrReadOnly]
    filterset_class = VacancyFilter
    lookup_field = "slug"

    def get_queryset(self):
        base = Vacancy.objects.select_related("establishment", "field")
        user = self.request.user
        if self.request.method in permissions.SAFE_METHODS:
            visible = models.Q(pk__in=Vacancy.objects.published().values("pk"))
            if self.action == "retrieve" and user.is_authenticated:
                visible |= models.Q(pk__in=self._writable(user).values("pk"))
            return base.filter(visible)
        return base.filter(pk__in=self._writable(user).values("pk"))

    def _writable(self, user):
        # A withdrawn vacancy is gone from the API, for its owner too: after DELETE it can no longer be read.
        vacancies = Vacancy.objects.all() if user_is_editor(user) else Vacancy.objects.owned_by(user)
        return vacancies.exclude(status=VacancyStatus.WITHDRAWN)

    def perform_create(self, serializer):
        data = dict(serializer.validated_data)
        establishment = data.pop("establishment")
        serializer.instance = services.vacancy_create(establishment=establishment, user=self.request.user, **data)

    def perform_update(self, serializer):
        data = dict(serializer.validated_data)
        data.pop("establishment", None)
        serializer.instance = services.vacancy_update(vacancy=serializer.instance, **data)

    def perform_destroy(self, instance):
        services.vacancy_withdraw(vacancy=instance)


router = DefaultRouter()
router.include_root_view = False
router.register("vacancies", VacancyViewSet, basename="vacancy")

urlpatterns = router.urls
