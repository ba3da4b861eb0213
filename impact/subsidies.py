"""How a subsidy's amount is spread over the calendar years it runs."""

import datetime


def spread_over_years(amount: float, starts_on: datetime.date, ends_on: datetime.date) -> dict[int, float]:
    """Return the amount per calendar year, in proportion to the days the subsidy runs in each year."""
    total_days = (ends_on - starts_on).days + 1
    result: dict[int, float] = {}
    for year in range(starts_on.year, ends_on.year + 1):
        first = max(starts_on, datetime.date(year, 1, 1))
        last = min(ends_on, datetime.date(year, 12, 31))
        result[year] = round(amount * ((last - first).days + 1) / total_days, 2)
    return result
