"""Content versions: bumped after commit, kept in the database, so a lost cache never brings back old pages."""

import pytest
from django.core.cache import cache

from kennispark import content_versions
from kennispark.content_versions import content_version_bump, content_versions_get

pytestmark = pytest.mark.django_db


def test_a_bump_takes_effect_only_when_the_transaction_commits(django_capture_on_commit_callbacks):
    # given
    before = content_versions_get([content_versions.EVENTS])

    # when
    with django_capture_on_commit_callbacks() as callbacks:
        content_version_bump(area=content_versions.EVENTS)
        during = content_versions_get([content_versions.EVENTS])
    for callback in callbacks:
        callback()

    # then
    assert during == before
    assert content_versions_get([content_versions.EVENTS]) != before


def test_a_shared_cache_that_lost_its_versions_reads_the_last_bump_back(
    shared_cache, django_capture_on_commit_callbacks
):
    # given: a bumped version, cached
    with django_capture_on_commit_callbacks(execute=True):
        content_version_bump(area=content_versions.TALENT)
    bumped = content_versions_get([content_versions.TALENT, content_versions.EVENTS])

    # when: the cache is flushed
    cache.delete_many([content_versions.content_version_cache_key(area) for area in content_versions.AREAS])

    # then: the database gives the same, newest versions back
    assert content_versions_get([content_versions.TALENT, content_versions.EVENTS]) == bumped


def test_an_unknown_area_is_refused():
    with pytest.raises(ValueError):
        content_version_bump(area="weather")


@pytest.mark.django_db(transaction=True)
def test_a_thousand_changes_in_one_transaction_write_one_new_version():
    # given
    from django.db import connection, transaction
    from django.test.utils import CaptureQueriesContext

    before = content_versions_get([content_versions.CRM])

    # when: an import saves a thousand rows, each bumping the area
    with CaptureQueriesContext(connection) as context, transaction.atomic():
        for _ in range(1000):
            content_version_bump(area=content_versions.CRM)

    # then
    writes = [query for query in context.captured_queries if "kennispark_contentversion" in query["sql"]]
    assert len(writes) == 1
    assert content_versions_get([content_versions.CRM]) != before


@pytest.mark.django_db(transaction=True)
def test_a_change_after_a_rolled_back_savepoint_still_gets_its_new_version():
    # given
    from django.db import transaction

    before = content_versions_get([content_versions.CRM])

    # when: the first bump is rolled back with its savepoint, the change after it stays
    with transaction.atomic():
        try:
            with transaction.atomic():
                content_version_bump(area=content_versions.CRM)
                raise RuntimeError("the row failed")
        except RuntimeError:
            pass
        content_version_bump(area=content_versions.CRM)

    # then
    assert content_versions_get([content_versions.CRM]) != before
