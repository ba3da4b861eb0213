import datetime

import factory
from django.utils import timezone

from space.models import (
    AccessRequest,
    Building,
    Facility,
    FacilityKind,
    HousingQuestion,
    OfferStatus,
    QuestionReason,
    ReviewStatus,
    Space,
    SpaceKind,
)

from .establishments import EstablishmentFactory
from .users import UserFactory


class BuildingFactory(factory.django.DjangoModelFactory[Building]):
    name = factory.Sequence(lambda n: f"Gebouw {n}")
    slug = factory.Sequence(lambda n: f"gebouw-{n}")
    owner = factory.SubFactory(UserFactory, roles=["property_owner"])
    owner_name = "Voorbeeld Vastgoed B.V."
    street_address = "Capitool 1"
    sub_area = "bs_park"
    gross_floor_area_m2 = 5000

    class Meta:
        model = Building


class SpaceFactory(factory.django.DjangoModelFactory[Space]):
    building = factory.SubFactory(BuildingFactory)
    name = factory.Sequence(lambda n: f"Unit {n}")
    kind = SpaceKind.OFFICE
    floor_area_m2 = 250
    available_from = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=30))
    status = OfferStatus.AVAILABLE
    review_status = ReviewStatus.APPROVED
    first_approved_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = Space


class HousingQuestionFactory(factory.django.DjangoModelFactory[HousingQuestion]):
    establishment = factory.SubFactory(EstablishmentFactory)
    kind = SpaceKind.OFFICE
    min_m2 = 200
    max_m2 = 300
    needed_by = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=180))
    reason = QuestionReason.GROWTH

    class Meta:
        model = HousingQuestion


class FacilityFactory(factory.django.DjangoModelFactory[Facility]):
    name = factory.Sequence(lambda n: f"Lab {n}")
    slug = factory.Sequence(lambda n: f"lab-{n}")
    kind = FacilityKind.LAB
    organisation_name = "Universiteit Twente"
    location = "Carré"
    sub_area = "ut_campus"
    access_nl = "Iedereen na een training."
    contact_name = "Servicedesk"
    contact_email = "lab@example.org"
    description_nl = "Een lab."
    review_status = ReviewStatus.APPROVED

    class Meta:
        model = Facility


class AccessRequestFactory(factory.django.DjangoModelFactory[AccessRequest]):
    facility = factory.SubFactory(FacilityFactory)
    name = "Piet Proef"
    organisation = "Proef B.V."
    email = "piet@proef.example"
    message = "Wij willen testen."

    class Meta:
        model = AccessRequest
