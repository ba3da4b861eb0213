"""Winning a lead: it settles, so it enters the establishment register and the monitor counts it."""

import datetime

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _

from establishments.models import Establishment, SbiDivision

from ..models import Activity, ActivityKind, Lead, LeadStage, LeadType
from .pipeline import lead_stage_change

PROVISIONAL_BRANCH_PREFIX = "9"


def provisional_branch_number(lead: Lead) -> str:
    """Return a stand-in branch number for a lead whose real one is not known yet.

    Real KvK branch numbers start with 0; a leading 9 followed by the lead id can never clash with them, and
    the lead is flagged so staff replace it once the KvK registration is known.
    """
    return f"{PROVISIONAL_BRANCH_PREFIX}{lead.pk:011d}"


def _unique_slug(name: str) -> str:
    base = slugify(name)[:200] or "vestiging"
    slug, counter = base, 2
    while Establishment.objects.filter(slug=slug).exists():
        slug, counter = f"{base}-{counter}", counter + 1
    return slug


def _match_existing(*, kvk_number: str, branch_number: str) -> Establishment | None:
    candidates = Establishment.objects.filter(kvk_number=kvk_number)
    if branch_number:
        return candidates.filter(branch_number=branch_number).first()
    return candidates.first() if candidates.count() == 1 else None


@transaction.atomic
def lead_convert(
    *,
    lead: Lead,
    converted_by: User | None,
    kvk_number: str,
    settled_on: datetime.date,
    sub_area: str = "",
    sbi_code: str = "",
    branch_number: str = "",
    is_knowledge_intensive: bool = True,
) -> Establishment:
    """Win a lead: link the establishment with its KvK number, or create it in the register."""
    establishment = _match_existing(kvk_number=kvk_number, branch_number=branch_number)
    provisional = False
    if establishment is None:
        provisional = not branch_number
        establishment = _establishment_create(
            lead=lead,
            kvk_number=kvk_number,
            branch_number=branch_number or provisional_branch_number(lead),
            settled_on=settled_on,
            sub_area=sub_area,
            sbi_code=sbi_code,
            is_knowledge_intensive=is_knowledge_intensive,
        )
    lead = lead_stage_change(lead=lead, to_stage=LeadStage.WON, changed_by=converted_by)
    lead.kvk_number = kvk_number
    lead.converted_establishment = establishment
    lead.has_provisional_branch_number = provisional
    lead.full_clean()
    lead.save()
    Activity.objects.create(
        lead=lead,
        kind=ActivityKind.NOTE,
        author=converted_by,
        occurred_on=settled_on,
        text=_("Settled on Kennispark as %(name)s (KvK %(kvk)s).")
        % {"name": establishment.trade_name, "kvk": kvk_number},
    )
    return establishment


def _establishment_create(
    *, lead: Lead, kvk_number, branch_number, settled_on, sub_area, sbi_code, is_knowledge_intensive
):
    division = SbiDivision.objects.filter(code=(sbi_code or "")[:2]).first()
    if division is None:
        raise ValidationError({"sbi_code": _("No SBI division is known for this SBI code.")})
    establishment = Establishment(
        kvk_number=kvk_number,
        branch_number=branch_number,
        trade_name=lead.name,
        slug=_unique_slug(lead.name),
        sub_area=sub_area,
        sbi_code=sbi_code,
        sbi_division=division,
        settled_on=settled_on,
        website=lead.website,
        is_knowledge_intensive=is_knowledge_intensive,
        is_startup=lead.type == LeadType.STARTUP,
        is_spinoff=lead.type == LeadType.SPINOFF,
        is_rd_branch=lead.type == LeadType.RD_BRANCH,
    )
    establishment.full_clean()
    establishment.save()
    establishment.key_positions.set(lead.key_positions.all())
    return establishment
