"""The lists of staff and owners cost the same number of queries with 10 or 1,000 rows."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from community.events.models import Event, EventStatus, OrganiserKind, Registration
from community.talent.models import Vacancy, VacancyStatus
from crm.models import Activity, Contact, FollowUp, HousingNeed, LeadStage, StageChange
from establishments.models import Establishment
from tests.benchmark.counting import get_queries, log_in
from tests.benchmark.test_register_queries import add_establishments
from tests.factories.crm import LeadFactory
from tests.factories.establishments import EstablishmentFactory
from tests.factories.events import EventFactory, VenueFactory, in_days
from tests.factories.talent import FieldOfWorkFactory
from tests.factories.users import UserFactory

pytestmark = pytest.mark.django_db

MAX_QUERIES = 14


def _lead_rows(lead, owner, count: int, start: int) -> None:
    """Give a lead `count` more activities, stage changes, contacts, follow-ups and housing needs."""
    Activity.objects.bulk_create(Activity(lead=lead, kind="call", text=f"Gesprek {n}", author=owner)
                                 for n in range(start, start + count))  # fmt: skip
    StageChange.objects.bulk_create(
        StageChange(lead=lead, from_stage=[LeadStage.NEW, LeadStage.CONTACTED][n % 2],
                    to_stage=[LeadStage.CONTACTED, LeadStage.NEW][n % 2], changed_by=owner)
        for n in range(start, start + count)
    )  # fmt: skip
    Contact.objects.bulk_create(Contact(lead=lead, name=f"Contact {n}", lawful_basis="legitimate_interest")
                                for n in range(start, start + count))  # fmt: skip
    FollowUp.objects.bulk_create(
        FollowUp(lead=lead, due_on=timezone.localdate(), text=f"Nabellen {n}", assignee=owner)
        for n in range(start, start + count)
    )
    HousingNeed.objects.bulk_create(HousingNeed(lead=lead, kind="office", floor_area_m2=10 + n)
                                    for n in range(start, start + count))  # fmt: skip


@pytest.mark.parametrize("page", ["crm:lead_detail", "crm:follow_ups"])
def test_a_crm_page_costs_the_same_for_10_and_1000_rows_of_a_lead(client, acquisition_user, page):
    # given
    log_in(client, acquisition_user)
    lead = LeadFactory(owner=acquisition_user)
    url = reverse(page, kwargs={"pk": lead.pk} if page == "crm:lead_detail" else {})
    _lead_rows(lead, acquisition_user, 10, 0)
    with_10, few = get_queries(client, url)

    # when
    _lead_rows(lead, acquisition_user, 990, 10)
    with_1000, many = get_queries(client, url)

    # then
    assert "Nabellen 0" in few.content.decode()
    assert len(many.content) > len(few.content)
    assert with_1000 == with_10
    assert with_1000 <= MAX_QUERIES


def _add_events(establishment, count: int, *, status: str, submitted_by=None) -> list[Event]:
    venue = VenueFactory()
    events = Event.objects.bulk_create(
        Event(title_nl=f"Evenement {n}", starts_at=in_days(3 + n % 200), ends_at=in_days(3 + n % 200, hour=19),
              venue=venue, organiser_kind=OrganiserKind.ESTABLISHMENT, organiser_establishment=establishment,
              category="network_drinks", status=status, submitted_by=submitted_by, registration_open=True,
              capacity=5)
        for n in range(count)
    )  # fmt: skip
    Registration.objects.bulk_create(
        Registration(event=event, name="Bezoeker", email=f"b{event.pk}-{n}@example.org", background="student",
                     consent=True, status="registered" if n < 5 else "waiting")
        for event in events
        for n in range(7)
    )  # fmt: skip
    return events


@pytest.mark.parametrize("page", ["events:my_events", "events:review_queue"])
def test_an_organiser_list_costs_the_same_for_10_and_1000_events(client, editor, company_user, page):
    # given: the representative's establishment organises submitted events, which the editor reviews
    establishment = EstablishmentFactory()
    establishment.representatives.add(company_user)
    log_in(client, editor if page == "events:review_queue" else company_user)
    _add_events(establishment, 10, status=EventStatus.SUBMITTED, submitted_by=company_user)
    with_10, few = get_queries(client, reverse(page))

    # when
    _add_events(establishment, 990, status=EventStatus.SUBMITTED, submitted_by=company_user)
    with_1000, many = get_queries(client, reverse(page))

    # then
    assert "Evenement 0" in few.content.decode()
    assert len(many.content) > len(few.content)
    assert with_1000 == with_10
    assert with_1000 <= MAX_QUERIES


@pytest.mark.parametrize("page", ["events:attendees", "events:attendees_csv"])
def test_an_attendee_list_costs_the_same_for_10_and_1000_registrations(client, company_user, page):
    # given
    establishment = EstablishmentFactory()
    establishment.representatives.add(company_user)
    log_in(client, company_user)
    small = EventFactory(establishment=establishment, registration_open=True, capacity=10)
    large = EventFactory(establishment=establishment, registration_open=True, capacity=1000)
    for event, count in ((small, 10), (large, 1000)):
        Registration.objects.bulk_create(
            Registration(event=event, name=f"Bezoeker {n}", email=f"b{n}@example.org", background="student",
                         consent=True, status="registered")
            for n in range(count)
        )  # fmt: skip

    # when
    with_10, few = get_queries(client, reverse(page, kwargs={"pk": small.pk}))
    with_1000, many = get_queries(client, reverse(page, kwargs={"pk": large.pk}))

    # then
    assert "b9@example.org" in few.content.decode()
    assert "b999@example.org" in many.content.decode()
    assert with_1000 == with_10
    assert with_1000 <= MAX_QUERIES


def test_my_vacancies_costs_the_same_for_10_and_1000_vacancies(client, company_user):
    # given
    establishment = EstablishmentFactory()
    establishment.representatives.add(company_user)
    log_in(client, company_user)
    field = FieldOfWorkFactory(slug="engineering")
    closing = timezone.localdate() + datetime.timedelta(days=30)

    def add(count: int, start: int) -> None:
        Vacancy.objects.bulk_create(
            Vacancy(establishment=establishment, title_nl=f"Vacature {n}", slug=f"vacature-{n}",
                    description_nl="<p>x</p>",
                    kind="job", for_hbo=True, field=field, hours_min=32, hours_max=40, language="nl",
                    closing_date=closing, apply_email="jobs@example.org",
                    status=[VacancyStatus.PUBLISHED, VacancyStatus.WITHDRAWN][n % 2])
            for n in range(start, start + count)
        )  # fmt: skip

    add(10, 0)
    with_10, few = get_queries(client, reverse("talent:my_vacancies"))

    # when
    add(990, 10)
    with_1000, many = get_queries(client, reverse("talent:my_vacancies"))

    # then
    assert "Vacature 9" in few.content.decode()
    assert "Vacature 999" in many.content.decode()
    assert with_1000 == with_10
    assert with_1000 <= MAX_QUERIES


def test_my_establishments_costs_the_same_for_10_and_1000_establishments(client):
    # given: a representative of many branches (a chain), each with key positions and yearly figures
    user = UserFactory(roles=["company"])
    log_in(client, user)
    user.represented_establishments.add(*add_establishments(10, prefix=5))
    with_10, few = get_queries(client, reverse("establishments:my_establishments"))

    # when
    user.represented_establishments.add(*add_establishments(990, prefix=6))
    with_1000, many = get_queries(client, reverse("establishments:my_establishments"))

    # then
    assert Establishment.objects.represented_by(user).count() == 1000
    assert "Bedrijf 5-0009" in few.content.decode()
    assert "Bedrijf 6-0989" in many.content.decode()
    assert with_1000 == with_10
    assert with_1000 <= MAX_QUERIES
