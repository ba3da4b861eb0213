import pytest

from kennispark.tasks import ping

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


def test_task_runs_on_a_real_worker_through_the_configured_broker(celery_worker, settings):
    # given: a worker process consuming a private queue on the configured broker
    assert not getattr(settings, "CELERY_TASK_ALWAYS_EAGER", False)

    # when
    result = ping.delay("hallo Kennispark")

    # then: the answer comes from the worker, which used the same database
    answer = result.get(timeout=60)
    assert answer == {"payload": "hallo Kennispark", "database": _vendor(), "select_one": 1}
    assert result.successful()


def _vendor() -> str:
    from django.db import connection

    return connection.vendor
