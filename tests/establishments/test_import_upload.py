import io
import time

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils.html import escape
from openpyxl import Workbook

from establishments.models import Establishment, ImportJob, ImportStatus
from establishments.services import import_job_run
from tests.factories.establishments import REGISTER_COLUMNS, register_csv, register_row
from tests.factories.users import UserFactory
from tests.fixtures.spreadsheets import xlsx_bomb

UPLOAD_URL = reverse("establishments:import_upload")


def upload(client, content: bytes, name: str = "register.csv", capture=None):
    return client.post(UPLOAD_URL, {"file": SimpleUploadedFile(name, content)})


def valid_rows():
    return [
        register_row(),
        register_row(kvk_nummer="87654321", vestigingsnummer="000087654321", handelsnaam="Campus Lab", jaar=2024),
    ]


@pytest.mark.django_db
def test_only_editors_may_open_the_upload_form(client, company_user):
    # when
    anonymous = client.get(UPLOAD_URL)
    client.force_login(company_user)
    company = client.get(UPLOAD_URL)

    # then
    assert anonymous.status_code == 302
    assert reverse("login") in anonymous["Location"]
    assert company.status_code == 403


@pytest.mark.django_db
def test_a_valid_upload_is_imported_in_the_background_and_shows_its_counts(
    client, editor, reference, django_capture_on_commit_callbacks
):
    # given
    client.force_login(editor)

    # when
    with django_capture_on_commit_callbacks() as callbacks:
        response = upload(client, register_csv(valid_rows()).encode())
    job = ImportJob.objects.get()

    # then: queued, with the task enqueued after commit
    assert response.status_code == 302
    assert response["Location"] == job.get_absolute_url()
    assert job.status == ImportStatus.QUEUED
    assert job.uploaded_by == editor
    assert len(callbacks) == 1

    # when: the task's work runs
    import_job_run(job_id=job.pk)

    # then
    job.refresh_from_db()
    assert job.status == ImportStatus.DONE
    assert (job.row_count, job.establishments_created, job.observations_created) == (2, 2, 2)
    assert Establishment.objects.count() == 2
    assert Establishment.history.filter(history_user=editor).count() == 2
    page = client.get(job.get_absolute_url(), headers={"HX-Request": "true"})
    assert page.status_code == 200
    assert "hx-trigger" not in page.content.decode()  # finished: polling stops


BAD_UPLOADS = {
    "unknown-sbi": {"sbi_code": "04100"},
    "kvk-not-8-digits": {"kvk_nummer": "123"},
    "unknown-sub-area": {"deelgebied": "Boekelo"},
    "negative-jobs": {"werkzame_personen": "-1"},
    "unparseable-date": {"datum_vestiging": "2020-13-45"},
    "unknown-key-position": {"kernposities": "Nanotech"},
}


@pytest.mark.django_db
@pytest.mark.parametrize("kind", BAD_UPLOADS, ids=list(BAD_UPLOADS))
def test_a_bad_upload_fails_with_every_error_and_writes_nothing(client, editor, reference, kind):
    # given
    client.force_login(editor)
    rows = [
        register_row(),
        register_row(**{"kvk_nummer": "87654321", "vestigingsnummer": "000087654321", **BAD_UPLOADS[kind]}),
    ]
    upload(client, register_csv(rows).encode())
    job = ImportJob.objects.get()

    # when
    import_job_run(job_id=job.pk)

    # then
    job.refresh_from_db()
    assert job.status == ImportStatus.FAILED
    assert [(error["line"], error["column"]) for error in job.errors] == [(3, next(iter(_column(kind))))]
    assert Establishment.objects.count() == 0
    page = client.get(job.get_absolute_url()).content.decode()
    assert "import-errors" in page
    assert escape(job.errors[0]["message"]) in page


def _column(kind: str) -> set[str]:
    return {
        "unknown-sbi": {"sbi_code"},
        "kvk-not-8-digits": {"kvk_nummer"},
        "unknown-sub-area": {"deelgebied"},
        "negative-jobs": {"werkzame_personen"},
        "unparseable-date": {"datum_vestiging"},
        "unknown-key-position": {"kernposities"},
    }[kind]


@pytest.mark.django_db
def test_an_upload_with_a_duplicate_key_and_a_missing_column_fails(client, editor, reference):
    # given
    client.force_login(editor)
    duplicate = register_csv([register_row(), register_row()]).encode()
    no_jobs = register_csv([register_row()], columns=[c for c in REGISTER_COLUMNS if c != "werkzame_personen"]).encode()

    # when
    for content in (duplicate, no_jobs):
        upload(client, content)
    for job in ImportJob.objects.all():
        import_job_run(job_id=job.pk)

    # then
    jobs = list(ImportJob.objects.all())
    assert all(job.status == ImportStatus.FAILED for job in jobs)
    assert sorted(error["column"] for job in jobs for error in job.errors) == [
        "vestigingsnummer",
        "werkzame_personen",
    ]
    assert Establishment.objects.count() == 0


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "content"),
    [("register.pdf", b"%PDF-1.4 fake"), ("register.xlsx", b"jaar,kvk\n"), ("register.csv", b"PK\x03\x04zip")],
    ids=["wrong-extension", "xlsx-not-a-workbook", "csv-that-is-a-zip"],
)
def test_the_upload_form_rejects_files_of_another_type(client, editor, name, content):
    # given
    client.force_login(editor)

    # when
    response = upload(client, content, name)

    # then
    assert response.status_code == 400
    assert ImportJob.objects.count() == 0


