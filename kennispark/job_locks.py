"""Locks that tell whether a long job (an import, a monitor snapshot) is still being worked on.

A worker holds a PostgreSQL session-level advisory lock while it runs a job. When the worker dies, even by
`kill -9`, PostgreSQL ends its session and the lock goes with it; a free lock on a job marked running
therefore means nobody is running it. SQLite has no such locks: there jobs are only found stale by age.
"""

import zlib
from collections.abc import Iterator
from contextlib import contextmanager

from django.db import DatabaseError, connection


def _keys(kind: str, pk: int) -> tuple[int, int]:
    return zlib.crc32(kind.encode()) - 2**31, pk % 2**31


@contextmanager
def job_lock(kind: str, pk: int) -> Iterator[bool]:
    """Hold the lock of a job while the block runs; yield False (holding nothing) when another session has it."""
    if connection.vendor != "postgresql":
        yield True
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_lock(%s, %s)", _keys(kind, pk))
        (acquired,) = cursor.fetchone()
    try:
        yield acquired
    finally:
        if acquired:
            _unlock(kind, pk)


def job_is_held(kind: str, pk: int) -> bool | None:
    """Return whether a live session holds the lock of a job; None where the database has no advisory locks."""
    if connection.vendor != "postgresql":
        return None
    with job_lock(kind, pk) as acquired:
        return not acquired


def _unlock(kind: str, pk: int) -> None:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_unlock(%s, %s)", _keys(kind, pk))
    except DatabaseError:
        pass  # a broken session has already dropped its locks
