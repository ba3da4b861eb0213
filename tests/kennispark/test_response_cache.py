"""Whole-page caching for anonymous visitors: fresh after every change, never shared across visitors."""

import datetime
import re

import pytest
from django.middleware.csrf import _unmask_cipher_token
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from community.events import services as event_services
from community.events.models import EventStatus, Registration
from community.talent import services as talent_services
from crm.models import Lead
from establishments import self_service
from kennispark import response_cache
from tests.factories.establishments import EstablishmentFactory
from tests.factories.events import EventFactory
from tests.factories.talent import TalentPageFactory, VacancyFactory
from tests.factories.users import UserFactory

pytestmark = pytest.mark.django_db

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def _url(name: str, language: str = "nl", **kwargs) -> str:
    with translation.override(language):
        return reverse(name, kwargs=kwargs or None)


def _token(response) -> str:
    return TOKEN.search(response.content.decode()).group(1)


def _event_pages(event) -> list[str]:
    local = timezone.localtime(event.starts_at)
    year, week, _weekday = local.isocalendar()
    pages = []
    for language in ("nl", "en"):
        pages += [
            _url("events:list", language),
            _url("events:month", language, year=local.year, month=local.month),
            _url("events:week", language, year=year, week=week),
            _url("events:detail", language, pk=event.pk),
            _url("events:embed", language),
            _url("home", language),
        ]
    return pages


def _make_change(django_capture_on_commit_callbacks, change) -> None:
    # The test runs in a transaction that never commits; the bump happens as if it did.
    with django_capture_on_commit_callbacks(execute=True):
        change()


@pytest.mark.parametrize("change", ["edit", "cancel"])
def test_an_event_change_shows_on_every_page_feed_and_api_at_once(
    client, editor, django_capture_on_commit_callbacks, change
):
    # given: every page that shows the event is cached, in both languages
    event = EventFactory(title_nl="Oude titel", title_en="Old title")
    pages = _event_pages(event)
    for url in pages:
        assert client.get(url).status_code == 200
    feed_etag = client.get(_url("events:feed"))["ETag"]
    api_etag = client.get("/api/events/")["ETag"]

    # when
    def edit():
        event.title_nl, event.title_en = "Nieuwe titel", "New title"
        event_services.event_save(event=event, user=editor)

    def cancel():
        event_services.event_cancel(event=event, user=editor)

    _make_change(django_capture_on_commit_callbacks, {"edit": edit, "cancel": cancel}[change])

    # then
    if change == "edit":
        for url in pages:
            content = client.get(url).content.decode()
            assert "Oude titel" not in content and "Old title" not in content, url
            assert ("Nieuwe titel" if "/en/" not in url else "New title") in content, url
    else:
        assert "Oude titel" not in client.get(_url("events:list")).content.decode()
        assert "Old title" not in client.get(_url("events:list", "en")).content.decode()
    assert client.get(_url("events:feed"))["ETag"] != feed_etag
    assert client.get("/api/events/")["ETag"] != api_etag


def test_an_approved_event_appears_on_the_cached_agenda(client, editor, django_capture_on_commit_callbacks):
    # given: a submitted event, not public, and the agenda cached without it
    event = EventFactory(title_nl="Ter beoordeling", title_en="In review", status=EventStatus.SUBMITTED)
    assert "Ter beoordeling" not in client.get(_url("events:list")).content.decode()
    assert "In review" not in client.get(_url("events:list", "en")).content.decode()

    # when
    _make_change(django_capture_on_commit_callbacks, lambda: event_services.event_approve(event=event, user=editor))

    # then
    assert "Ter beoordeling" in client.get(_url("events:list")).content.decode()
    assert "In review" in client.get(_url("events:list", "en")).content.decode()
    assert client.get(_url("events:detail", pk=event.pk)).status_code == 200


def test_a_profile_edit_shows_on_the_company_page_and_the_api(client, django_capture_on_commit_callbacks):
    # given
    representative = UserFactory(roles=["company"])
    establishment = EstablishmentFactory(description_nl="Oude omschrijving", description_en="Old description")
    establishment.representatives.add(representative)
    pages = [_url("establishments:detail", language, slug=establishment.slug) for language in ("nl", "en")]
    for url in pages:
        assert client.get(url).status_code == 200
    api_etag = client.get(f"/api/establishments/{establishment.slug}/")["ETag"]

    # when
    _make_change(
        django_capture_on_commit_callbacks,
        lambda: self_service.establishment_profile_update(
            establishment=establishment,
            user=representative,
            data={"description_nl": "Nieuwe omschrijving", "description_en": "New description"},
        ),
    )

    # then
    assert "Nieuwe omschrijving" in client.get(pages[0]).content.decode()
    assert "New description" in client.get(pages[1]).content.decode()
    assert client.get(f"/api/establishments/{establishment.slug}/")["ETag"] != api_etag


