"""Matching spaces to housing questions and leads' needs, marking matches, and the daily digest."""

import datetime

import pytest
from django.utils import timezone

from crm.models import LeadStage
from space.emails import match_digest_send
from space.matching import demand_from_need, demand_from_question
from space.models import MatchStatus, OfferStatus, QuestionStatus, ReviewStatus, SpaceKind
from space.selectors import demands_for_space, matches_for_demand
from space.services import match_decide, space_status_set
from tests.factories.crm import HousingNeedFactory, LeadFactory
from tests.factories.space import BuildingFactory, HousingQuestionFactory, SpaceFactory

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()


def _days(n: int) -> datetime.date:
    return TODAY + datetime.timedelta(days=n)


@pytest.fixture
def question():
    return HousingQuestionFactory(
        kind=SpaceKind.LAB, min_m2=200, max_m2=300, needed_by=_days(120), sub_area="ut_campus", lab_safety_class="ml2"
    )


def _names(matches):
    return {match.space.name for match in matches}


def test_only_spaces_of_the_kind_within_the_range_and_in_time_match(question):
    # given
    campus = BuildingFactory(sub_area="ut_campus")
    SpaceFactory(name="fits", building=campus, kind="lab", lab_safety_class="ml2", floor_area_m2=250)
    SpaceFactory(name="too small", kind="lab", floor_area_m2=150)
    SpaceFactory(name="too big, whole", kind="lab", floor_area_m2=600)
    SpaceFactory(name="big but divisible", kind="lab", floor_area_m2=600, min_unit_m2=200)
    SpaceFactory(name="other kind", kind="office", floor_area_m2=250)
    SpaceFactory(name="too late", kind="lab", floor_area_m2=250, available_from=_days(121))
    SpaceFactory(name="not approved", kind="lab", floor_area_m2=250, review_status=ReviewStatus.PENDING)

    # when
    matches = matches_for_demand(demand=demand_from_question(question))

    # then
    assert _names(matches) == {"fits", "big but divisible"}
    assert matches[0].space.name == "fits"  # meets the sub-area and the lab class too
    assert [str(c.name) for c in matches[1].missed] and not matches[0].missed


def test_a_lead_need_matches_within_its_margin_and_the_space_lists_the_demand():
    # given
    need = HousingNeedFactory(kind=SpaceKind.OFFICE, floor_area_m2=200, desired_on=_days(90))
    near = SpaceFactory(name="near", kind="office", floor_area_m2=230)
    SpaceFactory(name="far", kind="office", floor_area_m2=400)
    closed_lead_need = HousingNeedFactory(
        lead=LeadFactory(stage=LeadStage.ON_HOLD), kind=SpaceKind.OFFICE, floor_area_m2=220
    )

    # when
    matches = matches_for_demand(demand=demand_from_need(need))
    demands = demands_for_space(space=near)

    # then
    assert _names(matches) == {"near"}
    assert [match.demand.need_id for match in demands] == [need.pk]
    assert closed_lead_need.pk not in [match.demand.need_id for match in demands]


def test_a_space_that_is_let_leaves_every_match_list(question):
    # given
    space = SpaceFactory(kind="lab", floor_area_m2=250)
    need = HousingNeedFactory(kind="lab", floor_area_m2=250, desired_on=_days(60))
    assert space in [m.space for m in matches_for_demand(demand=demand_from_question(question))]
    assert space in [m.space for m in matches_for_demand(demand=demand_from_need(need))]

    # when
    space_status_set(space=space, status=OfferStatus.LET)

    # then
    assert matches_for_demand(demand=demand_from_question(question)) == []
    assert matches_for_demand(demand=demand_from_need(need)) == []
    assert demands_for_space(space=space) == []


def test_marking_let_closes_the_question_and_moves_the_lead_on(question, acquisition_user):
    # given
    space = SpaceFactory(kind="lab", floor_area_m2=250)
    other = SpaceFactory(kind="lab", floor_area_m2=260)
    need = HousingNeedFactory(kind="lab", floor_area_m2=260, desired_on=_days(60))

    # when
    match_decide(
        space=space, demand=demand_from_question(question), status=MatchStatus.LET, reason="", user=acquisition_user
    )
    match_decide(space=other, demand=demand_from_need(need), status=MatchStatus.LET, reason="", user=acquisition_user)

    # then
    question.refresh_from_db()
    space.refresh_from_db()
    assert question.status == QuestionStatus.SOLVED and question.closed_at is not None
    assert space.status == OfferStatus.LET and space.let_on == TODAY
    need.lead.refresh_from_db()
    assert need.lead.stage == LeadStage.PROPOSAL
    assert "verhuurd" in need.lead.activities.get().text.lower()  # "let", in the Dutch the test runs in


def test_not_suitable_needs_a_reason(question, acquisition_user):
    # given
    space = SpaceFactory(kind="lab", floor_area_m2=250)

    # when / then
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        match_decide(
            space=space,
            demand=demand_from_question(question),
            status=MatchStatus.NOT_SUITABLE,
            reason=" ",
            user=acquisition_user,
        )


def test_the_daily_digest_names_each_new_match_once(question, mailoutbox, settings):
    # given
    settings.ACQUISITION_TEAM_EMAIL = "team@example.org"
    SpaceFactory(name="Lab Noord", kind="lab", floor_area_m2=250)

    # when
    first = match_digest_send(today=TODAY)
    second = match_digest_send(today=TODAY)

    # then
    assert (first, second) == (1, 0)
    assert len(mailoutbox) == 1
    assert mailoutbox[0].to == ["team@example.org"]
    assert "Lab Noord" in mailoutbox[0].body and question.establishment.trade_name in mailoutbox[0].body

    # and a space approved later is named in the next digest, the old match not again
    SpaceFactory(name="Lab Zuid", kind="lab", floor_area_m2=220)
    assert match_digest_send(today=TODAY + datetime.timedelta(days=1)) == 1
    assert "Lab Zuid" in mailoutbox[1].body and "Lab Noord" not in mailoutbox[1].body
