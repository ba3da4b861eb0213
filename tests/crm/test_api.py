"""The CRM API: CRUD for acquisition staff, 400 with field errors, in the OpenAPI schema."""

from django.urls import reverse

from crm.models import Lead, LeadStage
from tests.factories.crm import ContactFactory, LeadFactory, LostReasonFactory


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
    assert response.json()["stage"] == LeadStage.LOST


def test_erased_contacts_cannot_be_edited(client, acquisition_user):
    # given
    from crm.services.privacy import contact_erase

    client.force_login(acquisition_user)
    contact = contact_erase(contact=ContactFactory(), erased_by=acquisition_user)

    # when
    response = client.patch(
        reverse("crm-api:contact-detail", kwargs={"pk": contact.pk}), {"name": "Terug"}, content_type="application/json"
    )

    # then
    assert response.status_code == 400


def test_crm_endpoints_are_in_the_openapi_schema(client, db):
    # when
    schema = client.get(reverse("api-schema"), HTTP_ACCEPT="application/json").content.decode()

    # then
    for path in ("/api/crm/leads/", "/api/crm/contacts/", "/api/crm/activities/", "/api/crm/follow-ups/",
                 "/api/crm/leads/{id}/stage/"):  # fmt: skip
        assert path in schema
