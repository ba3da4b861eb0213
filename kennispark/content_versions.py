"""A version per area of public content, bumped after every change; cached pages are keyed by the versions.

The database holds the truth, so a change made in a worker process reaches every web process, and a flushed
cache never brings back an old version. A shared cache (Redis) keeps a copy so a page costs no query.
"""

import secrets
from collections.abc import Iterable

from django.core.cache import cache, caches
from django.core.cache.backends.dummy import DummyCache
from django.core.cache.backends.locmem import LocMemCache
from django.db import transaction
from django.utils import timezone

from .models import ContentVersion

ESTABLISHMENTS = "establishments"
EVENTS = "events"
TALENT = "talent"
MONITOR = "monitor"
AREAS = (ESTABLISHMENTS, EVENTS, TALENT, MONITOR)
# The area whose pages show what the admin of an app label changes.
ADMIN_APP_AREAS = {"establishments": ESTABLISHMENTS, "events": EVENTS, "talent": TALENT, "monitoring": MONITOR}


def content_version_cache_key(area: str) -> str:
    """Return the cache key of an area's version."""
    return f"kp:content-version:{area}"


def _cache_is_shared() -> bool:
    # A process-local cache would keep a version another process has since bumped.
    return not isinstance(caches["default"], LocMemCache | DummyCache)


def _new_version() -> str:
    return secrets.token_hex(8)


def _versions_from_database(areas: list[str]) -> dict[str, str]:
    found = dict(ContentVersion.objects.filter(area__in=areas).values_list("area", "version"))
    absent = [area for area in areas if area not in found]
    if absent:
        # A new value for an area never seen: whatever a cache still holds under an older value is never read.
        now = timezone.now()
        ContentVersion.objects.bulk_create(
            [ContentVersion(area=area, version=_new_version(), changed_at=now) for area in absent],
            ignore_conflicts=True,
        )
        found = dict(ContentVersion.objects.filter(area__in=areas).values_list("area", "version"))
    return found


def content_versions_get(areas: Iterable[str]) -> dict[str, str]:
    """Return the current version of each area."""
    areas = sorted(set(areas))
    if not areas:
        return {}
    if not _cache_is_shared():
        return _versions_from_database(areas)
    keys = {area: content_version_cache_key(area) for area in areas}
    cached = cache.get_many(keys.values())
    versions = {area: cached[key] for area, key in keys.items() if key in cached}
    missing = [area for area in areas if area not in versions]
    if missing:
        stored = _versions_from_database(missing)
        cache.set_many({keys[area]: stored[area] for area in missing}, timeout=None)
        versions.update(stored)
    return versions


def _bump(area: str) -> None:
    version = _new_version()
    ContentVersion.objects.bulk_create(
        [ContentVersion(area=area, version=version, changed_at=timezone.now())],
        update_conflicts=True,
        unique_fields=["area"],
        update_fields=["version", "changed_at"],
    )
    cache.set(content_version_cache_key(area), version, timeout=None)


def content_version_bump(*, area: str) -> None:
    """Give the area a new version once the current transaction commits, so its cached pages are not served."""
    if area not in AREAS:
        raise ValueError(f"Unknown content area: {area}")
    # After the commit: a page rendered before it must not be stored under the new version.
    transaction.on_commit(lambda: _bump(area), robust=True)
