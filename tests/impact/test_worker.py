"""The computed indicators are recomputed by the real worker when a source changes, and nightly by beat."""

import datetime
import time

import pytest
from django.apps import apps
from django.utils import timezone

from crm.models import LeadStage
from impact.models import IndicatorValue
from impact.seeds import NIGHTLY_TASK, nightly_schedule
from tests.factories.crm import LeadFactory

WAIT = 90


@pytest.mark.worker
def test_a_won_lead_is_counted_by_the_worker_without_anyone_asking(celery_worker, transactional_db):
    # given / when: a lead won in 2025 is saved (its commit queues the recomputation)
    LeadFactory(stage=LeadStage.WON, closed_at=timezone.make_aware(datetime.datetime(2025, 6, 1)))
    # then
    deadline = time.monotonic() + WAIT
    while not IndicatorValue.objects.filter(indicator__code="leads_won", year=2025).exists():
        assert time.monotonic() < deadline, "the worker did not recompute leads won"
        time.sleep(0.5)
    assert IndicatorValue.objects.get(indicator__code="leads_won", year=2025).value == 1


def test_the_recomputation_is_on_beats_nightly_schedule(db):
    # given
    task_model = apps.get_model("django_celery_beat", "PeriodicTask")
    # when
    nightly_schedule(apps)
    # then
    task = task_model.objects.get(task=NIGHTLY_TASK)
    assert task.enabled and (task.crontab.hour, task.crontab.minute) == ("3", "15")
