from django.db import migrations

from crm.seeds import digest_schedule, digest_unschedule, pipeline_seed


def load(apps, schema_editor):
    pipeline_seed(apps)
    digest_schedule(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("crm", "0001_initial"),
        ("django_celery_beat", "0019_alter_periodictasks_options"),
    ]
    operations = [
        migrations.RunPython(load, digest_unschedule),
    ]
