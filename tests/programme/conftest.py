import pytest

from tests.factories.programme import ProjectFactory
from tests.factories.users import UserFactory


@pytest.fixture
def eager_celery():
    """Run tasks in-process, so their e-mails land in the test outbox (the task code itself is real)."""
    from kennispark.celery import app

    previous = app.conf.task_always_eager, app.conf.task_eager_propagates
    app.conf.update(task_always_eager=True, task_eager_propagates=True)
    yield app
    app.conf.task_always_eager, app.conf.task_eager_propagates = previous


@pytest.fixture
def lead(db):
    return UserFactory(roles=["project_lead"])


@pytest.fixture
def partner(db):
    return UserFactory(roles=["partner"])


@pytest.fixture
def own_project(lead):
    return ProjectFactory(leads=[lead])


@pytest.fixture
def other_project(db):
    return ProjectFactory(leads=[UserFactory(roles=["project_lead"])])
