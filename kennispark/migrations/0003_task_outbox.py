"""The task outbox, and the relay that sends its waiting tasks every minute."""

from django.db import migrations, models

from kennispark.schedules import periodic_task_schedule, periodic_task_unschedule

RELAY_TASK_NAME = "kennispark: relay the task outbox"


def schedule_relay(apps, schema_editor):
    periodic_task_schedule(apps, name=RELAY_TASK_NAME, task="kennispark.tasks.outbox_relay", every_minutes=1)


def unschedule_relay(apps, schema_editor):
    periodic_task_unschedule(apps, RELAY_TASK_NAME)


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
