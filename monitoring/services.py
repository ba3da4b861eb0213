"""Writes of the monitor: computing, recording and publishing snapshots."""

import datetime
import hashlib
import logging
import math
from decimal import Decimal
from typing import Any

import pandas as pd
from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation

from kennispark import content_versions
from kennispark.content_versions import content_version_bump
from kennispark.job_locks import job_is_held, job_lock
from kennispark.outbox import task_enqueue

from . import selectors, stats
from .models import MonitorFigure, MonitorSnapshot, SnapshotStatus
from .report import default_year_choice, published_report
from .tasks import TIME_LIMIT, compute_monitor_snapshot

logger = logging.getLogger(__name__)
# Completed snapshots kept besides the published one, so editors can compare; older ones are pruned.
KEPT_SNAPSHOTS = 10
MAX_ERROR_LENGTH = 4000
SNAPSHOT_LOCK = "monitoring.snapshot"
# A snapshot just created may not hold its lock yet; only older ones are judged.
STALE_GRACE = datetime.timedelta(minutes=1)


def snapshot_compute(*, trigger: str = "manual") -> MonitorSnapshot:
    """Compute the monitor from the register and publish it; a failed run is recorded and publishes nothing."""
    snapshot = MonitorSnapshot(started_at=timezone.now(), trigger=trigger[:40])
    snapshot.full_clean()
    snapshot.save()
    with job_lock(SNAPSHOT_LOCK, snapshot.pk):
        _snapshot_run(snapshot)
    snapshot.refresh_from_db()
    if snapshot.is_published and snapshot.years:
        _snapshot_report_prepare(snapshot)
    return snapshot


def _snapshot_run(snapshot: MonitorSnapshot) -> None:
    try:
        observations = selectors.observations_frame()
        references = selectors.reference_totals_frame()
        figures = stats.compute_figures(observations)
        growth = stats.compute_growth(figures)
        shares = stats.compute_shares(figures, references)
        figures = stats.compute_figure_shares(figures, references)
        fingerprint = _fingerprint(observations, references)
        _snapshot_publish(
            snapshot=snapshot,
            figures=figures,
            growth=growth,
            shares=shares,
            fingerprint=fingerprint,
            observation_count=len(observations),
        )
    except Exception as error:  # any failure must be recorded and leave the published snapshot alone
        logger.exception("Monitor snapshot %s failed", snapshot.pk)
        _snapshot_fail(snapshot=snapshot, error=error)


def _snapshot_publish(
    *,
    snapshot: MonitorSnapshot,
    figures: pd.DataFrame,
    growth: pd.DataFrame,
    shares: pd.DataFrame,
    fingerprint: str,
    observation_count: int,
) -> None:
    """Store the figures and publish the snapshot, unless a run that started later was published meanwhile."""
    with transaction.atomic():
        current = MonitorSnapshot.objects.select_for_update().filter(is_published=True).first()
        MonitorFigure.objects.bulk_create(_figure_objects(snapshot, figures), batch_size=2000)
        snapshot.status = SnapshotStatus.COMPLETED
        snapshot.finished_at = timezone.now()
        snapshot.fingerprint = fingerprint
        snapshot.observation_count = observation_count
        snapshot.years = sorted(int(year) for year in figures["year"].unique()) if not figures.empty else []
        snapshot.growth = _records(growth)
        snapshot.shares = _records(shares)
        snapshot.reference_sources = selectors.reference_sources()
        newer_is_published = current is not None and current.started_at > snapshot.started_at
        if current is not None and not newer_is_published:
            current.is_published = False
            current.save(update_fields=["is_published"])
        snapshot.is_published = not newer_is_published
        snapshot.full_clean()
        snapshot.save()
        _snapshots_prune(keep_from=snapshot)
        if snapshot.is_published:
            content_version_bump(area=content_versions.MONITOR)


def _snapshot_report_prepare(snapshot: MonitorSnapshot) -> None:
    """Build the default report of a published snapshot in every language, so that visitors only read it."""
    choice = default_year_choice(snapshot.years)
    try:
        for language, _name in settings.LANGUAGES:
            with translation.override(language):
                published_report(snapshot, choice)
    except Exception:  # the snapshot is published already; a page builds its report itself when this failed
        logger.exception("Preparing the report of monitor snapshot %s failed", snapshot.pk)


def _snapshot_fail(*, snapshot: MonitorSnapshot, error: Exception) -> None:
    """Record a failed run with its error."""
    message = f"{type(error).__name__}: {error}"[:MAX_ERROR_LENGTH]
    MonitorSnapshot.objects.filter(pk=snapshot.pk).update(
        status=SnapshotStatus.FAILED, finished_at=timezone.now(), error=message, is_published=False
    )


