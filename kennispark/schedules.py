"""Periodic tasks that the apps' data migrations put on beat's schedule, written one way for every app."""

from typing import Any

from django.apps.registry import Apps

SCHEDULE_TIMEZONE = "Europe/Amsterdam"


def periodic_task_schedule(
    apps: Apps, *, name: str, task: str, cron: str | None = None, every_minutes: int | None = None
) -> None:
    """Create or update the periodic task `name`: at `cron` ("minute hour day-of-week") or every N minutes."""
    task_model = apps.get_model("django_celery_beat", "PeriodicTask")
    if cron is not None:
        minute, hour, day_of_week = cron.split()
        when = {
            "minute": minute,
            "hour": hour,
            "day_of_week": day_of_week,
            "day_of_month": "*",
            "month_of_year": "*",
            "timezone": SCHEDULE_TIMEZONE,
        }
        model = apps.get_model("django_celery_beat", "CrontabSchedule")
        timing = {"crontab": _shared(model, when), "interval": None}
    elif every_minutes is not None:
        model = apps.get_model("django_celery_beat", "IntervalSchedule")
        timing = {"interval": _shared(model, {"every": every_minutes, "period": "minutes"}), "crontab": None}
    else:
        raise ValueError("periodic_task_schedule needs cron or every_minutes")
    task_model.objects.update_or_create(name=name, defaults={"task": task, "enabled": True, **timing})


def periodic_task_unschedule(apps: Apps, *names: str) -> None:
    """Remove the periodic tasks with these names from the schedule."""
    apps.get_model("django_celery_beat", "PeriodicTask").objects.filter(name__in=names).delete()


def _shared(model: Any, when: dict[str, Any]) -> Any:
    # Several apps use the same timing and beat's admin may have added a twin, so get_or_create could find two.
    return model.objects.filter(**when).first() or model.objects.create(**when)
