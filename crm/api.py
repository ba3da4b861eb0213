"""The CRM's REST API under /api/crm/: authenticated acquisition staff only."""

from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import status, viewsets
from rest_framework.decorators import action
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.routers import SimpleRouter

from kennispark.roles import ACQUISITION, role_permission

from . import selectors
from .filters import LeadFilter
from .models import Activity, Contact, FollowUp
from .serializers import (
    ActivitySerializer,
    ContactSerializer,
    FollowUpSerializer,
    LeadSerializer,
    StageChangeSerializer,
)
from .services import activities, leads
from .services.pipeline import lead_stage_change

app_name = "crm-api"


class _CrmViewSet(viewsets.GenericViewSet):
    permission_classes = [IsAuthenticated, role_permission(ACQUISITION)]


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
        serializer.instance = leads.lead_create(
            created_by=self.request.user, key_positions=data.pop("key_positions", []), **data
        )

    def perform_update(self, serializer):
        data = dict(serializer.validated_data)
        serializer.instance = leads.lead_update(
            lead=serializer.instance, key_positions=data.pop("key_positions", None), **data
        )

    def perform_destroy(self, instance):
        leads.lead_delete(lead=instance, deleted_by=self.request.user)

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


class _ServiceCrudViewSet(_CrmViewSet, viewsets.ModelViewSet):
    """CRUD whose writes go through the CRM's services; their ValidationError answers 400 with field errors."""

    def perform_create(self, serializer):
        serializer.instance = self.create_service(**serializer.validated_data)

    def perform_update(self, serializer):
        serializer.instance = self.update_service(serializer.instance, **serializer.validated_data)

    def create_service(self, **data):
        raise NotImplementedError

    def update_service(self, instance, **data):
        raise NotImplementedError


@extend_schema_view(list=extend_schema(summary="List contacts"), create=extend_schema(summary="Add a contact"))
class ContactViewSet(_ServiceCrudViewSet):
    serializer_class = ContactSerializer
    filterset_fields = ["lead"]
    queryset = Contact.objects.order_by("pk")

    def create_service(self, **data):
        return leads.contact_create(**data)

    def update_service(self, instance, **data):
        return leads.contact_update(contact=instance, **data)

    def perform_destroy(self, instance):
        leads.contact_delete(contact=instance, deleted_by=self.request.user)


@extend_schema_view(list=extend_schema(summary="List activities"), create=extend_schema(summary="Log an activity"))
class ActivityViewSet(_ServiceCrudViewSet):
    serializer_class = ActivitySerializer
    filterset_fields = ["lead", "kind"]
    queryset = Activity.objects.order_by("-occurred_on", "-pk")

    def create_service(self, **data):
        return activities.activity_create(author=self.request.user, **data)

    def update_service(self, instance, **data):
        return activities.activity_update(activity=instance, **data)

    def perform_destroy(self, instance):
        activities.activity_delete(activity=instance)


@extend_schema_view(list=extend_schema(summary="List follow-ups"), create=extend_schema(summary="Plan a follow-up"))
class FollowUpViewSet(_ServiceCrudViewSet):
    serializer_class = FollowUpSerializer
    filterset_fields = ["lead", "assignee"]
    queryset = FollowUp.objects.order_by("due_on", "pk")

    def create_service(self, **data):
        done_at = data.pop("done_at", None)
        follow_up = activities.follow_up_create(**{"assignee": None, **data})
        return activities.follow_up_update(follow_up=follow_up, done_at=done_at) if done_at else follow_up

    def update_service(self, instance, **data):
        return activities.follow_up_update(follow_up=instance, **data)

    def perform_destroy(self, instance):
        activities.follow_up_delete(follow_up=instance)


router = SimpleRouter()
router.register("leads", LeadViewSet, basename="lead")
router.register("contacts", ContactViewSet, basename="contact")
router.register("activities", ActivityViewSet, basename="activity")
router.register("follow-ups", FollowUpViewSet, basename="follow-up")

urlpatterns = router.urls
