"""Celery tasks of the register: thin wrappers around services."""

from celery import shared_task

from . import services


@shared_task(acks_late=True, time_limit=15 * 60, soft_time_limit=14 * 60)
def import_job_run_task(job_id: int) -> None:
    """Import the file of an uploaded import job."""
    services.import_job_run(job_id=job_id)
