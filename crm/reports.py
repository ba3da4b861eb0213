"""The CRM reports, computed from the data with the ORM and plain Python.

Definitions (also shown on the reports page):
- Funnel: of the leads created in the period, how many reached each pipeline step (a lead that was lost after
  a proposal counts as having reached Proposal), and how many are in each stage now.
- Conversion: of the leads closed (won or lost) in the period, the share that was won; days to win run from the
  lead's creation to its win. The previous period is the quarter or year before.
- Lost reasons: the leads lost in the period, per reason.
- Open housing demand: floor area of the leads still in the pipeline (New to Proposal), per kind and desired year.
- Stale leads: open or on-hold leads without any activity in the last N days.
"""

import datetime
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import TypedDict

from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _
from django_stubs_ext import StrOrPromise, WithAnnotations

from establishments.models import KeyPosition

from .models import OPEN_STAGES, PIPELINE, HousingNeed, Lead, LeadSource, LeadStage, LeadType, SpaceKind, StageChange


class _Figures(TypedDict):
    won: int
    closed: int
    days: list[int]


class StaleAnnotations(TypedDict):
    last_activity: datetime.date | None
    silent_days: int


@dataclass(frozen=True)
class Period:
    year: int
    quarter: int | None = None

    @property
    def start(self) -> datetime.date:
        return datetime.date(self.year, 3 * (self.quarter - 1) + 1 if self.quarter else 1, 1)

    @property
    def end(self) -> datetime.date:
        if not self.quarter or self.quarter == 4:
            return datetime.date(self.year + 1, 1, 1)
        return datetime.date(self.year, 3 * self.quarter + 1, 1)

    @property
    def previous(self) -> "Period":
        if not self.quarter:
            return Period(self.year - 1)
        return Period(self.year, self.quarter - 1) if self.quarter > 1 else Period(self.year - 1, 4)

    def __str__(self):
        return f"{self.year} Q{self.quarter}" if self.quarter else str(self.year)

    def bounds(self) -> tuple[datetime.datetime, datetime.datetime]:
        """Return the period as aware datetimes in the portal's time zone."""
        to_dt = lambda day: timezone.make_aware(datetime.datetime.combine(day, datetime.time()))  # noqa: E731
        return to_dt(self.start), to_dt(self.end)


def bar_rows(rows: list[dict], key: str) -> list[dict]:
    """Add a `bar` percentage (0–100) of each row's value against the largest, for the SVG charts."""
    largest = max((row[key] or 0 for row in rows), default=0)
    for row in rows:
        row["bar"] = round(100 * (row[key] or 0) / largest, 1) if largest else 0
        row["bar_value"] = row[key]
    return rows


def funnel(*, period: Period) -> list[dict]:
    """Return per pipeline step how many leads of the period reached it and how many are there now."""
    start, end = period.bounds()
    leads = dict(Lead.objects.filter(created_at__gte=start, created_at__lt=end).values_list("pk", "stage"))
    rank: dict[str, int] = {stage: index for index, stage in enumerate(PIPELINE)}
    furthest = {pk: rank.get(stage, -1) for pk, stage in leads.items()}
    for lead_id, to_stage in StageChange.objects.filter(lead_id__in=leads).values_list("lead_id", "to_stage"):
        furthest[lead_id] = max(furthest[lead_id], rank.get(to_stage, -1))
    current = Counter(leads.values())
    rows, previous = [], None
    for index, stage in enumerate(PIPELINE):
        reached = sum(1 for value in furthest.values() if value >= index)
        rows.append({
            "stage": stage, "label": LeadStage(stage).label, "reached": reached, "current": current[stage],
            "step_rate": _rate(reached, previous) if previous is not None else None,
        })  # fmt: skip
        previous = reached
    for stage in (LeadStage.LOST, LeadStage.ON_HOLD):
        rows.append({"stage": stage, "label": LeadStage(stage).label, "reached": None, "current": current[stage]})
    return bar_rows(rows, "reached")


def _rate(part: int, whole: int | None) -> float | None:
    return round(100 * part / whole, 1) if whole else None


def _closed_leads(period: Period) -> list[dict]:
    start, end = period.bounds()
    closed = Lead.objects.filter(stage__in=[LeadStage.WON, LeadStage.LOST], closed_at__gte=start, closed_at__lt=end)
    rows = list(closed.values("pk", "stage", "source", "type", "created_at", "closed_at"))
    positions = defaultdict(list)
    for lead_id, slug in Lead.key_positions.through.objects.filter(lead_id__in=[r["pk"] for r in rows]).values_list(
        "lead_id", "keyposition__slug"
    ):
        positions[lead_id].append(slug)
    for row in rows:
        row["key_position"] = positions.get(row["pk"]) or [""]
    return rows


