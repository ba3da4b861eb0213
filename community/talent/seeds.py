"""What the talent pages' data migrations write, callable again: the fields of work, the editors' rights and
the periodic tasks."""

from kennispark.roles import EDITOR, grant_model_permissions

FIELDS_OF_WORK = [
    ("engineering", "Techniek en engineering", "Engineering"),
    ("ict", "ICT en software", "ICT and software"),
    ("research", "Onderzoek en ontwikkeling", "Research and development"),
    ("health", "Zorg en life sciences", "Health and life sciences"),
    ("production", "Productie en maintenance", "Production and maintenance"),
    ("data", "Data en AI", "Data and AI"),
    ("business", "Business en management", "Business and management"),
    ("sales-marketing", "Sales en marketing", "Sales and marketing"),
    ("finance", "Finance en administratie", "Finance and administration"),
    ("hr-education", "HR en onderwijs", "HR and education"),
    ("hospitality", "Horeca, sport en recreatie", "Hospitality, sport and leisure"),
]
# (name, task, hour, minute): expiry just after midnight, digests in the morning, privacy clean-up at night.
SCHEDULE = [
    ("talent: expire vacancies past their closing date", "community.talent.tasks.expire_vacancies", "0", "10"),
    ("talent: e-mail vacancy alerts", "community.talent.tasks.send_alert_digests", "7", "0"),
    ("talent: delete unconfirmed vacancy alerts", "community.talent.tasks.purge_unconfirmed_alerts", "3", "30"),
]


def fields_of_work_seed(apps, schema_editor=None) -> None:
    """Create or update the fields of work in their order."""
    field_model = apps.get_model("talent", "FieldOfWork")
    for position, (slug, name_nl, name_en) in enumerate(FIELDS_OF_WORK):
        field_model.objects.update_or_create(
            slug=slug, defaults={"name_nl": name_nl, "name_en": name_en, "position": position}
        )


def editors_grant(apps, schema_editor=None) -> None:
    """Give the editor role the permissions of the talent models."""
    grant_model_permissions(apps, schema_editor, role=EDITOR, app_label="talent")


def tasks_schedule(apps, schema_editor=None) -> None:
    """Schedule the talent pages' periodic tasks."""
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


def tasks_unschedule(apps, schema_editor=None) -> None:
    """Remove the talent pages' periodic tasks from the schedule."""
    names = [name for name, *_ in SCHEDULE]
    apps.get_model("django_celery_beat", "PeriodicTask").objects.filter(name__in=names).delete()
