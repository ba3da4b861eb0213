"""Report tables as CSV and XLSX files, with the same numbers and notes as on the page."""

import csv
import io
from decimal import Decimal

from django.http import HttpResponse
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Font

from .tables import Table

CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def table_notes(table: Table) -> list[str]:
    """Return the source and rounding notes printed under a table."""
    notes = [_("Source: BIRO and LISA; processed by Kennispunt Twente and the Kennispark portal.")]
    if table.spec.measure == "jobs" or table.spec.single_year:
        notes.append(_("Jobs are rounded to tens, as BIRO prescribes; differences are computed from rounded figures."))
    if table.spec.measure == "added_value_meur" or table.spec.dimension == "key_position":
        notes.append(_("Added value in millions of euros at constant prices (base year 2021); '-' means unknown."))
    return notes


def _header(table: Table) -> list[str]:
    first = _("Category") if table.year is None else _("Category (%(year)s)") % {"year": table.year}
    return [first, *table.columns]


def _plain(value):
    if value is None:
        return "-"
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


def _rows(table: Table):
    for row in table.rows:
        label = f"- {row['label']}" if row.get("level") else str(row["label"])
        yield [label, *(_plain(value) for value in row["values"])]


def table_response(table: Table, file_format: str) -> HttpResponse:
    """Return a download response of a table in CSV or XLSX."""
    filename = f"kennispark-{table.slug}.{file_format}"
    content = table_csv(table) if file_format == "csv" else table_xlsx(table)
    response = HttpResponse(content, content_type=CONTENT_TYPES[file_format])
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def table_csv(table: Table) -> bytes:
    """Return a table as UTF-8 CSV (with a byte-order mark so spreadsheets read the euro sign)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([str(table.spec.title)])
    writer.writerow(_header(table))
    writer.writerows(_rows(table))
    writer.writerow([])
    for note in table_notes(table):
        writer.writerow([note])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def table_xlsx(table: Table) -> bytes:
    """Return a table as an Excel workbook with a bold header and the notes below it."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = table.slug[:31]
    sheet.append([str(table.spec.title)])
    sheet["A1"].font = Font(bold=True, size=12)
    sheet.append(_header(table))
    for cell in sheet[2]:
        cell.font = Font(bold=True)
    for row in _rows(table):
        sheet.append(row)
    sheet.append([])
    for note in table_notes(table):
        sheet.append([note])
    sheet.column_dimensions["A"].width = 42
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
