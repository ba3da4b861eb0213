"""An import whose worker dies never stays running: it is failed with a clear message or imported again."""

import datetime
import os
import signal
import time
import uuid

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection, connections
from django.urls import reverse
from django.utils import timezone

from establishments.models import Establishment, ImportJob, ImportStatus
from establishments.services import IMPORT_LOCK, import_job_run, stale_imports_reap
from kennispark.job_locks import job_is_held
from tests.factories.establishments import EstablishmentFactory, ImportJobFactory, register_csv, register_row
from tests.factories.users import UserFactory
from tests.fixtures.worker import BASE_DIR, queues_restore, queues_use, worker_start, worker_stop, worker_wait_ready

WAIT_SECONDS = 60
LATER = datetime.timedelta(minutes=2)


def _wait_for(condition, what: str) -> None:
    deadline = time.monotonic() + WAIT_SECONDS
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"Timed out waiting for {what}")
        time.sleep(0.2)


def _rows():
    return [
        register_row(handelsnaam="Nieuwe Naam B.V."),
        register_row(kvk_nummer="87654321", vestigingsnummer="000087654321"),
    ]


@pytest.fixture
def own_worker(django_db_blocker, settings):
    """Start workers on a private queue of the configured broker; stop them afterwards."""
    from kennispark.celery import app

    queue = f"test-faults-{uuid.uuid4().hex[:8]}"
    previous = queues_use(app, queue)
    started = []

    def start():
        log_path = BASE_DIR / "var" / f"celery-{queue}-{len(started)}.log"
        with django_db_blocker.unblock():
            process = worker_start(queue=queue, broker_url=settings.CELERY_BROKER_URL, log_path=log_path)
            started.append(process)
            worker_wait_ready(process, log_path)
        return process

    yield start
    for process in started:
        if process.poll() is None:
            worker_stop(process)
    queues_restore(app, previous)


@pytest.mark.worker
@pytest.mark.django_db(transaction=True)
def test_a_worker_killed_during_an_import_leaves_a_failed_job_that_runs_again_in_one_click(
    client, reference, own_worker, settings
):
    # given: a worker importing a file, held in the middle of its write by a row lock of ours
    from kennispark.settings import test as test_settings

    if connection.vendor != "postgresql":
        pytest.skip("the worker holds its job with a PostgreSQL advisory lock")
    settings.MEDIA_ROOT = test_settings.MEDIA_ROOT
    stored = EstablishmentFactory(kvk_number="12345678", branch_number="000012345678", trade_name="Oude Naam B.V.")
    client.force_login(UserFactory(roles=["editor"], is_staff=True))
    worker = own_worker()
    blocker = connections.create_connection("default")
    with blocker.cursor() as cursor:
        cursor.execute("BEGIN")
        cursor.execute("SELECT id FROM establishments_establishment WHERE id = %s FOR UPDATE", [stored.pk])
    try:
        client.post(
            reverse("establishments:import_upload"),
            {"file": SimpleUploadedFile("register.csv", register_csv(_rows()).encode())},
        )
        job = ImportJob.objects.get()
        _wait_for(lambda: ImportJob.objects.get(pk=job.pk).status == ImportStatus.WRITING, "the import to write")
        time.sleep(0.5)  # the worker is now waiting for our row lock

        # when: the worker is killed
        os.kill(worker.pid, signal.SIGKILL)
        worker.wait(timeout=10)
    finally:
        with blocker.cursor() as cursor:
            cursor.execute("ROLLBACK")
        blocker.close()
    _wait_for(lambda: job_is_held(IMPORT_LOCK, job.pk) is False, "the dead worker's session to end")
    job.refresh_from_db()
    assert job.status == ImportStatus.WRITING  # what the fault left behind

    # when: the reaper runs (beat runs it every five minutes)
    reaped = stale_imports_reap(now=timezone.now() + LATER)

    # then: failed with a clear message, nothing written, the file kept
    job.refresh_from_db()
    assert reaped == 1
    assert job.status == ImportStatus.FAILED
    assert "worker ended unexpectedly" in job.errors[0]["message"] or "onverwacht" in job.errors[0]["message"]
    assert Establishment.objects.get(pk=stored.pk).trade_name == "Oude Naam B.V."
    assert job.file.storage.exists(job.file.name)
    page = client.get(job.get_absolute_url()).content.decode()
    assert reverse("establishments:import_rerun", kwargs={"pk": job.pk}) in page

    # when: the editor runs it again and a worker is up
    response = client.post(reverse("establishments:import_rerun", kwargs={"pk": job.pk}))
    own_worker()
    _wait_for(lambda: ImportJob.objects.get(pk=job.pk).is_finished, "the import to run again")

    # then
    job.refresh_from_db()
    assert response.status_code == 302
    assert job.status == ImportStatus.DONE, job.errors
    assert Establishment.objects.get(pk=stored.pk).trade_name == "Nieuwe Naam B.V."
    job.file.delete(save=False)