def test_an_expired_vacancy_leaves_the_cached_pages_feed_and_api(client, django_capture_on_commit_callbacks):
    # given: a vacancy closing today, cached on every page that shows it
    vacancy = VacancyFactory(title_nl="Sensoringenieur", closing_date=timezone.localdate())
    pages = [
        url
        for language in ("nl", "en")
        for url in (_url("talent:index", language), _url("talent:vacancy_list", language), _url("home", language))
    ]
    for url in pages:
        assert "Sensoringenieur" in client.get(url).content.decode(), url
    detail = _url("talent:vacancy_detail", slug=vacancy.slug)
    assert client.get(detail).status_code == 200
    feed_etag = client.get(_url("talent:vacancy_feed"))["ETag"]
    api_etag = client.get("/api/vacancies/")["ETag"]

    # when: the expiry service runs as if tomorrow had come
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    _make_change(django_capture_on_commit_callbacks, lambda: talent_services.vacancy_expire_overdue(today=tomorrow))

    # then
    for url in pages:
        assert "Sensoringenieur" not in client.get(url).content.decode(), url
    assert client.get(detail).status_code == 410
    assert client.get(_url("talent:vacancy_feed"))["ETag"] != feed_etag
    assert client.get("/api/vacancies/")["ETag"] != api_etag


@pytest.mark.parametrize("name", ["events:list", "events:feed", "talent:vacancy_feed", "home"])
def test_an_unchanged_page_answers_304_to_its_etag(client, name):
    # given
    EventFactory()
    first = client.get(_url(name))

    # when
    again = client.get(_url(name), headers={"if-none-match": first["ETag"]})

    # then
    assert first.status_code == 200
    assert again.status_code == 304
    assert again["ETag"] == first["ETag"]
    assert "public" in first["Cache-Control"] and "max-age=60" in first["Cache-Control"]
    assert "Cookie" in first["Vary"]


def test_an_unchanged_api_list_answers_304_to_its_etag(client):
    # given
    EstablishmentFactory()
    first = client.get("/api/establishments/")

    # when
    again = client.get("/api/establishments/", headers={"if-none-match": first["ETag"]})

    # then
    assert (first.status_code, again.status_code) == (200, 304)
    assert "Accept" in first["Vary"]


def test_a_cached_page_costs_at_most_one_query(client, django_assert_max_num_queries):
    # given
    EventFactory.create_batch(3)
    client.get(_url("events:list"))

    # when / then
    with django_assert_max_num_queries(1):
        response = client.get(_url("events:list"))
    assert response.status_code == 200


@pytest.mark.parametrize("role", ["company", "editor", "member"])
def test_a_logged_in_user_never_gets_the_cached_anonymous_page(role):
    # given: the anonymous home page is cached; a member is a logged-in user without a role
    anonymous = Client()
    assert "My account" not in anonymous.get(_url("home", "en")).content.decode()
    user = UserFactory(roles=[] if role == "member" else [role], is_staff=role == "editor")
    member = Client()
    member.force_login(user)

    # when
    response = member.get(_url("home", "en"))

    # then
    assert "My account" in response.content.decode()
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    assert "ETag" not in response


def test_an_anonymous_visitor_never_gets_a_logged_in_page():
    # given: a logged-in representative asks for the pages first
    user = UserFactory(roles=["company"])
    member = Client()
    member.force_login(user)
    event = EventFactory()
    urls = [_url("home", "en"), _url("events:detail", "en", pk=event.pk)]
    for url in urls:
        assert "My account" in member.get(url).content.decode()

    # when / then
    for url in urls:
        assert "My account" not in Client().get(url).content.decode()


def test_two_visitors_of_a_cached_form_page_each_get_their_own_csrf_token():
    # given
    event = EventFactory(registration_open=True, capacity=10)
    url = _url("events:detail", pk=event.pk)
    first, second = Client(), Client()

    # when
    first_token = _token(first.get(url))
    second_response = second.get(url)
    second_token = _token(second_response)

    # then: each token belongs to its own visitor's cookie, never to the other's
    first_secret, second_secret = first.cookies["csrftoken"].value, second.cookies["csrftoken"].value
    assert first_secret != second_secret
    assert _unmask_cipher_token(first_token) == first_secret
    assert _unmask_cipher_token(second_token) == second_secret
    assert "private" in second_response["Cache-Control"]


def test_an_event_registration_posted_from_a_cached_page_succeeds():
    # given: the page is cached by one visitor and served to another
    event = EventFactory(registration_open=True, capacity=10)
    url = _url("events:detail", pk=event.pk)
    Client().get(url)
    visitor = Client(enforce_csrf_checks=True)
    token = _token(visitor.get(url))

    # when
    response = visitor.post(
        _url("events:register", pk=event.pk),
        {"csrfmiddlewaretoken": token, "name": "Anna", "email": "anna@example.org", "background": "student"}
        | {"consent": "on"},
    )

    # then
    assert response.status_code == 302
    assert Registration.objects.filter(event=event, email="anna@example.org").exists()


def test_a_vacancy_alert_subscribed_from_a_cached_list_succeeds():
    # given
    VacancyFactory()
    url = _url("talent:vacancy_list")
    Client().get(url)
    visitor = Client(enforce_csrf_checks=True)
    token = _token(visitor.get(url))

    # when
    response = visitor.post(
        _url("talent:alert_subscribe"), {"csrfmiddlewaretoken": token, "email": "lezer@example.org"}
    )

    # then
    assert response.status_code == 302
    assert response["Location"] == _url("talent:alert_pending")


