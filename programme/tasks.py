"""Celery tasks of the programme board: thin wrappers around the e-mail services."""

from celery import shared_task
from django.utils import timezone

from . import emails


@shared_task(name="programme.tasks.send_update_reminders", acks_late=True, time_limit=600, soft_time_limit=570)
def send_update_reminders() -> dict[str, int]:
    """Remind leads of due and overdue updates and send the editors' digest (run on weekday mornings by beat)."""
    today = timezone.localdate()
    reminders = emails.update_reminders_send(today=today)
    digest = emails.editors_digest_send(today=today)
    return {"reminders": reminders, "digests": int(digest)}
