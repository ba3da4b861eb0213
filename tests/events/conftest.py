import pytest

from tests.factories.establishments import EstablishmentFactory
from tests.factories.users import UserFactory


@pytest.fixture(autouse=True)
def _eager_celery():
    """Run the calendar's e-mail tasks in-process, so mailoutbox sees what the worker would send."""
    from celery.result import _set_task_join_will_block

    from kennispark.celery import app

    previous = app.conf.task_always_eager, app.conf.task_eager_propagates
    app.conf.task_always_eager, app.conf.task_eager_propagates = True, True
    yield
    app.conf.task_always_eager, app.conf.task_eager_propagates = previous
    # Eager tasks run at once in several threads (the concurrency test) can leave Celery's process-wide
    # "inside a task" flag set, and a later real worker test then may not wait for its result.
    _set_task_join_will_block(False)


@pytest.fixture
def establishment(db):
    return EstablishmentFactory(trade_name="Sensorlab Twente B.V.", contact_email="info@sensorlab.example")


@pytest.fixture
def representative(establishment):
    user = UserFactory(roles=["company"])
    establishment.representatives.add(user)
    return user


@pytest.fixture
def other_establishment(db):
    return EstablishmentFactory(trade_name="Andere Fotonica B.V.")


@pytest.fixture
def editor_permissions(db):
    """Grant the editor group this app's permissions again (a transactional test may have flushed them)."""
    from django.apps import apps

    from community.events.seeds import editors_grant

    editors_grant(apps)
