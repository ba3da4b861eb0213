from django.db import migrations

from space.seeds import property_owner_role_create, space_schedule, space_unschedule


def load(apps, schema_editor):
    property_owner_role_create(apps, schema_editor)
    space_schedule(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("space", "0001_initial"),
        ("django_celery_beat", "0019_alter_periodictasks_options"),
    ]
    operations = [
        migrations.RunPython(load, space_unschedule),
    ]
