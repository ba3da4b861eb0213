"""Validate a BIRO/LISA register file (CSV or XLSX, read by kennispark.tabular) into clean rows, with every error.

Validation happens here, at the edge; `services.register_import` assumes clean rows and writes atomically.
"""

import datetime
import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from django.utils.translation import gettext as _

from kennispark.tabular import TableError, normalise_header, parse_decimal, read_lines

from .models import KeyPosition, SbiDivision, SubArea

REQUIRED_COLUMNS = (
    "jaar",
    "kvk_nummer",
    "vestigingsnummer",
    "handelsnaam",
    "deelgebied",
    "sbi_code",
    "werkzame_personen",
)
OPTIONAL_COLUMNS = (
    "adres",
    "postcode",
    "plaats",
    "toegevoegde_waarde_keur",
    "datum_vestiging",
    "datum_oprichting",
    "kernposities",
)
SUB_AREAS = {re.sub(r"\s+", "", label.lower()): value for value, label in SubArea.choices}
ISO_DATE = re.compile(r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})")
DUTCH_DATE = re.compile(r"(?P<day>\d{1,2})-(?P<month>\d{1,2})-(?P<year>\d{4})")
DIGITS = {8: re.compile(r"\d{8}"), 12: re.compile(r"\d{12}")}
PROGRESS_EVERY = 2000

ProgressCallback = Callable[[int], None]


@dataclass(frozen=True)
class RowError:
    """One problem in the file: its line (the header is line 1), column and message."""

    line: int
    column: str
    message: str

    def as_dict(self) -> dict:
        return {"line": self.line, "column": self.column, "message": self.message}


@dataclass
class RegisterRow:
    """One clean line of the register file."""

    line: int
    year: int
    kvk_number: str
    branch_number: str
    trade_name: str
    street_address: str
    postcode: str
    city: str
    sub_area: str
    sbi_code: str
    sbi_division_id: int
    jobs: int
    added_value_keur: Decimal | None
    settled_on: datetime.date | None
    founded_on: datetime.date | None
    key_position_ids: frozenset[int] | None


@dataclass
class ParsedRegister:
    """The outcome of reading a file: clean rows, or the errors that stop the import."""

    rows: list[RegisterRow] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    has_key_positions: bool = False

    @property
    def is_valid(self) -> bool:
        return not self.errors


def parse_register(content: bytes, *, on_progress: ProgressCallback | None = None) -> ParsedRegister:
    """Read and validate a register file; every problem is collected, nothing is written."""
    result = ParsedRegister()
    try:
        lines = list(read_lines(content))
    except TableError as error:
        result.errors.append(RowError(error.line, error.column, error.message))
        return result
    if not lines or not any(cell.strip() for cell in lines[0][1]):
        result.errors.append(RowError(1, "", _("The file is empty.")))
        return result
    header = lines[0][1]
    columns = {normalise_header(name): index for index, name in reversed(list(enumerate(header))) if name.strip()}
    missing = [name for name in REQUIRED_COLUMNS if name not in columns]
    for name in missing:
        result.errors.append(RowError(1, name, _("Required column “%(column)s” is missing.") % {"column": name}))
    if missing:
        return result
    result.has_key_positions = "kernposities" in columns
    validator = _RowValidator(columns)
    data_lines = lines[1:]
    for done, (number, cells) in enumerate(data_lines, start=1):
        if any(cell.strip() for cell in cells):
            row = validator.validate(number, cells)
            if row is not None:
                result.rows.append(row)
        if on_progress and done % PROGRESS_EVERY == 0:
            on_progress(round(100 * done / len(data_lines)))
    result.errors.extend(validator.errors)
    if not result.errors and not result.rows:
        result.errors.append(RowError(2, "", _("The file holds a header but no rows.")))
    result.errors.sort(key=lambda error: error.line)
    return result


@functools.lru_cache(maxsize=4096)
def _parse_date(raw: str) -> datetime.date | None:
    """Return the date of an ISO (2024-03-31) or Dutch (31-03-2024) text; register files repeat dates a lot."""
    match = ISO_DATE.fullmatch(raw) or DUTCH_DATE.fullmatch(raw)
    if match is None:
        return None
    try:
        return datetime.date(int(match["year"]), int(match["month"]), int(match["day"]))
    except ValueError:
        return None


