"""Record when an import job started, and reap jobs whose worker died every five minutes."""

from django.db import migrations, models

from kennispark.schedules import periodic_task_schedule, periodic_task_unschedule

REAPER_TASK_NAME = "establishments: fail imports whose worker died"


def schedule_reaper(apps, schema_editor):
    periodic_task_schedule(apps, name=REAPER_TASK_NAME, task="establishments.tasks.stale_imports_reap", every_minutes=5)


def unschedule_reaper(apps, schema_editor):
    periodic_task_unschedule(apps, REAPER_TASK_NAME)


class Migration(migrations.Migration):
    dependencies = [
        ("establishments", "0004_editor_permissions"),
        ("django_celery_beat", "0019_alter_periodictasks_options"),
    ]

    operations = [
        migrations.AddField(
            model_name="importjob",
            name="started_at",
            field=models.DateTimeField(blank=True, null=True, verbose_name="started at"),
        ),
        migrations.RunPython(schedule_reaper, unschedule_reaper),
    ]
