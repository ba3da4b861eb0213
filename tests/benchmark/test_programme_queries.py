"""The programme board, its public pages, the inbox and the API lists cost the same with more projects and updates."""

import pytest
from django.urls import reverse

from programme.models import Status
from tests.benchmark.counting import get_queries, log_in
from tests.factories.programme import MilestoneFactory, ProgressUpdateFactory, ProjectFactory
from tests.factories.users import UserFactory

pytestmark = pytest.mark.django_db

PAGES = [
    ("programme:board", "?year=2025"),
    ("programme:board", "?year=2025&group=organisation"),
    ("programme:inbox", ""),
    ("programme:public_index", ""),
    ("programme:public_line", "fysieke-gebiedsontwikkeling"),
]
API = ["/api/programme/projects/", "/api/programme/milestones/", "/api/programme/updates/"]


def _grow(count: int) -> None:
    lead = UserFactory(roles=["project_lead"])
    for _ in range(count):
        project = ProjectFactory(leads=[lead])
        MilestoneFactory(project=project)
        ProgressUpdateFactory(project=project, status=Status.ON_TRACK, author=lead)


def _url(name: str, arg: str) -> str:
    if arg and not arg.startswith("?"):
        return reverse(name, args=[arg])
    return reverse(name) + arg


@pytest.mark.parametrize(("name", "arg"), PAGES)
def test_page_costs_the_same_with_more_projects(client, editor, name, arg):
    # given
    log_in(client, editor)
    _grow(2)
    few, _ = get_queries(client, _url(name, arg))

    # when
    _grow(15)
    many, _ = get_queries(client, _url(name, arg))

    # then
    assert many == few, (few, many)
    assert many <= 20


@pytest.mark.parametrize("url", API)
def test_api_list_costs_the_same_with_more_projects(client, editor, url):
    # given
    log_in(client, editor)
    _grow(2)
    few, _ = get_queries(client, url)

    # when
    _grow(15)
    many, _ = get_queries(client, url)

    # then
    assert many == few, (few, many)
