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
