"""A version per area of public content, bumped after every change; cached pages are keyed by the versions.

The database holds the truth, so a change made in a worker process reaches every web process, and a flushed
cache never brings back an old version. A shared cache (Redis) keeps a copy so a page costs no query.
"""

import secrets
from collections.abc import Iterable
from typing import Any

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
PROGRAMME = "programme"
SPACE = "space"
STORIES = "stories"
IMPACT = "impact"
# The CRM's data is never on a public page; its version keys the staff pages' cached parts (kennispark.versioned).
CRM = "crm"
PUBLIC_AREAS = (ESTABLISHMENTS, EVENTS, TALENT, MONITOR, PROGRAMME, SPACE, STORIES, IMPACT)
AREAS = (*PUBLIC_AREAS, CRM)
# The area whose pages show what the admin of an app label changes.
ADMIN_APP_AREAS = {
    "establishments": ESTABLISHMENTS,
    "events": EVENTS,
    "talent": TALENT,
    "monitoring": MONITOR,
    "programme": PROGRAMME,
    "space": SPACE,
    "stories": STORIES,
    # The impact app holds indicators and value stories: an admin change bumps both.
    "impact": IMPACT,
    "crm": CRM,
}


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
    versions, _value = content_versions_get_with(areas, key=None)
    return versions


def content_versions_get_with(areas: Iterable[str], *, key: str | None) -> tuple[dict[str, str], Any]:
    """Return the current version of each area and the cached value under `key`, in one read of a shared cache."""
    areas = sorted(set(areas))
    if not _cache_is_shared():
        return (_versions_from_database(areas) if areas else {}), (cache.get(key) if key else None)
    keys = {area: content_version_cache_key(area) for area in areas}
    wanted = [*keys.values(), key] if key else list(keys.values())
    cached = cache.get_many(wanted) if wanted else {}
    versions = {area: cached[area_key] for area, area_key in keys.items() if area_key in cached}
    missing = [area for area in areas if area not in versions]
    if missing:
        stored = _versions_from_database(missing)
        cache.set_many({keys[area]: stored[area] for area in missing}, timeout=None)
        versions.update(stored)
    return versions, (cached.get(key) if key else None)


def _bump(area: str) -> None:
    version = _new_version()
    ContentVersion.objects.bulk_create(
        [ContentVersion(area=area, version=version, changed_at=timezone.now())],
        update_conflicts=True,
        unique_fields=["area"],
        update_fields=["version", "changed_at"],
    )
    cache.set(content_version_cache_key(area), version, timeout=None)


class _Bump:
    """Give an area a new version after the commit; the bumps of one transaction share one run per area.

    An import saves thousands of rows, each queueing a bump: only the first to run writes the new version. They
    share a mark instead of being left out, because any one of them may be dropped with a rolled-back savepoint.
    """

    def __init__(self, area: str, shared: dict[str, bool] | None = None):
        self.area = area
        self.shared = shared if shared is not None else {"done": False}

    def __call__(self) -> None:
        if self.shared["done"]:
            return
        _bump(self.area)
        self.shared["done"] = True


class _PagesWarm:
    """Render the cached pages of the changed areas once every bump of the committed transaction is done."""

    def __init__(self, area: str):
        self.areas = {area}
        self.successor: _PagesWarm | None = None

    def __call__(self) -> None:
        from .response_cache import public_pages_warm  # the page cache builds on the versions, not the reverse

        if self.successor is not None:
            # A warm-up after a later bump of the same transaction renders these pages under the lasting versions.
            self.successor.areas |= self.areas
            return
        public_pages_warm(areas=self.areas)


def content_version_bump(*, area: str) -> None:
    """Give the area a new version once the current transaction commits, so its cached pages are not served."""
    if area not in AREAS:
        raise ValueError(f"Unknown content area: {area}")
    connection = transaction.get_connection()
    shared = None
    for _savepoints, callback, _robust in connection.run_on_commit:
        if isinstance(callback, _Bump) and callback.area == area and not callback.shared["done"]:
            shared = callback.shared
    # After the commit: a page rendered before it must not be stored under the new version.
    transaction.on_commit(_Bump(area, shared), robust=True)
    if area not in PUBLIC_AREAS:  # no public page shows it: nothing to render again
        return
    warm = _PagesWarm(area)
    for _savepoints, callback, _robust in connection.run_on_commit:
        if isinstance(callback, _PagesWarm) and callback.successor is None:
            callback.successor = warm
    transaction.on_commit(warm, robust=True)