@pytest.mark.django_db(transaction=True)
def test_a_redelivered_task_imports_a_job_its_dead_worker_left_writing(reference):
    # given: a job a dead worker left in "writing" (its write, one transaction, was rolled back)
    job = ImportJobFactory(
        file=ContentFile(register_csv(_rows()).encode(), name="register.csv"),
        status=ImportStatus.WRITING,
        progress=40,
        started_at=timezone.now() - LATER,
    )

    # when: the broker hands the task to another worker
    import_job_run(job_id=job.pk)

    # then: imported from the stored file, not skipped
    job.refresh_from_db()
    assert job.status == ImportStatus.DONE, job.errors
    assert job.establishments_created == 2


@pytest.mark.django_db(transaction=True)
def test_the_reaper_leaves_a_job_its_worker_still_holds(reference):
    # given: a running job whose lock another session holds
    if connection.vendor != "postgresql":
        pytest.skip("advisory locks are PostgreSQL's")
    job = ImportJobFactory(status=ImportStatus.VALIDATING, started_at=timezone.now() - LATER)
    other = connections.create_connection("default")
    try:
        with other.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_lock(%s, %s)", _lock_keys(job.pk))

        # when
        reaped = stale_imports_reap(now=timezone.now() + LATER)

        # then
        job.refresh_from_db()
        assert (reaped, job.status) == (0, ImportStatus.VALIDATING)
    finally:
        other.close()
    _wait_for(lambda: job_is_held(IMPORT_LOCK, job.pk) is False, "the lock to go with the other session")


def _lock_keys(pk: int) -> tuple[int, int]:
    from kennispark.job_locks import _keys

    return _keys(IMPORT_LOCK, pk)


@pytest.mark.django_db
def test_only_an_interrupted_job_runs_again(client, editor):
    # given: a job that failed on its file's rows
    job = ImportJobFactory(status=ImportStatus.FAILED, errors=[{"line": 3, "column": "kvk_nummer", "message": "x"}])
    client.force_login(editor)

    # when
    response = client.post(reverse("establishments:import_rerun", kwargs={"pk": job.pk}))

    # then
    job.refresh_from_db()
    assert response.status_code == 302
    assert job.status == ImportStatus.FAILED
    assert (
        reverse("establishments:import_rerun", kwargs={"pk": job.pk})
        not in client.get(job.get_absolute_url()).content.decode()
    )


@pytest.mark.django_db
def test_run_again_is_for_editors_only(client, company_user):
    # given
    job = ImportJobFactory(status=ImportStatus.FAILED, errors=[{"line": 0, "column": "", "message": "stopped"}])
    client.force_login(company_user)

    # when
    response = client.post(reverse("establishments:import_rerun", kwargs={"pk": job.pk}))

    # then
    job.refresh_from_db()
    assert response.status_code == 403
    assert job.status == ImportStatus.FAILED
