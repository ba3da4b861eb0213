"""Winning a lead: it settles, so it enters the establishment register and the monitor counts it."""

import datetime

from django.contrib.auth.models import User
from django.db import transaction
from django.utils.translation import gettext as _

from establishments.models import Establishment
from establishments.selectors import establishment_match
from establishments.services import establishment_create, monitor_recompute_request, observation_first_record
from kennispark.errors import Conflict

from ..models import Activity, ActivityKind, Lead, LeadStage, LeadType
from .pipeline import stage_write

PROVISIONAL_BRANCH_PREFIX = "9"


def provisional_branch_number(lead: Lead) -> str:
    """Return a stand-in branch number for a lead whose real one is not known yet.

    Real KvK branch numbers start with 0; a leading 9 followed by the lead id can never clash with them, and
    the lead is flagged so staff replace it once the KvK registration is known.
    """
    return f"{PROVISIONAL_BRANCH_PREFIX}{lead.pk:011d}"


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
    """Win a lead: link or create its establishment, record its first jobs, and queue the monitor's recomputation."""
    lead = Lead.objects.select_for_update().get(pk=lead.pk)
    if lead.stage == LeadStage.WON:
        raise Conflict(_("This lead has already been won."))
    establishment = establishment_match(kvk_number=kvk_number, branch_number=branch_number)
    provisional = False
    if establishment is None:
        provisional = not branch_number
        establishment = establishment_create(
            kvk_number=kvk_number,
            branch_number=branch_number or provisional_branch_number(lead),
            trade_name=lead.name,
            sbi_code=sbi_code,
            key_positions=lead.key_positions.all(),
            sub_area=sub_area,
            settled_on=settled_on,
            website=lead.website,
            is_knowledge_intensive=is_knowledge_intensive,
            is_startup=lead.type == LeadType.STARTUP,
            is_spinoff=lead.type == LeadType.SPINOFF,
            is_rd_branch=lead.type == LeadType.RD_BRANCH,
        )
    observation_first_record(establishment=establishment, year=settled_on.year, jobs=lead.expected_jobs)
    lead = stage_write(lead=lead, to_stage=LeadStage.WON, changed_by=converted_by)
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
    monitor_recompute_request()
    return establishment
