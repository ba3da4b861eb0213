"""The board and the lead list are computed once per change of the CRM's data: every change shows at once, a
colleague's "only my leads" never shows another's, and the cached board keeps the session's own CSRF token."""

import datetime
import re

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from crm.models import LeadStage
from crm.services.activities import follow_up_create
from crm.services.leads import lead_create
from crm.services.pipeline import lead_stage_change
from tests.benchmark.counting import log_in
from tests.factories.crm import LeadFactory
from tests.factories.users import UserFactory

pytestmark = pytest.mark.django_db


def _page(client, name: str, query: str = "") -> str:
    response = client.get(reverse(name) + query)
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize("name", ["crm:board", "crm:lead_list"])
def test_a_new_lead_a_stage_move_and_an_owners_new_name_show_at_once(
    client, acquisition_user, django_capture_on_commit_callbacks, name
):
    # given: the page was seen, so its part is in the cache
    log_in(client, acquisition_user)
    with django_capture_on_commit_callbacks(execute=True):
        lead = LeadFactory(name="Sensorwerk", owner=acquisition_user, stage=LeadStage.NEW)
    assert "Sensorwerk" in _page(client, name)

    # when
    with django_capture_on_commit_callbacks(execute=True):
        lead_create(created_by=acquisition_user, name="Robotwerk", type="sme", source="event", owner=acquisition_user)
        lead_stage_change(lead=lead, to_stage=LeadStage.CONTACTED, changed_by=acquisition_user)
        acquisition_user.first_name, acquisition_user.last_name = "Ilse", "Nieuwenhuis"
        acquisition_user.save()

    # then
    html = _page(client, name)
    assert "Robotwerk" in html
    assert "Ilse Nieuwenhuis" in html
    if name == "crm:lead_list":
        row = re.search(r"<tr>(?:(?!</tr>).)*Sensorwerk(?:(?!</tr>).)*</tr>", html, re.S).group(0)
        assert "crm-stage-contacted" in row
    else:
        column = html.split('data-stage="contacted"', 1)[1].split("</section>", 1)[0]
        assert "Sensorwerk" in column


def test_a_follow_up_shows_on_the_card_at_once(client, acquisition_user, django_capture_on_commit_callbacks):
    # given
    log_in(client, acquisition_user)
    with django_capture_on_commit_callbacks(execute=True):
        lead = LeadFactory(name="Sensorwerk", owner=acquisition_user)
    assert "crm-card-follow-up" not in _page(client, "crm:board")

    # when
    with django_capture_on_commit_callbacks(execute=True):
        follow_up_create(
            lead=lead,
            due_on=timezone.localdate() + datetime.timedelta(days=3),
            text="Nabellen",
            assignee=acquisition_user,
        )

    # then
    assert "crm-card-follow-up" in _page(client, "crm:board")


def test_only_my_leads_is_each_colleagues_own(acquisition_user, django_capture_on_commit_callbacks):
    # given: two colleagues with a lead each, both looking at their own leads
    colleague = UserFactory(roles=["acquisition"])
    with django_capture_on_commit_callbacks(execute=True):
        LeadFactory(name="Sensorwerk", owner=acquisition_user)
        LeadFactory(name="Robotwerk", owner=colleague)
    mine, theirs = Client(), Client()
    log_in(mine, acquisition_user)
    log_in(theirs, colleague)

    # when
    my_board = _page(mine, "crm:board", "?mine=1")
    their_board = _page(theirs, "crm:board", "?mine=1")

    # then
    assert "Sensorwerk" in my_board and "Robotwerk" not in my_board
    assert "Robotwerk" in their_board and "Sensorwerk" not in their_board


def test_a_card_moved_from_the_cached_board_uses_the_sessions_own_token(acquisition_user):
    # given: a colleague's visit put the board in the cache
    lead = LeadFactory(name="Sensorwerk", owner=acquisition_user, stage=LeadStage.NEW)
    colleague = Client()
    log_in(colleague, UserFactory(roles=["acquisition"]))
    _page(colleague, "crm:board")
    client = Client(enforce_csrf_checks=True)
    log_in(client, acquisition_user)

    # when: the board's script sends the token of the page it came with
    html = _page(client, "crm:board")
    token = re.search(r'data-board-csrf novalidate>.*?name="csrfmiddlewaretoken" value="([^"]+)"', html, re.S).group(1)
    response = client.post(
        reverse("crm:lead_stage", kwargs={"pk": lead.pk}),
        {"stage": LeadStage.CONTACTED},
        HTTP_X_CSRFTOKEN=token,
        HTTP_ACCEPT="application/json",
    )

    # then
    assert response.status_code == 200
    lead.refresh_from_db()
    assert lead.stage == LeadStage.CONTACTED
