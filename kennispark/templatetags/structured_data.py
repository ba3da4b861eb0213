"""The one place that renders schema.org structured data into a page."""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

register = template.Library()

# The escapes of django.utils.html.json_script: nothing in the data can close the <script> element.
JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.filter
def json_ld(data: object) -> SafeString | str:
    """Render a dict as a JSON-LD script element (empty for no data); the script is data, not code, for CSP."""
    data = without_empty(data)
    if not data:
        return ""
    payload = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(JSON_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))  # noqa: S308


def without_empty(data: object) -> object:
    """Return the data without empty values (None, "", [], {}) at any depth: search engines flag empty properties."""
    if isinstance(data, dict):
        pruned = {key: without_empty(value) for key, value in data.items()}
        return {key: value for key, value in pruned.items() if value not in (None, "", [], {})}
    if isinstance(data, list | tuple):
        return [item for item in (without_empty(value) for value in data) if item not in (None, "", [], {})]
    return data
