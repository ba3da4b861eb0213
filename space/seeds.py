"""What the space app's data migrations write, callable again: the property owner role and the daily jobs."""

from functools import partial

from kennispark.roles import EDITOR, PROPERTY_OWNER, grant_model_permissions, roles_create
from kennispark.schedules import periodic_task_schedule, periodic_task_unschedule

DIGEST_TASK = "space: daily digest of new matches"
STALE_TASK = "space: flag and hide unconfirmed offers"

property_owner_role_create = partial(roles_create, roles=(PROPERTY_OWNER,))


def editors_grant(apps, schema_editor=None) -> None:
    """Give the editor role the permissions of the space app's models (the admin covers what pages do not)."""
    grant_model_permissions(apps, schema_editor, role=EDITOR, app_label="space")


def space_schedule(apps, schema_editor=None) -> None:
    """Schedule the match digest on weekday mornings and the check for unconfirmed offers every night."""
    periodic_task_schedule(apps, name=DIGEST_TASK, task="space.tasks.send_match_digest", cron="30 7 1-5")
    periodic_task_schedule(apps, name=STALE_TASK, task="space.tasks.flag_stale_offers", cron="15 3 *")


def space_unschedule(apps, schema_editor=None) -> None:
    """Remove the space app's jobs from the schedule."""
    periodic_task_unschedule(apps, DIGEST_TASK, STALE_TASK)
