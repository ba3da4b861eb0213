"""Fail monitor snapshots whose worker died, every five minutes."""

from django.db import migrations

from kennispark.schedules import periodic_task_schedule, periodic_task_unschedule

REAPER_TASK_NAME = "monitoring: fail snapshots whose worker died"


def schedule_reaper(apps, schema_editor):
    periodic_task_schedule(apps, name=REAPER_TASK_NAME, task="monitoring.tasks.stale_snapshots_reap", every_minutes=5)


def unschedule_reaper(apps, schema_editor):
    periodic_task_unschedule(apps, REAPER_TASK_NAME)


class Migration(migrations.Migration):
    dependencies = [
        ("monitoring", "0002_targets_schedule_permissions"),
        ("django_celery_beat", "0019_alter_periodictasks_options"),
    ]

    operations = [migrations.RunPython(schedule_reaper, unschedule_reaper)]
