"""Write side of the programme board: projects, milestones, leads, progress updates and their acknowledgement."""

import datetime
from collections.abc import Iterable
from typing import Any

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from kennispark import content_versions
from kennispark.content_versions import content_version_bump
from kennispark.richtext import plain_text
from monitoring.models import Target

from .models import Milestone, ProgressUpdate, Project, YearPlan

PROJECT_FIELDS = (
    "name_nl",
    "name_en",
    "description_nl",
    "description_en",
    "theme",
    "programme_line",
    "lead_organisation",
    "planning_note",
    "start_quarter",
    "end_quarter",
    "is_public",
)
# What a lead may change of a project they lead; the rest is the editors'.
LEAD_FIELDS = ("description_nl", "description_en")
TEXT_FIELDS = ("description_nl", "description_en")


@transaction.atomic
def project_update(
    *,
    project: Project,
    user: User,
    data: dict[str, Any],
    targets: Iterable[Target] | None = None,
    leads: Iterable[User] | None = None,
) -> Project:
    """Save changes to a project's attributes; history keeps who changed what and when."""
    for name, value in data.items():
        if name not in PROJECT_FIELDS:
            raise ValueError(f"{name} is not a project field")
        setattr(project, name, plain_text(value) if name in TEXT_FIELDS else value)
    project._history_user = user
    project.full_clean()
    project.save()
    if targets is not None:
        project.targets.set(targets)
    if leads is not None:
        project.leads.set(leads)
    content_version_bump(area=content_versions.PROGRAMME)
    return project


@transaction.atomic
def project_lead_add(*, project: Project, user: User) -> None:
    """Make the user a lead of the project (an accepted invitation)."""
    project.leads.add(user)


@transaction.atomic
def project_carry_over(*, project: Project, year_plan: YearPlan) -> Project:
    """Take a project into another year's plan, keeping its milestones, updates and history."""
    project.year_plans.add(year_plan)
    content_version_bump(area=content_versions.PROGRAMME)
    return project


@transaction.atomic
def year_plan_start(*, year: int, title_nl: str, title_en: str, carry_over_from: YearPlan | None = None) -> YearPlan:
    """Start a year's plan; projects of the earlier plan that run into the year carry over with their history."""
    year_plan = YearPlan(year=year, title_nl=title_nl, title_en=title_en)
    year_plan.full_clean()
    year_plan.save()
    if carry_over_from is not None:
        running = carry_over_from.projects.filter(end_quarter__gte=year * 10 + 1)
        for project in running:
            project.year_plans.add(year_plan)
    content_version_bump(area=content_versions.PROGRAMME)
    return year_plan


@transaction.atomic
def milestone_save(
    *,
    project: Project,
    user: User,
    title_nl: str,
    title_en: str,
    planned_quarter: int,
    done_on: datetime.date | None = None,
    milestone: Milestone | None = None,
) -> Milestone:
    """Add a milestone to a project, or change one of its milestones."""
    if milestone is None:
        milestone = Milestone(project=project)
    elif milestone.project_id != project.pk:
        raise ValueError("milestone of another project")
    milestone.title_nl, milestone.title_en = title_nl, title_en
    milestone.planned_quarter, milestone.done_on = planned_quarter, done_on
    milestone._history_user = user
    milestone.full_clean()
    milestone.save()
    content_version_bump(area=content_versions.PROGRAMME)
    return milestone


@transaction.atomic
def milestone_delete(*, milestone: Milestone, user: User) -> None:
    """Remove a milestone that no update ticked off."""
    if milestone.ticked_in.exists():
        raise ValidationError(_("A milestone that an update ticked off stays; change its title or quarter instead."))
    milestone._history_user = user
    milestone.delete()
    content_version_bump(area=content_versions.PROGRAMME)


@transaction.atomic
def progress_update_submit(
    *,
    project: Project,
    author: User,
    quarter: int,
    status: str,
    summary: str,
    percent_done: int,
    next_steps: str = "",
    risks: str = "",
    reason: str = "",
    path_to_green: str = "",
    path_to_green_by: int | None = None,
    public_summary: str = "",
    milestones_done: Iterable[Milestone] = (),
    corrects: ProgressUpdate | None = None,
    correction_reason: str = "",
) -> ProgressUpdate:
    """Record a lead's update as a fixed snapshot and tick off its milestones; a correction names the one it fixes."""
    if corrects is not None and corrects.project_id != project.pk:
        raise ValueError("a correction belongs to the project of the update it corrects")
    update = ProgressUpdate(
        project=project,
        author=author,
        quarter=quarter,
        status=status,
        summary=plain_text(summary),
        next_steps=plain_text(next_steps),
        risks=plain_text(risks),
        reason=plain_text(reason),
        path_to_green=plain_text(path_to_green),
        path_to_green_by=path_to_green_by,
        percent_done=percent_done,
        public_summary=plain_text(public_summary),
        corrects=corrects,
        correction_reason=plain_text(correction_reason),
    )
    update.full_clean()
    update.save()
    milestones = [milestone for milestone in milestones_done if milestone.project_id == project.pk]
    update.milestones_done.set(milestones)
    today = timezone.localdate()
    for milestone in milestones:
        if milestone.done_on is None:
            milestone.done_on = today
            milestone._history_user = author
            milestone.save(update_fields=["done_on"])
    content_version_bump(area=content_versions.PROGRAMME)
    return update


@transaction.atomic
def progress_update_acknowledge(*, update: ProgressUpdate, user: User) -> ProgressUpdate:
    """Record that an editor other than the author has read the update."""
    update = ProgressUpdate.objects.select_for_update().get(pk=update.pk)
    if update.author_id == user.pk:
        raise ValidationError(_("An update is acknowledged by someone other than its author."))
    if update.acknowledged_at is None:
        update.acknowledged_by = user
        update.acknowledged_at = timezone.now()
        update.save(update_fields=["acknowledged_by", "acknowledged_at"])
    return update
