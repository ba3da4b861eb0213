"""One way to make readable, unique slugs: vacancies, establishments from the CRM and the register import."""

import datetime

import pytest
from django.utils import timezone

from kennispark.slugs import unique_slug


def test_the_slug_is_the_text_slugified_when_it_is_free():
    assert unique_slug("Café Ünïcode & Zn.", taken=set(), default="item") == "cafe-unicode-zn"


def test_a_text_without_letters_takes_the_default():
    assert unique_slug("!!!", taken=set(), default="vestiging") == "vestiging"


def test_taken_slugs_get_the_first_free_number():
    assert unique_slug("Sensorwerk", taken={"sensorwerk", "sensorwerk-2"}, default="x") == "sensorwerk-3"


def test_qualifiers_come_before_numbers_and_numbers_follow_the_last_qualifier():
    # given
    taken = {"sensorwerk", "sensorwerk-0001", "sensorwerk-000000000001"}

    # when / then
    assert unique_slug("Sensorwerk", taken=set(), default="x", qualifiers=("0001",)) == "sensorwerk"
    assert unique_slug("Sensorwerk", taken={"sensorwerk"}, default="x", qualifiers=("0001",)) == "sensorwerk-0001"
    qualifiers = ("0001", "000000000001")
    assert unique_slug("Sensorwerk", taken=taken, default="x", qualifiers=qualifiers) == "sensorwerk-000000000001-2"


def test_a_long_text_is_cut_so_that_a_suffix_still_fits_the_field():
    slug = unique_slug("a" * 300, taken={"a" * 200}, default="x")
    assert slug == "a" * 200 + "-2"


@pytest.mark.django_db
def test_a_queryset_says_which_slugs_are_taken(django_assert_num_queries):
    # given
    from establishments.models import Sector

    Sector.objects.create(slug="zorg-2", name_nl="Zorg 2", name_en="Care 2")

    Sector.objects.bulk_create(Sector(slug=f"zorg-{n}", name_nl="Zorg", name_en="Care") for n in range(3, 50))

    # when
    with django_assert_num_queries(1):
        slug = unique_slug("Zorg", taken=Sector.objects.all(), default="sector")

    # then: "zorg" is seeded by the reference data, the rest was added above
    assert slug == "zorg-50"


@pytest.mark.django_db
def test_a_vacancy_posted_again_gets_the_next_free_address():
    # given
    from community.talent.services import vacancy_create
    from tests.factories.establishments import EstablishmentFactory
    from tests.factories.talent import FieldOfWorkFactory, VacancyFactory

    establishment = EstablishmentFactory(trade_name="Photonix")
    VacancyFactory(establishment=establishment, slug="chip-designer-photonix")
    data = {
        "title_nl": "Chip designer", "description_nl": "<p>Chips.</p>", "kind": "job", "education_levels": ["hbo"],
        "field": FieldOfWorkFactory(slug="engineering"), "hours_min": 32, "hours_max": 40, "language": "nl",
        "closing_date": timezone.localdate() + datetime.timedelta(days=30), "apply_email": "jobs@example.org",
    }  # fmt: skip

    # when
    vacancy = vacancy_create(establishment=establishment, **data)

    # then
    assert vacancy.slug == "chip-designer-photonix-2"
