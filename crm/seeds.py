"""What the CRM's data migrations write, callable again: the pipeline's stages, the lost reasons and the
daily follow-up digest."""

from kennispark.schedules import periodic_task_schedule, periodic_task_unschedule

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


def pipeline_seed(apps, schema_editor=None) -> None:
    """Create the missing stages with their default probability and the missing lost reasons."""
    stage = apps.get_model("crm", "Stage")
    for code, probability in PROBABILITIES.items():
        stage.objects.get_or_create(code=code, defaults={"probability": probability})
    reason = apps.get_model("crm", "LostReason")
    for position, (name_nl, name_en) in enumerate(LOST_REASONS):
        reason.objects.get_or_create(name_nl=name_nl, defaults={"name_en": name_en, "position": position})


def digest_schedule(apps, schema_editor=None) -> None:
    """Schedule the follow-up digest on weekday mornings at 7."""
    periodic_task_schedule(apps, name=DIGEST_TASK, task="crm.tasks.send_follow_up_digests", cron="0 7 1-5")


def digest_unschedule(apps, schema_editor=None) -> None:
    """Remove the follow-up digest from the schedule."""
    periodic_task_unschedule(apps, DIGEST_TASK)
