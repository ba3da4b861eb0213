import datetime
import logging
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from community.talent import alerts
from community.talent.models import VacancySubscription
from tests.factories.talent import FieldOfWorkFactory, VacancyFactory, VacancySubscriptionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _eager_celery():
    """Run enqueued tasks in this process, so the e-mails they send land in mailoutbox."""
    from kennispark.celery import app

    previous = app.conf.task_always_eager
    app.conf.task_always_eager = True
    yield
    app.conf.task_always_eager = previous


EMAIL = "student@example.org"


def _link(message, name: str) -> str:
    return re.search(rf"https?://\S+/zoekopdracht/\S+/{name}/", message.body).group(0)


def test_double_opt_in_nothing_is_sent_before_confirmation(
    client, mailoutbox, django_capture_on_commit_callbacks, caplog
):
    # given: a visitor on a filtered list, and a matching vacancy that is already online
    FieldOfWorkFactory(slug="ict")
    caplog.set_level(logging.DEBUG)

    # when: the visitor subscribes with the current filters
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("talent:alert_subscribe"), {"kind": "internship", "field": "ict", "email": EMAIL, "website": ""}
        )

    # then: only a confirmation e-mail goes out, with an opaque link and no address in any URL or log
    assert response.status_code == 302
    assert EMAIL not in response["Location"]
    subscription = VacancySubscription.objects.get()
    assert subscription.filters == {"kind": "internship", "field": "ict"}
    assert subscription.confirmed_at is None
    assert len(mailoutbox) == 1
    confirm_url = _link(mailoutbox[0], "bevestigen")
    assert EMAIL not in confirm_url
    assert EMAIL not in caplog.text
    assert mailoutbox[0].extra_headers["List-Unsubscribe"].startswith("<http")

    # and: an unconfirmed subscriber gets no digest, however many vacancies appear
    VacancyFactory(kind="internship", field=FieldOfWorkFactory(slug="ict"))
    assert alerts.subscriptions_send_digests(now=timezone.now() + datetime.timedelta(minutes=1)) == 0
    assert len(mailoutbox) == 1

    # when: the subscriber confirms with the link (GET shows a button, POST confirms)
    path = confirm_url.split("://", 1)[1].split("/", 1)[1]
    assert client.get(f"/{path}").status_code == 200
    assert VacancySubscription.objects.get().confirmed_at is None
    client.post(f"/{path}")

    # then
    assert VacancySubscription.objects.get().confirmed_at is not None


def test_digest_contains_only_new_matching_vacancies_and_is_sent_once(mailoutbox, django_assert_max_num_queries):
    # given
    now = timezone.now()
    ict = FieldOfWorkFactory(slug="ict")
    subscription = VacancySubscriptionFactory(
        filters={"kind": "internship", "field": "ict"}, confirmed_at=now - datetime.timedelta(days=2)
    )
    VacancyFactory(title_nl="Oude stage", kind="internship", field=ict, posted_at=now - datetime.timedelta(days=3))
    VacancyFactory(title_nl="Nieuwe stage", kind="internship", field=ict, posted_at=now - datetime.timedelta(hours=3))
    VacancyFactory(title_nl="Nieuwe baan", kind="job", field=ict, posted_at=now - datetime.timedelta(hours=3))
    VacancyFactory(title_nl="Andere stage", kind="internship", posted_at=now - datetime.timedelta(hours=3))
    VacancyFactory(title_nl="Ingetrokken stage", kind="internship", field=ict, status="withdrawn")
    VacancySubscriptionFactory(filters={"kind": "traineeship"}, confirmed_at=now - datetime.timedelta(days=1))

    # when: two name look-ups, batch selects, one query per subscription, one UPDATE per batch
    with django_assert_max_num_queries(5 + VacancySubscription.objects.count()):
        sent = alerts.subscriptions_send_digests(now=now)
    again = alerts.subscriptions_send_digests(now=now + datetime.timedelta(hours=1))

    # then
    assert (sent, again) == (1, 0)
    assert len(mailoutbox) == 1
    body = mailoutbox[0].body
    assert "Nieuwe stage" in body
    for title in ("Oude stage", "Nieuwe baan", "Andere stage", "Ingetrokken stage"):
        assert title not in body
    assert mailoutbox[0].to == [subscription.email]
    assert mailoutbox[0].extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert subscription.token in mailoutbox[0].extra_headers["List-Unsubscribe"]


def test_digest_is_written_in_the_subscribers_language(mailoutbox):
    # given
    VacancySubscriptionFactory(language="en", confirmed_at=timezone.now() - datetime.timedelta(days=1))
    VacancyFactory(title_nl="Data engineer")

    # when
    alerts.subscriptions_send_digests()

    # then
    assert mailoutbox[0].subject == "New vacancies on Kennispark Twente"
    assert "/en/talent/" in mailoutbox[0].body


def test_one_click_unsubscribe_deletes_the_address_without_csrf(client):
    # given
    subscription = VacancySubscriptionFactory(confirmed_at=timezone.now())
    url = reverse("talent:alert_unsubscribe", args=[subscription.token])
    client.handler.enforce_csrf_checks = True

    # when: the mail client's RFC 8058 POST
    response = client.post(url, {"List-Unsubscribe": "One-Click"})

    # then
    assert response.status_code == 200
    assert not VacancySubscription.objects.exists()
    assert client.post(url).status_code == 404


def test_unknown_token_is_404(client):
    assert client.get(reverse("talent:alert_confirm", args=["not-a-token"])).status_code == 404


def test_unconfirmed_subscriptions_are_purged_after_a_few_days():
    # given
    old = VacancySubscriptionFactory()
    VacancySubscription.objects.filter(pk=old.pk).update(created_at=timezone.now() - datetime.timedelta(days=4))
    fresh = VacancySubscriptionFactory()
    confirmed = VacancySubscriptionFactory(confirmed_at=timezone.now())
    VacancySubscription.objects.filter(pk=confirmed.pk).update(created_at=timezone.now() - datetime.timedelta(days=40))

    # when
    count = alerts.subscriptions_purge_unconfirmed()

    # then
    assert count == 1
    assert set(VacancySubscription.objects.values_list("pk", flat=True)) == {fresh.pk, confirmed.pk}


def test_an_address_cannot_be_flooded_with_confirmation_e_mails(client, mailoutbox, django_capture_on_commit_callbacks):
    # when
    with django_capture_on_commit_callbacks(execute=True):
        for kind in ("job", "internship", "traineeship", "side_job", "graduation_project"):
            client.post(reverse("talent:alert_subscribe"), {"kind": kind, "email": EMAIL})

    # then
    assert len(mailoutbox) == alerts.MAX_PENDING_PER_ADDRESS
