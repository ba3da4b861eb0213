"""Tasks that belong to the portal as a whole."""

from celery import shared_task


@shared_task(name="kennispark.tasks.ping", acks_late=True, time_limit=30, soft_time_limit=25)
def ping(payload: str) -> dict[str, object]:
    """Answer with the payload and the worker's database vendor, proving the worker is wired up."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        (one,) = cursor.fetchone()
    return {"payload": payload, "database": connection.vendor, "select_one": one}


@shared_task(name="kennispark.tasks.purge_login_records", acks_late=True, time_limit=5 * 60, soft_time_limit=4 * 60)
def purge_login_records() -> int:
    """Delete login records (tried usernames, addresses) past their retention period (run daily by beat)."""
    from django.conf import settings

    from .logins import login_records_purge

    return login_records_purge(older_than_days=settings.LOGIN_RECORDS_RETENTION_DAYS)


@shared_task(name="kennispark.tasks.outbox_relay", acks_late=True, time_limit=5 * 60, soft_time_limit=4 * 60)
def outbox_relay() -> int:
    """Publish the tasks that waited in the outbox while the broker was unreachable (run every minute by beat)."""
    from .outbox import outbox_relay as relay

    return relay()


# The arguments hold the invitation's token (only its hash is stored), so no result row may keep them.
@shared_task(
    name="kennispark.tasks.send_role_invitation",
    acks_late=True,
    ignore_result=True,
    time_limit=60,
    soft_time_limit=50,
)
def send_role_invitation(invitation_id: int, token: str, language: str) -> None:
    """E-mail an invitation to take up a role."""
    from .invitations import invitation_send

    invitation_send(invitation_id=invitation_id, token=token, language=language)
