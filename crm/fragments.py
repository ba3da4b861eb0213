"""Rendered parts of the busiest CRM pages, kept in the cache under the data they show.

A fragment's key is a digest of its template, the language and every value it displays, so a change to any of
them renders it afresh: nothing is invalidated by hand and nothing is served stale.
"""

import hashlib
from typing import Any

from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

FRAGMENT_SECONDS = 60 * 60


def fragment_render(*, template: str, context: dict[str, Any], shown: object) -> SafeString:
    """Return the template rendered with the context, from the cache while `shown` (what it displays) is unchanged."""
    digest = hashlib.sha256(repr((template, get_language(), shown)).encode()).hexdigest()
    key = f"kp:crm-fragment:{digest}"
    html = cache.get(key)
    if html is None:
        html = render_to_string(template, context)
        cache.set(key, html, FRAGMENT_SECONDS)
    return mark_safe(html)  # noqa: S308 - rendered by our own autoescaping template
