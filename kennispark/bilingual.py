"""Content kept in Dutch and English side by side (`<field>_nl`, `<field>_en`)."""

from django.utils.translation import get_language


def in_active_language(instance, field: str) -> str:
    """Return `<field>_en` on English pages when it is filled, else `<field>_nl` (Dutch is always present)."""
    english = getattr(instance, f"{field}_en", "")
    if get_language() == "en" and english:
        return english
    return getattr(instance, f"{field}_nl")
