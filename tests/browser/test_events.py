"""The events calendar end to end: submit, approve, find, register until full, waiting list, feed."""

import datetime
import re
from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation
from playwright.sync_api import expect

from community.events.models import Event, EventStatus, Registration, RegistrationStatus
from tests.factories.establishments import EstablishmentFactory
from tests.factories.events import EventFactory, VenueFactory, in_days
from tests.factories.users import DEFAULT_PASSWORD, UserFactory
from tests.fixtures.browser import DESKTOP, PHONE, log_in


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
    event_url = page.url
    for name, email in [("Anne de Vries", "anne@example.org"), ("Bram Jansen", "bram@example.org")]:
        page.goto(event_url)
        page.fill("#id_name", name)
        page.fill("#id_email", email)
        page.check("input[name=background][value=student]")
        page.check("#id_consent")
        page.locator("#register button[type=submit]").click()
        page.wait_for_load_state()
    state = page.locator("[data-state]").get_attribute("data-state")
    feed = page.request.get("/agenda/feed.ics").text()
    page.context.close()

    # then
    assert state == "waiting"
    statuses = dict(Registration.objects.values_list("email", "status"))
    assert statuses == {
        "anne@example.org": RegistrationStatus.REGISTERED,
        "bram@example.org": RegistrationStatus.WAITING,
    }
    assert f"UID:{event.uid}@agenda.kennispark.nl" in feed and "SUMMARY:Open dag Sensorlab" in feed
    assert any(message.to == ["anne@example.org"] and message.attachments for message in mail.outbox)


def _visitor(browser, live_server, viewport):
    context = browser.new_context(viewport=viewport, base_url=live_server.url, locale="nl-NL")
    context.set_default_timeout(15_000)
    return context.new_page()


def _register(page, event_path: str, name: str, email: str, *, date_index: int | None = None) -> None:
    page.goto(event_path)
    if date_index is not None:
        page.select_option("#id_occurrence", index=date_index)
    page.fill("#id_name", name)
    page.fill("#id_email", email)
    page.check("input[name=background][value=student]")
    page.check("#id_consent")
    page.locator("#register button[type=submit]").click()
    page.wait_for_url("**/agenda/aanmelding/*/")


def _state(page) -> str:
    return page.locator("[data-state]").get_attribute("data-state")


def _calendar_views(event, *, language: str) -> list[str]:
    local = timezone.localtime(event.starts_at)
    iso_year, week, _weekday = local.isocalendar()
    with translation.override(language):
        return [reverse("events:month", args=[local.year, local.month]), reverse("events:week", args=[iso_year, week])]


def _no_sideways_scrolling(page) -> bool:
    return page.evaluate("document.scrollingElement.scrollWidth <= window.innerWidth")


