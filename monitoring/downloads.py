"""Report tables as CSV and XLSX files, with the same numbers and notes as on the page, and as tidy CSV."""

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from django.http import HttpResponse
from django.utils.translation import gettext as _

from kennispark.tabular import CONTENT_TYPES, table_download, tidy_download

from .tables import Table, single_year_measures

TIDY = "tidy.csv"
# CSV for Dutch Excel, Excel, and tidy CSV for programs (one observation per row, like the figures API).
DOWNLOAD_FORMATS = (*CONTENT_TYPES, TIDY)
TIDY_HEADER = ["table", "year", "dimension", "category", "label", "measure", "value"]

__all__ = ["DOWNLOAD_FORMATS", "TIDY", "table_notes", "table_response"]


def table_notes(table: Table) -> list[str]:
    """Return the source and rounding notes printed under a table."""
    notes = [_("Source: BIRO and LISA; processed by Kennispunt Twente and the Kennispark portal.")]
    if table.spec.measure == "jobs" or table.spec.single_year:
        notes.append(_("Jobs are rounded to tens, as BIRO prescribes; differences are computed from rounded figures."))
    if table.spec.measure == "added_value_meur" or table.spec.dimension == "key_position":
        notes.append(
            _("Added value in € million at constant prices (base year 2021); '-' or an empty cell means unknown.")
        )
    return notes


def _header(table: Table) -> list[str]:
    first = _("Category") if table.year is None else _("Category (%(year)s)") % {"year": table.year}
    return [first, *table.columns]


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal) and value == value.to_integral_value():
        return int(value)
    return value


def _rows(table: Table) -> Iterator[list[Any]]:
    for row in table.rows:
        # Indent sub-rows with spaces: a leading "-" would be taken for a formula and quoted.
        label = "  " * (row.get("level") or 0) + str(row["label"])
        yield [label, *(_plain(value) for value in row["values"])]


def _tidy_rows(table: Table) -> Iterator[list[Any]]:
    """Yield one row per category, year and measure of a table; the difference columns are left to the reader."""
    for row in table.rows:
        if "category" not in row:
            continue
        if table.year is not None:
            cells = [
                (table.year, measure, value)
                for measure, value in zip(single_year_measures(table.spec), row["values"], strict=True)
            ]
        else:
            measure = row.get("measure", table.spec.measure)
            # The values after the years are the difference columns.
            cells = [(year, measure, value) for year, value in zip(table.years, row["values"], strict=False)]
        for year, measure, value in cells:
            yield [table.slug, year, row["dimension"], row["category"], str(row["label"]), measure, _plain(value)]


def table_response(table: Table, file_format: str) -> HttpResponse:
    """Return a table as a CSV or XLSX download: the header in the first row, the title and notes below the table;
    or as tidy CSV, one observation per row and nothing else."""
    if file_format == TIDY:
        return tidy_download(header=TIDY_HEADER, rows=_tidy_rows(table), filename=f"kennispark-{table.slug}-tidy")
    return table_download(
        header=_header(table),
        rows=_rows(table),
        file_format=file_format,
        filename=f"kennispark-{table.slug}",
        title=table.slug,
        notes=[str(table.spec.title), *table_notes(table)],
    )
