"""Deny unless allowed: every page without a public purpose keeps anonymous visitors out.

The test walks the whole URL configuration, so a new page that forgets its access check fails here
until it is either protected or consciously added to PUBLIC_PAGES.
"""

import re

import pytest
from django.urls import URLResolver, get_resolver

pytestmark = pytest.mark.django_db

PUBLIC_PAGES = {
    "health", "api-schema", "api-docs", "home", "login", "password_reset", "password_reset_done",
    "password_reset_complete", "api-establishment-list", "api-sbi-list", "monitoring_api:figures-list",
    "events-api:event-list", "talent-api:vacancy-list", "establishments:directory", "crm:inbound",
    "crm:inbound_thanks", "monitoring:key_figures", "monitoring:dashboard", "monitoring:definitions", "events:list",
    "events:month_current", "events:week_current", "events:feed", "events:embed", "talent:index",
    "talent:vacancy_list", "talent:vacancy_feed", "talent:alert_subscribe", "talent:alert_pending",
    "space:list", "space:enquiry_thanks", "facilities:list", "facilities:open_data", "facilities:request_thanks",
    "space-api:space-list", "space-api:facility-list", "impact:dashboard", "impact:comparison", "impact:stories",
    "impact_api:indicators-list", "members:signup", "members:signup_sent", "programme:public_index", "robots",
}  # fmt: skip
EDITOR_PAGES = {"establishments:import_upload", "events:review_queue"}
DENIED = {301, 302, 401, 403, 405}


def _walk(patterns, prefix="", namespace=None):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = ":".join(filter(None, [namespace, pattern.namespace])) or None
            yield from _walk(pattern.url_patterns, prefix + str(pattern.pattern), inner)
        elif pattern.name:
            yield prefix + str(pattern.pattern), ":".join(filter(None, [namespace, pattern.name]))


def _pages_without_arguments():
    pages = {}
    for route, name in _walk(get_resolver().url_patterns):
        if name.startswith("admin:") or "<" in route or "(?P" in route:
            continue
        pages[name] = "/" + re.sub(r"[\^$]", "", route)
    return pages


PAGES = _pages_without_arguments()


def test_the_public_list_names_only_existing_pages():
    assert set(PAGES) >= PUBLIC_PAGES | EDITOR_PAGES


@pytest.mark.parametrize("name", sorted(set(PAGES) - PUBLIC_PAGES))
def test_anonymous_visitors_are_kept_out(client, name):
    # when
    response = client.get(PAGES[name])

    # then: a login redirect, or a refusal; never the page itself
    assert response.status_code in DENIED, f"{name} ({PAGES[name]}) answered {response.status_code}"
    if response.status_code == 302:
        assert "/accounts/login/" in response["Location"]


@pytest.mark.parametrize("name", sorted(PUBLIC_PAGES))
def test_public_pages_answer_anonymous_visitors(client, name):
    response = client.get(PAGES[name])

    assert response.status_code == 200, f"{name} ({PAGES[name]}) answered {response.status_code}"


@pytest.mark.parametrize("name", sorted(EDITOR_PAGES))
def test_company_representatives_do_not_reach_editor_pages(client, company_user, name):
    client.force_login(company_user)

    response = client.get(PAGES[name])

    assert response.status_code in {403, 404}
