"""Creating and editing leads, their contacts and housing needs, and the public inbound form."""

import datetime
from collections.abc import Iterable, Sequence
from typing import Any

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from establishments.models import KeyPosition
from kennispark.errors import Conflict
from kennispark.outbox import task_enqueue

from ..models import Activity, ActivityKind, Contact, HousingNeed, LawfulBasis, Lead, LeadSource, LeadStage, StageChange
from .privacy import contact_erase


@transaction.atomic
def lead_create(
    *,
    created_by: User | None,
    key_positions: Iterable[KeyPosition] = (),
    housing_needs: Iterable[dict[str, Any]] = (),
    **fields: Any,
) -> Lead:
    """Create a lead in its first stage and record that stage."""
    lead = Lead(**fields)
    if lead.stage == LeadStage.WON:
        raise ValidationError({"stage": _("A lead is won by converting it: fill in the win form.")})
    lead.stage_changed_at = lead.created_at
    lead.full_clean()
    lead.save()
    lead.key_positions.set(key_positions)
    for need in housing_needs:
        housing_need_create(lead=lead, **need)
    StageChange.objects.create(
        lead=lead, from_stage="", to_stage=lead.stage, changed_by=created_by, changed_at=lead.created_at
    )
    return lead


@transaction.atomic
def lead_update(*, lead: Lead, key_positions: Iterable[KeyPosition] | None = None, **fields: Any) -> Lead:
    """Change the descriptive fields of a lead (the stage changes through `lead_stage_change`)."""
    for name, value in fields.items():
        setattr(lead, name, value)
    lead.full_clean()
    lead.save()
    if key_positions is not None:
        lead.key_positions.set(key_positions)
    return lead


@transaction.atomic
def lead_delete(*, lead: Lead, deleted_by: User | None = None) -> None:
    """Delete a lead, first erasing its contacts' data from the audit history."""
    for contact in lead.contacts.filter(erased_at__isnull=True):
        contact_erase(contact=contact, erased_by=deleted_by)
    lead.delete()


@transaction.atomic
def housing_need_create(
    *, lead: Lead, kind: str, floor_area_m2: int, desired_on: datetime.date | None = None, budget_remarks: str = ""
) -> HousingNeed:
    """Add a housing need to a lead."""
    need = HousingNeed(
        lead=lead, kind=kind, floor_area_m2=floor_area_m2, desired_on=desired_on, budget_remarks=budget_remarks
    )
    need.full_clean()
    need.save()
    return need


@transaction.atomic
def housing_need_delete(*, need: HousingNeed) -> None:
    """Remove a housing need."""
    need.delete()


@transaction.atomic
def contact_create(*, lead: Lead, **fields: Any) -> Contact:
    """Add a contact person to a lead."""
    contact = Contact(lead=lead, **fields)
    contact.full_clean()
    contact.save()
    return contact


@transaction.atomic
def contact_update(*, contact: Contact, **fields: Any) -> Contact:
    """Change a contact person's details (an erased contact stays erased)."""
    if Contact.objects.filter(pk=contact.pk, erased_at__isnull=False).exists():
        raise Conflict(_("This contact has been erased."))
    for name, value in fields.items():
        setattr(contact, name, value)
    contact.full_clean()
    contact.save()
    return contact


@transaction.atomic
def contact_delete(*, contact: Contact, deleted_by: User | None) -> None:
    """Delete a contact person, first erasing their data from the audit history and the lead's texts."""
    contact_erase(contact=contact, erased_by=deleted_by)
    contact.delete()


@transaction.atomic
def inbound_lead_create(
    *,
    organisation: str,
    website: str,
    lead_type: str,
    expected_jobs: int,
    message: str,
    contact_name: str,
    contact_email: str,
    contact_phone: str,
    space_kind: str = "",
    floor_area_m2: int | None = None,
    desired_on: datetime.date | None = None,
    key_positions: Sequence[KeyPosition] = (),
) -> Lead:
    """Create a New lead from the public form with its contact (by consent) and notify the acquisition team."""
    from ..tasks import send_inbound_notification

    needs = []
    if space_kind and floor_area_m2:
        needs.append({"kind": space_kind, "floor_area_m2": floor_area_m2, "desired_on": desired_on})
    lead = lead_create(
        created_by=None,
        name=organisation,
        website=website,
        type=lead_type,
        source=LeadSource.WEBSITE,
        stage=LeadStage.NEW,
        expected_jobs=expected_jobs,
        key_positions=key_positions,
        housing_needs=needs,
    )
    contact_create(
        lead=lead,
        name=contact_name,
        email=contact_email,
        phone=contact_phone,
        lawful_basis=LawfulBasis.CONSENT,
        consent_on=timezone.localdate(),
    )
    if message:
        Activity.objects.create(lead=lead, kind=ActivityKind.NOTE, text=message)
    task_enqueue(send_inbound_notification, lead.pk)
    return lead
