"""A broker that is down loses no work: the tasks wait in the outbox and are sent when it is back."""

import ast
import email
import shutil
import socket
import subprocess
import time
import uuid
from email.header import decode_header, make_header
from pathlib import Path

import pytest
import redis
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.urls import reverse

from community.events.models import Registration
from establishments.models import ImportJob, ImportStatus
from kennispark.models import TaskOutbox
from kennispark.outbox import outbox_publish, task_enqueue
from kennispark.tasks import outbox_relay, ping
from tests.factories.establishments import KeyPositionFactory, SbiDivisionFactory, register_csv, register_row
from tests.factories.events import EventFactory
from tests.factories.users import UserFactory
from tests.fixtures.worker import BASE_DIR, queues_restore, queues_use, worker_start, worker_stop, worker_wait_ready

WAIT_SECONDS = 90


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class PrivateRedis:
    """A redis-server of the test's own that can be stopped and started again on the same port."""

    def __init__(self):
        self.port = _free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process = None

    def start(self) -> None:
        command = ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        client = redis.Redis(port=self.port, socket_connect_timeout=0.5)
        deadline = time.monotonic() + 20
        while True:
            try:
                client.ping()
                return
            except redis.ConnectionError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=20)


def _app_use_broker(app, url: str | None) -> str | None:
    # broker_url would lose to the CELERY_BROKER_URL environment variable; broker_write_url does not.
    previous = app.conf.get("broker_write_url")
    app.conf.broker_write_url = url
    # The connection and producer pools were built for the previous broker.
    app._pool = None
    app.amqp._producer_pool = None
    return previous


@pytest.fixture
def private_broker(django_db_blocker):
    """Return a private Redis and a worker on it, with this process's tasks sent there; stop both afterwards."""
    from kennispark.celery import app

    if shutil.which("redis-server") is None:
        pytest.skip("redis-server is not installed")
    broker = PrivateRedis()
    broker.start()
    queue = f"test-outbox-{uuid.uuid4().hex[:8]}"
    mail_dir = BASE_DIR / "var" / f"mail-{queue}"
    mail_dir.mkdir(parents=True)
    log_path = BASE_DIR / "var" / f"celery-{queue}.log"
    previous_broker = _app_use_broker(app, broker.url)
    previous_queues = queues_use(app, queue)
    with django_db_blocker.unblock():
        worker = worker_start(
            queue=queue, broker_url=broker.url, log_path=log_path, extra_env={"TEST_EMAIL_DIR": str(mail_dir)}
        )
        try:
            worker_wait_ready(worker, log_path)
            broker.mail_dir, broker.log_path = mail_dir, log_path
            yield broker
        finally:
            worker_stop(worker)
            broker.stop()
            queues_restore(app, previous_queues)
            _app_use_broker(app, previous_broker)
            shutil.rmtree(mail_dir, ignore_errors=True)


def _mails(mail_dir: Path) -> list[email.message.Message]:
    return [email.message_from_bytes(path.read_bytes()) for path in sorted(mail_dir.glob("*.log"))]


