"""What the calendar's data migrations write, callable again: the editors' rights and the daily purge."""

from kennispark.roles import EDITOR, grant_model_permissions
from kennispark.schedules import periodic_task_schedule, periodic_task_unschedule

PURGE_TASK_NAME = "events: purge attendee personal data"


def editors_grant(apps, schema_editor=None) -> None:
    """Give the editor role the permissions of the calendar's models."""
    grant_model_permissions(apps, schema_editor, role=EDITOR, app_label="events")


def purge_schedule(apps, schema_editor=None) -> None:
    """Schedule the purge of attendees' personal data every night at 3:30."""
    periodic_task_schedule(
        apps, name=PURGE_TASK_NAME, task="community.events.tasks.purge_attendee_personal_data", cron="30 3 *"
    )


def purge_unschedule(apps, schema_editor=None) -> None:
    """Remove the purge from the schedule."""
    periodic_task_unschedule(apps, PURGE_TASK_NAME)
