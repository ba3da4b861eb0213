"""Demo content for the calendar: venues on the park, upcoming and past events, registrations (idempotent)."""

import datetime
import uuid
from typing import Any
from zoneinfo import ZoneInfo

from django.db import transaction
from django.utils import timezone

from community.events import manage_links
from community.events.models import (
    Background,
    Event,
    EventStatus,
    PartnerOrganisation,
    Registration,
    RegistrationStatus,
    Venue,
)
from establishments.models import Establishment, SubArea

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
NAMESPACE = uuid.UUID("6f1c3a52-3c1e-4c4f-9c55-7b8f0f6a4e21")

VENUES = [
    ("The Gallery", "Hengelosestraat 500", "7521 AN", SubArea.UT_CAMPUS),
    ("Vrijhof (UT)", "Drienerlolaan 5", "7522 NB", SubArea.UT_CAMPUS),
    ("Waaier (UT)", "Hallenweg 25", "7522 NH", SubArea.UT_CAMPUS),
    ("Kennispark Paviljoen", "Hengelosestraat 527", "7521 AG", SubArea.BS_PARK),
    ("Sportcentrum Twente Village", "Sportlaan 10", "7522 NC", SubArea.TWENTE_VILLAGE),
]
# Demo events that are full, with a waiting list, so the agenda shows "full" and the waiting list works.
FULL_EVENTS = {"bedrijfsbezoek"}
PARTNERS = [("Universiteit Twente", "universiteit-twente"), ("Saxion", "saxion"), ("ROC van Twente", "roc-van-twente")]

# (key, title nl, title en, category, days from today, hour, hours, venue index, audiences, capacity, extra)
EVENTS: list[tuple[Any, ...]] = [
    (
        "borrel",
        "Kennispark Netwerkborrel",
        "Kennispark network drinks",
        "network_drinks",
        9,
        17,
        2,
        3,
        "e",
        80,
        {"recurrence_frequency": "monthly"},
    ),
    (
        "talentcafe",
        "Talent Café: werken bij een spin-off",
        "Talent Café: working at a spin-off",
        "talent_cafe",
        5,
        16,
        2,
        0,
        "es",
        40,
        {"recurrence_frequency": "weekly", "recurrence_interval": 2},
    ),
    ("run", "Kennispark Run 2027", "Kennispark Run 2027", "sports", 150, 18, 3, 4, "esp", 500, {}),
    (
        "lezing",
        "Lezing: chiptechnologie in Twente",
        "Lecture: chip technology in Twente",
        "lecture",
        16,
        19,
        1.5,
        2,
        "esp",
        250,
        {},
    ),
    (
        "bedrijfsbezoek",
        "Bedrijfsbezoek: een dag in de cleanroom",
        "Company visit: a day in the cleanroom",
        "company_visit",
        23,
        14,
        3,
        0,
        "s",
        20,
        {},
    ),
    (
        "tour",
        "Talent Tour Kennispark",
        "Talent Tour Kennispark",
        "company_day",
        40,
        9,
        8,
        3,
        "s",
        None,
        {"is_all_day": True},
    ),
    ("workshop", "Workshop: subsidies voor R&D", "Workshop: R&D grants", "workshop", 30, 10, 3, 3, "e", 30, {}),
    ("run-2026", "Kennispark Run 2026", "Kennispark Run 2026", "sports", -200, 18, 3, 4, "esp", 400, {}),
    (
        "borrel-voorjaar",
        "Voorjaarsborrel Kennispark",
        "Spring drinks Kennispark",
        "network_drinks",
        -120,
        17,
        2,
        3,
        "e",
        100,
        {},
    ),
    ("bezoek-2025", "Bedrijfsbezoek MedTech", "Company visit MedTech", "company_visit", -320, 14, 3, 1, "s", 25, {}),
]
DESCRIPTION = (
    "<p>Ontmoet ondernemers, onderzoekers en studenten van Kennispark Twente. Deze activiteit hoort bij de "
    "programmalijn <strong>Talent &amp; Ontmoeting</strong>.</p><ul><li>Inloop een kwartier vooraf</li>"
    "<li>Aanmelden is gratis</li></ul>"
)


