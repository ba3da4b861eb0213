"""Members see nothing of the CRM or of other members' hidden profiles; feeds and the API are scoped to the owner."""

import pytest
from django.urls import reverse

from community.members.models import MemberBackground, Visibility
from tests.factories.members import MemberFactory
from tests.factories.users import UserFactory

pytestmark = pytest.mark.django_db

CRM_PAGES = ["crm:board", "crm:lead_list", "crm:follow_ups"]


@pytest.mark.parametrize("name", CRM_PAGES)
def test_a_member_gets_403_on_the_crm(member_client, name):
    # when
    response = member_client.get(reverse(name))

    # then
    assert response.status_code == 403


def test_a_member_gets_nothing_from_the_crm_api(member_client):
    # when
    response = member_client.get("/api/crm/leads/")

    # then
    assert response.status_code in (403, 404)


def test_another_members_hidden_profile_does_not_exist(member_client):
    # given
    hidden = MemberFactory(visibility=Visibility.HIDDEN)

    # when
    response = member_client.get(reverse("members:detail", args=[hidden.pk]))

    # then
    assert response.status_code == 404


def test_a_visible_profile_is_seen_by_members_only(member_client, client):
    # given
    visible = MemberFactory(visibility=Visibility.VISIBLE, bio="Ik bouw sensoren.")

    # when
    seen = member_client.get(reverse("members:detail", args=[visible.pk]))
    client.logout()
    anonymous = client.get(reverse("members:detail", args=[visible.pk]))
    staff = UserFactory(roles=["company"])
    client.force_login(staff)
    non_member = client.get(reverse("members:detail", args=[visible.pk]))

    # then
    assert seen.status_code == 200 and "Ik bouw sensoren." in seen.content.decode()
    assert anonymous.status_code == 302
    assert non_member.status_code == 404


def test_a_member_sees_their_own_hidden_profile(member_client, member):
    # when
    response = member_client.get(reverse("members:detail", args=[member.pk]))

    # then
    assert response.status_code == 200


def test_another_members_feed_token_is_404_for_a_made_up_one(client, member):
    # given
    other = MemberFactory()

    # when
    made_up = client.get(reverse("members:feed", args=[member.feed_token[:-2] + "xx"]))
    theirs = client.get(reverse("members:feed", args=[other.feed_token]))

    # then: only the exact secret opens a feed, and it opens only its owner's
    assert made_up.status_code == 404
    assert theirs.status_code == 200
    assert member.user.email not in theirs.content.decode()


def test_the_feed_of_a_deactivated_account_is_404(client, member):
    # given
    member.user.is_active = False
    member.user.save()

    # when / then
    assert client.get(reverse("members:feed", args=[member.feed_token])).status_code == 404


def test_the_api_gives_members_their_own_data_only(client, member):
    # given
    other = MemberFactory()

    # when
    anonymous = client.get("/api/members/me/")
    client.force_login(member.user)
    own = client.get("/api/members/me/")
    client.force_login(other.user)
    theirs = client.get("/api/members/me/")
    client.force_login(UserFactory())
    no_member = client.get("/api/members/me/")

    # then
    assert anonymous.status_code in (401, 403)
    assert own.json()["email"] == member.user.email
    assert theirs.json()["email"] == other.user.email
    assert no_member.status_code == 404


def test_the_api_changes_own_settings_and_refuses_bad_values_with_400(member_client, member):
    # when
    changed = member_client.patch("/api/members/me/", {"visibility": "visible", "digest_frequency": "daily"},
                                  content_type="application/json")  # fmt: skip
    refused = member_client.patch("/api/members/me/", {"digest_frequency": "hourly", "email": "x@example.org"},
                                  content_type="application/json")  # fmt: skip

    # then
    assert changed.status_code == 200
    member.refresh_from_db()
    assert (member.visibility, member.digest_frequency) == ("visible", "daily")
    assert refused.status_code == 400
    assert set(refused.json()) >= {"email"}


def test_member_pages_need_a_login_and_are_never_cached(client, member):
    # when
    anonymous = client.get(reverse("members:agenda"))
    client.force_login(member.user)
    agenda = client.get(reverse("members:agenda"))

    # then
    assert anonymous.status_code == 302
    assert "no-store" in agenda["Cache-Control"] and "private" in agenda["Cache-Control"]


def test_an_account_without_member_profile_is_told_so(client):
    # given
    client.force_login(UserFactory(roles=["company"]))

    # when
    response = client.get(reverse("members:agenda"))

    # then
    assert response.status_code == 403


def test_a_representative_sees_counts_and_only_visible_colleagues(client):
    # given
    from tests.factories.establishments import EstablishmentFactory

    establishment = EstablishmentFactory()
    representative = UserFactory(roles=["company"])
    establishment.representatives.add(representative)
    visible = MemberFactory(background="park_company", institution="", establishment=establishment,
                            visibility=Visibility.VISIBLE)  # fmt: skip
    hidden = MemberFactory(background="park_company", institution="", establishment=establishment)
    other = EstablishmentFactory()
    client.force_login(representative)

    # when
    page = client.get(reverse("members:colleagues", args=[establishment.pk]))
    foreign = client.get(reverse("members:colleagues", args=[other.pk]))

    # then
    body = page.content.decode()
    assert page.status_code == 200
    assert visible.user.get_full_name() in body
    assert hidden.user.get_full_name() not in body
    assert foreign.status_code == 404


def test_an_organiser_sees_the_organisation_of_visible_members_only(client):
    # given: an event of a company, one visible and one hidden member registered for it
    from tests.factories.establishments import EstablishmentFactory
    from tests.factories.events import EventFactory, RegistrationFactory

    organiser = EstablishmentFactory(trade_name="Organiser B.V.")
    representative = UserFactory(roles=["company"])
    organiser.representatives.add(representative)
    event = EventFactory(establishment=organiser, registration_open=True, capacity=10)
    visible_employer, hidden_employer = EstablishmentFactory(trade_name="Zichtbaar BV"), EstablishmentFactory()
    employee = {"background": MemberBackground.EMPLOYEE, "institution": ""}
    visible = MemberFactory(visibility=Visibility.VISIBLE, establishment=visible_employer, **employee)
    hidden = MemberFactory(visibility=Visibility.HIDDEN, establishment=hidden_employer, **employee)
    for member in (visible, hidden):
        RegistrationFactory(event=event, user=member.user, name=member.user.get_full_name(), email=member.user.email)
    client.force_login(representative)

    # when
    response = client.get(reverse("events:attendees", args=[event.pk]))

    # then
    assert response.status_code == 200
    assert "Zichtbaar BV" in response.text
    assert hidden_employer.trade_name not in response.text
