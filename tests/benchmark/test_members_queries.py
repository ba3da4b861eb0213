"""My agenda and the personal feed cost the same number of queries with few or many follows, saves and registrations."""

import pytest
from django.urls import reverse

from community.members import services
from community.members.models import FollowKind
from tests.benchmark.counting import get_queries, log_in
from tests.factories.establishments import EstablishmentFactory
from tests.factories.events import EventFactory, in_days
from tests.factories.members import MemberFactory

pytestmark = pytest.mark.django_db


def _add(member, count: int, *, offset: int) -> None:
    for n in range(count):
        organiser = EstablishmentFactory()
        services.follow_add(member=member, kind=FollowKind.ESTABLISHMENT, target=organiser.slug)
        EventFactory(establishment=organiser, category="company_day", starts_at=in_days(offset + n))
        services.event_save_set(member=member, event=EventFactory(starts_at=in_days(offset + n)), saved=True)
        event = EventFactory(registration_open=True, capacity=5, starts_at=in_days(offset + n))
        services.member_register(member=member, event=event, language="nl")


@pytest.mark.parametrize("page", ["agenda", "feed"])
def test_my_agenda_and_feed_cost_the_same_for_2_and_12_of_everything(client, page):
    # given
    member = MemberFactory()
    services.follow_add(member=member, kind=FollowKind.FILTER, target="category=lecture&audience=students")
    _add(member, 2, offset=1)
    log_in(client, member.user)
    url = reverse("members:agenda") if page == "agenda" else reverse("members:feed", args=[member.feed_token])
    few, _first = get_queries(client, url)

    # when
    _add(member, 10, offset=20)
    many, _response = get_queries(client, url)

    # then
    assert many == few
    assert few <= 20
