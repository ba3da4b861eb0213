"""Merging a duplicate lead into the lead that stays."""

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from ..models import Activity, ActivityKind, Contact, FollowUp, HousingNeed, Lead, StageChange

# Fields of the lead that stays which are filled from the merged lead when they are empty.
FILLABLE_FIELDS = ("kvk_number", "website", "owner", "expected_jobs")


@transaction.atomic
def lead_merge(*, target: Lead, duplicate: Lead, merged_by: User | None) -> Lead:
    """Move all of `duplicate` (activities, contacts, follow-ups, stages, housing) onto `target`; delete it."""
    if target.pk == duplicate.pk:
        raise ValidationError(_("A lead cannot be merged into itself."))
    for model in (Activity, Contact, FollowUp, HousingNeed, StageChange):
        # Through the ORM, not a bulk update, so the audit history records every move.
        for row in model.objects.filter(lead=duplicate):
            row.lead = target
            row.save()
    for field in FILLABLE_FIELDS:
        if not getattr(target, field) and getattr(duplicate, field):
            setattr(target, field, getattr(duplicate, field))
    target.full_clean()
    target.save()
    target.key_positions.add(*duplicate.key_positions.all())
    Activity.objects.create(
        lead=target,
        kind=ActivityKind.NOTE,
        author=merged_by,
        text=_("Merged the duplicate lead “%(name)s” (#%(pk)s) into this lead.")
        % {"name": duplicate.name, "pk": duplicate.pk},
    )
    duplicate.delete()
    return target
