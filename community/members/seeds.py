"""What the members' data migrations write, callable again: the periodic tasks."""

from kennispark.schedules import periodic_task_schedule, periodic_task_unschedule

# (name, task, cron "minute hour day-of-week", arguments): digests in the morning, weekly ones on Monday.
SCHEDULE = [
    ("members: daily digest", "community.members.tasks.send_digests", "15 7 *", '["daily"]'),
    ("members: weekly digest", "community.members.tasks.send_digests", "30 7 1", '["weekly"]'),
    ("members: reminders of tomorrow's events", "community.members.tasks.send_reminders", "0 9 *", "[]"),
]


def tasks_schedule(apps, schema_editor=None) -> None:
    """Schedule the members' periodic tasks."""
    task_model = apps.get_model("django_celery_beat", "PeriodicTask")
    for name, task, cron, args in SCHEDULE:
        periodic_task_schedule(apps, name=name, task=task, cron=cron)
        task_model.objects.filter(name=name).update(args=args)


def tasks_unschedule(apps, schema_editor=None) -> None:
    """Remove the members' periodic tasks from the schedule."""
    periodic_task_unschedule(apps, *(name for name, *_ in SCHEDULE))
