"""CSV and XLSX in and out, once for every app: imports read through `read_lines`, exports write through
`table_download`."""

from .errors import TableError
from .reading import normalise_header, parse_decimal, read_lines, read_records
from .writing import (
    CONTENT_TYPES,
    FORMATS,
    csv_bytes,
    safe_text,
    table_download,
    tidy_csv_bytes,
    tidy_download,
    xlsx_bytes,
)
from .xlsx_guard import XLSX_MAGIC, xlsx_check

__all__ = [
    "CONTENT_TYPES",
    "FORMATS",
    "XLSX_MAGIC",
    "TableError",
    "csv_bytes",
    "normalise_header",
    "parse_decimal",
    "read_lines",
    "read_records",
    "safe_text",
    "table_download",
    "tidy_csv_bytes",
    "tidy_download",
    "xlsx_bytes",
    "xlsx_check",
]