@transaction.atomic
def events_load(stdout=None) -> None:
    """Create or refresh the demo venues, partners, events and registrations."""
    venues = [
        Venue.objects.update_or_create(
            name=name, defaults={"address": street, "postcode": postcode, "city": "Enschede", "sub_area": area}
        )[0]
        for name, street, postcode, area in VENUES
    ]
    for name, slug in PARTNERS:
        PartnerOrganisation.objects.update_or_create(slug=slug, defaults={"name": name})
    establishments = list(Establishment.objects.active().order_by("pk")[:3])
    today = timezone.localdate()
    for index, (key, title_nl, title_en, category, offset, hour, hours, venue, audience, capacity, extra) in enumerate(
        EVENTS
    ):
        day = today + datetime.timedelta(days=offset)
        starts_at = datetime.datetime.combine(day, datetime.time(hour), tzinfo=AMSTERDAM)
        organiser = _organiser(index, establishments)
        event, _ = Event.objects.update_or_create(
            uid=uuid.uuid5(NAMESPACE, key),
            defaults={
                "title_nl": title_nl,
                "title_en": title_en,
                "description_nl": DESCRIPTION,
                "description_en": "<p>Meet entrepreneurs, researchers and students of Kennispark Twente.</p>",
                "category": category,
                "starts_at": starts_at,
                "ends_at": starts_at + datetime.timedelta(hours=hours),
                "venue": venues[venue],
                "for_employees": "e" in audience,
                "for_students": "s" in audience,
                "for_public": "p" in audience,
                "capacity": capacity,
                "registration_open": capacity is not None,
                "status": EventStatus.APPROVED,
                "published_at": timezone.now(),
                **organiser,
                **extra,
            },
        )
        if not capacity or event.registrations.exists():
            continue
        if offset < 0:
            _register_crowd(event, count=min(capacity, 12 + index * 3))
        elif key in FULL_EVENTS:
            _register_crowd(event, count=capacity, waiting=2)
        elif 0 < offset < 60:
            # A series takes registrations per date: these are for its first one.
            _register_crowd(event, count=min(capacity, 6), occurrence_start=starts_at if event.is_recurring else None)
    if stdout:
        stdout.write(f"Events: {Event.objects.count()} events at {len(venues)} venues\n")


def _organiser(index: int, establishments: list) -> dict:
    if index % 3 == 1 and establishments:
        return {
            "organiser_kind": "establishment",
            "organiser_establishment": establishments[index % len(establishments)],
            "organiser_partner": None,
        }
    if index % 3 == 2:
        partner = PartnerOrganisation.objects.get(slug=PARTNERS[index % len(PARTNERS)][1])
        return {"organiser_kind": "partner", "organiser_partner": partner, "organiser_establishment": None}
    return {"organiser_kind": "kennispark", "organiser_establishment": None, "organiser_partner": None}


def _register_crowd(
    event: Event, *, count: int, waiting: int = 0, occurrence_start: datetime.datetime | None = None
) -> None:
    backgrounds = [Background.PARK_COMPANY, Background.STUDENT, Background.RESEARCHER, Background.OTHER]
    registrations = [
        Registration(
            event=event,
            occurrence_start=occurrence_start,
            name=f"Demo Deelnemer {number + 1}",
            email=f"deelnemer{number + 1}.{event.pk}@example.org",
            background=backgrounds[number % len(backgrounds)],
            consent=True,
            status=RegistrationStatus.REGISTERED if number < count else RegistrationStatus.WAITING,
        )
        for number in range(count + waiting)
    ]
    for registration in registrations:
        # bulk_create skips save(), which stores the hash of the manage link.
        registration.manage_token_hash = manage_links.token_hash(registration.manage_token)
    Registration.objects.bulk_create(registrations)
