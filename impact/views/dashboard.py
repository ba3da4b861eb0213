"""The overall dashboard, the indicator pages, the comparison and the downloads; public ones read published figures."""

from decimal import Decimal

from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from kennispark import content_versions
from kennispark.response_cache import cache_public
from kennispark.roles import EDITOR, PARTNER, PROJECT_LEAD, user_has_role
from kennispark.tabular import CONTENT_TYPES, table_download
from monitoring.charts import Series, line_chart

from .. import selectors
from ..forms import ComparisonForm
from ..models import Indicator
from ..programme_summary import programme_line_summary

INTERNAL_ROLES = (EDITOR, PARTNER, PROJECT_LEAD)
AREAS = (content_versions.IMPACT, content_versions.MONITOR, content_versions.PROGRAMME, content_versions.STORIES)


def series_chart(series: selectors.IndicatorSeries):
    """Return the line chart of a series: measured values and, with a 2035 target, the required trajectory."""
    lines = [Series(_("Measured"), [(point.year, float(point.value)) for point in series.points])]
    target = series.indicator.target
    if target is not None:
        lines.append(
            Series(
                _("Required"),
                [
                    (year, round(target.required_value(year), 1))
                    for year in range(target.baseline_year, target.target_year + 1)
                ],
            )
        )
    return line_chart(
        slug=f"indicator-{series.indicator.code}",
        title=str(series.version.name),
        description=str(series.version.definition),
        unit="count",
        series=lines,
    )


@require_GET
@cache_public(*AREAS)
def dashboard(request):
    """Show the 2035 targets, every indicator's latest value and trend, the programme lines and the newest stories."""
    all_series = selectors.all_series()
    context = {
        "series_list": all_series,
        "targets": [series for series in all_series if series.indicator.target_id],
        "stories": selectors.latest_stories(),
        "is_internal": user_has_role(request.user, *INTERNAL_ROLES),
    }
    context["programme_lines"] = programme_line_summary(public_only=not context["is_internal"])
    if context["is_internal"]:
        context["waiting"] = selectors.review_queue().count()
    return render(request, "impact/dashboard.html", context)


@require_GET
@cache_public(*AREAS)
def indicator(request, code: str):
    """Show one indicator: chart and table, year-over-year change, target, definition, source and downloads."""
    try:
        found = selectors.indicator_get(code=code)
    except Indicator.DoesNotExist:
        raise Http404 from None
    series = selectors.indicator_series(indicator=found)
    context = {
        "series": series,
        "chart": series_chart(series) if series.points else None,
        "versions": list(found.versions.all()),
        "projects": selectors.indicator_projects(indicator=found),
        "stories": list(found.stories.filter(is_published=True)[:3]),
    }
    return render(request, "impact/indicator.html", context)


def _plain(value: Decimal | None) -> Decimal | int | None:
    """Return a whole amount as an integer, so 44,00 reads as 44 in a spreadsheet."""
    if value is not None and value == value.to_integral_value():
        return int(value)
    return value


@require_GET
def indicator_download(request, code: str, file_format: str):
    """Download an indicator's published series (totals and categories) as CSV or XLSX."""
    if file_format not in CONTENT_TYPES:
        raise Http404
    try:
        found = selectors.indicator_get(code=code)
    except Indicator.DoesNotExist:
        raise Http404 from None
    series = selectors.indicator_series(indicator=found)
    header = [
        _("Year"),
        _("Value"),
        _("Change on the year before"),
        _("Definition version"),
        _("Revision"),
        _("Source note"),
    ]
    rows = [
        [point.year, _plain(point.value), _plain(point.change), point.version, point.revision, point.source_note]
        for point in series.points
    ]
    for category in series.categories:
        for year, value in sorted(category["values"].items()):
            rows.append([year, _plain(value), None, None, None, category["code"]])
    return table_download(
        header=header,
        rows=rows,
        file_format=file_format,
        filename=f"kennispark-indicator-{found.code}",
        title=found.code,
        notes=[
            str(series.version.name),
            str(series.version.definition),
            _("Source: %(source)s") % {"source": series.version.source_organisation},
        ],
    )


@require_GET
@cache_public(*AREAS)
def comparison(request):
    """Put chosen indicators side by side, indexed to 100 in a base year."""
    all_series = selectors.all_series()
    choices = [(series.indicator.code, series.version.name) for series in all_series if series.points]
    form = ComparisonForm(request.GET or None, choices=choices)
    rows, chart, base_year = [], None, None
    if form.is_bound and form.is_valid():
        codes = form.cleaned_data["indicators"]
        years = sorted(
            {point.year for series in all_series if series.indicator.code in codes for point in series.points}
        )
        base_year = form.cleaned_data["base_year"] or (years[0] if years else None)
        if codes and base_year:
            rows = selectors.comparison(codes=codes, base_year=base_year)
            chart = line_chart(
                slug="comparison",
                title=_("Indicators indexed to %(year)s = 100") % {"year": base_year},
                description=_("Each indicator's value divided by its value in the base year, times 100."),
                unit="count",
                series=[Series(str(row["series"].version.name), row["points"]) for row in rows],
            )
    return render(
        request, "impact/comparison.html", {"form": form, "rows": rows, "chart": chart, "base_year": base_year}
    )
