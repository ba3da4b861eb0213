"""Reads of the monitor: the register as a frame for the computation, and the published snapshot for pages."""

import io
from collections import defaultdict

import pandas as pd
from django.db import connection
from django.db.models import Count, F, FloatField, Prefetch, QuerySet
from django.db.models.expressions import Combinable
from django.db.models.functions import Cast

from establishments.bci import bci_cluster_expression
from establishments.models import (
    Establishment,
    KeyPosition,
    ObservationSource,
    SbiDivision,
    Sector,
    YearlyObservation,
)

from . import stats
from .models import MonitorFigure, MonitorSnapshot, ReferenceTotal, SnapshotStatus, Target
from .rounding import round_half_up, round_jobs

ESTABLISHMENT_FIELDS: dict[str, Combinable] = {
    "establishment_id": F("id"),
    "sub_area": F("sub_area"),
    "base": F("sbi_division__base"),
    "sector": F("sbi_division__sector__slug"),
    "founded_on": F("founded_on"),
    "is_knowledge_intensive": F("is_knowledge_intensive"),
    "is_startup": F("is_startup"),
    "is_spinoff": F("is_spinoff"),
    "is_rd_branch": F("is_rd_branch"),
    "bci_cluster": bci_cluster_expression(),
}
FLAG_FIELDS = ("is_knowledge_intensive", "is_startup", "is_spinoff", "is_rd_branch")
FIGURE_FIELDS = (*stats.FIGURE_COLUMNS, *stats.SHARE_COLUMNS)


def observations_frame() -> pd.DataFrame:
    """Return the yearly observations of the years the register covers, with classification and key positions."""
    register_years = YearlyObservation.objects.filter(source=ObservationSource.REGISTER).values("year").distinct()
    observations = _frame(
        YearlyObservation.objects.filter(year__in=register_years)
        .order_by()
        .values_list("establishment_id", "year", "jobs", Cast("added_value_keur", FloatField())),
        ["establishment_id", "year", "jobs", "added_value_keur"],
    )
    establishments = _frame(
        Establishment.objects.order_by().values_list(*ESTABLISHMENT_FIELDS.values()), list(ESTABLISHMENT_FIELDS)
    )
    links = _frame(
        Establishment.key_positions.through.objects.order_by("keyposition__slug").values_list(
            "establishment_id", "keyposition__slug"
        ),
        ["establishment_id", "slug"],
    )
    lists = defaultdict(list)
    for establishment_id, slug in zip(links["establishment_id"], links["slug"], strict=True):
        lists[establishment_id].append(slug)
    establishments["founded_on"] = pd.to_datetime(establishments["founded_on"])
    establishments[list(FLAG_FIELDS)] = establishments[list(FLAG_FIELDS)].astype(bool)
    establishments["key_positions"] = [lists.get(pk, []) for pk in establishments["establishment_id"].tolist()]
    for column in ("sub_area", "base", "sector", "bci_cluster"):
        establishments[column] = establishments[column].astype("category")
    return observations.merge(establishments, on="establishment_id", how="inner", sort=False)


def _frame(rows: QuerySet, columns: list[str]) -> pd.DataFrame:
    """Return a query's rows as a frame, streamed with COPY on PostgreSQL (far cheaper than building row tuples)."""
    if connection.vendor != "postgresql":
        return pd.DataFrame.from_records(list(rows), columns=columns)
    sql, params = rows.query.sql_with_params()
    buffer = io.BytesIO()
    with connection.cursor() as cursor, cursor.cursor.copy(f"COPY ({sql}) TO STDOUT WITH (FORMAT csv)", params) as copy:
        while block := copy.read():
            buffer.write(block)
    buffer.seek(0)
    if not buffer.getbuffer().nbytes:
        return pd.DataFrame(columns=columns)
    # Only an empty field is NULL: a slug such as "null" or "na" stays text.
    return pd.read_csv(
        buffer,
        names=columns,
        header=None,
        true_values=["t"],
        false_values=["f"],
        keep_default_na=False,
        na_values=[""],
    )


def reference_totals_frame() -> pd.DataFrame:
    """Return the reference totals of Enschede and Twente per year, breakdown and category."""
    columns = ["area", "year", "dimension", "category", "establishments", "jobs", "added_value_meur"]
    rows = (
        ReferenceTotal.objects.order_by("area", "year", "dimension", "category")
        .annotate(added_value_float=Cast("added_value_meur", FloatField()))
        .values_list(*columns[:-1], "added_value_float")
    )
    return pd.DataFrame.from_records(list(rows), columns=columns)


def reference_total_overview() -> list[dict]:
    """Return per area and year how many totals of each breakdown exist, newest year first, for the import page."""
    rows = (
        ReferenceTotal.objects.order_by("-year", "area").values("year", "area", "dimension").annotate(count=Count("id"))
    )
    overview: dict[tuple[int, str], dict] = {}
    for row in rows:
        entry = overview.setdefault((row["year"], row["area"]), {"year": row["year"], "area": row["area"]})
        entry[row["dimension"]] = row["count"]
    return list(overview.values())


