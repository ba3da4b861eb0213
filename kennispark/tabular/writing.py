"""Write CSV as Dutch Excel reads it, tidy CSV as programs read it, and XLSX with a bold, frozen header, safe
against formula injection."""

import csv
import datetime
import io
import re
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any

from django.http import HttpResponse
from django.utils import timezone
from django.utils.http import content_disposition_header

from ..control_characters import CONTROL_CHARACTERS

CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
FORMATS = tuple(CONTENT_TYPES)
# A spreadsheet runs a cell that starts with one of these as a formula (CSV/formula injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
NOT_IN_XML = re.compile("[\ufffe\uffff]")
SHEET_TITLE_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
MIN_WIDTH, MAX_WIDTH = 8, 60

Row = Sequence[Any]


def safe_text(value: str) -> str:
    """Return text that a spreadsheet shows as text, not a formula, and that an XLSX file can hold."""
    text = NOT_IN_XML.sub("", CONTROL_CHARACTERS.sub("", value))
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_bytes(*, header: Row, rows: Iterable[Row], notes: Iterable[str] = ()) -> bytes:
    """Return a CSV as Dutch Excel opens it: UTF-8 with BOM, semicolons, decimal commas, the header first.

    Notes, if any, follow the table after an empty line.
    """
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(_csv_cell(name) for name in header)
    writer.writerows([_csv_cell(value) for value in row] for row in rows)
    notes = list(notes)
    if notes:
        writer.writerow([])
        writer.writerows([safe_text(str(note))] for note in notes)
    return buffer.getvalue().encode("utf-8")


def tidy_csv_bytes(*, header: Row, rows: Iterable[Row]) -> bytes:
    """Return a CSV as programs read it by default (pandas, R, csvkit): UTF-8 without BOM, commas, decimal points,
    the header first, empty cells for missing values and nothing below the table."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(_tidy_cell(name) for name in header)
    writer.writerows([_tidy_cell(value) for value in row] for row in rows)
    return buffer.getvalue().encode("utf-8")


def tidy_download(*, header: Row, rows: Iterable[Row], filename: str) -> HttpResponse:
    """Return rows as a tidy CSV download named `filename` plus ".csv"."""
    response = HttpResponse(tidy_csv_bytes(header=header, rows=rows), content_type=CONTENT_TYPES["csv"])
    response["Content-Disposition"] = content_disposition_header(True, f"{filename}.csv") or "attachment"
    return response


def xlsx_bytes(*, header: Row, rows: Iterable[Row], title: str = "", notes: Iterable[str] = ()) -> bytes:
    """Return an XLSX workbook with a bold, frozen header row and columns as wide as their text."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    names = [safe_text(str(name)) for name in header]
    values = [[_xlsx_cell(value) for value in row] for row in rows]
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(_sheet_title(title))
    sheet.freeze_panes = "A2"
    for index, width in enumerate(_widths(names, values), start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    bold = Font(bold=True)
    cells = [WriteOnlyCell(sheet, value=name) for name in names]
    for cell in cells:
        cell.font = bold
    sheet.append(cells)
    for row in values:
        sheet.append(row)
    notes = list(notes)
    if notes:
        sheet.append([])
        for note in notes:
            sheet.append([safe_text(str(note))])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def table_download(
    *, header: Row, rows: Iterable[Row], file_format: str, filename: str, title: str = "", notes: Iterable[str] = ()
) -> HttpResponse:
    """Return rows as a CSV or XLSX download named `filename` plus the format's extension."""
    if file_format == "csv":
        content = csv_bytes(header=header, rows=rows, notes=notes)
    elif file_format == "xlsx":
        content = xlsx_bytes(header=header, rows=rows, title=title or filename, notes=notes)
    else:
        raise ValueError(file_format)
    response = HttpResponse(content, content_type=CONTENT_TYPES[file_format])
    response["Content-Disposition"] = content_disposition_header(True, f"{filename}.{file_format}") or "attachment"
    return response


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float | Decimal):
        return _decimal_comma(value)
    if isinstance(value, datetime.datetime):
        return _naive(value).strftime("%Y-%m-%d %H:%M")
    if isinstance(value, datetime.date):
        return value.isoformat()
    return safe_text(str(value))


def _tidy_cell(value: Any) -> str:
    if isinstance(value, float | Decimal):
        number = value if isinstance(value, Decimal) else Decimal(repr(value))
        return format(number, "f")
    return _csv_cell(value)


def _decimal_comma(value: float | Decimal) -> str:
    number = value if isinstance(value, Decimal) else Decimal(repr(value))
    return format(number, "f").replace(".", ",")


def _xlsx_cell(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float | Decimal | datetime.date):
        return _naive(value) if isinstance(value, datetime.datetime) else value
    return safe_text(str(value))


def _naive(moment: datetime.datetime) -> datetime.datetime:
    # Spreadsheets know no time zones: show the local time the page shows.
    return timezone.localtime(moment).replace(tzinfo=None) if timezone.is_aware(moment) else moment


def _sheet_title(title: str) -> str:
    return SHEET_TITLE_FORBIDDEN.sub("-", safe_text(str(title)).lstrip("'"))[:31] or "Sheet1"


def _widths(header: list[str], rows: list[list[Any]]) -> list[int]:
    widths = [len(name) for name in header]
    for row in rows:
        for index, value in enumerate(row):
            length = len(_csv_cell(value))
            if index >= len(widths):
                widths.append(length)
            elif length > widths[index]:
                widths[index] = length
    return [min(max(width + 2, MIN_WIDTH), MAX_WIDTH) for width in widths]
