"""Writes of the space app: buildings, spaces and their review, housing questions, matches and enquiries."""

import datetime
from typing import Any

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from crm.models import ActivityKind, HousingNeed, LeadStage
from crm.services.activities import activity_create
from crm.services.enquiries import lead_enquiry_record
from crm.services.pipeline import lead_stage_change
from kennispark import content_versions
from kennispark.content_versions import content_version_bump
from kennispark.outbox import task_enqueue
from kennispark.slugs import unique_slug

from .matching import Demand
from .models import (
    Building,
    BuildingPhoto,
    Enquiry,
    HousingQuestion,
    MatchDecision,
    MatchStatus,
    OfferStatus,
    QuestionStatus,
    ReviewStatus,
    Space,
    SpaceKind,
)

BUILDING_FIELDS = (
    "name",
    "owner_name",
    "street_address",
    "postcode",
    "city",
    "sub_area",
    "gross_floor_area_m2",
    "year_built",
    "amenities",
    "description_nl",
    "description_en",
)
SPACE_FIELDS = (
    "name",
    "kind",
    "lab_safety_class",
    "iso_class",
    "floor_area_m2",
    "min_unit_m2",
    "available_from",
    "rent_min",
    "rent_max",
    "minimum_term_months",
    "description_nl",
    "description_en",
)
# A change of these in a public space is a new offer as far as visitors are concerned: the editors look again.
REVIEWED_FIELDS = ("floor_area_m2", "kind", "rent_min", "rent_max")
# The CRM knows four kinds of housing; a flexible desk is office space, a meeting room is nobody's housing.
CRM_KINDS = {
    SpaceKind.OFFICE: "office",
    SpaceKind.LAB: "lab",
    SpaceKind.CLEANROOM: "cleanroom",
    SpaceKind.PRODUCTION: "production",
    SpaceKind.FLEX_DESK: "office",
}


def _bump() -> None:
    content_version_bump(area=content_versions.SPACE)


def _set(instance: Any, data: dict[str, Any], names: tuple[str, ...]) -> None:
    for name in names:
        if name in data:
            setattr(instance, name, data[name])


@transaction.atomic
def building_create(*, owner: User, data: dict[str, Any]) -> Building:
    """Add a building that the property owner manages."""
    building = Building(owner=owner)
    _set(building, data, BUILDING_FIELDS)
    building.slug = unique_slug(building.name, taken=Building.objects.all(), default="gebouw")
    building.full_clean()
    building.save()
    _bump()
    return building


@transaction.atomic
def building_update(*, building: Building, data: dict[str, Any]) -> Building:
    """Change a building's details."""
    _set(building, data, BUILDING_FIELDS)
    building.full_clean()
    building.save()
    _bump()
    return building


@transaction.atomic
def building_photo_add(
    *, building: Building, image: UploadedFile, alt_text_nl: str, alt_text_en: str = ""
) -> BuildingPhoto:
    """Add a photo (already checked to be an image at the edge) with its alt text to a building."""
    photo = BuildingPhoto(
        building=building,
        image=image,
        alt_text_nl=alt_text_nl,
        alt_text_en=alt_text_en,
        position=building.photos.count(),
    )
    photo.full_clean()
    photo.save()
    _bump()
    return photo


@transaction.atomic
def building_photo_delete(*, photo: BuildingPhoto) -> None:
    """Remove a photo of a building, and its file."""
    photo.image.delete(save=False)
    photo.delete()
    _bump()


@transaction.atomic
def space_create(*, building: Building, data: dict[str, Any], today: datetime.date | None = None) -> Space:
    """Offer a new space in a building; it waits for an editor before visitors see it."""
    space = Space(building=building, review_status=ReviewStatus.PENDING, confirmed_at=timezone.now())
    _set(space, data, SPACE_FIELDS)
    if space.available_from and space.available_from < (today or timezone.localdate()):
        raise ValidationError({"available_from": _("A new offer cannot be available from a date in the past.")})
    space.full_clean()
    space.save()
    return space


@transaction.atomic
def space_update(*, space: Space, data: dict[str, Any]) -> Space:
    """Change a space; a change of area, kind or rent of an approved space sends it back to the editors."""
    before = {name: getattr(space, name) for name in REVIEWED_FIELDS}
    _set(space, data, SPACE_FIELDS)
    if space.review_status == ReviewStatus.APPROVED and any(getattr(space, n) != v for n, v in before.items()):
        space.review_status = ReviewStatus.PENDING
    space.confirmed_at = timezone.now()
    space.stale_flagged_at = None
    space.full_clean()
    space.save()
    _bump()
    return space


@transaction.atomic
def space_confirm(*, space: Space) -> Space:
    """Record that the owner confirmed the offer is still current."""
    space.confirmed_at = timezone.now()
    space.stale_flagged_at = None
    space.save(update_fields=["confirmed_at", "stale_flagged_at"])
    _bump()
    return space


@transaction.atomic
def space_status_set(*, space: Space, status: str, on: datetime.date | None = None) -> Space:
    """Set whether a space is available, under option, let or withdrawn."""
    space.status = status
    space.let_on = (on or timezone.localdate()) if status == OfferStatus.LET else None
    space.full_clean()
    space.save(update_fields=["status", "let_on"])
    _bump()
    return space


