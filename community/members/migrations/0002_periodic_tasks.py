from django.db import migrations

from community.members.seeds import tasks_schedule, tasks_unschedule


class Migration(migrations.Migration):
    dependencies = [("members", "0001_initial"), ("django_celery_beat", "0019_alter_periodictasks_options")]

    operations = [migrations.RunPython(tasks_schedule, tasks_unschedule)]
