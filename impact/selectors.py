"""Reads of impact: indicators with their published series, the dashboard rows, the review queue and stories."""

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Prefetch, Q, QuerySet
from django.utils import timezone

from .models import (
    Contribution,
    Direction,
    Indicator,
    IndicatorValue,
    IndicatorVersion,
    ReviewStatus,
    Source,
    Story,
    Subsidy,
)

ON_TRACK = "on_track"
BEHIND = "behind"
RISING = "rising"
FALLING = "falling"
STEADY = "steady"
NO_DATA = "no_data"


@dataclass
class Point:
    year: int
    value: Decimal
    version: int
    revision: int
    revision_reason: str
    source_note: str
    change: Decimal | None = None
    change_pct: float | None = None
    required: float | None = None
    is_break: bool = False


@dataclass
class IndicatorSeries:
    indicator: Indicator
    version: IndicatorVersion
    points: list[Point]
    categories: list[dict] = field(default_factory=list)

    @property
    def latest(self) -> Point | None:
        return self.points[-1] if self.points else None

    @property
    def previous(self) -> Point | None:
        return self.points[-2] if len(self.points) > 1 else None

    @property
    def trend(self) -> str:
        latest = self.latest
        if latest is None or latest.change is None:
            return NO_DATA
        if latest.change > 0:
            return RISING
        return FALLING if latest.change < 0 else STEADY

    @property
    def status(self) -> str:
        """Return on_track or behind against the 2035 trajectory, no_data without target or figure."""
        latest, target = self.latest, self.indicator.target
        if latest is None or target is None or latest.required is None:
            return NO_DATA
        if self.version.direction == Direction.DOWN:
            return ON_TRACK if float(latest.value) <= latest.required else BEHIND
        return ON_TRACK if float(latest.value) >= latest.required else BEHIND

    @property
    def is_revised(self) -> bool:
        return any(point.revision for point in self.points)


def _indicators() -> QuerySet[Indicator]:
    return Indicator.objects.select_related("target").prefetch_related(
        Prefetch("versions", queryset=IndicatorVersion.objects.order_by("number"))
    )


def indicator_get(*, code: str) -> Indicator:
    """Return an indicator with its versions and target; raise Indicator.DoesNotExist for an unknown code."""
    return _indicators().get(code=code)


def published_values(indicator_ids: list[int] | None = None) -> dict[int, list[IndicatorValue]]:
    """Return per indicator the latest approved revision of each yearly period and category, oldest year first."""
    values = IndicatorValue.objects.filter(status=ReviewStatus.APPROVED, quarter__isnull=True).select_related("version")
    if indicator_ids is not None:
        values = values.filter(indicator_id__in=indicator_ids)
    latest: dict[tuple[int, int, str], IndicatorValue] = {}
    for value in values.order_by("indicator_id", "year", "category", "revision"):
        latest[(value.indicator_id, value.year, value.category)] = value
    result: dict[int, list[IndicatorValue]] = defaultdict(list)
    for value in latest.values():
        result[value.indicator_id].append(value)
    return result


def _with_derived_totals(values: list[IndicatorValue]) -> list[IndicatorValue]:
    """Return the totals; a year with only a breakdown gets the sum of its categories as its total."""
    totals = {value.year: value for value in values if not value.category}
    parts: dict[int, list[IndicatorValue]] = defaultdict(list)
    for value in values:
        if value.category and value.year not in totals:
            parts[value.year].append(value)
    for year, found in parts.items():
        latest = max(found, key=lambda value: (value.revision, value.pk))
        totals[year] = IndicatorValue(
            indicator_id=latest.indicator_id,
            version=latest.version,
            year=year,
            value=sum((value.value for value in found), Decimal(0)),
            revision=max(value.revision for value in found),
            revision_reason="; ".join(value.revision_reason for value in found if value.revision_reason),
            source_note="; ".join(sorted({value.source_note for value in found if value.source_note})),
        )
    return list(totals.values())


def _series(indicator: Indicator, values: list[IndicatorValue]) -> IndicatorSeries:
    versions = list(indicator.versions.all())
    # Years still to come (subsidies spread over their term, events already planned) are no measurement yet.
    values = [value for value in values if value.year <= timezone.localdate().year]
    totals = sorted(_with_derived_totals(values), key=lambda value: value.year)
    points: list[Point] = []
    for value in totals:
        point = Point(
            year=value.year,
            value=value.value,
            version=value.version.number,
            revision=value.revision,
            revision_reason=value.revision_reason,
            source_note=value.source_note,
        )
        if indicator.target is not None and (indicator.target.is_rate or value.year >= indicator.target.baseline_year):
            point.required = round(indicator.target.required_value(value.year), 1)
        previous = points[-1] if points else None
        if previous is not None and previous.year == value.year - 1:
            point.is_break = previous.version != point.version
            if not point.is_break:
                point.change = point.value - previous.value
                if previous.value:
                    point.change_pct = round(float(point.change / previous.value) * 100, 1)
        points.append(point)
    names = {code: (name_nl, name_en) for code, name_nl, name_en in indicator.categories}
    by_category: dict[str, dict[int, Decimal]] = defaultdict(dict)
    for value in values:
        if value.category:
            by_category[value.category][value.year] = value.value
    categories = [
        {"code": code, "names": names.get(code, (code, code)), "values": by_category[code]}
        for code in [code for code, *_ in indicator.categories]
        if code in by_category
    ]
    return IndicatorSeries(indicator=indicator, version=versions[-1], points=points, categories=categories)


