"""Indicator values through their review: draft → submitted → approved by another editor, or returned.

An approved value locks its period: a change is a new revision with a reason, which is reviewed again. The
published figure of a period is its latest approved revision.
"""

from decimal import Decimal

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from kennispark import content_versions
from kennispark.content_versions import content_version_bump

from ..models import Indicator, IndicatorValue, IndicatorVersion, ReviewStatus, Source

EDITABLE = (ReviewStatus.DRAFT, ReviewStatus.RETURNED)


def version_for_year(*, indicator: Indicator, year: int) -> IndicatorVersion:
    """Return the version of the indicator's definition that holds in a year (the first one before it starts)."""
    versions = list(indicator.versions.order_by("valid_from"))
    found = [version for version in versions if version.valid_from <= year]
    return found[-1] if found else versions[0]


def _check_category(indicator: Indicator, category: str) -> None:
    codes = [code for code, *_names in indicator.categories]
    if category and category not in codes:
        raise ValidationError(
            {"category": _("This indicator has no category “%(category)s”.") % {"category": category}}
        )


def _latest(indicator: Indicator, year: int, quarter: int | None, category: str) -> IndicatorValue | None:
    return (
        IndicatorValue.objects.select_for_update()
        .filter(indicator=indicator, year=year, quarter=quarter, category=category)
        .order_by("-revision")
        .first()
    )


@transaction.atomic
def value_create(
    *,
    indicator: Indicator,
    year: int,
    value: Decimal,
    entered_by: User,
    quarter: int | None = None,
    category: str = "",
    source_note: str = "",
) -> IndicatorValue:
    """Enter a draft value of an entered indicator for a period that has none yet."""
    if indicator.source != Source.ENTERED:
        raise ValidationError(_("A computed indicator is never typed in."))
    _check_category(indicator, category)
    if _latest(indicator, year, quarter, category) is not None:
        raise ValidationError(_("This period already has a value: change it, or revise it if it was approved."))
    row = IndicatorValue(
        indicator=indicator,
        version=version_for_year(indicator=indicator, year=year),
        year=year,
        quarter=quarter,
        category=category,
        value=value,
        source_note=source_note,
        entered_by=entered_by,
    )
    row.full_clean()
    row._history_user = entered_by  # type: ignore[attr-defined]
    row.save()
    return row


@transaction.atomic
def value_update(*, value: IndicatorValue, amount: Decimal, source_note: str, by: User) -> IndicatorValue:
    """Change a draft or returned value; a returned value becomes a draft again."""
    if value.status not in EDITABLE:
        raise ValidationError(_("Only a draft or returned value can be changed; revise an approved value."))
    value.value = amount
    value.source_note = source_note
    value.status = ReviewStatus.DRAFT
    value.entered_by = by
    value.full_clean()
    value._history_user = by  # type: ignore[attr-defined]
    value.save()
    return value


@transaction.atomic
def value_submit(*, value: IndicatorValue, by: User) -> IndicatorValue:
    """Offer a draft value for approval by another editor."""
    if value.status not in EDITABLE:
        raise ValidationError(_("Only a draft or returned value can be submitted."))
    value.status = ReviewStatus.SUBMITTED
    value._history_user = by  # type: ignore[attr-defined]
    value.save(update_fields=["status", "updated_at"])
    return value


def _review(value: IndicatorValue, by: User) -> None:
    if value.status != ReviewStatus.SUBMITTED:
        raise ValidationError(_("Only a submitted value can be reviewed."))
    if value.entered_by_id == by.pk:
        raise ValidationError(_("Another editor than the one who entered the value must review it."))
    value.reviewed_by = by
    value.reviewed_at = timezone.now()
    value._history_user = by  # type: ignore[attr-defined]


@transaction.atomic
def value_approve(*, value: IndicatorValue, by: User) -> IndicatorValue:
    """Approve a submitted value: from now on it is published and its period is locked."""
    _review(value, by)
    value.status = ReviewStatus.APPROVED
    value.return_reason = ""
    value.save()
    content_version_bump(area=content_versions.IMPACT)
    return value


@transaction.atomic
def value_return(*, value: IndicatorValue, by: User, reason: str) -> IndicatorValue:
    """Send a submitted value back to be corrected, with the reason."""
    if not reason.strip():
        raise ValidationError({"return_reason": _("Say why the value is returned.")})
    _review(value, by)
    value.status = ReviewStatus.RETURNED
    value.return_reason = reason.strip()
    value.full_clean()
    value.save()
    return value


@transaction.atomic
def value_revise(
    *, value: IndicatorValue, amount: Decimal, reason: str, by: User, source_note: str = ""
) -> IndicatorValue:
    """Start a new revision of an approved value, with the reason; the approved figure stays published meanwhile."""
    latest = _latest(value.indicator, value.year, value.quarter, value.category)
    if value.status != ReviewStatus.APPROVED or latest is None or latest.pk != value.pk:
        raise ValidationError(_("Only the latest approved value of a period can be revised."))
    if not reason.strip():
        raise ValidationError({"revision_reason": _("Say why the approved value is revised.")})
    revision = IndicatorValue(
        indicator=value.indicator,
        version=value.version,
        year=value.year,
        quarter=value.quarter,
        category=value.category,
        value=amount,
        source_note=source_note or value.source_note,
        revision=value.revision + 1,
        revision_reason=reason.strip(),
        entered_by=by,
    )
    revision.full_clean()
    revision._history_user = by  # type: ignore[attr-defined]
    revision.save()
    return revision


@transaction.atomic
def value_delete(*, value: IndicatorValue, by: User) -> None:
    """Delete a value that was never approved."""
    if value.status == ReviewStatus.APPROVED:
        raise ValidationError(_("An approved value is never deleted; revise it instead."))
    value._history_user = by  # type: ignore[attr-defined]
    value.delete()


@transaction.atomic
def version_create(*, indicator: Indicator, valid_from: int, reason: str, by: User, **fields: str) -> IndicatorVersion:
    """Give the indicator a new definition from a year on: the series shows a break there."""
    current = indicator.versions.order_by("-number").first()
    if current is not None and valid_from <= current.valid_from:
        raise ValidationError({"valid_from": _("A new version starts after the current one.")})
    base = {
        name: getattr(current, name)
        for name in (
            "name_nl", "name_en", "definition_nl", "definition_en", "computation_nl", "computation_en", "unit",
            "period", "direction", "source_organisation",
        )
    } if current else {}  # fmt: skip
    version = IndicatorVersion(
        indicator=indicator,
        number=(current.number + 1) if current else 1,
        valid_from=valid_from,
        change_reason=reason,
        **{**base, **fields},
    )
    version.full_clean()
    version._history_user = by  # type: ignore[attr-defined]
    version.save()
    content_version_bump(area=content_versions.IMPACT)
    return version
