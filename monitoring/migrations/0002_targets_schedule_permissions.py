"""Seed the 2035 targets of the area strategy, schedule the nightly computation and let editors manage the monitor."""

from django.db import migrations

from monitoring.seeds import editors_grant, nightly_schedule, nightly_unschedule, targets_seed


class Migration(migrations.Migration):
    dependencies = [
        ("monitoring", "0001_initial"),
        ("django_celery_beat", "0019_alter_periodictasks_options"),
        ("kennispark", "0001_roles"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]
    operations = [
        migrations.RunPython(targets_seed, migrations.RunPython.noop),
        migrations.RunPython(nightly_schedule, nightly_unschedule),
        migrations.RunPython(editors_grant, migrations.RunPython.noop),
    ]
