"""Let editors manage the calendar in the admin, and purge attendees' personal data daily."""

from django.db import migrations

from kennispark.roles import EDITOR, grant_model_permissions

PURGE_TASK_NAME = "events: purge attendee personal data"


def grant_editor_permissions(apps, schema_editor):
    app_config = apps.get_app_config("events")
    # Migration-state app configs lack models_module, which grant_model_permissions reads.
    if not hasattr(app_config, "models_module"):
        app_config.models_module = None
    grant_model_permissions(apps, schema_editor, role=EDITOR, app_label="events")


def schedule_purge(apps, schema_editor):
    crontab_model = apps.get_model("django_celery_beat", "CrontabSchedule")
    task_model = apps.get_model("django_celery_beat", "PeriodicTask")
    schedule, _ = crontab_model.objects.get_or_create(
        minute="30", hour="3", day_of_week="*", day_of_month="*", month_of_year="*", timezone="Europe/Amsterdam"
    )
    task_model.objects.update_or_create(
        name=PURGE_TASK_NAME,
        defaults={"task": "community.events.tasks.purge_attendee_personal_data", "crontab": schedule, "enabled": True},
    )


def unschedule_purge(apps, schema_editor):
    apps.get_model("django_celery_beat", "PeriodicTask").objects.filter(name=PURGE_TASK_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0001_initial"),
        ("kennispark", "0001_roles"),
        ("django_celery_beat", "0019_alter_periodictasks_options"),
    ]

    operations = [
        migrations.RunPython(grant_editor_permissions, migrations.RunPython.noop),
        migrations.RunPython(schedule_purge, unschedule_purge),
    ]
