"""Writes of the facility catalogue: facilities, their review and the access requests they answer."""

from typing import Any

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from kennispark import content_versions
from kennispark.content_versions import content_version_bump
from kennispark.outbox import task_enqueue
from kennispark.roles import user_is_editor
from kennispark.slugs import unique_slug

from .models import AccessRequest, AccessStatus, Facility, ReviewStatus

FACILITY_FIELDS = (
    "name",
    "kind",
    "establishment",
    "organisation_name",
    "location",
    "sub_area",
    "technologies",
    "access_nl",
    "access_en",
    "induction_required",
    "booking_lead_days",
    "contact_name",
    "contact_email",
    "description_nl",
    "description_en",
)

# Addresses under /faciliteiten/ that are pages of their own, never a facility.
RESERVED_SLUGS = {"mijn", "gebruik", "aanvraag-verzonden"}


def _bump() -> None:
    content_version_bump(area=content_versions.SPACE)


@transaction.atomic
def facility_create(*, user: User, data: dict[str, Any], key_positions: Any = ()) -> Facility:
    """Add a facility to the catalogue; an editor's entry is approved at once, a company's waits for review."""
    facility = Facility(created_by=user)
    for name in FACILITY_FIELDS:
        if name in data:
            setattr(facility, name, data[name])
    taken = set(Facility.objects.values_list("slug", flat=True)) | RESERVED_SLUGS
    facility.slug = unique_slug(facility.name, taken=taken, default="faciliteit")
    facility.review_status = ReviewStatus.APPROVED if user_is_editor(user) else ReviewStatus.PENDING
    facility.full_clean()
    facility.save()
    facility.key_positions.set(key_positions)
    _bump()
    return facility


@transaction.atomic
def facility_update(*, facility: Facility, user: User, data: dict[str, Any], key_positions: Any = None) -> Facility:
    """Change a facility; a company's change goes back to the editors before it is public again."""
    for name in FACILITY_FIELDS:
        if name in data:
            setattr(facility, name, data[name])
    if not user_is_editor(user):
        facility.review_status = ReviewStatus.PENDING
    facility.full_clean()
    facility.save()
    if key_positions is not None:
        facility.key_positions.set(key_positions)
    _bump()
    return facility


@transaction.atomic
def facility_review(*, facility: Facility, approve: bool) -> Facility:
    """Approve a facility for the catalogue or reject it."""
    facility.review_status = ReviewStatus.APPROVED if approve else ReviewStatus.REJECTED
    facility.save(update_fields=["review_status"])
    _bump()
    return facility


@transaction.atomic
def access_request_create(*, facility: Facility, **fields: Any) -> AccessRequest:
    """Keep a request to use a facility and send it to the facility's contact."""
    from .tasks import send_access_request

    request = AccessRequest(facility=facility, **fields)
    request.full_clean()
    request.save()
    task_enqueue(send_access_request, request.pk)
    return request


@transaction.atomic
def access_request_answer(*, request: AccessRequest, agree: bool, reason: str, user: User) -> AccessRequest:
    """Agree to a request or decline it with a reason, and tell the requester."""
    from .tasks import send_access_answer

    if request.status != AccessStatus.PENDING:
        raise ValidationError(_("This request has already been answered."))
    if not agree and not reason.strip():
        raise ValidationError({"decline_reason": _("Give the reason for declining.")})
    request.status = AccessStatus.AGREED if agree else AccessStatus.DECLINED
    request.decline_reason = "" if agree else reason.strip()
    request.answered_at = timezone.now()
    request.answered_by = user
    request.full_clean()
    request.save()
    task_enqueue(send_access_answer, request.pk)
    return request
