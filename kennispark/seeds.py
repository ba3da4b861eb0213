"""What the portal's own data migrations write, callable again: the daily purge of login records."""

from django.apps.registry import Apps
from django.db.backends.base.schema import BaseDatabaseSchemaEditor

from .schedules import periodic_task_schedule, periodic_task_unschedule

LOGIN_RECORDS_PURGE_NAME = "kennispark: purge login records"


def login_records_purge_schedule(apps: Apps, schema_editor: BaseDatabaseSchemaEditor | None = None) -> None:
    """Schedule the purge of failed-login attempts and login logs every night at 3:45."""
    periodic_task_schedule(
        apps, name=LOGIN_RECORDS_PURGE_NAME, task="kennispark.tasks.purge_login_records", cron="45 3 *"
    )


def login_records_purge_unschedule(apps: Apps, schema_editor: BaseDatabaseSchemaEditor | None = None) -> None:
    """Remove the purge from the schedule."""
    periodic_task_unschedule(apps, LOGIN_RECORDS_PURGE_NAME)
