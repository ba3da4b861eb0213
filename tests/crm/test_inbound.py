"""The public “Settle on Kennispark?” form: honeypot, rate limit, lead + contact created, team notified."""

import pytest
from django.core.cache import cache
from django.urls import reverse

from crm.models import LawfulBasis, Lead, LeadSource, LeadStage
from crm.throttle import INBOUND_LIMIT

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
