"""Enquiries from other parts of the portal (a visitor asking about a space) recorded on a lead."""

import datetime

from django.db import transaction
from django.utils import timezone

from ..models import ActivityKind, Contact, LawfulBasis, Lead, LeadSource, LeadStage
from .activities import activity_create
from .duplicates import duplicates_find
from .leads import contact_create, lead_create


@transaction.atomic
def lead_enquiry_record(
    *,
    organisation: str,
    lead_type: str,
    contact_name: str,
    contact_email: str,
    text: str,
    space_kind: str = "",
    floor_area_m2: int | None = None,
    desired_on: datetime.date | None = None,
) -> Lead:
    """Log the enquiry as an activity on the lead that is the same organisation, or create a New lead with it."""
    found = [match for match in duplicates_find(name=organisation) if match.kind == "lead"]
    lead = Lead.objects.filter(pk=found[0].pk).first() if found else None
    if lead is None:
        needs = []
        if space_kind and floor_area_m2:
            needs.append({"kind": space_kind, "floor_area_m2": floor_area_m2, "desired_on": desired_on})
        lead = lead_create(
            created_by=None,
            name=organisation,
            type=lead_type,
            source=LeadSource.WEBSITE,
            stage=LeadStage.NEW,
            housing_needs=needs,
        )
    if not Contact.objects.filter(lead=lead, email__iexact=contact_email, erased_at__isnull=True).exists():
        contact_create(
            lead=lead,
            name=contact_name,
            email=contact_email,
            lawful_basis=LawfulBasis.CONSENT,
            consent_on=timezone.localdate(),
        )
    activity_create(lead=lead, kind=ActivityKind.EMAIL, occurred_on=timezone.localdate(), text=text, author=None)
    return lead
