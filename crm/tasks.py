"""Celery tasks of the CRM: thin wrappers around the e-mail services."""

from celery import shared_task
from django.utils import timezone

from . import emails


@shared_task(name="crm.tasks.send_inbound_notification", acks_late=True, time_limit=60, soft_time_limit=50)
def send_inbound_notification(lead_id: int) -> bool:
    """Notify the acquisition team of a lead from the website form."""
    return emails.inbound_notification_send(lead_id=lead_id)


@shared_task(name="crm.tasks.send_follow_up_digests", acks_late=True, time_limit=600, soft_time_limit=570)
def send_follow_up_digests() -> int:
    """Send today's follow-up digest to every assignee with overdue or due follow-ups."""
    return emails.follow_up_digests_send(today=timezone.localdate())
