from django.db import migrations

PROBABILITIES = {
    "new": 5,
    "contacted": 10,
    "qualified": 25,
    "site_visit": 40,
    "proposal": 70,
    "won": 100,
    "lost": 0,
    "on_hold": 5,
}
LOST_REASONS = [
    ("Geen geschikte ruimte beschikbaar", "No suitable space available"),
    ("Te duur", "Too expensive"),
    ("Gekozen voor andere locatie", "Chose another location"),
    ("Plannen uitgesteld of geannuleerd", "Plans postponed or cancelled"),
    ("Netcongestie / energie", "Grid congestion / energy"),
    ("Past niet bij het profiel van Kennispark", "Does not fit the Kennispark profile"),
    ("Geen reactie meer", "No longer responding"),
    ("Anders", "Other"),
]
DIGEST_TASK = "crm: daily follow-up digest"


def load(apps, schema_editor):
    stage = apps.get_model("crm", "Stage")
    for code, probability in PROBABILITIES.items():
        stage.objects.get_or_create(code=code, defaults={"probability": probability})
    reason = apps.get_model("crm", "LostReason")
    for position, (name_nl, name_en) in enumerate(LOST_REASONS):
        reason.objects.get_or_create(name_nl=name_nl, defaults={"name_en": name_en, "position": position})
    crontab = apps.get_model("django_celery_beat", "CrontabSchedule")
    periodic = apps.get_model("django_celery_beat", "PeriodicTask")
    schedule, _ = crontab.objects.get_or_create(
        minute="0", hour="7", day_of_week="1-5", day_of_month="*", month_of_year="*", timezone="Europe/Amsterdam"
    )
    periodic.objects.update_or_create(
        name=DIGEST_TASK,
        defaults={"task": "crm.tasks.send_follow_up_digests", "crontab": schedule, "enabled": True},
    )


def unload(apps, schema_editor):
    apps.get_model("django_celery_beat", "PeriodicTask").objects.filter(name=DIGEST_TASK).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("crm", "0001_initial"),
        ("django_celery_beat", "0019_alter_periodictasks_options"),
    ]
    operations = [
        migrations.RunPython(load, unload),
    ]
