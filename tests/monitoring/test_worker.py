"""The computation through a real Celery worker process, the management command, and the nightly schedule."""

import io

import pytest
from django.apps import apps
from django.core.management import CommandError, call_command

from establishments.models import Establishment
from monitoring import selectors
from monitoring.models import MonitorSnapshot, SnapshotStatus, Target
from monitoring.seeds import nightly_schedule, targets_seed
from monitoring.tasks import compute_monitor_snapshot
from tests.monitoring.conftest import build_register

WAIT = 120


@pytest.mark.worker
def test_a_failed_run_on_the_worker_keeps_the_previous_snapshot_published(celery_worker, transactional_db):
    # given: a snapshot published by the worker
    register = build_register()
    published = compute_monitor_snapshot.delay().get(timeout=WAIT)
    assert published["status"] == "completed" and published["published"]
    # and a register the computation rejects (an unknown sub-area, which the database does not forbid)
    Establishment.objects.filter(pk=register["establishments"][0].pk).update(sub_area="elsewhere")

    # when
    failed = compute_monitor_snapshot.delay().get(timeout=WAIT)

    # then
    assert failed["status"] == "failed"
    assert "Unknown sub-areas: elsewhere" in failed["error"]
    assert selectors.published_snapshot().pk == published["snapshot_id"]
    assert MonitorSnapshot.objects.get(pk=failed["snapshot_id"]).status == SnapshotStatus.FAILED
    assert selectors.published_figures(year=2023, dimension="total")[0]["jobs"] == 3427

    # and the command reports the failure through the worker too
    with pytest.raises(CommandError, match="previous snapshot stays published"):
        call_command("compute_monitor", "--wait", "--timeout", str(WAIT), stdout=io.StringIO())

    # when the register is repaired, the command publishes a new snapshot and prints a summary
    Establishment.objects.filter(pk=register["establishments"][0].pk).update(sub_area="ut_campus")
    out = io.StringIO()
    call_command("compute_monitor", "--wait", "--timeout", str(WAIT), stdout=out)
    assert "completed, published: True" in out.getvalue()
    assert "2023: 5 establishments, 3427 jobs" in out.getvalue()
    assert selectors.published_snapshot().pk != published["snapshot_id"]


def test_the_command_without_wait_only_enqueues(db, settings):
    # given: tasks run in-process so the enqueued task is visible without a worker
    settings.CELERY_TASK_ALWAYS_EAGER = True
    from kennispark.celery import app

    app.conf.task_always_eager = True
    try:
        out = io.StringIO()
        call_command("compute_monitor", stdout=out)
    finally:
        app.conf.task_always_eager = False

    # then
    assert "Enqueued monitor computation" in out.getvalue()
    assert MonitorSnapshot.objects.filter(trigger="task").exists()


def test_the_task_is_acks_late_with_time_limits():
    assert compute_monitor_snapshot.acks_late is True
    assert compute_monitor_snapshot.time_limit and compute_monitor_snapshot.soft_time_limit


def test_migration_schedules_the_nightly_run_and_seeds_the_targets(db):
    # given
    from django_celery_beat.models import PeriodicTask

    # when
    nightly_schedule(apps)
    targets_seed(apps)

    # then
    task = PeriodicTask.objects.get(task="monitoring.tasks.compute_monitor_snapshot")
    assert task.enabled and task.crontab.hour == "2"
    targets = {target.indicator: target for target in Target.objects.all()}
    assert targets["jobs"].target_value == 16500 and targets["jobs"].target_year == 2035
    assert targets["establishments"].target_value == 700
    assert targets["knowledge_intensive"].target_value == 300
    assert targets["startups"].target_value == 20 and targets["startups"].is_rate
    assert targets["spinoffs"].target_value == 10
    assert targets["rd_branches"].target_value == 5
