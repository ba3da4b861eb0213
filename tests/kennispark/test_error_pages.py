"""Branded not-found and error pages in both languages, and a favicon where browsers look for it."""

import pytest
from django.test import RequestFactory
from django.utils import translation
from django.views import defaults

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("path", "language", "title", "search_label"),
    [
        ("/bestaat-niet/", "nl", "Pagina niet gevonden", "Zoek in de bedrijven op Kennispark"),
        ("/en/does-not-exist/", "en", "Page not found", "Search the companies on Kennispark"),
    ],
)
def test_a_mistyped_address_shows_the_branded_not_found_page(client, path, language, title, search_label):
    # when
    response = client.get(path)

    # then: the site's header and navigation, a search and a way back, in the visitor's language
    page = response.content.decode()
    assert response.status_code == 404
    assert f'<html lang="{language}">' in page
    assert f'<h1 id="error-title">{title}</h1>' in page
    assert search_label in page
    assert 'role="search"' in page and 'class="main-nav"' in page


def test_an_unknown_api_address_answers_json():
    from django.test import Client

    response = Client().get("/api/bestaat-niet/")

    assert response.status_code == 404
    assert response.json() == {"detail": "Niet gevonden."}


@pytest.mark.parametrize(("language", "title"), [("nl", "Er ging iets mis"), ("en", "Something went wrong")])
def test_the_error_page_renders_without_a_request_context(language, title):
    # given
    request = RequestFactory().get("/")

    # when
    with translation.override(language):
        response = defaults.server_error(request)

    # then
    page = response.content.decode()
    assert response.status_code == 500
    assert f'<html lang="{language}">' in page
    assert f'<h1 id="error-title">{title}</h1>' in page


def test_favicon_ico_leads_to_the_portals_icon(client):
    response = client.get("/favicon.ico")

    assert response.status_code == 301
    assert response["Location"].endswith("img/favicon.svg")
