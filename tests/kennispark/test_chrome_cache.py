"""The page chrome (header, menus, footer) is cached per address, language and kind of user: each user still
sees their own menu, a new role shows at once, the language switch follows the address, and the logout form
carries the session's own CSRF token."""

import re

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

from tests.benchmark.counting import log_in
from tests.factories.users import UserFactory

pytestmark = pytest.mark.django_db


def _page(client: Client, path: str) -> str:
    response = client.get(path)
    assert response.status_code == 200
    return response.content.decode()


def test_each_user_gets_their_own_menu_on_the_same_page(page_cache_off):
    # given: an editor, an acquisition colleague and a visitor on the same page
    editor, acquisition, visitor = Client(), Client(), Client()
    log_in(editor, UserFactory(roles=["editor"]))
    log_in(acquisition, UserFactory(roles=["acquisition"]))
    path = reverse("events:list")

    # when
    pages = {name: _page(client, path) for name, client in
             (("editor", editor), ("acquisition", acquisition), ("visitor", visitor))}  # fmt: skip

    # then
    review, crm = f'href="{reverse("events:review_queue")}"', f'href="{reverse("crm:board")}"'
    assert review in pages["editor"] and crm not in pages["editor"]
    assert crm in pages["acquisition"] and review not in pages["acquisition"]
    assert (
        f'href="{reverse("login")}' in pages["visitor"]
        and review not in pages["visitor"]
        and crm not in pages["visitor"]
    )


def test_a_new_role_shows_in_the_menu_at_once(page_cache_off):
    # given
    user = UserFactory(roles=["company"])
    client = Client()
    log_in(client, user)
    path = reverse("events:list")
    assert f'href="{reverse("crm:board")}"' not in _page(client, path)

    # when
    user.groups.add(Group.objects.get_or_create(name="acquisition")[0])

    # then
    assert f'href="{reverse("crm:board")}"' in _page(client, path)


def test_the_language_switch_follows_the_address_and_its_query(page_cache_off):
    # given
    client = Client()
    directory = reverse("establishments:directory")

    # when
    first = _page(client, f"{directory}?q=sensor")
    second = _page(client, f"{directory}?q=robot")

    # then
    assert "q=robot" in re.search(r'<a href="([^"]+)" hreflang="en"', second).group(1)
    assert "q=sensor" in re.search(r'<a href="([^"]+)" hreflang="en"', first).group(1)


def test_logging_out_uses_the_sessions_own_token_from_a_cached_header(page_cache_off):
    # given: the same user's visit on another device put this page's header in the cache
    user = UserFactory(roles=["acquisition"])
    other_device = Client()
    log_in(other_device, user)
    _page(other_device, reverse("crm:board"))
    client = Client(enforce_csrf_checks=True)
    log_in(client, user)

    # when
    html = _page(client, reverse("crm:board"))
    token = re.search(
        r'action="'
        + re.escape(reverse("logout"))
        + r'"[^>]*>\s*<input type="hidden" name="csrfmiddlewaretoken" value="([^"]+)"',
        html,
    ).group(1)
    response = client.post(reverse("logout"), {"csrfmiddlewaretoken": token})

    # then
    assert response.status_code == 302
    assert client.get(reverse("crm:board")).status_code == 302  # logged out: the login page
