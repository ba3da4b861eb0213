"""REST API of the events calendar: public read of approved events, write for organisers and editors."""

from django.utils.decorators import method_decorator
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import mixins, permissions, viewsets
from rest_framework.routers import SimpleRouter

from establishments.models import Establishment
from kennispark import content_versions
from kennispark.response_cache import API_HEADERS, cache_public
from kennispark.roles import user_is_editor

from . import services
from .filters import EventFilter
from .models import Event
from .serializers import EventSerializer

app_name = "events-api"


class OrganiserWritePermission(permissions.BasePermission):
    """Anyone may read; only editors and company representatives may write."""

    def has_permission(self, request, view):
        if request.method in permissions.SAFE_METHODS:
            return True
        user = request.user
        return user_is_editor(user) or Establishment.objects.represented_by(user).exists()


@extend_schema_view(
    list=extend_schema(
        summary="List approved events",
        description="Filters: q (words in title, description, venue or organiser), date_from and date_to (an "
        "occurrence in that period, dates 2000-2100), category, audience, organiser, sub_area.",
    ),
    retrieve=extend_schema(summary="Read one approved event"),
    create=extend_schema(summary="Submit an event (representatives: it starts in review; editors: published)"),
    update=extend_schema(summary="Replace an event you organise (a published event goes back to review)"),
    partial_update=extend_schema(summary="Change an event you organise (a published event goes back to review)"),
)
@method_decorator(
    cache_public(content_versions.EVENTS, content_versions.ESTABLISHMENTS, headers=API_HEADERS), name="dispatch"
)
class EventViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    mixins.UpdateModelMixin,
    viewsets.GenericViewSet,
):
    serializer_class = EventSerializer
    permission_classes = [permissions.IsAuthenticatedOrReadOnly, OrganiserWritePermission]
    filterset_class = EventFilter
    queryset = Event.objects.none()

    def get_queryset(self):
        if self.request.method in permissions.SAFE_METHODS:
            return Event.objects.public().with_related().order_by("starts_at", "pk")
        # Writes are scoped to the caller: another company's event does not exist for them (404).
        return Event.objects.manageable_by(self.request.user).with_related()

    def perform_create(self, serializer):
        self._save(serializer)

    def perform_update(self, serializer):
        self._save(serializer)

    def _save(self, serializer):
        instance = serializer.instance or Event()
        for name, value in serializer.validated_data.items():
            setattr(instance, name, value)
        serializer.instance = services.event_save(event=instance, user=self.request.user)


router = SimpleRouter()
router.register("events", EventViewSet, basename="event")
urlpatterns = router.urls
