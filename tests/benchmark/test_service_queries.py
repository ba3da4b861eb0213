"""The hot writes cost the same number of queries whether the tables hold 10 rows or 1,000.

The budgets look high for single writes because `full_clean()` checks every CheckConstraint with its own query
inside a savepoint (three queries each) and django-simple-history writes a history row per save.
"""

import datetime

import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone

from community.events.models import Registration, RegistrationStatus
from community.events.services import registration_cancel, registration_create
from community.talent.models import Vacancy
from community.talent.services import vacancy_create, vacancy_update
from crm.models import Lead, LeadStage, StageChange
from crm.services.leads import lead_create
from crm.services.pipeline import lead_stage_change
from establishments.models import Establishment
from tests.benchmark.counting import log_in, queries_of
from tests.benchmark.test_register_queries import add_establishments
from tests.factories.crm import LeadFactory, LostReasonFactory
from tests.factories.establishments import EstablishmentFactory, KeyPositionFactory
from tests.factories.events import EventFactory
from tests.factories.talent import FieldOfWorkFactory, VacancyFactory

pytestmark = pytest.mark.django_db


def full_event(registered: int, waiting: int):
    """Return an event whose `registered` places are all taken, with `waiting` people on its waiting list."""
    event = EventFactory(registration_open=True, capacity=registered)
    Registration.objects.bulk_create(
        Registration(event=event, name=f"Bezoeker {n}", email=f"b{n}@example.org", background="student",
                     consent=True, status="registered" if n < registered else "waiting")
        for n in range(registered + waiting)
    )  # fmt: skip
    return event


def test_registering_costs_the_same_for_events_with_10_and_1000_registrations():
    # given
    small, large = full_event(10, 0), full_event(1000, 0)
    small.capacity = large.capacity = None
    small.save(), large.save()

    def register(event):
        return registration_create(
            event_id=event.pk, name="Nieuwe Bezoeker", email="nieuw@example.org", background="student", consent=True
        )

    # when
    with_10, first = queries_of(lambda: register(small))
    with_1000, second = queries_of(lambda: register(large))

    # then
    assert first.status == second.status == RegistrationStatus.REGISTERED
    assert with_1000 == with_10
    assert with_1000 <= 10


def test_cancelling_with_promotion_costs_the_same_for_10_and_1000_registrations():
    # given: two full events with waiting lists
    small, large = full_event(10, 5), full_event(1000, 500)

    def cancel_first(event):
        return registration_cancel(registration=event.registrations.registered().order_by("pk").first())

    # when
    with_10, promoted_small = queries_of(lambda: cancel_first(small))
    with_1000, promoted_large = queries_of(lambda: cancel_first(large))

    # then: the first on each waiting list got the place
    assert promoted_small.email == "b10@example.org"
    assert promoted_large.email == "b1000@example.org"
    assert promoted_large.status == RegistrationStatus.REGISTERED
    assert with_1000 == with_10
    assert with_1000 <= 12


def _lead_with_history(changes: int) -> Lead:
    lead = LeadFactory(stage=LeadStage.CONTACTED)
    StageChange.objects.bulk_create(
        StageChange(lead=lead, from_stage=[LeadStage.NEW, LeadStage.CONTACTED][n % 2],
                    to_stage=[LeadStage.CONTACTED, LeadStage.NEW][n % 2])
        for n in range(changes)
    )  # fmt: skip
    return lead


@pytest.mark.parametrize("to_stage", [LeadStage.QUALIFIED, LeadStage.LOST])
def test_a_stage_change_costs_the_same_for_leads_with_10_and_1000_changes(acquisition_user, to_stage):
    # given
    reason = LostReasonFactory() if to_stage == LeadStage.LOST else None
    short, long = _lead_with_history(10), _lead_with_history(1000)

    def move(lead):
        return lead_stage_change(lead=lead, to_stage=to_stage, changed_by=acquisition_user, lost_reason=reason)

    # when
    with_10, moved_short = queries_of(lambda: move(short))
    with_1000, moved_long = queries_of(lambda: move(long))

    # then
    assert moved_short.stage == moved_long.stage == to_stage
    assert with_1000 == with_10
    assert with_1000 <= 20


