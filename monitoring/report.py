"""The public report assembled from the published snapshot: headline, charts, tables and shares."""

from typing import Any

from django.core.cache import cache
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _

from . import selectors
from .charts import Series, line_chart
from .downloads import table_notes
from .models import MonitorSnapshot, ReferenceArea
from .rounding import round_half_up, round_jobs
from .tables import TABLES, TABLES_BY_SLUG, Table, TableSpec, YearChoice, build_table, difference_label

SHARE_MEASURES = (
    ("establishments_pct", gettext_lazy("Establishments")),
    ("jobs_pct", gettext_lazy("Jobs")),
    ("added_value_pct", gettext_lazy("Added value")),
)
# A snapshot never changes, so its report only has to go when the sector and key-position names are edited.
REPORT_SECONDS = 24 * 60 * 60


def default_year_choice(years: list[int]) -> YearChoice:
    """Return the report's default comparison: first year, a middle year, the year before the last, and the last."""
    first, last = years[0], years[-1]
    middle = years[len(years) // 2]
    chosen = sorted({first, middle, last - 1 if last - 1 in years else last, last})
    return YearChoice(years=tuple(chosen), from_year=first, to_year=last)


def published_report(snapshot: MonitorSnapshot, choice: YearChoice) -> dict:
    """Return a snapshot's report for a choice of years in the active language, built once and then read."""
    key = _report_key(snapshot, choice, get_language())
    report = cache.get(key)
    if report is None:
        report = snapshot_report(snapshot, choice)
        cache.set(key, report, REPORT_SECONDS)
    return report


def _report_key(snapshot: MonitorSnapshot, choice: YearChoice, language: str) -> str:
    # The finish time guards against a database that hands out the id of a deleted snapshot again.
    finished = snapshot.finished_at.timestamp() if snapshot.finished_at else 0
    years = ",".join(str(year) for year in choice.years)
    return f"monitoring:report:{snapshot.pk}:{finished}:{language}:{choice.from_year}:{choice.to_year}:{years}"


def snapshot_report(snapshot: MonitorSnapshot, choice: YearChoice) -> dict:
    """Return everything the key-figures page shows, read from one snapshot in a fixed number of queries."""
    rows = list(selectors.snapshot_figures(snapshot))
    labels = selectors.category_labels()
    report: dict[str, Any] = {
        "headline": selectors.headline(rows, choice.to_year),
        "share_headline": _share_headline(snapshot, choice.to_year),
        "charts": _charts(snapshot, rows, choice),
        "tables": [build_table(spec, rows, choice, labels) for spec in TABLES],
        "shares_table": shares_table(snapshot, choice),
    }
    for table in [*report["tables"], report["shares_table"]]:
        table.notes = table_notes(table)
    return report


def report_table(snapshot: MonitorSnapshot, slug: str, choice: YearChoice) -> Table | None:
    """Return one table of the report by its slug (the shares table included), or None for an unknown slug."""
    if slug != "shares" and slug not in TABLES_BY_SLUG:
        return None
    report = published_report(snapshot, choice)
    return next(table for table in [*report["tables"], report["shares_table"]] if table.slug == slug)


def shares_table(snapshot: MonitorSnapshot, choice: YearChoice) -> Table:
    """Return the park's share of Enschede and Twente per measure for the chosen years, in percent."""
    spec = TableSpec("shares", _("Share of Kennispark in Enschede and Twente (%)"), "share", "pct", "shares")
    shares = {(row["area"], row["year"]): row for row in snapshot.shares}
    differences = [(choice.from_year, choice.to_year)]
    if choice.previous_year in choice.years and choice.previous_year != choice.from_year:
        differences.append((choice.previous_year, choice.to_year))
    columns = [str(year) for year in choice.years] + [difference_label(*pair) for pair in differences]
    table = Table(spec=spec, columns=columns, years=choice.years)
    for measure, label in SHARE_MEASURES:
        table.rows.append({"label": str(label), "values": [], "level": 0, "heading": True})
        for area in ReferenceArea:
            values = {year: shares.get((area.value, year), {}).get(measure) for year in choice.years}
            rounded = {year: round_half_up(value, 1) for year, value in values.items()}
            changes = [_point_change(rounded.get(start), rounded.get(end)) for start, end in differences]
            table.rows.append(
                {
                    "label": area.label,
                    "values": [rounded[year] for year in choice.years] + changes,
                    "level": 1,
                    "dimension": "share",
                    "category": area.value,
                    "measure": measure,
                }
            )
    return table


def _point_change(start, end):
    return None if start is None or end is None else end - start


def _share_headline(snapshot: MonitorSnapshot, year: int) -> dict | None:
    shares = {(row["area"], row["year"]): row for row in snapshot.shares}
    enschede = shares.get(("enschede", year))
    if not enschede or enschede.get("jobs_pct") is None:
        return None
    return {"jobs_pct_enschede": round_half_up(enschede["jobs_pct"], 1), "year": year}


def _charts(snapshot: MonitorSnapshot, rows: list[dict], choice: YearChoice) -> list:
    """Return the time-series charts over the chosen period."""
    totals = sorted(
        (row for row in rows if row["dimension"] == "total" and choice.from_year <= row["year"] <= choice.to_year),
        key=lambda row: row["year"],
    )
    period = f"{choice.from_year}–{choice.to_year}"
    charts = [
        line_chart(
            slug="establishments",
            title=_("Establishments on Kennispark, %(period)s") % {"period": period},
            description=_("Number of establishments per year."),
            unit="count",
            series=[Series(_("Establishments"), [(row["year"], row["establishments"]) for row in totals])],
        ),
        line_chart(
            slug="jobs",
            title=_("Jobs on Kennispark, %(period)s") % {"period": period},
            description=_("Number of jobs per year, rounded to tens."),
            unit="jobs",
            series=[Series(_("Jobs"), [(row["year"], round_jobs(row["jobs"])) for row in totals])],
        ),
        line_chart(
            slug="added-value",
            title=_("Added value of Kennispark, %(period)s (€ million)") % {"period": period},
            description=_("Added value per year in millions of euros at constant prices of 2021."),
            unit="meur",
            series=[
                Series(
                    _("Added value"),
                    [
                        (row["year"], float(round_half_up(row["added_value_meur"])))
                        for row in totals
                        if row["added_value_meur"] is not None
                    ],
                )
            ],
        ),
    ]
    share_series = []
    for measure, label in SHARE_MEASURES[:2]:
        for area in ReferenceArea:
            points = [
                (row["year"], round(row[measure], 1))
                for row in snapshot.shares
                if row["area"] == area.value
                and row.get(measure) is not None
                and choice.from_year <= row["year"] <= choice.to_year
            ]
            share_series.append(Series(f"{label} – {area.label}", sorted(points)))
    if any(series.points for series in share_series):
        charts.append(
            line_chart(
                slug="shares",
                title=_("Share of Kennispark in Enschede and Twente, %(period)s (%%)") % {"period": period},
                description=_("Kennispark's share of all establishments and jobs in Enschede and in Twente."),
                unit="pct",
                series=share_series,
            )
        )
    return charts
