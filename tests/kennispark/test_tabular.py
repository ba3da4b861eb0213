"""kennispark.tabular: CSV/XLSX reading with line numbers and zip-bomb limits, writing as Dutch Excel reads it."""

import csv
import datetime
import io
import time
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from kennispark.tabular import TableError, csv_bytes, parse_decimal, read_lines, read_records, xlsx_bytes
from tests.fixtures.spreadsheets import xlsx_file, xlsx_with_sheet

HEADER = ["naam", "bedrag"]


# Reading


@pytest.mark.parametrize(
    ("encoding", "bom", "delimiter"),
    [("utf-8", False, ","), ("utf-8", True, ";"), ("cp1252", False, ";")],
    ids=["utf8-comma", "utf8-bom-semicolon", "windows-1252-semicolon"],
)
def test_csv_is_read_in_every_encoding_and_separator(encoding, bom, delimiter):
    # given
    text = f"naam{delimiter}bedrag\r\nCafé Zoë{delimiter}€ 7\r\n"
    content = ("\ufeff" if bom else "").encode() + text.encode(encoding)

    # when
    lines = list(read_lines(content))

    # then
    assert lines == [(1, ["naam", "bedrag"]), (2, ["Café Zoë", "€ 7"])]


def test_line_numbers_count_blank_lines_as_a_spreadsheet_does():
    # given
    content = b"Naam;Werkzame personen\n\nAlpha;3\nBeta\n"

    # when
    header, records = read_records(content)

    # then
    assert header == ["naam", "werkzame_personen"]
    assert records == [(3, {"naam": "Alpha", "werkzame_personen": "3"}), (4, {"naam": "Beta", "werkzame_personen": ""})]


def test_xlsx_cells_come_back_as_text_with_their_row_numbers():
    # given
    content = xlsx_file([HEADER, ["Alpha", 1234.5], [], ["Beta", datetime.date(2024, 3, 31)], ["Gamma", 7.0]])

    # when
    lines = list(read_lines(content))

    # then
    assert lines == [
        (1, HEADER),
        (2, ["Alpha", "1234.5"]),
        (3, ["", ""]),
        (4, ["Beta", "2024-03-31"]),
        (5, ["Gamma", "7"]),
    ]


def test_control_characters_are_dropped_from_cells():
    # when
    lines = list(read_lines(b"naam;bedrag\nAl\x0bpha\x00;1\n"))

    # then
    assert lines[1] == (2, ["Alpha", "1"])


def test_a_damaged_csv_line_is_reported_with_its_line(settings):
    # given: a field far longer than the csv module's limit
    content = b"naam;bedrag\nAlpha;1\n" + b'"' + b"x" * 200_000 + b'";2\n'

    # when
    with pytest.raises(TableError) as raised:
        list(read_lines(content))

    # then
    assert raised.value.line == 3


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("1234,5", "1234.5"),
        ("1.234,5", "1234.5"),
        ("12.345.678", "12345678"),
        ("-0,75", "-0.75"),
        (" 1 234,5 ", "1234.5"),
        ("1234.5", "1234.5"),
        ("1,234.5", "1234.5"),
        ("1.234", "1.234"),
        ("42", "42"),
    ],
)
def test_decimals_with_dutch_commas_and_thousands_dots(raw, expected):
    assert parse_decimal(raw) == Decimal(expected)


@pytest.mark.parametrize("raw", ["", "abc", "1,2,3", "1.23.4", "1e5", "12,34.5,6"])
def test_non_numbers_are_refused(raw):
    with pytest.raises(ValueError):
        parse_decimal(raw)


# Limits


def test_an_xlsx_bomb_is_refused_from_its_directory_before_parsing(settings):
    # given: a valid workbook whose sheet unpacks to 60 MB of XML (whitespace and one cell per row) in 200 KB
    settings.MAX_IMPORT_UNCOMPRESSED_BYTES = 10 * 1024 * 1024
    rows = b"".join(b'<row r="%d"><c r="A%d"><v>1</v></c></row>' % (n, n) for n in range(1, 50_001))
    sheet = (
        b'<?xml version="1.0" encoding="UTF-8"?>'
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        + rows
        + b" " * 60_000_000
        + b"</sheetData></worksheet>"
    )
    bomb = xlsx_with_sheet(sheet, HEADER)
    assert len(bomb) < 1024 * 1024

    # when
    started = time.monotonic()
    with pytest.raises(TableError) as raised:
        list(read_lines(bomb))
    elapsed = time.monotonic() - started

    # then: the sizes in the zip directory refused it at once, with the limit in the message
    assert "10,0\xa0MB" in raised.value.message
    assert elapsed < 1


