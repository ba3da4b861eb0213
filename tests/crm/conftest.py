import pytest


@pytest.fixture
def eager_celery():
    """Run tasks in-process, so their e-mails land in the test outbox (the task code itself is real)."""
    from kennispark.celery import app

    previous = {
        "task_always_eager": app.conf.task_always_eager,
        "task_eager_propagates": app.conf.task_eager_propagates,
    }
    app.conf.update(task_always_eager=True, task_eager_propagates=True)
    yield app
    app.conf.update(**previous)


@pytest.fixture
def crm_objects(db, acquisition_user):
    """Return one of each CRM object, for the access tests."""
    from tests.factories.crm import ActivityFactory, ContactFactory, FollowUpFactory, HousingNeedFactory, LeadFactory

    lead = LeadFactory(owner=acquisition_user)
    return {
        "lead": lead,
        "contact": ContactFactory(lead=lead),
        "activity": ActivityFactory(lead=lead),
        "follow_up": FollowUpFactory(lead=lead, assignee=acquisition_user),
        "housing_need": HousingNeedFactory(lead=lead),
    }
