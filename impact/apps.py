from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ImpactConfig(AppConfig):
    name = "impact"
    verbose_name = _("Impact indicators")

    def ready(self) -> None:
        from . import hooks

        hooks.register()
