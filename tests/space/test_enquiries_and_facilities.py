"""Enquiries land in the CRM and reach the owner; the facility catalogue, access requests and open data."""

import pytest
from django.urls import reverse

from crm.models import ActivityKind, Lead, LeadSource
from kennispark.throttle import INBOUND_LIMIT
from space.models import AccessRequest, AccessStatus, Enquiry, Facility, ReviewStatus
from tests.factories.crm import LeadFactory
from tests.factories.establishments import EstablishmentFactory
from tests.factories.space import AccessRequestFactory, FacilityFactory, SpaceFactory
from tests.factories.users import UserFactory

pytestmark = pytest.mark.django_db

ENQUIRY = {
    "name": "Karin Koffie",
    "organisation": "Quantum Koffie B.V.",
    "email": "karin@quantumkoffie.example",
    "lead_type": "startup",
    "floor_area_m2": "120",
    "message": "Wij zoeken labruimte voor 8 mensen.",
    "consent": "on",
    "fax_number": "",
}


def test_an_enquiry_creates_a_lead_with_its_housing_need_and_mails_owner_and_team(
    client, eager_celery, mailoutbox, settings, django_capture_on_commit_callbacks
):
    # given
    settings.ACQUISITION_TEAM_EMAIL = "team@example.org"
    space = SpaceFactory(kind="lab", floor_area_m2=150)

    # when
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("space:enquire", args=[space.pk]), ENQUIRY)

    # then
    assert response.status_code == 302
    lead = Lead.objects.get()
    assert (lead.name, lead.source) == ("Quantum Koffie B.V.", LeadSource.WEBSITE)
    need = lead.housing_needs.get()
    assert (need.kind, need.floor_area_m2, need.desired_on) == ("lab", 120, space.available_from)
    activity = lead.activities.get()
    assert activity.kind == ActivityKind.EMAIL and "labruimte voor 8" in activity.text
    assert Enquiry.objects.get().lead == lead
    assert sorted(message.to[0] for message in mailoutbox) == sorted([space.building.owner.email, "team@example.org"])


def test_an_enquiry_from_a_known_organisation_is_an_activity_on_its_lead(client, eager_celery):
    # given
    lead = LeadFactory(name="Quantum Koffie")
    space = SpaceFactory()

    # when
    client.post(reverse("space:enquire", args=[space.pk]), ENQUIRY)

    # then
    assert Lead.objects.count() == 1
    assert lead.activities.count() == 1
    assert lead.contacts.get().email == "karin@quantumkoffie.example"


def test_the_honeypot_and_the_rate_limit_keep_bots_out(client, eager_celery):
    # given
    space = SpaceFactory()

    # when
    bot = client.post(reverse("space:enquire", args=[space.pk]), ENQUIRY | {"fax_number": "0800"})
    for _attempt in range(INBOUND_LIMIT):
        client.post(reverse("space:enquire", args=[space.pk]), ENQUIRY | {"email": "not an address"})
    limited = client.post(reverse("space:enquire", args=[space.pk]), ENQUIRY)

    # then
    assert bot.status_code == 302
    assert limited.status_code == 429
    assert not Enquiry.objects.exists() and not Lead.objects.exists()


def test_a_visitor_asks_for_access_and_the_owner_answers(
    client, eager_celery, mailoutbox, django_capture_on_commit_callbacks
):
    # given
    representative = UserFactory(roles=["company"])
    company = EstablishmentFactory()
    company.representatives.add(representative)
    facility = FacilityFactory(establishment=company, organisation_name="", contact_email="lab@company.example")

    # when
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("facilities:request", args=[facility.slug]),
            {"name": "Piet", "organisation": "Proef B.V.", "email": "piet@proef.example", "message": "Testen",
             "consent": "on", "fax_number": ""},
        )  # fmt: skip
    request = AccessRequest.objects.get()
    client.force_login(representative)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("facilities:answer", args=[request.pk]), {"agree": "0", "reason": "Volgeboekt"})

    # then
    request.refresh_from_db()
    assert (request.status, request.decline_reason) == (AccessStatus.DECLINED, "Volgeboekt")
    assert [message.to for message in mailoutbox] == [["lab@company.example"], ["piet@proef.example"]]
    assert "Volgeboekt" in mailoutbox[1].body


def test_another_companys_facility_and_requests_are_404(client):
    # given
    representative = UserFactory(roles=["company"])
    facility = FacilityFactory(establishment=EstablishmentFactory(), organisation_name="")
    request = AccessRequestFactory(facility=facility)
    client.force_login(representative)

    # when
    responses = [
        client.get(reverse("facilities:edit", args=[facility.pk])),
        client.get(reverse("facilities:requests", args=[facility.pk])),
        client.post(reverse("facilities:answer", args=[request.pk]), {"agree": "1"}),
    ]

    # then
    assert [response.status_code for response in responses] == [404, 404, 404]


def test_a_companys_new_facility_waits_for_an_editor(client):
    # given
    representative = UserFactory(roles=["company"])
    company = EstablishmentFactory()
    company.representatives.add(representative)
    client.force_login(representative)

    # when
    client.post(
        reverse("facilities:create"),
        {"name": "Röntgenlab", "kind": "lab", "establishment": company.pk, "location": "Capitool 5",
         "sub_area": "bs_park", "access_nl": "Na afspraak", "booking_lead_days": "3", "contact_name": "Lab",
         "contact_email": "lab@example.org", "description_nl": "XRD en XRF."},
    )  # fmt: skip

    # then
    facility = Facility.objects.get()
    assert facility.review_status == ReviewStatus.PENDING
    assert client.get(reverse("facilities:detail", args=[facility.slug])).status_code == 404


def test_the_catalogue_filters_and_is_open_data(client):
    # given
    FacilityFactory(name="NanoLab", kind="cleanroom", technologies="lithography", induction_required=True)
    FacilityFactory(name="Makerspace", kind="workshop")
    FacilityFactory(name="Verborgen lab", review_status=ReviewStatus.PENDING)

    # when
    listed = client.get(reverse("facilities:list"), {"kind": "cleanroom"})
    csv = client.get(reverse("facilities:open_data")).content.decode("utf-8-sig")
    api = client.get("/api/facilities/", {"q": "lithography"}).json()

    # then
    assert [facility.name for facility in listed.context["facilities"]] == ["NanoLab"]
    assert "NanoLab" in csv and "Makerspace" in csv and "Verborgen" not in csv and "lab@example.org" not in csv
    assert [row["name"] for row in api["results"]] == ["NanoLab"]


def test_the_api_refuses_bad_parameters_with_400(client):
    # when
    responses = [
        client.get("/api/spaces/", {"min_m2": "0"}),
        client.get("/api/spaces/", {"kind": "castle"}),
        client.get("/api/facilities/", {"key_position": "nope"}),
    ]

    # then
    assert [response.status_code for response in responses] == [400, 400, 400]
    assert "min_m2" in responses[0].json()


def test_the_api_lists_public_spaces_only(client):
    # given
    SpaceFactory(name="Zichtbaar")
    SpaceFactory(name="In review", review_status=ReviewStatus.PENDING)

    # when
    data = client.get("/api/spaces/").json()

    # then
    assert [row["name"] for row in data["results"]] == ["Zichtbaar"]
