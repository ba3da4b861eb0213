"""The task outbox, and the relay that sends its waiting tasks every minute."""

from django.db import migrations, models

RELAY_TASK_NAME = "kennispark: relay the task outbox"


def schedule_relay(apps, schema_editor):
    interval_model = apps.get_model("django_celery_beat", "IntervalSchedule")
    task_model = apps.get_model("django_celery_beat", "PeriodicTask")
    schedule, _ = interval_model.objects.get_or_create(every=1, period="minutes")
    task_model.objects.update_or_create(
        name=RELAY_TASK_NAME,
        defaults={"task": "kennispark.tasks.outbox_relay", "interval": schedule, "crontab": None, "enabled": True},
    )


def unschedule_relay(apps, schema_editor):
    apps.get_model("django_celery_beat", "PeriodicTask").objects.filter(name=RELAY_TASK_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("kennispark", "0002_staff_roles"),
        ("django_celery_beat", "0019_alter_periodictasks_options"),
    ]

    operations = [
        migrations.CreateModel(
            name="TaskOutbox",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("name", models.CharField(max_length=200, verbose_name="task")),
                ("args", models.JSONField(blank=True, default=list, verbose_name="arguments")),
                ("kwargs", models.JSONField(blank=True, default=dict, verbose_name="keyword arguments")),
                ("created_at", models.DateTimeField(auto_now_add=True, verbose_name="created at")),
                ("attempts", models.PositiveIntegerField(default=0, verbose_name="attempts")),
                ("last_error", models.TextField(blank=True, verbose_name="last error")),
            ],
            options={
                "verbose_name": "queued task",
                "verbose_name_plural": "queued tasks",
                "ordering": ["created_at", "pk"],
            },
        ),
        migrations.RunPython(schedule_relay, unschedule_relay),
    ]
