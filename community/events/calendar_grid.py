"""Month and week grids of the agenda: days with the occurrences that touch them."""

import calendar
import datetime
from collections import defaultdict

from .recurrence import AMSTERDAM, Occurrence


def window_of(days: list[datetime.date]) -> tuple[datetime.datetime, datetime.datetime]:
    """Return the aware instants from the first day's start to the end of the last day, in Amsterdam."""
    start = datetime.datetime.combine(days[0], datetime.time(0), tzinfo=AMSTERDAM)
    end = datetime.datetime.combine(days[-1] + datetime.timedelta(days=1), datetime.time(0), tzinfo=AMSTERDAM)
    return start, end


def month_days(year: int, month: int) -> list[datetime.date]:
    """Return the days of the month's grid: whole weeks, Monday first."""
    weeks = calendar.Calendar(firstweekday=0).monthdatescalendar(year, month)
    return [day for week in weeks for day in week]


def week_days(iso_year: int, iso_week: int) -> list[datetime.date]:
    """Return the seven days of an ISO week."""
    monday = datetime.date.fromisocalendar(iso_year, iso_week, 1)
    return [monday + datetime.timedelta(days=offset) for offset in range(7)]


def grid(days: list[datetime.date], occurrences: list[Occurrence], *, month: int | None = None) -> list[dict]:
    """Return one dict per day (date, in_month, is_today, occurrences), multi-day events on each of their days."""
    by_day = defaultdict(list)
    for occurrence in occurrences:
        for day in occurrence.days_within(days[0], days[-1]):
            by_day[day].append(occurrence)
    today = datetime.datetime.now(AMSTERDAM).date()
    return [
        {
            "date": day,
            "in_month": month is None or day.month == month,
            "is_today": day == today,
            "is_weekend": day.weekday() >= 5,
            "occurrences": by_day.get(day, []),
        }
        for day in days
    ]


def weeks_of(days: list[dict]) -> list[list[dict]]:
    """Split a month grid into rows of seven days."""
    return [days[index : index + 7] for index in range(0, len(days), 7)]
