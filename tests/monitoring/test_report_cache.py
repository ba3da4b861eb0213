"""The key-figures report of a snapshot is built once per language and choice of years, then only read."""

import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from establishments.models import YearlyObservation
from monitoring.models import MonitorFigure
from monitoring.services import snapshot_compute
from tests.factories.users import UserFactory

pytestmark = pytest.mark.django_db

DUTCH = "/kerncijfers/"
ENGLISH = "/en/kerncijfers/"
CSRF_TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="[^"]+"')


@pytest.fixture
def visitor(client):
    """A logged-in visitor: the whole page is never cached for one, so only the stored report can spare the work."""
    client.force_login(UserFactory())
    return client


def _get(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    reads_figures = any(MonitorFigure._meta.db_table in query["sql"] for query in queries)
    return response, reads_figures


def _page(response) -> str:
    return CSRF_TOKEN.sub("", response.content.decode())


def test_the_report_is_built_once_per_snapshot_and_language(visitor, register):
    # given: a published snapshot whose prepared reports were lost (a cache restart)
    snapshot_compute()
    cache.clear()

    # when
    first, first_reads = _get(visitor, DUTCH)
    second, second_reads = _get(visitor, DUTCH)
    english, english_reads = _get(visitor, ENGLISH)
    english_again, english_again_reads = _get(visitor, ENGLISH)

    # then
    assert (first_reads, second_reads) == (True, False)
    assert _page(second) == _page(first)
    assert (english_reads, english_again_reads) == (True, False)
    assert _page(english_again) == _page(english)
    assert "Jobs are rounded to tens" in _page(english)
    assert "Banen zijn afgerond op tientallen" in _page(second)


def test_another_choice_of_years_gets_its_own_report(visitor, register):
    # given
    snapshot_compute()
    _get(visitor, DUTCH)

    # when
    response, reads = _get(visitor, f"{DUTCH}?from_year=2021&to_year=2022")

    # then
    assert reads
    assert response.context["headline"]["year"] == 2022


def test_a_newly_published_snapshot_is_shown_at_once(visitor, register):
    # given
    snapshot_compute()
    before, _reads = _get(visitor, DUTCH)
    YearlyObservation.objects.filter(year=2023, jobs=3251).update(jobs=4251)

    # when
    snapshot_compute()
    after, reads = _get(visitor, DUTCH)

    # then: publishing prepared the new report, so the page reads no figures and still shows the new ones
    assert not reads
    assert before.context["headline"]["jobs"] == 3430
    assert after.context["headline"]["jobs"] == 4430


def test_publishing_builds_the_default_report_in_every_language(visitor, register, django_capture_on_commit_callbacks):
    # given
    with django_capture_on_commit_callbacks(execute=True):
        snapshot_compute()

    # when
    dutch, dutch_reads = _get(visitor, DUTCH)
    english, english_reads = _get(visitor, ENGLISH)

    # then
    assert (dutch_reads, english_reads) == (False, False)
    assert dutch.context["headline"]["jobs"] == english.context["headline"]["jobs"] == 3430
    assert "Banen zijn afgerond op tientallen" in _page(dutch)
    assert "Jobs are rounded to tens" in _page(english)
