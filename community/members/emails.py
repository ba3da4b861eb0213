"""The e-mails to members, each rendered in the member's language."""

from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from kennispark.links import absolute_url
from kennispark.mail import mail_message

from .models import Member
from .tokens import confirmation_path_args


def _message(*, member: Member, subject: str, template: str, context: dict, headers=None) -> EmailMultiAlternatives:
    context = {"member": member, "agenda_url": absolute_url(reverse("members:agenda")), **context}
    body = render_to_string(f"members/emails/{template}.txt", context)
    return mail_message(to=[member.user.email], subject=subject, body=body, headers=headers)


def confirmation_message(member: Member) -> EmailMultiAlternatives:
    """Return the e-mail with the link that confirms a new member's address."""
    with translation.override(member.language):
        url = absolute_url(reverse("members:confirm", kwargs=confirmation_path_args(member.user)))
        return _message(
            member=member,
            subject=_("Confirm your e-mail address for the Kennispark community"),
            template="confirm",
            context={"url": url},
        )


def account_exists_message(member: Member) -> EmailMultiAlternatives:
    """Return the e-mail telling someone who signed up again that they already have an account."""
    with translation.override(member.language):
        context = {"login_url": absolute_url(reverse("login")), "reset_url": absolute_url(reverse("password_reset"))}
        return _message(
            member=member, subject=_("You already have a Kennispark account"), template="exists", context=context
        )


def unsubscribe_url(member: Member) -> str:
    """Return the one-click link that stops the member's digest."""
    return absolute_url(reverse("members:unsubscribe", kwargs={"token": member.unsubscribe_token}))


def digest_message(member: Member, items: dict) -> EmailMultiAlternatives:
    """Return a member's digest of new events and vacancies, with a List-Unsubscribe header."""
    with translation.override(member.language):
        url = unsubscribe_url(member)
        headers = {"List-Unsubscribe": f"<{url}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}
        context = {
            **items,
            "unsubscribe_url": url,
            "event_urls": {event.pk: absolute_url(event.get_absolute_url()) for event in items["events"]},
            "vacancy_urls": {v.pk: absolute_url(v.get_absolute_url()) for v in items["vacancies"]},
            "frequency": member.get_digest_frequency_display(),
        }
        return _message(
            member=member,
            subject=_("New on Kennispark for you"),
            template="digest",
            context=context,
            headers=headers,
        )


def event_changed_message(member: Member, event, change: str) -> EmailMultiAlternatives:
    """Return the e-mail telling a member that an event they registered for or saved was moved or cancelled."""
    with translation.override(member.language):
        subject = (_("Cancelled: %(title)s") if change == "cancelled" else _("New date or place: %(title)s")) % {
            "title": event.title
        }
        context = {"event": event, "change": change, "event_url": absolute_url(event.get_absolute_url())}
        return _message(member=member, subject=subject, template="event_changed", context=context)


def reminder_message(member: Member, occurrence) -> EmailMultiAlternatives:
    """Return the reminder the day before an event the member registered for."""
    with translation.override(member.language):
        event = occurrence.event
        context = {"occurrence": occurrence, "event": event, "event_url": absolute_url(event.get_absolute_url())}
        subject = _("Tomorrow: %(title)s") % {"title": event.title}
        return _message(member=member, subject=subject, template="reminder", context=context)
