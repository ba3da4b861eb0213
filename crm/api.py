"""The CRM's REST API under /api/crm/: authenticated acquisition staff only."""

from django.core.exceptions import ValidationError as DjangoValidationError
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import ValidationError
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.routers import SimpleRouter

from . import selectors
from .access import IsAcquisition
from .filters import LeadFilter
from .models import Activity, Contact, FollowUp
from .serializers import (
    ActivitySerializer,
    ContactSerializer,
    FollowUpSerializer,
    LeadSerializer,
    StageChangeSerializer,
)
from .services import leads
from .services.pipeline import lead_stage_change
from .services.privacy import contact_erase

app_name = "crm-api"


def _as_drf(error: DjangoValidationError) -> ValidationError:
    return ValidationError(error.message_dict if hasattr(error, "error_dict") else error.messages)


class _CrmViewSet(viewsets.GenericViewSet):
    permission_classes = [IsAuthenticated, IsAcquisition]


@extend_schema_view(
    list=extend_schema(summary="List leads (filterable like the lead list page)"),
    retrieve=extend_schema(summary="Get a lead"),
    create=extend_schema(summary="Create a lead"),
    update=extend_schema(summary="Replace a lead's fields"),
    partial_update=extend_schema(summary="Change a lead's fields"),
    destroy=extend_schema(summary="Delete a lead"),
)
class LeadViewSet(_CrmViewSet, viewsets.ModelViewSet):
    serializer_class = LeadSerializer
    filterset_class = LeadFilter

    def get_queryset(self):
        return selectors.lead_list().prefetch_related("housing_needs").order_by("pk")

    def perform_create(self, serializer):
        data = dict(serializer.validated_data)
        try:
            serializer.instance = leads.lead_create(
                created_by=self.request.user, key_positions=data.pop("key_positions", []), **data
            )
        except DjangoValidationError as error:
            raise _as_drf(error) from error

    def perform_update(self, serializer):
        data = dict(serializer.validated_data)
        try:
            serializer.instance = leads.lead_update(
                lead=serializer.instance, key_positions=data.pop("key_positions", None), **data
            )
        except DjangoValidationError as error:
            raise _as_drf(error) from error

    @extend_schema(
        summary="Move a lead to another stage (winning goes through the CRM's win form)",
        request=StageChangeSerializer,
        responses={200: LeadSerializer},
    )
    @action(detail=True, methods=["post"])
    def stage(self, request, pk=None):
        lead = self.get_object()
        serializer = StageChangeSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        lead = lead_stage_change(
            lead=lead,
            to_stage=serializer.validated_data["stage"],
            changed_by=request.user,
            lost_reason=serializer.validated_data.get("lost_reason"),
        )
        return Response(LeadSerializer(selectors.lead_list().get(pk=lead.pk)).data, status=status.HTTP_200_OK)


class _SimpleCrudViewSet(_CrmViewSet, viewsets.ModelViewSet):
    """CRUD through the model's full_clean, with 400 and field errors on invalid data."""

    def perform_create(self, serializer):
        self._save(serializer)

    def perform_update(self, serializer):
        self._save(serializer)

    def _save(self, serializer, **extra):
        try:
            serializer.save(**extra)
        except DjangoValidationError as error:
            raise _as_drf(error) from error


@extend_schema_view(list=extend_schema(summary="List contacts"), create=extend_schema(summary="Add a contact"))
class ContactViewSet(_SimpleCrudViewSet):
    serializer_class = ContactSerializer
    filterset_fields = ["lead"]
    queryset = Contact.objects.order_by("pk")

    def perform_destroy(self, instance):
        # Deleting must not leave the person's data behind in the audit history.
        contact_erase(contact=instance, erased_by=self.request.user)
        instance.delete()


@extend_schema_view(list=extend_schema(summary="List activities"), create=extend_schema(summary="Log an activity"))
class ActivityViewSet(_SimpleCrudViewSet):
    serializer_class = ActivitySerializer
    filterset_fields = ["lead", "kind"]
    queryset = Activity.objects.order_by("-occurred_on", "-pk")

    def perform_create(self, serializer):
        self._save(serializer, author=self.request.user)


@extend_schema_view(list=extend_schema(summary="List follow-ups"), create=extend_schema(summary="Plan a follow-up"))
class FollowUpViewSet(_SimpleCrudViewSet):
    serializer_class = FollowUpSerializer
    filterset_fields = ["lead", "assignee"]
    queryset = FollowUp.objects.order_by("due_on", "pk")


router = SimpleRouter()
router.register("leads", LeadViewSet, basename="lead")
router.register("contacts", ContactViewSet, basename="contact")
router.register("activities", ActivityViewSet, basename="activity")
router.register("follow-ups", FollowUpViewSet, basename="follow-up")

urlpatterns = router.urls
