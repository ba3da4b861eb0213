"""Celery tasks of the community members: thin adapters around the e-mails and services."""

from celery import shared_task

from kennispark.mail import mail_send

from . import digests, emails, notifications
from .models import Member

MEMBER_MAILS = {"confirm": emails.confirmation_message, "exists": emails.account_exists_message}


@shared_task(name="community.members.tasks.send_member_mail", acks_late=True, time_limit=60, soft_time_limit=50)
def send_member_mail(kind: str, member_id: int) -> None:
    """Send a member the confirmation link, or the notice that they already have an account."""
    member = Member.objects.select_related("user").filter(pk=member_id).first()
    if member is not None and not (kind == "confirm" and member.confirmed_at):
        mail_send(MEMBER_MAILS[kind](member))


@shared_task(name="community.members.tasks.send_digests", acks_late=True, time_limit=30 * 60, soft_time_limit=28 * 60)
def send_digests(frequency: str) -> int:
    """E-mail the members of this frequency (daily or weekly) who are due what is new for them."""
    return digests.digests_send(frequency=frequency)


@shared_task(
    name="community.members.tasks.notify_event_changed", acks_late=True, time_limit=10 * 60, soft_time_limit=9 * 60
)
def notify_event_changed(event_id: int, change: str) -> int:
    """E-mail the members concerned that an event was moved or cancelled."""
    return notifications.event_changed_notify(event_id=event_id, change=change)


@shared_task(name="community.members.tasks.send_reminders", acks_late=True, time_limit=10 * 60, soft_time_limit=9 * 60)
def send_reminders() -> int:
    """Remind members of tomorrow's events they registered for (run daily by beat)."""
    return notifications.reminders_send()
