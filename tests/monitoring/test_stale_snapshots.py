"""A snapshot whose worker died is failed by the reaper; the published snapshot stays published."""

import datetime

import pytest
from django.db import connection, connections
from django.utils import timezone

from kennispark.job_locks import _keys
from monitoring.models import MonitorSnapshot, SnapshotStatus
from monitoring.services import SNAPSHOT_LOCK, stale_snapshots_reap

LATER = datetime.timedelta(minutes=2)


def _snapshot(**fields) -> MonitorSnapshot:
    return MonitorSnapshot.objects.create(started_at=timezone.now() - datetime.timedelta(minutes=5), **fields)


@pytest.mark.django_db(transaction=True)
def test_a_snapshot_left_running_by_a_dead_worker_is_failed_and_the_published_one_stays():
    # given: a published snapshot and one a killed worker left running (nobody holds its lock)
    published = _snapshot(status=SnapshotStatus.COMPLETED, is_published=True, finished_at=timezone.now())
    orphan = _snapshot()

    # when
    reaped = stale_snapshots_reap()

    # then
    orphan.refresh_from_db()
    published.refresh_from_db()
    assert reaped == 1
    assert orphan.status == SnapshotStatus.FAILED
    assert "worker" in orphan.error
    assert orphan.finished_at is not None
    assert (published.status, published.is_published) == (SnapshotStatus.COMPLETED, True)


@pytest.mark.django_db(transaction=True)
def test_a_snapshot_still_being_computed_is_left_alone():
    # given: a running snapshot whose worker holds its lock
    if connection.vendor != "postgresql":
        pytest.skip("advisory locks are PostgreSQL's")
    running = _snapshot()
    worker_session = connections.create_connection("default")
    try:
        with worker_session.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_lock(%s, %s)", _keys(SNAPSHOT_LOCK, running.pk))

        # when
        reaped = stale_snapshots_reap()

        # then
        running.refresh_from_db()
        assert (reaped, running.status) == (0, SnapshotStatus.RUNNING)
    finally:
        worker_session.close()


@pytest.mark.django_db
def test_a_snapshot_running_past_its_time_limit_is_failed_whoever_holds_it():
    # given
    overdue = MonitorSnapshot.objects.create(started_at=timezone.now() - datetime.timedelta(hours=1))

    # when
    reaped = stale_snapshots_reap()

    # then
    overdue.refresh_from_db()
    assert (reaped, overdue.status) == (1, SnapshotStatus.FAILED)
