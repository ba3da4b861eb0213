import pytest

from tests.factories.members import MemberFactory


@pytest.fixture
def eager_celery():
    """Run the members' tasks in-process, so mailoutbox sees what the worker would send."""
    from celery.result import _set_task_join_will_block

    from kennispark.celery import app

    previous = app.conf.task_always_eager, app.conf.task_eager_propagates
    app.conf.task_always_eager, app.conf.task_eager_propagates = True, True
    yield
    app.conf.task_always_eager, app.conf.task_eager_propagates = previous
    _set_task_join_will_block(False)


@pytest.fixture
def member(db):
    return MemberFactory()


@pytest.fixture
def member_client(client, member):
    client.force_login(member.user)
    return client


@pytest.fixture
def mail_worker(django_db_setup, django_db_blocker, tmp_path):
    """Start a real Celery worker on a private queue that writes its e-mails as files; yield that directory."""
    import uuid

    from django.conf import settings

    from kennispark.celery import app
    from tests.fixtures.worker import (
        BASE_DIR,
        queues_restore,
        queues_use,
        worker_start,
        worker_stop,
        worker_wait_ready,
    )

    queue = f"test-members-{uuid.uuid4().hex[:8]}"
    mail_dir = tmp_path / "mail"
    mail_dir.mkdir()
    log_path = BASE_DIR / "var" / f"celery-{queue}.log"
    previous = queues_use(app, queue)
    with django_db_blocker.unblock():
        process = worker_start(queue=queue, broker_url=settings.CELERY_BROKER_URL, log_path=log_path,
                               extra_env={"TEST_EMAIL_DIR": str(mail_dir)})  # fmt: skip
        try:
            worker_wait_ready(process, log_path)
            yield mail_dir
        finally:
            worker_stop(process)
            queues_restore(app, previous)
