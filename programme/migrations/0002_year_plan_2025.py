"""Create the project-lead and partner groups, load the 2025 year plan's 22 key projects, schedule the reminders
and let editors manage the programme board."""

from functools import partial

from django.db import migrations

from kennispark.roles import roles_create
from programme.seeds import editors_grant, reminders_schedule, reminders_unschedule, year_plan_2025_seed


class Migration(migrations.Migration):
    dependencies = [
        ("programme", "0001_initial"),
        ("monitoring", "0002_targets_schedule_permissions"),
        ("django_celery_beat", "0019_alter_periodictasks_options"),
        ("kennispark", "0002_staff_roles"),
    ]
    operations = [
        migrations.RunPython(partial(roles_create, roles=("project_lead", "partner")), migrations.RunPython.noop),
        migrations.RunPython(year_plan_2025_seed, migrations.RunPython.noop),
        migrations.RunPython(reminders_schedule, reminders_unschedule),
        migrations.RunPython(editors_grant, migrations.RunPython.noop),
    ]
