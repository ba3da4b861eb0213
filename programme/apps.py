from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProgrammeConfig(AppConfig):
    name = "programme"
    label = "programme"
    verbose_name = _("Programme board")

    def ready(self) -> None:
        from .invitations import project_lead_invitation_register

        project_lead_invitation_register()
