"""Logging activities on a lead and planning follow-ups."""

import datetime
from typing import Any

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from ..models import Activity, FollowUp, Lead


@transaction.atomic
def activity_create(
    *,
    lead: Lead,
    kind: str,
    occurred_on: datetime.date,
    text: str,
    author: User | None,
    follow_up_due_on: datetime.date | None = None,
    follow_up_text: str = "",
    follow_up_assignee: User | None = None,
) -> Activity:
    """Log an activity on a lead, optionally with the follow-up it calls for."""
    activity = Activity(lead=lead, kind=kind, occurred_on=occurred_on, text=text, author=author)
    activity.full_clean()
    activity.save()
    if follow_up_due_on:
        follow_up_create(
            lead=lead,
            due_on=follow_up_due_on,
            text=follow_up_text or text[:300],
            assignee=follow_up_assignee or author,
        )
    return activity


@transaction.atomic
def follow_up_create(*, lead: Lead, due_on: datetime.date, text: str, assignee: User | None) -> FollowUp:
    """Plan a follow-up on a lead."""
    follow_up = FollowUp(lead=lead, due_on=due_on, text=text, assignee=assignee)
    follow_up.full_clean()
    follow_up.save()
    return follow_up


@transaction.atomic
def activity_update(*, activity: Activity, **fields: Any) -> Activity:
    """Change a logged activity."""
    for name, value in fields.items():
        setattr(activity, name, value)
    activity.full_clean()
    activity.save()
    return activity


@transaction.atomic
def activity_delete(*, activity: Activity) -> None:
    """Remove a logged activity."""
    activity.delete()


@transaction.atomic
def follow_up_update(*, follow_up: FollowUp, **fields: Any) -> FollowUp:
    """Change a planned follow-up."""
    for name, value in fields.items():
        setattr(follow_up, name, value)
    follow_up.full_clean()
    follow_up.save()
    return follow_up


@transaction.atomic
def follow_up_delete(*, follow_up: FollowUp) -> None:
    """Remove a planned follow-up."""
    follow_up.delete()


@transaction.atomic
def follow_up_complete(*, follow_up: FollowUp) -> FollowUp:
    """Mark a follow-up as done (again marking it keeps the first moment)."""
    if follow_up.done_at is None:
        follow_up.done_at = timezone.now()
        follow_up.save(update_fields=["done_at"])
    return follow_up


@transaction.atomic
def follow_up_reopen(*, follow_up: FollowUp) -> FollowUp:
    """Mark a follow-up as not done."""
    follow_up.done_at = None
    follow_up.save(update_fields=["done_at"])
    return follow_up
