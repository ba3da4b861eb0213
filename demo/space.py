"""Demo offer and demand for the space pages: buildings with spaces of every kind in each sub-area, companies'
housing questions and a small catalogue of shared lab facilities with access requests."""

import datetime
from decimal import Decimal
from typing import Any

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from establishments.models import Establishment, KeyPosition
from space.models import (
    AccessRequest,
    Building,
    Facility,
    HousingQuestion,
    QuestionStatus,
    ReviewStatus,
    Space,
)

OWNER_USERNAME = "owner"
COMPANY_USERNAME = "company"

BUILDINGS = [
    {
        "slug": "the-gallery",
        "name": "The Gallery",
        "owner_name": "Kennispark Vastgoed B.V.",
        "street_address": "Hengelosestraat 500",
        "postcode": "7521 AN",
        "sub_area": "bs_park",
        "gross_floor_area_m2": 14_200,
        "year_built": 2009,
        "amenities": ["reception", "parking", "fibre", "access_24_7"],
        "description_nl": "Verzamelgebouw voor start-ups en scale-ups met kantoren, flexplekken en vergaderzalen.",
        "description_en": "Building for start-ups and scale-ups with offices, flexible desks and meeting rooms.",
    },
    {
        "slug": "capitool-41",
        "name": "Capitool 41",
        "owner_name": "Twentse Bedrijfshuisvesting B.V.",
        "street_address": "Capitool 41",
        "postcode": "7521 PL",
        "sub_area": "bs_park",
        "gross_floor_area_m2": 6_400,
        "year_built": 2001,
        "amenities": ["loading_dock", "heavy_floor", "parking", "chemistry_lab"],
        "description_nl": "Bedrijfsverzamelgebouw met laboratoria en productieruimte met laaddock.",
        "description_en": "Business building with laboratories and production space with a loading dock.",
    },
    {
        "slug": "high-tech-factory",
        "name": "High Tech Factory",
        "owner_name": "High Tech Factory B.V.",
        "street_address": "De Veldmaat 17",
        "postcode": "7522 NM",
        "sub_area": "ut_campus",
        "gross_floor_area_m2": 10_500,
        "year_built": 2015,
        "amenities": ["cleanroom", "chemistry_lab", "loading_dock", "access_24_7", "heavy_floor"],
        "description_nl": "Gedeelde cleanroom- en productiefaciliteit op de campus voor hightech start-ups.",
        "description_en": "Shared cleanroom and production facility on the campus for high-tech start-ups.",
    },
    {
        "slug": "horst-ring-noord",
        "name": "Horst Ring Noord",
        "owner_name": "Universiteit Twente",
        "street_address": "De Horst 2",
        "postcode": "7522 LW",
        "sub_area": "ut_campus",
        "gross_floor_area_m2": 21_000,
        "year_built": 1964,
        "amenities": ["chemistry_lab", "fibre", "reception"],
        "description_nl": "Laboratoria van de universiteit die tijdelijk aan bedrijven worden verhuurd.",
        "description_en": "University laboratories let to companies for a while.",
    },
    {
        "slug": "twente-village-paviljoen",
        "name": "Twente Village Paviljoen",
        "owner_name": "Village Beheer B.V.",
        "street_address": "Hengelosestraat 705",
        "postcode": "7521 PA",
        "sub_area": "twente_village",
        "gross_floor_area_m2": 3_800,
        "year_built": 2019,
        "amenities": ["parking", "fibre", "access_24_7"],
        "description_nl": "Kleinschalig paviljoen met kantoren en werkplaatsen.",
        "description_en": "Small pavilion with offices and workshops.",
    },
]

