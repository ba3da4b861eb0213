"""The community indicators count attendees by background from members and anonymous registrations alike."""

import datetime

import pytest
from django.utils import timezone

from community.events.indicators import community_indicators_by_year
from community.members import services
from tests.factories.events import EventFactory, RegistrationFactory
from tests.factories.members import MemberFactory

pytestmark = pytest.mark.django_db


def test_members_and_visitors_are_counted_once_each_by_background():
    # given: an event that has taken place, with two members and two anonymous visitors
    now = timezone.now()
    starts = now - datetime.timedelta(days=2)
    event = EventFactory(registration_open=True, capacity=10, starts_at=now + datetime.timedelta(days=1))
    student = MemberFactory(background="student", institution="ut")
    researcher = MemberFactory(background="researcher", institution="")
    services.member_register(member=student, event=event, language="nl")
    services.member_register(member=researcher, event=event, language="en")
    RegistrationFactory(event=event, background="student")
    RegistrationFactory(event=event, background="park_company")
    event.starts_at, event.ends_at = starts, starts + datetime.timedelta(hours=2)
    event.save()

    # when
    [year] = [row for row in community_indicators_by_year(now=now) if row["year"] == starts.year]

    # then: four attendees, the member who registered counted once, by the background of the profile
    assert year["attendees"] == 4
    assert year["attendees_by_background"]["student"] == 2
    assert year["attendees_by_background"]["researcher"] == 1
    assert year["attendees_by_background"]["park_company"] == 1
