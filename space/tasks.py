"""Celery tasks of the space app: thin wrappers around its e-mails and services."""

from celery import shared_task
from django.utils import timezone

from . import emails, services


@shared_task(name="space.tasks.send_enquiry_notification", acks_late=True, time_limit=60, soft_time_limit=50)
def send_enquiry_notification(enquiry_id: int) -> bool:
    """Send an enquiry about a space to its owner and the acquisition team."""
    return emails.enquiry_notification_send(enquiry_id=enquiry_id)


@shared_task(name="space.tasks.send_access_request", acks_late=True, time_limit=60, soft_time_limit=50)
def send_access_request(request_id: int) -> bool:
    """Send an access request to the facility's contact."""
    return emails.access_request_send(request_id=request_id)


@shared_task(name="space.tasks.send_access_answer", acks_late=True, time_limit=60, soft_time_limit=50)
def send_access_answer(request_id: int) -> bool:
    """Send the facility owner's answer to the requester."""
    return emails.access_answer_send(request_id=request_id)


@shared_task(name="space.tasks.send_stale_notice", acks_late=True, time_limit=120, soft_time_limit=110)
def send_stale_notice(space_ids: list[int]) -> int:
    """Ask owners to confirm their unconfirmed offers and tell the editors."""
    return emails.stale_notice_send(space_ids=space_ids)


@shared_task(name="space.tasks.flag_stale_offers", acks_late=True, time_limit=300, soft_time_limit=280)
def flag_stale_offers() -> int:
    """Flag the offers their owners have not confirmed for 90 days."""
    return services.stale_offers_flag()


@shared_task(name="space.tasks.send_match_digest", acks_late=True, time_limit=600, soft_time_limit=570)
def send_match_digest() -> int:
    """Tell the acquisition team which new matches there are since the last digest."""
    return emails.match_digest_send(today=timezone.localdate())
