"""Project leads join by invitation: the portal's role invitation with a hook that makes them lead of the project."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from kennispark.invitations import InvitationKind, invitation_kind_register
from kennispark.roles import PROJECT_LEAD

PROJECT_LEAD_INVITATION = "programme.project_lead"


def _target_label(project_id: int | None) -> str:
    from .models import Project

    project = Project.objects.filter(pk=project_id).first() if project_id is not None else None
    return str(project) if project else ""


def _on_accept(invitation, user) -> None:
    from .models import Project
    from .services import project_lead_add

    project = Project.objects.filter(pk=invitation.target_id).first()
    if project is not None:
        project_lead_add(project=project, user=user)


def _success_url(invitation) -> str:
    if invitation.target_id:
        return reverse("programme:project", args=[invitation.target_id])
    return reverse("programme:board")


def project_lead_invitation_register() -> None:
    """Register the invitation to lead a project (called from the app's ready())."""
    invitation_kind_register(
        InvitationKind(
            name=PROJECT_LEAD_INVITATION,
            role=PROJECT_LEAD,
            purpose=_(
                "You have been invited to lead the project %(target)s on the programme board of Kennispark Twente. "
                "As project lead you see the whole board, keep your project's planning and milestones up to date "
                "and write a progress update every quarter."
            ),
            target_label=_target_label,
            on_accept=_on_accept,
            success_url=_success_url,
        )
    )
