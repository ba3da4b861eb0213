"""Content kept in Dutch and English side by side (`<field>_nl`, `<field>_en`)."""

from dataclasses import dataclass

from django.db import models
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

ONLY_IN = {"nl": _("only in Dutch"), "en": _("only in English")}


def in_active_language(instance: object, field: str) -> str:
    """Return `<field>_en` on English pages when it is filled, else `<field>_nl` (Dutch is always present)."""
    english = getattr(instance, f"{field}_en", "")
    if get_language() == "en" and english:
        return english
    return str(getattr(instance, f"{field}_nl"))


def page_language() -> str:
    """Return the active page language as "nl" or "en"."""
    return "en" if (get_language() or "nl").startswith("en") else "nl"


@dataclass(frozen=True)
class ShownText:
    """A text as a page shows it, with the language it is written in."""

    text: str
    language: str

    def __str__(self) -> str:
        return self.text

    @property
    def is_foreign(self) -> bool:
        """Return whether the text is in another language than the page."""
        return bool(self.text) and self.language != page_language()

    @property
    def lang_attribute(self) -> SafeString:
        """Return ` lang="nl"` when the text's language differs from the page's, else nothing."""
        return format_html(' lang="{}"', self.language) if self.is_foreign else SafeString("")

    @property
    def label(self) -> str:
        """Return "only in Dutch" (in the page's language) when the text differs from the page's, else ""."""
        return str(ONLY_IN[self.language]) if self.is_foreign else ""


def shown_text(instance: object, field: str) -> ShownText:
    """Return `<field>` of a bilingual instance in the page's language, saying which language it is in."""
    english = getattr(instance, f"{field}_en", "")
    if page_language() == "en" and english:
        return ShownText(str(english), "en")
    return ShownText(str(getattr(instance, f"{field}_nl") or ""), "nl")


def single_language_text(text: str, *, language: str = "nl") -> ShownText:
    """Return a text that exists in one language only (e.g. an editor's note) as a ShownText."""
    return ShownText(str(text or ""), language)


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
