from django.db import migrations

from impact import seeds


def forwards(apps, schema_editor):
    seeds.indicators_seed(apps, schema_editor)
    seeds.nightly_schedule(apps, schema_editor)
    seeds.editors_grant(apps, schema_editor)


def backwards(apps, schema_editor):
    seeds.nightly_unschedule(apps, schema_editor)


class Migration(migrations.Migration):
    dependencies = [
        ("impact", "0001_initial"),
        ("monitoring", "0002_targets_schedule_permissions"),
        ("django_celery_beat", "0019_alter_periodictasks_options"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
