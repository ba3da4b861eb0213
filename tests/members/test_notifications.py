"""Members hear at once of moved or cancelled events, are reminded the day before, and colleagues can be invited."""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from community.events import hooks
from community.members import notifications, services
from community.members.models import EventReminder, Member
from tests.factories.establishments import EstablishmentFactory
from tests.factories.events import EventFactory
from tests.factories.members import MemberFactory
from tests.factories.users import UserFactory

pytestmark = pytest.mark.django_db


def test_a_moved_event_is_mailed_at_once_to_members_who_saved_or_registered(
    eager_celery, mailoutbox, django_capture_on_commit_callbacks
):
    # given
    event = EventFactory(registration_open=True, capacity=5, title_nl="Verplaatst college")
    saver, registrant, bystander = MemberFactory(), MemberFactory(), MemberFactory()
    services.event_save_set(member=saver, event=event, saved=True)
    services.member_register(member=registrant, event=event, language="nl")
    mailoutbox.clear()

    # when: the calendar reports the change through its hook
    with django_capture_on_commit_callbacks(execute=True):
        hooks.event_changed(event=event, change="moved")

    # then
    recipients = sorted(address for mail in mailoutbox for address in mail.to)
    assert recipients == sorted([saver.user.email, registrant.user.email])
    assert bystander.user.email not in recipients
    assert "Verplaatst college" in mailoutbox[0].subject


def test_a_cancellation_goes_to_savers_registrants_already_get_the_calendars_mail():
    # given
    event = EventFactory(registration_open=True, capacity=5)
    saver, registrant = MemberFactory(), MemberFactory()
    services.event_save_set(member=saver, event=event, saved=True)
    services.member_register(member=registrant, event=event, language="nl")

    # when
    sent = notifications.event_changed_notify(event_id=event.pk, change="cancelled")

    # then
    assert sent == 1


def test_reminders_go_the_day_before_once(mailoutbox):
    # given
    now = timezone.now()
    tomorrow = timezone.localtime(now).replace(hour=15, minute=0, second=0, microsecond=0) + datetime.timedelta(days=1)
    event = EventFactory(registration_open=True, capacity=5, starts_at=tomorrow,
                         ends_at=tomorrow + datetime.timedelta(hours=1))  # fmt: skip
    later = EventFactory(registration_open=True, capacity=5)
    member = MemberFactory()
    services.member_register(member=member, event=event, language="nl")
    services.member_register(member=member, event=later, language="nl")
    mailoutbox.clear()

    # when
    first = notifications.reminders_send(now=now)
    second = notifications.reminders_send(now=now)

    # then
    assert (first, second) == (1, 0)
    assert EventReminder.objects.get().event == event
    assert mailoutbox[0].to == [member.user.email]


def test_a_colleague_invited_by_a_representative_becomes_a_member_of_that_establishment(
    client, eager_celery, mailoutbox, django_capture_on_commit_callbacks
):
    # given
    establishment = EstablishmentFactory()
    representative = UserFactory(roles=["company"])
    establishment.representatives.add(representative)
    client.force_login(representative)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("members:colleagues", args=[establishment.pk]), {"email": "collega@example.org"})
    token = re.search(r"/uitnodiging/(\S+)/", mailoutbox[-1].body).group(1)
    client.logout()

    # when
    response = client.post(reverse("invitation_accept", args=[token]), {
        "first_name": "Cor", "last_name": "Collega", "password1": "een-lang-wachtwoord-42",
        "password2": "een-lang-wachtwoord-42",
    })  # fmt: skip

    # then
    assert response.url == reverse("members:agenda")
    member = Member.objects.get(user__email="collega@example.org")
    assert member.establishment == establishment and member.background == "park_company"
    assert member.confirmed_at is not None
