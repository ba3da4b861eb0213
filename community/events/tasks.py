"""Celery tasks of the events calendar: thin adapters around the e-mails and services."""

from celery import shared_task

from . import emails, services

REGISTRATION_MAILS = {"registration", "promoted", "event_cancelled"}


@shared_task(name="community.events.tasks.send_event_mail", acks_late=True, time_limit=60, soft_time_limit=50)
def send_event_mail(kind: str, pk: int) -> None:
    """Send one e-mail of the calendar: to a registrant (registration pk) or about an event (event pk)."""
    if kind in REGISTRATION_MAILS:
        emails.send_registration_mail(kind, pk)
    else:
        emails.send_review_mail(kind, pk)


@shared_task(
    name="community.events.tasks.purge_attendee_personal_data", acks_late=True, time_limit=300, soft_time_limit=280
)
def purge_attendee_personal_data() -> int:
    """Blank the personal data of registrations a set time after their event (run daily by beat)."""
    return services.registrations_purge()
