"""Invitations to a role by e-mail: a single-use link whose token only the hash of is kept, and per-kind hooks.

An app registers a kind in its AppConfig.ready (`invitation_kind_register`): the role the invitee joins, how
to name the object they are invited to (a project, an owner organisation) and what accepting does with it
(`on_accept`, inside the accept transaction). The portal keeps the invitations, the e-mail and the accept
page (`kennispark:invitation_accept`); the app keeps its own "invite" page that calls `invitation_create`.
"""

import hashlib
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from django.contrib.auth.models import Group, User
from django.contrib.auth.password_validation import validate_password
from django.db import transaction
from django.db.models import QuerySet
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.functional import Promise

from .links import absolute_url
from .mail import mail_message, mail_send
from .models import RoleInvitation
from .outbox import task_enqueue

INVITATION_VALID_FOR = timedelta(days=14)


@dataclass(frozen=True)
class InvitationKind:
    """What an invitation of one kind grants: a role, an object named to the invitee and what accepting does."""

    name: str
    role: str
    # One sentence for the e-mail and the accept page, with "%(target)s" for the object's name.
    purpose: str | Promise
    # The object's name for the invitee, or "" when it no longer exists.
    target_label: Callable[[int | None], str]
    # Runs inside the accept transaction after the user joined the role's group (attach them to the object).
    on_accept: Callable[[RoleInvitation, User], None]
    # Where the invitee lands after accepting.
    success_url: Callable[[RoleInvitation], str]


_kinds: dict[str, InvitationKind] = {}


def invitation_kind_register(kind: InvitationKind) -> None:
    """Register (or re-register, as tests and reloads do) a kind of invitation; call from AppConfig.ready."""
    _kinds[kind.name] = kind


def invitation_kind(name: str) -> InvitationKind:
    """Return the registered kind; a LookupError names an app that did not register it."""
    try:
        return _kinds[name]
    except KeyError:
        raise LookupError(f"No invitation kind {name!r} is registered.") from None


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@transaction.atomic
def invitation_create(
    *, kind: str, target_id: int | None, email: str, invited_by: User, language: str
) -> RoleInvitation:
    """Invite someone by e-mail to a role (and its object); the link carries a token only the hash of is kept."""
    from .tasks import send_role_invitation

    invitation_kind(kind)
    token = secrets.token_urlsafe(32)
    invitation = RoleInvitation(
        kind=kind,
        target_id=target_id,
        email=email.strip().lower(),
        token_hash=_token_hash(token),
        invited_by=invited_by,
        expires_at=timezone.now() + INVITATION_VALID_FOR,
    )
    invitation.full_clean()
    invitation.save()
    task_enqueue(send_role_invitation, invitation.pk, token, language)
    return invitation


def invitation_context(invitation: RoleInvitation) -> dict[str, object]:
    """Return the template context that names the invitation's role, object and purpose."""
    kind = invitation_kind(invitation.kind)
    target = kind.target_label(invitation.target_id)
    return {"invitation": invitation, "target": target, "purpose": str(kind.purpose) % {"target": target}}


def invitation_send(*, invitation_id: int, token: str, language: str) -> None:
    """E-mail an open invitation its link, in the inviting editor's language."""
    invitation = RoleInvitation.objects.filter(pk=invitation_id, accepted_at__isnull=True).first()
    if invitation is None:
        return
    with translation.override(language):
        context = invitation_context(invitation)
        context["url"] = absolute_url(reverse("invitation_accept", kwargs={"token": token}))
        subject = render_to_string("invitations/email_subject.txt", context).strip()
        body = render_to_string("invitations/email_body.txt", context)
    mail_send(mail_message(to=[invitation.email], subject=subject, body=body))


def invitation_for_token(*, token: str) -> RoleInvitation | None:
    """Return the open (not accepted, not expired) invitation a link's token belongs to."""
    return RoleInvitation.objects.filter(
        token_hash=_token_hash(token), accepted_at__isnull=True, expires_at__gt=timezone.now()
    ).first()


def invitations_sent(*, kind: str, target_id: int | None = None) -> QuerySet[RoleInvitation]:
    """Return the invitations of a kind (to one object), newest first, for the app's invite page."""
    invitations = RoleInvitation.objects.filter(kind=kind)
    if target_id is not None:
        invitations = invitations.filter(target_id=target_id)
    return invitations.order_by("-created_at")


def user_exists_with_email(*, email: str) -> bool:
    """Return whether an account with this e-mail address (or user name) exists."""
    return User.objects.filter(email__iexact=email).exists() or User.objects.filter(username__iexact=email).exists()


@transaction.atomic
def invitation_accept(*, invitation: RoleInvitation, user: User) -> RoleInvitation:
    """Give the user the invitation's role, run its kind's hook and close the invitation."""
    invitation = RoleInvitation.objects.select_for_update().get(pk=invitation.pk)
    if invitation.accepted_at is not None or invitation.expires_at <= timezone.now():
        raise ValueError("invitation is no longer open")
    kind = invitation_kind(invitation.kind)
    user.groups.add(Group.objects.get_or_create(name=kind.role)[0])
    kind.on_accept(invitation, user)
    invitation.accepted_at = timezone.now()
    invitation.accepted_by = user
    invitation.save(update_fields=["accepted_at", "accepted_by"])
    return invitation


@transaction.atomic
def invitation_account_create(*, invitation: RoleInvitation, first_name: str, last_name: str, password: str) -> User:
    """Create the account of an invitee (the e-mail address is the user name) and accept the invitation."""
    user = User(username=invitation.email, email=invitation.email, first_name=first_name, last_name=last_name)
    validate_password(password, user)
    user.set_password(password)
    user.full_clean()
    user.save()
    invitation_accept(invitation=invitation, user=user)
    return user
