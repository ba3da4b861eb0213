"""Moving leads through the pipeline and keeping the stage probabilities."""

import datetime

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ..models import CLOSED_STAGES, Lead, LeadStage, LostReason, Stage, StageChange

DEFAULT_PROBABILITIES = {
    LeadStage.NEW: 5,
    LeadStage.CONTACTED: 10,
    LeadStage.QUALIFIED: 25,
    LeadStage.SITE_VISIT: 40,
    LeadStage.PROPOSAL: 70,
    LeadStage.WON: 100,
    LeadStage.LOST: 0,
    LeadStage.ON_HOLD: 5,
}


@transaction.atomic
def lead_stage_change(
    *,
    lead: Lead,
    to_stage: str,
    changed_by: User | None,
    lost_reason: LostReason | None = None,
    at: datetime.datetime | None = None,
) -> Lead:
    """Move a lead to another stage and record who did it and when (Won goes through `lead_convert`)."""
    lead = Lead.objects.select_for_update().get(pk=lead.pk)
    if to_stage == lead.stage:
        return lead
    if to_stage == LeadStage.WON:
        raise ValidationError({"stage": _("A lead is won by converting it: fill in the win form.")})
    if to_stage == LeadStage.LOST and lost_reason is None:
        raise ValidationError({"lost_reason": _("Choose why the lead was lost.")})
    return stage_write(lead=lead, to_stage=to_stage, changed_by=changed_by, lost_reason=lost_reason, at=at)


def stage_write(
    *,
    lead: Lead,
    to_stage: str,
    changed_by: User | None,
    lost_reason: LostReason | None = None,
    at: datetime.datetime | None = None,
) -> Lead:
    """Write a locked lead's new stage and its history; the calling service has checked that the move is allowed."""
    at = at or timezone.now()
    StageChange.objects.create(
        lead=lead, from_stage=lead.stage, to_stage=to_stage, changed_by=changed_by, changed_at=at
    )
    lead.stage = to_stage
    lead.stage_changed_at = at
    lead.lost_reason = lost_reason if to_stage == LeadStage.LOST else None
    lead.closed_at = at if to_stage in CLOSED_STAGES else None
    if to_stage != LeadStage.WON:
        lead.converted_establishment = None
        lead.has_provisional_branch_number = False
    lead.full_clean()
    lead.save()
    return lead


def stage_probabilities() -> dict[str, int]:
    """Return the win probability per stage code, with defaults for stages nobody configured."""
    configured = dict(Stage.objects.values_list("code", "probability"))
    return {code: configured.get(code, DEFAULT_PROBABILITIES[LeadStage(code)]) for code in LeadStage.values}


@transaction.atomic
def stage_probability_set(*, code: str, probability: int) -> Stage:
    """Set the forecast probability of a stage."""
    stage, _created = Stage.objects.get_or_create(code=code, defaults={"probability": probability})
    stage.probability = probability
    stage.full_clean()
    stage.save()
    return stage


@transaction.atomic
def pipeline_settings_save(*, probabilities: dict[str, int], lost_reasons: list[LostReason]) -> None:
    """Save the stage probabilities and the new or changed lost reasons, all or nothing."""
    for code, probability in probabilities.items():
        try:
            stage_probability_set(code=code, probability=probability)
        except ValidationError as error:
            raise ValidationError({f"stage-{code}": error.messages}) from error
    for reason in lost_reasons:
        reason.full_clean()
        reason.save()
