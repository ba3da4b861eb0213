"""Read side of the programme board: the board, a project, the editors' inbox, the public pages and the dashboard."""

import datetime
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from django.contrib.auth.models import AnonymousUser, User
from django.db.models import Count, Exists, OuterRef, Prefetch, Q, QuerySet, Subquery
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from kennispark.roles import EDITOR, PARTNER, PROJECT_LEAD, user_has_role, user_is_editor

from .models import Milestone, ProgrammeLine, ProgressUpdate, Project, Status, Theme, YearPlan
from .quarters import Quarter

NO_UPDATE = "none"
# Days before a quarter ends from which its update is due.
DUE_BEFORE_QUARTER_END = datetime.timedelta(days=14)
BOARD_ROLES = (EDITOR, PROJECT_LEAD, PARTNER)


def status_label(code: str | None) -> str:
    """Return the label of a status code, "no update yet" for a project without one."""
    if code and code in Status.values:
        return str(Status(code).label)
    return str(_("no update yet"))


def user_sees_board(user: User | AnonymousUser) -> bool:
    """Return whether the user sees the internal board: editors, project leads and partners."""
    return user_has_role(user, *BOARD_ROLES)


def year_plan_current(*, today: datetime.date | None = None) -> YearPlan | None:
    """Return this year's plan, else the latest before it, else the earliest."""
    year = (today or timezone.localdate()).year
    plans = YearPlan.objects.all()
    return plans.filter(year__lte=year).order_by("-year").first() or plans.order_by("year").first()


def _latest(field_name: str) -> Subquery:
    latest = ProgressUpdate.objects.filter(project=OuterRef("pk")).order_by("-submitted_at", "-pk")
    return Subquery(latest.values(field_name)[:1])


def project_list() -> QuerySet[Any]:
    """Return projects with their current status (their latest update's) and what a list shows of them."""
    return (
        Project.objects.select_related("theme", "programme_line", "lead_organisation", "parent")
        .annotate(
            current_status=_latest("status"),
            last_update_at=_latest("submitted_at"),
            last_update_quarter=_latest("quarter"),
            last_percent_done=_latest("percent_done"),
        )
        .order_by("number", "sub_number")
    )


@dataclass
class BoardFilters:
    """What the board shows: a year plan's projects, grouped and filtered."""

    year_plan: YearPlan
    group_by: str = "theme"
    theme: Theme | None = None
    line: ProgrammeLine | None = None
    organisation_id: int | None = None
    status: str = ""


@dataclass
class BoardGroup:
    """A group of rows on the board (a theme, a programme line or a lead organisation)."""

    title: str
    rows: list[Any] = field(default_factory=list)


def board_projects(*, filters: BoardFilters) -> list[Project]:
    """Return the year plan's projects with milestones and leads, filtered, each marked with what stands out."""
    projects = (
        project_list()
        .filter(year_plans=filters.year_plan)
        .prefetch_related(Prefetch("milestones", queryset=Milestone.objects.order_by("planned_quarter", "pk")), "leads")
    )
    if filters.theme is not None:
        projects = projects.filter(theme=filters.theme)
    if filters.line is not None:
        projects = projects.filter(programme_line=filters.line)
    if filters.organisation_id is not None:
        projects = projects.filter(lead_organisation_id=filters.organisation_id)
    if filters.status == NO_UPDATE:
        projects = projects.filter(current_status__isnull=True)
    elif filters.status:
        projects = projects.filter(current_status=filters.status)
    return [_mark(project) for project in projects]


def _mark(project: Any, *, today: datetime.date | None = None) -> Any:
    current = Quarter.of(today or timezone.localdate()).code
    # The project carries the annotations of project_list(); these marks are what the pages show of them.
    project.status_code = project.current_status or NO_UPDATE
    project.status_label = status_label(project.status_code)
    project.without_recent_update = (
        project.current_status != Status.DONE
        and project.start_quarter <= current
        and (project.last_update_quarter is None or project.last_update_quarter < current)
    )
    for milestone in project.milestones.all():
        milestone.is_overdue = milestone.done_on is None and milestone.planned_quarter < current
    return project