def test_a_sheet_of_identical_cells_is_refused_by_its_compression_ratio(settings):
    # given: 400,000 identical cells; under the size limit, but packed far tighter than real data ever is
    settings.MAX_IMPORT_COMPRESSION_RATIO = 100
    sheet = (
        b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        b"<sheetData>" + b"<row><c><v>1</v></c><c><v>1</v></c></row>" * 200_000 + b"</sheetData></worksheet>"
    )
    content = xlsx_with_sheet(sheet, HEADER)

    # when
    started = time.monotonic()
    with pytest.raises(TableError) as raised:
        list(read_lines(content))

    # then
    assert "100" in raised.value.message
    assert time.monotonic() - started < 1


def test_the_sheet_dimension_is_checked_before_parsing(settings):
    # given: a sheet that declares 200,000 rows; its XML is broken beyond the declaration, so reaching the
    # parser would give "cannot be read" instead of the row limit
    settings.MAX_IMPORT_ROWS = 1000
    sheet = (
        b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        b'<dimension ref="A1:B200000"/><sheetData><row r="1"><c r="A1"'
    )
    content = xlsx_with_sheet(sheet, HEADER)

    # when
    with pytest.raises(TableError) as raised:
        list(read_lines(content))

    # then
    assert "1000" in raised.value.message
    assert raised.value.line == 1002


def test_the_cell_count_of_the_dimension_is_limited(settings):
    # given
    settings.MAX_IMPORT_CELLS = 10_000
    sheet = (
        b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        b'<dimension ref="A1:XFD10"/><sheetData/></worksheet>'
    )

    # when
    with pytest.raises(TableError) as raised:
        list(read_lines(xlsx_with_sheet(sheet, HEADER)))

    # then
    assert "163840" in raised.value.message


def test_rows_beyond_the_limit_stop_reading_with_the_line(settings):
    # given: CSV has no dimension; the limit holds while reading
    settings.MAX_IMPORT_ROWS = 3
    content = b"naam;bedrag\n" + b"Alpha;1\n" * 10

    # when
    with pytest.raises(TableError) as raised:
        list(read_lines(content))

    # then
    assert raised.value.line == 5


def test_a_file_that_only_looks_like_a_zip_is_unreadable():
    with pytest.raises(TableError) as raised:
        list(read_lines(b"PK\x03\x04 not really a zip"))

    assert raised.value.line == 1


# Writing


def test_csv_is_written_as_dutch_excel_reads_it():
    # given
    rows = [["Alpha", Decimal("1234.5"), 3, None, datetime.date(2024, 3, 31)], ["Beta", 0.25, -4, "", None]]

    # when
    content = csv_bytes(header=["naam", "bedrag", "aantal", "leeg", "datum"], rows=rows, notes=["Bron: BIRO"])

    # then
    assert content.startswith("\ufeff".encode())
    lines = list(csv.reader(io.StringIO(content.decode("utf-8-sig")), delimiter=";"))
    assert lines == [
        ["naam", "bedrag", "aantal", "leeg", "datum"],
        ["Alpha", "1234,5", "3", "", "2024-03-31"],
        ["Beta", "0,25", "-4", "", ""],
        [],
        ["Bron: BIRO"],
    ]


@pytest.mark.parametrize("text", ["=HYPERLINK(1)", "+31 53", "-2+3", "@SUM(A1)", "\tx", "\rx", "\x0b=1"])
def test_formulas_are_quoted_in_csv_and_xlsx(text):
    # when
    csv_cells = list(csv.reader(io.StringIO(csv_bytes(header=["a"], rows=[[text]]).decode("utf-8-sig"), newline="")))
    sheet = load_workbook(io.BytesIO(xlsx_bytes(header=["a"], rows=[[text]]))).active

    # then
    assert csv_cells[1][0].startswith("'")
    assert sheet["A2"].value.startswith("'")
    assert sheet["A2"].data_type == "s"


def test_xlsx_has_a_bold_frozen_header_numbers_as_numbers_and_survives_control_characters():
    # given
    rows = [["Quantum\x0b Koffie\x00", Decimal("12.5"), -3, datetime.date(2024, 1, 2)]]

    # when
    content = xlsx_bytes(header=["naam", "bedrag", "aantal", "datum"], rows=rows, title="leads")

    # then
    sheet = load_workbook(io.BytesIO(content)).active
    assert sheet.title == "leads"
    assert sheet.freeze_panes == "A2"
    assert all(cell.font.bold for cell in sheet[1])
    assert [cell.value for cell in sheet[2]] == ["Quantum Koffie", 12.5, -3, datetime.datetime(2024, 1, 2)]
    assert sheet.column_dimensions["A"].width >= len("Quantum Koffie")
