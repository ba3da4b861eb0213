import pytest
from django.core.cache import cache


@pytest.fixture
def eager_celery():
    """Run tasks in-process, so their e-mails land in the test outbox (the task code itself is real)."""
    from kennispark.celery import app

    previous = app.conf.task_always_eager, app.conf.task_eager_propagates
    app.conf.update(task_always_eager=True, task_eager_propagates=True)
    yield app
    app.conf.task_always_eager, app.conf.task_eager_propagates = previous


@pytest.fixture(autouse=True)
def _fresh_rate_limit():
    cache.clear()


@pytest.fixture
def owner(db):
    from tests.factories.users import UserFactory

    return UserFactory(roles=["property_owner"])
