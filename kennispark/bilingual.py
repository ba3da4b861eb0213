"""Content kept in Dutch and English side by side (`<field>_nl`, `<field>_en`)."""

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


def in_active_language(instance: object, field: str) -> str:
    """Return `<field>_en` on English pages when it is filled, else `<field>_nl` (Dutch is always present)."""
    english = getattr(instance, f"{field}_en", "")
    if get_language() == "en" and english:
        return english
    return str(getattr(instance, f"{field}_nl"))


def translated(field: str) -> property:
    """Return a read-only property showing `<field>_nl` or `<field>_en` after the active language."""

    def getter(instance: object) -> str:
        return in_active_language(instance, field)

    getter.__doc__ = f"Return the {field} in the active language, falling back to Dutch."
    return property(getter)


class TranslatedName(models.Model):
    """A name kept in Dutch and English; `name` and `str()` show it in the active language."""

    name_nl = models.CharField(_("name (Dutch)"), max_length=100)
    name_en = models.CharField(_("name (English)"), max_length=100)

    name = translated("name")

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return str(self.name)


class TranslatedTerm(TranslatedName):
    """An entry of a list that editors keep (sectors, key positions, fields of work): slug, names, position."""

    slug = models.SlugField(_("slug"), unique=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        abstract = True
        ordering = ["position", "name_nl"]
