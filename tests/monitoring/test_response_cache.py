"""The monitor's cached pages and API follow a newly published snapshot at once."""

import pytest
from django.urls import reverse
from django.utils import translation

from monitoring.services import snapshot_compute
from tests.monitoring.conftest import build_register

pytestmark = pytest.mark.django_db


def _urls() -> list[str]:
    urls = []
    for language in ("nl", "en"):
        with translation.override(language):
            urls += [reverse("monitoring:key_figures"), reverse("monitoring:dashboard"), reverse("home")]
    return urls


def test_a_published_snapshot_shows_on_the_cached_pages_and_api(client, register, django_capture_on_commit_callbacks):
    # given: the first snapshot's pages and API answer are cached
    with django_capture_on_commit_callbacks(execute=True):
        snapshot_compute()
    before = {url: client.get(url).content for url in _urls()}
    api = client.get("/api/monitor/figures/")
    assert client.get("/api/monitor/figures/", headers={"if-none-match": api["ETag"]}).status_code == 304

    # when: the register grows and a new snapshot is published
    build_register(size=4)
    with django_capture_on_commit_callbacks(execute=True):
        snapshot_compute()

    # then
    for url, content in before.items():
        assert client.get(url).content != content, url
    assert client.get("/api/monitor/figures/")["ETag"] != api["ETag"]
