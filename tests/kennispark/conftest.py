"""Fixtures of the portal-wide tests."""

import pytest
from django.core.cache import cache

from kennispark import content_versions

SHARED_CACHE = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://127.0.0.1:6379/0",
        "KEY_PREFIX": "kp-test-shared-cache",
    }
}


@pytest.fixture
def shared_cache(settings):
    """Use the real Redis as the cache, as production does; its content versions start and end forgotten."""
    settings.CACHES = SHARED_CACHE
    keys = [content_versions.content_version_cache_key(area) for area in content_versions.AREAS]
    cache.delete_many(keys)
    yield
    cache.delete_many(keys)