@pytest.mark.browser
@pytest.mark.parametrize("prefix", ["", "/en"], ids=["nl", "en"])
@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "390"])
def test_registration_states_and_availability_in_the_list(browser, live_server, eager_tasks, prefix, viewport):
    # given: an event with one place and one with five
    event = EventFactory(title_nl="Open lab", title_en="Open lab", registration_open=True, capacity=1)
    EventFactory(title_nl="Lezing", title_en="Lecture", registration_open=True, capacity=5)
    anne, bram = _visitor(browser, live_server, viewport), _visitor(browser, live_server, viewport)
    agenda, event_path = f"{prefix}/agenda/", f"{prefix}/agenda/{event.pk}/"

    # then: the list says how many places are left
    anne.goto(agenda)
    expect(anne.locator(".event-item", has_text="Open lab").locator(".badge-accent")).to_contain_text("1")
    lecture = anne.locator(".event-item", has_text=re.compile("Lezing|Lecture"))
    expect(lecture.locator(".badge-accent")).to_contain_text("5")

    # when: Anne registers
    _register(anne, event_path, "Anne de Vries", "anne@example.org")

    # then: she sees that she is registered, her personal link and one-tap calendar links, not the form again
    assert _state(anne) == "registered"
    assert anne.locator("#register").count() == 0
    anne_link = anne.url
    # the link is on the configured origin (SITE_URL), the live server on a port of its own: the paths agree
    assert urlsplit(anne.locator("#manage-link").input_value()).path == urlsplit(anne_link).path
    anne.locator(".add-to-calendar summary").click()
    assert anne.locator("a[href^='webcal:']").count() == 1
    assert anne.locator("a[href^='https://calendar.google.com/']").count() == 1
    assert anne.locator("a[href^='https://outlook.live.com/']").count() == 1
    assert _no_sideways_scrolling(anne)

    # and: the list now says the event is full
    bram.goto(agenda)
    expect(bram.locator(".event-item", has_text="Open lab").locator(".badge-full")).to_be_visible()
    # and so do the month grid and the week, beside the event's title
    for calendar_view in _calendar_views(event, language="en" if prefix else "nl"):
        bram.goto(calendar_view)
        expect(bram.locator(".day-events li", has_text="Open lab").locator(".badge-full")).to_be_visible()
        assert _no_sideways_scrolling(bram)
    bram.goto(agenda)

    # when: Bram registers for the full event
    _register(bram, event_path, "Bram Jansen", "bram@example.org")

    # then: he is on the waiting list, in place 1
    assert _state(bram) == "waiting"
    expect(bram.locator("[data-state]")).to_contain_text("1")
    bram_link = bram.url
    assert _no_sideways_scrolling(bram)

    # when: Anne cancels through her link
    anne.goto(anne_link)
    anne.locator(".registration-cancel button[type=submit]").click()
    anne.wait_for_load_state()

    # then: her registration is cancelled and Bram has her place
    assert _state(anne) == "cancelled"
    bram.goto(bram_link)
    assert _state(bram) == "registered"
    assert dict(Registration.objects.values_list("email", "status")) == {
        "anne@example.org": RegistrationStatus.CANCELLED,
        "bram@example.org": RegistrationStatus.REGISTERED,
    }
    anne.context.close()
    bram.context.close()


@pytest.mark.browser
def test_a_series_is_listed_once_and_taken_per_date(browser, live_server, eager_tasks):
    # given: a weekly series of three dates with one place each
    start = in_days(3, 16)
    event = EventFactory(
        title_nl="Talent Café",
        starts_at=start,
        ends_at=start + datetime.timedelta(hours=2),
        recurrence_frequency="weekly",
        recurrence_count=3,
        registration_open=True,
        capacity=1,
    )
    page = _visitor(browser, live_server, PHONE)

    # when: two visitors register for the second date, one for the first
    _register(page, f"/agenda/{event.pk}/", "Anne", "anne@example.org", date_index=1)
    _register(page, f"/agenda/{event.pk}/", "Bram", "bram@example.org", date_index=1)
    waiting = _state(page)
    _register(page, f"/agenda/{event.pk}/", "Cas", "cas@example.org", date_index=0)

    # then: each date has its own places
    assert waiting == "waiting" and _state(page) == "registered"
    second = start + datetime.timedelta(days=7)
    by_date = {(row.email, row.occurrence_start, row.status) for row in Registration.objects.all()}
    assert by_date == {
        ("anne@example.org", second, RegistrationStatus.REGISTERED),
        ("bram@example.org", second, RegistrationStatus.WAITING),
        ("cas@example.org", start, RegistrationStatus.REGISTERED),
    }

    # and: the agenda lists the series once, at its next date, with the other dates counted
    page.goto("/agenda/")
    items = page.locator(".event-item", has_text="Talent Café")
    expect(items).to_have_count(1)
    expect(items.locator(".muted")).to_contain_text("2")
    expect(items.locator(".badge-full")).to_be_visible()
    assert _no_sideways_scrolling(page)
    page.context.close()
