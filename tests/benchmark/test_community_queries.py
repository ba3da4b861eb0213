"""The agenda and the vacancies, pages and API, cost the same number of queries with 10 or 1,000 rows."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from community.events.models import Event, EventStatus, OrganiserKind
from community.talent.models import Vacancy, VacancyStatus
from tests.benchmark.counting import get_queries
from tests.factories.establishments import EstablishmentFactory
from tests.factories.events import PartnerOrganisationFactory, VenueFactory, in_days
from tests.factories.talent import FieldOfWorkFactory, TalentPageFactory

pytestmark = pytest.mark.django_db

MAX_QUERIES = 12


def add_events(count: int, *, prefix: str) -> None:
    """Create `count` approved events over the coming 300 days, by all three kinds of organiser, some weekly."""
    venues = [VenueFactory(), VenueFactory()]
    establishments = [EstablishmentFactory(), EstablishmentFactory()]
    partners = [PartnerOrganisationFactory(), PartnerOrganisationFactory()]
    organisers = [
        {"organiser_kind": OrganiserKind.KENNISPARK},
        *({"organiser_kind": OrganiserKind.ESTABLISHMENT, "organiser_establishment": e} for e in establishments),
        *({"organiser_kind": OrganiserKind.PARTNER, "organiser_partner": p} for p in partners),
    ]
    events = []
    for n in range(count):
        starts_at = in_days(n % 300, hour=9 + n % 8)
        events.append(
            Event(
                title_nl=f"{prefix} {n}", title_en=f"{prefix} {n}", description_nl="<p>Kom langs!</p>",
                starts_at=starts_at, ends_at=starts_at + datetime.timedelta(hours=2), venue=venues[n % 2],
                category="network_drinks", for_public=True, status=EventStatus.APPROVED,
                published_at=timezone.now(), recurrence_frequency="weekly" if n % 10 == 0 else "",
                recurrence_count=4 if n % 10 == 0 else None, **organisers[n % len(organisers)],
            )
        )  # fmt: skip
    Event.objects.bulk_create(events)


def add_vacancies(count: int, *, prefix: str) -> None:
    """Create `count` published vacancies of a few establishments in two fields of work."""
    establishments = [EstablishmentFactory(), EstablishmentFactory(), EstablishmentFactory()]
    fields = [FieldOfWorkFactory(slug="engineering"), FieldOfWorkFactory(slug="ict")]
    closing = timezone.localdate() + datetime.timedelta(days=30)
    Vacancy.objects.bulk_create(
        Vacancy(establishment=establishments[n % 3], title_nl=f"{prefix} engineer {n}", slug=f"{prefix.lower()}-{n}",
                description_nl="<p>Firmware voor sensoren.</p>", kind="job", for_hbo=True, for_wo=n % 2 == 0,
                field=fields[n % 2], hours_min=32, hours_max=40, language="nl", closing_date=closing,
                apply_email="jobs@example.org", status=VacancyStatus.PUBLISHED)
        for n in range(count)
    )  # fmt: skip


today = timezone.localdate
EVENT_PAGES = {
    "api-list": lambda: "/api/events/",
    "api-list-filtered": lambda: "/api/events/?category=network_drinks&audience=public",
    "api-detail": lambda: f"/api/events/{Event.objects.order_by('pk').first().pk}/",
    "agenda": lambda: reverse("events:list"),
    "agenda-page-2": lambda: reverse("events:list") + "?page=2",
    "month": lambda: reverse("events:month", args=[today().year, today().month]),
    "week": lambda: reverse("events:week", args=today().isocalendar()[:2]),
    "feed": lambda: reverse("events:feed"),
    "embed": lambda: reverse("events:embed"),
    "detail": lambda: Event.objects.order_by("pk").first().get_absolute_url(),
}
VACANCY_PAGES = {
    "api-list": lambda: "/api/vacancies/",
    "api-list-filtered": lambda: "/api/vacancies/?kind=job&level=wo&field=engineering&q=engineer",
    "api-detail": lambda: f"/api/vacancies/{Vacancy.objects.order_by('pk').first().slug}/",
    "list": lambda: reverse("talent:vacancy_list"),
    "list-filtered": lambda: reverse("talent:vacancy_list") + "?kind=job&level=wo&field=engineering&q=engineer",
    "detail": lambda: Vacancy.objects.order_by("pk").first().get_absolute_url(),
    "feed": lambda: reverse("talent:vacancy_feed"),
    "index": lambda: reverse("talent:index"),
}


@pytest.mark.parametrize("page", EVENT_PAGES, ids=list(EVENT_PAGES))
def test_an_agenda_page_costs_the_same_for_10_and_1000_events(client, page):
    # given
    add_events(30, prefix="Borrel")
    url = EVENT_PAGES[page]()
    with_30, few = get_queries(client, url)

    # when
    add_events(970, prefix="Lezing")
    with_1000, _many = get_queries(client, url)

    # then
    assert b"Borrel" in few.content
    assert with_1000 == with_30
    assert with_1000 <= MAX_QUERIES


@pytest.mark.parametrize("page", VACANCY_PAGES, ids=list(VACANCY_PAGES))
def test_a_vacancy_page_costs_the_same_for_10_and_1000_vacancies(client, page):
    # given
    TalentPageFactory()
    add_vacancies(10, prefix="Sensor")
    url = VACANCY_PAGES[page]()
    with_10, few = get_queries(client, url)

    # when
    add_vacancies(990, prefix="Robot")
    with_1000, _many = get_queries(client, url)

    # then
    assert b"Sensor" in few.content
    assert with_1000 == with_10
    assert with_1000 <= MAX_QUERIES