# (building slug, name, kind, extras); every kind in several sub-areas.
SPACES = [
    ("the-gallery", "Tweede verdieping oost", "office", {"floor_area_m2": 420, "min_unit_m2": 60, "rent": (135, 155)}),
    ("the-gallery", "Flexplekken begane grond", "flex_desk", {"floor_area_m2": 80, "rent": (None, None)}),
    ("the-gallery", "Zaal Drienerlo", "meeting", {"floor_area_m2": 90, "rent": (None, None)}),
    ("the-gallery", "Vierde verdieping", "office", {"floor_area_m2": 1_100, "min_unit_m2": 250, "rent": (140, 140)}),
    ("capitool-41", "Lab vleugel A", "lab", {"floor_area_m2": 260, "lab_safety_class": "ml2", "rent": (185, 210)}),
    ("capitool-41", "Chemielab B", "lab", {"floor_area_m2": 140, "lab_safety_class": "chemistry", "rent": (195, 195)}),
    ("capitool-41", "Productiehal", "production", {"floor_area_m2": 900, "min_unit_m2": 300, "rent": (85, 95)}),
    ("high-tech-factory", "Cleanroom bay 3", "cleanroom", {"floor_area_m2": 120, "iso_class": 7, "rent": (None, None)}),
    ("high-tech-factory", "Assemblagehal", "production", {"floor_area_m2": 450, "rent": (110, 120)}),
    ("high-tech-factory", "Kantoorunits", "office", {"floor_area_m2": 200, "min_unit_m2": 40, "rent": (150, 160)}),
    ("horst-ring-noord", "ML-I lab 1.24", "lab", {"floor_area_m2": 95, "lab_safety_class": "ml1", "rent": (175, 175)}),
    ("horst-ring-noord", "Cleanroom ISO 5", "cleanroom", {"floor_area_m2": 60, "iso_class": 5, "rent": (None, None)}),
    ("twente-village-paviljoen", "Werkplaats noord", "production", {"floor_area_m2": 220, "rent": (75, 85)}),
    ("twente-village-paviljoen", "Kantoor eerste verdieping", "office", {"floor_area_m2": 160, "rent": (120, 130)}),
    ("twente-village-paviljoen", "Flexplekken", "flex_desk", {"floor_area_m2": 40, "rent": (None, None)}),
    ("twente-village-paviljoen", "Vergaderruimte", "meeting", {"floor_area_m2": 45, "rent": (None, None)}),
]
# What happens to some demo spaces, so review, option, let and staleness all show (name → state).
SPACE_STATES: dict[str, dict[str, Any]] = {
    "Vierde verdieping": {"review_status": ReviewStatus.PENDING},
    "Kantoorunits": {"status": "option"},
    "Assemblagehal": {"status": "let", "let_days_ago": 400},
    "Chemielab B": {"status": "let", "let_days_ago": 20},
    "Werkplaats noord": {"confirmed_days_ago": 100},
}

# (kind, min, max, days ahead, sub-area, reason, lab class, status, closed days ago)
QUESTIONS = [
    ("lab", 200, 300, 240, "", "growth", "ml2", QuestionStatus.OPEN, None),
    ("office", 300, 500, 120, "bs_park", "growth", "", QuestionStatus.OPEN, None),
    ("production", 400, 1_000, 365, "", "consolidation", "", QuestionStatus.OPEN, None),
    ("cleanroom", 50, 150, 90, "ut_campus", "growth", "", QuestionStatus.OPEN, None),
    ("office", 100, 150, -400, "", "shrink", "", QuestionStatus.SOLVED, 430),
    ("lab", 80, 120, -300, "", "growth", "ml1", QuestionStatus.SOLVED, 320),
    ("production", 1_500, 2_500, -200, "", "leaving", "", QuestionStatus.LEFT, 210),
    ("office", 200, 400, -60, "", "growth", "", QuestionStatus.SOLVED, 40),
]

