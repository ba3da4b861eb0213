"""The public “Settle on Kennispark?” form: honeypot, rate limit, lead + contact created, team notified."""

import pytest
from django.core.cache import cache
from django.urls import reverse

from crm.models import LawfulBasis, Lead, LeadSource, LeadStage
from kennispark.throttle import INBOUND_LIMIT

FORM = {
    "organisation": "Quantum Koffie B.V.",
    "website": "quantumkoffie.example",
    "lead_type": "startup",
    "expected_jobs": "6",
    "space_kind": "lab",
    "floor_area_m2": "120",
    "desired_on": "2027-03-01",
    "message": "Wij zoeken labruimte.",
    "contact_name": "Karin Koffie",
    "contact_email": "karin@quantumkoffie.example",
    "contact_phone": "",
    "consent": "on",
    "fax_number": "",
}


@pytest.fixture(autouse=True)
def _fresh_rate_limit():
    cache.clear()


def test_inbound_form_creates_a_new_lead_with_consent_and_mails_the_team(
    client, db, eager_celery, mailoutbox, settings, django_capture_on_commit_callbacks
):
    # given
    settings.ACQUISITION_TEAM_EMAIL = "team@example.org"

    # when
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("crm:inbound"), FORM)

    # then
    assert response.status_code == 302
    assert response["Location"] == reverse("crm:inbound_thanks")
    lead = Lead.objects.get()
    assert (lead.name, lead.stage, lead.source, lead.owner) == (
        "Quantum Koffie B.V.",
        LeadStage.NEW,
        LeadSource.WEBSITE,
        None,
    )
    assert lead.website == "https://quantumkoffie.example"
    contact = lead.contacts.get()
    assert (contact.lawful_basis, contact.email) == (LawfulBasis.CONSENT, "karin@quantumkoffie.example")
    assert contact.consent_on is not None
    assert lead.housing_needs.get().floor_area_m2 == 120
    assert lead.activities.get().text == "Wij zoeken labruimte."
    assert len(mailoutbox) == 1
    assert mailoutbox[0].to == ["team@example.org"]
    assert "Quantum Koffie" in mailoutbox[0].subject
    assert f"/crm/leads/{lead.pk}/" in mailoutbox[0].body
    # No personal data of the contact in the e-mail.
    assert "karin" not in mailoutbox[0].body.lower()


def test_honeypot_filled_creates_nothing_but_thanks(client, db, mailoutbox):
    # when
    response = client.post(reverse("crm:inbound"), {**FORM, "fax_number": "+31 0000"})

    # then
    assert response.status_code == 302
    assert not Lead.objects.exists()
    assert mailoutbox == []


def test_rate_limit_per_ip(client, db):
    # given
    for _ in range(INBOUND_LIMIT):
        assert client.post(reverse("crm:inbound"), FORM, REMOTE_ADDR="10.0.0.1").status_code == 302

    # when
    blocked = client.post(reverse("crm:inbound"), FORM, REMOTE_ADDR="10.0.0.1")
    other_ip = client.post(reverse("crm:inbound"), FORM, REMOTE_ADDR="10.0.0.2")

    # then
    assert blocked.status_code == 429
    assert other_ip.status_code == 302
    assert Lead.objects.count() == INBOUND_LIMIT + 1


def test_rate_limit_counts_each_visitor_behind_the_load_balancer(client, db, settings):
    # given: one proxy in front; every request connects from the load balancer's address
    settings.TRUSTED_PROXY_COUNT = 1
    behind_proxy = {"REMOTE_ADDR": "10.0.0.254"}
    for _ in range(INBOUND_LIMIT):
        response = client.post(reverse("crm:inbound"), FORM, HTTP_X_FORWARDED_FOR="203.0.113.7", **behind_proxy)
        assert response.status_code == 302

    # when: the same visitor tries once more (forging an extra address in front), and another visitor posts
    blocked = client.post(
        reverse("crm:inbound"), FORM, HTTP_X_FORWARDED_FOR="198.51.100.99, 203.0.113.7", **behind_proxy
    )
    other_visitor = client.post(reverse("crm:inbound"), FORM, HTTP_X_FORWARDED_FOR="198.51.100.20", **behind_proxy)

    # then
    assert blocked.status_code == 429
    assert other_visitor.status_code == 302


def test_invalid_input_keeps_what_was_typed(client, db):
    # when
    response = client.post("/en/crm/vestigen/", {**FORM, "consent": "", "contact_email": "no-email"})

    # then
    assert response.status_code == 400
    assert b"Quantum Koffie B.V." in response.content
    assert b"We can only contact you with your consent." in response.content
    assert not Lead.objects.exists()


def test_dutch_page(client, db):
    # when
    response = client.get("/crm/vestigen/")

    # then
    assert "Vestigen op Kennispark?" in response.content.decode()


def test_a_control_character_in_the_organisation_is_refused_with_a_form_error(client, db):
    # when
    response = client.post("/en/crm/vestigen/", {**FORM, "organisation": "Quantum\x0b Koffie B.V."})

    # then
    assert response.status_code == 400
    assert response.context["form"].errors["organisation"] == [
        "Remove the invisible control characters from this text (they often come with copy and paste)."
    ]
    assert not Lead.objects.exists()


def test_an_overlong_website_gets_a_form_error_instead_of_a_500(client, db):
    # given: a URL the form accepts but the lead's field (200 characters) cannot hold
    website = "https://quantumkoffie.example/" + "a" * 200

    # when
    response = client.post(reverse("crm:inbound"), {**FORM, "website": website})

    # then
    assert response.status_code == 400
    assert response.context["form"].errors["website"]
    assert not Lead.objects.exists()
