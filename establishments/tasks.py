"""Celery tasks of the register: thin wrappers around services."""

from celery import shared_task

from . import self_service, services

IMPORT_TIME_LIMIT = int(services.IMPORT_TIME_LIMIT.total_seconds())


@shared_task(
    name="establishments.tasks.import_job_run_task",
    acks_late=True,
    time_limit=IMPORT_TIME_LIMIT,
    soft_time_limit=IMPORT_TIME_LIMIT - 60,
)
def import_job_run_task(job_id: int) -> None:
    """Import the file of an uploaded import job."""
    services.import_job_run(job_id=job_id)


@shared_task(name="establishments.tasks.stale_imports_reap", acks_late=True, time_limit=120, soft_time_limit=100)
def stale_imports_reap() -> int:
    """Fail the import jobs whose worker died (run every five minutes by beat)."""
    return services.stale_imports_reap()


# The arguments hold the invitation's token (only its hash is stored), so no result row may keep them.
@shared_task(
    name="establishments.tasks.send_invitation",
    acks_late=True,
    ignore_result=True,
    time_limit=60,
    soft_time_limit=50,
)
def send_invitation(invitation_id: int, token: str, language: str) -> None:
    """E-mail an invitation to represent an establishment."""
    self_service.invitation_send(invitation_id=invitation_id, token=token, language=language)
