"""Show a text kept in one language on a page in the other: `lang` on the text and an "only in Dutch" label."""

from django import template

from kennispark.bilingual import ShownText, shown_text, single_language_text

register = template.Library()


@register.simple_tag
def in_page_language(instance: object, field: str) -> ShownText:
    """Return `<field>_en` or `<field>_nl` of the instance as the page shows it (`{% ... as text %}`)."""
    return shown_text(instance, field)


@register.simple_tag
def one_language_text(text: str, language: str = "nl") -> ShownText:
    """Return a text written in one language only, e.g. an editor's note (`{% ... as note %}`)."""
    return single_language_text(text, language=language)


@register.inclusion_tag("_partials/only_in_language.html")
def only_in_language(text: ShownText) -> dict[str, str]:
    """Render the "only in Dutch" label when the text is not in the page's language."""
    return {"label": text.label if isinstance(text, ShownText) else ""}
