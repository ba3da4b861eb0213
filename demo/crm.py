"""Fictitious demo leads of the CRM: about forty organisations spread over stages, sources and types."""

import datetime
import random

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from crm.models import (
    Activity,
    ActivityKind,
    Contact,
    FollowUp,
    HousingNeed,
    LawfulBasis,
    Lead,
    LeadSource,
    LeadStage,
    LeadType,
    LostReason,
    SpaceKind,
    StageChange,
)
from crm.services.conversion import lead_convert
from establishments.models import KeyPosition, SbiDivision

PREFIXES = ["Photon", "Nano", "Medi", "Quantum", "Sensi", "Robo", "Hydro", "Bio", "Chip", "Data"]
SUFFIXES = ["Flow", "Labs", "Works", "Sense", "Forge", "Matics"]
FIRST_NAMES = ["Sanne", "Joris", "Fatima", "Pieter", "Lotte", "Mehmet", "Ingrid", "Bram", "Yara", "Thijs"]
LAST_NAMES = ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos", "Vos"]
STAGE_MIX = [
    *[LeadStage.NEW] * 7, *[LeadStage.CONTACTED] * 7, *[LeadStage.QUALIFIED] * 6, *[LeadStage.SITE_VISIT] * 5,
    *[LeadStage.PROPOSAL] * 4, *[LeadStage.LOST] * 6, *[LeadStage.ON_HOLD] * 3, *[LeadStage.WON] * 4,
]  # fmt: skip
DEMO_DOMAIN = "demo-lead.example"
ACTIVITY_TEXTS = [
    "Kennismakingsgesprek over hun groeiplannen en ruimtebehoefte.",
    "Rondleiding over UT Campus en de labfaciliteiten in het NanoLab.",
    "Informatie over huurprijzen en beschikbaarheid gemaild.",
    "Gesproken met Novel-T over mogelijke begeleiding.",
    "Offerte voor kantoor- en labruimte besproken.",
]


def _name(index: int) -> str:
    return f"{PREFIXES[index % len(PREFIXES)]}{SUFFIXES[index // len(PREFIXES) % len(SUFFIXES)]} (demo)"


@transaction.atomic
def leads_load(stdout=None) -> None:
    """Create the demo leads once; running it again changes nothing."""
    owner = User.objects.filter(username="acquisition").first()
    if Lead.objects.filter(website_domain__endswith=DEMO_DOMAIN).exists():
        if stdout:
            stdout.write("CRM demo leads already present")
        return
    rng = random.Random(2025)
    positions = list(KeyPosition.objects.all())
    reasons = list(LostReason.objects.filter(is_active=True))
    today = timezone.localdate()
    for index, stage in enumerate(STAGE_MIX):
        created = timezone.now() - datetime.timedelta(days=rng.randint(20, 540))
        _demo_lead(index, stage, created, owner, rng, positions, reasons, today)
    if stdout:
        stdout.write(f"CRM demo leads: {len(STAGE_MIX)}")


def _demo_lead(index, stage, created, owner, rng, positions, reasons, today):
    if stage == LeadStage.WON:
        lead = _demo_lead(index, LeadStage.PROPOSAL, created, owner, rng, positions, reasons, today)
        _demo_win(lead, index, owner, rng)
        return lead
    lost = stage == LeadStage.LOST
    changed = created + datetime.timedelta(days=rng.randint(5, 15))
    lead = Lead.objects.create(
        name=_name(index),
        website=f"https://{_name(index).split(' ')[0].lower()}.{DEMO_DOMAIN}",
        type=rng.choice(LeadType.values),
        source=rng.choice(LeadSource.values),
        owner=owner,
        expected_jobs=rng.choice([2, 4, 6, 10, 15, 25, 40, 80]),
        stage=stage,
        stage_changed_at=changed,
        closed_at=changed if lost else None,
        lost_reason=rng.choice(reasons) if lost and reasons else None,
        created_at=created,
    )
    if positions:
        lead.key_positions.set(rng.sample(positions, k=min(len(positions), rng.randint(1, 2))))
    StageChange.objects.create(lead=lead, from_stage="", to_stage=LeadStage.NEW, changed_by=owner, changed_at=created)
    if stage != LeadStage.NEW:
        StageChange.objects.create(
            lead=lead, from_stage=LeadStage.NEW, to_stage=stage, changed_by=owner, changed_at=changed
        )
    for kind in rng.sample(SpaceKind.values, k=rng.randint(1, 2)):
        HousingNeed.objects.create(
            lead=lead,
            kind=kind,
            floor_area_m2=rng.choice([80, 150, 250, 400, 800]),
            desired_on=today + datetime.timedelta(days=rng.randint(30, 700)),
        )
    first, last = FIRST_NAMES[index % 10], LAST_NAMES[(index * 3) % 10]
    Contact.objects.create(
        lead=lead,
        name=f"{first} {last}",
        role=rng.choice(["CEO", "CTO", "Facility manager", "Oprichter"]),
        email=f"{first.lower()}@{lead.website_domain}",
        lawful_basis=LawfulBasis.LEGITIMATE_INTEREST,
    )
    for offset in range(rng.randint(1, 3)):
        Activity.objects.create(
            lead=lead,
            kind=rng.choice(ActivityKind.values),
            occurred_on=timezone.localdate(created) + datetime.timedelta(days=offset * 7),
            author=owner,
            text=rng.choice(ACTIVITY_TEXTS),
        )
    if stage not in (LeadStage.LOST,) and index % 2 == 0:
        FollowUp.objects.create(
            lead=lead, due_on=today + datetime.timedelta(days=rng.randint(-5, 14)), assignee=owner,
            text="Nabellen over de ruimtebehoefte",
        )  # fmt: skip
    return lead


def _demo_win(lead, index, owner, rng):
    """Settle a demo lead through the real conversion, when the SBI reference is loaded."""
    if not SbiDivision.objects.filter(code="72").exists():
        return
    settled = timezone.localdate(lead.created_at) + datetime.timedelta(days=rng.randint(40, 200))
    lead_convert(
        lead=lead,
        converted_by=owner,
        kvk_number=f"{99000000 + index:08d}",
        branch_number=f"{990000000000 + index:012d}",
        settled_on=min(settled, timezone.localdate()),
        sub_area=rng.choice(["ut_campus", "bs_park"]),
        sbi_code="72190",
    )
