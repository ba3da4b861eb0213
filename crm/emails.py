"""E-mails of the CRM: the inbound-lead notification and the daily follow-up digest."""

import datetime
from collections import defaultdict

from django.conf import settings
from django.contrib.auth.models import User
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from kennispark.links import absolute_url
from kennispark.mail import mail_message, mail_send

from .models import DigestDelivery, FollowUp, Lead


def inbound_notification_send(*, lead_id: int) -> bool:
    """Tell the acquisition team about a lead from the website form (no contact details in the mail)."""
    lead = Lead.objects.filter(pk=lead_id).first()
    if lead is None:
        return False
    with translation.override(settings.LANGUAGE_CODE):
        context = {"lead": lead, "url": absolute_url(reverse("crm:lead_detail", kwargs={"pk": lead.pk}))}
        subject = render_to_string("crm/email/inbound_subject.txt", context).strip()
        body = render_to_string("crm/email/inbound_body.txt", context)
    mail_send(mail_message(to=[settings.ACQUISITION_TEAM_EMAIL], subject=subject, body=body))
    return True


def follow_up_digest_rows(*, today: datetime.date) -> dict[User, dict[str, list[FollowUp]]]:
    """Return the open follow-ups per assignee, split into overdue and due today."""
    follow_ups = (
        FollowUp.objects.filter(
            done_at__isnull=True, due_on__lte=today, assignee__isnull=False, assignee__is_active=True
        )
        .exclude(assignee__email="")
        .select_related("lead", "assignee")
        .order_by("assignee_id", "due_on", "pk")
    )
    digests: dict = defaultdict(lambda: {"overdue": [], "due": []})
    for follow_up in follow_ups:
        digests[follow_up.assignee]["overdue" if follow_up.due_on < today else "due"].append(follow_up)
    return dict(digests)


def follow_up_digests_send(*, today: datetime.date) -> int:
    """Send each assignee one e-mail listing their overdue and due follow-ups; return how many were sent."""
    sent = 0
    already = set(DigestDelivery.objects.filter(sent_on=today).values_list("user_id", flat=True))
    for user, groups in follow_up_digest_rows(today=today).items():
        if user.pk in already:
            continue
        with translation.override(settings.LANGUAGE_CODE):
            context = {
                "user": user,
                "today": today,
                "overdue": groups["overdue"],
                "due": groups["due"],
                "total": len(groups["overdue"]) + len(groups["due"]),
                "follow_ups_url": absolute_url(reverse("crm:follow_ups")),
            }
            subject = render_to_string("crm/email/digest_subject.txt", context).strip()
            body = render_to_string("crm/email/digest_body.txt", context)
        mail_send(mail_message(to=[user.email], subject=subject, body=body))
        DigestDelivery.objects.get_or_create(user=user, sent_on=today)
        sent += 1
    return sent
