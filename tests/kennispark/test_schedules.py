"""One way for data migrations to put periodic tasks on beat's schedule."""

import pytest
from django.apps import apps
from django_celery_beat.models import CrontabSchedule, IntervalSchedule, PeriodicTask

from kennispark.schedules import periodic_task_schedule, periodic_task_unschedule

pytestmark = pytest.mark.django_db


def test_scheduling_twice_keeps_one_task_and_shares_the_timing():
    # given
    periodic_task_schedule(apps, name="a", task="kennispark.tasks.ping", cron="15 4 *")

    # when
    periodic_task_schedule(apps, name="a", task="kennispark.tasks.ping", cron="15 4 *")
    periodic_task_schedule(apps, name="b", task="kennispark.tasks.ping", cron="15 4 *")

    # then
    tasks = PeriodicTask.objects.filter(name__in=["a", "b"])
    assert tasks.count() == 2
    assert {task.crontab_id for task in tasks} == {CrontabSchedule.objects.get(minute="15", hour="4").pk}
    assert str(tasks[0].crontab.timezone) == "Europe/Amsterdam"


def test_an_interval_task_replaces_its_crontab_and_unscheduling_removes_it():
    # given
    periodic_task_schedule(apps, name="a", task="kennispark.tasks.ping", cron="0 1 *")

    # when
    periodic_task_schedule(apps, name="a", task="kennispark.tasks.ping", every_minutes=7)

    # then
    task = PeriodicTask.objects.get(name="a")
    assert (task.crontab, task.interval) == (None, IntervalSchedule.objects.get(every=7, period="minutes"))
    periodic_task_unschedule(apps, "a")
    assert not PeriodicTask.objects.filter(name="a").exists()


def test_a_schedule_needs_a_timing():
    with pytest.raises(ValueError, match="cron or every_minutes"):
        periodic_task_schedule(apps, name="a", task="kennispark.tasks.ping")
