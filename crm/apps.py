from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CrmConfig(AppConfig):
    name = "crm"
    label = "crm"
    verbose_name = _("Lead CRM")

    def ready(self) -> None:
        from .versions import register

        register()