class _RowValidator:
    """Turn one line's cells into a RegisterRow, recording each problem with its line and column."""

    def __init__(self, columns: dict[str, int]):
        self.columns = columns
        self.errors: list[RowError] = []
        self.divisions = dict(SbiDivision.objects.values_list("code", "pk"))
        self.key_positions = {
            name: key_position.pk for key_position in KeyPosition.objects.all() for name in key_position.import_names()
        }
        self.seen: dict[tuple[str, str, int], int] = {}

    def validate(self, line: int, cells: list[str]) -> RegisterRow | None:
        errors_before = len(self.errors)
        value = self._reader(line, cells)
        kvk_number = self._digits(line, "kvk_nummer", value("kvk_nummer"), 8)
        branch_number = self._digits(line, "vestigingsnummer", value("vestigingsnummer"), 12)
        year = self._year(line, value("jaar"))
        trade_name = value("handelsnaam")
        if not trade_name:
            self._error(line, "handelsnaam", _("A trade name is required."))
        sub_area = self._sub_area(line, value("deelgebied"))
        sbi_code, division_id = self._sbi(line, value("sbi_code"))
        jobs = self._jobs(line, value("werkzame_personen"))
        added_value = self._added_value(line, value("toegevoegde_waarde_keur"))
        settled_on = self._date(line, "datum_vestiging", value("datum_vestiging"))
        founded_on = self._date(line, "datum_oprichting", value("datum_oprichting"))
        key_position_ids = self._key_positions(line, value("kernposities"))
        if kvk_number and branch_number and year:
            self._check_duplicate(line, (kvk_number, branch_number, year))
        if len(self.errors) > errors_before:
            return None
        return RegisterRow(
            line=line,
            year=year,
            kvk_number=kvk_number,
            branch_number=branch_number,
            trade_name=trade_name[:200],
            street_address=value("adres")[:200],
            postcode=value("postcode").replace(" ", "").upper()[:7],
            city=value("plaats")[:100] or "Enschede",
            sub_area=sub_area,
            sbi_code=sbi_code,
            sbi_division_id=division_id,
            jobs=jobs,
            added_value_keur=added_value,
            settled_on=settled_on,
            founded_on=founded_on,
            key_position_ids=key_position_ids if "kernposities" in self.columns else None,
        )

    def _reader(self, line: int, cells: list[str]) -> Callable[[str], str]:
        def value(column: str) -> str:
            index = self.columns.get(column)
            if index is None or index >= len(cells):
                return ""
            return cells[index].strip()

        return value

    def _error(self, line: int, column: str, message: str) -> None:
        self.errors.append(RowError(line, column, message))

    def _digits(self, line: int, column: str, raw: str, length: int) -> str:
        if DIGITS[length].fullmatch(raw):
            return raw
        if column == "kvk_nummer":
            message = _("A KvK number has exactly 8 digits, not “%(value)s”.")
        else:
            message = _("A branch number has exactly 12 digits, not “%(value)s”.")
        self._error(line, column, message % {"value": raw})
        return ""

    def _year(self, line: int, raw: str) -> int:
        if re.fullmatch(r"\d{4}", raw) and 1990 <= int(raw) <= 2100:
            return int(raw)
        self._error(line, "jaar", _("“%(value)s” is not a year between 1990 and 2100.") % {"value": raw})
        return 0

    def _sub_area(self, line: int, raw: str) -> str:
        sub_area = SUB_AREAS.get(re.sub(r"\s+", "", raw.lower()))
        if sub_area is None:
            message = _("Unknown sub-area “%(value)s”; use UT Campus, B&S-park or Twente Village.")
            self._error(line, "deelgebied", message % {"value": raw})
        return sub_area or ""

    def _sbi(self, line: int, raw: str) -> tuple[str, int]:
        code = raw.replace(".", "").replace(" ", "")
        division_id = self.divisions.get(code[:2]) if re.fullmatch(r"\d{2,5}", code) else None
        if division_id is None:
            self._error(line, "sbi_code", _("Unknown SBI code “%(value)s”.") % {"value": raw})
            return "", 0
        return code, division_id

    def _jobs(self, line: int, raw: str) -> int:
        if re.fullmatch(r"\d+", raw):
            return int(raw)
        message = _("The number of jobs must be a whole number of 0 or more, not “%(value)s”.")
        self._error(line, "werkzame_personen", message % {"value": raw})
        return 0

    def _added_value(self, line: int, raw: str) -> Decimal | None:
        if not raw:
            return None  # unknown, not zero
        try:
            value = parse_decimal(raw)
        except ValueError:
            value = None
        if value is None or not value.is_finite() or abs(value) >= Decimal("1e11"):
            message = _("“%(value)s” is not an amount in thousands of euros.")
            self._error(line, "toegevoegde_waarde_keur", message % {"value": raw})
            return None
        return value.quantize(Decimal("0.1"))

    def _date(self, line: int, column: str, raw: str) -> datetime.date | None:
        if not raw:
            return None
        parsed = _parse_date(raw)
        if parsed is None:
            message = _("“%(value)s” is not a date (use 2024-03-31 or 31-03-2024).")
            self._error(line, column, message % {"value": raw})
        return parsed

    def _key_positions(self, line: int, raw: str) -> frozenset[int]:
        ids = set()
        for name in (part.strip() for part in raw.split("|")):
            if not name:
                continue
            key_position_id = self.key_positions.get(name.lower())
            if key_position_id is None:
                self._error(line, "kernposities", _("Unknown key position “%(value)s”.") % {"value": name})
            else:
                ids.add(key_position_id)
        return frozenset(ids)

    def _check_duplicate(self, line: int, key: tuple[str, str, int]) -> None:
        first_line = self.seen.setdefault(key, line)
        if first_line != line:
            message = _("KvK number, branch number and year already appear on line %(line)s.")
            self._error(line, "vestigingsnummer", message % {"line": first_line})


def rows_by_establishment(rows: Iterable[RegisterRow]) -> dict[tuple[str, str], list[RegisterRow]]:
    """Group clean rows by (KvK number, branch number), each group ordered by year."""
    groups: dict[tuple[str, str], list[RegisterRow]] = {}
    for row in rows:
        groups.setdefault((row.kvk_number, row.branch_number), []).append(row)
    for group in groups.values():
        group.sort(key=lambda row: row.year)
    return groups
