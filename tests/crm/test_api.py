"""The CRM API: CRUD for acquisition staff, 400 with field errors, in the OpenAPI schema."""

import datetime

from django.urls import reverse

from crm.models import Lead, LeadStage
from tests.factories.crm import ContactFactory, FollowUpFactory, LeadFactory, LostReasonFactory
from tests.fixtures.openapi import schema_errors


def test_crud_on_leads_contacts_activities_and_follow_ups(client, acquisition_user):
    # given
    client.force_login(acquisition_user)

    # when
    created = client.post(
        reverse("crm-api:lead-list"),
        {"name": "Api Lead", "type": "sme", "source": "event", "expected_jobs": 4, "owner": acquisition_user.pk},
        content_type="application/json",
    )
    lead_id = created.json()["id"]
    contact = client.post(
        reverse("crm-api:contact-list"),
        {"lead": lead_id, "name": "Piet", "lawful_basis": "legitimate_interest"},
        content_type="application/json",
    )
    activity = client.post(
        reverse("crm-api:activity-list"),
        {"lead": lead_id, "kind": "call", "occurred_on": "2025-01-02", "text": "Gebeld"},
        content_type="application/json",
    )
    follow_up = client.post(
        reverse("crm-api:follow-up-list"),
        {"lead": lead_id, "due_on": "2025-01-09", "text": "Terugbellen", "assignee": acquisition_user.pk},
        content_type="application/json",
    )
    patched = client.patch(
        reverse("crm-api:lead-detail", kwargs={"pk": lead_id}), {"expected_jobs": 9}, content_type="application/json"
    )

    # then
    assert [r.status_code for r in (created, contact, activity, follow_up, patched)] == [201, 201, 201, 201, 200]
    lead = Lead.objects.get(pk=lead_id)
    assert (lead.expected_jobs, lead.stage_changes.count()) == (9, 1)
    assert activity.json()["author"] == acquisition_user.pk
    listed = client.get(reverse("crm-api:lead-list"), {"stage": "new"})
    assert [row["id"] for row in listed.json()["results"]] == [lead_id]


def test_bad_input_gives_400_with_field_errors(client, acquisition_user):
    # given
    client.force_login(acquisition_user)
    lead = LeadFactory()

    # when
    bad_lead = client.post(reverse("crm-api:lead-list"), {"name": "", "type": "raket"}, content_type="application/json")
    bad_contact = client.post(
        reverse("crm-api:contact-list"), {"lead": lead.pk, "name": "X", "lawful_basis": "consent"},
        content_type="application/json",
    )  # fmt: skip
    lost_without_reason = client.post(
        reverse("crm-api:lead-stage", kwargs={"pk": lead.pk}), {"stage": "lost"}, content_type="application/json"
    )

    # then
    assert bad_lead.status_code == 400
    assert set(bad_lead.json()) >= {"name", "type", "source"}
    assert bad_contact.status_code == 400 and "consent_on" in bad_contact.json()
    assert lost_without_reason.status_code == 400 and "lost_reason" in lost_without_reason.json()


def test_a_control_character_in_a_name_gives_400_with_a_field_error(client, acquisition_user):
    # given
    client.force_login(acquisition_user)
    body = {"name": "Quantum\x0b Koffie", "type": "sme", "source": "event", "expected_jobs": 4}

    # when
    response = client.post(
        reverse("crm-api:lead-list"), body, content_type="application/json", HTTP_ACCEPT_LANGUAGE="en"
    )

    # then
    assert response.status_code == 400
    # the API answers in the portal's default language, Dutch
    assert response.json()["name"] == [
        "Verwijder de onzichtbare stuurtekens uit deze tekst (ze komen vaak mee bij kopiëren en plakken)."
    ]
    assert not Lead.objects.exists()


def test_stage_action_moves_a_lead(client, acquisition_user):
    # given
    client.force_login(acquisition_user)
    lead, reason = LeadFactory(), LostReasonFactory()

    # when
    response = client.post(
        reverse("crm-api:lead-stage", kwargs={"pk": lead.pk}),
        {"stage": "lost", "lost_reason": reason.pk},
        content_type="application/json",
    )

    # then
    assert response.status_code == 200
    assert (response.json()["stage"], response.json()["lost_reason"]) == (LeadStage.LOST, reason.pk)
    lead.refresh_from_db()
    assert (lead.stage, lead.lost_reason, lead.closed_at is not None) == (LeadStage.LOST, reason, True)
    assert list(lead.stage_changes.values_list("from_stage", "to_stage", "changed_by")) == [
        (LeadStage.NEW, LeadStage.LOST, acquisition_user.pk)
    ]


