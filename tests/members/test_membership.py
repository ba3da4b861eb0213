"""Sign-up with confirmation, follows, saved events, one-click registration, My agenda and the personal feed."""

import re

import icalendar
import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from community.events.models import Registration, RegistrationStatus
from community.members import services
from community.members.models import Follow, FollowKind, Member, SavedEvent
from tests.factories.establishments import EstablishmentFactory
from tests.factories.events import EventFactory, in_days
from tests.factories.members import MemberFactory

pytestmark = pytest.mark.django_db

SIGNUP = {
    "first_name": "Sanne",
    "last_name": "de Vries",
    "email": "sanne@student.example",
    "password1": "een-lang-wachtwoord-42",
    "password2": "een-lang-wachtwoord-42",
    "background": "student",
    "institution": "saxion",
    "digest_frequency": "weekly",
    "consent": "on",
}


def _login(client, username: str, password: str) -> bool:
    response = client.post(reverse("login"), {"username": username, "password": password})
    return response.status_code == 302


def _feed_uids(content: bytes) -> set[str]:
    calendar = icalendar.Calendar.from_ical(content)
    return {str(component["uid"]) for component in calendar.walk("VEVENT")}


def test_signup_sends_a_link_and_the_account_is_active_only_after_confirming(
    client, eager_celery, mailoutbox, django_capture_on_commit_callbacks
):
    # given / when
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("members:signup"), SIGNUP)

    # then
    assert response.status_code == 302
    user = User.objects.get(email="sanne@student.example")
    assert not user.is_active
    assert user.member.background == "student" and user.member.institution == "saxion"
    link = re.search(r"https?://[^/]+(/mijn/bevestigen/\S+/)", mailoutbox[-1].body).group(1)
    assert not _login(client, "sanne@student.example", SIGNUP["password1"])

    # when: a mail scanner opens the link, then the person clicks the button
    assert client.get(link).status_code == 200
    user.refresh_from_db()
    assert not user.is_active
    assert client.post(link).status_code == 302

    # then
    user.refresh_from_db()
    assert user.is_active and user.member.confirmed_at is not None
    assert client.post(link).status_code in (302, 404)  # used once
    assert _login(client, "sanne@student.example", SIGNUP["password1"])
    assert client.get(reverse("start")).url == reverse("members:agenda")


def test_signing_up_again_with_a_known_address_creates_nothing_and_tells_the_owner(
    client, member, eager_celery, mailoutbox, django_capture_on_commit_callbacks
):
    # given
    data = {**SIGNUP, "email": member.user.email}

    # when
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("members:signup"), data)

    # then: the same answer as for a new address, so the form reveals no accounts
    assert response.url == reverse("members:signup_sent")
    assert Member.objects.count() == 1
    assert "already have an account" in mailoutbox[-1].body or "al een account" in mailoutbox[-1].body


def test_an_employee_must_name_the_establishment(client):
    # when
    response = client.post(reverse("members:signup"), {**SIGNUP, "background": "park_company"})

    # then
    assert response.status_code == 400
    assert not User.objects.filter(email=SIGNUP["email"]).exists()


def test_feed_holds_followed_saved_and_registered_events_only(client, member):
    # given
    organiser = EstablishmentFactory()
    by_category = EventFactory(category="talent_cafe")
    by_organiser = EventFactory(establishment=organiser)
    saved = EventFactory()
    registered = EventFactory(registration_open=True, capacity=5)
    unrelated = EventFactory()
    services.follow_add(member=member, kind=FollowKind.CATEGORY, target="talent_cafe")
    services.follow_add(member=member, kind=FollowKind.ESTABLISHMENT, target=organiser.slug)
    services.event_save_set(member=member, event=saved, saved=True)
    services.member_register(member=member, event=registered, language="nl")

    # when
    response = client.get(reverse("members:feed", args=[member.feed_token]))

    # then
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    uids = _feed_uids(response.content)
    expected = {by_category, by_organiser, saved, registered}
    assert uids == {f"{event.uid}@agenda.kennispark.nl" for event in expected}
    assert f"{unrelated.uid}@agenda.kennispark.nl" not in uids


def test_regenerating_the_token_makes_the_old_feed_address_404(member_client, member):
    # given
    old = reverse("members:feed", args=[member.feed_token])

    # when
    member_client.post(reverse("members:feed_regenerate"))

    # then
    member.refresh_from_db()
    assert member_client.get(old).status_code == 404
    assert member_client.get(reverse("members:feed", args=[member.feed_token])).status_code == 200


