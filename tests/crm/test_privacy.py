"""AVG/GDPR: export of everything held about a contact and erasure everywhere, statistics intact."""

import json

from django.urls import reverse

from crm.models import Activity, Contact, FollowUp, LeadStage
from crm.services.leads import contact_update
from crm.services.pipeline import lead_stage_change
from crm.services.privacy import REDACTION, contact_erase
from tests.factories.crm import ActivityFactory, ContactFactory, FollowUpFactory, HousingNeedFactory, LeadFactory


def _personal_values():
    return ("Anna de Tester", "anna@voorbeeld.example", "+31 53 123 4567")


def test_export_holds_contact_history_and_mentions(client, acquisition_user):
    # given
    contact = ContactFactory()
    contact_update(contact=contact, role="CTO")
    ActivityFactory(lead=contact.lead, text="Anna de Tester belde terug.")
    ActivityFactory(lead=contact.lead, text="Iets anders.")
    client.force_login(acquisition_user)

    # when
    response = client.get(reverse("crm:contact_export", kwargs={"pk": contact.pk}))

    # then
    assert response["Content-Type"].startswith("application/json")
    assert "anna" not in response["Content-Disposition"].lower()
    data = json.loads(response.content)
    assert data["contact"]["email"] == "anna@voorbeeld.example"
    assert data["contact"]["organisation"] == contact.lead.name
    assert [row["role"] for row in data["history"]] == ["CEO", "CTO"]
    assert [m["text"] for m in data["mentioned_in_activities"]] == ["Anna de Tester belde terug."]


def test_erasure_removes_personal_data_everywhere_and_keeps_statistics(client, acquisition_user):
    # given
    lead = LeadFactory(expected_jobs=12)
    HousingNeedFactory(lead=lead, floor_area_m2=300)
    contact = ContactFactory(lead=lead)
    contact_update(contact=contact, phone="+31 53 123 4567", role="CTO")
    other = ContactFactory(lead=lead, name="Bert Blijft", email="bert@voorbeeld.example", phone="")
    activity = ActivityFactory(lead=lead, text="Gesprek met Anna de Tester (anna@voorbeeld.example) en Bert Blijft.")
    activity.text += " Nagebeld op +31 53 123 4567."
    activity.save()
    follow_up = FollowUpFactory(lead=lead, text="Mail anna@voorbeeld.example")
    lead_stage_change(lead=lead, to_stage=LeadStage.CONTACTED, changed_by=acquisition_user)
    client.force_login(acquisition_user)

    # when
    response = client.post(reverse("crm:contact_erase", kwargs={"pk": contact.pk}))

    # then
    assert response.status_code == 302
    contact.refresh_from_db()
    assert (contact.name, contact.email, contact.phone, contact.role) == ("", "", "", "")
    assert contact.erased_at is not None
    for row in Contact.history.filter(id=contact.pk):
        assert (row.name, row.email, row.phone, row.role) == ("", "", "", "")
    texts = [Activity.objects.get(pk=activity.pk).text, FollowUp.objects.get(pk=follow_up.pk).text]
    texts += list(Activity.history.filter(id=activity.pk).values_list("text", flat=True))
    texts += list(FollowUp.history.filter(id=follow_up.pk).values_list("text", flat=True))
    for text in texts:
        for value in _personal_values():
            assert value not in text
    assert REDACTION in texts[0] and "Bert Blijft" in texts[0]
    # The other contact and the lead's statistics stay as they were.
    other.refresh_from_db()
    assert other.name == "Bert Blijft"
    lead.refresh_from_db()
    assert (lead.stage, lead.expected_jobs, lead.contacts.count()) == (LeadStage.CONTACTED, 12, 2)
    assert lead.housing_needs.get().floor_area_m2 == 300
    assert lead.stage_changes.count() == 1


def test_erased_contact_is_not_named_anywhere_on_the_lead_page(client, acquisition_user):
    # given
    contact = ContactFactory()
    contact_erase(contact=contact, erased_by=acquisition_user)
    client.force_login(acquisition_user)

    # when
    page = client.get(contact.lead.get_absolute_url())
    audit = client.get(reverse("crm:audit"))

    # then
    for value in _personal_values():
        assert value.encode() not in page.content
        assert value.encode() not in audit.content


def test_deleting_a_contact_through_the_api_erases_its_history(client, acquisition_user):
    # given
    contact = ContactFactory()
    client.force_login(acquisition_user)

    # when
    response = client.delete(reverse("crm-api:contact-detail", kwargs={"pk": contact.pk}))

    # then
    assert response.status_code == 204
    assert not Contact.history.filter(id=contact.pk).exclude(name="").exists()