@pytest.mark.worker
@pytest.mark.django_db(transaction=True)
def test_with_the_broker_down_a_registration_and_an_import_complete_once_it_is_back(client, private_broker, settings):
    # given: a worker on a private Redis, which is then stopped
    from kennispark.settings import test as test_settings

    settings.MEDIA_ROOT = test_settings.MEDIA_ROOT  # where the worker process reads uploads
    SbiDivisionFactory(code="72")
    KeyPositionFactory(slug="medtech", name_nl="MedTech", name_en="MedTech")
    event = EventFactory(registration_open=True, capacity=10, title_nl="Open dag")
    editor = UserFactory(roles=["editor"], is_staff=True)
    private_broker.stop()

    # when: a visitor registers and an editor uploads a register file
    started = time.monotonic()
    registered = client.post(
        reverse("events:register", kwargs={"pk": event.pk}),
        {"name": "Bezoeker", "email": "bezoeker@example.org", "background": "student", "consent": "on"},
    )
    client.force_login(editor)
    rows = [register_row(), register_row(kvk_nummer="87654321", vestigingsnummer="000087654321", handelsnaam="Lab")]
    uploaded = client.post(
        reverse("establishments:import_upload"),
        {"file": SimpleUploadedFile("register.csv", register_csv(rows).encode())},
    )
    elapsed = time.monotonic() - started

    # then: both get their normal answer at once, the rows are saved and the tasks wait in the outbox
    job = ImportJob.objects.get()
    assert registered.status_code == 302
    assert uploaded.status_code == 302
    assert uploaded["Location"] == job.get_absolute_url()
    assert elapsed < 10
    assert Registration.objects.filter(event=event, email="bezoeker@example.org").exists()
    assert job.status == ImportStatus.QUEUED
    waiting = TaskOutbox.objects.all()
    assert sorted(waiting.values_list("name", flat=True)) == [
        "community.events.tasks.send_event_mail",
        "establishments.tasks.import_job_run_task",
    ]
    assert all(entry.attempts == 1 and entry.last_error for entry in waiting)

    # when: the broker is back and the relay runs (as beat runs it every minute)
    private_broker.start()
    relayed = outbox_relay.delay().get(timeout=WAIT_SECONDS)

    # then: the import completes and the confirmation e-mail is sent
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline and not (job.is_finished and _mails(private_broker.mail_dir)):
        time.sleep(0.3)
        job.refresh_from_db()
    assert relayed == 2
    assert not TaskOutbox.objects.exists()
    assert job.status == ImportStatus.DONE, private_broker.log_path.read_text()[-3000:]
    assert job.establishments_created == 2
    (confirmation,) = _mails(private_broker.mail_dir)
    assert confirmation["To"] == "bezoeker@example.org"
    assert "Open dag" in str(make_header(decode_header(confirmation["Subject"])))
    job.file.delete(save=False)


@pytest.mark.django_db(transaction=True)
def test_a_task_is_published_only_when_its_transaction_commits(settings):
    # given: a broker that is never reached, to show nothing is published before the commit
    from kennispark.celery import app

    previous = _app_use_broker(app, f"redis://127.0.0.1:{_free_port()}/0")
    try:
        # when: the transaction rolls back
        with pytest.raises(RuntimeError), transaction.atomic():
            task_enqueue(ping, "rolled back")
            raise RuntimeError("the caller's data is not saved")

        # then: no task was written
        assert not TaskOutbox.objects.exists()

        # when: the transaction commits while the broker is unreachable
        with transaction.atomic():
            entry = task_enqueue(ping, "committed")

        # then: the task waits in the outbox with the reason
        entry.refresh_from_db()
        assert (entry.name, entry.args, entry.attempts) == ("kennispark.tasks.ping", ["committed"], 1)
        assert "OperationalError" in entry.last_error
        assert outbox_publish(entry_id=entry.pk) is False
    finally:
        _app_use_broker(app, previous)


# The command's --wait reads the task's result, which only a direct publish returns; it answers at the terminal.
# content_versions.py bumps a cache version after the commit; it publishes no task.
DIRECT_PUBLISH_ALLOWED = {
    "kennispark/outbox.py",
    "kennispark/content_versions.py",
    "monitoring/management/commands/compute_monitor.py",
}
PUBLISHING_CALLS = {"delay", "apply_async", "send_task", "on_commit"}
MAILING_CALLS = {"send_mail", "send_mass_mail", "EmailMessage", "EmailMultiAlternatives", "get_connection"}


def _calls(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Call):
            if isinstance(node.func, ast.Attribute):
                owner = node.func.value.id if isinstance(node.func.value, ast.Name) else ""
                # transaction.get_connection() is the database's, not a mail connection
                database = owner == "transaction" and node.func.attr == "get_connection"
                names.add("transaction.get_connection" if database else node.func.attr)
            else:
                names.add(getattr(node.func, "id", ""))
    return names


def test_tasks_are_enqueued_only_through_the_outbox_and_mail_sent_only_through_kennispark_mail():
    # given
    skipped = {".venv", "tests", "migrations", "var", ".git", "node_modules"}
    modules = [path for path in BASE_DIR.rglob("*.py") if not skipped & set(path.relative_to(BASE_DIR).parts)]

    # when
    calls = {str(path.relative_to(BASE_DIR)): _calls(path) for path in modules}

    # then
    publishing = {path for path, names in calls.items() if names & PUBLISHING_CALLS} - DIRECT_PUBLISH_ALLOWED
    mailing = {path for path, names in calls.items() if names & MAILING_CALLS} - {"kennispark/mail.py"}
    assert publishing == set()
    assert mailing == set()