def reference_sources() -> list[dict]:
    """Return the distinct sources of the reference totals with the years each covers, e.g. '2009, 2014–2015'."""
    years = defaultdict(list)
    totals = ReferenceTotal.objects.order_by("area", "year").values_list("area", "year", "source").distinct()
    for area, year, source in totals:
        years[(area, source)].append(year)
    return [
        {"area": area, "source": source, "years": _year_ranges(found)}
        for (area, source), found in sorted(years.items())
    ]


def _year_ranges(years: list[int]) -> str:
    ranges: list[list[int]] = []
    for year in sorted(years):
        if ranges and year == ranges[-1][1] + 1:
            ranges[-1][1] = year
        else:
            ranges.append([year, year])
    return ", ".join(str(start) if start == end else f"{start}–{end}" for start, end in ranges)


def published_snapshot() -> MonitorSnapshot | None:
    """Return the published snapshot, or None before the first completed computation."""
    return MonitorSnapshot.objects.filter(is_published=True).first()


def snapshot_figures(snapshot: MonitorSnapshot, *, year=None, dimension=None, category=None) -> QuerySet:
    """Return a snapshot's figure rows as dicts, optionally filtered."""
    figures = MonitorFigure.objects.filter(snapshot=snapshot)
    return _figure_rows(figures, year=year, dimension=dimension, category=category)


def _figure_rows(figures: QuerySet, *, year, dimension, category) -> QuerySet:
    filters = {"year": year, "dimension": dimension, "category": category}
    figures = figures.filter(**{name: value for name, value in filters.items() if value is not None})
    return figures.order_by("dimension", "category", "year").values(*FIGURE_FIELDS)


def published_figures(year=None, dimension=None, category=None) -> list[dict]:
    """Return the published snapshot's rows (year, dimension, category, establishments, jobs, added_value_meur)."""
    figures = MonitorFigure.objects.filter(snapshot__is_published=True)
    rows = list(_figure_rows(figures, year=year, dimension=dimension, category=category))
    for row in rows:
        if row["added_value_meur"] is not None:
            row["added_value_meur"] = float(row["added_value_meur"])
    return rows


def headline(rows: list[dict], year: int) -> dict | None:
    """Return the total figures of a year with the change against the year before, jobs rounded to tens."""
    totals = {row["year"]: row for row in rows if row["dimension"] == "total"}
    current = totals.get(year)
    if current is None:
        return None
    previous = totals.get(year - 1)
    jobs = round_jobs(current["jobs"])
    added_value = current["added_value_meur"]
    result = {
        "year": year,
        "previous_year": year - 1 if previous else None,
        "establishments": current["establishments"],
        "jobs": jobs,
        "added_value_meur": round_half_up(added_value) if added_value is not None else None,
        "establishments_change": None,
        "jobs_change": None,
        "added_value_change": None,
    }
    if previous:
        result["establishments_change"] = current["establishments"] - previous["establishments"]
        result["jobs_change"] = jobs - round_jobs(previous["jobs"])
        if added_value is not None and previous["added_value_meur"] is not None:
            result["added_value_change"] = round_half_up(added_value - previous["added_value_meur"], 1)
    return result


def home_key_figures() -> dict | None:
    """Return the latest year's headline figures of the published snapshot, or None when there is none."""
    snapshot = published_snapshot()
    if snapshot is None or not snapshot.years:
        return None
    rows = list(snapshot_figures(snapshot, dimension="total"))
    figures = headline(rows, max(snapshot.years))
    if figures is None:
        return None
    return {**figures, "computed_at": snapshot.finished_at}


def failed_runs_since_published(snapshot: MonitorSnapshot | None) -> list[MonitorSnapshot]:
    """Return the failed runs after the published snapshot (all failed runs when none is published), newest first."""
    failed = MonitorSnapshot.objects.filter(status=SnapshotStatus.FAILED)
    if snapshot is not None:
        failed = failed.filter(started_at__gt=snapshot.started_at)
    return list(failed.only("id", "started_at", "finished_at", "error", "status")[:5])


def category_labels() -> dict[str, dict[str, str]]:
    """Return the display names of sector and key-position slugs in the active language, in their order."""
    return {
        "sector": {sector.slug: sector.name for sector in Sector.objects.only("slug", "name_nl", "name_en")},
        "key_position": {
            position.slug: position.name for position in KeyPosition.objects.only("slug", "name_nl", "name_en")
        },
    }


def sectors_with_divisions() -> list[Sector]:
    """Return the sectors with their SBI divisions, for the definitions page."""
    return list(Sector.objects.prefetch_related(Prefetch("divisions", queryset=SbiDivision.objects.order_by("code"))))


def targets() -> list[Target]:
    """Return the 2035 targets in their order."""
    return list(Target.objects.all())
