"""Each computed indicator equals an independent count of its source rows, and is recomputed on a change."""

import datetime
import threading
from collections import Counter, defaultdict
from decimal import ROUND_HALF_UP, Decimal

import pytest
from django.utils import timezone

from community.events.models import Background, Event, Registration, RegistrationStatus
from crm.models import LeadStage
from establishments.models import Establishment, YearlyObservation
from impact.models import Indicator, IndicatorValue, QuestionKind, ReviewStatus, Subsidy
from impact.services.computed import computed_indicators_refresh
from impact.services.surveys import (
    Answer,
    invitations_send,
    question_add,
    response_submit,
    survey_create,
    survey_status_set,
)
from monitoring.services import snapshot_compute
from tests.factories.crm import LeadFactory
from tests.factories.events import EventFactory, RegistrationFactory
from tests.factories.users import UserFactory
from tests.monitoring.conftest import build_register

pytestmark = pytest.mark.django_db


def _computed(code: str, category: str = "") -> dict[int, Decimal]:
    values = IndicatorValue.objects.filter(indicator__code=code, category=category, status=ReviewStatus.APPROVED)
    return {value.year: value.value for value in values if value.value}


def _nonzero(counts) -> dict[int, Decimal]:
    return {year: Decimal(count).quantize(Decimal("0.01")) for year, count in counts.items() if count}


def test_every_computed_indicator_has_a_source_and_a_how_it_is_computed_text():
    # given
    computed = Indicator.objects.filter(source="computed").prefetch_related("versions")
    # when
    texts = {indicator.code: indicator.versions.get().computation_nl for indicator in computed}
    # then
    assert len(texts) == 16 and all(texts.values())
    assert computed_indicators_refresh(codes=["jobs"]) == {"jobs": 0}


def test_register_indicators_equal_the_register_rows():
    # given
    register = build_register()
    spinoff = register["establishments"][1]
    Establishment.objects.filter(pk=spinoff.pk).update(is_spinoff=True)
    snapshot_compute(trigger="test")
    # when
    computed_indicators_refresh()
    # then: counts straight from the observations
    observations = YearlyObservation.objects.select_related("establishment")
    years = sorted({observation.year for observation in observations})
    jobs, establishments, knowledge = Counter(), Counter(), Counter()
    first_year = {}
    for observation in observations.order_by("year"):
        jobs[observation.year] += observation.jobs
        establishments[observation.year] += 1
        knowledge[observation.year] += observation.establishment.is_knowledge_intensive
        first_year.setdefault(observation.establishment_id, observation.year)
    new_startups, new_spinoffs = Counter(), Counter()
    for observation in observations:
        if observation.year == first_year[observation.establishment_id] and observation.year != years[0]:
            new_startups[observation.year] += observation.establishment.is_startup
            new_spinoffs[observation.year] += observation.establishment.is_spinoff
    rounded_jobs = {
        year: (Decimal(total) / 10).quantize(Decimal(1), ROUND_HALF_UP) * 10 for year, total in jobs.items()
    }
    assert _computed("jobs") == _nonzero(rounded_jobs)
    assert _computed("establishments") == _nonzero(establishments)
    assert _computed("knowledge_intensive") == _nonzero(knowledge)
    assert _computed("startups") == _nonzero(new_startups) == {2022: Decimal("1.00")}
    assert _computed("spinoffs") == _nonzero(new_spinoffs) == {2022: Decimal("1.00")}


def test_calendar_indicators_equal_the_events_and_registrations():
    # given: events that ended in 2025, one open to the public, with registrations of each background
    start = timezone.make_aware(datetime.datetime(2025, 3, 10, 17))
    open_event = EventFactory(
        starts_at=start,
        ends_at=start + datetime.timedelta(hours=2),
        for_public=True,
        registration_open=True,
        capacity=50,
    )
    closed_event = EventFactory(
        starts_at=start + datetime.timedelta(days=30),
        ends_at=start + datetime.timedelta(days=30, hours=2),
        for_public=False,
        registration_open=True,
        capacity=50,
    )
    for event, background in [
        (open_event, Background.STUDENT),
        (open_event, Background.PARK_COMPANY),
        (closed_event, Background.OTHER),
        (closed_event, Background.STUDENT),
    ]:
        RegistrationFactory(event=event, background=background)
    RegistrationFactory(event=closed_event, status=RegistrationStatus.CANCELLED)
    # when
    computed_indicators_refresh()
    # then
    ended = Event.objects.filter(status="approved", ends_at__lt=timezone.now())
    registrations = Registration.objects.exclude(status=RegistrationStatus.CANCELLED)
    attendees = registrations.filter(status=RegistrationStatus.REGISTERED)
    assert _computed("events_held") == _nonzero({2025: ended.count()}) == {2025: Decimal("2.00")}
    assert _computed("events_open_to_outside") == _nonzero({2025: ended.filter(for_public=True).count()})
    assert _computed("registrations") == _nonzero({2025: registrations.count()}) == {2025: Decimal("4.00")}
    assert _computed("attendees") == _nonzero({2025: attendees.count()})
    for background in Background.values:
        assert _computed("attendees", background) == _nonzero({2025: attendees.filter(background=background).count()})


def test_leads_won_equal_the_won_leads_per_year():
    # given
    for year in (2024, 2025, 2025):
        LeadFactory(stage=LeadStage.WON, closed_at=timezone.make_aware(datetime.datetime(year, 6, 1)))
    LeadFactory(stage=LeadStage.NEW)
    # when
    computed_indicators_refresh()
    # then
    from crm.models import Lead

    won = Counter(lead.closed_at.year for lead in Lead.objects.filter(stage=LeadStage.WON))
    assert _computed("leads_won") == _nonzero(won) == {2024: Decimal("1.00"), 2025: Decimal("2.00")}