def indicator_series(*, indicator: Indicator) -> IndicatorSeries:
    """Return an indicator's published series with year-over-year changes, breaks, targets and categories."""
    return _series(indicator, published_values([indicator.pk]).get(indicator.pk, []))


def all_series() -> list[IndicatorSeries]:
    """Return every indicator's published series, in the dashboard's order (a fixed number of queries)."""
    indicators = list(_indicators())
    values = published_values()
    return [_series(indicator, values.get(indicator.pk, [])) for indicator in indicators]


def comparison(*, codes: list[str], base_year: int) -> list[dict]:
    """Return the chosen indicators' published totals indexed to 100 in the base year (None without a base)."""
    result = []
    for series in all_series():
        if series.indicator.code not in codes:
            continue
        values = {point.year: point.value for point in series.points}
        base = values.get(base_year)
        result.append(
            {
                "series": series,
                "points": [
                    (year, round(float(value / base) * 100, 1) if base else None)
                    for year, value in sorted(values.items())
                ],
            }
        )
    return result


def review_queue() -> QuerySet[IndicatorValue]:
    """Return the entered values that are not approved yet, or are revisions waiting, oldest first."""
    return (
        IndicatorValue.objects.filter(is_computed=False)
        .exclude(status=ReviewStatus.APPROVED)
        .select_related("indicator", "version", "entered_by")
        .order_by("created_at")
    )


def indicator_values_all(*, indicator: Indicator) -> QuerySet[IndicatorValue]:
    """Return every value and revision of an indicator, for editors (newest period first)."""
    return (
        IndicatorValue.objects.filter(indicator=indicator)
        .select_related("version", "entered_by", "reviewed_by")
        .order_by("-year", "quarter", "category", "-revision")
    )


def entered_indicators() -> QuerySet[Indicator]:
    """Return the indicators that editors type in or import."""
    return _indicators().filter(source=Source.ENTERED)


def subsidies_list() -> QuerySet[Subsidy]:
    """Return every subsidy with who entered and reviewed it."""
    return Subsidy.objects.select_related("entered_by", "reviewed_by")


def project_indicators(*, project_id: int) -> list[Indicator]:
    """Return the indicators a programme-board project moves."""
    return list(_indicators().filter(contributions__project_id=project_id).distinct())


def indicator_projects(*, indicator: Indicator) -> list[dict]:
    """Return the programme-board projects contributing to an indicator (name and link when the board is there)."""
    contributions = list(Contribution.objects.filter(indicator=indicator))
    if not contributions:
        return []
    from django.apps import apps

    projects = {}
    if apps.is_installed("programme"):
        project_model = apps.get_model("programme", "Project")
        projects = {
            project.pk: project
            for project in project_model.objects.filter(pk__in=[c.project_id for c in contributions])
        }
    return [
        {"contribution": contribution, "project": projects.get(contribution.project_id)}
        for contribution in contributions
        if not apps.is_installed("programme") or contribution.project_id in projects
    ]


def published_stories(*, filters: dict | None = None) -> QuerySet[Story]:
    """Return the published stories, newest first, filtered by establishment, indicator, project or year."""
    stories = Story.objects.filter(is_published=True).prefetch_related("indicators", "establishments")
    filters = filters or {}
    if filters.get("indicator"):
        stories = stories.filter(indicators__code=filters["indicator"])
    if filters.get("establishment"):
        stories = stories.filter(establishments__slug=filters["establishment"])
    if filters.get("project"):
        stories = stories.filter(projects__pk=filters["project"])
    if filters.get("year"):
        stories = stories.filter(published_on__year=filters["year"])
    if filters.get("q"):
        query = filters["q"]
        stories = stories.filter(
            Q(title_nl__icontains=query)
            | Q(title_en__icontains=query)
            | Q(summary_nl__icontains=query)
            | Q(summary_en__icontains=query)
        )
    return stories.distinct()


def story_get(*, slug: str, published_only: bool = True) -> Story:
    """Return a story by slug; unpublished ones only for editors."""
    stories = Story.objects.prefetch_related("indicators__versions", "establishments")
    if published_only:
        stories = stories.filter(is_published=True)
    return stories.get(slug=slug)


def stories_for_establishment(*, establishment_id: int) -> list[Story]:
    """Return the published stories about an establishment, for its directory page."""
    return list(
        Story.objects.filter(is_published=True, establishments__pk=establishment_id).order_by("-published_on")[:3]
    )


def stories_for_project(*, project_id: int) -> list[Story]:
    """Return the published stories linked to a programme-board project."""
    return list(Story.objects.filter(is_published=True, projects__pk=project_id).order_by("-published_on")[:3])


def latest_stories(*, limit: int = 3) -> list[Story]:
    """Return the newest published stories."""
    return list(Story.objects.filter(is_published=True).order_by("-published_on")[:limit])
