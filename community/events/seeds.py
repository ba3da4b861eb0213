"""What the calendar's data migrations write, callable again: the editors' rights and the daily purge."""

from kennispark.roles import EDITOR, grant_model_permissions

PURGE_TASK_NAME = "events: purge attendee personal data"


def editors_grant(apps, schema_editor=None) -> None:
    """Give the editor role the permissions of the calendar's models."""
    grant_model_permissions(apps, schema_editor, role=EDITOR, app_label="events")


def purge_schedule(apps, schema_editor=None) -> None:
    """Schedule the purge of attendees' personal data every night at 3:30."""
    crontab_model = apps.get_model("django_celery_beat", "CrontabSchedule")
    task_model = apps.get_model("django_celery_beat", "PeriodicTask")
    schedule, _ = crontab_model.objects.get_or_create(
        minute="30", hour="3", day_of_week="*", day_of_month="*", month_of_year="*", timezone="Europe/Amsterdam"
    )
    task_model.objects.update_or_create(
        name=PURGE_TASK_NAME,
        defaults={"task": "community.events.tasks.purge_attendee_personal_data", "crontab": schedule, "enabled": True},
    )


def purge_unschedule(apps, schema_editor=None) -> None:
    """Remove the purge from the schedule."""
    apps.get_model("django_celery_beat", "PeriodicTask").objects.filter(name=PURGE_TASK_NAME).delete()
