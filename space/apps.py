from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

PROPERTY_OWNER_INVITATION = "space.property_owner"


class SpaceConfig(AppConfig):
    name = "space"
    verbose_name = _("Space and facilities")

    def ready(self) -> None:
        from django.urls import reverse

        from kennispark.invitations import InvitationKind, invitation_kind_register
        from kennispark.roles import PROPERTY_OWNER

        invitation_kind_register(
            InvitationKind(
                name=PROPERTY_OWNER_INVITATION,
                role=PROPERTY_OWNER,
                purpose=_("You have been invited to offer the space in your buildings on the Kennispark portal."),
                target_label=lambda target_id: "",
                # Joining the role is all there is: the owner then adds their own buildings.
                on_accept=lambda invitation, user: None,
                success_url=lambda invitation: reverse("space:my_buildings"),
            )
        )
