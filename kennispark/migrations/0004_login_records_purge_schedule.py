"""Purge failed-login records (usernames people tried, addresses) daily, like other personal data."""

from django.db import migrations

from kennispark.seeds import login_records_purge_schedule, login_records_purge_unschedule


class Migration(migrations.Migration):
    dependencies = [
        ("kennispark", "0003_task_outbox"),
        ("django_celery_beat", "0019_alter_periodictasks_options"),
    ]

    operations = [migrations.RunPython(login_records_purge_schedule, login_records_purge_unschedule)]
