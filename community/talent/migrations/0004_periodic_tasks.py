from django.db import migrations

from community.talent.seeds import tasks_schedule, tasks_unschedule


class Migration(migrations.Migration):
    dependencies = [("talent", "0003_editor_permissions"), ("django_celery_beat", "0019_alter_periodictasks_options")]

    operations = [migrations.RunPython(tasks_schedule, tasks_unschedule)]
