"""A per-IP rate limit for the public forms that reach staff (inbound leads, space enquiries, facility requests).

Kept in the Django cache: django-axes limits logins only, and a form post needs no third-party service.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest

from .client_ip import client_ip

INBOUND_LIMIT = 5
INBOUND_WINDOW_SECONDS = 60 * 60


def _client_key(request: HttpRequest, scope: str) -> str:
    # The IP is hashed with the secret key, so the cache never holds a readable address (personal data).
    address = client_ip(request)
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{address}".encode()).hexdigest()[:32]
    return f"throttle:{scope}:{digest}"


def inbound_attempt_allowed(request: HttpRequest, *, scope: str = "inbound") -> bool:
    """Count a submission of a public form (`scope` names it) and return whether this client is under the limit."""
    key = _client_key(request, scope)
    cache.add(key, 0, INBOUND_WINDOW_SECONDS)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, INBOUND_WINDOW_SECONDS)
        count = 1
    return count <= INBOUND_LIMIT