FACILITIES: list[dict[str, Any]] = [
    {
        "slug": "nanolab-cleanroom",
        "name": "MESA+ NanoLab cleanroom",
        "kind": "cleanroom",
        "organisation_name": "Universiteit Twente",
        "location": "Carré, De Veldmaat 10",
        "sub_area": "ut_campus",
        "technologies": "nanofabrication, lithography, thin films, MEMS",
        "key_positions": ["chiptech", "materials"],
        "access_nl": "Bedrijven en onderzoekers van buiten de UT, na een veiligheidstraining. Begeleid of zelfstandig.",
        "access_en": "Companies and researchers from outside the UT, after a safety training. Assisted or on your own.",
        "induction_required": True,
        "booking_lead_days": 14,
        "contact_name": "NanoLab servicedesk",
        "contact_email": "nanolab@demo.kennispark.nl",
        "description_nl": "Cleanroom van 1.250 m² (ISO 5 tot ISO 7) voor micro- en nanofabricage.",
        "description_en": "1,250 m² cleanroom (ISO 5 to ISO 7) for micro and nano fabrication.",
    },
    {
        "slug": "high-tech-factory-cleanroom",
        "name": "High Tech Factory cleanroom",
        "kind": "cleanroom",
        "organisation_name": "High Tech Factory",
        "location": "De Veldmaat 17",
        "sub_area": "ut_campus",
        "technologies": "pilot production, packaging, photonics assembly",
        "key_positions": ["chiptech"],
        "access_nl": "Start-ups en scale-ups die de stap naar (pilot)productie zetten.",
        "access_en": "Start-ups and scale-ups taking the step to (pilot) production.",
        "induction_required": True,
        "booking_lead_days": 30,
        "contact_name": "HTF front office",
        "contact_email": "htf@demo.kennispark.nl",
        "description_nl": "Gedeelde cleanroom en apparatuur voor opschaling van hightech productie.",
        "description_en": "Shared cleanroom and equipment for scaling up high-tech production.",
    },
    {
        "slug": "techmed-simulatiecentrum",
        "name": "TechMed Centre simulatiecentrum",
        "kind": "lab",
        "organisation_name": "Universiteit Twente",
        "location": "Technohal, Hallenweg 5",
        "sub_area": "ut_campus",
        "technologies": "medical simulation, clinical testing, imaging",
        "key_positions": ["medtech"],
        "access_nl": "Medtechbedrijven voor tests en trainingen; in overleg met het TechMed Centre.",
        "access_en": "MedTech companies for tests and training, by arrangement with the TechMed Centre.",
        "induction_required": False,
        "booking_lead_days": 10,
        "contact_name": "TechMed Centre",
        "contact_email": "techmed@demo.kennispark.nl",
        "description_nl": "Operatiekamer, IC-ruimte en beeldvormingslab voor het testen van medische technologie.",
        "description_en": "Operating theatre, ICU room and imaging lab for testing medical technology.",
    },
    {
        "slug": "designlab-makerspace",
        "name": "DesignLab makerspace",
        "kind": "workshop",
        "organisation_name": "Universiteit Twente",
        "location": "Hengelosestraat 500",
        "sub_area": "bs_park",
        "technologies": "3D printing, laser cutting, electronics prototyping",
        "key_positions": ["smart-manufacturing"],
        "access_nl": "Iedereen van het park; korte instructie per machine.",
        "access_en": "Anyone on the park; a short instruction per machine.",
        "induction_required": True,
        "booking_lead_days": 2,
        "contact_name": "DesignLab",
        "contact_email": "designlab@demo.kennispark.nl",
        "description_nl": "Werkplaats voor prototypes met 3D-printers, lasersnijder en elektronicawerkplek.",
        "description_en": "Prototyping workshop with 3D printers, laser cutter and electronics bench.",
    },
    {
        "slug": "robotics-testveld",
        "name": "Robotics testveld",
        "kind": "test_line",
        "organisation_name": "Universiteit Twente",
        "location": "Horst Ring, De Horst 2",
        "sub_area": "ut_campus",
        "technologies": "drones, inspection robots, field testing",
        "key_positions": ["robotics", "ai-smart-it"],
        "access_nl": "Bedrijven en onderzoeksgroepen met een testplan; veiligheidsinstructie vereist.",
        "access_en": "Companies and research groups with a test plan; safety instruction required.",
        "induction_required": True,
        "booking_lead_days": 7,
        "contact_name": "Robotics Centre",
        "contact_email": "robotics@demo.kennispark.nl",
        "description_nl": "Binnen- en buitentestveld voor robots en drones met motion capture.",
        "description_en": "Indoor and outdoor test field for robots and drones with motion capture.",
    },
]
ACCESS_REQUESTS = [
    ("nanolab-cleanroom", "Sanne de Vries", "PhotonChip B.V.", "agreed", ""),
    ("nanolab-cleanroom", "Tom Jansen", "Twente Sensors", "pending", ""),
    ("high-tech-factory-cleanroom", "Lisa Bakker", "MedFab", "declined", "Fully booked until next quarter."),
    ("techmed-simulatiecentrum", "Ahmed El Amrani", "CardioScan", "agreed", ""),
    ("designlab-makerspace", "Jeroen Mulder", "Buildr", "agreed", ""),
]


