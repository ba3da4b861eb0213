import pytest

from tests.factories.establishments import KeyPositionFactory, SbiDivisionFactory, SbiSectionFactory, SectorFactory


@pytest.fixture
def eager_celery():
    """Run tasks in-process, so the invitation e-mails land in the test outbox (the task code itself is real)."""
    from kennispark.celery import app

    previous = app.conf.task_always_eager, app.conf.task_eager_propagates
    app.conf.update(task_always_eager=True, task_eager_propagates=True)
    yield app
    app.conf.task_always_eager, app.conf.task_eager_propagates = previous


@pytest.fixture
def reference(db):
    """Create the SBI divisions and key positions the register tests refer to."""
    industry = SectorFactory(slug="industrie", name_nl="Industrie", name_en="Manufacturing")
    section_c = SbiSectionFactory(code="C", name_nl="Industrie", name_en="Manufacturing")
    return {
        "research": SbiDivisionFactory(code="72"),
        "it": SbiDivisionFactory(code="62", name_nl="Informatietechnologie", name_en="IT services"),
        "instruments": SbiDivisionFactory(code="26", section=section_c, sector=industry, name_nl="Elektronica"),
        "medtech": KeyPositionFactory(slug="medtech", name_nl="MedTech", name_en="MedTech"),
        "robotics": KeyPositionFactory(slug="robotics", name_nl="Robotica", name_en="Robotics"),
    }
