"""Validate a file of reference totals (CSV or XLSX, read by kennispark.tabular) into clean rows, with every error.

One line is one total: the year, the area (Enschede or Twente), the breakdown (total, sector, size class or base),
its category and the establishments and jobs, optionally added value and source. Validation happens here, at the
edge; `reference_totals.reference_totals_import` writes the clean rows atomically, or nothing when there is an error.
"""

from dataclasses import dataclass, field
from decimal import Decimal

from django.utils.translation import gettext as _

from establishments.models import EconomicBase, Sector, SizeClass
from kennispark.tabular import TableError, parse_decimal, read_records

from .models import ReferenceArea, ReferenceDimension

# Dutch column names first, as editors get them from Kennispunt Twente; English ones are read too.
COLUMNS = {
    "year": ("jaar", "year"),
    "area": ("gebied", "area"),
    "dimension": ("indeling", "dimension"),
    "category": ("categorie", "category"),
    "establishments": ("vestigingen", "establishments"),
    "jobs": ("banen", "jobs"),
    "added_value_meur": ("toegevoegde_waarde_meur", "added_value_meur"),
    "source": ("bron", "source"),
}
REQUIRED = ("year", "area", "establishments", "jobs")
AREAS = {"enschede": ReferenceArea.ENSCHEDE, "twente": ReferenceArea.TWENTE}
DIMENSIONS = {
    "": ReferenceDimension.TOTAL,
    "totaal": ReferenceDimension.TOTAL,
    "total": ReferenceDimension.TOTAL,
    "sector": ReferenceDimension.SECTOR,
    "grootteklasse": ReferenceDimension.SIZE_CLASS,
    "size_class": ReferenceDimension.SIZE_CLASS,
    "stuwend_verzorgend": ReferenceDimension.BASE,
    "base": ReferenceDimension.BASE,
}
MAX_SOURCE = 200


@dataclass(frozen=True)
class ReferenceError:
    """One problem in the file: its line (the header is line 1), column and message."""

    line: int
    column: str
    message: str

    def as_dict(self) -> dict:
        return {"line": self.line, "column": self.column, "message": self.message}


@dataclass
class ParsedReferences:
    rows: list[dict] = field(default_factory=list)
    errors: list[ReferenceError] = field(default_factory=list)


def reference_totals_parse(content: bytes) -> ParsedReferences:
    """Return the clean rows of a reference-totals file, or every error in it by line and column."""
    result = ParsedReferences()
    try:
        header, records = read_records(content)
    except TableError as error:
        result.errors.append(ReferenceError(error.line, error.column, error.message))
        return result
    names = {
        field_name: next((alias for alias in aliases if alias in header), "") for field_name, aliases in COLUMNS.items()
    }
    for field_name in REQUIRED:
        if not names[field_name]:
            column = COLUMNS[field_name][0]
            result.errors.append(
                ReferenceError(1, column, _("Required column “%(column)s” is missing.") % {"column": column})
            )
    if result.errors:
        return result
    categories = _categories()
    seen: dict[tuple, int] = {}
    for line, record in records:
        values = {field_name: record.get(column, "") if column else "" for field_name, column in names.items()}
        row = _row(line, values, names, categories, result.errors)
        if row is None:
            continue
        key = (row["area"], row["year"], row["dimension"], row["category"])
        if key in seen:
            message = _("This total is also on line %(line)s.") % {"line": seen[key]}
            result.errors.append(ReferenceError(line, names["area"], message))
            continue
        seen[key] = line
        result.rows.append(row)
    if not result.errors and not result.rows:
        result.errors.append(ReferenceError(2, "", _("The file holds a header but no rows.")))
    result.errors.sort(key=lambda error: error.line)
    return result


def _categories() -> dict[str, set[str]]:
    return {
        ReferenceDimension.TOTAL: {""},
        ReferenceDimension.SECTOR: set(Sector.objects.values_list("slug", flat=True)),
        ReferenceDimension.SIZE_CLASS: set(SizeClass.values),
        ReferenceDimension.BASE: set(EconomicBase.values),
    }


def _row(line: int, values: dict, names: dict, categories: dict, errors: list) -> dict | None:
    """Return one clean row, or None after adding its errors."""
    before = len(errors)

    def fail(field_name: str, message: str) -> None:
        errors.append(ReferenceError(line, names[field_name] or COLUMNS[field_name][0], message))

    year = _whole(values["year"])
    if year is None or not 1990 <= year <= 2100:
        fail("year", _("Give a year between 1990 and 2100."))
    area = AREAS.get(values["area"].strip().lower())
    if area is None:
        fail("area", _("The area is Enschede or Twente."))
    dimension = DIMENSIONS.get(values["dimension"].strip().lower().replace(" ", "_").replace("/", "_"))
    category = values["category"].strip().lower()
    if dimension is None:
        fail("dimension", _("The breakdown is total, sector, grootteklasse (size class) or stuwend_verzorgend."))
    elif category not in categories[dimension]:
        allowed = ", ".join(sorted(categories[dimension] - {""})) or "–"
        message = (
            _("Leave the category empty for a total.")
            if dimension == ReferenceDimension.TOTAL
            else _("Unknown category for this breakdown; use one of: %(allowed)s.") % {"allowed": allowed}
        )
        fail("category", message)
    counts = {}
    for field_name in ("establishments", "jobs"):
        count = _whole(values[field_name])
        if count is None or count <= 0:
            fail(field_name, _("Give a whole number above zero."))
        counts[field_name] = count
    added_value = None
    if values["added_value_meur"].strip():
        try:
            added_value = parse_decimal(values["added_value_meur"])
        except ValueError:
            fail("added_value_meur", _("Give a number such as 7102,5, or leave the cell empty."))
        else:
            if added_value < 0 or added_value >= Decimal("1e9"):
                fail("added_value_meur", _("Give a number from 0 up to a billion, or leave the cell empty."))
    source = values["source"].strip()
    if len(source) > MAX_SOURCE:
        fail("source", _("The source is at most %(count)s characters.") % {"count": MAX_SOURCE})
    if len(errors) > before:
        return None
    return {
        "year": year,
        "area": area,
        "dimension": dimension,
        "category": category,
        "establishments": counts["establishments"],
        "jobs": counts["jobs"],
        "added_value_meur": float(round(added_value, 1)) if added_value is not None else None,
        "source": source,
    }


def _whole(raw: str) -> int | None:
    try:
        number = parse_decimal(raw)
    except ValueError:
        return None
    if number != number.to_integral_value() or abs(number) > 10**9:
        return None
    return int(number)
