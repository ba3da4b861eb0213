"""Tasks that belong to the portal as a whole."""

from celery import shared_task


@shared_task(acks_late=True, time_limit=30, soft_time_limit=25)
def ping(payload: str) -> dict:
    """Answer with the payload and the worker's database vendor, proving the worker is wired up."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        (one,) = cursor.fetchone()
    return {"payload": payload, "database": connection.vendor, "select_one": one}