@transaction.atomic
def space_load(stdout=None) -> None:
    """Create or refresh the demo offer, housing questions and facility catalogue; a re-run changes nothing twice."""
    owner = User.objects.filter(username=OWNER_USERNAME).first()
    if owner is None:
        return
    buildings = {spec["slug"]: _building(spec, owner) for spec in BUILDINGS}
    for building_slug, name, kind, extras in SPACES:
        _space(buildings[building_slug], name, kind, extras)
    question_count = _questions()
    facility_count = _facilities()
    if stdout:
        stdout.write(
            f"Space: {len(BUILDINGS)} buildings, {len(SPACES)} spaces, {question_count} housing questions, "
            f"{facility_count} facilities"
        )


def _building(spec: dict, owner: User) -> Building:
    building = Building.objects.filter(slug=spec["slug"]).first() or Building(slug=spec["slug"])
    for name, value in spec.items():
        setattr(building, name, value)
    building.owner = owner
    building.full_clean()
    building.save()
    return building


def _space(building: Building, name: str, kind: str, extras: dict) -> Space:
    now = timezone.now()
    today = timezone.localdate()
    state = SPACE_STATES.get(name, {})
    low, high = extras.get("rent", (None, None))
    space = Space.objects.filter(building=building, name=name).first() or Space(building=building, name=name)
    space.kind = kind
    space.floor_area_m2 = extras["floor_area_m2"]
    space.min_unit_m2 = extras.get("min_unit_m2")
    space.lab_safety_class = extras.get("lab_safety_class", "")
    space.iso_class = extras.get("iso_class")
    space.rent_min = Decimal(low) if low is not None else None
    space.rent_max = Decimal(high) if high is not None else None
    space.minimum_term_months = 12 if kind in ("office", "lab", "production") else None
    space.available_from = today + datetime.timedelta(days=30 * (len(name) % 5))
    space.review_status = state.get("review_status", ReviewStatus.APPROVED)
    space.first_approved_at = (
        None
        if space.review_status != ReviewStatus.APPROVED
        else now - datetime.timedelta(days=30 + 97 * (len(name) % 9))
    )
    space.status = state.get("status", "available")
    space.let_on = today - datetime.timedelta(days=state["let_days_ago"]) if "let_days_ago" in state else None
    space.confirmed_at = now - datetime.timedelta(days=state.get("confirmed_days_ago", 3))
    # The nightly check would have flagged an offer this old; the demo shows it flagged straight away.
    space.stale_flagged_at = now if state.get("confirmed_days_ago", 0) > 90 else None
    space.description_nl = f"{space.name} in {building.name}: {building.description_nl}"
    space.description_en = f"{space.name} in {building.name}: {building.description_en}"
    space.full_clean()
    space.save()
    return space


