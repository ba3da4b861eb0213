"""What impact adds to the apps below it, registered at start-up: the lower apps never import impact.

A change to a source of a computed indicator (a monitor snapshot, an event, a registration, a lead, a space,
an approved subsidy or a survey answer) queues one recomputation after the commit; a burst of changes queues one.
"""

from django.apps import apps
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save

# A burst of saves within a minute queues one run; the task clears the mark when it starts (with a shared cache).
QUEUED_FOR_SECONDS = 60
SOURCE_MODELS = (
    "monitoring.MonitorSnapshot",
    "events.Event",
    "events.Registration",
    "crm.Lead",
    "space.Space",
    "impact.Subsidy",
    "impact.SurveyResponse",
)


def computed_refresh_queue(**_kwargs) -> None:
    """Queue one recomputation of the computed indicators (the outbox sends it once the transaction commits)."""
    _enqueue()


def _enqueue() -> None:
    from kennispark.outbox import task_enqueue

    from .tasks import REFRESH_QUEUED_KEY, computed_indicators_refresh

    if cache.add(REFRESH_QUEUED_KEY, True, timeout=QUEUED_FOR_SECONDS):
        # Through the outbox: a broker that is down delays the recomputation, it never fails the change.
        task_enqueue(computed_indicators_refresh)


def register() -> None:
    """Listen to the computed indicators' sources and add impact's section to the programme board's project page."""
    for label in SOURCE_MODELS:
        try:
            model = apps.get_model(label)
        except LookupError:
            continue
        post_save.connect(computed_refresh_queue, sender=model, dispatch_uid=f"impact-refresh-{label}")
        post_delete.connect(computed_refresh_queue, sender=model, dispatch_uid=f"impact-refresh-{label}-delete")
    if apps.is_installed("programme"):
        from .project_section import register_project_section

        register_project_section()
