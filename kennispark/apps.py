from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "kennispark"
    verbose_name = _("Portal")

    def ready(self) -> None:
        from django.contrib.admin import options
        from django.db import models

        from .control_characters import control_character_guard_install

        control_character_guard_install()

        # Web addresses typed without a scheme are https, as Django 6 will assume; saying so now keeps every
        # admin form of every app consistent and free of the transitional deprecation warning.
        defaults = options.FORMFIELD_FOR_DBFIELD_DEFAULTS[models.URLField]
        options.FORMFIELD_FOR_DBFIELD_DEFAULTS[models.URLField] = {**defaults, "assume_scheme": "https"}

        from django.contrib.auth.models import User
        from django.db.models.signals import m2m_changed

        from .roles import user_roles_forget

        m2m_changed.connect(user_roles_forget, sender=User.groups.through, dispatch_uid="kennispark-roles-forget")
