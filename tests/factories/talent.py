import datetime

import factory
from django.utils import timezone

from community.talent.models import FieldOfWork, TalentPage, Vacancy, VacancyStatus, VacancySubscription
from tests.factories.establishments import EstablishmentFactory


class FieldOfWorkFactory(factory.django.DjangoModelFactory[FieldOfWork]):
    slug = factory.Sequence(lambda n: f"field-{n}")
    name_nl = factory.Sequence(lambda n: f"Vakgebied {n}")
    name_en = factory.Sequence(lambda n: f"Field {n}")

    class Meta:
        model = FieldOfWork
        django_get_or_create = ("slug",)


class VacancyFactory(factory.django.DjangoModelFactory[Vacancy]):
    establishment = factory.SubFactory(EstablishmentFactory)
    title_nl = factory.Sequence(lambda n: f"Embedded engineer {n}")
    slug = factory.Sequence(lambda n: f"embedded-engineer-{n}")
    description_nl = "<p>Je bouwt firmware voor sensoren.</p>"
    kind = "job"
    for_hbo = True
    field = factory.SubFactory(FieldOfWorkFactory, slug="engineering")
    hours_min = 32
    hours_max = 40
    language = "nl"
    closing_date = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=30))
    apply_email = "jobs@example.org"
    status = VacancyStatus.PUBLISHED

    class Meta:
        model = Vacancy


class VacancySubscriptionFactory(factory.django.DjangoModelFactory[VacancySubscription]):
    email = factory.Sequence(lambda n: f"subscriber{n}@example.org")
    filters = factory.LazyFunction(dict)
    language = "nl"

    class Meta:
        model = VacancySubscription


class TalentPageFactory(factory.django.DjangoModelFactory[TalentPage]):
    slug = factory.Sequence(lambda n: f"pagina-{n}")
    title_nl = factory.Sequence(lambda n: f"Pagina {n}")
    title_en = factory.Sequence(lambda n: f"Page {n}")
    body_nl = "<p>Tekst</p>"
    body_en = "<p>Text</p>"

    class Meta:
        model = TalentPage
