"""E-mails of the programme board: the leads' update reminders and the editors' digest."""

import datetime

from django.conf import settings
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from kennispark.links import absolute_url
from kennispark.mail import mail_message, mail_send

from . import selectors
from .models import DigestDelivery, ReminderDelivery, ReminderKind


def update_reminders_send(*, today: datetime.date) -> int:
    """E-mail each lead once per due and once per overdue update; return how many were sent."""
    sent = 0
    for reminder in selectors.reminders_due(today=today):
        kind = ReminderKind.OVERDUE if reminder.overdue else ReminderKind.DUE
        try:
            # The delivery row and the e-mail stand or fall together: a second run (or a retry) finds the row and
            # skips, and a failed send leaves no row, so the next run tries again.
            with transaction.atomic():
                ReminderDelivery.objects.create(
                    user=reminder.user, project=reminder.project, quarter=reminder.quarter.code, kind=kind
                )
                _reminder_send(reminder)
        except IntegrityError:
            continue
        sent += 1
    return sent


def _reminder_send(reminder: selectors.Reminder) -> None:
    with translation.override(settings.LANGUAGE_CODE):
        context = {
            "reminder": reminder,
            "project": reminder.project,
            "quarter": str(reminder.quarter),
            "deadline": reminder.quarter.last_day,
            "url": absolute_url(reverse("programme:update_create", args=[reminder.project.pk])),
        }
        subject = render_to_string("programme/email/reminder_subject.txt", context).strip()
        body = render_to_string("programme/email/reminder_body.txt", context)
    mail_send(mail_message(to=[reminder.user.email], subject=subject, body=body))


def editors_digest_send(*, today: datetime.date) -> bool:
    """Send the editors one digest a day of missing updates and of projects that turned at risk or late."""
    content = selectors.digest_content(today=today)
    if not content["missing"] and not content["turned"]:
        return False
    try:
        with transaction.atomic():
            DigestDelivery.objects.create(sent_on=today)
            with translation.override(settings.LANGUAGE_CODE):
                context = {**content, "today": today, "url": absolute_url(reverse("programme:inbox"))}
                subject = render_to_string("programme/email/digest_subject.txt", context).strip()
                body = render_to_string("programme/email/digest_body.txt", context)
            mail_send(mail_message(to=[settings.EDITORS_EMAIL], subject=subject, body=body))
    except IntegrityError:
        return False
    return True
