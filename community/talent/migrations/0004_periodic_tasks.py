from django.db import migrations

# (name, task, hour, minute): expiry just after midnight, digests in the morning, privacy clean-up at night.
SCHEDULE = [
    ("talent: expire vacancies past their closing date", "community.talent.tasks.expire_vacancies", "0", "10"),
    ("talent: e-mail vacancy alerts", "community.talent.tasks.send_alert_digests", "7", "0"),
    ("talent: delete unconfirmed vacancy alerts", "community.talent.tasks.purge_unconfirmed_alerts", "3", "30"),
]


def create_periodic_tasks(apps, schema_editor):
    crontab_model = apps.get_model("django_celery_beat", "CrontabSchedule")
    task_model = apps.get_model("django_celery_beat", "PeriodicTask")
    for name, task, hour, minute in SCHEDULE:
        when = {
            "minute": minute,
            "hour": hour,
            "day_of_week": "*",
            "day_of_month": "*",
            "month_of_year": "*",
            "timezone": "Europe/Amsterdam",
        }
        # Other apps may have created the same schedule already; share it rather than duplicate it.
        crontab = crontab_model.objects.filter(**when).first() or crontab_model.objects.create(**when)
        task_model.objects.update_or_create(name=name, defaults={"task": task, "crontab": crontab, "enabled": True})


def delete_periodic_tasks(apps, schema_editor):
    task_model = apps.get_model("django_celery_beat", "PeriodicTask")
    task_model.objects.filter(name__in=[name for name, *_ in SCHEDULE]).delete()


class Migration(migrations.Migration):
    dependencies = [("talent", "0003_editor_permissions"), ("django_celery_beat", "0019_alter_periodictasks_options")]

    operations = [migrations.RunPython(create_periodic_tasks, delete_periodic_tasks)]
