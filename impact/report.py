"""The yearly impact report: the published figures of a year as PDF (with charts) and as XLSX (every figure)."""

from django.utils import timezone
from django.utils.translation import gettext as _

from kennispark.tabular import xlsx_bytes

from . import selectors
from .programme_summary import programme_line_summary


def report_context(*, year: int) -> dict:
    """Return what the report shows: targets, every indicator up to the year, programme progress, selected stories."""
    from .views.dashboard import series_chart

    all_series = selectors.all_series()
    indicators = []
    for series in all_series:
        points = [point for point in series.points if point.year <= year]
        series.points = points
        indicators.append(
            {
                "series": series,
                "chart": series_chart(series) if points else None,
                "latest": points[-1] if points else None,
            }
        )
    stories = [
        story for story in selectors.latest_stories(limit=50) if story.in_report and story.published_on.year == year
    ]
    return {
        "title": _("Impact report %(year)s") % {"year": year},
        "year": year,
        "generated_at": timezone.now(),
        "indicators": indicators,
        "targets": [item for item, series in zip(indicators, all_series, strict=True) if series.indicator.target_id],
        "programme_lines": programme_line_summary(public_only=False),
        "stories": stories,
    }


def report_xlsx(*, year: int) -> bytes:
    """Return every published figure up to the year, categories included, as one XLSX sheet."""
    rows = []
    values = selectors.published_values()
    for series in selectors.all_series():
        for value in sorted(values.get(series.indicator.pk, []), key=lambda item: (item.year, item.category)):
            if value.year > year:
                continue
            rows.append(
                [
                    series.indicator.code,
                    str(series.version.name),
                    value.year,
                    value.category,
                    value.value,
                    series.version.get_unit_display(),
                    value.version.number,
                    value.revision,
                    series.version.source_organisation,
                ]
            )
    header = [
        _("Code"),
        _("Indicator"),
        _("Year"),
        _("Category"),
        _("Value"),
        _("Unit"),
        _("Definition version"),
        _("Revision"),
        _("Source"),
    ]
    notes = [_("Impact report %(year)s, Kennispark Twente: approved figures only.") % {"year": year}]
    return xlsx_bytes(header=header, rows=rows, title=f"impact-{year}", notes=notes)
