"""What the talent pages' data migrations write, callable again: the fields of work, the editors' rights and
the periodic tasks."""

from kennispark.roles import EDITOR, grant_model_permissions
from kennispark.schedules import periodic_task_schedule, periodic_task_unschedule

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
    for name, task, hour, minute in SCHEDULE:
        periodic_task_schedule(apps, name=name, task=task, cron=f"{minute} {hour} *")


def tasks_unschedule(apps, schema_editor=None) -> None:
    """Remove the talent pages' periodic tasks from the schedule."""
    periodic_task_unschedule(apps, *(name for name, *_ in SCHEDULE))
