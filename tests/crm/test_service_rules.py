"""One rule in one place: the services decide, and the pages and the API answer alike."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from crm.forms import StageForm
from crm.models import Contact, Lead, LeadStage, LostReason, StageChange
from crm.services.conversion import lead_convert
from crm.services.leads import lead_create
from crm.services.pipeline import lead_stage_change
from kennispark.errors import Conflict
from kennispark.models import TaskOutbox
from monitoring.tasks import compute_monitor_snapshot
from tests.factories.crm import LeadFactory
from tests.factories.establishments import EstablishmentFactory, SbiDivisionFactory, YearlyObservationFactory

pytestmark = pytest.mark.django_db


def _recomputes_queued() -> int:
    return TaskOutbox.objects.filter(name=compute_monitor_snapshot.name).count()


def test_conversion_writes_the_first_yearly_observation_and_queues_the_monitor_recompute(acquisition_user):
    # given
    SbiDivisionFactory(code="72")
    lead = LeadFactory(expected_jobs=12)

    # when
    establishment = lead_convert(
        lead=lead, converted_by=acquisition_user, kvk_number="11223344", branch_number="000011223344",
        settled_on=datetime.date(2025, 6, 1), sub_area="bs_park", sbi_code="72110",
    )  # fmt: skip

    # then
    assert list(establishment.observations.values_list("year", "jobs")) == [(2025, 12)]
    assert _recomputes_queued() == 1


def test_conversion_to_an_establishment_with_observations_keeps_them_and_still_queues_the_recompute(
    acquisition_user,
):
    # given
    existing = EstablishmentFactory(kvk_number="87654321")
    YearlyObservationFactory(establishment=existing, year=2024, jobs=40)
    lead = LeadFactory(expected_jobs=3)

    # when
    lead_convert(lead=lead, converted_by=acquisition_user, kvk_number="87654321", settled_on=datetime.date(2025, 1, 1))

    # then
    assert list(existing.observations.values_list("year", "jobs")) == [(2024, 40)]
    assert _recomputes_queued() == 1


def test_a_won_lead_cannot_be_converted_twice(acquisition_user):
    # given
    existing = EstablishmentFactory(kvk_number="87654321")
    lead = LeadFactory()
    lead_convert(lead=lead, converted_by=acquisition_user, kvk_number="87654321", settled_on=datetime.date(2025, 1, 1))

    # when / then
    with pytest.raises(Conflict):
        lead_convert(
            lead=lead, converted_by=acquisition_user, kvk_number="87654321", settled_on=datetime.date(2025, 1, 1)
        )
    assert Lead.objects.get(pk=lead.pk).converted_establishment == existing


def test_win_form_asks_for_the_register_fields_when_the_conversion_would_create_an_establishment(
    client, acquisition_user
):
    # given: two branches under one KvK number, so without a branch number the conversion matches neither
    EstablishmentFactory(kvk_number="55667788", branch_number="000000000001")
    EstablishmentFactory(kvk_number="55667788", branch_number="000000000002")
    lead = LeadFactory()
    client.force_login(acquisition_user)

    # when
    response = client.post(
        reverse("crm:lead_win", kwargs={"pk": lead.pk}), {"kvk_number": "55667788", "settled_on": "2025-01-01"}
    )

    # then
    assert response.status_code == 400
    assert {"sub_area", "sbi_code"} <= set(response.context["form"].errors)
    assert Lead.objects.get(pk=lead.pk).stage == LeadStage.NEW


def test_won_is_reached_only_through_conversion(client, acquisition_user):
    # given
    lead = LeadFactory()
    client.force_login(acquisition_user)

    # when
    with pytest.raises(ValidationError) as by_service:
        lead_stage_change(lead=lead, to_stage=LeadStage.WON, changed_by=acquisition_user)
    with pytest.raises(ValidationError) as by_creation:
        lead_create(created_by=acquisition_user, name="Direct gewonnen", type="sme", source="event", stage="won")
    form = StageForm(data={"stage": LeadStage.WON})
    page = client.post(reverse("crm:lead_stage", kwargs={"pk": lead.pk}), {"stage": LeadStage.WON})
    api = client.post(
        reverse("crm-api:lead-stage", kwargs={"pk": lead.pk}), {"stage": "won"}, content_type="application/json"
    )

    # then
    assert "stage" in by_service.value.message_dict and "stage" in by_creation.value.message_dict
    assert not form.is_valid() and "stage" in form.errors
    assert page.status_code == 302 and page.url == reverse("crm:lead_win", kwargs={"pk": lead.pk})
    assert api.status_code == 400 and "stage" in api.json()
    assert Lead.objects.get(pk=lead.pk).stage == LeadStage.NEW
    assert not Lead.objects.filter(name="Direct gewonnen").exists()


def test_the_same_invalid_lead_is_refused_by_the_form_and_the_api_with_the_same_field_error(client, acquisition_user):
    # given
    client.force_login(acquisition_user)
    lead = {"name": "Fotonica Twente", "kvk_number": "12ab", "type": "sme", "source": "event", "expected_jobs": 3}

    # when
    page = client.post(reverse("crm:lead_create"), lead)
    api = client.post(reverse("crm-api:lead-list"), lead, content_type="application/json")

    # then
    assert page.status_code == api.status_code == 400
    assert page.context["form"].errors["kvk_number"] == api.json()["kvk_number"]
    assert not Lead.objects.exists()


def test_api_lead_writes_go_through_the_services(client, acquisition_user):
    # given
    client.force_login(acquisition_user)

    # when
    created = client.post(
        reverse("crm-api:lead-list"),
        {"name": "Via de API", "type": "sme", "source": "event", "expected_jobs": 2},
        content_type="application/json",
    )
    first_stages = list(StageChange.objects.values_list("to_stage", flat=True))
    deleted = client.delete(reverse("crm-api:lead-detail", kwargs={"pk": created.json()["id"]}))

    # then: lead_create recorded the first stage; lead_delete removed the lead
    assert created.status_code == 201 and deleted.status_code == 204
    assert first_stages == [LeadStage.NEW]
    assert not Lead.objects.exists()


def test_the_consent_rule_holds_for_the_form_and_the_api_alike(client, acquisition_user):
    # given
    lead = LeadFactory()
    client.force_login(acquisition_user)
    contact = {"name": "Piet", "lawful_basis": "consent"}

    # when
    page = client.post(reverse("crm:contact_create", kwargs={"pk": lead.pk}), contact)
    api = client.post(reverse("crm-api:contact-list"), {**contact, "lead": lead.pk}, content_type="application/json")

    # then
    assert page.status_code == api.status_code == 400
    assert page.context["form"].errors["consent_on"] == api.json()["consent_on"]
    assert not Contact.objects.exists()


def test_settings_save_through_the_service_shows_both_forms_errors(client, acquisition_user):
    # given
    from crm.services.pipeline import stage_probabilities

    client.force_login(acquisition_user)
    data = {f"stage-{code}": str(value) for code, value in stage_probabilities().items()}
    data.update({"stage-new": "abc", "reasons-TOTAL_FORMS": "1", "reasons-INITIAL_FORMS": "0"})
    taken = LostReason.objects.first()
    data.update({"reasons-0-name_nl": taken.name_nl, "reasons-0-name_en": "Again", "reasons-0-position": "1"})

    # when
    response = client.post("/en/crm/settings/", data)

    # then: the probability and the duplicate reason are both reported, nothing is saved
    assert response.status_code == 400
    assert b"Enter a whole percentage from 0 to 100." in response.content
    assert response.context["formset"].errors[0]["name_nl"]
    assert LostReason.objects.filter(name_nl=taken.name_nl).count() == 1
