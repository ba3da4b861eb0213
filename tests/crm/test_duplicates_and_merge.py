"""Duplicate detection (KvK, website domain, normalised name) and merging two leads."""

import pytest
from django.urls import reverse

from crm.models import Lead, LeadStage
from crm.services.duplicates import domain_of, duplicates_find, normalise_name
from crm.services.merge import lead_merge
from tests.factories.crm import (
    ActivityFactory,
    ContactFactory,
    FollowUpFactory,
    HousingNeedFactory,
    LeadFactory,
    StageChangeFactory,
)
from tests.factories.establishments import EstablishmentFactory, KeyPositionFactory


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Novel-T B.V.", "novel t"),
        ("Acme Holding BV", "acme"),
        ("ACME b.v", "acme"),
        ("Café Nederland N.V.", "cafe nederland"),
        ("  Photon   Flow, B.V. ", "photon flow"),
    ],
)
def test_normalise_name_strips_case_legal_forms_and_punctuation(name, expected):
    assert normalise_name(name) == expected


@pytest.mark.parametrize(
    ("website", "expected"),
    [("https://www.Example.nl/over-ons", "example.nl"), ("http://lab.example.nl", "lab.example.nl"), ("", "")],
)
def test_domain_of(website, expected):
    assert domain_of(website) == expected


def test_duplicates_found_by_kvk_domain_and_name_in_leads_and_register(db):
    # given
    by_kvk = LeadFactory(name="Iets Anders", kvk_number="12345678")
    by_domain = LeadFactory(name="Nog Iets", website="https://www.photonflow.nl/")
    by_name = LeadFactory(name="PhotonFlow Holding B.V.")
    establishment = EstablishmentFactory(trade_name="Photonflow B.V.", kvk_number="87654321")
    LeadFactory(name="Unrelated")

    # when
    matches = duplicates_find(name="photonflow", kvk_number="12345678", website="photonflow.nl/contact")

    # then
    found = {(match.kind, match.pk): set(match.reasons) for match in matches}
    assert found == {
        ("lead", by_kvk.pk): {"kvk"},
        ("lead", by_domain.pk): {"domain"},
        ("lead", by_name.pk): {"name"},
        ("establishment", establishment.pk): {"name"},
    }


def test_lead_form_warns_about_duplicates_until_confirmed(client, acquisition_user):
    # given
    existing = LeadFactory(name="Photonflow B.V.", kvk_number="12345678")
    client.force_login(acquisition_user)
    data = {"name": "PhotonFlow BV", "type": "startup", "source": "event", "expected_jobs": 3}

    # when
    warned = client.post(reverse("crm:lead_create"), data)
    confirmed = client.post(reverse("crm:lead_create"), {**data, "confirm_duplicate": "on"})

    # then
    assert warned.status_code == 400
    assert existing.get_absolute_url().encode() in warned.content
    assert Lead.objects.filter(name="PhotonFlow BV").count() == 1
    assert confirmed.status_code == 302


def test_merge_keeps_everything_of_both_leads(db, acquisition_user):
    # given
    position = KeyPositionFactory()
    target = LeadFactory(name="Photonflow", website="", owner=None)
    duplicate = LeadFactory(name="Photonflow BV", website="https://photonflow.nl", owner=acquisition_user,
                            key_positions=[position])  # fmt: skip
    ActivityFactory(lead=target)
    activities = ActivityFactory.create_batch(2, lead=duplicate)
    contact = ContactFactory(lead=duplicate)
    follow_up = FollowUpFactory(lead=duplicate)
    need = HousingNeedFactory(lead=duplicate)
    change = StageChangeFactory(lead=duplicate, from_stage=LeadStage.NEW, to_stage=LeadStage.CONTACTED)

    # when
    lead_merge(target=target, duplicate=duplicate, merged_by=acquisition_user)

    # then
    target.refresh_from_db()
    assert not Lead.objects.filter(pk=duplicate.pk).exists()
    assert {a.pk for a in activities} <= set(target.activities.values_list("pk", flat=True))
    assert target.activities.count() == 4  # both leads' activities plus a note about the merge
    assert list(target.contacts.all()) == [contact]
    assert list(target.follow_ups.all()) == [follow_up]
    assert list(target.housing_needs.all()) == [need]
    assert change in target.stage_changes.all()
    assert list(target.key_positions.all()) == [position]
    assert (target.website, target.owner) == ("https://photonflow.nl", acquisition_user)


def test_merge_page(client, acquisition_user):
    # given
    target, duplicate = LeadFactory(), LeadFactory()
    ContactFactory(lead=duplicate)
    client.force_login(acquisition_user)

    # when
    response = client.post(reverse("crm:lead_merge", kwargs={"pk": target.pk}), {"duplicate": duplicate.pk})

    # then: the duplicate is merged into the target, whose page the user lands on
    assert response.status_code == 302
    assert response["Location"] == target.get_absolute_url()
    assert not Lead.objects.filter(pk=duplicate.pk).exists()
    assert target.contacts.count() == 1
