"""Seed the 2035 targets of the area strategy, schedule the nightly computation and let editors manage the monitor."""

from django.db import migrations

from kennispark.roles import EDITOR, grant_model_permissions

STRATEGY = "Gebiedsstrategie Kennispark Twente 2026–2035"
TARGETS = [
    {"indicator": "jobs", "target_value": 16500, "target_year": 2035, "baseline_year": 2024, "baseline_value": 12730,
     "note": "+30% (inclusief de Universiteit Twente)"},
    {"indicator": "establishments", "target_value": 700, "target_year": 2035, "baseline_year": 2024,
     "baseline_value": 483, "note": ""},
    {"indicator": "knowledge_intensive", "target_value": 300, "target_year": 2035, "baseline_year": 2024,
     "baseline_value": 180, "note": "van 37% naar 43% van alle vestigingen"},
    {"indicator": "startups", "target_value": 20, "target_year": 2035, "baseline_year": 2025, "baseline_value": None,
     "note": "gemiddeld per jaar"},
    {"indicator": "spinoffs", "target_value": 10, "target_year": 2035, "baseline_year": 2025, "baseline_value": None,
     "note": "van de 20 start-ups per jaar"},
    {"indicator": "rd_branches", "target_value": 5, "target_year": 2035, "baseline_year": 2025, "baseline_value": 0,
     "note": "nieuwe R&D-dependances van grote (inter)nationale spelers"},
]  # fmt: skip
TASK_NAME = "Compute the monitor snapshot (nightly)"
TASK = "monitoring.tasks.compute_monitor_snapshot"


def seed_targets(apps, schema_editor):
    target_model = apps.get_model("monitoring", "Target")
    for position, target in enumerate(TARGETS):
        defaults = {**target, "source": STRATEGY, "position": position}
        target_model.objects.get_or_create(indicator=target["indicator"], defaults=defaults)


def schedule_nightly(apps, schema_editor):
    crontab_model = apps.get_model("django_celery_beat", "CrontabSchedule")
    task_model = apps.get_model("django_celery_beat", "PeriodicTask")
    schedule, _ = crontab_model.objects.get_or_create(
        minute="30", hour="2", day_of_week="*", day_of_month="*", month_of_year="*", timezone="Europe/Amsterdam"
    )
    task_model.objects.update_or_create(
        name=TASK_NAME, defaults={"task": TASK, "crontab": schedule, "enabled": True, "args": "[]", "kwargs": "{}"}
    )


def unschedule_nightly(apps, schema_editor):
    apps.get_model("django_celery_beat", "PeriodicTask").objects.filter(name=TASK_NAME).delete()


def grant_editors(apps, schema_editor):
    app_config = apps.get_app_config("monitoring")
    # Migration-state app configs lack models_module, which grant_model_permissions reads.
    if not hasattr(app_config, "models_module"):
        app_config.models_module = None
    grant_model_permissions(
        apps,
        schema_editor,
        role=EDITOR,
        app_label="monitoring",
        codenames=[
            "view_monitorsnapshot",
            "view_monitorfigure",
            "add_referencetotal",
            "change_referencetotal",
            "delete_referencetotal",
            "view_referencetotal",
            "add_target",
            "change_target",
            "view_target",
        ],
    )


class Migration(migrations.Migration):
    dependencies = [
        ("monitoring", "0001_initial"),
        ("django_celery_beat", "0019_alter_periodictasks_options"),
        ("kennispark", "0001_roles"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]
    operations = [
        migrations.RunPython(seed_targets, migrations.RunPython.noop),
        migrations.RunPython(schedule_nightly, unschedule_nightly),
        migrations.RunPython(grant_editors, migrations.RunPython.noop),
    ]