def test_one_click_registration_uses_the_profile_and_appears_on_my_agenda(member_client, member):
    # given
    event = EventFactory(registration_open=True, capacity=1, starts_at=in_days(3))

    # when
    response = member_client.post(reverse("members:register", args=[event.pk]))

    # then
    assert response.status_code == 302
    registration = Registration.objects.get(event=event)
    assert registration.user == member.user
    assert registration.email == member.user.email
    assert registration.background == "student"
    page = member_client.get(reverse("members:agenda"))
    assert page.status_code == 200 and "no-store" in page["Cache-Control"]
    assert event.title_nl in page.content.decode()


def test_a_member_registering_twice_gets_an_error_not_a_second_registration(member_client, member):
    # given
    event = EventFactory(registration_open=True, capacity=5)
    member_client.post(reverse("members:register", args=[event.pk]))

    # when
    member_client.post(reverse("members:register", args=[event.pk]))

    # then
    assert Registration.objects.filter(event=event).count() == 1


def test_a_member_cancels_only_their_own_registration(member_client, member):
    # given
    event = EventFactory(registration_open=True, capacity=5)
    mine = services.member_register(member=member, event=event, language="nl")
    other = MemberFactory()
    theirs = services.member_register(member=other, event=event, language="nl")

    # when
    foreign = member_client.post(reverse("members:registration_cancel", args=[theirs.pk]))
    own = member_client.post(reverse("members:registration_cancel", args=[mine.pk]))

    # then
    assert foreign.status_code == 404
    assert own.status_code == 302
    mine.refresh_from_db(), theirs.refresh_from_db()
    assert mine.status == RegistrationStatus.CANCELLED
    assert theirs.status == RegistrationStatus.REGISTERED


def test_following_a_filtered_agenda_normalises_it_and_twice_is_once(member_client, member):
    # when
    for query in ("category=talent_cafe&audience=students", "audience=students&category=talent_cafe&page=2"):
        member_client.post(reverse("members:follow_filter"), {"filter": query})

    # then
    follow = Follow.objects.get(member=member)
    assert follow.kind == FollowKind.FILTER and follow.value == "category=talent_cafe&audience=students"


def test_an_unknown_filter_value_is_refused(member_client, member):
    # when
    member_client.post(reverse("members:follow_filter"), {"filter": "category=nonsense"})

    # then
    assert not Follow.objects.exists()


def test_saving_an_event_and_unsaving_it(member_client, member):
    # given
    event = EventFactory()

    # when / then
    member_client.post(reverse("members:event_save", args=[event.pk]), {"saved": "1"})
    assert SavedEvent.objects.filter(member=member, event=event).exists()
    member_client.post(reverse("members:event_save", args=[event.pk]), {"saved": "0"})
    assert not SavedEvent.objects.exists()


def test_sign_out_everywhere_ends_the_other_sessions(client, member):
    # given: logged in on two devices
    from django.test import Client

    other_device = Client()
    assert _login(other_device, member.user.username, "correct-horse-battery")
    assert _login(client, member.user.username, "correct-horse-battery")
    assert other_device.get(reverse("members:agenda")).status_code == 200

    # when
    client.post(reverse("members:sign_out_everywhere"))

    # then
    assert other_device.get(reverse("members:agenda")).status_code == 302
    assert client.get(reverse("members:agenda")).status_code == 302


def test_data_export_holds_the_members_own_data(member_client, member):
    # given
    services.follow_add(member=member, kind=FollowKind.CATEGORY, target="lecture")

    # when
    response = member_client.get(reverse("members:data_export"))

    # then
    data = response.json()
    assert data["account"]["email"] == member.user.email
    assert data["follows"][0]["kind"] == "category"


def test_a_member_sees_one_click_first_the_guest_form_folded_and_none_once_registered(member_client, member):
    # given
    event = EventFactory(registration_open=True, capacity=5)
    url = reverse("events:detail", args=[event.pk])

    # when
    before = member_client.get(url).content.decode()
    member_client.post(reverse("members:register", args=[event.pk]))
    after = member_client.get(url).content.decode()
    anonymous = Client().get(url).content.decode()

    # then: the visitor's form is there for a visitor, folded for a member, gone once they are registered
    guest_form = f'action="{reverse("events:register", args=[event.pk])}"'
    assert "member-one-click" in before and before.count(guest_form) == 1
    assert before.index('class="guest-registration"') < before.index(guest_form)
    assert guest_form not in after and "member-one-click" in after
    assert guest_form in anonymous and "guest-registration" not in anonymous
