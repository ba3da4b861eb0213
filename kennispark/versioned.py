"""Values computed from the database, kept in the cache under the content versions of the areas they show.

A staff page (the CRM board, the lead list) is not cached whole: it carries the user's session and CSRF token.
Its expensive part is: computed once per change of its data and served from the cache until the next change,
so the page costs its middleware's queries and one cache read. The key holds the versions, so a change shows
at once and nothing is deleted by hand (the cache's own, per-site framework keys on a URL, not on the data).
"""

import hashlib
from collections.abc import Callable, Hashable, Iterable
from typing import Any, TypeVar

from django.core.cache import cache
from django.utils.translation import get_language

from .content_versions import content_versions_get

VERSIONED_SECONDS = 60 * 60
T = TypeVar("T")


def versioned_value(*, name: str, areas: Iterable[str], parts: Hashable, build: Callable[[], T]) -> T:
    """Return `build()`, from the cache while the areas' content, the language and `parts` are unchanged."""
    versions = content_versions_get(areas)
    identity = repr((name, get_language(), parts, sorted(versions.items())))
    key = f"kp:versioned:{name}:{hashlib.sha256(identity.encode()).hexdigest()}"
    value: Any = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, VERSIONED_SECONDS)
    return value  # type: ignore[no-any-return]
