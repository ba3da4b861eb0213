"""All-or-nothing import of leads from CSV or XLSX: every error with line and column, nothing written on any error."""

import datetime
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django import forms
from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django_stubs_ext import StrOrPromise

from establishments.models import KeyPosition, kvk_number_validator
from kennispark.roles import ACQUISITION
from kennispark.tabular import TableError, read_records

from ..models import CLOSED_STAGES, LeadSource, LeadStage, LeadType, LostReason
from .leads import lead_create

COLUMNS = [
    "name", "kvk_number", "website", "type", "source", "owner", "expected_jobs", "stage", "key_positions",
    "created_on", "lost_reason",
]  # fmt: skip
REQUIRED_COLUMNS = {"name", "type", "source"}


@dataclass(frozen=True)
class ImportError_:
    line: int
    column: str
    message: str


class ImportFailed(Exception):
    def __init__(self, errors: list[ImportError_]) -> None:
        super().__init__(f"{len(errors)} errors")
        self.errors = errors


def _choice_lookup(choices: Iterable[tuple[str, StrOrPromise]]) -> dict[str, str]:
    lookup = {}
    for value, label in choices:
        lookup[value.lower()] = value
        for language in ("nl", "en"):
            with translation.override(language):
                lookup[str(label).lower()] = value
    return lookup


class LeadImportRowForm(forms.Form):
    """One row of an import file; the column names are the field names."""

    name = forms.CharField(max_length=200)
    kvk_number = forms.CharField(required=False, validators=[kvk_number_validator])
    website = forms.URLField(required=False, assume_scheme="https")
    type = forms.CharField()
    source = forms.CharField()
    owner = forms.CharField(required=False)
    expected_jobs = forms.IntegerField(required=False, min_value=0)
    stage = forms.CharField(required=False)
    key_positions = forms.CharField(required=False)
    created_on = forms.DateField(required=False, input_formats=["%Y-%m-%d", "%d-%m-%Y"])
    lost_reason = forms.CharField(required=False)

    def __init__(self, *args: Any, lookups: dict[str, dict[str, Any]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lookups = lookups

    def _lookup(self, field: str, table: str, message: str) -> Any:
        raw = (self.cleaned_data.get(field) or "").strip()
        if not raw:
            return None
        value = self.lookups[table].get(raw.lower())
        if value is None:
            raise forms.ValidationError(message % {"value": raw})
        return value

    def clean_type(self) -> Any:
        return self._lookup("type", "type", _("Unknown type “%(value)s”."))

    def clean_source(self) -> Any:
        return self._lookup("source", "source", _("Unknown source “%(value)s”."))

    def clean_stage(self) -> Any:
        return self._lookup("stage", "stage", _("Unknown stage “%(value)s”.")) or LeadStage.NEW

    def clean_owner(self) -> Any:
        return self._lookup("owner", "owner", _("No acquisition user with the user name “%(value)s”."))

    def clean_lost_reason(self) -> Any:
        return self._lookup("lost_reason", "lost_reason", _("Unknown lost reason “%(value)s”."))

    def clean_key_positions(self) -> list[KeyPosition]:
        positions = []
        for raw in filter(None, (part.strip() for part in (self.cleaned_data.get("key_positions") or "").split("|"))):
            position = self.lookups["key_position"].get(raw.lower())
            if position is None:
                raise forms.ValidationError(_("Unknown key position “%(value)s”.") % {"value": raw})
            positions.append(position)
        return positions

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("stage") == LeadStage.LOST and not data.get("lost_reason"):
            self.add_error("lost_reason", _("A lost lead needs a lost reason."))
        if data.get("stage") == LeadStage.WON:
            self.add_error("stage", _("Import won leads through the register; win leads in the CRM."))
        return data


def _lookups() -> dict[str, dict[str, Any]]:
    key_positions = {}
    for position in KeyPosition.objects.all():
        for name in position.import_names():
            key_positions[name] = position
    owners = User.objects.filter(groups__name=ACQUISITION, is_active=True)
    reasons = {}
    for reason in LostReason.objects.all():
        reasons[reason.name_nl.lower()] = reason
        reasons[reason.name_en.lower()] = reason
    return {
        "type": _choice_lookup(LeadType.choices),
        "source": _choice_lookup(LeadSource.choices),
        "stage": _choice_lookup(LeadStage.choices),
        "owner": {user.username.lower(): user for user in owners},
        "lost_reason": reasons,
        "key_position": key_positions,
    }


def read_rows(*, content: bytes) -> list[tuple[int, dict[str, str]]]:
    """Return the non-empty lines of a CSV or XLSX file as (line number, {column: text}), or raise ImportFailed."""
    try:
        header, records = read_records(content)
    except TableError as error:
        raise ImportFailed([ImportError_(error.line, error.column, error.message)]) from error
    if not header:
        raise ImportFailed([ImportError_(1, "", _("The file holds no leads."))])
    return records


def validate_rows(rows: list[tuple[int, dict[str, str]]]) -> list[dict[str, Any]]:
    """Return the cleaned rows or raise ImportFailed listing every error with its line (header = line 1)."""
    errors = []
    if rows:
        missing = REQUIRED_COLUMNS - set(rows[0][1])
        errors += [ImportError_(1, column, _("This column is missing.")) for column in sorted(missing)]
    else:
        errors.append(ImportError_(1, "", _("The file holds no leads.")))
    lookups, cleaned = _lookups(), []
    for line, row in rows:
        form = LeadImportRowForm(data=row, lookups=lookups)
        if form.is_valid():
            cleaned.append(form.cleaned_data)
            continue
        for column, messages in form.errors.items():
            errors += [ImportError_(line, column if column != "__all__" else "", str(message)) for message in messages]
    if errors:
        raise ImportFailed(errors)
    return cleaned


@transaction.atomic
def lead_import(*, rows: list[dict[str, Any]], imported_by: User | None) -> int:
    """Create a lead for every validated row, in one transaction; return how many."""
    for data in rows:
        created = data["created_on"]
        created_at = (
            timezone.make_aware(datetime.datetime.combine(created, datetime.time(9))) if created else timezone.now()
        )
        lead_create(
            created_by=imported_by,
            name=data["name"],
            kvk_number=data["kvk_number"],
            website=data["website"],
            type=data["type"],
            source=data["source"],
            owner=data["owner"] or imported_by,
            expected_jobs=data["expected_jobs"] or 0,
            stage=data["stage"],
            lost_reason=data["lost_reason"],
            closed_at=created_at if data["stage"] in CLOSED_STAGES else None,
            created_at=created_at,
            key_positions=data["key_positions"],
        )
    return len(rows)
