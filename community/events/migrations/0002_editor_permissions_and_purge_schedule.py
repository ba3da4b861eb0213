"""Let editors manage the calendar in the admin, and purge attendees' personal data daily."""

from django.db import migrations

from community.events.seeds import editors_grant, purge_schedule, purge_unschedule


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0001_initial"),
        ("kennispark", "0001_roles"),
        ("django_celery_beat", "0019_alter_periodictasks_options"),
    ]

    operations = [
        migrations.RunPython(editors_grant, migrations.RunPython.noop),
        migrations.RunPython(purge_schedule, purge_unschedule),
    ]
