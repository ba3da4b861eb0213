"""Read CSV and XLSX files into lines of text cells with their line numbers, and parse Dutch numbers."""

import csv
import datetime
import io
import re
from collections.abc import Iterable, Iterator
from decimal import Decimal, InvalidOperation
from typing import Any

from django.conf import settings
from django.utils.translation import gettext as _

from ..control_characters import strip_control_characters
from .errors import TableError
from .xlsx_guard import XLSX_MAGIC, too_many_rows, unreadable, xlsx_check

Line = tuple[int, list[str]]
DUTCH_NUMBER = re.compile(r"[+-]?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?")
ENGLISH_NUMBER = re.compile(r"[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")
SPACES = re.compile(r"[\s\u00a0\u202f]+")


def read_lines(content: bytes) -> Iterator[Line]:
    """Yield (line number, cells as text) of a CSV or XLSX file; the first line is 1, as in a spreadsheet.

    CSV may be UTF-8 (with or without BOM) or Windows-1252, separated by commas or semicolons. XLSX files are
    checked against the size limits before they are parsed. Control characters are dropped from every cell.
    """
    lines = _xlsx_lines(content) if content.startswith(XLSX_MAGIC) else _csv_lines(content)
    last_line = settings.MAX_IMPORT_ROWS + 1  # the header and the allowed rows
    for number, cells in enumerate(lines, start=1):
        if number > last_line:
            raise TableError(too_many_rows(), line=number)
        yield number, cells


def read_records(content: bytes) -> tuple[list[str], list[tuple[int, dict[str, str]]]]:
    """Return the normalised header and the non-empty lines after it as (line number, {column: stripped text}).

    Every record holds every named column; cells missing at the end of a short line are empty.
    """
    lines = read_lines(content)
    first = next(lines, None)
    if first is None:
        return [], []
    header = [normalise_header(name) for name in first[1]]
    named = [(index, column) for index, column in enumerate(header) if column]
    records = [
        (number, {column: cells[index].strip() if index < len(cells) else "" for index, column in named})
        for number, cells in lines
        if any(cell.strip() for cell in cells)
    ]
    return [column for _index, column in named], records


def normalise_header(name: str) -> str:
    """Return a column name in lower case, with underscores for spaces (“Werkzame personen” → werkzame_personen)."""
    return re.sub(r"\s+", "_", name.strip().lstrip("\ufeff").lower())


def parse_decimal(raw: str) -> Decimal:
    """Return the number in a text with a Dutch decimal comma and thousands dots, or a decimal point.

    “1.234,5”, “1234,5”, “12.345.678”, “1234.5” and “1,234.5” are all read; a lone dot is a decimal point
    (“1.234” is 1.234), as spreadsheets and other programs write numbers. Raise ValueError for anything else.
    """
    text = SPACES.sub("", raw)
    if DUTCH_NUMBER.fullmatch(text) and (text.count(".") != 1 or "," in text):
        normal = text.replace(".", "").replace(",", ".")
    elif ENGLISH_NUMBER.fullmatch(text):
        normal = text.replace(",", "")
    else:
        raise ValueError(raw)
    try:
        return Decimal(normal)
    except InvalidOperation as error:
        raise ValueError(raw) from error


def _csv_lines(content: bytes) -> Iterator[list[str]]:
    text = strip_control_characters(_decode(content))
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        yield from reader
    except csv.Error as error:
        raise TableError(_("This line cannot be read as CSV."), line=reader.line_num) from error


def _decode(content: bytes) -> str:
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Dutch Excel saves "CSV (puntkomma-gescheiden)" in Windows-1252.
        return content.decode("cp1252", errors="replace")


def _xlsx_lines(content: bytes) -> Iterator[list[str]]:
    from openpyxl import load_workbook

    xlsx_check(io.BytesIO(content))
    try:
        workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds on a damaged file
        raise unreadable() from error
    try:
        yield from _texts(workbook.active.iter_rows(values_only=True))
    except Exception as error:
        raise unreadable() from error
    finally:
        workbook.close()


def _texts(rows: Iterable[tuple[Any, ...]]) -> Iterator[list[str]]:
    for values in rows:
        yield [_cell_text(value) for value in values]


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return strip_control_characters(value)
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
