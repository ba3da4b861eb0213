"""The programme board's REST API under /api/programme/: read for the board's roles, write for a project's leads
and the editors."""

import django_filters
from django.db.models import QuerySet
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import mixins, permissions, viewsets
from rest_framework.routers import SimpleRouter

from kennispark.roles import EDITOR, PROJECT_LEAD, role_permission, user_is_editor

from . import selectors, services
from .models import Milestone, ProgrammeLine, ProgressUpdate, Project, Status
from .serializers import MilestoneSerializer, ProgressUpdateSerializer, ProjectSerializer

app_name = "programme-api"

READ_ROLES = role_permission(*selectors.BOARD_ROLES)
WRITE_ROLES = role_permission(EDITOR, PROJECT_LEAD)


class BoardPermission(permissions.BasePermission):
    """Reading for editors, project leads and partners; writing for editors and project leads only."""

    def has_permission(self, request, view) -> bool:
        allowed = READ_ROLES if request.method in permissions.SAFE_METHODS else WRITE_ROLES
        return allowed().has_permission(request, view)


def editable_projects(user) -> QuerySet[Project]:
    """Return the projects the user may write to: all for editors, else those they lead (or whose parent they lead)."""
    if user_is_editor(user):
        return Project.objects.all()
    if not user.is_authenticated:
        return Project.objects.none()
    return Project.objects.filter(leads=user) | Project.objects.filter(parent__leads=user)


class ProjectFilter(django_filters.FilterSet):
    year = django_filters.NumberFilter(field_name="year_plans__year", min_value=2000, max_value=2100)
    line = django_filters.ModelChoiceFilter(
        field_name="programme_line", queryset=ProgrammeLine.objects.all(), to_field_name="slug"
    )
    status = django_filters.ChoiceFilter(field_name="current_status", choices=Status.choices)

    class Meta:
        model = Project
        fields = ["year", "line", "status"]


class _BoardViewSet(viewsets.GenericViewSet):
    permission_classes = [permissions.IsAuthenticated, BoardPermission]

    def _scoped(self, queryset: QuerySet, project_field: str = "project") -> QuerySet:
        # Writes reach only the caller's own projects: another project's object answers 404.
        if self.request.method in permissions.SAFE_METHODS:
            return queryset
        return queryset.filter(**{f"{project_field}__in": editable_projects(self.request.user)})

    def get_serializer(self, *args, **kwargs):
        serializer = super().get_serializer(*args, **kwargs)
        fields = getattr(serializer, "child", serializer).fields
        if "project" in fields:
            fields["project"].queryset = editable_projects(self.request.user)
        return serializer


@extend_schema_view(
    list=extend_schema(summary="List the projects of the programme board with their current status"),
    retrieve=extend_schema(summary="Get a project"),
    partial_update=extend_schema(summary="Change a project's description (its leads and editors)"),
)
class ProjectViewSet(_BoardViewSet, mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.UpdateModelMixin):
    serializer_class = ProjectSerializer
    filterset_class = ProjectFilter
    http_method_names = ["get", "patch", "head", "options"]

    def get_queryset(self):
        projects = selectors.project_list().prefetch_related("leads", "targets", "year_plans").distinct()
        if self.request.method in permissions.SAFE_METHODS:
            return projects
        return projects.filter(pk__in=editable_projects(self.request.user).values("pk"))

    def perform_update(self, serializer):
        data = {key: value for key, value in serializer.validated_data.items() if key in services.LEAD_FIELDS}
        services.project_update(project=serializer.instance, user=self.request.user, data=data)


class MilestoneFilter(django_filters.FilterSet):
    project = django_filters.ModelChoiceFilter(queryset=Project.objects.all())

    class Meta:
        model = Milestone
        fields = ["project"]


@extend_schema_view(
    list=extend_schema(summary="List milestones"),
    retrieve=extend_schema(summary="Get a milestone"),
    create=extend_schema(summary="Add a milestone to a project you lead"),
    partial_update=extend_schema(summary="Change a milestone of a project you lead (tick it off with done_on)"),
)
class MilestoneViewSet(
    _BoardViewSet, mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.CreateModelMixin, mixins.UpdateModelMixin
):
    serializer_class = MilestoneSerializer
    filterset_class = MilestoneFilter
    http_method_names = ["get", "post", "patch", "head", "options"]

    def get_queryset(self):
        return self._scoped(
            Milestone.objects.order_by("project__number", "project__sub_number", "planned_quarter", "pk")
        )

    def perform_create(self, serializer):
        serializer.instance = services.milestone_save(user=self.request.user, **serializer.validated_data)

    def perform_update(self, serializer):
        milestone = serializer.instance
        data = {
            "title_nl": milestone.title_nl, "title_en": milestone.title_en,
            "planned_quarter": milestone.planned_quarter, "done_on": milestone.done_on,
            **serializer.validated_data,
        }  # fmt: skip
        data.pop("project", None)
        serializer.instance = services.milestone_save(
            project=milestone.project, user=self.request.user, milestone=milestone, **data
        )


class UpdateFilter(django_filters.FilterSet):
    project = django_filters.ModelChoiceFilter(queryset=Project.objects.all())
    status = django_filters.ChoiceFilter(choices=Status.choices)

    class Meta:
        model = ProgressUpdate
        fields = ["project", "status"]


@extend_schema_view(
    list=extend_schema(summary="List progress updates, newest first"),
    retrieve=extend_schema(summary="Get a progress update"),
    create=extend_schema(summary="Submit a progress update (or a correction) for a project you lead"),
)
class ProgressUpdateViewSet(_BoardViewSet, mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.CreateModelMixin):
    serializer_class = ProgressUpdateSerializer
    filterset_class = UpdateFilter

    def get_queryset(self):
        return ProgressUpdate.objects.prefetch_related("milestones_done").order_by("-submitted_at", "-pk")

    def perform_create(self, serializer):
        serializer.instance = services.progress_update_submit(author=self.request.user, **serializer.validated_data)


router = SimpleRouter()
router.register("projects", ProjectViewSet, basename="project")
router.register("milestones", MilestoneViewSet, basename="milestone")
router.register("updates", ProgressUpdateViewSet, basename="update")

urlpatterns = router.urls
