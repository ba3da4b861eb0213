"""What the monitor's data migrations write, callable again: the 2035 targets of the area strategy, the nightly
computation and the editors' rights."""

from kennispark.roles import EDITOR, grant_model_permissions
from kennispark.schedules import periodic_task_schedule, periodic_task_unschedule

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
NIGHTLY_TASK_NAME = "Compute the monitor snapshot (nightly)"
NIGHTLY_TASK = "monitoring.tasks.compute_monitor_snapshot"
EDITOR_CODENAMES = [
    "view_monitorsnapshot",
    "view_monitorfigure",
    "add_referencetotal",
    "change_referencetotal",
    "delete_referencetotal",
    "view_referencetotal",
    "add_target",
    "change_target",
    "view_target",
]


def targets_seed(apps, schema_editor=None) -> None:
    """Create the strategy's targets that are missing; editors' changes to existing ones stay."""
    target_model = apps.get_model("monitoring", "Target")
    for position, target in enumerate(TARGETS):
        defaults = {**target, "source": STRATEGY, "position": position}
        target_model.objects.get_or_create(indicator=target["indicator"], defaults=defaults)


def nightly_schedule(apps, schema_editor=None) -> None:
    """Schedule the monitor's computation every night at 2:30."""
    periodic_task_schedule(apps, name=NIGHTLY_TASK_NAME, task=NIGHTLY_TASK, cron="30 2 *")


def nightly_unschedule(apps, schema_editor=None) -> None:
    """Remove the nightly computation from the schedule."""
    periodic_task_unschedule(apps, NIGHTLY_TASK_NAME)


def editors_grant(apps, schema_editor=None) -> None:
    """Let editors read the snapshots and manage the reference totals and targets."""
    grant_model_permissions(apps, schema_editor, role=EDITOR, app_label="monitoring", codenames=EDITOR_CODENAMES)