def _questions() -> int:
    company_user = User.objects.filter(username=COMPANY_USERNAME).first()
    establishments = list(Establishment.objects.active().filter(is_knowledge_intensive=True).order_by("pk")[:8])
    if not establishments:
        return 0
    now = timezone.now()
    today = timezone.localdate()
    for index, (kind, low, high, ahead, sub_area, reason, lab, status, closed_ago) in enumerate(QUESTIONS):
        establishment = establishments[index % len(establishments)]
        question = HousingQuestion.objects.filter(establishment=establishment, kind=kind, min_m2=low).first()
        question = question or HousingQuestion(establishment=establishment, kind=kind, min_m2=low)
        question.max_m2 = high
        question.needed_by = today + datetime.timedelta(days=ahead)
        question.sub_area = sub_area
        question.reason = reason
        question.lab_safety_class = lab
        question.status = status
        question.closed_at = now - datetime.timedelta(days=closed_ago) if closed_ago else None
        question.created_at = now - datetime.timedelta(days=(closed_ago or 0) + 60)
        question.created_by = company_user
        question.full_clean()
        question.save()
    return len(QUESTIONS)


def _facilities() -> int:
    key_positions = {kp.slug: kp for kp in KeyPosition.objects.all()}
    editor = User.objects.filter(username="editor").first()
    facilities = {}
    for spec in FACILITIES:
        spec = dict(spec)
        slugs = spec.pop("key_positions")
        facility = Facility.objects.filter(slug=spec["slug"]).first() or Facility(slug=spec["slug"])
        for name, value in spec.items():
            setattr(facility, name, value)
        facility.review_status = ReviewStatus.APPROVED
        facility.created_by = editor
        facility.full_clean()
        facility.save()
        facility.key_positions.set([key_positions[slug] for slug in slugs if slug in key_positions])
        facilities[facility.slug] = facility
    _company_facility()
    now = timezone.now()
    for number, (slug, name, organisation, status, reason) in enumerate(ACCESS_REQUESTS):
        email = f"{name.split()[0].lower()}@{organisation.split()[0].lower()}.example"
        request = AccessRequest.objects.filter(facility=facilities[slug], email=email).first()
        request = request or AccessRequest(facility=facilities[slug], email=email)
        request.name = name
        request.organisation = organisation
        request.message = "Wij willen graag enkele dagen gebruikmaken van deze faciliteit voor een pilot."
        request.status = status
        request.decline_reason = reason
        request.answered_at = None if status == "pending" else now - datetime.timedelta(days=number + 1)
        request.answered_by = editor if status != "pending" else None
        request.full_clean()
        request.save()
    return len(FACILITIES)


def _company_facility() -> None:
    # The demo company user's company opens its X-ray lab; it waits for the editors, so the work page shows it.
    company = Establishment.objects.active().filter(is_knowledge_intensive=True).order_by("pk").first()
    if company is None:
        return
    facility = Facility.objects.filter(slug="rontgendiffractielab").first() or Facility(slug="rontgendiffractielab")
    facility.name = "Röntgendiffractielab"
    facility.kind = "equipment"
    facility.establishment = company
    facility.organisation_name = ""
    facility.location = company.street_address or "Hengelosestraat 500"
    facility.sub_area = company.sub_area
    facility.technologies = "XRD, XRF, materials characterisation"
    facility.access_nl = "Bedrijven op het park, na een korte instructie door onze analist."
    facility.access_en = "Companies on the park, after a short instruction by our analyst."
    facility.induction_required = True
    facility.booking_lead_days = 5
    facility.contact_name = "Lab analist"
    facility.contact_email = "lab@demo.kennispark.nl"
    facility.description_nl = "Röntgendiffractometer en XRF-spectrometer voor materiaalanalyse."
    facility.description_en = "X-ray diffractometer and XRF spectrometer for materials analysis."
    facility.review_status = facility.review_status if facility.pk else ReviewStatus.PENDING
    facility.full_clean()
    facility.save()
