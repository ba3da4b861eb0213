"""Every absolute link (e-mails, feeds, JSON-LD, API) uses the one configured origin, not the request's host."""

import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import icalendar
import pytest
from django.conf import settings as django_settings
from django.urls import reverse
from django.utils import timezone

from kennispark.links import absolute_url
from tests.factories.establishments import EstablishmentFactory
from tests.factories.events import EventFactory
from tests.factories.talent import VacancyFactory
from tests.factories.users import UserFactory

ORIGIN = "https://portal.kennispark.example"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def origin(settings):
    settings.SITE_URL = ORIGIN + "/"
    return ORIGIN


def _json_ld(response) -> dict:
    return json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', response.content.decode(), re.S)[1]
    )


def _urls(text: str) -> list[str]:
    return re.findall(r"https?://[^\s\"'<>]+", text)


def test_a_path_is_put_on_the_configured_origin(origin):
    assert absolute_url("/agenda/") == f"{ORIGIN}/agenda/"
    assert absolute_url("agenda/") == f"{ORIGIN}/agenda/"
    assert absolute_url("https://cdn.example/logo.png") == "https://cdn.example/logo.png"
    assert absolute_url("//cdn.example/logo.png") == "//cdn.example/logo.png"


def _settings_value(name: str, *, settings_module: str, **env) -> subprocess.CompletedProcess:
    environment = {key: value for key, value in os.environ.items() if key not in {"SITE_URL", "PORT"}}
    environment.update(DJANGO_SETTINGS_MODULE=settings_module, **env)
    code = f"import django; django.setup(); from django.conf import settings; print(settings.{name})"
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=environment, capture_output=True, text=True, timeout=60
    )


def test_in_development_the_origin_follows_the_port_of_make_run():
    # when
    default = _settings_value("SITE_URL", settings_module="kennispark.settings.base")
    on_8311 = _settings_value("SITE_URL", settings_module="kennispark.settings.base", PORT="8311")
    configured = _settings_value("SITE_URL", settings_module="kennispark.settings.base", PORT="8311", SITE_URL=ORIGIN)

    # then
    assert default.stdout.strip() == "http://127.0.0.1:8000"
    assert on_8311.stdout.strip() == "http://127.0.0.1:8311"
    assert configured.stdout.strip() == ORIGIN


def test_production_does_not_start_without_its_origin():
    # when
    result = _settings_value(
        "SITE_URL", settings_module="kennispark.settings.production", DJANGO_SECRET_KEY="x" * 50, PORT="8311"
    )

    # then
    assert result.returncode != 0
    assert "SITE_URL" in result.stderr


@pytest.mark.django_db
def test_event_page_feeds_and_api_use_the_origin(client, origin):
    # given
    event = EventFactory(title_nl="Lezing", registration_open=True, capacity=5)
    event_url = f"{ORIGIN}{event.get_absolute_url()}"

    # when
    json_ld = _json_ld(client.get(event.get_absolute_url()))
    feed = icalendar.Calendar.from_ical(client.get(reverse("events:feed")).content)
    download = icalendar.Calendar.from_ical(client.get(reverse("events:ics", kwargs={"pk": event.pk})).content)
    api = client.get(f"/api/events/{event.pk}/").json()

    # then
    assert json_ld["url"] == event_url
    assert [str(component["URL"]) for component in feed.walk("VEVENT")] == [event_url]
    assert [str(component["URL"]) for component in download.walk("VEVENT")] == [event_url]
    assert api["url"] == event_url
    assert api["ics_url"] == f"{ORIGIN}{reverse('events:ics', kwargs={'pk': event.pk})}"


@pytest.mark.django_db
def test_every_emails_links_use_the_origin(origin, mailoutbox, editor):
    # given
    from community.events.emails import send_registration_mail
    from community.talent.emails import confirmation_message, digest_message
    from crm.emails import follow_up_digests_send, inbound_notification_send
    from establishments.self_service import invitation_create, invitation_send
    from tests.factories.crm import FollowUpFactory, LeadFactory
    from tests.factories.events import RegistrationFactory
    from tests.factories.talent import VacancySubscriptionFactory

    registration = RegistrationFactory()
    invitation = invitation_create(
        establishment=EstablishmentFactory(), email="nieuw@example.org", invited_by=editor, language="nl"
    )
    subscription = VacancySubscriptionFactory()
    lead = LeadFactory()
    FollowUpFactory(lead=lead, assignee=UserFactory(roles=["acquisition"]), due_on=timezone.localdate())

    # when
    send_registration_mail("registration", registration.pk)
    invitation_send(invitation_id=invitation.pk, token="token", language="nl")
    inbound_notification_send(lead_id=lead.pk)
    follow_up_digests_send(today=timezone.localdate())
    messages = [*mailoutbox, confirmation_message(subscription), digest_message(subscription, [VacancyFactory()])]

    # then
    assert len(messages) == 6
    for message in messages:
        bodies = [message.body, *(content for content, _type in getattr(message, "alternatives", []))]
        links = [link for body in bodies for link in _urls(body)]
        assert links, message.subject
        assert all(link.startswith(f"{ORIGIN}/") for link in links), (message.subject, links)


