"""Where each computed indicator's figures come from: the monitor, the calendar, the CRM, space and impact itself.

Each source returns rows (year, category, value); an empty category is the indicator's total.
"""

from collections import defaultdict
from collections.abc import Callable
from decimal import Decimal

from django.apps import apps
from django.db.models import Count
from django.db.models.functions import ExtractYear

from community.events.indicators import community_indicators_by_year
from crm.models import Lead, LeadStage
from monitoring.rounding import round_jobs
from monitoring.selectors import published_figures

from .models import MINIMUM_GROUP, QuestionKind, ReviewStatus, Subsidy, SurveyAnswer
from .subsidies import spread_over_years

Row = tuple[int, str, Decimal]


def _monitor(dimension: str, category: str, field: str) -> Callable[[], list[Row]]:
    def rows() -> list[Row]:
        found = []
        for row in published_figures(dimension=dimension, category=category):
            value = row[field]
            if value is None:
                continue
            if field == "jobs":
                value = round_jobs(value)
            found.append((row["year"], "", Decimal(value)))
        return found

    return rows


def _community(key: str) -> Callable[[], list[Row]]:
    def rows() -> list[Row]:
        found = []
        for year in community_indicators_by_year():
            found.append((year["year"], "", Decimal(year[key])))
        return found

    return rows


def attendees() -> list[Row]:
    """Return confirmed attendees per year, in total and by background."""
    found = []
    for year in community_indicators_by_year():
        found.append((year["year"], "", Decimal(year["attendees"])))
        found.extend((year["year"], code, Decimal(count)) for code, count in year["attendees_by_background"].items())
    return found


def leads_won() -> list[Row]:
    """Return the leads won per year in which they were won."""
    rows = (
        Lead.objects.filter(stage=LeadStage.WON, closed_at__isnull=False)
        .annotate(year=ExtractYear("closed_at"))
        .values("year")
        .annotate(total=Count("pk"))
        .order_by("year")
    )
    return [(row["year"], "", Decimal(row["total"])) for row in rows]


def _space(function_name: str) -> Callable[[], list[Row]]:
    def rows() -> list[Row]:
        if not apps.is_installed("space"):
            return []
        from space import indicators

        totals: dict[int, Decimal] = defaultdict(Decimal)
        found = []
        for row in getattr(indicators, function_name)():
            found.append((row["year"], row["kind"], Decimal(row["m2"] or 0)))
            totals[row["year"]] += Decimal(row["m2"] or 0)
        return found + [(year, "", total) for year, total in totals.items()]

    return rows


def _approved_subsidies():
    return Subsidy.objects.filter(status=ReviewStatus.APPROVED).only("funder_kind", "amount", "starts_on", "ends_on")


def subsidies_amount() -> list[Row]:
    """Return the approved subsidies' amounts per calendar year, spread by days, in total and by funder kind."""
    totals: dict[tuple[int, str], float] = defaultdict(float)
    for subsidy in _approved_subsidies():
        for year, amount in spread_over_years(float(subsidy.amount), subsidy.starts_on, subsidy.ends_on).items():
            totals[(year, "")] += amount
            totals[(year, subsidy.funder_kind)] += amount
    return [(year, category, Decimal(str(round(total, 2)))) for (year, category), total in sorted(totals.items())]


def subsidies_duration() -> list[Row]:
    """Return the average duration in months of the approved subsidies, per year they start."""
    months: dict[int, list[int]] = defaultdict(list)
    for subsidy in _approved_subsidies():
        months[subsidy.starts_on.year].append(subsidy.duration_months)
    return [(year, "", Decimal(str(round(sum(found) / len(found), 1)))) for year, found in sorted(months.items())]


def _survey(flag: str) -> Callable[[], list[Row]]:
    def rows() -> list[Row]:
        answers = (
            SurveyAnswer.objects.filter(
                question__kind=QuestionKind.SCALE, number__isnull=False, **{f"question__{flag}": True}
            )
            .values_list("question__survey__year", "response_id", "number")
            .order_by()
        )
        by_year: dict[int, list[int]] = defaultdict(list)
        responses: dict[int, set] = defaultdict(set)
        for year, response_id, number in answers:
            if number is None:
                continue
            by_year[year].append(number)
            responses[year].add(response_id)
        return [
            (year, "", Decimal(str(round(sum(numbers) / len(numbers), 2))))
            for year, numbers in sorted(by_year.items())
            if len(responses[year]) >= MINIMUM_GROUP
        ]

    return rows


SOURCES: dict[str, Callable[[], list[Row]]] = {
    "jobs": _monitor("total", "Kennispark", "jobs"),
    "establishments": _monitor("total", "Kennispark", "establishments"),
    "knowledge_intensive": _monitor("profile", "knowledge_intensive", "establishments"),
    "startups": _monitor("profile", "startup", "new_establishments"),
    "spinoffs": _monitor("profile", "spinoff", "new_establishments"),
    "events_held": _community("events_held"),
    "registrations": _community("registrations"),
    "attendees": attendees,
    "events_open_to_outside": _community("events_open_to_outside"),
    "leads_won": leads_won,
    "m2_offered": _space("m2_offered_per_kind_and_year"),
    "m2_let": _space("m2_let_per_kind_and_year"),
    "subsidies_amount": subsidies_amount,
    "subsidies_duration": subsidies_duration,
    "satisfaction_overall": _survey("counts_for_overall"),
    "satisfaction_accessibility": _survey("counts_for_accessibility"),
}
