"""E-mails members get at once: an event they registered for or saved moved or was cancelled, and reminders."""

import datetime

from django.db import IntegrityError, transaction
from django.utils import timezone

from community.events.models import Event, Registration, RegistrationStatus
from community.events.recurrence import expand
from kennispark.mail import mail_send_each
from kennispark.outbox import task_enqueue

from .emails import event_changed_message, reminder_message
from .models import EventReminder, Member
from .selectors import members_following_event


def event_changed_hook(*, event_id: int, change: str) -> None:
    """Queue the e-mails about a moved or cancelled event (registered in AppConfig.ready as the calendar's hook)."""
    from .tasks import notify_event_changed

    task_enqueue(notify_event_changed, event_id, change)


def event_changed_notify(*, event_id: int, change: str) -> int:
    """E-mail the members who registered for or saved an event that it was moved or cancelled; return how many."""
    event = Event.objects.with_related().filter(pk=event_id).first()
    if event is None:
        return 0
    members = members_following_event(event_id=event_id)
    if change == "cancelled":
        # Registrants already get the calendar's own cancellation e-mail; members who only saved it do not.
        registered = event.registrations.exclude(status=RegistrationStatus.CANCELLED).values("user_id")
        members = members.exclude(user_id__in=registered)
    return sum(mail_send_each(*(event_changed_message(member, event, change) for member in members)))


def reminders_send(*, now: datetime.datetime | None = None) -> int:
    """Remind members of the events they registered for that start tomorrow; a second run sends nothing."""
    now = now or timezone.now()
    tomorrow = timezone.localtime(now).date() + datetime.timedelta(days=1)
    start = timezone.make_aware(datetime.datetime.combine(tomorrow, datetime.time.min))
    end = start + datetime.timedelta(days=1)
    events = Event.objects.public().filter(pk__in=Registration.objects.filter(user__isnull=False).values("event_id"))
    events = events.overlapping(start, end)
    sent = 0
    for occurrence in expand(events.with_related(), start, end):
        if occurrence.starts_at < start:
            continue
        registered = occurrence.event.registrations.registered().values("user_id")
        members = Member.objects.filter(user_id__in=registered, user__is_active=True).select_related("user")
        for member in members:
            try:
                with transaction.atomic():
                    EventReminder.objects.create(member=member, event=occurrence.event, starts_at=occurrence.starts_at)
                    if mail_send_each(reminder_message(member, occurrence)) == [True]:
                        sent += 1
                    else:
                        transaction.set_rollback(True)  # not sent: try again on the next run
            except IntegrityError:
                continue  # reminded already
    return sent
