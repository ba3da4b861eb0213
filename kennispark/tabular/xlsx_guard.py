"""Refuse XLSX files that would unpack or parse to far more than they weigh (zip bombs), before parsing them."""

import re
import zipfile
from typing import IO

from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from .errors import TableError

XLSX_MAGIC = b"PK\x03\x04"
MAX_ENTRIES = 1000
SHEET_HEAD_BYTES = 4096
DIMENSION = re.compile(rb"<(?:\w+:)?dimension\s+ref=\"[A-Z]*\d*:?(?P<column>[A-Z]+)(?P<row>\d+)\"")


def unreadable() -> TableError:
    return TableError(_("The file cannot be read as CSV or XLSX."))


def xlsx_check(source: IO[bytes]) -> None:
    """Raise TableError when the workbook exceeds the unpacked-size, ratio, row or cell limits of the settings.

    Only the zip directory and the first bytes of each sheet are read. The sizes in the directory can be trusted:
    Python's zip reader never unpacks more than an entry declares, so a lying entry fails its checksum instead.
    """
    try:
        with zipfile.ZipFile(source) as archive:
            entries = archive.infolist()
            _check_entries(entries)
            for entry in entries:
                if entry.filename.startswith("xl/worksheets/") and entry.filename.endswith(".xml"):
                    with archive.open(entry) as sheet:
                        _check_dimension(sheet.read(SHEET_HEAD_BYTES))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, OSError, EOFError) as error:
        raise unreadable() from error


def _check_entries(entries: list[zipfile.ZipInfo]) -> None:
    if len(entries) > MAX_ENTRIES:
        message = _("The Excel file holds %(count)s parts, more than the %(max)s allowed.")
        raise TableError(message % {"count": len(entries), "max": MAX_ENTRIES})
    unpacked = sum(entry.file_size for entry in entries)
    packed = sum(entry.compress_size for entry in entries)
    if unpacked > settings.MAX_IMPORT_UNCOMPRESSED_BYTES:
        message = _(
            "The Excel file unpacks to %(size)s, more than the %(max)s allowed. "
            "Remove empty rows and columns, or split the file."
        )
        size, limit = filesizeformat(unpacked), filesizeformat(settings.MAX_IMPORT_UNCOMPRESSED_BYTES)
        raise TableError(message % {"size": size, "max": limit})
    if unpacked > settings.MAX_IMPORT_COMPRESSION_RATIO * max(packed, 1):
        message = _(
            "The Excel file unpacks to %(ratio)s times its size, more than the %(max)s times a normal sheet does. "
            "Remove empty rows and columns, or save it as CSV."
        )
        raise TableError(message % {"ratio": unpacked // max(packed, 1), "max": settings.MAX_IMPORT_COMPRESSION_RATIO})


def _check_dimension(head: bytes) -> None:
    match = DIMENSION.search(head)
    if match is None:
        return  # the dimension is optional; the row limit is then enforced while reading
    rows, columns = int(match["row"]), _column_number(match["column"].decode())
    if rows - 1 > settings.MAX_IMPORT_ROWS:
        raise TableError(too_many_rows(), line=settings.MAX_IMPORT_ROWS + 2)
    if rows * columns > settings.MAX_IMPORT_CELLS:
        message = _("The sheet spans %(count)s cells, more than the %(max)s allowed. Remove empty rows and columns.")
        raise TableError(message % {"count": rows * columns, "max": settings.MAX_IMPORT_CELLS})


def too_many_rows() -> str:
    return _("The file has more than %(max)s rows; split it into smaller files.") % {"max": settings.MAX_IMPORT_ROWS}


def _column_number(letters: str) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - ord("A") + 1
    return number
