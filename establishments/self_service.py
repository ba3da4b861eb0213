"""Write side of company self-service: invitations, representatives, profile edits and key-position proposals."""

import hashlib
import secrets
from datetime import timedelta

from django.contrib.auth.models import Group, User
from django.contrib.auth.password_validation import validate_password
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from kennispark import content_versions
from kennispark.content_versions import content_version_bump
from kennispark.links import absolute_url
from kennispark.mail import mail_message, mail_send
from kennispark.outbox import task_enqueue
from kennispark.richtext import plain_text
from kennispark.roles import COMPANY

from .models import Establishment, KeyPosition, KeyPositionProposal, ProposalStatus, RepresentativeInvitation

INVITATION_VALID_FOR = timedelta(days=14)
PROFILE_FIELDS = (
    "description_nl",
    "description_en",
    "website",
    "logo",
    "contact_name",
    "contact_email",
    "contact_phone",
)


@transaction.atomic
def invitation_create(
    *, establishment: Establishment, email: str, invited_by: User, language: str
) -> RepresentativeInvitation:
    """Invite someone by e-mail to represent an establishment; the link holds a token only its hash is kept of."""
    from .tasks import send_invitation

    token = secrets.token_urlsafe(32)
    invitation = RepresentativeInvitation(
        establishment=establishment,
        email=email.strip().lower(),
        token_hash=hashlib.sha256(token.encode()).hexdigest(),
        invited_by=invited_by,
        expires_at=timezone.now() + INVITATION_VALID_FOR,
    )
    invitation.full_clean()
    invitation.save()
    task_enqueue(send_invitation, invitation.pk, token, language)
    return invitation


def invitation_send(*, invitation_id: int, token: str, language: str) -> None:
    """E-mail an open invitation its link, in the inviting editor's language."""
    invitation = RepresentativeInvitation.objects.select_related("establishment").filter(pk=invitation_id).first()
    if invitation is None or invitation.accepted_at is not None:
        return
    with translation.override(language):
        path = reverse("establishments:accept_invitation", kwargs={"token": token})
        context = {"invitation": invitation, "url": absolute_url(path)}
        subject = render_to_string("establishments/email/invitation_subject.txt", context).strip()
        body = render_to_string("establishments/email/invitation_body.txt", context)
    mail_send(mail_message(to=[invitation.email], subject=subject, body=body))


@transaction.atomic
def invitation_accept(*, invitation: RepresentativeInvitation, user: User) -> Establishment:
    """Make the user a representative of the invitation's establishment and close the invitation."""
    invitation = RepresentativeInvitation.objects.select_for_update().get(pk=invitation.pk)
    if invitation.accepted_at is not None or invitation.expires_at <= timezone.now():
        raise ValueError("invitation is no longer open")
    user.groups.add(Group.objects.get_or_create(name=COMPANY)[0])
    invitation.establishment.representatives.add(user)
    invitation.accepted_at = timezone.now()
    invitation.accepted_by = user
    invitation.save(update_fields=["accepted_at", "accepted_by"])
    return invitation.establishment


@transaction.atomic
def representative_create(
    *, invitation: RepresentativeInvitation, first_name: str, last_name: str, password: str
) -> User:
    """Create the account of an invited representative (the e-mail address is the user name)."""
    user = User(username=invitation.email, email=invitation.email, first_name=first_name, last_name=last_name)
    validate_password(password, user)
    user.set_password(password)
    user.full_clean()
    user.save()
    invitation_accept(invitation=invitation, user=user)
    return user


@transaction.atomic
def establishment_profile_update(
    *, establishment: Establishment, user: User, data: dict, key_positions: list[KeyPosition] | None = None
) -> Establishment:
    """Save a representative's edits of the public profile and, if it differs, their key-position proposal."""
    for name in PROFILE_FIELDS:
        if name in data:
            value = data[name]
            setattr(establishment, name, plain_text(value) if name.startswith("description") else value)
    establishment._history_user = user
    establishment.full_clean()
    establishment.save()
    if key_positions is not None:
        key_position_proposal_submit(establishment=establishment, user=user, key_positions=key_positions)
    content_version_bump(area=content_versions.ESTABLISHMENTS)
    return establishment


def key_position_proposal_submit(
    *, establishment: Establishment, user: User, key_positions: list[KeyPosition]
) -> KeyPositionProposal | None:
    """Replace the pending proposal; no proposal is kept when it equals the current key positions."""
    KeyPositionProposal.objects.filter(establishment=establishment, status=ProposalStatus.PENDING).delete()
    if {kp.pk for kp in key_positions} == set(establishment.key_positions.values_list("pk", flat=True)):
        return None
    proposal = KeyPositionProposal.objects.create(establishment=establishment, proposed_by=user)
    proposal.key_positions.set(key_positions)
    return proposal


@transaction.atomic
def key_position_proposal_decide(*, proposal: KeyPositionProposal, accept: bool, user: User) -> None:
    """Accept (apply) or reject a pending key-position proposal."""
    proposal = KeyPositionProposal.objects.select_for_update().get(pk=proposal.pk)
    if proposal.status != ProposalStatus.PENDING:
        return
    if accept:
        establishment = proposal.establishment
        establishment._history_user = user
        establishment.key_positions.set(proposal.key_positions.all())
        content_version_bump(area=content_versions.ESTABLISHMENTS)
    proposal.status = ProposalStatus.ACCEPTED if accept else ProposalStatus.REJECTED
    proposal.decided_at = timezone.now()
    proposal.save(update_fields=["status", "decided_at"])
