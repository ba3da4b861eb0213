"""Quarters as one sortable number, YYYYQ (20253 is the third quarter of 2025), and their dates."""

import datetime
from dataclasses import dataclass

MIN_YEAR = 2000
MAX_YEAR = 2100


@dataclass(frozen=True, order=True)
class Quarter:
    """A calendar quarter."""

    year: int
    number: int

    @classmethod
    def from_code(cls, code: int) -> "Quarter":
        """Return the quarter of a YYYYQ code."""
        return cls(code // 10, code % 10)

    @classmethod
    def of(cls, day: datetime.date) -> "Quarter":
        """Return the quarter a date falls in."""
        return cls(day.year, (day.month - 1) // 3 + 1)

    @property
    def code(self) -> int:
        return self.year * 10 + self.number

    @property
    def first_day(self) -> datetime.date:
        return datetime.date(self.year, 3 * self.number - 2, 1)

    @property
    def last_day(self) -> datetime.date:
        return self.next().first_day - datetime.timedelta(days=1)

    def next(self) -> "Quarter":
        """Return the quarter after this one."""
        return Quarter(self.year + 1, 1) if self.number == 4 else Quarter(self.year, self.number + 1)

    def previous(self) -> "Quarter":
        """Return the quarter before this one."""
        return Quarter(self.year - 1, 4) if self.number == 1 else Quarter(self.year, self.number - 1)

    def __str__(self) -> str:
        return f"Q{self.number} {self.year}"


def quarter_code_valid(code: int) -> bool:
    """Return whether a number is a YYYYQ code of a quarter the portal plans in."""
    return MIN_YEAR * 10 + 1 <= code <= MAX_YEAR * 10 + 4 and 1 <= code % 10 <= 4


def quarter_label(code: int | None) -> str:
    """Return "Q3 2025" for 20253, "" for None."""
    return "" if code is None else str(Quarter.from_code(code))


def year_quarters(year: int) -> list[Quarter]:
    """Return the four quarters of a year."""
    return [Quarter(year, number) for number in range(1, 5)]


def quarter_choices(first_year: int, last_year: int) -> list[tuple[int, str]]:
    """Return (code, label) choices for the quarters of the years, for forms."""
    return [(q.code, str(q)) for year in range(first_year, last_year + 1) for q in year_quarters(year)]
