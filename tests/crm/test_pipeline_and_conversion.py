"""Stage changes from the board (with and without JavaScript) and winning leads into the register."""

import datetime

import pytest
from django.urls import reverse

from crm.models import Lead, LeadStage, LeadType
from crm.selectors import board_columns, board_forecast
from crm.services.conversion import lead_convert
from establishments.models import Establishment
from tests.factories.crm import HousingNeedFactory, LeadFactory, LostReasonFactory
from tests.factories.establishments import EstablishmentFactory, KeyPositionFactory, SbiDivisionFactory


@pytest.fixture
def division(db):
    return SbiDivisionFactory(code="72")


def test_json_stage_change_records_who_and_when(client, acquisition_user):
    # given
    lead = LeadFactory()
    client.force_login(acquisition_user)

    # when
    response = client.post(
        reverse("crm:lead_stage", kwargs={"pk": lead.pk}), {"stage": "qualified"}, HTTP_ACCEPT="application/json"
    )

    # then
    assert response.json() == {"moved": True, "redirect": None}
    lead.refresh_from_db()
    assert lead.stage == LeadStage.QUALIFIED
    change = lead.stage_changes.get()
    assert (change.from_stage, change.to_stage, change.changed_by) == (
        LeadStage.NEW,
        LeadStage.QUALIFIED,
        acquisition_user,
    )


def test_stage_form_without_javascript_and_lost_needs_reason(client, acquisition_user):
    # given
    lead = LeadFactory()
    reason = LostReasonFactory()
    client.force_login(acquisition_user)
    url = reverse("crm:lead_stage", kwargs={"pk": lead.pk})

    # when
    to_lost_without_reason = client.post(url, {"stage": "lost", "next": "/crm/"})
    to_won = client.post(url, {"stage": "won"}, HTTP_ACCEPT="application/json")
    to_lost = client.post(url, {"stage": "lost", "lost_reason": reason.pk, "next": "/crm/"})

    # then
    assert to_lost_without_reason.status_code == 302
    assert to_lost_without_reason["Location"].endswith("?stage=lost")
    assert to_won.json()["redirect"] == reverse("crm:lead_win", kwargs={"pk": lead.pk})
    assert to_lost["Location"] == "/crm/"
    lead.refresh_from_db()
    assert (lead.stage, lead.lost_reason, lead.closed_at is not None) == (LeadStage.LOST, reason, True)


def test_forecast_weighs_jobs_and_area_with_stage_probability(db):
    # given
    HousingNeedFactory(lead=LeadFactory(stage=LeadStage.PROPOSAL, expected_jobs=10), floor_area_m2=200)
    LeadFactory(stage=LeadStage.NEW, expected_jobs=20)
    LeadFactory(
        stage=LeadStage.LOST,
        expected_jobs=99,
        lost_reason=LostReasonFactory(),
        closed_at=datetime.datetime.now(datetime.UTC),
    )

    # when
    columns = board_columns()
    forecast = board_forecast(columns)

    # then (default probabilities: proposal 70 %, new 5 %)
    assert forecast == {"jobs": 30, "weighted_jobs": 8.0, "area_m2": 200, "weighted_area_m2": 140}


def test_win_creates_an_establishment_with_name_kvk_key_positions_and_date(client, acquisition_user, division):
    # given
    position = KeyPositionFactory()
    lead = LeadFactory(
        name="Photonflow B.V.", type=LeadType.SPINOFF, key_positions=[position], website="https://pf.example"
    )
    client.force_login(acquisition_user)

    # when
    response = client.post(
        reverse("crm:lead_win", kwargs={"pk": lead.pk}),
        {"kvk_number": "12345678", "branch_number": "000012345678", "settled_on": "2025-04-01",
         "sub_area": "ut_campus", "sbi_code": "72190", "is_knowledge_intensive": "on"},
    )  # fmt: skip

    # then
    assert response.status_code == 302
    lead.refresh_from_db()
    establishment = lead.converted_establishment
    assert (lead.stage, lead.has_provisional_branch_number) == (LeadStage.WON, False)
    assert (establishment.trade_name, establishment.kvk_number, establishment.branch_number) == (
        "Photonflow B.V.", "12345678", "000012345678",
    )  # fmt: skip
    assert establishment.settled_on == datetime.date(2025, 4, 1)
    assert list(establishment.key_positions.all()) == [position]
    assert (establishment.is_spinoff, establishment.is_knowledge_intensive, establishment.sbi_division) == (
        True, True, division,
    )  # fmt: skip
    assert Establishment.objects.active().filter(pk=establishment.pk).exists()


def test_win_links_an_existing_establishment_by_kvk(db, acquisition_user):
    # given
    existing = EstablishmentFactory(kvk_number="87654321")
    lead = LeadFactory()

    # when
    establishment = lead_convert(
        lead=lead, converted_by=acquisition_user, kvk_number="87654321", settled_on=datetime.date(2025, 1, 1)
    )

    # then
    assert establishment == existing
    assert Establishment.objects.count() == 1
    assert Lead.objects.get(pk=lead.pk).converted_establishment == existing


def test_win_without_branch_number_uses_a_flagged_provisional_one(db, acquisition_user, division):
    # given
    lead = LeadFactory()

    # when
    establishment = lead_convert(
        lead=lead, converted_by=acquisition_user, kvk_number="11223344", settled_on=datetime.date(2025, 1, 1),
        sub_area="bs_park", sbi_code="72110",
    )  # fmt: skip

    # then
    assert establishment.branch_number == f"9{lead.pk:011d}"
    assert Lead.objects.get(pk=lead.pk).has_provisional_branch_number


def test_win_form_shows_errors_for_a_new_establishment(client, acquisition_user, division):
    # given
    lead = LeadFactory()
    client.force_login(acquisition_user)

    # when
    response = client.post(reverse("crm:lead_win", kwargs={"pk": lead.pk}), {"kvk_number": "123", "settled_on": ""})
    unknown_sbi = client.post(
        reverse("crm:lead_win", kwargs={"pk": lead.pk}),
        {"kvk_number": "12345678", "settled_on": "2025-01-01", "sub_area": "bs_park", "sbi_code": "04123"},
    )

    # then
    assert response.status_code == 400
    assert set(response.context["form"].errors) >= {"kvk_number", "settled_on"}
    assert unknown_sbi.status_code == 400
    assert "sbi_code" in unknown_sbi.context["form"].errors
    assert Lead.objects.get(pk=lead.pk).stage == LeadStage.NEW