def board_groups(*, projects: list[Project], group_by: str) -> list[BoardGroup]:
    """Return the board's projects grouped by theme, programme line or lead organisation, in plan order."""
    groups: dict[Any, BoardGroup] = {}
    for project in projects:
        key: Any
        if group_by == "line":
            key, title = project.programme_line_id, str(project.programme_line or "–")
        elif group_by == "organisation":
            key, title = project.lead_organisation.name, project.lead_organisation.name
        else:
            key, title = project.theme_id, f"{project.theme.number:02d}. {project.theme}"
        groups.setdefault(key, BoardGroup(title=title)).rows.append(project)
    ordered = list(groups.values())
    if group_by == "organisation":
        ordered.sort(key=lambda group: group.title)
    return ordered


def project_visible(*, pk: int) -> Project:
    """Return a project of the internal board with its current status, or raise Http404."""
    project = project_list().prefetch_related("leads", "targets", "sub_projects", "year_plans").filter(pk=pk).first()
    if project is None:
        raise Http404
    return _mark(project)


def project_editable_by(*, user: User | AnonymousUser, project: Project) -> bool:
    """Return whether the user edits the project: editors, and leads of it or of the project it is part of."""
    if user_is_editor(user):
        return True
    if not user_has_role(user, PROJECT_LEAD):
        return False
    lead_of = Q(pk=project.pk) | (Q(pk=project.parent_id) if project.parent_id else Q(pk__in=[]))
    return Project.objects.filter(lead_of, leads=user.pk).exists()


def project_for_lead(*, user: User | AnonymousUser, pk: int) -> Project:
    """Return a project the user may edit and write updates for; another's answers 404."""
    project = Project.objects.select_related("parent").filter(pk=pk).first()
    if project is None or not project_editable_by(user=user, project=project):
        raise Http404
    return project


def project_timeline(*, project: Project) -> list[ProgressUpdate]:
    """Return the project's updates, newest first, with the milestones each ticked off."""
    return list(
        project.updates.select_related("author", "acknowledged_by", "corrects")
        .prefetch_related("milestones_done")
        .order_by("-submitted_at", "-pk")
    )


def project_changes(*, project: Project, limit: int = 30) -> list[dict[str, Any]]:
    """Return who changed which attributes of the project and when, newest first."""
    records = list(project.history.select_related("history_user").order_by("-history_date")[: limit + 1])
    changes = []
    for newer, older in pairwise(records):
        delta = newer.diff_against(older)
        changes.append(
            {"at": newer.history_date, "user": newer.history_user, "fields": [c.field for c in delta.changes]}
        )
    if len(records) <= limit and records:
        changes.append({"at": records[-1].history_date, "user": records[-1].history_user, "fields": []})
    return changes[:limit]


def projects_led_by(*, user: User) -> QuerySet[Project]:
    """Return the projects the user leads, with their current status."""
    return project_list().filter(leads=user)


# The editors' inbox


def updates_awaiting_acknowledgement() -> QuerySet[ProgressUpdate]:
    """Return the updates no editor has acknowledged yet, oldest first."""
    return (
        ProgressUpdate.objects.filter(acknowledged_at__isnull=True)
        .select_related("project", "author")
        .order_by("submitted_at", "pk")
    )


@dataclass(frozen=True)
class DueUpdate:
    """A project whose update for a quarter is due (before the quarter ends) or overdue (after)."""

    project: Project
    quarter: Quarter
    overdue: bool


def updates_due(*, today: datetime.date | None = None, year_plan: YearPlan | None = None) -> list[DueUpdate]:
    """Return the projects whose update for the current quarter is due, or for the last quarter is overdue."""
    today = today or timezone.localdate()
    current = Quarter.of(today)
    checks = [(current.previous(), True)]
    if today >= current.last_day - DUE_BEFORE_QUARTER_END:
        checks.append((current, False))
    due: list[DueUpdate] = []
    for quarter, overdue in checks:
        has_update = ProgressUpdate.objects.filter(project=OuterRef("pk"), quarter__gte=quarter.code)
        projects = (
            project_list()
            .filter(start_quarter__lte=quarter.code, end_quarter__gte=quarter.code)
            # Spelled out: excluding on the subquery would drop the projects without any update (NULL).
            .filter(Q(current_status__isnull=True) | ~Q(current_status=Status.DONE))
            .exclude(Exists(has_update))
        )
        if year_plan is not None:
            projects = projects.filter(year_plans=year_plan)
        due.extend(DueUpdate(project=project, quarter=quarter, overdue=overdue) for project in projects)
    return due


def projects_without_milestones() -> QuerySet[Project]:
    """Return the projects that have no milestone (sub-projects included)."""
    return project_list().annotate(milestone_count=Count("milestones")).filter(milestone_count=0)


