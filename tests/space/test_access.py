"""Who may see and change what: owners their own buildings, spaces and enquiries; questions per company and staff."""

import pytest
from django.urls import reverse

from space.models import Enquiry
from tests.factories.crm import LeadFactory
from tests.factories.establishments import EstablishmentFactory
from tests.factories.space import BuildingFactory, HousingQuestionFactory, SpaceFactory
from tests.factories.users import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_owners():
    mine, theirs = BuildingFactory(), BuildingFactory()
    return {
        "me": mine.owner,
        "my_building": mine,
        "my_space": SpaceFactory(building=mine),
        "their_building": theirs,
        "their_space": SpaceFactory(building=theirs),
    }


@pytest.mark.parametrize(
    ("name", "target"),
    [
        ("space:building_edit", "their_building"),
        ("space:photo_add", "their_building"),
        ("space:space_create", "their_building"),
        ("space:space_edit", "their_space"),
    ],
)
def test_an_owner_gets_404_for_another_owners_building_or_space(client, two_owners, name, target):
    # given
    client.force_login(two_owners["me"])

    # when
    response = client.get(reverse(name, args=[two_owners[target].pk]))

    # then
    assert response.status_code == 404


@pytest.mark.parametrize("name", ["space:space_status", "space:space_confirm"])
def test_an_owner_cannot_change_another_owners_space(client, two_owners, name):
    # given
    client.force_login(two_owners["me"])
    space = two_owners["their_space"]

    # when
    response = client.post(reverse(name, args=[space.pk]), {"status": "withdrawn"})

    # then
    assert response.status_code == 404
    space.refresh_from_db()
    assert space.status == "available"


def test_an_owner_edits_their_own_space(client, two_owners):
    # given
    client.force_login(two_owners["me"])

    # when
    response = client.get(reverse("space:space_edit", args=[two_owners["my_space"].pk]))

    # then
    assert response.status_code == 200


def test_an_owner_sees_only_the_enquiries_about_their_own_spaces(client, two_owners):
    # given
    Enquiry.objects.create(
        space=two_owners["my_space"], name="A", organisation="Mijn Klant", email="a@x.example", message="m"
    )
    Enquiry.objects.create(
        space=two_owners["their_space"], name="B", organisation="Andermans Klant", email="b@x.example", message="m"
    )
    client.force_login(two_owners["me"])

    # when
    response = client.get(reverse("space:my_enquiries"))

    # then
    assert "Mijn Klant" in response.content.decode()
    assert "Andermans Klant" not in response.content.decode()


@pytest.mark.parametrize("name", ["crm:board", "crm:lead_list", "space:demand", "space:report", "space:review_queue"])
def test_an_owner_sees_no_crm_data_and_no_staff_pages(client, two_owners, name):
    # given
    LeadFactory(name="Geheime Lead")
    client.force_login(two_owners["me"])

    # when
    response = client.get(reverse(name))

    # then
    assert response.status_code == 403


def test_an_owner_cannot_open_a_leads_matches(client, two_owners):
    # given
    lead = LeadFactory()
    client.force_login(two_owners["me"])

    # when
    response = client.get(reverse("space:lead_matches", args=[lead.pk]))

    # then
    assert response.status_code == 403


def test_a_housing_question_is_visible_to_its_company_and_staff_only(client, editor, acquisition_user):
    # given
    representative, other_representative = UserFactory(roles=["company"]), UserFactory(roles=["company"])
    company, other_company = EstablishmentFactory(), EstablishmentFactory()
    company.representatives.add(representative)
    other_company.representatives.add(other_representative)
    question = HousingQuestionFactory(establishment=company, remarks="Vertrouwelijk plan")
    owner = UserFactory(roles=["property_owner"])

    def sees(user) -> bool:
        client.force_login(user)
        listed = company.trade_name in client.get(reverse("space:questions")).content.decode()
        opened = client.get(reverse("space:question_edit", args=[question.pk])).status_code
        return listed and opened == 200

    # then
    assert sees(representative)
    assert sees(acquisition_user)
    assert sees(editor)
    assert not sees(other_representative)
    client.force_login(other_representative)
    assert client.get(reverse("space:question_edit", args=[question.pk])).status_code == 404
    client.force_login(owner)
    assert client.get(reverse("space:questions")).status_code == 403
    client.logout()
    assert client.get(reverse("space:questions")).status_code == 302


def test_a_space_awaiting_review_is_hidden_from_visitors_but_shown_to_its_owner(client, two_owners):
    # given
    space = SpaceFactory(building=two_owners["my_building"], review_status="pending")

    # when
    anonymous = client.get(reverse("space:space_detail", args=[space.pk]))
    client.force_login(two_owners["me"])
    own = client.get(reverse("space:space_detail", args=[space.pk]))
    client.force_login(two_owners["their_building"].owner)
    other = client.get(reverse("space:space_detail", args=[space.pk]))

    # then
    assert (anonymous.status_code, own.status_code, other.status_code) == (404, 200, 404)


def test_a_representative_asks_a_housing_question_from_the_company_profile(client):
    # given
    representative = UserFactory(roles=["company"])
    company, other = EstablishmentFactory(), EstablishmentFactory()
    company.representatives.add(representative)
    client.force_login(representative)
    form = {"kind": "lab", "lab_safety_class": "ml2", "min_m2": "200", "max_m2": "300", "needed_by": "2027-09-30",
            "sub_area": "", "reason": "growth", "remarks": ""}  # fmt: skip

    # when
    profile = client.get(reverse("establishments:my_establishments")).content.decode()
    refused = client.post(reverse("space:question_create"), form | {"establishment": other.pk})
    created = client.post(reverse("space:question_create"), form | {"establishment": company.pk})

    # then
    assert f"{reverse('space:question_create')}?company={company.pk}" in profile
    assert refused.status_code == 400
    assert created.status_code == 302
    question = company.housing_questions.get()
    assert (question.kind, question.min_m2, question.max_m2, question.created_by) == ("lab", 200, 300, representative)
    assert not other.housing_questions.exists()


def test_acquisition_marks_a_match_from_the_matches_page(client, acquisition_user):
    # given
    question = HousingQuestionFactory(kind="office", min_m2=100, max_m2=300)
    space = SpaceFactory(kind="office", floor_area_m2=200)
    client.force_login(acquisition_user)
    page = client.get(reverse("space:question_matches", args=[question.pk])).content.decode()

    # when
    response = client.post(
        reverse("space:match_decide"),
        {"space": space.pk, "question": question.pk, "status": "introduced", "reason": "", "next": "/ruimte/"},
    )

    # then
    assert str(space) in page
    assert response.status_code == 302 and response["Location"] == "/ruimte/"
    assert space.decisions.get().status == "introduced"