def _conversion_figures(rows: list[dict], dimension: str) -> dict[str, dict]:
    groups: defaultdict[str, _Figures] = defaultdict(lambda: {"won": 0, "closed": 0, "days": []})
    for row in rows:
        values = row[dimension] if isinstance(row[dimension], list) else [row[dimension]]
        for value in values:
            group = groups[value]
            group["closed"] += 1
            if row["stage"] == LeadStage.WON:
                group["won"] += 1
                # Calendar days in local time, so a daylight-saving switch does not shave off a day.
                days = timezone.localdate(row["closed_at"]) - timezone.localdate(row["created_at"])
                group["days"].append(days.days)
    return {
        value: {
            "won": group["won"],
            "closed": group["closed"],
            "rate": _rate(group["won"], group["closed"]),
            "median_days": round(statistics.median(group["days"]), 1) if group["days"] else None,
        }
        for value, group in groups.items()
    }


def _dimension_labels(dimension: str) -> dict[str, StrOrPromise]:
    if dimension == "source":
        return dict(LeadSource.choices)
    if dimension == "type":
        return dict(LeadType.choices)
    labels = {position.slug: position.name for position in KeyPosition.objects.all()}
    labels[""] = _("no key position")
    return labels


def conversion(*, period: Period, dimension: str) -> list[dict]:
    """Return win rate and median days to win per source, type or key position, beside the previous period."""
    now = _conversion_figures(_closed_leads(period), dimension)
    before = _conversion_figures(_closed_leads(period.previous), dimension)
    labels = _dimension_labels(dimension)
    rows = []
    for value in sorted(set(now) | set(before), key=lambda v: str(labels.get(v, v))):
        current, previous = now.get(value, {}), before.get(value, {})
        rows.append({
            "value": value, "label": labels.get(value, value),
            "won": current.get("won", 0), "closed": current.get("closed", 0), "rate": current.get("rate"),
            "median_days": current.get("median_days"),
            "previous_won": previous.get("won", 0), "previous_closed": previous.get("closed", 0),
            "previous_rate": previous.get("rate"), "previous_median_days": previous.get("median_days"),
            "rate_change": _difference(current.get("rate"), previous.get("rate")),
        })  # fmt: skip
    return bar_rows(rows, "rate")


def _difference(current, previous):
    return round(current - previous, 1) if current is not None and previous is not None else None


def lost_reasons(*, period: Period) -> list[dict]:
    """Return the leads lost in the period per reason, largest first."""
    start, end = period.bounds()
    lost = Lead.objects.filter(stage=LeadStage.LOST, closed_at__gte=start, closed_at__lt=end).select_related(
        "lost_reason"
    )
    counts = Counter(lead.lost_reason.name for lead in lost)
    total = sum(counts.values())
    rows = [{"label": name, "count": count, "share": _rate(count, total)} for name, count in counts.most_common()]
    return bar_rows(rows, "count")


def housing_demand() -> dict:
    """Return the open leads' floor area per kind of space and desired year (None = no date given)."""
    needs = HousingNeed.objects.filter(lead__stage__in=OPEN_STAGES).values_list("kind", "desired_on", "floor_area_m2")
    table: defaultdict[str, defaultdict[int | None, int]] = defaultdict(lambda: defaultdict(int))
    years = set()
    for kind, desired_on, area in needs:
        year = desired_on.year if desired_on else None
        years.add(year)
        table[kind][year] += area
    ordered_years = sorted(year for year in years if year is not None) + ([None] if None in years else [])
    rows = [
        {
            "kind": kind,
            "label": label,
            "cells": [table[kind].get(year, 0) for year in ordered_years],
            "total": sum(table[kind].values()),
        }
        for kind, label in SpaceKind.choices
    ]
    return {"years": ordered_years, "rows": bar_rows(rows, "total"), "total": sum(row["total"] for row in rows)}


def stale_leads(*, days: int, today: datetime.date | None = None) -> "list[WithAnnotations[Lead, StaleAnnotations]]":
    """Return open and on-hold leads with no activity in the last `days` days, the longest silent first."""
    today = today or timezone.localdate()
    since = today - datetime.timedelta(days=days)
    leads = (
        Lead.objects.filter(stage__in=[*OPEN_STAGES, LeadStage.ON_HOLD])
        .select_related("owner")
        .annotate(last_activity=Max("activities__occurred_on"))
    )
    stale: list[WithAnnotations[Lead, StaleAnnotations]] = []
    for lead in leads:
        last = lead.last_activity or timezone.localdate(lead.created_at)
        if last <= since:
            lead.silent_days = (today - last).days
            stale.append(lead)
    return sorted(stale, key=lambda lead: -lead.silent_days)
