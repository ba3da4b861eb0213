import datetime

import pytest
from django.utils import timezone

from community.talent.models import VacancyStatus
from community.talent.tasks import expire_vacancies, send_alert_digests
from tests.factories.talent import VacancyFactory, VacancySubscriptionFactory

pytestmark = pytest.mark.worker

WAIT_SECONDS = 60


def test_beat_tasks_run_on_the_real_worker(celery_worker, transactional_db):
    # given: one overdue vacancy, one new vacancy and a confirmed alert that matches it
    overdue = VacancyFactory(closing_date=timezone.localdate() - datetime.timedelta(days=1))
    VacancyFactory(kind="internship", title_nl="Stage robotica")
    VacancySubscriptionFactory(filters={"kind": "internship"}, confirmed_at=timezone.now() - datetime.timedelta(days=1))

    # when
    expired = expire_vacancies.delay().get(timeout=WAIT_SECONDS)
    digests = send_alert_digests.delay().get(timeout=WAIT_SECONDS)

    # then
    assert (expired, digests) == (1, 1)
    overdue.refresh_from_db()
    assert overdue.status == VacancyStatus.EXPIRED
