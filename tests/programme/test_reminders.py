"""Reminders: one e-mail per lead per due (and per overdue) update, however often beat runs; the editors' digest."""

import datetime

import pytest
from django.core import mail

from programme import emails, services
from programme.models import DigestDelivery, ReminderDelivery, Status
from programme.quarters import Quarter
from tests.factories.programme import ProgressUpdateFactory, ProjectFactory
from tests.factories.users import UserFactory

pytestmark = pytest.mark.django_db

QUARTER = Quarter(2025, 2)
TEN_DAYS_BEFORE_END = QUARTER.last_day - datetime.timedelta(days=10)
AFTER_END = QUARTER.next().first_day + datetime.timedelta(days=3)


@pytest.fixture
def leads():
    return [UserFactory(roles=["project_lead"]), UserFactory(roles=["project_lead"])]


def test_a_due_update_reminds_each_lead_once_even_when_beat_runs_twice(leads, mailoutbox):
    # given: a project with two leads and no update for the quarter; another already updated
    project = ProjectFactory(leads=leads, start_quarter=QUARTER.code, end_quarter=20254)
    updated = ProjectFactory(leads=[UserFactory(roles=["project_lead"])], start_quarter=QUARTER.code, end_quarter=20254)
    ProgressUpdateFactory(project=updated, quarter=QUARTER.code)
    ProjectFactory(leads=[UserFactory(roles=["project_lead"])], start_quarter=20253, end_quarter=20254)  # not started

    # when
    first = emails.update_reminders_send(today=TEN_DAYS_BEFORE_END)
    second = emails.update_reminders_send(today=TEN_DAYS_BEFORE_END)

    # then
    assert (first, second) == (2, 0)
    assert sorted(message.to[0] for message in mailoutbox) == sorted(lead.email for lead in leads)
    assert all(project.name_nl in message.body for message in mailoutbox)
    assert all("/update/" in message.body for message in mailoutbox)
    assert set(ReminderDelivery.objects.values_list("kind", flat=True)) == {"due"}


def test_an_overdue_update_reminds_once_more_and_a_submitted_one_stops_the_reminders(leads, mailoutbox):
    # given
    project = ProjectFactory(leads=leads[:1], start_quarter=QUARTER.code, end_quarter=20254)
    emails.update_reminders_send(today=TEN_DAYS_BEFORE_END)

    # when: the quarter ended without an update, beat runs twice; then the lead writes it
    overdue = [emails.update_reminders_send(today=AFTER_END) for _ in range(2)]
    services.progress_update_submit(
        project=project, author=leads[0], quarter=QUARTER.code, status=Status.ON_TRACK, summary="x", percent_done=5
    )
    after = emails.update_reminders_send(today=AFTER_END + datetime.timedelta(days=1))

    # then
    assert overdue == [1, 0]
    assert after == 0
    assert len(mailoutbox) == 2
    assert "overdue" in mailoutbox[1].subject.lower() or "te laat" in mailoutbox[1].subject.lower()


def test_the_editors_digest_lists_projects_that_turned_at_risk_and_missing_updates(settings, lead, mailoutbox):
    # given
    turned = ProjectFactory(leads=[lead], name_nl="Project dat kantelt", start_quarter=QUARTER.code, end_quarter=20254)
    ProgressUpdateFactory(project=turned, quarter=20251, status=Status.ON_TRACK, author=lead)
    ProgressUpdateFactory(project=turned, quarter=QUARTER.code, status=Status.AT_RISK, reason="r", path_to_green="p",
                          author=lead)  # fmt: skip
    ProjectFactory(name_nl="Project zonder update", start_quarter=QUARTER.code, end_quarter=20254)

    # when
    sent = [emails.editors_digest_send(today=AFTER_END) for _ in range(2)]

    # then
    assert sent == [True, False]
    assert len(mailoutbox) == 1 and mailoutbox[0].to == [settings.EDITORS_EMAIL]
    assert "Project dat kantelt" in mailoutbox[0].body
    assert "Project zonder update" in mailoutbox[0].body
    assert DigestDelivery.objects.count() == 1


@pytest.mark.worker
def test_the_reminder_task_runs_on_a_real_worker_and_is_idempotent(transactional_db, celery_worker):
    # given: an update overdue now (the task reads today's date): a project running last quarter without one
    from programme.tasks import send_update_reminders

    last = Quarter.of(datetime.date.today()).previous()
    leads = [UserFactory(roles=["project_lead"]), UserFactory(roles=["project_lead"])]
    project = ProjectFactory(leads=leads, start_quarter=last.code, end_quarter=last.next().code)
    updated = ProjectFactory(leads=[UserFactory(roles=["project_lead"])], start_quarter=last.code,
                             end_quarter=last.code)  # fmt: skip
    ProgressUpdateFactory(project=updated, quarter=last.code)

    # when: beat runs twice
    first = send_update_reminders.delay().get(timeout=60)
    second = send_update_reminders.delay().get(timeout=60)

    # then (the worker is another process: its e-mails are not in this outbox, its delivery rows are in the database)
    assert first["reminders"] == 2 and second["reminders"] == 0
    deliveries = ReminderDelivery.objects.filter(project=project)
    assert sorted(deliveries.values_list("user_id", flat=True)) == sorted(lead.pk for lead in leads)
    assert not ReminderDelivery.objects.filter(project=updated).exists()
    assert len(mail.outbox) == 0


def test_the_reminders_are_on_beats_schedule():
    from django_celery_beat.models import PeriodicTask

    task = PeriodicTask.objects.get(task="programme.tasks.send_update_reminders")
    assert task.enabled and task.crontab.hour == "8"
