"""The events calendar end to end: submit, approve, find, register until full, waiting list, feed."""

import pytest
from django.core import mail

from community.events.models import Event, EventStatus, Registration, RegistrationStatus
from tests.factories.establishments import EstablishmentFactory
from tests.factories.events import VenueFactory, in_days
from tests.factories.users import DEFAULT_PASSWORD, UserFactory
from tests.fixtures.browser import log_in


@pytest.fixture
def eager_tasks():
    """Run e-mail tasks inside the live server's thread, as the worker would."""
    from kennispark.celery import app

    previous = app.conf.task_always_eager
    app.conf.task_always_eager = True
    yield
    app.conf.task_always_eager = previous


@pytest.mark.browser
def test_event_submitted_approved_found_registered_until_full_and_in_feed(browser, live_server, eager_tasks):
    # given
    establishment = EstablishmentFactory(trade_name="Sensorlab Twente B.V.")
    representative = UserFactory(roles=["company"])
    establishment.representatives.add(representative)
    editor = UserFactory(roles=["editor"], is_staff=True)
    VenueFactory(name="The Gallery")
    start, end = in_days(12, 16), in_days(12, 18)

    def new_page():
        context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=live_server.url, locale="nl-NL")
        context.set_default_timeout(15_000)
        return context.new_page()

    # when: the representative submits an event with one place
    page = new_page()
    log_in(page, representative.username, DEFAULT_PASSWORD)
    page.goto("/agenda/nieuw/")
    page.fill("#id_title_nl", "Open dag Sensorlab")
    page.fill("#id_description_nl", "<p>Rondleiding door het lab.</p>")
    page.select_option("#id_category", "company_visit")
    page.check("input[name=audience][value=students]")
    page.fill("#id_starts_at", start.strftime("%Y-%m-%dT%H:%M"))
    page.fill("#id_ends_at", end.strftime("%Y-%m-%dT%H:%M"))
    page.select_option("#id_venue", label="The Gallery")
    page.check("#id_registration_open")
    page.fill("#id_capacity", "1")
    page.get_by_role("button", name="Ter beoordeling indienen").click()
    page.wait_for_url("**/agenda/mijn-evenementen/")
    assert "wacht op beoordeling" in page.content()
    event = Event.objects.get(title_nl="Open dag Sensorlab")
    assert event.status == EventStatus.SUBMITTED
    page.context.close()

    # and: an editor approves it from the review queue
    page = new_page()
    log_in(page, editor.username, DEFAULT_PASSWORD)
    page.goto("/agenda/redactie/")
    page.get_by_role("link", name="Open dag Sensorlab").click()
    page.get_by_role("button", name="Goedkeuren en publiceren").click()
    page.wait_for_url("**/agenda/redactie/")
    page.context.close()

    # and: a visitor finds it, registers, and the next visitor lands on the waiting list
    page = new_page()
    page.goto("/agenda/?category=company_visit")
    page.get_by_role("link", name="Open dag Sensorlab").click()
    for name, email in [("Anne de Vries", "anne@example.org"), ("Bram Jansen", "bram@example.org")]:
        page.fill("#id_name", name)
        page.fill("#id_email", email)
        page.check("input[name=background][value=student]")
        page.check("#id_consent")
        page.locator("#register button[type=submit]").click()
        page.wait_for_load_state()
    message = page.locator(".messages").inner_text()
    feed = page.request.get("/agenda/feed.ics").text()
    page.context.close()

    # then
    assert "wachtlijst" in message
    statuses = dict(Registration.objects.values_list("email", "status"))
    assert statuses == {
        "anne@example.org": RegistrationStatus.REGISTERED,
        "bram@example.org": RegistrationStatus.WAITING,
    }
    assert f"UID:{event.uid}@agenda.kennispark.nl" in feed and "SUMMARY:Open dag Sensorlab" in feed
    assert any(message.to == ["anne@example.org"] and message.attachments for message in mail.outbox)
