"""What the portal's own data migrations write, callable again: the daily purge of login records."""

from django.apps.registry import Apps
from django.db.backends.base.schema import BaseDatabaseSchemaEditor

LOGIN_RECORDS_PURGE_NAME = "kennispark: purge login records"


def login_records_purge_schedule(apps: Apps, schema_editor: BaseDatabaseSchemaEditor | None = None) -> None:
    """Schedule the purge of failed-login attempts and login logs every night at 3:45."""
    crontab_model = apps.get_model("django_celery_beat", "CrontabSchedule")
    task_model = apps.get_model("django_celery_beat", "PeriodicTask")
    schedule, _ = crontab_model.objects.get_or_create(
        minute="45", hour="3", day_of_week="*", day_of_month="*", month_of_year="*", timezone="Europe/Amsterdam"
    )
    task_model.objects.update_or_create(
        name=LOGIN_RECORDS_PURGE_NAME,
        defaults={"task": "kennispark.tasks.purge_login_records", "crontab": schedule, "enabled": True},
    )


def login_records_purge_unschedule(apps: Apps, schema_editor: BaseDatabaseSchemaEditor | None = None) -> None:
    """Remove the purge from the schedule."""
    apps.get_model("django_celery_beat", "PeriodicTask").objects.filter(name=LOGIN_RECORDS_PURGE_NAME).delete()
