"""What search engines read: schema.org Event, the home page's WebSite/Organization, no empty properties."""

import json
import re

import pytest
from django.urls import reverse

from community.events.structured_data import IN_STOCK, SOLD_OUT
from kennispark.templatetags.structured_data import json_ld, without_empty
from tests.factories.events import EventFactory, RegistrationFactory, VenueFactory

pytestmark = pytest.mark.django_db
ORIGIN = "https://portal.kennispark.example"


@pytest.fixture(autouse=True)
def origin(settings):
    settings.SITE_URL = ORIGIN + "/"


def _json_ld(response) -> list[dict]:
    found = re.findall(r'<script type="application/ld\+json">(.*?)</script>', response.content.decode(), re.S)
    return [json.loads(payload) for payload in found]


def _empty_paths(data, path="$") -> list[str]:
    if data in (None, "", [], {}):
        return [path]
    if isinstance(data, dict):
        return [found for key, value in data.items() for found in _empty_paths(value, f"{path}.{key}")]
    if isinstance(data, list):
        return [found for index, value in enumerate(data) for found in _empty_paths(value, f"{path}[{index}]")]
    return []


def test_event_json_ld_has_plain_text_structured_address_and_availability(client):
    # given: a description with an entity and a list, at a venue with its address in parts, one place left
    venue = VenueFactory(name="The Gallery", address="Hengelosestraat 500", postcode="7521 AN", city="Enschede")
    event = EventFactory(
        venue=venue,
        description_nl="<p>Talent &amp; Ontmoeting</p><ul><li>Inloop vooraf</li><li>Gratis</li></ul>",
        registration_open=True,
        capacity=2,
    )
    RegistrationFactory(event=event)

    # when
    (data,) = _json_ld(client.get(event.get_absolute_url()))

    # then
    assert data["description"] == "Talent & Ontmoeting\nInloop vooraf\nGratis"
    assert data["location"]["address"] == {
        "@type": "PostalAddress",
        "streetAddress": "Hengelosestraat 500",
        "postalCode": "7521 AN",
        "addressLocality": "Enschede",
        "addressCountry": "NL",
    }
    assert data["offers"]["availability"] == IN_STOCK
    assert data["url"] == f"{ORIGIN}{event.get_absolute_url()}"
    assert _empty_paths(data) == []


def test_a_full_event_is_sold_out_in_json_ld(client):
    # given
    event = EventFactory(registration_open=True, capacity=1, description_nl="")
    RegistrationFactory(event=event)

    # when
    (data,) = _json_ld(client.get(event.get_absolute_url()))

    # then: no empty description either
    assert data["offers"]["availability"] == SOLD_OUT
    assert "description" not in data
    assert _empty_paths(data) == []


def test_the_english_event_page_speaks_english_in_json_ld(client):
    # given
    event = EventFactory(title_nl="Netwerkborrel", title_en="Network drinks")

    # when
    (data,) = _json_ld(client.get(f"/en{event.get_absolute_url()}"))

    # then
    assert data["name"] == "Network drinks" and data["inLanguage"] == "en"


def test_the_home_page_describes_the_website_and_the_organisation(client):
    # when
    graphs = [data for data in _json_ld(client.get(reverse("home"))) if "@graph" in data]

    # then
    (graph,) = graphs
    types = {node["@type"]: node for node in graph["@graph"]}
    assert types["WebSite"]["url"] == types["Organization"]["url"] == f"{ORIGIN}/"
    assert types["WebSite"]["publisher"] == {"@id": types["Organization"]["@id"]}
    assert types["Organization"]["logo"].startswith(f"{ORIGIN}/")
    assert _empty_paths(graph) == []


def test_structured_data_never_carries_empty_properties():
    # given: data as the selectors build it, with empty lists, strings and nested objects
    data = {"name": "Sensorlab", "knowsAbout": [], "address": {"postalCode": "", "x": None}, "sameAs": ["", "u"]}

    # when
    rendered = json_ld(data)

    # then
    assert without_empty(data) == {"name": "Sensorlab", "sameAs": ["u"]}
    assert "knowsAbout" not in rendered and "postalCode" not in rendered


def test_language_alternates_are_absolute_on_agenda_and_event(client):
    # given
    event = EventFactory()

    # when
    pages = [client.get(reverse("events:list")), client.get(event.get_absolute_url())]

    # then
    for page in pages:
        alternates = re.findall(r'<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)">', page.content.decode())
        assert alternates and all(href.startswith(f"{ORIGIN}/") for _code, href in alternates)