def test_the_inbound_form_posted_from_a_cached_page_succeeds():
    # given
    url = _url("crm:inbound")
    Client().get(url)
    visitor = Client(enforce_csrf_checks=True)
    token = _token(visitor.get(url))

    # when
    response = visitor.post(
        url,
        {
            "csrfmiddlewaretoken": token,
            "organisation": "Sensorlab B.V.",
            "lead_type": Lead._meta.get_field("type").choices[0][0],
            "expected_jobs": "12",
            "contact_name": "Piet",
            "contact_email": "piet@example.org",
            "consent": "on",
        },
    )

    # then
    assert response.status_code == 302
    assert Lead.objects.filter(name="Sensorlab B.V.").exists()


def test_a_post_without_a_token_is_still_refused():
    # given
    event = EventFactory(registration_open=True, capacity=10)
    Client().get(_url("events:detail", pk=event.pk))

    # when
    response = Client(enforce_csrf_checks=True).post(_url("events:register", pk=event.pk), {"name": "Bot"})

    # then
    assert response.status_code == 403


def test_a_talent_page_deleted_in_the_admin_leaves_the_cached_pages(client, django_capture_on_commit_callbacks):
    # given
    talent_page = TalentPageFactory(title_nl="Werken bij startups")
    assert "Werken bij startups" in client.get(_url("talent:index")).content.decode()
    admin = Client()
    admin.force_login(UserFactory(is_staff=True, is_superuser=True))

    # when
    with django_capture_on_commit_callbacks(execute=True):
        response = admin.post(_url("admin:talent_talentpage_delete", object_id=talent_page.pk), {"post": "yes"})

    # then
    assert response.status_code == 302
    assert "Werken bij startups" not in client.get(_url("talent:index")).content.decode()


def test_with_a_shared_cache_a_page_costs_no_query_and_follows_a_change(
    shared_cache, client, editor, django_assert_num_queries, django_capture_on_commit_callbacks
):
    # given
    event = EventFactory(title_nl="Oude titel")
    url = _url("events:detail", pk=event.pk)
    client.get(url)

    # when
    with django_assert_num_queries(0):
        cached = client.get(url)

    def edit():
        event.title_nl = "Nieuwe titel"
        event_services.event_save(event=event, user=editor)

    _make_change(django_capture_on_commit_callbacks, edit)

    # then
    assert "Oude titel" in cached.content.decode()
    assert "Nieuwe titel" in client.get(url).content.decode()


def test_after_a_change_the_first_visitor_gets_a_page_rendered_in_advance(
    client, editor, settings, django_capture_on_commit_callbacks, django_assert_max_num_queries
):
    # given: the pages are warmed as the visitors' host asks for them
    settings.RESPONSE_CACHE_WARM = True
    settings.SITE_URL = "http://testserver"
    event = EventFactory(title_nl="Oude titel", title_en="Old title")

    # when
    def edit():
        event.title_nl, event.title_en = "Vooraf gerenderd", "Rendered in advance"
        event_services.event_save(event=event, user=editor)

    _make_change(django_capture_on_commit_callbacks, edit)

    # then: the first anonymous request of each list, in each language, is a stored page with the change
    for url, title in [(_url("events:list"), "Vooraf gerenderd"), (_url("events:list", "en"), "Rendered in advance")]:
        with django_assert_max_num_queries(1):  # the content versions; rendering the agenda takes more
            response = client.get(url)
        assert title in response.content.decode()


def test_a_stored_page_is_answered_before_sessions_and_authentication(client):
    # given
    client.get(_url("events:list"))

    # when
    response = client.get(_url("events:list"))

    # then: the middleware answered; the view and the middleware below it never ran
    assert response.status_code == 200 and response["ETag"]
    assert not hasattr(response.wsgi_request, "user")
    assert not hasattr(response.wsgi_request, "session")


def test_a_process_holding_the_old_page_serves_the_one_rendered_elsewhere_after_a_change(
    client, editor, settings, django_capture_on_commit_callbacks, django_assert_max_num_queries
):
    # given: this process keeps the agenda in memory
    settings.RESPONSE_CACHE_WARM = True
    settings.SITE_URL = "http://testserver"
    event = EventFactory(title_nl="Oude titel")
    url = _url("events:list")
    assert "Oude titel" in client.get(url).content.decode()
    kept = dict(response_cache._local_entries.entries)

    # when: the change and its warm-up happen elsewhere (another web or worker process)
    def edit():
        event.title_nl = "Elders gerenderd"
        event_services.event_save(event=event, user=editor)

    _make_change(django_capture_on_commit_callbacks, edit)
    response_cache._local_entries.entries.update(kept)

    # then: the page stored by the other process is served, not the old one and not a new rendering
    with django_assert_max_num_queries(1):
        response = client.get(url)
    assert "Elders gerenderd" in response.content.decode()
