"""Space in a real browser, NL and EN, desktop and phone: invitation, offer, approval, search, enquiry, CRM."""

import datetime
import re

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation
from playwright.sync_api import expect

from crm.models import Lead
from space.models import ReviewStatus, Space
from tests.factories.users import DEFAULT_PASSWORD, UserFactory
from tests.fixtures.browser import DESKTOP, PHONE, log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

OWNER_PASSWORD = "Kennispark-eigenaar-2026!"


@pytest.fixture
def eager_tasks():
    """Run the outbox's tasks in the live server's thread, so its e-mails land in the test's outbox."""
    from kennispark.celery import app

    previous = app.conf.task_always_eager, app.conf.task_eager_propagates
    app.conf.update(task_always_eager=True, task_eager_propagates=True)
    yield
    app.conf.task_always_eager, app.conf.task_eager_propagates = previous


def _url(language: str, name: str, *args) -> str:
    with translation.override(language):
        return reverse(name, args=args)


@pytest.mark.parametrize(("language", "viewport"), [("nl", DESKTOP), ("en", PHONE), ("en", DESKTOP), ("nl", PHONE)])
def test_from_invitation_to_enquiry_in_the_crm(browser, live_server, eager_tasks, settings, language, viewport):
    # given
    settings.ACQUISITION_TEAM_EMAIL = "team@example.org"
    editor = UserFactory(roles=["editor"], is_staff=True)
    acquisition = UserFactory(roles=["acquisition"])
    context = browser.new_context(viewport=viewport, base_url=live_server.url, locale=f"{language}-NL")
    context.set_default_timeout(15_000)
    page = context.new_page()
    login_path = _url(language, "login")
    email = f"eigenaar-{language}-{viewport['width']}@vastgoed.example"

    # when: the editor invites a property owner
    log_in(page, editor.username, DEFAULT_PASSWORD, login_path=login_path)
    page.goto(_url(language, "space:owner_invite"))
    assert page.locator("html").get_attribute("lang") == language
    page.locator("input[name=email]").fill(email)
    page.locator("main form button[type=submit]").click()
    page.locator(".invitations-table", has_text=email).wait_for()
    token = re.search(r"/uitnodiging/(\S+)/", mail.outbox[-1].body).group(1)

    # when: the owner accepts, creates an account and adds a building with a lab space
    context.clear_cookies()
    page.goto(_url(language, "invitation_accept", token))
    page.locator("input[name=first_name]").fill("Olga")
    page.locator("input[name=last_name]").fill("Eigenaar")
    page.locator("input[name=password1]").fill(OWNER_PASSWORD)
    page.locator("input[name=password2]").fill(OWNER_PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(re.compile(re.escape(_url(language, "space:my_buildings")) + "$"))
    page.goto(_url(language, "space:building_create"))
    page.locator("input[name=name]").fill("Labgebouw Noord")
    page.locator("input[name=owner_name]").fill("Noord Vastgoed B.V.")
    page.locator("input[name=street_address]").fill("Capitool 9")
    page.locator("select[name=sub_area]").select_option("ut_campus")
    page.locator("input[name=gross_floor_area_m2]").fill("4000")
    page.locator("input[name=amenities][value=chemistry_lab]").check()
    page.locator("main form button[type=submit]").click()
    page.get_by_role("heading", name="Labgebouw Noord").wait_for()
    page.locator(".building-card a[href*='/ruimte/nieuw/']").click()
    page.locator("input[name=name]").fill("Lab 1.10")
    page.locator("select[name=kind]").select_option("lab")
    page.locator("select[name=lab_safety_class]").select_option("ml2")
    page.locator("input[name=floor_area_m2]").fill("240")
    page.locator("input[name=available_from]").fill((timezone.localdate() + datetime.timedelta(days=20)).isoformat())
    page.locator("input[name=rent_min]").fill("185")
    page.locator("input[name=rent_max]").fill("200")
    page.locator("main form button[type=submit]").click()
    page.locator(".building-card", has_text="Lab 1.10").wait_for()
    space = Space.objects.get(name="Lab 1.10")
    assert space.review_status == ReviewStatus.PENDING

    # when: the editor approves it from the work page
    context.clear_cookies()
    log_in(page, editor.username, DEFAULT_PASSWORD, login_path=login_path)
    page.goto(_url(language, "work"))
    page.get_by_role("link", name=str(space)).click()
    page.locator("input[name=approve][value='1']").check()
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(re.compile(re.escape(_url(language, "space:review_queue")) + "$"))

    # when: a visitor finds it by its filters and asks about it
    context.clear_cookies()
    page.goto(_url(language, "space:list"))
    page.locator("input[name=kind][value=lab]").check()
    page.locator("input[name=min_m2]").fill("200")
    page.locator("input[name=sub_area][value=ut_campus]").check()
    page.locator("aside form button[type=submit]").click()
    results = page.locator(".space-list .space-item")
    expect(results).to_have_count(1)
    results.get_by_role("link").click()
    page.locator("input[name=name]").fill("Karin Koffie")
    page.locator("input[name=organisation]").fill(f"Quantum Lab {language} {viewport['width']}")
    page.locator("input[name=email]").fill("karin@quantumlab.example")
    page.locator("select[name=lead_type]").select_option("startup")
    page.locator("input[name=floor_area_m2]").fill("230")
    page.locator("textarea[name=message]").fill("Wij zoeken een ML-II lab voor 6 mensen.")
    page.locator("input[name=consent]").check()
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(re.compile(re.escape(_url(language, "space:enquiry_thanks")) + "$"))
    assert any(email in message.to and "Lab 1.10" in message.subject for message in mail.outbox)
    assert any("team@example.org" in message.to for message in mail.outbox)

    # then: the acquisition team sees the enquiry on a new lead, its housing need, and the space in its matches
    lead = Lead.objects.get(name=f"Quantum Lab {language} {viewport['width']}")
    context.clear_cookies()
    log_in(page, acquisition.username, DEFAULT_PASSWORD, login_path=login_path)
    page.goto(_url(language, "crm:lead_detail", lead.pk))
    expect(page.locator("main")).to_contain_text("Wij zoeken een ML-II lab voor 6 mensen.")
    expect(page.locator("main")).to_contain_text("230")
    page.locator(f"a[href='{_url(language, 'space:lead_matches', lead.pk)}']").click()
    expect(page.locator(".match-table")).to_contain_text("Lab 1.10")
    page.screenshot(path=f"var/space-{language}-{viewport['width']}.png", full_page=True)
    context.close()
