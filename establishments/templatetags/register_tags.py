"""Template helpers of the register pages."""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe

register = template.Library()

_JSON_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@register.filter
def json_ld(data: dict):
    """Render a structured-data block; <, > and & are escaped so the JSON cannot close the script element."""
    payload = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))  # noqa: S308


@register.simple_tag
def page_url(query_string: str, number: int) -> str:
    """Return the query string of another page of a filtered list."""
    prefix = f"{query_string}&" if query_string else ""
    return f"?{prefix}page={number}"
