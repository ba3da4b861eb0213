"""A student joins the community end to end, in Dutch and English, on a desktop and a phone."""

import re
from pathlib import Path

import icalendar
import pytest
from django.core import mail

from community.events.models import Registration
from tests.factories.establishments import EstablishmentFactory
from tests.factories.events import EventFactory, in_days
from tests.fixtures.browser import DESKTOP, PHONE, log_in

SCREENSHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"
PASSWORD = "een-lang-wachtwoord-42"


@pytest.fixture
def eager_tasks():
    """Run e-mail tasks inside the live server's thread, as the worker would."""
    from kennispark.celery import app

    previous = app.conf.task_always_eager
    app.conf.task_always_eager = True
    yield
    app.conf.task_always_eager = previous


def _uids(content: bytes) -> set[str]:
    return {str(item["uid"]).split("@")[0] for item in icalendar.Calendar.from_ical(content).walk("VEVENT")}


@pytest.mark.browser
@pytest.mark.parametrize(
    ("language", "viewport"),
    [("nl", DESKTOP), ("en", DESKTOP), ("nl", PHONE), ("en", PHONE)],
    ids=["nl-desktop", "en-desktop", "nl-phone", "en-phone"],
)
def test_a_student_signs_up_follows_saves_registers_and_subscribes(browser, live_server, eager_tasks, language,
                                                                    viewport):  # fmt: skip
    # given: an organiser's lecture taking registrations, a Talent Café, one more event to save and one unrelated
    prefix = "" if language == "nl" else "/en"
    organiser = EstablishmentFactory(trade_name="Fotonica Lab B.V.")
    lecture = EventFactory(
        establishment=organiser,
        category="lecture",
        title_nl="Lezing fotonica",
        title_en="Photonics lecture",
        registration_open=True,
        capacity=20,
        starts_at=in_days(5),
    )
    cafe = EventFactory(category="talent_cafe", title_nl="Talent Café", title_en="Talent Café", starts_at=in_days(9))
    to_save = EventFactory(category="sports", title_nl="Kennispark Run", title_en="Kennispark Run")
    unrelated = EventFactory(category="network_drinks", title_nl="Borrel elders", title_en="Drinks elsewhere")
    context = browser.new_context(viewport=viewport, base_url=live_server.url, locale=f"{language}-NL",
                                  is_mobile=viewport == PHONE)  # fmt: skip
    context.set_default_timeout(15_000)
    page = context.new_page()
    page.on("dialog", lambda dialog: dialog.accept())
    email = f"student-{language}-{viewport['width']}@student.example"

    # when: the student signs up
    page.goto(f"{prefix}/mijn/lid-worden/")
    page.fill("#id_first_name", "Sanne")
    page.fill("#id_last_name", "de Vries")
    page.fill("#id_email", email)
    page.fill("#id_password1", PASSWORD)
    page.fill("#id_password2", PASSWORD)
    page.check("input[name=background][value=student]")
    page.select_option("#id_institution", "ut")
    page.check("#id_consent")
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/mijn/lid-worden/verstuurd/")

    # and: confirms the e-mail address from the link and logs in
    body = next(message.body for message in mail.outbox if message.to == [email])
    link = re.search(r"https?://[^/\s]+(\S*/mijn/bevestigen/\S+/)", body).group(1)
    page.goto(link)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/accounts/login/**")
    log_in(page, email, PASSWORD, login_path=f"{prefix}/accounts/login/?next={prefix}/mijn/agenda/")
    page.wait_for_url(f"**{prefix}/mijn/agenda/")

    # and: follows the Talent Café category and the lecture's organiser, saves the run and registers for the lecture
    page.goto(f"{prefix}/mijn/volgen/")
    page.select_option("#follow-category", "talent_cafe")
    page.locator("form:has(#follow-category) button[type=submit]").click()
    page.wait_for_load_state()
    page.goto(f"{prefix}/agenda/{lecture.pk}/")
    page.locator("form[action$='/mijn/volgen/organisator/'] button[type=submit]").click()
    page.wait_for_load_state()
    page.locator(".member-one-click button[type=submit]").click()
    page.wait_for_load_state()
    page.goto(f"{prefix}/agenda/{to_save.pk}/")
    page.locator(f"form[action$='/mijn/evenementen/{to_save.pk}/bewaren/'] button[type=submit]").click()
    page.wait_for_load_state()

    # then: My agenda shows the registration, the feed holds exactly what was followed, saved and registered
    page.goto(f"{prefix}/mijn/agenda/")
    registrations = page.locator("section[aria-labelledby=registrations-title]")
    assert (lecture.title_nl if language == "nl" else lecture.title_en) in registrations.inner_text()
    assert Registration.objects.get(event=lecture).email == email
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"members-agenda-{language}-{viewport['width']}.png"), full_page=True)
    feed_url = page.locator("#feed-url").input_value()
    feed_path = re.sub(r"^https?://[^/]+", "", feed_url)
    feed = page.request.get(feed_path)
    assert feed.status == 200
    assert _uids(feed.body()) == {str(lecture.uid), str(cafe.uid), str(to_save.uid)}
    assert str(unrelated.uid) not in _uids(feed.body())

    # when: the student makes a new feed address
    page.locator("form[action$='/mijn/feed/vernieuwen/'] button[type=submit]").click()
    page.wait_for_load_state()

    # then: the old address answers 404 and the new one works
    assert page.request.get(feed_path).status == 404
    new_path = re.sub(r"^https?://[^/]+", "", page.locator("#feed-url").input_value())
    assert new_path != feed_path and page.request.get(new_path).status == 200
    context.close()
