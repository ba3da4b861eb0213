"""Every create, change and delete in the CRM is in the audit history, readable by acquisition staff."""

from django.urls import reverse

from crm.models import Lead
from crm.services.leads import lead_update
from tests.factories.crm import ContactFactory, LeadFactory


def test_audit_page_lists_creates_changes_and_deletes_without_naming_contacts(client, acquisition_user):
    # given
    lead = LeadFactory(name="Auditlead")
    lead_update(lead=lead, expected_jobs=40)
    ContactFactory(lead=lead, name="Vera Verborgen")
    removed = LeadFactory(name="Weggehaald")
    removed_id = removed.pk
    removed.delete()
    client.force_login(acquisition_user)

    # when
    everything = client.get("/en/crm/audit/")
    one_lead = client.get("/en/crm/audit/", {"lead": lead.pk})

    # then
    content = everything.content.decode()
    assert "Auditlead" in content and "Weggehaald" in content
    assert {"created", "changed", "deleted"} <= {e["type_label"].lower() for e in everything.context["entries"]}
    assert "Vera Verborgen" not in content
    assert {e["lead_id"] for e in one_lead.context["entries"]} == {lead.pk}
    assert len(one_lead.context["entries"]) == 3  # lead created, lead changed, contact created
    assert Lead.history.filter(id=removed_id, history_type="-").exists()
    assert reverse("crm:audit") in client.get(lead.get_absolute_url()).content.decode()