def test_space_indicators_equal_the_spaces_offered_and_let():
    # given
    from space.models import Building, Space

    owner = UserFactory()
    building = Building.objects.create(
        name="Gebouw",
        slug="gebouw",
        owner=owner,
        street_address="Hengelosestraat 1",
        sub_area="bs_park",
        gross_floor_area_m2=5000,
        year_built=2000,
    )
    for kind, area, approved, let_on in [
        ("lab", 120, 2024, None),
        ("office", 300, 2024, datetime.date(2025, 2, 1)),
        ("office", 80, 2025, None),
    ]:
        Space.objects.create(
            building=building,
            name=f"{kind} {area}",
            kind=kind,
            floor_area_m2=area,
            available_from=datetime.date(2024, 1, 1),
            status="let" if let_on else "available",
            first_approved_at=timezone.make_aware(datetime.datetime(approved, 5, 1)),
            let_on=let_on,
        )
    # when
    computed_indicators_refresh()
    # then
    offered, let = defaultdict(int), defaultdict(int)
    for space in Space.objects.all():
        offered[space.first_approved_at.year] += space.floor_area_m2
        if space.status == "let":
            let[space.let_on.year] += space.floor_area_m2
    assert _computed("m2_offered") == _nonzero(offered) == {2024: Decimal("420.00"), 2025: Decimal("80.00")}
    assert _computed("m2_offered", "lab") == {2024: Decimal("120.00")}
    assert _computed("m2_let") == _nonzero(let) == {2025: Decimal("300.00")}


def test_subsidy_indicators_follow_the_approved_subsidies(editor):
    # given
    def subsidy(status, amount, start, end, kind="national"):
        return Subsidy.objects.create(
            funder="RVO",
            funder_kind=kind,
            programme="MIT",
            amount=Decimal(amount),
            starts_on=start,
            ends_on=end,
            status=status,
            entered_by=editor,
        )

    subsidy(ReviewStatus.APPROVED, "120000", datetime.date(2024, 1, 1), datetime.date(2024, 12, 31))
    subsidy(ReviewStatus.APPROVED, "60000", datetime.date(2024, 7, 1), datetime.date(2025, 6, 30), kind="european")
    subsidy(ReviewStatus.SUBMITTED, "999999", datetime.date(2024, 1, 1), datetime.date(2024, 12, 31))
    # when
    computed_indicators_refresh()
    # then: 184 of the second subsidy's 365 days fall in 2024
    second_2024 = (Decimal(60000) * 184 / 365).quantize(Decimal("0.01"))
    assert _computed("subsidies_amount") == {
        2024: Decimal("120000.00") + second_2024,
        2025: Decimal("60000.00") - second_2024,
    }
    assert _computed("subsidies_amount", "european") == {2024: second_2024, 2025: Decimal("60000.00") - second_2024}
    assert _computed("subsidies_duration") == {2024: Decimal("12.00")}


def test_survey_scores_are_indicators_only_from_five_answers(editor):
    # given
    survey = survey_create(year=2025, title_nl="Enquête", title_en="Survey", by=editor)
    overall = question_add(
        survey=survey, kind=QuestionKind.SCALE, text_nl="Tevreden?", text_en="Satisfied?", counts_for_overall=True
    )
    access = question_add(
        survey=survey,
        kind=QuestionKind.SCALE,
        text_nl="Bereikbaar?",
        text_en="Accessible?",
        counts_for_accessibility=True,
    )
    survey_status_set(survey=survey, status="open", by=editor)
    tokens = _tokens(survey, 5)
    for index, token in enumerate(tokens[:4]):
        response_submit(
            token=token, answers=[Answer(overall, number=index + 1), Answer(access, number=3)], language="nl"
        )
    # when
    computed_indicators_refresh()
    below = _computed("satisfaction_overall")
    response_submit(token=tokens[4], answers=[Answer(overall, number=5), Answer(access, number=4)], language="nl")
    computed_indicators_refresh()
    # then: (1+2+3+4+5)/5 and (3·4+4)/5
    assert below == {}
    assert _computed("satisfaction_overall") == {2025: Decimal("3.00")}
    assert _computed("satisfaction_accessibility") == {2025: Decimal("3.20")}


def _tokens(survey, count: int) -> list[str]:
    """Send invitations and return their tokens, read from the outbox the way the e-mail task receives them."""
    from kennispark.models import TaskOutbox

    invitations_send(survey=survey, recipients=[(f"r{n}@example.org", "bs_park") for n in range(count)], language="nl")
    return [
        entry.args[1] for entry in TaskOutbox.objects.filter(name="impact.tasks.survey_invitation_send").order_by("pk")
    ]


@pytest.mark.django_db(transaction=True)
def test_concurrent_recomputations_write_each_figure_once():
    # given: a new year of events that no run has stored yet, and four runs that start at the same moment
    from django.db import connection, connections

    if connection.vendor != "postgresql":
        pytest.skip("row locks need PostgreSQL")
    start = timezone.make_aware(datetime.datetime(2025, 5, 12, 17))
    EventFactory(starts_at=start, ends_at=start + datetime.timedelta(hours=2), for_public=True)
    barrier = threading.Barrier(4)
    errors = []

    def refresh():
        try:
            barrier.wait()
            computed_indicators_refresh(codes=["events_held"])
        except Exception as error:  # noqa: BLE001 - collected and asserted below
            errors.append(error)
        finally:
            connections.close_all()

    # when
    threads = [threading.Thread(target=refresh) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    # then
    assert errors == []
    assert IndicatorValue.objects.filter(indicator__code="events_held", year=2025).count() == 1
    assert _computed("events_held") == {2025: Decimal("1.00")}