@pytest.mark.django_db
def test_vacancy_json_ld_feed_and_api_use_the_origin(client, origin):
    # given
    vacancy = VacancyFactory()
    vacancy_url = f"{ORIGIN}{vacancy.get_absolute_url()}"

    # when
    json_ld = _json_ld(client.get(vacancy.get_absolute_url()))
    channel = ET.fromstring(client.get(reverse("talent:vacancy_feed")).content).find("channel")  # noqa: S314
    api = client.get(f"/api/vacancies/{vacancy.slug}/").json()

    # then
    assert json_ld["url"] == vacancy_url
    assert channel.findtext("link") == f"{ORIGIN}{reverse('talent:vacancy_list')}"
    assert channel.find("{http://www.w3.org/2005/Atom}link").get("href") == f"{ORIGIN}{reverse('talent:vacancy_feed')}"
    assert [item.findtext("link") for item in channel.findall("item")] == [vacancy_url]
    assert api["url"] == vacancy_url


@pytest.mark.django_db
def test_establishment_json_ld_and_api_use_the_origin(client, origin):
    # given
    establishment = EstablishmentFactory(trade_name="Sensorwerk", logo="logos/sensorwerk.png")
    profile_url = f"{ORIGIN}{establishment.get_absolute_url()}"

    # when
    json_ld = _json_ld(client.get(establishment.get_absolute_url()))
    api = client.get(f"/api/establishments/{establishment.slug}/").json()

    # then
    assert json_ld["url"] == json_ld["mainEntityOfPage"] == profile_url
    assert json_ld["logo"] == f"{ORIGIN}/media/logos/sensorwerk.png"
    assert api["profile_url"] == profile_url


@pytest.mark.django_db
def test_language_alternates_are_absolute(client, origin):
    # when
    html = client.get(reverse("events:list")).content.decode()

    # then
    alternates = re.findall(r'<link rel="alternate" hreflang="(\w+)" href="([^"]+)">', html)
    assert alternates == [("en", f"{ORIGIN}/en/agenda/")]


def test_no_module_builds_absolute_links_from_the_request_or_the_setting_itself():
    # given
    sources = [
        path
        for folder in (
            "kennispark",
            "establishments",
            "crm",
            "monitoring",
            "community",
            "space",
            "programme",
            "impact",
            "templates",
        )
        for path in (ROOT / folder).rglob("*")
        if path.suffix in {".py", ".html", ".txt"} and "migrations" not in path.parts
    ]

    # when
    offenders = [
        str(path.relative_to(ROOT))
        for path in sources
        if path.name not in {"links.py", "base.py", "production.py"}
        and re.search(r"build_absolute_uri|SITE_URL|site_url", path.read_text(encoding="utf-8"))
    ]

    # then
    assert offenders == []
    assert django_settings.SITE_URL


@pytest.mark.django_db
def test_every_url_in_the_public_pages_json_ld_and_alternates_is_on_the_origin(client, origin):
    # given: a page of every kind that carries structured data
    from tests.factories.talent import TalentPageFactory

    establishment = EstablishmentFactory(trade_name="Sensorwerk", website="https://sensorwerk.example/")
    pages = [
        reverse("home"),
        reverse("events:list"),
        EventFactory(title_nl="Lezing", registration_open=True, capacity=5).get_absolute_url(),
        VacancyFactory(establishment=establishment).get_absolute_url(),
        TalentPageFactory().get_absolute_url(),
        reverse("establishments:directory"),
        establishment.get_absolute_url(),
    ]
    external = ("https://schema.org", "https://sensorwerk.example/")

    # when
    found = {}
    for path in pages:
        html = client.get(path).content.decode()
        blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
        alternates = re.findall(r'<link rel="(?:alternate" hreflang="\w+|canonical)" href="([^"]+)"', html)
        found[path] = [url for block in blocks for url in _urls(block)] + alternates

    # then: structured data on every kind of page, and only the origin (or the company's own site) in it
    assert all(found.values()), found
    strays = {path: [url for url in urls if not url.startswith((f"{ORIGIN}/", *external))]
              for path, urls in found.items()}  # fmt: skip
    assert {path: urls for path, urls in strays.items() if urls} == {}
