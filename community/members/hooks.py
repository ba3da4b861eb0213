"""What members register with the floor and the calendar: the colleague invitation and the event-change hook."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

MEMBER_GROUP = "member"
COLLEAGUE_INVITATION = "members.colleague"


def _target_label(target_id: int | None) -> str:
    from establishments.models import Establishment

    return str(Establishment.objects.filter(pk=target_id or 0).values_list("trade_name", flat=True).first() or "")


def _on_accept(invitation, user) -> None:
    from .services import member_create_for_invitation

    member_create_for_invitation(user=user, establishment_id=invitation.target_id)


def hooks_register() -> None:
    """Register the colleague invitation and the calendar's event-change hook (from AppConfig.ready)."""
    from community.events.hooks import attendee_details_hook_register, event_changed_hook_register
    from kennispark.invitations import InvitationKind, invitation_kind_register

    from .notifications import event_changed_hook

    invitation_kind_register(
        InvitationKind(
            name=COLLEAGUE_INVITATION,
            # The group grants nothing; membership itself is the Member profile the hook creates.
            role=MEMBER_GROUP,
            purpose=_("You have been invited to join the Kennispark community as a colleague at %(target)s."),
            target_label=_target_label,
            on_accept=_on_accept,
            success_url=lambda invitation: reverse("members:agenda"),
        )
    )
    event_changed_hook_register(event_changed_hook)
    attendee_details_hook_register(_visible_members_organisations)


def _visible_members_organisations(*, registrations) -> dict[int, str]:
    """Return the organisation of each registered member who chose to be visible to organisers."""
    from .models import Visibility
    from .selectors import attendee_members

    return {
        registration_id: member.establishment.trade_name
        for registration_id, member in attendee_members(registrations=registrations).items()
        if member.visibility == Visibility.VISIBLE and member.establishment is not None
    }
