"""The e-mails of the events calendar, each rendered in its recipient's language."""

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from kennispark.links import absolute_url
from kennispark.mail import mail_message, mail_send

from .ical import calendar_for
from .models import Event, Registration, RegistrationStatus
from .recurrence import Occurrence, occurrence_at
from .selectors import registration_waiting_position
from .services import registration_manage_token

ICS_TYPE = "text/calendar; charset=utf-8; method=PUBLISH"


def _send(
    *,
    subject: str,
    template: str,
    context: dict,
    to: list[str],
    event: Event | None = None,
    occurrence: Occurrence | None = None,
) -> None:
    body = render_to_string(f"events/emails/{template}.txt", context)
    attachments = []
    if event is not None:
        attachments.append(("event.ics", calendar_for([event], name=event.title, occurrence=occurrence), ICS_TYPE))
    mail_send(mail_message(to=to, subject=subject, body=body, attachments=attachments))


def send_registration_mail(kind: str, registration_id: int) -> None:
    """Send a registrant the confirmation, waiting-list, promotion or cancellation e-mail."""
    registration = Registration.objects.select_related("event", "event__venue").filter(pk=registration_id).first()
    if registration is None or registration.anonymised_at:
        return
    event = registration.event
    occurrence = occurrence_at(event, registration.occurrence_start)
    token = registration_manage_token(registration=registration)
    with translation.override(registration.language):
        waiting = kind == "registration" and registration.status == RegistrationStatus.WAITING
        subjects = {
            "registration": _("You are on the waiting list: %(title)s")
            if waiting
            else _("You are registered: %(title)s"),
            "promoted": _("A place has become free: you are registered for %(title)s"),
            "event_cancelled": _("Cancelled: %(title)s"),
        }
        context = {
            "registration": registration,
            "event": event,
            "kind": kind,
            "waiting": waiting,
            "occurrence": occurrence,
            "position": registration_waiting_position(registration=registration) if waiting else None,
            "event_url": absolute_url(event.get_absolute_url()),
            "manage_url": absolute_url(reverse("events:registration_manage", kwargs={"token": token})),
        }
        _send(
            subject=subjects[kind] % {"title": event.title},
            template=kind,
            context=context,
            to=[registration.email],
            # A waiting-list place is not a date in the calendar yet; a cancelled event's .ics tells calendars.
            event=None if waiting else event,
            occurrence=occurrence,
        )


def send_review_mail(kind: str, event_id: int) -> None:
    """Tell the editors of a submission, or the organiser of an approval or rejection."""
    event = Event.objects.select_related("submitted_by", "organiser_establishment").filter(pk=event_id).first()
    if event is None:
        return
    with translation.override(settings.LANGUAGE_CODE):
        context = {
            "event": event,
            "occurrence": occurrence_at(event, None),
            "event_url": absolute_url(event.get_absolute_url()),
        }
        if kind == "submitted":
            context["review_url"] = absolute_url(reverse("events:review", kwargs={"pk": event.pk}))
            subject = _("Event to review: %(title)s") % {"title": event.title}
            _send(subject=subject, template="submitted", context=context, to=[settings.EDITORS_EMAIL])
            return
        recipients = _organiser_addresses(event)
        if not recipients:
            return
        context["edit_url"] = absolute_url(reverse("events:edit", kwargs={"pk": event.pk}))
        subjects = {
            "approved": _("Your event is published: %(title)s"),
            "rejected": _("Your event was not published: %(title)s"),
        }
        _send(subject=subjects[kind] % {"title": event.title}, template=kind, context=context, to=recipients)


def _organiser_addresses(event: Event) -> list[str]:
    if event.submitted_by and event.submitted_by.email:
        return [event.submitted_by.email]
    if event.organiser_establishment and event.organiser_establishment.contact_email:
        return [event.organiser_establishment.contact_email]
    return []