@transaction.atomic
def space_review(*, space: Space, approve: bool, note: str = "") -> Space:
    """Approve a space for the public list, or send it back to its owner with a note."""
    if not approve and not note.strip():
        raise ValidationError({"review_note": _("Tell the owner what to change.")})
    space.review_status = ReviewStatus.APPROVED if approve else ReviewStatus.REJECTED
    space.review_note = "" if approve else note.strip()
    if approve and space.first_approved_at is None:
        space.first_approved_at = timezone.now()
    space.full_clean()
    space.save(update_fields=["review_status", "review_note", "first_approved_at"])
    _bump()
    return space


@transaction.atomic
def stale_offers_flag(*, now: datetime.datetime | None = None) -> int:
    """Flag the offers unconfirmed for 90 days, once, and mail their owners and the editors; return how many."""
    from .tasks import send_stale_notice

    now = now or timezone.now()
    spaces = list(Space.objects.stale(now=now).filter(stale_flagged_at__isnull=True).select_for_update())
    for space in spaces:
        space.stale_flagged_at = now
    Space.objects.bulk_update(spaces, ["stale_flagged_at"])
    if spaces:
        task_enqueue(send_stale_notice, [space.pk for space in spaces])
        # Pages shown now may hide an offer within the cache's lifetime; a bump keeps them honest.
        _bump()
    return len(spaces)


@transaction.atomic
def enquiry_create(
    *,
    space: Space,
    name: str,
    organisation: str,
    email: str,
    lead_type: str,
    message: str,
    floor_area_m2: int | None = None,
) -> Enquiry:
    """Keep a visitor's enquiry about a space, record it in the CRM and tell the owner and the acquisition team."""
    from .tasks import send_enquiry_notification

    enquiry = Enquiry(
        space=space, name=name, organisation=organisation, email=email, message=message, floor_area_m2=floor_area_m2
    )
    enquiry.full_clean()
    text = _("Enquiry about %(space)s (%(url)s):\n%(message)s") % {
        "space": space,
        "url": space.get_absolute_url(),
        "message": message,
    }
    enquiry.lead = lead_enquiry_record(
        organisation=organisation,
        lead_type=lead_type,
        contact_name=name,
        contact_email=email,
        text=text,
        space_kind=CRM_KINDS.get(SpaceKind(space.kind), ""),
        floor_area_m2=floor_area_m2 or space.floor_area_m2,
        desired_on=space.available_from,
    )
    enquiry.save()
    task_enqueue(send_enquiry_notification, enquiry.pk)
    return enquiry


QUESTION_FIELDS = ("kind", "lab_safety_class", "min_m2", "max_m2", "needed_by", "sub_area", "reason", "remarks")


def _question_check(question: HousingQuestion) -> None:
    if question.min_m2 and question.max_m2 and question.min_m2 > question.max_m2:
        raise ValidationError({"max_m2": _("The largest area cannot be smaller than the smallest.")})


@transaction.atomic
def question_create(*, establishment: Any, user: User, data: dict[str, Any]) -> HousingQuestion:
    """Record a company's housing question."""
    question = HousingQuestion(establishment=establishment, created_by=user)
    _set(question, data, QUESTION_FIELDS)
    _question_check(question)
    question.full_clean()
    question.save()
    return question


@transaction.atomic
def question_update(*, question: HousingQuestion, data: dict[str, Any]) -> HousingQuestion:
    """Change an open housing question."""
    _set(question, data, QUESTION_FIELDS)
    _question_check(question)
    question.full_clean()
    question.save()
    return question


@transaction.atomic
def question_close(*, question: HousingQuestion, status: str, at: datetime.datetime | None = None) -> HousingQuestion:
    """Close a question: solved on the park, the company left, or withdrawn."""
    if status == QuestionStatus.OPEN:
        raise ValidationError({"status": _("Choose how the question was closed.")})
    question.status = status
    question.closed_at = at or timezone.now()
    question.full_clean()
    question.save(update_fields=["status", "closed_at"])
    return question


@transaction.atomic
def match_decide(*, space: Space, demand: Demand, status: str, reason: str, user: User) -> MatchDecision:
    """Record what was done with a match; "let" lets the space and moves the company or lead on."""
    if status == MatchStatus.NOT_SUITABLE and not reason.strip():
        raise ValidationError({"reason": _("Say why the space is not suitable.")})
    decision, _created = MatchDecision.objects.update_or_create(
        space=space,
        question_id=demand.question_id,
        need_id=demand.need_id,
        defaults={"status": status, "reason": reason.strip(), "decided_by": user, "decided_at": timezone.now()},
    )
    if status == MatchStatus.LET:
        space_status_set(space=space, status=OfferStatus.LET)
        if demand.question_id:
            question = HousingQuestion.objects.select_for_update().get(pk=demand.question_id)
            if question.status == QuestionStatus.OPEN:
                question_close(question=question, status=QuestionStatus.SOLVED)
        else:
            _lead_moves_on(need_id=demand.need_id or 0, space=space, user=user)
    return decision


def _lead_moves_on(*, need_id: int, space: Space, user: User) -> None:
    need = HousingNeed.objects.select_related("lead").get(pk=need_id)
    lead = need.lead
    # Won is reached through the CRM's win form (it settles the lead in the register); a let space means a proposal.
    if lead.stage in (LeadStage.NEW, LeadStage.CONTACTED, LeadStage.QUALIFIED, LeadStage.SITE_VISIT):
        lead_stage_change(lead=lead, to_stage=LeadStage.PROPOSAL, changed_by=user)
    activity_create(
        lead=lead,
        kind=ActivityKind.NOTE,
        occurred_on=timezone.localdate(),
        text=_("Space let to this lead: %(space)s. Convert the lead when the contract is signed.") % {"space": space},
        author=user,
    )
