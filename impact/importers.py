"""Import indicator values and subsidies from CSV or XLSX with the register import's rules: all or nothing,
errors by line, nothing written when any line is wrong."""

import datetime
from dataclasses import dataclass
from decimal import Decimal

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from kennispark.tabular import TableError, parse_decimal, read_records

from .models import FunderKind, Indicator, IndicatorValue, ReviewStatus, Source, Subsidy
from .services.values import value_create, value_submit

# Dutch and English column names for the same field.
VALUE_COLUMNS = {
    "indicator": ("indicator", "code"),
    "year": ("jaar", "year"),
    "quarter": ("kwartaal", "quarter"),
    "category": ("categorie", "category"),
    "value": ("waarde", "value"),
    "source_note": ("bron", "source", "source_note", "bronvermelding"),
}
SUBSIDY_COLUMNS = {
    "funder": ("subsidiegever", "funder"),
    "funder_kind": ("soort_subsidiegever", "funder_kind"),
    "programme": ("programma", "regeling", "programme"),
    "recipient": ("ontvanger", "recipient"),
    "amount": ("bedrag", "amount"),
    "starts_on": ("start", "begin", "startdatum", "starts_on"),
    "ends_on": ("einde", "eind", "einddatum", "ends_on"),
    "source_note": ("bron", "source", "source_note"),
}


@dataclass
class LineError:
    line: int
    message: str


class ImportRefused(Exception):
    """The file has errors; nothing was written."""

    def __init__(self, errors: list[LineError]):
        super().__init__(f"{len(errors)} error(s)")
        self.errors = errors


def _columns(header: list[str], names: dict[str, tuple[str, ...]], required: tuple[str, ...]) -> dict[str, str]:
    found = {}
    for field, aliases in names.items():
        for alias in aliases:
            if alias in header:
                found[field] = alias
                break
    missing = [names[field][0] for field in required if field not in found]
    if missing:
        raise ImportRefused([LineError(1, _("Missing column(s): %(columns)s.") % {"columns": ", ".join(missing)})])
    return found


def _read(content: bytes, names, required) -> tuple[dict[str, str], list[tuple[int, dict[str, str]]]]:
    try:
        header, records = read_records(content)
    except TableError as error:
        raise ImportRefused([LineError(error.line, error.message)]) from error
    columns = _columns(header, names, required)
    if not records:
        raise ImportRefused([LineError(1, _("The file has no lines below the header."))])
    return columns, [
        (number, {field: record.get(column, "") for field, column in columns.items()}) for number, record in records
    ]


def _year(raw: str) -> int:
    if not raw.isdigit() or not 1990 <= int(raw) <= 2100:
        raise ValueError(_("The year must be a number between 1990 and 2100."))
    return int(raw)


def _messages(error: ValidationError) -> str:
    return " ".join(error.messages)


@transaction.atomic
def values_import(*, content: bytes, by: User) -> list[IndicatorValue]:
    """Import values of entered indicators as submitted, waiting for another editor's approval; all or nothing."""
    _columns_found, records = _read(content, VALUE_COLUMNS, ("indicator", "year", "value"))
    indicators = {indicator.code: indicator for indicator in Indicator.objects.prefetch_related("versions")}
    errors: list[LineError] = []
    created: list[IndicatorValue] = []
    seen: set[tuple] = set()
    for number, record in records:
        try:
            indicator = indicators.get(record["indicator"].strip().lower())
            if indicator is None:
                raise ValueError(_("Unknown indicator “%(code)s”.") % {"code": record["indicator"]})
            if indicator.source != Source.ENTERED:
                raise ValueError(
                    _("“%(code)s” is computed by the portal and is never imported.") % {"code": indicator.code}
                )
            year = _year(record["year"])
            quarter_text = record.get("quarter", "")
            quarter = None
            if quarter_text:
                if quarter_text not in ("1", "2", "3", "4"):
                    raise ValueError(_("The quarter must be 1, 2, 3 or 4, or empty."))
                quarter = int(quarter_text)
            try:
                amount = parse_decimal(record["value"])
            except ValueError:
                raise ValueError(_("“%(value)s” is not a number.") % {"value": record["value"]}) from None
            category = record.get("category", "").strip().lower()
            key = (indicator.pk, year, quarter, category)
            if key in seen:
                raise ValueError(_("This period and category appear twice in the file."))
            seen.add(key)
            with transaction.atomic():
                value = value_create(
                    indicator=indicator,
                    year=year,
                    quarter=quarter,
                    category=category,
                    value=amount,
                    source_note=record.get("source_note", ""),
                    entered_by=by,
                )
                created.append(value_submit(value=value, by=by))
        except ValueError as error:
            errors.append(LineError(number, str(error)))
        except ValidationError as error:
            errors.append(LineError(number, _messages(error)))
    if errors:
        transaction.set_rollback(True)
        raise ImportRefused(errors)
    return created


def _date(raw: str) -> datetime.date:
    text = raw.strip()
    for pattern in ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y"):
        try:
            return datetime.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise ValueError(_("“%(value)s” is not a date (dd-mm-yyyy or yyyy-mm-dd).") % {"value": raw})


@transaction.atomic
def subsidies_import(*, content: bytes, by: User) -> list[Subsidy]:
    """Import subsidies as submitted, waiting for another editor's approval; all or nothing."""
    _found, records = _read(
        content, SUBSIDY_COLUMNS, ("funder", "funder_kind", "programme", "amount", "starts_on", "ends_on")
    )
    kinds = {
        **{value: value for value in FunderKind.values},
        **{str(label).lower(): value for value, label in FunderKind.choices},
    }
    errors: list[LineError] = []
    created: list[Subsidy] = []
    for number, record in records:
        try:
            kind = kinds.get(record["funder_kind"].strip().lower())
            if kind is None:
                raise ValueError(
                    _("Unknown funder kind “%(kind)s”; use one of: %(kinds)s.")
                    % {"kind": record["funder_kind"], "kinds": ", ".join(FunderKind.values)}
                )
            try:
                amount = parse_decimal(record["amount"].replace("€", ""))
            except ValueError:
                raise ValueError(_("“%(value)s” is not a number.") % {"value": record["amount"]}) from None
            subsidy = Subsidy(
                funder=record["funder"],
                funder_kind=kind,
                programme=record["programme"],
                recipient=record.get("recipient", ""),
                amount=Decimal(amount),
                starts_on=_date(record["starts_on"]),
                ends_on=_date(record["ends_on"]),
                source_note=record.get("source_note", ""),
                status=ReviewStatus.SUBMITTED,
                entered_by=by,
            )
            subsidy.full_clean()
            subsidy._history_user = by  # type: ignore[attr-defined]
            subsidy.save()
            created.append(subsidy)
        except ValueError as error:
            errors.append(LineError(number, str(error)))
        except ValidationError as error:
            errors.append(LineError(number, _messages(error)))
    if errors:
        transaction.set_rollback(True)
        raise ImportRefused(errors)
    return created