def _snapshots_prune(*, keep_from: MonitorSnapshot) -> None:
    """Delete completed, unpublished snapshots beyond the most recent few."""
    old = (
        MonitorSnapshot.objects.filter(status=SnapshotStatus.COMPLETED, is_published=False)
        .exclude(pk=keep_from.pk)
        .order_by("-started_at")
        .values_list("pk", flat=True)[KEPT_SNAPSHOTS:]
    )
    MonitorSnapshot.objects.filter(pk__in=list(old)).delete()


def _figure_objects(snapshot: MonitorSnapshot, figures: pd.DataFrame) -> list[MonitorFigure]:
    """Turn the figures frame into unsaved rows of the snapshot."""
    return [
        MonitorFigure(
            snapshot=snapshot,
            year=int(row.year),
            dimension=row.dimension,
            category=row.category,
            establishments=int(row.establishments),
            jobs=int(row.jobs),
            added_value_meur=_decimal(row.added_value_meur),
            largest_establishment_jobs=_integer(row.largest_establishment_jobs),
            new_establishments=_integer(row.new_establishments),
            **{column: _fraction(getattr(row, column)) for column in stats.SHARE_COLUMNS},
        )
        for row in figures.itertuples(index=False)
    ]


def _decimal(value: float | None) -> Decimal | None:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return Decimal(str(round(float(value), 4)))


def _fraction(value: float | None) -> float | None:
    if value is None or math.isnan(value):
        return None
    return round(float(value), 6)


def _integer(value: float | None) -> int | None:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return int(value)


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """Return a frame as JSON-ready records, NaN as None and floats rounded to 4 places."""
    records = []
    for record in frame.to_dict("records"):
        records.append(
            {
                key: None
                if isinstance(value, float) and math.isnan(value)
                else (
                    round(value, 4) if isinstance(value, float) else value.item() if hasattr(value, "item") else value
                )
                for key, value in record.items()
            }
        )
    return records


def _fingerprint(observations: pd.DataFrame, references: pd.DataFrame) -> str:
    """Return a hash of the register's content, equal for equal registers whatever the row order."""
    digest = hashlib.sha256()
    canonical = observations.sort_values(["establishment_id", "year"], ignore_index=True)
    canonical["key_positions"] = canonical["key_positions"].map("|".join)
    # Hashing the typed columns avoids turning every cell into a string; categories hash by their values.
    digest.update(pd.util.hash_pandas_object(canonical, index=False).to_numpy().tobytes())
    digest.update(
        pd.util.hash_pandas_object(references.sort_values(["area", "year"]).astype(str), index=False)
        .to_numpy()
        .tobytes()
    )
    return digest.hexdigest()


def snapshot_summary(snapshot: MonitorSnapshot) -> dict[str, Any]:
    """Return a short JSON-ready summary of a run, for the task result and the management command."""
    summary = {
        "snapshot_id": snapshot.pk,
        "status": snapshot.status,
        "published": snapshot.is_published,
        "years": snapshot.years,
        "observations": snapshot.observation_count,
        "duration_seconds": snapshot.duration_seconds,
        "error": snapshot.error,
    }
    if snapshot.status == SnapshotStatus.COMPLETED and snapshot.years:
        total = snapshot.figures.filter(dimension="total", year=max(snapshot.years)).first()
        if total is not None:
            summary["latest"] = {
                "year": total.year,
                "establishments": total.establishments,
                "jobs": total.jobs,
                "added_value_meur": float(total.added_value_meur) if total.added_value_meur is not None else None,
            }
    return summary


@transaction.atomic
def snapshot_request() -> None:
    """Queue a new monitor computation on the worker."""
    task_enqueue(compute_monitor_snapshot)


def stale_snapshots_reap(*, now: datetime.datetime | None = None, grace: datetime.timedelta = STALE_GRACE) -> int:
    """Fail the running snapshots whose worker died or ran out of time; the published one stays; return how many."""
    now = now or timezone.now()
    reaped = 0
    running = MonitorSnapshot.objects.filter(status=SnapshotStatus.RUNNING, started_at__lt=now - grace)
    for snapshot in running:
        overdue = snapshot.started_at < now - datetime.timedelta(seconds=TIME_LIMIT)
        if not overdue and job_is_held(SNAPSHOT_LOCK, snapshot.pk) is not False:
            continue  # still worked on, or no lock to tell (SQLite): wait for the time limit
        reaped += MonitorSnapshot.objects.filter(pk=snapshot.pk, status=SnapshotStatus.RUNNING).update(
            status=SnapshotStatus.FAILED,
            finished_at=now,
            error="The computation stopped: its worker ended unexpectedly or ran out of time.",
        )
    return reaped