def test_creating_a_lead_costs_the_same_with_10_and_1000_leads(acquisition_user):
    # given
    positions = [KeyPositionFactory(), KeyPositionFactory()]
    needs = [{"kind": "office", "floor_area_m2": 200}, {"kind": "lab", "floor_area_m2": 80}]

    def create(name):
        # A burst of changes queues one recomputation of the impact figures; each measured create queues its own.
        cache.clear()
        return lead_create(
            created_by=acquisition_user, name=name, type="sme", source="event", owner=acquisition_user,
            key_positions=positions, housing_needs=needs,
        )  # fmt: skip

    Lead.objects.bulk_create(Lead(name=f"Bulk {n}", type="sme", source="event") for n in range(10))
    with_10, _first = queries_of(lambda: create("Sensorwerk"))

    # when
    Lead.objects.bulk_create(Lead(name=f"Bulk {n}", type="sme", source="event") for n in range(10, 1000))
    with_1000, second = queries_of(lambda: create("Robotwerk"))

    # then
    assert second.key_positions.count() == 2
    assert second.housing_needs.count() == 2
    assert with_1000 == with_10
    assert with_1000 <= 45


def _vacancy_data(title: str) -> dict:
    return {
        "title_nl": title, "description_nl": "<p>Firmware voor sensoren.</p>", "kind": "job",
        "education_levels": ["hbo"],
        "field": FieldOfWorkFactory(slug="engineering"), "hours_min": 32, "hours_max": 40, "language": "nl",
        "closing_date": timezone.localdate() + datetime.timedelta(days=30), "apply_email": "jobs@example.org",
    }  # fmt: skip


def test_posting_a_vacancy_costs_the_same_after_10_and_1000_with_the_same_title(company_user):
    # given: an establishment that posts the same title again and again (each post needs a new address)
    establishment = EstablishmentFactory(trade_name="Sensorwerk")
    first = vacancy_create(establishment=establishment, user=company_user, **_vacancy_data("Engineer"))
    Vacancy.objects.bulk_create(
        Vacancy(**{**_vacancy_data("Engineer"), "education_levels": ["hbo"]}, establishment=establishment,
                slug=f"{first.slug}-{n}")
        for n in range(2, 11)
    )  # fmt: skip
    with_10, eleventh = queries_of(
        lambda: vacancy_create(establishment=establishment, user=company_user, **_vacancy_data("Engineer"))
    )

    # when
    Vacancy.objects.bulk_create(
        Vacancy(**{**_vacancy_data("Engineer"), "education_levels": ["hbo"]}, establishment=establishment,
                slug=f"{first.slug}-{n}")
        for n in range(12, 1001)
    )  # fmt: skip
    with_1000, thousand_and_first = queries_of(
        lambda: vacancy_create(establishment=establishment, user=company_user, **_vacancy_data("Engineer"))
    )

    # then
    assert eleventh.slug == f"{first.slug}-11"
    assert thousand_and_first.slug == f"{first.slug}-1001"
    assert with_1000 == with_10
    assert with_1000 <= 26


def test_editing_a_vacancy_costs_the_same_with_10_and_1000_vacancies():
    # given
    establishment = EstablishmentFactory()
    vacancy = VacancyFactory(establishment=establishment)
    VacancyFactory.create_batch(9, establishment=establishment)
    with_10, _saved = queries_of(lambda: vacancy_update(vacancy=vacancy, title_nl="Senior engineer"))

    # when
    Vacancy.objects.bulk_create(
        Vacancy(**{**_vacancy_data("Engineer"), "education_levels": ["hbo"]}, establishment=establishment,
                slug=f"bulk-{n}")
        for n in range(990)
    )  # fmt: skip
    with_1000, _saved = queries_of(lambda: vacancy_update(vacancy=vacancy, title_nl="Lead engineer"))

    # then
    vacancy.refresh_from_db()
    assert vacancy.title == "Lead engineer"
    assert with_1000 == with_10
    assert with_1000 <= 22


def test_saving_a_profile_costs_the_same_with_10_and_1000_establishments(client, company_user):
    # given: a representative of one establishment in a register of 10, then of 1,000
    add_establishments(9, prefix=5)
    establishment = EstablishmentFactory()
    establishment.representatives.add(company_user)
    proposal = [KeyPositionFactory(slug="medtech").pk]
    log_in(client, company_user)
    url = reverse("establishments:edit", args=[establishment.pk])

    def save(website):
        data = {"description_nl": "Wij bouwen sensoren.", "website": website, "contact_name": "Fleur de Vries",
                "contact_email": "info@sensorwerk.example", "proposed_key_positions": proposal}  # fmt: skip
        response = client.post(url, data)
        assert response.status_code == 302, response.content
        return response

    save("https://zero.example")  # the first save files the key-position proposal; later ones replace it
    with_10, _response = queries_of(lambda: save("https://first.example"))

    # when
    add_establishments(990, prefix=6)
    with_1000, _response = queries_of(lambda: save("https://second.example"))

    # then
    assert Establishment.objects.count() == 1000
    establishment.refresh_from_db()
    assert establishment.website == "https://second.example"
    assert with_1000 == with_10
    assert with_1000 <= 32
