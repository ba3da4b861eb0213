"""Template tags of the talent pages: vacancies on a company's page and JSON-LD output."""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from ..selectors import vacancy_list_for_establishment

register = template.Library()

# The escapes of django.utils.html.json_script: nothing in the data can close the <script> element.
JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.inclusion_tag("talent/_establishment_vacancies.html", takes_context=True)
def establishment_vacancies(context, establishment):
    """Render the open vacancies of an establishment, for its directory page."""
    return {
        "establishment": establishment,
        "vacancies": vacancy_list_for_establishment(establishment=establishment),
        "request": context.get("request"),
    }


@register.filter
def json_ld(data) -> str:
    """Render a dict as a schema.org JSON-LD script element, escaped like json_script."""
    if not data:
        return ""
    payload = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(JSON_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))  # noqa: S308