def test_erased_contacts_cannot_be_edited(client, acquisition_user):
    # given
    from crm.services.privacy import contact_erase

    client.force_login(acquisition_user)
    contact = contact_erase(contact=ContactFactory(), erased_by=acquisition_user)

    # when
    response = client.patch(
        reverse("crm-api:contact-detail", kwargs={"pk": contact.pk}), {"name": "Terug"}, content_type="application/json"
    )

    # then: a state conflict, answered by the one exception handler
    assert response.status_code == 409
    assert list(response.json()) == ["non_field_errors"]
    contact.refresh_from_db()
    assert contact.name == ""


def test_crm_endpoints_are_in_the_openapi_schema(client, db):
    # when
    schema = client.get(reverse("api-schema"), HTTP_ACCEPT="application/json").content.decode()

    # then
    for path in ("/api/crm/leads/", "/api/crm/contacts/", "/api/crm/activities/", "/api/crm/follow-ups/",
                 "/api/crm/leads/{id}/stage/"):  # fmt: skip
        assert path in schema


def test_a_lead_body_with_read_only_or_unknown_fields_is_refused(client, acquisition_user):
    # given: the schema's LeadRequest has no stage and no extra fields
    client.force_login(acquisition_user)

    # when
    response = client.post(
        reverse("crm-api:lead-list"),
        {"name": "Direct gewonnen", "type": "sme", "source": "event", "stage": "won", "colour": "red"},
        content_type="application/json",
    )

    # then
    assert response.status_code == 400
    assert sorted(response.json()) == ["colour", "stage"]
    assert not Lead.objects.filter(name="Direct gewonnen").exists()


def test_a_number_where_the_schema_asks_for_text_is_refused(client, acquisition_user):
    # given
    client.force_login(acquisition_user)
    lead = LeadFactory(name="PhotonFlow")

    # when
    response = client.patch(
        reverse("crm-api:lead-detail", kwargs={"pk": lead.pk}), {"name": 0}, content_type="application/json"
    )

    # then
    assert response.status_code == 400
    assert list(response.json()) == ["name"]
    lead.refresh_from_db()
    assert lead.name == "PhotonFlow"


def test_key_positions_given_as_an_object_are_refused(client, acquisition_user):
    # when
    client.force_login(acquisition_user)
    response = client.post(
        reverse("crm-api:lead-list"),
        {"name": "Sleutels", "type": "sme", "source": "event", "key_positions": {"robotics": True}},
        content_type="application/json",
    )

    # then
    assert response.status_code == 400
    assert list(response.json()) == ["key_positions"]


def test_a_form_encoded_body_is_refused_like_the_schema_says(client, acquisition_user):
    # given: the schema documents JSON bodies only
    client.force_login(acquisition_user)
    lead = LeadFactory(name="PhotonFlow")

    # when
    response = client.patch(
        reverse("crm-api:lead-detail", kwargs={"pk": lead.pk}),
        "name=Anders",
        content_type="application/x-www-form-urlencoded",
    )

    # then
    assert response.status_code == 415


def test_a_date_time_before_1937_keeps_to_rfc_3339(client, acquisition_user):
    # given: Amsterdam's offset was +00:19:32 until 1937, and RFC 3339 offsets have no seconds
    client.force_login(acquisition_user)
    follow_up = FollowUpFactory(done_at=datetime.datetime(1900, 1, 1, 12, tzinfo=datetime.UTC))
    recent = FollowUpFactory(done_at=datetime.datetime(2025, 7, 1, 12, tzinfo=datetime.UTC))

    # when
    old = client.get(reverse("crm-api:follow-up-detail", kwargs={"pk": follow_up.pk})).json()
    new = client.get(reverse("crm-api:follow-up-detail", kwargs={"pk": recent.pk})).json()

    # then: in UTC where the local offset has seconds, local time otherwise
    assert old["done_at"] == "1900-01-01T12:00:00Z"
    assert new["done_at"] == "2025-07-01T14:00:00+02:00"
    assert schema_errors(old, "FollowUp") == []


def test_an_address_under_the_api_that_matches_no_route_answers_json_404(client, acquisition_user):
    # when
    client.force_login(acquisition_user)
    response = client.get("/api/crm/leads/0.5/")

    # then
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert set(response.json()) == {"detail"}
