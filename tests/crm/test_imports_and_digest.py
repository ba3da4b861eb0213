"""Lead import (all-or-nothing, errors with line and column) and the daily follow-up digest."""

import datetime
import io
import time

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import Workbook

from crm.emails import follow_up_digests_send
from crm.models import Lead, LeadSource, LeadStage
from tests.factories.crm import FollowUpFactory, LeadFactory, LostReasonFactory
from tests.factories.establishments import KeyPositionFactory
from tests.factories.users import UserFactory
from tests.fixtures.spreadsheets import xlsx_bomb

HEADER = "name;kvk_number;website;type;source;owner;expected_jobs;stage;key_positions;created_on;lost_reason\n"


def _upload(client, content: bytes, name="leads.csv"):
    return client.post(reverse("crm:import"), {"file": SimpleUploadedFile(name, content)})


def test_import_with_any_error_writes_nothing_and_lists_every_error(client, acquisition_user):
    # given
    client.force_login(acquisition_user)
    content = (
        HEADER
        + "Goede Lead;12345678;goed.example;start-up;Novel-T;;5;new;;2024-02-01;\n"
        + "Foute Lead;1234;goed.example;raket;Novel-T;;-3;;;;\n"
        + "Verloren;;;sme;event;;1;lost;;;\n"
    ).encode()

    # when
    response = _upload(client, content)

    # then
    assert response.status_code == 400
    errors = {(e.line, e.column) for e in response.context["errors"]}
    assert errors == {(3, "kvk_number"), (3, "type"), (3, "expected_jobs"), (4, "lost_reason")}
    assert not Lead.objects.exists()


def test_import_csv_and_xlsx_create_leads(client, acquisition_user):
    # given
    client.force_login(acquisition_user)
    position = KeyPositionFactory(slug="import-test", name_nl="Importpositie", name_en="Import position")
    LostReasonFactory(name_nl="Te duur", name_en="Too expensive")
    csv_content = (HEADER + f"Alpha B.V.;12345678;alpha.example;start-up;Novel-T;{acquisition_user.username};5;"
                   "Contacted;Import position;2024-02-01;\n").encode()  # fmt: skip
    workbook = Workbook()
    workbook.active.append(HEADER.strip().split(";"))
    workbook.active.append(
        ["Beta", "", "", "sme", "event", "", 2, "lost", "", datetime.date(2024, 3, 1), "Too expensive"]
    )
    buffer = io.BytesIO()
    workbook.save(buffer)

    # when
    first = _upload(client, csv_content)
    second = _upload(client, buffer.getvalue(), name="leads.xlsx")

    # then
    assert (first.status_code, second.status_code) == (302, 302)
    alpha, beta = Lead.objects.get(name="Alpha B.V."), Lead.objects.get(name="Beta")
    assert (alpha.stage, alpha.source, alpha.owner, alpha.website) == (
        LeadStage.CONTACTED, LeadSource.NOVEL_T, acquisition_user, "https://alpha.example",
    )  # fmt: skip
    assert list(alpha.key_positions.all()) == [position]
    assert alpha.created_at.date() == datetime.date(2024, 2, 1)
    assert (beta.stage, beta.lost_reason.name_en) == (LeadStage.LOST, "Too expensive")


def test_a_windows_1252_file_reports_errors_on_the_lines_a_spreadsheet_shows(client, acquisition_user):
    # given: Dutch Excel's semicolon CSV in Windows-1252, with an empty line between the leads
    client.force_login(acquisition_user)
    content = (HEADER + "Café Zoë;;;sme;event;;1;;;;\n;;;;;;;;;;\nFoute Lead;;;raket;event;;1;;;;\n").encode("cp1252")

    # when
    response = _upload(client, content)

    # then
    assert response.status_code == 400
    assert [(e.line, e.column) for e in response.context["errors"]] == [(4, "type")]


def test_an_xlsx_bomb_is_refused_with_a_clear_message_before_parsing(client, acquisition_user):
    # given: 100 KB that unpacks to 100 MB
    client.force_login(acquisition_user)
    bomb = xlsx_bomb(HEADER.strip().split(";"))

    # when
    started = time.monotonic()
    response = _upload(client, bomb, name="leads.xlsx")

    # then
    assert time.monotonic() - started < 2
    assert response.status_code == 400
    [error] = response.context["errors"]
    assert "60,0\xa0MB" in error.message
    assert not Lead.objects.exists()


def test_digest_lists_overdue_and_due_follow_ups_per_assignee(db, mailoutbox):
    # given
    today = datetime.date(2025, 5, 12)
    anna, bert = UserFactory(first_name="Anna"), UserFactory(first_name="Bert")
    lead = LeadFactory(name="Photonflow")
    FollowUpFactory(lead=lead, assignee=anna, due_on=today - datetime.timedelta(days=3), text="Offerte nasturen")
    FollowUpFactory(lead=lead, assignee=anna, due_on=today, text="Rondleiding bevestigen")
    FollowUpFactory(lead=lead, assignee=anna, due_on=today + datetime.timedelta(days=1), text="Later werk")
    FollowUpFactory(
        lead=lead, assignee=anna, due_on=today, text="Al gedaan", done_at=datetime.datetime.now(datetime.UTC)
    )
    FollowUpFactory(lead=lead, assignee=bert, due_on=today, text="Bellen")

    # when
    sent = follow_up_digests_send(today=today)

    # then
    assert sent == 2
    mail = {message.to[0]: message for message in mailoutbox}
    body = mail[anna.email].body
    assert "Offerte nasturen" in body and "Rondleiding bevestigen" in body
    assert "Later werk" not in body and "Al gedaan" not in body
    assert body.index("Offerte nasturen") < body.index("Rondleiding bevestigen")
    assert f"/crm/leads/{lead.pk}/" in body
    assert mail[anna.email].subject == "2 opvolgacties vragen uw aandacht"
    assert mail[bert.email].subject == "1 opvolgactie vraagt uw aandacht"
    assert "Bellen" in mail[bert.email].body and "Offerte" not in mail[bert.email].body


def test_digest_is_sent_once_a_day_even_when_the_task_runs_again(db, mailoutbox):
    # given
    today = datetime.date(2025, 5, 12)
    FollowUpFactory(assignee=UserFactory(), due_on=today)

    # when
    first, second = follow_up_digests_send(today=today), follow_up_digests_send(today=today)

    # then
    assert (first, second, len(mailoutbox)) == (1, 0, 1)


@pytest.mark.worker
def test_digest_task_runs_on_a_real_worker(transactional_db, celery_worker, mailoutbox):
    # given
    from crm.models import DigestDelivery
    from crm.tasks import send_follow_up_digests

    user = UserFactory()
    FollowUpFactory(assignee=user, due_on=datetime.date.today())

    # when
    result = send_follow_up_digests.delay().get(timeout=60)

    # then (the worker is another process: its e-mail is not in this outbox, its delivery record is in the database)
    assert result == 1
    assert DigestDelivery.objects.filter(user=user).exists()


def test_digest_is_scheduled_by_a_periodic_task(db):
    from django_celery_beat.models import PeriodicTask

    task = PeriodicTask.objects.filter(task="crm.tasks.send_follow_up_digests").first()
    if task is None:  # a transactional test earlier in the run flushed migration data
        from django.apps import apps

        from crm.seeds import digest_schedule

        digest_schedule(apps)
        task = PeriodicTask.objects.get(task="crm.tasks.send_follow_up_digests")
    assert task.enabled and task.crontab.hour == "7"
