"""The housing report: demand (questions and leads' needs) against offer (public spaces), now and ahead."""

import datetime
from collections import defaultdict
from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from establishments.models import SubArea

from .indicators import questions_solved_per_year
from .matching import Demand
from .models import Space, SpaceKind
from .selectors import open_demands

# Upper bounds (exclusive) of the size bands, in m²; the last band has none.
SIZE_BANDS = (100, 250, 500, 1000)
QUARTERS_AHEAD = 4
NO_PREFERENCE = ""


def size_band(m2: int) -> str:
    """Return the label of the size band an area falls in."""
    lower = 0
    for upper in SIZE_BANDS:
        if m2 < upper:
            return f"{lower}–{upper - 1} m²"
        lower = upper
    return f"≥ {lower} m²"


def demand_m2(demand: Demand) -> int:
    """Return the area a demand asks for: the middle of its range (a lead's need is its own figure)."""
    return demand.asked_m2 or (demand.min_m2 + demand.max_m2) // 2


@dataclass
class Cell:
    demand_count: int = 0
    demand_m2: int = 0
    offer_count: int = 0
    offer_m2: int = 0


def _quarter_start(day: datetime.date) -> datetime.date:
    return datetime.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def _next_quarter(start: datetime.date) -> datetime.date:
    month = start.month + 3
    return datetime.date(start.year + (month > 12), (month - 1) % 12 + 1, 1)


def quarters_ahead(today: datetime.date) -> list[tuple[str, datetime.date, datetime.date]]:
    """Return (label, first day, first day of the next) for the current quarter and the ones ahead."""
    quarters = []
    start = _quarter_start(today)
    for _index in range(QUARTERS_AHEAD):
        following = _next_quarter(start)
        quarters.append((f"{start.year} Q{(start.month - 1) // 3 + 1}", start, following))
        start = following
    return quarters


def housing_report(*, today: datetime.date | None = None) -> dict:
    """Return the report's three tables: by kind, size band and sub-area; by quarter; and past years."""
    today = today or timezone.localdate()
    demands = open_demands()
    spaces = list(Space.objects.public().select_related("building"))
    cells: dict[tuple[str, str, str], Cell] = defaultdict(Cell)
    for demand in demands:
        cell = cells[(demand.kind, size_band(demand_m2(demand)), demand.sub_area)]
        cell.demand_count += 1
        cell.demand_m2 += demand_m2(demand)
    for space in spaces:
        cell = cells[(space.kind, size_band(space.floor_area_m2), space.building.sub_area)]
        cell.offer_count += 1
        cell.offer_m2 += space.floor_area_m2
    kinds = dict(SpaceKind.choices)
    areas = {NO_PREFERENCE: _("no preference"), **dict(SubArea.choices)}
    band_order = {size_band(upper - 1): index for index, upper in enumerate((*SIZE_BANDS, 10**9))}
    rows = [
        {"kind": kinds[kind], "band": band, "sub_area": areas[sub_area], **cell.__dict__}
        for (kind, band, sub_area), cell in sorted(
            cells.items(), key=lambda item: (list(kinds).index(item[0][0]), band_order[item[0][1]], item[0][2])
        )
    ]
    return {
        "rows": rows,
        "totals": {
            name: sum(row[name] for row in rows) for name in ("demand_count", "demand_m2", "offer_count", "offer_m2")
        },
        "quarters": _per_quarter(demands, spaces, today, kinds),
        "years": questions_solved_per_year(),
        "today": today,
    }


def _per_quarter(demands: list[Demand], spaces: list[Space], today: datetime.date, kinds: dict) -> list[dict]:
    # "Now" holds what is needed or available by the end of the current quarter (or has no date);
    # each later quarter what falls due or becomes available within it.
    quarters = quarters_ahead(today)
    rows = []
    for index, (label, start, end) in enumerate(quarters):
        for kind, kind_label in kinds.items():
            wanted = [d for d in demands if d.kind == kind and _in_quarter(d.needed_by, start, end, first=index == 0)]
            offered = [
                s for s in spaces if s.kind == kind and _in_quarter(s.available_from, start, end, first=index == 0)
            ]
            if wanted or offered:
                rows.append(
                    {
                        "quarter": label,
                        "kind": kind_label,
                        "demand_count": len(wanted),
                        "demand_m2": sum(demand_m2(d) for d in wanted),
                        "offer_count": len(offered),
                        "offer_m2": sum(s.floor_area_m2 for s in offered),
                    }
                )
    return rows


def _in_quarter(day: datetime.date | None, start: datetime.date, end: datetime.date, *, first: bool) -> bool:
    if day is None or day < start:
        return first
    return day < end