def projects_without_targets() -> QuerySet[Project]:
    """Return the top-level projects not linked to any 2035 target."""
    return project_list().filter(parent__isnull=True).annotate(target_count=Count("targets")).filter(target_count=0)


def inbox_count(*, today: datetime.date | None = None) -> int:
    """Return how many items wait in the editors' programme inbox (updates to acknowledge and updates due)."""
    return updates_awaiting_acknowledgement().count() + len(updates_due(today=today))


# Reminders and the editors' digest


@dataclass(frozen=True)
class Reminder:
    """One e-mail to send: a lead, the project and quarter of the due update, due or overdue."""

    user: User
    project: Project
    quarter: Quarter
    overdue: bool


def reminders_due(*, today: datetime.date | None = None) -> list[Reminder]:
    """Return one reminder per active lead with an e-mail address per due or overdue update."""
    reminders = []
    due = updates_due(today=today)
    leads: dict[int, list[User]] = defaultdict(list)
    through = (
        Project.leads.through.objects.filter(project_id__in=[item.project.pk for item in due], user__is_active=True)
        .exclude(user__email="")
        .select_related("user")
        .order_by("user_id")
    )
    for row in through:
        leads[row.project_id].append(row.user)
    for item in due:
        for user in leads.get(item.project.pk, []):
            reminders.append(Reminder(user=user, project=item.project, quarter=item.quarter, overdue=item.overdue))
    return reminders


def digest_content(*, today: datetime.date | None = None, days: int = 7) -> dict[str, Any]:
    """Return what the editors' digest lists: missing updates, and projects that turned at risk or late lately."""
    today = today or timezone.localdate()
    since = timezone.now() - datetime.timedelta(days=days)
    recent = list(
        ProgressUpdate.objects.filter(submitted_at__gte=since, status__in=[Status.AT_RISK, Status.LATE])
        .select_related("project")
        .order_by("project__number", "project__sub_number", "-submitted_at")
    )
    turned, seen = [], set()
    for update in recent:
        if update.project_id in seen:
            continue
        seen.add(update.project_id)
        before = (
            ProgressUpdate.objects.filter(project_id=update.project_id, submitted_at__lt=update.submitted_at)
            .order_by("-submitted_at", "-pk")
            .values_list("status", flat=True)
            .first()
        )
        if before != update.status:
            turned.append(update)
    return {"missing": [item for item in updates_due(today=today) if item.overdue], "turned": turned}


# The public pages and the dashboard


def public_lines() -> QuerySet[ProgrammeLine]:
    """Return the programme lines with how many public projects each has."""
    return ProgrammeLine.objects.annotate(
        public_projects=Count("projects", filter=Q(projects__is_public=True, projects__parent__isnull=True))
    ).order_by("position", "name_nl")


def public_line_projects(*, line: ProgrammeLine) -> list[Project]:
    """Return a line's public projects with their current status and latest public summary."""
    latest_public = ProgressUpdate.objects.filter(project=OuterRef("pk")).exclude(public_summary="")
    projects = (
        project_list()
        .filter(programme_line=line, is_public=True, parent__isnull=True)
        .annotate(public_summary=Subquery(latest_public.order_by("-submitted_at", "-pk").values("public_summary")[:1]))
        .prefetch_related(Prefetch("milestones", queryset=Milestone.objects.order_by("planned_quarter", "pk")))
    )
    return [_mark(project) for project in projects]


def line_status_summary(*, year_plan: YearPlan | None = None, public_only: bool = False) -> list[dict[str, Any]]:
    """Return per programme line how many projects are on track, at risk, late, done, paused or without update."""
    year_plan = year_plan or year_plan_current()
    projects = project_list().filter(parent__isnull=True)
    if year_plan is not None:
        projects = projects.filter(year_plans=year_plan)
    if public_only:
        projects = projects.filter(is_public=True)
    counts: dict[int | None, Counter[str]] = defaultdict(Counter)
    for line_id, status in projects.values_list("programme_line_id", "current_status"):
        counts[line_id][status or NO_UPDATE] += 1
    summary = []
    for line in ProgrammeLine.objects.order_by("position", "name_nl"):
        line_counts = counts.get(line.pk, Counter())
        summary.append(
            {
                "line": line,
                "total": sum(line_counts.values()),
                **{status: line_counts.get(status, 0) for status in [*Status.values, NO_UPDATE]},
            }
        )
    return summary
