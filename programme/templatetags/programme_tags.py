"""Template helpers of the programme board: quarter labels and the sections other apps add to a project page."""

from typing import Any

from django import template
from django.template.loader import render_to_string
from django.utils.safestring import SafeString

from programme.quarters import quarter_label

register = template.Library()


@register.filter
def quarter(code: int | None) -> str:
    """Show a YYYYQ code as "Q3 2025"."""
    return quarter_label(code)


@register.simple_tag(takes_context=True)
def project_section(context: template.Context, section: dict[str, Any]) -> SafeString:
    """Render a section an app above registered for the project page, with the context it returned."""
    return SafeString(render_to_string(section["template"], section["context"], request=context.get("request")))
