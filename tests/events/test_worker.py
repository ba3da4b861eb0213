import datetime

import pytest
from django.utils import timezone

from community.events.models import Registration
from community.events.tasks import purge_attendee_personal_data
from tests.factories.events import EventFactory, RegistrationFactory


@pytest.mark.worker
@pytest.mark.django_db(transaction=True)
def test_purge_task_runs_on_a_real_worker(celery_worker):
    # given
    from kennispark.celery import app

    app.conf.task_always_eager = False  # this test wants the real worker, not the in-process shortcut
    long_ago = timezone.now() - datetime.timedelta(days=90)
    event = EventFactory(starts_at=long_ago, ends_at=long_ago + datetime.timedelta(hours=2))
    RegistrationFactory.create_batch(3, event=event, background="park_company")

    # when
    purged = purge_attendee_personal_data.delay().get(timeout=60)

    # then
    assert purged == 3
    assert set(Registration.objects.values_list("name", "email", "background")) == {("", "", "park_company")}
