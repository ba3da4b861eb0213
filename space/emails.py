"""E-mails of the space app: enquiries, access requests and answers, unconfirmed offers and the match digest."""

import datetime
from collections import defaultdict

from django.conf import settings
from django.contrib.auth.models import User
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from kennispark.links import absolute_url
from kennispark.mail import mail_message, mail_send
from kennispark.roles import EDITOR

from .matching import Demand, spaces_fitting
from .models import AccessRequest, Enquiry, MatchNotice, Space
from .selectors import open_demands


def _render(template: str, context: dict) -> tuple[str, str]:
    with translation.override(settings.LANGUAGE_CODE):
        subject = render_to_string(f"space/email/{template}_subject.txt", context).strip()
        body = render_to_string(f"space/email/{template}_body.txt", context)
    return subject, body


def enquiry_notification_send(*, enquiry_id: int) -> bool:
    """Send an enquiry to the space's owner and tell the acquisition team where it is in the CRM."""
    enquiry = Enquiry.objects.select_related("space__building__owner", "lead").filter(pk=enquiry_id).first()
    if enquiry is None:
        return False
    messages = []
    owner = enquiry.space.building.owner
    if owner.email:
        subject, body = _render(
            "enquiry_owner", {"enquiry": enquiry, "url": absolute_url(reverse("space:my_enquiries"))}
        )
        messages.append(mail_message(to=[owner.email], subject=subject, body=body, headers={"Reply-To": enquiry.email}))
    lead_url = absolute_url(enquiry.lead.get_absolute_url()) if enquiry.lead else ""
    subject, body = _render("enquiry_team", {"enquiry": enquiry, "lead_url": lead_url})
    messages.append(mail_message(to=[settings.ACQUISITION_TEAM_EMAIL], subject=subject, body=body))
    mail_send(*messages)
    return True


def access_request_send(*, request_id: int) -> bool:
    """Send an access request to the facility's contact."""
    request = AccessRequest.objects.select_related("facility").filter(pk=request_id).first()
    if request is None:
        return False
    context = {"request": request, "url": absolute_url(reverse("facilities:requests", args=[request.facility.pk]))}
    subject, body = _render("access_request", context)
    message = mail_message(to=[request.facility.contact_email], subject=subject, body=body)
    message.reply_to = [request.email]
    mail_send(message)
    return True


def access_answer_send(*, request_id: int) -> bool:
    """Tell the requester whether they may use the facility."""
    request = AccessRequest.objects.select_related("facility").filter(pk=request_id).first()
    if request is None or request.status == "pending":
        return False
    subject, body = _render("access_answer", {"request": request})
    message = mail_message(to=[request.email], subject=subject, body=body)
    message.reply_to = [request.facility.contact_email]
    mail_send(message)
    return True


def stale_notice_send(*, space_ids: list[int]) -> int:
    """Ask each owner to confirm their flagged offers and tell the editors which offers are unconfirmed."""
    spaces = list(Space.objects.filter(pk__in=space_ids).select_related("building__owner"))
    per_owner: dict[User, list[Space]] = defaultdict(list)
    for space in spaces:
        per_owner[space.building.owner].append(space)
    messages = []
    for owner, owned in per_owner.items():
        if owner.email:
            context = {"spaces": owned, "url": absolute_url(reverse("space:my_buildings"))}
            subject, body = _render("stale_owner", context)
            messages.append(mail_message(to=[owner.email], subject=subject, body=body))
    if spaces:
        editors = list(
            User.objects.filter(groups__name=EDITOR, is_active=True).exclude(email="").values_list("email", flat=True)
        )
        subject, body = _render("stale_editors", {"spaces": spaces})
        messages.append(mail_message(to=editors or [settings.EDITORS_EMAIL], subject=subject, body=body))
    return mail_send(*messages)


def new_matches_find() -> list[tuple[Space, Demand]]:
    """Return the (space, demand) pairs that fit and that no digest has named yet."""
    noticed = set(MatchNotice.objects.values_list("space_id", "question_id", "need_id"))
    public = Space.objects.public().select_related("building")
    found = []
    for demand in open_demands():
        for space in spaces_fitting(public, demand):
            if (space.pk, demand.question_id, demand.need_id) not in noticed:
                found.append((space, demand))
    return found


def match_digest_send(*, today: datetime.date) -> int:
    """Send the acquisition team one e-mail naming each new match once; return how many matches it named."""
    found = new_matches_find()
    if not found:
        return 0
    with transaction.atomic():
        MatchNotice.objects.bulk_create(
            [
                MatchNotice(space=space, question_id=demand.question_id, need_id=demand.need_id, sent_on=today)
                for space, demand in found
            ],
            ignore_conflicts=True,
        )
        context = {
            "matches": [
                {"space": space, "demand": demand, "url": absolute_url(space.get_absolute_url())}
                for space, demand in found
            ],
            "overview_url": absolute_url(reverse("space:demand")),
        }
        subject, body = _render("digest", context)
        mail_send(mail_message(to=[settings.ACQUISITION_TEAM_EMAIL], subject=subject, body=body))
    return len(found)
