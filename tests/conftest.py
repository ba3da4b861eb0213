"""Fixtures shared by every test: users per role, a real Celery worker process and a real browser."""

import os

import pytest

from tests.fixtures.browser import *  # noqa: F403
from tests.fixtures.worker import *  # noqa: F403

# Playwright's sync API runs an event loop in the test thread; the ORM calls the tests make beside it are safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


DATABASE_FIXTURES = {
    "db",
    "transactional_db",
    "live_server",
    "django_db_reset_sequences",
    "django_db_serialized_rollback",
}


@pytest.fixture(autouse=True)
def _reference_data(request, django_db_blocker):
    """Restore what data migrations create (roles, reference tables) after a transactional test flushed it."""
    uses_database = request.node.get_closest_marker("django_db") or DATABASE_FIXTURES & set(request.fixturenames)
    if not uses_database:
        return
    request.getfixturevalue("django_db_setup")
    from tests.fixtures.reference import reference_data_restore

    with django_db_blocker.unblock():
        reference_data_restore()


@pytest.fixture(autouse=True)
def _default_language():
    """Start every test in Dutch: a request to /en/ leaves English active in the test thread."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def _fresh_content_versions():
    """Forget cached content versions: the database rolled back, so each test gets new versions, new page keys."""
    from django.core.cache import cache, caches
    from django.core.cache.backends.locmem import LocMemCache

    from kennispark.content_versions import AREAS, content_version_cache_key

    cache.delete_many([content_version_cache_key(area) for area in AREAS])
    if isinstance(caches["default"], LocMemCache):
        # Only a cache of this process is emptied; a shared one may hold others' data (or the broker's).
        cache.clear()


@pytest.fixture
def page_cache_off(settings):
    """Render every page: a query budget measures the page itself, and factories bump no content version."""
    settings.RESPONSE_CACHE_SECONDS = 0


@pytest.fixture(autouse=True)
def _isolated_media(request, settings, tmp_path):
    """Keep uploaded files of each test in its own folder; worker tests share the worker's folder."""
    if "celery_worker" in request.fixturenames:
        from kennispark.settings import test as test_settings

        settings.MEDIA_ROOT = test_settings.MEDIA_ROOT
    else:
        settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def editor(db):
    from tests.factories.users import UserFactory

    return UserFactory(roles=["editor"], is_staff=True)


@pytest.fixture
def acquisition_user(db):
    from tests.factories.users import UserFactory

    return UserFactory(roles=["acquisition"])


@pytest.fixture
def company_user(db):
    from tests.factories.users import UserFactory

    return UserFactory(roles=["company"])
