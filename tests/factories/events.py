import datetime
from zoneinfo import ZoneInfo

import factory
from django.utils import timezone

from community.events.models import (
    Background,
    Event,
    EventStatus,
    OrganiserKind,
    PartnerOrganisation,
    Registration,
    RegistrationStatus,
    Venue,
)
from establishments.models import SubArea

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def in_days(days: int, hour: int = 17) -> datetime.datetime:
    """Return an Amsterdam time some days from today at an hour."""
    day = timezone.localdate() + datetime.timedelta(days=days)
    return datetime.datetime.combine(day, datetime.time(hour), tzinfo=AMSTERDAM)


class VenueFactory(factory.django.DjangoModelFactory[Venue]):
    name = factory.Sequence(lambda n: f"Zaal {n}")
    address = "Hengelosestraat 500"
    postcode = "7521 AN"
    city = "Enschede"
    sub_area = SubArea.UT_CAMPUS

    class Meta:
        model = Venue


class PartnerOrganisationFactory(factory.django.DjangoModelFactory[PartnerOrganisation]):
    name = factory.Sequence(lambda n: f"Partner {n}")
    slug = factory.Sequence(lambda n: f"partner-{n}")

    class Meta:
        model = PartnerOrganisation


class EventFactory(factory.django.DjangoModelFactory[Event]):
    """An approved Kennispark event a week from now, 17:00–19:00 in Amsterdam."""

    title_nl = factory.Sequence(lambda n: f"Netwerkborrel {n}")
    title_en = factory.Sequence(lambda n: f"Network drinks {n}")
    description_nl = "<p>Kom langs!</p>"
    starts_at = factory.LazyFunction(lambda: in_days(7))
    ends_at = factory.LazyAttribute(lambda event: event.starts_at + datetime.timedelta(hours=2))
    venue = factory.SubFactory(VenueFactory)
    organiser_kind = OrganiserKind.KENNISPARK
    category = "network_drinks"
    status = EventStatus.APPROVED
    published_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = Event

    @classmethod
    def _adjust_kwargs(cls, **kwargs):
        establishment = kwargs.pop("establishment", None)
        if establishment is not None:
            kwargs["organiser_kind"] = OrganiserKind.ESTABLISHMENT
            kwargs["organiser_establishment"] = establishment
        return kwargs


class RegistrationFactory(factory.django.DjangoModelFactory[Registration]):
    event = factory.SubFactory(EventFactory, registration_open=True, capacity=10)
    name = factory.Sequence(lambda n: f"Bezoeker {n}")
    email = factory.Sequence(lambda n: f"bezoeker{n}@example.org")
    background = Background.STUDENT
    consent = True
    status = RegistrationStatus.REGISTERED

    class Meta:
        model = Registration
