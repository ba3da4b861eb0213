"""Celery tasks of impact: thin adapters around its services."""

from celery import shared_task
from django.core.cache import cache

REFRESH_QUEUED_KEY = "impact:computed-refresh-queued"


@shared_task(
    name="impact.tasks.computed_indicators_refresh",
    acks_late=True,
    soft_time_limit=4 * 60,
    time_limit=5 * 60,
)
def computed_indicators_refresh(codes: list[str] | None = None) -> dict[str, int]:
    """Recompute the computed indicators from their sources; safe to run any number of times."""
    from .services.computed import computed_indicators_refresh as refresh

    # Cleared first: a source change during the run queues a fresh run instead of being lost.
    cache.delete(REFRESH_QUEUED_KEY)
    return refresh(codes=codes)


# The arguments hold the invitation's token (only its hash is stored), so no result row may keep them.
@shared_task(
    name="impact.tasks.survey_invitation_send", acks_late=True, ignore_result=True, soft_time_limit=60, time_limit=90
)
def survey_invitation_send(invitation_id: int, token: str, language: str) -> bool:
    """Send one survey invitation with its single-use link."""
    from .services.surveys import survey_invitation_mail

    return survey_invitation_mail(invitation_id=invitation_id, token=token, language=language)
