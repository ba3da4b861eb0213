"""Subsidies through the same review as indicator values; an approved subsidy feeds the subsidy indicators."""

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ..models import ReviewStatus, Subsidy


@transaction.atomic
def subsidy_save(*, subsidy: Subsidy, by: User, submit: bool = False) -> Subsidy:
    """Save a new or changed subsidy as a draft (or submitted); an approved subsidy is locked."""
    if subsidy.pk and Subsidy.objects.filter(pk=subsidy.pk, status=ReviewStatus.APPROVED).exists():
        raise ValidationError(_("An approved subsidy is locked."))
    subsidy.status = ReviewStatus.SUBMITTED if submit else ReviewStatus.DRAFT
    subsidy.entered_by = by
    subsidy.full_clean()
    subsidy._history_user = by  # type: ignore[attr-defined]
    subsidy.save()
    return subsidy


@transaction.atomic
def subsidy_review(*, subsidy: Subsidy, by: User, approve: bool, reason: str = "") -> Subsidy:
    """Approve a submitted subsidy, or return it with a reason; only another editor than the one who entered it."""
    if subsidy.status != ReviewStatus.SUBMITTED:
        raise ValidationError(_("Only a submitted subsidy can be reviewed."))
    if subsidy.entered_by_id == by.pk:
        raise ValidationError(_("Another editor than the one who entered the subsidy must review it."))
    if not approve and not reason.strip():
        raise ValidationError({"return_reason": _("Say why the subsidy is returned.")})
    subsidy.status = ReviewStatus.APPROVED if approve else ReviewStatus.RETURNED
    subsidy.return_reason = "" if approve else reason.strip()
    subsidy.reviewed_by = by
    subsidy.reviewed_at = timezone.now()
    subsidy.full_clean()
    subsidy._history_user = by  # type: ignore[attr-defined]
    subsidy.save()
    return subsidy
