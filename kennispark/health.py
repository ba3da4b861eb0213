"""Reachability checks of the database and the Celery broker, for /health/."""

from django.conf import settings
from django.db import connection

from .celery import app as celery_app


def database_is_reachable() -> bool:
    """Return whether a trivial query succeeds on the default database."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:  # noqa: BLE001 - any failure means "not reachable"
        return False
    return True


def broker_is_reachable() -> bool:
    """Return whether a connection to the configured Celery broker can be opened."""
    try:
        with celery_app.connection_for_write(url=settings.CELERY_BROKER_URL) as conn:
            conn.ensure_connection(max_retries=1, interval_start=0, interval_step=0.2, timeout=2)
    except Exception:  # noqa: BLE001 - any failure means "not reachable"
        return False
    return True