@pytest.mark.django_db
def test_the_upload_form_rejects_a_too_large_file(client, editor, settings):
    # given
    settings.MAX_IMPORT_UPLOAD_BYTES = 100
    client.force_login(editor)

    # when
    response = upload(client, register_csv(valid_rows()).encode())

    # then
    assert response.status_code == 400
    assert ImportJob.objects.count() == 0


@pytest.mark.django_db
def test_the_upload_form_refuses_an_xlsx_bomb_before_queueing_it(client, editor):
    # given
    client.force_login(editor)
    bomb = xlsx_bomb(list(REGISTER_COLUMNS))

    # when
    started = time.monotonic()
    response = upload(client, bomb, "register.xlsx")

    # then
    assert time.monotonic() - started < 2
    assert response.status_code == 400
    assert "60,0\xa0MB" in response.context["form"].errors["file"][0]
    assert ImportJob.objects.count() == 0


@pytest.mark.django_db
def test_a_queued_xlsx_bomb_fails_in_the_worker_with_the_limit(editor, settings):
    # given: a bomb already queued (as before this check existed), under a lower limit than the form's
    settings.MAX_IMPORT_UNCOMPRESSED_BYTES = 1024 * 1024
    content = xlsx_bomb(list(REGISTER_COLUMNS), unpacked_bytes=5_000_000)
    job = ImportJob.objects.create(
        file=SimpleUploadedFile("register.xlsx", content), original_name="register.xlsx", uploaded_by=editor
    )

    # when
    started = time.monotonic()
    import_job_run(job_id=job.pk)

    # then
    job.refresh_from_db()
    assert time.monotonic() - started < 2
    assert job.status == ImportStatus.FAILED
    assert [(error["line"], error["column"]) for error in job.errors] == [(1, "")]
    assert "1,0\xa0MB" in job.errors[0]["message"]
    assert Establishment.objects.count() == 0


@pytest.mark.django_db
def test_an_xlsx_upload_is_imported(client, editor, reference):
    # given
    client.force_login(editor)
    workbook = Workbook()
    workbook.active.append(list(REGISTER_COLUMNS))
    for row in valid_rows():
        workbook.active.append([row[column] for column in REGISTER_COLUMNS])
    buffer = io.BytesIO()
    workbook.save(buffer)
    upload(client, buffer.getvalue(), "register.xlsx")

    # when
    import_job_run(job_id=ImportJob.objects.get().pk)

    # then
    assert ImportJob.objects.get().status == ImportStatus.DONE
    assert Establishment.objects.count() == 2


@pytest.mark.worker
@pytest.mark.django_db(transaction=True)
def test_an_upload_is_imported_by_the_real_worker(client, celery_worker, reference, settings):
    # given: uploads go where the session's worker process looks for them
    from kennispark.settings import test as test_settings

    settings.MEDIA_ROOT = test_settings.MEDIA_ROOT
    editor = UserFactory(roles=["editor"], is_staff=True)
    client.force_login(editor)

    # when
    upload(client, register_csv(valid_rows()).encode())
    job = ImportJob.objects.get()
    deadline = time.monotonic() + 60
    while not job.is_finished and time.monotonic() < deadline:
        time.sleep(0.3)
        job.refresh_from_db()

    # then
    assert job.status == ImportStatus.DONE, job.errors
    assert job.establishments_created == 2
    assert Establishment.objects.filter(kvk_number="87654321").exists()
    job.file.delete(save=False)


@pytest.mark.django_db(transaction=True)
def test_writing_progress_is_visible_while_the_import_transaction_is_open():
    # given
    from django.db import connection, connections, transaction

    from establishments.import_progress import ImportProgress
    from tests.factories.establishments import ImportJobFactory

    if connection.vendor != "postgresql":
        pytest.skip("live progress needs a second connection, which SQLite's file lock does not allow")
    job = ImportJobFactory()
    progress = ImportProgress(job.pk)
    observer = connections.create_connection("default")

    # when
    with transaction.atomic():
        progress.update(ImportStatus.WRITING, 40, live=True)
        with observer.cursor() as cursor:
            cursor.execute("SELECT status, progress FROM establishments_importjob WHERE id = %s", [job.pk])
            seen = cursor.fetchone()
    progress.close()
    observer.close()

    # then
    assert seen == ("writing", 40)
    job.file.delete(save=False)
