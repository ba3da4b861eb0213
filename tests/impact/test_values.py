"""The review of entered values: draft → submitted → approved by another editor, returned, revised, kept."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from impact import selectors
from impact.models import Indicator, IndicatorValue, ReviewStatus
from impact.services.values import (
    value_approve,
    value_create,
    value_return,
    value_revise,
    value_submit,
    version_create,
)

pytestmark = pytest.mark.django_db


def _patents():
    return Indicator.objects.get(code="patents")


def _approved(editor, second_editor, *, year=2024, amount="12"):
    value = value_create(indicator=_patents(), year=year, value=Decimal(amount), entered_by=editor)
    value_submit(value=value, by=editor)
    return value_approve(value=value, by=second_editor)


def test_the_editor_who_entered_a_value_cannot_approve_it(editor):
    # given
    value = value_create(indicator=_patents(), year=2024, value=Decimal("12"), entered_by=editor)
    value_submit(value=value, by=editor)
    # when / then
    with translation.override("en"), pytest.raises(ValidationError, match="Another editor"):
        value_approve(value=value, by=editor)
    assert IndicatorValue.objects.get(pk=value.pk).status == ReviewStatus.SUBMITTED


def test_only_approved_values_are_published(editor, second_editor):
    # given
    draft = value_create(indicator=_patents(), year=2023, value=Decimal("9"), entered_by=editor)
    # when
    series_before = selectors.indicator_series(indicator=_patents())
    value_submit(value=draft, by=editor)
    value_approve(value=draft, by=second_editor)
    series_after = selectors.indicator_series(indicator=_patents())
    # then
    assert series_before.points == []
    assert [(point.year, point.value) for point in series_after.points] == [(2023, Decimal("9.00"))]


def test_a_returned_value_carries_its_reason_and_can_be_submitted_again(editor, second_editor):
    # given
    value = value_create(indicator=_patents(), year=2024, value=Decimal("12"), entered_by=editor)
    value_submit(value=value, by=editor)
    # when
    with pytest.raises(ValidationError):
        value_return(value=value, by=second_editor, reason=" ")
    value_return(value=value, by=second_editor, reason="Bron ontbreekt")
    # then
    value.refresh_from_db()
    assert (value.status, value.return_reason) == (ReviewStatus.RETURNED, "Bron ontbreekt")
    assert value_submit(value=value, by=editor).status == ReviewStatus.SUBMITTED


def test_an_approved_period_is_locked_and_changed_only_by_a_revision_with_a_reason(editor, second_editor):
    # given
    approved = _approved(editor, second_editor)
    # when
    with pytest.raises(ValidationError):
        value_create(indicator=_patents(), year=2024, value=Decimal("13"), entered_by=editor)
    with pytest.raises(ValidationError):
        value_revise(value=approved, amount=Decimal("14"), reason="", by=editor)
    revision = value_revise(value=approved, amount=Decimal("14"), reason="Nagekomen aanvragen", by=editor)
    published_meanwhile = selectors.indicator_series(indicator=_patents()).latest.value
    value_submit(value=revision, by=editor)
    value_approve(value=revision, by=second_editor)
    # then
    latest = selectors.indicator_series(indicator=_patents()).latest
    assert published_meanwhile == Decimal("12.00")
    assert (latest.value, latest.revision, latest.revision_reason) == (Decimal("14.00"), 1, "Nagekomen aanvragen")


def test_every_change_of_a_value_is_kept_with_its_author(editor, second_editor):
    # given / when
    approved = _approved(editor, second_editor)
    # then
    records = list(approved.history.order_by("history_date"))
    assert [record.status for record in records] == ["draft", "submitted", "approved"]
    assert [record.history_user for record in records] == [editor, editor, second_editor]


def test_a_new_definition_version_breaks_the_series(editor, second_editor):
    # given
    _approved(editor, second_editor, year=2023, amount="10")
    version_create(
        indicator=_patents(),
        valid_from=2024,
        reason="Nu inclusief octrooien van de UT",
        by=editor,
        definition_nl="Octrooiaanvragen inclusief de UT",
        definition_en="Patent applications incl. UT",
    )
    # when
    _approved(editor, second_editor, year=2024, amount="30")
    series = selectors.indicator_series(indicator=_patents())
    # then
    first, second = series.points
    assert (first.version, second.version) == (1, 2)
    assert second.is_break and second.change is None
