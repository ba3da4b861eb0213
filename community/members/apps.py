from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MembersConfig(AppConfig):
    name = "community.members"
    label = "members"
    verbose_name = _("Community members")

    def ready(self) -> None:
        from . import signals  # noqa: F401 - records login sessions
        from .hooks import hooks_register

        hooks_register()
