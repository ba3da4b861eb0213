"""AVG/GDPR rights of contact persons: access (export) and erasure.

Erasure approach: the contact row stays (so the lead keeps its number of contacts and its statistics) but
every personal field is emptied. Every place that may repeat those values is then scrubbed: the contact's
own audit-history rows, and the texts of the lead's activities and follow-ups plus *their* history rows,
where each occurrence of the name, e-mail address or phone number is replaced by “[erased]”. Free text that
mentions the person in another way (a nickname, an initial) cannot be found mechanically; staff are told so
on the erase page. Stage, jobs, housing need and dates of the lead are untouched.
"""

import re
from collections.abc import Iterable
from typing import Any

from django.contrib.auth.models import User
from django.db import transaction
from django.db.models import Model, Q
from django.utils import timezone

from ..models import Activity, Contact, FollowUp

REDACTION = "[erased]"
PERSONAL_FIELDS = ("name", "role", "email", "phone")


def contact_export_data(*, contact: Contact) -> dict[str, Any]:
    """Return everything the CRM holds about a contact person, for a subject access request."""
    history = [
        {
            "changed_at": row.history_date.isoformat(),
            "change": row.get_history_type_display(),
            **{field: getattr(row, field) for field in (*PERSONAL_FIELDS, "lawful_basis")},
            "consent_on": row.consent_on.isoformat() if row.consent_on else None,
        }
        for row in contact.history.order_by("history_date")
    ]
    patterns = _patterns(contact)
    mentions = [
        {"kind": activity.get_kind_display(), "date": activity.occurred_on.isoformat(), "text": activity.text}
        for activity in Activity.objects.filter(lead_id=contact.lead_id)
        if patterns and patterns.search(activity.text)
    ]
    return {
        "exported_at": timezone.now().isoformat(),
        "contact": {
            **{field: getattr(contact, field) for field in PERSONAL_FIELDS},
            "organisation": contact.lead.name,
            "lawful_basis": contact.get_lawful_basis_display(),
            "consent_on": contact.consent_on.isoformat() if contact.consent_on else None,
            "created_at": contact.created_at.isoformat(),
        },
        "history": history,
        "mentioned_in_activities": mentions,
    }


def _patterns(contact: Contact) -> re.Pattern[str] | None:
    values = [value.strip() for value in (contact.name, contact.email, contact.phone) if value and value.strip()]
    if not values:
        return None
    return re.compile("|".join(re.escape(value) for value in sorted(values, key=len, reverse=True)), re.IGNORECASE)


def _scrub_texts(rows: Iterable[Model], field: str, patterns: re.Pattern[str]) -> None:
    for row in rows:
        text = getattr(row, field)
        scrubbed = patterns.sub(REDACTION, text)
        if scrubbed != text:
            setattr(row, field, scrubbed)
            row.save()


@transaction.atomic
def contact_erase(*, contact: Contact, erased_by: User | None) -> Contact:
    """Erase a contact's personal data everywhere it is kept, keeping the lead and its statistics."""
    patterns = _patterns(contact)
    if patterns:
        for model in (Activity, FollowUp):
            rows = model.objects.filter(lead_id=contact.lead_id)
            ids = list(rows.values_list("pk", flat=True))
            _scrub_texts(rows, "text", patterns)
            # By id as well: rows moved here by a merge kept their old lead in older history rows.
            _scrub_texts(model.history.filter(Q(lead_id=contact.lead_id) | Q(id__in=ids)), "text", patterns)
    for field in PERSONAL_FIELDS:
        setattr(contact, field, "")
    contact.erased_at = timezone.now()
    contact.save()
    contact.history.update(**dict.fromkeys(PERSONAL_FIELDS, ""), history_change_reason=None)
    return contact
