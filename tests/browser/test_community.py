"""Issue 5 end to end: a representative submits an event and a vacancy, an editor approves the event,
a visitor finds both, registers until the event is full, lands on the waiting list, and the feed has it."""

import datetime

import icalendar
import pytest
from django.utils import timezone
from playwright.sync_api import expect

from community.events.models import Event, EventStatus, Registration, RegistrationStatus
from tests.factories.establishments import EstablishmentFactory
from tests.factories.events import VenueFactory, in_days
from tests.factories.talent import FieldOfWorkFactory
from tests.factories.users import DEFAULT_PASSWORD, UserFactory
from tests.fixtures.browser import DESKTOP, log_in

pytestmark = [pytest.mark.browser, pytest.mark.worker, pytest.mark.django_db(transaction=True)]


def test_event_and_vacancy_from_submission_to_waiting_list_and_feed(browser, live_server, celery_worker):
    # given: a company on the park with its representative, an editor and a venue
    establishment = EstablishmentFactory(trade_name="Fotonica Drienerlo B.V.")
    representative = UserFactory(roles=["company"])
    establishment.representatives.add(representative)
    editor = UserFactory(roles=["editor"], is_staff=True)
    VenueFactory(name="The Gallery")
    FieldOfWorkFactory(slug="engineering", name_nl="Techniek en engineering", name_en="Engineering")
    start, end = in_days(10, 16), in_days(10, 18)

    def new_page(viewport=DESKTOP):
        context = browser.new_context(viewport=viewport, base_url=live_server.url, locale="nl-NL")
        context.set_default_timeout(20_000)
        return context.new_page()

    # when: the representative submits an event with one place ...
    page = new_page()
    log_in(page, representative.username, DEFAULT_PASSWORD)
    page.goto("/agenda/nieuw/")
    page.fill("#id_title_nl", "Labrondleiding Fotonica")
    page.fill("#id_description_nl", "<p>Kijk mee in ons fotonicalab.</p>")
    page.select_option("#id_category", "company_visit")
    page.check("input[name=audience][value=students]")
    page.fill("#id_starts_at", start.strftime("%Y-%m-%dT%H:%M"))
    page.fill("#id_ends_at", end.strftime("%Y-%m-%dT%H:%M"))
    page.select_option("#id_venue", label="The Gallery")
    page.check("#id_registration_open")
    page.fill("#id_capacity", "1")
    page.get_by_role("button", name="Ter beoordeling indienen").click()
    page.wait_for_url("**/agenda/mijn-evenementen/")

    # ... and posts a vacancy
    page.goto("/talent/mijn-vacatures/")
    page.get_by_role("link", name="Vacature plaatsen").click()
    page.get_by_label("Titel (Nederlands)").fill("Afstudeeropdracht fotonische chips")
    page.get_by_label("Soort").select_option("graduation_project")
    page.get_by_label("WO").check()
    page.get_by_label("Vakgebied").select_option(label="Techniek en engineering")
    page.get_by_label("Uren per week (minimaal)").fill("36")
    page.get_by_label("Uren per week (maximaal)").fill("40")
    page.get_by_label("Werktaal").select_option("both")
    page.get_by_label("Sluitingsdatum").fill((timezone.localdate() + datetime.timedelta(days=40)).isoformat())
    page.get_by_label("Beschrijving (Nederlands)").fill("Ontwerp en meet fotonische chips in onze cleanroom.")
    page.get_by_label("Solliciteren via e-mail").fill("werken@fotonica.example")
    page.get_by_role("button", name="Vacature publiceren").click()
    page.wait_for_url("**/talent/vacatures/afstudeeropdracht-fotonische-chips-*/")
    page.context.close()

    # then: the event waits for review and is not public yet
    event = Event.objects.get(title_nl="Labrondleiding Fotonica")
    assert event.status == EventStatus.SUBMITTED
    visitor = new_page()
    visitor.goto("/agenda/")
    assert visitor.get_by_role("link", name="Labrondleiding Fotonica").count() == 0
    visitor.context.close()

    # when: the editor approves it from the review queue
    page = new_page()
    log_in(page, editor.username, DEFAULT_PASSWORD)
    page.goto("/agenda/redactie/")
    page.get_by_role("link", name="Labrondleiding Fotonica").click()
    page.get_by_role("button", name="Goedkeuren en publiceren").click()
    page.wait_for_url("**/agenda/redactie/")
    page.context.close()

    # then: a visitor on a phone finds both on the company's page in the directory
    visitor = new_page(viewport={"width": 390, "height": 844})
    visitor.goto("/bedrijven/?q=Fotonica")
    visitor.get_by_role("link", name="Fotonica Drienerlo B.V.").first.click()
    visitor.wait_for_url("**/bedrijven/fotonica-drienerlo-*/")
    expect(visitor.get_by_role("link", name="Afstudeeropdracht fotonische chips")).to_be_visible()
    expect(visitor.get_by_role("link", name="Labrondleiding Fotonica")).to_be_visible()

    # when: visitors register until the event is full
    visitor.get_by_role("link", name="Labrondleiding Fotonica").click()
    event_url = visitor.url
    for name, email in [("Sanne Bos", "sanne@example.org"), ("Joris Smit", "joris@example.org")]:
        visitor.goto(event_url)
        visitor.fill("#id_name", name)
        visitor.fill("#id_email", email)
        visitor.check("input[name=background][value=student]")
        visitor.check("#id_consent")
        visitor.locator("#register button[type=submit]").click()
        visitor.wait_for_load_state()
    state = visitor.locator("[data-state]").get_attribute("data-state")
    feed = icalendar.Calendar.from_ical(visitor.request.get("/agenda/feed.ics").body())
    visitor.context.close()

    # then: the second visitor is on the waiting list and the feed carries the event
    assert state == "waiting"
    assert dict(Registration.objects.values_list("email", "status")) == {
        "sanne@example.org": RegistrationStatus.REGISTERED,
        "joris@example.org": RegistrationStatus.WAITING,
    }
    summaries = {str(vevent["SUMMARY"]) for vevent in feed.walk("VEVENT")}
    assert "Labrondleiding Fotonica" in summaries
