"""Celery tasks of the monitor: thin adapters around the snapshot service."""

from celery import shared_task

# The whole snapshot takes well under a minute on the full register; the limits only stop a hung run.
SOFT_TIME_LIMIT = 9 * 60
TIME_LIMIT = 10 * 60


@shared_task(
    name="monitoring.tasks.compute_monitor_snapshot",
    acks_late=True,
    soft_time_limit=SOFT_TIME_LIMIT,
    time_limit=TIME_LIMIT,
)
def compute_monitor_snapshot() -> dict:
    """Compute and publish the monitor snapshot from the register; safe to run any number of times."""
    from .services import snapshot_compute, snapshot_summary

    return snapshot_summary(snapshot_compute(trigger="task"))


@shared_task(name="monitoring.tasks.stale_snapshots_reap", acks_late=True, time_limit=120, soft_time_limit=100)
def stale_snapshots_reap() -> int:
    """Fail the snapshots whose worker died, leaving the published one published (run every five minutes by beat)."""
    from .services import stale_snapshots_reap as reap

    return reap()
