"""Record when an import job started, and reap jobs whose worker died every five minutes."""

from django.db import migrations, models

REAPER_TASK_NAME = "establishments: fail imports whose worker died"


def schedule_reaper(apps, schema_editor):
    interval_model = apps.get_model("django_celery_beat", "IntervalSchedule")
    task_model = apps.get_model("django_celery_beat", "PeriodicTask")
    schedule, _ = interval_model.objects.get_or_create(every=5, period="minutes")
    task_model.objects.update_or_create(
        name=REAPER_TASK_NAME,
        defaults={
            "task": "establishments.tasks.stale_imports_reap",
            "interval": schedule,
            "crontab": None,
            "enabled": True,
        },
    )


def unschedule_reaper(apps, schema_editor):
    apps.get_model("django_celery_beat", "PeriodicTask").objects.filter(name=REAPER_TASK_NAME).delete()


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
